"""Articles in: file -> canonical text -> extract -> Document and its claims, in one
transaction; the same text is never stored twice. Re-extraction replaces only what no
person has touched. (Reading files: claims.services.articles; writing rows:
claims.services.storing.)
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims.extraction import extract
from claims.extraction.text import canonicalize
from claims.models import Document, content_hash_of
from claims.services import rows
from claims.services.articles import (
    ArticleMetadata,
    IngestError,
    headline_of,
    read_article_file,
)
from claims.services.storing import PreparedClaims, claims_prepare, claims_store, claims_write

NO_METADATA = ArticleMetadata()
ROW_FIELDS = [f.attname for f in Document._meta.concrete_fields if not f.primary_key]

__all__ = ["IngestResult", "document_ingest", "document_ingest_file", "document_reextract"]


@dataclass
class IngestResult:
    document: Document
    created: bool
    claims_created: int = 0
    claims_kept: int = 0
    claims_removed: int = 0
    notes: list[str] = field(default_factory=list)


def document_ingest(
    *,
    text: str,
    metadata: ArticleMetadata = NO_METADATA,
    source_name: str = "",
    prepared: PreparedClaims | None = None,
    savepoint: bool = True,
) -> IngestResult:
    """Store an article and its claims; an article already stored is returned as it is.

    All or nothing: an article refused (IngestError) writes nothing. `prepared`: the claims
    of the article's canonical text, when they were extracted and prepared elsewhere (bulk
    ingest does both in worker processes, claims.services.bulk). `savepoint=False`: for a
    caller whose own transaction is rolled back whole if any article in it fails (bulk
    ingest's batches), where a savepoint per article would only cost time.
    """
    canonical = canonicalize(text)
    source_name = str(source_name)  # a lazy translation would not bind as a raw parameter
    if not canonical.strip():  # refused before anything is written
        raise IngestError(
            _("%(source)s: the article is empty.") % {"source": source_name or _("the article")}
        )
    with transaction.atomic(savepoint=savepoint):
        return _document_store(
            canonical=canonical, metadata=metadata, source_name=source_name, prepared=prepared
        )


def _document_store(
    *,
    canonical: str,
    metadata: ArticleMetadata,
    source_name: str,
    prepared: PreparedClaims | None,
) -> IngestResult:
    content_hash = content_hash_of(canonical)
    existing_id = rows.find_id(Document, content_hash=content_hash)
    if existing_id is not None:
        existing = Document.objects.get(pk=existing_id)
        return IngestResult(document=existing, created=False, claims_kept=existing.claims.count())
    # Written as a row, like its claims: the ORM's save costs as much as the claims' INSERTs.
    now = timezone.now()
    document = Document(
        text=canonical,
        content_hash=content_hash,
        title=str(metadata.title or headline_of(canonical) or source_name),
        publisher=metadata.publisher,
        url=metadata.url,
        published_at=metadata.published_at,
        source_name=source_name,
        created_at=now,
        updated_at=now,
    )
    adapted = {
        name: rows.adapt_datetime(getattr(document, name))
        for name in ("published_at", "created_at", "updated_at")
    }
    (document.pk,) = rows.insert(
        Document,
        ROW_FIELDS,
        [tuple([adapted.get(name, getattr(document, name)) for name in ROW_FIELDS])],
        returning=True,
    )
    document._state.adding = False
    if prepared is None:
        prepared = claims_prepare(extract(canonical))
    created = claims_write(document=document, prepared=prepared)
    return IngestResult(document=document, created=True, claims_created=created)


@transaction.atomic
def document_ingest_file(
    *, path: Path, metadata: ArticleMetadata = NO_METADATA, max_bytes: int | None = None
) -> IngestResult:
    """Ingest one article file, with metadata from its `.meta.json` where `metadata`
    leaves a value empty."""
    article = read_article_file(path, metadata=metadata, max_bytes=max_bytes)
    return document_ingest(
        text=article.text, metadata=article.metadata, source_name=article.source_name
    )


def touched_claims(document: Document):
    """Claims a person has worked on: they are never deleted or changed by re-extraction."""
    return document.claims.touched()


@transaction.atomic
def document_reextract(*, document: Document) -> IngestResult:
    """Run the extractor again: untouched claims are replaced, touched ones kept as they are
    (a new candidate over the same span as a kept claim is left out)."""
    document = Document.objects.select_for_update().get(pk=document.pk)
    kept = list(touched_claims(document).values_list("pk", "start", "end"))
    kept_ids = {pk for pk, _start, _end in kept}
    stale = document.claims.exclude(pk__in=kept_ids)
    removed = stale.count()
    stale.delete()
    taken = {(start, end) for _pk, start, end in kept}
    candidates = [c for c in extract(document.text) if (c.start, c.end) not in taken]
    created = claims_store(document=document, candidates=candidates)
    return IngestResult(
        document=document,
        created=False,
        claims_created=created,
        claims_kept=len(kept),
        claims_removed=removed,
    )
