#!/usr/bin/env python3
"""Builds the Vietnamese test pages of corpus/html from the five seed articles.

The seed texts (../seeds/*.txt) are split into
their parts by hand-written rules below (which paragraph is the title, a caption, the
byline ...); each article is then laid out in one of three page templates of the kinds
Vietnamese district portals and party newspapers use, and some pages are written in a
legacy encoding. For every page, <name>.expected.json holds what the cleaner must return.

Run from anywhere: python3 corpus/html/make_pages.py   (standard library only)
"""
import html
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def paras(name):
    text = (HERE.parent / "seeds" / name).read_text(encoding="utf-8")
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def norm(text):
    """One line, NBSP as space, whitespace collapsed: what a paragraph of the cleaner looks like."""
    return " ".join(text.replace("\u00a0", " ").split())


# ---------------------------------------------------------------- the articles, by reading them
def article_000():
    p = paras("000_ff7d39b31a9b4b41.txt")
    title, dateline = p[1].split("\n")
    body = [p[2], p[3], p[4], ("caption", p[5]), p[6], p[7], p[8], ("caption", p[9]), p[10], ("caption", p[11]), p[12], p[13]]
    return dict(key="000", breadcrumb=p[0], title=title, dateline=dateline, date="2021-01-21", body=body, author_line=p[14], author="Văn Mạnh")


def article_001():
    p = paras("001_1c045eeace23cd0c.txt")
    title, first = p[0].split("\n", 1)
    body = [first, p[1], ("caption", p[3] + "\n" + p[4]), *p[5:12], ("caption", p[13] + "\n" + p[14]), *p[15:18]]
    return dict(key="001", breadcrumb="Xây dựng Đảng", title=title, dateline=None, date=None, body=body, author_line=None, author=None, alt=p[2])


def article_002():
    p = paras("002_fe65192195054a7f.txt")
    return dict(key="002", breadcrumb="Tin tức - Sự kiện", title=p[0], dateline=None, date=None, body=p[1:7], author_line=p[7], author="Vy Thuỷ")


def article_003():
    p = paras("003_2bf1a7b59258f604.txt")
    body = [p[3], ("caption", p[4]), *p[5:10]]
    return dict(key="003", breadcrumb="Xây dựng Đảng", title=p[1], dateline=p[2], date="2021-01-14", body=body,
                author_line=p[10].split("\n")[0], author="Nguyễn Mai")


def article_004():
    p = paras("004_b0ee8182aae32fab.txt")
    # The seed has no headline; this one is written from its first sentence.
    return dict(key="004", breadcrumb="Hoạt động", title="Huyện ủy Mỹ Lộc tổng kết công tác xây dựng Đảng năm 2021",
                dateline=None, date=None, body=p[0:3], author_line=p[3], author="Vũ Nam", raw_lines=True)


# ---------------------------------------------------------------- page furniture
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Xây dựng Đảng", "Chính quyền", "Mặt trận - Đoàn thể", "Văn bản", "Liên hệ"]
RELATED = ["Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 3", "Kết nạp đảng viên mới tại chi bộ thôn Đông",
           "Tổng kết công tác dân vận năm 2020", "Trao huy hiệu 50 năm tuổi Đảng cho các đảng viên"]
FOOTER = ("Cơ quan chủ quản: Ủy ban nhân dân huyện. Địa chỉ: số 1 đường Trung tâm, thị trấn. "
          "Điện thoại: 024.3384.0000. Ghi rõ nguồn khi phát hành lại thông tin từ website này.")


def e(text):
    return html.escape(text, quote=True).replace("\u00a0", "&nbsp;")


