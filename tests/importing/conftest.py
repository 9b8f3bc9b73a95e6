import csv
import io

import pytest
import tablib

from claims import services
from claims.resources import ClaimResource
from tests.factories import DocumentFactory, make_claim


def exported(queryset=None) -> tablib.Dataset:
    """An export of the claims, as it would come back from a spreadsheet unchanged."""
    return ClaimResource().export(queryset)


def edited(dataset: tablib.Dataset, claim, **changes) -> tablib.Dataset:
    """`dataset` with the row of `claim` changed, column by column."""
    headers = dataset.headers
    rows = [list(row) for row in dataset]
    for row in rows:
        if row[headers.index("id")] == claim.pk:
            for column, value in changes.items():
                row[headers.index(column)] = value
    return tablib.Dataset(*rows, headers=headers)


def row_of(dataset: tablib.Dataset, claim) -> int:
    """The claim's row as the spreadsheet numbers it (the header is row 1)."""
    return [row[dataset.headers.index("id")] for row in dataset].index(claim.pk) + 2


def as_csv(dataset: tablib.Dataset) -> bytes:
    """The table as Excel saves "CSV UTF-8": a byte-order mark, CRLF line ends."""
    out = io.StringIO()
    csv.writer(out).writerows([dataset.headers, *dataset])
    return out.getvalue().encode("utf-8-sig")


@pytest.fixture
def claims(db, reviewer):
    """Three claims to review: two unreviewed, one already verified."""
    document = DocumentFactory()
    money = make_claim(document, quantities=[("5000억달러", "500000000000", "USD", "money")])
    quote = make_claim(
        document,
        "18개월마다 비용이 절반으로 줄어들고 있다",
        attribution="direct",
        speaker="샘 올트먼",
    )
    site = make_claim(document, "첫 데이터센터는 약 3.54㎢ 규모로")
    services.claim_transition(claim=site, to_status="verified", by=reviewer, notes="현장 확인")
    return {"money": money, "quote": quote, "site": site}
