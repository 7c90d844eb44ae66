#!/usr/bin/env python3
"""Blind labelled corpus of replies to ITU circular CI-19/35 (corpus blind-11).

Standard library only, deterministic (no randomness, no clock).  Running it
rewrites messages/*.eml, labels.jsonl and README.md next to this file, then
validates everything and exits non-zero on any failure.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import re
import sys
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
GENEVA = _dt.timezone(_dt.timedelta(hours=2))
DEADLINE = _dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=GENEVA)
LABEL_KEYS = ["message_id", "file", "kind", "language", "member_state", "delegates",
              "sessions", "received_at", "late", "supersedes"]
KINDS = ["nomination", "interest_only", "decline", "correction", "inquiry",
         "auto_reply", "bounce", "unrelated"]
SESSIONS = ["budapest-2019", "cwg-2020", "wsis-2020"]
BUD, CWG, WSIS = SESSIONS

CIRC_MID = "<6A1F0C2E9B7D4E3A8C5B1D0F2E4A6C8B@EXCH-GVA04.itu.int>"
CIRC_SUBJ = ("ITU Circular CI-19/35 - Consultation sessions for Member States: "
             "Fostering tech and innovation SMEs")


# ---------------------------------------------------------------- helpers
def T(s, off):
    """'2019-08-07 10:14:22', '+0200' -> aware datetime."""
    sign = 1 if off[0] == "+" else -1
    tz = _dt.timezone(sign * _dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfcdate(d):
    return format_datetime(d)


def h8(s, n=10):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n].upper()


def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encode a header text; ASCII stays as is."""
    if all(ord(c) < 128 for c in s):
        return s
    cs_label = cs

    def one(chunk):
        raw = chunk.encode(cs)
        if enc == "B":
            return "=?%s?B?%s?=" % (cs_label, base64.b64encode(raw).decode("ascii"))
        out = []
        for b in raw:
            ch = chr(b)
            if b == 0x20:
                out.append("_")
            elif (ch.isalnum() and b < 128) or ch in "!*+-/":
                out.append(ch)
            else:
                out.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (cs_label, "".join(out))

    # pack whole words (each keeping its trailing space) into encoded words of <= 75 chars;
    # only a single over-long word is cut between characters
    tokens = re.findall(r"\S+\s*|\s+", s)
    pieces = []
    for tok in tokens:
        if len(one(tok)) <= 74:
            pieces.append(tok)
            continue
        cur = ""
        for ch in tok:
            if cur and len(one(cur + ch)) > 74:
                pieces.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            pieces.append(cur)
    words, cur = [], ""
    for pc in pieces:
        if cur and len(one(cur + pc)) > 74:
            words.append(cur)
            cur = pc
        else:
            cur += pc
    if cur:
        words.append(cur)
    return "\r\n ".join(one(w) for w in words)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, enc), email)


def enc_body(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)  # strict: fails loudly on a bad charset choice
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw)
        if not b.endswith(b"\n"):
            b += b"\n"
    elif cte == "7bit":
        if any(x > 127 for x in raw):
            raise ValueError("7bit body with 8-bit bytes (%s)" % cs)
        b = raw
    elif cte == "8bit":
        b = raw
    else:
        raise ValueError(cte)
    for line in b.split(b"\n"):
        if len(line) > 990:
            raise ValueError("line too long")
    return b.replace(b"\n", b"\r\n")


def leaf(ctype, text, cs="utf-8", cte="quoted-printable", extra=None, fmt=None):
    hdr = ['Content-Type: %s; charset="%s"%s' % (ctype, cs, "; format=" + fmt if fmt else "")]
    hdr.append("Content-Transfer-Encoding: %s" % cte)
    if extra:
        hdr.extend(extra)
    return (hdr, enc_body(text, cs, cte))


def txt(text, cs="utf-8", cte="quoted-printable", **kw):
    return leaf("text/plain", text, cs, cte, **kw)


def html(text, cs="utf-8", cte="quoted-printable", **kw):
    return leaf("text/html", text, cs, cte, **kw)


def binpart(ctype, data, filename, disp="attachment"):
    hdr = ['Content-Type: %s; name="%s"' % (ctype, filename),
           "Content-Transfer-Encoding: base64",
           'Content-Disposition: %s; filename="%s"' % (disp, filename)]
    return (hdr, base64.encodebytes(data).replace(b"\n", b"\r\n"))


def rawpart(hdr, body_text):
    """A part whose body is given as ASCII text (message/delivery-status etc.)."""
    b = body_text.replace("\r\n", "\n")
    if not b.endswith("\n"):
        b += "\n"
    return (hdr, b.encode("ascii").replace(b"\n", b"\r\n"))


def multi(sub, boundary, parts, params="", preamble=None):
    hdr = ['Content-Type: multipart/%s;\r\n\tboundary="%s"%s' % (sub, boundary, params)]
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n"
    for ph, pb in parts:
        body += b"--" + boundary.encode("ascii") + b"\r\n"
        body += "\r\n".join(ph).encode("ascii") + b"\r\n\r\n"
        body += pb
        if not pb.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + boundary.encode("ascii") + b"--\r\n"
    return (hdr, body)


def alt(boundary, plain, htmlpart):
    return multi("alternative", boundary, [plain, htmlpart])


def outlook_html(inner, lang="EN-US", dir_=None, cs="utf-8"):
    """Wrap body HTML the way Outlook 2016 does."""
    d = ' dir="%s"' % dir_ if dir_ else ""
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
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
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	border:solid windowtext 1.0pt;}
.MsoChpDefault
	{mso-style-type:export-only;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
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
""" % (cs, lang, d, inner))


def P(text):
    """Outlook paragraph(s) from plain lines."""
    out = []
    for para in text.strip("\n").split("\n"):
        if para.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % para)
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def otable(rows, header=True):
    """Outlook MsoTableGrid table."""
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            b1, b2 = ("<b>", "</b>") if header and i == 0 else ("", "")
            out.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       '<p class="MsoNormal">%s%s%s<o:p></o:p></p></td>' % (b1, cell, b2))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------- received
def received_chain(m):
    """Topmost ITU Received plus the sender-side hop(s)."""
    at = m["at"]
    mx = m.get("mx", "mx1")
    host, ip = m["host"], m["ip"]
    tag = h8(m["mid"], 9)
    comment = " (CEST)" if at.utcoffset() == _dt.timedelta(hours=2) and m.get("cest", True) else ""
    if at.utcoffset() == _dt.timedelta(0):
        comment = " (UTC)" if m.get("cest", True) else ""
    top = ("from %s (%s [%s])\r\n\tby %s.itu.int (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s%s"
           % (host, host, ip, mx, tag, m.get("rcpt", "sme@itu.int"), rfcdate(at), comment))
    hops = [top]
    sd = m["date"]
    gap = (at - sd).total_seconds()
    s1 = sd + _dt.timedelta(seconds=min(m.get("lag", 3), max(0, gap // 2)))
    client = m.get("client", "postfix")
    sid = h8(m["mid"] + "s", 12)
    if client == "exchange":
        inner = m.get("inner", "EXCH01." + host.split(".", 1)[1])
        hops.append("from %s (10.%d.%d.%d) by %s\r\n (10.%d.%d.%d) with Microsoft SMTP Server\r\n"
                    " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id\r\n 15.1.1713.5; %s"
                    % (inner, int(sid[0:2], 16) % 250, int(sid[2:4], 16) % 250, 11, host,
                       int(sid[0:2], 16) % 250, int(sid[2:4], 16) % 250, 12, rfcdate(s1)))
    elif client == "o365":
        hops.append("from %s.prod.outlook.com (2603:10a6:%s::%s) by\r\n %s.prod.outlook.com\r\n"
                    " (2603:10a6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n"
                    " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.2157.20; %s"
                    % (m.get("o365", "AM6PR04MB5432.eurprd04"), sid[:3].lower(), sid[3:5].lower(),
                       m.get("o365", "AM6PR04MB5432.eurprd04").replace("MB", "MB1"),
                       sid[5:8].lower(), sid[8:10].lower(), rfcdate(s1.astimezone(_dt.timezone.utc))))
    elif client == "gmail":
        pdt = _dt.timezone(-_dt.timedelta(hours=7))
        hops.append("by 2002:a17:90a:%s:0:0:0:0 with SMTP id %sx%s;\r\n        %s (PDT)"
                    % (sid[:4].lower(), sid[4:8].lower(), sid[8:12].lower(), rfcdate(s1.astimezone(pdt))))
    elif client == "yahoo":
        hops.append("from 127.0.0.1 by sonic3%02d.consmr.mail.ir2.yahoo.com with HTTP; %s"
                    % (int(sid[:2], 16) % 90, rfcdate(s1.astimezone(_dt.timezone.utc))))
    elif client == "zimbra":
        hops.append("from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s;\r\n\t%s"
                    % (host, sid[:10], rfcdate(s1)))
    elif client == "coremail":
        hops.append("from %s (unknown [%s])\r\n\tby app%d (Coremail) with SMTP id %s;\r\n\t%s"
                    % (m.get("inner", "localhost"), m.get("inner_ip", "10.1.20.33"), int(sid[:1], 16) % 4 + 1,
                       "AQAAf" + sid[:16].lower(), rfcdate(s1)))
    elif client == "notes":
        hops.append("from notes01.%s ([10.0.0.%d])\r\n          by %s (Lotus Domino Release 9.0.1FP10)\r\n"
                    "          with ESMTP id 2019%s; %s"
                    % (host.split(".", 1)[1], int(sid[:2], 16) % 250, host, sid[:10], rfcdate(s1)))
    else:  # postfix / sendmail style submission
        hops.append("from [192.168.%d.%d] (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s"
                    % (int(sid[:2], 16) % 250, int(sid[2:4], 16) % 250, m.get("client_ip", ip),
                       m["from"][1], host, sid[:10], rfcdate(s1)))
    return hops


# ----------------------------------------------------------- message table
MSGS = []


def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def add(key, lang, cs, kind, state, *, frm, subject, date, at, host, ip, body, mid,
        to=(("", "sme@itu.int"),), cc=(), delegates=(), sessions=(), supersedes=None,
        hdr_cs=None, hdr_enc="B", extra=(), client="postfix", mx="mx1", **kw):
    m = dict(key=key, lang=lang, cs=cs, kind=kind, state=state, frm=frm, subject=subject,
             date=date, at=at, host=host, ip=ip, body=body, mid=mid, to=list(to), cc=list(cc),
             delegates=list(delegates), sessions=list(sessions), supersedes=supersedes,
             hdr_cs=hdr_cs or (cs if cs not in ("us-ascii",) else "utf-8"), hdr_enc=hdr_enc,
             extra=list(extra), client=client, mx=mx, **kw)
    m["from"] = frm
    MSGS.append(m)
    return m


# Quoted-circular snippets (what a reply quotes under the answer) ---------------
CIRC = {}
CIRC["en"] = """Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of consultation sessions for Member States entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. Similar sessions are planned during the Council Working Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

[...]

I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session during ITU Telecom World by 16 August 2019 to the ITU secretariat at: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General

Contact: Mr Christopher Clark
E-mail: sme@itu.int"""

CIRC["fr"] = """Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation des Etats Membres intitulée "Favoriser les PME du secteur des technologies et de l'innovation". La première session aura lieu le 10 septembre 2019 pendant la manifestation ITU Telecom World 2019 à Budapest (Hongrie). Des sessions analogues sont prévues pendant les réunions des Groupes de travail du Conseil au début de 2020, pendant le Forum du SMSI de 2020 et lors d'autres manifestations.

[...]

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le nom du participant désigné pour la première session de consultation d'ici au 16 août 2019 au secrétariat de l'UIT à l'adresse: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

(signé)

Houlin Zhao
Secrétaire général

Contact: M. Christopher Clark
Courriel: sme@itu.int"""

CIRC["es"] = """Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su Administración a participar en una serie de sesiones de consulta para los Estados Miembros titulada "Fomento de las PYME tecnológicas e innovadoras". La primera sesión tendrá lugar el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Se prevén sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, durante el Foro de la CMSI de 2020 y en otros eventos.

[...]

Le agradecería que manifestara su interés e indicara el participante designado para la primera sesión de consulta a más tardar el 16 de agosto de 2019 a la secretaría de la UIT: sme@itu.int

Atentamente,

(firmado)

Houlin Zhao
Secretario General

Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int"""

CIRC["ru"] = """Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу Администрацию принять участие в серии консультационных сессий для Государств-Членов под названием "Содействие развитию технологических и инновационных МСП". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. Аналогичные сессии планируется провести в ходе собраний рабочих групп Совета в начале 2020 года, в ходе Форума ВВУИО 2020 года и других мероприятий.

[...]

Буду признателен, если вы выразите свою заинтересованность и сообщите, кто будет участвовать в первой консультационной сессии, до 16 августа 2019 года в секретариат МСЭ по адресу: sme@itu.int

С уважением,

(подпись)

Хоулинь Чжао
Генеральный секретарь

Контактное лицо: г-н Кристофер Кларк
Эл. почта: sme@itu.int"""

CIRC["ar"] = """حضرات السادة والسيدات،

تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

[...]

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكوم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو
الأمين العام

مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)"""

CIRC["zh"] = """尊敬的先生/女士：

我荣幸地邀请贵主管部门参加题为“促进科技和创新中小企业发展”的成员国系列磋商会。首次会议将于2019年9月10日在匈牙利布达佩斯举行的2019年国际电联世界电信展期间召开。我们还计划在2020年初的理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动中举办类似会议。

[……]

请于2019年8月16日前向国际电联秘书处（sme@itu.int）表明贵方的兴趣并告知参加首次磋商会的人选。

顺致敬意！

（签字）
秘书长
赵厚麟

联系人：Christopher Clark先生
电子邮件：sme@itu.int"""


# =====================================================================
# ENGLISH
# =====================================================================

# --- Nigeria: Outlook HTML table, surnames in capitals, signer + cc not delegates
_t = """Dear Mr. Clark,

On behalf of the Executive Vice Chairman of the Nigerian Communications Commission (NCC), I write in response to ITU Circular CI-19/35 of 23 July 2019.

Nigeria is pleased to confirm its interest in the consultation sessions on "Fostering tech and innovation SMEs" and hereby nominates the following officers for the first session on 10 September 2019 at ITU Telecom World 2019, Budapest:

S/N\tName\tDesignation\tE-mail
1\tEngr. Ubong Effiong ASUQUO\tDirector, New Media & Information Security\tuasuquo@ncc.gov.ng
2\tDr. Halima Sadiya BELLO\tHead, Innovation & Entrepreneurship Unit\thsbello@ncc.gov.ng

Kindly address all logistics correspondence to the undersigned.

Best regards,

Folake Adeyemi (Mrs.)
Principal Manager, International Cooperation
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
Tel: +234 9 461 7000
"""
_h = outlook_html(P("""Dear Mr. Clark,

On behalf of the Executive Vice Chairman of the Nigerian Communications Commission (NCC), I write in response to ITU Circular CI-19/35 of 23 July 2019.

Nigeria is pleased to confirm its interest in the consultation sessions on &#8220;Fostering tech and innovation SMEs&#8221; and hereby nominates the following officers for the first session on 10 September 2019 at ITU Telecom World 2019, Budapest:
""") + "\n" + otable([
    ["S/N", "Name", "Designation", "E-mail"],
    ["1", "Engr. Ubong Effiong ASUQUO", "Director, New Media &amp; Information Security",
     '<a href="mailto:uasuquo@ncc.gov.ng">uasuquo@ncc.gov.ng</a>'],
    ["2", "Dr. Halima Sadiya BELLO", "Head, Innovation &amp; Entrepreneurship Unit",
     '<a href="mailto:hsbello@ncc.gov.ng">hsbello@ncc.gov.ng</a>']]) + "\n" + P("""
Kindly address all logistics correspondence to the undersigned.

Best regards,

<b>Folake Adeyemi (Mrs.)</b>
Principal Manager, International Cooperation
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
Tel: +234 9 461 7000"""), cs="windows-1252")
add("en_nga", "en", "windows-1252", "nomination", "NGA",
    frm=("Adeyemi, Folake (NCC)", "fadeyemi@ncc.gov.ng"),
    cc=[("Okafor, Emeka", "eokafor@ncc.gov.ng")],
    subject="RE: ITU Circular CI-19/35 - Nomination of Participants - Nigeria",
    date=T("2019-08-07 09:14:10", "+0100"), at=T("2019-08-07 10:14:22", "+0200"),
    host="mail.ncc.gov.ng", ip="196.46.245.18", client="exchange",
    mid="<8E1D5B0C7A2F4E19B36C0D4A@EXCH02.ncc.gov.ng>", irt=CIRC_MID, outlook=True,
    delegates=[D("Ubong Effiong ASUQUO", title="Director, New Media & Information Security", email="uasuquo@ncc.gov.ng"),
               D("Halima Sadiya BELLO", title="Head, Innovation & Entrepreneurship Unit", email="hsbello@ncc.gov.ng")],
    sessions=[BUD],
    body=alt("_000_8E1D5B0C7A2F4E19B36C0D4AEXCH02nccgovng_",
             txt(_t, "windows-1252", "quoted-printable"), html(_h, "windows-1252", "quoted-printable")))

# --- Kenya: interest only; a focal point to be contacted, participant later; quotes the circular
_t = """Dear Sir/Madam,

RE: CONSULTATION SESSIONS FOR MEMBER STATES: FOSTERING TECH AND INNOVATION SMEs (CI-19/35)

The Ministry of Information, Communications and Technology acknowledges receipt of the above circular and wishes to express Kenya\u2019s interest in participating in the first consultation session to be held in Budapest on 10th September 2019.

The name of the officer who will represent Kenya will be communicated to you once internal approvals have been finalised. In the meantime, Ms. Wanjiru Kamau, Senior ICT Officer, has been designated as the focal point for this matter and may be contacted on wkamau@ict.go.ke or +254 20 4920000.

Yours faithfully,

Eng. Peter N. Mwangi
For: Principal Secretary
State Department for ICT and Innovation
Teleposta Towers, Nairobi

________________________________
From: ITU Official Mail <official.mail@itu.int>
Sent: Tuesday, July 23, 2019 5:12 PM
To: ps@ict.go.ke
Subject: """ + CIRC_SUBJ + "\n\n" + CIRC["en"] + "\n"
add("en_ken", "en", "utf-8", "interest_only", "KEN",
    frm=("PS ICT Registry", "registry@ict.go.ke"),
    cc=[("Wanjiru Kamau", "wkamau@ict.go.ke")],
    subject="RE: " + CIRC_SUBJ,
    date=T("2019-08-02 11:40:51", "+0300"), at=T("2019-08-02 10:41:07", "+0200"),
    host="mail.ict.go.ke", ip="197.248.7.92", client="exchange",
    mid="<A7F3C9120B4E4D6F@MOICT-EX01.ict.go.ke>", irt=CIRC_MID, outlook=True,
    sessions=[BUD],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Ghana: forward chain (Ministry -> Mission -> ITU); visa officer copied, not a delegate
_t = """Dear Colleagues,

Please find below the nomination from the Ministry of Communications, Accra, in respect of the consultation session on SMEs during ITU Telecom World 2019 in Budapest.

Kindly acknowledge receipt.

Regards,
Kofi Boateng
Counsellor
Permanent Mission of Ghana, Geneva

---------- Forwarded message ---------
From: Abena Sarpong <abena.sarpong@moc.gov.gh>
Date: Mon, Aug 12, 2019 at 4:47 PM
Subject: FW: ITU Circular CI-19/35 - Ghana's nominee
To: Kofi Boateng <k.boateng.ghmission@gmail.com>
Cc: Kwame Asante <k.asante@moc.gov.gh>


Dear Kofi,

As discussed, the Hon. Minister has approved the participation of Mr. Kwabena Owusu-Ansah, Deputy Director (Policy, Planning, Monitoring and Evaluation), in the Budapest session. His details are:

Mr. Kwabena Owusu-Ansah
Deputy Director, PPME
Ministry of Communications
kwabena.owusu-ansah@moc.gov.gh

Mr. Kwame Asante (copied) will handle his visa application with the Hungarian Embassy in Accra.

Please forward to the ITU at sme@itu.int.

Best,
Abena

-----Original Message-----
From: Registry MoC <registry@moc.gov.gh>
Sent: Friday, July 26, 2019 10:03 AM
To: Abena Sarpong <abena.sarpong@moc.gov.gh>
Subject: ITU Circular CI-19/35

Forwarded for your action, please. Deadline 16 August.
"""
add("en_gha", "en", "utf-8", "nomination", "GHA",
    frm=("Kofi Boateng", "k.boateng.ghmission@gmail.com"),
    subject="Fwd: FW: ITU Circular CI-19/35 - Ghana's nominee",
    date=T("2019-08-13 09:02:37", "+0200"), at=T("2019-08-13 09:02:49", "+0200"),
    host="mail-ed1-f54.google.com", ip="209.85.208.54", client="gmail", mx="mx2",
    mid="<CAH8kz+Vq3pQm1xY0LrTg7aNw2bE5uJdF9sK4cZ@mail.gmail.com>",
    delegates=[D("Kwabena Owusu-Ansah", title="Deputy Director, PPME", email="kwabena.owusu-ansah@moc.gov.gh")],
    sessions=[BUD],
    body=alt("000000000000a3f1e2058fe4b1c2",
             txt(_t, "utf-8", "7bit"),
             html('<div dir="ltr">' + _t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>", "utf-8", "quoted-printable")))

# --- Uganda: decline that gives a contact person (not a delegate)
_t = """Dear Mr Clark,

Thank you for your circular CI-19/35 inviting Uganda to the consultation sessions on fostering tech and innovation SMEs.

We regret to inform you that the Uganda Communications Commission will not be in a position to take part in the session in Budapest on 10 September 2019, owing to commitments at home that week (our national ICT innovation week coincides with ITU Telecom World).

Should you require any information from Uganda on SME matters in the meantime, please contact Mr. Ronald Ssekandi, Manager Industry Affairs, at rssekandi@ucc.co.ug.

Kind regards,

Grace Nakato
for: Executive Director
Uganda Communications Commission
Plot 42-44 Spring Road, Bugolobi
"""
add("en_uga", "en", "us-ascii", "decline", "UGA",
    frm=("Grace Nakato", "gnakato@ucc.co.ug"),
    subject="Re: CI-19/35 Consultation sessions - Uganda",
    date=T("2019-08-09 14:22:05", "+0300"), at=T("2019-08-09 13:22:19", "+0200"),
    host="smtp.ucc.co.ug", ip="196.43.133.20", client="zimbra",
    mid="<1947263015.88123.1565349725011.JavaMail.zimbra@ucc.co.ug>",
    body=txt(_t, "us-ascii", "7bit"))

# --- Zambia: field block with SURNAME / First Name split
_t = """Good afternoon,

Reference is made to ITU Circular CI-19/35 dated 23rd July 2019.

ZICTA would like to nominate the officer below to attend the consultation session for Member States scheduled for Tuesday 10th September 2019 in Budapest.

NOMINEE DETAILS
Surname      : MWANZA
First Name   : Chileshe
Position     : Senior Manager - Market Development
Organisation : Zambia Information and Communications Technology Authority
Email        : chileshe.mwanza@zicta.zm
Mobile       : +260 97 7123456

Regards

Chanda Mulenga | Manager - International Relations | ZICTA
Plot 4909, United Nations Avenue, Lusaka
"""
add("en_zmb", "en", "us-ascii", "nomination", "ZMB",
    frm=("Chanda Mulenga", "cmulenga@zicta.zm"),
    subject="Nomination - ITU consultation session on SMEs (CI-19/35)",
    date=T("2019-08-05 15:31:44", "+0200"), at=T("2019-08-05 15:32:02", "+0200"),
    host="mail.zicta.zm", ip="41.72.108.4", client="zimbra", mx="mx3",
    mid="<2031554873.40172.1565011904530.JavaMail.zimbra@zicta.zm>",
    delegates=[D("Chileshe MWANZA", ["MWANZA Chileshe"], "Senior Manager - Market Development", "chileshe.mwanza@zicta.zm")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit"))

# --- Zambia again: resend of the same nomination (no change -> still a nomination, not a correction)
_t = """Dear Sir/Madam,

Resending the below for your attention. Kindly acknowledge receipt as we have not yet received confirmation that our nomination was registered.

Regards

Chanda Mulenga | Manager - International Relations | ZICTA

----- Original Message -----
From: "Chanda Mulenga" <cmulenga@zicta.zm>
To: sme@itu.int
Sent: Monday, 5 August, 2019 15:31:44
Subject: Nomination - ITU consultation session on SMEs (CI-19/35)

""" + quote("""Good afternoon,

Reference is made to ITU Circular CI-19/35 dated 23rd July 2019.

ZICTA would like to nominate the officer below to attend the consultation session for Member States scheduled for Tuesday 10th September 2019 in Budapest.

NOMINEE DETAILS
Surname      : MWANZA
First Name   : Chileshe
Position     : Senior Manager - Market Development
Organisation : Zambia Information and Communications Technology Authority
Email        : chileshe.mwanza@zicta.zm
Mobile       : +260 97 7123456

Regards

Chanda Mulenga | Manager - International Relations | ZICTA""") + "\n"
add("en_zmb2", "en", "us-ascii", "nomination", "ZMB",
    frm=("Chanda Mulenga", "cmulenga@zicta.zm"),
    subject="Fwd: Nomination - ITU consultation session on SMEs (CI-19/35)",
    date=T("2019-08-15 08:55:13", "+0200"), at=T("2019-08-15 08:55:30", "+0200"),
    host="mail.zicta.zm", ip="41.72.108.4", client="zimbra",
    mid="<1183920475.51209.1565852113790.JavaMail.zimbra@zicta.zm>",
    irt="<2031554873.40172.1565011904530.JavaMail.zimbra@zicta.zm>",
    delegates=[D("Chileshe MWANZA", ["MWANZA Chileshe"], "Senior Manager - Market Development", "chileshe.mwanza@zicta.zm")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit"))

# --- India: Shri / Smt. honorifics, numbered paragraphs, 2020 undecided
_t = """Sir,

Kindly refer to ITU Circular CI-19/35 dated 23.07.2019 regarding consultation sessions on "Fostering tech and innovation SMEs".

2. The competent authority has approved the nomination of the following officers of the Department of Telecommunications for the first consultation session to be held on 10.09.2019 during ITU Telecom World 2019, Budapest:

   (i)  Shri Rajesh Kumar Sharma, Deputy Director General (International Relations), DoT
        [rk.sharma@gov.in]
   (ii) Smt. Anjali Verma, Director (Start-ups & Innovation), DoT
        [anjali.verma@gov.in]

3. Participation in the sessions planned in 2020 will be decided separately.

4. This issues with the approval of the competent authority.

Yours faithfully,

(Sanjay Gupta)
Under Secretary (IR)
Department of Telecommunications
Sanchar Bhawan, 20 Ashoka Road, New Delhi - 110001
Tel: 011-2303 6512
"""
add("en_ind", "en", "us-ascii", "nomination", "IND",
    frm=("Sanjay Gupta", "us-ir-dot@gov.in"),
    cc=[("DDG IR", "ddgir-dot@nic.in")],
    subject="Nomination for Consultation Session on 'Fostering tech and innovation SMEs' - reg.",
    date=T("2019-08-12 17:48:26", "+0530"), at=T("2019-08-12 14:18:40", "+0200"),
    host="mail.gov.in", ip="164.100.14.95", client="postfix",
    mid="<1565612306.5d5159126c3a2@mail.gov.in>",
    extra=["X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC76 (Win)/8.8.12_GA_3794)"],
    delegates=[D("Rajesh Kumar Sharma", title="Deputy Director General (International Relations), DoT", email="rk.sharma@gov.in"),
               D("Anjali Verma", title="Director (Start-ups & Innovation), DoT", email="anjali.verma@gov.in")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit"))

# --- Singapore: nomination, then a correction (replacement) quoting it
_sgp1 = """Dear Mr Clark,

Singapore thanks the ITU for the invitation to the consultation sessions on fostering tech and innovation SMEs.

IMDA would like to nominate Mr TAN Wei Ming, Deputy Director (International Relations), to attend the first session on 10 September 2019 in Budapest. His email is tan_wei_ming@imda.gov.sg.

We will revert separately on the sessions in 2020.

Best regards
Lim Hui Ling
Assistant Manager, International Relations
Infocomm Media Development Authority
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438
"""
add("en_sgp", "en", "us-ascii", "nomination", "SGP",
    frm=("Lim Hui Ling (IMDA)", "lim_hui_ling@imda.gov.sg"),
    subject="Singapore - Nomination for ITU consultation session on SMEs (CI-19/35)",
    date=T("2019-08-02 15:21:09", "+0800"), at=T("2019-08-02 09:21:33", "+0200"),
    host="mailgw2.imda.gov.sg", ip="203.116.60.42", client="o365", o365="SG2PR06MB3081.apcprd06",
    mid="<SG2PR06MB30813C4E1A9D2B7F@SG2PR06MB3081.apcprd06.prod.outlook.com>", outlook=True,
    delegates=[D("TAN Wei Ming", title="Deputy Director (International Relations)", email="tan_wei_ming@imda.gov.sg")],
    sessions=[BUD],
    body=alt("_000_SG2PR06MB30813C4E1A9D2B7FSG2PR06MB3081apcprd06prod_",
             txt(_sgp1, "us-ascii", "7bit"),
             html(outlook_html(P(_sgp1.replace("&", "&amp;")), "EN-SG", cs="us-ascii"), "us-ascii", "7bit")))

_t = """Dear Mr Clark,

Further to our email below, please note a change in Singapore's nomination. Mr TAN Wei Ming is unfortunately no longer able to travel to Budapest.

IMDA would like to nominate Ms Nur Aisyah binte Rahmat, Senior Manager (Industry Development), in his place. Her email is nur_aisyah_rahmat@imda.gov.sg.

Apologies for any inconvenience caused.

Best regards
Hui Ling

From: Lim Hui Ling (IMDA)
Sent: Friday, 2 August 2019 3:21 PM
To: 'sme@itu.int' <sme@itu.int>
Subject: Singapore - Nomination for ITU consultation session on SMEs (CI-19/35)

