#!/usr/bin/env python3
"""make_corpus.py - builds the blind-21 labelled test corpus of replies to ITU circular CI-19/35.

Deterministic and stdlib-only (Python 3.11). Writes messages/*.eml and labels.jsonl next to this
file, then re-reads everything it wrote and validates it against corpus/SCHEMA.md; exits 1 on any
problem. No clock is read and no randomness is used: every identifier, boundary, IP address and
queue id is derived from a SHA-256 of the message key.

Layout of this file:
  1. infrastructure (MIME building, headers, attachments, quoted circular texts)
  2. the messages, one add(...) call each, grouped by language
  3. writing and validation
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import quopri
import re
import struct
import sys
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.jsonl")

UTC = _dt.timezone.utc
GVA = _dt.timezone(_dt.timedelta(hours=2))          # Geneva, summer time 2019
DEADLINE = _dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=GVA)
SESSIONS = ("budapest-2019", "cwg-2020", "wsis-2020")
BUD, CWG, WSIS = SESSIONS
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry",
         "auto_reply", "bounce", "unrelated")
CIRC_ID = "<1D2C6B0E7A4F4E1B9C0D3A5E8F1B2C4D@GVAEXCH02.itu.int>"   # Message-ID of the circular e-mail
CIRC_DATE = "Tue, 23 Jul 2019 17:32:08 +0200"

# ---------------------------------------------------------------------------------------------
# 1. infrastructure
# ---------------------------------------------------------------------------------------------

def H(key, n=16, alphabet="0123456789abcdef"):
    """deterministic pseudo-random string derived from key"""
    out = []
    i = 0
    while len(out) < n:
        d = hashlib.sha256(f"{key}#{i}".encode()).digest()
        for b in d:
            out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out[:n])


def HN(key, lo, hi):
    d = hashlib.sha256(key.encode()).digest()
    return lo + int.from_bytes(d[:6], "big") % (hi - lo + 1)


def tzobj(s):
    sign = 1 if s[0] == "+" else -1
    return _dt.timezone(sign * _dt.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def fmt_date(d, comment=None):
    s = format_datetime(d)
    return f"{s} ({comment})" if comment else s


# ---- RFC 2047 ------------------------------------------------------------------------------

def _ew1(s, cs, enc):
    b = s.encode(cs)
    if enc == "B":
        return f"=?{cs}?B?{base64.b64encode(b).decode()}?="
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={x:02X}")
    return f"=?{cs}?Q?{''.join(out)}?="


def ewords(s, cs="utf-8", enc="B", maxlen=75):
    words, chunk = [], ""
    for ch in s:
        cand = chunk + ch
        if chunk and len(_ew1(cand, cs, enc)) > maxlen:
            words.append(_ew1(chunk, cs, enc))
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(_ew1(chunk, cs, enc))
    return words


def hdr_text(s, cs="utf-8", enc="B"):
    """header value for unstructured text (Subject, Thread-Topic)"""
    if s.isascii():
        if len(s) <= 66:
            return s
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 66:
                lines.append(cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        lines.append(cur)
        return "\n ".join(lines)
    return "\n ".join(ewords(s, cs, enc))


_SPECIALS = set('()<>[]:;@\\,."')


def A(name, email=None, cs="utf-8", enc="B"):
    """an address: A('Name', 'x@y') or A('x@y')"""
    if email is None:
        return name
    if not name:
        return f"<{email}>"
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{email}>'
        return f"{name} <{email}>"
    return "\n ".join(ewords(name, cs, enc)) + f" <{email}>"


def addr_list(items):
    if items is None:
        return None
    if isinstance(items, str):
        return items
    return ",\n\t".join(items)


# ---- MIME tree -----------------------------------------------------------------------------

class Leaf:
    def __init__(self, ctype, payload, cte, params=(), disp=None, extra=(), name=None):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.params, self.disp, self.extra, self.name = list(params), disp, list(extra), name


class Multi:
    def __init__(self, subtype, parts, params=(), preamble=None, boundary=None):
        self.subtype, self.parts, self.params = subtype, parts, list(params)
        self.preamble, self.boundary = preamble, boundary


def _param(k, v):
    if v.isascii():
        return f'{k}="{v}"'
    from urllib.parse import quote
    return f"{k}*=utf-8''{quote(v, safe='')}"


def _encode_body(data, cte):
    if cte == "7bit":
        data.decode("ascii")
        return data
    if cte == "8bit":
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def T(s, cs="utf-8", cte="quoted-printable", sub="plain", flowed=False, quote_cs=True, lang=None,
      delsp=False):
    """a text leaf"""
    if s.startswith("\n"):
        s = s[1:]
    if flowed:
        s = flow(s)
    data = s.encode(cs)
    if cte == "base64":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    params = [f'charset="{cs}"' if quote_cs else f"charset={cs}"]
    if flowed:
        params.append("format=flowed")
        if delsp:
            params.append("delsp=yes")
    extra = [f"Content-Language: {lang}"] if lang else []
    return Leaf(f"text/{sub}", _encode_body(data, cte), cte, params, extra=extra)


def Att(data, ctype, filename, cte="base64", inline=False, cid=None, extra=(), rfc2231=True):
    params = [_param("name", filename)]
    disp = ("inline; " if inline else "attachment; ") + _param("filename", filename)
    if extra:
        disp += "".join("; " + e for e in extra)
    ex = []
    if cid:
        ex.append(f"Content-ID: <{cid}>")
    return Leaf(ctype, _encode_body(data, cte), cte, params, disp=disp, extra=ex, name=filename)


def Fwd(msg_bytes, filename=None):
    """message/rfc822 attachment"""
    msg_bytes.decode("ascii")
    disp = "attachment" + (f"; {_param('filename', filename)}" if filename else "")
    return Leaf("message/rfc822", msg_bytes, "7bit", [], disp=disp)


def flow(s):
    """format=flowed soft wrapping at 72 columns"""
    out = []
    for line in s.split("\n"):
        if line.startswith(">") or len(line) <= 76:
            out.append(line.rstrip(" ") if line.strip() else "")
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join((" " + l if l.startswith("From ") else l) for l in out)


BSTYLE = {
    "outlook": lambda k, i: f"_{i:03d}_{H(k, 24).upper()}EXCH{H(k + 'x', 2)}_",
    "o365": lambda k, i: f"_{i:03d}_{H(k, 8).upper()}PR{H(k, 2).upper()}MB{H(k + 'm', 4)}eurprd0{HN(k, 1, 9)}prod_",
    "gmail": lambda k, i: f"000000000000{H(k + str(i), 12)}",
    "thunderbird": lambda k, i: f"------------{H(k + str(i), 24, '0123456789ABCDEF')}",
    "apple": lambda k, i: "Apple-Mail=_" + "-".join(H(k + str(i), n, "0123456789ABCDEF") for n in (8, 4, 4, 4, 12)),
    "roundcube": lambda k, i: f"=_{H(k + str(i), 32)}",
    "javamail": lambda k, i: f"----=_Part_{HN(k + str(i), 100000, 999999)}_{HN(k, 10000000, 99999999)}.{HN(k + 't', 1565000000000, 1566999999999)}",
    "nextpart": lambda k, i: f"----=_NextPart_000_{H(k + str(i), 4).upper()}_01D5{H(k, 4).upper()}.{H(k + 'n', 8).upper()}",
    "qq": lambda k, i: f"----=_NextPart_5D{H(k + str(i), 6).upper()}_{H(k, 8).upper()}_{H(k + 'q', 8)}",
    "mailru": lambda k, i: f"--ALT--{H(k + str(i), 8)}{HN(k, 1564000000, 1566999999)}",
    "notes": lambda k, i: f"=_alternative 00{H(k + str(i), 6).upper()}C125844B_=",
    "plain": lambda k, i: f"=_{H(k + str(i), 20)}",
}


def serialize(node, key, style, counter):
    """returns (header lines, body bytes)"""
    if isinstance(node, Leaf):
        ct = node.ctype + "".join("; " + p for p in node.params)
        if len(ct) > 70 and node.params:
            ct = node.ctype + ";\n\t" + ";\n\t".join(node.params)
        lines = [f"Content-Type: {ct}"]
        if node.disp:
            d = node.disp if len(node.disp) < 70 else node.disp.replace("; ", ";\n\t")
            lines.append(f"Content-Disposition: {d}")
        lines.append(f"Content-Transfer-Encoding: {node.cte}")
        lines += node.extra
        return lines, node.payload
    counter[0] += 1
    b = node.boundary or BSTYLE[style](key, counter[0])
    params = [f'boundary="{b}"'] + node.params
    ct = f"multipart/{node.subtype};\n\t" + ";\n\t".join(params)
    out = io.BytesIO()
    if node.preamble:
        out.write(node.preamble.encode("ascii") + b"\n")
    for p in node.parts:
        hl, body = serialize(p, key, style, counter)
        out.write(f"\n--{b}\n".encode() if out.tell() else f"--{b}\n".encode())
        out.write(("\n".join(hl) + "\n\n").encode("ascii"))
        out.write(body.rstrip(b"\n"))
    out.write(f"\n--{b}--\n".encode())
    return [f"Content-Type: {ct}"], out.getvalue()


# ---- text to HTML renderers ----------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def _inline(s):
    s = _html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = EMAIL_RE.sub(lambda m: f'<a href="mailto:{m.group(0)}">{m.group(0)}</a>', s)
    return s


def plain_of(text, table="tab"):
    """strip the tiny markup used in bodies: **bold**, |table|rows|"""
    out = []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table == "tab":
                out.append("\t".join(cells))
            elif table == "grid":
                out.append("| " + " | ".join(cells) + " |")
            else:
                out.append("  ".join(cells))
        else:
            out.append(line)
    return re.sub(r"\*\*(.+?)\*\*", r"\1", "\n".join(out))


def _blocks(text):
    """split into blocks: ('p', [lines]) ('table', [rows]) ('quote', text) ('hr',)"""
    lines = text.split("\n")
    blocks, cur, i = [], [], 0
    def flush():
        if cur:
            blocks.append(("p", cur[:]))
            cur.clear()
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            blocks.append(("table", rows))
            continue
        if ln.startswith(">"):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i][2:] if lines[i].startswith("> ") else lines[i][1:])
                i += 1
            blocks.append(("quote", "\n".join(q)))
            continue
        if ln.startswith("____") or ln.startswith("-----Original") or ln.startswith("----- Original"):
            flush()
            blocks.append(("hr", ln))
            i += 1
            continue
        if not ln.strip():
            flush()
            blocks.append(("blank",))
        else:
            cur.append(ln)
        i += 1
    flush()
    return blocks


def html_outlook(text, cs="utf-8", lang="EN-US", font="Calibri", rtl=False, size="11.0pt", sig_img=None):
    dir_attr = ' dir="rtl"' if rtl else ""
    align = ' style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    body = []
    for b in _blocks(text):
        if b[0] == "p":
            for ln in b[1]:
                body.append(f'<p class="MsoNormal"{align}><span lang="{lang}">{_inline(ln)}<o:p></o:p></span></p>')
        elif b[0] == "blank":
            body.append(f'<p class="MsoNormal"{align}><span lang="{lang}"><o:p>&nbsp;</o:p></span></p>')
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join(
                    f'<td width="{int(600 / len(r))}" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                    f'<p class="MsoNormal"{align}><span lang="{lang}">{_inline(c)}<o:p></o:p></span></p></td>' for c in r)
                rows.append(f"<tr>{cells}</tr>")
            body.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"'
                        f'{dir_attr} style="border-collapse:collapse;border:none">' + "".join(rows) + "</table>")
        elif b[0] == "quote":
            body.append('<div style="border:none;border-left:solid #1F4E79 1.5pt;padding:0cm 0cm 0cm 4.0pt">'
                        + "".join(f'<p class="MsoNormal">{_inline(l) or "&nbsp;"}<o:p></o:p></p>' for l in b[1].split("\n"))
                        + "</div>")
        elif b[0] == "hr":
            if b[1].startswith("____"):
                body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
            else:
                body.append(f'<p class="MsoNormal">{_inline(b[1])}<o:p></o:p></p>')
    if sig_img:
        body.append(f'<p class="MsoNormal"><img width="120" height="40" id="Picture_x0020_1" src="cid:{sig_img}" alt="logo"><o:p></o:p></p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        f'@font-face\n\t{{font-family:{font};}}\n'
        f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:{size};\n\tfont-family:"{font}",sans-serif;}}\n'
        'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
        '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
        '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n'
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72"{dir_attr}>\n<div class="WordSection1">\n'
        + "\n".join(body) + "\n</div>\n</body>\n</html>\n")


def html_gmail(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = []
    for b in _blocks(text):
        if b[0] == "p":
            out.append("".join(f"<div>{_inline(l)}</div>" for l in b[1]))
        elif b[0] == "blank":
            out.append("<div><br></div>")
        elif b[0] == "table":
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">' + "".join(
                "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] == "quote":
            out.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>\n".join(_inline(l) for l in b[1].split("\n")) + "</blockquote></div>")
        elif b[0] == "hr":
            out.append(f"<div>{_inline(b[1])}</div>")
    return f'<div{d}>' + "\n".join(out) + "</div>\n"


def html_simple(text, font="Arial", size="10pt", rtl=False, wrapper="div"):
    d = ' dir="rtl"' if rtl else ""
    out = []
    for b in _blocks(text):
        if b[0] == "p":
            out.append("<br>\n".join(_inline(l) for l in b[1]) + "<br>")
        elif b[0] == "blank":
            out.append("<br>")
        elif b[0] == "table":
            out.append('<table border="1" cellspacing="0" cellpadding="3">' + "".join(
                "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in r) + "</tr>" for r in b[1]) + "</table>")
        elif b[0] == "quote":
            out.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px">'
                       + "<br>\n".join(_inline(l) for l in b[1].split("\n")) + "</blockquote>")
        elif b[0] == "hr":
            out.append(f"<hr>{_inline(b[1])}<br>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            f'<body{d}><{wrapper} style="font-family:{font};font-size:{size}">\n' + "\n".join(out)
            + f"\n</{wrapper}></body></html>\n")


def ALT(text, style="outlook", cs="utf-8", cte="quoted-printable", hcte=None, lang="EN-US", rtl=False,
        table="tab", font="Calibri", pcs=None, html=None, sig_img=None, flowed=False, size="10pt"):
    """multipart/alternative with plain + HTML rendered from the same text"""
    if text.startswith("\n"):
        text = text[1:]
    if html is None:
        if style == "outlook":
            html = html_outlook(text, cs, lang, font, rtl, sig_img=sig_img)
        elif style == "gmail":
            html = html_gmail(text, rtl)
        else:
            html = html_simple(text, font=font, size=size, rtl=rtl)
    plain = plain_of(text, table)
    if style == "gmail":
        plain = "\n".join(("> " + l[2:] if l.startswith("> ") else l) for l in plain.split("\n"))
    return Multi("alternative", [T(plain, pcs or cs, cte, flowed=flowed), T(html, cs, hcte or cte, sub="html")])


def P(text, cs="utf-8", cte="quoted-printable", table="grid", flowed=False, quote_cs=True):
    """a single plain text part"""
    if text.startswith("\n"):
        text = text[1:]
    return T(plain_of(text, table), cs, cte, flowed=flowed, quote_cs=quote_cs)


# ---- attachments: PDF, DOCX, PNG -----------------------------------------------------------

def _pdf_str(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def PDF(lines, title="", producer="Microsoft\xae Word 2016", author="", compress=True):
    """one-page PDF with Helvetica text (WinAnsi); lines are cp1252-encodable"""
    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"72 770 Td"]
    for ln in lines:
        if ln.startswith("# "):
            ops += [b"/F2 12 Tf", _pdf_str(ln[2:]) + b" Tj", b"/F1 11 Tf", b"T*"]
        else:
            ops += [_pdf_str(ln) + b" Tj", b"T*"]
    ops.append(b"ET")
    stream = b"\n".join(ops)
    filt = b""
    if compress:
        stream = zlib.compress(stream, 9)
        filt = b" /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + filt + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) + b" /Producer " + _pdf_str(producer)
        + b" /CreationDate (D:20190801120000+02'00') >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def _zinfo(name):
    zi = zipfile.ZipInfo(name, date_time=(2019, 8, 1, 10, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    return zi


def DOCX(paras, rtl=False, author="user"):
    """minimal .docx; paras: str (paragraph) or list (table row)"""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    esc = lambda s: _html.escape(s, quote=False)
    bidi = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    rpr = "<w:rPr><w:rtl/></w:rPr>" if rtl else ""
    body, table = [], []
    def flush():
        if table:
            body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + "".join(
                "<w:tr>" + "".join(f"<w:tc><w:p>{bidi}<w:r>{rpr}<w:t xml:space=\"preserve\">{esc(c)}</w:t></w:r></w:p></w:tc>" for c in row)
                + "</w:tr>" for row in table) + "</w:tbl>")
            table.clear()
    for p in paras:
        if isinstance(p, (list, tuple)):
            table.append(p)
            continue
        flush()
        bold = p.startswith("# ")
        t = p[2:] if bold else p
        r = f"<w:rPr><w:b/>{'<w:rtl/>' if rtl else ''}</w:rPr>" if bold else rpr
        body.append(f"<w:p>{bidi}<w:r>{r}<w:t xml:space=\"preserve\">{esc(t)}</w:t></w:r></w:p>")
    flush()
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(_zinfo("[Content_Types].xml"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
        z.writestr(_zinfo("_rels/.rels"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        z.writestr(_zinfo("word/document.xml"), doc)
        z.writestr(_zinfo("docProps/core.xml"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                   f'<dc:creator>{esc(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2019-08-01T10:00:00Z</dcterms:created></cp:coreProperties>')
    return buf.getvalue()


DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def PNG(w=120, h=40, rgb=(0, 84, 147)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---- quoted circular, in the languages it was sent in --------------------------------------

CIRC = {
"en": """Ref: CI-19/35
Contact: Mr Christopher Clark
E-mail: sme@itu.int

Geneva, 23 July 2019

To: Member States of ITU

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your Administration to take part in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will be held on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and other events.

I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session during ITU Telecom World, by 16 August 2019, to the ITU Secretariat at: sme@itu.int

Yours faithfully,
(signed)
Houlin Zhao
Secretary-General""",
"fr": """Réf.: CI-19/35
Contact: M. Christopher Clark
Courriel: sme@itu.int

Genève, le 23 juillet 2019

Aux États Membres de l'UIT

Objet: Sessions de consultation pour les États Membres: "Promouvoir les PME du secteur des technologies et de l'innovation"

Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation intitulée "Promouvoir les PME du secteur des technologies et de l'innovation". La première session aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019, à Budapest (Hongrie). Nous prévoyons d'organiser des sessions analogues pendant les réunions des Groupes de travail du Conseil au début de 2020, ainsi que pendant le Forum du SMSI de 2020 et d'autres manifestations.

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le nom du participant désigné pour la première session de consultation, d'ici au 16 août 2019, au secrétariat de l'UIT à l'adresse suivante: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.
(signé)
Houlin Zhao
Secrétaire général""",
"es": """Ref.: CI-19/35
Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

Ginebra, 23 de julio de 2019

A los Estados Miembros de la UIT

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las PYME tecnológicas e innovadoras"

Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su Administración a participar en una serie de sesiones de consulta tituladas "Fomento de las PYME tecnológicas e innovadoras". La primera sesión se celebrará el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, así como durante el Foro de la CMSI 2020 y otros eventos.

Le agradecería que manifestara su interés e indicara el participante designado para la primera sesión de consulta, a más tardar el 16 de agosto de 2019, a la Secretaría de la UIT en la dirección: sme@itu.int

Atentamente,
(firmado)
Houlin Zhao
Secretario General""",
"ru": """Осн.: CI-19/35
Для контактов: г-н Кристофер Кларк (Mr Christopher Clark)
Эл. почта: sme@itu.int

Женева, 23 июля 2019 года

Государствам – Членам МСЭ

Предмет: Консультационные сессии для Государств-Членов: "Содействие развитию МСП в области технологий и инноваций"

Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу Администрацию принять участие в серии консультационных сессий "Содействие развитию МСП в области технологий и инноваций". Первая сессия состоится 10 сентября 2019 года во время ITU Telecom World 2019 в Будапеште, Венгрия. Мы намерены провести аналогичные сессии во время собраний рабочих групп Совета в начале 2020 года, а также во время Форума ВВУИО 2020 года и других мероприятий.

Буду признателен, если вы сообщите о своей заинтересованности и укажете участника, назначенного для участия в первой консультационной сессии, не позднее 16 августа 2019 года, направив сообщение в секретариат МСЭ по адресу: sme@itu.int

С уважением,
(подпись)
Хоулинь Чжао
Генеральный секретарь""",
"zh": """文号：CI-19/35
联系人：Christopher Clark先生
电子邮件：sme@itu.int

2019年7月23日，日内瓦

致国际电联各成员国

事由：面向成员国的咨询会议：“促进科技和创新型中小企业”

尊敬的先生/女士：

我很高兴邀请贵主管部门参加题为“促进科技和创新型中小企业”的系列咨询会议。首次会议将于2019年9月10日在匈牙利布达佩斯举行的2019年国际电联世界电信展期间召开。我们计划于2020年初理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动期间举办类似会议。

请于2019年8月16日之前向国际电联秘书处（sme@itu.int）表明贵方的兴趣，并告知参加首次咨询会议的人选。

顺致敬意！
（签字）
秘书长
赵厚麟""",
"ar": """المرجع: CI-19/35
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int

جنيف، 23 يوليو 2019

إلى الدول الأعضاء في الاتحاد الدولي للاتصالات

الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،
تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكموم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.
(توقيع)
هولين جاو""",
}
CIRC_SUBJ = {
    "en": "ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    "fr": "Lettre circulaire CI-19/35 de l'UIT: Sessions de consultation pour les États Membres",
    "es": "Carta Circular CI-19/35 de la UIT: Sesiones de consulta para los Estados Miembros",
    "ru": "Циркуляр МСЭ CI-19/35: Консультационные сессии для Государств-Членов",
    "zh": "国际电联通函CI-19/35：面向成员国的咨询会议",
    "ar": "الرسالة المعممة CI-19/35: جلسات تشاور للدول الأعضاء",
}


def circ_outlook(lang="en", hdr="en"):
    """the circular as quoted by Outlook below a reply"""
    h = {
        "en": ("From", "Sent", "To", "Subject", "Tuesday, July 23, 2019 5:32 PM"),
        "fr": ("De", "Envoyé", "À", "Objet", "mardi 23 juillet 2019 17:32"),
        "es": ("De", "Enviado el", "Para", "Asunto", "martes, 23 de julio de 2019 17:32"),
        "ru": ("От", "Отправлено", "Кому", "Тема", "23 июля 2019 г. 17:32"),
        "zh": ("发件人", "发送时间", "收件人", "主题", "2019年7月23日 17:32"),
        "ar": ("من", "تم الإرسال", "إلى", "الموضوع", "‏الثلاثاء‏، 23 ‏يوليو‏، 2019 5:32 م"),
        "de": ("Von", "Gesendet", "An", "Betreff", "Dienstag, 23. Juli 2019 17:32"),
        "pt": ("De", "Enviada em", "Para", "Assunto", "terça-feira, 23 de julho de 2019 17:32"),
        "it": ("Da", "Inviato", "A", "Oggetto", "martedì 23 luglio 2019 17:32"),
    }[hdr]
    return (f"________________________________\n{h[0]}: ITU SME <sme@itu.int>\n{h[1]}: {h[4]}\n{h[2]}: Member States\n"
            f"{h[3]}: {CIRC_SUBJ[lang]}\n\n{CIRC[lang]}")


def circ_gmail(lang="en", intro="On Tue, Jul 23, 2019 at 5:32 PM ITU SME <sme@itu.int> wrote:"):
    return intro + "\n" + "\n".join("> " + l if l else ">" for l in CIRC[lang].split("\n"))


# ---- message assembly ----------------------------------------------------------------------

def D(name, title=None, email=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


MSGS = []
KEYS = {}

CLIENTS = {
    # name: (boundary style, header function)
    "outlook": "outlook", "o365": "o365", "gmail": "gmail", "thunderbird": "thunderbird", "apple": "apple",
    "roundcube": "roundcube", "zimbra": "javamail", "yahoo": "javamail", "mailru": "mailru", "yandex": "plain",
    "qq": "qq", "coremail": "nextpart", "notes": "notes", "outlook2010": "nextpart", "plain": "plain",
    "naver": "plain", "hotmail": "o365", "exchange2010": "outlook", "daemon": "plain", "php": "plain",
}


def client_headers(cl, key, domain, d_utc, local_part):
    """Message-ID and the headers a given client/server adds"""
    h = []
    if cl in ("outlook", "exchange2010"):
        host = f"{'EXCH' if cl == 'outlook' else 'MBX'}{HN(key, 1, 4):02d}"
        mid = f"<{H(key, 32, '0123456789ABCDEF')}@{host}.{domain}>"
        h += [f"Thread-Index: AQH{H(key + 'ti', 25, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}==",
              "Accept-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
              f"x-originating-ip: [10.{HN(key, 1, 250)}.{HN(key + 'a', 1, 250)}.{HN(key + 'b', 1, 250)}]"]
    elif cl in ("o365", "hotmail"):
        pr = f"{'AM' if cl == 'o365' else 'VI1'}{HN(key, 1, 7)}PR0{HN(key, 1, 9)}MB{HN(key + 'p', 1000, 9999)}"
        reg = "eurprd0" + str(HN(key, 1, 9)) if cl == "o365" else "eurprd0" + str(HN(key, 1, 9))
        mid = f"<{pr}{H(key, 20, '0123456789ABCDEF')}@{pr}.{reg}.prod.outlook.com>"
        h += [f"Thread-Index: AQH{H(key + 'ti', 25, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}==",
              "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
              f"x-ms-exchange-messagesentrepresentingtype: 1",
              f"x-ms-publictraffictype: Email"]
    elif cl == "gmail":
        mid = f"<CA{H(key, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')}@mail.gmail.com>"
        h += [f"X-Gm-Message-State: APjAAAW{H(key + 'g', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}",
              f"X-Google-Smtp-Source: APXvYq{H(key + 's', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}="]
    elif cl == "thunderbird":
        mid = "<" + "-".join(H(key + f"u{i}", n) for i, n in enumerate((8, 4, 4, 4, 12))) + f"@{domain}>"
        h += ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\n Thunderbird/60.8.0"]
    elif cl == "apple":
        mid = "<" + "-".join(H(key + f"a{i}", n, "0123456789ABCDEF") for i, n in enumerate((8, 4, 4, 4, 12))) + f"@{domain}>"
        h += ["X-Mailer: Apple Mail (2.3445.104.11)"]
    elif cl == "roundcube":
        mid = f"<{H(key, 32)}@{domain}>"
        h += ["User-Agent: Roundcube Webmail/1.3.8", "X-Sender: " + f"{local_part}@{domain}"]
    elif cl == "zimbra":
        mid = f"<{HN(key, 100000000, 999999999)}.{HN(key + 'z', 1000000, 9999999)}.{HN(key + 'y', 1565000000000, 1566999999999)}.JavaMail.zimbra@{domain}>"
        h += ["X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)",
              f"Thread-Index: {H(key + 'zt', 28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}",
              "Thread-Topic: CI-19/35"]
    elif cl == "yahoo":
        mid = f"<{HN(key, 1000000000, 2099999999)}.{HN(key + 'y', 1000000, 9999999)}.{HN(key + 't', 1565000000000, 1566999999999)}@mail.yahoo.com>"
        h += ["X-Mailer: WebService/1.1.14193 YMailNorrin Mozilla/5.0 (Windows NT 10.0; Win64; x64)\n AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.100 Safari/537.36"]
    elif cl == "mailru":
        mid = f"<{HN(key, 1565000000, 1566999999)}.{H(key, 16)}@f{HN(key, 100, 499)}.i.mail.ru>"
        h += ["X-Mailer: Mail.Ru Mailer 1.0", f"X-Originating-IP: [{HN(key, 5, 95)}.{HN(key + 'i', 1, 254)}.{HN(key + 'j', 1, 254)}.{HN(key + 'k', 1, 254)}]"]
    elif cl == "yandex":
        mid = f"<{HN(key, 1000000, 9999999)}{HN(key + 'y', 1565000000, 1566999999)}@{'myt' + str(HN(key, 1, 6))}-{H(key, 12)}.qloud-c.yandex.net>"
        h += ["X-Mailer: Yamail [ http://yandex.ru ] 5.0"]
    elif cl == "qq":
        mid = f"<tencent_{H(key, 40, '0123456789ABCDEF')}@qq.com>"
        h += ["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x",
              f"X-QQ-mid: webmail{HN(key, 100, 999)}t{HN(key + 'q', 1565000000, 1566999999)}t{HN(key + 'r', 100000, 999999)}"]
    elif cl == "coremail":
        mid = f"<{HN(key, 1000000, 9999999)}.{HN(key + 'c', 100000, 999999)}.{HN(key + 't', 1565000000000, 1566999999999)}.JavaMail.coremail@{domain}>"
        h += ["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.10 build 20190613(7f2ba8c6)",
              "X-Originating-IP: [" + f"10.{HN(key, 1, 200)}.{HN(key + 'o', 1, 200)}.{HN(key + 'p', 1, 200)}" + "]",
              f"X-CM-CTRLDATA: {H(key + 'cm', 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=="]
    elif cl == "notes":
        mid = f"<OF{H(key, 8, '0123456789ABCDEF')}.{H(key + 'a', 8, '0123456789ABCDEF')}-ON{H(key + 'b', 8, '0123456789ABCDEF')}-{H(key + 'c', 8, '0123456789ABCDEF')}@{domain}>"
        h += ["X-Mailer: Lotus Notes Release 9.0.1FP10 SHF68 February 09, 2018",
              f"X-MIMETrack: Serialize by Router on {domain.split('.')[0].upper()}-MAIL01/{domain.split('.')[0].upper()}(Release 9.0.1FP10|August 15, 2018) at\n {d_utc.strftime('%d/%m/%Y %H:%M:%S')}"]
    elif cl == "outlook2010":
        mid = f"<{H(key, 12, '0123456789abcdef')}$" + f"{H(key + 'o', 8)}${H(key + 'p', 8)}@{domain}>"
        mid = f"<00{H(key, 2)}01d5{H(key + 'x', 4)}${H(key + 'y', 8)}${H(key + 'z', 8)}@{domain}>"
        h += ["X-Mailer: Microsoft Outlook 14.0", f"Thread-Index: AdVS{H(key + 'ti', 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=="]
    elif cl == "naver":
        mid = f"<{H(key, 24)}@cweb{HN(key, 1, 30):03d}.nm.nfra.io>"
        h += ["X-Naver-CIP: " + f"{HN(key, 100, 220)}.{HN(key + 'n', 1, 254)}.{HN(key + 'm', 1, 254)}.{HN(key + 'l', 1, 254)}"]
    elif cl == "php":
        mid = f"<{H(key, 32)}@{domain}>"
        h += ["X-Mailer: PHPMailer 6.0.7 (https://github.com/PHPMailer/PHPMailer)"]
    else:  # plain / daemon
        mid = f"<{d_utc.strftime('%Y%m%d%H%M%S')}.{H(key, 10, '0123456789ABCDEF')}@{domain}>"
    return mid, h


SENDER_HOST = {
    "gmail": "mail-wr1-f{n}.google.com", "yahoo": "sonic3{n}-{m}.consmr.mail.ne1.yahoo.com",
    "mailru": "smtp{n}.mail.ru", "yandex": "forward{n}o.mail.yandex.net", "qq": "smtpbg{n}.qq.com",
    "o365": "EUR0{n}-AM5-obe.outbound.protection.outlook.com", "hotmail": "EUR0{n}-VE1-obe.outbound.protection.outlook.com",
    "naver": "cvsmtppost{n}.nm.naver.com",
}


def add(key, lang, kind, ms, *, frm, subj, body, rx, tz="+0200", lag=None, to=None, cc=None, date=None,
        dels=(), sess=None, sup=None, cl="outlook", irt=None, refs=None, extra=(), subj_cs="utf-8",
        subj_enc="B", crlf=False, rx_show=None, tag=None, mid=None, rp=None, host=None, itu_hops=1,
        date_comment=None, priority=None, reply_to=None, bcc_only=False, sender_hops=None, ctype_extra=None, spam=None, no_rx=False):
    """register one message.

    rx    : when the ITU server received it, Geneva local time 'YYYY-MM-DD HH:MM:SS'
    tz    : sender's UTC offset, used for the Date: header (Date = rx - lag)
    """
    assert key not in KEYS, key
    rx_dt = _dt.datetime.fromisoformat(rx).replace(tzinfo=GVA)
    if lag is None:
        lag = HN(key + "lag", 3, 240)
    sent = rx_dt - _dt.timedelta(seconds=lag)
    m = dict(key=key, lang=lang, kind=kind, ms=ms, frm=frm, subj=subj, body=body, rx=rx_dt, tz=tz, sent=sent,
             to=to, cc=cc, date=date, dels=[dict(d) for d in dels], sess=sess, sup=sup, cl=cl, irt=irt,
             refs=refs, extra=list(extra), subj_cs=subj_cs, subj_enc=subj_enc, crlf=crlf,
             rx_show=rx_show or "+0200", tag=tag, mid=mid, rp=rp, host=host, itu_hops=itu_hops,
             date_comment=date_comment, priority=priority, reply_to=reply_to, bcc_only=bcc_only,
             sender_hops=sender_hops, ctype_extra=ctype_extra, spam=spam, no_rx=no_rx)
    KEYS[key] = m
    MSGS.append(m)
    return m


def msgid_of(key):
    return KEYS[key]["_mid"]


def _domain_of(frm):
    m = re.search(r"<([^>]+)>", frm) or re.search(r"(\S+@\S+)", frm)
    a = m.group(1)
    return a.split("@")[0], a.split("@")[1].lower()


def _ip(key):
    return f"{HN(key + 'ip1', 41, 213)}.{HN(key + 'ip2', 1, 254)}.{HN(key + 'ip3', 1, 254)}.{HN(key + 'ip4', 2, 253)}"


def build(m):
    key, cl = m["key"], m["cl"]
    local, domain = _domain_of(m["frm"])
    style = CLIENTS[cl]
    sent_local = m["sent"].astimezone(tzobj(m["tz"]))
    mid, chdr = client_headers(cl, key, domain, m["sent"].astimezone(UTC), local)
    if m["mid"]:
        mid = m["mid"]
    m["_mid"] = mid
    rx_show = m["rx"].astimezone(tzobj(m["rx_show"]))
    m["_rx_iso"] = rx_show.isoformat()
    hdrs = []
    if m["no_rx"]:                       # stored straight from the ITU Exchange, no Received: line
        m["_rx_iso"] = m["sent"].astimezone(tzobj(m["tz"])).isoformat()
    else:
        hdrs.append(f"Return-Path: <{m['rp'] if m['rp'] is not None else local + '@' + domain}>")
    if not m["no_rx"]:
        mx = f"mx{HN(key + 'mx', 1, 3)}.itu.int"
        qid = H(key + "qid", 14, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
        if m["host"]:
            shost = m["host"]
        elif cl in SENDER_HOST:
            shost = SENDER_HOST[cl].format(n=HN(key + "h", 1, 9), m=HN(key + "hm", 10, 99))
        else:
            shost = f"{['mail', 'smtp', 'mx', 'mta', 'relay', 'gw'][HN(key + 'hn', 0, 5)]}{HN(key + 'hq', 1, 3) if HN(key + 'hz', 0, 1) else ''}.{domain}"
        ip = _ip(key)
        prefix = {"gmail": "209.85", "o365": "40.107", "hotmail": "40.92", "yahoo": "66.163", "mailru": "94.100",
                  "qq": "183.3", "naver": "125.209", "yandex": "77.88"}.get(cl)
        if prefix:
            ip = f"{prefix}.{HN(key + 'p3', 128, 250)}.{HN(key + 'p4', 2, 250)}"
        if m["itu_hops"] == 2:
            hdrs.append(f"Received: from {mx} (156.106.{HN(key + 'i1', 192, 223)}.{HN(key + 'i2', 2, 250)}) by\n"
                        f" GVAEXCH0{HN(key + 'ex', 1, 4)}.itu.int (10.2.{HN(key + 'i3', 1, 30)}.{HN(key + 'i4', 2, 250)}) with Microsoft SMTP Server\n"
                        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1779.2;\n"
                        f" {fmt_date(rx_show)}")
            inner = rx_show - _dt.timedelta(seconds=HN(key + "d1", 1, 3))
            hdrs.append(f"Received: from {shost} ({shost} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <sme@itu.int>; {fmt_date(inner, 'CEST' if m['rx_show'] == '+0200' else None)}")
        else:
            hdrs.append(f"Received: from {shost} ({shost} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <sme@itu.int>; {fmt_date(rx_show, 'CEST' if m['rx_show'] == '+0200' else ('UTC' if m['rx_show'] == '+0000' else None))}")
        if m["spam"]:
            hdrs.append(f"X-ITU-Spam-Status: Yes, score={m['spam']} required=5.0")
            hdrs.append("X-ITU-Spam-Flag: YES")
        else:
            hdrs.append(f"X-ITU-Spam-Status: No, score={HN(key + 'sp', 0, 29) / 10:.1f} required=5.0")
        # sender-side hops
        hops = m["sender_hops"] if m["sender_hops"] is not None else HN(key + "hops", 0, 2)
        t = m["sent"]
        span = (m["rx"] - m["sent"]).total_seconds()
        for i in range(hops):
            when = (t + _dt.timedelta(seconds=int(span * (hops - i) / (hops + 1)))).astimezone(tzobj(m["tz"]))
            if cl == "gmail":
                hdrs.append(f"Received: by mail-wr1-f{HN(key, 40, 70)}.google.com with SMTP id {H(key + str(i), 10)}so{HN(key + str(i), 1000000, 9999999)}wrs.{i + 1}\n"
                            f"        for <sme@itu.int>; {fmt_date(when.astimezone(tzobj('-0700')), 'PDT')}")
                break
            ip10 = f"10.{HN(key + str(i), 1, 250)}.{HN(key + 'q' + str(i), 1, 250)}.{HN(key + 'r' + str(i), 2, 250)}"
            if cl in ("o365", "hotmail"):
                pr = mid.split("@")[1].rstrip(">")
                w = when.astimezone(UTC)
                hdrs.append(f"Received: from {pr} ([fe80::{H(key + 'v6' + str(i), 4)}:{H(key + 'w6' + str(i), 4)}:{H(key + 'x6', 4)}:{H(key + 'y6', 4)}]) by\n"
                            f" {pr} ([fe80::{H(key + 'v6' + str(i), 4)}:{H(key + 'w6' + str(i), 4)}:{H(key + 'x6', 4)}:{H(key + 'y6', 4)}%5]) with mapi id\n"
                            f" 15.20.2157.022; {fmt_date(w).replace('+0000', '+0000')}")
            elif cl in ("outlook", "exchange2010"):
                hdrs.append(f"Received: from {mid.split('@')[1].split('.')[0]}.{domain} ({ip10}) by {shost} ({_ip(key + 'gw')})\n"
                            f" with Microsoft SMTP Server (TLS) id {'15.1.1713.5' if cl == 'outlook' else '14.3.468.0'}; {fmt_date(when)}")
            else:
                hdrs.append(f"Received: from [{ip10}] (unknown [{ip10}])\n\tby {shost} ({['Postfix', 'Exim 4.92', 'Sendmail 8.14.4/8.14.4', 'Postfix'][HN(key + 'mta', 0, 3)]}) with ESMTPSA id {H(key + 'id' + str(i), 10, '0123456789ABCDEF')};\n\t{fmt_date(when)}")
                break
    if cl == "gmail":
        hdrs.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={domain if 'gmail' not in domain else 'gmail.com'}; s=20161025;\n"
                    f"        h=mime-version:from:date:message-id:subject:to;\n        bh={H(key + 'bh', 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=;\n"
                    f"        b={H(key + 'b', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}\n"
                    f"         {H(key + 'b2', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}==")
        hdrs.append(f"X-Received: by 2002:a5d:{H(key + 'xr', 4)}:: with SMTP id {H(key + 'xr2', 10)}mr{HN(key, 1000000, 9999999)}wrx.{HN(key + 'w', 10, 99)}.{int(m['sent'].timestamp()) * 1000 + HN(key + 'v', 0, 999)};\n"
                    f"        {fmt_date(m['sent'].astimezone(tzobj('-0700')), 'PDT')}")
    hdrs.append(f"From: {m['frm']}")
    if m["reply_to"]:
        hdrs.append(f"Reply-To: {m['reply_to']}")
    to = m["to"] if m["to"] is not None else "sme@itu.int"
    hdrs.append(f"To: {addr_list(to)}")
    if m["cc"]:
        hdrs.append(f"CC: {addr_list(m['cc'])}" if cl in ("outlook", "o365", "exchange2010", "hotmail") else f"Cc: {addr_list(m['cc'])}")
    hdrs.append(f"Subject: {hdr_text(m['subj'], m['subj_cs'], m['subj_enc'])}")
    if cl in ("outlook", "o365", "exchange2010", "hotmail"):
        topic = re.sub(r"^(?i:(re|aw|sv|fw|fwd|tr|rv|ynt|odp|vs|ΑΠ|ΣΧΕΤ|回复|答复|رد|Отв|RE)\s*:\s*)+", "", m["subj"])
        hdrs.append("Thread-Topic: " + hdr_text(topic, m["subj_cs"], m["subj_enc"]))
    if m["date"]:
        hdrs.append(f"Date: {m['date']}")
    else:
        hdrs.append(f"Date: {fmt_date(sent_local, m['date_comment'])}")
    hdrs.append(f"Message-ID: {mid}")
    irt = m["irt"]
    if irt:
        irt_id = CIRC_ID if irt == "circ" else (KEYS[irt]["_mid"] if irt in KEYS else irt)
        refs = m["refs"] or [irt_id]
        refs = [CIRC_ID if r == "circ" else (KEYS[r]["_mid"] if r in KEYS else r) for r in refs]
        hdrs.append("References: " + "\n ".join(refs))
        hdrs.append(f"In-Reply-To: {irt_id}")
    if m["priority"]:
        hdrs.append(f"X-Priority: {m['priority']}")
    hdrs += chdr
    hdrs += m["extra"]
    body = m["body"](m) if callable(m["body"]) else m["body"]
    hl, payload = serialize(body, key, style, [0])
    if isinstance(body, Multi) and body.subtype in ("mixed", "related") and cl in ("outlook", "o365", "exchange2010", "hotmail"):
        hdrs = [("X-MS-Has-Attach: yes" if x == "X-MS-Has-Attach: " else x) for x in hdrs]
    hdrs.append("MIME-Version: 1.0")
    hdrs += hl
    raw = ("\n".join(hdrs) + "\n\n").encode("ascii") + payload
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if m["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def inner_msg(frm, to, subj, date, mid, body, key, style="outlook", cc=None, extra=(), subj_cs="utf-8", subj_enc="B"):
    """a message (bytes) to be attached as message/rfc822 or used as a DSN original"""
    hdrs = [f"From: {frm}", f"To: {addr_list(to)}"]
    if cc:
        hdrs.append(f"CC: {addr_list(cc)}")
    hdrs += [f"Subject: {hdr_text(subj, subj_cs, subj_enc)}", f"Date: {date}", f"Message-ID: {mid}"]
    hdrs += list(extra)
    hl, payload = serialize(body, key + "-inner", style, [0])
    hdrs.append("MIME-Version: 1.0")
    hdrs += hl
    return ("\n".join(hdrs) + "\n\n").encode("ascii") + payload.rstrip(b"\n") + b"\n"


# ---------------------------------------------------------------------------------------------
# 3. writing and validation (called at the very end of the file, after all add(...) calls)
# ---------------------------------------------------------------------------------------------

ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de
dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is
it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na
nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr
ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
UN_LANGS = {"ar", "en", "es", "fr", "ru", "zh"}
ITU_MS = set("""AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV
GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR
ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM
MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU
RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA
TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE VAT""".split())
HONORIFICS = {h.casefold() for h in """mr mrs ms miss dr prof h.e he eng engr ing dipl.-ing sir madam m mme mlle mm
sr sra srta d dña dª don doña sig sig.ra dott dott.ssa herr frau hr fr shri smt sri kumari bapak ibu bpk pak bu pan pani
bay bayan sayın sn sayin г-н г-жа господин госпожа пан пані gospodin gospođa g-din gđa г-ѓа hr. dhr mevr senhor senhora
sr.ª exmo exma excelentíssimo s.e son excellence sua his her السيد السيدة الدكتور المهندس الأستاذ د م سعادة معالي آقای خانم
دکتر مهندس ஸ்ரீ श्री श्रीमती डॉ 先生 女士 博士 様 さん 氏 씨 님 ông bà tuan puan encik dato datuk cik""".split()}
CJK_SUFFIX = ("先生", "女士", "様", "さん", "氏", "씨", "님", "博士")


def _collapse(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u200e", "").replace("\u200f", "").replace("\u200b", "").replace("\u00ad", "")
    s = re.sub(r"\s+", " ", s.replace("\xa0", " "))
    return s.casefold()


def strip_html(h):
    h = re.sub(r"(?is)<(style|head|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return _html.unescape(h)


def pdf_text(b):
    out = []
    for mm in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", b, re.S):
        data = mm.group(2)
        if b"FlateDecode" in mm.group(1):
            data = zlib.decompress(data)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
            t = re.sub(rb"\\(.)", rb"\1", s.group(1))
            out.append(t.decode("cp1252"))
    return "\n".join(out)


def docx_text(b):
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>", "\n", x)
    x = re.sub(r"</w:tc>", "\t", x)
    return _html.unescape(re.sub(r"<[^>]+>", "", x))


def message_text(msg, problems, fname):
    """all decoded text of a message: headers, text parts, HTML, attachments, nested messages"""
    chunks = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"{fname}: MIME defects {part.defects} in {part.get_content_type()}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                problems.append(f"{fname}: header defects in {k}: {v.defects}")
            chunks.append(str(v))
        ct = part.get_content_type()
        if part.is_multipart() or ct.startswith("message/"):
            continue
        data = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = data.decode(cs)
            except (LookupError, UnicodeDecodeError) as e:
                problems.append(f"{fname}: {ct} does not decode as {cs}: {e}")
                continue
            chunks.append(strip_html(txt) if ct == "text/html" else txt)
        elif ct == DOCX_T:
            chunks.append(docx_text(data))
        elif ct == "application/pdf":
            chunks.append(pdf_text(data))
    return "\n".join(chunks)


def own_text(msg):
    """first text/plain part (for the template-reuse check)"""
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            try:
                return part.get_payload(decode=True).decode(part.get_content_charset() or "us-ascii")
            except Exception:
                return ""
    return ""


def received_at(msg):
    rec = msg.get_all("Received") or []
    if rec:
        v = re.sub(r"\s+", " ", str(rec[0]))
        d = v.rsplit(";", 1)[1].strip()
        d = re.sub(r"\s*\([^)]*\)\s*$", "", d)
        return parsedate_to_datetime(d)
    return parsedate_to_datetime(str(msg["Date"]))


def label_of(m, fname):
    kind = m["kind"]
    sess = m["sess"]
    if sess is None:
        sess = [BUD] if kind in ("nomination", "interest_only", "correction") else []
    late = None
    if kind in ("nomination", "interest_only", "correction"):
        late = m["rx"] > DEADLINE
    return {
        "message_id": m["_mid"],
        "file": fname,
        "kind": kind,
        "language": m["lang"],
        "member_state": m["ms"],
        "delegates": m["dels"],
        "sessions": list(sess),
        "received_at": m["_rx_iso"],
        "late": late,
        "supersedes": KEYS[m["sup"]]["_mid"] if m["sup"] else None,
    }


def write_all():
    os.makedirs(MSG_DIR, exist_ok=True)
    order = sorted(MSGS, key=lambda m: H("order:" + m["key"], 12))
    raws = {}
    for m in MSGS:                       # build in definition order (references point backwards)
        raws[m["key"]] = build(m)
    labels = []
    names = set()
    for i, m in enumerate(order, 1):
        tag = m["tag"] or m["cl"]
        fname = f"{i:03d}_{tag}.eml"
        names.add(fname)
        with open(os.path.join(MSG_DIR, fname), "wb") as f:
            f.write(raws[m["key"]])
        labels.append(label_of(m, fname))
    for f in os.listdir(MSG_DIR):
        if f not in names:
            os.remove(os.path.join(MSG_DIR, f))
    with open(LABELS, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


def validate():
    problems, warnings = [], []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(MSG_DIR))
    if sorted(l["file"] for l in labels) != files:
        problems.append("labels.jsonl and messages/ do not list the same files")
    by_id = {}
    for lab in labels:
        if lab["message_id"] in by_id:
            problems.append(f"duplicate message_id {lab['message_id']}")
        by_id[lab["message_id"]] = lab
    sentences = {}
    circ_lines = {_collapse(x).strip(" >") for t in CIRC.values() for x in re.split(r"(?<=[.!?。！？؟])\s+|\n", t)}
    for lab in labels:
        fn = lab["file"]
        keys = ["message_id", "file", "kind", "language", "member_state", "delegates", "sessions",
                "received_at", "late", "supersedes"]
        if list(lab) != keys:
            problems.append(f"{fn}: label keys {list(lab)}")
        raw = open(os.path.join(MSG_DIR, fn), "rb").read()
        head = raw.split(b"\n\n", 1)[0] if b"\n\n" in raw else raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            problems.append(f"{fn}: non-ASCII bytes in the header section")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if str(msg["Message-ID"]).strip() != lab["message_id"]:
            problems.append(f"{fn}: Message-ID header {msg['Message-ID']} != label")
        text = message_text(msg, problems, fn)
        ntext = _collapse(text)
        try:
            rx = received_at(msg)
        except Exception as e:
            problems.append(f"{fn}: cannot read received time: {e}")
            continue
        if _dt.datetime.fromisoformat(lab["received_at"]) != rx or lab["received_at"] != rx.isoformat():
            problems.append(f"{fn}: received_at {lab['received_at']} != topmost Received {rx.isoformat()}")
        kind = lab["kind"]
        if kind not in KINDS:
            problems.append(f"{fn}: bad kind {kind}")
        if lab["language"] not in ISO639_1:
            problems.append(f"{fn}: bad language {lab['language']}")
        ms = lab["member_state"]
        if kind in ("auto_reply", "bounce", "unrelated"):
            if ms is not None:
                problems.append(f"{fn}: member_state must be null for {kind}")
        elif ms is not None and ms not in ITU_MS:
            problems.append(f"{fn}: {ms} is not an ITU Member State code")
        if kind in ("nomination", "correction") and ms is None:
            problems.append(f"{fn}: {kind} without a member_state")
        dels = lab["delegates"]
        if kind not in ("nomination", "correction") and dels:
            problems.append(f"{fn}: delegates on a {kind}")
        if kind == "nomination" and not dels:
            problems.append(f"{fn}: nomination without a delegate")
        for d in dels:
            if set(d) != {"name", "aliases", "title", "email"}:
                problems.append(f"{fn}: delegate keys {set(d)}")
            for n in [d["name"]] + d["aliases"]:
                if not n or _collapse(n) not in ntext:
                    problems.append(f"{fn}: delegate name/alias {n!r} not in the decoded text")
                toks = n.split()
                first = toks[0].rstrip(".").casefold() if toks else ""
                if first in HONORIFICS or toks and toks[0].casefold() in HONORIFICS or n.endswith(CJK_SUFFIX) \
                        or (toks and toks[-1].casefold() in {"先生", "女士", "様", "さん", "씨", "님"}):
                    problems.append(f"{fn}: honorific in name {n!r}")
            for f_ in ("title", "email"):
                if d[f_] is not None and _collapse(d[f_]) not in ntext:
                    problems.append(f"{fn}: delegate {f_} {d[f_]!r} not in the decoded text")
        sess = lab["sessions"]
        if any(s not in SESSIONS for s in sess) or len(set(sess)) != len(sess):
            problems.append(f"{fn}: bad sessions {sess}")
        if kind not in ("nomination", "interest_only", "correction") and sess:
            problems.append(f"{fn}: sessions on a {kind}")
        if kind in ("nomination", "interest_only") and not sess:
            problems.append(f"{fn}: {kind} without a session")
        if kind in ("nomination", "interest_only", "correction"):
            if lab["late"] is not (rx > DEADLINE):
                problems.append(f"{fn}: late={lab['late']} but received {rx.isoformat()}")
        elif lab["late"] is not None:
            problems.append(f"{fn}: late must be null for {kind}")
        sup = lab["supersedes"]
        if kind == "correction":
            o = by_id.get(sup)
            if o is None:
                problems.append(f"{fn}: supersedes {sup} is not in the corpus")
            else:
                if o["member_state"] != ms:
                    problems.append(f"{fn}: supersedes a message of another Member State")
                if o["kind"] not in ("nomination", "correction"):
                    problems.append(f"{fn}: supersedes a {o['kind']}")
                if _dt.datetime.fromisoformat(o["received_at"]) >= rx:
                    problems.append(f"{fn}: supersedes a later message")
        elif sup is not None:
            problems.append(f"{fn}: supersedes on a {kind}")
        # template-reuse check on the sender's own text (quoted circular lines excluded)
        own = own_text(msg)
        seen_here = set()
        for sent in re.split(r"(?<=[.!?。！？؟])\s+|\n", own):
            c = _collapse(sent).strip(" >")
            if len(c.split()) >= 7 and c not in circ_lines and not c.startswith(("from:", "sent:", "to:", "subject:", "objet:", "de:", "asunto:")):
                if c not in seen_here:
                    sentences.setdefault(c, []).append(fn)
                    seen_here.add(c)
    # second pass: nothing to do for supersedes order (checked above)
    ms_of = {lab["file"]: lab["member_state"] for lab in labels}
    for s, fns in sentences.items():
        states = {ms_of[f] for f in fns}
        if len(fns) > 1 and (len(states) > 1 or None in states):   # same-State threads quote themselves
            warnings.append(f"sentence shared by {fns}: {s[:90]}")
    langs = {}
    kinds = {}
    for lab in labels:
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    if len(labels) < 140:
        problems.append(f"only {len(labels)} messages")
    if len(langs) < 45:
        problems.append(f"only {len(langs)} languages")
    for k in KINDS:
        if not kinds.get(k):
            problems.append(f"no message of kind {k}")
    un = sum(v for k, v in langs.items() if k in UN_LANGS)
    return problems, warnings, langs, kinds, un, len(labels)


def main():
    write_all()
    problems, warnings, langs, kinds, un, n = validate()
    for w in warnings:
        print("warning:", w)
    print(f"{n} messages, {len(langs)} languages ({un} in UN languages)")
    print("kinds:", ", ".join(f"{k}={kinds.get(k, 0)}" for k in KINDS))
    print("languages:", ", ".join(f"{k}={v}" for k, v in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("validation: OK")


# ---------------------------------------------------------------------------------------------
# 2. the messages
# ---------------------------------------------------------------------------------------------

# ----- English ------------------------------------------------------------------------------

add("ken-nom", "en", "nomination", "KEN",
    frm=A("Francis Kilonzo", "fkilonzo@ict.go.ke"), cc=[A("Caroline Odhiambo", "c.odhiambo@ict.go.ke"), "registry@ict.go.ke"],
    subj="RE: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    rx="2019-08-09 10:14:22", tz="+0300", irt="circ", cl="outlook",
    dels=[D("Caroline Atieno Odhiambo", "Deputy Director, ICT Innovation", "c.odhiambo@ict.go.ke"),
          D("Brian Kiprono Rotich", "Senior ICT Officer, Digital Economy", "brian.rotich@ict.go.ke")],
    body=ALT("""
Dear Mr. Clark,

Reference is made to ITU Circular CI-19/35 dated 23rd July 2019 on the above subject.

The State Department of ICT and Innovation wishes to confirm Kenya's interest in the consultation sessions and is pleased to nominate the following officers to attend the first session scheduled for 10th September 2019 during ITU Telecom World in Budapest:

|Name|Designation|E-mail|
|Ms. Caroline Atieno Odhiambo|Deputy Director, ICT Innovation|c.odhiambo@ict.go.ke|
|Mr. Brian Kiprono Rotich|Senior ICT Officer, Digital Economy|brian.rotich@ict.go.ke|

The two officers will be part of the Kenyan delegation to Telecom World 2019 and will therefore not require any separate sponsorship.

Kindly acknowledge receipt.

Regards,

**Dr. Francis Mutua Kilonzo**
Secretary, ICT Innovation & Digital Economy
Ministry of Information, Communications and Technology
Teleposta Towers, Kenyatta Avenue
P.O. Box 30025-00100, Nairobi, Kenya
Tel: +254 20 4920000

""" + circ_outlook("en")))

add("gbr-int", "en", "interest_only", "GBR",
    frm=A("Hannah Whitcombe", "hannah.whitcombe@culture.gov.uk"),
    subj="CI-19/35 - UK interest in SME consultation, Budapest",
    rx="2019-08-07 16:48:03", tz="+0100", cl="gmail",
    body=ALT("""
Hi Christopher,

Just a quick note to register the UK's interest in the SME consultation on 10 September in Budapest.

We haven't settled who will go yet - it depends on how our Telecom World delegation shapes up, and I'm afraid that won't be final until the week of 19 August. Would it be a problem if we sent you a name after the 16th?

Also, is there a plan to stream the session or make the outcome document available to those who can't be in the room?

Many thanks,
Hannah

--
Hannah Whitcombe
International Telecoms Policy
Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ
""", style="gmail"))

add("ind-nom", "en", "nomination", "IND",
    frm=A("Meenakshi Iyer", "dsir-dot@gov.in"),
    subj="Nomination for consultation session on Tech SMEs - ITU Telecom World 2019 - reg.",
    rx="2019-08-12 08:31:57", tz="+0530", cl="notes", tag="notes",
    dels=[D("Anand Prakash Srivastava", "Director (Standardisation), Telecommunication Engineering Centre",
            "apsrivastava.tec@gov.in", aliases=["A. P. Srivastava"])],
    body=P("""
No. 4-12/2019-IR
Government of India
Ministry of Communications
Department of Telecommunications
(International Relations Cell)

Sanchar Bhawan, 20 Ashoka Road, New Delhi - 110001
Dated: 12th August, 2019

To
The Secretary-General,
International Telecommunication Union,
Geneva
(Kind Attn: Mr. Christopher Clark, sme@itu.int)

Subject: ITU Circular CI-19/35 - Consultation sessions for Member States on "Fostering tech and innovation SMEs" - nomination reg.

Sir,

I am directed to refer to the ITU Circular No. CI-19/35 dated 23.07.2019 on the subject cited above and to convey that the Department of Telecommunications, Government of India, is interested in participating in the series of consultation sessions.

2. The competent authority has approved the nomination of Shri A. P. Srivastava, Director (Standardisation), Telecommunication Engineering Centre, for the first consultation session to be held on 10.09.2019 at Budapest, Hungary, on the sidelines of ITU Telecom World 2019. His details are given below:

Name          : Shri Anand Prakash Srivastava
Designation   : Director (Standardisation), Telecommunication Engineering Centre
E-mail        : apsrivastava.tec@gov.in
Mobile        : +91-98110-4xxxx

3. This issues with the approval of the competent authority.

Yours faithfully,

(Meenakshi Iyer)
Deputy Secretary (IR)
Tel: 011-2303 6xxx
""", cte="base64", table="space"))

add("usa-dec", "en", "decline", "USA",
    frm=A("Gutierrez, Daniel R", "GutierrezDR@state.gov"),
    cc=[A("Ostrowski, Lauren M", "OstrowskiLM@state.gov")],
    subj="RE: ITU Circular CI-19/35",
    rx="2019-08-15 21:05:44", tz="-0400", cl="o365", irt="circ",
    body=ALT("""
Mr. Clark,

Thank you for the invitation to the consultation sessions on tech and innovation SMEs.

The United States will not be sending a participant to the session in Budapest on September 10, and we do not plan to nominate anyone for the later sessions in this series at this time. We continue to follow ITU's SME work through the Council and will engage there as appropriate.

Best regards,

Daniel R. Gutierrez
Office of Multilateral Affairs
Bureau of Cyberspace and Digital Policy (CDP) | U.S. Department of State
Washington, DC
This email is UNCLASSIFIED.

""" + circ_outlook("en")))

add("nga-nom", "en", "nomination", "NGA",
    frm=A("Chidinma Okafor", "chidinma.okafor78@gmail.com"),
    cc=[A("Aminu Yusuf", "aminu.yusuf@ncc.gov.ng")],
    subj="Nomination - SME consultation session Budapest (CI-19/35)",
    rx="2019-08-14 13:22:09", tz="+0100", cl="gmail",
    dels=[D("Aminu Bello Yusuf", "Head, Technology Entrepreneurship", "aminu.yusuf@ncc.gov.ng")],
    body=ALT("""
Dear Sir,

Please accept my apologies for writing from a private address; our official mail server has been down since Monday and I did not want to miss your deadline.

With reference to your Circular CI-19/35, the Nigerian Communications Commission, on behalf of the Federal Government of Nigeria, is pleased to nominate Engr. Aminu Bello Yusuf, Head, Technology Entrepreneurship, to represent Nigeria at the consultation session on fostering tech and innovation SMEs holding on 10th September at Telecom World in Budapest. His official email is aminu.yusuf@ncc.gov.ng (copied).

Kindly direct all further correspondence to him and to my official address, c.okafor@ncc.gov.ng, once it is restored.

Thank you.

Chidinma Okafor (Mrs)
Deputy Director, New Media & Information Security
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
""", style="gmail"))

add("ssd-nom", "en", "nomination", "SSD",
    frm=A("Deng Majok Gabriel", "deng.gabriel@mict.gov.ss"),
    subj="Re: ITU Circular CI-19/35",
    rx="2019-08-16 11:40:00", tz="+0300", cl="thunderbird", irt="circ",
    dels=[D("Gabriel Deng Majok", "Director General for Information Technology", "deng.gabriel@mict.gov.ss",
            aliases=["Deng Majok Gabriel"]),
          D("Achol Mabior Garang", "ICT Officer", "acholmabior@mict.gov.ss")],
    body=P("""
Dear ITU Secretariat,

Reference to your circular dated 23 July 2019 on consultation sessions for fostering tech and innovation SMEs.

The Ministry of Information, Communication Technology and Postal Services of the Republic of South Sudan hereby expresses its interest in the above sessions. For the first consultation session in Budapest, Hungary on 10 September 2019, we nominate:

1. Gabriel Deng Majok - Director General for Information Technology (deng.gabriel@mict.gov.ss)
2. Achol Mabior Garang (Ms.) - ICT Officer (acholmabior@mict.gov.ss)

We shall be grateful to know whether ITU can assist with the participation costs for the second nominee.

With regards,

Deng Majok Gabriel
Director General for Information Technology
Ministry of Information, Communication Technology & Postal Services
Juba, Republic of South Sudan

""" + circ_gmail("en", "On 23/07/2019 17:32, ITU SME wrote:"), flowed=True))

add("aus-ooo", "en", "auto_reply", None,
    frm=A("Pemberton, Sally", "Sally.Pemberton@communications.gov.au"),
    subj="Automatic reply: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    rx="2019-07-23 17:33:12", tz="+1000", cl="o365", irt="circ", lag=2,
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: Sally.Pemberton@communications.gov.au",
           "X-Auto-Response-Suppress: All"],
    body=ALT("""
Thank you for your email. I am on leave from 22 July and returning Monday 5 August 2019.

For urgent international matters please contact Marcus Elliot-Hughes on (02) 6271 1000 or international@communications.gov.au.

Kind regards
Sally Pemberton
""", style="outlook", lang="EN-AU"))

def _bounce_body(m):
    orig = inner_msg(
        A("ITU SME", "sme@itu.int"), A("Tariq Mahmood Qureshi", "tariq.qureshi@moitt.gov.pk"),
        "Acknowledgement: nomination for the SME consultation session, Budapest, 10 September 2019",
        "Thu, 15 Aug 2019 10:02:11 +0200", "<5C2F1B7E9A0D4B6F8E3A1C9D2B7F4E6A@GVAEXCH02.itu.int>",
        T("""Dear Mr Qureshi,

Thank you for your nomination to the consultation session "Fostering tech and innovation SMEs", to be held on 10 September 2019 during ITU Telecom World 2019 in Budapest. A detailed agenda will follow.

Best regards,
Christopher Clark
ITU SME team
""", "us-ascii", "7bit"), "bounce-pk")
    report = Leaf("message/delivery-status", (
        "Reporting-MTA: dns; mx2.itu.int\nX-Postfix-Queue-ID: 46RxQ11pTbz9v0B\nX-Postfix-Sender: rfc822; sme@itu.int\n"
        "Arrival-Date: Thu, 15 Aug 2019 10:02:12 +0200 (CEST)\n\n"
        "Final-Recipient: rfc822; tariq.qureshi@moitt.gov.pk\nOriginal-Recipient: rfc822;tariq.qureshi@moitt.gov.pk\n"
        "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.moitt.gov.pk\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <tariq.qureshi@moitt.gov.pk>: Recipient address\n    rejected: User unknown in virtual mailbox table\n").encode(), "7bit")
    return Multi("report", [
        T("""This is the mail system at host mx2.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tariq.qureshi@moitt.gov.pk>: host mail.moitt.gov.pk[202.83.164.18] said: 550
    5.1.1 <tariq.qureshi@moitt.gov.pk>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", "us-ascii", "7bit", lang=None),
        report,
        Leaf("message/rfc822", orig, "7bit", [], disp=None),
    ], params=["report-type=delivery-status"], preamble="This is a MIME-encapsulated message.")

add("bounce-pk", "en", "bounce", None,
    frm=A("Mail Delivery System", "MAILER-DAEMON@mx2.itu.int"),
    subj="Undelivered Mail Returned to Sender", rx="2019-08-15 10:02:14", tz="+0200", cl="daemon", tag="dsn",
    rp="", host="mx2.itu.int", lag=1, sender_hops=0, extra=["Auto-Submitted: auto-replied"],
    body=_bounce_body)

add("news-digest", "en", "unrelated", None,
    frm=A("Frontier Telecom Insights", "newsletter@frontiertelecominsights.com"),
    subj="This week: 5G spectrum auctions, SME financing and what to expect at Telecom World 2019",
    rx="2019-08-01 06:00:41", tz="+0000", cl="php", tag="newsletter",
    extra=["List-Unsubscribe: <mailto:unsubscribe@frontiertelecominsights.com?subject=unsubscribe>,\n <https://frontiertelecominsights.com/u?e=sme%40itu.int>",
           "Precedence: bulk", "X-Campaign-ID: FTI-2019-31"],
    body=ALT("""
FRONTIER TELECOM INSIGHTS | Weekly briefing | 1 August 2019

In this issue

1. 5G spectrum auctions: who paid what in Q2 2019
2. Why small tech firms still struggle to reach regulators - and what Budapest could change
3. Telecom World 2019 preview: 10 sessions not to miss

SME financing: the missing middle

Venture funding for small connectivity firms in emerging markets rose 18% year on year, but the median ticket is still below USD 250,000. Our analysts look at blended-finance schemes in Kenya, Colombia and Indonesia.

Subscribe to Frontier Telecom Insights Premium for full access to our market trackers.

You are receiving this email because sme@itu.int subscribed at frontiertelecominsights.com. Unsubscribe | Update preferences
Frontier Telecom Insights Ltd, 71-75 Shelton Street, London WC2H 9JQ
""", style="simple", font="Helvetica"))

add("mak-inq", "en", "inquiry", None,
    frm=A("Dr. Ruth Nabukenya", "rnabukenya@cit.mak.ac.ug"),
    subj="Participation of a university incubator in the SME consultation (Budapest)",
    rx="2019-08-05 12:17:36", tz="+0300", cl="roundcube",
    body=P("""
Dear Mr. Clark,

I lead the ResilientAfrica innovation hub at the College of Computing and Information Sciences, Makerere University. A colleague at the Uganda Communications Commission shared with us the ITU circular on consultation sessions for tech SMEs.

Our hub currently incubates 23 early-stage ICT companies, and we would very much like one of our staff and perhaps two founders to follow the discussion in Budapest. Could you tell us whether academia and incubators may attend the session of 10 September as observers, or whether participation is reserved for the nominees of Member States? If the latter, should we approach our ministry?

We would also welcome information on the reduced SME associate fees from January 2020.

With kind regards,

Dr. Ruth Nabukenya
Senior Lecturer and Hub Coordinator
College of Computing and Information Sciences
Makerere University, Kampala
""", cte="8bit"))

add("zwe-fwd", "en", "nomination", "ZWE",
    frm=A("Permanent Mission of Zimbabwe - Geneva", "zimgeneva@bluewin.ch"),
    subj="FW: Nomination: ITU Consultation Session on Tech SMEs",
    rx="2019-08-16 15:10:30", tz="+0200", cl="outlook2010",
    dels=[D("Tendai Chiwenga Marufu", "Director, Economic Regulation, POTRAZ", "tmarufu@potraz.gov.zw",
            aliases=["MARUFU Tendai Chiwenga"])],
    body=Multi("mixed", [ALT("""
The Permanent Mission of the Republic of Zimbabwe to the United Nations Office and other International Organisations in Geneva presents its compliments to the International Telecommunication Union and has the honour to transmit herewith a letter from the Ministry of Information Communication Technology and Courier Services regarding the ITU consultation session on tech and innovation SMEs.

The Permanent Mission of the Republic of Zimbabwe avails itself of this opportunity to renew to the International Telecommunication Union the assurances of its highest consideration.

Geneva, 16 August 2019

From: Rutendo Gumbo [mailto:rgumbo@ictcs.gov.zw]
Sent: 15 August 2019 14:55
To: zimgeneva@bluewin.ch
Subject: Nomination: ITU Consultation Session on Tech SMEs

Good afternoon,

Please forward the attached letter to ITU (sme@itu.int) before the deadline tomorrow.

Regards,
R. Gumbo
Principal Administration Officer
""", style="simple", font="Times New Roman", size="12pt"),
        Att(PDF([
            "# MINISTRY OF INFORMATION COMMUNICATION TECHNOLOGY AND COURIER SERVICES",
            "Bag 7700, Causeway, Harare, Zimbabwe",
            "",
            "Ref: MICTCS/ITU/19/41                                   15 August 2019",
            "",
            "The Secretary-General",
            "International Telecommunication Union",
            "Place des Nations, 1211 Geneva 20, Switzerland",
            "",
            "# RE: CIRCULAR CI-19/35 - CONSULTATION SESSIONS ON FOSTERING TECH AND INNOVATION SMEs",
            "",
            "The Ministry acknowledges with thanks your circular of 23 July 2019 and wishes to express",
            "the interest of the Government of Zimbabwe in the consultation sessions.",
            "",
            "The Ministry hereby nominates MARUFU Tendai Chiwenga, Director, Economic Regulation, POTRAZ",
            "(tmarufu@potraz.gov.zw), to participate in the first session during ITU Telecom World 2019",
            "in Budapest on 10 September 2019.",
            "",
            "Mr Tendai Chiwenga Marufu is a member of the national delegation to Telecom World 2019.",
            "",
            "Yours faithfully,",
            "",
            "S. T. Nyamadzawo",
            "FOR: SECRETARY FOR INFORMATION COMMUNICATION TECHNOLOGY AND COURIER SERVICES",
        ], title="ITU SME nomination", author="rgumbo"), "application/pdf", "ITU CI-19-35 nomination Zimbabwe.pdf"),
    ]))

add("ken-cor", "en", "correction", "KEN",
    frm=A("Lucy Wairimu", "registry@ict.go.ke"), cc=[A("Caroline Odhiambo", "caroline.odhiambo@ict.go.ke"), A("Francis Kilonzo", "fkilonzo@ict.go.ke")],
    subj="RE: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    rx="2019-08-13 15:02:10", tz="+0300", irt="ken-nom", refs=["circ", "ken-nom"], cl="outlook",
    sup="ken-nom",
    dels=[D("Caroline Atieno Odhiambo", "Deputy Director, ICT Innovation", "caroline.odhiambo@ict.go.ke"),
          D("Brian Kiprono Rotich", "Senior ICT Officer, Digital Economy", "brian.rotich@ict.go.ke")],
    body=ALT("""
Dear Sir/Madam,

Please refer to our e-mail of 9th August below.

Kindly note that the e-mail address of Ms. Caroline Atieno Odhiambo was given incorrectly. Her correct address is caroline.odhiambo@ict.go.ke - the address in our earlier message does not receive external mail. The nomination of Mr. Rotich stands as submitted.

We regret any inconvenience.

Lucy Wairimu
For: Secretary, ICT Innovation & Digital Economy

From: Francis Kilonzo
Sent: Friday, August 9, 2019 11:13 AM
To: 'sme@itu.int' <sme@itu.int>
Cc: Caroline Odhiambo <c.odhiambo@ict.go.ke>; registry@ict.go.ke
Subject: RE: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs

Dear Mr. Clark,

Reference is made to ITU Circular CI-19/35 dated 23rd July 2019 on the above subject.

The State Department of ICT and Innovation wishes to confirm Kenya's interest in the consultation sessions and is pleased to nominate the following officers to attend the first session scheduled for 10th September 2019 during ITU Telecom World in Budapest:

|Name|Designation|E-mail|
|Ms. Caroline Atieno Odhiambo|Deputy Director, ICT Innovation|c.odhiambo@ict.go.ke|
|Mr. Brian Kiprono Rotich|Senior ICT Officer, Digital Economy|brian.rotich@ict.go.ke|

Regards,

Dr. Francis Mutua Kilonzo
Secretary, ICT Innovation & Digital Economy
"""))

add("jam-cwg", "en", "nomination", "JAM",
    frm=A("Kerry-Ann Blackwood", "kblackwood@mset.gov.jm"),
    subj="Jamaica - SME consultations (CI-19/35)",
    rx="2019-08-12 18:03:55", tz="-0500", cl="apple",
    dels=[D("Omar Delroy Campbell", "Senior Director, ICT Policy", "ocampbell@mset.gov.jm")],
    sess=[CWG],
    body=ALT("""
Good day Mr. Clark,

I write on behalf of the Ministry of Science, Energy and Technology with respect to Circular CI-19/35.

Regrettably Jamaica will not be able to take part in the Budapest session on 10 September, as our delegation to ITU Telecom World has had to be scaled back this year.

We would nonetheless very much like to contribute to the series, and propose Mr. Omar Delroy Campbell, Senior Director, ICT Policy (ocampbell@mset.gov.jm), for the consultation that will be organised alongside the Council Working Group meetings early next year. Mr. Campbell will be in Geneva for those meetings in any case.

Please let me know if anything further is required.

Warm regards,
Kerry-Ann Blackwood
Director, International Relations
Ministry of Science, Energy and Technology
PCJ Building, 36 Trafalgar Road, Kingston 10
""", style="simple", font="Helvetica", size="12px"))

