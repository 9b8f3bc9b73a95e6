"""The claim page: the span highlighted in the article, every span and quantity listed,
evidence kept inline, and the review rules applied to what a reviewer saves."""

import re

import pytest
from django.urls import reverse

from claims.models import ClaimStatus, Evidence
from tests.admin.conftest import change_form_data, change_url

pytestmark = pytest.mark.django_db


def test_page_shows_the_span_in_the_article(reviewer_client, quote_claim):
    html = reviewer_client.get(change_url(quote_claim)).content.decode()
    assert "올트먼 CEO는 “<mark>18개월마다 비용이 절반으로 줄어들고 있다</mark>”며" in html


def test_page_lists_every_span_and_quantity(reviewer_client, quote_claim):
    response = reviewer_client.get(change_url(quote_claim))
    html = response.content.decode()
    spans = {(s.role, s.exact) for s in quote_claim.spans.all()}
    assert spans == {("speaker", "올트먼")}
    flat = re.sub(r"\s+", "", html)
    assert '<tdclass="field-role"><p>발화자</p></td>' in flat
    assert '<tdclass="field-exact"><p>올트먼</p></td>' in flat
    quantities = [q.exact for q in quote_claim.quantities.order_by("position")]
    assert quantities == ["18개월", "절반"]
    for exact in quantities:
        assert f'<tdclass="field-written"><p>{exact}</p></td>' in flat  # as written
    assert "0.5배" in html  # and in human form
    assert "근거 자료" in html  # the evidence inline, in Korean


def test_page_links_to_history(reviewer_client, money_claim):
    html = reviewer_client.get(change_url(money_claim)).content.decode()
    assert reverse("admin:claims_claim_history", args=[money_claim.pk]) in html


def test_statement_and_offsets_are_read_only(post_change, money_claim):
    response = post_change(
        money_claim, text="바뀐 주장", start=0, end=3, status=ClaimStatus.IN_REVIEW
    )
    assert response.status_code == 302
    money_claim.refresh_from_db()
    assert money_claim.text == "5000억달러(약 720조원) 규모의 프로젝트다"
    assert money_claim.status == ClaimStatus.IN_REVIEW


def test_a_verdict_without_a_note_is_a_form_error(post_change, money_claim):
    response = post_change(money_claim, status=ClaimStatus.VERIFIED, notes="")
    assert response.status_code == 200
    assert "검토 메모가 필요합니다" in response.content.decode()
    money_claim.refresh_from_db()
    assert money_claim.status == ClaimStatus.UNREVIEWED


def test_a_verdict_with_a_note_is_saved_and_signed(post_change, money_claim, reviewer):
    response = post_change(
        money_claim, status=ClaimStatus.VERIFIED, notes="한국은행 기준환율로 환산해 일치 확인"
    )
    assert response.status_code == 302
    money_claim.refresh_from_db()
    assert money_claim.status == ClaimStatus.VERIFIED
    assert money_claim.reviewed_by == reviewer and money_claim.reviewed_at


def test_a_refused_transition_is_a_form_error_not_a_server_error(
    post_change, money_claim, reviewer
):
    post_change(money_claim, status=ClaimStatus.DISMISSED, notes="제목의 수사")
    response = post_change(money_claim, status=ClaimStatus.VERIFIED, notes="제목의 수사\n확인")
    assert response.status_code == 200
    assert "바꿀 수 없습니다" in response.content.decode()


def test_evidence_added_inline_is_signed_by_the_reviewer(post_change, money_claim, reviewer):
    response = post_change(
        money_claim,
        **{
            "evidence-0-url": "https://www.whitehouse.gov/stargate",
            "evidence-0-title": "백악관 발표",
            "evidence-0-stance": "supports",
        },
    )
    assert response.status_code == 302
    evidence = Evidence.objects.get(claim=money_claim)
    assert evidence.added_by == reviewer and evidence.stance == "supports"


def test_history_page_shows_status_and_note_changes(post_change, reviewer_client, money_claim):
    post_change(money_claim, status=ClaimStatus.IN_REVIEW)
    post_change(money_claim, status=ClaimStatus.VERIFIED, notes="환율 대조 완료")
    response = reviewer_client.get(reverse("admin:claims_claim_history", args=[money_claim.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "환율 대조 완료" in html and "사실 확인" in html
    assert money_claim.history.count() == 3
    assert money_claim.history.latest().history_user.username in html


def test_claims_cannot_be_added_by_hand(reviewer_client, superuser, client):
    client.force_login(superuser)
    assert client.get(reverse("admin:claims_claim_add")).status_code == 403


def test_a_stale_save_is_refused_and_the_newer_verdict_kept(
    client, reviewer_client, other_reviewer, money_claim
):
    mine = change_form_data(
        reviewer_client, money_claim, status=ClaimStatus.FALSE, notes="내가 보기엔 사실 아님"
    )
    client.force_login(other_reviewer)
    theirs = change_form_data(
        client, money_claim, status=ClaimStatus.VERIFIED, notes="환율 대조로 사실 확인"
    )
    assert client.post(change_url(money_claim), theirs).status_code == 302

    response = reviewer_client.post(change_url(money_claim), mine)
    assert response.status_code == 200
    html = response.content.decode()
    assert other_reviewer.username in html and "저장되지 않았습니다" in html
    money_claim.refresh_from_db()
    assert (money_claim.status, money_claim.notes) == (
        ClaimStatus.VERIFIED,
        "환율 대조로 사실 확인",
    )
