#!/usr/bin/env python3
"""Generate the blind-4 labelled corpus of replies to ITU circular CI-19/35.

Every reply below was written by hand as the text a particular official (or vendor, or mail server) would send;
the generator only wraps that text in RFC 5322 / MIME structure (charset, transfer encoding, HTML, Received
headers) and writes the label a careful secretariat officer would record next to it.

Deterministic: no clock, no randomness; boundaries, queue ids and Message-IDs derive from the file name.
Uses the standard library only (``email`` for header encoding, ``base64``/``quopri`` for bodies).

Usage: python3 make_corpus.py [OUTPUT_DIR]   (default: the folder holding this script)
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
ITU = "sme@itu.int"
B = "budapest-2019"
C = "cwg-2020"
W = "wsis-2020"
TIMED_KINDS = {"nomination", "interest_only", "correction"}
SESSION_KINDS = TIMED_KINDS
DELEGATE_KINDS = {"nomination", "correction"}


# --------------------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------------------

def h(key: str, n: int = 8) -> str:
    """A deterministic hex token derived from ``key``."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def hu(key: str, n: int = 8) -> str:
    return h(key, n).upper()


@dataclass
class D:
    """One labelled delegate."""

    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    email: str | None = None

    def label(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "title": self.title, "email": self.email}


@dataclass
class Part:
    """A MIME node: leaf (body bytes) or multipart (children)."""

    headers: list[tuple[str, str]]
    body: bytes = b""
    children: list["Part"] = field(default_factory=list)
    boundary: str | None = None
    preamble: str = "This is a multi-part message in MIME format.\n"


def serialize(part: Part) -> bytes:
    out = "".join(f"{k}: {v}\n" for k, v in part.headers).encode("ascii") + b"\n"
    if part.children:
        out += part.preamble.encode("ascii")
        for child in part.children:
            out += b"\n--" + part.boundary.encode("ascii") + b"\n" + serialize(child)
        out += b"\n--" + part.boundary.encode("ascii") + b"--\n"
    else:
        out += part.body
    return out


def enc_body(text: str, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        data.decode("ascii")  # fails loudly if the text is not ascii
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "8bit",
         extra: list[tuple[str, str]] | None = None, fmt_flowed: bool = False) -> Part:
    ctype = f"text/{subtype}; charset=\"{charset}\""
    if fmt_flowed:
        ctype += "; format=flowed"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    headers += extra or []
    return Part(headers, enc_body(text, charset, cte))


def hdr(value: str, charset: str = "utf-8") -> str:
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name: str | None, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def outlook_html(text: str, charset: str = "utf-8", lang: str = "EN-US", font: str = "Calibri",
                 rtl: bool = False) -> str:
    """Wrap hand-written text the way Outlook/Word renders a plain message as HTML."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        inner = "<br>\n".join(lines) if lines else "&nbsp;"
        style = ' dir=RTL style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
        paras.append(f"<p class=MsoNormal{style}><span style='font-size:11.0pt;font-family:\"{font}\",sans-serif'>"
                     f"{inner}</span></p>\n<p class=MsoNormal>&nbsp;</p>")
    body = "\n".join(paras)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face {{font-family:{font}; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink {{mso-style-priority:99; color:#0563C1; text-decoration:underline;}}
span.EmailStyle17 {{mso-style-type:personal-compose; font-family:"{font}",sans-serif; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang={lang} link="#0563C1" vlink="#954F72"{' dir=RTL' if rtl else ''}>
<div class=WordSection1>
{body}
</div>
</body>
</html>
"""


def gt(text: str) -> str:
    """Quote text with '> ' the way most mail clients do."""
    return "\n".join(("> " + line) if line else ">" for line in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------------------------------------------
# The circular, as it was received by administrations (shortened; several language versions exist)
# --------------------------------------------------------------------------------------------------------------

CIRC_EN = """Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled
"Fostering tech and innovation SMEs". The first session will be held on 10 September 2019 during ITU
Telecom World 2019 in Budapest, Hungary. Similar sessions are planned during the Council Working Group
meetings in early 2020, the WSIS Forum 2020 and other events.

I would be grateful if Member States interested in participating could express their interest and
nominate a participant for the first session by e-mail to sme@itu.int by 16 August 2019.

Yours faithfully,

(signed)
Houlin Zhao
Secretary-General

Contact: Mr Christopher Clark, E-mail: sme@itu.int
Ref: CI-19/35"""

CIRC_FR = """Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de sessions de consultation intitulée
"Encourager les PME du secteur des technologies et de l'innovation". La première session aura lieu le
10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). Des sessions analogues sont prévues
pendant les réunions des Groupes de travail du Conseil au début de 2020 et pendant le Forum du SMSI 2020.

Les Etats Membres intéressés sont invités à manifester leur intérêt et à désigner un participant pour la
première session, par courrier électronique à sme@itu.int, d'ici au 16 août 2019.

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)
Houlin Zhao
Secrétaire général

Contact: M. Christopher Clark - sme@itu.int - Réf.: CI-19/35"""

CIRC_ES = """Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su delegación a participar en una serie de sesiones de consulta tituladas
"Fomento de las PYME de tecnología e innovación". La primera sesión se celebrará el 10 de septiembre de
2019 durante ITU Telecom World 2019 en Budapest (Hungría). Se prevé organizar sesiones similares durante
las reuniones de los Grupos de Trabajo del Consejo a principios de 2020 y durante el Foro de la CMSI 2020.

Le agradecería que los Estados Miembros interesados manifiesten su interés y designen a un participante
para la primera sesión, por correo electrónico a sme@itu.int, a más tardar el 16 de agosto de 2019.

Atentamente,

(firmado)
Houlin Zhao
Secretario General

Contacto: Sr. Christopher Clark (sme@itu.int) - Ref.: CI-19/35"""

CIRC_AR = """حضرات السادة والسيدات،
تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة
العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي
سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020
وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020.

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو
الأمين العام

مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark) - sme@itu.int"""

CIRC_RU = """Уважаемая госпожа,
Уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий "Содействие МСП в
области технологий и инноваций". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019
в Будапеште, Венгрия. Аналогичные сессии планируется провести во время собраний рабочих групп Совета в
начале 2020 года и Форума ВВУИО 2020 года.

Просим заинтересованные Государства-Члены сообщить о своей заинтересованности и назначить участника
первой сессии, направив сообщение по адресу sme@itu.int до 16 августа 2019 года.

С уважением,

(подпись)
Хоулинь Чжао
Генеральный секретарь

Контактное лицо: г-н Кристофер Кларк (Christopher Clark), sme@itu.int"""

CIRC_ZH = """尊敬的先生/女士：

我荣幸地邀请贵国代表团参加题为"促进技术和创新中小企业"的系列磋商会议。首次会议将于2019年9月10日
在匈牙利布达佩斯举办的2019年国际电联世界电信展期间举行。我们计划在2020年初理事会工作组会议期间
以及2020年信息社会世界峰会论坛期间举办类似会议。

请有意参加的成员国于2019年8月16日之前通过电子邮件(sme@itu.int)表达意向并提名首次会议的参会人员。

顺致敬意！

（签名）
秘书长
赵厚麟

联系人：Christopher Clark先生，sme@itu.int"""

CIRC_SUBJECT = "CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs"


def outlook_orig(circ: str = CIRC_EN, sent: str = "Wednesday, July 24, 2019 9:47 AM",
                 frm: str = "SME <sme@itu.int>", to: str = "", subject: str = CIRC_SUBJECT) -> str:
    to_line = f"\nTo: {to}" if to else ""
    return (f"-----Original Message-----\nFrom: {frm}\nSent: {sent}{to_line}\nSubject: {subject}\n\n{circ}")


def outlook_from_block(circ: str = CIRC_EN, sent: str = "Wednesday, 24 July 2019 09:47",
                       frm: str = "SME <sme@itu.int>", to: str = "", subject: str = CIRC_SUBJECT,
                       labels: tuple[str, str, str, str] = ("From", "Sent", "To", "Subject")) -> str:
    f, s, t, su = labels
    to_line = f"\n{t}: {to}" if to else ""
    return f"________________________________\n{f}: {frm}\n{s}: {sent}{to_line}\n{su}: {subject}\n\n{circ}"


# --------------------------------------------------------------------------------------------------------------
# Message registry
# --------------------------------------------------------------------------------------------------------------

MESSAGES: list[dict] = []


def msgid_for(file: str, domain: str, style: str) -> str:
    if style == "outlook":
        box = f"{hu(file + 'box', 4)}PR0{h(file + 'n', 1)}MB{hu(file + 'm', 4)}"
        return f"<{box}{hu(file, 24)}@{box}.eurprd0{int(h(file, 1), 16) % 8 + 1}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA{base64.b64encode(bytes.fromhex(h(file, 30))).decode().rstrip('=')}+{h(file + 'g', 6)}@mail.gmail.com>"
    if style == "lotus":
        return f"<OF{hu(file, 8)}.{hu(file + 'a', 8)}-ON{hu(file + 'b', 8)}.{hu(file + 'c', 8)}@{domain}>"
    if style == "exchange":
        return f"<{h(file, 32)}@{domain.split('.', 1)[-1] if domain.count('.') > 2 else domain}>"
    if style == "thunderbird":
        return f"<{h(file, 8)}-{h(file + 'x', 4)}-{h(file + 'y', 4)}-{h(file + 'z', 4)}-{h(file + 'w', 12)}@{domain}>"
    return f"<{h(file, 12)}.{h(file + 'p', 6)}@{domain}>"


def add(*, file: str, kind: str, lang: str, state: str | None, received: str, sender: tuple[str | None, str],
        subject: str, body: str | None = None, html_body: str | None = None, fmt: str = "plain",
        charset: str = "utf-8", cte: str = "8bit", delegates: list[D] | None = None,
        sessions: list[str] | None = None, date: str | None = None, to: str | None = None,
        cc: str | None = None, supersedes: str | None = None, msgid_style: str = "generic",
        extra_headers: list[tuple[str, str]] | None = None, relay: str | None = None,
        html_cte: str | None = None, root: Part | None = None, in_reply_to: bool = True,
        mailer: str | None = None, header_charset: str | None = None, itu_host: str = "mail.itu.int") -> None:
    """Register one reply and its label. ``received`` is the ITU server's Received timestamp (RFC 5322 date)."""
    name, address = sender
    domain = address.split("@", 1)[1]
    hcs = header_charset or (charset if charset not in ("us-ascii",) else "utf-8")
    msgid = msgid_for(file, domain, msgid_style)
    rdt = parsedate_to_datetime(received)
    ddt = parsedate_to_datetime(date) if date else rdt - timedelta(seconds=37 + int(h(file, 2), 16) % 200)
    relay_host = relay or (domain if domain.startswith(("mail.", "mx.", "smtp.")) else f"mail.{domain}")
    if domain == "gmail.com" and not relay:
        relay_host = f"mail-{h(file, 3)}-f{int(h(file, 2), 16) % 200 + 40}.google.com"
    ip = ".".join(str(int(h(file + str(i), 2), 16) % 223 + 1) for i in range(4))
    qid = hu(file + "q", 10)
    inner_dt = rdt - timedelta(seconds=2 + int(h(file, 2), 16) % 9)
    headers: list[tuple[str, str]] = [
        ("Return-Path", f"<{address}>"),
        ("Received", f"from {relay_host} ({relay_host} [{ip}])\n\tby {itu_host} (Postfix) with ESMTPS id {qid}\n"
                     f"\tfor <{ITU}>; {received}"),
        ("Received", f"from localhost (localhost [127.0.0.1])\n\tby {relay_host} with ESMTP id {h(file + 'r', 9)};\n"
                     f"\t{format_datetime(inner_dt)}"),
        ("From", addr(name, address, hcs)),
        ("To", to if to is not None else ITU),
    ]
    if cc:
        headers.append(("Cc", cc))
    headers += [
        ("Subject", hdr(subject, hcs)),
        ("Date", date or format_datetime(ddt)),
        ("Message-ID", msgid),
    ]
    if in_reply_to and subject.lower().startswith(("re", "aw", "sv", "odp", "ynt", "رد", "回复", "答复", "ответ")):
        headers.append(("In-Reply-To", "<CI-19-35.20190724094711.sme@itu.int>"))
    if mailer:
        headers.append(("X-Mailer", mailer))
    headers += extra_headers or []
    headers.append(("MIME-Version", "1.0"))

    if root is None:
        if fmt == "plain":
            root = leaf(body, "plain", charset, cte)
        elif fmt == "html":
            root = leaf(html_body, "html", charset, html_cte or cte)
        elif fmt == "alt":
            hb = html_body if html_body is not None else outlook_html(body, charset)
            root = Part([("Content-Type", f"multipart/alternative;\n\tboundary=\"{'_000_' + hu(file, 20) + '_'}\"")],
                        boundary="_000_" + hu(file, 20) + "_",
                        children=[leaf(body, "plain", charset, cte), leaf(hb, "html", charset, html_cte or cte)])
        else:
            raise ValueError(fmt)
    top = Part(headers + root.headers, root.body, root.children, root.boundary, root.preamble)
    raw = serialize(top)

    delegates = delegates or []
    sessions = sessions or []
    if kind not in DELEGATE_KINDS:
        assert not delegates, file
    if kind not in SESSION_KINDS:
        assert not sessions, file
    if kind in ("auto_reply", "bounce", "unrelated"):
        assert state is None, file
    if kind == "nomination" and not sessions:
        sessions = [B]
    assert (kind == "correction") == (supersedes is not None), file
    MESSAGES.append({
        "file": file + ".eml", "raw": raw, "message_id": msgid, "kind": kind, "language": lang,
        "member_state": state, "delegates": [d.label() for d in delegates], "sessions": sessions,
        "received_at": rdt.isoformat(), "late": (rdt > DEADLINE) if kind in TIMED_KINDS else None,
        "supersedes_file": supersedes,
    })


def write(out: Path) -> None:
    msgdir = out / "messages"
    msgdir.mkdir(parents=True, exist_ok=True)
    for old in msgdir.glob("*.eml"):
        old.unlink()
    by_file = {m["file"][:-4]: m for m in MESSAGES}
    assert len(by_file) == len(MESSAGES), "duplicate file names"
    lines = []
    for m in MESSAGES:
        (msgdir / m["file"]).write_bytes(m["raw"])
        sup = None
        if m["supersedes_file"]:
            prev = by_file[m["supersedes_file"]]
            assert prev["member_state"] == m["member_state"], m["file"]
            assert datetime.fromisoformat(prev["received_at"]) < datetime.fromisoformat(m["received_at"]), m["file"]
            sup = prev["message_id"]
        label = {
            "message_id": m["message_id"], "file": m["file"], "kind": m["kind"], "language": m["language"],
            "member_state": m["member_state"], "delegates": m["delegates"], "sessions": m["sessions"],
            "received_at": m["received_at"], "late": m["late"], "supersedes": sup,
        }
        lines.append(json.dumps(label, ensure_ascii=False))
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ==============================================================================================================
# The replies
# ==============================================================================================================

# ----------------------------------------------------------------------------------------------------- English

add(file="en_01_uga", kind="nomination", lang="en", state="UGA",
    received="Mon, 29 Jul 2019 10:14:22 +0200", sender=("Daniel Ayebare", "d.ayebare@ucc.co.ug"),
    subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    msgid_style="outlook", mailer="Microsoft Outlook 16.0",
    delegates=[D("Patience Nakato Ssemwogerere", title="Manager Innovation and Research",
                 email="pssemwogerere@ucc.co.ug")],
    body="""Dear Mr Clark,

Reference is made to ITU Circular CI-19/35 of 23 July 2019 on the consultation sessions on fostering tech
and innovation SMEs.

Uganda welcomes the initiative and wishes to take part in the first session in Budapest on 10 September.
The Uganda Communications Commission hereby nominates Ms. Patience Nakato Ssemwogerere, Manager Innovation
and Research, to represent Uganda. Her e-mail is pssemwogerere@ucc.co.ug and mobile +256 772 418 930.

Kindly let us know if any further information is required for her registration.

Best regards,

Daniel Okello Ayebare
Director, Industry Affairs and Content Development
Uganda Communications Commission
Plot 42-44 Spring Road, Bugolobi | P.O. Box 7376 Kampala
Tel: +256 414 339 000

""" + outlook_orig(to="d.ayebare@ucc.co.ug"))

_ng_plain = """Dear Sir,

RE: NOMINATION OF PARTICIPANTS - CONSULTATION SESSIONS ON FOSTERING TECH AND INNOVATION SMEs (CI-19/35)

The Federal Ministry of Communications presents its compliments to the ITU General Secretariat and is
pleased to confirm Nigeria's participation in the session holding in Budapest on 10 September 2019 during
ITU Telecom World, as well as the sessions to be held alongside the Council Working Group meetings in 2020.

The following officers have been nominated:

S/N | Name                              | Designation                                          | E-mail
1   | Mr. Adebayo Olumide FASHOLA       | Deputy Director, ICT Innovation and Entrepreneurship | a.fashola@commtech.gov.ng
2   | Mrs. Ngozi Chidinma EZE           | Assistant Director, Policy and Planning              | ngozi.eze@commtech.gov.ng

Please accept the assurances of our highest regards.

Engr. Musa Abdullahi Garba
For: Permanent Secretary
Federal Ministry of Communications, Abuja
"""

_ng_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} table.MsoTableGrid{border-collapse:collapse;}</style></head>
<body lang=EN-GB link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Dear Sir,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b><u>RE: NOMINATION OF PARTICIPANTS - CONSULTATION SESSIONS ON FOSTERING TECH AND INNOVATION SMEs (CI-19/35)</u></b></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The Federal Ministry of Communications presents its compliments to the ITU General Secretariat and is
pleased to confirm Nigeria&#8217;s participation in the session holding in Budapest on 10 September 2019 during
ITU Telecom World, as well as the sessions to be held alongside the Council Working Group meetings in 2020.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>The following officers have been nominated:</p><p class=MsoNormal>&nbsp;</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=40 style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>S/N</b></p></td>
<td width=220 style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>Name</b></p></td>
<td width=260 style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>Designation</b></p></td>
<td width=200 style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><b>E-mail</b></p></td></tr>
<tr><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>1</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>Mr. Adebayo Olumide FASHOLA</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>Deputy Director, ICT Innovation and Entrepreneurship</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><a href="mailto:a.fashola@commtech.gov.ng">a.fashola@commtech.gov.ng</a></p></td></tr>
<tr><td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>2</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>Mrs. Ngozi Chidinma EZE</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>Assistant Director, Policy and Planning</p></td>
<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal><a href="mailto:ngozi.eze@commtech.gov.ng">ngozi.eze@commtech.gov.ng</a></p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Please accept the assurances of our highest regards.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><b>Engr. Musa Abdullahi Garba</b><br>For: Permanent Secretary<br>Federal Ministry of Communications, Abuja</p>
</div></body></html>
"""

add(file="en_02_nga", kind="nomination", lang="en", state="NGA",
    received="Thu, 01 Aug 2019 16:40:05 +0200", sender=("Musa Abdullahi Garba", "m.garba@commtech.gov.ng"),
    subject="NOMINATION OF PARTICIPANTS - CI-19/35", fmt="alt", body=_ng_plain, html_body=_ng_html,
    cte="quoted-printable", msgid_style="outlook", cc="a.fashola@commtech.gov.ng, ngozi.eze@commtech.gov.ng",
    delegates=[D("Adebayo Olumide FASHOLA", title="Deputy Director, ICT Innovation and Entrepreneurship",
                 email="a.fashola@commtech.gov.ng"),
               D("Ngozi Chidinma EZE", title="Assistant Director, Policy and Planning",
                 email="ngozi.eze@commtech.gov.ng")],
    sessions=[B, C])

add(file="en_03_lka", kind="interest_only", lang="en", state="LKA",
    received="Fri, 26 Jul 2019 07:55:13 +0200", sender=("Chaminda Wijesekera", "chaminda.trcsl@gmail.com"),
    subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    msgid_style="gmail", sessions=[B],
    body="""Dear Sir / Madam,

