#!/usr/bin/env python3
"""Score the library on the real news corpus (../shared/data/vi-news-real), one split at a time.

    python3 scripts/score_real.py --split dev [--cli "dotnet src/Extraction.Cli/bin/Release/net10.0/vnextract.dll"]
        [--extra-args "--rules-only"] [--keep DIR] [--verbose]

The corpus keeps its per-split folders as relative links that a copy may have flattened into
small text files, so the split is read from split.json and laid out afresh in a temporary folder
(symbolic links to texts/ and gold/). Then `extract` runs over the split's texts and
../shared/bench/score_records.py scores the output against the split's gold.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
CORPUS = os.path.join(SHARED, "data", "vi-news-real")
SCORER = os.path.join(SHARED, "bench", "score_records.py")


def lay_out(split: str, root: str) -> tuple[str, str]:
    with open(os.path.join(CORPUS, "split.json"), encoding="utf-8") as fh:
        splits = json.load(fh)
        ids = splits[split] if split != "all" else splits["train"] + splits["dev"]
    texts, gold = os.path.join(root, "texts"), os.path.join(root, "gold")
    os.makedirs(texts, exist_ok=True)
    os.makedirs(gold, exist_ok=True)
    for aid in ids:
        os.symlink(os.path.join(CORPUS, "texts", aid + ".txt"), os.path.join(texts, aid + ".txt"))
        os.symlink(os.path.join(CORPUS, "gold", aid + ".json"), os.path.join(gold, aid + ".json"))
    return texts, gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "all"], default="dev")
    ap.add_argument("--cli", default="dotnet " + os.path.join(REPO, "src/Extraction.Cli/bin/Release/net10.0/vnextract.dll"))
    ap.add_argument("--extra-args", default="", help="more arguments for extract, e.g. --rules-only")
    ap.add_argument("--keep", help="write the predictions (JSON Lines) here")
    ap.add_argument("--verbose", action="store_true", help="per-article misses (score_records.py --verbose)")
    args = ap.parse_args()
    if not os.path.isdir(CORPUS):
        print(f"no real corpus at {CORPUS}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        texts, gold = lay_out(args.split, tmp)
        out = args.keep or os.path.join(tmp, "pred.jsonl")
        cmd = shlex.split(args.cli) + ["extract", texts, "-o", out, "--progress", "off"] + shlex.split(args.extra_args)
        subprocess.run(cmd, check=True)
        score = [sys.executable, SCORER, gold, out] + (["--verbose"] if args.verbose else [])
        return subprocess.run(score).returncode


if __name__ == "__main__":
    sys.exit(main())