def body_html(article, style):
    out = []
    for item in article["body"]:
        if isinstance(item, tuple):
            cap = item[1]
            if style == "A":
                out.append('<table class="image" align="center"><tr><td><img src="/images/hoinghi.jpg" alt="%s"></td></tr>'
                           '<tr><td class="image_desc">%s</td></tr></table>' % (e(article.get("alt", "")), e(cap).replace("\n", "<br>")))
            elif style == "B":
                out.append('<figure class="image"><img src="/images/hoinghi.jpg" alt="%s"><figcaption>%s</figcaption></figure>'
                           % (e(article.get("alt", "")), e(cap).replace("\n", "<br>")))
            else:
                out.append('<p align="center"><img src="/images/hoinghi.jpg"></p><p align="center"><em>%s</em></p>' % e(cap).replace("\n", "<br>"))
            continue
        if article.get("raw_lines"):
            lines = item.split("\n")
            # Source line breaks inside a Word-pasted paragraph; one paragraph uses <br> instead.
            sep = "<br>\n" if item is article["body"][1] else "\n"
            text = sep.join(e(l) for l in lines)
            text = text.replace("Đảng ", "Đảng\u200b ", 1)
            out.append('<p class="MsoNormal" style="text-align:justify">%s</p>' % text)
        else:
            out.append("<p>%s</p>" % e(item))
    if article["author_line"]:
        line = e(article["author_line"]).replace("\n", "<br>")
        out.append('<p style="text-align:right"><strong>%s</strong></p>' % line)
    return "\n".join(out)


def layout_a(article, charset, font=None):
    """District portal (ASP.NET, tables): banner, site date, menu, left column, comment form, other news."""
    font_css = "body, td, p { font-family: '%s'; }" % font if font else ""
    date_div = '<div class="date">%s</div>' % e(article["dateline"]) if article["dateline"] else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{e(article["title"])} - Cổng thông tin điện tử huyện</title>
