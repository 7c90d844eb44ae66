#!/usr/bin/env python3
"""Build the blind-3 labelled test corpus of replies to ITU circular CI-19/35.

    python3 make_corpus.py

Writes messages/*.eml and labels.jsonl next to this script, in the shape of shared/corpus/SCHEMA.md.
Standard library only; deterministic (no clock, no randomness: every "random" choice is a hash of the
message key), so re-running gives byte-identical files.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import struct
import textwrap
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
TIMED_KINDS = {"nomination", "interest_only", "correction"}

# --------------------------------------------------------------------------------------------------
# deterministic helpers


def hx(seed: str, n: int, upper: bool = False) -> str:
    text = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(text) < n:
        text += hashlib.sha256(text.encode()).hexdigest()
    text = text[:n]
    return text.upper() if upper else text


def hint(seed: str, mod: int) -> int:
    return int(hx(seed, 12), 16) % mod


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(seed: str, n: int) -> str:
    value = int(hx(seed, 64), 16)
    out = []
    for _ in range(n):
        value, r = divmod(value, 62)
        out.append(B62[r])
    return "".join(out)


def message_id(key: str, style: str, domain: str = "") -> str:
    if style == "outlook":
        host = f"{['AM0PR04MB', 'DB7PR02MB', 'VI1PR08MB', 'HE1PR0701MB', 'AM6PR03MB'][hint(key, 5)]}{1000 + hint(key + 'h', 8999)}"
        region = ["eurprd04", "eurprd02", "eurprd08", "eurprd07", "eurprd03"][hint(key, 5)]
        return f"<{host}{hx(key, 16, True)}{hx(key + 'x', 4, True)}@{host}.{region}.prod.outlook.com>"
    if style == "outlook-apac":
        host = f"SG2PR0{1 + hint(key, 6)}MB{2000 + hint(key + 'h', 7000)}"
        return f"<{host}{hx(key, 20, True)}@{host}.apcprd0{1 + hint(key, 6)}.prod.outlook.com>"
    if style == "exchange":
        return f"<{hx(key, 32, True)}@{['EXCH01', 'EXCH02', 'MBX03', 'MAIL-EX1'][hint(key, 4)]}.{domain}>"
    if style == "gmail":
        return f"<CA{b62(key, 4)}+{b62(key + 'g', 38)}@mail.gmail.com>"
    if style == "yahoo":
        return f"<{100000000 + hint(key, 899999999)}.{1000000 + hint(key + 'y', 8999999)}.{1565000000000 + hint(key + 'z', 9000000)}@mail.yahoo.com>"
    if style == "lotus":
        return f"<OF{hx(key, 8, True)}.{hx(key + 'a', 8, True)}-ON{hx(key + 'b', 8, True)}.{hx(key + 'c', 8, True)}@{domain}>"
    if style == "thunderbird":
        h = hx(key, 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "zimbra":
        return f"<{100000 + hint(key, 899999)}.{1000000 + hint(key + 'q', 8999999)}.1565{100000000 + hint(key + 'r', 899999999)}.JavaMail.zimbra@{domain}>"
    if style == "dot":
        return f"<{hx(key, 8, True)}.{1000 + hint(key, 8999)}{hx(key + 'd', 4)}@{domain}>"
    return f"<{hx(key, 12)}.{hx(key + 'n', 6)}@{domain}>"


def rfc_date(moment: datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = moment.utcoffset() or timedelta(0)
    sign = "+" if off >= timedelta(0) else "-"
    minutes = abs(int(off.total_seconds())) // 60
    return (f"{days[moment.weekday()]}, {moment.day:02d} {months[moment.month - 1]} {moment.year} "
            f"{moment:%H:%M:%S} {sign}{minutes // 60:02d}{minutes % 60:02d}")


def parse_ts(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")


def tz(offset: str) -> timezone:
    sign = 1 if offset[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))


# --------------------------------------------------------------------------------------------------
# RFC 2047 header words


def _q_bytes(data: bytes) -> str:
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def _word(chunk: str, charset: str, enc: str) -> str:
    data = chunk.encode(charset)
    body = base64.b64encode(data).decode() if enc == "B" else _q_bytes(data)
    return f"=?{charset}?{enc}?{body}?="


def ew(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """Encode a header text as RFC 2047 encoded words, folded; ASCII text is returned as is."""
    if text.isascii():
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:  # what mail clients do: fall back to UTF-8 for the whole header
        charset = "utf-8"
    limit = 74
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        if chunk and len(_word(trial, charset, enc)) > limit:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return "\n ".join(_word(w, charset, enc) for w in words)


def addr(display: str | None, email: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not display:
        return email
    if display.isascii():
        if any(c in display for c in ',.()<>@;:"[]'):
            return f"\"{display}\" <{email}>"
        return f"{display} <{email}>"
    return f"{ew(display, charset, enc)} <{email}>"


# --------------------------------------------------------------------------------------------------
# MIME parts


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body


def encode_text(text: str, charset: str) -> bytes:
    if charset.lower() == "iso-2022-jp":
        return b"\n".join(line.encode("iso-2022-jp") for line in text.split("\n"))
    codec = {"windows-1252": "cp1252", "windows-1251": "cp1251", "windows-1256": "cp1256",
             "windows-1250": "cp1250", "gb2312": "gb2312", "gbk": "gbk"}.get(charset.lower(), charset)
    return text.encode(codec)


def wrap_lines(text: str, width: int = 76) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 2 or line.startswith(">"):
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        out.extend(textwrap.wrap(line, width, subsequent_indent=" " * indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def T(text: str, cs: str = "utf-8", cte: str = "quoted-printable", sub: str = "plain",
      declared: str | None = None, codec: str | None = None, params: str = "",
      disposition: str | None = None) -> Part:
    """A text part. `declared` is the charset named in the header when it differs from the bytes (`codec`)."""
    if cte in ("7bit", "8bit") and sub == "plain":
        text = wrap_lines(text)
    data = encode_text(text, codec or cs)
    if not data.endswith(b"\n"):
        data += b"\n"
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        if cte == "7bit" and any(b > 127 for b in data):
            raise ValueError("8-bit data in a 7bit part")
        body = data
    ctype = f"text/{sub}; charset=\"{declared or cs}\"{params}"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    return Part(headers, body)


def ATT(data: bytes, ctype: str, filename: str, inline_cid: str | None = None) -> Part:
    headers = [("Content-Type", f"{ctype}; name=\"{filename}\"")]
    if inline_cid:
        headers += [("Content-Description", filename),
                    ("Content-Disposition", f"inline; filename=\"{filename}\"; size={len(data)}"),
                    ("Content-ID", f"<{inline_cid}>")]
    else:
        headers += [("Content-Description", filename),
                    ("Content-Disposition", f"attachment; filename=\"{filename}\"; size={len(data)}")]
    headers.append(("Content-Transfer-Encoding", "base64"))
    return Part(headers, base64.encodebytes(data))


def RAWPART(ctype: str, text: str, cte: str | None = None) -> Part:
    headers = [("Content-Type", ctype)]
    if cte:
        headers.append(("Content-Transfer-Encoding", cte))
    data = text.encode("utf-8")
    if not data.endswith(b"\n"):
        data += b"\n"
    return Part(headers, data)


def render_headers(headers: list[tuple[str, str]]) -> bytes:
    return b"".join(f"{k}: {v}\n".encode("utf-8") for k, v in headers)


def MULTI(subtype: str, parts: list[Part], boundary: str, params: str = "", preamble: str | None = None) -> Part:
    chunks = []
    if preamble:
        chunks.append(preamble.encode() + b"\n\n")
    for part in parts:
        chunks.append(f"--{boundary}\n".encode())
        chunks.append(render_headers(part.headers))
        chunks.append(b"\n")
        chunks.append(part.body)
        if not part.body.endswith(b"\n"):
            chunks.append(b"\n")
        chunks.append(b"\n")
    chunks.append(f"--{boundary}--\n".encode())
    return Part([("Content-Type", f"multipart/{subtype};{params}\n\tboundary=\"{boundary}\"")], b"".join(chunks))


def outlook_boundary(key: str, n: int = 0) -> str:
    return f"_00{n}_{hx(key, 32, True)[:30]}_"


def gmail_boundary(key: str, n: int = 0) -> str:
    return f"000000000000{hx(key + str(n), 12)}0590{hx(key + 'b' + str(n), 4)}"


def nextpart_boundary(key: str, n: int = 0) -> str:
    return f"----=_NextPart_{n:03d}_{hx(key, 4, True)}_01D5{hx(key + 'p', 4, True)}.{hx(key + 'q', 8, True)}"


def generic_boundary(key: str, n: int = 0) -> str:
    return f"=_{hx(key + str(n), 20)}"


# --------------------------------------------------------------------------------------------------
# HTML renderings of a plain text (for multipart/alternative)


def _esc(line: str) -> str:
    return html.escape(line, quote=False)


def outlook_html(text: str, charset: str = "utf-8", lang: str = "EN-US", rtl: bool = False) -> str:
    paras = []
    style = ' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    for line in text.split("\n"):
        if line.strip():
            paras.append(f"<p class=\"MsoNormal\"{style}>{_esc(line)}<o:p></o:p></p>")
        else:
            paras.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    body = "\n".join(paras)
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
        "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
        "@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n"
        "\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
        "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n"
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:\"Calibri\",sans-serif;\n\tcolor:windowtext;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f"<body lang=\"{lang}\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n{body}\n</div>\n</body>\n</html>\n"
    )


def gmail_html(text: str, rtl: bool = False) -> str:
    out, quote = [], []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(_esc(line[1:].lstrip(" ")) or "<br>")
            continue
        if quote:
            out.append("<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
                       "rgb(204,204,204);padding-left:1ex\">" + "<br>".join(quote) + "</blockquote>")
            quote = []
        out.append(f"<div>{_esc(line)}</div>" if line.strip() else "<div><br></div>")
    if quote:
        out.append("<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
                   "rgb(204,204,204);padding-left:1ex\">" + "<br>".join(quote) + "</blockquote>")
    direction = "rtl" if rtl else "ltr"
    return f"<div dir=\"{direction}\">" + "".join(out) + "</div>\n"


def plain_html(text: str, rtl: bool = False, font: str = "Arial") -> str:
    lines = "<br>\n".join(_esc(line) for line in text.split("\n"))
    attrs = ' dir="rtl"' if rtl else ""
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
            f"<body{attrs}><div style=\"font-family:{font};font-size:10pt\">\n{lines}\n</div></body></html>\n")


def png_pixel(r: int, g: int, b: int, w: int = 4, h: int = 4) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def fake_pdf(title: str) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({title}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# --------------------------------------------------------------------------------------------------
# labels


def D(name: str, title: str | None = None, email: str | None = None, aliases: list[str] | None = None) -> dict:
    return {"name": name, "aliases": list(aliases or []), "title": title, "email": email}


MESSAGES: list[dict] = []


def add(**spec) -> None:
    MESSAGES.append(spec)


# --------------------------------------------------------------------------------------------------
# the circular as replies quote it

CIRC_EN = """Geneva, 23 July 2019

Ref: CI-19/35
Contact: Mr Christopher Clark
E-mail: sme@itu.int

To the Member States of ITU

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, at the WSIS Forum 2020 and at other events.

ITU is organizing this series of consultations as a follow-up to the excellent discussions at the last session of the ITU Council on promoting small and medium-sized enterprises (SMEs) and their involvement in the work of ITU. In accordance with Resolution 209 (Dubai, 2018), the Council finalized the eligibility criteria and decided to apply new reduced fees for SME Associates as of January 2020.

The consultations will give interested Member States the opportunity to share best practices on existing national policies, initiatives and programmes supporting tech SMEs, and to identify specific actions to engage these companies in the work of ITU, including its study groups, workshops, training courses and the ITU Telecom World SME programme. A detailed agenda will be sent shortly.

I would be grateful if you could express your interest and nominate the participant for the first consultation session during ITU Telecom World by 16 August 2019 to the ITU secretariat at: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General"""

CIRC_FR = """Genève, le 23 juillet 2019

Réf.: CI-19/35
Contact: M. Christopher Clark
Courriel: sme@itu.int

Aux États Membres de l'UIT

Objet: Sessions de consultation pour les États Membres: « Favoriser les PME innovantes du secteur technologique »

Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de sessions de consultation intitulée « Favoriser les PME innovantes du secteur technologique ». La première session se tiendra le 10 septembre 2019 pendant ITU Telecom World 2019, à Budapest (Hongrie). Nous prévoyons d'organiser des sessions analogues pendant les réunions des Groupes de travail du Conseil au début de 2020, pendant le Forum du SMSI de 2020 et à l'occasion d'autres manifestations.

Je vous saurais gré de bien vouloir manifester votre intérêt et communiquer le nom du participant désigné pour la première session de consultation, pendant ITU Telecom World, d'ici au 16 août 2019, au secrétariat de l'UIT, à l'adresse suivante: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

(signé)

Houlin Zhao
Secrétaire général"""

CIRC_ES = """Ginebra, 23 de julio de 2019

Ref.: CI-19/35
Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

A los Estados Miembros de la UIT

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las pymes tecnológicas e innovadoras"

Muy Señora mía/Muy Señor mío:

Me complace invitar a su delegación a participar en una serie de sesiones de consulta denominada "Fomento de las pymes tecnológicas e innovadoras". La primera sesión se celebrará el 10 de septiembre de 2019 durante ITU Telecom World 2019, en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, durante el Foro de la CMSI de 2020 y en otros eventos.

Le agradecería que nos manifestara su interés y nos comunicara el nombre del participante designado para la primera sesión de consulta, durante ITU Telecom World, a más tardar el 16 de agosto de 2019, a la secretaría de la UIT, en la dirección: sme@itu.int

Atentamente,

(firmado)

Houlin Zhao
Secretario General"""

CIRC_AR = """جنيف، 23 يوليو 2019

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
الأمين العام"""


def quoted(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


# ==================================================================================================
# ENGLISH

NGA_BODY = """Dear Sir,

RE: CI-19/35 - CONSULTATION SESSIONS FOR MEMBER STATES: "FOSTERING TECH AND INNOVATION SMES"

The Nigerian Communications Commission (NCC), on behalf of the Federal Republic of Nigeria, wishes to express interest in the above consultation sessions.

We hereby nominate Engr. Babatunde Oyelaran-Adeyemi, Deputy Director, New Media and Information Security Department, to represent Nigeria at the first session holding on 10th September 2019 in Budapest, Hungary.

His contact details are as follows: b.oyelaran@ncc.gov.ng, +234 9 461 7000.

Please accept the assurances of our highest regards.

Chinedu Okafor
For: Executive Vice Chairman/CEO
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
www.ncc.gov.ng

-----Original Message-----
From: SME <sme@itu.int>
Sent: Tuesday, July 23, 2019 5:02 PM
Subject: ITU Circular CI-19/35: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

""" + CIRC_EN

add(key="en_001", kind="nomination", lang="en", state="NGA",
    delegates=[D("Babatunde Oyelaran-Adeyemi", "Deputy Director, New Media and Information Security Department",
                 "b.oyelaran@ncc.gov.ng")],
    sessions=["budapest-2019"],
    frm=("Chinedu Okafor", "cokafor@ncc.gov.ng"), to="SME <sme@itu.int>",
    subject="RE: ITU Circular CI-19/35: Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
    recv="2019-07-29 10:41:07 +0200", relay=("mail.ncc.gov.ng", "196.46.245.12"), tz="+0100",
    mid=("exchange", "ncc.gov.ng"), extra=[("Thread-Topic", "ITU Circular CI-19/35"), ("X-Mailer", "Microsoft Outlook 16.0")],
    body=T(NGA_BODY, cs="us-ascii", cte="7bit"))

GHA_BODY = """Dear Mr. Clark,

GHANA'S NOMINATION - ITU CONSULTATION SESSIONS ON FOSTERING TECH AND INNOVATION SMEs

Reference is made to ITU Circular CI-19/35 dated 23rd July, 2019 on the above subject.

The Ministry of Communications wishes to confirm Ghana's interest in the consultation sessions and to submit the following nominees for the first session in Budapest:

1. Name: Mrs. Abena Serwaa Asante
   Designation: Director, Policy Planning, Monitoring & Evaluation (PPME)
   Email: abena.asante@moc.gov.gh
   Tel: +233 302 666 465

2. Name: Mr. Kwame Nkansah Darko
   Designation: Principal Programme Officer, Ghana Investment Fund for Electronic Communications (GIFEC)
   Tel: +233 244 318 902

Ghana would also wish to be kept informed of the sessions planned for 2020.

Counting on your usual cooperation.

Yours faithfully,

Kofi Adjei-Manu
For: Chief Director
Ministry of Communications
P.O. Box M.38, Accra"""

add(key="en_002", kind="nomination", lang="en", state="GHA",
    delegates=[D("Abena Serwaa Asante", "Director, Policy Planning, Monitoring & Evaluation (PPME)", "abena.asante@moc.gov.gh"),
               D("Kwame Nkansah Darko", "Principal Programme Officer, Ghana Investment Fund for Electronic Communications (GIFEC)")],
    sessions=["budapest-2019"],
    frm=("Kofi Adjei-Manu", "kofi.adjeimanu@moc.gov.gh"), to="sme@itu.int",
    cc="\"Abena Asante\" <abena.asante@moc.gov.gh>",
    subject="Ghana's Nomination - ITU Consultation Sessions on Tech & Innovation SMEs (CI-19/35)",
    recv="2019-08-07 16:03:55 +0200", relay=("mail.moc.gov.gh", "41.66.210.8"), tz="+0000",
    mid=("outlook", ""),
    body=MULTI("alternative", [T(GHA_BODY), T(outlook_html(GHA_BODY), sub="html")], outlook_boundary("en_002")))

JAM_BODY = """Good afternoon,

I write on behalf of the Ministry of Science, Energy and Technology (MSET), Jamaica, in response to the circular below.

We are indeed interested in the SME consultations. I will already be attending ITU Telecom World in Budapest, so I’ll be happy to represent Jamaica at the session on 10 September myself.

Apologies for writing from my personal address – our email server at the Ministry has been down most of the week.

Best regards,
Tanisha

--
Tanisha Campbell-Reid
Senior Director, Telecommunications Policy
Ministry of Science, Energy and Technology
PCJ Building, 36 Trafalgar Road, Kingston 10, Jamaica
Tel: (876) 929-8990

On Tue, 23 Jul 2019 at 10:04, SME <sme@itu.int> wrote:
""" + quoted(CIRC_EN)

add(key="en_003", kind="nomination", lang="en", state="JAM",
    delegates=[D("Tanisha Campbell-Reid", "Senior Director, Telecommunications Policy", "tanisha.campbellreid@gmail.com")],
    sessions=["budapest-2019"],
    frm=("Tanisha Campbell-Reid", "tanisha.campbellreid@gmail.com"), to="SME <sme@itu.int>",
    subject="Re: ITU Circular CI-19/35: Consultation sessions for Member States",
    recv="2019-08-09 21:17:40 +0200", relay=("mail-wm1-f54.google.com", "209.85.128.54"), tz="-0500",
    mid=("gmail", ""), extra=[("In-Reply-To", "<CI-19-35.20190723.1502@itu.int>")],
    body=MULTI("alternative", [T(JAM_BODY), T(gmail_html(JAM_BODY), sub="html")], gmail_boundary("en_003")))

PHL_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.MsoTableGrid {border-collapse:collapse;}
td {border:solid windowtext 1.0pt; padding:0cm 5.4pt 0cm 5.4pt;}
--></style>
</head>
<body lang="EN-PH" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Dear Sir/Madam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Greetings from the Department of Information and Communications Technology (DICT) of the Republic of the Philippines!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">In reply to ITU Circular CI-19/35, the DICT is pleased to confirm the interest of the Philippines in the consultation sessions on fostering tech and innovation SMEs and respectfully submits the following nominees:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr>
<td width="170" valign="top" style="background:#D9E2F3"><p class="MsoNormal"><b>Name<o:p></o:p></b></p></td>
<td width="190" valign="top" style="background:#D9E2F3"><p class="MsoNormal"><b>Position / Office<o:p></o:p></b></p></td>
<td width="190" valign="top" style="background:#D9E2F3"><p class="MsoNormal"><b>E-mail<o:p></o:p></b></p></td>
<td width="180" valign="top" style="background:#D9E2F3"><p class="MsoNormal"><b>Session<o:p></o:p></b></p></td>
</tr>
<tr>
<td valign="top"><p class="MsoNormal">Ma. Lourdes P. Villanueva-Santos<o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal">Director IV, ICT Industry Development Bureau<o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal"><a href="mailto:lourdes.santos@dict.gov.ph">lourdes.santos@dict.gov.ph</a><o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal">1<sup>st</sup> session &#8211; ITU Telecom World 2019, Budapest (10 Sept. 2019)<o:p></o:p></p></td>
</tr>
<tr>
<td valign="top"><p class="MsoNormal">Engr. Rafael T. Dimaculangan<o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal">Chief, MSME ICT Enablement Division<o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal"><a href="mailto:rafael.dimaculangan@dict.gov.ph">rafael.dimaculangan@dict.gov.ph</a><o:p></o:p></p></td>
<td valign="top"><p class="MsoNormal">2020 sessions (Council Working Group meetings and WSIS Forum 2020)<o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you and warm regards,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>JOANNA MARIE C. REYES</b><br>Information Technology Officer III<br>International Cooperation Division<br>Department of Information and Communications Technology<br>C.P. Garcia Ave., Diliman, Quezon City<o:p></o:p></p>
<p class="MsoNormal"><img width="120" height="40" id="Picture_x0020_1" src="cid:image001.png@01D54E2A.6B3F2A10" alt="DICT logo"><o:p></o:p></p>
</div>
</body>
</html>"""