""" + _sgp1
add("en_sgp_corr", "en", "us-ascii", "correction", "SGP",
    frm=("Lim Hui Ling (IMDA)", "lim_hui_ling@imda.gov.sg"),
    subject="RE: Singapore - Nomination for ITU consultation session on SMEs (CI-19/35) - CHANGE OF NOMINEE",
    date=T("2019-08-15 10:02:44", "+0800"), at=T("2019-08-15 04:03:01", "+0200"),
    host="mailgw1.imda.gov.sg", ip="203.116.60.41", client="o365", o365="SG2PR06MB3081.apcprd06",
    mid="<SG2PR06MB3081D70E5F2A91C4@SG2PR06MB3081.apcprd06.prod.outlook.com>", outlook=True,
    irt="<SG2PR06MB30813C4E1A9D2B7F@SG2PR06MB3081.apcprd06.prod.outlook.com>",
    delegates=[D("Nur Aisyah binte Rahmat", title="Senior Manager (Industry Development)", email="nur_aisyah_rahmat@imda.gov.sg")],
    sessions=[BUD], supersedes="en_sgp",
    body=txt(_t, "us-ascii", "7bit"))

# --- Philippines: inquiry ("Ma." is Maria, not an honorific)
_t = """Hi,

Good day!

This is in connection with ITU Circular CI-19/35. May we ask if the consultation session in Budapest can accommodate participation through video conference? Our delegation to ITU Telecom World is already finalized and may not include someone from our ICT Industry Development Bureau.

Also, is there a registration fee for Telecom World for Member State participants attending only the consultation session?

Thank you and we look forward to your favorable reply.

Ma. Theresa D. Cruz
Information Technology Officer III
International Cooperation Division
Department of Information and Communications Technology
C.P. Garcia Ave., Diliman, Quezon City
"""
add("en_phl", "en", "us-ascii", "inquiry", "PHL",
    frm=("Ma. Theresa D. Cruz", "theresa.cruz@dict.gov.ph"),
    subject="Query re CI-19/35 (SME consultation, Budapest)",
    date=T("2019-07-31 16:05:17", "+0800"), at=T("2019-07-31 10:05:36", "+0200"),
    host="mx.dict.gov.ph", ip="122.54.22.70", client="postfix", mx="mx2",
    mid="<f1c2a9e4-5b7d-4e0c-8a61-3d9e2b7c4f10@dict.gov.ph>",
    extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\r\n Thunderbird/60.8.0",
           "Content-Language: en-US"],
    body=txt(_t, "us-ascii", "7bit", fmt="flowed"))

# --- Pakistan: late nomination, apology for delay
_t = """Dear Sir,

With reference to ITU Circular No. CI-19/35 dated 23rd July, 2019, it is informed that the Ministry of IT & Telecom has nominated Mr. Muhammad Usman Tariq, Director (International Cooperation), for the consultation session on "Fostering tech and innovation SMEs" being held on the sidelines of ITU Telecom World 2019 at Budapest.

Contact details of the nominee:
Email: usman.tariq@moitt.gov.pk
Cell: +92 300 5551234

The delay in response is regretted.

Regards,

Section Officer (ITU)
Ministry of Information Technology & Telecommunication
Government of Pakistan
Islamabad
"""
add("en_pak", "en", "us-ascii", "nomination", "PAK",
    frm=("SO ITU MoITT", "so.itu@moitt.gov.pk"),
    subject="Nomination - CI-19/35",
    date=T("2019-08-19 12:10:08", "+0500"), at=T("2019-08-19 09:10:31", "+0200"),
    host="mail.moitt.gov.pk", ip="202.83.164.30", client="exchange",
    mid="<0C2E7F8A4D1B4B3E9F60A1C2D3E4F5A6@MOITT-MBX1.moitt.gov.pk>",
    delegates=[D("Muhammad Usman Tariq", title="Director (International Cooperation)", email="usman.tariq@moitt.gov.pk")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit"))

# --- internal ITU mail: status of replies, names people (not a reply of a State)
_t = """Hi Christopher,

Quick status of the CI-19/35 replies as of this morning, before I go on leave:

- Nigeria: 2 nominees (Asuquo, Bello) - logged
- Kenya: interest only, focal point Ms Kamau; name to follow
- Singapore: 1 nominee; they may change it
- Uganda: regrets
- Philippines: question on remote participation - answered 1 Aug

Rooms: we have Room B3 in the Hungexpo for 10 Sept, 14:00-15:30. Telecom World team still need the final list by 30 Aug for badges.

I will be back on the 26th; Olena is covering the mailbox.

Cheers,
Marta

--
Marta Kowalczyk
Programme Officer, Digital Innovation Ecosystems
International Telecommunication Union
Place des Nations, 1211 Geneva 20
"""
add("en_itu_internal", "en", "us-ascii", "unrelated", None,
    frm=("Kowalczyk, Marta", "marta.kowalczyk@itu.int"),
    to=[("Clark, Christopher", "christopher.clark@itu.int"), ("", "sme@itu.int")],
    subject="SME consultations - status of replies (9 Aug)",
    date=T("2019-08-09 09:12:40", "+0200"), at=T("2019-08-09 09:12:41", "+0200"),
    host="EXCH-GVA02.itu.int", ip="156.106.192.88", client="exchange", inner="EXCH-GVA05.itu.int",
    mid="<3D9F0C1B72E04A55B1A8C6E2F0917D44@EXCH-GVA05.itu.int>", outlook=True,
    body=txt(_t, "us-ascii", "7bit"))

# --- Botswana: out of office, names a colleague
_t = """Thank you for your email.

I am out of the office until Monday 26 August 2019 with limited access to email. For urgent matters, please contact Ms Neo Sebego (nsebego@bocra.org.bw, +267 395 7755).

Regards,
Tshepo Kgosi
BOCRA
"""
add("en_bwa_auto", "en", "us-ascii", "auto_reply", None,
    frm=("Tshepo Kgosi", "tkgosi@bocra.org.bw"),
    subject="Automatic reply: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 10:31:02", "+0200"), at=T("2019-08-13 10:31:09", "+0200"),
    host="mail.bocra.org.bw", ip="168.167.134.6", client="exchange",
    mid="<b0c1a2e3d4f54a6b8c7d9e0f1a2b3c4d@BOCRA-EX2.bocra.org.bw>",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: tkgosi@bocra.org.bw"],
    body=txt(_t, "us-ascii", "7bit"))

# --- Malawi: self-nomination, the name is only in the signature
_t = """Dear Sir/Madam,

Following the invitation in Circular CI-19/35, I write to confirm that I will participate in the first consultation session on 10 September in Budapest on behalf of Malawi. I will also be attending ITU Telecom World as part of our national delegation, so no separate travel support is required.

Kind regards,

Chimwemwe Banda
Director of Broadcasting
Malawi Communications Regulatory Authority (MACRA)
Private Bag 261, Blantyre
Tel: +265 1 883 611
"""
add("en_mwi", "en", "us-ascii", "nomination", "MWI",
    frm=("Chimwemwe Banda", "cbanda@macra.mw"),
    subject="Participation - consultation session on SMEs, Budapest",
    date=T("2019-08-14 08:47:55", "+0200"), at=T("2019-08-14 08:48:20", "+0200"),
    host="mail.macra.mw", ip="41.87.6.34", client="postfix", mx="mx2",
    mid="<20190814064755.GA14233@macra.mw>",
    extra=["User-Agent: Roundcube Webmail/1.3.8"],
    delegates=[D("Chimwemwe Banda", title="Director of Broadcasting", email="cbanda@macra.mw")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit", fmt="flowed"))

# --- Ireland: all three sessions, Irish name with "Ni" that is part of the name
_t = """Dear Christopher,

Ireland would be glad to take part in the consultation series on fostering tech and innovation SMEs.

Aoife Ní Bhriain, Assistant Principal Officer in our International Telecoms Policy unit, will attend the Budapest session on 10 September. We'd also like Aoife to follow the subsequent sessions at the Council Working Group meetings early next year and at the WSIS Forum 2020, subject to the usual travel approvals.

Her address is aoife.nibhriain@dccae.gov.ie.

Best wishes,
Ciarán

Ciarán Ó Súilleabháin
Higher Executive Officer | International Telecoms Policy
Department of Communications, Climate Action & Environment
29-31 Adelaide Road, Dublin 2, D02 X285
"""
add("en_irl", "en", "utf-8", "nomination", "IRL",
    frm=("Ciarán Ó Súilleabháin", "ciaran.osuilleabhain@dccae.gov.ie"),
    cc=[("Aoife Ní Bhriain", "aoife.nibhriain@dccae.gov.ie")],
    subject="Ireland: participation in SME consultation sessions (CI-19/35)",
    date=T("2019-08-06 16:20:33", "+0100"), at=T("2019-08-06 17:20:58", "+0200"),
    host="smtp1.gov.ie", ip="193.1.219.90", client="exchange", hdr_enc="Q",
    mid="<DB7PR09MB2718F0A9C1E3B4D6@DB7PR09MB2718.eurprd09.prod.outlook.com>", outlook=True,
    delegates=[D("Aoife Ní Bhriain", title="Assistant Principal Officer", email="aoife.nibhriain@dccae.gov.ie")],
    sessions=[BUD, CWG, WSIS],
    body=alt("_000_DB7PR09MB2718F0A9C1E3B4D6DB7PR09MB2718eurprd09prod_",
             txt(_t, "utf-8", "quoted-printable"),
             html(outlook_html(P(_t.replace("&", "&amp;")), "EN-IE"), "utf-8", "quoted-printable")))

# --- Maldives: HTML-only message; the nominee appears only inside the table
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear Sir/Madam,</p>
<p>With reference to ITU Circular CI-19/35, the Communications Authority of Maldives is pleased to inform that it will be represented at the consultation session for Member States (10 September 2019, ITU Telecom World, Budapest). Please find the details of the nominee in the table below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1F4E79;color:#ffffff"><th>Name</th><th>Designation</th><th>Email</th><th>Mobile</th></tr>
<tr><td>Mohamed Shafeeu</td><td>Director, Policy &amp; Planning</td><td>shafeeu@cam.gov.mv</td><td>+960 777 1234</td></tr>
</table>
<p>Thank you.</p>
<p>Best Regards,<br>
<b>Fathimath Reesha</b><br>
Assistant Director, International Affairs<br>
Communications Authority of Maldives<br>
Huravee Building, Male&#39;</p>
</body></html>
"""
add("en_mdv", "en", "utf-8", "nomination", "MDV",
    frm=("Fathimath Reesha", "reesha@cam.gov.mv"),
    subject="CI-19/35 - Nomination from Maldives",
    date=T("2019-08-11 13:05:48", "+0500"), at=T("2019-08-11 10:06:10", "+0200"),
    host="mail.cam.gov.mv", ip="124.195.219.12", client="postfix",
    mid="<7c0b2a1e9d3f.4a55@cam.gov.mv>",
    delegates=[D("Mohamed Shafeeu", title="Director, Policy & Planning", email="shafeeu@cam.gov.mv")],
    sessions=[BUD],
    body=html(_h, "utf-8", "quoted-printable"))

# --- Myanmar: "Daw" honorific, one-word name; "U" contact person is not a delegate
_t = """Dear Sir,

Greetings from Posts and Telecommunications Department, Myanmar.

Refer to ITU Circular CI-19/35, we are pleased to nominate Daw Thandar, Deputy Director, ICT Development Division, PTD, for the consultation session which will be held in Budapest on 10 September 2019. Her email address is thandar.ptd@gmail.com.

Please also note that U Zaw Min Htike, Director, will be the contact person for the administrative arrangement (zawminhtike@ptd.gov.mm).

With best regards,
Khin Myat Noe
Assistant Director
International Relations Section
Posts and Telecommunications Department
Ministry of Transport and Communications, Nay Pyi Taw
"""
add("en_mmr", "en", "us-ascii", "nomination", "MMR",
    frm=("Khin Myat Noe", "khinmyatnoe.ptd@gmail.com"),
    cc=[("Thandar PTD", "thandar.ptd@gmail.com")],
    subject="Nomination for the consultation session (CI-19/35)",
    date=T("2019-08-08 15:44:12", "+0630"), at=T("2019-08-08 11:14:31", "+0200"),
    host="mail-lf1-f47.google.com", ip="209.85.167.47", client="gmail",
    mid="<CAOq3v8ZpR6mWbN4tYk2xF1eLs9dJc0uHgA7iQ@mail.gmail.com>",
    delegates=[D("Thandar", title="Deputy Director, ICT Development Division, PTD", email="thandar.ptd@gmail.com")],
    sessions=[BUD],
    body=alt("0000000000007b52c8058f95e0a4",
             txt(_t, "us-ascii", "7bit"),
             html('<div dir="ltr">' + _t.replace("\n", "<br>\n") + "</div>", "us-ascii", "7bit")))

# --- Lebanon: Mission's English note forwarding the Ministry's Arabic letter
_t = """Dear Sir/Madam,

The Permanent Mission of Lebanon to the United Nations Office at Geneva presents its compliments to the ITU Secretariat and has the honour to transmit below the nomination received from the Ministry of Telecommunications in Beirut for the consultation session of 10 September 2019 in Budapest.

The Ministry nominates Mr. Ziad Haddad (زياد حداد), Head of the Information Technology Department at OGERO.

Best regards,
Rania Khoury
Second Secretary
Permanent Mission of Lebanon, Geneva

-------- Forwarded Message --------
Subject: ترشيح - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة
Date: Wed, 14 Aug 2019 11:20:05 +0300
From: مكتب الوزير <cabinet@mpt.gov.lb>
To: Rania Khoury <rkhoury.lbmission@bluewin.ch>

حضرة البعثة الدائمة للبنان في جنيف المحترمة،

بالإشارة إلى الرسالة المعممة CI-19/35 الصادرة عن الاتحاد الدولي للاتصالات، تعلمكم وزارة الاتصالات أنها رشحت السيد زياد حداد، رئيس دائرة تكنولوجيا المعلومات في أوجيرو، للمشاركة في جلسة التشاور التي ستعقد في بودابست في 10 أيلول 2019.
البريد الإلكتروني: zhaddad@ogero.gov.lb

يرجى إبلاغ الاتحاد بذلك.

مع الشكر،
مكتب الوزير
"""
add("en_lbn_fwd", "en", "utf-8", "nomination", "LBN",
    frm=("Rania Khoury", "rkhoury.lbmission@bluewin.ch"),
    subject="Fwd: ترشيح - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة",
    date=T("2019-08-14 15:02:19", "+0200"), at=T("2019-08-14 15:02:40", "+0200"),
    host="mxout.bluewin.ch", ip="195.186.120.54", client="postfix",
    mid="<5a8e0f3c-7b21-4d9a-a0e6-2c1f4b9d7e38@bluewin.ch>",
    extra=["User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:60.0)\r\n Gecko/20100101 Thunderbird/60.8.0",
           "Content-Language: en-GB"],
    delegates=[D("Ziad Haddad", ["زياد حداد"], "Head of the Information Technology Department at OGERO", "zhaddad@ogero.gov.lb")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "8bit"))

# --- South Africa: interest only, restricted to the 2020 sessions, no name yet
_t = """Dear ITU Secretariat

Circular CI-19/35: consultation sessions on fostering tech and innovation SMEs

South Africa welcomes this initiative, which resonates with our own SMME development programmes.

Unfortunately our delegation to Telecom World in Budapest is already constituted and fully committed, so we will not be sending anyone to the 10 September session. We are, however, very interested in contributing to the sessions planned alongside the Council Working Group meetings in early 2020 and at the WSIS Forum 2020. We will nominate our participant closer to the time.

Kind regards

Lerato Dlamini
Deputy Director: Multilateral Relations
Department of Communications and Digital Technologies
iParioli Office Park, 1166 Park Street, Hatfield, Pretoria
"""
add("en_zaf", "en", "us-ascii", "interest_only", "ZAF",
    frm=("Lerato Dlamini", "ldlamini@dtps.gov.za"),
    subject="RE: CI-19/35",
    date=T("2019-08-16 16:42:30", "+0200"), at=T("2019-08-16 16:43:02", "+0200"),
    host="mail.dtps.gov.za", ip="196.41.137.11", client="exchange",
    mid="<E3A1B0C94F2D4E6A8B7C1D0E2F3A4B5C@DTPS-EXCH.dtps.gov.za>", irt=CIRC_MID, outlook=True,
    sessions=[CWG, WSIS],
    body=txt(_t, "us-ascii", "7bit"))

# --- Afghanistan: one-word name after "Eng." in a field block, Dari spelling alongside
_t = """Dear Sir/Madam,

Reference: ITU Circular CI-19/35 (Consultation sessions for Member States)

The Ministry of Communications and Information Technology of the Islamic Republic of Afghanistan nominates the following official for the consultation session to be held on 10 September 2019 in Budapest:

Name:      Eng. Haidari (حیدری)
Position:  Director of ICT Policy
Email:     haidari@mcit.gov.af
Phone:     +93 20 210 1100

Please note that the Ministry's focal point for ITU matters, Ms. Freshta Noori, is copied for information.

Best regards,
International Relations Directorate
Ministry of Communications and IT, Kabul
"""
add("en_afg", "en", "utf-8", "nomination", "AFG",
    frm=("International Relations MCIT", "ir@mcit.gov.af"),
    cc=[("Freshta Noori", "freshta.noori@mcit.gov.af")],
    subject="Nomination - ITU CI-19/35 - Afghanistan",
    date=T("2019-08-14 12:40:11", "+0430"), at=T("2019-08-14 10:10:39", "+0200"),
    host="mail.mcit.gov.af", ip="202.56.176.12", client="exchange",
    mid="<C3D4E5F6A7B84C9D@MCIT-EX01.mcit.gov.af>", outlook=True,
    delegates=[D("Haidari", ["حیدری"], "Director of ICT Policy", "haidari@mcit.gov.af")],
    sessions=[BUD],
    body=alt("_000_C3D4E5F6A7B84C9DMCITEX01mcitgovaf_",
             txt(_t, "utf-8", "quoted-printable"),
             html(outlook_html(P(_t.replace("\n\n", "\n\n")).replace("Name:      ", "Name: ").replace("Position:  ", "Position: ").replace("Email:     ", "Email: ").replace("Phone:     ", "Phone: ")), "utf-8", "base64")))

# --- Zimbabwe: read receipt (multipart/report, disposition-notification)
_mdn = multi("report", "----=_NextPart_000_01D5_4C2E8A10.B3F7D920", [
    txt("""Your message

  To: Tatenda Moyo
  Subject: ITU CI-19/35 - acknowledgement of your reply
  Sent: Wednesday, August 7, 2019 2:03:11 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Wednesday, August 7, 2019 2:41:55 PM (UTC+02:00) Harare, Pretoria.
""", "us-ascii", "7bit"),
    rawpart(["Content-Type: message/disposition-notification"],
            """Reporting-UA: potraz.gov.zw; Microsoft Office Outlook 16.0
Final-Recipient: rfc822;tmoyo@potraz.gov.zw
Original-Message-ID: <ACK-19-35-0061@itu.int>
Disposition: manual-action/MDN-sent-manually; displayed
""")], params="; report-type=disposition-notification")
add("en_zwe_mdn", "en", "us-ascii", "auto_reply", None,
    frm=("Tatenda Moyo", "tmoyo@potraz.gov.zw"),
    subject="Read: ITU CI-19/35 - acknowledgement of your reply",
    date=T("2019-08-07 14:41:55", "+0200"), at=T("2019-08-07 14:42:03", "+0200"),
    host="mail.potraz.gov.zw", ip="41.190.32.9", client="exchange",
    mid="<7F2C0D31A9B84E5C9E6A4B2D@POTRAZ-MBX01.potraz.gov.zw>",
    body=_mdn)

