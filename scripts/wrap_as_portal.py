#!/usr/bin/env python3
"""Wrap each article of the real news corpus as a district portal's page, to measure what the HTML path loses.

    python3 scripts/wrap_as_portal.py OUT_DIR [--seed 7] [--split all|train|dev] [--score] [--no-furniture]

Reads ../shared/data/vi-news-real/texts/<id>.txt (first line: the headline) and writes OUT_DIR/pages/<id>.html,
laid out the way CKEditor output on Vietnamese district portals looks: named and numeric character entities,
inline styles, runs of &nbsp;, empty paragraphs, the headline in the page's title and a heading, the lead in an
<h1 style="text-align:justify"> on some pages, some short paragraphs set as centred bold captions under a photo
(sometimes broken over two paragraphs at a comma), a byline paragraph at the end (an invented name with a station
suffix, only where the text has no byline of its own), and a site menu, sidebar and footer (left out with
--no-furniture). The words of the article are kept exactly; the layout is drawn from a random generator seeded
with --seed and the article id, so the same seed gives the same pages.

OUT_DIR must lie outside the repository: the texts belong to their publishers. OUT_DIR/texts links the texts,
OUT_DIR/gold the gold records, OUT_DIR/expected.json the page-level facts the wrapper knows (the headline, the
byline it added). With --score, `extract` (the Release build) runs over the pages and over the texts, both are
scored with ../shared/bench/score_records.py, and `clean` text is compared with the text of each article
(4-gram shingle F1, as ../shared/bench/score_extraction.py computes it) beside stripping every tag.
"""
import argparse
import html
import html.entities
import json
import os
import random
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
CORPUS = os.path.join(SHARED, "data", "vi-news-real")
SCORER = os.path.join(SHARED, "bench", "score_records.py")
CLI = "dotnet " + os.path.join(REPO, "src/Extraction.Cli/bin/Release/net10.0/vnextract.dll")

# Invented bylines as district portals print them (no real reporter's name), with the author annotation.md expects.
BYLINES = [("Minh Anh – Đài TT Huyện", "Minh Anh"), ("Thu Hà/HTTV", "Thu Hà"), ("Quốc Bảo - TTVH huyện", "Quốc Bảo"), ("PV", "PV"),
           ("Lan Hương", "Lan Hương"), ("CTV Hoàng Yến", "Hoàng Yến"), ("Tác giả: Đức Minh", "Đức Minh"),
           ("Thanh Tâm – Trung tâm VH-TT-TT", "Thanh Tâm"), ("Minh Anh – Quốc Bảo", "Minh Anh – Quốc Bảo")]
SITE = "Cổng thông tin điện tử huyện Hòa Bình Xanh"

MENU = ("<div class=\"header\"><div class=\"logo\"><a href=\"/\"><img src=\"/logo.png\" alt=\"logo\"></a></div>"
        "<div class=\"top-date\">Thứ Hai, 15/01/2024</div>"
        "<ul class=\"menu\"><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gioi-thieu\">Giới thiệu</a></li>"
        "<li><a href=\"/tin-tuc\">Tin tức - Sự kiện</a></li><li><a href=\"/xay-dung-dang\">Xây dựng Đảng</a></li>"
        "<li><a href=\"/van-ban\">Văn bản chỉ đạo điều hành</a></li><li><a href=\"/lien-he\">Liên hệ</a></li></ul></div>"
        "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/tin-tuc\">Tin tức - Sự kiện</a></div>")
SIDEBAR = ("<div class=\"sidebar\"><div class=\"box-title\">Tin mới</div><ul>"
           "<li><a href=\"/a1\">Hội nghị triển khai nhiệm vụ công tác năm mới</a></li>"
           "<li><a href=\"/a2\">Lễ ra quân làm đường giao thông nông thôn</a></li>"
           "<li><a href=\"/a3\">Thông báo lịch tiếp công dân tháng 1</a></li></ul>"
           "<div class=\"box-title\">Thống kê truy cập</div><div class=\"counter\">Đang truy cập: 25<br>Tổng lượt truy cập: 1.234.567</div></div>")
FOOTER = ("<div class=\"footer\"><p>" + SITE + "</p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện. Địa chỉ: Khu trung tâm "
          "hành chính, thị trấn Hòa Bình Xanh.</p><p>Điện thoại: 0123.456.789 - Email: ubnd@example.gov.vn</p>"
          "<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>")


