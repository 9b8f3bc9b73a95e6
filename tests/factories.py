"""Factories for the workbench's models. Claims are anchored on real phrases of their
document's text, so every span they make satisfies the span invariant."""

from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from factory.django import DjangoModelFactory

from claims.models import (
    Claim,
    ClaimKinds,
    Document,
    Evidence,
    Quantity,
    Span,
    SpanRole,
    text_context,
)
from claims.roles import REVIEWER, ROLE_PERMISSIONS

REVIEWER_PERMISSIONS = ROLE_PERMISSIONS[REVIEWER]

ARTICLE = (
    "오픈AI와 소프트뱅크가 주도하는 스타게이트는 5000억달러(약 720조원) 규모의 프로젝트다.\n"
    "첫 데이터센터는 약 3.54㎢ 규모로, 2026년 8월 완공을 목표로 하고 있다.\n"
    "올트먼 CEO는 “18개월마다 비용이 절반으로 줄어들고 있다”며 협력 의지를 밝혔다.\n"
)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def permissions(self, create, codenames, **kwargs):
        """`UserFactory(permissions=["change_claim", ...])`: codenames of the claims app."""
        if create:
            grant(self, codenames or ())


class ReviewerFactory(UserFactory):
    username = factory.Sequence(lambda n: f"reviewer{n}")

    @factory.post_generation
    def permissions(self, create, codenames, **kwargs):
        grant(self, (codenames or REVIEWER_PERMISSIONS) if create else ())


def grant(user, codenames) -> None:
    if codenames:
        user.user_permissions.add(
            *Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
        )
    user.save()


class DocumentFactory(DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"올트먼 방한 기사 {n}")
    publisher = "연합뉴스"
    url = factory.Sequence(lambda n: f"https://news.example.kr/articles/{n}")
    text = factory.Sequence(lambda n: f"{ARTICLE}기사 번호 {n}.")
    source_name = factory.Sequence(lambda n: f"article-{n}.txt")


def span_of(document: Document, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the `occurrence`-th appearance of `phrase` in the document."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(phrase, start + 1)
    return start, start + len(phrase)


def make_claim(
    document: Document | None = None,
    phrase: str = "5000억달러(약 720조원) 규모의 프로젝트다",
    *,
    quantities: list[tuple[str, str | None, str, str]] = (),
    attribution: str = "",
    speaker: str = "",
    speaker_at: str = "",
    **fields,
) -> Claim:
    """A claim over `phrase` with, for each (written, value, unit, category), a quantity
    inside it, and a speaker span over the first `speaker_at` in the document."""
    document = document or DocumentFactory()
    start, end = span_of(document, phrase)
    kinds = (
        ClaimKinds.BOTH
        if attribution and quantities
        else (ClaimKinds.ATTRIBUTION if attribution else ClaimKinds.QUANTITY)
    )
    _exact, prefix, suffix = text_context(document.text, start, end)
    claim = Claim.objects.create(
        document=document,
        kinds=kinds,
        start=start,
        end=end,
        text=phrase,
        prefix=prefix,
        suffix=suffix,
        attribution=attribution,
        speaker=speaker,
        score=fields.pop("score", 0.5),
        **fields,
    )
    if speaker_at:
        s_start, s_end = span_of(document, speaker_at)
        Span.anchored(
            text=document.text, start=s_start, end=s_end, claim=claim, role=SpanRole.SPEAKER
        ).save()
    for position, (written, value, unit, category) in enumerate(quantities):
        q_start = document.text.index(written, start)
        Quantity.anchored(
            text=document.text,
            start=q_start,
            end=q_start + len(written),
            claim=claim,
            position=position,
            value=None if value is None else Decimal(value),
            unit=unit,
            category=category,
        ).save()
    return claim


class EvidenceFactory(DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.LazyFunction(make_claim)
    url = factory.Sequence(lambda n: f"https://stat.example.kr/report/{n}")
    title = "통계청 보도자료"