# English bounce: Exchange NDR for the Secretariat's acknowledgement to a mistyped address
_orig_hdrs = """Received: from EXCH-GVA05.itu.int (156.106.192.91) by mx2.itu.int
 (156.106.192.20) with Microsoft SMTP Server id 15.1.1713.5; Wed, 14 Aug 2019
 11:02:05 +0200
From: ITU SME <sme@itu.int>
To: <kwabena.owusuansah@moc.gov.gh>
Subject: Acknowledgement: ITU Circular CI-19/35 - Ghana
Date: Wed, 14 Aug 2019 11:02:03 +0200
Message-ID: <ACK-19-35-0102@itu.int>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
"""
_bounce = multi("report", "9B095B5ADSN=_01D552A4C6B1E2F300000E7Fmail.moc.gov.gh", [
    txt("""Delivery has failed to these recipients or groups:

kwabena.owusuansah@moc.gov.gh
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.







Diagnostic information for administrators:

Generating server: mail.moc.gov.gh

kwabena.owusuansah@moc.gov.gh
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

""" + _orig_hdrs, "us-ascii", "7bit"),
    rawpart(["Content-Type: message/delivery-status"], """Reporting-MTA: dns;mail.moc.gov.gh
Received-From-MTA: dns;mx2.itu.int
Arrival-Date: Wed, 14 Aug 2019 09:02:07 +0000

Final-Recipient: rfc822;kwabena.owusuansah@moc.gov.gh
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""),
    rawpart(['Content-Type: text/rfc822-headers; charset="us-ascii"'], _orig_hdrs)],
    params="; report-type=delivery-status")
add("en_bounce", "en", "us-ascii", "bounce", None,
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@moc.gov.gh"),
    subject="Undeliverable: Acknowledgement: ITU Circular CI-19/35 - Ghana",
    date=T("2019-08-14 09:02:08", "+0000"), at=T("2019-08-14 11:02:14", "+0200"),
    host="mail.moc.gov.gh", ip="197.253.70.18", client="exchange", mx="mx2",
    mid="<5e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b@mail.moc.gov.gh>",
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
    body=_bounce)


# =====================================================================
# FRENCH
# =====================================================================

# --- Senegal: surname-first capitals, quotes the French circular
_t = """Monsieur,

Suite à la lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire part de l'intérêt de l'Autorité de Régulation des Télécommunications et des Postes (ARTP) du Sénégal pour la série de consultations « Favoriser les PME du secteur des technologies et de l'innovation ».

Pour la première session, prévue le 10 septembre 2019 à Budapest en marge de l'ITU Telecom World 2019, l'ARTP sera représentée par :

    M. DIOP Mamadou Lamine, Directeur des Études, de la Prospective et de la Veille technologique
    Courriel : mamadoulamine.diop@artp.sn

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Aïssatou SOW NDIAYE
Chef de la Division Coopération internationale
ARTP Sénégal - Route des Almadies, Dakar

-----Message d'origine-----
De : ITU Official Mail [mailto:official.mail@itu.int]
Envoyé : mardi 23 juillet 2019 17:12
À : dg@artp.sn
Objet : Lettre circulaire CI-19/35

""" + CIRC["fr"] + "\n"
add("fr_sen", "fr", "iso-8859-1", "nomination", "SEN",
    frm=("Aïssatou SOW NDIAYE", "aissatou.sow@artp.sn"),
    subject="RE: Lettre circulaire CI-19/35 - Désignation du représentant de l'ARTP",
    date=T("2019-08-08 11:27:43", "+0000"), at=T("2019-08-08 13:28:05", "+0200"),
    host="mail.artp.sn", ip="196.207.230.65", client="zimbra", hdr_enc="Q",
    mid="<1311098264.2210457.1565263663412.JavaMail.zimbra@artp.sn>", irt=CIRC_MID,
    delegates=[D("DIOP Mamadou Lamine", title="Directeur des Études, de la Prospective et de la Veille technologique",
                 email="mamadoulamine.diop@artp.sn")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- Côte d'Ivoire: Outlook HTML table, two nominees, addressed to "Monsieur CLARK"
_rows = [["N°", "Nom et Prénoms", "Fonction", "Structure", "Contact"],
         ["1", "KOUASSI Yao Serge", "Directeur Général de l'Économie Numérique", "MENP", "yserge.kouassi@telecom.gouv.ci"],
         ["2", "TRAORÉ Aminata", "Sous-Directrice de la Promotion des TIC", "MENP", "aminata.traore@telecom.gouv.ci"]]
_t = """Bonjour Monsieur CLARK,

En réponse à votre lettre circulaire CI-19/35, la Côte d'Ivoire confirme sa participation à la première session de consultation sur le thème « Favoriser les PME du secteur des technologies et de l'innovation », le 10 septembre 2019 à Budapest.

Veuillez trouver ci-dessous la liste des participants désignés :

""" + "\n".join("\t".join(r) for r in _rows) + """

Cordialement,

KONAN Affoué Brigitte
Chargée d'Études, Service de la Coopération
Ministère de l'Économie Numérique et de la Poste
Abidjan-Plateau, Immeuble Postel 2001
"""
_h = outlook_html(P("""Bonjour Monsieur CLARK,

En réponse à votre lettre circulaire CI-19/35, la Côte d'Ivoire confirme sa participation à la première session de consultation sur le thème «&nbsp;Favoriser les PME du secteur des technologies et de l'innovation&nbsp;», le 10 septembre 2019 à Budapest.

Veuillez trouver ci-dessous la liste des participants désignés&nbsp;:
""") + "\n" + otable(_rows) + "\n" + P("""
Cordialement,

<b><span style="color:#E36C0A">KONAN Affoué Brigitte</span></b>
Chargée d'Études, Service de la Coopération
Ministère de l'Économie Numérique et de la Poste
Abidjan-Plateau, Immeuble Postel 2001"""), "FR", cs="windows-1252")
add("fr_civ", "fr", "windows-1252", "nomination", "CIV",
    frm=("KONAN Affoué Brigitte", "affoue.konan@telecom.gouv.ci"),
    subject="Participation de la Côte d'Ivoire - Session de consultation PME - Budapest",
    date=T("2019-08-12 10:14:33", "+0000"), at=T("2019-08-12 12:14:51", "+0200"),
    host="mail.telecom.gouv.ci", ip="196.47.134.22", client="exchange", hdr_cs="windows-1252", hdr_enc="Q",
    mid="<9C2B7E1D0A4F4A3B8E5D6C7B@MENP-EX01.telecom.gouv.ci>", outlook=True,
    delegates=[D("KOUASSI Yao Serge", title="Directeur Général de l'Économie Numérique", email="yserge.kouassi@telecom.gouv.ci"),
               D("TRAORÉ Aminata", title="Sous-Directrice de la Promotion des TIC", email="aminata.traore@telecom.gouv.ci")],
    sessions=[BUD],
    body=alt("_000_9C2B7E1D0A4F4A3B8E5D6C7BMENPEX01telecomgouvci_",
             txt(_t, "windows-1252", "quoted-printable"), html(_h, "windows-1252", "base64")))

# --- Cameroon: interest only; focal point (surname-first capitals) is not a delegate
_t = """Monsieur le Secrétaire Général,

Me référant à votre lettre circulaire CI-19/35 du 23 juillet 2019 relative aux sessions de consultation des États Membres sur les PME du secteur des technologies et de l'innovation, j'ai l'honneur de vous confirmer l'intérêt du Cameroun pour la première session prévue à Budapest le 10 septembre 2019.

Le nom du participant vous sera communiqué ultérieurement, dès la finalisation des formalités administratives. Dans l'intervalle, Mme NGO BIYONG Marie-Claire, Chef de la Cellule de la Coopération, a été désignée comme point focal et se tient à votre disposition (ngobiyong.mc@minpostel.gov.cm ; +237 222 23 06 15).

Veuillez agréer, Monsieur le Secrétaire Général, l'assurance de ma haute considération.

Pour le Ministre et par ordre,
Le Secrétaire Général

Dr ABOUBAKAR Issa
Ministère des Postes et Télécommunications
Yaoundé
"""
add("fr_cmr", "fr", "utf-8", "interest_only", "CMR",
    frm=("Secrétariat Général MINPOSTEL", "sg@minpostel.gov.cm"),
    cc=[("NGO BIYONG Marie-Claire", "ngobiyong.mc@minpostel.gov.cm")],
    subject="Lettre circulaire CI-19/35 : intérêt du Cameroun",
    date=T("2019-08-06 09:50:12", "+0100"), at=T("2019-08-06 10:50:40", "+0200"),
    host="mail.minpostel.gov.cm", ip="195.24.207.114", client="postfix",
    mid="<5d49c2a4.1c69fb81.ab3f.4e1d@minpostel.gov.cm>",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr"],
    sessions=[BUD],
    body=txt(_t, "utf-8", "8bit"))

# --- Mali: decline from a yahoo address, gives a contact person
_t = """Bonjour,

Nous accusons réception de la lettre circulaire CI-19/35 et vous en remercions.

Malheureusement, le Mali ne pourra pas prendre part à la session de Budapest du 10 septembre prochain, faute de budget pour ce déplacement.

Pour le suivi de ce dossier et pour toute information, vous pouvez joindre M. Boubacar KEÏTA, chef de division à l'AMRTP, au +223 20 23 14 71 ou à bkeita.amrtp@yahoo.fr.

Cordialement,
Fatoumata Coulibaly
Direction Nationale de l'Économie Numérique
Bamako
"""
add("fr_mli", "fr", "utf-8", "decline", "MLI",
    frm=("Fatoumata Coulibaly", "fatou.coulibaly.dnen@yahoo.fr"),
    subject="Réponse à la circulaire CI-19/35",
    date=T("2019-08-10 18:33:05", "+0000"), at=T("2019-08-10 20:33:27", "+0200"),
    host="sonic306-21.consmr.mail.ir2.yahoo.com", ip="77.238.177.147", client="yahoo", hdr_enc="Q",
    mid="<1593782041.2881063.1565461985470@mail.yahoo.com>",
    extra=["X-Mailer: WebService/1.1.14138 YMailNorrin Mozilla/5.0 (Windows NT 6.1; Win64; x64)"],
    body=alt("----=_Part_2881062_1410557261.1565461985469",
             txt(_t, "utf-8", "quoted-printable"),
             html('<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div>'
                  + _t.replace("\n\n", "</div><div><br></div><div>").replace("\n", "</div><div>") + "</div></div></body></html>",
                  "utf-8", "quoted-printable")))

# --- Burkina Faso: nomination with a misspelt name; later (late) spelling correction quoting it
_bfa1 = """Monsieur,

Faisant suite à la lettre circulaire CI-19/35, l'Autorité de Régulation des Communications Électroniques et des Postes (ARCEP) du Burkina Faso a l'honneur de vous communiquer le nom de son représentant à la session de consultation du 10 septembre 2019 à Budapest :

- M. OUEDRAGO Rasmané, Chef du Service Innovation et Économie numérique, r.ouedraogo@arcep.bf

Veuillez agréer, Monsieur, nos salutations distinguées.

Le Directeur de la Coopération
Salif KABORÉ
"""
add("fr_bfa", "fr", "windows-1252", "nomination", "BFA",
    frm=("Direction Coopération ARCEP", "cooperation@arcep.bf"),
    subject="Désignation - session de consultation PME du 10/09/2019",
    date=T("2019-08-09 10:05:19", "+0000"), at=T("2019-08-09 12:05:44", "+0200"),
    host="mail.arcep.bf", ip="206.82.130.37", client="exchange", hdr_cs="windows-1252",
    mid="<000901d54e9a$3c2f1e40$b48d5ac0$@arcep.bf>",
    extra=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: AdVOmjmPq2Hc7pTzTgyXv0yq1LxQ2A==", "Content-Language: fr"],
    delegates=[D("OUEDRAGO Rasmané", title="Chef du Service Innovation et Économie numérique", email="r.ouedraogo@arcep.bf")],
    sessions=[BUD],
    body=txt(_bfa1, "windows-1252", "quoted-printable"))

_t = """Monsieur,

Une erreur s'est glissée dans notre message ci-dessous : il faut lire OUEDRAOGO Rasmané (et non « OUEDRAGO »). Merci de bien vouloir corriger l'orthographe du nom de notre représentant sur la liste des participants, les autres informations restant inchangées.

Toutes nos excuses pour ce désagrément et pour le retard de cette correction.

Salif KABORÉ
Directeur de la Coopération, ARCEP Burkina Faso

-----Message d'origine-----
De : Direction Coopération ARCEP [mailto:cooperation@arcep.bf]
Envoyé : vendredi 9 août 2019 10:05
À : 'sme@itu.int'
Objet : Désignation - session de consultation PME du 10/09/2019

""" + _bfa1
add("fr_bfa_corr", "fr", "windows-1252", "correction", "BFA",
    frm=("Direction Coopération ARCEP", "cooperation@arcep.bf"),
    subject="TR: Désignation - session de consultation PME du 10/09/2019 - CORRECTIF",
    date=T("2019-08-20 08:41:36", "+0000"), at=T("2019-08-20 10:42:01", "+0200"),
    host="mail.arcep.bf", ip="206.82.130.37", client="exchange", hdr_cs="windows-1252",
    mid="<001b01d55735$8a0c4f10$9e24ed30$@arcep.bf>", irt="<000901d54e9a$3c2f1e40$b48d5ac0$@arcep.bf>",
    extra=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: AdVOmjmPq2Hc7pTzTgyXv0yq1LxQ2AJBf3kA", "Content-Language: fr"],
    delegates=[D("OUEDRAOGO Rasmané", title="Chef du Service Innovation et Économie numérique", email="r.ouedraogo@arcep.bf")],
    sessions=[BUD], supersedes="fr_bfa",
    body=txt(_t, "windows-1252", "quoted-printable"))

# --- Niger: forward chain (TR: TR:), the nominee only in a Nom / Prénom field block
_t = """Bonjour,

Je vous transmets ci-dessous la désignation faite par le Ministère des Postes, des Télécommunications et de l'Économie Numérique pour la session de consultation de Budapest.

Bien à vous,

Hamidou Garba
Conseiller
Mission permanente de la République du Niger à Genève

---------- Forwarded message ---------
De : Secrétariat MPTEN <secretariat.mpten@gmail.com>
Date: jeu. 8 août 2019 à 12:31
Subject: TR: Lettre circulaire UIT CI-19/35 - désignation
To: <hamidou.garba.mission@gmail.com>


Monsieur le Conseiller,

Suite à la lettre circulaire citée en objet, le Ministère a retenu la candidature suivante pour la session du 10 septembre 2019 :

Nom : MAHAMADOU
Prénom(s) : Issoufou
Fonction : Directeur de l'Économie Numérique
Adresse électronique : issoufou.mahamadou@mpten.gouv.ne
Téléphone : +227 20 72 30 11

Merci de bien vouloir la transmettre à l'UIT.

Le Secrétaire Général Adjoint
Dr Abdou MOUSSA

---------- Forwarded message ---------
De : Courrier Arrivée <courrier.mpten@gmail.com>
Date: lun. 29 juil. 2019 à 09:02
Subject: Lettre circulaire UIT CI-19/35
To: Secrétariat MPTEN <secretariat.mpten@gmail.com>

Pour attribution. Réponse attendue avant le 16 août.
"""
add("fr_ner", "fr", "utf-8", "nomination", "NER",
    frm=("Hamidou Garba", "hamidou.garba.mission@gmail.com"),
    subject="Fwd: TR: Lettre circulaire UIT CI-19/35 - désignation",
    date=T("2019-08-08 15:12:09", "+0200"), at=T("2019-08-08 15:12:24", "+0200"),
    host="mail-wm1-f66.google.com", ip="209.85.128.66", client="gmail", mx="mx3", hdr_enc="B",
    mid="<CAL4rN9e+2TbXq7mHw0Zy8aVdPk3sJ6uR1fGcQ@mail.gmail.com>",
    delegates=[D("Issoufou MAHAMADOU", ["MAHAMADOU Issoufou"], "Directeur de l'Économie Numérique", "issoufou.mahamadou@mpten.gouv.ne")],
    sessions=[BUD],
    body=alt("000000000000c8d94b058f9a3e71",
             txt(_t, "utf-8", "quoted-printable"),
             html('<div dir="ltr">' + _t.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>", "utf-8", "quoted-printable")))

# --- DR Congo: Budapest + WSIS (Forum du SMSI), CWG undecided; compound surname first
_t = """Monsieur Christopher Clark,

Objet : Votre circulaire CI-19/35 – Sessions de consultation PME

L'Autorité de Régulation de la Poste et des Télécommunications du Congo (ARPTC) a l'honneur de vous faire savoir que la République Démocratique du Congo participera à la première session (Budapest, 10 septembre 2019) ainsi qu'à celle prévue pendant le Forum du SMSI 2020.

Sera délégué pour ces deux sessions :
– Monsieur KABASELE TSHIMANGA Jean-Pierre, Conseiller technique du Président du Collège, jp.kabasele@arptc.gouv.cd

La participation à la session des Groupes de travail du Conseil reste à confirmer.

Salutations distinguées.

Me Nathalie MBUYI
Directrice de Cabinet, ARPTC
Kinshasa/Gombe
"""
add("fr_cod", "fr", "utf-8", "nomination", "COD",
    frm=("Cabinet ARPTC", "cabinet@arptc.gouv.cd"),
    subject="Participation de la RDC aux sessions de consultation (CI-19/35)",
    date=T("2019-08-14 14:58:40", "+0100"), at=T("2019-08-14 15:59:02", "+0200"),
    host="smtp.arptc.gouv.cd", ip="41.243.1.50", client="postfix",
    mid="<d3c7a1f2-6e9b-4c08-b5a4-71e2f0c9d8b6@arptc.gouv.cd>",
    extra=["User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101\r\n Thunderbird/52.9.1",
           "Content-Language: fr"],
    delegates=[D("KABASELE TSHIMANGA Jean-Pierre", title="Conseiller technique du Président du Collège", email="jp.kabasele@arptc.gouv.cd")],
    sessions=[BUD, WSIS],
    body=txt(_t, "utf-8", "base64"))

# --- Benin: inquiry before nominating
_t = """Madame, Monsieur,

Le Bénin a bien reçu la circulaire CI-19/35. Avant de désigner notre représentant, nous souhaiterions savoir si l'UIT prend en charge les frais de voyage et de séjour des participants des pays les moins avancés pour la session de Budapest, et si la session bénéficiera d'une interprétation en français.

Dans l'attente de votre retour,
Cordialement.

Rodrigue AHOUANDJINOU
Ministère du Numérique et de la Digitalisation
Cotonou - République du Bénin
"""
add("fr_ben", "fr", "iso-8859-1", "inquiry", "BEN",
    frm=("Rodrigue AHOUANDJINOU", "rahouandjinou@numerique.gouv.bj"),
    subject="Demande d'information - circulaire CI-19/35",
    date=T("2019-07-29 11:20:55", "+0100"), at=T("2019-07-29 12:21:20", "+0200"),
    host="mail.numerique.gouv.bj", ip="41.138.89.12", client="postfix", hdr_enc="Q",
    mid="<20190729102055.7f3a1@numerique.gouv.bj>",
    body=txt(_t, "iso-8859-1", "8bit"))

# --- Tunisia: HTML-only; the nominee appears only in the table (Arabic + Latin)
_h = outlook_html(P("""Monsieur,

En réponse à la lettre circulaire CI-19/35, l'Instance Nationale des Télécommunications a le plaisir de vous communiquer ci-après les coordonnées de la personne désignée pour la session de consultation qui se tiendra à Budapest le 10 septembre 2019.
""") + "\n" + otable([
    ["Nom", "Prénom", "الاسم", "Fonction", "Adresse électronique"],
    ["BEN SALEM", "Sonia", "سنية بن سالم", "Directrice de la Prospective et du Développement", "sonia.bensalem@intt.tn"]]) + "\n" + P("""
Avec nos meilleures salutations.

Service des Relations Internationales
Instance Nationale des Télécommunications (INT)
Les Berges du Lac, Tunis"""), "FR")
add("fr_tun", "fr", "utf-8", "nomination", "TUN",
    frm=("Relations Internationales INT", "ri@intt.tn"),
    subject="Désignation - session de consultation PME (Budapest)",
    date=T("2019-08-13 09:31:22", "+0100"), at=T("2019-08-13 10:31:45", "+0200"),
    host="mail.intt.tn", ip="197.13.10.91", client="exchange",
    mid="<2B4D6F8A0C1E4F3A9D7B5C3E@INT-EXCH.intt.tn>", outlook=True,
    delegates=[D("Sonia BEN SALEM", ["BEN SALEM Sonia", "سنية بن سالم"], "Directrice de la Prospective et du Développement", "sonia.bensalem@intt.tn")],
    sessions=[BUD],
    body=html(_h, "utf-8", "base64"))

# --- Belgium: French out-of-office naming a colleague
_t = """Bonjour,

Je suis absente du bureau jusqu'au lundi 19 août inclus. Votre message ne sera pas transféré.
Pour toute question urgente, veuillez contacter M. Olivier Dumont (olivier.dumont@ibpt.be).

Cordialement,
Véronique Lemaire
IBPT - Relations internationales
"""
add("fr_bel_auto", "fr", "iso-8859-15", "auto_reply", None,
    frm=("Lemaire Véronique", "veronique.lemaire@ibpt.be"),
    subject="Réponse automatique : Lettre circulaire CI-19/35 - rappel",
    date=T("2019-08-13 10:31:04", "+0200"), at=T("2019-08-13 10:31:12", "+0200"),
    host="mail.ibpt.be", ip="193.191.244.30", client="exchange", hdr_cs="iso-8859-15", hdr_enc="Q",
    mid="<c4a0e6b2f1d94f8bb9e3a2d1c0f5e7a8@IBPT-MBX02.ibpt.be>",
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: fr-BE"],
    body=txt(_t, "iso-8859-15", "quoted-printable"))

# --- Gabon: just inside the deadline (23:58:40 Geneva), sent 22:58 Libreville time
_t = """Monsieur,

Dans les délais impartis, nous vous communiquons le nom du représentant du Gabon à la session de consultation de Budapest (10/09/2019) :

M. NDONG NGUEMA Stéphane, Chargé d'études au Cabinet du Ministre de la Communication et de l'Économie numérique.

Courriel : sndongnguema@numerique.gouv.ga

Sincères salutations,
Le Service Coopération
"""
add("fr_gab", "fr", "utf-8", "nomination", "GAB",
    frm=("Service Coopération", "cooperation@numerique.gouv.ga"),
    subject="Représentant du Gabon - session PME Budapest",
    date=T("2019-08-16 22:58:21", "+0100"), at=T("2019-08-16 23:58:40", "+0200"),
    host="mail.numerique.gouv.ga", ip="41.158.21.7", client="postfix",
    mid="<8f31d2c0a7b5e4f9@numerique.gouv.ga>",
    delegates=[D("NDONG NGUEMA Stéphane", title="Chargé d'études au Cabinet du Ministre de la Communication et de l'Économie numérique",
                 email="sndongnguema@numerique.gouv.ga")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Togo: nomination, then a correction adding a second delegate (full list repeated)
_tgo1 = """Monsieur le Secrétaire général,

J'ai l'honneur de porter à votre connaissance que le Ministère de l'Économie Numérique et de la Transformation Digitale du Togo désigne M. AMOUZOU Kodjo Mawuli, Directeur de l'Économie Numérique, pour prendre part à la première session de consultation, le 10 septembre 2019 à Budapest.

Adresse : kamouzou@numerique.gouv.tg

Haute considération.

Pour la Ministre,
Le Secrétaire Général
"""
add("fr_tgo", "fr", "iso-8859-1", "nomination", "TGO",
    frm=("Secrétariat Général MENTD", "sg@numerique.gouv.tg"),
    subject="CI-19/35 - Désignation du Togo",
    date=T("2019-08-06 08:12:30", "+0000"), at=T("2019-08-06 10:12:52", "+0200"),
    host="notes.numerique.gouv.tg", ip="41.207.182.5", client="notes",
    mid="<OF5A3C21E7.4B9D0F12-ONC1258450.002D1E4F-C1258450.002D4A7B@numerique.gouv.tg>",
    extra=["X-Mailer: IBM Notes Release 9.0.1FP10 SHF383 January 14, 2019"],
    delegates=[D("AMOUZOU Kodjo Mawuli", title="Directeur de l'Économie Numérique", email="kamouzou@numerique.gouv.tg")],
    sessions=[BUD],
    body=txt(_tgo1, "iso-8859-1", "quoted-printable"))

_t = """Monsieur le Secrétaire général,

Suite à notre courrier du 6 août (ci-dessous), nous souhaitons compléter la délégation du Togo pour la session du 10 septembre à Budapest. La délégation sera donc composée de :

1. M. AMOUZOU Kodjo Mawuli, Directeur de l'Économie Numérique (kamouzou@numerique.gouv.tg)
2. Mme AKAKPO Afi Délali, Chargée de l'incubation des start-up (aakakpo@numerique.gouv.tg)

Haute considération.

Pour la Ministre,
Le Secrétaire Général

----- Transféré par Secrétariat Général MENTD/MENTD le 14/08/2019 11:40 -----

De :    Secrétariat Général MENTD/MENTD
A :     sme@itu.int
Date :  06/08/2019 08:12
Objet : CI-19/35 - Désignation du Togo

""" + _tgo1
add("fr_tgo_corr", "fr", "iso-8859-1", "correction", "TGO",
    frm=("Secrétariat Général MENTD", "sg@numerique.gouv.tg"),
    subject="CI-19/35 - Désignation du Togo (complément)",
    date=T("2019-08-14 09:41:02", "+0000"), at=T("2019-08-14 11:41:19", "+0200"),
    host="notes.numerique.gouv.tg", ip="41.207.182.5", client="notes",
    mid="<OF9E2D7B14.8C6A3F05-ONC1258458.00358E21-C1258458.0035A3C9@numerique.gouv.tg>",
    irt="<OF5A3C21E7.4B9D0F12-ONC1258450.002D1E4F-C1258450.002D4A7B@numerique.gouv.tg>",
    extra=["X-Mailer: IBM Notes Release 9.0.1FP10 SHF383 January 14, 2019"],
    delegates=[D("AMOUZOU Kodjo Mawuli", title="Directeur de l'Économie Numérique", email="kamouzou@numerique.gouv.tg"),
               D("AKAKPO Afi Délali", title="Chargée de l'incubation des start-up", email="aakakpo@numerique.gouv.tg")],
    sessions=[BUD], supersedes="fr_tgo",
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- Algeria: late interest, no name and no focal point
_t = """Monsieur,

Nous avons l'honneur de vous informer que le Ministère de la Poste, des Télécommunications, des Technologies et du Numérique est intéressé par la session de consultation consacrée aux PME technologiques et innovantes, qui se tiendra à Budapest le 10 septembre prochain.

Le nom de notre participant vous sera transmis dès que possible. Nous vous prions de bien vouloir excuser ce retard.

Respectueusement.

Direction de la Coopération et des Relations Internationales
"""
add("fr_dza", "fr", "windows-1252", "interest_only", "DZA",
    frm=("DCRI MPTTN", "dcri@mpttn.gov.dz"),
    subject="Intérêt de l'Algérie - CI-19/35",
    date=T("2019-08-22 13:30:00", "+0100"), at=T("2019-08-22 14:30:26", "+0200"),
    host="mail.mpttn.gov.dz", ip="193.194.69.18", client="exchange", hdr_cs="windows-1252", hdr_enc="Q",
    mid="<B7E5A3C1D9F04E2A@MPTTN-EX.mpttn.gov.dz>",
    sessions=[BUD],
    body=txt(_t, "windows-1252", "8bit"))

# --- French newsletter: "Nominations" section and Budapest agenda (unrelated)
_t = """LA LETTRE DES TÉLÉCOMS AFRICAINES – n° 412 – 9 août 2019

À LA UNE
Le marché du mobile money franchit le cap des 400 millions de comptes en Afrique subsaharienne.

NOMINATIONS
- Mme Awa Ndiaye est nommée Directrice générale adjointe d'un opérateur historique ouest-africain.
- M. Jean-Baptiste Mensah prend la tête du pôle régulation d'un cabinet de conseil à Abidjan.

AGENDA
- 9-12 septembre : ITU Telecom World 2019, Budapest (Hongrie). Session de consultation sur les PME le 10 septembre.
- 22-24 octobre : AfricaCom, Le Cap.

Vous recevez cette lettre car vous êtes abonné(e). Pour vous désabonner : https://lettre-telecoms-africaines.info/desabo?u=sme%40itu.int
"""
add("fr_newsletter", "fr", "utf-8", "unrelated", None,
    frm=("La Lettre des Télécoms Africaines", "lettre@lettre-telecoms-africaines.info"),
    subject="N° 412 : mobile money, nominations, agenda de septembre",
    date=T("2019-08-09 06:00:03", "+0000"), at=T("2019-08-09 08:00:17", "+0200"),
    host="mta12.envoi-lettre.info", ip="51.77.12.143", client="postfix", mx="mx2",
    mid="<20190809060003.412.sme=itu.int@lettre-telecoms-africaines.info>",
    extra=["List-Unsubscribe: <https://lettre-telecoms-africaines.info/desabo?u=sme%40itu.int>",
           "Precedence: bulk"],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- French bounce (Exchange NDR in French) for an acknowledgement to Cameroon
_orig_hdrs = """From: ITU SME <sme@itu.int>
To: <ngobiyong.mc@minpostel.gov.cm>
Subject: Accuse de reception - CI-19/35 - Cameroun
Date: Tue, 6 Aug 2019 16:20:11 +0200
Message-ID: <ACK-19-35-0077@itu.int>
"""
_bounce = multi("report", "B2E1F0A9C8D7.1565101215/mail.minpostel.gov.cm", [
    txt("""La remise à ces destinataires ou groupes a échoué :

ngobiyong.mc@minpostel.gov.cm
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Veuillez réessayer de renvoyer le message plus tard ou contacter directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : mail.minpostel.gov.cm

ngobiyong.mc@minpostel.gov.cm
552 5.2.2 Mailbox full
""", "utf-8", "quoted-printable"),
    rawpart(["Content-Type: message/delivery-status"], """Reporting-MTA: dns; mail.minpostel.gov.cm
X-Postfix-Queue-ID: B2E1F0A9C8D7
Arrival-Date: Tue, 6 Aug 2019 15:20:13 +0100

Final-Recipient: rfc822; ngobiyong.mc@minpostel.gov.cm
Original-Recipient: rfc822;ngobiyong.mc@minpostel.gov.cm
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""),
    rawpart(['Content-Type: text/rfc822-headers; charset="us-ascii"'], _orig_hdrs)],
    params="; report-type=delivery-status")
add("fr_bounce", "fr", "utf-8", "bounce", None,
    frm=("Administrateur système", "MAILER-DAEMON@mail.minpostel.gov.cm"),
    subject="Non remis : Accuse de reception - CI-19/35 - Cameroun",
    date=T("2019-08-06 15:20:15", "+0100"), at=T("2019-08-06 16:20:33", "+0200"),
    host="mail.minpostel.gov.cm", ip="195.24.207.114", client="zimbra", hdr_enc="Q",
    mid="<20190806142015.B2E1F0A9C8D7@mail.minpostel.gov.cm>",
    extra=["Auto-Submitted: auto-replied"],
    body=_bounce)


# =====================================================================
# ARABIC
# =====================================================================

# --- Egypt: honorifics السيد المهندس, Latin alias in parentheses, signer not a delegate
_egy1 = """السادة/ الاتحاد الدولي للاتصالات
أمانة جلسات التشاور بشأن الشركات الصغيرة والمتوسطة

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة 23 يوليو 2019 بشأن جلسات التشاور للدول الأعضاء حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسرنا إفادتكم باهتمام جمهورية مصر العربية بالمشاركة في الجلسة الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019.

وقد تم ترشيح السيد المهندس/ محمود سامي عبد العزيز (Mahmoud Samy Abdelaziz)، مدير عام الابتكار وريادة الأعمال بالجهاز القومي لتنظيم الاتصالات، للمشاركة في الجلسة المذكورة.
البريد الإلكتروني: m.samy@ntra.gov.eg

وتفضلوا بقبول فائق الاحترام،

د. منى عبد الرحمن
مدير عام العلاقات الدولية
الجهاز القومي لتنظيم الاتصالات
"""
add("ar_egy", "ar", "windows-1256", "nomination", "EGY",
    frm=("العلاقات الدولية - الجهاز القومي لتنظيم الاتصالات", "intl.relations@ntra.gov.eg"),
    subject="ترشيح لجلسة التشاور - الرسالة المعممة CI-19/35",
    date=T("2019-08-04 12:16:31", "+0200"), at=T("2019-08-04 12:16:58", "+0200"),
    host="mail.ntra.gov.eg", ip="41.33.168.5", client="exchange",
    mid="<4f1c2a7b9d0e4c38a5b6@NTRA-EX01.ntra.gov.eg>", outlook=True,
    delegates=[D("محمود سامي عبد العزيز", ["Mahmoud Samy Abdelaziz"], "مدير عام الابتكار وريادة الأعمال بالجهاز القومي لتنظيم الاتصالات", "m.samy@ntra.gov.eg")],
    sessions=[BUD],
    body=txt(_egy1, "windows-1256", "quoted-printable"))

# --- Egypt again: asks for confirmation of receipt, quoting its own nomination -> inquiry
_t = """السادة المحترمون،

نرجو التكرم بتأكيد استلام ترشيحنا المرسل بتاريخ 4 أغسطس (أدناه)، وإفادتنا بموعد إرسال جدول الأعمال التفصيلي للجلسة، حيث لم يصلنا أي رد حتى تاريخه.

مع الشكر،
إدارة العلاقات الدولية

-----Original Message-----
From: العلاقات الدولية - الجهاز القومي لتنظيم الاتصالات
Sent: Sunday, August 4, 2019 12:16 PM
To: sme@itu.int
Subject: ترشيح لجلسة التشاور - الرسالة المعممة CI-19/35

""" + _egy1
add("ar_egy_inq", "ar", "windows-1256", "inquiry", "EGY",
    frm=("العلاقات الدولية - الجهاز القومي لتنظيم الاتصالات", "intl.relations@ntra.gov.eg"),
    subject="RE: ترشيح لجلسة التشاور - الرسالة المعممة CI-19/35",
    date=T("2019-08-28 10:05:12", "+0200"), at=T("2019-08-28 10:05:40", "+0200"),
    host="mail.ntra.gov.eg", ip="41.33.168.5", client="exchange",
    mid="<9a2d4e6f8b1c4d7e9f30@NTRA-EX01.ntra.gov.eg>", irt="<4f1c2a7b9d0e4c38a5b6@NTRA-EX01.ntra.gov.eg>", outlook=True,
    body=txt(_t, "windows-1256", "base64"))

# --- Saudi Arabia: Outlook HTML table with Arabic + Latin names; addressed to Christopher Clark in Arabic
_rows = [["م", "الاسم / Name", "المسمى الوظيفي", "البريد الإلكتروني"],
         ["1", "م. فيصل بن عبدالله العتيبي<br>Eng. Faisal Abdullah Alotaibi", "مدير إدارة تمكين ريادة الأعمال", "fotaibi@citc.gov.sa"],
         ["2", "أ. نورة سعد القحطاني<br>Ms. Noura Saad Alqahtani", "أخصائي أول سياسات رقمية", "nqahtani@citc.gov.sa"]]
_t = """المكرم/ السيد كريستوفر كلارك      المحترم

السلام عليكم ورحمة الله وبركاته،

إشارة إلى خطاب الأمين العام للاتحاد رقم CI-19/35، يسر هيئة الاتصالات وتقنية المعلومات بالمملكة العربية السعودية إفادتكم برغبتها في المشاركة في جلسة التشاور الأولى المزمع عقدها على هامش معرض تليكوم العالمي 2019 في بودابست، وترشح لذلك كلاً من:

م\tالاسم / Name\tالمسمى الوظيفي\tالبريد الإلكتروني
1\tم. فيصل بن عبدالله العتيبي / Eng. Faisal Abdullah Alotaibi\tمدير إدارة تمكين ريادة الأعمال\tfotaibi@citc.gov.sa
2\tأ. نورة سعد القحطاني / Ms. Noura Saad Alqahtani\tأخصائي أول سياسات رقمية\tnqahtani@citc.gov.sa

وتقبلوا خالص التحية والتقدير،

إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات
الرياض
"""
_h = outlook_html(P("""المكرم/ السيد كريستوفر كلارك&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; المحترم

السلام عليكم ورحمة الله وبركاته،

إشارة إلى خطاب الأمين العام للاتحاد رقم CI-19/35، يسر هيئة الاتصالات وتقنية المعلومات بالمملكة العربية السعودية إفادتكم برغبتها في المشاركة في جلسة التشاور الأولى المزمع عقدها على هامش معرض تليكوم العالمي 2019 في بودابست، وترشح لذلك كلاً من:
""") + "\n" + otable(_rows) + "\n" + P("""
وتقبلوا خالص التحية والتقدير،

<b>إدارة العلاقات الدولية</b>
هيئة الاتصالات وتقنية المعلومات
الرياض"""), "AR-SA", dir_="RTL")
add("ar_sau", "ar", "utf-8", "nomination", "SAU",
    frm=("إدارة العلاقات الدولية", "intl@citc.gov.sa"),
    subject="ترشيح ممثلي المملكة - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة",
    date=T("2019-08-11 11:02:47", "+0300"), at=T("2019-08-11 10:03:15", "+0200"),
    host="mail.citc.gov.sa", ip="212.118.142.10", client="exchange",
    mid="<AM0PR02MB4130B1E2C3D4E5F6@CITC-EX02.citc.gov.sa>", outlook=True,
    delegates=[D("فيصل بن عبدالله العتيبي", ["Faisal Abdullah Alotaibi"], "مدير إدارة تمكين ريادة الأعمال", "fotaibi@citc.gov.sa"),
               D("نورة سعد القحطاني", ["Noura Saad Alqahtani"], "أخصائي أول سياسات رقمية", "nqahtani@citc.gov.sa")],
    sessions=[BUD],
    body=alt("_000_AM0PR02MB4130B1E2C3D4E5F6CITCEX02citcgovsa_",
             txt(_t, "utf-8", "base64"), html(_h, "utf-8", "base64")))

