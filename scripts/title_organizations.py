#!/usr/bin/env python3
"""How often a title's organization is right, which score_records.py does not check (it scores positions only).

    python3 scripts/title_organizations.py --split dev|train PRED.jsonl [--verbose]

For every official whose name matches gold (NFC, case-folded) and every gold title whose position the prediction
also has, compares the organizations (case-folded, spaces collapsed). Prints right/compared and, with --verbose,
the disagreements. PRED is `extract` output over the split's texts (score_real.py --keep PRED).
"""
import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "data", "vi-news-real"))


def fold(s):
    return " ".join(unicodedata.normalize("NFC", s or "").casefold().split())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev"], default="dev")
    ap.add_argument("pred")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    ids = set(json.load(open(os.path.join(CORPUS, "split.json"), encoding="utf-8"))[args.split])
    right = compared = 0
    with open(args.pred, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            aid = os.path.splitext(os.path.basename(rec["source"]["path"]))[0]
            if aid not in ids:
                continue
            gold = json.load(open(os.path.join(CORPUS, "gold", aid + ".json"), encoding="utf-8"))
            predicted = {fold(o["name"]): o for o in rec.get("officials") or []}
            for g in gold.get("officials") or []:
                p = predicted.get(fold(g["name"]))
                if p is None:
                    continue
                for gt in g.get("titles") or []:
                    matches = [pt for pt in p["titles"] if fold(pt["position"]) == fold(gt["position"])]
                    if not matches:
                        continue
                    compared += 1
                    if any(fold(pt.get("organization")) == fold(gt.get("organization")) for pt in matches):
                        right += 1
                    elif args.verbose:
                        print(f"  {aid} {g['name']} {gt['position']}: gold={gt.get('organization')!r} pred={[pt.get('organization') for pt in matches]}")
    print(f"organizations right {right}/{compared} = {right / max(compared, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