add(key="en_004", kind="nomination", lang="en", state="PHL",
    delegates=[D("Ma. Lourdes P. Villanueva-Santos", "Director IV, ICT Industry Development Bureau", "lourdes.santos@dict.gov.ph"),
               D("Rafael T. Dimaculangan", "Chief, MSME ICT Enablement Division", "rafael.dimaculangan@dict.gov.ph")],
    sessions=["budapest-2019", "cwg-2020", "wsis-2020"],
    frm=("Joanna Marie C. Reyes", "joanna.reyes@dict.gov.ph"), to="\"sme@itu.int\" <sme@itu.int>",
    subject="Philippine Nominees - ITU Consultation Sessions on Tech and Innovation SMEs",
    recv="2019-08-12 04:26:31 +0200", relay=("mail-sg2apc01on0102.outbound.protection.outlook.com", "104.47.125.102"), tz="+0800",
    mid=("outlook-apac", ""), extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")],
    body=MULTI("related", [T(PHL_HTML, sub="html", cte="base64"),
                           ATT(png_pixel(0, 56, 168), "image/png", "image001.png", "image001.png@01D54E2A.6B3F2A10")],
               outlook_boundary("en_004", 1), params=" type=\"text/html\";"))

BGD_BODY = """Dear Sir,

With reference to the ITU circular CI-19/35, Bangladesh Telecommunication Regulatory Commission (BTRC) would like to know the following before sending the nomination:

a) Is there any provision for remote participation in the consultation session of 10 September 2019?
b) Does the nominated participant need a separate registration/badge for ITU Telecom World 2019?
c) Is any fellowship available for LDC participants?

If remote participation is possible, the Commission may consider Mr. Md. Shahidul Islam, Deputy Director (International Affairs), for the session. A formal nomination will be sent upon receipt of your reply.

Regards,

Nasrin Akter Chowdhury
Assistant Director (International Affairs)
Bangladesh Telecommunication Regulatory Commission
IEB Bhaban, Ramna, Dhaka-1000"""

add(key="en_006", kind="inquiry", lang="en", state="BGD", delegates=[], sessions=[],
    frm=("Nasrin Akter Chowdhury", "nasrin.chowdhury@btrc.gov.bd"), to="sme@itu.int",
    subject="Query regarding ITU circular CI-19/35",
    recv="2019-08-04 08:52:10 +0200", relay=("mx.btrc.gov.bd", "103.4.145.20"), tz="+0600",
    mid=("zimbra", "btrc.gov.bd"), extra=[("X-Mailer", "Zimbra 8.8.12_GA_3803 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)")],
    body=T(BGD_BODY, cs="us-ascii", cte="7bit"))

BRA_BODY = """Dear Mr. Clark,

On behalf of the Permanent Mission of Brazil in Geneva, please find below the nomination sent by the Ministry of Science, Technology, Innovations and Communications (MCTIC) for the first consultation session on tech and innovation SMEs, in Budapest.

Best regards,

Rafael Guimarães Tavares
Second Secretary
Permanent Mission of Brazil to the United Nations Office and other international organizations in Geneva
Chemin Louis-Dunant 15, 1202 Genève

________________________________
De: Assessoria Internacional MCTIC <assin@mctic.gov.br>
Enviado: quinta-feira, 8 de agosto de 2019 16:47
Para: Rafael Guimarães Tavares
Cc: Juliana Ferreira Coutinho
Assunto: ENC: Indicação - Circular UIT CI-19/35

Prezado Rafael,

Em atenção à Circular CI-19/35 da UIT, informamos que o MCTIC indica a Sra. Juliana Ferreira Coutinho, Coordenadora-Geral de Empreendedorismo Inovador da Secretaria de Empreendedorismo e Inovação, para participar da primeira sessão de consultas, no dia 10 de setembro, em Budapeste, durante o ITU Telecom World 2019.

Contato: juliana.coutinho@mctic.gov.br / +55 61 2033-7512

Solicitamos a gentileza de encaminhar a indicação à UIT (sme@itu.int).

Atenciosamente,

Assessoria Especial de Assuntos Internacionais
Ministério da Ciência, Tecnologia, Inovações e Comunicações
Esplanada dos Ministérios, Bloco E - Brasília/DF"""

add(key="en_007", kind="nomination", lang="en", state="BRA",
    delegates=[D("Juliana Ferreira Coutinho",
                 "Coordenadora-Geral de Empreendedorismo Inovador, Secretaria de Empreendedorismo e Inovação",
                 "juliana.coutinho@mctic.gov.br")],
    sessions=["budapest-2019"],
    frm=("Rafael Guimarães Tavares", "rafael.tavares@itamaraty.gov.br"), to="sme@itu.int",
    subject="Fw: ENC: Indicação - Circular UIT CI-19/35",
    recv="2019-08-09 09:30:12 +0200", relay=("mail.itamaraty.gov.br", "200.198.193.77"), tz="+0200",
    mid=("outlook", ""), extra=[("Content-Language", "pt-BR")],
    body=MULTI("alternative", [T(BRA_BODY), T(outlook_html(BRA_BODY, lang="PT-BR"), sub="html")], outlook_boundary("en_007")))

NEXA_TEXT = """Hi there,

ITU Telecom World 2019 is just around the corner (9-12 September, Budapest) and we'd love to meet you!

NexaWave Solutions will be showcasing our low-cost LoRaWAN gateways for rural connectivity in the SME Pavilion, Stand 4B12. Book a 20-minute slot with our CEO, Dr. Ilse Verhoeven, or our Head of Partnerships, Marco Santangelo, and take home a free pilot kit.

Book a meeting: https://nexawave-solutions.com/twr2019

Can't make it to Budapest? Catch us at GITEX Dubai in October.

Cheers,
The NexaWave Events Team

--
You are receiving this email because you registered for a NexaWave webinar.
Unsubscribe: https://nexawave-solutions.com/unsubscribe?u=8f2c61
NexaWave Solutions B.V., Stationsplein 45, 3013 AK Rotterdam, The Netherlands"""

NEXA_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Meet NexaWave in Budapest</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b2545;color:#ffffff;font-size:22px"><b>Meet NexaWave at ITU Telecom World 2019</b><br>
<span style="font-size:14px">9&ndash;12 September &middot; Budapest &middot; SME Pavilion, Stand 4B12</span></td></tr>
<tr><td style="font-size:15px;line-height:22px;color:#333333">
<p>Hi there,</p>
<p>ITU Telecom World 2019 is just around the corner and we'd love to meet you!</p>
<p>NexaWave Solutions will be showcasing our low-cost LoRaWAN gateways for rural connectivity. Book a 20-minute slot with our CEO, <b>Dr. Ilse Verhoeven</b>, or our Head of Partnerships, <b>Marco Santangelo</b>, and take home a free pilot kit.</p>
<p style="text-align:center"><a href="https://nexawave-solutions.com/twr2019" style="background:#13a89e;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:4px">Book a meeting</a></p>
<p>Can't make it to Budapest? Catch us at GITEX Dubai in October.</p>
<p>Cheers,<br>The NexaWave Events Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#888888">You are receiving this email because you registered for a NexaWave webinar.
<a href="https://nexawave-solutions.com/unsubscribe?u=8f2c61">Unsubscribe</a><br>NexaWave Solutions B.V., Stationsplein 45, 3013 AK Rotterdam, The Netherlands</td></tr>
</table></td></tr></table>
<img src="https://track.nexawave-solutions.com/o/8f2c61.gif" width="1" height="1" alt="">
</body></html>"""

add(key="en_008", kind="unrelated", lang="en", state=None, delegates=[], sessions=[],
    frm=("NexaWave Events", "events@nexawave-solutions.com"), to="sme@itu.int",
    subject="Meet NexaWave at ITU Telecom World 2019 in Budapest – SME Pavilion, Stand 4B12",
    recv="2019-08-20 15:00:41 +0200", relay=("o1.email.nexawave-solutions.com", "167.89.101.23"), tz="+0000",
    mid=("dot", "nexawave-solutions.com"),
    extra=[("List-Unsubscribe", "<https://nexawave-solutions.com/unsubscribe?u=8f2c61>"), ("Precedence", "bulk"),
           ("X-Mailer", "SendGrid")],
    body=MULTI("alternative", [T(NEXA_TEXT), T(NEXA_HTML, sub="html")], generic_boundary("en_008")))

ITU_INTERNAL = """Hi Chris,

Room B2 (Hungexpo, level 1) is confirmed for Tuesday 10 September, 14:00-15:30. Catering for 60 pax.

Could you send me the final list of nominated participants by Tuesday 20 August, so that the Telecom World team can issue the badges? Please include title and e-mail for each, and flag the ministers/ambassadors separately.

Also, Ahmed Al-Rashid from BDT asked whether the second session could take place during the CWG cluster in February rather than January - could you check with the Council secretariat?

Thanks,
Laura

Laura Bianchi
Events Coordinator, ITU Telecom
International Telecommunication Union
Place des Nations, 1211 Geneva 20

From: Clark, Christopher
Sent: Tuesday, 13 August 2019 18:05
To: Bianchi, Laura
Cc: SME
Subject: SME consultation Budapest - room and badges

Laura,

Could we block a room for the Member States' SME consultation on 10 September in Budapest (afternoon)? We have 41 nominations so far, the deadline is Friday.

Best,
Chris"""

add(key="en_009", kind="unrelated", lang="en", state=None, delegates=[], sessions=[],
    frm=("Bianchi, Laura", "laura.bianchi@itu.int"),
    to="\"Clark, Christopher\" <christopher.clark@itu.int>", cc="SME <sme@itu.int>",
    subject="RE: SME consultation Budapest - room and badges",
    recv=None, date="Wed, 14 Aug 2019 16:22:09 +0000", relay=None, tz="+0000",
    mid=("exchange", "itu.int"), extra=[("Thread-Topic", "SME consultation Budapest - room and badges"),
                                      ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    body=MULTI("alternative", [T(ITU_INTERNAL), T(outlook_html(ITU_INTERNAL), sub="html")], outlook_boundary("en_009")))

BOUNCE_EN = """This is the mail system at host mx2.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mwila.musonda@zicta.co.zm>: Host or domain name not found. Name service error
    for name=zicta.co.zm type=AAAA: Host not found"""

BOUNCE_EN_DSN = """Reporting-MTA: dns; mx2.itu.int
X-Postfix-Queue-ID: 46M9xK3vQbz1Rt
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: Mon,  5 Aug 2019 10:14:02 +0200 (CEST)

Final-Recipient: rfc822; mwila.musonda@zicta.co.zm
Original-Recipient: rfc822;mwila.musonda@zicta.co.zm
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=zicta.co.zm type=AAAA: Host not found"""

BOUNCE_EN_ORIG = """Return-Path: <sme@itu.int>
Received: from mbx02.itu.int (mbx02.itu.int [156.106.4.21])
	by mx2.itu.int (Postfix) with ESMTPS id 46M9xK3vQbz1Rt
	for <mwila.musonda@zicta.co.zm>; Mon,  5 Aug 2019 10:14:02 +0200 (CEST)
From: SME <sme@itu.int>
To: "mwila.musonda@zicta.co.zm" <mwila.musonda@zicta.co.zm>
Subject: Acknowledgement: nomination of Zambia - CI-19/35
Date: Mon, 5 Aug 2019 08:13:58 +0000
Message-ID: <7d2e6a1f0c9b4e57a8c3b1d2e4f60718@itu.int>
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

Dear Mr Musonda,

Thank you for your nomination to the Member States' consultation session
"Fostering tech and innovation SMEs" on 10 September 2019 in Budapest.
The detailed agenda and logistical information will follow.

Kind regards,
SME team
International Telecommunication Union"""

add(key="en_010", kind="bounce", lang="en", state=None, delegates=[], sessions=[],
    frm=("Mail Delivery System", "MAILER-DAEMON@itu.int"), to="sme@itu.int",
    subject="Undelivered Mail Returned to Sender",
    recv="2019-08-05 10:14:03 +0200", relay=None, tz="+0200", date="Mon,  5 Aug 2019 10:14:03 +0200 (CEST)",
    mid=("dot", "mx2.itu.int"), extra=[("Auto-Submitted", "auto-replied")],
    body=MULTI("report", [RAWPART("text/plain; charset=us-ascii", BOUNCE_EN),
                          RAWPART("message/delivery-status", BOUNCE_EN_DSN),
                          RAWPART("message/rfc822", BOUNCE_EN_ORIG)],
               "46M9xK3vQbz1Rt.1564992843/mx2.itu.int", params=" report-type=delivery-status;",
               preamble="This is a MIME-encapsulated message."))

LKA_BODY = """Dear Sir/Madam,

Please accept our apologies for the delayed response to the above circular.

The Telecommunications Regulatory Commission of Sri Lanka (TRCSL) is pleased to nominate Mr. W.M.D. Jayasinghe, Director (Industry Development), to participate in the first consultation session on fostering tech and innovation SMEs on 10th September 2019 in Budapest.

E-mail: dinesh.jayasinghe@trc.gov.lk
Mobile: +94 77 345 6781

We would highly appreciate if the nomination could still be considered.

Thank you.

Chathurika Perera
Assistant Director (International Relations)
for Director General
Telecommunications Regulatory Commission of Sri Lanka
276, Elvitigala Mawatha, Colombo 08"""

add(key="en_011", kind="nomination", lang="en", state="LKA",
    delegates=[D("W.M.D. Jayasinghe", "Director (Industry Development)", "dinesh.jayasinghe@trc.gov.lk")],
    sessions=["budapest-2019"],
    frm=("Chathurika Perera", "chathurika@trc.gov.lk"), to="sme@itu.int",
    subject="Nomination for the ITU consultation session - Budapest (Ref: CI-19/35)",
    recv="2019-08-20 07:15:44 +0200", relay=("mail.trc.gov.lk", "203.94.66.5"), tz="+0530",
    mid=("thunderbird", "trc.gov.lk"), extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.8.0")],
    body=T(LKA_BODY, cte="8bit"))

NZL_BODY = """Kia ora Christopher,

Thanks very much for the invitation to the consultation series on fostering tech and innovation SMEs – it's a topic of real interest to us, and we have been following the work under Resolution 209 closely.

Unfortunately, with our current commitments around that time of year, New Zealand won't be in a position to take part on this occasion. We would be very grateful, though, if you could share any summary or outcome document from the sessions when it becomes available.

Ngā mihi,

Hannah Whitcombe
Senior Policy Advisor | International Communications Policy
Digital Economy and Communications | Building, Resources and Markets
Ministry of Business, Innovation & Employment
15 Stout Street, Wellington 6011

www.govt.nz - your guide to finding and using New Zealand government services

Any opinions expressed in this message are not necessarily those of the Ministry of Business, Innovation and Employment. This message and any files transmitted with it are confidential and solely for the use of the intended recipient. If you are not the intended recipient or the person responsible for delivery to the intended recipient, be advised that you have received this message in error and that any dissemination, copying or use is strictly prohibited. Please contact the sender and delete the message and any attachment from your computer."""

add(key="en_012", kind="decline", lang="en", state="NZL", delegates=[], sessions=[],
    frm=("Hannah Whitcombe", "hannah.whitcombe@mbie.govt.nz"), to="sme@itu.int",
    subject="RE: CI-19/35 Fostering tech and innovation SMEs",
    recv="2019-08-01 02:48:19 +0200", relay=("mx1.mbie.govt.nz", "202.27.82.14"), tz="+1200",
    mid=("exchange", "mbie.govt.nz"),
    body=MULTI("alternative", [T(NZL_BODY), T(outlook_html(NZL_BODY, lang="EN-NZ"), sub="html")], outlook_boundary("en_012")))

ZMB_ORIG = """Dear Sir/Madam,

RE: ITU CIRCULAR CI-19/35 – CONSULTATION SESSIONS FOR MEMBER STATES: "FOSTERING TECH AND INNOVATION SMEs"

The Zambia Information and Communications Technology Authority (ZICTA), on behalf of the Government of the Republic of Zambia, hereby expresses interest in the above-mentioned consultation sessions.

Please find below the details of our nominee for the session to be held on 10th September 2019 in Budapest, Hungary:

Name:       Mr. Mwila Chanda Musonda
Position:   Manager – Innovation and Technology Development
Email:      mwila.musonda@zicta.zm
Phone:      +260 211 244 424

Kind regards,

Bwalya K. Tembo
Manager – International Relations
Zambia Information and Communications Technology Authority (ZICTA)
Stand 4909, Corner of United Nations and Independence Avenue, Lusaka"""

add(key="en_014", kind="nomination", lang="en", state="ZMB",
    delegates=[D("Mwila Chanda Musonda", "Manager – Innovation and Technology Development", "mwila.musonda@zicta.zm")],
    sessions=["budapest-2019"],
    frm=("Bwalya K. Tembo", "bwalya.tembo@zicta.zm"), to="'sme@itu.int'",
    subject="Zambia - Nomination for ITU SME Consultation Session, Budapest",
    recv="2019-08-02 11:20:37 +0200", relay=("mail.zicta.zm", "41.72.108.66"), tz="+0200",
    mid=("exchange", "zicta.zm"),
    body=T(ZMB_ORIG, cs="windows-1252"))

ZMB_CORR = """Dear Mr Clark,

Further to our email of 2nd August 2019 below, kindly be advised that Mr. Musonda will no longer be able to travel to Budapest due to other official engagements.

ZICTA therefore wishes to replace him with:

Ms. Natasha Mulenga Phiri
Senior Manager – Consumer Protection and Market Development
Email: natasha.phiri@zicta.zm
Cell: +260 97 781 2340

We regret any inconvenience caused.

Kind regards,

Bwalya K. Tembo
Manager – International Relations
Zambia Information and Communications Technology Authority (ZICTA)

From: Bwalya K. Tembo
Sent: Friday, 2 August 2019 11:20
To: 'sme@itu.int'
Subject: Zambia - Nomination for ITU SME Consultation Session, Budapest

""" + ZMB_ORIG

add(key="en_013", kind="correction", lang="en", state="ZMB",
    delegates=[D("Natasha Mulenga Phiri", "Senior Manager – Consumer Protection and Market Development", "natasha.phiri@zicta.zm")],
    sessions=["budapest-2019"], supersedes="key:en_014",
    frm=("Bwalya K. Tembo", "bwalya.tembo@zicta.zm"), to="'sme@itu.int'",
    subject="RE: Zambia - Nomination for ITU SME Consultation Session, Budapest",
    recv="2019-08-13 14:51:02 +0200", relay=("mail.zicta.zm", "41.72.108.66"), tz="+0200",
    mid=("exchange", "zicta.zm"), extra=[("In-Reply-To", "{mid:en_014}"), ("References", "{mid:en_014}")],
    body=MULTI("alternative", [T(ZMB_CORR), T(outlook_html(ZMB_CORR), sub="html")], outlook_boundary("en_013")))

PAK_BODY = """Dear Sir,

I am directed to refer to ITU Circular Letter CI-19/35 dated 23 July 2019 and to state that the Ministry of Information Technology & Telecommunication, Government of Pakistan has nominated the following officer for the subject consultation session to be held at Budapest on 10th September, 2019:

    Syed Hassan Raza Naqvi
    Director General (International Cooperation)
    Ministry of IT & Telecom, Islamabad
    Email: hassan.naqvi@moitt.gov.pk

2.  It is further informed that Pakistan Telecommunication Authority (PTA) will be represented at ITU Telecom World 2019 separately.

Regards,

(Muhammad Imran Khattak)
Section Officer (ITU)
Ministry of IT & Telecom
Tel: +92-51-9206147"""

add(key="en_015", kind="nomination", lang="en", state="PAK",
    delegates=[D("Syed Hassan Raza Naqvi", "Director General (International Cooperation)", "hassan.naqvi@moitt.gov.pk")],
    sessions=["budapest-2019"],
    frm=("Section Officer (ITU)", "so.itu@moitt.gov.pk"), to="sme@itu.int",
    subject="Nomination - Consultation Session on Tech & Innovation SMEs, Budapest",
    recv="2019-08-17 00:12:03 +0200", relay=("mail.moitt.gov.pk", "58.65.176.30"), tz="+0500",
    date="Fri, 16 Aug 2019 23:58:10 +0500", mid=("exchange", "moitt.gov.pk"), crlf=True,
    body=T(PAK_BODY, cs="us-ascii", cte="7bit"))

# ==================================================================================================
# FRENCH

SEN_BODY = """Monsieur,

Faisant suite à la lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous confirmer l'intérêt du Sénégal pour les sessions de consultation « Favoriser les PME innovantes du secteur technologique ».

