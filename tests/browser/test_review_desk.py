"""The review desk as an editor uses it: in Korean, in a real browser."""

import csv
import io
import re

import pytest
from django.db.models import Q
from playwright.sync_api import expect

from claims.models import Claim, ClaimStatus, Evidence

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LIST = "/admin/claims/claim/"


def test_claim_list_is_korean_with_highlighted_spans(
    log_in, reviewer_user, live_server, screenshot
):
    page = log_in(reviewer_user)
    page.goto(f"{live_server.url}{LIST}")
    expect(page.locator("html")).to_have_attribute("lang", "ko")
    expect(page.locator("#content h1")).to_contain_text("주장")
    expect(page.locator("#changelist-filter")).to_contain_text("상태")
    marks = page.locator("#result_list .claim-context mark")
    expect(marks.first).to_be_visible()
    assert marks.count() >= Claim.objects.count()
    expect(page.locator("#result_list")).to_contain_text("5,000억 달러")
    expect(page.locator(".claim-status--verified").first).to_have_text("사실 확인")
    screenshot("claim-list")


def test_filter_by_status_and_unit_category(log_in, reviewer_user, live_server):
    page = log_in(reviewer_user)
    page.goto(f"{live_server.url}{LIST}")
    page.locator("#changelist-filter").get_by_role("link", name="사실 확인", exact=True).click()
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(Claim.objects.filter(status=ClaimStatus.VERIFIED).count())
    for badge in page.locator("#result_list .claim-status").all():
        expect(badge).to_have_text("사실 확인")

    page.goto(f"{live_server.url}{LIST}")
    page.locator("#changelist-filter").get_by_role("link", name="면적", exact=True).click()
    expect(rows).to_have_count(Claim.objects.filter(quantities__category="area").count())
    expect(page.locator("#result_list")).to_contain_text("3.54㎢")


def test_search_a_speaker(log_in, reviewer_user, live_server):
    page = log_in(reviewer_user)
    page.goto(f"{live_server.url}{LIST}")
    page.fill("#searchbar", '"샘 올트먼"')  # quoted: the whole name, as one phrase
    page.keyboard.press("Enter")
    rows = page.locator("#result_list tbody tr")
    phrase = "샘 올트먼"
    expected = Claim.objects.filter(
        Q(speaker__icontains=phrase)
        | Q(text__icontains=phrase)
        | Q(notes__icontains=phrase)
        | Q(document__title__icontains=phrase)
    )
    assert expected.filter(speaker=phrase).exists()
    expect(rows).to_have_count(expected.count())
    expect(page.locator("#result_list")).to_contain_text(phrase)


def test_review_a_claim_with_evidence_and_see_it_in_history(
    log_in, reviewer_user, live_server, screenshot
):
    claim = (
        Claim.objects.filter(status=ClaimStatus.UNREVIEWED, kinds__contains="quantity")
        .order_by("start")
        .first()
    )
    page = log_in(reviewer_user)
    page.goto(f"{live_server.url}{LIST}{claim.pk}/change/")
    expect(page.locator(".field-context mark")).to_have_text(claim.text)
    screenshot("claim-page")

    # A verdict without a note is refused with the rule's message.
    page.select_option("#id_status", "verified")
    page.fill("#id_notes", "")
    page.click("input[name=_save]")
    expect(page.locator(".errorlist")).to_contain_text("검토 메모가 필요합니다")

    page.select_option("#id_status", "verified")
    page.fill("#id_notes", "한국은행 경제통계시스템 원자료와 대조해 확인함")
    page.fill("#id_evidence-0-url", "https://ecos.bok.or.kr/")
    page.fill("#id_evidence-0-title", "한국은행 경제통계시스템")
    page.select_option("#id_evidence-0-stance", "supports")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist .success")).to_be_visible()

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.VERIFIED and claim.reviewed_by == reviewer_user
    assert Evidence.objects.filter(claim=claim, url="https://ecos.bok.or.kr/").exists()

    page.goto(f"{live_server.url}{LIST}{claim.pk}/change/")
    page.get_by_role("link", name=re.compile("히스토리|변경 이력|History")).click()
    history = page.locator("#change-history")
    expect(history).to_contain_text("kim-reviewer")
    expect(history).to_contain_text("한국은행 경제통계시스템 원자료와 대조해 확인함")


def test_export_verified_claims_as_csv(log_in, reviewer_user, live_server):
    page = log_in(reviewer_user)
    page.goto(f"{live_server.url}{LIST}")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="검증된 주장 CSV 내보내기").click()
    raw = download_info.value.path().read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Korean
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    verified = Claim.objects.filter(status=ClaimStatus.VERIFIED)
    assert {int(r["id"]) for r in rows} == set(verified.values_list("pk", flat=True))
    assert {r["status"] for r in rows} == {"verified"}
    assert any("5000억달러" in r["statement"] for r in rows)  # Korean intact


def test_a_viewer_has_no_save_button(log_in, viewer_user, live_server):
    claim = Claim.objects.order_by("start").first()
    page = log_in(viewer_user)
    page.goto(f"{live_server.url}{LIST}{claim.pk}/change/")
    expect(page.locator(".field-context mark")).to_be_visible()
    expect(page.locator("input[name=_save]")).to_have_count(0)
    page.goto(f"{live_server.url}{LIST}")
    expect(page.locator("select[name=action]")).to_have_count(0)
