#!/usr/bin/env python3
"""Fans `extract --shard K/N` out over Dask workers and gathers the shards.

Each task runs the CLI on a worker for one shard and returns its JSON Lines; the driver writes them to
OUT/shard-K-of-N.jsonl and, with --merged, all of them into one file (shard by shard). Every worker needs
the CLI and the inputs at the same paths (a shared or replicated file system); the outputs come back
through Dask, so the workers need no shared output folder. The shards are disjoint and together hold
every document exactly once (a document's shard is a hash of its source path).

    # a running cluster
    python3 scripts/dask_extract.py --scheduler tcp://10.0.0.5:8786 --shards 8 --out out/ \
        --cli "dotnet src/Extraction.Cli/bin/Release/net10.0/vnextract.dll" -- crawl.warc.gz
    # a throwaway local cluster of worker processes on 127.0.0.1
    python3 scripts/dask_extract.py --local-workers 2 --shards 2 --out out/ --cli "…" -- pages.zip
"""
import argparse
import shlex
import subprocess
import sys
from pathlib import Path


def run_shard(cli, inputs, extra, index, count):
    """Runs one shard on a worker; returns (index, JSON Lines bytes, stderr text)."""
    command = shlex.split(cli) + ["extract", *inputs, "--shard", f"{index}/{count}", "--progress", "off", *extra]
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"shard {index}/{count} exited with {done.returncode}: {done.stderr.decode(errors='replace')}")
    return index, done.stdout, done.stderr.decode(errors="replace")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler")
    where.add_argument("--local-workers", type=int, help="start a local cluster of this many worker processes on 127.0.0.1")
    parser.add_argument("--shards", type=int, required=True)
    parser.add_argument("--out", required=True, help="folder for shard-K-of-N.jsonl")
    parser.add_argument("--merged", help="also write all shards into this one file")
    parser.add_argument("--cli", required=True, help="the command that runs the CLI, e.g. 'dotnet …/vnextract.dll'")
    parser.add_argument("--extra", default="", help="more extract options for every shard, e.g. '--timeout 30'")
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster

    cluster = None
    if args.local_workers:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(args.scheduler)
    try:
        futures = [client.submit(run_shard, args.cli, args.inputs, shlex.split(args.extra), k, args.shards, pure=False)
                   for k in range(args.shards)]
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        results = sorted(client.gather(futures), key=lambda r: r[0])
        for index, lines, log in results:
            (out / f"shard-{index}-of-{args.shards}.jsonl").write_bytes(lines)
            sys.stderr.write(log)
        if args.merged:
            with open(args.merged, "wb") as merged:
                for _, lines, _ in results:
                    merged.write(lines)
        total = sum(r[1].count(b"\n") for r in results)
        print(f"{args.shards} shards, {total} documents, into {out}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