Pour la première session, prévue le 10 septembre 2019 à Budapest en marge d'ITU Telecom World 2019, l'Autorité de Régulation des Télécommunications et des Postes (ARTP) désigne :

Prénom : Mamadou Lamine
Nom : NDIAYE
Fonction : Chef de la Division Innovation et Économie numérique
Courriel : mamadoulamine.ndiaye@artp.sn
Téléphone : +221 33 869 03 69

Vous en souhaitant bonne réception, je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Aminata SOW DIALLO
Directrice de la Coopération internationale
ARTP Sénégal
Immeuble Thiargane, Route des Almadies, Dakar"""

add(key="fr_001", kind="nomination", lang="fr", state="SEN",
    delegates=[D("Mamadou Lamine NDIAYE", "Chef de la Division Innovation et Économie numérique",
                 "mamadoulamine.ndiaye@artp.sn", ["NDIAYE Mamadou Lamine"])],
    sessions=["budapest-2019"],
    frm=("Aminata SOW DIALLO", "aminata.diallo@artp.sn"), hcs="iso-8859-1", henc="Q", to="sme@itu.int",
    subject="Réponse à la circulaire CI-19/35 – Désignation du représentant du Sénégal",
    recv="2019-08-06 12:33:18 +0200", relay=("smtp.artp.sn", "41.214.74.18"), tz="+0000",
    mid=("thunderbird", "artp.sn"), extra=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:60.0) Gecko/20100101 Thunderbird/60.8.0"),
                                         ("Content-Language", "fr")],
    body=T(SEN_BODY.replace("–", "-"), cs="iso-8859-1"))

CIV_BODY = """N° 0847/MPCI/GVA/2019

La Mission Permanente de la République de Côte d’Ivoire auprès de l’Office des Nations Unies et des autres Organisations Internationales à Genève présente ses compliments au Secrétariat général de l’Union Internationale des Télécommunications (UIT) et, se référant à la lettre circulaire CI-19/35 du 23 juillet 2019, a l’honneur de lui faire connaître que le Gouvernement ivoirien est intéressé par la série de consultations intitulée « Favoriser les PME innovantes du secteur technologique ».

À cet effet, le Ministère de l’Économie Numérique et de la Poste a désigné Monsieur YAO Kouassi Jean-Baptiste, Conseiller Technique du Ministre, chargé de l’Innovation, pour prendre part à la première session, prévue le 10 septembre 2019 à Budapest (Hongrie), ainsi qu’à celle qui se tiendra en marge du Forum du SMSI 2020.

Contact : kjb.yao@telecom.gouv.ci

La Mission Permanente de la République de Côte d’Ivoire auprès de l’Office des Nations Unies et des autres Organisations Internationales à Genève saisit cette occasion pour renouveler au Secrétariat général de l’UIT les assurances de sa haute considération.

Genève, le 12 août 2019

(Note verbale originale en pièce jointe)"""

add(key="fr_002", kind="nomination", lang="fr", state="CIV",
    delegates=[D("YAO Kouassi Jean-Baptiste", "Conseiller Technique du Ministre, chargé de l’Innovation", "kjb.yao@telecom.gouv.ci")],
    sessions=["budapest-2019", "wsis-2020"],
    frm=("Mission Permanente CI Geneve", "mission.cotedivoire@bluewin.ch"), to="sme@itu.int",
    subject="Note verbale - Lettre circulaire CI-19/35",
    recv="2019-08-12 17:45:26 +0200", relay=("smtp.bluewin.ch", "195.186.227.50"), tz="+0200",
    mid=("dot", "bluewin.ch"), extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
    body=MULTI("mixed", [T(CIV_BODY, cs="iso-8859-1", codec="cp1252", cte="8bit"),
                         ATT(fake_pdf("Note verbale No 0847/MPCI/GVA/2019"), "application/pdf", "NV_0847_UIT_CI-19-35.pdf")],
               nextpart_boundary("fr_002")))

TUN_BODY = """Bonjour,

Suite à votre circulaire CI-19/35, je vous informe que la Tunisie est intéressée par la première session de consultation sur les PME technologiques et innovantes, à Budapest le 10 septembre.

Le nom du participant vous sera communiqué dans les meilleurs délais, dès validation par le Cabinet.

Cordialement,

Hichem Ben Salah
Sous-directeur de la coopération multilatérale
Ministère des Technologies de la Communication et de l'Économie Numérique
3 bis, rue d'Angleterre – 1000 Tunis"""

add(key="fr_003", kind="interest_only", lang="fr", state="TUN", delegates=[], sessions=["budapest-2019"],
    frm=("Hichem Ben Salah", "hichem.bensalah@mtcen.gov.tn"), to="sme@itu.int",
    subject="Circulaire CI-19/35",
    recv="2019-08-02 10:12:44 +0200", relay=("mail.mtcen.gov.tn", "197.13.9.40"), tz="+0100",
    mid=("zimbra", "mtcen.gov.tn"),
    body=T(TUN_BODY, cte="8bit"))

CMR_BODY = """Monsieur Clark,

Nous revenons vers vous au sujet de notre courriel du 5 août 2019 portant désignation du représentant du Cameroun à la session de consultation du 10 septembre 2019 à Budapest.

Une erreur s'est glissée dans l'orthographe du nom de notre délégué. Il convient de lire :

   M. Emmanuel NGUEMA ABESSOLO (avec deux « S »)
   Sous-Directeur des Services numériques, MINPOSTEL
   e.nguemaabessolo@minpostel.gov.cm

et non « Emmanuel NGUEMA ABESOLO » comme indiqué précédemment. L'adresse électronique a également été corrigée.

Avec nos excuses pour ce désagrément.

Bien cordialement,

Pour le Ministre et par ordre,
Le Chef de la Cellule de la Coopération
Dr. Pierre-Marie ESSOMBA

Le 05/08/2019 à 14:22, Cellule de la Coopération MINPOSTEL a écrit :
> Monsieur,
>
> En réponse à la lettre circulaire CI-19/35, le Ministère des Postes et
> Télécommunications (MINPOSTEL) a l'honneur de vous communiquer le nom
> du représentant du Cameroun à la première session de consultation
> (Budapest, 10 septembre 2019) :
>
> M. Emmanuel NGUEMA ABESOLO, Sous-Directeur des Services numériques
> Courriel : e.nguemaabesolo@minpostel.gov.cm
>
> Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.
>
> Dr. Pierre-Marie ESSOMBA"""

add(key="fr_004", kind="correction", lang="fr", state="CMR",
    delegates=[D("Emmanuel NGUEMA ABESSOLO", "Sous-Directeur des Services numériques, MINPOSTEL", "e.nguemaabessolo@minpostel.gov.cm")],
    sessions=["budapest-2019"], supersedes="<5D47F0A2.3080406@minpostel.gov.cm>",
    frm=("Cellule de la Coopération MINPOSTEL", "cooperation@minpostel.gov.cm"), hcs="utf-8", henc="Q", to="sme@itu.int",
    subject="Re: Désignation du Cameroun - Session de consultation PME (CI-19/35) - RECTIFICATIF",
    recv="2019-08-08 11:05:09 +0200", relay=("mail.minpostel.gov.cm", "195.24.207.91"), tz="+0100",
    mid=("dot", "minpostel.gov.cm"),
    extra=[("In-Reply-To", "<5D47F0A2.3080406@minpostel.gov.cm>"), ("References", "<5D47F0A2.3080406@minpostel.gov.cm>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")],
    body=T(CMR_BODY, params="; format=flowed"))

CHE_BODY = """Monsieur,

Nous vous remercions de votre lettre circulaire CI-19/35.

La Suisse participera volontiers à la première session de consultation à Budapest le 10 septembre 2019. Nous y serons représentés par Madame Séverine Rochat, conseillère scientifique à la section Affaires internationales de l'Office fédéral de la communication (OFCOM), severine.rochat@bakom.admin.ch.

En ce qui concerne les sessions prévues en 2020 (GTC et Forum du SMSI), nous ne manquerons pas de revenir vers vous en temps voulu.

Avec nos meilleures salutations

Matthias Kessler
Chef de section suppléant, Affaires internationales
Office fédéral de la communication OFCOM
Rue de l'Avenir 44, 2501 Bienne
Tél. +41 58 460 55 11
matthias.kessler@bakom.admin.ch
www.ofcom.admin.ch"""

add(key="fr_005", kind="nomination", lang="fr", state="CHE",
    delegates=[D("Séverine Rochat", "conseillère scientifique, section Affaires internationales, OFCOM", "severine.rochat@bakom.admin.ch")],
    sessions=["budapest-2019"],
    frm=("Kessler Matthias BAKOM", "Matthias.Kessler@bakom.admin.ch"), to="\"sme@itu.int\" <sme@itu.int>",
    cc="Rochat Séverine BAKOM <Severine.Rochat@bakom.admin.ch>",
    subject="CI-19/35 - participation de la Suisse",
    recv="2019-08-14 09:02:33 +0200", relay=("mail.admin.ch", "162.23.32.71"), tz="+0000",
    mid=("exchange", "bit.admin.ch"), extra=[("Content-Language", "de-CH")],
    body=MULTI("alternative", [T(CHE_BODY), T(outlook_html(CHE_BODY, lang="FR-CH"), sub="html")], outlook_boundary("fr_005")))

BFA_OOO = """Bonjour,

Je suis en mission jusqu'au 23 août 2019 avec un accès limité à ma messagerie.
Pour toute urgence, veuillez contacter M. Olivier KABORÉ (olivier.kabore@arcep.bf, +226 25 37 53 60).

Cordialement,
Issa SAWADOGO

---

I am currently on mission until 23 August 2019 with limited access to e-mail.
For urgent matters, please contact Mr Olivier KABORÉ."""

