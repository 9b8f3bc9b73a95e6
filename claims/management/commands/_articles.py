"""What `ingest` and `extract_claims` share: metadata options and the per-file loop."""

from django.core.management.base import BaseCommand

from claims.services.articles import ArticleMetadata, IngestError, article_paths, parse_published
from claims.services.ingest import document_ingest_file, document_reextract


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


def ingest_paths(command: BaseCommand, paths: list[str], options: dict) -> int:
    """Ingest each file in its own transaction; report each; return how many failed."""
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
    failures = 0
    for path in article_paths(paths):
        try:
            result = document_ingest_file(
                path=path, metadata=metadata, max_bytes=options["max_bytes"]
            )
            if not result.created and options.get("reextract"):
                result = document_reextract(document=result.document)
        except IngestError as error:
            failures += 1
            command.stderr.write(command.style.ERROR(str(error)))
            continue
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
