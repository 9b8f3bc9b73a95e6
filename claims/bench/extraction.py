"""How fast the extractor reads, against a bare `re.finditer(r"\d+")` over the same text."""

import re
import time

from claims.bench.corpus import article_texts, repeated
from claims.extraction import extract

DIGITS = re.compile(r"\d+")
TARGET_RATIO = 40.0  # issue 3: within 40x of the bare regex pass


def bare_regex_seconds(documents: list[str], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in documents:
            for _match in DIGITS.finditer(text):
                pass
        best = min(best, time.perf_counter() - started)
    return best


def run(min_chars: int = 5 * 1024 * 1024) -> dict:
    documents = repeated(article_texts(), min_chars)
    chars = sum(len(t) for t in documents)
    baseline = bare_regex_seconds(documents)
    started = time.perf_counter()
    claims = sum(len(extract(text)) for text in documents)
    seconds = time.perf_counter() - started
    ratio = seconds / baseline
    print(f"extraction: {len(documents):,} documents, {chars:,} characters, {claims:,} claims")
    print(f"  extractor   {seconds:8.3f} s  {chars / seconds:12,.0f} chars/s"
          f"  {claims / seconds:10,.0f} claims/s")
    print(f"  bare regex  {baseline:8.3f} s  {chars / baseline:12,.0f} chars/s  (baseline)")
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"  ratio       {ratio:8.1f}x the bare regex pass ({verdict} the {TARGET_RATIO:.0f}x target)")
    return {"chars": chars, "claims": claims, "seconds": seconds, "baseline": baseline,
            "ratio": ratio}
