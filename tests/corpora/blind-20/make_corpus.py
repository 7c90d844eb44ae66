#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_corpus.py - writes the blind-20 labelled corpus of replies to ITU circular CI-19/35.

Deterministic and stdlib-only (Python 3.11).  Every message below was written by hand for its
sender; this file only contains the small amount of machinery needed to turn those hand-written
texts into RFC 5322 files as the ITU mail server would store them (Received chain, client headers,
MIME structure, charsets, transfer encodings, attachments) and to check the result.

Usage:  nice -n 19 python3 make_corpus.py [--out DIR]
Writes DIR/messages/*.eml and DIR/labels.jsonl (DIR defaults to the folder of this script), then
re-parses everything and validates it; exits 1 on any problem.
"""
import base64
import codecs
import hashlib
import html as htmlmod
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
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import decode_header
from email.parser import BytesParser

DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
SESSIONS = ("budapest-2019", "cwg-2020", "wsis-2020")
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated")
ITU = "sme@itu.int"

# --------------------------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------------------------

def h(seed, n=40):
    """Deterministic hex string derived from a seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha1(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def hint(seed, lo, hi):
    return lo + int(h(seed, 8), 16) % (hi - lo + 1)


def b64ish(seed, n):
    raw = bytes.fromhex(h(seed, n * 2))
    return base64.b64encode(raw).decode()[:n].replace("/", "_").replace("+", "-")


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def geneva(local):
    """'2019-08-14 11:12:31' (Geneva wall clock) -> aware datetime."""
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    off = 2 if dt < datetime(2019, 10, 27, 3, 0, 0) else 1
    return dt.replace(tzinfo=timezone(timedelta(hours=off)))


def tzobj(tz):
    """'+0300' / '-0430' -> timezone."""
    sign = -1 if tz[0] == "-" else 1
    hh, mm = int(tz[1:3]), int(tz[3:5])
    return timezone(sign * timedelta(hours=hh, minutes=mm))


def rfcdate(dt, weekday=True, comment=None):
    off = dt.utcoffset()
    total = int(off.total_seconds() // 60)
    sign = "-" if total < 0 else "+"
    total = abs(total)
    s = f"{dt.day} {MONTHS[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {sign}{total // 60:02d}{total % 60:02d}"
    if weekday:
        s = f"{DAYS[dt.weekday()]}, " + s
    if comment:
        s += f" ({comment})"
    return s


# --------------------------------------------------------------------------------------------
# header encoding and folding
# --------------------------------------------------------------------------------------------

def fold(name, value, width=76, indent=" "):
    """Fold an unstructured/structured header at spaces (never inside an encoded word)."""
    line = f"{name}: "
    out = []
    words = value.split(" ")
    cur = line
    first = True
    for w in words:
        piece = w if first else " " + w
        if not first and len(cur) + len(piece) > width and cur.strip():
            out.append(cur)
            cur = indent + w
        else:
            cur += piece
        first = False
    out.append(cur)
    return "\n".join(out)


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encode text into one or more encoded words (joined by a space)."""
    py = codecs.lookup(charset).name
    words = []
    chunk = ""
    maxlen = 75 - len(f"=?{charset}?{enc}??=")

    def enc_chunk(s):
        b = s.encode(py)
        if enc == "B":
            return base64.b64encode(b).decode()
        out = ""
        for byte in b:
            c = chr(byte)
            if c == " ":
                out += "_"
            elif c.isalnum() and byte < 128:
                out += c
            elif c in "!*+-/" and byte < 128:
                out += c
            else:
                out += f"={byte:02X}"
        return out

    if py in ("iso2022_jp",):
        # stateful encoding: keep each chunk self-contained
        pass
    for ch in text:
        trial = chunk + ch
        if len(enc_chunk(trial)) > maxlen:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return " ".join(f"=?{charset}?{enc}?{enc_chunk(w)}?=" for w in words)


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def addr(display, address, charset="utf-8", enc="B", quote=None):
    """Render a mailbox.  display may be None."""
    if not display:
        return f"<{address}>" if quote == "angle" else address
    if needs_enc(display):
        return f"{ew(display, charset, enc)} <{address}>"
    if quote or re.search(r'[,.;:()<>@\[\]"]', display):
        d = display.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{d}" <{address}>'
    return f"{display} <{address}>"


def subj(text, charset="utf-8", enc="B"):
    if needs_enc(text):
        # keep an ASCII prefix such as "RE: " readable like many clients do
        m = re.match(r"^((?:(?:RE|Re|AW|Aw|TR|Tr|FW|Fw|Fwd|RV|SV|VS|Odp|ΑΠ|ΣΧΕΤ|回复|答复|转发|Отв|Ответ|Antw|R|I|RES|Enc):\s*)*)", text)
        pre = m.group(1) if m else ""
        rest = text[len(pre):]
        if pre and not needs_enc(pre):
            return pre + ew(rest, charset, enc)
        return ew(text, charset, enc)
    return text


# --------------------------------------------------------------------------------------------
# MIME parts (rendered by hand so that the bytes look like the client that sent them)
# --------------------------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None, epilogue=None):
        self.headers = list(headers)      # list of raw header lines (already folded)
        self.body = body                  # bytes (already transfer-encoded) for leaves
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = "\n".join(self.headers).encode("ascii") + b"\n\n"
        if self.children is None:
            body = self.body
            if not body.endswith(b"\n"):
                body += b"\n"
            return out + body
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for c in self.children:
            out += b"--" + self.boundary.encode() + b"\n" + c.render() + b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        if self.epilogue:
            out += self.epilogue.encode("ascii") + b"\n"
        return out


def b64lines(data, width=76):
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n").encode()


def transfer(data, cte):
    if cte == "base64":
        return b64lines(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        data.decode("ascii")
        return data
    return data  # 8bit / binary


def flow(text, width=72):
    """format=flowed wrapping (soft breaks are a trailing space), quoted lines left alone."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if line.strip() != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False, delsp=False,
              extra=None, ct_style="quoted", lang=None):
    py = codecs.lookup(charset).name
    if flowed:
        text = flow(text)
    data = text.encode(py)
    if cte in ("7bit",) and any(b > 127 for b in data):
        raise ValueError("7bit with 8-bit data")
    cs = f'"{charset}"' if ct_style == "quoted" else charset
    ct = f"Content-Type: text/{subtype}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    hdrs = [fold("Content-Type", ct[len('Content-Type: '):])]
    if lang:
        hdrs.append(f"Content-Language: {lang}")
    hdrs.append(f"Content-Transfer-Encoding: {cte}")
    if extra:
        hdrs += extra
    return Part(hdrs, transfer(data, cte))


def multipart(subtype, children, boundary, preamble=None, extra_params="", extra=None):
    hdrs = [fold("Content-Type", f'multipart/{subtype};{extra_params} boundary="{boundary}"')]
    if extra:
        hdrs += extra
    return Part(hdrs, children=children, boundary=boundary, preamble=preamble)


def filename_params(fn, style="2231"):
    if not needs_enc(fn):
        return f'name="{fn}"', f'filename="{fn}"'
    if style == "2231":
        q = "".join(c if (c.isascii() and (c.isalnum() or c in "-._")) else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in fn)
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"
    e = ew(fn, "utf-8", "B")
    return f'name="{e}"', f'filename="{e}"'


def attachment(data, ctype, fn, style="2231", disposition="attachment", cid=None, extra_disp="", desc=None):
    np, fp = filename_params(fn, style)
    hdrs = [fold("Content-Type", f"{ctype}; {np}")]
    if desc:
        hdrs.append(fold("Content-Description", desc))
    hdrs.append(fold("Content-Disposition", f"{disposition}; {fp}{extra_disp}"))
    if cid:
        hdrs.append(f"Content-ID: <{cid}>")
    hdrs.append("Content-Transfer-Encoding: base64")
    return Part(hdrs, b64lines(data))


# --------------------------------------------------------------------------------------------
# attachment makers: PDF (text, WinAnsi), DOCX, PNG, VCF
# --------------------------------------------------------------------------------------------

def _pdf_wrap(text, width=92):
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
    return lines


def _pdf_str(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(text, title="", producer="Microsoft\xae Word 2016", created="20190812100000+02'00'", scan=False):
    """A small but valid PDF.  Text is WinAnsi (Latin); scan=True makes an image-only page."""
    objs = []
    lines = _pdf_wrap(text)
    pages = [lines[i:i + 58] for i in range(0, max(len(lines), 1), 58)] or [[]]
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 font-bold, 5 info, then (page, content) pairs
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Producer " + _pdf_str(producer) + b" /Title " + _pdf_str(title) +
                b" /CreationDate (D:" + created.encode() + b") >>")
    for i, pl in enumerate(pages):
        if scan:
            # grey noise image standing for a scanned page
            w = hh = 24
            raw = bytes((hint(f"{title}{x}", 180, 255)) for x in range(w * hh))
            img = zlib.compress(raw)
            stream = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
            res = (b"<< /XObject << /Im1 << /Type /XObject /Subtype /Image /Width 24 /Height 24 /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 8 /Filter /FlateDecode /Length " + str(len(img)).encode() + b" >> >> >>")
            # inline the image as its own object is more usual; keep it simple: embed as separate stream
            objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 {6 + 2 * n_pages} 0 R >> >> /Contents {7 + 2 * i} 0 R >>".encode())
            comp = zlib.compress(stream)
            objs.append(b"<< /Length " + str(len(comp)).encode() + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream")
            if i == n_pages - 1:
                objs.append(b"<< /Type /XObject /Subtype /Image /Width 24 /Height 24 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length "
                            + str(len(img)).encode() + b" >>\nstream\n" + img + b"\nendstream")
            continue
        body = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in pl:
            if ln.startswith("**"):
                body.append(b"/F2 10 Tf " + _pdf_str(ln[2:]) + b" Tj /F1 10 Tf T*")
            else:
                body.append(_pdf_str(ln) + b" Tj T*")
        body.append(b"ET")
        stream = b"\n".join(body)
        comp = zlib.compress(stream)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {7 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(comp)).encode() + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream")
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def pdf_text(data):
    """Extract the text of PDFs made by make_pdf (and similar simple PDFs)."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        raw = m.group(1)
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            continue
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            b = re.sub(rb"\\(.)", rb"\1", s.group(1))
            out.append(b.decode("cp1252"))
    return "\n".join(out)


DOCX_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '</Types>')
DOCX_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '</Relationships>')


def make_docx(blocks, author="", created="2019-08-12T08:00:00Z", rtl=False):
    """blocks: list of str (paragraph; '**' prefix = bold) or list-of-rows (table)."""
    esc = htmlmod.escape
    bidi = "<w:bidi/>" if rtl else ""
    rtlr = "<w:rtl/>" if rtl else ""

    def para(t):
        bold = t.startswith("**")
        if bold:
            t = t[2:]
        rpr = f"<w:rPr>{'<w:b/>' if bold else ''}{rtlr}</w:rPr>" if (bold or rtl) else ""
        return f'<w:p><w:pPr>{bidi}</w:pPr><w:r>{rpr}<w:t xml:space="preserve">{esc(t, quote=False)}</w:t></w:r></w:p>'

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        else:
            rows = []
            for r in b:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{para(c)}</w:tc>' for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        + "".join(rows) + "</w:tbl>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{esc(author)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created></cp:coreProperties>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", DOCX_CT), ("_rels/.rels", DOCX_RELS),
                           ("docProps/core.xml", core), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2019, 8, 12, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml, re.S)
    out = []
    for p in paras:
        out.append("".join(htmlmod.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S)))
    return "\n".join(out)


def make_png(seed, w=120, hgt=40):
    rows = b""
    for y in range(hgt):
        rows += b"\x00" + bytes(hint(f"{seed}{y}{x // 10}", 0, 255) if (x + y) % 7 else 255 for x in range(w * 3))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def make_vcf(fn, ln, org, title, email, tel):
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{ln};{fn};;;\r\nFN:{fn} {ln}\r\nORG:{org}\r\nTITLE:{title}\r\n"
            f"EMAIL;TYPE=INTERNET,WORK:{email}\r\nTEL;TYPE=WORK:{tel}\r\nEND:VCARD\r\n").encode("utf-8")


# --------------------------------------------------------------------------------------------
# body layout: a hand-written text becomes plain text and (for HTML clients) HTML
#   - paragraphs are separated by blank lines
#   - consecutive lines starting with "|" form a table:  | cell | cell |
#   - a line "-- " starts a signature (kept as is)
# --------------------------------------------------------------------------------------------

def blocks_of(text):
    out = []
    cur = []
    table = []
    for line in text.split("\n"):
        if line.startswith("|"):
            if cur:
                out.append(("p", cur))
                cur = []
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if table:
            out.append(("table", table))
            table = []
        if not line.strip():
            if cur:
                out.append(("p", cur))
                cur = []
        else:
            cur.append(line)
    if table:
        out.append(("table", table))
    if cur:
        out.append(("p", cur))
    return out


def plain_of(text, table_style="tab"):
    lines = []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table_style == "tab":
                lines.append("\t".join(cells))
            elif table_style == "colon":
                lines.append(cells[0] + (": " + " ".join(cells[1:]) if len(cells) > 1 else ""))
            else:
                lines.append("  ".join(cells))
        else:
            lines.append(line)
    return "\n".join(lines)


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"(https?://[^\s<>]+|www\.[^\s<>]+)")


def inline_html(s, links=True):
    e = htmlmod.escape(s, quote=False)
    if links:
        e = EMAIL_RE.sub(lambda m: f'<a href="mailto:{m.group(0)}">{m.group(0)}</a>', e)
        e = URL_RE.sub(lambda m: f'<a href="{m.group(0) if m.group(0).startswith("http") else "http://" + m.group(0)}">{m.group(0)}</a>', e)
    return e


def html_outlook(text, lang="EN-US", rtl=False, font="Calibri", size="11.0pt", charset="utf-8", quote_html="",
                 sig_img_cid=None, generator="Microsoft Word 15 (filtered medium)"):
    dirattr = ' dir="RTL"' if rtl else ""
    align = ' style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    parts = []
    for kind, data in blocks_of(text):
        if kind == "p":
            for ln in data:
                parts.append(f'<p class="MsoNormal"{dirattr}{align}><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">{inline_html(ln) or "&nbsp;"}<o:p></o:p></span></p>')
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            rows = []
            for r in data:
                cells = "".join(f'<td width="300" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"{dirattr}>{inline_html(c)}<o:p></o:p></p></td>' for c in r)
                rows.append(f"<tr>{cells}</tr>")
            parts.append(f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"{dirattr}><tbody>{"".join(rows)}</tbody></table>')
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if sig_img_cid:
        parts.append(f'<p class="MsoNormal"><img width="120" height="40" id="Picture_x0020_1" src="cid:{sig_img_cid}"><o:p></o:p></p>')
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="{generator}">\n<style><!--\n/* Font Definitions */\n'
            f'@font-face\n\t{{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\tfont-family:"{font}",sans-serif;}}\n'
            f'a:link, span.MsoHyperlink\n\t{{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}}\n'
            f'@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}\n'
            f'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72"{dirattr}>\n<div class="WordSection1">\n'
            + "\n".join(parts) + "\n" + quote_html + "\n</div>\n</body>\n</html>\n")


def html_gmail(text, rtl=False, quote_html=""):
    d = "rtl" if rtl else "ltr"
    parts = []
    for kind, data in blocks_of(text):
        if kind == "p":
            parts.append("".join(f"<div>{inline_html(ln)}</div>" for ln in data))
            parts.append("<div><br></div>")
        else:
            rows = "".join("<tr>" + "".join(f'<td style="border:1px solid #ccc;padding:2px 6px">{inline_html(c)}</td>' for c in r) + "</tr>" for r in data)
            parts.append(f'<table style="border-collapse:collapse"><tbody>{rows}</tbody></table><div><br></div>')
    return f'<div dir="{d}">' + "".join(parts) + "</div>" + quote_html + "\n"


def html_simple(text, rtl=False, font="Arial", quote_html="", charset="utf-8", head=True):
    d = ' dir="rtl"' if rtl else ""
    parts = []
    for kind, data in blocks_of(text):
        if kind == "p":
            parts.append("<p>" + "<br>\n".join(inline_html(ln) for ln in data) + "</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{inline_html(c)}</td>" for c in r) + "</tr>" for r in data)
            parts.append(f'<table border="1" cellpadding="3" cellspacing="0">{rows}</table>')
    top = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
           if head else "<html>")
    return (f'{top}<body{d} style="font-family:{font};font-size:10pt">\n' + "\n".join(parts) + quote_html +
            "\n</body></html>\n")


def quote_prefix(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def html_blockquote(attrib, text, gmail=True):
    body = "<br>\n".join(inline_html(ln) for ln in text.split("\n"))
    if gmail:
        return (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{inline_html(attrib)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f'{body}</blockquote></div>')
    return f'<div>{inline_html(attrib)}</div><blockquote type="cite" style="border-left:2px solid #1010ff;padding-left:5px">{body}</blockquote>'


def html_outlook_quote(header_lines, text, font="Calibri"):
    hdr = "<br>\n".join(inline_html(x) for x in header_lines)
    body = "".join(f'<p class="MsoNormal">{inline_html(ln) or "&nbsp;"}<o:p></o:p></p>\n' for ln in text.split("\n"))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b><span lang="EN-US" style="font-family:&quot;{font}&quot;,sans-serif">{hdr}</span></b><o:p></o:p></p></div>\n'
            + body)

# --------------------------------------------------------------------------------------------
# Member States used in this corpus (alpha-3 -> alpha-2, English short name)
# --------------------------------------------------------------------------------------------

COUNTRY = {
    "AFG": ("AF", "Afghanistan"), "AGO": ("AO", "Angola"), "ALB": ("AL", "Albania"), "AND": ("AD", "Andorra"),
    "ARE": ("AE", "United Arab Emirates"), "ARG": ("AR", "Argentina"), "ARM": ("AM", "Armenia"),
    "AUS": ("AU", "Australia"), "AUT": ("AT", "Austria"), "AZE": ("AZ", "Azerbaijan"), "BEL": ("BE", "Belgium"),
    "BEN": ("BJ", "Benin"), "BFA": ("BF", "Burkina Faso"), "BGD": ("BD", "Bangladesh"), "BGR": ("BG", "Bulgaria"),
    "BHR": ("BH", "Bahrain"), "BIH": ("BA", "Bosnia and Herzegovina"), "BLR": ("BY", "Belarus"),
    "BOL": ("BO", "Bolivia"), "BRA": ("BR", "Brazil"), "BRN": ("BN", "Brunei Darussalam"), "BWA": ("BW", "Botswana"),
    "CAN": ("CA", "Canada"), "CHE": ("CH", "Switzerland"), "CHL": ("CL", "Chile"), "CHN": ("CN", "China"),
    "CIV": ("CI", "Côte d'Ivoire"), "CMR": ("CM", "Cameroon"), "COD": ("CD", "DR Congo"), "COL": ("CO", "Colombia"),
    "CPV": ("CV", "Cabo Verde"), "CRI": ("CR", "Costa Rica"), "CUB": ("CU", "Cuba"), "CYP": ("CY", "Cyprus"),
    "CZE": ("CZ", "Czech Republic"), "DEU": ("DE", "Germany"), "DNK": ("DK", "Denmark"), "DOM": ("DO", "Dominican Republic"),
    "DZA": ("DZ", "Algeria"), "ECU": ("EC", "Ecuador"), "EGY": ("EG", "Egypt"), "ESP": ("ES", "Spain"),
    "EST": ("EE", "Estonia"), "ETH": ("ET", "Ethiopia"), "FIN": ("FI", "Finland"), "FJI": ("FJ", "Fiji"),
    "FRA": ("FR", "France"), "GAB": ("GA", "Gabon"), "GBR": ("GB", "United Kingdom"), "GEO": ("GE", "Georgia"),
    "GHA": ("GH", "Ghana"), "GIN": ("GN", "Guinea"), "GRC": ("GR", "Greece"), "GTM": ("GT", "Guatemala"),
    "HND": ("HN", "Honduras"), "HRV": ("HR", "Croatia"), "HTI": ("HT", "Haiti"), "HUN": ("HU", "Hungary"),
    "IDN": ("ID", "Indonesia"), "IND": ("IN", "India"), "IRL": ("IE", "Ireland"), "IRN": ("IR", "Iran"),
    "IRQ": ("IQ", "Iraq"), "ISL": ("IS", "Iceland"), "ISR": ("IL", "Israel"), "ITA": ("IT", "Italy"),
    "JAM": ("JM", "Jamaica"), "JOR": ("JO", "Jordan"), "JPN": ("JP", "Japan"), "KAZ": ("KZ", "Kazakhstan"),
    "KEN": ("KE", "Kenya"), "KGZ": ("KG", "Kyrgyzstan"), "KHM": ("KH", "Cambodia"), "KOR": ("KR", "Korea (Rep. of)"),
    "KWT": ("KW", "Kuwait"), "LAO": ("LA", "Lao P.D.R."), "LBN": ("LB", "Lebanon"), "LBY": ("LY", "Libya"),
    "LKA": ("LK", "Sri Lanka"), "LTU": ("LT", "Lithuania"), "LUX": ("LU", "Luxembourg"), "LVA": ("LV", "Latvia"),
    "MAR": ("MA", "Morocco"), "MDA": ("MD", "Moldova"), "MDG": ("MG", "Madagascar"), "MEX": ("MX", "Mexico"),
    "MKD": ("MK", "North Macedonia"), "MLI": ("ML", "Mali"), "MLT": ("MT", "Malta"), "MMR": ("MM", "Myanmar"),
    "MNE": ("ME", "Montenegro"), "MNG": ("MN", "Mongolia"), "MOZ": ("MZ", "Mozambique"), "MRT": ("MR", "Mauritania"),
    "MYS": ("MY", "Malaysia"), "NER": ("NE", "Niger"), "NGA": ("NG", "Nigeria"), "NLD": ("NL", "Netherlands"),
    "NOR": ("NO", "Norway"), "NPL": ("NP", "Nepal"), "NZL": ("NZ", "New Zealand"), "OMN": ("OM", "Oman"),
    "PAK": ("PK", "Pakistan"), "PAN": ("PA", "Panama"), "PER": ("PE", "Peru"), "PHL": ("PH", "Philippines"),
    "POL": ("PL", "Poland"), "PRT": ("PT", "Portugal"), "PRY": ("PY", "Paraguay"), "QAT": ("QA", "Qatar"),
    "ROU": ("RO", "Romania"), "RUS": ("RU", "Russian Federation"), "RWA": ("RW", "Rwanda"),
    "SAU": ("SA", "Saudi Arabia"), "SDN": ("SD", "Sudan"), "SEN": ("SN", "Senegal"), "SGP": ("SG", "Singapore"),
    "SLV": ("SV", "El Salvador"), "SMR": ("SM", "San Marino"), "SOM": ("SO", "Somalia"), "SRB": ("RS", "Serbia"),
    "SUR": ("SR", "Suriname"), "SVK": ("SK", "Slovakia"), "SVN": ("SI", "Slovenia"), "SWE": ("SE", "Sweden"),
    "SYR": ("SY", "Syria"), "TGO": ("TG", "Togo"), "THA": ("TH", "Thailand"), "TJK": ("TJ", "Tajikistan"),
    "TKM": ("TM", "Turkmenistan"), "TLS": ("TL", "Timor-Leste"), "TTO": ("TT", "Trinidad and Tobago"),
    "TUN": ("TN", "Tunisia"), "TUR": ("TR", "Turkey"), "TZA": ("TZ", "Tanzania"), "UGA": ("UG", "Uganda"),
    "UKR": ("UA", "Ukraine"), "URY": ("UY", "Uruguay"), "USA": ("US", "United States"), "UZB": ("UZ", "Uzbekistan"),
    "VEN": ("VE", "Venezuela"), "VNM": ("VN", "Viet Nam"), "YEM": ("YE", "Yemen"), "ZAF": ("ZA", "South Africa"),
    "ZMB": ("ZM", "Zambia"), "ZWE": ("ZW", "Zimbabwe"), "BRB": ("BB", "Barbados"), "MUS": ("MU", "Mauritius"),
    "NAM": ("NA", "Namibia"), "LSO": ("LS", "Lesotho"), "MWI": ("MW", "Malawi"), "SYC": ("SC", "Seychelles"),
    "PNG": ("PG", "Papua New Guinea"), "BTN": ("BT", "Bhutan"), "GMB": ("GM", "Gambia"), "TCD": ("TD", "Chad"),
    "COG": ("CG", "Congo"), "DJI": ("DJ", "Djibouti"), "COM": ("KM", "Comoros"), "BDI": ("BI", "Burundi"),
    "VUT": ("VU", "Vanuatu"), "MCO": ("MC", "Monaco"), "GNQ": ("GQ", "Equatorial Guinea"), "STP": ("ST", "Sao Tome and Principe"),
    "LIE": ("LI", "Liechtenstein"), "PRK": ("KP", "DPR Korea"), "NIC": ("NI", "Nicaragua"), "KIR": ("KI", "Kiribati"),
}

LANGS = {
    "ar": "Arabic", "en": "English", "es": "Spanish", "fr": "French", "ru": "Russian", "zh": "Chinese",
    "pt": "Portuguese", "de": "German", "it": "Italian", "tr": "Turkish", "fa": "Persian", "id": "Indonesian",
    "sw": "Swahili", "ja": "Japanese", "ko": "Korean", "uk": "Ukrainian", "pl": "Polish", "vi": "Vietnamese",
    "th": "Thai", "hi": "Hindi", "bn": "Bengali", "ur": "Urdu", "nl": "Dutch", "sv": "Swedish", "ro": "Romanian",
    "hu": "Hungarian", "cs": "Czech", "el": "Greek", "he": "Hebrew", "ka": "Georgian", "hy": "Armenian",
    "az": "Azerbaijani", "kk": "Kazakh", "uz": "Uzbek", "mn": "Mongolian", "am": "Amharic", "ms": "Malay",
    "tl": "Tagalog", "sr": "Serbian", "hr": "Croatian", "bg": "Bulgarian", "fi": "Finnish", "da": "Danish",
    "no": "Norwegian", "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "mk": "Macedonian", "ne": "Nepali", "si": "Sinhala", "km": "Khmer", "lo": "Lao",
    "my": "Burmese", "ta": "Tamil", "ps": "Pashto", "so": "Somali", "ha": "Hausa", "ky": "Kyrgyz", "tg": "Tajik",
    "rw": "Kinyarwanda", "mg": "Malagasy", "is": "Icelandic", "mt": "Maltese", "bs": "Bosnian", "ca": "Catalan",
    "tk": "Turkmen", "dz": "Dzongkha", "lb": "Luxembourgish", "be": "Belarusian", "af": "Afrikaans",
}

# --------------------------------------------------------------------------------------------
# the circular and the ITU reminder, as Member States quote them below their replies
# --------------------------------------------------------------------------------------------

CIRC_SUBJ = "ITU Circular CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs"
CIRC_DATE = geneva("2019-07-23 16:41:07")
REMIND_DATE = geneva("2019-08-07 10:05:44")
CIRC_MID = "<0f6a2c1e7b9d4e0c8a5f3b21d9e47c60@ITUSV-EXCH02.itu.int>"
REMIND_MID = "<3b7e91d2c4a84f6e9d0b5a17c2f8e311@ITUSV-EXCH02.itu.int>"

CIRC = {
"en": """Circular CI-19/35
Geneva, 23 July 2019

To: Member States of ITU
Contact: Mr Christopher Clark
E-mail: sme@itu.int

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to hold similar sessions during the Council Working Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

[...]

I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session at ITU Telecom World by 16 August 2019 to the ITU secretariat at: sme@itu.int

Yours faithfully,

(signed)
Houlin Zhao
Secretary-General""",
"fr": """Lettre circulaire CI-19/35
Genève, le 23 juillet 2019

Aux États Membres de l'UIT
Contact: M. Christopher Clark
Courriel: sme@itu.int

Objet: Sessions de consultation pour les États Membres: "Favoriser les PME technologiques et innovantes"

Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de sessions de consultation intitulée "Favoriser les PME technologiques et innovantes". La première session aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). Nous prévoyons d'organiser des sessions analogues pendant les réunions des Groupes de travail du Conseil début 2020, pendant le Forum du SMSI 2020 et lors d'autres manifestations.

[...]

Je vous saurais gré de bien vouloir faire part de votre intérêt et indiquer le nom du participant désigné pour la première session de consultation d'ici au 16 août 2019 au secrétariat de l'UIT, à l'adresse: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)
Houlin Zhao
Secrétaire général""",
"es": """Carta Circular CI-19/35
Ginebra, 23 de julio de 2019

A los Estados Miembros de la UIT
Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las PYME tecnológicas e innovadoras"

Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su delegación a participar en una serie de sesiones de consulta denominada "Fomento de las PYME tecnológicas e innovadoras". La primera sesión tendrá lugar el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Tenemos previsto celebrar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, durante el Foro de la CMSI 2020 y en otros eventos.

[...]

Le agradecería que manifestara su interés e indicara el participante designado para la primera sesión de consulta a más tardar el 16 de agosto de 2019 a la secretaría de la UIT: sme@itu.int

Atentamente,

(firmado)
Houlin Zhao
Secretario General""",
"ru": """Циркулярное письмо CI-19/35
Женева, 23 июля 2019 года

Государствам - Членам МСЭ
Для контактов: г-н Кристофер Кларк (Mr Christopher Clark)
Эл. почта: sme@itu.int

Предмет: Консультационные сессии для Государств-Членов: "Содействие технологическим и инновационным МСП"

Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий "Содействие технологическим и инновационным МСП". Первая сессия состоится 10 сентября 2019 года в ходе выставки ITU Telecom World 2019 в Будапеште, Венгрия. Аналогичные сессии планируется провести в ходе собраний рабочих групп Совета в начале 2020 года, в ходе Форума ВВУИО 2020 года и на других мероприятиях.

[...]

Просим сообщить о вашей заинтересованности и указать участника, назначенного на первую консультационную сессию, до 16 августа 2019 года по адресу: sme@itu.int

С уважением,

(подпись)
Хоулинь Чжао
Генеральный секретарь""",
"zh": """通函 CI-19/35
2019年7月23日，日内瓦

致：国际电联各成员国
联系人：Christopher Clark先生
电子邮件：sme@itu.int

事由：面向成员国的磋商会议：“扶持技术和创新型中小企业”

尊敬的先生/女士：

我很高兴邀请贵方代表团参加题为“扶持技术和创新型中小企业”的系列磋商会议。第一次会议将于2019年9月10日在匈牙利布达佩斯举行的2019年国际电联世界电信展期间召开。我们还计划在2020年初的理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动期间举办类似会议。

[……]

请于2019年8月16日之前向国际电联秘书处（sme@itu.int）表达贵方的兴趣并告知参加第一次磋商会议的人选。

顺致崇高敬意！

（签字）
秘书长
赵厚麟""",
"ar": """الرسالة المعممة CI-19/35
جنيف، 23 يوليو 2019

إلى الدول الأعضاء في الاتحاد الدولي للاتصالات
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int

الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،
تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

[...]

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكوم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو
الأمين العام""",
}

REMINDER = """Dear colleagues,

This is a friendly reminder that replies to Circular CI-19/35 (consultation sessions "Fostering tech and innovation SMEs") are expected by 16 August 2019. Please let us know whether your Administration is interested and the name, title and e-mail address of the participant nominated for the first session, to be held on 10 September 2019 during ITU Telecom World 2019 in Budapest.

Best regards,

Christopher Clark
SME Secretariat
International Telecommunication Union
Place des Nations, 1211 Geneva 20, Switzerland
sme@itu.int"""

ACK = """Dear colleague,

Thank you for your reply to Circular CI-19/35. We have recorded your nomination for the consultation session on 10 September 2019 in Budapest. Registration details will follow shortly.

Kind regards,

Aurélie Bonnet
SME Secretariat, ITU"""

# Outlook quote header labels by language: From, Sent, To, Cc, Subject
OL_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "fr": ("De\xa0", "Envoyé\xa0", "À\xa0", "Cc\xa0", "Objet\xa0"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "ar": ("من", "تم الإرسال", "إلى", "نسخة", "الموضوع"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Perihal"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
}

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ol_date(dt, lang):
    if lang == "fr":
        return f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}"
    if lang == "es":
        return f"{ES_DAYS[dt.weekday()]}, {dt.day} de {ES_MONTHS[dt.month - 1]} de {dt.year} {dt.hour}:{dt.minute:02d}"
    if lang in ("ru", "uk", "de", "pl", "cs", "hu", "tr", "nl", "sv", "it", "pt", "id"):
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year} {dt.hour:02d}:{dt.minute:02d}"
    if lang in ("zh", "ja", "ko"):
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{dt.minute:02d}" if lang != "ko" else f"{dt.year}년 {dt.month}월 {dt.day}일 {dt.hour}:{dt.minute:02d}"
    if lang == "ar":
        return f"{dt.day:02d}/{dt.month:02d}/{dt.year} {dt.hour:02d}:{dt.minute:02d}"
    h12 = dt.hour % 12 or 12
    return f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h12}:{dt.minute:02d} {'PM' if dt.hour >= 12 else 'AM'}"


class Q:
    """A quoted block below a reply: plain and HTML renderings."""
    def __init__(self, plain, html_ol, html_gm):
        self.plain, self.html_ol, self.html_gm = plain, html_ol, html_gm


def q_outlook(lang, frm, dt, to, subject, text, cc=None, sep="_" * 32, tz_local=None):
    L = OL_LABELS.get(lang, OL_LABELS["en"])
    if tz_local:
        dt = dt.astimezone(tzobj(tz_local))
    lines = [f"{L[0]}: {frm}", f"{L[1]}: {ol_date(dt, lang)}", f"{L[2]}: {to}"]
    if cc:
        lines.append(f"{L[3]}: {cc}")
    lines.append(f"{L[4]}: {subject}")
    plain = "\n\n" + (sep + "\n" if sep else "") + "\n".join(lines) + "\n\n" + text
    return Q(plain, html_outlook_quote(lines, text), html_blockquote("", text))


def q_circ(lang, clang=None, tz_local=None, sep="_" * 32, to=None):
    clang = clang or lang
    return q_outlook(lang, "SME <sme@itu.int>", CIRC_DATE, to or "SME", CIRC_SUBJ, CIRC[clang], sep=sep, tz_local=tz_local)


def q_gmail(attrib, text):
    plain = "\n\n" + attrib + "\n\n" + quote_prefix(text) + "\n"
    return Q(plain, html_blockquote(attrib, text, gmail=False), html_blockquote(attrib, text, gmail=True))


def q_tb(attrib, text):
    plain = "\n\n" + attrib + "\n" + quote_prefix(text, ">") .replace("\n>", "\n> ").replace("\n>  ", "\n> ")
    plain = "\n\n" + attrib + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n")) + "\n"
    return Q(plain, html_blockquote(attrib, text, gmail=False), html_blockquote(attrib, text, gmail=True))


def q_fwd(header_lines, text, banner="---------- Forwarded message ---------"):
    plain = "\n\n" + banner + "\n" + "\n".join(header_lines) + "\n\n" + text + "\n"
    hl = "<br>".join(inline_html(x) for x in header_lines)
    body = "<br>\n".join(inline_html(x) for x in text.split("\n"))
    html_g = f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{inline_html(banner)}<br>{hl}<br></div><br><br>{body}</div>'
    return Q(plain, html_outlook_quote(header_lines, text), html_g)


# --------------------------------------------------------------------------------------------
# mail clients and transport: headers, Message-ID style, Received chain
# --------------------------------------------------------------------------------------------

def ip_of(seed, first=None):
    a = first or hint(seed + "a", 41, 212)
    return f"{a}.{hint(seed + 'b', 1, 254)}.{hint(seed + 'c', 1, 254)}.{hint(seed + 'd', 2, 250)}"