add(key="fr_006", kind="auto_reply", lang="fr", state=None, delegates=[], sessions=[],
    frm=("Issa SAWADOGO", "issa.sawadogo@arcep.bf"), to="SME <sme@itu.int>",
    subject="Réponse automatique : Rappel : CI-19/35 – désignations attendues au 16 août 2019",
    recv="2019-08-08 15:40:02 +0200", relay=("mail.arcep.bf", "196.28.245.3"), tz="+0000",
    mid=("exchange", "arcep.bf"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", "<reminder-CI-19-35.20190808@itu.int>")],
    body=T(BFA_OOO, cs="iso-8859-1", cte="quoted-printable"))

HTI_BODY = """Bonjour M. Clark,

Le Conseil National des Télécommunications (CONATEL) a bien reçu la circulaire CI-19/35 et vous en remercie.

Avant de procéder à la désignation de notre représentant, nous souhaiterions savoir si l'UIT prévoit une prise en charge (bourse) pour les participants des pays les moins avancés, et si la session de Budapest sera accessible à distance.

Dans l'attente de votre retour, veuillez agréer nos salutations distinguées.

Jean-Robert Pierre-Louis
Directeur des Relations Internationales
CONATEL – Haïti
16, avenue Marie-Jeanne, Port-au-Prince"""

add(key="fr_007", kind="inquiry", lang="fr", state="HTI", delegates=[], sessions=[],
    frm=("Jean-Robert Pierre-Louis", "jrpierrelouis@conatel.gouv.ht"), to="sme@itu.int",
    subject="Demande d'information - circulaire CI-19/35",
    recv="2019-08-05 22:18:51 +0200", relay=("mail.conatel.gouv.ht", "200.113.232.11"), tz="-0400",
    mid=("dot", "conatel.gouv.ht"),
    body=T(HTI_BODY, cs="windows-1252", cte="8bit"))

MAR_BODY = """Monsieur,

En réponse à la lettre circulaire de l'UIT CI-19/35, et avec nos excuses pour ce retard, l'Agence Nationale de Réglementation des Télécommunications (ANRT) a le plaisir de vous communiquer les noms des deux représentants du Royaume du Maroc à la première session de consultation (ITU Telecom World 2019, Budapest, 10 septembre 2019) :

- M. Youssef EL AMRANI, Chef de Service Économie numérique – elamrani.y@anrt.ma
- Mme Salma BENNANI SMIRES, Ingénieure principale, Département Prospective – bennani.s@anrt.ma

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

Sara EL IDRISSI
Division Coopération et Relations Internationales
ANRT – Rabat

-------- Message d'origine --------
""" + quoted(CIRC_FR)

add(key="fr_008", kind="nomination", lang="fr", state="MAR",
    delegates=[D("Youssef EL AMRANI", "Chef de Service Économie numérique", "elamrani.y@anrt.ma"),
               D("Salma BENNANI SMIRES", "Ingénieure principale, Département Prospective", "bennani.s@anrt.ma")],
    sessions=["budapest-2019"],
    frm=("Sara EL IDRISSI", "elidrissi.s@anrt.ma"), to="sme@itu.int",
    subject="TR: Lettre circulaire CI-19/35 - Désignation des représentants du Maroc",
    recv="2019-08-22 10:03:51 +0200", relay=("mail.anrt.ma", "196.200.131.4"), tz="+0100",
    mid=("exchange", "anrt.ma"),
    body=MULTI("alternative", [T(MAR_BODY, cte="base64"), T(gmail_html(MAR_BODY), sub="html", cte="base64")], outlook_boundary("fr_008")))

# ==================================================================================================
# SPANISH

MEX_BODY = """Estimado Sr. Clark:

Me refiero a la Circular CI-19/35 de la UIT, relativa a las sesiones de consulta para los Estados Miembros "Fomento de las pymes tecnológicas e innovadoras".

Al respecto, me permito informarle que el Instituto Federal de Telecomunicaciones (IFT) tiene interés en participar y designa a la Mtra. Mariana Gutiérrez Olvera, Directora de Organismos Multilaterales, como participante en la primera sesión de consulta, que tendrá lugar el 10 de septiembre en Budapest, Hungría. Asimismo, nos interesa participar en la sesión que se celebrará durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, a la cual asistiría también la Mtra. Gutiérrez.

Datos de contacto: mariana.gutierrez@ift.org.mx, tel. +52 55 5015 4000 ext. 4127.

Sin otro particular, le envío un cordial saludo.

Héctor Villaseñor Cruz
Titular de la Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México

De: SME <sme@itu.int>
Enviado el: martes, 23 de julio de 2019 10:02
Asunto: Circular CI-19/35

""" + CIRC_ES

add(key="es_001", kind="nomination", lang="es", state="MEX",
    delegates=[D("Mariana Gutiérrez Olvera", "Directora de Organismos Multilaterales", "mariana.gutierrez@ift.org.mx")],
    sessions=["budapest-2019", "cwg-2020"],
    frm=("Héctor Villaseñor Cruz", "hector.villasenor@ift.org.mx"), hcs="iso-8859-1", henc="Q", to="sme@itu.int",
    subject="RE: Circular CI-19/35",
    recv="2019-08-13 01:27:15 +0200", relay=("correo.ift.org.mx", "200.57.183.20"), tz="-0500",
    mid=("exchange", "ift.org.mx"), extra=[("Content-Language", "en-US"), ("Thread-Topic", "Circular CI-19/35")],
    body=MULTI("alternative", [T(MEX_BODY), T(outlook_html(MEX_BODY, lang="ES-MX"), sub="html")], outlook_boundary("es_001")))

ARG_BODY = """De mi mayor consideración:

Tengo el agrado de dirigirme a usted en relación con la Circular CI-19/35, a fin de informarle que la Secretaría de Gobierno de Modernización de la República Argentina desea participar en la sesión de consulta "Fomento de las pymes tecnológicas e innovadoras" que se llevará a cabo en Budapest el próximo 10 de septiembre.

A tal efecto, se designa al Ing. Federico Martín Iturraspe, Director Nacional de Desarrollo de la Economía del Conocimiento (fiturraspe@modernizacion.gob.ar).

Cabe señalar que el Lic. Pablo Quiroga, de nuestra Cancillería, ya se encuentra acreditado para ITU Telecom World 2019 como parte de la delegación oficial, pero no participará en la sesión de consulta.

Sin otro particular, saludo a usted muy atentamente.

Florencia Aguirre
Coordinación de Asuntos Internacionales
Secretaría de Gobierno de Modernización
Jefatura de Gabinete de Ministros
Av. Roque Sáenz Peña 511, C.A.B.A."""

add(key="es_002", kind="nomination", lang="es", state="ARG",
    delegates=[D("Federico Martín Iturraspe", "Director Nacional de Desarrollo de la Economía del Conocimiento",
                 "fiturraspe@modernizacion.gob.ar")],
    sessions=["budapest-2019"],
    frm=("Florencia Aguirre", "faguirre@modernizacion.gob.ar"), to="sme@itu.int",
    subject="Circular CI-19/35 - Designación Argentina",
    recv="2019-08-15 20:11:38 +0200", relay=("mail.modernizacion.gob.ar", "190.210.73.18"), tz="-0300",
    mid=("zimbra", "modernizacion.gob.ar"),
    body=T(ARG_BODY, cs="iso-8859-1"))

COL_BODY = """Apreciado señor Clark:

Reciba un cordial saludo del Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia.

Agradecemos la invitación a la serie de consultas sobre pymes de tecnología e innovación. Lamentablemente, por compromisos de agenda adquiridos con anterioridad, Colombia no podrá participar en esta oportunidad.

Quedamos atentos a futuras convocatorias.

Cordialmente,

Andrés Felipe Moreno Castaño
Asesor – Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Bogotá D.C."""

add(key="es_003", kind="decline", lang="es", state="COL", delegates=[], sessions=[],
    frm=("Andrés Felipe Moreno Castaño", "amoreno@mintic.gov.co"), to="sme@itu.int",
    subject="RE: CI-19/35",
    recv="2019-08-09 23:02:47 +0200", relay=("mail-bn3nam01on0091.outbound.protection.outlook.com", "104.47.33.91"), tz="-0500",
    mid=("outlook", ""),
    body=MULTI("alternative", [T(COL_BODY), T(outlook_html(COL_BODY, lang="ES-CO"), sub="html")], outlook_boundary("es_003")))

ESP_ORIG = """Estimados señores:

En respuesta a la carta circular CI-19/35, la Secretaría de Estado para el Avance Digital del Ministerio de Economía y Empresa comunica su interés en las sesiones de consulta "Fomento de las pymes tecnológicas e innovadoras" y propone como participante en la primera sesión (Budapest, 10 de septiembre de 2019) a:

D.ª Lucía Manzanares Ortiz
Consejera Técnica, Subdirección General de Relaciones Internacionales
lucia.manzanares@economia.gob.es

Reciban un cordial saludo,

Javier Ortega Lafuente
Subdirector General Adjunto de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa del Ministerio de Economía y Empresa. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía."""

add(key="es_005", kind="nomination", lang="es", state="ESP",
    delegates=[D("Lucía Manzanares Ortiz", "Consejera Técnica, Subdirección General de Relaciones Internacionales",
                 "lucia.manzanares@economia.gob.es")],
    sessions=["budapest-2019"],
    frm=("Ortega Lafuente, Javier", "javier.ortega@economia.gob.es"), to="sme@itu.int",
    subject="Respuesta de España a la carta circular CI-19/35",
    recv="2019-08-01 13:44:09 +0200", relay=("correo.economia.gob.es", "194.224.118.31"), tz="+0200",
    mid=("exchange", "economia.gob.es"),
    body=T(ESP_ORIG))

ESP_CORR = """Estimados señores:

En relación con nuestro correo del pasado 1 de agosto, les informamos de que, por razones de agenda, D.ª Lucía Manzanares Ortiz no podrá desplazarse a Budapest el 10 de septiembre.

Les rogamos, por tanto, que anulen su inscripción en esa sesión y la tengan en cuenta, en su lugar, para la sesión que se celebrará en el marco del Foro de la CMSI 2020.

Disculpen las molestias.

Un saludo,

Javier Ortega Lafuente
Subdirector General Adjunto de Relaciones Internacionales
Secretaría de Estado para el Avance Digital

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa del Ministerio de Economía y Empresa. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía."""

add(key="es_004", kind="correction", lang="es", state="ESP",
    delegates=[D("Lucía Manzanares Ortiz")], sessions=["wsis-2020"], supersedes="key:es_005",
    frm=("Ortega Lafuente, Javier", "javier.ortega@economia.gob.es"), to="sme@itu.int",
    subject="CI-19/35 - Cambio en la participación de España",
    recv="2019-08-12 12:06:50 +0200", relay=("correo.economia.gob.es", "194.224.118.31"), tz="+0200",
    mid=("exchange", "economia.gob.es"),
    body=T(ESP_CORR))

PER_BODY = """Señores
Secretaría de la Unión Internacional de Telecomunicaciones
Presente.-

Asunto: Circular CI-19/35

De nuestra consideración:

Por medio del presente, el Ministerio de Transportes y Comunicaciones del Perú saluda a la UIT y manifiesta su interés en la serie de sesiones de consulta sobre pymes tecnológicas e innovadoras.

Debido a restricciones presupuestales no nos será posible viajar a Budapest; no obstante, el Perú desea participar en las sesiones que se realicen en 2020, durante las reuniones de los Grupos de Trabajo del Consejo y en el Foro de la CMSI. Oportunamente les haremos llegar el nombre del representante.

Atentamente,

Rosa María Quispe Huamán
Directora de Políticas y Regulación en Comunicaciones (e)
Dirección General de Políticas y Regulación en Comunicaciones
Ministerio de Transportes y Comunicaciones"""

add(key="es_006", kind="interest_only", lang="es", state="PER", delegates=[], sessions=["cwg-2020", "wsis-2020"],
    frm=("Rosa María Quispe Huamán", "rquispe@mtc.gob.pe"), hcs="windows-1252", henc="Q", to="sme@itu.int",
    subject="Circular CI-19/35 - Perú",
    recv="2019-08-14 18:30:05 +0200", relay=("mail.mtc.gob.pe", "190.102.148.70"), tz="-0500",
    mid=("dot", "mtc.gob.pe"),
    body=T(PER_BODY, cs="windows-1252", cte="8bit"))

CHL_BODY = """Estimados,

Junto con saludar, y dentro de plazo (¡esperamos!), la Subsecretaría de Telecomunicaciones de Chile confirma su interés en la primera sesión de consulta y nomina a la siguiente funcionaria:

Nombre: Camila Fernanda Rojas Undurraga
Cargo: Jefa de la División Política Regulatoria y Estudios
Correo: crojas@subtel.gob.cl
Sesión: Budapest, 10 de septiembre de 2019

Saludos cordiales,

Ignacio Valdivia S.
Relaciones Internacionales | SUBTEL
Amunátegui 139, Santiago"""

add(key="es_007", kind="nomination", lang="es", state="CHL",
    delegates=[D("Camila Fernanda Rojas Undurraga", "Jefa de la División Política Regulatoria y Estudios", "crojas@subtel.gob.cl")],
    sessions=["budapest-2019"],
    frm=("Ignacio Valdivia S.", "ivaldivia@subtel.gob.cl"), to="sme@itu.int",
    subject="Nominación Chile - sesión de consulta pymes (CI-19/35)",
    recv="2019-08-16 23:46:02 +0200", relay=("mail.subtel.gob.cl", "200.75.7.109"), tz="-0400",
    date="Fri, 16 Aug 2019 17:45:00 -0400", mid=("outlook", ""),
    body=T(CHL_BODY, cte="8bit"))

# ==================================================================================================
# ARABIC

SAU_BODY = """السيد/ كريستوفر كلارك        المحترم
أمانة الاتحاد الدولي للاتصالات

السلام عليكم ورحمة الله وبركاته،

إشارة إلى الخطاب الدوري رقم CI-19/35 وتاريخ 23 يوليو 2019م بشأن جلسات التشاور للدول الأعضاء حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، تود هيئة الاتصالات وتقنية المعلومات بالمملكة العربية السعودية إبداء اهتمامها بالمشاركة، وترشيح الآتي بيانه لحضور الجلسة الأولى المقرر عقدها في بودابست بتاريخ 10 سبتمبر 2019م:

الاسم: م. فيصل بن عبدالعزيز القحطاني (Eng. Faisal bin Abdulaziz Alqahtani)
المسمى الوظيفي: مدير عام الشؤون الدولية المكلف
البريد الإلكتروني: f.alqahtani@citc.gov.sa
الجوال: +966 55 481 2290

وتقبلوا خالص التحية والتقدير،،،

نواف سعد الدوسري
إدارة المنظمات الدولية
هيئة الاتصالات وتقنية المعلومات
الرياض - المملكة العربية السعودية"""

add(key="ar_001", kind="nomination", lang="ar", state="SAU",
    delegates=[D("فيصل بن عبدالعزيز القحطاني", "مدير عام الشؤون الدولية المكلف", "f.alqahtani@citc.gov.sa",
                 ["Faisal bin Abdulaziz Alqahtani"])],
    sessions=["budapest-2019"],
    frm=("نواف سعد الدوسري", "n.aldossari@citc.gov.sa"), hcs="windows-1256", henc="B", to="sme@itu.int",
    subject="ترشيح ممثل المملكة العربية السعودية - الخطاب الدوري CI-19/35",
    recv="2019-08-11 09:14:27 +0200", relay=("mail.citc.gov.sa", "212.26.18.51"), tz="+0300",
    mid=("exchange", "citc.gov.sa"),
    body=T(SAU_BODY, cs="windows-1256", cte="8bit"))

JOR_BODY = """حضرات السادة في أمانة الاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة CI-19/35، يسر وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية أن تعلمكم باهتمامها بسلسلة جلسات التشاور، وبترشيح السيدة رنا عادل الخطيب، مديرة مديرية الريادة والابتكار، للمشاركة في الجلسة الأولى التي ستعقد في بودابست خلال تليكوم العالمي 2019.

البريد الإلكتروني للمرشحة: rana.khatib@modee.gov.jo

مع فائق الاحترام،

م. محمد الزعبي
مديرية التعاون الدولي
وزارة الاقتصاد الرقمي والريادة
عمّان – الأردن

-----Original Message-----
From: SME <sme@itu.int>
Sent: Tuesday, July 23, 2019 6:02 PM
Subject: رسالة معممة CI-19/35

""" + CIRC_AR

add(key="ar_002", kind="nomination", lang="ar", state="JOR",
    delegates=[D("رنا عادل الخطيب", "مديرة مديرية الريادة والابتكار", "rana.khatib@modee.gov.jo")],
    sessions=["budapest-2019"],
    frm=("Mohammad Al-Zoubi", "m.alzoubi@modee.gov.jo"), to="SME <sme@itu.int>",
    subject="RE: رسالة معممة CI-19/35",
    recv="2019-08-04 10:58:41 +0200", relay=("mail.modee.gov.jo", "86.108.7.155"), tz="+0300",
    mid=("exchange", "modee.gov.jo"), extra=[("Content-Language", "ar-JO")],
    body=T(JOR_BODY, cte="base64"))

ARE_BODY = """السادة/ الاتحاد الدولي للاتصالات                    المحترمين

تحية طيبة وبعد،،

بالإشارة إلى الرسالة الدورية رقم (CI-19/35)، يسرّ هيئة تنظيم الاتصالات في دولة الإمارات العربية المتحدة إفادتكم باهتمام الدولة بالمشاركة في جلسات التشاور، وترشيح كل من:

1- المهندسة/ عائشة خليفة الظاهري – مديرة إدارة الابتكار الرقمي – البريد: aisha.aldhaheri@tra.gov.ae
2- السيد/ حمد سالم الكعبي – أخصائي أول سياسات – البريد: hamad.alkaabi@tra.gov.ae

وذلك للمشاركة في الجلسة الأولى في بودابست (10 سبتمبر 2019)، وكذلك في الجلسة التي ستعقد على هامش اجتماعات أفرقة العمل التابعة للمجلس مطلع عام 2020.

وتفضلوا بقبول فائق الاحترام والتقدير،،

قسم العلاقات الدولية
هيئة تنظيم الاتصالات
دولة الإمارات العربية المتحدة

تنويه: هذه الرسالة الإلكترونية ومرفقاتها سرية ومخصصة فقط للمرسل إليه. إذا وصلتك هذه الرسالة عن طريق الخطأ، يرجى إبلاغ المرسل وحذفها فوراً.
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee."""

add(key="ar_003", kind="nomination", lang="ar", state="ARE",
    delegates=[D("عائشة خليفة الظاهري", "مديرة إدارة الابتكار الرقمي", "aisha.aldhaheri@tra.gov.ae"),
               D("حمد سالم الكعبي", "أخصائي أول سياسات", "hamad.alkaabi@tra.gov.ae")],
    sessions=["budapest-2019", "cwg-2020"],
    frm=("International Affairs - TRA", "intl.affairs@tra.gov.ae"), to="sme@itu.int",
    subject="ترشيحات دولة الإمارات - جلسات التشاور CI-19/35",
    recv="2019-08-15 08:22:16 +0200", relay=("mail.tra.gov.ae", "94.200.42.17"), tz="+0400",
    mid=("exchange", "tra.gov.ae"),
    body=MULTI("alternative", [T(ARE_BODY, cte="base64"), T(outlook_html(ARE_BODY, lang="AR-AE", rtl=True), sub="html", cte="base64")],
               outlook_boundary("ar_003")))

OMN_BODY = """السلام عليكم ورحمة الله،

بخصوص الرسالة المعممة CI-19/35 حول جلسات التشاور الخاصة بالشركات الصغيرة والمتوسطة، نود الاستفسار عن الآتي:

1. هل يمكن ترشيح أكثر من مشارك واحد للجلسة الأولى في بودابست؟
2. هل ستتوفر الترجمة الفورية إلى اللغة العربية خلال الجلسة؟
3. هل هناك جدول أعمال مبدئي يمكن الاطلاع عليه قبل تأكيد الترشيح؟

شاكرين لكم حسن تعاونكم.

سالم بن حمد الحارثي
دائرة العلاقات الدولية
هيئة تنظيم الاتصالات – سلطنة عمان"""

add(key="ar_004", kind="inquiry", lang="ar", state="OMN", delegates=[], sessions=[],
    frm=("Salim Al-Harthy", "salim.alharthy@tra.gov.om"), to="sme@itu.int",
    subject="استفسار بخصوص CI-19/35",
    recv="2019-07-31 11:09:53 +0200", relay=("mail.tra.gov.om", "85.154.250.36"), tz="+0400",
    mid=("exchange", "tra.gov.om"),
    body=T(OMN_BODY))

LBN_HTML = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="rtl" style="font-family:'Simplified Arabic',serif;font-size:14pt">
<p style="text-align:center"><b>البعثة الدائمة للجمهورية اللبنانية<br>جنيف</b></p>
<p>الرقم: 2019/412</p>
<p>تهدي البعثة الدائمة للجمهورية اللبنانية لدى مكتب الأمم المتحدة والمنظمات الدولية في جنيف أطيب تحياتها إلى الأمانة العامة للاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة المعممة رقم CI-19/35، تتشرف بإعلامها باهتمام وزارة الاتصالات اللبنانية بالمشاركة في جلسة التشاور الأولى التي ستعقد في بودابست بتاريخ 10 أيلول/سبتمبر 2019، على أن يتم إبلاغكم باسم المشارك في أقرب وقت ممكن.</p>
<p>وتغتنم البعثة الدائمة هذه المناسبة لتعرب للأمانة العامة للاتحاد عن فائق احترامها وتقديرها.</p>
<p style="text-align:left">جنيف في 19 آب/أغسطس 2019</p>
</body></html>"""

add(key="ar_005", kind="interest_only", lang="ar", state="LBN", delegates=[], sessions=["budapest-2019"],
    frm=("Mission du Liban", "mission.liban@bluewin.ch"), to="sme@itu.int",
    subject="Lebanon - CI-19/35",
    recv="2019-08-19 11:27:40 +0200", relay=("smtp.bluewin.ch", "195.186.227.49"), tz="+0200",
    mid=("dot", "bluewin.ch"),
    body=T(LBN_HTML, sub="html"))

KWT_BODY = """السادة / أمانة الاتحاد الدولي للاتصالات          المحترمين

تحية طيبة وبعد،

إلحاقاً برسالتنا السابقة المؤرخة 6 أغسطس 2019 بشأن ترشيح ممثل دولة الكويت لجلسة التشاور الأولى في بودابست، نود إفادتكم بتعديل الترشيح ليكون على النحو التالي:

الاسم: عبدالله فهد العنزي
الوظيفة: مراقب - إدارة تقنية المعلومات
البريد الإلكتروني: a.alenezi@citra.gov.kw

وذلك بدلاً من السيد/ خالد ناصر المطيري، نظراً لارتباطه بمهام رسمية أخرى.

وتفضلوا بقبول فائق الاحترام،

إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات
دولة الكويت"""

add(key="ar_006", kind="correction", lang="ar", state="KWT",
    delegates=[D("عبدالله فهد العنزي", "مراقب - إدارة تقنية المعلومات", "a.alenezi@citra.gov.kw")],
    sessions=["budapest-2019"], supersedes=None,
    frm=("CITRA International Relations", "ir@citra.gov.kw"), to="sme@itu.int",
    subject="تعديل ترشيح - CI-19/35",
    recv="2019-08-11 13:37:21 +0200", relay=("mail.citra.gov.kw", "168.187.28.90"), tz="+0300",
    mid=("exchange", "citra.gov.kw"),
    body=T(KWT_BODY, cs="windows-1256"))

# ==================================================================================================
# RUSSIAN

RUS_BODY = """Уважаемый господин Кларк!

В ответ на циркулярное письмо МСЭ CI-19/35 от 23 июля 2019 г. Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации подтверждает заинтересованность в участии в консультационных сессиях "Содействие развитию технологических и инновационных МСП".

Для участия в первой сессии (10 сентября 2019 г., Будапешт, в рамках ITU Telecom World 2019) направляем следующую кандидатуру:

Фамилия: Орлов
Имя: Пётр
Отчество: Сергеевич
Должность: заместитель директора Департамента международного сотрудничества
E-mail: ps.orlov@minsvyaz.ru
Тел.: +7 495 987-65-43

С уважением,
Е.А. Смирнова
консультант отдела многостороннего сотрудничества
Департамент международного сотрудничества
Минкомсвязь России"""

add(key="ru_001", kind="nomination", lang="ru", state="RUS",
    delegates=[D("Пётр Сергеевич Орлов", "заместитель директора Департамента международного сотрудничества",
                 "ps.orlov@minsvyaz.ru", ["Орлов Пётр Сергеевич"])],
    sessions=["budapest-2019"],
    frm=("Смирнова Екатерина Андреевна", "e.smirnova@minsvyaz.ru"), hcs="koi8-r", henc="B", to="sme@itu.int",
    subject="Ответ на циркулярное письмо CI-19/35",
    recv="2019-08-06 14:21:08 +0200", relay=("mx.minsvyaz.ru", "95.173.128.82"), tz="+0300",
    mid=("exchange", "minsvyaz.ru"),
    body=T(RUS_BODY, cs="koi8-r", cte="8bit"))

RUS_CORR = """Уважаемый господин Кларк!

В дополнение к нашему письму от 6 августа просим зарегистрировать Орлова Петра Сергеевича также для участия в консультационной сессии, которая пройдет в ходе собраний Рабочих групп Совета в начале 2020 года. Участие в сессии в Будапеште остается в силе.

С уважением,
Е.А. Смирнова
Департамент международного сотрудничества
Минкомсвязь России

-----Original Message-----
From: Смирнова Екатерина Андреевна
Sent: Tuesday, August 6, 2019 3:21 PM
To: sme@itu.int
Subject: Ответ на циркулярное письмо CI-19/35

""" + RUS_BODY

add(key="ru_006", kind="correction", lang="ru", state="RUS",
    delegates=[D("Орлов Петр Сергеевич", None, None, ["Орлова Петра Сергеевича"])],
    sessions=["budapest-2019", "cwg-2020"], supersedes="key:ru_001",
    frm=("Смирнова Екатерина Андреевна", "e.smirnova@minsvyaz.ru"), to="sme@itu.int",
    subject="RE: Ответ на циркулярное письмо CI-19/35",
    recv="2019-08-15 10:48:33 +0200", relay=("mx.minsvyaz.ru", "95.173.128.82"), tz="+0300",
    mid=("exchange", "minsvyaz.ru"), extra=[("In-Reply-To", "{mid:ru_001}"), ("References", "{mid:ru_001}")],
    body=MULTI("alternative", [T(RUS_CORR), T(outlook_html(RUS_CORR, lang="RU"), sub="html")], outlook_boundary("ru_006")))

BLR_BODY = """Международный союз электросвязи
Господину К. Кларку

О консультационных сессиях по МСП

Министерство связи и информатизации Республики Беларусь свидетельствует свое уважение Международному союзу электросвязи и, ссылаясь на циркулярное письмо CI-19/35, сообщает о заинтересованности белорусской стороны в участии в первой консультационной сессии (Будапешт, 10 сентября 2019 г.).

Просим включить в список участников сессии начальника отдела международного сотрудничества Жуковского Андрея Викторовича (тел. +375 17 287 87 21, e-mail: a.zhukovsky@mpt.gov.by).

Заместитель Министра                                Д.Н. Шведов

Исп. Ковальчук И.В., +375 17 287 86 40"""

add(key="ru_002", kind="nomination", lang="ru", state="BLR",
    delegates=[D("Жуковский Андрей Викторович", "начальник отдела международного сотрудничества", "a.zhukovsky@mpt.gov.by",
                 ["Жуковского Андрея Викторовича"])],
    sessions=["budapest-2019"],
    frm=("Ковальчук Ирина", "i.kovalchuk@mpt.gov.by"), hcs="windows-1251", henc="B", to="sme@itu.int",
    subject="О консультационных сессиях по МСП (CI-19/35)",
    recv="2019-08-09 08:35:12 +0200", relay=("mail.mpt.gov.by", "93.84.112.38"), tz="+0300",
    mid=("dot", "mpt.gov.by"), extra=[("X-Mailer", "The Bat! (v8.8.9) Professional")],
    body=T(BLR_BODY, cs="windows-1251", cte="8bit"))

KAZ_BODY = """Уважаемые коллеги!

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан выражает заинтересованность в участии в консультационных сессиях МСЭ по вопросам поддержки технологических и инновационных МСП (CI-19/35).

Для участия в первой сессии в г. Будапешт (10.09.2019), а также в сессии в рамках Форума ВВУИО 2020 года предлагаем следующих представителей:

1. Сулейменова А.Б. – директор Департамента развития цифровой экономики, a.suleimenova@mdai.gov.kz;
2. Нурланов Е.К. – главный эксперт Департамента международного сотрудничества, e.nurlanov@mdai.gov.kz.

С уважением,
Департамент международного сотрудничества
МЦРИАП РК
г. Нур-Султан"""

add(key="ru_003", kind="nomination", lang="ru", state="KAZ",
    delegates=[D("Сулейменова А.Б.", "директор Департамента развития цифровой экономики", "a.suleimenova@mdai.gov.kz"),
               D("Нурланов Е.К.", "главный эксперт Департамента международного сотрудничества", "e.nurlanov@mdai.gov.kz")],
    sessions=["budapest-2019", "wsis-2020"],
    frm=("Department of International Cooperation", "dmc@mdai.gov.kz"), to="sme@itu.int",
    subject="CI-19/35 Казахстан",
    recv="2019-08-14 06:52:40 +0200", relay=("mail.mdai.gov.kz", "195.12.113.44"), tz="+0600",
    mid=("outlook", ""),
    body=T(KAZ_BODY))

UZB_BODY = """Уважаемый г-н Кларк,

Министерство по развитию информационных технологий и коммуникаций Республики Узбекистан выражает признательность за приглашение принять участие в консультационных сессиях для Государств-Членов.

К сожалению, в связи с плотным графиком мероприятий в сентябре т.г. узбекская сторона не имеет возможности направить своего представителя в Будапешт. Просим держать нас в курсе дальнейших мероприятий.

С уважением,
Жасур Махмудов
главный специалист
Управление международного сотрудничества
Мининфоком Республики Узбекистан"""

add(key="ru_004", kind="decline", lang="ru", state="UZB", delegates=[], sessions=[],
    frm=("Махмудов Ж.", "j.mahmudov@mitc.uz"), hcs="windows-1251", henc="B", to="sme@itu.int",
    subject="Re: CI-19/35",
    recv="2019-08-16 09:19:55 +0200", relay=("mail.mitc.uz", "84.54.75.10"), tz="+0500",
    mid=("dot", "mitc.uz"),
    body=T(UZB_BODY, cs="windows-1251", cte="base64"))

MDN_TEXT = """Ваше сообщение

  Кому: Назаров Рустам
  Тема: Напоминание: CI-19/35 - консультационные сессии по МСП
  Отправлено: 08.08.2019 16:02

было прочитано 09.08.2019 8:47."""

MDN_PART = """Reporting-UA: tcs.tj; Microsoft Outlook 16.0
Final-Recipient: rfc822;r.nazarov@tcs.tj
Original-Message-ID: <reminder-CI-19-35.20190808@itu.int>
Disposition: manual-action/MDN-sent-manually; displayed"""

add(key="ru_005", kind="auto_reply", lang="ru", state=None, delegates=[], sessions=[],
    frm=("Назаров Рустам", "r.nazarov@tcs.tj"), to="SME <sme@itu.int>",
    subject="Прочитано: Напоминание: CI-19/35 - консультационные сессии по МСП",
    recv="2019-08-09 07:47:31 +0200", relay=("mail.tcs.tj", "217.11.176.5"), tz="+0500",
    mid=("exchange", "tcs.tj"),
    body=MULTI("report", [T(MDN_TEXT, cte="base64"), RAWPART("message/disposition-notification", MDN_PART)],
               nextpart_boundary("ru_005"), params=" report-type=disposition-notification;"))

# ==================================================================================================
# CHINESE

CHN_BODY = """尊敬的克拉克先生：

您好！

关于国际电联第CI-19/35号通函，中国工业和信息化部对“促进科技和创新型中小企业发展”系列磋商会表示关注，并愿派员参加定于2019年9月10日在匈牙利布达佩斯（国际电联2019年世界电信展期间）举行的首次磋商会。

参会人员信息如下：
姓名：李海涛（LI Haitao）
职务：工业和信息化部国际合作司 多边处 处长
邮箱：lihaitao@miit.gov.cn
电话：+86 10 6820 5678

顺致敬意！

工业和信息化部国际合作司
2019年8月9日"""

add(key="zh_001", kind="nomination", lang="zh", state="CHN",
    delegates=[D("李海涛", "工业和信息化部国际合作司 多边处 处长", "lihaitao@miit.gov.cn", ["LI Haitao"])],
    sessions=["budapest-2019"],
    frm=("国际合作司", "gjs@miit.gov.cn"), hcs="gbk", henc="B", to="sme@itu.int",
    subject="回复：国际电联通函CI-19/35 中方参会人员",
    recv="2019-08-09 04:55:07 +0200", relay=("mail.miit.gov.cn", "202.106.121.33"), tz="+0800",
    mid=("dot", "miit.gov.cn"), extra=[("X-Mailer", "Coremail Webmail Server Version XT5.0.10")],
    body=T(CHN_BODY, cs="gbk", cte="base64"))

TWN_BODY = """您好：

智聯物聯網科技股份有限公司將於9月9日至12日參加在匈牙利布達佩斯舉行的2019年國際電信聯盟世界電信展（ITU Telecom World 2019），展位號碼：Hall C／C215。

誠摯邀請您蒞臨參觀，了解我們最新的NB-IoT智慧農業解決方案。現場另有產品經理陳怡君小姐提供一對一解說。

預約洽談請回覆本郵件或致電 +886-2-2798-1234。

智聯物聯網科技 行銷部 敬上

若您不希望再收到本公司訊息，請回覆「取消訂閱」。"""

add(key="zh_002", kind="unrelated", lang="zh", state=None, delegates=[], sessions=[],
    frm=("智聯物聯網科技", "marketing@zhilian-iot.com.tw"), hcs="big5", henc="B", to="sme@itu.int",
    subject="【邀請】2019 ITU世界電信展 布達佩斯 — 歡迎蒞臨智聯物聯網展位",
    recv="2019-08-27 05:31:12 +0200", relay=("mail.zhilian-iot.com.tw", "60.250.143.19"), tz="+0800",
    mid=("dot", "zhilian-iot.com.tw"),
    body=MULTI("alternative", [T(TWN_BODY, cs="big5", cte="base64"),
                               T(plain_html(TWN_BODY, font="PMingLiU"), cs="big5", sub="html", cte="base64")],
               nextpart_boundary("zh_002")))

CHN_OOO = """您好！我于8月5日至8月16日休假，期间无法及时回复邮件。如有急事，请联系陈志强（电话：010-6820 5532）。

Thank you for your email. I am on leave from 5 to 16 August and will reply upon my return. For urgent matters, please contact Mr. CHEN Zhiqiang (+86 10 6820 5532).

王芳"""

add(key="zh_003", kind="auto_reply", lang="zh", state=None, delegates=[], sessions=[],
    frm=("王芳", "wangfang@miit.gov.cn"), to="sme@itu.int",
    subject="自动回复: 提醒：CI-19/35 – 8月16日截止",
    recv="2019-08-08 16:05:50 +0200", relay=("mail.miit.gov.cn", "202.106.121.33"), tz="+0800",
    mid=("dot", "miit.gov.cn"), extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.10")],
    body=T(CHN_OOO, cte="base64"))

NGO_BODY = """国际电联秘书处：

您好！我会是深圳一家服务科技型中小企业的行业协会，现有会员企业三百余家。从贵联官网获悉第CI-19/35号通函及9月10日布达佩斯磋商会的信息。

请问：
1. 磋商会是否仅限成员国代表参加？行业协会或企业代表可否列席？
2. 如可参加，是否需要通过我国主管部门报名？

盼复为感。

深圳市科技创新中小企业协会 国际合作部
刘佳
电话：0755-8832 6710"""

add(key="zh_004", kind="inquiry", lang="zh", state=None, delegates=[], sessions=[],
    frm=("深圳市科技创新中小企业协会", "intl@szsme-assoc.org.cn"), hcs="gb2312", henc="B", to="sme@itu.int",
    subject="咨询：CI-19/35号通函磋商会参会资格",
    recv="2019-08-12 07:40:19 +0200", relay=("smtp.qiye.163.com", "220.181.97.148"), tz="+0800",
    mid=("dot", "szsme-assoc.org.cn"), extra=[("X-Mailer", "Foxmail 7.2.9.156[cn]")],
    body=T(NGO_BODY, cs="gb2312", cte="base64"))

# ==================================================================================================
# PORTUGUESE

PRT_BODY = """Exmos. Senhores,

Em resposta à Carta Circular CI-19/35, de 23 de julho de 2019, a ANACOM - Autoridade Nacional de Comunicações vem manifestar o interesse de Portugal em participar nas sessões de consulta "Fomentar as PME tecnológicas e de inovação".

Para a primeira sessão, a realizar no dia 10 de setembro, em Budapeste, indicamos a Dra. Inês Carvalho Sampaio, Técnica Superior da Direção de Relações Internacionais (ines.sampaio@anacom.pt).

Com os melhores cumprimentos,

Rui Pedro Figueiredo
Diretor-Adjunto de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12 - 1099-017 Lisboa

Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por engano, por favor informe o remetente e elimine-a."""

add(key="pt_001", kind="nomination", lang="pt", state="PRT",
    delegates=[D("Inês Carvalho Sampaio", "Técnica Superior da Direção de Relações Internacionais", "ines.sampaio@anacom.pt")],
    sessions=["budapest-2019"],
    frm=("Rui Pedro Figueiredo", "rui.figueiredo@anacom.pt"), to="sme@itu.int",
    subject="CI-19/35 - Indicação de Portugal",
    recv="2019-08-08 11:49:30 +0200", relay=("mail.anacom.pt", "193.126.11.90"), tz="+0100",
    mid=("exchange", "anacom.pt"),
    body=T(PRT_BODY, cs="iso-8859-1"))

AGO_BODY = """Bom dia Senhor Clark,

Sou o ponto focal do Ministério das Telecomunicações e Tecnologias de Informação de Angola para os assuntos da UIT.

Confirmamos o interesse de Angola nas sessões de consulta sobre PME de tecnologia e inovação. Como já estarei em Budapeste para o ITU Telecom World, eu próprio participarei na sessão de 10 de Setembro em representação de Angola.

Peço desculpa por escrever a partir do meu email pessoal; o servidor do Ministério está com problemas.

Cumprimentos,

Edson Manuel Kiala
Chefe de Departamento de Cooperação Internacional
Gabinete de Intercâmbio Internacional
MTTI - Angola
Tel: +244 923 456 781

Enviado do Yahoo Mail no Android"""

add(key="pt_002", kind="nomination", lang="pt", state="AGO",
    delegates=[D("Edson Manuel Kiala", "Chefe de Departamento de Cooperação Internacional", "edsonkiala@yahoo.com", ["Edson Kiala"])],
    sessions=["budapest-2019"],
    frm=("Edson Kiala", "edsonkiala@yahoo.com"), to="\"sme@itu.int\" <sme@itu.int>",
    subject="Angola - sessão de consulta PME",
    recv="2019-08-15 10:02:14 +0200", relay=("sonic309-21.consmr.mail.ir2.yahoo.com", "77.238.176.148"), tz="+0100",
    mid=("yahoo", ""), extra=[("X-Mailer", "WebService/1.1.14204 YahooMailAndroidMobile YMobile/1.0")],
    body=MULTI("alternative", [T(AGO_BODY), T(plain_html(AGO_BODY, font="Helvetica"), sub="html")], generic_boundary("pt_002")))

CPV_BODY = """Exmo. Senhor,

A Agência Reguladora Multissetorial da Economia (ARME) agradece o convite endereçado a Cabo Verde através da Circular CI-19/35, e tomou boa nota da iniciativa, que considera de grande relevância para os pequenos Estados insulares.

Lamentamos, contudo, informar que, de momento, não estão reunidas as condições para assegurar a nossa participação nestas sessões.

Acompanharemos com interesse os resultados dos trabalhos.

Com os melhores cumprimentos,

Carla Monteiro Lopes
Técnica de Relações Internacionais
ARME - Praia, Cabo Verde"""

add(key="pt_003", kind="decline", lang="pt", state="CPV", delegates=[], sessions=[],
    frm=("Carla Monteiro Lopes", "carla.lopes@arme.cv"), to="sme@itu.int",
    subject="Circular CI-19/35",
    recv="2019-08-13 17:36:58 +0200", relay=("mail.arme.cv", "41.221.198.12"), tz="-0100",
    mid=("zimbra", "arme.cv"),
    body=T(CPV_BODY, cte="8bit"))

MOZ_BODY = """Caro Sr. Christopher Clark,

Saudações do Instituto Nacional das Comunicações de Moçambique (INCM).

Em resposta à circular CI-19/35, Moçambique manifesta interesse em participar em todas as sessões da série de consultas (Budapeste, reuniões dos Grupos de Trabalho do Conselho e Fórum CMSI 2020).

Indicamos como participante:
Nome: Celso Armando Macuácua
Função: Chefe do Departamento de Estudos e Inovação
E-mail: cmacuacua@incm.gov.mz

Melhores cumprimentos,

Fátima Sitoe
Gabinete de Relações Internacionais, INCM
Av. Eduardo Mondlane, 123 – Maputo"""

add(key="pt_004", kind="nomination", lang="pt", state="MOZ",
    delegates=[D("Celso Armando Macuácua", "Chefe do Departamento de Estudos e Inovação", "cmacuacua@incm.gov.mz")],
    sessions=["budapest-2019", "cwg-2020", "wsis-2020"],
    frm=("Fátima Sitoe", "fsitoe@incm.gov.mz"), hcs="windows-1252", henc="Q", to="sme@itu.int",
    subject="Moçambique - CI-19/35",
    recv="2019-08-07 14:14:41 +0200", relay=("mail.incm.gov.mz", "196.3.96.50"), tz="+0200",
    mid=("exchange", "incm.gov.mz"),
    body=T(MOZ_BODY, cs="windows-1252"))

# ==================================================================================================
# GERMAN

DEU_BODY = """Sehr geehrter Herr Clark,

vielen Dank für das Rundschreiben CI-19/35.

Deutschland nimmt gern an der Konsultationsreihe „Fostering tech and innovation SMEs“ teil. Für die erste Sitzung am 10. September 2019 in Budapest benennen wir

Frau Dr. Katharina Lindemann-Brauer
Referatsleiterin VIB3 – Internationale Digital- und Postpolitik
Bundesministerium für Wirtschaft und Energie
E-Mail: katharina.lindemann-brauer@bmwi.bund.de

Über eine Teilnahme an den weiteren Sitzungen im Jahr 2020 entscheiden wir, sobald Termine und Tagesordnung feststehen.

Mit freundlichen Grüßen
Im Auftrag

Sebastian Huber
Referat VIB3
Bundesministerium für Wirtschaft und Energie
Scharnhorststraße 34-37, 10115 Berlin
Tel.: +49 30 18615-6612"""

add(key="de_001", kind="nomination", lang="de", state="DEU",
    delegates=[D("Katharina Lindemann-Brauer", "Referatsleiterin VIB3 – Internationale Digital- und Postpolitik",
                 "katharina.lindemann-brauer@bmwi.bund.de")],
    sessions=["budapest-2019"],
    frm=("Huber, Sebastian - VIB3", "sebastian.huber@bmwi.bund.de"), to="\"'sme@itu.int'\" <sme@itu.int>",
    cc="\"Lindemann-Brauer, Katharina, Dr. - VIB3\" <katharina.lindemann-brauer@bmwi.bund.de>",
    subject="AW: CI-19/35 - Benennung Deutschland",
    recv="2019-08-05 15:12:20 +0200", relay=("mail.bund.de", "77.87.228.66"), tz="+0000",
    mid=("exchange", "bmwi.bund.de"), extra=[("Content-Language", "de-DE")],
    body=MULTI("alternative", [T(DEU_BODY), T(outlook_html(DEU_BODY, lang="DE"), sub="html")], outlook_boundary("de_001")))

AUT_BODY = """Sehr geehrte Damen und Herren,

Österreich bekundet hiermit Interesse an der ersten Konsultationssitzung im Rahmen der ITU Telecom World 2019 in Budapest.

Die Nominierung des/der Teilnehmers/in wird nach Abschluss der internen Abstimmung nachgereicht.

Mit freundlichen Grüßen

Mag. Gerhard Pichler
Bundesministerium für Verkehr, Innovation und Technologie
Abteilung III/PT2 - Internationale Angelegenheiten
Radetzkystraße 2, 1030 Wien"""

add(key="de_002", kind="interest_only", lang="de", state="AUT", delegates=[], sessions=["budapest-2019"],
    frm=("Pichler Gerhard", "gerhard.pichler@bmvit.gv.at"), to="sme@itu.int",
    subject="ITU CI-19/35 - Interessensbekundung Österreich",
    recv="2019-08-14 13:50:33 +0200", relay=("mail.bmvit.gv.at", "193.171.152.40"), tz="+0200",
    mid=("exchange", "bmvit.gv.at"),
    body=T(AUT_BODY, cs="iso-8859-1", cte="8bit"))

LIE_BODY = """Sehr geehrter Herr Clark

Besten Dank für Ihre Einladung. Liechtenstein wird an den Konsultationen leider nicht teilnehmen können.

Freundliche Grüsse

Corinne Frommelt
Amt für Kommunikation
Fürstentum Liechtenstein
Städtle 38, 9490 Vaduz"""

add(key="de_003", kind="decline", lang="de", state="LIE", delegates=[], sessions=[],
    frm=("Frommelt Corinne", "corinne.frommelt@llv.li"), to="sme@itu.int",
    subject="AW: CI-19/35",
    recv="2019-07-26 10:15:48 +0200", relay=("mail.llv.li", "193.222.113.20"), tz="+0200",
    mid=("exchange", "llv.li"),
    body=T(LIE_BODY, cs="iso-8859-1"))

DEU_OOO = """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 30.08.2019 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Herrn Tobias Wendler (tobias.wendler@bnetza.de, Tel. 0228 14-5532).

Mit freundlichen Grüßen
Anja Krämer"""

add(key="de_004", kind="auto_reply", lang="de", state=None, delegates=[], sessions=[],
    frm=("Krämer, Anja", "anja.kraemer@bnetza.de"), hcs="iso-8859-1", henc="Q", to="SME <sme@itu.int>",
    subject="Abwesenheitsnotiz: Erinnerung: CI-19/35 - Benennungen bis 16. August 2019",
    recv="2019-08-08 16:03:37 +0200", relay=("mail.bnetza.de", "194.25.97.2"), tz="+0200",
    mid=("exchange", "bnetza.de"), extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    body=T(DEU_OOO))

NDR_DE_TEXT = """Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:

m.hofer@bmvit.gv.at
Das E-Mail-Konto existiert in der Organisation nicht, an die diese Nachricht gesendet wurde. Überprüfen Sie die E-Mail-Adresse, oder wenden Sie sich direkt an den Empfänger, um die korrekte Adresse zu erhalten.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.bmvit.gv.at

m.hofer@bmvit.gv.at
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprüngliche Nachrichtenkopfzeilen:

From: SME <sme@itu.int>
To: "m.hofer@bmvit.gv.at" <m.hofer@bmvit.gv.at>
Subject: Erinnerung: CI-19/35 - Benennungen bis 16. August 2019 / Reminder: nominations due 16 August
Date: Thu, 8 Aug 2019 14:02:11 +0000"""

NDR_DE_DSN = """Reporting-MTA: dns;EXCH02.bmvit.gv.at
Received-From-MTA: dns;mx2.itu.int
Arrival-Date: Thu, 8 Aug 2019 14:02:19 +0000

Final-Recipient: rfc822;m.hofer@bmvit.gv.at
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"""

NDR_DE_HDRS = """From: SME <sme@itu.int>
To: "m.hofer@bmvit.gv.at" <m.hofer@bmvit.gv.at>
Subject: Erinnerung: CI-19/35 - Benennungen bis 16. August 2019 / Reminder:
 nominations due 16 August
Date: Thu, 8 Aug 2019 14:02:11 +0000
Message-ID: <reminder-CI-19-35.20190808@itu.int>
MIME-Version: 1.0"""

add(key="de_005", kind="bounce", lang="de", state=None, delegates=[], sessions=[],
    frm=("Microsoft Outlook", "postmaster@bmvit.gv.at"), to="SME <sme@itu.int>",
    subject="Unzustellbar: Erinnerung: CI-19/35 - Benennungen bis 16. August 2019 / Reminder: nominations due 16 August",
    recv="2019-08-08 16:02:24 +0200", relay=("mail.bmvit.gv.at", "193.171.152.40"), tz="+0000",
    mid=("exchange", "bmvit.gv.at"), extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    body=MULTI("report", [T(NDR_DE_TEXT), RAWPART("message/delivery-status", NDR_DE_DSN),
                          RAWPART("text/rfc822-headers", NDR_DE_HDRS)],
               outlook_boundary("de_005"), params=" report-type=delivery-status;"))

# ==================================================================================================
# ITALIAN

ITA_BODY = """Gentile Dott. Clark,

in riscontro alla Lettera Circolare CI-19/35 del 23 luglio u.s., si comunica l'interesse dell'Italia a partecipare alla serie di consultazioni "Fostering tech and innovation SMEs".

Per la prima sessione, che si terrà a Budapest il 10 settembre p.v. nell'ambito di ITU Telecom World 2019, si designa l'Ing. Alessandro Bellucci, Dirigente della Divisione III – Politiche per l'innovazione (alessandro.bellucci@mise.gov.it).

Alla sessione prevista in occasione del Forum WSIS 2020 parteciperà invece la Dott.ssa Chiara Ferrante, funzionaria della medesima Divisione (chiara.ferrante@mise.gov.it).

Cordiali saluti,

Francesca Romano
Ministero dello Sviluppo Economico
Direzione Generale per le tecnologie delle comunicazioni e la sicurezza informatica
Viale America 201 – 00144 Roma"""

add(key="it_001", kind="nomination", lang="it", state="ITA",
    delegates=[D("Alessandro Bellucci", "Dirigente della Divisione III – Politiche per l'innovazione", "alessandro.bellucci@mise.gov.it"),
               D("Chiara Ferrante", "funzionaria della Divisione III", "chiara.ferrante@mise.gov.it")],
    sessions=["budapest-2019", "wsis-2020"],
    frm=("Romano Francesca", "francesca.romano@mise.gov.it"), to="sme@itu.int",
    subject="Lettera Circolare CI-19/35 - designazione Italia",
    recv="2019-08-06 16:27:05 +0200", relay=("mail.mise.gov.it", "151.1.180.37"), tz="+0200",
    mid=("lotus", "mise.gov.it"), extra=[("X-Mailer", "Lotus Notes Release 9.0.1FP10 SHF68 December 13, 2018")],
    body=T(ITA_BODY, cs="windows-1252"))

SMR_BODY = """Buongiorno,

la Segreteria di Stato per l'Industria, Artigianato e Commercio, Ricerca Tecnologica, Semplificazione Normativa della Repubblica di San Marino manifesta il proprio interesse per la sessione di consultazione di Budapest del 10 settembre.

Il nominativo del partecipante sara' comunicato entro la fine del mese.

Distinti saluti

Ufficio di Segreteria
Segreteria di Stato Industria, Artigianato e Commercio
Repubblica di San Marino"""

add(key="it_002", kind="interest_only", lang="it", state="SMR", delegates=[], sessions=["budapest-2019"],
    frm=("Segreteria Industria", "segreteria.industria@gov.sm"), to="sme@itu.int",
    subject="Circolare ITU CI-19/35",
    recv="2019-08-16 12:40:29 +0200", relay=("mail.gov.sm", "85.18.40.161"), tz="+0200",
    mid=("dot", "gov.sm"),
    body=T(SMR_BODY, cs="us-ascii", cte="7bit"))

NEWS_IT_TEXT = """NEWSLETTER | Agosto 2019
Osservatorio PMI Digitali

In questo numero:

• Budapest, 9-12 settembre: l'Italia all'ITU Telecom World 2019 – le startup selezionate per il padiglione
• Bandi aperti: voucher per la digitalizzazione delle PMI (scadenza 16 settembre)
• Intervista a Giulia Marchetti, fondatrice di Agrisense: "L'IoT nei campi? È già realtà"
• Agenda: WSIS Forum 2020, Ginevra – call for proposals aperta

Leggi la newsletter completa: https://www.osservatoriopmidigitali.it/newsletter/2019-08

Ricevi questa email perché sei iscritto alla newsletter dell'Osservatorio PMI Digitali.
Per cancellarti clicca qui: https://www.osservatoriopmidigitali.it/unsubscribe"""

add(key="it_003", kind="unrelated", lang="it", state=None, delegates=[], sessions=[],
    frm=("Osservatorio PMI Digitali", "newsletter@osservatoriopmidigitali.it"), to="sme@itu.int",
    subject="Newsletter agosto: PMI italiane a Budapest, voucher digitali e molto altro",
    recv="2019-08-28 09:00:16 +0200", relay=("mta-14.mailup.it", "89.96.113.140"), tz="+0200",
    mid=("dot", "osservatoriopmidigitali.it"), extra=[("Precedence", "bulk"),
                                                    ("List-Unsubscribe", "<https://www.osservatoriopmidigitali.it/unsubscribe>")],
    body=MULTI("alternative", [T(NEWS_IT_TEXT), T(plain_html(NEWS_IT_TEXT, font="Verdana"), sub="html")], generic_boundary("it_003")))

# ==================================================================================================
# TURKISH

TUR_BODY = """Sayın Yetkili,

ITU'nun 23 Temmuz 2019 tarihli ve CI-19/35 sayılı sirküler mektubu ile duyurulan "Teknoloji ve inovasyon KOBİ'lerinin desteklenmesi" konulu istişare toplantılarına Türkiye olarak katılım sağlamak istediğimizi bildiririz.

10 Eylül 2019 tarihinde Budapeşte'de ITU Telecom World 2019 kapsamında gerçekleştirilecek ilk toplantıya Kurumumuz Dış İlişkiler Dairesi Başkanlığında görevli Bilgi Teknolojileri ve İletişim Uzmanı Elif Nur Karaağaçlı'nın katılması uygun görülmüştür.

İletişim: elifnur.karaagacli@btk.gov.tr

Bilgilerinize arz ederim.

Saygılarımla,

Mehmet Ali Yıldırım
Daire Başkan Yardımcısı
Dış İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu
Yeşilırmak Sok. No:16 Demirtepe, Ankara"""

add(key="tr_001", kind="nomination", lang="tr", state="TUR",
    delegates=[D("Elif Nur Karaağaçlı", "Bilgi Teknolojileri ve İletişim Uzmanı, Dış İlişkiler Dairesi Başkanlığı",
                 "elifnur.karaagacli@btk.gov.tr", ["Elif Nur Karaağaçlı'nın"])],
    sessions=["budapest-2019"],
    frm=("Mehmet Ali Yıldırım", "mehmetali.yildirim@btk.gov.tr"), hcs="iso-8859-9", henc="Q", to="sme@itu.int",
    subject="CI-19/35 sayılı Sirküler hk.",
    recv="2019-08-07 10:31:14 +0200", relay=("mail.btk.gov.tr", "212.175.180.5"), tz="+0300",
    mid=("exchange", "btk.gov.tr"),
    body=T(TUR_BODY, cs="iso-8859-9"))

TUR_CORR = """Mehmet Ali Yıldırım <mehmetali.yildirim@btk.gov.tr> şunu yazdı (7 Ağu 2019 11:31):
""" + quoted(TUR_BODY) + """

Sayın Yetkili,

Yukarıdaki yazımızda katılımcımızın soyadı sehven eksik yazılmıştır. Katılımcımızın adı soyadı "Elif Nur Karaağaçlıoğlu" olup e-posta adresi elifnur.karaagaclioglu@btk.gov.tr şeklindedir. Kayıtların bu doğrultuda düzeltilmesini rica ederiz.

Saygılarımla,
Mehmet Ali Yıldırım"""

add(key="tr_002", kind="correction", lang="tr", state="TUR",
    delegates=[D("Elif Nur Karaağaçlıoğlu", None, "elifnur.karaagaclioglu@btk.gov.tr")],
    sessions=["budapest-2019"], supersedes="key:tr_001",
    frm=("Mehmet Ali Yıldırım", "mehmetali.yildirim@btk.gov.tr"), to="sme@itu.int",
    subject="Ynt: CI-19/35 sayılı Sirküler hk.",
    recv="2019-08-09 08:12:57 +0200", relay=("mail.btk.gov.tr", "212.175.180.5"), tz="+0300",
    mid=("exchange", "btk.gov.tr"), extra=[("In-Reply-To", "{mid:tr_001}")],
    body=T(TUR_CORR, cte="8bit"))

# ==================================================================================================
# PERSIAN (Iran, Afghanistan)

IRN_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div dir="rtl" style="font-family:Tahoma;font-size:10pt">
<p>جناب آقای کریستوفر کلارک<br>دبیرخانه اتحادیه بین‌المللی مخابرات</p>
<p>با سلام و احترام،</p>
<p>بازگشت به نامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹ در خصوص جلسات مشورتی «حمایت از بنگاه‌های کوچک و متوسط فناوری و نوآوری»، ضمن اعلام علاقه‌مندی جمهوری اسلامی ایران به مشارکت در این جلسات، بدینوسیله جناب آقای دکتر محمدرضا صادقی‌نژاد، مدیرکل همکاری‌های بین‌الملل سازمان تنظیم مقررات و ارتباطات رادیویی، به عنوان نماینده کشورمان در نخستین جلسه که در تاریخ ۱۰ سپتامبر ۲۰۱۹ در بوداپست برگزار می‌گردد، معرفی می‌شوند.</p>
<p>نشانی پست الکترونیک: <a href="mailto:m.sadeghinejad@cra.ir">m.sadeghinejad@cra.ir</a></p>
<p>با تشکر<br>اداره کل همکاری‌های بین‌الملل<br>سازمان تنظیم مقررات و ارتباطات رادیویی</p>
</div>
</body></html>"""

add(key="fa_001", kind="nomination", lang="fa", state="IRN",
    delegates=[D("محمدرضا صادقی‌نژاد", "مدیرکل همکاری‌های بین‌الملل سازمان تنظیم مقررات و ارتباطات رادیویی", "m.sadeghinejad@cra.ir")],
    sessions=["budapest-2019"],
    frm=("International Affairs CRA", "intl@cra.ir"), to="sme@itu.int",
    subject="معرفی نماینده - CI-19/35",
    recv="2019-08-10 09:47:03 +0200", relay=("mail.cra.ir", "217.218.155.100"), tz="+0430",
    mid=("dot", "cra.ir"),
    body=T(IRN_HTML, sub="html", cte="base64"))

AFG_BODY = """محترم کریستوفر کلارک،

با عرض سلام و احترام،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان، با عرض معذرت از تأخیر، علاقه‌مندی خود را به اشتراک در جلسه مشورتی که در حاشیه مجمع WSIS سال ۲۰۲۰ برگزار خواهد شد ابراز می‌دارد. اسم نماینده ما بعداً به اطلاع شما رسانیده می‌شود.

با احترام،
احمدشاه رحیمی
آمر روابط بین‌المللی
وزارت مخابرات و تکنالوژی معلوماتی"""

add(key="fa_002", kind="interest_only", lang="fa", state="AFG", delegates=[], sessions=["wsis-2020"],
    frm=("Ahmad Shah Rahimi", "ahmadshah.rahimi@mcit.gov.af"), to="sme@itu.int",
    subject="CI-19/35 Afghanistan",
    recv="2019-08-26 08:40:12 +0200", relay=("mail.mcit.gov.af", "180.94.80.21"), tz="+0430",
    mid=("gmail", ""),
    body=T(AFG_BODY))

IRN_Q = """با سلام،

احتراماً، در خصوص جلسه مشورتی ۱۰ سپتامبر در بوداپست، خواهشمند است اعلام فرمایید آیا اتحادیه برای صدور روادید مجارستان نامه دعوت رسمی صادر می‌کند؟ همچنین آیا امکان معرفی بیش از یک نفر وجود دارد؟

با تشکر
نرگس طهرانی
کارشناس امور بین‌الملل
وزارت ارتباطات و فناوری اطلاعات"""

add(key="fa_003", kind="inquiry", lang="fa", state="IRN", delegates=[], sessions=[],
    frm=("Narges Tehrani", "n.tehrani@ict.gov.ir"), to="sme@itu.int",
    subject="Question CI-19/35 visa",
    recv="2019-08-03 10:05:26 +0200", relay=("mail.ict.gov.ir", "217.218.67.13"), tz="+0430",
    mid=("dot", "ict.gov.ir"),
    # legacy Persian in windows-1256: Persian yeh (U+06CC) is written as Arabic yeh, ZWNJ as a space
    body=T(IRN_Q.replace("ی", "ي").replace("\u200c", " ").replace("۱", "1").replace("۰", "0"),
           cs="windows-1256", cte="8bit"))

# ==================================================================================================
# INDONESIAN, MALAY

IDN_BODY = """Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran ITU Nomor CI-19/35 tanggal 23 Juli 2019, bersama ini kami sampaikan bahwa Kementerian Komunikasi dan Informatika Republik Indonesia berminat untuk berpartisipasi dalam sesi konsultasi "Fostering tech and innovation SMEs".

Adapun delegasi Indonesia untuk sesi konsultasi pertama di Budapest pada tanggal 10 September 2019 adalah sebagai berikut:

1. Bapak Arief Nugroho Wicaksono, Kepala Subdirektorat Kerja Sama Multilateral (arief.nugroho@kominfo.go.id)
2. Ibu Dewi Kartika Sari, Analis Kebijakan Ahli Muda, Direktorat Pemberdayaan Industri Informatika (dewi.kartika@kominfo.go.id)

Atas perhatian dan kerja sama Bapak, kami ucapkan terima kasih.

Hormat kami,

Bagian Kerja Sama Internasional
Biro Humas
Kementerian Komunikasi dan Informatika
Jl. Medan Merdeka Barat No. 9, Jakarta 10110"""

add(key="id_001", kind="nomination", lang="id", state="IDN",
    delegates=[D("Arief Nugroho Wicaksono", "Kepala Subdirektorat Kerja Sama Multilateral", "arief.nugroho@kominfo.go.id"),
               D("Dewi Kartika Sari", "Analis Kebijakan Ahli Muda, Direktorat Pemberdayaan Industri Informatika", "dewi.kartika@kominfo.go.id")],
    sessions=["budapest-2019"],
    frm=("Kerja Sama Internasional Kominfo", "ksi@kominfo.go.id"), to="sme@itu.int",
    subject="Delegasi Indonesia - Sesi Konsultasi ITU (CI-19/35)",
    recv="2019-08-13 06:18:44 +0200", relay=("mail.kominfo.go.id", "202.89.117.10"), tz="+0700",
    mid=("zimbra", "kominfo.go.id"),
    body=MULTI("alternative", [T(IDN_BODY), T(plain_html(IDN_BODY), sub="html")], generic_boundary("id_001")))

MYS_BODY = """Tuan/Puan,

PENCALONAN WAKIL MALAYSIA KE SESI KONSULTASI ITU "FOSTERING TECH AND INNOVATION SMEs" - SURAT PEKELILING CI-19/35

Dengan hormatnya perkara di atas adalah dirujuk.

2. Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) bagi pihak Kerajaan Malaysia ingin menyatakan minat untuk menyertai sesi konsultasi tersebut dan dengan ini mencalonkan Puan Nurul Huda binti Kamaruddin, Pengarah Bahagian Ekonomi Digital, untuk menghadiri sesi pertama di Budapest pada 10 September 2019.

