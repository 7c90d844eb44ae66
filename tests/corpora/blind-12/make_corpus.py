#!/usr/bin/env python3
"""Blind labelled corpus: the sme@itu.int mailbox in the weeks after circular CI-19/35.

Standard library only, deterministic.  Writes messages/*.eml, labels.jsonl and README.md next
to this file, then validates everything and exits non-zero on any failure.

Every message below is written by hand as a literal.  The helpers only do what a mail client
or a mail server does mechanically: MIME encoding, encoded-words, boundaries, Received
headers, Outlook's HTML boilerplate and its automatic plain-text alternative.
"""
import base64
import codecs
import hashlib
import html
import json
import os
import quopri
import re
import shutil
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
GVA = timezone(timedelta(hours=2))          # Geneva, summer time, all through the period
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=GVA)
BUD, CWG, WSIS = "budapest-2019", "cwg-2020", "wsis-2020"
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated")
LABEL_KEYS = ["message_id", "file", "kind", "language", "member_state", "delegates", "sessions",
              "received_at", "late", "supersedes"]
DELEGATE_KEYS = ["name", "aliases", "title", "email"]

MSGS = []


def hx(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def codec(cs):
    return codecs.lookup(cs).name


# ---------------------------------------------------------------- headers

def _ew1(s, cs, enc):
    b = s.encode(codec(cs))
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii"))
    out = []
    for byte in b:
        c = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encoded-words, split so that none is longer than 75 characters."""
    words, chunk = [], ""
    for ch in s:
        trial = chunk + ch
        if chunk and len(_ew1(trial, cs, enc)) > 75:
            words.append(_ew1(chunk, cs, enc))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_ew1(chunk, cs, enc))
    return "\n ".join(words)


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=b"", epilogue=b""):
        self.headers = headers          # list of "Name: value" strings (may contain folds)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        if self.children is None:
            return self.headers, self.body
        out = [self.preamble] if self.preamble else []
        for ch in self.children:
            hs, b = ch.render()
            out.append(b"--" + self.boundary.encode() + b"\n")
            out.append("\n".join(hs).encode("ascii") + b"\n\n")
            out.append(b if b.endswith(b"\n") else b + b"\n")
        out.append(b"--" + self.boundary.encode() + b"--\n")
        if self.epilogue:
            out.append(self.epilogue)
        return self.headers, b"".join(out)


def _encode_body(b, cte):
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "7bit":
        assert all(x < 128 for x in b), "7bit body with 8-bit data"
    for line in b.split(b"\n"):
        assert len(line) <= 998, "line too long for %s" % cte
    return b


def T(text, cs="utf-8", cte="8bit", sub="plain", ct=None, extra=()):
    """A text part written in charset cs, sent with transfer encoding cte."""
    raw = text.encode(codec(cs))
    if ct is None:
        ct = 'text/%s; charset="%s"' % (sub, cs)
    hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + list(extra)
    return Part(hs, _encode_body(raw, cte))


def BIN(ctype, data, filename, inline=False, cid=None, extra=()):
    hs = ['Content-Type: %s; name="%s"' % (ctype, filename)]
    if cid:
        hs.append("Content-ID: <%s>" % cid)
    hs.append('Content-Disposition: %s; filename="%s"; size=%d' % ("inline" if inline else "attachment", filename, len(data)))
    hs.append("Content-Transfer-Encoding: base64")
    hs += list(extra)
    return Part(hs, base64.encodebytes(data))


def BOUNDARY(style, seed):
    if style == "outlook":
        return "_000_%s%s_" % (hx(seed + "b1", 12).upper(), hx(seed + "b2", 24).upper())
    if style == "gmail":
        return "000000000000" + hx(seed + "g", 16)
    if style == "apple":
        d = hx(seed + "a", 32).upper()
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (d[:8], d[8:12], d[12:16], d[16:20], d[20:32])
    if style == "thunderbird":
        return "------------" + hx(seed + "t", 24).upper()
    if style == "lotus":
        return "=_alternative 00%sC1258%s_=" % (hx(seed + "l", 6).upper(), hx(seed + "l2", 4).upper())
    return "----=_Part_%d_%d.%s" % (int(hx(seed + "p", 4), 16), int(hx(seed + "q", 6), 16), hx(seed + "r", 13))


_bseq = [0]


def MP(sub, *children, style="plain", params="", preamble=None, epilogue=None):
    _bseq[0] += 1
    b = BOUNDARY(style, "%s-%d" % (sub, _bseq[0]))
    ct = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (sub, b, params)
    pre = b"This is a multi-part message in MIME format.\n\n" if preamble is None and style in ("plain", "thunderbird") else (preamble or b"")
    return Part([ct], children=list(children), boundary=b, preamble=pre, epilogue=epilogue or b"")


def RFC822(raw, ctype="message/rfc822", extra=()):
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return Part(["Content-Type: " + ctype] + list(extra), raw)


def DSN(text):
    return Part(["Content-Type: message/delivery-status"], text.encode("ascii"))


def MDN(text):
    return Part(["Content-Type: message/disposition-notification"], text.encode("ascii"))


# Outlook's HTML wrapper and its generated plain-text alternative -------------

OUTLOOK_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>"""


def outlook_html(inner, cs="utf-8", lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
%s
</head>
<body lang="%s" link="#0563C1" vlink="#954F72"%s>
<div class="WordSection1">
%s
</div>
</body>
</html>
""" % (cs, OUTLOOK_STYLE, lang, d, inner.strip("\n")))


def html_to_text(s):
    """What Outlook puts in the text/plain alternative of an HTML message (roughly)."""
    s = re.sub(r"(?is)<head.*?</head>", "", s)
    s = re.sub(r"(?is)<style.*?</style>", "", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</p>|</div>|</tr>|</h\d>|</li>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    lines = [ln.rstrip(" \t") for ln in s.split("\n")]
    out, blank = [], 0
    for ln in lines:
        ln = re.sub(r"[ ]{2,}", " ", ln.replace("\t ", "\t")).strip(" ")
        if not ln:
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return "\n".join(out).strip("\n") + "\n"


def PNG(seed, w=1, h=1):
    """A tiny valid PNG (logo / signature image)."""
    import struct
    import zlib

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    px = bytes.fromhex(hx(seed, 6))
    raw = b"".join(b"\x00" + px * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def PDF(title):
    """A minimal one-page PDF stand-in for a scanned note verbale (no extractable text)."""
    body = ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            "4 0 obj\n<< /Title (%s) /Producer (Canon iR-ADV C5535 PDF) >>\nendobj\n"
            "trailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%%%EOF\n") % title
    return body.encode("latin-1")


# ---------------------------------------------------------------- messages

def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def L(kind, ms=None, dels=(), sess=(), sup=None):
    return {"kind": kind, "ms": ms, "dels": list(dels), "sess": list(sess), "sup": sup}


def _dt(s, tz="+0200"):
    sign = 1 if tz[0] == "+" else -1
    off = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=off)


def M(key, lang, rcv, hdr, body, label, tz="+0200", lag=None, src=None, hops=None, itu="exchange",
      hcs=None, henc=None):
    """One message as mail.itu.int stored it.

    rcv   -- Geneva time at which the ITU server stored it (the topmost Received header)
    tz    -- the sender's UTC offset, used for its Date header and its own Received hop
    lag   -- seconds between the sender's Date and the ITU receipt
    src   -- (host, ip) of the sending server as seen by the ITU gateway
    hops  -- literal Received lines of the sender's side (None: one generated hop, (): none)
    hdr   -- the literal header block; 'DATE' in it is replaced by the sender's Date
    """
    MSGS.append(dict(key=key, lang=lang, rcv=rcv, hdr=hdr, body=body, label=label, tz=tz,
                     lag=lag, src=src, hops=hops, itu=itu, hcs=hcs, henc=henc))


def _received(m):
    key = m["key"]
    rcv = _dt(m["rcv"])
    n = int(hx(key + "n", 2), 16)
    gw_delay = 1 + n % 3
    t_gw = rcv - timedelta(seconds=gw_delay)
    mx = "mx%d.itu.int" % (1 + n % 2)
    host, ip = m["src"] or ("mail.example.invalid", "192.0.2.1")
    qid = hx(key + "q", 11).upper()
    if m["itu"] == "exchange":
        top = ("Received: from %s (10.100.2.%d) by EXCH-HUB0%d.itu.int (10.100.1.%d) with\n"
               " Microsoft SMTP Server (TLS) id 14.3.468.0; %s"
               % (mx, 20 + n % 2, 1 + n % 3, 31 + n % 3, format_datetime(rcv)))
    else:  # the postfix delivery agent used for some relayed mail (lists, notifications)
        top = ("Received: from %s (%s [10.100.2.%d])\n\tby mailstore.itu.int (Postfix) with ESMTP id %s\n"
               "\tfor <sme@itu.int>; %s (CEST)" % (mx, mx, 20 + n % 2, qid[:10], format_datetime(rcv)))
    gw = ("Received: from %s (%s [%s])\n\tby %s (ITU Mail Gateway) with ESMTPS id %s\n"
          "\t(version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO);\n\t%s (CEST)"
          % (host, host, ip, mx, qid, format_datetime(t_gw)))
    lines = [top, gw]
    if m["hops"] is None:
        sent = _sent(m)
        t_hop = sent.astimezone(rcv.tzinfo) + (t_gw - sent.astimezone(rcv.tzinfo)) / 2
        t_hop = t_hop.astimezone(sent.tzinfo).replace(microsecond=0)
        lines.append("Received: from [10.%d.%d.%d] by %s with ESMTPSA; %s"
                     % (n % 200, (n * 7) % 250, (n * 13) % 250 + 2, host, format_datetime(t_hop)))
    else:
        lines += list(m["hops"])
    return lines


def _sent(m):
    rcv = _dt(m["rcv"])
    lag = m["lag"]
    if lag is None:
        lag = 4 + int(hx(m["key"] + "lag", 4), 16) % 70
    tz = m["tz"]
    sign = 1 if tz[0] == "+" else -1
    off = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return (rcv - timedelta(seconds=lag)).astimezone(off)


def _first_cs(part):
    if part.children is None:
        ct = part.headers[0]
        mm = re.search(r'charset="?([A-Za-z0-9_.:-]+)', ct)
        return mm.group(1) if mm and ct.lower().startswith("content-type: text/") else None
    for ch in part.children:
        c = _first_cs(ch)
        if c:
            return c
    return None


def encode_headers(hdr, cs, enc):
    """What a mail client does with non-ASCII header text: RFC 2047 encoded-words."""
    logical = []
    for line in hdr.split("\n"):
        if line[:1] in (" ", "\t") and logical:
            logical[-1] += "\n" + line
        else:
            logical.append(line)
    out = []
    for h in logical:
        if h.isascii():
            out.append(h)
            continue
        name, value = h.split(":", 1)
        value = re.sub(r"\s*\n\s*", " ", value).strip()
        if name.lower() in ("from", "to", "cc", "reply-to", "sender"):
            addrs = []
            for mm in re.finditer(r'\s*(?:"([^"]*)"|([^,<"]*?))\s*<([^>]+)>\s*(?:,|$)', value):
                disp = mm.group(1) if mm.group(1) is not None else mm.group(2)
                if disp and not disp.isascii():
                    addrs.append("%s <%s>" % (ew(disp, cs, enc), mm.group(3)))
                elif disp:
                    addrs.append('"%s" <%s>' % (disp, mm.group(3)) if mm.group(1) is not None else "%s <%s>" % (disp, mm.group(3)))
                else:
                    addrs.append("<%s>" % mm.group(3))
            assert addrs, "cannot encode " + h
            out.append("%s: %s" % (name, ",\n ".join(addrs)))
        else:
            out.append("%s: %s" % (name, ew(value, cs, enc)))
    return "\n".join(out)


def build_eml(m):
    hdr = m["hdr"].strip("\n")
    if not hdr.isascii():
        cs = m["hcs"] or _first_cs(m["body"]) or "utf-8"
        if cs.lower() in ("us-ascii", "iso-2022-jp") and not m["hcs"]:
            cs = "utf-8" if cs.lower() == "us-ascii" else cs
        try:
            hdr.encode(codec(cs))
        except UnicodeEncodeError:
            cs = "utf-8"
        enc = m["henc"] or ("Q" if codec(cs).startswith(("iso8859", "cp125", "latin")) else "B")
        hdr = encode_headers(hdr, cs, enc)
    if "DATE" in hdr:
        hdr = hdr.replace("DATE", format_datetime(_sent(m)), 1)
    hs, body = m["body"].render()
    from_line = re.search(r"(?mis)^From:.*?<([^>]+)>", hdr) or re.search(r"(?mi)^From:\s*(\S+@\S+)", hdr)
    rp = "<>" if m["label"]["kind"] == "bounce" else "<%s>" % from_line.group(1)
    top = ["Return-Path: " + rp] + _received(m)
    text = "\n".join(top) + "\n" + hdr + "\nMIME-Version: 1.0\n" + "\n".join(hs) + "\n\n"
    return text.encode("ascii") + body

# ---------------------------------------------------------------- the circular as people quote it

CIRC_EN = """Ref: CI-19/35
Contact: Mr Christopher Clark
E-mail: sme@itu.int

To the Member States of ITU

Geneva, 23 July 2019

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and other events.

ITU is organizing this series of consultations as a follow-up to the excellent discussions held during the last session of the ITU Council on promoting small and medium enterprises (SMEs) and their involvement in the work of ITU. In accordance with Resolution 209 (Dubai, 2018), the ITU Council finalized the eligibility criteria and decided to apply new reduced fees for SME Associates as of January 2020. Please visit the SME webpage on the ITU website for further information.

During the discussions in Council, the need was highlighted for special efforts to help SMEs join the ITU family and become active members. In this context, these consultations will give interested Member States the opportunity to share best practices on current national policies, initiatives and programmes supporting tech SMEs, and to identify concrete actions that could be taken to involve these companies in the work of ITU, including its study groups, workshops, training courses and the ITU Telecom World SME programme. A detailed agenda will be sent shortly.

I would be grateful if you could express your interest and inform us of the participant nominated for the first consultation session during ITU Telecom World by 16 August 2019, to the ITU secretariat at the following address: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General
"""

CIRC_EN_SHORT = """Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and other events.
[...]
I would be grateful if you could express your interest and inform us of the participant nominated for the first consultation session during ITU Telecom World by 16 August 2019, to the ITU secretariat at the following address: sme@itu.int

Yours faithfully,

Houlin Zhao
Secretary-General
"""

CIRC_FR = """Réf.: CI-19/35
Contact: M. Christopher Clark
Courriel: sme@itu.int

Aux États Membres de l'UIT

Genève, le 23 juillet 2019

Objet: Sessions de consultation à l'intention des États Membres: "Promouvoir les PME du secteur des technologies et de l'innovation"

Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de sessions de consultation intitulées "Promouvoir les PME du secteur des technologies et de l'innovation". La première session se tiendra le 10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). Nous prévoyons d'organiser des sessions analogues pendant les réunions des Groupes de travail du Conseil au début de 2020, ainsi que pendant le Forum du SMSI de 2020 et d'autres manifestations.

[...]

Je vous saurais gré de bien vouloir manifester votre intérêt et communiquer le nom du participant désigné pour la première session de consultation pendant ITU Telecom World, d'ici au 16 août 2019, au secrétariat de l'UIT à l'adresse suivante: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

(signé)

Houlin Zhao
Secrétaire général
"""

CIRC_ES = """Ref.: CI-19/35
Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

A los Estados Miembros de la UIT

Ginebra, 23 de julio de 2019

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las pymes tecnológicas y de innovación"

Muy Señora mía/Muy Señor mío:

Me complace invitar a su delegación a participar en una serie de sesiones de consulta tituladas "Fomento de las pymes tecnológicas y de innovación". La primera sesión tendrá lugar el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, así como durante el Foro de la CMSI de 2020 y en otros eventos.

[...]

Le agradecería que manifestara su interés y nos comunicara el nombre del participante designado para la primera sesión de consulta durante ITU Telecom World a más tardar el 16 de agosto de 2019, a la secretaría de la UIT en la dirección siguiente: sme@itu.int

Atentamente,

(firmado)

Houlin Zhao
Secretario General
"""

CIRC_RU = """Исх.: CI-19/35
Для контактов: г-н Кристофер Кларк (Mr Christopher Clark)
Эл. почта: sme@itu.int

Государствам - Членам МСЭ

Женева, 23 июля 2019 года

Предмет: Консультационные сессии для Государств-Членов "Содействие развитию МСП в сфере технологий и инноваций"

Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий под названием "Содействие развитию МСП в сфере технологий и инноваций". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. Мы намерены провести аналогичные сессии во время собраний рабочих групп Совета в начале 2020 года, а также в ходе Форума ВВУИО 2020 года и других мероприятий.

[...]

Прошу вас сообщить о вашей заинтересованности и о кандидатуре участника первой консультационной сессии в ходе ITU Telecom World не позднее 16 августа 2019 года в секретариат МСЭ по адресу: sme@itu.int

С уважением,

(подпись)

Хоулинь Чжао
Генеральный секретарь
"""

CIRC_ZH = """文号：CI-19/35
联系人：Christopher Clark先生
电子邮件：sme@itu.int

致国际电联各成员国

2019年7月23日，日内瓦

事由：面向成员国的磋商会议：“扶持技术和创新中小企业”

尊敬的先生/女士：

我很高兴地邀请贵代表团参加题为“扶持技术和创新中小企业”的系列磋商会议。首次会议将于2019年9月10日国际电联2019年世界电信展期间在匈牙利布达佩斯举行。我们计划在2020年初理事会工作组会议期间以及2020年信息社会世界峰会（WSIS）论坛和其他活动期间举办类似会议。

[……]

请贵方表达参会意向，并于2019年8月16日之前将参加世界电信展期间首次磋商会议的提名人员告知国际电联秘书处，地址：sme@itu.int

顺致敬意！

（签字）

秘书长
赵厚麟
"""

CIRC_AR = """المرجع: CI-19/35
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int

إلى الدول الأعضاء في الاتحاد الدولي للاتصالات

جنيف، 23 يوليو 2019

الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،
تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

[...]

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكوم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو
الأمين العام
"""


def gt(text, depth=1):
    """Quote with '> ' as Thunderbird, Gmail and Apple Mail do."""
    p = ">" * depth
    return "\n".join((p + " " + ln) if ln else p for ln in text.rstrip("\n").split("\n")) + "\n"


def hp(text, style=""):
    """Plain paragraphs as the <p class=MsoNormal> lines Outlook writes."""
    out = []
    st = ' style="%s"' % style if style else ""
    for ln in text.rstrip("\n").split("\n"):
        body = html.escape(ln, quote=False) if ln.strip() else "&nbsp;"
        out.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (st, body))
    return "\n".join(out)


def ol_hdr_html(pairs):
    """The grey-ruled 'From: / Sent: / To: / Subject:' block above a quoted message in Outlook."""
    inner = "<br>\n".join("<b>%s</b> %s" % (html.escape(k), html.escape(v, quote=False)) for k, v in pairs)
    return ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            % inner)


def _html_cte(cte):
    return "base64" if cte == "base64" else "quoted-printable"


def OLALT(text, cs="utf-8", cte="quoted-printable", ct=None, extra=(), lang="EN-US", rtl=False):
    """An Outlook message: the text the person typed, and the HTML Outlook made of it."""
    st = "direction:rtl;unicode-bidi:embed;text-align:right" if rtl else ""
    h = outlook_html(hp(text, st), cs=cs, lang=lang, rtl=rtl)
    return MP("alternative", T(text, cs, cte, ct=ct, extra=extra), T(h, cs, _html_cte(cte), sub="html"), style="outlook")


def GMALT(text, cs="UTF-8", cte="quoted-printable", rtl=False):
    """A Gmail message: text/plain plus Gmail's <div dir=ltr> HTML of the same lines."""
    lines = text.rstrip("\n").split("\n")
    body = "".join("<div>%s</div>" % (html.escape(ln, quote=False) if ln.strip() else "<br>") for ln in lines)
    h = '<div dir="%s">%s</div>\n' % ("rtl" if rtl else "ltr", body)
    return MP("alternative", T(text, cs, cte), T(h, cs, _html_cte(cte), sub="html"), style="gmail")

# ================================================================ English

# --- Nigeria, NCC: Outlook HTML with a table of two nominees, quoted circular below
_ng_inner = """<p class="MsoNormal">Dear Sir/Madam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Reference is made to ITU Circular CI-19/35 dated 23 July 2019 on the above subject.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The Nigerian Communications Commission (NCC), on behalf of the Federal Republic of Nigeria, wishes to express its interest in the consultation sessions and to forward the following officers for the first session holding during ITU Telecom World 2019 in Budapest, Hungary:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td width="28" valign="top" style="width:21.0pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>S/N<o:p></o:p></b></p></td>
<td width="170" valign="top" style="width:127.6pt;border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>NAME<o:p></o:p></b></p></td>
<td width="200" valign="top" style="width:150.0pt;border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>DESIGNATION<o:p></o:p></b></p></td>
<td width="170" valign="top" style="width:127.6pt;border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>EMAIL<o:p></o:p></b></p></td>
<td width="110" valign="top" style="width:82.5pt;border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>PHONE<o:p></o:p></b></p></td>
</tr>
<tr>
<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">1.<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Engr. Chinedu Okafor<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Director, Technical Standards &amp; Network Integrity<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><a href="mailto:cokafor@ncc.gov.ng">cokafor@ncc.gov.ng</a><o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">+234 803 451 2290<o:p></o:p></p></td>
</tr>
<tr>
<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">2.<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Mrs. Aisha Bello-Mohammed<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Deputy Director, New Media &amp; Information Security<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><a href="mailto:abello-mohammed@ncc.gov.ng">abello-mohammed@ncc.gov.ng</a><o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">+234 809 117 6634<o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kindly acknowledge receipt and furnish us with the detailed agenda when available.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best regards,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Adebayo Ogunleye<o:p></o:p></span></b></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">Head, International Relations Unit<br>Office of the Executive Vice Chairman<br>Nigerian Communications Commission<br>Plot 423 Aguiyi Ironsi Street, Maitama, Abuja<br>Tel: +234 9 461 7000 | <a href="http://www.ncc.gov.ng">www.ncc.gov.ng</a><o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
""" + ol_hdr_html([("From:", "ITU-Circulars <itu-circulars@itu.int>"),
                   ("Sent:", "Tuesday, July 23, 2019 4:47 PM"),
                   ("To:", "NCC International Relations <intlrelations@ncc.gov.ng>"),
                   ("Subject:", "CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs")]) + "\n" + hp(CIRC_EN_SHORT)
_ng_html = outlook_html(_ng_inner, cs="us-ascii")
M("en-nga", "en", "2019-08-09 10:41:07", tz="+0100", src=("mail2.ncc.gov.ng", "196.46.241.18"),
  hdr="""From: Adebayo Ogunleye <aogunleye@ncc.gov.ng>
To: "sme@itu.int" <sme@itu.int>
CC: NCC International Relations <intlrelations@ncc.gov.ng>, Chinedu Okafor
 <cokafor@ncc.gov.ng>
Subject: RE: CI-19/35 - Consultation sessions for Member States: Fostering
 tech and innovation SMEs
Thread-Topic: CI-19/35 - Consultation sessions for Member States: Fostering
 tech and innovation SMEs
Thread-Index: AdVRKd3mJ2bq9vPbRxi0Kd0kX2E7YgPgJkBw
Date: DATE
Message-ID: <4C0D8E1F2A7B4E5D9A3C6B1F0E2D7A41@EXCH01.ncc.gov.ng>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-originating-ip: [10.20.4.117]""",
  body=MP("alternative", T(html_to_text(_ng_html), "us-ascii", "quoted-printable"),
          T(_ng_html, "us-ascii", "quoted-printable", sub="html"), style="outlook"),
  label=L("nomination", "NGA", [
      D("Chinedu Okafor", title="Director, Technical Standards & Network Integrity", email="cokafor@ncc.gov.ng"),
      D("Aisha Bello-Mohammed", title="Deputy Director, New Media & Information Security", email="abello-mohammed@ncc.gov.ng")],
      [BUD]))

# --- Kenya, Ministry of ICT: plain reply on top of the quoted circular (Outlook plain text)
M("en-ken-1", "en", "2019-08-08 14:22:19", tz="+0300", src=("mail.ict.go.ke", "197.248.7.34"),
  hdr="""From: Joseph Mwangi <jmwangi@ict.go.ke>
To: sme@itu.int
Subject: RE: CI-19/35 Consultation sessions - Fostering tech and innovation SMEs
Date: DATE
Message-ID: <000001d54dd2$7c1a8e40$744fbac0$@ict.go.ke>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHVQWx8bq1m2ZQ3g0G4yKx7c6oYyQ==
Content-Language: en-gb""",
  body=T("""Dear Sir/Madam,

RE: CONSULTATION SESSIONS FOR MEMBER STATES - FOSTERING TECH AND INNOVATION SMEs

The Ministry of Information, Communications, Technology, Innovation and Youth Affairs acknowledges receipt of the above circular and confirms Kenya's interest in the consultation sessions.

The Ministry hereby nominates Ms. Wanjiru Kamau, Senior ICT Officer, Directorate of ICT Innovation and Digital Economy, to attend the first session in Budapest on 10th September 2019. Her contacts are: wkamau@ict.go.ke, +254 722 318 406.

Kindly direct any further correspondence on this matter to her, copying the undersigned.

Yours faithfully,

Joseph Mwangi
For: PRINCIPAL SECRETARY
State Department for ICT and Innovation
Teleposta Towers, Kenyatta Avenue
P.O. Box 30025-00100, Nairobi

-----Original Message-----
From: ITU-Circulars <itu-circulars@itu.int>
Sent: Tuesday, 23 July 2019 17:47
To: PS ICT <ps@ict.go.ke>
Subject: CI-19/35 Consultation sessions - Fostering tech and innovation SMEs

""" + CIRC_EN, "us-ascii", "7bit"),
  label=L("nomination", "KEN", [D("Wanjiru Kamau", title="Senior ICT Officer, Directorate of ICT Innovation and Digital Economy",
                                  email="wkamau@ict.go.ke")], [BUD]))

# --- Kenya again, after the deadline: the nominee is replaced
M("en-ken-2", "en", "2019-08-27 09:03:51", tz="+0300", src=("mail.ict.go.ke", "197.248.7.34"),
  hdr="""From: Joseph Mwangi <jmwangi@ict.go.ke>
To: sme@itu.int
Cc: "'Wanjiru Kamau'" <wkamau@ict.go.ke>
Subject: CHANGE OF NOMINEE - CI-19/35 Budapest session
Date: DATE
Message-ID: <000501d55c9a$1f0e3c60$5d2ab520$@ict.go.ke>
X-Mailer: Microsoft Outlook 16.0
Content-Language: en-gb""",
  body=T("""Dear Sir/Madam,

Further to our email of 8th August 2019, kindly note that Ms. Wanjiru Kamau will no longer be able to attend the consultation session in Budapest due to other official engagements.

The Ministry has instead nominated Mr. Brian Otieno Ochieng, Deputy Director, ICT Innovation, to attend in her place. His email address is bochieng@ict.go.ke and mobile +254 733 902 115.

We apologise for any inconvenience caused.

Yours faithfully,

Joseph Mwangi
For: PRINCIPAL SECRETARY
State Department for ICT and Innovation
""", "us-ascii", "7bit"),
  label=L("correction", "KEN", [D("Brian Otieno Ochieng", title="Deputy Director, ICT Innovation", email="bochieng@ict.go.ke")],
          [BUD], sup="en-ken-1"))

# --- Ghana: forwarded twice inside the Ministry before it reaches ITU (Gmail-style forward chain)
M("en-gha-fwd", "en", "2019-08-15 11:05:44", tz="+0000", src=("mail-ot1-f41.google.com", "209.85.210.41"),
  hdr="""From: Akosua Mensah <akosua.mensah@moc.gov.gh>
Date: DATE
Message-ID: <CAF9pX3w7Rk2mQ0b+Jd8x4NrV1aTqZ6hE5yU0s_eW2cLgK7fP3A@mail.gmail.com>
Subject: Fwd: Fwd: ITU CI-19/35 - SME consultation, Budapest
To: sme@itu.int
Cc: Kofi Amponsah <k.amponsah@moc.gov.gh>""",
  body=MP("alternative", T("""Dear Sir/Madam,

Please find below the nomination from the Ministry of Communications, Ghana, for the SME consultation session in Budapest. Kindly acknowledge receipt.

Thank you.

Akosua Mensah (Mrs)
Principal Programme Officer
Ministry of Communications, Accra

---------- Forwarded message ---------
From: Kofi Amponsah <k.amponsah@moc.gov.gh>
Date: Wed, Aug 14, 2019 at 4:05 PM
Subject: Fwd: ITU CI-19/35 - SME consultation, Budapest
To: Akosua Mensah <akosua.mensah@moc.gov.gh>


Akosua,

The Chief Director has approved Mr. Kwame Asante-Boateng, Director, Policy Planning, Monitoring & Evaluation, to attend the session on 10 Sept. Please forward his name to ITU before Friday's deadline. His email is kwame.asante-boateng@moc.gov.gh.

Regards,
Kofi

---------- Forwarded message ---------
From: Ghana Mission Geneva <info@ghanamission.ch>
Date: Thu, Jul 25, 2019 at 10:12 AM
Subject: ITU CI-19/35 - SME consultation, Budapest
To: <info@moc.gov.gh>


Dear Colleagues,

Attached for your attention and necessary action is ITU Circular CI-19/35 inviting Member States to consultation sessions on fostering tech and innovation SMEs. Responses are due by 16 August 2019.

Best regards,
Chancery, Permanent Mission of Ghana, Geneva

""" + CIRC_EN_SHORT, "UTF-8", "quoted-printable"),
      T("""<div dir="ltr">Dear Sir/Madam,<div><br></div><div>Please find below the nomination from the Ministry of Communications, Ghana, for the SME consultation session in Budapest. Kindly acknowledge receipt.</div><div><br></div><div>Thank you.</div><div><br></div><div>Akosua Mensah (Mrs)</div><div>Principal Programme Officer</div><div>Ministry of Communications, Accra<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Kofi Amponsah</strong> <span dir="auto">&lt;<a href="mailto:k.amponsah@moc.gov.gh">k.amponsah@moc.gov.gh</a>&gt;</span><br>Date: Wed, Aug 14, 2019 at 4:05 PM<br>Subject: Fwd: ITU CI-19/35 - SME consultation, Budapest<br>To: Akosua Mensah &lt;<a href="mailto:akosua.mensah@moc.gov.gh">akosua.mensah@moc.gov.gh</a>&gt;<br></div><br><br><div dir="ltr">Akosua,<div><br></div><div>The Chief Director has approved Mr. Kwame Asante-Boateng, Director, Policy Planning, Monitoring &amp; Evaluation, to attend the session on 10 Sept. Please forward his name to ITU before Friday&#39;s deadline. His email is <a href="mailto:kwame.asante-boateng@moc.gov.gh">kwame.asante-boateng@moc.gov.gh</a>.</div><div><br></div><div>Regards,</div><div>Kofi</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: Ghana Mission Geneva &lt;<a href="mailto:info@ghanamission.ch">info@ghanamission.ch</a>&gt;<br>Date: Thu, Jul 25, 2019 at 10:12 AM<br>Subject: ITU CI-19/35 - SME consultation, Budapest<br>To: &lt;<a href="mailto:info@moc.gov.gh">info@moc.gov.gh</a>&gt;<br></div><br><br><div dir="ltr">Dear Colleagues,<br><br>Attached for your attention and necessary action is ITU Circular CI-19/35 inviting Member States to consultation sessions on fostering tech and innovation SMEs. Responses are due by 16 August 2019.<br><br>Best regards,<br>Chancery, Permanent Mission of Ghana, Geneva</div></div></div></div></div></div>
""", "UTF-8", "quoted-printable", sub="html"), style="gmail"),
  label=L("nomination", "GHA", [D("Kwame Asante-Boateng", title="Director, Policy Planning, Monitoring & Evaluation",
                                  email="kwame.asante-boateng@moc.gov.gh")], [BUD]))

# --- Uganda: interest only
M("en-uga", "en", "2019-08-02 12:31:08", tz="+0300", src=("mx.ucc.co.ug", "196.43.133.50"),
  hdr="""From: "Nakato, Esther" <enakato@ucc.co.ug>
To: sme@itu.int
Subject: Uganda - Expression of interest: CI-19/35
Date: DATE
Message-ID: <1564738221.4412.1565.JavaMail.zimbra@ucc.co.ug>
X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)
Thread-Topic: Uganda - Expression of interest: CI-19/35""",
  body=T("""Dear ITU Secretariat,

Greetings from the Uganda Communications Commission.

With reference to circular CI-19/35 of 23rd July 2019, UCC on behalf of the Government of Uganda would like to express interest in the consultation sessions on Fostering tech and innovation SMEs.

The name of our participant will be communicated in due course once internal clearance has been obtained.

Kind regards,

Esther Nakato
Senior Officer, International Affairs
Uganda Communications Commission
Plot 42-44 Spring Road, Bugolobi
P.O. Box 7376 Kampala
T: +256 414 339 000
""", "utf-8", "7bit", ct="text/plain; charset=utf-8"),
  label=L("interest_only", "UGA", sess=[BUD]))

# --- Zambia: decline
M("en-zmb", "en", "2019-08-14 10:12:55", tz="+0200", src=("smtp.mtc.gov.zm", "41.63.0.76"),
  hdr="""From: Mwila Chanda <mchanda@mtc.gov.zm>
To: sme@itu.int
Cc: registry@mtc.gov.zm
Subject: Re: CI-19/35 Consultation sessions for Member States
Date: DATE
Message-ID: <5D53C21B.9090403@mtc.gov.zm>
User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101
 Thunderbird/52.9.1
Content-Language: en-GB""",
  body=T("""Dear Sir/Madam,

Thank you for the invitation to the consultation sessions on Fostering tech and innovation SMEs.

I regret to inform you that the Ministry of Transport and Communications will not be able to participate in the first session in Budapest due to budgetary constraints for the remainder of the financial year.

Please accept our apologies.

Yours sincerely,

Mwila Chanda
for/Permanent Secretary (Communications)
Ministry of Transport and Communications
Fairley Road, Lusaka, Zambia

On 23/07/2019 16:47, ITU-Circulars wrote:
""" + gt(CIRC_EN_SHORT), "windows-1252", "7bit", ct="text/plain; charset=windows-1252; format=flowed"),
  label=L("decline", "ZMB"))

# --- Zimbabwe: three delegates, head of delegation, typed fast, two minutes before the deadline
M("en-zwe", "en", "2019-08-16 23:58:40", tz="+0200", lag=31, src=("mail.potraz.gov.zw", "41.190.32.13"),
  hdr="""From: Tinashe Gumbo <tgumbo@potraz.gov.zw>
To: sme@itu.int
Subject: Zimbabwe nominatins - SME consultation session Budapest
Date: DATE
Message-ID: <6b1f3e90c1a24d7e8f5a2c4b9d0e7f11@potraz.gov.zw>
X-Mailer: Microsoft Outlook 15.0
Content-Language: en-us""",
  body=T("""Dear Sir / Madam

Please find below the nominatins for Zimbabwe's delagation to the consultation session on fostering tech and innovation SMEs at ITU Telecom World 2019, Budapest, 10 September 2019:

1. Dr Tendai Moyo - Director, Economic Regulation and Policy, POTRAZ (Head of Delegation) - t.moyo@potraz.gov.zw
2. Mr Farai Chikowore - Principal Engineer, Ministry of ICT, Postal and Courier Services - fchikowore@ictministry.gov.zw
3. Ms Rudo Mapfumo - Manager, Consumer Affairs and SME Development, POTRAZ - rmapfumo@potraz.gov.zw

Apologies for the late submission, we only recieved the approvals this evening.

Regards

T. Gumbo
International Relations Officer
Postal and Telecommunications Regulatory Authority of Zimbabwe (POTRAZ)
1008 Performance Close, Mt Pleasant Business Park, Harare
+263 242 333 032
""", "us-ascii", "7bit"),
  label=L("nomination", "ZWE", [
      D("Tendai Moyo", title="Director, Economic Regulation and Policy, POTRAZ", email="t.moyo@potraz.gov.zw"),
      D("Farai Chikowore", title="Principal Engineer, Ministry of ICT, Postal and Courier Services", email="fchikowore@ictministry.gov.zw"),
      D("Rudo Mapfumo", title="Manager, Consumer Affairs and SME Development, POTRAZ", email="rmapfumo@potraz.gov.zw")],
      [BUD]))

# --- Botswana: inquiry before nominating
M("en-bwa", "en", "2019-07-30 09:47:13", tz="+0200", src=("mail.bocra.org.bw", "168.167.134.22"),
  hdr="""From: Kagiso Sebele <ksebele@bocra.org.bw>
To: sme@itu.int
Subject: Query - CI-19/35 consultation sessions
Date: DATE
Message-ID: <F2A9C07E51B34F08B7D6E1C29A4B8D55@bocra.org.bw>
X-Mailer: Microsoft Outlook 16.0""",
  body=T("""Good morning,

We refer to circular CI-19/35. Before we submit our nomination we would appreciate clarification on two points:

a) Should the nominee be a government / regulatory official, or may Botswana nominate a representative of a local SME association or innovation hub to attend on its behalf?

b) Is there any financial support (fellowship) available for participants from developing countries to travel to Budapest?

Your early response will be appreciated as our travel approvals take some time.

Regards,
Kagiso Sebele
Senior Manager - Regulatory Policy & International Relations
Botswana Communications Regulatory Authority
Plot 50671 Independence Avenue, Gaborone
Tel: +267 395 7755
""", "us-ascii", "7bit"),
  label=L("inquiry", "BWA"))

# --- South Africa: each delegate with his or her own sessions
M("en-zaf", "en", "2019-08-13 15:26:02", tz="+0200", src=("mail.dtps.gov.za", "196.21.45.4"),
  hdr="""From: "Naidoo, Preshanthie" <PNaidoo@dtps.gov.za>
To: "sme@itu.int" <sme@itu.int>
Subject: South Africa: nominations for the SME consultation sessions (CI-19/35)
Date: DATE
Message-ID: <A9C3E5B7D1F24A68B0C2E4F6A8B0C2D4@EXMBX02.dtps.gov.za>
Accept-Language: en-ZA
Content-Language: en-US""",
  body=OLALT("""Dear Mr Clark

The Department of Communications and Digital Technologies of the Republic of South Africa thanks the ITU for the invitation and is pleased to confirm its participation in the series of consultation sessions.

Our nominees are as follows:

- Mr Thabo Nkosi, Chief Director: International Affairs and Trade, TNkosi@dtps.gov.za - will attend the first session in Budapest (10 September 2019) and the session at the Council Working Group meetings in early 2020.

- Ms Lerato Mahlangu, Director: ICT SMME Development, LMahlangu@dtps.gov.za - will attend the session to be held during the WSIS Forum 2020.

Please do not hesitate to contact the undersigned should you require further information.

Kind regards

Preshanthie Naidoo
Deputy Director: Multilateral Relations (ITU, UPU, CTO)
Department of Communications and Digital Technologies
iParioli Office Park, 1166 Park Street, Hatfield, Pretoria
Tel: +27 12 427 8143 | Cell: +27 82 560 4417
""", "iso-8859-1", "quoted-printable", lang="EN-ZA"),
  label=L("nomination", "ZAF", [
      D("Thabo Nkosi", title="Chief Director: International Affairs and Trade", email="TNkosi@dtps.gov.za"),
      D("Lerato Mahlangu", title="Director: ICT SMME Development", email="LMahlangu@dtps.gov.za")],
      [BUD, CWG, WSIS]))

# --- Rwanda: two lines from a phone, the circular quoted below
M("en-rwa", "en", "2019-08-16 17:20:36", tz="+0200", src=("mail.rura.rw", "197.243.17.90"),
  hdr="""From: Eric Nsengimana <e.nsengimana@rura.rw>
Subject: Re: CI-19/35
Message-Id: <3E7D2A1B-9C4F-4B8E-A6D2-5F1E0C9B8A77@rura.rw>
Date: DATE
To: sme@itu.int
X-Mailer: iPhone Mail (16G77)""",
  body=T("""Dear ITU,
Rwanda nominates Mr. Jean de Dieu Habimana, Head of ICT Department at RURA, jdhabimana@rura.rw, for the Budapest session.
Regards
Eric

Sent from my iPhone

> On 23 Jul 2019, at 16:47, ITU-Circulars <itu-circulars@itu.int> wrote:
>
""" + gt(CIRC_EN_SHORT), "us-ascii", "7bit", ct="text/plain;\n\tcharset=us-ascii"),
  label=L("nomination", "RWA", [D("Jean de Dieu Habimana", title="Head of ICT Department at RURA", email="jdhabimana@rura.rw")], [BUD]))

# --- United States: formal, two nominees, a question about registration
M("en-usa", "en", "2019-08-06 21:14:29", tz="-0400", src=("mail2.state.gov", "169.252.4.30"),
  hdr="""From: "Hollis, Karen M" <HollisKM@state.gov>
To: "sme@itu.int" <sme@itu.int>
CC: "Lin, Rebecca" <rlin@ntia.gov>, "Whitaker, Daniel P"
 <WhitakerDP@state.gov>
Subject: U.S. nominations - ITU CI-19/35 SME consultation session, Budapest
Thread-Topic: U.S. nominations - ITU CI-19/35 SME consultation session,
 Budapest
Thread-Index: AdVMmBz1w6kHq9T+QyGqfQd2h9Bx7A==
Date: DATE
Message-ID: <BN7PR09MB2738E4F1C6A2B9D8E0F3A5C7B1D9E2F4@BN7PR09MB2738.namprd09.prod.outlook.com>
Accept-Language: en-US
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-transport-fromentityheader: Hosted""",
  body=OLALT("""Dear Mr. Clark,

In response to ITU Circular CI-19/35 of July 23, 2019, the United States is pleased to nominate the following individuals to participate in the consultation session "Fostering tech and innovation SMEs" to be held on September 10, 2019, during ITU Telecom World 2019 in Budapest:

  Mr. Daniel P. Whitaker
  Foreign Affairs Officer, Office of Multilateral Affairs
  Bureau of Cyberspace and Digital Policy, U.S. Department of State
  WhitakerDP@state.gov

  Ms. Rebecca Lin
  International Policy Specialist, Office of International Affairs
  National Telecommunications and Information Administration (NTIA)
  rlin@ntia.gov

Could you please also confirm whether participants in the consultation session need to register separately for ITU Telecom World 2019, and if so, whether a specific registration code will be provided?

Thank you for your assistance.

Sincerely,

Karen M. Hollis
Multilateral Affairs Officer
Office of Multilateral Affairs
Bureau of Economic and Business Affairs
U.S. Department of State
Washington, D.C. 20520
Tel: +1 202 647 5832


""", "us-ascii", "7bit", lang="EN-US"),
  label=L("nomination", "USA", [
      D("Daniel P. Whitaker", title="Foreign Affairs Officer, Office of Multilateral Affairs", email="WhitakerDP@state.gov"),
      D("Rebecca Lin", title="International Policy Specialist, Office of International Affairs", email="rlin@ntia.gov")],
      [BUD]))

# --- Canada: the whole reply in English, then in French (the English comes first)
M("en-can", "en", "2019-08-09 16:55:10", tz="-0400", src=("smtp-gw1.canada.ca", "205.193.214.12"),
  hdr="""From: "Tremblay, Genevieve (ISED/ISDE)" <genevieve.tremblay@canada.ca>
To: "sme@itu.int" <sme@itu.int>
Subject: Canada - CI-19/35 - Nomination / Candidature
Thread-Topic: Canada - CI-19/35 - Nomination / Candidature
Date: DATE
Message-ID: <YQXPR0101MB1366C8E2A4D0F6B8C1E3A5D7F9B2C4E6@YQXPR0101MB1366.CANPRD01.PROD.OUTLOOK.COM>
Accept-Language: en-CA, fr-CA
Content-Language: en-US""",
  body=OLALT("""Good afternoon,

(Le français suit)

In response to Circular CI-19/35, Innovation, Science and Economic Development Canada confirms Canada's interest in the consultation sessions on fostering tech and innovation SMEs.

I will represent Canada at the first session in Budapest on 10 September 2019.

Geneviève Tremblay
Senior Policy Analyst, International Telecommunications Policy
genevieve.tremblay@canada.ca | +1 613 990 4215

---

Bonjour,

En réponse à la lettre circulaire CI-19/35, Innovation, Sciences et Développement économique Canada confirme l'intérêt du Canada pour les sessions de consultation sur la promotion des PME du secteur des technologies et de l'innovation.

Je représenterai le Canada à la première session, à Budapest, le 10 septembre 2019.

Geneviève Tremblay
Analyste principale des politiques, Politique internationale des télécommunications
genevieve.tremblay@canada.ca | +1 613 990 4215

Innovation, Science and Economic Development Canada / Government of Canada
Innovation, Sciences et Développement économique Canada / Gouvernement du Canada
""", "iso-8859-1", "quoted-printable", lang="EN-CA"),
  label=L("nomination", "CAN", [D("Geneviève Tremblay", title="Senior Policy Analyst, International Telecommunications Policy",
                                  email="genevieve.tremblay@canada.ca")], [BUD]))

# --- Jamaica: interest, name to follow
M("en-jam", "en", "2019-08-16 14:07:45", tz="-0500", src=("mail.mset.gov.jm", "63.143.72.8"),
  hdr="""From: Shanique Campbell <shanique.campbell@mset.gov.jm>
To: sme@itu.int
Cc: "Grant, Orville" <orville.grant@mset.gov.jm>
Subject: RE: Consultation sessions for Member States - CI-19/35
Date: DATE
Message-ID: <BYAPR11MB3621D4A5B6C7E8F9A0B1C2D3E4F5A6B7@BYAPR11MB3621.namprd11.prod.outlook.com>
Content-Language: en-US""",
  body=OLALT("""Good morning,

The Ministry of Science, Energy and Technology wishes to advise that Jamaica is interested in participating in the consultation sessions, including the first session in Budapest.

Internal approvals are still pending and the name of our nominee will be submitted as soon as possible. We trust this will be acceptable.

Regards,

Shanique Campbell
Senior Director (Acting), Telecommunications Policy
Ministry of Science, Energy and Technology
PCJ Building, 36 Trafalgar Road, Kingston 10
Tel: (876) 929-8990-9 ext. 2214
""", "us-ascii", "7bit", lang="EN-US"),
  label=L("interest_only", "JAM", sess=[BUD]))

# --- Trinidad and Tobago: the sender nominates herself, after the deadline
M("en-tto", "en", "2019-08-19 15:32:18", tz="-0400", src=("mail.tatt.org.tt", "190.58.112.45"),
  hdr="""From: Kerry-Ann Baptiste <kbaptiste@tatt.org.tt>
To: "sme@itu.int" <sme@itu.int>
Subject: Trinidad and Tobago - SME consultation session
Date: DATE
Message-ID: <00c201d556a3$5ad1e2b0$1075a810$@tatt.org.tt>
X-Mailer: Microsoft Outlook 16.0
Content-Language: en-tt""",
  body=OLALT("""Good day,

Please accept this email as confirmation that I will be representing the Republic of Trinidad and Tobago at the consultation session on fostering tech and innovation SMEs in Budapest on 10 September 2019.

Apologies for the late response; the circular reached our office only last week via the Ministry of Public Administration.

Regards,

Kerry-Ann Baptiste
Manager, Policy and Planning
Telecommunications Authority of Trinidad and Tobago
#5 Eighth Avenue Extension, off Twelfth Street, Barataria
kbaptiste@tatt.org.tt | Tel: +1 868 675 8288 ext. 2241
""", "windows-1252", "quoted-printable", lang="EN-US"),
  label=L("nomination", "TTO", [D("Kerry-Ann Baptiste", title="Manager, Policy and Planning", email="kbaptiste@tatt.org.tt")], [BUD]))

# --- Australia: Outlook HTML, table with a session column
_au_inner = """<p class="MsoNormal">Dear ITU Secretariat,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Australia welcomes the invitation in Circular CI-19/35 and is pleased to nominate the following officials for the first consultation session at ITU Telecom World 2019:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td style="border:solid #A5A5A5 1.0pt;background:#1F4E79;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">Name</span></b><o:p></o:p></p></td>
<td style="border:solid #A5A5A5 1.0pt;border-left:none;background:#1F4E79;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">Position</span></b><o:p></o:p></p></td>
<td style="border:solid #A5A5A5 1.0pt;border-left:none;background:#1F4E79;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">Email</span></b><o:p></o:p></p></td>
<td style="border:solid #A5A5A5 1.0pt;border-left:none;background:#1F4E79;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal"><b><span style="color:white">Session</span></b><o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid #A5A5A5 1.0pt;border-top:none;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal">Ms Sarah McKenzie<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #A5A5A5 1.0pt;border-right:solid #A5A5A5 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal">Assistant Director, International Engagement Section<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #A5A5A5 1.0pt;border-right:solid #A5A5A5 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal"><a href="mailto:sarah.mckenzie@communications.gov.au">sarah.mckenzie@communications.gov.au</a><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #A5A5A5 1.0pt;border-right:solid #A5A5A5 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal">Budapest, 10 Sept 2019<o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid #A5A5A5 1.0pt;border-top:none;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal">Mr Liam O'Brien<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #A5A5A5 1.0pt;border-right:solid #A5A5A5 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal">Policy Officer, Digital Economy Branch<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #A5A5A5 1.0pt;border-right:solid #A5A5A5 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal"><a href="mailto:liam.obrien@communications.gov.au">liam.obrien@communications.gov.au</a><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #A5A5A5 1.0pt;border-right:solid #A5A5A5 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"><p class="MsoNormal">Budapest, 10 Sept 2019<o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">We look forward to receiving the agenda.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Daniel Wu</b><o:p></o:p></p>
<p class="MsoNormal">Director | International Section<o:p></o:p></p>
<p class="MsoNormal">Communications Services Division<o:p></o:p></p>
<p class="MsoNormal">Department of Communications and the Arts<o:p></o:p></p>
<p class="MsoNormal">T +61 2 6271 1624 | GPO Box 2154 Canberra ACT 2601<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">The Department acknowledges the traditional owners of country throughout Australia and their continuing connection to land, sea and community.<o:p></o:p></span></p>
"""
_au_html = outlook_html(_au_inner, cs="us-ascii", lang="EN-AU")
M("en-aus", "en", "2019-08-07 03:18:52", tz="+1000", src=("mail.communications.gov.au", "164.97.246.12"),
  hdr="""From: "Wu, Daniel" <Daniel.Wu@communications.gov.au>
To: "sme@itu.int" <sme@itu.int>
CC: "McKenzie, Sarah" <Sarah.McKenzie@communications.gov.au>, "O'Brien, Liam"
 <Liam.OBrien@communications.gov.au>
Subject: Australian nominations - CI-19/35 [SEC=UNCLASSIFIED]
Thread-Topic: Australian nominations - CI-19/35 [SEC=UNCLASSIFIED]
Date: DATE
Message-ID: <ME1PR01MB0884B2E3C4D5A6F7089A1B2C3D4E5F60@ME1PR01MB0884.ausprd01.prod.outlook.com>
Accept-Language: en-AU
Content-Language: en-US
X-Protective-Marking: VER=2012.3, NS=gov.au, SEC=UNCLASSIFIED,
 ORIGIN=Daniel.Wu@communications.gov.au""",
  body=MP("alternative", T(html_to_text(_au_html), "us-ascii", "7bit"),
          T(_au_html, "us-ascii", "quoted-printable", sub="html"), style="outlook"),
  label=L("nomination", "AUS", [
      D("Sarah McKenzie", title="Assistant Director, International Engagement Section", email="sarah.mckenzie@communications.gov.au"),
      D("Liam O'Brien", title="Policy Officer, Digital Economy Branch", email="liam.obrien@communications.gov.au")],
      [BUD]))

# --- New Zealand: decline
M("en-nzl", "en", "2019-08-01 01:05:33", tz="+1200", src=("mx1.mbie.govt.nz", "202.46.163.20"),
  hdr="""From: Hemi Walker <Hemi.Walker@mbie.govt.nz>
To: "sme@itu.int" <sme@itu.int>
Subject: RE: CI-19/35 - consultation sessions
Date: DATE
Message-ID: <SYBPR01MB4412F0A1B2C3D4E5F6A7B8C9D0E1F2A3@SYBPR01MB4412.ausprd01.prod.outlook.com>
Content-Language: en-NZ""",
  body=T("""Kia ora,

Thank you for the invitation. New Zealand won't be sending anyone to the Budapest session - we don't have officials travelling to Telecom World this year.

Nga mihi,

Hemi Walker
Senior Policy Advisor | Communications Policy
Ministry of Business, Innovation & Employment
15 Stout Street, Wellington 6011
""", "us-ascii", "7bit"),
  label=L("decline", "NZL"))

# --- Singapore: names with a Chinese alias
M("en-sgp", "en", "2019-08-15 10:02:17", tz="+0800", src=("mailgw.imda.gov.sg", "160.96.84.11"),
  hdr="""From: "Goh Mei Ling (IMDA)" <goh_mei_ling@imda.gov.sg>
To: "sme@itu.int" <sme@itu.int>
Subject: [Singapore] Nominations for SME Consultation Session at ITU Telecom
 World 2019 (CI-19/35)
Date: DATE
Message-ID: <SG2PR01MB2143A7F6E5D4C3B2A1908F7E6D5C4B3A@SG2PR01MB2143.apcprd01.prod.outlook.com>
Content-Language: en-SG""",
  body=OLALT("""Dear Sir / Madam,

IMDA refers to ITU Circular CI-19/35 and is pleased to nominate the following officers from Singapore to attend the consultation session on 10 Sep 2019 in Budapest:

(1) Ms Nurul Huda binte Rahman
    Assistant Director (International Relations)
    nurul_huda_rahman@imda.gov.sg

(2) Mr Tan Wei Ming (陈伟明)
    Deputy Director (Industry Development)
    tan_wei_ming@imda.gov.sg

Thank you.

Best regards,
Goh Mei Ling
Manager, International Relations
Infocomm Media Development Authority
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438

CONFIDENTIALITY NOTICE: This email and any attachments are intended only for the addressee(s).
""", "utf-8", "base64", lang="EN-SG"),
  label=L("nomination", "SGP", [
      D("Nurul Huda binte Rahman", title="Assistant Director (International Relations)", email="nurul_huda_rahman@imda.gov.sg"),
      D("Tan Wei Ming", ["陈伟明"], title="Deputy Director (Industry Development)", email="tan_wei_ming@imda.gov.sg")],
      [BUD]))

# --- Papua New Guinea: nomination well after the deadline
M("en-png", "en", "2019-09-02 09:14:40", tz="+1000", src=("mail.nicta.gov.pg", "202.1.47.98"),
  hdr="""From: NICTA International <international@nicta.gov.pg>
To: sme@itu.int
Subject: PNG participation - SME session Budapest
Date: DATE
Message-ID: <000d01d5614e$0ac7f3e0$2057dba0$@nicta.gov.pg>
X-Mailer: Microsoft Outlook 14.0""",
  body=T("""Dear Sir/Madam,

Apologies for the delay in our reply to circular CI-19/35.

PNG would still like to participate in the SME consultation session in Budapest if possible. Our nominee is Mr. Peter Kaupa, Executive Manager, Policy and Spectrum, NICTA (pkaupa@nicta.gov.pg, ph +675 303 3200).

Mr Kaupa will already be in Budapest for Telecom World.

Regards
Joyce Waim
for Chief Executive Officer
National Information and Communications Technology Authority (NICTA)
Port Moresby, Papua New Guinea
""", "us-ascii", "7bit"),
  label=L("nomination", "PNG", [D("Peter Kaupa", title="Executive Manager, Policy and Spectrum, NICTA", email="pkaupa@nicta.gov.pg")], [BUD]))

# --- United Kingdom: two names in running text
M("en-gbr-1", "en", "2019-08-12 11:47:25", tz="+0100", src=("mail.culture.gov.uk", "51.140.22.87"),
  hdr="""From: Eleanor Whitfield <eleanor.whitfield@culture.gov.uk>
To: "sme@itu.int" <sme@itu.int>
Subject: UK response to CI-19/35
Date: DATE
Message-ID: <LO2P123MB2205B1C0D9E8F7A6B5C4D3E2F1A0B9C8@LO2P123MB2205.GBRP123.PROD.OUTLOOK.COM>
Content-Language: en-GB""",
  body=MP("alternative", T("""Dear colleagues,

Thank you for Circular CI-19/35. The UK is pleased to take part in the consultation sessions on fostering tech and innovation SMEs.

For the first session in Budapest we would like to nominate James Holloway (International Telecoms Policy Lead, james.holloway@culture.gov.uk) and Priya Sharma (Senior Policy Adviser, Digital Economy, priya.sharma@culture.gov.uk), both from the Department for Digital, Culture, Media and Sport.

Best wishes,
Eleanor

Eleanor Whitfield | Head of ITU and Multilateral Engagement
International Digital Policy Team | Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ | +44 (0)20 7211 6304
""", "utf-8", "7bit", ct='text/plain; charset="utf-8"'),
      T("""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
Dear colleagues,<br><br>
Thank you for Circular CI-19/35. The UK is pleased to take part in the consultation sessions on fostering tech and innovation SMEs.<br><br>
For the first session in Budapest we would like to nominate James Holloway (International Telecoms Policy Lead, <a href="mailto:james.holloway@culture.gov.uk">james.holloway@culture.gov.uk</a>) and Priya Sharma (Senior Policy Adviser, Digital Economy, <a href="mailto:priya.sharma@culture.gov.uk">priya.sharma@culture.gov.uk</a>), both from the Department for Digital, Culture, Media and Sport.<br><br>
Best wishes,<br>
Eleanor<br><br>
<span style="font-size:9pt;color:#595959">Eleanor Whitfield | Head of ITU and Multilateral Engagement<br>
International Digital Policy Team | Department for Digital, Culture, Media &amp; Sport<br>
100 Parliament Street, London SW1A 2BQ | +44 (0)20 7211 6304</span>
</div>
</body>
</html>
""", "utf-8", "quoted-printable", sub="html", ct='text/html; charset="utf-8"'), style="outlook"),
  label=L("nomination", "GBR", [
      D("James Holloway", title="International Telecoms Policy Lead", email="james.holloway@culture.gov.uk"),
      D("Priya Sharma", title="Senior Policy Adviser, Digital Economy", email="priya.sharma@culture.gov.uk")], [BUD]))

# --- United Kingdom again: one name replaced, the rest only in the quoted earlier mail
M("en-gbr-2", "en", "2019-08-30 16:08:12", tz="+0100", src=("mail.culture.gov.uk", "51.140.22.87"),
  hdr="""From: Eleanor Whitfield <eleanor.whitfield@culture.gov.uk>
To: "sme@itu.int" <sme@itu.int>
Cc: Oliver Bennett <oliver.bennett@culture.gov.uk>
Subject: RE: UK response to CI-19/35
Date: DATE
Message-ID: <LO2P123MB2205F7E6D5C4B3A2910F8E7D6C5B4A39@LO2P123MB2205.GBRP123.PROD.OUTLOOK.COM>
In-Reply-To: <LO2P123MB2205B1C0D9E8F7A6B5C4D3E2F1A0B9C8@LO2P123MB2205.GBRP123.PROD.OUTLOOK.COM>
References: <LO2P123MB2205B1C0D9E8F7A6B5C4D3E2F1A0B9C8@LO2P123MB2205.GBRP123.PROD.OUTLOOK.COM>
Content-Language: en-GB""",
  body=T("""Dear colleagues,

A small change to the UK delegation for Budapest, I'm afraid: James is no longer able to travel. Could you please replace him with Oliver Bennett, Head of International Digital Policy (oliver.bennett@culture.gov.uk)? Priya will attend as planned.

Many thanks and apologies for the late notice.

Best wishes,
Eleanor

Eleanor Whitfield | Head of ITU and Multilateral Engagement
International Digital Policy Team | Department for Digital, Culture, Media & Sport

________________________________
From: Eleanor Whitfield
Sent: 12 August 2019 10:46
To: sme@itu.int <sme@itu.int>
Subject: UK response to CI-19/35

Dear colleagues,

Thank you for Circular CI-19/35. The UK is pleased to take part in the consultation sessions on fostering tech and innovation SMEs.

For the first session in Budapest we would like to nominate James Holloway (International Telecoms Policy Lead, james.holloway@culture.gov.uk) and Priya Sharma (Senior Policy Adviser, Digital Economy, priya.sharma@culture.gov.uk), both from the Department for Digital, Culture, Media and Sport.

Best wishes,
Eleanor
""", "utf-8", "quoted-printable", ct='text/plain; charset="utf-8"'),
  label=L("correction", "GBR", [
      D("Oliver Bennett", title="Head of International Digital Policy", email="oliver.bennett@culture.gov.uk"),
      D("Priya Sharma", title="Senior Policy Adviser, Digital Economy", email="priya.sharma@culture.gov.uk")],
      [BUD], sup="en-gbr-1"))

# --- Malta: the name in running text after a verb
M("en-mlt", "en", "2019-08-14 12:36:09", tz="+0200", src=("mail.gov.mt", "193.188.45.10"),
  hdr="""From: "Borg Grech, Rachel at MEIB" <rachel.borg-grech@gov.mt>
To: "sme@itu.int" <sme@itu.int>
Subject: Malta - CI-19/35
Date: DATE
Message-ID: <AM6PR0502MB3767C9B8A7F6E5D4C3B2A1F0E9D8C7B6@AM6PR0502MB3767.eurprd05.prod.outlook.com>
Content-Language: en-GB""",
  body=OLALT("""Dear Sir, Madam,

With reference to Circular CI-19/35, I am directed to inform you that the Ministry for the Economy, Investment and Small Business has designated Dr Mark Azzopardi, Chief Officer Policy and Planning at the Malta Communications Authority, to attend the consultation session to be held in Budapest on 10 September. Dr Azzopardi can be reached on mark.azzopardi@mca.org.mt.

Regards,

Rachel Borg Grech
Assistant Director (EU and International Affairs)
Ministry for the Economy, Investment and Small Business
Auberge de Castille, Valletta VLT 1060

Please consider the environment before printing this email.
""", "us-ascii", "7bit", lang="EN-GB"),
  label=L("nomination", "MLT", [D("Mark Azzopardi", title="Chief Officer Policy and Planning at the Malta Communications Authority",
                                  email="mark.azzopardi@mca.org.mt")], [BUD]))

# --- Malawi: a question about the later sessions only
M("en-mwi", "en", "2019-08-09 08:55:27", tz="+0200", src=("mail.macra.org.mw", "41.87.7.66"),
  hdr="""From: Ruth Mwale <rmwale@macra.org.mw>
To: sme@itu.int
Subject: Enquiry on CI-19/35
Date: DATE
Message-ID: <5d4e69f1.1c69fb81.3a2e7.5d1c@mx.google.com>
X-Google-Original-From: "Ruth Mwale" <rmwale@macra.org.mw>""",
  body=GMALT("""Dear Sir/Madam

Our officers handling SME programmes are committed during the period of Telecom World. Is it possible for Malawi to nominate only for the later sessions (Council Working Group 2020 or WSIS Forum 2020), and if so by when should the names reach you?

Kind regards

Ruth Mwale
Manager, International Relations
Malawi Communications Regulatory Authority (MACRA)
Salmin Amour Road, Blantyre
""", "us-ascii", "7bit"),
  label=L("inquiry", "MWI"))

# ================================================================ English: the rest of the mailbox

# --- ITU's own Exchange: the acknowledgement to one of Zimbabwe's addresses bounced
_ack_zwe = """From: SME <sme@itu.int>
To: Tinashe Gumbo <tgumbo@potraz.gov.zw>
CC: "t.moyo@potraz.gov.zw" <t.moyo@potraz.gov.zw>, "fchikowore@ictministry.gov.zw"
 <fchikowore@ictministry.gov.zw>, "rmapfumo@potraz.gov.zw" <rmapfumo@potraz.gov.zw>
Subject: RE: Zimbabwe nominatins - SME consultation session Budapest
Date: Mon, 19 Aug 2019 07:29:58 +0000
Message-ID: <0e3f41c2d8b94f6aa1c7d5e2b9f08a61@EXCH-MBX01.itu.int>
Content-Language: en-US
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dear Mr Gumbo,

Thank you for your message. We acknowledge with thanks the nominations of Zimbabwe for the consultation session "Fostering tech and innovation SMEs" on 10 September 2019 in Budapest: Dr Tendai Moyo (Head of Delegation), Mr Farai Chikowore and Ms Rudo Mapfumo.

The detailed agenda and practical information will be sent to the nominees shortly.

Best regards,

SME team
International Telecommunication Union
"""
M("en-bounce-itu", "en", "2019-08-19 09:30:03", tz="+0000", lag=2, src=("EXCH-HUB01.itu.int", "10.100.1.31"), hops=(),
  hdr="""From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@itu.int>
To: <sme@itu.int>
Date: DATE
Content-Language: en-US
Message-ID: <6b9c52f0-17a3-4b28-9e0d-3f5a8c1d2e47@EXCH-HUB01.itu.int>
In-Reply-To: <0e3f41c2d8b94f6aa1c7d5e2b9f08a61@EXCH-MBX01.itu.int>
Subject: Undeliverable: RE: Zimbabwe nominatins - SME consultation session
 Budapest
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:""",
  body=MP("report",
          MP("alternative",
             T("""Delivery has failed to these recipients or groups:

fchikowore@ictministry.gov.zw
A problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, please contact your helpdesk.



The following organization rejected your message: mail.ictministry.gov.zw.




Diagnostic information for administrators:

Generating server: EXCH-HUB01.itu.int

fchikowore@ictministry.gov.zw
mail.ictministry.gov.zw
Remote Server returned '550 5.1.1 <fchikowore@ictministry.gov.zw>: Recipient address rejected: User unknown in virtual mailbox table'

Original message headers:

Received: from EXCH-MBX01.itu.int (10.100.3.11) by EXCH-HUB01.itu.int
 (10.100.1.31) with Microsoft SMTP Server (TLS) id 14.3.468.0; Mon, 19 Aug
 2019 09:30:01 +0200
From: SME <sme@itu.int>
Subject: RE: Zimbabwe nominatins - SME consultation session Budapest
Date: Mon, 19 Aug 2019 07:29:58 +0000
Message-ID: <0e3f41c2d8b94f6aa1c7d5e2b9f08a61@EXCH-MBX01.itu.int>
""", "us-ascii", "7bit"),
             T("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:fchikowore@ictministry.gov.zw">fchikowore@ictministry.gov.zw</a><br>
A problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, please contact your helpdesk.<br>
</p>
<p>The following organization rejected your message: mail.ictministry.gov.zw.<br>
</p>
</font>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: EXCH-HUB01.itu.int</p>
<p>fchikowore@ictministry.gov.zw<br>
mail.ictministry.gov.zw<br>
Remote Server returned '550 5.1.1 &lt;fchikowore@ictministry.gov.zw&gt;: Recipient address rejected: User unknown in virtual mailbox table'<br>
</p>
</font>
</body>
</html>
""", "us-ascii", "7bit", sub="html"), style="outlook"),
          DSN("""Reporting-MTA: dns;EXCH-HUB01.itu.int
Received-From-MTA: dns;EXCH-MBX01.itu.int
Arrival-Date: Mon, 19 Aug 2019 07:30:01 +0000

Final-Recipient: rfc822;fchikowore@ictministry.gov.zw
Action: failed
Status: 5.1.1
Remote-MTA: dns;mail.ictministry.gov.zw
Diagnostic-Code: smtp;550 5.1.1 <fchikowore@ictministry.gov.zw>: Recipient address rejected: User unknown in virtual mailbox table
"""),
          RFC822(_ack_zwe),
          style="outlook", params=';\n\treport-type=delivery-status'),
  label=L("bounce"))

# --- a remote Postfix: mailbox full (the acknowledgement sent to Zambia's registry)
M("en-bounce-postfix", "en", "2019-08-20 11:02:47", tz="+0200", lag=1, src=("smtp.mtc.gov.zm", "41.63.0.76"), hops=(),
  hdr="""Date: DATE
From: MAILER-DAEMON@smtp.mtc.gov.zm (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sme@itu.int
Auto-Submitted: auto-replied
Message-Id: <20190820090246.5E3A1C0A4B@smtp.mtc.gov.zm>""",
  body=MP("report",
          T("""This is the mail system at host smtp.mtc.gov.zm.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<registry@mtc.gov.zm>: maildir delivery failed: Sorry, the user's maildir has
    overdrawn his diskspace quota, please try again later.
""", "us-ascii", "7bit", ct="text/plain; charset=us-ascii", extra=["Content-Description: Notification"]),
          DSN("""Reporting-MTA: dns; smtp.mtc.gov.zm
X-Postfix-Queue-ID: 5E3A1C0A4B
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: Tue, 20 Aug 2019 11:02:44 +0200 (CAT)

Final-Recipient: rfc822; registry@mtc.gov.zm
Original-Recipient: rfc822;registry@mtc.gov.zm
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildir delivery failed: Sorry, the user's maildir
    has overdrawn his diskspace quota, please try again later.
"""),
          T("""Received: from mx1.itu.int (mx1.itu.int [156.106.192.21])
	by smtp.mtc.gov.zm (Postfix) with ESMTPS id 5E3A1C0A4B
	for <registry@mtc.gov.zm>; Tue, 20 Aug 2019 11:02:44 +0200 (CAT)
From: SME <sme@itu.int>
To: Mwila Chanda <mchanda@mtc.gov.zm>
CC: "registry@mtc.gov.zm" <registry@mtc.gov.zm>
Subject: RE: CI-19/35 Consultation sessions for Member States
Date: Tue, 20 Aug 2019 09:02:31 +0000
Message-ID: <a1d07c3e55e84b2f9c6e0b7d4f2a8e13@EXCH-MBX02.itu.int>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
""", "us-ascii", "7bit", ct="text/rfc822-headers", extra=["Content-Description: Undelivered Message Headers"]),
          style="plain", params=';\n\treport-type=delivery-status', preamble=b"This is a MIME-encapsulated message.\n\n"),
  label=L("bounce"))

# --- auto-reply from a Nigerian nominee to the acknowledgement
M("en-ooo-nga", "en", "2019-08-13 09:12:40", tz="+0100", lag=3, src=("mail2.ncc.gov.ng", "196.46.241.18"),
  hdr="""From: Chinedu Okafor <cokafor@ncc.gov.ng>
To: SME <sme@itu.int>
Subject: Automatic reply: CI-19/35 - acknowledgement of your nomination
Thread-Topic: CI-19/35 - acknowledgement of your nomination
Date: DATE
Message-ID: <7b2e8f04d1c64a3c9e5f0a7d2b8c1e94@EXCH01.ncc.gov.ng>
In-Reply-To: <c4f8e2a1b7d34e9f8a0c6b5d2e1f7a39@EXCH-MBX01.itu.int>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: cokafor@ncc.gov.ng
Content-Language: en-US""",
  body=OLALT("""Thank you for your mail.

I am currently out of the office on official assignment with limited access to email and will be back on Monday, 19th August 2019.

For urgent matters please contact Mrs. Aisha Bello-Mohammed (abello-mohammed@ncc.gov.ng) or call +234 9 461 7000.

Regards,
Engr. Chinedu Okafor
""", "us-ascii", "7bit", lang="EN-US"),
  label=L("auto_reply"))

# --- Outlook read receipt from the U.S. sender
M("en-mdn-usa", "en", "2019-08-07 21:16:05", tz="-0400", lag=5, src=("mail2.state.gov", "169.252.4.30"),
  hdr="""From: "Hollis, Karen M" <HollisKM@state.gov>
To: SME <sme@itu.int>
Subject: Read: CI-19/35 - acknowledgement of your nomination
Date: DATE
Message-ID: <BN7PR09MB27381A2B3C4D5E6F7A8B9C0D1E2F3A4B@BN7PR09MB2738.namprd09.prod.outlook.com>
Content-Language: en-US""",
  body=MP("report",
          T("""Your message

  To: Hollis, Karen M
  Subject: CI-19/35 - acknowledgement of your nomination
  Sent: Wednesday, August 7, 2019 9:41:27 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Wednesday, August 7, 2019 3:16:00 PM (UTC-05:00) Eastern Time (US & Canada).
""", "us-ascii", "7bit"),
          MDN("""Reporting-UA: BN7PR09MB2738.namprd09.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;HollisKM@state.gov
Original-Message-ID: <9d3a7e21f6c84b0ea2d5c8f17b4e6a05@EXCH-MBX02.itu.int>
Disposition: manual-action/MDN-sent-manually; displayed
"""), style="outlook", params=';\n\treport-type=disposition-notification'),
  label=L("auto_reply"))

# --- vendor pitch: the classic attendee-list offer
M("en-spam-leads", "en", "2019-08-05 15:44:21", tz="-0500", src=("mail-sor-f69.google.com", "209.85.220.69"),
  hdr="""From: Emily Carter <emily.carter@eventleadsdata.com>
To: sme@itu.int
Subject: ITU Telecom World 2019 - Attendees Email List
Date: DATE
Message-ID: <CAM4k2x9Vq1Z8nT+R6pJ3w_aB7yLc0eHfG5sD2uK9oQ1mN4Xt=w@mail.gmail.com>""",
  body=MP("alternative", T("""Hi,

Hope you are doing well.

Would you be interested in acquiring ITU Telecom World 2019 Attendees Email List?

List Includes: Contact Name, Job Title, Company Name, Email address, Phone number, Website etc.

Number of Contacts: 7,894
Cost: $ 1,497

Let me know if you are interested and I will get back with more information.

Regards,
Emily Carter | Marketing Executive

If you don't wish to receive emails from us reply back with "Leave Out".
""", "UTF-8", "7bit"),
      T("""<div dir="ltr"><p>Hi,</p><p>Hope you are doing well.</p><p>Would you be interested in acquiring <b>ITU Telecom World 2019 Attendees Email List</b>?</p><p>List Includes: Contact Name, Job Title, Company Name, Email address, Phone number, Website etc.</p><p>Number of Contacts: 7,894<br>Cost: $ 1,497</p><p>Let me know if you are interested and I will get back with more information.</p><p>Regards,<br>Emily Carter | Marketing Executive</p><p><font size="1">If you don&#39;t wish to receive emails from us reply back with &quot;Leave Out&quot;.</font></p></div>
""", "UTF-8", "7bit", sub="html"), style="gmail"),
  label=L("unrelated"))

# --- an external policy newsletter, HTML only
M("en-newsletter", "en", "2019-07-31 07:00:12", tz="+0000", lag=40, itu="postfix",
  src=("mta-17.mail.digitalpolicydigest.org", "198.51.100.17"), hops=(),
  hdr="""From: Digital Policy Digest <newsletter@digitalpolicydigest.org>
Reply-To: newsletter@digitalpolicydigest.org
To: sme@itu.int
Subject: Digital Policy Digest #112: spectrum auctions, SME finance, and the
 road to WTDC-21
Date: DATE
Message-ID: <20190731070000.112.4f8a2c1e@mta-17.mail.digitalpolicydigest.org>
List-Unsubscribe: <https://digitalpolicydigest.org/unsubscribe?u=sme%40itu.int>
Precedence: bulk""",
  body=T("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Digital Policy Digest #112</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td><h1 style="font-size:24px">Digital Policy Digest &mdash; Issue 112</h1>
<p style="color:#777">31 July 2019 &middot; Your weekly briefing on telecom and digital policy</p></td></tr>
<tr><td><h2>Spectrum auctions heat up</h2><p>Three regulators in Europe and two in Latin America have announced 5G award timetables for 2020. We look at reserve prices and coverage obligations.</p></td></tr>
<tr><td><h2>Financing tech SMEs</h2><p>A new report argues that public procurement, not grants, is the most effective lever for growing digital start-ups in emerging markets.</p></td></tr>
<tr><td><h2>Calendar</h2><p>9&ndash;12 September: ITU Telecom World 2019, Budapest &middot; 23&ndash;25 September: IGF regional workshop, Nairobi</p></td></tr>
<tr><td style="font-size:11px;color:#999">You are receiving this because you subscribed at digitalpolicydigest.org. <a href="https://digitalpolicydigest.org/unsubscribe?u=sme%40itu.int">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>
""", "utf-8", "quoted-printable", sub="html"),
  label=L("unrelated"))

# --- ITU Service Desk, internal
M("en-itu-servicedesk", "en", "2019-08-22 17:30:02", tz="+0200", lag=2, src=("EXCH-MBX02.itu.int", "10.100.3.12"), hops=(),
  hdr="""From: ITU Service Desk <servicedesk@itu.int>
To: ITU Staff Shared Mailbox Owners <sharedmailbox-owners@itu.int>
Subject: [Planned maintenance] Shared mailboxes unavailable Saturday 24 August
 08:00-14:00
Date: DATE
Message-ID: <3c71e5a9b02d4f6e8a1b9c0d7e2f4a68@EXCH-MBX02.itu.int>
Content-Language: en-US
X-MS-Exchange-Organization-AuthAs: Internal""",
  body=T("""Dear colleagues,

As part of the migration of ITU mailboxes, shared and functional mailboxes (for example sme@itu.int, tsbmail@itu.int) will be unavailable on Saturday 24 August 2019 between 08:00 and 14:00 Geneva time.

Messages sent to these addresses during the maintenance window will be queued and delivered once the work is completed. No action is required on your part.

If you experience any issue after the maintenance, please contact the Service Desk at ext. 5000 or servicedesk@itu.int.

Kind regards,
ITU Service Desk
Information Services Department
""", "us-ascii", "7bit"),
  label=L("unrelated"))

# --- an ITU colleague about the room in Budapest (internal business)
M("en-itu-colleague", "en", "2019-08-26 14:51:37", tz="+0200", lag=3, src=("EXCH-MBX01.itu.int", "10.100.3.11"), hops=(),
  hdr="""From: "Kowalczyk, Marta" <marta.kowalczyk@itu.int>
To: SME <sme@itu.int>
CC: "Clark, Christopher" <christopher.clark@itu.int>
Subject: Budapest - room and catering for the SME consultation (10 Sept)
Date: DATE
Message-ID: <8e4b1f2c7a3d4e59b60c1d2e3f4a5b6c@EXCH-MBX01.itu.int>
Content-Language: en-US""",
  body=T("""Hi both,

Quick update from the Telecom World logistics side: the SME consultation on Tuesday 10 Sept is confirmed in Room B2 (Hungexpo, Pavilion B) from 14:00 to 16:00. The room seats 60 in U-shape + 40 in the back.

Can you send me by Friday:
- the final number of registered Member State participants,
- whether you want interpretation (EN/FR/ES/RU?) - the booths must be ordered this week,
- the coffee break time.

Thanks!
Marta

Marta Kowalczyk
Events Coordinator, ITU Telecom
International Telecommunication Union
Place des Nations, 1211 Geneva 20
""", "us-ascii", "7bit"),
  label=L("unrelated"))

# --- phishing aimed at the functional mailbox
M("en-phish", "en", "2019-08-09 04:12:58", tz="+0000", src=("vps-21433.hostnet-cloud.com", "203.0.113.88"),
  hdr="""From: "IT Help Desk" <no-reply@itu-int-support.com>
To: sme@itu.int
Subject: [Action Required] sme@itu.int mailbox storage 99% full
Date: DATE
Message-ID: <a58c1d92e7f34b61@vps-21433.hostnet-cloud.com>
X-Priority: 1 (Highest)""",
  body=T("""<html><body style="font-family:Segoe UI,Arial">
<p>Dear sme@itu.int,</p>
<p>Your mailbox has exceeded the storage limit set by your administrator (<b>49.9 GB / 50 GB</b>).
You will not be able to send or receive new messages until you re-validate your mailbox.</p>
<p><a href="http://itu-int-support.com/owa/validate?u=sme%40itu.int" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Re-validate mailbox</a></p>
<p>Failure to validate within 24 hours will lead to permanent deactivation.</p>
<p>Thank you,<br>IT Help Desk</p>
</body></html>
""", "us-ascii", "7bit", sub="html"),
  label=L("unrelated"))

# ================================================================ French

# --- Sénégal, ARTP: two nominees, Latin-1 quoted-printable
M("fr-sen", "fr", "2019-08-09 12:18:44", tz="+0000", src=("mail.artp.sn", "41.214.90.5"),
  hdr="""From: "Aminata Faye" <aminata.faye@artp.sn>
To: sme@itu.int
Cc: "Mamadou Lamine Diop" <mldiop@artp.sn>
Subject: =?iso-8859-1?Q?Circulaire_CI-19/35_-_D=E9signation_des_participants_?=
 =?iso-8859-1?Q?du_S=E9n=E9gal?=
Date: DATE
Message-ID: <001a01d54e9f$3c2b1a00$b4814e00$@artp.sn>
X-Mailer: Microsoft Outlook 16.0
Content-Language: fr""",
  body=OLALT("""Madame, Monsieur,

Suite à la lettre circulaire CI-19/35 du 23 juillet 2019 relative aux sessions de consultation « Promouvoir les PME du secteur des technologies et de l'innovation », l'Autorité de Régulation des Télécommunications et des Postes (ARTP) a l'honneur de vous confirmer l'intérêt du Sénégal et de vous communiquer les noms des participants désignés pour la première session, le 10 septembre 2019 à Budapest :

- M. Mamadou Lamine Diop, Directeur des Télécommunications, mldiop@artp.sn ;
- Mme Fatou Ndiaye Sarr, Cheffe de la Division Innovation et Économie numérique, fatou.sarr@artp.sn.

Nous vous prions de bien vouloir leur adresser directement le programme détaillé dès qu'il sera disponible.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Aminata Faye
Chargée des Relations internationales
Autorité de Régulation des Télécommunications et des Postes (ARTP)
Route des Almadies, BP 14130 Dakar - Sénégal
Tél. : +221 33 869 03 69
""", "iso-8859-1", "quoted-printable", lang="FR"),
  label=L("nomination", "SEN", [
      D("Mamadou Lamine Diop", title="Directeur des Télécommunications", email="mldiop@artp.sn"),
      D("Fatou Ndiaye Sarr", title="Cheffe de la Division Innovation et Économie numérique", email="fatou.sarr@artp.sn")],
      [BUD]))

# --- Côte d'Ivoire, the Ministry first (Windows-1252, 8bit)
M("fr-civ-1", "fr", "2019-08-09 17:02:31", tz="+0000", src=("smtp.telecom.gouv.ci", "196.47.128.41"),
  hdr="""From: Cabinet MENUP <cabinet@telecom.gouv.ci>
To: sme@itu.int
Subject: =?windows-1252?Q?R=E9ponse_=E0_la_circulaire_CI-19/35?=
Date: DATE
Message-ID: <5D4DA7E2.6070503@telecom.gouv.ci>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0
Content-Language: fr""",
  body=T("""Madame, Monsieur,

En réponse à votre correspondance citée en objet, le Ministère de l'Economie Numérique et de la Poste de Côte d'Ivoire vous informe de son intérêt pour la série de consultations et désigne M. Kouadio Yao Serge, Sous-Directeur de la Promotion des PME du numérique, pour prendre part à la première session prévue à Budapest le 10 septembre 2019.

Contact : serge.kouadio@telecom.gouv.ci / +225 20 34 73 02

Une note verbale de notre Mission permanente à Genève suivra.

Cordialement,

Le Chef de Cabinet
Ministère de l'Economie Numérique et de la Poste
Abidjan-Plateau, Immeuble Postel 2001
""", "windows-1252", "8bit", ct="text/plain; charset=windows-1252; format=flowed"),
  label=L("nomination", "CIV", [D("Kouadio Yao Serge", title="Sous-Directeur de la Promotion des PME du numérique",
                                  email="serge.kouadio@telecom.gouv.ci")], [BUD]))

# --- Côte d'Ivoire, then the Permanent Mission's note verbale with the same name
M("fr-civ-2", "fr", "2019-08-14 15:40:19", tz="+0200", src=("mail.mission-cotedivoire.ch", "212.243.87.33"),
  hdr="""From: Mission Permanente de Cote d'Ivoire <mission.civ@bluewin.ch>
To: sme@itu.int
Subject: Note verbale =?utf-8?B?TsKw?= 0612/MPCI/GVA/2019 - CI-19/35
Date: DATE
Message-ID: <000f01d552a7$8e9c2a10$abd47e30$@bluewin.ch>
X-Mailer: Microsoft Outlook 15.0""",
  body=MP("mixed",
          OLALT("""MISSION PERMANENTE DE LA REPUBLIQUE DE CÔTE D'IVOIRE
AUPRES DE L'OFFICE DES NATIONS UNIES A GENEVE
ET DES AUTRES ORGANISATIONS INTERNATIONALES EN SUISSE

N° 0612/MPCI/GVA/2019

NOTE VERBALE

La Mission Permanente de la République de Côte d'Ivoire auprès de l'Office des Nations Unies à Genève et des autres Organisations Internationales en Suisse présente ses compliments au Secrétariat général de l'Union Internationale des Télécommunications (UIT) et, se référant à la lettre circulaire CI-19/35 du 23 juillet 2019, a l'honneur de lui communiquer le nom du représentant de la Côte d'Ivoire à la première session de consultation « Promouvoir les PME du secteur des technologies et de l'innovation », prévue le 10 septembre 2019 à Budapest (Hongrie) :

Monsieur KOUADIO Yao Serge
Sous-Directeur de la Promotion des PME du numérique
Ministère de l'Economie Numérique et de la Poste
E-mail : serge.kouadio@telecom.gouv.ci

La Mission Permanente de la République de Côte d'Ivoire auprès de l'Office des Nations Unies à Genève et des autres Organisations Internationales en Suisse saisit cette occasion pour renouveler au Secrétariat général de l'Union Internationale des Télécommunications les assurances de sa haute considération.

Genève, le 13 août 2019

[cachet de la Mission]

Secrétariat général de l'Union Internationale des Télécommunications (UIT)
Place des Nations
1211 GENEVE 20
""", "utf-8", "base64", lang="FR"),
          BIN("application/pdf", PDF("NV 0612 MPCI UIT"), "NV_0612_MPCI_UIT_CI-19-35.pdf"),
          style="outlook"),
  label=L("nomination", "CIV", [D("KOUADIO Yao Serge", title="Sous-Directeur de la Promotion des PME du numérique",
                                  email="serge.kouadio@telecom.gouv.ci")], [BUD]))

# --- Cameroun: Outlook HTML table, head of delegation first
_cm_inner = """<p class="MsoNormal">Madame, Monsieur,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Faisant suite à la lettre circulaire CI-19/35, j'ai l'honneur de vous transmettre ci-dessous la composition de la délégation du Cameroun à la session de consultation sur les PME du secteur des technologies et de l'innovation, le 10 septembre 2019 à Budapest :<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>N°</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt"><p class="MsoNormal"><b>Noms et prénoms</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt"><p class="MsoNormal"><b>Fonction</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt"><p class="MsoNormal"><b>Qualité</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt"><p class="MsoNormal"><b>Courriel</b><o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">1<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">M. MBARGA ATANGANA Ebénézer<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Directeur des Communications Electroniques, MINPOSTEL<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Chef de délégation<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:e.mbarga@minpostel.gov.cm">e.mbarga@minpostel.gov.cm</a><o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">2<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Mme NGO NYEMB Christelle<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Chef de Service de la Promotion des TIC, MINPOSTEL<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Membre<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:christelle.ngonyemb@minpostel.gov.cm">christelle.ngonyemb@minpostel.gov.cm</a><o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">3<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">M. HAMADOU BOUBA<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Cadre, Agence de Régulation des Télécommunications (ART)<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Membre<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:hbouba@art.cm">hbouba@art.cm</a><o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Jean-Claude ESSOMBA<o:p></o:p></b></p>
<p class="MsoNormal">Chef de la Cellule de Coopération<o:p></o:p></p>
<p class="MsoNormal">Ministère des Postes et Télécommunications (MINPOSTEL)<o:p></o:p></p>
<p class="MsoNormal">Yaoundé – République du Cameroun<o:p></o:p></p>
"""
_cm_html = outlook_html(_cm_inner, cs="windows-1252", lang="FR")
M("fr-cmr", "fr", "2019-08-14 16:22:50", tz="+0100", src=("mail.minpostel.gov.cm", "195.24.207.114"),
  hdr="""From: Jean-Claude ESSOMBA <jc.essomba@minpostel.gov.cm>
To: "sme@itu.int" <sme@itu.int>
Subject: =?windows-1252?Q?D=E9l=E9gation_du_Cameroun_-_CI-19/35?=
Date: DATE
Message-ID: <E3B2A1C0D9F84E7A96B5C4D3E2F1A0B9@MBX01.minpostel.gov.cm>
Accept-Language: fr-FR
Content-Language: fr-FR""",
  body=MP("alternative", T(html_to_text(_cm_html), "windows-1252", "quoted-printable"),
          T(_cm_html, "windows-1252", "quoted-printable", sub="html"), style="outlook"),
  label=L("nomination", "CMR", [
      D("MBARGA ATANGANA Ebénézer", title="Directeur des Communications Electroniques, MINPOSTEL", email="e.mbarga@minpostel.gov.cm"),
      D("NGO NYEMB Christelle", title="Chef de Service de la Promotion des TIC, MINPOSTEL", email="christelle.ngonyemb@minpostel.gov.cm"),
      D("HAMADOU BOUBA", title="Cadre, Agence de Régulation des Télécommunications (ART)", email="hbouba@art.cm")],
      [BUD]))

# --- Mali: interest only
M("fr-mli", "fr", "2019-08-05 10:06:15", tz="+0000", src=("mail.amrtp.ml", "217.64.97.6"),
  hdr="""From: AMRTP Relations Internationales <ri@amrtp.ml>
To: sme@itu.int
Subject: =?utf-8?Q?Int=C3=A9r=C3=AAt_du_Mali_-_CI-19/35?=
Date: DATE
Message-ID: <1874522913.88431.1564999572114.JavaMail.zimbra@amrtp.ml>
X-Mailer: Zimbra 8.7.11_GA_1854 (ZimbraWebClient - FF68 (Win)/8.7.11_GA_1854)""",
  body=T("""Bonjour,

L'Autorité Malienne de Régulation des Télécommunications/TIC et des Postes (AMRTP) vous remercie pour l'invitation et vous informe que le Mali est intéressé par les sessions de consultation sur les PME du secteur des technologies et de l'innovation.

Le nom de notre participant à la session de Budapest vous sera communiqué ultérieurement.

Cordialement,

Service des Relations Internationales
AMRTP - Bamako, Mali
""", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
  label=L("interest_only", "MLI", sess=[BUD]))

# --- Burkina Faso: decline
M("fr-bfa", "fr", "2019-08-13 13:48:02", tz="+0000", src=("smtp.arcep.bf", "196.28.245.9"),
  hdr="""From: ARCEP Burkina - Secretariat DG <secretariat.dg@arcep.bf>
To: sme@itu.int
Subject: RE: CI-19/35
Date: DATE
Message-ID: <0a4b01d55110$d2e3f140$78abd3c0$@arcep.bf>
X-Mailer: Microsoft Outlook 14.0""",
  body=OLALT("""Madame, Monsieur,

Nous accusons réception de la lettre circulaire CI-19/35 et vous en remercions.

Nous avons le regret de vous informer que l'ARCEP ne pourra pas prendre part à la session de consultation de Budapest, pour des raisons de calendrier.

Veuillez recevoir nos salutations distinguées.

Le Secrétariat du Directeur Général
Autorité de Régulation des Communications Electroniques et des Postes (ARCEP)
Ouagadougou - Burkina Faso
""", "iso-8859-1", "8bit", lang="FR"),
  label=L("decline", "BFA"))

# --- RD Congo: no accents, Gmail, a week late
M("fr-cod", "fr", "2019-08-23 13:35:50", tz="+0100", src=("mail-qk1-f193.google.com", "209.85.222.193"),
  hdr="""From: Patrick Mukendi <patrick.mukendi@gmail.com>
Date: DATE
Message-ID: <CAKx7mJ2nR4+pQ8vW0tF3yH6bZ1cL9eD5sA_gU2oK7iN3fM8rXw@mail.gmail.com>
Subject: Designation RDC session PME Budapest
To: sme@itu.int""",
  body=MP("alternative", T("""Bonjour Monsieur,

Nous avons l honneur de vous transmettre le nom de notre delegue pour la session sur les PME du 10 septembre a Budapest.

Il s agit de Monsieur Patrick Mukendi Tshibangu, Conseiller technique charge des TIC au Cabinet du Ministre des Postes, Telecommunications et Nouvelles Technologies de l Information et de la Communication.
Tel: +243 81 555 2740
Email: patrick.mukendi@gmail.com

Nous nous excusons pour le retard, le courrier nous est parvenu tardivement.

Cordialement

Patrick Mukendi Tshibangu
Conseiller technique
Ministere des PT-NTIC, Kinshasa/Gombe
""", "UTF-8", "7bit"),
      T("""<div dir="ltr">Bonjour Monsieur,<div><br></div><div>Nous avons l honneur de vous transmettre le nom de notre delegue pour la session sur les PME du 10 septembre a Budapest.</div><div><br></div><div>Il s agit de Monsieur Patrick Mukendi Tshibangu, Conseiller technique charge des TIC au Cabinet du Ministre des Postes, Telecommunications et Nouvelles Technologies de l Information et de la Communication.</div><div>Tel: +243 81 555 2740</div><div>Email: <a href="mailto:patrick.mukendi@gmail.com">patrick.mukendi@gmail.com</a></div><div><br></div><div>Nous nous excusons pour le retard, le courrier nous est parvenu tardivement.</div><div><br></div><div>Cordialement</div><div><br></div><div>Patrick Mukendi Tshibangu</div><div>Conseiller technique</div><div>Ministere des PT-NTIC, Kinshasa/Gombe</div></div>
""", "UTF-8", "7bit", sub="html"), style="gmail"),
  label=L("nomination", "COD", [D("Patrick Mukendi Tshibangu", title="Conseiller technique charge des TIC au Cabinet du Ministre des Postes, Telecommunications et Nouvelles Technologies de l Information et de la Communication",
                                  email="patrick.mukendi@gmail.com")], [BUD]))

# --- Bénin: interest only, late in the evening of the deadline
M("fr-ben", "fr", "2019-08-16 22:31:07", tz="+0100", src=("mail.numerique.gouv.bj", "41.138.90.22"),
  hdr="""From: =?iso-8859-15?Q?Direction_de_la_Coop=E9ration?= <cooperation@numerique.gouv.bj>
To: sme@itu.int
Subject: =?iso-8859-15?Q?B=E9nin_-_sessions_de_consultation_PME_(CI-19/35)?=
Date: DATE
Message-ID: <5D571A33.3040607@numerique.gouv.bj>
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Madame, Monsieur,

Le Ministère du Numérique et de la Digitalisation de la République du Bénin a l'honneur de vous faire part de son intérêt pour la série de sessions de consultation « Promouvoir les PME du secteur des technologies et de l'innovation ».

La désignation du participant à la première session est en cours et vous sera notifiée dans les meilleurs délais.

Avec nos remerciements,

Direction de la Coopération et des Relations Internationales
Ministère du Numérique et de la Digitalisation - Cotonou
""", "iso-8859-15", "quoted-printable", ct="text/plain; charset=iso-8859-15; format=flowed"),
  label=L("interest_only", "BEN", sess=[BUD]))

# --- Tchad: a question about costs
M("fr-tcd", "fr", "2019-07-29 11:27:39", tz="+0100", src=("mail-wm1-f66.google.com", "209.85.128.66"),
  hdr="""From: Mahamat Abakar Issa <mahamat.abakar.issa@gmail.com>
Date: DATE
Message-ID: <CAN3vT8Lq5X+rY1w=eK0pB7zQ4mF2dH9sJ6cA_nU8gW1oV3iE5k@mail.gmail.com>
Subject: Demande d'information - CI-19/35
To: sme@itu.int""",
  body=GMALT("""Bonjour,

Je suis chargé du suivi de la lettre circulaire CI-19/35 au Ministère des Postes et des Nouvelles Technologies de l'Information et de la Communication du Tchad.

Pourriez-vous nous préciser si les frais de voyage et de séjour des participants à la session de Budapest seront pris en charge par l'UIT, au moins pour les pays les moins avancés ? Et la session se tiendra-t-elle en français également (interprétation) ?

Dans l'attente de votre retour,

Mahamat Abakar Issa
Chef de Service Coopération internationale
MPNTIC - N'Djamena
""", "UTF-8", "quoted-printable"),
  label=L("inquiry", "TCD"))

# --- France: each nominee with his or her own sessions
M("fr-fra", "fr", "2019-08-07 18:03:26", tz="+0200", src=("smtp.finances.gouv.fr", "145.242.11.9"),
  hdr="""From: DUBOIS-LEFEVRE Claire <claire.dubois-lefevre@finances.gouv.fr>
To: "sme@itu.int" <sme@itu.int>
CC: GIRARD Thomas <thomas.girard@finances.gouv.fr>
Subject: =?iso-8859-1?Q?CI-19/35_-_participation_de_la_France?=
Date: DATE
Message-ID: <3F2E1D0C9B8A47569E8D7C6B5A493827@MEFDGE-EXMBX03.ad.finances.gouv.fr>
Accept-Language: fr-FR
Content-Language: fr-FR""",
  body=OLALT("""Madame, Monsieur,

En réponse à la lettre circulaire CI-19/35, la Direction générale des Entreprises (DGE) confirme l'intérêt de la France pour la série de consultations.

La France sera représentée :
- à la première session (Budapest, 10 septembre 2019) par Mme Claire Dubois-Lefèvre, cheffe du bureau des affaires internationales du numérique (claire.dubois-lefevre@finances.gouv.fr) ;
- aux sessions de 2020, lors des réunions des groupes de travail du Conseil et du Forum du SMSI, par M. Thomas Girard, chargé de mission PME et innovation (thomas.girard@finances.gouv.fr).

Bien cordialement,

Claire Dubois-Lefèvre
Cheffe du bureau des affaires internationales du numérique
Direction générale des Entreprises - Service de l'économie numérique
Ministère de l'Économie et des Finances
61, boulevard Vincent Auriol - 75703 Paris Cedex 13
Tél. : +33 1 53 18 47 12
""", "iso-8859-1", "quoted-printable", lang="FR"),
  label=L("nomination", "FRA", [
      D("Claire Dubois-Lefèvre", title="cheffe du bureau des affaires internationales du numérique", email="claire.dubois-lefevre@finances.gouv.fr"),
      D("Thomas Girard", title="chargé de mission PME et innovation", email="thomas.girard@finances.gouv.fr")],
      [BUD, CWG, WSIS]))

# --- Haïti: the Director General will attend, but his name is not given
M("fr-hti", "fr", "2019-08-13 19:44:58", tz="-0400", src=("mail.conatel.gouv.ht", "200.113.223.50"),
  hdr="""From: CONATEL - Relations Internationales <ri@conatel.gouv.ht>
To: sme@itu.int
Subject: RE: CI-19/35 Sessions de consultation
Date: DATE
Message-ID: <0b1c01d55228$ef5a0c20$ce0e2460$@conatel.gouv.ht>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Bonjour,

Le Conseil National des Télécommunications (CONATEL) a bien reçu la lettre circulaire CI-19/35 et confirme l'intérêt d'Haïti pour la session de consultation de Budapest.

Le Directeur Général du CONATEL y participera personnellement ; ses coordonnées vous seront transmises par courrier séparé.

Cordialement,

Service des Relations Internationales
Conseil National des Télécommunications (CONATEL)
16, avenue Marie-Jeanne, Port-au-Prince, Haïti
""", "windows-1252", "quoted-printable", lang="FR"),
  label=L("interest_only", "HTI", sess=[BUD]))

# --- Tunisie: French text, the nominee's name also in Arabic in the signature block
M("fr-tun", "fr", "2019-08-13 10:57:33", tz="+0100", src=("mail.mtcen.gov.tn", "193.95.66.12"),
  hdr="""From: Sonia Ben Salah <sonia.bensalah@mtcen.gov.tn>
To: sme@itu.int
Subject: =?UTF-8?Q?Candidature_de_la_Tunisie_=E2=80=93_CI-19/35?=
Date: DATE
Message-ID: <1565517420.5612.3.camel@mtcen.gov.tn>
X-Mailer: Evolution 3.28.5-0ubuntu0.18.04.1""",
  body=T("""Madame, Monsieur,

J'ai l'honneur de vous informer que le Ministère des Technologies de la Communication et de l'Economie Numérique a désigné Mme Sonia Ben Salah, Directrice Générale de l'Economie Numérique, de l'Investissement et de l'Initiative, pour représenter la Tunisie à la première session de consultation à Budapest.

Adresse électronique : sonia.bensalah@mtcen.gov.tn
Téléphone : +216 71 359 000

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

--
Sonia Ben Salah | سنية بن صالح
Directrice Générale de l'Economie Numérique, de l'Investissement et de l'Initiative
المديرة العامة للاقتصاد الرقمي والاستثمار والمبادرة
Ministère des Technologies de la Communication et de l'Economie Numérique
3 bis, rue d'Angleterre, 1000 Tunis
""", "UTF-8", "quoted-printable", ct="text/plain; charset=UTF-8"),
  label=L("nomination", "TUN", [D("Sonia Ben Salah", ["سنية بن صالح"],
                                  title="Directrice Générale de l'Economie Numérique, de l'Investissement et de l'Initiative",
                                  email="sonia.bensalah@mtcen.gov.tn")], [BUD]))

# --- Maroc, ANRT: first nomination (with an address that later turns out wrong)
M("fr-mar-1", "fr", "2019-08-13 11:30:21", tz="+0100", src=("mail.anrt.ma", "196.200.176.30"),
  hdr="""From: ANRT - Coopération <cooperation@anrt.ma>
To: sme@itu.int
Subject: =?utf-8?B?Q0ktMTkvMzUgLSBEw6lzaWduYXRpb24gZHUgcmVwcsOpc2VudGFudCBkdSBNYXJvYw==?=
Date: DATE
Message-ID: <1565778601.230144.1565775021933.JavaMail.zimbra@anrt.ma>
X-Mailer: Zimbra 8.8.10_GA_3801 (ZimbraWebClient - GC76 (Win)/8.8.10_GA_3801)""",
  body=MP("alternative",
          T("""Madame, Monsieur,

En réponse à votre lettre circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications (ANRT) a l'honneur de vous communiquer le nom du représentant du Royaume du Maroc à la session de consultation du 10 septembre 2019 à Budapest :

M. Youssef El Amrani
Chef de la Division Concurrence et Développement du Marché
Email : elamrani@anrt.ma

Cordialement,

Service de la Coopération Internationale
ANRT - Rabat
""", "utf-8", "quoted-printable"),
          T("""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Madame, Monsieur,</div><div><br></div><div>En réponse à votre lettre circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications (ANRT) a l'honneur de vous communiquer le nom du représentant du Royaume du Maroc à la session de consultation du 10 septembre 2019 à Budapest :</div><div><br></div><div><strong>M. Youssef El Amrani</strong></div><div>Chef de la Division Concurrence et Développement du Marché</div><div>Email : elamrani@anrt.ma</div><div><br></div><div>Cordialement,</div><div><br></div><div>Service de la Coopération Internationale<br>ANRT - Rabat</div></div></body></html>
""", "utf-8", "quoted-printable", sub="html"), style="plain"),
  label=L("nomination", "MAR", [D("Youssef El Amrani", title="Chef de la Division Concurrence et Développement du Marché",
                                  email="elamrani@anrt.ma")], [BUD]))

# --- Maroc, after the deadline: corrected address and a second delegate, list given in full
M("fr-mar-2", "fr", "2019-08-22 10:14:09", tz="+0100", src=("mail.anrt.ma", "196.200.176.30"),
  hdr="""From: ANRT - Coopération <cooperation@anrt.ma>
To: sme@itu.int
Subject: =?utf-8?B?UmVjdGlmaWNhdGlmIC0gQ0ktMTkvMzUgLSBEw6lsw6lnYXRpb24gZHUgTWFyb2M=?=
Date: DATE
Message-ID: <2011873345.251907.1566378849105.JavaMail.zimbra@anrt.ma>
X-Mailer: Zimbra 8.8.10_GA_3801 (ZimbraWebClient - GC76 (Win)/8.8.10_GA_3801)""",
  body=T("""Madame, Monsieur,

Suite à notre message du 13 août dernier, nous vous prions de bien vouloir noter les modifications suivantes :

- une erreur s'est glissée dans l'adresse électronique de M. El Amrani ; l'adresse correcte est y.elamrani@anrt.ma ;
- Mme Salma Bennani, Chef du Service Innovation et Start-ups, accompagnera M. El Amrani.

La délégation du Maroc à la session du 10 septembre 2019 à Budapest est donc composée comme suit :

1. M. Youssef El Amrani, Chef de la Division Concurrence et Développement du Marché - y.elamrani@anrt.ma
2. Mme Salma Bennani, Chef du Service Innovation et Start-ups - s.bennani@anrt.ma

Avec nos excuses pour ce désagrément.

Cordialement,

Service de la Coopération Internationale
ANRT - Rabat
""", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
  label=L("correction", "MAR", [
      D("Youssef El Amrani", title="Chef de la Division Concurrence et Développement du Marché", email="y.elamrani@anrt.ma"),
      D("Salma Bennani", title="Chef du Service Innovation et Start-ups", email="s.bennani@anrt.ma")],
      [BUD], sup="fr-mar-1"))

# --- out-of-office, French then English
M("fr-ooo-sen", "fr", "2019-08-14 09:05:12", tz="+0200", lag=2, src=("mail.mission-senegal.ch", "185.19.28.40"),
  hdr="""From: Ousmane Ba <o.ba@mission-senegal.ch>
To: SME <sme@itu.int>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_CI-19/35_-_accus=E9_de_r=E9cep?=
 =?iso-8859-1?Q?tion?=
Date: DATE
Message-ID: <d2f1e0c9b8a74b6c95e4d3c2b1a09f8e@EXCH.mission-senegal.ch>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: fr-FR""",
  body=OLALT("""Bonjour,

Je suis absent du bureau jusqu'au lundi 26 août 2019 inclus. Pour toute urgence, veuillez contacter le secrétariat de la Mission au +41 22 918 02 30.

Hello,

I am out of the office until Monday 26 August 2019. For urgent matters please contact the Mission's secretariat at +41 22 918 02 30.

Ousmane Ba
Premier Conseiller
Mission permanente du Sénégal à Genève
""", "iso-8859-1", "quoted-printable", lang="FR"),
  label=L("auto_reply"))

# --- Gabon: a different matter sent to the wrong address
M("fr-gab-other", "fr", "2019-08-20 10:40:56", tz="+0100", src=("mail.communication.gouv.ga", "41.158.52.17"),
  hdr="""From: Ministère de la Communication - DAF <daf@communication.gouv.ga>
To: sme@itu.int
Subject: Demande de facture pro forma - contribution 2019
Date: DATE
Message-ID: <5D5BBF61.1020509@communication.gouv.ga>
User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Bonjour,

Dans le cadre de la préparation de la loi de finances rectificative, la Direction des Affaires Financières du Ministère de la Communication, de l'Economie Numérique et des Postes sollicite l'envoi d'une facture pro forma relative à la contribution de la République Gabonaise à l'UIT pour l'exercice 2019 (classe de contribution et montant en francs suisses).

Merci de nous indiquer également les coordonnées bancaires de l'Union pour le virement.

Cordialement,

Direction des Affaires Financières
Ministère de la Communication, de l'Economie Numérique et des Postes
Libreville - Gabon
""", "utf-8", "8bit", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("unrelated"))

# --- Niger: decline
M("fr-ner", "fr", "2019-08-14 12:09:41", tz="+0100", src=("mail.arcep.ne", "41.203.155.70"),
  hdr="""From: Secretariat ARCEP Niger <secretariat@arcep.ne>
To: sme@itu.int
Subject: Re: CI-19/35 Sessions de consultation pour les Etats Membres
Date: DATE
Message-ID: <8f7e6d5c-4b3a-2918-0706-f5e4d3c2b1a0@arcep.ne>
User-Agent: Mozilla/5.0 (Windows NT 10.0; WOW64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Bonjour,

Le Niger ne sera pas représenté à la session de Budapest. Nous vous remercions pour l'invitation.

Salutations distinguées.

Pour le Directeur Général,
Le Secrétariat
Autorité de Régulation des Communications Electroniques et de la Poste (ARCEP) - Niamey

Le 23/07/2019 à 16:47, ITU-Circulars a écrit :
""" + gt(CIRC_FR), "utf-8", "8bit", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("decline", "NER"))

# --- Guinée: nomination, title before the name
M("fr-gin", "fr", "2019-08-16 11:52:04", tz="+0000", src=("mail-pf1-f180.google.com", "209.85.210.180"),
  hdr="""From: ARPT Guinee <arpt.guinee.coop@gmail.com>
Date: DATE
Message-ID: <CAB2dF6tN8qW3+xK5vR9jL1pZ7mY4eC0sH2gT_aU6oI8nE3bQ1w@mail.gmail.com>
Subject: =?UTF-8?Q?D=C3=A9signation_Guin=C3=A9e_-_session_PME_Budapest?=
To: sme@itu.int""",
  body=MP("alternative", T("""Madame, Monsieur,

Suite à votre lettre circulaire CI-19/35, l'Autorité de Régulation des Postes et Télécommunications (ARPT) de la République de Guinée désigne pour la session du 10 septembre 2019 à Budapest :

Le Directeur de la Régulation des Marchés, Monsieur Mamadou Saliou Diallo (ms.diallo@arpt.gov.gn, +224 622 45 18 90).

Nous restons disponibles pour toute information complémentaire.

Cordialement,
Cellule Coopération - ARPT Guinée
Conakry
""", "UTF-8", "quoted-printable"),
      T("""<div dir="ltr"><div>Madame, Monsieur,</div><div><br></div><div>Suite à votre lettre circulaire CI-19/35, l'Autorité de Régulation des Postes et Télécommunications (ARPT) de la République de Guinée désigne pour la session du 10 septembre 2019 à Budapest :</div><div><br></div><div>Le Directeur de la Régulation des Marchés, Monsieur Mamadou Saliou Diallo (<a href="mailto:ms.diallo@arpt.gov.gn">ms.diallo@arpt.gov.gn</a>, +224 622 45 18 90).</div><div><br></div><div>Nous restons disponibles pour toute information complémentaire.</div><div><br></div><div>Cordialement,</div><div>Cellule Coopération - ARPT Guinée</div><div>Conakry</div></div>
""", "UTF-8", "quoted-printable", sub="html"), style="gmail"),
  label=L("nomination", "GIN", [D("Mamadou Saliou Diallo", title="Directeur de la Régulation des Marchés", email="ms.diallo@arpt.gov.gn")], [BUD]))

# --- Togo: the Permanent Mission forwards the Ministry's message (Outlook, French headers)
M("fr-tgo-fwd", "fr", "2019-08-15 10:20:37", tz="+0200", src=("mail.bluewin.ch", "195.186.120.53"),
  hdr="""From: Mission Permanente du Togo <mission.togo@bluewin.ch>
To: "sme@itu.int" <sme@itu.int>
Subject: TR: Circulaire UIT CI-19/35 - désignation
Date: DATE
Message-ID: <004101d55343$7fe2a5b0$7fa7f110$@bluewin.ch>
X-Mailer: Microsoft Outlook 16.0
Content-Language: fr-ch""",
  body=OLALT("""Madame, Monsieur,

Pour suite à donner, la Mission permanente du Togo vous transmet ci-dessous la désignation communiquée par le Ministère de l'Economie numérique et de la Transformation digitale.

Bien cordialement,

Kossi Mawuli Amegbor
Conseiller
Mission permanente de la République togolaise auprès de l'Office des Nations Unies à Genève
Rue de Lausanne 35, 1201 Genève
Tél. : +41 22 732 42 10

De : Cabinet MENTD <cabinet@numerique.gouv.tg>
Envoyé : mardi 13 août 2019 17:42
À : Mission Togo Genève <mission.togo@bluewin.ch>
Objet : Circulaire UIT CI-19/35 - désignation

Monsieur le Conseiller,

Suite à la circulaire CI-19/35 de l'UIT, je vous prie de bien vouloir transmettre au secrétariat de l'UIT (sme@itu.int) la désignation de M. Komlan Agbéko Adjovi, Directeur de l'Economie numérique, comme représentant du Togo à la session de consultation du 10 septembre 2019 à Budapest.

Son adresse électronique : k.adjovi@numerique.gouv.tg

Cordialement,

Le Secrétariat du Cabinet
Ministère de l'Economie numérique et de la Transformation digitale
Lomé - Togo
""", "iso-8859-1", "quoted-printable", lang="FR-CH"),
  label=L("nomination", "TGO", [D("Komlan Agbéko Adjovi", title="Directeur de l'Economie numérique", email="k.adjovi@numerique.gouv.tg")],
      [BUD]))

# ================================================================ Spanish

# --- México, IFT: Outlook HTML table, a session column, head of delegation
_mx_inner = """<p class="MsoNormal"><span lang="ES-MX">Estimados señores:<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="ES-MX"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="ES-MX">En atención a la Carta Circular CI-19/35, por instrucciones del Titular de la Unidad de Asuntos Internacionales del Instituto Federal de Telecomunicaciones (IFT), me permito manifestar el interés de México en las sesiones de consulta "Fomento de las pymes tecnológicas y de innovación" y comunicar la delegación propuesta:<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="ES-MX"><o:p>&nbsp;</o:p></span></p>
<table class="MsoTable15Grid4Accent1" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td style="border:solid #4472C4 1.0pt;background:#4472C4;padding:0cm 5.4pt"><p class="MsoNormal"><b><span lang="ES-MX" style="color:white">Nombre</span></b><o:p></o:p></p></td>
<td style="border:solid #4472C4 1.0pt;border-left:none;background:#4472C4;padding:0cm 5.4pt"><p class="MsoNormal"><b><span lang="ES-MX" style="color:white">Cargo</span></b><o:p></o:p></p></td>
<td style="border:solid #4472C4 1.0pt;border-left:none;background:#4472C4;padding:0cm 5.4pt"><p class="MsoNormal"><b><span lang="ES-MX" style="color:white">Correo electrónico</span></b><o:p></o:p></p></td>
<td style="border:solid #4472C4 1.0pt;border-left:none;background:#4472C4;padding:0cm 5.4pt"><p class="MsoNormal"><b><span lang="ES-MX" style="color:white">Sesión</span></b><o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid #8EAADB 1.0pt;border-top:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Mtra. Laura Patricia Hernández Ríos (Jefa de Delegación)</span><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Directora General Adjunta de Asuntos Multilaterales</span><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:laura.hernandez@ift.org.mx">laura.hernandez@ift.org.mx</a><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Budapest</span><o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid #8EAADB 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Ing. Jorge Alberto Ramírez Soto</span><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Director de Análisis de Mercados Emergentes</span><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:jorge.ramirez@ift.org.mx">jorge.ramirez@ift.org.mx</a><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Budapest</span><o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid #8EAADB 1.0pt;border-top:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Lic. Ana Sofía Guzmán Treviño</span><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Subdirectora de Cooperación Internacional</span><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:ana.guzman@ift.org.mx">ana.guzman@ift.org.mx</a><o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><span lang="ES-MX">Budapest y Foro de la CMSI 2020</span><o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><span lang="ES-MX"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="ES-MX">Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="ES-MX"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><b><span lang="ES-MX" style="color:#002060">Rodrigo Salazar Villanueva<o:p></o:p></span></b></p>
<p class="MsoNormal"><span lang="ES-MX" style="font-size:9.0pt;color:#002060">Director de Organismos Internacionales<br>Unidad de Asuntos Internacionales<br>Instituto Federal de Telecomunicaciones<br>Insurgentes Sur #1143, Col. Nochebuena, C.P. 03720, Ciudad de México<br>Tel. +52 55 5015 4000 ext. 2710<o:p></o:p></span></p>
"""
_mx_html = outlook_html(_mx_inner, cs="iso-8859-1", lang="ES-MX")
M("es-mex", "es", "2019-08-12 18:12:20", tz="-0500", src=("correo.ift.org.mx", "187.141.32.55"),
  hdr="""From: Rodrigo Salazar Villanueva <rodrigo.salazar@ift.org.mx>
To: "sme@itu.int" <sme@itu.int>
CC: Laura Patricia Hernández Ríos <laura.hernandez@ift.org.mx>
Subject: RE: CI-19/35 Sesiones de consulta - delegación de México
Thread-Topic: CI-19/35 Sesiones de consulta - delegación de México
Date: DATE
Message-ID: <9A8B7C6D5E4F40312A1B0C9D8E7F6A5B@IFTEXMBX02.ift.org.mx>
Accept-Language: es-MX, en-US
Content-Language: es-MX""",
  body=MP("alternative", T(html_to_text(_mx_html), "iso-8859-1", "quoted-printable"),
          T(_mx_html, "iso-8859-1", "quoted-printable", sub="html"), style="outlook"),
  label=L("nomination", "MEX", [
      D("Laura Patricia Hernández Ríos", title="Directora General Adjunta de Asuntos Multilaterales", email="laura.hernandez@ift.org.mx"),
      D("Jorge Alberto Ramírez Soto", title="Director de Análisis de Mercados Emergentes", email="jorge.ramirez@ift.org.mx"),
      D("Ana Sofía Guzmán Treviño", title="Subdirectora de Cooperación Internacional", email="ana.guzman@ift.org.mx")],
      [BUD, WSIS]))

# --- Argentina: reply above the Spanish circular, Outlook headers in Spanish
M("es-arg", "es", "2019-08-15 20:47:31", tz="-0300", src=("mail.modernizacion.gob.ar", "200.51.91.16"),
  hdr="""From: Valeria Sosa <vsosa@modernizacion.gob.ar>
To: sme@itu.int
Subject: RE: CI-19/35 - Sesiones de consulta para los Estados Miembros
Date: DATE
Message-ID: <01ba01d553a8$44c1d2e0$ce4578a0$@modernizacion.gob.ar>
X-Mailer: Microsoft Outlook 16.0
Content-Language: es-ar""",
  body=T("""Estimados:

Por medio del presente, y en respuesta a la Carta Circular CI-19/35, la Secretaría de Gobierno de Modernización de la República Argentina informa que participará de la primera sesión de consulta a realizarse el 10 de septiembre en Budapest el Lic. Martín Ezequiel Fernández, Director Nacional de Desarrollo de la Economía Digital (mfernandez@modernizacion.gob.ar; +54 11 4343 1580).

Quedamos a disposición por cualquier consulta.

Saludos cordiales,

Valeria Sosa
Coordinación de Asuntos Internacionales
Secretaría de Gobierno de Modernización
Presidencia de la Nación
Av. Roque Sáenz Peña 511, CABA

De: ITU-Circulars [mailto:itu-circulars@itu.int]
Enviado el: martes, 23 de julio de 2019 11:47
Para: Relaciones Internacionales <relacionesinternacionales@modernizacion.gob.ar>
Asunto: CI-19/35 - Sesiones de consulta para los Estados Miembros

""" + CIRC_ES, "iso-8859-1", "quoted-printable"),
  label=L("nomination", "ARG", [D("Martín Ezequiel Fernández", title="Director Nacional de Desarrollo de la Economía Digital",
                                  email="mfernandez@modernizacion.gob.ar")], [BUD]))

# --- Colombia: written on 16 August in Bogotá, received after midnight in Geneva
M("es-col", "es", "2019-08-17 01:30:12", tz="-0500", lag=42, src=("mail.mintic.gov.co", "190.60.252.3"),
  hdr="""From: Oficina Internacional MinTIC <internacional@mintic.gov.co>
To: "sme@itu.int" <sme@itu.int>
Subject: Colombia - designación sesión de consulta pymes (CI-19/35)
Date: DATE
Message-ID: <BN6PR11MB3985A0B1C2D3E4F5A6B7C8D9E0F1A2B3@BN6PR11MB3985.namprd11.prod.outlook.com>
Content-Language: es-CO""",
  body=OLALT("""Respetados señores:

Reciban un cordial saludo del Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia.

En respuesta a la Circular CI-19/35, nos permitimos informar que la persona designada para participar en la primera sesión de consulta "Fomento de las pymes tecnológicas y de innovación", que se llevará a cabo el 10 de septiembre de 2019 en Budapest, es:

Diana Marcela Rojas Cárdenas
Asesora, Oficina de Asuntos Internacionales
Correo: drojas@mintic.gov.co
Teléfono: +57 1 344 3460 ext. 1217

Cordialmente,

Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Carrera 8a entre calles 12A y 12B, Bogotá D.C.
""", "utf-8", "base64", lang="ES-CO"),
  label=L("nomination", "COL", [D("Diana Marcela Rojas Cárdenas", title="Asesora, Oficina de Asuntos Internacionales",
                                  email="drojas@mintic.gov.co")], [BUD]))

# --- Perú: interest only
M("es-per", "es", "2019-08-08 22:03:44", tz="-0500", src=("correo.mtc.gob.pe", "200.48.66.41"),
  hdr="""From: Dirección General de Políticas y Regulación en Comunicaciones <dgprc@mtc.gob.pe>
To: sme@itu.int
Subject: Interés del Perú - CI-19/35
Date: DATE
Message-ID: <1397625104.412733.1565294612008.JavaMail.zimbra@mtc.gob.pe>
X-Mailer: Zimbra 8.8.11_GA_3737 (ZimbraWebClient - GC75 (Win)/8.8.11_GA_3737)""",
  body=T("""Señores
Unión Internacional de Telecomunicaciones
Presente.-

De nuestra consideración:

Por especial encargo del Viceministro de Comunicaciones, tenemos el agrado de dirigirnos a ustedes para manifestar el interés del Ministerio de Transportes y Comunicaciones del Perú en participar en las sesiones de consulta sobre el fomento de las pymes tecnológicas y de innovación.

El nombre del funcionario que asistirá a la sesión de Budapest les será comunicado oportunamente.

Atentamente,

Dirección General de Políticas y Regulación en Comunicaciones
Ministerio de Transportes y Comunicaciones
Jr. Zorritos 1203, Lima
""", "utf-8", "8bit", ct="text/plain; charset=utf-8"),
  label=L("interest_only", "PER", sess=[BUD]))

# --- Chile: note verbale of the Permanent Mission typed into the mail, PDF attached
M("es-chl", "es", "2019-08-13 12:25:57", tz="+0200", src=("mail.minrel.gob.cl", "164.77.222.9"),
  hdr="""From: Misión Permanente de Chile en Ginebra <mision.ginebra@minrel.gob.cl>
To: sme@itu.int
Cc: Subsecretaría de Telecomunicaciones <internacional@subtel.gob.cl>
Subject: Nota 317/2019 - Circular CI-19/35 UIT
Date: DATE
Message-ID: <CP2PR80MB2067D1E2F3A4B5C6D7E8F9A0B1C2D3E4@CP2PR80MB2067.lamprd80.prod.outlook.com>
Content-Language: es-CL""",
  body=MP("mixed",
          OLALT("""MISIÓN PERMANENTE DE CHILE
ANTE LA OFICINA DE LAS NACIONES UNIDAS
Y OTROS ORGANISMOS INTERNACIONALES
GINEBRA

Nota N° 317/2019

La Misión Permanente de Chile ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra saluda muy atentamente a la Secretaría General de la Unión Internacional de Telecomunicaciones y, en relación con la Carta Circular CI-19/35 de fecha 23 de julio de 2019, tiene el honor de informar que el Sr. Rodrigo Andrés Muñoz Vergara, Jefe de la División de Política Regulatoria y Estudios de la Subsecretaría de Telecomunicaciones (SUBTEL), participará en representación de Chile en la primera sesión de consulta "Fomento de las pymes tecnológicas y de innovación", que tendrá lugar el 10 de septiembre de 2019 en Budapest, Hungría.

Datos de contacto: rmunoz@subtel.gob.cl / +56 2 2588 8000.

La Misión Permanente de Chile ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra hace propicia la oportunidad para reiterar a la Secretaría General de la Unión Internacional de Telecomunicaciones las seguridades de su más alta y distinguida consideración.

Ginebra, 13 de agosto de 2019

(sello)

A la Secretaría General
Unión Internacional de Telecomunicaciones
Ginebra
""", "iso-8859-1", "quoted-printable", lang="ES-CL"),
          BIN("application/pdf", PDF("Nota 317-2019 UIT"), "Nota 317-2019 UIT CI-19-35.pdf"), style="outlook"),
  label=L("nomination", "CHL", [D("Rodrigo Andrés Muñoz Vergara",
                                  title="Jefe de la División de Política Regulatoria y Estudios de la Subsecretaría de Telecomunicaciones (SUBTEL)",
                                  email="rmunoz@subtel.gob.cl")], [BUD]))

# --- Ecuador: decline
M("es-ecu", "es", "2019-08-16 17:10:29", tz="-0500", src=("mail.telecomunicaciones.gob.ec", "181.112.151.20"),
  hdr="""From: Cooperación Internacional MINTEL <cooperacion@telecomunicaciones.gob.ec>
To: sme@itu.int
Subject: Re: CI-19/35
Date: DATE
Message-ID: <5D56CB04.7000206@telecomunicaciones.gob.ec>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Estimados señores:

Agradecemos la invitación. Lamentablemente el Ministerio de Telecomunicaciones y de la Sociedad de la Información del Ecuador no podrá participar en la sesión de consulta del 10 de septiembre en Budapest.

Atentamente,

Dirección de Cooperación Internacional
MINTEL - Quito

El 23/07/2019 a las 10:47, ITU-Circulars escribió:
""" + gt(CIRC_ES), "windows-1252", "quoted-printable", ct="text/plain; charset=windows-1252; format=flowed"),
  label=L("decline", "ECU"))

# --- Paraguay: a word of Guaraní in the greeting, the rest in Spanish
M("es-pry", "es", "2019-08-14 15:33:06", tz="-0400", src=("mail.conatel.gov.py", "201.217.49.77"),
  hdr="""From: Gustavo Benítez <gbenitez@conatel.gov.py>
To: sme@itu.int
Subject: Paraguay - CI-19/35
Date: DATE
Message-ID: <CAHt5jB0vQw2+mR8xN3kL6pT1yF9eZ4sD7cA_gW2oU5iH8nK1bE@mail.gmail.com>""",
  body=GMALT("""Mba'éichapa, estimados:

Les saludo en nombre de la Comisión Nacional de Telecomunicaciones (CONATEL) del Paraguay.

Respondiendo a la Circular CI-19/35, les comunico que asistiré personalmente a la sesión de consulta del 10 de septiembre en Budapest, en representación del Paraguay.

Mis datos:
Ing. Gustavo Adolfo Benítez Ayala
Gerente de Desarrollo de Servicios TIC - CONATEL
gbenitez@conatel.gov.py
+595 21 438 2000

Aguyje, muchas gracias.

Gustavo
""", "UTF-8", "quoted-printable"),
  label=L("nomination", "PRY", [D("Gustavo Adolfo Benítez Ayala", title="Gerente de Desarrollo de Servicios TIC - CONATEL",
                                  email="gbenitez@conatel.gov.py")], [BUD]))

# --- Costa Rica: two questions, early
M("es-cri", "es", "2019-07-26 23:41:15", tz="-0600", src=("correo.micitt.go.cr", "201.203.17.90"),
  hdr="""From: Andrea Solano Vargas <andrea.solano@micitt.go.cr>
To: sme@itu.int
Subject: Consulta sobre las sesiones CI-19/35
Date: DATE
Message-ID: <DM6PR15MB3417C2D3E4F5A6B7C8D9E0F1A2B3C4D5@DM6PR15MB3417.namprd15.prod.outlook.com>
Content-Language: es-CR""",
  body=OLALT("""Buenas tardes:

Con respecto a la circular CI-19/35, quisiera consultar lo siguiente:

1. ¿Existirá la posibilidad de participación remota en la sesión del 10 de septiembre en Budapest?
2. ¿La participación en la sesión requiere el pago de la inscripción a ITU Telecom World?

Muchas gracias de antemano.

Saludos,

Andrea Solano Vargas
Departamento de Asuntos Internacionales en Telecomunicaciones
Viceministerio de Telecomunicaciones - MICITT
Tel. (506) 2539-2200
""", "utf-8", "quoted-printable", lang="ES-CR"),
  label=L("inquiry", "CRI"))

# --- Cuba: the name after "compañera"
M("es-cub", "es", "2019-08-15 17:56:48", tz="-0400", src=("correo.mincom.gob.cu", "200.55.139.21"),
  hdr="""From: Relaciones Internacionales MINCOM <rrii@mincom.gob.cu>
To: sme@itu.int
Subject: Designación de Cuba - Circular CI-19/35
Date: DATE
Message-ID: <20190815115612.6F2A31C0042@correo.mincom.gob.cu>
User-Agent: Roundcube Webmail/1.3.8""",
  body=T("""Estimados colegas:

El Ministerio de Comunicaciones de la República de Cuba ha designado a la compañera Yamila Rodríguez Pérez, Especialista Principal de la Dirección de Relaciones Internacionales, para participar en la primera sesión de consulta sobre pymes tecnológicas, el 10 de septiembre de 2019 en Budapest.

Correo: yamila.rodriguez@mincom.gob.cu

Saludos revolucionarios,

Dirección de Relaciones Internacionales
Ministerio de Comunicaciones
Ave. Independencia y 19 de Mayo, Plaza de la Revolución, La Habana
""", "iso-8859-1", "8bit", ct="text/plain; charset=ISO-8859-1; format=flowed"),
  label=L("nomination", "CUB", [D("Yamila Rodríguez Pérez", title="Especialista Principal de la Dirección de Relaciones Internacionales",
                                  email="yamila.rodriguez@mincom.gob.cu")], [BUD]))

# --- República Dominicana, INDOTEL: nomination, then a replacement before the deadline
M("es-dom-1", "es", "2019-08-06 16:20:40", tz="-0400", src=("mail.indotel.gob.do", "200.88.124.3"),
  hdr="""From: "Departamento de Relaciones Internacionales - INDOTEL" <rrii@indotel.gob.do>
To: sme@itu.int
Subject: Nominación República Dominicana - CI-19/35
Date: DATE
Message-ID: <00a901d54c67$9e5d2f40$db178dc0$@indotel.gob.do>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Distinguidos señores:

En respuesta a la comunicación CI-19/35, el Instituto Dominicano de las Telecomunicaciones (INDOTEL) tiene a bien nominar al Sr. Luis Manuel Peña Almonte, Gerente de Proyectos de Inclusión Digital, para participar en la sesión de consulta del 10 de septiembre de 2019 en Budapest.

Correo electrónico: lpena@indotel.gob.do

Atentamente,

Departamento de Relaciones Internacionales
INDOTEL
Av. Abraham Lincoln No. 962, Santo Domingo
""", "windows-1252", "quoted-printable", lang="ES"),
  label=L("nomination", "DOM", [D("Luis Manuel Peña Almonte", title="Gerente de Proyectos de Inclusión Digital",
                                  email="lpena@indotel.gob.do")], [BUD]))

M("es-dom-2", "es", "2019-08-14 19:02:17", tz="-0400", src=("mail.indotel.gob.do", "200.88.124.3"),
  hdr="""From: "Departamento de Relaciones Internacionales - INDOTEL" <rrii@indotel.gob.do>
To: sme@itu.int
Subject: RE: Nominación República Dominicana - CI-19/35 (SUSTITUCIÓN)
Date: DATE
Message-ID: <00c401d552cd$1a7f0e90$4f7d2bb0$@indotel.gob.do>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Distinguidos señores:

Por medio del presente les informamos que, por razones de agenda, el Sr. Luis Manuel Peña Almonte no podrá asistir a la sesión de Budapest. En su lugar participará la Sra. Carolina Méndez Reyes, Directora de Relaciones Internacionales del INDOTEL (cmendez@indotel.gob.do).

Favor de sustituir el nombre en sus registros.

Atentamente,

Departamento de Relaciones Internacionales
INDOTEL
""", "windows-1252", "quoted-printable", lang="ES"),
  label=L("correction", "DOM", [D("Carolina Méndez Reyes", title="Directora de Relaciones Internacionales del INDOTEL",
                                  email="cmendez@indotel.gob.do")], [BUD], sup="es-dom-1"))

# --- Guinea Ecuatorial: interest only, after the deadline
M("es-gnq", "es", "2019-08-20 13:12:39", tz="+0100", src=("mail-lf1-f49.google.com", "209.85.167.49"),
  hdr="""From: Ministerio de Transportes Telecomunicaciones GE <mttge.cooperacion@gmail.com>
Date: DATE
Message-ID: <CAJ7pN4sX2w+qV8tM1kR5yL9bF3eH6zC0dG_aT2oW7uI4nP8jQ3A@mail.gmail.com>
Subject: =?UTF-8?Q?Inter=C3=A9s_de_Guinea_Ecuatorial_-_CI-19/35?=
To: sme@itu.int""",
  body=GMALT("""Muy señores nuestros:

El Ministerio de Transportes, Telecomunicaciones y Sistemas de Inteligencia Artificial de la República de Guinea Ecuatorial manifiesta su interés en las sesiones de consulta sobre las pymes tecnológicas y de innovación, en particular en la sesión de Budapest.

Rogamos disculpen el retraso en la respuesta. El nombre del participante se les enviará próximamente.

Atentamente,

Gabinete de Cooperación Internacional
Malabo
""", "UTF-8", "base64"),
  label=L("interest_only", "GNQ", sess=[BUD]))

# --- Uruguay, URSEC: automatic reply
M("es-ooo-ury", "es", "2019-08-13 15:44:20", tz="-0300", lag=2, src=("mail.ursec.gub.uy", "190.64.49.10"),
  hdr="""From: Mariana Pereira <mpereira@ursec.gub.uy>
To: SME <sme@itu.int>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_CI-19/35_-_recordatorio?=
Date: DATE
Message-ID: <8a1c5e3f9b7d4f2a8e6c0b4d2f8a6c1e@URSECEXCH01.ursec.gub.uy>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: es-UY""",
  body=OLALT("""Me encuentro fuera de la oficina hasta el 2 de setiembre de 2019, con acceso limitado al correo electrónico.

Por temas urgentes, por favor comunicarse con relacionesinternacionales@ursec.gub.uy.

Saludos,
Mariana Pereira
Unidad Reguladora de Servicios de Comunicaciones (URSEC)
""", "iso-8859-1", "quoted-printable", lang="ES"),
  label=L("auto_reply"))

# --- Bolivia: the name in running text, three weeks late
M("es-bol", "es", "2019-09-04 16:27:51", tz="-0400", src=("mail.att.gob.bo", "200.87.101.12"),
  hdr="""From: ATT Relaciones Internacionales <rrii@att.gob.bo>
To: sme@itu.int
Subject: Participación de Bolivia - sesión pymes 10 de septiembre
Date: DATE
Message-ID: <3b7f0a2c-91de-4a58-b6e3-0c5d8f2a7e14@att.gob.bo>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101
 Thunderbird/60.9.0""",
  body=T("""Señores UIT:

Con referencia a la Circular CI-19/35, y pidiendo disculpas por la demora, la Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT) ha designado a la Abog. Paola Andrea Quispe Mamani, Jefa de la Unidad de Relaciones Internacionales, para que asista a la sesión del 10 de septiembre en Budapest, si todavía es posible su inscripción.

Su correo es pquispe@att.gob.bo.

Saludos cordiales,

Unidad de Relaciones Internacionales - ATT
Calle 13 de Calacoto, La Paz, Bolivia
""", "utf-8", "8bit", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("nomination", "BOL", [D("Paola Andrea Quispe Mamani", title="Jefa de la Unidad de Relaciones Internacionales",
                                  email="pquispe@att.gob.bo")], [BUD]))

# ================================================================ Arabic

# --- Egypt, NTRA: Windows-1256 quoted-printable (Outlook), honorifics "م." and "د."
M("ar-egy", "ar", "2019-08-08 13:36:22", tz="+0200", src=("mail.tra.gov.eg", "41.33.176.90"),
  hdr="""From: إدارة العلاقات الدولية <intl.relations@tra.gov.eg>
To: "sme@itu.int" <sme@itu.int>
Subject: ترشيحات جمهورية مصر العربية - المنشور CI-19/35
Date: DATE
Message-ID: <2D5C8A71E40B4F6C9B3A1E7D0C5F2B88@NTRAEXCH02.tra.gov.eg>
Accept-Language: ar-EG, en-US
Content-Language: ar-EG""",
  body=OLALT("""السادة / أمانة الاتحاد الدولي للاتصالات
تحية طيبة وبعد،،

بالإشارة إلى المنشور رقم CI-19/35 بتاريخ 23 يوليو 2019 بشأن جلسات التشاور للدول الأعضاء "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار"، يتشرف الجهاز القومي لتنظيم الاتصالات بإفادتكم باهتمام جمهورية مصر العربية بالمشاركة، وبترشيح كل من:

1- م. أحمد عبد الحميد فوزي - مدير عام العلاقات الدولية - البريد الإلكتروني: afawzy@tra.gov.eg
2- د. منى إبراهيم الشريف - مدير إدارة دعم ريادة الأعمال - البريد الإلكتروني: mona.elsherif@tra.gov.eg

لحضور الجلسة الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019.

وتفضلوا بقبول وافر الاحترام والتقدير،،

هبة مصطفى
إدارة العلاقات الدولية
الجهاز القومي لتنظيم الاتصالات
القرية الذكية، الكيلو 28 طريق مصر الإسكندرية الصحراوي
""", "windows-1256", "quoted-printable", lang="AR-EG", rtl=True),
  label=L("nomination", "EGY", [
      D("أحمد عبد الحميد فوزي", title="مدير عام العلاقات الدولية", email="afawzy@tra.gov.eg"),
      D("منى إبراهيم الشريف", title="مدير إدارة دعم ريادة الأعمال", email="mona.elsherif@tra.gov.eg")],
      [BUD]))

# --- Saudi Arabia: note verbale of the Permanent Mission, names also in Latin letters
M("ar-sau", "ar", "2019-08-14 10:48:35", tz="+0200", src=("mail.ksamission.ch", "195.65.14.70"),
  hdr="""From: Permanent Mission of Saudi Arabia - Geneva <info@ksamission.ch>
To: sme@itu.int
Subject: مذكرة شفوية رقم 1440/2/3/1187 - CI-19/35
Date: DATE
Message-ID: <000601d5527f$40aa9d10$c1ffd730$@ksamission.ch>
X-Mailer: Microsoft Outlook 16.0""",
  body=MP("mixed", OLALT("""البعثة الدائمة للمملكة العربية السعودية
لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف

الرقم: 1440/2/3/1187
التاريخ: 13/12/1440هـ الموافق 14/08/2019م

مذكرة شفوية

تهدي البعثة الدائمة للمملكة العربية السعودية لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف أطيب تحياتها إلى الأمانة العامة للاتحاد الدولي للاتصالات، وبالإشارة إلى المنشور رقم CI-19/35 بتاريخ 23 يوليو 2019م بشأن جلسات التشاور "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار"، تود أن تفيد بأنه قد تم ترشيح كل من:

1- المهندس/ فيصل بن عبدالله القحطاني (Eng. Faisal Abdullah Alqahtani)
   مدير عام الشؤون الدولية - هيئة الاتصالات وتقنية المعلومات
   البريد الإلكتروني: fqahtani@citc.gov.sa

2- الأستاذة/ نورة سعد العتيبي (Ms. Noura Saad Alotaibi)
   مستشارة تطوير ريادة الأعمال الرقمية - وزارة الاتصالات وتقنية المعلومات
   البريد الإلكتروني: nalotaibi@mcit.gov.sa

للمشاركة في الجلسة الأولى التي ستعقد بتاريخ 10 سبتمبر 2019م في بودابست على هامش تليكوم العالمي للاتحاد 2019.

وتغتنم البعثة الدائمة للمملكة العربية السعودية هذه المناسبة لتعرب للأمانة العامة للاتحاد الدولي للاتصالات عن فائق تقديرها واحترامها.

(الختم)

الأمانة العامة للاتحاد الدولي للاتصالات - جنيف
""", "utf-8", "base64", lang="AR-SA", rtl=True),
      BIN("application/pdf", PDF("NV 1187"), "NV-1187-ITU.pdf"), style="outlook"),
  label=L("nomination", "SAU", [
      D("فيصل بن عبدالله القحطاني", ["Faisal Abdullah Alqahtani"], title="مدير عام الشؤون الدولية - هيئة الاتصالات وتقنية المعلومات",
        email="fqahtani@citc.gov.sa"),
      D("نورة سعد العتيبي", ["Noura Saad Alotaibi"], title="مستشارة تطوير ريادة الأعمال الرقمية - وزارة الاتصالات وتقنية المعلومات",
        email="nalotaibi@mcit.gov.sa")],
      [BUD]))

# --- United Arab Emirates, TRA: HTML only, right to left, table with Arabic and English names and sessions
_ae_html = outlook_html("""<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-AE">السادة/ الاتحاد الدولي للاتصالات المحترمين،<o:p></o:p></span></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-AE">تحية طيبة وبعد،<o:p></o:p></span></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-AE"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-AE">إشارة إلى المنشور CI-19/35، يسر الهيئة العامة لتنظيم قطاع الاتصالات في دولة الإمارات العربية المتحدة إبلاغكم بأسماء المرشحين للمشاركة في جلسات التشاور، وذلك على النحو التالي:<o:p></o:p></span></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-AE"><o:p>&nbsp;</o:p></span></p>
<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td style="border:solid windowtext 1.0pt;background:#BFBFBF;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><b><span lang="AR-AE">الاسم</span></b></p></td>
<td style="border:solid windowtext 1.0pt;border-right:none;background:#BFBFBF;padding:0cm 5.4pt"><p class="MsoNormal"><b>Name</b></p></td>
<td style="border:solid windowtext 1.0pt;border-right:none;background:#BFBFBF;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><b><span lang="AR-AE">المسمى الوظيفي</span></b></p></td>
<td style="border:solid windowtext 1.0pt;border-right:none;background:#BFBFBF;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><b><span lang="AR-AE">البريد الإلكتروني</span></b></p></td>
<td style="border:solid windowtext 1.0pt;border-right:none;background:#BFBFBF;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><b><span lang="AR-AE">الجلسة</span></b></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><span lang="AR-AE">مريم أحمد الهاشمي</span></p></td>
<td style="border-top:none;border-right:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Maryam Ahmed Alhashmi</p></td>
<td style="border-top:none;border-right:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><span lang="AR-AE">مدير إدارة العلاقات الدولية</span></p></td>
<td style="border-top:none;border-right:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:maryam.alhashmi@tra.gov.ae">maryam.alhashmi@tra.gov.ae</a></p></td>
<td style="border-top:none;border-right:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><span lang="AR-AE">بودابست - 10 سبتمبر 2019</span></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><span lang="AR-AE">خالد سالم الكعبي</span></p></td>
<td style="border-top:none;border-right:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Khalid Salem Alkaabi</p></td>
<td style="border-top:none;border-right:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><span lang="AR-AE">أخصائي أول سياسات الابتكار</span></p></td>
<td style="border-top:none;border-right:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:khalid.alkaabi@tra.gov.ae">khalid.alkaabi@tra.gov.ae</a></p></td>
<td style="border-top:none;border-right:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" dir="RTL"><span lang="AR-AE">بودابست، واجتماعات أفرقة العمل التابعة للمجلس (2020)</span></p></td>
</tr>
</table>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-AE"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-AE">وتفضلوا بقبول فائق الاحترام،<o:p></o:p></span></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-AE"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><b><span lang="AR-AE">شيخة راشد النعيمي</span></b><span lang="AR-AE"><br>
أخصائي علاقات دولية<br>
الهيئة العامة لتنظيم قطاع الاتصالات<br>
ص.ب 26662، أبوظبي، الإمارات العربية المتحدة<o:p></o:p></span></p>
""", cs="utf-8", lang="EN-US", rtl=True)
M("ar-are", "ar", "2019-08-15 09:21:14", tz="+0400", src=("mail.tra.gov.ae", "94.200.93.18"),
  hdr="""From: شيخة راشد النعيمي <shaikha.alnuaimi@tra.gov.ae>
To: "sme@itu.int" <sme@itu.int>
Subject: RE: CI-19/35 - جلسات التشاور للدول الأعضاء
Date: DATE
Message-ID: <AM0PR02MB5123E0F1A2B3C4D5E6F7A8B9C0D1E2F3@AM0PR02MB5123.eurprd02.prod.outlook.com>
Accept-Language: ar-AE, en-US
Content-Language: ar-AE""",
  body=T(_ae_html, "utf-8", "base64", sub="html"),
  label=L("nomination", "ARE", [
      D("مريم أحمد الهاشمي", ["Maryam Ahmed Alhashmi"], title="مدير إدارة العلاقات الدولية", email="maryam.alhashmi@tra.gov.ae"),
      D("خالد سالم الكعبي", ["Khalid Salem Alkaabi"], title="أخصائي أول سياسات الابتكار", email="khalid.alkaabi@tra.gov.ae")],
      [BUD, CWG]))

# --- Jordan: interest, and a request for the agenda
M("ar-jor", "ar", "2019-08-06 11:09:47", tz="+0300", src=("mail.modee.gov.jo", "212.118.17.35"),
  hdr="""From: Rania Haddad <rania.haddad@modee.gov.jo>
To: sme@itu.int
Subject: اهتمام المملكة الأردنية الهاشمية - CI-19/35
Date: DATE
Message-ID: <f3b2c1d0-e9a8-4b7c-9d6e-5f4a3b2c1d0e@modee.gov.jo>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""السادة الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

إشارة إلى المنشور رقم CI-19/35، تود وزارة الاقتصاد الرقمي والريادة إبداء اهتمام المملكة الأردنية الهاشمية بالمشاركة في جلسة التشاور الأولى في بودابست، وسنقوم بتزويدكم باسم المرشح لاحقاً بعد استكمال الإجراءات الداخلية.

كما نرجو تزويدنا بجدول الأعمال التفصيلي حال توفره.

مع الاحترام،

رانيا حداد
قسم العلاقات الدولية
وزارة الاقتصاد الرقمي والريادة - عمّان
""", "utf-8", "8bit", ct="text/plain; charset=UTF-8; format=flowed"),
  label=L("interest_only", "JOR", sess=[BUD]))

# --- Oman: "الفاضل" before the name, after the deadline
M("ar-omn", "ar", "2019-08-25 08:52:06", tz="+0400", src=("mail.tra.gov.om", "85.154.3.77"),
  hdr="""From: International Relations TRA Oman <ir@tra.gov.om>
To: sme@itu.int
Subject: ترشيح سلطنة عمان - جلسة التشاور ببودابست
Date: DATE
Message-ID: <0B1C2D3E4F5A46B7889900AABBCCDDEE@TRAOMEXCH.tra.gov.om>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""السادة/ أمانة الاتحاد الدولي للاتصالات        المحترمين

السلام عليكم ورحمة الله وبركاته،

نود إفادتكم بأن هيئة تنظيم الاتصالات بسلطنة عمان قد رشحت الفاضل/ سالم بن حمد الحارثي، مدير دائرة تنمية القطاع، للمشاركة في جلسة التشاور حول تشجيع الشركات الصغيرة والمتوسطة التي ستعقد في بودابست بتاريخ 10 سبتمبر 2019.

البريد الإلكتروني: salem.alharthi@tra.gov.om

ونعتذر عن التأخر في الرد.

وتفضلوا بقبول وافر التحية والتقدير،

دائرة العلاقات الدولية
هيئة تنظيم الاتصالات - مسقط
""", "windows-1256", "base64", lang="AR-OM", rtl=True),
  label=L("nomination", "OMN", [D("سالم بن حمد الحارثي", title="مدير دائرة تنمية القطاع", email="salem.alharthi@tra.gov.om")], [BUD]))

