"""Article files in: canonical text, metadata and the reasons a file is refused.

Reading is kept apart from storing so that `extract_claims --dry-run` and the fixture
builder read files exactly as ingest does, without touching the database.
"""

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from claims.extraction.text import TextDecodeError, canonicalize, decode


class IngestError(ValueError):
    """An article that cannot be loaded; the message names the file and what to fix."""


@dataclass(frozen=True)
class ArticleMetadata:
    title: str = ""
    publisher: str = ""
    url: str = ""
    published_at: dt.datetime | None = None

    def merged(self, other: "ArticleMetadata") -> "ArticleMetadata":
        """These values, with `other`'s where these are empty."""
        return ArticleMetadata(
            title=self.title or other.title,
            publisher=self.publisher or other.publisher,
            url=self.url or other.url,
            published_at=self.published_at or other.published_at,
        )


@dataclass(frozen=True)
class Article:
    """An article read and ready to store: canonical text, metadata and where it came from."""

    text: str
    metadata: ArticleMetadata = ArticleMetadata()
    source_name: str = ""
    path: Path | None = None


def read_article_file(
    path: Path, *, metadata: ArticleMetadata = ArticleMetadata(), max_bytes: int | None = None
) -> Article:
    """The article at `path` with its `.meta.json` metadata where `metadata` leaves a value
    empty, or IngestError saying why it cannot be loaded."""
    text = read_article(path, max_bytes=max_bytes)
    return Article(
        text=text, metadata=metadata.merged(read_metadata(path)), source_name=path.name, path=path
    )


def max_document_bytes() -> int:
    return settings.FACTCHECK["MAX_DOCUMENT_BYTES"]


def parse_published(value: str | None, *, source: str = "") -> dt.datetime | None:
    """`2025-02-04` (midnight, local time) or an ISO 8601 date-time."""
    if not value:
        return None
    value = str(value).strip()
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise IngestError(
                _("%(source)s: the publication date %(value)r is not a date like 2025-02-04.")
                % {"source": source or _("metadata"), "value": value}
            )
        moment = dt.datetime.combine(day, dt.time())
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def read_metadata(path: Path) -> ArticleMetadata:
    """The `NAME.meta.json` beside `NAME.txt`, when there is one."""
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.exists():
        return ArticleMetadata()
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IngestError(
            _("%(file)s: not valid UTF-8 JSON (%(error)s).") % {"file": meta_path, "error": error}
        ) from error
    if not isinstance(meta, dict):
        raise IngestError(_("%(file)s: expected a JSON object.") % {"file": meta_path})
    return ArticleMetadata(
        title=str(meta.get("title") or ""),
        publisher=str(meta.get("publisher") or ""),
        url=str(meta.get("url") or ""),
        published_at=parse_published(
            meta.get("published_at") or meta.get("published"), source=str(meta_path)
        ),
    )


def read_article(path: Path, *, max_bytes: int | None = None) -> str:
    """The canonical text of the article file at `path`, or IngestError saying why not."""
    limit = max_document_bytes() if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except OSError as error:
        raise IngestError(
            _("%(file)s: cannot be read (%(error)s).") % {"file": path, "error": error.strerror}
        ) from error
    if size > limit:
        raise IngestError(
            _(
                "%(file)s: %(size)s bytes is over the limit of %(limit)s bytes; split the file "
                "or raise FACTCHECK_MAX_DOCUMENT_BYTES."
            )
            % {"file": path, "size": f"{size:,}", "limit": f"{limit:,}"}
        )
    try:
        text = canonicalize(decode(path.read_bytes()))
    except TextDecodeError as error:
        raise IngestError(
            _("%(file)s: %(error)s. Save the file as UTF-8 and load it again.")
            % {"file": path, "error": error}
        ) from error
    if not text.strip():
        raise IngestError(_("%(file)s: the file is empty.") % {"file": path})
    return text


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the `.txt` files inside folders, in a stable order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            found.append(path)
    return found


def headline_of(text: str) -> str:
    """The first non-empty line, the usual headline of a pasted article."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return first[:200]