Thank you for the invitation. The Telecommunications Regulatory Commission of Sri Lanka is interested in
the consultation session to be held in Budapest in September. We are still finalising our delegation to
Telecom World and will send the name of the participant as soon as it is approved by the Director General.

Regards,
Chaminda Wijesekera
Assistant Director (International Relations)
TRCSL, 276 Elvitigala Mawatha, Colombo 08
+94 11 2 689 345

On Wed, Jul 24, 2019 at 1:17 PM SME <sme@itu.int> wrote:
""" + gt(CIRC_EN))

add(file="en_04_aus", kind="decline", lang="en", state="AUS",
    received="Tue, 13 Aug 2019 03:22:48 +0200", sender=("WOODWARD, Fiona", "Fiona.Woodward@communications.gov.au"),
    subject="RE: CI-19/35 - Australian response [SEC=UNCLASSIFIED]", msgid_style="exchange",
    date="Tue, 13 Aug 2019 11:21:57 +1000",
    body="""UNCLASSIFIED

Good morning,

Thank you for the invitation in Circular CI-19/35. After consideration, Australia will not nominate a
participant for the session at ITU Telecom World in Budapest, as no officer from the Department will be
travelling to the event this year.

We would appreciate being kept informed of the outcomes of the consultation series.

Kind regards

Fiona Woodward
A/g Assistant Secretary | International Strategy and Engagement
Department of Communications and the Arts
GPO Box 2154, Canberra ACT 2601
P +61 2 6271 1000

UNCLASSIFIED
""")

add(file="en_05_gha", kind="nomination", lang="en", state="GHA",
    received="Wed, 07 Aug 2019 13:05:51 +0200", sender=("Kwabena Owusu-Ansah", "kwabena.owusu-ansah@nca.org.gh"),
    subject="Participation - Budapest SME consultation session",
    delegates=[D("Kwabena Owusu-Ansah", title="Deputy Director, Regulatory Administration",
                 email="kwabena.owusu-ansah@nca.org.gh")],
    body="""Dear Sir/Madam,

Further to Circular CI-19/35, I write to confirm that I will be attending the first consultation session
in Budapest on 10 September on behalf of Ghana. I will be in Budapest for the whole of Telecom World week
and can be reached on the number below.

Kindly send me any preparatory documents.

Regards,

Ing. Kwabena Owusu-Ansah
Deputy Director, Regulatory Administration
National Communications Authority, Accra
kwabena.owusu-ansah@nca.org.gh | +233 302 776 621
""")

add(file="en_06_pak", kind="inquiry", lang="en", state="PAK",
    received="Fri, 02 Aug 2019 11:47:30 +0200", sender=("Sana Mehmood", "sana.mehmood@moitt.gov.pk"),
    subject="Re: CI-19/35 query regarding SME consultation",
    body="""Dear Mr. Clark,

With reference to the circular quoted below, the Ministry would be grateful for clarification on the
following points before a nomination is finalized:

1. Will remote participation be possible for the Budapest session?
2. Can representatives of Pakistani tech SMEs be included in the national delegation, or is the session
   limited to government officials?
3. Is a separate registration for ITU Telecom World required for the nominee?

Looking forward to your response.

Sana Mehmood
Deputy Director (International Cooperation)
Ministry of Information Technology & Telecommunication
Islamabad

On 24/07/2019 12:47, SME wrote:
""" + gt(CIRC_EN))

add(file="en_07_jam", kind="nomination", lang="en", state="JAM",
    received="Sat, 17 Aug 2019 03:12:44 +0200", date="Fri, 16 Aug 2019 20:12:10 -0500",
    sender=("Marcia Thompson-Grant", "marcia.thompson-grant@mset.gov.jm"),
    subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    msgid_style="outlook",
    delegates=[D("Kerry-Ann Campbell", title="Senior Director, Technology Policy", email="kcampbell@mset.gov.jm")],
    body="""Good evening,

Please accept our apologies for the lateness of this response.

Jamaica would like to participate in the session in Budapest and nominates Kerry-Ann Campbell, Senior
Director, Technology Policy in the Ministry of Science, Energy and Technology (kcampbell@mset.gov.jm).

Respectfully,

Marcia Thompson-Grant
Permanent Secretary (Acting)
Ministry of Science, Energy and Technology
PCJ Building, 36 Trafalgar Road, Kingston 10

From: SME <sme@itu.int>
Sent: Wednesday, July 24, 2019 2:47 AM
Subject: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs

""" + gt(CIRC_EN))

_uk = """Dear Christopher,

Thank you for Circular CI-19/35.

The UK will not be sending anyone to Budapest this year, but we would like to take part in the later
sessions in the series. I would like to nominate my colleague Oliver Pemberton-Hughes, Senior Policy Adviser
in the International Telecoms team, for the sessions planned alongside the Council Working Groups and at the
WSIS Forum next year. His e-mail address is oliver.pemberton-hughes@dcms.gov.uk.

Best wishes,

Harriet Lomax
Head of ITU Engagement
Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ"""

add(file="en_08_gbr", kind="nomination", lang="en", state="GBR",
    received="Wed, 14 Aug 2019 12:31:09 +0200", sender=("Harriet Lomax", "harriet.lomax@dcms.gov.uk"),
    subject="RE: CI-19/35 - UK nomination", fmt="html", html_body=outlook_html(_uk, lang="EN-GB"),
    cte="quoted-printable", msgid_style="outlook",
    delegates=[D("Oliver Pemberton-Hughes", title="Senior Policy Adviser",
                 email="oliver.pemberton-hughes@dcms.gov.uk")],
    sessions=[C, W])

_nv = """Dear ITU SME team,

ITU Telecom World 2019 is just weeks away! NetVerde Solutions will be in Budapest from 9 to 12 September
at Hall B, Stand 12, showcasing our rural broadband-in-a-box platform for emerging markets.

Book a 20-minute meeting with our CEO, Laszlo Fenyvesi, and discover how operators in 14 countries cut
their last-mile costs by 40%.

-> Book your slot: https://netverde-solutions.com/itu-world-2019

See you in Budapest!

The NetVerde team
NetVerde Solutions Ltd | 18 Baross utca, 1088 Budapest
To unsubscribe from these messages, click here."""

add(file="en_09_vendor", kind="unrelated", lang="en", state=None,
    received="Tue, 30 Jul 2019 15:02:00 +0200", sender=("NetVerde Solutions", "events@netverde-solutions.com"),
    subject="Meet us at ITU Telecom World 2019 in Budapest - Hall B, Stand 12", fmt="alt", body=_nv,
    cte="quoted-printable", relay="o12.email.netverde-solutions.com",
    extra_headers=[("List-Unsubscribe", "<https://netverde-solutions.com/unsubscribe?u=7781>"),
                   ("Precedence", "bulk")])

add(file="en_10_nga_corr", kind="correction", lang="en", state="NGA", supersedes="en_02_nga",
    received="Thu, 15 Aug 2019 10:20:33 +0200", sender=("Musa Abdullahi Garba", "m.garba@commtech.gov.ng"),
    subject="UPDATED NOMINATION - CI-19/35 (please disregard earlier list)", msgid_style="outlook",
    cte="quoted-printable",
    delegates=[D("Adebayo Olumide FASHOLA", title="Deputy Director, ICT Innovation and Entrepreneurship",
                 email="a.fashola@commtech.gov.ng"),
               D("Ibrahim Musa DANLADI", title="Chief Engineer, Spectrum Administration",
                 email="i.danladi@commtech.gov.ng")],
    sessions=[B, C],
    body="""Dear Sir,

Further to our mail of 1 August 2019, please note that Mrs. Ngozi Eze will no longer be able to travel.
The updated list of Nigeria's nominees for the Budapest session and the CWG sessions in 2020 is:

1. Mr. Adebayo Olumide FASHOLA - Deputy Director, ICT Innovation and Entrepreneurship - a.fashola@commtech.gov.ng
2. Mr. Ibrahim Musa DANLADI - Chief Engineer, Spectrum Administration - i.danladi@commtech.gov.ng

Kindly update your records accordingly.

Regards,

Engr. Musa Abdullahi Garba
For: Permanent Secretary
Federal Ministry of Communications, Abuja
""")

_bounce_dsn = """Reporting-MTA: dns; mx1.mopt.gov.lr
X-Postfix-Queue-ID: 4F2A81C0344
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: Mon, 19 Aug 2019 07:01:58 +0000 (UTC)

Final-Recipient: rfc822; t.mensah@mopt.gov.lr
Original-Recipient: rfc822;t.mensah@mopt.gov.lr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <t.mensah@mopt.gov.lr>: Mailbox full
"""
_bounce_txt = """This is the mail system at host mx1.mopt.gov.lr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<t.mensah@mopt.gov.lr>: host mailstore.mopt.gov.lr[10.2.0.14] said: 552 5.2.2
    <t.mensah@mopt.gov.lr>: Mailbox full (in reply to RCPT TO command)
"""
_bounce_orig = """Return-Path: <sme@itu.int>
Received: from mail.itu.int (mail.itu.int [156.106.192.40])
\tby mx1.mopt.gov.lr (Postfix) with ESMTPS id 4F2A81C0344
\tfor <t.mensah@mopt.gov.lr>; Mon, 19 Aug 2019 07:01:58 +0000 (UTC)
From: SME <sme@itu.int>
To: Thomas Mensah <t.mensah@mopt.gov.lr>
Subject: Reminder: CI-19/35 - nominations for the Budapest session
Date: Mon, 19 Aug 2019 09:01:40 +0200
Message-ID: <reminder-CI-19-35-lbr.20190819@itu.int>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Mr Mensah,

This is a kind reminder regarding Circular CI-19/35. We have not yet received a reply from Liberia.
"""
_bnd = "4F2A81C0344.1566198118/mx1.mopt.gov.lr"
add(file="en_11_bounce", kind="bounce", lang="en", state=None,
    received="Mon, 19 Aug 2019 09:02:11 +0200", sender=("Mail Delivery System", "MAILER-DAEMON@mx1.mopt.gov.lr"),
    subject="Undelivered Mail Returned to Sender", relay="mx1.mopt.gov.lr",
    extra_headers=[("Auto-Submitted", "auto-replied")],
    root=Part([("Content-Type", f"multipart/report; report-type=delivery-status;\n\tboundary=\"{_bnd}\"")],
              boundary=_bnd, preamble="This is a MIME-encapsulated message.\n", children=[
                  Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                       _bounce_txt.encode()),
                  Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                       _bounce_dsn.encode()),
                  Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                       _bounce_orig.encode())]))

add(file="en_12_ngo", kind="unrelated", lang="en", state=None,
    received="Fri, 09 Aug 2019 18:44:10 +0200", sender=("Amara Dlamini", "amara@wide-network.org"),
    subject="Speakers for your SME consultation in Budapest", msgid_style="gmail",
    body="""Dear colleagues at ITU,

I lead the Women in Digital Enterprise (WIDE) Network, a non-profit that supports more than 600 women-led
tech start-ups across Africa and South Asia. We saw the announcement of the consultation sessions on
fostering tech and innovation SMEs and would love to contribute.

We could offer two speakers for the Budapest session on 10 September:
- Thandiwe Nkosi, founder of PayLoop (fintech, Johannesburg)
- Ritu Banerjee, CEO of AgriSense Labs (Pune)

Both will already be at ITU Telecom World. Happy to send bios and photos. Could you let me know whom I
should speak to about the agenda?

Warmly,
Amara Dlamini
Executive Director, WIDE Network
www.wide-network.org | +27 21 555 0192
""")

add(file="en_13_sgp", kind="nomination", lang="en", state="SGP",
    received="Mon, 12 Aug 2019 05:18:40 +0200", date="Mon, 12 Aug 2019 11:17:52 +0800",
    sender=("Jasmine GOH (IMDA)", "jasmine_goh@imda.gov.sg"),
    subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    msgid_style="outlook", fmt="alt", cte="quoted-printable",
    delegates=[D("Tan Wei Ling Cheryl", title="Deputy Director, Enterprise Innovation",
                 email="cheryl_tan@imda.gov.sg")],
    sessions=[B, W],
    body="""Dear Sir/Madam,

Singapore is pleased to participate in the consultation session in Budapest. Please find the details of our
participant below:

Name: Tan Wei Ling Cheryl
Designation: Deputy Director, Enterprise Innovation
Organisation: Infocomm Media Development Authority (IMDA)
Email: cheryl_tan@imda.gov.sg
Tel: +65 6211 0888

Singapore would also like to participate in the session at the WSIS Forum 2020 and will confirm the
participant nearer the date.

Regards,
Jasmine GOH
Manager, International Relations | Infocomm Media Development Authority
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438

""" + outlook_from_block(sent="Wednesday, 24 July 2019 3:47 PM", to="IMDA International"))

_rr = "----=_NextPart_RR_" + hu("en_14_rr", 12)
add(file="en_14_readreceipt", kind="auto_reply", lang="en", state=None,
    received="Thu, 25 Jul 2019 08:03:29 +0200", sender=("Nomvula Mahlangu", "nmahlangu@dtps.gov.za"),
    subject="Read: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    msgid_style="exchange", in_reply_to=False,
    root=Part([("Content-Type", f"multipart/report; report-type=disposition-notification;\n\tboundary=\"{_rr}\"")],
              boundary=_rr, children=[
                  leaf("""Your message

To: Nomvula Mahlangu
Subject: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs
Sent: Wednesday, July 24, 2019 9:47:11 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Thursday, July 25, 2019 8:03:02 AM (UTC+02:00) Harare, Pretoria.
""", "plain", "utf-8", "7bit"),
                  Part([("Content-Type", "message/disposition-notification")],
                       b"Reporting-UA: dtps.gov.za; Microsoft Exchange Server 2016\n"
                       b"Final-Recipient: rfc822; nmahlangu@dtps.gov.za\n"
                       b"Original-Message-ID: <CI-19-35.20190724094711.sme@itu.int>\n"
                       b"Disposition: manual-action/MDN-sent-manually; displayed\n")]))
# ------------------------------------------------------------------------------------------------------ French

add(file="fr_01_sen", kind="nomination", lang="fr", state="SEN",
    received="Tue, 06 Aug 2019 15:33:02 +0200", date="Tue, 6 Aug 2019 13:32:21 +0000",
    sender=("Ousmane Ndiaye", "ousmane.ndiaye@numerique.gouv.sn"), charset="iso-8859-1", cte="quoted-printable",
    subject="Désignation participant - session de consultation PME (CI-19/35)", mailer="Zimbra 8.8.12_GA_3794",
    delegates=[D("Aminata DIOP", aliases=("DIOP Aminata",),
                 title="Chef de la Division Innovation et Entrepreneuriat numérique",
                 email="aminata.diop@numerique.gouv.sn")],
    body="""Monsieur,

Faisant suite à la lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous informer que le
Sénégal prendra part à la première session de consultation prévue le 10 septembre 2019 à Budapest.

Veuillez trouver ci-après les coordonnées de la personne désignée :

Nom : DIOP
Prénom(s) : Aminata
Fonction : Chef de la Division Innovation et Entrepreneuriat numérique
Structure : Direction de l'Economie numérique, Ministère de l'Economie numérique et des Télécommunications
Téléphone : +221 33 849 70 12
Courriel : aminata.diop@numerique.gouv.sn

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Ousmane Ndiaye
Directeur de la Coopération et des Affaires internationales
Ministère de l'Economie numérique et des Télécommunications
Dakar, Sénégal
""")

add(file="fr_02_civ", kind="nomination", lang="fr", state="CIV",
    received="Mon, 05 Aug 2019 12:10:44 +0200", date="Mon, 05 Aug 2019 10:10:02 +0000",
    sender=("Adjoua Koné", "a.kone@artci.ci"), charset="iso-8859-1", cte="8bit", mailer="Mozilla/5.0 Thunderbird/60.8.0",
    subject="Re: CI-19/35 : Sessions de consultation pour les Etats Membres", msgid_style="thunderbird",
    delegates=[D("KOUASSI Yao Jean-Baptiste", title="Sous-Directeur de la Promotion des Services Numériques",
                 email="yj.kouassi@artci.ci")],
    sessions=[B, W],
    body="""Bonjour,

L'Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI) vous remercie pour cette
invitation et désigne M. KOUASSI Yao Jean-Baptiste, Sous-Directeur de la Promotion des Services Numériques,
pour prendre part à la session de Budapest ainsi qu'à celle qui se tiendra lors du Forum du SMSI 2020.

Ses coordonnées : yj.kouassi@artci.ci / +225 20 34 43 73.

Cordialement,

--
Adjoua Koné
Chargée de la Coopération internationale
ARTCI - Marcory Anoumabo, Abidjan

Le 24/07/2019 à 10:15, SME a écrit :
""" + gt(CIRC_FR))

_fra = """Bonjour,

En réponse à la lettre circulaire CI-19/35, je vous confirme l'intérêt de la France pour la session de
consultation qui se tiendra à Budapest le 10 septembre prochain, en marge d'ITU Telecom World.

Le nom de notre représentant vous sera communiqué dans les meilleurs délais, dès que la composition de la
délégation aura été arrêtée.

Bien cordialement,

Claire Aubertin-Roche
Cheffe du bureau des affaires internationales
Direction générale des Entreprises - Service de l'économie numérique
Ministère de l'Economie et des Finances
Tél. : +33 1 53 18 42 07"""

add(file="fr_03_fra", kind="interest_only", lang="fr", state="FRA",
    received="Wed, 31 Jul 2019 17:48:20 +0200", sender=("AUBERTIN-ROCHE Claire", "claire.aubertin-roche@finances.gouv.fr"),
    subject="RE: CI-19/35 - Sessions de consultation PME - réponse de la France", fmt="html",
    html_body=outlook_html(_fra, lang="FR"), cte="quoted-printable", msgid_style="exchange",
    sessions=[B])

add(file="fr_04_bel", kind="decline", lang="fr", state="BEL",
    received="Fri, 16 Aug 2019 11:05:12 +0200", sender=("Mission permanente de la Belgique", "geneve.onu@diplobel.fed.be"),
    subject="Circulaire CI-19/35 - réponse de la Belgique", charset="windows-1252", cte="quoted-printable",
    body="""La Mission permanente de la Belgique auprès de l'Office des Nations Unies et des institutions
spécialisées à Genève présente ses compliments au Secrétariat général de l'Union internationale des
télécommunications et, se référant à la lettre circulaire CI-19/35 du 23 juillet 2019, a l'honneur de
l'informer que la Belgique ne sera pas en mesure de participer à la session de consultation prévue à
Budapest le 10 septembre 2019.

Les autorités belges pourraient envisager une participation aux sessions suivantes, en 2020, et ne
manqueront pas de revenir vers le Secrétariat le moment venu.

La Mission permanente de la Belgique saisit cette occasion pour renouveler au Secrétariat général de l'UIT
les assurances de sa haute considération.

