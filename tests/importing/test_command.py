"""`manage.py import_claims FILE [--dry-run]`: the round trip from `export_claims` through
Excel and back; problems are printed with their row and column, and nothing is written."""

import csv
import io

import openpyxl
import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim

pytestmark = pytest.mark.django_db


def export_to(path, *args) -> None:
    call_command("export_claims", *args, "-o", str(path), stderr=io.StringIO())


def import_from(path, *args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_claims", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def edit_csv(path, claim, **changes) -> None:
    """Change the claim's row as Excel would, keeping everything else."""
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    for row in rows:
        if row["id"] == str(claim.pk):
            row.update(changes)
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_csv_round_trip_through_both_commands(tmp_path, claims, reviewer, other_reviewer):
    path = tmp_path / "claims.csv"
    export_to(path)
    edit_csv(path, claims["money"], status="verified", notes="기재부 자료와 일치")
    edit_csv(path, claims["quote"], status="misleading", notes="맥락 누락",
             reviewer=other_reviewer.username)  # fmt: skip
    history = Claim.history.count()
    out, _err = import_from(path, "--user", reviewer.username)
    money, quote = (Claim.objects.get(pk=claims[k].pk) for k in ("money", "quote"))
    assert (money.status, money.notes, money.reviewed_by) == (
        "verified",
        "기재부 자료와 일치",
        reviewer,
    )
    assert (quote.status, quote.notes, quote.reviewed_by) == (
        "misleading",
        "맥락 누락",
        other_reviewer,
    )
    assert Claim.history.count() == history + 2
    assert str(claims["money"].pk) in out and "verified" in out


def test_dry_run_shows_the_changes_and_writes_nothing(tmp_path, claims, reviewer):
    path = tmp_path / "claims.csv"
    export_to(path)
    edit_csv(path, claims["money"], status="verified", notes="확인")
    out, _err = import_from(path, "--dry-run", "--user", reviewer.username)
    assert "unreviewed → verified" in out
    assert Claim.objects.get(pk=claims["money"].pk).status == "unreviewed"


def test_problems_are_printed_by_row_and_column_and_nothing_is_written(tmp_path, claims):
    path = tmp_path / "claims.csv"
    export_to(path)
    edit_csv(path, claims["money"], status="verified", notes="")
    edit_csv(path, claims["quote"], status="in_review")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_claims", str(path), "--user", "nobody", stderr=err)
    with pytest.raises(CommandError):
        call_command("import_claims", str(path), stdout=io.StringIO(), stderr=err)
    assert "“notes”" in err.getvalue()
    assert {
        c.status for c in Claim.objects.filter(pk__in=[claims["money"].pk, claims["quote"].pk])
    } == {"unreviewed"}


def test_a_file_that_is_not_utf8_is_refused_by_row_and_column(tmp_path, claims):
    path = tmp_path / "claims.csv"
    path.write_bytes("id,status,notes\r\n1,verified,확인\r\n".encode("cp949"))
    with pytest.raises(CommandError, match="“notes”"):
        import_from(path)


def test_a_malformed_csv_is_refused_by_row_and_column(tmp_path, claims):
    path = tmp_path / "claims.csv"
    path.write_bytes(b'id,status,notes\r\n1,"verified,x\r\n')
    with pytest.raises(CommandError, match="“status”"):
        import_from(path)


def test_xlsx_round_trip(tmp_path, claims, reviewer):
    path = tmp_path / "claims.xlsx"
    export_to(path, "--format", "xlsx")
    book = openpyxl.load_workbook(path)
    header = [cell.value for cell in book.active[1]]
    for row in book.active.iter_rows(min_row=2):
        if row[0].value == claims["site"].pk:
            row[header.index("status")].value = "in_review"
            row[header.index("notes")].value = "현장 사진 재확인"
    book.save(path)
    import_from(path, "--user", reviewer.username)
    site = Claim.objects.get(pk=claims["site"].pk)
    assert (site.status, site.notes, site.reviewed_by) == ("in_review", "현장 사진 재확인", None)


def test_unknown_format_and_user(tmp_path, claims):
    path = tmp_path / "claims.txt"
    path.write_text("id\n")
    with pytest.raises(CommandError, match="--format"):
        import_from(path)
    with pytest.raises(CommandError, match="nobody"):
        import_from(path, "--format", "csv", "--user", "nobody")
