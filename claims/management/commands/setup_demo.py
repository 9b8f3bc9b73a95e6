"""Everything `make run` needs after migrate: fixtures, the seed articles, a demo login."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims.services.accounts import demo_reviewer_ensure

DEFAULT_PASSWORD = "review-desk-demo"
DEMO_FIXTURES = ["roles.json", "seed_article.json"]  # review_states.json is their source


class Command(BaseCommand):
    help = _("Load fixtures, ingest seeds/ and create the demo reviewer (development only).")

    def add_arguments(self, parser):
        parser.add_argument("--username", default="reviewer")
        parser.add_argument("--password", default=DEFAULT_PASSWORD)
        parser.add_argument(
            "--url",
            default="http://127.0.0.1:8000/admin/",
            help="where the desk will be served (printed with the login)",
        )

    def handle(self, *args, username, password, url, **options):
        if not settings.DEBUG:
            raise CommandError(_("setup_demo creates a known login: run it only with DEBUG on."))
        base = Path(settings.BASE_DIR)
        fixtures = [
            str(base / "fixtures" / name)
            for name in DEMO_FIXTURES
            if (base / "fixtures" / name).exists()
        ]
        if fixtures:
            call_command("loaddata", *fixtures, verbosity=0)
            self.stdout.write(_("Loaded fixtures: %s") % ", ".join(Path(f).name for f in fixtures))
        seeds = base / "seeds"
        if seeds.is_dir():
            call_command("ingest", str(seeds), stdout=self.stdout, stderr=self.stderr)
        demo_reviewer_ensure(username=username, password=password)
        self.stdout.write(
            self.style.SUCCESS(
                _("Review desk: %(url)s  login: %(user)s / %(password)s")
                % {"url": url, "user": username, "password": password}
            )
        )
