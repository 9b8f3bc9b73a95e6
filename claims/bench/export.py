"""Export of 100,000 claims to CSV in a fresh SQLite database: the streamed export of
`claims.exporting` against a plain csv.writer over the same rows in the same run, and the
memory the export takes."""

import csv
import datetime
import os
import time
import tracemalloc
from decimal import Decimal

TARGET_RATIO = 2.0  # issue 4: within 2x of a plain csv.writer
TARGET_MEMORY_MIB = 100
CLAIMS_PER_DOCUMENT = 2000
STATEMENTS = [
    "오픈AI와 소프트뱅크가 주도하는 스타게이트는 5000억달러(약 720조원) 규모의 프로젝트다",
    "첫 데이터센터는 약 3.54㎢ 규모로, 2026년 8월 완공을 목표로 하고 있다",
    "“18개월마다 비용이 절반으로 줄어들고 있다”며 협력 의지를 밝혔다",
    "=SUM(A1:A9) 같은 셀도 수식으로 읽히지 않아야 한다",
]
BASELINE_FIELDS = (
    "id", "document__title", "document__url", "document__published_at", "text", "start",
    "end", "kinds", "speaker", "attribution", "status", "reviewed_by__username",
    "reviewed_at", "notes",
)  # fmt: skip


def populate(count: int) -> list[int]:
    """`count` claims over a few documents, a quarter of them verified, every other one
    with a quantity, in bulk; the documents' ids."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from claims.models import Claim, Document, Quantity

    reviewer = get_user_model().objects.create(username="bench-reviewer", is_staff=True)
    now = timezone.now()
    documents = [
        Document.objects.create(
            title=f"벤치마크 기사 {n}",
            publisher="연합뉴스",
            url=f"https://news.example.kr/bench/{n}",
            published_at=now - datetime.timedelta(days=n),
            text=f"벤치마크 기사 {n}의 본문.",
        )
        for n in range(-(-count // CLAIMS_PER_DOCUMENT))
    ]
    claims = []
    for i in range(count):
        verified = i % 4 == 0
        attributed = i % 3 == 0
        claims.append(
            Claim(
                document=documents[i // CLAIMS_PER_DOCUMENT],
                kinds="quantity,attribution" if attributed else "quantity",
                start=i,
                end=i + 40,
                text=STATEMENTS[i % len(STATEMENTS)],
                attribution="direct" if attributed else "",
                speaker="샘 올트먼" if attributed else "",
                status="verified" if verified else "unreviewed",
                reviewed_by=reviewer if verified else None,
                reviewed_at=now if verified else None,
                notes="기획재정부 발표 자료와 일치" if verified else "",
            )
        )
    Claim.objects.bulk_create(claims, batch_size=5000)
    ids = [document.pk for document in documents]
    mine = Claim.objects.filter(document_id__in=ids)
    with_quantity = mine.order_by("pk").values_list("pk", "start")[::2]
    Quantity.objects.bulk_create(
        [
            Quantity(
                claim_id=pk,
                start=start,
                end=start + 7,
                exact="5000억달러",
                value=Decimal("500000000000"),
                unit="USD",
                category="money",
            )
            for pk, start in with_quantity
        ],
        batch_size=5000,
    )
    return ids


def best_of(rounds: int, job) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - started)
    return best


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run(count: int = 100_000, rounds: int = 3) -> dict:
    from django.db import connection

    from claims.exporting import csv_stream
    from claims.models import Claim

    started = time.perf_counter()
    queryset = Claim.objects.filter(document_id__in=populate(count))  # this bench's claims
    setup = time.perf_counter() - started

    def plain_csv_writer() -> None:
        with open(os.devnull, "w", encoding="utf-8", newline="") as sink:
            writer = csv.writer(sink)
            for row in queryset.values_list(*BASELINE_FIELDS).iterator(chunk_size=2000):
                writer.writerow(row)

    def streamed_export() -> None:
        with open(os.devnull, "wb") as sink:
            for chunk in csv_stream(queryset):
                sink.write(chunk)

    baseline = best_of(rounds, plain_csv_writer)
    seconds = best_of(rounds, streamed_export)
    rss_before = rss_mib()
    tracemalloc.start()
    streamed_export()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_growth = rss_mib() - rss_before
    peak_mib = peak / 2**20
    ratio = seconds / baseline
    print(
        f"export: {count:,} claims in a fresh {connection.vendor} database"
        f" (made in {setup:.1f} s), CSV to /dev/null, best of {rounds}"
    )
    print(f"  streamed export  {seconds:8.3f} s  {count / seconds:12,.0f} claims/s")
    print(
        f"  plain csv.writer {baseline:8.3f} s  {count / baseline:12,.0f} claims/s"
        "  (baseline: values_list in a straight loop)"
    )
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(
        f"  ratio            {ratio:8.2f}x the plain writer ({verdict} the {TARGET_RATIO}x target)"
    )
    verdict = "within" if max(peak_mib, rss_growth) <= TARGET_MEMORY_MIB else "OVER"
    print(
        f"  memory           {peak_mib:8.1f} MiB traced peak, {rss_growth:+.1f} MiB RSS"
        f" ({verdict} the {TARGET_MEMORY_MIB} MiB target)"
    )
    return {"seconds": seconds, "baseline": baseline, "ratio": ratio,
            "peak_mib": peak_mib, "rss_growth_mib": rss_growth}  # fmt: skip
