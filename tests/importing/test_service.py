"""`claims_import`: decisions made in a spreadsheet come back through the review rules,
all rows or none, and every problem names its row, its column and the reason."""

import pytest
import tablib
from django.db.models import F

from claims.models import Claim, ClaimStatus
from claims.services.importing import claims_import
from claims.tables import CLAIM_COLUMNS
from tests.factories import ReviewerFactory
from tests.importing.conftest import edited, exported, row_of

pytestmark = pytest.mark.django_db


def snapshot() -> list[tuple]:
    """Everything an import could change, for every claim, with its history."""
    fields = ("pk", "status", "notes", "reviewed_by", "reviewed_at", "assignee", "updated_at")
    return [*Claim.objects.order_by("pk").values_list(*fields), ("history", Claim.history.count())]


def problems_of(report) -> list[tuple]:
    return [(p.row, p.column) for p in report.problems]


def test_the_round_trip_changes_status_notes_and_reviewer(claims, reviewer, other_reviewer):
    money, quote = claims["money"], claims["quote"]
    table = edited(exported(), money, status="verified", notes="기재부 자료와 일치")
    table = edited(table, quote, status="false", notes="24개월", reviewer=other_reviewer.username)
    history_before = Claim.history.count()
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert report.ok and report.applied
    assert (len(report.changes), report.unchanged) == (2, 1)
    money.refresh_from_db()
    quote.refresh_from_db()
    assert (money.status, money.notes, money.reviewed_by) == (
        "verified",
        "기재부 자료와 일치",
        reviewer,
    )
    assert (quote.status, quote.notes, quote.reviewed_by) == ("false", "24개월", other_reviewer)
    assert money.reviewed_at is not None
    assert Claim.history.count() == history_before + 2
    # The history names who gave each verdict: the reviewer the row names, else who imports.
    assert (quote.history.latest().status, quote.history.latest().history_user) == (
        "false",
        other_reviewer,
    )
    assert money.history.latest().history_user == reviewer


def test_an_unchanged_export_changes_nothing(claims, reviewer):
    before = snapshot()
    report = claims_import(dataset=exported(), by=reviewer, dry_run=False)
    assert report.ok and (report.changes, report.unchanged) == ([], 3)
    assert snapshot() == before


def test_a_dry_run_reports_the_changes_and_writes_nothing(claims, reviewer):
    before = snapshot()
    table = edited(exported(), claims["money"], status="verified", notes="확인")
    report = claims_import(dataset=table, by=reviewer, dry_run=True)
    assert report.ok and not report.applied
    (change,) = report.changes
    assert change.claim == claims["money"]
    assert change.after == {"status": "verified", "notes": "확인", "reviewer": reviewer.username}
    assert change.before["status"] == "unreviewed"
    assert snapshot() == before


def test_a_verdict_without_notes_is_refused_and_nothing_is_written(claims, reviewer):
    table = edited(exported(), claims["quote"], status="false", notes="")
    table = edited(table, claims["money"], status="verified", notes="이 행은 문제없다")
    before = snapshot()
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(row_of(table, claims["quote"]), "notes")]
    assert "검토 메모가 필요" in str(report.problems[0])  # the review rules' own reason
    assert not report.applied and snapshot() == before  # the good row is not written either


def test_a_step_the_rules_refuse_is_a_status_problem(claims, reviewer):
    table = edited(exported(), claims["site"], status="unreviewed", notes="다시 보기")
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(row_of(table, claims["site"]), "status")]


def test_a_verdict_changed_needs_a_new_note(claims, reviewer):
    table = edited(exported(), claims["site"], status="false")
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(row_of(table, claims["site"]), "notes")]


@pytest.mark.parametrize("cell", ["9999", "12abc", "", None])
def test_unknown_or_unreadable_ids_are_id_problems(claims, reviewer, cell):
    table = edited(exported(), claims["money"], id=cell)
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(2, "id")]


def test_a_claim_twice_is_a_problem_of_the_second_row(claims, reviewer):
    table = exported()
    table.append(table[0])
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(5, "id")]
    assert str(report.problems[0]).startswith("5행 “id” 열: 주장") and "2행" in str(
        report.problems[0]
    )


def test_unknown_columns_are_problems_of_the_header(claims, reviewer):
    table = exported()
    table.append_col(["x"] * len(table), header="verdict")
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(1, "verdict")]
    assert "verdict" in str(report.problems[0])


def test_the_id_column_is_required(claims, reviewer):
    table = exported()
    del table["id"]
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(1, "id")]


@pytest.mark.parametrize(
    ("column", "value"),
    [("statement", "5000억달러 규모의 프로젝트다"), ("start", 0), ("end", "51x")],
)
def test_a_span_that_is_not_the_claims_is_refused(claims, reviewer, column, value):
    before = snapshot()
    table = edited(exported(), claims["money"], **{column: value, "status": "verified",
                                                    "notes": "확인"})  # fmt: skip
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(row_of(table, claims["money"]), column)]
    assert snapshot() == before


def test_a_claim_whose_document_no_longer_reads_it_is_refused(claims, reviewer):
    Claim.objects.filter(pk=claims["money"].pk).update(start=0)
    table = exported()
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(row_of(table, claims["money"]), "statement")]


def test_an_unknown_reviewer_is_refused(claims, reviewer):
    table = edited(exported(), claims["money"], status="verified", notes="확인", reviewer="nobody")
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(2, "reviewer")]
    assert "nobody" in report.problems[0].message


