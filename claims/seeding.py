"""The fixtures a desk starts from, built deterministically (`make fixtures`).

- `fixtures/roles.json`: the groups of `claims.roles`, permissions by natural key.
- `fixtures/seed_article.json`: every article in `seeds/` with every claim the extractor
  finds, with the hand-written review states of `fixtures/review_states.json` applied.

Objects are built in memory (never saved) and serialised with natural keys only, so the
files load into any database, next to any data, as often as wanted, and the same inputs
give the same bytes.
"""

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import serializers
from django.db import models
from django.utils.dateparse import parse_datetime

from claims.extraction import extract
from claims.models import (
    Claim,
    ClaimStatus,
    Document,
    Evidence,
    Span,
    content_hash_of,
)
from claims.roles import APP_LABEL, ROLE_PERMISSIONS
from claims.services.articles import article_paths, headline_of, read_article, read_metadata
from claims.services.storing import claim_from_candidate, quantity_from_mention, span_mentions


class SeedError(ValueError):
    """A review state that does not fit the seeds (the message says which)."""


USER_FIELDS = [
    "username",
    "first_name",
    "last_name",
    "is_active",
    "is_staff",
    "password",
    "date_joined",
]
# loaddata writes rows raw, without auto_now: the fixture carries its own fixed times.
FIXTURE_TIME = dt.datetime(2025, 2, 5, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def dump(objects: Iterable[models.Model]) -> str:
    """Objects as a fixture with natural keys only; the users without their groups."""
    objects = list(objects)
    user_model = get_user_model()
    records = []
    for group, fields in (
        ([o for o in objects if isinstance(o, user_model)], USER_FIELDS),
        ([o for o in objects if not isinstance(o, user_model)], None),
    ):
        records += json.loads(
            serializers.serialize(
                "json",
                group,
                fields=fields,
                use_natural_foreign_keys=True,
                use_natural_primary_keys=True,
            )
        )
    return json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def roles_fixture() -> str:
    records = [
        {
            "model": "auth.group",
            "fields": {
                "name": name,
                "permissions": [
                    [codename, APP_LABEL, _model_of(codename)] for codename in sorted(codenames)
                ],
            },
        }
        for name, codenames in ROLE_PERMISSIONS.items()
    ]
    return json.dumps(records, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _model_of(codename: str) -> str:
    """The model a claims permission belongs to (custom ones live on Claim or Document)."""
    permission_model = {
        "export_claim": "claim",
        "import_claim": "claim",
        "assign_claim": "claim",
        "reextract_document": "document",
    }
    return permission_model.get(codename) or codename.split("_", 1)[1]


def check_role_permissions_exist() -> list[str]:
    """Codenames of the roles that no Permission row has (empty when all exist)."""
    known = set(
        Permission.objects.filter(content_type__app_label=APP_LABEL).values_list(
            "codename", flat=True
        )
    )
    return sorted({c for codes in ROLE_PERMISSIONS.values() for c in codes} - known)


def _document(path: Path) -> Document:
    text = read_article(path)
    meta = read_metadata(path)
    return Document(
        text=text,
        title=meta.title or headline_of(text),
        url=meta.url,
        publisher=meta.publisher,
        published_at=meta.published_at,
        source_name=path.name,
        content_hash=content_hash_of(text),
        created_at=FIXTURE_TIME,
        updated_at=FIXTURE_TIME,
    )


def seed_objects(seeds: Path, review_states: list[dict]) -> list[models.Model]:
    """Documents, claims, spans and quantities of every seed, review states applied."""
    users: dict[str, models.Model] = {}
    documents, claims, spans, quantities, evidence = [], [], [], [], []
    for path in article_paths([seeds]):
        document = _document(path)
        documents.append(document)
        for candidate in extract(document.text):
            claim = claim_from_candidate(document, candidate)
            claim.created_at = claim.updated_at = FIXTURE_TIME
            claims.append(claim)
            spans.extend(
                Span.anchored(
                    text=document.text, start=mention.start, end=mention.end, claim=claim, role=role
                )
                for role, mention in span_mentions(candidate)
            )
            siblings = [
                quantity_from_mention(claim, position, document.text, mention)
                for position, mention in enumerate(candidate.quantities)
            ]
            for quantity, mention in zip(siblings, candidate.quantities, strict=True):
                if mention.same_as is not None:
                    quantity.same_as = siblings[mention.same_as]
            quantities.extend(siblings)
    for state in review_states:
        evidence.extend(_apply_review_state(state, claims, users))
    spans = list({(id(s.claim), s.role, s.start, s.end): s for s in spans}.values())
    return [
        *sorted(users.values(), key=lambda u: u.username),
        *documents,
        *claims,
        *spans,
        *quantities,
        *evidence,
    ]


def _apply_review_state(state: dict, claims: list[Claim], users: dict) -> list[Evidence]:
    """Find the one claim whose statement contains `state["contains"]`; set its review."""
    needle = state["contains"]
    matches = [c for c in claims if needle in c.text]
    if len(matches) != 1:
        raise SeedError(f"review state {needle!r} matches {len(matches)} claims, not one")
    claim = matches[0]

    def user(username: str | None):
        if not username:
            return None
        if username not in users:
            users[username] = get_user_model()(
                username=username,
                first_name=state.get("reviewer_name", ""),
                is_active=False,
                is_staff=False,
                password="!",  # an unusable password: attribution only
                date_joined=FIXTURE_TIME,
            )
        return users[username]

    claim.status = ClaimStatus(state["status"])
    claim.notes = state.get("notes", "")
    claim.assignee = user(state.get("assignee"))
    if claim.status in ClaimStatus.verdicts():
        claim.reviewed_by = user(state["reviewer"])
        claim.reviewed_at = _moment(state["reviewed_at"])
    return [
        Evidence(
            claim=claim,
            url=item["url"],
            title=item.get("title", ""),
            note=item.get("note", ""),
            stance=item.get("stance", "context"),
            added_by=claim.reviewed_by or claim.assignee,
            added_at=claim.reviewed_at or FIXTURE_TIME,
        )
        for item in state.get("evidence", [])
    ]


def _moment(value: str) -> dt.datetime:
    moment = parse_datetime(value)
    if moment is None or moment.tzinfo is None:
        raise SeedError(f"reviewed_at {value!r} is not an ISO 8601 time with an offset")
    return moment


def seed_article_fixture(seeds: Path, review_states_path: Path) -> str:
    states = json.loads(review_states_path.read_text(encoding="utf-8"))
    return dump(seed_objects(seeds, states))