add("gha-late", "en", "nomination", "GHA",
    frm=A("Ministry of Communications - Ghana", "info@moc.gov.gh"),
    subj="Late submission: Ghana's nomination for the ITU SME consultation, Budapest",
    rx="2019-08-19 09:47:12", tz="+0000", cl="zimbra",
    dels=[D("Abena Serwaa Owusu-Ansah", "Director, Policy Planning, Monitoring and Evaluation", "abena.owusu-ansah@moc.gov.gh"),
          D("Kojo Mensah-Bonsu", "Principal Programme Officer", "kojo.mensah-bonsu@moc.gov.gh")],
    body=ALT("""
Dear Mr. Christopher Clark,

CIRCULAR CI-19/35 - CONSULTATION SESSIONS FOR MEMBER STATES: FOSTERING TECH AND INNOVATION SMEs

We apologise for missing the 16 August deadline; the approval of the Hon. Minister was only received on Friday evening. We trust that our nomination can still be accommodated.

Ghana is keen to share its experience with the Ghana Innovation Hub and the Tech Entrepreneurship programme, and hereby nominates:

1. Mrs. Abena Serwaa Owusu-Ansah, Director, Policy Planning, Monitoring and Evaluation (abena.owusu-ansah@moc.gov.gh) - lead
2. Mr. Kojo Mensah-Bonsu, Principal Programme Officer (kojo.mensah-bonsu@moc.gov.gh) - alternate

for the session on the margins of ITU Telecom World 2019 in Budapest.

Yours faithfully,

Nana Yaw Amponsah-Darko
Chief Director
Ministry of Communications, Accra
""", style="simple", font="arial,helvetica,sans-serif", size="10pt"))

add("sgp-edge", "en", "nomination", "SGP",
    frm=A("TAN Wei Ling (IMDA)", "tan_wei_ling@imda.gov.sg"),
    subj="IMDA nomination - ITU consultation session for tech SMEs, 10 Sep 2019",
    rx="2019-08-16 23:41:07", tz="+0800", lag=61, cl="o365", rx_show="+0000", itu_hops=2,
    dels=[D("Nicholas Lim Jun Hao", "Deputy Director, SME Digitalisation", "nicholas_lim@imda.gov.sg",
            aliases=["LIM Jun Hao, Nicholas"])],
    body=ALT("""
Dear Christopher,

Apologies for the early-morning email; I wanted to make sure this reaches you within the deadline.

Singapore (IMDA) would like to nominate Mr Nicholas Lim Jun Hao for the consultation session on 10 Sep at ITU Telecom World 2019. His particulars for registration:

Name: LIM Jun Hao, Nicholas (Mr)
Designation: Deputy Director, SME Digitalisation
Organisation: Infocomm Media Development Authority
Email: nicholas_lim@imda.gov.sg

Nicholas oversees our SMEs Go Digital programme and will be glad to share our experience with the industry digital plans.

Best regards,
Tan Wei Ling
Manager, International Relations
Infocomm Media Development Authority
10 Pasir Panjang Road, #03-01 Mapletree Business City

[IMDA] CONFIDENTIALITY NOTICE: This email and any attachments are intended only for the named recipient(s).
""", lang="EN-SG"))

add("tto-late", "en", "nomination", "TTO",
    frm=A("Ravi Maharaj", "rmaharaj@tatt.org.tt"),
    subj="RE: Consultation sessions for Member States - Trinidad and Tobago",
    rx="2019-08-17 00:20:41", tz="-0400", cl="outlook2010", irt="circ", rx_show="+0000",
    dels=[D("Alicia Charles-Ramdeen", "Manager, Market Development", "acharles-ramdeen@tatt.org.tt")],
    body=ALT("""
Dear Mr. Clark,

Further to ITU Circular CI-19/35, the Telecommunications Authority of Trinidad and Tobago (TATT), on behalf of the Government of the Republic of Trinidad and Tobago, wishes to nominate Ms. Alicia Charles-Ramdeen, Manager, Market Development (acharles-ramdeen@tatt.org.tt), to the first consultation session on fostering tech and innovation SMEs.

Ms. Charles-Ramdeen has led the Authority's work on the ICT start-up ecosystem survey and on reducing barriers to market entry for small providers.

Respectfully,

Ravi Maharaj
Manager, International Affairs
Telecommunications Authority of Trinidad and Tobago
#5 Eighth Avenue Extension, off Twelfth Street, Barataria

""" + circ_outlook("en"), style="outlook"))

add("bgd-prize", "en", "unrelated", None,
    frm=A("Md. Rafiqul Islam", "rafiq.islam@a2i.gov.bd"),
    subj="Submission for WSIS Prizes 2020 - Category AL C7 (e-business) - ekShop",
    rx="2019-08-08 07:12:45", tz="+0600", cl="gmail",
    body=ALT("""
Dear WSIS Team,

Greetings from Aspire to Innovate (a2i) Programme, ICT Division, Bangladesh.

We would like to submit our project "ekShop - rural e-commerce for micro and small entrepreneurs" for the WSIS Prizes 2020 contest under Action Line C7 (e-business). The online form kept timing out on our side, so we are sending the details by email. We hope this is the right address as the project is about SMEs.

Project: ekShop
Implementing entity: a2i, ICT Division
Team leader: Rezwanul Haque Chowdhury, Head of e-Commerce
Website: ekshop.gov.bd
Beneficiaries: 6,700 Union Digital Centre entrepreneurs

We would be grateful if the project could be considered for the WSIS Forum 2020 and if you could forward this mail to the WSIS Prizes team.

Thanks and regards,
Md. Rafiqul Islam
Policy Specialist, a2i
""", style="gmail"))

add("lca-oecs", "en", "nomination", "LCA",
    frm=A("OECS Geneva", "geneva@oecs.int"),
    cc=[A("Lydia Jn Baptiste", "lydia.jnbaptiste@govt.lc")],
    subj="Saint Lucia: nomination for ITU SME consultation session",
    rx="2019-08-14 11:56:18", tz="+0200", cl="o365",
    dels=[D("Lydia Jn Baptiste", "Chief Technology Officer", "lydia.jnbaptiste@govt.lc")],
    body=ALT("""
Dear Mr. Clark,

The Eastern Caribbean Permanent Delegation in Geneva writes on behalf of the Government of Saint Lucia, which does not maintain a mission of its own here, in response to the ITU Secretary-General's circular CI-19/35.

The Department of the Public Service, Information and Broadcasting of Saint Lucia has asked us to convey its interest in the consultation series and its nomination of Ms. Lydia Jn Baptiste, Chief Technology Officer (lydia.jnbaptiste@govt.lc), for the session on 10 September 2019 in Budapest.

Ms. Jn Baptiste is copied on this message. Please note that nominations for other OECS Member States, if any, will be sent separately.

Kind regards,

Gregory A. St. Rose
Counsellor
Permanent Delegation of the Organisation of Eastern Caribbean States
37-39 rue de Vermont, 1202 Geneva
"""))

add("rwa-fwd", "en", "nomination", "RWA",
    frm=A("Rwanda Mission Geneva", "ambageneve@minaffet.gov.rw"),
    subj="Fwd: CI-19/35 - Rwanda nomination for Budapest SME session",
    rx="2019-08-15 16:31:50", tz="+0200", cl="gmail",
    dels=[D("Diane Uwase Mutesi", "ICT Innovation Specialist", "d.mutesi@minict.gov.rw")],
    body=ALT("""

---------- Forwarded message ---------
From: Eric Nshimiyimana <e.nshimiyimana@minict.gov.rw>
Date: Thu, Aug 15, 2019 at 3:02 PM
Subject: CI-19/35 - Rwanda nomination for Budapest SME session
To: Rwanda Mission Geneva <ambageneve@minaffet.gov.rw>


Dear ITU Secretariat,

Rwanda, through the Ministry of ICT and Innovation, welcomes the series of consultations on fostering tech and innovation SMEs and confirms its interest.

We nominate Ms. Diane Uwase Mutesi, ICT Innovation Specialist (d.mutesi@minict.gov.rw), to attend the first consultation in Budapest on 10 September 2019. Diane coordinates our work with the Kigali Innovation City SMEs.

Dear colleagues at the Mission, kindly pass this on to sme@itu.int.

Murakoze,
Eric Nshimiyimana
Director General, ICT & Innovation
Ministry of ICT and Innovation
""", style="gmail"))

add("fji-inq", "en", "inquiry", "FJI",
    frm=A("Salote Waqairatu", "salote.waqairatu@govnet.gov.fj"),
    subj="Query - CI-19/35 consultation session",
    rx="2019-08-06 01:12:33", tz="+1200", cl="exchange2010",
    body=ALT("""
Bula Mr Clark,

The Ministry of Communications has received Circular CI-19/35 and is considering it.

Before we put a recommendation to the Permanent Secretary, could you kindly advise:

(a) whether the session on 10 September will allow remote participation, given the cost of travel from Suva to Budapest; and
(b) whether ITU fellowships are available for Small Island Developing States for this session.

Our decision on participation will depend on your reply.

Vinaka,

Salote Waqairatu
Senior Economic Planning Officer
Ministry of Communications
Level 5, Civic Tower, Suva
""", style="outlook", lang="EN-GB"))

add("zmb-nom", "en", "nomination", "ZMB",
    frm=A("Mwila Chanda", "mwila.chanda@mtc.gov.zm"),
    subj="Nomination - Consultation session on tech & innovation SMEs",
    rx="2019-08-13 09:05:27", tz="+0200", cl="thunderbird",
    dels=[D("Natasha Mwansa Tembo", "Principal ICT Officer", "natasha.tembo@mtc.gov.zm", aliases=["N. M. Tembo"])],
    body=P("""
Dear Sir/Madam,

RE: CONSULTATION SESSIONS FOR MEMBER STATES - FOSTERING TECH AND INNOVATION SMEs

We refer to the above circular and wish to inform you that the Ministry will participate in the first consultation session at ITU Telecom World 2019.

The Ministry has nominated Ms. N. M. Tembo, Principal ICT Officer, to attend.

Full name: Natasha Mwansa Tembo
Position: Principal ICT Officer
E-mail: natasha.tembo@mtc.gov.zm

Yours faithfully,

Mwila Chanda
for/PERMANENT SECRETARY - COMMUNICATIONS
Ministry of Transport and Communications
Communications Department
Fairley Road, P.O. Box 50065
""", flowed=True))

add("in-startup", "en", "inquiry", None,
    frm=A("Kshitij Rao", "kshitij@tinkerbyte.in"),
    subj="Can a startup attend the ITU SME consultation in Budapest?",
    rx="2019-08-02 14:44:19", tz="+0530", cl="gmail",
    body=ALT("""
Hello ITU team,

I came across a LinkedIn post about the consultation sessions ITU is organising on tech and innovation SMEs, the first one at Telecom World in Budapest.

We're Tinkerbyte Labs, a 14-person IoT hardware startup in Bengaluru (LoRa sensors for cold-chain monitoring). I'd love to attend and, if there's a slot, share what it's like for a startup our size to deal with type approval in five countries.

A few questions:
- Is the session open to companies, or only to government delegates?
- If companies can attend, how do we register and is there a fee?
- Does a Telecom World pass cover it?

Thanks a lot!
Kshitij Rao
Co-founder & CEO, Tinkerbyte Labs Pvt Ltd
+91 80 4719 2xxx | tinkerbyte.in
""", style="gmail"))

def _mdn_body(m):
    return Multi("report", [
        ALT("""
Your message

To: Member States
Subject: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs
Sent: Tuesday, July 23, 2019 11:32:08 AM (UTC-05:00) Eastern Time (US & Canada)

was read on Wednesday, July 24, 2019 9:14:09 AM (UTC-05:00) Eastern Time (US & Canada).
""", style="simple", font="Tahoma"),
        Leaf("message/disposition-notification", (
            "Reporting-UA: GCXMBX114.prod.canada.ca; Microsoft Exchange Server 2016\n"
            "Final-Recipient: rfc822;marc-andre.tremblay@canada.ca\n"
            "Original-Message-ID: " + CIRC_ID + "\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n").encode(), "7bit"),
    ], params=["report-type=disposition-notification"])

add("can-mdn", "en", "auto_reply", None,
    frm=A("Tremblay, Marc-André (ISED/ISDE)", "marc-andre.tremblay@canada.ca", "iso-8859-1", "Q"),
    subj="Read: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    rx="2019-07-24 15:14:12", tz="-0400", cl="outlook", irt="circ", tag="mdn", lag=3,
    body=_mdn_body)

add("bwa-ack", "en", "auto_reply", None,
    frm=A("Onalenna Seretse", "oseretse@gov.bw"),
    subj="RE: ITU Circular CI-19/35: Acknowledgement",
    rx="2019-07-29 10:21:40", tz="+0200", cl="exchange2010", irt="circ",
    body=ALT("""
Dear Sir/Madam,

The Ministry of Transport and Communications acknowledges receipt of ITU Circular CI-19/35 of 23 July 2019.

The circular has been referred to the Botswana Communications Regulatory Authority for its attention, and a response will be communicated in due course.

Regards,

Onalenna Seretse (Ms)
Registry Supervisor
Ministry of Transport and Communications, Gaborone

""" + circ_outlook("en"), lang="EN-GB"))

add("mwi-nom", "en", "nomination", "MWI",
    frm=A("Chikondi Banda", "chikondibanda@yahoo.co.uk"),
    subj="Malawi nomination ITU SME session",
    rx="2019-08-16 17:58:02", tz="+0200", cl="yahoo",
    dels=[D("Wezi Kamanga Nyirenda", "Deputy Director, Telecommunications", "wnyirenda@macra.org.mw")],
    body=ALT("""
Dear Sir

Greetings from Blantyre.

Please be advised that MACRA on behalf of the Government of Malawi nominates Mr Wezi Kamanga Nyirenda, Deputy Director, Telecommunications, to attend the SME consultation session at Telecom World in Budapest. His email address is wnyirenda@macra.org.mw.

I am using my personal email because I am out of office today. The official letter will follow from the Director General's office.

Regards

Chikondi Banda
Manager - International Relations
Malawi Communications Regulatory Authority (MACRA)

Sent from Yahoo Mail for iPhone
""", style="simple", font="Helvetica Neue", size="16px"))

add("nzl-wsis", "en", "interest_only", "NZL",
    frm=A("Aroha Te Whata", "Aroha.TeWhata@mbie.govt.nz"),
    subj="CI-19/35 - New Zealand response",
    rx="2019-08-15 02:33:57", tz="+1200", cl="o365",
    sess=[WSIS],
    body=ALT("""
Kia ora Christopher,

Thank you for the invitation to the consultation series on fostering tech and innovation SMEs.

New Zealand will not have officials at ITU Telecom World this year, so we are unable to take part in the September session. We would, however, like to record our interest in the session planned for the WSIS Forum 2020, and will put forward a participant closer to the time.

Ngā mihi,

Aroha Te Whata
Senior Policy Advisor, Digital Economy and Communications
Ministry of Business, Innovation & Employment | Hīkina Whakatutuki
15 Stout Street, Wellington
""", lang="EN-NZ"))

add("uga-cwgi", "en", "unrelated", None,
    frm=A("Patrick Ssemakula Mukasa", "pmukasa@ict.go.ug"),
    subj="Uganda submission - CWG-Internet open consultation",
    rx="2019-08-09 14:03:21", tz="+0300", cl="outlook",
    body=ALT("""
Dear Sir/Madam,

Please find below the input of the Republic of Uganda to the open online consultation of the Council Working Group on International Internet-related Public Policy Issues (CWG-Internet).

Uganda's position is that affordable backbone capacity is the principal constraint for small local content and application developers. We recommend that the CWG-Internet address wholesale pricing of international bandwidth for landlocked developing countries.

For the physical open consultation meeting in January 2020, our contact person will be the undersigned.

Eng. Patrick Ssemakula Mukasa
Commissioner, IT Infrastructure
Ministry of ICT and National Guidance, Kampala
""", lang="EN-GB"))

add("mus-nom", "en", "nomination", "MUS",
    frm=A("Anjali Doorgakant", "adoorgakant@icta.mu"),
    subj="CI-19/35: nomination",
    rx="2019-08-15 08:12:49", tz="+0400", cl="outlook2010",
    dels=[D("Kevin Jean-Marc Appadoo", "Senior Technical Officer", "kappadoo@icta.mu")],
    body=ALT("""
Dear Mr Clark,

Thank you for the circular on the consultation sessions for tech and innovation SMEs.

We confirm our interest and nominate Mr Kevin Jean-Marc Appadoo, Senior Technical Officer (kappadoo@icta.mu), for the first session on 10 September.

Kind regards,
A. Doorgakant (Mrs)
Officer in Charge
ICT Authority
""", style="outlook"))

add("mlt-nom", "en", "nomination", "MLT",
    frm=A("Joanne Camilleri", "joanne.camilleri@mca.org.mt"),
    subj="MCA - Nomination CI-19/35",
    rx="2019-08-02 12:30:08", tz="+0200", cl="o365",
    dels=[D("Mark Anthony Vella", "Chief Officer, Digital Economy", "markanthony.vella@mca.org.mt")],
    body=ALT("""
Dear Christopher,

Malta, through the Malta Communications Authority, is glad to take part in the SME consultation in Budapest. Our nominee is Dr Mark Anthony Vella, Chief Officer, Digital Economy (markanthony.vella@mca.org.mt).

Kind regards,

Joanne Camilleri
Senior Executive, International Affairs
Malta Communications Authority
Valletta Waterfront, Pinto Wharf, Floriana FRN 1913
"""))

add("mlt-resend", "en", "nomination", "MLT",
    frm=A("Joanne Camilleri", "joanne.camilleri@mca.org.mt"),
    subj="FW: MCA - Nomination CI-19/35",
    rx="2019-08-08 09:15:44", tz="+0200", cl="o365", irt="mlt-nom",
    dels=[D("Mark Anthony Vella", "Chief Officer, Digital Economy", "markanthony.vella@mca.org.mt")],
    body=ALT("""
Dear Christopher,

I'm re-sending our message of last Friday, as we haven't had an acknowledgement and I want to be sure it reached you. There is no change to the nomination.

Thanks,
Joanne

From: Joanne Camilleri
Sent: 02 August 2019 12:29
To: sme@itu.int
Subject: MCA - Nomination CI-19/35

Dear Christopher,

Malta, through the Malta Communications Authority, is glad to take part in the SME consultation in Budapest. Our nominee is Dr Mark Anthony Vella, Chief Officer, Digital Economy (markanthony.vella@mca.org.mt).

Kind regards,

Joanne Camilleri
Senior Executive, International Affairs
Malta Communications Authority
"""))

add("png-int", "en", "interest_only", "PNG",
    frm=A("Kila Tau Gabi", "kgabi@ict.gov.pg"),
    subj="PNG interest - ITU SME consultations",
    rx="2019-08-16 04:10:12", tz="+1000", cl="plain", tag="plain",
    body=P("""
Dear Sir/Madam,

Papua New Guinea, through the Department of Information and Communications Technology, is interested in taking part in the SME consultation session at Telecom World in Budapest.

Our officer's name is pending travel approval by the Secretary and will be sent to you as soon as it is granted. In the meantime the undersigned is the contact point for this matter.

Regards,

Kila Tau Gabi
Acting Director, Policy & Planning
Department of Information and Communications Technology
Port Moresby
Ph: +675 301 xxxx
""", cs="us-ascii", cte="7bit"))

add("lbr-docx", "en", "nomination", "LBR",
    frm=A("Comfort T. Karnley", "ckarnley@lta.gov.lr"),
    subj="Nomination form - Liberia",
    rx="2019-08-14 15:47:31", tz="+0000", cl="outlook",
    dels=[D("Abraham Boakai Kollie", "Director, Policy and Planning", "akollie@lta.gov.lr")],
    body=Multi("mixed", [ALT("""
Dear Sir,

Attached please find the nomination of the Liberia Telecommunications Authority for the consultation session of 10 September 2019.

Best,
Comfort T. Karnley
Executive Assistant to the Chairman
Liberia Telecommunications Authority
12th Street, Sinkor, Monrovia
"""),
        Att(DOCX([
            "# LIBERIA TELECOMMUNICATIONS AUTHORITY",
            "Office of the Chairman",
            "August 14, 2019",
            "Mr. Christopher Clark",
            "SME Team, International Telecommunication Union, Geneva",
            "Dear Mr. Clark:",
            "RE: ITU Circular CI-19/35 - Consultation Sessions for Member States",
            "On behalf of the Government of the Republic of Liberia, the Liberia Telecommunications Authority is pleased to confirm its interest in the consultation sessions and to nominate the following official for the first session at ITU Telecom World 2019 in Budapest:",
            ["Name", "Title", "Email", "Phone"],
            ["Abraham Boakai Kollie", "Director, Policy and Planning", "akollie@lta.gov.lr", "+231 77 655 xxxx"],
            "Kindly address all correspondence regarding the session to Mr. Kollie.",
            "Sincerely,",
            "Edwin K. Harris",
            "Chairman",
        ], author="ckarnley"), DOCX_T, "LTA nomination CI-19-35.docx"),
    ]))

add("guy-int", "en", "interest_only", "GUY",
    frm=A("Devika Persaud", "dpersaud@egov.gov.gy"),
    subj="Guyana - Circular CI-19/35",
    rx="2019-08-10 19:25:02", tz="-0400", cl="gmail",
    sess=[BUD, CWG, WSIS],
    body=ALT("""
Dear Mr. Clark,

Guyana welcomes the initiative and would like to participate in all three consultations announced in the circular: in Budapest during Telecom World, alongside the Council Working Group meetings early next year, and at the WSIS Forum 2020.

Names of our participants will be communicated separately for each session.

Best regards,
Devika Persaud
Head, Policy Unit
National Data Management Authority / E-Government Agency
Georgetown
""", style="gmail"))

# ----- French -------------------------------------------------------------------------------

add("sen-nom", "fr", "nomination", "SEN",
    frm=A("Secrétariat général MENT", "sg@numerique.gouv.sn", "iso-8859-1", "Q"),
    subj="Désignation - Session de consultation PME tech (Budapest, 10 septembre 2019)", subj_cs="iso-8859-1", subj_enc="Q",
    rx="2019-08-08 12:40:55", tz="+0000", cl="outlook",
    dels=[D("Mamadou Lamine Diop", "Conseiller technique chargé de l'innovation", "mldiop@numerique.gouv.sn")],
    body=Multi("related", [ALT("""
Monsieur le Secrétaire général,

Faisant suite à votre lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire part de l'intérêt du Ministère de l'Économie numérique et des Télécommunications de la République du Sénégal pour la série de sessions de consultation consacrées à la promotion des PME du secteur des technologies et de l'innovation.

Pour la première session, prévue le 10 septembre 2019 en marge d'ITU Telecom World à Budapest, le Ministère désigne :

|Prénom et nom|Fonction|Adresse électronique|
|Mamadou Lamine DIOP|Conseiller technique chargé de l'innovation|mldiop@numerique.gouv.sn|

M. Mamadou Lamine Diop assure notamment le suivi du programme national d'appui aux startups numériques (Delivery Unit « Sénégal numérique 2025 »).

Je vous prie d'agréer, Monsieur le Secrétaire général, l'expression de ma haute considération.

Le Secrétaire général
Papa Ousmane Sarr

Ministère de l'Économie numérique et des Télécommunications
Immeuble Y1D, Sphère ministérielle de Diamniadio
""", cs="iso-8859-1", lang="FR", sig_img="image001.png@01D54E2B.7A1C3F20"),
        Att(PNG(), "image/png", "image001.png", inline=True, cid="image001.png@01D54E2B.7A1C3F20"),
    ], params=['type="multipart/alternative"']))

add("civ-artci", "fr", "nomination", "CIV",
    frm=A("ARTCI - Direction de la coopération", "cooperation@artci.ci"),
    subj="Réponse à la lettre circulaire CI-19/35",
    rx="2019-08-15 17:22:36", tz="+0000", cl="zimbra",
    dels=[D("Affoué Christelle N'Guessan", "Directrice de l'Économie numérique", "ac.nguessan@artci.ci",
            aliases=["N'GUESSAN née KOUADIO Affoué Christelle"])],
    body=ALT("""
Monsieur,

En réponse à la lettre circulaire CI-19/35 relative aux sessions de consultation « Promouvoir les PME du secteur des technologies et de l'innovation », l'Autorité de Régulation des Télécommunications/TIC, agissant pour le compte du Gouvernement, vous confirme son intérêt.

Elle a désigné Madame N'GUESSAN née KOUADIO Affoué Christelle, Directrice de l'Économie numérique, pour prendre part à la session du 10 septembre prochain à Budapest.

Contact de la participante : Affoué Christelle N'Guessan, ac.nguessan@artci.ci, +225 20 34 xx xx.

Veuillez agréer, Monsieur, nos salutations distinguées.

Pour le Directeur Général et par délégation,
Le Directeur de la Coopération
Yao Sylvestre Konan

Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire
Marcory Anoumabo, 18 BP 2203 Abidjan 18
""", style="simple", font="times new roman,new york,times,serif", size="12pt"))

add("cog-arpce", "fr", "nomination", "COG",
    frm=A("Ghislain ITOUA", "g.itoua@arpce.cg"),
    subj="CI-19/35 - designation ARPCE",
    rx="2019-08-14 10:02:17", tz="+0100", cl="thunderbird",
    dels=[D("Ghislain Bertrand Itoua", "Directeur des Réseaux et Services de Communications électroniques", "g.itoua@arpce.cg")],
    body=ALT("""
Bonjour Monsieur Clark,

Suite à la lettre circulaire citée en objet, l'Agence de Régulation des Postes et des Communications Électroniques (ARPCE) vous informe que la République du Congo souhaite prendre part à la première session de consultation sur les PME technologiques.

Je serai moi-même le participant désigné :
Ghislain Bertrand ITOUA
Directeur des Réseaux et Services de Communications électroniques
g.itoua@arpce.cg / +242 05 510 xx xx

Bien cordialement,

--
Ghislain Bertrand ITOUA
ARPCE, Brazzaville
""", style="simple", font="-moz-fixed", cs="windows-1252", cte="8bit"))

add("cod-int", "fr", "interest_only", "COD",
    frm=A("Jean-Pierre Kabeya", "jpkabeya2004@yahoo.fr"),
    subj="Manifestation d'intérêt RDC - sessions PME (CI-19/35)",
    rx="2019-08-16 20:44:10", tz="+0100", cl="yahoo",
    body=ALT("""
Monsieur Christopher Clark,

J'ai l'honneur de porter à votre connaissance que le Ministère des Postes, Télécommunications et Nouvelles Technologies de l'Information et de la Communication de la République Démocratique du Congo est intéressé par les sessions de consultation annoncées dans la lettre circulaire CI-19/35.

Le nom de notre participant à la session de Budapest vous sera communiqué dès la signature de l'ordre de mission par Son Excellence Monsieur le Ministre.

Veuillez excuser l'usage de mon adresse personnelle, la messagerie du Ministère étant momentanément indisponible.

Haute considération.

Jean-Pierre Kabeya Mutombo
Conseiller chargé des TIC
Cabinet du Ministre des PT-NTIC
Kinshasa/Gombe
""", style="simple", font="Helvetica Neue, Helvetica, Arial, sans-serif", size="13px"))

add("fra-wsis", "fr", "nomination", "FRA",
    frm=A("GIRARD Matthieu (DGE/SCIDE/SDNUM)", "matthieu.girard@finances.gouv.fr"),
    cc=[A("DUBOIS-LEFÈVRE Claire (DGE)", "claire.dubois-lefevre@finances.gouv.fr", "iso-8859-1", "Q")],
    subj="TR: Lettre circulaire CI-19/35 de l'UIT: Sessions de consultation pour les États Membres",
    rx="2019-08-13 14:27:39", tz="+0200", cl="outlook",
    sess=[WSIS],
    dels=[D("Claire Dubois-Lefèvre", "chargée de mission « PME et innovation numérique » à la Direction générale des entreprises",
            "claire.dubois-lefevre@finances.gouv.fr", aliases=["DUBOIS-LEFÈVRE Claire"])],
    body=ALT("""
Monsieur,

La France remercie l'UIT pour cette initiative. Le calendrier de la délégation française à ITU Telecom World ne nous permettra malheureusement pas d'être représentés à la session de Budapest du 10 septembre.

En revanche, nous souhaitons participer à la session prévue pendant le Forum du SMSI 2020 et y désignons dès à présent Mme Claire Dubois-Lefèvre, chargée de mission « PME et innovation numérique » à la Direction générale des entreprises (claire.dubois-lefevre@finances.gouv.fr, en copie).

Bien cordialement,

Matthieu GIRARD
Adjoint au chef du bureau des affaires européennes et internationales
Sous-direction des réseaux et des usages numériques
Direction générale des entreprises
Ministère de l'Économie et des Finances
61 boulevard Vincent Auriol, 75703 Paris Cedex 13

""" + circ_outlook("fr", "fr"), cs="iso-8859-15", lang="FR", pcs="iso-8859-15"))

add("bel-int", "fr", "interest_only", "BEL",
    frm=A("Sophie Vandenbroucke", "sophie.vandenbroucke@ibpt.be"),
    subj="IBPT - intérêt pour la session de consultation PME (Budapest)",
    rx="2019-08-09 09:51:03", tz="+0200", cl="o365",
    body=ALT("""
Cher Monsieur Clark,

L'IBPT, au nom de la Belgique, aimerait prendre part à la session de consultation du 10 septembre à Budapest.

Avant de désigner quelqu'un, pourriez-vous nous préciser si les participants doivent être accrédités à ITU Telecom World 2019 (et donc s'acquitter du badge), ou si une inscription séparée et gratuite est prévue pour les délégués des États Membres ? La réponse conditionne le choix de notre représentant ; son nom suivra dès que possible.

Avec mes salutations distinguées,

Sophie Vandenbroucke
Conseiller - Relations internationales
Institut belge des services postaux et des télécommunications
Boulevard du Roi Albert II 35, 1030 Bruxelles
"""))

add("che-nom", "fr", "nomination", "CHE",
    frm=A("Chappuis Laurent BAKOM", "laurent.chappuis@bakom.admin.ch"),
    subj="CI-19/35 : participation de la Suisse",
    rx="2019-08-05 16:05:59", tz="+0200", cl="apple",
    dels=[D("Laurent Chappuis", "chef de la section Affaires internationales ICT", "laurent.chappuis@bakom.admin.ch")],
    body=ALT("""
Madame, Monsieur,

L'Office fédéral de la communication (OFCOM) a pris connaissance avec intérêt de la lettre circulaire CI-19/35.

La Suisse participera à la première session de consultation à Budapest. Elle y sera représentée par le soussigné, Laurent Chappuis, chef de la section Affaires internationales ICT.

Meilleures salutations

Laurent Chappuis
Département fédéral de l'environnement, des transports, de l'énergie et de la communication DETEC
Office fédéral de la communication OFCOM
Rue de l'Avenir 44, CH-2501 Bienne
laurent.chappuis@bakom.admin.ch
""", style="simple", font="Helvetica", size="14px", cs="iso-8859-1"))

add("mar-fwd", "fr", "nomination", "MAR",
    frm=A("Mission permanente du Maroc", "mission.maroc@mission-maroc.ch"),
    subj="TR: Réponse de l'ANRT - Circulaire CI-19/35",
    rx="2019-08-12 11:18:26", tz="+0200", cl="exchange2010",
    dels=[D("Nadia Benjelloun", "Chef de la Division Innovation et Économie numérique", "benjelloun@anrt.ma")],
    body=ALT("""
Monsieur,

D'ordre de l'Ambassadeur, la Mission permanente du Royaume du Maroc auprès de l'Office des Nations Unies à Genève vous transmet ci-dessous la réponse de l'Agence Nationale de Réglementation des Télécommunications (ANRT) à la lettre circulaire CI-19/35.

Avec nos cordiales salutations.

Karim El Alaoui
Conseiller

De : Youssef Tazi [mailto:tazi@anrt.ma]
Envoyé : vendredi 9 août 2019 16:40
À : mission.maroc@mission-maroc.ch
Objet : Réponse de l'ANRT - Circulaire CI-19/35

Monsieur le Conseiller,

Je vous saurais gré de bien vouloir transmettre à l'UIT (sme@itu.int) la réponse suivante :

« L'ANRT, au nom du Royaume du Maroc, exprime son intérêt pour les sessions de consultation "Promouvoir les PME du secteur des technologies et de l'innovation" et désigne, pour la session du 10 septembre 2019 à Budapest, Mme Nadia Benjelloun, Chef de la Division Innovation et Économie numérique (benjelloun@anrt.ma). »

Cordialement,

Youssef Tazi
Chef du Service Coopération internationale
Agence Nationale de Réglementation des Télécommunications
Centre d'affaires, Bd Ar-Ryad, Hay Riad, Rabat

""" + circ_outlook("fr", "fr"), cs="windows-1252", lang="FR", cte="quoted-printable"))

add("bfa-late", "fr", "nomination", "BFA",
    frm=A("Issouf OUEDRAOGO", "issouf.ouedraogo@mdenp.gov.bf"),
    subj="RE: Lettre circulaire CI-19/35",
    rx="2019-08-20 12:03:44", tz="+0000", cl="roundcube", irt="circ",
    dels=[D("Issouf Ouédraogo", "Directeur général de l'Économie numérique", "issouf.ouedraogo@mdenp.gov.bf",
            aliases=["OUEDRAOGO Issouf"])],
    body=ALT("""
Monsieur,

Nous accusons réception de votre lettre circulaire CI-19/35 et vous prions de bien vouloir excuser le retard de notre réponse, dû à la période des congés administratifs.

Le Burkina Faso souhaite participer à la session de consultation de Budapest. Le Ministère du Développement de l'Économie numérique et des Postes désigne à cet effet :

- Nom et prénom : OUEDRAOGO Issouf
- Fonction : Directeur général de l'Économie numérique
- Courriel : issouf.ouedraogo@mdenp.gov.bf

Nous espérons que cette désignation pourra encore être prise en compte.

Cordialement,

Issouf Ouédraogo
Directeur général de l'Économie numérique
Ouagadougou

Le 23/07/2019 17:32, ITU SME a écrit :
> Réf.: CI-19/35
> Contact: M. Christopher Clark
> Courriel: sme@itu.int
>
> Genève, le 23 juillet 2019
""", style="simple", font="Verdana", cs="utf-8", cte="base64"))

add("gab-dec", "fr", "decline", "GAB",
    frm=A("Cabinet du Ministre - MCEN", "cabinet@communication.gouv.ga"),
    subj="Lettre circulaire CI-19/35 - Réponse du Gabon",
    rx="2019-08-13 15:36:08", tz="+0100", cl="outlook2010",
    body=ALT("""
Monsieur le Secrétaire général,

J'ai l'honneur d'accuser réception de votre lettre circulaire CI-19/35 du 23 juillet 2019 et vous remercie de l'invitation adressée au Gabon.

Après examen, il ne nous sera pas possible de donner une suite favorable à cette invitation : les contraintes budgétaires de l'exercice en cours ne permettent pas au Ministère de se faire représenter à la session de Budapest, et nous ne sommes pas en mesure de nous engager pour les sessions ultérieures.

Le Gabon demeure néanmoins attentif aux travaux de l'UIT en faveur des PME.

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Pour le Ministre, et par délégation,
Le Directeur de Cabinet
Hervé Patrick Nzamba Moussavou
""", cs="iso-8859-1", lang="FR"))

add("cmr-nom", "fr", "nomination", "CMR",
    frm=A("MINPOSTEL - Division de la Coopération", "coopinter@minpostel.gov.cm"),
    subj="Désignation des participants du Cameroun - CI-19/35",
    rx="2019-08-16 09:12:30", tz="+0100", cl="outlook",
    dels=[D("Paul Éric Mbarga Atangana", "Chef de la Cellule de la Promotion de l'Économie numérique", "pe.mbarga@minpostel.gov.cm",
            aliases=["MBARGA ATANGANA Paul Éric"]),
          D("Ibrahim Njoya", "Cadre à la Division de la Coopération", "ibrahim.njoya@minpostel.gov.cm",
            aliases=["NJOYA Ibrahim"])],
    body=Multi("mixed", [ALT("""
Monsieur,

Me référant à la lettre circulaire CI-19/35, j'ai l'honneur de vous faire connaître que le Ministère des Postes et Télécommunications (MINPOSTEL) a retenu deux participants pour la session de consultation qui se tiendra le 10 septembre 2019 à Budapest :

|N°|Noms et prénoms|Fonction|Contacts|
|1|MBARGA ATANGANA Paul Éric|Chef de la Cellule de la Promotion de l'Économie numérique|pe.mbarga@minpostel.gov.cm|
|2|NJOYA Ibrahim|Cadre à la Division de la Coopération|ibrahim.njoya@minpostel.gov.cm|

M. Paul Éric MBARGA ATANGANA conduira la délégation ; M. Ibrahim NJOYA l'accompagnera.

La lettre officielle signée est jointe.

Recevez, Monsieur, l'expression de ma parfaite considération.

Pour le Ministre,
Le Chef de la Division de la Coopération
Thérèse Ngo Bayiha
""", cs="windows-1252", lang="FR"),
        Att(PDF([
            "REPUBLIQUE DU CAMEROUN                              REPUBLIC OF CAMEROON",
            "Paix - Travail - Patrie                                  Peace - Work - Fatherland",
            "MINISTERE DES POSTES ET TELECOMMUNICATIONS",
            "",
            "N° 0741/MINPOSTEL/SG/DC                                Yaoundé, le 14 août 2019",
            "",
            "# Objet : Désignation des participants - session de consultation UIT du 10 septembre 2019",
            "",
            "MBARGA ATANGANA Paul Éric - Chef de la Cellule de la Promotion de l'Économie numérique",
            "NJOYA Ibrahim - Cadre à la Division de la Coopération",
            "",
            "Le Ministre des Postes et Télécommunications",
        ], title="Designation CI-19/35", author="DC MINPOSTEL", producer="Canon iR-ADV C5535 PDF"),
            "application/pdf", "Lettre désignation UIT.pdf"),
    ]))