<style type="text/css">{font_css} .menu a {{ color: #fff; }}</style>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
</head><body>
<form name="aspnetForm" method="post" action="./ChiTiet.aspx?id=1234" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td class="banner"><img src="/images/banner.jpg" alt="Cổng thông tin điện tử huyện" /></td></tr>
<tr><td class="ngayhientai">Hà Nội, ngày 26-01-2021</td></tr>
<tr><td class="menu"><ul>{"".join(f'<li><a href="/{i}">{e(m)}</a></li>' for i, m in enumerate(MENU))}</ul></td></tr>
<tr><td><table width="100%"><tr>
<td width="220" valign="top" class="cotrai">
<div class="boxtitle">Danh mục</div>
<ul class="menudoc">{"".join(f'<li><a href="/dm/{i}">{e(m)}</a></li>' for i, m in enumerate(MENU[2:]))}</ul>
<div class="boxtitle">Thống kê truy cập</div><div class="counter">Lượt truy cập: 1.234.567</div>
</td>
<td valign="top" class="noidungchinh">
<div class="breadcrumb"><a href="/dang-doan-the">{e(article["breadcrumb"])}</a></div>
<h1 class="tieude">{e(article["title"])}</h1>
{date_div}
<div class="noidung">
{body_html(article, "A")}
</div>
<div class="congcu"><a href="#">In bài</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>
<div class="phanhoi"><h3>Phản hồi</h3>
<table><tr><td>Họ tên</td><td><input type="text" name="hoten" /></td></tr>
<tr><td>Nội dung</td><td><textarea name="noidung"></textarea></td></tr></table>
<input type="submit" value="Gửi" /></div>
<div class="tinkhac"><h3>Các tin khác</h3><ul>{"".join(f'<li><a href="/tin/{i}">{e(r)}</a> (20/01/2021)</li>' for i, r in enumerate(RELATED))}</ul></div>
</td></tr></table></td></tr>
<tr><td class="footer">{e(FOOTER)}</td></tr>
</table></form></body></html>
"""


def layout_b(article, charset):
    """Party newspaper (div-based): header nav, share bar, figure captions, related box, comments, date picker, sidebar."""
    date_div = f'<div class="meta"><span class="date">{e(article["dateline"])}</span></div>' if article["dateline"] else ""
    og_date = f'<meta property="article:published_time" content="{article["date"]}T08:00:00+07:00" />' if article["date"] else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Báo điện tử Đảng bộ thành phố">
<meta property="og:title" content="{e(article["title"])}">
{og_date}
<title>{e(article["title"])} | Báo điện tử Đảng bộ thành phố</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<header class="site-header"><div class="top-bar"><span class="today">Hà Nội, ngày 26-01-2021</span>
<a href="/dang-nhap">Đăng nhập</a></div>
<div class="logo"><a href="/"><img src="/logo.png" alt="Báo điện tử"></a></div>
<nav class="main-nav"><ul>{"".join(f'<li><a href="/c/{i}">{e(m)}</a></li>' for i, m in enumerate(MENU))}</ul></nav></header>
<main class="container"><div class="row">
<div class="col-main">
<div class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/xay-dung-dang">{e(article["breadcrumb"])}</a></div>
<article class="article-detail">
<h1 class="article-title">{e(article["title"])}</h1>
{date_div}
<div class="share-bar"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> <a href="#" class="print">In bài viết</a> <span class="font-size">Cỡ chữ</span></div>
<div class="article-content">
{body_html(article, "B")}
</div>
<div class="tags">Từ khóa: <a href="/tag/xay-dung-dang">xây dựng Đảng</a>, <a href="/tag/tong-ket">tổng kết</a></div>
</article>
<section class="related-news"><h2>Tin liên quan</h2><ul>{"".join(f'<li><a href="/r/{i}">{e(r)}</a></li>' for i, r in enumerate(RELATED))}</ul></section>
<section class="comments"><h2>Bình luận</h2>
<form action="/binhluan/gui" method="post"><input name="ten" placeholder="Họ và tên"><textarea name="noidung" placeholder="Nội dung"></textarea><button>Gửi bình luận</button></form></section>
<div class="archive"><span>Chọn ngày:</span> <select><option>26</option></select> / <select><option>01</option></select> / <select><option>2021</option></select></div>
</div>
<aside class="sidebar"><h3>Tin đọc nhiều</h3><ul>{"".join(f'<li><a href="/m/{i}">{e(r)}</a></li>' for i, r in enumerate(reversed(RELATED)))}</ul>
<div class="view-count">Lượt xem: 2.345</div></aside>
</div></main>
<footer class="site-footer"><p>{e(FOOTER)}</p><p>© 2021 Báo điện tử Đảng bộ thành phố</p></footer>
</body></html>
"""


def layout_c(article, charset, font=None):
    """Legacy CMS with Word-pasted content: font tags, nested tables, counters, no metadata."""
    font_attr = f' face="{font}"' if font else ""
    date_div = f'<tr><td class="ngaydang"><font size="1">{e(article["dateline"])}</font></td></tr>' if article["dateline"] else ""
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{e(article["title"])}</title>
</head><body bgcolor="#ffffff">
<div id="header"><img src="/anh/logo.gif"><span id="ngaythang">Hà Nội, ngày 26-01-2021</span></div>
<div id="menu">{" | ".join(f'<a href="/m{i}.htm">{e(m)}</a>' for i, m in enumerate(MENU))}</div>
<table width="960" border="0"><tr>
<td width="200" valign="top" id="left"><b>Liên kết website</b><br><a href="http://a.gov.vn">Cổng thông tin Chính phủ</a><br><a href="http://b.gov.vn">Báo Nhân Dân</a></td>
<td valign="top"><table width="100%">
<tr><td class="duongdan"><font{font_attr}>{e(article["breadcrumb"])}</font></td></tr>
<tr><td class="tieude"><font{font_attr} size="4"><b>{e(article["title"])}</b></font></td></tr>
{date_div}
<tr><td id="noidung"><font{font_attr}>
{body_html(article, "C")}
</font></td></tr>
<tr><td class="luotxem">Lượt xem: 317 &nbsp; | &nbsp; <a href="javascript:window.print()">In bài</a> &nbsp; | &nbsp; <a href="#">Gửi cho bạn bè</a></td></tr>
<tr><td><b>Các tin đã đưa</b><br>{"<br>".join(f'<a href="/t{i}.htm">- {e(r)}</a>' for i, r in enumerate(RELATED))}</td></tr>
</table></td></tr></table>
<div id="footer">{e(FOOTER)}</div>
</body></html>
"""


# ---------------------------------------------------------------- legacy encodings
TCVN3_HIGH = ("\u00A0ĂÂÊÔƠƯĐăâêôơưđ\u1EB0\u0300\u0309\u0303\u0301\u0323àảãáạ\u1EB2ằẳẵắ\u1EB4\u1EAEẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ")


def encode_tcvn3(text):
    table = {ch: 0xA0 + i for i, ch in enumerate(TCVN3_HIGH) if not unicodedata.combining(ch)}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in table:
            out.append(table[ch])
        elif ch.lower() in table:  # toned capitals need the .VnTimeH font; plain .VnTime writes the small letter
            out.append(table[ch.lower()])
        else:
            out += ch.encode("cp1252")
    return bytes(out)


VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_CIRC = {None: "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
VNI_BREVE = {None: "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def encode_vni(text):
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        if not marks or base.lower() not in "aeiouy":
            out.append(ch)
            continue
        upper = base.isupper()
        shape = next((m for m in marks if m in "\u0302\u0306\u031b"), None)
        tone = next((m for m in marks if m in VNI_TONE), None)
        if base.lower() == "i":
            piece = VNI_I[tone]
        elif base.lower() == "y" and tone == "\u0323":
            piece = "î"
        elif shape == "\u031b":  # horn: ơ ư are letters, then the tone
            piece = ("ô" if base.lower() == "o" else "ö") + (VNI_TONE[tone] if tone else "")
            base = ""
        elif shape == "\u0302":
            piece = base + VNI_CIRC[tone]
            base = ""
        elif shape == "\u0306":
            piece = base + VNI_BREVE[tone]
            base = ""
        else:
            piece = base + VNI_TONE[tone]
            base = ""
        out.append(piece.upper() if upper else piece)
    return "".join(out).encode("cp1252")


def encode_cp1258(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = [m for m in d if m in "\u0300\u0301\u0303\u0309\u0323"]
        base = unicodedata.normalize("NFC", "".join(m for m in d if m not in "\u0300\u0301\u0303\u0309\u0323"))
        out += base.encode("cp1258") + "".join(tone).encode("cp1258")
    return bytes(out)


def mojibake(text):
    """UTF-8 bytes read as Windows-1252, the five bytes 1252 leaves undefined read as their C1
    controls (as browsers and Latin-1 decoders do); then saved again as UTF-8."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


# ---------------------------------------------------------------- pages
def expected(article, warning=None):
    body = [norm(x) for x in article["body"] if not isinstance(x, tuple)]
    captions = [norm(x[1].replace("\n", " ")) for x in article["body"] if isinstance(x, tuple)]
    return {
        "title": article["title"],
        "publishedAt": article["date"],
        "author": article["author"],
        "paragraphs": body,
        "captions": captions,
        "warning": warning,
    }


def main():
    a0, a1, a2, a3, a4 = article_000(), article_001(), article_002(), article_003(), article_004()
    pages = [
        ("myduc-portal", layout_a(a0, "utf-8").encode("utf-8"), expected(a0)),
        ("myhao-newspaper", layout_b(a1, "utf-8").encode("utf-8"), expected(a1)),
        ("phuctho-newspaper", layout_b(a3, "utf-8").encode("utf-8"), expected(a3)),
        ("myloc-legacy", layout_c(a4, "utf-8").encode("utf-8"), expected(a4)),
        ("coquan-windows1258", encode_cp1258(layout_c(a2, "windows-1258")), expected(a2, "windows-1258")),
        ("coquan-tcvn3", encode_tcvn3(layout_a(a2, "iso-8859-1", ".VnTime")), expected(a2, "TCVN3")),
        ("phuctho-vni", encode_vni(layout_c(a3, "windows-1252", "VNI-Times")), expected(a3, "VNI")),
        ("myduc-mojibake", mojibake(layout_b(a0, "utf-8")).encode("utf-8"), expected(a0, "mojibake")),
    ]
    # Every seed in all three layouts (UTF-8), besides the pages above.
    layouts = {"a": layout_a, "b": layout_b, "c": layout_c}
    have = {("000", "a"), ("001", "b"), ("003", "b"), ("004", "c")}
    for article in (a0, a1, a2, a3, a4):
        for letter, layout in layouts.items():
            if (article["key"], letter) not in have:
                pages.append((f"seed{article['key']}-layout-{letter}", layout(article, "utf-8").encode("utf-8"), expected(article)))
    for name, data, exp in pages:
        (HERE / f"{name}.html").write_bytes(data)
        (HERE / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name, len(data))


if __name__ == "__main__":
    main()
