"""Candidates to rows, in two steps: `claims_prepare` reads every value from the text
(pure Python, so bulk ingest runs it in its extraction workers, claims.services.bulk), and
`claims_write` writes them in a handful of multi-row INSERTs (claims.services.rows) inside
the caller's transaction. A claim's history begins at its first change
(claims.services.history).
"""

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from django.utils import timezone

from claims.extraction import EXTRACTOR_VERSION
from claims.extraction.types import ClaimCandidate, Cue, QuantityMention, SpeakerMention
from claims.models import (
    Claim,
    ClaimKinds,
    ClaimStatus,
    Document,
    Quantity,
    Span,
    SpanRole,
    text_context,
)
from claims.services import rows

KINDS = {
    ("quantity",): ClaimKinds.QUANTITY.value,
    ("attribution",): ClaimKinds.ATTRIBUTION.value,
    ("attribution", "quantity"): ClaimKinds.BOTH.value,
}
# The columns of prepared rows. Writing adds what only the database knows (the document's
# and the claim's ids in front, a claim's timestamps behind, quantities' same_as links)
# and what it reads from the document: the exact text and context after the offsets.
CONTEXT_COLUMNS = ("prefix", "suffix")
CLAIM_VALUE_COLUMNS = (
    "attribution", "speaker", "score", "status", "notes", "assignee_id", "reviewed_by_id",
    "reviewed_at", "extractor_version", "version",
)  # fmt: skip
CLAIM_COLUMNS = ("kinds", "start", "end", "text", *CONTEXT_COLUMNS, *CLAIM_VALUE_COLUMNS)
PREPARED_CLAIM_COLUMNS = ("kinds", "start", "end", *CLAIM_VALUE_COLUMNS)
ANCHOR_COLUMNS = ("start", "end", "exact", *CONTEXT_COLUMNS)
SPAN_COLUMNS = ("role", *ANCHOR_COLUMNS)
QUANTITY_VALUE_COLUMNS = (
    "value", "upper", "value_text", "unit", "qualifier", "category", "counter",
)  # fmt: skip
QUANTITY_COLUMNS = ("position", *ANCHOR_COLUMNS, *QUANTITY_VALUE_COLUMNS)


class PreparedClaims(NamedTuple):
    """An article's claims as rows of plain values, before any database id exists:
    claims in PREPARED_CLAIM_COLUMNS order; spans as (claim index, role, start, end);
    quantities as (claim index, position, start, end, *QUANTITY_VALUE_COLUMNS), a claim
    index being a position in `claims`; `same_as` pairs (quantity index, index of the
    quantity it restates). Rows leave out the text and context that their offsets point
    at: writing reads them from the document, which is cheaper than sending them between
    processes."""

    claims: list[tuple]
    spans: list[tuple]
    quantities: list[tuple]
    same_as: list[tuple[int, int]]


def claim_values(candidate: ClaimCandidate) -> dict:
    """A new claim's fields (attnames) from a candidate, but for the statement and its
    context (read from the document): one rule for ingest and fixtures."""
    kinds = KINDS[tuple(sorted(set(candidate.kinds)))]
    return {
        "kinds": kinds,
        "start": candidate.start,
        "end": candidate.end,
        "attribution": (candidate.attribution or "") if kinds != ClaimKinds.QUANTITY else "",
        "speaker": candidate.speaker.name if candidate.speaker else "",
        "score": min(1.0, max(0.0, float(candidate.score))),
        "status": ClaimStatus.UNREVIEWED.value,
        "notes": "",
        "assignee_id": None,
        "reviewed_by_id": None,
        "reviewed_at": None,
        "extractor_version": EXTRACTOR_VERSION,
        "version": 1,
    }


