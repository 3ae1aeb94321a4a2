#!/usr/bin/env python3
"""Hostile-input run of the command line (issue 14).

Writes N generated inputs (tests/Extraction.Fuzz: damaged pages and texts, deep nesting, entity and
punctuation floods, random Unicode, re-encodings, tag soup, lying WARC records, zip and gzip bombs,
broken JSON Lines) to a temporary folder, runs

    extract INPUTS --parallel 2 --timeout 20 --progress off -o OUT

under /usr/bin/time -v, and prints: outcome kinds (overall and per generator), crashes (exit status),
files with no line, pages with more or fewer than one line, `failed` lines, peak RSS, and the slowest
inputs. The command line reports no per-document time, so the slowest inputs come from a second,
in-process pass (`vnfuzz measure`, one document at a time; --no-measure skips it).

    python3 scripts/fuzz.py --count 10000            # the issue's run
    python3 scripts/fuzz.py --count 300 --keep /tmp/f  # keep the inputs and output

Exit status 0 when no document failed, no file lacked a line and the run itself exited 0; 1 otherwise.
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "src", "Extraction.Cli", "bin", "Release", "net10.0", "vnextract.dll")
FUZZ = os.path.join(ROOT, "tests", "Extraction.Fuzz", "bin", "Release", "net10.0", "vnfuzz.dll")


def build():
    for project in ("src/Extraction.Cli", "tests/Extraction.Fuzz"):
        subprocess.run(["dotnet", "build", "-c", "Release", "--nologo", "-v", "q", project], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)


def read_manifest(folder):
    rows = {}
    with open(os.path.join(folder, "manifest.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            name, generator, size, container = line.rstrip("\n").split("\t")
            rows[name] = {"generator": generator, "bytes": int(size), "container": container == "1"}
    return rows


def file_of(path, inputs):
    """The generated file a line's source.path belongs to (zip entries after '!', records and lines after '#')."""
    path = path.replace("\\", "/")
    prefix = inputs.replace("\\", "/").rstrip("/") + "/"
    relative = path[len(prefix):] if path.startswith(prefix) else path.rsplit("/", 1)[-1]
    return re.split(r"[!#]", relative, maxsplit=1)[0]


def time_field(text, label):
    m = re.search(re.escape(label) + r":\s*(.+)", text)
    return m.group(1).strip() if m else "?"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--seed", type=int, default=14)
    p.add_argument("--scale", type=float, default=1.0, help="1: the issue's sizes")
    p.add_argument("--parallel", type=int, default=2)
    p.add_argument("--timeout", type=float, default=20)
    p.add_argument("--max-bytes", type=int, default=20_000_000)
    p.add_argument("--keep", help="write inputs and output here and keep them (default: a temporary folder, removed)")
    p.add_argument("--no-build", action="store_true")
    p.add_argument("--no-measure", action="store_true", help="skip the in-process timing pass")
    p.add_argument("--top", type=int, default=10)
    a = p.parse_args()

    if not a.no_build:
        build()
    work = a.keep or tempfile.mkdtemp(prefix="vnfuzz-")
    inputs = os.path.join(work, "inputs")
    if os.path.isdir(inputs):
        shutil.rmtree(inputs)
    out = os.path.join(work, "out.jsonl")
    try:
        subprocess.run(["dotnet", FUZZ, "generate", "--out", inputs, "--count", str(a.count), "--seed", str(a.seed),
                        "--scale", str(a.scale), "--max-bytes", str(a.max_bytes)], check=True)
        manifest = read_manifest(inputs)
        command = ["/usr/bin/time", "-v", "dotnet", CLI, "extract", inputs, "--parallel", str(a.parallel),
                   "--timeout", str(a.timeout), "--max-bytes", str(a.max_bytes), "--progress", "off", "-o", out]
        started = time.monotonic()
        run = subprocess.run(command, stderr=subprocess.PIPE, text=True, errors="replace")
        wall = time.monotonic() - started
        report(a, manifest, out, run, wall, inputs)
        return 0 if SUMMARY["ok"] else 1
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


SUMMARY = {"ok": True}


