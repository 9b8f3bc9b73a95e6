"""Articles in: read a file, store its canonical text once, extract and store its claims.

One road for every article (CLAIMS_SPEC, ARCHITECTURE): bytes -> canonical text ->
`extraction.pipeline.extract` -> candidates -> Document, Claims, Spans and Quantities
written in one transaction. Re-extraction replaces only what no person has touched.
"""

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from claims.extraction import EXTRACTOR_VERSION, extract
from claims.extraction.text import TextDecodeError, canonicalize, decode
from claims.extraction.types import ClaimCandidate, QuantityMention
from claims.models import (
    Claim,
    ClaimKinds,
    ClaimStatus,
    Document,
    Quantity,
    Span,
    SpanRole,
    content_hash_of,
)
from claims.services import rows


class IngestError(ValueError):
    """An article that cannot be loaded; the message names the file and what to fix."""


@dataclass(frozen=True)
class ArticleMetadata:
    title: str = ""
    publisher: str = ""
    url: str = ""
    published_at: dt.datetime | None = None

    def merged(self, other: "ArticleMetadata") -> "ArticleMetadata":
        """These values, with `other`'s where these are empty."""
        return ArticleMetadata(
            title=self.title or other.title,
            publisher=self.publisher or other.publisher,
            url=self.url or other.url,
            published_at=self.published_at or other.published_at,
        )


@dataclass
class IngestResult:
    document: Document
    created: bool
    claims_created: int = 0
    claims_kept: int = 0
    claims_removed: int = 0
    notes: list[str] = field(default_factory=list)


def max_document_bytes() -> int:
    return settings.FACTCHECK["MAX_DOCUMENT_BYTES"]


def parse_published(value: str | None, *, source: str = "") -> dt.datetime | None:
    """`2025-02-04` (midnight, local time) or an ISO 8601 date-time."""
    if not value:
        return None
    value = str(value).strip()
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise IngestError(
                _("%(source)s: the publication date %(value)r is not a date like 2025-02-04.")
                % {"source": source or _("metadata"), "value": value}
            )
        moment = dt.datetime.combine(day, dt.time())
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def read_metadata(path: Path) -> ArticleMetadata:
    """The `NAME.meta.json` beside `NAME.txt`, when there is one."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return ArticleMetadata()
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IngestError(
            _("%(file)s: not valid UTF-8 JSON (%(error)s).") % {"file": meta_path, "error": error}
        ) from error
    if not isinstance(meta, dict):
        raise IngestError(_("%(file)s: expected a JSON object.") % {"file": meta_path})
    return ArticleMetadata(
        title=str(meta.get("title") or ""),
        publisher=str(meta.get("publisher") or ""),
        url=str(meta.get("url") or ""),
        published_at=parse_published(
            meta.get("published_at") or meta.get("published"), source=str(meta_path)
        ),
    )


def read_article(path: Path, *, max_bytes: int | None = None) -> str:
    """The canonical text of the article file at `path`, or IngestError saying why not."""
    limit = max_document_bytes() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except OSError as error:
        raise IngestError(
            _("%(file)s: cannot be read (%(error)s).") % {"file": path, "error": error.strerror}
        ) from error
    if size > limit:
        raise IngestError(
            _(
                "%(file)s: %(size)s bytes is over the limit of %(limit)s bytes; split the file "
                "or raise FACTCHECK_MAX_DOCUMENT_BYTES."
            )
            % {"file": path, "size": f"{size:,}", "limit": f"{limit:,}"}
        )
    try:
        text = canonicalize(decode(path.read_bytes()))
    except TextDecodeError as error:
        raise IngestError(
            _("%(file)s: %(error)s. Save the file as UTF-8 and load it again.")
            % {"file": path, "error": error}
        ) from error
    if not text.strip():
        raise IngestError(_("%(file)s: the file is empty.") % {"file": path})
    return text


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the `.txt` files inside folders, in a stable order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            found.append(path)
    return found


def headline_of(text: str) -> str:
    """The first non-empty line, the usual headline of a pasted article."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return first[:200]


