"""The streamed CSV is the library's own export, byte for byte, with the byte-order mark
that makes Excel read UTF-8, and it never holds more than a chunk of rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import exporting, services
from claims.formats import ClaimCSV
from claims.models import Claim
from claims.resources import ClaimResource
from claims.tables import CLAIM_COLUMNS
from tests.exporting.conftest import rows_of
from tests.factories import DocumentFactory, EvidenceFactory, make_claim

pytestmark = pytest.mark.django_db


def streamed(queryset=None, **kwargs) -> bytes:
    return b"".join(exporting.csv_stream(queryset, **kwargs))


def library_csv(queryset=None, **kwargs) -> bytes:
    """What django-import-export writes: the resource's dataset as CSV, in UTF-8 with BOM."""
    dataset = ClaimResource().export(queryset, **kwargs)
    return dataset.csv.encode("utf-8-sig")


def test_streamed_csv_is_the_librarys_export_byte_for_byte(desk, verified_claim):
    queryset = Claim.objects.all()
    assert streamed(queryset) == library_csv(queryset)


def test_streamed_csv_equals_the_librarys_with_selected_columns(desk):
    columns = ["id", "statement", "status", "notes"]
    queryset = Claim.objects.order_by("-pk")
    assert streamed(queryset, fields=columns) == library_csv(queryset, export_fields=columns)
    assert list(rows_of(streamed(queryset, fields=columns))[0]) == columns


def test_streamed_csv_equals_the_guarded_library_export_when_cells_look_like_formulas(
    reviewer,
):
    document = DocumentFactory(text='=HYPERLINK("http://evil") 라고 적었다.\n-5% 줄었다.')
    make_claim(document, '=HYPERLINK("http://evil")', notes="+1 확인 필요")
    make_claim(document, "-5% 줄었다", speaker="@관계자", attribution="anonymous")
    queryset = Claim.objects.all()
    library = ClaimCSV().export_data(ClaimResource().export(queryset)).encode("utf-8-sig")
    assert streamed(queryset) == library
    assert streamed(queryset) != library_csv(queryset)  # the guard did something


def test_bom_first_and_the_header_is_the_stable_column_names(money_claim):
    data = streamed()
    assert data.startswith(b"\xef\xbb\xbfid,document_title,")
    assert list(rows_of(data)[0]) == list(CLAIM_COLUMNS)


def test_korean_is_intact_when_read_back(quote_claim, money_claim):
    by_id = {row["id"]: row for row in rows_of(streamed())}
    assert by_id[str(quote_claim.pk)]["statement"] == "18개월마다 비용이 절반으로 줄어들고 있다"
    assert by_id[str(quote_claim.pk)]["speaker"] == "샘 올트먼"
    assert by_id[str(money_claim.pk)]["quantities"] == "5,000억 달러; 720조 원"
    assert by_id[str(money_claim.pk)]["document_title"].startswith("올트먼 방한 기사")


def test_rows_come_in_several_chunks_and_in_the_querysets_order(monkeypatch, document):
    monkeypatch.setattr(exporting, "ROWS_PER_CHUNK", 2)
    claims = [make_claim(DocumentFactory()) for _ in range(5)]
    chunks = list(exporting.csv_stream(Claim.objects.order_by("-pk")))
    assert len(chunks) == 3  # 2 + 2 + 1 rows, the header in the first chunk
    assert [int(row["id"]) for row in rows_of(b"".join(chunks))] == [c.pk for c in reversed(claims)]


def test_an_empty_export_is_the_header_alone(db):
    assert streamed() == library_csv() == ("\ufeff" + ",".join(CLAIM_COLUMNS) + "\r\n").encode()


def test_the_number_of_queries_does_not_grow_with_the_rows(reviewer):
    def claims(count: int) -> None:
        for _ in range(count):
            claim = make_claim(
                DocumentFactory(), quantities=[("5000억달러", "500000000000", "USD", "money")]
            )
            services.claim_transition(claim=claim, to_status="verified", by=reviewer, notes="확인")
            EvidenceFactory(claim=claim)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            streamed()
        return len(captured)

    claims(3)
    small = queries()
    claims(40)
    # One for the claims; per chunk of 2,000: documents, reviewers, quantities, evidence.
    assert queries() == small == 5
    assert len(rows_of(streamed())) == 43