def test_only_a_verdict_has_a_reviewer(claims, reviewer):
    table = edited(exported(), claims["money"], status="in_review", reviewer=reviewer.username)
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(2, "reviewer")]


def test_a_verdicts_reviewer_changes_only_with_a_new_verdict(claims, reviewer):
    ReviewerFactory(username="kim")
    table = edited(exported(), claims["site"], reviewer="kim")
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(row_of(table, claims["site"]), "reviewer")]


def test_a_new_verdict_is_given_by_the_reviewer_the_row_names(claims, reviewer):
    kim = ReviewerFactory(username="kim")
    table = edited(exported(), claims["site"], status="false", notes="재확인 결과 다름")
    named = edited(table, claims["site"], reviewer="kim")
    assert claims_import(dataset=named, by=reviewer, dry_run=False).ok
    claims["site"].refresh_from_db()
    assert (claims["site"].status, claims["site"].reviewed_by) == ("false", kim)


def test_an_unchanged_reviewer_cell_leaves_a_new_verdict_to_who_imports(claims, other_reviewer):
    table = edited(exported(), claims["site"], status="false", notes="재확인 결과 다름")
    assert claims_import(dataset=table, by=other_reviewer, dry_run=False).ok
    claims["site"].refresh_from_db()
    assert claims["site"].reviewed_by == other_reviewer


def test_reopening_a_verdict_forgets_its_reviewer(claims, reviewer):
    table = edited(exported(), claims["site"], status="in_review", notes="수치 재확인 필요")
    assert claims_import(dataset=table, by=reviewer, dry_run=False).ok
    claims["site"].refresh_from_db()
    assert (claims["site"].status, claims["site"].reviewed_by) == ("in_review", None)


def test_without_an_importing_user_a_new_verdict_needs_its_reviewer(claims, reviewer):
    table = edited(exported(), claims["money"], status="verified", notes="확인")
    assert problems_of(claims_import(dataset=table, by=None, dry_run=False)) == [(2, "reviewer")]
    table = edited(table, claims["money"], reviewer=reviewer.username)
    assert claims_import(dataset=table, by=None, dry_run=False).ok
    claims["money"].refresh_from_db()
    assert claims["money"].reviewed_by == reviewer


@pytest.mark.parametrize("cell", ["사실 확인", "Verified", " verified "])
def test_a_status_may_be_written_as_its_label(claims, reviewer, cell):
    table = edited(exported(), claims["money"], status=cell, notes="확인")
    assert claims_import(dataset=table, by=reviewer, dry_run=False).ok
    assert Claim.objects.get(pk=claims["money"].pk).status == ClaimStatus.VERIFIED


def test_an_unknown_status_is_refused(claims, reviewer):
    table = edited(exported(), claims["money"], status="true", notes="확인")
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert problems_of(report) == [(2, "status")]


def test_every_problem_of_every_row_is_reported_at_once(claims, reviewer):
    table = edited(exported(), claims["money"], status="verified", notes="", reviewer="nobody")
    table = edited(table, claims["quote"], statement="다른 문장")
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert sorted(problems_of(report)) == [
        (row_of(table, claims["money"]), "reviewer"),
        (row_of(table, claims["quote"]), "statement"),
    ]


def test_cells_guarded_on_export_come_back_as_they_were(claims, reviewer):
    table = edited(exported(), claims["money"], status="verified", notes="'=SUM(A1) 아님")
    assert claims_import(dataset=table, by=reviewer, dry_run=False).ok
    assert Claim.objects.get(pk=claims["money"].pk).notes == "=SUM(A1) 아님"


def test_line_ends_changed_by_a_spreadsheet_are_no_change(claims, reviewer):
    Claim.objects.filter(pk=claims["site"].pk).update(notes="현장 확인\r\n사진 첨부")
    table = edited(exported(), claims["site"], notes="현장 확인\n사진 첨부")
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert report.ok and report.changes == []


def test_blank_rows_and_partial_columns(claims, reviewer):
    table = tablib.Dataset(headers=["id", "status", "notes"])
    table.append([claims["money"].pk, "verified", "확인"])
    table.append([None, None, None])  # Excel's trailing blank row
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert report.ok and len(report.changes) == 1
    assert set(table.headers) < set(CLAIM_COLUMNS)


def test_numbers_as_excel_reads_them(claims, reviewer):
    table = edited(exported(), claims["money"], status="verified", notes="확인")
    rows = [[float(c) if isinstance(c, int) else c for c in row] for row in table]
    report = claims_import(
        dataset=tablib.Dataset(*rows, headers=table.headers), by=reviewer, dry_run=False
    )
    assert report.ok and len(report.changes) == 1


def test_a_claim_changed_while_the_import_is_written_undoes_the_whole_import(
    claims, reviewer, monkeypatch
):
    from claims.services import importing

    table = edited(exported(), claims["money"], status="verified", notes="확인")
    table = edited(table, claims["quote"], status="in_review")
    apply = importing._apply

    def someone_else_saves_the_quote_first(change, by):
        if change.claim == claims["money"]:
            Claim.objects.filter(pk=claims["quote"].pk).update(version=F("version") + 1)
        apply(change, by)

    monkeypatch.setattr(importing, "_apply", someone_else_saves_the_quote_first)
    report = claims_import(dataset=table, by=reviewer, dry_run=False)
    assert [p.row for p in report.problems] == [row_of(table, claims["quote"])]
    assert not report.applied
    assert Claim.objects.get(pk=claims["money"].pk).status == "unreviewed"
