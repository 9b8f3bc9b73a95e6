"""Bulk ingest (`manage.py ingest`, `make bench`): many articles, each all-or-nothing,
committed in batches, with extraction running ahead in worker processes.

Extraction is pure Python and keeps a core busy; storing is mostly the database's work.
With a spare core, worker processes extract the next batch while this process writes
the last one, so the two overlap instead of adding up. Workers are forked from this
process (nothing to import again) and only ever extract: they never touch the database.
Web processes never start them; the admin stores one article at a time.
"""

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import nullcontext
from itertools import islice

from django.db import transaction

from claims.extraction import extract
from claims.extraction.text import canonicalize
from claims.services.articles import Article, IngestError
from claims.services.ingest import IngestResult, document_ingest, document_reextract
from claims.services.storing import PreparedClaims, claims_prepare

# Articles written per commit. A commit per article costs a quarter of ingest on SQLite;
# fifty hold SQLite's write lock for about a tenth of a second, short enough for a
# reviewer's save to wait it out.
PER_COMMIT = 50

Outcome = IngestResult | IngestError

__all__ = ["PER_COMMIT", "Article", "default_workers", "documents_ingest"]


def default_workers() -> int:
    """Extraction workers beside the writing process: the spare cores, at most four."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


def documents_ingest(
    articles: Iterable[Article | IngestError],
    *,
    reextract: bool = False,
    workers: int = 0,
    per_commit: int = PER_COMMIT,
) -> Iterator[tuple[Article | IngestError, Outcome]]:
    """Store each article as document_ingest does, in order, and yield it with its result.

    Each article is all-or-nothing, with a commit every `per_commit` articles; one refused
    with IngestError (which writes nothing of it), or given as one (a file that could not
    be read), is yielded with that error and the others still load. Results are yielded
    after their commit: a document reported stored is stored. Any other exception rolls
    back the batch it happened in. `reextract`: articles already stored
    are extracted again (document_reextract). `workers`: processes that extract ahead;
    0 extracts here, between writes.
    """
    pending = iter(articles)
    batches = iter(lambda: list(islice(pending, per_commit)), [])
    with _extractor(workers) as pool:
        ahead: deque[tuple[list, list[Future] | None]] = deque()
        for batch in batches:
            ahead.append((batch, _extract_ahead(pool, workers, batch)))
            if len(ahead) > 1:  # keep one batch extracting while this one is written
                yield from _store(*ahead.popleft(), reextract=reextract)
        while ahead:
            yield from _store(*ahead.popleft(), reextract=reextract)


def prepare_canonical(texts: Sequence[str]) -> list[PreparedClaims]:
    """The claims of each text's canonical form, prepared as rows (what a worker runs)."""
    return [claims_prepare(extract(canonicalize(text))) for text in texts]


def _extractor(workers: int):
    if workers <= 0:
        return nullcontext()  # no pool: _extract_ahead leaves extraction to _store
    # Forked: the workers start at once with the extractor already imported.
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def _extract_ahead(pool: Executor | None, workers: int, batch: list) -> list[Future] | None:
    if pool is None:
        return None
    texts = [article.text for article in batch if isinstance(article, Article)]
    share = -(-len(texts) // workers) or 1  # one slice per worker
    return [
        pool.submit(prepare_canonical, texts[i : i + share]) for i in range(0, len(texts), share)
    ]


def _store(
    batch: list, futures: list[Future] | None, *, reextract: bool
) -> list[tuple[Article | IngestError, Outcome]]:
    """Write a batch in one transaction, its articles without a savepoint each: an article
    is refused (IngestError) before anything of it is written, and any other failure rolls
    the whole batch back, so a savepoint per article would guard nothing, and it costs
    SQLite about a quarter of ingest (`make bench`)."""
    prepared = (
        iter([claims for future in futures for claims in future.result()])
        if futures is not None
        else None
    )
    outcomes: list[tuple[Article | IngestError, Outcome]] = []
    with transaction.atomic():
        for article in batch:
            if isinstance(article, IngestError):
                outcomes.append((article, article))
                continue
            try:
                result = document_ingest(
                    text=article.text,
                    metadata=article.metadata,
                    source_name=article.source_name,
                    prepared=next(prepared) if prepared is not None else None,
                    savepoint=False,
                )
                if not result.created and reextract:
                    result = document_reextract(document=result.document)
            except IngestError as error:
                result = error
            outcomes.append((article, result))
    return outcomes
