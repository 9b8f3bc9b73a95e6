"""Bulk ingest: each article all-or-nothing, committed in batches, the same claims
whether extraction runs here or in worker processes."""

import pytest
from django.db import connection

from claims.models import Claim, Document, Quantity, Span, SpanMismatch
from claims.services import bulk, ingest
from claims.services.articles import Article, IngestError

ARTICLES = [
    Article(
        text=f"제{n}차 회의\n"
        f"시는 올해 예산 {n}조{n}천억원 가운데 {n * 10}%를 복지에 쓴다고 밝혔다. "
        f'김민수 시장은 "{n}만 가구가 혜택을 받는다"고 말했다.\n',
        source_name=f"article-{n}.txt",
    )
    for n in range(1, 8)
]


def stored_rows() -> list:
    return [
        list(
            Claim.objects.order_by("start", "document__source_name").values_list(
                "document__source_name", "start", "end", "attribution", "speaker", "kinds"
            )
        ),
        list(
            Span.objects.order_by("claim__document__source_name", "start", "role").values_list(
                "claim__document__source_name", "role", "start", "end", "exact"
            )
        ),
        list(
            Quantity.objects.order_by("claim__document__source_name", "start").values_list(
                "claim__document__source_name", "start", "end", "exact", "value", "unit", "category"
            )
        ),
    ]


@pytest.mark.django_db
def test_every_article_is_stored_in_order_with_its_result():
    outcomes = list(bulk.documents_ingest(ARTICLES, per_commit=3))
    assert [article for article, _result in outcomes] == ARTICLES
    assert all(result.created and result.claims_created > 0 for _a, result in outcomes)
    assert Document.objects.count() == len(ARTICLES)


@pytest.mark.django_db
def test_worker_processes_store_exactly_what_one_process_stores():
    list(bulk.documents_ingest(ARTICLES, workers=0))
    here = stored_rows()
    Document.objects.all().delete()
    list(bulk.documents_ingest(ARTICLES, workers=2, per_commit=2))
    assert stored_rows() == here


@pytest.mark.django_db
def test_a_refused_article_is_reported_and_the_others_still_load():
    unreadable = IngestError("broken.txt: not UTF-8")
    empty = Article(text=" \n", source_name="empty.txt")
    given = [ARTICLES[0], unreadable, empty, ARTICLES[1]]
    outcomes = dict(
        (id(article), result) for article, result in bulk.documents_ingest(given, per_commit=10)
    )
    assert outcomes[id(unreadable)] is unreadable
    assert isinstance(outcomes[id(empty)], IngestError)
    assert "empty.txt" in str(outcomes[id(empty)])
    assert set(Document.objects.values_list("source_name", flat=True)) == {
        "article-1.txt",
        "article-2.txt",
    }


@pytest.mark.django_db
def test_an_article_already_stored_is_not_stored_twice():
    list(bulk.documents_ingest(ARTICLES[:2]))
    outcomes = list(bulk.documents_ingest(ARTICLES[:2]))
    assert [result.created for _a, result in outcomes] == [False, False]
    assert Document.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_results_are_reported_only_once_committed():
    for _article, _result in bulk.documents_ingest(ARTICLES, per_commit=3):
        assert not connection.in_atomic_block


@pytest.mark.django_db(transaction=True)
def test_a_failure_rolls_back_its_batch_and_keeps_the_batches_before(monkeypatch):
    real_store = bulk.document_ingest

    def store(**kwargs):
        if kwargs["source_name"] == "article-5.txt":
            raise RuntimeError("disk full")
        return real_store(**kwargs)

    monkeypatch.setattr(bulk, "document_ingest", store)
    reported = []
    with pytest.raises(RuntimeError):
        for article, _result in bulk.documents_ingest(ARTICLES, per_commit=3):
            reported.append(article.source_name)
    # Batches of three: 1-3 committed; 4-6 rolled back as a whole, 4 included.
    assert reported == ["article-1.txt", "article-2.txt", "article-3.txt"]
    assert sorted(Document.objects.values_list("source_name", flat=True)) == reported


@pytest.mark.django_db(transaction=True)
def test_an_article_failing_after_its_document_row_rolls_back_its_whole_batch(monkeypatch):
    # Articles are written without a savepoint each: a failure part-way through one (here
    # claims pointing outside the text, after the document's row is in) leaves nothing of
    # its batch behind.
    real_write = ingest.claims_write

    def write(*, document, prepared):
        text = document.text
        if text.startswith("제5차"):
            kinds, _start, _end, *values = prepared.claims[0]
            outside = (kinds, len(text) + 5, len(text) + 9, *values)
            prepared = prepared._replace(claims=[outside, *prepared.claims[1:]])
        return real_write(document=document, prepared=prepared)

    monkeypatch.setattr(ingest, "claims_write", write)
    with pytest.raises(SpanMismatch):
        list(bulk.documents_ingest(ARTICLES, per_commit=3))
    assert sorted(Document.objects.values_list("source_name", flat=True)) == [
        "article-1.txt",
        "article-2.txt",
        "article-3.txt",
    ]