def report(a, manifest, out, run, wall, inputs):
    kinds = collections.Counter()
    by_generator = collections.defaultdict(collections.Counter)
    lines_per_file = collections.Counter()
    failed = []
    unparsable = 0
    if os.path.exists(out):
        with open(out, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    o = json.loads(line)
                except ValueError:
                    unparsable += 1
                    continue
                kind = o["error"]["kind"] if "error" in o else "article"
                name = file_of(o["source"]["path"], inputs)
                kinds[kind] += 1
                lines_per_file[name] += 1
                by_generator[manifest.get(name, {}).get("generator", "?")][kind] += 1
                if kind == "failed":
                    failed.append((o["source"]["path"], o["error"]["message"]))

    no_line = [n for n, m in manifest.items() if lines_per_file[n] == 0 and not m["container"]]
    # An archive with no page in it (an empty zip, a WARC of requests only) rightly gives no line.
    empty_containers = [n for n, m in manifest.items() if lines_per_file[n] == 0 and m["container"]]
    wrong_count = [(n, lines_per_file[n]) for n, m in manifest.items() if not m["container"] and lines_per_file[n] not in (0, 1)]
    total_bytes = sum(m["bytes"] for m in manifest.values())
    err = run.stderr
    print(f"inputs: {len(manifest)} files, {total_bytes:,} bytes (seed {a.seed}, scale {a.scale}); "
          f"extract --parallel {a.parallel} --timeout {a.timeout:g} --max-bytes {a.max_bytes}")
    print(f"exit status: {run.returncode}   wall: {wall:.1f} s   user: {time_field(err, 'User time (seconds)')} s   "
          f"peak RSS: {time_field(err, 'Maximum resident set size (kbytes)')} KB")
    print(f"output lines: {sum(kinds.values())}   unparsable lines: {unparsable}")
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"crashes (exit status != 0): {0 if run.returncode == 0 else 1}   files with no line (hangs/lost): {len(no_line)}   "
          f"pages with more than one line: {len(wrong_count)}   failed: {len(failed)}")
    print(f"containers with no document in them (no line, rightly): {len(empty_containers)}"
          + (f" (e.g. {', '.join(empty_containers[:3])})" if empty_containers else ""))
    print("by generator:")
    for generator in sorted(by_generator):
        c = by_generator[generator]
        print(f"  {generator:17} " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    for path, message in failed[:20]:
        print(f"  FAILED {path}: {message[:200]}")
    for name in no_line[:20]:
        print(f"  NO LINE {name}")
    if run.returncode != 0:
        print("  stderr tail: " + " | ".join(err.strip().splitlines()[-5:]))
    SUMMARY["ok"] = run.returncode == 0 and not failed and not no_line and not wrong_count and unparsable == 0

    if a.no_measure:
        return
    measured = subprocess.run(["dotnet", FUZZ, "measure", inputs, "--timeout", str(a.timeout)], capture_output=True, text=True,
                              errors="replace")
    if a.keep:
        with open(os.path.join(os.path.dirname(inputs), "measure.tsv"), "w", encoding="utf-8") as f:
            f.write(measured.stdout)
    rows = []
    for line in measured.stdout.splitlines()[1:]:
        name, size, ms, allocated, outcome = line.split("\t", 4)
        rows.append((float(ms), int(size), int(allocated), outcome, name))
    if not rows:
        return
    print(f"in-process pass (one document at a time, {len(rows)} pages and texts; containers excluded):")
    in_failed = [r for r in rows if r[3].startswith("failed")]
    print(f"  failed in-process: {len(in_failed)}   timeouts: {sum(r[3] == 'timeout' for r in rows)}   "
          f"total {sum(r[0] for r in rows) / 1000:.1f} s")
    for r in in_failed[:10]:
        print(f"  FAILED {r[4]}: {r[3][:200]}")
    print(f"  slowest {a.top}:")
    for ms, size, allocated, outcome, name in sorted(rows, reverse=True)[:a.top]:
        print(f"    {ms / 1000:7.2f} s  {size:>10,} B  {ms * 1000 / max(size, 1):6.2f} s/MB  {allocated / max(size, 1):6.1f}x alloc  {outcome:10} {name}")
    big = [r for r in rows if r[1] >= 65536]
    if big:
        print(f"  highest cost per byte (inputs >= 64 KB):")
        for ms, size, allocated, outcome, name in sorted(big, key=lambda r: r[0] / r[1], reverse=True)[:5]:
            print(f"    {ms * 1000 / size:6.2f} s/MB  {size:>10,} B  {outcome:10} {name}")
        print(f"  highest allocation per byte (inputs >= 64 KB):")
        for ms, size, allocated, outcome, name in sorted(big, key=lambda r: r[2] / r[1], reverse=True)[:5]:
            print(f"    {allocated / size:8.1f} x  {size:>10,} B  {outcome:10} {name}")
    SUMMARY["ok"] = SUMMARY["ok"] and not in_failed


if __name__ == "__main__":
    sys.exit(main())