def mid_for(client, key, domain):
    x = h(key, 64)
    if client in ("outlook", "outlook_mac_x"):
        host = domain.split(".")[0].upper()
        return f"<{x[:32].upper()}@EXCH{hint(key, 1, 4):02d}.{domain}>"
    if client == "o365":
        srv = f"{['AM0PR', 'DB6PR', 'VI1PR', 'HE1PR', 'MN2PR', 'BN6PR', 'PR1PR', 'AM6PR'][hint(key, 0, 7)]}0{hint(key + 'n', 1, 9)}0{hint(key + 'm', 1, 8)}"
        region = ("namprd%02d" % hint(key, 1, 20)) if srv[:2] in ("MN", "BN") else ("eurprd0%d" % hint(key, 1, 9))
        return f"<{srv}MB{hint(key + 'q', 1000, 9999)}{x[:24].upper()}@{srv}MB{hint(key + 'q', 1000, 9999)}.{region}.prod.outlook.com>"
    if client in ("gmail", "android"):
        return f"<CA{b64ish(key, 2)}{b64ish(key + 'g', 44)}@mail.gmail.com>"
    if client in ("thunderbird",):
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"
    if client in ("apple", "iphone"):
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{domain}>"
    if client == "lotus":
        return f"<OF{x[:8].upper()}.{x[8:16].upper()}-ON{x[16:24].upper()}.{x[24:32].upper()}@{domain}>"
    if client == "yandex":
        return f"<{hint(key, 100000, 999999)}{hint(key + 'y', 1000000, 9999999)}@myt{hint(key, 1, 6)}-{h(key + 'hops', 12)}.qloud-c.yandex.net>"
    if client == "mailru":
        return f"<{int(x[:10], 16)}.{x[10:20]}@f{hint(key, 100, 599)}.i.mail.ru>"
    if client == "qq":
        return f"<tencent_{x[:40].upper()}@qq.com>"
    if client == "netease":
        return f"<{x[:8]}.{hint(key, 1000, 9999)}.{x[8:20]}.Coremail.{domain.split('.')[0]}@{domain}>"
    if client == "naver":
        return f"<{x[:20]}@cweb{hint(key, 1, 30):02d}.nm.nhnsystem.com>"
    if client == "zimbra":
        return f"<{int(x[:7], 16)}.{int(x[7:14], 16)}.{int(x[14:20], 16)}.JavaMail.zimbra@{domain}>"
    if client == "yahoo":
        return f"<{int(x[:9], 16)}.{int(x[9:17], 16)}.{int(x[17:25], 16)}@mail.yahoo.com>"
    return f"<{x[:24]}@{domain}>"


UA = {
    "outlook": [("X-Mailer", None)],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\n Thunderbird/60.8.0")],
    "apple": [("X-Mailer", "Apple Mail (2.3445.104.11)")],
    "iphone": [("X-Mailer", "iPhone Mail (16G77)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.3.8")],
    "horde": [("User-Agent", "Horde Application Framework 5")],
    "squirrel": [("User-Agent", "SquirrelMail/1.4.22")],
    "zimbra": [("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC76 (Win)/8.8.12_GA_3794)"), ("Thread-Index", None)],
    "lotus": [("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF261 April 18, 2018")],
    "yandex": [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")],
    "mailru": [("X-Mailer", "Mail.Ru Mailer 1.0")],
    "qq": [("X-Mailer", "QQMail 2.x")],
    "netease": [("X-Mailer", "Coremail Webmail Server Version XT5.0.10 build 20190610(cb3344cf)\n Copyright (c) 2002-2019 www.mailtech.cn 163com")],
    "naver": [("X-Mailer", "Naver Mail")],
    "yahoo": [("X-Mailer", "WebService/1.1.14204 YMailNorrin Mozilla/5.0 (Windows NT 10.0; Win64; x64)")],
    "outlook_mac": [("User-Agent", "Microsoft-MacOutlook/10.1c.0.190812")],
    "plain": [],
    "o365": [],
    "gmail": [],
    "android": [],
}


def sender_hops(client, key, domain, t_gw, tz, ip):
    """Received lines written by the sender's side, newest first, ending before the ITU gateway."""
    local = tzobj(tz)
    t1 = (t_gw - timedelta(seconds=hint(key + "h1", 1, 4))).astimezone(local)
    t2 = (t_gw - timedelta(seconds=hint(key + "h2", 5, 9))).astimezone(local)
    x = h(key + "hops", 40)
    if client in ("gmail", "android"):
        pdt = timezone(timedelta(hours=-7))
        t = (t_gw - timedelta(seconds=2)).astimezone(pdt)
        host = f"mail-{['wr1', 'wm1', 'lj1', 'ed1', 'pf1', 'io1'][hint(key, 0, 5)]}-f{hint(key, 41, 199)}.google.com"
        return host, ip_of(key, 209), [
            fold("Received", f"by {host} with SMTP id {x[:10]}so{hint(key, 100000, 999999)}.{hint(key, 1, 99)} for <sme@itu.int>; {rfcdate(t, comment='PDT')}"),
            fold("X-Received", f"by 2002:a{x[:3]}:{x[3:7]}:: with SMTP id {x[7:17]}mr{hint(key, 1000000, 9999999)}w{x[17:20]}.{hint(key, 1, 400)}.{int(t.timestamp())}{hint(key, 100, 999)}; {rfcdate(t, comment='PDT')}"),
        ]
    if client == "o365":
        utc = timezone.utc
        srv = mid_for("o365", key, domain).split("@")[1].rstrip(">")
        t = (t_gw - timedelta(seconds=3)).astimezone(utc)
        out = f"{['EUR01', 'EUR02', 'EUR03', 'NAM04', 'APC01', 'NAM02'][hint(key, 0, 5)]}-{['HE1', 'VE1', 'AM5', 'BN8', 'SG2', 'CO1'][hint(key, 0, 5)]}-obe.outbound.protection.outlook.com"
        return out, ip_of(key, 40), [
            fold("Received", f"from {srv.split('.')[0]}.{'.'.join(srv.split('.')[1:])} ([fe80::{x[:4]}:{x[4:8]}:{x[8:12]}:{x[12:16]}]) by {srv} ([fe80::{x[:4]}:{x[4:8]}:{x[8:12]}:{x[12:16]}%{hint(key, 2, 9)}]) with mapi id 15.20.{hint(key, 2100, 2200)}.{hint(key, 10, 30):03d}; {rfcdate(t)}"),
        ]
    if client in ("outlook", "lotus", "zimbra"):
        gw = f"mail.{domain}" if hint(key + "m", 0, 1) else f"smtp.{domain}"
        inner = f"{'EXCH' if client == 'outlook' else 'srv'}{hint(key, 1, 4):02d}.{domain}"
        via = ("Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1713.5"
               if client == "outlook" else ("ESMTP id " + x[:12].upper()) if client == "zimbra" else "ESMTP")
        return gw, ip, [
            fold("Received", f"from {inner} ({ip_of(key + 'i', 10)}) by {gw} ({ip}) with {via}; {rfcdate(t1)}"),
        ]
    if client in ("yandex",):
        t = t1.astimezone(tzobj("+0300"))
        return f"forward{hint(key, 100, 105)}o.mail.yandex.net", ip_of(key, 77), [
            fold("Received", f"from mxback{hint(key, 1, 9)}q.mail.yandex.net (mxback{hint(key, 1, 9)}q.mail.yandex.net [IPv6:2a02:6b8:c0e:1b4:0:640:{x[:4]}:{x[4:8]}]) by forward{hint(key, 100, 105)}o.mail.yandex.net (Yandex) with ESMTP id {x[8:18]}; {rfcdate(t)}"),
            fold("Received", f"by myt{hint(key, 1, 6)}-{x[:12]}.qloud-c.yandex.net with HTTP; {rfcdate(t2.astimezone(tzobj('+0300')))}"),
        ]
    if client == "mailru":
        t = t1.astimezone(tzobj("+0300"))
        return f"f{hint(key, 100, 599)}.i.mail.ru", ip_of(key, 94), [
            fold("Received", f"by f{hint(key, 100, 599)}.i.mail.ru with local (envelope-from <>) id 1hy{b64ish(key, 5)}-000{x[:3]}-{x[3:5]}; {rfcdate(t)}"),
        ]
    if client in ("qq", "netease"):
        t = t1.astimezone(tzobj("+0800"))
        host = "smtpbg" + str(hint(key, 100, 599)) + ".qq.com" if client == "qq" else f"m{hint(key, 12, 15)}-{hint(key, 10, 99)}.163.com"
        return host, ip_of(key, 113 if client == "qq" else 220), [
            fold("Received", f"from localhost (unknown [{ip_of(key + 'cl', 117)}]) by {host} (NewEsmtp) with SMTP id {x[:20]}; {rfcdate(t)}"),
        ]
    if client == "naver":
        t = t1.astimezone(tzobj("+0900"))
        return f"cvsmtppost{hint(key, 1, 30):02d}.nm.naver.com", ip_of(key, 125), [
            fold("Received", f"from cweb{hint(key, 1, 30):02d}.nm.nhnsystem.com ([{ip_of(key + 'n', 10)}]) by cvsmtppost{hint(key, 1, 30):02d}.nm.naver.com with ESMTP id {b64ish(key, 22)} for <sme@itu.int>; {rfcdate(t)}"),
        ]
    if client == "yahoo":
        utc = timezone.utc
        return f"sonic{hint(key, 300, 330)}-{hint(key, 1, 40)}.consmr.mail.ne1.yahoo.com", ip_of(key, 66), [
            fold("Received", f"from sonic.gate.mail.ne1.yahoo.com by sonic{hint(key, 300, 330)}.consmr.mail.ne1.yahoo.com with HTTP; {rfcdate(t1.astimezone(utc))}"),
        ]
    if client == "internal":
        return None, None, []
    # postfix-style (thunderbird, apple, roundcube, horde, squirrel, plain, iphone, mac outlook)
    gw = f"mail.{domain}" if hint(key + "pf", 0, 2) else f"mx{hint(key, 1, 3)}.{domain}"
    auth = "ESMTPSA" if client in ("thunderbird", "apple", "iphone", "outlook_mac", "plain") else "ESMTP"
    src = (f"[{ip_of(key + 'c', 192)}] (unknown [{ip_of(key + 'e')}])" if auth == "ESMTPSA"
           else f"localhost (localhost [127.0.0.1])")
    return gw, ip, [
        fold("Received", f"from {src} by {gw} (Postfix) with {auth} id {x[:10].upper()} for <sme@itu.int>; {rfcdate(t1)}"),
    ]


def itu_hops(key, t, from_host, from_ip, internal=False):
    """The two ITU hops (topmost = final delivery, whose time is received_at)."""
    gw = f"mgw{hint(key + 'gw', 1, 2)}.itu.int"
    exch = f"ITUSV-EXCH0{hint(key + 'ex', 1, 4)}.itu.int"
    t_gw = t - timedelta(seconds=hint(key + "tg", 1, 3))
    if internal:
        src = f"ITUSV-EXCH0{hint(key + 'src', 1, 4)}.itu.int"
        return [fold("Received", f"from {src} (10.80.2.{hint(key, 30, 39)}) by {exch} (10.80.2.{hint(key + 'x', 30, 39)}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1713.5 via Mailbox Transport; {rfcdate(t)}")], t_gw
    return [
        fold("Received", f"from {gw} (156.106.192.{hint(key + 'g', 20, 29)}) by {exch} (10.80.2.{hint(key + 'x', 30, 39)}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1713.5; {rfcdate(t)}"),
        fold("Received", f"from {from_host} ([{from_ip}]) by {gw} with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; {rfcdate(t_gw, weekday=False)}"),
        f"X-IronPort-Anti-Spam-Filtered: true",
        f"X-IronPort-AV: E=Sophos;i=\"5.64,{hint(key, 100, 999)},{hint(key + 'av', 1560000000, 1569999999)}\";\n   d=\"scan'208,217\";a=\"{hint(key + 'ava', 10000000, 99999999)}\"",
    ], t_gw

# --------------------------------------------------------------------------------------------
# message registry
# --------------------------------------------------------------------------------------------

MESSAGES = []        # list of dicts (raw bytes + label + checks)
BY_KEY = {}


def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def pdf_att(fn, text, title="", scan=False, producer="Microsoft\xae Word 2016", created="20190812100000+02'00'", style="2231"):
    return attachment(make_pdf(text, title=title, scan=scan, producer=producer, created=created), "application/pdf", fn, style=style)


def docx_att(fn, blocks, author="", rtl=False, style="2231"):
    return attachment(make_docx(blocks, author=author, rtl=rtl),
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn, style=style)


def txt_att(fn, text, charset="utf-8"):
    py = codecs.lookup(charset).name
    hdrs = [f'Content-Type: text/plain; charset="{charset}"; name="{fn}"',
            f'Content-Disposition: attachment; filename="{fn}"', "Content-Transfer-Encoding: base64"]
    return Part(hdrs, b64lines(text.encode(py)))


def vcf_att(fn, *a):
    return attachment(make_vcf(*a), "text/x-vcard", fn)


def png_att(fn, seed):
    return attachment(make_png(seed), "image/png", fn)


def rfc822_att(raw_bytes, fn=None):
    hdrs = ["Content-Type: message/rfc822"]
    if fn:
        hdrs.append(f'Content-Disposition: attachment; filename="{fn}"')
    return Part(hdrs, raw_bytes)


def boundary_for(client, key, n=0):
    x = h(f"{key}/b{n}", 40)
    if client in ("gmail", "android"):
        return "000000000000" + x[:16]
    if client in ("outlook", "o365", "internal"):
        return f"_00{n}_{x[:32].upper()}{['EUR', 'NAM', 'APC'][hint(key, 0, 2)] if client == 'o365' else ''}_"
    if client == "thunderbird":
        return "------------" + x[:24].upper()
    if client in ("apple", "iphone"):
        return f"Apple-Mail={x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}"
    if client == "zimbra":
        return "=_" + x[:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
    if client == "lotus":
        return f"=_alternative {x[:16].upper()}_="
    if client == "outlook_mac":
        return f"B_{hint(key, 3640000000, 3659999999)}_{hint(key + 'q', 10000000, 99999999)}"
    if client in ("qq",):
        return f"----=_NextPart_{x[:8].upper()}_{x[8:16].upper()}_{x[16:24].upper()}"
    if client == "yahoo":
        return f"----=_Part_{hint(key, 1000000, 9999999)}_{hint(key + 'y', 100000000, 999999999)}.{hint(key + 'z', 1560000000000, 1569999999999)}"
    if client == "mailru":
        return f"--ALT--{x[:16].upper()}{hint(key, 1560000000, 1569999999)}"
    return f"=-{x[:20]}"


def auto_cte(text, charset):
    py = codecs.lookup(charset).name
    data = text.encode(py)
    if all(b < 128 for b in data):
        return "7bit"
    hi = sum(1 for b in data if b >= 128)
    return "base64" if hi / max(len(data), 1) > 0.25 else "quoted-printable"


def M(key, lang, kind, ms, frm, subject, recv, text, *, client="outlook", tz="+0200", to="sme@itu.int", cc=None,
      quote=None, atts=(), dels=(), sess=None, sup=None, charset=None, cte=None, hcs=None, henc=None, html=None,
      rtl=False, extra=(), irt=None, refs=None, mid=None, slug=None, body=None, date=None, delay=None, sig_img=False,
      tstyle="tab", domain=None, ip=None, hlang=None, html_cte=None, reply_to=None, qhtml=None, flowed=None,
      plain_charset=None, ctstyle=None, fn_style="2231", olang=None, frm_cs=None, internal=False, sender_hdr=None, queue=0):
    assert key not in BY_KEY, key
    dname, daddr = frm
    domain = domain or daddr.split("@")[1]
    recv_dt = geneva(recv)
    if ctstyle is None:
        ctstyle = "bare" if client in ("thunderbird", "apple", "iphone", "roundcube", "horde", "squirrel", "plain", "yandex", "mailru") else "quoted"
    if client == "internal" or internal:
        hops, t_gw = itu_hops(key, recv_dt, None, None, internal=True)
        shops = []
    else:
        shost, sip, shops = sender_hops(client, key, domain, recv_dt - timedelta(seconds=hint(key + "tg", 1, 3) + queue), tz, ip or ip_of(key))
        hops, t_gw = itu_hops(key, recv_dt, shost, sip)
    delay = delay if delay is not None else hint(key + "delay", 12, 190)
    date_dt = (t_gw - timedelta(seconds=delay + queue)).astimezone(tzobj(tz))
    date_hdr = date or rfcdate(date_dt)
    mid = mid or mid_for(client if client != "internal" else "outlook", key, domain)

    # ---------------- body ----------------
    if body is None:
        ccs = charset or "utf-8"
        if charset is None and client in ("outlook", "o365", "internal") and not needs_enc(text + (quote.plain if quote else "")):
            ccs = "us-ascii"
        if charset is None and client in ("gmail", "android"):
            ccs = "UTF-8"
        if html is None:
            html = client in ("outlook", "o365", "gmail", "android", "zimbra", "lotus", "yandex", "mailru", "qq",
                              "netease", "naver", "yahoo", "internal", "outlook_mac")
        full_plain = plain_of(text, tstyle) + (quote.plain if quote else "")
        if client in ("gmail", "android", "yahoo"):
            pc = cte or auto_cte(full_plain, ccs)
        elif client in ("thunderbird",):
            pc = cte or ("8bit" if auto_cte(full_plain, ccs) != "7bit" else "7bit")
        elif client in ("mailru", "qq", "netease", "naver", "yandex"):
            pc = cte or "base64"
        else:
            pc = cte or ("quoted-printable" if auto_cte(full_plain, ccs) != "7bit" or client in ("outlook", "o365", "internal") else "7bit")
        fl = flowed if flowed is not None else client in ("thunderbird", "roundcube", "horde")
        pcs = plain_charset or ccs
        plain_part = text_part(full_plain, pcs, pc, flowed=fl, delsp=(client == "horde"), ct_style=ctstyle)
        parts_alt = None
        if html:
            qh = ""
            if quote:
                qh = quote.html_ol if client in ("outlook", "o365", "internal", "lotus", "outlook_mac") else quote.html_gm
            if qhtml is not None:
                qh = qhtml
            img_cid = None
            if sig_img:
                img_cid = f"image001.png@01D5{h(key, 12).upper()}"
            if client in ("outlook", "o365", "internal", "outlook_mac"):
                hl = hlang or {"en": "EN-US", "fr": "FR", "es": "ES", "ar": "AR-SA", "ru": "RU", "zh": "ZH-CN"}.get(lang, lang.upper())
                hstr = html_outlook(text, lang=hl, rtl=rtl, charset=ccs, quote_html=qh, sig_img_cid=img_cid)
            elif client in ("gmail", "android"):
                hstr = html_gmail(text, rtl=rtl, quote_html=qh)
            else:
                hstr = html_simple(text, rtl=rtl, quote_html=qh, charset=ccs)
            hc = html_cte or ("base64" if client in ("lotus", "mailru", "qq", "netease", "naver", "yandex") else
                              ("quoted-printable" if auto_cte(hstr, ccs) != "7bit" or client != "gmail" else "quoted-printable"))
            html_part = text_part(hstr, ccs, hc, subtype="html", ct_style=ctstyle)
            if client in ("yandex", "naver"):
                top = html_part
            else:
                top = multipart("alternative", [plain_part, html_part], boundary_for(client, key, 1))
            if img_cid:
                img = attachment(make_png(key), "image/png", "image001.png", disposition="inline", cid=img_cid)
                top = multipart("related", [top, img], boundary_for(client, key, 2), extra_params=' type="multipart/alternative";')
        else:
            top = plain_part
        if atts:
            pre = "This is a multi-part message in MIME format." if client in ("thunderbird", "zimbra", "lotus", "plain", "squirrel") else None
            top = multipart("mixed", [top] + list(atts), boundary_for(client, key, 3), preamble=pre)
        body = top

    # ---------------- headers ----------------
    hcs = hcs or (charset if (charset and codecs.lookup(charset).name not in ("iso2022_jp",)) else ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8"))
    fcs = frm_cs or hcs
    if henc is None:
        henc = "Q" if (codecs.lookup(hcs).name in ("iso8859-1", "iso8859-15", "cp1252", "iso8859-2", "cp1250", "iso8859-9",
                                                    "cp1254", "iso8859-13", "cp1257", "iso8859-16")
                       or client in ("apple", "iphone")) else "B"
    H = []
    H += hops
    H += shops
    from_h = fold("From", addr(dname, daddr, fcs, henc))
    to_h = fold("To", to)
    cc_h = fold("Cc", cc) if cc else None
    subj_h = fold("Subject", subj(subject, hcs, henc))
    mid_h = f"Message-ID: {mid}"
    date_h = f"Date: {date_hdr}"
    irt_h = f"In-Reply-To: {irt}" if irt else None
    refs_h = fold("References", refs or irt) if (refs or irt) else None
    rt_h = fold("Reply-To", reply_to) if reply_to else None
    ua = []
    for name, val in UA.get(client, []):
        if val is None:
            if name == "X-Mailer" and client == "outlook":
                val = "Microsoft Outlook 16.0"
                continue  # Exchange on-prem strips X-Mailer
            if name == "Thread-Index":
                val = base64.b64encode(bytes.fromhex(h(key + "ti", 44))).decode()[:26]
        ua.append(fold(name, val) if "\n" not in val else f"{name}: {val}")
    extra_h = [fold(n, v) if "\n" not in v else f"{n}: {v}" for n, v in extra]
    body_hdrs = body.headers
    loc = "en-US" if (client == "internal" or internal) else f"{lang}-{COUNTRY[ms][0]}" if ms in COUNTRY else {"en": "en-US", "zh": "zh-CN", "ar": "ar-SA", "ru": "ru-RU", "fr": "fr-FR", "es": "es-ES"}.get(lang, lang)
    if client in ("outlook", "o365", "internal"):
        ti = base64.b64encode(bytes.fromhex("01d5" + h(key + "ti", 40))).decode()
        seq = [from_h, to_h, cc_h, subj_h, fold("Thread-Topic", subj(re.sub(r"^((RE|Re|AW|TR|FW|Fwd|RV|R|Odp|SV|Antw|RES|ENC|Отв|回复|答复|转发|رد|إعادة توجيه)\s?:\s*)+", "", subject), hcs, henc)),
               f"Thread-Index: {ti}", date_h, mid_h, refs_h, irt_h, rt_h, f"Accept-Language: {loc}, en-US",
               f"Content-Language: {loc}", f"X-MS-Has-Attach: {'yes' if atts else ''}".rstrip(), "X-MS-TNEF-Correlator:",
               f"x-originating-ip: [{ip_of(key + 'orig', 10)}]"] + ua + extra_h + body_hdrs + ["MIME-Version: 1.0"]
        if client == "o365":
            seq += [f"X-MS-Exchange-CrossTenant-originalarrivaltime: {rfcdate(t_gw.astimezone(timezone.utc), weekday=False).replace(' +0000', '.0' + str(hint(key, 100, 999)) + ' (UTC)')}",
                    f"X-MS-Exchange-CrossTenant-id: {h(key + 'tenant', 8)}-{h(key + 'tenant', 12)[8:12]}-4{h(key + 'tenant', 15)[12:15]}-a{h(key + 'tenant', 18)[15:18]}-{h(key + 'tenant', 30)[18:30]}"]
    elif client in ("gmail", "android"):
        seq = ["MIME-Version: 1.0", refs_h, irt_h, from_h, date_h, mid_h, subj_h, to_h, cc_h, rt_h] + extra_h + body_hdrs
    elif client == "thunderbird":
        seq = [subj_h, to_h, cc_h, refs_h, from_h, mid_h, date_h] + ua + ["MIME-Version: 1.0", irt_h, rt_h] + extra_h + body_hdrs
        if not atts and not html:
            # Thunderbird puts Content-Language between Content-Type and CTE
            ctl = [x for x in body_hdrs if x.startswith("Content-Type")]
            rest = [x for x in body_hdrs if not x.startswith("Content-Type")]
            seq = [subj_h, to_h, cc_h, refs_h, from_h, mid_h, date_h] + ua + ["MIME-Version: 1.0", irt_h, rt_h] + extra_h + ctl + [f"Content-Language: {loc}"] + rest
    elif client in ("apple", "iphone"):
        mv = "Mime-Version: 1.0 (Mac OS X Mail 12.4 \\(3445.104.11\\))" if client == "apple" else "Mime-Version: 1.0 (1.0)"
        seq = body_hdrs + [mv, subj_h, from_h, irt_h, date_h, cc_h, to_h, refs_h, mid_h, rt_h] + ua + extra_h
    else:
        seq = [from_h, to_h, cc_h, rt_h, subj_h, date_h, mid_h, irt_h, refs_h] + ua + extra_h + ["MIME-Version: 1.0"] + body_hdrs
    if sender_hdr:
        seq.insert(1, fold("Sender", sender_hdr))
    H += [x for x in seq if x]
    raw = "\n".join(H).encode("ascii") + b"\n\n"
    if body.children is None:
        b = body.body
        raw += b if b.endswith(b"\n") else b + b"\n"
    else:
        full = body.render()
        raw += full.split(b"\n\n", 1)[1]

    if sess is None:
        sess = ["budapest-2019"] if kind in ("nomination", "interest_only", "correction") else []
    rec = {
        "key": key, "lang": lang, "kind": kind, "ms": ms, "raw": raw, "mid": mid, "dels": [dict(d) for d in dels],
        "sess": list(sess), "sup": sup, "recv": recv_dt, "text": text, "sender": daddr.lower(), "slug": slug or ("outlook" if client == "internal" else client),
    }
    MESSAGES.append(rec)
    BY_KEY[key] = rec
    return rec


def itu_mid(seed):
    return f"<{h(seed, 32)}@ITUSV-EXCH0{hint(seed, 1, 4)}.itu.int>"


# ---- special bodies: delivery status notifications and read receipts ----

def dsn_body(key, human, human_charset, reporting_mta, arrival, orig_rcpt, final_rcpt, status, diag, remote_mta,
             orig_headers=None, orig_msg=None, human_cte="quoted-printable", boundary=None, lang_human=None):
    bd = boundary or f"{h(key, 10).upper()}.{hint(key, 1560000000, 1569999999)}/{reporting_mta}"
    orig_rcpt = orig_rcpt.replace("rfc822;", "")
    ds = (f"Reporting-MTA: dns; {reporting_mta}\n"
          + (f"X-Postfix-Queue-ID: {h(key, 10).upper()}\n" if "itu" in reporting_mta or "mgw" in reporting_mta else "")
          + f"Arrival-Date: {arrival}\n\n"
          f"Original-Recipient: rfc822;{orig_rcpt}\nFinal-Recipient: rfc822;{final_rcpt}\nAction: failed\n"
          f"Status: {status}\n" + (f"Remote-MTA: dns; {remote_mta}\n" if remote_mta else "") +
          f"Diagnostic-Code: smtp; {diag}\n")
    parts = [text_part(human, human_charset, human_cte, extra=["Content-Description: Notification"] if lang_human is None else None),
             Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode("ascii"))]
    if orig_msg is not None:
        parts.append(Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig_msg))
    elif orig_headers is not None:
        parts.append(Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig_headers.encode("utf-8")))
    return multipart("report", parts, bd, extra_params=" report-type=delivery-status;",
                     preamble="This is a MIME-encapsulated message.")


def mdn_body(key, human, charset, reporting_ua, final_rcpt, orig_mid, disposition="manual-action/MDN-sent-manually; displayed", client="outlook"):
    bd = boundary_for(client, key, 5)
    dn = (f"Reporting-UA: {reporting_ua}\nFinal-Recipient: rfc822;{final_rcpt}\nOriginal-Message-ID: {orig_mid}\n"
          f"Disposition: {disposition}\n")
    parts = [text_part(human, charset, auto_cte(human, charset) if auto_cte(human, charset) != "base64" else "base64"),
             Part(["Content-Type: message/disposition-notification"], dn.encode("ascii"))]
    return multipart("report", parts, bd, extra_params=" report-type=disposition-notification;")


def itu_ack_msg(key, to_addr, to_name, date_dt, subject, quoted_text=""):
    """An ITU acknowledgement as sent from sme@itu.int (used inside bounces)."""
    text = ACK + ("\n\n" + quoted_text if quoted_text else "")
    part = text_part(text, "utf-8", "quoted-printable")
    hd = [f"From: SME Secretariat <sme@itu.int>", fold("To", addr(to_name, to_addr)), fold("Subject", subj(subject)),
          f"Date: {rfcdate(date_dt)}", f"Message-ID: {itu_mid(key + 'ack')}", "MIME-Version: 1.0"] + part.headers
    return ("\n".join(hd) + "\n\n").encode("ascii") + part.body

# ============================================================================================
# English
# ============================================================================================

RE_CIRC = "RE: " + CIRC_SUBJ

M("gbr", "en", "nomination", "GBR", ("Oliver Pratt", "oliver.pratt@culture.gov.uk"), RE_CIRC, "2019-08-02 15:44:10",
"""Dear Christopher,

Thank you for the invitation in Circular CI-19/35. The UK is interested in taking part in the consultation sessions on fostering tech and innovation SMEs.

For the first session in Budapest on 10 September, our participant will be Harriet Calloway, Head of Digital Growth Policy at the Department for Digital, Culture, Media and Sport (harriet.calloway@culture.gov.uk). Harriet is copied here and will complete the Telecom World registration herself.

Best wishes,

Oliver

Oliver Pratt | International Telecoms Policy
Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ
Tel: +44 (0)20 7211 6000""", client="o365", tz="+0100", cc="Harriet Calloway <harriet.calloway@culture.gov.uk>",
  quote=q_circ("en", tz_local="+0100"),
  dels=[D("Harriet Calloway", title="Head of Digital Growth Policy", email="harriet.calloway@culture.gov.uk")])

M("ken", "en", "nomination", "KEN", ("Registry - MICT", "registry@ict.go.ke"),
  "Nomination - ITU Consultation Session on Tech and Innovation SMEs (CI-19/35)", "2019-08-09 10:05:37",
"""Dear Sir/Madam,

Please find attached a letter from the Principal Secretary, State Department for ICT and Innovation, Ref. MICT/ITU/19/017, regarding the above subject.

Kindly acknowledge receipt.

Grace Njeri
Central Registry
Ministry of Information, Communications and Technology
Teleposta Towers, Nairobi""", tz="+0300",
  atts=[pdf_att("MICT-ITU-19-017 Nomination SME Consultation.pdf", """**REPUBLIC OF KENYA
**MINISTRY OF INFORMATION, COMMUNICATIONS AND TECHNOLOGY
**STATE DEPARTMENT FOR ICT AND INNOVATION

Ref. MICT/ITU/19/017                                                   8th August, 2019

Mr. Houlin Zhao
Secretary-General
International Telecommunication Union
Place des Nations
CH-1211 Geneva 20

RE: CONSULTATION SESSIONS FOR MEMBER STATES: "FOSTERING TECH AND INNOVATION SMEs" - CIRCULAR CI-19/35

Reference is made to your Circular CI-19/35 dated 23rd July, 2019 on the above subject.

The Government of the Republic of Kenya appreciates the initiative of the ITU to support small and medium-sized enterprises in the ICT sector and wishes to express its interest in the series of consultation sessions.

The purpose of this letter is to nominate Eng. Peter Kiprono Mutai, Senior Deputy Director, ICT Innovation, to represent Kenya at the first consultation session to be held on 10th September, 2019 during ITU Telecom World 2019 in Budapest, Hungary. His contact details are: e-mail pmutai@ict.go.ke, mobile +254 722 514 306.

Accept, Sir, the assurances of my highest consideration.

Jerome Ochieng, CBS
PRINCIPAL SECRETARY

Copy to: Director General, Communications Authority of Kenya""", title="MICT-ITU-19-017")],
  dels=[D("Peter Kiprono Mutai", title="Senior Deputy Director, ICT Innovation", email="pmutai@ict.go.ke")],
  slug="outlook_pdf")

M("nga", "en", "nomination", "NGA", ("Adaeze Nwosu", "anwosu@ncc.gov.ng"),
  "RE: ITU Circular CI-19/35 - NCC nominees for Budapest SME consultation", "2019-08-15 17:20:48",
"""Dear Mr. Clark,

Further to Circular CI-19/35, the Nigerian Communications Commission, on behalf of the Federal Republic of Nigeria, is pleased to confirm interest in the consultation sessions and to nominate the following officers for the session in Budapest:

| S/N | Name | Designation | E-mail |
| 1 | Dr. Ifeoma Chukwuemeka-Okafor | Head, Startup & SME Support Unit | i.chukwuemeka-okafor@ncc.gov.ng |
| 2 | Engr. Babatunde Adeyemi Olawale | Principal Manager, Technical Standards | bolawale@ncc.gov.ng |

Both officers will also be part of the Nigerian delegation to ITU Telecom World 2019.

Yours faithfully,

Adaeze Nwosu (Mrs)
For: Director, International Cooperation
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja""", client="o365", tz="+0100",
  dels=[D("Ifeoma Chukwuemeka-Okafor", title="Head, Startup & SME Support Unit", email="i.chukwuemeka-okafor@ncc.gov.ng"),
        D("Babatunde Adeyemi Olawale", title="Principal Manager, Technical Standards", email="bolawale@ncc.gov.ng")])

M("ind", "en", "nomination", "IND", ("Rajesh Kumar Verma", "us-itu1@dot.gov.in"),
  "Nomination for consultation session on SMEs at ITU Telecom World 2019, Budapest - reg.", "2019-08-13 08:31:02",
"""No. 4-12/2019-IR
Government of India
Ministry of Communications
Department of Telecommunications
(International Relations Division)

Sanchar Bhawan, New Delhi
Dated: 13.08.2019

To
Mr. Christopher Clark
SME Secretariat, ITU, Geneva

Subject: ITU Circular CI-19/35 - Consultation sessions for Member States on "Fostering tech and innovation SMEs" - nomination - reg.

Sir,

I am directed to refer to ITU Circular CI-19/35 dated 23.07.2019 on the subject cited above and to convey that the competent authority has approved the nomination of Shri Anand Prakash Srivastava, Deputy Director General (IR), Department of Telecommunications, for the first consultation session at ITU Telecom World 2019, Budapest on 10.09.2019.

2. Contact details of the nominated officer: e-mail ddgir-dot@gov.in, Tel. +91-11-2303 6580.

3. This issues with the approval of the competent authority.

Yours faithfully,

(Rajesh Kumar Verma)
Under Secretary (ITU-I)
Tel: +91-11-2337 2193""", client="zimbra", tz="+0530",
  dels=[D("Anand Prakash Srivastava", title="Deputy Director General (IR)", email="ddgir-dot@gov.in")])

M("usa", "en", "interest_only", "USA", ("Donnelly, Margaret L", "DonnellyML@state.gov"), RE_CIRC, "2019-08-15 22:10:19",
"""Christopher,

Good afternoon. I wanted to let you know before the deadline that the United States is interested in participating in the SME consultation session in Budapest. We are still finalizing our delegation to ITU Telecom World, so I am not yet able to give you the name of our participant. I expect to be able to send it to you within the next two weeks.

Please let me know if that timing causes any difficulty on your end.

Regards,
Meg

Margaret L. Donnelly
Office of Multilateral Affairs
Bureau of Cyberspace and Digital Policy (CDP/MA)
U.S. Department of State
+1 202-647-5832

Official
UNCLASSIFIED""", client="o365", tz="-0400", quote=q_circ("en", tz_local="-0400"),
  extra=[("X-Classification", "UNCLASSIFIED")])

M("aus", "en", "decline", "AUS", ("Tran, Linh", "Linh.Tran@communications.gov.au"),
  "CI-19/35 consultation sessions - Australia [SEC=UNCLASSIFIED]", "2019-08-12 03:15:44",
"""UNCLASSIFIED

Dear SME Secretariat,

Thank you for Circular CI-19/35 of 23 July 2019.

Australia appreciates the work the ITU is doing to bring tech and innovation SMEs into the Union. Unfortunately we have no capacity to take part in the consultation session in Budapest this year, and we do not intend to nominate a participant. We will keep following the Council discussions on Resolution 209 through our Council delegation.

Kind regards

Linh Tran
Assistant Director | International Engagement Section
Department of Communications and the Arts
GPO Box 2154 Canberra ACT 2601
communications.gov.au""", tz="+1000", extra=[("X-Protective-Marking", "VER=2018.1, NS=gov.au, SEC=UNCLASSIFIED, ORIGIN=Linh.Tran@communications.gov.au")])