add("hti-inq", "fr", "inquiry", "HTI",
    frm=A("Wilner Dorsainvil", "wdorsainvil@conatel.gouv.ht"),
    subj="Question sur la circulaire CI-19/35",
    rx="2019-08-01 15:20:12", tz="-0400", cl="gmail",
    body=ALT("""
Bonjour M. Clark,

Le Conseil National des Télécommunications (CONATEL) a bien reçu la circulaire CI-19/35.

Avant de nous prononcer sur notre participation, nous aimerions comprendre deux points :
1) Les PME haïtiennes pourront-elles adhérer comme Associés à partir de janvier 2020 sans passer par l'administration, et à quel tarif exact ?
2) Les sessions de consultation porteront-elles aussi sur ces conditions d'adhésion, ou uniquement sur les politiques nationales ?

Merci d'avance pour vos éclaircissements.

Wilner Dorsainvil
Directeur des Affaires internationales
CONATEL - Port-au-Prince, Haïti
""", style="gmail"))

add("ner-nom", "fr", "nomination", "NER",
    frm=A("Hadiza Boubacar Garba", "hadiza.garba@mptenum.gouv.ne"),
    subj="Participation du Niger - session PME 10/09/2019",
    rx="2019-08-15 13:44:52", tz="+0100", cl="gmail",
    dels=[D("Hadiza Boubacar Garba", "Directrice de l'Économie numérique", "hadiza.garba@mptenum.gouv.ne")],
    body=ALT("""
Monsieur,

En réponse à votre lettre circulaire CI-19/35, le Ministère des Postes, des Télécommunications et de l'Économie Numérique de la République du Niger a le plaisir de vous informer que sa participation à la session de consultation de Budapest sera assurée par Mme Hadiza Boubacar Garba, Directrice de l'Économie numérique, auteur du présent message.

Je reste à votre disposition pour tout renseignement complémentaire.

Sincères salutations.

Hadiza Boubacar Garba
Directrice de l'Économie numérique
MPT/EN - Niamey
""", style="gmail"))

add("fr-ooo", "fr", "auto_reply", None,
    frm=A("LEMAIRE Aurélie", "aurelie.lemaire@arcep.fr", "iso-8859-1", "Q"),
    subj="Réponse automatique : Lettre circulaire CI-19/35 de l'UIT: Sessions de consultation pour les États Membres",
    rx="2019-07-23 17:33:40", tz="+0200", cl="exchange2010", irt="circ", lag=2,
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=ALT("""
Bonjour,

Je suis absente du bureau jusqu'au lundi 19 août inclus, avec un accès limité à ma messagerie.

Pour toute question relative aux affaires internationales, merci de vous adresser à international@arcep.fr.

Cordialement,
Aurélie Lemaire
""", cs="iso-8859-1", lang="FR"))

add("fr-news", "fr", "unrelated", None,
    frm=A("Observatoire du numérique francophone", "lettre@obs-numerique-francophone.org"),
    subj="Lettre d'information n°42 - Juillet/Août 2019",
    rx="2019-07-31 08:00:12", tz="+0200", cl="php", tag="newsletter",
    extra=["List-Unsubscribe: <https://obs-numerique-francophone.org/desinscription?u=sme%40itu.int>", "Precedence: bulk"],
    body=ALT("""
Lettre d'information n°42 - Juillet/Août 2019

À LA UNE
Les jeunes pousses du numérique en Afrique francophone : levées de fonds record au premier semestre.

AGENDA
- 2-4 septembre : Forum des incubateurs, Lomé
- 9-12 septembre : ITU Telecom World 2019, Budapest
- 14 octobre : Journée francophone des PME numériques, Montréal

PUBLICATION
Notre étude « Financer les PME technologiques : douze recommandations » est disponible en téléchargement.

Vous recevez cette lettre car votre adresse est inscrite à notre liste de diffusion. Se désinscrire.
""", style="simple", font="Georgia"))

add("gin-nom", "fr", "nomination", "GIN",
    frm=A("Mamadou Saliou Diallo", "msdiallo@mptn.gov.gn"),
    subj="Candidature de la Guinée - session de consultation PME (UIT)",
    rx="2019-08-07 10:30:45", tz="+0000", cl="thunderbird",
    dels=[D("Mamadou Saliou Diallo", "Conseiller principal chargé de l'économie numérique", "msdiallo@mptn.gov.gn")],
    body=P("""
Monsieur Clark,

Le Ministère des Postes, des Télécommunications et de l'Économie Numérique de la République de Guinée souhaite participer à la session de consultation du 10 septembre 2019.

Notre représentant sera M. Mamadou Saliou Diallo, Conseiller principal chargé de l'économie numérique (msdiallo@mptn.gov.gn).

Cordialement,

M. S. Diallo
Conseiller principal
Ministère des Postes, des Télécommunications et de l'Économie Numérique
Conakry
""", cs="iso-8859-15", cte="8bit", flowed=True))

add("incub-inq", "fr", "inquiry", None,
    frm=A("Réseau francophone des incubateurs numériques", "contact@refin-incubateurs.org"),
    subj="Participation d'un réseau d'incubateurs aux consultations PME de l'UIT ?",
    rx="2019-08-19 11:05:09", tz="+0200", cl="roundcube",
    body=ALT("""
Madame, Monsieur,

Notre réseau fédère 48 incubateurs et accélérateurs de startups numériques dans 19 pays francophones. Nous avons appris par l'un de nos membres, le CTIC Dakar, l'organisation de sessions de consultation sur les PME technologiques.

Serait-il envisageable qu'un représentant du réseau intervienne lors de la session organisée pendant le Forum du SMSI 2020, ou ces sessions sont-elles réservées aux États Membres ? Le cas échéant, quelles seraient les modalités d'inscription ?

En vous remerciant par avance,

Élodie Kamga-Berthier
Déléguée générale
Réseau francophone des incubateurs numériques (REFIN)
Paris - Dakar - Montréal
""", style="simple", font="Arial"))

add("mco-int", "fr", "interest_only", "MCO",
    frm=A("Direction des Communications Électroniques", "dce@gouv.mc", "iso-8859-1", "Q"),
    subj="Monaco - sessions de consultation PME",
    rx="2019-08-14 10:41:27", tz="+0200", cl="outlook",
    body=ALT("""
Monsieur,

J'ai l'honneur de vous faire savoir que la Principauté de Monaco souhaite manifester son intérêt pour la série de sessions de consultation annoncée par la lettre circulaire CI-19/35.

La désignation du représentant monégasque fera l'objet d'un courrier ultérieur.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Raphaël Giordano-Médecin
Chef de Division
Direction des Communications Électroniques
Gouvernement Princier, Principauté de Monaco
""", cs="iso-8859-1", lang="FR"))

# ----- Spanish ------------------------------------------------------------------------------

add("esp-nom", "es", "nomination", "ESP",
    frm=A("Ruiz Gallardo, María del Carmen", "mcarmen.ruiz@economia.gob.es"),
    cc=[A("Relaciones Internacionales SEAD", "ri.sead@economia.gob.es")],
    subj="RE: Carta Circular CI-19/35 de la UIT: Sesiones de consulta para los Estados Miembros",
    rx="2019-08-06 13:15:20", tz="+0200", cl="outlook", irt="circ",
    dels=[D("María del Carmen Ruiz Gallardo", "Subdirectora General de Fomento de la Sociedad Digital", "mcarmen.ruiz@economia.gob.es")],
    body=ALT("""
Estimado Sr. Clark:

En respuesta a la Carta Circular CI-19/35, le comunico que España está interesada en participar en las sesiones de consulta sobre el fomento de las PYME tecnológicas e innovadoras.

La Secretaría de Estado para el Avance Digital ha designado para la primera sesión, que tendrá lugar el 10 de septiembre en Budapest, a D.ª María del Carmen Ruiz Gallardo, Subdirectora General de Fomento de la Sociedad Digital, que firma este correo.

Quedo a su disposición para cualquier aclaración.

Un cordial saludo,

María del Carmen Ruiz Gallardo
Subdirectora General de Fomento de la Sociedad Digital
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
C/ Poeta Joan Maragall, 41 - 28020 Madrid

""" + circ_outlook("es", "es"), cs="iso-8859-1", lang="ES"))

add("mex-nom", "es", "nomination", "MEX",
    frm=A("Dirección General de Asuntos Internacionales - SCT", "dgai@sct.gob.mx"),
    subj="México: designación para la sesión de consulta sobre PYME tecnológicas",
    rx="2019-08-15 23:58:44", tz="-0500", cl="exchange2010",
    dels=[D("Alejandra Beltrán Quiroz", "Directora General Adjunta de Política de Telecomunicaciones", "abeltranq@sct.gob.mx"),
          D("Rodrigo Esquivel Montaño", "Subdirector de Economía Digital", "resquivel@sct.gob.mx")],
    body=ALT("""
Sr. Christopher Clark
Unión Internacional de Telecomunicaciones
Presente

Me refiero a la Carta Circular CI-19/35, mediante la cual el Secretario General de la UIT invita a los Estados Miembros a una serie de sesiones de consulta sobre PYME tecnológicas e innovadoras.

Al respecto, me permito informarle que el Gobierno de México participará en la sesión del 10 de septiembre de 2019 en el marco de ITU Telecom World, y que la Secretaría de Comunicaciones y Transportes designa a:

• Mtra. Alejandra Beltrán Quiroz, Directora General Adjunta de Política de Telecomunicaciones (abeltranq@sct.gob.mx)
• Ing. Rodrigo Esquivel Montaño, Subdirector de Economía Digital (resquivel@sct.gob.mx)

Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.

Atentamente,

Lic. Gerardo Ibarra Solórzano
Director General de Asuntos Internacionales
Secretaría de Comunicaciones y Transportes
Av. Insurgentes Sur 1089, Col. Nochebuena, Ciudad de México
""", cs="windows-1252", lang="ES-MX"))

add("arg-int", "es", "interest_only", "ARG",
    frm=A("Lucía Fernández Ocampo", "lfernandez@modernizacion.gob.ar"),
    subj="CI-19/35 - Interés de la República Argentina",
    rx="2019-08-14 21:09:31", tz="-0300", cl="gmail",
    sess=[BUD, CWG],
    body=ALT("""
Estimados,

Les escribo desde la Secretaría de Gobierno de Modernización para confirmar el interés de la Argentina en dos de las sesiones anunciadas: la de Budapest durante Telecom World y la que se realizará junto a las reuniones de los Grupos de Trabajo del Consejo a comienzos de 2020.

Los nombres de quienes participarán se los haremos llegar oportunamente, una vez que se aprueben las comisiones de servicio.

Saludos cordiales,

Lucía Fernández Ocampo
Coordinadora de Asuntos Internacionales
Secretaría de Gobierno de Modernización
Jefatura de Gabinete de Ministros
Av. Roque Sáenz Peña 511, CABA
""", style="gmail"))

add("col-fwd", "es", "nomination", "COL",
    frm=A("Misión Permanente de Colombia en Ginebra", "mission.colombia@cancilleria.gov.co"),
    subj="Nota DPG/0412/2019 - Respuesta CI-19/35 MinTIC",
    rx="2019-08-16 10:35:11", tz="+0200", cl="o365",
    dels=[D("Andrés Felipe Restrepo Londoño", "Asesor del Despacho del Viceministro de Economía Digital", "arestrepo@mintic.gov.co")],
    body=Multi("mixed", [ALT("""
Señores
Unión Internacional de Telecomunicaciones
Ginebra

La Misión Permanente de Colombia ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra saluda muy atentamente a la Secretaría de la Unión Internacional de Telecomunicaciones y tiene el honor de remitir adjunta la comunicación del Ministerio de Tecnologías de la Información y las Comunicaciones (MinTIC) mediante la cual se designa al participante de Colombia en la primera sesión de consulta sobre PYME tecnológicas e innovadoras.

La Misión Permanente de Colombia aprovecha la oportunidad para reiterar a la Secretaría de la UIT las seguridades de su más alta y distinguida consideración.

Ginebra, 16 de agosto de 2019
"""),
        Att(PDF([
            "# MINISTERIO DE TECNOLOGIAS DE LA INFORMACION Y LAS COMUNICACIONES",
            "Bogotá D.C., 13 de agosto de 2019",
            "",
            "Señor",
            "HOULIN ZHAO",
            "Secretario General",
            "Unión Internacional de Telecomunicaciones",
            "",
            "Asunto: Carta Circular CI-19/35 - Designación",
            "",
            "Respetado Secretario General:",
            "",
            "Colombia agradece la invitación a las sesiones de consulta \"Fomento de las PYME tecnológicas e",
            "innovadoras\" y manifiesta su interés en participar. Para la sesión del 10 de septiembre de 2019",
            "en Budapest se designa al doctor Andrés Felipe Restrepo Londoño, Asesor del Despacho del",
            "Viceministro de Economía Digital, correo electrónico arestrepo@mintic.gov.co.",
            "",
            "Cordialmente,",
            "",
            "JUANITA CASTRO URIBE",
            "Directora de Relaciones Internacionales (E)",
        ], title="Respuesta CI-19-35", author="MinTIC"), "application/pdf", "Respuesta CI-19-35 MinTIC.pdf"),
    ]))

add("dom-indotel", "es", "nomination", "DOM",
    frm=A("Yokasta Peña", "ypena@indotel.gob.do"),
    subj="Designación INDOTEL - Sesión de consulta PYME 10/09/2019",
    rx="2019-08-09 17:12:40", tz="-0400", cl="outlook",
    dels=[D("Yokasta Altagracia Peña Rosario", "Directora de Relaciones Internacionales", "ypena@indotel.gob.do")],
    body=ALT("""
Distinguido señor Clark:

Tengo a bien informarle que el Instituto Dominicano de las Telecomunicaciones (INDOTEL), en representación de la República Dominicana, participará en la primera sesión de consulta sobre PYME tecnológicas, en Budapest.

La persona designada es quien suscribe:

Nombre: Yokasta Altagracia Peña Rosario
Cargo: Directora de Relaciones Internacionales
Correo: ypena@indotel.gob.do
Teléfono: +1 809 732 5555 ext. 2xxx

Atentamente,

Lic. Yokasta A. Peña Rosario
Directora de Relaciones Internacionales
INDOTEL - Ave. Abraham Lincoln #962, Santo Domingo
""", lang="ES-DO"))

add("chl-dec", "es", "decline", "CHL",
    frm=A("Subtel - Relaciones Internacionales", "internacional@subtel.gob.cl"),
    subj="Respuesta Chile a Carta Circular CI-19/35",
    rx="2019-08-12 15:40:10", tz="-0400", cl="zimbra",
    body=ALT("""
Estimado Sr. Clark:

Agradecemos la invitación a las sesiones de consulta sobre PYME tecnológicas e innovadoras.

Lamentablemente, la Subsecretaría de Telecomunicaciones no podrá participar en esta iniciativa, dado que en esas fechas Chile estará abocado a la preparación de la COP25 y de la reunión de APEC, que concentran la agenda y los recursos del Gobierno durante el segundo semestre.

Le saluda atentamente,

Francisca Urrutia Bascuñán
Jefa de Relaciones Internacionales
Subsecretaría de Telecomunicaciones
Amunátegui 139, Santiago
""", style="simple", font="arial,helvetica,sans-serif"))

add("per-nom", "es", "nomination", "PER",
    frm=A("Luis Alberto Quispe Huamán", "lquispe@mtc.gob.pe"),
    subj="Designación de representante del Perú - sesión de consulta UIT (Budapest)",
    rx="2019-08-05 19:28:06", tz="-0500", cl="outlook",
    dels=[D("Luis Alberto Quispe Huamán", "Director de Políticas y Regulación en Comunicaciones", "lquispe@mtc.gob.pe")],
    body=ALT("""
Señor Christopher Clark:

Por medio del presente, el Ministerio de Transportes y Comunicaciones del Perú expresa su interés en las sesiones de consulta convocadas mediante Carta Circular CI-19/35 y comunica que el suscrito, Luis Alberto Quispe Huamán, Director de Políticas y Regulación en Comunicaciones, participará en la sesión del 10 de septiembre.

Saludos cordiales,

Luis Alberto Quispe Huamán
Director de Políticas y Regulación en Comunicaciones
Dirección General de Políticas y Regulación en Comunicaciones
Ministerio de Transportes y Comunicaciones - Jr. Zorritos 1203, Lima
""", cs="iso-8859-1", lang="ES-PE"))

add("cub-late", "es", "nomination", "CUB",
    frm=A("Dirección de Relaciones Internacionales MINCOM", "relinternacionales@mincom.gob.cu"),
    subj="Re: Carta Circular CI-19/35",
    rx="2019-08-22 16:02:53", tz="-0400", cl="thunderbird", irt="circ",
    dels=[D("Yunior Pérez Fonseca", "Especialista principal de la Dirección de Informática", "yunior.perez@mincom.gob.cu")],
    body=P("""
Estimado Sr. Clark:

Le rogamos disculpe la demora en responder, debida a dificultades con nuestro servicio de correo.

El Ministerio de Comunicaciones de la República de Cuba desea participar en la primera sesión de consulta y designa al compañero Ing. Yunior Pérez Fonseca, especialista principal de la Dirección de Informática (yunior.perez@mincom.gob.cu).

Saludos revolucionarios,

Mayelín Castillo Rodríguez
Directora de Relaciones Internacionales
Ministerio de Comunicaciones
Ave. Independencia y 19 de Mayo, Plaza de la Revolución, La Habana

El 23/07/19 a las 11:32, ITU SME escribió:
> Ref.: CI-19/35
> Contacto: Sr. Christopher Clark
> Correo-e: sme@itu.int
""", cs="iso-8859-1", cte="8bit", flowed=True))

add("ury-2020", "es", "nomination", "URY",
    frm=A("Martín Sosa Pereyra", "martin.sosa@agesic.gub.uy"),
    subj="Uruguay - sesiones de consulta PYME: 2020",
    rx="2019-08-16 02:14:06", tz="-0300", cl="gmail",
    sess=[CWG, WSIS],
    dels=[D("Valentina Rodríguez Acosta", "Gerente de Innovación de Agesic", "valentina.rodriguez@agesic.gub.uy")],
    body=ALT("""
Estimado Christopher:

Uruguay no estará presente en Budapest este año, pero nos interesa mucho la serie de consultas. Para las dos sesiones de 2020 (junto a los Grupos de Trabajo del Consejo y durante el Foro de la CMSI) proponemos a Valentina Rodríguez Acosta, Gerente de Innovación de Agesic (valentina.rodriguez@agesic.gub.uy).

Saludos desde Montevideo,

Martín Sosa Pereyra
Relaciones Internacionales
Agesic - Presidencia de la República
""", style="gmail"))

add("gtm-inq", "es", "inquiry", "GTM",
    frm=A("Carlos Enrique Xicará", "cxicara@sit.gob.gt"),
    subj="Consulta sobre CI-19/35",
    rx="2019-08-08 22:40:00", tz="-0600", cl="outlook2010",
    body=ALT("""
Buenas tardes,

La Superintendencia de Telecomunicaciones de Guatemala recibió la Carta Circular CI-19/35. Quisiéramos saber si la sesión de Budapest tendrá interpretación al español, o si se desarrollará únicamente en inglés; de ello depende a quién podríamos proponer.

¿Podrían también enviarnos el programa preliminar?

Muchas gracias,

Carlos Enrique Xicará
Asesor de Despacho
Superintendencia de Telecomunicaciones, Ciudad de Guatemala
""", cs="windows-1252", lang="ES-GT"))

add("ecu-gmail", "es", "nomination", "ECU",
    frm=A("Daniela Cevallos", "danicevallos.m@gmail.com"),
    subj="Designación - Sesión de consulta de la UIT sobre PYME (10 de septiembre)",
    rx="2019-08-16 23:12:48", tz="-0500", cl="gmail",
    dels=[D("Santiago Andrade Vaca", "Director de Fomento de Emprendimiento Digital", "santiago.andrade@telecomunicaciones.gob.ec")],
    body=ALT("""
Estimado señor Clark,

Reciba un cordial saludo. Le escribo desde mi correo personal porque el servidor institucional presenta problemas esta noche y no quisiera que se cumpla el plazo sin respuesta.

Por disposición del señor Subsecretario, me permito designar al Mgs. Santiago Andrade Vaca, Director de Fomento de Emprendimiento Digital (santiago.andrade@telecomunicaciones.gob.ec), como participante en la sesión de consulta sobre PYME tecnológicas que se realizará en Budapest.

El oficio firmado será remitido el lunes por la vía oficial.

Atentamente,

Daniela Cevallos Mera
Analista de Cooperación Internacional
Subsecretaría de Fomento de la Sociedad de la Información y Gobierno en Línea
Ministerio de Telecomunicaciones y de la Sociedad de la Información
Av. 6 de Diciembre N25-75 y Av. Colón
""", style="gmail"))

add("es-ooo", "es", "auto_reply", None,
    frm=A("Fuentes Olmedo, Raquel", "rfuentes@mincetur.gob.pe"),
    subj="Respuesta automática: Carta Circular CI-19/35 de la UIT: Sesiones de consulta para los Estados Miembros",
    rx="2019-07-23 17:34:02", tz="-0500", cl="o365", irt="circ", lag=1,
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: rfuentes@mincetur.gob.pe"],
    body=ALT("""
Estimado(a):

Me encuentro fuera de la oficina con acceso limitado al correo electrónico hasta el 2 de agosto. Para asuntos urgentes, comunicarse con Jorge Paredes al (01) 513-6100 anexo 1204.

Saludos,
Raquel Fuentes Olmedo
""", lang="ES-PE"))

add("ccit-inq", "es", "inquiry", None,
    frm=A("Cámara Colombiana de Informática y Telecomunicaciones", "presidencia@ccit.org.co"),
    subj="Solicitud de información - participación de empresas en sesiones de consulta UIT",
    rx="2019-08-13 18:02:44", tz="-0500", cl="outlook",
    body=ALT("""
Apreciados señores:

La Cámara Colombiana de Informática y Telecomunicaciones (CCIT) agrupa a más de 60 empresas del sector, en su mayoría PYME. Hemos conocido por el MinTIC la convocatoria a las sesiones de consulta sobre PYME tecnológicas.

Agradeceríamos nos indiquen si los gremios empresariales pueden asistir a la sesión de Budapest o a las siguientes, y cuáles serían los requisitos para que nuestras empresas afiliadas se vinculen como Asociados a partir de 2020.

Cordialmente,

Ana María Zuluaga Botero
Presidenta Ejecutiva (E)
CCIT - Bogotá
""", lang="ES-CO"))

add("pry-fwd", "es", "nomination", "PRY",
    frm=A("Misión Permanente del Paraguay", "misionparaguay@mre.gov.py"),
    subj="Fw: Designación MITIC - CI-19/35",
    rx="2019-08-16 16:48:20", tz="+0200", cl="thunderbird",
    dels=[D("Gustavo Adolfo Benítez Insfrán", "Director General de Gobierno Electrónico", "gbenitez@mitic.gov.py")],
    body=lambda m: Multi("mixed", [
        T("\n", "utf-8", "7bit"),
        Fwd(inner_msg(
            A("Rocío Ayala Giménez", "rayala@mitic.gov.py"), A("Misión Permanente del Paraguay", "misionparaguay@mre.gov.py"),
            "Designación MITIC - CI-19/35", "Thu, 15 Aug 2019 17:22:10 -0400",
            "<" + H("pry-inner", 32) + "@mitic.gov.py>",
            T("""Estimados señores de la Unión Internacional de Telecomunicaciones:

El Ministerio de Tecnologías de la Información y Comunicación (MITIC) de la República del Paraguay tiene el agrado de dirigirse a ustedes con relación a la Carta Circular CI-19/35.

El MITIC manifiesta su interés en las sesiones de consulta y designa para la primera de ellas, en Budapest, al Ing. Gustavo Adolfo Benítez Insfrán, Director General de Gobierno Electrónico (gbenitez@mitic.gov.py).

Solicitamos a la Misión Permanente la gentileza de remitir la presente a sme@itu.int.

Atentamente,

Rocío Ayala Giménez
Directora de Cooperación Internacional
MITIC - Asunción
""", "iso-8859-1", "quoted-printable"), "pry-fwd", style="thunderbird"), "Designación MITIC - CI-19_35.eml"),
    ]))

add("bol-caps", "es", "nomination", "BOL",
    frm=A("AGETIC Bolivia", "cooperacion@agetic.gob.bo"),
    subj="FORMULARIO DE DESIGNACIÓN - SESIÓN DE CONSULTA UIT",
    rx="2019-08-15 22:30:00", tz="-0400", cl="roundcube",
    dels=[D("Juan Carlos Mamani Condori", "Jefe de la Unidad de Innovación", "jmamani@agetic.gob.bo")],
    body=P("""
Señores UIT:

Remitimos el formulario de designación del Estado Plurinacional de Bolivia para la primera sesión de consulta sobre PYME tecnológicas e innovadoras.

FORMULARIO DE DESIGNACIÓN
-------------------------
ENTIDAD: AGENCIA DE GOBIERNO ELECTRÓNICO Y TECNOLOGÍAS DE INFORMACIÓN Y COMUNICACIÓN (AGETIC)
NOMBRE COMPLETO: JUAN CARLOS MAMANI CONDORI
CARGO: JEFE DE LA UNIDAD DE INNOVACIÓN
CORREO: jmamani@agetic.gob.bo
SESIÓN: BUDAPEST, 10 DE SEPTIEMBRE DE 2019

Saludos,
Unidad de Relaciones Interinstitucionales
AGETIC - La Paz
""", cs="utf-8", cte="quoted-printable"))

add("es-congreso", "es", "unrelated", None,
    frm=A("Congreso Latinoamericano de Emprendimiento Digital", "info@cledigital.com"),
    subj="¡Últimos cupos! Congreso Latinoamericano de Emprendimiento Digital - Lima, 26 y 27 de septiembre",
    rx="2019-08-11 02:00:03", tz="-0500", cl="php", tag="newsletter", spam="6.1",
    extra=["Precedence: bulk", "List-Unsubscribe: <https://cledigital.com/baja?e=sme@itu.int>"],
    body=ALT("""
¡Hola!

Quedan los últimos cupos para el Congreso Latinoamericano de Emprendimiento Digital, el encuentro más grande de la región para startups y PYME tecnológicas.

• Más de 40 conferencistas internacionales
• Rueda de negocios con inversionistas
• Tarifa preferencial hasta el 31 de agosto: USD 149

¡Inscríbete hoy y asegura tu lugar!

Si no deseas recibir más correos, haz clic aquí.
""", style="simple", font="Arial"))

add("gnq-nom", "es", "nomination", "GNQ",
    frm=A("Ministerio de Transportes, Correos y Telecomunicaciones", "mtct.cooperacion@gmail.com"),
    subj="Designación Guinea Ecuatorial - CI-19/35",
    rx="2019-08-16 12:10:34", tz="+0100", cl="gmail",
    dels=[D("Teodoro Nsue Obiang Mangue", "Director General de Telecomunicaciones", "tnsue.mtct@gmail.com")],
    body=ALT("""
Excelentísimo Señor Secretario General:

El Ministerio de Transportes, Correos y Telecomunicaciones de la República de Guinea Ecuatorial tiene el honor de dirigirse a la UIT en relación con la Carta Circular CI-19/35.

Nuestro Ministerio desea participar en la sesión de consulta de Budapest y designa al Ilmo. Sr. Don Teodoro Nsue Obiang Mangue, Director General de Telecomunicaciones (tnsue.mtct@gmail.com).

Malabo, 16 de agosto de 2019.

El Secretario General del Ministerio
Florentino Ondo Esono
""", style="gmail"))

# ----- Arabic -------------------------------------------------------------------------------

add("egy-nom", "ar", "nomination", "EGY",
    frm=A("مكتب العلاقات الدولية - وزارة الاتصالات", "intl.relations@mcit.gov.eg", "windows-1256", "B"),
    subj="رد: الرسالة المعممة CI-19/35: جلسات تشاور للدول الأعضاء", subj_cs="windows-1256",
    rx="2019-08-11 10:20:18", tz="+0200", cl="outlook", irt="circ",
    dels=[D("رانيا عبد المنعم الشربيني", "مديرة إدارة ريادة الأعمال بهيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)",
            "rsherbiny@itida.gov.eg", aliases=["Rania Abdel Moneim El-Sherbiny"])],
    body=ALT("""
السيد/ كريستوفر كلارك المحترم،
أمانة الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة 23 يوليو 2019 بشأن جلسات التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسر وزارة الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية أن تعرب عن اهتمامها بالمشاركة في هذه الجلسات.

وقد تقرر ترشيح الدكتورة/ رانيا عبد المنعم الشربيني، مديرة إدارة ريادة الأعمال بهيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)، لحضور الجلسة الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019 على هامش معرض تليكوم العالمي.

|الاسم|الوظيفة|البريد الإلكتروني|
|د. رانيا عبد المنعم الشربيني (Dr. Rania Abdel Moneim El-Sherbiny)|مديرة إدارة ريادة الأعمال بهيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)|rsherbiny@itida.gov.eg|

وتفضلوا بقبول فائق الاحترام،

هشام عبد الحميد فؤاد
مدير عام العلاقات الدولية
وزارة الاتصالات وتكنولوجيا المعلومات
القرية الذكية، الكيلو 28 طريق القاهرة الإسكندرية الصحراوي

""" + circ_outlook("ar", "ar"), cs="windows-1256", lang="AR-EG", rtl=True, cte="quoted-printable"))

add("sau-citc", "ar", "nomination", "SAU",
    frm=A("إدارة العلاقات الدولية", "intl@citc.gov.sa", "utf-8", "B"),
    subj="ترشيح ممثل المملكة في جلسة التشاور للشركات الصغيرة والمتوسطة - بودابست",
    rx="2019-08-13 09:05:51", tz="+0300", cl="exchange2010",
    dels=[D("فيصل بن عبدالله القحطاني", "مدير عام تطوير الأعمال الرقمية", "fqahtani@citc.gov.sa",
            aliases=["Faisal Abdullah Al-Qahtani"])],
    body=ALT("""
الرقم: 40/1/12345     التاريخ: 1440/12/12هـ     الموافق: 13/08/2019م

سعادة الأمين العام للاتحاد الدولي للاتصالات           المحترم

السلام عليكم ورحمة الله وبركاته،

إشارة إلى تعميم الاتحاد رقم (CI-19/35) وتاريخ 23/07/2019م بشأن سلسلة جلسات التشاور "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار".

نفيدكم باهتمام هيئة الاتصالات وتقنية المعلومات بالمشاركة في هذه الجلسات، وبترشيح سعادة المهندس/ فيصل بن عبدالله القحطاني، مدير عام تطوير الأعمال الرقمية، لتمثيل المملكة العربية السعودية في الجلسة الأولى التي ستعقد في بودابست.

بيانات المرشح:
الاسم: فيصل بن عبدالله القحطاني (Eng. Faisal Abdullah Al-Qahtani)
المسمى الوظيفي: مدير عام تطوير الأعمال الرقمية
البريد الإلكتروني: fqahtani@citc.gov.sa

وتقبلوا خالص التحية والتقدير،،،

محافظ هيئة الاتصالات وتقنية المعلومات
د. ماجد بن سعد الدوسري
""", cs="utf-8", lang="AR-SA", rtl=True, cte="base64", font="Traditional Arabic"))

add("are-int", "ar", "interest_only", "ARE",
    frm=A("Maryam Al Suwaidi", "maryam.alsuwaidi@tra.gov.ae"),
    subj="CI-19/35 - الإمارات العربية المتحدة",
    rx="2019-08-15 11:30:07", tz="+0400", cl="o365",
    body=ALT("""
السادة/ الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

تود الهيئة العامة لتنظيم قطاع الاتصالات في دولة الإمارات العربية المتحدة أن تؤكد اهتمامها بالمشاركة في جلسة التشاور الأولى حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، والتي ستعقد خلال فعاليات تليكوم العالمي 2019 في بودابست.

وسيتم موافاتكم باسم ممثل الهيئة فور اعتماد تشكيل الوفد.

مع خالص التحيات،

مريم السويدي
أخصائي أول - الشؤون الدولية
الهيئة العامة لتنظيم قطاع الاتصالات

Maryam Al Suwaidi | Senior Specialist - International Affairs
Telecommunications Regulatory Authority | P.O. Box 26662, Abu Dhabi
""", lang="AR-AE", rtl=True))

add("jor-nom", "ar", "nomination", "JOR",
    frm=A("Samer Al-Omari", "samer.omari@modee.gov.jo"),
    subj="ترشيح - جلسة التشاور حول الشركات الصغيرة والمتوسطة التقنية",
    rx="2019-08-14 14:50:26", tz="+0300", cl="outlook",
    dels=[D("سامر خليل إبراهيم العمري", "مدير مديرية الريادة والابتكار", "samer.omari@modee.gov.jo",
            aliases=["Samer Khalil Al-Omari"])],
    body=ALT("""
حضرة السيد كريستوفر كلارك المحترم،

أرجو التكرم بالعلم بأن وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية قد قررت تسميتي، المهندس سامر خليل إبراهيم العمري، مدير مديرية الريادة والابتكار، لتمثيل الأردن في جلسة التشاور الأولى في بودابست بتاريخ 10/9/2019.

يسعدني أن أعرض خلال الجلسة تجربة الأردن في برنامج "ريادة" ومبادرات دعم الشركات الناشئة.

مع الاحترام،

م. سامر العمري
مدير مديرية الريادة والابتكار
وزارة الاقتصاد الرقمي والريادة - عمّان

Eng. Samer Khalil Al-Omari
Director, Entrepreneurship and Innovation Directorate
Ministry of Digital Economy and Entrepreneurship
""", cs="windows-1256", lang="AR-JO", rtl=True, cte="base64"))

add("tun-nom", "ar", "nomination", "TUN",
    frm=A("وزارة تكنولوجيات الاتصال والاقتصاد الرقمي", "bo@mtcen.gov.tn", "windows-1256", "Q"),
    subj="CI-19/35 ترشيح", subj_cs="windows-1256", subj_enc="Q",
    rx="2019-08-06 11:02:39", tz="+0100", cl="outlook2010",
    dels=[D("منية بن سالم", "مديرة الاقتصاد الرقمي", "monia.bensalem@mtcen.gov.tn", aliases=["Monia Ben Salem"])],
    body=ALT("""
الجمهورية التونسية
وزارة تكنولوجيات الاتصال والاقتصاد الرقمي
الإدارة العامة للتعاون الدولي

إلى السيد الأمين العام للاتحاد الدولي للاتصالات

الموضوع: جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار
المرجع: رسالتكم المعممة CI-19/35

وبعد، يشرفني أن أعلمكم أن الجمهورية التونسية ترغب في المشاركة في جلسة التشاور الأولى المزمع عقدها ببودابست، وقد تم ترشيح السيدة منية بن سالم (Monia Ben Salem)، مديرة الاقتصاد الرقمي، للمشاركة فيها.
البريد الإلكتروني: monia.bensalem@mtcen.gov.tn

والسلام.

المدير العام للتعاون الدولي
نزار الحمامي
""", cs="windows-1256", lang="AR-TN", rtl=True, cte="8bit"))

add("dza-nom", "ar", "nomination", "DZA",
    frm=A("Direction de la Coopération - MPTTN", "cooperation@mpttn.gov.dz"),
    subj="رد على الرسالة المعممة CI-19/35",
    rx="2019-08-12 10:45:12", tz="+0100", cl="zimbra",
    dels=[D("عبد الرحمن بن يوسف", "مدير تطوير المؤسسات الناشئة", "a.benyoucef@mpttn.gov.dz",
            aliases=["Abderrahmane Benyoucef"])],
    body=ALT("""
الجمهورية الجزائرية الديمقراطية الشعبية
وزارة البريد والاتصالات السلكية واللاسلكية والتكنولوجيات والرقمنة

السيد كريستوفر كلارك،

ردا على رسالتكم المعممة رقم CI-19/35، يسرنا أن نعلمكم باهتمام الجزائر بجلسات التشاور المزمع تنظيمها.

ولحضور الجلسة الأولى يوم 10 سبتمبر 2019، تم تعيين:
- الاسم واللقب: عبد الرحمن بن يوسف (BENYOUCEF Abderrahmane)
- الوظيفة: مدير تطوير المؤسسات الناشئة
- البريد: a.benyoucef@mpttn.gov.dz

تقبلوا فائق الاحترام والتقدير.

مديرية التعاون
Abderrahmane Benyoucef - Directeur du développement des startups
""", style="simple", font="arial,helvetica,sans-serif", rtl=True))