3. Alamat e-mel beliau ialah nurulhuda@mcmc.gov.my.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Saya yang menjalankan amanah,

Faridah binti Abu Bakar
Jabatan Hal Ehwal Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia
Off Persiaran Multimedia, 63000 Cyberjaya, Selangor"""

add(key="ms_001", kind="nomination", lang="ms", state="MYS",
    delegates=[D("Nurul Huda binti Kamaruddin", "Pengarah Bahagian Ekonomi Digital", "nurulhuda@mcmc.gov.my")],
    sessions=["budapest-2019"],
    frm=("Faridah binti Abu Bakar", "faridah@mcmc.gov.my"), to="sme@itu.int",
    subject="PENCALONAN WAKIL MALAYSIA - CI-19/35",
    recv="2019-08-12 05:09:21 +0200", relay=("mail.mcmc.gov.my", "202.75.129.101"), tz="+0800",
    mid=("exchange", "mcmc.gov.my"),
    body=T(MYS_BODY, cs="us-ascii", cte="7bit"))

IDN_INV = """Yth. Bapak/Ibu,

Dengan hormat,

Panitia Indonesia Digital SME Summit (IDSS) 2019 mengundang Bapak/Ibu untuk menjadi pembicara pada sesi panel "Ekosistem Startup dan UMKM Digital: Pelajaran dari Forum Global", yang akan diselenggarakan pada:

