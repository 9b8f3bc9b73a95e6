"""Documents: counts of claims per status, and the article read with every claim marked."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Document
from tests.factories import UserFactory, make_claim

pytestmark = pytest.mark.django_db


def test_document_list_counts_claims_per_status(
    reviewer_client, reviewer, money_claim, quote_claim
):
    services.claim_start_review(claim=quote_claim, by=reviewer)
    response = reviewer_client.get(reverse("admin:claims_document_changelist"))
    row = response.context["cl"].result_list[0]
    assert (row.claims_total, row.claims_unreviewed, row.claims_in_review, row.claims_verified) == (
        2,
        1,
        1,
        0,
    )
    html = response.content.decode()
    assert "미검토" in html and "검토 중" in html


def test_article_page_marks_every_claim_and_links_it(reviewer_client, money_claim, quote_claim):
    url = reverse("admin:claims_document_article", args=[money_claim.document_id])
    html = reviewer_client.get(url).content.decode()
    for claim in (money_claim, quote_claim):
        link = reverse("admin:claims_claim_change", args=[claim.pk])
        assert f'href="{link}"' in html
        assert f"<mark>{claim.text}</mark>" in html
    assert "기사 번호" in html  # the text outside claims is shown too


def test_article_page_nests_claims_inside_others(reviewer_client, document):
    outer = make_claim(document, "올트먼 CEO는 “18개월마다 비용이 절반으로 줄어들고 있다”며")
    inner = make_claim(document, "18개월마다 비용이", attribution="anonymous")
    url = reverse("admin:claims_document_article", args=[document.pk])
    html = reviewer_client.get(url).content.decode()
    inner_link = reverse("admin:claims_claim_change", args=[inner.pk])
    outer_link = reverse("admin:claims_claim_change", args=[outer.pk])
    assert f'href="{inner_link}" title="미검토"><mark>18개월마다 비용이</mark>' in html
    assert f'href="{outer_link}" title="미검토"><mark>올트먼 CEO는 “</mark>' in html


def test_article_text_is_escaped(reviewer_client, document):
    document.text = "<script>alert(1)</script> 5000억달러 규모다."
    document.save()
    make_claim(document, "5000억달러 규모다.")
    url = reverse("admin:claims_document_article", args=[document.pk])
    html = reviewer_client.get(url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_document_text_cannot_be_edited(reviewer_client, superuser, client, document):
    client.force_login(superuser)
    url = reverse("admin:claims_document_change", args=[document.pk])
    form = client.get(url).context["adminform"].form
    assert "text" not in form.fields


def test_article_page_needs_permission_to_view_documents(client, money_claim):
    client.force_login(UserFactory(permissions=["view_claim"]))  # claims, not documents
    url = reverse("admin:claims_document_article", args=[money_claim.document_id])
    assert client.get(url).status_code == 403


ARTICLE_TEXT = (
    "코스피 2% 급락\n"
    "(서울=연합뉴스) 김민수 기자 = 코스피가 28일 2% 내린 2,400으로 마감했다.\n"
    "한국거래소에 따르면 외국인은 이날 5천억원어치를 순매도했다.\n"
)


def paste(client, **fields):
    data = {
        "title": "",
        "publisher": "연합뉴스",
        "url": "",
        "published_at_0": "",
        "published_at_1": "",
        "text": ARTICLE_TEXT,
        **fields,
    }
    return client.post(reverse("admin:claims_document_add"), data, follow=True)


def test_a_pasted_article_is_ingested_with_its_claims(client, superuser):
    client.force_login(superuser)
    response = paste(client)
    assert response.status_code == 200
    document = Document.objects.get()
    assert document.title == "코스피 2% 급락"  # the headline, as the field was left empty
    assert document.claims.exists()
    assert "주장" in response.content.decode() and "찾았습니다" in response.content.decode()
    assert document.text[document.claims.first().start :] != ""


def test_pasting_the_same_article_twice_adds_nothing(client, superuser):
    client.force_login(superuser)
    paste(client)
    response = paste(client, text=ARTICLE_TEXT.replace("\n", "\r\n"))
    assert "이미 저장된 기사" in response.content.decode()
    assert Document.objects.count() == 1


def test_an_empty_paste_is_a_form_error(client, superuser):
    client.force_login(superuser)
    response = paste(client, text="   \n ")
    assert response.status_code == 200
    assert Document.objects.count() == 0
    assert "errorlist" in response.content.decode()