add("sdn-nom", "ar", "nomination", "SDN",
    frm=A("الهيئة القومية للاتصالات", "info@ntc.gov.sd", "utf-8", "B"),
    subj="ترشيح ممثل السودان - الرسالة المعممة CI-19/35",
    rx="2019-08-15 12:18:45", tz="+0200", cl="thunderbird",
    dels=[D("مجدي عثمان محمد الطيب", "مدير إدارة تنمية قطاع تقانة المعلومات", "magdi.eltayeb@ntc.gov.sd",
            aliases=["Magdi Osman Mohamed Eltayeb"])],
    body=P("""
السادة/ الاتحاد الدولي للاتصالات - جنيف
عناية السيد/ كريستوفر كلارك

الموضوع: جلسات التشاور - الشركات الصغيرة والمتوسطة في مجال التكنولوجيا والابتكار

بالإشارة إلى الرسالة المعممة أعلاه، نفيدكم بأن الهيئة القومية للاتصالات بجمهورية السودان ترغب في المشاركة، ونرشح لجلسة بودابست:

د. مجدي عثمان محمد الطيب
مدير إدارة تنمية قطاع تقانة المعلومات
magdi.eltayeb@ntc.gov.sd

Dr. Magdi Osman Mohamed Eltayeb

ولكم جزيل الشكر،

إدارة العلاقات الخارجية
الهيئة القومية للاتصالات - الخرطوم
""", cs="utf-8", cte="8bit"))

add("kwt-dec", "ar", "decline", "KWT",
    frm=A("CITRA International Relations", "ir@citra.gov.kw"),
    subj="اعتذار عن المشاركة - CI-19/35",
    rx="2019-08-14 10:00:33", tz="+0300", cl="outlook",
    body=ALT("""
السادة الاتحاد الدولي للاتصالات المحترمين

تحية طيبة وبعد،

تشكر هيئة الاتصالات وتقنية المعلومات بدولة الكويت الاتحاد على دعوته الكريمة للمشاركة في سلسلة جلسات التشاور حول الشركات الصغيرة والمتوسطة.

ويؤسفنا إبلاغكم بتعذر مشاركة الهيئة في هذه الجلسات نظراً لارتباطات مسبقة، متمنين لكم التوفيق والنجاح.

وتفضلوا بقبول وافر الاحترام،

إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات
""", cs="windows-1256", lang="AR-KW", rtl=True))

add("omn-late", "ar", "nomination", "OMN",
    frm=A("سالم الحارثي", "salim.harthy@mtc.gov.om", "utf-8", "B"),
    subj="ترشيح سلطنة عمان لجلسة التشاور في بودابست",
    rx="2019-08-18 08:14:10", tz="+0400", cl="o365",
    dels=[D("سالم بن حمد بن سعيد الحارثي", "مدير دائرة تنمية المؤسسات الصغيرة والمتوسطة الرقمية", "salim.harthy@mtc.gov.om",
            aliases=["Salim Hamad Al Harthy"])],
    body=ALT("""
الفاضل/ كريستوفر كلارك المحترم

تحية طيبة، وبعد،

نعتذر عن التأخر في الرد بسبب إجازة عيد الأضحى المبارك.

تود وزارة التقنية والاتصالات بسلطنة عمان إبلاغكم بترشيح الفاضل/ سالم بن حمد بن سعيد الحارثي، مدير دائرة تنمية المؤسسات الصغيرة والمتوسطة الرقمية، للمشاركة في جلسة التشاور بتاريخ 10 سبتمبر في بودابست، آملين قبول الترشيح رغم انقضاء الموعد المحدد.

مع التحية،

سالم بن حمد الحارثي
Salim Hamad Al Harthy
وزارة التقنية والاتصالات - مسقط
""", lang="AR-OM", rtl=True))

add("irq-nom", "ar", "nomination", "IRQ",
    frm=A("Haider Kadhim", "haider.kadhim@moc.gov.iq"),
    subj="ترشيح ممثل وزارة الاتصالات العراقية",
    rx="2019-08-07 13:31:20", tz="+0300", cl="gmail",
    dels=[D("حيدر كاظم جبار", "معاون مدير عام دائرة التخطيط والمتابعة", "haider.kadhim@moc.gov.iq")],
    body=ALT("""
السلام عليكم

بالإشارة الى كتابكم المرقم CI-19/35 في 23/7/2019

نود اعلامكم برغبة وزارة الاتصالات في جمهورية العراق بالمشاركة في جلسة التشاور الخاصة بالشركات الصغيرة والمتوسطة في بودابست، وقد تم ترشيح السيد حيدر كاظم جبار / معاون مدير عام دائرة التخطيط والمتابعة لحضورها.

مع التقدير

حيدر كاظم جبار
وزارة الاتصالات - بغداد
""", style="gmail", rtl=True))

add("lbn-inq", "ar", "inquiry", "LBN",
    frm=A("Rima Haddad", "rhaddad@mpt.gov.lb"),
    subj="استفسار بخصوص الرسالة المعممة CI-19/35",
    rx="2019-08-02 12:44:08", tz="+0300", cl="outlook2010",
    body=ALT("""
حضرة السيد كريستوفر كلارك،

تحية وبعد،

اطلعت وزارة الاتصالات في الجمهورية اللبنانية على الرسالة المعممة CI-19/35. قبل اتخاذ القرار بشأن المشاركة، نرجو إفادتنا بما يلي:

1- هل يتحمل الاتحاد نفقات السفر والإقامة لممثلي الدول النامية؟
2- هل يشترط أن يكون المشارك موظفاً حكومياً، أم يمكن ترشيح ممثل عن إحدى حاضنات الأعمال المدعومة من الدولة؟

مع الشكر مسبقاً،

ريما حداد
رئيسة دائرة العلاقات الدولية
وزارة الاتصالات - بيروت
""", cs="windows-1256", lang="AR-LB", rtl=True))

add("qat-fwd", "ar", "nomination", "QAT",
    frm=A("البعثة الدائمة لدولة قطر - جنيف", "geneva@mofa.gov.qa", "utf-8", "B"),
    subj="FW: ترشيح وزارة المواصلات والاتصالات - جلسة التشاور",
    rx="2019-08-16 13:27:44", tz="+0200", cl="outlook",
    dels=[D("عائشة محمد الكواري", "خبير أول - قطاع الاقتصاد الرقمي", "akuwari@motc.gov.qa",
            aliases=["Aisha Mohammed Al-Kuwari"])],
    body=ALT("""
السادة/ أمانة الاتحاد الدولي للاتصالات

تهدي البعثة الدائمة لدولة قطر لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف أطيب تحياتها، وتتشرف بأن تحيل إليكم أدناه رسالة وزارة المواصلات والاتصالات بشأن الرسالة المعممة CI-19/35.

البعثة الدائمة لدولة قطر - جنيف

From: Hamad Al-Mannai <hmannai@motc.gov.qa>
Sent: Wednesday, August 14, 2019 10:12 AM
To: geneva@mofa.gov.qa
Subject: ترشيح وزارة المواصلات والاتصالات - جلسة التشاور

الإخوة في البعثة الدائمة،

نرجو التكرم بإحالة الترشيح التالي إلى الاتحاد الدولي للاتصالات (sme@itu.int):

ترشح وزارة المواصلات والاتصالات السيدة/ عائشة محمد الكواري، خبير أول - قطاع الاقتصاد الرقمي (akuwari@motc.gov.qa)، للمشاركة في جلسة التشاور الأولى في بودابست في 10 سبتمبر 2019.
Ms. Aisha Mohammed Al-Kuwari

وتقبلوا تحياتنا،
حمد المناعي
إدارة العلاقات الدولية
""", lang="AR-QA", rtl=True))

add("ar-ooo", "ar", "auto_reply", None,
    frm=A("Khalid Al-Mutairi", "kmutairi@mcit.gov.sa"),
    subj="رد تلقائي: الرسالة المعممة CI-19/35: جلسات تشاور للدول الأعضاء",
    rx="2019-07-23 17:34:11", tz="+0300", cl="exchange2010", irt="circ", lag=1,
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=ALT("""
شكراً لرسالتكم. أنا خارج المكتب في إجازة حتى 11 أغسطس 2019، وسأرد على رسالتكم فور عودتي.
للأمور العاجلة يرجى التواصل مع الأستاذ عبدالله الشهري على البريد ashehri@mcit.gov.sa

Thank you for your email. I am out of the office until 11 August 2019. For urgent matters please contact Mr. Abdullah Al-Shehri (ashehri@mcit.gov.sa).
""", cs="windows-1256", lang="AR-SA", rtl=True))

add("lby-hotmail", "ar", "nomination", "LBY",
    frm=A("Abdulsalam Elwarfalli", "a.elwarfalli@hotmail.com"),
    subj="ترشيح ليبيا - جلسة التشاور للشركات الصغيرة والمتوسطة",
    rx="2019-08-16 21:40:30", tz="+0200", cl="hotmail",
    dels=[D("عبد السلام مفتاح الورفلي", "مدير إدارة التعاون الدولي", "a.elwarfalli@hotmail.com",
            aliases=["Abdulsalam Muftah Elwarfalli"])],
    body=ALT("""
السيد المحترم / كريستوفر كلارك

بعد التحية،

أتشرف بإبلاغكم بأن الهيئة العامة للاتصالات والمعلوماتية بدولة ليبيا قد رشحتني لحضور جلسة التشاور في بودابست يوم 10 سبتمبر.

الاسم: عبد السلام مفتاح الورفلي (Abdulsalam Muftah Elwarfalli)
الصفة: مدير إدارة التعاون الدولي
البريد: a.elwarfalli@hotmail.com (البريد الرسمي للهيئة متوقف حالياً)

مع خالص الشكر

Sent from Outlook
""", style="simple", font="Calibri", rtl=True, size="12pt"))

add("mrt-int", "ar", "interest_only", "MRT",
    frm=A("Sidi Mohamed Ould Ahmed", "sm.ouldahmed@mtnima.gov.mr"),
    subj="اهتمام موريتانيا بجلسات التشاور",
    rx="2019-08-16 18:10:05", tz="+0000", cl="roundcube",
    body=P("""
السيد كريستوفر كلارك،

تحية طيبة،

تعرب وزارة التعليم العالي والبحث العلمي وتقنيات الإعلام والاتصال في الجمهورية الإسلامية الموريتانية عن اهتمامها بجلسات التشاور المذكورة في رسالتكم المعممة CI-19/35.

سنوافيكم لاحقاً باسم المشارك في جلسة بودابست.

مع التحية،

سيدي محمد ولد أحمد
مكلف بمهمة
نواكشوط
""", cs="iso-8859-6", cte="quoted-printable"))

add("ar-conf", "ar", "unrelated", None,
    frm=A("المنتدى العربي للتقنية", "events@arab-tech-forum.org", "utf-8", "B"),
    subj="دعوة: المنتدى العربي لريادة الأعمال التقنية - دبي، نوفمبر 2019",
    rx="2019-08-04 09:00:00", tz="+0400", cl="php", tag="newsletter",
    extra=["Precedence: bulk", "List-Unsubscribe: <mailto:unsubscribe@arab-tech-forum.org>"],
    body=ALT("""
يسرنا دعوتكم لحضور الدورة الخامسة من المنتدى العربي لريادة الأعمال التقنية، الذي سيعقد في دبي يومي 12 و13 نوفمبر 2019 بمشاركة أكثر من 300 شركة ناشئة وصغيرة ومتوسطة من 18 دولة عربية.

المحاور:
- تمويل الشركات الناشئة
- التحول الرقمي للمؤسسات الصغيرة
- الأطر التنظيمية الداعمة للابتكار

للتسجيل المبكر بسعر مخفض يرجى زيارة موقعنا قبل 30 سبتمبر.

لإلغاء الاشتراك اضغط هنا
""", style="simple", font="Tahoma", rtl=True))

add("bhr-docx", "ar", "nomination", "BHR",
    frm=A("Fatema Janahi", "fjanahi@tra.org.bh"),
    subj="Nomination - Kingdom of Bahrain - CI-19/35",
    rx="2019-08-15 15:55:12", tz="+0300", cl="outlook",
    dels=[D("يوسف عبدالرحمن المعاودة", "مدير الشؤون الاقتصادية", "yalmaawda@tra.org.bh"),
          D("فاطمة عيسى جناحي", "أخصائي أول سياسات الاتصالات", "fjanahi@tra.org.bh", aliases=["Fatema Isa Janahi"])],
    body=Multi("mixed", [ALT("""
السادة/ الاتحاد الدولي للاتصالات،

مرفق طيه ترشيح هيئة تنظيم الاتصالات بمملكة البحرين لجلسة التشاور الأولى.

مع التحية،
فاطمة جناحي
Fatema Janahi
Telecommunications Regulatory Authority, Kingdom of Bahrain
""", lang="AR-BH", rtl=True),
        Att(DOCX([
            "# هيئة تنظيم الاتصالات - مملكة البحرين",
            "الموضوع: ترشيح المشاركين في جلسة التشاور حول الشركات الصغيرة والمتوسطة (بودابست، 10 سبتمبر 2019)",
            "بالإشارة إلى الرسالة المعممة CI-19/35، ترشح الهيئة كلاً من:",
            ["الاسم", "المسمى الوظيفي", "البريد الإلكتروني"],
            ["يوسف عبدالرحمن المعاودة", "مدير الشؤون الاقتصادية", "yalmaawda@tra.org.bh"],
            ["فاطمة عيسى جناحي (Fatema Isa Janahi)", "أخصائي أول سياسات الاتصالات", "fjanahi@tra.org.bh"],
            "مع خالص التحية،",
            "المدير العام",
        ], rtl=True, author="fjanahi"), DOCX_T, "ترشيح CI-19-35.docx"),
    ]))

# ----- Russian ------------------------------------------------------------------------------

add("rus-nom", "ru", "nomination", "RUS",
    frm=A("Постоянное представительство России в Женеве", "mission.russian@mid.ru", "koi8-r", "B"),
    subj="Кандидатура для участия в консультационной сессии (CI-19/35)", subj_cs="koi8-r",
    rx="2019-08-09 15:40:02", tz="+0200", cl="outlook",
    dels=[D("Сергеев Алексей Викторович", "заместитель директора Департамента международного сотрудничества Минкомсвязи России",
            "a.sergeev@minsvyaz.ru", aliases=["SERGEEV Alexey"])],
    body=Multi("mixed", [ALT("""
Уважаемый г-н Кларк,

Постоянное представительство Российской Федерации при Отделении ООН и других международных организациях в Женеве свидетельствует свое уважение Секретариату Международного союза электросвязи и, по поручению Министерства цифрового развития, связи и массовых коммуникаций Российской Федерации, сообщает о заинтересованности российской стороны в серии консультационных сессий "Содействие развитию МСП в области технологий и инноваций".

Для участия в первой сессии, которая состоится 10 сентября 2019 г. в Будапеште, предлагается кандидатура Сергеева Алексея Викторовича, заместителя директора Департамента международного сотрудничества. Письмо Министерства прилагается.

Приложение: упомянутое, на 1 л.

С уважением,
Постоянное представительство Российской Федерации
"""),
        Att(DOCX([
            "# МИНИСТЕРСТВО ЦИФРОВОГО РАЗВИТИЯ, СВЯЗИ И МАССОВЫХ КОММУНИКАЦИЙ РОССИЙСКОЙ ФЕДЕРАЦИИ",
            "Пресненская наб., д. 10, стр. 2, Москва, 123112",
            "06.08.2019 № ДМ-П11-1-070-18344",
            "Генеральному секретарю МСЭ г-ну Хоулиню Чжао",
            "Об участии в консультационной сессии",
            "Минкомсвязь России подтверждает заинтересованность в консультационной сессии по вопросам МСП, которая пройдет в рамках ITU Telecom World 2019. Сведения об участнике:",
            ["ФИО", "ФИО (латиницей)", "Должность", "Эл. почта"],
            ["Сергеев Алексей Викторович", "SERGEEV Alexey", "заместитель директора Департамента международного сотрудничества Минкомсвязи России", "a.sergeev@minsvyaz.ru"],
            "Заместитель Министра",
            "Д.В. Терехов",
        ], author="Кривошеева Е.А."), DOCX_T, "Письмо Минкомсвязи МСП.docx"),
    ]))

add("rus-cor", "ru", "correction", "RUS",
    frm=A("Постоянное представительство России в Женеве", "mission.russian@mid.ru", "koi8-r", "B"),
    subj="Замена участника - консультационная сессия МСП, Будапешт", subj_cs="koi8-r",
    rx="2019-08-28 11:05:37", tz="+0200", cl="outlook", irt="rus-nom",
    sup="rus-nom",
    dels=[D("Кузнецова Ольга Игоревна", "советник Департамента международного сотрудничества Минкомсвязи России",
            "o.kuznetsova@minsvyaz.ru", aliases=["KUZNETSOVA Olga"])],
    body=ALT("""
Уважаемый г-н Кларк,

В дополнение к нашему сообщению от 9 августа 2019 г. информируем, что в связи с изменением графика командировок вместо Сергеева А.В. в консультационной сессии 10 сентября примет участие Кузнецова Ольга Игоревна, советник Департамента международного сотрудничества Минкомсвязи России.

Данные участника:
Ф.И.О.: Кузнецова Ольга Игоревна (KUZNETSOVA Olga)
Должность: советник Департамента международного сотрудничества Минкомсвязи России
Эл. почта: o.kuznetsova@minsvyaz.ru

Просим внести соответствующие изменения в список участников.

С уважением,
Постоянное представительство Российской Федерации
""", cs="koi8-r", cte="base64", lang="RU"))

add("blr-nom", "ru", "nomination", "BLR",
    frm=A("Ковалевич Д.Н.", "kovalevich@mpt.gov.by", "windows-1251", "B"),
    subj="О кандидатуре для участия в консультационной сессии МСЭ", subj_cs="windows-1251",
    rx="2019-08-14 09:58:40", tz="+0300", cl="thunderbird",
    dels=[D("Ковалевич Дмитрий Николаевич", "начальник управления информатизации", "kovalevich@mpt.gov.by",
            aliases=["Dmitry Kovalevich"])],
    body=P("""
Уважаемый господин Кларк!

Министерство связи и информатизации Республики Беларусь, рассмотрев циркулярное письмо МСЭ CI-19/35, сообщает о намерении принять участие в первой консультационной сессии, которая пройдет в ходе ITU Telecom World 2019.

Участником от Республики Беларусь определен начальник управления информатизации Ковалевич Дмитрий Николаевич (Dmitry Kovalevich), адрес электронной почты kovalevich@mpt.gov.by.

С уважением,
заместитель Министра
А.Л. Ничипорук

Исп. Ковалевич Д.Н., +375 17 287 xx xx
""", cs="windows-1251", cte="8bit"))

add("tjk-int", "ru", "interest_only", "TJK",
    frm=A("Служба связи", "info@khadamotialoqa.tj", "utf-8", "B"),
    subj="Циркуляр CI-19/35",
    rx="2019-08-12 07:30:55", tz="+0500", cl="mailru",
    body=ALT("""
Уважаемые коллеги!

Служба связи при Правительстве Республики Таджикистан выражает заинтересованность в участии в консультационной сессии по малым и средним предприятиям в сфере технологий в Будапеште.

Кандидатура участника будет сообщена дополнительно после согласования состава делегации на ITU Telecom World 2019.

С уважением,
Рахимов Фаррух Саидович
Начальник отдела международных связей
Служба связи при Правительстве Республики Таджикистан
г. Душанбе

23.07.2019, 18:32, "ITU SME" <sme@itu.int>:
""" + "\n".join("> " + l if l else ">" for l in CIRC["ru"].split("\n")), style="simple", font="arial", size="10pt"))

add("tkm-dec", "ru", "decline", "TKM",
    frm=A("Министерство промышленности и связи", "info@mis.gov.tm", "utf-8", "B"),
    subj="Ответ на циркулярное письмо CI-19/35",
    rx="2019-08-15 10:12:07", tz="+0500", cl="plain", tag="plain",
    body=P("""
Международный союз электросвязи
Г-ну К. Кларку

Министерство промышленности и связи Туркменистана выражает признательность за приглашение принять участие в консультационных сессиях по вопросам МСП.

Сообщаем, что Туркменистан не сможет принять участие в указанных мероприятиях.

С уважением,
Отдел внешних связей
Министерство промышленности и связи Туркменистана
г. Ашхабад
""", cs="utf-8", cte="base64"))

add("hse-inq", "ru", "inquiry", None,
    frm=A("Анна Белоусова", "abelousova@hse.ru", "utf-8", "B"),
    subj="Вопрос об участии исследователей в консультациях по МСП",
    rx="2019-08-20 13:14:32", tz="+0300", cl="gmail",
    body=ALT("""
Добрый день!

Я руковожу исследовательской группой по цифровой экономике малого бизнеса в Институте статистических исследований и экономики знаний НИУ ВШЭ. Коллеги из Минкомсвязи рассказали нам о серии консультаций МСЭ по технологическим МСП.

Подскажите, пожалуйста, могут ли исследователи (не в составе делегации государства) присутствовать на сессии во время Форума ВВУИО 2020 года, и если да, то как зарегистрироваться? Мы могли бы представить результаты опроса 2 000 российских технологических компаний.

С уважением,
Анна Белоусова
к.э.н., заведующая отделом
ИСИЭЗ НИУ ВШЭ, Москва
""", style="gmail"))

add("ru-ooo", "ru", "auto_reply", None,
    frm=A("Морозов Игорь Валентинович", "morozov@rkn.gov.ru", "koi8-r", "B"),
    subj="Автоматический ответ: Циркуляр МСЭ CI-19/35: Консультационные сессии для Государств-Членов", subj_cs="koi8-r",
    rx="2019-07-23 17:33:25", tz="+0300", cl="exchange2010", irt="circ", lag=1,
    extra=["Auto-Submitted: auto-replied"],
    body=ALT("""
Добрый день!

Я нахожусь в отпуске до 12 августа. По срочным вопросам просьба обращаться к Лебедевой Наталье Сергеевне, тел. +7 495 983-33-xx.

С уважением,
И.В. Морозов
""", cs="koi8-r", lang="RU"))

def _ndr_ru(m):
    orig_hdrs = ("From: ITU SME <sme@itu.int>\nTo: o.kuznetsova@minsvyaz.ru\n"
                 "Subject: Acknowledgement: SME consultation session, Budapest, 10 September 2019\n"
                 "Date: Thu, 29 Aug 2019 09:40:12 +0200\n"
                 "Message-ID: <8E2D5A1C4B7F4C0E9A6D3B2F1E0C9A8B@GVAEXCH02.itu.int>\nMIME-Version: 1.0\n"
                 "Content-Type: text/plain; charset=\"us-ascii\"\n")
    return Multi("report", [
        ALT("""
**Не удалось доставить сообщение следующим получателям или группам:**

o.kuznetsova@minsvyaz.ru
Почтовый ящик получателя переполнен, и он не может принимать сообщения. Повторите попытку позже или обратитесь к получателю другим способом.

**Диагностические сведения для администраторов:**

Создающий сервер: MX02.minsvyaz.ru

o.kuznetsova@minsvyaz.ru
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Исходные заголовки сообщения:

From: ITU SME <sme@itu.int>
To: o.kuznetsova@minsvyaz.ru
Subject: Acknowledgement: SME consultation session, Budapest, 10 September 2019
""", style="simple", font="Segoe UI", cs="utf-8"),
        Leaf("message/delivery-status", (
            "Reporting-MTA: dns;MX02.minsvyaz.ru\nReceived-From-MTA: dns;mx2.itu.int\n"
            "Arrival-Date: Thu, 29 Aug 2019 07:40:15 +0000\n\n"
            "Final-Recipient: rfc822;o.kuznetsova@minsvyaz.ru\nAction: failed\nStatus: 5.2.2\n"
            "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n"
            "Remote-MTA: dns;MX02.minsvyaz.ru\n").encode(), "7bit"),
        Leaf("text/rfc822-headers", orig_hdrs.encode(), "7bit"),
    ], params=["report-type=delivery-status"])

add("ru-ndr", "ru", "bounce", None,
    frm=A("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@minsvyaz.ru"),
    subj="Недоставленное сообщение: Acknowledgement: SME consultation session, Budapest, 10 September 2019",
    rx="2019-08-29 09:40:21", tz="+0000", cl="exchange2010", tag="ndr", rp="",
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: ru-RU"],
    body=_ndr_ru)

add("ru-spam", "ru", "unrelated", None,
    frm=A("Бизнес Базы 2019", "info@biz-bazy-rf.ru", "windows-1251", "B"),
    subj="Базы данных предприятий и организаций 2019 - скидка 70%", subj_cs="windows-1251",
    rx="2019-08-03 04:12:55", tz="+0300", cl="plain", tag="plain", spam="9.4",
    body=P("""
Здравствуйте!

Предлагаем актуальные базы данных предприятий России, СНГ и Европы на 2019 год:
- более 4 500 000 компаний с телефонами и e-mail
- выборка по отраслям и регионам
- малый и средний бизнес, ИТ-компании, телекоммуникации

Только до конца недели скидка 70%!
Пишите: zakaz.bazy2019@mail.ru

Для отказа от рассылки ответьте на письмо со словом "удалить".
""", cs="windows-1251", cte="8bit"))

add("rcc-inq", "ru", "inquiry", None,
    frm=A("Исполнительный комитет РСС", "ecrcc@rcc.org.ru", "utf-8", "B"),
    subj="Об участии Исполкома РСС в консультационных сессиях по МСП",
    rx="2019-08-06 14:22:41", tz="+0300", cl="outlook",
    body=ALT("""
Уважаемый господин Кларк!

Исполнительный комитет Регионального содружества в области связи (РСС) ознакомился с циркулярным письмом CI-19/35 и довел его до сведения администраций связи государств - участников РСС.

Просим сообщить, может ли представитель Исполкома РСС в качестве наблюдателя принять участие в консультационной сессии 10 сентября 2019 г. и в последующих сессиях, а также планируется ли обобщение их результатов по регионам МСЭ.

С уважением,
Генеральный директор Исполкома РСС
А.В. Громов
""", cs="utf-8", lang="RU"))

# ----- Chinese ------------------------------------------------------------------------------

add("chn-nom", "zh", "nomination", "CHN",
    frm=A("工业和信息化部国际合作司", "gjs@miit.gov.cn", "gb2312", "B"),
    subj="关于参加国际电联中小企业咨询会议人选的函", subj_cs="gb2312",
    rx="2019-08-13 04:02:19", tz="+0800", cl="coremail",
    dels=[D("刘建国", "信息通信发展司副司长", "liujianguo@miit.gov.cn", aliases=["LIU Jianguo"]),
          D("王晓燕", "中国信息通信研究院产业与规划研究所高级工程师", "wangxiaoyan@caict.ac.cn", aliases=["WANG Xiaoyan"])],
    body=ALT("""
国际电联秘书处：

贵秘书长2019年7月23日CI-19/35号通函收悉。中国工业和信息化部对“促进科技和创新型中小企业”系列咨询会议表示关注，愿积极参与。

经研究，我部推荐以下人员参加2019年9月10日在匈牙利布达佩斯举行的首次咨询会议：

|姓名|拼音|职务|电子邮箱|
|刘建国|LIU Jianguo|信息通信发展司副司长|liujianguo@miit.gov.cn|
|王晓燕|WANG Xiaoyan|中国信息通信研究院产业与规划研究所高级工程师|wangxiaoyan@caict.ac.cn|

联系人：国际合作司 周敏，电话：+86-10-6820 5xxx

特此函告。

工业和信息化部国际合作司
2019年8月13日

------------------ 原始邮件 ------------------
发件人: "ITU SME" <sme@itu.int>
发送时间: 2019年7月23日(星期二) 晚上11:32
主题: 国际电联通函CI-19/35：面向成员国的咨询会议

""" + CIRC["zh"], cs="gb2312", cte="base64", style="simple", font="宋体", size="10.5pt"))

add("chn-cor", "zh", "correction", "CHN",
    frm=A("中国常驻日内瓦代表团", "chinamission_itu@mfa.gov.cn", "gb18030", "B"),
    subj="更正：中方参加国际电联中小企业咨询会议人选", subj_cs="gb18030",
    rx="2019-08-27 10:44:50", tz="+0200", cl="outlook",
    sup="chn-nom",
    dels=[D("刘建国", "信息通信发展司副司长", "liujianguo@miit.gov.cn", aliases=["LIU Jianguo"]),
          D("陈思远", "中国信息通信研究院政策与经济研究所工程师", "chensiyuan@caict.ac.cn", aliases=["CHEN Siyuan"])],
    body=ALT("""
Christopher Clark先生：

受工业和信息化部委托，现对该部8月13日来函中的推荐人选作如下更正：

原推荐的王晓燕女士因工作安排不能出席，改由陈思远先生（CHEN Siyuan，中国信息通信研究院政策与经济研究所工程师，chensiyuan@caict.ac.cn）参会。

更正后中方参会人员为：
1. 刘建国（LIU Jianguo），信息通信发展司副司长，liujianguo@miit.gov.cn
2. 陈思远（CHEN Siyuan），中国信息通信研究院政策与经济研究所工程师，chensiyuan@caict.ac.cn

请予更新。谢谢！

中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团
科技组 赵磊
""", cs="gb18030", lang="ZH-CN", cte="base64", font="微软雅黑"))

add("sz-inq", "zh", "inquiry", None,
    frm=A("黄志强", "2843519017@qq.com", "utf-8", "B"),
    subj="咨询：中小企业能否参加布达佩斯咨询会",
    rx="2019-08-10 03:25:40", tz="+0800", cl="qq",
    body=ALT("""
您好！

我们是深圳一家做物联网模组的科技型中小企业（深圳市芯联智造科技有限公司），员工35人。从新闻上看到国际电联将在布达佩斯世界电信展期间举办面向中小企业的咨询会议。

想请问：
1、企业可以直接报名参加吗？还是必须由政府推荐？
2、2020年起中小企业成为部门准成员的会费是多少？

期待您的回复，谢谢！

黄志强
市场总监
深圳市芯联智造科技有限公司
""", style="simple", font="微软雅黑", cs="gbk", cte="base64"))

add("tw-inq", "zh", "inquiry", None,
    frm=A("林怡君", "yichun.lin@novasense.com.tw", "big5", "B"),
    subj="詢問：新創公司參加 ITU 中小企業諮詢會議", subj_cs="big5",
    rx="2019-08-08 05:51:02", tz="+0800", cl="outlook2010",
    body=ALT("""
ITU 中小企業團隊您好：

我們是一家位於台北的感測器新創公司（諾瓦感測股份有限公司），九月會到布達佩斯參加 ITU Telecom World 的中小企業展區。

請問 9 月 10 日的諮詢會議是否開放給參展的中小企業旁聽？如需報名，請告知相關程序。

敬祝 順心

林怡君 Lin Yi-Chun
業務發展經理
諾瓦感測股份有限公司
""", cs="big5", lang="ZH-TW", cte="base64", font="新細明體"))

add("zh-ooo", "zh", "auto_reply", None,
    frm=A("张丽华", "zhanglihua@cnii.com.cn", "utf-8", "B"),
    subj="自动回复: 国际电联通函CI-19/35：面向成员国的咨询会议",
    rx="2019-07-23 17:33:02", tz="+0800", cl="coremail", irt="circ", lag=1,
    extra=["Auto-Submitted: auto-replied"],
    body=P("""
您好，您的邮件已收到。本人8月5日前出差，期间邮件回复可能不及时，急事请致电010-6620xxxx。谢谢！
""", cs="gbk", cte="base64"))

add("zh-spam", "zh", "unrelated", None,
    frm=A("王经理", "service@fp-daikai888.com", "gb2312", "B"),
    subj="代开各地正规发票，点数优惠", subj_cs="gb2312",
    rx="2019-08-05 03:41:12", tz="+0800", cl="plain", tag="plain", spam="12.8",
    body=P("""
尊敬的财务负责人：

您好！本公司长期代开全国各地增值税专用发票、普通发票、海关缴款书等，点数优惠，可先验后付。

联系电话：138-xxxx-5678 王经理
微信同号，诚信合作，欢迎来电！
""", cs="gb2312", cte="base64"))

add("chn-expo", "zh", "unrelated", None,
    frm=A("中国常驻日内瓦代表团科技组", "keji@chinamission.ch", "utf-8", "B"),
    subj="2019年国际电联世界电信展中国馆参展企业名单",
    rx="2019-08-02 11:20:14", tz="+0200", cl="outlook",
    body=Multi("mixed", [ALT("""
国际电联世界电信展组委会：

现将2019年国际电联世界电信展（布达佩斯，9月9日至12日）中国馆参展企业名单及证件办理人员信息发送给您，请协助办理展商证件。

中国馆领队：孙海涛（SUN Haitao），中国国际贸易促进委员会电子信息行业分会
联系人：李倩（LI Qian）

如有问题请随时联系。

中国常驻日内瓦代表团科技组
"""),
        Att(DOCX([
            "# 2019年国际电联世界电信展中国馆参展企业名单",
            ["序号", "企业名称", "展位号", "证件人数"],
            ["1", "华为技术有限公司", "H1-A01", "12"],
            ["2", "深圳市某某通信有限公司", "H1-C14", "3"],
            ["3", "杭州某某物联科技有限公司", "H1-C15", "2"],
        ], author="keji"), DOCX_T, "中国馆参展企业名单.docx"),
    ]))

add("caict-inq", "zh", "inquiry", "CHN",
    frm=A("CAICT国际部", "intl@caict.ac.cn", "utf-8", "B"),
    subj="关于9月10日咨询会议议程的询问",
    rx="2019-08-29 08:36:12", tz="+0800", cl="coremail",
    body=ALT("""
Clark先生您好：

我们是中国信息通信研究院国际部。根据工业和信息化部安排，中方代表将出席9月10日在布达佩斯举行的中小企业咨询会议，我院负责为代表准备发言材料。

请问会议的详细议程何时发布？每个成员国的发言时间大约多长？是否需要提前提交书面材料？

非常感谢！

中国信息通信研究院 国际合作部
北京市海淀区花园北路52号
""", style="simple", font="宋体", cs="utf-8", cte="base64"))

# ----- Portuguese ---------------------------------------------------------------------------

add("bra-fwd", "pt", "nomination", "BRA",
    frm=A("Delbrasgen - Setor de Telecomunicações", "telecom.delbrasgen@itamaraty.gov.br"),
    subj="ENC: Indicação do Brasil - sessão de consulta sobre PMEs de tecnologia (CI-19/35)",
    rx="2019-08-15 18:22:11", tz="+0200", cl="o365",
    dels=[D("Ana Cláudia Moreira de Souza", "Gerente de Inovação e Empreendedorismo da Anatel", "anaclaudia.souza@anatel.gov.br")],
    body=ALT("""

De: Marcelo Tavares Lins <marcelo.lins@anatel.gov.br>
Enviado: quinta-feira, 15 de agosto de 2019 11:40
Para: Delbrasgen - Setor de Telecomunicações <telecom.delbrasgen@itamaraty.gov.br>
Assunto: Indicação do Brasil - sessão de consulta sobre PMEs de tecnologia (CI-19/35)

Prezados colegas da Delegação,

Solicito a gentileza de encaminhar à UIT (sme@itu.int) a resposta abaixo à Carta Circular CI-19/35.

"Em resposta à Carta Circular CI-19/35, a Agência Nacional de Telecomunicações (Anatel), em articulação com o Ministério da Ciência, Tecnologia, Inovações e Comunicações, informa o interesse do Brasil nas sessões de consulta e indica, para a primeira sessão, a realizar-se em 10 de setembro de 2019 em Budapeste, a Sra. Ana Cláudia Moreira de Souza, Gerente de Inovação e Empreendedorismo da Anatel (anaclaudia.souza@anatel.gov.br)."

Atenciosamente,

Marcelo Tavares Lins
Assessoria Internacional - AIN
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 06, Blocos C, E, F e H - Brasília/DF
""", lang="PT-BR"))

add("prt-int", "pt", "interest_only", "PRT",
    frm=A("Rita Vasconcelos Amaral", "rita.amaral@anacom.pt"),
    subj="CI-19/35 - manifestação de interesse de Portugal",
    rx="2019-08-12 10:10:54", tz="+0100", cl="outlook",
    body=ALT("""
Caro Christopher Clark,

A ANACOM, em nome de Portugal, manifesta interesse em participar na sessão de consulta de 10 de setembro, em Budapeste.

Gostaríamos de saber se está previsto algum formato de apresentação por país (por exemplo, cinco minutos sobre programas nacionais de apoio às startups), para podermos escolher a pessoa mais indicada. A indicação nominal seguirá depois da vossa resposta.

Com os melhores cumprimentos,

Rita Vasconcelos Amaral
Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12 - 1099-017 Lisboa
""", cs="iso-8859-1", lang="PT"))

add("ago-nom", "pt", "nomination", "AGO",
    frm=A("Adilson Kiala", "adilsonkiala@gmail.com"),
    subj="Indicação - Sessão de Consulta UIT PME 10/09",
    rx="2019-08-16 19:33:40", tz="+0100", cl="gmail",
    dels=[D("Adilson Manuel Kiala", "Director Nacional das Tecnologias de Informação", "adilson.kiala@mtti.gov.ao")],
    body=ALT("""
Exmo. Senhor Christopher Clark,

Venho por este meio, em nome do Ministério das Telecomunicações e Tecnologias de Informação da República de Angola, confirmar o interesse de Angola na sessão de consulta sobre PME de tecnologia e inovação, e indicar a minha pessoa como participante na sessão de Budapeste.

Nome: Adilson Manuel Kiala
Função: Director Nacional das Tecnologias de Informação
E-mail institucional: adilson.kiala@mtti.gov.ao

Escrevo do meu e-mail pessoal por dificuldades de acesso ao correio institucional fora do horário de expediente.

Com elevada consideração,

Adilson Manuel Kiala
MTTI - Luanda
""", style="gmail"))