# --- Sudan: decline
M("ar-sdn", "ar", "2019-08-18 10:31:18", tz="+0200", src=("mail.ntc.gov.sd", "196.29.166.14"),
  hdr="""From: NTC Sudan <info@ntc.gov.sd>
To: sme@itu.int
Subject: رد: CI-19/35
Date: DATE
Message-ID: <20190818083118.3C0D1E2F@mail.ntc.gov.sd>
User-Agent: Roundcube Webmail/1.2.4""",
  body=T("""السادة الاتحاد الدولي للاتصالات

تحية طيبة،

نشكركم على الدعوة، ونعتذر عن عدم تمكن الهيئة القومية للاتصالات من المشاركة في جلسة التشاور ببودابست نظراً لظروف العمل الحالية.

مع خالص التقدير

مكتب العلاقات الخارجية
الهيئة القومية للاتصالات - الخرطوم
""", "windows-1256", "8bit", ct="text/plain; charset=windows-1256"),
  label=L("decline", "SDN"))

# --- Iraq: questions (remote participation, travel costs)
M("ar-irq", "ar", "2019-08-01 12:17:43", tz="+0300", src=("mail-wr1-f65.google.com", "209.85.221.65"),
  hdr="""From: Hayder Kadhim <hayder.cmc.iq@gmail.com>
Date: DATE
Message-ID: <CAM8rT2pV5x+nK1wQ7yL3bF9eZ6sH0dC4gA_jU2oW8iN5mR1tP7E@mail.gmail.com>
Subject: استفسار بخصوص المنشور CI-19/35
To: sme@itu.int""",
  body=MP("alternative", T("""السلام عليكم

بخصوص المنشور CI-19/35، نود الاستفسار عما يلي:
- هل يمكن المشاركة في جلسة بودابست عن بعد؟
- هل يتحمل الاتحاد تكاليف السفر والإقامة للمشاركين من الدول النامية؟

شكراً لكم

حيدر كاظم
قسم العلاقات الدولية
هيئة الإعلام والاتصالات - بغداد
""", "UTF-8", "base64"),
      T("""<div dir="rtl">السلام عليكم<div><br></div><div>بخصوص المنشور CI-19/35، نود الاستفسار عما يلي:</div><div>- هل يمكن المشاركة في جلسة بودابست عن بعد؟</div><div>- هل يتحمل الاتحاد تكاليف السفر والإقامة للمشاركين من الدول النامية؟</div><div><br></div><div>شكراً لكم</div><div><br></div><div>حيدر كاظم</div><div>قسم العلاقات الدولية</div><div>هيئة الإعلام والاتصالات - بغداد</div></div>
""", "UTF-8", "base64", sub="html"), style="gmail"),
  label=L("inquiry", "IRQ"))

