"""Reads shared by the admin, the exports and the commands."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q, QuerySet

from claims.models import Claim, ClaimStatus, Document, Quantity, Span, SpanRole

# Where a sentence ends inside a span's prefix or suffix: a newline, or sentence-final
# punctuation (with any closing quote) followed by white space.
SENTENCE_END = re.compile(r"\n|[.?!][\"'”’」』)]*\s")


def claims_for_review(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """The claim list's rows with everything a row shows, in a fixed number of queries."""
    return (
        queryset.select_related("document", "assignee")
        .defer("document__text")
        .prefetch_related(
            Prefetch("spans", queryset=Span.objects.order_by("start", "end", "role")),
            Prefetch(
                "quantities",
                queryset=Quantity.objects.select_related("span").order_by("position"),
            ),
        )
    )


def statement_span(claim: Claim) -> Span | None:
    """The claim's statement span, from prefetched spans when there are."""
    return next((s for s in claim.spans.all() if s.role == SpanRole.STATEMENT), None)


@dataclass(frozen=True)
class Context:
    """The sentence around a statement: `before` + `exact` + `after`, with the quantity
    spans (offsets relative to `exact`) that a reader's eye should catch."""

    before: str
    exact: str
    after: str
    marks: tuple[tuple[int, int], ...] = field(default_factory=tuple)


def sentence_context(claim: Claim) -> Context:
    """The statement in its sentence, cut from the span's stored prefix and suffix."""
    span = statement_span(claim)
    if span is None:
        return Context("", claim.text, "")
    before = span.prefix
    ends = list(SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = span.suffix
    first_end = SENTENCE_END.search(after)
    if first_end:
        after = after[: first_end.start() + (0 if first_end.group() == "\n" else 1)]
    marks = tuple(
        (q.span.start - span.start, q.span.end - span.start)
        for q in claim.quantities.all()
        if span.start <= q.span.start and q.span.end <= span.end
    )
    # A statement that is a quote or a reported clause is itself the mark; a statement
    # that is the whole sentence marks its quantities.
    if claim.attribution or not marks:
        marks = ((0, len(span.exact)),)
    return Context(before, span.exact, after, marks)


def paragraph_context(claim: Claim) -> Context:
    """The statement in its whole paragraph of the document (reads the document text)."""
    text = claim.document.text
    start = text.rfind("\n", 0, claim.start) + 1
    end = text.find("\n", claim.end)
    end = len(text) if end == -1 else end
    return Context(
        text[start : claim.start],
        text[claim.start : claim.end],
        text[claim.end : end],
        ((0, claim.end - claim.start),),
    )


def span_mismatches(*, document_ids: list[int] | None = None) -> Iterable[tuple[int, str | None]]:
    """Yield (number of spans checked so far, problem or None) for every stored span,
    reading each document's text once."""
    documents = Document.objects.order_by("pk")
    if document_ids:
        documents = documents.filter(pk__in=document_ids)
    checked = 0
    for document in documents.iterator(chunk_size=100):
        spans = Span.objects.filter(claim__document=document).order_by("pk")
        for span in spans.iterator(chunk_size=2000):
            checked += 1
            try:
                span.check_against(document.text)
            except ValidationError as error:
                yield checked, f"document {document.pk}, span {span.pk}: {error.messages[0]}"
            else:
                yield checked, None


def documents_with_counts(queryset: QuerySet[Document]) -> QuerySet[Document]:
    """Documents annotated with `claims_total` and `claims_<status>` for every status."""
    counts = {
        f"claims_{status}": Count("claims", filter=Q(claims__status=status))
        for status in ClaimStatus.values
    }
    return queryset.defer("text").annotate(claims_total=Count("claims"), **counts)


@dataclass(frozen=True)
class Segment:
    """A run of document text and the claims whose statement covers it (innermost first)."""

    text: str
    claims: tuple[Claim, ...]
    opens: bool = False  # True where the innermost claim starts: its anchor goes here


def highlighted_segments(document: Document, claims: Iterable[Claim]) -> list[Segment]:
    """The whole text cut at every claim boundary, so that each run knows its claims."""
    claims = list(claims)
    text = document.text
    cuts = sorted({0, len(text), *(c.start for c in claims), *(c.end for c in claims)})
    segments = []
    for start, end in pairwise(cuts):
        covering = sorted(
            (c for c in claims if c.start <= start and end <= c.end),
            key=lambda c: (c.end - c.start, c.start),
        )
        opens = bool(covering) and covering[0].start == start
        segments.append(Segment(text[start:end], tuple(covering), opens))
    return segments
