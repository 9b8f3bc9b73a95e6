r"""How fast the extractor reads, against a bare `re.finditer(r"\d+")` over the same text.

Both passes run alternately over the same corpus for several rounds, and the best (minimum)
round time of each is compared. The alternation is fine-grained: each round walks the
corpus in chunks of a few dozen documents and times the bare pass and the extractor on each
chunk in turn, so that a busy neighbour process slows both passes alike instead of landing
on one of them (a 0.1 s regex pass can fall into a quiet moment; a 5 s extraction cannot).
"""

import re
import time

from claims.bench.corpus import article_texts, repeated
from claims.extraction import extract

DIGITS = re.compile(r"\d+")
TARGET_RATIO = 40.0  # issue 3: within 40x of the bare regex pass
ROUNDS = 5
CHUNK = 25  # documents per alternation step


def bare_regex_pass(documents: list[str]) -> float:
    started = time.perf_counter()
    for text in documents:
        for _match in DIGITS.finditer(text):
            pass
    return time.perf_counter() - started


def extractor_pass(documents: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    claims = 0
    for text in documents:
        claims += len(extract(text))
    return time.perf_counter() - started, claims


def one_round(documents: list[str]) -> tuple[float, float, int]:
    """(bare seconds, extractor seconds, claims) over the corpus, chunk by chunk."""
    bare = extractor = 0.0
    claims = 0
    for k in range(0, len(documents), CHUNK):
        chunk = documents[k : k + CHUNK]
        bare += bare_regex_pass(chunk)
        seconds, found = extractor_pass(chunk)
        extractor += seconds
        claims += found
    return bare, extractor, claims


def run(min_chars: int = 5 * 1024 * 1024, rounds: int = ROUNDS) -> dict:
    documents = repeated(article_texts(), min_chars)
    chars = sum(len(t) for t in documents)
    extract(documents[0])  # compile the regexes outside the timed rounds
    baselines, times, claims = [], [], 0
    for _ in range(rounds):
        bare, seconds, claims = one_round(documents)
        baselines.append(bare)
        times.append(seconds)
    baseline, seconds = min(baselines), min(times)
    ratio = seconds / baseline
    print(f"extraction: {len(documents):,} documents, {chars:,} characters, {claims:,} claims")
    print(f"  rounds      {rounds} (alternating by {CHUNK} documents; best times compared)")
    print(
        f"  extractor   {seconds:8.3f} s  {chars / seconds:12,.0f} chars/s"
        f"  {claims / seconds:10,.0f} claims/s  (best; worst {max(times):.3f} s)"
    )
    print(
        f"  bare regex  {baseline:8.3f} s  {chars / baseline:12,.0f} chars/s  (baseline;"
        f" worst {max(baselines):.3f} s)"
    )
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(
        f"  ratio       {ratio:8.1f}x the bare regex pass"
        f" ({verdict} the {TARGET_RATIO:.0f}x target)"
    )
    return {
        "chars": chars,
        "claims": claims,
        "seconds": seconds,
        "baseline": baseline,
        "ratio": ratio,
        "rounds": rounds,
    }