def ckeditor_text(text, rng):
    """Escapes text as CKEditor does: some letters as named or numeric entities, some spaces as &nbsp;."""
    out = []
    for ch in text:
        if ch == " ":
            out.append("&nbsp;" if rng.random() < 0.04 else " ")
        elif ch in "<>&\"":
            out.append(html.escape(ch))
        elif ord(ch) > 127 and rng.random() < 0.3:
            name = html.entities.codepoint2name.get(ord(ch))
            out.append(f"&{name};" if name else f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


def styled(text, rng, align="justify"):
    inner = ckeditor_text(text, rng)
    if rng.random() < 0.5:
        inner = f"<span style=\"font-size:14px\"><span style=\"font-family:Arial,Helvetica,sans-serif\">{inner}</span></span>"
    indent = "&nbsp; &nbsp; &nbsp;" if rng.random() < 0.3 else ""
    return f"<p style=\"text-align:{align}\">{indent}{inner}</p>"


def caption_html(text, rng, n):
    """A photo and its caption, centred and bold; broken over two paragraphs at a comma when one goes on in lower case."""
    photo = f"<p style=\"text-align:center\"><img alt=\"\" src=\"/uploads/images/2024/anh{n}.jpg\" style=\"width:600px; height:400px\" /></p>"
    comma = text.find(", ")
    if comma > 10 and comma + 2 < len(text) and text[comma + 2].islower() and rng.random() < 0.5:
        first, second = text[:comma + 1], text[comma + 2:]
        return photo + "".join(f"<p style=\"text-align:center\"><strong><em>{ckeditor_text(part, rng)}</em></strong></p>" for part in (first, second))
    return photo + f"<p style=\"text-align:center\"><strong>{ckeditor_text(text, rng)}</strong></p>"


def wrap(aid, text, gold, rng, furniture):
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    headline, body = lines[0], lines[1:]
    parts = []
    lead_in_h1 = bool(body) and rng.random() < 0.4
    captions = 0
    for i, line in enumerate(body):
        if i == 0 and lead_in_h1:
            parts.append(f"<h1 style=\"text-align:justify\"><span style=\"font-size:14px\">{ckeditor_text(line, rng)}</span></h1>")
        elif i > 0 and len(line) < 200 and not line.endswith((".", ":", ";", "?", "!")) and captions < 3 and rng.random() < 0.6:
            captions += 1
            parts.append(caption_html(line, rng, captions))
        else:
            parts.append(styled(line, rng))
        if rng.random() < 0.15:
            parts.append("<p>&nbsp;</p>")
    byline = None
    if not gold.get("author"):
        printed, byline = rng.choice(BYLINES)
        parts.append(f"<p style=\"text-align:right\"><strong>{ckeditor_text(printed, rng)}</strong></p>")
    heading = rng.choice(["h1", "h2"])
    page = [
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">",
        f"<title>{html.escape(headline)} - {SITE}</title>",
        "<link rel=\"stylesheet\" href=\"/css/style.css\"><script>var site = 1;</script></head><body>",
        MENU if furniture else "",
        "<div class=\"main\"><div class=\"news-detail\">",
        f"<{heading} class=\"title-news\">{ckeditor_text(headline, rng)}</{heading}>",
        "<div class=\"date-news\">Ngày đăng: 12/01/2024 08:30 | Lượt xem: 345</div>",
        "<div class=\"content-news\">", "\n".join(parts), "</div>",
        "<div class=\"tools\"><a href=\"#\">In bài viết</a> | <a href=\"#\">Gửi email</a></div>",
        "<div class=\"other-news\"><div class=\"box-title\">Các tin khác</div><ul><li><a href=\"/b1\">Tin khác một</a></li></ul></div>" if furniture else "",
        "</div>", SIDEBAR if furniture else "", "</div>", FOOTER if furniture else "", "</body></html>",
    ]
    return "\n".join(page), {"title": headline, "author": byline, "leadInH1": lead_in_h1, "captions": captions}


def shingle_f1(expected, predicted):
    """Per-page precision and recall of token 4-gram shingles, as score_extraction.py computes them."""
    def shingles(t):
        toks = re.findall(r"\w+", t)
        if len(toks) <= 4:
            return {tuple(toks): 1} if toks else {}
        out = {}
        for i in range(len(toks) - 3):
            k = tuple(toks[i:i + 4])
            out[k] = out.get(k, 0) + 1
        return out
    e, p = shingles(expected), shingles(predicted)
    tp = sum(min(c, e.get(k, 0)) for k, c in p.items())
    fp = sum(p.values()) - tp
    fn = sum(e.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def strip_tags(page):
    page = re.sub(r"(?is)<(script|style|title)\b.*?</\1>", " ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def score(out, cli):
    cli = shlex.split(cli)
    results = {}
    for kind in ("pages", "texts"):
        pred = os.path.join(out, f"extract-{kind}.jsonl")
        subprocess.run(cli + ["extract", os.path.join(out, kind), "-o", pred, "--progress", "off"], check=True)
        run = subprocess.run([sys.executable, SCORER, os.path.join(out, "gold"), pred], capture_output=True, text=True)
        print(f"== extract on {kind}\n" + run.stdout)
        results[kind] = run.stdout.strip().splitlines()[-1]
    clean = os.path.join(out, "clean.jsonl")
    subprocess.run(cli + ["clean", os.path.join(out, "pages"), "-o", clean], check=True)
    sums = {"clean": [0.0, 0.0], "clean (no captions)": [0.0, 0.0], "strip tags": [0.0, 0.0]}
    # "clean": the title (unless a paragraph is the headline) and every paragraph, captions in their place.
    n = 0
    for line in open(clean, encoding="utf-8"):
        rec = json.loads(line)
        aid = os.path.splitext(os.path.basename(rec["source"]["path"]))[0]
        with open(os.path.join(CORPUS, "texts", aid + ".txt"), encoding="utf-8") as fh:
            truth = fh.read()
        with open(os.path.join(out, "pages", aid + ".html"), encoding="utf-8") as fh:
            page = fh.read()
        paragraphs = list(zip(rec.get("paragraphs", []), rec.get("sections", [])))
        headline = [] if any(s == "headline" for _, s in paragraphs) else [rec.get("title") or ""]
        text = "\n\n".join(headline + [p for p, _ in paragraphs])
        no_caption = "\n\n".join(headline + [p for p, s in paragraphs if s != "caption"])
        for name, predicted in (("clean", text), ("clean (no captions)", no_caption), ("strip tags", strip_tags(page))):
            p, r = shingle_f1(truth, predicted)
            sums[name][0] += p
            sums[name][1] += r
        n += 1
    print(f"== clean text against the article text (title + text), {n} pages, 4-gram shingle F1")
    for name, (p, r) in sums.items():
        p, r = p / n, r / n
        print(f"{name:22s} P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
    with open(os.path.join(out, "expected.json"), encoding="utf-8") as fh:
        expected = json.load(fh)
    title = author = 0
    for line in open(os.path.join(out, "extract-pages.jsonl"), encoding="utf-8"):
        rec = json.loads(line)
        aid = os.path.splitext(os.path.basename(rec["source"]["path"]))[0]
        title += rec.get("title") == expected[aid]["title"]
        author += rec.get("author") == (expected[aid]["author"] or gold_author(aid))
    print(f"pages: headline {title}/{len(expected)}, byline {author}/{len(expected)} (the added byline, else the gold author)")
    print(f"facts: pages {results['pages']} / texts {results['texts']}")


def gold_author(aid):
    with open(os.path.join(CORPUS, "gold", aid + ".json"), encoding="utf-8") as fh:
        return json.load(fh).get("author")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--split", choices=["all", "train", "dev"], default="all")
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--cli", default=CLI, help="the command that runs vnextract (default: the Release build)")
    ap.add_argument("--no-furniture", action="store_true", help="no menu, sidebar or footer (a boilerplate-free page)")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    if out == REPO or out.startswith(REPO + os.sep):
        print("OUT_DIR must lie outside the repository (the texts belong to their publishers)", file=sys.stderr)
        return 2
    with open(os.path.join(CORPUS, "split.json"), encoding="utf-8") as fh:
        split = json.load(fh)
    ids = split["train"] + split["dev"] if args.split == "all" else split[args.split]
    for sub in ("pages", "texts", "gold"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    expected = {}
    for aid in sorted(ids):
        with open(os.path.join(CORPUS, "texts", aid + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        with open(os.path.join(CORPUS, "gold", aid + ".json"), encoding="utf-8") as fh:
            gold = json.load(fh)
        rng = random.Random(f"{args.seed}:{aid}")
        page, facts = wrap(aid, text, gold, rng, not args.no_furniture)
        with open(os.path.join(out, "pages", aid + ".html"), "w", encoding="utf-8") as fh:
            fh.write(page)
        for sub, ext in (("texts", ".txt"), ("gold", ".json")):
            link = os.path.join(out, sub, aid + ext)
            if not os.path.lexists(link):
                os.symlink(os.path.join(CORPUS, sub, aid + ext), link)
        expected[aid] = facts
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    print(f"{len(ids)} pages in {os.path.join(out, 'pages')}")
    if args.score:
        score(out, args.cli)
    return 0


if __name__ == "__main__":
    sys.exit(main())
