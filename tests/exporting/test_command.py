"""`manage.py export_claims`: the same files as the admin, to a file or standard output."""

import io
import json

import openpyxl
import pytest
from django.core.management import CommandError, call_command

from claims import exporting
from claims.models import Claim
from tests.exporting.conftest import rows_of
from tests.factories import DocumentFactory, make_claim

pytestmark = pytest.mark.django_db


def run(*args) -> bytes:
    """The command's standard output, as bytes."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    call_command("export_claims", *args, stdout=out, stderr=io.StringIO())
    out.flush()
    return out.buffer.getvalue()


def test_verified_export_has_only_verified_claims(desk):
    rows = rows_of(run("--status", "verified"))
    assert {int(row["id"]) for row in rows} == {desk["verified"].pk, desk["other_verified"].pk}
    assert {row["status"] for row in rows} == {"verified"}


def test_csv_to_stdout_is_the_streamed_file_with_bom(desk):
    assert run() == b"".join(exporting.csv_stream(Claim.objects.all()))


def test_csv_to_a_text_stream_keeps_the_bom_and_korean(desk):
    out = io.StringIO()
    call_command("export_claims", "--status", "false", stdout=out, stderr=io.StringIO())
    assert out.getvalue().startswith("\ufeffid,")
    assert "샘 올트먼" in out.getvalue()


def test_statuses_and_documents_combine(desk):
    document = desk["in_review"].document
    rows = rows_of(
        run("--document", str(document.pk), "--status", "verified", "--status", "in_review")
    )
    assert {int(row["id"]) for row in rows} == {desk["in_review"].pk, desk["other_verified"].pk}


def test_unknown_document_is_refused(db):
    with pytest.raises(CommandError, match="999"):
        run("--document", "999")


def test_xlsx_to_a_file(desk, tmp_path):
    target = tmp_path / "claims.xlsx"
    call_command("export_claims", "--format", "xlsx", "-o", str(target), stderr=io.StringIO())
    sheet = openpyxl.load_workbook(target).active
    header, *rows = sheet.iter_rows(values_only=True)
    assert header[:2] == ("id", "document_title") and len(rows) == 5


def test_xlsx_needs_a_file_or_a_binary_stdout(desk):
    with pytest.raises(CommandError, match="-o"):
        call_command("export_claims", "--format", "xlsx", stdout=io.StringIO())
    assert run("--format", "xlsx").startswith(b"PK")  # a zip: the workbook


def test_json(desk):
    items = json.loads(run("--format", "json", "--status", "false"))
    assert [item["speaker"] for item in items] == ["샘 올트먼"]


def test_claimreview_has_the_verdicts_only(desk):
    items = json.loads(run("--format", "claimreview"))
    assert {item["@type"] for item in items} == {"ClaimReview"}
    assert len(items) == 3  # verified twice, false once; in review and unreviewed left out


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_injection_is_neutralised_in_command_csv_and_xlsx(db, tmp_path, cell):
    make_claim(DocumentFactory(text=f"{cell} 라고 했다."), cell)
    (row,) = rows_of(run())
    assert row["statement"] == "'" + cell
    target = tmp_path / "claims.xlsx"
    call_command("export_claims", "--format", "xlsx", "-o", str(target), stderr=io.StringIO())
    values = next(openpyxl.load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    assert "'" + cell.replace("\r", "\n") in values
