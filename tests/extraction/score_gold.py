"""Score extract() against shared/gold the way shared/bin/score_extraction does.

Not a test module (no test_ prefix): run it by hand while developing.

    python3 tests/extraction/score_gold.py [--gold DIR] [--only dev05 dev06] [--exclude ID ...]
        [--show-misses] [--summary]

--gold defaults to shared/gold; tests/extraction/data/heldout holds the held-out set.
--summary prints the totals only (no per-document lines).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.extraction.report import document_report  # noqa: E402

SHARED_GOLD = ROOT.parent / "shared" / "gold"


def load_scorer():
    """The project's copy of shared/bin/score_extraction (tests/extraction/gold_scorer.py)."""
    from tests.extraction import gold_scorer

    return gold_scorer


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(SHARED_GOLD))
    ap.add_argument("--only", nargs="*", help="gold ids to score (default: all)")
    ap.add_argument("--exclude", nargs="*", default=[], help="gold ids to leave out")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--summary", action="store_true", help="totals only")
    args = ap.parse_args()
    sc = load_scorer()
    paths = sorted(Path(args.gold).glob("*.json"))
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    if args.only:
        golds = [g for g in golds if g["id"] in args.only]
    golds = [g for g in golds if g["id"] not in args.exclude]
    tot = None
    for g in golds:
        report = document_report(f"{g['id']}.txt", g["text"])
        misses: list[str] = []
        s = sc.score_doc(g, report["claims"], misses)
        tot = s if tot is None else {k: tot[k] + s[k] for k in tot}
        if not args.summary:
            print(f"{g['id']}: " + _line(sc, s))
        if args.show_misses and not args.summary:
            print("\n".join(misses))
    print(f"documents: {len(golds)}")
    print(_line(sc, tot, multi=True))


def _line(sc, t, multi: bool = False) -> str:
    r, f1 = sc.ratio, sc.f1
    qp, qr = r(t["q_pred_hit"], t["q_pred"]), r(t["q_found"], t["q_gold"])
    qs = f1(r(t["q_right"], t["q_pred"]), r(t["q_right"], t["q_gold"]))
    ap, ar = r(t["a_pred_hit"], t["a_pred"]), r(t["a_found"], t["a_gold"])
    as_ = f1(r(t["a_right"], t["a_pred"]), r(t["a_right"], t["a_gold"]))
    parts = [
        f"quantities:   found P={qp:.3f} R={qr:.3f} F1={f1(qp, qr):.3f};"
        f" value+unit right {t['q_right']}/{t['q_found']}; strict F1={qs:.3f}",
        f"attributions: found P={ap:.3f} R={ar:.3f} F1={f1(ap, ar):.3f};"
        f" mode+speaker right {t['a_right']}/{t['a_found']}; strict F1={as_:.3f}",
        f"overall strict F1={(qs + as_) / 2:.3f}",
    ]
    return ("\n" if multi else " | ").join(parts)


if __name__ == "__main__":
    main()
