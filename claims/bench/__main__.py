"""`python -m claims.bench [extraction] [ingest] [export]`: run the benchmarks (all by default)."""

import argparse
import os
import subprocess
import sys
import tempfile

BENCHMARKS = ["extraction", "ingest", "export"]


def fresh_database() -> None:
    """Point Django at a new, migrated SQLite file: each benchmark that writes starts from
    an empty database, even when several run in one process."""
    path = os.path.join(tempfile.mkdtemp(prefix="factcheck-bench-"), "bench.sqlite3")
    if "DJANGO_SETTINGS_MODULE" not in os.environ:
        os.environ.update(
            DJANGO_SETTINGS_MODULE="factcheck.settings",
            DATABASE_URL=f"sqlite:///{path}",
            # Production settings: with DEBUG on, Django also records every query it runs.
            DJANGO_DEBUG="0",
            DJANGO_ALLOWED_HOSTS="localhost",
            DJANGO_SECRET_KEY="bench-only-" + os.urandom(24).hex(),
        )
    import django
    from django.core.management import call_command
    from django.db import connections

    django.setup()
    connection = connections["default"]
    connection.close()
    connection.settings_dict["NAME"] = path  # a new file on the next connection
    call_command("migrate", verbosity=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.bench", description=__doc__)
    # No `choices=` here: argparse of Python 3.11 rejects an empty list against them.
    parser.add_argument("benchmarks", nargs="*", help=f"any of {', '.join(BENCHMARKS)} (all)")
    parser.add_argument(
        "--min-mb", type=float, default=5.0, help="size of the extraction corpus in MiB (default 5)"
    )
    parser.add_argument(
        "--documents", type=int, default=1000, help="documents to ingest (default 1000)"
    )
    parser.add_argument(
        "--claims", type=int, default=100_000, help="claims to export (default 100,000)"
    )
    args = parser.parse_args(argv)
    unknown = set(args.benchmarks) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark {', '.join(sorted(unknown))}: choose from {BENCHMARKS}")
    args.benchmarks = args.benchmarks or BENCHMARKS
    if len(args.benchmarks) > 1:
        # Each in a process of its own: one benchmark's heap (and the garbage collector's
        # work over it) must not weigh on the next one's figures.
        options = [
            "--min-mb",
            str(args.min_mb),
            "--documents",
            str(args.documents),
            "--claims",
            str(args.claims),
        ]
        for name in args.benchmarks:
            done = subprocess.run([sys.executable, "-m", "claims.bench", name, *options])
            if done.returncode:
                return done.returncode
        return 0
    if "extraction" in args.benchmarks:
        from claims.bench import extraction

        extraction.run(min_chars=int(args.min_mb * 1024 * 1024))
    if "ingest" in args.benchmarks:
        fresh_database()
        from claims.bench import ingest

        ingest.run(count=args.documents, fresh_database=fresh_database)
    if "export" in args.benchmarks:
        fresh_database()
        from claims.bench import export

        export.run(count=args.claims)
    return 0


if __name__ == "__main__":
    sys.exit(main())
