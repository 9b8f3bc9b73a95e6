"""The benchmark corpus: the seed articles and the test texts, repeated to a size."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def article_texts() -> list[str]:
    """Every article the project carries: seeds/ and the test data (.txt and gold .json,
    held-out sets in data/ subfolders included: they diversify the corpus)."""
    from claims.extraction.text import canonicalize

    texts = [
        canonicalize(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    paths = {p for data in (ROOT / "tests").rglob("data") if data.is_dir() for p in data.rglob("*")}
    for path in sorted(paths):
        if path.suffix == ".txt":
            texts.append(canonicalize(path.read_text(encoding="utf-8")))
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("text"), str):
                texts.append(data["text"])
    unique = list(dict.fromkeys(t for t in texts if t.strip()))
    if not unique:
        raise SystemExit("no articles found in seeds/ or tests/**/data/")
    return unique


def repeated(texts: list[str], min_chars: int) -> list[str]:
    """Documents cycling through `texts` until they hold at least `min_chars` characters;
    each carries a numbered last line so that no two are the same article."""
    documents, total, n = [], 0, 0
    while total < min_chars:
        text = f"{texts[n % len(texts)]}\n(벤치마크 문서 {n + 1})"
        documents.append(text)
        total += len(text)
        n += 1
    return documents


def numbered(texts: list[str], count: int) -> list[str]:
    return [f"{texts[n % len(texts)]}\n(벤치마크 문서 {n + 1})" for n in range(count)]
