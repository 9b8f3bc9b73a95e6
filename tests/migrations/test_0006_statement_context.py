"""Migration 0006 gives each claim its statement's context and drops the statement span
rows that repeated the claim's offsets and text; reversed, it makes them again."""

import pytest

from tests.migrations.executor import migrate, migrate_latest

BEFORE = [("claims", "0005_checks_as_ored_equalities")]
AFTER = [("claims", "0006_claim_is_its_own_statement_span")]
PREFIX = "서울 본사에서 열린 간담회에서 " * 3
STATEMENT = "18개월마다 비용이 절반으로 줄어들고 있다"
TEXT = f"{PREFIX}올트먼 CEO는 “{STATEMENT}”며 협력 의지를 밝혔다."


@pytest.mark.django_db(transaction=True)
def test_claims_take_their_statement_context_and_give_it_back():
    try:
        apps = migrate(BEFORE)
        document = apps.get_model("claims", "Document").objects.create(
            title="방한", text=TEXT, content_hash="c" * 64
        )
        start = TEXT.index(STATEMENT)
        end = start + len(STATEMENT)
        claim = apps.get_model("claims", "Claim").objects.create(
            document=document,
            kinds="attribution",
            attribution="direct",
            start=start,
            end=end,
            text=STATEMENT,
        )
        Span = apps.get_model("claims", "Span")
        Span.objects.create(claim=claim, role="statement", start=start, end=end, exact=STATEMENT)
        speaker = TEXT.index("올트먼")
        Span.objects.create(
            claim=claim, role="speaker", start=speaker, end=speaker + 3, exact="올트먼"
        )

        apps = migrate(AFTER)
        moved = apps.get_model("claims", "Claim").objects.get()
        assert moved.prefix == TEXT[start - 32 : start] and moved.prefix.endswith("CEO는 “")
        assert moved.suffix == TEXT[end:]  # shorter than 32 characters: to the end
        roles = apps.get_model("claims", "Span").objects.values_list("role", flat=True)
        assert list(roles) == ["speaker"]

        apps = migrate(BEFORE)
        statement = apps.get_model("claims", "Span").objects.get(role="statement")
        assert (statement.start, statement.end, statement.exact) == (start, end, STATEMENT)
        assert (statement.prefix, statement.suffix) == (moved.prefix, moved.suffix)
    finally:
        migrate_latest()