M("jam", "en", "nomination", "JAM", ("Permanent Mission of Jamaica Geneva", "jamaicamission.geneva@gmail.com"),
  "Fwd: Nomination - ITU SME Consultation, Budapest", "2019-08-16 12:40:03",
"""Dear Mr. Clark,

The Permanent Mission of Jamaica to the United Nations Office and other International Organizations in Geneva presents its compliments and has the honour to forward below the nomination received from the Ministry of Science, Energy and Technology in Kingston.

Kind regards,

Shanice Morgan-Clarke
Attaché
Permanent Mission of Jamaica, Geneva
Rue de Lausanne 36, 1201 Genève""", client="gmail",
  quote=q_fwd(["From: Reid-Campbell, Nadine <nadine.reid-campbell@mset.gov.jm>",
               "Date: Thu, Aug 15, 2019 at 5:52 PM",
               "Subject: Nomination - ITU SME Consultation, Budapest",
               "To: jamaicamission.geneva@gmail.com <jamaicamission.geneva@gmail.com>"],
"""Good afternoon colleagues,

Kindly transmit the following to the ITU secretariat (sme@itu.int) in response to Circular CI-19/35.

Jamaica wishes to express its interest in the consultation sessions on fostering tech and innovation SMEs. The Ministry nominates Mr. Damion O. Reid, Senior Director, ICT Policy, to attend the first session on 10 September 2019 in Budapest. Mr. Reid can be reached at damion.reid@mset.gov.jm.

Regards,
Nadine Reid-Campbell
Director, International Relations
Ministry of Science, Energy and Technology
PCJ Building, 36 Trafalgar Road, Kingston 10"""),
  dels=[D("Damion O. Reid", title="Senior Director, ICT Policy", email="damion.reid@mset.gov.jm")])

M("gha", "en", "nomination", "GHA", ("Kwabena Asante-Darko", "kasantedarko.moc@gmail.com"),
  "Re: Reminder: CI-19/35 - nominations by 16 August 2019", "2019-08-19 09:22:51",
"""Dear Christopher,

Please accept our apologies for this late response; the official approval only came through on Friday evening.

Ghana is interested, and the Ministry of Communications nominates Ms Akosua Boatemaa Mensah, Chief Programme Officer at the Ghana Innovation Hub, to take part in the Budapest session. Her email is akosua.mensah@moc.gov.gh.

We hope it is still possible to include her.

Thank you.

Kwabena Asante-Darko
Ag. Director, Policy Planning, Monitoring & Evaluation
Ministry of Communications, Accra
+233 24 455 1870""", client="gmail", tz="+0000", irt=REMIND_MID,
  quote=q_gmail("On Wed, Aug 7, 2019 at 8:05 AM SME <sme@itu.int> wrote:", REMINDER),
  dels=[D("Akosua Boatemaa Mensah", title="Chief Programme Officer", email="akosua.mensah@moc.gov.gh")])

M("pak", "en", "nomination", "PAK", ("Section Officer (ITU)", "so.itu@moitt.gov.pk"),
  "Nomination for ITU Consultation Session on SMEs - Budapest 10-09-2019", "2019-08-07 11:48:26",
"""Dear Sir,

Kindly refer to ITU Circular CI-19/35 dated 23rd July 2019.

2. The Ministry of Information Technology & Telecommunication, Government of Pakistan, is pleased to nominate Dr. Farah Naz Qureshi, Director General (IT), for participation in the consultation session "Fostering tech and innovation SMEs" to be held in Budapest on 10th September 2019.

3. Details of the nominee are as under:

Name: Dr. Farah Naz Qureshi
Designation: Director General (IT)
Organization: Ministry of IT & Telecom, Islamabad
Email: farah.qureshi@moitt.gov.pk
Phone: +92-51-920 5712

Regards,

Muhammad Asif Khattak
Section Officer (ITU)
Ministry of IT & Telecom
Islamabad""", client="zimbra", tz="+0500",
  dels=[D("Farah Naz Qureshi", title="Director General (IT)", email="farah.qureshi@moitt.gov.pk")])

M("zaf", "en", "nomination", "ZAF", ("Lerato Khumalo", "LKhumalo@dtps.gov.za"),
  "RE: ITU Circular CI-19/35: South Africa's nomination", "2019-08-14 14:02:13",
"""Good day Christopher

South Africa welcomes the series of consultations and would like to participate in both the Budapest session and the session planned during the WSIS Forum 2020.

The Department of Communications and Digital Technologies nominates Ms Thandeka Nomvula Dlamini, Chief Director: ICT Enterprise Development. She will attend the Budapest session on 10 September, and we would like her to be registered for the WSIS Forum 2020 session as well once dates are known.

Contact: tdlamini@dtps.gov.za / +27 12 427 8000

Kind regards
Lerato Khumalo
Deputy Director: Multilateral Relations
Department of Communications and Digital Technologies
iParioli Office Park, 1166 Park Street, Hatfield, Pretoria""", tz="+0200", quote=q_circ("en"), sig_img=True,
  dels=[D("Thandeka Nomvula Dlamini", title="Chief Director: ICT Enterprise Development", email="tdlamini@dtps.gov.za")],
  sess=["budapest-2019", "wsis-2020"])

M("sgp", "en", "interest_only", "SGP", ("Jeremy TAN (IMDA)", "jeremy_tan@imda.gov.sg"),
  "Singapore - CI-19/35 consultation sessions", "2019-08-08 05:51:30",
"""Dear Mr Clark,

Thank you for the invitation.

Singapore supports this initiative. Our colleagues will not be in Budapest for Telecom World this year, so we will not be nominating anyone for the 10 September session, but we are keen to join the session you are planning alongside the Council Working Group meetings in early 2020. We will send a name closer to the date.

Regards,
Jeremy TAN
Senior Manager (International Relations)
Infocomm Media Development Authority
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438""", client="o365", tz="+0800",
  sess=["cwg-2020"])

M("nzl", "en", "inquiry", "NZL", ("Hamish Ropata", "hamish.ropata@mbie.govt.nz"),
  "Question re CI-19/35 - remote participation?", "2019-08-01 01:26:55",
"""Kia ora Christopher,

A quick question about the SME consultation sessions in Circular CI-19/35. It's a long way from Wellington to Budapest and we have nobody travelling to Telecom World this year. Will it be possible to take part in the 10 September session remotely? If there is a remote option we would be glad to put someone forward.

Ngā mihi,
Hamish

Hamish Ropata
Principal Policy Advisor, Communications Policy
Ministry of Business, Innovation & Employment
15 Stout Street, Wellington 6011""", client="apple", tz="+1200")

M("can", "en", "nomination", "CAN", ("Bouchard, Martine (ISED/ISDE)", "martine.bouchard@canada.ca"),
  "RE: ITU Circular CI-19/35 - Canada / Canada", "2019-08-16 20:05:09",
"""Hello Mr. Clark,

(Le français suit)

Canada would like to express its interest in the ITU consultation sessions on tech and innovation SMEs. For the first session at ITU Telecom World in Budapest, Canada nominates Geneviève Tremblay-Hughes, Senior Policy Analyst, Small Business Branch, Innovation, Science and Economic Development Canada (genevieve.tremblay-hughes@canada.ca).

Regards,

---

Bonjour Monsieur Clark,

Le Canada souhaite manifester son intérêt pour les sessions de consultation de l'UIT sur les PME technologiques et innovantes. Pour la première session, qui aura lieu à Budapest pendant ITU Telecom World, le Canada propose Geneviève Tremblay-Hughes, analyste principale des politiques, Direction générale de la petite entreprise, Innovation, Sciences et Développement économique Canada.

Cordialement,
Martine

Martine Bouchard
Manager, International Telecommunications Policy | Gestionnaire, Politique internationale des télécommunications
Innovation, Science and Economic Development Canada | Innovation, Sciences et Développement économique Canada
235 Queen Street, Ottawa ON K1A 0H5
Government of Canada | Gouvernement du Canada""", tz="-0400", charset="windows-1252",
  dels=[D("Geneviève Tremblay-Hughes", title="Senior Policy Analyst, Small Business Branch", email="genevieve.tremblay-hughes@canada.ca")])

M("uga1", "en", "nomination", "UGA", ("Irene Nalwoga", "inalwoga@ucc.co.ug"),
  "Uganda nomination - SME consultation session, Budapest", "2019-08-06 09:37:12",
"""Dear SME Secretariat,

With reference to Circular CI-19/35, Uganda is interested in the consultation sessions on fostering tech and innovation SMEs.

The Uganda Communications Commission, on behalf of the Ministry of ICT and National Guidance, nominates Mr. Ronald Ssekandi Kato, Manager ICT Innovation, for the first session on 10 September 2019 in Budapest. He may be reached on rkato@ucc.co.ug or +256 414 339 000.

Best regards,
Irene Nalwoga
Senior Officer, International Relations
Uganda Communications Commission
Plot 42-44 Spring Road, Bugolobi, Kampala""", tz="+0300",
  dels=[D("Ronald Ssekandi Kato", title="Manager ICT Innovation", email="rkato@ucc.co.ug")])

UGA_ACK_DT = geneva("2019-08-06 14:02:40")
M("uga2", "en", "correction", "UGA", ("Irene Nalwoga", "inalwoga@ucc.co.ug"),
  "RE: Uganda nomination - SME consultation session, Budapest", "2019-08-13 10:58:03",
"""Dear Aurélie,

Thank you for the acknowledgement. Please note a change to our nomination: Mr. Kato will no longer be able to travel to Budapest owing to other official duties.

In his place the Commission nominates:
Ms. Patience Nakato Mirembe
Senior Officer, Innovation & Startups
pmirembe@ucc.co.ug

Kindly update your records accordingly and accept our apologies for any inconvenience.

Best regards,
Irene""", tz="+0300", irt=itu_mid("uga1ack"),
  quote=q_outlook("en", "SME <sme@itu.int>", UGA_ACK_DT, "Irene Nalwoga <inalwoga@ucc.co.ug>",
                  "RE: Uganda nomination - SME consultation session, Budapest", ACK, tz_local="+0300"),
  dels=[D("Patience Nakato Mirembe", title="Senior Officer, Innovation & Startups", email="pmirembe@ucc.co.ug")],
  sup="uga1")

M("zmb_ooo", "en", "auto_reply", None, ("Mwale, Dingiswayo", "dmwale@mtc.gov.zm"),
  "Automatic reply: " + CIRC_SUBJ, "2019-07-23 16:45:21",
"""I am out of the office on annual leave until Monday 26th August 2019 with limited access to e-mail.

For urgent matters please contact Mrs. Chileshe Banda on cbanda@mtc.gov.zm or +260 211 251 444.

Dingiswayo Mwale""", tz="+0200", irt=CIRC_MID,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "dmwale@mtc.gov.zm")],
  slug="outlook")

BOUNCE_ORIG = itu_ack_msg("bounce_zw", "t.moyo@potraz.go.zw", "Tatenda Moyo", geneva("2019-08-13 15:20:05"),
                          "RE: Zimbabwe nomination - CI-19/35")
M("bounce_itu", "en", "bounce", None, ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@itu.int"),
  "Undeliverable: RE: Zimbabwe nomination - CI-19/35", "2019-08-13 15:20:09", "", client="plain", internal=True,
  mid="<5c1f0e8a-7b1d-4a1f-9b4e-2de0c4b71a9a@ITUSV-EXCH03.itu.int>",
  body=dsn_body("bounce_itu", """Delivery has failed to these recipients or groups:

t.moyo@potraz.go.zw (t.moyo@potraz.go.zw)
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: ITUSV-EXCH03.itu.int

t.moyo@potraz.go.zw
Remote Server returned '550 5.1.2 SMTPSEND.DNS.NonExistentDomain; nonexistent domain'
""", "us-ascii", "ITUSV-EXCH03.itu.int", rfcdate(geneva("2019-08-13 15:20:05")), "rfc822;t.moyo@potraz.go.zw",
                "t.moyo@potraz.go.zw", "5.1.2", "550 5.1.2 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", None,
                orig_msg=BOUNCE_ORIG, human_cte="7bit"),
  to="SME <sme@itu.int>", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], slug="exchange", delay=25)

M("news_sme", "en", "unrelated", None, ("SME Digital Europe", "news@smedigital.eu"),
  "SME Digital Week 2019: programme is out + early-bird ends Friday", "2019-07-30 10:00:12",
"""SME Digital Week 2019 | Brussels, 14-16 October

Dear friend of European SMEs,

The full programme for SME Digital Week 2019 is now online. Over three days we will hear from 60 founders, investors and policymakers about scaling up across the Single Market.

Highlights:
- Keynote: "Beyond the pilot: how small firms adopt AI"
- Workshop: public procurement for startups
- Pitch night at the Atomium

Early-bird tickets are available until Friday 2 August.

Register now: https://smedigital.eu/week2019

You are receiving this newsletter because you subscribed at one of our events. Unsubscribe: https://smedigital.eu/unsubscribe?u=4f2a9c
SME Digital Europe AISBL, Rue du Luxembourg 47, 1050 Brussels""", client="gmail", tz="+0200", html=True,
  extra=[("List-Unsubscribe", "<https://smedigital.eu/unsubscribe?u=4f2a9c>"), ("Precedence", "bulk"),
         ("X-Mailer", "MailChimp Mailer - **CID4f2a9c81d3e07a6b5c2f**")],
  mid="<0a1b2c3d4e5f60718293a4b5c@xmail118.msgfocus.com>", slug="html")

M("ke_startup", "en", "inquiry", None, ("Brian Otieno", "brian@pesalink-labs.co.ke"),
  "How can our startup join the SME consultation in Budapest?", "2019-08-10 19:33:47",
"""Hello ITU team,

My name is Brian Otieno and I am the co-founder of PesaLink Labs, a 14-person fintech company in Nairobi. A friend at the Communications Authority shared Circular CI-19/35 with us.

We will be exhibiting in the SME area at Telecom World in Budapest. Is it possible for a private company like ours to sit in on the consultation session on 10 September, or is it only for government delegations? If companies can join, what do we need to do?

Thanks a lot,
Brian

--
Brian Otieno | Co-founder & CEO
PesaLink Labs Ltd, Westlands, Nairobi
+254 711 908 442""", client="gmail", tz="+0300")

M("bwa", "en", "nomination", "BWA", ("Onalenna Kgosi", "okgosi@bocra.org.bw"),
  "CI-19/35 Botswana nomination", "2019-08-12 13:11:59",
"""Dear Mr Clark

Botswana, through the Botswana Communications Regulatory Authority (BOCRA), is interested in the consultation sessions. Our nominee for Budapest is given below.

Name: Kagiso Tumelo Sebina
Designation: Manager, Broadband & Universal Service
Organisation: BOCRA
E-mail: ksebina@bocra.org.bw
Tel: +267 395 7755

Regards

Onalenna Kgosi
International Relations Officer
BOCRA, Plot 50671 Independence Avenue, Gaborone""", client="roundcube", tz="+0200",
  dels=[D("Kagiso Tumelo Sebina", title="Manager, Broadband & Universal Service", email="ksebina@bocra.org.bw")])

M("mlt", "en", "nomination", "MLT", ("Kurt Farrugia Zammit", "kurt.farrugia-zammit@mca.org.mt"),
  "Malta - participation in SME consultation (Budapest, 10 Sept)", "2019-08-05 12:27:40",
"""Dear Mr Clark,

I refer to ITU Circular CI-19/35.

Malta is interested in the consultation sessions and I have been asked by the Ministry to represent Malta at the session in Budapest. My details are below; I will be in Budapest for the whole of Telecom World.

Kurt Farrugia Zammit
Senior Manager, Digital Economy
Malta Communications Authority
Valletta Waterfront, Pinto Wharf, Floriana FRN 1913
kurt.farrugia-zammit@mca.org.mt

Kind regards,
Kurt""", client="apple", tz="+0200",
  dels=[D("Kurt Farrugia Zammit", title="Senior Manager, Digital Economy", email="kurt.farrugia-zammit@mca.org.mt")])

M("tto", "en", "nomination", "TTO", ("Cheryl Ramdass-Baptiste", "cramdass@tatt.org.tt"),
  "TATT response to ITU Circular CI-19/35", "2019-08-17 01:30:26",
"""Dear SME Secretariat,

On behalf of the Government of the Republic of Trinidad and Tobago, the Telecommunications Authority of Trinidad and Tobago (TATT) wishes to confirm its interest in the "Fostering tech and innovation SMEs" consultation sessions.

TATT nominates Mr. Ravindra Persad-Maharaj, Manager, Economics and Market Development, to attend the session on 10 September 2019.

Email: rpersad@tatt.org.tt
Telephone: +1 868 675 8288 ext. 2231

Respectfully,
Cheryl Ramdass-Baptiste
International Affairs Coordinator
TATT, #5 Eighth Avenue Extension, Barataria""", tz="-0400",
  dels=[D("Ravindra Persad-Maharaj", title="Manager, Economics and Market Development", email="rpersad@tatt.org.tt")])

M("fji", "en", "nomination", "FJI", ("Mereoni Tuisawau", "mereoni.tuisawau@gmail.com"),
  "Fiji - nomination SME consultation", "2019-08-15 03:02:18",
"""Bula vinaka Christopher,

Greetings from Suva. Fiji would like to take part in the consultation sessions on tech and innovation SMEs.

The Ministry of Communications has nominated me to represent Fiji at the session in Budapest on 10 September. I am writing from my personal email as our government server has been down this week; please copy my official address mereoni.tuisawau@communications.gov.fj in future correspondence.

Mereoni Vuki Tuisawau
Principal Economic Planning Officer
Ministry of Communications, Government of Fiji
Level 4, Civic Tower, Suva

Vinaka vakalevu,
Mereoni""", client="gmail", tz="+1200",
  dels=[D("Mereoni Vuki Tuisawau", title="Principal Economic Planning Officer", email="mereoni.tuisawau@communications.gov.fj")])

M("png_mdn", "en", "auto_reply", None, ("Kila, Joshua", "jkila@ict.gov.pg"),
  "Read: " + CIRC_SUBJ, "2019-07-24 02:14:39", "", tz="+1000", irt=CIRC_MID, to="SME <sme@itu.int>",
  body=mdn_body("png_mdn", f"""Your message

To: SME
Subject: {CIRC_SUBJ}
Sent: Tuesday, July 23, 2019 2:41:07 PM (UTC) Coordinated Universal Time

was read on Wednesday, July 24, 2019 12:14:31 AM (UTC) Coordinated Universal Time.
""", "us-ascii", "ict.gov.pg; Microsoft Outlook 16.0", "jkila@ict.gov.pg", CIRC_MID), slug="outlook")

M("zmb", "en", "nomination", "ZMB", ("Musonda Chisenga", "mchisenga@mtc.gov.zm"),
  "ZAMBIA: NOMINATION FORM - CONSULTATION SESSION ON SMEs", "2019-08-15 11:43:06",
"""Good morning,

Kindly find attached the completed nomination form from the Ministry of Transport and Communications in response to CI-19/35.

Regards,

Musonda Chisenga (Ms)
Senior Planner
Ministry of Transport and Communications
Fairley Road, Lusaka""", tz="+0200",
  atts=[docx_att("Zambia_Nomination_CI-19-35.docx", [
      "**REPUBLIC OF ZAMBIA",
      "**MINISTRY OF TRANSPORT AND COMMUNICATIONS",
      "NOMINATION: ITU consultation session \u201cFostering tech and innovation SMEs\u201d, 10 September 2019, Budapest",
      [["Member State", "Zambia"],
       ["Full name (as in passport)", "Chanda Mwila Bwalya"],
       ["Title / Position", "Director - Communications"],
       ["Organisation", "Ministry of Transport and Communications"],
       ["E-mail", "chanda.bwalya@mtc.gov.zm"],
       ["Telephone", "+260 211 251 300"]],
      "Approved by: Eng. Misheck Lungu, Permanent Secretary (Communications)",
  ], author="mchisenga")],
  dels=[D("Chanda Mwila Bwalya", title="Director - Communications", email="chanda.bwalya@mtc.gov.zm")],
  slug="outlook_docx")

M("phish", "en", "unrelated", None, ("ITU IT Service Desk", "helpdesk@itu-int-mailsupport.com"),
  "[Action Required] sme@itu.int mailbox storage 98% full", "2019-08-10 04:12:55",
"""Dear sme@itu.int user,

Your mailbox has reached 98% of its storage quota. Incoming messages will be held and may be deleted after 48 hours.

To keep receiving mail, upgrade your quota now by validating your account:

https://itu-int-mailsupport.com/owa/validate?user=sme

Failure to validate will result in loss of messages.

IT Service Desk
International Telecommunication Union""", client="plain", tz="+0000", html=True,
  to="sme@itu.int", mid="<20190810041255.7A1C23B4E@vps-31877.hostingcloud.ru>", ip="185.212.47.19", slug="html")

M("budapest_hotel", "en", "unrelated", None, ("Budapest Event Housing", "groups@budapest-eventhousing.com"),
  "ITU Telecom World 2019 Budapest - hotel rooms still available near HUNGEXPO", "2019-08-05 09:48:30",
"""Dear Delegation Coordinator,

ITU Telecom World 2019 takes place in Budapest from 9 to 12 September. Hotels near the HUNGEXPO venue are filling quickly.

We still hold a limited allocation of rooms for delegations:
| Hotel | Distance | Rate per night |
| Park Inn Budapest | 6 min | EUR 129 |
| Hotel Arena | 10 min | EUR 99 |
| Danubius Hotel Helia | 25 min | EUR 145 |

Reply to this email with your dates and number of rooms and we will send a confirmation within 24 hours.

Best regards,
Reservations Team
Budapest Event Housing Kft.
Note: we are an independent agency and not affiliated with ITU.""", client="outlook", tz="+0200",
  domain="budapest-eventhousing.com")

M("irl", "en", "inquiry", "IRL", ("Aoife Ní Bhriain", "aoife.nibhriain@dccae.gov.ie"),
  "CI-19/35 - registration query", "2019-08-09 16:19:02",
"""Dear SME Secretariat,

We are considering a nomination for the consultation session in Budapest on 10 September and I'd be grateful for clarification on two points before we confirm.

1. Does the nominee need to register separately for ITU Telecom World 2019, or will the SME Secretariat arrange access to the venue for the session?
2. Is the session open only to government officials, or could Ireland's participant come from Enterprise Ireland, our state agency for start-ups?

Many thanks,
Aoife

Aoife Ní Bhriain
Higher Executive Officer
International Telecommunications Unit
Department of Communications, Climate Action & Environment
29-31 Adelaide Road, Dublin 2, D02 X285""", tz="+0100", charset="iso-8859-1")

ZWE_ORIG = """Dear Ms Chirwa,

Please find below the nomination from the Postal and Telecommunications Regulatory Authority of Zimbabwe (POTRAZ) for the ITU consultation session on fostering tech and innovation SMEs, 10 September 2019, Budapest:

Eng. Tatenda Rufaro Moyo
Director, Economic Regulation
t.moyo@potraz.gov.zw

We would appreciate it if you could pass this on to the responsible colleagues in Geneva.

Regards,
Tapiwa Gumbo
Public Relations and International Affairs
POTRAZ, Block C Emerald Park, 30 The Chase (West), Mount Pleasant, Harare"""
M("zwe", "en", "nomination", "ZWE", ("Chirwa, Tiyamike", "tiyamike.chirwa@itu.int"),
  "FW: Zimbabwe nomination - CI-19/35", "2019-08-13 09:14:44",
"""Dear SME colleagues,

Forwarding below the nomination from POTRAZ, which was sent to the Area Office in Harare instead of to sme@itu.int. I have advised them to use the Geneva address for any further correspondence.

Best,
Tiyamike

Tiyamike Chirwa
Programme Officer
ITU Area Office for Southern Africa, Harare""", client="internal", tz="+0200",
  quote=q_outlook("en", "Tapiwa Gumbo <tgumbo@potraz.gov.zw>", geneva("2019-08-12 11:02:00"), "Chirwa, Tiyamike <tiyamike.chirwa@itu.int>",
                  "Zimbabwe nomination - CI-19/35", ZWE_ORIG, sep="From: Tapiwa Gumbo <tgumbo@potraz.gov.zw>".replace("From: Tapiwa Gumbo <tgumbo@potraz.gov.zw>", "-----Original Message-----")),
  dels=[D("Tatenda Rufaro Moyo", title="Director, Economic Regulation", email="t.moyo@potraz.gov.zw")], slug="outlook")

M("mus", "en", "interest_only", "MUS", ("Devika Ramsurrun", "dramsurrun@govmu.org"),
  "CI-19/35 - Mauritius", "2019-08-14 10:01:29",
"""Dear Sir/Madam,

The Ministry of Technology, Communication and Innovation of the Republic of Mauritius refers to Circular CI-19/35 and wishes to register its interest in the consultation sessions on fostering tech and innovation SMEs.

The name of the officer who will attend the Budapest session will be communicated by the end of August, once the composition of our delegation to ITU Telecom World 2019 has been approved by Cabinet.

Yours faithfully,

D. Ramsurrun (Mrs)
for Permanent Secretary
Ministry of Technology, Communication and Innovation
Port Louis""", tz="+0400")

M("syc", "en", "decline", "SYC", ("Principal Secretary ICT", "ps@ict.gov.sc"),
  "Re: ITU Circular CI-19/35", "2019-08-16 09:31:50",
"""Dear Mr Clark,

Thank you for the invitation. Due to prior commitments Seychelles will regrettably not participate in the consultation session in Budapest and will not be submitting a nomination.

Sincerely,
Office of the Principal Secretary
Department of Information Communications Technology, Victoria, Mahé""", client="thunderbird", tz="+0400",
  quote=q_tb("On 23/07/2019 18:41, SME wrote:", CIRC["en"]))

M("nam", "en", "nomination", "NAM", ("Ndapewa Nangolo-Shikongo", "nnangolo@cran.na"),
  "Re: CI-19/35 consultation sessions - Namibia", "2019-08-02 08:55:33",
"""Good morning,

Namibia is interested in the SME consultation sessions.

I have been nominated by the Ministry of Information and Communication Technology to attend the session in Budapest on 10 September 2019.

Details:
Ndapewa Nangolo-Shikongo
Manager: Competition and Consumer Affairs
Communications Regulatory Authority of Namibia (CRAN)
nnangolo@cran.na

Warm regards""", client="gmail", tz="+0200", domain="cran.na",
  dels=[D("Ndapewa Nangolo-Shikongo", title="Manager: Competition and Consumer Affairs", email="nnangolo@cran.na")])

M("mwi", "en", "nomination", "MWI", ("Chikondi Phiri", "cphiri@macra.org.mw"),
  "Malawi - nomination for SME consultation session (CWG 2020)", "2019-09-23 12:06:17",
"""Dear SME Secretariat,

We regret that Malawi was unable to respond to Circular CI-19/35 before the Budapest session.

We understand that a similar consultation session will be held during the Council Working Group meetings in early 2020. Malawi would like to participate in that session and nominates Mr. Blessings Thokozani Chirwa, Deputy Director of Broadcasting and ICT Development, Malawi Communications Regulatory Authority (bchirwa@macra.org.mw).

Yours sincerely,
Chikondi Phiri
Manager, Corporate Affairs
MACRA, Blantyre""", tz="+0200",
  dels=[D("Blessings Thokozani Chirwa", title="Deputy Director of Broadcasting and ICT Development", email="bchirwa@macra.org.mw")],
  sess=["cwg-2020"])

M("brb", "en", "nomination", "BRB", ("Sandra Alleyne", "sandra_alleyne1968@yahoo.com"),
  "Barbados nomination SME session", "2019-08-16 23:20:40",
"""Good evening Mr. Clark,

Please accept this as the response of the Government of Barbados to Circular CI-19/35. Barbados is interested in the consultation sessions.

The Ministry of Innovation, Science and Smart Technology nominates Mr. Dwayne St. Clair Blackman, Senior Business Development Officer, to attend the session in Budapest. His email address is dwayne.blackman@barbados.gov.bb.

Sending from my personal mail as I am out of office this afternoon.

Sandra Alleyne
Permanent Secretary (Ag.)
Ministry of Innovation, Science and Smart Technology
Bridgetown""", client="yahoo", tz="-0400",
  dels=[D("Dwayne St. Clair Blackman", title="Senior Business Development Officer", email="dwayne.blackman@barbados.gov.bb")])

M("lso_other", "en", "unrelated", None, ("Thabo Mokhethi", "tmokhethi@lca.org.ls"),
  "Nomination - Council Working Group on Child Online Protection (CL-19/52)", "2019-08-12 14:40:07",
"""Dear Colleagues,

In response to Circular Letter CL-19/52, the Lesotho Communications Authority wishes to nominate Ms. 'Mathabo Lekhanya, Manager Consumer Affairs, as the Kingdom of Lesotho's expert to the Council Working Group on Child Online Protection.

Contact: mlekhanya@lca.org.ls

Regards,
Thabo Mokhethi
Board Secretary, LCA, Maseru""", tz="+0200")

# ============================================================================================
# French
# ============================================================================================

M("fra", "fr", "nomination", "FRA", ("VAUTRIN-MERCIER Anne-Sophie (DGE/SCIDE)", "anne-sophie.vautrin-mercier@finances.gouv.fr"),
  "Réponse de la France à la lettre circulaire CI-19/35", "2019-08-14 16:26:35",
"""Monsieur,

En réponse à la lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire savoir que la France est intéressée par la série de sessions de consultation consacrée aux PME technologiques et innovantes.

La Direction générale des Entreprises désigne pour la première session, le 10 septembre 2019 à Budapest, M. Thibault Morel-Lambert, chargé de mission « start-up et numérique » au bureau des affaires européennes et internationales (thibault.morel-lambert@finances.gouv.fr, +33 1 53 44 87 12).

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Anne-Sophie Vautrin-Mercier
Adjointe à la cheffe du bureau des affaires européennes et internationales
Direction générale des Entreprises - Service de la compétitivité, de l'innovation et du développement des entreprises
Ministère de l'Économie et des Finances
67, rue Barbès - 94200 Ivry-sur-Seine""", client="thunderbird", tz="+0200",
  dels=[D("Thibault Morel-Lambert", title="chargé de mission « start-up et numérique »", email="thibault.morel-lambert@finances.gouv.fr")])

M("sen", "fr", "nomination", "SEN", ("Awa Diallo Sarr", "awa.sarr@numerique.gouv.sn"),
  "TR: Lettre circulaire CI-19/35 - Désignation du Sénégal", "2019-08-08 12:14:09",
"""Monsieur Clark,

Faisant suite à la lettre circulaire CI-19/35, le Ministère de l'Économie numérique et des Télécommunications du Sénégal vous confirme son intérêt pour les sessions de consultation « Favoriser les PME technologiques et innovantes ».

Pour la session de Budapest, le Ministère a retenu M. Cheikh Tidiane Mbaye, Chef de la Division Innovation numérique et Start-up (cheikh.mbaye@numerique.gouv.sn). M. Mbaye fait également partie de la délégation sénégalaise à ITU Telecom World 2019.

Veuillez recevoir, Monsieur, nos salutations distinguées.

Awa Diallo Sarr
Conseillère technique chargée de la coopération internationale
Ministère de l'Économie numérique et des Télécommunications
Immeuble Tamaro, Dakar""", tz="+0000", charset="iso-8859-1",
  quote=q_circ("fr", tz_local="+0000"),
  dels=[D("Cheikh Tidiane Mbaye", title="Chef de la Division Innovation numérique et Start-up", email="cheikh.mbaye@numerique.gouv.sn")])

M("civ", "fr", "nomination", "CIV", ("Secrétariat DG ARTCI", "secretariat.dg@artci.ci"),
  "Courrier ARTCI - Participation à la session de consultation sur les PME (CI-19/35)", "2019-08-12 15:51:18",
"""Bonjour,

Veuillez trouver ci-joint le courrier de Monsieur le Directeur Général de l'ARTCI relatif à la participation de la Côte d'Ivoire aux sessions de consultation sur les PME technologiques et innovantes.

Pour information, la personne désignée est Mme Marie-Laure Kouassi, de la Direction de l'Économie numérique.

Bien cordialement,

Le Secrétariat du Directeur Général
Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI)
Marcory Anoumabo, 18 BP 2203 Abidjan 18""", tz="+0000", charset="windows-1252",
  atts=[pdf_att("Courrier_DG_ARTCI_UIT_CI-19-35.pdf", """**AUTORITE DE REGULATION DES TELECOMMUNICATIONS/TIC DE COTE D'IVOIRE
**Le Directeur Général

N/Réf. : 0871/ARTCI/DG/DCI/2019                          Abidjan, le 9 août 2019

Monsieur Houlin ZHAO
Secrétaire général
Union internationale des télécommunications (UIT)
Place des Nations, 1211 Genève 20, Suisse

Objet : Sessions de consultation pour les États Membres « Favoriser les PME technologiques et innovantes »
Réf. : Lettre circulaire CI-19/35 du 23 juillet 2019

Monsieur le Secrétaire général,

Par la lettre circulaire citée en référence, vous avez bien voulu inviter les États Membres à participer à une série de sessions de consultation consacrées aux PME technologiques et innovantes.

J'ai l'honneur de vous confirmer l'intérêt de la République de Côte d'Ivoire pour cette initiative, et de vous communiquer ci-après les coordonnées de la personne désignée pour prendre part à la première session, prévue le 10 septembre 2019 à Budapest :

Madame KOUASSI Adjoua Marie-Laure
Sous-Directrice du Développement des PME du numérique
Courriel : ml.kouassi@artci.ci
Téléphone : +225 20 34 43 73

Je vous prie d'agréer, Monsieur le Secrétaire général, l'expression de ma haute considération.

Le Directeur Général
Bilé Diéméléou""", title="Courrier DG ARTCI")],
  dels=[D("KOUASSI Adjoua Marie-Laure", aliases=["Marie-Laure Kouassi"], title="Sous-Directrice du Développement des PME du numérique", email="ml.kouassi@artci.ci")],
  slug="outlook_pdf")

M("mar", "fr", "nomination", "MAR", ("Nadia Cherkaoui", "cherkaoui@anrt.ma"),
  "RE: Lettre circulaire CI-19/35 - Participation du Royaume du Maroc", "2019-08-15 11:05:57",
"""Monsieur,

Suite à la lettre circulaire CI-19/35, j'ai le plaisir de vous informer que le Royaume du Maroc souhaite participer aux sessions de consultation sur les PME technologiques et innovantes.

L'Agence Nationale de Réglementation des Télécommunications (ANRT) désigne, pour la session du 10 septembre 2019 à Budapest :

- M. Youssef El Amrani, Chef de la Division Économie numérique, elamrani@anrt.ma
- Mme Salma Bennani-Smires, Ingénieure principale au Département Prospective, bennani.smires@anrt.ma

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

Nadia Cherkaoui
Chef du Service Coopération internationale
Agence Nationale de Réglementation des Télécommunications
Centre d'affaires, Bd Ar-Ryad, Hay Riad, Rabat""", tz="+0100", quote=q_circ("fr", tz_local="+0100"),
  dels=[D("Youssef El Amrani", title="Chef de la Division Économie numérique", email="elamrani@anrt.ma"),
        D("Salma Bennani-Smires", title="Ingénieure principale au Département Prospective", email="bennani.smires@anrt.ma")])

