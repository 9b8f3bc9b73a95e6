"""Ingest of 1,000 documents into a fresh SQLite database, against extraction alone of the
same documents in the same run.

Ingest runs the road `manage.py ingest` takes (claims.services.bulk): each article
all-or-nothing, committed in batches, twice: in one process, then with extraction in
worker processes beside the writer (the command's default on a machine with a spare core).
"""

import time
from collections.abc import Callable

from claims.bench.corpus import article_texts, numbered
from claims.extraction import extract

TARGET_RATIO = 1.5  # issue 3: ingest no slower than 1.5x extraction alone


def run(count: int = 1000, *, fresh_database: Callable[[], None]) -> dict:
    from django.db import connection

    from claims.models import Claim, Document
    from claims.services.bulk import PER_COMMIT, Article, default_workers, documents_ingest

    documents = numbered(article_texts(), count)
    started = time.perf_counter()
    for text in documents:
        extract(text)
    extraction = time.perf_counter() - started

    def ingest(workers: int) -> float:
        fresh_database()
        articles = [Article(text=text) for text in documents]
        started = time.perf_counter()
        for _article, outcome in documents_ingest(articles, workers=workers):
            assert outcome.created, outcome
        seconds = time.perf_counter() - started
        assert Document.objects.count() == count
        return seconds

    workers = default_workers()
    runs = {0: ingest(0)}
    if workers:
        runs[workers] = ingest(workers)
    print(
        f"ingest: {count:,} documents into a fresh {connection.vendor} database,"
        f" {Claim.objects.count():,} claims stored, {PER_COMMIT} documents per commit"
    )
    for used, seconds in runs.items():
        how = "one process" if not used else f"{used} extracting"
        print(f"  ingest ({how:>12})  {seconds:8.3f} s  {count / seconds:10,.1f} documents/s")
    print(
        f"  extraction alone        {extraction:8.3f} s  {count / extraction:10,.1f} documents/s"
        "  (baseline)"
    )
    for used, seconds in runs.items():
        ratio = seconds / extraction
        how = "in one process" if not used else f"with {used} extraction worker(s)"
        verdict = "within" if ratio <= TARGET_RATIO else "OVER"
        print(
            f"  ratio {how}: {ratio:.2f}x extraction alone ({verdict} the {TARGET_RATIO}x target)"
        )
    best = runs[workers]
    return {"seconds": best, "extraction": extraction, "ratio": best / extraction, "runs": runs}
