#!/usr/bin/env python3
"""Generates a test archive of N pages for the extract verb, in three forms:

    OUT/pages/NNNN/page-NNNNNN.html   a folder tree
    OUT/pages.zip                     the same pages as zip entries
    OUT/pages.warc.gz                 WARC 1.1 response records, one gzip member per record

The pages are the corpus's HTML pages (corpus/html/*.html), its seed articles (corpus/seeds/*.txt, wrapped in
a minimal page) and the benchmark pages (../shared/bench/article-extraction/html/*.html.gz), cycled; each copy
gets a distinct comment so every page has its own sha256. Deterministic: same N, same files.
Write OUT somewhere ignored (a temp folder): the archives are never committed.

    python3 scripts/make_archive.py --pages 20000 --out /tmp/archive
"""
import argparse
import gzip
import html
import io
import os
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def templates():
    pages = []
    for path in sorted((ROOT / "corpus" / "html").glob("*.html")):
        pages.append(path.read_bytes())
    for path in sorted((ROOT / "corpus" / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = [line for line in text.split("\n") if line.strip()]
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines[1:])
        pages.append(f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(lines[0])}</title></head>"
                     f"<body><article><h1>{html.escape(lines[0])}</h1>\n{body}</article></body></html>".encode("utf-8"))
    bench = ROOT.parent / "shared" / "bench" / "article-extraction" / "html"
    for path in sorted(bench.glob("*.html.gz")):
        pages.append(gzip.decompress(path.read_bytes()))
    return pages


def variant(page: bytes, i: int) -> bytes:
    return page + f"\n<!-- copy {i} -->\n".encode("ascii")


def warc_record(i: int, body: bytes) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nDate: Mon, 01 Feb 2021 00:00:00 GMT\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
    record_id = uuid.UUID(int=i + 1)
    header = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
              f"WARC-Date: 2021-02-01T00:00:00Z\r\nWARC-Target-URI: http://example.org/page/{i}\r\n"
              f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode("ascii")
    return header + http + b"\r\n\r\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--forms", default="folder,zip,warc")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    forms = set(args.forms.split(","))
    pages = templates()
    folder = out / "pages"
    zip_file = zipfile.ZipFile(out / "pages.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) if "zip" in forms else None
    warc = open(out / "pages.warc.gz", "wb") if "warc" in forms else None
    for i in range(args.pages):
        body = variant(pages[i % len(pages)], i)
        name = f"{i // 1000:04d}/page-{i:06d}.html"
        if "folder" in forms:
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        if zip_file:
            info = zipfile.ZipInfo(name, date_time=(2021, 2, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zip_file.writestr(info, body, compresslevel=1)
        if warc:
            # One gzip member per record, as crawlers write .warc.gz.
            warc.write(gzip.compress(warc_record(i, body), compresslevel=1, mtime=0))
    if zip_file:
        zip_file.close()
    if warc:
        warc.close()
    print(f"{args.pages} pages from {len(pages)} templates into {out}")


if __name__ == "__main__":
    main()