M("tun1", "fr", "nomination", "TUN", ("Bureau de la Coopération Internationale", "bci@mtcen.gov.tn"),
  "Candidature de la Tunisie - session de consultation PME (Budapest)", "2019-08-05 10:19:47",
"""Monsieur,

Le Ministère des Technologies de la Communication et de l'Economie Numérique a l'honneur de vous communiquer la candidature de M. Mohamed Karim Ben Salah, Directeur de l'Economie Numérique, pour participer à la session de consultation « Favoriser les PME technologiques et innovantes » qui se tiendra le 10 septembre 2019 à Budapest en marge d'ITU Telecom World 2019.

Adresse électronique : mk.bensalah@mtcen.gov.tn

Avec nos remerciements,

Bureau de la Coopération Internationale et des Relations Extérieures
MTCEN, 3 bis rue d'Angleterre, 1000 Tunis""", tz="+0100",
  dels=[D("Mohamed Karim Ben Salah", title="Directeur de l'Economie Numérique", email="mk.bensalah@mtcen.gov.tn")])

M("tun2", "fr", "correction", "TUN", ("Bureau de la Coopération Internationale", "bci@mtcen.gov.tn"),
  "RE: Candidature de la Tunisie - session de consultation PME (Budapest) - mise à jour", "2019-08-16 09:44:30",
"""Monsieur,

Suite à notre message du 5 août 2019, nous vous informons que la délégation tunisienne à la session de consultation de Budapest sera finalement composée de deux personnes :

1. M. Mohamed Karim Ben Salah, Directeur de l'Economie Numérique (mk.bensalah@mtcen.gov.tn)
2. Mme Rim Jaziri, Sous-directrice de l'appui aux startups (rim.jaziri@mtcen.gov.tn)

Nous vous prions de bien vouloir tenir compte de cette mise à jour.

Avec nos remerciements,

Bureau de la Coopération Internationale et des Relations Extérieures
MTCEN - Tunis""", tz="+0100", irt=None,
  quote=q_outlook("fr", "Bureau de la Coopération Internationale <bci@mtcen.gov.tn>", geneva("2019-08-05 10:18:00"), "sme@itu.int",
                  "Candidature de la Tunisie - session de consultation PME (Budapest)",
                  "Monsieur,\n\nLe Ministère des Technologies de la Communication et de l'Economie Numérique a l'honneur de vous communiquer la candidature de M. Mohamed Karim Ben Salah [...]", tz_local="+0100"),
  dels=[D("Mohamed Karim Ben Salah", title="Directeur de l'Economie Numérique", email="mk.bensalah@mtcen.gov.tn"),
        D("Rim Jaziri", title="Sous-directrice de l'appui aux startups", email="rim.jaziri@mtcen.gov.tn")],
  sup="tun1")

M("bel", "fr", "interest_only", "BEL", ("Pieter Vandenberghe", "pieter.vandenberghe@economie.fgov.be"),
  "CI-19/35 - Intérêt de la Belgique", "2019-08-09 14:37:21",
"""Cher Monsieur Clark,

La Belgique a bien reçu la lettre circulaire CI-19/35 et est intéressée par les sessions de consultation sur les PME technologiques et innovantes.

Nous sommes encore en train de coordonner avec les Régions (Bruxelles, Wallonie, Flandre), compétentes pour le soutien aux PME, afin de déterminer qui représentera la Belgique à Budapest. Le nom de notre participant vous sera communiqué dès que possible, en principe avant la fin du mois d'août.

Bien à vous,

Pieter Vandenberghe
Attaché - Affaires internationales télécoms
SPF Economie, P.M.E., Classes moyennes et Energie
Rue du Progrès 50, 1210 Bruxelles""", client="lotus", tz="+0200", charset="iso-8859-15")

M("che", "fr", "nomination", "CHE", ("Rochat Gerber Nadia BAKOM", "nadia.rochat@bakom.admin.ch"),
  "AW: CI-19/35 - Participation de la Suisse", "2019-07-31 15:08:27",
"""Monsieur Clark,

La Suisse se réjouit de cette initiative et participera volontiers à la série de sessions de consultation.

L'Office fédéral de la communication (OFCOM) me désigne comme participante pour la session de Budapest du 10 septembre 2019. Je participerai également volontiers aux sessions prévues en marge des Groupes de travail du Conseil début 2020 et du Forum du SMSI 2020.

Mes coordonnées :
Nadia Rochat Gerber
Cheffe de section Affaires internationales
Office fédéral de la communication OFCOM
Rue de l'Avenir 44, 2501 Bienne
nadia.rochat@bakom.admin.ch
Tél. +41 58 460 55 11

Avec mes meilleures salutations,
Nadia Rochat Gerber""", tz="+0200", charset="iso-8859-1",
  dels=[D("Nadia Rochat Gerber", title="Cheffe de section Affaires internationales", email="nadia.rochat@bakom.admin.ch")],
  sess=["budapest-2019", "cwg-2020", "wsis-2020"])

M("cmr", "fr", "nomination", "CMR", ("Cellule Coopération MINPOSTEL", "coop.minpostel@yahoo.fr"),
  "Désignation Cameroun / session de consultation PME technologiques", "2019-08-22 10:37:11",
"""Monsieur le Secrétaire général,

Nous avons l'honneur de porter à votre connaissance que, par décision de Madame le Ministre des Postes et Télécommunications, M. NGONO ESSOMBA Jean-Paul, Chef de la Cellule de la Coopération, a été désigné pour représenter la République du Cameroun à la session de consultation sur les PME technologiques et innovantes prévue à Budapest le 10 septembre 2019.

Nous vous prions de bien vouloir excuser le retard de cette réponse, dû aux procédures internes de validation.

Contact du participant : jp.ngono@minpostel.gov.cm / +237 222 23 06 15

Pour le Ministre et par ordre,
Le Chef de la Cellule de la Coopération p.i.
ABENA Marthe Clarisse""", client="yahoo", tz="+0100",
  dels=[D("NGONO ESSOMBA Jean-Paul", title="Chef de la Cellule de la Coopération", email="jp.ngono@minpostel.gov.cm")])

M("cod", "fr", "inquiry", "COD", ("Patrick Mukendi Kalala", "pmukendi.arptc@gmail.com"),
  "Demande d'information - lettre circulaire CI-19/35", "2019-08-07 13:02:54",
"""Bonjour Monsieur Clark,

L'Autorité de Régulation de la Poste et des Télécommunications du Congo (ARPTC) a pris connaissance de la lettre circulaire CI-19/35 et souhaiterait y donner suite.

Avant de désigner notre participant, nous aimerions savoir si l'UIT prévoit une prise en charge (billet d'avion et/ou indemnité journalière) pour les participants des pays les moins avancés, comme c'est le cas pour certaines réunions des commissions d'études.

Dans l'attente de votre réponse, veuillez agréer nos salutations distinguées.

Patrick Mukendi Kalala
Chargé des Relations internationales, ARPTC
Kinshasa/Gombe, République Démocratique du Congo""", client="gmail", tz="+0100")

M("bfa", "fr", "nomination", "BFA", ("Direction de la Coopération MDENP", "dc.mdenp@outlook.fr"),
  "Courrier MDENP - Session de consultation UIT PME (Budapest)", "2019-08-13 17:23:02",
"""Monsieur,

Nous vous prions de trouver ci-joint la lettre de désignation signée par Monsieur le Ministre du Développement de l'Économie numérique et des Postes du Burkina Faso.

Le Burkina Faso est représenté à la session de Budapest par :
M. Issouf Ouédraogo
Directeur général de l'Économie numérique
issouf.ouedraogo@mdenp.gov.bf
+226 25 49 00 47

Salutations distinguées.

La Direction de la Coopération
Ministère du Développement de l'Économie numérique et des Postes
Ouagadougou""", client="o365", tz="+0000",
  atts=[pdf_att("SCAN_Lettre_UIT_13082019.pdf", "", title="SCAN0047", scan=True, producer="RICOH MP C3004")],
  dels=[D("Issouf Ouédraogo", title="Directeur général de l'Économie numérique", email="issouf.ouedraogo@mdenp.gov.bf")],
  slug="o365_scan")

M("hti", "fr", "decline", "HTI", ("Jean-Robert Célestin", "jrcelestin.conatel@gmail.com"),
  "Re: Lettre circulaire CI-19/35", "2019-08-15 22:47:36",
"""Monsieur Clark,

Le Conseil National des Télécommunications (CONATEL) vous remercie de l'invitation. Malheureusement, compte tenu des contraintes budgétaires actuelles, Haïti ne sera pas en mesure de participer à la session de Budapest et ne désignera donc pas de participant.

Nous vous souhaitons plein succès dans l'organisation de ces consultations.

Cordialement,

Jean-Robert Célestin
Directeur des Affaires Juridiques et Internationales
CONATEL, 16 Avenue Marie-Jeanne, Port-au-Prince""", client="gmail", tz="-0400",
  quote=q_gmail("Le mar. 23 juil. 2019 à 10:41, SME <sme@itu.int> a écrit :", CIRC["fr"]))

M("bel_ooo", "fr", "auto_reply", None, ("Lambert Véronique", "veronique.lambert@ibpt.be"),
  "Réponse automatique : " + CIRC_SUBJ, "2019-07-23 16:52:08",
"""Bonjour,

Je suis absente du bureau jusqu'au 19 août inclus. Votre message ne sera pas transféré.
Pour toute question urgente, veuillez contacter le secrétariat au +32 2 226 88 88.

Goeiedag,

Ik ben afwezig tot en met 19 augustus. Uw bericht wordt niet doorgestuurd.

Véronique Lambert
IBPT / BIPT""", tz="+0200", irt=CIRC_MID, charset="windows-1252",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], slug="outlook")

BEN_ACK = itu_ack_msg("ben_ack", "a.houngbedji@numerique.gouv.bj", "Alain Houngbédji", geneva("2019-08-14 11:03:12"),
                      "RE: Désignation du Bénin - CI-19/35")
M("bounce_ben", "fr", "bounce", None, ("Microsoft Outlook", "postmaster@numerique.gouv.bj"),
  "Non remis : RE: Désignation du Bénin - CI-19/35", "2019-08-14 11:03:51", "", client="plain", tz="+0100",
  mid="<3a9c51d2-e1c4-4b06-8d0f-71a2b3c4d5e6@SRVMAIL01.numerique.gouv.bj>", hcs="utf-8", henc="Q",
  body=dsn_body("bounce_ben", """La remise a échoué pour ces destinataires ou groupes :

Alain Houngbédji (a.houngbedji@numerique.gouv.bj)
La boîte aux lettres du destinataire est pleine et ne peut pas accepter les messages pour l'instant. Réessayez d'envoyer le message plus tard ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : SRVMAIL01.numerique.gouv.bj

a.houngbedji@numerique.gouv.bj
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""", "utf-8", "SRVMAIL01.numerique.gouv.bj", rfcdate(geneva("2019-08-14 11:03:20").astimezone(tzobj("+0100"))),
                "rfc822;a.houngbedji@numerique.gouv.bj", "a.houngbedji@numerique.gouv.bj", "5.2.2",
                "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", None, orig_msg=BEN_ACK),
  to="SME Secretariat <sme@itu.int>", extra=[("Auto-Submitted", "auto-replied")], slug="exchange", delay=25)

M("ner", "fr", "nomination", "NER", ("Direction Economie Numerique", "den.mpt@intnet.ne"),
  "Lettre circulaire CI-19/35 - Niger", "2019-08-17 07:12:40",
"""Monsieur,

Comme suite à votre lettre circulaire CI-19/35, le Ministère des Postes, des Télécommunications et de l'Economie Numérique du Niger a l'honneur de vous communiquer le nom de sa représentante à la session de consultation du 10 septembre 2019 :

Nom et prénom : GARBA Zeinabou Moussa
Fonction : Directrice de l'Economie Numérique
Email : zeinabou.garba@mptenum.gouv.ne

Sincères salutations.

Le Directeur des Etudes et de la Programmation
Ministère des Postes, des Télécommunications et de l'Economie Numérique, Niamey""", client="roundcube", tz="+0100", queue=45470,
  charset="iso-8859-1", cte="quoted-printable",
  dels=[D("GARBA Zeinabou Moussa", title="Directrice de l'Economie Numérique", email="zeinabou.garba@mptenum.gouv.ne")])

M("gab", "fr", "interest_only", "GAB", ("Serge Nzigou Mouele", "s.nzigou@arcep.ga"),
  "Intérêt du Gabon pour les sessions de consultation PME", "2019-08-20 09:12:48",
"""Monsieur Christopher Clark,

Nous n'avons malheureusement pas pu nous organiser à temps pour la session de Budapest. L'Autorité de Régulation des Communications Électroniques et des Postes (ARCEP) du Gabon tient néanmoins à exprimer son intérêt pour les sessions suivantes, en particulier celle qui se tiendra pendant le Forum du SMSI 2020 à Genève.

Nous vous communiquerons le nom de notre représentant en temps utile.

Respectueusement,

Serge Nzigou Mouele
Conseiller du Président, chargé de la coopération
ARCEP Gabon, Libreville""", tz="+0100", sess=["wsis-2020"])

M("tgo", "fr", "nomination", "TGO", ("Afi Ameyo Adjovi", "afi.adjovi@numerique.gouv.tg"),
  "Participation du Togo - Session PME Budapest", "2019-08-11 20:41:22",
"""Bonsoir Monsieur Clark,

Le Ministère de l'Économie numérique et de la Transformation digitale du Togo est heureux de répondre favorablement à l'invitation contenue dans la lettre circulaire CI-19/35.

Notre représentant à Budapest sera M. Kossi Mawuena Agbeko, Directeur de l'Innovation et des Start-up, joignable à l'adresse k.agbeko@numerique.gouv.tg.

Excellente soirée,

Afi Ameyo Adjovi
Chargée d'études, Cabinet du Ministre
Lomé""", client="gmail", tz="+0000",
  dels=[D("Kossi Mawuena Agbeko", title="Directeur de l'Innovation et des Start-up", email="k.agbeko@numerique.gouv.tg")])

M("fr_forum", "fr", "unrelated", None, ("Forum Africain du Numérique", "contact@forum-afrinum.com"),
  "Invitation : Forum Africain du Numérique 2019 - Dakar, 27-28 novembre", "2019-08-01 08:30:00",
"""Madame, Monsieur,

Nous avons le plaisir de vous inviter à la 5e édition du Forum Africain du Numérique, qui se tiendra les 27 et 28 novembre 2019 au King Fahd Palace de Dakar.

Au programme : financement des start-up, inclusion financière, villes intelligentes, cybersécurité.

Inscription gratuite pour les représentants des administrations : www.forum-afrinum.com/inscription

Pour ne plus recevoir nos messages, répondez STOP.

L'équipe du Forum Africain du Numérique""", client="plain", tz="+0000", html=True, charset="utf-8",
  extra=[("Precedence", "bulk"), ("X-Mailer", "Sendinblue")], mid="<201908010830.51920331841@smtp-relay.sendinblue.com>",
  ip="185.41.28.109", slug="html")

# ============================================================================================
# Spanish
# ============================================================================================

M("esp", "es", "nomination", "ESP", ("Ortega Salcedo, Javier", "javier.ortega@economia.gob.es"),
  "RE: Carta circular CI-19/35 - Designación de España", "2019-08-14 12:48:03",
"""Estimado Sr. Clark:

En relación con la Carta Circular CI-19/35, le comunico que España está interesada en participar en las sesiones de consulta sobre el fomento de las PYME tecnológicas e innovadoras.

La Secretaría de Estado para el Avance Digital designa a Dña. María Jesús Pardo Iglesias, Jefa de Área de Emprendimiento Digital, para la primera sesión, que tendrá lugar en Budapest el 10 de septiembre de 2019. Su dirección de correo electrónico es mjesus.pardo@economia.gob.es.

Reciba un cordial saludo,

Javier Ortega Salcedo
Subdirector General Adjunto de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
C/ Poeta Joan Maragall, 41 - 28020 Madrid""", tz="+0200", charset="iso-8859-1", quote=q_circ("es"),
  dels=[D("María Jesús Pardo Iglesias", title="Jefa de Área de Emprendimiento Digital", email="mjesus.pardo@economia.gob.es")])

M("mex", "es", "nomination", "MEX", ("Gámez Rocha Luis Fernando", "luis.gamez@ift.org.mx"),
  "Designación de México - Sesión de consulta PYME, Budapest", "2019-08-15 19:32:50",
"""Sr. Christopher Clark
Secretaría PYME
Unión Internacional de Telecomunicaciones
Presente

En atención a la carta circular CI-19/35, por medio del presente me permito informarle que el Instituto Federal de Telecomunicaciones participará, en representación de México, en la primera sesión de consulta "Fomento de las PYME tecnológicas e innovadoras".

Para tal efecto, se designa al suscrito, Mtro. Luis Fernando Gámez Rocha, Director General Adjunto de Asuntos Internacionales, correo luis.gamez@ift.org.mx, teléfono +52 55 5015 4000 ext. 2271.

Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.

Atentamente,

Mtro. Luis Fernando Gámez Rocha
Director General Adjunto de Asuntos Internacionales
Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México""", tz="-0500", charset="windows-1252",
  dels=[D("Luis Fernando Gámez Rocha", title="Director General Adjunto de Asuntos Internacionales", email="luis.gamez@ift.org.mx")])

M("arg", "es", "nomination", "ARG", ("Florencia Arriola", "florenciabarriola@gmail.com"),
  "Argentina - sesión consultas PyMEs UIT", "2019-08-12 21:15:43",
"""Estimado Christopher, buenas tardes.

Te escribo desde la Secretaría de Gobierno de Modernización de la Nación. Argentina tiene interés en participar de las sesiones de consulta sobre PyMEs tecnológicas e innovadoras.

Para la sesión de Budapest la persona designada soy yo:

Lic. Florencia Belén Arriola
Coordinadora de Economía del Conocimiento
Secretaría de Gobierno de Modernización
farriola@modernizacion.gob.ar

Te escribo desde mi cuenta personal porque el servidor oficial está con problemas; por favor respondé a la dirección institucional.

Saludos cordiales,
Florencia""", client="gmail", tz="-0300", reply_to="Florencia Arriola <farriola@modernizacion.gob.ar>",
  dels=[D("Florencia Belén Arriola", title="Coordinadora de Economía del Conocimiento", email="farriola@modernizacion.gob.ar")])

M("col1", "es", "nomination", "COL", ("Asuntos Internacionales MinTIC", "internacional@mintic.gov.co"),
  "Respuesta Colombia - Carta Circular CI-19/35", "2019-08-06 17:04:29",
"""Señores
Secretaría PYME - UIT
Ginebra

Respetados señores:

El Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia agradece la invitación y manifiesta su interés en la serie de sesiones de consulta.

Para la sesión del 10 de septiembre en Budapest se designa a:

Nombre: Andrés Felipe Restrepo Gaviria
Cargo: Asesor del Despacho del Viceministro de Economía Digital
Correo: arestrepo@mintic.gov.com

Cordialmente,

Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Bogotá D.C.""", client="o365", tz="-0500",
  dels=[D("Andrés Felipe Restrepo Gaviria", title="Asesor del Despacho del Viceministro de Economía Digital", email="arestrepo@mintic.gov.com")])

M("col2", "es", "correction", "COL", ("Asuntos Internacionales MinTIC", "internacional@mintic.gov.co"),
  "RE: Respuesta Colombia - Carta Circular CI-19/35 - CORRECCIÓN", "2019-08-07 08:41:10",
"""Respetados señores:

Por un error de digitación, el correo electrónico de nuestro designado quedó mal escrito en el mensaje de ayer. Los datos correctos son:

Nombre: Andrés Felipe Restrepo Gaviria
Cargo: Asesor del Despacho del Viceministro de Economía Digital
Correo: arestrepo@mintic.gov.co

Agradecemos actualizar el registro.

Cordialmente,

Oficina de Asuntos Internacionales - MinTIC""", client="o365", tz="-0500",
  quote=q_outlook("es", "Asuntos Internacionales MinTIC <internacional@mintic.gov.co>", geneva("2019-08-06 17:04:00"),
                  "sme@itu.int", "Respuesta Colombia - Carta Circular CI-19/35",
                  "Señores\nSecretaría PYME - UIT\nGinebra\n\nRespetados señores:\n\nEl Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia agradece la invitación y manifiesta su interés en la serie de sesiones de consulta.\n\nPara la sesión del 10 de septiembre en Budapest se designa a:\n\nNombre: Andrés Felipe Restrepo Gaviria\nCargo: Asesor del Despacho del Viceministro de Economía Digital\nCorreo: arestrepo@mintic.gov.com", tz_local="-0500"),
  dels=[D("Andrés Felipe Restrepo Gaviria", title="Asesor del Despacho del Viceministro de Economía Digital", email="arestrepo@mintic.gov.co")],
  sup="col1")

M("chl", "es", "interest_only", "CHL", ("Paula Sepúlveda Contreras", "psepulveda@subtel.gob.cl"),
  "Chile: interés en sesiones de consulta PYME (CI-19/35)", "2019-08-14 23:58:19",
"""Estimado Sr. Clark:

Junto con saludarle, informo a usted que la Subsecretaría de Telecomunicaciones de Chile tiene interés en participar en la sesión de consulta que se realizará en Budapest.

La persona que asistirá se confirmará una vez que se apruebe la comisión de servicio correspondiente, lo que esperamos ocurra la próxima semana. Le haremos llegar el nombre apenas lo tengamos.

Saluda atentamente,

Paula Sepúlveda Contreras
Jefa (S) Departamento de Relaciones Internacionales
Subsecretaría de Telecomunicaciones - Ministerio de Transportes y Telecomunicaciones
Amunátegui 139, Santiago""", tz="-0400", charset="iso-8859-1")

M("per", "es", "inquiry", "PER", ("Rosa Huamán Quispe", "rhuamanq@mtc.gob.pe"),
  "Consulta sobre idioma de la sesión - CI-19/35", "2019-08-02 16:20:33",
"""Buenos días,

Por encargo de la Dirección General de Políticas y Regulación en Comunicaciones del MTC del Perú, quisiera consultar si la sesión de consulta del 10 de septiembre en Budapest contará con interpretación simultánea al español. De ello depende qué funcionario podríamos designar.

Asimismo, ¿existe una agenda preliminar de la sesión?

Muchas gracias de antemano.

Rosa Huamán Quispe
Especialista en Asuntos Internacionales
Ministerio de Transportes y Comunicaciones
Jr. Zorritos 1203, Lima""", client="gmail", tz="-0500", domain="mtc.gob.pe")

M("ecu", "es", "nomination", "ECU", ("Quipux MINTEL", "quipux@telecomunicaciones.gob.ec"),
  "Oficio Nro. MINTEL-SFSI-2019-0412-O - Designación sesión de consulta PYME UIT", "2019-08-13 22:07:18",
"""Usted ha recibido un documento electrónico del Sistema de Gestión Documental Quipux.

Documento: Oficio Nro. MINTEL-SFSI-2019-0412-O
De: Ministerio de Telecomunicaciones y de la Sociedad de la Información
Para: Sr. Houlin Zhao, Secretario General, Unión Internacional de Telecomunicaciones
Asunto: Designación sesión de consulta "Fomento de las PYME tecnológicas e innovadoras"

El documento se adjunta en formato PDF. Por favor no responda a este mensaje, ya que ha sido generado automáticamente.""",
  client="plain", tz="-0500", charset="utf-8",
  atts=[pdf_att("MINTEL-SFSI-2019-0412-O.pdf", """**MINISTERIO DE TELECOMUNICACIONES Y DE LA SOCIEDAD DE LA INFORMACION

Oficio Nro. MINTEL-SFSI-2019-0412-O
Quito, D.M., 13 de agosto de 2019

Asunto: Designación sesión de consulta "Fomento de las PYME tecnológicas e innovadoras"

Señor
Houlin Zhao
Secretario General
UNION INTERNACIONAL DE TELECOMUNICACIONES
En su Despacho

De mi consideración:

En atención a la Carta Circular CI-19/35 de 23 de julio de 2019, me permito expresar el interés de la República del Ecuador en las sesiones de consulta para los Estados Miembros, y designar a la Mgs. Diana Carolina Vélez Paredes, Subsecretaria de Fomento de la Sociedad de la Información y Gobierno Electrónico, como participante en la primera sesión, a celebrarse el 10 de septiembre de 2019 en Budapest, Hungría. Correo electrónico: diana.velez@telecomunicaciones.gob.ec

Con sentimientos de distinguida consideración.

Atentamente,

Documento firmado electrónicamente

Ing. Andrés Michelena Ayala
MINISTRO DE TELECOMUNICACIONES Y DE LA SOCIEDAD DE LA INFORMACION""", title="MINTEL-SFSI-2019-0412-O", producer="Quipux - iText 2.1.7")],
  dels=[D("Diana Carolina Vélez Paredes", title="Subsecretaria de Fomento de la Sociedad de la Información y Gobierno Electrónico", email="diana.velez@telecomunicaciones.gob.ec")],
  slug="quipux_pdf")

M("bol", "es", "decline", "BOL", ("Viceministerio de Telecomunicaciones", "vmtel@oopp.gob.bo"),
  "Respuesta a Carta Circular CI-19/35", "2019-08-16 15:12:04",
"""Señor Christopher Clark:

El Viceministerio de Telecomunicaciones del Estado Plurinacional de Bolivia agradece la invitación a las sesiones de consulta para los Estados Miembros.

Lamentamos informarle que, por razones de agenda institucional, Bolivia no participará en la sesión de Budapest ni designará representante en esta ocasión.

Atentamente,

Unidad de Relaciones Internacionales
Viceministerio de Telecomunicaciones
La Paz""", client="roundcube", tz="-0400")

M("ury", "es", "nomination", "URY", ("Martín Sosa Bentancor", "msosa@ursec.gub.uy"),
  "Designación Uruguay - sesión PYME Budapest", "2019-08-09 14:55:08",
"""Estimados,

Por la presente confirmo que Uruguay participará de la sesión de consulta sobre PYME tecnológicas e innovadoras del 10/09 en Budapest.

Asistirá quien suscribe:
Ing. Martín Sosa Bentancor
Gerente de Planificación y Relaciones Internacionales - URSEC
msosa@ursec.gub.uy

Saludos,
Martín""", client="thunderbird", tz="-0300",
  dels=[D("Martín Sosa Bentancor", title="Gerente de Planificación y Relaciones Internacionales", email="msosa@ursec.gub.uy")])

M("pry", "es", "nomination", "PRY", ("Dirección de Cooperación - MITIC", "cooperacion@mitic.gov.py"),
  "Nota MITIC N° 1187/2019 - Designación PYME UIT", "2019-08-26 15:40:22",
"""Señores
Unión Internacional de Telecomunicaciones
Secretaría PYME

Tenemos el agrado de dirigirnos a ustedes en referencia a la Carta Circular CI-19/35, a fin de comunicar que el Ministerio de Tecnologías de la Información y Comunicación (MITIC) designa a la Abog. Rocío Giménez Benítez, Directora General de Emprendimiento e Innovación Digital, para la sesión de consulta a realizarse el 10 de septiembre de 2019 en Budapest.

Solicitamos disculpas por la demora en la respuesta.

Correo de contacto: rgimenez@mitic.gov.py

Atentamente,

Dirección de Cooperación Internacional
MITIC - Asunción, Paraguay""", tz="-0400",
  dels=[D("Rocío Giménez Benítez", title="Directora General de Emprendimiento e Innovación Digital", email="rgimenez@mitic.gov.py")])

M("cri", "es", "nomination", "CRI", ("Karla Solano Jiménez", "karla.solano@micitt.go.cr"),
  "MICITT - Participación Costa Rica Sesión de Consulta PYME", "2019-08-15 18:26:41",
"""Buenas tardes, estimado señor Clark:

Reciba un cordial saludo de parte del Ministerio de Ciencia, Tecnología y Telecomunicaciones (MICITT) de Costa Rica.

En respuesta a la Carta Circular CI-19/35, Costa Rica desea participar en la primera sesión de consulta. Asistiremos dos personas:

| Nombre | Cargo | Correo |
| Esteban Mora Quesada | Director de Fomento a la Innovación | esteban.mora@micitt.go.cr |
| Karla Solano Jiménez | Asesora de Relaciones Internacionales | karla.solano@micitt.go.cr |

Quedamos atentos a cualquier información adicional.

Pura vida,

Karla Solano Jiménez
Asesora de Relaciones Internacionales, MICITT
Zapote, San José""", tz="-0600",
  dels=[D("Esteban Mora Quesada", title="Director de Fomento a la Innovación", email="esteban.mora@micitt.go.cr"),
        D("Karla Solano Jiménez", title="Asesora de Relaciones Internacionales", email="karla.solano@micitt.go.cr")])

M("cub", "es", "nomination", "CUB", ("Dirección de Relaciones Internacionales MINCOM", "dri@mincom.gob.cu"),
  "Cuba - sesion de consulta PYME (CI-19/35)", "2019-08-16 23:01:12",
"""Estimado Sr. Clark:

La Direccion de Relaciones Internacionales del Ministerio de Comunicaciones de la Republica de Cuba le saluda y, en respuesta a la Carta Circular CI-19/35, le informa que Cuba designa para la sesion de consulta de Budapest a la compañera Yanet Rodríguez Lorenzo, Especialista Principal de la Direccion de Informatizacion, correo yanet.rodriguez@mincom.gob.cu.

Saludos cordiales,

Direccion de Relaciones Internacionales
Ministerio de Comunicaciones
Ave. Independencia y 19 de Mayo, Plaza de la Revolucion, La Habana""", client="zimbra", tz="-0400",
  charset="iso-8859-1",
  dels=[D("Yanet Rodríguez Lorenzo", title="Especialista Principal de la Direccion de Informatizacion", email="yanet.rodriguez@mincom.gob.cu")])

M("dom", "es", "inquiry", "DOM", ("Julissa Peña de los Santos", "jpena@indotel.gob.do"),
  "Consulta - ¿puede designarse a representante del sector privado?", "2019-08-05 17:36:28",
"""Saludos cordiales,

El Instituto Dominicano de las Telecomunicaciones (INDOTEL) está evaluando su participación en la sesión del 10 de septiembre.

Nuestra consulta es la siguiente: ¿la persona designada debe ser un funcionario del gobierno, o puede la República Dominicana designar a un representante de la Asociación Dominicana de Empresas de Tecnología, que agrupa a las PYME del sector?

Gracias por su orientación.

Julissa Peña de los Santos
Encargada de Asuntos Internacionales
INDOTEL, Santo Domingo""", tz="-0400")

M("ven", "es", "nomination", "VEN", ("Gerencia de Relaciones Internacionales CONATEL", "rrii.conatel@gmail.com"),
  "Venezuela - designación sesión de consulta PYME", "2019-09-02 16:18:55",
"""Señores Secretaría PYME de la UIT:

Reciban un cordial saludo de la Comisión Nacional de Telecomunicaciones (CONATEL) de la República Bolivariana de Venezuela.

Aunque la fecha límite ha pasado, les informamos que Venezuela desea participar en la sesión de Budapest y designa a la ciudadana Yusmary Carolina Briceño Palacios, Gerente de Desarrollo Tecnológico, correo ybriceno@conatel.gob.ve.

Agradecemos de antemano su comprensión.

Gerencia de Relaciones Internacionales
CONATEL, Caracas""", client="gmail", tz="-0400",
  dels=[D("Yusmary Carolina Briceño Palacios", title="Gerente de Desarrollo Tecnológico", email="ybriceno@conatel.gob.ve")])

M("slv_ooo", "es", "auto_reply", None, ("Ana Beatriz Menjívar", "amenjivar@siget.gob.sv"),
  "Respuesta automática: " + CIRC_SUBJ, "2019-07-23 16:44:02",
"""Gracias por su mensaje.

Me encuentro fuera de la oficina en misión oficial hasta el 5 de agosto. Durante mi ausencia tendré acceso limitado al correo electrónico. Para asuntos urgentes, favor comunicarse con Rodrigo Alvarado al correo ralvarado@siget.gob.sv.

Ana Beatriz Menjívar
SIGET, El Salvador""", tz="-0600", irt=CIRC_MID,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], slug="outlook")

M("gtm", "es", "nomination", "GTM", ("Superintendencia de Telecomunicaciones", "despacho@sit.gob.gt"),
  "Guatemala designa participante - Sesión de Consulta UIT (Budapest)", "2019-08-16 16:02:37",
"""Señores Unión Internacional de Telecomunicaciones,

Por instrucciones del Superintendente de Telecomunicaciones, hago de su conocimiento que Guatemala participará en la sesión de consulta del 10 de septiembre de 2019 en Budapest, Hungría, por medio del Ingeniero Otto René Cifuentes Ajanel, Intendente de Regulación, a quien pueden escribir a ocifuentes@sit.gob.gt.

Atentamente,

Licda. Mónica Paz Girón
Secretaria Ejecutiva del Despacho
Superintendencia de Telecomunicaciones de Guatemala""", tz="-0600",
  dels=[D("Otto René Cifuentes Ajanel", title="Intendente de Regulación", email="ocifuentes@sit.gob.gt")])

M("pan", "es", "interest_only", "PAN", ("Ricardo Him González", "rhim@innovacion.gob.pa"),
  "Panamá - interés en futuras sesiones de consulta PYME", "2019-08-13 19:49:25",
"""Estimado señor Clark:

La Autoridad Nacional para la Innovación Gubernamental (AIG) de Panamá agradece la invitación. Por compromisos previos no nos será posible asistir a Budapest, pero sí nos interesa participar en las sesiones que se organizarán durante las reuniones de los Grupos de Trabajo del Consejo y el Foro de la CMSI, ambas en 2020.

Oportunamente les haremos llegar el nombre de nuestro representante.

Atentamente,

Ricardo Him González
Director de Cooperación Técnica Internacional, AIG""", client="apple", tz="-0500",
  sess=["cwg-2020", "wsis-2020"])

# ============================================================================================
# Arabic
# ============================================================================================

M("egy", "ar", "nomination", "EGY", ("Mona Fathy Abdelaziz", "mfathy@mcit.gov.eg"),
  "رد: الرسالة المعممة CI-19/35 - ترشيح جمهورية مصر العربية", "2019-08-11 13:22:05",
"""السيد/ كريستوفر كلارك
أمانة الشركات الصغيرة والمتوسطة - الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة 23 يوليو 2019 بشأن جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسر وزارة الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية أن تعرب عن اهتمامها بالمشاركة في هذه الجلسات.

وقد تم ترشيح المهندسة/ نهى سمير الشناوي، مدير عام ريادة الأعمال بهيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)، لحضور الجلسة الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019.

| الاسم | Noha Samir El-Shenawy |
| الوظيفة | مدير عام ريادة الأعمال - إيتيدا |
| البريد الإلكتروني | noha.elshenawy@itida.gov.eg |

وتفضلوا بقبول فائق الاحترام،

منى فتحي عبد العزيز
مدير إدارة العلاقات الدولية
وزارة الاتصالات وتكنولوجيا المعلومات
القرية الذكية، الجيزة""", tz="+0200", charset="windows-1256", rtl=True, quote=q_circ("ar", clang="ar"),
  dels=[D("نهى سمير الشناوي", aliases=["Noha Samir El-Shenawy"], title="مدير عام ريادة الأعمال بهيئة تنمية صناعة تكنولوجيا المعلومات", email="noha.elshenawy@itida.gov.eg")],
  slug="outlook_win1256")

M("sau1", "ar", "nomination", "SAU", ("إدارة التعاون الدولي", "intl@citc.gov.sa"),
  "ترشيح المملكة العربية السعودية لجلسة التشاور بشأن الشركات الصغيرة والمتوسطة", "2019-08-07 10:48:13",
"""سعادة السيد/ كريستوفر كلارك                    المحترم

السلام عليكم ورحمة الله وبركاته،

إشارة إلى خطاب الأمين العام للاتحاد الدولي للاتصالات رقم CI-19/35 بشأن جلسات التشاور للدول الأعضاء، نفيدكم باهتمام المملكة العربية السعودية بالمشاركة في هذه الجلسات، وبترشيح الأستاذ/ فهد بن عبدالله القحطاني، مدير إدارة دعم المنشآت الصغيرة والمتوسطة بهيئة الاتصالات وتقنية المعلومات، لحضور الجلسة الأولى التي ستعقد في بودابست على هامش معرض تليكوم العالمي 2019.

البريد الإلكتروني للمرشح: falqahtani@citc.gov.sa

وتقبلوا خالص التحية والتقدير،

إدارة التعاون الدولي
هيئة الاتصالات وتقنية المعلومات
الرياض - المملكة العربية السعودية""", tz="+0300", charset="utf-8", cte="base64", rtl=True,
  dels=[D("فهد بن عبدالله القحطاني", title="مدير إدارة دعم المنشآت الصغيرة والمتوسطة", email="falqahtani@citc.gov.sa")])

