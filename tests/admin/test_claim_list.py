"""The claim list: each claim in its sentence with the span marked, and the filters,
search and actions a desk works with."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import ClaimStatus
from tests.factories import DocumentFactory, make_claim

pytestmark = pytest.mark.django_db
LIST = reverse("admin:claims_claim_changelist")


def listed(response) -> set[int]:
    return {claim.pk for claim in response.context["cl"].result_list}


def test_list_is_in_korean_and_marks_the_span_in_its_sentence(
    reviewer_client, quote_claim, money_claim
):
    response = reviewer_client.get(LIST)
    html = response.content.decode()
    assert response.status_code == 200
    assert "주장" in html and "미검토" in html and "발화자" in html
    assert "<mark>18개월마다 비용이 절반으로 줄어들고 있다</mark>" in html
    assert "올트먼 CEO는 “<mark>" in html  # the quote is shown inside its sentence
    assert "<mark>5000억달러</mark>(약 <mark>720조원</mark>)" in html


def test_list_shows_quantities_in_human_form(reviewer_client, money_claim):
    html = reviewer_client.get(LIST).content.decode()
    assert "5,000억 달러" in html and "720조 원" in html


def test_status_badge(reviewer_client, money_claim):
    html = reviewer_client.get(LIST).content.decode()
    assert 'class="claim-status claim-status--unreviewed">미검토</span>' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status__exact": "in_review"}, {"quote"}),
        ({"kind": "attribution"}, {"quote"}),
        ({"kind": "quantity"}, {"money", "quote", "other_document"}),
        ({"attribution__exact": "direct"}, {"quote"}),
        ({"category": "money"}, {"money"}),
        ({"category": "duration"}, {"quote"}),
        ({"assignee": "mine"}, {"quote"}),
        ({"assignee": "none"}, {"money", "other_document"}),
        ({"has_notes": "yes"}, {"other_document"}),
        ({"has_notes": "no"}, {"money", "quote"}),
    ],
)
def test_filters(reviewer_client, reviewer, money_claim, quote_claim, query, expected):
    services.claim_start_review(claim=quote_claim, by=reviewer)
    other = make_claim(DocumentFactory(title="다른 기사"), notes="출처 확인 필요")
    names = {"money": money_claim.pk, "quote": quote_claim.pk, "other_document": other.pk}
    response = reviewer_client.get(LIST, query)
    assert response.status_code == 200
    assert listed(response) == {names[n] for n in expected}


def test_filter_by_document(reviewer_client, money_claim):
    other = make_claim(DocumentFactory())
    response = reviewer_client.get(LIST, {"document__id__exact": other.document_id})
    assert listed(response) == {other.pk}


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("절반으로", "quote"),
        ("올트먼", "quote"),
        ("환율 확인", "money"),
        ("데이터센터 기사", "all"),
    ],
)
def test_search(reviewer_client, money_claim, quote_claim, term, expected):
    money_claim.notes = "한국은행 환율 확인 필요"
    money_claim.save()
    money_claim.document.title = "스타게이트 데이터센터 기사"
    money_claim.document.save()
    response = reviewer_client.get(LIST, {"q": term})
    wanted = {
        "quote": {quote_claim.pk},
        "money": {money_claim.pk},
        "all": {quote_claim.pk, money_claim.pk},
    }[expected]
    assert listed(response) == wanted


def run_action(client, action, claims, **extra):
    return client.post(
        LIST, {"action": action, "_selected_action": [c.pk for c in claims], **extra}, follow=True
    )


def test_action_assign_to_me(reviewer_client, reviewer, money_claim, quote_claim):
    response = run_action(reviewer_client, "assign_to_me", [money_claim, quote_claim])
    assert "2건" in response.content.decode()
    for claim in (money_claim, quote_claim):
        claim.refresh_from_db()
        assert claim.assignee == reviewer


def test_action_start_review(reviewer_client, money_claim):
    run_action(reviewer_client, "start_review", [money_claim])
    money_claim.refresh_from_db()
    assert money_claim.status == ClaimStatus.IN_REVIEW


def test_action_start_review_reports_refusals(reviewer_client, reviewer, money_claim):
    services.claim_dismiss(claim=money_claim, by=reviewer, reason="수사적 표현")
    response = run_action(reviewer_client, "start_review", [money_claim])
    assert "다시 열려면" in response.content.decode()
    money_claim.refresh_from_db()
    assert money_claim.status == ClaimStatus.DISMISSED


def test_action_dismiss_asks_for_a_reason_first(reviewer_client, money_claim):
    response = run_action(reviewer_client, "dismiss", [money_claim])
    assert "사유" in response.content.decode()
    money_claim.refresh_from_db()
    assert money_claim.status == ClaimStatus.UNREVIEWED


def test_action_dismiss_with_a_reason(reviewer_client, money_claim, quote_claim):
    response = run_action(
        reviewer_client, "dismiss", [money_claim, quote_claim], reason="기사 제목의 수사적 표현"
    )
    assert response.status_code == 200
    for claim in (money_claim, quote_claim):
        claim.refresh_from_db()
        assert claim.status == ClaimStatus.DISMISSED
        assert "기사 제목의 수사적 표현" in claim.notes


def make_claims(count: int) -> None:
    document = DocumentFactory(text="".join(f"{i}번 문장에 {i}개가 있다.\n" for i in range(count)))
    for i in range(count):
        make_claim(
            document,
            f"{i}번 문장에 {i}개가 있다.",
            quantities=[(f"{i}개", str(i), "count", "count")],
        )


@pytest.mark.parametrize("rows", [10, 200])
def test_query_count_does_not_grow_with_rows(reviewer_client, django_assert_max_num_queries, rows):
    make_claims(rows)
    with django_assert_max_num_queries(14):
        response = reviewer_client.get(LIST, {"all": ""})
    assert len(response.context["cl"].result_list) == rows


def test_query_count_is_equal_for_10_and_200_claims(reviewer_client, django_assert_num_queries):
    make_claims(10)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        reviewer_client.get(LIST, {"all": ""})
    make_claims(190)
    with django_assert_num_queries(len(small.captured_queries)):
        response = reviewer_client.get(LIST, {"all": ""})
    assert len(response.context["cl"].result_list) == 200