# --- Qatar: nomination in running text
M("ar-qat", "ar", "2019-08-15 13:20:55", tz="+0300", src=("mail.cra.gov.qa", "212.77.204.51"),
  hdr="""From: العلاقات الدولية - هيئة تنظيم الاتصالات <intl@cra.gov.qa>
To: sme@itu.int
Subject: دولة قطر - CI-19/35
Date: DATE
Message-ID: <DB6PR0301MB2247A1B0C9D8E7F6A5B4C3D2E1F0A9B8@DB6PR0301MB2247.eurprd03.prod.outlook.com>
Content-Language: ar-QA""",
  body=OLALT("""حضرات السادة والسيدات،

تحية طيبة وبعد،

بالإشارة إلى المنشور CI-19/35، يسر هيئة تنظيم الاتصالات في دولة قطر ترشيح السيدة/ لطيفة محمد الكواري، خبير أول سياسات تنظيمية، لحضور جلسة التشاور الأولى في بودابست يوم 10 سبتمبر 2019. بريدها الإلكتروني: lalkuwari@cra.gov.qa

وتفضلوا بقبول فائق الاحترام،

إدارة العلاقات الدولية
هيئة تنظيم الاتصالات - الدوحة، قطر
""", "windows-1256", "quoted-printable", lang="AR-QA", rtl=True),
  label=L("nomination", "QAT", [D("لطيفة محمد الكواري", title="خبير أول سياسات تنظيمية", email="lalkuwari@cra.gov.qa")], [BUD]))

