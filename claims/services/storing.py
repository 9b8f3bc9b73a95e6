"""Candidates to rows: claims, spans and quantities, written in a handful of multi-row
INSERTs (claims.services.rows) inside the caller's transaction. A claim's history begins
at its first change (claims.services.history).
"""

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from django.utils import timezone

from claims.extraction import EXTRACTOR_VERSION
from claims.extraction.types import ClaimCandidate, QuantityMention
from claims.models import Claim, ClaimKinds, ClaimStatus, Document, Quantity, Span, SpanRole
from claims.services import rows

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
    """Write the candidates' claims, spans and quantities in a handful of multi-row
    INSERTs (claims.services.rows).

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
    value = rows.decimal_adapter(Quantity._meta.get_field("value"))
    upper = rows.decimal_adapter(Quantity._meta.get_field("upper"))
    quantity_ids = rows.insert(
        Quantity,
        [
            {
                "claim_id": key[0],
                "span_id": span_ids[key],
                "position": position,
                **values,
                "value": value(values["value"]),
                "upper": upper(values["upper"]),
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
