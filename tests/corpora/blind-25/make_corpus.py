#!/usr/bin/env python3
"""Build and validate the blind-25 corpus of replies to ITU circular CI-19/35.

Every message is held below as data (headers, body tree, label).  Running the script writes

    messages/NNN.eml   one RFC 5322 message per file, numbered in order of reception by the ITU MX
    labels.jsonl       one label per message (shape of ../../../../shared/corpus/SCHEMA.md plus `file`)
    README.md          how the corpus is made, with the counts

and then re-reads everything and validates it; it exits 1 on any problem.
Python 3.11 standard library only; no randomness and no clock: every run is byte-identical.
"""
import base64
import hashlib
import html as htmlmod
import io
import json
import quopri
import re
import sys
import unicodedata
import zipfile
import zlib
import struct
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_MSG = HERE / "messages"
UTC = timezone.utc
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=CEST)
SESSIONS = ("budapest-2019", "cwg-2020", "wsis-2020")
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated")
CIRC_MID = "<CI-19-35.1563871537.4410@mailman.itu.int>"
SME = "sme@itu.int"

ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv
ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn
no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg
th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
ISO3166_A3 = set("""AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ
ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI VAT HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ
KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR
MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU
SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split())


# --------------------------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------------------------
def hx(key, salt="", n=16):
    return hashlib.sha256((salt + "|" + key).encode()).hexdigest()[:n]


def hnum(key, salt, mod):
    return int(hashlib.sha256((salt + "|" + key).encode()).hexdigest(), 16) % mod


def geneva(local):
    """'2019-08-05 10:42:17' Geneva wall-clock time -> aware datetime (CEST until 27 Oct 2019)."""
    naive = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    tz = CEST if naive < datetime(2019, 10, 27, 3, 0, 0) else CET
    return naive.replace(tzinfo=tz)


def tzof(s):
    sign = 1 if s[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def rfcdate(dt, zone_name=None):
    s = format_datetime(dt)
    return s + (" (%s)" % zone_name if zone_name else "")


# --------------------------------------------------------------------------------------------
# RFC 2047 encoded words and addresses
# --------------------------------------------------------------------------------------------
_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _qenc(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _QSAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def _one_word(s, cs, enc):
    b = s.encode(cs)
    if cs.lower() == "iso-2022-jp":
        pass
    payload = base64.b64encode(b).decode() if enc == "B" else _qenc(b)
    return "=?%s?%s?%s?=" % (cs, enc, payload)


def ew(text, cs="utf-8", enc="B", fold="\n ", at_spaces=False):
    """Encode text as one or more RFC 2047 encoded words of at most 75 characters each.

    at_spaces: split only after a space where possible (display names: some parsers insert a blank
    between adjacent encoded words of a phrase, which must not fall inside a word)."""
    if at_spaces:
        words, cur = [], ""
        for tok in re.split(r"(?<= )", text):
            if not tok:
                continue
            trial = cur + tok
            if len(_one_word(trial, cs, enc)) <= 75:
                cur = trial
                continue
            if cur:
                words.append(_one_word(cur, cs, enc))
                cur = ""
            if len(_one_word(tok, cs, enc)) <= 75:
                cur = tok
            else:
                words.extend(ew(tok, cs, enc, fold).split(fold))
        if cur:
            words.append(_one_word(cur, cs, enc))
        return fold.join(words)
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(_one_word(trial, cs, enc)) > 75:
            words.append(_one_word(cur, cs, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_one_word(cur, cs, enc))
    return fold.join(words)


def hval(text, cs="utf-8", enc="B"):
    """A header value: plain if ASCII, else leading ASCII words kept and the rest encoded."""
    if text.isascii():
        return text
    toks = text.split(" ")
    i = 0
    while i < len(toks) and toks[i].isascii():
        i += 1
    head = " ".join(toks[:i])
    rest = " ".join(toks[i:])
    return (head + " " if head else "") + ew(rest, cs, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email
    if name.isascii():
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, enc, at_spaces=True), email)


# --------------------------------------------------------------------------------------------
# MIME body tree
# --------------------------------------------------------------------------------------------
class Node:
    pass


class Text(Node):
    def __init__(self, text, cs="utf-8", cte="quoted-printable", sub="plain", flowed=False, disp=None,
                 filename=None, quoted_cs=True, lang=None):
        if not text.endswith("\n"):
            text += "\n"
        self.text, self.cs, self.cte, self.sub = text, cs, cte, sub
        self.flowed, self.disp, self.filename, self.quoted_cs, self.lang = flowed, disp, filename, quoted_cs, lang

    def render(self, ctx):
        raw = self.text.encode(self.cs)
        ct = "text/%s; charset=%s" % (self.sub, ('"%s"' % self.cs) if self.quoted_cs else self.cs)
        if self.flowed:
            ct += "; format=flowed"
        if self.filename:
            ct += '; name="%s"' % self.filename
        hdrs = ["Content-Type: " + ct]
        if self.lang:
            hdrs.append("Content-Language: " + self.lang)
        body = encode_cte(raw, self.cte)
        hdrs.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp or self.filename:
            hdrs.append('Content-Disposition: %s%s' % (self.disp or "attachment",
                                                       '; filename="%s"' % self.filename if self.filename else ""))
        return hdrs, body


class Binary(Node):
    def __init__(self, ctype, data, filename, disp="attachment", cid=None, extra=None):
        self.ctype, self.data, self.filename, self.disp, self.cid, self.extra = ctype, data, filename, disp, cid, extra

    def render(self, ctx):
        hdrs = ['Content-Type: %s; name="%s"' % (self.ctype, self.filename)]
        if self.disp:
            hdrs.append('Content-Disposition: %s; filename="%s"' % (self.disp, self.filename))
        if self.cid:
            hdrs.append("Content-ID: <%s>" % self.cid)
        hdrs += list(self.extra or [])
        hdrs.append("Content-Transfer-Encoding: base64")
        return hdrs, encode_cte(self.data, "base64")


class Multi(Node):
    def __init__(self, sub, parts, preamble=None, params=""):
        self.sub, self.parts, self.preamble, self.params = sub, parts, preamble, params

    def render(self, ctx):
        b = ctx.boundary()
        hdrs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (self.sub, self.params, b)]
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            ph, pb = p.render(ctx)
            out += b"\n--" + b.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
            if not pb.endswith(b"\n"):
                out += b"\n"
        out += b"\n--" + b.encode() + b"--\n"
        if out.startswith(b"\n"):
            out = out[1:]
        return hdrs, out


class Embedded(Node):
    """message/rfc822 (forwarded as attachment) or other message/* and text/rfc822-headers parts."""

    def __init__(self, raw, ctype="message/rfc822", filename=None, disp=None):
        self.raw, self.ctype, self.filename, self.disp = raw, ctype, filename, disp

    def render(self, ctx):
        raw = self.raw if isinstance(self.raw, bytes) else self.raw.encode()
        hdrs = ["Content-Type: %s%s" % (self.ctype, '; name="%s"' % self.filename if self.filename else "")]
        if self.disp or self.filename:
            hdrs.append('Content-Disposition: %s%s' % (self.disp or "attachment",
                                                       '; filename="%s"' % self.filename if self.filename else ""))
        hdrs.append("Content-Transfer-Encoding: %s" % ("7bit" if raw.isascii() else "8bit"))
        if not raw.endswith(b"\n"):
            raw += b"\n"
        return hdrs, raw


def encode_cte(raw, cte):
    if cte == "7bit":
        assert raw.isascii(), "7bit part with non-ASCII bytes"
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


# convenience constructors used by the data section
def T(text, cs="utf-8", cte="quoted-printable", **kw):
    return Text(text, cs, cte, **kw)


def H(html, cs="utf-8", cte="quoted-printable", **kw):
    return Text(html, cs, cte, sub="html", **kw)


def ALT(*parts, preamble=None):
    return Multi("alternative", list(parts), preamble)


def MIX(*parts, preamble=None):
    return Multi("mixed", list(parts), preamble)


def REL(*parts):
    return Multi("related", list(parts), params=' type="text/html";')


# --------------------------------------------------------------------------------------------
# attachments built by hand: PDF with a text layer, DOCX, PNG
# --------------------------------------------------------------------------------------------
def _wrap(lines, width=86):
    out = []
    for line in lines:
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = width
            out.append(line[:cut])
            line = line[cut:].lstrip()
        out.append(line)
    return out


def _pdf_lit(s):
    b = s.encode("cp1252")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def make_pdf(lines, unicode=False, title=None, producer="Microsoft\u00ae Word 2016", date="D:20190801093000+02'00'"):
    """A minimal valid PDF (uncompressed) whose text layer is `lines`.

    Latin text uses Helvetica with WinAnsiEncoding; other scripts use a Type0 font with Identity-H
    codes equal to the Unicode code points and a ToUnicode CMap, so text extraction gives the text back."""
    lines = _wrap(lines)
    y0 = 780
    ops = ["BT", "/F1 10 Tf", "13 TL", "56 %d Td" % y0]
    used = set()
    for ln in lines:
        if unicode:
            for ch in ln:
                assert ord(ch) < 0x10000
                used.add(ord(ch))
            ops.append("<" + "".join("%04X" % ord(ch) for ch in ln) + "> Tj T*")
        else:
            ops.append(_pdf_lit(ln) + " Tj T*")
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    objs[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
               b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
    objs[5] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"
    if not unicode:
        objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    else:
        objs[4] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /NotoSans-Regular /Encoding /Identity-H "
                   b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>")
        objs[6] = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NotoSans-Regular "
                   b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                   b"/FontDescriptor 8 0 R /CIDToGIDMap /Identity /DW 500 >>")
        codes = sorted(used)
        cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for i in range(0, len(codes), 100):
            chunk = codes[i:i + 100]
            cmap.append("%d beginbfchar" % len(chunk))
            cmap += ["<%04X> <%04X>" % (c, c) for c in chunk]
            cmap.append("endbfchar")
        cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        cm = ("\n".join(cmap) + "\n").encode("latin-1")
        objs[7] = b"<< /Length %d >>\nstream\n" % len(cm) + cm + b"endstream"
        objs[8] = (b"<< /Type /FontDescriptor /FontName /NotoSans-Regular /Flags 32 "
                   b"/FontBBox [-600 -300 1400 1100] /ItalicAngle 0 /Ascent 1069 /Descent -293 "
                   b"/CapHeight 714 /StemV 80 >>")
    info_n = max(objs) + 1
    info = "<< /Producer (%s) /CreationDate (%s)%s >>" % (producer, date, " /Title (%s)" % title if title else "")
    objs[info_n] = _pdf_lit_raw(info)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info_n, xref)
    return out


def _pdf_lit_raw(s):
    return s.encode("cp1252")


def PDF(filename, lines, unicode=False, **kw):
    return Binary("application/pdf", make_pdf(lines, unicode=unicode, **kw), filename)


_ZDATE = (2019, 8, 1, 9, 30, 0)


def make_docx(paragraphs):
    def esc(s):
        return htmlmod.escape(s, quote=False)
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>' + body + '<w:sectPr/></w:body></w:document>'),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=_ZDATE)
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return bio.getvalue()


def DOCX(filename, paragraphs):
    return Binary("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  make_docx(paragraphs), filename)


def make_png(w=8, h=8, rgb=(0, 90, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def PNG(filename, cid=None, rgb=(0, 90, 160), disp="inline"):
    return Binary("image/png", make_png(rgb=rgb), filename, disp=disp, cid=cid)


# --------------------------------------------------------------------------------------------
# mail clients: message ids, boundaries, characteristic headers, sender-side Received lines
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, key, client):
        self.key, self.client, self.n = key, client, 0

    def boundary(self):
        self.n += 1
        k, c, n = self.key, self.client, self.n
        if c in ("outlook", "exchange"):
            return "_%03d_%s_" % ((n - 1) * 2, hx(k, "mid", 32).upper())
        if c == "o365":
            return "_%03d_%s_" % ((n - 1) * 2, ("VI1PR0%dMB%04d" % (hnum(k, "p", 9) + 1, hnum(k, "q", 9999)))
                                   + hx(k, "b", 24).upper())
        if c == "outlook_classic":
            return "----=_NextPart_%03d_%04X_01D5%s.%s" % (n - 1, hnum(k, "np", 65535), hx(k, "a", 4).upper(),
                                                          hx(k, "b" + str(n), 8).upper())
        if c == "gmail":
            return "0000000000" + hx(k, "gb" + str(n), 18)
        if c == "thunderbird":
            return "------------" + base64.b32encode(bytes.fromhex(hx(k, "tb" + str(n), 30))).decode()[:24]
        if c == "apple":
            return "Apple-Mail=_" + _uuid(k, "ap" + str(n)).upper()
        if c == "lotus":
            return "=_alternative %s%s_=" % (hx(k, "lb" + str(n), 8).upper(), "C1258443")
        if c == "zimbra":
            return "=_" + _uuid(k, "zb" + str(n))
        return "----=_Part_%d_%d.%d" % (hnum(k, "jp" + str(n), 900000) + 10000, hnum(k, "jq", 999999999),
                                        1564000000000 + hnum(k, "jr", 9999999999))


def _uuid(k, salt):
    h = hx(k, salt, 32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def make_mid(key, client, domain, host=None):
    k = key
    if client in ("outlook", "exchange"):
        return "<%s@%s.%s>" % (hx(k, "mid", 32).upper(), (host or "EXCH-MBX01").upper(), domain)
    if client == "o365":
        srv = "VI1PR0%dMB%04d" % (hnum(k, "p", 9) + 1, hnum(k, "q", 9999))
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (srv, hx(k, "b", 24).upper(), srv, hnum(k, "p", 9) + 1)
    if client == "outlook_classic":
        return "<00%s$%s$%s@%s>" % (hx(k, "oc1", 10), hx(k, "oc2", 8), hx(k, "oc3", 8), domain)
    if client == "gmail":
        s = base64.b64encode(bytes.fromhex(hx(k, "gm", 60))).decode().rstrip("=")
        s = s.replace("/", "_")
        return "<CA%s@mail.gmail.com>" % s
    if client == "thunderbird":
        return "<%s@%s>" % (_uuid(k, "tb"), domain)
    if client == "apple":
        return "<%s@%s>" % (_uuid(k, "ap").upper(), domain)
    if client == "lotus":
        return "<OF%s.%s-ONC1258443.%s-C1258443.%s@%s>" % (hx(k, "l1", 8).upper(), hx(k, "l2", 8).upper(),
                                                         hx(k, "l3", 8).upper(), hx(k, "l4", 8).upper(), domain)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (hnum(k, "z1", 9000000) + 1000000, hnum(k, "z2", 90000) + 10000,
                                                 1564000000000 + hnum(k, "z3", 9999999999), domain)
    if client == "yandex":
        return "<%d%d@%s.qloud-c.yandex.net>" % (hnum(k, "y1", 900000) + 100000, 1565000000 + hnum(k, "y2", 9999999),
                                                 "sas1-" + hx(k, "y3", 12))
    if client == "mailru":
        return "<%d.%d@f%d.i.mail.ru>" % (1564000000 + hnum(k, "r1", 9999999), hnum(k, "r2", 999999999),
                                          hnum(k, "r3", 500) + 100)
    if client == "qq":
        return "<tencent_%s@qq.com>" % hx(k, "qq", 40).upper()
    if client == "163":
        return "<%s.%s.%s@%s>" % (hx(k, "w1", 8), hx(k, "w2", 4), hx(k, "w3", 6), domain)
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (hnum(k, "ya", 9 * 10 ** 8) + 10 ** 8, hnum(k, "yb", 9 * 10 ** 6) + 10 ** 6,
                                               1564000000000 + hnum(k, "yc", 9999999999))
    if client == "hotmail":
        return "<%s@%s.namprd0%d.prod.outlook.com>" % (
            "BN8PR%02dMB%04d%s" % (hnum(k, "hm", 20), hnum(k, "hn", 9999), hx(k, "ho", 24).upper()),
            "BN8PR%02dMB%04d" % (hnum(k, "hm", 20), hnum(k, "hn", 9999)), hnum(k, "hp", 8) + 1)
    if client == "roundcube":
        return "<%s@%s>" % (hx(k, "rc", 32), domain)
    if client == "groupwise":
        return "<5D4%s0200007%s@%s>" % (hx(k, "gw", 5).upper(), hx(k, "gx", 4).upper(), domain)
    return "<%s.%s@%s>" % (hx(k, "g1", 12), hx(k, "g2", 8), domain)


def client_headers(c, m):
    """Headers characteristic of the sending client (placed after Message-ID)."""
    k = m["key"]
    out = []
    if c in ("outlook", "exchange", "o365"):
        out.append(("Thread-Topic", m.get("thread_topic")))
        out.append(("Thread-Index", base64.b64encode(bytes.fromhex("01d5" + hx(k, "ti", 40))).decode()))
        out.append(("Accept-Language", m.get("accept_lang", "en-US")))
        out.append(("Content-Language", m.get("content_lang", "en-US")))
        out.append(("X-MS-Has-Attach", "yes" if m.get("has_att") else ""))
        out.append(("X-MS-TNEF-Correlator", ""))
        if c == "o365":
            out.append(("x-ms-exchange-transport-fromentityheader", "Hosted"))
            out.append(("x-originating-ip", "[%s]" % m.get("client_ip", "10.%d.%d.%d" % (
                hnum(k, "i1", 200) + 10, hnum(k, "i2", 250), hnum(k, "i3", 250)))))
        else:
            out.append(("x-originating-ip", "[10.%d.%d.%d]" % (hnum(k, "i1", 200) + 10, hnum(k, "i2", 250),
                                                             hnum(k, "i3", 250))))
    elif c == "outlook_classic":
        out.append(("X-Mailer", "Microsoft Outlook 16.0"))
        out.append(("Thread-Index", base64.b64encode(bytes.fromhex("01d5" + hx(k, "ti", 40))).decode()))
        out.append(("Content-Language", m.get("content_lang", "en-us")))
    elif c == "thunderbird":
        out.append(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\n Thunderbird/60.8.0"))
        out.append(("Content-Language", m.get("content_lang", "en-US")))
    elif c == "apple":
        out.append(("X-Mailer", m.get("xmailer", "iPhone Mail (16G77)")))
    elif c == "lotus":
        out.append(("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 February 06, 2018"))
        out.append(("X-MIMETrack", "Serialize by Router on %s/SRV/%s at 0%s" % (
            m["domain"].split(".")[0].upper(), m["domain"].split(".")[-1].upper(), m.get("mimetrack", "1.08.2019"))))
    elif c == "zimbra":
        out.append(("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)"))
        out.append(("Thread-Index", base64.b64encode(bytes.fromhex(hx(k, "zi", 20))).decode()))
        out.append(("Thread-Topic", m.get("thread_topic")))
    elif c == "roundcube":
        out.append(("User-Agent", "Roundcube Webmail/1.3.8"))
        out.append(("X-Sender", m["from_addr"]))
    elif c == "yandex":
        out.append(("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"))
    elif c == "mailru":
        out.append(("X-Mailer", "Mail.Ru Mailer 1.0"))
        out.append(("X-Originating-IP", "[10.161.%d.%d]" % (hnum(k, "mr1", 250), hnum(k, "mr2", 250))))
    elif c == "qq":
        out.append(("X-QQ-mime", "TCMime 1.0 by Tencent"))
        out.append(("X-Mailer", "QQMail 2.x"))
    elif c == "163":
        out.append(("X-Originating-IP", "[10.%d.%d.%d]" % (hnum(k, "w4", 250), hnum(k, "w5", 250), hnum(k, "w6", 250))))
        out.append(("X-Priority", "3"))
        out.append(("X-Mailer", "Coremail Webmail Server Version XT5.0.10 build 20190501(3c8a1c5d)"))
    elif c == "yahoo":
        out.append(("X-Mailer", "WebService/1.1.14168 YMailNorrin Mozilla/5.0 (Windows NT 10.0; Win64; x64)"))
    elif c == "groupwise":
        out.append(("X-Mailer", "Novell GroupWise Internet Agent 18.1.0"))
    return [(n, v) for n, v in out if v is not None]


def sender_received(c, m, sent):
    """One or two Received lines added by the sender's own infrastructure (below the ITU MX one)."""
    k, dom = m["key"], m["domain"]
    t1 = sent + timedelta(seconds=1 + hnum(k, "s1", 3))
    t2 = sent + timedelta(seconds=2 + hnum(k, "s2", 4))
    if c in ("outlook", "exchange"):
        h = m.get("host", "EXCH-MBX01")
        return ["from %s.%s (10.%d.%d.%d) by %s.%s\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\n"
                " cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.1713.5; %s" % (
                    h, dom, hnum(k, "a", 250), hnum(k, "b", 250), hnum(k, "c", 250) + 2, "EDGE01", dom,
                    hnum(k, "a", 250), hnum(k, "d", 250), 5, rfcdate(t1))]
    if c in ("o365", "hotmail"):
        return ["from %s by %s with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
                " id 15.20.2157.%d; %s" % (
                    "VI1PR0%dMB%04d.eurprd0%d.prod.outlook.com" % (hnum(k, "p", 9) + 1, hnum(k, "q", 9999),
                                                                 hnum(k, "p", 9) + 1),
                    "AM5EUR0%dFT0%02d.mail.protection.outlook.com" % (hnum(k, "p", 3) + 1, hnum(k, "r", 60)),
                    hnum(k, "s", 30), rfcdate(t1.astimezone(UTC)).replace("-0000", "+0000"))]
    if c == "gmail":
        return ["by mail-wr1-f%d.google.com with SMTP id %s.%d\n        for <%s>; %s" % (
            hnum(k, "g", 70) + 30, "z" + hx(k, "gs", 6) + "wrp", hnum(k, "gn", 9) + 1, SME,
            rfcdate(t1.astimezone(tzof("-0700")), "PDT"))]
    if c == "yandex":
        return ["from mxback%d.mail.yandex.net (mxback%d.mail.yandex.net [77.88.29.%d])\n\tby forward%d.mail.yandex.net"
                " (Yandex) with ESMTP id %s\n\tfor <%s>; %s" % (
                    hnum(k, "y", 9) + 1, hnum(k, "y", 9) + 1, hnum(k, "yy", 200) + 20, hnum(k, "yf", 90) + 100,
                    hx(k, "yid", 10), SME, rfcdate(t1.astimezone(tzof("+0300"))))]
    if c == "mailru":
        return ["by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1hu%s; %s" % (
            hnum(k, "r3", 500) + 100, m["from_addr"], hx(k, "mr", 8), rfcdate(t1.astimezone(tzof("+0300"))))]
    if c == "postfix":
        return []
    lh = m.get("host", "mail")
    return ["from %s.%s (localhost [127.0.0.1])\n\tby %s.%s (Postfix) with ESMTP id %s;\n\t%s" % (
        "webmail" if c in ("roundcube", "zimbra") else "localhost", dom, lh, dom, hx(k, "pf", 11).upper(),
        rfcdate(t2.astimezone(sent.tzinfo)))]


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------
class D:
    """One delegate of a label.  inflected=True: the name (dictionary form) is not written in the
    message; the written inflected form(s) are among the aliases."""

    def __init__(self, name, aliases=(), title=None, email=None, inflected=False):
        self.name, self.aliases, self.title, self.email, self.inflected = name, list(aliases), title, email, inflected

    def label(self):
        return {"name": self.name, "aliases": self.aliases, "title": self.title, "email": self.email}


MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


# --------------------------------------------------------------------------------------------
# quoted copies of the circular (replies often carry it below)
# --------------------------------------------------------------------------------------------
CIRC_EN = """Circular Letter CI-19/35
Geneva, 23 July 2019

To the Member States of ITU

Contact: Mr Christopher Clark
E-mail: sme@itu.int

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of consultation sessions entitled
"Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU
Telecom World 2019 in Budapest, Hungary. We intend to hold similar sessions during the Council Working
Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

These consultations follow up on the discussions held at the last session of the ITU Council on
strengthening the engagement of SMEs in the work of ITU. In accordance with Resolution 209 (Dubai, 2018),
Council finalized the eligibility criteria and decided on new, reduced fees for SME Associates from
January 2020.

The consultations will allow interested Member States to share best practices on national policies,
initiatives and programmes supporting tech SMEs, and to identify concrete actions to involve SMEs in the
work of ITU. A detailed agenda will be circulated shortly.

I should be grateful if you would express your interest and indicate the participant nominated for the
first consultation session, during ITU Telecom World 2019, by 16 August 2019, to the ITU secretariat at
sme@itu.int.

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General
"""

CIRC_FR = """Lettre circulaire CI-19/35
Genève, le 23 juillet 2019

Aux Etats Membres de l'UIT

Contact: M. Christopher Clark
Courriel: sme@itu.int

Objet: Sessions de consultation pour les Etats Membres: "Promouvoir les PME spécialisées dans les
technologies et l'innovation"

Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation. La
première session aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019, à Budapest (Hongrie).
Des sessions analogues sont prévues pendant les réunions des Groupes de travail du Conseil au début de
2020, pendant le Forum du SMSI de 2020 et lors d'autres manifestations.

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le nom du participant désigné
pour la première session, d'ici au 16 août 2019, au secrétariat de l'UIT (sme@itu.int).

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)

Houlin Zhao
Secrétaire général
"""

CIRC_ES = """Carta Circular CI-19/35
Ginebra, 23 de julio de 2019

A los Estados Miembros de la UIT

Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las pymes tecnológicas e innovadoras"

Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su Administración a participar en una serie de sesiones de consulta. La
primera sesión se celebrará el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest
(Hungría). Se prevé celebrar sesiones similares durante las reuniones de los Grupos de Trabajo del
Consejo a principios de 2020, durante el Foro de la CMSI de 2020 y en otros eventos.

Le agradecería que manifestara su interés e indicara el participante designado para la primera sesión a
más tardar el 16 de agosto de 2019, a la siguiente dirección: sme@itu.int

Atentamente,

(firmado)

Houlin Zhao
Secretario General
"""

CIRC_RU = """Циркулярное письмо CI-19/35
Женева, 23 июля 2019 года

Государствам - Членам МСЭ

Для контактов: г-н Кристофер Кларк (Mr Christopher Clark)
Эл. почта: sme@itu.int

Предмет: Консультационные сессии для Государств-Членов "Содействие технологическим и инновационным МСП"

Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу Администрацию принять участие в серии консультационных сессий. Первая сессия
состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. Аналогичные сессии
планируется провести в ходе собраний рабочих групп Совета в начале 2020 года, в ходе Форума ВВУИО 2020 года
и на других мероприятиях.

Просим сообщить о вашей заинтересованности и указать участника, назначенного на первую сессию, не позднее
16 августа 2019 года по адресу: sme@itu.int

С уважением,

(подпись)

Хоулинь Чжао
Генеральный секретарь
"""

CIRC_ZH = """通函 CI-19/35
2019年7月23日，日内瓦

致国际电联各成员国

联系人：Christopher Clark先生
电子邮件：sme@itu.int

事由：面向成员国的磋商会议——"扶持科技与创新中小企业"

尊敬的先生/女士：

我很高兴邀请贵主管部门参加题为"扶持科技与创新中小企业"的系列磋商会议。首次会议将于2019年9月10日在匈牙利布达佩斯举办的2019年国际电联世界电信展期间举行。我们计划在2020年初理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动期间举办类似会议。

敬请贵方于2019年8月16日之前向国际电联秘书处（sme@itu.int）表明参会意向，并告知参加首次磋商会议的人选。

顺致敬意！

（签字）

秘书长
赵厚麟
"""

CIRC_AR = """الأمين العام
جنيف، 23 يوليو 2019
إلى الدول الأعضاء في الاتحاد الدولي للاتصالات
المرجع: CI-19/35
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int
الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،
تحية طيبة وبعد،
يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.
ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكموم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int
وتفضلوا بقبول فائق التقدير والاحترام.
(توقيع)
هولين جاو
"""

CIRC_SUBJ = {
    "en": "CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    "fr": "CI-19/35: Sessions de consultation pour les Etats Membres: Promouvoir les PME",
    "es": "CI-19/35: Sesiones de consulta para los Estados Miembros: Fomento de las pymes",
    "ru": "CI-19/35: Консультационные сессии для Государств-Членов",
    "zh": "CI-19/35：面向成员国的磋商会议",
    "ar": "CI-19/35 جلسات تشاور للدول الأعضاء",
}
CIRC_TEXT = {"en": CIRC_EN, "fr": CIRC_FR, "es": CIRC_ES, "ru": CIRC_RU, "zh": CIRC_ZH, "ar": CIRC_AR}
CIRC_FROM = "ITU Circulars <circulars@itu.int>"
CIRC_DATE = "Tue, 23 Jul 2019 10:45:37 +0200"


def q_outlook(lang="en", sent_label="Sent", frm_label="From", to_label="To", subj_label="Subject",
              sent_value="Tuesday, July 23, 2019 10:45 AM", to_value="Member States", extra=""):
    """Outlook-style quoted original (header block, then the text unindented)."""
    return ("\n________________________________\n%s: ITU Circulars <circulars@itu.int>\n%s: %s\n%s: %s\n%s%s: %s\n\n%s"
            % (frm_label, sent_label, sent_value, to_label, to_value, extra, subj_label, CIRC_SUBJ[lang],
               CIRC_TEXT[lang]))


def q_gt(lang="en", intro="On Tue, 23 Jul 2019 at 10:45, ITU Circulars <circulars@itu.int> wrote:"):
    """'>'-quoted original as Gmail/Thunderbird write it."""
    body = "\n".join(("> " + l) if l else ">" for l in CIRC_TEXT[lang].rstrip("\n").split("\n"))
    return "\n%s\n%s\n" % (intro, body)


# --------------------------------------------------------------------------------------------
# building one message
# --------------------------------------------------------------------------------------------
RELAYS = {
    "gmail": lambda k: ("mail-wr1-f%d.google.com" % (hnum(k, "g", 70) + 30), "209.85.221.%d" % (hnum(k, "g", 70) + 30)),
    "o365": lambda k: ("mail-%s.outbound.protection.outlook.com" % ("ve1eur0%dlp20%02d" % (hnum(k, "p", 3) + 1, hnum(k, "r", 90))),
                       "104.47.%d.%d" % (hnum(k, "o1", 20) + 1, hnum(k, "o2", 250))),
    "hotmail": lambda k: ("mail-%s.outbound.protection.outlook.com" % ("bn3nam0%dolkn20%02d" % (hnum(k, "p", 3) + 1, hnum(k, "r", 90))),
                          "40.92.%d.%d" % (hnum(k, "o1", 20) + 1, hnum(k, "o2", 250))),
    "yandex": lambda k: ("forward%d.mail.yandex.net" % (hnum(k, "yf", 90) + 100), "5.45.198.%d" % (hnum(k, "yf", 90) + 100)),
    "mailru": lambda k: ("smtp%d.i.mail.ru" % (hnum(k, "r3", 60) + 1), "94.100.177.%d" % (hnum(k, "r3", 60) + 1)),
    "yahoo": lambda k: ("sonic%d-%d.consmr.mail.ne1.yahoo.com" % (hnum(k, "ys", 320), hnum(k, "yt", 30)),
                        "66.163.%d.%d" % (hnum(k, "yu", 90) + 100, hnum(k, "yv", 250))),
    "qq": lambda k: ("smtpbg%d.qq.com" % (hnum(k, "qs", 600) + 100), "203.205.%d.%d" % (hnum(k, "qa", 250), hnum(k, "qb", 250))),
}


def itu_received(m, recv):
    k, c = m["key"], m.get("client", "generic")
    if m.get("relay"):
        relay, ip = m["relay"], m.get("ip") or "198.51.100.%d" % (hnum(k, "ip", 250) + 2)
    elif c in RELAYS:
        relay, ip = RELAYS[c](k)
    else:
        relay = "mail." + m["domain"] if m.get("host") is None else "%s.%s" % (m.get("relay_host", "smtp"), m["domain"])
        ip = m.get("ip") or "%s.%d" % (("203.0.113", "198.51.100", "192.0.2")[hnum(k, "net", 3)], hnum(k, "ip", 250) + 2)
    mx = "mx%d.itu.int" % (1 + hnum(k, "mx", 2))
    qid = base64.b32encode(bytes.fromhex(hx(k, "qid", 16))).decode()[:12].replace("=", "")
    zone = "CEST" if recv.utcoffset() == timedelta(hours=2) else "CET"
    if m.get("tls", True):
        return ("from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
                "\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id 46%s\n\tfor <%s>; %s"
                % (relay, relay, ip, mx, qid, m.get("rcpt", SME), rfcdate(recv, zone)))
    return ("from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id 46%s\n\tfor <%s>; %s"
            % (relay, relay, ip, mx, qid, m.get("rcpt", SME), rfcdate(recv, zone)))


def fmt_headers(pairs):
    out = []
    for n, v in pairs:
        out.append("%s: %s" % (n, v) if v != "" else "%s: " % n)
    return "\n".join(out).encode("ascii")


def render_root(node, key, client):
    ctx = Ctx(key, client)
    return node.render(ctx)


def inner_msg(key, frm, to, subject, date, body, client="generic", cc=None, mid=None, cs="utf-8", enc="B",
              extra=None, domain=None):
    """A complete message as sent earlier by someone else (for message/rfc822 forwards)."""
    domain = domain or frm[1].split("@")[1]
    pairs = [("From", addr(frm[0], frm[1], cs, enc)),
             ("To", ", ".join(addr(n, a, cs, enc) for n, a in to))]
    if cc:
        pairs.append(("Cc", ", ".join(addr(n, a, cs, enc) for n, a in cc)))
    pairs += [("Subject", hval(subject, cs, enc)), ("Date", date),
              ("Message-ID", mid or make_mid(key, client, domain, "MBX02"))]
    pairs += list(extra or [])
    pairs.append(("MIME-Version", "1.0"))
    hdrs, body_b = render_root(body, key + "#inner", client)
    return fmt_headers(pairs) + b"\n" + "\n".join(hdrs).encode("ascii") + b"\n\n" + body_b


def build(m, mids):
    k = m["key"]
    c = m.get("client", "generic")
    frm_name, frm_addr = m["frm"]
    m["from_addr"] = frm_addr
    m["domain"] = m.get("domain") or frm_addr.split("@")[1]
    cs = m.get("hcs", "utf-8")
    enc = m.get("henc", "B")
    recv = geneva(m["recv"])
    lag = m.get("lag", 6 + hnum(k, "lag", 160))
    sent = (recv - timedelta(seconds=lag)).astimezone(tzof(m.get("tz", "+0200")))
    subj = m["subject"]
    topic = re.sub(r"^((RE|Re|AW|Aw|TR|FW|Fw|Fwd|WG|SV|VS|Odp|ОТВ|Ответ|RV|R|RES|回复|答复)\s*:\s*)+", "", subj)
    m["thread_topic"] = hval(topic, cs, enc) if c in ("outlook", "exchange", "o365", "zimbra") else None
    m["has_att"] = m.get("has_att", False)
    mid = mids[k]
    # reply threading
    irt = m.get("irt", "circ")
    refs = None
    if irt == "circ":
        irt_v = CIRC_MID
        refs = CIRC_MID
    elif irt:
        irt_v = mids[irt]
        refs = CIRC_MID + "\n " + mids[irt] if m.get("refs_circ", True) else mids[irt]
    else:
        irt_v = None
    to = m.get("to") or [(None, SME)]
    to_v = ",\n ".join(addr(n, a, cs, enc) for n, a in to) if not isinstance(to, str) else to
    cc = m.get("cc")
    cc_v = (",\n ".join(addr(n, a, cs, enc) for n, a in cc) if not isinstance(cc, str) else cc) if cc else None
    hdrs, body = render_root(m["body"], k, c)
    top = []
    top.append(("Return-Path", "<%s>" % m.get("envelope", frm_addr)))
    top.append(("Received", itu_received(m, recv)))
    recs = m.get("received") if "received" in m else sender_received(c, m, sent)
    for r in recs:
        top.append(("Received", r))
    from_v = addr(frm_name, frm_addr, cs, enc)
    date_v = m.get("date_raw") or rfcdate(sent)
    pre = list(m.get("pre_headers", []))
    mime = [("MIME-Version", "1.0")]
    xh = list(m.get("xh", []))
    if c == "gmail":
        main = [("MIME-Version", "1.0")]
        if refs:
            main.append(("References", refs))
        if irt_v:
            main.append(("In-Reply-To", irt_v))
        main += [("From", from_v), ("Date", date_v), ("Message-ID", mid), ("Subject", hval(subj, cs, enc)),
                 ("To", to_v)]
        if cc_v:
            main.append(("Cc", cc_v))
        main += xh
        mime = []
    else:
        main = [("From", from_v), ("To", to_v)]
        if cc_v:
            main.append(("CC" if c in ("outlook", "exchange", "o365") else "Cc", cc_v))
        main.append(("Subject", hval(subj, cs, enc)))
        if c in ("outlook", "exchange", "o365"):
            main.append(("Thread-Topic", m["thread_topic"]))
            ti = [v for n, v in client_headers(c, m) if n == "Thread-Index"][0]
            main.append(("Thread-Index", ti))
        main += [("Date", date_v), ("Message-ID", mid)]
        if irt_v:
            if c in ("outlook", "exchange", "o365"):
                main += [("References", refs), ("In-Reply-To", irt_v)]
            else:
                main += [("In-Reply-To", irt_v), ("References", refs)]
        main += [(n, v) for n, v in client_headers(c, m) if n not in ("Thread-Topic", "Thread-Index")
                 or c not in ("outlook", "exchange", "o365")]
        main += xh
    data = (fmt_headers(top + pre + main + mime) + b"\n" + "\n".join(hdrs).encode("ascii") + b"\n\n" + body)
    return data, recv


# --------------------------------------------------------------------------------------------
# reading back: text extraction used by the validator
# --------------------------------------------------------------------------------------------
def html_text(s):
    s = re.sub(r"(?is)<(head|style|script)\b.*?</\1\s*>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>|</td>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def _unlit(b):
    out, i = bytearray(), 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C:
            nx = b[i + 1:i + 2]
            if nx.isdigit():
                j = i + 1
                while j < len(b) and j < i + 4 and chr(b[j]).isdigit():
                    j += 1
                out.append(int(b[i + 1:j], 8))
                i = j
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nx, nx)
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    lines = []
    for st in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        for lit, hexs in re.findall(rb"(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f]+)>)\s*Tj", st, re.S):
            if hexs:
                lines.append(bytes.fromhex(hexs.decode()).decode("utf-16-be"))
            else:
                lines.append(_unlit(lit).decode("cp1252"))
    return "\n".join(lines)


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml, re.S)
    return "\n".join(htmlmod.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S))) for p in paras)


def extract(msg):
    texts, defects = [], []

    def hdrs(part, where):
        for n, v in part.items():
            for d in getattr(v, "defects", ()):
                defects.append("%s header %s: %r" % (where, n, d))
            if n.lower() in ("subject", "from", "to", "cc", "reply-to", "sender"):
                texts.append(str(v))

    def walk(part, where):
        defects.extend("%s: %r" % (where, d) for d in part.defects)
        ct = part.get_content_type()
        if ct.startswith("multipart/"):
            for i, sp in enumerate(part.get_payload()):
                hdrs(sp, where + "/%d" % i)
                walk(sp, where + "/%d" % i)
        elif ct == "message/rfc822":
            inner = part.get_payload(0)
            hdrs(inner, where + "/msg")
            walk(inner, where + "/msg")
        elif ct in ("message/delivery-status", "message/disposition-notification"):
            for blk in part.get_payload():
                for n, v in blk.items():
                    texts.append("%s: %s" % (n, v))
        elif part.get_content_maintype() == "text":
            s = part.get_content()
            texts.append(html_text(s) if ct == "text/html" else s)
        elif ct == "application/pdf":
            texts.append(pdf_text(part.get_content()))
        elif ct.endswith("wordprocessingml.document"):
            texts.append(docx_text(part.get_content()))
        else:
            part.get_content()
        defects.extend("%s (after decoding): %r" % (where, d) for d in part.defects if "%s: %r" % (where, d) not in defects)

    hdrs(msg, "top")
    walk(msg, "top")
    return "\n".join(texts), defects


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


WORD = re.compile(r"\w+")


def occurs(needle, text_n, words):
    n = norm(needle)
    if n in text_n:
        return True
    toks = WORD.findall(n)
    return bool(toks) and all(t in words for t in toks)


HONORIFICS = set("""mr mrs ms miss mister dr prof professor sir dame h.e eng engr ing lic mme mlle monsieur madame
sr sra srta señor señora doña dña d.ª dª dott dott.ssa sig sig.ra signor signora herr frau pani paní pán gospod gospa
г-н г-жа господин госпожа пані спадар спадарыня السيد السيدة الدكتور الدكتورة المهندس المهندسة سعادة shri smt shrimati
ông bà tuan puan encik bapak ibu sayın herra rouva úr κ. κος κα dra s.e. excellency excelentísimo ambassador ambassadeur
м-р г-ца dasho mtra. mtro. mgs. ec. arq. licda. dr.ª eng.º herrn gosp. go. г-ѓа mevrouw drs. ir. encik bi. znj. ښاغلی جناب श्री জনাব ir bwana ramatoa an-dramatoa is-sur lis-sur z. dipl.-ing. mag. mgr. ing. bc. judr. phdr. doc. kand. рһ аға ханум жаноб хоним""".split())
CJK_SUFFIX = ("先生", "女士", "博士", "様", "さん", "氏", "님", "씨", "閣下")


def honorific_problem(name):
    toks = [t.casefold() for t in name.split()]
    for t in toks:
        if t in HONORIFICS or t.rstrip(".") in HONORIFICS and t.endswith(".") and len(t) > 2:
            return t
    if toks and toks[0] in ("m.",):
        return toks[0]
    for suf in CJK_SUFFIX:
        if name.endswith(suf):
            return suf
    return None


# --------------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------------
LATE_KINDS = ("nomination", "interest_only", "correction")
DELEGATE_KINDS = ("nomination", "correction")
SESSION_KINDS = ("nomination", "interest_only", "correction")
LABEL_KEYS = ["message_id", "file", "kind", "language", "member_state", "delegates", "sessions", "received_at",
              "late", "supersedes"]


def validate(inflected):
    problems = []
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.name for p in OUT_MSG.glob("*.eml"))
    if files != sorted(l["file"] for l in labels):
        problems.append("files in messages/ and labels.jsonl differ")
    by_mid = {}
    prev_recv = None
    for i, lab in enumerate(labels, 1):
        f = lab.get("file")

        def bad(msg):
            problems.append("%s: %s" % (f, msg))
        if list(lab.keys()) != LABEL_KEYS:
            bad("label keys %r" % list(lab.keys()))
            continue
        if f != "%03d.eml" % i:
            bad("file name out of sequence")
        raw = (OUT_MSG / f).read_bytes()
        if b"\r" in raw:
            bad("CR in file")
        for ln in raw.split(b"\n"):
            if len(ln) > 998:
                bad("line longer than 998 octets")
                break
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        text, defects = extract(msg)
        collect_used(raw, msg)
        for d in defects:
            bad("defect " + d)
        mid = str(msg["Message-ID"]).strip()
        if lab["message_id"] != mid:
            bad("message_id %s != Message-ID %s" % (lab["message_id"], mid))
        if mid in by_mid:
            bad("duplicate Message-ID")
        # reception time
        recs = msg.get_all("Received") or []
        if not recs:
            bad("no Received header")
            continue
        first_hdr = raw.split(b"\n\n", 1)[0].decode("ascii")
        top = str(recs[0])
        if not re.search(r"by mx\d\.itu\.int ", top):
            bad("topmost Received is not from the ITU MX")
        if first_hdr.find("Received:") > first_hdr.find("\nFrom:"):
            bad("Received not above From")
        stamp = re.sub(r"\([^)]*\)\s*$", "", top.rsplit(";", 1)[1]).strip()
        rdt = parsedate_to_datetime(stamp)
        ldt = datetime.fromisoformat(lab["received_at"])
        if rdt != ldt:
            bad("received_at %s != Received %s" % (lab["received_at"], stamp))
        if prev_recv is not None and not ldt > prev_recv:
            bad("not in order of reception")
        prev_recv = ldt
        if lab["kind"] not in KINDS:
            bad("kind")
        if lab["language"] not in ISO639_1:
            bad("language %r" % lab["language"])
        ms = lab["member_state"]
        if lab["kind"] in ("auto_reply", "bounce", "unrelated"):
            if ms is not None:
                bad("member_state must be null for " + lab["kind"])
        elif ms is not None and ms not in ISO3166_A3:
            bad("member_state %r" % ms)
        if lab["kind"] in ("nomination", "interest_only", "decline", "correction") and ms is None \
                and lab["file"] not in NO_STATE_OK:
            bad("member_state missing")
        # late
        if lab["kind"] in LATE_KINDS:
            if lab["late"] is not (ldt > DEADLINE):
                bad("late flag wrong")
        elif lab["late"] is not None:
            bad("late must be null")
        # delegates
        dl = lab["delegates"]
        if lab["kind"] in DELEGATE_KINDS:
            if not dl:
                bad("no delegates")
        elif dl:
            bad("delegates only for nomination/correction")
        tn = norm(text)
        words = set(WORD.findall(tn))
        for d in dl:
            if set(d) != {"name", "aliases", "title", "email"}:
                bad("delegate keys")
            hp = honorific_problem(d["name"])
            if hp:
                bad("honorific %r in name %r" % (hp, d["name"]))
            if norm(d["name"]) in ("houlin zhao", "christopher clark"):
                bad("quoted ITU official as delegate")
            infl = (mid, d["name"]) in inflected
            if infl:
                if occurs(d["name"], tn, words) and norm(d["name"]) in tn:
                    bad("name %r marked inflected but written literally" % d["name"])
                if not d["aliases"]:
                    bad("inflected name without alias")
            elif not occurs(d["name"], tn, words):
                bad("name %r not in text" % d["name"])
            for a in d["aliases"]:
                if not occurs(a, tn, words):
                    bad("alias %r not in text" % a)
                if honorific_problem(a):
                    bad("honorific in alias %r" % a)
            for fld in ("title", "email"):
                if d[fld] is not None and norm(d[fld]) not in tn:
                    bad("%s %r not in text" % (fld, d[fld]))
        # sessions
        ss = lab["sessions"]
        if lab["kind"] in SESSION_KINDS:
            if not ss or any(s not in SESSIONS for s in ss) or len(set(ss)) != len(ss):
                bad("sessions %r" % ss)
        elif ss:
            bad("sessions only for nomination/interest_only/correction")
        # supersedes
        sup = lab["supersedes"]
        if lab["kind"] == "correction":
            if sup not in by_mid:
                bad("supersedes does not point to an earlier message")
            else:
                old = by_mid[sup]
                if old["member_state"] != ms:
                    bad("supersedes a message of another Member State")
                if old["kind"] not in ("nomination", "correction"):
                    bad("supersedes a %s" % old["kind"])
        elif sup is not None:
            bad("supersedes only for corrections")
        by_mid[mid] = lab
    langs = {l["language"] for l in labels}
    if len(labels) < 140:
        problems.append("only %d messages" % len(labels))
    if len(langs) < 50:
        problems.append("only %d languages" % len(langs))
    return problems, labels


NO_STATE_OK = set()  # filled in main(): files whose sender acts for no Member State (e.g. an SME association)


# --------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------
def write_readme(labels):
    kinds = list(KINDS)
    langs = sorted({l["language"] for l in labels}, key=lambda x: (-sum(1 for l in labels if l["language"] == x), x))
    rows = []
    for lg in langs:
        cnt = [sum(1 for l in labels if l["language"] == lg and l["kind"] == k) for k in kinds]
        rows.append("| %s | %s | %d |" % (lg, " | ".join(str(c) if c else "" for c in cnt), sum(cnt)))
    tot = [sum(1 for l in labels if l["kind"] == k) for k in kinds]
    late = sum(1 for l in labels if l["late"])
    timely = sum(1 for l in labels if l["late"] is False)
    states = sorted({l["member_state"] for l in labels if l["member_state"]})
    ndel = sum(len(l["delegates"]) for l in labels)
    sess = {s: sum(1 for l in labels if s in l["sessions"]) for s in SESSIONS}
    text = """# blind-25: hand-written replies to circular CI-19/35

%d e-mails as the `sme@itu.int` mailbox would hold them, each labelled in `labels.jsonl` following
`/work/shared/corpus/SCHEMA.md` (plus `file`). Written by hand for this corpus: every person, address,
organisation and sentence is invented; no wording is taken from any other corpus.

    messages/NNN.eml   one RFC 5322 message per file (LF line ends), numbered in order of reception
    labels.jsonl       one label per message, in the same order
    make_corpus.py     holds every message as data and regenerates both (byte-identical on every run)

## How it is made

`nice -n 19 python3 make_corpus.py` renders each message from its data: the ITU MX `Received:` line on top
(its timestamp is the reception time and the `received_at` of the label), the sender's own `Received:` lines,
client-specific headers (%s), RFC 2047 encoded headers (charsets: %s), bodies in the charsets
%s, with the transfer encodings %s; HTML-only Outlook tables, multipart/alternative and multipart/related, PDF letters whose text layer is
written by hand (Helvetica/WinAnsi, or a Type0 font with a ToUnicode CMap for other scripts), DOCX
attachments, forwards as message/rfc822 and inline, quoted copies of the circular, delivery-status and
disposition-notification reports.

It then re-reads everything and exits 1 on any problem: every file parses with `email` (policy.default)
without defects, the label's `message_id` is the Message-ID, `received_at` is the topmost Received
timestamp, `late` agrees with the deadline (16 August 2019 23:59:59 +02:00; null for kinds other than
nomination, interest_only and correction), kind-specific rules hold (delegates only for nomination and
correction, sessions only for nomination/interest_only/correction, member_state null for auto_reply,
bounce and unrelated, `supersedes` names an earlier message of the same Member State), and every
delegate's name, aliases, title and e-mail occur in the decoded text (headers, text and HTML parts, PDF
text layers, DOCX text, forwarded messages). A name written only in an inflected form (Slavic, Baltic,
Finno-Ugric and Turkic cases) is labelled in its dictionary form with the written form as an alias.

## Counts

| language | %s | total |
| --- | %s | --- |
%s
| **total** | %s | %d |

- %d Member States; %d delegates in all.
- Sessions named in labels: budapest-2019 %d, cwg-2020 %d, wsis-2020 %d.
- Of the nomination, interest_only and correction messages, %d arrived after the deadline and %d before it.
""" % (len(labels), ", ".join(sorted((CLIENT_NAMES[c] for c in {m.get("client", "generic") for m in MESSAGES}),
                        key=lambda n: (n.startswith("assorted"), n.lower()))),
       ", ".join(sorted(USED["hdr"], key=str.lower)), ", ".join(sorted(USED["body"], key=str.lower)),
       ", ".join(sorted(USED["cte"])), " | ".join(kinds), " | ".join("---" for _ in kinds), "\n".join(rows),
       " | ".join(str(t) for t in tot), len(labels), len(states), ndel, sess["budapest-2019"], sess["cwg-2020"],
       sess["wsis-2020"], late, timely)
    text += README_NOTES
    (HERE / "README.md").write_text(text, encoding="utf-8")


CLIENT_NAMES = {"outlook": "Outlook/Exchange on premises", "exchange": "Exchange", "o365": "Office 365",
                "outlook_classic": "Outlook desktop", "gmail": "Gmail", "thunderbird": "Thunderbird",
                "apple": "Apple Mail", "lotus": "Lotus/IBM Notes", "zimbra": "Zimbra", "yandex": "Yandex",
                "mailru": "Mail.ru", "qq": "QQ Mail", "163": "Coremail", "yahoo": "Yahoo", "hotmail": "Outlook.com",
                "roundcube": "Roundcube", "groupwise": "GroupWise", "postfix": "Postfix DSN",
                "generic": "assorted other mailers"}
USED = {"hdr": set(), "body": set(), "cte": set()}


def collect_used(raw, msg):
    head = raw.split(b"\n\n", 1)[0].decode("ascii")
    USED["hdr"].update(c.lower() for c in re.findall(r"=\?([^?]+)\?[BbQq]\?", head))
    for part in msg.walk():
        cs = part.get_param("charset")
        if cs and part.get_content_maintype() == "text":
            USED["body"].add(str(cs).lower())
        cte = part.get("Content-Transfer-Encoding")
        if cte:
            USED["cte"].add(str(cte).lower())


README_NOTES = """
## Labelling conventions used here

- `language` is the language of what the sender wrote, not of the quoted circular or a forwarded original.
- A nomination that names no session is for `budapest-2019`. Sessions mentioned as undecided
  ("we may also consider ...", "to be confirmed") or excluded ("only the WSIS Forum") are not counted.
- A correction carries the complete new delegate list and the sessions of the nomination as corrected.
- Names are written without honorifics; surnames written in capitals are labelled in normal case;
  native-script names carry the Latin transliteration the message gives as an alias (and vice versa).
- Permanent Missions and consultants writing on behalf of a capital carry that Member State; companies,
  associations, universities, auto-replies, bounces and unrelated mail carry none.
"""


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------
def main():
    keys = [m["key"] for m in MESSAGES]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        print("duplicate keys", dup)
        return 1
    mids = {}
    for m in MESSAGES:
        dom = m.get("domain") or m["frm"][1].split("@")[1]
        mids[m["key"]] = m.get("mid") or make_mid(m["key"], m.get("client", "generic"), dom, m.get("host"))
    order = sorted(MESSAGES, key=lambda m: geneva(m["recv"]))
    times = [geneva(m["recv"]) for m in order]
    if len(set(times)) != len(times):
        print("two messages received in the same second")
        return 1
    OUT_MSG.mkdir(exist_ok=True)
    for p in OUT_MSG.glob("*.eml"):
        p.unlink()
    labels, inflected = [], set()
    for i, m in enumerate(order, 1):
        data, recv = build(m, mids)
        fn = "%03d.eml" % i
        (OUT_MSG / fn).write_bytes(data)
        kind = m["kind"]
        if m.get("no_state"):
            NO_STATE_OK.add(fn)
        dels = m.get("dels", [])
        for d in dels:
            if d.inflected:
                inflected.add((mids[m["key"]], d.name))
        sess = m.get("sess")
        if sess is None:
            sess = ["budapest-2019"] if kind in ("nomination", "correction") else []
        sess = [s for s in SESSIONS if s in sess] if len(sess) == len(set(sess)) else sess
        lab = {
            "message_id": mids[m["key"]],
            "file": fn,
            "kind": kind,
            "language": m["lang"],
            "member_state": m.get("ms"),
            "delegates": [d.label() for d in dels],
            "sessions": sess,
            "received_at": recv.astimezone(UTC).isoformat(),
            "late": (recv > DEADLINE) if kind in LATE_KINDS else None,
            "supersedes": mids[m["sup"]] if m.get("sup") else None,
        }
        labels.append(lab)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    problems, labels = validate(inflected)
    write_readme(labels)
    by_kind = {k: sum(1 for l in labels if l["kind"] == k) for k in KINDS}
    print("%d messages, %d languages, %d Member States" % (
        len(labels), len({l["language"] for l in labels}), len({l["member_state"] for l in labels} - {None})))
    print("  " + ", ".join("%s %d" % kv for kv in by_kind.items()))
    if problems:
        print("%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("validation passed")
    return 0


# ============================================================================================
# THE MESSAGES
# Times are Geneva wall-clock times at which the ITU MX received the message.
# ============================================================================================

def esc(t):
    return htmlmod.escape(t, quote=False)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tmargin-bottom:.0001pt;
\tfont-size:11.0pt;
\tfont-family:"%s",sans-serif;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"%s",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="%s" link="#0563C1" vlink="#954F72"%s>
<div class="WordSection1">
%s
</div>
</body>
</html>
"""


def ohtml(inner, cs="utf-8", lang="EN-US", rtl=False, font="Calibri"):
    return OUTLOOK_HEAD % (cs, font, font, lang, ' dir="RTL"' if rtl else "", inner)


def op(t="", b=False, i=False, rtl=False):
    if not t:
        return '<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % (' dir="RTL"' if rtl else "")
    s = esc(t)
    if b:
        s = "<b>%s</b>" % s
    if i:
        s = "<i>%s</i>" % s
    return '<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (' dir="RTL"' if rtl else "", s)


def ops(text, rtl=False):
    """Plain text -> Outlook paragraphs (one per line, blank lines kept)."""
    return "\n".join(op(l, rtl=rtl) for l in text.strip("\n").split("\n"))


def otable(rows, head=True, rtl=False):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"%s style="border-collapse:collapse;'
           'border:none">' % (' dir="rtl"' if rtl else "")]
    for r, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            s = esc(cell)
            if head and r == 0:
                s = "<b>%s</b>" % s
            out.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">\n'
                       '<p class="MsoNormal">%s<o:p></o:p></p>\n</td>' % s)
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def ghtml(text):
    """Gmail-style HTML for a plain text."""
    paras = []
    for l in text.strip("\n").split("\n"):
        paras.append("<div>%s</div>" % (esc(l) if l else "<br>"))
    return '<div dir="ltr">' + "\n".join(paras) + "</div>\n"


def tbl_text(rows):
    """Plain-text rendering of a table the way Outlook writes the text/plain alternative."""
    return "\n".join("\t".join(r) for r in rows) + "\n"


AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
OOF = AUTO + [("X-MS-Exchange-Inbox-Rules-Loop", None)]


def mdn(key, orig_subject, reader, reader_addr, orig_mid, when, human, ua="Microsoft Outlook 16.0"):
    """A read receipt (multipart/report; report-type=disposition-notification)."""
    notif = ("Reporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n" % (reader_addr.split("@")[1], ua,
                                                                            reader_addr, orig_mid))
    return Multi("report", [T(human, cte="quoted-printable"),
                            Embedded(notif, ctype="message/disposition-notification")],
                 params=" report-type=disposition-notification;")


def dsn(human, reporting_mta, arrival, recipient, status, diag, remote, original, headers_only=False, qid=None,
        human_cs="us-ascii", human_cte="7bit", extra_fields=""):
    ds = "Reporting-MTA: dns; %s\n" % reporting_mta
    if qid:
        ds += "X-Postfix-Queue-ID: %s\n" % qid
    ds += "Arrival-Date: %s\n%s\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n" \
          "Status: %s\n" % (arrival, extra_fields, recipient, recipient, status)
    if remote:
        ds += "Remote-MTA: dns; %s\n" % remote
    ds += "Diagnostic-Code: %s\n" % diag
    ds = ds.replace("\n\n\n", "\n\n")
    if headers_only:
        orig = Embedded(original.split(b"\n\n", 1)[0] + b"\n", ctype="text/rfc822-headers")
    else:
        orig = Embedded(original, ctype="message/rfc822")
    return Multi("report", [T(human, cs=human_cs, cte=human_cte), Embedded(ds, ctype="message/delivery-status"), orig],
                 params=" report-type=delivery-status;")


def itu_circ_copy(key, to_addr, when="Tue, 23 Jul 2019 10:45:37 +0200", lang="en"):
    """The circular as ITU mailed it to Member States (what comes back inside bounces)."""
    return inner_msg(key, ("ITU Circulars", "circulars@itu.int"), [(None, to_addr)], CIRC_SUBJ[lang], when,
                     T(CIRC_TEXT[lang], cte="quoted-printable"), client="generic", mid=CIRC_MID, domain="itu.int")


# ============================================================================================
# English
# ============================================================================================
M(key="gbr-nom", recv="2019-07-25 11:14:52", kind="nomination", lang="en", ms="GBR",
  frm=("Fairley, Tom", "tom.fairley@dcms.gov.uk"), client="o365", tz="+0100",
  subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  accept_lang="en-GB", content_lang="en-GB",
  body=T("""Dear Mr Clark,

Thank you for Circular CI-19/35. The United Kingdom welcomes the initiative and would like to take part in
the first consultation session in Budapest on 10 September.

Our participant will be:

Eleanor Whitcombe
Head of Digital Trade Policy, Department for Digital, Culture, Media and Sport
eleanor.whitcombe@dcms.gov.uk | +44 20 7211 6000

Eleanor will be in Budapest for the whole of Telecom World, so she can be flexible on timing. Please copy me
on any logistics.

Kind regards,
Tom

Tom Fairley
International Telecoms Policy
Department for Digital, Culture, Media and Sport
100 Parliament Street, London SW1A 2BQ
""" + q_outlook("en", sent_value="23 July 2019 09:45", to_value="Member States")),
  dels=[D("Eleanor Whitcombe", title="Head of Digital Trade Policy", email="eleanor.whitcombe@dcms.gov.uk")])

_ken_rows = [["Name", "Designation", "Organisation", "E-mail"],
             ["Eng. Daniel Kiprono Chebet", "Director, Licensing and Compliance", "Communications Authority of Kenya",
              "d.chebet@ca.go.ke"],
             ["Ms. Faith Njeri Mwangi", "Manager, ICT SME Development", "ICT Authority", "faith.mwangi@icta.go.ke"]]
M(key="ken-nom", recv="2019-08-02 09:31:05", kind="nomination", lang="en", ms="KEN",
  frm=("Otieno, Brian", "botieno@ca.go.ke"), client="exchange", host="CA-MBX03", tz="+0300",
  subject="RE: CI-19/35 - Nomination of participants - Kenya", has_att=False,
  cc=[("Director General", "dg@ca.go.ke"), (None, "kenmission@kenyamission-un.ch")],
  body=H(ohtml("\n".join([
      op("Dear Sir/Madam,"), op(),
      op("Reference is made to ITU Circular CI-19/35 dated 23rd July 2019 on the consultation sessions on "
         "fostering tech and innovation SMEs."), op(),
      op("Kenya is pleased to confirm its participation and nominates the following officers to attend the "
         "session in Budapest on 10th September 2019 and the session to be held during the Council Working "
         "Group meetings in early 2020:"), op(),
      otable(_ken_rows), op(),
      op("Kindly note that the Permanent Mission of Kenya in Geneva is copied for coordination."), op(),
      op("Regards,"), op(), op("Brian Otieno", b=True), op("For: Director General"),
      op("Communications Authority of Kenya"), op("CA Centre, Waiyaki Way, Nairobi")])), cte="quoted-printable"),
  dels=[D("Daniel Kiprono Chebet", title="Director, Licensing and Compliance", email="d.chebet@ca.go.ke"),
        D("Faith Njeri Mwangi", title="Manager, ICT SME Development", email="faith.mwangi@icta.go.ke")],
  sess=["budapest-2019", "cwg-2020"])

M(key="nga-nom", recv="2019-08-07 13:48:20", kind="nomination", lang="en", ms="NGA",
  frm=("Olumide Adeyemi-Johnson", "oadeyemi-johnson@ncc.gov.ng"), client="outlook_classic", tz="+0100",
  subject="NOMINATION FOR THE CONSULTATION SESSION ON FOSTERING TECH AND INNOVATION SMEs", irt=None,
  xh=[("Importance", "High"), ("X-Priority", "1")],
  body=T("""Dear Sir,

RE: NOMINATION FOR THE CONSULTATION SESSION ON FOSTERING TECH AND INNOVATION SMEs - BUDAPEST, 10 SEPTEMBER 2019

I am directed by the Executive Vice Chairman to refer to ITU Circular CI-19/35 dated 23 July 2019 and to
convey the nomination of the following officers of the Nigerian Communications Commission:

1. Dr. Adaeze OKONKWO - Director, New Media and Information Security
2. Engr. Musa Ibrahim BELLO - Head, Digital Economy Desk

Their e-mail addresses are aokonkwo@ncc.gov.ng and mibello@ncc.gov.ng respectively.

Please accept the assurances of our highest regards.

Olumide ADEYEMI-JOHNSON
For: Executive Vice Chairman/CEO
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
""", cs="us-ascii", cte="7bit"),
  dels=[D("Adaeze Okonkwo", title="Director, New Media and Information Security", email="aokonkwo@ncc.gov.ng"),
        D("Musa Ibrahim Bello", title="Head, Digital Economy Desk", email="mibello@ncc.gov.ng")])

M(key="aus-nom", recv="2019-08-09 08:12:44", kind="nomination", lang="en", ms="AUS",
  frm=("Linh Nguyen", "linh.nguyen@communications.gov.au"), client="o365", tz="+1000",
  subject="RE: CI-19/35 SME consultation - Australia",
  accept_lang="en-AU", content_lang="en-AU",
  body=ALT(T("""Hi Christopher,

Australia nominates Ms Rachel O'Donoghue, Assistant Secretary, Digital Economy Branch
(rachel.odonoghue@communications.gov.au) for the SME session in Budapest.

Cheers,
Linh

Linh Nguyen | International Section | Department of Communications and the Arts
GPO Box 2154 Canberra ACT 2601
""", cs="us-ascii", cte="7bit"),
           H(ohtml("\n".join([op("Hi Christopher,"), op(),
                              op("Australia nominates Ms Rachel O'Donoghue, Assistant Secretary, Digital Economy "
                                 "Branch (rachel.odonoghue@communications.gov.au) for the SME session in Budapest."),
                              op(), op("Cheers,"), op("Linh"), op(),
                              op("Linh Nguyen | International Section | Department of Communications and the Arts"),
                              op("GPO Box 2154 Canberra ACT 2601")]), lang="EN-AU"), cte="quoted-printable")),
  dels=[D("Rachel O'Donoghue", title="Assistant Secretary, Digital Economy Branch",
          email="rachel.odonoghue@communications.gov.au")])

M(key="gha-int", recv="2019-08-06 16:05:33", kind="interest_only", lang="en", ms="GHA",
  frm=("Kwame Asante-Darko", "k.asante-darko@moc.gov.gh"), client="thunderbird", tz="+0000",
  subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=T("""Dear ITU Secretariat,

Ghana confirms its interest in the consultation session to be held on 10 September 2019 in Budapest.

The name of our participant will be communicated once the Honourable Minister has approved the delegation
list for ITU Telecom World 2019. In the meantime, our focal point for this matter is Mrs Akosua Serwaa
Boateng (akosua.boateng@moc.gov.gh, +233 302 666 465), who can be contacted for any information.

Yours faithfully,

Kwame Asante-Darko
Principal Programme Officer, International Relations
Ministry of Communications, Accra
""" + q_gt("en"), cte="8bit", flowed=True),
  sess=["budapest-2019"])

M(key="zaf-pdf", recv="2019-08-12 14:22:09", kind="nomination", lang="en", ms="ZAF",
  frm=("Nomvula Khumalo", "nkhumalo@dcdt.gov.za"), client="exchange", host="PTA-EXMB02", tz="+0200",
  subject="Letter: Nomination for Consultation Sessions on Fostering Tech and Innovation SMEs (CI-19/35)",
  irt=None, has_att=True,
  body=MIX(T("""Good day,

Please find attached a letter from the Director-General in response to ITU Circular CI-19/35.

Regards

Nomvula Khumalo
Personal Assistant to the DDG: ICT Policy Development
Department of Communications and Digital Technologies
Tel: +27 12 427 8000
""", cs="us-ascii", cte="7bit"),
    PDF("DG letter to ITU SG - CI-19-35 nomination.pdf", [
        "DEPARTMENT OF COMMUNICATIONS AND DIGITAL TECHNOLOGIES",
        "REPUBLIC OF SOUTH AFRICA",
        "Private Bag X860, Pretoria, 0001",
        "Enquiries: N. Khumalo          Ref: 12/3/4/ITU-2019",
        "",
        "Mr Houlin Zhao",
        "Secretary-General",
        "International Telecommunication Union",
        "Place des Nations, 1211 Geneva 20, Switzerland",
        "",
        "Dear Secretary-General",
        "",
        "NOMINATION: CONSULTATION SESSIONS ON FOSTERING TECH AND INNOVATION SMEs (CI-19/35)",
        "",
        "1. The Department thanks the ITU for the invitation contained in Circular Letter CI-19/35 of 23 July 2019.",
        "2. South Africa is pleased to nominate the following officials to participate in the first consultation "
        "session at ITU Telecom World 2019 in Budapest on 10 September 2019, as well as in the session to be held "
        "during the WSIS Forum 2020:",
        "   - Mr Sipho Mandla Dlamini, Chief Director: ICT Enterprise Development (sdlamini@dcdt.gov.za)",
        "   - Ms Refilwe Mokoena, Director: Small Business Digital Programmes (rmokoena@dcdt.gov.za)",
        "3. The Department will confirm its participation in the sessions planned alongside the Council Working "
        "Groups once the 2020 calendar is known.",
        "",
        "Yours sincerely",
        "",
        "T. J. Mabuza",
        "Director-General (Acting)",
        "Date: 09/08/2019",
    ], date="D:20190809151200+02'00'")),
  dels=[D("Sipho Mandla Dlamini", title="Chief Director: ICT Enterprise Development", email="sdlamini@dcdt.gov.za"),
        D("Refilwe Mokoena", title="Director: Small Business Digital Programmes", email="rmokoena@dcdt.gov.za")],
  sess=["budapest-2019", "wsis-2020"])

_mus_inner = inner_msg("mus-inner", ("Devika Seebaluck", "dseebaluck@govmu.org"),
                       [("Mauritius Mission Geneva", "mauritius.mission@mission-mu.ch")],
                       "ITU CI-19/35 - participant for SME consultation", "Mon, 12 Aug 2019 17:20:11 +0400",
                       T("""Dear Colleagues,

With reference to ITU Circular CI-19/35, kindly convey to the ITU secretariat that the Ministry wishes to
register Mr Vikash Ramsamy, Principal ICT Officer, as participant of Mauritius in the consultation session
of 10 September 2019 (ITU Telecom World, Budapest). His e-mail address is vramsamy@govmu.org.

Thanking you in advance.

D. Seebaluck (Mrs)
for Permanent Secretary
Ministry of Technology, Communication and Innovation
Port Louis
""", cs="us-ascii", cte="7bit"), client="lotus", domain="govmu.org")
M(key="mus-fwd", recv="2019-08-14 10:02:51", kind="nomination", lang="en", ms="MUS",
  frm=("Anjali Ramdin", "anjali.ramdin@mission-mu.ch"), client="outlook_classic", tz="+0200",
  subject="FW: ITU CI-19/35 - participant for SME consultation", irt=None, has_att=True,
  body=MIX(T("""Dear Sir/Madam,

The Permanent Mission of the Republic of Mauritius presents its compliments to the ITU secretariat and has
the honour to forward herewith the nomination received from the Ministry of Technology, Communication and
Innovation in Port Louis in response to Circular CI-19/35.

The Mission would be grateful if the secretariat could acknowledge receipt.

Best regards,

Anjali Ramdin (Ms)
First Secretary
Permanent Mission of the Republic of Mauritius, Geneva
""", cs="us-ascii", cte="7bit"), Embedded(_mus_inner, filename="ITU CI-19-35 - participant for SME consultation.eml")),
  dels=[D("Vikash Ramsamy", title="Principal ICT Officer", email="vramsamy@govmu.org")])

M(key="sgp-self", recv="2019-07-31 05:40:18", kind="nomination", lang="en", ms="SGP",
  frm=("TAN Wei Ling (IMDA)", "tan_wei_ling@imda.gov.sg"), client="o365", tz="+0800",
  subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  accept_lang="en-SG", content_lang="en-US",
  body=ALT(T("""Dear Christopher,

Thank you for the invitation. IMDA would be glad to contribute to the SME consultations. I will be at
Telecom World in Budapest anyway and would like to take part in the session on 10 Sep myself, if that is
fine with the organisers.

Happy to share our experience with the SMEs Go Digital programme.

Best regards,

Tan Wei Ling (Ms)
Deputy Director, International Relations
Infocomm Media Development Authority (IMDA)
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438
tan_wei_ling@imda.gov.sg
""", cs="us-ascii", cte="7bit"),
           H(ohtml("\n".join([
               op("Dear Christopher,"), op(),
               op("Thank you for the invitation. IMDA would be glad to contribute to the SME consultations. I will be "
                  "at Telecom World in Budapest anyway and would like to take part in the session on 10 Sep myself, if "
                  "that is fine with the organisers."), op(),
               op("Happy to share our experience with the SMEs Go Digital programme."), op(),
               op("Best regards,"), op(),
               op("Tan Wei Ling (Ms)", b=True), op("Deputy Director, International Relations"),
               op("Infocomm Media Development Authority (IMDA)"),
               op("10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438"),
               op("tan_wei_ling@imda.gov.sg")]), lang="EN-SG"), cte="quoted-printable")),
  dels=[D("Tan Wei Ling", title="Deputy Director, International Relations", email="tan_wei_ling@imda.gov.sg")])

M(key="jam-inq", recv="2019-08-08 17:55:02", kind="inquiry", lang="en", ms="JAM",
  frm=("Shanique Clarke-Henry", "sclarkehenry@mstem.gov.jm"), client="gmail", tz="-0500",
  subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=ALT(T("""Good afternoon,

Could you please advise whether remote participation will be available for the session on 10 September? We
would also like to know whether the ITU will offer any fellowships for travel to Budapest, and whether
there is a limit on the number of participants per Member State.

We are considering our participation but must first confirm funding.

Many thanks,
Shanique Clarke-Henry
Ministry of Science, Energy and Technology, Kingston
"""), H(ghtml("""Good afternoon,

Could you please advise whether remote participation will be available for the session on 10 September? We
would also like to know whether the ITU will offer any fellowships for travel to Budapest, and whether
there is a limit on the number of participants per Member State.

We are considering our participation but must first confirm funding.

Many thanks,
Shanique Clarke-Henry
Ministry of Science, Energy and Technology, Kingston
"""))))

M(key="uga-late", recv="2019-08-21 10:17:45", kind="nomination", lang="en", ms="UGA",
  frm=("Patrick Mugisha", "pmugisha@ucc.co.ug"), client="zimbra", tz="+0300",
  subject="Uganda nominations - SME consultation session, Budapest", irt=None,
  body=T("""Dear Sir/Madam,

Apologies for the late response to Circular CI-19/35. Uganda Communications Commission would like to
nominate the following persons for the consultation session in Budapest:

Name: Agnes NAKATO
Designation: Manager, Industry Development
Email: anakato@ucc.co.ug

Name: Ronald TUMUSIIME
Designation: Senior Officer, Innovation and Research
Email: rtumusiime@ucc.co.ug

We hope they can still be accommodated.

Regards,
Patrick Mugisha
Head, International Affairs
Uganda Communications Commission
Plot 42-44 Spring Road, Bugolobi, Kampala
""", cs="utf-8", cte="quoted-printable"),
  dels=[D("Agnes Nakato", title="Manager, Industry Development", email="anakato@ucc.co.ug"),
        D("Ronald Tumusiime", title="Senior Officer, Innovation and Research", email="rtumusiime@ucc.co.ug")])

M(key="zmb-nom", recv="2019-08-05 12:40:27", kind="nomination", lang="en", ms="ZMB",
  frm=("Mwila Kabwe", "mkabwe@zicta.zm"), client="exchange", host="ZICTA-EX01", tz="+0200",
  subject="RE: CI-19/35: Consultation sessions for Member States",
  body=T("""Dear Mr. Clark,

Zambia Information and Communications Technology Authority (ZICTA) hereby nominates Mr. Chanda Mulenga,
Director Technical Services, to represent Zambia at the first consultation session on fostering tech and
innovation SMEs during ITU Telecom World 2019.

Contact: cmulenga@zicta.zm

Kind regards,

Mwila Kabwe
Senior Manager - International Relations
ZICTA, Lusaka
""" + q_outlook("en", sent_value="Tuesday, July 23, 2019 10:45 AM"), cs="windows-1252", cte="quoted-printable"),
  dels=[D("Chanda Mulenga", title="Director Technical Services", email="cmulenga@zicta.zm")])

M(key="zmb-cor", recv="2019-08-19 09:03:36", kind="correction", lang="en", ms="ZMB",
  frm=("Mwila Kabwe", "mkabwe@zicta.zm"), client="exchange", host="ZICTA-EX01", tz="+0200",
  subject="RE: CI-19/35: Consultation sessions for Member States - change of nominee", irt="zmb-nom",
  body=T("""Dear Mr. Clark,

Further to my e-mail of 5 August, please note a change in our nomination. Mr. Chanda Mulenga will
unfortunately not be able to travel to Budapest. ZICTA nominates instead:

Ms. Bwalya Natasha Phiri
Manager - Consumer and Innovation Affairs
bphiri@zicta.zm

All other details remain unchanged. We apologise for any inconvenience.

Kind regards,

Mwila Kabwe
Senior Manager - International Relations
ZICTA, Lusaka
""", cs="windows-1252", cte="quoted-printable"),
  dels=[D("Bwalya Natasha Phiri", title="Manager - Consumer and Innovation Affairs", email="bphiri@zicta.zm")],
  sup="zmb-nom")

M(key="bwa-dec", recv="2019-08-13 11:26:50", kind="decline", lang="en", ms="BWA",
  frm=("Tebogo Sechele", "tsechele@bocra.org.bw"), client="outlook", host="BOCRA-MBX1", tz="+0200",
  subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=T("""Dear Sir/Madam,

The Botswana Communications Regulatory Authority (BOCRA) thanks the ITU for the invitation.

BOCRA regrets that it will not be in a position to participate in the consultation session scheduled for
10 September 2019 in Budapest, owing to prior commitments during that period. We wish the session every
success.

Yours faithfully,

T. Sechele
Acting Director, Business Development
BOCRA, Plot 50671 Independence Avenue, Gaborone
""", cs="us-ascii", cte="7bit"))

M(key="nzl-int", recv="2019-08-15 00:31:12", kind="interest_only", lang="en", ms="NZL",
  frm=("Hemi Walker", "hemi.walker@mbie.govt.nz"), client="o365", tz="+1200",
  subject="RE: CI-19/35 - New Zealand response", accept_lang="en-NZ", content_lang="en-NZ",
  body=T("""Kia ora Christopher,

New Zealand will not be represented at Telecom World this year, so we won't be nominating anyone for the
Budapest session. We would however like to register our interest in the consultation planned for the WSIS
Forum 2020 in Geneva, and will come back to you with a name early next year.

Nga mihi,

Hemi Walker
Senior Policy Advisor | Communications Policy
Ministry of Business, Innovation & Employment
""", cs="utf-8", cte="quoted-printable"),
  sess=["wsis-2020"])

M(key="irl-dec", recv="2019-08-01 15:47:29", kind="decline", lang="en", ms="IRL",
  frm=("Ciara Ni Bhriain", "ciara.nibhriain@dccae.gov.ie"), client="outlook", host="DCCAE-EX2", tz="+0100",
  subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  accept_lang="en-IE",
  body=T("""Hello,

Ireland won't be participating in the 10 September session - thanks for the invitation though.

Ciara

Ciara Ni Bhriain
International Telecoms Unit
""" + q_outlook("en"), cs="windows-1252", cte="quoted-printable"))

M(key="usa-nom", recv="2019-08-15 22:10:03", kind="nomination", lang="en", ms="USA",
  frm=("Gallagher, Susan M", "GallagherSM@state.gov"), client="exchange", host="EXCH-WASH-07", tz="-0400",
  subject="U.S. Nominations - CI-19/35 SME Consultation Sessions", irt=None,
  cc=[("Whitaker, Jonathan R", "WhitakerJR@state.gov"), ("US Mission Geneva ITU", "GenevaITU@state.gov")],
  body=ALT(T("""Dear Mr. Clark,

The United States is pleased to nominate the following participants for the consultation session on
10 September 2019 in Budapest and for the consultation to be held alongside the Council Working Group
meetings in early 2020:

  - Jonathan R. Whitaker, Senior Advisor, Bureau of Economic and Business Affairs, U.S. Department of State
    (WhitakerJR@state.gov)
  - Maria Elena Castellanos, International Relations Specialist, National Telecommunications and
    Information Administration (mcastellanos@ntia.doc.gov)

Please do not hesitate to contact me if you need anything further.

Sincerely,

Susan M. Gallagher
Office of Multilateral Affairs
Bureau of Cyberspace and Digital Policy
U.S. Department of State

UNCLASSIFIED
""", cs="us-ascii", cte="7bit"),
    H(ohtml("\n".join([
        op("Dear Mr. Clark,"), op(),
        op("The United States is pleased to nominate the following participants for the consultation session on "
           "10 September 2019 in Budapest and for the consultation to be held alongside the Council Working Group "
           "meetings in early 2020:"), op(),
        '<ul style="margin-top:0cm" type="disc">',
        '<li class="MsoNormal">Jonathan R. Whitaker, Senior Advisor, Bureau of Economic and Business Affairs, U.S. '
        'Department of State (<a href="mailto:WhitakerJR@state.gov">WhitakerJR@state.gov</a>)<o:p></o:p></li>',
        '<li class="MsoNormal">Maria Elena Castellanos, International Relations Specialist, National '
        'Telecommunications and Information Administration (<a href="mailto:mcastellanos@ntia.doc.gov">'
        'mcastellanos@ntia.doc.gov</a>)<o:p></o:p></li>', "</ul>", op(),
        op("Please do not hesitate to contact me if you need anything further."), op(), op("Sincerely,"), op(),
        op("Susan M. Gallagher"), op("Office of Multilateral Affairs"), op("Bureau of Cyberspace and Digital Policy"),
        op("U.S. Department of State"), op(), op("UNCLASSIFIED", b=True)])), cte="quoted-printable")),
  dels=[D("Jonathan R. Whitaker", title="Senior Advisor, Bureau of Economic and Business Affairs",
          email="WhitakerJR@state.gov"),
        D("Maria Elena Castellanos", title="International Relations Specialist", email="mcastellanos@ntia.doc.gov")],
  sess=["budapest-2019", "cwg-2020"])

M(key="fji-nom", recv="2019-08-10 03:27:40", kind="nomination", lang="en", ms="FJI",
  frm=("Sanjay Prasad", "sanjay.prasad.comms@gmail.com"), client="gmail", tz="+1200",
  subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=ALT(T("""Bula Christopher,

Hope you're keeping well after Council! Fiji would love to join the SME conversation in Budapest. We're
sending Mereani Tuilau from our Ministry of Commerce, Trade, Tourism and Transport - she's been running
our MSME digital grants and has loads to share. Her email is mereani.tuilau@mcttt.gov.fj.

Vinaka vakalevu,
Sanjay

--
Sanjay Prasad
Ministry of Communications, Suva
(sent from my personal account while the office server is down)
""" + q_gt("en")), H(ghtml("""Bula Christopher,

Hope you're keeping well after Council! Fiji would love to join the SME conversation in Budapest. We're
sending Mereani Tuilau from our Ministry of Commerce, Trade, Tourism and Transport - she's been running
our MSME digital grants and has loads to share. Her email is mereani.tuilau@mcttt.gov.fj.

Vinaka vakalevu,
Sanjay

--
Sanjay Prasad
Ministry of Communications, Suva
(sent from my personal account while the office server is down)
"""))),
  dels=[D("Mereani Tuilau", email="mereani.tuilau@mcttt.gov.fj")])

M(key="tto-nom", recv="2019-08-16 18:20:55", kind="nomination", lang="en", ms="TTO",
  frm=("Darren Mohammed", "dmohammed@mpadt.gov.tt"), client="outlook", host="MPA-EXCH01", tz="-0400",
  subject="Trinidad and Tobago - nomination - SME consultation sessions", irt=None,
  body=T("""Good day,

I refer to ITU Circular CI-19/35.

Ms. Keisha Ramnarine-Baptiste, Telecommunications Policy Analyst, Ministry of Public Administration and
Digital Transformation, will represent Trinidad and Tobago at the Budapest consultation on 10 September.
She will also attend the corresponding session at the WSIS Forum 2020.

Her contact: keisha.ramnarine-baptiste@mpadt.gov.tt

Regards,
Darren Mohammed
Director (Ag.), ICT Policy
""", cs="us-ascii", cte="7bit"),
  dels=[D("Keisha Ramnarine-Baptiste", title="Telecommunications Policy Analyst",
          email="keisha.ramnarine-baptiste@mpadt.gov.tt")],
  sess=["budapest-2019", "wsis-2020"])

M(key="mwi-edge", recv="2019-08-16 23:58:41", kind="nomination", lang="en", ms="MWI",
  frm=("Thokozani Mwale", "tmwale@macra.org.mw"), client="roundcube", tz="+0200",
  subject="Re: CI-19/35 nomination (Malawi)",
  body=T("""Dear Sir/Madam,

Apologies for sending this at the last minute. MACRA nominates Mr. Chikondi Banda, Deputy Director -
Broadcasting and Postal Services (cbanda@macra.org.mw), for the 10 September 2019 consultation session.

Regards,
T. Mwale
Malawi Communications Regulatory Authority, Blantyre
""", cs="us-ascii", cte="7bit", flowed=True, quoted_cs=False),
  dels=[D("Chikondi Banda", title="Deputy Director - Broadcasting and Postal Services", email="cbanda@macra.org.mw")])

M(key="lbr-edge", recv="2019-08-17 00:00:07", kind="nomination", lang="en", ms="LBR", lag=17, tz="+0000",
  frm=("Lorpu Kollie", "lkollie@lta.gov.lr"), client="yahoo", domain="lta.gov.lr",
  subject="Liberia participant - ITU SME consultation Budapest", irt=None,
  body=ALT(T("""Dear ITU,

In response to Circular CI-19/35, the Liberia Telecommunications Authority designates Mr. Emmanuel
Tamba Flomo, Manager for Digital Innovation, to attend the consultation on fostering tech SMEs during
ITU Telecom World in Budapest. His email: etflomo@lta.gov.lr

Thank you.
Lorpu Kollie
Executive Assistant to the Chairman, LTA
"""), H("""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>Dear ITU,</div><div><br></div><div>In response to Circular CI-19/35, the Liberia Telecommunications Authority
designates Mr. Emmanuel Tamba Flomo, Manager for Digital Innovation, to attend the consultation on fostering tech
SMEs during ITU Telecom World in Budapest. His email: etflomo@lta.gov.lr</div><div><br></div><div>Thank you.</div>
<div>Lorpu Kollie</div><div>Executive Assistant to the Chairman, LTA</div></div></body></html>
""")),
  dels=[D("Emmanuel Tamba Flomo", title="Manager for Digital Innovation", email="etflomo@lta.gov.lr")])

REM_MID = "<5d4d2e8a.SME-reminder.20190809@itu.int>"
REM_SUBJ = "Reminder - CI-19/35: Consultation sessions for Member States - replies by 16 August 2019"
REM_TEXT = """Dear Colleagues,

This is a kind reminder that replies to Circular CI-19/35 (Consultation sessions for Member States:
"Fostering tech and innovation SMEs") are expected by 16 August 2019.

Please let us know whether your Administration is interested, and the name of the participant for the
first session, to be held on 10 September 2019 during ITU Telecom World 2019 in Budapest.

Best regards,

SME team
International Telecommunication Union
Place des Nations, 1211 Geneva 20, Switzerland
"""


def itu_reminder(key, to_addr):
    return inner_msg(key, ("ITU SME", SME), [(None, to_addr)], REM_SUBJ, "Fri, 9 Aug 2019 09:30:12 +0200",
                     T(REM_TEXT, cs="us-ascii", cte="7bit"), mid=REM_MID, domain="itu.int")


M(key="ooo-en1", recv="2019-07-23 10:47:02", kind="auto_reply", lang="en", ms=None,
  frm=("Joseph Mwakalinga", "joseph.mwakalinga@mawasiliano.go.tz"), client="exchange", host="MW-EXCH01",
  tz="+0300", irt="circ",
  subject="Automatic reply: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  xh=AUTO, envelope="",
  body=T("""Thank you for your email.

I am out of the office on annual leave until Monday 19 August 2019 with limited access to email.
For urgent matters please contact Ms Neema Kapinga (neema.kapinga@mawasiliano.go.tz) or call +255 26 232 1280.

Joseph Mwakalinga
""", cs="us-ascii", cte="7bit"))

M(key="rr-en", recv="2019-08-12 06:14:31", kind="auto_reply", lang="en", ms=None,
  frm=("Aishath Shiuna", "aishath.shiuna@cam.gov.mv"), client="outlook", host="CAM-MBX01", tz="+0500",
  subject="Read: " + REM_SUBJ, irt=None, xh=[("In-Reply-To", REM_MID), ("References", REM_MID)],
  body=mdn("rr-en", REM_SUBJ, "Aishath Shiuna", "aishath.shiuna@cam.gov.mv", REM_MID, None, """Your message

  To: Aishath Shiuna
  Subject: """ + REM_SUBJ + """
  Sent: Friday, 9 August 2019 12:30:12 (UTC+05:00) Islamabad, Karachi

was read on Monday, 12 August 2019 09:12:58 (UTC+05:00) Islamabad, Karachi.
"""))

M(key="bnc-pf", recv="2019-08-09 09:31:14", kind="bounce", lang="en", ms=None,
  frm=("Mail Delivery System", "MAILER-DAEMON@mail.mict.gov.na"), client="postfix", envelope="", irt=None,
  tz="+0200", received=[],
  subject="Undelivered Mail Returned to Sender",
  xh=[("Auto-Submitted", "auto-replied")],
  body=dsn("""This is the mail system at host mail.mict.gov.na.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<s.nghipandulwa@mict.gov.na>: host mbox01.mict.gov.na[10.4.0.21] said: 550 5.1.1
    <s.nghipandulwa@mict.gov.na>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", "mail.mict.gov.na", "Fri,  9 Aug 2019 09:31:09 +0200 (CAT)", "s.nghipandulwa@mict.gov.na", "5.1.1",
           "smtp; 550 5.1.1 <s.nghipandulwa@mict.gov.na>: Recipient address rejected:\n    User unknown in "
           "virtual mailbox table", "mbox01.mict.gov.na", itu_reminder("bnc-pf-orig", "s.nghipandulwa@mict.gov.na"),
           qid="4D9F21A0C3"))

_ack_fji = inner_msg("ack-fji", ("ITU SME", SME), [("Sanjay Prasad", "sanjay.prasad.comms@gmail.com")],
                     "RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
                     "Mon, 12 Aug 2019 10:04:48 +0200", T("""Dear Mr Prasad,

Thank you for your message. We have registered Ms Mereani Tuilau as the participant of Fiji for the
consultation session on 10 September 2019 in Budapest. Practical information will follow shortly.

Best regards,
SME team, ITU
""", cs="us-ascii", cte="7bit"), client="exchange", domain="itu.int")
M(key="bnc-gmail", recv="2019-08-12 10:05:17", kind="bounce", lang="en", ms=None,
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), client="gmail", envelope="", irt=None,
  tz="-0700", subject="Delivery Status Notification (Failure)",
  body=dsn("""
** Message not delivered **

Your message couldn't be delivered to sanjay.prasad.comms@gmail.com because the recipient's inbox is
full. See technical details below for more information.

The response from the remote server was:
552 5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to
https://support.google.com/mail/?p=OverQuotaPerm
""", "googlemail.com", "Mon, 12 Aug 2019 01:05:09 -0700 (PDT)", "sanjay.prasad.comms@gmail.com", "5.2.2",
           "smtp; 552-5.2.2 The email account that you tried to reach is over quota.", "gmail-smtp-in.l.google.com",
           _ack_fji, extra_fields="X-Original-Message-ID: " + make_mid("ack-fji", "exchange", "itu.int", "MBX02") + "\n"))

M(key="spam-phish", recv="2019-08-03 04:12:55", kind="unrelated", lang="en", ms=None,
  frm=("ITU Webmail Admin", "no-reply@itu-int-mailsupport.info"), client="generic", tz="+0000", irt=None,
  relay="vps-4471.hostingcheap.example", ip="203.0.113.199", tls=False,
  subject="[WARNING] sme@itu.int mailbox quota 98% full - action required",
  pre_headers=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "9.4"),
               ("X-Spam-Status", "Yes, score=9.4 required=5.0 tests=FREEMAIL_FORGED_REPLYTO,HTML_MESSAGE,\n"
                                 "\tPHISH_LINK,SPOOFED_ITU autolearn=no")],
  body=H("""<html><body style="font-family:Arial">
<p>Dear sme@itu.int user,</p>
<p>Your mailbox has reached <b>98%</b> of its storage quota. Incoming messages for the upcoming
events (Telecom World Budapest, September 2019) will be <span style="color:red">rejected</span>
unless you verify your account within 24 hours.</p>
<p><a href="http://itu-int-mailsupport.info/verify?u=sme">CLICK HERE TO VERIFY YOUR MAILBOX</a></p>
<p>Thank you,<br>ITU IT Service Desk</p>
</body></html>
""", cs="iso-8859-1", cte="quoted-printable"))

M(key="vendor-booth", recv="2019-07-29 15:36:40", kind="unrelated", lang="en", ms=None,
  frm=("Greta Halloway | Danube Expo Services", "greta.halloway@danube-expo-services.com"), client="o365",
  tz="+0200", irt=None, subject="Last premium stands at ITU Telecom World 2019 Budapest - 15% early rate ends Friday",
  body=ALT(T("""Hello,

ITU Telecom World 2019 takes place in Budapest from 9 to 12 September, and we still have three premium
stand packages close to the SME Village at HUNGEXPO.

Our turnkey package includes design, build, furniture, lead-retrieval scanners and a daily coffee service.
Book before Friday and enjoy 15% off.

Would you have 10 minutes for a call this week?

Best regards,
Greta Halloway
Senior Account Manager, Danube Expo Services Kft.
If you no longer wish to receive our offers, reply with UNSUBSCRIBE.
"""), H(ohtml("\n".join([op("Hello,"), op(),
                          op("ITU Telecom World 2019 takes place in Budapest from 9 to 12 September, and we still have "
                             "three premium stand packages close to the SME Village at HUNGEXPO."), op(),
                          op("Our turnkey package includes design, build, furniture, lead-retrieval scanners and a daily "
                             "coffee service. Book before Friday and enjoy 15% off."), op(),
                          op("Would you have 10 minutes for a call this week?"), op(), op("Best regards,"),
                          op("Greta Halloway", b=True), op("Senior Account Manager, Danube Expo Services Kft."),
                          op("If you no longer wish to receive our offers, reply with UNSUBSCRIBE.")])))))

M(key="newsletter", recv="2019-08-06 07:00:12", kind="unrelated", lang="en", ms=None,
  frm=("TelcoPulse Weekly", "newsletter@telcopulse-news.com"), client="generic", tz="+0000", irt=None,
  relay="mta-07.sendgrid-mailer.example", ip="192.0.2.57",
  subject="TelcoPulse Weekly #214: spectrum auctions, SME fees at ITU, and our Budapest preview",
  xh=[("List-Unsubscribe", "<https://telcopulse-news.com/u/8812931>, <mailto:unsub-8812931@telcopulse-news.com>"),
      ("Precedence", "bulk")],
  body=ALT(T("""TelcoPulse Weekly - issue 214

1. Three European regulators publish 5G auction results.
2. ITU Council agrees reduced fees for SME Associates from January 2020.
3. Preview: what to expect at ITU Telecom World 2019 in Budapest, 9-12 September.
4. Interview: why small operators are betting on open RAN.

Read online: https://telcopulse-news.com/issues/214
You receive this newsletter because you subscribed at an industry event. Unsubscribe:
https://telcopulse-news.com/u/8812931
"""), H("""<html><body><table width="600" align="center"><tr><td>
<h1 style="color:#0b3d91">TelcoPulse Weekly &ndash; issue 214</h1>
<ol><li>Three European regulators publish 5G auction results.</li>
<li>ITU Council agrees reduced fees for SME Associates from January 2020.</li>
<li>Preview: what to expect at ITU Telecom World 2019 in Budapest, 9&ndash;12 September.</li>
<li>Interview: why small operators are betting on open RAN.</li></ol>
<p><a href="https://telcopulse-news.com/issues/214">Read online</a> | <a href="https://telcopulse-news.com/u/8812931">Unsubscribe</a></p>
</td></tr></table></body></html>
""")))

M(key="itu-travel", recv="2019-08-20 14:41:09", kind="unrelated", lang="en", ms=None,
  frm=("ITU Travel Unit", "travel.unit@itu.int"), client="exchange", host="ITU-MBX05", tz="+0200", irt=None,
  relay="exch-hub02.itu.int", ip="10.10.32.14", tls=False,
  subject="Travel request TR-2019-08812 approved - Budapest, 8-11 September 2019",
  body=T("""This is an automatically generated message from the ITU travel system. Please do not reply.

Travel request: TR-2019-08812
Traveller: SME team (sme@itu.int) - group booking, 3 staff
Destination: Budapest, Hungary
Purpose: ITU Telecom World 2019 - SME consultation session (10 September)
Dates: 8 September 2019 - 11 September 2019
Status: APPROVED

Tickets will be issued by the travel agency within 48 hours. DSA will be paid in accordance with
the applicable rates for Hungary.
""", cs="us-ascii", cte="7bit"))

M(key="hotel", recv="2019-08-26 11:03:58", kind="unrelated", lang="en", ms=None,
  frm=("Hotel Margitsziget Garden Reservations", "reservations@margitgarden-hotel.hu"), client="generic",
  tz="+0200", irt=None, subject="Booking confirmation HB-774213 - 8 to 11 September 2019",
  body=ALT(T("""Dear Guest,

Thank you for choosing Hotel Margitsziget Garden, Budapest.

Confirmation number: HB-774213
Guest name: ITU SME team (3 rooms)
Arrival: Sunday, 8 September 2019   Departure: Wednesday, 11 September 2019
Room type: Superior Double for single use, breakfast included
Rate: EUR 128.00 per room per night (ITU Telecom World negotiated rate)

Free cancellation until 1 September 2019, 18:00 local time.

We look forward to welcoming you in Budapest.
Front Office Team
"""), H("""<html><body><p>Dear Guest,</p><p>Thank you for choosing <b>Hotel Margitsziget Garden</b>, Budapest.</p>
<table border="0"><tr><td>Confirmation number</td><td>HB-774213</td></tr>
<tr><td>Guest name</td><td>ITU SME team (3 rooms)</td></tr>
<tr><td>Arrival</td><td>Sunday, 8 September 2019</td></tr><tr><td>Departure</td><td>Wednesday, 11 September 2019</td></tr>
<tr><td>Rate</td><td>EUR 128.00 per room per night (ITU Telecom World negotiated rate)</td></tr></table>
<p>Free cancellation until 1 September 2019, 18:00 local time.</p><p>Front Office Team</p></body></html>
""")))

M(key="conf-spam", recv="2019-08-18 02:55:31", kind="unrelated", lang="en", ms=None,
  frm=("ICSDI 2019 Secretariat", "icsdi2019.secretariat@outlook.com"), client="hotmail", tz="-0400", irt=None,
  subject="Call for Papers & Speakers: Intl Conference on SMEs and Digital Innovation, Budapest, 24-25 September 2019",
  body=H("""<html><body><p>Dear Esteemed Colleague,</p>
<p>Greetings! We cordially invite you to submit an abstract or become a <b>Keynote Speaker</b> at the
International Conference on SMEs and Digital Innovation (ICSDI 2019), 24&ndash;25 September 2019, Budapest, Hungary.</p>
<p>All accepted papers will be published in our indexed proceedings. Registration fee: USD 450 (speakers) / USD 350
(listeners). Early bird deadline: 31 August 2019.</p>
<p>Kind regards,<br>Organizing Committee, ICSDI 2019</p></body></html>
""", cs="utf-8", cte="base64"))

M(key="hun-startup", recv="2019-08-02 16:18:24", kind="inquiry", lang="en", ms=None,
  frm=("Bence Halász", "bence@szamlaflow.hu"), client="gmail", tz="+0200", irt=None,
  subject="Question about the SME consultation on 10 September",
  body=ALT(T("""Hello,

I run a small fintech start-up in Budapest (SzámlaFlow, 14 people). A colleague forwarded me the ITU page
about the SME consultation during Telecom World. Can companies like ours attend the session on 10 September,
or is it only for government delegations? And do we need a Telecom World pass to get into the room?

Thanks a lot,
Bence Halász
Founder & CEO, SzámlaFlow Kft.
"""), H(ghtml("""Hello,

I run a small fintech start-up in Budapest (SzámlaFlow, 14 people). A colleague forwarded me the ITU page
about the SME consultation during Telecom World. Can companies like ours attend the session on 10 September,
or is it only for government delegations? And do we need a Telecom World pass to get into the room?

Thanks a lot,
Bence Halász
Founder & CEO, SzámlaFlow Kft.
""")), ), hcs="utf-8", henc="Q")

M(key="assoc-nom", recv="2019-08-11 19:36:05", kind="nomination", lang="en", ms=None, no_state=True,
  frm=("African Digital SME Network", "secretariat@adsmen.org"), client="roundcube", tz="+0200", irt=None,
  subject="Participation of ADSMEN in the SME consultation - Budapest",
  body=T("""Dear ITU SME Team,

We understand that the consultation sessions announced in Circular CI-19/35 are primarily intended for
Member States. As a network of 340 digital SMEs in 17 African countries, we would nevertheless be glad to
contribute, and would like to nominate our chairperson, Nomsa Chirwa-Dube (chair@adsmen.org), to take part
in the Budapest session on 10 September, if observers from associations are admitted.

With kind regards,

Secretariat
African Digital SME Network (ADSMEN)
Johannesburg
""", cs="utf-8", cte="quoted-printable", flowed=True, quoted_cs=False),
  dels=[D("Nomsa Chirwa-Dube", email="chair@adsmen.org")])

M(key="gmb-inq", recv="2019-08-05 18:09:47", kind="inquiry", lang="en", ms="GMB",
  frm=("Fatou Ceesay", "fceesay@moici.gov.gm"), client="yahoo", tz="+0000", domain="moici.gov.gm",
  subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=ALT(T("""Dear Sir/Madam,

We have not yet decided on our participation. Could you kindly clarify two points: is the session open
to representatives of private-sector SMEs from our country, or only to government officials? And what is
the exact venue and time of the session on 10 September?

Best regards,
Fatou Ceesay
Ministry of Information and Communication Infrastructure, Banjul
"""), H("""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>Dear Sir/Madam,</div><div><br></div><div>We have not yet decided on our participation. Could you kindly clarify
two points: is the session open to representatives of private-sector SMEs from our country, or only to government
officials? And what is the exact venue and time of the session on 10 September?</div><div><br></div><div>Best regards,</div>
<div>Fatou Ceesay</div><div>Ministry of Information and Communication Infrastructure, Banjul</div></div></body></html>
""")))

M(key="brb-inq", recv="2019-08-14 20:51:33", kind="inquiry", lang="en", ms="BRB",
  frm=("Ryan Alleyne", "ryan.alleyne@barbados.gov.bb"), client="o365", tz="-0400",
  subject="RE: CI-19/35 - query regarding eligibility of a participant",
  body=T("""Dear Mr Clark,

We are still considering whether Barbados can be represented at the Budapest consultation, as none of
our officials will be at Telecom World. One option under discussion would be to ask Ms Danielle Gittens,
who manages a private ICT incubator in Bridgetown, to speak for the Ministry.

Could you first confirm whether a person who is not a government official may speak on behalf of a Member
State in these consultations? No decision has been taken yet.

Kind regards,
Ryan Alleyne
Ministry of Innovation, Science and Smart Technology
""", cs="us-ascii", cte="7bit"))

_pan_fwd = """Colleagues,

Panama sent their nomination to me directly rather than to the SME mailbox - please log it for the
Budapest list (it arrived on 6 August). Translation of the key part: they nominate Ing. Rodrigo
Batista Quintero, Director of Innovation at AIG, for the session of 10 September.

Thanks,
Chris

-----Original Message-----
From: Marisol Herrera Pinzón <mherrera@innovacion.gob.pa>
Sent: Tuesday, 6 August 2019 16:22
To: Clark, Christopher <christopher.clark@itu.int>
Subject: Circular CI-19/35 - designación de Panamá

Estimado Sr. Clark:

En atención a la Circular CI-19/35, la Autoridad Nacional para la Innovación Gubernamental (AIG) de
Panamá designa al Ing. Rodrigo Batista Quintero, Director de Innovación, para participar en la sesión de
consulta del 10 de septiembre de 2019 en Budapest. Su correo es rbatista@innovacion.gob.pa.

Atentamente,

Marisol Herrera Pinzón
Jefa de Cooperación Internacional, AIG
"""
M(key="pan-itufwd", recv="2019-08-07 09:12:26", kind="nomination", lang="en", ms="PAN",
  frm=("Clark, Christopher", "christopher.clark@itu.int"), client="exchange", host="ITU-MBX02", tz="+0200",
  irt=None, relay="exch-hub01.itu.int", ip="10.10.32.13", tls=False,
  subject="FW: Circular CI-19/35 - designación de Panamá",
  body=T(_pan_fwd, cs="iso-8859-1", cte="quoted-printable"),
  dels=[D("Rodrigo Batista Quintero", title="Director de Innovación", email="rbatista@innovacion.gob.pa")])

M(key="lso-consult", recv="2019-08-13 15:30:18", kind="nomination", lang="en", ms="LSO",
  frm=("Palesa Ntsekhe", "palesa@malutidigital.co.ls"), client="gmail", tz="+0200",
  subject="Lesotho - nomination for the SME consultation (CI-19/35)", irt=None,
  cc=[("LCA Director General", "dg@lca.org.ls")],
  body=ALT(T("""Dear Sir/Madam,

I write on behalf of the Lesotho Communications Authority (LCA), which has engaged our firm to coordinate
its participation in ITU Telecom World 2019. The Director General of the LCA, copied, has asked me to
convey Lesotho's nomination for the consultation session of 10 September 2019:

  Mr Teboho Mokhele
  Manager, Economic Regulation, Lesotho Communications Authority
  tmokhele@lca.org.ls

Kind regards,
Palesa Ntsekhe
Maluti Digital Advisory, Maseru
"""), H(ghtml("""Dear Sir/Madam,

I write on behalf of the Lesotho Communications Authority (LCA), which has engaged our firm to coordinate
its participation in ITU Telecom World 2019. The Director General of the LCA, copied, has asked me to
convey Lesotho's nomination for the consultation session of 10 September 2019:

  Mr Teboho Mokhele
  Manager, Economic Regulation, Lesotho Communications Authority
  tmokhele@lca.org.ls

Kind regards,
Palesa Ntsekhe
Maluti Digital Advisory, Maseru
"""))),
  dels=[D("Teboho Mokhele", title="Manager, Economic Regulation", email="tmokhele@lca.org.ls")])

M(key="btn-nom", recv="2019-08-08 07:44:10", kind="nomination", lang="en", ms="BTN",
  frm=("Sonam Choden", "schoden@moic.gov.bt"), client="zimbra", tz="+0600",
  subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=T("""Kuzuzangpo la,

With reference to the circular, the Ministry of Information and Communications is pleased to nominate
Dasho Karma Wangchuk, Director, Department of Information Technology and Telecom, to participate in the
consultation session during ITU Telecom World 2019 in Budapest. His email is kwangchuk@moic.gov.bt.

Tashi Delek,
Sonam Choden
Planning Officer, MoIC, Thimphu
""" + q_gt("en", intro="----- Original Message -----\nFrom: \"ITU Circulars\" <circulars@itu.int>\n"
                        "Sent: Tuesday, July 23, 2019 2:45:37 PM\nSubject: " + CIRC_SUBJ["en"]),
         cs="utf-8", cte="quoted-printable"),
  dels=[D("Karma Wangchuk", title="Director, Department of Information Technology and Telecom",
          email="kwangchuk@moic.gov.bt")])

M(key="kor-en", recv="2019-08-14 03:22:47", kind="nomination", lang="en", ms="KOR",
  frm=("LEE Jiyoung", "jylee0815@msit.go.kr"), client="generic", tz="+0900", irt=None,
  subject="[MSIT] Nomination for ITU SME consultation session (Budapest / WSIS Forum 2020)",
  body=T("""Dear ITU Secretariat,

On behalf of the Ministry of Science and ICT of the Republic of Korea, I would like to nominate the
following two participants:

1. KIM Do-hyun, Deputy Director, ICT Venture Support Division (dohyun.kim@msit.go.kr)
   - Budapest session (10 September 2019)
2. PARK Seo-yeon, Senior Researcher, National IT Industry Promotion Agency (sypark@nipa.kr)
   - Budapest session (10 September 2019) and WSIS Forum 2020 session

Thank you.

Best regards,
LEE Jiyoung
International Cooperation Division, MSIT
""", cs="utf-8", cte="base64"),
  dels=[D("Kim Do-hyun", title="Deputy Director, ICT Venture Support Division", email="dohyun.kim@msit.go.kr"),
        D("Park Seo-yeon", title="Senior Researcher", email="sypark@nipa.kr")],
  sess=["budapest-2019", "wsis-2020"])


# ============================================================================================
# French
# ============================================================================================
M(key="fra-nom", recv="2019-07-30 17:02:44", kind="nomination", lang="fr", ms="FRA",
  frm=("DUBOIS-MARTEL Claire", "claire.dubois-martel@finances.gouv.fr"), client="outlook", host="SRV-MBX12",
  tz="+0200", hcs="iso-8859-15", henc="Q", accept_lang="fr-FR", content_lang="fr-FR",
  subject="RE: CI-19/35: Sessions de consultation pour les Etats Membres: Promouvoir les PME",
  body=T("""Monsieur,

Faisant suite à la lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous informer que la
France souhaite participer à la première session de consultation, le 10 septembre prochain à Budapest.

Participera à cette session :
M. Jean-Baptiste LEROUX, chef du bureau des affaires internationales du numérique, Direction générale
des entreprises
Courriel : jean-baptiste.leroux@finances.gouv.fr

La France pourrait également être représentée lors de la session prévue en marge du Forum du SMSI 2020 ;
nous vous le confirmerons ultérieurement.

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Claire Dubois-Martel
Adjointe au chef du bureau des affaires internationales du numérique
Direction générale des entreprises - Ministère de l'Économie et des Finances
""" + q_outlook("fr", sent_label="Envoyé", frm_label="De", to_label="À", subj_label="Objet",
                sent_value="mardi 23 juillet 2019 10:45", to_value="Etats Membres"),
         cs="iso-8859-15", cte="quoted-printable"),
  dels=[D("Jean-Baptiste Leroux", title="chef du bureau des affaires internationales du numérique",
          email="jean-baptiste.leroux@finances.gouv.fr")])

_sen_rows = [["Nom et prénom(s)", "Fonction", "Structure", "Adresse électronique"],
             ["Mme Aminata NDIAYE SOW", "Directrice du Développement numérique", "ARTP", "aminata.ndiayesow@artp.sn"],
             ["M. Cheikh Tidiane FALL", "Chef de la Division Innovation et PME",
              "Ministère de l'Economie numérique et des Télécommunications", "ctfall@numerique.gouv.sn"]]
M(key="sen-nom", recv="2019-08-08 12:15:39", kind="nomination", lang="fr", ms="SEN",
  frm=("Ousmane Diop", "ousmane.diop@artp.sn"), client="exchange", host="ARTP-EXCH02", tz="+0000",
  hcs="windows-1252", henc="Q", accept_lang="fr-FR", content_lang="fr-FR",
  subject="TR: Circulaire CI-19/35 - Désignation des participants du Sénégal",
  body=H(ohtml("\n".join([
      op("Monsieur le Secrétaire général,"), op(),
      op("Suite à votre lettre circulaire CI-19/35, j'ai l'honneur de vous communiquer ci-dessous la liste des "
         "participants désignés par le Sénégal pour la session de Budapest et pour celle du Forum du SMSI 2020 :"),
      op(), otable(_sen_rows), op(),
      op("Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération."), op(),
      op("Ousmane DIOP", b=True), op("Chef de la Division Coopération internationale"),
      op("Autorité de Régulation des Télécommunications et des Postes (ARTP)"), op("Dakar, Sénégal")]),
      cs="windows-1252", lang="FR"), cs="windows-1252", cte="quoted-printable"),
  dels=[D("Aminata Ndiaye Sow", title="Directrice du Développement numérique", email="aminata.ndiayesow@artp.sn"),
        D("Cheikh Tidiane Fall", title="Chef de la Division Innovation et PME", email="ctfall@numerique.gouv.sn")],
  sess=["budapest-2019", "wsis-2020"])

M(key="civ-nv", recv="2019-08-08 15:48:03", kind="nomination", lang="fr", ms="CIV",
  frm=("Mission permanente de Côte d'Ivoire", "mission.cotedivoire@mpci-geneve.ch"), client="outlook_classic",
  tz="+0200", hcs="iso-8859-1", henc="Q", irt=None, has_att=True,
  subject="Note verbale N° 0874/MPCI/GVA/2019 - Circulaire UIT CI-19/35",
  body=MIX(T("""Madame, Monsieur,

Veuillez trouver ci-joint la note verbale N° 0874/MPCI/GVA/2019 relative à la lettre circulaire CI-19/35.

Cordialement,

Le Secrétariat
Mission permanente de la République de Côte d'Ivoire à Genève
""", cs="iso-8859-1", cte="quoted-printable"),
    PDF("NV 0874 UIT CI-19-35.pdf", [
        "MISSION PERMANENTE DE LA REPUBLIQUE DE COTE D'IVOIRE",
        "AUPRES DE L'OFFICE DES NATIONS UNIES ET DES AUTRES ORGANISATIONS INTERNATIONALES A GENEVE",
        "",
        "N° 0874/MPCI/GVA/2019",
        "",
        "NOTE VERBALE",
        "",
        "La Mission permanente de la République de Côte d'Ivoire auprès de l'Office des Nations Unies et des "
        "autres organisations internationales à Genève présente ses compliments au Secrétariat général de "
        "l'Union internationale des télécommunications (UIT) et, se référant à la lettre circulaire CI-19/35 du "
        "23 juillet 2019, a l'honneur de lui communiquer ci-après le nom de la personnalité désignée par le "
        "Ministère de l'Economie Numérique et de la Poste pour prendre part à la session de consultation du "
        "10 septembre 2019, à Budapest :",
        "",
        "- Madame KOUASSI Aya Brigitte épouse N'GUESSAN, Sous-Directrice de la Promotion des PME du numérique "
        "(ab.kouassi@telecom.gouv.ci)",
        "",
        "La Mission permanente de la République de Côte d'Ivoire saisit cette occasion pour renouveler au "
        "Secrétariat général de l'UIT les assurances de sa haute considération.",
        "",
        "Genève, le 8 août 2019",
        "",
        "Secrétariat général de l'UIT",
        "Place des Nations, 1211 Genève 20",
    ], date="D:20190808153000+02'00'")),
  dels=[D("Kouassi Aya Brigitte épouse N'Guessan", title="Sous-Directrice de la Promotion des PME du numérique",
          email="ab.kouassi@telecom.gouv.ci")])

M(key="cmr-int", recv="2019-08-01 13:27:15", kind="interest_only", lang="fr", ms="CMR",
  frm=("Ndongo Essomba Paul", "pndongo@mintp.cm"), client="yahoo", tz="+0100", domain="mintp.cm",
  subject="Re: Circulaire CI-19/35 : intérêt du Cameroun", hcs="utf-8", henc="Q",
  body=ALT(T("""Monsieur,

J'ai l'honneur de vous faire savoir que le Cameroun manifeste son intérêt pour la session de consultation
prévue à Budapest le 10 septembre 2019.

Le nom de notre participant vous sera communiqué dès que la composition de la délégation camerounaise à
ITU Telecom World aura été arrêtée par la hiérarchie.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Paul Ndongo Essomba
Cellule de la Coopération, Ministère des Postes et Télécommunications, Yaoundé
"""), H("""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>Monsieur,</div><div><br></div><div>J'ai l'honneur de vous faire savoir que le Cameroun manifeste son intérêt pour
la session de consultation prévue à Budapest le 10 septembre 2019.</div><div><br></div><div>Le nom de notre participant
vous sera communiqué dès que la composition de la délégation camerounaise à ITU Telecom World aura été arrêtée par la
hiérarchie.</div><div><br></div><div>Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.</div>
<div><br></div><div>Paul Ndongo Essomba</div><div>Cellule de la Coopération, Ministère des Postes et Télécommunications,
Yaoundé</div></div></body></html>
""")),
  sess=["budapest-2019"])

M(key="mli-dec", recv="2019-08-14 11:09:20", kind="decline", lang="fr", ms="MLI",
  frm=("Aïssata Traoré", "atraore@amrtp.ml"), client="thunderbird", tz="+0000", hcs="utf-8", henc="B",
  subject="Re: CI-19/35: Sessions de consultation pour les Etats Membres: Promouvoir les PME",
  body=T("""Monsieur,

Nous vous remercions pour l'invitation. Le Mali ne pourra malheureusement pas prendre part à la session
du 10 septembre à Budapest, en raison de contraintes budgétaires.

Nous restons néanmoins très attentifs aux travaux de l'UIT en faveur des PME.

Cordialement,

Aïssata Traoré
Chargée des relations internationales
Autorité Malienne de Régulation des Télécommunications/TIC et des Postes (AMRTP)
""" + q_gt("fr", intro="Le 23/07/2019 à 10:45, ITU Circulars a écrit :"), cs="utf-8", cte="8bit", flowed=True))

M(key="bel-nom", recv="2019-08-05 10:33:56", kind="nomination", lang="fr", ms="BEL",
  frm=("Marc Lefèvre", "marc.lefevre@ibpt.be"), client="thunderbird", tz="+0200", hcs="iso-8859-1", henc="Q",
  subject="Re: CI-19/35 - Participation de la Belgique",
  body=T("""Bonjour,

La Belgique sera représentée à la session de consultation du 10 septembre (Budapest) par :

   Mme C. VANDENBROUCKE
   conseiller, Service Relations internationales, IBPT
   c.vandenbroucke@ibpt.be

Bien à vous,

Marc Lefèvre
Institut belge des services postaux et des télécommunications (IBPT)
Ellipse Building - Boulevard du Roi Albert II 35, 1030 Bruxelles
""", cs="iso-8859-1", cte="quoted-printable"),
  dels=[D("C. Vandenbroucke", title="conseiller, Service Relations internationales",
          email="c.vandenbroucke@ibpt.be")])

M(key="che-wsis", recv="2019-08-15 16:40:12", kind="nomination", lang="fr", ms="CHE",
  frm=("Favre Nathalie OFCOM", "nathalie.favre@bakom.admin.ch"), client="exchange", host="SB00210A", tz="+0200",
  accept_lang="fr-CH, de-CH", content_lang="fr-CH",
  subject="AW: CI-19/35 - Réponse de la Suisse",
  body=T("""Monsieur Clark,

La Suisse ne sera pas présente à Budapest en septembre. Elle souhaite en revanche participer à la session
qui se tiendra lors du Forum du SMSI 2020 à Genève, et y désigne M. Lukas Brunner-Favre, collaborateur
scientifique, Affaires internationales (lukas.brunner-favre@bakom.admin.ch).

Nous ne participerons pas aux sessions organisées en marge des groupes de travail du Conseil.

Meilleures salutations,

Nathalie Favre
Office fédéral de la communication OFCOM
Affaires internationales
Rue de l'Avenir 44, 2501 Bienne
""", cs="iso-8859-1", cte="quoted-printable"),
  dels=[D("Lukas Brunner-Favre", title="collaborateur scientifique, Affaires internationales",
          email="lukas.brunner-favre@bakom.admin.ch")],
  sess=["wsis-2020"])

M(key="tun-late", recv="2019-08-22 12:51:47", kind="nomination", lang="fr", ms="TUN",
  frm=("Mohamed Ali Trabelsi", "ma.trabelsi@mtcen.gov.tn"), client="outlook", host="MTC-MBX01", tz="+0100",
  accept_lang="fr-FR, ar-TN", content_lang="fr-FR", hcs="windows-1252", henc="Q",
  subject="Désignation - Session de consultation sur les PME technologiques (Budapest)", irt=None,
  body=ALT(T("""Monsieur,

Avec nos excuses pour ce retard, le Ministère des Technologies de la Communication et de l'Economie
Numérique a le plaisir de désigner Mme Sonia Ben Salah, Directrice générale de l'économie numérique, pour
représenter la Tunisie à la session du 10 septembre 2019.

Adresse électronique : sonia.bensalah@mtcen.gov.tn

Cordialement,
Mohamed Ali Trabelsi
Unité de la coopération internationale
""", cs="windows-1252", cte="quoted-printable"),
    H(ohtml("\n".join([op("Monsieur,"), op(),
                       op("Avec nos excuses pour ce retard, le Ministère des Technologies de la Communication et de "
                          "l'Economie Numérique a le plaisir de désigner Mme Sonia Ben Salah, Directrice générale de "
                          "l'économie numérique, pour représenter la Tunisie à la session du 10 septembre 2019."), op(),
                       op("Adresse électronique : sonia.bensalah@mtcen.gov.tn"), op(), op("Cordialement,"),
                       op("Mohamed Ali Trabelsi"), op("Unité de la coopération internationale")]),
            cs="windows-1252", lang="FR"), cs="windows-1252", cte="quoted-printable")),
  dels=[D("Sonia Ben Salah", title="Directrice générale de l'économie numérique", email="sonia.bensalah@mtcen.gov.tn")])

M(key="cod-nom", recv="2019-08-09 14:06:28", kind="nomination", lang="fr", ms="COD",
  frm=("Cabinet PT-NTIC", "cabinet@ptnc.gouv.cd"), client="roundcube", tz="+0100",
  subject="Circulaire CI-19/35 - Désignation RDC", irt=None,
  body=T("""Monsieur le Secrétaire général,

Me référant à votre lettre circulaire CI-19/35, j'ai l'honneur de vous informer que la République
Démocratique du Congo sera représentée à la session de consultation du 10 septembre 2019 à Budapest par
Monsieur Ghislain TSHIBANDA MBUYI, Conseiller technique chargé des TIC
(ghislain.tshibanda@ptnc.gouv.cd).

Veuillez agréer, Monsieur le Secrétaire général, l'expression de ma haute considération.

Pour le Ministre,
Le Directeur de Cabinet
Ministère des Postes, Télécommunications et Nouvelles Technologies de l'Information et de la Communication
Kinshasa/Gombe
""", cs="utf-8", cte="base64"),
  dels=[D("Ghislain Tshibanda Mbuyi", title="Conseiller technique chargé des TIC",
          email="ghislain.tshibanda@ptnc.gouv.cd")])

M(key="cod-cor", recv="2019-08-12 08:55:03", kind="correction", lang="fr", ms="COD",
  frm=("Cabinet PT-NTIC", "cabinet@ptnc.gouv.cd"), client="roundcube", tz="+0100",
  subject="Re: Circulaire CI-19/35 - Désignation RDC - ERRATUM", irt="cod-nom",
  body=T("""Monsieur le Secrétaire général,

Une erreur s'est glissée dans notre courrier du 9 août. Il convient de lire : TSHIBANGU MBUYI Ghislain
(et non TSHIBANDA). Son adresse électronique est ghislain.tshibangu@ptnc.gouv.cd.

Nous vous prions de bien vouloir nous excuser pour ce désagrément.

Le Directeur de Cabinet
""", cs="utf-8", cte="base64"),
  dels=[D("Ghislain Tshibangu Mbuyi", email="ghislain.tshibangu@ptnc.gouv.cd")],
  sup="cod-nom")

M(key="hti-ooo", recv="2019-08-09 09:34:20", kind="auto_reply", lang="fr", ms=None,
  frm=("Guerline Saint-Fleur", "gsaintfleur@conatel.gouv.ht"), client="outlook", host="CONATEL-EX1",
  tz="-0400", hcs="iso-8859-1", henc="Q", irt=None, envelope="",
  xh=AUTO + [("In-Reply-To", REM_MID)],
  subject="Réponse automatique : " + REM_SUBJ,
  body=T("""Bonjour,

Je suis absente du bureau jusqu'au 2 septembre 2019. Pendant mon absence, veuillez contacter
M. Wilner Jean-Baptiste (wjeanbaptiste@conatel.gouv.ht).

Cordialement,
Guerline Saint-Fleur
CONATEL
""", cs="iso-8859-1", cte="quoted-printable"))

M(key="bfa-inq", recv="2019-08-06 11:41:30", kind="inquiry", lang="fr", ms="BFA",
  frm=("Issouf Ouédraogo", "issouf.ouedraogo@arcep.bf"), client="zimbra", tz="+0000", hcs="utf-8", henc="Q",
  subject="Re: CI-19/35 - demande de précisions",
  body=T("""Bonjour,

Avant de nous prononcer sur notre participation, nous souhaiterions savoir si les frais de voyage et de
séjour à Budapest peuvent être pris en charge par l'UIT (bourses), et s'il est possible de suivre la
session à distance.

Merci d'avance pour votre retour.

Issouf Ouédraogo
ARCEP Burkina Faso, Ouagadougou
""", cs="utf-8", cte="quoted-printable"))

M(key="mar-nom", recv="2019-08-13 16:24:11", kind="nomination", lang="fr", ms="MAR",
  frm=("Rachid Alaoui", "r.alaoui@anrt.ma"), client="outlook", host="ANRT-MBX02", tz="+0100",
  hcs="utf-8", henc="B", accept_lang="fr-FR, ar-MA", content_lang="fr-FR",
  subject="RE: CI-19/35: Sessions de consultation pour les Etats Membres - Maroc",
  body=ALT(T("""Monsieur,

En réponse à la lettre circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications
(ANRT) a le plaisir de vous communiquer les noms des participants marocains aux sessions de Budapest
(10 septembre 2019) et des réunions des Groupes de travail du Conseil de février 2020 :

- Mme Salma BENNANI, Chef du Service de la Prospective et de l'Innovation, s.bennani@anrt.ma
- M. Youssef EL AMRANI, Ingénieur principal, Division des Relations internationales, y.elamrani@anrt.ma

Bien cordialement,

Rachid Alaoui
Division des Relations internationales - ANRT
Rabat
""", cte="quoted-printable"),
    H(ohtml("\n".join([op("Monsieur,"), op(),
                       op("En réponse à la lettre circulaire CI-19/35, l'Agence Nationale de Réglementation des "
                          "Télécommunications (ANRT) a le plaisir de vous communiquer les noms des participants "
                          "marocains aux sessions de Budapest (10 septembre 2019) et des réunions des Groupes de "
                          "travail du Conseil de février 2020 :"), op(),
                       op("- Mme Salma BENNANI, Chef du Service de la Prospective et de l'Innovation, s.bennani@anrt.ma"),
                       op("- M. Youssef EL AMRANI, Ingénieur principal, Division des Relations internationales, "
                          "y.elamrani@anrt.ma"), op(), op("Bien cordialement,"), op(), op("Rachid Alaoui", b=True),
                       op("Division des Relations internationales - ANRT"), op("Rabat")]), lang="FR"))),
  dels=[D("Salma Bennani", title="Chef du Service de la Prospective et de l'Innovation", email="s.bennani@anrt.ma"),
        D("Youssef El Amrani", title="Ingénieur principal, Division des Relations internationales",
          email="y.elamrani@anrt.ma")],
  sess=["budapest-2019", "cwg-2020"])

M(key="gab-late", recv="2019-09-02 09:14:38", kind="nomination", lang="fr", ms="GAB",
  frm=("Arlette Mba Ndong", "arlette.mbandong@gmail.com"), client="gmail", tz="+0100",
  subject="Participation du Gabon - session PME Budapest", irt=None,
  body=ALT(T("""Bonjour Monsieur Clark,

Je me permets de vous écrire, même si le délai est dépassé : le Ministère de la Communication et de
l'Economie numérique souhaiterait que M. Jean-Rémy NZÉ OBIANG, Directeur des Technologies de l'Information,
puisse assister à la session de consultation le 10 septembre à Budapest. Il sera de toute façon présent à
ITU Telecom World. Son courriel : jr.nzeobiang@numerique.gouv.ga

Merci infiniment pour votre compréhension,

Arlette Mba Ndong
Assistante du Secrétaire général, Ministère de la Communication et de l'Economie numérique, Libreville
"""), H(ghtml("""Bonjour Monsieur Clark,

Je me permets de vous écrire, même si le délai est dépassé : le Ministère de la Communication et de
l'Economie numérique souhaiterait que M. Jean-Rémy NZÉ OBIANG, Directeur des Technologies de l'Information,
puisse assister à la session de consultation le 10 septembre à Budapest. Il sera de toute façon présent à
ITU Telecom World. Son courriel : jr.nzeobiang@numerique.gouv.ga

Merci infiniment pour votre compréhension,

Arlette Mba Ndong
Assistante du Secrétaire général, Ministère de la Communication et de l'Economie numérique, Libreville
"""))),
  dels=[D("Jean-Rémy Nzé Obiang", title="Directeur des Technologies de l'Information",
          email="jr.nzeobiang@numerique.gouv.ga")])

_ndr_fr_human = """Votre message n'a pas pu être remis à dtic-direction@mpt.gouv.ne car l'adresse de messagerie est
introuvable. Vérifiez l'adresse et réessayez.

Informations de diagnostic pour les administrateurs :

Serveur de génération : EXCH01.mpt.gouv.ne
dtic-direction@mpt.gouv.ne
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
M(key="bnc-fr", recv="2019-08-09 09:30:58", kind="bounce", lang="fr", ms=None,
  frm=("Microsoft Outlook", "postmaster@mpt.gouv.ne"), client="exchange", host="EXCH01", tz="+0100",
  envelope="", irt=None, hcs="iso-8859-1", henc="Q",
  subject="Non remis : " + REM_SUBJ,
  xh=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  body=dsn(_ndr_fr_human, "EXCH01.mpt.gouv.ne", "Fri, 9 Aug 2019 08:30:51 +0000", "dtic-direction@mpt.gouv.ne",
           "5.1.10", "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP\n address lookup",
           None, itu_reminder("bnc-fr-orig", "dtic-direction@mpt.gouv.ne"), headers_only=True,
           human_cs="utf-8", human_cte="quoted-printable"))

M(key="tcd-dec", recv="2019-08-16 10:12:37", kind="decline", lang="fr", ms="TCD",
  frm=("Djimet Mahamat", "djimet.mahamat@arcep.td"), client="apple", tz="+0100",
  subject="Re: CI-19/35 - Tchad",
  body=T("""Monsieur,

M. Mahamat Abakar Hissein, que nous comptions désigner pour la session du 10 septembre, sera retenu à
N'Djamena par la préparation du budget. Le Tchad ne sera donc pas représenté à Budapest, et nous le
regrettons.

Avec nos remerciements,

Djimet Mahamat
ARCEP Tchad
""", cs="iso-8859-15", cte="8bit"))

M(key="dza-nom", recv="2019-08-14 13:37:25", kind="nomination", lang="fr", ms="DZA",
  frm=("Direction de la Coopération MPTTN", "cooperation@mpttn.gov.dz"), client="lotus", tz="+0100",
  hcs="utf-8", henc="B",
  subject="Réponse à la lettre circulaire CI-19/35", irt=None,
  body=ALT(T("""Monsieur le Secrétaire général,

J'ai l'honneur de porter à votre connaissance que l'Algérie prendra part à la première session de
consultation, à Budapest, et qu'elle y sera représentée par :

M. Karim BOUZIDI (كريم بوزيدي), Sous-directeur de l'appui aux start-up et PME du numérique
Courriel : k.bouzidi@mpttn.gov.dz

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Le Directeur de la Coopération
Ministère de la Poste, des Télécommunications, des Technologies et du Numérique
"""), H("""<html><body><font face="sans-serif" size="2">Monsieur le Secrétaire général,<br><br>J'ai l'honneur de porter
à votre connaissance que l'Algérie prendra part à la première session de consultation, à Budapest, et qu'elle y sera
représentée par :<br><br>M. Karim BOUZIDI (<span dir="rtl">كريم بوزيدي</span>), Sous-directeur de l'appui aux start-up et PME du
numérique<br>Courriel : k.bouzidi@mpttn.gov.dz<br><br>Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma
haute considération.<br><br>Le Directeur de la Coopération<br>Ministère de la Poste, des Télécommunications, des
Technologies et du Numérique</font></body></html>
""", cte="base64")),
  dels=[D("Karim Bouzidi", aliases=["كريم بوزيدي"],
          title="Sous-directeur de l'appui aux start-up et PME du numérique", email="k.bouzidi@mpttn.gov.dz")])

M(key="fr-unrel", recv="2019-08-27 08:01:15", kind="unrelated", lang="fr", ms=None,
  frm=("Forum Africain du Numérique", "info@forum-numerique-afrique.org"), client="generic", tz="+0000",
  irt=None, relay="mailer3.emailing-pro.example", ip="192.0.2.140",
  subject="Invitation : Forum Africain du Numérique 2019 - Dakar, 25-26 septembre",
  xh=[("List-Unsubscribe", "<mailto:desinscription@forum-numerique-afrique.org>"), ("Precedence", "bulk")],
  body=ALT(T("""Madame, Monsieur,

Nous avons le plaisir de vous inviter à la 4e édition du Forum Africain du Numérique, qui se tiendra à
Dakar les 25 et 26 septembre 2019, quelques jours après ITU Telecom World à Budapest.

Au programme : financement des start-up, inclusion numérique, cybersécurité des PME.

Inscription gratuite : https://forum-numerique-afrique.org/inscription

Pour ne plus recevoir nos messages, écrivez à desinscription@forum-numerique-afrique.org
"""), H("""<html><body><h2>Forum Africain du Num&eacute;rique 2019</h2><p>Madame, Monsieur,</p>
<p>Nous avons le plaisir de vous inviter &agrave; la 4e &eacute;dition du Forum Africain du Num&eacute;rique, qui se
tiendra &agrave; Dakar les 25 et 26 septembre 2019, quelques jours apr&egrave;s ITU Telecom World &agrave; Budapest.</p>
<p>Au programme : financement des start-up, inclusion num&eacute;rique, cybers&eacute;curit&eacute; des PME.</p>
<p><a href="https://forum-numerique-afrique.org/inscription">Inscription gratuite</a></p></body></html>
""", cs="us-ascii", cte="7bit")))


# ============================================================================================
# Spanish
# ============================================================================================
_mex_txt = """Estimado Sr. Clark:

En atención a la Carta Circular CI-19/35, me permito informarle que el Instituto Federal de
Telecomunicaciones (IFT) participará en la sesión de consulta que tendrá lugar el 10 de septiembre de
2019 en Budapest, con las siguientes personas:

  Mtra. Daniela Sofía Ramírez Castañeda
  Directora General Adjunta de Asuntos Internacionales
  daniela.ramirez@ift.org.mx

  Lic. Héctor Iván Treviño Garza
  Subdirector de Vinculación con el Ecosistema Digital
  hector.trevino@ift.org.mx

Sin otro particular, reciba un cordial saludo.

Alejandra Montes de Oca Ruiz
Coordinación General de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México
"""
M(key="mex-nom", recv="2019-08-06 23:08:19", kind="nomination", lang="es", ms="MEX",
  frm=("Alejandra Montes de Oca Ruiz", "alejandra.montesdeoca@ift.org.mx"), client="o365", tz="-0500",
  accept_lang="es-MX", content_lang="es-MX", hcs="utf-8", henc="B",
  subject="RE: CI-19/35: Sesiones de consulta para los Estados Miembros: Fomento de las pymes",
  body=ALT(T(_mex_txt + q_outlook("es", sent_label="Enviado el", frm_label="De", to_label="Para",
                                  subj_label="Asunto", sent_value="martes, 23 de julio de 2019 03:45 a. m.",
                                  to_value="Estados Miembros"), cte="quoted-printable"),
           H(ohtml(ops(_mex_txt), lang="ES-MX"), cte="quoted-printable")),
  dels=[D("Daniela Sofía Ramírez Castañeda", title="Directora General Adjunta de Asuntos Internacionales",
          email="daniela.ramirez@ift.org.mx"),
        D("Héctor Iván Treviño Garza", title="Subdirector de Vinculación con el Ecosistema Digital",
          email="hector.trevino@ift.org.mx")])

M(key="arg-nom", recv="2019-08-12 20:44:02", kind="nomination", lang="es", ms="ARG",
  frm=("Gonzalo Peralta", "gperalta@enacom.gob.ar"), client="zimbra", tz="-0300", hcs="iso-8859-1", henc="Q",
  subject="Re: CI-19/35 - Designación de Argentina",
  body=T("""Estimados:

Por medio del presente, el Ente Nacional de Comunicaciones (ENACOM) designa a la Lic. María Florencia
Gutiérrez, Gerente de Vinculación con Pymes TIC, como participante de la República Argentina en la sesión
de consulta del 10 de septiembre en Budapest y en la sesión que se realizará en el marco del Foro de la
CMSI 2020.

Correo electrónico: mfgutierrez@enacom.gob.ar

Saludos cordiales,

Gonzalo Peralta
Área de Relaciones Internacionales - ENACOM
Perú 103, C.A.B.A.
""", cs="iso-8859-1", cte="quoted-printable"),
  dels=[D("María Florencia Gutiérrez", title="Gerente de Vinculación con Pymes TIC", email="mfgutierrez@enacom.gob.ar")],
  sess=["budapest-2019", "wsis-2020"])

M(key="col-int", recv="2019-08-09 17:30:45", kind="interest_only", lang="es", ms="COL",
  frm=("Cooperación Internacional MinTIC", "cooperacion@mintic.gov.co"), client="o365", tz="-0500",
  accept_lang="es-CO", content_lang="es-CO", hcs="utf-8", henc="Q",
  subject="RE: CI-19/35 - Manifestación de interés de Colombia",
  body=T("""Respetados señores:

El Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia manifiesta su interés en
participar tanto en la primera sesión (Budapest, 10 de septiembre de 2019) como en la que se celebrará
durante el Foro de la CMSI 2020.

El nombre de la persona designada será confirmado a la mayor brevedad, una vez surtido el trámite interno
de comisión de servicios.

Cordialmente,

Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Bogotá D.C.
""", cte="quoted-printable"),
  sess=["budapest-2019", "wsis-2020"])

M(key="per-pdf", recv="2019-08-15 21:17:56", kind="nomination", lang="es", ms="PER",
  frm=("Mesa de Partes Virtual MTC", "mesadepartes@mtc.gob.pe"), client="generic", tz="-0500",
  subject="Oficio N° 412-2019-MTC/26 - Respuesta a Carta Circular CI-19/35", irt=None, hcs="iso-8859-1",
  henc="B", has_att=True,
  body=MIX(T("""Señores
Unión Internacional de Telecomunicaciones
Presente.-

Se remite adjunto el Oficio N° 412-2019-MTC/26, para su conocimiento y fines.

Atentamente,

Mesa de Partes Virtual
Ministerio de Transportes y Comunicaciones del Perú

AVISO: Este mensaje ha sido generado automáticamente por el Sistema de Trámite Documentario.
""", cs="iso-8859-1", cte="quoted-printable"),
    PDF("Oficio_412-2019-MTC-26.pdf", [
        "PERÚ   Ministerio de Transportes y Comunicaciones   Viceministerio de Comunicaciones",
        "\"Año de la Lucha contra la Corrupción y la Impunidad\"",
        "",
        "Lima, 15 de agosto de 2019",
        "",
        "OFICIO N° 412-2019-MTC/26",
        "",
        "Señor",
        "HOULIN ZHAO",
        "Secretario General",
        "Unión Internacional de Telecomunicaciones",
        "Ginebra.-",
        "",
        "Asunto: Designación de participante - Carta Circular CI-19/35",
        "",
        "Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, mediante el cual "
        "se invita a los Estados Miembros a participar en las sesiones de consulta \"Fomento de las pymes "
        "tecnológicas e innovadoras\".",
        "",
        "Al respecto, le comunico que el Ministerio de Transportes y Comunicaciones ha designado al Ing. Luis "
        "Alberto Quispe Mamani, Director General de Políticas y Regulación en Comunicaciones, para participar "
        "en la primera sesión, que se llevará a cabo en Budapest, Hungría (correo: lquispe@mtc.gob.pe).",
        "",
        "Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración.",
        "",
        "Atentamente,",
        "",
        "Viceministra de Comunicaciones",
    ], date="D:20190815153000-05'00'")),
  dels=[D("Luis Alberto Quispe Mamani", title="Director General de Políticas y Regulación en Comunicaciones",
          email="lquispe@mtc.gob.pe")])

M(key="chl-dec", recv="2019-08-07 19:52:13", kind="decline", lang="es", ms="CHL",
  frm=("Paulina Rojas Valenzuela", "projas@subtel.gob.cl"), client="exchange", host="SUBTEL-MBX2", tz="-0400",
  accept_lang="es-CL", content_lang="es-CL", hcs="windows-1252", henc="Q",
  subject="RE: CI-19/35: Sesiones de consulta para los Estados Miembros",
  body=T("""Estimados:

Agradecemos la invitación. Lamentablemente, Chile no podrá participar en la sesión de Budapest, dado que
la agenda de la Subsecretaría en septiembre no lo permite.

Saludos cordiales,

Paulina Rojas Valenzuela
Jefa de Asuntos Internacionales
Subsecretaría de Telecomunicaciones (SUBTEL)
""" + q_outlook("es", sent_label="Enviado el", frm_label="De", to_label="Para", subj_label="Asunto",
                sent_value="martes, 23 de julio de 2019 4:45", to_value="Estados Miembros"),
         cs="windows-1252", cte="quoted-printable"))

M(key="ecu-nom", recv="2019-08-07 16:05:49", kind="nomination", lang="es", ms="ECU",
  frm=("Dirección de Relaciones Internacionales", "relaciones.internacionales@telecomunicaciones.gob.ec"),
  client="zimbra", tz="-0500", hcs="utf-8", henc="B",
  subject="Designación Ecuador - CI-19/35", irt=None,
  body=T("""Señores UIT:

El Ministerio de Telecomunicaciones y de la Sociedad de la Información del Ecuador designa a la Mgs. Andrea
Paola Vinueza Salazar, Subsecretaria de Fomento de la Sociedad de la Información, para participar en la
sesión del 10 de septiembre en Budapest.

Correo: andrea.vinueza@telecomunicaciones.gob.ec

Atentamente,
Dirección de Relaciones Internacionales - MINTEL
Quito
""", cte="quoted-printable"),
  dels=[D("Andrea Paola Vinueza Salazar", title="Subsecretaria de Fomento de la Sociedad de la Información",
          email="andrea.vinueza@telecomunicaciones.gob.ec")])

M(key="ecu-cor", recv="2019-08-15 18:26:04", kind="correction", lang="es", ms="ECU",
  frm=("Dirección de Relaciones Internacionales", "relaciones.internacionales@telecomunicaciones.gob.ec"),
  client="zimbra", tz="-0500", hcs="utf-8", henc="B",
  subject="RE: Designación Ecuador - CI-19/35 - alcance", irt="ecu-nom",
  body=T("""Señores UIT:

En alcance a nuestro correo del 7 de agosto, solicitamos incluir también al Ing. Diego Fernando Carrión
Ortega, Director de Emprendimiento Digital (dcarrion@telecomunicaciones.gob.ec).

Por lo tanto, la delegación del Ecuador para la sesión de Budapest quedará conformada por:

1. Mgs. Andrea Paola Vinueza Salazar, Subsecretaria de Fomento de la Sociedad de la Información
   (andrea.vinueza@telecomunicaciones.gob.ec)
2. Ing. Diego Fernando Carrión Ortega, Director de Emprendimiento Digital (dcarrion@telecomunicaciones.gob.ec)

Atentamente,
Dirección de Relaciones Internacionales - MINTEL
""", cte="quoted-printable"),
  dels=[D("Andrea Paola Vinueza Salazar", title="Subsecretaria de Fomento de la Sociedad de la Información",
          email="andrea.vinueza@telecomunicaciones.gob.ec"),
        D("Diego Fernando Carrión Ortega", title="Director de Emprendimiento Digital",
          email="dcarrion@telecomunicaciones.gob.ec")],
  sup="ecu-nom")

M(key="cri-inq", recv="2019-08-02 18:47:33", kind="inquiry", lang="es", ms="CRI",
  frm=("Esteban Vargas Mora", "esteban.vargas@micitt.go.cr"), client="gmail", tz="-0600", hcs="utf-8", henc="Q",
  subject="Consulta sobre la sesión del 10 de septiembre (CI-19/35)", irt=None,
  body=ALT(T("""Buenas tardes:

Quisiéramos saber si la sesión de consulta de Budapest se realizará únicamente en inglés o si habrá
interpretación al español, y si existe un formato para presentar las experiencias nacionales.

Muchas gracias,

Esteban Vargas Mora
Viceministerio de Telecomunicaciones, MICITT
San José, Costa Rica
"""), H(ghtml("""Buenas tardes:

Quisiéramos saber si la sesión de consulta de Budapest se realizará únicamente en inglés o si habrá
interpretación al español, y si existe un formato para presentar las experiencias nacionales.

Muchas gracias,

Esteban Vargas Mora
Viceministerio de Telecomunicaciones, MICITT
San José, Costa Rica
"""))))

M(key="pry-self", recv="2019-08-16 02:39:50", kind="nomination", lang="es", ms="PRY",
  frm=("Rocío Benítez Acosta", "rbenitez@mitic.gov.py"), client="thunderbird", tz="-0400", hcs="utf-8", henc="Q",
  subject="Re: CI-19/35: Sesiones de consulta para los Estados Miembros: Fomento de las pymes",
  body=T("""Estimado Sr. Clark:

Tengo el agrado de confirmarle que participaré personalmente, en representación del Paraguay, en la sesión
de consulta del 10 de septiembre durante ITU Telecom World. Podré compartir la experiencia del programa
"Paraguay Emprende Digital".

Saludos cordiales,

--
Rocío Benítez Acosta
Directora de Economía Digital
Ministerio de Tecnologías de la Información y Comunicación (MITIC)
Asunción - Paraguay
rbenitez@mitic.gov.py
""" + q_gt("es", intro="El 23/07/2019 a las 4:45, ITU Circulars escribió:"), cte="8bit", flowed=True),
  dels=[D("Rocío Benítez Acosta", title="Directora de Economía Digital", email="rbenitez@mitic.gov.py")])

M(key="ury-late", recv="2019-08-19 15:03:27", kind="nomination", lang="es", ms="URY",
  frm=("Natalia Suárez", "natalia.suarez@agesic.gub.uy"), client="o365", tz="-0300", hcs="windows-1252",
  henc="Q", accept_lang="es-UY", content_lang="es-UY",
  subject="RE: Carta Circular CI-19/35 - Uruguay",
  body=ALT(T("""Estimados,

Disculpen la demora. Uruguay será representado en la sesión de Budapest por el Ec. Martín Sosa Ferreira,
Gerente de Innovación de AGESIC (martin.sosa@agesic.gub.uy).

Saludos,
Natalia Suárez
Relaciones Internacionales - AGESIC
""", cs="windows-1252", cte="quoted-printable"),
    H(ohtml(ops("""Estimados,

Disculpen la demora. Uruguay será representado en la sesión de Budapest por el Ec. Martín Sosa Ferreira,
Gerente de Innovación de AGESIC (martin.sosa@agesic.gub.uy).

Saludos,
Natalia Suárez
Relaciones Internacionales - AGESIC"""), cs="windows-1252", lang="ES-UY"), cs="windows-1252",
      cte="quoted-printable")),
  dels=[D("Martín Sosa Ferreira", title="Gerente de Innovación", email="martin.sosa@agesic.gub.uy")])

M(key="esp-nom", recv="2019-07-26 12:58:09", kind="nomination", lang="es", ms="ESP",
  frm=("Secretaría de Estado para el Avance Digital", "sead.internacional@economia.gob.es"), client="exchange",
  host="MINECO-MBX04", tz="+0200", accept_lang="es-ES", content_lang="es-ES", hcs="iso-8859-1", henc="Q",
  subject="RE: CI-19/35 - Designación de España",
  body=T("""Muy Sr. mío:

En relación con la Carta Circular CI-19/35, le comunico que España participará en todas las sesiones de
consulta previstas (Budapest, reuniones de los Grupos de Trabajo del Consejo y Foro de la CMSI 2020).

La persona designada es D.ª Lucía Ferrer Albiol, Subdirectora General Adjunta de Sociedad Digital
(lucia.ferrer@economia.gob.es).

Atentamente,

Subdirección General de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
""", cs="iso-8859-1", cte="quoted-printable"),
  dels=[D("Lucía Ferrer Albiol", title="Subdirectora General Adjunta de Sociedad Digital",
          email="lucia.ferrer@economia.gob.es")],
  sess=["budapest-2019", "cwg-2020", "wsis-2020"])

M(key="cub-nv", recv="2019-08-13 12:20:08", kind="nomination", lang="es", ms="CUB",
  frm=("Misión Permanente de Cuba", "mision.cuba@missioncuba-ginebra.ch"), client="generic", tz="+0200",
  hcs="iso-8859-1", henc="B", irt=None,
  subject="Nota Verbal No. 318/2019 - UIT CI-19/35",
  body=T("""Nota No. 318/2019

La Misión Permanente de la República de Cuba ante la Oficina de las Naciones Unidas en Ginebra y otros
organismos internacionales con sede en Suiza saluda atentamente a la Secretaría General de la Unión
Internacional de Telecomunicaciones y, en relación con la Carta Circular CI-19/35, tiene el honor de
informarle que el compañero Yoandy Pérez Llanes, Especialista Principal de la Dirección de Regulaciones del
Ministerio de Comunicaciones, participará en la sesión de consulta que tendrá lugar el 10 de septiembre de
2019 en Budapest, Hungría.

La Misión Permanente de la República de Cuba aprovecha la ocasión para reiterar a la Secretaría General de
la Unión Internacional de Telecomunicaciones las seguridades de su más alta consideración.

Ginebra, 13 de agosto de 2019
""", cs="iso-8859-1", cte="base64"),
  dels=[D("Yoandy Pérez Llanes", title="Especialista Principal de la Dirección de Regulaciones")])

M(key="dom-cwg", recv="2019-08-14 22:35:41", kind="nomination", lang="es", ms="DOM",
  frm=("Carolina Jiménez", "cjimenez@indotel.gob.do"), client="outlook_classic", tz="-0400", hcs="utf-8",
  henc="B",
  subject="RE: CI-19/35 - República Dominicana",
  body=T("""Buenas noches,

Lamentablemente no podremos viajar a Budapest en septiembre. Sin embargo, el INDOTEL desea participar en la
sesión que se celebrará durante las reuniones de los Grupos de Trabajo del Consejo a comienzos de 2020, y
designa para ello a la Lic. Yokasta Mejía Santana, Encargada de la División de Innovación Digital
(ymejia@indotel.gob.do).

Saludos,
Carolina Jiménez
Departamento de Relaciones Internacionales, INDOTEL
""", cte="quoted-printable"),
  dels=[D("Yokasta Mejía Santana", title="Encargada de la División de Innovación Digital", email="ymejia@indotel.gob.do")],
  sess=["cwg-2020"])

M(key="bol-ooo", recv="2019-08-09 09:33:02", kind="auto_reply", lang="es", ms=None,
  frm=("Javier Mamani Choque", "jmamani@att.gob.bo"), client="zimbra", tz="-0400", irt=None, envelope="",
  hcs="utf-8", henc="Q", xh=AUTO + [("In-Reply-To", REM_MID)],
  subject="Respuesta automática: " + REM_SUBJ,
  body=T("""Gracias por su mensaje.

Me encuentro en comisión de servicio hasta el 23 de agosto de 2019, con acceso limitado al correo
electrónico. Para asuntos urgentes, comuníquese con la Unidad de Relaciones Internacionales
(rrii@att.gob.bo).

Javier Mamani Choque
Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT)
""", cte="quoted-printable"))

_ndr_es = """No se puede entregar el mensaje a estos destinatarios o grupos:

oficina.internacional@conatel.gob.ve
El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje
más tarde o póngase en contacto directamente con el destinatario.

Información de diagnóstico para administradores:

Generando servidor: MBX02.conatel.gob.ve
oficina.internacional@conatel.gob.ve
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
"""
M(key="bnc-es", recv="2019-08-09 09:32:21", kind="bounce", lang="es", ms=None,
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@conatel.gob.ve"),
  client="exchange", host="MBX02", tz="-0400", envelope="", irt=None, hcs="utf-8", henc="B",
  subject="No se puede entregar: " + REM_SUBJ,
  xh=[("Auto-Submitted", "auto-replied")],
  body=dsn(_ndr_es, "MBX02.conatel.gob.ve", "Fri, 9 Aug 2019 07:30:52 +0000", "oficina.internacional@conatel.gob.ve",
           "5.2.2", "smtp; 554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException", None,
           itu_reminder("bnc-es-orig", "oficina.internacional@conatel.gob.ve"), human_cs="utf-8",
           human_cte="base64"))

M(key="slv-fwd", recv="2019-08-12 17:11:22", kind="nomination", lang="es", ms="SLV",
  frm=("Rebeca Alvarado", "ralvarado@misionelsalvador-ginebra.ch"), client="outlook_classic", tz="+0200",
  hcs="utf-8", henc="Q", irt=None,
  subject="RV: Designación El Salvador - sesión de consulta pymes UIT",
  body=T("""Estimados señores:

Por instrucciones de la Cancillería, reenvío a continuación la designación de El Salvador para la sesión
de consulta de Budapest. Agradeceré acusar recibo.

Atentamente,

Rebeca Alvarado
Consejera, Misión Permanente de El Salvador ante la ONU y otros organismos internacionales en Ginebra

-----Mensaje original-----
De: Mauricio Guardado <mguardado@siget.gob.sv>
Enviado el: viernes, 9 de agosto de 2019 16:40
Para: Rebeca Alvarado <ralvarado@misionelsalvador-ginebra.ch>
Asunto: Designación El Salvador - sesión de consulta pymes UIT

Estimada Rebeca:

Te agradeceré transmitir a la UIT que la SIGET designa a la Licda. Karla Beatriz Menjívar Portillo,
Gerente de Desarrollo del Sector Digital, para la sesión del 10 de septiembre. Su correo es
kmenjivar@siget.gob.sv.

Saludos,
Mauricio Guardado
Superintendencia General de Electricidad y Telecomunicaciones (SIGET)
""", cte="quoted-printable"),
  dels=[D("Karla Beatriz Menjívar Portillo", title="Gerente de Desarrollo del Sector Digital",
          email="kmenjivar@siget.gob.sv")])


# ============================================================================================
# Arabic
# ============================================================================================
M(key="egy-nom", recv="2019-07-29 11:38:16", kind="nomination", lang="ar", ms="EGY",
  frm=("منى إبراهيم سليمان", "mona.soliman@mcit.gov.eg"), client="exchange", host="MCIT-MBX03", tz="+0200",
  hcs="windows-1256", henc="B", accept_lang="ar-EG, en-US", content_lang="ar-EG",
  subject="RE: CI-19/35 جلسات تشاور للدول الأعضاء",
  body=T("""السيد/ كريستوفر كلارك المحترم،

تحية طيبة وبعد،

بالإشارة إلى الرسالة الدورية رقم CI-19/35 بتاريخ 23 يوليو 2019 بشأن جلسات التشاور حول تشجيع الشركات
الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسرنا إفادتكم بترشيح السيد المهندس/ هشام عبد الفتاح
الشريف، رئيس قطاع تنمية الأعمال بوزارة الاتصالات وتكنولوجيا المعلومات، لحضور الجلسة الأولى في بودابست يوم
10 سبتمبر 2019.

الاسم باللغة الإنجليزية: Hisham Abdel Fattah El Sherif
البريد الإلكتروني: hisham.elsherif@mcit.gov.eg

وتفضلوا بقبول فائق الاحترام،

منى إبراهيم سليمان
الإدارة العامة للعلاقات الدولية
وزارة الاتصالات وتكنولوجيا المعلومات - جمهورية مصر العربية
""", cs="windows-1256", cte="quoted-printable"),
  dels=[D("هشام عبد الفتاح الشريف", aliases=["Hisham Abdel Fattah El Sherif"], title="رئيس قطاع تنمية الأعمال",
          email="hisham.elsherif@mcit.gov.eg")])

_sau_rows = [["الاسم", "المسمى الوظيفي", "البريد الإلكتروني"],
             ["عبدالعزيز بن محمد الدوسري", "مدير عام الابتكار الرقمي", "aaldosari@citc.gov.sa"],
             ["ريم بنت خالد السبيعي", "أخصائية أولى تطوير أعمال", "rsubaie@citc.gov.sa"]]
M(key="sau-html", recv="2019-08-04 10:26:37", kind="nomination", lang="ar", ms="SAU",
  frm=("إدارة العلاقات الدولية", "intl@citc.gov.sa"), client="exchange", host="CITC-EXMB01", tz="+0300",
  hcs="utf-8", henc="B", accept_lang="ar-SA, en-US", content_lang="ar-SA",
  subject="ترشيحات المملكة العربية السعودية - جلسات التشاور CI-19/35", irt=None,
  body=H(ohtml("\n".join([
      op("السلام عليكم ورحمة الله وبركاته،", rtl=True), op(rtl=True),
      op("إشارة إلى خطاب الاتحاد رقم CI-19/35، تود هيئة الاتصالات وتقنية المعلومات إفادتكم بأسماء المرشحين للمشاركة "
         "في جلسة التشاور الأولى في بودابست (10 سبتمبر 2019) وفي الجلسة المقرر عقدها خلال اجتماعات أفرقة العمل "
         "التابعة للمجلس مطلع عام 2020:", rtl=True), op(rtl=True),
      otable(_sau_rows, rtl=True), op(rtl=True),
      op("وتقبلوا خالص التحية والتقدير،", rtl=True), op(rtl=True),
      op("إدارة العلاقات الدولية", b=True, rtl=True), op("هيئة الاتصالات وتقنية المعلومات - الرياض", rtl=True)]),
      lang="AR-SA", rtl=True), cte="base64"),
  dels=[D("عبدالعزيز بن محمد الدوسري", title="مدير عام الابتكار الرقمي", email="aaldosari@citc.gov.sa"),
        D("ريم بنت خالد السبيعي", title="أخصائية أولى تطوير أعمال", email="rsubaie@citc.gov.sa")],
  sess=["budapest-2019", "cwg-2020"])

M(key="jor-int", recv="2019-08-11 09:47:52", kind="interest_only", lang="ar", ms="JOR",
  frm=("Lina Haddad", "lina.haddad@trc.gov.jo"), client="outlook_classic", tz="+0300", hcs="windows-1256",
  henc="B",
  subject="RE: CI-19/35 جلسات تشاور للدول الأعضاء",
  body=T("""حضرات السادة في الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

تود هيئة تنظيم قطاع الاتصالات في المملكة الأردنية الهاشمية إبداء اهتمامها بالمشاركة في جلسة التشاور
الأولى التي ستعقد في بودابست خلال تليكوم العالمي 2019، وسيتم تزويدكم باسم المشارك لاحقاً فور اعتماده.

مع الاحترام،

لينا حداد
وحدة العلاقات الدولية - هيئة تنظيم قطاع الاتصالات، عمّان
""", cs="windows-1256", cte="quoted-printable"),
  sess=["budapest-2019"])

M(key="omn-nom", recv="2019-08-05 08:19:44", kind="nomination", lang="ar", ms="OMN",
  frm=("Khalid Al Balushi", "khalid.albalushi@tra.gov.om"), client="outlook", host="TRA-MBX01", tz="+0400",
  hcs="utf-8", henc="B", accept_lang="ar-OM, en-US", content_lang="ar-OM",
  subject="RE: CI-19/35 جلسات تشاور للدول الأعضاء",
  body=T("""الفاضل/ مسؤول الاتصال المحترم

تحية طيبة وبعد،

نود إفادتكم بأن هيئة تنظيم الاتصالات بسلطنة عمان ترشح الفاضل/ سالم بن سعيد الحارثي، مدير دائرة تطوير
القطاع، للمشاركة في جلسة التشاور الأولى المزمع عقدها على هامش تليكوم العالمي للاتحاد في بودابست.

للتواصل: salim.alharthy@tra.gov.om

مع خالص التحية،
خالد البلوشي
دائرة العلاقات الدولية
هيئة تنظيم الاتصالات - مسقط

-----Original Message-----
من: ITU Circulars <circulars@itu.int>
أرسلت: الثلاثاء، 23 يوليو، 2019 12:45 م
الموضوع: CI-19/35 جلسات تشاور للدول الأعضاء

""" + CIRC_AR, cte="base64"),
  dels=[D("سالم بن سعيد الحارثي", title="مدير دائرة تطوير القطاع", email="salim.alharthy@tra.gov.om")])

M(key="kwt-nom", recv="2019-08-04 13:05:09", kind="nomination", lang="ar", ms="KWT",
  frm=("مكتب العلاقات الدولية", "intl.relations@citra.gov.kw"), client="exchange", host="CITRA-EX02", tz="+0300",
  hcs="windows-1256", henc="B", accept_lang="ar-KW", content_lang="ar-KW",
  subject="ترشيح دولة الكويت - CI-19/35", irt=None,
  body=T("""السادة/ الاتحاد الدولي للاتصالات المحترمين

تحية طيبة وبعد،

ترشح هيئة الاتصالات وتقنية المعلومات السيد/ فهد ناصر العجمي - مراقب تطوير الأعمال - للمشاركة في جلسة
التشاور بشأن تشجيع الشركات الصغيرة والمتوسطة التي ستعقد في بودابست بتاريخ 10 سبتمبر 2019.

البريد الإلكتروني: f.alajmi@citra.gov.kw

وتفضلوا بقبول فائق الاحترام
مكتب العلاقات الدولية
""", cs="windows-1256", cte="base64"),
  dels=[D("فهد ناصر العجمي", title="مراقب تطوير الأعمال", email="f.alajmi@citra.gov.kw")])

M(key="kwt-cor", recv="2019-08-11 12:44:30", kind="correction", lang="ar", ms="KWT",
  frm=("مكتب العلاقات الدولية", "intl.relations@citra.gov.kw"), client="exchange", host="CITRA-EX02", tz="+0300",
  hcs="windows-1256", henc="B", accept_lang="ar-KW", content_lang="ar-KW",
  subject="RE: ترشيح دولة الكويت - CI-19/35 - تعديل", irt="kwt-nom",
  body=T("""السادة/ الاتحاد الدولي للاتصالات المحترمين

تحية طيبة وبعد،

إلحاقاً برسالتنا المؤرخة 4 أغسطس 2019، نود إفادتكم بتعديل الترشيح، حيث ستشارك السيدة/ دلال يوسف الرشيدي -
رئيس قسم الابتكار - بدلاً من السيد/ فهد ناصر العجمي، نظراً لارتباطات عمل طارئة.

البريد الإلكتروني: d.alrashidi@citra.gov.kw

وتفضلوا بقبول فائق الاحترام
مكتب العلاقات الدولية
""", cs="windows-1256", cte="base64"),
  dels=[D("دلال يوسف الرشيدي", title="رئيس قسم الابتكار", email="d.alrashidi@citra.gov.kw")],
  sup="kwt-nom")

M(key="qat-dec", recv="2019-08-15 10:58:14", kind="decline", lang="ar", ms="QAT",
  frm=("Mariam Al-Kuwari", "malkuwari@motc.gov.qa"), client="o365", tz="+0300", hcs="utf-8", henc="B",
  accept_lang="ar-QA, en-US", content_lang="ar-QA",
  subject="RE: CI-19/35 جلسات تشاور للدول الأعضاء",
  body=ALT(T("""السادة الأفاضل،

نشكركم على الدعوة الكريمة، ونأسف لإبلاغكم بأن دولة قطر لن تتمكن من المشاركة في جلسة التشاور المقرر عقدها
في بودابست بتاريخ 10 سبتمبر 2019، وذلك لتزامنها مع ارتباطات سابقة.

مع أطيب التحيات،
مريم الكواري
إدارة الشؤون الدولية - وزارة المواصلات والاتصالات
"""), H(ohtml(ops("""السادة الأفاضل،

نشكركم على الدعوة الكريمة، ونأسف لإبلاغكم بأن دولة قطر لن تتمكن من المشاركة في جلسة التشاور المقرر عقدها
في بودابست بتاريخ 10 سبتمبر 2019، وذلك لتزامنها مع ارتباطات سابقة.

مع أطيب التحيات،
مريم الكواري
إدارة الشؤون الدولية - وزارة المواصلات والاتصالات""", rtl=True), lang="AR-QA", rtl=True))))

M(key="lbn-inq", recv="2019-08-07 14:31:26", kind="inquiry", lang="ar", ms="LBN",
  frm=("Rami Khoury", "rkhoury@mpt.gov.lb"), client="gmail", tz="+0300", hcs="utf-8", henc="B",
  subject="استفسار حول جلسة التشاور في بودابست", irt=None,
  body=ALT(T("""حضرة المسؤولين المحترمين،

نرجو إفادتنا عما إذا كانت المشاركة عن بعد متاحة في جلسة 10 أيلول/سبتمبر، وهل ستتوفر الترجمة الفورية إلى
اللغة العربية؟ كما نود معرفة ما إذا كان بالإمكان أن يمثلنا شخص من القطاع الخاص.

مع الشكر،
رامي خوري
وزارة الاتصالات - بيروت
"""), H('<div dir="rtl">' + ghtml("""حضرة المسؤولين المحترمين،

نرجو إفادتنا عما إذا كانت المشاركة عن بعد متاحة في جلسة 10 أيلول/سبتمبر، وهل ستتوفر الترجمة الفورية إلى
اللغة العربية؟ كما نود معرفة ما إذا كان بالإمكان أن يمثلنا شخص من القطاع الخاص.

مع الشكر،
رامي خوري
وزارة الاتصالات - بيروت
""") + "</div>\n")))

M(key="sdn-late", recv="2019-08-25 11:20:43", kind="nomination", lang="ar", ms="SDN",
  frm=("Omer Babiker", "omer.babiker@tpra.gov.sd"), client="roundcube", tz="+0200", hcs="windows-1256",
  henc="B", irt=None,
  subject="ترشيح السودان - جلسة التشاور بودابست",
  body=T("""السادة/ أمانة الاتحاد الدولي للاتصالات

تحية طيبة،

نعتذر عن التأخير في الرد. يسر الهيئة القومية للاتصالات والبريد ترشيح المهندسة/ آمنة عثمان محمد أحمد، مديرة
إدارة تنمية صناعة البرمجيات، للمشاركة في جلسة التشاور في بودابست.

البريد الإلكتروني: amna.osman@tpra.gov.sd

عمر بابكر
إدارة التعاون الدولي
""", cs="windows-1256", cte="base64"),
  dels=[D("آمنة عثمان محمد أحمد", title="مديرة إدارة تنمية صناعة البرمجيات", email="amna.osman@tpra.gov.sd")])

_irq_inner = inner_msg("irq-inner", ("وزارة الاتصالات - دائرة العلاقات", "relations@moc.gov.iq"),
                       [("البعثة الدائمة - جنيف", "iraqmission@iraq-mission-geneva.ch")],
                       "ترشيح لجلسات التشاور الخاصة بالشركات الصغيرة والمتوسطة", "Sun, 11 Aug 2019 12:02:40 +0300",
                       T("""السادة البعثة الدائمة لجمهورية العراق في جنيف المحترمين

م/ ترشيح

تحية طيبة...

ترشح وزارة الاتصالات الدكتور علي حسين كاظم الموسوي (Dr. Ali Hussein Kadhim Al-Musawi)، مدير عام دائرة
التخطيط وتكنولوجيا المعلومات، للمشاركة في جلسة التشاور في بودابست في 10 أيلول 2019، وكذلك في الجلسة التي
ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات 2020.

البريد الإلكتروني: ali.almusawi@moc.gov.iq

يرجى التفضل بإبلاغ الاتحاد الدولي للاتصالات... مع التقدير.

دائرة العلاقات والإعلام
""", cs="windows-1256", cte="quoted-printable"), cs="windows-1256", client="generic")
M(key="irq-fwd", recv="2019-08-13 09:40:57", kind="nomination", lang="ar", ms="IRQ",
  frm=("البعثة الدائمة لجمهورية العراق", "iraqmission@iraq-mission-geneva.ch"), client="outlook_classic",
  tz="+0200", hcs="utf-8", henc="B", irt=None, has_att=True,
  subject="إحالة: ترشيح لجلسات التشاور الخاصة بالشركات الصغيرة والمتوسطة",
  body=MIX(T("""تهدي البعثة الدائمة لجمهورية العراق لدى مكتب الأمم المتحدة في جنيف أطيب تحياتها إلى الأمانة العامة
للاتحاد الدولي للاتصالات، وتحيل طياً رسالة وزارة الاتصالات العراقية بشأن الترشيح لجلسات التشاور الخاصة
بالشركات الصغيرة والمتوسطة (الرسالة الدورية CI-19/35).

وتغتنم البعثة هذه المناسبة لتعرب للأمانة العامة عن فائق تقديرها واحترامها.

البعثة الدائمة لجمهورية العراق - جنيف
""", cte="base64"), Embedded(_irq_inner)),
  dels=[D("علي حسين كاظم الموسوي", aliases=["Ali Hussein Kadhim Al-Musawi"],
          title="مدير عام دائرة التخطيط وتكنولوجيا المعلومات", email="ali.almusawi@moc.gov.iq")],
  sess=["budapest-2019", "wsis-2020"])

M(key="are-ooo", recv="2019-08-09 09:35:47", kind="auto_reply", lang="ar", ms=None,
  frm=("حمدة سيف المزروعي", "hamda.almazrouei@tdra.gov.ae"), client="exchange", host="AUH-MBX02", tz="+0400",
  hcs="utf-8", henc="B", irt=None, envelope="", xh=AUTO + [("In-Reply-To", REM_MID)],
  subject="رد تلقائي: " + REM_SUBJ,
  body=T("""شكراً لرسالتكم.

أنا خارج المكتب في إجازة سنوية حتى 25 أغسطس 2019. للأمور العاجلة يرجى التواصل مع إدارة العلاقات الدولية
على البريد international@tdra.gov.ae.

حمدة سيف المزروعي
""", cte="base64"))

M(key="mrt-nom", recv="2019-08-16 21:15:33", kind="nomination", lang="ar", ms="MRT",
  frm=("Sidi Mohamed Ould Cheikh", "smcheikh@are.mr"), client="thunderbird", tz="+0000", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 جلسات تشاور للدول الأعضاء",
  body=T("""السادة الكرام،

تحية طيبة، وبعد،

ترشح سلطة التنظيم في الجمهورية الإسلامية الموريتانية السيد محمد الأمين ولد أحمد سالم (Mohamed Lemine Ould
Ahmed Salem)، المستشار المكلف بالاقتصاد الرقمي، للمشاركة في جلسة التشاور الأولى في بودابست.

البريد الإلكتروني: mlemine@are.mr

مع فائق التقدير،
سيدي محمد ولد الشيخ
سلطة التنظيم - نواكشوط
""", cte="8bit", flowed=True),
  dels=[D("محمد الأمين ولد أحمد سالم", aliases=["Mohamed Lemine Ould Ahmed Salem"],
          title="المستشار المكلف بالاقتصاد الرقمي", email="mlemine@are.mr")])


# ============================================================================================
# Russian
# ============================================================================================
M(key="rus-nom", recv="2019-08-02 14:52:38", kind="nomination", lang="ru", ms="RUS",
  frm=("Кравцова Ольга Игоревна", "o.kravtsova@digital.gov.ru"), client="outlook", host="MKS-EXMB03", tz="+0300",
  hcs="koi8-r", henc="B", accept_lang="ru-RU, en-US", content_lang="ru-RU",
  subject="RE: CI-19/35: Консультационные сессии для Государств-Членов",
  body=T("""Уважаемый господин Кларк!

В ответ на циркулярное письмо CI-19/35 от 23 июля 2019 года Министерство цифрового развития, связи и
массовых коммуникаций Российской Федерации сообщает о заинтересованности в участии в консультационной
сессии, которая состоится 10 сентября 2019 года в Будапеште в рамках ITU Telecom World 2019.

Просим зарегистрировать в качестве участника сессии заместителя директора Департамента международного
сотрудничества Смирнову Елену Викторовну (Elena SMIRNOVA), e-mail: e.smirnova@digital.gov.ru.

Вопрос об участии в сессии в ходе Форума ВВУИО-2020 будет рассмотрен дополнительно.

С уважением,
О.И. Кравцова
консультант отдела многостороннего сотрудничества
Департамент международного сотрудничества
Минцифры России
""", cs="koi8-r", cte="quoted-printable"),
  dels=[D("Смирнова Елена Викторовна", aliases=["Смирнову Елену Викторовну", "Elena Smirnova"],
          title="заместителя директора Департамента международного сотрудничества", email="e.smirnova@digital.gov.ru",
          inflected=True)])

M(key="rus-cor", recv="2019-08-14 09:18:05", kind="correction", lang="ru", ms="RUS",
  frm=("Кравцова Ольга Игоревна", "o.kravtsova@digital.gov.ru"), client="outlook", host="MKS-EXMB03", tz="+0300",
  hcs="koi8-r", henc="B", accept_lang="ru-RU, en-US", content_lang="ru-RU",
  subject="RE: CI-19/35: Консультационные сессии для Государств-Членов - уточнение", irt="rus-nom",
  body=T("""Уважаемый господин Кларк!

В дополнение к нашему письму от 2 августа сообщаем, что представитель Российской Федерации примет участие
также в консультационной сессии в ходе собраний рабочих групп Совета МСЭ в начале 2020 года.

Таким образом, участие от Российской Федерации (состав без изменений):
Смирнова Елена Викторовна - Будапешт (10 сентября 2019 г.) и сессия в ходе собраний РГС (2020 г.).

С уважением,
О.И. Кравцова
Минцифры России
""", cs="koi8-r", cte="quoted-printable"),
  dels=[D("Смирнова Елена Викторовна", email=None)],
  sess=["budapest-2019", "cwg-2020"], sup="rus-nom")

M(key="tkm-ru", recv="2019-08-16 22:40:12", kind="nomination", lang="ru", ms="TKM", tz="+0500",
  frm=("Министерство связи Туркменистана", "intdep@mincom.gov.tm"), client="generic", hcs="windows-1251",
  henc="B", irt=None,
  subject="Об участии в консультационной сессии (CI-19/35)",
  body=T("""Секретариату МСЭ

Министерство связи Туркменистана, ссылаясь на циркулярное письмо CI-19/35, сообщает данные участника
консультационной сессии 10 сентября 2019 года (г. Будапешт):

Ф.И.О.: Атаев Мердан Бердыевич
Должность: начальник отдела развития цифровых услуг
Эл. почта: m.atayev@mincom.gov.tm

Отдел международного сотрудничества
""", cs="windows-1251", cte="base64"),
  dels=[D("Атаев Мердан Бердыевич", title="начальник отдела развития цифровых услуг", email="m.atayev@mincom.gov.tm")])

M(key="mda-dec", recv="2019-08-12 16:03:51", kind="decline", lang="ru", ms="MDA",
  frm=("Наталья Русу", "natalia.rusu@anrceti.md"), client="mailru", tz="+0300", hcs="utf-8", henc="B",
  subject="Re: CI-19/35: Консультационные сессии для Государств-Членов",
  body=T("""Добрый день!

Благодарим за приглашение. К сожалению, Республика Молдова не сможет направить представителя на сессию в
Будапеште 10 сентября.

С уважением,
Наталья Русу
Отдел внешних связей, НАРЭКИТ
""" + q_gt("ru", intro="23.07.2019 11:45, ITU Circulars пишет:"), cte="base64"))

M(key="ru-ooo", recv="2019-08-09 09:36:44", kind="auto_reply", lang="ru", ms=None,
  frm=("Петренко Игорь Сергеевич", "petrenko.is@rkn.gov.ru"), client="generic", tz="+0300", hcs="koi8-r",
  henc="B", irt=None, envelope="", xh=AUTO + [("In-Reply-To", REM_MID)],
  subject="Автоматический ответ: " + REM_SUBJ,
  body=T("""Здравствуйте!

Я нахожусь в отпуске до 26 августа 2019 г. По срочным вопросам обращайтесь к Марине Олеговне Лебедевой
(lebedeva.mo@rkn.gov.ru).

И.С. Петренко
""", cs="koi8-r", cte="8bit"))

M(key="rcc-inq", recv="2019-08-06 10:29:18", kind="inquiry", lang="ru", ms=None,
  frm=("Исполнительный комитет РСС", "ecrcc@rcc-cis.example.org"), client="yandex", tz="+0300", hcs="utf-8",
  henc="B", domain="rcc-cis.example.org", irt=None,
  subject="Вопрос об участии наблюдателей в консультационной сессии 10 сентября",
  body=T("""Уважаемые коллеги!

Исполнительный комитет Регионального содружества в области связи просит сообщить, могут ли представители
региональных организаций электросвязи присутствовать на консультационной сессии в Будапеште 10 сентября в
качестве наблюдателей, и требуется ли для этого отдельная регистрация.

С уважением,
Исполком РСС
""", cte="quoted-printable"))

M(key="ru-spam", recv="2019-08-21 06:12:03", kind="unrelated", lang="ru", ms=None,
  frm=("Выставочные стенды под ключ", "info@stend-expo-pro.example.ru"), client="generic", tz="+0300",
  relay="smtp.bulkmail-ru.example", ip="203.0.113.77", tls=False, irt=None, hcs="windows-1251", henc="B",
  subject="Застройка стендов на ITU Telecom World 2019 в Будапеште - скидка 20%",
  pre_headers=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "6.8")],
  body=H("""<html><body><p>Здравствуйте!</p>
<p>Наша компания предлагает застройку выставочных стендов любой сложности на <b>ITU Telecom World 2019</b>
(Будапешт, 9-12 сентября). Доставка конструкций, монтаж, мебель, печать графики.</p>
<p>Только до конца августа - скидка 20%!</p>
<p>Звоните: +7 (495) 000-00-00</p></body></html>
""", cs="windows-1251", cte="base64"))


# ============================================================================================
# Chinese
# ============================================================================================
M(key="chn-nom", recv="2019-08-01 04:36:21", kind="nomination", lang="zh", ms="CHN",
  frm=("工业和信息化部国际合作司", "gjs@miit.gov.cn"), client="163", tz="+0800", hcs="gb2312", henc="B",
  domain="miit.gov.cn",
  subject="回复：CI-19/35：面向成员国的磋商会议", irt="circ",
  body=T("""国际电联秘书处：

关于第CI-19/35号通函，中国工业和信息化部愿参加2019年9月10日在布达佩斯举行的首次磋商会议，现将参会人员
信息函告如下：

1. 李明华（Li Minghua），中小企业局国际合作处副处长，电子邮件：liminghua@miit.gov.cn
2. 王晓燕（Wang Xiaoyan），中国信息通信研究院高级工程师，电子邮件：wangxiaoyan@caict.ac.cn

此致
敬礼！

工业和信息化部国际合作司
2019年8月1日
""", cs="gb2312", cte="base64"),
  dels=[D("李明华", aliases=["Li Minghua"], title="中小企业局国际合作处副处长", email="liminghua@miit.gov.cn"),
        D("王晓燕", aliases=["Wang Xiaoyan"], title="中国信息通信研究院高级工程师", email="wangxiaoyan@caict.ac.cn")])

M(key="chn-cor", recv="2019-08-13 03:51:09", kind="correction", lang="zh", ms="CHN",
  frm=("工业和信息化部国际合作司", "gjs@miit.gov.cn"), client="163", tz="+0800", hcs="gb2312", henc="B",
  domain="miit.gov.cn",
  subject="回复：CI-19/35：面向成员国的磋商会议（人员调整）", irt="chn-nom",
  body=T("""国际电联秘书处：

我司8月1日函告的参会人员有所调整：王晓燕同志因工作安排不再参会，改由张伟（Zhang Wei）参会。

调整后的参会人员如下：
1. 李明华（Li Minghua），中小企业局国际合作处副处长，liminghua@miit.gov.cn
2. 张伟（Zhang Wei），中小企业局创新服务处主任科员，zhangwei_sme@miit.gov.cn

特此函告。

工业和信息化部国际合作司
""", cs="gb2312", cte="base64"),
  dels=[D("李明华", aliases=["Li Minghua"], title="中小企业局国际合作处副处长", email="liminghua@miit.gov.cn"),
        D("张伟", aliases=["Zhang Wei"], title="中小企业局创新服务处主任科员", email="zhangwei_sme@miit.gov.cn")],
  sup="chn-nom")

M(key="zh-spam", recv="2019-08-04 19:22:47", kind="unrelated", lang="zh", ms=None,
  frm=("刘经理", "fapiao8866@163.example.com"), client="generic", tz="+0800", relay="smtp.bulk-cn.example",
  ip="203.0.113.150", tls=False, irt=None, hcs="gb2312", henc="B",
  subject="代开各类正规发票，点数优惠",
  pre_headers=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "11.2")],
  body=T("""您好！

本公司长期代开各类增值税发票、普通发票，税点低，可验证后付款。

联系电话：138-0000-0000 刘经理
QQ：000000000

（如有打扰，敬请谅解）
""", cs="gb2312", cte="base64"))

M(key="zh-ooo", recv="2019-08-09 09:37:30", kind="auto_reply", lang="zh", ms=None,
  frm=("陈静", "chenjing@chinamission.example.ch"), client="qq", tz="+0200", hcs="gbk", henc="B",
  irt=None, envelope="", xh=AUTO + [("In-Reply-To", REM_MID)],
  subject="自动回复: " + REM_SUBJ,
  body=T("""您好，我目前休假，将于8月19日返回办公室，期间邮件回复可能延迟。急事请联系办公室电话 +41 22 000 00 00。

This is an automatic reply.
""", cs="gbk", cte="base64"))

M(key="zh-company", recv="2019-08-08 08:05:14", kind="inquiry", lang="zh", ms=None,
  frm=("周立新", "zhoulixin@huaxun-innov.example.cn"), client="qq", tz="+0800", hcs="utf-8", henc="B",
  irt=None,
  subject="咨询：企业能否参加9月10日布达佩斯的中小企业磋商会议",
  body=ALT(T("""尊敬的国际电联中小企业团队：

您好！我们是深圳的一家物联网初创企业（员工约30人），计划参加今年在布达佩斯举办的世界电信展。
请问9月10日的中小企业磋商会议是否允许企业代表旁听？是否需要通过本国主管部门报名？

谢谢！

周立新
深圳市华讯创新科技有限公司 国际业务部
"""), H("""<div>尊敬的国际电联中小企业团队：</div><div><br></div><div>您好！我们是深圳的一家物联网初创企业（员工约30人），计划参加今年在布达佩斯举办的世界电信展。</div>
<div>请问9月10日的中小企业磋商会议是否允许企业代表旁听？是否需要通过本国主管部门报名？</div><div><br></div><div>谢谢！</div><div><br></div>
<div>周立新</div><div>深圳市华讯创新科技有限公司 国际业务部</div>
""", cte="base64")))


# ============================================================================================
# Portuguese
# ============================================================================================
_bra_txt = """Prezado Senhor Christopher Clark,

Em resposta à Carta Circular CI-19/35, a Agência Nacional de Telecomunicações (Anatel) tem a satisfação
de indicar os seguintes representantes do Brasil para a sessão de consulta de 10 de setembro de 2019, em
Budapeste:

- Sr. Ricardo Takemura Albuquerque, Superintendente de Relações Internacionais - ricardo.albuquerque@anatel.gov.br
- Sra. Juliana Pereira da Costa Lima, Especialista em Regulação - juliana.clima@anatel.gov.br

Atenciosamente,

Fernanda Nogueira Barros
Assessoria Internacional - Anatel
SAUS Quadra 6, Brasília/DF
"""
M(key="bra-nom", recv="2019-08-05 21:04:27", kind="nomination", lang="pt", ms="BRA",
  frm=("Fernanda Nogueira Barros", "fernanda.barros@anatel.gov.br"), client="o365", tz="-0300",
  accept_lang="pt-BR", content_lang="pt-BR", hcs="iso-8859-1", henc="Q",
  subject="RES: CI-19/35 - Indicação do Brasil",
  body=ALT(T(_bra_txt, cs="iso-8859-1", cte="quoted-printable"),
           H(ohtml(ops(_bra_txt), cs="iso-8859-1", lang="PT-BR"), cs="iso-8859-1", cte="quoted-printable")),
  dels=[D("Ricardo Takemura Albuquerque", title="Superintendente de Relações Internacionais",
          email="ricardo.albuquerque@anatel.gov.br"),
        D("Juliana Pereira da Costa Lima", title="Especialista em Regulação", email="juliana.clima@anatel.gov.br")])

M(key="bra-cor", recv="2019-08-20 19:45:10", kind="correction", lang="pt", ms="BRA",
  frm=("Fernanda Nogueira Barros", "fernanda.barros@anatel.gov.br"), client="o365", tz="-0300",
  accept_lang="pt-BR", content_lang="pt-BR", hcs="iso-8859-1", henc="Q", irt="bra-nom",
  subject="RES: CI-19/35 - Indicação do Brasil - alteração",
  body=T("""Prezado Senhor Clark,

Informamos que o Sr. Ricardo Takemura Albuquerque não poderá mais participar da sessão de Budapeste. A
delegação brasileira será composta apenas pela Sra. Juliana Pereira da Costa Lima, Especialista em
Regulação (juliana.clima@anatel.gov.br).

Atenciosamente,
Fernanda Nogueira Barros
Assessoria Internacional - Anatel
""", cs="iso-8859-1", cte="quoted-printable"),
  dels=[D("Juliana Pereira da Costa Lima", title="Especialista em Regulação", email="juliana.clima@anatel.gov.br")],
  sup="bra-nom")

M(key="prt-nom", recv="2019-08-09 15:26:58", kind="nomination", lang="pt", ms="PRT",
  frm=("Gonçalo Fernandes", "goncalo.fernandes@anacom.pt"), client="outlook", host="ANACOM-MBX1", tz="+0100",
  accept_lang="pt-PT", content_lang="pt-PT", hcs="utf-8", henc="Q",
  subject="RE: CI-19/35 - Portugal",
  body=T("""Exmos. Senhores,

Portugal tem todo o interesse em participar nas sessões de consulta sobre PME tecnológicas. Indicamos para
a sessão de Budapeste e para a sessão a realizar durante o Fórum da CMSI 2020 a Dr.ª Inês Correia Marques,
Técnica Superior da Direção de Relações Internacionais da ANACOM (ines.marques@anacom.pt).

Com os melhores cumprimentos,

Gonçalo Fernandes
Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12, 1099-017 Lisboa
""", cte="quoted-printable"),
  dels=[D("Inês Correia Marques", title="Técnica Superior da Direção de Relações Internacionais",
          email="ines.marques@anacom.pt")],
  sess=["budapest-2019", "wsis-2020"])

M(key="ago-pdf", recv="2019-08-16 17:02:26", kind="nomination", lang="pt", ms="AGO",
  frm=("Gabinete de Intercâmbio MTTI", "gabinete.intercambio@mtti.gov.ao"), client="outlook_classic", tz="+0100",
  hcs="iso-8859-1", henc="Q", irt=None, has_att=True,
  subject="Ofício n.º 1127/GII/MTTI/2019 - Resposta à Circular CI-19/35",
  body=MIX(T("""Exmos. Senhores,

Em anexo, remetemos o Ofício n.º 1127/GII/MTTI/2019, com a indicação do representante de Angola.

Atenciosamente,
Gabinete de Intercâmbio Internacional
Ministério das Telecomunicações e Tecnologias de Informação
Luanda
""", cs="iso-8859-1", cte="quoted-printable"),
    PDF("Oficio 1127 GII MTTI 2019.pdf", [
        "REPÚBLICA DE ANGOLA",
        "MINISTÉRIO DAS TELECOMUNICAÇÕES E TECNOLOGIAS DE INFORMAÇÃO",
        "GABINETE DE INTERCÂMBIO INTERNACIONAL",
        "",
        "Ofício n.º 1127/GII/MTTI/2019                      Luanda, aos 15 de Agosto de 2019",
        "",
        "A Sua Excelência",
        "Senhor Houlin Zhao",
        "Secretário-Geral da União Internacional de Telecomunicações",
        "Genebra",
        "",
        "Assunto: Sessões de consulta \"Fomento das PME tecnológicas e de inovação\" (CI-19/35)",
        "",
        "Excelência,",
        "",
        "Em resposta à Carta Circular acima referida, temos a honra de informar que o Ministério indica o "
        "Eng.º Adilson Kiame Manuel, Director Nacional das Tecnologias de Informação, para participar na "
        "primeira sessão de consulta, a ter lugar a 10 de Setembro de 2019, em Budapeste "
        "(adilson.manuel@mtti.gov.ao).",
        "",
        "Queira aceitar, Excelência, os protestos da nossa mais elevada consideração.",
        "",
        "O Director do Gabinete",
        "Mateus Ngola Sebastião",
    ], date="D:20190815160000+01'00'")),
  dels=[D("Adilson Kiame Manuel", title="Director Nacional das Tecnologias de Informação",
          email="adilson.manuel@mtti.gov.ao")])

M(key="moz-late", recv="2019-08-28 10:37:19", kind="nomination", lang="pt", ms="MOZ",
  frm=("Célia Macuácua", "celia.macuacua@incm.gov.mz"), client="gmail", tz="+0200", hcs="utf-8", henc="Q",
  subject="Re: CI-19/35 - Moçambique (participante)",
  body=ALT(T("""Caros colegas da UIT,

Peço desculpa pelo atraso. O INCM indica o Sr. Armando Chissano Mabunda, Chefe do Departamento de
Inovação e Serviços Digitais, para participar na sessão de consulta em Budapeste. Contacto:
armando.mabunda@incm.gov.mz

Cumprimentos,
Célia Macuácua
Instituto Nacional das Comunicações de Moçambique, Maputo
"""), H(ghtml("""Caros colegas da UIT,

Peço desculpa pelo atraso. O INCM indica o Sr. Armando Chissano Mabunda, Chefe do Departamento de
Inovação e Serviços Digitais, para participar na sessão de consulta em Budapeste. Contacto:
armando.mabunda@incm.gov.mz

Cumprimentos,
Célia Macuácua
Instituto Nacional das Comunicações de Moçambique, Maputo
"""))),
  dels=[D("Armando Chissano Mabunda", title="Chefe do Departamento de Inovação e Serviços Digitais",
          email="armando.mabunda@incm.gov.mz")])

M(key="cpv-dec", recv="2019-08-14 12:30:09", kind="decline", lang="pt", ms="CPV",
  frm=("Arlindo Tavares", "arlindo.tavares@arme.cv"), client="groupwise", tz="-0100", hcs="utf-8", henc="Q",
  subject="Re: CI-19/35 - Cabo Verde",
  body=T("""Exmos. Senhores,

Agradecemos o convite, mas Cabo Verde não estará representado na sessão de 10 de Setembro em Budapeste.

Com os melhores cumprimentos,
Arlindo Tavares
ARME - Agência Reguladora Multissectorial da Economia, Praia
""", cs="iso-8859-1", cte="quoted-printable"))


# ============================================================================================
# German
# ============================================================================================
M(key="deu-nom", recv="2019-08-01 11:52:33", kind="nomination", lang="de", ms="DEU",
  frm=("Schubert, Annika, VIB3", "annika.schubert@bmwi.bund.de"), client="outlook", host="BMWI-EXMB05",
  tz="+0200", accept_lang="de-DE, en-US", content_lang="de-DE", hcs="iso-8859-1", henc="Q",
  subject="AW: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=T("""Sehr geehrter Herr Clark,

vielen Dank für die Einladung zu den Konsultationen. Für die Sitzung am 10. September in Budapest
benennt die Bundesrepublik Deutschland:

- Frau Dr. Katharina Vogelsang-Richter, Referatsleiterin Digitale Geschäftsmodelle und KMU,
  Bundesministerium für Wirtschaft und Energie (katharina.vogelsang-richter@bmwi.bund.de)
- Herrn Tobias Lindner, Referent im Referat Internationale Digitalpolitik (tobias.lindner@bmwi.bund.de)

Eine Teilnahme an der Sitzung im Rahmen des WSIS-Forums 2020 wird derzeit geprüft.

Mit freundlichen Grüßen
Im Auftrag
Annika Schubert

Bundesministerium für Wirtschaft und Energie
Referat VIB3 - Internationale Digitalpolitik
Scharnhorststraße 34-37, 10115 Berlin
""" + q_outlook("en", sent_label="Gesendet", frm_label="Von", to_label="An", subj_label="Betreff",
                sent_value="Dienstag, 23. Juli 2019 10:45", to_value="Member States"),
         cs="iso-8859-1", cte="quoted-printable"),
  dels=[D("Katharina Vogelsang-Richter", title="Referatsleiterin Digitale Geschäftsmodelle und KMU",
          email="katharina.vogelsang-richter@bmwi.bund.de"),
        D("Tobias Lindner", title="Referent im Referat Internationale Digitalpolitik",
          email="tobias.lindner@bmwi.bund.de")])

M(key="aut-dec", recv="2019-08-08 09:14:27", kind="decline", lang="de", ms="AUT",
  frm=("Mag. Stefan Gruber", "stefan.gruber@bmvit.gv.at"), client="lotus", tz="+0200", hcs="iso-8859-1",
  henc="Q",
  subject="Antwort: CI-19/35 Consultation sessions - Österreich",
  body=ALT(T("""Sehr geehrte Damen und Herren,

Österreich wird an der Konsultation in Budapest am 10. September leider nicht teilnehmen können.

Mit freundlichen Grüßen
Stefan Gruber
Bundesministerium für Verkehr, Innovation und Technologie
Abteilung Internationale Angelegenheiten
""", cs="iso-8859-1", cte="quoted-printable"),
    H("""<html><body><font size=2 face="sans-serif">Sehr geehrte Damen und Herren,</font><br><br><font size=2
face="sans-serif">Österreich wird an der Konsultation in Budapest am 10. September leider nicht teilnehmen
können.</font><br><br><font size=2 face="sans-serif">Mit freundlichen Grüßen<br>Stefan Gruber<br>Bundesministerium
für Verkehr, Innovation und Technologie<br>Abteilung Internationale Angelegenheiten</font></body></html>
""", cs="iso-8859-1", cte="quoted-printable")))

M(key="lie-int", recv="2019-08-16 11:47:05", kind="interest_only", lang="de", ms="LIE",
  frm=("Amt für Kommunikation", "info.ak@llv.li"), client="exchange", host="LLV-MBX02", tz="+0200",
  accept_lang="de-CH", content_lang="de-CH", hcs="utf-8", henc="Q",
  subject="AW: CI-19/35 - Liechtenstein",
  body=T("""Sehr geehrte Damen und Herren

Für Budapest können wir leider niemanden entsenden. Liechtenstein bekundet jedoch Interesse an den
Konsultationen im Rahmen der Ratsarbeitsgruppen 2020 und des WSIS-Forums 2020. Die Teilnehmerin oder den
Teilnehmer werden wir rechtzeitig bekannt geben.

Freundliche Grüsse

Amt für Kommunikation
Fürstentum Liechtenstein
""", cte="quoted-printable"),
  sess=["cwg-2020", "wsis-2020"])

M(key="de-ooo", recv="2019-07-23 10:48:55", kind="auto_reply", lang="de", ms=None,
  frm=("Huber, Markus", "markus.huber@bakom.admin.ch"), client="exchange", host="SB00133A", tz="+0200",
  hcs="iso-8859-1", henc="Q", envelope="", xh=AUTO,
  subject="Abwesenheitsnotiz: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=T("""Vielen Dank für Ihre Nachricht.

Ich bin bis am 12. August 2019 abwesend und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen
wenden Sie sich bitte an Frau Nathalie Favre (nathalie.favre@bakom.admin.ch).

Freundliche Grüsse
Markus Huber
""", cs="iso-8859-1", cte="quoted-printable"))

_ndr_de = """Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: """ + REM_SUBJ + """
Gesendet: 09.08.2019 09:30

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

'poststelle-ref12@bmvi.bund.example' am 09.08.2019 09:31
    Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.
    <mailgw.bmvi.bund.example #5.1.1 smtp;550 5.1.1 User unknown>
"""
M(key="bnc-de", recv="2019-08-09 09:31:40", kind="bounce", lang="de", ms=None,
  frm=("Systemadministrator", "postmaster@bmvi.bund.example"), client="exchange", host="MAILGW", tz="+0200",
  envelope="", irt=None, hcs="iso-8859-1", henc="Q",
  subject="Unzustellbar: " + REM_SUBJ,
  xh=[("Auto-Submitted", "auto-replied")],
  body=dsn(_ndr_de, "mailgw.bmvi.bund.example", "Fri, 9 Aug 2019 09:31:02 +0200", "poststelle-ref12@bmvi.bund.example",
           "5.1.1", "smtp;550 5.1.1 User unknown", "mailgw.bmvi.bund.example",
           itu_reminder("bnc-de-orig", "poststelle-ref12@bmvi.bund.example"), human_cs="iso-8859-1",
           human_cte="quoted-printable"))


# ============================================================================================
# Central and Eastern Europe, Baltic, Nordic-Finnic, Hungarian
# ============================================================================================
M(key="pol-nom", recv="2019-08-06 13:22:17", kind="nomination", lang="pl", ms="POL",
  frm=("Zielińska Katarzyna", "katarzyna.zielinska@cyfra.gov.pl"), client="outlook", host="MC-EXMB02",
  tz="+0200", accept_lang="pl-PL, en-US", content_lang="pl-PL", hcs="iso-8859-2", henc="Q",
  subject="Odp: CI-19/35 - zgłoszenie uczestników z Polski",
  body=T("""Szanowny Panie,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji zgłasza do udziału
w sesji konsultacyjnej w Budapeszcie (10 września 2019 r.) Panią Annę Kowalczyk-Nowak, naczelnika
Wydziału Współpracy Wielostronnej, oraz Pana Tomasza Wiśniewskiego, głównego specjalistę w Departamencie
Gospodarki Cyfrowej.

Adresy e-mail: anna.kowalczyk-nowak@cyfra.gov.pl, tomasz.wisniewski@cyfra.gov.pl

Z poważaniem
Katarzyna Zielińska
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa
""", cs="iso-8859-2", cte="quoted-printable"),
  dels=[D("Anna Kowalczyk-Nowak", aliases=["Annę Kowalczyk-Nowak"], title="naczelnika Wydziału Współpracy Wielostronnej",
          email="anna.kowalczyk-nowak@cyfra.gov.pl", inflected=True),
        D("Tomasz Wiśniewski", aliases=["Tomasza Wiśniewskiego"],
          title="głównego specjalistę w Departamencie Gospodarki Cyfrowej", email="tomasz.wisniewski@cyfra.gov.pl",
          inflected=True)])

M(key="cze-nom", recv="2019-08-12 10:41:03", kind="nomination", lang="cs", ms="CZE",
  frm=("Dvořáková Lucie", "dvorakoval@ctu.cz"), client="outlook_classic", tz="+0200", hcs="windows-1250",
  henc="B", content_lang="cs",
  subject="RE: CI-19/35 - nominace ČR",
  body=T("""Vážený pane Clarku,

v návaznosti na oběžník CI-19/35 Vám sdělujeme, že Česká republika se zúčastní konzultačního setkání dne
10. září 2019 v Budapešti. Za Český telekomunikační úřad nominujeme pana Ing. Petra Nováka, ředitele
odboru regulace komunikačních činností (novakp@ctu.cz).

S pozdravem

Mgr. Lucie Dvořáková
oddělení mezinárodních vztahů
Český telekomunikační úřad
Sokolovská 219, Praha 9
""", cs="windows-1250", cte="quoted-printable"),
  dels=[D("Petr Novák", aliases=["Petra Nováka"], title="ředitele odboru regulace komunikačních činností",
          email="novakp@ctu.cz", inflected=True)])

M(key="svk-nom", recv="2019-08-15 14:08:52", kind="nomination", lang="sk", ms="SVK",
  frm=("Zuzana Horváthová", "zuzana.horvathova@mindop.sk"), client="zimbra", tz="+0200", hcs="iso-8859-2",
  henc="Q",
  subject="Re: CI-19/35 - účasť Slovenskej republiky",
  body=T("""Dobrý deň,

za Slovenskú republiku sa na konzultácii v Budapešti zúčastní:

Mgr. Martin Kováč, generálny riaditeľ sekcie digitálnej agendy, Ministerstvo dopravy a výstavby SR,
martin.kovac@mindop.sk

Ďakujeme a s pozdravom
Zuzana Horváthová
odbor medzinárodných vzťahov
""", cs="iso-8859-2", cte="quoted-printable"),
  dels=[D("Martin Kováč", title="generálny riaditeľ sekcie digitálnej agendy", email="martin.kovac@mindop.sk")])

M(key="svn-nom", recv="2019-08-07 08:57:40", kind="nomination", lang="sl", ms="SVN",
  frm=("Rok Zupančič", "rok.zupancic@gov.si"), client="outlook", host="MJU-EX03", tz="+0200", hcs="utf-8",
  henc="Q", accept_lang="sl-SI", content_lang="sl-SI",
  subject="RE: CI-19/35 - Slovenija",
  body=T("""Spoštovani,

Ministrstvo za javno upravo za posvetovanje v Budimpešti 10. septembra predlaga go. Majo Kranjc,
sekretarko v Direktoratu za informacijsko družbo (maja.kranjc@gov.si).

Lep pozdrav,

Rok Zupančič
Služba za mednarodne zadeve
Ministrstvo za javno upravo
""", cte="quoted-printable"),
  dels=[D("Maja Kranjc", aliases=["Majo Kranjc"], title="sekretarko v Direktoratu za informacijsko družbo",
          email="maja.kranjc@gov.si", inflected=True)])

M(key="hrv-nom", recv="2019-08-09 12:03:29", kind="nomination", lang="hr", ms="HRV",
  frm=("Marija Babić", "marija.babic@rdd.hr"), client="thunderbird", tz="+0200", hcs="utf-8", henc="B",
  subject="Re: CI-19/35: Consultation sessions for Member States - Hrvatska",
  body=T("""Poštovani,

Središnji državni ured za razvoj digitalnog društva imenuje gospođu Ivanu Horvat, voditeljicu Službe za
međunarodnu suradnju, za sudjelovanje na savjetovanju u Budimpešti.

E-pošta: ivana.horvat@rdd.hr

S poštovanjem,
Marija Babić
""" + q_gt("en", intro="Dana 23.7.2019. u 10:45, ITU Circulars je napisao:"), cte="8bit", flowed=True),
  dels=[D("Ivana Horvat", aliases=["Ivanu Horvat"], title="voditeljicu Službe za međunarodnu suradnju",
          email="ivana.horvat@rdd.hr", inflected=True)])

M(key="srb-nom", recv="2019-08-13 11:17:34", kind="nomination", lang="sr", ms="SRB",
  frm=("Јелена Стојановић", "jelena.stojanovic@mtt.gov.rs"), client="outlook", host="MTT-MBX01", tz="+0200",
  hcs="utf-8", henc="B", accept_lang="sr-Cyrl-RS, en-US", content_lang="sr-Cyrl-RS",
  subject="RE: CI-19/35 - Република Србија",
  body=T("""Поштовани,

Министарство трговине, туризма и телекомуникација Републике Србије предлаже господина Марка Јовановића
(Marko Jovanović), помоћника министра за информационо друштво, за учешће на консултативној сесији у
Будимпешти 10. септембра 2019. године.

Е-пошта: marko.jovanovic@mtt.gov.rs

С поштовањем,
Јелена Стојановић
Одсек за међународну сарадњу
""", cte="quoted-printable"),
  dels=[D("Марко Јовановић", aliases=["Марка Јовановића", "Marko Jovanović"],
          title="помоћника министра за информационо друштво", email="marko.jovanovic@mtt.gov.rs", inflected=True)])

M(key="bih-nom", recv="2019-08-14 15:55:12", kind="nomination", lang="bs", ms="BIH",
  frm=("Amra Mehmedović", "amra.mehmedovic@mkt.gov.ba"), client="roundcube", tz="+0200", hcs="iso-8859-2",
  henc="Q",
  subject="Re: CI-19/35 - Bosna i Hercegovina",
  body=T("""Poštovani,

Ministarstvo komunikacija i prometa Bosne i Hercegovine delegira gosp. Emira Hadžića, stručnog savjetnika
za elektronske komunikacije, na konsultativnu sesiju u Budimpešti.

Kontakt: emir.hadzic@mkt.gov.ba

S poštovanjem,
Amra Mehmedović
""", cs="iso-8859-2", cte="quoted-printable"),
  dels=[D("Emir Hadžić", aliases=["Emira Hadžića"], title="stručnog savjetnika za elektronske komunikacije",
          email="emir.hadzic@mkt.gov.ba", inflected=True)])

M(key="mkd-nom", recv="2019-08-08 13:49:06", kind="nomination", lang="mk", ms="MKD",
  frm=("Мартина Николовска", "martina.nikolovska@mioa.gov.mk"), client="generic", tz="+0200",
  hcs="windows-1251", henc="B", host="mail",
  subject="Одговор: CI-19/35 - номинација",
  body=T("""Почитувани,

Министерството за информатичко општество и администрација ја номинира г-ѓа Елена Трајковска (Elena
Trajkovska), раководител на Секторот за информатичко општество, за учество на консултативната сесија во
Будимпешта на 10 септември 2019 година.

Е-пошта: elena.trajkovska@mioa.gov.mk

Со почит,
Мартина Николовска
""", cs="windows-1251", cte="quoted-printable"),
  dels=[D("Елена Трајковска", aliases=["Elena Trajkovska"], title="раководител на Секторот за информатичко општество",
          email="elena.trajkovska@mioa.gov.mk")])

M(key="bgr-nom", recv="2019-08-02 10:06:45", kind="nomination", lang="bg", ms="BGR",
  frm=("Десислава Иванова", "divanova@mtitc.government.bg"), client="outlook", host="MTITC-EX1", tz="+0300",
  hcs="windows-1251", henc="B", accept_lang="bg-BG", content_lang="bg-BG",
  subject="RE: CI-19/35 - участие на България",
  body=T("""Уважаеми господин Кларк,

Във връзка с циркулярно писмо CI-19/35 Ви уведомяваме, че Министерството на транспорта, информационните
технологии и съобщенията определя г-н Георги Петров Димитров, държавен експерт в дирекция „Електронни
съобщения“, за участие в консултативната сесия в Будапеща на 10 септември 2019 г.

Електронна поща: gdimitrov@mtitc.government.bg

С уважение,
Десислава Иванова
дирекция „Международно сътрудничество“
""", cs="windows-1251", cte="base64"),
  dels=[D("Георги Петров Димитров", title="държавен експерт в дирекция „Електронни съобщения“",
          email="gdimitrov@mtitc.government.bg")])

M(key="ukr-nom", recv="2019-08-15 17:32:26", kind="nomination", lang="uk", ms="UKR",
  frm=("Ірина Мельник", "i.melnyk@thedigital.gov.ua"), client="generic", tz="+0300", hcs="koi8-u", henc="B",
  host="mail",
  subject="Re: CI-19/35 - участь України",
  body=T("""Шановний пане Кларк!

Міністерство цифрової трансформації України пропонує кандидатуру пана Олександра Коваленка (Oleksandr
Kovalenko), генерального директора директорату розвитку цифрової економіки, для участі у консультаційній
сесії 10 вересня 2019 року в Будапешті, а також у сесії під час Форуму ВСІС 2020.

Ел. пошта: o.kovalenko@thedigital.gov.ua

З повагою,
Ірина Мельник
Відділ міжнародного співробітництва
""", cs="koi8-u", cte="quoted-printable"),
  dels=[D("Олександр Коваленко", aliases=["Олександра Коваленка", "Oleksandr Kovalenko"],
          title="генерального директора директорату розвитку цифрової економіки", email="o.kovalenko@thedigital.gov.ua",
          inflected=True)],
  sess=["budapest-2019", "wsis-2020"])

M(key="blr-nom", recv="2019-08-07 11:28:09", kind="nomination", lang="be", ms="BLR",
  frm=("Таццяна Кавалёва", "t.kavaliova@mpt.gov.by"), client="generic", tz="+0300", hcs="windows-1251",
  henc="B", host="mail",
  subject="Re: CI-19/35 - удзел Рэспублікі Беларусь",
  body=T("""Паважаны спадар Кларк!

Міністэрства сувязі і інфарматызацыі Рэспублікі Беларусь накіроўвае для ўдзелу ў кансультацыйнай сесіі ў
Будапешце 10 верасня 2019 года Андрэя Лукашэвіча, начальніка ўпраўлення інфарматызацыі.

Электронная пошта: a.lukashevich@mpt.gov.by

З павагай,
Таццяна Кавалёва
аддзел міжнароднага супрацоўніцтва
""", cs="windows-1251", cte="base64"),
  dels=[D("Андрэй Лукашэвіч", aliases=["Андрэя Лукашэвіча"], title="начальніка ўпраўлення інфарматызацыі",
          email="a.lukashevich@mpt.gov.by", inflected=True)])

M(key="ltu-nom", recv="2019-08-05 09:12:58", kind="nomination", lang="lt", ms="LTU",
  frm=("Rūta Kazlauskienė", "ruta.kazlauskiene@rrt.lt"), client="outlook", host="RRT-MBX1", tz="+0300",
  hcs="iso-8859-13", henc="Q", accept_lang="lt-LT", content_lang="lt-LT",
  subject="RE: CI-19/35 - Lietuva",
  body=T("""Gerbiamieji,

Lietuvos Respublikos ryšių reguliavimo tarnyba (RRT) į konsultacinį posėdį Budapešte 2019 m. rugsėjo 10 d.
deleguoja Joną Petraitį, Tarptautinių ryšių skyriaus vedėją (jonas.petraitis@rrt.lt).

Pagarbiai
Rūta Kazlauskienė
RRT Tarptautinių ryšių skyrius
""", cs="iso-8859-13", cte="quoted-printable"),
  dels=[D("Jonas Petraitis", aliases=["Joną Petraitį"], title="Tarptautinių ryšių skyriaus vedėją",
          email="jonas.petraitis@rrt.lt", inflected=True)])

M(key="lva-nom", recv="2019-08-10 12:44:37", kind="nomination", lang="lv", ms="LVA",
  frm=("Ilze Ozoliņa", "ilze.ozolina@sam.gov.lv"), client="exchange", host="SAM-EX01", tz="+0300",
  hcs="windows-1257", henc="Q", accept_lang="lv-LV", content_lang="lv-LV",
  subject="RE: CI-19/35 - Latvija",
  body=T("""Labdien!

Satiksmes ministrija uz konsultāciju sesiju Budapeštā 10. septembrī izvirza Jāni Bērziņu, Sakaru
departamenta direktora vietnieku (janis.berzins@sam.gov.lv).

Ar cieņu,
Ilze Ozoliņa
Starptautiskās sadarbības nodaļa
""", cs="windows-1257", cte="quoted-printable"),
  dels=[D("Jānis Bērziņš", aliases=["Jāni Bērziņu"], title="Sakaru departamenta direktora vietnieku",
          email="janis.berzins@sam.gov.lv", inflected=True)])

M(key="est-nom", recv="2019-08-12 15:36:21", kind="nomination", lang="et", ms="EST",
  frm=("Martin Kask", "martin.kask@mkm.ee"), client="thunderbird", tz="+0300", hcs="iso-8859-15", henc="Q",
  subject="Re: CI-19/35 - Eesti osaleja",
  body=T("""Tere!

Majandus- ja Kommunikatsiooniministeerium nimetab 10. septembril Budapestis toimuval konsultatsioonil
Eestit esindama Kadri Tamme, digiühiskonna arendamise osakonna nõuniku (kadri.tamm@mkm.ee).

Lugupidamisega
Martin Kask
""", cs="iso-8859-15", cte="quoted-printable"),
  dels=[D("Kadri Tamm", aliases=["Kadri Tamme"], title="digiühiskonna arendamise osakonna nõuniku",
          email="kadri.tamm@mkm.ee")])

M(key="fin-nom", recv="2019-08-14 14:19:45", kind="nomination", lang="fi", ms="FIN",
  frm=("Korhonen Juha (LVM)", "juha.korhonen@lvm.fi"), client="o365", tz="+0300", hcs="iso-8859-15", henc="Q",
  accept_lang="fi-FI, en-US", content_lang="fi-FI",
  subject="VS: CI-19/35 - Suomen osallistuja",
  body=T("""Hei,

liikenne- ja viestintäministeriö nimeää Budapestin kuulemistilaisuuteen 10.9.2019 sekä WSIS-foorumin 2020
yhteydessä järjestettävään kuulemiseen ylitarkastaja Laura Niemisen (laura.nieminen@lvm.fi).

Ystävällisin terveisin
Juha Korhonen
neuvotteleva virkamies
liikenne- ja viestintäministeriö
""", cs="iso-8859-15", cte="quoted-printable"),
  dels=[D("Laura Nieminen", aliases=["Laura Niemisen"], title="ylitarkastaja", email="laura.nieminen@lvm.fi",
          inflected=True)],
  sess=["budapest-2019", "wsis-2020"])

M(key="hun-nom", recv="2019-07-31 10:50:14", kind="nomination", lang="hu", ms="HUN",
  frm=("Tóth Eszter", "eszter.toth@itm.gov.hu"), client="outlook", host="ITM-MBX04", tz="+0200",
  hcs="iso-8859-2", henc="Q", accept_lang="hu-HU", content_lang="hu-HU",
  subject="VÁLASZ: CI-19/35 - magyar résztvevők",
  body=T("""Tisztelt Clark Úr!

A CI-19/35. számú körlevélre hivatkozva tájékoztatom, hogy az Innovációs és Technológiai Minisztérium a
2019. szeptember 10-i budapesti konzultációra Szabó Katalint, az Infokommunikációs Főosztály
főosztályvezető-helyettesét, valamint dr. Kiss Gábort, a Digitális Gazdaságfejlesztési Főosztály vezető
tanácsosát jelöli.

E-mail címek: katalin.szabo@itm.gov.hu, gabor.kiss@itm.gov.hu

Üdvözlettel:
Tóth Eszter
Nemzetközi Kapcsolatok Főosztálya
Innovációs és Technológiai Minisztérium
""", cs="iso-8859-2", cte="quoted-printable"),
  dels=[D("Szabó Katalin", aliases=["Szabó Katalint"],
          title="Infokommunikációs Főosztály főosztályvezető-helyettesét", email="katalin.szabo@itm.gov.hu"),
        D("Kiss Gábor", aliases=["Kiss Gábort"], title="Digitális Gazdaságfejlesztési Főosztály vezető tanácsosát",
          email="gabor.kiss@itm.gov.hu")])


# ============================================================================================
# Turkic languages, Caucasus, Mongolia
# ============================================================================================
M(key="tur-nom", recv="2019-08-09 10:22:48", kind="nomination", lang="tr", ms="TUR",
  frm=("Mehmet Öztürk", "mehmet.ozturk@uab.gov.tr"), client="outlook", host="UAB-EXMB02", tz="+0300",
  hcs="iso-8859-9", henc="Q", accept_lang="tr-TR, en-US", content_lang="tr-TR",
  subject="YNT: CI-19/35 - Türkiye katılımı",
  body=T("""Sayın Clark,

CI-19/35 sayılı genelgeye istinaden, 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek istişare
oturumuna Bakanlığımızı temsilen Dijital Dönüşüm Dairesi Başkanı Sayın Ayşe Yılmaz Demir'in katılacağını
bilgilerinize sunarız.

E-posta: ayse.yilmazdemir@uab.gov.tr

Saygılarımızla,
Mehmet Öztürk
Dış İlişkiler ve Avrupa Birliği Genel Müdürlüğü
Ulaştırma ve Altyapı Bakanlığı, Ankara
""", cs="iso-8859-9", cte="quoted-printable"),
  dels=[D("Ayşe Yılmaz Demir", aliases=["Ayşe Yılmaz Demir'in"], title="Dijital Dönüşüm Dairesi Başkanı",
          email="ayse.yilmazdemir@uab.gov.tr")])

M(key="aze-nom", recv="2019-08-13 08:45:30", kind="nomination", lang="az", ms="AZE",
  frm=("Günay Əliyeva", "gunay.aliyeva@mincom.gov.az"), client="gmail", tz="+0500", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - Azərbaycan Respublikasının iştirakı",
  body=ALT(T("""Hörmətli cənab Klark,

Azərbaycan Respublikasının Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi 10 sentyabr 2019-cu il
tarixində Budapeştdə keçiriləcək məsləhətləşmə sessiyasında iştirak üçün İnnovasiyalar şöbəsinin müdiri
Elnur Məmmədovu təyin edir.

E-poçt: elnur.mammadov@mincom.gov.az

Hörmətlə,
Günay Əliyeva
Beynəlxalq əməkdaşlıq şöbəsi
"""), H(ghtml("""Hörmətli cənab Klark,

Azərbaycan Respublikasının Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi 10 sentyabr 2019-cu il
tarixində Budapeştdə keçiriləcək məsləhətləşmə sessiyasında iştirak üçün İnnovasiyalar şöbəsinin müdiri
Elnur Məmmədovu təyin edir.

E-poçt: elnur.mammadov@mincom.gov.az

Hörmətlə,
Günay Əliyeva
Beynəlxalq əməkdaşlıq şöbəsi
"""))),
  dels=[D("Elnur Məmmədov", aliases=["Elnur Məmmədovu"], title="İnnovasiyalar şöbəsinin müdiri",
          email="elnur.mammadov@mincom.gov.az")])

M(key="kaz-nom", recv="2019-08-06 06:58:12", kind="nomination", lang="kk", ms="KAZ",
  frm=("Жанар Оспанова", "zh.ospanova@mdai.gov.kz"), client="outlook", host="MDAI-EX02", tz="+0600",
  hcs="utf-8", henc="B", accept_lang="kk-KZ, ru-RU", content_lang="kk-KZ",
  subject="RE: CI-19/35 - Қазақстан Республикасының қатысуы",
  body=T("""Құрметті Кларк мырза!

Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі 2019 жылғы
10 қыркүйекте Будапешт қаласында өтетін консультациялық сессияға Цифрлық экономиканы дамыту департаментінің
директоры Айгүл Сапарқызы Жұмабаеваны жібереді.

Электрондық пошта: a.zhumabayeva@mdai.gov.kz

Құрметпен,
Жанар Оспанова
Халықаралық ынтымақтастық басқармасы
""", cte="base64"),
  dels=[D("Айгүл Сапарқызы Жұмабаева", aliases=["Айгүл Сапарқызы Жұмабаеваны"],
          title="Цифрлық экономиканы дамыту департаментінің директоры", email="a.zhumabayeva@mdai.gov.kz")])

M(key="uzb-nom", recv="2019-08-15 07:24:55", kind="nomination", lang="uz", ms="UZB",
  frm=("Nodira Yusupova", "n.yusupova@mitc.uz"), client="mailru", tz="+0500", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - Oʻzbekiston Respublikasi ishtiroki",
  body=T("""Hurmatli janob Klark!

Oʻzbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi
2019-yil 10-sentabr kuni Budapesht shahrida boʻlib oʻtadigan maslahat sessiyasida ishtirok etish uchun
Raqamli iqtisodiyot boshqarmasi boshligʻi Dilshod Rahimovni tavsiya etadi.

Elektron pochta: d.rahimov@mitc.uz

Hurmat bilan,
Nodira Yusupova
Xalqaro hamkorlik boshqarmasi
""", cte="quoted-printable"),
  dels=[D("Dilshod Rahimov", aliases=["Dilshod Rahimovni"], title="Raqamli iqtisodiyot boshqarmasi boshligʻi",
          email="d.rahimov@mitc.uz")])

M(key="kgz-nom", recv="2019-08-14 08:33:19", kind="nomination", lang="ky", ms="KGZ",
  frm=("Айгерим Токтогулова", "a.toktogulova@infocom.kg"), client="yandex", tz="+0600", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - Кыргыз Республикасынын катышуусу",
  body=T("""Урматтуу Кларк мырза!

Кыргыз Республикасынын Маалыматтык технологиялар жана байланыш боюнча мамлекеттик комитети 2019-жылдын
10-сентябрында Будапешт шаарында өтө турган консультациялык сессияга санариптик өнүктүрүү бөлүмүнүн
башчысы Бакыт Асанов мырзаны жөнөтөт.

Электрондук почта: b.asanov@infocom.kg

Урматтоо менен,
Айгерим Токтогулова
""", cte="base64"),
  dels=[D("Бакыт Асанов", title="санариптик өнүктүрүү бөлүмүнүн башчысы", email="b.asanov@infocom.kg")])

M(key="tjk-nom", recv="2019-08-11 07:51:36", kind="nomination", lang="tg", ms="TJK",
  frm=("Хадамоти алоқа", "intl@khadamotialoqa.tj"), client="generic", tz="+0500", hcs="utf-8", henc="B",
  host="mail",
  subject="Ҷавоб: CI-19/35 - иштироки Ҷумҳурии Тоҷикистон",
  body=T("""Ҷаноби Кларк!

Хадамоти алоқаи назди Ҳукумати Ҷумҳурии Тоҷикистон барои иштирок дар ҷаласаи машваратӣ, ки 10 сентябри
соли 2019 дар шаҳри Будапешт баргузор мегардад, сардори шӯъбаи технологияҳои рақамӣ Фирӯз Раҳимзодаро
пешниҳод менамояд.

Почтаи электронӣ: f.rahimzoda@khadamotialoqa.tj

Бо эҳтиром,
Шӯъбаи ҳамкориҳои байналмилалӣ
""", cte="quoted-printable"),
  dels=[D("Фирӯз Раҳимзода", aliases=["Фирӯз Раҳимзодаро"], title="сардори шӯъбаи технологияҳои рақамӣ",
          email="f.rahimzoda@khadamotialoqa.tj")])

M(key="mng-nom", recv="2019-08-08 05:12:07", kind="nomination", lang="mn", ms="MNG",
  frm=("Оюунчимэг Дорж", "oyuunchimeg@cita.gov.mn"), client="gmail", tz="+0800", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - Монгол Улсын оролцоо",
  body=ALT(T("""Эрхэм ноён Кларк аа,

Харилцаа холбоо, мэдээллийн технологийн газар нь 2019 оны 9-р сарын 10-нд Будапешт хотноо болох
зөвлөлдөх хуралдаанд дараах албан хаагчийг оролцуулахаар шийдвэрлэлээ:

Овог нэр: Батбаярын Энхтуяа (Enkhtuya Batbayar)
Албан тушаал: Инновацийн бодлогын газрын ахлах мэргэжилтэн
Имэйл: enkhtuya.b@cita.gov.mn

Хүндэтгэсэн,
Д. Оюунчимэг
Гадаад харилцааны хэлтэс
"""), H(ghtml("""Эрхэм ноён Кларк аа,

Харилцаа холбоо, мэдээллийн технологийн газар нь 2019 оны 9-р сарын 10-нд Будапешт хотноо болох
зөвлөлдөх хуралдаанд дараах албан хаагчийг оролцуулахаар шийдвэрлэлээ:

Овог нэр: Батбаярын Энхтуяа (Enkhtuya Batbayar)
Албан тушаал: Инновацийн бодлогын газрын ахлах мэргэжилтэн
Имэйл: enkhtuya.b@cita.gov.mn

Хүндэтгэсэн,
Д. Оюунчимэг
Гадаад харилцааны хэлтэс
"""))),
  dels=[D("Батбаярын Энхтуяа", aliases=["Enkhtuya Batbayar"], title="Инновацийн бодлогын газрын ахлах мэргэжилтэн",
          email="enkhtuya.b@cita.gov.mn")])

M(key="geo-nom", recv="2019-08-12 09:27:14", kind="nomination", lang="ka", ms="GEO",
  frm=("თამარ კაპანაძე", "t.kapanadze@economy.ge"), client="outlook", host="MOESD-MBX", tz="+0400",
  hcs="utf-8", henc="B", accept_lang="ka-GE, en-US", content_lang="ka-GE",
  subject="RE: CI-19/35 - საქართველოს მონაწილეობა",
  body=T("""ბატონო კლარკ,

საქართველოს ეკონომიკისა და მდგრადი განვითარების სამინისტრო 2019 წლის 10 სექტემბერს ბუდაპეშტში
გასამართ საკონსულტაციო სესიაში მონაწილეობისთვის ასახელებს ნინო ბერიძეს (Nino Beridze), ინოვაციების
დეპარტამენტის უფროსს.

ელ-ფოსტა: n.beridze@economy.ge

პატივისცემით,
თამარ კაპანაძე
საერთაშორისო ურთიერთობების სამმართველო
""", cte="base64"),
  dels=[D("ნინო ბერიძე", aliases=["ნინო ბერიძეს", "Nino Beridze"], title="ინოვაციების დეპარტამენტის უფროსს",
          email="n.beridze@economy.ge")])

M(key="arm-nom", recv="2019-08-09 14:40:51", kind="nomination", lang="hy", ms="ARM",
  frm=("Լուսինե Հակոբյան", "l.hakobyan@mineconomy.am"), client="thunderbird", tz="+0400", hcs="utf-8",
  henc="B",
  subject="Re: CI-19/35 - Հայաստանի Հանրապետության մասնակցություն",
  body=T("""Հարգելի պարոն Քլարք,

ՀՀ բարձր տեխնոլոգիական արդյունաբերության նախարարությունը 2019 թ. սեպտեմբերի 10-ին Բուդապեշտում
կայանալիք խորհրդակցական նիստին մասնակցելու համար առաջադրում է նախարարի խորհրդական Արմեն Գրիգորյանին
(Armen Grigoryan):

Էլ. փոստ՝ a.grigoryan@hti.am

Հարգանքով՝
Լուսինե Հակոբյան
""", cte="8bit", flowed=True),
  dels=[D("Արմեն Գրիգորյան", aliases=["Արմեն Գրիգորյանին", "Armen Grigoryan"], title="նախարարի խորհրդական",
          email="a.grigoryan@hti.am")])


# ============================================================================================
# Middle East and South Asia
# ============================================================================================
M(key="isr-nom", recv="2019-08-07 15:03:42", kind="nomination", lang="he", ms="ISR",
  frm=("Yossi Mizrahi", "yossim@moc.gov.il"), client="outlook", host="MOC-EXMB1", tz="+0300",
  hcs="windows-1255", henc="B", accept_lang="he-IL, en-US", content_lang="he-IL",
  subject="RE: CI-19/35 - השתתפות ישראל",
  body=T("""שלום רב,

בהמשך למכתב החוזר CI-19/35, משרד התקשורת ממנה את גב' מיכל לוי-כהן (Michal Levy-Cohen), מנהלת תחום
חדשנות ויזמות, להשתתף במושב ההתייעצות בבודפשט ב-10 בספטמבר 2019.

דוא"ל: michallc@moc.gov.il

בברכה,
יוסי מזרחי
אגף קשרי חוץ, משרד התקשורת
""", cs="windows-1255", cte="quoted-printable"),
  dels=[D("מיכל לוי-כהן", aliases=["Michal Levy-Cohen"], title="מנהלת תחום חדשנות ויזמות",
          email="michallc@moc.gov.il")])

M(key="irn-nom", recv="2019-08-10 10:09:27", kind="nomination", lang="fa", ms="IRN",
  frm=("دفتر همکاری های بین المللی", "intl@ict.gov.ir"), client="generic", tz="+0430", hcs="utf-8", henc="B",
  host="mail",
  subject="پاسخ: CI-19/35 - معرفی نماینده جمهوری اسلامی ایران",
  body=T("""با سلام و احترام،

بازگشت به نامه شماره CI-19/35، وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران، آقای مهدی کریمیان
(Mehdi Karimian)، مدیر کل دفتر توسعه کسب و کارهای نوپا، را جهت شرکت در نشست مشورتی بوداپست در تاریخ
10 سپتامبر 2019 معرفی می نماید.

پست الکترونیک: m.karimian@ict.gov.ir

با تشکر،
دفتر همکاری های بین المللی
""", cte="base64"),
  dels=[D("مهدی کریمیان", aliases=["Mehdi Karimian"], title="مدیر کل دفتر توسعه کسب و کارهای نوپا",
          email="m.karimian@ict.gov.ir")])

M(key="afg-nom", recv="2019-08-11 09:55:03", kind="nomination", lang="ps", ms="AFG",
  frm=("Wahidullah Safi", "w.safi@mcit.gov.af"), client="gmail", tz="+0430", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - د افغانستان ګډون",
  body=ALT(T("""درنو همکارانو،

د مخابراتو او معلوماتي ټکنالوژۍ وزارت ښاغلی احمد شاه نوري (Ahmad Shah Noori)، د نوښت او کوچنیو
سوداګریو د پراختیا رییس، د سپټمبر په ۱۰ مه په بوډاپیسټ کې د مشورتي غونډې لپاره معرفي کوي.

برېښنالیک: a.noori@mcit.gov.af

په درنښت،
وحیدالله صافي
"""), H('<div dir="rtl">' + ghtml("""درنو همکارانو،

د مخابراتو او معلوماتي ټکنالوژۍ وزارت ښاغلی احمد شاه نوري (Ahmad Shah Noori)، د نوښت او کوچنیو
سوداګریو د پراختیا رییس، د سپټمبر په ۱۰ مه په بوډاپیسټ کې د مشورتي غونډې لپاره معرفي کوي.

برېښنالیک: a.noori@mcit.gov.af

په درنښت،
وحیدالله صافي
""") + "</div>\n")),
  dels=[D("احمد شاه نوري", aliases=["Ahmad Shah Noori"], title="د نوښت او کوچنیو سوداګریو د پراختیا رییس",
          email="a.noori@mcit.gov.af")])

M(key="pak-nom", recv="2019-08-12 08:10:46", kind="nomination", lang="ur", ms="PAK",
  frm=("Ayesha Siddiqui", "ayesha.siddiqui@moitt.gov.pk"), client="outlook", host="MOITT-EX01", tz="+0500",
  hcs="utf-8", henc="B", accept_lang="ur-PK, en-US", content_lang="ur-PK",
  subject="RE: CI-19/35 - پاکستان کی نامزدگی",
  body=T("""محترم جناب کلارک صاحب،

سرکلر CI-19/35 کے حوالے سے وزارت انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن جناب محمد عثمان طارق (Muhammad
Usman Tariq)، ڈپٹی سیکرٹری (آئی ٹی)، کو 10 ستمبر 2019 کو بوڈاپسٹ میں ہونے والے مشاورتی اجلاس کے لیے
نامزد کرتی ہے۔

ای میل: usman.tariq@moitt.gov.pk

والسلام،
عائشہ صدیقی
شعبہ بین الاقوامی تعاون
""", cte="base64"),
  dels=[D("محمد عثمان طارق", aliases=["Muhammad Usman Tariq"], title="ڈپٹی سیکرٹری (آئی ٹی)",
          email="usman.tariq@moitt.gov.pk")])

M(key="ind-nom", recv="2019-08-13 07:02:33", kind="nomination", lang="hi", ms="IND",
  frm=("अंतर्राष्ट्रीय संबंध प्रभाग, दूरसंचार विभाग", "ir-division@dot.gov.in"), client="zimbra", tz="+0530",
  hcs="utf-8", henc="B",
  subject="उत्तर: CI-19/35 - भारत की ओर से नामांकन",
  body=T("""महोदय,

परिपत्र CI-19/35 के संदर्भ में, दूरसंचार विभाग, भारत सरकार 10 सितंबर 2019 को बुडापेस्ट में होने वाले
परामर्श सत्र के लिए श्री राजेश कुमार वर्मा (Rajesh Kumar Verma), उप महानिदेशक (अंतर्राष्ट्रीय संबंध), को
नामित करता है। वे WSIS फोरम 2020 के दौरान होने वाले सत्र में भी भाग लेंगे।

ई-मेल: rk.verma@dot.gov.in

भवदीय,
अंतर्राष्ट्रीय संबंध प्रभाग
दूरसंचार विभाग, संचार भवन, नई दिल्ली
""", cte="base64"),
  dels=[D("राजेश कुमार वर्मा", aliases=["Rajesh Kumar Verma"], title="उप महानिदेशक (अंतर्राष्ट्रीय संबंध)",
          email="rk.verma@dot.gov.in")],
  sess=["budapest-2019", "wsis-2020"])

M(key="bgd-nom", recv="2019-08-14 06:44:58", kind="nomination", lang="bn", ms="BGD",
  frm=("Nusrat Jahan", "nusrat.jahan@ptd.gov.bd"), client="gmail", tz="+0600", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - বাংলাদেশের মনোনয়ন",
  body=ALT(T("""জনাব ক্লার্ক,

সার্কুলার CI-19/35 এর পরিপ্রেক্ষিতে ডাক ও টেলিযোগাযোগ বিভাগ ১০ সেপ্টেম্বর ২০১৯ তারিখে বুদাপেস্টে
অনুষ্ঠিতব্য পরামর্শ সভায় অংশগ্রহণের জন্য জনাব মোঃ রফিকুল ইসলাম (Md. Rafiqul Islam), যুগ্মসচিব, কে
মনোনয়ন প্রদান করছে।

ই-মেইল: rafiqul.islam@ptd.gov.bd

শুভেচ্ছান্তে,
নুসরাত জাহান
সহকারী সচিব, আন্তর্জাতিক সহযোগিতা শাখা
"""), H(ghtml("""জনাব ক্লার্ক,

সার্কুলার CI-19/35 এর পরিপ্রেক্ষিতে ডাক ও টেলিযোগাযোগ বিভাগ ১০ সেপ্টেম্বর ২০১৯ তারিখে বুদাপেস্টে
অনুষ্ঠিতব্য পরামর্শ সভায় অংশগ্রহণের জন্য জনাব মোঃ রফিকুল ইসলাম (Md. Rafiqul Islam), যুগ্মসচিব, কে
মনোনয়ন প্রদান করছে।

ই-মেইল: rafiqul.islam@ptd.gov.bd

শুভেচ্ছান্তে,
নুসরাত জাহান
সহকারী সচিব, আন্তর্জাতিক সহযোগিতা শাখা
"""))),
  dels=[D("মোঃ রফিকুল ইসলাম", aliases=["Md. Rafiqul Islam"], title="যুগ্মসচিব", email="rafiqul.islam@ptd.gov.bd")])

M(key="npl-late", recv="2019-09-05 07:18:29", kind="nomination", lang="ne", ms="NPL",
  frm=("Sita Gurung", "sita.gurung@nta.gov.np"), client="yahoo", tz="+0545", hcs="utf-8", henc="B",
  domain="nta.gov.np",
  subject="CI-19/35 - नेपालको तर्फबाट सहभागी", irt=None,
  body=ALT(T("""आदरणीय महोदय,

ढिलाइका लागि क्षमा चाहन्छौं। नेपाल दूरसञ्चार प्राधिकरणबाट बुडापेस्टमा हुने परामर्श सत्रमा सहभागिताका लागि
श्री सुरेश प्रसाद अधिकारी (Suresh Prasad Adhikari), निर्देशक, लाई मनोनयन गरिएको छ।

इमेल: suresh.adhikari@nta.gov.np

धन्यवाद,
सीता गुरुङ
"""), H("""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>आदरणीय महोदय,</div><div><br></div><div>ढिलाइका लागि क्षमा चाहन्छौं। नेपाल दूरसञ्चार प्राधिकरणबाट बुडापेस्टमा हुने परामर्श सत्रमा सहभागिताका लागि
श्री सुरेश प्रसाद अधिकारी (Suresh Prasad Adhikari), निर्देशक, लाई मनोनयन गरिएको छ।</div><div><br></div>
<div>इमेल: suresh.adhikari@nta.gov.np</div><div><br></div><div>धन्यवाद,</div><div>सीता गुरुङ</div></div></body></html>
""", cte="base64")),
  dels=[D("सुरेश प्रसाद अधिकारी", aliases=["Suresh Prasad Adhikari"], title="निर्देशक", email="suresh.adhikari@nta.gov.np")])

M(key="lka-nom", recv="2019-08-15 06:30:40", kind="nomination", lang="si", ms="LKA",
  frm=("Dilani Wijesinghe", "dilani@trc.gov.lk"), client="outlook", host="TRC-MBX1", tz="+0530",
  hcs="utf-8", henc="B", accept_lang="si-LK, en-US", content_lang="si-LK",
  subject="RE: CI-19/35 - ශ්‍රී ලංකාවේ නාමයෝජනාව",
  body=T("""ගරු මහත්මයාණෙනි,

CI-19/35 චක්‍රලේඛයට අනුව, 2019 සැප්තැම්බර් 10 වන දින බුඩාපෙස්ට් නුවර පැවැත්වෙන උපදේශන සැසියට සහභාගී
වීම සඳහා ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව, අධ්‍යක්ෂ (නවෝත්පාදන) සමන් පෙරේරා මහතා (Mr. Saman
Perera) නම් කරයි.

විද්‍යුත් තැපෑල: saman.perera@trc.gov.lk

ස්තූතියි,
දිලානි විජේසිංහ
""", cte="base64"),
  dels=[D("සමන් පෙරේරා", aliases=["Saman Perera"], title="අධ්‍යක්ෂ (නවෝත්පාදන)", email="saman.perera@trc.gov.lk")])

M(key="ta-ooo", recv="2019-08-09 09:39:12", kind="auto_reply", lang="ta", ms=None,
  frm=("Murugan Selvaraj", "murugan.selvaraj@tn-elcot.example.in"), client="zimbra", tz="+0530", hcs="utf-8",
  henc="B", irt=None, envelope="", xh=AUTO + [("In-Reply-To", REM_MID)],
  subject="தானியங்கி பதில்: " + REM_SUBJ,
  body=T("""வணக்கம்,

நான் ஆகஸ்ட் 20 வரை அலுவலகத்தில் இல்லை. அவசர விஷயங்களுக்கு திருமதி கவிதா ராமன் (kavitha.raman@tn-elcot.example.in)
அவர்களைத் தொடர்பு கொள்ளவும்.

நன்றி,
முருகன் செல்வராஜ்
""", cte="base64"))


# ============================================================================================
# East and South-East Asia
# ============================================================================================
M(key="jpn-nom", recv="2019-08-08 03:15:22", kind="nomination", lang="ja", ms="JPN",
  frm=("田中 美咲", "m-tanaka@soumu.go.jp"), client="outlook_classic", tz="+0900", hcs="iso-2022-jp", henc="B",
  subject="RE: CI-19/35 第1回協議会合への参加者について",
  body=T("""国際電気通信連合 事務局 御中

回章CI-19/35につきまして、総務省は2019年9月10日にブダペストで開催される第1回協議会合に、
下記の者を派遣いたします。

氏名：佐藤 健一（さとう けんいち / Kenichi SATO）
所属・役職：国際戦略局国際経済課 課長補佐
電子メール：k-sato@soumu.go.jp

なお、2020年のWSISフォーラム期間中の会合への参加については、追って連絡いたします。

以上、よろしくお願い申し上げます。

総務省 国際戦略局 国際経済課
田中 美咲
""", cs="iso-2022-jp", cte="7bit"),
  dels=[D("佐藤 健一", aliases=["Kenichi Sato", "さとう けんいち"], title="国際戦略局国際経済課 課長補佐",
          email="k-sato@soumu.go.jp")])

M(key="kor-cor", recv="2019-08-16 04:10:36", kind="correction", lang="ko", ms="KOR",
  frm=("이지영", "jylee0815@msit.go.kr"), client="generic", tz="+0900", hcs="euc-kr", henc="B", irt="kor-en",
  refs_circ=False,
  subject="[과기정통부] 참가자 변경 - ITU 중소기업 협의 회의",
  body=T("""국제전기통신연합 사무국 귀중

8월 14일자로 제출한 참가자 명단을 다음과 같이 변경하고자 합니다. 박서연 선임연구원(PARK Seo-yeon) 대신
정보통신산업진흥원 최민준 책임연구원(CHOI Min-jun)이 부다페스트 회의 및 2020년 WSIS 포럼 회의에 참석합니다.

변경 후 참가자:
1. 김도현 (KIM Do-hyun), 과학기술정보통신부 ICT벤처지원과 사무관, dohyun.kim@msit.go.kr - 부다페스트 회의
2. 최민준 (CHOI Min-jun), 정보통신산업진흥원 책임연구원, mjchoi@nipa.kr - 부다페스트 회의, WSIS 포럼 2020

감사합니다.

이지영 드림
과학기술정보통신부 국제협력과
""", cs="euc-kr", cte="base64"),
  dels=[D("김도현", aliases=["Kim Do-hyun"], title="ICT벤처지원과 사무관", email="dohyun.kim@msit.go.kr"),
        D("최민준", aliases=["Choi Min-jun"], title="책임연구원", email="mjchoi@nipa.kr")],
  sess=["budapest-2019", "wsis-2020"], sup="kor-en")

M(key="tha-nom", recv="2019-08-13 06:27:45", kind="nomination", lang="th", ms="THA",
  frm=("Intl Affairs NBTC", "intl.affairs@nbtc.go.th"), client="outlook_classic", tz="+0700", hcs="tis-620",
  henc="B",
  subject="RE: CI-19/35 - การเสนอชื่อผู้เข้าร่วมประชุม",
  body=T("""เรียน สำนักเลขาธิการ ITU

ตามหนังสือเวียนที่ CI-19/35 สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ
(สำนักงาน กสทช.) ขอเสนอชื่อ นางสาวพิมพ์ชนก ศรีสุวรรณ (Ms. Pimchanok Srisuwan) ผู้อำนวยการส่วนส่งเสริมนวัตกรรม
เข้าร่วมการประชุมหารือในวันที่ 10 กันยายน 2562 ณ กรุงบูดาเปสต์

อีเมล: pimchanok.s@nbtc.go.th

ขอแสดงความนับถือ
สำนักความสัมพันธ์ระหว่างประเทศ
""", cs="tis-620", cte="quoted-printable"),
  dels=[D("พิมพ์ชนก ศรีสุวรรณ", aliases=["Pimchanok Srisuwan"], title="ผู้อำนวยการส่วนส่งเสริมนวัตกรรม",
          email="pimchanok.s@nbtc.go.th")])

M(key="vnm-nom", recv="2019-08-12 04:48:09", kind="nomination", lang="vi", ms="VNM",
  frm=("Trần Quốc Bảo", "tqbao@mic.gov.vn"), client="zimbra", tz="+0700", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - Việt Nam cử đại diện",
  body=T("""Kính gửi Ban Thư ký ITU,

Phúc đáp Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam trân trọng cử bà Nguyễn Thị Thu Hà,
Phó Vụ trưởng Vụ Hợp tác quốc tế, tham dự phiên tham vấn ngày 10/9/2019 tại Budapest.

Email: ntthuha@mic.gov.vn

Trân trọng,
Trần Quốc Bảo
Vụ Hợp tác quốc tế, Bộ Thông tin và Truyền thông
""", cte="quoted-printable"),
  dels=[D("Nguyễn Thị Thu Hà", title="Phó Vụ trưởng Vụ Hợp tác quốc tế", email="ntthuha@mic.gov.vn")])

M(key="idn-nom", recv="2019-08-09 05:33:51", kind="nomination", lang="id", ms="IDN",
  frm=("Biro KSI Kominfo", "ksi@kominfo.go.id"), client="o365", tz="+0700", accept_lang="id-ID",
  content_lang="id-ID",
  subject="RE: CI-19/35 - Delegasi Indonesia",
  body=ALT(T("""Yth. Sekretariat ITU,

Menindaklanjuti Surat Edaran CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia menugaskan:

1. Bapak Ir. Agus Setiawan, M.Sc., Direktur Pemberdayaan Industri Informatika (agus.setiawan@kominfo.go.id)
2. Ibu Dewi Lestari Kusuma, Kepala Subdirektorat Ekosistem Startup Digital (dewi.lestari@kominfo.go.id)

untuk menghadiri sesi konsultasi pertama di Budapest pada tanggal 10 September 2019, serta sesi pada
pertemuan Kelompok Kerja Dewan (CWG) awal tahun 2020.

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
""", cs="us-ascii", cte="7bit"),
    H(ohtml(ops("""Yth. Sekretariat ITU,

Menindaklanjuti Surat Edaran CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia menugaskan:

1. Bapak Ir. Agus Setiawan, M.Sc., Direktur Pemberdayaan Industri Informatika (agus.setiawan@kominfo.go.id)
2. Ibu Dewi Lestari Kusuma, Kepala Subdirektorat Ekosistem Startup Digital (dewi.lestari@kominfo.go.id)

untuk menghadiri sesi konsultasi pertama di Budapest pada tanggal 10 September 2019, serta sesi pada
pertemuan Kelompok Kerja Dewan (CWG) awal tahun 2020.

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika"""), lang="IN"), cs="us-ascii", cte="7bit")),
  dels=[D("Agus Setiawan", title="Direktur Pemberdayaan Industri Informatika", email="agus.setiawan@kominfo.go.id"),
        D("Dewi Lestari Kusuma", title="Kepala Subdirektorat Ekosistem Startup Digital",
          email="dewi.lestari@kominfo.go.id")],
  sess=["budapest-2019", "cwg-2020"])

M(key="mys-nom", recv="2019-08-06 04:02:17", kind="nomination", lang="ms", ms="MYS",
  frm=("Nurul Aina binti Hashim", "nurulaina@mcmc.gov.my"), client="lotus", tz="+0800",
  subject="Re: CI-19/35 - Pencalonan Malaysia",
  body=T("""Tuan/Puan,

Merujuk kepada Surat Pekeliling CI-19/35, Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC) ingin
mencalonkan Encik Mohd Faizal bin Abdul Rahman, Pengarah Jabatan Pembangunan Ekonomi Digital, untuk
menghadiri sesi konsultasi di Budapest pada 10 September 2019.

E-mel: faizal.rahman@mcmc.gov.my

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Nurul Aina binti Hashim
Bahagian Hubungan Antarabangsa, MCMC
""", cs="us-ascii", cte="7bit"),
  dels=[D("Mohd Faizal bin Abdul Rahman", title="Pengarah Jabatan Pembangunan Ekonomi Digital",
          email="faizal.rahman@mcmc.gov.my")])

M(key="phl-nom", recv="2019-08-14 09:06:40", kind="nomination", lang="tl", ms="PHL",
  frm=("Ma. Cristina Reyes", "cristina.reyes@dict.gov.ph"), client="gmail", tz="+0800",
  subject="Re: CI-19/35 - Kinatawan ng Pilipinas",
  body=ALT(T("""Magandang araw po,

Bilang tugon sa Circular CI-19/35, ikinalulugod ng Kagawaran ng Teknolohiyang Pang-impormasyon at
Komunikasyon (DICT) na ipaalam na si G. Jose Miguel Dela Cruz, Direktor ng ICT Industry Development
Bureau, ang kakatawan sa Pilipinas sa sesyon ng konsultasyon sa Budapest sa ika-10 ng Setyembre 2019.

Email: jm.delacruz@dict.gov.ph

Maraming salamat po,
Ma. Cristina Reyes
International Cooperation Division, DICT
""", cs="us-ascii", cte="7bit"), H(ghtml("""Magandang araw po,

Bilang tugon sa Circular CI-19/35, ikinalulugod ng Kagawaran ng Teknolohiyang Pang-impormasyon at
Komunikasyon (DICT) na ipaalam na si G. Jose Miguel Dela Cruz, Direktor ng ICT Industry Development
Bureau, ang kakatawan sa Pilipinas sa sesyon ng konsultasyon sa Budapest sa ika-10 ng Setyembre 2019.

Email: jm.delacruz@dict.gov.ph

Maraming salamat po,
Ma. Cristina Reyes
International Cooperation Division, DICT
"""), cs="us-ascii", cte="7bit")),
  dels=[D("Jose Miguel Dela Cruz", title="Direktor ng ICT Industry Development Bureau", email="jm.delacruz@dict.gov.ph")])

M(key="khm-late", recv="2019-08-30 05:41:26", kind="nomination", lang="km", ms="KHM",
  frm=("Chan Sophea", "chan.sophea@mptc.gov.kh"), client="gmail", tz="+0700", hcs="utf-8", henc="B",
  subject="CI-19/35 - ការចាត់តាំងអ្នកចូលរួម", irt=None,
  body=ALT(T("""ជូនចំពោះ លេខាធិការដ្ឋាន ITU

យោងតាមលិខិតចរាចរ CI-19/35 ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ សូមចាត់តាំង លោក សុខ វិសាល (Mr. Sok Visal)
ប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន ឱ្យចូលរួមកិច្ចប្រជុំពិគ្រោះយោបល់នៅទីក្រុងប៊ុយដាប៉េស ។
សូមអភ័យទោសចំពោះការឆ្លើយតបយឺតយ៉ាវ ។

អ៊ីមែល: sok.visal@mptc.gov.kh

ដោយក្តីគោរព
ចាន់ សុភា
"""), H(ghtml("""ជូនចំពោះ លេខាធិការដ្ឋាន ITU

យោងតាមលិខិតចរាចរ CI-19/35 ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ សូមចាត់តាំង លោក សុខ វិសាល (Mr. Sok Visal)
ប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន ឱ្យចូលរួមកិច្ចប្រជុំពិគ្រោះយោបល់នៅទីក្រុងប៊ុយដាប៉េស ។
សូមអភ័យទោសចំពោះការឆ្លើយតបយឺតយ៉ាវ ។

អ៊ីមែល: sok.visal@mptc.gov.kh

ដោយក្តីគោរព
ចាន់ សុភា
"""), cte="base64")),
  dels=[D("សុខ វិសាល", aliases=["Sok Visal"], title="ប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន", email="sok.visal@mptc.gov.kh")])

M(key="lao-int", recv="2019-08-15 05:55:14", kind="interest_only", lang="lo", ms="LAO",
  frm=("Department of International Cooperation MTC", "dic@mtc.gov.la"), client="yahoo", tz="+0700",
  hcs="utf-8", henc="B", domain="mtc.gov.la",
  subject="Re: CI-19/35 - ສປປ ລາວ",
  body=ALT(T("""ຮຽນ ກອງເລຂາ ITU

ອີງຕາມໜັງສືວຽນ CI-19/35, ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ ມີຄວາມສົນໃຈເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລື
ທີ່ນະຄອນບູດາເປັສ ໃນວັນທີ 10 ກັນຍາ 2019. ພວກເຮົາຈະແຈ້ງຊື່ຜູ້ເຂົ້າຮ່ວມໃຫ້ຊາບໃນພາຍຫຼັງ.

ດ້ວຍຄວາມເຄົາລົບ
ກົມພົວພັນຕ່າງປະເທດ
"""), H("""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>ຮຽນ ກອງເລຂາ ITU</div><div><br></div><div>ອີງຕາມໜັງສືວຽນ CI-19/35, ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ
ມີຄວາມສົນໃຈເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລື ທີ່ນະຄອນບູດາເປັສ ໃນວັນທີ 10 ກັນຍາ 2019. ພວກເຮົາຈະແຈ້ງຊື່ຜູ້ເຂົ້າຮ່ວມໃຫ້ຊາບໃນພາຍຫຼັງ.</div>
<div><br></div><div>ດ້ວຍຄວາມເຄົາລົບ</div><div>ກົມພົວພັນຕ່າງປະເທດ</div></div></body></html>
""")),
  sess=["budapest-2019"])

M(key="mmr-nom", recv="2019-08-10 06:37:58", kind="nomination", lang="my", ms="MMR",
  frm=("Thida Aung", "thida.aung@motc.gov.mm"), client="gmail", tz="+0630", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - မြန်မာနိုင်ငံ ကိုယ်စားလှယ်",
  body=ALT(T("""ITU အတွင်းရေးမှူးရုံး သို့

CI-19/35 စာအရ ပို့ဆောင်ရေးနှင့် ဆက်သွယ်ရေးဝန်ကြီးဌာနမှ ဦးကျော်မင်းထွန်း (U Kyaw Min Htun)၊ ညွှန်ကြားရေးမှူး၊
အား ၂၀၁၉ ခုနှစ် စက်တင်ဘာလ ၁၀ ရက်နေ့ ဘူဒါပက်စ်မြို့တွင် ကျင်းပမည့် အကြံပြုဆွေးနွေးပွဲသို့ တက်ရောက်ရန်
စေလွှတ်ပါသည်။

အီးမေးလ်: kyawminhtun@motc.gov.mm

လေးစားစွာဖြင့်
သီတာအောင်
"""), H(ghtml("""ITU အတွင်းရေးမှူးရုံး သို့

CI-19/35 စာအရ ပို့ဆောင်ရေးနှင့် ဆက်သွယ်ရေးဝန်ကြီးဌာနမှ ဦးကျော်မင်းထွန်း (U Kyaw Min Htun)၊ ညွှန်ကြားရေးမှူး၊
အား ၂၀၁၉ ခုနှစ် စက်တင်ဘာလ ၁၀ ရက်နေ့ ဘူဒါပက်စ်မြို့တွင် ကျင်းပမည့် အကြံပြုဆွေးနွေးပွဲသို့ တက်ရောက်ရန်
စေလွှတ်ပါသည်။

အီးမေးလ်: kyawminhtun@motc.gov.mm

လေးစားစွာဖြင့်
သီတာအောင်
"""))),
  dels=[D("ကျော်မင်းထွန်း", aliases=["Kyaw Min Htun"], title="ညွှန်ကြားရေးမှူး", email="kyawminhtun@motc.gov.mm")])


# ============================================================================================
# Africa
# ============================================================================================
M(key="tza-nom", recv="2019-08-07 10:49:21", kind="nomination", lang="sw", ms="TZA",
  frm=("Hamisi Mfinanga", "hamisi.mfinanga@mawasiliano.go.tz"), client="exchange", host="MW-EXCH01", tz="+0300",
  accept_lang="sw-TZ, en-US", content_lang="sw-TZ",
  subject="RE: CI-19/35 - Uteuzi wa Tanzania",
  body=T("""Ndugu Katibu,

Kwa kurejea Waraka CI-19/35, Wizara ya Ujenzi, Uchukuzi na Mawasiliano inampendekeza Bi. Rehema Juma
Mwinyi, Mkurugenzi Msaidizi wa TEHAMA, kushiriki katika kikao cha mashauriano kitakachofanyika Budapest
tarehe 10 Septemba 2019.

Barua pepe: rehema.mwinyi@mawasiliano.go.tz

Wako katika ujenzi wa taifa,
Hamisi Mfinanga
Kitengo cha Ushirikiano wa Kimataifa
""", cs="us-ascii", cte="7bit"),
  dels=[D("Rehema Juma Mwinyi", title="Mkurugenzi Msaidizi wa TEHAMA", email="rehema.mwinyi@mawasiliano.go.tz")])

M(key="eth-nom", recv="2019-08-12 08:59:07", kind="nomination", lang="am", ms="ETH",
  frm=("Meron Alemu", "meron.alemu@mint.gov.et"), client="gmail", tz="+0300", hcs="utf-8", henc="B",
  subject="Re: CI-19/35 - የኢትዮጵያ ተሳታፊ",
  body=ALT(T("""ለITU ጽሕፈት ቤት

በሰርኩላር CI-19/35 መሠረት የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር አቶ ዳዊት ተስፋዬ (Dawit Tesfaye)፣ የዲጂታል ኢኮኖሚ
ዳይሬክተር፣ በሴፕቴምበር 10 ቀን 2019 በቡዳፔስት በሚካሄደው የምክክር ስብሰባ ላይ እንዲሳተፉ መድቧል።

ኢሜይል፦ dawit.tesfaye@mint.gov.et

ከሰላምታ ጋር
መሮን አለሙ
"""), H(ghtml("""ለITU ጽሕፈት ቤት

በሰርኩላር CI-19/35 መሠረት የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር አቶ ዳዊት ተስፋዬ (Dawit Tesfaye)፣ የዲጂታል ኢኮኖሚ
ዳይሬክተር፣ በሴፕቴምበር 10 ቀን 2019 በቡዳፔስት በሚካሄደው የምክክር ስብሰባ ላይ እንዲሳተፉ መድቧል።

ኢሜይል፦ dawit.tesfaye@mint.gov.et

ከሰላምታ ጋር
መሮን አለሙ
"""))),
  dels=[D("ዳዊት ተስፋዬ", aliases=["Dawit Tesfaye"], title="የዲጂታል ኢኮኖሚ ዳይሬክተር", email="dawit.tesfaye@mint.gov.et")])

M(key="som-nom", recv="2019-08-15 12:21:33", kind="nomination", lang="so", ms="SOM",
  frm=("Xafiiska Xiriirka Caalamiga", "xiriir@mptt.gov.so"), client="gmail", tz="+0300",
  subject="Re: CI-19/35 - Magacaabista Soomaaliya",
  body=ALT(T("""Mudane/Marwo,

Iyadoo laga jawaabayo warqadda wareegtada CI-19/35, Wasaaradda Boostada, Isgaarsiinta iyo Teknoolajiyada ee
Jamhuuriyadda Federaalka Soomaaliya waxay u magacaabaysaa Md. Cabdiraxmaan Xasan Nuur (Abdirahman Hassan
Nur), Agaasimaha Waaxda Dhaqaalaha Dijitaalka, inuu ka qayb galo kulanka wadatashiga ee Budapest 10-ka
Sebtembar 2019.

Iimayl: c.nuur@mptt.gov.so

Mahadsanid,
Xafiiska Xiriirka Caalamiga
""", cs="us-ascii", cte="7bit"), H(ghtml("""Mudane/Marwo,

Iyadoo laga jawaabayo warqadda wareegtada CI-19/35, Wasaaradda Boostada, Isgaarsiinta iyo Teknoolajiyada ee
Jamhuuriyadda Federaalka Soomaaliya waxay u magacaabaysaa Md. Cabdiraxmaan Xasan Nuur (Abdirahman Hassan
Nur), Agaasimaha Waaxda Dhaqaalaha Dijitaalka, inuu ka qayb galo kulanka wadatashiga ee Budapest 10-ka
Sebtembar 2019.

Iimayl: c.nuur@mptt.gov.so

Mahadsanid,
Xafiiska Xiriirka Caalamiga
"""), cs="us-ascii", cte="7bit")),
  dels=[D("Cabdiraxmaan Xasan Nuur", aliases=["Abdirahman Hassan Nur"], title="Agaasimaha Waaxda Dhaqaalaha Dijitaalka",
          email="c.nuur@mptt.gov.so")])

M(key="rwa-nom", recv="2019-08-05 15:14:44", kind="nomination", lang="rw", ms="RWA",
  frm=("Alice Uwimana", "alice.uwimana@minict.gov.rw"), client="o365", tz="+0200", accept_lang="rw-RW, en-US",
  content_lang="rw-RW",
  subject="RE: CI-19/35 - Umukozi uzahagararira u Rwanda",
  body=T("""Muraho,

Dushingiye ku rwandiko CI-19/35, Minisiteri y'Ikoranabuhanga na Inovasiyo yohereje Bwana Jean Claude
Nsengiyumva, Umuyobozi ushinzwe guteza imbere ibigo bito n'ibiciriritse by'ikoranabuhanga, kwitabira inama
nyunguranabitekerezo izabera i Budapest ku itariki ya 10 Nzeri 2019.

Imeyili: jc.nsengiyumva@minict.gov.rw

Murakoze,
Alice Uwimana
Ishami ry'Ubutwererane Mpuzamahanga
""", cs="us-ascii", cte="7bit"),
  dels=[D("Jean Claude Nsengiyumva",
          title="Umuyobozi ushinzwe guteza imbere ibigo bito n'ibiciriritse by'ikoranabuhanga",
          email="jc.nsengiyumva@minict.gov.rw")])

M(key="mdg-nom", recv="2019-08-13 13:52:17", kind="nomination", lang="mg", ms="MDG",
  frm=("Fanja Randriamanana", "fanja.randriamanana@mndpt.gov.mg"), client="roundcube", tz="+0300",
  subject="Re: CI-19/35 - Solontena ho an'i Madagasikara",
  body=T("""Tompoko,

Ho valin'ny taratasy boribory CI-19/35, ny Minisiteran'ny Fampandrosoana ny Nomerika, ny Fanovana ho
Nomerika, ny Paositra ary ny Fifandraisan-davitra dia manendry an-dRamatoa Hanitra Rakotomalala, Talen'ny
Fanavaozana sy ny Orinasa Madinika, hanatrika ny fivoriana fifampidinihana any Budapest amin'ny 10
Septambra 2019.

Mailaka: hanitra.rakotomalala@mndpt.gov.mg

Misaotra tompoko,
Fanja Randriamanana
""", cs="us-ascii", cte="7bit", flowed=True, quoted_cs=False),
  dels=[D("Hanitra Rakotomalala", title="Talen'ny Fanavaozana sy ny Orinasa Madinika",
          email="hanitra.rakotomalala@mndpt.gov.mg")])

M(key="ner-int", recv="2019-08-10 16:26:05", kind="interest_only", lang="ha", ms="NER",
  frm=("Sashen Hulda da Kasashen Waje", "cooperation@mpten.gouv.ne"), client="yahoo", tz="+0100",
  domain="mpten.gouv.ne", hcs="utf-8", henc="Q",
  subject="Re: CI-19/35 - Jamhuriyar Nijar",
  body=ALT(T("""Barka da yamma,

Ma'aikatar Sadarwa da Tattalin Arzikin Dijital ta Jamhuriyar Nijar tana sanar da cewa tana da sha'awar
halartar zaman shawarwari da za a yi a Budapest a ranar 10 ga Satumba, 2019. Za mu aiko da sunan wakilinmu
nan ba da jimawa ba.

Da gaisuwa,
Sashen Hulda da Kasashen Waje
"""), H("""<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">
<div>Barka da yamma,</div><div><br></div><div>Ma'aikatar Sadarwa da Tattalin Arzikin Dijital ta Jamhuriyar Nijar tana
sanar da cewa tana da sha'awar halartar zaman shawarwari da za a yi a Budapest a ranar 10 ga Satumba, 2019. Za mu aiko
da sunan wakilinmu nan ba da jimawa ba.</div><div><br></div><div>Da gaisuwa,</div><div>Sashen Hulda da Kasashen Waje</div>
</div></body></html>
""")),
  sess=["budapest-2019"])


# ============================================================================================
# Western, Southern and Northern Europe
# ============================================================================================
M(key="alb-nom", recv="2019-08-08 16:44:29", kind="nomination", lang="sq", ms="ALB",
  frm=("Ardit Shehu", "ardit.shehu@akep.al"), client="thunderbird", tz="+0200", hcs="utf-8", henc="Q",
  subject="Re: CI-19/35 - Pjesëmarrja e Shqipërisë",
  body=T("""I nderuar z. Clark,

Në përgjigje të qarkores CI-19/35, Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) propozon
znj. Elira Hoxha, Drejtore e Zhvillimit të Tregut, për të marrë pjesë në sesionin konsultativ në Budapest
më 10 shtator 2019.

E-mail: elira.hoxha@akep.al

Me respekt,
Ardit Shehu
Sektori i Marrëdhënieve me Jashtë, AKEP
""", cs="iso-8859-2", cte="quoted-printable"),
  dels=[D("Elira Hoxha", title="Drejtore e Zhvillimit të Tregut", email="elira.hoxha@akep.al")])

M(key="isl-dec", recv="2019-08-12 13:14:50", kind="decline", lang="is", ms="ISL",
  frm=("Guðrún Sigurðardóttir", "gudrun.sigurdardottir@srn.is"), client="outlook", host="SRN-EX1", tz="+0000",
  hcs="iso-8859-1", henc="Q", accept_lang="is-IS", content_lang="is-IS",
  subject="RE: CI-19/35 - Ísland",
  body=T("""Góðan dag,

Við þökkum boðið. Ísland mun því miður ekki geta sent fulltrúa á samráðsfundinn í Búdapest 10. september.

Með kveðju,
Guðrún Sigurðardóttir
Samgöngu- og sveitarstjórnarráðuneytið
""", cs="iso-8859-1", cte="quoted-printable"))

M(key="dnk-nom", recv="2019-08-01 14:33:07", kind="nomination", lang="da", ms="DNK",
  frm=("Søren Dahl Jensen", "sodaje@em.dk"), client="o365", tz="+0200", hcs="iso-8859-1", henc="Q",
  accept_lang="da-DK", content_lang="da-DK",
  subject="SV: CI-19/35 - dansk deltager",
  body=T("""Kære Christopher Clark

Som svar på cirkulære CI-19/35 kan Erhvervsministeriet oplyse, at fuldmægtig Mette Kjærgaard Holm,
Erhvervsstyrelsen, deltager i konsultationen i Budapest den 10. september. Hun kan kontaktes på
mekjho@erst.dk.

Med venlig hilsen
Søren Dahl Jensen
Specialkonsulent, Internationalt Kontor
Erhvervsministeriet
""", cs="iso-8859-1", cte="quoted-printable"),
  dels=[D("Mette Kjærgaard Holm", title="fuldmægtig", email="mekjho@erst.dk")])

M(key="swe-nom", recv="2019-08-09 13:38:16", kind="nomination", lang="sv", ms="SWE",
  frm=("Annika Berg", "annika.berg@pts.se"), client="outlook", host="PTS-MBX02", tz="+0200", hcs="iso-8859-1",
  henc="Q", accept_lang="sv-SE", content_lang="sv-SE",
  subject="SV: CI-19/35 - PTS deltagare",
  body=ALT(T("""Hej,

PTS nominerar Erik Lindqvist, handläggare vid Internationella sekretariatet, till konsultationen i Budapest
den 10 september. Erik deltar även i sessionen under WSIS-forumet 2020.

E-post: erik.lindqvist@pts.se

Vänliga hälsningar
Annika Berg
Post- och telestyrelsen
""", cs="iso-8859-1", cte="quoted-printable"),
    REL(H(ohtml("\n".join([op("Hej,"), op(),
                           op("PTS nominerar Erik Lindqvist, handläggare vid Internationella sekretariatet, till "
                              "konsultationen i Budapest den 10 september. Erik deltar även i sessionen under "
                              "WSIS-forumet 2020."), op(), op("E-post: erik.lindqvist@pts.se"), op(),
                           op("Vänliga hälsningar"), op("Annika Berg"), op("Post- och telestyrelsen"),
                           '<p class="MsoNormal"><img width="120" height="40" id="Bild_1" '
                           'src="cid:image001.png@01D54E8A.5C3B2F10" alt="PTS logotyp"><o:p></o:p></p>']),
                cs="iso-8859-1", lang="SV"), cs="iso-8859-1", cte="quoted-printable"),
        PNG("image001.png", cid="image001.png@01D54E8A.5C3B2F10", rgb=(0, 70, 140)))),
  has_att=True,
  dels=[D("Erik Lindqvist", title="handläggare vid Internationella sekretariatet", email="erik.lindqvist@pts.se")],
  sess=["budapest-2019", "wsis-2020"])

M(key="nor-int", recv="2019-08-16 15:20:38", kind="interest_only", lang="no", ms="NOR",
  frm=("Ingrid Solberg Haugen", "ingrid.haugen@nkom.no"), client="exchange", host="NKOM-EX02", tz="+0200",
  hcs="iso-8859-1", henc="Q", accept_lang="nb-NO", content_lang="nb-NO",
  subject="SV: CI-19/35 - Norge",
  body=T("""Hei,

Norge er interessert i å delta i konsultasjonen i Budapest 10. september. Navn på deltaker kommer så snart
det er avklart internt.

Med vennlig hilsen
Ingrid Solberg Haugen
Seniorrådgiver, Nasjonal kommunikasjonsmyndighet (Nkom)
""", cs="iso-8859-1", cte="quoted-printable"),
  sess=["budapest-2019"])

M(key="mlt-nom", recv="2019-08-14 11:51:02", kind="nomination", lang="mt", ms="MLT",
  frm=("Rita Borg", "rita.borg@mca.org.mt"), client="thunderbird", tz="+0200", hcs="iso-8859-3", henc="Q",
  subject="Re: CI-19/35 - Malta",
  body=T("""Għażiż Sur Clark,

B'referenza għaċ-Ċirkulari CI-19/35, l-Awtorità ta' Malta dwar il-Komunikazzjoni (MCA) tinnomina lis-Sur
Mark Vella Camilleri, Kap tal-Affarijiet Internazzjonali, biex jipparteċipa fis-sessjoni ta' konsultazzjoni
f'Budapest fl-10 ta' Settembru 2019.

Email: mark.vella-camilleri@mca.org.mt

Dejjem tiegħek,
Rita Borg
""", cs="iso-8859-3", cte="quoted-printable"),
  dels=[D("Mark Vella Camilleri", title="Kap tal-Affarijiet Internazzjonali", email="mark.vella-camilleri@mca.org.mt")])

M(key="ita-docx", recv="2019-08-07 12:37:44", kind="nomination", lang="it", ms="ITA",
  frm=("Segreteria DGTCSI-ISCTI", "segreteria.dgtcsi@mise.gov.it"), client="outlook", host="MISE-EXMB01",
  tz="+0200", accept_lang="it-IT", content_lang="it-IT", has_att=True, irt=None,
  subject="Lettera circolare UIT CI-19/35 - designazione italiana",
  body=MIX(T("""Gentili colleghi,

si trasmette in allegato la nota di designazione dei partecipanti italiani alle sessioni di consultazione
sulle PMI tecnologiche e innovative.

Cordiali saluti

Segreteria della Direzione generale per le tecnologie delle comunicazioni e la sicurezza informatica
Ministero dello Sviluppo Economico
""", cs="iso-8859-1", cte="quoted-printable"),
    DOCX("Nota designazione CI-19-35.docx", [
        "Ministero dello Sviluppo Economico",
        "Direzione generale per le tecnologie delle comunicazioni e la sicurezza informatica",
        "Roma, 6 agosto 2019",
        "All'Unione Internazionale delle Telecomunicazioni - sme@itu.int",
        "Oggetto: Lettera circolare CI-19/35 - Sessioni di consultazione \"Fostering tech and innovation SMEs\"",
        "In riferimento alla lettera circolare in oggetto, si comunica che alla sessione di Budapest del 10 "
        "settembre 2019 e alla sessione prevista durante le riunioni dei Gruppi di lavoro del Consiglio nel 2020 "
        "parteciperanno:",
        "- dott.ssa Giulia Ferraresi, dirigente della Divisione III - Politiche per l'innovazione digitale "
        "(giulia.ferraresi@mise.gov.it);",
        "- ing. Marco Bellandi, funzionario della Direzione generale per le tecnologie delle comunicazioni "
        "(marco.bellandi@mise.gov.it).",
        "Distinti saluti.",
        "Il Direttore Generale",
    ])),
  dels=[D("Giulia Ferraresi", title="dirigente della Divisione III - Politiche per l'innovazione digitale",
          email="giulia.ferraresi@mise.gov.it"),
        D("Marco Bellandi", title="funzionario della Direzione generale per le tecnologie delle comunicazioni",
          email="marco.bellandi@mise.gov.it")],
  sess=["budapest-2019", "cwg-2020"])

M(key="smr-int", recv="2019-08-13 10:05:25", kind="interest_only", lang="it", ms="SMR",
  frm=("Segreteria di Stato Industria", "segreteria.industria@gov.sm"), client="roundcube", tz="+0200",
  subject="Re: CI-19/35 - Repubblica di San Marino",
  body=T("""Gentili Signori,

la Repubblica di San Marino non potrà essere presente a Budapest, ma desidera manifestare il proprio
interesse a partecipare alla sessione che si terrà durante il Forum WSIS 2020. Il nominativo del
partecipante sarà comunicato successivamente.

Distinti saluti
Segreteria di Stato per l'Industria, l'Artigianato e il Commercio
""", cs="iso-8859-1", cte="quoted-printable"),
  sess=["wsis-2020"])

M(key="nld-nom", recv="2019-08-15 09:48:33", kind="nomination", lang="nl", ms="NLD",
  frm=("Dijk, J. van (Jeroen) - DGBI/EIZ", "j.vandijk@minezk.nl"), client="exchange", host="EZK-MBX07", tz="+0200",
  accept_lang="nl-NL, en-US", content_lang="nl-NL",
  subject="RE: CI-19/35 - deelname Nederland",
  body=T("""Geachte heer Clark,

In antwoord op circulaire CI-19/35 draagt het Ministerie van Economische Zaken en Klimaat mevrouw drs.
Sanne de Vries-Bakker voor als deelnemer aan de consultatiesessie op 10 september in Boedapest.

Naam: drs. S. (Sanne) de Vries-Bakker
Functie: senior beleidsmedewerker, Directie Digitale Economie
E-mail: s.devries-bakker@minezk.nl

Met vriendelijke groet,

Jeroen van Dijk
Directie Europese en Internationale Zaken
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, Den Haag

Dit bericht kan informatie bevatten die niet voor u is bestemd.
""", cs="us-ascii", cte="7bit"),
  dels=[D("Sanne de Vries-Bakker", title="senior beleidsmedewerker, Directie Digitale Economie",
          email="s.devries-bakker@minezk.nl")])

M(key="rou-nom", recv="2019-08-08 14:12:39", kind="nomination", lang="ro", ms="ROU",
  frm=("Andrei Constantinescu", "andrei.constantinescu@ancom.ro"), client="zimbra", tz="+0300", hcs="utf-8",
  henc="B",
  subject="Re: CI-19/35 - participarea României",
  body=T("""Stimate domnule Clark,

Ca răspuns la scrisoarea circulară CI-19/35, ANCOM o desemnează pe doamna Ioana-Maria Popescu, șef serviciu
Relații Internaționale, să participe la sesiunea de consultare de la Budapesta din 10 septembrie 2019,
precum și la sesiunea din cadrul Forumului WSIS 2020.

E-mail: ioana.popescu@ancom.ro

Cu stimă,
Andrei Constantinescu
Direcția Afaceri Europene și Relații Internaționale, ANCOM
""", cte="quoted-printable"),
  dels=[D("Ioana-Maria Popescu", title="șef serviciu Relații Internaționale", email="ioana.popescu@ancom.ro")],
  sess=["budapest-2019", "wsis-2020"])

M(key="grc-pdf", recv="2019-08-23 12:06:48", kind="nomination", lang="el", ms="GRC",
  frm=("Ελένη Γεωργίου", "e.georgiou@mindigital.gr"), client="outlook", host="MDG-EX01", tz="+0300",
  hcs="iso-8859-7", henc="B", accept_lang="el-GR, en-US", content_lang="el-GR", has_att=True, irt=None,
  subject="Ορισμός εκπροσώπου - Εγκύκλιος ITU CI-19/35",
  body=MIX(T("""Αξιότιμοι κύριοι,

Σας διαβιβάζουμε συνημμένα την επιστολή ορισμού του εκπροσώπου της Ελλάδας για τη συνεδρίαση διαβούλευσης
στη Βουδαπέστη. Ζητούμε συγγνώμη για την καθυστέρηση.

Με εκτίμηση,
Ελένη Γεωργίου
Διεύθυνση Διεθνών Σχέσεων
""", cs="iso-8859-7", cte="quoted-printable"),
    PDF("Epistoli_CI-19-35.pdf", [
        "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ",
        "ΥΠΟΥΡΓΕΙΟ ΨΗΦΙΑΚΗΣ ΔΙΑΚΥΒΕΡΝΗΣΗΣ",
        "ΓΕΝΙΚΗ ΓΡΑΜΜΑΤΕΙΑ ΤΗΛΕΠΙΚΟΙΝΩΝΙΩΝ ΚΑΙ ΤΑΧΥΔΡΟΜΕΙΩΝ",
        "",
        "Αθήνα, 22 Αυγούστου 2019",
        "",
        "Προς: Διεθνή Ένωση Τηλεπικοινωνιών (ITU), sme@itu.int",
        "Θέμα: Εγκύκλιος CI-19/35 - Ορισμός εκπροσώπου",
        "",
        "Αξιότιμε κύριε Clark,",
        "",
        "Σε απάντηση της εγκυκλίου CI-19/35, η Γενική Γραμματεία Τηλεπικοινωνιών και Ταχυδρομείων ορίζει τον",
        "κ. Νικόλαο Παπαδόπουλο (Nikolaos Papadopoulos), Προϊστάμενο της Διεύθυνσης Ψηφιακής Οικονομίας,",
        "ως συμμετέχοντα στη συνεδρίαση διαβούλευσης στη Βουδαπέστη στις 10 Σεπτεμβρίου 2019.",
        "",
        "Email: n.papadopoulos@mindigital.gr",
        "",
        "Ο Γενικός Γραμματέας",
    ], unicode=True, date="D:20190822120000+03'00'")),
  dels=[D("Νικόλαος Παπαδόπουλος", aliases=["Νικόλαο Παπαδόπουλο", "Nikolaos Papadopoulos"],
          title="Προϊστάμενο της Διεύθυνσης Ψηφιακής Οικονομίας", email="n.papadopoulos@mindigital.gr", inflected=True)])


# ============================================================================================
# More interest, declines, inquiries, automatic mail and unrelated mail
# ============================================================================================
M(key="nam-int", recv="2019-08-16 14:02:51", kind="interest_only", lang="en", ms="NAM",
  frm=("Ndapewa Shikongo", "nshikongo@mict.gov.na"), client="outlook", host="MICT-EX02", tz="+0200",
  subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=T("""Dear Sir/Madam,

Namibia would like to express its interest in all three consultation sessions announced in the circular:
the session in Budapest on 10 September, the session during the Council Working Group meetings in early
2020, and the session at the WSIS Forum 2020.

The names of our participants will follow under separate cover.

Regards,
Ndapewa Shikongo
Ministry of Information and Communication Technology, Windhoek
""" + q_outlook("en"), cs="us-ascii", cte="7bit"),
  sess=["budapest-2019", "cwg-2020", "wsis-2020"])

M(key="guy-dec", recv="2019-08-15 19:40:22", kind="decline", lang="en", ms="GUY",
  frm=("Kemraj Persaud", "kpersaud@mopt.gov.gy"), client="gmail", tz="-0400",
  subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  body=ALT(T("""Dear Colleagues,

Guyana is unable to participate in the Budapest session. We may consider joining one of the later sessions,
possibly at the WSIS Forum, but no decision has been taken on that at this stage.

Best,
Kemraj Persaud
Ministry of Public Telecommunications, Georgetown
"""), H(ghtml("""Dear Colleagues,

Guyana is unable to participate in the Budapest session. We may consider joining one of the later sessions,
possibly at the WSIS Forum, but no decision has been taken on that at this stage.

Best,
Kemraj Persaud
Ministry of Public Telecommunications, Georgetown
"""))))

M(key="cog-int", recv="2019-08-12 11:33:07", kind="interest_only", lang="fr", ms="COG",
  frm=("Direction de la Coopération MPTEN", "cooperation@postel.gouv.cg"), client="thunderbird", tz="+0100",
  subject="Re: CI-19/35 - République du Congo",
  body=T("""Monsieur,

Le Ministère des Postes, des Télécommunications et de l'Economie Numérique de la République du Congo est
intéressé par la session de Budapest ainsi que par celle prévue lors des réunions des groupes de travail
du Conseil en 2020.

Le nom de notre représentant vous sera communiqué dans les meilleurs délais.

Veuillez agréer, Monsieur, nos salutations distinguées.

La Direction de la Coopération
Brazzaville
""", cs="iso-8859-1", cte="8bit"),
  sess=["budapest-2019", "cwg-2020"])

M(key="uni-inq", recv="2019-08-19 13:25:44", kind="inquiry", lang="en", ms=None,
  frm=("Prof. Helena Marković", "h.markovic@economics-institute.example.edu"), client="thunderbird", tz="+0200",
  irt=None, subject="Observer status at the SME consultation (Budapest)?",
  body=T("""Dear ITU SME team,

I lead a research project on SME participation in international standard-setting at our institute's
Centre for Digital Policy. Would it be possible for me to attend the consultation session on 10 September
in Budapest as an observer, or are the sessions closed to academia?

With best regards,
Helena Marković
Professor of Economics, Centre for Digital Policy
""", cte="quoted-printable", flowed=True))

M(key="hnd-inq", recv="2019-08-15 23:56:30", kind="inquiry", lang="es", ms="HND",
  frm=("Karla Zelaya", "kzelaya@conatel.gob.hn"), client="hotmail", tz="-0600", hcs="utf-8", henc="Q",
  subject="Consulta plazo CI-19/35", irt=None,
  body=T("""Buenas noches,

Les escribo para consultar si se aceptarán designaciones después del 16 de agosto. Nuestras autoridades
aún no han decidido sobre la participación de Honduras y quisiéramos saber cuál es el plazo real.

Gracias de antemano,
Karla Zelaya
CONATEL Honduras
""", cte="quoted-printable"))

M(key="gnb-inq", recv="2019-08-05 12:11:49", kind="inquiry", lang="pt", ms="GNB",
  frm=("Armando Có", "armando.co@arn.gw"), client="yahoo", tz="+0000", hcs="utf-8", henc="Q", domain="arn.gw",
  subject="Re: CI-19/35 - pedido de informação",
  body=T("""Bom dia,

Gostaríamos de saber se a sessão de 10 de Setembro terá interpretação em português e se a UIT dispõe de
bolsas para cobrir a viagem a Budapeste.

Obrigado,
Armando Có
Autoridade Reguladora Nacional, Bissau
""", cte="quoted-printable"))

M(key="ooo-budapest", recv="2019-09-09 08:14:27", kind="auto_reply", lang="en", ms=None,
  frm=("Carmen Delgado-Ruiz", "carmen.delgado@minetad.example.es"), client="exchange", host="MBX09", tz="+0200",
  irt=None, envelope="", xh=AUTO + [("In-Reply-To", "<SME-agenda-20190909@itu.int>")],
  subject="Automatic reply: SME consultation session, 10 September - agenda and room",
  body=T("""Thank you for your message. I am attending ITU Telecom World 2019 in Budapest from 8 to 12 September
and will have limited access to e-mail. For urgent matters, please contact my colleague Pablo Ortiz
(pablo.ortiz@minetad.example.es).

Carmen Delgado-Ruiz
""", cs="us-ascii", cte="7bit"))

M(key="pt-ooo", recv="2019-08-09 09:38:05", kind="auto_reply", lang="pt", ms=None,
  frm=("Thiago Moreira Santos", "thiago.santos@mcti.example.gov.br"), client="o365", tz="-0300",
  hcs="iso-8859-1", henc="Q", irt=None, envelope="", xh=AUTO + [("In-Reply-To", REM_MID)],
  accept_lang="pt-BR", content_lang="pt-BR",
  subject="Resposta automática: " + REM_SUBJ,
  body=T("""Prezado(a),

Estou em férias até o dia 26 de agosto, sem acesso ao correio eletrônico. Em caso de urgência, favor
contatar a Assessoria Internacional pelo endereço asin@mcti.example.gov.br.

Atenciosamente,
Thiago Moreira Santos
""", cs="iso-8859-1", cte="quoted-printable"))

M(key="rr-fr", recv="2019-08-09 10:12:40", kind="auto_reply", lang="fr", ms=None,
  frm=("Fatou Bintou Diallo", "fb.diallo@numerique.gouv.sn"), client="outlook", host="MENT-MBX1", tz="+0000",
  hcs="iso-8859-1", henc="Q", irt=None,
  subject="Lu : " + REM_SUBJ,
  body=mdn("rr-fr", REM_SUBJ, "Fatou Bintou Diallo", "fb.diallo@numerique.gouv.sn", REM_MID, None, """Votre message

  À : Fatou Bintou Diallo
  Objet : """ + REM_SUBJ + """
  Envoyé : vendredi 9 août 2019 07:30:12 (UTC+00:00) Monrovia, Reykjavik

a été lu le vendredi 9 août 2019 08:10:44 (UTC+00:00) Monrovia, Reykjavik.
"""))

M(key="bnc-yandex", recv="2019-08-09 09:33:48", kind="bounce", lang="ru", ms=None,
  frm=(None, "mailer-daemon@yandex.ru"), client="yandex", tz="+0300", envelope="",
  irt=None, hcs="utf-8", henc="B",
  subject="Недоставленное сообщение",
  body=dsn("""Это письмо создано автоматически сервером Яндекс.Почты.

Ваше письмо не удалось доставить получателю по следующему адресу:
<minsvyaz.kg.intl@yandex.ru>: ящик получателя переполнен.

Сообщение об ошибке:
552 5.2.2 Mailbox size limit exceeded
""", "forward100j.mail.yandex.net", "Fri, 9 Aug 2019 10:33:40 +0300", "minsvyaz.kg.intl@yandex.ru", "5.2.2",
           "smtp; 552 5.2.2 Mailbox size limit exceeded", "mx.yandex.ru",
           itu_reminder("bnc-yandex-orig", "minsvyaz.kg.intl@yandex.ru"), human_cs="utf-8",
           human_cte="quoted-printable"))

M(key="de-newsletter", recv="2019-08-22 07:30:05", kind="unrelated", lang="de", ms=None,
  frm=("Digitalverband Mitteleuropa", "newsletter@digitalverband-mitteleuropa.example.de"), client="generic",
  tz="+0200", irt=None, relay="mail.newsletter-versand.example", ip="192.0.2.201", hcs="utf-8", henc="Q",
  subject="Newsletter August 2019: KMU-Förderung, 5G-Auktion und unsere Delegationsreise nach Budapest",
  xh=[("List-Unsubscribe", "<https://digitalverband-mitteleuropa.example.de/abmelden?id=55120>"),
      ("Precedence", "bulk")],
  body=ALT(T("""Liebe Mitglieder und Freunde des Verbands,

- Neue Förderprogramme für digitale KMU ab Januar 2020
- Ergebnisse der 5G-Frequenzauktion: eine erste Bilanz
- Delegationsreise zur ITU Telecom World 2019 nach Budapest (9.-12. September): letzte Plätze frei!

Zum Abmelden: https://digitalverband-mitteleuropa.example.de/abmelden?id=55120
"""), H("""<html><body><h2>Newsletter August 2019</h2><ul>
<li>Neue Förderprogramme für digitale KMU ab Januar 2020</li>
<li>Ergebnisse der 5G-Frequenzauktion: eine erste Bilanz</li>
<li>Delegationsreise zur ITU Telecom World 2019 nach Budapest (9.&ndash;12. September): letzte Plätze frei!</li></ul>
<p><a href="https://digitalverband-mitteleuropa.example.de/abmelden?id=55120">Abmelden</a></p></body></html>
""")))

M(key="ar-spam", recv="2019-08-17 03:44:12", kind="unrelated", lang="ar", ms=None,
  frm=("إدارة الجوائز الدولية", "awards.department2019@freemail.example.net"), client="generic", tz="+0000",
  irt=None, relay="smtp-out.freemail.example.net", ip="203.0.113.31", tls=False, hcs="windows-1256", henc="B",
  subject="تهانينا! لقد فاز بريدك الإلكتروني بجائزة قدرها 850,000 دولار",
  pre_headers=[("X-Spam-Flag", "YES"), ("X-Spam-Score", "12.7")],
  body=T("""عزيزي الفائز،

يسعدنا إبلاغكم بأن عنوان بريدكم الإلكتروني قد فاز في السحب الدولي السنوي بجائزة نقدية قدرها 850,000 دولار
أمريكي. للمطالبة بالجائزة يرجى إرسال الاسم الكامل ورقم الهاتف وصورة من جواز السفر إلى منسق الجوائز.

مع التهاني،
إدارة الجوائز الدولية
""", cs="windows-1256", cte="base64"))

M(key="itu-cwg-room", recv="2019-08-29 16:22:10", kind="unrelated", lang="en", ms=None,
  frm=("Council Secretariat", "council.secretariat@itu.int"), client="exchange", host="ITU-MBX03", tz="+0200",
  irt=None, relay="exch-hub01.itu.int", ip="10.10.32.13", tls=False,
  to=[("SME", SME), ("Meetings Logistics", "meetings.logistics@itu.int")],
  subject="CWG cluster February 2020 - room requests for side events (reply by 15 September)",
  body=T("""Dear colleagues,

We are preparing the room plan for the Council Working Group cluster of February 2020. If your team plans a
side event during the cluster (for example a follow-up to the Budapest SME session, or a preparatory
meeting for the WSIS Forum 2020), please send us your room request by 15 September, indicating the
preferred date, expected attendance and interpretation needs.

Thank you,
Council Secretariat
""", cs="us-ascii", cte="7bit"))

M(key="ja-company", recv="2019-08-20 02:41:18", kind="inquiry", lang="ja", ms=None,
  frm=("中村 翔", "s-nakamura@soratec.example.co.jp"), client="generic", tz="+0900", hcs="shift_jis", henc="B",
  host="mail", irt=None,
  subject="ブダペストでの中小企業協議会合への参加について（お問い合わせ）",
  xh=[("X-Mailer", "Becky! ver. 2.75.01 [ja]")],
  body=T("""国際電気通信連合 中小企業担当 御中

突然のご連絡失礼いたします。
弊社は東京の従業員25名のIoTスタートアップです。9月にブダペストで開催されるITU Telecom World 2019に
出展予定ですが、9月10日の中小企業に関する協議会合に、民間企業として傍聴参加することは可能でしょうか。
また、2020年1月からの中小企業向け準部門員の会費についても、資料があればご教示ください。

何卒よろしくお願い申し上げます。

株式会社ソラテック 海外事業部
中村 翔
""", cs="shift_jis", cte="base64"))


if __name__ == "__main__":
    sys.exit(main())