add("moz-nom", "pt", "nomination", "MOZ",
    frm=A("INCM - Relações Internacionais", "ri@incm.gov.mz"),
    subj="Indicação de participante - Circular CI-19/35",
    rx="2019-08-08 14:12:03", tz="+0200", cl="zimbra",
    dels=[D("Celso Armando Macuácua", "Técnico Superior de Regulação", "cmacuacua@incm.gov.mz")],
    body=ALT("""
Exmos. Senhores,

O Instituto Nacional das Comunicações de Moçambique (INCM) tem a honra de indicar o Sr. Celso Armando Macuácua, Técnico Superior de Regulação (cmacuacua@incm.gov.mz), para participar na primeira sessão de consulta sobre PME de tecnologia e inovação, em Budapeste.

Melhores cumprimentos,

Departamento de Relações Internacionais
Instituto Nacional das Comunicações de Moçambique
Av. Eduardo Mondlane, 123/125 - Maputo
""", style="simple", font="arial,helvetica,sans-serif"))

add("moz-cor", "pt", "correction", "MOZ",
    frm=A("INCM - Relações Internacionais", "ri@incm.gov.mz"),
    subj="Rectificação - Indicação de participante - Circular CI-19/35",
    rx="2019-08-09 09:02:48", tz="+0200", cl="zimbra", irt="moz-nom",
    sup="moz-nom",
    dels=[D("Celso Armando Macuácua", "Chefe do Departamento de Inovação e Economia Digital", "cmacuacua@incm.gov.mz")],
    body=ALT("""
Exmos. Senhores,

Na nossa mensagem de ontem, onde se lê "Técnico Superior de Regulação", deve ler-se "Chefe do Departamento de Inovação e Economia Digital". Mantém-se a indicação do Sr. Celso Armando Macuácua (cmacuacua@incm.gov.mz).

As nossas desculpas pelo lapso.

Departamento de Relações Internacionais - INCM
""", style="simple", font="arial,helvetica,sans-serif"))

add("cpv-dec", "pt", "decline", "CPV",
    frm=A("ARME Cabo Verde", "arme@arme.cv"),
    subj="Resposta à Carta Circular CI-19/35",
    rx="2019-08-14 16:30:01", tz="-0100", cl="outlook2010",
    body=ALT("""
Exmo. Senhor Secretário-Geral,

A Agência Reguladora Multissetorial da Economia agradece o convite para a série de sessões de consulta.

Informamos, com pesar, que Cabo Verde não estará em condições de participar nestas sessões, por não estar prevista a presença da Agência no ITU Telecom World 2019 nem nas reuniões de 2020 em Genebra.

Com os melhores cumprimentos,

Isaías Barreto da Rosa Fortes
Administrador
Praia
""", cs="windows-1252", lang="PT"))

# ----- German -------------------------------------------------------------------------------

add("deu-nom", "de", "nomination", "DEU",
    frm=A("Referat VIB4 - BMWi", "buero-vib4@bmwi.bund.de"),
    to=A("Referat VIB4 - BMWi", "buero-vib4@bmwi.bund.de"),
    cc=[A("Hartmann, Tobias, Dr. -VIB4-", "tobias.hartmann@bmwi.bund.de")],
    subj="Benennung für die ITU-Konsultation „Fostering tech and innovation SMEs“ (CI-19/35)",
    rx="2019-08-13 16:48:36", tz="+0200", cl="exchange2010",
    dels=[D("Tobias Hartmann", "Referatsleiter „Digitalisierung im Mittelstand“", "tobias.hartmann@bmwi.bund.de")],
    body=ALT("""
Sehr geehrter Herr Clark,

mit Bezug auf das Rundschreiben CI-19/35 vom 23. Juli 2019 teilen wir mit, dass die Bundesrepublik Deutschland an der Konsultationsreihe zur Förderung von Tech- und Innovations-KMU interessiert ist.

Für die erste Sitzung am 10. September 2019 in Budapest benennt das Bundesministerium für Wirtschaft und Energie Herrn Dr. Tobias Hartmann, Referatsleiter „Digitalisierung im Mittelstand“ (tobias.hartmann@bmwi.bund.de).

Mit freundlichen Grüßen
Im Auftrag

Katrin Sommerfeld

Bundesministerium für Wirtschaft und Energie
Referat VIB4 - Internationale Digital- und Telekommunikationspolitik
Villemombler Straße 76, 53123 Bonn
""", cs="windows-1252", lang="DE"))

add("aut-dec", "de", "decline", "AUT",
    frm=A("Gruber Stefan", "stefan.gruber@bmvit.gv.at"),
    subj="AW: ITU Circular CI-19/35",
    rx="2019-08-09 11:20:05", tz="+0200", cl="outlook", irt="circ",
    body=ALT("""
Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Österreich wird an der Konsultationssitzung in Budapest nicht teilnehmen. Ob eine Beteiligung an den für 2020 geplanten Sitzungen in Frage kommt, können wir derzeit nicht sagen; eine Zusage ist damit ausdrücklich nicht verbunden.

Mit freundlichen Grüßen

Mag. Stefan Gruber
Bundesministerium für Verkehr, Innovation und Technologie
Abteilung III/PT2 - Internationale Angelegenheiten
Radetzkystraße 2, 1030 Wien

""" + circ_outlook("en", "de"), cs="iso-8859-1", lang="DE-AT"))

add("lie-int", "de", "interest_only", "LIE",
    frm=A("Marxer Daniela", "daniela.marxer@llv.li"),
    subj="Konsultationsreihe KMU - Interessensbekundung",
    rx="2019-08-15 08:55:21", tz="+0200", cl="outlook",
    sess=[WSIS],
    body=ALT("""
Sehr geehrter Herr Clark

Das Amt für Kommunikation bekundet hiermit sein Interesse an der Sitzung während des WSIS-Forums 2020. In Budapest werden wir nicht vertreten sein. Die Teilnehmerin oder den Teilnehmer für Genf melden wir Ihnen rechtzeitig.

Freundliche Grüsse

Daniela Marxer
Amt für Kommunikation
Äulestrasse 51, 9490 Vaduz
""", cs="iso-8859-1", lang="DE-CH"))

add("de-startup", "de", "inquiry", None,
    frm=A("Jonas Weidlich", "jonas.weidlich@startupverband-digital.de"),
    subj="Frage zur Teilnahme an der ITU-KMU-Konsultation",
    rx="2019-08-07 13:32:10", tz="+0200", cl="apple",
    body=ALT("""
Sehr geehrte Damen und Herren,

wir sind ein Verband von rund 400 Digital-Startups und KMU in Deutschland. Aus dem BMWi haben wir von Ihrer Konsultationsreihe gehört.

Können Verbände wie wir an der Sitzung in Budapest als Beobachter teilnehmen? Und gibt es schon Informationen, wie die ermäßigten Mitgliedsbeiträge für KMU ab Januar 2020 aussehen?

Viele Grüße aus Berlin
Jonas Weidlich
Referent Politik & Internationales
""", style="simple", font="Helvetica"))

def _dsn_de(m):
    return Multi("report", [
        T("""Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Übermittlung an folgende Empfänger ist fehlgeschlagen:

     t.hartman@bmwi.bund.de

Grund: 550 5.1.1 Benutzer unbekannt / user unknown
""", "iso-8859-1", "quoted-printable"),
        Leaf("message/delivery-status", (
            "Reporting-MTA: dns; mailgw2.bund.de\n\nFinal-Recipient: rfc822; t.hartman@bmwi.bund.de\n"
            "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n").encode(), "7bit"),
        Leaf("text/rfc822-headers", (
            "From: ITU SME <sme@itu.int>\nTo: t.hartman@bmwi.bund.de\n"
            "Subject: Your registration - SME consultation session, 10 September 2019\n"
            "Date: Wed, 14 Aug 2019 15:02:44 +0200\n").encode(), "7bit"),
    ], params=["report-type=delivery-status"])

add("de-bounce", "de", "bounce", None,
    frm=A("Mail Delivery Subsystem", "MAILER-DAEMON@mailgw2.bund.de"),
    subj="Unzustellbar: Your registration - SME consultation session, 10 September 2019",
    rx="2019-08-14 15:02:59", tz="+0200", cl="daemon", tag="dsn", rp="", sender_hops=0,
    extra=["Auto-Submitted: auto-replied"], body=_dsn_de)

# ----- Italian ------------------------------------------------------------------------------

add("ita-uni", "it", "nomination", "ITA",
    frm=A("Prof. Luca Bernardini", "luca.bernardini@polimi.it"),
    cc=[A("Segreteria DGSCERP - MISE", "dgscerp.segreteria@mise.gov.it")],
    subj="Consultazione ITU sulle PMI tecnologiche - partecipazione per l'Italia",
    rx="2019-08-14 17:40:29", tz="+0200", cl="thunderbird",
    dels=[D("Luca Bernardini", "professore associato di Ingegneria gestionale, Politecnico di Milano", "luca.bernardini@polimi.it"),
          D("Giulia Ferraris", "funzionaria della Direzione generale per i servizi di comunicazione elettronica", "giulia.ferraris@mise.gov.it")],
    body=P("""
Gentile dott. Clark,

su incarico del Ministero dello Sviluppo Economico (in copia), Le comunico che l'Italia parteciperà alla prima sessione di consultazione del 10 settembre a Budapest con la seguente delegazione:

- il sottoscritto, prof. Luca Bernardini, professore associato di Ingegneria gestionale, Politecnico di Milano, consulente del Ministero per l'Osservatorio Startup Hi-tech (luca.bernardini@polimi.it);
- dott.ssa Giulia Ferraris, funzionaria della Direzione generale per i servizi di comunicazione elettronica (giulia.ferraris@mise.gov.it).

Il Ministero confermerà formalmente con propria nota.

Cordiali saluti,

Luca Bernardini
Dipartimento di Ingegneria Gestionale
Politecnico di Milano - Via Lambruschini 4/B, 20156 Milano
""", cs="iso-8859-1", cte="quoted-printable", flowed=True))

add("smr-int", "it", "interest_only", "SMR",
    frm=A("Segreteria di Stato Affari Esteri", "affariesteri@gov.sm"),
    subj="Lettera circolare CI-19/35 - Repubblica di San Marino",
    rx="2019-08-16 11:29:17", tz="+0200", cl="outlook",
    sess=[CWG],
    body=ALT("""
Egregio Signor Clark,

la Repubblica di San Marino desidera manifestare il proprio interesse per la sessione di consultazione che si terrà in occasione delle riunioni dei Gruppi di lavoro del Consiglio all'inizio del 2020, alla quale la nostra Rappresentanza a Ginevra potrà partecipare. Il nominativo sarà comunicato in seguito.

Distinti saluti,

Dipartimento Affari Esteri
Repubblica di San Marino
""", cs="iso-8859-1", lang="IT"))

add("vat-dec", "it", "decline", "VAT",
    frm=A("Governatorato SCV - Direzione delle Telecomunicazioni", "telecomunicazioni@scv.va"),
    subj="Risposta alla Lettera circolare CI-19/35",
    rx="2019-08-06 10:05:44", tz="+0200", cl="notes", tag="notes",
    body=P("""
Egregio Segretario Generale,

in riscontro alla Lettera circolare CI-19/35, si comunica che lo Stato della Città del Vaticano, non disponendo di un tessuto di piccole e medie imprese del settore tecnologico, non prenderà parte alla serie di sessioni di consultazione.

Con i migliori auguri per il buon esito dell'iniziativa.

Il Direttore
Direzione delle Telecomunicazioni e dei Sistemi Informatici
Governatorato dello Stato della Città del Vaticano
""", cs="iso-8859-1", cte="quoted-printable"))

# ----- Turkish ------------------------------------------------------------------------------

add("tur-nom", "tr", "nomination", "TUR",
    frm=A("BTK Dış İlişkiler Dairesi", "disiliskiler@btk.gov.tr", "iso-8859-9", "Q"),
    subj="CI-19/35 sayılı Genelge - Türkiye katılımcısı", subj_cs="iso-8859-9", subj_enc="Q",
    rx="2019-08-12 14:40:19", tz="+0300", cl="outlook",
    dels=[D("Ayşe Nur Yıldırım", "Uzman, Dış İlişkiler Dairesi Başkanlığı", "aysenur.yildirim@btk.gov.tr")],
    body=ALT("""
Sayın Christopher Clark,

Uluslararası Telekomünikasyon Birliği'nin CI-19/35 sayılı Genelgesi ile duyurulan "Teknoloji ve inovasyon KOBİ'lerinin desteklenmesi" konulu istişare oturumlarına Türkiye olarak katılmak istediğimizi bildiririz.

10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk oturuma, Kurumumuz Dış İlişkiler Dairesi Başkanlığı uzmanlarından Sayın Ayşe Nur Yıldırım'ın katılması uygun görülmüştür.

Katılımcı bilgileri:
Adı Soyadı: Ayşe Nur Yıldırım
Unvanı: Uzman, Dış İlişkiler Dairesi Başkanlığı
E-posta: aysenur.yildirim@btk.gov.tr

Saygılarımızla,

Bilgi Teknolojileri ve İletişim Kurumu
Dış İlişkiler Dairesi Başkanlığı
Yeşilırmak Sokak No:16, Demirtepe, Ankara
""", cs="iso-8859-9", lang="TR"))

add("tur-cor", "tr", "correction", "TUR",
    frm=A("BTK Dış İlişkiler Dairesi", "disiliskiler@btk.gov.tr", "iso-8859-9", "Q"),
    subj="YNT: CI-19/35 sayılı Genelge - Türkiye katılımcısı (ek katılımcı)", subj_cs="iso-8859-9", subj_enc="Q",
    rx="2019-08-15 10:03:31", tz="+0300", cl="outlook", irt="tur-nom",
    sup="tur-nom",
    dels=[D("Ayşe Nur Yıldırım", "Uzman, Dış İlişkiler Dairesi Başkanlığı", "aysenur.yildirim@btk.gov.tr"),
          D("Mehmet Emin Karaca", "Daire Başkan Yardımcısı, Sektörel Araştırma ve Strateji Geliştirme Dairesi", "memin.karaca@btk.gov.tr")],
    body=ALT("""
Sayın Clark,

12 Ağustos tarihli e-postamıza ek olarak, Budapeşte'deki oturuma Sayın Ayşe Nur Yıldırım'a ilave olarak Sektörel Araştırma ve Strateji Geliştirme Dairesi Başkan Yardımcısı Sayın Mehmet Emin Karaca'nın da katılacağını bilgilerinize sunarız.

Güncel katılımcı listesi:
1. Ayşe Nur Yıldırım - Uzman, Dış İlişkiler Dairesi Başkanlığı - aysenur.yildirim@btk.gov.tr
2. Mehmet Emin Karaca - Daire Başkan Yardımcısı, Sektörel Araştırma ve Strateji Geliştirme Dairesi - memin.karaca@btk.gov.tr

Saygılarımızla,
BTK Dış İlişkiler Dairesi Başkanlığı
""", cs="iso-8859-9", lang="TR"))

# ----- Persian (Iran, Afghanistan) ----------------------------------------------------------

add("irn-nom", "fa", "nomination", "IRN",
    frm=A("دفتر همکاری‌های بین‌المللی", "intl@ict.gov.ir", "utf-8", "B"),
    subj="معرفی نماینده جمهوری اسلامی ایران - جلسه مشورتی SME",
    rx="2019-08-13 12:05:40", tz="+0430", cl="outlook",
    dels=[D("محمدرضا کریمی", "مدیرکل دفتر توسعه کسب‌وکارهای نوپا", "m.karimi@ict.gov.ir", aliases=["Mohammadreza Karimi"])],
    body=ALT("""
بسمه تعالی

شماره: ۱۲۳۴/۹۸/ب‌م
تاریخ: ۱۳۹۸/۰۵/۲۲

جناب آقای کریستوفر کلارک
دبیرخانه اتحادیه بین‌المللی مخابرات

با سلام و احترام،

بازگشت به بخشنامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹ در خصوص جلسات مشورتی «حمایت از کسب‌وکارهای کوچک و متوسط فناوری و نوآوری»، به استحضار می‌رساند وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران علاقه‌مند به مشارکت در این جلسات است.

بدین‌وسیله جناب آقای دکتر محمدرضا کریمی (Dr. Mohammadreza Karimi)، مدیرکل دفتر توسعه کسب‌وکارهای نوپا، جهت شرکت در نخستین جلسه در بوداپست معرفی می‌گردند.
پست الکترونیک: m.karimi@ict.gov.ir

با تجدید احترام
علی اکبر نوروزی
مدیرکل همکاری‌های بین‌المللی
""", lang="FA", rtl=True, font="B Nazanin"))

add("afg-dari", "fa", "nomination", "AFG",
    frm=A("Farid Ahmad Noori", "farid.noori@mcit.gov.af"),
    subj="معرفی نماینده افغانستان برای جلسه مشورتی بوداپست",
    rx="2019-08-10 09:15:02", tz="+0430", cl="gmail",
    dels=[D("فرید احمد نوری", "رئیس بخش حمایت از شرکت‌های کوچک و متوسط", "farid.noori@mcit.gov.af", aliases=["Farid Ahmad Noori"])],
    body=ALT("""
محترم کریستوفر کلارک صاحب،

با عرض سلام و احترام،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان از دعوت شما برای جلسات مشورتی تشکر نموده و علاقه‌مندی خود را به اشتراک در این جلسات ابراز می‌دارد.

به همین منظور، اینجانب فرید احمد نوری، رئیس بخش حمایت از شرکت‌های کوچک و متوسط، برای اشتراک در جلسه اول در بوداپست معرفی گردیده‌ام.
ایمیل: farid.noori@mcit.gov.af

با احترام،
فرید احمد نوری
Farid Ahmad Noori
وزارت مخابرات و تکنالوژی معلوماتی - کابل
""", style="gmail", rtl=True))

# ----- Indonesian ---------------------------------------------------------------------------

add("idn-nom", "id", "nomination", "IDN",
    frm=A("Biro Kerja Sama Luar Negeri Kominfo", "kln@mail.kominfo.go.id"),
    subj="Penunjukan Wakil Indonesia - Sesi Konsultasi UKM Teknologi ITU",
    rx="2019-08-14 07:48:20", tz="+0700", cl="zimbra",
    dels=[D("Hendra Wijaya Kusuma", "Direktur Pemberdayaan Informatika", "hendra.wk@mail.kominfo.go.id")],
    body=ALT("""
Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran ITU Nomor CI-19/35 tanggal 23 Juli 2019, bersama ini kami sampaikan bahwa Kementerian Komunikasi dan Informatika Republik Indonesia berminat untuk berpartisipasi dalam rangkaian sesi konsultasi mengenai UKM teknologi dan inovasi.

Untuk sesi pertama pada tanggal 10 September 2019 di Budapest, kami menunjuk Bapak Dr. Ir. Hendra Wijaya Kusuma, M.Sc., Direktur Pemberdayaan Informatika (hendra.wk@mail.kominfo.go.id).

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,

Kepala Biro Kerja Sama Luar Negeri
Dewi Lestari Anggraini
Jl. Medan Merdeka Barat No. 9, Jakarta Pusat
""", style="simple", font="arial,helvetica,sans-serif"))

add("id-ooo", "id", "auto_reply", None,
    frm=A("Rudi Hartono", "rudi.hartono@brti.go.id"),
    subj="Balasan Otomatis: ITU Circular CI-19/35",
    rx="2019-07-23 17:33:49", tz="+0700", cl="exchange2010", irt="circ", lag=1,
    extra=["Auto-Submitted: auto-replied"],
    body=ALT("""
Terima kasih atas email Anda. Saya sedang cuti sampai dengan 31 Juli 2019. Untuk keperluan mendesak silakan menghubungi Ibu Sri Wahyuni (sri.wahyuni@brti.go.id).

Salam,
Rudi Hartono
""", lang="ID"))

# ----- Swahili ------------------------------------------------------------------------------

add("tza-nom", "sw", "nomination", "TZA",
    frm=A("Wizara ya Ujenzi, Uchukuzi na Mawasiliano", "ps@mawasiliano.go.tz"),
    subj="Uteuzi wa Mshiriki - Kikao cha Mashauriano cha ITU kuhusu SME za Teknolojia",
    rx="2019-08-15 10:21:33", tz="+0300", cl="outlook",
    dels=[D("Juma Hamisi Mwakyusa", "Mkurugenzi Msaidizi, TEHAMA", "juma.mwakyusa@mawasiliano.go.tz")],
    body=ALT("""
Ndugu Christopher Clark,

YAH: BARUA YA MZUNGUKO CI-19/35 - VIKAO VYA MASHAURIANO KUHUSU KUKUZA KAMPUNI NDOGO NA ZA KATI ZA TEKNOLOJIA NA UBUNIFU

Tafadhali rejea barua tajwa hapo juu.

Wizara ya Ujenzi, Uchukuzi na Mawasiliano (Sekta ya Mawasiliano) ya Jamhuri ya Muungano wa Tanzania ina furaha kukujulisha kwamba imemteua Bw. Juma Hamisi Mwakyusa, Mkurugenzi Msaidizi, TEHAMA, kushiriki katika kikao cha kwanza kitakachofanyika tarehe 10 Septemba 2019 jijini Budapest.

Barua pepe yake ni juma.mwakyusa@mawasiliano.go.tz.

Wako katika ujenzi wa Taifa,

Dkt. Zainab Said Mfaume
Kny: KATIBU MKUU (MAWASILIANO)
Mji wa Serikali Mtumba, Dodoma
""", lang="SW"))

add("sw-inq", "sw", "inquiry", None,
    frm=A("Neema Mollel", "neema@bunihub-tz.org"),
    subj="Swali kuhusu ushiriki wa vituo vya ubunifu",
    rx="2019-08-21 09:12:40", tz="+0300", cl="gmail",
    body=ALT("""
Habari za asubuhi,

Mimi ni mratibu wa kituo cha ubunifu kinachosaidia kampuni changa za teknolojia jijini Dar es Salaam. Tumesikia kuhusu vikao vya mashauriano vya ITU kwa ajili ya SME za teknolojia.

Je, vituo vya ubunifu visivyo vya serikali vinaweza kuhudhuria kikao kitakachofanyika wakati wa Jukwaa la WSIS 2020? Kama ndiyo, tunajiandikisha vipi?

Asante sana,
Neema Mollel
Mratibu wa Programu
""", style="gmail"))

# ----- Japanese -----------------------------------------------------------------------------

add("jpn-nom", "ja", "nomination", "JPN",
    frm=A("総務省 国際戦略局 国際経済課", "kokusai-keizai@soumu.go.jp", "iso-2022-jp", "B"),
    subj="【回答】ITU回章CI-19/35 中小企業協議セッションへの参加者について", subj_cs="iso-2022-jp",
    rx="2019-08-09 03:12:45", tz="+0900", cl="outlook2010",
    dels=[D("山本直樹", "国際戦略局国際経済課 課長補佐", "n-yamamoto@soumu.go.jp", aliases=["山本 直樹", "YAMAMOTO Naoki"])],
    body=P("""
ITU事務局
Christopher Clark 様

いつもお世話になっております。
総務省国際戦略局国際経済課でございます。

回章CI-19/35でご案内いただきました「技術・イノベーション中小企業の育成」に関する協議セッションにつきまして、我が国として関心がありますことをお伝えいたします。

9月10日にブダペストで開催される第1回セッションには、下記の者が出席いたします。

　　　　　　　　　　　　　記

氏名：山本 直樹（YAMAMOTO Naoki）
役職：国際戦略局国際経済課 課長補佐
メール：n-yamamoto@soumu.go.jp

　　　　　　　　　　　　　　　　　　　　　　以上

何卒よろしくお願い申し上げます。

――――――――――――――――――
総務省 国際戦略局 国際経済課
担当：佐々木 恵美
〒100-8926 東京都千代田区霞が関2-1-2
――――――――――――――――――

※山本直樹はITU Telecom World 2019の日本政府代表団の一員として登録済みです。
""", cs="iso-2022-jp", cte="7bit"))

add("ja-ooo", "ja", "auto_reply", None,
    frm=A("高橋 誠", "m-takahashi@soumu.go.jp", "iso-2022-jp", "B"),
    subj="不在通知：ITU Circular CI-19/35", subj_cs="iso-2022-jp",
    rx="2019-07-23 17:33:30", tz="+0900", cl="outlook2010", irt="circ", lag=1,
    extra=["Auto-Submitted: auto-replied"],
    body=P("""
誠に恐れ入りますが、7月22日から8月2日まで出張のため不在にしております。
ご用件のある方は、国際経済課（kokusai-keizai@soumu.go.jp）までご連絡ください。

高橋 誠
""", cs="iso-2022-jp", cte="7bit"))

# ----- Korean -------------------------------------------------------------------------------

add("kor-nom", "ko", "nomination", "KOR",
    frm=A("과학기술정보통신부 국제협력담당관실", "intl@msit.go.kr", "euc-kr", "B"),
    subj="[회신] ITU 회람 CI-19/35 중소기업 협의 세션 참가자 통보", subj_cs="euc-kr",
    rx="2019-08-14 09:30:18", tz="+0900", cl="outlook",
    sess=[BUD, WSIS],
    dels=[D("김민준", "정보통신산업정책과 사무관", "mjkim@msit.go.kr", aliases=["KIM Min-jun"]),
          D("이서연", "정보통신정책연구원 연구위원", "sylee@kisdi.re.kr", aliases=["LEE Seo-yeon"])],
    body=ALT("""
ITU 사무국 Christopher Clark 님께,

ITU 회람 CI-19/35와 관련하여, 대한민국 과학기술정보통신부는 기술·혁신 중소기업 육성을 위한 협의 세션에 참여하고자 합니다.

참가자는 다음과 같습니다.

|세션|성명|직위|이메일|
|부다페스트 (2019.9.10)|김민준 (KIM Min-jun)|정보통신산업정책과 사무관|mjkim@msit.go.kr|
|WSIS 포럼 2020|이서연 (LEE Seo-yeon)|정보통신정책연구원 연구위원|sylee@kisdi.re.kr|

감사합니다.

과학기술정보통신부 국제협력담당관실
박지훈 드림
세종특별자치시 갈매로 477
""", cs="euc-kr", lang="KO", cte="base64", font="맑은 고딕"))

add("ko-inq", "ko", "inquiry", None,
    frm=A("최유진", "yujin.choi@naver.com", "utf-8", "B"),
    subj="ITU 중소기업 협의 세션 참가 문의",
    rx="2019-08-05 02:40:51", tz="+0900", cl="naver",
    body=ALT("""
안녕하세요.

저는 판교에서 AI 음성인식 스타트업을 운영하고 있는 최유진입니다.
부다페스트 ITU Telecom World 기간에 열리는 중소기업 협의 세션에 민간 기업도 참석할 수 있는지 궁금합니다.
참석이 가능하다면 신청 절차와 비용을 알려주시면 감사하겠습니다.

최유진 드림
(주)보이스브릿지 대표
""", style="simple", font="나눔고딕"))

# ----- Ukrainian ----------------------------------------------------------------------------

add("ukr-nom", "uk", "nomination", "UKR",
    frm=A("Департамент міжнародного співробітництва", "intl@mtu.gov.ua", "koi8-u", "B"),
    subj="Щодо участі в консультаційній сесії МСЕ (CI-19/35)", subj_cs="koi8-u",
    rx="2019-08-15 14:10:44", tz="+0300", cl="thunderbird",
    dels=[D("Шевчук Андрій Олегович", "заступник директора Директорату цифрового розвитку", "a.shevchuk@mtu.gov.ua",
            aliases=["Andrii Shevchuk"])],
    body=P("""
Шановний пане Кларк!

Міністерство інфраструктури України висловлює зацікавленість у серії консультаційних сесій щодо сприяння технологічним та інноваційним МСП.

Для участі в першій сесії 10 вересня 2019 року в Будапешті пропонуємо кандидатуру Шевчука Андрія Олеговича, заступника директора Директорату цифрового розвитку.

Контактні дані учасника:
ПІБ: Шевчук Андрій Олегович (Andrii Shevchuk)
Посада: заступник директора Директорату цифрового розвитку
Ел. пошта: a.shevchuk@mtu.gov.ua

З повагою,
Директор Департаменту міжнародного співробітництва
Олена Кравченко
""", cs="koi8-u", cte="quoted-printable"))

# ----- Polish -------------------------------------------------------------------------------

add("pol-nom", "pl", "nomination", "POL",
    frm=A("Departament Współpracy Międzynarodowej", "dwm@mc.gov.pl", "iso-8859-2", "Q"),
    subj="Zgłoszenie uczestnika - sesja konsultacyjna ITU dot. MŚP technologicznych", subj_cs="iso-8859-2", subj_enc="Q",
    rx="2019-08-08 13:22:37", tz="+0200", cl="outlook",
    dels=[D("Tomasz Nowicki", "naczelnik Wydziału Innowacji Cyfrowych", "tomasz.nowicki@mc.gov.pl")],
    body=ALT("""
Szanowny Panie,

w nawiązaniu do pisma okólnego CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji jest zainteresowane udziałem w cyklu sesji konsultacyjnych.

Na pierwszą sesję, która odbędzie się 10 września 2019 r. w Budapeszcie, zgłaszamy Pana Tomasza Nowickiego, naczelnika Wydziału Innowacji Cyfrowych.

Dane uczestnika:
Imię i nazwisko: Tomasz Nowicki
Stanowisko: naczelnik Wydziału Innowacji Cyfrowych
E-mail: tomasz.nowicki@mc.gov.pl

Z wyrazami szacunku

Magdalena Zielińska-Wróbel
Zastępca Dyrektora
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji, ul. Królewska 27, 00-060 Warszawa
""", cs="iso-8859-2", lang="PL"))

add("pol-cor", "pl", "correction", "POL",
    frm=A("Departament Współpracy Międzynarodowej", "dwm@mc.gov.pl", "iso-8859-2", "Q"),
    subj="Zmiana uczestnika - sesja konsultacyjna ITU, Budapeszt", subj_cs="iso-8859-2", subj_enc="Q",
    rx="2019-08-30 09:44:12", tz="+0200", cl="outlook",
    sup="pol-nom",
    dels=[D("Katarzyna Wiśniewska", "główny specjalista w Wydziale Innowacji Cyfrowych", "katarzyna.wisniewska@mc.gov.pl")],
    body=ALT("""
Szanowny Panie,

uprzejmie informuję, że z przyczyn służbowych Pan Tomasz Nowicki nie będzie mógł wziąć udziału w sesji konsultacyjnej 10 września. W zastępstwie Ministerstwo Cyfryzacji zgłasza Panią Katarzynę Wiśniewską, głównego specjalistę w Wydziale Innowacji Cyfrowych (katarzyna.wisniewska@mc.gov.pl).

Dane do rejestracji: Katarzyna Wiśniewska, główny specjalista w Wydziale Innowacji Cyfrowych.

Z wyrazami szacunku
Magdalena Zielińska-Wróbel
""", cs="iso-8859-2", lang="PL"))

add("pl-other", "pl", "unrelated", None,
    frm=A("Urząd Komunikacji Elektronicznej", "sekretariat.dzm@uke.gov.pl", "iso-8859-2", "Q"),
    subj="Odpowiedź na ankietę ITU-D dotyczącą wskaźników ICT 2019",
    rx="2019-08-01 12:15:07", tz="+0200", cl="outlook",
    body=Multi("mixed", [ALT("""
Szanowni Państwo,

w załączeniu przesyłamy wypełniony kwestionariusz ITU-D dotyczący wskaźników telekomunikacyjnych i ICT za rok 2018 (World Telecommunication/ICT Indicators).

Osobą do kontaktu w sprawie danych jest Pan Paweł Grabowski (pawel.grabowski@uke.gov.pl).

Z poważaniem
Departament Współpracy Międzynarodowej
Urząd Komunikacji Elektronicznej
""", cs="iso-8859-2", lang="PL"),
        Att(b"Indicator;2018\nFixed-telephone subscriptions;6 012 330\nMobile-cellular subscriptions;50 841 102\n",
            "text/csv", "ITU_ICT_indicators_2018_PL.csv"),
    ]))

# ----- Vietnamese ---------------------------------------------------------------------------

add("vnm-nom", "vi", "nomination", "VNM",
    frm=A("Vụ Hợp tác quốc tế - Bộ TT&TT", "htqt@mic.gov.vn", "utf-8", "B"),
    subj="V/v cử đại diện tham dự phiên tham vấn của ITU về doanh nghiệp nhỏ và vừa công nghệ",
    rx="2019-08-12 05:20:33", tz="+0700", cl="zimbra",
    sess=[BUD, CWG],
    dels=[D("Nguyễn Văn Hùng", "Phó Vụ trưởng Vụ Công nghệ thông tin", "nvhung@mic.gov.vn", aliases=["NGUYEN Van Hung"])],
    body=ALT("""
Kính gửi: Ông Christopher Clark, Ban Thư ký Liên minh Viễn thông Quốc tế

Phúc đáp Thư thông báo số CI-19/35 ngày 23/7/2019, Bộ Thông tin và Truyền thông Việt Nam xin thông báo quan tâm tới chuỗi phiên tham vấn về thúc đẩy doanh nghiệp nhỏ và vừa trong lĩnh vực công nghệ và đổi mới sáng tạo.

Bộ cử Ông Nguyễn Văn Hùng (NGUYEN Van Hung), Phó Vụ trưởng Vụ Công nghệ thông tin, email: nvhung@mic.gov.vn, tham dự phiên thứ nhất tại Budapest ngày 10/9/2019, đồng thời tham dự phiên tham vấn bên lề các cuộc họp Nhóm công tác của Hội đồng đầu năm 2020.

Trân trọng,

Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
18 Nguyễn Du, Hà Nội
""", style="simple", font="Times New Roman", size="13pt", cs="utf-8", cte="base64"))

# ----- Thai ---------------------------------------------------------------------------------

add("tha-nom", "th", "nomination", "THA",
    frm=A("Pimchanok Srisuk", "pimchanok.s@nbtc.go.th"),
    subj="การเสนอชื่อผู้เข้าร่วมการประชุมหารือ ITU ด้าน SME", subj_cs="tis-620",
    rx="2019-08-15 06:55:09", tz="+0700", cl="outlook",
    dels=[D("พิมพ์ชนก ศรีสุข", "ผู้อำนวยการส่วนส่งเสริมนวัตกรรมโทรคมนาคม", "pimchanok.s@nbtc.go.th", aliases=["Pimchanok Srisuk"])],
    body=ALT("""
เรียน คุณ Christopher Clark

ตามที่ ITU ได้มีหนังสือเวียนที่ CI-19/35 ลงวันที่ 23 กรกฎาคม 2562 เชิญประเทศสมาชิกเข้าร่วมการประชุมหารือเรื่องการส่งเสริม SME ด้านเทคโนโลยีและนวัตกรรม นั้น

สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ (สำนักงาน กสทช.) ขอแจ้งความประสงค์เข้าร่วม และขอเสนอชื่อ นางสาวพิมพ์ชนก ศรีสุข ผู้อำนวยการส่วนส่งเสริมนวัตกรรมโทรคมนาคม เป็นผู้แทนประเทศไทยในการประชุมครั้งแรกที่กรุงบูดาเปสต์ วันที่ 10 กันยายน 2562

อีเมล: pimchanok.s@nbtc.go.th

ขอแสดงความนับถือ

พิมพ์ชนก ศรีสุข (Ms. Pimchanok Srisuk)
สำนักความร่วมมือระหว่างประเทศ สำนักงาน กสทช.
""", cs="tis-620", lang="TH", font="Angsana New", cte="quoted-printable"))

# ----- Bengali ------------------------------------------------------------------------------

add("bgd-nom", "bn", "nomination", "BGD",
    frm=A("ডাক ও টেলিযোগাযোগ বিভাগ", "ic@ptd.gov.bd", "utf-8", "B"),
    subj="আইটিইউ সার্কুলার CI-19/35: মনোনয়ন প্রেরণ প্রসঙ্গে",
    rx="2019-08-14 08:02:11", tz="+0600", cl="gmail",
    dels=[D("মোহাম্মদ আরিফুল ইসলাম", "উপসচিব (আন্তর্জাতিক সহযোগিতা)", "ariful.islam@ptd.gov.bd", aliases=["Mohammad Ariful Islam"])],
    body=ALT("""
জনাব ক্রিস্টোফার ক্লার্ক,

আইটিইউ-এর সার্কুলার নং CI-19/35 এর প্রেক্ষিতে জানানো যাচ্ছে যে, গণপ্রজাতন্ত্রী বাংলাদেশ সরকারের ডাক, টেলিযোগাযোগ ও তথ্যপ্রযুক্তি মন্ত্রণালয়ের ডাক ও টেলিযোগাযোগ বিভাগ প্রযুক্তি ও উদ্ভাবনী এসএমই বিষয়ক পরামর্শ সভায় অংশগ্রহণে আগ্রহী।

বুদাপেস্টে অনুষ্ঠেয় প্রথম সভায় অংশগ্রহণের জন্য জনাব মোহাম্মদ আরিফুল ইসলাম, উপসচিব (আন্তর্জাতিক সহযোগিতা)-কে মনোনয়ন প্রদান করা হলো।
ই-মেইল: ariful.islam@ptd.gov.bd
(Mr. Mohammad Ariful Islam, Deputy Secretary)

শুভেচ্ছান্তে,
নাসরিন সুলতানা
সিনিয়র সহকারী সচিব
ডাক ও টেলিযোগাযোগ বিভাগ, ঢাকা
""", style="gmail"))

# ----- Urdu ---------------------------------------------------------------------------------