@transaction.atomic
def document_ingest(
    *, text: str, metadata: ArticleMetadata = ArticleMetadata(), source_name: str = ""
) -> IngestResult:
    """Store an article and its claims; an article already stored is returned as it is."""
    canonical = canonicalize(text)
    if not canonical.strip():
        raise IngestError(
            _("%(source)s: the article is empty.") % {"source": source_name or _("the article")}
        )
    existing = Document.objects.filter(content_hash=content_hash_of(canonical)).first()
    if existing is not None:
        return IngestResult(document=existing, created=False, claims_kept=existing.claims.count())
    document = Document.objects.create(
        text=canonical,
        title=metadata.title or headline_of(canonical) or source_name,
        publisher=metadata.publisher,
        url=metadata.url,
        published_at=metadata.published_at,
        source_name=source_name,
    )
    created = claims_store(document=document, candidates=extract(canonical))
    return IngestResult(document=document, created=True, claims_created=created)


@transaction.atomic
def document_ingest_file(
    *, path: Path, metadata: ArticleMetadata = ArticleMetadata(), max_bytes: int | None = None
) -> IngestResult:
    """Ingest one article file, with metadata from its `.meta.json` where `metadata`
    leaves a value empty."""
    text = read_article(path, max_bytes=max_bytes)
    return document_ingest(
        text=text, metadata=metadata.merged(read_metadata(path)), source_name=path.name
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


# Read once: each access to Claim.history builds a new manager class.
HISTORICAL_CLAIM = Claim.history.model

KINDS = {
    ("quantity",): ClaimKinds.QUANTITY,
    ("attribution",): ClaimKinds.ATTRIBUTION,
    ("attribution", "quantity"): ClaimKinds.BOTH,
}


def claim_values(document: Document, candidate: ClaimCandidate) -> dict:
    """A new claim's fields (attnames) from a candidate: one rule for ingest and fixtures."""
    kinds = KINDS[tuple(sorted(set(candidate.kinds)))]
    return {
        "document_id": document.pk,
        "kinds": kinds,
        "start": candidate.start,
        "end": candidate.end,
        "text": document.text[candidate.start : candidate.end],
        "attribution": (candidate.attribution or "") if kinds != ClaimKinds.QUANTITY else "",
        "speaker": candidate.speaker.name if candidate.speaker else "",
        "score": min(1.0, max(0.0, float(candidate.score))),
        "status": ClaimStatus.UNREVIEWED,
        "notes": "",
        "assignee_id": None,
        "reviewed_by_id": None,
        "reviewed_at": None,
        "extractor_version": EXTRACTOR_VERSION,
    }


def claim_from_candidate(document: Document, candidate: ClaimCandidate) -> Claim:
    values = claim_values(document, candidate)
    del values["document_id"]
    return Claim(document=document, **values)


def quantity_values(mention: QuantityMention) -> dict:
    """A quantity's fields from a mention; dates and times keep their ISO text."""
    point_in_time = mention.unit in ("date", "time")
    value = None if point_in_time else _decimal(mention.value)
    upper = None if point_in_time else _decimal(mention.upper)
    if value is not None and upper is not None and upper < value:
        value, upper = upper, value  # 400~350㎜ is the same range as 350~400㎜
    return {
        "value": value,
        "upper": upper,
        "value_text": (mention.value or "") if point_in_time else "",
        "unit": mention.unit or "",
        "qualifier": mention.qualifier or "",
        "category": mention.category,
        "counter": mention.counter or "",
    }


def quantity_from_mention(
    claim: Claim, position: int, span: Span, mention: QuantityMention
) -> Quantity:
    return Quantity(claim=claim, span=span, position=position, **quantity_values(mention))


def claims_store(*, document: Document, candidates: Sequence[ClaimCandidate]) -> int:
    """Write the candidates' claims (with their first history row), spans and quantities
    in a handful of multi-row INSERTs (claims.services.rows).

    Every span is read from the text by Span.context, so offsets outside the text raise
    SpanMismatch and the caller's transaction writes nothing.
    """
    text = document.text
    unique: dict[tuple[int, int], ClaimCandidate] = {}
    for candidate in candidates:
        unique.setdefault((candidate.start, candidate.end), candidate)
    candidates = list(unique.values())
    if not candidates:
        return 0
    now = rows.adapt_datetime(timezone.now())
    claim_rows = [
        {**claim_values(document, c), "version": 1, "created_at": now, "updated_at": now}
        for c in candidates
    ]
    claim_ids = rows.insert(Claim, claim_rows, returning=True)
    reason = _("extracted")
    rows.insert(
        HISTORICAL_CLAIM,
        [
            {
                **{k: v for k, v in row.items() if k not in ("version", "updated_at")},
                "id": pk,
                "history_date": now,
                "history_change_reason": reason,
                "history_type": "+",
                "history_user_id": None,
            }
            for pk, row in zip(claim_ids, claim_rows, strict=True)
        ],
    )
    span_rows: dict[tuple[int, str, int, int], dict] = {}
    quantity_rows: list[tuple[tuple, dict, int, int | None]] = []
    for claim_id, candidate in zip(claim_ids, candidates, strict=True):

        def add_span(start: int, end: int, role: str, claim_id=claim_id) -> tuple:
            key = (claim_id, role, start, end)
            if key not in span_rows:
                exact, prefix, suffix = Span.context(text, start, end)
                span_rows[key] = {
                    "claim_id": claim_id,
                    "role": role,
                    "start": start,
                    "end": end,
                    "exact": exact,
                    "prefix": prefix,
                    "suffix": suffix,
                }
            return key

        add_span(candidate.start, candidate.end, SpanRole.STATEMENT)
        if candidate.speaker:
            add_span(candidate.speaker.start, candidate.speaker.end, SpanRole.SPEAKER)
        if candidate.cue:
            add_span(candidate.cue.start, candidate.cue.end, SpanRole.CUE)
        for position, mention in enumerate(candidate.quantities):
            key = add_span(mention.start, mention.end, SpanRole.QUANTITY)
            quantity_rows.append((key, quantity_values(mention), position, mention.same_as))
    span_ids = dict(
        zip(span_rows, rows.insert(Span, list(span_rows.values()), returning=True), strict=True)
    )
    value_field, upper_field = Quantity._meta.get_field("value"), Quantity._meta.get_field("upper")
    quantity_ids = rows.insert(
        Quantity,
        [
            {
                "claim_id": key[0],
                "span_id": span_ids[key],
                "position": position,
                **values,
                "value": rows.adapt_decimal(value_field, values["value"]),
                "upper": rows.adapt_decimal(upper_field, values["upper"]),
                "same_as_id": None,
            }
            for key, values, position, _same_as in quantity_rows
        ],
        returning=True,
    )
    _link_same_amounts(quantity_rows, quantity_ids)
    return len(claim_ids)


def _decimal(value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(value).quantize(Decimal("0.00000001"))
    except InvalidOperation:
        return None


def _link_same_amounts(quantity_rows: list[tuple], quantity_ids: list[int]) -> None:
    """`5000억달러(약 720조원)`: each quantity points at the other (a mention's same_as is
    an index within its claim's quantities)."""
    by_claim: dict[int, list[int]] = {}
    for (key, _values, _position, _same_as), pk in zip(quantity_rows, quantity_ids, strict=True):
        by_claim.setdefault(key[0], []).append(pk)
    pairs = []
    for (key, _values, _position, same_as), pk in zip(quantity_rows, quantity_ids, strict=True):
        siblings = by_claim[key[0]]
        if same_as is not None and 0 <= same_as < len(siblings):
            pairs.append((siblings[same_as], pk))
    rows.update_column(Quantity, "same_as_id", pairs)
