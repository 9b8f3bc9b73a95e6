"""`manage.py build_fixtures`: regenerate fixtures/roles.json and fixtures/seed_article.json
from claims.roles, seeds/ and fixtures/review_states.json (same inputs, same bytes)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.seeding import SeedError, roles_fixture, seed_article_fixture


class Command(BaseCommand):
    help = "Regenerate fixtures/roles.json and fixtures/seed_article.json deterministically."

    def add_arguments(self, parser):
        base = Path(settings.BASE_DIR)
        parser.add_argument("--seeds", type=Path, default=base / "seeds")
        parser.add_argument("--out", type=Path, default=base / "fixtures")
        parser.add_argument(
            "--check", action="store_true", help="write nothing; fail when a fixture is out of date"
        )

    def handle(self, *args, seeds, out, check, **options):
        try:
            files = {
                "roles.json": roles_fixture(),
                "seed_article.json": seed_article_fixture(seeds, out / "review_states.json"),
            }
        except SeedError as error:
            raise CommandError(f"fixtures/review_states.json: {error}") from error
        stale = []
        for name, content in files.items():
            path = out / name
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current == content:
                self.stdout.write(f"{path}: up to date")
            elif check:
                stale.append(name)
            else:
                path.write_text(content, encoding="utf-8")
                self.stdout.write(f"{path}: written")
        if stale:
            raise CommandError(f"out of date: {', '.join(stale)} (run `make fixtures`)")
