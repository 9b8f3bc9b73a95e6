"""Exports from the claim list: the list's filters and search, the formats, the one-click
CSV of verified claims, and the export permission."""

import io
import json

import openpyxl
import pytest
from django.urls import reverse

from claims import exporting
from claims.models import Claim
from claims.tables import CLAIM_COLUMNS
from tests.exporting.conftest import rows_of
from tests.factories import DocumentFactory, UserFactory, make_claim

pytestmark = pytest.mark.django_db
LIST = reverse("admin:claims_claim_changelist")
EXPORT = reverse("admin:claims_claim_export")
VERIFIED = reverse("admin:claims_claim_export_verified")
FORMATS = {"csv": "0", "xlsx": "1", "json": "2"}


def export(client, query: str = "", file_format: str = "csv", columns=CLAIM_COLUMNS, **extra):
    """Submit the export page as the browser does, every column ticked."""
    data = {"resource": "0", "format": FORMATS[file_format], **extra}
    data.update({f"claimresource_{column}": "on" for column in columns})
    return client.post(f"{EXPORT}?{query}", data)


def body(response) -> bytes:
    assert response.status_code == 200, response.content[:500]
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def xlsx_rows(data: bytes) -> list[dict]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    header, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "status__exact=verified",
        "status__exact=false",
        "kind=attribution",
        "category=money",
        "has_notes=yes",
        "q=올트먼",
        "q=데이터센터 기사",
        "status__exact=verified&q=스타게이트",
        "o=-1",
    ],
)
def test_export_has_exactly_the_claims_the_list_shows(reviewer_client, desk, query):
    listed = reviewer_client.get(f"{LIST}?{query}").context["cl"]
    shown = [claim.pk for claim in listed.queryset]
    rows = rows_of(body(export(reviewer_client, query)))
    assert [int(row["id"]) for row in rows] == shown  # same claims, same order


def test_export_page_offers_csv_xlsx_and_json(reviewer_client):
    form = reviewer_client.get(EXPORT).context["form"]
    assert [label for _value, label in form.fields["format"].choices][1:] == ["csv", "xlsx", "json"]


def test_csv_export_is_streamed_with_bom_and_is_the_streamed_file(reviewer_client, desk):
    response = export(reviewer_client, "status__exact=verified")
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].endswith('.csv"')
    assert body(response) == b"".join(exporting.csv_stream(Claim.objects.filter(status="verified")))


def test_csv_export_of_chosen_columns(reviewer_client, desk):
    rows = rows_of(body(export(reviewer_client, columns=["id", "statement", "status"])))
    assert list(rows[0]) == ["id", "statement", "status"]


def test_xlsx_export_keeps_korean_and_numbers(reviewer_client, desk):
    rows = xlsx_rows(body(export(reviewer_client, "status__exact=verified", "xlsx")))
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {desk["verified"].pk, desk["other_verified"].pk}
    row = by_id[desk["verified"].pk]
    assert row["quantities"] == "5,000억 달러; 720조 원"
    assert isinstance(row["start"], int) and row["status"] == "verified"


def test_json_export_has_no_bom_and_reads_back(reviewer_client, desk):
    data = body(export(reviewer_client, "status__exact=false", "json"))
    assert not data.startswith(b"\xef\xbb\xbf")
    (row,) = json.loads(data)
    assert row["id"] == desk["false"].pk and row["speaker"] == "샘 올트먼"


def test_export_selected_claims_action(reviewer_client, desk):
    chosen = [desk["false"].pk, desk["unreviewed"].pk]
    page = reviewer_client.post(LIST, {"action": "export_admin_action", "_selected_action": chosen})
    assert page.status_code == 200 and "export_items" in page.context["form"].fields
    response = export(reviewer_client, export_items=chosen)
    assert sorted(int(row["id"]) for row in rows_of(body(response))) == sorted(chosen)


def test_one_click_export_of_verified_claims(reviewer_client, desk):
    response = reviewer_client.get(VERIFIED)
    assert response.streaming
    assert "verified-claims-" in response["Content-Disposition"]
    rows = rows_of(body(response))
    assert {int(row["id"]) for row in rows} == {desk["verified"].pk, desk["other_verified"].pk}
    assert {row["status"] for row in rows} == {"verified"}


def test_the_list_offers_the_one_click_export_in_korean(reviewer_client, desk):
    html = reviewer_client.get(LIST).content.decode()
    assert VERIFIED in html and "검증된 주장 CSV 내보내기" in html
    assert EXPORT in html


@pytest.mark.parametrize(
    "cell", ["=1+1", "+82-2-123", "-3+2", "@SUM(A1)", "\tTAB", "\rCR", "'=already quoted"]
)
def test_every_injection_prefix_is_neutralised_in_admin_csv_and_xlsx(reviewer_client, cell):
    document = DocumentFactory(text=f"{cell} 라고 했다.")
    claim = make_claim(document, cell, notes=cell, speaker=cell, attribution="indirect")
    csv_row = rows_of(body(export(reviewer_client)))[0]
    xlsx_row = xlsx_rows(body(export(reviewer_client, file_format="xlsx")))[0]
    assert csv_row["statement"] == csv_row["notes"] == csv_row["speaker"] == "'" + cell
    # XML, and so XLSX, reads a carriage return as a line feed.
    xlsx_cell = "'" + cell.replace("\r", "\n")
    assert xlsx_row["statement"] == xlsx_row["notes"] == xlsx_row["speaker"] == xlsx_cell
    assert (int(csv_row["id"]), xlsx_row["id"]) == (claim.pk, claim.pk)


def test_without_the_export_permission_every_export_is_forbidden(client, desk):
    client.force_login(UserFactory(permissions=["view_claim", "change_claim"]))
    assert client.get(EXPORT).status_code == 403
    assert export(client).status_code == 403
    assert client.get(VERIFIED).status_code == 403
    html = client.get(LIST).content.decode()
    assert VERIFIED not in html and EXPORT not in html
    actions = dict(client.get(LIST).context["action_form"].fields["action"].choices)
    assert "export_admin_action" not in actions
    refused = client.post(
        LIST, {"action": "export_admin_action", "_selected_action": [desk["false"].pk]}
    )
    assert "form" not in (refused.context or {}) and not refused.has_header("Content-Disposition")
