"""Ingest of 1,000 documents into a fresh SQLite database, against extraction alone of the
same documents in the same run."""

import time

from claims.bench.corpus import article_texts, numbered
from claims.extraction import extract

TARGET_RATIO = 1.5  # issue 3: ingest no slower than 1.5x extraction alone


def run(count: int = 1000) -> dict:
    from django.db import connection

    from claims.models import Claim, Document
    from claims.services.ingest import document_ingest

    documents = numbered(article_texts(), count)
    started = time.perf_counter()
    for text in documents:
        extract(text)
    extraction = time.perf_counter() - started

    started = time.perf_counter()
    for text in documents:
        document_ingest(text=text)
    seconds = time.perf_counter() - started
    assert Document.objects.count() == count
    ratio = seconds / extraction
    print(
        f"ingest: {count:,} documents into a fresh {connection.vendor} database,"
        f" {Claim.objects.count():,} claims stored"
    )
    print(f"  ingest      {seconds:8.3f} s  {count / seconds:10,.1f} documents/s")
    print(
        f"  extraction  {extraction:8.3f} s  {count / extraction:10,.1f} documents/s"
        "  (baseline: extraction alone)"
    )
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"  ratio       {ratio:8.2f}x extraction alone ({verdict} the {TARGET_RATIO}x target)")
    return {"seconds": seconds, "extraction": extraction, "ratio": ratio}
