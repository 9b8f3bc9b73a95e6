"""The workbench's data: documents, the claims found in them, their spans and quantities,
and the evidence reviewers attach.

Offsets index `Document.text`, the canonical text of CLAIMS_SPEC ("Text and offsets"), as
Python code points. Writes go through `claims.services`; the models only guard what must
hold whatever writes them.
"""

import hashlib
import operator
from collections.abc import Iterable
from functools import reduce

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, ProtectedError, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

CONTEXT_CHARS = 32  # prefix/suffix kept with each span, as in a W3C TextQuoteSelector


def one_of(field: str, values: Iterable[str]) -> Q:
    """`field` is one of `values`, for a check constraint: written as equalities joined by
    OR, not as IN. SQLite evaluates the IN list of a CHECK by building a small temporary
    table for every row written, which cost ingest a quarter of its INSERT time."""
    return reduce(operator.or_, (Q(**{field: value}) for value in values))


def content_hash_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DocumentQuerySet(models.QuerySet):
    def delete(self):
        """Refused whole when any document has a claim a person worked on."""
        for document in self:
            document.check_deletable()
        return super().delete()


class DocumentManager(models.Manager.from_queryset(DocumentQuerySet)):
    def get_by_natural_key(self, content_hash: str) -> "Document":
        return self.get(content_hash=content_hash)