Genève, le 16 août 2019
""")

_mar_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<div>Monsieur,</div><div><br></div>
<div>Suite à la circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications (ANRT) a le
plaisir de vous communiquer les noms des représentants du Royaume du Maroc à la session de Budapest ainsi qu'à
la session prévue pendant le Forum du SMSI 2020 :</div><div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e2f3"><th>Nom et prénom</th><th>Fonction</th><th>Adresse électronique</th></tr>
<tr><td>M. Youssef EL IDRISSI</td><td>Chef du Service Innovation et Start-up</td><td>elidrissi.y@anrt.ma</td></tr>
<tr><td>Mme Salma BENJELLOUN</td><td>Ingénieur principal, Département Economie numérique</td><td>s.benjelloun@anrt.ma</td></tr>
</table>
<div><br></div>
<div>Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.</div><div><br></div>
<div><b>Hicham Lahlou</b></div>
<div>Directeur de la Coopération et des Relations Internationales</div>
<div>ANRT - Centre d'affaires, Hay Riad, Rabat</div>
<div>Tél. : +212 537 71 84 00</div>
</body></html>
"""
add(file="fr_05_mar", kind="nomination", lang="fr", state="MAR",
    received="Thu, 08 Aug 2019 15:22:09 +0200", date="Thu, 8 Aug 2019 14:21:30 +0100",
    sender=("Hicham Lahlou", "h.lahlou@anrt.ma"), subject="Désignation des représentants du Maroc - CI-19/35",
    fmt="html", html_body=_mar_html, cte="base64",
    delegates=[D("Youssef EL IDRISSI", title="Chef du Service Innovation et Start-up", email="elidrissi.y@anrt.ma"),
               D("Salma BENJELLOUN", title="Ingénieur principal, Département Economie numérique",
                 email="s.benjelloun@anrt.ma")],
    sessions=[B, W])

add(file="fr_06_tun", kind="nomination", lang="fr", state="TUN",
    received="Fri, 02 Aug 2019 10:00:17 +0200", date="Fri, 2 Aug 2019 09:59:40 +0100",
    sender=("Bureau de la Coopération Internationale", "bci@mtcen.gov.tn"),
    subject="Participation de la Tunisie - session de Budapest (CI-19/35)", charset="iso-8859-1", cte="quoted-printable",
    delegates=[D("Mohamed Ali BEN SALAH", title="Directeur Général de l'Economie Numérique",
                 email="mohamedali.bensalah@mtcen.gov.tn")],
    body="""Monsieur le Secrétaire général,

Nous avons l'honneur de vous informer que le Ministère des Technologies de la Communication et de
l'Economie Numérique a désigné M. Mohamed Ali BEN SALAH, Directeur Général de l'Economie Numérique
(mohamedali.bensalah@mtcen.gov.tn), pour représenter la Tunisie à la session de consultation
« Encourager les PME du secteur des technologies et de l'innovation » qui se tiendra à Budapest.

Avec nos salutations distinguées.

Bureau de la Coopération Internationale
Ministère des Technologies de la Communication et de l'Economie Numérique
3bis, rue d'Angleterre - 1000 Tunis
""")

add(file="fr_07_tun_corr", kind="correction", lang="fr", state="TUN", supersedes="fr_06_tun",
    received="Wed, 07 Aug 2019 09:41:55 +0200", date="Wed, 7 Aug 2019 08:41:20 +0100",
    sender=("Bureau de la Coopération Internationale", "bci@mtcen.gov.tn"),
    subject="RECTIFICATIF - Participation de la Tunisie - session de Budapest (CI-19/35)",
    charset="iso-8859-1", cte="quoted-printable",
    delegates=[D("Mohamed Ali BEN SALEM", title="Directeur Général de l'Economie Numérique",
                 email="mohamedali.bensalem@mtcen.gov.tn")],
    sessions=[B],
    body="""Monsieur,

Suite à notre message du 2 août 2019, nous vous prions de bien vouloir noter qu'une erreur s'est glissée
dans le nom du représentant de la Tunisie. Il convient de lire :

M. Mohamed Ali BEN SALEM (et non BEN SALAH), Directeur Général de l'Economie Numérique
Adresse électronique : mohamedali.bensalem@mtcen.gov.tn

Le reste de notre message demeure inchangé (session de Budapest). Avec nos excuses pour ce désagrément.

Bureau de la Coopération Internationale
Ministère des Technologies de la Communication et de l'Economie Numérique
""")

add(file="fr_08_che", kind="inquiry", lang="fr", state="CHE",
    received="Mon, 29 Jul 2019 14:12:36 +0200", sender=("Vuilleumier Nathalie BAKOM", "nathalie.vuilleumier@bakom.admin.ch"),
    subject="AW: CI-19/35 - question", msgid_style="exchange", charset="iso-8859-1", cte="quoted-printable",
    body="""Bonjour Monsieur Clark,

Avant de vous transmettre une réponse formelle de la Suisse, nous aurions deux questions concernant la
circulaire CI-19/35 :

- la session de Budapest sera-t-elle interprétée (français/anglais) ?
- des représentants de PME suisses pourraient-ils y participer directement, ou seules les délégations
  gouvernementales sont-elles invitées ?

Merci d'avance de votre réponse et meilleures salutations,

Nathalie Vuilleumier
Office fédéral de la communication OFCOM
Affaires internationales
Zukunftstrasse 44, 2501 Bienne
Tél. +41 58 460 55 11
""")