# --- Algeria: Arabic text, the name also in French transliteration
M("ar-dza", "ar", "2019-08-14 14:45:30", tz="+0100", src=("mail.mpttn.gov.dz", "193.194.77.106"),
  hdr="""From: Direction de la Coopération MPTTN <cooperation@mpttn.gov.dz>
To: sme@itu.int
Subject: ترشيح الجزائر - جلسات التشاور CI-19/35
Date: DATE
Message-ID: <5D540FDA.8030209@mpttn.gov.dz>
User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101
 Thunderbird/52.9.1""",
  body=T("""السيدات والسادة،

تبعاً للمنشور رقم CI-19/35 المؤرخ في 23 جويلية 2019، تتشرف وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة بإعلامكم بتعيين السيد كمال بن عيسى (M. Kamel Benaissa)، نائب مدير ترقية المؤسسات الناشئة والصغيرة، لتمثيل الجزائر في جلسة التشاور الأولى المقرر انعقادها ببودابست يوم 10 سبتمبر 2019.

البريد الإلكتروني: k.benaissa@mpttn.gov.dz
الهاتف: +213 21 71 12 20

تقبلوا فائق عبارات التقدير والاحترام.

مديرية التعاون
وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة - الجزائر
""", "windows-1256", "base64", ct="text/plain; charset=windows-1256; format=flowed"),
  label=L("nomination", "DZA", [D("كمال بن عيسى", ["Kamel Benaissa"], title="نائب مدير ترقية المؤسسات الناشئة والصغيرة",
                                  email="k.benaissa@mpttn.gov.dz")], [BUD]))

