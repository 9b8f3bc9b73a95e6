"""`python -m claims.bench [extraction] [ingest] [export]`: run the benchmarks (all by default)."""

import argparse
import os
import sys
import tempfile


def fresh_database() -> None:
    """Point Django at a new SQLite file and migrate it (before anything touches the DB)."""
    directory = tempfile.mkdtemp(prefix="factcheck-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{directory}/bench.sqlite3"
    # Production settings: with DEBUG on, Django would also record every query it runs.
    os.environ.update(
        DJANGO_DEBUG="0",
        DJANGO_ALLOWED_HOSTS="localhost",
        DJANGO_SECRET_KEY="bench-only-" + os.urandom(24).hex(),
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.bench", description=__doc__)
    parser.add_argument(
        "benchmarks",
        nargs="*",
        choices=["extraction", "ingest", "export"],
        default=["extraction", "ingest", "export"],
    )
    parser.add_argument(
        "--min-mb", type=float, default=5.0, help="size of the extraction corpus in MiB (default 5)"
    )
    parser.add_argument(
        "--documents", type=int, default=1000, help="documents to ingest (default 1000)"
    )
    args = parser.parse_args(argv)
    if "extraction" in args.benchmarks:
        from claims.bench import extraction

        extraction.run(min_chars=int(args.min_mb * 1024 * 1024))
    if "ingest" in args.benchmarks:
        fresh_database()
        from claims.bench import ingest

        ingest.run(count=args.documents)
    if "export" in args.benchmarks:
        fresh_database()
        from claims.bench import export

        export.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