add(file="fr_09_autoreply", kind="auto_reply", lang="fr", state=None,
    received="Thu, 25 Jul 2019 09:30:02 +0200", sender=("Moussa Keita", "m.keita@amrtp.ml"),
    subject="Réponse automatique : CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    in_reply_to=False,
    extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Bonjour,

Je suis absent du bureau jusqu'au 19 août 2019 avec un accès limité à ma messagerie.
Pour toute urgence, veuillez contacter M. Abdoulaye Traoré (a.traore@amrtp.ml).

Cordialement,
Moussa Keita
""")

add(file="fr_10_hti", kind="nomination", lang="fr", state="HTI",
    received="Tue, 20 Aug 2019 16:55:40 +0200", sender=("Mission permanente d'Haïti", "mission.haiti@bluewin.ch"),
    subject="TR: Désignation - Circulaire CI-19/35", charset="iso-8859-1", cte="quoted-printable",
    delegates=[D("Jean-Robert Pierre-Louis", title="Directeur de la Réglementation",
                 email="jrpierrelouis@conatel.gouv.ht")],
    body="""Monsieur,

La Mission permanente d'Haïti à Genève vous transmet ci-dessous le courrier du Conseil National des
Télécommunications (CONATEL) relatif à la circulaire CI-19/35, avec ses excuses pour le retard de
transmission.

Salutations distinguées,

Marie-Carmel Desrosiers
Premier Secrétaire
Mission permanente de la République d'Haïti auprès de l'ONU à Genève

-------- Message transféré --------
Sujet : Désignation - Circulaire CI-19/35
Date : Mon, 12 Aug 2019 09:14:03 -0400
De : Direction Générale CONATEL <dg@conatel.gouv.ht>
Pour : mission.haiti@bluewin.ch

Madame la Première Secrétaire,

Le CONATEL souhaite que la République d'Haïti soit représentée à la session de consultation du 10 septembre
2019 à Budapest. Nous désignons à cet effet l'Ing. Jean-Robert Pierre-Louis, Directeur de la
Réglementation (jrpierrelouis@conatel.gouv.ht).

Nous vous saurions gré de bien vouloir transmettre cette désignation au Secrétariat de l'UIT.

La Direction Générale
Conseil National des Télécommunications
16, avenue Marie-Jeanne, Port-au-Prince
""")
# ----------------------------------------------------------------------------------------------------- Spanish

add(file="es_01_mex", kind="nomination", lang="es", state="MEX",
    received="Tue, 06 Aug 2019 01:12:40 +0200", date="Mon, 5 Aug 2019 18:11:58 -0500",
    sender=("Rodrigo Alcántara Vega", "ralcantara@sct.gob.mx"), fmt="alt", cte="quoted-printable",
    subject="RE: CI-19/35 Sesiones de consulta - designación de México", msgid_style="outlook",
    delegates=[D("María Fernanda Gutiérrez Olvera", title="Directora de Política Digital",
                 email="mfgutierrez@sct.gob.mx")],
    body="""Estimado Sr. Clark:

En atención a la Carta Circular CI-19/35, me permito informarle que México participará en la primera sesión
de consulta "Fomento de las PYME de tecnología e innovación", que tendrá lugar en Budapest el próximo 10 de
septiembre.

Para tal efecto, se designa a la Mtra. María Fernanda Gutiérrez Olvera, Directora de Política Digital de
esta Secretaría, correo electrónico mfgutierrez@sct.gob.mx, teléfono +52 55 5723 9300 ext. 32114.

Sin otro particular, le envío un cordial saludo.

Rodrigo Alcántara Vega
Director General Adjunto de Asuntos Internacionales
Secretaría de Comunicaciones y Transportes
Av. Insurgentes Sur 1089, Ciudad de México

""" + outlook_from_block(CIRC_ES, sent="miércoles, 24 de julio de 2019 02:47 a. m.",
                         labels=("De", "Enviado el", "Para", "Asunto"), to="Rodrigo Alcántara Vega"))

add(file="es_02_arg", kind="nomination", lang="es", state="ARG",
    received="Fri, 09 Aug 2019 20:03:11 +0200", date="Fri, 9 Aug 2019 15:02:47 -0300",
    sender=("Luciana Ferreyra", "lferreyra@enacom.gob.ar"), charset="iso-8859-1", cte="quoted-printable",
    subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    msgid_style="gmail",
    delegates=[D("Martín Ezequiel Sosa", title="Coordinador de Innovación y Pymes TIC", email="msosa@enacom.gob.ar")],
    sessions=[B, C],
    body="""Estimados:

Por medio de la presente, el Ente Nacional de Comunicaciones (ENACOM) confirma el interés de la República
Argentina en participar de la serie de consultas. Proponemos al Lic. Martín Ezequiel Sosa, Coordinador de
Innovación y Pymes TIC (msosa@enacom.gob.ar), para la sesión de Budapest y para las reuniones de los Grupos
de Trabajo del Consejo a comienzos de 2020.

Quedamos a disposición.

Saludos cordiales,

Luciana Ferreyra
Área de Relaciones Internacionales e Institucionales
ENACOM - Perú 103, C1067AAC, Ciudad Autónoma de Buenos Aires
(+54 11) 4347-9400

El mié., 24 jul. 2019 a las 4:47, SME (<sme@itu.int>) escribió:
""" + gt(CIRC_ES))

add(file="es_03_col", kind="interest_only", lang="es", state="COL",
    received="Thu, 01 Aug 2019 23:40:00 +0200", date="Thu, 1 Aug 2019 16:39:21 -0500",
    sender=("Asuntos Internacionales MinTIC", "internacional@mintic.gov.co"),
    subject="Respuesta Circular CI-19/35 - Colombia", msgid_style="outlook",
    sessions=[B, W],
    body="""Respetado señor Clark:

El Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia agradece la invitación y
manifiesta su interés en participar en las sesiones de consulta, en particular en la sesión de Budapest y
en la que se celebrará durante el Foro de la CMSI en 2020.

El nombre de la persona designada le será comunicado en los próximos días, una vez se surta el trámite
interno de comisión.

Cordialmente,

Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Bogotá D.C.
""")

add(file="es_04_chl", kind="decline", lang="es", state="CHL",
    received="Mon, 12 Aug 2019 22:15:30 +0200", date="Mon, 12 Aug 2019 16:15:02 -0400",
    sender=("Pablo Henríquez", "phenriquez@subtel.gob.cl"), charset="iso-8859-1", cte="8bit",
    subject="RE: CI-19/35", msgid_style="exchange",
    body="""Estimados,

Junto con saludar, informo que por razones presupuestarias Chile no podrá participar en la sesión de
Budapest. Quizás evaluemos participar en la sesión de la CMSI más adelante, lo que les confirmaríamos en su
momento.

Saludos,

Pablo Henríquez M.
Jefe Unidad de Asuntos Internacionales
Subsecretaría de Telecomunicaciones - SUBTEL
Amunátegui 139, Santiago
""")

add(file="es_05_esp", kind="nomination", lang="es", state="ESP",
    received="Wed, 14 Aug 2019 13:07:45 +0200", sender=("Consejería TIC - REPER Ginebra", "consejeria.tic@reper-ginebra.es"),
    subject="RV: Circular UIT CI-19/35 - designación España", msgid_style="outlook", fmt="alt", cte="quoted-printable",
    delegates=[D("Javier Ruiz de Alda Montero", title="Subdirector General Adjunto de Fomento de la Sociedad Digital",
                 email="javier.ruizdealda@economia.gob.es")],
    sessions=[W],
    body="""Estimados señores:

Les reenvío la respuesta del Ministerio de Economía y Empresa a la Circular CI-19/35.

Un saludo,

Inés Calatayud
Consejera de Telecomunicaciones
Misión Permanente de España ante la Oficina de las Naciones Unidas en Ginebra
Av. Blanc 53, 1202 Ginebra

De: Secretaría de Estado para el Avance Digital <sead.internacional@economia.gob.es>
Enviado el: martes, 13 de agosto de 2019 18:22
Para: Consejería TIC - REPER Ginebra <consejeria.tic@reper-ginebra.es>
Asunto: Circular UIT CI-19/35 - designación España

Estimada Inés:

En relación con la Circular CI-19/35, te agradeceríamos que trasladaras a la UIT que España participará
únicamente en la sesión del Foro de la CMSI 2020, ya que no será posible desplazarse a Budapest en
septiembre.

La persona designada es D. Javier Ruiz de Alda Montero, Subdirector General Adjunto de Fomento de la
Sociedad Digital (javier.ruizdealda@economia.gob.es).

Muchas gracias y un saludo,

Unidad de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
""")

_ury = """Sr. Christopher Clark
Unión Internacional de Telecomunicaciones

De nuestra mayor consideración:

La Unidad Reguladora de Servicios de Comunicaciones (URSEC) tiene el agrado de informar que Uruguay participará
en la sesión de consulta de Budapest del 10 de setiembre. Se designa a la Ing. Valentina Pereira Rodríguez,
Gerente de Desarrollo Digital (vpereira@ursec.gub.uy).

Sin otro particular, saludamos a usted muy atentamente.

Gonzalo Etcheverry
Relaciones Internacionales - URSEC
Av. Uruguay 988, Montevideo"""
add(file="es_06_ury", kind="nomination", lang="es", state="URY",
    received="Wed, 31 Jul 2019 19:30:12 +0200", date="Wed, 31 Jul 2019 14:29:40 -0300",
    sender=("Gonzalo Etcheverry", "getcheverry@ursec.gub.uy"), subject="Circular CI-19/35 - Uruguay",
    fmt="html", html_body=outlook_html(_ury, lang="ES-UY", font="Arial"), cte="quoted-printable",
    delegates=[D("Valentina Pereira Rodríguez", title="Gerente de Desarrollo Digital", email="vpereira@ursec.gub.uy")])

add(file="es_07_ury_corr", kind="correction", lang="es", state="URY", supersedes="es_06_ury",
    received="Thu, 08 Aug 2019 16:02:30 +0200", date="Thu, 8 Aug 2019 11:01:55 -0300",
    sender=("Gonzalo Etcheverry", "getcheverry@ursec.gub.uy"), subject="RE: Circular CI-19/35 - Uruguay (ampliación)",
    charset="windows-1252", cte="quoted-printable",
    delegates=[D("Valentina Pereira Rodríguez", title="Gerente de Desarrollo Digital", email="vpereira@ursec.gub.uy"),
               D("Diego Fernández Acosta", title="Asesor en Economía Digital", email="dfernandez@ursec.gub.uy")],
    sessions=[B],
    body="""Estimado Sr. Clark:

Complementando nuestra nota del 31 de julio, le informamos que la delegación de Uruguay para la sesión de
Budapest estará integrada por:

- Ing. Valentina Pereira Rodríguez, Gerente de Desarrollo Digital (vpereira@ursec.gub.uy)
- Ec. Diego Fernández Acosta, Asesor en Economía Digital (dfernandez@ursec.gub.uy)

Saludos cordiales,

Gonzalo Etcheverry
Relaciones Internacionales - URSEC
""")

add(file="es_08_newsletter", kind="unrelated", lang="es", state=None,
    received="Tue, 20 Aug 2019 10:00:00 +0200", sender=("PymeDigital Latam", "boletin@pymedigital-latam.com"),
    subject="Boletín PymeDigital Latam - Agosto 2019: rumbo a Budapest", fmt="alt", cte="quoted-printable",
    extra_headers=[("List-Unsubscribe", "<mailto:baja@pymedigital-latam.com>"), ("Precedence", "list")],
    body="""BOLETÍN PYMEDIGITAL LATAM - AGOSTO 2019

En este número:

1. Rumbo a Budapest: diez startups latinoamericanas viajarán a ITU Telecom World 2019 (9-12 de septiembre)
   con el apoyo de aceleradoras regionales. Conozca sus propuestas.
2. Entrevista: Camila Restrepo, fundadora de AgroNube, cuenta cómo llevó su plataforma a 5 países.
3. Convocatoria abierta: programa de mentorías para pymes TIC, inscripciones hasta el 30 de septiembre.

Usted recibe este boletín porque se suscribió en www.pymedigital-latam.com.
Para darse de baja, responda a este correo con el asunto BAJA.
""")

add(file="es_09_cri", kind="nomination", lang="es", state="CRI",
    received="Sat, 17 Aug 2019 01:30:58 +0200", date="Fri, 16 Aug 2019 17:30:22 -0600",
    sender=("Viceministerio de Telecomunicaciones", "vicetelecom@micitt.go.cr"),
    subject="Costa Rica - designación sesión Budapest (Circular CI-19/35)", charset="iso-8859-1", cte="quoted-printable",
    delegates=[D("Andrea Solís Quesada", title="Directora de Gobernanza Digital", email="andrea.solis@micitt.go.cr"),
               D("Esteban Mora Víquez", title="Jefe del Departamento de Economía Digital",
                 email="esteban.mora@micitt.go.cr")],
    body="""Señores
Secretaría General UIT

Estimados señores:

Dentro del plazo indicado en la Circular CI-19/35, el Ministerio de Ciencia, Tecnología y
Telecomunicaciones (MICITT) comunica que Costa Rica estará representada en la sesión de consulta de
Budapest por:

Andrea Solís Quesada, Directora de Gobernanza Digital, andrea.solis@micitt.go.cr
Esteban Mora Víquez, Jefe del Departamento de Economía Digital, esteban.mora@micitt.go.cr

Atentamente,

Viceministerio de Telecomunicaciones
MICITT - San José, Costa Rica
Tel. (506) 2539-2200
""")
# ------------------------------------------------------------------------------------------------------ Arabic

add(file="ar_01_egy", kind="nomination", lang="ar", state="EGY",
    received="Sun, 04 Aug 2019 11:40:15 +0200", sender=("هشام السيد", "int.relations@tra.gov.eg"),
    subject="رد: CI-19/35 جلسات تشاور للدول الأعضاء", charset="windows-1256", cte="base64", msgid_style="exchange",
    delegates=[D("هشام عبد الرحمن السيد", aliases=("Hesham Abdel Rahman El Sayed",),
                 title="مدير عام تنمية صناعة الاتصالات", email="h.elsayed@tra.gov.eg")],
    body="""السيد/ كريستوفر كلارك
الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة CI-19/35 بتاريخ 23 يوليو 2019 بشأن جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة
العاملة في مجال التكنولوجيا والابتكار، يسر الجهاز القومي لتنظيم الاتصالات بجمهورية مصر العربية أن يحيطكم علماً
بترشيح م. هشام عبد الرحمن السيد (Eng. Hesham Abdel Rahman El Sayed)، مدير عام تنمية صناعة الاتصالات، للمشاركة
في الجلسة الأولى التي ستعقد في بودابست يوم 10 سبتمبر 2019.

البريد الإلكتروني: h.elsayed@tra.gov.eg
الهاتف: +20 2 3534 4000

وتفضلوا بقبول وافر الاحترام،

الإدارة العامة للعلاقات الدولية
الجهاز القومي لتنظيم الاتصالات
القرية الذكية، الجيزة

-----Original Message-----
From: SME <sme@itu.int>
Sent: Wednesday, July 24, 2019 9:47 AM
Subject: CI-19/35

""" + CIRC_AR)

_sau = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="rtl" style="font-family:'Traditional Arabic',Arial;font-size:14pt">
<p>سعادة الأمين العام للاتحاد الدولي للاتصالات المحترم،</p>
<p>السلام عليكم ورحمة الله وبركاته،</p>
<p>إشارة إلى التعميم رقم CI-19/35 بشأن جلسات التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة العاملة في مجال
التكنولوجيا والابتكار، نفيدكم برغبة المملكة العربية السعودية في المشاركة في الجلسة الأولى المقرر عقدها في بودابست
على هامش معرض تليكوم العالمي 2019، ونرفق لكم أدناه بيانات المرشحين:</p>
<table border="1" cellspacing="0" cellpadding="5" dir="rtl" style="border-collapse:collapse;font-size:12pt">
<tr style="background:#e2efda"><th>الاسم</th><th>Name</th><th>المسمى الوظيفي</th><th>البريد الإلكتروني</th></tr>
<tr><td>م. فيصل بن عبدالله القحطاني</td><td>Eng. Faisal Abdullah Al-Qahtani</td><td>مدير عام تطوير السوق الرقمية</td><td dir="ltr">fqahtani@citc.gov.sa</td></tr>
<tr><td>أ. نورة سعد العتيبي</td><td>Ms. Noura Saad Alotaibi</td><td>أخصائي أول سياسات الابتكار</td><td dir="ltr">nalotaibi@citc.gov.sa</td></tr>
</table>
<p>وتقبلوا خالص التحية والتقدير،</p>
<p><b>إدارة العلاقات الدولية</b><br>هيئة الاتصالات وتقنية المعلومات<br>الرياض - المملكة العربية السعودية</p>
</body></html>
"""
add(file="ar_02_sau", kind="nomination", lang="ar", state="SAU",
    received="Mon, 05 Aug 2019 09:12:00 +0200", date="Mon, 5 Aug 2019 10:11:22 +0300",
    sender=("International Relations CITC", "ir@citc.gov.sa"), subject="ترشيح ممثلي المملكة - CI-19/35",
    fmt="html", html_body=_sau, cte="base64", msgid_style="exchange",
    delegates=[D("فيصل بن عبدالله القحطاني", aliases=("Faisal Abdullah Al-Qahtani",),
                 title="مدير عام تطوير السوق الرقمية", email="fqahtani@citc.gov.sa"),
               D("نورة سعد العتيبي", aliases=("Noura Saad Alotaibi",),
                 title="أخصائي أول سياسات الابتكار", email="nalotaibi@citc.gov.sa")])

add(file="ar_03_are", kind="interest_only", lang="ar", state="ARE",
    received="Tue, 30 Jul 2019 10:55:21 +0200", date="Tue, 30 Jul 2019 12:54:47 +0400",
    sender=("إدارة الشؤون الدولية", "intl.affairs@tra.gov.ae"), subject="RE: CI-19/35", msgid_style="outlook",
    fmt="alt", cte="base64", sessions=[B, C],
    body="""السادة/ الاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

تود هيئة تنظيم الاتصالات في دولة الإمارات العربية المتحدة الإعراب عن اهتمامها بالمشاركة في جلسة التشاور
التي ستعقد في بودابست، وكذلك في الجلسات المزمع عقدها العام المقبل خلال اجتماعات أفرقة العمل التابعة للمجلس.

وسيتم موافاتكم باسم المشارك في أقرب وقت ممكن.

مع خالص التحيات،
إدارة الشؤون الدولية
هيئة تنظيم الاتصالات - أبوظبي
""")

add(file="ar_04_jor", kind="nomination", lang="ar", state="JOR",
    received="Wed, 07 Aug 2019 12:30:44 +0200", date="Wed, 7 Aug 2019 13:30:02 +0300",
    sender=("مكتب التعاون الدولي", "intl.coop@modee.gov.jo"), subject="مشاركة الأردن في جلسات التشاور - CI-19/35",
    charset="windows-1256", cte="quoted-printable",
    delegates=[D("رنا خالد الحوراني", title="مديرة مديرية الريادة والابتكار", email="rana.hourani@modee.gov.jo")],
    sessions=[B, W],
    body="""السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

إشارة إلى رسالتكم المعممة رقم CI-19/35، يسرني إعلامكم بأن وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية
الهاشمية قد رشحت السيدة رنا خالد الحوراني، مديرة مديرية الريادة والابتكار، للمشاركة في جلسة التشاور في بودابست
وفي الجلسة التي ستعقد أثناء منتدى القمة العالمية لمجتمع المعلومات 2020.

البريد الإلكتروني: rana.hourani@modee.gov.jo

وتفضلوا بقبول فائق الاحترام،
مكتب التعاون الدولي
وزارة الاقتصاد الرقمي والريادة - عمّان
""")

add(file="ar_05_omn", kind="decline", lang="ar", state="OMN",
    received="Sun, 11 Aug 2019 08:20:00 +0200", date="Sun, 11 Aug 2019 10:19:31 +0400",
    sender=("سالم الهنائي", "salim.alhinai@tra.gov.om"), subject="الاعتذار عن المشاركة - CI-19/35",
    charset="windows-1256", cte="base64",
    body="""الأخوة الأعزاء في الاتحاد الدولي للاتصالات،

السلام عليكم ورحمة الله وبركاته،

نشكركم على دعوتكم الكريمة للمشاركة في جلسات التشاور بشأن تشجيع الشركات الصغيرة والمتوسطة، ونود إفادتكم بأن
هيئة تنظيم الاتصالات بسلطنة عمان تعتذر عن المشاركة في جلسة بودابست نظراً لارتباطات سابقة.

مع خالص التقدير،
سالم بن حمد الهنائي
مدير دائرة العلاقات الدولية
هيئة تنظيم الاتصالات - مسقط
""")

add(file="ar_06_jor_corr", kind="correction", lang="ar", state="JOR", supersedes="ar_04_jor",
    received="Wed, 14 Aug 2019 15:10:03 +0200", date="Wed, 14 Aug 2019 16:09:40 +0300",
    sender=("مكتب التعاون الدولي", "intl.coop@modee.gov.jo"), subject="تعديل: مشاركة الأردن في جلسات التشاور - CI-19/35",
    charset="windows-1256", cte="quoted-printable",
    delegates=[D("رنا خالد الحوراني")],
    sessions=[C, W],
    body="""السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

إلحاقاً برسالتنا المؤرخة 7 آب 2019، نود إعلامكم بأنه نظراً لظروف طارئة لن تتمكن السيدة رنا خالد الحوراني
من السفر إلى بودابست في أيلول. لذا نرجو تعديل مشاركتها لتقتصر على الجلسة التي ستعقد خلال اجتماعات أفرقة العمل
التابعة للمجلس في أوائل 2020 والجلسة التي ستعقد أثناء منتدى القمة العالمية لمجتمع المعلومات 2020.

وتفضلوا بقبول فائق الاحترام،
مكتب التعاون الدولي
وزارة الاقتصاد الرقمي والريادة - عمّان
""")

add(file="ar_07_sdn", kind="nomination", lang="ar", state="SDN",
    received="Sun, 18 Aug 2019 10:45:31 +0200", sender=("Tpra International", "tpra.international@gmail.com"),
    subject="ترشيح السودان - جلسة بودابست", cte="base64", msgid_style="gmail",
    delegates=[D("محمد عثمان إبراهيم", aliases=("Mohamed Osman Ibrahim",), title="مدير إدارة تقانة المعلومات",
                 email="m.osman@tpra.gov.sd")],
    body="""السادة الاتحاد الدولي للاتصالات
إدارة الشركات الصغيرة والمتوسطة

تحية طيبة،

نعتذر عن التأخير في الرد بسبب الظروف الراهنة. يرغب الجهاز القومي لتنظيم الاتصالات والبريد بجمهورية السودان
في المشاركة في جلسة التشاور ببودابست، ونرشح لها المهندس محمد عثمان إبراهيم (Mohamed Osman Ibrahim)،
مدير إدارة تقانة المعلومات، بريده: m.osman@tpra.gov.sd

ولكم جزيل الشكر،
إدارة العلاقات الخارجية
الجهاز القومي لتنظيم الاتصالات والبريد - الخرطوم
""")

add(file="ar_08_dza", kind="inquiry", lang="ar", state="DZA",
    received="Thu, 08 Aug 2019 11:22:19 +0200", date="Thu, 8 Aug 2019 10:21:50 +0100",
    sender=("مديرية التعاون", "cooperation@mpttn.gov.dz"), subject="استفسار بخصوص الرسالة المعممة CI-19/35",
    charset="windows-1256", cte="8bit",
    body="""السيد كريستوفر كلارك،

تحية طيبة وبعد،

بخصوص جلسات التشاور المذكورة في الرسالة المعممة CI-19/35، نود الاستفسار عن النقاط التالية قبل إرسال
الترشيح الرسمي:
- هل يمكن أن يضم الوفد ممثلاً عن المؤسسات الناشئة الجزائرية إلى جانب ممثل الوزارة؟
- هل تتوفر ترجمة فورية إلى اللغة العربية خلال جلسة بودابست؟

مع فائق التقدير،
مديرية التعاون والعلاقات الدولية
وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة - الجزائر
""")
# ----------------------------------------------------------------------------------------------------- Russian

add(file="ru_01_rus", kind="nomination", lang="ru", state="RUS",
    received="Fri, 02 Aug 2019 09:05:42 +0200", date="Fri, 2 Aug 2019 10:05:11 +0300",
    sender=("Департамент международного сотрудничества", "dms@digital.gov.ru"), charset="koi8-r", cte="8bit",
    subject="Ответ на циркулярное письмо CI-19/35", mailer="Microsoft Outlook 14.0",
    delegates=[D("Соколов Андрей Викторович", aliases=("Andrey SOKOLOV",),
                 title="заместитель директора Департамента международного сотрудничества",
                 email="a.sokolov@digital.gov.ru")],
    body="""Уважаемый господин Кларк!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации, рассмотрев циркулярное
письмо CI-19/35, сообщает о намерении принять участие в первой консультационной сессии, которая пройдет
10 сентября 2019 г. в Будапеште в рамках ITU Telecom World 2019.

Сведения об участнике:

Фамилия Имя Отчество: Соколов Андрей Викторович
Name (Latin): Andrey SOKOLOV
Должность: заместитель директора Департамента международного сотрудничества
Тел.: +7 495 771-80-00
E-mail: a.sokolov@digital.gov.ru

С уважением,
Департамент международного сотрудничества
Минкомсвязь России
125375, Москва, ул. Тверская, д. 7
""")

add(file="ru_02_blr", kind="nomination", lang="ru", state="BLR",
    received="Mon, 05 Aug 2019 10:33:10 +0200", date="Mon, 5 Aug 2019 11:32:44 +0300",
    sender=("Управление международного сотрудничества", "mpt.intl@mpt.gov.by"), charset="windows-1251",
    cte="quoted-printable", subject="О консультационных сессиях МСЭ (CI-19/35)",
    delegates=[D("Ковалевской Ольги Николаевны", aliases=("Ковалевская Ольга Николаевна",),
                 title="заместителя начальника главного управления электросвязи", email="o.kovalevskaya@mpt.gov.by")],
    sessions=[B, C],
    body="""Уважаемый господин Генеральный секретарь!

Министерство связи и информатизации Республики Беларусь в ответ на циркулярное письмо CI-19/35 от 23 июля
2019 г. предлагает кандидатуру заместителя начальника главного управления электросвязи
Ковалевской Ольги Николаевны для участия в консультационной сессии в Будапеште, а также в аналогичной сессии в ходе собраний
рабочих групп Совета в начале 2020 года.

Адрес электронной почты: o.kovalevskaya@mpt.gov.by, тел. +375 17 287 87 40.

С уважением,
управление международного сотрудничества
Министерство связи и информатизации Республики Беларусь
г. Минск, пр. Независимости, 10
""")

add(file="ru_03_kgz", kind="interest_only", lang="ru", state="KGZ",
    received="Wed, 31 Jul 2019 08:40:00 +0200", date="Wed, 31 Jul 2019 12:39:27 +0600",
    sender=("Жылдыз Токтосунова", "j.toktosunova@gkits.gov.kg"), subject="Re: CI-19/35",
    sessions=[B],
    body="""Добрый день!

Государственный комитет информационных технологий и связи Кыргызской Республики выражает заинтересованность в
участии в консультационной сессии в Будапеште. Кандидатура участника будет сообщена дополнительно после
согласования с руководством.

С уважением,
Жылдыз Токтосунова
ведущий специалист отдела международного сотрудничества ГКИТС КР
+996 312 62 05 31
""")

add(file="ru_04_rus_corr", kind="correction", lang="ru", state="RUS", supersedes="ru_01_rus",
    received="Tue, 13 Aug 2019 14:50:20 +0200", date="Tue, 13 Aug 2019 15:49:58 +0300",
    sender=("Департамент международного сотрудничества", "dms@digital.gov.ru"), charset="koi8-r", cte="base64",
    subject="Замена участника - CI-19/35 (к письму от 02.08.2019)", mailer="Microsoft Outlook 14.0",
    delegates=[D("Белова Екатерина Сергеевна", aliases=("Ekaterina BELOVA",),
                 title="советник Департамента международного сотрудничества", email="e.belova@digital.gov.ru")],
    sessions=[B],
    body="""Уважаемый господин Кларк!

В дополнение к нашему письму от 2 августа 2019 г. просим учесть, что вместо А.В. Соколова в консультационной
сессии в Будапеште примет участие советник Департамента международного сотрудничества
Белова Екатерина Сергеевна (Ekaterina BELOVA), e-mail: e.belova@digital.gov.ru, тел. +7 495 771-81-12.

С уважением,
Департамент международного сотрудничества
Минкомсвязь России
""")

add(file="ru_05_tjk", kind="decline", lang="ru", state="TJK",
    received="Thu, 15 Aug 2019 07:30:05 +0200", date="Thu, 15 Aug 2019 10:29:40 +0500",
    sender=("Служба связи", "intl@aloqa.gov.tj"), subject="Ответ на письмо МСЭ CI-19/35", charset="windows-1251",
    cte="base64",
    body="""Уважаемые коллеги!

Служба связи при Правительстве Республики Таджикистан благодарит за приглашение и сообщает, что, к сожалению,
не имеет возможности направить представителя на консультационную сессию в Будапеште.

С уважением,
Отдел внешних связей
Служба связи при Правительстве Республики Таджикистан, г. Душанбе
""")

_ru_spam = """<html><body style="font-family:Verdana;font-size:13px">
<h2 style="color:#1d4e89">Деловая миссия в Будапешт: ITU Telecom World 2019</h2>
<p>Уважаемые коллеги!</p>
<p>Компания &laquo;ЭкспоКоннект&raquo; приглашает российские и зарубежные компании принять участие в деловой миссии на
ITU Telecom World 2019 (Будапешт, 9&ndash;12 сентября). Мы берем на себя застройку стенда, визовую поддержку,
организацию B2B-встреч и трансфер.</p>
<ul><li>Коллективный стенд от 4 500 евро</li><li>Пакет &laquo;Посетитель&raquo; &mdash; 890 евро</li>
<li>Скидка 10% при бронировании до 20 августа</li></ul>
<p>Ваш персональный менеджер: Ирина Павленко, +7 812 409-33-21, i.pavlenko@expoconnect.ru</p>
<p style="font-size:10px;color:#888">Вы получили это письмо, так как ваш адрес опубликован в открытых источниках.
Чтобы отписаться, ответьте &laquo;Отписаться&raquo;.</p>
</body></html>
"""
add(file="ru_06_spam", kind="unrelated", lang="ru", state=None,
    received="Mon, 05 Aug 2019 12:00:00 +0200", sender=("ЭкспоКоннект", "info@expoconnect.ru"),
    subject="Деловая миссия в Будапешт - ITU Telecom World 2019", fmt="html", html_body=_ru_spam,
    charset="windows-1251", cte="base64", relay="smtp-out7.sendmail-pro.ru")

add(file="ru_07_tkm", kind="nomination", lang="ru", state="TKM",
    received="Mon, 19 Aug 2019 08:15:27 +0200", date="Mon, 19 Aug 2019 11:15:01 +0500",
    sender=("Отдел международных связей", "intl@mic.gov.tm"), subject="RE: CI-19/35 Консультационные сессии МСЭ",
    msgid_style="outlook", fmt="alt", cte="base64",
    delegates=[D("Оразов Бахтияр Довлетович", aliases=("Б.Д. Оразов", "Bakhtiyar ORAZOV"),
                 title="начальник отдела цифровой экономики", email="b.orazov@mic.gov.tm")],
    body="""Уважаемый господин Кларк,

Министерство промышленности и коммуникаций Туркменистана сообщает, что для участия в консультационной сессии
в Будапеште направляется начальник отдела цифровой экономики Б.Д. Оразов.

Ф.И.О.: Оразов Бахтияр Довлетович (Bakhtiyar ORAZOV)
E-mail: b.orazov@mic.gov.tm

Просим извинить за задержку с ответом.

С уважением,
Отдел международных связей
Министерство промышленности и коммуникаций Туркменистана, г. Ашхабад
""")
# ----------------------------------------------------------------------------------------------------- Chinese

add(file="zh_01_chn_interest", kind="interest_only", lang="zh", state="CHN",
    received="Mon, 29 Jul 2019 11:05:00 +0200", sender=("中国常驻日内瓦代表团 科技处", "itu@chinamission.ch"),
    subject="回复：CI-19/35 关于中小企业磋商会议", sessions=[B], cte="base64",
    body="""国际电联秘书处：

中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团感谢国际电联的邀请。中方有意参加将于2019年9月10日在
布达佩斯举行的首次磋商会议，具体参会人员将由国内主管部门确定后另行通知。

此致

中国常驻日内瓦代表团 科技处
电话：+41 22 879 5678
""")

add(file="zh_02_chn", kind="nomination", lang="zh", state="CHN",
    received="Fri, 09 Aug 2019 04:30:12 +0200", date="Fri, 9 Aug 2019 10:29:44 +0800",
    sender=("工业和信息化部国际合作司", "intl@miit.gov.cn"), charset="gb2312", cte="base64",
    subject="关于参加国际电联中小企业磋商会议人员的函（CI-19/35）", mailer="Foxmail 7.2.13",
    delegates=[D("王晓东", aliases=("WANG Xiaodong",), title="国际合作司处长", email="wangxd@miit.gov.cn"),
               D("李静", aliases=("LI Jing",), title="中国信息通信研究院高级工程师", email="lijing@caict.ac.cn")],
    body="""国际电联秘书处：

根据国际电联第CI-19/35号通函，中国工业和信息化部拟派员参加2019年9月10日在匈牙利布达佩斯举行的
"促进技术和创新中小企业"首次磋商会议。参会人员如下：

1. 王晓东（WANG Xiaodong），国际合作司处长，邮箱：wangxd@miit.gov.cn
2. 李静（LI Jing），中国信息通信研究院高级工程师，邮箱：lijing@caict.ac.cn

请予接洽为盼。

工业和信息化部国际合作司
2019年8月9日
""")

add(file="zh_03_chn_corr", kind="correction", lang="zh", state="CHN", supersedes="zh_02_chn",
    received="Thu, 22 Aug 2019 05:12:40 +0200", date="Thu, 22 Aug 2019 11:12:03 +0800",
    sender=("工业和信息化部国际合作司", "intl@miit.gov.cn"), charset="gb2312", cte="base64",
    subject="关于调整参会人员的函（CI-19/35）", mailer="Foxmail 7.2.13",
    delegates=[D("王晓东", aliases=("WANG Xiaodong",), title="国际合作司处长", email="wangxd@miit.gov.cn"),
               D("陈志强", aliases=("CHEN Zhiqiang",), title="中国信息通信研究院工程师", email="chenzhiqiang@caict.ac.cn")],
    sessions=[B],
    body="""国际电联秘书处：

我部8月9日来函提名参加布达佩斯磋商会议的人员有所调整。因工作安排，李静同志不能参会，改由陈志强同志参加。
调整后的参会人员为：

1. 王晓东（WANG Xiaodong），国际合作司处长，wangxd@miit.gov.cn
2. 陈志强（CHEN Zhiqiang），中国信息通信研究院工程师，chenzhiqiang@caict.ac.cn

特此函告。

工业和信息化部国际合作司
""")

_zh_ad = """<html><head><meta charset="utf-8"></head><body style="font-family:'Microsoft YaHei';font-size:14px">
<p>尊敬的客户：</p>
<p>深圳市华拓通信科技有限公司诚邀您莅临<b>2019年国际电联世界电信展（ITU Telecom World 2019）</b>，
展会将于9月9日至12日在匈牙利布达佩斯举行。我司展位号：<b>C馆 C-21</b>。</p>
<p>届时我们将展出最新的5G小基站、光纤接入设备及物联网模组，欢迎洽谈合作！</p>
<p>联系人：刘经理 &nbsp; 手机/微信：+86 138 2651 7730 &nbsp; 邮箱：sales@huatuo-comm.cn</p>
<p style="color:#999;font-size:12px">如不希望再收到此类邮件，请回复"退订"。</p>
</body></html>
"""
add(file="zh_04_vendor", kind="unrelated", lang="zh", state=None,
    received="Wed, 28 Aug 2019 03:00:00 +0200", sender=("华拓通信", "sales@huatuo-comm.cn"),
    subject="诚邀莅临布达佩斯ITU世界电信展 - 华拓通信 C-21展位", fmt="html", html_body=_zh_ad, cte="base64",
    relay="smtp.qiye163.com")

add(file="zh_05_autoreply", kind="auto_reply", lang="zh", state=None,
    received="Wed, 24 Jul 2019 09:52:31 +0200", sender=("赵敏", "zhaomin@srrc.org.cn"),
    subject="自动回复: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    in_reply_to=False, extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    body="""您好！

我于7月22日至8月9日休假，期间邮件回复可能延迟。如有急事，请联系张伟（zhangwei@srrc.org.cn，电话010-6800 9127）。

谢谢！
赵敏
""")
# -------------------------------------------------------------------------------------------------- Portuguese

add(file="pt_01_bra", kind="nomination", lang="pt", state="BRA",
    received="Tue, 13 Aug 2019 21:05:44 +0200", date="Tue, 13 Aug 2019 16:05:10 -0300",
    sender=("Assessoria Internacional - Anatel", "ai@anatel.gov.br"), fmt="alt", charset="iso-8859-1",
    cte="quoted-printable", subject="RES: CI-19/35 - Indicação de participantes do Brasil", msgid_style="outlook",
    delegates=[D("Ricardo Augusto Nogueira Lima", title="Superintendente Adjunto de Planejamento e Regulamentação",
                 email="ricardo.lima@anatel.gov.br"),
               D("Juliana Castro de Almeida", title="Especialista em Regulação", email="juliana.almeida@anatel.gov.br")],
    sessions=[B, C],
    body="""Prezado Senhor Clark,

Em resposta à Carta Circular CI-19/35, a Agência Nacional de Telecomunicações (Anatel) tem a satisfação de
indicar os seguintes representantes do Brasil para a sessão de consulta em Budapeste e para as sessões a
serem realizadas durante as reuniões dos Grupos de Trabalho do Conselho no início de 2020:

- Ricardo Augusto Nogueira Lima, Superintendente Adjunto de Planejamento e Regulamentação
  (ricardo.lima@anatel.gov.br)
- Juliana Castro de Almeida, Especialista em Regulação (juliana.almeida@anatel.gov.br)

Atenciosamente,

Assessoria Internacional
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 6, Blocos C, E, F e H - Brasília/DF
""")

add(file="pt_02_prt", kind="interest_only", lang="pt", state="PRT",
    received="Fri, 02 Aug 2019 16:20:00 +0200", date="Fri, 2 Aug 2019 15:19:33 +0100",
    sender=("Relações Internacionais ANACOM", "ri@anacom.pt"), charset="iso-8859-1", cte="8bit",
    subject="Circular CI-19/35 - resposta de Portugal", sessions=[W],
    body="""Exmos. Senhores,

Agradecemos o convite. Portugal manifesta interesse em participar na sessão que terá lugar durante o Fórum
da CMSI 2020, em Genebra; quanto à sessão de Budapeste, infelizmente não nos será possível estar presentes.

Oportunamente indicaremos o nome do representante.

Com os melhores cumprimentos,

Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12, 1099-017 Lisboa
""")

add(file="pt_03_moz", kind="nomination", lang="pt", state="MOZ",
    received="Wed, 21 Aug 2019 11:40:03 +0200", sender=("Hélder Cumbe", "hcumbe.incm@gmail.com"),
    subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    msgid_style="gmail", cte="quoted-printable",
    delegates=[D("Célia Armando Macuácua", title="Chefe do Departamento de Tecnologias Emergentes",
                 email="celia.macuacua@incm.gov.mz")],
    body="""Bom dia,

O Instituto Nacional das Comunicações de Moçambique (INCM) indica a Eng.ª Célia Armando Macuácua, Chefe do
Departamento de Tecnologias Emergentes, para participar na sessão de Budapeste. O seu endereço é
celia.macuacua@incm.gov.mz.

Pedimos desculpa pelo envio tardio.

Cumprimentos,
Hélder Cumbe
Gabinete de Cooperação Internacional, INCM - Maputo

Em qua., 24 de jul. de 2019 às 09:47, SME <sme@itu.int> escreveu:

""" + gt(CIRC_EN))

add(file="pt_04_ago", kind="decline", lang="pt", state="AGO",
    received="Thu, 15 Aug 2019 17:33:10 +0200", date="Thu, 15 Aug 2019 16:32:41 +0100",
    sender=("Gabinete de Intercâmbio Internacional", "gii@mtti.gov.ao"), subject="Resposta à Circular CI-19/35",
    charset="windows-1252", cte="quoted-printable",
    body="""Exmo. Senhor Secretário-Geral,

O Ministério das Telecomunicações e Tecnologias de Informação da República de Angola agradece o convite e
informa que Angola não poderá fazer-se representar na sessão de consulta de Budapeste, devido a compromissos
de agenda previamente assumidos.

Queira aceitar os protestos da nossa elevada consideração.

Gabinete de Intercâmbio Internacional
MTTI - Luanda
""")

# ------------------------------------------------------------------------------------------------------ German

add(file="de_01_deu", kind="nomination", lang="de", state="DEU",
    received="Mon, 12 Aug 2019 10:40:12 +0200", sender=("Referat VIB3 (BMWi)", "buero-vib3@bmwi.bund.de"),
    subject="AW: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    charset="iso-8859-1", cte="quoted-printable", msgid_style="exchange",
    delegates=[D("Matthias Krüger", title="Referatsleiter Digitale Gründungen und Mittelstand",
                 email="matthias.krueger@bmwi.bund.de")],
    body="""Sehr geehrter Herr Clark,

vielen Dank für die Einladung zur Konsultationsreihe zur Förderung von Technologie- und Innovations-KMU.

Für die erste Sitzung am 10. September in Budapest benennt das Bundesministerium für Wirtschaft und Energie
Herrn Dr. Matthias Krüger, Referatsleiter Digitale Gründungen und Mittelstand
(matthias.krueger@bmwi.bund.de, Tel. +49 30 18615-6421).

Mit freundlichen Grüßen
Im Auftrag

Katrin Vogelsang
Referat VIB3 - Internationale Digitalpolitik, ITU
Bundesministerium für Wirtschaft und Energie
Scharnhorststraße 34-37, 10115 Berlin

-----Ursprüngliche Nachricht-----
Von: SME <sme@itu.int>
Gesendet: Mittwoch, 24. Juli 2019 09:47
Betreff: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs

""" + CIRC_EN)

add(file="de_02_aut", kind="nomination", lang="de", state="AUT",
    received="Thu, 08 Aug 2019 09:15:35 +0200", sender=("Gruber-Lechner, Stefanie", "stefanie.gruber-lechner@bmdw.gv.at"),
    subject="Teilnahme Österreich - ITU KMU-Konsultation (CI-19/35)", fmt="alt", cte="quoted-printable",
    msgid_style="exchange",
    delegates=[D("Stefanie Gruber-Lechner", title=None,
                 email="stefanie.gruber-lechner@bmdw.gv.at")],
    sessions=[B, W],
    body="""Sehr geehrte Damen und Herren,

Österreich wird an der Konsultationssitzung in Budapest sowie an der Sitzung im Rahmen des WSIS-Forums 2020
teilnehmen. Als Teilnehmerin darf ich mich selbst nennen.

Mit besten Grüßen

Mag. Stefanie Gruber-Lechner
Abteilung III/7 - Digitalisierung und E-Government, Internationales
Bundesministerium für Digitalisierung und Wirtschaftsstandort
Stubenring 1, 1010 Wien
T +43 1 711 00-802145
stefanie.gruber-lechner@bmdw.gv.at
""")

add(file="de_03_aut_corr", kind="correction", lang="de", state="AUT", supersedes="de_02_aut",
    received="Mon, 26 Aug 2019 14:22:00 +0200", sender=("Gruber-Lechner, Stefanie", "stefanie.gruber-lechner@bmdw.gv.at"),
    subject="AW: Teilnahme Österreich - ITU KMU-Konsultation (CI-19/35) - Änderung", charset="iso-8859-1",
    cte="quoted-printable", msgid_style="exchange",
    delegates=[D("Lukas Haslinger", title="Referent", email="lukas.haslinger@bmdw.gv.at")],
    sessions=[B, W],
    body="""Sehr geehrte Damen und Herren,

leider bin ich im September verhindert. An meiner Stelle wird DI Lukas Haslinger, Referent in unserer
Abteilung III/7 (lukas.haslinger@bmdw.gv.at), Österreich in Budapest vertreten. Er übernimmt auch die
Teilnahme am WSIS-Forum 2020.

Mit besten Grüßen
Stefanie Gruber-Lechner
BMDW, Abt. III/7
""")

add(file="de_04_autoreply", kind="auto_reply", lang="de", state=None,
    received="Wed, 24 Jul 2019 09:49:02 +0200", sender=("Wendt, Jörg", "joerg.wendt@bnetza.de"),
    subject="Abwesenheitsnotiz: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    charset="iso-8859-1", cte="quoted-printable", in_reply_to=False, msgid_style="exchange",
    extra_headers=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "joerg.wendt@bnetza.de")],
    body="""Sehr geehrte Damen und Herren,

ich bin bis einschließlich 23.08.2019 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an Frau Sabine Hofmann (sabine.hofmann@bnetza.de).

Mit freundlichen Grüßen
Jörg Wendt
""")

_ndr_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Die Nachricht konnte nicht an folgende Empfänger übermittelt werden:</font></b></p>
<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:peter.marxer@llv.li">peter.marxer@llv.li</a><br></font>
<font color="#000000" size="2" face="Tahoma">Der E-Mail-Adresse, die Sie eingegeben haben, konnte nicht gefunden werden.</font></p>
<p><font color="#808080" size="2" face="Tahoma"><b>Diagnoseinformationen für Administratoren:</b><br>
Generierender Server: mx01.llv.li<br>peter.marxer@llv.li<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</font></p>
</body></html>
"""
_ndr_b = "_ndr_" + hu("de_05", 16)
add(file="de_05_bounce", kind="bounce", lang="de", state=None,
    received="Tue, 27 Aug 2019 15:05:10 +0200", sender=("Microsoft Outlook", "postmaster@llv.li"),
    subject="Unzustellbar: Reminder: CI-19/35 - nominations for the Budapest session", relay="mx01.llv.li",
    msgid_style="exchange", in_reply_to=False, extra_headers=[("Auto-Submitted", "auto-replied")],
    root=Part([("Content-Type", f"multipart/report; report-type=delivery-status;\n\tboundary=\"{_ndr_b}\"")],
              boundary=_ndr_b, children=[
                  Part([("Content-Type", "multipart/alternative; boundary=\"alt_" + _ndr_b + "\"")],
                       boundary="alt_" + _ndr_b, children=[
                      leaf("Die Nachricht konnte nicht an folgende Empfänger übermittelt werden:\n\n"
                           "peter.marxer@llv.li\nDer E-Mail-Adresse, die Sie eingegeben haben, konnte nicht gefunden "
                           "werden.\n", "plain", "utf-8", "quoted-printable"),
                      leaf(_ndr_html, "html", "utf-8", "quoted-printable")]),
                  Part([("Content-Type", "message/delivery-status")],
                       b"Reporting-MTA: dns;mx01.llv.li\nReceived-From-MTA: dns;mail.itu.int\n"
                       b"Arrival-Date: Tue, 27 Aug 2019 13:04:55 +0000\n\n"
                       b"Final-Recipient: rfc822;peter.marxer@llv.li\nAction: failed\nStatus: 5.1.1\n"
                       b"Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n"),
                  Part([("Content-Type", "text/rfc822-headers")],
                       b"From: SME <sme@itu.int>\nTo: <peter.marxer@llv.li>\n"
                       b"Subject: Reminder: CI-19/35 - nominations for the Budapest session\n"
                       b"Date: Tue, 27 Aug 2019 15:04:40 +0200\nMessage-ID: <reminder-CI-19-35-lie.20190827@itu.int>\n")]))

# ----------------------------------------------------------------------------------------------------- Italian

add(file="it_01_ita", kind="nomination", lang="it", state="ITA",
    received="Wed, 14 Aug 2019 18:02:12 +0200", sender=("Giulia Ferrante", "giulia.ferrante@mise.gov.it"),
    subject="Re: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    charset="iso-8859-1", cte="quoted-printable", msgid_style="thunderbird",
    delegates=[D("Francesca Lombardi", title="Dirigente della Divisione Politiche per le imprese digitali",
                 email="francesca.lombardi@mise.gov.it")],
    sessions=[B, C],
    body="""Gentile dott. Clark,

con riferimento alla lettera circolare CI-19/35, il Ministero dello Sviluppo Economico comunica che alla
sessione di consultazione di Budapest, e alle riunioni dei Gruppi di lavoro del Consiglio previste all'inizio
del 2020, parteciperà la dott.ssa Francesca Lombardi, Dirigente della Divisione Politiche per le imprese
digitali (francesca.lombardi@mise.gov.it).

Cordiali saluti,
Giulia Ferrante
Ufficio Affari internazionali - Direzione Generale per le Tecnologie delle Comunicazioni
Ministero dello Sviluppo Economico, Viale America 201, Roma

Il giorno mer 24 lug 2019 alle ore 09:47 SME <sme@itu.int> ha scritto:
""" + gt(CIRC_EN))

add(file="it_02_smr", kind="interest_only", lang="it", state="SMR",
    received="Mon, 05 Aug 2019 11:11:11 +0200", sender=("Segreteria Affari Esteri", "affari.esteri@gov.sm"),
    subject="Circolare UIT CI-19/35 - Repubblica di San Marino", sessions=[W], charset="iso-8859-1", cte="8bit",
    body="""Egregi Signori,

la Repubblica di San Marino ringrazia per l'invito. Non sarà possibile partecipare alla sessione di Budapest,
ma siamo interessati a prendere parte alla sessione prevista in occasione del Forum WSIS 2020 a Ginevra.
Il nominativo del partecipante sarà comunicato in seguito.

Distinti saluti,
Dipartimento Affari Esteri
Repubblica di San Marino
""")

add(file="it_03_vat", kind="decline", lang="it", state="VAT",
    received="Fri, 09 Aug 2019 12:00:40 +0200", sender=("Direzione delle Telecomunicazioni", "telecomunicazioni@scv.va"),
    subject="Risposta alla Lettera Circolare CI-19/35", fmt="alt", cte="quoted-printable",
    body="""Alla cortese attenzione del Segretariato Generale dell'UIT

La Direzione delle Telecomunicazioni e dei Sistemi Informatici del Governatorato dello Stato della Città del
Vaticano ringrazia per il cortese invito e comunica che non potrà partecipare alle sessioni di consultazione
in oggetto.

Con i migliori saluti,
Direzione delle Telecomunicazioni e dei Sistemi Informatici
00120 Città del Vaticano
""")

# ----------------------------------------------------------------------------------------------------- Turkish

add(file="tr_01_tur", kind="nomination", lang="tr", state="TUR",
    received="Tue, 06 Aug 2019 14:18:40 +0200", date="Tue, 6 Aug 2019 15:18:02 +0300",
    sender=("Dış İlişkiler ve AB Genel Müdürlüğü", "dabgm@uab.gov.tr"), charset="iso-8859-9", cte="quoted-printable",
    subject="ITU CI-19/35 sayılı genelge - katılımcı bildirimi",
    delegates=[D("Ayşe Demirtaş'ın", aliases=("Ayşe Demirtaş",), title="Daire Başkanı",
                 email="ayse.demirtas@uab.gov.tr")],
    body="""Sayın Yetkili,

Uluslararası Telekomünikasyon Birliği'nin CI-19/35 sayılı genelgesi ile duyurulan KOBİ istişare toplantıları
serisine ilişkin olarak, 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk oturuma Bakanlığımız Dış
İlişkiler ve Avrupa Birliği Genel Müdürlüğü'nde görevli Daire Başkanı Ayşe Demirtaş'ın katılması uygun
görülmüştür.

İletişim: ayse.demirtas@uab.gov.tr, +90 312 203 10 00

Bilgilerinize arz ederim.

Saygılarımla,
Dış İlişkiler ve Avrupa Birliği Genel Müdürlüğü
T.C. Ulaştırma ve Altyapı Bakanlığı, Ankara
""")

add(file="tr_02_tur_corr", kind="correction", lang="tr", state="TUR", supersedes="tr_01_tur",
    received="Fri, 23 Aug 2019 10:05:00 +0200", date="Fri, 23 Aug 2019 11:04:31 +0300",
    sender=("Dış İlişkiler ve AB Genel Müdürlüğü", "dabgm@uab.gov.tr"), charset="iso-8859-9", cte="quoted-printable",
    subject="YNT: ITU CI-19/35 sayılı genelge - katılımcı bildirimi (güncelleme)",
    delegates=[D("Ayşe Demirtaş", title="Daire Başkanı", email="ayse.demirtas@uab.gov.tr"),
               D("Emre Yıldırım", title="Bilgi Teknolojileri ve İletişim Kurumu Uzmanı", email="emre.yildirim@btk.gov.tr")],
    sessions=[B],
    body="""Sayın Yetkili,

6 Ağustos 2019 tarihli e-postamıza ek olarak, Budapeşte oturumuna katılacak heyetimiz aşağıdaki şekilde
güncellenmiştir:

1) Ayşe Demirtaş, Daire Başkanı, Ulaştırma ve Altyapı Bakanlığı (ayse.demirtas@uab.gov.tr)
2) Emre Yıldırım, Bilgi Teknolojileri ve İletişim Kurumu Uzmanı (emre.yildirim@btk.gov.tr)

Bilgilerinize arz ederim.

Dış İlişkiler ve Avrupa Birliği Genel Müdürlüğü
""")

add(file="tr_03_company", kind="unrelated", lang="tr", state=None,
    received="Thu, 01 Aug 2019 13:00:00 +0200", sender=("Nesnetek Bilişim", "iletisim@nesnetek.com.tr"),
    subject="Budapeşte'de ITU Telecom World 2019'da standımıza bekliyoruz!", fmt="alt", cte="quoted-printable",
    body="""Merhaba,

Nesnetek Bilişim olarak 9-12 Eylül tarihlerinde Budapeşte'de düzenlenecek ITU Telecom World 2019 fuarında
akıllı şehir ve endüstriyel IoT çözümlerimizi sergileyeceğiz. Türkiye pavyonundaki D-08 numaralı standımızda
sizi ağırlamaktan mutluluk duyarız.

Toplantı talebi için: Serkan Aydın, İş Geliştirme Müdürü, +90 216 555 48 20

Sevgilerimizle,
Nesnetek Bilişim A.Ş. - İstanbul
Bu e-postayı almak istemiyorsanız lütfen bize bildirin.
""")
# ----------------------------------------------------------------------------------------------------- Persian

add(file="fa_01_irn", kind="nomination", lang="fa", state="IRN",
    received="Sat, 10 Aug 2019 09:45:30 +0200", date="Sat, 10 Aug 2019 12:15:02 +0430",
    sender=("دفتر همکاری‌های بین‌المللی", "intl@ict.gov.ir"), cte="base64",
    subject="معرفی نماینده جمهوری اسلامی ایران - CI-19/35",
    delegates=[D("محمدرضا کریمی‌نژاد", aliases=("Mohammadreza Kariminejad",),
                 title="مدیرکل دفتر توسعه کسب‌وکارهای نوآور", email="m.kariminejad@ict.gov.ir")],
    body="""جناب آقای کلارک،

با سلام و احترام،

پیرو بخشنامه شماره CI-19/35 اتحادیه بین‌المللی مخابرات در خصوص جلسات مشورتی «حمایت از بنگاه‌های کوچک و متوسط
فناوری و نوآوری»، بدینوسیله جناب آقای دکتر محمدرضا کریمی‌نژاد (Dr. Mohammadreza Kariminejad)، مدیرکل دفتر توسعه
کسب‌وکارهای نوآور وزارت ارتباطات و فناوری اطلاعات، جهت شرکت در نخستین جلسه در بوداپست معرفی می‌گردند.

پست الکترونیک: m.kariminejad@ict.gov.ir

با تشکر و احترام
دفتر همکاری‌های بین‌المللی
وزارت ارتباطات و فناوری اطلاعات - تهران
""")

add(file="fa_02_afg", kind="interest_only", lang="fa", state="AFG",
    received="Mon, 12 Aug 2019 07:20:10 +0200", date="Mon, 12 Aug 2019 09:50:01 +0430",
    sender=("Ahmad Shah Rahimi", "ahmadshah.rahimi@mcit.gov.af"), sessions=[B], fmt="alt", cte="base64",
    subject="RE: CI-19/35", msgid_style="outlook",
    body="""محترم کریستوفر کلارک،

با عرض سلام و احترام،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان علاقه‌مندی خود را به اشتراک در جلسه مشورتی
بوداپست ابراز می‌دارد. نام اشتراک‌کننده پس از طی مراحل اداری متعاقباً به شما ارسال خواهد شد.

با احترام،
احمد شاه رحیمی
آمریت روابط بین‌المللی
وزارت مخابرات و تکنالوژی معلوماتی، کابل
""")

# -------------------------------------------------------------------------------------------------- Indonesian

add(file="id_01_idn", kind="nomination", lang="id", state="IDN",
    received="Thu, 15 Aug 2019 06:30:12 +0200", date="Thu, 15 Aug 2019 11:29:40 +0700",
    sender=("Biro Kerja Sama Internasional Kominfo", "kerjasama@kominfo.go.id"),
    subject="Nominasi Delegasi Indonesia - Sesi Konsultasi UKM (CI-19/35)", fmt="alt", cte="quoted-printable",
    msgid_style="outlook",
    delegates=[D("Budi Santoso", title="Kepala Subdirektorat Ekonomi Digital", email="budi.santoso@kominfo.go.id"),
               D("Ratna Dewi Kusumawati", title="Analis Kebijakan Ahli Muda", email="ratn001@kominfo.go.id")],
    body="""Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran ITU CI-19/35, dengan hormat kami sampaikan bahwa Kementerian Komunikasi dan
Informatika Republik Indonesia akan berpartisipasi dalam sesi konsultasi pertama di Budapest pada tanggal
10 September 2019. Adapun delegasi yang ditunjuk adalah:

1. Bapak Budi Santoso, Kepala Subdirektorat Ekonomi Digital (budi.santoso@kominfo.go.id)
2. Ibu Ratna Dewi Kusumawati, Analis Kebijakan Ahli Muda (ratn001@kominfo.go.id)

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
Jl. Medan Merdeka Barat No. 9, Jakarta Pusat
""")

add(file="id_02_idn_inquiry", kind="inquiry", lang="id", state="IDN",
    received="Tue, 30 Jul 2019 05:44:18 +0200", date="Tue, 30 Jul 2019 10:43:50 +0700",
    sender=("Dimas Prasetyo", "dimas.prasetyo@kominfo.go.id"), subject="Pertanyaan terkait CI-19/35",
    body="""Selamat siang,

Mohon informasi apakah sesi konsultasi di Budapest juga terbuka bagi perwakilan startup atau asosiasi UKM
dari Indonesia, atau hanya untuk perwakilan pemerintah? Selain itu, apakah ada formulir khusus untuk
pendaftaran peserta?

Terima kasih atas bantuannya.

Salam,
Dimas Prasetyo
Biro Kerja Sama Internasional, Kementerian Kominfo
""")

# ----------------------------------------------------------------------------------------------------- Swahili

add(file="sw_01_tza", kind="nomination", lang="sw", state="TZA",
    received="Mon, 19 Aug 2019 12:40:00 +0200", date="Mon, 19 Aug 2019 13:39:31 +0300",
    sender=("Mkurugenzi Mkuu TCRA", "dg@tcra.go.tz"), subject="YAH: UTEUZI WA MSHIRIKI - KIKAO CHA BUDAPEST (CI-19/35)",
    delegates=[D("Juma Hassan Mwakyusa", title="Meneja wa Ubunifu na Maendeleo ya TEHAMA",
                 email="juma.mwakyusa@tcra.go.tz")],
    body="""Ndugu Katibu Mkuu,

Tunarejea barua yako yenye kumbukumbu CI-19/35 ya tarehe 23 Julai 2019.

Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kukujulisha kwamba Tanzania itashiriki katika kikao cha
mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019. Tumemteua Mhandisi Juma Hassan Mwakyusa,
Meneja wa Ubunifu na Maendeleo ya TEHAMA, kuwa mshiriki. Barua pepe yake ni juma.mwakyusa@tcra.go.tz.

Tunaomba radhi kwa kuchelewa kwa jibu hili.

Wako katika ujenzi wa Taifa,

Kitengo cha Mahusiano ya Kimataifa
Mamlaka ya Mawasiliano Tanzania, Dar es Salaam
""")

add(file="sw_02_ken_inquiry", kind="inquiry", lang="sw", state="KEN",
    received="Wed, 31 Jul 2019 09:10:00 +0200", date="Wed, 31 Jul 2019 10:09:21 +0300",
    sender=("Wanjiru Kariuki", "wkariuki@ict.go.ke"), subject="Swali kuhusu barua CI-19/35",
    body="""Habari,

Tumepokea barua yenu kuhusu vikao vya mashauriano vya biashara ndogo na za kati za teknolojia. Tungependa
kujua kama gharama za usafiri na malazi kwa mshiriki wa Budapest zitagharamiwa na ITU, au kila nchi
itajigharamia yenyewe. Pia, je, kuna nafasi ya kushiriki kwa njia ya mtandao?

Asanteni,
Wanjiru Kariuki
Idara ya Ushirikiano wa Kimataifa
Wizara ya Habari, Mawasiliano na Teknolojia, Nairobi
""")

# ---------------------------------------------------------------------------------------------------- Japanese

add(file="ja_01_jpn", kind="nomination", lang="ja", state="JPN",
    received="Wed, 07 Aug 2019 08:03:10 +0200", date="Wed, 7 Aug 2019 15:02:44 +0900",
    sender=("総務省 国際戦略局 国際経済課", "kokusai-keizai@soumu.go.jp"), charset="shift_jis", cte="base64",
    header_charset="iso-2022-jp", subject="Re: CI-19/35 中小企業に関する協議セッションへの参加者について",
    delegates=[D("山田 健一", aliases=("YAMADA Kenichi",), title="国際戦略局 国際経済課 課長補佐",
                 email="k-yamada@soumu.go.jp")],
    body="""ITU事務局 ご担当者様

いつもお世話になっております。総務省国際経済課でございます。

回章CI-19/35にてご案内いただきました中小企業に関する協議セッションのうち、9月10日にブダペストで
開催される第1回会合に、以下の者が出席いたします。

氏名：山田 健一（YAMADA Kenichi）
所属・役職：国際戦略局 国際経済課 課長補佐
E-mail：k-yamada@soumu.go.jp

なお、2020年のWSISフォーラムでのセッションにつきましては、改めて検討させていただきます。

よろしくお願いいたします。

総務省 国際戦略局 国際経済課
〒100-8926 東京都千代田区霞が関2-1-2
""")

add(file="ja_02_autoreply", kind="auto_reply", lang="ja", state=None,
    received="Tue, 13 Aug 2019 02:05:00 +0200", sender=("佐藤 美咲", "m-sato@mic-intl.go.jp"),
    subject="【自動返信】Reminder: CI-19/35 - nominations for the Budapest session", charset="iso-2022-jp",
    cte="7bit", in_reply_to=False, extra_headers=[("Auto-Submitted", "auto-replied")],
    root=None,
    body="""お問い合わせありがとうございます。

誠に勝手ながら、8月13日（火）から8月16日（金）まで夏季休暇をいただいております。
いただいたメールは8月19日（月）以降に順次対応いたします。

佐藤 美咲
""")

# ------------------------------------------------------------------------------------------------------ Korean

add(file="ko_01_kor", kind="nomination", lang="ko", state="KOR",
    received="Fri, 09 Aug 2019 07:55:00 +0200", date="Fri, 9 Aug 2019 14:54:31 +0900",
    sender=("과학기술정보통신부 국제협력담당관실", "intl@msit.go.kr"), charset="euc-kr", cte="base64",
    subject="[과기정통부] ITU 중소기업 협의 세션 참가자 통보 (CI-19/35)",
    delegates=[D("김민준", aliases=("KIM Minjun",), title="국제협력담당관실 사무관", email="minjun.kim@msit.go.kr")],
    sessions=[B, W],
    body="""ITU 사무국 귀하

안녕하십니까. 과학기술정보통신부 국제협력담당관실입니다.

회람 CI-19/35와 관련하여, 대한민국은 2019년 9월 10일 부다페스트에서 개최되는 첫 번째 협의 세션과
2020년 WSIS 포럼 기간 중 개최되는 세션에 참가하고자 합니다. 참가자는 아래와 같습니다.

 - 성명: 김민준 (KIM Minjun)
 - 소속/직위: 국제협력담당관실 사무관
 - 이메일: minjun.kim@msit.go.kr

감사합니다.

과학기술정보통신부 국제협력담당관실
세종특별자치시 가름로 194
""")

add(file="ko_02_newsletter", kind="unrelated", lang="ko", state=None,
    received="Thu, 22 Aug 2019 03:30:00 +0200", sender=("K-스타트업 글로벌 뉴스레터", "news@kstartup-global.kr"),
    subject="[뉴스레터] 9월 부다페스트 ITU 텔레콤 월드 한국관 참가기업 모집 마감 임박", fmt="html", charset="euc-kr",
    cte="base64", html_body="""<html><body style="font-family:'Malgun Gothic'">
<h3>K-스타트업 글로벌 뉴스레터 2019년 8월호</h3>
<p>9월 9일부터 12일까지 헝가리 부다페스트에서 열리는 ITU 텔레콤 월드 2019 한국관 참가기업 모집이
8월 30일에 마감됩니다. 부스 임차료의 70%를 지원합니다.</p>
<p>문의: 글로벌사업팀 이수진 매니저 (02-6000-1234)</p>
<p style="font-size:11px;color:#777">본 메일은 수신 동의하신 분께 발송되었습니다. 수신거부</p>
</body></html>
""", relay="mailer.kstartup-global.kr", extra_headers=[("Precedence", "bulk")])
# --------------------------------------------------------------------------------------------------- Ukrainian

add(file="uk_01_ukr", kind="nomination", lang="uk", state="UKR",
    received="Thu, 15 Aug 2019 16:45:00 +0200", date="Thu, 15 Aug 2019 17:44:37 +0300",
    sender=("Відділ міжнародного співробітництва", "intl@thedigital.gov.ua"), charset="windows-1251",
    cte="quoted-printable", subject="Щодо циркулярного листа МСЕ CI-19/35",
    delegates=[D("Шевчук Оксани Петрівни", aliases=("Шевчук Оксана Петрівна", "Oksana SHEVCHUK"),
                 title="генеральний директор директорату розвитку цифрової економіки",
                 email="o.shevchuk@thedigital.gov.ua")],
    body="""Шановний пане Кларк!

Міністерство цифрової трансформації України, розглянувши циркулярний лист CI-19/35, пропонує кандидатуру
Шевчук Оксани Петрівни (Oksana SHEVCHUK), генерального директора директорату розвитку цифрової економіки,
для участі в консультаційній сесії в Будапешті 10 вересня 2019 року.

Контактна особа: Шевчук Оксана Петрівна, генеральний директор директорату розвитку цифрової економіки,
o.shevchuk@thedigital.gov.ua, +380 44 207 17 33.

З повагою,
відділ міжнародного співробітництва
Міністерство цифрової трансформації України, м. Київ
""")

add(file="uk_02_ukr_inquiry", kind="inquiry", lang="uk", state="UKR",
    received="Fri, 02 Aug 2019 13:26:54 +0200", date="Fri, 2 Aug 2019 14:26:20 +0300",
    sender=("Наталія Бондаренко", "n.bondarenko@nkrzi.gov.ua"), subject="Питання щодо CI-19/35",
    body="""Добрий день!

Підкажіть, будь ласка, чи передбачена можливість дистанційної участі в консультаційній сесії в Будапешті?
І чи потрібна окрема реєстрація на ITU Telecom World для представника адміністрації?

Дякую.

З повагою,
Наталія Бондаренко
головний спеціаліст відділу міжнародних зв'язків НКРЗІ
""")

# ------------------------------------------------------------------------------------------------------ Polish

add(file="pl_01_pol", kind="nomination", lang="pl", state="POL",
    received="Fri, 16 Aug 2019 23:41:20 +0200", sender=("Departament Współpracy Międzynarodowej", "dwm@mc.gov.pl"),
    charset="iso-8859-2", cte="quoted-printable",
    subject="Odp: CI-19/35 - zgłoszenie kandydata RP",
    delegates=[D("Tomasza Wiśniewskiego", aliases=("Tomasz Wiśniewski",),
                 title="Naczelnik Wydziału Współpracy Międzynarodowej", email="t.wisniewski@mc.gov.pl")],
    sessions=[B, W],
    body="""Szanowny Panie,

w odpowiedzi na list okólny CI-19/35 Ministerstwo Cyfryzacji uprzejmie informuje, że zgłasza kandydaturę
Pana Tomasza Wiśniewskiego, Naczelnika Wydziału Współpracy Międzynarodowej, do udziału w sesji konsultacyjnej
w Budapeszcie oraz w sesji organizowanej podczas Forum WSIS 2020.

Dane kontaktowe:
Tomasz Wiśniewski, Naczelnik Wydziału Współpracy Międzynarodowej
e-mail: t.wisniewski@mc.gov.pl, tel. +48 22 245 59 10

Z wyrazami szacunku
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji, ul. Królewska 27, Warszawa
""")

add(file="pl_02_pol_interest", kind="interest_only", lang="pl", state="POL",
    received="Mon, 29 Jul 2019 12:02:33 +0200", sender=("Magdalena Zawadzka", "m.zawadzka@uke.gov.pl"),
    subject="Re: CI-19/35", charset="iso-8859-2", cte="8bit", msgid_style="thunderbird", sessions=[B],
    body="""Dzień dobry,

Polska jest zainteresowana udziałem w sesji konsultacyjnej w Budapeszcie. Nazwisko uczestnika przekaże
Ministerstwo Cyfryzacji po zakończeniu uzgodnień wewnętrznych.

Pozdrawiam serdecznie
Magdalena Zawadzka
Biuro Współpracy Międzynarodowej
Urząd Komunikacji Elektronicznej
""")

# ------------------------------------------------------------------------------------------------------- Dutch

add(file="nl_01_nld", kind="nomination", lang="nl", state="NLD",
    received="Tue, 13 Aug 2019 11:30:00 +0200", sender=("Berg-de Vries, A. van der (Annelies)", "a.vanderberg@minezk.nl"),
    subject="RE: CI-19/35 - deelname Nederland", fmt="alt", cte="quoted-printable", msgid_style="exchange",
    delegates=[D("Annelies van der Berg-de Vries", title="senior beleidsmedewerker Digitale Economie",
                 email="a.vanderberg@minezk.nl")],
    body="""Geachte heer Clark,

Hartelijk dank voor de uitnodiging. Namens Nederland zal ik, Annelies van der Berg-de Vries, senior
beleidsmedewerker Digitale Economie bij het Ministerie van Economische Zaken en Klimaat, deelnemen aan de
consultatiesessie in Boedapest op 10 september.

Met vriendelijke groet,

drs. A. van der Berg-de Vries
Directie Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, Den Haag
T +31 70 379 8911
""")

add(file="nl_02_sur", kind="interest_only", lang="nl", state="SUR",
    received="Fri, 09 Aug 2019 21:10:00 +0200", date="Fri, 9 Aug 2019 16:09:30 -0300",
    sender=("Directoraat Communicatie", "communicatie@tct.gov.sr"), subject="Reactie op circulaire CI-19/35",
    sessions=[B, C],
    body="""Geachte heer/mevrouw,

Het Ministerie van Transport, Communicatie en Toerisme van de Republiek Suriname heeft belangstelling om
deel te nemen aan de consultatiesessie in Boedapest en aan de sessies tijdens de vergaderingen van de
werkgroepen van de Raad begin 2020. De naam van onze vertegenwoordiger volgt zo spoedig mogelijk.

Met vriendelijke groet,
Directoraat Communicatie
Ministerie van TCT, Paramaribo
""")

# ----------------------------------------------------------------------------------------------------- Swedish

add(file="sv_01_swe", kind="nomination", lang="sv", state="SWE",
    received="Wed, 07 Aug 2019 15:55:00 +0200", sender=("Erik Sandberg", "erik.sandberg@pts.se"),
    subject="SV: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    charset="iso-8859-1", cte="quoted-printable", msgid_style="exchange",
    delegates=[D("Karin Lindqvist", title="handläggare vid avdelningen för marknadsfrågor", email="karin.lindqvist@pts.se")],
    body="""Hej,

Sverige deltar gärna i konsultationsmötet i Budapest den 10 september. Vi nominerar Karin Lindqvist,
handläggare vid avdelningen för marknadsfrågor på Post- och telestyrelsen (karin.lindqvist@pts.se).

Med vänliga hälsningar
Erik Sandberg
Internationella sekretariatet
Post- och telestyrelsen (PTS), Box 5398, 102 49 Stockholm

Från: SME <sme@itu.int>
Skickat: den 24 juli 2019 09:47
Ämne: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs

""" + CIRC_EN)

add(file="sv_02_newsletter", kind="unrelated", lang="sv", state=None,
    received="Wed, 21 Aug 2019 08:00:00 +0200", sender=("Nordic Startup Alliance", "nyhetsbrev@nordicstartups.se"),
    subject="Nyhetsbrev augusti: Nordiska startups till ITU Telecom World i Budapest", fmt="alt",
    charset="iso-8859-1", cte="quoted-printable", extra_headers=[("Precedence", "bulk")],
    body="""NYHETSBREV - AUGUSTI 2019

* Tolv nordiska startups åker till ITU Telecom World 2019 i Budapest den 9-12 september. Vill du träffa
  dem? Boka ett möte via vår webbplats.
* Panelsamtal i Malmö den 5 september: "Hur små techbolag når globala marknader" med Sofia Bergström och
  Mats Holmgren.

Du får detta nyhetsbrev eftersom du har anmält dig på nordicstartups.se. Avsluta prenumerationen här.
""")

# ---------------------------------------------------------------------------------------------------- Romanian

add(file="ro_01_rou", kind="nomination", lang="ro", state="ROU",
    received="Wed, 14 Aug 2019 09:20:00 +0200", date="Wed, 14 Aug 2019 10:19:33 +0300",
    sender=("Serviciul Relaţii Internaţionale ANCOM", "international@ancom.ro"), charset="iso-8859-2",
    cte="quoted-printable", subject="Răspuns la Circulara UIT CI-19/35",
    delegates=[D("Ioana-Cristina Mărgineanu", title="director al Direcţiei Dezvoltare şi Inovare",
                 email="ioana.margineanu@ancom.ro")],
    sessions=[B, C, W],
    body="""Stimate domnule Clark,

Autoritatea Naţională pentru Administrare şi Reglementare în Comunicaţii (ANCOM) vă mulţumeşte pentru
invitaţie şi vă informează că România doreşte să participe la toate cele trei sesiuni anunţate: la Budapesta,
în timpul reuniunilor grupurilor de lucru ale Consiliului din 2020 şi la Forumul WSIS 2020.

Persoana desemnată este doamna Ioana-Cristina Mărgineanu, director al Direcţiei Dezvoltare şi Inovare
(ioana.margineanu@ancom.ro).

Cu stimă,
Serviciul Relaţii Internaţionale
ANCOM, Str. Delea Nouă nr. 2, Bucureşti
""")

add(file="ro_02_mda", kind="nomination", lang="ro", state="MDA",
    received="Sat, 17 Aug 2019 00:04:12 +0200", date="Sat, 17 Aug 2019 01:03:50 +0300",
    sender=("Vitalie Cojocaru", "vitalie.cojocaru@anrceti.md"), subject="Re: CI-19/35 - participare Republica Moldova",
    msgid_style="gmail",
    delegates=[D("Vitalie Cojocaru", title="şef al Direcţiei politici şi reglementări",
                 email="vitalie.cojocaru@anrceti.md")],
    body="""Bună seara,

Vă confirm că voi reprezenta Republica Moldova la sesiunea de consultare de la Budapesta, din partea Agenţiei
Naţionale pentru Reglementare în Comunicaţii Electronice şi Tehnologia Informaţiei.

Cu respect,
Vitalie Cojocaru
şef al Direcţiei politici şi reglementări, ANRCETI
bd. Ştefan cel Mare 134, Chişinău
tel. +373 22 25 13 17
""")

# ------------------------------------------------------------------------------------------ Czech and Slovak

add(file="cs_01_cze", kind="nomination", lang="cs", state="CZE",
    received="Tue, 13 Aug 2019 13:12:45 +0200", sender=("Odbor mezinárodních vztahů MPO", "omv@mpo.cz"),
    charset="iso-8859-2", cte="quoted-printable", subject="Odpověď na oběžník ITU CI-19/35",
    delegates=[D("Janu Novotnou", aliases=("Jana Novotná",), title="vedoucí oddělení digitální ekonomiky",
                 email="novotnaj@mpo.cz")],
    body="""Vážený pane Clarku,

Ministerstvo průmyslu a obchodu České republiky děkuje za pozvání a nominuje na konzultační setkání
v Budapešti paní Ing. Janu Novotnou, vedoucí oddělení digitální ekonomiky.

Kontakt: Ing. Jana Novotná, tel. +420 224 853 117, e-mail novotnaj@mpo.cz

S pozdravem

Odbor mezinárodních vztahů
Ministerstvo průmyslu a obchodu, Na Františku 32, Praha 1
""")

add(file="sk_01_svk", kind="decline", lang="sk", state="SVK",
    received="Fri, 16 Aug 2019 10:44:09 +0200", sender=("Martin Horváth", "martin.horvath@mindop.sk"),
    charset="iso-8859-2", cte="quoted-printable", subject="RE: CI-19/35",
    body="""Dobrý deň,

Slovenská republika sa z kapacitných dôvodov konzultačného stretnutia v Budapešti nezúčastní.
Ďakujeme za pochopenie.

S pozdravom
Martin Horváth
odbor medzinárodných vzťahov
Ministerstvo dopravy a výstavby SR
""")

# --------------------------------------------------------------------------------------------------- Hungarian

add(file="hu_01_hun", kind="nomination", lang="hu", state="HUN",
    received="Thu, 08 Aug 2019 14:05:30 +0200", sender=("NMHH Nemzetközi Főosztály", "nemzetkozi@nmhh.hu"),
    charset="iso-8859-2", cte="quoted-printable", subject="Válasz: CI-19/35 - magyar részvétel",
    delegates=[D("Nagy Katalint", aliases=("Nagy Katalin",), title="főosztályvezető-helyettes",
                 email="nagy.katalin@nmhh.hu"),
               D("Kovács Pétert", aliases=("Kovács Péter",), title="vezető szakértő", email="kovacs.peter@nmhh.hu")],
    sessions=[B],
    body="""Tisztelt Clark Úr!

A Nemzeti Média- és Hírközlési Hatóság örömmel vesz részt a budapesti konzultációs ülésen. Magyarország
képviseletére dr. Nagy Katalint, a Nemzetközi Főosztály főosztályvezető-helyettesét (nagy.katalin@nmhh.hu),
valamint Kovács Pétert, vezető szakértőt (kovacs.peter@nmhh.hu) jelöljük.

Üdvözlettel:
NMHH Nemzetközi Főosztály
1015 Budapest, Ostrom u. 23-25.
""")

# ------------------------------------------------------------------------------------------------------- Greek

add(file="el_01_grc", kind="nomination", lang="el", state="GRC",
    received="Mon, 12 Aug 2019 12:48:00 +0200", date="Mon, 12 Aug 2019 13:47:31 +0300",
    sender=("Διεύθυνση Διεθνών Σχέσεων", "intl@mindigital.gr"), charset="iso-8859-7", cte="quoted-printable",
    subject="Απάντηση στην εγκύκλιο ITU CI-19/35",
    delegates=[D("Γεώργιου Παπαδόπουλου", aliases=("Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos"),
                 title="Προϊστάμενος Τμήματος Ψηφιακής Καινοτομίας", email="g.papadopoulos@mindigital.gr")],
    body="""Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, το Υπουργείο Ψηφιακής Διακυβέρνησης σας γνωστοποιεί τη συμμετοχή του
κ. Γεώργιου Παπαδόπουλου (Georgios Papadopoulos), Προϊσταμένου του Τμήματος Ψηφιακής Καινοτομίας, στη
συνεδρίαση διαβούλευσης της Βουδαπέστης.

Στοιχεία επικοινωνίας: Γεώργιος Παπαδόπουλος, Προϊστάμενος Τμήματος Ψηφιακής Καινοτομίας,
email: g.papadopoulos@mindigital.gr

Με εκτίμηση,
Διεύθυνση Διεθνών Σχέσεων
Υπουργείο Ψηφιακής Διακυβέρνησης, Αθήνα
""")

add(file="el_02_cyp", kind="decline", lang="el", state="CYP",
    received="Wed, 14 Aug 2019 08:36:12 +0200", date="Wed, 14 Aug 2019 09:35:40 +0300",
    sender=("Τμήμα Ηλεκτρονικών Επικοινωνιών", "dec@mcw.gov.cy"), charset="windows-1253", cte="base64",
    subject="RE: CI-19/35",
    body="""Αγαπητοί συνάδελφοι,

Σας ευχαριστούμε για την πρόσκληση. Η Κυπριακή Δημοκρατία δεν θα συμμετάσχει στη συνεδρία της Βουδαπέστης
λόγω φόρτου εργασίας. Ενδεχομένως να εξετάσουμε τη συμμετοχή μας στις επόμενες συνεδρίες το 2020.

Με εκτίμηση,
Τμήμα Ηλεκτρονικών Επικοινωνιών
Υφυπουργείο Έρευνας, Καινοτομίας και Ψηφιακής Πολιτικής, Λευκωσία
""")
# ------------------------------------------------------------------------------------------ Hebrew, Thai, etc.

add(file="he_01_isr", kind="nomination", lang="he", state="ISR",
    received="Sun, 11 Aug 2019 10:02:00 +0200", date="Sun, 11 Aug 2019 11:01:28 +0300",
    sender=("אגף קשרים בינלאומיים", "intl@moc.gov.il"), charset="windows-1255", cte="base64",
    subject="השתתפות ישראל במפגש ההתייעצות - CI-19/35",
    delegates=[D("יעל כהן-לוי", aliases=("Yael Cohen-Levi",), title="מנהלת תחום חדשנות ויזמות",
                 email="yaelc@moc.gov.il")],
    body="""לכבוד
מר כריסטופר קלארק
איגוד הטלקומוניקציה הבינלאומי

שלום רב,

בהמשך לחוזר CI-19/35, משרד התקשורת מתכבד להודיעך כי גב' יעל כהן-לוי (Ms. Yael Cohen-Levi), מנהלת תחום
חדשנות ויזמות, תייצג את מדינת ישראל במפגש ההתייעצות שייערך בבודפשט ב-10 בספטמבר 2019.

דוא"ל: yaelc@moc.gov.il

בברכה,
אגף קשרים בינלאומיים
משרד התקשורת, ירושלים
""")

add(file="th_01_tha", kind="nomination", lang="th", state="THA",
    received="Thu, 15 Aug 2019 10:10:10 +0200", date="Thu, 15 Aug 2019 15:09:44 +0700",
    sender=("สำนักความสัมพันธ์ระหว่างประเทศ", "intl@nbtc.go.th"), charset="tis-620", cte="base64",
    subject="การเสนอชื่อผู้เข้าร่วมประชุม CI-19/35",
    delegates=[D("สุภาวดี ศรีสุข", aliases=("Supawadee Srisuk",), title="ผู้อำนวยการส่วนนวัตกรรมและวิสาหกิจขนาดกลางและขนาดย่อม",
                 email="supawadee.s@nbtc.go.th")],
    body="""เรียน เลขาธิการสหภาพโทรคมนาคมระหว่างประเทศ

ตามหนังสือเวียนที่ CI-19/35 เรื่อง การประชุมหารือสำหรับประเทศสมาชิก สำนักงาน กสทช. ขอเสนอชื่อ
นางสาวสุภาวดี ศรีสุข (Ms. Supawadee Srisuk) ผู้อำนวยการส่วนนวัตกรรมและวิสาหกิจขนาดกลางและขนาดย่อม
เข้าร่วมการประชุมหารือครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562

อีเมล: supawadee.s@nbtc.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สำนักความสัมพันธ์ระหว่างประเทศ
สำนักงาน กสทช.
""")

add(file="vi_01_vnm", kind="nomination", lang="vi", state="VNM",
    received="Fri, 09 Aug 2019 11:00:00 +0200", date="Fri, 9 Aug 2019 15:59:32 +0700",
    sender=("Vụ Hợp tác quốc tế", "htqt@mic.gov.vn"), cte="quoted-printable",
    subject="V/v cử đại biểu tham dự phiên tham vấn CI-19/35",
    delegates=[D("Nguyễn Văn Hùng", title="Phó Vụ trưởng Vụ Hợp tác quốc tế", email="nvhung@mic.gov.vn")],
    sessions=[B, C],
    body="""Kính gửi: Ban Thư ký Liên minh Viễn thông Quốc tế (ITU)

Phúc đáp Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo cử ông
Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác quốc tế (email: nvhung@mic.gov.vn), tham dự phiên tham vấn tại Budapest và các
phiên tham vấn trong khuôn khổ cuộc họp các Nhóm công tác của Hội đồng vào đầu năm 2020.

Trân trọng,
Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông, 18 Nguyễn Du, Hà Nội
""")

add(file="hi_01_ind", kind="nomination", lang="hi", state="IND",
    received="Wed, 14 Aug 2019 14:40:00 +0200", date="Wed, 14 Aug 2019 18:09:31 +0530",
    sender=("अंतर्राष्ट्रीय संबंध प्रभाग", "ir-dot@gov.in"), cte="base64",
    subject="सीआई-19/35: बुडापेस्ट परामर्श सत्र हेतु नामांकन",
    delegates=[D("राजेश कुमार शर्मा", aliases=("Rajesh Kumar Sharma",), title="उप महानिदेशक (अंतर्राष्ट्रीय संबंध)",
                 email="rk.sharma@gov.in")],
    body="""महोदय,

आईटीयू के परिपत्र सीआई-19/35 के संदर्भ में, दूरसंचार विभाग, भारत सरकार, बुडापेस्ट में 10 सितंबर 2019 को होने
वाले प्रथम परामर्श सत्र हेतु श्री राजेश कुमार शर्मा (Shri Rajesh Kumar Sharma), उप महानिदेशक (अंतर्राष्ट्रीय
संबंध), का नामांकन करता है। उनका ई-मेल पता rk.sharma@gov.in है।

अन्य सत्रों में भागीदारी पर बाद में विचार किया जाएगा।

भवदीय,
अंतर्राष्ट्रीय संबंध प्रभाग
दूरसंचार विभाग, संचार भवन, नई दिल्ली
""")

add(file="bn_01_bgd", kind="nomination", lang="bn", state="BGD",
    received="Fri, 16 Aug 2019 22:30:05 +0000", date="Sat, 17 Aug 2019 04:29:40 +0600", itu_host="mx2.itu.int",
    sender=("আন্তর্জাতিক সম্পর্ক শাখা বিটিআরসি", "ir@btrc.gov.bd"), cte="base64",
    subject="সিআই-১৯/৩৫: বুদাপেস্ট পরামর্শ সভায় মনোনয়ন",
    delegates=[D("মোঃ রফিকুল ইসলাম", aliases=("Md. Rafiqul Islam",),
                 title="উপ-পরিচালক, ইঞ্জিনিয়ারিং অ্যান্ড অপারেশনস বিভাগ", email="rafiqul@btrc.gov.bd")],
    body="""জনাব,

আইটিইউ-এর সার্কুলার সিআই-১৯/৩৫ এর প্রেক্ষিতে বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন (বিটিআরসি) বুদাপেস্টে
অনুষ্ঠিতব্য প্রথম পরামর্শ সভায় অংশগ্রহণের জন্য জনাব মোঃ রফিকুল ইসলাম (Md. Rafiqul Islam), উপ-পরিচালক,
ইঞ্জিনিয়ারিং অ্যান্ড অপারেশনস বিভাগ-কে মনোনয়ন প্রদান করছে।

ই-মেইল: rafiqul@btrc.gov.bd

বিলম্বের জন্য আমরা দুঃখিত।

বিনীত,
আন্তর্জাতিক সম্পর্ক শাখা
বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন, ঢাকা
""")

add(file="ms_01_mys", kind="nomination", lang="ms", state="MYS",
    received="Tue, 06 Aug 2019 04:50:00 +0200", date="Tue, 6 Aug 2019 10:49:31 +0800",
    sender=("Perwakilan Tetap Malaysia, Geneva", "mwgeneva@kln.gov.my"),
    subject="Fwd: Pencalonan Wakil Malaysia - Surat Pekeliling ITU CI-19/35", msgid_style="outlook",
    delegates=[D("Ahmad Faizal bin Razali", title="Pengurus Kanan, Jabatan Pembangunan Ekonomi Digital",
                 email="faizal.razali@mcmc.gov.my")],
    sessions=[B, W],
    body="""Tuan/Puan,

Dengan hormatnya dimaklumkan bahawa Perwakilan Tetap Malaysia di Geneva memanjangkan e-mel daripada
Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC) di bawah untuk tindakan pihak ITU.

Sekian, terima kasih.

Nurul Izzah binti Kamarudin
Setiausaha Kedua
Perwakilan Tetap Malaysia ke Pejabat PBB di Geneva

---------- Forwarded message ---------
From: Bahagian Antarabangsa MCMC <antarabangsa@mcmc.gov.my>
Date: Mon, Aug 5, 2019 at 5:12 PM
Subject: Pencalonan Wakil Malaysia - Surat Pekeliling ITU CI-19/35
To: Perwakilan Tetap Malaysia, Geneva <mwgeneva@kln.gov.my>

Puan,

Merujuk kepada Surat Pekeliling ITU CI-19/35, MCMC ingin mencalonkan Encik Ahmad Faizal bin Razali, Pengurus
Kanan, Jabatan Pembangunan Ekonomi Digital (faizal.razali@mcmc.gov.my), untuk menyertai sesi konsultasi di
Budapest dan juga sesi semasa Forum WSIS 2020.

Mohon jasa baik pihak Puan untuk memanjangkan pencalonan ini kepada ITU.

Bahagian Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia, Cyberjaya
""")

add(file="tl_01_phl", kind="interest_only", lang="tl", state="PHL",
    received="Mon, 05 Aug 2019 08:20:00 +0200", date="Mon, 5 Aug 2019 14:19:27 +0800",
    sender=("DICT International Affairs", "international@dict.gov.ph"), subject="Tugon sa CI-19/35",
    sessions=[B],
    body="""Magandang araw po,

Ang Kagawaran ng Teknolohiyang Pang-impormasyon at Komunikasyon (DICT) ng Pilipinas ay interesadong lumahok
sa sesyon ng konsultasyon sa Budapest sa Setyembre 10. Ipapadala po namin ang pangalan ng aming kinatawan
sa lalong madaling panahon, pagkatapos itong aprubahan ng aming Kalihim.

Maraming salamat po.

International Affairs Service
Department of Information and Communications Technology
C.P. Garcia Ave., Diliman, Quezon City
""")

add(file="am_01_eth", kind="nomination", lang="am", state="ETH",
    received="Tue, 27 Aug 2019 09:15:00 +0200", date="Tue, 27 Aug 2019 10:14:33 +0300",
    sender=("የውጭ ግንኙነት ዳይሬክቶሬት", "external.relations@mint.gov.et"), cte="base64",
    subject="CI-19/35 - የተሳታፊ ስም ማሳወቂያ",
    delegates=[D("ዳዊት ተስፋዬ", aliases=("Dawit Tesfaye",), title="የዲጂታል ኢኮኖሚ ዳይሬክተር",
                 email="dawit.tesfaye@mint.gov.et")],
    body="""ለዓለም አቀፉ የቴሌኮሙኒኬሽን ህብረት (ITU)
ጄኔቫ

ጉዳዩ፡ የቡዳፔስት የምክክር ስብሰባ ተሳታፊን ስለማሳወቅ

የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቁጥር CI-19/35 የተላከውን ደብዳቤ መሰረት በማድረግ፣ በቡዳፔስት በሚካሄደው የመጀመሪያው
የምክክር ስብሰባ ላይ አቶ ዳዊት ተስፋዬ (Mr. Dawit Tesfaye)፣ የዲጂታል ኢኮኖሚ ዳይሬክተር፣ ኢትዮጵያን ወክለው
እንዲሳተፉ መመደባቸውን በአክብሮት እናሳውቃለን።

ኢሜይል፡ dawit.tesfaye@mint.gov.et

ከሰላምታ ጋር
የውጭ ግንኙነት ዳይሬክቶሬት
የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር፣ አዲስ አበባ
""")

add(file="ka_01_geo", kind="nomination", lang="ka", state="GEO",
    received="Wed, 07 Aug 2019 10:30:00 +0200", date="Wed, 7 Aug 2019 12:29:21 +0400",
    sender=("ComCom International", "international@comcom.ge"), cte="base64",
    subject="პასუხი ცირკულარულ წერილზე CI-19/35",
    delegates=[D("ნინო ბერიძე", aliases=("Nino Beridze",), title="საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი",
                 email="n.beridze@comcom.ge")],
    body="""ბატონო კლარკ,

საქართველოს კომუნიკაციების ეროვნული კომისია მადლობას გიხდით მოწვევისთვის და გაცნობებთ, რომ ბუდაპეშტში
გამართულ პირველ საკონსულტაციო სესიაში მონაწილეობას მიიღებს:

ნინო ბერიძე (Nino Beridze) - საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი
ელ-ფოსტა: n.beridze@comcom.ge

პატივისცემით,
საერთაშორისო ურთიერთობების დეპარტამენტი
საქართველოს კომუნიკაციების ეროვნული კომისია, თბილისი
""")

add(file="hy_01_arm", kind="nomination", lang="hy", state="ARM",
    received="Fri, 16 Aug 2019 23:15:40 +0200", date="Sat, 17 Aug 2019 01:15:02 +0400",
    sender=("Արամ Հովհաննիսյան", "a.hovhannisyan@mtcit.am"), cte="base64",
    subject="Re: CI-19/35 - Հայաստանի մասնակցություն", msgid_style="gmail",
    delegates=[D("Արամ Հովհաննիսյան", aliases=("Aram Hovhannisyan",), title="միջազգային համագործակցության վարչության պետ",
                 email="a.hovhannisyan@mtcit.am")],
    body="""Հարգելի պարոն Քլարք,

Հայաստանի Հանրապետության տրանսպորտի, կապի և տեղեկատվական տեխնոլոգիաների նախարարությունը տեղեկացնում է, որ
Բուդապեշտում կայանալիք խորհրդակցական նիստին Հայաստանը կներկայացնեմ ես։

Հարգանքով՝
Արամ Հովհաննիսյան (Aram Hovhannisyan)
միջազգային համագործակցության վարչության պետ
ՀՀ ՏԿՏՏ նախարարություն, Երևան
""")

add(file="az_01_aze", kind="decline", lang="az", state="AZE",
    received="Tue, 13 Aug 2019 09:30:00 +0200", date="Tue, 13 Aug 2019 11:29:40 +0400",
    sender=("Beynəlxalq əlaqələr şöbəsi", "intl@mincom.gov.az"), subject="CI-19/35 sirkulyar məktubuna cavab",
    cte="quoted-printable",
    body="""Hörmətli cənab Klark,

Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi dəvətə görə təşəkkür edir və bildirir ki, Azərbaycan
Respublikası Budapeştdə keçiriləcək məsləhətləşmə sessiyasında iştirak edə bilməyəcək.

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi, Bakı
""")

add(file="kk_01_kaz", kind="nomination", lang="kk", state="KAZ",
    received="Fri, 16 Aug 2019 21:10:30 +0200", date="Sat, 17 Aug 2019 01:10:02 +0600",
    sender=("Халықаралық ынтымақтастық департаменті", "intl@mdai.gov.kz"), cte="base64",
    subject="ХЭО CI-19/35 циркулярлық хатына жауап",
    delegates=[D("Асқар Жұмабекұлы Төлеубаев", aliases=("Askar Toleubayev",), title="Халықаралық ынтымақтастық департаментінің бас сарапшысы",
                 email="a.toleubayev@mdai.gov.kz")],
    body="""Құрметті Кларк мырза!

Қазақстан Республикасының Цифрлық даму, қорғаныс және аэроғарыш өнеркәсібі министрлігі CI-19/35 циркулярлық
хатына жауап ретінде Будапешт қаласында өтетін консультациялық сессияға Халықаралық ынтымақтастық
департаментінің бас сарапшысы Асқар Жұмабекұлы Төлеубаев (Askar Toleubayev) қатысатынын хабарлайды.

Электрондық пошта: a.toleubayev@mdai.gov.kz

Құрметпен,
Халықаралық ынтымақтастық департаменті, Нұр-Сұлтан қ.
""")

add(file="uz_01_uzb", kind="interest_only", lang="uz", state="UZB",
    received="Tue, 06 Aug 2019 08:00:00 +0200", date="Tue, 6 Aug 2019 11:59:31 +0500",
    sender=("Xalqaro hamkorlik boshqarmasi", "xalqaro@mitc.uz"), subject="CI-19/35 sonli xatga javob",
    sessions=[B],
    body="""Hurmatli janob Klark!

O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi
Budapeshtda bo'lib o'tadigan maslahat sessiyasida ishtirok etishdan manfaatdor ekanligini ma'lum qiladi.
Ishtirokchining ismi-sharifi keyinroq yuboriladi.

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi, Toshkent
""")

add(file="sr_01_srb", kind="nomination", lang="sr", state="SRB",
    received="Fri, 16 Aug 2019 23:58:40 +0200", sender=("Сектор за међународну сарадњу", "medjunarodna@mtt.gov.rs"),
    charset="utf-8", cte="quoted-printable", subject="Одговор на циркуларно писмо CI-19/35",
    delegates=[D("Милана Јовановића", aliases=("Милан Јовановић", "Milan Jovanović"), title="самосталног саветника у Сектору за електронске комуникације",
                 email="milan.jovanovic@mtt.gov.rs")],
    body="""Поштовани господине Кларк,

Министарство трговине, туризма и телекомуникација Републике Србије за учешће на консултативној сесији у
Будимпешти предлаже Милана Јовановића (Milan Jovanović), самосталног саветника у Сектору за електронске
комуникације (milan.jovanovic@mtt.gov.rs).

С поштовањем,
Сектор за међународну сарадњу и европске интеграције
Министарство трговине, туризма и телекомуникација, Београд
""")

add(file="hr_01_hrv", kind="decline", lang="hr", state="HRV",
    received="Thu, 01 Aug 2019 10:00:00 +0200", sender=("Ivana Perić", "ivana.peric@hakom.hr"),
    charset="iso-8859-2", cte="quoted-printable", subject="RE: CI-19/35", msgid_style="exchange",
    body="""Poštovani,

zahvaljujemo na pozivu. Republika Hrvatska neće sudjelovati na sjednici u Budimpešti. Eventualno sudjelovanje
na WSIS forumu razmotrit ćemo naknadno.

Srdačan pozdrav,
Ivana Perić
Služba za međunarodnu suradnju
HAKOM, Zagreb
""")

add(file="fi_01_fin", kind="nomination", lang="fi", state="FIN",
    received="Wed, 14 Aug 2019 09:05:00 +0200", date="Wed, 14 Aug 2019 10:04:31 +0300",
    sender=("Kirjaamo LVM", "kirjaamo@lvm.fi"), charset="iso-8859-1", cte="quoted-printable",
    subject="Vastaus ITU:n kiertokirjeeseen CI-19/35",
    delegates=[D("Mikko Virtasen", aliases=("Mikko Virtanen",), title="neuvotteleva virkamies",
                 email="mikko.virtanen@lvm.fi")],
    sessions=[B, W],
    body="""Hyvä vastaanottaja,

Liikenne- ja viestintäministeriö esittää Budapestissa 10.9.2019 pidettävään konsultaatioistuntoon
osallistujaksi neuvotteleva virkamies Mikko Virtasen. Lisäksi Suomi osallistuu mielellään WSIS-foorumin
2020 yhteydessä järjestettävään istuntoon.

Virtasen yhteystiedot: mikko.virtanen@lvm.fi, puh. +358 295 34 2000.

Ystävällisin terveisin
Liikenne- ja viestintäministeriö
PL 31, 00023 Valtioneuvosto, Helsinki
""")

add(file="no_01_nor", kind="nomination", lang="no", state="NOR",
    received="Fri, 09 Aug 2019 14:14:00 +0200", sender=("Nkom internasjonalt", "internasjonalt@nkom.no"),
    charset="iso-8859-1", cte="quoted-printable", subject="Svar på CI-19/35",
    delegates=[D("Ingrid Haugland", title="seniorrådgiver", email="ingrid.haugland@nkom.no")],
    sessions=[W],
    body="""Hei,

Norge har dessverre ikke anledning til å delta i Budapest. Nasjonal kommunikasjonsmyndighet ønsker likevel å
delta i sesjonen under WSIS-forumet i 2020, og nominerer seniorrådgiver Ingrid Haugland
(ingrid.haugland@nkom.no).

Med vennlig hilsen
Nasjonal kommunikasjonsmyndighet (Nkom)
Postboks 93, 4791 Lillesand
""")

add(file="da_01_dnk", kind="interest_only", lang="da", state="DNK",
    received="Thu, 08 Aug 2019 16:40:00 +0200", sender=("Søren Kjærgaard", "sokj@erst.dk"),
    charset="iso-8859-1", cte="quoted-printable", subject="SV: CI-19/35", msgid_style="exchange", sessions=[B],
    body="""Kære Christopher Clark,

Danmark er interesseret i at deltage i konsultationsmødet i Budapest. Vi vender tilbage med navnet på
deltageren, så snart det er afklaret.

Venlig hilsen
Søren Kjærgaard
Specialkonsulent, Erhvervsstyrelsen
Langelinie Allé 17, 2100 København Ø
""")

add(file="bg_01_bgr", kind="nomination", lang="bg", state="BGR",
    received="Mon, 12 Aug 2019 15:20:00 +0200", date="Mon, 12 Aug 2019 16:19:30 +0300",
    sender=("Дирекция Международна дейност", "intl@mtitc.government.bg"), charset="windows-1251",
    cte="quoted-printable", subject="Отговор на циркулярно писмо CI-19/35",
    delegates=[D("Десислава Петрова Иванова", aliases=("Desislava Ivanova",), title="държавен експерт",
                 email="divanova@mtitc.government.bg")],
    body="""Уважаеми господин Кларк,

Министерството на транспорта, информационните технологии и съобщенията определя г-жа
Десислава Петрова Иванова (Desislava Ivanova), държавен експерт в дирекция „Електронни съобщения“, за участие в
консултативната сесия в Будапеща.

Имейл: divanova@mtitc.government.bg

С уважение,
Дирекция „Международна дейност“
МТИТС, ул. „Дякон Игнатий“ 9, София
""")

add(file="lt_01_ltu", kind="nomination", lang="lt", state="LTU",
    received="Tue, 06 Aug 2019 10:55:00 +0200", date="Tue, 6 Aug 2019 11:54:32 +0300",
    sender=("Susisiekimo ministerija", "info@sumin.lt"), charset="iso-8859-13", cte="quoted-printable",
    subject="Dėl ITU aplinkraščio CI-19/35",
    delegates=[D("Ramunę Kazlauskienę", aliases=("Ramunė Kazlauskienė",),
                 title="Ryšių politikos skyriaus vyriausioji specialistė", email="ramune.kazlauskiene@sumin.lt")],
    body="""Gerbiamasis pone Clarkai,

Lietuvos Respublikos susisiekimo ministerija, atsakydama į aplinkraštį CI-19/35, į konsultacinę sesiją
Budapešte siūlo Ramunę Kazlauskienę, Ryšių politikos skyriaus vyriausiąją specialistę
(ramune.kazlauskiene@sumin.lt).

Kontaktinis asmuo: Ramunė Kazlauskienė, Ryšių politikos skyriaus vyriausioji specialistė, tel. +370 5 239 3911.

Pagarbiai
Susisiekimo ministerija, Gedimino pr. 17, Vilnius
""")

# ------------------------------------------------------------------------------------------- late additions

_tto_inner = """From: Office of the Permanent Secretary <ps.office@mpa.gov.tt>
To: Permanent Mission of Trinidad and Tobago Geneva <tt.mission@ttmissiongeneva.ch>
Subject: ITU Circular CI-19/35 - Nomination
Date: Thu, 8 Aug 2019 14:32:10 -0400
Message-ID: <a81c77e0d2@mpa.gov.tt>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Ambassador,

The Ministry of Public Administration wishes to nominate Mr. Rajiv Ramsaroop, Digital Economy Specialist
(rajiv.ramsaroop@mpa.gov.tt), to participate in the ITU consultation session on SMEs in Budapest on
10 September 2019.

We would be grateful if the Mission could convey this nomination to the ITU Secretariat.

Regards,
Office of the Permanent Secretary
Ministry of Public Administration, Port of Spain
"""
_tto_b = "----=_Part_" + hu("en_15_tto", 14)
add(file="en_15_tto", kind="nomination", lang="en", state="TTO",
    received="Fri, 09 Aug 2019 10:27:31 +0200", sender=("Permanent Mission of Trinidad and Tobago Geneva",
                                                       "tt.mission@ttmissiongeneva.ch"),
    subject="Fwd: ITU Circular CI-19/35 - Nomination",
    delegates=[D("Rajiv Ramsaroop", title="Digital Economy Specialist", email="rajiv.ramsaroop@mpa.gov.tt")],
    root=Part([("Content-Type", f"multipart/mixed;\n\tboundary=\"{_tto_b}\"")], boundary=_tto_b, children=[
        leaf("""Dear Sir/Madam,

The Permanent Mission of the Republic of Trinidad and Tobago to the United Nations Office and other
International Organisations in Geneva presents its compliments to the ITU and has the honour to forward the
attached correspondence from the Ministry of Public Administration regarding Circular CI-19/35.

Kind regards,

Anisha Maharaj-Baptiste
Second Secretary
Permanent Mission of Trinidad and Tobago, Geneva
""", "plain", "utf-8", "7bit"),
        Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment; filename=\"ITU Circular CI-19_35 - Nomination.eml\"")],
             _tto_inner.encode("ascii"))]))