Hari/Tanggal : Kamis, 24 Oktober 2019
Waktu        : 09.00 - 16.00 WIB
Tempat       : Jakarta Convention Center, Jakarta

Mengingat banyaknya pelaku UMKM Indonesia yang akan hadir di ITU Telecom World 2019 di Budapest, kami berharap dapat menghadirkan perspektif ITU dalam acara ini.

Konfirmasi kesediaan dapat disampaikan kepada Sdri. Rina Oktaviani (rina@indonesiasmedigital.id) paling lambat 30 September 2019.

Hormat kami,
Panitia IDSS 2019"""

add(key="id_003", kind="unrelated", lang="id", state=None, delegates=[], sessions=[],
    frm=("Panitia IDSS 2019", "panitia@indonesiasmedigital.id"), to="sme@itu.int",
    subject="Undangan Pembicara: Indonesia Digital SME Summit 2019",
    recv="2019-08-19 06:30:11 +0200", relay=("mail-pg1-f193.google.com", "209.85.215.193"), tz="+0700",
    mid=("gmail", ""),
    body=MULTI("alternative", [T(IDN_INV), T(gmail_html(IDN_INV), sub="html")], gmail_boundary("id_003")))

# ==================================================================================================
# SWAHILI

TZA_BODY = """Ndugu Christopher Clark,
Umoja wa Kimataifa wa Mawasiliano (ITU),
Geneva.

YAH: MIKUTANO YA MASHAURIANO KUHUSU KUKUZA KAMPUNI NDOGO NA ZA KATI ZA TEKNOLOJIA NA UBUNIFU (CI-19/35)

Tafadhali rejea barua yako yenye kumbukumbu CI-19/35 ya tarehe 23 Julai 2019.

Wizara ya Ujenzi, Uchukuzi na Mawasiliano ya Jamhuri ya Muungano wa Tanzania inapenda kukujulisha kuwa Tanzania ina nia ya kushiriki katika mikutano hiyo. Kwa ajili ya kikao cha kwanza kitakachofanyika Budapest tarehe 10 Septemba 2019, Wizara imemteua Bi. Rehema Salum Mwinyimkuu, Mkurugenzi Msaidizi wa TEHAMA, kuiwakilisha nchi.

Barua pepe: rehema.mwinyimkuu@mawasiliano.go.tz

Wako katika ujenzi wa taifa,

Eng. Juma Hamisi Mrisho
Kny: KATIBU MKUU (MAWASILIANO)
Wizara ya Ujenzi, Uchukuzi na Mawasiliano
Mji wa Serikali Mtumba, Dodoma"""

add(key="sw_001", kind="nomination", lang="sw", state="TZA",
    delegates=[D("Rehema Salum Mwinyimkuu", "Mkurugenzi Msaidizi wa TEHAMA", "rehema.mwinyimkuu@mawasiliano.go.tz")],
    sessions=["budapest-2019"],
    frm=("Wizara - Mawasiliano", "km@mawasiliano.go.tz"), to="sme@itu.int",
    subject="YAH: CI-19/35 - Uteuzi wa Mwakilishi wa Tanzania",
    recv="2019-08-10 11:55:02 +0200", relay=("mail.mawasiliano.go.tz", "196.192.72.35"), tz="+0300",
    mid=("dot", "mawasiliano.go.tz"),
    body=T(TZA_BODY, cs="us-ascii", cte="7bit"))

KEN_BODY = """Ndugu Bw. Clark,

Salamu kutoka Mamlaka ya Mawasiliano ya Kenya (CA).

Kufuatia barua yenu CI-19/35, tunapenda kuthibitisha kwamba Kenya itashiriki katika mashauriano kuhusu kampuni ndogo na za kati za teknolojia na ubunifu. Mamlaka imemteua Bw. Kiprono Cheruiyot Langat, Meneja wa Ubunifu na Maendeleo ya TEHAMA, kuhudhuria kikao cha Budapest tarehe 10 Septemba. Pia tungependa Bw. Langat ashiriki katika kikao kitakachofanyika wakati wa Jukwaa la WSIS 2020.

Barua pepe yake ni klangat@ca.go.ke.

Asante,

Wanjiku Mwangi
Afisa Mkuu, Mahusiano ya Kimataifa
Mamlaka ya Mawasiliano ya Kenya
CA Centre, Waiyaki Way, Nairobi"""

add(key="sw_002", kind="nomination", lang="sw", state="KEN",
    delegates=[D("Kiprono Cheruiyot Langat", "Meneja wa Ubunifu na Maendeleo ya TEHAMA", "klangat@ca.go.ke")],
    sessions=["budapest-2019", "wsis-2020"],
    frm=("Wanjiku Mwangi", "wmwangi@ca.go.ke"), to="sme@itu.int",
    subject="CI-19/35 - Kenya",
    recv="2019-08-16 21:05:33 +0000", relay=("mail.ca.go.ke", "41.215.130.76"), tz="+0300",
    date="Sat, 17 Aug 2019 01:10:22 +0300", mid=("outlook", ""),
    body=T(KEN_BODY, cs="us-ascii", cte="7bit"))

# ==================================================================================================
# JAPANESE

JPN_BODY = """ITU事務局
Christopher Clark様

いつもお世話になっております。
総務省国際戦略局国際政策課の鈴木です。

回章CI-19/35にてご案内いただきました「Fostering tech and innovation SMEs」協議会につきまして、日本として参加を希望いたします。

9月10日にブダペストで開催される第1回協議会には、下記の者が出席いたします。

氏名：山口 恵子（Keiko YAMAGUCHI）
所属・役職：総務省 国際戦略局 国際経済課 課長補佐
メール：k.yamaguchi@soumu.go.jp

なお、2020年の協議会への参加については、改めてご連絡いたします。

よろしくお願いいたします。

鈴木 拓也
総務省 国際戦略局 国際政策課
〒100-8926 東京都千代田区霞が関2-1-2
TEL: 03-5253-5920"""

add(key="ja_001", kind="nomination", lang="ja", state="JPN",
    delegates=[D("山口 恵子", "総務省 国際戦略局 国際経済課 課長補佐", "k.yamaguchi@soumu.go.jp", ["Keiko YAMAGUCHI"])],
    sessions=["budapest-2019"],
    frm=("鈴木 拓也", "t.suzuki@soumu.go.jp"), hcs="iso-2022-jp", henc="B", to="sme@itu.int",
    subject="【総務省】CI-19/35 協議会への参加について",
    recv="2019-08-08 03:12:45 +0200", relay=("mail.soumu.go.jp", "202.214.241.66"), tz="+0900",
    mid=("dot", "soumu.go.jp"), extra=[("X-Mailer", "Becky! ver. 2.75.01 [ja]")],
    body=T(JPN_BODY, cs="iso-2022-jp", cte="7bit"))

JPN_Q = """ITU SME事務局 御中

突然のご連絡失礼いたします。
株式会社ミライブリッジの高橋と申します。弊社は東京で中小企業向けIoTプラットフォームを開発しているスタートアップです。

貴連合の回章CI-19/35（9月10日ブダペストでの協議会）を拝見しました。
加盟国向けの協議会とのことですが、民間企業もオブザーバーとして参加することは可能でしょうか。
また、参加費や事前登録の方法についてもご教示いただけますと幸いです。

何卒よろしくお願い申し上げます。

――――――――――――――――
株式会社ミライブリッジ
海外事業部　高橋 直樹
〒105-0001 東京都港区虎ノ門1-2-3
TEL: 03-5555-0123
――――――――――――――――"""

add(key="ja_002", kind="inquiry", lang="ja", state=None, delegates=[], sessions=[],
    frm=("高橋 直樹", "takahashi@miraibridge.co.jp"), hcs="shift_jis", henc="B", to="sme@itu.int",
    subject="CI-19/35 協議会への民間企業の参加について（お問い合わせ）",
    recv="2019-08-02 04:21:09 +0200", relay=("mail.miraibridge.co.jp", "153.127.40.22"), tz="+0900",
    mid=("dot", "miraibridge.co.jp"), extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    body=T(JPN_Q, cs="shift_jis", cte="base64"))

JPN_OOO = """誠に恐れ入りますが、8月9日（金）から8月18日（日）まで夏季休暇のため不在にしております。
8月19日（月）以降、順次対応させていただきます。
お急ぎの場合は、国際政策課 松本（matsumoto-h@soumu.go.jp）までご連絡ください。

I am out of the office from 9 to 18 August with no access to e-mail.
For urgent matters, please contact Mr. Hiroshi MATSUMOTO (matsumoto-h@soumu.go.jp).

中村 亜希子"""

add(key="ja_003", kind="auto_reply", lang="ja", state=None, delegates=[], sessions=[],
    frm=("中村 亜希子", "a.nakamura@soumu.go.jp"), hcs="iso-2022-jp", henc="B", to="sme@itu.int",
    subject="自動応答: Reminder: CI-19/35 - nominations due 16 August",
    recv="2019-08-09 07:02:38 +0200", relay=("mail.soumu.go.jp", "202.214.241.66"), tz="+0900",
    mid=("dot", "soumu.go.jp"), extra=[("Auto-Submitted", "auto-replied")],
    body=T(JPN_OOO, cs="iso-2022-jp", cte="7bit"))

# ==================================================================================================
# KOREAN

KOR_BODY = """Christopher Clark 귀하,