M("sau2", "ar", "correction", "SAU", ("إدارة التعاون الدولي", "intl@citc.gov.sa"),
  "تعديل ترشيح المملكة العربية السعودية - جلسة بودابست", "2019-08-15 09:02:44",
"""سعادة السيد/ كريستوفر كلارك                    المحترم

السلام عليكم ورحمة الله وبركاته،

إلحاقاً لرسالتنا المؤرخة 7 أغسطس 2019، نود إفادتكم بتعذر مشاركة الأستاذ/ فهد القحطاني لارتباطه بمهام رسمية أخرى، وعليه فقد تقرر ترشيح المهندسة/ ريم بنت سعد العتيبي، مستشارة الابتكار وريادة الأعمال، بدلاً منه لحضور جلسة التشاور في بودابست.

بيانات المرشحة:
الاسم: ريم بنت سعد العتيبي (Reem Saad Alotaibi)
البريد الإلكتروني: rsalotaibi@citc.gov.sa

نأمل التكرم بتحديث بياناتكم، مع الشكر.

إدارة التعاون الدولي
هيئة الاتصالات وتقنية المعلومات""", tz="+0300", charset="utf-8", cte="base64", rtl=True,
  dels=[D("ريم بنت سعد العتيبي", aliases=["Reem Saad Alotaibi"], title="مستشارة الابتكار وريادة الأعمال", email="rsalotaibi@citc.gov.sa")],
  sup="sau1")

M("are", "ar", "nomination", "ARE", ("Hessa Al Mazrouei", "hessa.almazrouei@tra.gov.ae"),
  "RE: CI-19/35 - ترشيح دولة الإمارات العربية المتحدة", "2019-08-14 15:37:29",
"""السادة/ أمانة الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة،

يسر هيئة تنظيم الاتصالات في دولة الإمارات العربية المتحدة إبلاغكم باهتمام الدولة بسلسلة جلسات التشاور، وترشيح كل من:

1. السيدة مريم خليفة المهيري - مدير إدارة الابتكار والتحول الرقمي
   Maryam Khalifa Al Muhairi - maryam.almuhairi@tra.gov.ae
2. السيد سالم راشد النعيمي - أخصائي أول تطوير الأعمال الرقمية
   Salem Rashid Al Nuaimi - salem.alnuaimi@tra.gov.ae

للمشاركة في الجلسة الأولى في بودابست بتاريخ 10 سبتمبر 2019.

مع خالص التحية،

حصة المزروعي
Hessa Al Mazrouei
International Affairs | الشؤون الدولية
Telecommunications Regulatory Authority | هيئة تنظيم الاتصالات
P.O. Box 26662, Abu Dhabi, UAE""", client="o365", tz="+0400", rtl=True, quote=q_circ("ar", clang="en", tz_local="+0400"),
  dels=[D("مريم خليفة المهيري", aliases=["Maryam Khalifa Al Muhairi"], title="مدير إدارة الابتكار والتحول الرقمي", email="maryam.almuhairi@tra.gov.ae"),
        D("سالم راشد النعيمي", aliases=["Salem Rashid Al Nuaimi"], title="أخصائي أول تطوير الأعمال الرقمية", email="salem.alnuaimi@tra.gov.ae")])

M("jor", "ar", "nomination", "JOR", ("Rania Haddadin", "rania.haddadin@modee.gov.jo"),
  "مشاركة المملكة الأردنية الهاشمية في جلسة التشاور - بودابست", "2019-08-12 11:09:58",
"""حضرة السيد كريستوفر كلارك المحترم،

تهديكم وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية أطيب تحياتها، وتود إعلامكم برغبة المملكة في المشاركة في جلسات التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار.

وقد رشحت الوزارة الدكتورة لينا عادل الخطيب، مديرة مديرية الريادة والإبداع، لتمثيل المملكة في الجلسة الأولى في بودابست. ويمكن التواصل معها على العنوان: lina.khatib@modee.gov.jo

وتفضلوا بقبول فائق الاحترام،

رانيا حدادين
وحدة التعاون الدولي
وزارة الاقتصاد الرقمي والريادة - عمّان""", tz="+0300", charset="windows-1256", rtl=True,
  dels=[D("لينا عادل الخطيب", title="مديرة مديرية الريادة والإبداع", email="lina.khatib@modee.gov.jo")],
  slug="outlook_win1256")

M("lbn", "ar", "nomination", "LBN", ("Maya Khoury", "mkhoury@mpt.gov.lb"),
  "Re: CI-19/35", "2019-08-16 13:00:41",
"""السيد كريستوفر كلارك،

تحية وبعد،

بناءً على الرسالة المعممة CI-19/35، تود وزارة الاتصالات في الجمهورية اللبنانية إعلامكم بأنها ترشّح السيد جورج إلياس حداد، رئيس دائرة التخطيط والتطوير، للمشاركة في جلسة التشاور في بودابست.

Georges Elias Haddad
Head, Planning and Development Department
Ministry of Telecommunications, Beirut
ghaddad@mpt.gov.lb

مع الشكر،
مايا خوري
مكتب المدير العام للاستثمار والصيانة""", client="thunderbird", tz="+0300", rtl=False,
  quote=q_tb("On 23/07/2019 17:41, SME wrote:", CIRC["en"]),
  dels=[D("جورج إلياس حداد", aliases=["Georges Elias Haddad"], title="رئيس دائرة التخطيط والتطوير", email="ghaddad@mpt.gov.lb")])

M("omn", "ar", "nomination", "OMN", ("Directorate of International Cooperation", "intcoop@mtc.gov.om"),
  "ترشيح سلطنة عمان - جلسة التشاور للشركات الصغيرة والمتوسطة", "2019-08-10 08:20:36",
"""السادة/ الاتحاد الدولي للاتصالات - جنيف

تحية طيبة وبعد،

إشارة إلى الرسالة المعممة CI-19/35 المؤرخة في 23 يوليو 2019، يسرنا إفادتكم بأن وزارة التقنية والاتصالات في سلطنة عمان ترشح المهندس/ خالد بن سعيد البلوشي، مدير دائرة تنمية صناعة تقنية المعلومات، لحضور جلسة التشاور الأولى في بودابست بتاريخ 10 سبتمبر 2019.

البريد الإلكتروني: khalid.albalushi@mtc.gov.om

وتفضلوا بقبول وافر الاحترام والتقدير،

دائرة التعاون الدولي
وزارة التقنية والاتصالات
مسقط""", client="squirrel", tz="+0400", charset="iso-8859-6", cte="quoted-printable",
  dels=[D("خالد بن سعيد البلوشي", title="مدير دائرة تنمية صناعة تقنية المعلومات", email="khalid.albalushi@mtc.gov.om")],
  slug="webmail_iso88596")

M("kwt", "ar", "interest_only", "KWT", ("Abdullah Al-Enezi", "a.alenezi@citra.gov.kw"),
  "الرسالة المعممة CI-19/35 - دولة الكويت", "2019-08-15 12:55:10",
"""السيد/ كريستوفر كلارك المحترم

تحية طيبة وبعد،

تود هيئة الاتصالات وتقنية المعلومات في دولة الكويت إبلاغكم باهتمامها بالمشاركة في جلسة التشاور التي ستعقد في بودابست، على أن يتم تزويدكم باسم المشارك فور صدور الموافقة الرسمية على تشكيل الوفد.

مع التحية،

عبدالله العنزي
إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات""", tz="+0300", charset="windows-1256", rtl=True, slug="outlook_win1256")

M("qat", "ar", "nomination", "QAT", ("Aisha Al-Kuwari", "aalkuwari@motc.gov.qa"),
  "جلسة التشاور - تليكوم العالمي 2019 - ترشيح", "2019-08-13 14:14:52",
"""السلام عليكم،

أرجو التكرم بتسجيل اسمي كممثلة لدولة قطر في جلسة التشاور "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار" في بودابست، وذلك بتكليف من وزارة المواصلات والاتصالات.

الاسم: عائشة محمد الكواري
المسمى الوظيفي: رئيس قسم ريادة الأعمال الرقمية
الجهة: وزارة المواصلات والاتصالات - دولة قطر
البريد: aalkuwari@motc.gov.qa

شكراً جزيلاً،
عائشة""", client="o365", tz="+0300", rtl=True,
  dels=[D("عائشة محمد الكواري", title="رئيس قسم ريادة الأعمال الرقمية", email="aalkuwari@motc.gov.qa")])

M("irq", "ar", "inquiry", "IRQ", ("Haider Kadhim", "haider.kadhim@cmc.iq"),
  "استفسار بخصوص جلسة التشاور في بودابست", "2019-08-04 10:37:02",
"""السادة في الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة،

نحن في هيئة الإعلام والاتصالات العراقية نرغب في المشاركة في جلسة التشاور، ولدينا سؤالان قبل إرسال الترشيح:

1- هل يمكن للاتحاد إصدار رسالة دعوة رسمية تساعد المرشح في الحصول على تأشيرة الدخول إلى هنغاريا؟
2- هل تكفي التسجيل في معرض تليكوم العالمي أم يلزم تسجيل منفصل للجلسة؟

مع الشكر والتقدير،
حيدر كاظم
قسم العلاقات الدولية - هيئة الإعلام والاتصالات - بغداد""", client="gmail", tz="+0300", rtl=True, domain="cmc.iq")

M("sdn", "ar", "nomination", "SDN", ("Mohamed Osman", "mohamedosman.tel@gmail.com"),
  "ترشيح السودان - جلسة التشاور بودابست", "2019-08-18 10:05:17",
"""السيد كريستوفر كلارك،

السلام عليكم ورحمة الله،

نعتذر عن التأخير في الرد بسبب الظروف التي مرت بها البلاد خلال الفترة الماضية.

تود وزارة الاتصالات والتحول الرقمي ترشيح المهندس محمد عثمان الطيب، مدير إدارة السياسات والتخطيط، للمشاركة في جلسة التشاور في بودابست. ونرجو قبول هذا الترشيح رغم انقضاء المهلة.

بريده الإلكتروني: m.eltayeb@mict.gov.sd
هاتف: 249912345678+

مع فائق التقدير""", client="gmail", tz="+0200", rtl=True,
  dels=[D("محمد عثمان الطيب", title="مدير إدارة السياسات والتخطيط", email="m.eltayeb@mict.gov.sd")])

M("dza", "ar", "nomination", "DZA", ("Direction de la Coopération MPTTN", "cooperation@mpttn.gov.dz"),
  "ترشيح الجزائر - Désignation Algérie - CI-19/35", "2019-08-15 10:31:00",
"""السيد الأمين العام للاتحاد الدولي للاتصالات،

يشرفنا أن نعلمكم بأن وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة تعرب عن اهتمامها بجلسات التشاور، وقد تم تعيين السيدة سامية بن عيسى، نائبة مدير ترقية المؤسسات الناشئة، لتمثيل الجزائر في الجلسة الأولى ببودابست.

Mme Samia Benaissa, Sous-directrice de la promotion des start-up
Courriel : s.benaissa@mpttn.gov.dz

تقبلوا فائق عبارات التقدير والاحترام.

مديرية التعاون
وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة
الجزائر العاصمة""", tz="+0100", charset="windows-1256", rtl=True,
  dels=[D("سامية بن عيسى", aliases=["Samia Benaissa"], title="نائبة مدير ترقية المؤسسات الناشئة", email="s.benaissa@mpttn.gov.dz")],
  slug="outlook_win1256")

M("bhr_ooo", "ar", "auto_reply", None, ("Fatima Al-Sayed", "f.alsayed@tra.org.bh"),
  "رد تلقائي: " + CIRC_SUBJ, "2019-07-24 07:02:15",
"""شكراً لرسالتكم.

أنا خارج المكتب حالياً وسأعود يوم الأحد 4 أغسطس 2019. للأمور العاجلة يرجى التواصل مع مكتب الشؤون الدولية على الرقم 17520000 973+.

Thank you for your email. I am currently out of the office and will be back on Sunday 4 August 2019.

فاطمة السيد""", tz="+0300", irt=CIRC_MID, rtl=True,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], slug="outlook")

M("lby", "ar", "decline", "LBY", ("General Authority for Communications and Informatics", "info@gaci.gov.ly"),
  "رد على الرسالة المعممة CI-19/35", "2019-08-14 16:40:09",
"""السادة/ الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

تشكر الهيئة العامة للاتصالات والمعلوماتية دعوتكم الكريمة، وتأسف لإبلاغكم بعدم تمكن دولة ليبيا من المشاركة في جلسة التشاور المزمع عقدها في بودابست، نظراً للظروف الراهنة.

والسلام عليكم،

مكتب التعاون الدولي
الهيئة العامة للاتصالات والمعلوماتية - طرابلس""", client="roundcube", tz="+0200", rtl=True)

M("mrt", "ar", "nomination", "MRT", ("Ahmed Salem Ould Cheikh", "ahmedsalem.cheikh@tic.gov.mr"),
  "ترشيح موريتانيا لجلسة التشاور", "2019-08-16 16:18:23",
"""السيد المحترم كريستوفر كلارك،

تحية طيبة،

بناءً على تعليمات معالي الوزير، يسرني إبلاغكم بأن الجمهورية الإسلامية الموريتانية ترشح السيد محمد الأمين ولد أحمد سالم، المستشار المكلف بالاقتصاد الرقمي، لحضور جلسة التشاور حول الشركات الصغيرة والمتوسطة في بودابست.

M. Mohamed Lemine Ould Ahmed Salem
mlemine.ahmedsalem@tic.gov.mr

مع أسمى عبارات التقدير،

أحمد سالم ولد الشيخ
مدير التعاون
وزارة التعليم العالي والبحث العلمي وتقنيات الإعلام والاتصال - نواكشوط""", tz="+0000", charset="utf-8", rtl=True,
  dels=[D("محمد الأمين ولد أحمد سالم", aliases=["Mohamed Lemine Ould Ahmed Salem"], title="المستشار المكلف بالاقتصاد الرقمي", email="mlemine.ahmedsalem@tic.gov.mr")])

M("ar_spam", "ar", "unrelated", None, ("مركز الخليج للتدريب", "courses@gulf-training-center.net"),
  "دورة تدريبية: إدارة المشاريع الاحترافية PMP - دبي - سبتمبر 2019", "2019-08-06 06:00:14",
"""يسر مركز الخليج للتدريب والاستشارات دعوتكم للمشاركة في الدورة التدريبية:

إدارة المشاريع الاحترافية (PMP)
دبي: 15 - 19 سبتمبر 2019
إسطنبول: 6 - 10 أكتوبر 2019

تشمل الرسوم: الحقيبة التدريبية، شهادة معتمدة، وجبة غداء يومية.

للتسجيل والاستفسار: 971501234567+ (واتساب)

لإلغاء الاشتراك في القائمة البريدية يرجى الرد بكلمة "إلغاء".""", client="plain", tz="+0400", html=True, rtl=True,
  extra=[("Precedence", "bulk")], mid="<20190806060014.3F1A9B77C2@mail.gulf-training-center.net>", ip="5.188.87.44",
  slug="html_win")

# ============================================================================================
# Russian
# ============================================================================================

M("rus1", "ru", "nomination", "RUS", ("Департамент международного сотрудничества", "dms@digital.gov.ru"),
  "О направлении представителя на консультационную сессию МСЭ (CI-19/35)", "2019-08-09 11:42:18",
"""Уважаемый г-н Кларк!

В связи с циркулярным письмом МСЭ CI-19/35 от 23 июля 2019 г. Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации подтверждает заинтересованность в участии в серии консультационных сессий «Содействие технологическим и инновационным МСП».

Для участия в первой сессии, которая состоится 10 сентября 2019 г. в г. Будапеште, Минкомсвязь России направляет Смирнову Екатерину Андреевну, консультанта отдела многостороннего сотрудничества Департамента международного сотрудничества.

Контактные данные:
ФИО: Смирнова Екатерина Андреевна (Ekaterina Smirnova)
Должность: консультант отдела многостороннего сотрудничества Департамента международного сотрудничества
Эл. почта: e.smirnova@digital.gov.ru
Тел.: +7 495 771-80-00, доб. 1437

С уважением,
Департамент международного сотрудничества
Минкомсвязь России
125039, Москва, Пресненская наб., д. 10, стр. 2""", tz="+0300", charset="windows-1251",
  dels=[D("Смирнова Екатерина Андреевна", aliases=["Ekaterina Smirnova"], title="консультант отдела многостороннего сотрудничества Департамента международного сотрудничества", email="e.smirnova@digital.gov.ru")],
  slug="outlook_cp1251")

M("rus2", "ru", "correction", "RUS", ("Постоянное представительство России в Женеве", "mission.russian@mid.ru"),
  "Замена участника консультационной сессии МСЭ в Будапеште", "2019-08-16 15:27:40",
"""Уважаемые коллеги,

По поручению Минкомсвязи России информируем об изменении в составе участников консультационной сессии "Содействие технологическим и инновационным МСП" (Будапешт, 10 сентября 2019 г.).

Вместо Смирновой Е.А. в сессии примет участие заместитель директора Департамента международного сотрудничества Волков Дмитрий Игоревич (Dmitry Volkov), эл. почта d.volkov@digital.gov.ru.

Просим внести соответствующие изменения в список участников.

С уважением,
А.В. Лебедев
советник
Постоянное представительство Российской Федерации при Отделении ООН и других международных организациях в Женеве
Av. de la Paix 15, 1202 Geneva""", client="thunderbird", tz="+0200", charset="koi8-r",
  dels=[D("Волков Дмитрий Игоревич", aliases=["Dmitry Volkov"], title="заместитель директора Департамента международного сотрудничества", email="d.volkov@digital.gov.ru")],
  sup="rus1", slug="thunderbird_koi8r")

M("blr", "ru", "nomination", "BLR", ("Управление международного сотрудничества", "mts@mpt.gov.by"),
  "Ответ на циркулярное письмо CI-19/35", "2019-08-13 09:15:04",
"""Уважаемый господин Кларк,

Министерство связи и информатизации Республики Беларусь выражает заинтересованность в участии в консультационных сессиях для Государств-Членов и предлагает кандидатуру Ковалевич Ольги Николаевны, начальника управления развития цифровой экономики, для участия в первой сессии в Будапеште.

Ковалевич Ольга Николаевна
начальник управления развития цифровой экономики
Министерство связи и информатизации Республики Беларусь
o.kovalevich@mpt.gov.by, +375 17 287 87 15

С уважением,
управление международного сотрудничества
Министерства связи и информатизации Республики Беларусь
г. Минск, пр. Независимости, 10""", client="o365", tz="+0300",
  quote=q_circ("ru", tz_local="+0300"),
  dels=[D("Ковалевич Ольга Николаевна", title="начальник управления развития цифровой экономики", email="o.kovalevich@mpt.gov.by")])

M("kaz", "ru", "nomination", "KAZ", ("Жанар Сейткали", "zh.seitkali@mdai.gov.kz"),
  "Казахстан - консультационная сессия МСЭ по МСП", "2019-08-14 07:33:21",
"""Добрый день, уважаемый Кристофер!

Направляю информацию по участию Республики Казахстан в консультационной сессии по МСП в Будапеште.

От Министерства цифрового развития, оборонной и аэрокосмической промышленности РК в сессии примет участие директор Департамента цифровизации и развития ИТ-индустрии Нурланов Арман Серикович.

Данные участника:
- Нурланов Арман Серикович / NURLANOV Arman
- a.nurlanov@mdai.gov.kz

Буду признательна за подтверждение получения.

С уважением,
Жанар Сейткали
главный эксперт Департамента международного сотрудничества
г. Нур-Султан, Дом министерств""", client="yandex", tz="+0600",
  dels=[D("Нурланов Арман Серикович", aliases=["NURLANOV Arman"], title="директор Департамента цифровизации и развития ИТ-индустрии", email="a.nurlanov@mdai.gov.kz")],
  domain="mdai.gov.kz")

M("tkm", "ru", "nomination", "TKM", ("Министерство промышленности и связи Туркменистана", "mfa-itu@online.tm"),
  "Участие Туркменистана в консультационной сессии МСЭ", "2019-08-16 10:58:47",
"""Уважаемый господин Кларк,

Министерство промышленности и связи Туркменистана свидетельствует свое уважение Секретариату Международного союза электросвязи и, ссылаясь на циркулярное письмо CI-19/35, имеет честь сообщить о решении направить на консультационную сессию в Будапеште главного специалиста отдела внешних связей Оразову Огулджерен Мурадовну.

Сведения об участнике: Оразова Огулджерен Мурадовна, главный специалист отдела внешних связей, тел. +993 12 44-66-21, o.orazova@mps.gov.tm.

С уважением,
отдел внешних связей
г. Ашхабад""", client="plain", tz="+0500", charset="koi8-r", cte="8bit",
  dels=[D("Оразова Огулджерен Мурадовна", title="главный специалист отдела внешних связей", email="o.orazova@mps.gov.tm")],
  slug="plain_koi8r")

M("russoft", "ru", "inquiry", None, ("Ассоциация РУССОФТ", "info@russoft-assoc.ru"),
  "Вопрос об участии компаний-членов ассоциации в консультациях МСЭ по МСП", "2019-08-08 14:02:39",
"""Здравствуйте!

Ассоциация разработчиков программного обеспечения объединяет более 200 небольших ИТ-компаний России, многие из которых интересуются работой МСЭ после снижения взносов для МСП.

Подскажите, пожалуйста, могут ли представители компаний-членов ассоциации присутствовать на консультационной сессии в Будапеште 10 сентября в качестве наблюдателей, или сессия закрыта и предназначена только для делегаций Государств-Членов?

Заранее благодарим за ответ.

С уважением,
Мария Голубева
руководитель международных проектов
+7 812 325-21-04""", client="mailru", tz="+0300", domain="russoft-assoc.ru")

