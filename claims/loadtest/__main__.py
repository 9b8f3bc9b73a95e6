"""`python -m claims.loadtest [--reviewers 20] [--seconds 30]`: see the package docstring."""

import argparse
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = "postgres://postgres@127.0.0.1:5432/"
DATABASE = "factcheck_loadtest"
PASSWORD = "load-test-reviewer-pw"
P95_TARGET = 0.5  # seconds, for the claim list at 20 reviewers


def postgres_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def fresh_database_url(choice: str = "auto") -> str:
    """A new, empty database: PostgreSQL when it answers, SQLite otherwise."""
    if choice == "postgres" or (choice == "auto" and postgres_answers()):
        import psycopg

        with psycopg.connect(POSTGRES + "postgres", autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {DATABASE}")
        return POSTGRES + DATABASE
    folder = tempfile.mkdtemp(prefix="factcheck-loadtest-")
    return f"sqlite:///{folder}/loadtest.sqlite3"


def server_environment(database_url: str) -> dict[str, str]:
    """Production settings, over plain HTTP on the loopback address."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "load-test-only-" + os.urandom(24).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_HSTS_SECONDS": "0",
    }


def prepare(reviewers: int) -> tuple[list[str], list[int]]:
    """Migrate, load the fixtures and more articles, make the reviewers' accounts."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from claims.bench.corpus import article_texts, numbered
    from claims.models import Claim
    from claims.roles import REVIEWER
    from claims.services.ingest import document_ingest

    call_command("migrate", verbosity=0)
    call_command("loaddata", "fixtures/roles.json", "fixtures/seed_article.json", verbosity=0)
    for text in numbered(article_texts(), 40):
        document_ingest(text=text)
    group = Group.objects.get(name=REVIEWER)
    names = []
    for n in range(reviewers):
        user = get_user_model().objects.create_user(
            f"loadtest{n:02d}", password=PASSWORD, is_staff=True
        )
        user.groups.add(group)
        names.append(user.username)
    # A few dozen claims for everyone: reviewers meet on the same claims, as on deadline.
    hot = list(Claim.objects.order_by("pk").values_list("pk", flat=True)[:40])
    return names, hot


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "factcheck.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/admin/login/", timeout=2)
            return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit("gunicorn exited before it served a page") from None
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not answer within 30 s")


def verify(saves) -> dict[str, int]:
    """Every save that was answered with success is in the database and in the history."""
    from claims.models import Claim, Evidence

    lost = 0
    for save in (s for s in saves if s.outcome == "saved"):
        in_history = Claim.history.filter(
            id=save.claim_id,
            notes__contains=save.marker,
            history_user__username=save.reviewer,
        ).exists()
        in_database = Claim.objects.filter(pk=save.claim_id, notes__contains=save.marker).exists()
        evidence = Evidence.objects.filter(
            claim_id=save.claim_id, url__endswith=save.marker
        ).exists()
        lost += not (in_history and in_database and evidence)
    return {"lost": lost}


def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.loadtest")
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--database", choices=["auto", "postgres", "sqlite"], default="auto")
    parser.add_argument(
        "--think",
        type=float,
        default=1.0,
        help="mean seconds a reviewer spends on a page (0: none)",
    )
    args = parser.parse_args(argv)

    database_url = fresh_database_url(args.database)
    env = server_environment(database_url)
    os.environ.update({k: env[k] for k in env if k.startswith(("DJANGO_", "DATABASE_URL"))})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    usernames, claim_ids = prepare(args.reviewers)
    port = free_port()
    server = start_server(env, port, args.workers)
    from claims.loadtest.reviewer import Reviewer, Tally

    tally = Tally()
    clock: dict[str, float] = {}
    start = threading.Barrier(
        len(usernames) + 1, action=lambda: clock.setdefault("started", time.monotonic())
    )
    try:
        crowd = [
            Reviewer(
                base_url=f"http://127.0.0.1:{port}",
                username=name,
                password=PASSWORD,
                claim_ids=claim_ids,
                seconds=args.seconds,
                think=args.think,
                start=start,
                tally=tally,
                seed=n,
            )
            for n, name in enumerate(usernames)
        ]
        for reviewer in crowd:
            reviewer.start()
        start.wait(timeout=300)
        for reviewer in crowd:
            reviewer.join(timeout=args.seconds + 120)
        elapsed = time.monotonic() - clock["started"]
    finally:
        server.terminate()
        server.wait(timeout=30)
    client_cpu = resource.getrusage(resource.RUSAGE_SELF)
    server_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)

    outcomes = {
        o: sum(s.outcome == o for s in tally.saves) for o in ("saved", "stale", "refused", "error")
    }
    checks = verify(tally.saves)
    requests = sum(len(t) for kind, t in tally.timings.items() if kind != "login")
    server_errors = sum(n for status, n in tally.statuses.items() if status >= 500)
    vendor = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    print(
        f"load test: {args.reviewers} reviewers for {elapsed:.1f} s against gunicorn "
        f"({args.workers} workers) on {vendor}, {args.think:.1f} s mean think time"
    )
    print(f"  requests     {requests:,} ({requests / elapsed:,.1f}/s)")
    for kind, timings in sorted(tally.timings.items()):
        print(
            f"  {kind:<8} n={len(timings):<6} p50={percentile(timings, 50) * 1000:7.1f} ms"
            f"  p95={percentile(timings, 95) * 1000:7.1f} ms"
        )
    print(
        f"  saves        {outcomes['saved']} saved, {outcomes['stale']} refused as stale "
        f"(conflict message shown), {outcomes['refused']} refused by the review rules, "
        f"{outcomes['error']} unexplained"
    )
    print(f"  server errors {server_errors}; lost writes {checks['lost']}")
    print(
        f"  CPU: this client {client_cpu.ru_utime + client_cpu.ru_stime:.1f} s, gunicorn "
        f"{server_cpu.ru_utime + server_cpu.ru_stime:.1f} s (2 cores = "
        f"{2 * elapsed:.0f} core-seconds)"
    )
    for failure in tally.failures[:10]:
        print(f"  ! {failure}")
    list_p95 = percentile(tally.timings.get("list", [0.0]), 95)
    ok = (
        server_errors == 0
        and checks["lost"] == 0
        and outcomes["error"] == 0
        and not tally.failures
        and outcomes["saved"] > 0
    )
    print(
        f"  claim list p95 {list_p95 * 1000:.0f} ms "
        f"({'within' if list_p95 <= P95_TARGET else 'OVER'} the {P95_TARGET * 1000:.0f} ms "
        f"target); {'PASS' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