안녕하십니까. 대한민국 과학기술정보통신부 국제협력담당관실입니다.

ITU 회람 CI-19/35와 관련하여, 우리 부는 "기술·혁신 중소기업 육성" 협의 세션에 참여하고자 합니다.

2019년 9월 10일 부다페스트(ITU Telecom World 2019 기간)에서 열리는 첫 번째 세션에는 아래와 같이 참석자를 지명합니다.

 - 성명: 김민지 사무관 (Ms. Minji KIM)
 - 소속: 과학기술정보통신부 국제협력담당관실
 - 이메일: mjkim@korea.kr

2020년 세션 참여 여부는 추후 검토하여 알려드리겠습니다.

감사합니다.

이준혁 드림
과학기술정보통신부 국제협력담당관실
세종특별자치시 갈매로 477"""

add(key="ko_001", kind="nomination", lang="ko", state="KOR",
    delegates=[D("김민지", "사무관, 과학기술정보통신부 국제협력담당관실", "mjkim@korea.kr", ["Minji KIM"])],
    sessions=["budapest-2019"],
    frm=("이준혁", "junhyuk.lee@korea.kr"), hcs="euc-kr", henc="B", to="sme@itu.int",
    subject="[과기정통부] ITU 회람 CI-19/35 참석자 통보",
    recv="2019-08-12 02:40:55 +0200", relay=("mail.korea.kr", "152.99.200.44"), tz="+0900",
    mid=("dot", "korea.kr"),
    body=T(KOR_BODY, cs="euc-kr", cte="base64"))

KOR_INV = """안녕하세요,

(사)글로벌스타트업협회입니다.

오는 9월 ITU Telecom World 2019 기간 중 부다페스트에서 "2019 글로벌 스타트업 데모데이"를 개최합니다. 한국 유망 스타트업 12개사가 참가하며, 각국 정부 및 국제기구 관계자 여러분을 초청하고자 합니다.

 - 일시: 2019년 9월 11일(수) 18:00~20:00
 - 장소: 부다페스트 Hungexpo 인근 행사장
 - 문의: 박서연 매니저 (seoyeon.park@gsa-korea.or.kr)

참석을 원하시면 9월 2일까지 회신 부탁드립니다.

감사합니다.
(사)글로벌스타트업협회 드림"""

add(key="ko_002", kind="unrelated", lang="ko", state=None, delegates=[], sessions=[],
    frm=("(사)글로벌스타트업협회", "info@gsa-korea.or.kr"), hcs="euc-kr", henc="B", to="sme@itu.int",
    subject="[초청] 2019 글로벌 스타트업 데모데이 in 부다페스트",
    recv="2019-08-21 03:15:27 +0200", relay=("mail.gsa-korea.or.kr", "211.43.203.18"), tz="+0900",
    mid=("dot", "gsa-korea.or.kr"),
    body=MULTI("alternative", [T(KOR_INV, cs="euc-kr", cte="base64"),
                               T(plain_html(KOR_INV, font="Malgun Gothic").replace("UTF-8", "euc-kr"), cs="euc-kr", sub="html", cte="base64")],
               nextpart_boundary("ko_002")))

# ==================================================================================================
# UKRAINIAN

UKR_BODY = """Шановний пане Кларк!

Національна комісія, що здійснює державне регулювання у сфері зв’язку та інформатизації (НКРЗІ), висловлює зацікавленість у консультаційних сесіях «Сприяння розвитку технологічних та інноваційних МСП» (циркулярний лист CI-19/35).

Просимо зареєструвати для участі у першій сесії, яка відбудеться 10 вересня 2019 р. у Будапешті, заступника директора Департаменту міжнародного співробітництва Коваленко Оксану Миколаївну (o.kovalenko@nkrzi.gov.ua, +380 44 226 29 51).

З повагою,
Олег Бондаренко
головний спеціаліст відділу міжнародних зв’язків
НКРЗІ"""

add(key="uk_001", kind="nomination", lang="uk", state="UKR",
    delegates=[D("Коваленко Оксана Миколаївна", "заступник директора Департаменту міжнародного співробітництва",
                 "o.kovalenko@nkrzi.gov.ua", ["Коваленко Оксану Миколаївну"])],
    sessions=["budapest-2019"],
    frm=("Бондаренко Олег", "o.bondarenko@nkrzi.gov.ua"), hcs="windows-1251", henc="B", to="sme@itu.int",
    subject="CI-19/35 - участь України",
    recv="2019-08-15 15:33:19 +0200", relay=("mail.nkrzi.gov.ua", "195.78.68.5"), tz="+0300",
    mid=("dot", "nkrzi.gov.ua"),
    body=T(UKR_BODY, cs="windows-1251"))

UKR_NGO = """Добрий день!

Громадська спілка «ІТ-підприємці України» об’єднує понад 200 малих і середніх технологічних компаній. Ми дізналися про консультаційні сесії МСЕ щодо підтримки технологічних МСП і хотіли б долучитися.

Пропонуємо кандидатуру голови правління спілки — Ярошенка Дмитра Олександровича (d.yaroshenko@itpu.org.ua) — для участі в сесії в Будапешті 10 вересня.

З повагою,
Марина Ткачук
виконавча директорка ГС «ІТ-підприємці України»
Київ"""

add(key="uk_002", kind="nomination", lang="uk", state=None,
    delegates=[D("Ярошенко Дмитро Олександрович", "голова правління ГС «ІТ-підприємці України»", "d.yaroshenko@itpu.org.ua",
                 ["Ярошенка Дмитра Олександровича"])],
    sessions=["budapest-2019"],
    frm=("Марина Ткачук", "m.tkachuk@itpu.org.ua"), to="sme@itu.int",
    subject="Участь у консультаційній сесії МСЕ (Будапешт)",
    recv="2019-08-13 13:02:47 +0200", relay=("mail-lf1-f67.google.com", "209.85.167.67"), tz="+0300",
    mid=("gmail", ""),
    body=T(UKR_NGO))

# ==================================================================================================
# POLISH

POL_BODY = """Szanowny Panie,

w odpowiedzi na list okólny ITU CI-19/35 z dnia 23 lipca 2019 r. uprzejmie informuję, że Ministerstwo Cyfryzacji jest zainteresowane udziałem w cyklu sesji konsultacyjnych "Fostering tech and innovation SMEs".

Ministerstwo zgłasza udział Pani Magdaleny Wiśniewskiej-Kozłowskiej, Naczelnik Wydziału Współpracy Wielostronnej w Departamencie Współpracy Międzynarodowej (magdalena.wisniewska-kozlowska@mc.gov.pl), w pierwszej sesji, która odbędzie się 10 września 2019 r. w Budapeszcie.

Z wyrazami szacunku

Paweł Zawadzki
Główny specjalista
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa"""

add(key="pl_001", kind="nomination", lang="pl", state="POL",
    delegates=[D("Magdalena Wiśniewska-Kozłowska", "Naczelnik Wydziału Współpracy Wielostronnej, Departament Współpracy Międzynarodowej",
                 "magdalena.wisniewska-kozlowska@mc.gov.pl", ["Magdaleny Wiśniewskiej-Kozłowskiej"])],
    sessions=["budapest-2019"],
    frm=("Zawadzki Paweł", "Pawel.Zawadzki@mc.gov.pl"), hcs="iso-8859-2", henc="Q", to="sme@itu.int",
    subject="Odp: CI-19/35 - zgłoszenie",
    recv="2019-08-12 14:20:08 +0200", relay=("mail.mc.gov.pl", "91.223.135.40"), tz="+0200",
    mid=("exchange", "mc.gov.pl"),
    body=T(POL_BODY, cs="iso-8859-2"))

UKE_BODY = """Dzień dobry,

w uzupełnieniu zgłoszenia przesłanego przez Ministerstwo Cyfryzacji (udział w sesji w Budapeszcie) uprzejmie informuję, że Urząd Komunikacji Elektronicznej chciałby wziąć udział w sesji konsultacyjnej organizowanej podczas Forum WSIS 2020. Na tę sesję zgłaszamy pana Tomasza Zielińskiego, eksperta w Departamencie Współpracy Międzynarodowej UKE (tomasz.zielinski@uke.gov.pl).

Pozdrawiam serdecznie
Agnieszka Nowicka
Departament Współpracy Międzynarodowej
Urząd Komunikacji Elektronicznej
ul. Giełdowa 7/9, 01-211 Warszawa"""

add(key="pl_002", kind="nomination", lang="pl", state="POL",
    delegates=[D("Tomasz Zieliński", "ekspert, Departament Współpracy Międzynarodowej UKE", "tomasz.zielinski@uke.gov.pl",
                 ["Tomasza Zielińskiego"])],
    sessions=["wsis-2020"],
    frm=("Nowicka Agnieszka", "agnieszka.nowicka@uke.gov.pl"), to="sme@itu.int",
    subject="CI-19/35 - UKE - sesja WSIS 2020",
    recv="2019-08-14 10:55:46 +0200", relay=("mail.uke.gov.pl", "212.160.170.65"), tz="+0200",
    mid=("exchange", "uke.gov.pl"),
    body=T(UKE_BODY, cte="base64"))

# ==================================================================================================
# DUTCH

NLD_BODY = """Geachte heer Clark,

Naar aanleiding van circulaire CI-19/35 laat ik u graag weten dat Nederland belangstelling heeft voor de consultatiesessies over innovatieve tech-mkb'ers.

Voor de eerste sessie op 10 september in Boedapest draag ik de heer drs. Jan-Pieter van der Heijden voor, senior beleidsmedewerker bij de directie Digitale Economie van het ministerie van Economische Zaken en Klimaat (j.p.vanderheijden@minezk.nl).

Met vriendelijke groet,

Marieke Bakker
Coördinator internationale telecomzaken
Directie Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73 | 2594 AC | Den Haag

Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.

This message may contain information that is not intended for you. If you are not the addressee or if this message was sent to you by mistake, you are requested to inform the sender and delete the message. The State accepts no liability for damage of any kind resulting from the risks inherent in the electronic transmission of messages."""

add(key="nl_001", kind="nomination", lang="nl", state="NLD",
    delegates=[D("Jan-Pieter van der Heijden", "senior beleidsmedewerker, directie Digitale Economie, ministerie van Economische Zaken en Klimaat",
                 "j.p.vanderheijden@minezk.nl")],
    sessions=["budapest-2019"],
    frm=("Bakker, M.J. (Marieke) (DGBI/DE)", "m.j.bakker@minezk.nl"), to="sme@itu.int",
    subject="CI-19/35 - voordracht Nederland",
    recv="2019-08-15 11:41:10 +0200", relay=("mail.rijksoverheid.nl", "147.181.97.8"), tz="+0000",
    mid=("exchange", "minez.nl"),
    body=MULTI("alternative", [T(NLD_BODY), T(outlook_html(NLD_BODY, lang="NL"), sub="html")], outlook_boundary("nl_001")))

SUR_BODY = """Geachte heer/mevrouw,

Hierbij bevestigt de Telecommunicatie Autoriteit Suriname (TAS) namens de Republiek Suriname belangstelling voor de consultatiesessie over tech- en innovatie-kmo's in Boedapest (10 september 2019).

De naam van onze deelnemer volgt zo spoedig mogelijk.

Met vriendelijke groeten,

R. Sewnarain
Afdeling Internationale Zaken
Telecommunicatie Autoriteit Suriname
Paramaribo"""

add(key="nl_002", kind="interest_only", lang="nl", state="SUR", delegates=[], sessions=["budapest-2019"],
    frm=("TAS Suriname", "info@tas.sr"), to="sme@itu.int",
    subject="Re: CI-19/35",
    recv="2019-08-15 19:58:31 +0200", relay=("mail-qt1-f182.google.com", "209.85.160.182"), tz="-0300",
    mid=("gmail", ""),
    body=T(SUR_BODY, cs="us-ascii", cte="7bit"))

# ==================================================================================================
# ROMANIAN (Romania, Moldova)

ROU_BODY = """Stimate domnule Clark,

Ca răspuns la scrisoarea circulară CI-19/35, vă comunicăm interesul României de a participa la seria de sesiuni de consultare privind IMM-urile din domeniul tehnologiei şi inovării.

ANCOM o nominalizează pe doamna Ioana-Cristina Dumitrescu, expert în cadrul Direcţiei Relaţii Internaţionale (ioana.dumitrescu@ancom.ro), pentru sesiunea de la Budapesta din 10 septembrie 2019, precum şi pentru sesiunea organizată în marja reuniunilor Grupurilor de lucru ale Consiliului de la începutul anului 2020.

Cu stimă,

Andrei Munteanu
Şef serviciu, Direcţia Relaţii Internaţionale
Autoritatea Naţională pentru Administrare şi Reglementare în Comunicaţii (ANCOM)
Str. Delea Nouă nr. 2, Bucureşti"""

add(key="ro_001", kind="nomination", lang="ro", state="ROU",
    delegates=[D("Ioana-Cristina Dumitrescu", "expert, Direcţia Relaţii Internaţionale", "ioana.dumitrescu@ancom.ro")],
    sessions=["budapest-2019", "cwg-2020"],
    frm=("Andrei Munteanu", "andrei.munteanu@ancom.ro"), to="sme@itu.int",
    subject="Raspuns CI-19/35 - Romania",
    recv="2019-08-07 09:26:40 +0200", relay=("mail.ancom.ro", "193.231.173.52"), tz="+0300",
    mid=("exchange", "ancom.ro"),
    body=T(ROU_BODY, cs="windows-1250"))

MDA_BODY = """Stimată Doamnă/Stimate Domn,

Ministerul Economiei și Infrastructurii al Republicii Moldova exprimă interesul pentru prima sesiune de consultări, organizată la 10 septembrie 2019 la Budapesta, și propune pentru participare:

CIOBANU Vitalie – șef-adjunct, Direcția politici în domeniul tehnologiei informației și comunicațiilor
e-mail: vitalie.ciobanu@mei.gov.md

Ne cerem scuze pentru întârziere.

Cu respect,
Secția relații externe
Ministerul Economiei și Infrastructurii
Piața Marii Adunări Naționale 1, Chișinău"""

add(key="ro_002", kind="nomination", lang="ro", state="MDA",
    delegates=[D("CIOBANU Vitalie", "șef-adjunct, Direcția politici în domeniul tehnologiei informației și comunicațiilor",
                 "vitalie.ciobanu@mei.gov.md")],
    sessions=["budapest-2019"],
    frm=("Secretariat MEI", "secretariat@mei.gov.md"), to="sme@itu.int",
    subject="CI-19/35 Republica Moldova",
    recv="2019-08-17 09:02:18 +0200", relay=("mail.mei.gov.md", "194.33.40.66"), tz="+0300",
    mid=("thunderbird", "mei.gov.md"),
    body=T(MDA_BODY, cte="8bit"))

# ==================================================================================================
# VIETNAMESE

VNM_BODY = """Kính gửi: Ông Christopher Clark, Ban Thư ký Liên minh Viễn thông Quốc tế (ITU)

Phúc đáp Thư thông báo CI-19/35 ngày 23/7/2019 của ITU, Bộ Thông tin và Truyền thông Việt Nam xin thông báo Việt Nam quan tâm tham gia chuỗi phiên tham vấn về thúc đẩy doanh nghiệp nhỏ và vừa trong lĩnh vực công nghệ và đổi mới sáng tạo.

Bộ Thông tin và Truyền thông xin cử các cán bộ sau tham dự phiên tham vấn thứ nhất tại Budapest, Hungary ngày 10/9/2019:

1. Ông Nguyễn Văn Thắng, Phó Vụ trưởng Vụ Hợp tác quốc tế, email: nvthang@mic.gov.vn
2. Bà Trần Thị Thu Hà, Chuyên viên chính, Cục Tin học hóa, email: ttthuha@mic.gov.vn

Trân trọng cảm ơn sự hợp tác của Quý Ban.

Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
18 Nguyễn Du, Hà Nội"""

add(key="vi_001", kind="nomination", lang="vi", state="VNM",
    delegates=[D("Nguyễn Văn Thắng", "Phó Vụ trưởng Vụ Hợp tác quốc tế", "nvthang@mic.gov.vn"),
               D("Trần Thị Thu Hà", "Chuyên viên chính, Cục Tin học hóa", "ttthuha@mic.gov.vn")],
    sessions=["budapest-2019"],
    frm=("Vụ Hợp tác quốc tế - Bộ TT&TT", "htqt@mic.gov.vn"), to="sme@itu.int",
    subject="Phúc đáp thư CI-19/35 của ITU",
    recv="2019-08-14 04:50:27 +0200", relay=("mail.mic.gov.vn", "203.162.10.75"), tz="+0700",
    mid=("dot", "mic.gov.vn"),
    body=T(VNM_BODY, cte="base64"))

VNM_CORR = """Kính gửi Ban Thư ký ITU,

Tiếp theo thư ngày 14/8/2019 về việc cử cán bộ tham dự phiên tham vấn, Bộ Thông tin và Truyền thông xin điều chỉnh như sau: bà Trần Thị Thu Hà sẽ không tham dự phiên tại Budapest mà sẽ tham dự phiên tham vấn tổ chức trong khuôn khổ Diễn đàn WSIS 2020. Ông Nguyễn Văn Thắng vẫn tham dự phiên tại Budapest như đã đăng ký.

Trân trọng,
Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông"""

add(key="vi_002", kind="correction", lang="vi", state="VNM",
    delegates=[D("Trần Thị Thu Hà"), D("Nguyễn Văn Thắng")],
    sessions=["budapest-2019", "wsis-2020"], supersedes="key:vi_001",
    frm=("Vụ Hợp tác quốc tế - Bộ TT&TT", "htqt@mic.gov.vn"), to="sme@itu.int",
    subject="Điều chỉnh: cán bộ tham dự phiên tham vấn (CI-19/35)",
    recv="2019-08-27 05:12:09 +0200", relay=("mail.mic.gov.vn", "203.162.10.75"), tz="+0700",
    mid=("dot", "mic.gov.vn"), extra=[("References", "{mid:vi_001}")],
    body=T(VNM_CORR))

# ==================================================================================================
# THAI

THA_BODY = """เรียน Mr. Christopher Clark

ตามที่ ITU ได้มีหนังสือเวียนที่ CI-19/35 ลงวันที่ 23 กรกฎาคม 2562 เชิญประเทศสมาชิกเข้าร่วมการประชุมหารือ "Fostering tech and innovation SMEs" นั้น

กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม มีความประสงค์เข้าร่วมการประชุมหารือครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562 และขอเสนอชื่อ นางสาวพิมพ์ชนก ศรีวงศ์ตระกูล (Ms. Pimchanok Sriwongtrakul) นักวิเทศสัมพันธ์ชำนาญการ กองการต่างประเทศ เป็นผู้แทน

อีเมล: pimchanok.s@mdes.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
กองการต่างประเทศ
สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"""

add(key="th_001", kind="nomination", lang="th", state="THA",
    delegates=[D("พิมพ์ชนก ศรีวงศ์ตระกูล", "นักวิเทศสัมพันธ์ชำนาญการ กองการต่างประเทศ", "pimchanok.s@mdes.go.th",
                 ["Pimchanok Sriwongtrakul"])],
    sessions=["budapest-2019"],
    frm=("กองการต่างประเทศ", "inter@mdes.go.th"), hcs="tis-620", henc="B", to="sme@itu.int",
    subject="ตอบหนังสือเวียน ITU CI-19/35",
    recv="2019-08-15 07:34:52 +0200", relay=("mail.mdes.go.th", "164.115.22.9"), tz="+0700",
    mid=("dot", "mdes.go.th"),
    body=T(THA_BODY, cs="tis-620", cte="base64"))

THA2_BODY = """เรียน ฝ่ายเลขานุการ ITU

สำนักงาน กสทช. ขออภัยในความล่าช้า และขอแจ้งความสนใจเข้าร่วมการประชุมหารือเรื่อง SMEs ด้านเทคโนโลยีและนวัตกรรม ที่จะจัดขึ้นระหว่างการประชุมคณะทำงานของคณะมนตรี ITU (CWG) ช่วงต้นปี 2563 ทั้งนี้ จะแจ้งรายชื่อผู้เข้าร่วมให้ทราบในภายหลัง

ขอแสดงความนับถือ
สำนักความร่วมมือระหว่างประเทศ
สำนักงาน กสทช."""

add(key="th_002", kind="interest_only", lang="th", state="THA", delegates=[], sessions=["cwg-2020"],
    frm=("สำนักความร่วมมือระหว่างประเทศ", "intl@nbtc.go.th"), to="sme@itu.int",
    subject="แจ้งความสนใจ CI-19/35 (CWG 2563)",
    recv="2019-08-28 09:18:36 +0200", relay=("mail.nbtc.go.th", "203.150.224.70"), tz="+0700",
    mid=("dot", "nbtc.go.th"), raw_subject=True,
    body=T(THA2_BODY, cte="8bit"))

# ==================================================================================================
# HINDI

IND_BODY = """सेवा में,
श्री क्रिस्टोफर क्लार्क,
अंतर्राष्ट्रीय दूरसंचार संघ (आईटीयू), जिनेवा

विषय: परिपत्र CI-19/35 – प्रौद्योगिकी एवं नवाचार एसएमई पर परामर्श सत्र हेतु नामांकन