M("ru_ooo", "ru", "auto_reply", None, ("Тарасов Илья Валерьевич", "tarasov@minsvyaz.ru"),
  "Автоответ: " + CIRC_SUBJ, "2019-07-23 16:47:55",
"""Здравствуйте!

Я в отпуске до 12 августа. По срочным вопросам обращайтесь, пожалуйста, к Павловой Анне Сергеевне: pavlova@minsvyaz.ru.

С уважением,
И. Тарасов""", client="yandex", tz="+0300", irt=CIRC_MID,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Yandex-Autoreply", "1")], domain="minsvyaz.ru", slug="yandex")

KGZ_ACK = itu_ack_msg("kgz_ack", "b.osmonova@ya.ru", "Бермет Осмонова", geneva("2019-08-15 14:20:00"),
                      "RE: CI-19/35 Кыргызстан")
M("bounce_yandex", "ru", "bounce", None, ("mailer-daemon@yandex.ru", "mailer-daemon@yandex.ru"),
  "Недоставленное сообщение", "2019-08-15 14:20:26", "", client="plain", tz="+0300", henc="B",
  mid="<20190815152026.7712.6B2F91@forward103o.mail.yandex.net>",
  body=dsn_body("bounce_yandex", """Это письмо создано автоматически сервером Яндекс.Почты.

Ваше письмо не удалось доставить по следующим адресам:

<b.osmonova@ya.ru>: почтовый ящик не существует или заблокирован.

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients.

<b.osmonova@ya.ru>: user does not exist or is blocked
""", "utf-8", "forward103o.mail.yandex.net", rfcdate(geneva("2019-08-15 14:20:03").astimezone(tzobj("+0300"))),
                "b.osmonova@ya.ru", "b.osmonova@ya.ru", "5.1.1", "550 5.7.1 No such user!", "mx.yandex.ru",
                orig_msg=KGZ_ACK, human_cte="base64"),
  to="sme@itu.int", extra=[("Auto-Submitted", "auto-replied")], slug="yandex", delay=15)

M("ru_spam", "ru", "unrelated", None, ("Бизнес-Базы", "sale@biznes-bazy.info"),
  "Базы данных предприятий 2019 - скидка 50% только до конца недели", "2019-08-03 03:14:09",
"""Добрый день!

Предлагаем актуальные базы данных предприятий России, Казахстана и Беларуси на 2019 год:

- более 4 млн организаций с телефонами и e-mail;
- выборка по отраслям и регионам;
- формат Excel.

Только до конца недели скидка 50%! Пишите на sale@biznes-bazy.info или звоните +7 (499) 350-12-47.

Если письмо попало к вам по ошибке, просто удалите его.""", client="plain", tz="+0300", html=True,
  charset="windows-1251", html_cte="base64", cte="base64", mid="<c1f7a90e3b@biznes-bazy.info>", ip="91.243.81.217",
  slug="html_cp1251")

# ============================================================================================
# Chinese
# ============================================================================================

M("chn1", "zh", "nomination", "CHN", ("工业和信息化部国际合作司", "intl@miit.gov.cn"),
  "关于推荐参加国际电联中小企业磋商会议人员的函（CI-19/35）", "2019-08-12 09:41:33",
"""国际电联中小企业秘书处：

根据国际电联秘书长CI-19/35号通函，中华人民共和国工业和信息化部对“扶持技术和创新型中小企业”系列磋商会议表示欢迎，并愿意积极参与。

现推荐以下人员参加2019年9月10日在匈牙利布达佩斯举行的首次磋商会议：

姓名：刘思远（LIU Siyuan）
职务：工业和信息化部中小企业局创新服务处副处长
电子邮件：liusiyuan@miit.gov.cn
电话：+86 10 6820 5316

特此函告。

工业和信息化部国际合作司
2019年8月12日""", tz="+0800", charset="gb2312", cte="base64", hlang="ZH-CN",
  dels=[D("刘思远", aliases=["LIU Siyuan"], title="工业和信息化部中小企业局创新服务处副处长", email="liusiyuan@miit.gov.cn")],
  slug="outlook_gb2312")

M("chn2", "zh", "correction", "CHN", ("中国常驻日内瓦代表团", "chinamission_itu@mfa.gov.cn"),
  "答复: 关于推荐参加国际电联中小企业磋商会议人员的函（CI-19/35）- 补充", "2019-08-16 17:05:20",
"""Christopher Clark先生：

您好！

受工业和信息化部委托，现对8月12日的推荐函作如下补充：中方参加布达佩斯磋商会议的人员增加一名，完整名单如下：

1. 刘思远（LIU Siyuan），工业和信息化部中小企业局创新服务处副处长，liusiyuan@miit.gov.cn
2. 陈静怡（CHEN Jingyi），中国信息通信研究院政策与经济研究所高级工程师，chenjingyi@caict.ac.cn

请予更新。谢谢！

中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团
科技处 张磊
电话：+41 22 879 5678""", tz="+0200", charset="utf-8", cte="base64", hlang="ZH-CN", irt=BY_KEY["chn1"]["mid"],
  dels=[D("刘思远", aliases=["LIU Siyuan"], title="工业和信息化部中小企业局创新服务处副处长", email="liusiyuan@miit.gov.cn"),
        D("陈静怡", aliases=["CHEN Jingyi"], title="中国信息通信研究院政策与经济研究所高级工程师", email="chenjingyi@caict.ac.cn")],
  sup="chn1")

M("sz_assoc", "zh", "inquiry", None, ("深圳市中小企业服务协会", "intl@szsme.org.cn"),
  "咨询：中小企业协会能否参加9月10日布达佩斯磋商会议", "2019-08-06 10:12:45",
"""尊敬的国际电联中小企业秘书处：

您好！我们是深圳市中小企业服务协会，会员包括三百多家从事物联网、智能硬件和通信软件的中小企业，其中十余家将参加今年在布达佩斯举办的世界电信展。

我们从工信部了解到CI-19/35号通函。请问9月10日的磋商会议是否对行业协会或企业代表开放？如果可以参加，需要办理什么手续？

盼复为感！

深圳市中小企业服务协会 国际合作部
黄嘉欣
电话：+86 755 8329 1166""", client="netease", tz="+0800", charset="gbk", domain="szsme.org.cn")

M("zh_spam", "zh", "unrelated", None, ("王经理", "vip8826@sina-fapiao.cn"),
  "您好，本公司可代开各类发票，点数优惠", "2019-08-08 02:33:17",
"""尊敬的客户：

您好！本公司长期代开增值税发票、普通发票、建筑安装、运输、广告等各类发票，点数优惠，可验证后付款。

联系人：王经理
手机/微信：138 2654 9071

如有打扰，敬请谅解！""", client="plain", tz="+0800", charset="gb2312", cte="base64", html=False,
  mid="<20190808023317.4471@sina-fapiao.cn>", ip="122.228.19.80", slug="plain_gb2312")

M("zh_ooo", "zh", "auto_reply", None, ("赵敏", "zhaomin_tele@qq.com"),
  "自动回复: " + CIRC_SUBJ, "2019-07-23 16:42:11",
"""您好，我最近正在休假，无法及时回复邮件。如有急事请致电 010-6620 3145。谢谢！""",
  client="qq", tz="+0800", charset="gb18030", irt=CIRC_MID,
  extra=[("Auto-Submitted", "auto-replied"), ("X-QQ-AUTOREPLY", "1")], slug="qq_gb18030")

M("zh_expo", "zh", "unrelated", None, ("中国贸促会展览推广部", "expo@ccpit-expo.com.cn"),
  "2019年国际电联世界电信展（布达佩斯）中国展团最后招展通知", "2019-08-02 11:20:00",
"""各有关单位：

2019年国际电联世界电信展将于9月9日至12日在匈牙利布达佩斯举行。中国展团现有少量标准展位可供预订，展位费享受政府补贴。

报名截止日期：2019年8月20日
联系人：孙女士 010-8807 5512

特此通知。""", client="netease", tz="+0800", charset="gbk", domain="ccpit-expo.com.cn", extra=[("Precedence", "bulk")])

M("bupt", "zh", "inquiry", None, ("李文博", "liwenbo@bupt.edu.cn"),
  "关于高校研究人员参加中小企业磋商会议的咨询", "2019-08-09 15:47:02",
"""Christopher Clark先生：

您好！我是北京邮电大学经济管理学院的李文博，长期研究通信领域中小企业的创新政策。

请问贵方组织的“扶持技术和创新型中小企业”磋商会议是否允许高校研究人员以观察员身份旁听？我本人届时将在布达佩斯参加世界电信展的学术论坛。

如能答复，不胜感激。

李文博 副教授
北京邮电大学经济管理学院
北京市海淀区西土城路10号""", client="thunderbird", tz="+0800")

# ============================================================================================
# Portuguese, German, Italian, Dutch, Nordic
# ============================================================================================

M("bra", "pt", "nomination", "BRA", ("Assessoria Internacional - Anatel", "ain@anatel.gov.br"),
  "RES: Carta Circular CI-19/35 - Indicação do Brasil", "2019-08-14 20:11:37",
"""Prezado Senhor Christopher Clark,

Em atenção à Carta Circular CI-19/35, informamos que o Brasil tem interesse em participar das sessões de consulta sobre o fomento a PMEs de tecnologia e inovação.

Para a primeira sessão, em Budapeste, no dia 10 de setembro de 2019, indicamos a Sra. Juliana Carvalho Montenegro, Superintendente Adjunta de Planejamento e Regulamentação da Agência Nacional de Telecomunicações (Anatel), e-mail juliana.montenegro@anatel.gov.br.

Colocamo-nos à disposição para quaisquer esclarecimentos.

Atenciosamente,

Assessoria Internacional - AIN
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 06, Blocos C, E, F e H - Brasília/DF""", tz="-0300", charset="iso-8859-1",
  quote=q_circ("pt", clang="en", tz_local="-0300"),
  dels=[D("Juliana Carvalho Montenegro", title="Superintendente Adjunta de Planejamento e Regulamentação", email="juliana.montenegro@anatel.gov.br")])

M("prt", "pt", "interest_only", "PRT", ("Relações Internacionais ANACOM", "ri@anacom.pt"),
  "CI-19/35 - Manifestação de interesse de Portugal", "2019-08-09 12:40:55",
"""Exmo. Senhor,

Acusamos a receção da Carta Circular CI-19/35, relativa às sessões de consulta para os Estados Membros sobre PME tecnológicas e inovadoras.

Portugal manifesta o seu interesse em participar nestas sessões. A designação do participante para a sessão de Budapeste está ainda a ser articulada com a Secretaria de Estado para a Transição Digital, pelo que será comunicada oportunamente.

Com os melhores cumprimentos,

Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12, 1099-017 Lisboa""", tz="+0100", charset="windows-1252")

M("ago", "pt", "nomination", "AGO", ("Teresa Neto", "teresa.neto.mtti@gmail.com"),
  "Indicação de Angola - Sessão de consulta UIT, Budapeste", "2019-08-15 14:22:10",
"""Caro Sr. Clark,

Bom dia. Em nome do Ministério das Telecomunicações e Tecnologias de Informação (MTTI) da República de Angola, confirmo o interesse do nosso país na série de consultas sobre PME tecnológicas.

A pessoa indicada para a sessão de 10 de setembro sou eu própria:

Eng.ª Teresa Nzinga da Costa Neto
Directora Nacional das Tecnologias de Informação
MTTI, Luanda
E-mail oficial: teresa.neto@mtti.gov.ao

Com os meus cumprimentos,
Teresa Neto""", client="gmail", tz="+0100",
  dels=[D("Teresa Nzinga da Costa Neto", title="Directora Nacional das Tecnologias de Informação", email="teresa.neto@mtti.gov.ao")])

M("moz", "pt", "nomination", "MOZ", ("Gabinete de Cooperação INCM", "cooperacao@incm.gov.mz"),
  "Moçambique - designação para a sessão de consulta sobre PME", "2019-08-21 08:57:43",
"""Exmos. Senhores,

Pedimos desculpa pela resposta tardia à Carta Circular CI-19/35.

O Instituto Nacional das Comunicações de Moçambique (INCM), em representação da República de Moçambique, designa a Senhora Célia Mabunda Sitoe, Chefe do Departamento de Estudos de Mercado, para participar na sessão de consulta de Budapeste. Contacto: celia.sitoe@incm.gov.mz

Melhores cumprimentos,

Gabinete de Cooperação Internacional
INCM, Maputo""", tz="+0200",
  dels=[D("Célia Mabunda Sitoe", title="Chefe do Departamento de Estudos de Mercado", email="celia.sitoe@incm.gov.mz")])

M("tls", "pt", "nomination", "TLS", ("Joãozinho Ximenes", "jximenes@anc.gov.tl"),
  "Timor-Leste: participante sessão PME UIT", "2019-08-16 04:05:12",
"""Boa tarde,

Timor-Leste tem interesse nas sessões de consulta. A Autoridade Nacional de Comunicações (ANC) indica o seu Director Executivo Adjunto, Sr. Joãozinho da Costa Ximenes, para a sessão em Budapeste.

Email: jximenes@anc.gov.tl

Obrigado,
Joãozinho da Costa Ximenes
ANC Timor-Leste, Díli""", client="roundcube", tz="+0900",
  dels=[D("Joãozinho da Costa Ximenes", title="Director Executivo Adjunto", email="jximenes@anc.gov.tl")])

M("deu", "de", "nomination", "DEU", ("Referat VIB4 (BMWi)", "buero-vib4@bmwi.bund.de"),
  "AW: ITU-Rundschreiben CI-19/35 - Benennung Deutschland", "2019-08-13 10:26:49",
"""Sehr geehrter Herr Clark,

vielen Dank für die Einladung zu den Konsultationen „Fostering tech and innovation SMEs“.

Deutschland ist an der Konsultationsreihe interessiert. Für die erste Sitzung am 10. September 2019 in Budapest benennen wir Frau Dr. Katharina Seidel-Brandt, Referatsleiterin im Bundesministerium für Wirtschaft und Energie (Referat VIB4 – Internationale Digital- und Telekommunikationspolitik).

Kontakt: katharina.seidel-brandt@bmwi.bund.de, Tel. +49 30 18615-7324

Mit freundlichen Grüßen
Im Auftrag

Jonas Weißenfels
Referat VIB4
Bundesministerium für Wirtschaft und Energie
Villemombler Straße 76, 53123 Bonn""", tz="+0200", charset="windows-1252",
  quote=q_circ("de", clang="en"),
  dels=[D("Katharina Seidel-Brandt", title="Referatsleiterin", email="katharina.seidel-brandt@bmwi.bund.de")])

M("aut", "de", "nomination", "AUT", ("Lukas Hofbauer", "lukas.hofbauer@bmdw.gv.at"),
  "CI-19/35 - Teilnahme Österreich Budapest", "2019-08-16 17:49:02",
"""Sehr geehrte Damen und Herren,

Österreich nimmt gerne an der Konsultationssitzung in Budapest teil. Seitens des Bundesministeriums für Digitalisierung und Wirtschaftsstandort werde ich selbst teilnehmen:

Mag. Lukas Hofbauer
Abteilung III/3 – Start-ups und KMU-Digitalisierung
Bundesministerium für Digitalisierung und Wirtschaftsstandort
Stubenring 1, 1010 Wien
lukas.hofbauer@bmdw.gv.at

Mit besten Grüßen
Lukas Hofbauer""", client="thunderbird", tz="+0200",
  dels=[D("Lukas Hofbauer", title="Abteilung III/3 – Start-ups und KMU-Digitalisierung", email="lukas.hofbauer@bmdw.gv.at")])

M("lie", "de", "decline", "LIE", ("Amt für Kommunikation", "info.ak@llv.li"),
  "ITU CI-19/35", "2019-08-06 09:03:30",
"""Sehr geehrter Herr Clark

Besten Dank für Ihr Schreiben vom 23. Juli 2019. Das Fürstentum Liechtenstein wird an der Konsultationssitzung in Budapest nicht teilnehmen.

Freundliche Grüsse

Amt für Kommunikation
Fürstentum Liechtenstein
Städtle 38, 9490 Vaduz""", client="lotus", tz="+0200", charset="iso-8859-1")

DEU_ACK = itu_ack_msg("deu_ack", "j.weissenfels@bmwi.bund.de", "Jonas Weißenfels", geneva("2019-08-13 15:10:00"),
                      "RE: AW: ITU-Rundschreiben CI-19/35 - Benennung Deutschland")
M("bounce_deu", "de", "bounce", None, ("Microsoft Outlook", "postmaster@bmwi.bund.de"),
  "Unzustellbar: RE: AW: ITU-Rundschreiben CI-19/35 - Benennung Deutschland", "2019-08-13 15:10:37", "", client="plain",
  tz="+0200", mid="<d41f6a07-2bd3-4c55-9a0e-8e1f3c7b5a21@EX-BN-03.bmwi.bund.de>",
  body=dsn_body("bounce_deu", """Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

Jonas Weißenfels (j.weissenfels@bmwi.bund.de)
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren Helpdesk.

Diagnoseinformationen für Administratoren:

Generierender Server: EX-BN-03.bmwi.bund.de

j.weissenfels@bmwi.bund.de
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "utf-8", "EX-BN-03.bmwi.bund.de", rfcdate(geneva("2019-08-13 15:10:12")), "j.weissenfels@bmwi.bund.de",
                "j.weissenfels@bmwi.bund.de", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                None, orig_headers="From: SME Secretariat <sme@itu.int>\nTo: Jonas Weissenfels <j.weissenfels@bmwi.bund.de>\nSubject: RE: AW: ITU-Rundschreiben CI-19/35 - Benennung Deutschland\nDate: Tue, 13 Aug 2019 15:10:00 +0200\nMessage-ID: " + itu_mid("deu_ack") + "\n"),
  to="sme@itu.int", extra=[("Auto-Submitted", "auto-replied")], slug="exchange", delay=20)

M("che_ooo", "de", "auto_reply", None, ("Meier Beat BAKOM", "beat.meier@bakom.admin.ch"),
  "Abwesenheitsnotiz: " + CIRC_SUBJ, "2019-07-23 16:43:40",
"""Guten Tag

Ich bin bis am 9. August 2019 abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an international@bakom.admin.ch.

Freundliche Grüsse
Beat Meier""", tz="+0200", irt=CIRC_MID, charset="iso-8859-1",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], slug="outlook")

M("ita", "it", "nomination", "ITA", ("Segreteria DGSCERP", "segreteria.dgscerp@mise.gov.it"),
  "Circolare ITU CI-19/35 - designazione italiana", "2019-08-14 13:17:26",
"""Gentile Dott. Clark,

con riferimento alla Circolare CI-19/35 del 23 luglio 2019, si comunica che l'Italia è interessata a partecipare alla serie di sessioni di consultazione dedicate alle PMI tecnologiche e innovative.

Per la prima sessione, prevista a Budapest il 10 settembre p.v., il Ministero dello Sviluppo Economico designa la Dott.ssa Giulia Ferraresi, Dirigente della Divisione III - Affari internazionali, della Direzione Generale per i servizi di comunicazione elettronica, di radiodiffusione e postali (giulia.ferraresi@mise.gov.it).

Cordiali saluti,

La Segreteria
Direzione Generale per i servizi di comunicazione elettronica, di radiodiffusione e postali
Ministero dello Sviluppo Economico
Viale America 201, 00144 Roma""", tz="+0200", charset="iso-8859-1",
  dels=[D("Giulia Ferraresi", title="Dirigente della Divisione III - Affari internazionali", email="giulia.ferraresi@mise.gov.it")])

M("smr", "it", "interest_only", "SMR", ("Ufficio Relazioni Internazionali", "uri.industria@gov.sm"),
  "CI-19/35 - Repubblica di San Marino", "2019-08-12 11:30:02",
"""Egregio Signor Clark,

la Segreteria di Stato per l'Industria, Artigianato e Commercio della Repubblica di San Marino desidera manifestare il proprio interesse per le sessioni di consultazione sulle PMI innovative.

Ci riserviamo di comunicarVi quanto prima il nominativo del partecipante.

Distinti saluti

Ufficio Relazioni Internazionali
Segreteria di Stato per l'Industria, Artigianato e Commercio""", client="zimbra", tz="+0200")

M("nld", "nl", "nomination", "NLD", ("Bakker, Femke (DGBI-DE)", "f.bakker@minezk.nl"),
  "RE: ITU Circular CI-19/35 - deelname Nederland", "2019-08-15 14:09:11",
"""Geachte heer Clark,

Nederland heeft belangstelling voor de consultatiesessies over het stimuleren van tech- en innovatie-mkb.

Namens het Ministerie van Economische Zaken en Klimaat neemt mevrouw drs. Sanne de Vries-Bakker, senior beleidsmedewerker Directie Digitale Economie, deel aan de sessie in Boedapest op 10 september (s.devries-bakker@minezk.nl).

Met vriendelijke groet,

Femke Bakker
Coördinator internationale telecomzaken
Directie Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, 2594 AC Den Haag""", client="o365", tz="+0200", quote=q_circ("nl", clang="en"),
  dels=[D("Sanne de Vries-Bakker", title="senior beleidsmedewerker Directie Digitale Economie", email="s.devries-bakker@minezk.nl")])

M("sur", "nl", "interest_only", "SUR", ("Directeur TAS", "directie@tas.sr"),
  "Belangstelling Suriname - consultatiesessies MKB", "2019-08-14 19:36:48",
"""Geachte heer/mevrouw,

De Telecommunicatie Autoriteit Suriname (TAS) heeft kennis genomen van circulaire CI-19/35 en laat u weten dat Suriname geïnteresseerd is in deelname aan de consultatiesessies.

Wie Suriname in Boedapest zal vertegenwoordigen, wordt u zo spoedig mogelijk meegedeeld.

Met vriendelijke groeten,

Directie TAS
Paramaribo""", client="gmail", tz="-0300", domain="tas.sr")

M("swe", "sv", "decline", "SWE", ("Registrator PTS", "pts@pts.se"),
  "Svar: CI-19/35 Consultation sessions for Member States", "2019-08-08 10:18:39",
"""Hej,

Tack för inbjudan till konsultationerna om små och medelstora teknik- och innovationsföretag.

Post- och telestyrelsen har i samråd med Regeringskansliet beslutat att Sverige inte deltar i sessionen i Budapest. Vi har därför ingen kandidat att nominera.

Med vänliga hälsningar

Anna Lindqvist
Internationella sekretariatet
Post- och telestyrelsen
Box 5398, 102 49 Stockholm
Dnr 19-8714""", tz="+0200", charset="iso-8859-1")

M("dnk", "da", "nomination", "DNK", ("Mette Kjærgaard Holm", "methol@erst.dk"),
  "SV: CI-19/35 - Danmarks deltagelse", "2019-08-12 09:55:21",
"""Kære Christopher Clark

Danmark vil gerne deltage i konsultationerne om tech- og innovations-SMV'er.

Erhvervsstyrelsen har udpeget undertegnede til at deltage i sessionen i Budapest den 10. september.

Med venlig hilsen

Mette Kjærgaard Holm
Specialkonsulent | Center for Digitalisering og Iværksætteri
Erhvervsstyrelsen
Langelinie Allé 17, 2100 København Ø
Tlf. +45 35 29 10 00 | methol@erst.dk""", tz="+0200", charset="iso-8859-1",
  dels=[D("Mette Kjærgaard Holm", title="Specialkonsulent", email="methol@erst.dk")])

M("nor", "no", "nomination", "NOR", ("Nkom internasjonal", "internasjonal@nkom.no"),
  "Norges nominasjon - konsultasjonsmøte om SMB i Budapest", "2019-08-15 15:40:16",
"""Hei,

Viser til ITU-sirkulære CI-19/35.

Norge er interessert i konsultasjonsmøtene. Nasjonal kommunikasjonsmyndighet (Nkom) har, etter avtale med Kommunal- og moderniseringsdepartementet, utpekt seniorrådgiver Ingrid Sæther Lunde til å delta på møtet i Budapest 10. september.

E-post: ingrid.lunde@nkom.no

Vennlig hilsen
Nkom - Seksjon for internasjonalt arbeid
Lillesand""", tz="+0200",
  dels=[D("Ingrid Sæther Lunde", title="seniorrådgiver", email="ingrid.lunde@nkom.no")])

M("fin", "fi", "nomination", "FIN", ("Virtanen Juha-Pekka (LVM)", "juha-pekka.virtanen@lvm.fi"),
  "VS: ITU CI-19/35 - Suomen osallistuminen", "2019-08-13 12:02:07",
"""Hyvä Christopher Clark,

Suomi osallistuu mielellään teknologia- ja innovaatio-pk-yrityksiä koskeviin konsultaatioihin.

Liikenne- ja viestintäministeriö on nimennyt Budapestin istuntoon erityisasiantuntija Juha-Pekka Virtasen. Hänen yhteystietonsa ovat alla.

Juha-Pekka Virtanen
Erityisasiantuntija, Liikenne- ja viestintäministeriö
PL 31, 00023 Valtioneuvosto
juha-pekka.virtanen@lvm.fi

Ystävällisin terveisin
Juha-Pekka Virtanen""", tz="+0300", charset="iso-8859-15",
  dels=[D("Juha-Pekka Virtanen", title="Erityisasiantuntija", email="juha-pekka.virtanen@lvm.fi")])

M("isl", "is", "interest_only", "ISL", ("Póst- og fjarskiptastofnun", "pfs@pfs.is"),
  "Svar við CI-19/35", "2019-08-15 11:12:49",
"""Góðan dag,

Ísland hefur áhuga á samráðsfundunum um lítil og meðalstór tækni- og nýsköpunarfyrirtæki. Við munum ekki senda fulltrúa til Búdapest, en viljum gjarnan taka þátt í fundinum sem haldinn verður í tengslum við vinnuhópa ráðsins snemma árs 2020. Nafn þátttakanda verður sent síðar.

Með kveðju,
Póst- og fjarskiptastofnun
Suðurlandsbraut 4, 108 Reykjavík""", client="roundcube", tz="+0000", sess=["cwg-2020"])

# ============================================================================================
# Central, Eastern and South-Eastern Europe, Baltics, Greek, Maltese, Catalan
# ============================================================================================

M("pol", "pl", "nomination", "POL", ("Departament Współpracy Międzynarodowej MC", "dwm@mc.gov.pl"),
  "Odp: Okólnik ITU CI-19/35 - zgłoszenie kandydata", "2019-08-12 14:45:30",
"""Szanowny Panie,

w odpowiedzi na okólnik CI-19/35 z dnia 23 lipca 2019 r. uprzejmie informuję, że Polska jest zainteresowana udziałem w cyklu sesji konsultacyjnych dotyczących wspierania MŚP z sektora technologii i innowacji.

Ministerstwo Cyfryzacji zgłasza kandydaturę Pana Tomasza Wiśniewskiego, naczelnika Wydziału Innowacji Cyfrowych, do udziału w pierwszej sesji w Budapeszcie w dniu 10 września 2019 r.

Dane kontaktowe:
Imię i nazwisko: Tomasz Wiśniewski
Stanowisko: naczelnik Wydziału Innowacji Cyfrowych
E-mail: tomasz.wisniewski@mc.gov.pl

Z wyrazami szacunku

Agnieszka Zielińska-Król
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa""", tz="+0200", charset="iso-8859-2",
  dels=[D("Tomasz Wiśniewski", title="naczelnik Wydziału Innowacji Cyfrowych", email="tomasz.wisniewski@mc.gov.pl")])

M("cze", "cs", "nomination", "CZE", ("Šimková Lenka", "simkoval@mpo.cz"),
  "RE: Oběžník ITU CI-19/35 - nominace ČR", "2019-08-14 08:52:16",
"""Vážený pane Clarku,

Česká republika má zájem o účast na konzultačních setkáních k podpoře technologických a inovativních MSP.

Ministerstvo průmyslu a obchodu nominuje na první zasedání v Budapešti paní Ing. Petru Novákovou, Ph.D., ředitelku odboru digitální ekonomiky.

Kontakt: Petra Nováková, ředitelka odboru digitální ekonomiky, petra.novakova@mpo.cz, tel. +420 224 852 331

S pozdravem

Lenka Šimková
odbor mezinárodních vztahů
Ministerstvo průmyslu a obchodu
Na Františku 32, 110 15 Praha 1""", tz="+0200", charset="windows-1250",
  dels=[D("Petra Nováková", title="ředitelka odboru digitální ekonomiky", email="petra.novakova@mpo.cz")])

M("svk", "sk", "nomination", "SVK", ("Sekcia digitálnej agendy ÚPVII", "sda@vicepremier.gov.sk"),
  "Nominácia SR - konzultačné stretnutie ITU k MSP", "2019-08-09 16:02:58",
"""Vážený pán Clark,

Úrad podpredsedu vlády SR pre investície a informatizáciu na základe obežníka CI-19/35 nominuje na konzultačné stretnutie v Budapešti Mgr. Martina Kováča, generálneho riaditeľa sekcie digitálnej agendy.

| Meno a priezvisko | Martin Kováč |
| Funkcia | generálny riaditeľ sekcie digitálnej agendy |
| E-mail | martin.kovac@vicepremier.gov.sk |

S pozdravom

Sekcia digitálnej agendy
Úrad podpredsedu vlády Slovenskej republiky pre investície a informatizáciu
Štefánikova 15, 811 05 Bratislava""", client="o365", tz="+0200",
  dels=[D("Martin Kováč", title="generálny riaditeľ sekcie digitálnej agendy", email="martin.kovac@vicepremier.gov.sk")])

M("svn", "sl", "decline", "SVN", ("AKOS - mednarodno sodelovanje", "mednarodno@akos-rs.si"),
  "Odgovor na okrožnico CI-19/35", "2019-08-15 13:27:03",
"""Spoštovani,

zahvaljujemo se vam za povabilo na posvetovanja o spodbujanju tehnoloških in inovativnih MSP.

Obveščamo vas, da se Republika Slovenija seje v Budimpešti tokrat ne bo udeležila.

Lep pozdrav,

Služba za mednarodno sodelovanje
Agencija za komunikacijska omrežja in storitve Republike Slovenije
Stegne 7, 1000 Ljubljana""", client="zimbra", tz="+0200")

M("hrv", "hr", "nomination", "HRV", ("Međunarodna suradnja HAKOM", "medjunarodna@hakom.hr"),
  "Hrvatska - prijava za konzultacije ITU o MSP-ovima", "2019-08-16 11:38:22",
"""Poštovani gospodine Clark,

vezano uz okružnicu CI-19/35, Hrvatska regulatorna agencija za mrežne djelatnosti (HAKOM), u ime Republike Hrvatske, predlaže gospođu Ivanu Marković Horvat, voditeljicu Službe za međunarodnu suradnju, za sudjelovanje na sastanku u Budimpešti 10. rujna 2019.

Podaci o sudionici:
Ivana Marković Horvat
voditeljica Službe za međunarodnu suradnju
ivana.markovic-horvat@hakom.hr

S poštovanjem,
HAKOM, Roberta Frangeša Mihanovića 9, Zagreb""", tz="+0200", charset="iso-8859-2",
  dels=[D("Ivana Marković Horvat", title="voditeljica Službe za međunarodnu suradnju", email="ivana.markovic-horvat@hakom.hr")])

M("srb", "sr", "nomination", "SRB", ("Сектор за међународну сарадњу", "medjunarodna@mtt.gov.rs"),
  "Одговор на циркуларно писмо CI-19/35 - Република Србија", "2019-08-13 13:14:10",
"""Поштовани господине Кларк,

Министарство трговине, туризма и телекомуникација Републике Србије изражава интересовање за учешће у серији консултативних састанака о подстицању технолошких и иновативних МСП.

За први састанак у Будимпешти, 10. септембра 2019. године, Министарство предлаже:

Милица Јовановић (Milica Jovanović)
виши саветник у Сектору за информационо друштво
milica.jovanovic@mtt.gov.rs

С поштовањем,

Сектор за међународну сарадњу и европске интеграције
Министарство трговине, туризма и телекомуникација
Немањина 22-26, Београд""", tz="+0200", charset="utf-8", cte="base64",
  dels=[D("Милица Јовановић", aliases=["Milica Jovanović"], title="виши саветник у Сектору за информационо друштво", email="milica.jovanovic@mtt.gov.rs")],
  slug="outlook_b64")

M("bih", "bs", "nomination", "BIH", ("Amra Hadžić-Begović", "ahadzic.rak@gmail.com"),
  "BiH - učešće na konsultacijama ITU o MSP (Budimpešta)", "2019-08-14 21:03:45",
"""Poštovani gospodine Clark,

Regulatorna agencija za komunikacije Bosne i Hercegovine obavještava Vas da je Bosna i Hercegovina zainteresovana za učešće na konsultativnom sastanku u Budimpešti.

Na sastanku će učestvovati potpisnica ovog e-maila:
Amra Hadžić-Begović, šefica Odsjeka za međunarodnu saradnju
službeni e-mail: ahadzic@rak.ba

Srdačan pozdrav,
Amra Hadžić-Begović
RAK, Mehmeda Spahe 1, Sarajevo""", client="gmail", tz="+0200",
  dels=[D("Amra Hadžić-Begović", title="šefica Odsjeka za međunarodnu saradnju", email="ahadzic@rak.ba")])

M("bgr", "bg", "nomination", "BGR", ("Дирекция „Електронни съобщения“", "es@mtitc.government.bg"),
  "Отговор на циркулярно писмо CI-19/35 - номинация от България", "2019-08-15 10:42:57",
"""Уважаеми г-н Кларк,

Министерството на транспорта, информационните технологии и съобщенията потвърждава интереса на Република България към консултативните сесии за технологичните и иновативни МСП.

За участие в първата сесия в Будапеща на 10 септември 2019 г. определяме г-жа Десислава Петрова Георгиева, държавен експерт в дирекция „Електронни съобщения“, e-mail: dgeorgieva@mtitc.government.bg.

С уважение,
Дирекция „Електронни съобщения“
МТИТС, ул. „Дякон Игнатий“ 9, София""", tz="+0300", charset="windows-1251",
  dels=[D("Десислава Петрова Георгиева", title="държавен експерт в дирекция „Електронни съобщения“", email="dgeorgieva@mtitc.government.bg")],
  slug="outlook_cp1251")

M("mkd", "mk", "nomination", "MKD", ("Aleksandar Stojanovski", "aleksandar.stojanovski@mioa.gov.mk"),
  "Номинација - консултативна сесија ITU, Будимпешта", "2019-08-12 12:16:29",
"""Почитуван господине Кларк,

Министерството за информатичко општество и администрација ве известува дека Република Северна Македонија е заинтересирана за консултативните сесии.

На сесијата во Будимпешта ќе учествува:
Александар Стојановски (Aleksandar Stojanovski)
раководител на Секторот за информатичко општество
aleksandar.stojanovski@mioa.gov.mk

Со почит,
Александар Стојановски""", client="thunderbird", tz="+0200",
  dels=[D("Александар Стојановски", aliases=["Aleksandar Stojanovski"], title="раководител на Секторот за информатичко општество", email="aleksandar.stojanovski@mioa.gov.mk")])

M("alb", "sq", "nomination", "ALB", ("AKEP - Marrëdhëniet me Jashtë", "jashte@akep.al"),
  "Përgjigje ndaj qarkores CI-19/35 - Shqipëria", "2019-08-16 14:55:40",
"""I nderuar z. Clark,

Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) ju njofton se Republika e Shqipërisë është e interesuar të marrë pjesë në seancat e konsultimit për NVM-të teknologjike dhe inovative.

Për seancën e parë në Budapest do të marrë pjesë znj. Erjona Dervishi, Përgjegjëse e Sektorit të Marrëdhënieve me Jashtë (erjona.dervishi@akep.al).

Me respekt,
Sektori i Marrëdhënieve me Jashtë
AKEP, Rruga "Reshit Collaku", Tiranë""", client="gmail", tz="+0200", domain="akep.al",
  dels=[D("Erjona Dervishi", title="Përgjegjëse e Sektorit të Marrëdhënieve me Jashtë", email="erjona.dervishi@akep.al")])

M("rou", "ro", "nomination", "ROU", ("Direcția Relații Internaționale ANCOM", "dri@ancom.org.ro"),
  "Răspuns la circulara UIT CI-19/35 - nominalizare România", "2019-08-13 15:21:09",
"""Stimate domnule Clark,

Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM) vă informează că România este interesată de seria de sesiuni de consultare privind IMM-urile din domeniul tehnologiei și inovării.

Pentru prima sesiune, de la Budapesta, o desemnăm pe doamna Andreea-Ioana Popescu, expert în cadrul Direcției Relații Internaționale, adresa de e-mail andreea.popescu@ancom.org.ro.

Cu stimă,

Direcția Relații Internaționale
ANCOM, Str. Delea Nouă nr. 2, București""", tz="+0300",
  dels=[D("Andreea-Ioana Popescu", title="expert în cadrul Direcției Relații Internaționale", email="andreea.popescu@ancom.org.ro")])

M("mda", "ro", "nomination", "MDA", ("Victor Ciobanu", "victor.ciobanu@mei.gov.md"),
  "Republica Moldova - sesiunea de consultare UIT privind IMM-urile", "2019-08-15 17:44:33",
"""Bună ziua,

Ministerul Economiei și Infrastructurii al Republicii Moldova confirmă interesul pentru sesiunile de consultare.

La sesiunea din 10 septembrie de la Budapesta va participa dl Victor Ciobanu, șef al Direcției politici în domeniul tehnologiei informației.

Date de contact: victor.ciobanu@mei.gov.md, +373 22 250 512

Cu respect,
Victor Ciobanu""", client="roundcube", tz="+0300",
  dels=[D("Victor Ciobanu", title="șef al Direcției politici în domeniul tehnologiei informației", email="victor.ciobanu@mei.gov.md")])

M("hun1", "hu", "nomination", "HUN", ("Nemzetközi Kapcsolatok Főosztálya ITM", "nkf@itm.gov.hu"),
  "CI-19/35 - Magyarország jelölése / Nomination of Hungary", "2019-08-07 13:30:18",
"""Tisztelt Clark Úr!

Az Innovációs és Technológiai Minisztérium nevében örömmel jelezzük, hogy Magyarország, a 2019-es ITU Telecom World házigazdájaként, részt kíván venni a tech és innovációs kkv-kkal foglalkozó konzultációs ülés-sorozatban.

A szeptember 10-i budapesti ülésre az alábbi munkatársainkat jelöljük:

1. dr. Kovács-Szabó Eszter (Ms Eszter Kovács-Szabó), főosztályvezető, Digitális Gazdaság Főosztály, eszter.kovacs-szabo@itm.gov.hu
2. Nagy Bence, referens, Nemzetközi Kapcsolatok Főosztálya, bence.nagy@itm.gov.hu

Üdvözlettel:

Horváth Réka
Nemzetközi Kapcsolatok Főosztálya
Innovációs és Technológiai Minisztérium
1011 Budapest, Fő utca 44-50.""", tz="+0200", charset="iso-8859-2",
  dels=[D("Kovács-Szabó Eszter", aliases=["Eszter Kovács-Szabó"], title="főosztályvezető, Digitális Gazdaság Főosztály", email="eszter.kovacs-szabo@itm.gov.hu"),
        D("Nagy Bence", title="referens, Nemzetközi Kapcsolatok Főosztálya", email="bence.nagy@itm.gov.hu")])

M("hun2", "hu", "correction", "HUN", ("Nemzetközi Kapcsolatok Főosztálya ITM", "nkf@itm.gov.hu"),
  "VS: CI-19/35 - Magyarország jelölése - módosítás", "2019-08-14 09:05:52",
"""Tisztelt Clark Úr!

Augusztus 7-i levelünkhöz kapcsolódva tájékoztatjuk, hogy Nagy Bence helyett Tóth Gergely, a Digitális Gazdaság Főosztály szakmai tanácsadója vesz részt a budapesti ülésen.

A magyar résztvevők tehát:
1. dr. Kovács-Szabó Eszter, főosztályvezető - eszter.kovacs-szabo@itm.gov.hu
2. Tóth Gergely, szakmai tanácsadó - gergely.toth@itm.gov.hu

Köszönettel és üdvözlettel:
Horváth Réka""", tz="+0200", charset="iso-8859-2",
  dels=[D("Kovács-Szabó Eszter", title="főosztályvezető", email="eszter.kovacs-szabo@itm.gov.hu"),
        D("Tóth Gergely", title="szakmai tanácsadó", email="gergely.toth@itm.gov.hu")],
  sup="hun1")

M("grc", "el", "nomination", "GRC", ("Τμήμα Διεθνών Σχέσεων", "intrel@mindigital.gr"),
  "Απάντηση στην εγκύκλιο CI-19/35 - Ορισμός εκπροσώπου της Ελλάδας", "2019-08-14 11:58:26",
"""Αξιότιμε κύριε Clark,

Σε συνέχεια της εγκυκλίου CI-19/35, το Υπουργείο Ψηφιακής Διακυβέρνησης σας ενημερώνει ότι η Ελλάδα ενδιαφέρεται να συμμετάσχει στις διαβουλεύσεις για τις μικρομεσαίες επιχειρήσεις τεχνολογίας και καινοτομίας.

Για τη συνεδρίαση της Βουδαπέστης ορίζεται η κα Ελένη Καραγιάννη-Μαυρίδου (Eleni Karagianni-Mavridou), Προϊσταμένη Τμήματος Διεθνών Σχέσεων, e-mail: e.karagianni@mindigital.gr.

Με εκτίμηση,

Τμήμα Διεθνών Σχέσεων
Υπουργείο Ψηφιακής Διακυβέρνησης
Φραγκούδη 11 & Αλ. Πάντου, 101 63 Αθήνα""", tz="+0300", charset="iso-8859-7",
  dels=[D("Ελένη Καραγιάννη-Μαυρίδου", aliases=["Eleni Karagianni-Mavridou"], title="Προϊσταμένη Τμήματος Διεθνών Σχέσεων", email="e.karagianni@mindigital.gr")],
  slug="outlook_iso88597")

M("cyp", "el", "nomination", "CYP", ("Τμήμα Ηλεκτρονικών Επικοινωνιών", "dec@mcw.gov.cy"),
  "Συμμετοχή Κύπρου - Διαβούλευση ITU για ΜμΕ", "2019-08-19 10:22:14",
"""Αγαπητέ κύριε Clark,

Ζητούμε συγγνώμη για την καθυστερημένη απάντηση.

Το Τμήμα Ηλεκτρονικών Επικοινωνιών ορίζει τον κ. Ανδρέα Χριστοδούλου να εκπροσωπήσει την Κυπριακή Δημοκρατία στη συνεδρία της 10ης Σεπτεμβρίου στη Βουδαπέστη.

Όνομα: Ανδρέας Χριστοδούλου
Θέση: Λειτουργός Ηλεκτρονικών Επικοινωνιών Α΄
E-mail: achristodoulou@dec.mcw.gov.cy

Με εκτίμηση,
Τμήμα Ηλεκτρονικών Επικοινωνιών, Λευκωσία""", client="outlook", tz="+0300", charset="windows-1253",
  dels=[D("Ανδρέας Χριστοδούλου", title="Λειτουργός Ηλεκτρονικών Επικοινωνιών Α΄", email="achristodoulou@dec.mcw.gov.cy")])

M("ltu", "lt", "nomination", "LTU", ("RRT Tarptautinių ryšių skyrius", "trs@rrt.lt"),
  "Atsakymas į ITU aplinkraštį CI-19/35", "2019-08-12 10:33:37",
"""Gerbiamas pone Clarkai,

Ryšių reguliavimo tarnyba informuoja, kad Lietuvos Respublika yra suinteresuota dalyvauti konsultacijose dėl technologijų ir inovacijų MVĮ skatinimo.

Į pirmąjį susitikimą Budapešte deleguojame Rūtą Jankauskienę, Tarptautinių ryšių skyriaus vyriausiąją specialistę.

Kontaktai: Rūta Jankauskienė, Tarptautinių ryšių skyriaus vyriausioji specialistė, ruta.jankauskiene@rrt.lt, +370 5 210 5623

Pagarbiai
Tarptautinių ryšių skyrius
Ryšių reguliavimo tarnyba, Mortos g. 14, Vilnius""", tz="+0300", charset="windows-1257",
  dels=[D("Rūta Jankauskienė", title="Tarptautinių ryšių skyriaus vyriausioji specialistė", email="ruta.jankauskiene@rrt.lt")])

M("lva", "lv", "nomination", "LVA", ("Satiksmes ministrija", "satiksmes.ministrija@sam.gov.lv"),
  "Par dalību ITU konsultācijās (CI-19/35)", "2019-08-14 15:08:01",
"""Godātais Klarka kungs!

Satiksmes ministrija apstiprina Latvijas interesi piedalīties konsultāciju sesijās par tehnoloģiju un inovāciju MVU atbalstu.

Sesijai Budapeštā 10. septembrī nominējam Kristapu Ozoliņu, Sakaru departamenta vecāko ekspertu.

Dalībnieka dati:
Vārds, uzvārds: Kristaps Ozoliņš
Amats: Sakaru departamenta vecākais eksperts
E-pasts: kristaps.ozolins@sam.gov.lv

Ar cieņu,
Sakaru departaments
Gogoļa iela 3, Rīga""", client="lotus", tz="+0300", charset="iso-8859-13",
  dels=[D("Kristaps Ozoliņš", title="Sakaru departamenta vecākais eksperts", email="kristaps.ozolins@sam.gov.lv")])

M("est", "et", "nomination", "EST", ("Kadri Tamm-Saar", "kadri.tamm-saar@mkm.ee"),
  "Re: ITU CI-19/35", "2019-08-08 10:11:44",
"""Tere,

Eesti on huvitatud konsultatsioonidest tehnoloogia- ja innovatsiooni-VKEde teemal. Majandus- ja Kommunikatsiooniministeeriumi esindajana osalen Budapesti kohtumisel mina.

Kadri Tamm-Saar
digitaalarengu osakonna nõunik
Majandus- ja Kommunikatsiooniministeerium
Suur-Ameerika 1, 10122 Tallinn
kadri.tamm-saar@mkm.ee

Parimate soovidega
Kadri""", client="thunderbird", tz="+0300",
  quote=q_tb("23.07.2019 17:41 SME kirjutas:", CIRC["en"]),
  dels=[D("Kadri Tamm-Saar", title="digitaalarengu osakonna nõunik", email="kadri.tamm-saar@mkm.ee")])

M("ukr", "uk", "nomination", "UKR", ("Відділ міжнародного співробітництва НКРЗІ", "intl@nkrzi.gov.ua"),
  "Щодо участі України в консультаційній сесії МСЕ (CI-19/35)", "2019-08-15 16:17:52",
"""Шановний пане Кларк!

Національна комісія, що здійснює державне регулювання у сфері зв'язку та інформатизації, висловлює зацікавленість України в участі в консультаційних сесіях щодо сприяння технологічним та інноваційним МСП.

На першу сесію в Будапешті 10 вересня 2019 року пропонуємо делегувати Бондаренко Олену Миколаївну, головного спеціаліста відділу міжнародного співробітництва.

Бондаренко Олена Миколаївна (Olena Bondarenko)
головний спеціаліст відділу міжнародного співробітництва
o.bondarenko@nkrzi.gov.ua

З повагою,
відділ міжнародного співробітництва НКРЗІ
м. Київ, вул. Солом'янська, 29""", client="thunderbird", tz="+0300", charset="koi8-u",
  dels=[D("Бондаренко Олена Миколаївна", aliases=["Olena Bondarenko"], title="головний спеціаліст відділу міжнародного співробітництва", email="o.bondarenko@nkrzi.gov.ua")],
  slug="thunderbird_koi8u")

M("mlt_ooo", "mt", "auto_reply", None, ("Camilleri Joanne at MITA", "joanne.camilleri@gov.mt"),
  "Tweġiba awtomatika: " + CIRC_SUBJ, "2019-07-23 16:48:30",
"""Grazzi tal-email tiegħek.

Jien barra mill-uffiċċju sat-12 ta' Awwissu 2019. Jekk il-kwistjoni hija urġenti, jekk jogħġbok ikkuntattja lil international.mita@gov.mt.

Joanne Camilleri""", tz="+0200", irt=CIRC_MID,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], slug="outlook")

M("and", "ca", "nomination", "AND", ("Àrea de Societat Digital", "societatdigital@govern.ad"),
  "Resposta del Principat d'Andorra a la circular CI-19/35", "2019-08-14 12:08:19",
"""Benvolgut Sr. Clark,

El Govern d'Andorra agraeix la invitació i manifesta el seu interès a participar en les sessions de consulta sobre les pimes tecnològiques i innovadores.

Per a la sessió de Budapest del 10 de setembre, el Govern designa el Sr. Marc Rossell Pujol, cap de l'Àrea de Societat Digital (marc_rossell@govern.ad).

Atentament,

Àrea de Societat Digital
Ministeri de Presidència, Economia i Empresa
Govern d'Andorra""", tz="+0200", charset="iso-8859-1",
  dels=[D("Marc Rossell Pujol", title="cap de l'Àrea de Societat Digital", email="marc_rossell@govern.ad")])

# ============================================================================================
# Turkish, Persian, Pashto, Indonesian, Japanese, Korean, South-East / South / Central Asia, Caucasus, Hebrew
# ============================================================================================

M("tur", "tr", "nomination", "TUR", ("Dış İlişkiler Dairesi Başkanlığı", "disiliskiler@btk.gov.tr"),
  "ITU CI-19/35 sayılı genelge hk. - Türkiye katılımı", "2019-08-14 14:25:33",
"""Sayın Clark,

Uluslararası Telekomünikasyon Birliği'nin 23 Temmuz 2019 tarihli ve CI-19/35 sayılı genelgesi ile Üye Devletlerin davet edildiği "Teknoloji ve inovasyon KOBİ'lerinin desteklenmesi" konulu istişare toplantıları serisine Türkiye olarak katılım sağlamak istediğimizi bildiririz.

10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk toplantıya Kurumumuzu temsilen Sayın Dr. Mehmet Ali Yıldırım katılacaktır.

İrtibat bilgileri:
Dr. Mehmet Ali Yıldırım, Daire Başkan Yardımcısı
mehmetali.yildirim@btk.gov.tr / +90 312 294 7000

Bilgilerinize arz ederiz.

Saygılarımızla,
Dış İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu
Yeşilırmak Sok. No:16 Demirtepe, Ankara""", tz="+0300", charset="windows-1254",
  dels=[D("Mehmet Ali Yıldırım", title="Daire Başkan Yardımcısı", email="mehmetali.yildirim@btk.gov.tr")],
  slug="outlook_cp1254")

M("tr_ooo", "tr", "auto_reply", None, ("Zeynep Arslan", "zeynep.arslan@uab.gov.tr"),
  "Otomatik yanıt: " + CIRC_SUBJ, "2019-07-23 16:46:12",
"""Merhaba,

29 Temmuz 2019 tarihine kadar izinli olduğumdan e-postalarıma erişimim kısıtlıdır. Acil konular için lütfen dis.iliskiler@uab.gov.tr adresine yazınız.

Zeynep Arslan""", tz="+0300", irt=CIRC_MID, charset="iso-8859-9",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], slug="outlook")

M("irn", "fa", "nomination", "IRN", ("دفتر همکاری‌های بین‌المللی", "intl@ict.gov.ir"),
  "پاسخ به بخشنامه CI-19/35 - معرفی نماینده جمهوری اسلامی ایران", "2019-08-13 10:40:19",
"""جناب آقای کریستوفر کلارک
دبیرخانه SME اتحادیه بین‌المللی مخابرات

با سلام و احترام،

بازگشت به بخشنامه شماره CI-19/35 مورخ 23 ژوئیه 2019، بدین‌وسیله به اطلاع می‌رساند وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران علاقه‌مند به شرکت در جلسات مشورتی «حمایت از کسب‌وکارهای کوچک و متوسط فناور و نوآور» است.

برای نخستین جلسه در بوداپست، آقای دکتر محمدرضا احمدی، مدیرکل دفتر توسعه کسب‌وکارهای نوآور، معرفی می‌گردند.

Dr. Mohammadreza Ahmadi
Director General, Office for Innovative Businesses Development
m.ahmadi@ict.gov.ir

با تشکر،
دفتر همکاری‌های بین‌المللی
وزارت ارتباطات و فناوری اطلاعات - تهران""", tz="+0430", charset="utf-8", cte="base64", rtl=True,
  dels=[D("محمدرضا احمدی", aliases=["Mohammadreza Ahmadi"], title="مدیرکل دفتر توسعه کسب‌وکارهای نوآور", email="m.ahmadi@ict.gov.ir")])

M("afg_atra", "fa", "interest_only", "AFG", ("ATRA International Relations", "atra.intl@gmail.com"),
  "ابراز علاقه افغانستان - جلسات مشورتی SME", "2019-08-14 09:11:47",
"""محترم کریستوفر کلارک،

با عرض سلام و احترام،

اداره تنظیم خدمات مخابراتی افغانستان (اترا) علاقه‌مندی جمهوری اسلامی افغانستان را به اشتراک در جلسات مشورتی در مورد شرکت‌های کوچک و متوسط تکنالوژی ابراز می‌دارد. نام نماینده ما برای جلسه بوداپست بعد از منظوری مقام وزارت مخابرات و تکنالوژی معلوماتی به شما ارسال خواهد شد.

با احترام،
آمریت روابط بین‌المللی، اترا، کابل""", client="gmail", tz="+0430", rtl=True)

M("afg_mcit", "ps", "nomination", "AFG", ("MCIT International Relations", "intl.relations@mcit.gov.af"),
  "د CI-19/35 لیک ځواب - د افغانستان نوماند", "2019-08-16 11:52:03",
"""محترم کریسټوفر کلارک،

د افغانستان اسلامي جمهوریت د مخابراتو او معلوماتي ټکنالوژۍ وزارت د CI-19/35 لیک په ځواب کې د مشورتي غونډو سره خپله لېوالتیا څرګندوي.

وزارت ښاغلی احمد شاه ستانکزی، د نوښت او کوچنیو سوداګریو د پراختیا رئیس، د بوداپیسټ غونډې ته نوماند کړی دی.

Ahmad Shah Stanekzai
a.stanekzai@mcit.gov.af

په درناوي،
د نړیوالو اړیکو ریاست
د مخابراتو او معلوماتي ټکنالوژۍ وزارت، کابل""", tz="+0430", rtl=True,
  dels=[D("احمد شاه ستانکزی", aliases=["Ahmad Shah Stanekzai"], title="د نوښت او کوچنیو سوداګریو د پراختیا رئیس", email="a.stanekzai@mcit.gov.af")])

M("idn1", "id", "nomination", "IDN", ("Biro Kerja Sama Internasional Kominfo", "bkli@mail.kominfo.go.id"),
  "Tanggapan atas Surat Edaran ITU CI-19/35", "2019-08-08 06:47:20",
"""Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran ITU nomor CI-19/35 tanggal 23 Juli 2019, Kementerian Komunikasi dan Informatika Republik Indonesia menyampaikan minat untuk berpartisipasi dalam rangkaian sesi konsultasi mengenai pengembangan UKM teknologi dan inovasi.

Untuk sesi pertama di Budapest pada tanggal 10 September 2019, kami menugaskan Bapak Dr. Ir. Hendra Wijaya Kusuma, M.Sc., Direktur Ekonomi Digital, Direktorat Jenderal Aplikasi Informatika (hendra.wk@kominfo.go.id).

Atas perhatian Bapak, kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
Jl. Medan Merdeka Barat No. 9, Jakarta 10110""", client="zimbra", tz="+0700",
  dels=[D("Hendra Wijaya Kusuma", title="Direktur Ekonomi Digital", email="hendra.wk@kominfo.go.id")])

M("idn2", "id", "correction", "IDN", ("Biro Kerja Sama Internasional Kominfo", "bkli@mail.kominfo.go.id"),
  "Re: Tanggapan atas Surat Edaran ITU CI-19/35 - perubahan delegasi", "2019-08-15 05:30:44",
"""Yth. Bapak Christopher Clark,

Menyusul email kami tanggal 8 Agustus 2019, dengan hormat kami sampaikan bahwa Bapak Hendra Wijaya Kusuma berhalangan hadir karena penugasan lain.

Sebagai gantinya, Kementerian Kominfo menugaskan:
Nama: Ibu Ratna Sari Dewi Lestari
Jabatan: Kepala Subdirektorat Startup Digital
Email: ratna.lestari@kominfo.go.id

Mohon maaf atas perubahan ini dan terima kasih atas kerja samanya.

Hormat kami,
Biro Kerja Sama Internasional - Kominfo""", client="zimbra", tz="+0700",
  quote=q_tb("----- Pesan asli -----\nDari: \"Biro Kerja Sama Internasional Kominfo\" <bkli@mail.kominfo.go.id>\nKepada: sme@itu.int\nTerkirim: Kamis, 8 Agustus 2019 11:47:20\nSubjek: Tanggapan atas Surat Edaran ITU CI-19/35",
             "Yth. Bapak Christopher Clark,\n\nMenindaklanjuti Surat Edaran ITU nomor CI-19/35 [...] kami menugaskan Bapak Dr. Ir. Hendra Wijaya Kusuma, M.Sc., Direktur Ekonomi Digital [...]"),
  dels=[D("Ratna Sari Dewi Lestari", title="Kepala Subdirektorat Startup Digital", email="ratna.lestari@kominfo.go.id")],
  sup="idn1")

M("jpn", "ja", "nomination", "JPN", ("佐藤 健一", "k-sato@soumu.go.jp"),
  "【総務省】回章CI-19/35 ブダペスト会合への出席者について", "2019-08-09 03:12:55",
"""ITU SME事務局 御中
Christopher Clark様

いつもお世話になっております。
総務省国際戦略局国際経済課の佐藤です。

回章CI-19/35にてご案内いただきました「技術・イノベーション中小企業の育成」に関する協議会合につきまして、我が国として参加を希望いたします。

9月10日のブダペスト会合には、以下の者が出席いたします。

氏名：山本 恵美（YAMAMOTO Emi）
役職：総務省国際戦略局国際経済課 課長補佐
メール：e.yamamoto@soumu.go.jp

どうぞよろしくお願いいたします。

佐藤 健一
総務省 国際戦略局 国際経済課
〒100-8926 東京都千代田区霞が関2-1-2
TEL: 03-5253-5111""", client="thunderbird", tz="+0900", charset="iso-2022-jp", cte="7bit", flowed=False,
  dels=[D("山本 恵美", aliases=["YAMAMOTO Emi"], title="総務省国際戦略局国際経済課 課長補佐", email="e.yamamoto@soumu.go.jp")],
  slug="thunderbird_iso2022jp")

M("ja_ooo", "ja", "auto_reply", None, ("高橋 直子", "n-takahashi@soumu.go.jp"),
  "不在通知: " + CIRC_SUBJ, "2019-07-23 16:49:27",
"""誠に恐れ入りますが、7月29日まで出張のため不在にしております。
メールの確認が遅れますことをご了承ください。

I am on mission until 29 July with limited access to e-mail.

高橋 直子""", tz="+0900", charset="iso-2022-jp", cte="7bit", irt=CIRC_MID, html=False,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], slug="outlook")

