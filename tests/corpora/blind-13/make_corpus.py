#!/usr/bin/env python3
"""Blind labelled corpus of e-mail replies to ITU circular CI-19/35 (blind-13).

Deterministic, standard library only.  Writes messages/*.eml, labels.jsonl and README.md
next to this file, then validates everything and exits non-zero on any failure.

Every message below is written by hand as literal text.  The only generated pieces are
transport boilerplate (Received headers, MIME boundaries, Outlook HTML wrappers, the
plain-text alternative of an HTML part, quoted copies of the circular).
"""
import base64
import codecs
import collections
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
import shutil
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("CORPUS_OUT", HERE)
GENEVA = timezone(timedelta(hours=2))
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=GENEVA)
SESSION_IDS = ("budapest-2019", "cwg-2020", "wsis-2020")
B, C, W = "budapest-2019", "cwg-2020", "wsis-2020"
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated")
LABEL_KEYS = ["message_id", "file", "kind", "language", "member_state", "delegates", "sessions",
              "received_at", "late", "supersedes"]
DELEGATE_KEYS = ["name", "aliases", "title", "email"]
UN = {"ar", "zh", "en", "fr", "ru", "es"}
CIRC_MID = "<CI-19-35.20190723164012.7731@itu.int>"
CIRC_SUBJ = "CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs"

M = []


def msg(key, lang, **kw):
    kw["key"] = key
    kw["lang"] = lang
    M.append(kw)