add("pak-nom", "ur", "nomination", "PAK",
    frm=A("Tariq Mahmood Qureshi", "tariq.qureshi@moitt.gov.pk"),
    subj="آئی ٹی یو سرکلر CI-19/35 - نامزدگی",
    rx="2019-08-12 10:40:22", tz="+0500", cl="outlook",
    dels=[D("طارق محمود قریشی", "جوائنٹ سیکرٹری (انٹرنیشنل کوآپریشن)", "tariq.qureshi@moitt.gov.pk", aliases=["Tariq Mahmood Qureshi"])],
    body=ALT("""
محترم کرسٹوفر کلارک صاحب،

السلام علیکم،

آئی ٹی یو کے سرکلر نمبر CI-19/35 کے حوالے سے عرض ہے کہ وزارتِ انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، حکومتِ پاکستان، ٹیکنالوجی اور جدت سے متعلق چھوٹے اور درمیانے کاروباروں کے مشاورتی اجلاسوں میں شرکت میں دلچسپی رکھتی ہے۔

بوداپسٹ میں 10 ستمبر 2019 کو ہونے والے پہلے اجلاس کے لیے وزارت نے جناب طارق محمود قریشی، جوائنٹ سیکرٹری (انٹرنیشنل کوآپریشن) کو نامزد کیا ہے۔
ای میل: tariq.qureshi@moitt.gov.pk

والسلام،

طارق محمود قریشی
Tariq Mahmood Qureshi
Joint Secretary (International Cooperation)
Ministry of IT & Telecom, Islamabad
""", lang="UR", rtl=True, font="Jameel Noori Nastaleeq"))

# ----- Dutch --------------------------------------------------------------------------------

add("nld-int", "nl", "interest_only", "NLD",
    frm=A("Bakker, J.M. (Joost) - DGBI/DE", "j.m.bakker@minezk.nl"),
    subj="Reactie Nederland op CI-19/35",
    rx="2019-08-16 16:05:22", tz="+0200", cl="o365",
    body=ALT("""
Geachte heer Clark,

Nederland heeft belangstelling voor de consultatiesessie over tech- en innovatie-mkb tijdens ITU Telecom World in Boedapest. Wie namens het Ministerie van Economische Zaken en Klimaat deelneemt, is nog niet bekend; ik verwacht u de naam begin september te kunnen doorgeven.

Met vriendelijke groet,

Joost Bakker
Beleidsmedewerker Telecommunicatiemarkt
Directie Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73 | 2594 AC | Den Haag

Dit bericht kan informatie bevatten die niet voor u is bestemd.
""", lang="NL"))

add("sur-nom", "nl", "nomination", "SUR",
    frm=A("Directie TAS", "directie@tas.sr"),
    subj="Aanmelding Suriname - consultatiesessie KMO's Boedapest",
    rx="2019-08-14 20:30:11", tz="-0300", cl="roundcube",
    dels=[D("Rishi Ramkhelawan", "Hoofd Afdeling Marktontwikkeling", "r.ramkhelawan@tas.sr")],
    body=P("""
Geachte heer Clark,

Namens de Telecommunicatie Autoriteit Suriname (TAS) en het Ministerie van Transport, Communicatie en Toerisme bevestig ik de deelname van de Republiek Suriname aan de eerste consultatiesessie op 10 september in Boedapest.

Wij melden hiervoor aan: de heer Rishi Ramkhelawan, Hoofd Afdeling Marktontwikkeling (r.ramkhelawan@tas.sr).

Met vriendelijke groet,

drs. Sharmila Jagernath-Koorndijk
Directeur a.i.
Telecommunicatie Autoriteit Suriname, Paramaribo
""", cs="utf-8", cte="quoted-printable", flowed=True))

# ----- Swedish ------------------------------------------------------------------------------

add("swe-dec", "sv", "decline", "SWE",
    frm=A("Lindqvist Karin", "karin.lindqvist@pts.se"),
    subj="SV: ITU Circular CI-19/35",
    rx="2019-08-13 13:52:07", tz="+0200", cl="outlook", irt="circ",
    body=ALT("""
Hej,

Tack för inbjudan. PTS och Regeringskansliet har gått igenom frågan och Sverige kommer inte att delta i konsultationsserien om tech- och innovations-SMF. Vi följer gärna arbetet via rådets dokument.

Vänliga hälsningar

Karin Lindqvist
Internationella sekretariatet
Post- och telestyrelsen (PTS)
Box 5398, 102 49 Stockholm

""" + circ_outlook("en"), cs="iso-8859-1", lang="SV"))

# ----- Romanian -----------------------------------------------------------------------------

add("rou-nom", "ro", "nomination", "ROU",
    frm=A("ANCOM - Direcția Relații Internaționale", "relatii.internationale@ancom.ro"),
    subj="Nominalizare reprezentant România - sesiunea de consultare ITU privind IMM-urile tech",
    rx="2019-08-06 12:47:33", tz="+0300", cl="outlook",
    dels=[D("Andreea-Ioana Popescu", "șef serviciu Strategie și Inovare", "andreea.popescu@ancom.ro")],
    body=ALT("""
Stimate domnule Clark,

Ca urmare a Scrisorii circulare CI-19/35, Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM) vă comunică interesul României pentru seria de sesiuni de consultare.

La prima sesiune, din 10 septembrie 2019, de la Budapesta, România va fi reprezentată de doamna Andreea-Ioana Popescu, șef serviciu Strategie și Inovare (andreea.popescu@ancom.ro).

Cu stimă,

Direcția Relații Internaționale
ANCOM
Str. Delea Nouă nr. 2, sector 3, București
""", lang="RO"))

add("mda-nom", "ro", "nomination", "MDA",
    frm=A("Ion Ciobanu", "ion.ciobanu@anrceti.md"),
    subj="Desemnare participant - CI-19/35",
    rx="2019-08-16 22:59:58", tz="+0300", cl="gmail",
    dels=[D("Ion Ciobanu", "consultant principal, Direcția analiză și dezvoltare a pieței", "ion.ciobanu@anrceti.md")],
    body=ALT("""
Stimate Domnule Clark,

Agenția Națională pentru Reglementare în Comunicații Electronice și Tehnologia Informației (ANRCETI) a Republicii Moldova dorește să participe la sesiunea de consultare de la Budapesta.

Din partea Agenției va participa subsemnatul, Ion Ciobanu, consultant principal, Direcția analiză și dezvoltare a pieței.

Cu respect,
Ion Ciobanu
ANRCETI, Chișinău
""", style="gmail"))

# ----- Hungarian ----------------------------------------------------------------------------

add("hun-nom", "hu", "nomination", "HUN",
    frm=A("dr. Kovács Eszter", "eszter.kovacs@itm.gov.hu", "iso-8859-2", "Q"),
    subj="Magyarország jelölése - ITU KKV konzultáció, Budapest", subj_cs="iso-8859-2", subj_enc="Q",
    rx="2019-08-07 10:12:44", tz="+0200", cl="outlook",
    dels=[D("Kovács Eszter", "főosztályvezető-helyettes, Digitális Gazdaság Főosztály", "eszter.kovacs@itm.gov.hu",
            aliases=["Eszter Kovács"]),
          D("Szabó Gergely", "referens, Nemzetközi Kapcsolatok Főosztály", "gergely.szabo@itm.gov.hu",
            aliases=["Gergely Szabó"])],
    body=ALT("""
Tisztelt Clark Úr!

Az ITU CI-19/35. számú körlevelére hivatkozva tájékoztatom, hogy Magyarország - az ITU Telecom World 2019 házigazdájaként - örömmel vesz részt a technológiai és innovációs KKV-k támogatásáról szóló konzultációs sorozat első ülésén, szeptember 10-én Budapesten.

Az Innovációs és Technológiai Minisztérium részéről az alábbi kollégák vesznek részt:

|Név|Beosztás|E-mail|
|dr. Kovács Eszter|főosztályvezető-helyettes, Digitális Gazdaság Főosztály|eszter.kovacs@itm.gov.hu|
|Szabó Gergely|referens, Nemzetközi Kapcsolatok Főosztály|gergely.szabo@itm.gov.hu|

Üdvözlettel:

dr. Kovács Eszter
főosztályvezető-helyettes
Innovációs és Technológiai Minisztérium
1011 Budapest, Fő utca 44-50.

Dr. Eszter Kovács | Deputy Head of Department, Digital Economy | Gergely Szabó, Desk Officer
""", cs="iso-8859-2", lang="HU"))

add("hu-inq", "hu", "inquiry", None,
    frm=A("Szalai Bence", "bence@kavelabs.hu"),
    subj="Kérdés: részt vehet-e egy budapesti startup a szeptember 10-i konzultáción?",
    rx="2019-08-26 15:30:02", tz="+0200", cl="gmail",
    body=ALT("""
Tisztelt Hölgyem/Uram!

A Kávé Labs Kft. egy 12 fős budapesti szoftverfejlesztő cég. Hallottuk, hogy a Telecom World alatt, szeptember 10-én konzultáció lesz a technológiai KKV-kről.

Részt vehetünk-e hallgatóként, és ha igen, hol kell regisztrálni? A kiállítói belépő elég hozzá?

Köszönettel:
Szalai Bence
ügyvezető, Kávé Labs Kft.
""", style="gmail"))

# ----- Czech --------------------------------------------------------------------------------

add("cze-nom", "cs", "nomination", "CZE",
    frm=A("Odbor mezinárodních vztahů ČTÚ", "omv@ctu.cz", "iso-8859-2", "B"),
    subj="Nominace na konzultační zasedání ITU k MSP (CI-19/35)", subj_cs="iso-8859-2",
    rx="2019-08-12 09:40:19", tz="+0200", cl="thunderbird",
    dels=[D("Petr Novák", "ředitel odboru regulace komunikačních činností", "novakp@ctu.cz")],
    body=P("""
Vážený pane Clarku,

v návaznosti na oběžník ITU CI-19/35 si Vám dovolujeme sdělit, že Česká republika má zájem o účast na konzultačních zasedáních k podpoře technologických a inovačních malých a středních podniků.

Na první zasedání dne 10. září 2019 v Budapešti nominujeme pana Ing. Petra Nováka, Ph.D., ředitele odboru regulace komunikačních činností Českého telekomunikačního úřadu.

Kontakt: Petr Novák, novakp@ctu.cz, tel. +420 224 004 xxx
Funkce: ředitel odboru regulace komunikačních činností

S pozdravem

Mgr. Lucie Dvořáková
odbor mezinárodních vztahů
Český telekomunikační úřad, Sokolovská 219, Praha 9
""", cs="iso-8859-2", cte="8bit"))

# ----- Greek --------------------------------------------------------------------------------

add("grc-nom", "el", "nomination", "GRC",
    frm=A("ΕΕΤΤ - Τμήμα Διεθνών Σχέσεων", "intl@eett.gr", "iso-8859-7", "B"),
    subj="Ορισμός εκπροσώπου - Συνεδρία διαβούλευσης ITU για ΜμΕ", subj_cs="iso-8859-7",
    rx="2019-08-14 12:33:51", tz="+0300", cl="outlook",
    dels=[D("Γεώργιος Παπαδόπουλος", "Προϊστάμενος Τμήματος Ανάλυσης Αγορών", "gpapadopoulos@eett.gr",
            aliases=["Georgios Papadopoulos"])],
    body=ALT("""
Αξιότιμε κύριε Clark,

Σε συνέχεια της εγκυκλίου CI-19/35, η Εθνική Επιτροπή Τηλεπικοινωνιών και Ταχυδρομείων (ΕΕΤΤ) σας ενημερώνει ότι η Ελλάδα θα συμμετάσχει στην πρώτη συνεδρία διαβούλευσης στη Βουδαπέστη, στις 10 Σεπτεμβρίου 2019.

Ως εκπρόσωπος ορίζεται ο κ. Γεώργιος Παπαδόπουλος (Georgios Papadopoulos), Προϊστάμενος Τμήματος Ανάλυσης Αγορών, gpapadopoulos@eett.gr.

Με εκτίμηση,

Τμήμα Διεθνών Σχέσεων
ΕΕΤΤ, Λεωφ. Κηφισίας 60, 151 25 Μαρούσι
""", cs="iso-8859-7", lang="EL"))

add("cyp-int", "el", "interest_only", "CYP",
    frm=A("Άντρη Χριστοδούλου", "achristodoulou@dmrid.gov.cy", "windows-1253", "B"),
    subj="Εκδήλωση ενδιαφέροντος Κύπρου - CI-19/35", subj_cs="windows-1253",
    rx="2019-08-16 12:02:19", tz="+0300", cl="outlook2010",
    body=ALT("""
Αγαπητέ κύριε Clark,

Το Υφυπουργείο Έρευνας, Καινοτομίας και Ψηφιακής Πολιτικής της Κυπριακής Δημοκρατίας επιθυμεί να εκδηλώσει ενδιαφέρον για τη σειρά συνεδριών διαβούλευσης και ιδιαίτερα για την πρώτη συνεδρία στη Βουδαπέστη. Το όνομα του συμμετέχοντα θα σας κοινοποιηθεί σύντομα.

Με φιλικούς χαιρετισμούς,

Άντρη Χριστοδούλου
Λειτουργός Ηλεκτρονικών Επικοινωνιών
Λευκωσία
""", cs="windows-1253", lang="EL"))

# ----- Hebrew -------------------------------------------------------------------------------

add("isr-nom", "he", "nomination", "ISR",
    frm=A("Yoav Cohen", "yoavc@moc.gov.il"),
    subj="מינוי נציג ישראל - מפגש ההתייעצות של ITU בנושא חברות טכנולוגיה קטנות ובינוניות", subj_cs="windows-1255",
    rx="2019-08-11 15:08:44", tz="+0300", cl="outlook",
    dels=[D("יואב כהן", "מנהל תחום כלכלה ורגולציה, אגף בכיר לקשרים בינלאומיים", "yoavc@moc.gov.il", aliases=["Yoav Cohen"])],
    body=ALT("""
לכבוד מר כריסטופר קלארק,

בהמשך לחוזר CI-19/35, משרד התקשורת של מדינת ישראל מעוניין להשתתף בסדרת מפגשי ההתייעצות.

למפגש הראשון בבודפשט ב-10 בספטמבר 2019 ישתתף הח"מ, יואב כהן, מנהל תחום כלכלה ורגולציה, אגף בכיר לקשרים בינלאומיים (yoavc@moc.gov.il).

בברכה,
יואב כהן
Yoav Cohen
משרד התקשורת, ירושלים
""", cs="windows-1255", lang="HE", rtl=True))

# ----- Georgian -----------------------------------------------------------------------------

add("geo-nom", "ka", "nomination", "GEO",
    frm=A("GNCC International Relations", "international@gncc.ge"),
    subj="საქართველოს წარმომადგენლის წარდგენა - ITU-ს საკონსულტაციო სესია",
    rx="2019-08-13 11:45:10", tz="+0400", cl="outlook",
    dels=[D("ნინო ბერიძე", "საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი სპეციალისტი", "n.beridze@gncc.ge",
            aliases=["Nino Beridze"])],
    body=ALT("""
ბატონო კრისტოფერ,

ITU-ს ცირკულარის CI-19/35-ის საპასუხოდ გაცნობებთ, რომ საქართველოს კომუნიკაციების ეროვნული კომისია დაინტერესებულია საკონსულტაციო სესიებში მონაწილეობით.

ბუდაპეშტში, 2019 წლის 10 სექტემბერს გამართულ პირველ სესიაზე კომისიას წარმოადგენს ქალბატონი ნინო ბერიძე (Nino Beridze), საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი სპეციალისტი (n.beridze@gncc.ge).

პატივისცემით,
ლევან გოგიჩაიშვილი
საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი
საქართველოს კომუნიკაციების ეროვნული კომისია, თბილისი
""", lang="KA", font="Sylfaen"))

# ----- Armenian -----------------------------------------------------------------------------

add("arm-nom", "hy", "nomination", "ARM",
    frm=A("Aram Hovhannisyan", "a.hovhannisyan@mtcit.am"),
    subj="Հայաստանի ներկայացուցչի առաջադրում - CI-19/35",
    rx="2019-08-15 09:33:21", tz="+0400", cl="gmail",
    dels=[D("Արամ Հովհաննիսյան", "Նորարարությունների վարչության պետ", "a.hovhannisyan@mtcit.am", aliases=["Aram Hovhannisyan"])],
    body=ALT("""
Հարգելի պարոն Քլարք,

ՀՀ բարձր տեխնոլոգիական արդյունաբերության նախարարությունը հայտնում է իր հետաքրքրությունը տեխնոլոգիական և նորարարական ՓՄՁ-ների խթանման խորհրդակցական նստաշրջաններին մասնակցելու վերաբերյալ։

Բուդապեշտում սեպտեմբերի 10-ին կայանալիք առաջին նստաշրջանին կմասնակցի Նորարարությունների վարչության պետ Արամ Հովհաննիսյանը։ Էլ. փոստ՝ a.hovhannisyan@mtcit.am

Հարգանքով՝
Արամ Հովհաննիսյան
Aram Hovhannisyan
Երևան
""", style="gmail"))

# ----- Azerbaijani --------------------------------------------------------------------------

add("aze-nom", "az", "nomination", "AZE",
    frm=A("Beynəlxalq əməkdaşlıq şöbəsi", "intl@mincom.gov.az"),
    subj="ITU-nun CI-19/35 saylı sirkulyarı ilə bağlı namizədlik",
    rx="2019-08-14 10:50:40", tz="+0400", cl="outlook",
    dels=[D("Rəşad Məmmədov", "İnnovasiyalar şöbəsinin müdiri", "r.mammadov@mincom.gov.az",
            aliases=["Məmmədov Rəşad Elçin oğlu"])],
    body=ALT("""
Hörmətli cənab Klark,

Azərbaycan Respublikasının Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi texnologiya və innovasiya sahəsində kiçik və orta sahibkarlığın təşviqinə dair məsləhətləşmə sessiyalarında iştirak etməkdə maraqlı olduğunu bildirir.

Budapeştdə keçiriləcək birinci sessiyada Nazirliyi İnnovasiyalar şöbəsinin müdiri Məmmədov Rəşad Elçin oğlu təmsil edəcək.

Namizəd: Rəşad Məmmədov
Vəzifə: İnnovasiyalar şöbəsinin müdiri
E-poçt: r.mammadov@mincom.gov.az

Hörmətlə,
Beynəlxalq əməkdaşlıq şöbəsi
Bakı
""", lang="AZ"))

# ----- Kazakh -------------------------------------------------------------------------------

add("kaz-nom", "kk", "nomination", "KAZ",
    frm=A("Халықаралық ынтымақтастық департаменті", "intl@mdai.gov.kz", "utf-8", "B"),
    subj="ХЭО-ның CI-19/35 циркулярлық хатына жауап",
    rx="2019-08-09 08:30:30", tz="+0600", cl="outlook",
    dels=[D("Асқаров Ерлан Бақытұлы", "Цифрлық технологиялар департаментінің директоры", "e.askarov@mdai.gov.kz",
            aliases=["Askarov Yerlan"])],
    body=ALT("""
Құрметті Кларк мырза!

Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі технологиялық және инновациялық шағын және орта кәсіпорындарды қолдау жөніндегі консультациялық сессияларға қатысуға мүдделі екенін хабарлайды.

Будапештте 2019 жылғы 10 қыркүйекте өтетін бірінші сессияға Цифрлық технологиялар департаментінің директоры Асқаров Ерлан Бақытұлы (Askarov Yerlan) қатысады. Электрондық пошта: e.askarov@mdai.gov.kz

Құрметпен,
Халықаралық ынтымақтастық департаменті
Нұр-Сұлтан қ.
""", lang="KK"))

# ----- Uzbek --------------------------------------------------------------------------------

add("uzb-nom", "uz", "nomination", "UZB",
    frm=A("Xalqaro hamkorlik boshqarmasi", "xalqaro@mitc.uz"),
    subj="CI-19/35: O'zbekiston vakilini taqdim etish to'g'risida",
    rx="2019-08-13 07:11:52", tz="+0500", cl="roundcube",
    dels=[D("Tursunov Sardor Rustamovich", "Raqamli iqtisodiyot boshqarmasi boshlig'i o'rinbosari", "s.tursunov@mitc.uz",
            aliases=["Sardor Tursunov"])],
    body=P("""
Hurmatli janob Klark!

O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi texnologik va innovatsion kichik va o'rta biznesni qo'llab-quvvatlash bo'yicha maslahat sessiyalarida ishtirok etishdan manfaatdor ekanligini ma'lum qiladi.

Budapeshtdagi birinchi sessiyada Raqamli iqtisodiyot boshqarmasi boshlig'i o'rinbosari Tursunov Sardor Rustamovich (Sardor Tursunov, s.tursunov@mitc.uz) ishtirok etadi.

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi
Toshkent sh.
""", cs="utf-8", cte="base64"))

# ----- Mongolian ----------------------------------------------------------------------------

add("mng-late", "mn", "nomination", "MNG",
    frm=A("Enkhtuya Batbayar", "enkhtuya.b@cita.gov.mn"),
    subj="ОУЦХБ-ын CI-19/35 тойрох бичгийн хариу",
    rx="2019-08-21 04:05:12", tz="+0800", cl="gmail",
    dels=[D("Батбаярын Энхтуяа", "Инновацийн хэлтсийн дарга", "enkhtuya.b@cita.gov.mn",
            aliases=["Б.Энхтуяа", "Enkhtuya Batbayar"])],
    body=ALT("""
Эрхэм ноён Кларк танаа,

Хариу хугацаанаасаа хоцорсонд хүлцэл өчье.

Харилцаа холбоо, мэдээллийн технологийн газар нь технологи, инновацийн жижиг, дунд үйлдвэрлэлийг дэмжих зөвлөлдөх уулзалтад оролцох сонирхолтой байгаагаа илэрхийлж байна.

Будапешт хотноо 9-р сарын 10-нд болох анхны уулзалтад Инновацийн хэлтсийн дарга Б.Энхтуяа оролцоно.
Бүтэн нэр: Батбаярын Энхтуяа (Enkhtuya Batbayar)
Цахим шуудан: enkhtuya.b@cita.gov.mn

Хүндэтгэсэн,
Б.Энхтуяа
Улаанбаатар
""", style="gmail"))

# ----- Amharic ------------------------------------------------------------------------------

add("eth-fwd", "am", "nomination", "ETH",
    frm=A("Ethiopian Permanent Mission Geneva", "mission.ethiopia@ethiopianmission.ch"),
    subj="Fwd: የኢትዮጵያ ተወካይ - የITU የምክክር መድረክ",
    rx="2019-08-16 10:40:09", tz="+0200", cl="gmail",
    dels=[D("ዮሐንስ ተስፋዬ በቀለ", "የዲጂታል ኢኮኖሚ ዳይሬክቶሬት ዳይሬክተር", "yohannes.tesfaye@mint.gov.et",
            aliases=["Yohannes Tesfaye Bekele"])],
    body=ALT("""

---------- Forwarded message ---------
From: Meseret Alemu <meseret.alemu@mint.gov.et>
Date: Thu, Aug 15, 2019 at 4:22 PM
Subject: የኢትዮጵያ ተወካይ - የITU የምክክር መድረክ
To: <mission.ethiopia@ethiopianmission.ch>


ለዓለም አቀፉ የቴሌኮሙኒኬሽን ህብረት (ITU)
ጄኔቫ

ጉዳዩ፡ የቴክኖሎጂና ኢኖቬሽን አነስተኛና መካከለኛ ኢንተርፕራይዞች የምክክር መድረክ (CI-19/35)

የኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በምክክር መድረኩ ላይ ለመሳተፍ ፍላጎት ያለው መሆኑን እየገለጸ፣ ጳጉሜ 5 ቀን 2011 ዓ.ም. (10 September 2019) በቡዳፔስት በሚካሄደው የመጀመሪያው መድረክ ላይ አቶ ዮሐንስ ተስፋዬ በቀለ፣ የዲጂታል ኢኮኖሚ ዳይሬክቶሬት ዳይሬክተር፣ እንዲሳተፉ መመደባቸውን እናሳውቃለን።

ኢሜል፡ yohannes.tesfaye@mint.gov.et
(Mr. Yohannes Tesfaye Bekele)

ከሰላምታ ጋር
መሠረት አለሙ
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
""", style="gmail"))

# ----- Malay --------------------------------------------------------------------------------

add("mys-nom", "ms", "nomination", "MYS",
    frm=A("Bahagian Hubungan Antarabangsa MCMC", "intl@mcmc.gov.my"),
    subj="Pencalonan Malaysia - Sesi Konsultasi ITU mengenai PKS Teknologi",
    rx="2019-08-13 05:14:20", tz="+0800", cl="outlook",
    dels=[D("Ahmad Faizal bin Rahman", "Pengarah, Bahagian Pembangunan Industri", "faizal.rahman@mcmc.gov.my")],
    body=ALT("""
Tuan Christopher Clark,

Merujuk kepada Surat Pekeliling ITU CI-19/35 bertarikh 23 Julai 2019.

2. Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM), bagi pihak Kerajaan Malaysia, dengan sukacitanya mencalonkan Encik Ahmad Faizal bin Rahman, Pengarah, Bahagian Pembangunan Industri (faizal.rahman@mcmc.gov.my), untuk menghadiri sesi konsultasi pertama di Budapest pada 10 September 2019.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Nor Hazlina binti Mohd Yusof
Bahagian Hubungan Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia, Cyberjaya
""", lang="MS"))

add("mys-cor", "ms", "correction", "MYS",
    frm=A("Bahagian Hubungan Antarabangsa MCMC", "intl@mcmc.gov.my"),
    subj="PEMBETULAN: Pencalonan Malaysia - Sesi Konsultasi ITU mengenai PKS Teknologi",
    rx="2019-08-14 03:40:55", tz="+0800", cl="outlook", irt="mys-nom",
    sup="mys-nom",
    dels=[D("Nurul Aini binti Hashim", "Timbalan Pengarah, Bahagian Ekonomi Digital", "nurulaini@mcmc.gov.my")],
    body=ALT("""
Tuan,

Mohon maaf, e-mel kami semalam telah dihantar sebelum kelulusan muktamad pengurusan diperoleh. Sila abaikan pencalonan Encik Ahmad Faizal bin Rahman.

Calon yang telah diluluskan untuk sesi di Budapest ialah Puan Nurul Aini binti Hashim, Timbalan Pengarah, Bahagian Ekonomi Digital (nurulaini@mcmc.gov.my).

Kesulitan amat dikesali.

Nor Hazlina binti Mohd Yusof
Bahagian Hubungan Antarabangsa, SKMM
""", lang="MS"))

add("brn-int", "ms", "interest_only", "BRN",
    frm=A("AITI International Affairs", "international@aiti.gov.bn"),
    subj="Minat Negara Brunei Darussalam - CI-19/35",
    rx="2019-08-15 09:02:10", tz="+0800", cl="o365",
    body=ALT("""
Tuan Clark,

Dengan hormatnya, Pihak Berkuasa Industri Infokomunikasi (AITI) Negara Brunei Darussalam ingin menyatakan minat untuk menyertai sesi konsultasi yang akan diadakan semasa ITU Telecom World 2019 di Budapest. Nama wakil akan dimaklumkan kemudian.

Sekian.

Hajah Siti Rozaimah binti Haji Abdullah
Unit Hal Ehwal Antarabangsa, AITI
Bandar Seri Begawan
""", lang="MS"))

# ----- Filipino -----------------------------------------------------------------------------

add("phl-nom", "tl", "nomination", "PHL",
    frm=A("DICT International Cooperation", "ico@dict.gov.ph"),
    subj="Nominasyon ng Pilipinas - ITU SME consultation session",
    rx="2019-08-09 08:16:48", tz="+0800", cl="gmail",
    dels=[D("Jose Miguel Dela Cruz", "Direktor, ICT Industry Development Bureau", "jm.delacruz@dict.gov.ph")],
    body=ALT("""
Magandang araw po, G. Clark,

Bilang tugon sa Circular CI-19/35, ikinagagalak po naming ipaalam na interesado ang Kagawaran ng Teknolohiyang Pang-impormasyon at Komunikasyon (DICT) ng Republika ng Pilipinas na makilahok sa serye ng mga konsultasyon para sa mga tech at innovation SME.

Para sa unang sesyon sa Budapest sa ika-10 ng Setyembre 2019, itinatalaga po namin si G. Jose Miguel Dela Cruz, Direktor, ICT Industry Development Bureau (jm.delacruz@dict.gov.ph).

Maraming salamat po.

Lubos na gumagalang,
Ma. Cristina R. Villanueva
International Cooperation Office, DICT
C.P. Garcia Ave., Diliman, Quezon City
""", style="gmail"))

# ----- Serbian, Croatian, Bosnian, Bulgarian, Macedonian ------------------------------------

add("srb-nom", "sr", "nomination", "SRB",
    frm=A("Сектор за међународну сарадњу", "medjunarodna.saradnja@mtt.gov.rs", "utf-8", "B"),
    subj="Предлог учесника - консултативна сесија МУТ (CI-19/35)",
    rx="2019-08-14 13:20:05", tz="+0200", cl="outlook",
    dels=[D("Милош Јовановић", "помоћник министра за информатичко друштво", "milos.jovanovic@mtt.gov.rs",
            aliases=["Miloš Jovanović"])],
    body=ALT("""
Поштовани господине Кларк,

Поводом циркуларног писма CI-19/35, Министарство трговине, туризма и телекомуникација Републике Србије изражава интересовање за учешће у серији консултативних сесија.

За прву сесију, 10. септембра 2019. у Будимпешти, предлажемо господина Милоша Јовановића, помоћника министра за информатичко друштво.

Подаци за регистрацију:
Име и презиме: Милош Јовановић (Miloš Jovanović)
Функција: помоћник министра за информатичко друштво
Е-пошта: milos.jovanovic@mtt.gov.rs

С поштовањем,
Сектор за међународну сарадњу и европске интеграције
Немањина 22-26, Београд
""", cs="utf-8", cte="base64", lang="SR-CYRL-RS"))

add("hrv-nom", "hr", "nomination", "HRV",
    frm=A("HAKOM - Služba za međunarodnu suradnju", "medjunarodna@hakom.hr"),
    subj="Prijava sudionika - ITU konzultacije o tehnološkim MSP-ovima",
    rx="2019-08-12 15:30:45", tz="+0200", cl="outlook",
    sess=[BUD, CWG],
    dels=[D("Ivana Horvat", "voditeljica Odjela za tržišne analize", "ivana.horvat@hakom.hr")],
    body=ALT("""
Poštovani gospodine Clark,

Hrvatska regulatorna agencija za mrežne djelatnosti (HAKOM), u ime Republike Hrvatske, prijavljuje gospođu Ivanu Horvat, voditeljicu Odjela za tržišne analize, za sudjelovanje na konzultacijama u Budimpešti 10. rujna 2019. Ista osoba sudjelovat će i na sesiji uz sastanke radnih skupina Vijeća početkom 2020.

Kontakt: Ivana Horvat, voditeljica Odjela za tržišne analize, ivana.horvat@hakom.hr

S poštovanjem,
Služba za međunarodnu suradnju
HAKOM, Roberta Frangeša Mihanovića 9, Zagreb
""", cs="windows-1250", lang="HR"))

add("bih-late", "bs", "nomination", "BIH",
    frm=A("Amra Hadžić", "ahadzic@rak.ba"),
    subj="Nominacija - konsultativna sesija ITU (zakašnjeli odgovor)",
    rx="2019-09-02 10:10:21", tz="+0200", cl="thunderbird",
    dels=[D("Amra Hadžić", "šefica Odjeljenja za međunarodnu saradnju", "ahadzic@rak.ba")],
    body=P("""
Poštovani,

Izvinjavamo se zbog zakašnjelog odgovora na cirkularno pismo CI-19/35.

Regulatorna agencija za komunikacije Bosne i Hercegovine želi učestvovati na sesiji u Budimpešti, ukoliko je to još moguće. Učesnica bi bila Amra Hadžić, šefica Odjeljenja za međunarodnu saradnju (ahadzic@rak.ba).

S poštovanjem,
Amra Hadžić
Regulatorna agencija za komunikacije, Sarajevo
""", cs="iso-8859-2", cte="quoted-printable", flowed=True))

add("bgr-nom", "bg", "nomination", "BGR",
    frm=A("КРС - Международно сътрудничество", "intl@crc.bg", "utf-8", "B"),
    subj="Номинация за консултативната сесия на МСД (CI-19/35)",
    rx="2019-08-15 11:12:30", tz="+0300", cl="outlook",
    dels=[D("Мария Петрова Георгиева", "главен експерт, дирекция „Икономическо регулиране“", "mgeorgieva@crc.bg",
            aliases=["Maria Georgieva"])],
    body=ALT("""
Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35 Комисията за регулиране на съобщенията на Република България номинира г-жа Мария Петрова Георгиева (Maria Georgieva), главен експерт, дирекция „Икономическо регулиране“, за участие в консултативната сесия на 10 септември 2019 г. в Будапеща.

Ел. поща: mgeorgieva@crc.bg

С уважение,
Дирекция „Международно сътрудничество“
КРС, бул. „Гурко“ 6, София
""", cs="windows-1251", lang="BG"))

add("mkd-nom", "mk", "nomination", "MKD",
    frm=A("Александар Стојановски", "a.stojanovski@aek.mk", "utf-8", "B"),
    subj="Номинација - консултативна сесија на ITU",
    rx="2019-08-16 14:44:02", tz="+0200", cl="gmail",
    dels=[D("Александар Стојановски", "советник за економски анализи", "a.stojanovski@aek.mk",
            aliases=["Aleksandar Stojanovski"])],
    body=ALT("""
Почитуван г-дине Кларк,

Агенцијата за електронски комуникации, во име на Република Северна Македонија, Ве известува дека на првата консултативна сесија во Будимпешта ќе учествува потпишаниот, Александар Стојановски, советник за економски анализи.

Со почит,
Александар Стојановски (Aleksandar Stojanovski)
Агенција за електронски комуникации, Скопје
""", style="gmail"))

# ----- Nordic and Baltic --------------------------------------------------------------------

add("fin-nom", "fi", "nomination", "FIN",
    frm=A("Kansainväliset asiat - Traficom", "international@traficom.fi"),
    subj="Suomen nimeäminen ITU:n pk-yrityskonsultaatioon (CI-19/35)",
    rx="2019-08-08 14:22:10", tz="+0300", cl="o365",
    dels=[D("Mikko Virtanen", "erityisasiantuntija", "mikko.virtanen@traficom.fi")],
    body=ALT("""
Hyvä herra Clark,

Liikenne- ja viestintävirasto Traficom ilmoittaa Suomen osallistuvan teknologia- ja innovaatio-pk-yrityksiä koskevan konsultaatiosarjan ensimmäiseen tilaisuuteen Budapestissa 10.9.2019.

Suomea edustaa erityisasiantuntija Mikko Virtanen. Virtasen yhteystiedot: mikko.virtanen@traficom.fi, +358 29 534 5xxx.

Ystävällisin terveisin

Kansainväliset asiat
Liikenne- ja viestintävirasto Traficom, Helsinki
""", cs="iso-8859-15", lang="FI"))

add("dnk-dec", "da", "decline", "DNK",
    frm=A("Energistyrelsen - Tele", "tele@ens.dk"),
    subj="Svar på ITU-cirkulære CI-19/35",
    rx="2019-08-16 09:01:40", tz="+0200", cl="outlook",
    body=ALT("""
Kære Christopher Clark

Tak for invitationen. Danmark har desværre ikke mulighed for at deltage i konsultationsrækken om tech- og innovations-SMV'er, hverken i Budapest eller senere.

Med venlig hilsen

Mette Kjærgaard Holm
Fuldmægtig, Center for Tele
Energistyrelsen, Carsten Niebuhrs Gade 43, 1577 København V
""", cs="iso-8859-1", lang="DA"))

add("nor-nom", "no", "nomination", "NOR",
    frm=A("Haugen, Ingrid", "ingrid.haugen@nkom.no"),
    subj="Påmelding - ITU-konsultasjon om tech-SMB, Budapest",
    rx="2019-08-14 10:33:20", tz="+0200", cl="o365",
    dels=[D("Ingrid Haugen", "seniorrådgiver", "ingrid.haugen@nkom.no")],
    body=ALT("""
Hei,

Nasjonal kommunikasjonsmyndighet (Nkom) melder på Norge til den første konsultasjonen 10. september i Budapest. Jeg, seniorrådgiver Ingrid Haugen, vil delta.

Med vennlig hilsen
Ingrid Haugen
Seniorrådgiver, Internasjonal seksjon
Nasjonal kommunikasjonsmyndighet, Lillesand
""", lang="NO"))

add("ltu-nom", "lt", "nomination", "LTU",
    frm=A("RRT Tarptautinių ryšių skyrius", "trs@rrt.lt"),
    subj="Dėl dalyvio skyrimo į ITU konsultacijų sesiją (CI-19/35)",
    rx="2019-08-13 12:50:31", tz="+0300", cl="outlook",
    dels=[D("Jurgita Kazlauskienė", "Rinkos analizės skyriaus vyriausioji specialistė", "jurgita.kazlauskiene@rrt.lt")],
    body=ALT("""
Gerbiamas pone Clark,

Atsakydama į aplinkraštį CI-19/35, Lietuvos Respublikos ryšių reguliavimo tarnyba (RRT) informuoja, kad į pirmąją konsultacijų sesiją Budapešte 2019 m. rugsėjo 10 d. skiria Jurgitą Kazlauskienę, Rinkos analizės skyriaus vyriausiąją specialistę.

Dalyvė: Jurgita Kazlauskienė, Rinkos analizės skyriaus vyriausioji specialistė, jurgita.kazlauskiene@rrt.lt

Pagarbiai
Tarptautinių ryšių skyrius
Ryšių reguliavimo tarnyba, Vilnius
""", cs="windows-1257", lang="LT"))