add(file="en_16_ken", kind="nomination", lang="en", state="KEN",
    received="Thu, 15 Aug 2019 08:58:02 +0200", date="Thu, 15 Aug 2019 09:57:30 +0300",
    sender=("Ministry of ICT - International Affairs", "intlaffairs@ict.go.ke"),
    subject="Kenya's nominees - ITU SME consultation sessions (CI-19/35)", msgid_style="outlook",
    cc="Wanjiru Kariuki <wkariuki@ict.go.ke>; Peter Otieno Mbogo <pmbogo@ict.go.ke>",
    delegates=[D("Esther Njeri Mwangi", title="Director, ICT Innovation", email="enmwangi@ict.go.ke"),
               D("Brian Kiprono Cheruiyot", title="Senior ICT Officer", email="bcheruiyot@ict.go.ke")],
    sessions=[B, C],
    body="""Dear Mr Clark,

We thank the Secretary-General, Mr Houlin Zhao, for the invitation and refer to our earlier query on costs,
which has now been resolved internally.

Kenya will be represented at the Budapest session, and at the session during the Council Working Group
meetings early next year, by Esther Njeri Mwangi, Director, ICT Innovation (enmwangi@ict.go.ke) and
Brian Kiprono Cheruiyot, Senior ICT Officer (bcheruiyot@ict.go.ke).

For any logistical matters please copy Ms Wanjiru Kariuki and Mr Peter Otieno Mbogo, who are copied on this
message.

Yours sincerely,

International Affairs Division
Ministry of Information, Communications and Technology
Teleposta Towers, Kenyatta Avenue, Nairobi
""")

