# A copy of ../shared/bin/score_extraction (read-only, outside the repo), kept so that the
# tests score annotated sets exactly as the project is scored, on any checkout.
# ruff: noqa
"""Score the project's claim extractor against gold annotations (see ../CLAIMS_SPEC.md).

Run from the project's root:
    ../shared/bin/score_extraction                      # gold: ../shared/gold, python: .venv/bin/python
    ../shared/bin/score_extraction --gold DIR --show-misses
    ../shared/bin/score_extraction --min 0.85           # exit 1 when the overall strict F1 is lower

It writes each gold text to a temporary file, runs
    PYTHON manage.py extract_claims FILE... --dry-run --json
once, and compares what it prints with the gold. Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

HERE = Path(__file__).resolve().parent


def f1(p, r):
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def ratio(a, b):
    return a / b if b else 0.0


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def close(g0, g1, p0, p1):
    """Two spans match when their overlap covers at least half of each of them."""
    o = overlap(g0, g1, p0, p1)
    return o > 0 and o * 2 >= (g1 - g0) and o * 2 >= (p1 - p0)


def speaker_ok(gold, name):
    """Right when the predicted name is the gold name or one of the forms the gold lists."""
    if gold.get("speaker") is None:
        return not name
    forms = {gold["speaker"], *(gold.get("speaker_forms") or [])}
    return bool(name) and name.strip() in forms


def same_value(gold, pred):
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        g, p = Decimal(str(gold)), Decimal(str(pred))
    except InvalidOperation:
        return str(gold) == str(pred)
    if g == 0:
        return p == 0
    return abs(g - p) / abs(g) <= Decimal("0.000001")


def speaker_name(pred_claim):
    sp = pred_claim.get("speaker")
    if isinstance(sp, dict):
        return sp.get("name")
    return sp


def score_doc(gold, claims, misses):
    text = gold["text"]
    out = {k: 0 for k in ("q_gold", "q_pred", "q_pred_hit", "q_found", "q_right",
                          "a_gold", "a_pred", "a_pred_hit", "a_found", "a_right")}
    # quantities: flatten and de-duplicate by span
    seen, preds = set(), []
    for c in claims:
        for q in c.get("quantities") or []:
            key = (q["start"], q["end"])
            if key not in seen:
                seen.add(key)
                preds.append(q)
    gq = gold["quantities"]
    out["q_gold"] = sum(1 for g in gq if not g.get("optional"))
    for p in preds:
        hits = [g for g in gq if close(g["start"], g["end"], p["start"], p["end"])]
        if hits and all(g.get("optional") for g in hits):
            continue  # matched only optional gold: counts neither way
        out["q_pred"] += 1
        if hits:
            out["q_pred_hit"] += 1
        else:
            misses.append(f"  quantity, not in gold: {text[p['start']:p['end']]!r} @{p['start']}")
    for g in gq:
        if g.get("optional"):
            continue
        cands = [p for p in preds if close(g["start"], g["end"], p["start"], p["end"])]
        if not cands:
            misses.append(f"  quantity missed: {g['text']!r} @{g['start']}")
            continue
        out["q_found"] += 1
        best = max(cands, key=lambda p: overlap(g["start"], g["end"], p["start"], p["end"]))
        if g["unit"] in ("date", "time"):
            ok = best.get("unit") in ("date", "time")
        elif g.get("value") is None:  # a range or a vague amount: the unit alone is scored
            ok = best.get("unit") == g["unit"]
        else:
            ok = best.get("unit") == g["unit"] and same_value(g.get("value"), best.get("value"))
        if ok:
            out["q_right"] += 1
        else:
            misses.append(f"  quantity wrong: {g['text']!r} gold {g.get('value')} {g['unit']}"
                          f" / got {best.get('value')} {best.get('unit')}")
    # attributions: one-to-one, greedy by overlap; each span must cover half of the other
    ga = gold["attributions"]
    pa = [c for c in claims if "attribution" in (c.get("kinds") or []) or c.get("attribution")]
    pairs = []
    for gi, g in enumerate(ga):
        for pi, p in enumerate(pa):
            if close(g["start"], g["end"], p["start"], p["end"]):
                o = overlap(g["start"], g["end"], p["start"], p["end"])
                pairs.append((o / max(g["end"] - g["start"], p["end"] - p["start"]), gi, pi))
    pairs.sort(reverse=True)
    g_used, p_used = {}, {}
    for cover, gi, pi in pairs:
        if gi in g_used or pi in p_used:
            continue
        g_used[gi], p_used[pi] = pi, gi
    out["a_gold"] = sum(1 for g in ga if not g.get("optional"))
    for pi, p in enumerate(pa):
        gi = p_used.get(pi)
        if gi is not None and ga[gi].get("optional"):
            continue
        out["a_pred"] += 1
        if gi is not None:
            out["a_pred_hit"] += 1
        else:
            misses.append(f"  attribution, not in gold: {text[p['start']:p['end']][:60]!r} @{p['start']}")
    for gi, g in enumerate(ga):
        if g.get("optional"):
            continue
        pi = g_used.get(gi)
        if pi is None:
            misses.append(f"  attribution missed: {g['text'][:60]!r} @{g['start']} ({g['attribution']})")
            continue
        out["a_found"] += 1
        p = pa[pi]
        mode_ok = p.get("attribution") == g["attribution"]
        name = speaker_name(p)
        sp_ok = speaker_ok(g, name)
        if mode_ok and sp_ok:
            out["a_right"] += 1
        else:
            misses.append(f"  attribution wrong: {g['text'][:40]!r} gold {g['attribution']}/{g.get('speaker')}"
                          f" / got {p.get('attribution')}/{name}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(HERE.parent / "gold"), help="folder of gold JSON files")
    ap.add_argument("--python", default=".venv/bin/python", help="the project's Python")
    ap.add_argument("--manage", default="manage.py")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--min", type=float, default=None, help="fail below this overall strict F1")
    args = ap.parse_args()

    golds = [json.load(open(p, encoding="utf-8")) for p in sorted(Path(args.gold).glob("*.json"))]
    if not golds:
        sys.exit(f"no gold files in {args.gold}")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for g in golds:
            p = Path(tmp) / f"{g['id']}.txt"
            p.write_text(g["text"], encoding="utf-8")
            paths.append(str(p))
        cmd = [args.python, args.manage, "extract_claims", *paths, "--dry-run", "--json"]
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stderr[-4000:])
            sys.exit(f"extract_claims failed with exit code {run.returncode}")
    by_file = {}
    for line in run.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            obj = json.loads(line)
            by_file[os.path.basename(obj["file"])] = obj
    tot, report = None, []
    for g in golds:
        obj = by_file.get(f"{g['id']}.txt")
        if obj is None:
            sys.exit(f"no output for {g['id']}")
        if obj.get("length") not in (None, len(g["text"])):
            report.append(f"{g['id']}: length {obj.get('length')} != {len(g['text'])} (offsets will not line up)")
        misses = []
        s = score_doc(g, obj.get("claims", []), misses)
        tot = s if tot is None else {k: tot[k] + s[k] for k in tot}
        if misses and args.show_misses:
            report.append(f"{g['id']}:")
            report.extend(misses)
    t = tot
    qp, qr = ratio(t["q_pred_hit"], t["q_pred"]), ratio(t["q_found"], t["q_gold"])
    qs = f1(ratio(t["q_right"], t["q_pred"]), ratio(t["q_right"], t["q_gold"]))
    ap_, ar = ratio(t["a_pred_hit"], t["a_pred"]), ratio(t["a_found"], t["a_gold"])
    as_ = f1(ratio(t["a_right"], t["a_pred"]), ratio(t["a_right"], t["a_gold"]))
    for line in report:
        print(line)
    print(f"documents: {len(golds)}")
    print(f"quantities:   found P={qp:.3f} R={qr:.3f} F1={f1(qp, qr):.3f};"
          f" value+unit right {t['q_right']}/{t['q_found']}; strict F1={qs:.3f}")
    print(f"attributions: found P={ap_:.3f} R={ar:.3f} F1={f1(ap_, ar):.3f};"
          f" mode+speaker right {t['a_right']}/{t['a_found']}; strict F1={as_:.3f}")
    overall = (qs + as_) / 2
    print(f"overall strict F1={overall:.3f}")
    if args.min is not None and overall < args.min:
        sys.exit(1)


if __name__ == "__main__":
    main()
