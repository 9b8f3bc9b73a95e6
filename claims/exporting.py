"""Claims leaving the workbench: the CSV streamed row by row, spreadsheets and JSON through
django-import-export, and schema.org ClaimReview JSON-LD for published verdicts.

The streamed CSV takes its headers, column order and cell rendering from `ClaimResource`,
so it is byte for byte the library's export of the same rows (with the byte-order mark
that Excel needs to read UTF-8), without holding the file or the rows in memory. Every
text cell of a CSV or XLSX file is guarded against formula injection; the numeric columns
(`id`, `start`, `end`) are numbers and stay numbers.
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from itertools import islice
from typing import Any

import tablib
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from claims.formats import ClaimJSON, ClaimXLSX
from claims.models import Claim, ClaimStatus
from claims.resources import ClaimResource
from claims.selectors import ClaimExportRow, claims_for_export
from claims.tables import guard_row

BOM = "\ufeff"
ROWS_PER_CHUNK = 500  # rows written between two chunks of a streamed CSV


def csv_stream(
    queryset: QuerySet[Claim] | None = None, *, fields: list[str] | None = None
) -> Iterator[bytes]:
    """The claims of `queryset` as CSV in UTF-8 with a byte-order mark, in chunks of bytes;
    `fields` limits the columns to those names (in the resource's order)."""
    resource = ClaimResource()
    renderers = resource.cell_renderers(fields)
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # the dialect tablib writes with
    buffer.write(BOM)
    writer.writerow(resource.get_export_headers(selected_fields=fields))
    rows = iter(resource.iter_queryset(queryset))
    while chunk := list(islice(rows, ROWS_PER_CHUNK)):
        writer.writerows([guard_row([render(row) for render in renderers]) for row in chunk])
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode("utf-8")


def export_dataset(
    queryset: QuerySet[Claim] | None = None, *, fields: list[str] | None = None
) -> tablib.Dataset:
    """The library's export of `queryset`: the same columns and cells, all in memory."""
    return ClaimResource().export(queryset, export_fields=fields)


def xlsx_bytes(
    queryset: QuerySet[Claim] | None = None, *, fields: list[str] | None = None
) -> bytes:
    """An Excel workbook of the claims, every text cell guarded."""
    return ClaimXLSX().export_data(export_dataset(queryset, fields=fields))


def json_text(queryset: QuerySet[Claim] | None = None, *, fields: list[str] | None = None) -> str:
    """The claims as a JSON list of objects keyed by column."""
    return ClaimJSON().export_data(export_dataset(queryset, fields=fields))


# ClaimReview. Ratings follow the SNU FactCheck scale (서울대 언론정보연구소 SNU팩트체크):
# 사실 5, 대체로 사실 4, 절반의 사실 3, 대체로 사실 아님 2, 전혀 사실 아님 1, and 판단 유보
# outside the scale. The labels are the scale's own names and are published as they are.
# - "misleading" is 절반의 사실 (3): a misleading claim rests on something accurate (were it
#   not, it would be false) presented so that it leaves a wrong impression, which is the
#   scale's "accurate and inaccurate mixed"; the desk has no finer verdict for 2 or 4.
# - "unverifiable" is 판단 유보 with no ratingValue, bestRating or worstRating: Google requires
#   only `alternateName` (the text it shows) and a number outside worst..best, such as -1,
#   would be read as a rating by whoever averages them.
BEST_RATING, WORST_RATING = 5, 1
RATINGS: dict[str, tuple[str, int | None]] = {
    ClaimStatus.VERIFIED: ("사실", 5),
    ClaimStatus.MISLEADING: ("절반의 사실", 3),
    ClaimStatus.FALSE: ("전혀 사실 아님", 1),
    ClaimStatus.UNVERIFIABLE: ("판단 유보", None),
}
CLAIM_REVIEWED_MAX = 75  # Google: keep claimReviewed under 75 characters
# A speaker whose name ends like this is an organisation; anyone else is a person. The
# one-syllable endings of ministries and agencies (기획재정부, 통계청, 식약처) count only
# after two syllables, so that a person's name is not taken for one.
ORGANIZATION_ENDINGS = (
    "정부", "대통령실", "위원회", "공사", "공단", "협회", "연구소", "연구원", "은행", "그룹",
    "재단", "센터", "기구", "본부", "연합", "연맹", "노조", "거래소", "법원", "검찰청",
    "경찰청", "국회", "의회", "기업", "전자", "증권", "보험", "일보", "신문", "방송", "뉴스",
    "통신", "대학교",
)  # fmt: skip
AGENCY_ENDINGS = ("부", "청", "처")


def shorten(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _iso(value: datetime | None) -> str | None:
    return None if value is None else timezone.localtime(value).isoformat(timespec="seconds")


def _party(name: str) -> dict[str, str]:
    organization = name.endswith(ORGANIZATION_ENDINGS) or (
        len(name) > 2 and name.endswith(AGENCY_ENDINGS)
    )
    kind = "Organization" if organization else "Person"
    return {"@type": kind, "name": name}


def claimreview(row: ClaimExportRow) -> dict[str, Any]:
    """One verdict as a schema.org ClaimReview (JSON-LD)."""
    organization = settings.FACTCHECK["ORGANIZATION_NAME"]
    organization_url = settings.FACTCHECK["ORGANIZATION_URL"]
    url = settings.FACTCHECK.get("CLAIMREVIEW_URL", "{organization_url}/claims/{id}/")
    label, value = RATINGS[row.status]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label}
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": row.document_title}
    if row.document_url:
        appearance["url"] = row.document_url
    if row.document_publisher:
        appearance["publisher"] = {"@type": "Organization", "name": row.document_publisher}
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    # An unattributed claim is the article's own: its publisher stated it.
    if row.speaker:
        claim["author"] = _party(row.speaker)
    elif row.document_publisher:
        claim["author"] = {"@type": "Organization", "name": row.document_publisher}
    if row.published_at:
        claim["datePublished"] = appearance["datePublished"] = _iso(row.published_at)
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url.format(organization_url=organization_url.rstrip("/"), id=row.id),
        "claimReviewed": shorten(row.statement),
        "reviewRating": rating,
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": organization, "url": organization_url},
        "inLanguage": "ko",
    }
    if row.reviewed_at:
        review["datePublished"] = _iso(row.reviewed_at)
    return review


def claimreviews(queryset: QuerySet[Claim] | None = None) -> Iterable[dict[str, Any]]:
    """A ClaimReview for every claim of `queryset` with a final verdict."""
    queryset = Claim.objects.all() if queryset is None else queryset
    for row in claims_for_export(queryset.filter(status__in=RATINGS)):
        yield claimreview(row)


def claimreview_json(queryset: QuerySet[Claim] | None = None) -> str:
    """A JSON list of ClaimReview objects, each a JSON-LD document of its own."""
    return json.dumps(list(claimreviews(queryset)), ensure_ascii=False, indent=2) + "\n"