# --- Kuwait: out-of-office in Arabic then English
M("ar-ooo-kwt", "ar", "2019-08-15 11:02:09", tz="+0300", lag=2, src=("mail.citra.gov.kw", "62.150.125.40"),
  hdr="""From: Abdullah Alenezi <a.alenezi@citra.gov.kw>
To: SME <sme@itu.int>
Subject: رد تلقائي: Reminder: CI-19/35 - deadline 16 August 2019
Date: DATE
Message-ID: <4e7d1b2a9c3f4d5e8a6b0c1d2e3f4a5b@CITRAEXCH01.citra.gov.kw>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: ar-KW""",
  body=OLALT("""شكراً لرسالتكم. أنا خارج المكتب حتى 25 أغسطس 2019، وسأقوم بالرد عند عودتي.
للأمور العاجلة يرجى التواصل مع إدارة العلاقات الدولية: intl@citra.gov.kw

Thank you for your email. I am out of the office until 25 August 2019 and will reply upon my return.
For urgent matters please contact the International Relations Department: intl@citra.gov.kw

عبدالله العنزي
هيئة الاتصالات وتقنية المعلومات - الكويت
""", "windows-1256", "quoted-printable", lang="AR-KW", rtl=True),
  label=L("auto_reply"))

# ================================================================ Russian

# --- Russia, Ministry of Digital Development: Windows-1251 base64 (Outlook)
M("ru-rus-1", "ru", "2019-08-14 16:05:38", tz="+0300", src=("mail.digital.gov.ru", "95.173.128.70"),
  hdr="""From: Департамент международного сотрудничества <dms@digital.gov.ru>
To: "sme@itu.int" <sme@itu.int>
Subject: О кандидатуре для участия в консультационной сессии (CI-19/35)
Date: DATE
Message-ID: <7A6B5C4D3E2F41A0B9C8D7E6F5A4B3C2@EXCH02.digital.gov.ru>
Accept-Language: ru-RU, en-US
Content-Language: ru-RU""",
  body=OLALT("""Уважаемые коллеги!

Департамент международного сотрудничества Министерства цифрового развития, связи и массовых коммуникаций Российской Федерации, ссылаясь на циркулярное письмо МСЭ CI-19/35 от 23 июля 2019 г., сообщает о заинтересованности Российской Федерации в участии в серии консультационных сессий "Содействие развитию МСП в сфере технологий и инноваций".

Для участия в первой сессии, которая состоится 10 сентября 2019 г. в рамках ITU Telecom World 2019 в Будапеште, предлагается кандидатура заместителя директора Департамента Петрова Алексея Викторовича.

Контактные данные участника:
Петров Алексей Викторович (Mr. Alexey PETROV)
заместитель директора Департамента международного сотрудничества
тел.: +7 495 771-81-00 доб. 2345
e-mail: a.petrov@digital.gov.ru

С уважением,
Департамент международного сотрудничества
Минцифры России
125375, Москва, ул. Тверская, д. 7
""", "windows-1251", "base64", lang="RU"),
  label=L("nomination", "RUS", [D("Петров Алексей Викторович", ["Alexey PETROV"],
                                  title="заместитель директора Департамента международного сотрудничества",
                                  email="a.petrov@digital.gov.ru")], [BUD]))

# --- Russia again, after the deadline: a second delegate added, the list restated
M("ru-rus-2", "ru", "2019-08-29 10:37:12", tz="+0300", src=("mail.digital.gov.ru", "95.173.128.70"),
  hdr="""From: Департамент международного сотрудничества <dms@digital.gov.ru>
To: "sme@itu.int" <sme@itu.int>
Subject: RE: О кандидатуре для участия в консультационной сессии (CI-19/35) -
 дополнение
Date: DATE
Message-ID: <C2B3A4F5E6D741C8B9A0F1E2D3C4B5A6@EXCH02.digital.gov.ru>
Accept-Language: ru-RU, en-US
Content-Language: ru-RU""",
  body=OLALT("""Уважаемые коллеги!

В дополнение к письму от 14 августа 2019 г. сообщаем, что в состав делегации Российской Федерации на консультационной сессии 10 сентября 2019 г. в Будапеште также включена Смирнова Ольга Игоревна, консультант отдела многостороннего сотрудничества.

Таким образом, состав делегации:
1. Петров Алексей Викторович - заместитель директора Департамента международного сотрудничества, a.petrov@digital.gov.ru
2. Смирнова Ольга Игоревна - консультант отдела многостороннего сотрудничества, o.smirnova@digital.gov.ru

Просим извинить за позднее уведомление.

С уважением,
Департамент международного сотрудничества
Минцифры России
""", "windows-1251", "base64", lang="RU"),
  label=L("correction", "RUS", [
      D("Петров Алексей Викторович", title="заместитель директора Департамента международного сотрудничества", email="a.petrov@digital.gov.ru"),
      D("Смирнова Ольга Игоревна", title="консультант отдела многостороннего сотрудничества", email="o.smirnova@digital.gov.ru")],
      [BUD], sup="ru-rus-1"))

# --- Belarus: note verbale of the Permanent Mission
M("ru-blr", "ru", "2019-08-12 14:58:03", tz="+0200", src=("mail.belarusmission.ch", "83.150.27.14"),
  hdr="""From: Permanent Mission of Belarus in Geneva <mission.belarus@bluewin.ch>
To: sme@itu.int
Subject: Note verbale No. 02-14/418 (CI-19/35)
Date: DATE
Message-ID: <002001d5510f$6b3e1c70$41ba5550$@bluewin.ch>
X-Mailer: Microsoft Outlook 14.0""",
  body=T("""ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО РЕСПУБЛИКИ БЕЛАРУСЬ
ПРИ ОТДЕЛЕНИИ ООН И ДРУГИХ МЕЖДУНАРОДНЫХ ОРГАНИЗАЦИЯХ В ЖЕНЕВЕ

№ 02-14/418

Постоянное представительство Республики Беларусь при Отделении ООН и других международных организациях в Женеве свидетельствует свое уважение Генеральному секретариату Международного союза электросвязи и, ссылаясь на циркулярное письмо CI-19/35 от 23 июля 2019 года, имеет честь сообщить, что для участия в первой консультационной сессии "Содействие развитию МСП в сфере технологий и инноваций" (Будапешт, 10 сентября 2019 года) назначен Ковалёв Дмитрий Сергеевич, начальник управления электросвязи Министерства связи и информатизации Республики Беларусь (e-mail: kovalev@mpt.gov.by).

Постоянное представительство пользуется случаем, чтобы возобновить Генеральному секретариату Международного союза электросвязи уверения в своем весьма высоком уважении.

Женева, 12 августа 2019 года

[печать]

Генеральному секретариату
Международного союза электросвязи
г. Женева
""", "windows-1251", "8bit"),
  label=L("nomination", "BLR", [D("Ковалёв Дмитрий Сергеевич",
                                  title="начальник управления электросвязи Министерства связи и информатизации Республики Беларусь",
                                  email="kovalev@mpt.gov.by")], [BUD]))

# --- Kyrgyzstan: interest in the whole series, no name yet
M("ru-kgz", "ru", "2019-08-07 10:44:29", tz="+0600", src=("mail.ict.gov.kg", "212.42.101.8"),
  hdr="""From: Отдел международного сотрудничества ГКИТС <intl@ict.gov.kg>
To: sme@itu.int
Subject: Re: CI-19/35
Date: DATE
Message-ID: <1565167449.902113.JavaMail.zimbra@ict.gov.kg>
X-Mailer: Zimbra 8.8.9_GA_3019 (ZimbraWebClient - GC75 (Win)/8.8.9_GA_3019)""",
  body=T("""Уважаемые коллеги,

Государственный комитет информационных технологий и связи Кыргызской Республики выражает заинтересованность в участии в консультационных сессиях по МСП: в первой сессии в Будапеште, а также в сессиях во время собраний рабочих групп Совета и Форума ВВУИО в 2020 году.

Кандидатура участника будет сообщена дополнительно.

С уважением,
Отдел международного сотрудничества ГКИТС КР
г. Бишкек
""", "koi8-r", "8bit", ct="text/plain; charset=KOI8-R"),
  label=L("interest_only", "KGZ", sess=[BUD, CWG, WSIS]))

# --- Tajikistan: nomination, UTF-8
M("ru-tjk", "ru", "2019-08-15 08:13:50", tz="+0500", src=("mail.khadamotialoqa.tj", "217.11.176.20"),
  hdr="""From: Служба связи при Правительстве РТ <info@khadamotialoqa.tj>
To: sme@itu.int
Subject: Кандидатура от Республики Таджикистан - CI-19/35
Date: DATE
Message-ID: <5D54F6A1.2010807@khadamotialoqa.tj>
User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Уважаемые господа!

Служба связи при Правительстве Республики Таджикистан, в ответ на циркулярное письмо CI-19/35, сообщает, что для участия в консультационной сессии 10 сентября 2019 года в г. Будапешт определен Рахимов Фаррух Абдуллоевич - начальник отдела международных отношений и инвестиций.

Эл. почта: f.rakhimov@khadamotialoqa.tj
Тел.: +992 37 221 35 47

С уважением,
Служба связи при Правительстве Республики Таджикистан
г. Душанбе, ул. Рудаки, 57
""", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("nomination", "TJK", [D("Рахимов Фаррух Абдуллоевич", title="начальник отдела международных отношений и инвестиций",
                                  email="f.rakhimov@khadamotialoqa.tj")], [BUD]))

# --- Turkmenistan: questions on interpretation and who may attend
M("ru-tkm", "ru", "2019-08-05 09:16:21", tz="+0500", src=("mail.turkmentelecom.tm", "217.174.225.9"),
  hdr="""From: Turkmenaragatnashyk <info@turkmentelecom.tm>
To: sme@itu.int
Subject: Вопрос по циркулярному письму CI-19/35
Date: DATE
Message-ID: <20190805041621.2B1C0D9E@mail.turkmentelecom.tm>
User-Agent: Roundcube Webmail/1.1.2""",
  body=T("""Уважаемые коллеги!

В связи с циркулярным письмом CI-19/35 просим уточнить:

1) будет ли обеспечен синхронный перевод на русский язык во время сессии в Будапеште;
2) может ли в сессии принять участие представитель Постоянного представительства Туркменистана в Женеве вместо специалиста из Ашхабада.

С уважением,
Отдел внешних связей
Агентство "Туркменарагтнашык"
г. Ашхабад
""", "koi8-r", "8bit", ct="text/plain; charset=koi8-r"),
  label=L("inquiry", "TKM"))


# ================================================================ Chinese

# --- China, MIIT: GB2312 base64 (Foxmail), names with pinyin
M("zh-chn-1", "zh", "2019-08-13 10:26:37", tz="+0800", src=("mail.miit.gov.cn", "219.141.223.40"),
  hdr="""From: 国际合作司 <gjs@miit.gov.cn>
To: sme <sme@itu.int>
Subject: 关于CI-19/35通函的回复——中方参会人员
Date: DATE
Message-ID: <201908131625346718201@miit.gov.cn>
X-Mailer: Foxmail 7.2.9.156[cn]""",
  body=T("""国际电联秘书处：

你们好！

收到贵处CI-19/35号通函。中国工业和信息化部对“扶持技术和创新中小企业”系列磋商会议表示关注，现将参加2019年9月10日布达佩斯首次会议的人员信息告知如下：

1. 李明华（LI Minghua），工业和信息化部信息通信发展司 处长，邮箱：lmh@miit.gov.cn
2. 张静（ZHANG Jing），中国信息通信研究院 高级工程师，邮箱：zhangj@caict.ac.cn

请将会议议程及相关材料发送至上述邮箱。

谢谢！

工业和信息化部国际合作司
多边处
电话：+86 10 6820 5123
""", "gb2312", "base64", ct='text/plain; charset="gb2312"'),
  label=L("nomination", "CHN", [
      D("李明华", ["LI Minghua"], title="工业和信息化部信息通信发展司 处长", email="lmh@miit.gov.cn"),
      D("张静", ["ZHANG Jing"], title="中国信息通信研究院 高级工程师", email="zhangj@caict.ac.cn")],
      [BUD]))

# --- China again, after the deadline: an address corrected, a third person added, full list
M("zh-chn-2", "zh", "2019-08-20 09:41:15", tz="+0800", src=("mail.miit.gov.cn", "219.141.223.40"),
  hdr="""From: 国际合作司 <gjs@miit.gov.cn>
To: sme <sme@itu.int>
Subject: 更正：关于CI-19/35通函的回复——中方参会人员
Date: DATE
Message-ID: <201908201541089935127@miit.gov.cn>
X-Mailer: Foxmail 7.2.9.156[cn]""",
  body=T("""国际电联秘书处：

你们好！

8月13日我司发送的参会人员信息中，张静同志的邮箱有误，应为 zhangjing@caict.ac.cn。另增派中国信息通信研究院王磊同志参会。

更正后的参会人员名单如下：

1. 李明华（LI Minghua），工业和信息化部信息通信发展司 处长，lmh@miit.gov.cn
2. 张静（ZHANG Jing），中国信息通信研究院 高级工程师，zhangjing@caict.ac.cn
3. 王磊（WANG Lei），中国信息通信研究院 工程师，wanglei@caict.ac.cn

给您带来不便，敬请谅解。

工业和信息化部国际合作司
多边处
""", "gb2312", "base64", ct='text/plain; charset="gb2312"'),
  label=L("correction", "CHN", [
      D("李明华", ["LI Minghua"], title="工业和信息化部信息通信发展司 处长", email="lmh@miit.gov.cn"),
      D("张静", ["ZHANG Jing"], title="中国信息通信研究院 高级工程师", email="zhangjing@caict.ac.cn"),
      D("王磊", ["WANG Lei"], title="中国信息通信研究院 工程师", email="wanglei@caict.ac.cn")],
      [BUD], sup="zh-chn-1"))

# --- invoice spam in Chinese
M("zh-spam", "zh", "2019-08-03 06:27:44", tz="+0800", src=("smtp.qyxmail-8831.cn", "117.50.22.193"),
  hdr="""From: 刘经理 <kfb0831@qyxmail-8831.cn>
To: sme@itu.int
Subject: 您好！可代开各类正规发票 验证后付款
Date: DATE
Message-ID: <20190803142744.1A2B3C4D5E@smtp.qyxmail-8831.cn>
X-Mailer: Microsoft Outlook Express 6.00.2900.5512""",
  body=T("""尊敬的财务负责人：

您好！

本公司因进项较多，现有部分增值税专用发票、普通发票可对外代开，
点数优惠，可先验证后付款。

联系人：刘经理
电话（微信）：138 2691 0457
QQ：2945810337

如有打扰，敬请谅解！
""", "gb2312", "base64", ct='text/plain;\n\tcharset="gb2312"'),
  label=L("unrelated"))

# ================================================================ Portuguese

# --- Brazil, Anatel: reply above the English circular, Outlook headers in Portuguese
M("pt-bra", "pt", "2019-08-15 21:58:40", tz="-0300", src=("correio.anatel.gov.br", "189.9.133.20"),
  hdr="""From: Assessoria Internacional - Anatel <ai@anatel.gov.br>
To: "sme@itu.int" <sme@itu.int>
CC: Ana Carolina Moreira Campos <anacarolina@anatel.gov.br>
Subject: RES: CI-19/35 - Consultation sessions for Member States: Fostering
 tech and innovation SMEs
Date: DATE
Message-ID: <2f8a1c4e7b9d4e3a8c6f0b2d5e1a7c93@EXCH01.anatel.gov.br>
Accept-Language: pt-BR, en-US
Content-Language: pt-BR""",
  body=OLALT("""Prezados Senhores,

Em atenção à Carta Circular CI-19/35, a Agência Nacional de Telecomunicações (Anatel) manifesta o interesse do Brasil nas sessões de consulta e informa os nomes dos representantes brasileiros na primeira sessão, em Budapeste, no dia 10 de setembro de 2019:

- Ana Carolina Moreira Campos, Assessora Internacional da Anatel - anacarolina@anatel.gov.br
- Felipe Augusto Rocha Mendes, Coordenador-Geral de Inovação e Empreendedorismo Digital, Ministério da Ciência, Tecnologia, Inovações e Comunicações (MCTIC) - felipe.mendes@mctic.gov.br

Atenciosamente,

Assessoria Internacional - AIN
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 6, Bloco F, Brasília - DF
Tel.: +55 61 2312-2000

De: ITU-Circulars [mailto:itu-circulars@itu.int]
Enviada em: terça-feira, 23 de julho de 2019 11:47
Para: Assessoria Internacional - Anatel <ai@anatel.gov.br>
Assunto: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs

""" + CIRC_EN, "iso-8859-1", "quoted-printable", lang="PT-BR"),
  label=L("nomination", "BRA", [
      D("Ana Carolina Moreira Campos", title="Assessora Internacional da Anatel", email="anacarolina@anatel.gov.br"),
      D("Felipe Augusto Rocha Mendes", title="Coordenador-Geral de Inovação e Empreendedorismo Digital, Ministério da Ciência, Tecnologia, Inovações e Comunicações (MCTIC)",
        email="felipe.mendes@mctic.gov.br")],
      [BUD]))