महोदय,

उपर्युक्त विषय पर आईटीयू के परिपत्र दिनांक 23 जुलाई 2019 के संदर्भ में, भारत सरकार का दूरसंचार विभाग इन परामर्श सत्रों में भाग लेने में रुचि व्यक्त करता है।

बुडापेस्ट में 10 सितंबर 2019 को आयोजित होने वाले प्रथम सत्र के लिए विभाग श्री राजीव कुमार श्रीवास्तव (Shri Rajeev Kumar Srivastava), उप महानिदेशक (अंतर्राष्ट्रीय संबंध), को नामित करता है। उनका ई-मेल पता rk.srivastava@gov.in है।

भवदीय,

(सुनीता मेहरा)
अवर सचिव (आईआर)
दूरसंचार विभाग, संचार मंत्रालय
संचार भवन, 20 अशोक रोड, नई दिल्ली – 110001"""

add(key="hi_001", kind="nomination", lang="hi", state="IND",
    delegates=[D("राजीव कुमार श्रीवास्तव", "उप महानिदेशक (अंतर्राष्ट्रीय संबंध)", "rk.srivastava@gov.in", ["Rajeev Kumar Srivastava"])],
    sessions=["budapest-2019"],
    frm=("US (IR), DoT", "usir-dot@nic.in"), to="sme@itu.int",
    subject="Nomination: ITU Circular CI-19/35 (DoT, India)",
    recv="2019-08-16 13:21:07 +0200", relay=("mail.nic.in", "164.100.14.95"), tz="+0530",
    mid=("zimbra", "nic.in"),
    body=T(IND_BODY))

# ==================================================================================================
# HUNGARIAN

HUN_BODY = """Tisztelt Clark Úr!

Köszönjük a CI-19/35. számú körlevelet. Magyarország - a Telecom World 2019 házigazdájaként - örömmel vesz részt a "Fostering tech and innovation SMEs" konzultációs sorozatban.

A szeptember 10-i budapesti konzultáción Magyarországot dr. Szabó-Tóth Eszter főosztályvezető (Innovációs és Technológiai Minisztérium, Digitális Gazdaságfejlesztési Főosztály) képviseli. Elérhetősége: eszter.szabo-toth@itm.gov.hu

Üdvözlettel:

Kovács Bence
referens
Nemzetközi Kapcsolatok Főosztálya
Innovációs és Technológiai Minisztérium
1011 Budapest, Fő utca 44-50."""

add(key="hu_001", kind="nomination", lang="hu", state="HUN",
    delegates=[D("Szabó-Tóth Eszter", "főosztályvezető, Digitális Gazdaságfejlesztési Főosztály", "eszter.szabo-toth@itm.gov.hu")],
    sessions=["budapest-2019"],
    frm=("Kovács Bence", "bence.kovacs@itm.gov.hu"), hcs="iso-8859-2", henc="Q", to="sme@itu.int",
    subject="CI-19/35 - Magyarország részvétele",
    recv="2019-08-02 15:48:20 +0200", relay=("mail.itm.gov.hu", "84.206.45.17"), tz="+0200",
    mid=("exchange", "itm.gov.hu"),
    body=T(HUN_BODY, cs="iso-8859-2"))

# ==================================================================================================
# GREEK

GRC_BODY = """Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, η Εθνική Επιτροπή Τηλεπικοινωνιών και Ταχυδρομείων (ΕΕΤΤ) εκφράζει το ενδιαφέρον της Ελλάδας για τις διαβουλεύσεις σχετικά με τις τεχνολογικές και καινοτόμες ΜμΕ.

Για την πρώτη συνεδρία στη Βουδαπέστη (10 Σεπτεμβρίου 2019) ορίζουμε τον κ. Γεώργιο Δημητρίου, Προϊστάμενο του Τμήματος Διεθνών Σχέσεων (gdimitriou@eett.gr).

Με εκτίμηση,

Νικόλαος Παπαδάκης
Τμήμα Διεθνών Σχέσεων
ΕΕΤΤ
Λεωφόρος Κηφισίας 60, 151 25 Μαρούσι"""

add(key="el_001", kind="nomination", lang="el", state="GRC",
    delegates=[D("Γεώργιος Δημητρίου", "Προϊστάμενος του Τμήματος Διεθνών Σχέσεων", "gdimitriou@eett.gr", ["Γεώργιο Δημητρίου"])],
    sessions=["budapest-2019"],
    frm=("Παπαδάκης Νικόλαος", "npapadakis@eett.gr"), hcs="iso-8859-7", henc="B", to="sme@itu.int",
    subject="Απάντηση στην εγκύκλιο CI-19/35",
    recv="2019-08-09 12:10:33 +0200", relay=("mail.eett.gr", "195.251.116.27"), tz="+0300",
    mid=("dot", "eett.gr"),
    body=T(GRC_BODY, cs="iso-8859-7", cte="8bit"))

# ==================================================================================================
# CZECH

CZE_BODY = """Vážený pane Clarku,

děkujeme za pozvání k účasti na konzultačních setkáních k podpoře technologických a inovativních MSP.

Po interním projednání Vám bohužel musíme sdělit, že se Česká republika z kapacitních důvodů zasedání v Budapešti nezúčastní. Budeme však rádi, pokud nás budete o dalším vývoji iniciativy informovat.

S pozdravem

Jana Procházková
oddělení mezinárodních vztahů
Český telekomunikační úřad
Sokolovská 219, 190 00 Praha 9"""

add(key="cs_001", kind="decline", lang="cs", state="CZE", delegates=[], sessions=[],
    frm=("Procházková Jana", "prochazkovaj@ctu.cz"), hcs="iso-8859-2", henc="Q", to="sme@itu.int",
    subject="CI-19/35 - odpověď ČTÚ",
    recv="2019-08-14 14:07:45 +0200", relay=("mail.ctu.cz", "195.113.58.10"), tz="+0200",
    mid=("exchange", "ctu.cz"),
    body=T(CZE_BODY, cs="iso-8859-2", cte="8bit"))

# ==================================================================================================
# BULGARIAN

BGR_BODY = """Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35 Ви уведомяваме, че Комисията за регулиране на съобщенията (КРС) проявява интерес към консултативните сесии и определя г-жа Десислава Петрова Иванова, главен експерт в дирекция „Международна дейност“, за участник в първата сесия в Будапеща на 10 септември 2019 г.

E-mail: dpivanova@crc.bg

С уважение,
Стефан Георгиев
директор, дирекция „Международна дейност“
Комисия за регулиране на съобщенията
бул. „Гурко“ 6, София 1000"""

add(key="bg_001", kind="nomination", lang="bg", state="BGR",
    delegates=[D("Десислава Петрова Иванова", "главен експерт в дирекция „Международна дейност“", "dpivanova@crc.bg")],
    sessions=["budapest-2019"],
    frm=("Стефан Георгиев", "sgeorgiev@crc.bg"), hcs="windows-1251", henc="B", to="sme@itu.int",
    subject="CI-19/35 - КРС",
    recv=None, date="Thu, 8 Aug 2019 11:36:02 +0300", relay=None, tz="+0300",
    mid=("dot", "crc.bg"),
    body=T(BGR_BODY, cs="windows-1251", cte="8bit"))

# ==================================================================================================
# ALBANIAN, GEORGIAN, CROATIAN, SERBIAN, SWEDISH

ALB_BODY = """I nderuar z. Clark,

Në përgjigje të letrës qarkore CI-19/35, Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) konfirmon interesin e Republikës së Shqipërisë për sesionet konsultative mbi ndërmarrjet e vogla dhe të mesme teknologjike dhe inovative.

Për sesionin e parë, që do të zhvillohet më 10 shtator 2019 në Budapest, propozojmë znj. Elona Hoxha, Drejtore e Drejtorisë së Marrëdhënieve me Jashtë (ehoxha@akep.al).

Me respekt,

Ardit Shehu
Specialist, Drejtoria e Marrëdhënieve me Jashtë
AKEP, Rruga "Reshit Collaku", Tiranë"""

add(key="sq_001", kind="nomination", lang="sq", state="ALB",
    delegates=[D("Elona Hoxha", "Drejtore e Drejtorisë së Marrëdhënieve me Jashtë", "ehoxha@akep.al")],
    sessions=["budapest-2019"],
    frm=("Ardit Shehu", "ardit.shehu@akep.al"), to="sme@itu.int",
    subject="Pergjigje per CI-19/35 - AKEP",
    recv="2019-08-12 10:44:05 +0200", relay=("mail.akep.al", "80.78.72.14"), tz="+0200",
    mid=("thunderbird", "akep.al"),
    body=T(ALB_BODY, cs="iso-8859-1", cte="8bit"))

GEO_BODY = """ბატონო კრისტოფერ,

საქართველოს კომუნიკაციების ეროვნული კომისია (GNCC) ადასტურებს ინტერესს ITU-ს წრიული წერილით CI-19/35 გათვალისწინებული საკონსულტაციო სესიების მიმართ.

ბუდაპეშტში 10 სექტემბერს გასამართ პირველ სესიაზე კომისიას წარმოადგენს ნინო გელაშვილი (Nino Gelashvili), საერთაშორისო ურთიერთობების დეპარტამენტის მთავარი სპეციალისტი. ელ-ფოსტა: n.gelashvili@gncc.ge

პატივისცემით,
ლევან ბერიძე
საერთაშორისო ურთიერთობების დეპარტამენტი
საქართველოს კომუნიკაციების ეროვნული კომისია"""

add(key="ka_001", kind="nomination", lang="ka", state="GEO",
    delegates=[D("ნინო გელაშვილი", "საერთაშორისო ურთიერთობების დეპარტამენტის მთავარი სპეციალისტი", "n.gelashvili@gncc.ge",
                 ["Nino Gelashvili"])],
    sessions=["budapest-2019"],
    frm=("Levan Beridze", "l.beridze@gncc.ge"), to="sme@itu.int",
    subject="GNCC - CI-19/35",
    recv="2019-08-06 08:29:14 +0200", relay=("mail.gncc.ge", "91.151.128.39"), tz="+0400",
    mid=("gmail", ""),
    body=MULTI("alternative", [T(GEO_BODY, cte="base64"), T(gmail_html(GEO_BODY), sub="html", cte="base64")],
               gmail_boundary("ka_001")))

HRV_BODY = """Poštovani gospodine Clark,

vezano uz okružnicu CI-19/35, Hrvatska regulatorna agencija za mrežne djelatnosti (HAKOM) izražava interes za sudjelovanje u konzultacijama o tehnološkim i inovativnim malim i srednjim poduzećima.

Za prvu sesiju, 10. rujna 2019. u Budimpešti, imenujemo gospođu Ivanu Horvat Kovačević, voditeljicu Službe za međunarodnu suradnju (ivana.horvat-kovacevic@hakom.hr).

S poštovanjem,

Marko Babić
Služba za međunarodnu suradnju
HAKOM
Roberta Frangeša Mihanovića 9, 10110 Zagreb"""

add(key="hr_001", kind="nomination", lang="hr", state="HRV",
    delegates=[D("Ivana Horvat Kovačević", "voditeljica Službe za međunarodnu suradnju", "ivana.horvat-kovacevic@hakom.hr",
                 ["Ivanu Horvat Kovačević"])],
    sessions=["budapest-2019"],
    frm=("Marko Babić", "marko.babic@hakom.hr"), hcs="iso-8859-2", henc="Q", to="sme@itu.int",
    subject="Okružnica CI-19/35 - HAKOM",
    recv="2019-08-13 15:16:38 +0200", relay=("mail.hakom.hr", "213.147.111.20"), tz="+0200",
    mid=("exchange", "hakom.hr"),
    body=T(HRV_BODY, cs="iso-8859-2"))

SRB_BODY = """Поштовани господине Кларк,

Поводом циркуларног писма CI-19/35, Регулаторна агенција за електронске комуникације и поштанске услуге (РАТЕЛ) исказује интересовање за учешће у консултативним сесијама о технолошким и иновативним малим и средњим предузећима.

За прву сесију, која ће се одржати 10. септембра 2019. године у Будимпешти, именујемо господина Милана Јовановића, саветника за међународну сарадњу (milan.jovanovic@ratel.rs).

Такође, молимо да нас обавестите о терминима сесија током 2020. године.

С поштовањем,
Јелена Петровић
Одељење за међународну сарадњу
РАТЕЛ, Београд"""

add(key="sr_001", kind="nomination", lang="sr", state="SRB",
    delegates=[D("Милан Јовановић", "саветник за међународну сарадњу", "milan.jovanovic@ratel.rs", ["Милана Јовановића"])],
    sessions=["budapest-2019"],
    frm=("Јелена Петровић", "jelena.petrovic@ratel.rs"), to="sme@itu.int",
    subject="CI-19/35 - РАТЕЛ",
    recv="2019-08-08 13:57:29 +0200", relay=("mail.ratel.rs", "195.178.51.8"), tz="+0200",
    mid=("exchange", "ratel.rs"),
    body=T(SRB_BODY))

SWE_BODY = """Hej,

Tack för inbjudan. PTS deltar gärna i konsultationen i Budapest den 10 september – jag är ändå på plats under Telecom World och tar därför sessionen själv.

Vänliga hälsningar

Erik Lindqvist
Handläggare, Internationella enheten
Post- och telestyrelsen (PTS)
Box 5398, 102 49 Stockholm
Tel: +46 8 678 55 00"""

add(key="sv_001", kind="nomination", lang="sv", state="SWE",
    delegates=[D("Erik Lindqvist", "Handläggare, Internationella enheten", "erik.lindqvist@pts.se", ["Lindqvist, Erik"])],
    sessions=["budapest-2019"],
    frm=("Lindqvist, Erik", "erik.lindqvist@pts.se"), to="sme@itu.int",
    subject="SV: CI-19/35 Consultation sessions for Member States",
    recv="2019-08-16 16:20:51 +0200", relay=("mail.pts.se", "194.17.58.10"), tz="+0200",
    mid=("exchange", "pts.se"), extra=[("Content-Language", "sv-SE")],
    body=MULTI("alternative", [T(SWE_BODY), T(outlook_html(SWE_BODY, lang="SV"), sub="html")], outlook_boundary("sv_001")))



# ==================================================================================================
# rendering


def encode_addr_list(value: str) -> str:
    if value.isascii():
        return value
    display, _, rest = value.partition(" <")
    return f"{ew(display.strip(chr(34)))} <{rest}"


def qid(seed: str) -> str:
    return "46" + b62(seed, 12)


def render(spec: dict, mids: dict[str, str]) -> tuple[bytes, dict]:
    key = spec["key"]
    display, email = spec["frm"]
    hcs, henc = spec.get("hcs", "utf-8"), spec.get("henc", "B")
    sender_tz = tz(spec.get("tz", "+0000"))
    headers: list[tuple[str, str]] = []
    itu = parse_ts(spec["recv"]) if spec.get("recv") else None
    bounce = spec["kind"] == "bounce" and email.upper().startswith("MAILER-DAEMON")
    if itu is not None:
        headers.append(("Return-Path", "<>" if spec["kind"] == "bounce" else f"<{email}>"))
        headers.append(("Delivered-To", "sme@itu.int"))
        mx = "mx2.itu.int" if bounce else f"mx{1 + hint(key, 3)}.itu.int"
        if bounce:
            headers.append(("Received", f"by {mx} (Postfix)\n\tid {qid(key + 'b')}; {rfc_date(itu)} (CEST)"))
        else:
            headers.append(("Received", f"from {mx} ({mx} [156.106.4.{10 + hint(key, 20)}])\n\tby mbx02.itu.int (Postfix) "
                                        f"with ESMTPS id {qid(key + '1')}\n\tfor <sme@itu.int>; {rfc_date(itu)}"))
            headers.append(("X-Virus-Scanned", "amavisd-new at itu.int"))
            headers.append(("X-Spam-Status", f"No, score={hint(key + 's', 30) / 10:.1f} required=5.0"))
        relay = spec.get("relay")
        if relay:
            host, ip = relay
            t2 = itu - timedelta(seconds=1 + hint(key + "r", 3))
            headers.append(("Received", f"from {host} ({host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid(key + '2')}\n\t"
                                        f"for <sme@itu.int>; {rfc_date(t2)}"))
            t3 = (itu - timedelta(seconds=4 + hint(key + "t", 50))).astimezone(sender_tz)
            headers.append(("Received", f"from [10.{hint(key + 'a', 250)}.{hint(key + 'c', 250)}.{1 + hint(key + 'e', 250)}] "
                                        f"by {host} with ESMTP id {hx(key + 'i', 10, True)};\n\t{rfc_date(t3)}"))
    if spec.get("date"):
        date_header = spec["date"]
    else:
        date_header = rfc_date((itu - timedelta(seconds=9 + hint(key + "d", 80))).astimezone(sender_tz))
    mid = mids[key]
    headers.append(("From", addr(display, email, hcs, henc)))
    headers.append(("To", encode_addr_list(spec.get("to", "sme@itu.int"))))
    if spec.get("cc"):
        headers.append(("Cc", encode_addr_list(spec["cc"])))
    subject = spec["subject"]
    headers.append(("Subject", subject if spec.get("raw_subject") else ew(subject, hcs, henc)))
    headers.append(("Date", date_header))
    headers.append(("Message-ID", mid))
    for name, value in spec.get("extra", []):
        for other, other_mid in mids.items():
            value = value.replace("{mid:" + other + "}", other_mid)
        headers.append((name, value))
    headers.append(("MIME-Version", "1.0"))
    body: Part = spec["body"]
    headers.extend(body.headers)
    data = render_headers(headers) + b"\n" + body.body
    if spec.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    if itu is not None:
        received = itu
    else:
        from email.utils import parsedate_to_datetime
        received = parsedate_to_datetime(date_header)
    kind = spec["kind"]
    supersedes = spec.get("supersedes")
    if isinstance(supersedes, str) and supersedes.startswith("key:"):
        supersedes = mids[supersedes[4:]]
    label = {
        "message_id": mid,
        "file": spec["file"],
        "kind": kind,
        "language": spec["lang"],
        "member_state": None if kind in ("auto_reply", "bounce", "unrelated") else spec["state"],
        "delegates": spec["delegates"] if kind in ("nomination", "correction") else [],
        "sessions": sorted(spec["sessions"], key=["budapest-2019", "cwg-2020", "wsis-2020"].index)
        if kind in ("nomination", "interest_only", "correction") else [],
        "received_at": received.isoformat(),
        "late": (received > DEADLINE) if kind in TIMED_KINDS else None,
        "supersedes": supersedes if kind == "correction" else None,
    }
    return data, label


def assign_files() -> None:
    order = sorted(MESSAGES, key=lambda s: hx("blind-3/" + s["key"], 16))
    for number, spec in enumerate(order, 1):
        spec["file"] = f"msg_{number:03d}.eml"


def build() -> list[dict]:
    assign_files()
    mids = {}
    for spec in MESSAGES:
        style, domain = spec["mid"]
        mids[spec["key"]] = message_id(spec["key"], style, domain)
    assert len(set(mids.values())) == len(mids), "duplicate Message-ID"
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = []
    for spec in sorted(MESSAGES, key=lambda s: s["file"]):
        data, label = render(spec, mids)
        (OUT / spec["file"]).write_bytes(data)
        labels.append(label)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as handle:
        for label in labels:
            handle.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


# --------------------------------------------------------------------------------------------------
# self-check: every labelled name / e-mail can be found in the decoded message


def decoded_text(path: Path) -> str:
    import email
    from email import policy
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                text = part.get_content()
            except (LookupError, UnicodeError):
                text = part.get_payload(decode=True).decode("latin-1")
            if part.get_content_subtype() == "html":
                import re
                text = html.unescape(re.sub(r"<[^>]+>", " ", text))
            chunks.append(text)
        elif part.get_content_type() == "message/rfc822":
            chunks.append(part.as_string())
    return "\n".join(chunks)


def check(labels: list[dict]) -> int:
    import re
    problems = 0
    for label in labels:
        text = re.sub(r"\s+", " ", decoded_text(OUT / label["file"]).replace("\u00a0", " "))
        for d in label["delegates"]:
            forms = [d["name"]] + d["aliases"]
            if not any(re.sub(r"\s+", " ", f) in text for f in forms):
                print(f"{label['file']}: name not found verbatim: {forms}")
                problems += 1
            if d["email"] and d["email"] not in text:
                print(f"{label['file']}: email not found: {d['email']}")
                problems += 1
    return problems


def summary(labels: list[dict]) -> None:
    from collections import Counter
    print(f"messages: {len(labels)}")
    print("languages:", dict(sorted(Counter(l["language"] for l in labels).items(), key=lambda kv: (-kv[1], kv[0]))))
    print("kinds:", dict(Counter(l["kind"] for l in labels).most_common()))
    print("delegates:", sum(len(l["delegates"]) for l in labels))
    print("late:", sum(1 for l in labels if l["late"] is True))
    print("member states:", len({l["member_state"] for l in labels if l["member_state"]}))


if __name__ == "__main__":
    import sys
    result = build()
    if "--check" in sys.argv:
        summary(result)
        sys.exit(1 if check(result) else 0)