M("kor", "ko", "nomination", "KOR", ("박성민", "smpark@korea.kr"),
  "RE: ITU 회람 CI-19/35 - 대한민국 참석자 통보", "2019-08-12 07:38:16",
"""Clark 님께,

안녕하십니까. 과학기술정보통신부 다자협력담당관실입니다.

ITU 회람 CI-19/35와 관련하여, 대한민국은 '기술·혁신 중소기업 육성' 협의 세션에 참여를 희망합니다.

9월 10일 부다페스트 세션에는 아래 직원이 참석할 예정입니다.

- 성명: 김지현 (KIM Jihyun)
- 직위: 정보통신산업정책과 사무관
- 이메일: jihyun.kim@korea.kr

감사합니다.

박성민 드림
과학기술정보통신부 국제협력관 다자협력담당관실
세종특별자치시 가름로 194""", tz="+0900", charset="ks_c_5601-1987", cte="base64",
  quote=q_circ("ko", clang="en", tz_local="+0900"),
  dels=[D("김지현", aliases=["KIM Jihyun"], title="정보통신산업정책과 사무관", email="jihyun.kim@korea.kr")],
  slug="outlook_ksc5601")

M("kr_startup", "ko", "inquiry", None, ("이준호", "junho.lee@iotbridge.co.kr"),
  "ITU 중소기업 협의 세션 참석 문의드립니다", "2019-08-07 09:21:08",
"""안녕하세요, ITU SME 담당자님.

저는 판교에 있는 IoT 스타트업 아이오티브릿지의 이준호 대표입니다. 이번 ITU Telecom World 2019 부다페스트 전시회에 참가할 예정인데, 9월 10일 협의 세션에 민간 기업도 참관이 가능한지 궁금해서 연락드립니다.

참관이 가능하다면 신청 방법을 알려주시면 감사하겠습니다.

이준호 드림
아이오티브릿지 대표
010-4827-3391""", client="naver", tz="+0900", domain="iotbridge.co.kr")

M("vnm", "vi", "nomination", "VNM", ("Vụ Hợp tác quốc tế - Bộ TT&TT", "htqt@mic.gov.vn"),
  "V/v cử cán bộ tham dự phiên tham vấn của ITU về doanh nghiệp nhỏ và vừa", "2019-08-15 05:18:40",
"""Kính gửi: Ông Christopher Clark, Ban Thư ký SME, Liên minh Viễn thông Quốc tế

Phúc đáp Thư thông báo CI-19/35 ngày 23/7/2019, Bộ Thông tin và Truyền thông Việt Nam xin thông báo Việt Nam quan tâm tới chuỗi phiên tham vấn về thúc đẩy doanh nghiệp nhỏ và vừa trong lĩnh vực công nghệ và đổi mới sáng tạo.

Bộ cử Ông Nguyễn Văn Thành (Mr. NGUYEN Van Thanh), Phó Vụ trưởng Vụ Hợp tác quốc tế, tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019.

Thông tin liên hệ: nvthanh@mic.gov.vn

Trân trọng,
Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
18 Nguyễn Du, Hà Nội""", tz="+0700", charset="utf-8",
  dels=[D("Nguyễn Văn Thành", aliases=["NGUYEN Van Thanh"], title="Phó Vụ trưởng Vụ Hợp tác quốc tế", email="nvthanh@mic.gov.vn")])

M("tha", "th", "nomination", "THA", ("กองการต่างประเทศ สป.ดศ.", "foreign@mdes.go.th"),
  "การเสนอชื่อผู้เข้าร่วมการประชุมหารือ ITU (CI-19/35)", "2019-08-13 10:02:31",
"""เรียน Mr. Christopher Clark

ตามที่ ITU ได้มีหนังสือเวียนที่ CI-19/35 ลงวันที่ 23 กรกฎาคม 2562 เชิญประเทศสมาชิกเข้าร่วมการประชุมหารือเรื่องการส่งเสริม SME ด้านเทคโนโลยีและนวัตกรรม นั้น

กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ขอแจ้งความประสงค์เข้าร่วม และขอเสนอชื่อ นางสาวพิมพ์ชนก ศรีสุวรรณ ตำแหน่ง นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ เข้าร่วมการประชุมครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562

Ms. Pimchanok Srisuwan, pimchanok.s@mdes.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
กองการต่างประเทศ
สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม""", tz="+0700", charset="tis-620",
  dels=[D("พิมพ์ชนก ศรีสุวรรณ", aliases=["Pimchanok Srisuwan"], title="นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", email="pimchanok.s@mdes.go.th")],
  slug="outlook_tis620")

M("ind_meity", "hi", "nomination", "IND", ("Ajay Kumar Mishra", "us-ic@meity.gov.in"),
  "परिपत्र CI-19/35 – परामर्श सत्र हेतु नामांकन", "2019-08-14 07:25:06",
"""सेवा में,
श्री क्रिस्टोफर क्लार्क
एसएमई सचिवालय, अंतर्राष्ट्रीय दूरसंचार संघ, जिनेवा

विषय: परिपत्र CI-19/35 – प्रौद्योगिकी एवं नवाचार एसएमई परामर्श सत्र हेतु नामांकन।

महोदय,

उपर्युक्त विषय के संदर्भ में, इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय, भारत सरकार, बुडापेस्ट में 10 सितंबर 2019 को होने वाले प्रथम परामर्श सत्र हेतु डॉ. सुनीता शर्मा, वैज्ञानिक 'एफ', स्टार्टअप हब, को नामित करता है। उनका ईमेल पता sunita.sharma@meity.gov.in है।

(Dr. Sunita Sharma, Scientist 'F', MeitY Startup Hub)

भवदीय,

(अजय कुमार मिश्रा)
अवर सचिव, अंतर्राष्ट्रीय सहयोग प्रभाग
इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय
इलेक्ट्रॉनिक्स निकेतन, 6 सीजीओ कॉम्प्लेक्स, नई दिल्ली""", client="zimbra", tz="+0530",
  dels=[D("सुनीता शर्मा", aliases=["Sunita Sharma"], title="वैज्ञानिक 'एफ', स्टार्टअप हब", email="sunita.sharma@meity.gov.in")])

M("bgd", "bn", "nomination", "BGD", ("Abdullah Al Mamun", "mamun.ptd@gmail.com"),
  "সার্কুলার CI-19/35 - বুদাপেস্ট পরামর্শ সভার জন্য মনোনয়ন", "2019-08-12 08:34:59",
"""জনাব ক্রিস্টোফার ক্লার্ক,

আইটিইউ-এর সার্কুলার CI-19/35-এর প্রেক্ষিতে জানানো যাচ্ছে যে, গণপ্রজাতন্ত্রী বাংলাদেশ সরকারের ডাক ও টেলিযোগাযোগ বিভাগ প্রযুক্তি ও উদ্ভাবনী এসএমই বিষয়ক পরামর্শ সভায় অংশগ্রহণে আগ্রহী।

বুদাপেস্টে ১০ সেপ্টেম্বর ২০১৯ তারিখে অনুষ্ঠিতব্য সভার জন্য বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশনের (বিটিআরসি) উপপরিচালক ফারহানা ইয়াসমিন-কে মনোনয়ন প্রদান করা হলো।
(Ms. Farhana Yasmin, Deputy Director, BTRC - farhana.yasmin@btrc.gov.bd)

ধন্যবাদান্তে,

মোঃ আব্দুল্লাহ আল মামুন
সিনিয়র সহকারী সচিব
ডাক ও টেলিযোগাযোগ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা""", client="gmail", tz="+0600",
  dels=[D("ফারহানা ইয়াসমিন", aliases=["Farhana Yasmin"], title="উপপরিচালক", email="farhana.yasmin@btrc.gov.bd")])

M("pak_pta", "ur", "inquiry", "PAK", ("Imran Haider", "imran.haider@pta.gov.pk"),
  "سرکلر CI-19/35 کے بارے میں استفسار", "2019-08-09 10:48:21",
"""محترم کرسٹوفر کلارک صاحب،

السلام علیکم،

پاکستان ٹیلی کمیونیکیشن اتھارٹی (پی ٹی اے) سرکلر CI-19/35 کے حوالے سے یہ دریافت کرنا چاہتی ہے کہ کیا وزارت آئی ٹی و ٹیلی کام کی جانب سے نامزدگی کے علاوہ پی ٹی اے بھی بوداپسٹ اجلاس کے لیے اپنا ایک نمائندہ نامزد کر سکتی ہے، یا ہر رکن ملک سے صرف ایک شریک کی گنجائش ہے؟

براہ کرم رہنمائی فرمائیں۔

شکریہ،
عمران حیدر
ڈپٹی ڈائریکٹر (بین الاقوامی امور)
پاکستان ٹیلی کمیونیکیشن اتھارٹی، اسلام آباد""", tz="+0500", rtl=True)

M("npl", "ne", "nomination", "NPL", ("International Relations Section MoCIT", "irs@mocit.gov.np"),
  "परिपत्र CI-19/35 बमोजिम मनोनयन", "2019-08-14 09:40:12",
"""आदरणीय क्रिस्टोफर क्लार्कज्यू,

आईटीयूको परिपत्र CI-19/35 सम्बन्धमा, नेपाल सरकार, सञ्चार तथा सूचना प्रविधि मन्त्रालयले बुडापेस्टमा हुने परामर्श सत्रमा सहभागिताका लागि उपसचिव श्री रामप्रसाद अधिकारीलाई मनोनयन गरेको व्यहोरा अनुरोध छ।

नाम: रामप्रसाद अधिकारी (Ram Prasad Adhikari)
पद: उपसचिव
इमेल: rpadhikari@mocit.gov.np

भवदीय,
अन्तर्राष्ट्रिय सम्बन्ध शाखा
सञ्चार तथा सूचना प्रविधि मन्त्रालय, सिंहदरबार, काठमाडौं""", client="roundcube", tz="+0545",
  dels=[D("रामप्रसाद अधिकारी", aliases=["Ram Prasad Adhikari"], title="उपसचिव", email="rpadhikari@mocit.gov.np")])

M("lka_icta", "si", "nomination", "LKA", ("Nadeesha Wickramasinghe", "nadeesha@icta.lk"),
  "CI-19/35 - ශ්‍රී ලංකාවේ නාමයෝජනාව", "2019-08-12 07:15:36",
"""ගරු ක්‍රිස්ටෝෆර් ක්ලාක් මහතා වෙත,

CI-19/35 චක්‍රලේඛයට අදාළව, ශ්‍රී ලංකා තොරතුරු හා සන්නිවේදන තාක්ෂණ ආයතනය (ICTA) බුඩාපෙස්ට් හි පැවැත්වෙන උපදේශන සැසියට සහභාගී වීමට කැමැත්ත පළ කරයි. ඒ සඳහා ජ්‍යෙෂ්ඨ කළමනාකරු සමන් කුමාර පෙරේරා මහතා නම් කරනු ලැබේ.

Saman Kumara Perera
Senior Manager - Startup Ecosystem, ICTA
saman.perera@icta.lk

ස්තූතියි,
නදීෂා වික්‍රමසිංහ
ICTA, කොළඹ 03""", client="gmail", tz="+0530", domain="icta.lk",
  dels=[D("සමන් කුමාර පෙරේරා", aliases=["Saman Kumara Perera"], title="Senior Manager - Startup Ecosystem", email="saman.perera@icta.lk")])

M("lka_trc", "ta", "inquiry", "LKA", ("K. Sivakumar", "sivakumar@trc.gov.lk"),
  "CI-19/35 - அமர்வு அறிக்கை தொடர்பான வினவல்", "2019-08-13 06:05:48",
"""அன்புள்ள திரு. கிறிஸ்டோபர் கிளார்க் அவர்களுக்கு,

CI-19/35 சுற்றறிக்கை தொடர்பாக, இலங்கை தொலைத்தொடர்பு ஒழுங்குபடுத்தல் ஆணைக்குழு ஒரு கேள்வியைக் கேட்க விரும்புகிறது: புடாபெஸ்ட் அமர்வின் விவாதங்களின் சுருக்க அறிக்கை, அமர்வில் பங்கேற்காத உறுப்பு நாடுகளுக்கும் பகிரப்படுமா?

நன்றி,
க. சிவகுமார்
சர்வதேச உறவுகள் பிரிவு
இலங்கை தொலைத்தொடர்பு ஒழுங்குபடுத்தல் ஆணைக்குழு, கொழும்பு""", client="thunderbird", tz="+0530")

M("khm", "km", "nomination", "KHM", ("International Cooperation Department MPTC", "icd@mptc.gov.kh"),
  "ការចាត់តាំងមន្ត្រីចូលរួមវគ្គពិគ្រោះយោបល់ ITU (CI-19/35)", "2019-08-15 06:44:27",
"""សូមគោរពជូន លោក Christopher Clark

ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ នៃព្រះរាជាណាចក្រកម្ពុជា សូមជម្រាបជូនថា កម្ពុជាមានចំណាប់អារម្មណ៍ចូលរួមក្នុងវគ្គពិគ្រោះយោបល់ ស្តីពីការលើកកម្ពស់សហគ្រាសធុនតូច និងមធ្យមផ្នែកបច្ចេកវិទ្យា និងនវានុវត្តន៍។

ក្រសួងសូមចាត់តាំង លោក សុខ វិចិត្រ អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ ឱ្យចូលរួមវគ្គទីមួយនៅទីក្រុងប៊ុយដាប៉េស្ត។

Mr. SOK Vichet - vichet.sok@mptc.gov.kh

សូមអរគុណ
នាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ""", client="gmail", tz="+0700", domain="mptc.gov.kh",
  dels=[D("សុខ វិចិត្រ", aliases=["SOK Vichet"], title="អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ", email="vichet.sok@mptc.gov.kh")])

M("lao", "lo", "nomination", "LAO", ("ກົມແຜນການ ແລະ ການຮ່ວມມື", "planning@mpt.gov.la"),
  "ສະເໜີຊື່ຜູ້ເຂົ້າຮ່ວມກອງປະຊຸມ ITU (CI-19/35)", "2019-08-14 05:50:09",
"""ຮຽນ: ທ່ານ Christopher Clark

ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ຂໍແຈ້ງໃຫ້ຊາບວ່າ ສປປ ລາວ ມີຄວາມສົນໃຈເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລື ແລະ ຂໍສະເໜີ ທ່ານ ສົມພອນ ພົມມະວົງ, ຫົວໜ້າພະແນກຮ່ວມມືສາກົນ, ເຂົ້າຮ່ວມກອງປະຊຸມທີ່ນະຄອນບູດາເປັດ ວັນທີ 10 ກັນຍາ 2019.

Mr. Somphone Phommavong - somphone.p@mpt.gov.la

ດ້ວຍຄວາມນັບຖື
ກົມແຜນການ ແລະ ການຮ່ວມມື""", client="roundcube", tz="+0700",
  dels=[D("ສົມພອນ ພົມມະວົງ", aliases=["Somphone Phommavong"], title="ຫົວໜ້າພະແນກຮ່ວມມືສາກົນ", email="somphone.p@mpt.gov.la")])

M("mmr", "my", "nomination", "MMR", ("PTD International Relations", "ir.ptd@mptmail.net.mm"),
  "CI-19/35 - Myanmar nomination / ဆွေးနွေးပွဲ တက်ရောက်မည့်သူ", "2019-08-16 06:26:54",
"""လေးစားအပ်ပါသော Mr. Christopher Clark ခင်ဗျား၊

CI-19/35 စာနှင့်ပတ်သက်၍ ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာနမှ ဘူဒါပက်စ်မြို့တွင် ကျင်းပမည့် ဆွေးနွေးညှိနှိုင်းပွဲသို့ ဦးကျော်မင်းထွန်း၊ ဒုတိယညွှန်ကြားရေးမှူး၊ ဆက်သွယ်ရေးဦးစီးဌာန အား စေလွှတ်မည်ဖြစ်ပါသည်။

U Kyaw Min Htun, Deputy Director, Posts and Telecommunications Department, kyawminhtun@ptd.gov.mm

လေးစားစွာဖြင့်
နိုင်ငံတကာဆက်ဆံရေးဌာနခွဲ၊ ဆက်သွယ်ရေးဦးစီးဌာန၊ နေပြည်တော်""", client="plain", tz="+0630",
  dels=[D("ကျော်မင်းထွန်း", aliases=["Kyaw Min Htun"], title="Deputy Director, Posts and Telecommunications Department", email="kyawminhtun@ptd.gov.mm")])

M("mys", "ms", "nomination", "MYS", ("Bahagian Antarabangsa KKMM", "antarabangsa@kkmm.gov.my"),
  "Maklum balas Surat Pekeliling ITU CI-19/35", "2019-08-15 04:33:12",
"""Tuan/Puan,

Merujuk kepada Surat Pekeliling ITU CI-19/35 bertarikh 23 Julai 2019.

2. Kementerian Komunikasi dan Multimedia Malaysia (KKMM) dengan sukacitanya memaklumkan bahawa Malaysia berminat untuk menyertai siri sesi konsultasi berkenaan PKS teknologi dan inovasi.

3. Untuk sesi pertama di Budapest pada 10 September 2019, KKMM menamakan Puan Nurul Aini binti Abdullah, Ketua Penolong Setiausaha, Bahagian Antarabangsa (nurulaini@kkmm.gov.my).

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Bahagian Antarabangsa
Kementerian Komunikasi dan Multimedia Malaysia
Putrajaya""", tz="+0800",
  dels=[D("Nurul Aini binti Abdullah", title="Ketua Penolong Setiausaha, Bahagian Antarabangsa", email="nurulaini@kkmm.gov.my")])

M("brn", "ms", "nomination", "BRN", ("Siti Hajar Osman", "sitihajar.osman@aiti.gov.bn"),
  "Penamaan Negara Brunei Darussalam - Sesi Konsultasi PKS", "2019-08-14 03:55:40",
"""Assalamualaikum dan salam sejahtera,

Dengan hormatnya, Authority for Info-communications Technology Industry (AITI) bagi pihak Negara Brunei Darussalam ingin memaklumkan minat untuk menyertai sesi konsultasi tersebut. Saya, Dayang Siti Hajar binti Haji Osman, Pegawai Kanan, Bahagian Pembangunan Industri, telah dinamakan untuk menghadiri sesi di Budapest.

Terima kasih.

Siti Hajar binti Haji Osman
Pegawai Kanan, Bahagian Pembangunan Industri
AITI, Bandar Seri Begawan""", client="o365", tz="+0800",
  dels=[D("Siti Hajar binti Haji Osman", title="Pegawai Kanan, Bahagian Pembangunan Industri", email="sitihajar.osman@aiti.gov.bn")])

M("phl", "tl", "nomination", "PHL", ("Jose Miguel R. Villanueva", "jm.villanueva@dict.gov.ph"),
  "Nominasyon ng Pilipinas - SME consultation session, Budapest", "2019-08-15 08:02:37",
"""Magandang araw po, G. Clark,

Bilang tugon sa Circular CI-19/35, nais po naming ipaalam na interesado ang Pilipinas na lumahok sa mga consultation session para sa mga tech at innovation SME.

Itinalaga po ng Department of Information and Communications Technology (DICT) si Gng. Maria Lourdes Dela Cruz-Santos, Direktor ng ICT Industry Development Bureau, para dumalo sa sesyon sa Budapest sa Setyembre 10.

Email: mldelacruz.santos@dict.gov.ph

Maraming salamat po,

Jose Miguel R. Villanueva
International Cooperation Division, DICT
C.P. Garcia Ave., Diliman, Quezon City""", client="gmail", tz="+0800", domain="dict.gov.ph",
  dels=[D("Maria Lourdes Dela Cruz-Santos", title="Direktor ng ICT Industry Development Bureau", email="mldelacruz.santos@dict.gov.ph")])

M("mng", "mn", "nomination", "MNG", ("Гадаад харилцааны хэлтэс", "foreign@cita.gov.mn"),
  "CI-19/35 тойрог захидлын хариу", "2019-08-13 04:58:03",
"""Эрхэм Кристофер Кларк танаа,

Олон улсын цахилгаан холбооны байгууллагын CI-19/35 тойрог захидлын дагуу Монгол Улсын Харилцаа холбоо, мэдээллийн технологийн газар Будапешт хотноо болох зөвлөлдөх уулзалтад оролцох сонирхолтой байгааг мэдэгдэж, тус газрын Гадаад харилцааны хэлтсийн дарга Батбаярын Энхжаргалыг нэр дэвшүүлж байна.

Нэр: Батбаярын Энхжаргал (Enkhjargal Batbayar)
Албан тушаал: Гадаад харилцааны хэлтсийн дарга
И-мэйл: enkhjargal.b@cita.gov.mn

Хүндэтгэсэн,
Гадаад харилцааны хэлтэс
ХХМТГ, Улаанбаатар""", tz="+0800",
  dels=[D("Батбаярын Энхжаргал", aliases=["Enkhjargal Batbayar"], title="Гадаад харилцааны хэлтсийн дарга", email="enkhjargal.b@cita.gov.mn")])

M("geo", "ka", "nomination", "GEO", ("Nino Beridze", "n.beridze@economy.ge"),
  "CI-19/35 - საქართველოს მონაწილეობა", "2019-08-15 13:47:25",
"""ბატონო კრისტოფერ,

ITU-ის CI-19/35 ცირკულარის პასუხად, საქართველოს ეკონომიკისა და მდგრადი განვითარების სამინისტრო გაცნობებთ, რომ საქართველო დაინტერესებულია კონსულტაციებში მონაწილეობით. ბუდაპეშტის სესიაზე საქართველოს წარმოადგენს ნინო ბერიძე, ინოვაციების პოლიტიკის სამმართველოს უფროსი.

Nino Beridze
Head of Innovation Policy Division
n.beridze@economy.ge

პატივისცემით,
ნინო ბერიძე""", client="apple", tz="+0400",
  dels=[D("ნინო ბერიძე", aliases=["Nino Beridze"], title="ინოვაციების პოლიტიკის სამმართველოს უფროსი", email="n.beridze@economy.ge")])

M("arm", "hy", "nomination", "ARM", ("Միջազգային համագործակցության վարչություն", "intl@mhti.am"),
  "CI-19/35 - Հայաստանի մասնակցությունը", "2019-08-14 10:14:58",
"""Հարգելի պարոն Քլարք,

ՀՀ բարձր տեխնոլոգիական արդյունաբերության նախարարությունը տեղեկացնում է, որ Հայաստանի Հանրապետությունը հետաքրքրված է խորհրդակցություններին մասնակցելու հարցում։ Բուդապեշտում կայանալիք առաջին նիստին կմասնակցի նախարարության միջազգային համագործակցության վարչության պետ Լիլիթ Հովհաննիսյանը։

Լիլիթ Հովհաննիսյան (Lilit Hovhannisyan)
միջազգային համագործակցության վարչության պետ
l.hovhannisyan@mhti.am

Հարգանքով՝
Միջազգային համագործակցության վարչություն, Երևան""", tz="+0400",
  dels=[D("Լիլիթ Հովհաննիսյան", aliases=["Lilit Hovhannisyan"], title="միջազգային համագործակցության վարչության պետ", email="l.hovhannisyan@mhti.am")])

M("aze", "az", "nomination", "AZE", ("Beynəlxalq əməkdaşlıq şöbəsi", "intl@mincom.gov.az"),
  "CI-19/35 saylı sirkulyar məktuba cavab", "2019-08-13 12:31:44",
"""Hörmətli cənab Klark,

Azərbaycan Respublikasının Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi CI-19/35 saylı sirkulyar məktuba cavab olaraq bildirir ki, Azərbaycan məsləhətləşmələrdə iştirak etməkdə maraqlıdır. Budapeştdə keçiriləcək ilk sessiyada Nazirliyin Beynəlxalq əməkdaşlıq şöbəsinin müdiri Elvin Məmmədovun iştirakı nəzərdə tutulur.

Ad, soyad: Elvin Məmmədov
Vəzifə: Beynəlxalq əməkdaşlıq şöbəsinin müdiri
E-poçt: e.mammadov@mincom.gov.az

Hörmətlə,
Beynəlxalq əməkdaşlıq şöbəsi, Bakı""", client="zimbra", tz="+0400",
  dels=[D("Elvin Məmmədov", title="Beynəlxalq əməkdaşlıq şöbəsinin müdiri", email="e.mammadov@mincom.gov.az")])

M("astana_hub", "kk", "inquiry", None, ("Айгерім Сәрсенбаева", "a.sarsenbayeva@astanahub.com"),
  "CI-19/35 бойынша сұрақ", "2019-08-10 08:12:33",
"""Құрметті ITU хатшылығы,

Біз Astana Hub халықаралық технопаркінің өкіліміз. CI-19/35 циркулярлық хаты бойынша сұрақ қойғымыз келеді: технопарк резиденттері болып табылатын стартаптар Будапешттегі 10 қыркүйектегі консультациялық сессияға бақылаушы ретінде қатыса ала ма?

Алдын ала рақмет,
Айгерім Сәрсенбаева
Халықаралық серіктестік менеджері, Astana Hub""", client="gmail", tz="+0600", domain="astanahub.com")

M("uzb", "uz", "nomination", "UZB", ("Xalqaro hamkorlik boshqarmasi", "intl@mitc.uz"),
  "CI-19/35-sonli tsirkulyar xatga javob", "2019-08-15 09:06:22",
"""Hurmatli janob Klark,

O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi CI-19/35-sonli tsirkulyar xatga javoban O'zbekistonning maslahatlashuv sessiyalarida ishtirok etishdan manfaatdor ekanligini ma'lum qiladi.

Budapeshtdagi birinchi sessiyada vazirlikning Xalqaro hamkorlik boshqarmasi boshlig'i Dilshod Karimov ishtirok etadi.

Dilshod Karimov (Дилшод Каримов)
Xalqaro hamkorlik boshqarmasi boshlig'i
d.karimov@mitc.uz

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi, Toshkent""", tz="+0500",
  dels=[D("Dilshod Karimov", aliases=["Дилшод Каримов"], title="Xalqaro hamkorlik boshqarmasi boshlig'i", email="d.karimov@mitc.uz")])

