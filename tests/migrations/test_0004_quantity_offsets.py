"""Migration 0004 moves each quantity's offsets from its span row onto the quantity, and
back again when reversed, losing nothing."""

import pytest

from tests.migrations.executor import migrate, migrate_latest

BEFORE = [("claims", "0003_fewer_redundant_indexes")]
AFTER = [("claims", "0004_quantity_carries_its_own_offsets")]
TEXT = "정부는 5000억달러(약 720조원)를 투자한다고 밝혔다."
WRITTEN = ["5000억달러", "720조원"]
OFFSETS = [(TEXT.index(w), TEXT.index(w) + len(w), w) for w in WRITTEN]


def make_claim_with_quantity_spans(apps):
    """A claim stored the 0003 way: each quantity points at a span of role "quantity"."""
    document = apps.get_model("claims", "Document").objects.create(
        title="투자", text=TEXT, content_hash="h" * 64
    )
    claim = apps.get_model("claims", "Claim").objects.create(
        document=document, kinds="quantity", start=0, end=len(TEXT), text=TEXT
    )
    Span = apps.get_model("claims", "Span")
    Quantity = apps.get_model("claims", "Quantity")
    Span.objects.create(claim=claim, role="statement", start=0, end=len(TEXT), exact=TEXT)
    for position, written in enumerate(WRITTEN):
        start = TEXT.index(written)
        span = Span.objects.create(
            claim=claim,
            role="quantity",
            start=start,
            end=start + len(written),
            exact=written,
            prefix=TEXT[max(0, start - 32) : start],
            suffix=TEXT[start + len(written) : start + len(written) + 32],
        )
        Quantity.objects.create(claim=claim, span=span, position=position, category="money")


@pytest.mark.django_db(transaction=True)
def test_quantity_offsets_move_onto_the_quantity_and_back():
    try:
        make_claim_with_quantity_spans(migrate(BEFORE))

        apps = migrate(AFTER)
        Quantity = apps.get_model("claims", "Quantity")
        moved = list(Quantity.objects.order_by("position").values_list("start", "end", "exact"))
        assert moved == OFFSETS == [(4, 11, "5000억달러"), (14, 19, "720조원")]
        assert Quantity.objects.get(position=1).prefix == "정부는 5000억달러(약 "
        roles = apps.get_model("claims", "Span").objects.values_list("role", flat=True)
        assert list(roles) == ["statement"]

        apps = migrate(BEFORE)
        Quantity = apps.get_model("claims", "Quantity")
        back = Quantity.objects.order_by("position").values_list(
            "span__role", "span__start", "span__end", "span__exact"
        )
        assert list(back) == [("quantity", *offsets) for offsets in OFFSETS]
    finally:
        migrate_latest()