def claim_from_candidate(document: Document, candidate: ClaimCandidate) -> Claim:
    text, prefix, suffix = text_context(document.text, candidate.start, candidate.end)
    return Claim(
        document=document, text=text, prefix=prefix, suffix=suffix, **claim_values(candidate)
    )


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
    claim: Claim, position: int, text: str, mention: QuantityMention
) -> Quantity:
    """An unsaved quantity of `claim`, anchored in `text` (its document's)."""
    return Quantity.anchored(
        text=text,
        start=mention.start,
        end=mention.end,
        claim=claim,
        position=position,
        **quantity_values(mention),
    )


def span_mentions(candidate: ClaimCandidate) -> list[tuple[str, SpeakerMention | Cue]]:
    """(role, mention) of the candidate's speaker and reporting cue, those it has."""
    return [
        (role, mention)
        for role, mention in (
            (SpanRole.SPEAKER.value, candidate.speaker),
            (SpanRole.CUE.value, candidate.cue),
        )
        if mention is not None
    ]


def claims_prepare(candidates: Sequence[ClaimCandidate]) -> PreparedClaims:
    """The rows of the candidates' claims, spans and quantities (no database; their text
    and context are read from the document when written). Of two candidates over the same
    stretch, the first is kept."""
    unique: dict[tuple[int, int], ClaimCandidate] = {}
    for candidate in candidates:
        unique.setdefault((candidate.start, candidate.end), candidate)
    claims: list[tuple] = []
    spans: dict[tuple, None] = {}  # an ordered set
    quantities: list[tuple] = []
    same_as: list[tuple[int, int]] = []
    for index, candidate in enumerate(unique.values()):
        values = claim_values(candidate)
        claims.append(tuple([values[column] for column in PREPARED_CLAIM_COLUMNS]))
        for role, mention in span_mentions(candidate):
            spans.setdefault((index, role, mention.start, mention.end), None)
        first = len(quantities)
        for position, mention in enumerate(candidate.quantities):
            values = quantity_values(mention)
            quantities.append(
                (
                    index,
                    position,
                    mention.start,
                    mention.end,
                    *[values[column] for column in QUANTITY_VALUE_COLUMNS],
                )
            )
            if mention.same_as is not None and 0 <= mention.same_as < len(candidate.quantities):
                same_as.append((first + position, first + mention.same_as))
    return PreparedClaims(claims, list(spans), quantities, same_as)


def claims_write(*, document: Document, prepared: PreparedClaims) -> int:
    """Write prepared claims, with their spans and quantities, into `document`. Every
    span's and quantity's exact text and context is read from the document here, so
    offsets outside it raise SpanMismatch and the caller's transaction writes nothing."""
    if not prepared.claims:
        return 0
    text, context = document.text, text_context
    now = rows.adapt_datetime(timezone.now())
    document_id = document.pk
    claim_ids = rows.insert(
        Claim,
        ("document_id", *CLAIM_COLUMNS, "created_at", "updated_at"),
        [
            (document_id, kinds, start, end, *context(text, start, end), *values, now, now)
            for kinds, start, end, *values in prepared.claims
        ],
        returning=True,
    )
    rows.insert(
        Span,
        ("claim_id", *SPAN_COLUMNS),
        [
            (claim_ids[claim], role, start, end, *context(text, start, end))
            for claim, role, start, end in prepared.spans
        ],
    )
    quantity_ids = rows.insert(
        Quantity,
        ("claim_id", *QUANTITY_COLUMNS),
        [
            (claim_ids[claim], position, start, end, *context(text, start, end), *values)
            for claim, position, start, end, *values in prepared.quantities
        ],
        returning=True,
    )
    # `5000억달러(약 720조원)`: each of the two names the other.
    rows.update_column(
        Quantity,
        "same_as_id",
        [(quantity_ids[other], quantity_ids[index]) for index, other in prepared.same_as],
    )
    return len(claim_ids)


def claims_store(*, document: Document, candidates: Sequence[ClaimCandidate]) -> int:
    """Prepare and write the candidates' claims (both steps here)."""
    return claims_write(document=document, prepared=claims_prepare(candidates))


def _decimal(value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(value).quantize(Decimal("0.00000001"))
    except InvalidOperation:
        return None
