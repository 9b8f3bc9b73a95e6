"""Reads shared by the admin, the exports and the commands."""

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from itertools import islice, pairwise
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL

from claims.models import Claim, ClaimStatus, Document, Evidence, Quantity, Span

# Where a sentence ends inside a span's prefix or suffix: a newline, or sentence-final
# punctuation (with any closing quote) followed by white space.
SENTENCE_END = re.compile(r"\n|[.?!][\"'”’」』)]*\s")


def claims_for_review(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """The claim list's rows with everything a row shows, in a fixed number of queries."""
    return (
        queryset.select_related("document", "assignee")
        .defer("document__text")
        .prefetch_related(
            # A list (to_attr), not a queryset: a row reads it several times, and each
            # `.all()` on a prefetched relation still builds a queryset.
            Prefetch(
                "quantities",
                queryset=Quantity.objects.order_by("position"),
                to_attr="quantity_list",
            ),
        )
    )


def quantities_of(claim: Claim) -> list[Quantity]:
    """The claim's quantities in order: the list claims_for_review prefetched, or a query."""
    if hasattr(claim, "quantity_list"):
        return claim.quantity_list
    return list(claim.quantities.order_by("position"))


@dataclass(frozen=True)
class Context:
    """The sentence around a statement: `before` + `exact` + `after`, with the quantity
    spans (offsets relative to `exact`) that a reader's eye should catch."""

    before: str
    exact: str
    after: str
    marks: tuple[tuple[int, int], ...] = field(default_factory=tuple)


def sentence_context(claim: Claim) -> Context:
    """The statement in its sentence, cut from the claim's stored prefix and suffix."""
    before = claim.prefix
    ends = list(SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = claim.suffix
    first_end = SENTENCE_END.search(after)
    if first_end:
        after = after[: first_end.start() + (0 if first_end.group() == "\n" else 1)]
    marks = tuple(
        (q.start - claim.start, q.end - claim.start)
        for q in quantities_of(claim)
        if claim.start <= q.start and q.end <= claim.end
    )
    # A statement that is a quote or a reported clause is itself the mark; a statement
    # that is the whole sentence marks its quantities.
    if claim.attribution or not marks:
        marks = ((0, len(claim.text)),)
    return Context(before, claim.text, after, marks)


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
    """Yield (number of spans checked so far, problem or None) for every stored span:
    each claim's statement, speaker and cue spans and its quantities, reading each
    document's text once."""
    documents = Document.objects.order_by("pk")
    if document_ids:
        documents = documents.filter(pk__in=document_ids)
    checked = 0
    for document in documents.iterator(chunk_size=100):
        for model, in_document in (
            (Claim, "document"),
            (Span, "claim__document"),
            (Quantity, "claim__document"),
        ):
            anchors = model.objects.filter(**{in_document: document}).order_by("pk")
            for anchor in anchors.iterator(chunk_size=2000):
                checked += 1
                try:
                    anchor.check_against(document.text)
                except ValidationError as error:
                    name = model._meta.model_name
                    yield (
                        checked,
                        f"document {document.pk}, {name} {anchor.pk}: {error.messages[0]}",
                    )
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


class ExportQuantity(NamedTuple):
    """A quantity as an export reads it: plain values, the written form in `exact`."""

    value: Decimal | None
    upper: Decimal | None
    unit: str
    qualifier: str
    value_text: str
    counter: str
    exact: str


class ClaimExportRow(NamedTuple):
    """One claim with everything an export shows, as plain values (no model instances)."""

    id: int
    document_title: str
    document_url: str
    document_publisher: str
    published_at: datetime | None
    statement: str
    start: int
    end: int
    kinds: str
    speaker: str
    attribution: str
    status: str
    reviewer: str | None
    reviewed_at: datetime | None
    notes: str
    quantities: Sequence[ExportQuantity]
    evidence_urls: Sequence[str]


# A claim row names its document and reviewer by id: each document's title, address and
# date are read (and converted) once per chunk rather than once per claim.
EXPORT_CLAIM_FIELDS = (
    "id", "document_id", "text", "start", "end", "kinds", "speaker", "attribution", "status",
    "reviewed_by_id", "reviewed_at", "notes",
)  # fmt: skip
EXPORT_DOCUMENT_FIELDS = ("title", "url", "publisher", "published_at")
EXPORT_QUANTITY_FIELDS = (
    "value", "upper", "unit", "qualifier", "value_text", "counter", "exact"
)  # fmt: skip
EXPORT_CHUNK_SIZE = 2000


def _integer_list(ids: Iterable[int]) -> RawSQL:
    """`ids` as SQL integer literals for an `__in` lookup. Django makes every item of a
    plain list a query parameter, which for a chunk of 2,000 ids costs more than the query
    itself; these ids come from the database and `int` keeps them integers."""
    return RawSQL(",".join([str(int(i)) for i in ids]), ())


def claims_for_export(
    queryset: QuerySet[Claim] | None = None, *, chunk_size: int = EXPORT_CHUNK_SIZE
) -> Iterator[ClaimExportRow]:
    """The rows of `queryset` (every claim by default), in its order, read in chunks: one
    query for the claims, and per chunk one each for their documents, reviewers,
    quantities and evidence, whatever the number of rows; never more than a chunk of rows
    in memory."""
    if queryset is None:
        queryset = Claim.objects.all()
    rows = queryset.prefetch_related(None).values_list(*EXPORT_CLAIM_FIELDS)
    iterator = rows.iterator(chunk_size=chunk_size)
    make_row, make_quantity, none = ClaimExportRow._make, ExportQuantity._make, ()
    gone = ("", "", "", None)  # a document deleted while the export runs
    while chunk := list(islice(iterator, chunk_size)):
        ids = _integer_list([row[0] for row in chunk])
        documents = {
            row[0]: row[1:]
            for row in Document.objects.filter(
                pk__in=_integer_list({row[1] for row in chunk})
            ).values_list("pk", *EXPORT_DOCUMENT_FIELDS)
        }
        reviewer_ids = {row[9] for row in chunk} - {None}
        reviewers = dict(
            get_user_model()
            .objects.filter(pk__in=_integer_list(reviewer_ids))
            .values_list("pk", "username")
            if reviewer_ids
            else ()
        )
        quantities: dict[int, list[ExportQuantity]] = {}
        for row in (
            Quantity.objects.filter(claim_id__in=ids)
            .order_by("claim_id", "position", "pk")
            .values_list(*EXPORT_QUANTITY_FIELDS, "claim_id")
        ):
            quantities.setdefault(row[-1], []).append(make_quantity(row[:-1]))
        evidence: dict[int, list[str]] = {}
        for claim_id, url in (
            Evidence.objects.filter(claim_id__in=ids)
            .order_by("claim_id", "added_at", "pk")
            .values_list("claim_id", "url")
        ):
            evidence.setdefault(claim_id, []).append(url)
        for row in chunk:  # (id, document, text … status, reviewer, reviewed_at, notes)
            pk = row[0]
            yield make_row(
                row[:1]
                + documents.get(row[1], gone)
                + row[2:9]
                + (reviewers.get(row[9]), row[10], row[11])
                + (quantities.get(pk, none), evidence.get(pk, none))
            )


def claims_matching(
    *, statuses: Iterable[str] | None = None, document_ids: Iterable[int] | None = None
) -> QuerySet[Claim]:
    """Claims with any of `statuses` in any of the documents (all of them when not given),
    in the claims' order."""
    queryset = Claim.objects.all()
    if statuses:
        queryset = queryset.filter(status__in=list(statuses))
    if document_ids:
        queryset = queryset.filter(document_id__in=list(document_ids))
    return queryset
