"""The fixtures a desk starts from load anywhere, any number of times, and say exactly
what the roles may do."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse

from claims.models import Claim, ClaimStatus, Document, Evidence, Quantity, Span
from claims.roles import DESK, REVIEWER, ROLE_PERMISSIONS, VIEWER
from claims.seeding import roles_fixture, seed_article_fixture
from tests.factories import DocumentFactory, UserFactory, make_claim

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROLES, SEED_ARTICLE = FIXTURES / "roles.json", FIXTURES / "seed_article.json"
SEEDS = FIXTURES.parent / "seeds"


def load(*paths: Path) -> None:
    call_command("loaddata", *map(str, paths), verbosity=0)


def dump() -> str:
    out = StringIO()
    call_command(
        "dumpdata",
        "claims.document",
        "claims.claim",
        "claims.span",
        "claims.quantity",
        "claims.evidence",
        "auth.group",
        "auth.user",
        "--natural-foreign",
        "--natural-primary",
        "--indent",
        "1",
        stdout=out,
    )
    return out.getvalue()


@pytest.mark.django_db
def test_both_fixtures_load_into_a_fresh_database():
    load(ROLES, SEED_ARTICLE)
    document = Document.objects.get()
    assert document.title.startswith("올트먼 오픈AI CEO 방한")
    assert Claim.objects.count() > 10
    assert set(Group.objects.values_list("name", flat=True)) == {VIEWER, REVIEWER, DESK}


@pytest.mark.django_db
def test_loading_twice_leaves_one_copy():
    load(ROLES, SEED_ARTICLE)
    first = dump()
    load(ROLES, SEED_ARTICLE)
    assert dump() == first


@pytest.mark.django_db
def test_fixtures_load_next_to_other_data():
    other = make_claim(
        DocumentFactory(), quantities=[("720조원", "720000000000000", "KRW", "money")]
    )
    load(ROLES, SEED_ARTICLE)
    other.refresh_from_db()
    assert other.quantities.get().exact == "720조원"
    assert Document.objects.count() == 2


@pytest.mark.django_db
def test_dumpdata_flush_loaddata_reproduces_the_rows(tmp_path):
    load(ROLES, SEED_ARTICLE)
    before = dump()
    saved = tmp_path / "dump.json"
    saved.write_text(before, encoding="utf-8")
    try:
        call_command("flush", "--noinput", verbosity=0)
        assert Claim.objects.count() == 0
        load(saved)
        assert dump() == before
    finally:
        # flush recreated the content types under new ids; the test's rollback brings the
        # old ones back, so the cache must forget the new ones.
        ContentType.objects.clear_cache()


def test_every_span_in_the_fixture_reads_its_text():
    records = json.loads(SEED_ARTICLE.read_text(encoding="utf-8"))
    texts = {
        (r["fields"]["content_hash"],): r["fields"]["text"]
        for r in records
        if r["model"] == "claims.document"
    }
    checked = 0
    for record in records:
        fields = record["fields"]
        if record["model"] == "claims.span":
            text = texts[tuple(fields["claim"][:1])]
            assert text[fields["start"] : fields["end"]] == fields["exact"]
            checked += 1
        elif record["model"] == "claims.claim":
            text = texts[tuple(fields["document"])]
            assert text[fields["start"] : fields["end"]] == fields["text"]
    assert checked > 20


@pytest.mark.django_db
def test_review_states_are_realistic():
    load(ROLES, SEED_ARTICLE)
    statuses = list(Claim.objects.values_list("status", flat=True))
    assert statuses.count(ClaimStatus.VERIFIED) >= 2
    assert statuses.count(ClaimStatus.MISLEADING) == 1
    assert statuses.count(ClaimStatus.DISMISSED) == 1
    assert statuses.count(ClaimStatus.IN_REVIEW) == 1
    misleading = Claim.objects.get(status=ClaimStatus.MISLEADING)
    assert "3.54㎢" in misleading.text and "3.41㎢" in misleading.notes
    for claim in Claim.objects.filter(status__in=ClaimStatus.verdicts()):
        assert claim.notes and claim.reviewed_by and claim.reviewed_at
        assert Evidence.objects.filter(claim=claim).exists()
    dollars = Quantity.objects.get(exact="5000억달러")
    assert dollars.same_as.exact == "720조원"
    assert Span.objects.count() > Claim.objects.count()


@pytest.mark.django_db
def test_the_committed_fixtures_are_what_the_generator_makes():
    """`make fixtures` was run after the last change to the extractor or the seeds."""
    assert ROLES.read_text(encoding="utf-8") == roles_fixture()
    assert SEED_ARTICLE.read_text(encoding="utf-8") == seed_article_fixture(
        SEEDS, FIXTURES / "review_states.json"
    )


def test_generation_is_deterministic():
    first = seed_article_fixture(SEEDS, FIXTURES / "review_states.json")
    assert seed_article_fixture(SEEDS, FIXTURES / "review_states.json") == first


@pytest.mark.django_db
def test_groups_have_exactly_the_role_permissions():
    load(ROLES)
    for name, codenames in ROLE_PERMISSIONS.items():
        granted = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert granted == set(codenames), name
    reviewer = set(ROLE_PERMISSIONS[REVIEWER])
    assert {"change_claim", "add_evidence", "export_claim"} <= reviewer
    assert not reviewer & {
        "import_claim",
        "reextract_document",
        "assign_claim",
        "delete_claim",
        "delete_document",
    }
    assert all(c.startswith("view_") for c in ROLE_PERMISSIONS[VIEWER])


def member_of(role: str):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.mark.django_db
def test_a_viewer_cannot_change_a_claim(client):
    load(ROLES, SEED_ARTICLE)
    viewer = member_of(VIEWER)
    client.force_login(viewer)
    claim = Claim.objects.filter(status=ClaimStatus.UNREVIEWED).first()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    assert client.get(url).status_code == 200  # reads it
    response = client.post(url, {"status": "in_review", "notes": "", "version": claim.version})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNREVIEWED


@pytest.mark.django_db
def test_a_reviewer_cannot_import_or_reextract():
    load(ROLES)
    reviewer = member_of(REVIEWER)
    assert reviewer.has_perm("claims.change_claim") and reviewer.has_perm("claims.export_claim")
    assert not reviewer.has_perm("claims.import_claim")
    assert not reviewer.has_perm("claims.reextract_document")
    desk = member_of(DESK)
    assert desk.has_perm("claims.import_claim") and desk.has_perm("claims.delete_claim")


@pytest.mark.django_db
def test_setup_demo_puts_the_demo_reviewer_in_the_reviewer_group(settings):
    settings.DEBUG = True
    call_command("setup_demo", stdout=StringIO(), stderr=StringIO())
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="reviewer")
    assert list(user.groups.values_list("name", flat=True)) == [REVIEWER]
    assert user.check_password("review-desk-demo")
    assert Document.objects.count() == 1  # the seed, from the fixture; ingest found it stored