# --- Mozambique: interest only
M("pt-moz", "pt", "2019-08-09 10:33:27", tz="+0200", src=("mail.incm.gov.mz", "196.3.97.14"),
  hdr="""From: INCM - Relações Internacionais <ri@incm.gov.mz>
To: sme@itu.int
Subject: Manifestação de interesse - Moçambique - CI-19/35
Date: DATE
Message-ID: <000301d54e94$a8d3c2e0$fa7b48a0$@incm.gov.mz>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Exmos. Senhores,

O Instituto Nacional das Comunicações de Moçambique (INCM) acusa a recepção da Circular CI-19/35 e manifesta o interesse de Moçambique em participar nas sessões de consulta sobre as PME de tecnologia e inovação.

O nome do participante na sessão de Budapeste será comunicado oportunamente.

Com os melhores cumprimentos,

Departamento de Relações Internacionais
INCM - Maputo
""", "windows-1252", "quoted-printable", lang="PT"),
  label=L("interest_only", "MOZ", sess=[BUD]))

# --- Portugal, ANACOM: name in running text with "Dra."
M("pt-prt", "pt", "2019-08-13 17:21:05", tz="+0100", src=("mail.anacom.pt", "195.22.0.40"),
  hdr="""From: Relações Internacionais ANACOM <ri@anacom.pt>
To: "sme@itu.int" <sme@itu.int>
Subject: CI-19/35 - Portugal
Date: DATE
Message-ID: <DB8PR09MB3307B5A4C3D2E1F0A9B8C7D6E5F4A3B2@DB8PR09MB3307.eurprd09.prod.outlook.com>
Content-Language: pt-PT""",
  body=OLALT("""Exmos. Senhores,

Na sequência da Carta Circular CI-19/35, informamos que Portugal se fará representar na primeira sessão de consulta, em Budapeste, pela Dra. Inês Ferreira Gonçalves, Diretora-Adjunta de Relações Internacionais da ANACOM (ines.goncalves@anacom.pt).

Com os melhores cumprimentos,

Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12 - 1099-017 Lisboa
""", "iso-8859-15", "quoted-printable", lang="PT"),
  label=L("nomination", "PRT", [D("Inês Ferreira Gonçalves", title="Diretora-Adjunta de Relações Internacionais da ANACOM",
                                  email="ines.goncalves@anacom.pt")], [BUD]))

# --- Angola: interest, a name promised
M("pt-ago", "pt", "2019-08-16 12:44:19", tz="+0100", src=("mail.minttics.gov.ao", "197.149.148.10"),
  hdr="""From: Gabinete de Intercâmbio MINTTICS <gii@minttics.gov.ao>
To: sme@itu.int
Subject: Angola - CI-19/35
Date: DATE
Message-ID: <5D5686B1.4060601@minttics.gov.ao>
User-Agent: Mozilla/5.0 (Windows NT 10.0; WOW64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Exmos. Senhores,

O Ministério das Telecomunicações, Tecnologias de Informação e Comunicação Social da República de Angola vem por este meio manifestar o seu interesse em participar na sessão de consulta de Budapeste, a 10 de Setembro de 2019.

A indicação do nome do representante será feita logo que concluído o processo interno de aprovação.

Sem outro assunto de momento, subscrevemo-nos com elevada consideração.

Gabinete de Intercâmbio Internacional
MINTTICS - Luanda
""", "utf-8", "8bit", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("interest_only", "AGO", sess=[BUD]))

# --- Brazil: automatic reply from the nominee
M("pt-ooo-bra", "pt", "2019-08-16 14:10:53", tz="-0300", lag=2, src=("correio.anatel.gov.br", "189.9.133.20"),
  hdr="""From: Ana Carolina Moreira Campos <anacarolina@anatel.gov.br>
To: SME <sme@itu.int>
Subject: Resposta automática: CI-19/35 - acknowledgement of your nomination
Date: DATE
Message-ID: <9c3e7a1f5b2d4c8e9a0b6d4f2e8c1a57@EXCH01.anatel.gov.br>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: pt-BR""",
  body=OLALT("""Prezado(a),

Estarei fora do escritório entre os dias 16 e 23 de agosto, com acesso restrito aos e-mails. Em caso de urgência, favor contatar a Assessoria Internacional pelo e-mail ai@anatel.gov.br.

Atenciosamente,
Ana Carolina Moreira Campos
""", "iso-8859-1", "quoted-printable", lang="PT-BR"),
  label=L("auto_reply"))


# ================================================================ German

# --- Germany, BMWi: Outlook HTML, each nominee with his or her own sessions
_de_inner = hp("""Sehr geehrte Damen und Herren,

mit Bezug auf das Rundschreiben CI-19/35 vom 23. Juli 2019 teilen wir Ihnen mit, dass Deutschland an der Reihe von Konsultationen zum Thema „Fostering tech and innovation SMEs“ gerne teilnimmt.

Folgende Personen werden benannt:""") + """
<ul style="margin-top:0cm" type="disc">
<li class="MsoListParagraph" style="margin-left:0cm">Frau Dr. Katharina Vogel, Referatsleiterin VI B 4 – Internationale Digitalpolitik, <a href="mailto:katharina.vogel@bmwi.bund.de">katharina.vogel@bmwi.bund.de</a> – für die erste Sitzung in Budapest (10. September 2019)<o:p></o:p></li>
<li class="MsoListParagraph" style="margin-left:0cm">Herr Jonas Reinhardt, Referent VI B 4, <a href="mailto:jonas.reinhardt@bmwi.bund.de">jonas.reinhardt@bmwi.bund.de</a> – für die Sitzungen 2020 während der Ratsarbeitsgruppen und des WSIS-Forums<o:p></o:p></li>
</ul>
""" + hp("""
Mit freundlichen Grüßen
Im Auftrag

Sabine Hoffmann
Sachbearbeiterin
Referat VI B 4 – Internationale Digitalpolitik
Bundesministerium für Wirtschaft und Energie
Villemombler Straße 76, 53123 Bonn
Tel.: +49 228 99615-3127
E-Mail: sabine.hoffmann@bmwi.bund.de""")
_de_html = outlook_html(_de_inner, cs="windows-1252", lang="DE")
M("de-deu", "de", "2019-08-14 11:08:48", tz="+0200", src=("mx.bund.de", "77.87.228.71"),
  hdr="""From: "Hoffmann, Sabine, VIB4" <Sabine.Hoffmann@bmwi.bund.de>
To: "sme@itu.int" <sme@itu.int>
CC: "Vogel, Katharina, Dr., VIB4" <Katharina.Vogel@bmwi.bund.de>,
 "Reinhardt, Jonas, VIB4" <Jonas.Reinhardt@bmwi.bund.de>
Subject: Rundschreiben CI-19/35 - Benennung
Thread-Topic: Rundschreiben CI-19/35 - Benennung
Date: DATE
Message-ID: <A5F3C8E1B7D24F9A8C6E0B3D1F7A2C54@BMWI-EX04.bmwi.local>
Accept-Language: de-DE
Content-Language: de-DE""",
  body=MP("alternative", T(html_to_text(_de_html), "windows-1252", "quoted-printable"),
          T(_de_html, "windows-1252", "quoted-printable", sub="html"), style="outlook"),
  label=L("nomination", "DEU", [
      D("Katharina Vogel", title="Referatsleiterin VI B 4 – Internationale Digitalpolitik", email="katharina.vogel@bmwi.bund.de"),
      D("Jonas Reinhardt", title="Referent VI B 4", email="jonas.reinhardt@bmwi.bund.de")],
      [BUD, CWG, WSIS]))

# --- Austria: not Budapest, but the WSIS Forum session
M("de-aut", "de", "2019-08-09 14:26:31", tz="+0200", src=("mail.bmdw.gv.at", "194.232.104.6"),
  hdr="""From: Pichler Markus <markus.pichler@bmdw.gv.at>
To: "sme@itu.int" <sme@itu.int>
Subject: AW: CI-19/35 Konsultationssitzungen
Date: DATE
Message-ID: <4b8e2f1c9a7d4e63b5c0d8f2a1e7b394@BMDWEX02.bmdw.gv.at>
Content-Language: de-AT""",
  body=OLALT("""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Eine Teilnahme an der Sitzung in Budapest ist uns aus terminlichen Gründen leider nicht möglich.

Österreich hätte jedoch großes Interesse, an der Konsultation im Rahmen des WSIS-Forums 2020 teilzunehmen. Wir bitten Sie, uns die entsprechenden Informationen zu gegebener Zeit zukommen zu lassen.

Mit freundlichen Grüßen

Mag. Markus Pichler
Abteilung III/4 – Telekommunikationsrecht und internationale Angelegenheiten
Bundesministerium für Digitalisierung und Wirtschaftsstandort
Stubenring 1, 1010 Wien
""", "windows-1252", "quoted-printable", lang="DE-AT"),
  label=L("interest_only", "AUT", sess=[WSIS]))

# --- Germany: out-of-office of the first nominee
M("de-ooo-deu", "de", "2019-08-15 09:47:22", tz="+0200", lag=2, src=("mx.bund.de", "77.87.228.71"),
  hdr="""From: "Vogel, Katharina, Dr., VIB4" <Katharina.Vogel@bmwi.bund.de>
To: SME <sme@itu.int>
Subject: Abwesenheitsnotiz: CI-19/35 - acknowledgement of your nomination
Date: DATE
Message-ID: <C7E2A9F4D1B84E6A9F3C5B8D0E2A4F61@BMWI-EX02.bmwi.local>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: de-DE""",
  body=OLALT("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30. August 2019 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buero-vib4@bmwi.bund.de.

Mit freundlichen Grüßen
Katharina Vogel
""", "iso-8859-1", "quoted-printable", lang="DE"),
  label=L("auto_reply"))

# --- a German non-delivery report for the acknowledgement's copy to a departed colleague
M("de-bounce", "de", "2019-08-15 09:47:58", tz="+0200", lag=1, src=("mx.bund.de", "77.87.228.71"), hops=(),
  hdr="""From: <postmaster@bmwi.bund.de>
To: <sme@itu.int>
Date: DATE
Subject: Unzustellbar: CI-19/35 - acknowledgement of your nomination
Message-ID: <8f2c6e1a-4b7d-4c95-a3e0-d1f9b6c8e2a7@BMWI-EX01.bmwi.local>
Auto-Submitted: auto-replied
Content-Language: de-DE""",
  body=MP("report",
          T("""Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

Schulte, Heinz, VIB4 (heinz.schulte@bmwi.bund.de)
Der Empfänger wurde nicht gefunden. Die E-Mail-Adresse ist möglicherweise falsch oder existiert nicht mehr. Bitte überprüfen Sie die Adresse und versuchen Sie es erneut.

Diagnoseinformationen für Administratoren:

Generierender Server: BMWI-EX01.bmwi.local

heinz.schulte@bmwi.bund.de
#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##
""", "iso-8859-1", "quoted-printable"),
          DSN("""Reporting-MTA: dns;BMWI-EX01.bmwi.local
Received-From-MTA: dns;mx.bund.de
Arrival-Date: Thu, 15 Aug 2019 07:47:55 +0000

Final-Recipient: rfc822;heinz.schulte@bmwi.bund.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
          T("""From: SME <sme@itu.int>
To: "Hoffmann, Sabine, VIB4" <Sabine.Hoffmann@bmwi.bund.de>
CC: "Vogel, Katharina, Dr., VIB4" <Katharina.Vogel@bmwi.bund.de>,
 "Reinhardt, Jonas, VIB4" <Jonas.Reinhardt@bmwi.bund.de>,
 "heinz.schulte@bmwi.bund.de" <heinz.schulte@bmwi.bund.de>
Subject: CI-19/35 - acknowledgement of your nomination
Date: Thu, 15 Aug 2019 07:47:49 +0000
Message-ID: <e7a1c3f59b2d4e8a96c0f4b2d8e1a3c7@EXCH-MBX01.itu.int>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
""", "us-ascii", "7bit", ct="text/rfc822-headers"),
          style="outlook", params=';\n\treport-type=delivery-status'),
  label=L("bounce"))


# ================================================================ Italian, Dutch

M("it-ita", "it", "2019-08-16 21:40:16", tz="+0200", src=("mail.mise.gov.it", "151.1.140.8"),
  hdr="""From: Segreteria Divisione III DGSCERP <div3.dgscerp@mise.gov.it>
To: sme@itu.int
Subject: Circolare UIT CI-19/35 - designazione partecipanti
Date: DATE
Message-ID: <AM5PR0701MB2545D3C2B1A0F9E8D7C6B5A4F3E2D1C0@AM5PR0701MB2545.eurprd07.prod.outlook.com>
Content-Language: it-IT""",
  body=OLALT("""Gentili Signori,

in riferimento alla Circolare CI-19/35, si comunica che il Ministero dello Sviluppo Economico parteciperà alla prima sessione di consultazione, prevista a Budapest il 10 settembre 2019, con la seguente delegazione:

- Dott.ssa Francesca Romano, Dirigente della Divisione III - Affari internazionali, francesca.romano@mise.gov.it (capo delegazione)
- Ing. Marco Bianchi, Funzionario tecnico, marco.bianchi@mise.gov.it

Cordiali saluti,

La Segreteria
Divisione III - Affari internazionali
Direzione Generale per i Servizi di Comunicazione Elettronica, di Radiodiffusione e Postali
Ministero dello Sviluppo Economico
Viale America, 201 - 00144 Roma
""", "iso-8859-1", "8bit", lang="IT"),
  label=L("nomination", "ITA", [
      D("Francesca Romano", title="Dirigente della Divisione III - Affari internazionali", email="francesca.romano@mise.gov.it"),
      D("Marco Bianchi", title="Funzionario tecnico", email="marco.bianchi@mise.gov.it")],
      [BUD]))

M("nl-nld", "nl", "2019-08-12 15:12:44", tz="+0200", src=("mail.minezk.nl", "147.181.97.19"),
  hdr="""From: "Bakker, Pieter (DGBI-DE)" <p.bakker@minezk.nl>
To: "sme@itu.int" <sme@itu.int>
Subject: Nederlandse deelname - CI-19/35
Date: DATE
Message-ID: <AM0PR09MB2674E5D4C3B2A1F0E9D8C7B6A5F4E3D2@AM0PR09MB2674.eurprd09.prod.outlook.com>
Content-Language: nl-NL""",
  body=OLALT("""Geachte heer/mevrouw,

Naar aanleiding van circulaire CI-19/35 laat ik u weten dat Nederland graag deelneemt aan de consultatiesessie in Boedapest op 10 september aanstaande.

Namens het Ministerie van Economische Zaken en Klimaat zal mevrouw drs. Sanne de Vries, senior beleidsmedewerker internationale telecommunicatie (s.devries@minezk.nl), deelnemen.

Met vriendelijke groet,

Pieter Bakker
Coördinator ITU-zaken
Directie Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, 2594 AC Den Haag
""", "iso-8859-1", "quoted-printable", lang="NL"),
  label=L("nomination", "NLD", [D("Sanne de Vries", title="senior beleidsmedewerker internationale telecommunicatie",
                                  email="s.devries@minezk.nl")], [BUD]))


# ================================================================ Central Europe

M("pl-pol", "pl", "2019-08-14 13:27:09", tz="+0200", src=("poczta.mc.gov.pl", "195.187.245.30"),
  hdr="""From: Departament Współpracy Międzynarodowej <dwm@mc.gov.pl>
To: sme@itu.int
Subject: Zgłoszenie udziału - CI-19/35
Date: DATE
Message-ID: <000c01d55297$3a9d5e20$afd81a60$@mc.gov.pl>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Szanowni Państwo,

w odpowiedzi na list okólny CI-19/35 Ministerstwo Cyfryzacji uprzejmie informuje, że Polska jest zainteresowana udziałem w sesjach konsultacyjnych dotyczących MŚP z sektora technologii i innowacji.

Do udziału w pierwszej sesji w Budapeszcie (10 września 2019 r.) zgłaszamy następujące osoby:
1. Tomasz Wiśniewski - Naczelnik Wydziału Współpracy Wielostronnej, tomasz.wisniewski@mc.gov.pl
2. Katarzyna Zielińska-Nowak - główny specjalista, katarzyna.zielinska-nowak@mc.gov.pl

Z wyrazami szacunku

Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa
""", "windows-1250", "quoted-printable", lang="PL"),
  label=L("nomination", "POL", [
      D("Tomasz Wiśniewski", title="Naczelnik Wydziału Współpracy Wielostronnej", email="tomasz.wisniewski@mc.gov.pl"),
      D("Katarzyna Zielińska-Nowak", title="główny specjalista", email="katarzyna.zielinska-nowak@mc.gov.pl")],
      [BUD]))

M("cs-cze", "cs", "2019-08-02 10:52:36", tz="+0200", src=("mail.mpo.cz", "193.85.28.66"),
  hdr="""From: Jana Dvořáková <dvorakovaj@mpo.cz>
To: sme@itu.int
Subject: Dotaz k oběžníku CI-19/35
Date: DATE
Message-ID: <1E2D3C4B5A6F4708918A2B3C4D5E6F70@MPO-EXCH01.mpo.cz>
X-Mailer: Microsoft Outlook 15.0""",
  body=OLALT("""Dobrý den,

k oběžníku CI-19/35 bychom se rádi zeptali:

- zda se konzultace v Budapešti může zúčastnit i zástupce Stálé mise ČR v Ženevě místo odborníka z ministerstva,
- a zda bude jednání přenášeno online.

Děkuji za odpověď.

S pozdravem

Jana Dvořáková
Odbor elektronických komunikací
Ministerstvo průmyslu a obchodu ČR
Na Františku 32, 110 15 Praha 1
""", "iso-8859-2", "quoted-printable", lang="CS"),
  label=L("inquiry", "CZE"))

M("sk-svk", "sk", "2019-08-15 15:03:58", tz="+0200", src=("mail.mindop.sk", "195.28.70.12"),
  hdr="""From: Odbor medzinárodných vzťahov <omv@mindop.sk>
To: sme@itu.int
Subject: RE: CI-19/35
Date: DATE
Message-ID: <AM6PR08MB3542A9B8C7D6E5F4A3B2C1D0E9F8A7B6@AM6PR08MB3542.eurprd08.prod.outlook.com>
Content-Language: sk-SK""",
  body=OLALT("""Vážená pani, vážený pán,

ďakujeme za pozvanie. Ministerstvo dopravy a výstavby Slovenskej republiky sa konzultačného stretnutia v Budapešti, žiaľ, nezúčastní.

S pozdravom

Odbor medzinárodných vzťahov
Ministerstvo dopravy a výstavby SR
Námestie slobody 6, 810 05 Bratislava
""", "windows-1250", "8bit", lang="SK"),
  label=L("decline", "SVK"))

# --- Hungary, the host: family name first, three people, three sessions
M("hu-hun", "hu", "2019-08-05 14:36:17", tz="+0200", src=("mail.itm.gov.hu", "84.206.42.113"),
  hdr="""From: Nemzetközi Főosztály ITM <nemzetkozi@itm.gov.hu>
To: sme@itu.int
Subject: CI-19/35 - Magyarország jelöltjei
Date: DATE
Message-ID: <DB7PR06MB5092C1B2A3F4E5D6C7B8A9F0E1D2C3B4@DB7PR06MB5092.eurprd06.prod.outlook.com>
Content-Language: hu-HU""",
  body=OLALT("""Tisztelt Hölgyem/Uram!

Az ITU CI-19/35 számú körlevelére hivatkozva az Innovációs és Technológiai Minisztérium, mint az ITU Telecom World 2019 budapesti rendezvény házigazdája, örömmel jelzi Magyarország részvételét a konzultációs ülés-sorozaton.

Jelöltjeink:

- dr. Nagy Eszter főosztályvezető (nagy.eszter@itm.gov.hu) - a budapesti ülésen (2019. szeptember 10.) és a 2020-as WSIS Fórum alatti ülésen;
- Szabó Gábor referens (szabo.gabor@itm.gov.hu) - a budapesti ülésen;
- Tóth Anna szakmai tanácsadó (toth.anna@itm.gov.hu) - a Tanács munkacsoportjainak 2020. eleji ülésein tartandó konzultáción.

Üdvözlettel:

Nemzetközi Főosztály
Innovációs és Technológiai Minisztérium
1011 Budapest, Fő utca 44-50.
""", "iso-8859-2", "quoted-printable", lang="HU"),
  label=L("nomination", "HUN", [
      D("Nagy Eszter", title="főosztályvezető", email="nagy.eszter@itm.gov.hu"),
      D("Szabó Gábor", title="referens", email="szabo.gabor@itm.gov.hu"),
      D("Tóth Anna", title="szakmai tanácsadó", email="toth.anna@itm.gov.hu")],
      [BUD, CWG, WSIS]))

M("ro-rou", "ro", "2019-08-13 11:59:25", tz="+0300", src=("mail.ancom.org.ro", "193.226.112.9"),
  hdr="""From: Directia Relatii Internationale ANCOM <international@ancom.org.ro>
To: sme@itu.int
Subject: CI-19/35 - nominalizare Romania
Date: DATE
Message-ID: <000f01d551c3$5d2c8e10$17859a30$@ancom.org.ro>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Stimate doamne, stimaţi domni,

Ca răspuns la circulara CI-19/35, Autoritatea Naţională pentru Administrare şi Reglementare în Comunicaţii (ANCOM) vă informează că România va fi reprezentată la prima sesiune de consultare de la Budapesta de doamna Ioana Popescu, director adjunct, Direcţia Relaţii Internaţionale (ioana.popescu@ancom.org.ro).

Cu stimă,

Direcţia Relaţii Internaţionale
ANCOM
Str. Delea Nouă nr. 2, sector 3, Bucureşti
""", "windows-1250", "quoted-printable", lang="RO"),
  label=L("nomination", "ROU", [D("Ioana Popescu", title="director adjunct, Direcţia Relaţii Internaţionale",
                                  email="ioana.popescu@ancom.org.ro")], [BUD]))

M("ro-mda", "ro", "2019-08-12 16:17:30", tz="+0300", src=("mail.mei.gov.md", "89.28.13.5"),
  hdr="""From: Ministerul Economiei și Infrastructurii <secretariat@mei.gov.md>
To: sme@itu.int
Subject: Republica Moldova - CI-19/35
Date: DATE
Message-ID: <5D517B42.9010104@mei.gov.md>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Stimate domnule Clark,

Ministerul Economiei și Infrastructurii al Republicii Moldova vă mulțumește pentru invitație și își exprimă interesul de a participa la sesiunea de consultare de la Budapesta.

Numele participantului vă va fi comunicat suplimentar.

Cu respect,
Direcția politici în domeniul tehnologiei informației și comunicațiilor
Chișinău, Piața Marii Adunări Naționale 1
""", "utf-8", "8bit", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("interest_only", "MDA", sess=[BUD]))

M("bg-bgr", "bg", "2019-08-08 13:05:52", tz="+0300", src=("mail.mtitc.government.bg", "193.200.15.54"),
  hdr="""From: Дирекция "Международни дейности" <md@mtitc.government.bg>
To: sme@itu.int
Subject: Относно циркулярно писмо CI-19/35
Date: DATE
Message-ID: <003a01d54df6$2c1b0f40$845d2dc0$@mtitc.government.bg>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Уважаеми дами и господа,

Министерството на транспорта, информационните технологии и съобщенията на Република България изразява интерес към консултативните сесии за малките и средните предприятия в областта на технологиите и иновациите, включително към първата сесия в Будапеща.

Името на участника ще Ви бъде съобщено допълнително.

С уважение,
Дирекция "Международни дейности"
МТИТС, ул. "Дякон Игнатий" 9, София
""", "windows-1251", "base64", lang="BG"),
  label=L("interest_only", "BGR", sess=[BUD]))

M("el-grc", "el", "2019-08-14 10:16:43", tz="+0300", src=("mail.eett.gr", "195.167.94.2"),
  hdr="""From: Τμήμα Διεθνών Σχέσεων ΕΕΤΤ <intl@eett.gr>
To: sme@itu.int
Subject: Συμμετοχή της Ελλάδας - CI-19/35
Date: DATE
Message-ID: <0b1a2c3d4e5f46a7b8c9d0e1f2a3b4c5@EXCH.eett.gr>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Αξιότιμες κυρίες και κύριοι,

Σε απάντηση της εγκυκλίου CI-19/35, η Εθνική Επιτροπή Τηλεπικοινωνιών και Ταχυδρομείων (ΕΕΤΤ) σας ενημερώνει ότι στην πρώτη συνεδρία διαβούλευσης στη Βουδαπέστη (10 Σεπτεμβρίου 2019) θα συμμετάσχει ο κ. Γεώργιος Παπαδόπουλος (Georgios Papadopoulos), Προϊστάμενος Τμήματος Διεθνών Σχέσεων, gpapadopoulos@eett.gr.

Με εκτίμηση,

Τμήμα Διεθνών Σχέσεων
ΕΕΤΤ - Λεωφ. Κηφισίας 60, 151 25 Μαρούσι
""", "iso-8859-7", "quoted-printable", lang="EL"),
  label=L("nomination", "GRC", [D("Γεώργιος Παπαδόπουλος", ["Georgios Papadopoulos"], title="Προϊστάμενος Τμήματος Διεθνών Σχέσεων",
                                  email="gpapadopoulos@eett.gr")], [BUD]))

M("sr-srb", "sr", "2019-08-15 14:22:31", tz="+0200", src=("mail.mtt.gov.rs", "195.252.107.30"),
  hdr="""From: Сектор за међународну сарадњу <medjunarodna@mtt.gov.rs>
To: sme@itu.int
Subject: CI-19/35 - учешће Републике Србије
Date: DATE
Message-ID: <5D554C2F.3050708@mtt.gov.rs>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Поштовани,

Поводом циркуларног писма CI-19/35, Министарство трговине, туризма и телекомуникација Републике Србије обавештава вас да ће на првој консултативној сесији у Будимпешти, 10. септембра 2019. године, Републику Србију представљати Милош Јовановић (Miloš Jovanović), виши саветник у Сектору за електронске комуникације, milos.jovanovic@mtt.gov.rs.

С поштовањем,

Сектор за међународну сарадњу и европске интеграције
Министарство трговине, туризма и телекомуникација
Немањина 22-26, Београд
""", "utf-8", "base64"),
  label=L("nomination", "SRB", [D("Милош Јовановић", ["Miloš Jovanović"], title="виши саветник у Сектору за електронске комуникације",
                                  email="milos.jovanovic@mtt.gov.rs")], [BUD]))

M("hr-hrv", "hr", "2019-08-09 09:38:15", tz="+0200", src=("mail.hakom.hr", "213.191.142.3"),
  hdr="""From: Ivana Marić <ivana.maric@hakom.hr>
To: sme@itu.int
Subject: Upit - CI-19/35
Date: DATE
Message-ID: <VI1PR07MB4430D1C2B3A4F5E6D7C8B9A0F1E2D3C4@VI1PR07MB4430.eurprd07.prod.outlook.com>
Content-Language: hr-HR""",
  body=T("""Poštovani,

vezano uz okružnicu CI-19/35, molimo pojašnjenje: hoće li dnevni red konzultacija u Budimpešti biti dostupan prije 16. kolovoza, budući da o sastavu izaslanstva odlučujemo prema temama sastanka? Također, je li predviđeno sudjelovanje predstavnika malih i srednjih poduzeća uz predstavnike države?

Unaprijed zahvaljujem.

Srdačan pozdrav,

Ivana Marić
Služba za međunarodnu suradnju
Hrvatska regulatorna agencija za mrežne djelatnosti (HAKOM)
Roberta Frangeša Mihanovića 9, Zagreb
""", "iso-8859-2", "quoted-printable"),
  label=L("inquiry", "HRV"))


# ================================================================ Nordic and Baltic

M("sv-swe", "sv", "2019-08-13 09:55:02", tz="+0200", src=("mail.pts.se", "194.18.179.20"),
  hdr="""From: Erik Johansson <erik.johansson@pts.se>
To: "sme@itu.int" <sme@itu.int>
Subject: SV: CI-19/35 - Sveriges deltagande
Date: DATE
Message-ID: <HE1PR0501MB2267F0E1D2C3B4A5968778695A4B3C2D@HE1PR0501MB2267.eurprd05.prod.outlook.com>
Content-Language: sv-SE""",
  body=OLALT("""Hej,

Tack för inbjudan. Sverige deltar gärna i konsultationen i Budapest den 10 september. Vi nominerar Anna Lindqvist, handläggare vid Internationella sekretariatet, Post- och telestyrelsen (anna.lindqvist@pts.se).

Vänliga hälsningar

Erik Johansson
Enhetschef, Internationella sekretariatet
Post- och telestyrelsen (PTS)
Box 5398, 102 49 Stockholm
""", "iso-8859-1", "quoted-printable", lang="SV"),
  label=L("nomination", "SWE", [D("Anna Lindqvist", title="handläggare vid Internationella sekretariatet, Post- och telestyrelsen",
                                  email="anna.lindqvist@pts.se")], [BUD]))

M("fi-fin", "fi", "2019-08-16 10:18:37", tz="+0300", src=("mail.lvm.fi", "193.209.104.40"),
  hdr="""From: Kirjaamo LVM <kirjaamo@lvm.fi>
To: sme@itu.int
Subject: VS: CI-19/35
Date: DATE
Message-ID: <HE1PR0902MB1788B2A3C4D5E6F7A8B9C0D1E2F3A4B5@HE1PR0902MB1788.eurprd09.prod.outlook.com>
Content-Language: fi-FI""",
  body=OLALT("""Hyvä vastaanottaja,

Liikenne- ja viestintäministeriö kiittää kutsusta. Suomi on kiinnostunut osallistumaan Budapestissa 10.9.2019 järjestettävään konsultaatioon. Osallistujan nimi ilmoitetaan myöhemmin.

Ystävällisin terveisin

Liikenne- ja viestintäministeriö
Kansainvälisten asioiden yksikkö
PL 31, 00023 Valtioneuvosto
""", "iso-8859-15", "quoted-printable", lang="FI"),
  label=L("interest_only", "FIN", sess=[BUD]))

M("et-est", "et", "2019-08-19 10:02:28", tz="+0300", src=("mail.mkm.ee", "213.184.49.75"),
  hdr="""From: Kadri Tamm <kadri.tamm@mkm.ee>
To: sme@itu.int
Subject: Eesti osalemine - CI-19/35
Date: DATE
Message-ID: <5D5A47A9.1060902@mkm.ee>
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:60.0)
 Gecko/20100101 Thunderbird/60.8.0""",
  body=T("""Tere,

vabandame hilinenud vastuse pärast. Eestit esindab konsultatsioonil Budapestis 10. septembril allakirjutanu.

Lugupidamisega

Kadri Tamm
Nõunik, infoühiskonna teenuste arendamise osakond
Majandus- ja Kommunikatsiooniministeerium
Suur-Ameerika 1, 10122 Tallinn
kadri.tamm@mkm.ee
""", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("nomination", "EST", [D("Kadri Tamm", title="Nõunik, infoühiskonna teenuste arendamise osakond",
                                  email="kadri.tamm@mkm.ee")], [BUD]))

M("lv-lva", "lv", "2019-08-06 12:40:51", tz="+0300", src=("mail.sam.gov.lv", "85.254.194.18"),
  hdr="""From: Satiksmes ministrija <satiksmes.ministrija@sam.gov.lv>
To: sme@itu.int
Subject: Par cirkulāru CI-19/35
Date: DATE
Message-ID: <AM4PR0401MB2177C3D4E5F6A7B8C9D0E1F2A3B4C5D6@AM4PR0401MB2177.eurprd04.prod.outlook.com>
Content-Language: lv-LV""",
  body=OLALT("""Labdien!

Pateicamies par uzaicinājumu. Diemžēl Latvija konsultāciju sesijā Budapeštā nepiedalīsies.

Ar cieņu
Sakaru departaments
Satiksmes ministrija, Gogoļa iela 3, Rīga
""", "windows-1257", "quoted-printable", lang="LV"),
  label=L("decline", "LVA"))

M("lt-ltu", "lt", "2019-08-12 08:41:09", tz="+0300", src=("mail.rrt.lt", "193.219.66.14"),
  hdr="""From: Rūta Jankauskienė <ruta.jankauskiene@rrt.lt>
To: sme@itu.int
Subject: RRT nominacija - CI-19/35
Date: DATE
Message-ID: <004d01d550e1$7b9c3a20$72d4ae60$@rrt.lt>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Laba diena,

atsakydami į aplinkraštį CI-19/35, pranešame, kad Lietuvos Respublikos ryšių reguliavimo tarnyba (RRT) konsultacijų sesijoje Budapešte (2019 m. rugsėjo 10 d.) atstovaus Rūta Jankauskienė, Tarptautinių ryšių skyriaus patarėja.

Pagarbiai

Rūta Jankauskienė
Tarptautinių ryšių skyriaus patarėja
Ryšių reguliavimo tarnyba
Mortos g. 14, LT-03219 Vilnius
tel. +370 5 210 5623, el. p. ruta.jankauskiene@rrt.lt
""", "windows-1257", "quoted-printable", lang="LT"),
  label=L("nomination", "LTU", [D("Rūta Jankauskienė", title="Tarptautinių ryšių skyriaus patarėja",
                                  email="ruta.jankauskiene@rrt.lt")], [BUD]))


# ================================================================ South-East Europe, Turkey, Caucasus, Israel