def D(name, title=None, email=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def L(kind, ms=None, delegates=(), sessions=(), supersedes=None):
    return {"kind": kind, "ms": ms, "delegates": list(delegates), "sessions": list(sessions),
            "supersedes": supersedes}


# ---------------------------------------------------------------------------------------------
# The circular as Member States received it (used only for quoting below replies)
# ---------------------------------------------------------------------------------------------
CIRC = {}
CIRC["en"] = """Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We plan to organize similar sessions during the Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and at other events.

ITU is organizing this series of consultations as a follow-up to the excellent discussions held at the last session of the ITU Council on the promotion and engagement of SMEs in the work of ITU. In accordance with Resolution 209 (Dubai, 2018), the Council finalized the eligibility criteria and decided to apply new reduced fees for SME Associates as of January 2020.

I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session, to be held during ITU Telecom World, by 16 August 2019 at the latest, to the ITU Secretariat at: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General"""

CIRC["fr"] = """Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation intitulée "Promouvoir les PME du secteur des technologies et de l'innovation". La première session aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). Nous prévoyons d'organiser des sessions analogues pendant les réunions des Groupes de travail du Conseil au début de 2020, ainsi que pendant le Forum du SMSI de 2020 et à l'occasion d'autres manifestations.

Je vous saurais gré de bien vouloir faire part de votre intérêt et indiquer le nom du participant désigné pour la première session de consultation, qui se tiendra pendant ITU Telecom World, d'ici au 16 août 2019 au plus tard, au secrétariat de l'UIT à l'adresse suivante: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)

Houlin Zhao
Secrétaire général"""

CIRC["es"] = """Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su Administración a participar en una serie de sesiones de consulta tituladas "Fomento de las PYME de tecnología e innovación". La primera sesión tendrá lugar el 10 de septiembre de 2019, durante ITU Telecom World 2019, en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, así como durante el Foro de la CMSI de 2020 y en otros eventos.

Le agradecería que manifestara su interés e indicara el nombre del participante designado para la primera sesión de consulta, que se celebrará durante ITU Telecom World, a más tardar el 16 de agosto de 2019, a la Secretaría de la UIT en la dirección: sme@itu.int

Atentamente,

(firmado)

Houlin Zhao
Secretario General"""

CIRC["ru"] = """Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу Администрацию принять участие в серии консультационных сессий на тему "Содействие МСП в области технологий и инноваций". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. Мы планируем организовать аналогичные сессии во время собраний рабочих групп Совета в начале 2020 года, а также в ходе Форума ВВУИО 2020 года и других мероприятий.

Буду признателен, если вы сообщите о своей заинтересованности и укажете участника, назначенного для первой консультационной сессии в ходе ITU Telecom World, не позднее 16 августа 2019 года в секретариат МСЭ по адресу: sme@itu.int

С уважением,

(подпись)

Хоулинь Чжао
Генеральный секретарь"""

CIRC["zh"] = """尊敬的先生/女士：

我很高兴邀请贵主管部门参加题为"促进技术和创新型中小企业"的系列磋商会议。首次会议将于2019年9月10日在匈牙利布达佩斯举办的2019年国际电联世界电信展期间举行。我们计划在2020年初的理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动期间举办类似会议。

敬请贵方于2019年8月16日之前向国际电联秘书处(sme@itu.int)表明参会意向，并告知参加在世界电信展期间举行的首次磋商会议的与会人员名单。

顺致敬意！

（签字）

秘书长
赵厚麟"""

CIRC["ar"] = """حضرات السادة والسيدات،

تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكوم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)

هولين جاو
الأمين العام"""

OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "pt": ("De:", "Enviada em:", "Para:", "Assunto:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Тема:"),
    "ar": ("من:", "تم الإرسال:", "إلى:", "الموضوع:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "主题:"),
}
OUTLOOK_SENT = {
    "en": "Tuesday, July 23, 2019 4:40 PM",
    "fr": "mardi 23 juillet 2019 16:40",
    "es": "martes, 23 de julio de 2019 16:40",
    "pt": "terça-feira, 23 de julho de 2019 16:40",
    "de": "Dienstag, 23. Juli 2019 16:40",
    "it": "martedì 23 luglio 2019 16:40",
    "ru": "23 июля 2019 г. 16:40",
    "ar": "23 يوليو 2019 04:40 م",
    "zh": "2019年7月23日 16:40",
}


def q_outlook(lang, circ_lang=None, sender="ITU Secretary-General <sme@itu.int>", to=None):
    """Outlook-style quoted original (header block + text), as plain text."""
    a, b, c, d = OUTLOOK_LABELS[lang]
    body = CIRC[circ_lang or lang if (circ_lang or lang) in CIRC else "en"]
    return ("\n\n" + "_" * 32 + "\n" + f"{a} {sender}\n{b} {OUTLOOK_SENT[lang]}\n{c} {to or 'Member States'}\n"
            f"{d} {CIRC_SUBJ}\n\n" + body + "\n")


def q_gt(lead, text):
    """Thunderbird/Gmail-style quote: a lead line and '> ' prefixed text."""
    return "\n\n" + lead + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n")) + "\n"


def circ(lang):
    return CIRC[lang]


# ---------------------------------------------------------------------------------------------
# HTML helpers (Outlook / Gmail boilerplate around hand-written content)
# ---------------------------------------------------------------------------------------------
def outlook_html(inner, cs, lang_attr="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
.MsoChpDefault
	{{mso-style-type:export-only;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang_attr}" link="#0563C1" vlink="#954F72"{d}>
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def gmail_html(inner, rtl=False):
    d = "rtl" if rtl else "ltr"
    return f'<div dir="{d}">{inner}</div>\n'


def P(*lines):
    """Outlook paragraphs from text lines ('' gives an empty paragraph)."""
    out = []
    for ln in lines:
        if ln == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{ln}<o:p></o:p></p>')
    return "\n".join(out)


def html_quote_outlook(lang, circ_lang=None):
    a, b, c, d = OUTLOOK_LABELS[lang]
    body = CIRC[circ_lang or lang]
    paras = "".join(f'<p class="MsoNormal">{htmlmod.escape(p).replace(chr(10), "<br>")}<o:p></o:p></p>\n'
                    for p in body.split("\n\n"))
    return (f'<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b>{a}</b> ITU Secretary-General &lt;sme@itu.int&gt;<br>\n'
            f'<b>{b}</b> {OUTLOOK_SENT[lang]}<br>\n<b>{c}</b> Member States<br>\n'
            f'<b>{d}</b> {CIRC_SUBJ}<o:p></o:p></p>\n</div></div>\n'
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{paras}')


def html_to_text(h):
    """What a mail client puts in the text/plain alternative of an HTML message."""
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li|table|blockquote)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmlmod.unescape(h).replace("\xa0", " ")
    lines = [ln.rstrip(" \t") for ln in h.split("\n")]
    out, blank = [], 0
    for ln in lines:
        if not ln.strip():
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln.strip("\t"))
    return "\n".join(out).strip() + "\n"


# =============================================================================================
# MESSAGES
# Fields: frm=(display, addr), to, cc, subj, date (sender's Date), recv (topmost ITU Received),
# mid (Message-ID without <>), cs, cte, text / html / alt, atts, fwd, report, hdrs, itu, label.
# =============================================================================================
# ---------------------------------------------------------------------------------------------
# ENGLISH
# ---------------------------------------------------------------------------------------------
GMAIL_LEAD = "On Tue, 23 Jul 2019 at 16:40, ITU Secretary-General <sme@itu.int> wrote:"

msg("en_uga_ooo", "en",
    note="out-of-office that names a colleague to contact (not a delegate)",
    frm=("Grace Nakato Kyomuhendo", "gkyomuhendo@ict.go.ug"),
    subj="Automatic reply: " + CIRC_SUBJ,
    date="2019-07-23 17:41:33 +0300", recv="2019-07-23 16:41:38 +0200",
    mid="8f3e2b1c7d9a4e55a1b2@EXMBX01.ict.go.ug", cs="us-ascii", cte="7bit", irt=True,
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your email.

I am out of office on annual leave from 22nd July to 9th August 2019 with limited access to email.

For urgent matters please contact Mr. Okello Patrick Ojok, Principal ICT Officer, on pokello@ict.go.ug or +256 414 236 262.

Regards,
Grace Nakato Kyomuhendo
Commissioner, Information Technology
Ministry of ICT and National Guidance
Kampala, Uganda
""",
    label=L("auto_reply"))

msg("en_itu_bounce1", "en",
    note="bounce generated by ITU's own MTA (unknown recipient at a ministry)",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx2.itu.int"), return_path="",
    subj="Undelivered Mail Returned to Sender",
    date="2019-07-23 16:42:07 +0200", recv="2019-07-23 16:42:07 +0200", itu="local",
    mid="20190723144207.5C1A238E61@mx2.itu.int", cs="us-ascii", cte="7bit",
    text="""This is the mail system at host mx2.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pstelecom@mict.gov.na>: host mail.mict.gov.na[196.44.140.12] said: 550 5.1.1
    <pstelecom@mict.gov.na>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""",
    report=dict(type="dsn", fields="""Reporting-MTA: dns; mx2.itu.int
X-Postfix-Queue-ID: 5C1A238E61
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: Tue, 23 Jul 2019 16:40:14 +0200 (CEST)

Final-Recipient: rfc822; pstelecom@mict.gov.na
Original-Recipient: rfc822;pstelecom@mict.gov.na
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.mict.gov.na
Diagnostic-Code: smtp; 550 5.1.1 <pstelecom@mict.gov.na>: Recipient address
    rejected: User unknown in virtual mailbox table
""", headers="""Return-Path: <sme@itu.int>
Received: from EXCH02.itu.int (exch02.itu.int [10.8.2.12])
	by mx2.itu.int (Postfix) with ESMTPS id 5C1A238E61
	for <pstelecom@mict.gov.na>; Tue, 23 Jul 2019 16:40:14 +0200 (CEST)
From: ITU Secretary-General <sme@itu.int>
To: pstelecom@mict.gov.na
Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech
 and innovation SMEs
Date: Tue, 23 Jul 2019 14:40:12 +0000
Message-ID: <CI-19-35.20190723164012.7731@itu.int>
"""),
    label=L("bounce"))

msg("en_fji_bounce2", "en",
    note="Exchange non-delivery report from a ministry server (mailbox full)",
    frm=("Microsoft Outlook", "postmaster@mcomm.gov.fj"), return_path="",
    subj="Undeliverable: " + CIRC_SUBJ,
    date="2019-07-24 02:45:19 +1200", recv="2019-07-23 16:45:26 +0200",
    mid="e0a2c6f81b2c4b0f9d1f0a44@FJEXCH01.mcomm.gov.fj", cs="utf-8", cte="quoted-printable",
    hdrs=[("Auto-Submitted", "auto-replied")],
    text="""Delivery has failed to these recipients or groups:

Permanent Secretary (ps@mcomm.gov.fj)
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: FJEXCH01.mcomm.gov.fj

ps@mcomm.gov.fj
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Original message headers:

From: ITU Secretary-General <sme@itu.int>
To: ps@mcomm.gov.fj
Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs
""",
    report=dict(type="dsn", fields="""Reporting-MTA: dns;FJEXCH01.mcomm.gov.fj
Received-From-MTA: dns;mx2.itu.int
Arrival-Date: Tue, 23 Jul 2019 14:45:11 +0000

Final-Recipient: rfc822;ps@mcomm.gov.fj
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""", headers="""From: ITU Secretary-General <sme@itu.int>
To: ps@mcomm.gov.fj
Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech
 and innovation SMEs
Date: Tue, 23 Jul 2019 14:40:12 +0000
Message-ID: <CI-19-35.20190723164012.7731@itu.int>
"""),
    label=L("bounce"))

msg("en_mus_mdn", "en",
    note="read receipt (MDN) from a Permanent Mission",
    frm=("Permanent Mission of Mauritius", "mauritius.geneva@govmu.org"),
    subj="Read: " + CIRC_SUBJ,
    date="2019-07-24 09:02:51 +0200", recv="2019-07-24 09:02:58 +0200",
    mid="AM0PR06MB4113C2A8E1F0D2B1@AM0PR06MB4113.eurprd06.prod.outlook.com", cs="utf-8", cte="7bit",
    relay="mail-eopbgr80089.outbound.protection.outlook.com",
    text="""Your message

  To: Permanent Mission of Mauritius
  Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs
  Sent: Tuesday, July 23, 2019 2:40:12 PM (UTC+00:00) Monrovia, Reykjavik

 was read on Wednesday, July 24, 2019 7:02:47 AM (UTC+00:00) Monrovia, Reykjavik.
""",
    report=dict(type="mdn", fields="""Reporting-UA: AM0PR06MB4113.eurprd06.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;mauritius.geneva@govmu.org
Original-Message-ID: <CI-19-35.20190723164012.7731@itu.int>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    label=L("auto_reply"))

msg("en_nga_nom", "en",
    note="surname-first capitals with 'Engr.'; signer with '(Mrs.)' is not a delegate",
    frm=("Intl Cooperation Dept FMoC", "intlcooperation@commtech.gov.ng"),
    subj="NOMINATION FOR CONSULTATION SESSION ON FOSTERING TECH AND INNOVATION SMEs - NIGERIA",
    date="2019-08-05 11:17:40 +0100", recv="2019-08-05 12:17:52 +0200",
    mid="CAJx7kq0nB3=Ypz2vQ+W9xN3mT@mail.gmail.com", relay="mail-wr1-f54.google.com",
    cs="utf-8", cte="7bit", irt=True,
    text="""Dear Sir,

RE: ITU CIRCULAR CI-19/35 - CONSULTATION SESSIONS FOR MEMBER STATES: FOSTERING TECH AND INNOVATION SMEs

Please find below the nomination of the Federal Republic of Nigeria for the consultation session on Fostering Tech and Innovation SMEs holding in Budapest on 10th September 2019:

Name: Engr. ADEBAYO Oluwaseun Olumide
Designation: Deputy Director (Technology Development)
Organisation: Nigerian Communications Commission
Email: oadebayo@ncc.gov.ng
Phone: +234 803 555 0142

Kindly acknowledge receipt.

Yours faithfully,

Dr. (Mrs.) Ngozi Okonkwo-Eze
For: Honourable Permanent Secretary
Federal Ministry of Communications
Abuja
""",
    label=L("nomination", "NGA",
            [D("ADEBAYO Oluwaseun Olumide", "Deputy Director (Technology Development)", "oadebayo@ncc.gov.ng")], [B]))

msg("en_nga_repeat", "en",
    note="second reply repeating the first unchanged: nomination, not a correction",
    frm=("Intl Cooperation Dept FMoC", "intlcooperation@commtech.gov.ng"),
    subj="RESENT: NOMINATION FOR CONSULTATION SESSION ON FOSTERING TECH AND INNOVATION SMEs - NIGERIA",
    date="2019-08-12 09:03:11 +0100", recv="2019-08-12 10:03:20 +0200",
    mid="CAJx7kq1Ub8+Hc4d0qzR2Lx5wA@mail.gmail.com", relay="mail-wm1-f47.google.com",
    cs="utf-8", cte="7bit",
    text="""Dear Sir,

We are resending our nomination below as we are yet to receive an acknowledgement.

RE: ITU CIRCULAR CI-19/35 - CONSULTATION SESSIONS FOR MEMBER STATES: FOSTERING TECH AND INNOVATION SMEs

Please find below the nomination of the Federal Republic of Nigeria for the consultation session on Fostering Tech and Innovation SMEs holding in Budapest on 10th September 2019:

Name: Engr. ADEBAYO Oluwaseun Olumide
Designation: Deputy Director (Technology Development)
Organisation: Nigerian Communications Commission
Email: oadebayo@ncc.gov.ng
Phone: +234 803 555 0142

Kindly acknowledge receipt.

Yours faithfully,

Dr. (Mrs.) Ngozi Okonkwo-Eze
For: Honourable Permanent Secretary
Federal Ministry of Communications
Abuja
""",
    label=L("nomination", "NGA",
            [D("ADEBAYO Oluwaseun Olumide", "Deputy Director (Technology Development)", "oadebayo@ncc.gov.ng")], [B]))

msg("en_gbr_nom", "en",
    note="nominee distinct from signer and from a colleague in Cc; quoted circular names",
    frm=("Patel, Priya (DCMS)", "priya.patel@culture.gov.uk"),
    to=("", "sme@itu.int"), cc=[("Hughes, Gareth (DCMS)", "gareth.hughes@culture.gov.uk")],
    subj="RE: " + CIRC_SUBJ,
    date="2019-08-09 15:21:04 +0100", recv="2019-08-09 16:21:19 +0200",
    mid="LO2P265MB0957A1E2C44F0B6D9E2A8F3CB8D30@LO2P265MB0957.GBRP265.PROD.OUTLOOK.COM",
    relay="mail-eopbgr100114.outbound.protection.outlook.com",
    cs="windows-1252", cte="quoted-printable", irt=True,
    text="""Dear Mr Clark,

Thank you for circular CI-19/35. The United Kingdom welcomes the initiative and is pleased to confirm its interest in the consultation sessions.

Our nominee for the first session in Budapest on 10 September is Dr Oluwaseun Adeyemi-Clarke, Senior Policy Adviser, Digital Economy Unit (oluwaseun.adeyemi-clarke@culture.gov.uk, +44 20 7211 6000).

I have copied my colleague Gareth Hughes, who coordinates UK engagement in the ITU Council Working Groups, for information.

Kind regards,

Priya

Priya Patel | Head of International Telecoms Policy
Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ
T: +44 (0)20 7211 6412
""" + q_outlook("en"),
    label=L("nomination", "GBR",
            [D("Oluwaseun Adeyemi-Clarke", "Senior Policy Adviser, Digital Economy Unit",
               "oluwaseun.adeyemi-clarke@culture.gov.uk")], [B]))

_usa_html = outlook_html(P(
    "Dear Mr. Clark,",
    "",
    "The United States appreciates the invitation contained in circular CI-19/35 and commends the Secretary-General "
    "for his leadership in promoting the participation of small and medium-sized enterprises in the work of the ITU.",
    "",
    "After careful consideration, the United States will not be nominating a participant for the consultation "
    "sessions. We will continue to support the implementation of Resolution 209 (Dubai, 2018) through our regular "
    "participation in the Council and its Working Groups.",
    "",
    "We wish the Secretariat every success with this initiative.",
    "",
    "Sincerely,",
    "",
    "Karen Mitchell-Reyes",
    "Office of Multilateral Affairs",
    "Bureau of Cyberspace and Digital Policy",
    "U.S. Department of State",
    '<span style="color:#7F7F7F">Tel: +1 202 647 5832</span>',
), "us-ascii")
msg("en_usa_decline", "en",
    note="polite decline that praises the initiative and mentions the Council Working Groups",
    frm=("Mitchell-Reyes, Karen M", "MitchellReyesKM@state.gov"),
    subj="RE: CI-19/35 - Consultation sessions for Member States",
    date="2019-08-14 10:48:33 -0400", recv="2019-08-14 16:48:45 +0200",
    mid="BN6PR09MB14594E2A6F2D3C1B9A7E0D44C8A10@BN6PR09MB1459.namprd09.prod.outlook.com",
    relay="mail-eopbgr690050.outbound.protection.outlook.com",
    cs="us-ascii", cte="quoted-printable", html=_usa_html, alt=True, irt=True,
    label=L("decline", "USA"))

_sgp_html = outlook_html(P(
    "Dear Mr Clark,",
    "",
    "Singapore is pleased to participate in the consultation session on &#8220;Fostering tech and innovation "
    "SMEs&#8221; at ITU Telecom World 2019 in Budapest. Please find the details of our participants below:",
    "") + """
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="180" style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Name</b></p></td>
<td width="220" style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Designation</b></p></td>
<td width="200" style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Email</b></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Ms Tan Li Hua (&#38472;&#20029;&#21326;)</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Deputy Director, International Relations</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:tan_li_hua@imda.gov.sg">tan_li_hua@imda.gov.sg</a></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Mr Muhammad Hafiz bin Rahmat</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Assistant Manager, SME Digitalisation</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:hafiz_rahmat@imda.gov.sg">hafiz_rahmat@imda.gov.sg</a></p></td></tr>
</table>
""" + P(
    "",
    "Thank you.",
    "",
    "Best regards,",
    "Jeremy Lim Wen Jie",
    "Senior Manager (International) | Infocomm Media Development Authority",
    "10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438",
    "DID: +65 6211 0888",
) + html_quote_outlook("en"), "utf-8")
msg("en_sgp_nom", "en",
    note="HTML table with two delegates; Chinese characters as HTML entities give an alias",
    frm=("Jeremy LIM (IMDA)", "Jeremy_LIM@imda.gov.sg"),
    subj="RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    date="2019-08-15 17:36:02 +0800", recv="2019-08-15 11:36:10 +0200",
    mid="SG2PR01MB2204B3E1A9C47D20E8F52C9BA4A20@SG2PR01MB2204.apcprd01.prod.exchangelabs.com",
    relay="mail-eopbgr1320075.outbound.protection.outlook.com",
    cs="utf-8", cte="base64", html=_sgp_html, alt=True, irt=True,
    label=L("nomination", "SGP",
            [D("Tan Li Hua", "Deputy Director, International Relations", "tan_li_hua@imda.gov.sg", ["陈丽华"]),
             D("Muhammad Hafiz bin Rahmat", "Assistant Manager, SME Digitalisation", "hafiz_rahmat@imda.gov.sg")],
            [B]))

msg("en_phl_logistics", "en",
    note="nomination written as a registration/visa request; visa assistant and signer are not delegates",
    frm=("Jose Miguel Villanueva", "jm.villanueva@dict.gov.ph"),
    subj="Request for registration - SME consultation, Budapest",
    date="2019-08-13 16:05:55 +0800", recv="2019-08-13 10:06:03 +0200",
    mid="1565683555.7741.DICT-ICD@dict.gov.ph", cs="utf-8", cte="quoted-printable",
    text="""Good day!

With reference to ITU Circular CI-19/35, may we request your good office to kindly register Dir. Maria Cristina dela Cruz-Santos, Director IV, ICT Industry Development Bureau, for the SME consultation session in Budapest on 10 September 2019? She will be in Budapest for ITU Telecom World. Her e-mail is mc.delacruzsantos@dict.gov.ph.

For her visa invitation letter, kindly coordinate with Ms. Rowena P. Bautista (rowena.bautista@dict.gov.ph), who handles the travel documents of our delegation.

Thank you very much and more power!

Respectfully,

Engr. Jose Miguel R. Villanueva
OIC, International Cooperation Division
Department of Information and Communications Technology
C.P. Garcia Ave., Diliman, Quezon City
Tel. (+632) 920-0101 loc. 1214
""",
    label=L("nomination", "PHL",
            [D("Maria Cristina dela Cruz-Santos", "Director IV, ICT Industry Development Bureau",
               "mc.delacruzsantos@dict.gov.ph")], [B]))

msg("en_aus_interest", "en",
    note="interest with a promise to nominate later; Date says 17 Aug (UTC+10) but received 16 Aug: not late",
    frm=("Sarah O'Brien", "Sarah.OBrien@communications.gov.au"),
    subj="Australia - CI-19/35 SME consultation sessions [SEC=UNCLASSIFIED]",
    date="2019-08-17 07:39:58 +1000", recv="2019-08-16 23:40:12 +0200",
    mid="2b0f8e7d5c4a4f1e9b3c2a1d0e9f8a7b@CBRVPEXMB03.internal.communications.gov.au",
    cs="utf-8", cte="quoted-printable", irt=True,
    text="""UNCLASSIFIED

Dear Christopher,

Australia is interested in participating in the consultation session in Budapest. We will advise the name of our participant as soon as our delegation to ITU Telecom World has been confirmed, which we expect in the coming weeks.

Kind regards
Sarah

Sarah O'Brien
Assistant Director | International Engagement Section
Department of Communications and the Arts
GPO Box 2154, Canberra ACT 2601
P: +61 2 6271 1000

UNCLASSIFIED
""" + q_gt(GMAIL_LEAD, CIRC["en"]),
    label=L("interest_only", "AUS", [], [B]))

msg("en_can_split", "en",
    note="two delegates for different sessions (union); CWG explicitly undecided; apostrophe and accent in names",
    frm=("Tremblay, Marie-Eve (ISED/ISDE)", "marie-eve.tremblay@canada.ca"),
    cc=[("O'Connor, David (ISED/ISDE)", "david.oconnor@canada.ca")],
    subj="RE: CI-19/35 | Consultation sessions for Member States",
    date="2019-08-08 10:12:41 -0400", recv="2019-08-08 16:12:55 +0200",
    mid="YTOPR0101MB19159F0C3B1E6F2D55E2A7D1C5170@YTOPR0101MB1915.CANPRD01.PROD.OUTLOOK.COM",
    relay="mail-eopbgr660133.outbound.protection.outlook.com",
    cs="windows-1252", cte="quoted-printable", irt=True,
    text="""Dear Mr. Clark,

Further to circular CI-19/35, Canada is pleased to participate in the SME consultation sessions.

- Ms. Marie-Ève Tremblay, Director, International Telecommunications Policy, will represent Canada at the first session in Budapest on 10 September 2019 (marie-eve.tremblay@canada.ca).
- Mr. David O'Connor, Senior Policy Advisor, will attend the session to be held during the WSIS Forum 2020 (david.oconnor@canada.ca).

We have not yet decided on our participation in the sessions during the Council Working Group meetings and will revert on this in due course.

Best regards / Meilleures salutations,

Marie-Ève Tremblay
Director, International Telecommunications Policy | Directrice, Politique des télécommunications internationales
Innovation, Science and Economic Development Canada | Innovation, Sciences et Développement économique Canada
235 Queen Street, Ottawa ON K1A 0H5
Tel: 613-555-0187
""",
    label=L("nomination", "CAN",
            [D("Marie-Ève Tremblay", "Director, International Telecommunications Policy", "marie-eve.tremblay@canada.ca"),
             D("David O'Connor", "Senior Policy Advisor", "david.oconnor@canada.ca")], [B, W]))

msg("en_gha_nom", "en",
    note="delegate vs focal point for correspondence vs visa contact",
    frm=("Ministry of Communications Ghana", "info@moc.gov.gh"),
    subj="Ghana: Nomination - ITU Consultation on Fostering Tech and Innovation SMEs",
    date="2019-08-02 13:44:09 +0000", recv="2019-08-02 15:44:21 +0200",
    mid="5D44403D.7080301@moc.gov.gh", cs="iso-8859-1", cte="8bit",
    hdrs=[("User-Agent", "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")],
    text="""Dear Sir/Madam,

The Ministry of Communications of the Republic of Ghana presents its compliments to the International Telecommunication Union and, with reference to Circular CI-19/35, has the honour to nominate Mr. Kwame Asante-Mensah, Director, Policy Planning, Monitoring and Evaluation (kasante-mensah@moc.gov.gh), to participate in the consultation session to be held in Budapest, Hungary on 10th September 2019.

The focal point for all correspondence on this matter is Mrs. Abena Owusu-Ansah, Principal Programme Officer (abena.owusu-ansah@moc.gov.gh, +233 302 666 465).

The Ministry avails itself of this opportunity to renew to the ITU the assurances of its highest consideration.

Signed
Chief Director
Ministry of Communications, Accra
""",
    label=L("nomination", "GHA",
            [D("Kwame Asante-Mensah", "Director, Policy Planning, Monitoring and Evaluation",
               "kasante-mensah@moc.gov.gh")], [B]))

msg("en_gha_followup", "en",
    note="follow-up asking whether the nomination arrived; the nominee is only in the quoted earlier message",
    frm=("Abena Owusu-Ansah", "abena.owusu-ansah@moc.gov.gh"),
    subj="Re: Ghana: Nomination - ITU Consultation on Fostering Tech and Innovation SMEs",
    date="2019-08-20 10:02:37 +0000", recv="2019-08-20 12:02:49 +0200",
    mid="5D5BC5CD.2030904@moc.gov.gh", cs="iso-8859-1", cte="8bit", irt="<5D44403D.7080301@moc.gov.gh>",
    text="""Dear Sir/Madam,

Please we write to find out whether our nomination of 2nd August below was received, since we have not received any acknowledgement. Kindly also let us know when the detailed agenda will be available.

Regards,
Abena Owusu-Ansah (Mrs.)
Principal Programme Officer
Ministry of Communications, Accra
+233 302 666 465

On 02/08/2019 13:44, Ministry of Communications Ghana wrote:
> Dear Sir/Madam,
>
> The Ministry of Communications of the Republic of Ghana presents its compliments to the International Telecommunication Union and, with reference to Circular CI-19/35, has the honour to nominate Mr. Kwame Asante-Mensah, Director, Policy Planning, Monitoring and Evaluation (kasante-mensah@moc.gov.gh), to participate in the consultation session to be held in Budapest, Hungary on 10th September 2019.
>
> The focal point for all correspondence on this matter is Mrs. Abena Owusu-Ansah, Principal Programme Officer (abena.owusu-ansah@moc.gov.gh, +233 302 666 465).
>
> Signed
> Chief Director
> Ministry of Communications, Accra
""",
    label=L("inquiry", "GHA"))

msg("en_jam_inquiry", "en",
    note="inquiry that mentions interest in the topic but asks before committing",
    frm=("Nadine Campbell-Harris", "ncampbell-harris@mset.gov.jm"),
    subj="Query - CI-19/35 SME consultation",
    date="2019-08-06 08:55:12 -0500", recv="2019-08-06 15:55:31 +0200",
    mid="000001d54c5d$8a1e2f40$9e5a8dc0$@mset.gov.jm", cs="us-ascii", cte="7bit",
    hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
    text="""Good morning Mr. Clark,

Jamaica has a keen interest in the development of tech and innovation SMEs and we have followed the discussions on Resolution 209 closely.

Before we put forward a name, could you please clarify two points:
1. Should the nominee be a government official, or may a Member State nominate a representative of a local SME or of an SME association?
2. Will remote participation be possible for the session in Budapest, given that our delegation to Telecom World will be small?

Thank you in advance for your guidance.

Nadine Campbell-Harris
Senior Director, Telecommunications Policy
Ministry of Science, Energy and Technology
PCJ Building, 36 Trafalgar Road, Kingston 10
Tel: (876) 929-8990
""",
    label=L("inquiry", "JAM"))

msg("en_zmb_fwd", "en",
    note="Mission forwards the ministry's nomination as an attached message (message/rfc822)",
    frm=("Chanda Mwale", "cmwale@zambiamission-geneva.ch"),
    subj="FW: Nomination for the ITU SME consultation session - Zambia",
    date="2019-08-12 11:30:24 +0200", recv="2019-08-12 11:30:41 +0200",
    mid="0A5F1B2C93D84E7FA1D2C3B4E5F60718@zambiamission-geneva.ch", cs="utf-8", cte="quoted-printable",
    text="""Dear Mr Clark,

Please find attached the nomination from the Ministry of Transport and Communications in Lusaka.

Best regards,

Chanda Mwale
First Secretary
Permanent Mission of the Republic of Zambia to the UN Office at Geneva
Tel: +41 22 761 00 40
""",
    fwd=dict(key="en_zmb_fwd_inner", frm=("Mwansa Bwalya", "mwansa.bwalya@mtc.gov.zm"),
             to=("Chanda Mwale", "cmwale@zambiamission-geneva.ch"),
             subj="Nomination - ITU consultation on tech and innovation SMEs",
             date="2019-08-09 16:48:10 +0200", mid="1565362090.31.mtc@mtc.gov.zm", cs="utf-8", cte="8bit",
             text="""Dear Ms Mwale,

Kindly transmit to the ITU Secretariat the following nomination in response to Circular CI-19/35.

The Ministry wishes to nominate Mr. Mwansa Chileshe Bwalya, Director - Communications, Ministry of Transport and Communications (mwansa.bwalya@mtc.gov.zm, +260 211 251 444), to attend the consultation session in Budapest on 10 September 2019.

Regards,

Mwansa C. Bwalya
Director - Communications
Ministry of Transport and Communications, Lusaka
"""),
    label=L("nomination", "ZMB",
            [D("Mwansa Chileshe Bwalya", "Director - Communications, Ministry of Transport and Communications",
               "mwansa.bwalya@mtc.gov.zm")], [B]))

msg("en_irl_nom", "en",
    note="plain nomination (original of a later addition)",
    frm=("Aoife Kavanagh", "Aoife.Kavanagh@dccae.gov.ie"),
    subj="Ireland - nomination CI-19/35",
    date="2019-08-07 12:14:50 +0100", recv="2019-08-07 13:15:02 +0200",
    mid="DB6PR0301MB2359E8B4F1A7C2D9E3B40F55D4E20@DB6PR0301MB2359.eurprd03.prod.outlook.com",
    relay="mail-eopbgr40067.outbound.protection.outlook.com",
    cs="iso-8859-1", cte="quoted-printable", irt=True,
    text="""Dear Mr Clark,

Ireland would like to take part in the consultation session in Budapest on 10 September. I will attend on behalf of the Department myself.

My details:
Aoife Kavanagh, Principal Officer, Communications Policy Division
Department of Communications, Climate Action and Environment
29-31 Adelaide Road, Dublin D02 X285
aoife.kavanagh@dccae.gov.ie | +353 1 678 2000

Regards,
Aoife
""",
    label=L("nomination", "IRL",
            [D("Aoife Kavanagh", "Principal Officer, Communications Policy Division", "aoife.kavanagh@dccae.gov.ie")],
            [B]))

msg("en_irl_add", "en",
    note="adds a second delegate: correction with the full list (earlier + new)",
    frm=("Aoife Kavanagh", "Aoife.Kavanagh@dccae.gov.ie"),
    subj="RE: Ireland - nomination CI-19/35",
    date="2019-08-22 09:40:07 +0100", recv="2019-08-22 10:40:20 +0200",
    mid="DB6PR0301MB2359F1A2B3C4D5E6F7A80B96D4E20@DB6PR0301MB2359.eurprd03.prod.outlook.com",
    relay="mail-eopbgr40069.outbound.protection.outlook.com",
    cs="iso-8859-1", cte="quoted-printable",
    irt="<DB6PR0301MB2359E8B4F1A7C2D9E3B40F55D4E20@DB6PR0301MB2359.eurprd03.prod.outlook.com>",
    text="""Dear Mr Clark,

Further to my email of 7 August, I would like to add a second participant from Ireland for the Budapest session: Mr Ciarán Ó Dálaigh, Assistant Principal, SME and Digital Enterprise Unit (ciaran.odalaigh@dccae.gov.ie). He will attend together with me.

Apologies for the late addition.

Regards,
Aoife Kavanagh
Principal Officer, Communications Policy Division
aoife.kavanagh@dccae.gov.ie | +353 1 678 2000

-----Original Message-----
From: Aoife Kavanagh
Sent: 07 August 2019 12:14
To: sme@itu.int
Subject: Ireland - nomination CI-19/35

Dear Mr Clark,

Ireland would like to take part in the consultation session in Budapest on 10 September. I will attend on behalf of the Department myself.
""",
    label=L("correction", "IRL",
            [D("Aoife Kavanagh", "Principal Officer, Communications Policy Division", "aoife.kavanagh@dccae.gov.ie"),
             D("Ciarán Ó Dálaigh", "Assistant Principal, SME and Digital Enterprise Unit",
               "ciaran.odalaigh@dccae.gov.ie")],
            [B], supersedes="en_irl_nom"))

msg("en_bwa_interest", "en",
    note="interest only; the 2020 sessions are a conditional mention, not a choice",
    frm=("Kagiso Mmusi", "kmmusi@bocra.org.bw"),
    subj="Botswana response - CI-19/35",
    date="2019-08-15 14:22:19 +0200", recv="2019-08-15 14:22:33 +0200",
    mid="20190815122219.GA14321@bocra.org.bw", cs="us-ascii", cte="7bit", flowed=True,
    text="""Dear Sir,

Botswana wishes to express its interest in the consultation session to be held in Budapest on 10 September 2019. The name of our participant will be communicated next week.

We may also consider participating in the sessions planned for 2020, depending on the agenda.

Kind regards

Kagiso Mmusi
Manager, International Relations
Botswana Communications Regulatory Authority
Plot 50671 Independence Avenue, Gaborone
Tel: +267 395 7755
""",
    label=L("interest_only", "BWA", [], [B]))

msg("en_zaf_nom", "en",
    note="two delegates; one also named for the CWG session (union of sessions)",
    frm=("Lerato Molefe", "lmolefe@dtps.gov.za"),
    subj="South Africa: nominations for the SME consultation sessions (CI-19/35)",
    date="2019-08-09 09:31:45 +0200", recv="2019-08-09 09:32:02 +0200",
    mid="5D4D2111020000A4000ABF3C@gwmail.dtps.gov.za", cs="utf-8", cte="quoted-printable",
    hdrs=[("X-Mailer", "GroupWise 18.1.0")],
    text="""Dear Mr Clark

South Africa welcomes the consultation sessions and is pleased to nominate the following officials:

1. Mr Thabo Mokoena, Chief Director: ICT Enterprise Development, tmokoena@dtps.gov.za
2. Ms Nomvula Dlamini-Khumalo, Director: Digital Economy, ndlamini-khumalo@dtps.gov.za

Both will attend the first session in Budapest on 10 September 2019. Ms Dlamini-Khumalo will also represent South Africa at the consultation during the Council Working Group meetings in early 2020.

Regards

Lerato Molefe
Deputy Director: Multilateral Relations
Department of Telecommunications and Postal Services
iParioli Office Park, 1166 Park Street, Hatfield, Pretoria
Tel: +27 12 427 8000
""",
    label=L("nomination", "ZAF",
            [D("Thabo Mokoena", "Chief Director: ICT Enterprise Development", "tmokoena@dtps.gov.za"),
             D("Nomvula Dlamini-Khumalo", "Director: Digital Economy", "ndlamini-khumalo@dtps.gov.za")],
            [B, C]))

msg("en_zaf_corr", "en",
    note="correction replacing one of two delegates (late); the replaced person is not a delegate",
    frm=("Lerato Molefe", "lmolefe@dtps.gov.za"),
    subj="RE: South Africa: nominations for the SME consultation sessions (CI-19/35) - change",
    date="2019-08-28 15:07:03 +0200", recv="2019-08-28 15:07:19 +0200",
    mid="5D66ABF7020000A4000AC6D1@gwmail.dtps.gov.za", cs="utf-8", cte="quoted-printable",
    irt="<5D4D2111020000A4000ABF3C@gwmail.dtps.gov.za>",
    hdrs=[("X-Mailer", "GroupWise 18.1.0")],
    text="""Dear Mr Clark

Kindly note a change in our delegation. Mr Mokoena will unfortunately no longer be able to travel to Budapest and will be replaced by Mr Sipho Ndlovu, Deputy Director: SMME Support (sndlovu@dtps.gov.za, +27 12 427 8123).

The participation of Ms Nomvula Dlamini-Khumalo remains as communicated, including the Council Working Group session in 2020.

Regards

Lerato Molefe
Deputy Director: Multilateral Relations

>>> "Lerato Molefe" <lmolefe@dtps.gov.za> 2019/08/09 09:31 >>>
Dear Mr Clark

South Africa welcomes the consultation sessions and is pleased to nominate the following officials:

1. Mr Thabo Mokoena, Chief Director: ICT Enterprise Development, tmokoena@dtps.gov.za
2. Ms Nomvula Dlamini-Khumalo, Director: Digital Economy, ndlamini-khumalo@dtps.gov.za
""",
    label=L("correction", "ZAF",
            [D("Sipho Ndlovu", "Deputy Director: SMME Support", "sndlovu@dtps.gov.za"),
             D("Nomvula Dlamini-Khumalo", "Director: Digital Economy", "ndlamini-khumalo@dtps.gov.za")],
            [B, C], supersedes="en_zaf_nom"))

msg("en_tto_wsis", "en",
    note="interest only, WSIS session only (declines Budapest)",
    frm=("Ravi Maharaj", "rmaharaj@mpa.gov.tt"),
    subj="CI-19/35 - Trinidad and Tobago",
    date="2019-08-14 08:03:27 -0400", recv="2019-08-14 14:03:40 +0200",
    mid="CAF3u9pQ2x+JeXc0Lr1MvYb8sT4Z@mail.gmail.com", relay="mail-qk1-f169.google.com",
    cs="utf-8", cte="7bit",
    html=gmail_html("<div>Dear Sir/Madam,</div><div><br></div><div>Thank you for the invitation. Trinidad and Tobago "
                    "will not have representation at ITU Telecom World in Budapest this year. We would however like "
                    "to be included in the consultation session to be held during the WSIS Forum 2020 only. The name "
                    "of our participant will be provided closer to the date.</div><div><br></div><div>Regards,</div>"
                    "<div><br></div>-- <br><div dir=\"ltr\"><div>Ravi Maharaj</div><div>ICT Policy Specialist</div>"
                    "<div>Ministry of Public Administration</div><div>Port of Spain, Trinidad and Tobago</div>"
                    "<div>+1 868 625 0000</div></div>"), alt=True,
    label=L("interest_only", "TTO", [], [W]))

msg("en_sle_late", "en",
    note="late nomination (21 Aug)",
    frm=("NATCOM Sierra Leone", "dg.office@natcom.gov.sl"),
    subj="Sierra Leone Nomination- SME consultation Budapest",
    date="2019-08-21 14:11:38 +0000", recv="2019-08-21 16:11:52 +0200",
    mid="1566396698.1422@natcom.gov.sl", cs="iso-8859-1", cte="quoted-printable",
    text="""Dear Sir,

Apologies for the late responce to your circular CI-19/35.

Sierra Leone hereby nominates Mr. Mohamed Sheku Kamara, Director of Research and Development, National Telecommunications Commission (mskamara@natcom.gov.sl) to participate in the consultation session in Budapest.

Thank you.

For: Director-General
NATCOM
Freetown
""",
    label=L("nomination", "SLE",
            [D("Mohamed Sheku Kamara", "Director of Research and Development, National Telecommunications Commission",
               "mskamara@natcom.gov.sl")], [B]))

msg("en_lbr_edge", "en",
    note="sent 16 Aug 22:29 UTC; topmost ITU header says 16 Aug 22:31 +0000 = 17 Aug 00:31 Geneva: late",
    frm=("Comfort Wleh-Doe", "cwleh-doe@lta.gov.lr"),
    subj="Liberia - Nomination CI-19/35",
    date="2019-08-16 22:29:51 +0000", recv="2019-08-17 00:31:07 +0200", itu="exchange",
    mid="CAKt0pW4e=2hM7gS1n3RqzZ8yU0Fd@mail.gmail.com", relay="mail-io1-f66.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Dear Mr. Clark,

Please accept the nomination of Liberia for the SME consultation session at ITU Telecom World in Budapest:

Ms. Comfort Wleh-Doe
Commissioner for Technical Affairs
Liberia Telecommunications Authority
cwleh-doe@lta.gov.lr
+231 77 000 4411

I apologize for sending this so close to the dealine.

Best regards,
Comfort Wleh-Doe
""",
    label=L("nomination", "LBR",
            [D("Comfort Wleh-Doe", "Commissioner for Technical Affairs", "cwleh-doe@lta.gov.lr")], [B]))

msg("en_mwi_self", "en",
    note="the signer nominates herself",
    frm=("Chikondi Banda-Phiri", "cbanda-phiri@macra.org.mw"),
    subj="Malawi participation - SME consultation 10 September",
    date="2019-08-01 10:44:16 +0200", recv="2019-08-01 10:44:30 +0200",
    mid="CAMw8bA9Q5s-d0Vt3eLr_4nHq1Kp@mail.gmail.com", relay="mail-ed1-f41.google.com",
    cs="utf-8", cte="7bit", irt=True,
    text="""Dear Christopher,

Malawi is happy to take part. I will personally represent Malawi at the consultation session in Budapest on 10 September, as I will already be there for Telecom World.

Regards,

Dr. Chikondi Banda-Phiri
Director of Telecommunications
Malawi Communications Regulatory Authority (MACRA)
cbanda-phiri@macra.org.mw | +265 1 883 611
""" + q_gt(GMAIL_LEAD, CIRC["en"]),
    label=L("nomination", "MWI",
            [D("Chikondi Banda-Phiri", "Director of Telecommunications", "cbanda-phiri@macra.org.mw")], [B]))

msg("en_nzl_decline", "en",
    note="decline that asks for the outcome report (not interest in taking part)",
    frm=("Hamish McLeod", "hamish.mcleod@mbie.govt.nz"),
    subj="RE: CI-19/35 - New Zealand",
    date="2019-08-13 09:18:22 +1200", recv="2019-08-12 23:18:35 +0200",
    mid="SYAPR01MB2990C7A4D1E2F3B5A6C77E8F0D1B0@SYAPR01MB2990.ausprd01.prod.outlook.com",
    relay="mail-eopbgr650052.outbound.protection.outlook.com",
    cs="us-ascii", cte="7bit", irt=True,
    text="""Kia ora Christopher,

Thank you for the invitation to the consultation sessions on fostering tech and innovation SMEs, which we think is a worthwhile initiative.

Unfortunately New Zealand will not be in a position to participate in this series of consultations. We would nonetheless be grateful to receive the outcome report when it is available.

Nga mihi,

Hamish McLeod
Principal Policy Advisor | Communications Policy
Ministry of Business, Innovation & Employment
15 Stout Street, Wellington 6011
""",
    label=L("decline", "NZL"))

msg("en_spam_event", "en",
    note="commercial event newsletter",
    frm=("Africa Tech Summit Team", "events@africatechsummit-news.com"),
    subj="Last chance: exhibit at Africa Tech Summit 2019 - 40% early-bird discount for SMEs",
    date="2019-08-07 06:00:02 +0000", recv="2019-08-07 08:00:19 +0200",
    mid="0100016c6a1f2b3c-7e8d9a0b-1c2d-4e3f-a5b6-c7d8e9f0a1b2-000000@email.amazonses.com",
    relay="a8-57.smtp-out.amazonses.com", cs="utf-8", cte="quoted-printable",
    hdrs=[("List-Unsubscribe", "<https://news.africatechsummit-news.com/unsubscribe?u=8f21>"), ("Precedence", "bulk")],
    html=gmail_html(
        "<table width=\"600\" align=\"center\" style=\"font-family:Arial\"><tr><td>"
        "<h1 style=\"color:#e4572e\">Don't miss Africa's leading tech event!</h1>"
        "<p>Dear Partner,</p><p>Join 1,500+ investors, regulators and startups in Kigali. Tech and innovation SMEs "
        "exhibiting before 31 August save 40% on booths.</p>"
        "<p><a href=\"https://news.africatechsummit-news.com/c/exhibit\">Book your booth now</a></p>"
        "<p style=\"font-size:10px;color:#888\">You receive this email because you registered for our newsletter. "
        "<a href=\"https://news.africatechsummit-news.com/unsubscribe?u=8f21\">Unsubscribe</a></p>"
        "</td></tr></table>"), alt=True,
    label=L("unrelated"))

msg("en_ken_cwg_internet", "en",
    note="a Member State's contribution to another ITU consultation (CWG-Internet) sent to this mailbox",
    frm=("Peter Mwangi Kariuki", "pkariuki@ict.go.ke"),
    subj="Kenya submission - CWG-Internet open consultation",
    date="2019-08-19 11:25:09 +0300", recv="2019-08-19 10:25:22 +0200",
    mid="CAPk3n8vR0x_Lm9Qc+4YtA1eZ2bW@mail.gmail.com", relay="mail-lf1-f65.google.com",
    cs="utf-8", cte="base64",
    text="""Dear Secretariat,

Please find attached Kenya's submission to the open consultation of the Council Working Group on International Internet-related Public Policy Issues (CWG-Internet).

Kindly acknowledge receipt.

Peter Mwangi Kariuki
Ministry of ICT, Innovation and Youth Affairs
Telposta Towers, Nairobi
""",
    atts=[dict(filename="Kenya_CWG-Internet_submission_2019.pdf", ctype="application/pdf",
               data=b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")],
    label=L("unrelated"))

msg("en_gmb_wrong_event", "en",
    note="nomination for a different ITU event sent here by mistake: unrelated, no delegates",
    frm=("PURA Gambia", "info@pura.gm"),
    subj="Nomination - ITU Regional Development Forum for Africa 2019",
    date="2019-08-08 12:40:00 +0000", recv="2019-08-08 14:40:16 +0200",
    mid="000a01d54de6$1f2e3d40$5d6c7b80$@pura.gm", cs="us-ascii", cte="7bit",
    text="""Dear Sir/Madam,

With reference to the invitation to the ITU Regional Development Forum for Africa (RDF-AFR) 2019, the Public Utilities Regulatory Authority of The Gambia wishes to nominate Mr. Lamin Ousman Ceesay, Director of ICT, to represent The Gambia.

Kindly find his details below:
Lamin Ousman Ceesay - lceesay@pura.gm - +220 439 9601

Best regards,
Fatou Jallow Sowe
Executive Secretary's Office
PURA, Banjul
""",
    label=L("unrelated"))
# ---------------------------------------------------------------------------------------------
# FRENCH
# ---------------------------------------------------------------------------------------------
msg("fr_hti_ooo", "fr",
    note="out-of-office naming a colleague to contact",
    frm=("Nathalie Désir", "ndesir@conatel.gouv.ht"),
    subj="Réponse automatique : " + CIRC_SUBJ,
    date="2019-07-23 10:43:02 -0400", recv="2019-07-23 16:43:10 +0200",
    mid="5e0c1d2f3a4b4c5d8e9f0a1b2c3d4e5f@EXCH.conatel.gouv.ht", cs="windows-1252", cte="quoted-printable",
    irt=True, hdrs=[("Auto-Submitted", "auto-replied")],
    text="""Bonjour,

Je suis absente du bureau jusqu'au 5 août 2019 inclus, avec un accès limité à ma messagerie.

Pour toute urgence, veuillez contacter M. Pierre-Louis Jean-Baptiste au +509 2943 1500 ou à l'adresse pjbaptiste@conatel.gouv.ht.

Cordialement,
Nathalie Désir
Direction des Affaires internationales
Conseil National des Télécommunications (CONATEL)
""",
    label=L("auto_reply"))

msg("fr_bfa_interest", "fr",
    note="interest confirmed, name promised later",
    frm=("Secrétariat DG ARCEP", "secretariat.dg@arcep.bf"),
    subj="Réponse du Burkina Faso à la circulaire CI-19/35",
    date="2019-08-05 09:12:44 +0000", recv="2019-08-05 11:12:58 +0200",
    mid="1564996364.5d47f40c1a2b3@webmail.arcep.bf", cs="utf-8", cte="8bit",
    text="""Monsieur,

Suite à la circulaire CI-19/35 du 23 juillet 2019, nous avons l'honneur de vous confirmer l'intérêt du Burkina Faso pour la session de consultation qui se tiendra à Budapest le 10 septembre 2019.

Le nom du participant vous sera communiqué ulterieurement.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le Secrétariat du Directeur général
Autorité de Régulation des Communications Électroniques et des Postes (ARCEP)
Ouagadougou, Burkina Faso
""",
    label=L("interest_only", "BFA", [], [B]))

_civ_html = outlook_html(P(
    "Monsieur le Secrétaire général,",
    "",
    "En réponse à votre circulaire CI-19/35 du 23 juillet 2019, j&#8217;ai l&#8217;honneur de vous faire connaître "
    "que la Côte d&#8217;Ivoire participera à la session de consultation sur la promotion des PME du secteur des "
    "technologies et de l&#8217;innovation, prévue le 10 septembre 2019 à Budapest.",
    "",
    "Le participant désigné est&nbsp;:",
    "") + """
<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="160" style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Nom et prénoms</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">M. KOUASSI Yao Jean-Baptiste</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Fonction</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Sous-Directeur de la Promotion des PME du Numérique</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Courriel</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:yj.kouassi@telecom.gouv.ci">yj.kouassi@telecom.gouv.ci</a></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Téléphone</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">+225 20 34 43 73</p></td></tr>
</table>
""" + P(
    "",
    "Mme TOURE Aminata, en copie, est le point focal de mon Département pour le suivi de ce dossier.",
    "",
    "Je vous prie d&#8217;agréer, Monsieur le Secrétaire général, l&#8217;assurance de ma haute considération.",
    "",
    "<b>Pour le Ministre et par délégation,</b>",
    "<b>Le Directeur de Cabinet</b>",
    "DIABATE Moussa",
    '<span style="font-size:9.0pt;color:#1F4E79">Ministère de l&#8217;Economie Numérique et de la Poste &#8211; '
    "Tour Postel 2001, Abidjan-Plateau</span>",
) + html_quote_outlook("fr"), "windows-1252", "FR")
msg("fr_civ_nom", "fr",
    note="SURNAME-first capitals in an HTML table; focal point in Cc and signer are not delegates; PDF letter attached",
    frm=("Cabinet MENUP", "cabinet@telecom.gouv.ci"),
    cc=[("TOURE Aminata", "a.toure@telecom.gouv.ci")],
    subj="RE: CI-19/35 - Sessions de consultation pour les États Membres",
    date="2019-08-07 14:31:26 +0000", recv="2019-08-07 16:31:40 +0200",
    mid="AM6PR10MB2309A2B1C0D9E8F7A6B5C4D3E2F1A0B9@AM6PR10MB2309.EURPRD10.PROD.OUTLOOK.COM",
    relay="mail-eopbgr130107.outbound.protection.outlook.com",
    cs="windows-1252", cte="quoted-printable", html=_civ_html, alt=True, irt=True,
    label=L("nomination", "CIV",
            [D("KOUASSI Yao Jean-Baptiste", "Sous-Directeur de la Promotion des PME du Numérique",
               "yj.kouassi@telecom.gouv.ci")], [B]))

msg("fr_lux_first_two", "fr",
    note="'aux deux premières sessions' = Budapest + CWG; signer is the delegate",
    frm=("Anne-Marie Schmit-Weber", "anne-marie.schmit-weber@smc.etat.lu"),
    subj="Luxembourg - circulaire CI-19/35",
    date="2019-08-08 11:02:19 +0200", recv="2019-08-08 11:02:33 +0200",
    mid="4b7e9d2a-31c5-4e8f-9a0b-6c1d2e3f4a5b@smc.etat.lu", cs="iso-8859-15", cte="quoted-printable",
    text="""Monsieur,

Le Luxembourg vous remercie pour l'invitation et a le plaisir de vous informer que je participerai aux deux premières sessions de consultation de la série.

Mes coordonnées :
Anne-Marie Schmit-Weber
Conseillère de direction, Service des médias et des communications
Ministère d'État
5, rue Plaetis, L-2338 Luxembourg
anne-marie.schmit-weber@smc.etat.lu
Tél. +352 247 86700

Avec mes meilleures salutations,
A.-M. Schmit-Weber
""",
    label=L("nomination", "LUX",
            [D("Anne-Marie Schmit-Weber", "Conseillère de direction, Service des médias et des communications",
               "anne-marie.schmit-weber@smc.etat.lu")], [B, C]))

msg("fr_cmr_inquiry", "fr",
    note="inquiry that mentions interest in the topic without committing",
    frm=("Division de la Coopération MINPOSTEL", "cooperation@minpostel.gov.cm"),
    subj="Demande de précisions - circulaire CI-19/35",
    date="2019-08-09 10:27:05 +0100", recv="2019-08-09 11:27:18 +0200",
    mid="20190809092705.7F3A1C0042@minpostel.gov.cm", cs="iso-8859-1", cte="quoted-printable",
    text="""Monsieur,

Le Cameroun porte un grand intérêt à la promotion des PME du secteur numérique, qui est au coeur de sa stratégie nationale.

Avant de désigner un participant, nous souhaiterions savoir :
- si les frais de participation à ITU Telecom World 2019 sont pris en charge pour les participants à la session de consultation ;
- si un service d'interprétation en français sera assuré lors de la session de Budapest.

Dans l'attente de votre réponse, veuillez agréer, Monsieur, l'expression de nos sentiments distingués.

Le Chef de la Division de la Coopération
Ministère des Postes et Télécommunications
Yaoundé
""",
    label=L("inquiry", "CMR"))

msg("fr_mrt_nom", "fr",
    note="particle Ould; the minister on whose instruction the letter is written is not a delegate",
    frm=("Direction Générale des TIC", "dgtic@mtnima.gov.mr"),
    subj="Désignation d'un participant - Consultation PME (CI-19/35)",
    date="2019-08-10 12:55:40 +0000", recv="2019-08-10 14:55:57 +0200", itu="exchange",
    mid="1565441740.118.dgtic@mtnima.gov.mr", cs="utf-8", cte="quoted-printable",
    text="""Monsieur le Secrétaire général,

Sur instruction de Monsieur le Ministre de l'Enseignement supérieur, de la Recherche scientifique et des Technologies de l'Information et de la Communication, Sidi Ahmed Ould Mohamedou, j'ai l'honneur de vous communiquer le nom du représentant de la République Islamique de Mauritanie à la première session de consultation, prévue à Budapest :

M. Mohamed Lemine Ould Cheikh Sidiya
Directeur des Technologies de l'Information
Courriel : mlouldcheikhsidiya@mtnima.gov.mr
Tél. : +222 45 25 33 07

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Le Directeur Général des TIC
Ahmedou Ould Sidi Brahim
""",
    label=L("nomination", "MRT",
            [D("Mohamed Lemine Ould Cheikh Sidiya", "Directeur des Technologies de l'Information",
               "mlouldcheikhsidiya@mtnima.gov.mr")], [B]))

msg("fr_sen_nom", "fr",
    note="nomination; the person handling logistics is not a delegate",
    frm=("Mamadou Lamine Sy", "mlsy@numerique.gouv.sn"),
    subj="Participation du Sénégal - session de consultation PME, Budapest",
    date="2019-08-12 16:40:11 +0000", recv="2019-08-12 18:40:25 +0200",
    mid="5D51979B.4030501@numerique.gouv.sn", cs="iso-8859-1", cte="8bit",
    hdrs=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.8.0")],
    text="""Monsieur Clark,

Par la présente, le Ministère de l'Economie numérique et des Télécommunications du Sénégal désigne M. Mamadou Lamine Sy, Conseiller technique chargé de l'innovation, pour prendre part à la session de consultation du 10 septembre 2019 à Budapest.

Mme Aïssatou Ba Diallo, de la Direction de l'Administration générale, assurera le suivi administratif (billet, hébergement) ; vous pouvez la joindre au +221 33 849 76 00.

Bien cordialement,

Mamadou Lamine Sy
Conseiller technique
Ministère de l'Economie numérique et des Télécommunications
Immeuble Y1D, Sphère ministérielle de Diamniadio
mlsy@numerique.gouv.sn
""",
    label=L("nomination", "SEN",
            [D("Mamadou Lamine Sy", "Conseiller technique chargé de l'innovation", "mlsy@numerique.gouv.sn")], [B]))

msg("fr_che_nom", "fr",
    note="particle 'de'; WSIS 'sous réserve' = conditional mention, not chosen",
    frm=("de Weck Jean-Marc BAKOM", "Jean-Marc.deWeck@bakom.admin.ch"),
    subj="AW: CI-19/35 - Sessions de consultation pour les États Membres",
    date="2019-08-14 09:17:58 +0200", recv="2019-08-14 09:18:11 +0200",
    mid="4A1E3B8C2D9F4E0A8B7C6D5E4F3A2B1C@bakom.admin.ch", cs="iso-8859-1", cte="quoted-printable", irt=True,
    text="""Monsieur,

La Suisse vous remercie de cette initiative, qu'elle soutient pleinement.

L'Office fédéral de la communication (OFCOM) sera représenté à la première session de consultation, à Budapest, par M. Jean-Marc de Weck, chef de section Affaires internationales (jean-marc.deweck@bakom.admin.ch). Sous réserve de l'approbation de la direction, M. de Weck pourrait également participer à la session prévue pendant le Forum du SMSI 2020 ; nous vous le confirmerons en temps voulu.

Meilleures salutations

Jean-Marc de Weck
Chef de section Affaires internationales
Office fédéral de la communication OFCOM
Zukunftstrasse 44, CH-2501 Bienne
Tél. +41 58 460 55 11
""" + q_outlook("fr"),
    label=L("nomination", "CHE",
            [D("Jean-Marc de Weck", "chef de section Affaires internationales", "jean-marc.deweck@bakom.admin.ch")],
            [B]))

msg("fr_bel_2020", "fr",
    note="will not come to Budapest but wants the 2020 sessions: interest in CWG + WSIS",
    frm=("Vanderstraeten Sophie", "sophie.vanderstraeten@ibpt.be"),
    subj="RE: CI-19/35 - Belgique",
    date="2019-08-13 15:50:24 +0200", recv="2019-08-13 15:50:39 +0200",
    mid="VI1PR0102MB31686B7E1D2C3A4F5B6A7C8D9E0F1A2B@VI1PR0102MB3168.eurprd01.prod.exchangelabs.com",
    relay="mail-eopbgr70094.outbound.protection.outlook.com",
    cs="windows-1252", cte="quoted-printable", irt=True,
    text="""Monsieur,

La Belgique ne pourra malheureusement pas être représentée à la session de Budapest, notre délégation à ITU Telecom World étant très réduite cette année.

Nous souhaiterions en revanche participer aux sessions prévues en 2020, lors des réunions des groupes de travail du Conseil et du Forum du SMSI. Nous vous communiquerons le nom de nos représentants en temps utile.

Bien à vous,

Sophie Vanderstraeten
Conseillère – Relations internationales
Institut belge des services postaux et des télécommunications (IBPT)
Boulevard du Roi Albert II 35, 1030 Bruxelles
""",
    label=L("interest_only", "BEL", [], [C, W]))

msg("fr_cod_logistics", "fr",
    note="nomination written as a registration / invitation-letter request; visa assistant is not a delegate",
    frm=("Cabinet PT-NTIC RDC", "cabinet.ptntic.rdc@yahoo.fr"),
    subj="Inscription session consultation PME Budapest",
    date="2019-08-16 17:31:09 +0100", recv="2019-08-16 18:31:22 +0200",
    mid="1565973069.418221.1971357@mail.yahoo.com", relay="sonic305-21.consmr.mail.ir2.yahoo.com",
    cs="utf-8", cte="quoted-printable",
    text="""Monsieur Christopher Clark,

Comme suite à la circulaire CI-19/35, pourriez-vous bien vouloir inscrire M. KABONGO MWAMBA Jean-Pierre, Conseiller chargé des PME numériques au Cabinet du Ministre des Postes, Télécommunications et Nouvelles Technologies de l'Information et de la Communication, à la session de consultation de Budapest du 10 septembre, et lui faire parvenir une lettre d'invitation pour les formalités de visa ?

Son adresse électronique : jpkabongo@pt-ntic.gouv.cd

Les formalités de visa sont suivies par Mme NSIMBA LUKUSA Chantal, assistante (c.nsimba@pt-ntic.gouv.cd).

Avec nos remerciements anticipés.

Pour le Directeur de Cabinet,
Le Chargé d'Études
Kinshasa/Gombe

Envoyé de Yahoo Mail pour Android
""",
    label=L("nomination", "COD",
            [D("KABONGO MWAMBA Jean-Pierre", "Conseiller chargé des PME numériques", "jpkabongo@pt-ntic.gouv.cd")],
            [B]))

msg("fr_fra_decline", "fr",
    note="polite decline praising the initiative, 'will follow the results with interest'",
    frm=("DUBOIS-MARCHAND Claire (DGE/SI)", "claire.dubois-marchand@finances.gouv.fr"),
    cc=[("LEFEVRE Benoît (DGE/SI)", "benoit.lefevre@finances.gouv.fr")],
    subj="TR: CI-19/35 - Réponse de la France",
    date="2019-08-16 12:08:47 +0200", recv="2019-08-16 12:09:03 +0200",
    mid="F2E1D0C9B8A7465E8D3C2B1A0F9E8D7C@DGEEXMBX3.finances.gouv.fr", cs="windows-1252", cte="quoted-printable",
    irt=True,
    text="""Monsieur,

La France salue l'initiative du Secrétaire général visant à renforcer la participation des PME du secteur des technologies et de l'innovation aux travaux de l'UIT, dans le prolongement de la Résolution 209 (Dubaï, 2018).

Compte tenu de contraintes d'agenda, la France ne sera cependant pas en mesure de désigner un participant pour cette série de consultations. Nous suivrons avec intérêt les résultats de ces travaux.

Bien cordialement,

Claire Dubois-Marchand
Cheffe du bureau des affaires internationales
Direction générale des Entreprises – Service de l'économie numérique
Tél. : +33 1 79 84 30 00
""",
    label=L("decline", "FRA"))

msg("fr_ben_late", "fr",
    note="late nomination; named focal point is not a delegate; HTML only",
    frm=("MENC Bénin", "courrier@numerique.gouv.bj"),
    subj="Désignation - session de consultation PME Budapest (CI-19/35)",
    date="2019-08-26 10:14:22 +0100", recv="2019-08-26 11:14:36 +0200",
    mid="20190826091422.4E1B2A0C11@numerique.gouv.bj", cs="iso-8859-1", cte="quoted-printable",
    text="""Monsieur le Secrétaire général,

Nous vous prions de bien vouloir excuser le retard de notre réponse.

Le Ministère du Numérique et de la Communication désigne M. HOUNKPATIN Comlan Sylvain, Directeur de l'Economie numérique (cs.hounkpatin@numerique.gouv.bj), pour prendre part à la session de consultation de Budapest.

Mme AGOSSOU Rose demeure le point focal du Ministère pour les questions relatives à l'UIT (r.agossou@numerique.gouv.bj).

Veuillez agréer, Monsieur le Secrétaire général, l'expression de notre haute considération.

Le Secrétaire Général du Ministère
Cotonou
""",
    label=L("nomination", "BEN",
            [D("HOUNKPATIN Comlan Sylvain", "Directeur de l'Economie numérique", "cs.hounkpatin@numerique.gouv.bj")],
            [B]))

msg("fr_tun_corr", "fr",
    note="correction that only changes the session (Budapest -> WSIS Forum), late; original was in Arabic",
    frm=("Direction de la Coopération Internationale", "dci@mtc.gov.tn"),
    subj="Modification - participation de la Tunisie (CI-19/35)",
    date="2019-08-30 10:41:55 +0100", recv="2019-08-30 11:42:09 +0200",
    mid="000d01d55f0b$4a5b6c70$df1e2d50$@mtc.gov.tn", cs="windows-1252", cte="quoted-printable",
    text="""Monsieur,

Suite à notre courriel du 6 août 2019, nous vous informons que M. Mohamed Hédi Ben Omar ne pourra pas se rendre à Budapest en raison d'engagements imprévus. Il participera plutôt à la session de consultation organisée lors du Forum du SMSI 2020.

Ses coordonnées restent inchangées (mh.benomar@mtc.gov.tn).

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Direction de la Coopération Internationale
Ministère des Technologies de la Communication et de l'Economie Numérique
Tunis
""",
    label=L("correction", "TUN",
            [D("Mohamed Hédi Ben Omar", None, "mh.benomar@mtc.gov.tn")], [W], supersedes="ar_tun_nom"))
# ---------------------------------------------------------------------------------------------
# SPANISH
# ---------------------------------------------------------------------------------------------
msg("es_ury_ooo", "es",
    note="out-of-office naming a colleague",
    frm=("Martín Rodríguez Olivera", "mrodriguez@ursec.gub.uy"),
    subj="Respuesta automática: " + CIRC_SUBJ,
    date="2019-07-23 11:44:17 -0300", recv="2019-07-23 16:44:25 +0200",
    mid="0f1e2d3c4b5a49688776655443322110@correo.ursec.gub.uy", cs="iso-8859-1", cte="quoted-printable",
    irt=True, hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Estaré fuera de la oficina hasta el lunes 12 de agosto.

Por temas urgentes, por favor comunicarse con la Ing. Laura Pereyra (lpereyra@ursec.gub.uy), tel. +598 2902 8082 int. 215.

Saludos,
Martín Rodríguez Olivera
Gerente de Relaciones Internacionales
URSEC
""",
    label=L("auto_reply"))

msg("es_citel_news", "es",
    note="newsletter (other business)",
    frm=("Boletín e-CITEL", "boletin@citel.oas.org"),
    subj="e-CITEL Boletín Informativo - Edición 155, julio 2019",
    date="2019-08-01 15:00:04 -0400", recv="2019-08-01 21:00:17 +0200",
    mid="20190801190004.31415.boletin@citel.oas.org", cs="utf-8", cte="quoted-printable",
    hdrs=[("Precedence", "bulk"), ("List-Id", "e-CITEL <boletin.citel.oas.org>")],
    html=gmail_html("<table width=\"640\" style=\"font-family:Verdana;font-size:12px\"><tr><td>"
                    "<h2 style=\"color:#005a9c\">e-CITEL &ndash; Boletín Informativo N.&ordm; 155</h2>"
                    "<p><b>En esta edición:</b></p><ul>"
                    "<li>XXXIV Reunión del CCP.I &ndash; Ciudad de México, agosto 2019</li>"
                    "<li>Preparativos regionales para la CMR-19</li>"
                    "<li>Taller sobre PYME digitales y economía del conocimiento</li></ul>"
                    "<p>Para dejar de recibir este boletín, responda con el asunto &laquo;BAJA&raquo;.</p>"
                    "</td></tr></table>"), alt=True,
    label=L("unrelated"))

msg("es_col_inquiry", "es",
    note="inquiry that mentions interest but asks before committing",
    frm=("Andrea Carolina Restrepo Gómez", "arestrepo@mintic.gov.co"),
    subj="Consulta circular CI-19/35",
    date="2019-08-02 09:36:50 -0500", recv="2019-08-02 16:37:04 +0200",
    mid="CAG8mR2xv4PnK0+Qz7Yt1cWb3LdA@mail.gmail.com", relay="mail-ua1-f53.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Estimado señor Clark:

El tema de la circular es de gran interés para Colombia, que viene desarrollando programas de apoyo a emprendimientos de base tecnológica.

Antes de confirmar nuestra participación quisiéramos saber si la sesión de Budapest contará con interpretación al español y si está prevista alguna modalidad de participación remota.

Agradezco de antemano su amable respuesta.

Cordialmente,

Andrea Carolina Restrepo Gómez
Asesora, Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Bogotá D.C.
""",
    label=L("inquiry", "COL"))

msg("es_chl_nom", "es",
    note="nomination (original of a one-letter correction)",
    frm=("Gonzalo Fuentes Parra", "gfuentes@subtel.gob.cl"),
    subj="RE: CI-19/35 - Chile",
    date="2019-08-06 12:20:31 -0400", recv="2019-08-06 18:20:44 +0200",
    mid="CP2PR80MB0421F3E2D1C0B9A8E7F6D5C4B3A2F1E0@CP2PR80MB0421.lamprd80.prod.outlook.com",
    relay="mail-eopbgr810055.outbound.protection.outlook.com",
    cs="iso-8859-1", cte="quoted-printable", irt=True,
    text="""Estimado Sr. Clark:

Junto con saludar, informo que Chile participará en la primera sesión de consultación en Budapest. La participante designada es la Sra. Francisca Araya Cortez, Jefa de la División de Política Regulatoria y Estudios (faraya@subtel.gob.cl).

Saludos cordiales,

Gonzalo Fuentes Parra
Encargado de Asuntos Internacionales
Subsecretaría de Telecomunicaciones
Amunátegui 139, Santiago
""" + q_outlook("es"),
    label=L("nomination", "CHL",
            [D("Francisca Araya Cortez", "Jefa de la División de Política Regulatoria y Estudios",
               "faraya@subtel.gob.cl")], [B]))

msg("es_chl_corr", "es",
    note="correction changing one letter of the surname (Cortez -> Cortés)",
    frm=("Gonzalo Fuentes Parra", "gfuentes@subtel.gob.cl"),
    subj="RE: CI-19/35 - Chile (corrección)",
    date="2019-08-08 09:05:12 -0400", recv="2019-08-08 15:05:26 +0200",
    mid="CP2PR80MB04210A1B2C3D4E5F6A7B8C9D0E1F2A3B@CP2PR80MB0421.lamprd80.prod.outlook.com",
    relay="mail-eopbgr810057.outbound.protection.outlook.com",
    cs="iso-8859-1", cte="quoted-printable",
    irt="<CP2PR80MB0421F3E2D1C0B9A8E7F6D5C4B3A2F1E0@CP2PR80MB0421.lamprd80.prod.outlook.com>",
    text="""Estimado Sr. Clark:

Por un error de tipeo, el apellido de nuestra participante quedó mal escrito en mi correo anterior. El nombre correcto es Francisca Araya Cortés.

Disculpe las molestias.

Saludos,
Gonzalo Fuentes Parra
Encargado de Asuntos Internacionales, SUBTEL
""",
    label=L("correction", "CHL", [D("Francisca Araya Cortés")], [B], supersedes="es_chl_nom"))

msg("es_ecu_apellidos", "es",
    note="'SURNAMES, Given names' in capitals; HTML only",
    frm=("Dirección de Relaciones Internacionales MINTEL", "relaciones.internacionales@telecomunicaciones.gob.ec"),
    subj="Designación de participante - Sesión de consulta PYME (CI-19/35)",
    date="2019-08-09 16:12:38 -0500", recv="2019-08-09 23:12:52 +0200",
    mid="1565385158.5d4de1c6a2f0e@telecomunicaciones.gob.ec", cs="utf-8", cte="base64",
    text="""Señores
Secretaría de la UIT
Presente.-

De mi consideración:

En atención a la Circular CI-19/35, el Ministerio de Telecomunicaciones y de la Sociedad de la Información del Ecuador designa para la sesión de consulta del 10 de septiembre de 2019 en Budapest al siguiente funcionario:

Apellidos y nombres: ZAMBRANO VERA, Luis Alberto
Cargo: Subsecretario de Fomento de la Sociedad de la Información
Correo electrónico: luis.zambrano@telecomunicaciones.gob.ec
Teléfono: +593 2 220 0200 ext. 1420

Atentamente,

Dirección de Relaciones Internacionales
MINTEL - Quito
""",
    label=L("nomination", "ECU",
            [D("ZAMBRANO VERA Luis Alberto", "Subsecretario de Fomento de la Sociedad de la Información",
               "luis.zambrano@telecomunicaciones.gob.ec")], [B]))

msg("es_esp_decline", "es",
    note="polite decline praising the initiative",
    frm=("Subdirección General de Relaciones Internacionales", "sgri.telecomunicaciones@mineco.es"),
    subj="RE: CI-19/35 - Respuesta de España",
    date="2019-08-12 13:44:01 +0200", recv="2019-08-12 13:44:15 +0200",
    mid="5C3B2A19F8E7D6C5B4A39281706F5E4D@MINECOEXCH02.mineco.es", cs="iso-8859-15", cte="quoted-printable",
    irt=True,
    text="""Estimados señores:

España agradece la invitación y valora muy positivamente esta iniciativa del Secretario General, que consideramos fundamental para acercar a las PYME tecnológicas a los trabajos de la Unión.

No obstante, lamentamos informarles de que en esta ocasión no nos será posible participar en las sesiones de consulta.

Reciban un cordial saludo,

Elena Sánchez-Herrero Bravo
Subdirectora General Adjunta de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
""",
    label=L("decline", "ESP"))

msg("es_mex_nom", "es",
    note="double surnames, academic abbreviation 'Mtra.'; signer is not the delegate; logo",
    frm=("Hernández Salgado, Ricardo", "ricardo.hernandez@sct.gob.mx"),
    subj="RE: CI-19/35 - Sesiones de consulta para los Estados Miembros",
    date="2019-08-13 10:07:22 -0500", recv="2019-08-13 17:07:35 +0200",
    mid="DM6PR01MB4185C1D2E3F4A5B6C7D8E9F0A1B2C3D4@DM6PR01MB4185.prod.exchangelabs.com",
    relay="mail-eopbgr750082.outbound.protection.outlook.com",
    cs="windows-1252", cte="quoted-printable", irt=True,
    html=outlook_html(P(
        "Estimado Sr. Clark:",
        "",
        "Por instrucciones del Subsecretario de Comunicaciones, me permito informarle que México participará en la "
        "primera sesión de consulta sobre el fomento de las PYME de tecnología e innovación, que se celebrará en "
        "Budapest el 10 de septiembre.",
        "",
        "La participante designada es la <b>Mtra. María Fernanda González Ruiz</b>, Directora General de "
        "Política de Telecomunicaciones y de Radiodifusión (<a href=\"mailto:mfgonzalez@sct.gob.mx\">"
        "mfgonzalez@sct.gob.mx</a>).",
        "",
        "Quedo a sus órdenes.",
        "",
        "Saludos cordiales,",
        "",
        "<b>Ricardo Hernández Salgado</b>",
        "Director de Asuntos Multilaterales",
        "Unidad de Asuntos Internacionales | SCT",
        "Tel. +52 55 5723 9300 ext. 32044",
    ) + html_quote_outlook("es"), "windows-1252", "ES-MX"), alt=True,
    label=L("nomination", "MEX",
            [D("María Fernanda González Ruiz",
               "Directora General de Política de Telecomunicaciones y de Radiodifusión", "mfgonzalez@sct.gob.mx")],
            [B]))

msg("es_per_fecha", "es",
    note="session named by its date; 'Ing.' omitted",
    frm=("Oficina de Cooperación Internacional MTC", "oci@mtc.gob.pe"),
    subj="Participante peruano - sesión de consulta del 10 de septiembre",
    date="2019-08-14 11:50:07 -0500", recv="2019-08-14 18:50:21 +0200",
    mid="20190814165007.GB2211@mtc.gob.pe", cs="iso-8859-1", cte="8bit",
    text="""Señores UIT:

Tenemos el agrado de comunicarles que para la sesión del 10 de septiembre de 2019 el Perú estará representado por la Ing. Rosa Elena Quispe Mamani, Directora General de Políticas y Regulación en Comunicaciones (rquispe@mtc.gob.pe).

Atentamente,

Oficina de Cooperación Internacional
Ministerio de Transportes y Comunicaciones del Perú
Jr. Zorritos 1203, Lima
""",
    label=L("nomination", "PER",
            [D("Rosa Elena Quispe Mamani", "Directora General de Políticas y Regulación en Comunicaciones",
               "rquispe@mtc.gob.pe")], [B]))

msg("es_arg_nom", "es",
    note="particle 'de la'; 2020 sessions 'to be evaluated later' = not chosen; signer is the delegate",
    frm=("Juan Pablo Martínez de la Fuente", "jpmartinez@enacom.gob.ar"),
    subj="Argentina - CI-19/35",
    date="2019-08-15 17:22:45 -0300", recv="2019-08-15 22:22:59 +0200",
    mid="CAB1nP+0qR8sT2uV4wX6yZ8aB0cD@mail.gmail.com", relay="mail-yw1-f68.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Estimados,

Les confirmo que la Argentina participará de la sesión de consulta en Budapest. Asistiré en representación del Ente Nacional de Comunicaciones.

Lic. Juan Pablo Martínez de la Fuente
Coordinador de Asuntos Internacionales - ENACOM
jpmartinez@enacom.gob.ar
+54 11 4347 9700

Evaluaremos más adelante la posibilidad de participar en las sesiones de 2020.

Saludos cordiales,
Juan Pablo
""",
    label=L("nomination", "ARG",
            [D("Juan Pablo Martínez de la Fuente", "Coordinador de Asuntos Internacionales - ENACOM",
               "jpmartinez@enacom.gob.ar")], [B]))

msg("es_cub_2020", "es",
    note="Mission forwards the ministry's reply as an attachment: not Budapest, interest in the 2020 sessions",
    frm=("Misión Permanente de Cuba en Ginebra", "mision.cuba.ginebra@gmail.com"),
    subj="RV: Cuba - Respuesta a la Circular CI-19/35",
    date="2019-08-15 15:31:16 +0200", recv="2019-08-15 15:31:30 +0200",
    mid="CAV2cG7+Zt0Nu8Wp1qB4eC6fN9aM@mail.gmail.com", relay="mail-wr1-f53.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Estimado Sr. Clark:

Le reenviamos adjunta la respuesta del Ministerio de Comunicaciones de Cuba a la Circular CI-19/35.

Saludos cordiales,

Misión Permanente de la República de Cuba ante la Oficina de las Naciones Unidas en Ginebra
""",
    fwd=dict(key="es_cub_2020_inner", frm=("Dirección de Relaciones Internacionales MINCOM", "dri@mincom.gob.cu"),
             to=("Misión Permanente de Cuba en Ginebra", "mision.cuba.ginebra@gmail.com"),
             subj="Cuba - Respuesta a la Circular CI-19/35",
             date="2019-08-15 09:31:16 -0400", mid="20190815133116.5A2B@mincom.gob.cu",
             cs="iso-8859-1", cte="quoted-printable",
             text="""Estimados compañeros:

Sírvanse hacer llegar a la UIT la siguiente respuesta:

El Ministerio de Comunicaciones de la República de Cuba agradece la invitación. Lamentablemente no podremos asistir a la sesión de Budapest, pero tenemos interés en participar en las sesiones que se celebrarán en 2020. Oportunamente les haremos llegar el nombre del participante.

Saludos,

Dirección de Relaciones Internacionales
MINCOM, La Habana
"""),
    label=L("interest_only", "CUB", [], [C, W]))

msg("es_gnq_orden", "es",
    note="delegates per ordinal session ('primera sesión', 'segunda sesión'); D./Dña. omitted",
    frm=("Ministerio de Transportes, Correos y Telecomunicaciones", "gabinete@mintransportes.gob.gq"),
    subj="Designación de participantes - sesiones de consulta PYME",
    date="2019-08-16 20:10:33 +0100", recv="2019-08-16 21:10:47 +0200",
    mid="5d570c29.1c69fb81.4a2e.3b7f@mx.google.com", relay="mail-wr1-f68.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Excelentísimo Señor:

En respuesta a su Circular CI-19/35, tengo el honor de comunicarle que la República de Guinea Ecuatorial estará representada en las sesiones de consulta de la siguiente manera:

- En la primera sesión: D. Santiago Nsue Ondo Mangue, Director General de Telecomunicaciones (snsue@mintransportes.gob.gq).
- En la segunda sesión: Dña. Remedios Ayingono Obono, Jefa de Servicio de Nuevas Tecnologías (rayingono@mintransportes.gob.gq).

Aprovecho la ocasión para reiterarle el testimonio de mi más alta consideración.

El Secretario General
Malabo
""",
    label=L("nomination", "GNQ",
            [D("Santiago Nsue Ondo Mangue", "Director General de Telecomunicaciones", "snsue@mintransportes.gob.gq"),
             D("Remedios Ayingono Obono", "Jefa de Servicio de Nuevas Tecnologías",
               "rayingono@mintransportes.gob.gq")], [B, C]))

msg("es_bol_late", "es",
    note="late nomination (2 September)",
    frm=("Marco Antonio Choque Huanca", "mchoque@oopp.gob.bo"),
    subj="Bolivia - participación sesión PYME Budapest",
    date="2019-09-02 08:47:19 -0400", recv="2019-09-02 14:47:33 +0200",
    mid="CAE9s0Hb3kL1mN5oP7qR9sT1uV3w@mail.gmail.com", relay="mail-vs1-f44.google.com",
    cs="utf-8", cte="8bit",
    text="""Buenos días:

Disculpen la demora, recien nos llego la circular. El Estado Plurinacional de Bolivia designa al Sr. Marco Antonio Choque Huanca, Jefe de Unidad de Gobierno Electrónico del Viceministerio de Telecomunicaciones, para participar en la sesión de consulta en Budapest, si aún es posible inscribirlo.

Correo: mchoque@oopp.gob.bo
Cel.: +591 7 155 0042

Atte.
Marco Antonio Choque Huanca
""",
    label=L("nomination", "BOL",
            [D("Marco Antonio Choque Huanca",
               "Jefe de Unidad de Gobierno Electrónico del Viceministerio de Telecomunicaciones",
               "mchoque@oopp.gob.bo")], [B]))
# ---------------------------------------------------------------------------------------------
# ARABIC
# ---------------------------------------------------------------------------------------------
msg("ar_kwt_ooo", "ar",
    note="out-of-office naming a colleague (not a delegate)",
    frm=("نوف الرشيدي", "n.alrashidi@citra.gov.kw"),
    subj="رد تلقائي: " + CIRC_SUBJ,
    date="2019-07-23 17:46:51 +0300", recv="2019-07-23 16:46:58 +0200",
    mid="7a6b5c4d3e2f41a0b9c8d7e6f5a4b3c2@CITRAEX01.citra.gov.kw", cs="windows-1256", cte="quoted-printable",
    irt=True, hdrs=[("Auto-Submitted", "auto-replied")],
    text="""شكراً لرسالتكم.

أنا حالياً خارج المكتب في إجازة سنوية حتى 18 أغسطس 2019.
للأمور العاجلة يرجى التواصل مع المهندس فهد سالم العنزي على البريد f.alenezi@citra.gov.kw أو الهاتف +965 2220 0000.

مع التحية،
نوف الرشيدي
إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات - دولة الكويت
""",
    label=L("auto_reply"))

msg("ar_irq_inquiry", "ar",
    note="questions before naming a participant",
    frm=("قسم العلاقات الدولية", "intl.relations.moc.iq@gmail.com"),
    subj="استفسار بخصوص التعميم CI-19/35",
    date="2019-08-04 10:15:42 +0300", recv="2019-08-04 09:15:57 +0200",
    mid="CAH4x9Bq2mZ+Fr0kT7eLw3YpN5sQ@mail.gmail.com", relay="mail-wm1-f65.google.com",
    cs="utf-8", cte="base64",
    text="""السادة الاتحاد الدولي للاتصالات المحترمين
تحية طيبة...

إشارة إلى التعميم CI-19/35 الخاص بجلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة، نود الاستفسار عن الآتي قبل تسمية المشارك:
1. هل تتحمل الأمانة تكاليف السفر والإقامة للمشاركين من الدول النامية؟
2. هل ستتوفر الترجمة الفورية إلى اللغة العربية في جلسة بودابست؟

مع التقدير

قسم العلاقات الدولية
وزارة الاتصالات - جمهورية العراق
""",
    label=L("inquiry", "IRQ"))

msg("ar_bhr_nom", "ar",
    note="nomination with a wrong e-mail address (corrected later)",
    frm=("International Relations TRA", "intl@tra.org.bh"),
    subj="ترشيح مملكة البحرين - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة",
    date="2019-08-05 12:01:33 +0300", recv="2019-08-05 11:01:47 +0200",
    mid="BN8PR04MB5923E1D2C3B4A5F6E7D8C9B0A1F2E3D4@BN8PR04MB5923.namprd04.prod.outlook.com",
    relay="mail-eopbgr700058.outbound.protection.outlook.com",
    cs="windows-1256", cte="base64", irt=True,
    text="""السادة/ أمانة الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35، يسر هيئة تنظيم الاتصالات بمملكة البحرين أن ترشح السيدة/ حصة عبدالرحمن بوعلي (Hessa Abdulrahman Buali)، رئيس قسم سياسات السوق، للمشاركة في جلسة التشاور الأولى التي ستعقد في بودابست بتاريخ 10 سبتمبر 2019.

البريد الإلكتروني: h.bauli@tra.org.bh
الهاتف: +973 1752 0000

وتفضلوا بقبول فائق الاحترام والتقدير،

إدارة العلاقات الدولية
هيئة تنظيم الاتصالات - مملكة البحرين
""",
    label=L("nomination", "BHR",
            [D("حصة عبدالرحمن بوعلي", "رئيس قسم سياسات السوق", "h.bauli@tra.org.bh",
               ["Hessa Abdulrahman Buali"])], [B]))

msg("ar_bhr_corr", "ar",
    note="correction that only changes the e-mail address",
    frm=("International Relations TRA", "intl@tra.org.bh"),
    subj="تصحيح: ترشيح مملكة البحرين - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة",
    date="2019-08-06 08:47:20 +0300", recv="2019-08-06 07:47:34 +0200",
    mid="BN8PR04MB59230F1E2D3C4B5A69788796A5B4C3D2@BN8PR04MB5923.namprd04.prod.outlook.com",
    relay="mail-eopbgr700061.outbound.protection.outlook.com",
    cs="windows-1256", cte="base64",
    irt="<BN8PR04MB5923E1D2C3B4A5F6E7D8C9B0A1F2E3D4@BN8PR04MB5923.namprd04.prod.outlook.com>",
    text="""السادة/ أمانة الاتحاد الدولي للاتصالات المحترمين،

نود التنويه إلى وجود خطأ في البريد الإلكتروني الوارد في رسالتنا السابقة. البريد الإلكتروني الصحيح للسيدة حصة عبدالرحمن بوعلي هو h.buali@tra.org.bh وليس h.bauli@tra.org.bh.

مع الشكر والتقدير،
إدارة العلاقات الدولية
هيئة تنظيم الاتصالات
""",
    label=L("correction", "BHR",
            [D("حصة عبدالرحمن بوعلي", None, "h.buali@tra.org.bh")], [B], supersedes="ar_bhr_nom"))

msg("ar_tun_nom", "ar",
    note="Arabic nomination with a Latin form of the name (corrected later in French)",
    frm=("Direction de la Coopération Internationale", "dci@mtc.gov.tn"),
    subj="ترشيح ممثل الجمهورية التونسية - CI-19/35",
    date="2019-08-06 11:22:08 +0100", recv="2019-08-06 12:22:21 +0200",
    mid="000b01d54c3a$7e8f9a00$7bae8e00$@mtc.gov.tn", cs="windows-1256", cte="quoted-printable",
    text="""السيد الأمين العام للاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

ردًّا على الرسالة المعممة CI-19/35 المؤرخة في 23 جويلية 2019، يشرفنا إعلامكم بأن وزارة تكنولوجيات الاتصال والاقتصاد الرقمي ترشح السيد محمد الهادي بن عمر (Mohamed Hedi Ben Omar)، مدير الاقتصاد الرقمي، للمشاركة في الجلسة الأولى ببودابست.

البريد الإلكتروني: mh.benomar@mtc.gov.tn

وتقبلوا فائق عبارات التقدير والاحترام.

إدارة التعاون الدولي
وزارة تكنولوجيات الاتصال والاقتصاد الرقمي - تونس
""",
    label=L("nomination", "TUN",
            [D("محمد الهادي بن عمر", "مدير الاقتصاد الرقمي", "mh.benomar@mtc.gov.tn", ["Mohamed Hedi Ben Omar"])],
            [B]))

msg("ar_qat_minister", "ar",
    note="letter written on the minister's instruction (minister is not a delegate)",
    frm=("إدارة العلاقات الدولية", "ir@motc.gov.qa"),
    subj="ترشيح دولة قطر لجلسة التشاور - بودابست",
    date="2019-08-07 13:05:44 +0300", recv="2019-08-07 12:05:59 +0200", itu="exchange",
    mid="DB7PR02MB4443A9B8C7D6E5F4A3B2C1D0E9F8A7B6@DB7PR02MB4443.eurprd02.prod.outlook.com",
    relay="mail-eopbgr150071.outbound.protection.outlook.com",
    cs="windows-1256", cte="quoted-printable",
    html=outlook_html(P(
        "السادة الاتحاد الدولي للاتصالات المحترمين،",
        "",
        "بناءً على توجيهات سعادة السيد خليفة بن جاسم الكبيسي، وزير المواصلات والاتصالات، وإشارةً إلى التعميم "
        "CI-19/35، يسرنا ترشيح السيدة مريم عبدالله المهندي، مدير إدارة تنمية الأعمال الرقمية، لحضور جلسة التشاور "
        "التي ستعقد في بودابست على هامش تليكوم العالمي 2019.",
        "",
        "البريد الإلكتروني: <a href=\"mailto:malmohannadi@motc.gov.qa\">malmohannadi@motc.gov.qa</a>",
        "",
        "وتفضلوا بقبول فائق الاحترام،",
        "",
        "<b>إدارة العلاقات الدولية</b>",
        "وزارة المواصلات والاتصالات - الدوحة، قطر",
    ), "windows-1256", "AR-QA", rtl=True), alt=True,
    label=L("nomination", "QAT",
            [D("مريم عبدالله المهندي", "مدير إدارة تنمية الأعمال الرقمية", "malmohannadi@motc.gov.qa")], [B]))

msg("ar_are_interest", "ar",
    note="interest with a promise to send the name later",
    frm=("Maryam Al Shamsi", "m.alshamsi@tdra.gov.ae"),
    subj="RE: CI-19/35 - دولة الإمارات العربية المتحدة",
    date="2019-08-08 14:30:10 +0400", recv="2019-08-08 12:30:24 +0200",
    mid="AM0PR0502MB3620B1C2D3E4F5A6B7C8D9E0F1A2B3C4@AM0PR0502MB3620.eurprd05.prod.outlook.com",
    relay="mail-eopbgr20087.outbound.protection.outlook.com",
    cs="utf-8", cte="base64", irt=True,
    text="""السادة الأفاضل،

تحية طيبة وبعد،

تود دولة الإمارات العربية المتحدة، ممثلة بهيئة تنظيم الاتصالات والحكومة الرقمية، التعبير عن اهتمامها بالمشاركة في جلسة التشاور الأولى في بودابست. وسيتم تزويدكم باسم المشارك في أقرب وقت ممكن.

مع خالص التحية،

مريم الشامسي
أخصائي أول علاقات دولية
هيئة تنظيم الاتصالات والحكومة الرقمية
هاتف: +971 2 626 9999
""" + q_outlook("ar"),
    label=L("interest_only", "ARE", [], [B]))

_egy_html = outlook_html(P(
    "السيد/ كريستوفر كلارك المحترم،",
    "",
    "تحية طيبة وبعد،",
    "",
    "بالإشارة إلى الرسالة المعممة CI-19/35 بشأن جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال "
    "التكنولوجيا والابتكار، يسر وزارة الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية أن تعرب عن اهتمامها "
    "بالمشاركة، وأن ترشح لحضور الجلسة الأولى في بودابست:",
    "",
    "<b>م. ياسر عبد الفتاح السيد</b> (Eng. Yasser Abdel Fattah El Sayed)",
    "رئيس الإدارة المركزية لريادة الأعمال، هيئة تنمية صناعة تكنولوجيا المعلومات (ايتيدا)",
    "البريد الإلكتروني: <a href=\"mailto:y.elsayed@itida.gov.eg\">y.elsayed@itida.gov.eg</a>",
    "",
    "وتفضلوا بقبول وافر الاحترام،",
    "",
    "د. هالة محمود الجمال",
    "مدير عام العلاقات الدولية",
    "وزارة الاتصالات وتكنولوجيا المعلومات - القرية الذكية، الجيزة",
) + html_quote_outlook("ar"), "windows-1256", "AR-EG", rtl=True)
msg("ar_egy_nom", "ar",
    note="'السيد' is the family name here, not an honorific; 'م.' is a title; signer is not a delegate",
    frm=("Hala El Gammal", "hgammal@mcit.gov.eg"),
    subj="RE: CI-19/35 - ترشيح جمهورية مصر العربية",
    date="2019-08-11 11:40:02 +0200", recv="2019-08-11 11:40:17 +0200",
    mid="HE1PR0601MB2297C4D5E6F7A8B9C0D1E2F3A4B5C6D7@HE1PR0601MB2297.eurprd06.prod.outlook.com",
    relay="mail-eopbgr140052.outbound.protection.outlook.com",
    cs="windows-1256", cte="quoted-printable", html=_egy_html, alt=True, irt=True,
    label=L("nomination", "EGY",
            [D("ياسر عبد الفتاح السيد",
               "رئيس الإدارة المركزية لريادة الأعمال، هيئة تنمية صناعة تكنولوجيا المعلومات (ايتيدا)",
               "y.elsayed@itida.gov.eg", ["Yasser Abdel Fattah El Sayed"])], [B]))

msg("ar_dza_first_two", "ar",
    note="'the first two meetings' = Budapest + CWG",
    frm=("Direction de la coopération MPTTN", "cooperation@mpttn.gov.dz"),
    subj="مشاركة الجزائر في جلسات التشاور CI-19/35",
    date="2019-08-12 10:55:31 +0100", recv="2019-08-12 11:55:45 +0200",
    mid="20190812095531.6C2D1E0F22@mpttn.gov.dz", cs="iso-8859-6", cte="base64",
    text="""السيد الأمين العام،

يشرفني أن أعلمكم أن السيد عبد الرحمن بلقاسمي (Abderrahmane Belkacemi)، نائب مدير ترقية المؤسسات الناشئة بوزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة، سيشارك في الاجتماعين الأولين من سلسلة المشاورات.

البريد الالكتروني: a.belkacemi@mpttn.gov.dz

تقبلوا فائق التقدير والاحترام.

مديرية التعاون
الجزائر العاصمة
""",
    label=L("nomination", "DZA",
            [D("عبد الرحمن بلقاسمي", "نائب مدير ترقية المؤسسات الناشئة", "a.belkacemi@mpttn.gov.dz",
               ["Abderrahmane Belkacemi"])], [B, C]))

msg("ar_sau_two", "ar",
    note="two delegates for different sessions (Budapest, WSIS 2020); bin/bint; Latin forms",
    frm=("International Affairs CITC", "intlaffairs@citc.gov.sa"),
    subj="ترشيحات المملكة العربية السعودية - جلسات التشاور (CI-19/35)",
    date="2019-08-13 09:12:27 +0300", recv="2019-08-13 08:12:43 +0200",
    mid="VI1PR03MB4558D6E7F8A9B0C1D2E3F4A5B6C7D8E9@VI1PR03MB4558.eurprd03.prod.outlook.com",
    relay="mail-eopbgr50080.outbound.protection.outlook.com",
    cs="utf-8", cte="base64",
    html=outlook_html(P(
        "السادة/ الاتحاد الدولي للاتصالات&nbsp;&nbsp;&nbsp; المحترمين",
        "",
        "السلام عليكم ورحمة الله وبركاته،",
        "",
        "إشارة إلى التعميم رقم CI-19/35، نفيدكم بترشيح كل من:",
        "",
        "1- م. عبدالله بن سعد القحطاني (Abdullah bin Saad Al-Qahtani)، مدير عام تطوير السوق، "
        "للمشاركة في الجلسة الأولى في بودابست. البريد: aalqahtani@citc.gov.sa",
        "2- أ. نورة بنت فهد العتيبي (Noura bint Fahad Al-Otaibi)، مستشار الابتكار، للمشاركة في الجلسة التي ستعقد "
        "خلال منتدى القمة العالمية لمجتمع المعلومات 2020. البريد: nalotaibi@citc.gov.sa",
        "",
        "وتقبلوا تحياتنا،",
        "",
        "الإدارة العامة للشؤون الدولية",
        "هيئة الاتصالات وتقنية المعلومات - الرياض",
    ), "utf-8", "AR-SA", rtl=True), alt=True,
    label=L("nomination", "SAU",
            [D("عبدالله بن سعد القحطاني", "مدير عام تطوير السوق", "aalqahtani@citc.gov.sa",
               ["Abdullah bin Saad Al-Qahtani"]),
             D("نورة بنت فهد العتيبي", "مستشار الابتكار", "nalotaibi@citc.gov.sa", ["Noura bint Fahad Al-Otaibi"])],
            [B, W]))

msg("ar_omn_logistics", "ar",
    note="nomination as a registration/visa-letter request; 'الفاضل' is an honorific; travel coordinator is not a delegate",
    frm=("Salim Al Harthy", "s.alharthy@tra.gov.om"),
    subj="طلب تسجيل - جلسة التشاور في بودابست",
    date="2019-08-14 15:20:05 +0400", recv="2019-08-14 13:20:19 +0200",
    mid="CAN2pT7x=Qm4Ld8Vr0Ke3sW1bZ9y@mail.gmail.com", relay="mail-ej1-f52.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""السلام عليكم،

نرجو التكرم بتسجيل الفاضل سالم بن راشد الحارثي، مدير دائرة التنافسية وتطوير السوق بهيئة تنظيم الاتصالات، في جلسة التشاور التي ستعقد في بودابست يوم 10 سبتمبر، وتزويدنا برسالة دعوة لاستخراج تأشيرة الدخول إلى هنغاريا.

البريد الإلكتروني: s.alharthy@tra.gov.om

علماً بأن الأخت منى بنت خميس البلوشية تتولى إجراءات السفر والتأشيرة (m.albalushi@tra.gov.om).

شاكرين تعاونكم
هيئة تنظيم الاتصالات - سلطنة عمان
""",
    label=L("nomination", "OMN",
            [D("سالم بن راشد الحارثي", "مدير دائرة التنافسية وتطوير السوق بهيئة تنظيم الاتصالات",
               "s.alharthy@tra.gov.om")], [B]))

msg("ar_jor_decline", "ar",
    note="polite decline praising the initiative",
    frm=("Ministry of Digital Economy and Entrepreneurship", "info@modee.gov.jo"),
    subj="رد المملكة الأردنية الهاشمية على التعميم CI-19/35",
    date="2019-08-15 12:33:48 +0300", recv="2019-08-15 11:34:02 +0200",
    mid="000c01d55354$2b3c4d50$81b4e7f0$@modee.gov.jo", cs="windows-1256", cte="quoted-printable",
    text="""حضرات السادة والسيدات،

تحية طيبة وبعد،

تثمن وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية هذه المبادرة القيمة التي تأتي دعماً للشركات الصغيرة والمتوسطة الريادية، وتتمنى لها كل النجاح.

إلا أنه يتعذر علينا المشاركة في جلسات التشاور المذكورة في الوقت الحالي نظراً لارتباطات سابقة.

وتفضلوا بقبول فائق الاحترام،

مديرية التعاون الدولي
وزارة الاقتصاد الرقمي والريادة - عمّان
""",
    label=L("decline", "JOR"))

msg("ar_lbn_fwd", "ar",
    note="Mission forwards the ministry's letter inline",
    frm=("Permanent Mission of Lebanon", "mission.liban.geneve@gmail.com"),
    subj="Fwd: ترشيح لبنان - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة",
    date="2019-08-15 16:02:11 +0200", recv="2019-08-15 16:02:25 +0200",
    mid="CAL7nW2q8Xc+Rt0pZ4mB6vE1sY3k@mail.gmail.com", relay="mail-wr1-f45.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""السادة المحترمين،

نحيل إليكم أدناه كتاب وزارة الاتصالات بشأن ترشيح ممثل لبنان.

مع التحية،
البعثة الدائمة للبنان - جنيف

---------- Forwarded message ---------
From: Ministry of Telecommunications <intl@mpt.gov.lb>
Date: Thu, 15 Aug 2019 at 13:41
Subject: ترشيح لبنان - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة
To: Permanent Mission of Lebanon <mission.liban.geneve@gmail.com>

حضرة البعثة الدائمة للبنان في جنيف،

يرجى إبلاغ الاتحاد الدولي للاتصالات بأن وزارة الاتصالات ترشح السيدة رنا خليل أبو شقرا (Rana Khalil Abou Chakra)، رئيسة دائرة التخطيط والتطوير، للمشاركة في جلسة التشاور في بودابست بتاريخ 10 أيلول 2019.
البريد الإلكتروني: r.abouchakra@mpt.gov.lb

مع الشكر،
مديرية العلاقات الدولية - وزارة الاتصالات
""",
    label=L("nomination", "LBN",
            [D("رنا خليل أبو شقرا", "رئيسة دائرة التخطيط والتطوير", "r.abouchakra@mpt.gov.lb",
               ["Rana Khalil Abou Chakra"])], [B]))

msg("ar_sdn_late", "ar",
    note="late nomination (25 August), iso-8859-6",
    frm=("NTC Sudan", "info@ntc.gov.sd"),
    subj="ترشيح السودان - جلسة بودابست",
    date="2019-08-25 13:10:09 +0200", recv="2019-08-25 13:10:23 +0200",
    mid="20190825111009.3D4E5F6A01@ntc.gov.sd", cs="iso-8859-6", cte="quoted-printable",
    text="""الســادة الاتحاد الدولي للاتصالات

نعتذر عن التأخير في الرد على التعميم CI-19/35.

نرشح السيد مأمون عبد الرحيم الطيب، مدير إدارة تقانة المعلومات بالهيئة القومية للاتصالات، للمشاركة في جلسة التشاور ببودابست.
بريده: mamoun.eltayeb@ntc.gov.sd

مع الشكر
الهيئة القومية للاتصالات - الخرطوم
""",
    label=L("nomination", "SDN",
            [D("مأمون عبد الرحيم الطيب", "مدير إدارة تقانة المعلومات بالهيئة القومية للاتصالات",
               "mamoun.eltayeb@ntc.gov.sd")], [B]))
# ---------------------------------------------------------------------------------------------
# RUSSIAN
# ---------------------------------------------------------------------------------------------
msg("ru_by_bounce", "ru",
    note="non-delivery report (Exchange, in Russian)",
    frm=("Microsoft Outlook", "postmaster@mpt.gov.by"), return_path="",
    subj="Не доставлено: " + CIRC_SUBJ,
    date="2019-07-23 17:47:30 +0300", recv="2019-07-23 16:47:36 +0200",
    mid="3c2b1a09f8e74d6c5b4a39281706f5e4@EXCH01.mpt.gov.by", cs="utf-8", cte="base64",
    hdrs=[("Auto-Submitted", "auto-replied")],
    text="""Не удалось доставить сообщение следующим получателям или группам:

minsvyaz.intl@mpt.gov.by
Указанный адрес электронной почты не найден. Проверьте адрес электронной почты получателя и попробуйте отправить сообщение повторно. Если проблема не исчезнет, обратитесь к администратору электронной почты.

Диагностические сведения для администраторов:

Создающий сервер: EXCH01.mpt.gov.by

minsvyaz.intl@mpt.gov.by
Удаленный сервер возвратил "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
""",
    report=dict(type="dsn", fields="""Reporting-MTA: dns;EXCH01.mpt.gov.by
Received-From-MTA: dns;mx1.itu.int
Arrival-Date: Tue, 23 Jul 2019 14:47:29 +0000

Final-Recipient: rfc822;minsvyaz.intl@mpt.gov.by
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup
""", headers="""From: ITU Secretary-General <sme@itu.int>
To: minsvyaz.intl@mpt.gov.by
Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech
 and innovation SMEs
Date: Tue, 23 Jul 2019 14:40:12 +0000
Message-ID: <CI-19-35.20190723164012.7731@itu.int>
"""),
    label=L("bounce"))

msg("ru_rus_ooo", "ru",
    note="out-of-office; colleague named in the dative (not a delegate)",
    frm=("Смирнов Игорь Валентинович", "i.smirnov@rossvyaz.gov.ru"),
    subj="Автоответ: " + CIRC_SUBJ,
    date="2019-07-24 09:14:06 +0300", recv="2019-07-24 08:14:13 +0200",
    mid="4f5e6d7c8b9a40b1c2d3e4f5a6b7c8d9@mail.rossvyaz.gov.ru", cs="windows-1251", cte="quoted-printable",
    irt=True, hdrs=[("Auto-Submitted", "auto-replied")],
    text="""Уважаемый отправитель!

Я нахожусь в отпуске до 26.08.2019.
По срочным вопросам обращайтесь к Петровой Елене Андреевне, тел. +7 495 987-65-43, e.petrova@rossvyaz.gov.ru.

С уважением,
И.В. Смирнов
""",
    label=L("auto_reply"))

msg("ru_arm_inquiry", "ru",
    note="topic is of interest but questions first: inquiry, not interest",
    frm=("Армен Саргсян", "a.sargsyan@mtcit.am"),
    subj="Вопрос по циркулярному письму CI-19/35",
    date="2019-08-05 12:40:19 +0400", recv="2019-08-05 10:40:33 +0200",
    mid="CAD2kq9Wm+7xP0rT5eYv3NbL8sQ1@mail.gmail.com", relay="mail-lj1-f67.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Уважаемый господин Кларк,

Тема консультаций представляет для Министерства большой интерес. Прежде чем определиться с участием, просим уточнить:
- предусмотрено ли финансирование участия представителей развивающихся стран;
- будет ли обеспечен синхронный перевод на русский язык на сессии в Будапеште.

Заранее благодарим.

С уважением,
Армен Саргсян
Начальник отдела международного сотрудничества
Министерство транспорта, связи и информационных технологий Республики Армения
""",
    label=L("inquiry", "ARM"))

msg("ru_spam", "ru",
    note="advertising mailing (unrelated)",
    frm=("Центр деловых семинаров", "info@seminar-zakupki.ru"),
    subj="Семинар: Госзакупки 2019 - изменения 44-ФЗ. Скидка 20% до 15 августа",
    date="2019-08-06 07:12:44 +0300", recv="2019-08-06 06:12:59 +0200",
    mid="20190806041244.F0E1D2C3B4@seminar-zakupki.ru", cs="windows-1251", cte="8bit",
    hdrs=[("Precedence", "bulk")],
    text="""Добрый день!

Приглашаем специалистов по закупкам на двухдневный практический семинар "Госзакупки 2019: все изменения 44-ФЗ".

В программе:
- новые требования к участникам закупок;
- электронные процедуры: практика применения;
- ответственность заказчика.

Стоимость участия: 24 900 руб. При оплате до 15 августа - скидка 20%.

Для отказа от рассылки ответьте на это письмо с темой "Отписаться".
""",
    label=L("unrelated"))

msg("ru_rus_nom", "ru",
    note="name in the genitive/accusative in the text, nominative in the data block; Latin form",
    frm=("Департамент международного сотрудничества", "dms@digital.gov.ru"),
    subj="Об участии в консультационной сессии МСЭ (CI-19/35)",
    date="2019-08-09 16:02:47 +0300", recv="2019-08-09 15:03:02 +0200",
    mid="1565355767.201908091602.dms@digital.gov.ru", cs="windows-1251", cte="base64",
    text="""Уважаемый господин Кларк!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации, ссылаясь на циркулярное письмо МСЭ CI-19/35, сообщает о заинтересованности Российской Федерации в участии в консультационных сессиях и предлагает направить для участия в первой сессии (Будапешт, 10 сентября 2019 г.) заместителя директора Департамента международного сотрудничества Кузнецова Алексея Викторовича.

Данные участника:
ФИО: Кузнецов Алексей Викторович (KUZNETSOV Aleksei)
Должность: заместитель директора Департамента международного сотрудничества
Тел.: +7 495 771-80-00
E-mail: a.kuznetsov@digital.gov.ru

С уважением,
Директор Департамента международного сотрудничества
О.Н. Лебедева
""",
    label=L("nomination", "RUS",
            [D("Кузнецов Алексей Викторович", "заместитель директора Департамента международного сотрудничества",
               "a.kuznetsov@digital.gov.ru", ["KUZNETSOV Aleksei"])], [B]))

msg("ru_kaz_interest", "ru",
    note="interest without a name; candidate later",
    frm=("Департамент международного сотрудничества МЦРОАП", "dms@mdai.gov.kz"),
    subj="Ответ на циркулярное письмо CI-19/35",
    date="2019-08-12 15:22:40 +0600", recv="2019-08-12 11:22:55 +0200",
    mid="20190812092240.2B3C4D5E6F@mdai.gov.kz", cs="koi8-r", cte="quoted-printable",
    text="""Уважаемые коллеги!

Министерство цифрового развития, оборонной и аэрокосмической промышленности Республики Казахстан подтверждает заинтересованность в участии в консультационных сессиях по вопросам содействия МСП в области технологий и инноваций.

Кандидатура участника будет сообщена дополнительно.

С уважением,
Департамент международного сотрудничества
г. Нур-Султан
""",
    label=L("interest_only", "KAZ", [], [B]))

msg("ru_blr_split", "ru",
    note="two delegates for different sessions (Budapest, WSIS 2020), names in oblique cases",
    frm=("Управление международного сотрудничества", "inter@mpt.gov.by"),
    subj="Участие Республики Беларусь в консультационных сессиях МСЭ",
    date="2019-08-14 11:05:33 +0300", recv="2019-08-14 10:05:49 +0200",
    mid="5D53C11D.3090705@mpt.gov.by", cs="windows-1251", cte="8bit",
    text="""Уважаемый господин Кларк!

Министерство связи и информатизации Республики Беларусь, рассмотрев циркулярное письмо CI-19/35, предлагает направить Ковалевскую Ольгу Николаевну, начальника управления развития цифровой экономики, для участия в первой сессии в Будапеште, а также Жукова Дмитрия Сергеевича, консультанта управления международного сотрудничества, для участия в сессии в рамках Форума ВВУИО 2020 года.

Контактные данные:
1. Ковалевская Ольга Николаевна - o.kovalevskaya@mpt.gov.by, +375 17 287 87 87
2. Жуков Дмитрий Сергеевич - d.zhukov@mpt.gov.by, +375 17 287 87 50

Начальник управления международного сотрудничества
А.П. Лукашевич
""",
    label=L("nomination", "BLR",
            [D("Ковалевская Ольга Николаевна", "начальника управления развития цифровой экономики",
               "o.kovalevskaya@mpt.gov.by"),
             D("Жуков Дмитрий Сергеевич", "консультанта управления международного сотрудничества",
               "d.zhukov@mpt.gov.by")], [B, W]))

msg("ru_tjk_decline", "ru",
    note="polite decline praising the initiative",
    frm=("Служба связи", "info@khadamotialoqa.tj"),
    subj="RE: CI-19/35",
    date="2019-08-15 14:48:12 +0500", recv="2019-08-15 11:48:27 +0200",
    mid="000f01d55357$a1b2c3d0$e4f5a6b0$@khadamotialoqa.tj", cs="windows-1251", cte="quoted-printable",
    irt=True,
    text="""Уважаемый господин Кларк,

Служба связи при Правительстве Республики Таджикистан высоко оценивает инициативу Генерального секретаря МСЭ по содействию малым и средним предприятиям в области технологий и инноваций.

Однако, к сожалению, в текущем году мы не имеем возможности принять участие в консультационных сессиях.

С уважением,
Отдел международных связей
Служба связи при Правительстве Республики Таджикистан
г. Душанбе
""" + q_outlook("ru", "ru"),
    label=L("decline", "TJK"))

msg("ru_rus_corr", "ru",
    note="replacement of the delegate (late); the former delegate is named in the genitive",
    frm=("Департамент международного сотрудничества", "dms@digital.gov.ru"),
    subj="Изменение участника консультационной сессии МСЭ (CI-19/35)",
    date="2019-08-27 12:31:09 +0300", recv="2019-08-27 11:31:24 +0200",
    mid="1566898269.201908271231.dms@digital.gov.ru", cs="koi8-r", cte="quoted-printable",
    text="""Уважаемый господин Кларк!

В связи с изменением графика вместо Кузнецова А.В. в консультационной сессии в Будапеште примет участие Соколова Мария Игоревна, консультант отдела многостороннего сотрудничества (m.sokolova@digital.gov.ru, +7 495 771-80-12).

Просим внести соответствующие изменения.

С уважением,
Департамент международного сотрудничества
Минцифры России
""",
    label=L("correction", "RUS",
            [D("Соколова Мария Игоревна", "консультант отдела многостороннего сотрудничества",
               "m.sokolova@digital.gov.ru")], [B], supersedes="ru_rus_nom"))
# ---------------------------------------------------------------------------------------------
# CHINESE
# ---------------------------------------------------------------------------------------------
msg("zh_chn_ooo", "zh",
    note="out-of-office naming an emergency contact (not a delegate)",
    frm=("周晓燕", "zhouxiaoyan@miit.gov.cn"),
    subj="自动回复: " + CIRC_SUBJ,
    date="2019-07-23 22:48:40 +0800", recv="2019-07-23 16:48:47 +0200",
    mid="201907232248402718831@miit.gov.cn", cs="gb2312", cte="base64",
    irt=True, hdrs=[("Auto-Submitted", "auto-replied")],
    text="""您好！

我于7月22日至8月2日休假，期间邮件处理可能延迟。如有急事，请联系李娜（电话：010-6820 6124，邮箱：lina@miit.gov.cn）。

谢谢！

国际合作司 周晓燕
""",
    label=L("auto_reply"))

msg("zh_chn_mdn", "zh",
    note="read receipt",
    frm=("中国常驻日内瓦代表团", "chinamission.ge@mfa.gov.cn"),
    subj="已读: " + CIRC_SUBJ,
    date="2019-07-24 09:15:22 +0200", recv="2019-07-24 09:15:31 +0200",
    mid="3a4b5c6d7e8f4a0b1c2d3e4f5a6b7c8d@MFAMBX07.mfa.gov.cn", cs="gb2312", cte="base64",
    text="""您的邮件

  收件人: 中国常驻日内瓦代表团
  主题: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs
  发送时间: 2019/7/23 16:40

已于 2019/7/24 9:15 被阅读。
""",
    report=dict(type="mdn", fields="""Reporting-UA: MFAMBX07.mfa.gov.cn; Microsoft Exchange Server
Final-Recipient: rfc822;chinamission.ge@mfa.gov.cn
Original-Message-ID: <CI-19-35.20190723164012.7731@itu.int>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    label=L("auto_reply"))

msg("zh_chn_inquiry", "zh",
    note="Mission asks about interpretation and registration (inquiry, no nomination); HTML only",
    frm=("王静", "wangjing_ge@mfa.gov.cn"),
    subj="关于CI-19/35号通函的询问",
    date="2019-08-02 10:20:15 +0200", recv="2019-08-02 10:20:29 +0200",
    mid="201908021020156609427@mfa.gov.cn", cs="gbk", cte="base64",
    text="""尊敬的克拉克先生：

您好！关于CI-19/35号通函，我团有以下两个问题想请教：

一、布达佩斯磋商会议是否提供中文同声传译？
二、参加磋商会议的人员是否需要另行注册2019年世界电信展？

国内主管部门将根据上述情况确定参会事宜。谢谢！

此致
敬礼

王静
中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团
电话：+41 22 879 5678
""",
    label=L("inquiry", "CHN"))

msg("zh_spam", "zh",
    note="invoice spam",
    frm=("张经理", "service8891@163-fapiao.cn"),
    subj="您好：公司有余额发票可代开，欢迎来电咨询",
    date="2019-08-09 03:11:52 +0800", recv="2019-08-08 21:12:08 +0200",
    mid="20190809031152.62614.qmail@163-fapiao.cn", cs="gb18030", cte="base64",
    text="""贵公司负责人（经理/财务）您好：

本公司因进项较多，现有部分增值税普通发票、专用发票可优惠代开，点数从优，可先验票后付款。

联系人：张经理
电话：138 0013 8000
微信同号

此邮件为商务邮件，如有打扰，敬请谅解。
""",
    label=L("unrelated"))

msg("zh_chn_nom", "zh",
    note="two delegates, pinyin in brackets as aliases; '同志' is a form of address",
    frm=("国际合作司", "ircc@miit.gov.cn"),
    cc=[("周晓燕", "zhouxiaoyan@miit.gov.cn")],
    subj="回复：CI-19/35 中国参会人员",
    date="2019-08-12 17:30:44 +0800", recv="2019-08-12 11:30:58 +0200",
    mid="201908121730441102938@miit.gov.cn", cs="gb2312", cte="base64", irt=True,
    text="""国际电联秘书处：

感谢贵处邀请。中方对本次系列磋商会议很感兴趣，现推荐以下两位同志参加2019年9月10日在布达佩斯举行的首次磋商会议：

1. 王立新（Wang Lixin），工业和信息化部中小企业局副局长，邮箱：wanglixin@miit.gov.cn
2. 刘洋（Liu Yang），中国信息通信研究院高级工程师，邮箱：liuyang@caict.ac.cn

请予安排为盼。

工业和信息化部国际合作司
2019年8月12日
""",
    label=L("nomination", "CHN",
            [D("王立新", "工业和信息化部中小企业局副局长", "wanglixin@miit.gov.cn", ["Wang Lixin"]),
             D("刘洋", "中国信息通信研究院高级工程师", "liuyang@caict.ac.cn", ["Liu Yang"])], [B]))

msg("zh_chn_corr", "zh",
    note="correction of one character (刘洋 -> 刘阳), pinyin unchanged",
    frm=("国际合作司", "ircc@miit.gov.cn"),
    subj="更正：CI-19/35 中国参会人员",
    date="2019-08-14 09:02:10 +0800", recv="2019-08-14 03:02:26 +0200",
    mid="201908140902103304117@miit.gov.cn", cs="gb2312", cte="base64",
    irt="<201908121730441102938@miit.gov.cn>",
    text="""国际电联秘书处：

8月12日邮件中第二位参会人员姓名有误，应为"刘阳"（Liu Yang），而非"刘洋"。特此更正，其他信息不变。

更正后参会人员为：王立新、刘阳。

致歉并感谢！

工业和信息化部国际合作司
""",
    label=L("correction", "CHN",
            [D("王立新"), D("刘阳", None, None, ["Liu Yang"])], [B], supersedes="zh_chn_nom"))
# ---------------------------------------------------------------------------------------------
# OTHER LANGUAGES: EUROPE
# ---------------------------------------------------------------------------------------------
msg("de_lie_bounce", "de",
    note="non-delivery report (Exchange, in German)",
    frm=("Microsoft Outlook", "postmaster@llv.li"), return_path="",
    subj="Unzustellbar: " + CIRC_SUBJ,
    date="2019-07-23 16:49:02 +0200", recv="2019-07-23 16:49:09 +0200",
    mid="8d7c6b5a4f3e42d1c0b9a8f7e6d5c4b3@SRVEXCH02.llv.li", cs="utf-8", cte="quoted-printable",
    hdrs=[("Auto-Submitted", "auto-replied")],
    text="""Die Nachricht konnte nicht an folgende Empfänger oder Gruppen übermittelt werden:

amt.kommunikation@llv.li
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenden Sie sich an Ihren E-Mail-Administrator, wenn das Problem weiterhin besteht.

Diagnoseinformationen für Administratoren:

Generierender Server: SRVEXCH02.llv.li

amt.kommunikation@llv.li
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    report=dict(type="dsn", fields="""Reporting-MTA: dns;SRVEXCH02.llv.li
Received-From-MTA: dns;mx1.itu.int
Arrival-Date: Tue, 23 Jul 2019 14:49:01 +0000

Final-Recipient: rfc822;amt.kommunikation@llv.li
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup
""", headers="""From: ITU Secretary-General <sme@itu.int>
To: amt.kommunikation@llv.li
Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech
 and innovation SMEs
Date: Tue, 23 Jul 2019 14:40:12 +0000
Message-ID: <CI-19-35.20190723164012.7731@itu.int>
"""),
    label=L("bounce"))

msg("fi_fin_ooo", "fi",
    note="out-of-office; colleague named in the illative (not a delegate)",
    frm=("Laaksonen Sari", "sari.laaksonen@traficom.fi"),
    subj="Poissa: " + CIRC_SUBJ,
    date="2019-07-23 17:50:40 +0300", recv="2019-07-23 16:50:47 +0200",
    mid="9e8d7c6b5a4940f3e2d1c0b9a8f7e6d5@traficom.fi", cs="iso-8859-15", cte="quoted-printable",
    irt=True, hdrs=[("Auto-Submitted", "auto-replied")],
    text="""Olen lomalla 12.8.2019 asti, enkä lue sähköpostiani.

Kiireellisissä asioissa ota yhteyttä Mikko Virtaseen, puh. +358 295 390 000, mikko.virtanen@traficom.fi.

Ystävällisin terveisin
Sari Laaksonen
Liikenne- ja viestintävirasto Traficom
""",
    label=L("auto_reply"))

msg("uk_ukr_ooo", "uk",
    note="out-of-office; colleague named in an oblique case",
    frm=("Мельник Тетяна", "t.melnyk@mtu.gov.ua"),
    subj="Автовідповідь: " + CIRC_SUBJ,
    date="2019-07-24 10:02:15 +0300", recv="2019-07-24 09:02:22 +0200",
    mid="7b6a5f4e3d2c41b0a9f8e7d6c5b4a392@mtu.gov.ua", cs="koi8-u", cte="quoted-printable",
    irt=True, hdrs=[("Auto-Submitted", "auto-replied")],
    text="""Доброго дня!

Я перебуваю у відпустці до 19 серпня 2019 р.
З термінових питань прошу звертатися до Бондаренко Наталії Василівни, тел. +380 44 351 4000.

З повагою,
Тетяна Мельник
""",
    label=L("auto_reply"))

msg("hu_hun_nom", "hu",
    note="Hungarian name order (surname first), 'dr.' prefix; signer 'Tóth Gáborné' is not a delegate",
    frm=("Tóth Gáborné", "toth.gaborne@itm.gov.hu"),
    subj="Válasz: CI-19/35 - magyar résztvevők",
    date="2019-08-02 10:31:17 +0200", recv="2019-08-02 10:31:30 +0200",
    mid="2c3d4e5f6a7b4c8d9e0f1a2b3c4d5e6f@itm.gov.hu", cs="iso-8859-2", cte="quoted-printable", irt=True,
    text="""Tisztelt Clark Úr!

A CI-19/35 számú körlevélre válaszolva örömmel értesítjük, hogy Magyarország, mint az ITU Telecom World 2019 házigazdája, részt vesz a szeptember 10-i budapesti konzultációs ülésen.

Résztvevőink:
- dr. Kovács-Szabó Eszter, főosztályvezető, Innovációs és Technológiai Minisztérium (eszter.kovacs-szabo@itm.gov.hu)
- Nagy Péter Pál, vezető tanácsos, Nemzeti Média- és Hírközlési Hatóság (nagy.peter@nmhh.hu)

Üdvözlettel:

Tóth Gáborné
nemzetközi referens
Innovációs és Technológiai Minisztérium
1011 Budapest, Fő utca 44-50.
""",
    label=L("nomination", "HUN",
            [D("Kovács-Szabó Eszter", "főosztályvezető", "eszter.kovacs-szabo@itm.gov.hu"),
             D("Nagy Péter Pál", "vezető tanácsos", "nagy.peter@nmhh.hu")], [B]))

msg("et_est_inquiry", "et",
    note="interest in the topic but a question before deciding",
    frm=("Kadri Tamm", "kadri.tamm@mkm.ee"),
    subj="Küsimus: CI-19/35",
    date="2019-08-06 14:12:09 +0300", recv="2019-08-06 13:12:23 +0200",
    mid="1565089929.3311.kadri.tamm@mkm.ee", cs="iso-8859-15", cte="quoted-printable",
    text="""Tere!

Eesti on konsultatsioonide teemast väga huvitatud. Enne osaleja nimetamist sooviksime teada, kas Budapesti sessioonil on võimalik osaleda ka veebi teel.

Lugupidamisega
Kadri Tamm
nõunik, side- ja infotehnoloogia osakond
Majandus- ja Kommunikatsiooniministeerium
""",
    label=L("inquiry", "EST"))

msg("ro_rou_inquiry", "ro",
    note="interest in the subject, questions before designating: inquiry",
    frm=("Mihaela Popescu-Ionescu", "mihaela.popescu@ancom.ro"),
    subj="Intrebare privind circulara CI-19/35",
    date="2019-08-07 11:48:55 +0300", recv="2019-08-07 10:49:09 +0200",
    mid="CAJ5tQ8+r2Lm0Xp4nV6bZ1cW9yK3@mail.gmail.com", relay="mail-ej1-f66.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Stimate domnule Clark,

ANCOM este interesată de subiectul consultărilor. Înainte de a desemna un participant, vă rugăm să ne comunicați dacă sesiunea de la Budapesta este deschisă și reprezentanților autorităților de reglementare sau doar ministerelor, precum și dacă va fi disponibilă o agendă detaliată până la sfârșitul lunii august.

Cu stimă,
Mihaela Popescu-Ionescu
Direcția Relații Internaționale
Autoritatea Națională pentru Administrare și Reglementare în Comunicații
""",
    label=L("inquiry", "ROU"))

msg("pl_pol_nom", "pl",
    note="surname in the accusative in the text, nominative in the participant data; form attached",
    frm=("Zieliński Piotr", "piotr.zielinski@mc.gov.pl"),
    subj="Odp: CI-19/35 - zgłoszenie uczestniczki",
    date="2019-08-08 13:27:44 +0200", recv="2019-08-08 13:27:58 +0200",
    mid="3f4e5d6c7b8a49e0f1a2b3c4d5e6f7a8@mc.gov.pl", cs="iso-8859-2", cte="quoted-printable", irt=True,
    text="""Szanowny Panie,

w odpowiedzi na okólnik CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji zgłasza Panią Katarzynę Wiśniewską-Nowak do udziału w pierwszej sesji konsultacyjnej w Budapeszcie.

Dane uczestniczki:
Imię i nazwisko: Katarzyna Wiśniewska-Nowak
Stanowisko: Naczelnik Wydziału Współpracy Międzynarodowej
E-mail: katarzyna.wisniewska-nowak@mc.gov.pl
Tel.: +48 22 245 59 00

Z wyrazami szacunku
Piotr Zieliński
Dyrektor Departamentu Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
""",
    label=L("nomination", "POL",
            [D("Katarzyna Wiśniewska-Nowak", "Naczelnik Wydziału Współpracy Międzynarodowej",
               "katarzyna.wisniewska-nowak@mc.gov.pl")], [B]))

msg("el_grc_nom", "el",
    note="name in the accusative in the text, nominative in the details, Latin form",
    frm=("Ελένη Κωνσταντινίδου", "e.konstantinidou@mindigital.gr"),
    subj="Απάντηση στην εγκύκλιο CI-19/35",
    date="2019-08-09 12:14:36 +0300", recv="2019-08-09 11:14:50 +0200",
    mid="5D4D3A0C.8010602@mindigital.gr", cs="iso-8859-7", cte="8bit",
    text="""Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, σας ενημερώνουμε ότι η Ελλάδα θα εκπροσωπηθεί στην πρώτη συνεδρία διαβούλευσης στη Βουδαπέστη από τον κ. Γεώργιο Παπαδόπουλο, Προϊστάμενο της Διεύθυνσης Ψηφιακής Καινοτομίας.

Στοιχεία συμμετέχοντος:
Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος (Georgios Papadopoulos)
Θέση: Προϊστάμενος Διεύθυνσης Ψηφιακής Καινοτομίας
Email: g.papadopoulos@mindigital.gr

Με εκτίμηση,
Ελένη Κωνσταντινίδου
Διεύθυνση Διεθνών Σχέσεων
Υπουργείο Ψηφιακής Διακυβέρνησης
""",
    label=L("nomination", "GRC",
            [D("Γεώργιος Παπαδόπουλος", "Προϊστάμενος Διεύθυνσης Ψηφιακής Καινοτομίας",
               "g.papadopoulos@mindigital.gr", ["Georgios Papadopoulos"])], [B]))

msg("pt_prt_decline", "pt",
    note="polite decline praising the initiative",
    frm=("Sofia Mendes Carvalho", "sofia.carvalho@anacom.pt"),
    subj="RE: CI-19/35 - Portugal",
    date="2019-08-09 16:40:03 +0100", recv="2019-08-09 17:40:17 +0200",
    mid="7A8B9C0D1E2F4A3B5C6D7E8F9A0B1C2D@ANACOMEX01.anacom.pt", cs="iso-8859-1", cte="8bit", irt=True,
    text="""Exmo. Senhor,

Portugal agradece o convite e felicita o Secretário-Geral por esta iniciativa, que consideramos muito relevante para a participação das PME tecnológicas nos trabalhos da UIT.

Infelizmente, não nos será possível participar nas sessões de consulta previstas.

Com os melhores cumprimentos,

Sofia Mendes Carvalho
Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12, 1099-017 Lisboa
""",
    label=L("decline", "PRT"))

msg("nl_nld_interest", "nl",
    note="interest, name to follow; signer with particle 'van den' is not a delegate",
    frm=("Berg, Pieter van den", "p.vandenberg@minezk.nl"),
    subj="RE: CI-19/35 - Nederland",
    date="2019-08-12 15:03:41 +0200", recv="2019-08-12 15:03:55 +0200",
    mid="AM4PR0901MB1235E6F7A8B9C0D1E2F3A4B5C6D7E8F9@AM4PR0901MB1235.eurprd09.prod.outlook.com",
    relay="mail-eopbgr30121.outbound.protection.outlook.com",
    cs="us-ascii", cte="7bit", irt=True,
    text="""Geachte heer Clark,

Nederland heeft interesse in deelname aan de consultatiesessie in Boedapest. De naam van onze deelnemer volgt zo spoedig mogelijk.

Met vriendelijke groet,

Pieter van den Berg
Senior beleidsmedewerker Telecommunicatiemarkt
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, 2594 AC Den Haag
T +31 70 379 8911
""",
    label=L("interest_only", "NLD", [], [B]))

msg("sv_swe_nom", "sv",
    note="nomination; the sender is not the participant",
    frm=("Johan Bergström", "johan.bergstrom@regeringskansliet.se"),
    subj="SV: CI-19/35 - Sveriges deltagare",
    date="2019-08-12 09:44:28 +0200", recv="2019-08-12 09:44:42 +0200",
    mid="5E6F7A8B9C0D4E1F2A3B4C5D6E7F8A9B@RKEXCH04.regeringskansliet.se", cs="iso-8859-1",
    cte="quoted-printable", irt=True,
    text="""Hej Christopher,

Sverige deltar gärna i konsultationen i Budapest den 10 september. Vår representant blir Anna-Karin Lindqvist, enhetschef för Internationella frågor på Post- och telestyrelsen (anna-karin.lindqvist@pts.se).

Vänliga hälsningar
Johan Bergström
Kansliråd, Näringsdepartementet
Tel. +46 8 405 10 00
""",
    label=L("nomination", "SWE",
            [D("Anna-Karin Lindqvist", "enhetschef för Internationella frågor på Post- och telestyrelsen",
               "anna-karin.lindqvist@pts.se")], [B]))

msg("uk_ukr_nom", "uk",
    note="two delegates in the accusative in the text, nominative in the data",
    frm=("Управління міжнародного співробітництва", "international@mtu.gov.ua"),
    subj="Участь України в консультаційній сесії МСЕ (CI-19/35)",
    date="2019-08-12 17:20:08 +0300", recv="2019-08-12 16:20:22 +0200",
    mid="20190812142008.7A1B2C3D4E@mtu.gov.ua", cs="koi8-u", cte="base64",
    text="""Шановний пане Кларк!

Міністерство інфраструктури України просить зареєструвати для участі у першій консультаційній сесії в Будапешті Коваленко Ірину Олександрівну, начальника відділу цифрової економіки, та Шевчука Олександра Петровича, головного спеціаліста управління міжнародного співробітництва.

Дані учасників:
1) Коваленко Ірина Олександрівна - i.kovalenko@mtu.gov.ua, +380 44 351 4210
2) Шевчук Олександр Петрович - o.shevchuk@mtu.gov.ua, +380 44 351 4233

З повагою,
Управління міжнародного співробітництва
Міністерство інфраструктури України
""",
    label=L("nomination", "UKR",
            [D("Коваленко Ірина Олександрівна", "начальника відділу цифрової економіки", "i.kovalenko@mtu.gov.ua"),
             D("Шевчук Олександр Петрович", "головного спеціаліста управління міжнародного співробітництва",
               "o.shevchuk@mtu.gov.ua")], [B]))

_deu_html = outlook_html(P(
    "Sehr geehrter Herr Clark,",
    "",
    "vielen Dank für Ihr Schreiben CI-19/35. Deutschland nimmt gerne an der ersten Konsultationssitzung am "
    "10.&nbsp;September 2019 in Budapest teil.",
    "",
    "Als Teilnehmer benennen wir Herrn Dr. Hans-Joachim von der Heide, Referatsleiter VI B 3 &#8222;Internationale "
    "Digital- und Telekommunikationspolitik&#8220; (<a href=\"mailto:hans-joachim.vonderheide@bmwi.bund.de\">"
    "hans-joachim.vonderheide@bmwi.bund.de</a>).",
    "",
    "Für Rückfragen steht Ihnen Frau Sabine Krüger (in Kopie) gerne zur Verfügung.",
    "",
    "Mit freundlichen Grüßen",
    "Im Auftrag",
    "",
    "Martina Schäfer-Lindner",
    "",
    '<span style="font-size:9.0pt">Bundesministerium für Wirtschaft und Energie<br>Referat VI B 3<br>'
    "Villemombler Straße 76, 53123 Bonn<br>Tel.: +49 228 99615-0</span>",
) + html_quote_outlook("de", "en"), "windows-1252", "DE")
msg("de_deu_nom", "de",
    note="particle 'von der', 'Herrn Dr.' removed; contact person in Cc is not a delegate; PDF attached",
    frm=("Schäfer-Lindner, Martina, VIB3", "Martina.Schaefer-Lindner@bmwi.bund.de"),
    cc=[("Krüger, Sabine, VIB3", "Sabine.Krueger@bmwi.bund.de")],
    subj="AW: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    date="2019-08-13 11:20:51 +0200", recv="2019-08-13 11:21:05 +0200",
    mid="6F3A2B1C0D9E4F8A7B6C5D4E3F2A1B0C@BMWIEXMBX11.bmwi.local", cs="windows-1252", cte="quoted-printable",
    html=_deu_html, alt=True, irt=True,
    label=L("nomination", "DEU",
            [D("Hans-Joachim von der Heide",
               "Referatsleiter VI B 3 „Internationale Digital- und Telekommunikationspolitik“",
               "hans-joachim.vonderheide@bmwi.bund.de")], [B]))

msg("it_ita_data", "it",
    note="session named by its date; double surname with particle; 'dott.ssa' omitted",
    frm=("Mancini Paolo", "paolo.mancini@mise.gov.it"),
    subj="R: CI-19/35 - partecipazione italiana",
    date="2019-08-13 12:55:30 +0200", recv="2019-08-13 12:55:44 +0200",
    mid="1A2B3C4D5E6F47A8B9C0D1E2F3A4B5C6@MISEEXCH01.mise.gov.it", cs="windows-1252", cte="quoted-printable",
    irt=True,
    text="""Gentile dott. Clark,

in riferimento alla circolare CI-19/35, si comunica che per la sessione del 10 settembre parteciperà, in rappresentanza dell'Italia, la dott.ssa Giulia Ferraris De Santis, Dirigente della Divisione III – Affari internazionali, Direzione generale per le tecnologie delle comunicazioni (giulia.ferrarisdesantis@mise.gov.it).

Cordiali saluti,

Ing. Paolo Mancini
Ministero dello Sviluppo Economico
Viale America 201, 00144 Roma
Tel. +39 06 5444 2345
""",
    label=L("nomination", "ITA",
            [D("Giulia Ferraris De Santis", "Dirigente della Divisione III – Affari internazionali",
               "giulia.ferrarisdesantis@mise.gov.it")], [B]))

msg("da_dnk_decline", "da",
    note="polite decline supporting the initiative",
    frm=("Mette Kjærgaard Sørensen", "mks@ens.dk"),
    subj="SV: CI-19/35",
    date="2019-08-13 14:06:17 +0200", recv="2019-08-13 14:06:31 +0200",
    mid="0C1D2E3F4A5B46C7D8E9F0A1B2C3D4E5@ENSEXCH02.ens.dk", cs="iso-8859-1", cte="quoted-printable", irt=True,
    text="""Kære Christopher Clark

Tak for invitationen. Danmark bakker fuldt op om initiativet, men vi har desværre ikke mulighed for at deltage i konsultationerne denne gang.

Med venlig hilsen

Mette Kjærgaard Sørensen
Specialkonsulent, Center for Tele
Energistyrelsen
""",
    label=L("decline", "DNK"))

msg("cs_cze_nom", "cs",
    note="name in the accusative in the text, nominative in the contact data; 'Ing.' omitted",
    frm=("Nováková Lucie", "novakoval@mpo.cz"),
    subj="RE: CI-19/35 - nominace ČR",
    date="2019-08-14 10:02:44 +0200", recv="2019-08-14 10:02:58 +0200",
    mid="4D5E6F7A8B9C40D1E2F3A4B5C6D7E8F9@MPOEXCH03.mpo.cz", cs="windows-1250", cte="quoted-printable", irt=True,
    text="""Vážený pane Clarku,

v návaznosti na oběžník CI-19/35 si Vám dovolujeme oznámit, že Česká republika se zúčastní první konzultace v Budapešti. Nominujeme pana Tomáše Dvořáka, ředitele odboru digitální ekonomiky Ministerstva průmyslu a obchodu.

Kontaktní údaje účastníka:
Ing. Tomáš Dvořák
ředitel odboru digitální ekonomiky
dvorak.t@mpo.cz, +420 224 851 111

S pozdravem

Mgr. Lucie Nováková
oddělení mezinárodních vztahů
Ministerstvo průmyslu a obchodu
""",
    label=L("nomination", "CZE",
            [D("Tomáš Dvořák", "ředitel odboru digitální ekonomiky", "dvorak.t@mpo.cz")], [B]))

msg("hr_hrv_prva_dva", "hr",
    note="'prva dva sastanka' (the first two meetings) = Budapest + CWG; name later",
    frm=("Ivana Horvat-Marić", "ivana.horvat-maric@mmpi.hr"),
    subj="Odgovor na okružnicu CI-19/35",
    date="2019-08-14 15:33:02 +0200", recv="2019-08-14 15:33:16 +0200",
    mid="20190814133302.GA7731@mmpi.hr", cs="iso-8859-2", cte="quoted-printable",
    text="""Poštovani,

Republika Hrvatska zainteresirana je za sudjelovanje na prva dva sastanka u okviru konzultacija. Ime sudionika javit ćemo naknadno.

S poštovanjem,

Ivana Horvat-Marić
Uprava za elektroničke komunikacije i poštu
Ministarstvo mora, prometa i infrastrukture
""",
    label=L("interest_only", "HRV", [], [B, C]))

msg("mk_mkd_decline", "mk",
    note="polite decline welcoming the initiative",
    frm=("Марија Трајковска", "marija.trajkovska@mioa.gov.mk"),
    subj="Одговор на циркуларот CI-19/35",
    date="2019-08-14 12:18:40 +0200", recv="2019-08-14 12:18:54 +0200",
    mid="CAM3rX1+Vq8Lp0Tz6nB4cW2yK9eD@mail.gmail.com", relay="mail-wr1-f50.google.com",
    cs="utf-8", cte="base64",
    text="""Почитуван г-дине Кларк,

Министерството за информатичко општество и администрација ја поздравува иницијативата за поттикнување на малите и средните претпријатија во областа на технологијата и иновациите.

За жал, Република Северна Македонија нема да може да учествува на консултациските сесии.

Со почит,
Марија Трајковска
Сектор за меѓународна соработка
""",
    label=L("decline", "MKD"))

msg("lt_ltu_nom", "lt",
    note="nomination; the sender is not the participant",
    frm=("Tomas Petrauskas", "tomas.petrauskas@sumin.lt"),
    subj="Atsakymas į aplinkraštį CI-19/35",
    date="2019-08-14 16:25:12 +0300", recv="2019-08-14 15:25:26 +0200",
    mid="9A0B1C2D3E4F45A6B7C8D9E0F1A2B3C4@sumin.lt", cs="windows-1257", cte="quoted-printable",
    text="""Gerbiamas p. Clark,

atsakydami į aplinkraštį CI-19/35 informuojame, kad Lietuvai pirmojoje konsultacijų sesijoje Budapešte atstovaus Rūta Kazlauskienė, Susisiekimo ministerijos Ryšių politikos skyriaus vedėja (ruta.kazlauskiene@sumin.lt).

Pagarbiai
Tomas Petrauskas
Tarptautinio bendradarbiavimo skyrius
Lietuvos Respublikos susisiekimo ministerija
""",
    label=L("nomination", "LTU",
            [D("Rūta Kazlauskienė", "Susisiekimo ministerijos Ryšių politikos skyriaus vedėja",
               "ruta.kazlauskiene@sumin.lt")], [B]))

msg("ca_and_nom", "ca",
    note="Catalan surnames joined by 'i'; 'Sr.' omitted",
    frm=("Núria Vidal i Font", "nuria_vidal@govern.ad"),
    subj="Resposta a la circular CI-19/35 - Andorra",
    date="2019-08-14 13:47:29 +0200", recv="2019-08-14 13:47:43 +0200",
    mid="5D53F4A1.1020904@govern.ad", cs="iso-8859-15", cte="quoted-printable",
    text="""Benvolgut Sr. Clark,

En resposta a la circular CI-19/35, el Govern d'Andorra designa el Sr. Jordi Puig i Casals, cap de l'Àrea de Societat de la Informació, per participar en la sessió de consulta de Budapest del 10 de setembre.

Adreça electrònica: jordi_puig@govern.ad

Cordialment,

Núria Vidal i Font
Ministeri de Presidència, Economia i Empresa
Govern d'Andorra
""",
    label=L("nomination", "AND",
            [D("Jordi Puig i Casals", "cap de l'Àrea de Societat de la Informació", "jordi_puig@govern.ad")], [B]))

msg("pt_moz_logistics", "pt",
    note="nomination as a registration / invitation-letter request; 'Eng.' omitted",
    frm=("Célia Matsinhe", "cmatsinhe@incm.gov.mz"),
    subj="Pedido de inscrição - sessão de consulta PME, Budapeste",
    date="2019-08-14 10:31:52 +0200", recv="2019-08-14 10:32:06 +0200",
    mid="CAE7pM3v+Qx9Lr1Tn5bZ0cW8yK2s@mail.gmail.com", relay="mail-wm1-f52.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Exmos. Senhores,

Com referência à circular CI-19/35, poderiam, por favor, inscrever o Eng. Armando Tembe Macuácua, Director de Tecnologias de Informação do INCM, para a sessão de consulta de Budapeste (10 de Setembro), e enviar-lhe a carta-convite para efeitos de visto? O seu endereço é amacuacua@incm.gov.mz.

Agradecemos antecipadamente.

Cumprimentos,
Célia Matsinhe
Assessora do Presidente do Conselho de Administração
Instituto Nacional das Comunicações de Moçambique (INCM)
Maputo
""",
    label=L("nomination", "MOZ",
            [D("Armando Tembe Macuácua", "Director de Tecnologias de Informação do INCM", "amacuacua@incm.gov.mz")],
            [B]))

msg("sq_alb_nom", "sq",
    note="'z.' (zoti, Mr) is an honorific, not part of the name",
    frm=("Elona Kola", "elona.kola@infrastruktura.gov.al"),
    subj="Pergjigje qarkores CI-19/35",
    date="2019-08-15 09:58:21 +0200", recv="2019-08-15 09:58:35 +0200",
    mid="CAF2kT8+Wp0Qr4Lm7vX1bN3cZ9yD@mail.gmail.com", relay="mail-ed1-f52.google.com",
    cs="iso-8859-1", cte="quoted-printable",
    text="""I nderuar z. Clark,

Në përgjigje të qarkores CI-19/35, Ministria e Infrastrukturës dhe Energjisë propozon z. Arben Hoxha, Drejtor i Politikave të Komunikimeve Elektronike, për të marrë pjesë në sesionin e parë të konsultimeve në Budapest.

Email: arben.hoxha@infrastruktura.gov.al

Me respekt,
Elona Kola
Drejtoria e Marrëdhënieve me Jashtë
""",
    label=L("nomination", "ALB",
            [D("Arben Hoxha", "Drejtor i Politikave të Komunikimeve Elektronike", "arben.hoxha@infrastruktura.gov.al")],
            [B]))

msg("sr_srb_nom", "sr",
    note="name in the accusative in the text, nominative in the data; Latin form",
    frm=("Јелена Стојановић", "jelena.stojanovic@mtt.gov.rs"),
    subj="Одговор на циркулар CI-19/35",
    date="2019-08-15 11:40:05 +0200", recv="2019-08-15 11:40:19 +0200",
    mid="20190815094005.4E5F6A7B8C@mtt.gov.rs", cs="utf-8", cte="base64",
    text="""Поштовани господине Кларк,

Министарство трговине, туризма и телекомуникација Републике Србије номинује г. Милоша Јовановића, помоћника министра за информационо друштво и телекомуникације, за учешће на првој сесији консултација у Будимпешти.

Подаци о учеснику:
Милош Јовановић (Miloš Jovanović)
помоћник министра
milos.jovanovic@mtt.gov.rs

С поштовањем,
Јелена Стојановић
Сектор за међународну сарадњу
""",
    label=L("nomination", "SRB",
            [D("Милош Јовановић", "помоћник министра", "milos.jovanovic@mtt.gov.rs", ["Miloš Jovanović"])], [B]))

msg("lv_lva_nom", "lv",
    note="name in the accusative in the text, nominative in the participant data",
    frm=("Ilze Kalniņa", "ilze.kalnina@sam.gov.lv"),
    subj="Atbilde uz apkārtrakstu CI-19/35",
    date="2019-08-15 14:12:50 +0300", recv="2019-08-15 13:13:04 +0200",
    mid="4B5C6D7E8F9A40B1C2D3E4F5A6B7C8D9@sam.gov.lv", cs="iso-8859-13", cte="quoted-printable",
    text="""Godātais Klārka kungs!

Latvijas Republikas Satiksmes ministrija izvirza Jāni Bērziņu, Elektronisko sakaru un pasta departamenta direktora vietnieku, dalībai pirmajā konsultāciju sesijā Budapeštā.

Dalībnieka dati:
Jānis Bērziņš, direktora vietnieks
janis.berzins@sam.gov.lv, +371 67 028 210

Ar cieņu
Ilze Kalniņa
Starptautiskās sadarbības nodaļa
""",
    label=L("nomination", "LVA",
            [D("Jānis Bērziņš", "direktora vietnieks", "janis.berzins@sam.gov.lv")], [B]))

msg("pt_bra_nom", "pt",
    note="two delegates, particle 'de' and agnomen 'Filho'; Mission signs",
    frm=("Delegação do Brasil em Genebra", "delbrasgen@itamaraty.gov.br"),
    subj="RES: CI-19/35 - Sessões de consulta para os Estados Membros",
    date="2019-08-15 15:08:37 +0200", recv="2019-08-15 15:08:51 +0200",
    mid="CP5PR80MB0418A1B2C3D4E5F6A7B8C9D0E1F2A3B4@CP5PR80MB0418.lamprd80.prod.outlook.com",
    relay="mail-eopbgr820048.outbound.protection.outlook.com",
    cs="windows-1252", cte="quoted-printable", irt=True,
    html=outlook_html(P(
        "Prezado Senhor Clark,",
        "",
        "Em resposta à circular CI-19/35, a Delegação Permanente do Brasil junto à ONU em Genebra tem a satisfação de "
        "informar que o Brasil participará da primeira sessão de consulta, em Budapeste, com os seguintes "
        "representantes:",
        "",
        "- Sra. Ana Paula de Souza Lima, Coordenadora-Geral de Inovação e Empreendedorismo Digital, Ministério da "
        "Ciência, Tecnologia, Inovações e Comunicações (<a href=\"mailto:anapaula.lima@mctic.gov.br\">"
        "anapaula.lima@mctic.gov.br</a>)",
        "- Sr. Ricardo Alves Pereira Filho, Especialista em Regulação, Anatel (<a href=\"mailto:"
        "ricardo.filho@anatel.gov.br\">ricardo.filho@anatel.gov.br</a>)",
        "",
        "Atenciosamente,",
        "",
        "Conselheiro Felipe Augusto Moreira Borges",
        "Delegação Permanente do Brasil junto à ONU e outros Organismos Internacionais em Genebra",
        "Tel.: +41 22 332 50 00",
    ) + html_quote_outlook("pt", "en"), "windows-1252", "PT-BR"), alt=True,
    label=L("nomination", "BRA",
            [D("Ana Paula de Souza Lima", "Coordenadora-Geral de Inovação e Empreendedorismo Digital, Ministério da "
               "Ciência, Tecnologia, Inovações e Comunicações", "anapaula.lima@mctic.gov.br"),
             D("Ricardo Alves Pereira Filho", "Especialista em Regulação, Anatel", "ricardo.filho@anatel.gov.br")],
            [B]))

msg("bg_bgr_decline", "bg",
    note="polite decline welcoming the initiative",
    frm=("Десислава Петрова-Иванова", "dpetrova@mtitc.government.bg"),
    subj="Отг.: CI-19/35",
    date="2019-08-16 10:25:33 +0300", recv="2019-08-16 09:25:47 +0200",
    mid="2E3F4A5B6C7D48E9F0A1B2C3D4E5F6A7@mtitc.government.bg", cs="windows-1251", cte="quoted-printable",
    irt=True,
    text="""Уважаеми г-н Кларк,

Министерството на транспорта, информационните технологии и съобщенията приветства инициативата на Генералния секретар за насърчаване на малките и средните предприятия в областта на технологиите и иновациите.

За съжаление, Република България няма да може да вземе участие в консултациите.

С уважение,
Десислава Петрова-Иванова
Държавен експерт, дирекция „Електронни съобщения“
""",
    label=L("decline", "BGR"))

msg("de_aut_wsis", "de",
    note="interest only in the WSIS Forum 2020 session; Budapest declined; name to follow",
    frm=("Huber-Lechner Katharina", "katharina.huber-lechner@bmvit.gv.at"),
    subj="AW: CI-19/35 - Österreich",
    date="2019-08-16 16:12:09 +0200", recv="2019-08-16 16:12:23 +0200",
    mid="0B1C2D3E4F5A46B7C8D9E0F1A2B3C4D5@BMVITEXCH02.bmvit.gv.at", cs="utf-8", cte="quoted-printable", irt=True,
    text="""Sehr geehrter Herr Clark,

Österreich bedankt sich für die Einladung. An der Sitzung in Budapest können wir leider nicht teilnehmen. Wir möchten jedoch gerne an der Konsultation im Rahmen des WSIS-Forums im April 2020 teilnehmen. Den Namen unseres Vertreters bzw. unserer Vertreterin teilen wir Ihnen rechtzeitig mit.

Mit freundlichen Grüßen

Mag. Katharina Huber-Lechner
Abteilung III/PT2 – Internationale Angelegenheiten
Bundesministerium für Verkehr, Innovation und Technologie
Radetzkystraße 2, 1030 Wien
""",
    label=L("interest_only", "AUT", [], [W]))

msg("it_vat_decline", "it",
    note="polite decline from the Holy See praising the initiative",
    frm=("Dicastero per la Comunicazione", "segreteria@spc.va"),
    subj="Circolare CI-19/35 - risposta della Santa Sede",
    date="2019-08-20 11:02:46 +0200", recv="2019-08-20 11:03:00 +0200",
    mid="5D5BB6F6.9060307@spc.va", cs="iso-8859-1", cte="quoted-printable",
    text="""Illustre Signore,

la Santa Sede ringrazia per il cortese invito ed esprime il proprio apprezzamento per l'iniziativa volta a favorire la partecipazione delle piccole e medie imprese ai lavori dell'Unione.

Tuttavia, non sarà possibile prendere parte alle sessioni di consultazione.

Con i migliori saluti,

Mons. Giovanni Battista Rinaldi
Segretario
Dicastero per la Comunicazione
Città del Vaticano
""",
    label=L("decline", "VAT"))
# ---------------------------------------------------------------------------------------------
# OTHER LANGUAGES: ASIA AND THE MIDDLE EAST
# ---------------------------------------------------------------------------------------------
msg("tr_tur_ooo", "tr",
    note="out-of-office; contact person with a case suffix ('Hanım'a'), not a delegate",
    frm=("Emre Demirtaş", "emre.demirtas@btk.gov.tr"),
    subj="Otomatik yanıt: " + CIRC_SUBJ,
    date="2019-07-23 17:52:11 +0300", recv="2019-07-23 16:52:18 +0200",
    mid="6c5b4a3f2e1d40c9b8a7f6e5d4c3b2a1@BTKEXCH01.btk.gov.tr", cs="windows-1254", cte="quoted-printable",
    irt=True, hdrs=[("Auto-Submitted", "auto-replied")],
    text="""Merhaba,

15 Ağustos 2019 tarihine kadar yıllık izindeyim. Acil konularda Ayşe Yılmaz Hanım'a (ayse.yilmaz@btk.gov.tr, +90 312 294 7200) ulaşabilirsiniz.

Saygılarımla,
Emre Demirtaş
Dış İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu
""",
    label=L("auto_reply"))

msg("ja_jpn_nom", "ja",
    note="name with romanisation, ISO-2022-JP; the sender is not the participant",
    frm=("佐藤 花子", "h-sato@soumu.go.jp"),
    subj="CI-19/35 協議会合への出席者について（日本）",
    date="2019-08-09 17:41:25 +0900", recv="2019-08-09 10:41:39 +0200",
    mid="20190809174125.8C1D2E3F@soumu.go.jp", cs="iso-2022-jp", cte="7bit",
    text="""国際電気通信連合
SME担当 御中

いつもお世話になっております。総務省国際戦略局の佐藤です。

CI-19/35にてご案内いただきました協議会合について、9月10日のブダペストでの第1回会合に、下記の者が出席いたします。

氏名：山田 太郎（YAMADA Taro）
所属・役職：総務省 国際戦略局 国際経済課 課長補佐
E-mail：t-yamada@soumu.go.jp

どうぞよろしくお願い申し上げます。

佐藤 花子
総務省 国際戦略局 国際経済課
TEL：03-5253-5111
""",
    label=L("nomination", "JPN",
            [D("山田 太郎", "総務省 国際戦略局 国際経済課 課長補佐", "t-yamada@soumu.go.jp", ["YAMADA Taro"])], [B]))

msg("fa_irn_nom", "fa",
    note="letter on the deputy minister's instruction (not a delegate); 'سید' part of the name; visa contact is not a delegate",
    frm=("اداره کل همکاری‌های بین‌المللی", "intl@cra.ir"),
    subj="معرفی نماینده جمهوری اسلامی ایران - CI-19/35",
    date="2019-08-11 12:05:40 +0430", recv="2019-08-11 09:35:54 +0200",
    mid="1565512540.77412.intl@cra.ir", cs="utf-8", cte="base64",
    text="""جناب آقای کلارک
با سلام و احترام،

پیرو بخشنامه شماره CI-19/35 و به دستور جناب آقای دکتر علی‌اکبر رحیمی، معاون وزیر و رئیس سازمان تنظیم مقررات و ارتباطات رادیویی، به استحضار می‌رساند جناب آقای مهندس سید محمدرضا حسینی‌نژاد (Seyed Mohammadreza Hosseininejad)، مدیرکل همکاری‌های بین‌المللی سازمان تنظیم مقررات و ارتباطات رادیویی، به عنوان نماینده جمهوری اسلامی ایران در نخستین جلسه مشورتی در بوداپست معرفی می‌گردند.

نشانی الکترونیکی: mr.hosseininejad@cra.ir

خواهشمند است دعوت‌نامه لازم جهت اخذ روادید برای ایشان صادر گردد. هماهنگی‌های مربوط به روادید توسط سرکار خانم زهرا کریمی (z.karimi@cra.ir) انجام می‌شود.

با تشکر
اداره کل همکاری‌های بین‌المللی
سازمان تنظیم مقررات و ارتباطات رادیویی
""",
    label=L("nomination", "IRN",
            [D("سید محمدرضا حسینی‌نژاد", "مدیرکل همکاری‌های بین‌المللی سازمان تنظیم مقررات و ارتباطات رادیویی",
               "mr.hosseininejad@cra.ir", ["Seyed Mohammadreza Hosseininejad"])], [B]))

msg("ne_npl_interest", "ne",
    note="interest only; name to be sent later",
    frm=("International Relations Section MoCIT", "irs@mocit.gov.np"),
    subj="परिपत्र CI-19/35 सम्बन्धमा",
    date="2019-08-11 15:20:33 +0545", recv="2019-08-11 11:35:47 +0200",
    mid="CAN9wE4+Tq1Lp7Xr0mB5cZ2yK8vD@mail.gmail.com", relay="mail-pf1-f171.google.com",
    cs="utf-8", cte="base64",
    text="""श्रीमान्,

परिपत्र CI-19/35 को सन्दर्भमा, नेपाल सरकार, सञ्चार तथा सूचना प्रविधि मन्त्रालय बुडापेस्टमा हुने पहिलो परामर्श सत्रमा सहभागी हुन इच्छुक रहेको जानकारी गराउँदछ। सहभागीको नाम छिट्टै पठाइनेछ।

भवदीय,
अन्तर्राष्ट्रिय सम्बन्ध शाखा
सञ्चार तथा सूचना प्रविधि मन्त्रालय, सिंहदरबार, काठमाडौं
""",
    label=L("interest_only", "NPL", [], [B]))

msg("ms_mys_nom", "ms",
    note="bin/binti and Haji inside names; Encik/Puan honorifics; signer DATO' is not a delegate; HTML only",
    frm=("Bahagian Antarabangsa KKMM", "antarabangsa@kkmm.gov.my"),
    subj="Pencalonan Malaysia - Sesi Konsultasi ITU (CI-19/35)",
    date="2019-08-12 16:18:02 +0800", recv="2019-08-12 10:18:16 +0200",
    mid="5D5120CA.4070109@kkmm.gov.my", cs="utf-8", cte="quoted-printable",
    text="""Tuan/Puan,

Merujuk kepada Surat Pekeliling ITU CI-19/35, Kementerian Komunikasi dan Multimedia Malaysia dengan sukacitanya mencalonkan pegawai berikut untuk menghadiri sesi konsultasi pertama di Budapest pada 10 September 2019:

1. Encik Mohd Faizal bin Abdul Rahman, Setiausaha Bahagian Kanan (Dasar Digital) - faizal.rahman@kkmm.gov.my
2. Puan Nurul Huda binti Haji Ismail, Ketua Penolong Setiausaha - nurulhuda@kkmm.gov.my

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Saya yang menjalankan amanah,

(DATO' AHMAD ZAKI BIN MOHD YUSOF)
Timbalan Ketua Setiausaha (Komunikasi)
Kementerian Komunikasi dan Multimedia Malaysia
""",
    label=L("nomination", "MYS",
            [D("Mohd Faizal bin Abdul Rahman", "Setiausaha Bahagian Kanan (Dasar Digital)", "faizal.rahman@kkmm.gov.my"),
             D("Nurul Huda binti Haji Ismail", "Ketua Penolong Setiausaha", "nurulhuda@kkmm.gov.my")], [B]))

msg("ka_geo_nom", "ka",
    note="name in the dative in the text, nominative in the data; Latin form",
    frm=("Tamar Lomidze", "t.lomidze@economy.ge"),
    subj="პასუხი ცირკულარზე CI-19/35",
    date="2019-08-12 13:30:08 +0400", recv="2019-08-12 11:30:22 +0200",
    mid="CAH1qZ7+Rm4Lx0Tp8nW3bV6cK2yE@mail.gmail.com", relay="mail-lf1-f52.google.com",
    cs="utf-8", cte="base64",
    text="""ბატონო კლარკ,

CI-19/35 ცირკულარის პასუხად გაცნობებთ, რომ საქართველოს ეკონომიკისა და მდგრადი განვითარების სამინისტრო ბუდაპეშტში გამართულ პირველ საკონსულტაციო სესიაზე წარადგენს ქალბატონ ნინო ბერიძეს.

მონაწილე: ნინო ბერიძე (Nino Beridze), საკომუნიკაციო პოლიტიკის დეპარტამენტის უფროსი
ელ-ფოსტა: n.beridze@economy.ge

პატივისცემით,
თამარ ლომიძე
საერთაშორისო ურთიერთობების დეპარტამენტი
""",
    label=L("nomination", "GEO",
            [D("ნინო ბერიძე", "საკომუნიკაციო პოლიტიკის დეპარტამენტის უფროსი", "n.beridze@economy.ge",
               ["Nino Beridze"])], [B]))

msg("vi_vnm_nom", "vi",
    note="'Ông'/'Bà' are honorifics; Vietnamese names; HTML only",
    frm=("Vu Hop tac Quoc te", "htqt@mic.gov.vn"),
    subj="Phuc dap CI-19/35 - Viet Nam cu can bo tham du",
    date="2019-08-12 15:40:12 +0700", recv="2019-08-12 10:40:26 +0200",
    mid="20190812084012.39A1B2C3D4@mic.gov.vn", cs="utf-8", cte="quoted-printable",
    text="""Kính gửi: Ban Thư ký Liên minh Viễn thông Quốc tế (ITU)

Phúc đáp Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam trân trọng cử các cán bộ sau tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019:

1. Ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác quốc tế (nvhung@mic.gov.vn)
2. Bà Trần Thị Thu Hà, Chuyên viên chính Cục Tin học hóa (ttha@mic.gov.vn)

Trân trọng,
Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
""",
    label=L("nomination", "VNM",
            [D("Nguyễn Văn Hùng", "Phó Vụ trưởng Vụ Hợp tác quốc tế", "nvhung@mic.gov.vn"),
             D("Trần Thị Thu Hà", "Chuyên viên chính Cục Tin học hóa", "ttha@mic.gov.vn")], [B]))

msg("he_isr_cwg", "he",
    note="interest only in the session at the February 2020 Council Working Group meetings; signer is not a delegate",
    frm=("יעל כהן-לוי", "yaelcl@moc.gov.il"),
    subj="תשובה לחוזר CI-19/35",
    date="2019-08-13 11:15:47 +0300", recv="2019-08-13 10:16:01 +0200",
    mid="4E5F6A7B8C9D40E1F2A3B4C5D6E7F8A9@MOCEXCH01.moc.gov.il", cs="windows-1255", cte="quoted-printable",
    text="""שלום רב,

משרד התקשורת מודה על ההזמנה. ישראל מעוניינת להשתתף רק במפגש הייעוץ שיתקיים במסגרת ישיבות קבוצות העבודה של המועצה בפברואר 2020, מאחר שלא נהיה מיוצגים ב-Telecom World בבודפשט. שם הנציג יימסר בהמשך.

בברכה,
יעל כהן-לוי
אגף בכיר לקשרים בינלאומיים
משרד התקשורת
""",
    label=L("interest_only", "ISR", [], [C]))

msg("uz_uzb_nom", "uz",
    note="name in the accusative ('o‘g‘lini') in the text, nominative in the data",
    frm=("Xalqaro hamkorlik boshqarmasi", "intl@mitc.uz"),
    subj="CI-19/35 sirkulyar xatga javob",
    date="2019-08-13 14:22:31 +0500", recv="2019-08-13 11:22:45 +0200",
    mid="20190813092231.5F6A7B8C9D@mitc.uz", cs="utf-8", cte="quoted-printable",
    text="""Hurmatli janob Klark!

CI-19/35-sonli sirkulyar xatga javoban, Oʻzbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi Budapeshtda boʻlib oʻtadigan birinchi maslahat sessiyasida ishtirok etish uchun Karimov Jasur Baxtiyor oʻgʻlini tavsiya etadi.

Ishtirokchi maʼlumotlari:
F.I.Sh.: Karimov Jasur Baxtiyor oʻgʻli
Lavozimi: Raqamli iqtisodiyot boshqarmasi boshligʻi
E-pochta: j.karimov@mitc.uz

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi
""",
    label=L("nomination", "UZB",
            [D("Karimov Jasur Baxtiyor oʻgʻli", "Raqamli iqtisodiyot boshqarmasi boshligʻi", "j.karimov@mitc.uz")],
            [B]))

msg("hi_ind_nom", "hi",
    note="'श्री' is an honorific; English form as alias",
    frm=("Sunita Verma", "us-ic@dot.gov.in"),
    subj="परिपत्र CI-19/35 - भारत का नामांकन",
    date="2019-08-13 15:48:09 +0530", recv="2019-08-13 12:18:23 +0200",
    mid="1565691489.221.us-ic@dot.gov.in", cs="utf-8", cte="base64",
    text="""महोदय,

परिपत्र CI-19/35 के संदर्भ में, दूरसंचार विभाग, भारत सरकार बुडापेस्ट में 10 सितंबर 2019 को आयोजित होने वाले पहले परामर्श सत्र के लिए श्री राजेश कुमार शर्मा, उप महानिदेशक (अंतर्राष्ट्रीय संबंध) को नामित करता है।

ईमेल: rk.sharma@gov.in
(Shri Rajesh Kumar Sharma, DDG (IR), DoT)

भवदीय,

सुनीता वर्मा
अवर सचिव (अंतर्राष्ट्रीय सहयोग)
दूरसंचार विभाग, संचार भवन, नई दिल्ली
""",
    label=L("nomination", "IND",
            [D("राजेश कुमार शर्मा", "उप महानिदेशक (अंतर्राष्ट्रीय संबंध)", "rk.sharma@gov.in",
               ["Rajesh Kumar Sharma"])], [B]))

msg("ur_pak_nom", "ur",
    note="'جناب' honorific; 'سید' part of the name; Latin form",
    frm=("Section Officer (IC)", "so.ic@moitt.gov.pk"),
    subj="سرکلر CI-19/35 - پاکستان کی نامزدگی",
    date="2019-08-13 16:30:14 +0500", recv="2019-08-13 13:30:28 +0200",
    mid="CAP5vD2+Wn8Lq0Tr4mX7bZ1cK9yF@mail.gmail.com", relay="mail-pj1-f49.google.com",
    cs="utf-8", cte="base64",
    text="""جناب کرسٹوفر کلارک صاحب،
السلام علیکم،

آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے، وزارتِ انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، حکومتِ پاکستان بوڈاپیسٹ میں 10 ستمبر 2019 کو ہونے والے پہلے مشاورتی اجلاس کے لیے جناب سید علی رضا نقوی، ڈائریکٹر جنرل (انٹرنیشنل کوآپریشن) کو نامزد کرتی ہے۔

ای میل: ali.naqvi@moitt.gov.pk
(Syed Ali Raza Naqvi)

والسلام،
شازیہ پروین
سیکشن آفیسر (آئی سی)
""",
    label=L("nomination", "PAK",
            [D("سید علی رضا نقوی", "ڈائریکٹر جنرل (انٹرنیشنل کوآپریشن)", "ali.naqvi@moitt.gov.pk",
               ["Syed Ali Raza Naqvi"])], [B]))

msg("my_mmr_nom", "my",
    note="'ဦး' (U) honorific removed; Latin form",
    frm=("Posts and Telecommunications Department", "ptd.intl@ptd.gov.mm"),
    subj="CI-19/35 - Myanmar nomination",
    date="2019-08-13 16:10:44 +0630", recv="2019-08-13 11:40:58 +0200",
    mid="CAQ8xB1+Rt5Lm2Wp9nV0cZ4yK7sG@mail.gmail.com", relay="mail-pl1-f180.google.com",
    cs="utf-8", cte="base64",
    text="""လေးစားအပ်ပါသော Mr. Christopher Clark ခင်ဗျား၊

CI-19/35 စာအရ ဘူဒါပက်စ်မြို့တွင် ကျင်းပမည့် ပထမအကြိမ် ဆွေးနွေးတိုင်ပင်ပွဲသို့ ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာန၊ ဆက်သွယ်ရေးဦးစီးဌာနမှ ဒုတိယညွှန်ကြားရေးမှူး ဦးကျော်ဇင်ထွန်း (U Kyaw Zin Htun) အား စေလွှတ်မည်ဖြစ်ပါကြောင်း အကြောင်းကြားအပ်ပါသည်။

အီးမေးလ်: kyawzinhtun@ptd.gov.mm

လေးစားစွာဖြင့်
နိုင်ငံခြားဆက်ဆံရေးဌာနခွဲ
""",
    label=L("nomination", "MMR",
            [D("ကျော်ဇင်ထွန်း", "ဒုတိယညွှန်ကြားရေးမှူး", "kyawzinhtun@ptd.gov.mm", ["Kyaw Zin Htun"])], [B]))

msg("ja_jpn_corr", "ja",
    note="correction of one character of the given name (太郎 -> 太朗); the wrong name also appears",
    frm=("佐藤 花子", "h-sato@soumu.go.jp"),
    subj="【訂正】CI-19/35 協議会合への出席者について（日本）",
    date="2019-08-13 19:02:37 +0900", recv="2019-08-13 12:02:51 +0200",
    mid="20190813190237.4A5B6C7D@soumu.go.jp", cs="shift_jis", cte="base64",
    irt="<20190809174125.8C1D2E3F@soumu.go.jp>",
    text="""国際電気通信連合
SME担当 御中

総務省の佐藤です。
先日お送りしたメールにおいて、出席者の氏名に誤りがございました。大変失礼いたしました。

（誤）山田 太郎
（正）山田 太朗

ローマ字表記（YAMADA Taro）、所属、メールアドレスに変更はございません。

引き続きよろしくお願いいたします。

佐藤 花子
""",
    label=L("correction", "JPN", [D("山田 太朗", None, None, ["YAMADA Taro"])], [B], supersedes="ja_jpn_nom"))

msg("tr_tur_nom", "tr",
    note="name with a genitive suffix ('Öztürk'ün') in the text, bare in the data; 'Sayın' honorific",
    frm=("Dış İlişkiler Dairesi", "dis.iliskiler@btk.gov.tr"),
    subj="CI-19/35 Sayılı Genelge Hk.",
    date="2019-08-14 11:40:29 +0300", recv="2019-08-14 10:40:43 +0200",
    mid="7d8e9f0a1b2c43d4e5f6a7b8c9d0e1f2@BTKEXCH01.btk.gov.tr", cs="iso-8859-9", cte="quoted-printable",
    text="""Sayın Clark,

CI-19/35 sayılı genelgenize istinaden, Budapeşte'de 10 Eylül 2019 tarihinde yapılacak ilk istişare oturumuna Kurumumuzu temsilen Sayın Şükrü Çağlar Öztürk'ün katılacağını bilgilerinize sunarız.

Katılımcı bilgileri:
Adı Soyadı: Şükrü Çağlar Öztürk
Unvanı: Daire Başkanı, Sektörel Araştırma ve Strateji Geliştirme Dairesi
E-posta: sukru.ozturk@btk.gov.tr

Saygılarımızla,

Dış İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu (BTK)
""",
    label=L("nomination", "TUR",
            [D("Şükrü Çağlar Öztürk", "Daire Başkanı, Sektörel Araştırma ve Strateji Geliştirme Dairesi",
               "sukru.ozturk@btk.gov.tr")], [B]))

msg("ko_kor_nom", "ko",
    note="name with romanisation alias, EUC-KR; 2020 meetings explicitly excluded; sender is not the participant",
    frm=("이수진", "sujin.lee@korea.kr"),
    subj="[과기정통부] CI-19/35 협의 세션 참가자 추천",
    date="2019-08-14 16:25:50 +0900", recv="2019-08-14 09:26:04 +0200",
    mid="20190814162550.7E8F9A0B@korea.kr", cs="euc-kr", cte="base64",
    text="""국제전기통신연합(ITU) 담당자님께,

CI-19/35 회람과 관련하여, 대한민국 과학기술정보통신부는 9월 10일 부다페스트에서 개최되는 첫 번째 협의 세션에 아래와 같이 참가자를 추천합니다.

- 성명: 김민준 (KIM Min-jun)
- 소속/직위: 과학기술정보통신부 국제협력관실 서기관
- 이메일: minjun.kim@korea.kr

2020년에 예정된 회의에는 이번에는 참석하지 않을 예정입니다.

감사합니다.

이수진 드림
과학기술정보통신부 국제협력담당관실
Tel: +82-44-202-4000
""",
    label=L("nomination", "KOR",
            [D("김민준", "과학기술정보통신부 국제협력관실 서기관", "minjun.kim@korea.kr", ["KIM Min-jun"])], [B]))

msg("bn_bgd_nom", "bn",
    note="'জনাব' honorific; 'মোঃ' (Md.) part of the name",
    frm=("Syeda Nasrin Akter", "ds.ic@ptd.gov.bd"),
    subj="সার্কুলার CI-19/35 - বাংলাদেশের মনোনয়ন",
    date="2019-08-14 14:10:27 +0600", recv="2019-08-14 10:10:41 +0200",
    mid="CAR3yC6+Vm9Lp1Tq5nX8bZ0cK4wH@mail.gmail.com", relay="mail-pg1-f178.google.com",
    cs="utf-8", cte="base64",
    text="""জনাব ক্রিস্টোফার ক্লার্ক,

আইটিইউ সার্কুলার CI-19/35 এর প্রেক্ষিতে, গণপ্রজাতন্ত্রী বাংলাদেশ সরকারের ডাক ও টেলিযোগাযোগ বিভাগ বুদাপেস্টে অনুষ্ঠিতব্য প্রথম পরামর্শ সভায় অংশগ্রহণের জন্য জনাব মোঃ রফিকুল ইসলাম, যুগ্মসচিব (আন্তর্জাতিক সহযোগিতা)-কে মনোনীত করেছে।

ই-মেইল: rafiqul.islam@ptd.gov.bd
(Md. Rafiqul Islam, Joint Secretary)

বিনীত,
সৈয়দা নাসরিন আক্তার
উপসচিব
ডাক ও টেলিযোগাযোগ বিভাগ
""",
    label=L("nomination", "BGD",
            [D("মোঃ রফিকুল ইসলাম", "যুগ্মসচিব (আন্তর্জাতিক সহযোগিতা)", "rafiqul.islam@ptd.gov.bd",
               ["Md. Rafiqul Islam"])], [B]))

msg("si_lka_nom", "si",
    note="'මහතා' (Mr) after the name; Latin form",
    frm=("TRCSL International Affairs", "intl@trc.gov.lk"),
    subj="CI-19/35 චක්‍රලේඛය - ශ්‍රී ලංකා නාමයෝජනාව",
    date="2019-08-14 15:02:19 +0530", recv="2019-08-14 11:32:33 +0200",
    mid="5D53D2C3.6010807@trc.gov.lk", cs="utf-8", cte="base64",
    text="""ගරු ක්‍රිස්ටෝෆර් ක්ලාක් මහතා වෙත,

CI-19/35 චක්‍රලේඛයට අදාළව, බුඩාපෙස්ට් හි පැවැත්වෙන පළමු උපදේශන සැසියට සහභාගී වීම සඳහා ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාවේ අධ්‍යක්ෂ (ජාත්‍යන්තර කටයුතු) නිමල් පෙරේරා මහතා නම් කරන බව කාරුණිකව දන්වමි.

විද්‍යුත් තැපෑල: nimal.perera@trc.gov.lk
(Mr. Nimal Perera)

ස්තූතියි,
ජාත්‍යන්තර කටයුතු අංශය
""",
    label=L("nomination", "LKA",
            [D("නිමල් පෙරේරා", "අධ්‍යක්ෂ (ජාත්‍යන්තර කටයුතු)", "nimal.perera@trc.gov.lk", ["Nimal Perera"])], [B]))

msg("mn_mng_nom", "mn",
    note="patronymic in the genitive ('Батболдын') is part of the name; accusative in the text",
    frm=("Гадаад харилцааны хэлтэс", "foreign@cita.gov.mn"),
    subj="CI-19/35 албан бичгийн хариу",
    date="2019-08-14 17:45:03 +0800", recv="2019-08-14 11:45:17 +0200",
    mid="20190814094503.3C4D5E6F7A@cita.gov.mn", cs="utf-8", cte="quoted-printable",
    text="""Эрхэм хүндэт ноён Кларк,

CI-19/35 тоот албан бичгийн хариуд Монгол Улсын Харилцаа холбоо, мэдээллийн технологийн газар Будапешт хотод болох анхны зөвлөлдөх уулзалтад Батболдын Энхтуяаг оролцуулахаар нэр дэвшүүлж байна.

Оролцогчийн мэдээлэл:
Овог, нэр: Батболдын Энхтуяа (Batbold Enkhtuya)
Албан тушаал: Гадаад харилцааны хэлтсийн дарга
И-мэйл: enkhtuya.b@cita.gov.mn

Хүндэтгэсэн,
Гадаад харилцааны хэлтэс
""",
    label=L("nomination", "MNG",
            [D("Батболдын Энхтуяа", "Гадаад харилцааны хэлтсийн дарга", "enkhtuya.b@cita.gov.mn",
               ["Batbold Enkhtuya"])], [B]))

msg("ky_kgz_nom", "ky",
    note="'уулу' is part of the name; accusative in the text",
    frm=("Эл аралык кызматташтык бөлүмү", "intl@digital.gov.kg"),
    subj="CI-19/35 циркулярдык катка жооп",
    date="2019-08-14 16:02:55 +0600", recv="2019-08-14 12:03:09 +0200",
    mid="20190814100255.6D7E8F9A0B@digital.gov.kg", cs="utf-8", cte="base64",
    text="""Урматтуу Кларк мырза!

CI-19/35 циркулярдык катка жооп катары, Кыргыз Республикасынын Санариптик өнүктүрүү мамлекеттик комитети Будапешт шаарында өтө турган биринчи консультациялык сессияга катышуу үчүн Нурбек Токтогул уулун сунуштайт.

Катышуучу: Нурбек Токтогул уулу, санариптик экономика бөлүмүнүн башчысы, n.toktogul@digital.gov.kg

Урматтоо менен,
Эл аралык кызматташтык бөлүмү
""",
    label=L("nomination", "KGZ",
            [D("Нурбек Токтогул уулу", "санариптик экономика бөлүмүнүн башчысы", "n.toktogul@digital.gov.kg")],
            [B]))

msg("th_tha_nom", "th",
    note="honorific 'นาย' attached to the name without a space; TIS-620",
    frm=("NBTC International Affairs", "intl@nbtc.go.th"),
    subj="CI-19/35 - Thailand nomination",
    date="2019-08-15 14:20:36 +0700", recv="2019-08-15 09:20:50 +0200",
    mid="20190815072036.1B2C3D4E5F@nbtc.go.th", cs="tis-620", cte="base64",
    text="""เรียน ฝ่ายเลขานุการ ITU

ตามหนังสือเวียนที่ CI-19/35 สำนักงาน กสทช. ขอแจ้งรายชื่อผู้เข้าร่วมการประชุมหารือครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562 ดังนี้

นายสมชาย ศรีสุข (Mr. Somchai Srisuk) ผู้อำนวยการสำนักความร่วมมือระหว่างประเทศ อีเมล somchai.s@nbtc.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
นางสาวพิมพ์ชนก วงศ์ใหญ่
สำนักความร่วมมือระหว่างประเทศ
""",
    label=L("nomination", "THA",
            [D("สมชาย ศรีสุข", "ผู้อำนวยการสำนักความร่วมมือระหว่างประเทศ", "somchai.s@nbtc.go.th",
               ["Somchai Srisuk"])], [B]))

msg("az_aze_nom", "az",
    note="patronymic 'oğlu' is part of the name; accusative in the text",
    frm=("Beynəlxalq əlaqələr şöbəsi", "intl@mincom.gov.az"),
    subj="CI-19/35 sirkulyarına cavab",
    date="2019-08-15 13:05:14 +0400", recv="2019-08-15 11:05:28 +0200",
    mid="20190815090514.8E9F0A1B2C@mincom.gov.az", cs="utf-8", cte="quoted-printable",
    text="""Hörmətli cənab Klark,

CI-19/35 saylı sirkulyara cavab olaraq, Azərbaycan Respublikası Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi Budapeştdə keçiriləcək birinci məsləhətləşmə sessiyasında iştirak üçün Məmmədov Elvin Rauf oğlunu namizəd kimi təqdim edir.

İştirakçı: Məmmədov Elvin Rauf oğlu, Beynəlxalq əlaqələr şöbəsinin müdiri, e.mammadov@mincom.gov.az

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
""",
    label=L("nomination", "AZE",
            [D("Məmmədov Elvin Rauf oğlu", "Beynəlxalq əlaqələr şöbəsinin müdiri", "e.mammadov@mincom.gov.az")],
            [B]))

msg("id_idn_ordinal", "id",
    note="one-word name ('Sutrisno'); 'second and third sessions'; Bapak/Ibu honorifics",
    frm=("Biro Kerja Sama Internasional", "kerjasama@kominfo.go.id"),
    subj="Tanggapan atas Surat Edaran ITU CI-19/35",
    date="2019-08-15 15:33:41 +0700", recv="2019-08-15 10:33:55 +0200",
    mid="1565858021.4421.kerjasama@kominfo.go.id", cs="utf-8", cte="quoted-printable",
    text="""Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran ITU CI-19/35, dengan hormat kami sampaikan bahwa Kementerian Komunikasi dan Informatika Republik Indonesia menugaskan:

1. Bapak Sutrisno, Direktur Pemberdayaan Industri Informatika (sutrisno@kominfo.go.id), untuk sesi pertama di Budapest;
2. Ibu Dian Permata Sari, Kepala Subdirektorat Kerja Sama Multilateral (dian.permata@kominfo.go.id), untuk sesi kedua dan ketiga pada tahun 2020.

Atas perhatian Bapak, kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
""",
    label=L("nomination", "IDN",
            [D("Sutrisno", "Direktur Pemberdayaan Industri Informatika", "sutrisno@kominfo.go.id"),
             D("Dian Permata Sari", "Kepala Subdirektorat Kerja Sama Multilateral", "dian.permata@kominfo.go.id")],
            [B, C, W]))

msg("km_khm_nom", "km",
    note="'លោក' (Mr) honorific; Latin form",
    frm=("MPTC International Cooperation", "intl@mptc.gov.kh"),
    subj="CI-19/35 - Cambodia nomination",
    date="2019-08-15 16:12:08 +0700", recv="2019-08-15 11:12:22 +0200",
    mid="CAS6zD9+Wq2Lr4Tm8nY1bZ3cK5xJ@mail.gmail.com", relay="mail-pg1-f196.google.com",
    cs="utf-8", cte="base64",
    text="""គោរពជូន លោក Christopher Clark

យោងតាមលិខិតចរាចរលេខ CI-19/35 ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ សូមជម្រាបជូនថា លោក សុខ វិសាល (Mr. SOK Visal) អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ នឹងចូលរួមក្នុងវគ្គពិគ្រោះយោបល់លើកទីមួយនៅទីក្រុងប៊ុយដាប៉ែស។

អ៊ីមែល៖ sok.visal@mptc.gov.kh

សូមអរគុណ។
នាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ
""",
    label=L("nomination", "KHM",
            [D("សុខ វិសាល", "អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ", "sok.visal@mptc.gov.kh", ["SOK Visal"])],
            [B]))

msg("fa_afg_interest", "fa",
    note="Dari: interest in all sessions of the series, name later",
    frm=("ریاست روابط بین‌المللی", "intl.relations@mcit.gov.af"),
    subj="پاسخ به بخشنامه CI-19/35",
    date="2019-08-15 14:40:22 +0430", recv="2019-08-15 12:10:36 +0200",
    mid="20190815101022.2A3B4C5D6E@mcit.gov.af", cs="utf-8", cte="base64",
    text="""محترم آقای کلارک،

با عرض سلام و احترام،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان علاقه‌مندی خود را به اشتراک در تمامی جلسات مشورتی این سلسله اعلام می‌دارد. نام نماینده ما متعاقباً به شما ارسال خواهد شد.

با احترام،
ریاست روابط بین‌المللی
وزارت مخابرات و تکنالوژی معلوماتی
""",
    label=L("interest_only", "AFG", [], [B, C, W]))

msg("tk_tkm_interest", "tk",
    note="interest, name later",
    frm=("Halkara gatnaşyklar bölümi", "halkara@turkmenaragatnashyk.gov.tm"),
    subj="CI-19/35 belgili aylaw hatyna jogap",
    date="2019-08-16 12:30:47 +0500", recv="2019-08-16 09:31:01 +0200",
    mid="20190816073047.9F0A1B2C3D@turkmenaragatnashyk.gov.tm", cs="utf-8", cte="quoted-printable",
    text="""Hormatly jenap Klark,

CI-19/35 belgili aýlaw hatyňyza jogap hökmünde, "Türkmenaragatnaşyk" agentligi Budapeştde geçiriljek ilkinji maslahat mejlisine gatnaşmaga gyzyklanma bildirýär. Gatnaşyjynyň ady goşmaça habar berler.

Hormat bilen,
Halkara gatnaşyklar bölümi
""",
    label=L("interest_only", "TKM", [], [B]))

msg("hy_arm_nom", "hy",
    note="name in the dative in the text, nominative in the data; late (19 Aug); the earlier message was an inquiry",
    frm=("Armen Sargsyan", "a.sargsyan@mtcit.am"),
    subj="Պատասխան CI-19/35 շրջաբերականին",
    date="2019-08-19 12:10:33 +0400", recv="2019-08-19 10:10:47 +0200",
    mid="CAD2kq9Xn+8yQ1sU6fZw4OcM9tR2@mail.gmail.com", relay="mail-lj1-f68.google.com",
    cs="utf-8", cte="base64",
    text="""Հարգելի պարոն Քլարկ,

Ի պատասխան CI-19/35 շրջաբերականի՝ ՀՀ տրանսպորտի, կապի և տեղեկատվական տեխնոլոգիաների նախարարությունը Բուդապեշտում կայանալիք առաջին խորհրդակցական նիստին մասնակցելու համար առաջադրում է Արամ Հակոբյանին։

Մասնակից՝ Արամ Հակոբյան (Aram Hakobyan), տեղեկատվական տեխնոլոգիաների վարչության պետ
Էլ. փոստ՝ a.hakobyan@mtcit.am

Հարգանքով՝
Արմեն Սարգսյան
Միջազգային համագործակցության բաժին
""",
    label=L("nomination", "ARM",
            [D("Արամ Հակոբյան", "տեղեկատվական տեխնոլոգիաների վարչության պետ", "a.hakobyan@mtcit.am",
               ["Aram Hakobyan"])], [B]))

msg("kk_kaz_nom", "kk",
    note="earlier message was interest only: this is a nomination (not a correction); accusative; late",
    frm=("Халықаралық ынтымақтастық департаменті", "dms@mdai.gov.kz"),
    subj="CI-19/35: қатысушы туралы",
    date="2019-08-23 15:05:19 +0600", recv="2019-08-23 11:05:33 +0200",
    mid="20190823090519.4C5D6E7F8A@mdai.gov.kz", cs="utf-8", cte="base64",
    text="""Құрметті Кларк мырза!

Қазақстан Республикасы Цифрлық даму, қорғаныс және аэроғарыш өнеркәсібі министрлігі 12 тамыздағы хатымызға қосымша Будапешттегі консультациялық сессияға қатысушы ретінде Серіков Асқар Жұмабекұлын ұсынады.

Қатысушы туралы мәлімет:
Т.А.Ә.: Серіков Асқар Жұмабекұлы
Лауазымы: Цифрландыру департаменті директорының орынбасары
Эл. пошта: a.serikov@mdai.gov.kz

Құрметпен,
Халықаралық ынтымақтастық департаменті
""",
    label=L("nomination", "KAZ",
            [D("Серіков Асқар Жұмабекұлы", "Цифрландыру департаменті директорының орынбасары", "a.serikov@mdai.gov.kz")],
            [B]))
# ---------------------------------------------------------------------------------------------
# OTHER LANGUAGES: AFRICA
# ---------------------------------------------------------------------------------------------
msg("mg_mdg_nom", "mg",
    note="'an-dRamatoa' (Ramatoa = Mrs) fused with the object marker; long Malagasy names",
    frm=("Direction de la Coopération MNDPT", "cooperation@mndpt.gov.mg"),
    subj="Valiny amin'ny taratasy boribory CI-19/35",
    date="2019-08-13 14:15:20 +0300", recv="2019-08-13 13:15:34 +0200",
    mid="20190813111520.5B6C7D8E9F@mndpt.gov.mg", cs="iso-8859-1", cte="quoted-printable",
    text="""Tompoko,

Ho valin'ny taratasy boribory CI-19/35, ny Ministeran'ny Fampandrosoana ny Nomerika, ny Fifandraisan-davitra ary ny Paositra dia manendry an-dRamatoa Rakotomalala Haingonirina Tahina, Tale misahana ny fanavaozana nomerika, hanatrika ny fivoriana voalohany any Budapest.

Mailaka: h.rakotomalala@mndpt.gov.mg

Misaotra tompoko.

Ny Talen'ny Fiaraha-miasa Iraisam-pirenena
Antananarivo
""",
    label=L("nomination", "MDG",
            [D("Rakotomalala Haingonirina Tahina", "Tale misahana ny fanavaozana nomerika",
               "h.rakotomalala@mndpt.gov.mg")], [B]))

msg("sw_ken_nom", "sw",
    note="'Bw.'/'Bi.' are honorifics; signer 'Dkt.' is not a delegate",
    frm=("Idara ya Uhusiano wa Kimataifa", "intl@ict.go.ke"),
    subj="Uteuzi - Kikao cha Mashauriano cha ITU (CI-19/35)",
    date="2019-08-14 12:48:06 +0300", recv="2019-08-14 11:48:20 +0200",
    mid="5D53DA26.9000403@ict.go.ke", cs="utf-8", cte="quoted-printable",
    text="""Ndugu Christopher Clark,

Kuhusu barua ya mzunguko CI-19/35, Wizara ya Habari, Mawasiliano na Teknolojia ya Kenya inapenda kuwateua wafuatao kushiriki katika kikao cha kwanza cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019:

1. Bw. Otieno Odhiambo Ouma, Mkurugenzi wa Ubunifu wa TEHAMA (oouma@ict.go.ke)
2. Bi. Wanjiru Kamau Njoroge, Afisa Mkuu wa Sera (wkamau@ict.go.ke)

Tunatanguliza shukrani zetu.

Wako mwaminifu,

Dkt. Grace Wambui Mutua
Katibu, Idara ya Uhusiano wa Kimataifa
Wizara ya Habari, Mawasiliano na Teknolojia
Nairobi
""",
    label=L("nomination", "KEN",
            [D("Otieno Odhiambo Ouma", "Mkurugenzi wa Ubunifu wa TEHAMA", "oouma@ict.go.ke"),
             D("Wanjiru Kamau Njoroge", "Afisa Mkuu wa Sera", "wkamau@ict.go.ke")], [B]))

msg("am_eth_nom", "am",
    note="'አቶ' (Mr) is an honorific; signer 'ወ/ሮ' is not a delegate",
    frm=("MInT International Relations", "intl@mint.gov.et"),
    subj="CI-19/35 - Ethiopia nomination",
    date="2019-08-14 15:30:11 +0300", recv="2019-08-14 14:30:25 +0200",
    mid="CAT7aE0+Xr3Ls5Un9oZ2cA4dL6yK@mail.gmail.com", relay="mail-wr1-f66.google.com",
    cs="utf-8", cte="base64",
    text="""ለዓለም አቀፍ የቴሌኮሙኒኬሽን ሕብረት (ITU) ጽሕፈት ቤት

ጉዳዩ፦ በቡዳፔስት ለሚካሄደው የምክክር መድረክ ተሳታፊ ስለመላክ

በሰርኩላር CI-19/35 መሠረት፣ የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር አቶ ተስፋዬ ገብረመድህን (Mr. Tesfaye Gebremedhin)፣ የዲጂታል ኢኮኖሚ ዳይሬክተር፣ ሴፕቴምበር 10 ቀን 2019 በቡዳፔስት በሚካሄደው የመጀመሪያው የምክክር መድረክ እንዲሳተፉ መመደባቸውን በአክብሮት እንገልጻለን።

ኢሜል፦ tesfaye.g@mint.gov.et

ከሰላምታ ጋር
ወ/ሮ ሕይወት አበበ
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
""",
    label=L("nomination", "ETH",
            [D("ተስፋዬ ገብረመድህን", "የዲጂታል ኢኮኖሚ ዳይሬክተር", "tesfaye.g@mint.gov.et", ["Tesfaye Gebremedhin"])],
            [B]))

msg("so_som_nom", "so",
    note="'Mudane' is an honorific; the English spelling is an alias",
    frm=("Xafiiska Xiriirka Caalamiga", "xiriirka@mptt.gov.so"),
    subj="Jawaabta warqadda wareegtada CI-19/35",
    date="2019-08-16 13:22:40 +0300", recv="2019-08-16 12:22:54 +0200",
    mid="CAU8bF1+Ys4Mt6Vo0pA3dB5eM7zL@mail.gmail.com", relay="mail-wm1-f68.google.com",
    cs="utf-8", cte="quoted-printable",
    text="""Mudane Christopher Clark,

Iyadoo laga jawaabayo warqadda wareegtada ah ee CI-19/35, Wasaaradda Boostada, Isgaarsiinta iyo Teknoolajiyadda ee Jamhuuriyadda Federaalka Soomaaliya waxay u magacawday Mudane Cabdiraxmaan Maxamed Xuseen (Abdirahman Mohamed Hussein), Agaasimaha Siyaasadda ICT, inuu ka qayb galo fadhiga koowaad ee la-tashiga ee Budapest.

Iimaylka: c.xuseen@mptt.gov.so

Mahadsanid,
Xafiiska Xiriirka Caalamiga
Muqdisho
""",
    label=L("nomination", "SOM",
            [D("Cabdiraxmaan Maxamed Xuseen", "Agaasimaha Siyaasadda ICT", "c.xuseen@mptt.gov.so",
               ["Abdirahman Mohamed Hussein"])], [B]))


# ---------------------------------------------------------------------------------------------
# How each hand-written reply was sent: HTML rendering by the sender's client, logos, attachments.
# (The words are those written above; this only says which mail client carried them.)
# ---------------------------------------------------------------------------------------------
def _fake_pdf(title):
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            b"4 0 obj\n<< /Title (" + title.encode("ascii") + b") /Producer (Canon iR-ADV C5535 PDF) >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%EOF\n")


def _fake_docx():
    return (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01\x00\x00 \x05\x00\x00\x13\x00"
            b"\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")


PRESENT = {
    # Outlook (multipart/alternative, Word HTML)
    "en_gbr_nom": dict(as_html="outlook", lang_attr="EN-GB"),
    "en_can_split": dict(as_html="outlook", lang_attr="EN-CA", logo=True),
    "en_irl_nom": dict(as_html="outlook", lang_attr="EN-IE"),
    "en_nzl_decline": dict(as_html="outlook", lang_attr="EN-NZ"),
    "fr_bel_2020": dict(as_html="outlook", lang_attr="FR-BE", logo=True),
    "fr_fra_decline": dict(as_html="outlook", lang_attr="FR"),
    "es_chl_nom": dict(as_html="outlook", lang_attr="ES-CL"),
    "es_esp_decline": dict(as_html="outlook", lang_attr="ES"),
    "ar_bhr_nom": dict(as_html="outlook", lang_attr="AR-BH", rtl=True),
    "ar_are_interest": dict(as_html="outlook", lang_attr="AR-AE", rtl=True, logo=True),
    "ar_jor_decline": dict(as_html="outlook", lang_attr="AR-JO", rtl=True),
    "ru_tjk_decline": dict(as_html="outlook", lang_attr="RU"),
    "pt_prt_decline": dict(as_html="outlook", lang_attr="PT"),
    "nl_nld_interest": dict(as_html="outlook", lang_attr="NL"),
    "sv_swe_nom": dict(as_html="outlook", lang_attr="SV"),
    "it_ita_data": dict(as_html="outlook", lang_attr="IT"),
    "da_dnk_decline": dict(as_html="outlook", lang_attr="DA"),
    "cs_cze_nom": dict(as_html="outlook", lang_attr="CS"),
    "de_aut_wsis": dict(as_html="outlook", lang_attr="DE-AT"),
    "bg_bgr_decline": dict(as_html="outlook", lang_attr="BG"),
    "lt_ltu_nom": dict(as_html="outlook", lang_attr="LT"),
    "he_isr_cwg": dict(as_html="outlook", lang_attr="HE", rtl=True),
    "tr_tur_nom": dict(as_html="outlook", lang_attr="TR"),
    # Gmail and similar webmail (multipart/alternative, divs)
    "en_nga_nom": dict(as_html="gmail"),
    "en_nga_repeat": dict(as_html="gmail"),
    "en_mwi_self": dict(as_html="gmail"),
    "en_lbr_edge": dict(as_html="gmail"),
    "es_col_inquiry": dict(as_html="gmail"),
    "es_arg_nom": dict(as_html="gmail"),
    "es_gnq_orden": dict(as_html="gmail"),
    "es_bol_late": dict(as_html="gmail"),
    "ar_irq_inquiry": dict(as_html="gmail", rtl=True),
    "ar_omn_logistics": dict(as_html="gmail", rtl=True),
    "ar_lbn_fwd": dict(as_html="gmail", rtl=True),
    "ru_arm_inquiry": dict(as_html="gmail"),
    "ro_rou_inquiry": dict(as_html="gmail"),
    "mk_mkd_decline": dict(as_html="gmail"),
    "sq_alb_nom": dict(as_html="gmail"),
    "ka_geo_nom": dict(as_html="gmail"),
    "ne_npl_interest": dict(as_html="gmail"),
    "ur_pak_nom": dict(as_html="gmail", rtl=True),
    "my_mmr_nom": dict(as_html="gmail"),
    "bn_bgd_nom": dict(as_html="gmail"),
    "km_khm_nom": dict(as_html="gmail"),
    "am_eth_nom": dict(as_html="gmail"),
    "so_som_nom": dict(as_html="gmail"),
    "hy_arm_nom": dict(as_html="gmail"),
    "fr_cod_logistics": dict(as_html="gmail"),
    # HTML only (webmail / Lotus / Zimbra without a text alternative)
    "es_ecu_apellidos": dict(as_html="gmail", html_only=True),
    "ms_mys_nom": dict(as_html="outlook", lang_attr="MS", html_only=True),
    "vi_vnm_nom": dict(as_html="gmail", html_only=True),
    "en_sle_late": dict(as_html="gmail", html_only=True),
    "fr_ben_late": dict(as_html="outlook", lang_attr="FR", html_only=True),
    "zh_chn_inquiry": dict(as_html="gmail", html_only=True),
    # attachments (scanned letters, forms) and logos
    "fr_civ_nom": dict(atts=[dict(filename="Lettre_reponse_CI-19-35_Cote_d'Ivoire.pdf", ctype="application/pdf",
                                  data=_fake_pdf("Lettre CI-19-35"))]),
    "ru_rus_nom": dict(atts=[dict(filename="Письмо в МСЭ CI-19-35.pdf", ctype="application/pdf",
                                  data=_fake_pdf("Pismo MSE"))]),
    "ar_egy_nom": dict(logo=True, atts=[dict(filename="خطاب الترشيح.pdf", ctype="application/pdf",
                                             data=_fake_pdf("Nomination letter"))]),
    "es_mex_nom": dict(logo=True),
    "de_deu_nom": dict(atts=[dict(filename="Benennung_BMWi_CI-19-35.pdf", ctype="application/pdf",
                                  data=_fake_pdf("Benennung"))]),
    "pl_pol_nom": dict(atts=[dict(filename="formularz_zgłoszeniowy.docx",
                                  ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                  data=_fake_docx())]),
    "zh_chn_nom": dict(atts=[dict(filename="参会回执.docx",
                                  ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                  data=_fake_docx())]),
    "ko_kor_nom": dict(atts=[dict(filename="참가신청서.hwp", ctype="application/x-hwp",
                                  data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 24)]),
    "en_sgp_nom": dict(logo=True),
}
_keys = {m["key"] for m in M}
assert set(PRESENT) <= _keys, set(PRESENT) - _keys
for _m in M:
    _m.update(PRESENT.get(_m["key"], {}))


# =============================================================================================
# BUILD
# =============================================================================================
def ts(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def hx(s, n=12):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def fake_ip(seed):
    d = hashlib.sha1(("ip:" + seed).encode()).digest()
    first = (41, 62, 77, 80, 85, 91, 102, 105, 109, 124, 130, 146, 154, 162, 181, 186, 190, 193, 195, 196, 197,
             200, 202, 203, 210, 212, 213, 217)[d[0] % 28]
    return f"{first}.{d[1]}.{d[2]}.{1 + d[3] % 253}"


def hdr_charset(cs, value=""):
    """Mailers encode headers in the body charset when they can, else in UTF-8."""
    if cs.lower() in ("us-ascii", "ascii"):
        return "utf-8"
    try:
        value.encode(cs)
        return cs
    except UnicodeEncodeError:
        return "utf-8"


def enc_hdr(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, hdr_charset(cs, value), maxlinelen=76, header_name="Subject").encode(linesep="\n")


def enc_addr(a, cs):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=hdr_charset(cs, name))


def enc_addrs(lst, cs):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ",\n\t".join(enc_addr(a, cs) for a in lst)


def encode_text(text, cs):
    if cs.lower() == "iso-2022-jp":   # reset to ASCII at every line end, as mailers do
        return b"\n".join(line.encode(cs) for line in text.split("\n"))
    return text.encode(cs)  # strict: a character the charset lacks is a bug in this file


def cte_body(data, cte):
    if cte == "7bit":
        data.decode("ascii")
        return data
    if cte == "8bit":
        assert all(len(x) <= 998 for x in data.split(b"\n")), "8bit line too long"
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def leaf_text(subtype, text, cs, cte, flowed=False, disp=None):
    if not text.endswith("\n"):
        text += "\n"
    data = cte_body(encode_text(text, cs), cte)
    ct = f'text/{subtype}; charset="{cs}"'
    if flowed:
        ct = f"text/{subtype}; charset={cs}; format=flowed"
    hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        hdrs.append(f"Content-Disposition: {disp}")
    return hdrs, data


def fname_params(filename):
    try:
        filename.encode("ascii")
        return f'name="{filename}"', f'filename="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"), safe="")
        chunks = [""]                          # RFC 2231 continuations, split between characters only
        for ch in filename:
            u = quote(ch.encode("utf-8"), safe="")
            if len(chunks[-1]) + len(u) > 54:
                chunks.append("")
            chunks[-1] += u
        if len(chunks) == 1:
            return f"\n\tname*=utf-8''{q}", f"\n\tfilename*=utf-8''{q}"

        def cont(p):
            return ";".join(f"\n\t{p}*{n}*=" + (f"utf-8''{c}" if n == 0 else c) for n, c in enumerate(chunks))
        return cont("name"), cont("filename")


def leaf_attachment(att):
    filename, ctype, data = att["filename"], att["ctype"], att["data"]
    if isinstance(data, str):
        data = encode_text(data, att.get("cs", "utf-8"))
    np, fp = fname_params(filename)
    sep = ";" if np.startswith("\n") else "; "
    ct = f"{ctype}{sep}{np}"
    if ctype.startswith("text/"):
        ct = f'{ctype}; charset="{att.get("cs", "utf-8")}"{sep}{np}'
    hdrs = [f"Content-Type: {ct}", "Content-Transfer-Encoding: base64",
            f"Content-Disposition: attachment{sep}{fp}"]
    return hdrs, base64.encodebytes(data)


def serialize(part):
    hdrs, body = part
    if not body.endswith(b"\n"):
        body += b"\n"
    return "\n".join(hdrs).encode("ascii") + b"\n\n" + body


def multipart(subtype, parts, boundary, extra="", preamble=True):
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + serialize(p)
    out += b"--" + boundary.encode() + b"--\n"
    return [f'Content-Type: multipart/{subtype};{extra}\n\tboundary="{boundary}"'], out


LOGO_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAKUlEQVR4nGNkYPjPQApgIkn1qIZRDaMaRjWMahjVMKph"
    "VMOohlENQ0sDAKKGAR+1sWzXAAAAAElFTkSuQmCC")


def text_to_html(spec):
    """Render a hand-written plain reply the way Outlook or Gmail renders the same words in HTML."""
    style, cs = spec["as_html"], spec.get("cs", "utf-8")
    rtl = spec.get("rtl", False)

    def esc(line):
        e = htmlmod.escape(line, quote=False)
        return re.sub(r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", r'<a href="mailto:\1">\1</a>', e)

    lines = spec["text"].rstrip("\n").split("\n")
    logo = ('<img width="120" height="40" src="cid:%s" alt="logo">' % spec["logo_cid"]) if spec.get("logo") else ""
    if style == "outlook":
        inner = P(*[esc(ln) if ln else "" for ln in lines])
        if logo:
            inner += "\n" + P(logo)
        return outlook_html(inner, cs, spec.get("lang_attr", "EN-US"), rtl=rtl)
    divs = "".join(f"<div>{esc(ln)}</div>" if ln else "<div><br></div>" for ln in lines)
    return gmail_html(divs + logo, rtl=rtl)


def body_part(spec, salt=""):
    """The reply itself: text, HTML, or both; then attachments / forwarded message / report."""
    cs, cte = spec.get("cs", "utf-8"), spec.get("cte", "quoted-printable")
    key = spec["key"] + salt
    text, html = spec.get("text"), spec.get("html")
    flowed = spec.get("flowed", False)
    if spec.get("logo"):
        spec["logo_cid"] = "image001.png@01D5%s.%s" % (hx(key + "cid", 4).upper(), hx(key + "cid2", 8).upper())
    if spec.get("as_html"):
        html = text_to_html(spec)
        if spec.get("html_only"):
            text = None
    elif spec.get("logo") and html is not None:   # hand-written Outlook HTML: logo under the signature
        tag = '<p class="MsoNormal"><img width="120" height="40" src="cid:%s" alt="logo"></p>\n' % spec["logo_cid"]
        i = html.rindex("</div>\n</body>")
        html = html[:i] + tag + html[i:]
    if html is not None and (text is not None or spec.get("alt")):
        plain = text if text is not None else html_to_text(html)
        part = multipart("alternative", [leaf_text("plain", plain, cs, spec.get("text_cte", cte), flowed),
                                         leaf_text("html", html, cs, spec.get("html_cte", cte))],
                         "----=_NextPart_001_" + hx(key + "alt", 16).upper(), preamble=False)
    elif html is not None:
        part = leaf_text("html", html, cs, cte)
    else:
        part = leaf_text("plain", text, cs, cte, flowed)
    if spec.get("logo"):
        img = (["Content-Type: image/png; name=\"image001.png\"", "Content-Transfer-Encoding: base64",
                f"Content-ID: <{spec['logo_cid']}>", "Content-Disposition: inline; filename=\"image001.png\""],
               base64.encodebytes(LOGO_PNG))
        inner_type = "multipart/alternative" if part[0][0].startswith("Content-Type: multipart/alternative") \
            else "text/html"
        part = multipart("related", [part, img], "----=_NextPart_002_" + hx(key + "rel", 16).upper(),
                         extra=f' type="{inner_type}";', preamble=False)
    subparts = [part]
    for att in spec.get("atts", []):
        subparts.append(leaf_attachment(att))
    if spec.get("fwd"):
        inner = build_message(spec["fwd"], inner=True)
        eight = any(b > 127 for b in inner)
        subparts.append(([f'Content-Type: message/rfc822',
                          f"Content-Transfer-Encoding: {'8bit' if eight else '7bit'}",
                          "Content-Disposition: attachment"], inner))
    if len(subparts) > 1:
        return multipart("mixed", subparts, "----=_NextPart_000_" + hx(key + "mix", 16).upper())
    return part


def report_part(spec):
    r = spec["report"]
    key = spec["key"]
    cs, cte = spec.get("cs", "us-ascii"), spec.get("cte", "7bit")
    human = leaf_text("plain", spec["text"], cs, cte)
    if r["type"] == "dsn":
        status = (["Content-Type: message/delivery-status"], r["fields"].encode("ascii"))
        orig = (["Content-Type: text/rfc822-headers"], r["headers"].encode("ascii"))
        return multipart("report", [human, status, orig], hx(key + "dsn", 20),
                         extra=" report-type=delivery-status;")
    status = (["Content-Type: message/disposition-notification"], r["fields"].encode("ascii"))
    return multipart("report", [human, status], hx(key + "mdn", 20),
                     extra=" report-type=disposition-notification;")


def received_lines(spec):
    recv = ts(spec["recv"])
    relay = spec.get("relay") or spec["frm"][1].split("@")[1]
    if "." in relay and not relay.startswith(("mail", "smtp", "mx", "out", "relay", "gw", "mta")):
        relay = "mail." + relay
    ip = fake_ip(relay)
    qid = hx(spec["key"] + "q", 10).upper()
    style = spec.get("itu", "postfix")
    mx = "mx%d.itu.int" % (1 + int(hx(spec["key"], 2), 16) % 2)
    if style == "local" and spec["frm"][1].endswith("itu.int"):
        mx = spec["frm"][1].split("@")[1]
    lines = []
    if style == "exchange":
        pre = recv - timedelta(seconds=2 + int(hx(spec["key"] + "d", 2), 16) % 9)
        top = recv.astimezone(timezone.utc)
        lines.append(f"Received: from {mx} (10.8.1.{20 + int(hx(spec['key'], 2), 16) % 9}) by EXCH02.itu.int\n"
                     f" (10.8.2.12) with Microsoft SMTP Server (version=TLS1_2,\n"
                     f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1713.5;\n"
                     f" {format_datetime(top)}")
        lines.append(f"Received: from {relay} ({relay} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n"
                     f"\tfor <sme@itu.int>; {format_datetime(pre.astimezone(GENEVA))} (CEST)")
    elif style == "local":          # generated by the ITU mail system itself (bounces)
        lines.append(f"Received: by {mx} (Postfix)\n\tid {qid}; {format_datetime(recv)}"
                     + (" (CEST)" if recv.utcoffset() == timedelta(hours=2) else ""))
    else:
        lines.append(f"Received: from {relay} ({relay} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n"
                     f"\tfor <sme@itu.int>; {format_datetime(recv)}"
                     + (" (CEST)" if recv.utcoffset() == timedelta(hours=2) else ""))
    if style != "local" and spec.get("date"):
        sent = ts(spec["date"])
        hop = min(sent + timedelta(seconds=1 + int(hx(spec["key"] + "h", 2), 16) % 5), recv - timedelta(seconds=1))
        hop = hop.astimezone(sent.tzinfo)
        if relay.endswith("google.com"):
            lines.append(f"Received: from [192.168.1.{2 + int(hx(spec['key'], 2), 16) % 200}] "
                         f"([{fake_ip(spec['key'] + 'client')}])\n\tby smtp.gmail.com with ESMTPSA id "
                         f"{hx(spec['key'] + 'inner', 16)}\n\tfor <sme@itu.int>; {format_datetime(hop)}")
        elif "outlook.com" in relay:
            mbx = spec["mid"].split("@")[-1].rstrip(">")
            lines.append(f"Received: from {mbx} ({fake_ip(mbx)}) by {relay} with Microsoft SMTP Server\n"
                         f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.2157.20;\n"
                         f" {format_datetime(hop.astimezone(timezone.utc))}")
        else:
            lines.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby {relay} with ESMTP id "
                         f"{hx(spec['key'] + 'inner', 8)}; {format_datetime(hop)}")
    return lines


def build_message(spec, inner=False):
    cs = spec.get("cs", "utf-8")
    hdrs = []
    if not inner:
        ret = spec.get("return_path", spec["frm"][1] if isinstance(spec["frm"], tuple) else "")
        hdrs.append(f"Return-Path: <{ret}>")
        hdrs.append("X-Original-To: sme@itu.int")
        hdrs.append("Delivered-To: sme@itu.int")
        hdrs += received_lines(spec)
    hdrs.append("From: " + enc_addrs(spec["frm"], cs))
    hdrs.append("To: " + enc_addrs(spec.get("to", ("", "sme@itu.int")), cs))
    if spec.get("cc"):
        hdrs.append("Cc: " + enc_addrs(spec["cc"], cs))
    hdrs.append("Subject: " + enc_hdr(spec["subj"], cs))
    if spec.get("date"):
        hdrs.append("Date: " + format_datetime(ts(spec["date"])))
    hdrs.append(f"Message-ID: <{spec['mid']}>")
    irt = spec.get("irt")
    if irt:
        irt = CIRC_MID if irt is True else irt
        hdrs.append(f"In-Reply-To: {irt}")
        hdrs.append(f"References: {irt}")
    for name, value in spec.get("hdrs", []):
        hdrs.append(f"{name}: {enc_hdr(value, cs)}")
    hdrs.append("MIME-Version: 1.0")
    part = report_part(spec) if spec.get("report") else body_part(spec)
    ph, body = part
    return serialize((hdrs + ph, body))


def structure_of(spec):
    if spec.get("report"):
        return "report/" + spec["report"]["type"]
    has_html = spec.get("html") is not None or spec.get("as_html")
    has_plain = spec.get("text") is not None and not spec.get("html_only") or spec.get("alt")
    body = "alternative" if has_html and has_plain else "html" if has_html else "plain"
    if spec.get("logo"):
        body = "related(" + body + "+image)"
    if spec.get("fwd"):
        return "mixed(" + body + "+message/rfc822)"
    if spec.get("atts"):
        return "mixed(" + body + "+attachment)"
    return body


def cs_tag(cs):
    return re.sub(r"[^a-z0-9]", "", cs.lower())


def main_charset(spec):
    return spec.get("cs", "us-ascii" if spec.get("report") else "utf-8")


def generate():
    keys = [m["key"] for m in M]
    dup = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert not dup, f"duplicate keys {dup}"
    order = sorted(M, key=lambda m: (ts(m["recv"]).astimezone(timezone.utc), m["key"]))
    by_key = {m["key"]: m for m in M}
    msgdir = os.path.join(OUT, "messages")
    if os.path.isdir(msgdir):
        shutil.rmtree(msgdir)
    os.makedirs(msgdir)
    labels = []
    for i, m in enumerate(order, 1):
        fname = f"{m['lang']}_{i:03d}_{cs_tag(main_charset(m))}.eml"
        m["file"] = fname
        raw = build_message(m)
        with open(os.path.join(msgdir, fname), "wb") as f:
            f.write(raw)
        lab = m["label"]
        kind = lab["kind"]
        rec = ts(m["recv"])
        if m.get("itu") == "exchange":      # the topmost ITU hop writes UTC
            rec = rec.astimezone(timezone.utc)
        sup = lab["supersedes"]
        labels.append({
            "message_id": f"<{m['mid']}>",
            "file": fname,
            "kind": kind,
            "language": m["lang"],
            "member_state": None if kind in ("auto_reply", "bounce", "unrelated") else lab["ms"],
            "delegates": lab["delegates"] if kind in ("nomination", "correction") else [],
            "sessions": sorted(lab["sessions"], key=SESSION_IDS.index)
            if kind in ("nomination", "interest_only", "correction") else [],
            "received_at": rec.isoformat(),
            "late": (rec > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None,
            "supersedes": f"<{by_key[sup]['mid']}>" if sup else None,
        })
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    write_readme(order, labels)
    return order, labels


# =============================================================================================
# README
# =============================================================================================
DECISIONS = r"""
## Labelling decisions (how SCHEMA was applied to hard cases)

**Sessions.**
- A session is counted only when the reply *chooses* it. Conditional or undecided mentions are not choices and are
  not labelled: "We may also consider participating in the sessions planned for 2020, depending on the agenda"
  (Botswana), "Sous réserve de l'approbation de la direction, M. de Weck pourrait également participer..."
  (Switzerland), "Evaluaremos más adelante la posibilidad de participar en las sesiones de 2020" (Argentina), "We
  have not yet decided on our participation in the sessions during the Council Working Group meetings" (Canada).
  An explicit exclusion ("2020년에 예정된 회의에는 ... 참석하지 않을 예정", Korea) is likewise not a session.
- Sessions are recognised however they are named: by city (Budapest / Будапешт / Budapeşte / Budimpešta /
  Boedapest / ブダペスト / 부다페스트 / بودابست ...), by event (ITU Telecom World; Council Working Group / GTC /
  radne skupine Vijeća; WSIS / SMSI / CMSI / ВВУИО / القمة العالمية لمجتمع المعلومات), by date ("la sesión del 10 de
  septiembre", "la sessione del 10 settembre"), by month ("בפברואר 2020" = CWG, "WSIS-Forum im April 2020"), or by
  order in the circular: first = `budapest-2019`, second = `cwg-2020`, third = `wsis-2020` ("segunda sesión",
  "sesi kedua dan ketiga"); "the first two meetings" ("aux deux premières sessions", "الاجتماعين الأولين", "prva dva
  sastanka") = Budapest + CWG; "the sessions in 2020" = CWG + WSIS; "all sessions of the series" = all three.
- When delegates are named for different sessions, the label carries the union of their sessions.
- A nomination that names no session is for `budapest-2019` (SCHEMA). The same default is applied to `interest_only`
  replies that express interest in "the consultation(s)" without naming a session: the circular asks for interest in,
  and a name for, the first session. A reply that declines Budapest but wants the 2020 sessions is `interest_only`
  (or `nomination` when it names someone) with only the 2020 sessions.
- A correction carries the sessions in force after the correction: those it states, else those of the message it
  corrects. Its delegate list is the full list in force after the correction; `title` and `email` are recorded only
  where the correction itself gives them (they are not copied from the corrected message).

**Kinds.**
- `inquiry` vs `interest_only`: a reply that asks questions *before* committing ("we are considering...", "before we
  confirm...", "the topic is of great interest to us; could you tell us...") is `inquiry`; a reply that states the
  Member State's interest in taking part and promises a name later is `interest_only`, even if it also asks a question.
- A nomination phrased as a logistics request ("could you register Mr X for Budapest", "please issue a visa letter
  for ...") is a `nomination`.
- A decline that praises the initiative or says it will "follow the outcomes with interest" is `decline`.
- A second message that repeats an earlier nomination unchanged ("resending in case it did not reach you") is
  `nomination` with `supersedes` null: it changes nothing, so it is not a correction.
- A message that adds a delegate to an earlier nomination is a `correction` whose delegate list is the full new
  list (the earlier delegate(s) plus the new one), `supersedes` pointing at the earlier nomination.
- A correction that only fixes a letter of a name, only an e-mail address, or only the session, is still a
  `correction`; the delegate list is restated in full with the corrected data.
- A nomination that follows an earlier `interest_only` reply of the same Member State is a `nomination`
  (`supersedes` null): there was no nomination to correct.
- Out-of-office replies and read receipts are `auto_reply` even when they name a colleague to contact; that colleague
  is not a delegate and `member_state` is null.
- A nomination for a different ITU event sent to this mailbox by mistake is `unrelated`.
- `language` is the language of the sender's own words, not of the quoted circular or of a forwarded message. A
  Permanent Mission forwarding a ministry's letter with a one-line note in English is labelled `en`, but the
  nomination carried by the forwarded letter is labelled (kind, delegates, sessions).

**People who are not delegates.** Signers (unless they say they will attend themselves), people in Cc, focal points
for correspondence, the minister on whose behalf a letter is written, assistants who handle visas or travel, names in
quoted earlier messages (Houlin Zhao, Christopher Clark, an earlier nominee being replaced), and colleagues named in
auto-replies.

**Names.**
- `name` is the fullest form of the delegate's own name the message gives, in the script and word order the
  message uses, without honorifics or titles: Mr/Ms/Mrs/Dr/Eng./Engr./H.E./Prof.; M./Mme; Sr./Sra./Lic./Ing.;
  Sr./Sra./Dr.ª (pt); Herr/Frau/Dr.; Sig./Dott./Ing.; г-н/г-жа/господин; пан/пані; Pan/Pani; السيد/السيدة/الأستاذ/
  المهندس/الدكتور/سعادة/الفاضل; آقای/خانم/جناب/مهندس/دکتر; 先生/女士/同志; 様/氏; 님/씨; Ông/Bà; นาย/นาง/นางสาว (also when
  written without a space before the name); श्री/श्रीमती; አቶ/ወ/ሮ/ዶ/ር; Bw./Bi.; Bapak/Ibu; Sayın/Bey/Hanım; ဦး/ဒေါ်;
  ឯកឧត្តម/លោក/លោកស្រី; Dato'/Datuk; Encik/Puan; জনাব; මහතා (after the name); Mudane; z. (Albanian zoti);
  Ramatoa (also fused with the object marker: an-dRamatoa); Mtra.; D./Dña.; dott.ssa; Mag.; Herrn (dative).
- Kept as part of the name: particles and patronymic links (van, van den, von der, de, de la, dela, bin, binti, ibn,
  bint, Ould, Al-, O', Ó, i (Catalan), oʻgʻli, uulu, oğlu, -ұлы, the Mongolian patronymic genitive -ын), the Persian
  سید (part of the registered civil name), the Bangladeshi মোঃ (= Md., an abbreviation of Mohammad), Haji inside a
  Malay patronymic, hyphenated and double surnames, and the Portuguese/Spanish agnomen Filho/Júnior.
- Names in oblique grammatical cases (Russian, Ukrainian, Polish, Czech, Latvian, Greek, Turkish suffixes) are
  recorded in the nominative, which each such message also gives (in a data block, table or signature). The oblique
  forms are not aliases: they are grammar, not spellings.
- `aliases` are other spellings the message itself gives for the same person: a Latin transliteration, the name in
  native script, or a romanised form in another word order ("KIM Min-jun" for 김민준, "YAMADA Taro" for 山田 太郎,
  "Syed Ali Raza Naqvi" for سید علی رضا نقوی). Initials and surname-only references ("Кузнецова А.В.", "Ms Kavanagh")
  are not aliases.
- Surname-first names in capitals are recorded as written ("KOUASSI Yao Jean-Baptiste"); commas of
  "SURNAME, Given" forms are dropped.
- `title` is the position as the message states it, in the message's language (in the grammatical case the message
  uses when it gives it only once); `email` is the delegate's own address as the message text gives it (for a signer
  who nominates themselves, the address in their signature), never the address of a sender or assistant.

**Timing.** `received_at` is the date of the topmost `Received:` header, which is always added by an ITU server
(some messages have two ITU hops; the topmost, an Exchange server, writes UTC). Messages sent late on 16 August from
time zones west of Geneva, or whose sender clocks are wrong, are judged only by that header: a message whose `Date:`
says 17 August (sent from UTC+10) but which reached ITU on 16 August is on time; one received 16 August 22:31 UTC
(17 August 00:31 Geneva) is late.

**Member State.** The State on whose behalf the reply is sent: a Permanent Mission counts for its State, a consultant
or a private address writing for a ministry counts for that State. Null for `auto_reply`, `bounce`, `unrelated`.
"""


def write_readme(order, labels):
    kinds = collections.Counter(l["kind"] for l in labels)
    langs = collections.Counter(l["language"] for l in labels)
    css = collections.Counter(cs_tag(main_charset(m)) for m in order)
    structs = collections.Counter(structure_of(m) for m in order)
    ctes = collections.Counter(m.get("cte", "7bit" if m.get("report") else "quoted-printable") for m in order)
    n = len(labels)
    un = sum(v for k, v in langs.items() if k in UN)
    late = sum(1 for l in labels if l["late"])
    ndel = sum(len(l["delegates"]) for l in labels)
    lines = [
        "# blind-13: labelled replies to ITU circular CI-19/35",
        "",
        "A hand-written, labelled corpus of e-mail replies to ITU circular CI-19/35 (consultation sessions",
        "\"Fostering tech and innovation SMEs\"), for blind measurement of an extraction tool. Its focus: replies",
        "where meaning is subtle (session scope said in many ways, kinds that are easy to confuse, people who are",
        "not delegates, hard names, many languages). Written without reading the tool or its corpora.",
        "",
        "Regenerate and validate: `python3 make_corpus.py` (standard library only; deterministic; exits non-zero",
        "on any validation failure). Layout and label format: `shared/corpus/SCHEMA.md`.",
        "",
        f"- messages: **{n}**, delegates labelled: {ndel}, late (nomination/interest/correction after",
        f"  16 Aug 2019 23:59:59 +02:00): {late}",
        f"- languages: **{len(langs)}**; the six UN languages: {un} messages = {100 * un / n:.1f} %",
        "",
        "## How it was written",
        "",
        "Every reply is literal text in `make_corpus.py`, one `msg(...)` call per message with its label next to it.",
        "Generated are only transport details: Received headers (the topmost always an ITU server), MIME",
        "boundaries, header encoding, the Outlook/Gmail HTML rendering of a hand-written text (table",
        "`PRESENT`), the text/plain alternative of a hand-written HTML part, and quoted copies of the circular.",
        "People's names, e-mail addresses and phone numbers are invented (only Houlin Zhao and Christopher Clark,",
        "from the circular, are real; institutions are real ones of 2019). The column 'what it tests' below says what each message is for.",
        "",
        "## Counts by kind", "", "| kind | n |", "| --- | --- |",
    ]
    lines += [f"| {k} | {kinds[k]} |" for k in KINDS]
    lines += ["", "## Counts by language", "", "| language | n |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "## Counts by charset (main text part)", "", "| charset | n |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in sorted(css.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "## Counts by structure", "", "| structure | n |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in sorted(structs.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "## Counts by transfer encoding (main text part)", "", "| encoding | n |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in sorted(ctes.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "## What each message tests", "",
              "| file | kind | MS | what it tests |", "| --- | --- | --- | --- |"]
    for m, l in zip(order, labels):
        lines.append(f"| {l['file']} | {l['kind']} | {l['member_state'] or ''} | {m.get('note', '')} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n" + DECISIONS)


# =============================================================================================
# VALIDATION (reads the files back from disk)
# =============================================================================================
def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(" " if unicodedata.category(ch)[0] in "PZ" or ch in "\t\n\r" else ch for ch in s)
    return " ".join(s.split())


def text_of(msg):
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.is_multipart() or part.get("Content-Type") is None:
            continue
        payload = part.get_payload(decode=True) or b""
        t = payload.decode(part.get_content_charset() or "us-ascii")
        if part.get_content_subtype() == "html":
            t = html_to_text(t)
        chunks.append(t)
    return "\n".join(chunks)


def validate(labels_path):
    errors = []
    err = errors.append
    labels = [json.loads(x) for x in open(labels_path, encoding="utf-8")]
    msgdir = os.path.join(os.path.dirname(labels_path), "messages")
    files_on_disk = sorted(os.listdir(msgdir))
    if sorted(l["file"] for l in labels) != files_on_disk:
        err("files on disk differ from labels")
    ids = [l["message_id"] for l in labels]
    if len(set(ids)) != len(ids):
        err("duplicate message ids")
    pos = {l["message_id"]: i for i, l in enumerate(labels)}
    by_id = {l["message_id"]: l for l in labels}
    prev_at = None
    for i, l in enumerate(labels, 1):
        f = l.get("file", "?")
        if list(l.keys()) != LABEL_KEYS:
            err(f"{f}: label keys {list(l.keys())}")
            continue
        for d in l["delegates"]:
            if list(d.keys()) != DELEGATE_KEYS:
                err(f"{f}: delegate keys {list(d.keys())}")
        mt = re.fullmatch(r"([a-z]{2})_(\d{3})_([a-z0-9]+)\.eml", f)
        if not mt or mt.group(1) != l["language"] or int(mt.group(2)) != i:
            err(f"{f}: file name does not match language / arrival order")
        raw = open(os.path.join(msgdir, f), "rb").read()
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                err(f"{f}: MIME defects {part.defects}")
            for name, value in part.items():
                if getattr(value, "defects", None):
                    err(f"{f}: header {name} defects {value.defects}")
            if part.get("Content-Type") is None:   # header blocks inside message/delivery-status etc.
                continue
            if part.get_content_maintype() == "text" and not part.is_multipart():
                cs = part.get_content_charset()
                if not cs and part.get_content_subtype() in ("plain", "html"):
                    err(f"{f}: text part without charset")
                try:
                    (part.get_payload(decode=True) or b"").decode(cs or "us-ascii", "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    err(f"{f}: text part does not decode as {cs}: {e}")
        if msg["Message-ID"] != l["message_id"]:
            err(f"{f}: Message-ID {msg['Message-ID']} != {l['message_id']}")
        rcv = msg.get_all("Received") or []
        if not rcv:
            err(f"{f}: no Received header")
            continue
        top = str(rcv[0])
        if not re.search(r"\bby [\w.-]*itu\.int\b", top):
            err(f"{f}: topmost Received is not ITU's: {top[:60]}")
        dpart = re.sub(r"\s*\([A-Z]+\)\s*$", "", top.rsplit(";", 1)[1].strip())
        rdt = parsedate_to_datetime(dpart)
        if rdt.isoformat() != l["received_at"]:
            err(f"{f}: Received date {rdt.isoformat()} != received_at {l['received_at']}")
        if prev_at and rdt < prev_at:
            err(f"{f}: not in order of arrival")
        prev_at = rdt
        kind = l["kind"]
        if kind not in KINDS:
            err(f"{f}: kind {kind}")
        want_late = (rdt > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None
        if l["late"] is not want_late:
            err(f"{f}: late {l['late']} but recomputed {want_late}")
        if kind in ("auto_reply", "bounce", "unrelated"):
            if l["member_state"] is not None:
                err(f"{f}: member_state must be null for {kind}")
        elif not (isinstance(l["member_state"], str) and re.fullmatch(r"[A-Z]{3}", l["member_state"])):
            err(f"{f}: member_state {l['member_state']} for {kind}")
        if kind in ("nomination", "correction"):
            if not l["delegates"]:
                err(f"{f}: {kind} without delegates")
        elif l["delegates"]:
            err(f"{f}: delegates on {kind}")
        if kind in ("nomination", "interest_only", "correction"):
            if not l["sessions"]:
                err(f"{f}: no sessions for {kind}")
        elif l["sessions"]:
            err(f"{f}: sessions on {kind}")
        if any(s not in SESSION_IDS for s in l["sessions"]) or len(set(l["sessions"])) != len(l["sessions"]):
            err(f"{f}: bad sessions {l['sessions']}")
        if kind == "correction":
            s = l["supersedes"]
            if s not in by_id:
                err(f"{f}: supersedes {s} not in corpus")
            else:
                if pos[s] >= pos[l["message_id"]]:
                    err(f"{f}: supersedes a later message")
                if by_id[s]["member_state"] != l["member_state"]:
                    err(f"{f}: supersedes a message of another Member State")
                if by_id[s]["kind"] not in ("nomination", "correction"):
                    err(f"{f}: supersedes a {by_id[s]['kind']}")
        elif l["supersedes"] is not None:
            err(f"{f}: supersedes set on {kind}")
        body = text_of(msg)
        nbody = norm(body)
        lbody = body.lower()
        for d in l["delegates"]:
            for nm in [d["name"]] + d["aliases"]:
                if not nm or norm(nm) not in nbody:
                    err(f"{f}: delegate name {nm!r} not in message text")
            if d["title"] is not None and norm(d["title"]) not in nbody:
                err(f"{f}: title {d['title']!r} not in message text")
            if d["email"] is not None and d["email"].lower() not in lbody:
                err(f"{f}: delegate e-mail {d['email']} not in message text")
            if re.match(r"(?i)(mr|mrs|ms|dr|m|mme|sr|sra|h\.?e)\.?\s", d["name"]):
                err(f"{f}: honorific left in {d['name']!r}")
    n = len(labels)
    langs = collections.Counter(l["language"] for l in labels)
    un = sum(v for k, v in langs.items() if k in UN)
    if n < 120:
        err(f"only {n} messages")
    if len(langs) < 45:
        err(f"only {len(langs)} languages")
    if not 0.55 <= un / n <= 0.60:
        err(f"UN-language share {un / n:.3f}")
    missing = set(KINDS) - {l["kind"] for l in labels}
    if missing:
        err(f"kinds missing: {missing}")
    return errors


def main():
    generate()
    errors = validate(os.path.join(OUT, "labels.jsonl"))
    for e in errors:
        print("FAIL", e, file=sys.stderr)
    n = sum(1 for _ in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))
    print(f"{n} messages written to {OUT}; {len(errors)} validation failures")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