M("kgz", "ky", "nomination", "KGZ", ("ГКИТиС Эл аралык бөлүм", "intl@gkits.kg"),
  "CI-19/35 Кыргызстан", "2019-08-15 10:05:40",
"""Урматтуу Кристофер Кларк мырза,

Кыргыз Республикасынын Маалыматтык технологиялар жана байланыш мамлекеттик комитети CI-19/35 циркулярдык катка жооп катары Будапешттеги консультациялык сессияга катышууга кызыкдар экенин билдирет.

Сессияга комитеттин эл аралык кызматташтык бөлүмүнүн башкы адиси Осмонова Бермет Айбековна катышат.
Байланыш: b.osmonova@ya.ru, +996 312 62 03 11

Урматтоо менен,
Эл аралык кызматташтык бөлүмү, Бишкек""", client="mailru", tz="+0600",
  dels=[D("Осмонова Бермет Айбековна", title="эл аралык кызматташтык бөлүмүнүн башкы адиси", email="b.osmonova@ya.ru")])

M("tjk", "tg", "nomination", "TJK", ("Шуъбаи ҳамкориҳои байналмилалӣ", "intl@alogha.tj"),
  "Ҷавоб ба мактуби даврии CI-19/35", "2019-08-16 08:40:27",
"""Ҷаноби муҳтарам Кристофер Кларк,

Хадамоти алоқаи назди Ҳукумати Ҷумҳурии Тоҷикистон ба мактуби даврии CI-19/35 посух дода, иттилоъ медиҳад, ки Ҷумҳурии Тоҷикистон ба иштирок дар ҷаласаҳои машваратӣ манфиатдор аст.

Дар ҷаласаи аввал дар шаҳри Будапешт сардори шуъбаи ҳамкориҳои байналмилалӣ Шарипов Фирдавс Раҳимович иштирок хоҳад кард.
Почтаи электронӣ: f.sharipov@alogha.tj

Бо эҳтиром,
Шуъбаи ҳамкориҳои байналмилалӣ, Душанбе""", client="thunderbird", tz="+0500",
  dels=[D("Шарипов Фирдавс Раҳимович", title="сардори шуъбаи ҳамкориҳои байналмилалӣ", email="f.sharipov@alogha.tj")])

M("isr", "he", "nomination", "ISR", ("אגף קשרי חוץ", "foreign@moc.gov.il"),
  "חוזר CI-19/35 - מינוי נציגת ישראל", "2019-08-15 14:53:11",
"""שלום רב,

בהמשך לחוזר CI-19/35, משרד התקשורת מודיע כי מדינת ישראל מעוניינת להשתתף בסדרת מפגשי ההתייעצות בנושא קידום עסקים קטנים ובינוניים בתחומי הטכנולוגיה והחדשנות.

למפגש הראשון בבודפשט ב-10 בספטמבר 2019 אנו ממנים את גב' מיכל לוי-שטרן, מנהלת תחום כלכלה ורגולציה (Ms. Michal Levy-Stern), michal.ls@moc.gov.il.

בברכה,
אגף קשרי חוץ
משרד התקשורת, ירושלים""", tz="+0300", charset="windows-1255", rtl=True, hlang="HE",
  dels=[D("מיכל לוי-שטרן", aliases=["Michal Levy-Stern"], title="מנהלת תחום כלכלה ורגולציה", email="michal.ls@moc.gov.il")],
  slug="outlook_cp1255")

# ============================================================================================
# Swahili, Amharic, Somali, Hausa, Kinyarwanda, Malagasy
# ============================================================================================

M("tza", "sw", "nomination", "TZA", ("Eliya Mbwambo", "eliya.mbwambo@mawasiliano.go.tz"),
  "YAH: USHIRIKI WA TANZANIA - VIKAO VYA MASHAURIANO (CI-19/35)", "2019-08-14 12:36:05",
"""Ndugu Christopher Clark,

YAH: USHIRIKI WA TANZANIA KATIKA VIKAO VYA MASHAURIANO KUHUSU BIASHARA NDOGO NA ZA KATI ZA TEKNOLOJIA (CI-19/35)

Wizara ya Ujenzi, Uchukuzi na Mawasiliano inapenda kukujulisha kuwa Jamhuri ya Muungano wa Tanzania ina nia ya kushiriki katika vikao hivyo.

Wizara imemteua Bi. Neema Joseph Mwakyusa, Afisa Mkuu wa TEHAMA, kuhudhuria kikao cha kwanza kitakachofanyika Budapest tarehe 10 Septemba 2019.
Barua pepe: neema.mwakyusa@mawasiliano.go.tz

Wako katika ujenzi wa taifa,

Eliya Mbwambo
Kny: Katibu Mkuu (Mawasiliano)
Mji wa Serikali, Mtumba, Dodoma""", tz="+0300",
  dels=[D("Neema Joseph Mwakyusa", title="Afisa Mkuu wa TEHAMA", email="neema.mwakyusa@mawasiliano.go.tz")])

M("tz_ooo", "sw", "auto_reply", None, ("Joyce Massawe", "jmassawe@tcra.go.tz"),
  "Jibu la kiotomatiki: " + CIRC_SUBJ, "2019-07-23 16:53:19",
"""Habari,

Asante kwa barua pepe yako. Niko nje ya ofisi kikazi hadi tarehe 2 Agosti 2019 na sitaweza kujibu kwa haraka. Kwa mambo ya dharura tafadhali wasiliana na dg@tcra.go.tz.

Joyce Massawe
TCRA""", tz="+0300", irt=CIRC_MID,
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], slug="outlook")

M("eth", "am", "nomination", "ETH", ("Yonas Getachew", "yonas.getachew@mint.gov.et"),
  "የአይቲዩ ሰርኩላር CI-19/35 ምላሽ - Ethiopia nomination", "2019-08-15 10:20:16",
"""ለአቶ ክሪስቶፈር ክላርክ
የአይቲዩ የአነስተኛና መካከለኛ ኢንተርፕራይዞች ጽሕፈት ቤት

ጉዳዩ፡ የአይቲዩ ሰርኩላር CI-19/35 ምላሽ

የኢፌዴሪ ኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቡዳፔስት በሚካሄደው የምክክር መድረክ ላይ ለመሳተፍ ፍላጎት ያለው መሆኑን እየገለጸ፣ ወ/ሮ ሕይወት ታደሰ በቀለ፣ የዲጂታል ኢኮኖሚ ልማት ዳይሬክተር፣ እንዲሳተፉ መወከላቸውን እናሳውቃለን።

Ms. Hiwot Tadesse Bekele, Director, Digital Economy Development
hiwot.tadesse@mint.gov.et

ከሰላምታ ጋር
ዮናስ ጌታቸው
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት፣ አዲስ አበባ""", client="o365", tz="+0300",
  dels=[D("ሕይወት ታደሰ በቀለ", aliases=["Hiwot Tadesse Bekele"], title="የዲጂታል ኢኮኖሚ ልማት ዳይሬክተር", email="hiwot.tadesse@mint.gov.et")])

M("som", "so", "nomination", "SOM", ("Xafiiska Xiriirka Caalamiga", "xiriirka@mptt.gov.so"),
  "Ka qaybgalka Soomaaliya - CI-19/35", "2019-08-16 09:55:48",
"""Mudane Christopher Clark,

Ujeeddo: Ka qaybgalka Soomaaliya ee fadhiyada wadatashiga ganacsiyada yaryar iyo dhexe ee tignoolajiyada (CI-19/35)

Wasaaradda Boostada, Isgaarsiinta iyo Tiknoolajiyada ee Jamhuuriyadda Federaalka Soomaaliya waxay jeceshahay inay ka qaybgasho fadhiyadan. Wasaaraddu waxay u magacawday Marwo Hodan Cabdi Xasan (Ms. Hodan Abdi Hassan), Agaasimaha Waaxda Horumarinta ICT, inay ka qaybgasho fadhiga koowaad ee Budapest, 10 Sebtembar 2019.

Email: hodan.xasan@mptt.gov.so

Mahadsanid,
Xafiiska Xiriirka Caalamiga, Muqdisho""", client="gmail", tz="+0300", domain="mptt.gov.so",
  dels=[D("Hodan Cabdi Xasan", aliases=["Hodan Abdi Hassan"], title="Agaasimaha Waaxda Horumarinta ICT", email="hodan.xasan@mptt.gov.so")])

M("nga_nitda", "ha", "interest_only", "NGA", ("Aminu Sani Bello", "asbello@nitda.gov.ng"),
  "Sha'awar Najeriya - zaman tattaunawa na ITU", "2019-08-13 11:17:31",
"""Ya Mai Girma Christopher Clark,

Hukumar Bunkasa Fasahar Sadarwa ta Kasa (NITDA) tana son sanar da ku cewa Najeriya na da sha'awar shiga cikin zaman tattaunawa kan kananan da matsakaitan kamfanonin fasaha da kirkire-kirkire. Za mu aiko da sunan wakilinmu nan ba da jimawa ba.

Na gode,
Aminu Sani Bello
Sashen Hulda da Kasashen Waje, NITDA, Abuja""", tz="+0100")

M("rwa", "rw", "nomination", "RWA", ("MINICT Communication", "info@minict.gov.rw"),
  "Igisubizo ku ibaruwa CI-19/35 - Rwanda", "2019-08-15 15:04:52",
"""Bwana Christopher Clark,

Dushingiye ku ibaruwa CI-19/35, Minisiteri y'Ikoranabuhanga mu Itumanaho na Inovasiyo (MINICT) iramenyesha ko u Rwanda rwifuza kwitabira inama z'ubujyanama ku bigo bito n'ibiciriritse by'ikoranabuhanga.

Minisiteri yohereje Madamu Aline Uwase Mukamana, Umuyobozi ushinzwe guteza imbere ba rwiyemezamirimo mu ikoranabuhanga, mu nama ya mbere izabera i Budapest ku wa 10 Nzeri 2019.

Email: aline.mukamana@minict.gov.rw

Murakoze,
MINICT, Kigali""", client="gmail", tz="+0200", domain="minict.gov.rw",
  dels=[D("Aline Uwase Mukamana", title="Umuyobozi ushinzwe guteza imbere ba rwiyemezamirimo mu ikoranabuhanga", email="aline.mukamana@minict.gov.rw")])

M("mdg", "mg", "nomination", "MDG", ("Sampandraharaha Fiaraha-miasa Iraisam-pirenena", "cooperation@mndpt.gov.mg"),
  "Valiny ny taratasy boribory CI-19/35 - Madagasikara", "2019-08-14 13:29:10",
"""Tompoko Christopher Clark,

Manoloana ny taratasy boribory CI-19/35, ny Ministeran'ny Fampandrosoana ny Nomerika, ny Fifandraisan-davitra ary ny Paositra dia maneho ny fahavononan'i Madagasikara handray anjara amin'ireo fivoriana fakan-kevitra.

Voatendry hanatrika ny fivoriana voalohany any Budapest Atoa Andry Rakotonirina Rajaonarison, Tale misahana ny Toekarena Nomerika.
Mailaka: andry.rajaonarison@mndpt.gov.mg

Misaotra tompoko,
Sampandraharaha Fiaraha-miasa Iraisam-pirenena
Antananarivo""", tz="+0300", charset="iso-8859-1",
  dels=[D("Andry Rakotonirina Rajaonarison", title="Tale misahana ny Toekarena Nomerika", email="andry.rajaonarison@mndpt.gov.mg")])

# ============================================================================================
# Follow-ups, duplicates, forwards and late arrivals
# ============================================================================================

def inner_msg(frm, to, subject, date_dt, text, mid, charset="utf-8", cte="quoted-printable", extra=()):
    part = text_part(text, charset, cte)
    hd = [fold("From", frm), fold("To", to), fold("Subject", subj(subject)), f"Date: {rfcdate(date_dt)}",
          f"Message-ID: {mid}"] + [fold(n, v) for n, v in extra] + ["MIME-Version: 1.0"] + part.headers
    return ("\n".join(hd) + "\n\n").encode("ascii") + part.body


M("ken_mission", "en", "nomination", "KEN", ("Kenya Mission Geneva", "kenmission@kenyamission-un.ch"),
  "Note Verbale - Nomination for ITU SME Consultation Session", "2019-08-12 16:45:30",
"""Dear Sir/Madam,

Please find attached Note Verbale No. KMG/ITU/2019/112 from the Permanent Mission of the Republic of Kenya for your attention.

Best regards,
Protocol & Administration
Permanent Mission of Kenya to the UN Office at Geneva
Avenue de la Paix 1-3, 1202 Geneva""", tz="+0200",
  atts=[pdf_att("NV KMG-ITU-2019-112.pdf", """**PERMANENT MISSION OF THE REPUBLIC OF KENYA
**TO THE UNITED NATIONS OFFICE AND OTHER INTERNATIONAL ORGANIZATIONS IN GENEVA

Note Verbale No. KMG/ITU/2019/112

The Permanent Mission of the Republic of Kenya to the United Nations Office and other International Organizations in Geneva presents its compliments to the International Telecommunication Union (ITU) and, with reference to Circular CI-19/35 of 23 July 2019, has the honour to inform that the Government of the Republic of Kenya has nominated Eng. Peter Kiprono Mutai, Senior Deputy Director, ICT Innovation, Ministry of Information, Communications and Technology, to participate in the consultation session on fostering tech and innovation SMEs to be held on 10 September 2019 in Budapest, Hungary.

The Permanent Mission of the Republic of Kenya avails itself of this opportunity to renew to the International Telecommunication Union the assurances of its highest consideration.

Geneva, 12 August 2019

International Telecommunication Union
SME Secretariat
Geneva""", title="NV KMG-ITU-2019-112")],
  dels=[D("Peter Kiprono Mutai", title="Senior Deputy Director, ICT Innovation")], slug="outlook_pdf")

M("usa2", "en", "nomination", "USA", ("Donnelly, Margaret L", "DonnellyML@state.gov"),
  "RE: ITU Circular CI-19/35 - U.S. participant", "2019-08-28 17:02:41",
"""Christopher,

As promised, our participant for the first consultation session at Telecom World will be Dr. Elaine M. Whitfield, Senior Advisor, Office of International Affairs, National Telecommunications and Information Administration (ewhitfield@ntia.gov). Elaine is already registered for Telecom World as part of the U.S. delegation.

Apologies that this comes after your deadline, and thanks for your patience.

Meg

Margaret L. Donnelly
Office of Multilateral Affairs
Bureau of Cyberspace and Digital Policy (CDP/MA)
U.S. Department of State

Official
UNCLASSIFIED""", client="o365", tz="-0400", extra=[("X-Classification", "UNCLASSIFIED")],
  quote=q_outlook("en", "Donnelly, Margaret L <DonnellyML@state.gov>", geneva("2019-08-15 22:10:00"), "sme@itu.int",
                  "RE: " + CIRC_SUBJ, "Christopher,\n\nGood afternoon. I wanted to let you know before the deadline that the United States is interested in participating in the SME consultation session in Budapest. [...]", tz_local="-0400"),
  dels=[D("Elaine M. Whitfield", title="Senior Advisor, Office of International Affairs", email="ewhitfield@ntia.gov")])

M("bel2", "fr", "nomination", "BEL", ("Pieter Vandenberghe", "pieter.vandenberghe@economie.fgov.be"),
  "RE: CI-19/35 - Intérêt de la Belgique - nom de la participante", "2019-08-27 10:14:06",
"""Cher Monsieur Clark,

Comme annoncé dans notre courriel du 9 août, voici le nom de la personne qui représentera la Belgique à la session de consultation de Budapest :

Mme Laurence Dujardin
Conseillère Économie numérique
SPF Economie, P.M.E., Classes moyennes et Energie
laurence.dujardin@economie.fgov.be

La coordination avec les Régions ayant pris plus de temps que prévu, nous vous remercions de votre compréhension pour ce délai.

Bien à vous,
Pieter Vandenberghe""", client="outlook_mac", tz="+0200",
  dels=[D("Laurence Dujardin", title="Conseillère Économie numérique", email="laurence.dujardin@economie.fgov.be")])

M("chl2", "es", "nomination", "CHL", ("Paula Sepúlveda Contreras", "psepulveda@subtel.gob.cl"),
  "Re: Chile: interés en sesiones de consulta PYME (CI-19/35)", "2019-08-21 15:33:08",
"""Estimado Sr. Clark:

Complementando mi correo del 14 de agosto, le informo que asistirá a la sesión en Budapest el Sr. Tomás Ignacio Valdivia Rojas, Jefe de la División de Política Regulatoria de SUBTEL (tvaldivia@subtel.gob.cl).

Saludos cordiales,
Paula Sepúlveda C.

Enviado desde mi iPhone""", client="iphone", tz="-0400",
  dels=[D("Tomás Ignacio Valdivia Rojas", title="Jefe de la División de Política Regulatoria", email="tvaldivia@subtel.gob.cl")])

M("mco", "fr", "interest_only", "MCO", ("Direction du Développement des Usages Numériques", "ddun@gouv.mc"),
  "Principauté de Monaco - lettre circulaire CI-19/35", "2019-08-16 11:26:45",
"""Monsieur,

La Direction du Développement des Usages Numériques de la Principauté de Monaco a pris connaissance avec intérêt de la lettre circulaire CI-19/35.

Monaco souhaite être associée à l'ensemble de la série de consultations : la session de Budapest, celle prévue en marge des Groupes de travail du Conseil début 2020 et celle du Forum du SMSI 2020. Le nom de notre représentant pour chacune de ces sessions vous sera précisé ultérieurement.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Direction du Développement des Usages Numériques
Gouvernement Princier, Monaco""", tz="+0200", charset="iso-8859-15",
  sess=["budapest-2019", "cwg-2020", "wsis-2020"])

M("itu_room", "en", "unrelated", None, ("Keller, Stefan", "stefan.keller@itu.int"),
  "Room for the SME consultation session - HUNGEXPO", "2019-08-20 11:04:52",
"""Hi all,

Quick one from the Telecom World events team: we have provisionally blocked Room C2 (Hall G, HUNGEXPO) for the SME consultation session on Tuesday 10 September, 14:00-16:00, theatre style for 80.

Could you confirm by Friday whether you need interpretation booths and a second screen? Otherwise we will release the booths to the ministerial roundtable.

Thanks,
Stefan

Stefan Keller
Event Operations, ITU Telecom World
International Telecommunication Union""", client="internal", tz="+0200")

GMB_INNER = inner_msg("Lamin Jobe <ljobe@moici.gov.gm>", "registration.telecomworld@itu.int",
                      "Gambia - nomination for SME consultation, Budapest", geneva("2019-08-14 11:02:40").astimezone(tzobj("+0000")),
"""Dear Sir/Madam,

Reference is made to ITU Circular CI-19/35.

The Ministry of Information and Communication Infrastructure of The Gambia is interested in the consultation sessions and hereby nominates Mr. Ebrima Njie Ceesay, Director of ICT, to attend the session on 10 September 2019 in Budapest.

His email address is encey@moici.gov.gm.

Yours sincerely,
Lamin Jobe
Principal ICT Officer
MOICI, Banjul""", "<20190814090240.Horde.aK3mPq9xRtYbW1s2Lr4vT0a@webmail.moici.gov.gm>",
  charset="UTF-8", cte="7bit", extra=[("User-Agent", "Horde Application Framework 5")])

M("gmb", "en", "nomination", "GMB", ("Lindqvist, Karin", "karin.lindqvist@itu.int"),
  "FW: Gambia - nomination for SME consultation, Budapest", "2019-08-14 16:22:17",
"""Hi SME team,

The attached message arrived in the Telecom World delegate registration mailbox; it looks like it is meant for you.

Best,
Karin

Karin Lindqvist
Delegate Registration, ITU Telecom World""", client="internal", tz="+0200",
  atts=[rfc822_att(GMB_INNER)],
  dels=[D("Ebrima Njie Ceesay", title="Director of ICT", email="encey@moici.gov.gm")], slug="outlook_rfc822")

M("hnd", "es", "nomination", "HND", ("Vicerrectoría de Relaciones Internacionales UNAH", "vri@unah.edu.hn"),
  "Designación de Honduras para la sesión de consulta PYME - por encargo de CONATEL", "2019-08-16 20:31:15",
"""Estimado señor Clark:

Por encargo de la Comisión Nacional de Telecomunicaciones (CONATEL) de Honduras, y en respuesta a la Carta Circular CI-19/35, la Universidad Nacional Autónoma de Honduras le comunica que el Gobierno de Honduras ha designado al Dr. Carlos Eduardo Mejía Fúnez, Coordinador del Centro de Innovación y Emprendimiento de la UNAH, para participar en la sesión de consulta del 10 de septiembre en Budapest.

Correo del designado: carlos.mejia@unah.edu.hn
Se adjunta copia del oficio de CONATEL para su archivo.

Atentamente,

Vicerrectoría de Relaciones Internacionales
Universidad Nacional Autónoma de Honduras
Ciudad Universitaria, Tegucigalpa""", tz="-0600",
  atts=[docx_att("Oficio CONATEL DC-0734-2019.docx", [
      "**COMISIÓN NACIONAL DE TELECOMUNICACIONES",
      "Oficio DC-0734-2019",
      "Tegucigalpa, M.D.C., 14 de agosto de 2019",
      "Señores Vicerrectoría de Relaciones Internacionales, UNAH",
      "Por medio del presente, CONATEL solicita a la UNAH remitir a la UIT la designación del Dr. Carlos Eduardo Mejía Fúnez como representante de Honduras en la sesión de consulta sobre PYME tecnológicas e innovadoras (Budapest, 10 de septiembre de 2019), en vista de que nuestro servidor de correo se encuentra en mantenimiento.",
      "Atentamente,",
      "Comisionado Presidente, CONATEL",
  ], author="Secretaria General CONATEL")],
  dels=[D("Carlos Eduardo Mejía Fúnez", title="Coordinador del Centro de Innovación y Emprendimiento de la UNAH", email="carlos.mejia@unah.edu.hn")],
  slug="outlook_docx")

M("kir", "en", "nomination", "KIR", ("Tiiroa Kaitu", "tiiroa.kaitu@gmail.com"),
  "Kiribati - WSIS 2020 SME consultation", "2019-11-04 02:10:44",
"""Mauri Christopher,

Kiribati was not able to join the Budapest session but we would very much like to take part in the SME consultation during the WSIS Forum 2020.

The Ministry of Information, Communications and Transport has asked me to attend. My details:
Tiiroa Bauro Kaitu
Senior ICT Officer, MICT
tiiroa.kaitu@mict.gov.ki

Kam bane ni mauri,
Tiiroa

Sent from my Android phone""", client="android", tz="+1200",
  dels=[D("Tiiroa Bauro Kaitu", title="Senior ICT Officer", email="tiiroa.kaitu@mict.gov.ki")], sess=["wsis-2020"])

# --------------------------------------------------------------------------------------------
# writing and validation
# --------------------------------------------------------------------------------------------

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "he", "h.e", "hon", "eng", "engr", "m", "mme", "mlle", "me", "sr", "sra",
    "srta", "dña", "don", "doña", "lic", "licda", "ing", "mtro", "mtra", "arq", "herr", "frau", "sig", "sig.ra",
    "dott", "dott.ssa", "ing.", "г-н", "г-жа", "господин", "госпожа", "пан", "пані", "السيد", "السيدة", "الدكتور",
    "الدكتورة", "د", "م", "المهندس", "المهندسة", "الأستاذ", "الاستاذ", "معالي", "سعادة", "الشيخ", "shri", "smt", "sri",
    "dato", "dato'", "datuk", "datin", "tan", "pak", "ibu", "bapak", "u", "daw", "alhaji", "hajia", "sheikh",
    "sayın", "bay", "bayan", "pan", "pani", "kyrie", "κ", "κα", "κος", "mag", "dipl", "mgr", "phdr", "judr", "ir",
    "drs", "dra", "nguyễn_honorific", "ông", "bà", "sehr", "excmo", "excma", "ilmo", "sr.", "dott", "aka", "aby",
    "khun", "madamu", "atoa", "marwo", "bi", "gng", "g", "ginang", "ginoong", "dayang", "awang", "puan", "encik", "tuan", "ښاغلی", "ທ່ານ", "ဦး", "ဒေါ်", "ලෝක", "លោក", "លោកស្រី", "ingeniero", "ingeniera", "licenciado", "licenciada", "ciudadana", "ciudadano", "compañera", "compañero", "abog", "abg", "mgs", "mgtr", "msc", "cro", "cra", "eng.", "arch", "นาย", "นาง", "นางสาว", "ดร", "श्री", "श्रीमती", "डॉ", "জনাব", "ড", "جناب", "محترم", "آقای", "خانم",
    "dkt", "bw", "bi", "ndugu", "mhe", "mheshimiwa", "herra", "rouva", "hr", "fru", "pán", "pani", "gospod", "gospa",
    "g", "gđa", "gđin", "z", "zt", "bay", "xanım", "cənab", "мырза", "ханым", "жаноб", "ሚስተር", "አቶ", "ወ/ሮ", "ዶ/ር",
    "mudane", "marwo", "malam", "mallam", "hajiya", "umuyobozi", "andriamatoa", "ramatoa", "herr.", "s.e", "s.e.",
    "excelentísimo", "señor", "señora", "monsieur", "madame", "mister", "sir", "madam", "lord", "lady", "judge",
    "ambassador", "minister", "professor", "doctor", "engineer", "senhor", "senhora", "sra.", "sr.", "prof.", "dr.",
}
HON_SUFFIX = ("先生", "女士", "様", "さん", "氏", "님", "씨", "선생님", "博士", "教授", "君")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.replace("\u00ad", "").replace("\u200b", "").replace("\u200c", " ").replace("\u200f", "").replace("\u200e", "")
    return re.sub(r"\s+", " ", s).strip()


def html_to_text(s):
    s = re.sub(r"(?is)<(style|head|script)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</td>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def strict_decode_part(part):
    cs = part.get_content_charset() or "us-ascii"
    codecs.lookup(cs)
    data = part.get_payload(decode=True) or b""
    return data.decode(codecs.lookup(cs).name, "strict")


def decoded_text(msg, problems, where):
    chunks = []
    for hn in ("From", "To", "Cc", "Subject", "Reply-To"):
        for v in msg.get_all(hn) or []:
            chunks.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        try:
            if ct == "text/plain" or ct == "text/rfc822-headers" or ct == "text/x-vcard":
                chunks.append(strict_decode_part(part))
            elif ct == "text/html":
                chunks.append(html_to_text(strict_decode_part(part)))
            elif ct == "application/pdf":
                chunks.append(pdf_text(part.get_payload(decode=True)))
            elif ct.endswith("wordprocessingml.document"):
                chunks.append(docx_text(part.get_payload(decode=True)))
            elif ct.startswith("message/") and ct != "message/rfc822":
                pl = part.get_payload()
                chunks.append(str(pl))
        except Exception as e:  # noqa
            problems.append(f"{where}: cannot decode {ct}: {e!r}")
    return "\n".join(chunks)


def check_headers(msg, problems, where):
    for part in msg.walk():
        for k, v in part.items():
            d = getattr(v, "defects", ())
            if d:
                problems.append(f"{where}: header {k} defects {d}")
        if part.defects:
            problems.append(f"{where}: part {part.get_content_type()} defects {part.defects}")
        raw_items = part._headers
        for k, v in raw_items:
            raw = v if isinstance(v, str) else str(v)
            for m in re.finditer(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", getattr(v, "_raw", None) or ""):
                pass
    # strict RFC 2047 decoding of the raw top-level headers
    return


def raw_header_check(raw, problems, where):
    head = raw.split(b"\n\n", 1)[0].decode("ascii")
    unf = re.sub(r"\n[ \t]+", " ", head)
    for line in unf.split("\n"):
        for m in re.finditer(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", line):
            try:
                for chunk, cs in decode_header(m.group(0)):
                    if isinstance(chunk, bytes):
                        chunk.decode(codecs.lookup(cs or "ascii").name, "strict")
            except Exception as e:
                problems.append(f"{where}: bad encoded word {m.group(0)[:40]}: {e!r}")
        if len(line) > 998:
            problems.append(f"{where}: header line too long")


def topmost_received(msg):
    from email.utils import parsedate_to_datetime
    recs = msg.get_all("Received") or []
    if not recs:
        return None, None
    top = str(recs[0])
    when = top.rsplit(";", 1)[1].strip()
    return top, parsedate_to_datetime(re.sub(r"\s+", " ", when))


def bad_name(n):
    toks = n.replace(".", " ").split()
    if not toks:
        return True
    first = norm(toks[0]).rstrip(".")
    if first in HONORIFICS or norm(n.split()[0]) in HONORIFICS:
        return True
    return any(n.strip().endswith(s) for s in HON_SUFFIX)


def main():
    out = os.path.dirname(os.path.abspath(__file__))
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    md = os.path.join(out, "messages")
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f.endswith(".eml"):
            os.remove(os.path.join(md, f))
    counters = {}
    labels = []
    for rec in MESSAGES:
        counters[rec["lang"]] = counters.get(rec["lang"], 0) + 1
        fn = f"{rec['lang']}_{counters[rec['lang']]:03d}_{rec['slug']}.eml"
        rec["file"] = fn
        with open(os.path.join(md, fn), "wb") as fh:
            fh.write(rec["raw"])
    for rec in MESSAGES:
        sup = BY_KEY[rec["sup"]]["mid"] if rec["sup"] else None
        ra = rec["recv"]
        late = (ra > DEADLINE) if rec["kind"] in ("nomination", "interest_only", "correction") else None
        labels.append({
            "message_id": rec["mid"], "file": rec["file"], "kind": rec["kind"], "language": rec["lang"],
            "member_state": rec["ms"],
            "delegates": [{"name": d["name"], "aliases": d["aliases"], "title": d["title"], "email": d["email"]} for d in rec["dels"]],
            "sessions": rec["sess"], "received_at": ra.isoformat(), "late": late, "supersedes": sup,
        })
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    problems = validate(out)
    if "--stats" in sys.argv:
        stats(labels)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    langs = {l["language"] for l in labels}
    print(f"ok: {len(labels)} messages, {len(langs)} languages, written to {out}")


def validate(out):
    problems = []
    md = os.path.join(out, "messages")
    labels = [json.loads(l) for l in open(os.path.join(out, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(md) if f.endswith(".eml"))
    if sorted(l["file"] for l in labels) != files:
        problems.append("labels and messages/ do not list the same files")
    ids = [l["message_id"] for l in labels]
    if len(set(ids)) != len(ids):
        problems.append("duplicate message ids")
    by_id = {l["message_id"]: l for l in labels}
    parser = BytesParser(policy=policy.default)
    keys = {"message_id", "file", "kind", "language", "member_state", "delegates", "sessions", "received_at", "late", "supersedes"}
    for lab in labels:
        w = lab["file"]
        if set(lab) != keys:
            problems.append(f"{w}: label keys {sorted(lab)}")
        raw = open(os.path.join(md, w), "rb").read()
        try:
            msg = parser.parsebytes(raw)
        except Exception as e:
            problems.append(f"{w}: parse error {e!r}")
            continue
        check_headers(msg, problems, w)
        raw_header_check(raw, problems, w)
        if str(msg["Message-ID"]).strip() != lab["message_id"]:
            problems.append(f"{w}: Message-ID header {msg['Message-ID']} != label")
        top, when = topmost_received(msg)
        if top is None or not re.search(r"by \S+\.itu\.int", top):
            problems.append(f"{w}: topmost Received is not the ITU server")
        elif when.isoformat() != lab["received_at"]:
            problems.append(f"{w}: received_at {lab['received_at']} != topmost Received {when.isoformat()}")
        ra = datetime.fromisoformat(lab["received_at"])
        try:
            from email.utils import parsedate_to_datetime
            dd = parsedate_to_datetime(str(msg["Date"]))
            if dd > ra + timedelta(minutes=5):
                problems.append(f"{w}: Date header after receipt")
        except Exception as e:
            problems.append(f"{w}: bad Date header {e!r}")
        k = lab["kind"]
        if k not in KINDS:
            problems.append(f"{w}: kind {k}")
        if lab["language"] not in LANGS or len(lab["language"]) != 2:
            problems.append(f"{w}: language {lab['language']}")
        ms = lab["member_state"]
        if k in ("auto_reply", "bounce", "unrelated") and ms is not None:
            problems.append(f"{w}: member_state must be null for {k}")
        if ms is not None and ms not in COUNTRY:
            problems.append(f"{w}: unknown member_state {ms}")
        if k in ("nomination", "correction"):
            if not lab["delegates"]:
                problems.append(f"{w}: {k} without delegates")
        elif lab["delegates"]:
            problems.append(f"{w}: delegates on {k}")
        if k in ("nomination", "interest_only", "correction"):
            if not lab["sessions"] or any(s not in SESSIONS for s in lab["sessions"]):
                problems.append(f"{w}: sessions {lab['sessions']}")
            if len(set(lab["sessions"])) != len(lab["sessions"]):
                problems.append(f"{w}: duplicate sessions")
            if lab["late"] is not (ra > DEADLINE):
                problems.append(f"{w}: late flag")
            if ms is None:
                problems.append(f"{w}: {k} without member_state")
        else:
            if lab["sessions"]:
                problems.append(f"{w}: sessions on {k}")
            if lab["late"] is not None:
                problems.append(f"{w}: late must be null for {k}")
        if k == "correction":
            s = lab["supersedes"]
            o = by_id.get(s)
            if not o:
                problems.append(f"{w}: supersedes unknown {s}")
            else:
                if o["member_state"] != ms:
                    problems.append(f"{w}: supersedes another Member State")
                if datetime.fromisoformat(o["received_at"]) >= ra:
                    problems.append(f"{w}: supersedes a later message")
                if o["kind"] not in ("nomination", "correction", "interest_only"):
                    problems.append(f"{w}: supersedes a {o['kind']}")
        elif lab["supersedes"] is not None:
            problems.append(f"{w}: supersedes on {k}")
        text = norm(decoded_text(msg, problems, w))
        for d in lab["delegates"]:
            for field in ("name", "title", "email"):
                v = d[field]
                if field == "name" and not v:
                    problems.append(f"{w}: empty name")
                if v and norm(v) not in text:
                    problems.append(f"{w}: {field} {v!r} not in decoded text")
            for a in d["aliases"]:
                if norm(a) not in text:
                    problems.append(f"{w}: alias {a!r} not in decoded text")
                if bad_name(a):
                    problems.append(f"{w}: honorific in alias {a!r}")
            if bad_name(d["name"]):
                problems.append(f"{w}: honorific in name {d['name']!r}")
            if d["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", d["email"]):
                problems.append(f"{w}: email {d['email']!r}")
    # authored text must not reuse template sentences across messages
    seen = {}
    for rec in MESSAGES:
        for s in re.split(r"(?<=[.!?。！？])\s+|\n", rec.get("text", "")):
            s = s.strip()
            if len(s) >= 45 and not s.startswith("|"):
                seen.setdefault(norm(s), set()).add((rec["key"], rec["ms"] or rec["sender"]))
    for s, ks in seen.items():
        if len({x[1] for x in ks}) > 1:
            ks = {x[0] for x in ks}
            problems.append(f"sentence reused in {sorted(ks)}: {s[:70]!r}")
    langs = {l["language"] for l in labels}
    if len(labels) < 140:
        problems.append(f"only {len(labels)} messages")
    if len(langs) < 45:
        problems.append(f"only {len(langs)} languages")
    return problems


def stats(labels):
    from collections import Counter
    kc = Counter(l["kind"] for l in labels)
    lc = Counter(l["language"] for l in labels)
    print("| kind | n |\n| --- | --- |")
    for k in KINDS:
        print(f"| {k} | {kc.get(k, 0)} |")
    print()
    print("| language | n | kinds |\n| --- | --- | --- |")
    for lang, n in sorted(lc.items(), key=lambda x: (-x[1], x[0])):
        ks = Counter(l["kind"] for l in labels if l["language"] == lang)
        print(f"| {lang} ({LANGS[lang]}) | {n} | " + ", ".join(f"{k} {v}" for k, v in sorted(ks.items())) + " |")
    print()
    print("late:", sum(1 for l in labels if l["late"]), " member states:", len({l["member_state"] for l in labels if l["member_state"]}),
          " delegates:", sum(len(l["delegates"]) for l in labels))
    sc = Counter(s for l in labels for s in l["sessions"])
    print("sessions:", dict(sc))


if __name__ == "__main__":
    main()
