#!/usr/bin/env python3
"""Reliability table of the records' confidence on a split of the real news corpus.

    python3 scripts/score_real.py --split dev --keep pred.jsonl
    python3 scripts/reliability.py pred.jsonl --split dev

Every predicted fact is right when ../shared/bench/score_records.py pairs it with a gold fact (its
own matching, imported), wrong when it counts it wrong; facts it ignores (awards with neither counts
nor a recipient name) are left out. Facts are grouped by confidence; each bucket shows how many
facts it holds and the share that is right. A well calibrated model has that share close to the
bucket's confidence.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
CORPUS = os.path.join(SHARED, "data", "vi-news-real")
sys.path.insert(0, os.path.join(SHARED, "bench"))
import score_records  # noqa: E402  (the scorer's matching, not a copy of it)

BUCKETS = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("predictions", help="JSON Lines written by extract (e.g. score_real.py --keep)")
    ap.add_argument("--split", choices=["train", "dev", "all"], default="dev")
    ap.add_argument("--by-type", action="store_true", help="one table per fact type as well")
    args = ap.parse_args()
    with open(os.path.join(CORPUS, "split.json"), encoding="utf-8") as fh:
        split = json.load(fh)
    ids = sum(split.values(), []) if args.split == "all" else split[args.split]
    preds = score_records.load_predictions(args.predictions)
    facts = []  # (kind, confidence, right)
    for aid in sorted(ids):
        with open(os.path.join(CORPUS, "gold", aid + ".json"), encoding="utf-8") as fh:
            gold = json.load(fh)
        pred = preds.get(aid) or {}
        for kind, keyfn in score_records.KINDS.items():
            pairs, _, wrong = score_records.match(gold.get(kind) or [], pred.get(kind) or [], keyfn)
            facts += [(kind, p.get("confidence", 0.0), True) for _, p in pairs]
            facts += [(kind, p.get("confidence", 0.0), False) for p in wrong]
    table("all facts", facts)
    if args.by_type:
        for kind in score_records.KINDS:
            table(kind, [f for f in facts if f[0] == kind])
    return 0


def table(name, facts):
    print(f"{name}: {len(facts)} facts")
    print(f"{'confidence':<12} {'count':>6} {'precision':>10} {'mean conf.':>11}")
    upper = None
    for low in BUCKETS:
        inside = [f for f in facts if f[1] >= low and (upper is None or f[1] < upper)]
        label = f">= {low:.2f}" if upper is None else f"{low:.2f}-{upper:.2f}"
        if inside:
            precision = sum(f[2] for f in inside) / len(inside)
            mean = sum(f[1] for f in inside) / len(inside)
            print(f"{label:<12} {len(inside):>6} {precision:>10.3f} {mean:>11.3f}")
        else:
            print(f"{label:<12} {0:>6} {'-':>10} {'-':>11}")
        upper = low
    high = [f for f in facts if f[1] >= 0.9]
    share = f"{sum(f[2] for f in high) / len(high):.3f}" if high else "-"
    print(f"precision at confidence >= 0.9: {share} ({len(high)} of {len(facts)})")
    print()


if __name__ == "__main__":
    sys.exit(main())