class Document(models.Model):
    title = models.CharField(_("title"), max_length=500)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    text = models.TextField(_("text"), help_text=_("The canonical text that offsets index."))
    content_hash = models.CharField(
        _("content hash"),
        max_length=64,
        unique=True,
        editable=False,
        help_text=_("SHA-256 of the text: the same article is never stored twice."),
    )
    source_name = models.CharField(_("source file"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = DocumentManager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-published_at", "-id"]
        permissions = [("reextract_document", _("Can re-extract documents"))]

    def __str__(self) -> str:
        return self.title or self.source_name or f"#{self.pk}"

    def save(self, *args, **kwargs) -> None:
        self.content_hash = content_hash_of(self.text)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self.check_deletable()
        return super().delete(*args, **kwargs)

    def natural_key(self) -> tuple[str]:
        return (self.content_hash,)

    def deletion_problem(self) -> str | None:
        """Why this document may not be deleted, or None: nothing a reviewer worked on
        goes by accident."""
        count = self.claims.touched().count() if self.pk else 0
        if not count:
            return None
        return _(
            "“%(document)s” cannot be deleted: %(count)d of its claims have been reviewed, "
            "annotated, assigned or given evidence. Keep the document, or reset those claims "
            "first."
        ) % {"document": self, "count": count}

    def check_deletable(self) -> None:
        problem = self.deletion_problem()
        if problem:
            raise ProtectedError(problem, {self})


class ClaimKinds(models.TextChoices):
    QUANTITY = "quantity", _("quantitative")
    ATTRIBUTION = "attribution", _("attributed")
    BOTH = "quantity,attribution", _("quantitative and attributed")


class AttributionMode(models.TextChoices):
    DIRECT = "direct", _("direct quote")
    INDIRECT = "indirect", _("indirect speech")
    ANONYMOUS = "anonymous", _("anonymous source")


class ClaimStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", _("unreviewed")
    IN_REVIEW = "in_review", _("in review")
    VERIFIED = "verified", _("verified")
    FALSE = "false", _("false")
    MISLEADING = "misleading", _("misleading")
    UNVERIFIABLE = "unverifiable", _("unverifiable")
    DISMISSED = "dismissed", _("not a claim")

    @classmethod
    def verdicts(cls) -> frozenset["ClaimStatus"]:
        return frozenset({cls.VERIFIED, cls.FALSE, cls.MISLEADING, cls.UNVERIFIABLE})


class ClaimQuerySet(models.QuerySet):
    def touched(self) -> "ClaimQuerySet":
        """Claims a person has worked on: a status other than unreviewed, notes, an
        assignee or evidence. Re-extraction and deletion never take them."""
        return self.filter(
            ~Q(status=ClaimStatus.UNREVIEWED)
            | ~Q(notes="")
            | Q(assignee__isnull=False)
            | Exists(Evidence.objects.filter(claim=OuterRef("pk")))
        )


class ClaimManager(models.Manager.from_queryset(ClaimQuerySet)):
    def get_by_natural_key(self, content_hash: str, start: int, end: int) -> "Claim":
        return self.get(document__content_hash=content_hash, start=start, end=end)


class Claim(models.Model):
    # No index of its own: the unique (document, start, end) constraint leads with it.
    document = models.ForeignKey(
        Document,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="claims",
        db_index=False,
    )
    kinds = models.CharField(_("kinds"), max_length=32, choices=ClaimKinds.choices)
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    text = models.TextField(_("statement"))
    # The statement's context, as a span keeps it: the claim is its own statement span.
    prefix = models.CharField(_("prefix"), max_length=CONTEXT_CHARS, blank=True)
    suffix = models.CharField(_("suffix"), max_length=CONTEXT_CHARS, blank=True)
    attribution = models.CharField(
        _("attribution"), max_length=16, choices=AttributionMode.choices, blank=True
    )
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)
    score = models.FloatField(_("check-worthiness"), default=0.0)
    status = models.CharField(
        _("status"), max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.UNREVIEWED
    )
    notes = models.TextField(_("reviewer notes"), blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_claims",
        db_index=False,  # a partial index (Meta.indexes): most claims have no assignee
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_claims",
        db_index=False,  # a partial index (Meta.indexes), as for the assignee
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    extractor_version = models.CharField(_("extractor version"), max_length=32, blank=True)
    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        help_text=_("Raised by every save: an edit begun on an older version is refused."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords(
        verbose_name=_("historical claim"),
        excluded_fields=["updated_at", "version", "prefix", "suffix"],
        # History is read per claim and by date; indexes on the copied foreign keys would
        # only slow every write.
        no_db_index=["document", "assignee", "reviewed_by"],
    )
    objects = ClaimManager()

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["document", "start", "end"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lte=F("end")), name="claim_start_not_after_end"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="claim_score_between_0_and_1"
            ),
            models.CheckConstraint(
                condition=one_of("kinds", ClaimKinds.values), name="claim_kinds_valid"
            ),
            models.CheckConstraint(
                condition=one_of("status", ClaimStatus.values), name="claim_status_valid"
            ),
            # An attributed claim says how it is attributed; a purely quantitative one cannot.
            models.CheckConstraint(
                condition=(Q(kinds=ClaimKinds.QUANTITY) & Q(attribution=""))
                | (~Q(kinds=ClaimKinds.QUANTITY) & one_of("attribution", AttributionMode.values)),
                name="claim_attribution_matches_kinds",
            ),
            # A verdict is always dated.
            models.CheckConstraint(
                condition=~one_of("status", sorted(ClaimStatus.verdicts()))
                | Q(reviewed_at__isnull=False),
                name="claim_verdict_has_review_date",
            ),
            models.UniqueConstraint(
                fields=["document", "start", "end"], name="claim_unique_span_per_document"
            ),
        ]
        indexes = [
            models.Index(fields=["status"]),
            models.Index(fields=["document", "status"]),
            # Claims are looked up by the person they name, never by the lack of one, and
            # most claims (all of a fresh ingest) name nobody: partial indexes leave those
            # out, so ingest writes no index entry for them.
            models.Index(
                fields=["assignee"], condition=Q(assignee__isnull=False), name="claim_assignee_idx"
            ),
            models.Index(
                fields=["reviewed_by"],
                condition=Q(reviewed_by__isnull=False),
                name="claim_reviewed_by_idx",
            ),
        ]
        permissions = [
            ("export_claim", _("Can export claims")),
            ("import_claim", _("Can import claims")),
            ("assign_claim", _("Can assign claims to others")),
        ]

    def __str__(self) -> str:
        text = self.text if len(self.text) <= 60 else self.text[:59] + "…"
        # The enum's label, not get_status_display(): that one hashes every choice's lazy
        # label on each call, and the admin calls __str__ for every row it lists.
        return f"{text} [{ClaimStatus(self.status).label}]"

    def natural_key(self) -> tuple[str, int, int]:
        return (*self.document.natural_key(), self.start, self.end)

    natural_key.dependencies = ["claims.document"]

    def check_against(self, text: str) -> None:
        """Raise SpanMismatch unless the document `text` reads the statement at its offsets."""
        check_offsets(text, self.start, self.end, self.text)

    @property
    def kind_list(self) -> list[str]:
        return self.kinds.split(",") if self.kinds else []

    @property
    def has_verdict(self) -> bool:
        return self.status in ClaimStatus.verdicts()


class SpanRole(models.TextChoices):
    SPEAKER = "speaker", _("speaker")
    CUE = "cue", _("reporting cue")


class SpanMismatch(ValidationError):
    """A span whose offsets do not point at its text."""


def _require_inside(text: str, start: int, end: int) -> None:
    if not 0 <= start <= end <= len(text):
        raise SpanMismatch(
            _("Span %(start)s–%(end)s lies outside the document (length %(length)s).")
            % {"start": start, "end": end, "length": len(text)},
            code="out_of_range",
        )


def text_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(exact, prefix, suffix) of `text[start:end]`, or SpanMismatch when the offsets lie
    outside the text."""
    _require_inside(text, start, end)
    return (
        text[start:end],
        text[max(0, start - CONTEXT_CHARS) : start],
        text[end : end + CONTEXT_CHARS],
    )


def check_offsets(text: str, start: int, end: int, exact: str) -> None:
    """Raise SpanMismatch unless `text[start:end] == exact`."""
    _require_inside(text, start, end)
    if text[start:end] != exact:
        raise SpanMismatch(
            _("Span %(start)s–%(end)s reads %(found)r in the document, not %(exact)r.")
            % {"start": start, "end": end, "found": text[start:end], "exact": exact},
            code="mismatch",
        )


class AnchoredQuerySet(models.QuerySet):
    def delete(self):
        """Spans and quantities go with their claim; those of a touched claim never go on
        their own (a cascade from the claim or document does not pass here)."""
        touched = Claim.objects.filter(pk__in=self.values("claim")).touched()
        claim = touched.first()
        if claim is not None:
            raise ProtectedError(anchor_deletion_message(claim), set(self.filter(claim=claim)))
        return super().delete()


def anchor_deletion_message(claim: "Claim") -> str:
    return _(
        "The spans and quantities of a reviewed claim cannot be deleted on their own: they "
        "show where “%(claim)s” stands in its article."
    ) % {"claim": claim.text[:60]}


class SpanManager(models.Manager.from_queryset(AnchoredQuerySet)):
    def get_by_natural_key(self, content_hash, claim_start, claim_end, role, start, end):
        return self.get(
            claim__document__content_hash=content_hash,
            claim__start=claim_start,
            claim__end=claim_end,
            role=role,
            start=start,
            end=end,
        )


class Anchored(models.Model):
    """A stretch of a claim's document: offsets, the exact text they point at and a little
    context on either side (a W3C TextQuoteSelector), so that it can be checked and
    re-anchored. Saving checks the offsets against the document."""

    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    exact = models.TextField(_("exact text"))
    prefix = models.CharField(_("prefix"), max_length=CONTEXT_CHARS, blank=True)
    suffix = models.CharField(_("suffix"), max_length=CONTEXT_CHARS, blank=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        self.check_against(self.claim.document.text)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if Claim.objects.filter(pk=self.claim_id).touched().exists():
            raise ProtectedError(anchor_deletion_message(self.claim), {self})
        return super().delete(*args, **kwargs)

    @classmethod
    def anchored(cls, *, text: str, start: int, end: int, **fields):
        """An instance whose exact text and context are read from `text` (unsaved)."""
        exact, prefix, suffix = text_context(text, start, end)
        return cls(start=start, end=end, exact=exact, prefix=prefix, suffix=suffix, **fields)

    def check_against(self, text: str) -> None:
        """Raise SpanMismatch unless `text[start:end] == exact`."""
        check_offsets(text, self.start, self.end, self.exact)


class Span(Anchored):
    """Where a claim's speaker or reporting cue stands in the document. (The claim is its
    own statement span, and a quantity carries its own offsets.)"""

    # No index of its own: the unique (claim, role, start, end) constraint leads with it.
    claim = models.ForeignKey(
        Claim,
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        related_name="spans",
        db_index=False,
    )
    role = models.CharField(_("role"), max_length=16, choices=SpanRole.choices)

    objects = SpanManager()

    class Meta:
        verbose_name = _("span")
        verbose_name_plural = _("spans")
        ordering = ["claim", "start", "end", "role"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lte=F("end")), name="span_start_not_after_end"
            ),
            models.CheckConstraint(
                condition=one_of("role", SpanRole.values), name="span_role_valid"
            ),
            models.UniqueConstraint(
                fields=["claim", "role", "start", "end"], name="span_unique_per_claim"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} {self.start}–{self.end}: {self.exact[:40]}"

    def natural_key(self) -> tuple:
        return (*self.claim.natural_key(), self.role, self.start, self.end)

    natural_key.dependencies = ["claims.claim"]


class Unit(models.TextChoices):
    KRW = "KRW", _("Korean won")
    USD = "USD", _("US dollar")
    JPY = "JPY", _("Japanese yen")
    EUR = "EUR", _("euro")
    CNY = "CNY", _("Chinese yuan")
    GBP = "GBP", _("pound sterling")
    M2 = "m2", _("square metre")
    M = "m", _("metre")
    KG = "kg", _("kilogram")
    PERSON = "person", _("persons")
    COUNT = "count", _("count")
    PERCENT = "percent", _("percent")
    PERCENTAGE_POINT = "percentage_point", _("percentage point")
    TIMES = "times", _("times")
    YEAR = "year", _("years")
    MONTH = "month", _("months")
    WEEK = "week", _("weeks")
    DAY = "day", _("days")
    HOUR = "hour", _("hours")
    MINUTE = "minute", _("minutes")
    SECOND = "second", _("seconds")
    DATE = "date", _("date")
    TIME = "time", _("time of day")
    RANK = "rank", _("rank")
    AGE = "age", _("age")
    CELSIUS = "celsius", _("degrees Celsius")
    POINT = "point", _("index points")
    BP = "bp", _("basis points")


class UnitCategory(models.TextChoices):
    MONEY = "money", _("money")
    AREA = "area", _("area")
    LENGTH = "length", _("length")
    MASS = "mass", _("mass")
    COUNT = "count", _("count")
    PERCENT = "percent", _("percent")
    MULTIPLIER = "multiplier", _("multiplier")
    DURATION = "duration", _("duration")
    TIME = "time", _("time")
    RANK = "rank", _("rank")
    OTHER = "other", _("other")


class Qualifier(models.TextChoices):
    APPROX = "approx", _("approximately")
    OVER = "over", _("over")
    UNDER = "under", _("under")
    AT_MOST = "at_most", _("at most")
    AT_LEAST = "at_least", _("at least")


class QuantityManager(models.Manager.from_queryset(AnchoredQuerySet)):
    def get_by_natural_key(self, content_hash, claim_start, claim_end, start, end):
        return self.get(
            claim__document__content_hash=content_hash,
            claim__start=claim_start,
            claim__end=claim_end,
            start=start,
            end=end,
        )


class Quantity(Anchored):
    """A number with its unit, normalised (CLAIMS_SPEC), and where it is written: its
    offsets, exact text and context are its own, like a span's."""

    # No index of its own: the unique (claim, start, end) constraint leads with it.
    claim = models.ForeignKey(
        Claim,
        verbose_name=_("claim"),
        on_delete=models.CASCADE,
        related_name="quantities",
        db_index=False,
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order of the quantity within its claim.")
    )
    value = models.DecimalField(
        _("value"),
        max_digits=34,
        decimal_places=8,
        null=True,
        blank=True,
        help_text=_("Exact value in the canonical unit; empty for vague amounts."),
    )
    upper = models.DecimalField(
        _("upper bound"), max_digits=34, decimal_places=8, null=True, blank=True
    )
    value_text = models.CharField(
        _("value as written for dates"),
        max_length=32,
        blank=True,
        help_text=_("ISO 8601, truncated to what is known: 2026-08, --07-10, ---04T09:40."),
    )
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices, blank=True)
    qualifier = models.CharField(
        _("qualifier"), max_length=10, choices=Qualifier.choices, blank=True
    )
    category = models.CharField(_("category"), max_length=12, choices=UnitCategory.choices)
    counter = models.CharField(_("counter"), max_length=20, blank=True)
    same_as = models.ForeignKey(
        "self",
        verbose_name=_("same amount as"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # a partial index (Meta.indexes): few amounts restate another
    )

    objects = QuantityManager()

    class Meta:
        verbose_name = _("quantity")
        verbose_name_plural = _("quantities")
        ordering = ["claim", "position"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lte=F("end")), name="quantity_start_not_after_end"
            ),
            models.CheckConstraint(
                condition=Q(upper__isnull=True) | Q(value__isnull=True) | Q(upper__gte=F("value")),
                name="quantity_range_ordered",
            ),
            models.CheckConstraint(
                condition=one_of("category", UnitCategory.values), name="quantity_category_valid"
            ),
            models.CheckConstraint(
                condition=one_of("unit", ["", *Unit.values]), name="quantity_unit_valid"
            ),
            models.UniqueConstraint(
                fields=["claim", "start", "end"], name="quantity_unique_per_claim"
            ),
        ]
        indexes = [
            models.Index(
                fields=["same_as"], condition=Q(same_as__isnull=False), name="quantity_same_as_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.exact or f"{self.value} {self.unit}"

    def natural_key(self) -> tuple:
        return (*self.claim.natural_key(), self.start, self.end)

    natural_key.dependencies = ["claims.claim"]


class EvidenceStance(models.TextChoices):
    SUPPORTS = "supports", _("supports")
    REFUTES = "refutes", _("refutes")
    CONTEXT = "context", _("context")


class EvidenceManager(models.Manager):
    def get_by_natural_key(self, content_hash, claim_start, claim_end, url):
        return self.get(
            claim__document__content_hash=content_hash,
            claim__start=claim_start,
            claim__end=claim_end,
            url=url,
        )


class Evidence(models.Model):
    claim = models.ForeignKey(
        Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="evidence"
    )
    url = models.URLField(_("URL"), max_length=1000)
    title = models.CharField(_("title"), max_length=300, blank=True)
    note = models.TextField(_("note"), blank=True)
    stance = models.CharField(
        _("stance"),
        max_length=10,
        choices=EvidenceStance.choices,
        default=EvidenceStance.CONTEXT,
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    history = HistoricalRecords(verbose_name=_("historical evidence"))
    objects = EvidenceManager()

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["claim", "added_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=one_of("stance", EvidenceStance.values), name="evidence_stance_valid"
            ),
            models.UniqueConstraint(fields=["claim", "url"], name="evidence_unique_url_per_claim"),
        ]

    def __str__(self) -> str:
        return self.title or self.url

    def natural_key(self) -> tuple:
        return (*self.claim.natural_key(), self.url)

    natural_key.dependencies = ["claims.claim"]