M("sq-alb", "sq", "2019-08-15 11:35:44", tz="+0200", src=("mail.akep.al", "80.78.64.10"),
  hdr="""From: AKEP Marrëdhëniet me Jashtë <international@akep.al>
To: sme@itu.int
Subject: Re: CI-19/35
Date: DATE
Message-ID: <1565861744.7823.0.camel@akep.al>
X-Mailer: Evolution 3.28.5""",
  body=T("""Të nderuar,

Ju falënderojmë për ftesën. Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) nuk do të mund të marrë pjesë në sesionin konsultativ në Budapest.

Me respekt,
Drejtoria e Marrëdhënieve me Jashtë
AKEP, Tiranë
""", "utf-8", "8bit", ct="text/plain; charset=UTF-8"),
  label=L("decline", "ALB"))

M("mk-mkd", "mk", "2019-08-16 13:08:20", tz="+0200", src=("mail.aek.mk", "77.28.97.3"),
  hdr="""From: Агенција за електронски комуникации <contact@aek.mk>
To: sme@itu.int
Subject: CI-19/35 - номинација
Date: DATE
Message-ID: <008b01d55423$c9d2e1f0$5d78a5d0$@aek.mk>
X-Mailer: Microsoft Outlook 15.0""",
  body=OLALT("""Почитувани,

Во врска со циркуларното писмо CI-19/35, Агенцијата за електронски комуникации на Република Северна Македонија ја номинира г-ѓа Марија Стојановска (Marija Stojanovska), советник за меѓународна соработка, за учество на првата консултативна сесија во Будимпешта.

Е-пошта: marija.stojanovska@aek.mk

Со почит,
Агенција за електронски комуникации
Скопје
""", "windows-1251", "quoted-printable", lang="MK"),
  label=L("nomination", "MKD", [D("Марија Стојановска", ["Marija Stojanovska"], title="советник за меѓународна соработка",
                                  email="marija.stojanovska@aek.mk")], [BUD]))

M("tr-tur", "tr", "2019-08-09 16:30:14", tz="+0300", src=("mail.btk.gov.tr", "212.174.189.20"),
  hdr="""From: BTK Uluslararası İlişkiler <uluslararasi@btk.gov.tr>
To: sme@itu.int
Subject: CI-19/35 sayılı genelge - Türkiye katılımı
Date: DATE
Message-ID: <DB6PR0802MB2582A3B4C5D6E7F8A9B0C1D2E3F4A5B6@DB6PR0802MB2582.eurprd08.prod.outlook.com>
Content-Language: tr-TR""",
  body=OLALT("""Sayın Yetkili,

CI-19/35 sayılı genelgeniz ile ilgili olarak, 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk istişare oturumuna Bilgi Teknolojileri ve İletişim Kurumu'nu (BTK) temsilen aşağıdaki kişiler katılacaktır:

1. Sayın Mehmet Yılmaz, Daire Başkanı, Uluslararası İlişkiler Dairesi - mehmet.yilmaz@btk.gov.tr
2. Sayın Ayşe Demir Kaya, Uzman, Sektörel Araştırma ve Strateji Geliştirme Dairesi - ayse.kaya@btk.gov.tr

Bilgilerinize arz ederiz.

Saygılarımızla,

Uluslararası İlişkiler Dairesi
Bilgi Teknolojileri ve İletişim Kurumu
Yeşilırmak Sok. No:16, Demirtepe, Ankara
""", "iso-8859-9", "quoted-printable", lang="TR"),
  label=L("nomination", "TUR", [
      D("Mehmet Yılmaz", title="Daire Başkanı, Uluslararası İlişkiler Dairesi", email="mehmet.yilmaz@btk.gov.tr"),
      D("Ayşe Demir Kaya", title="Uzman, Sektörel Araştırma ve Strateji Geliştirme Dairesi", email="ayse.kaya@btk.gov.tr")],
      [BUD]))

M("ka-geo", "ka", "2019-08-09 11:47:06", tz="+0400", src=("mail.comcom.ge", "91.151.136.12"),
  hdr="""From: Nino Beridze <n.beridze@comcom.ge>
To: sme@itu.int
Subject: CI-19/35 - საქართველოს მონაწილეობა
Date: DATE
Message-ID: <CAGk9tR4mW1x+pL7vN3yQ8bE2fZ6sH0dC5gA_jU9oK2iT4nM7rX1@mail.gmail.com>""",
  body=GMALT("""ბატონებო,

CI-19/35 ცირკულარული წერილის საპასუხოდ, საქართველოს კომუნიკაციების ეროვნული კომისია გაცნობებთ, რომ ბუდაპეშტში, 2019 წლის 10 სექტემბერს გამართულ პირველ საკონსულტაციო სესიაში მონაწილეობას მიიღებს ნინო ბერიძე (Nino Beridze), საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი.

ელ-ფოსტა: n.beridze@comcom.ge

პატივისცემით,
ნინო ბერიძე
საქართველოს კომუნიკაციების ეროვნული კომისია
თბილისი
""", "UTF-8", "base64"),
  label=L("nomination", "GEO", [D("ნინო ბერიძე", ["Nino Beridze"], title="საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი",
                                  email="n.beridze@comcom.ge")], [BUD]))

M("he-isr", "he", "2019-08-14 09:34:57", tz="+0300", src=("mail.moc.gov.il", "147.237.72.20"),
  hdr="""From: אגף קשרים בינלאומיים <intl@moc.gov.il>
To: sme@itu.int
Subject: השתתפות ישראל - CI-19/35
Date: DATE
Message-ID: <VI1PR0101MB2189B3C4D5E6F7A8B9C0D1E2F3A4B5C6@VI1PR0101MB2189.eurprd01.prod.outlook.com>
Content-Language: he-IL""",
  body=OLALT("""שלום רב,

בהמשך למכתב החוזר CI-19/35, משרד התקשורת מתכבד להודיע כי גב' מיכל כהן (Michal Cohen), מנהלת תחום קשרים בינלאומיים, תייצג את מדינת ישראל במפגש ההתייעצות הראשון בבודפשט ב-10 בספטמבר 2019.

דוא"ל: michalc@moc.gov.il

בברכה,
אגף קשרים בינלאומיים
משרד התקשורת, ירושלים
""", "windows-1255", "base64", lang="HE", rtl=True),
  label=L("nomination", "ISR", [D("מיכל כהן", ["Michal Cohen"], title="מנהלת תחום קשרים בינלאומיים", email="michalc@moc.gov.il")], [BUD]))

# ================================================================ CIS (other than Russian)

M("uk-ukr", "uk", "2019-08-15 12:51:40", tz="+0300", src=("mail.nkrzi.gov.ua", "195.78.68.16"),
  hdr="""From: Відділ міжнародного співробітництва НКРЗІ <intl@nkrzi.gov.ua>
To: sme@itu.int
Subject: Щодо циркулярного листа CI-19/35
Date: DATE
Message-ID: <5D55396C.6000802@nkrzi.gov.ua>
User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101
 Thunderbird/52.9.1""",
  body=T("""Шановні колеги!

Національна комісія, що здійснює державне регулювання у сферах зв'язку та інформатизації (НКРЗІ), у відповідь на циркулярний лист CI-19/35 повідомляє, що для участі в першій консультаційній сесії 10 вересня 2019 року в Будапешті визначено:

Ткаченко Олена Василівна - начальник відділу міжнародного співробітництва, e-mail: o.tkachenko@nkrzi.gov.ua, тел. +380 44 202 30 18.

З повагою,
Відділ міжнародного співробітництва НКРЗІ
м. Київ, вул. Петра Сагайдачного, 2
""", "koi8-u", "8bit", ct="text/plain; charset=KOI8-U; format=flowed"),
  label=L("nomination", "UKR", [D("Ткаченко Олена Василівна", title="начальник відділу міжнародного співробітництва",
                                  email="o.tkachenko@nkrzi.gov.ua")], [BUD]))

# --- Kazakhstan: Kazakh first, then the same in Russian; the name in both spellings
M("kk-kaz", "kk", "2019-08-13 13:14:26", tz="+0600", src=("mail.mdai.gov.kz", "91.185.11.40"),
  hdr="""From: Халықаралық ынтымақтастық департаменті <intl@mdai.gov.kz>
To: sme@itu.int
Subject: CI-19/35 - Қазақстан Республикасының кандидатурасы / Кандидатура Республики Казахстан
Date: DATE
Message-ID: <000201d551c5$6e3a7d80$4aaf7880$@mdai.gov.kz>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Құрметті әріптестер!

CI-19/35 циркулярлық хатқа жауап ретінде Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі 2019 жылғы 10 қыркүйекте Будапешт қаласында өтетін бірінші консультациялық сессияға Халықаралық ынтымақтастық департаментінің директоры Асқар Серікұлы Жұмабаевтың кандидатурасын ұсынады.

* * *

Уважаемые коллеги!

В ответ на циркулярное письмо CI-19/35 Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан предлагает кандидатуру директора Департамента международного сотрудничества Жумабаева Аскара Серикулы для участия в первой консультационной сессии 10 сентября 2019 года в Будапеште.

Байланыс / Контакты:
Жұмабаев Асқар Серікұлы / Жумабаев Аскар Серикулы (Askar ZHUMABAYEV)
a.zhumabayev@mdai.gov.kz, +7 7172 74 99 71

Құрметпен / С уважением,
Халықаралық ынтымақтастық департаменті
Нұр-Сұлтан қ.
""", "utf-8", "base64", lang="RU"),
  label=L("nomination", "KAZ", [D("Жұмабаев Асқар Серікұлы", ["Жумабаев Аскар Серикулы", "Askar ZHUMABAYEV"],
                                  title="Халықаралық ынтымақтастық департаментінің директоры", email="a.zhumabayev@mdai.gov.kz")],
      [BUD]))

M("uz-uzb", "uz", "2019-08-16 09:28:53", tz="+0500", src=("mail.mitc.uz", "213.230.65.22"),
  hdr="""From: Xalqaro hamkorlik boshqarmasi <xalqaro@mitc.uz>
To: sme@itu.int
Subject: CI-19/35 sirkulyar xatiga javob
Date: DATE
Message-ID: <20190816042853.61C3A2F1@mail.mitc.uz>
User-Agent: Roundcube Webmail/1.3.9""",
  body=T("""Hurmatli hamkasblar!

O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi CI-19/35-sonli sirkulyar xatga javoban Budapesht shahrida 2019-yil 10-sentabrda bo'lib o'tadigan maslahat sessiyasida ishtirok etishdan manfaatdor ekanligini ma'lum qiladi. Ishtirokchining ism-sharifi qo'shimcha ravishda yuboriladi.

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi
Toshkent sh., Amir Temur ko'chasi, 4
""", "utf-8", "7bit", ct="text/plain; charset=UTF-8"),
  label=L("interest_only", "UZB", sess=[BUD]))

M("hy-arm", "hy", "2019-08-08 11:20:41", tz="+0400", src=("mail.mtcit.am", "217.113.3.45"),
  hdr="""From: Ani Hovhannisyan <a.hovhannisyan@mtcit.am>
To: sme@itu.int
Subject: Հարց CI-19/35 շրջաբերականի վերաբերյալ
Date: DATE
Message-ID: <CAPx2nT7qK4w+vR1mL8yN5bF3eZ9sH6dC0gA_jU4oW2iQ7tM5rB9@mail.gmail.com>""",
  body=GMALT("""Հարգելի գործընկերներ,

CI-19/35 շրջաբերականի կապակցությամբ խնդրում ենք պարզաբանել՝ արդյոք Բուդապեշտի նիստին կարող են մասնակցել նաև փոքր և միջին ձեռնարկությունների ներկայացուցիչներ, թե՞ միայն պետական մարմինների պաշտոնյաներ։

Հարգանքով՝
Անի Հովհաննիսյան
Միջազգային համագործակցության վարչություն
ՀՀ բարձր տեխնոլոգիական արդյունաբերության նախարարություն
""", "UTF-8", "quoted-printable"),
  label=L("inquiry", "ARM"))

M("az-aze", "az", "2019-08-14 10:06:35", tz="+0400", src=("mail.mincom.gov.az", "85.132.44.30"),
  hdr="""From: Rəşad Məmmədov <r.mammadov@mincom.gov.az>
To: sme@itu.int
Subject: CI-19/35 - sual
Date: DATE
Message-ID: <1565762795.3318.2.camel@mincom.gov.az>
X-Mailer: Evolution 3.22.6""",
  body=T("""Hörmətli həmkarlar,

CI-19/35 saylı sirkulyar məktubla bağlı sualımız var: Budapeştdəki məsləhətləşmə sessiyasında iştirak üçün ITU Telecom World 2019 tədbirinə ayrıca qeydiyyat tələb olunurmu? Həmçinin sessiyanın dəqiq vaxtı barədə məlumat verməyinizi xahiş edirik.

Hörmətlə,
Rəşad Məmmədov
Beynəlxalq əlaqələr şöbəsi
Azərbaycan Respublikası Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi
""", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
  label=L("inquiry", "AZE"))


# ================================================================ East and South-East Asia

M("ja-jpn", "ja", "2019-08-09 07:42:18", tz="+0900", src=("mail.soumu.go.jp", "202.214.194.140"),
  hdr="""From: 佐藤 美咲 <m-sato@soumu.go.jp>
To: sme@itu.int
Subject: 【総務省】回章CI-19/35 第1回協議セッション参加者のご連絡
Date: DATE
Message-ID: <20190809144211.8D3F.A1B2C3D4@soumu.go.jp>
X-Mailer: Becky! ver. 2.75.01 [ja]""",
  body=T("""国際電気通信連合（ITU）事務局 御中

いつもお世話になっております。
総務省国際戦略局多国間経済室の佐藤です。

回章CI-19/35に関し、9月10日にブダペストで開催される第1回協議セッションへの日本からの参加者を下記のとおりご連絡いたします。

　　　　　　　　　　　　　　記

氏名：山田 健一（やまだ けんいち／Mr. Kenichi YAMADA）
所属・役職：総務省 国際戦略局 多国間経済室 課長補佐
E-mail：k-yamada@soumu.go.jp

以上、よろしくお願いいたします。

--
佐藤 美咲
総務省 国際戦略局 多国間経済室
〒100-8926 東京都千代田区霞が関2-1-2
TEL：03-5253-5928
""", "iso-2022-jp", "7bit", ct='text/plain; charset="ISO-2022-JP"'),
  label=L("nomination", "JPN", [D("山田 健一", ["やまだ けんいち", "Kenichi YAMADA"], title="総務省 国際戦略局 多国間経済室 課長補佐",
                                  email="k-yamada@soumu.go.jp")], [BUD]))

M("ko-kor", "ko", "2019-08-12 03:35:09", tz="+0900", src=("mail.msit.go.kr", "210.90.169.22"),
  hdr="""From: 이수진 <sjlee@msit.go.kr>
To: "sme@itu.int" <sme@itu.int>
Subject: [과기정통부] CI-19/35 관련 한국 참가자 통보
Date: DATE
Message-ID: <006c01d550a9$d8e1f230$8aa5d690$@msit.go.kr>
X-Mailer: Microsoft Outlook 16.0
Content-Language: ko""",
  body=OLALT("""ITU 사무국 귀중

안녕하십니까,
과학기술정보통신부 국제협력담당관실입니다.

ITU 회람 CI-19/35와 관련하여, 2019년 9월 10일 부다페스트에서 개최되는 제1차 협의 세션에 다음과 같이 참가자를 통보드립니다.

1. 박성호 (Mr. PARK Sungho), 국제협력담당관실 서기관, shpark@msit.go.kr - 수석대표
2. 김지현 (Ms. KIM Jihyun), 국제협력담당관실 사무관, jhkim@msit.go.kr

감사합니다.

이수진 드림
과학기술정보통신부 국제협력담당관실
세종특별자치시 가름로 194
Tel: +82-44-202-4312
""", "ks_c_5601-1987", "base64", lang="KO"),
  label=L("nomination", "KOR", [
      D("박성호", ["PARK Sungho"], title="국제협력담당관실 서기관", email="shpark@msit.go.kr"),
      D("김지현", ["KIM Jihyun"], title="국제협력담당관실 사무관", email="jhkim@msit.go.kr")],
      [BUD]))

M("vi-vnm", "vi", "2019-08-15 06:12:33", tz="+0700", src=("mail.mic.gov.vn", "203.162.10.90"),
  hdr="""From: Vụ Hợp tác quốc tế <htqt@mic.gov.vn>
To: sme@itu.int
Subject: Phúc đáp Thư CI-19/35 - Danh sách đại biểu Việt Nam
Date: DATE
Message-ID: <1565842353.20877.JavaMail.zimbra@mic.gov.vn>
X-Mailer: Zimbra 8.8.12_GA_3803 (ZimbraWebClient - GC76 (Win)/8.8.12_GA_3794)""",
  body=T("""Kính gửi Ban Thư ký ITU,

Phúc đáp Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo danh sách cán bộ tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019:

1. Ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác quốc tế (Trưởng đoàn), email: nvhung@mic.gov.vn
2. Bà Trần Thị Thu Hà, Chuyên viên chính Cục Tin học hóa, email: ttha@mic.gov.vn

Trân trọng,

Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
18 Nguyễn Du, Hà Nội
""", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
  label=L("nomination", "VNM", [
      D("Nguyễn Văn Hùng", title="Phó Vụ trưởng Vụ Hợp tác quốc tế", email="nvhung@mic.gov.vn"),
      D("Trần Thị Thu Hà", title="Chuyên viên chính Cục Tin học hóa", email="ttha@mic.gov.vn")],
      [BUD]))

# --- Thailand: TIS-620, the honorific glued to the given name
M("th-tha", "th", "2019-08-14 08:58:12", tz="+0700", src=("mail.nbtc.go.th", "164.115.31.20"),
  hdr="""From: International Cooperation NBTC <intl@nbtc.go.th>
To: sme@itu.int
Subject: การแจ้งรายชื่อผู้แทนประเทศไทย CI-19/35
Date: DATE
Message-ID: <BD4C2A91E37F48B5A6C0D1E2F3A4B5C6@NBTCEXCH.nbtc.go.th>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""เรียน สำนักเลขาธิการ ITU

ตามหนังสือเวียนที่ CI-19/35 สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ (สำนักงาน กสทช.) ขอแจ้งรายชื่อผู้แทนประเทศไทยเพื่อเข้าร่วมการประชุมหารือครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562 ดังนี้

1. นางสาวพิมพ์ชนก ศรีสวัสดิ์ (Ms. Pimchanok Srisawat) ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ อีเมล pimchanok.s@nbtc.go.th
2. นายธนากร วงศ์ใหญ่ (Mr. Thanakorn Wongyai) วิศวกรชำนาญการ อีเมล thanakorn.w@nbtc.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สำนักความร่วมมือระหว่างประเทศ
สำนักงาน กสทช.
""", "tis-620", "base64", lang="TH"),
  label=L("nomination", "THA", [
      D("พิมพ์ชนก ศรีสวัสดิ์", ["Pimchanok Srisawat"], title="ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ", email="pimchanok.s@nbtc.go.th"),
      D("ธนากร วงศ์ใหญ่", ["Thanakorn Wongyai"], title="วิศวกรชำนาญการ", email="thanakorn.w@nbtc.go.th")],
      [BUD]))

# --- Indonesia: four delegates with honorifics and degrees, then a replacement after the deadline
M("id-idn-1", "id", "2019-08-07 10:31:47", tz="+0700", src=("mail.kominfo.go.id", "103.17.182.8"),
  hdr="""From: Biro Kerja Sama Internasional Kominfo <bkli@kominfo.go.id>
To: sme@itu.int
Subject: Delegasi Indonesia - Sesi Konsultasi UKM (CI-19/35)
Date: DATE
Message-ID: <1565148707.41592.1565148707553.JavaMail.zimbra@kominfo.go.id>
X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)""",
  body=T("""Yth. Sekretariat ITU,

Menindaklanjuti Surat Edaran CI-19/35, bersama ini kami sampaikan bahwa Indonesia berminat untuk berpartisipasi dalam sesi konsultasi "Fostering tech and innovation SMEs". Adapun delegasi Indonesia untuk sesi pertama di Budapest, 10 September 2019, adalah sebagai berikut:

1. Bapak Ir. Bambang Suryanto, M.Sc. - Direktur Pengendalian Pos dan Informatika (Ketua Delegasi) - bambang.suryanto@kominfo.go.id
2. Ibu Dewi Lestari Kusumawati, S.T., M.T. - Kepala Subdirektorat Kerja Sama Multilateral - dewi.lestari@kominfo.go.id
3. Sdr. Rizky Pratama Nugroho - Analis Kebijakan - rizky.pratama@kominfo.go.id
4. Ibu Sri Wahyuni - Kepala Seksi Ekonomi Digital - sri.wahyuni@kominfo.go.id

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,

Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika Republik Indonesia
Jl. Medan Merdeka Barat No. 9, Jakarta 10110
""", "utf-8", "7bit", ct="text/plain; charset=utf-8"),
  label=L("nomination", "IDN", [
      D("Bambang Suryanto", title="Direktur Pengendalian Pos dan Informatika", email="bambang.suryanto@kominfo.go.id"),
      D("Dewi Lestari Kusumawati", title="Kepala Subdirektorat Kerja Sama Multilateral", email="dewi.lestari@kominfo.go.id"),
      D("Rizky Pratama Nugroho", title="Analis Kebijakan", email="rizky.pratama@kominfo.go.id"),
      D("Sri Wahyuni", title="Kepala Seksi Ekonomi Digital", email="sri.wahyuni@kominfo.go.id")],
      [BUD]))

M("id-idn-2", "id", "2019-08-22 09:15:20", tz="+0700", src=("mail.kominfo.go.id", "103.17.182.8"),
  hdr="""From: Biro Kerja Sama Internasional Kominfo <bkli@kominfo.go.id>
To: sme@itu.int
Subject: Perubahan Delegasi Indonesia - CI-19/35
Date: DATE
Message-ID: <1566440120.58817.1566440120771.JavaMail.zimbra@kominfo.go.id>
X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)""",
  body=T("""Yth. Sekretariat ITU,

Menindaklanjuti email kami tanggal 7 Agustus 2019, dengan hormat kami sampaikan perubahan susunan delegasi Indonesia: Sdr. Rizky Pratama Nugroho berhalangan hadir dan digantikan oleh Sdr. Andi Firmansyah, Analis Kebijakan (andi.firmansyah@kominfo.go.id).

Dengan demikian susunan delegasi Indonesia untuk sesi di Budapest menjadi:
1. Bambang Suryanto - Direktur Pengendalian Pos dan Informatika (Ketua Delegasi) - bambang.suryanto@kominfo.go.id
2. Dewi Lestari Kusumawati - Kepala Subdirektorat Kerja Sama Multilateral - dewi.lestari@kominfo.go.id
3. Andi Firmansyah - Analis Kebijakan - andi.firmansyah@kominfo.go.id
4. Sri Wahyuni - Kepala Seksi Ekonomi Digital - sri.wahyuni@kominfo.go.id

Mohon maaf atas perubahan ini. Terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika Republik Indonesia
""", "utf-8", "7bit", ct="text/plain; charset=utf-8"),
  label=L("correction", "IDN", [
      D("Bambang Suryanto", title="Direktur Pengendalian Pos dan Informatika", email="bambang.suryanto@kominfo.go.id"),
      D("Dewi Lestari Kusumawati", title="Kepala Subdirektorat Kerja Sama Multilateral", email="dewi.lestari@kominfo.go.id"),
      D("Andi Firmansyah", title="Analis Kebijakan", email="andi.firmansyah@kominfo.go.id"),
      D("Sri Wahyuni", title="Kepala Seksi Ekonomi Digital", email="sri.wahyuni@kominfo.go.id")],
      [BUD], sup="id-idn-1"))

M("ms-mys", "ms", "2019-08-13 05:24:36", tz="+0800", src=("mail.mcmc.gov.my", "202.75.7.33"),
  hdr="""From: Nurul Aina binti Zakaria <nurulaina@mcmc.gov.my>
To: "sme@itu.int" <sme@itu.int>
Subject: Minat Malaysia - CI-19/35
Date: DATE
Message-ID: <KL1PR0601MB3878C4D5E6F7A8B9C0D1E2F3A4B5C6D7@KL1PR0601MB3878.apcprd06.prod.outlook.com>
Content-Language: ms-MY""",
  body=OLALT("""Tuan/Puan,

Merujuk kepada Surat Pekeliling ITU CI-19/35, Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC) ingin menyatakan minat Malaysia untuk menyertai sesi konsultasi di Budapest pada 10 September 2019. Nama wakil yang akan hadir akan dimaklumkan kemudian.

Sekian, terima kasih.

Yang benar,
Nurul Aina binti Zakaria
Jabatan Hal Ehwal Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia
MCMC Tower 1, Jalan Impact, Cyber 6, 63000 Cyberjaya
""", "us-ascii", "7bit", lang="MS"),
  label=L("interest_only", "MYS", sess=[BUD]))

M("tl-phl", "tl", "2019-08-13 10:47:29", tz="+0800", src=("mail.dict.gov.ph", "202.90.136.13"),
  hdr="""From: Maria Cristina dela Cruz <mc.delacruz@dict.gov.ph>
To: sme@itu.int
Subject: Nominasyon ng Pilipinas - CI-19/35
Date: DATE
Message-ID: <CAKp8vR3nT6x+wQ2mL9yB4eF1zH7sD0cG5aJ_uW3oI8kN2tM6rE4@mail.gmail.com>""",
  body=GMALT("""Magandang araw po!

Bilang tugon sa Circular CI-19/35 ng ITU, ikinagagalak po naming ipaalam na si G. Jose Miguel Santos Reyes, Director ng ICT Industry Development Bureau ng DICT, ang kakatawan sa Pilipinas sa unang consultation session sa Budapest sa ika-10 ng Setyembre 2019.

Ang kanyang email ay jm.reyes@dict.gov.ph.

Maraming salamat po.

Lubos na gumagalang,
Maria Cristina dela Cruz
International Cooperation Division
Department of Information and Communications Technology (DICT)
C.P. Garcia Ave., Diliman, Quezon City
""", "UTF-8", "7bit"),
  label=L("nomination", "PHL", [D("Jose Miguel Santos Reyes", title="Director ng ICT Industry Development Bureau ng DICT",
                                  email="jm.reyes@dict.gov.ph")], [BUD]))

M("km-khm", "km", "2019-08-16 06:40:12", tz="+0700", src=("mail.mptc.gov.kh", "103.216.48.10"),
  hdr="""From: International Cooperation MPTC <intl@mptc.gov.kh>
To: sme@itu.int
Subject: CI-19/35 - ចំណាប់អារម្មណ៍របស់កម្ពុជា
Date: DATE
Message-ID: <CAFm3tQ8rV5x+nW2kL7yP4bE9fZ1sH6dC3gA_jU8oT2iR5mN7wK0@mail.gmail.com>""",
  body=GMALT("""គោរពជូន លេខាធិការដ្ឋាន ITU

យោងតាមសារាចរលេខ CI-19/35 ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ នៃព្រះរាជាណាចក្រកម្ពុជា សូមជម្រាបថា កម្ពុជាមានចំណាប់អារម្មណ៍ចូលរួមក្នុងវគ្គពិគ្រោះយោបល់នៅទីក្រុងប៊ុយដាប៉េស។ ឈ្មោះអ្នកចូលរួមនឹងត្រូវផ្ញើជូននៅពេលក្រោយ។

សូមអរគុណ

នាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ
ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍
""", "UTF-8", "base64"),
  label=L("interest_only", "KHM", sess=[BUD]))

M("lo-lao", "lo", "2019-08-15 05:55:48", tz="+0700", src=("mail.mpt.gov.la", "202.137.142.66"),
  hdr="""From: Department of International Cooperation MPT <dic@mpt.gov.la>
To: sme@itu.int
Subject: Re: CI-19/35
Date: DATE
Message-ID: <5D54D7F4.3080405@mpt.gov.la>
User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""ຮຽນ ກອງເລຂາ ITU

ອີງຕາມໜັງສືວຽນເລກທີ CI-19/35, ກະຊວງ ໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ຂໍອະໄພທີ່ບໍ່ສາມາດເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລືຢູ່ ບູດາເປສ ໃນຄັ້ງນີ້ໄດ້.

ດ້ວຍຄວາມເຄົາລົບ
ກົມການຮ່ວມມືສາກົນ
ກະຊວງ ໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ, ນະຄອນຫຼວງວຽງຈັນ
""", "utf-8", "8bit", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("decline", "LAO"))

# --- Myanmar: "ဦး" (U) in front of the name, after the deadline
M("my-mmr", "my", "2019-08-21 07:33:05", tz="+0630", src=("mail.ptd.gov.mm", "203.81.64.17"),
  hdr="""From: International Relations PTD <ir@ptd.gov.mm>
To: sme@itu.int
Subject: CI-19/35 - Myanmar nomination
Date: DATE
Message-ID: <CAE6rW1qT9x+mV4nK2yL8bF5eZ3sH7dC1gA_jU6oP9iR2tN4wM8A@mail.gmail.com>""",
  body=GMALT("""လေးစားအပ်ပါသော ITU အတွင်းရေးမှူးရုံး၊

CI-19/35 စာအမှတ်နှင့် ပတ်သက်၍ ဘူဒါပက်စ်မြို့တွင် ၂၀၁၉ ခုနှစ် စက်တင်ဘာလ ၁၀ ရက်နေ့ ကျင်းပမည့် ပထမအကြိမ် တိုင်ပင်ဆွေးနွေးပွဲသို့ ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာန၊ ဆက်သွယ်ရေးဦးစီးဌာနမှ ဒုတိယညွှန်ကြားရေးမှူး ဦးကျော်မင်းထွန်း (U Kyaw Min Htun) အား စေလွှတ်မည်ဖြစ်ပါကြောင်း အကြောင်းကြားအပ်ပါသည်။ နောက်ကျမှုအတွက် တောင်းပန်ပါသည်။

အီးမေးလ်: kyawminhtun@ptd.gov.mm

လေးစားစွာဖြင့်
နိုင်ငံတကာဆက်ဆံရေးဌာနခွဲ
ဆက်သွယ်ရေးဦးစီးဌာန၊ နေပြည်တော်
""", "UTF-8", "base64"),
  label=L("nomination", "MMR", [D("ကျော်မင်းထွန်း", ["Kyaw Min Htun"], title="ဒုတိယညွှန်ကြားရေးမှူး", email="kyawminhtun@ptd.gov.mm")],
      [BUD]))

M("mn-mng", "mn", "2019-08-12 04:10:27", tz="+0800", src=("mail.crc.gov.mn", "202.131.225.4"),
  hdr="""From: Б. Оюунчимэг <oyunchimeg@crc.gov.mn>
To: sme@itu.int
Subject: CI-19/35 тойрох бичгийн талаар асуулт
Date: DATE
Message-ID: <CAMz4kW9pR2x+tN6vL1yQ7bE3fZ8sH5dC2gA_jU1oK6iM9nT3wP5@mail.gmail.com>""",
  body=GMALT("""Эрхэм хүндэт хамтран ажиллагсад аа,

CI-19/35 тойрох бичигтэй холбогдуулан дараах зүйлийг тодруулах хүсэлтэй байна: Будапешт хотод болох зөвлөлдөх уулзалтад оролцох төлөөлөгчийн зардлыг ОУЦХБ хариуцах боломжтой юу? Мөн уулзалт зөвхөн англи хэлээр явагдах уу?

Хүндэтгэсэн,
Б. Оюунчимэг
Гадаад харилцааны хэлтэс
Харилцаа холбооны зохицуулах хороо, Улаанбаатар
""", "UTF-8", "quoted-printable"),
  label=L("inquiry", "MNG"))


# ================================================================ South and West Asia

M("hi-ind", "hi", "2019-08-13 12:18:55", tz="+0530", src=("mail.gov.in", "164.100.14.95"),
  hdr="""From: "Under Secretary (IR), DoT" <usir-dot@gov.in>
To: sme@itu.int
Subject: परिपत्र CI-19/35 - भारत का नामांकन
Date: DATE
Message-ID: <1208753642.1904127.1565691535117.JavaMail.zimbra@nic.in>
X-Mailer: Zimbra 8.7.11_GA_3865 (ZimbraWebClient - GC76 (Win)/8.7.11_GA_3865)""",
  body=T("""महोदय/महोदया,

परिपत्र CI-19/35 के संदर्भ में, दूरसंचार विभाग, संचार मंत्रालय, भारत सरकार बुडापेस्ट में 10 सितंबर 2019 को आयोजित होने वाले प्रथम परामर्श सत्र के लिए श्री राजेश कुमार शर्मा (Shri Rajesh Kumar Sharma), निदेशक (अंतर्राष्ट्रीय संबंध), दूरसंचार विभाग को नामित करता है।

ई-मेल: rk.sharma@gov.in
दूरभाष: +91 11 2303 6580

सादर,

(सुनील वर्मा)
अवर सचिव (आईआर)
दूरसंचार विभाग, संचार भवन, 20 अशोक रोड, नई दिल्ली - 110001
""", "utf-8", "base64"),
  label=L("nomination", "IND", [D("राजेश कुमार शर्मा", ["Rajesh Kumar Sharma"], title="निदेशक (अंतर्राष्ट्रीय संबंध), दूरसंचार विभाग",
                                  email="rk.sharma@gov.in")], [BUD]))

M("bn-bgd", "bn", "2019-08-14 10:52:40", tz="+0600", src=("mail.btrc.gov.bd", "114.130.54.3"),
  hdr="""From: International Relations BTRC <ir@btrc.gov.bd>
To: sme@itu.int
Subject: CI-19/35 - বাংলাদেশের মনোনয়ন
Date: DATE
Message-ID: <5D551E98.2040309@btrc.gov.bd>
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""মহোদয়,

আইটিইউ সার্কুলার CI-19/35 এর প্রেক্ষিতে বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন (বিটিআরসি) বুদাপেস্টে ১০ সেপ্টেম্বর ২০১৯ তারিখে অনুষ্ঠিতব্য প্রথম পরামর্শ সভায় অংশগ্রহণের জন্য জনাব মোঃ রফিকুল ইসলাম (Mr. Md. Rafiqul Islam), উপপরিচালক, আন্তর্জাতিক সম্পর্ক বিভাগ, কে মনোনয়ন প্রদান করেছে।

ই-মেইল: rafiqul.islam@btrc.gov.bd

ধন্যবাদান্তে,

আন্তর্জাতিক সম্পর্ক বিভাগ
বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন, ঢাকা
""", "utf-8", "8bit", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("nomination", "BGD", [D("মোঃ রফিকুল ইসলাম", ["Md. Rafiqul Islam"], title="উপপরিচালক, আন্তর্জাতিক সম্পর্ক বিভাগ",
                                  email="rafiqul.islam@btrc.gov.bd")], [BUD]))

M("ur-pak", "ur", "2019-08-16 09:03:16", tz="+0500", src=("mail.moitt.gov.pk", "202.83.164.50"),
  hdr="""From: International Cooperation Wing MoITT <ic@moitt.gov.pk>
To: sme@itu.int
Subject: سرکلر CI-19/35 - پاکستان کی نامزدگی
Date: DATE
Message-ID: <0a7f01d55400$2e1d3c90$8a57b5b0$@moitt.gov.pk>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""محترم جناب،

آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے، وزارتِ انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، حکومتِ پاکستان، بوڈاپیسٹ میں 10 ستمبر 2019 کو منعقد ہونے والے پہلے مشاورتی اجلاس کے لیے جناب عمران احمد خان (Mr. Imran Ahmed Khan)، ڈپٹی ڈائریکٹر (انٹرنیشنل کوآپریشن)، کو نامزد کرتی ہے۔

ای میل: imran.khan@moitt.gov.pk

والسلام،

انٹرنیشنل کوآپریشن ونگ
وزارتِ انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، اسلام آباد
""", "utf-8", "base64", lang="UR", rtl=True),
  label=L("nomination", "PAK", [D("عمران احمد خان", ["Imran Ahmed Khan"], title="ڈپٹی ڈائریکٹر (انٹرنیشنل کوآپریشن)",
                                  email="imran.khan@moitt.gov.pk")], [BUD]))

