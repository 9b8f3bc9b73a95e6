"""Documents: counts of claims per status, and the article read with every claim marked."""

import pytest
from django.urls import reverse

from claims import services
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