# --- UAE: interest only, coordinator (not a delegate), name to follow
_t = """السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

نود إفادتكم باهتمام دولة الإمارات العربية المتحدة بالمشاركة في جلسة التشاور الأولى حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، والتي ستعقد على هامش تليكوم العالمي 2019 في بودابست.

وسيتم تزويدكم باسم المشارك فور اعتماده. وحتى ذلك الحين، يرجى التواصل مع منسقة الهيئة لهذا الموضوع، السيدة مريم الهاشمي، إدارة الشؤون الدولية (mariam.alhashmi@tra.gov.ae).

مع خالص التحيات،

خالد المنصوري
مدير إدارة الشؤون الدولية
هيئة تنظيم قطاع الاتصالات
"""
add("ar_are", "ar", "utf-8", "interest_only", "ARE",
    frm=("Khaled AlMansoori", "k.almansoori@tra.gov.ae"),
    cc=[("Mariam AlHashmi", "mariam.alhashmi@tra.gov.ae")],
    subject="اهتمام دولة الإمارات - CI-19/35",
    date=T("2019-08-07 13:44:09", "+0400"), at=T("2019-08-07 11:44:36", "+0200"),
    host="mail.tra.gov.ae", ip="94.200.54.18", client="exchange",
    mid="<0A8C6E4B2D9F4A1C@TRA-MBX03.tra.gov.ae>", outlook=True,
    sessions=[BUD],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Jordan: decline with a contact engineer (المهندسة) who is not a delegate
_t = """تحية طيبة وبعد،

إشارة إلى كتابكم رقم CI-19/35، نشكركم على الدعوة الكريمة، ونأسف لإبلاغكم بتعذر مشاركة المملكة الأردنية الهاشمية في جلسة التشاور المزمع عقدها في بودابست بتاريخ 10/9/2019 نظراً لتزامنها مع ارتباطات رسمية سابقة.

ولأي استفسار مستقبلي بخصوص هذا الموضوع يمكن التواصل مع المهندسة رنا الخطيب، مديرة مديرية الريادة، على البريد الإلكتروني rana.khatib@modee.gov.jo.

وتفضلوا بقبول فائق الاحترام

أمين عام وزارة الاقتصاد الرقمي والريادة
"""
add("ar_jor", "ar", "windows-1256", "decline", "JOR",
    frm=("مكتب الأمين العام", "sg.office@modee.gov.jo"),
    subject="اعتذار عن المشاركة - جلسة التشاور بودابست",
    date=T("2019-08-12 09:12:40", "+0300"), at=T("2019-08-12 08:13:02", "+0200"),
    host="mail.modee.gov.jo", ip="193.188.73.40", client="exchange",
    mid="<D1F3A5C7E9B24D6F@MODEE-EX.modee.gov.jo>",
    body=txt(_t, "windows-1256", "8bit"))

# --- Oman: nomination (الفاضل honorific); later a late correction moving him to the WSIS session
_omn1 = """السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى التعميم رقم CI-19/35، ترشح هيئة تنظيم الاتصالات بسلطنة عمان الفاضل/ سالم بن خميس البلوشي (Salim Khamis Al-Balushi)، أخصائي أول تطوير أعمال، لحضور جلسة التشاور الأولى في بودابست بتاريخ 10 سبتمبر 2019.

البريد الإلكتروني: salim.albalushi@tra.gov.om

وتفضلوا بقبول فائق الاحترام والتقدير،
دائرة العلاقات الدولية
هيئة تنظيم الاتصالات - مسقط
"""
add("ar_omn", "ar", "windows-1256", "nomination", "OMN",
    frm=("International Relations TRA", "ir@tra.gov.om"),
    subject="ترشيح - جلسة التشاور CI-19/35",
    date=T("2019-08-05 10:20:18", "+0400"), at=T("2019-08-05 08:20:44", "+0200"),
    host="mail.tra.gov.om", ip="5.36.240.18", client="exchange",
    mid="<7B9D1F3A5C2E4B6D8F@TRA-EXCH01.tra.gov.om>", outlook=True,
    delegates=[D("سالم بن خميس البلوشي", ["Salim Khamis Al-Balushi"], "أخصائي أول تطوير أعمال", "salim.albalushi@tra.gov.om")],
    sessions=[BUD],
    body=txt(_omn1, "windows-1256", "quoted-printable"))

_t = """السادة الأفاضل،

إلحاقاً برسالتنا أدناه، ونظراً لتعذر سفر الفاضل/ سالم بن خميس البلوشي إلى بودابست في سبتمبر، نود تعديل مشاركته لتكون في جلسة التشاور التي ستعقد أثناء منتدى القمة العالمية لمجتمع المعلومات 2020 بدلاً من جلسة بودابست.

نعتذر عن أي إزعاج.

دائرة العلاقات الدولية
هيئة تنظيم الاتصالات

________________________________
من: International Relations TRA
تاريخ الإرسال: 5 أغسطس 2019 10:20
إلى: sme@itu.int
الموضوع: ترشيح - جلسة التشاور CI-19/35

""" + _omn1
add("ar_omn_corr", "ar", "windows-1256", "correction", "OMN",
    frm=("International Relations TRA", "ir@tra.gov.om"),
    subject="RE: ترشيح - جلسة التشاور CI-19/35 - تعديل",
    date=T("2019-08-19 11:02:55", "+0400"), at=T("2019-08-19 09:03:20", "+0200"),
    host="mail.tra.gov.om", ip="5.36.240.18", client="exchange",
    mid="<2C4E6A8B0D1F4C3E5A@TRA-EXCH01.tra.gov.om>", irt="<7B9D1F3A5C2E4B6D8F@TRA-EXCH01.tra.gov.om>", outlook=True,
    delegates=[D("سالم بن خميس البلوشي", ["Salim Khamis Al-Balushi"], "أخصائي أول تطوير أعمال", "salim.albalushi@tra.gov.om")],
    sessions=[WSIS], supersedes="ar_omn",
    body=txt(_t, "windows-1256", "quoted-printable"))

# --- Sudan: Mission forwards the regulator's mail; nominee only in a field block
_t = """السادة/ أمانة الاتحاد الدولي للاتصالات

تحية طيبة،

تجدون أدناه ترشيح الجهاز القومي لتنظيم الاتصالات والبريد لجلسة التشاور الخاصة بالشركات الصغيرة والمتوسطة، للتكرم بالعلم واتخاذ اللازم.

عن البعثة الدائمة لجمهورية السودان بجنيف
السكرتير الأول

---------- Forwarded message ---------
From: مكتب المدير العام <dg.office@tpra.gov.sd>
Date: Sun, Aug 11, 2019 at 10:14 AM
Subject: ترشيح لجلسة التشاور
To: <sudanmission.geneva@gmail.com>

الأخوة في البعثة الدائمة بجنيف،

نرجو التكرم بإبلاغ الاتحاد الدولي للاتصالات بالترشيح التالي:

الاسم: عوض الكريم محمد أحمد
الوظيفة: مدير إدارة تقانة المعلومات
الجهة: الجهاز القومي لتنظيم الاتصالات والبريد
البريد الإلكتروني: awadalkarim@tpra.gov.sd
الجلسة: بودابست – 10 سبتمبر 2019

ولكم الشكر.
"""
add("ar_sdn", "ar", "utf-8", "nomination", "SDN",
    frm=("Sudan Mission Geneva", "sudanmission.geneva@gmail.com"),
    subject="Fwd: ترشيح لجلسة التشاور",
    date=T("2019-08-12 11:40:18", "+0200"), at=T("2019-08-12 11:40:33", "+0200"),
    host="mail-ej1-f43.google.com", ip="209.85.218.43", client="gmail",
    mid="<CAP2uZ7tK0mQv9sWx3YbN5eR8gH1jLd4cFo6Ai@mail.gmail.com>",
    delegates=[D("عوض الكريم محمد أحمد", title="مدير إدارة تقانة المعلومات", email="awadalkarim@tpra.gov.sd")],
    sessions=[BUD],
    body=alt("00000000000012e4f6058fd0a2b9",
             txt(_t, "utf-8", "base64"),
             html('<div dir="rtl">' + _t.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>", "utf-8", "base64")))

# --- Iraq: "م/" means subject here; ITU server stamps in UTC: 22:03 UTC = 00:03 Geneva -> late
_t = """م/ ترشيح

تحية طيبة ...

إشارة إلى رسالة الاتحاد الدولي للاتصالات المعممة المرقمة CI-19/35 في 23/7/2019، نود إعلامكم بترشيح السيد حيدر عبد الأمير جاسم، معاون مدير عام دائرة التخطيط والمتابعة في وزارة الاتصالات، للمشاركة في جلسة التشاور الأولى المقرر انعقادها في بودابست يوم 10/9/2019.

البريد الإلكتروني للمرشح: haider.jasim@moc.gov.iq

مع التقدير.

قسم العلاقات والتعاون الدولي
وزارة الاتصالات - جمهورية العراق
"""
add("ar_irq", "ar", "windows-1256", "nomination", "IRQ",
    frm=("International Cooperation MoC", "intl.coop@moc.gov.iq"),
    subject="ترشيح - جلسة بودابست",
    date=T("2019-08-17 01:03:31", "+0300"), at=T("2019-08-16 22:03:44", "+0000"),
    host="mail.moc.gov.iq", ip="185.124.244.9", client="postfix",
    mid="<a41e9c07b2d3.5f68@moc.gov.iq>",
    delegates=[D("حيدر عبد الأمير جاسم", title="معاون مدير عام دائرة التخطيط والمتابعة", email="haider.jasim@moc.gov.iq")],
    sessions=[BUD],
    body=txt(_t, "windows-1256", "base64"))

# --- Kuwait: Arabic out-of-office
_t = """رد تلقائي

شكراً لرسالتكم. أنا خارج المكتب في إجازة سنوية حتى 25 أغسطس 2019 ولن أتمكن من الاطلاع على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع السيد عبدالله الرشيدي على البريد a.alrashidi@citra.gov.kw

Thank you for your email. I am on annual leave until 25 August 2019.
"""
add("ar_kwt_auto", "ar", "utf-8", "auto_reply", None,
    frm=("Noura AlSabah", "n.alsabah@citra.gov.kw"),
    subject="رد تلقائي: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 11:31:15", "+0300"), at=T("2019-08-13 10:31:40", "+0200"),
    host="mail.citra.gov.kw", ip="62.215.147.3", client="exchange",
    mid="<e2f4a6c8b0d14e3f9a7c5b1d@CITRA-EX1.citra.gov.kw>",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=txt(_t, "utf-8", "base64"))

# --- Qatar: nomination for Budapest and the CWG session, quoting the Arabic circular (signatory quoted)
_t = """سعادة الأمين العام للاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

رداً على الرسالة المعممة أدناه، يسر هيئة تنظيم الاتصالات في دولة قطر إبلاغكم بترشيح السيد عبدالرحمن يوسف المهندي (Abdulrahman Yousef Al-Mohannadi)، رئيس قسم الابتكار والتحول الرقمي، لتمثيل دولة قطر في جلسة التشاور الأولى في بودابست، وكذلك في الجلسة التي ستعقد خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020.

للتواصل: aalmohannadi@cra.gov.qa

مع خالص التقدير،
إدارة الشؤون الدولية
هيئة تنظيم الاتصالات

________________________________
من: ITU Official Mail <official.mail@itu.int>
تاريخ الإرسال: الثلاثاء، 23 يوليو، 2019 05:12 م
إلى: info@cra.gov.qa
الموضوع: الرسالة المعممة CI-19/35

""" + CIRC["ar"] + "\n"
add("ar_qat", "ar", "utf-8", "nomination", "QAT",
    frm=("International Affairs CRA", "intlaffairs@cra.gov.qa"),
    subject="RE: الرسالة المعممة CI-19/35",
    date=T("2019-08-14 12:33:21", "+0300"), at=T("2019-08-14 11:33:49", "+0200"),
    host="mail.cra.gov.qa", ip="212.77.200.66", client="exchange",
    mid="<9F1E3D5C7B2A4F6E8D0C@CRA-MBX2.cra.gov.qa>", irt=CIRC_MID, outlook=True,
    delegates=[D("عبدالرحمن يوسف المهندي", ["Abdulrahman Yousef Al-Mohannadi"], "رئيس قسم الابتكار والتحول الرقمي", "aalmohannadi@cra.gov.qa")],
    sessions=[BUD, CWG],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Lebanon: earlier inquiry in ISO-8859-6
_t = """حضرة السادة المحترمين،

بالإشارة إلى الرسالة المعممة CI-19/35، نرجو إفادتنا بما يلي قبل إرسال الترشيح:
1- هل يمكن أن يشارك ممثلنا في جلسة بودابست عن بعد؟
2- هل ستتوفر الترجمة الفورية إلى اللغة العربية خلال الجلسة؟

مع الشكر الجزيل،
قسم العلاقات الدولية
وزارة الاتصالات - بيروت
"""
add("ar_lbn_inq", "ar", "iso-8859-6", "inquiry", "LBN",
    frm=("Intl Relations MPT", "intl@mpt.gov.lb"),
    subject="استفسار بخصوص الرسالة المعممة CI-19/35",
    date=T("2019-07-30 10:50:02", "+0300"), at=T("2019-07-30 09:50:27", "+0200"),
    host="mail.mpt.gov.lb", ip="194.126.10.4", client="postfix", hdr_cs="utf-8",
    mid="<20190730075002.3c1a@mpt.gov.lb>",
    body=txt(_t, "iso-8859-6", "8bit"))

# --- Arabic newsletter mentioning appointments and Budapest (unrelated)
_t = """النشرة الأسبوعية للاتصالات العربية – العدد 187

تعيينات:
- تعيين السيد ماجد العنزي رئيساً تنفيذياً لإحدى شركات الاتصالات الخليجية.
- ترشيح الدكتورة هالة فؤاد لعضوية مجلس إدارة جمعية إقليمية للأمن السيبراني.

فعاليات:
- تليكوم العالمي 2019 في بودابست، 9-12 سبتمبر.
- معرض جيتكس في دبي، 6-10 أكتوبر.

لإلغاء الاشتراك اضغط هنا.
"""
add("ar_newsletter", "ar", "utf-8", "unrelated", None,
    frm=("النشرة العربية للاتصالات", "news@arab-telecom-digest.com"),
    subject="النشرة الأسبوعية: تعيينات جديدة وفعاليات سبتمبر",
    date=T("2019-08-05 07:00:01", "+0300"), at=T("2019-08-05 06:00:22", "+0200"),
    host="out3.mailer-atd.com", ip="104.47.12.88", client="postfix", mx="mx3",
    mid="<nl187.20190805.sme@arab-telecom-digest.com>",
    extra=["List-Unsubscribe: <mailto:unsubscribe@arab-telecom-digest.com>", "Precedence: bulk"],
    body=alt("=_nl187_b1d3f5",
             txt(_t, "utf-8", "base64"),
             html('<html dir="rtl"><body>' + _t.replace("\n", "<br>\n") + "</body></html>", "utf-8", "base64")))


# =====================================================================
# RUSSIAN
# =====================================================================

# --- Russia: inflected (genitive) name in running text + Latin form; KOI8-R
_t = """Уважаемый г-н Кларк!

В связи с циркулярным письмом МСЭ CI-19/35 от 23 июля 2019 г. Минцифры России подтверждает заинтересованность в участии в консультационных сессиях "Содействие развитию технологических и инновационных МСП".

Для участия в первой сессии, которая состоится 10 сентября 2019 г. в Будапеште в рамках ITU Telecom World 2019, предлагаем кандидатуру заместителя директора Департамента международного сотрудничества Кузнецова Андрея Викторовича (Andrey KUZNETSOV), эл. почта: a.kuznetsov@digital.gov.ru.

Информацию об участии в сессиях 2020 года направим дополнительно.

С уважением,
Е.А. Соколова
консультант отдела МСЭ
Департамент международного сотрудничества
Минцифры России
тел. +7 495 771-80-00
"""
add("ru_rus", "ru", "koi8-r", "nomination", "RUS",
    frm=("Соколова Елена Александровна", "e.sokolova@digital.gov.ru"),
    subject="О участии в консультационной сессии (CI-19/35)",
    date=T("2019-08-09 16:22:07", "+0300"), at=T("2019-08-09 15:22:31", "+0200"),
    host="mx.digital.gov.ru", ip="95.173.128.40", client="exchange",
    mid="<1F2E3D4C5B6A4978@MSK-EXCH04.digital.gov.ru>", outlook=True,
    delegates=[D("Кузнецов Андрей Викторович", ["Кузнецова Андрея Викторовича", "Andrey KUZNETSOV"],
                 "заместитель директора Департамента международного сотрудничества", "a.kuznetsov@digital.gov.ru")],
    sessions=[BUD],
    body=txt(_t, "koi8-r", "quoted-printable"))

# --- Belarus: SURNAME in capitals first, windows-1251 base64
_t = """Добрый день!

Министерство связи и информатизации Республики Беларусь сообщает, что для участия в консультационной сессии для Государств-Членов, которая пройдет 10.09.2019 в г. Будапеште, направляется:

МАКАРЕВИЧ Ольга Николаевна – начальник управления информатизации, тел. +375 17 287 87 00, e-mail: makarevich@mpt.gov.by.

Просим включить ее в список участников и направить информацию о месте проведения сессии.

С уважением,
Д.Л. Гончар
главный специалист отдела международного сотрудничества
"""
add("ru_blr", "ru", "windows-1251", "nomination", "BLR",
    frm=("Гончар Дмитрий", "gonchar@mpt.gov.by"),
    subject="Сессия МСП 10.09.2019 - участник от Республики Беларусь",
    date=T("2019-08-13 12:05:50", "+0300"), at=T("2019-08-13 11:06:14", "+0200"),
    host="mail.mpt.gov.by", ip="93.125.99.10", client="postfix", hdr_cs="windows-1251",
    mid="<5D528C1E.9030605@mpt.gov.by>",
    extra=["User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101\r\n Thunderbird/52.9.1",
           "Content-Language: ru"],
    delegates=[D("МАКАРЕВИЧ Ольга Николаевна", title="начальник управления информатизации", email="makarevich@mpt.gov.by")],
    sessions=[BUD],
    body=txt(_t, "windows-1251", "base64"))

# --- Kazakhstan: interest only; contact person (not a delegate), candidate later
_kaz1 = """Уважаемые коллеги!

Министерство цифрового развития, оборонной и аэрокосмической промышленности Республики Казахстан подтверждает интерес к участию в первой консультационной сессии по вопросам содействия технологическим и инновационным МСП (г. Будапешт, 10 сентября 2019 года).

Кандидатура участника будет сообщена дополнительно. Контактное лицо по данному вопросу – главный эксперт Департамента международного сотрудничества Жумабекова Айгерим Серикқызы (a.zhumabekova@mdai.gov.kz, +7 7172 74 05 12).

С уважением,
Департамент международного сотрудничества
"""
add("ru_kaz", "ru", "utf-8", "interest_only", "KAZ",
    frm=("ДМС МЦРОАП РК", "dms@mdai.gov.kz"),
    subject="Ответ на циркулярное письмо МСЭ CI-19/35",
    date=T("2019-08-02 15:10:44", "+0600"), at=T("2019-08-02 11:11:09", "+0200"),
    host="mail.mdai.gov.kz", ip="195.12.113.24", client="exchange",
    mid="<8D7C6B5A4F3E4D2C@MDAI-EX01.mdai.gov.kz>", outlook=True,
    sessions=[BUD],
    body=txt(_kaz1, "utf-8", "quoted-printable"))

# --- Kyrgyzstan: decline, contact given in the dative (not a delegate)
_t = """Здравствуйте!

Благодарим за приглашение (циркулярное письмо CI-19/35). К сожалению, Кыргызская Республика не сможет направить представителя на консультационную сессию в Будапешт 10 сентября.

По вопросам дальнейшего взаимодействия просим обращаться к г-ну Асанову Бакыту Токтогуловичу, заведующему сектором международного сотрудничества (b.asanov@nas.gov.kg).

С уважением,
Государственное агентство связи при Кабинете министров КР


Вторник, 23 июля 2019, 18:12 +06:00 от ITU Official Mail <official.mail@itu.int>:
""" + quote(CIRC["ru"]) + "\n"
add("ru_kgz", "ru", "utf-8", "decline", "KGZ",
    frm=("", "info.nas@mail.ru"),
    subject="Re: CI-19/35",
    date=T("2019-08-14 17:30:21", "+0600"), at=T("2019-08-14 13:30:48", "+0200"),
    host="f412.i.mail.ru", ip="185.5.136.83", client="postfix",
    mid="<1565782221.482915173@f412.i.mail.ru>", irt=CIRC_MID,
    extra=["X-Mailer: Mail.Ru Mailer 1.0"],
    body=txt(_t, "utf-8", "base64"))

# --- Uzbekistan: nomination (genitive name), then a late replacement quoting it
_uzb1 = """Уважаемый господин Кларк,

Министерство по развитию информационных технологий и коммуникаций Республики Узбекистан, рассмотрев циркулярное письмо CI-19/35, направляет для участия в консультационной сессии 10 сентября 2019 года в г. Будапешт кандидатуру начальника управления развития цифровой экономики Рахимова Шерзода Бахтиёровича (sh.rakhimov@mitc.uz).

С уважением,
Отдел международного сотрудничества
"""
add("ru_uzb", "ru", "windows-1251", "nomination", "UZB",
    frm=("Международный отдел МИТК", "intl@mitc.uz"),
    subject="Участие в консультационной сессии МСЭ",
    date=T("2019-08-08 10:40:09", "+0500"), at=T("2019-08-08 07:40:33", "+0200"),
    host="mail.mitc.uz", ip="213.230.65.12", client="exchange", hdr_cs="windows-1251",
    mid="<3E5A7C9B1D2F4A6C@MITC-EX.mitc.uz>", outlook=True,
    delegates=[D("Рахимов Шерзод Бахтиёрович", ["Рахимова Шерзода Бахтиёровича"], "начальник управления развития цифровой экономики", "sh.rakhimov@mitc.uz")],
    sessions=[BUD],
    body=txt(_uzb1, "windows-1251", "quoted-printable"))

_t = """Уважаемые коллеги,

В дополнение к нашему письму (см. ниже) сообщаем об изменении: вместо Рахимова Ш.Б. в консультационной сессии в Будапеште примет участие Юсупова Дилноза Алишеровна, заместитель начальника управления развития цифровой экономики (d.yusupova@mitc.uz).

Просим внести изменения в список участников.

С уважением,
Отдел международного сотрудничества

-----Original Message-----
From: Международный отдел МИТК
Sent: Thursday, August 8, 2019 10:40 AM
To: sme@itu.int
Subject: Участие в консультационной сессии МСЭ

""" + _uzb1
add("ru_uzb_corr", "ru", "windows-1251", "correction", "UZB",
    frm=("Международный отдел МИТК", "intl@mitc.uz"),
    subject="RE: Участие в консультационной сессии МСЭ - замена участника",
    date=T("2019-08-27 14:15:36", "+0500"), at=T("2019-08-27 11:16:02", "+0200"),
    host="mail.mitc.uz", ip="213.230.65.12", client="exchange", hdr_cs="windows-1251",
    mid="<9B8A7F6E5D4C4B3A@MITC-EX.mitc.uz>", irt="<3E5A7C9B1D2F4A6C@MITC-EX.mitc.uz>", outlook=True,
    delegates=[D("Юсупова Дилноза Алишеровна", title="заместитель начальника управления развития цифровой экономики", email="d.yusupova@mitc.uz")],
    sessions=[BUD], supersedes="ru_uzb",
    body=txt(_t, "windows-1251", "quoted-printable"))

# --- Tajikistan: Mission note + the Communications Service's mail attached as message/rfc822 (field block)
_inner_t = """Постоянному представительству Республики Таджикистан в Женеве

Служба связи при Правительстве Республики Таджикистан просит довести до сведения секретариата МСЭ кандидатуру для участия в консультационной сессии:

Ф.И.О.: Саидов Фаридун Рустамович
Должность: начальник отдела инновационных технологий
E-mail: f.saidov@khs.tj
Сессия: Будапешт, 10 сентября 2019 г.

Заместитель директора
А. Назаров
"""
_inner = ("Received: from mail.khs.tj (mail.khs.tj [217.11.176.3])\r\n\tby mail.tajikmission.ch (Postfix) with ESMTPS id 5C1F2A0B;\r\n"
          "\tMon, 12 Aug 2019 08:40:55 +0200 (CEST)\r\n"
          "From: " + addr("Служба связи", "office@khs.tj") + "\r\n"
          "To: <mission@tajikmission.ch>\r\n"
          "Subject: " + ew("Кандидатура на сессию МСЭ") + "\r\n"
          "Date: Mon, 12 Aug 2019 11:40:41 +0500\r\n"
          "Message-ID: <20190812064041.A1B2C3@khs.tj>\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=\"utf-8\"\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\n").encode("ascii") + enc_body(_inner_t, "utf-8", "base64")
_t = """Уважаемые коллеги!

Направляем Вам письмо Службы связи при Правительстве Республики Таджикистан с кандидатурой для участия в консультационной сессии по МСП (см. вложение).

С уважением,
Постоянное представительство Республики Таджикистан
при Отделении ООН и других международных организациях в Женеве
"""
add("ru_tjk", "ru", "utf-8", "nomination", "TJK",
    frm=("Миссия Таджикистана", "mission@tajikmission.ch"),
    subject="Fw: Кандидатура на сессию МСЭ",
    date=T("2019-08-12 14:05:17", "+0200"), at=T("2019-08-12 14:05:29", "+0200"),
    host="mail.tajikmission.ch", ip="212.147.22.60", client="postfix",
    mid="<20190812120517.8E4D1F@tajikmission.ch>",
    delegates=[D("Саидов Фаридун Рустамович", title="начальник отдела инновационных технологий", email="f.saidov@khs.tj")],
    sessions=[BUD],
    body=multi("mixed", "------------0E1D2C3B4A5F6E7D8C9B0A1F", [
        txt(_t, "utf-8", "8bit"),
        (["Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="Kandidatura.eml"'], _inner)]))

# --- Russian out-of-office
_t = """Здравствуйте!

Я нахожусь в отпуске до 2 сентября 2019 г. включительно. По срочным вопросам, пожалуйста, обращайтесь к Петровой Марине Игоревне: m.petrova@rkn.gov.ru.

С уважением,
Олег Васильев
"""
add("ru_auto", "ru", "koi8-r", "auto_reply", None,
    frm=("Васильев Олег Николаевич", "o.vasiliev@rkn.gov.ru"),
    subject="Автоматический ответ: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 11:31:20", "+0300"), at=T("2019-08-13 10:31:48", "+0200"),
    host="mail.rkn.gov.ru", ip="95.173.140.5", client="exchange", hdr_cs="koi8-r",
    mid="<0d2f4b6a8c1e4d3f@RKN-MBX2.rkn.gov.ru>",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=txt(_t, "koi8-r", "8bit"))

# --- Russian spam: conference in Budapest, "appointments" (unrelated)
_t = """Уважаемые коллеги!

Приглашаем руководителей ИТ-подразделений на деловую поездку «Цифровая трансформация: опыт Венгрии» (Будапешт, 8–11 сентября 2019 г.) – посещение ITU Telecom World, встречи с венгерскими стартапами, культурная программа.

В программе: кадровые назначения года в отрасли, круглый стол «МСП и цифровая экономика».

Стоимость участия – от 1 490 евро. Количество мест ограничено!

Отписаться от рассылки: ответьте на это письмо со словом «Отписаться».
"""
add("ru_spam", "ru", "windows-1251", "unrelated", None,
    frm=("Деловые поездки", "info@business-tour-expo.ru"),
    subject="Будапешт, сентябрь: деловая поездка для ИТ-руководителей",
    date=T("2019-08-06 09:15:00", "+0300"), at=T("2019-08-06 08:15:44", "+0200"),
    host="smtp.bulk-sender.ru", ip="92.53.96.17", client="postfix", mx="mx3", hdr_cs="windows-1251",
    mid="<20190806061500.6281.bt@business-tour-expo.ru>",
    extra=["Precedence: bulk", "X-Mailer: SendPulse"],
    body=alt("----=_NextPart_000_0A1B_01D54C3E.5F6A7B80",
             txt(_t, "windows-1251", "quoted-printable"),
             html("<html><body><p>" + _t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>", "windows-1251", "quoted-printable")))


# =====================================================================
# SPANISH
# =====================================================================

# --- Spain: Dña. honorific, Budapest + WSIS (Foro de la CMSI), CWG later
_t = """Estimado Sr. Clark:

En relación con la carta circular CI-19/35, le comunico que España participará en la primera sesión de consulta, el 10 de septiembre en Budapest, así como en la sesión prevista durante el Foro de la CMSI de 2020.

Asistirá en representación de la Secretaría de Estado para el Avance Digital Dña. Lucía Hernández Prieto, Subdirectora General Adjunta de Fomento de la Sociedad de la Información (lucia.hernandez@economia.gob.es).

En cuanto a las reuniones de los Grupos de Trabajo del Consejo, le informaremos más adelante.

Atentamente,

Pablo Ortega Sanz
Consejero Técnico
Subdirección General de Relaciones Internacionales
Ministerio de Economía y Empresa
"""
add("es_esp", "es", "iso-8859-1", "nomination", "ESP",
    frm=("Ortega Sanz, Pablo", "pablo.ortega@economia.gob.es"),
    subject="CI-19/35 - Participación de España en las sesiones de consulta sobre PYME",
    date=T("2019-08-01 13:48:27", "+0200"), at=T("2019-08-01 13:48:50", "+0200"),
    host="correo.economia.gob.es", ip="185.73.172.20", client="exchange", hdr_cs="iso-8859-1", hdr_enc="Q",
    mid="<AM5PR0602MB3044C1D2E3F4A5B6@MINECO-MBX.economia.gob.es>", outlook=True,
    delegates=[D("Lucía Hernández Prieto", title="Subdirectora General Adjunta de Fomento de la Sociedad de la Información",
                 email="lucia.hernandez@economia.gob.es")],
    sessions=[BUD, WSIS],
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- Mexico: Outlook HTML table, academic honorifics (Mtra., Lic.)
_rows = [["Nombre", "Cargo", "Correo electrónico"],
         ["Mtra. Gabriela Ríos Castañeda", "Directora General de Desarrollo Digital", "gabriela.rios@ift.org.mx"],
         ["Lic. Jorge Alberto Villaseñor Cruz", "Subdirector de Asuntos Multilaterales", "jorge.villasenor@ift.org.mx"]]
_t = """Estimados señores:

Por instrucciones del Titular de la Unidad de Asuntos Internacionales, y en atención a la Carta Circular CI-19/35, me permito informar que el Instituto Federal de Telecomunicaciones (IFT) de México participará en la sesión de consulta del próximo 10 de septiembre, en el marco de ITU Telecom World 2019 (Budapest), con los siguientes funcionarios:

""" + "\n".join("\t".join(r) for r in _rows) + """

Quedo atenta a cualquier comentario.

Saludos cordiales,

Itzel Montoya Reyes
Jefa de Departamento de Organismos Internacionales
Unidad de Asuntos Internacionales | IFT
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México
"""
_h = outlook_html(P("""Estimados señores:

Por instrucciones del Titular de la Unidad de Asuntos Internacionales, y en atención a la Carta Circular CI-19/35, me permito informar que el Instituto Federal de Telecomunicaciones (IFT) de México participará en la sesión de consulta del próximo 10 de septiembre, en el marco de ITU Telecom World 2019 (Budapest), con los siguientes funcionarios:
""") + "\n" + otable(_rows) + "\n" + P("""
Quedo atenta a cualquier comentario.

Saludos cordiales,

<b><span style="color:#1F3864">Itzel Montoya Reyes</span></b>
Jefa de Departamento de Organismos Internacionales
Unidad de Asuntos Internacionales | IFT
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México"""), "ES-MX", cs="windows-1252")
add("es_mex", "es", "windows-1252", "nomination", "MEX",
    frm=("Montoya Reyes Itzel", "itzel.montoya@ift.org.mx"),
    cc=[("Gabriela Ríos Castañeda", "gabriela.rios@ift.org.mx")],
    subject="Participación del IFT - Sesión de consulta PYME (CI-19/35)",
    date=T("2019-08-08 10:22:40", "-0500"), at=T("2019-08-08 17:23:05", "+0200"),
    host="correo.ift.org.mx", ip="200.57.178.91", client="exchange", hdr_cs="windows-1252", hdr_enc="Q",
    mid="<BN6PR11MB1315E0F1A2B3C4D5@BN6PR11MB1315.namprd11.prod.outlook.com>", outlook=True,
    delegates=[D("Gabriela Ríos Castañeda", title="Directora General de Desarrollo Digital", email="gabriela.rios@ift.org.mx"),
               D("Jorge Alberto Villaseñor Cruz", title="Subdirector de Asuntos Multilaterales", email="jorge.villasenor@ift.org.mx")],
    sessions=[BUD],
    body=alt("_000_BN6PR11MB1315E0F1A2B3C4D5BN6PR11MB1315namprd11prod_",
             txt(_t, "windows-1252", "quoted-printable"), html(_h, "windows-1252", "quoted-printable")))

# --- Argentina: inquiry
_t = """Estimados,

Me comunico desde el Ente Nacional de Comunicaciones (ENACOM) en relación con la Circular CI-19/35.

Quisiéramos saber: (a) si la sesión de Budapest está abierta únicamente a representantes gubernamentales o si podemos sumar a un representante de una cámara PyME del sector TIC; y (b) si es posible designar a un funcionario de nuestra Misión en Ginebra en lugar de alguien de Buenos Aires.

Desde ya muchas gracias.

Saludos,
Martín Ezequiel Ferreyra
Coordinación de Asuntos Internacionales
ENACOM - Perú 103, CABA
"""
add("es_arg", "es", "utf-8", "inquiry", "ARG",
    frm=("Martín Ferreyra", "mferreyra@enacom.gob.ar"),
    subject="Consulta - Circular CI-19/35",
    date=T("2019-08-05 11:02:13", "-0300"), at=T("2019-08-05 16:02:40", "+0200"),
    host="mail.enacom.gob.ar", ip="200.0.186.25", client="zimbra",
    mid="<288104512.1147722.1565013733018.JavaMail.zimbra@enacom.gob.ar>",
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Colombia: interest only; focal point "Doctora" is not a delegate
_t = """Respetados señores UIT:

Reciban un cordial saludo desde el Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia.

En atención a la Carta Circular CI-19/35, manifestamos nuestro interés en participar en la primera sesión de consulta sobre PYME tecnológicas e innovadoras, que tendrá lugar en Budapest el 10 de septiembre de 2019. El nombre de la persona que asistirá será confirmado una vez se surta el trámite de comisión al exterior.

Mientras tanto, la Doctora Carolina Zuluaga Mejía, asesora de la Oficina de Asuntos Internacionales, actuará como punto focal (czuluaga@mintic.gov.co).

Cordialmente,

Oficina de Asuntos Internacionales
MinTIC – Edificio Murillo Toro, Bogotá D.C.
"""
add("es_col", "es", "utf-8", "interest_only", "COL",
    frm=("Asuntos Internacionales MinTIC", "internacional@mintic.gov.co"),
    cc=[("Carolina Zuluaga Mejia", "czuluaga@mintic.gov.co")],
    subject="Interés de Colombia - Circular CI-19/35",
    date=T("2019-08-12 08:30:59", "-0500"), at=T("2019-08-12 15:31:21", "+0200"),
    host="mail-co01.mintic.gov.co", ip="190.24.150.18", client="o365", o365="BYAPR05MB4102.namprd05",
    mid="<BYAPR05MB4102A9B8C7D6E5F4@BYAPR05MB4102.namprd05.prod.outlook.com>", outlook=True,
    sessions=[BUD],
    body=alt("_000_BYAPR05MB4102A9B8C7D6E5F4BYAPR05MB4102namprd05prod_",
             txt(_t, "utf-8", "quoted-printable"),
             html(outlook_html(P(_t), "ES-CO"), "utf-8", "quoted-printable")))

# --- Cuba: decline with contact person
_t = """Estimados colegas:

El Ministerio de Comunicaciones de la República de Cuba agradece la invitación contenida en la Carta Circular CI-19/35.

Lamentamos informarles que no nos será posible participar en la sesión de consulta que tendrá lugar en Budapest el próximo 10 de septiembre.

Para cualquier coordinación futura sobre este tema pueden dirigirse al compañero Yoandy Pérez Lorenzo, especialista de la Dirección de Relaciones Internacionales (yoandy.perez@mincom.gob.cu).

Saludos cordiales,
Dirección de Relaciones Internacionales
MINCOM

El 23/07/19 a las 11:12, ITU Official Mail escribió:
""" + quote(CIRC["es"]) + "\n"
add("es_cub", "es", "iso-8859-1", "decline", "CUB",
    frm=("DRI MINCOM", "dri@mincom.gob.cu"),
    subject="Re: Carta Circular CI-19/35",
    date=T("2019-08-15 09:44:17", "-0400"), at=T("2019-08-15 15:44:52", "+0200"),
    host="mail.mincom.gob.cu", ip="200.55.140.12", client="postfix", hdr_cs="iso-8859-1",
    mid="<5D55630A.4020308@mincom.gob.cu>", irt=CIRC_MID,
    extra=["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:52.0) Gecko/20100101\r\n Thunderbird/52.9.1"],
    body=txt(_t, "iso-8859-1", "8bit"))

# --- Equatorial Guinea: surname-first capitals, D. honorific
_t = """Señor Christopher Clark:

Tengo el honor de dirigirme a usted en relación con la Carta Circular CI-19/35, para comunicarle que el Ministerio de Transportes, Correos y Telecomunicaciones de la República de Guinea Ecuatorial ha designado a D. NSUE MICHA Santiago, Director General de Telecomunicaciones, para participar en la sesión de consulta del 10 de septiembre de 2019 en Budapest.

Correo: snsuemicha@mtct.gob.gq

Aprovecho la ocasión para reiterarle el testimonio de mi más alta consideración.

Gabinete del Ministro
Malabo
"""
add("es_gnq", "es", "utf-8", "nomination", "GNQ",
    frm=("Gabinete MTCT", "gabinete.mtct@gmail.com"),
    subject="Designación - sesión de consulta Budapest",
    date=T("2019-08-13 12:14:30", "+0100"), at=T("2019-08-13 13:14:55", "+0200"),
    host="mail-wr1-f48.google.com", ip="209.85.221.48", client="gmail",
    mid="<CAF7xQp2vN8mZr4wK1tYb6eJs3dHc9uLg0aRi@mail.gmail.com>",
    delegates=[D("NSUE MICHA Santiago", title="Director General de Telecomunicaciones", email="snsuemicha@mtct.gob.gq")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Peru: nomination (Ing.), then a correction adding a delegate, sent 17:31 in Lima = late in Geneva
_per1 = """Señores
Unión Internacional de Telecomunicaciones
Presente.-

De nuestra consideración:

En atención a la Carta Circular CI-19/35, el Ministerio de Transportes y Comunicaciones del Perú designa al Ing. Luis Alberto Quispe Mamani, Director General de Políticas y Regulación en Comunicaciones, para participar en la sesión de consulta del 10 de septiembre de 2019 en Budapest.

Correo electrónico: lquispe@mtc.gob.pe

Atentamente,

Oficina de Cooperación y Asuntos Internacionales
Ministerio de Transportes y Comunicaciones
"""
add("es_per", "es", "utf-8", "nomination", "PER",
    frm=("OCAI MTC", "ocai@mtc.gob.pe"),
    subject="Designación del Perú - Sesión de consulta PYME",
    date=T("2019-08-07 09:15:40", "-0500"), at=T("2019-08-07 16:16:02", "+0200"),
    host="correo.mtc.gob.pe", ip="190.81.60.34", client="exchange",
    mid="<6A5B4C3D2E1F4A0B@MTC-MBX01.mtc.gob.pe>", outlook=True,
    delegates=[D("Luis Alberto Quispe Mamani", title="Director General de Políticas y Regulación en Comunicaciones", email="lquispe@mtc.gob.pe")],
    sessions=[BUD],
    body=txt(_per1, "utf-8", "quoted-printable"))

_t = """Estimados señores:

Con relación a nuestro correo del 7 de agosto (abajo), les solicitamos incluir también a la Sra. Rosa Elvira Huamán Torres, Especialista en Innovación Digital (rhuaman@mtc.gob.pe).

De este modo, la delegación del Perú para la sesión de Budapest quedaría conformada por:
1. Ing. Luis Alberto Quispe Mamani
2. Sra. Rosa Elvira Huamán Torres

Agradecemos su atención.

Oficina de Cooperación y Asuntos Internacionales

De: OCAI MTC
Enviado el: miércoles, 7 de agosto de 2019 09:15
Para: 'sme@itu.int'
Asunto: Designación del Perú - Sesión de consulta PYME

""" + _per1
add("es_per_corr", "es", "utf-8", "correction", "PER",
    frm=("OCAI MTC", "ocai@mtc.gob.pe"),
    subject="RE: Designación del Perú - Sesión de consulta PYME",
    date=T("2019-08-16 17:31:02", "-0500"), at=T("2019-08-17 00:31:09", "+0200"),
    host="correo.mtc.gob.pe", ip="190.81.60.34", client="exchange",
    mid="<F0E1D2C3B4A54968@MTC-MBX01.mtc.gob.pe>", irt="<6A5B4C3D2E1F4A0B@MTC-MBX01.mtc.gob.pe>", outlook=True,
    delegates=[D("Luis Alberto Quispe Mamani", title="Director General de Políticas y Regulación en Comunicaciones", email="lquispe@mtc.gob.pe"),
               D("Rosa Elvira Huamán Torres", title="Especialista en Innovación Digital", email="rhuaman@mtc.gob.pe")],
    sessions=[BUD], supersedes="es_per",
    body=txt(_t, "utf-8", "quoted-printable"))


# =====================================================================
# CHINESE
# =====================================================================

# --- China (Mission): early inquiry
_t = """国际电联秘书处：

你好！关于CI-19/35号通函所述布达佩斯磋商会，请问：
1. 会议是否提供中文同声传译？
2. 详细议程预计何时发布？

谢谢！

中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团

------------------ 原始邮件 ------------------
发件人: "ITU Official Mail"<official.mail@itu.int>
发送时间: 2019年7月23日(星期二) 下午5:12
收件人: "chinamission.itu"<chinamission.itu@mfa.gov.cn>
主题: CI-19/35

""" + CIRC["zh"] + "\n"
add("zh_chn_inq", "zh", "utf-8", "inquiry", "CHN",
    frm=("中国代表团", "chinamission.itu@mfa.gov.cn"),
    subject="询问：CI-19/35号通函磋商会相关事宜",
    date=T("2019-07-29 16:20:31", "+0200"), at=T("2019-07-29 16:20:55", "+0200"),
    host="mail.mfa.gov.cn", ip="111.202.112.30", client="coremail",
    mid="<3d1c2f40.4a2b.16c3e9d8f12.Coremail.chinamission.itu@mfa.gov.cn>",
    extra=["X-Mailer: Coremail Webmail Server Version XT5.0.10 build 20190524(9d5b3f7e)"],
    body=txt(_t, "utf-8", "base64"))

# --- China (MIIT): nomination with Latin name; contact person is not a delegate
_chn1 = """国际电联秘书处：

收到贵秘书处CI-19/35号通函，感谢邀请。中国工业和信息化部对“促进科技和创新中小企业发展”系列磋商会表示兴趣，现推荐以下人员参加2019年9月10日在布达佩斯举行的第一次磋商会：

姓名：王建国（WANG Jianguo）
职务：工业和信息化部信息通信发展司副司长
邮箱：wangjianguo@miit.gov.cn

联系人：李娜，国际合作司，电话：+86 10 6820 5555，邮箱：lina@miit.gov.cn

工业和信息化部国际合作司
2019年8月6日
"""
add("zh_chn", "zh", "gb2312", "nomination", "CHN",
    frm=("李娜", "lina@miit.gov.cn"),
    subject="关于推荐人员参加中小企业磋商会的函",
    date=T("2019-08-06 17:02:44", "+0800"), at=T("2019-08-06 11:03:10", "+0200"),
    host="mail.miit.gov.cn", ip="202.106.120.80", client="coremail", hdr_cs="gb2312",
    mid="<5d494234.1b5e.16c65a0e3b1.Coremail.lina@miit.gov.cn>",
    extra=["X-Mailer: Coremail Webmail Server Version XT5.0.10 build 20190524(9d5b3f7e)"],
    delegates=[D("王建国", ["WANG Jianguo"], "工业和信息化部信息通信发展司副司长", "wangjianguo@miit.gov.cn")],
    sessions=[BUD],
    body=txt(_chn1, "gb2312", "base64"))

# --- China (MIIT): correction adding the CWG 2020 session, "同志" suffix, quoting its own mail
_t = """国际电联秘书处：

补充说明：王建国同志除参加9月10日布达佩斯磋商会外，还将参加2020年初理事会工作组会议期间举行的磋商会。其他信息不变。

特此函告。

工业和信息化部国际合作司
李娜

------------------ 原始邮件 ------------------
发件人: "李娜"<lina@miit.gov.cn>
发送时间: 2019年8月6日(星期二) 下午5:02
收件人: "sme"<sme@itu.int>
主题: 关于推荐人员参加中小企业磋商会的函

""" + _chn1
add("zh_chn_corr", "zh", "gbk", "correction", "CHN",
    frm=("李娜", "lina@miit.gov.cn"),
    subject="回复：关于推荐人员参加中小企业磋商会的函（补充）",
    date=T("2019-08-15 09:30:12", "+0800"), at=T("2019-08-15 03:30:40", "+0200"),
    host="mail.miit.gov.cn", ip="202.106.120.80", client="coremail", hdr_cs="gbk",
    mid="<5d54b604.2c7a.16c93b5f0e2.Coremail.lina@miit.gov.cn>", irt="<5d494234.1b5e.16c65a0e3b1.Coremail.lina@miit.gov.cn>",
    extra=["X-Mailer: Coremail Webmail Server Version XT5.0.10 build 20190524(9d5b3f7e)"],
    delegates=[D("王建国", ["WANG Jianguo"], "工业和信息化部信息通信发展司副司长", "wangjianguo@miit.gov.cn")],
    sessions=[BUD, CWG], supersedes="zh_chn",
    body=alt("----=_Part_61527_1284419403.1565832612098",
             txt(_t, "gbk", "base64"),
             html("<div>" + _t.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</div>", "gbk", "base64")))

# --- Chinese out-of-office
_t = """您好！我于8月12日至8月23日休假，期间不便查看邮件。如有急事，请联系刘洋（liuyang@caict.ac.cn）。谢谢！
"""
add("zh_auto", "zh", "utf-8", "auto_reply", None,
    frm=("张伟", "zhangwei@caict.ac.cn"),
    subject="自动回复: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 16:31:22", "+0800"), at=T("2019-08-13 10:31:51", "+0200"),
    host="mail.caict.ac.cn", ip="59.252.100.8", client="coremail",
    mid="<autoreply.16c8a2b3f44.zhangwei@caict.ac.cn>",
    extra=["Auto-Submitted: auto-replied"],
    body=txt(_t, "utf-8", "base64"))

# --- Chinese spam: business trip to Budapest (unrelated)
_t = """尊敬的企业负责人：

2019年9月匈牙利布达佩斯商务考察团火热报名中！参观国际电联世界电信展，对接欧洲中小企业，名额有限。

另：代开各类增值税发票，联系电话 138-0000-1234（微信同号）。

如不希望再收到此类邮件，请回复“退订”。
"""
add("zh_spam", "zh", "gb18030", "unrelated", None,
    frm=("商务考察中心", "info@kaocha-tuan.cn"),
    subject="9月布达佩斯商务考察团，欢迎报名",
    date=T("2019-08-07 08:12:00", "+0800"), at=T("2019-08-07 02:12:33", "+0200"),
    host="smtp.bulk-cn-mail.com", ip="122.114.50.33", client="postfix", mx="mx3", hdr_cs="gb18030",
    mid="<20190807081200.17725@kaocha-tuan.cn>",
    body=txt(_t, "gb18030", "base64"))

# --- Chinese bounce (system return) for an acknowledgement
_orig_hdrs = """From: ITU SME <sme@itu.int>
To: <wangjianguo@miit.gov.cn>
Subject: Acknowledgement: CI-19/35 - China
Date: Wed, 7 Aug 2019 09:10:02 +0200
Message-ID: <ACK-19-35-0081@itu.int>
"""
_bounce = multi("report", "----=_Part_Bounce_16c6a1b2c3d", [
    txt("""很抱歉您的邮件没有发送成功。

收件人：wangjianguo@miit.gov.cn
原因：收件人邮箱空间已满 (552 Mailbox quota exceeded)

这是系统自动发出的退信，请勿回复。
""", "utf-8", "base64"),
    rawpart(["Content-Type: message/delivery-status"], """Reporting-MTA: dns; mail.miit.gov.cn
Arrival-Date: Wed, 7 Aug 2019 15:10:05 +0800

Final-Recipient: rfc822; wangjianguo@miit.gov.cn
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 Mailbox quota exceeded
"""),
    rawpart(['Content-Type: text/rfc822-headers; charset="us-ascii"'], _orig_hdrs)],
    params="; report-type=delivery-status")
add("zh_bounce", "zh", "utf-8", "bounce", None,
    frm=("系统退信", "postmaster@miit.gov.cn"),
    subject="系统退信: Acknowledgement: CI-19/35 - China",
    date=T("2019-08-07 15:10:07", "+0800"), at=T("2019-08-07 09:10:29", "+0200"),
    host="mail.miit.gov.cn", ip="202.106.120.80", client="coremail",
    mid="<bounce.5d4a7a3f.16c6a1b2c3d@miit.gov.cn>",
    extra=["Auto-Submitted: auto-replied"],
    body=_bounce)


# =====================================================================
# OTHER LANGUAGES - Europe
# =====================================================================

# --- Portuguese (Angola): Eng.º honorific
_t = """Exmo. Senhor,

Em resposta à Carta Circular CI-19/35, o Instituto Angolano das Comunicações (INACOM) tem a honra de indicar o Eng.º Manuel Domingos Cardoso, Director do Gabinete de Inovação e Desenvolvimento Tecnológico, para participar na primeira sessão de consulta, a realizar-se em Budapeste no dia 10 de Setembro de 2019.

Endereço electrónico: manuel.cardoso@inacom.gov.ao

Com os melhores cumprimentos,

Dr.ª Helena Tavares
Departamento de Relações Internacionais
INACOM - Luanda
"""
add("pt_ago", "pt", "iso-8859-1", "nomination", "AGO",
    frm=("Helena Tavares", "helena.tavares@inacom.gov.ao"),
    subject="Indicação de participante - CI-19/35",
    date=T("2019-08-09 11:33:18", "+0100"), at=T("2019-08-09 12:33:45", "+0200"),
    host="mail.inacom.gov.ao", ip="197.149.150.26", client="exchange", hdr_cs="iso-8859-1", hdr_enc="Q",
    mid="<A1C3E5F7B9D24F6A@INACOM-EX.inacom.gov.ao>", outlook=True,
    delegates=[D("Manuel Domingos Cardoso", title="Director do Gabinete de Inovação e Desenvolvimento Tecnológico", email="manuel.cardoso@inacom.gov.ao")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- Portuguese (Mozambique): interest only; "ponto focal" is not a delegate
_t = """Caros Senhores,

O Instituto Nacional das Comunicações de Moçambique (INCM) agradece o convite e manifesta o seu interesse em participar na sessão de consulta de Budapeste (10 de Setembro de 2019).

O nome do nosso participante será comunicado oportunamente. Até lá, o ponto focal para este assunto é a Sra. Dra. Celeste Macuácua, Chefe do Departamento de Cooperação (cmacuacua@incm.gov.mz).

Atenciosamente,
Gabinete do Presidente do Conselho de Administração
INCM, Maputo
"""
add("pt_moz", "pt", "utf-8", "interest_only", "MOZ",
    frm=("Gabinete PCA INCM", "gabinete.pca@incm.gov.mz"),
    subject="Manifestação de interesse - Circular CI-19/35",
    date=T("2019-08-14 10:05:31", "+0200"), at=T("2019-08-14 10:05:58", "+0200"),
    host="mail.incm.gov.mz", ip="196.28.226.14", client="zimbra",
    mid="<612883947.40112.1565769931204.JavaMail.zimbra@incm.gov.mz>",
    sessions=[BUD],
    body=txt(_t, "utf-8", "8bit"))

# --- Portuguese (Brazil): Anatel out-of-office
_t = """Prezado(a),

Estou em férias até 30/08/2019, sem acesso ao correio eletrônico. Em caso de urgência, favor contatar a Assessoria Internacional pelo e-mail ai@anatel.gov.br.

Atenciosamente,
Renata Albuquerque
"""
add("pt_bra_auto", "pt", "iso-8859-1", "auto_reply", None,
    frm=("Renata Albuquerque", "renata.albuquerque@anatel.gov.br"),
    subject="Resposta automática: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 05:31:18", "-0300"), at=T("2019-08-13 10:31:55", "+0200"),
    host="correio.anatel.gov.br", ip="200.252.133.50", client="exchange", hdr_cs="iso-8859-1", hdr_enc="Q",
    mid="<3f1e5d7c9b2a4e6f@ANATEL-MBX4.anatel.gov.br>",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- German (Germany): "Herrn Dr." in the dative; person in copy is not a delegate
_t = """Sehr geehrter Herr Clark,

bezugnehmend auf das Rundschreiben CI-19/35 vom 23. Juli 2019 teilen wir Ihnen mit, dass Deutschland an der ersten Konsultationssitzung am 10. September 2019 in Budapest teilnehmen wird.

Für die Teilnahme benennen wir Herrn Dr. Matthias Krüger, Referent im Referat VII B 2 (Digitale Gründungen und Mittelstand), E-Mail: matthias.krueger@bmwi.bund.de.

Frau Sabine Ott erhält diese Nachricht zur Kenntnis.

Mit freundlichen Grüßen
Im Auftrag

Jens Hoffmann
Bundesministerium für Wirtschaft und Energie
Referat VII A 4 - Internationale Telekommunikationspolitik
Villemombler Straße 76, 53123 Bonn
"""
add("de_deu", "de", "iso-8859-1", "nomination", "DEU",
    frm=("Hoffmann, Jens, VIIA4", "jens.hoffmann@bmwi.bund.de"),
    cc=[("Ott, Sabine, VIIB2", "sabine.ott@bmwi.bund.de"), ("Krüger, Matthias, Dr., VIIB2", "matthias.krueger@bmwi.bund.de")],
    subject="AW: Rundschreiben CI-19/35 - Benennung Teilnehmer Konsultationssitzung KMU",
    date=T("2019-08-12 14:37:05", "+0200"), at=T("2019-08-12 14:37:31", "+0200"),
    host="mailgw.bund.de", ip="77.87.228.70", client="exchange", hdr_cs="iso-8859-1", hdr_enc="Q",
    mid="<A3B2C1D0E9F84A7B9C6D5E4F3A2B1C0D@BMWI-EX03.bmwi.bund.de>", irt=CIRC_MID, outlook=True,
    delegates=[D("Matthias Krüger", title="Referent im Referat VII B 2 (Digitale Gründungen und Mittelstand)", email="matthias.krueger@bmwi.bund.de")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- German (Austria): Abwesenheitsnotiz
_t = """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 23. August 2019 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Mag. Eva Gruber (eva.gruber@rtr.at).

Mit freundlichen Grüßen
Thomas Leitner
"""
add("de_aut_auto", "de", "iso-8859-15", "auto_reply", None,
    frm=("Leitner Thomas", "thomas.leitner@rtr.at"),
    subject="Abwesenheitsnotiz: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 10:31:11", "+0200"), at=T("2019-08-13 10:31:19", "+0200"),
    host="mail.rtr.at", ip="193.186.170.21", client="exchange", hdr_cs="iso-8859-15", hdr_enc="Q",
    mid="<0e9f8a7b6c5d4e3f@RTR-MBX01.rtr.at>",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=txt(_t, "iso-8859-15", "quoted-printable"))

# --- German vendor newsletter: meet us in Budapest (unrelated)
_t = """Sehr geehrte Damen und Herren,

treffen Sie die NetzWerk Solutions GmbH auf der ITU Telecom World 2019 in Budapest (9.–12. September, Halle G, Stand 214)!

Wir präsentieren unsere neue KMU-Cloud-Plattform und laden Sie herzlich zu unserem Networking-Frühstück am 10. September ein. Vereinbaren Sie jetzt einen Termin.

Mit freundlichen Grüßen
Ihr Team von NetzWerk Solutions

Abmelden: https://netzwerk-solutions.de/newsletter/abmelden
"""
add("de_vendor", "de", "utf-8", "unrelated", None,
    frm=("NetzWerk Solutions", "newsletter@netzwerk-solutions.de"),
    subject="Treffen Sie uns in Budapest – ITU Telecom World 2019",
    date=T("2019-08-20 09:00:00", "+0200"), at=T("2019-08-20 09:00:42", "+0200"),
    host="mout.newsletter-versand.de", ip="212.227.17.5", client="postfix", mx="mx3",
    mid="<nl.20190820.4711.sme@netzwerk-solutions.de>",
    extra=["List-Unsubscribe: <https://netzwerk-solutions.de/newsletter/abmelden>", "Precedence: bulk"],
    body=alt("=_NWS_20190820_a1b2c3",
             txt(_t, "utf-8", "quoted-printable"),
             html("<html><body style='font-family:Arial'><h2>Treffen Sie uns in Budapest!</h2><p>" + _t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>", "utf-8", "quoted-printable")))

# --- Italian: restricted to the WSIS 2020 session (no Budapest), Dott.ssa honorific
_t = """Gentile Dott. Clark,

con riferimento alla lettera circolare CI-19/35, desidero informarLa che, per concomitanti impegni istituzionali, l'Italia non potrà essere presente alla sessione di Budapest del 10 settembre.

Siamo tuttavia interessati a partecipare alla sessione prevista durante il WSIS Forum 2020, per la quale indichiamo la Dott.ssa Chiara Esposito, funzionaria della Divisione III - Affari internazionali (chiara.esposito@mise.gov.it).

Cordiali saluti,

Ing. Roberto Galli
Dirigente, Divisione III
Direzione Generale per la Pianificazione e la Gestione dello Spettro Radioelettrico
Ministero dello Sviluppo Economico
"""
add("it_ita", "it", "iso-8859-1", "nomination", "ITA",
    frm=("Galli Roberto", "roberto.galli@mise.gov.it"),
    subject="Lettera circolare CI-19/35 - partecipazione italiana",
    date=T("2019-08-13 12:50:44", "+0200"), at=T("2019-08-13 12:51:09", "+0200"),
    host="mail.mise.gov.it", ip="151.1.140.8", client="exchange", hdr_cs="iso-8859-1",
    mid="<9D8C7B6A5F4E4D3C@MISE-EX02.mise.gov.it>", outlook=True,
    delegates=[D("Chiara Esposito", title="funzionaria della Divisione III - Affari internazionali", email="chiara.esposito@mise.gov.it")],
    sessions=[WSIS],
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- Dutch: decline with contact person for future sessions
_t = """Geachte heer Clark,

Hartelijk dank voor de uitnodiging in circulaire CI-19/35.

Helaas zal Nederland niet deelnemen aan de consultatiesessie in Boedapest op 10 september. Mocht u in de toekomst informatie van Nederland over dit onderwerp nodig hebben, dan kunt u contact opnemen met mw. drs. Femke de Vries, beleidsmedewerker Directie Digitale Economie (f.devries@minezk.nl).

Met vriendelijke groet,

Bas van den Berg
Senior beleidsmedewerker internationale telecommunicatie
Ministerie van Economische Zaken en Klimaat
"""
add("nl_nld", "nl", "us-ascii", "decline", "NLD",
    frm=("Berg, B. van den (Bas) (DGBI/DE)", "b.vandenberg@minezk.nl"),
    subject="Circulaire CI-19/35 - reactie Nederland",
    date=T("2019-08-09 11:19:02", "+0200"), at=T("2019-08-09 11:19:28", "+0200"),
    host="mail.rijksoverheid.nl", ip="147.181.97.40", client="exchange",
    mid="<5C6D7E8F9A0B4C1D@EZK-EX05.minezk.nl>", outlook=True,
    body=txt(_t, "us-ascii", "7bit"))

# --- Polish: inflected name (Pana Tomasza Wiśniewskiego)
_t = """Szanowny Panie,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji zgłasza kandydaturę Pana Tomasza Wiśniewskiego, Naczelnika Wydziału Współpracy Międzynarodowej w Departamencie Telekomunikacji, do udziału w pierwszej sesji konsultacyjnej, która odbędzie się 10 września 2019 r. w Budapeszcie.

Adres e-mail: tomasz.wisniewski@mc.gov.pl

Z poważaniem
Katarzyna Zielińska
główny specjalista
Departament Telekomunikacji
Ministerstwo Cyfryzacji
"""
add("pl_pol", "pl", "iso-8859-2", "nomination", "POL",
    frm=("Zielińska Katarzyna", "katarzyna.zielinska@mc.gov.pl"),
    subject="Zgłoszenie kandydata - sesja konsultacyjna ITU (CI-19/35)",
    date=T("2019-08-08 13:12:50", "+0200"), at=T("2019-08-08 13:13:17", "+0200"),
    host="poczta.mc.gov.pl", ip="91.223.135.21", client="exchange", hdr_cs="iso-8859-2", hdr_enc="Q",
    mid="<7E6F5A4B3C2D4E1F@MC-EXCH01.mc.gov.pl>", outlook=True,
    delegates=[D("Tomasz Wiśniewski", ["Tomasza Wiśniewskiego"], "Naczelnik Wydziału Współpracy Międzynarodowej w Departamencie Telekomunikacji", "tomasz.wisniewski@mc.gov.pl")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-2", "quoted-printable"))

# --- Czech: Ing. ... Ph.D., windows-1250 base64
_t = """Vážený pane Clarku,

v návaznosti na oběžník CI-19/35 Vám sdělujeme, že za Českou republiku se první konzultace v Budapešti (10. září 2019) zúčastní Ing. Petra Dvořáková, Ph.D., vedoucí oddělení digitální ekonomiky Ministerstva průmyslu a obchodu (dvorakovap@mpo.cz).

S pozdravem

Mgr. Jan Novotný
odbor elektronických komunikací
Ministerstvo průmyslu a obchodu
"""
add("cs_cze", "cs", "windows-1250", "nomination", "CZE",
    frm=("Novotný Jan", "novotnyj@mpo.cz"),
    subject="Oběžník ITU CI-19/35 - nominace",
    date=T("2019-08-07 09:41:27", "+0200"), at=T("2019-08-07 09:41:52", "+0200"),
    host="mail.mpo.cz", ip="194.213.57.8", client="exchange", hdr_cs="windows-1250",
    mid="<C2D3E4F5A6B74C8D@MPO-EXCH02.mpo.cz>", outlook=True,
    delegates=[D("Petra Dvořáková", title="vedoucí oddělení digitální ekonomiky Ministerstva průmyslu a obchodu", email="dvorakovap@mpo.cz")],
    sessions=[BUD],
    body=txt(_t, "windows-1250", "base64"))

# --- Slovak: interest only, contact person
_t = """Dobrý deň,

Úrad podpredsedu vlády SR pre investície a informatizáciu týmto vyjadruje záujem Slovenskej republiky o účasť na prvom konzultačnom stretnutí v Budapešti (10. septembra 2019). Meno účastníka Vám oznámime dodatočne.

Kontaktná osoba: Mgr. Zuzana Horváthová, odbor medzinárodnej spolupráce, zuzana.horvathova@vicepremier.gov.sk

S pozdravom
Odbor medzinárodnej spolupráce
"""
add("sk_svk", "sk", "iso-8859-2", "interest_only", "SVK",
    frm=("OMS UPPVII", "oms@vicepremier.gov.sk"),
    subject="Záujem SR - CI-19/35",
    date=T("2019-08-15 15:20:08", "+0200"), at=T("2019-08-15 15:20:37", "+0200"),
    host="mail.vicepremier.gov.sk", ip="195.49.176.12", client="exchange", hdr_cs="iso-8859-2",
    mid="<4A5B6C7D8E9F4A0B@UPPVII-EX.vicepremier.gov.sk>",
    sessions=[BUD],
    body=txt(_t, "iso-8859-2", "quoted-printable"))

# --- Hungarian: host country; family name first natively, "dr." and married name (Szabóné)
_t = """Tisztelt Christopher Clark Úr!

A CI-19/35 számú körlevélre hivatkozva tájékoztatjuk, hogy Magyarország részéről az Innovációs és Technológiai Minisztérium képviselői vesznek részt a szeptember 10-én Budapesten, az ITU Telecom World 2019 keretében megrendezésre kerülő első konzultációs ülésen:

- dr. Kovács Péter főosztályvezető, Infokommunikációs Főosztály (peter.kovacs@itm.gov.hu)
- Szabóné Tóth Ildikó vezető tanácsos, Digitális Gazdaság Főosztály (ildiko.szabone@itm.gov.hu)

Üdvözlettel:

Nagy Gábor
nemzetközi referens
Innovációs és Technológiai Minisztérium
"""
add("hu_hun", "hu", "iso-8859-2", "nomination", "HUN",
    frm=("Nagy Gábor", "gabor.nagy@itm.gov.hu"),
    subject="CI-19/35 - magyar résztvevők",
    date=T("2019-08-05 10:44:16", "+0200"), at=T("2019-08-05 10:44:39", "+0200"),
    host="mail.itm.gov.hu", ip="195.228.45.30", client="exchange", hdr_cs="iso-8859-2", hdr_enc="Q",
    mid="<E1F2A3B4C5D64E7F@ITM-MBX01.itm.gov.hu>", outlook=True,
    delegates=[D("Kovács Péter", title="főosztályvezető, Infokommunikációs Főosztály", email="peter.kovacs@itm.gov.hu"),
               D("Szabóné Tóth Ildikó", title="vezető tanácsos, Digitális Gazdaság Főosztály", email="ildiko.szabone@itm.gov.hu")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-2", "quoted-printable"))

# --- Hungarian hotel confirmation for ITU staff (unrelated; guest is Christopher Clark)
_t = """Kedves Vendégünk!

Köszönjük foglalását. Foglalási adatok:

Foglalási szám: AH-2019-58213
Vendég neve: Mr Christopher Clark
Érkezés: 2019. szeptember 8.
Távozás: 2019. szeptember 12.
Szobatípus: Superior egyágyas, reggelivel

Dear Guest, thank you for your reservation. We look forward to welcoming you in Budapest.

Aranyhíd Hotel Budapest
Recepció
"""
add("hu_hotel", "hu", "utf-8", "unrelated", None,
    frm=("Aranyhíd Hotel Budapest", "foglalas@aranyhid-hotel.hu"),
    subject="Foglalás visszaigazolása / Booking confirmation AH-2019-58213",
    date=T("2019-08-02 14:02:33", "+0200"), at=T("2019-08-02 14:02:58", "+0200"),
    host="mail.aranyhid-hotel.hu", ip="185.51.190.77", client="postfix",
    mid="<AH-2019-58213.1564747353@aranyhid-hotel.hu>",
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Romanian: self-nomination, name only in the signature; ISO-8859-16 (comma-below letters)
_t = """Stimate domnule Clark,

Referitor la circulara CI-19/35, vă confirm participarea mea, în numele României, la prima sesiune de consultare, programată pe 10 septembrie la Budapesta, în marja ITU Telecom World 2019.

Aș fi recunoscătoare pentru trimiterea agendei detaliate atunci când va fi disponibilă.

Cu stimă,

Ioana Mihăilescu
Director, Direcția Relații Internaționale
Ministerul Comunicațiilor și Societății Informaționale
Bd. Libertății nr. 14, București
"""
add("ro_rou", "ro", "iso-8859-16", "nomination", "ROU",
    frm=("Ioana Mihăilescu", "ioana.mihailescu@comunicatii.gov.ro"),
    subject="Participare sesiune de consultare ITU - Budapesta",
    date=T("2019-08-14 16:08:40", "+0300"), at=T("2019-08-14 15:09:02", "+0200"),
    host="mail.comunicatii.gov.ro", ip="193.231.100.55", client="postfix", hdr_cs="iso-8859-16", hdr_enc="Q",
    mid="<5d540758.1c69fb81.4e2a.7d3f@comunicatii.gov.ro>",
    delegates=[D("Ioana Mihăilescu", title="Director, Direcția Relații Internaționale", email="ioana.mihailescu@comunicatii.gov.ro")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-16", "quoted-printable"))

# --- Bulgarian: two delegates (г-н / г-жа); later an English correction removes one (late)
_bgr1 = """Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35 Министерството на транспорта, информационните технологии и съобщенията потвърждава участието на Република България в първата консултативна сесия на 10 септември 2019 г. в Будапеща със следните представители:

1. г-н Петър Димитров Стоянов – началник на отдел „Информационно общество“, p.stoyanov@mtitc.government.bg
2. г-жа Мария Георгиева Иванова – старши експерт, m.ivanova@mtitc.government.bg

С уважение,
Дирекция „Електронни съобщения“
"""
add("bg_bgr", "bg", "windows-1251", "nomination", "BGR",
    frm=("Дирекция ЕС", "ec@mtitc.government.bg"),
    subject="Участие в консултативна сесия - CI-19/35",
    date=T("2019-08-12 11:30:12", "+0300"), at=T("2019-08-12 10:30:40", "+0200"),
    host="mail.mtitc.government.bg", ip="212.122.180.14", client="exchange", hdr_cs="windows-1251",
    mid="<8B7A6F5E4D3C4B2A@MTITC-EX.mtitc.government.bg>", outlook=True,
    delegates=[D("Петър Димитров Стоянов", title="началник на отдел „Информационно общество“", email="p.stoyanov@mtitc.government.bg"),
               D("Мария Георгиева Иванова", title="старши експерт", email="m.ivanova@mtitc.government.bg")],
    sessions=[BUD],
    body=txt(_bgr1, "windows-1251", "quoted-printable"))

_t = """Dear Mr Clark,

With reference to our e-mail of 12 August below, please note that Ms Maria Ivanova will unfortunately not be able to travel to Budapest. Bulgaria will therefore be represented at the session on 10 September by Mr Petar Stoyanov only (p.stoyanov@mtitc.government.bg).

Kind regards,
Electronic Communications Directorate
Ministry of Transport, Information Technology and Communications

From: Дирекция ЕС
Sent: Monday, August 12, 2019 11:30 AM
To: sme@itu.int
Subject: Участие в консултативна сесия - CI-19/35

""" + _bgr1
add("en_bgr_corr", "en", "utf-8", "correction", "BGR",
    frm=("Дирекция ЕС", "ec@mtitc.government.bg"),
    subject="RE: Участие в консултативна сесия - CI-19/35 (update)",
    date=T("2019-09-02 09:18:22", "+0300"), at=T("2019-09-02 08:18:49", "+0200"),
    host="mail.mtitc.government.bg", ip="212.122.180.14", client="exchange", hdr_cs="windows-1251",
    mid="<2F3E4D5C6B7A4F8E@MTITC-EX.mtitc.government.bg>", irt="<8B7A6F5E4D3C4B2A@MTITC-EX.mtitc.government.bg>", outlook=True,
    delegates=[D("Петър Димитров Стоянов", ["Petar Stoyanov"], "началник на отдел „Информационно общество“", "p.stoyanov@mtitc.government.bg")],
    sessions=[BUD], supersedes="bg_bgr",
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Greek: accusative name (τον κ. Γεώργιο Παπαδόπουλο) + Latin form; ISO-8859-7
_t = """Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, η Εθνική Επιτροπή Τηλεπικοινωνιών και Ταχυδρομείων (ΕΕΤΤ) σας ενημερώνει ότι ενδιαφέρεται να συμμετάσχει στην πρώτη διαβουλευτική συνεδρία στη Βουδαπέστη, στις 10 Σεπτεμβρίου 2019.

Για τη συμμετοχή αυτή ορίζουμε τον κ. Γεώργιο Παπαδόπουλο (Georgios Papadopoulos), Προϊστάμενο του Τμήματος Διεθνών Σχέσεων, email: gpapadopoulos@eett.gr.

Με εκτίμηση,

Ελένη Κωνσταντίνου
Τμήμα Διεθνών Σχέσεων, ΕΕΤΤ
"""
add("el_grc", "el", "iso-8859-7", "nomination", "GRC",
    frm=("Ελένη Κωνσταντίνου", "ekonstantinou@eett.gr"),
    subject="Συμμετοχή ΕΕΤΤ - CI-19/35",
    date=T("2019-08-09 13:55:21", "+0300"), at=T("2019-08-09 12:55:47", "+0200"),
    host="mail.eett.gr", ip="194.219.225.11", client="exchange", hdr_cs="iso-8859-7",
    mid="<6E5D4C3B2A1F4E0D@EETT-EX01.eett.gr>", outlook=True,
    delegates=[D("Γεώργιος Παπαδόπουλος", ["Γεώργιο Παπαδόπουλο", "Georgios Papadopoulos"],
                 "Προϊστάμενος του Τμήματος Διεθνών Σχέσεων", "gpapadopoulos@eett.gr")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-7", "quoted-printable"))

# --- Croatian: inquiry
_t = """Poštovani,

vezano uz okružnicu CI-19/35, molimo Vas za informaciju može li na konzultacijskoj sjednici u Budimpešti sudjelovati predstavnik regulatora (HAKOM) umjesto predstavnika ministarstva te je li potrebna posebna registracija za ITU Telecom World.

Unaprijed zahvaljujemo.

S poštovanjem,
Ivana Babić
Služba za međunarodnu suradnju
HAKOM
"""
add("hr_hrv", "hr", "windows-1250", "inquiry", "HRV",
    frm=("Ivana Babić", "ivana.babic@hakom.hr"),
    subject="Upit - okružnica CI-19/35",
    date=T("2019-08-02 09:10:33", "+0200"), at=T("2019-08-02 09:10:59", "+0200"),
    host="mail.hakom.hr", ip="213.191.128.40", client="exchange", hdr_cs="windows-1250",
    mid="<1B2C3D4E5F6A4B7C@HAKOM-EX.hakom.hr>",
    body=txt(_t, "windows-1250", "quoted-printable"))

# --- Slovenian out-of-office
_t = """Pozdravljeni,

do 26. 8. 2019 sem odsotna. Sporočila ne bodo posredovana. V nujnih primerih se obrnite na g. Marka Novaka (marko.novak@akos-rs.si).

Lep pozdrav,
Nina Kranjc
"""
add("sl_svn_auto", "sl", "iso-8859-2", "auto_reply", None,
    frm=("Nina Kranjc", "nina.kranjc@akos-rs.si"),
    subject="Samodejni odgovor: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 10:31:09", "+0200"), at=T("2019-08-13 10:31:30", "+0200"),
    host="mail.akos-rs.si", ip="193.2.236.20", client="exchange", hdr_cs="iso-8859-2",
    mid="<9f8e7d6c5b4a4f3e@AKOS-MBX.akos-rs.si>",
    extra=["Auto-Submitted: auto-replied"],
    body=txt(_t, "iso-8859-2", "quoted-printable"))

# --- Swedish: late decline with a contact person (late stays null for a decline)
_t = """Hej,

Tack för inbjudan i cirkulär CI-19/35. Sverige kommer tyvärr inte att delta i sessionen i Budapest den 10 september.

Vid frågor om kommande sessioner går det bra att kontakta Erik Lindqvist, handläggare vid PTS internationella sekretariat (erik.lindqvist@pts.se).

Vänliga hälsningar
Anna Söderberg
Post- och telestyrelsen
"""
add("sv_swe", "sv", "iso-8859-1", "decline", "SWE",
    frm=("Anna Söderberg", "anna.soderberg@pts.se"),
    subject="SV: Cirkulär CI-19/35",
    date=T("2019-08-30 14:02:11", "+0200"), at=T("2019-08-30 14:02:37", "+0200"),
    host="mail.pts.se", ip="192.121.1.35", client="exchange", hdr_cs="iso-8859-1", hdr_enc="Q",
    mid="<D4C3B2A1F0E94D8C@PTS-EX02.pts.se>", irt=CIRC_MID,
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- Finnish: accusative/genitive form of the name (Liisa Virtasen)
_t = """Hyvä vastaanottaja,

Viitaten kiertokirjeeseen CI-19/35 liikenne- ja viestintäministeriö pyytää rekisteröimään neuvotteleva virkamies Liisa Virtasen Suomen edustajaksi Budapestissa 10.9.2019 pidettävään ensimmäiseen konsultaatioistuntoon.

Sähköposti: liisa.virtanen@lvm.fi

Ystävällisin terveisin
Mikko Laine
erityisasiantuntija
Liikenne- ja viestintäministeriö
"""
add("fi_fin", "fi", "iso-8859-15", "nomination", "FIN",
    frm=("Laine Mikko (LVM)", "mikko.laine@lvm.fi"),
    subject="CI-19/35: Suomen osallistuja",
    date=T("2019-08-14 13:22:08", "+0300"), at=T("2019-08-14 12:22:35", "+0200"),
    host="mail.lvm.fi", ip="195.13.16.40", client="exchange", hdr_cs="iso-8859-15",
    mid="<0A1B2C3D4E5F4A6B@VN-EX01.lvm.fi>", outlook=True,
    delegates=[D("Liisa Virtanen", ["Liisa Virtasen"], "neuvotteleva virkamies", "liisa.virtanen@lvm.fi")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-15", "quoted-printable"))

# --- Danish: interest only, contact person until a name is known
_t = """Kære ITU,

Danmark er interesseret i at deltage i den første konsultationssession om tech- og innovations-SMV'er i Budapest den 10. september. Vi vender tilbage med navnet på deltageren så hurtigt som muligt.

Indtil da er kontaktpersonen Mette Kjær Jensen, fuldmægtig i Energistyrelsen (mkj@ens.dk).

Med venlig hilsen
Lars Holm
Energistyrelsen, Center for Tele
"""
add("da_dnk", "da", "iso-8859-1", "interest_only", "DNK",
    frm=("Lars Holm", "lho@ens.dk"),
    subject="Cirkulære CI-19/35 - dansk interesse",
    date=T("2019-08-16 11:40:20", "+0200"), at=T("2019-08-16 11:40:46", "+0200"),
    host="mail.ens.dk", ip="62.242.36.70", client="exchange", hdr_cs="iso-8859-1",
    mid="<7F8E9D0C1B2A4F3E@ENS-EX.ens.dk>",
    sessions=[BUD],
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- Estonian: "hr" (härra) honorific, windows-1257
_t = """Lugupeetud hr Clark,

Viitega ringkirjale CI-19/35 teatame, et Eesti esindajana osaleb 10. septembril Budapestis toimuval esimesel konsultatsioonil hr Margus Tamm, Majandus- ja Kommunikatsiooniministeeriumi side- ja meediaosakonna nõunik (margus.tamm@mkm.ee).

Lugupidamisega
Kärt Saar
välissuhete osakond
"""
add("et_est", "et", "windows-1257", "nomination", "EST",
    frm=("Kärt Saar", "kart.saar@mkm.ee"),
    subject="Ringkiri CI-19/35 - Eesti esindaja",
    date=T("2019-08-08 15:05:44", "+0300"), at=T("2019-08-08 14:06:10", "+0200"),
    host="mail.mkm.ee", ip="213.184.49.22", client="exchange", hdr_cs="windows-1257",
    mid="<3C4D5E6F7A8B4C9D@MKM-EX.mkm.ee>",
    delegates=[D("Margus Tamm", title="side- ja meediaosakonna nõunik", email="margus.tamm@mkm.ee")],
    sessions=[BUD],
    body=txt(_t, "windows-1257", "quoted-printable"))

# --- Latvian: accusative name (Jāni Bērziņu), ISO-8859-13
_t = """Godātais Klārka kungs!

Atsaucoties uz apkārtrakstu CI-19/35, Satiksmes ministrija informē, ka Latvija uz pirmo konsultāciju sesiju Budapeštā 2019. gada 10. septembrī deleģē Sakaru departamenta direktora vietnieku Jāni Bērziņu (janis.berzins@sam.gov.lv).

Ar cieņu
Ilze Kalniņa
Starptautiskās sadarbības nodaļa
"""
add("lv_lva", "lv", "iso-8859-13", "nomination", "LVA",
    frm=("Ilze Kalniņa", "ilze.kalnina@sam.gov.lv"),
    subject="CI-19/35 - Latvijas dalībnieks",
    date=T("2019-08-12 16:33:27", "+0300"), at=T("2019-08-12 15:33:51", "+0200"),
    host="mail.sam.gov.lv", ip="91.203.68.12", client="exchange", hdr_cs="iso-8859-13",
    mid="<5A6B7C8D9E0F4A1B@SAM-EX.sam.gov.lv>",
    delegates=[D("Jānis Bērziņš", ["Jāni Bērziņu"], "Sakaru departamenta direktora vietnieks", "janis.berzins@sam.gov.lv")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-13", "quoted-printable"))

# --- Lithuanian: decline with contact person (windows-1257, 8bit)
_t = """Gerbiamieji,

Dėkojame už kvietimą (aplinkraštis CI-19/35). Deja, Lietuva negalės dalyvauti konsultacijų sesijoje Budapešte rugsėjo 10 d.

Dėl tolesnių sesijų prašome kreiptis į Ryšių reguliavimo tarnybos Tarptautinių ryšių skyriaus patarėją Ramunę Petrauskienę (ramune.petrauskiene@rrt.lt).

Pagarbiai
Tomas Kazlauskas
"""
add("lt_ltu", "lt", "windows-1257", "decline", "LTU",
    frm=("Tomas Kazlauskas", "tomas.kazlauskas@rrt.lt"),
    subject="Atsakymas į aplinkraštį CI-19/35",
    date=T("2019-08-15 10:12:42", "+0300"), at=T("2019-08-15 09:13:05", "+0200"),
    host="mail.rrt.lt", ip="213.226.136.9", client="exchange", hdr_cs="windows-1257",
    mid="<6B7C8D9E0F1A4B2C@RRT-EX.rrt.lt>",
    body=txt(_t, "windows-1257", "8bit"))


# =====================================================================
# OTHER LANGUAGES - Middle East, Asia, Africa, rest of Europe, CIS
# =====================================================================

# --- Turkish: postfixed honorifics (Hanım / Bey), ISO-8859-9
_t = """Sayın Yetkili,

ITU'nun 23 Temmuz 2019 tarihli ve CI-19/35 sayılı genelgesine istinaden, Bilgi Teknolojileri ve İletişim Kurumu (BTK) olarak 10 Eylül 2019 tarihinde Budapeşte'de ITU Telecom World 2019 kapsamında düzenlenecek ilk istişare oturumuna katılım sağlamak istiyoruz.

Kurumumuzu temsilen aşağıdaki personelimiz katılım sağlayacaktır:

1. Ayşe Yılmaz Hanım - Dış İlişkiler Dairesi Başkanı (ayse.yilmaz@btk.gov.tr)
2. Mehmet Kaya Bey - Uzman, Sektörel Araştırma ve Strateji Geliştirme Dairesi (mehmet.kaya@btk.gov.tr)

Bilgilerinize arz ederiz.

Saygılarımızla,
Dış İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu, Ankara
"""
add("tr_tur", "tr", "iso-8859-9", "nomination", "TUR",
    frm=("BTK Dış İlişkiler", "disiliskiler@btk.gov.tr"),
    subject="CI-19/35 sayılı genelge - katılımcı bildirimi",
    date=T("2019-08-13 15:48:31", "+0300"), at=T("2019-08-13 14:48:58", "+0200"),
    host="mail.btk.gov.tr", ip="212.175.190.30", client="exchange", hdr_cs="iso-8859-9",
    mid="<2D3E4F5A6B7C4D8E@BTK-EXCH2.btk.gov.tr>", outlook=True,
    delegates=[D("Ayşe Yılmaz", title="Dış İlişkiler Dairesi Başkanı", email="ayse.yilmaz@btk.gov.tr"),
               D("Mehmet Kaya", title="Uzman, Sektörel Araştırma ve Strateji Geliştirme Dairesi", email="mehmet.kaya@btk.gov.tr")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-9", "quoted-printable"))

# --- Persian: جناب آقای مهندس ..., Latin alias; person in copy (سرکار خانم) not a delegate
_t = """با سلام و احترام،

پیرو نامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹ اتحادیه بین‌المللی مخابرات، به استحضار می‌رساند جمهوری اسلامی ایران علاقه‌مند به شرکت در نخستین نشست مشورتی «حمایت از شرکت‌های کوچک و متوسط فناور و نوآور» است که در تاریخ ۱۰ سپتامبر ۲۰۱۹ در بوداپست برگزار می‌شود.

بدین‌وسیله جناب آقای مهندس علیرضا رحیمی (Alireza Rahimi)، مدیرکل دفتر همکاری‌های بین‌المللی سازمان تنظیم مقررات و ارتباطات رادیویی، به عنوان نماینده معرفی می‌گردند.
پست الکترونیک: a.rahimi@cra.ir

ضمناً سرکار خانم مریم احمدی جهت هماهنگی‌های اجرایی در رونوشت این نامه قرار دارند.

با تشکر،
دفتر همکاری‌های بین‌المللی
سازمان تنظیم مقررات و ارتباطات رادیویی
"""
add("fa_irn", "fa", "utf-8", "nomination", "IRN",
    frm=("دفتر همکاری‌های بین‌المللی", "intl@cra.ir"),
    cc=[("Maryam Ahmadi", "m.ahmadi@cra.ir")],
    subject="معرفی نماینده - نشست مشورتی بوداپست (CI-19/35)",
    date=T("2019-08-11 12:35:08", "+0430"), at=T("2019-08-11 10:05:36", "+0200"),
    host="mail.cra.ir", ip="217.218.155.40", client="postfix",
    mid="<1565508308.4f2a@cra.ir>",
    delegates=[D("علیرضا رحیمی", ["Alireza Rahimi"], "مدیرکل دفتر همکاری‌های بین‌المللی سازمان تنظیم مقررات و ارتباطات رادیویی", "a.rahimi@cra.ir")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Hindi (India, earlier): pure question
_t = """महोदय/महोदया,

कृपया आईटीयू परिपत्र CI-19/35 दिनांक 23 जुलाई 2019 का संदर्भ लें।

इस संबंध में कृपया स्पष्ट करें कि क्या बुडापेस्ट में होने वाले पहले परामर्श सत्र के लिए एक से अधिक अधिकारियों को नामित किया जा सकता है, तथा क्या नामांकन आधिकारिक पत्र के माध्यम से भेजना आवश्यक है या ई-मेल पर्याप्त होगा।

सादर,
अवर सचिव (अंतर्राष्ट्रीय संबंध)
दूरसंचार विभाग, संचार भवन, नई दिल्ली
"""
add("hi_ind_inq", "hi", "utf-8", "inquiry", "IND",
    frm=("अवर सचिव (आईआर)", "us-ir-dot@gov.in"),
    subject="आईटीयू परिपत्र CI-19/35 के संबंध में स्पष्टीकरण",
    date=T("2019-07-30 11:42:19", "+0530"), at=T("2019-07-30 08:12:41", "+0200"),
    host="mail.gov.in", ip="164.100.14.95", client="postfix",
    mid="<1564467139.5d3fe3c3a8b11@mail.gov.in>",
    extra=["X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)"],
    body=txt(_t, "utf-8", "base64"))

# --- Bengali: জনাব honorific; মোঃ (Md.) is part of the name; suffix -কে after the Latin form
_t = """মহোদয়,

আইটিইউ সার্কুলার CI-19/35 এর প্রেক্ষিতে জানানো যাচ্ছে যে, বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন (বিটিআরসি) আগামী ১০ সেপ্টেম্বর ২০১৯ তারিখে বুদাপেস্টে অনুষ্ঠিতব্য প্রথম পরামর্শ সভায় অংশগ্রহণে আগ্রহী।

উক্ত সভায় অংশগ্রহণের জন্য কমিশনের সিস্টেমস অ্যান্ড সার্ভিসেস বিভাগের পরিচালক জনাব মোঃ রফিকুল ইসলাম (Md. Rafiqul Islam)-কে মনোনয়ন প্রদান করা হলো।
ই-মেইল: rafiqul.islam@btrc.gov.bd

ধন্যবাদান্তে,
সহকারী পরিচালক (আন্তর্জাতিক সম্পর্ক)
বিটিআরসি, ঢাকা
"""
add("bn_bgd", "bn", "utf-8", "nomination", "BGD",
    frm=("BTRC International", "intl@btrc.gov.bd"),
    subject="মনোনয়ন - আইটিইউ পরামর্শ সভা (CI-19/35)",
    date=T("2019-08-12 13:10:55", "+0600"), at=T("2019-08-12 09:11:20", "+0200"),
    host="mail.btrc.gov.bd", ip="103.48.16.70", client="zimbra",
    mid="<1370582911.20611.1565593855120.JavaMail.zimbra@btrc.gov.bd>",
    delegates=[D("মোঃ রফিকুল ইসলাম", ["Md. Rafiqul Islam"], "সিস্টেমস অ্যান্ড সার্ভিসেস বিভাগের পরিচালক", "rafiqul.islam@btrc.gov.bd")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "base64"))

# --- Nepali: interest only, contact person (श्री honorific), name to follow
_t = """महोदय,

अन्तर्राष्ट्रिय दूरसञ्चार संघको परिपत्र CI-19/35 सम्बन्धमा, नेपाल सरकार, सञ्चार तथा सूचना प्रविधि मन्त्रालय बुडापेस्टमा हुने पहिलो परामर्श सत्रमा सहभागी हुन इच्छुक रहेको जानकारी गराउँदछौं। सहभागीको नाम पछि पठाइनेछ।

यस विषयमा सम्पर्क व्यक्ति: श्री राम प्रसाद अधिकारी, उपसचिव (rp.adhikari@mocit.gov.np)

भवदीय,
अन्तर्राष्ट्रिय सम्बन्ध शाखा
सञ्चार तथा सूचना प्रविधि मन्त्रालय, सिंहदरबार
"""
add("ne_npl", "ne", "utf-8", "interest_only", "NPL",
    frm=("IR Section MoCIT", "ir@mocit.gov.np"),
    subject="परिपत्र CI-19/35 - नेपालको चासो",
    date=T("2019-08-09 14:40:10", "+0545"), at=T("2019-08-09 10:55:37", "+0200"),
    host="mail.mocit.gov.np", ip="202.45.144.17", client="postfix",
    mid="<5d4d3a1a.e8f2.mocit@mocit.gov.np>",
    sessions=[BUD],
    body=txt(_t, "utf-8", "base64"))

# --- Sinhala: initials + postfixed honorific (මහත්මිය), Latin alias
_t = """මහත්මයාණෙනි / මහත්මියනි,

ජාත්‍යන්තර විදුලි සංදේශ සංගමයේ CI-19/35 චක්‍රලේඛය සම්බන්ධයෙනි.

2019 සැප්තැම්බර් 10 වන දින බුඩාපෙස්ට් නුවර පැවැත්වෙන පළමු උපදේශන සැසිය සඳහා ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව නියෝජනය කරමින් ඩබ්ලිව්. ඒ. දිල්රුක්ෂි පෙරේරා මහත්මිය (Mrs. W. A. Dilrukshi Perera), නියෝජ්‍ය අධ්‍යක්ෂ (ප්‍රතිපත්ති හා සැලසුම්) සහභාගී වන බව කාරුණිකව දන්වමි.

විද්‍යුත් තැපෑල: dilrukshi@trc.gov.lk

ස්තූතියි,
ජාත්‍යන්තර සබඳතා අංශය
ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව
"""
add("si_lka", "si", "utf-8", "nomination", "LKA",
    frm=("International Relations TRCSL", "ir@trc.gov.lk"),
    subject="CI-19/35 - නාමයෝජනා / Nomination",
    date=T("2019-08-13 10:20:42", "+0530"), at=T("2019-08-13 06:51:09", "+0200"),
    host="mail.trc.gov.lk", ip="203.94.66.12", client="exchange",
    mid="<8A9B0C1D2E3F4A5B@TRC-EX01.trc.gov.lk>",
    delegates=[D("ඩබ්ලිව්. ඒ. දිල්රුක්ෂි පෙරේරා", ["W. A. Dilrukshi Perera"], "නියෝජ්‍ය අධ්‍යක්ෂ (ප්‍රතිපත්ති හා සැලසුම්)", "dilrukshi@trc.gov.lk")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "base64"))

# --- Thai: honorifics written without a space (นางสาว / นาย), Buddhist-era year, TIS-620
_t = """เรียน เลขาธิการสหภาพโทรคมนาคมระหว่างประเทศ

ตามหนังสือเวียนที่ CI-19/35 ลงวันที่ 23 กรกฎาคม 2562 เรื่อง การประชุมหารือสำหรับประเทศสมาชิก หัวข้อ "การส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อมด้านเทคโนโลยีและนวัตกรรม" นั้น

สำนักงาน กสทช. ขอแจ้งรายชื่อผู้แทนเข้าร่วมการประชุมหารือครั้งแรก ในวันที่ 10 กันยายน 2562 ณ กรุงบูดาเปสต์ ดังนี้

1. นางสาวพิมพ์ชนก ศรีสุข (Miss Pimchanok Srisuk) ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ อีเมล pimchanok.s@nbtc.go.th
2. นายธนากร วงศ์ใหญ่ (Mr. Thanakorn Wongyai) นักวิชาการชำนาญการ อีเมล thanakorn.w@nbtc.go.th

จึงเรียนมาเพื่อโปรดทราบ

สำนักความร่วมมือระหว่างประเทศ
สำนักงาน กสทช.
"""
add("th_tha", "th", "tis-620", "nomination", "THA",
    frm=("International Cooperation NBTC", "intl.coop@nbtc.go.th"),
    subject="แจ้งรายชื่อผู้แทน - CI-19/35",
    date=T("2019-08-14 14:12:33", "+0700"), at=T("2019-08-14 09:13:01", "+0200"),
    host="mail.nbtc.go.th", ip="203.113.5.20", client="exchange", hdr_cs="tis-620",
    mid="<4E5F6A7B8C9D4E0F@NBTC-EX03.nbtc.go.th>", outlook=True,
    delegates=[D("พิมพ์ชนก ศรีสุข", ["Pimchanok Srisuk"], "ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ", "pimchanok.s@nbtc.go.th"),
               D("ธนากร วงศ์ใหญ่", ["Thanakorn Wongyai"], "นักวิชาการชำนาญการ", "thanakorn.w@nbtc.go.th")],
    sessions=[BUD],
    body=txt(_t, "tis-620", "base64"))

# --- Vietnamese: surname in capitals (NGUYỄN), ông / bà honorifics; contact not a delegate
_t = """Kính gửi: Ban Thư ký Liên minh Viễn thông Quốc tế (ITU)

Phúc đáp Thư thông báo CI-19/35 ngày 23/7/2019, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo cử ông NGUYỄN Văn Minh, Phó Vụ trưởng Vụ Hợp tác quốc tế, tham dự phiên tham vấn đầu tiên tổ chức ngày 10/9/2019 tại Budapest, Hungary.

Email: nvminh@mic.gov.vn

Mọi thông tin liên hệ xin gửi về bà Trần Thị Thu Hà, chuyên viên Vụ Hợp tác quốc tế (ttha@mic.gov.vn).

Trân trọng cảm ơn.

Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
"""
add("vi_vnm", "vi", "utf-8", "nomination", "VNM",
    frm=("Trần Thị Thu Hà", "ttha@mic.gov.vn"),
    subject="Phúc đáp thư CI-19/35 - cử cán bộ tham dự",
    date=T("2019-08-12 16:05:20", "+0700"), at=T("2019-08-12 11:05:48", "+0200"),
    host="mail.mic.gov.vn", ip="203.162.10.36", client="zimbra",
    mid="<982137465.51230.1565600720118.JavaMail.zimbra@mic.gov.vn>",
    delegates=[D("NGUYỄN Văn Minh", title="Phó Vụ trưởng Vụ Hợp tác quốc tế", email="nvminh@mic.gov.vn")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Indonesian: one-word name (Bapak Suryadi)
_t = """Yth. Sekretariat ITU,

Menindaklanjuti Surat Edaran ITU nomor CI-19/35 tanggal 23 Juli 2019, bersama ini kami sampaikan bahwa Kementerian Komunikasi dan Informatika Republik Indonesia menugaskan Bapak Suryadi, Kepala Subdirektorat Kerja Sama Multilateral, untuk mengikuti sesi konsultasi pertama pada tanggal 10 September 2019 di Budapest.

Alamat surel: suryadi@kominfo.go.id

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,
Bagian Kerja Sama Luar Negeri
Biro Humas, Kementerian Kominfo
Jl. Medan Merdeka Barat No. 9, Jakarta
"""
add("id_idn", "id", "us-ascii", "nomination", "IDN",
    frm=("KSLN Kominfo", "ksln@kominfo.go.id"),
    subject="Penugasan peserta sesi konsultasi ITU (CI-19/35)",
    date=T("2019-08-15 10:30:12", "+0700"), at=T("2019-08-15 05:30:41", "+0200"),
    host="mail.kominfo.go.id", ip="202.89.117.10", client="zimbra",
    mid="<1649203571.88214.1565839812004.JavaMail.zimbra@kominfo.go.id>",
    delegates=[D("Suryadi", title="Kepala Subdirektorat Kerja Sama Multilateral", email="suryadi@kominfo.go.id")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit"))

# --- Malay: Outlook HTML table, Encik / Puan honorifics, bin / binti part of the name
_rows = [["Bil", "Nama", "Jawatan", "E-mel"],
         ["1", "Encik Ahmad Faizal bin Abdullah", "Pengarah, Jabatan Pembangunan Industri", "faizal@mcmc.gov.my"],
         ["2", "Puan Nurul Huda binti Ismail", "Penolong Pengarah Kanan, Hal Ehwal Antarabangsa", "nurulhuda@mcmc.gov.my"]]
_t = """Tuan/Puan,

Merujuk kepada Surat Pekeliling ITU CI-19/35 bertarikh 23 Julai 2019, Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) dengan sukacitanya ingin mencalonkan pegawai berikut untuk menghadiri sesi konsultasi pertama di Budapest pada 10 September 2019:

""" + "\n".join("\t".join(r) for r in _rows) + """

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Siti Aminah binti Yusof
Hal Ehwal Antarabangsa, SKMM
"""
_h = outlook_html(P("""Tuan/Puan,

Merujuk kepada Surat Pekeliling ITU CI-19/35 bertarikh 23 Julai 2019, Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) dengan sukacitanya ingin mencalonkan pegawai berikut untuk menghadiri sesi konsultasi pertama di Budapest pada 10 September 2019:
""") + "\n" + otable(_rows) + "\n" + P("""
Sekian, terima kasih.

<b>&quot;BERKHIDMAT UNTUK NEGARA&quot;</b>

Siti Aminah binti Yusof
Hal Ehwal Antarabangsa, SKMM"""), "MS", cs="us-ascii")
add("ms_mys", "ms", "us-ascii", "nomination", "MYS",
    frm=("Siti Aminah binti Yusof", "sitiaminah@mcmc.gov.my"),
    subject="Pencalonan pegawai - Sesi Konsultasi ITU (CI-19/35)",
    date=T("2019-08-09 17:22:30", "+0800"), at=T("2019-08-09 11:22:58", "+0200"),
    host="mail.mcmc.gov.my", ip="202.75.5.40", client="exchange",
    mid="<KL1PR0601MB1852A3B4C5D6E7F8@KL1PR0601MB1852.apcprd06.prod.outlook.com>", outlook=True,
    delegates=[D("Ahmad Faizal bin Abdullah", title="Pengarah, Jabatan Pembangunan Industri", email="faizal@mcmc.gov.my"),
               D("Nurul Huda binti Ismail", title="Penolong Pengarah Kanan, Hal Ehwal Antarabangsa", email="nurulhuda@mcmc.gov.my")],
    sessions=[BUD],
    body=alt("_000_KL1PR0601MB1852A3B4C5D6E7F8KL1PR0601MB1852apcprd06prod_",
             txt(_t, "us-ascii", "7bit"), html(_h, "us-ascii", "quoted-printable")))

# --- Japanese: ISO-2022-JP, name with ideographic space + YAMADA Taro, 2020 undecided
_t = """国際電気通信連合（ＩＴＵ）事務局　御中

いつもお世話になっております。
総務省国際戦略局の佐藤でございます。

回章ＣＩ−１９／３５にてご案内いただきました中小企業に関する協議セッションにつきまして、９月１０日にブダペストで開催される第１回セッションに、弊省より下記の者が出席いたします。

　氏名：山田　太郎（YAMADA Taro）
　所属・役職：総務省国際戦略局国際経済課　課長補佐
　E-mail：t.yamada@soumu.go.jp

なお、２０２０年のセッションへの参加については、改めてご連絡いたします。

よろしくお願い申し上げます。

佐藤　花子
総務省　国際戦略局　国際経済課
"""
add("ja_jpn", "ja", "iso-2022-jp", "nomination", "JPN",
    frm=("佐藤 花子", "h.sato@soumu.go.jp"),
    subject="【回答】CI-19/35 協議セッション出席者について",
    date=T("2019-08-08 18:02:11", "+0900"), at=T("2019-08-08 11:02:38", "+0200"),
    host="mail.soumu.go.jp", ip="202.214.194.40", client="postfix", hdr_cs="iso-2022-jp",
    mid="<20190808180211.6A3F.SOUMU-H.SATO@soumu.go.jp>",
    extra=["X-Mailer: Becky! ver. 2.75.01 [ja]"],
    delegates=[D("山田 太郎", ["YAMADA Taro"], "総務省国際戦略局国際経済課　課長補佐", "t.yamada@soumu.go.jp")],
    sessions=[BUD],
    body=txt(_t, "iso-2022-jp", "7bit"))

# --- Korean: HTML-only, EUC-KR, the nominee only in the table
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body style="font-family:'맑은 고딕';font-size:10pt">
<p>국제전기통신연합(ITU) 사무국 귀중</p>
<p>ITU 회람 CI-19/35와 관련하여, 대한민국 과학기술정보통신부는 2019년 9월 10일 부다페스트에서 개최되는 제1차 기술·혁신 중소기업 육성 협의 세션에 아래와 같이 참석자를 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><td><b>성명</b></td><td><b>영문 성명</b></td><td><b>소속/직위</b></td><td><b>이메일</b></td></tr>
<tr><td>김민준</td><td>KIM Minjun</td><td>과학기술정보통신부 국제협력총괄과 사무관</td><td>minjun.kim@korea.kr</td></tr>
</table>
<p>감사합니다.</p>
<p>과학기술정보통신부 국제협력총괄과 드림</p>
</body></html>
"""
add("ko_kor", "ko", "euc-kr", "nomination", "KOR",
    frm=("과학기술정보통신부 국제협력총괄과", "intl.msit@korea.kr"),
    subject="[과기정통부] ITU 회람 CI-19/35 참석자 통보",
    date=T("2019-08-12 15:45:09", "+0900"), at=T("2019-08-12 08:45:37", "+0200"),
    host="mail.korea.kr", ip="152.99.60.21", client="postfix", hdr_cs="euc-kr",
    mid="<20190812154509.KR.3f7a1c@korea.kr>",
    delegates=[D("김민준", ["KIM Minjun"], "과학기술정보통신부 국제협력총괄과 사무관", "minjun.kim@korea.kr")],
    sessions=[BUD],
    body=html(_h, "euc-kr", "base64"))

# --- Mongolian: sent "Saturday 05:50" Ulaanbaatar time = 23:50 Friday Geneva -> in time
_t = """Эрхэм хүндэт ноёд оо,

ОУЦХ-ны CI-19/35 тоот албан бичгийн дагуу Харилцаа холбоо, мэдээллийн технологийн газар нь 2019 оны 9-р сарын 10-нд Будапешт хотноо болох анхдугаар зөвлөлдөх хуралдаанд дараах албан хаагчийг оролцуулахаар шийдвэрлэснийг үүгээр мэдэгдэж байна:

Овог, нэр: Бат-Эрдэнийн Батболд (Batbold Bat-Erdene)
Албан тушаал: Инновацын хэлтсийн дарга
И-мэйл: batbold@cita.gov.mn

Хүндэтгэсэн,
Гадаад харилцааны хэлтэс
Д.Оюунчимэг
"""
add("mn_mng", "mn", "utf-8", "nomination", "MNG",
    frm=("Д.Оюунчимэг", "oyunchimeg@cita.gov.mn"),
    subject="CI-19/35 - оролцогчийн мэдээлэл",
    date=T("2019-08-17 05:50:12", "+0800"), at=T("2019-08-16 23:50:31", "+0200"),
    host="mail.cita.gov.mn", ip="202.131.237.18", client="postfix",
    mid="<5d5722b4.cita.9e31@cita.gov.mn>",
    delegates=[D("Бат-Эрдэнийн Батболд", ["Batbold Bat-Erdene"], "Инновацын хэлтсийн дарга", "batbold@cita.gov.mn")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Ukrainian: genitive name (Коваленка Олександра Петровича), KOI8-U
_t = """Шановний пане Кларк!

У відповідь на циркулярний лист МСЕ CI-19/35 Національна комісія, що здійснює державне регулювання у сферах зв'язку та інформатизації (НКРЗІ), повідомляє про участь України у першій консультаційній сесії 10 вересня 2019 року в Будапешті.

Пропонуємо кандидатуру начальника відділу міжнародного співробітництва Коваленка Олександра Петровича (e-mail: o.kovalenko@nkrzi.gov.ua).

З повагою,
Управління міжнародного співробітництва НКРЗІ
"""
add("uk_ukr", "uk", "koi8-u", "nomination", "UKR",
    frm=("УМС НКРЗІ", "ums@nkrzi.gov.ua"),
    subject="Участь України у консультаційній сесії МСЕ (CI-19/35)",
    date=T("2019-08-07 12:18:40", "+0300"), at=T("2019-08-07 11:19:06", "+0200"),
    host="mail.nkrzi.gov.ua", ip="195.78.68.5", client="postfix", hdr_cs="koi8-u",
    mid="<5D4A9690.2030107@nkrzi.gov.ua>",
    extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; rv:60.0) Gecko/20100101\r\n Thunderbird/60.8.0"],
    delegates=[D("Коваленко Олександр Петрович", ["Коваленка Олександра Петровича"], "начальник відділу міжнародного співробітництва", "o.kovalenko@nkrzi.gov.ua")],
    sessions=[BUD],
    body=txt(_t, "koi8-u", "quoted-printable"))

# --- Kazakh: nomination quoting the State's own earlier Russian interest reply (which named a contact)
_t = """Құрметті әріптестер!

Қазақстан Республикасы Цифрлық даму, қорғаныс және аэроғарыш өнеркәсібі министрлігі 2 тамыздағы хатымызға (төменде) қосымша ретінде 10 қыркүйекте Будапешт қаласында өтетін бірінші консультациялық сессияға Халықаралық ынтымақтастық департаментінің директоры Әбдіқадыров Нұрлан Серікұлы (Nurlan Abdikadyrov, n.abdikadyrov@mdai.gov.kz) қатысатынын хабарлайды.

Құрметпен,
Халықаралық ынтымақтастық департаменті

-----Original Message-----
From: ДМС МЦРОАП РК
Sent: Friday, August 2, 2019 3:10 PM
To: sme@itu.int
Subject: Ответ на циркулярное письмо МСЭ CI-19/35

""" + _kaz1
add("kk_kaz", "kk", "utf-8", "nomination", "KAZ",
    frm=("ДМС МЦРОАП РК", "dms@mdai.gov.kz"),
    subject="RE: Ответ на циркулярное письмо МСЭ CI-19/35",
    date=T("2019-08-15 16:02:27", "+0600"), at=T("2019-08-15 12:02:55", "+0200"),
    host="mail.mdai.gov.kz", ip="195.12.113.24", client="exchange",
    mid="<1A2B3C4D5E6F4708@MDAI-EX01.mdai.gov.kz>", irt="<8D7C6B5A4F3E4D2C@MDAI-EX01.mdai.gov.kz>", outlook=True,
    delegates=[D("Әбдіқадыров Нұрлан Серікұлы", ["Nurlan Abdikadyrov"], "Халықаралық ынтымақтастық департаментінің директоры", "n.abdikadyrov@mdai.gov.kz")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "base64"))

# --- Azerbaijani: received at exactly 23:59:59 Geneva; accusative name (Məmmədovu)
_t = """Hörmətli cənab Klark,

BTİ-nin CI-19/35 saylı sirkulyar məktubuna cavab olaraq bildiririk ki, Azərbaycan Respublikası Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi 10 sentyabr 2019-cu il tarixində Budapeştdə keçiriləcək ilk məsləhətləşmə sessiyasında iştirak etmək üçün Beynəlxalq əlaqələr şöbəsinin müdiri cənab Rəşad Məmmədovu (rashad.mammadov@mincom.gov.az) namizəd göstərir.

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
"""
add("az_aze", "az", "utf-8", "nomination", "AZE",
    frm=("Beynəlxalq əlaqələr şöbəsi", "intl@mincom.gov.az"),
    subject="CI-19/35 - namizəd",
    date=T("2019-08-17 01:59:52", "+0400"), at=T("2019-08-16 23:59:59", "+0200"),
    host="mail.mincom.gov.az", ip="85.132.40.12", client="exchange",
    mid="<7C8D9E0F1A2B4C3D@MINCOM-EX.mincom.gov.az>",
    delegates=[D("Rəşad Məmmədov", ["Rəşad Məmmədovu"], "Beynəlxalq əlaqələr şöbəsinin müdiri", "rashad.mammadov@mincom.gov.az")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Armenian: decline, contact person in the genitive-dative
_t = """Հարգելի պարոն Քլարք,

Շնորհակալություն CI-19/35 շրջաբերականով ուղարկված հրավերի համար։ Ցավոք, Հայաստանի Հանրապետության բարձր տեխնոլոգիական արդյունաբերության նախարարությունը չի կարողանա մասնակցել սեպտեմբերի 10-ին Բուդապեշտում կայանալիք խորհրդակցությանը։

Հետագա հարցերի համար խնդրում ենք կապվել միջազգային համագործակցության բաժնի պետ պարոն Արմեն Հովհաննիսյանի հետ (armen.hovhannisyan@mhti.am)։

Հարգանքով՝
Անի Սարգսյան
"""
add("hy_arm", "hy", "utf-8", "decline", "ARM",
    frm=("Անի Սարգսյան", "ani.sargsyan@mhti.am"),
    subject="CI-19/35 - պատասխան",
    date=T("2019-08-13 13:22:18", "+0400"), at=T("2019-08-13 11:22:45", "+0200"),
    host="mail.mhti.am", ip="217.113.1.60", client="postfix",
    mid="<5d5280fa.mhti.7b21@mhti.am>",
    body=txt(_t, "utf-8", "base64"))

# --- Georgian: ბატონი honorific; ბატონო in the salutation addresses Christopher (not a delegate)
_t = """ბატონო კრისტოფერ,

ITU-ს CI-19/35 ცირკულარული წერილის საპასუხოდ, საქართველოს კომუნიკაციების ეროვნული კომისია გაცნობებთ, რომ 2019 წლის 10 სექტემბერს ბუდაპეშტში გამართულ პირველ საკონსულტაციო სესიაზე კომისიას წარმოადგენს ბატონი გიორგი ბერიძე (Giorgi Beridze), საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი.

ელ-ფოსტა: g.beridze@comcom.ge

პატივისცემით,
ნინო კაპანაძე
"""
add("ka_geo", "ka", "utf-8", "nomination", "GEO",
    frm=("Nino Kapanadze", "n.kapanadze@comcom.ge"),
    subject="CI-19/35 - საქართველოს წარმომადგენელი",
    date=T("2019-08-10 12:44:30", "+0400"), at=T("2019-08-10 10:44:58", "+0200"),
    host="mail.comcom.ge", ip="91.239.206.10", client="exchange",
    mid="<0F1E2D3C4B5A4968@COMCOM-EX.comcom.ge>",
    delegates=[D("გიორგი ბერიძე", ["Giorgi Beridze"], "საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი", "g.beridze@comcom.ge")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "base64"))

# --- Swahili: Mhandisi / Bi. honorifics
_t = """Ndugu Katibu Mkuu,

YAH: MWALIKO WA VIKAO VYA MASHAURIANO KUHUSU KUKUZA BIASHARA NDOGO NA ZA KATI ZA TEKNOLOJIA NA UBUNIFU (CI-19/35)

Tafadhali rejea barua yako ya tarehe 23 Julai 2019 kuhusu somo tajwa hapo juu.

Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kukujulisha kuwa itashiriki katika kikao cha kwanza kitakachofanyika Budapest tarehe 10 Septemba 2019. Washiriki watakuwa:

1. Mhandisi Juma Hamisi Mrisho - Mkurugenzi wa Masuala ya Kiufundi (juma.mrisho@tcra.go.tz)
2. Bi. Rehema Saidi Mollel - Afisa Mkuu wa Uhusiano wa Kimataifa (rehema.mollel@tcra.go.tz)

Tunatanguliza shukrani.

Wako,

Kny: MKURUGENZI MKUU
Mamlaka ya Mawasiliano Tanzania
"""
add("sw_tza", "sw", "us-ascii", "nomination", "TZA",
    frm=("TCRA International Relations", "intrel@tcra.go.tz"),
    subject="YAH: Mwaliko wa vikao vya mashauriano (CI-19/35)",
    date=T("2019-08-13 11:05:28", "+0300"), at=T("2019-08-13 10:05:55", "+0200"),
    host="mail.tcra.go.tz", ip="196.43.82.10", client="zimbra",
    mid="<903718264.12094.1565683528441.JavaMail.zimbra@tcra.go.tz>",
    delegates=[D("Juma Hamisi Mrisho", title="Mkurugenzi wa Masuala ya Kiufundi", email="juma.mrisho@tcra.go.tz"),
               D("Rehema Saidi Mollel", title="Afisa Mkuu wa Uhusiano wa Kimataifa", email="rehema.mollel@tcra.go.tz")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit"))

# --- Amharic: አቶ (Ato) honorific, Latin alias
_t = """ለዓለም አቀፍ የቴሌኮሙኒኬሽን ኅብረት ጽሕፈት ቤት

ጉዳዩ፦ በCI-19/35 ሰርኩላር ደብዳቤ ለተጠቀሰው የምክክር መድረክ ተሳታፊ ስለማሳወቅ

በቡዳፔስት ከተማ ሴፕቴምበር 10 ቀን 2019 (እ.ኤ.አ.) በሚካሄደው የመጀመሪያው የምክክር መድረክ ላይ የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴርን በመወከል አቶ ዮሐንስ ተስፋዬ (Mr. Yohannes Tesfaye)፣ የዲጂታል ኢኮኖሚ ዳይሬክተር፣ እንዲሳተፉ መመደባቸውን በአክብሮት እንገልጻለን።

ኢሜይል፦ yohannes.tesfaye@mint.gov.et

ከሰላምታ ጋር
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
"""
add("am_eth", "am", "utf-8", "nomination", "ETH",
    frm=("MInT International Relations", "ir@mint.gov.et"),
    subject="CI-19/35 - ተሳታፊ ስለማሳወቅ",
    date=T("2019-08-12 10:31:40", "+0300"), at=T("2019-08-12 09:32:08", "+0200"),
    host="mail.mint.gov.et", ip="196.188.120.9", client="postfix",
    mid="<5d5116cc.mint.2f9a@mint.gov.et>",
    delegates=[D("ዮሐንስ ተስፋዬ", ["Yohannes Tesfaye"], "የዲጂታል ኢኮኖሚ ዳይሬክተር", "yohannes.tesfaye@mint.gov.et")],
    sessions=[BUD],
    body=txt(_t, "utf-8", "base64"))

# --- Malagasy: an'Atoa (accusative marker + honorific), surname first in capitals
_t = """Tompoko,

Ho valin'ny taratasy boribory CI-19/35, ny Ministeran'ny Fampandrosoana ny Nomerika, ny Fifindran'ny Teknolojia, ny Paositra ary ny Fifandraisan-davitra dia manendry an'Atoa RAKOTOMALALA Hery Nirina, Talen'ny Fampandrosoana ny Nomerika, hanatrika ny fivoriana voalohany any Budapest amin'ny 10 septambra 2019.

Mailaka: hery.rakotomalala@mptdn.gov.mg

Misaotra tompoko.

Ny Sampan-draharaha misahana ny Fiaraha-miasa Iraisam-pirenena
"""
add("mg_mdg", "mg", "us-ascii", "nomination", "MDG",
    frm=("Fiaraha-miasa MPTDN", "cooperation@mptdn.gov.mg"),
    subject="Valin'ny taratasy CI-19/35",
    date=T("2019-08-14 15:40:02", "+0300"), at=T("2019-08-14 14:40:30", "+0200"),
    host="mail.mptdn.gov.mg", ip="41.188.38.20", client="postfix",
    mid="<5d54031a.mptdn.61c4@mptdn.gov.mg>",
    delegates=[D("RAKOTOMALALA Hery Nirina", title="Talen'ny Fampandrosoana ny Nomerika", email="hery.rakotomalala@mptdn.gov.mg")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit"))

# --- Hebrew: inquiry, windows-1255
_t = """שלום רב,

בהמשך לחוזר CI-19/35, נבקש לברר האם ניתן לשלוח למפגש בבודפשט נציג מטעם רשות החדשנות במקום נציג משרד התקשורת, והאם יש צורך ברישום נפרד לכנס ITU Telecom World.

תודה מראש,
מיכל לוי
אגף קשרים בינלאומיים
משרד התקשורת
"""
add("he_isr", "he", "windows-1255", "inquiry", "ISR",
    frm=("מיכל לוי", "michall@moc.gov.il"),
    subject="שאלה בנוגע לחוזר CI-19/35",
    date=T("2019-08-06 10:14:50", "+0300"), at=T("2019-08-06 09:15:18", "+0200"),
    host="mail.moc.gov.il", ip="147.237.72.40", client="exchange", hdr_cs="windows-1255",
    mid="<3B4C5D6E7F8A4B9C@MOC-EX02.moc.gov.il>",
    body=txt(_t, "windows-1255", "quoted-printable"))

# --- Albanian: decline with contact (znj.)
_t = """I nderuar z. Clark,

Ju falënderojmë për ftesën (qarkorja CI-19/35). Për shkak të angazhimeve të mëparshme, Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) nuk do të mund të marrë pjesë në sesionin e Budapestit më 10 shtator.

Për çdo informacion në lidhje me sesionet e ardhshme, ju lutemi kontaktoni znj. Elona Hoxha, specialiste në Sektorin e Marrëdhënieve me Jashtë (elona.hoxha@akep.al).

Me respekt,
Arben Kola
AKEP, Tiranë
"""
add("sq_alb", "sq", "utf-8", "decline", "ALB",
    frm=("Arben Kola", "arben.kola@akep.al"),
    subject="Përgjigje: qarkorja CI-19/35",
    date=T("2019-08-08 16:12:02", "+0200"), at=T("2019-08-08 16:12:31", "+0200"),
    host="mail.akep.al", ip="80.78.72.14", client="postfix",
    mid="<5d4c2e52.akep.1d7e@akep.al>",
    body=txt(_t, "utf-8", "quoted-printable"))

# --- Macedonian: interest only, contact person, windows-1251
_t = """Почитувани,

Агенцијата за електронски комуникации изразува интерес за учество на првата консултативна сесија во Будимпешта на 10 септември 2019 година. Името на учесникот ќе ви го доставиме дополнително.

Контакт лице: Марија Стојановска, советник за меѓународна соработка (marija.stojanovska@aek.mk)

Со почит,
Сектор за меѓународна соработка
Агенција за електронски комуникации
"""
add("mk_mkd", "mk", "windows-1251", "interest_only", "MKD",
    frm=("АЕК Меѓународна соработка", "intl@aek.mk"),
    subject="CI-19/35 - интерес за учество",
    date=T("2019-08-16 09:55:10", "+0200"), at=T("2019-08-16 09:55:41", "+0200"),
    host="mail.aek.mk", ip="77.28.100.30", client="exchange", hdr_cs="windows-1251",
    mid="<8C9D0E1F2A3B4C5D@AEK-EX.aek.mk>",
    sessions=[BUD],
    body=txt(_t, "windows-1251", "quoted-printable"))

# --- Serbian (Cyrillic): genitive name (г. Милана Јовановића), windows-1251
_t = """Поштовани,

Поводом циркуларног писма CI-19/35, Министарство трговине, туризма и телекомуникација Републике Србије предлаже г. Милана Јовановића, помоћника министра за информационо друштво, за учешће на првој консултативној сесији у Будимпешти 10. септембра 2019. године.

Имејл: milan.jovanovic@mtt.gov.rs

С поштовањем,
Сектор за међународну сарадњу
"""
add("sr_srb", "sr", "windows-1251", "nomination", "SRB",
    frm=("Сектор за међународну сарадњу", "intl@mtt.gov.rs"),
    subject="CI-19/35 - учешће Републике Србије",
    date=T("2019-08-09 10:40:25", "+0200"), at=T("2019-08-09 10:40:52", "+0200"),
    host="mail.mtt.gov.rs", ip="195.222.96.40", client="exchange", hdr_cs="windows-1251",
    mid="<4D5E6F7A8B9C4D0E@MTT-EX.mtt.gov.rs>",
    delegates=[D("Милан Јовановић", ["Милана Јовановића"], "помоћник министра за информационо друштво", "milan.jovanovic@mtt.gov.rs")],
    sessions=[BUD],
    body=txt(_t, "windows-1251", "quoted-printable"))

# --- Icelandic: accusative patronymic (Guðrúnu Jónsdóttur)
_t = """Ágæti viðtakandi,

Með vísan til dreifibréfs CI-19/35 tilnefnir samgöngu- og sveitarstjórnarráðuneytið Guðrúnu Jónsdóttur, sérfræðing á skrifstofu fjarskipta og netöryggis, til þátttöku í fyrsta samráðsfundinum, sem haldinn verður í tengslum við ITU Telecom World í Ungverjalandi í september.

Netfang: gudrun.jonsdottir@srn.is

Með kveðju,
Sigurður Magnússon
"""
add("is_isl", "is", "iso-8859-1", "nomination", "ISL",
    frm=("Sigurður Magnússon", "sigurdur.magnusson@srn.is"),
    subject="Dreifibréf CI-19/35 - tilnefning",
    date=T("2019-08-15 13:04:40", "+0000"), at=T("2019-08-15 15:05:08", "+0200"),
    host="mail.stjr.is", ip="157.157.20.30", client="exchange", hdr_cs="iso-8859-1", hdr_enc="Q",
    mid="<9E0F1A2B3C4D4E5F@SRN-EX.srn.is>",
    delegates=[D("Guðrún Jónsdóttir", ["Guðrúnu Jónsdóttur"], "sérfræðingur á skrifstofu fjarskipta og netöryggis", "gudrun.jonsdottir@srn.is")],
    sessions=[BUD],
    body=txt(_t, "iso-8859-1", "quoted-printable"))

# --- Uzbek (Latin): out-of-office
_t = """Avtomatik javob

Assalomu alaykum! Men 2-sentabrgacha taʼtildaman. Shoshilinch masalalar boʻyicha Aziz Karimovga murojaat qiling: a.karimov@mitc.uz

Hurmat bilan,
Nodira Tosheva
"""
add("uz_auto", "uz", "utf-8", "auto_reply", None,
    frm=("Nodira Tosheva", "n.tosheva@mitc.uz"),
    subject="Avtomatik javob: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 13:31:12", "+0500"), at=T("2019-08-13 10:31:44", "+0200"),
    host="mail.mitc.uz", ip="213.230.65.12", client="exchange",
    mid="<auto.5d527e70.tosheva@mitc.uz>",
    extra=["Auto-Submitted: auto-replied"],
    body=txt(_t, "utf-8", "quoted-printable"))


# --- Somali: "Mudane" honorific, Somali spelling + English spelling of the name
_t = """Mudane/Marwo,

Iyadoo la tixraacayo warqadda wareegtada ah ee ITU CI-19/35, Wasaaradda Boostada, Isgaarsiinta iyo Teknoolajiyada ee Dowladda Federaalka Soomaaliya waxay magacaabaysaa Mudane Cabdiraxmaan Maxamed Cali (Abdirahman Mohamed Ali), Agaasimaha Waaxda Siyaasadda ICT, si uu uga qaybgalo kulanka wadatashiga ee ugu horreeya ee ka dhici doona Budapest 10 Sebtember 2019.

Iimayl: a.mohamed@mptt.gov.so

Mahadsanid,
Xafiiska Xiriirka Caalamiga
"""
add("so_som", "so", "us-ascii", "nomination", "SOM",
    frm=("MPTT Somalia", "mpttsomalia.ir@gmail.com"),
    subject="Magacaabis - CI-19/35",
    date=T("2019-08-15 14:22:50", "+0300"), at=T("2019-08-15 13:23:18", "+0200"),
    host="mail-pf1-f193.google.com", ip="209.85.210.193", client="gmail",
    mid="<CAM9sT4nQ2pVx7yWk0eRb3LdJ8cZa1uHf6gSo@mail.gmail.com>",
    delegates=[D("Cabdiraxmaan Maxamed Cali", ["Abdirahman Mohamed Ali"], "Agaasimaha Waaxda Siyaasadda ICT", "a.mohamed@mptt.gov.so")],
    sessions=[BUD],
    body=txt(_t, "us-ascii", "7bit"))

# --- Maltese: decline with contact person, ISO-8859-3 (Latin-3)
_t = """Għażiż Sur Clark,

Grazzi tal-istedina fiċ-ċirkulari CI-19/35. B'dispjaċir ninfurmawkom li Malta mhux se tkun tista' tipparteċipa fis-sessjoni ta' konsultazzjoni f'Budapest nhar l-10 ta' Settembru.

Għal kwalunkwe informazzjoni oħra tistgħu tikkuntattjaw lis-Sinjura Maria Camilleri, Uffiċjal Ewlieni, Affarijiet Internazzjonali (maria.camilleri@mca.org.mt).

Tislijiet,
Joseph Borg
Awtorità Maltija għall-Komunikazzjoni
"""
add("mt_mlt", "mt", "iso-8859-3", "decline", "MLT",
    frm=("Joseph Borg", "joseph.borg@mca.org.mt"),
    subject="Ċirkulari CI-19/35",
    date=T("2019-08-12 09:02:40", "+0200"), at=T("2019-08-12 09:03:07", "+0200"),
    host="mail.mca.org.mt", ip="217.168.160.22", client="exchange", hdr_cs="iso-8859-3", hdr_enc="Q",
    mid="<1E2F3A4B5C6D4E7F@MCA-EX01.mca.org.mt>",
    body=txt(_t, "iso-8859-3", "quoted-printable"))

# --- Urdu: out-of-office naming a colleague
_t = """خودکار جواب

السلام علیکم، میں 26 اگست تک رخصت پر ہوں۔ فوری معاملات کے لیے براہ کرم جناب عمران شاہ سے رابطہ کریں: imran.shah@pta.gov.pk

شکریہ
سعدیہ ملک
"""
add("ur_auto", "ur", "utf-8", "auto_reply", None,
    frm=("Sadia Malik", "sadia.malik@pta.gov.pk"),
    subject="خودکار جواب: ITU Circular CI-19/35 - reminder: deadline 16 August",
    date=T("2019-08-13 13:31:20", "+0500"), at=T("2019-08-13 10:31:52", "+0200"),
    host="mail.pta.gov.pk", ip="115.186.140.10", client="exchange",
    mid="<ooo.5d527e78.sadia.malik@pta.gov.pk>",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=txt(_t, "utf-8", "base64"))

# --- Catalan (Andorra): interest only, contact person until the name is known
_t = """Benvolguts,

En resposta a la circular CI-19/35, el Ministeri de Presidència, Economia i Empresa del Govern d'Andorra manifesta el seu interès a participar en la primera sessió de consulta, que tindrà lloc a Budapest el 10 de setembre. Us comunicarem el nom del participant més endavant.

Mentrestant, la persona de contacte és la Sra. Laia Puig Vidal, tècnica de l'Àrea de Societat Digital (laia_puig@govern.ad).

Salutacions cordials,

Jordi Casals
Ministeri de Presidència, Economia i Empresa
Govern d'Andorra
"""
add("ca_and", "ca", "iso-8859-1", "interest_only", "AND",
    frm=("Jordi Casals", "jordi_casals@govern.ad"),
    subject="Circular CI-19/35 - interès d'Andorra",
    date=T("2019-08-14 17:45:03", "+0200"), at=T("2019-08-14 17:45:29", "+0200"),
    host="correu.govern.ad", ip="194.158.76.30", client="postfix", hdr_cs="iso-8859-1", hdr_enc="Q",
    mid="<5D542D0F.7010503@govern.ad>",
    extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\r\n Thunderbird/60.8.0",
           "Content-Language: ca"],
    sessions=[BUD],
    body=txt(_t, "iso-8859-1", "8bit"))


# =====================================================================
# RENDERING
# =====================================================================
CONTENT_LANG = {"en": "en-US", "fr": "fr-FR", "es": "es-ES", "ar": "ar-SA", "ru": "ru-RU", "zh": "zh-CN",
                "de": "de-DE", "pt": "pt-PT", "it": "it-IT", "nl": "nl-NL", "pl": "pl-PL", "cs": "cs-CZ",
                "hu": "hu-HU", "bg": "bg-BG", "el": "el-GR", "fi": "fi-FI", "tr": "tr-TR", "th": "th-TH",
                "ms": "ms-MY", "kk": "kk-KZ", "uk": "uk-UA"}


def file_name(m, n):
    return "%s_%03d_%s.eml" % (m["lang"], n, re.sub(r"[^a-z0-9]", "", m["cs"].lower()))


def render(m):
    hcs, henc = m["hdr_cs"], m["hdr_enc"]
    H = ["Received: " + r for r in received_chain(m)]
    H.append("X-ITU-MailScanner: Found to be clean")
    frm = "From: " + addr(m["frm"][0], m["frm"][1], hcs, henc)
    to = "To: " + ",\r\n\t".join(addr(n, a, hcs, henc) for n, a in m["to"])
    cc = ("CC: " if m.get("outlook") else "Cc: ") + ",\r\n\t".join(addr(n, a, hcs, henc) for n, a in m["cc"]) if m["cc"] else None
    subj = "Subject: " + ew(m["subject"], hcs, henc)
    date = "Date: " + rfcdate(m["date"])
    mid = "Message-ID: " + m["mid"]
    irt = m.get("irt")
    bh, bb = m["body"]
    if m.get("outlook"):
        topic = re.sub(r"^((RE|AW|SV|TR|FW|Fwd|RV|回复)\s*:\s*)+", "", m["subject"], flags=re.I)
        tix = base64.b64encode(hashlib.md5(m["mid"].encode()).digest() + b"\x01\xd5\x4e\x9a\x3c\x2f").decode()
        H += [frm, to] + ([cc] if cc else []) + [subj, "Thread-Topic: " + ew(topic, hcs, henc),
                                                 "Thread-Index: " + tix, date, mid]
        if irt:
            H += ["References: " + irt, "In-Reply-To: " + irt]
        cl = CONTENT_LANG.get(m["lang"], m["lang"])
        H += ["Accept-Language: " + (cl + ", en-US" if cl != "en-US" else "en-US"),
              "Content-Language: " + CONTENT_LANG.get(m["lang"], m["lang"]),
              "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
              "x-originating-ip: [10.%d.%d.%d]" % tuple(b % 250 for b in hashlib.md5(m["mid"].encode()).digest()[:3])]
        H += m["extra"]
        H += bh + ["MIME-Version: 1.0"]
    else:
        H += [date, frm, to] + ([cc] if cc else []) + [mid]
        if irt:
            H += ["In-Reply-To: " + irt, "References: " + irt]
        H += [subj] + m["extra"] + ["MIME-Version: 1.0"] + bh
    head = "\r\n".join(H).encode("ascii") + b"\r\n\r\n"
    return head + bb


def label_of(m, fname):
    late = None
    if m["kind"] in ("nomination", "interest_only", "correction"):
        late = m["at"] > DEADLINE
    sup = None
    if m["supersedes"]:
        sup = BY_KEY[m["supersedes"]]["mid"]
    return {
        "message_id": m["mid"],
        "file": fname,
        "kind": m["kind"],
        "language": m["lang"],
        "member_state": m["state"],
        "delegates": [dict(d) for d in m["delegates"]],
        "sessions": list(m["sessions"]),
        "received_at": m["at"].isoformat(),
        "late": late,
        "supersedes": sup,
    }


# =====================================================================
# VALIDATION
# =====================================================================
HONORIFICS = ["mr ", "mr. ", "mrs ", "mrs. ", "ms ", "ms. ", "dr ", "dr. ", "m. ", "mme ", "sr. ", "sra. ", "d. ", "dña. ",
              "ing. ", "eng. ", "engr. ", "h.e. ", "hon. ", "shri ", "smt. ", "daw ", "u ", "bapak ", "encik ", "puan ",
              "السيد", "السيدة", "الفاضل", "م. ", "г-н ", "г-жа ", "herrn ", "herr ", "frau ", "dott", "mtra. ", "lic. ",
              "cənab ", "ბატონი ", "አቶ ", "bw. ", "bi. ", "mhandisi ", "atoa ", "جناب", "آقای", "জনাব", "श्री ", "นาย", "นางสาว",
              "ông ", "bà ", "pan ", "pana ", "κ. "]


def collect_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            out.append(part.get_payload(decode=True).decode(cs))
        for k, v in part.items():
            out.append(str(v))
    import html as _html
    return unicodedata_nfkc(_html.unescape("\n".join(out)))


def unicodedata_nfkc(s):
    import unicodedata
    return unicodedata.normalize("NFKC", s).casefold()


def validate(labels):
    errors = []
    by_mid = {}
    seen_files = set()
    for lab in labels:
        f = lab["file"]
        where = f
        if list(lab.keys()) != LABEL_KEYS:
            errors.append("%s: label keys %s" % (where, list(lab.keys())))
        if not re.fullmatch(r"[a-z]{2}_\d{3}_[a-z0-9]+\.eml", f):
            errors.append("%s: bad file name" % where)
        if f in seen_files:
            errors.append("%s: duplicate file" % where)
        seen_files.add(f)
        if lab["message_id"] in by_mid:
            errors.append("%s: duplicate message-id" % where)
        by_mid[lab["message_id"]] = lab
        raw = open(os.path.join(MSGDIR, f), "rb").read()
        if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: not CRLF throughout" % where)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errors.append("%s: line > 998 octets" % where)
                break
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (where, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (where, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                if not cs:  # RFC 2045 default; only the blocks inside message/delivery-status get here
                    cs = "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except Exception as e:  # noqa
                    errors.append("%s: text part does not decode as %s: %s" % (where, cs, e))
        if msg["Message-ID"] != lab["message_id"]:
            errors.append("%s: Message-ID %r != label %r" % (where, msg["Message-ID"], lab["message_id"]))
        rcv = msg.get_all("Received")
        top = str(rcv[0])
        if not re.search(r"by mx\d\.itu\.int", top):
            errors.append("%s: topmost Received is not an ITU mx" % where)
        if len(rcv) < 2:
            errors.append("%s: no sender-side Received" % where)
        dpart = re.sub(r"\([^)]*\)\s*$", "", top.rsplit(";", 1)[1]).strip()
        rdt = parsedate_to_datetime(dpart)
        lab_dt = _dt.datetime.fromisoformat(lab["received_at"])
        if rdt != lab_dt or rdt.utcoffset() != lab_dt.utcoffset():
            errors.append("%s: Received date %s != received_at %s" % (where, rdt, lab_dt))
        if msg["Date"] is None:
            errors.append("%s: no Date" % where)
        kind = lab["kind"]
        if kind not in KINDS:
            errors.append("%s: bad kind" % where)
        exp_late = (lab_dt > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None
        if lab["late"] != exp_late:
            errors.append("%s: late %r expected %r" % (where, lab["late"], exp_late))
        if kind in ("auto_reply", "bounce", "unrelated"):
            if lab["member_state"] is not None:
                errors.append("%s: member_state must be null" % where)
        elif not (isinstance(lab["member_state"], str) and re.fullmatch(r"[A-Z]{3}", lab["member_state"])):
            errors.append("%s: member_state missing" % where)
        if kind in ("nomination", "correction"):
            if not lab["delegates"]:
                errors.append("%s: %s without delegates" % (where, kind))
        elif lab["delegates"]:
            errors.append("%s: delegates on a %s" % (where, kind))
        if kind in ("nomination", "interest_only", "correction"):
            if not lab["sessions"]:
                errors.append("%s: no sessions" % where)
        elif lab["sessions"]:
            errors.append("%s: sessions on a %s" % (where, kind))
        for s in lab["sessions"]:
            if s not in SESSIONS:
                errors.append("%s: bad session %s" % (where, s))
        if kind == "correction":
            sup = lab["supersedes"]
            if sup not in by_mid:
                errors.append("%s: supersedes %r is not an earlier message" % (where, sup))
            else:
                prev = by_mid[sup]
                if prev["member_state"] != lab["member_state"]:
                    errors.append("%s: supersedes a message of another State" % where)
                if _dt.datetime.fromisoformat(prev["received_at"]) >= lab_dt:
                    errors.append("%s: supersedes a later message" % where)
                if prev["kind"] not in ("nomination", "correction"):
                    errors.append("%s: supersedes a %s" % (where, prev["kind"]))
        elif lab["supersedes"] is not None:
            errors.append("%s: supersedes on a %s" % (where, kind))
        body = collect_text(msg)
        for d in lab["delegates"]:
            if list(d.keys()) != ["name", "aliases", "title", "email"]:
                errors.append("%s: delegate keys %s" % (where, list(d.keys())))
            low = d["name"].casefold() + " "
            for h in HONORIFICS:
                if low.startswith(h.casefold()):
                    errors.append("%s: honorific left in name %r" % (where, d["name"]))
            forms = [d["name"]] + d["aliases"]
            if not any(all(unicodedata_nfkc(tok) in body for tok in form.split()) for form in forms):
                errors.append("%s: delegate %r not found in the message text" % (where, d["name"]))
            if d["email"] and d["email"].casefold() not in body:
                errors.append("%s: delegate email %r not in message" % (where, d["email"]))
    langs = {l["language"] for l in labels}
    if len(labels) < 100:
        errors.append("only %d messages" % len(labels))
    if len(langs) < 40:
        errors.append("only %d languages" % len(langs))
    for k in KINDS:
        if not any(l["kind"] == k for l in labels):
            errors.append("kind %s missing" % k)
    return errors


# =====================================================================
# README
# =====================================================================
def structure_of(msg):
    ct = msg.get_content_type()
    if ct == "multipart/report":
        return "multipart/report (%s)" % msg.get_param("report-type")
    if ct == "multipart/mixed":
        inner = [p.get_content_type() for p in msg.iter_parts()]
        return "multipart/mixed with " + " + ".join(inner)
    if ct == "multipart/alternative":
        return "multipart/alternative (text + HTML)"
    if ct == "text/html":
        return "HTML only"
    return "text/plain only"


def write_readme(labels, msgs_sorted):
    from collections import Counter
    kinds = Counter(l["kind"] for l in labels)
    langs = Counter(l["language"] for l in labels)
    charsets, ctes, structs = Counter(), Counter(), Counter()
    fwd = quoted = 0
    for l in labels:
        msg = BytesParser(policy=policy.default).parsebytes(open(os.path.join(MSGDIR, l["file"]), "rb").read())
        structs[structure_of(msg)] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_charset():
                charsets[part.get_content_charset()] += 1
                ctes[(part.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
        subj = str(msg["Subject"])
        if re.match(r"^(Fwd?|FW|TR|Fw)\s*:", subj, re.I):
            fwd += 1
    un = sum(v for k, v in langs.items() if k in ("ar", "zh", "en", "fr", "ru", "es"))
    late = Counter(str(l["late"]).lower() for l in labels)
    lines = []
    A = lines.append
    A("# blind-11 - labelled replies to ITU circular CI-19/35")
    A("")
    A("Written blind (only the circular, its Arabic original and `corpus/SCHEMA.md` were read).")
    A("`python3 make_corpus.py` regenerates `messages/*.eml`, `labels.jsonl` and this README, then validates")
    A("(parse without defects under `email.policy.default`, strict decoding of every text part, Message-ID = label,")
    A("topmost ITU `Received:` date = `received_at`, `late` recomputed against 16 Aug 2019 23:59:59 +02:00,")
    A("exact label keys, `supersedes` pointing at an earlier message of the same State, every delegate name and")
    A("e-mail present in the message) and exits non-zero on any failure. Standard library only, deterministic.")
    A("")
    A("Focus of this corpus: a general mailbox mix after a circular - Francophone and Anglophone Africa, Arab States,")
    A("CIS, South and South-East Asia, East Asia, EU - with forward chains, Outlook HTML tables, replies quoting an")
    A("earlier reply of the same State, late corrections, declines naming a contact, interest replies naming only a")
    A("focal point, delegates only in an HTML table or field block, SURNAME-first capitals and one-word names.")
    A("")
    A("## Counts")
    A("")
    A("- messages: %d; languages: %d; six UN languages: %d messages (%.0f%%)" % (len(labels), len(langs), un, 100.0 * un / len(labels)))
    A("- kinds: " + ", ".join("%s %d" % (k, kinds[k]) for k in KINDS))
    A("- late: true %d, false %d, null %d" % (late["true"], late["false"], late["none"]))
    A("- delegates labelled: %d; corrections: %d (late: %d)" % (
        sum(len(l["delegates"]) for l in labels), kinds["correction"],
        sum(1 for l in labels if l["kind"] == "correction" and l["late"])))
    A("- languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))
    A("- charsets of text parts: " + ", ".join("%s %d" % kv for kv in sorted(charsets.items(), key=lambda kv: (-kv[1], kv[0]))))
    A("- transfer encodings of text parts: " + ", ".join("%s %d" % kv for kv in sorted(ctes.items(), key=lambda kv: (-kv[1], kv[0]))))
    A("- top-level structures: " + ", ".join("%s %d" % kv for kv in sorted(structs.items(), key=lambda kv: (-kv[1], kv[0]))))
    A("- subjects marked as forwards: %d" % fwd)
    A("")
    A("File names are `<lang>_<nnn>_<charset>.eml`, numbered in order of arrival at the ITU mail server.")
    A("")
    A("## Labelling decisions (how SCHEMA was applied)")
    A("")
    A("- **Focal points / contacts are not delegates.** A reply that expresses interest and names a focal point or")
    A("  coordinator \"until the participant is known\" is `interest_only` with no delegates (Kenya, Cameroon, UAE,")
    A("  Kazakhstan (ru), Colombia, Mozambique, Slovakia, Denmark, Nepal, North Macedonia, Andorra). A decline that")
    A("  names a contact stays `decline` with no delegates (Uganda, Mali, Jordan, Kyrgyzstan, Cuba, Netherlands,")
    A("  Sweden, Lithuania, Armenia, Albania, Malta). Signers, people in copy, visa/logistics contacts and")
    A("  the circular's own people (Houlin Zhao, Christopher Clark) are never delegates.")
    A("- **Names as written, honorifics removed.** Surname-first capitals are kept in the order written")
    A("  (`DIOP Mamadou Lamine`, `TAN Wei Ming`, `NGUYỄN Văn Minh`, `МАКАРЕВИЧ Ольга Николаевна`, Hungarian")
    A("  `Kovács Péter`). Where a field block splits surname and first name (Zambia, Niger, Tunisia) the name is")
    A("  `Given SURNAME` with the `SURNAME Given` order as alias. Inflected forms written in the message are aliases")
    A("  of the nominative (ru, uk, sr, pl, el, fi, lv, az, is). Latin / native script forms given in the message are")
    A("  aliases. Misspellings that a correction explicitly withdraws are not kept as aliases.")
    A("- Parts of names that look like titles are kept: `Ní` (Irish), `binte` / `bin` / `binti` (Malay),")
    A("  `মোঃ` / `Md.` (Bengali Mohammad), `Ma.` (Maria, Philippines - signer only). Removed: Mr, Mrs, Ms, Dr, Engr.,")
    A("  Eng., Shri, Smt., Daw, U, Bapak, Encik, Puan, M., Mme, D., Dña., Ing., Mtra., Lic., Sra., Herrn Dr., Dott.ssa,")
    A("  Eng.º, السيد المهندس, الفاضل, جناب آقای مهندس, জনাব, г-н, г-жа, κ., hr, cənab, ბატონი, አቶ, Mhandisi, Bi.,")
    A("  Mudane (Somali), Atoa (in an'Atoa), Hanım / Bey (postfixed), the Sinhala postfix මහත්මිය, นาย / นางสาว (Thai,")
    A("  written without a space), ông, 同志.")
    A("- A correction carries the complete new delegate list and the sessions after the change; `supersedes` is the")
    A("  message it corrects. A resend of an unchanged nomination is a `nomination`, not a correction. A nomination")
    A("  that follows the same State's earlier `interest_only` reply is a `nomination` (nothing to supersede). A")
    A("  follow-up that only asks for an acknowledgement while quoting the State's own nomination is an `inquiry`.")
    A("- Sessions: no session named -> `budapest-2019`; a nomination restricted to WSIS 2020 (Italy) has only")
    A("  `wsis-2020`; \"2020 sessions to be decided later\" adds nothing; an interest reply restricted to the 2020")
    A("  sessions (South Africa) has `cwg-2020` + `wsis-2020`.")
    A("- `language` is the language the sender wrote: the Lebanese Mission's English note over a forwarded Arabic")
    A("  letter is `en`; the Bulgarian correction written in English over a quoted Bulgarian nomination is `en`;")
    A("  the Kazakh nomination quoting a Russian reply is `kk`.")
    A("- `received_at` is written in the offset of the topmost ITU `Received:` header (usually +02:00, sometimes")
    A("  +00:00).")
    A("")
    A("## Traps included")
    A("")
    A("- Deadline edges: Gabon 23:58:40 Geneva (sent 22:58 +01:00) - in time; Azerbaijan received exactly")
    A("  23:59:59 +02:00 - in time although its Date says 17 Aug 01:59 +04:00; Mongolia Date 17 Aug 05:50 +08:00")
    A("  = 23:50 Geneva - in time; Iraq topmost Received stamped `Fri, 16 Aug 2019 22:03:44 +0000` = 00:03 Geneva -")
    A("  late; Peru correction sent 17:31 Lima time on 16 Aug = 00:31 Geneva on 17 Aug - late; Pakistan, Algeria")
    A("  (interest), Burkina Faso, Oman, Uzbekistan and Bulgaria corrections late; Sweden's late decline and Egypt's")
    A("  late inquiry have `late` null. Thai text uses the Buddhist year 2562.")
    A("- Sessions named by order (\"first session\", \"la première session\"), by date (\"10/09/2019\",")
    A("  \"10.09.2019\", \"９月１０日\"), by paraphrase only (Iceland: \"in connection with ITU Telecom World in Hungary\"), WSIS as")
    A("  \"Forum du SMSI\" / \"Foro de la CMSI\" / منتدى القمة العالمية لمجتمع المعلومات, CWG as \"Groupes de travail du")
    A("  Conseil\" / اجتماعات أفرقة العمل التابعة للمجلس / 理事会工作组会议; conditional (Ireland: subject to travel")
    A("  approval); undecided 2020 participation (India, Russia, Japan, Singapore, Spain for CWG, DR Congo for CWG).")
    A("- Forward chains: Ghana (Ministry -> Mission gmail -> ITU, three levels, a visa officer in copy), Niger")
    A("  (`Fwd: TR:`, nominee only in a `Nom : / Prénom(s) :` block), Sudan (Arabic field block), Lebanon (English")
    A("  note over Arabic letter), Tajikistan (ministry mail attached as message/rfc822 with a `Ф.И.О.:` block).")
    A("- Outlook HTML tables: Nigeria, Côte d'Ivoire, Saudi Arabia (Arabic + Latin names in cells, RTL), Mexico,")
    A("  Malaysia; HTML-only messages where the nominee exists only in a table: Maldives, Tunisia, Korea (EUC-KR).")
    A("- Replies quoting an earlier reply of the same State: Singapore, Burkina Faso, Oman, Uzbekistan, Togo (Lotus")
    A("  Notes forward), Peru, China, Bulgaria corrections; Zambia resend; Egypt's follow-up inquiry; Kazakh")
    A("  nomination quoting the Russian interest reply whose focal point must not become a delegate.")
    A("- Corrections of every sort: replaced (Singapore, Uzbekistan - where the genitive `Рахимова` of the old")
    A("  nominee looks like a female nominative), added (Togo, Peru), removed (Bulgaria), spelling fixed (Burkina")
    A("  Faso OUEDRAGO -> OUEDRAOGO), session changed (Oman -> WSIS only; China adds CWG 2020).")
    A("- One-word names: Daw Thandar (Myanmar), Bapak Suryadi (Indonesia), Eng. Haidari / حیدری (Afghanistan, in a")
    A("  field block, with the ministry's focal point in copy); Mongolian patronymic form")
    A("  `Бат-Эрдэнийн Батболд`; signer `Д.Оюунчимэг`.")
    A("- Self-nomination with the name only in the signature: Malawi, Romania.")
    A("- Quoted circulars in en, fr, ar, es, ru, zh (signatory Houlin Zhao / هولين جاو / Хоулинь Чжао / 赵厚麟 and")
    A("  contact Christopher Clark in the quoted text; messages addressed to \"Monsieur CLARK\", السيد كريستوفر كلارك,")
    A("  ბატონო კრისტოფერ). None of them is a delegate.")
    A("- Unrelated mail mentioning Budapest or nominations: French and Arabic newsletters with \"Nominations\" /")
    A("  \"تعيينات\" sections, a German vendor mailing, Russian and Chinese spam, a Hungarian hotel booking for")
    A("  Christopher Clark, an internal ITU status mail naming nominees of several States.")
    A("- Auto-replies in en, fr, ar, ru, zh, de, pt, sl, uz, ur plus an Outlook read receipt (MDN); bounces in en")
    A("  (Exchange NDR), fr and zh (multipart/report with message/delivery-status).")
    A("- Officials writing from gmail / yahoo / mail.ru / bluewin addresses (Ghana, Niger, Sudan, Equatorial")
    A("  Guinea, Myanmar, Mali, Kyrgyzstan, Lebanon, Somalia): the State must come from the content.")
    A("")
    A("## Messages")
    A("")
    A("| file | kind | state | delegates | sessions | late |")
    A("| --- | --- | --- | --- | --- | --- |")
    for l in labels:
        A("| %s | %s | %s | %s | %s | %s |" % (l["file"], l["kind"], l["member_state"] or "-",
                                           "; ".join(d["name"] for d in l["delegates"]) or "-",
                                           ", ".join(l["sessions"]) or "-", l["late"]))
    A("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


# =====================================================================
# MAIN
# =====================================================================
BY_KEY = {}


def main():
    keys = [m["key"] for m in MSGS]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for m in MSGS:
        BY_KEY[m["key"]] = m
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i]["at"].astimezone(_dt.timezone.utc), i))
    os.makedirs(MSGDIR, exist_ok=True)
    for f in os.listdir(MSGDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MSGDIR, f))
    labels = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fname = file_name(m, n)
        with open(os.path.join(MSGDIR, fname), "wb") as fh:
            fh.write(render(m))
        labels.append(label_of(m, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    errors = validate(labels)
    write_readme(labels, order)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d errors" % len(errors), file=sys.stderr)
        return 1
    print("ok: %d messages, %d languages" % (len(labels), len({l['language'] for l in labels})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