M("fa-irn", "fa", "2019-08-10 10:22:14", tz="+0430", src=("mail.cra.ir", "217.218.155.10"),
  hdr="""From: اداره کل همکاری‌های بین‌المللی <intl@cra.ir>
To: sme@itu.int
Subject: معرفی نمایندگان جمهوری اسلامی ایران - CI-19/35
Date: DATE
Message-ID: <20190810102214.4E5F6A7B@mail.cra.ir>
User-Agent: Roundcube Webmail/1.3.6""",
  body=T("""با سلام و احترام،

بازگشت به بخشنامه CI-19/35، سازمان تنظیم مقررات و ارتباطات رادیویی جمهوری اسلامی ایران، آقای مهندس علی رضایی (Ali Rezaei)، مدیرکل همکاری‌های بین‌المللی، و خانم دکتر مریم حسینی (Maryam Hosseini)، کارشناس ارشد توسعه کسب‌وکارهای نوپا، را برای شرکت در نخستین نشست مشورتی در بوداپست (۱۰ سپتامبر ۲۰۱۹) معرفی می‌نماید.

پست الکترونیک: a.rezaei@cra.ir ؛ m.hosseini@cra.ir

با تشکر،
اداره کل همکاری‌های بین‌المللی
سازمان تنظیم مقررات و ارتباطات رادیویی
""", "utf-8", "quoted-printable", ct="text/plain; charset=utf-8"),
  label=L("nomination", "IRN", [
      D("علی رضایی", ["Ali Rezaei"], title="مدیرکل همکاری‌های بین‌المللی", email="a.rezaei@cra.ir"),
      D("مریم حسینی", ["Maryam Hosseini"], title="کارشناس ارشد توسعه کسب‌وکارهای نوپا", email="m.hosseini@cra.ir")],
      [BUD]))

M("ne-npl", "ne", "2019-08-11 09:40:31", tz="+0545", src=("mail.nta.gov.np", "202.45.144.20"),
  hdr="""From: NTA International Relations <ir@nta.gov.np>
To: sme@itu.int
Subject: CI-19/35 सम्बन्धमा
Date: DATE
Message-ID: <CAJw7sT2mX9x+qV5nL3yK8bF1eZ4sH6dC7gA_jU5oR3iP8tM2wN6@mail.gmail.com>""",
  body=GMALT("""महोदय,

परिपत्र CI-19/35 सम्बन्धमा, नेपाल दूरसञ्चार प्राधिकरणले बुडापेस्टमा हुने पहिलो परामर्श सत्रमा सहभागी हुन चासो रहेको जानकारी गराउँदछ। सहभागीको नाम पछि पठाइनेछ।

धन्यवाद।

अन्तर्राष्ट्रिय सम्बन्ध शाखा
नेपाल दूरसञ्चार प्राधिकरण, काठमाडौं
""", "UTF-8", "base64"),
  label=L("interest_only", "NPL", sess=[BUD]))

M("si-lka", "si", "2019-08-13 07:26:58", tz="+0530", src=("mail.trc.gov.lk", "203.94.66.18"),
  hdr="""From: TRCSL International Affairs <intl@trc.gov.lk>
To: sme@itu.int
Subject: CI-19/35 - ශ්‍රී ලංකා නාමයෝජනාව
Date: DATE
Message-ID: <4A3B2C1D0E9F48A7B6C5D4E3F2A1B0C9@TRCSLEX.trc.gov.lk>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""ශ්‍රීමත්/මැතිනියනි,

ITU චක්‍රලේඛ අංක CI-19/35 ට අදාළව, ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව, 2019 සැප්තැම්බර් 10 වන දින බුඩාපෙස්ට් නුවර පැවැත්වෙන පළමු උපදේශන සැසිය සඳහා නියෝජ්‍ය අධ්‍යක්ෂ (ජාත්‍යන්තර කටයුතු) චමිලා පෙරේරා මහත්මිය (Mrs. Chamila Perera) නම් කරන බව දන්වා සිටිමු.

විද්‍යුත් තැපෑල: chamila@trc.gov.lk

ස්තූතියි,
ජාත්‍යන්තර කටයුතු අංශය
ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව, කොළඹ
""", "utf-8", "base64", lang="EN-US"),
  label=L("nomination", "LKA", [D("චමිලා පෙරේරා", ["Chamila Perera"], title="නියෝජ්‍ය අධ්‍යක්ෂ (ජාත්‍යන්තර කටයුතු)",
                                  email="chamila@trc.gov.lk")], [BUD]))

M("ps-afg", "ps", "2019-08-14 08:37:20", tz="+0430", src=("mail.mcit.gov.af", "180.94.93.60"),
  hdr="""From: MCIT International Relations <ir@mcit.gov.af>
To: sme@itu.int
Subject: CI-19/35 - د افغانستان لېوالتیا
Date: DATE
Message-ID: <CANr5xP1qW8x+tK3mV6yL2bE7fZ9sH4dC8gA_jU7oN1iQ4mR6wT2@mail.gmail.com>""",
  body=GMALT("""درنو ملګرو،

د CI-19/35 سرکولر په اړه، د افغانستان اسلامي جمهوریت د مخابراتو او معلوماتي ټکنالوژۍ وزارت په بوډاپیسټ کې د لومړۍ مشورتي غونډې په برخه اخیستو کې لېوالتیا څرګندوي. د ګډونوال نوم به وروسته درته واستول شي.

په درناوي،
د نړیوالو اړیکو ریاست
د مخابراتو او معلوماتي ټکنالوژۍ وزارت، کابل
""", "UTF-8", "base64", rtl=True),
  label=L("interest_only", "AFG", sess=[BUD]))


# ================================================================ Africa (other than English, French, Portuguese)

M("sw-tza", "sw", "2019-08-13 10:05:38", tz="+0300", src=("mail.tcra.go.tz", "196.41.60.22"),
  hdr="""From: Neema Mushi <neema.mushi@tcra.go.tz>
To: sme@itu.int
Subject: Uteuzi wa Tanzania - CI-19/35
Date: DATE
Message-ID: <f0e1d2c3b4a5968778695a4b3c2d1e0f@tcra.go.tz>
X-Mailer: Microsoft Outlook 16.0""",
  body=OLALT("""Ndugu,

Kwa kurejea Waraka CI-19/35, Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kuwasilisha jina la mshiriki atakayeiwakilisha Jamhuri ya Muungano wa Tanzania katika kikao cha kwanza cha mashauriano jijini Budapest tarehe 10 Septemba 2019:

Bw. Juma Hamisi Mwakyusa, Meneja wa Mahusiano ya Kimataifa, barua pepe: juma.mwakyusa@tcra.go.tz

Tunashukuru kwa ushirikiano wenu.

Wako katika ujenzi wa Taifa,

Neema Mushi
Kitengo cha Mahusiano ya Kimataifa
Mamlaka ya Mawasiliano Tanzania, Dar es Salaam
""", "us-ascii", "7bit", lang="EN-US"),
  label=L("nomination", "TZA", [D("Juma Hamisi Mwakyusa", title="Meneja wa Mahusiano ya Kimataifa", email="juma.mwakyusa@tcra.go.tz")],
      [BUD]))

M("am-eth", "am", "2019-08-09 09:12:07", tz="+0300", src=("mail.mint.gov.et", "197.156.85.10"),
  hdr="""From: Ministry of Innovation and Technology <info@mint.gov.et>
To: sme@itu.int
Subject: ሰርኩላር CI-19/35
Date: DATE
Message-ID: <CAHq6vS3nR7x+wT1mK4yL9bF2eZ5sH8dC6gA_jU2oM4iP7tQ1wL3@mail.gmail.com>""",
  body=GMALT("""ለዓለም አቀፍ የቴሌኮሙኒኬሽን ሕብረት ጽሕፈት ቤት

ጉዳዩ፡ ሰርኩላር CI-19/35

የኢትዮጵያ ፌዴራላዊ ዲሞክራሲያዊ ሪፐብሊክ የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቡዳፔስት በሚካሄደው የመጀመሪያ የምክክር መድረክ ላይ ለመሳተፍ ፍላጎት እንዳለው ይገልጻል። የተሳታፊው ስም በቅርቡ ይላካል።

ከሰላምታ ጋር
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር፣ አዲስ አበባ
""", "UTF-8", "base64"),
  label=L("interest_only", "ETH", sess=[BUD]))

M("so-som", "so", "2019-08-14 12:29:11", tz="+0300", src=("mail-io1-f54.google.com", "209.85.166.54"),
  hdr="""From: Wasaaradda Isgaarsiinta <mptt.somalia@gmail.com>
To: sme@itu.int
Subject: CI-19/35 - Magacaabid Soomaaliya
Date: DATE
Message-ID: <CAL2tR8pX5w+qM9nV3yK6bE1fZ7sH4dC9gA_jU3oT6iN1mR8wQ5@mail.gmail.com>""",
  body=GMALT("""Mudane/Marwo,

Iyadoo laga jawaabayo warqadda wareegtada ah ee CI-19/35, Wasaaradda Boostada, Isgaarsiinta iyo Tiknoolajiyadda ee Jamhuuriyadda Federaalka Soomaaliya waxay magacawday Mudane Cabdiraxmaan Maxamed Xasan (Abdirahman Mohamed Hassan), Agaasimaha Waaxda Siyaasadda ICT, si uu uga qayb galo kulanka wadatashiga ee Budapest 10 Sebtembar 2019.

Iimayl: c.xasan@mptt.gov.so

Mahadsanid,
Xafiiska Xiriirka Caalamiga
Wasaaradda Boostada, Isgaarsiinta iyo Tiknoolajiyadda, Muqdisho
""", "UTF-8", "7bit"),
  label=L("nomination", "SOM", [D("Cabdiraxmaan Maxamed Xasan", ["Abdirahman Mohamed Hassan"], title="Agaasimaha Waaxda Siyaasadda ICT",
                                  email="c.xasan@mptt.gov.so")], [BUD]))

M("mg-mdg", "mg", "2019-08-14 13:51:24", tz="+0300", src=("mail.mptdn.gov.mg", "41.188.38.5"),
  hdr="""From: MPTDN Fiaraha-miasa Iraisam-pirenena <cooperation@mptdn.gov.mg>
To: sme@itu.int
Subject: CI-19/35 - Fanendrena solontena
Date: DATE
Message-ID: <5D53F5DC.1090508@mptdn.gov.mg>
User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:60.0) Gecko/20100101
 Thunderbird/60.8.0""",
  body=T("""Tompoko,

Ho valin'ny taratasy boribory CI-19/35, ny Minisiteran'ny Fifandraisan-davitra, ny Paositra ary ny Fandrosoana Nomerika dia manendry an'Andriamatoa Rakotonirina Hery Andriamihaja, Talen'ny Fifandraisana Iraisam-pirenena, hanatrika ny fivoriana voalohany any Budapest amin'ny 10 Septambra 2019.

Mailaka: hery.rakotonirina@mptdn.gov.mg

Misaotra tompoko.

Manaja anao,
Sampan-draharahan'ny Fiaraha-miasa Iraisam-pirenena
MPTDN - Antananarivo
""", "utf-8", "8bit", ct="text/plain; charset=utf-8; format=flowed"),
  label=L("nomination", "MDG", [D("Rakotonirina Hery Andriamihaja", title="Talen'ny Fifandraisana Iraisam-pirenena",
                                  email="hery.rakotonirina@mptdn.gov.mg")], [BUD]))

README_HEAD = """# blind-12 — the sme@itu.int mailbox after circular CI-19/35

A blind, labelled corpus for measuring how well the reply processor generalises. It was written without
looking at the processor or at any other corpus, from `shared/circular-CI-19-35.md` (and the Arabic original)
and `shared/corpus/SCHEMA.md` only.

**Focus.** The ordinary mailbox of the secretariat in the weeks after the circular, as it really arrives, not
a collection of tricks: mostly ministries, regulators and Permanent Missions in Geneva from all six ITU regions;
about half nominations (one to four delegates, some with each delegate's own sessions, some naming a head of
delegation), then expressions of interest, declines, a handful of corrections (most after the deadline),
questions about the sessions, out-of-office replies and a read receipt, delivery failures, and mail that has
nothing to do with the call (a vendor's attendee list, a newsletter, phishing, invoice spam, ITU-internal
mail, another ministry's finance query). Everyday variety: replies on top of the quoted circular (in English,
French, Spanish), forwards inside a ministry or from a Mission, Outlook HTML with a table of delegates, replies
in two languages, names with and without honorifics, names in running text, long signature titles, notes
verbales typed into the mail (with the scanned PDF attached, which carries no text). About one message in
six or seven is out of the ordinary in some way; the rest are plain.

## Files

- `make_corpus.py` — the generator (standard library only, deterministic: two runs give the same bytes).
  Every message is written by hand as a literal in it; helpers only do what a mail client or server does
  mechanically (MIME and transfer encodings, RFC 2047 headers, boundaries, Received headers, Outlook's HTML
  and its plain-text alternative, Gmail's HTML). Run `python3 make_corpus.py`: it rewrites `messages/`,
  `labels.jsonl` and this README, then validates and exits non-zero on any failure.
- `messages/<lang>_<nnn>_<charset>.eml` — numbered in order of arrival at the ITU server; `<charset>` is the
  charset of the first text/plain part (else the first text part).
- `labels.jsonl` — one label per message, keys exactly as in SCHEMA.md, in file order.

## What the generator checks

Each message parses without defects under `email.policy.default` (message, parts and every header); every
text part decodes strictly in its declared charset; the Message-ID equals the label's; the topmost
`Received:` header (ITU's Exchange hub or mail store) carries exactly `received_at`; the `Date:` header is
plausible against it; the files are numbered in order of arrival; `late` is recomputed against 16 August 2019
23:59:59 +02:00 (null for kinds other than nomination, interest_only, correction); label and delegate keys
are exactly SCHEMA's; `member_state` is null for auto_reply, bounce and unrelated; delegates only on
nominations and corrections, sessions only on nominations, interest_only and corrections; `supersedes`
points at an earlier nomination or correction of the same Member State; every delegate name, alias, title
and e-mail occurs in the decoded text of some part (HTML with tags stripped, whitespace collapsed); no name
keeps an honorific; at least 120 messages, 45 languages, UN languages 55–60 %, every kind present.
"""

README_DECISIONS = """## Labelling decisions (how SCHEMA was applied to the hard cases)

**Kind**

- A reply that names at least one person is a `nomination`, even when it also asks something (the U.S. asks
  about Telecom World registration; Nigeria asks for the agenda).
- A firm expression of interest with a side request is `interest_only` (Jordan also asks for the agenda). A
  message whose purpose is a question, before any decision, is an `inquiry` with the asking State's
  `member_state` (Botswana, Malawi, Costa Rica, Chad, Iraq, Turkmenistan, Czechia, Croatia, Armenia,
  Azerbaijan, Mongolia).
- A promise that an office-holder will attend, without a name ("Le Directeur Général du CONATEL y participera
  personnellement ; ses coordonnées vous seront transmises", Haiti), is `interest_only`: SCHEMA needs a named
  delegate for a nomination.
- "Not Budapest, but interested in the WSIS Forum 2020 session" (Austria) is `interest_only` with
  `wsis-2020`, not a decline. A plain refusal, even with "we look forward to future opportunities", is a
  `decline`.
- A second message from the same State that only confirms the same delegate (Côte d'Ivoire: the Ministry's
  e-mail, then the Permanent Mission's note verbale) is a `nomination` again, `supersedes` null: it changes
  nothing. A `correction` is a message that changes an earlier nomination (replacement, added delegate, corrected
  address).
- Out-of-office replies and the Outlook read receipt are `auto_reply`; delivery-status reports (ITU's own
  Exchange, a remote Postfix, a German Exchange) are `bounce`. Some of them quote the secretariat's
  acknowledgement with the nominees' names: still no delegates, no member_state.
- Mail from a ministry about other business (Gabon asks for a pro-forma invoice of its contribution) is
  `unrelated`, member_state null, as SCHEMA says for that kind. ITU-internal mail about the Budapest room is
  `unrelated` too.

**Sessions**

- A nomination that names no session is `budapest-2019` (SCHEMA). Each delegate's own sessions are merged
  into the message's set (South Africa, France, Germany, Hungary: all three; Mexico: Budapest and WSIS;
  UAE: Budapest and the Council Working Groups). "The 2020 sessions, at the Council Working Groups and the
  WSIS Forum" counts as both later sessions.
- `interest_only`: the circular asks Member States to express interest and to name the participant for the
  first session, so an expression of interest that names no session, or speaks of "the sessions"/"the
  series" in general, is labelled `budapest-2019` only (same rule as for nominations). Later sessions are
  added only when the reply names them (Kyrgyzstan: Budapest, the Council Working Groups and the WSIS Forum;
  Austria: WSIS only).
- A correction carries the sessions of the corrected list.

**Delegates**

- The list is the people nominated, in the order given. For a `correction` it is the full new list. When the
  correction only states the change, the unchanged delegates come from the earlier nomination and the
  replacement takes the replaced person's place (United Kingdom: Oliver Bennett instead of James Holloway,
  then Priya Sharma, whose title and address appear only in the quoted earlier mail). Kenya and the Dominican
  Republic replace their only delegate; Morocco, China, Russia and Indonesia restate the whole list.
- A sender who writes "I will represent…" is the delegate, with the name, title and address of the signature
  (Canada, Trinidad and Tobago, Paraguay, Estonia, DR Congo).
- Names are written as the message writes them, honorifics and academic or professional prefixes removed:
  Mr/Mrs/Ms/Dr/Engr./H.E., M./Mme/Monsieur, Sr./Sra./Lic./Mtra./Ing./Abog./compañera, Dott.ssa/Ing.,
  Frau/Herr/Dr., mevrouw drs., dr. (Hungarian), Sayın, κ., г-ѓа, Bapak/Ibu/Sdr. and degrees such as
  "M.Sc.", "S.T., M.T.", السيد/السيدة/المهندس/الأستاذة/الفاضل/م./د., جناب, জনাব, श्री/Shri, آقای مهندس/خانم دکتر,
  Ông/Bà, Thai นาย/นางสาว even when glued to the given name, Burmese ဦး (U), Bw., Mudane, G. (Ginoo),
  an'Andriamatoa, 同志, Sinhala මහත්මිය. Word order and capitals are kept ("KOUADIO Yao Serge",
  "MBARGA ATANGANA Ebénézer", Hungarian and Russian family name first). Bengali "মোঃ" (Md.) is part of
  the name.
- Where running text inflects the name (Russian "кандидатура … Петрова Алексея Викторовича", Kazakh
  "Жұмабаевтың"), the name is the nominative form that the same message gives in its contact block.
- `aliases` are only other spellings present in the same message: Latin forms in parentheses (Arabic,
  Greek, Serbian, Macedonian, Georgian, Hebrew, Hindi, Bengali, Urdu, Persian, Sinhala, Thai, Burmese, Somali
  "Abdirahman Mohamed Hassan", Chinese/Korean pinyin and romanisation), the kana reading of the Japanese name,
  the Chinese characters of a Singaporean name, the Russian spelling of the Kazakh name.
- `title` is the job title as written; the delegation role ("Head of Delegation", "Chef de délégation",
  "Jefa de Delegación", "capo delegazione", "수석대표", "Trưởng đoàn", "Ketua Delegasi") is not part of it.
- People who are not delegates stay out: signatories, people in copy, the names of the quoted circular
  (Houlin Zhao, Christopher Clark — also in "Dear Mr Clark"), names in out-of-office text and bounced
  acknowledgements.

**Language, Member State, time**

- `language` is the language the sender wrote, not that of quoted or forwarded text (Brazil replies in
  Portuguese above the English circular; the Togo Mission's French covering note forwards the Ministry's
  French text; Tunisia writes French with an Arabic signature line: `fr`). A message written twice, in two
  languages, is labelled with the first (Canada en→fr: `en`; Kazakhstan kk→ru: `kk`; the Senegal Mission's
  out-of-office fr→en: `fr`; Kuwait's out-of-office ar→en: `ar`). Paraguay's Spanish with a Guaraní greeting is
  `es`; the Philippine DICT message in Filipino with English terms is `tl`. Bounces carry the language of their
  human-readable text (`de` for the German report).
- `member_state` is the State on whose behalf the mail is sent: a Permanent Mission and a regulator count for
  their State.
- `received_at` is the topmost `Received:` header, ITU's server in Geneva (+02:00). The `Date:` header is the
  sender's clock and zone. Colombia wrote on 16 August in Bogotá (Date 18:29 -0500) but the message reached
  Geneva at 01:30 on 17 August: late. Zimbabwe's arrived at 23:58:40 on 16 August: on time.
"""

# ---------------------------------------------------------------- writing and checking

HONORIFICS = re.compile(
    r"^(mr|mrs|ms|miss|dr|prof|h\.?e\.?|hon|eng|engr|m|mme|mlle|sr|sra|srta|dña?|don|herr|frau|"
    r"sig|sig\.ra|dott|ing|г-н|г-жа|господин|госпожа|السيد|السيدة|الدكتور|المهندس|د|م)\.?\s",
    re.I)
HONORIFIC_SUFFIX = ("先生", "女士", "様", "さん", "殿", "씨", "님", "氏")


def _norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ").replace("\u200f", "").replace("\u200e", "")
    return re.sub(r"\s+", " ", s).strip()


def _part_text(part):
    cs = part.get_content_charset() or "us-ascii"
    data = part.get_payload(decode=True) or b""
    text = data.decode(codec(cs), "strict")
    if part.get_content_subtype() == "html":
        text = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", " ", text)
        text = html.unescape(text)
    return text


def first_charset(msg):
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content_charset()
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            return part.get_content_charset()
    raise AssertionError("no text part")


def cs_tag(cs):
    return re.sub(r"[^a-z0-9]", "", cs.lower())


def received_of(msg):
    top = msg.get_all("Received")[0]
    top = re.sub(r"\s+", " ", str(top))
    stamp = top.rsplit(";", 1)[1]
    stamp = re.sub(r"\([^)]*\)\s*$", "", stamp).strip()
    return parsedate_to_datetime(stamp)


def build():
    built = []
    ids = {}
    for m in MSGS:
        raw = build_eml(m)
        msg = message_from_bytes(raw, policy=policy.default)
        mid = str(msg["Message-ID"]).strip()
        assert mid not in ids.values(), "duplicate Message-ID " + mid
        ids[m["key"]] = mid
        built.append((m, raw, msg, mid))
    keys = [m["key"] for m in MSGS]
    assert len(set(keys)) == len(keys), "duplicate keys"
    built.sort(key=lambda t: _dt(t[0]["rcv"]))
    for a, b in zip(built, built[1:]):
        assert _dt(a[0]["rcv"]) != _dt(b[0]["rcv"]), "same receipt time: %s %s" % (a[0]["key"], b[0]["key"])
    out, labels = [], []
    for n, (m, raw, msg, mid) in enumerate(built, 1):
        lab = m["label"]
        fname = "%s_%03d_%s.eml" % (m["lang"], n, cs_tag(first_charset(msg)))
        rcv = _dt(m["rcv"])
        kind = lab["kind"]
        late = (rcv > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None
        order = {BUD: 0, CWG: 1, WSIS: 2}
        label = {
            "message_id": mid,
            "file": fname,
            "kind": kind,
            "language": m["lang"],
            "member_state": lab["ms"],
            "delegates": lab["dels"],
            "sessions": sorted(lab["sess"], key=order.__getitem__),
            "received_at": rcv.isoformat(),
            "late": late,
            "supersedes": ids[lab["sup"]] if lab["sup"] else None,
        }
        out.append((fname, raw))
        labels.append(label)
    return out, labels


def write(out, labels):
    mdir = os.path.join(HERE, "messages")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    for fname, raw in out:
        with open(os.path.join(mdir, fname), "wb") as f:
            f.write(raw)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


def validate():
    errors = []
    mdir = os.path.join(HERE, "messages")
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f]
    files = sorted(os.listdir(mdir))
    if sorted(lab["file"] for lab in labels) != files:
        errors.append("labels and messages/ do not list the same files")
    by_id = {}
    prev = None
    for i, lab in enumerate(labels):
        where = lab.get("file", "?")

        def err(s):
            errors.append("%s: %s" % (where, s))
        if list(lab.keys()) != LABEL_KEYS:
            err("label keys %s" % list(lab.keys()))
            continue
        mfile = re.fullmatch(r"([a-z]{2})_(\d{3})_([a-z0-9]+)\.eml", lab["file"])
        if not mfile:
            err("bad file name")
            continue
        if mfile.group(1) != lab["language"]:
            err("file name language")
        if int(mfile.group(2)) != i + 1:
            err("numbering not in order of arrival")
        with open(os.path.join(mdir, lab["file"]), "rb") as f:
            raw = f.read()
        msg = message_from_bytes(raw, policy=policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                err("defects %r in %s" % (part.defects, part.get_content_type()))
            for k in part.keys():
                for v in part.get_all(k):
                    if getattr(v, "defects", None):
                        err("header %s defects %r" % (k, v.defects))
            if part.get_content_maintype() == "text":
                try:
                    texts.append(_part_text(part))
                except (UnicodeDecodeError, LookupError) as e:
                    err("text part does not decode in its charset: %s" % e)
        text = _norm("\n".join(texts))
        if cs_tag(first_charset(msg)) != mfile.group(3):
            err("file name charset")
        if str(msg["Message-ID"]).strip() != lab["message_id"]:
            err("Message-ID differs from label")
        if lab["message_id"] in by_id:
            err("duplicate message_id")
        by_id[lab["message_id"]] = lab
        rdt = received_of(msg)
        ldt = datetime.fromisoformat(lab["received_at"])
        if rdt != ldt or rdt.utcoffset() != ldt.utcoffset():
            err("received_at %s but topmost Received says %s" % (lab["received_at"], rdt.isoformat()))
        if prev and ldt <= prev:
            err("not in order of arrival")
        prev = ldt
        sent = parsedate_to_datetime(str(msg["Date"]))
        if not (timedelta(seconds=-300) <= rdt - sent <= timedelta(hours=40)):
            err("Date header %s implausible against receipt %s" % (sent, rdt))
        kind = lab["kind"]
        if kind not in KINDS:
            err("kind")
        want_late = (ldt > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None
        if lab["late"] is not want_late:
            err("late %r, recomputed %r" % (lab["late"], want_late))
        ms = lab["member_state"]
        if kind in ("auto_reply", "bounce", "unrelated"):
            if ms is not None:
                err("member_state must be null for " + kind)
        elif kind != "inquiry" and not (isinstance(ms, str) and re.fullmatch(r"[A-Z]{3}", ms)):
            err("member_state missing")
        dels = lab["delegates"]
        if kind in ("nomination", "correction"):
            if not dels:
                err("no delegate")
        elif dels:
            err("delegates on a " + kind)
        for d in dels:
            if list(d.keys()) != DELEGATE_KEYS:
                err("delegate keys %s" % list(d.keys()))
                continue
            for s in [d["name"]] + d["aliases"] + [x for x in (d["email"], d["title"]) if x]:
                if _norm(s) not in text:
                    err("not in message text: %r" % s)
            for s in [d["name"]] + d["aliases"]:
                if HONORIFICS.match(s) or s.endswith(HONORIFIC_SUFFIX) or re.search(r"[@\d]", s):
                    err("honorific or junk in name %r" % s)
            if d["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", d["email"]):
                err("bad email %r" % d["email"])
        sess = lab["sessions"]
        if any(s not in (BUD, CWG, WSIS) for s in sess) or len(set(sess)) != len(sess):
            err("sessions %r" % sess)
        if kind in ("nomination", "interest_only", "correction"):
            if not sess:
                err("no session")
        elif sess:
            err("sessions on a " + kind)
        sup = lab["supersedes"]
        if kind == "correction":
            tgt = by_id.get(sup)
            if not tgt:
                err("supersedes does not point at an earlier message")
            elif tgt["member_state"] != ms or tgt["kind"] not in ("nomination", "correction"):
                err("supersedes points at another Member State or kind")
        elif sup is not None:
            err("supersedes on a " + kind)
    return errors, labels


REGION = {}
for _r, _codes in {
    "Africa": "AGO BEN BFA BWA CIV CMR COD ETH GAB GHA GIN GNQ KEN MDG MLI MOZ MWI NER NGA RWA SEN TCD TGO TZA UGA ZAF ZMB ZWE",
    "Americas": "ARG BOL BRA CAN CHL COL CRI CUB DOM ECU HTI JAM MEX PER PRY TTO URY USA",
    "Arab States": "ARE DZA EGY IRQ JOR KWT MAR OMN QAT SAU SDN SOM TUN",
    "Asia-Pacific": "AFG AUS BGD CHN IDN IND IRN JPN KHM KOR LAO LKA MMR MNG MYS NPL NZL PAK PHL PNG SGP THA VNM",
    "CIS": "ARM AZE BLR KAZ KGZ MDA RUS TJK TKM UKR UZB",
    "Europe": "ALB AUT BGR CZE DEU EST FIN FRA GBR GEO GRC HRV HUN ISR ITA LTU LVA MKD MLT NLD POL PRT ROU SRB SVK SWE TUR",
}.items():
    for _c in _codes.split():
        REGION[_c] = _r


def structure(msg):
    ct = msg.get_content_type()
    if ct.startswith("multipart/"):
        return ct + "(" + ",".join(p.get_content_type() for p in msg.iter_parts()) + ")"
    return ct


def readme(labels):
    mdir = os.path.join(HERE, "messages")
    kinds, langs, tags, structs, ctes, regions = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    ndel = 0
    for lab in labels:
        kinds[lab["kind"]] += 1
        langs[lab["language"]] += 1
        tags[lab["file"].rsplit("_", 1)[1][:-4]] += 1
        ndel += len(lab["delegates"])
        if lab["member_state"]:
            regions[REGION.get(lab["member_state"], "?")] += 1
        with open(os.path.join(mdir, lab["file"]), "rb") as f:
            msg = message_from_bytes(f.read(), policy=policy.default)
        structs[structure(msg)] += 1
        for part in msg.walk():
            if not part.is_multipart():
                ctes[part.get("Content-Transfer-Encoding", "(none)").lower()] += 1
    un = sum(langs[x] for x in ("ar", "zh", "en", "fr", "ru", "es"))
    late = Counter((lab["kind"], lab["late"]) for lab in labels if lab["late"] is not None)

    def table(c, head):
        rows = ["| %s | count |" % head, "| --- | ---: |"]
        rows += ["| %s | %d |" % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]
        return "\n".join(rows)
    parts = [README_HEAD.strip(), "",
             "## Counts", "",
             "%d messages, %d languages; the six UN languages together %d (%.1f%%); %d delegates labelled; "
             "%d messages with a member_state." % (len(labels), len(langs), un, 100.0 * un / len(labels), ndel,
                                                  sum(regions.values())), "",
             "Late replies (kinds that carry `late`): " + ", ".join(
                 "%s %s: %d" % (k, "late" if v else "on time", n) for (k, v), n in sorted(late.items())), "",
             table(kinds, "kind"), "", table(regions, "ITU region of member_state"), "",
             table(langs, "language"), "", table(tags, "charset (main text part)"), "",
             table(structs, "top-level structure"), "", table(ctes, "transfer encoding of leaf parts"), "",
             README_DECISIONS.strip(), ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))


def main():
    out, labels = build()
    write(out, labels)
    errors, labels = validate()
    readme(labels)
    langs = Counter(lab["language"] for lab in labels)
    un = sum(langs[x] for x in ("ar", "zh", "en", "fr", "ru", "es"))
    kinds = Counter(lab["kind"] for lab in labels)
    if len(labels) < 120:
        errors.append("fewer than 120 messages")
    if len(langs) < 45:
        errors.append("fewer than 45 languages")
    if not 0.55 <= un / len(labels) <= 0.60:
        errors.append("UN languages at %.3f" % (un / len(labels)))
    for k in KINDS:
        if not kinds[k]:
            errors.append("no message of kind " + k)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("%d messages, %d languages, UN share %.3f, kinds %s"
          % (len(labels), len(langs), un / len(labels), dict(sorted(kinds.items()))))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