add(file="es_10_pry", kind="inquiry", lang="es", state="PRY",
    received="Tue, 06 Aug 2019 15:42:10 +0200", date="Tue, 6 Aug 2019 09:41:38 -0400",
    sender=("Relaciones Internacionales CONATEL", "rrii@conatel.gov.py"), subject="Consulta sobre Circular CI-19/35",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Buenos días:

Quisiéramos saber si el plazo del 16 de agosto para designar participantes puede extenderse, dado que la
designación requiere una resolución del Directorio que recién se reunirá el 20 de agosto. ¿Sería posible
enviar el nombre después de esa fecha?

Atentamente,
Dirección de Relaciones Internacionales
Comisión Nacional de Telecomunicaciones (CONATEL) - Asunción, Paraguay
""")

_fr_ndr = "_ndr_" + hu("fr_11", 16)
add(file="fr_11_bounce", kind="bounce", lang="fr", state=None,
    received="Wed, 28 Aug 2019 11:20:44 +0200", sender=("Microsoft Outlook", "postmaster@ministere-numerique.gouv.ga"),
    subject="Non remis : Reminder: CI-19/35 - nominations for the Budapest session", msgid_style="exchange",
    in_reply_to=False, extra_headers=[("Auto-Submitted", "auto-replied")],
    root=Part([("Content-Type", f"multipart/report; report-type=delivery-status;\n\tboundary=\"{_fr_ndr}\"")],
              boundary=_fr_ndr, children=[
                  leaf("""Impossible de remettre le message à ces destinataires ou groupes :

j.mboumba@ministere-numerique.gouv.ga
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.
Réessayez d'envoyer le message plus tard ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de génération : MAIL01.ministere-numerique.gouv.ga
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""", "plain", "utf-8", "quoted-printable"),
                  Part([("Content-Type", "message/delivery-status")],
                       b"Reporting-MTA: dns;MAIL01.ministere-numerique.gouv.ga\n\n"
                       b"Final-Recipient: rfc822;j.mboumba@ministere-numerique.gouv.ga\nAction: failed\n"
                       b"Status: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full\n"),
                  Part([("Content-Type", "text/rfc822-headers")],
                       b"From: SME <sme@itu.int>\nTo: <j.mboumba@ministere-numerique.gouv.ga>\n"
                       b"Subject: Reminder: CI-19/35 - nominations for the Budapest session\n"
                       b"Date: Wed, 28 Aug 2019 11:20:01 +0200\n")]))

add(file="ar_09_qat", kind="nomination", lang="ar", state="QAT",
    received="Tue, 13 Aug 2019 10:48:27 +0200", date="Tue, 13 Aug 2019 11:47:55 +0300",
    sender=("إدارة العلاقات الدولية", "ir@motc.gov.qa"), charset="iso-8859-6", cte="base64",
    subject="Nomination - CI-19/35", header_charset="utf-8",
    delegates=[D("عبدالعزيز محمد الكواري", title="مدير ادارة الاقتصاد الرقمي", email="aalkuwari@motc.gov.qa"),
               D("مريم علي المهندي", title="خبير سياسات الابتكار", email="malmuhannadi@motc.gov.qa")],
    sessions=[B, C, W],
    body="""السيد المحترم / كريستوفر كلارك

تحية طيبة وبعد،

بالاشارة الى الرسالة المعممة رقم CI-19/35 يسر وزارة المواصلات والاتصالات في دولة قطر ان تعلمكم برغبتها
في المشاركة في جميع جلسات التشاور المعلن عنها، وترشح لذلك كلا من:

السيد عبدالعزيز محمد الكواري - مدير ادارة الاقتصاد الرقمي - aalkuwari@motc.gov.qa
السيدة مريم علي المهندي - خبير سياسات الابتكار - malmuhannadi@motc.gov.qa

وتفضلوا بقبول فائق الاحترام والتقدير،
ادارة العلاقات الدولية
وزارة المواصلات والاتصالات - الدوحة
""")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    write(out)
    print(f"wrote {len(MESSAGES)} messages and labels to {out}")


if __name__ == "__main__":
    main()
