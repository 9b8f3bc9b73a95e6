import csv
import io

import pytest

from claims import services
from tests.factories import DocumentFactory, ReviewerFactory, make_claim


def rows_of(csv_bytes: bytes) -> list[dict[str, str]]:
    """A CSV export read back as Excel would: UTF-8 after the byte-order mark."""
    assert csv_bytes.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig"), newline="")))


@pytest.fixture
def verified_claim(money_claim, reviewer):
    return services.claim_transition(
        claim=money_claim, to_status="verified", by=reviewer, notes="기획재정부 발표 자료와 일치"
    )


@pytest.fixture
def false_claim(quote_claim, reviewer):
    return services.claim_transition(
        claim=quote_claim, to_status="false", by=reviewer, notes="비용 절감 주기는 24개월"
    )


@pytest.fixture
def desk(db, reviewer):
    """Claims in every state a desk has: verified, false, in review, unreviewed, in two
    documents."""
    first, second = (
        DocumentFactory(title="스타게이트 기사"),
        DocumentFactory(title="데이터센터 기사"),
    )
    verified = make_claim(
        first,
        quantities=[
            ("5000억달러", "500000000000", "USD", "money"),
            ("720조원", "720000000000000", "KRW", "money"),
        ],
    )
    services.claim_transition(claim=verified, to_status="verified", by=reviewer, notes="확인")
    false = make_claim(
        first, "18개월마다 비용이 절반으로 줄어들고 있다", attribution="direct", speaker="샘 올트먼"
    )
    services.claim_transition(claim=false, to_status="false", by=reviewer, notes="24개월")
    in_review = make_claim(second, "첫 데이터센터는 약 3.54㎢ 규모로")
    services.claim_start_review(claim=in_review, by=reviewer)
    unreviewed = make_claim(second)
    other_verified = make_claim(second, "2026년 8월 완공을 목표로 하고 있다")
    services.claim_transition(
        claim=other_verified, to_status="verified", by=ReviewerFactory(), notes="공사 일정표"
    )
    return {
        "verified": verified,
        "false": false,
        "in_review": in_review,
        "unreviewed": unreviewed,
        "other_verified": other_verified,
    }
