"""What `ingest` and `extract_claims` share: metadata options and the per-file loop."""

from collections.abc import Iterator

from django.core.management.base import BaseCommand

from claims.services.articles import (
    Article,
    ArticleMetadata,
    IngestError,
    article_paths,
    parse_published,
    read_article_file,
)
from claims.services.bulk import default_workers, documents_ingest


def add_metadata_arguments(parser) -> None:
    parser.add_argument("--title", default="")
    parser.add_argument("--url", default="")
    parser.add_argument("--publisher", default="")
    parser.add_argument("--published", default="", help="2025-02-04 or an ISO 8601 time")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        help="refuse files larger than this (default: settings, 5 MB)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=default_workers(),
        help="processes that extract while this one writes; 0 for none (default: %(default)s)",
    )


def ingest_paths(command: BaseCommand, paths: list[str], options: dict) -> int:
    """Ingest each file all-or-nothing (claims.services.bulk.documents_ingest); report
    each; return how many failed."""
    try:
        metadata = ArticleMetadata(
            title=options["title"],
            url=options["url"],
            publisher=options["publisher"],
            published_at=parse_published(options["published"], source="--published"),
        )
    except IngestError as error:
        command.stderr.write(str(error))
        return 1

    def articles() -> Iterator[Article | IngestError]:
        for path in article_paths(paths):
            try:
                yield read_article_file(path, metadata=metadata, max_bytes=options["max_bytes"])
            except IngestError as error:
                yield error

    failures = 0
    for article, result in documents_ingest(
        articles(), reextract=options.get("reextract", False), workers=options["workers"]
    ):
        if isinstance(result, IngestError):
            failures += 1
            command.stderr.write(command.style.ERROR(str(result)))
            continue
        path = article.path
        document = result.document
        if result.created:
            line = f"{path}: +{result.claims_created} claims → document {document.pk}"
        elif options.get("reextract"):
            line = (
                f"{path}: re-extracted document {document.pk}: +{result.claims_created}, "
                f"-{result.claims_removed}, kept {result.claims_kept} reviewed"
            )
        else:
            line = f"{path}: already stored as document {document.pk}"
        command.stdout.write(line)
    return failures