add("lva-int", "lv", "interest_only", "LVA",
    frm=A("Ilze Bērziņa", "ilze.berzina@varam.gov.lv"),
    subj="Latvijas interese par ITU konsultāciju sesijām",
    rx="2019-08-19 15:44:00", tz="+0300", cl="outlook",
    body=ALT("""
Godātais Klārka kungs!

Atvainojamies par novēloto atbildi.

Vides aizsardzības un reģionālās attīstības ministrija informē, ka Latvija ir ieinteresēta piedalīties konsultāciju sesijā Budapeštā. Dalībnieka vārdu paziņosim papildus.

Ar cieņu
Ilze Bērziņa
Valsts informācijas sistēmu un IKT departaments
""", cs="iso-8859-13", lang="LV"))

add("est-nom", "et", "nomination", "EST",
    frm=A("Kadri Saar", "kadri.saar@mkm.ee"),
    subj="Eesti osaleja ITU VKE konsultatsioonil",
    rx="2019-08-06 09:12:08", tz="+0300", cl="thunderbird",
    dels=[D("Kadri Saar", "digiarengu osakonna nõunik", "kadri.saar@mkm.ee")],
    body=P("""
Lugupeetud hr Clark

Majandus- ja Kommunikatsiooniministeerium teatab, et Eestit esindab 10. septembril Budapestis toimuval konsultatsioonil digiarengu osakonna nõunik Kadri Saar (kadri.saar@mkm.ee). Kadri Saare kontaktandmed on allpool.

Lugupidamisega
Kadri Saar
digiarengu osakonna nõunik
Majandus- ja Kommunikatsiooniministeerium, Tallinn
""", cs="iso-8859-15", cte="8bit", flowed=True))

# ----- Slovak, Slovenian, Albanian ---------------------------------------------------------

add("svk-nom", "sk", "nomination", "SVK",
    frm=A("Odbor medzinárodných vzťahov", "omv@mindop.sk"),
    subj="Nominácia na konzultačné zasadnutie ITU o MSP",
    rx="2019-08-15 16:20:00", tz="+0200", cl="outlook",
    dels=[D("Martin Horváth", "riaditeľ odboru digitálnej agendy", "martin.horvath@mindop.sk")],
    body=ALT("""
Vážený pán Clark,

v nadväznosti na obežník CI-19/35 si Vám dovoľujeme oznámiť, že Slovenská republika nominuje na konzultačné zasadnutie v Budapešti pána Ing. Martina Horvátha, riaditeľa odboru digitálnej agendy Ministerstva dopravy a výstavby SR.

Kontakt: Martin Horváth, riaditeľ odboru digitálnej agendy, martin.horvath@mindop.sk

S pozdravom
Odbor medzinárodných vzťahov
Ministerstvo dopravy a výstavby Slovenskej republiky, Bratislava
""", cs="iso-8859-2", lang="SK"))

add("svn-nom", "sl", "nomination", "SVN",
    frm=A("AKOS - Mednarodno sodelovanje", "mednarodno@akos-rs.si"),
    subj="Prijava udeleženke - posvetovanje ITU o tehnoloških MSP",
    rx="2019-08-12 13:05:44", tz="+0200", cl="outlook",
    dels=[D("Nina Kos", "svetovalka za ekonomske analize", "nina.kos@akos-rs.si")],
    body=ALT("""
Spoštovani g. Clark,

Agencija za komunikacijska omrežja in storitve Republike Slovenije (AKOS) na posvetovanje 10. septembra v Budimpešti prijavlja go. Nino Kos, svetovalko za ekonomske analize.

Udeleženka: Nina Kos, svetovalka za ekonomske analize, nina.kos@akos-rs.si

Lep pozdrav,
Mednarodno sodelovanje, AKOS, Ljubljana
""", cs="windows-1250", lang="SL"))

add("alb-nom", "sq", "nomination", "ALB",
    frm=A("AKEP - Marrëdhëniet me Jashtë", "jashte@akep.al"),
    subj="Nominimi i përfaqësuesit të Shqipërisë - CI-19/35",
    rx="2019-08-15 12:15:15", tz="+0200", cl="outlook",
    dels=[D("Arben Hoxha", "Drejtor i Zhvillimit të Tregut", "arben.hoxha@akep.al")],
    body=ALT("""
I nderuar z. Clark,

Në përgjigje të qarkores CI-19/35, Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) ka kënaqësinë t'ju njoftojë se Republika e Shqipërisë cakton z. Arben Hoxhën, Drejtor i Zhvillimit të Tregut, për të marrë pjesë në sesionin e parë në Budapest.

Pjesëmarrësi: Arben Hoxha, Drejtor i Zhvillimit të Tregut, arben.hoxha@akep.al

Me respekt,
Sektori i Marrëdhënieve me Jashtë, AKEP, Tiranë
""", lang="SQ"))

# ----- South and South-East Asia ------------------------------------------------------------

add("npl-nom", "ne", "nomination", "NPL",
    frm=A("Nepal Telecommunications Authority", "intl@nta.gov.np"),
    subj="आईटीयू परामर्श बैठकका लागि मनोनयन (CI-19/35)",
    rx="2019-08-14 08:40:20", tz="+0545", cl="gmail",
    dels=[D("राम प्रसाद अधिकारी", "निर्देशक, प्रविधि तथा नवप्रवर्तन महाशाखा", "rp.adhikari@nta.gov.np",
            aliases=["Ram Prasad Adhikari"])],
    body=ALT("""
आदरणीय क्रिस्टोफर क्लार्क ज्यू,

आईटीयूको परिपत्र CI-19/35 सम्बन्धमा, नेपाल दूरसञ्चार प्राधिकरणले प्रविधि तथा नवप्रवर्तनमा आधारित साना तथा मझौला उद्यमसम्बन्धी परामर्श बैठकमा सहभागी हुन चाहेको जानकारी गराउँदछ।

बुडापेस्टमा हुने पहिलो बैठकका लागि श्री राम प्रसाद अधिकारी (Ram Prasad Adhikari), निर्देशक, प्रविधि तथा नवप्रवर्तन महाशाखालाई मनोनयन गरिएको छ।
इमेल: rp.adhikari@nta.gov.np

भवदीय,
अन्तर्राष्ट्रिय सम्बन्ध शाखा
नेपाल दूरसञ्चार प्राधिकरण, काठमाडौं
""", style="gmail"))

add("lka-nom", "si", "nomination", "LKA",
    frm=A("TRCSL International Relations", "intl@trc.gov.lk"),
    subj="ITU උපදේශන සැසිය සඳහා නාම යෝජනා - CI-19/35",
    rx="2019-08-13 07:30:00", tz="+0530", cl="outlook",
    dels=[D("ශානිකා පෙරේරා", "අධ්‍යක්ෂ (ප්‍රතිපත්ති හා සැලසුම්)", "shanika.perera@trc.gov.lk", aliases=["Shanika Perera"]),
          D("චමින්ද ජයසිංහ", "සහකාර අධ්‍යක්ෂ (නවෝත්පාදන)", "chaminda.j@trc.gov.lk", aliases=["Chaminda Jayasinghe"])],
    body=ALT("""
ගරු ක්‍රිස්ටෝෆර් ක්ලාර්ක් මහතා වෙත,

ITU චක්‍රලේඛ අංක CI-19/35 ට අදාළව, ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව බුඩාපෙස්ට් හි පැවැත්වෙන පළමු උපදේශන සැසිය සඳහා පහත නිලධාරීන් නම් කරයි.

1. ශානිකා පෙරේරා මහත්මිය (Ms. Shanika Perera) - අධ්‍යක්ෂ (ප්‍රතිපත්ති හා සැලසුම්) - shanika.perera@trc.gov.lk
2. චමින්ද ජයසිංහ මහතා (Mr. Chaminda Jayasinghe) - සහකාර අධ්‍යක්ෂ (නවෝත්පාදන) - chaminda.j@trc.gov.lk

ස්තූතියි,
ජාත්‍යන්තර සබඳතා අංශය
ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව, කොළඹ
""", lang="SI", font="Iskoola Pota"))

add("khm-nom", "km", "nomination", "KHM",
    frm=A("Sok Vichet", "sok.vichet@mptc.gov.kh"),
    subj="ការតែងតាំងតំណាងកម្ពុជា - វគ្គពិគ្រោះយោបល់ ITU",
    rx="2019-08-16 20:31:40", tz="+0700", cl="gmail",
    dels=[D("សុខ វិចិត្រ", "អនុប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន", "sok.vichet@mptc.gov.kh", aliases=["Sok Vichet"])],
    body=ALT("""
គោរពជូន លោក Christopher Clark

យោងតាមលិខិតចរាចរលេខ CI-19/35 ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ នៃព្រះរាជាណាចក្រកម្ពុជា សូមជម្រាបថា ក្រសួងមានចំណាប់អារម្មណ៍ចូលរួមក្នុងវគ្គពិគ្រោះយោបល់ស្តីពីសហគ្រាសធុនតូច និងមធ្យមផ្នែកបច្ចេកវិទ្យា។

ក្រសួងបានតែងតាំង លោក សុខ វិចិត្រ (Mr. Sok Vichet) អនុប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន ឱ្យចូលរួមវគ្គទីមួយនៅទីក្រុងប៊ុយដាប៉ែស។
អ៊ីមែល៖ sok.vichet@mptc.gov.kh

សូមអរគុណ
សុខ វិចិត្រ
""", style="gmail"))

add("lao-int", "lo", "interest_only", "LAO",
    frm=A("MPT International Cooperation", "intl.coop@mpt.gov.la"),
    subj="ການສະແດງຄວາມສົນໃຈ - ກອງປະຊຸມປຶກສາຫາລື ITU",
    rx="2019-08-15 04:05:33", tz="+0700", cl="yahoo",
    body=ALT("""
ຮຽນ ທ່ານ Christopher Clark

ອີງຕາມໜັງສືວຽນ CI-19/35, ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ແຫ່ງ ສປປ ລາວ ຂໍແຈ້ງວ່າ ພວກເຮົາມີຄວາມສົນໃຈເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລືຄັ້ງທຳອິດ ທີ່ນະຄອນບູດາເປັດ.

ພວກເຮົາຈະແຈ້ງຊື່ຜູ້ເຂົ້າຮ່ວມໃຫ້ຊາບພາຍຫຼັງ.

ດ້ວຍຄວາມນັບຖື
ກົມການຮ່ວມມືສາກົນ
ນະຄອນຫຼວງວຽງຈັນ
""", style="simple", font="Phetsarath OT"))

add("mmr-nom", "my", "nomination", "MMR",
    frm=A("PTD International Relations", "intl@ptd.gov.mm"),
    subj="ITU အကြံပြုဆွေးနွေးပွဲအတွက် ကိုယ်စားလှယ်အမည်စာရင်း",
    rx="2019-08-14 06:20:18", tz="+0630", cl="gmail",
    dels=[D("ကျော်ဇင်ထွန်း", "ဒုတိယညွှန်ကြားရေးမှူး", "kyawzinhtun@ptd.gov.mm", aliases=["Kyaw Zin Htun"])],
    body=ALT("""
လေးစားအပ်ပါသော Mr. Christopher Clark ခင်ဗျာ

ITU ၏ စာအမှတ် CI-19/35 နှင့်ပတ်သက်၍ ပို့ဆက်သွယ်ရေးနှင့် ဆက်သွယ်ရေးဦးစီးဌာနသည် ဘူဒါပက်စ်မြို့တွင် ကျင်းပမည့် ပထမအကြိမ် အကြံပြုဆွေးနွေးပွဲသို့ ဦးကျော်ဇင်ထွန်း (U Kyaw Zin Htun)၊ ဒုတိယညွှန်ကြားရေးမှူး အား စေလွှတ်မည်ဖြစ်ကြောင်း အကြောင်းကြားအပ်ပါသည်။
အီးမေးလ်: kyawzinhtun@ptd.gov.mm

လေးစားစွာဖြင့်
နိုင်ငံတကာဆက်ဆံရေးဌာနခွဲ
နေပြည်တော်
""", style="gmail"))

# ----- Africa (Somali, Hausa, Malagasy) -----------------------------------------------------

add("som-late", "so", "nomination", "SOM",
    frm=A("Maxamed Cabdi Warsame", "m.warsame@mpt.gov.so"),
    subj="Magacaabista Soomaaliya - kulanka la-tashiga ITU",
    rx="2019-08-25 10:12:50", tz="+0300", cl="gmail",
    dels=[D("Maxamed Cabdi Warsame", "Agaasimaha Waaxda Teknoolajiyada", "m.warsame@mpt.gov.so",
            aliases=["Mohamed Abdi Warsame"])],
    body=ALT("""
Mudane Christopher Clark,

Waxaan raalligelin ka codsanaynaa dib u dhaca jawaabtayada.

Wasaaradda Boostada, Isgaarsiinta iyo Teknoolajiyada ee Jamhuuriyadda Federaalka Soomaaliya waxay xiisaynaysaa ka qaybgalka kulamada la-tashiga. Kulanka koowaad ee Budapest waxaa ka qaybgeli doona Maxamed Cabdi Warsame (Mohamed Abdi Warsame), Agaasimaha Waaxda Teknoolajiyada.

Mahadsanid,
Maxamed Cabdi Warsame
Muqdisho
""", style="gmail"))

add("ha-inq", "ha", "inquiry", None,
    frm=A("Aminu Sani Dankano", "aminu.dankano@gmail.com"),
    subj="Tambaya game da taron shawarwari na ITU",
    rx="2019-08-12 11:05:00", tz="+0100", cl="gmail",
    body=ALT("""
Assalamu alaikum,

Ni ne shugaban Ƙungiyar Matasan 'Yan Kasuwar Fasaha ta Kano. Mun ji labarin taron shawarwari na ITU game da ƙananan kamfanonin fasaha.

Shin ƙungiyoyi masu zaman kansu kamar namu za su iya halarta, ko kuma na gwamnatoci ne kawai? Idan za mu iya, ta yaya za mu yi rajista?

Na gode,
Aminu Sani Dankano
Kano
""", style="gmail"))

add("mdg-nom", "mg", "nomination", "MDG",
    frm=A("MNDPT - Fifandraisana iraisam-pirenena", "fip@mndpt.gov.mg"),
    subj="Fanendrena solontena - fivoriana fakan-kevitra ITU",
    rx="2019-08-14 15:50:40", tz="+0300", cl="roundcube",
    dels=[D("Rasoanaivo Voahangy Lalao", "Talen'ny Toekarena Nomerika", "v.rasoanaivo@mndpt.gov.mg")],
    body=P("""
Andriamatoa Christopher Clark,

Ho valin'ny taratasy boribory CI-19/35, ny Ministeran'ny Fampandrosoana ny Nomerika, ny Fifandraisan-davitra sy ny Paositra eto Madagasikara dia manendry an-dRamatoa Rasoanaivo Voahangy Lalao, Talen'ny Toekarena Nomerika (v.rasoanaivo@mndpt.gov.mg), hanatrika ny fivoriana voalohany any Budapest ny 10 septambra 2019.

Misaotra tompoko.

Sampana Fifandraisana iraisam-pirenena
Antananarivo
""", cs="utf-8", cte="quoted-printable"))

# ----- Catalan, Icelandic, Kyrgyz -----------------------------------------------------------

add("and-nom", "ca", "nomination", "AND",
    frm=A("Laia Pujol Martí", "laia_pujol@govern.ad"),
    subj="Designació d'Andorra - sessió de consulta UIT sobre pimes tecnològiques",
    rx="2019-08-13 12:00:32", tz="+0200", cl="outlook",
    dels=[D("Laia Pujol Martí", "Cap de l'Àrea de Societat Digital", "laia_pujol@govern.ad")],
    body=ALT("""
Benvolgut Sr. Clark,

En resposta a la carta circular CI-19/35, el Govern d'Andorra manifesta el seu interès per les sessions de consulta i designa la Sra. Laia Pujol Martí, cap de l'Àrea de Societat Digital, per assistir a la primera sessió, a Budapest.

Cap de l'Àrea de Societat Digital: Laia Pujol Martí (laia_pujol@govern.ad)

Cordialment,

Ministeri de Presidència, Economia i Empresa
Govern d'Andorra
""", cs="iso-8859-1", lang="CA"))

add("isl-int", "is", "interest_only", "ISL",
    frm=A("Póst- og fjarskiptastofnun", "pfs@pfs.is"),
    subj="Ísland - áhugi á samráðsfundi ITU 2020",
    rx="2019-08-15 13:22:09", tz="+0000", cl="outlook",
    sess=[WSIS],
    body=ALT("""
Ágæti Christopher Clark,

Ísland mun ekki senda fulltrúa til Búdapest, en Póst- og fjarskiptastofnun hefur áhuga á að taka þátt í samráðsfundinum á WSIS-ráðstefnunni 2020. Nafn þátttakanda verður sent síðar.

Með kveðju,
Guðrún Sigurðardóttir
Alþjóðamál, Póst- og fjarskiptastofnun, Reykjavík
""", cs="iso-8859-1", lang="IS"))

add("kgz-nom", "ky", "nomination", "KGZ",
    frm=A("МТБМК Эл аралык кызматташтык бөлүмү", "intl@ict.gov.kg", "utf-8", "B"),
    subj="ЭЭБнын CI-19/35 циркулярына жооп",
    rx="2019-08-14 11:10:00", tz="+0600", cl="mailru",
    dels=[D("Асанов Бакыт Токтогулович", "Санариптик экономика бөлүмүнүн башчысы", "b.asanov@ict.gov.kg",
            aliases=["Bakyt Asanov"])],
    body=ALT("""
Урматтуу Кларк мырза!

Кыргыз Республикасынын Маалыматтык технологиялар жана байланыш мамлекеттик комитети технологиялык жана инновациялык чакан жана орто ишканаларды колдоо боюнча консультациялык сессияларга катышууга кызыкдар экенин билдирет.

Будапешттеги биринчи сессияга Санариптик экономика бөлүмүнүн башчысы Асанов Бакыт Токтогулович (Bakyt Asanov, b.asanov@ict.gov.kg) катышат.

Урматтоо менен,
Эл аралык кызматташтык бөлүмү
Бишкек ш.
""", style="simple", font="arial"))

# ----- corrections, withdrawals and follow-ups (after the messages they refer to) -----------

add("tun-cor", "fr", "correction", "TUN",
    frm=A("Direction générale de la coopération internationale", "dgci@mtcen.gov.tn"),
    subj="Remplacement de la participante tunisienne - session de consultation PME (CI-19/35)",
    rx="2019-08-14 16:12:58", tz="+0100", cl="outlook2010",
    sup="tun-nom",
    dels=[D("Karim Jebali", "sous-directeur de l'innovation numérique", "karim.jebali@mtcen.gov.tn")],
    body=ALT("""
Monsieur,

Nous nous référons à notre courriel du 6 août 2019 (rédigé en langue arabe) par lequel le Ministère des Technologies de la Communication et de l'Économie Numérique avait désigné Mme Monia Ben Salem, Directrice de l'économie numérique, pour la session de Budapest.

Mme Ben Salem ayant été appelée à d'autres fonctions, la Tunisie sera représentée par M. Karim Jebali, sous-directeur de l'innovation numérique (karim.jebali@mtcen.gov.tn). Cette désignation remplace la précédente.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Nizar Hammami
Directeur général de la coopération internationale
""", cs="windows-1252", lang="FR"))

add("phl-cor", "en", "correction", "PHL",
    frm=A("DICT International Cooperation", "ico@dict.gov.ph"),
    subj="Re: Nominasyon ng Pilipinas - ITU SME consultation session",
    rx="2019-08-29 10:05:10", tz="+0800", cl="gmail", irt="phl-nom",
    sup="phl-nom", sess=[CWG],
    dels=[D("Jose Miguel Dela Cruz", "Director, ICT Industry Development Bureau", "jm.delacruz@dict.gov.ph")],
    body=ALT("""
Dear Mr. Clark,

Following up on our nomination of 9 August (in Filipino, below): due to the rescheduling of the Philippine ICT Month activities, Mr. Jose Miguel Dela Cruz, Director, ICT Industry Development Bureau, will no longer be able to travel to Budapest.

We would therefore like to move his participation to the consultation to be held during the Council Working Group meetings in early 2020. The Philippines will not be represented at the 10 September session.

Thank you for your understanding.

Ma. Cristina R. Villanueva
International Cooperation Office, DICT

On Fri, Aug 9, 2019 at 2:15 PM DICT International Cooperation <ico@dict.gov.ph> wrote:
> Magandang araw po, G. Clark,
>
> Para sa unang sesyon sa Budapest sa ika-10 ng Setyembre 2019, itinatalaga po namin si G. Jose Miguel Dela Cruz, Direktor, ICT Industry Development Bureau (jm.delacruz@dict.gov.ph).
""", style="gmail"))

add("gin-cor", "fr", "correction", "GIN",
    frm=A("Mamadou Saliou Diallo", "msdiallo@mptn.gov.gn"),
    subj="Re: Candidature de la Guinée - session de consultation PME (UIT)",
    rx="2019-09-04 09:30:12", tz="+0000", cl="thunderbird", irt="gin-nom",
    sup="gin-nom", sess=[],
    body=P("""
Monsieur Clark,

Pour des raisons de calendrier, je ne pourrai finalement pas me rendre à Budapest. Le Ministère m'a chargé de vous informer que la Guinée retire sa candidature pour la session du 10 septembre et qu'aucun remplaçant ne sera désigné.

Veuillez nous excuser pour ce désagrément.

M. S. Diallo

Le 07/08/2019 à 10:29, Mamadou Saliou Diallo a écrit :
> Notre représentant sera M. Mamadou Saliou Diallo, Conseiller principal
> chargé de l'économie numérique (msdiallo@mptn.gov.gn).
""", cs="iso-8859-15", cte="8bit", flowed=True))

add("kaz-cor", "ru", "correction", "KAZ",
    frm=A("Департамент международного сотрудничества", "intl@mdai.gov.kz", "utf-8", "B"),
    subj="Уточнение данных участника консультационной сессии МСЭ",
    rx="2019-08-12 06:40:15", tz="+0600", cl="outlook",
    sup="kaz-nom",
    dels=[D("Аскаров Ерлан Бахытович", "директор Департамента цифровых технологий", "askarov.e@mdai.gov.kz",
            aliases=["ASKAROV YERLAN", "Асқаров Ерлан Бақытұлы"])],
    body=ALT("""
Уважаемый господин Кларк!

В дополнение к нашему письму от 9 августа 2019 года (на казахском языке) просим внести уточнения в данные участника консультационной сессии в Будапеште.

Фамилию, имя и отчество участника просим указывать в соответствии с паспортом: Аскаров Ерлан Бахытович (ASKAROV YERLAN), вместо формы "Асқаров Ерлан Бақытұлы", использованной в предыдущем письме. Кроме того, адрес электронной почты изменен на askarov.e@mdai.gov.kz.

Должность: директор Департамента цифровых технологий.

С уважением,
Департамент международного сотрудничества
Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан
""", lang="RU"))

add("ind-cor", "hi", "correction", "IND",
    frm=A("Meenakshi Iyer", "dsir-dot@gov.in"),
    subj="संशोधन: प्रौद्योगिकी एसएमई पर परामर्श सत्र हेतु नामांकन",
    rx="2019-08-23 07:15:40", tz="+0530", cl="notes", tag="notes",
    sup="ind-nom",
    dels=[D("नेहा गुप्ता", "उप महानिदेशक (नवाचार), दूरसंचार विभाग", "neha.gupta74@gov.in", aliases=["Neha Gupta"])],
    body=P("""
सं. 4-12/2019-आईआर
भारत सरकार
संचार मंत्रालय
दूरसंचार विभाग
(अंतरराष्ट्रीय संबंध प्रकोष्ठ)

दिनांक: 23 अगस्त, 2019

सेवा में,
श्री क्रिस्टोफर क्लार्क,
अंतरराष्ट्रीय दूरसंचार संघ, जिनेवा

विषय: आईटीयू परिपत्र CI-19/35 - नामांकन में संशोधन

महोदय,

इस विभाग के दिनांक 12.08.2019 के समसंख्यक पत्र के क्रम में सूचित किया जाता है कि श्री ए. पी. श्रीवास्तव, निदेशक (मानकीकरण), अपरिहार्य कारणों से बुडापेस्ट में 10.09.2019 को होने वाले परामर्श सत्र में भाग नहीं ले सकेंगे।

उनके स्थान पर सक्षम प्राधिकारी ने श्रीमती नेहा गुप्ता, उप महानिदेशक (नवाचार), दूरसंचार विभाग, को नामित किया है।
नाम: श्रीमती नेहा गुप्ता (Smt. Neha Gupta)
ई-मेल: neha.gupta74@gov.in

भवदीय,

(मीनाक्षी अय्यर)
उप सचिव (आईआर)
""", cs="utf-8", cte="base64", table="space"))

add("lka-cor", "ta", "correction", "LKA",
    frm=A("TRCSL International Relations", "intl@trc.gov.lk"),
    subj="திருத்தம்: ITU ஆலோசனை அமர்வுக்கான பரிந்துரை - CI-19/35",
    rx="2019-08-20 08:44:03", tz="+0530", cl="outlook", irt="lka-nom",
    sup="lka-nom",
    dels=[D("ஷானிகா பெரேரா", "பணிப்பாளர் (கொள்கை மற்றும் திட்டமிடல்)", "shanika.perera@trc.gov.lk", aliases=["Shanika Perera"])],
    body=ALT("""
மதிப்பிற்குரிய திரு. கிறிஸ்டோபர் கிளார்க் அவர்களுக்கு,

2019 ஆகஸ்ட் 13 ஆம் திகதி அனுப்பப்பட்ட எமது பரிந்துரை தொடர்பாக, உதவிப் பணிப்பாளர் திரு. சமிந்த ஜயசிங்க (Mr. Chaminda Jayasinghe) புடாபெஸ்ட் அமர்வில் கலந்துகொள்ள இயலாது என்பதை அறியத் தருகின்றோம்.

இலங்கையின் சார்பில் திருமதி ஷானிகா பெரேரா (Ms. Shanika Perera), பணிப்பாளர் (கொள்கை மற்றும் திட்டமிடல்), shanika.perera@trc.gov.lk, மட்டுமே கலந்துகொள்வார்.

நன்றி,
சர்வதேச தொடர்புகள் பிரிவு
இலங்கை தொலைத்தொடர்பு ஒழுங்குபடுத்தல் ஆணைக்குழு, கொழும்பு
""", lang="TA", font="Latha"))

add("afg-cor", "ps", "correction", "AFG",
    frm=A("MCIT Afghanistan", "intl.relations@mcit.gov.af"),
    subj="د استازي بدلون - د ITU مشورتي غونډه",
    rx="2019-08-15 07:30:20", tz="+0430", cl="outlook",
    sup="afg-dari",
    dels=[D("احمد شاه رحیمي", "د معلوماتي ټکنالوژۍ د پراختیا رئیس", "ahmadshah.rahimi@mcit.gov.af",
            aliases=["Ahmad Shah Rahimi"])],
    body=ALT("""
درنښتي کریسټوفر کلارک،

د اګست د ۱۰ نېټې زموږ د لیک په تعقیب، چې په هغه کې ښاغلی فرید احمد نوري معرفي شوی و، تاسو ته خبر درکوو چې د افغانستان اسلامي جمهوریت د مخابراتو او معلوماتي ټکنالوژۍ وزارت د هغه پر ځای ښاغلی احمد شاه رحیمي (Ahmad Shah Rahimi)، د معلوماتي ټکنالوژۍ د پراختیا رئیس، د بوډاپسټ لومړۍ غونډې ته معرفي کوي.

برېښنالیک: ahmadshah.rahimi@mcit.gov.af

په درناوي،
د نړیوالو اړیکو ریاست
کابل
""", lang="PS", rtl=True))

add("are-nom", "ar", "nomination", "ARE",
    frm=A("Maryam Al Suwaidi", "maryam.alsuwaidi@tra.gov.ae"),
    subj="RE: CI-19/35 - الإمارات العربية المتحدة - اسم الممثل",
    rx="2019-08-20 09:18:30", tz="+0400", cl="o365", irt="are-int",
    dels=[D("خليفة سعيد الكتبي", "مدير إدارة الابتكار وريادة الأعمال", "khalifa.alketbi@tra.gov.ae",
            aliases=["Khalifa Saeed Al Ketbi"])],
    body=ALT("""
السادة/ الاتحاد الدولي للاتصالات المحترمين،

إلحاقاً برسالتنا المؤرخة 15 أغسطس 2019 بشأن اهتمام الدولة بجلسة التشاور الأولى، يسرنا إفادتكم بأن ممثل الهيئة العامة لتنظيم قطاع الاتصالات في الجلسة سيكون:

السيد/ خليفة سعيد الكتبي (Mr. Khalifa Saeed Al Ketbi)
مدير إدارة الابتكار وريادة الأعمال
khalifa.alketbi@tra.gov.ae

نعتذر عن التأخير في إرسال الاسم بسبب إجراءات اعتماد الوفد.

مع خالص التحيات،
مريم السويدي
الشؤون الدولية - الهيئة العامة لتنظيم قطاع الاتصالات
""", lang="AR-AE", rtl=True))

add("png-nom", "en", "nomination", "PNG",
    frm=A("Kila Tau Gabi", "kgabi@ict.gov.pg"),
    subj="RE: Reminder - ITU Circular CI-19/35 - consultation session on tech SMEs",
    rx="2019-08-27 02:44:19", tz="+1000", cl="plain", tag="plain",
    dels=[D("Grace Ume Kaupa", "Senior Policy Officer", "gkaupa@ict.gov.pg")],
    body=P("""
Dear Mr Clark,

Further to our email of 16 August and your reminder, the Secretary has now approved travel. Papua New Guinea nominates:

Ms Grace Ume Kaupa
Senior Policy Officer
gkaupa@ict.gov.pg

We understand the deadline has passed and hope this can still be accommodated.

Regards,
Kila Tau Gabi
Acting Director, Policy & Planning
Department of Information and Communications Technology

-----Original Message-----
From: ITU SME <sme@itu.int>
Sent: Monday, 19 August 2019 6:10 PM
Subject: Reminder - ITU Circular CI-19/35 - consultation session on tech SMEs

Dear colleagues,

This is a friendly reminder that nominations for the first consultation session (10 September 2019, ITU Telecom World, Budapest) were due on 16 August. Late nominations can still be sent to this address.

Christopher Clark
SME team, ITU
""", cs="us-ascii", cte="7bit"))

add("cod-nom", "fr", "nomination", "COD",
    frm=A("Jean-Pierre Kabeya Mutombo", "jp.kabeya@pt-ntic.gouv.cd"),
    subj="Désignation RDC - session de consultation PME (Budapest)",
    rx="2019-08-19 08:02:33", tz="+0100", lag=205941, cl="roundcube", sender_hops=2,
    dels=[D("Patrick Mwamba Ilunga", "Directeur des Nouvelles Technologies de l'Information et de la Communication",
            "p.mwamba@pt-ntic.gouv.cd")],
    body=ALT("""
Monsieur Clark,

Suite à mon message de ce soir envoyé depuis mon adresse personnelle, j'ai le plaisir de vous informer que l'ordre de mission vient d'être signé.

La République Démocratique du Congo sera représentée à la session de Budapest par l'Ir. Patrick Mwamba Ilunga, Directeur des Nouvelles Technologies de l'Information et de la Communication (p.mwamba@pt-ntic.gouv.cd).

Haute considération.

Jean-Pierre Kabeya Mutombo
Conseiller chargé des TIC
Cabinet du Ministre des PT-NTIC
""", style="simple", font="Verdana"))

add("com-consult", "fr", "nomination", "COM",
    frm=A("Olivier Ravelomanana-Ducros", "o.ravelomanana@numeris-conseil.fr"),
    cc=[A("Faïza Mohamed Soilihi", "f.soilihi@anrtic.km"), "cabinet@mptc.gouv.km"],
    subj="Union des Comores - désignation pour la session de consultation UIT du 10 septembre",
    rx="2019-08-16 19:05:48", tz="+0200", cl="apple",
    dels=[D("Faïza Mohamed Soilihi", "Directrice des Technologies de l'Information à l'ANRTIC", "f.soilihi@anrtic.km")],
    body=ALT("""
Monsieur,

J'accompagne le Ministère des Postes et Télécommunications, chargé de l'Économie numérique, de l'Union des Comores dans le cadre de son plan « Comores numérique 2028 ». À sa demande, et en l'absence de connexion fiable à Moroni cette semaine, je vous transmets sa réponse à la lettre circulaire CI-19/35 :

L'Union des Comores souhaite participer à la session de consultation du 10 septembre à Budapest et y désigne Mme Faïza Mohamed Soilihi, Directrice des Technologies de l'Information à l'ANRTIC (f.soilihi@anrtic.km), en copie, de même que le Cabinet du Ministre.

Bien à vous,

Olivier Ravelomanana-Ducros
Associé, Numeris Conseil
12 rue de la Chaussée-d'Antin, 75009 Paris
""", style="simple", font="Helvetica", size="13px"))

add("mli-itu", "en", "nomination", "MLI",
    frm=A("Morel, Bénédicte", "benedicte.morel@itu.int", "iso-8859-1", "Q"),
    to=A("ITU SME", "sme@itu.int"),
    subj="FW: Note verbale - Mission permanente du Mali - CI-19/35 (received by fax)",
    rx="2019-08-16 17:20:00", tz="+0200", lag=0, cl="exchange2010", no_rx=True,
    extra=["X-MS-Exchange-Organization-AuthSource: GVAEXCH02.itu.int", "X-MS-Exchange-Organization-AuthAs: Internal"],
    dels=[D("Oumar Sidibé", "Conseiller technique au Ministère de l'Économie numérique et de la Prospective", "oumar.sidibe@numerique.gouv.ml")],
    body=Multi("mixed", [ALT("""
Christopher,

This note verbale from the Permanent Mission of Mali came in by fax to the SG's office this afternoon; I have scanned and OCR'd it and attach it here for your nominations list. The original will go to the registry.

Best,
Bénédicte

Bénédicte Morel
Office of the Secretary-General
International Telecommunication Union
"""),
        Att(PDF([
            "MISSION PERMANENTE DE LA REPUBLIQUE DU MALI",
            "AUPRES DE L'OFFICE DES NATIONS UNIES A GENEVE",
            "",
            "N° 0512/MPMG/2019",
            "",
            "La Mission permanente de la République du Mali auprès de l'Office des Nations Unies",
            "et des autres Organisations internationales à Genève présente ses compliments au",
            "Secrétariat général de l'Union internationale des télécommunications et, se référant",
            "à la lettre circulaire CI-19/35 du 23 juillet 2019, a l'honneur de lui faire savoir",
            "que le Gouvernement du Mali désigne M. Oumar Sidibé, Conseiller technique au Ministère",
            "de l'Économie numérique et de la Prospective (oumar.sidibe@numerique.gouv.ml), pour",
            "participer à la session de consultation du 10 septembre 2019 à Budapest.",
            "",
            "La Mission permanente de la République du Mali saisit cette occasion pour renouveler",
            "au Secrétariat général de l'UIT les assurances de sa haute considération.",
            "",
            "Genève, le 16 août 2019",
        ], title="NV Mali CI-19-35", author="SGO scanner", producer="ABBYY FineReader 14"),
            "application/pdf", "NV_Mali_0512.pdf"),
    ]))

add("stp-ack", "pt", "auto_reply", None,
    frm=A("Gabinete do Ministro - MIRN", "gabinete.mirn@gov.st"),
    subj="RE: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    rx="2019-07-25 12:40:10", tz="+0000", cl="outlook2010", irt="circ",
    body=ALT("""
Acusamos a receção. Muito obrigado.

Gabinete do Ministro das Infraestruturas, Recursos Naturais e Ambiente
São Tomé

""" + circ_outlook("en", "pt"), cs="iso-8859-1", lang="PT"))

add("btn-emb", "en", "nomination", "BTN",
    frm=A("Royal Bhutanese Embassy", "rbedelhi@mfa.gov.bt"),
    subj="Nomination of Bhutan's participant - ITU consultation session on tech SMEs",
    rx="2019-08-14 08:26:37", tz="+0530", cl="outlook2010",
    dels=[D("Tshering Yangzom", "Chief ICT Officer, Department of Information Technology and Telecom", "tyangzom@dit.gov.bt")],
    body=ALT("""
Dear Sir,

The Royal Bhutanese Embassy presents its compliments and, at the request of the Ministry of Information and Communications in Thimphu, whose connection has been unreliable during the monsoon, has the honour to convey the following reply to ITU Circular CI-19/35.

The Royal Government of Bhutan is pleased to nominate Ms. Tshering Yangzom, Chief ICT Officer, Department of Information Technology and Telecom (tyangzom@dit.gov.bt), to the consultation session on fostering tech and innovation SMEs on 10 September 2019 in Budapest.

Kindly copy Ms. Tshering Yangzom on all further correspondence.

With warm regards,

Sonam Choden Dorji
Second Secretary
Royal Bhutanese Embassy
Chandragupta Marg, Chanakyapuri, New Delhi - 110021
""", cs="windows-1252", lang="EN-IN"))

# === END OF MESSAGES ===

if __name__ == "__main__":
    main()
