#!/usr/bin/env python3
"""Generate the blind-1 corpus: replies to ITU circular CI-19/35 (sme@itu.int).

    python3 make_corpus.py

Writes messages/*.eml, labels.jsonl and README.md next to this file. Standard library only and fully
deterministic (no clock, no randomness): re-running gives byte-identical files. Label format: shared/corpus/SCHEMA.md.
Written independently of the project's extraction rules and of the other corpora.
"""
import base64
import hashlib
import html as htmllib
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
CEST = timezone(timedelta(hours=2))
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=CEST)
LATE_KINDS = {"nomination", "interest_only", "correction"}
SESSION_ORDER = ["budapest-2019", "cwg-2020", "wsis-2020"]
LANG_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish",
              "pt": "Portuguese", "de": "German", "it": "Italian", "tr": "Turkish", "fa": "Persian", "id": "Indonesian",
              "sw": "Swahili", "ja": "Japanese", "ko": "Korean", "uk": "Ukrainian", "pl": "Polish", "nl": "Dutch"}
KIND_ORDER = ["nomination", "correction", "interest_only", "decline", "inquiry", "auto_reply", "bounce", "unrelated"]
CIRCULAR_MID = "<CI-19-35.20190723.sme@itu.int>"

SPECS = []


def digest(key, n=16, alphabet="0123456789abcdef"):
    raw = hashlib.sha256(key.encode("utf-8")).digest()
    num = int.from_bytes(raw, "big")
    out = []
    for _ in range(n):
        num, r = divmod(num, len(alphabet))
        out.append(alphabet[r])
    return "".join(out)


def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def rfc2047(text, charset="utf-8", limit=42):
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(charset)) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:()@\"]", name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    # display names as one encoded word, as many mailers do (split phrases decode badly in some parsers)
    return f"{rfc2047(name, charset, limit=10**6)} <{email}>"


def encode_body(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=()):
    ctype = f'text/{subtype}; charset="{charset}"'
    headers = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return headers, encode_body(text, charset, cte)


def multipart(subtype, parts, boundary, params=""):
    body = b""
    if subtype in ("mixed", "report"):
        body += b"This is a multi-part message in MIME format.\n\n"
    for headers, payload in parts:
        body += f"--{boundary}\n".encode() + "\n".join(headers).encode("ascii") + b"\n\n" + payload
        if not payload.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += f"--{boundary}--\n".encode()
    return [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"'], body


def html_to_text(h):
    h = re.sub(r"(?is)<(head|style)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmllib.unescape(h).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+$", "", re.sub(r"[ ]{2,}", " ", l)) for l in h.split("\n")]
    text = "\n".join(l.lstrip(" ") for l in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def outlook(inner, charset="utf-8", lang="EN-US", rtl=False):
    d = ' dir="RTL"' if rtl else ""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
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
table.MsoTableGrid
	{{mso-style-name:"Table Grid";
	border:solid windowtext 1.0pt;}}
.MsoChpDefault
	{{mso-style-type:export-only;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72"{d}>
<div class="WordSection1">
{inner}
</div>
</body>
</html>
"""


def P(text, style=""):
    s = f' style="{style}"' if style else ""
    return f'<p class="MsoNormal"{s}>{text}<o:p></o:p></p>'


def table(rows, header=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            b = f"<b>{cell}</b>" if header and i == 0 else cell
            out.append(f'<td width="160" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       f'<p class="MsoNormal">{b}<o:p></o:p></p></td>')
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def ip_for(key):
    n = int(digest(key, 4), 16)
    net = ["192.0.2", "198.51.100", "203.0.113"][n % 3]
    return f"{net}.{(n // 3) % 250 + 3}"


def qid(key):
    return digest("q" + key, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


def fmt(dt_):
    return format_datetime(dt_)


def make_mid(style, key, domain):
    if style == "exchange":
        return f"<{digest(key, 32).upper()}@{domain}>"
    if style == "exchange-lower":
        return f"<{digest(key, 32)}@{domain}>"
    if style == "gmail":
        return f"<CA{digest(key, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+')}@mail.gmail.com>"
    if style == "lotus":
        return f"<OF{digest(key, 8).upper()}.{digest(key + 'b', 8).upper()}-ON{digest(key + 'c', 8).upper()}@{domain}>"
    if style == "thunderbird":
        return f"<{digest(key, 8)}-{digest(key + 'x', 4)}-{digest(key + 'y', 4)}-{digest(key + 'z', 12)}@{domain}>"
    if style == "zimbra":
        return f"<{int(digest(key, 10), 16) % 10**9}.{int(digest(key + 'k', 8), 16) % 10**7}.{int(digest(key + 'j', 12), 16) % 10**13}.JavaMail.zimbra@{domain}>"
    return f"<{digest(key, 20)}@{domain}>"


def add(file, kind, lang, state, delegates=(), sessions=(), *, frm, subject, recv, body=None, html=None,
        alt=False, charset="utf-8", cte="quoted-printable", hcharset=None, date=None, tz=2, lag=None,
        mid_style="exchange", mid_domain=None, relay=None, inner=None, to="SME <sme@itu.int>", cc=None,
        extra=(), supersedes=None, content=None, reply=True, top_received=None, note=""):
    """One message. recv: 'YYYY-MM-DD HH:MM:SS' Geneva time when mx.itu.int received it."""
    name, email_ = frm
    domain = email_.split("@")[1]
    hcharset = hcharset or ("utf-8" if charset in ("us-ascii", "iso-2022-jp") else charset)
    recv_dt = datetime.strptime(recv, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CEST)
    lag = lag if lag is not None else 3 + int(digest(file, 2), 16) % 40
    sender_tz = timezone(timedelta(hours=tz))
    sent_dt = (recv_dt - timedelta(seconds=lag)).astimezone(sender_tz)
    date_hdr = date if date is not None else fmt(sent_dt)
    relay = relay or f"mail.{domain}"
    inner = inner or f"EXCH-MBX{1 + int(digest(file, 1), 16) % 4:02d}.{domain}"
    mid = make_mid(mid_style, file, mid_domain or (inner if mid_style.startswith("exchange") else domain))
    hdrs = []
    if top_received:
        hdrs.append(top_received.format(recv=fmt(recv_dt), qid=qid(file)))
    else:
        hdrs.append(f"Received: from {relay} ({relay} [{ip_for(file)}])\n"
                    f"\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
                    f"\t(No client certificate requested)\n"
                    f"\tby mx.itu.int (Postfix) with ESMTPS id {qid(file)}\n"
                    f"\tfor <sme@itu.int>; {fmt(recv_dt)} (CEST)")
        inner_dt = (recv_dt - timedelta(seconds=max(1, lag // 3))).astimezone(sender_tz)
        if mid_style == "gmail":
            hdrs.append(f"Received: by {relay} with SMTP id {digest(file + 'g', 10)}.{int(digest(file, 4), 16)}\n"
                        f"        for <sme@itu.int>; {fmt(inner_dt).replace('+0000', '-0000')}")
        else:
            hdrs.append(f"Received: from {inner} (10.{int(digest(file, 2), 16) % 200}.1.{int(digest(file + 'i', 2), 16) % 250}) by {relay}\n"
                        f" (10.{int(digest(file, 2), 16) % 200}.1.5) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.1713.5; {fmt(inner_dt)}")
    hdrs.append(f"From: {addr(name, email_, hcharset)}")
    hdrs.append(f"To: {to}")
    if cc:
        hdrs.append(f"CC: {cc}")
    hdrs.append(f"Subject: {rfc2047(subject, hcharset)}")
    if date_hdr != "":
        hdrs.append(f"Date: {date_hdr}")
    hdrs.append(f"Message-ID: {mid}")
    if reply:
        hdrs.append(f"In-Reply-To: {CIRCULAR_MID}")
        hdrs.append(f"References: {CIRCULAR_MID}")
    hdrs.extend(extra)
    hdrs.append("MIME-Version: 1.0")
    if content is not None:
        c_headers, payload = content(file, domain)
    elif html is not None and alt:
        text = html_to_text(html) if body is None else body
        c_headers, payload = multipart("alternative", [leaf(text, "plain", charset, cte),
                                                      leaf(html, "html", charset, cte)],
                                       f"_000_{digest(file, 40)}_")
    elif html is not None:
        c_headers, payload = leaf(html, "html", charset, cte)
    else:
        c_headers, payload = leaf(body, "plain", charset, cte)
    raw = "\n".join(hdrs + c_headers).encode("ascii") + b"\n\n" + payload
    sess = [s for s in SESSION_ORDER if s in sessions]
    assert len(sess) == len(sessions), (file, sessions)
    SPECS.append({"file": file, "raw": raw, "note": note, "label": {
        "message_id": mid, "file": file, "kind": kind, "language": lang,
        "member_state": state, "delegates": list(delegates), "sessions": sess,
        "received_at": recv_dt.astimezone(timezone.utc).isoformat(),
        "late": (recv_dt > DEADLINE) if kind in LATE_KINDS else None,
        "supersedes": supersedes}})
    return mid


def mid_of(file):
    return next(s["label"]["message_id"] for s in SPECS if s["file"] == file)


# ---------------------------------------------------------------------------------------------------------------
# Quoted circular texts (as a Member State would have received them in its own language)

CIRC_EN = """Geneva, 23 July 2019

Ref: CI-19/35
Contact: Mr Christopher Clark
E-mail: sme@itu.int

To Member States of ITU

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your delegation to take part in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will be held on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. Similar sessions are planned during the Council Working Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

[...]

I should be grateful if you would express your interest and nominate your participant for the first session by e-mail to sme@itu.int by 16 August 2019.

Yours faithfully,

(signed)
Houlin Zhao
Secretary-General
"""

CIRC_FR = """Genève, le 23 juillet 2019

Réf.: CI-19/35
Contact: M. Christopher Clark
Courriel: sme@itu.int

Aux Etats Membres de l'UIT

Objet: Sessions de consultation pour les Etats Membres: "Favoriser les PME du secteur des technologies et de l'innovation"

Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de sessions de consultation. La première session aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). [...]

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

(signé)
Houlin Zhao
Secrétaire général
"""

CIRC_ES = """Ginebra, 23 de julio de 2019

Ref.: CI-19/35
Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

A los Estados Miembros de la UIT

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las PYME del sector de la tecnología y la innovación"

Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su delegación a participar en una serie de sesiones de consulta. La primera sesión se celebrará el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). [...]

Atentamente,

(firmado)
Houlin Zhao
Secretario General
"""

CIRC_RU = """Женева, 23 июля 2019 года

Осн.: CI-19/35
Для контактов: г-н Кристофер Кларк (Christopher Clark)
Эл. почта: sme@itu.int

Государствам – Членам МСЭ

Предмет: Консультационные сессии для Государств-Членов: "Содействие развитию МСП в сфере технологий и инноваций"

Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий. Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. [...]

С уважением,

(подпись)
Хоулинь Чжао
Генеральный секретарь
"""

CIRC_ZH = """日内瓦，2019年7月23日

文号：CI-19/35
联系人：Christopher Clark先生
电子邮件：sme@itu.int

致国际电联各成员国

事由：面向成员国的磋商会：“扶持技术与创新型中小企业”

尊敬的先生/女士：

我很高兴地邀请贵代表团参加题为“扶持技术与创新型中小企业”的系列磋商会。首次会议将于2019年9月10日在匈牙利布达佩斯举行的2019年世界电信展期间召开。[……]

顺致敬意！

（签字）
秘书长
赵厚麟
"""

CIRC_AR = """جنيف، 23 يوليو 2019

المرجع: CI-19/35
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int

إلى الدول الأعضاء في الاتحاد الدولي للاتصالات

الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور. وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. [...]

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو
الأمين العام
"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# Arabic

def build_ar():
    add("ar_01_jor_win1256_fields.eml", "nomination", "ar", "JOR",
        [D("عمر خالد الزعبي", title="مدير مديرية ريادة الأعمال والابتكار", email="omar.zoubi@modee.gov.jo")],
        ["budapest-2019"],
        frm=("ليلى حداد", "l.haddad@modee.gov.jo"), charset="windows-1256", cte="quoted-printable", tz=3,
        subject="رد: CI-19/35 - ترشيح مشارك في جلسة التشاور الأولى", recv="2019-08-01 10:22:05",
        body="""السادة/ الاتحاد الدولي للاتصالات - أمانة الشركات الصغيرة والمتوسطة المحترمين
تحية طيبة وبعد،

إشارة إلى رسالة الأمين العام رقم CI-19/35 بتاريخ 23/7/2019 بخصوص جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، تود وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية أن تعرب عن اهتمامها بالمشاركة في الجلسة الأولى المزمع عقدها في بودابست بتاريخ 10 أيلول 2019.

وعليه، نرفق لكم فيما يلي بيانات ممثل الوزارة:

الاسم: المهندس عمر خالد الزعبي
المسمى الوظيفي: مدير مديرية ريادة الأعمال والابتكار
الجهة: وزارة الاقتصاد الرقمي والريادة
البريد الإلكتروني: omar.zoubi@modee.gov.jo
الهاتف: +962 6 580 5700

وتفضلوا بقبول فائق الاحترام،

ليلى حداد
قسم العلاقات الدولية
وزارة الاقتصاد الرقمي والريادة
عمّان - الأردن
""")

    html = outlook("\n".join([
        P("السادة الاتحاد الدولي للاتصالات المحترمين،", "text-align:right;direction:rtl"),
        P("&nbsp;"),
        P("تحية طيبة وبعد،", "text-align:right;direction:rtl"),
        P("بالإشارة إلى الرسالة المعممة CI-19/35، يسر هيئة تنظيم الاتصالات في سلطنة عمان إبلاغكم بترشيح كل من:", "text-align:right;direction:rtl"),
        P("&nbsp;"),
        table([["م", "الاسم", "المسمى الوظيفي", "البريد الإلكتروني"],
               ["1", "المهندس/ سالم بن راشد الحارثي<br>(Eng. Salim Rashid Al Harthy)", "مدير دائرة الشؤون الدولية", '<a href="mailto:s.harthy@tra.gov.om">s.harthy@tra.gov.om</a>'],
               ["2", "الفاضلة/ عائشة بنت سعيد البلوشية", "أخصائية تطوير الأعمال", '<a href="mailto:aisha.balushi@tra.gov.om">aisha.balushi@tra.gov.om</a>']]),
        P("&nbsp;"),
        P("للمشاركة في جلسة التشاور الأولى في بودابست، كما نود أن نؤكد رغبتنا في المشاركة بنفس الممثلين في الجلسة التي ستعقد على هامش اجتماعات أفرقة العمل التابعة للمجلس في أوائل عام 2020.", "text-align:right;direction:rtl"),
        P("&nbsp;"),
        P("وتفضلوا بقبول فائق الاحترام والتقدير،", "text-align:right;direction:rtl"),
        P("<b>منى بنت خلفان الرواحية</b>", "text-align:right;direction:rtl"),
        P("دائرة الشؤون الدولية | هيئة تنظيم الاتصالات", "text-align:right;direction:rtl"),
        P("مسقط، سلطنة عمان | هاتف: +968 2422 2222", "text-align:right;direction:rtl"),
        P('<span style="font-size:8.0pt;color:gray">هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للمرسل إليه. إذا وصلتك هذه الرسالة بالخطأ يرجى إبلاغ المرسل وحذفها فوراً.</span>'),
    ]), lang="AR-SA", rtl=True)
    add("ar_02_omn_html_table_translit.eml", "nomination", "ar", "OMN",
        [D("سالم بن راشد الحارثي", ["Salim Rashid Al Harthy"], "مدير دائرة الشؤون الدولية", "s.harthy@tra.gov.om"),
         D("عائشة بنت سعيد البلوشية", [], "أخصائية تطوير الأعمال", "aisha.balushi@tra.gov.om")],
        ["budapest-2019", "cwg-2020"],
        frm=("منى بنت خلفان الرواحية", "m.rawahi@tra.gov.om"), html=html, charset="utf-8", cte="base64", tz=4,
        subject="ترشيح: جلسات التشاور CI-19/35", recv="2019-08-08 09:40:12",
        extra=["Thread-Topic: CI-19/35", "Accept-Language: ar-OM, en-US", "Content-Language: ar-OM"])

    add("ar_03_kwt_interest_b64.eml", "interest_only", "ar", "KWT", [], ["budapest-2019"],
        frm=("إدارة العلاقات الدولية", "intl@citra.gov.kw"), charset="utf-8", cte="base64", tz=3,
        subject="RE: CI-19/35", recv="2019-08-05 13:04:51", mid_style="zimbra",
        body="""حضرة الأمين العام للاتحاد الدولي للاتصالات المحترم

تهديكم هيئة الاتصالات وتقنية المعلومات في دولة الكويت أطيب تحياتها، وبالإشارة إلى كتابكم رقم CI-19/35 المؤرخ 23 يوليو 2019، يسرنا إفادتكم باهتمام دولة الكويت بالمشاركة في سلسلة جلسات التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة، بدءاً بالجلسة الأولى في بودابست.

وجاري حالياً تحديد الممثل المناسب، وسوف نوافيكم باسمه وبياناته في أقرب وقت ممكن.

مع خالص التحية،
إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات - دولة الكويت
""")

    add("ar_04_sdn_decline_win1256.eml", "decline", "ar", "SDN", [], [],
        frm=("Nasr Eldin Abdelrahim", "nasr.abdelrahim@tpra.gov.sd"), charset="windows-1256", cte="base64", tz=2,
        subject="اعتذار عن المشاركة - CI-19/35", recv="2019-08-12 11:47:30",
        body="""السيد الأمين العام
الاتحاد الدولي للاتصالات - جنيف

السلام عليكم ورحمة الله وبركاته،

نشكركم على دعوتكم الكريمة الواردة في الرسالة المعممة CI-19/35 للمشاركة في جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة.

ويؤسفنا إبلاغكم بأن الهيئة القومية للاتصالات والبريد لن تتمكن من المشاركة في الجلسة الأولى المقرر عقدها في بودابست، وذلك لارتباطات مسبقة خلال الفترة نفسها. ونتطلع إلى التعاون معكم في مناسبات قادمة.

وتقبلوا فائق التقدير،

نصر الدين عبد الرحيم
مدير إدارة العلاقات الخارجية
الهيئة القومية للاتصالات والبريد - الخرطوم
""")

    add("ar_05_qat_late_skewed_date.eml", "nomination", "ar", "QAT",
        [D("هند عبدالله المهندي", ["Hind Abdulla Al-Muhannadi"], "رئيس قسم تنمية الأعمال الرقمية", "hmohannadi@motc.gov.qa")],
        ["budapest-2019", "wsis-2020"],
        frm=("Hind Al-Muhannadi", "hmohannadi@motc.gov.qa"), charset="utf-8", cte="quoted-printable", tz=3,
        date="Fri, 16 Aug 2019 22:05:11 +0300",
        subject="رد: CI-19/35 جلسات تشاور للدول الأعضاء", recv="2019-08-19 08:12:40",
        body="""السادة المحترمين،

تحية طيبة،

يسر وزارة المواصلات والاتصالات بدولة قطر أن ترشح السيدة/ هند عبدالله المهندي، رئيس قسم تنمية الأعمال الرقمية، لتمثيل دولة قطر في جلسة التشاور الأولى على هامش تليكوم العالمي 2019 في بودابست، وكذلك في الجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات 2020.

البريد الإلكتروني: hmohannadi@motc.gov.qa

نعتذر عن التأخر في الرد.

مع التحية،

هند عبدالله المهندي
Hind Abdulla Al-Muhannadi
Head of Digital Business Development Section
Ministry of Transport and Communications | State of Qatar

________________________________
من: SME <sme@itu.int>
تاريخ الإرسال: 23 يوليو 2019 11:30 ص
إلى: undisclosed-recipients
الموضوع: CI-19/35 جلسات تشاور للدول الأعضاء

""" + quote(CIRC_AR, ""))

    first = mid_of("ar_01_jor_win1256_fields.eml")
    add("ar_06_jor_correction_quoted.eml", "correction", "ar", "JOR",
        [D("رنا محمود العبادي", title="مديرة وحدة الابتكار", email="rana.abbadi@modee.gov.jo")],
        ["budapest-2019"],
        frm=("ليلى حداد", "l.haddad@modee.gov.jo"), charset="utf-8", cte="base64", tz=3,
        subject="تعديل الترشيح: CI-19/35", recv="2019-08-13 14:31:09", supersedes=first,
        extra=[], body="""السادة المحترمين،

إلحاقاً برسالتنا المؤرخة 1 آب 2019، نود إعلامكم بتعديل ترشيح الوزارة لجلسة بودابست، بحيث تكون المشاركة كما يلي:

الاسم: السيدة رنا محمود العبادي
المسمى الوظيفي: مديرة وحدة الابتكار
البريد الإلكتروني: rana.abbadi@modee.gov.jo

وذلك بدلاً من المهندس عمر الزعبي الذي تعذر عليه السفر.

مع الشكر والتقدير،
ليلى حداد
وزارة الاقتصاد الرقمي والريادة

-----Original Message-----
From: ليلى حداد <l.haddad@modee.gov.jo>
Sent: Thursday, August 1, 2019 11:21 AM
To: SME <sme@itu.int>
Subject: رد: CI-19/35 - ترشيح مشارك في جلسة التشاور الأولى

الاسم: المهندس عمر خالد الزعبي
المسمى الوظيفي: مدير مديرية ريادة الأعمال والابتكار
البريد الإلكتروني: omar.zoubi@modee.gov.jo
""")


# ---------------------------------------------------------------------------------------------------------------
# Chinese

def build_zh():
    add("zh_01_chn_gb2312_fields.eml", "nomination", "zh", "CHN",
        [D("王丽华", title="工业和信息化部中小企业局 处长", email="wanglihua@miit.gov.cn")],
        ["budapest-2019"],
        frm=("国际合作司", "gjs@miit.gov.cn"), charset="gb2312", cte="base64", tz=8, mid_style="thunderbird",
        subject="回复：CI-19/35 关于“扶持技术与创新型中小企业”磋商会的报名", recv="2019-08-06 05:18:33",
        body="""国际电联秘书处：

你好！

关于2019年7月23日CI-19/35号通函，我部对参加“扶持技术与创新型中小企业”系列磋商会表示感兴趣。现将参加2019年9月10日布达佩斯首次磋商会的人员信息报送如下：

姓名：王丽华
性别：女
单位及职务：工业和信息化部中小企业局 处长
电子邮箱：wanglihua@miit.gov.cn
电话：+86 10 6820 5000

请予接洽。

工业和信息化部国际合作司
2019年8月6日


发件人：SME [mailto:sme@itu.int]
发送时间：2019年7月23日 17:30
收件人：undisclosed-recipients
主题：CI-19/35

""" + quote(CIRC_ZH, ""))

    html = outlook("\n".join([
        P("国际电信联盟秘书处："),
        P("&nbsp;"),
        P("中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团向国际电信联盟秘书处致意，并谨就CI-19/35号通函答复如下："),
        P("&nbsp;"),
        P("中方有意参加“扶持技术与创新型中小企业”系列磋商会，兹推荐以下两位同志参加2019年9月10日在布达佩斯举行的首次磋商会："),
        P("1. 李明先生（Mr. LI Ming），中国信息通信研究院政策与经济研究所副所长，电子邮箱：liming@caict.ac.cn"),
        P("2. 张燕女士（Ms. ZHANG Yan），工业和信息化部国际合作司调研员，电子邮箱：zhangyan@miit.gov.cn"),
        P("&nbsp;"),
        P("上述人员还将参加2020年信息社会世界峰会（WSIS）论坛期间举办的磋商会。"),
        P("&nbsp;"),
        P("顺致崇高敬意。"),
        P("&nbsp;"),
        P("中国常驻日内瓦代表团 科技处"),
        P("电话：+41 22 879 5678"),
    ]), lang="ZH-CN")
    z2 = add("zh_02_chn_mission_alt_two.eml", "nomination", "zh", "CHN",
             [D("李明", ["LI Ming"], "中国信息通信研究院政策与经济研究所副所长", "liming@caict.ac.cn"),
              D("张燕", ["ZHANG Yan"], "工业和信息化部国际合作司调研员", "zhangyan@miit.gov.cn")],
             ["budapest-2019", "wsis-2020"],
             frm=("China Mission Geneva S&T", "st.section@chinamission.ch"), html=html, alt=True, charset="utf-8",
             cte="quoted-printable", tz=2, subject="答复CI-19/35号通函", recv="2019-08-09 16:02:47")

    add("zh_03_chn_correction.eml", "correction", "zh", "CHN",
        [D("李明", ["LI Ming"], "中国信息通信研究院政策与经济研究所副所长", "liming@caict.ac.cn"),
         D("孙海涛", ["SUN Haitao"], "工业和信息化部信息通信发展司副处长", "sunhaitao@miit.gov.cn")],
        ["budapest-2019", "wsis-2020"],
        frm=("China Mission Geneva S&T", "st.section@chinamission.ch"), charset="utf-8", cte="base64", tz=2,
        subject="更正：答复CI-19/35号通函（参会人员调整）", recv="2019-08-14 10:26:18", supersedes=z2,
        body="""国际电信联盟秘书处：

我团8月9日来函报送了CI-19/35号通函磋商会参会人员。因工作安排调整，张燕女士不能参会，改由孙海涛先生（Mr. SUN Haitao，工业和信息化部信息通信发展司副处长，sunhaitao@miit.gov.cn）参加。

更新后的参会人员名单如下：
1. 李明（LI Ming），中国信息通信研究院政策与经济研究所副所长，liming@caict.ac.cn
2. 孙海涛（SUN Haitao），工业和信息化部信息通信发展司副处长，sunhaitao@miit.gov.cn

参会场次不变（布达佩斯首次磋商会及2020年WSIS论坛期间的磋商会）。

给贵方带来不便，敬请谅解。

中国常驻日内瓦代表团 科技处
""")

    add("zh_04_chn_inquiry_8bit.eml", "inquiry", "zh", "CHN", [], [],
        frm=("陈晓燕", "chenxiaoyan@miit.gov.cn"), charset="utf-8", cte="8bit", tz=8, mid_style="thunderbird",
        subject="咨询：CI-19/35磋商会相关问题", recv="2019-07-30 04:55:02",
        body="""您好！

我们收到了CI-19/35号通函，在确定参会人员之前，想请教几个问题：

1. 9月10日布达佩斯磋商会是否提供中文同声传译？
2. 参会人员是否需要另行注册2019年世界电信展，是否收取注册费？
3. 如无法赴匈牙利，是否可以远程参会？

盼复为感。

陈晓燕
工业和信息化部中小企业局
电话：010-6820 5123
""")

    add("zh_05_auto_reply.eml", "auto_reply", "zh", None, [], [],
        frm=("刘伟", "liuwei@caict.ac.cn"), charset="gb2312", cte="base64", tz=8, reply=False,
        subject="自动回复: Reminder: CI-19/35 - Consultation sessions for Member States", recv="2019-08-12 03:10:44",
        extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk"],
        body="""您好，

本人8月10日至8月25日休假，期间无法及时查看邮件。如有急事，请联系同事周静（zhoujing@caict.ac.cn，电话 010-6230 4000）。

谢谢！

刘伟
中国信息通信研究院
""")

    add("zh_06_vendor_pitch.eml", "unrelated", "zh", None, [], [],
        frm=("深圳市华拓展览服务有限公司", "marketing@huatuo-expo.com"), charset="utf-8", cte="base64", tz=8,
        reply=False, mid_style="generic",
        subject="【布达佩斯世界电信展】中小企业展位及翻译服务优惠方案", recv="2019-08-02 09:41:27",
        body="""尊敬的客户：

您好！2019年国际电联世界电信展将于9月9日至12日在匈牙利布达佩斯举行。我司为中国中小企业参展商提供一站式服务：

- 标准展位搭建（9平方米起）
- 中英、中匈现场翻译
- 签证邀请函及酒店预订

即日起至8月20日报名可享受九折优惠。详情请联系我司项目经理黄建国先生（手机：138 0000 1234）或市场部林晓梅女士。

深圳市华拓展览服务有限公司
如不希望再收到此类邮件，请回复“退订”。
""")
# ---------------------------------------------------------------------------------------------------------------
# English

KEN_SIG = """Regards,

Esther N. Kamau (Mrs)
For: Principal Secretary
State Department for ICT and Innovation
Ministry of Information, Communications and Technology, Innovation and Youth Affairs
Telposta Towers, Koinange Street
P.O. Box 30025-00100, Nairobi, Kenya
Tel: +254 20 4920000

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have
received it in error please notify the sender immediately and delete it. The Ministry accepts no liability for any
damage caused by viruses transmitted by this e-mail.
"""


def build_en():
    k1 = add("en_01_ken_quoted_original.eml", "nomination", "en", "KEN",
             [D("Grace Wanjiru Mwangi", title="Senior ICT Officer, Directorate of ICT Innovation", email="gmwangi@ict.go.ke")],
             ["budapest-2019"],
             frm=("Esther Kamau", "ekamau@ict.go.ke"), charset="us-ascii", cte="7bit", tz=3,
             subject="RE: CI-19/35 Consultation sessions for Member States: Fostering tech and innovation SMEs",
             recv="2019-07-29 09:14:52",
             body="""Dear Mr. Clark,

Reference is made to Circular CI-19/35 of 23 July 2019.

The Ministry is pleased to express Kenya's interest in the consultation series and hereby nominates Ms. Grace Wanjiru Mwangi, Senior ICT Officer, Directorate of ICT Innovation, to participate in the first session in Budapest on 10 September 2019. Her e-mail address is gmwangi@ict.go.ke.

""" + KEN_SIG + """
-----Original Message-----
From: SME <sme@itu.int>
Sent: Tuesday, July 23, 2019 12:30 PM
To: undisclosed-recipients:;
Subject: CI-19/35 Consultation sessions for Member States: Fostering tech and innovation SMEs

""" + CIRC_EN)

    add("en_02_ken_correction.eml", "correction", "en", "KEN",
        [D("Peter Otieno Ochieng", title="Deputy Director, ICT Innovation", email="pochieng@ict.go.ke")],
        ["budapest-2019"],
        frm=("Esther Kamau", "ekamau@ict.go.ke"), charset="us-ascii", cte="7bit", tz=3,
        subject="CI-19/35 - CHANGE OF NOMINEE (Kenya)", recv="2019-08-15 15:40:07", supersedes=k1,
        body="""Dear Sir/Madam,

Further to our e-mail of 29 July 2019, kindly note that Ms. Mwangi will unfortunately not be able to travel to Budapest.

The Ministry therefore withdraws her nomination and nominates in her place:

Mr. Peter Otieno Ochieng
Deputy Director, ICT Innovation
pochieng@ict.go.ke

We regret any inconvenience caused.

""" + KEN_SIG)

    html = outlook("\n".join([
        P("Dear Sir/Madam,"),
        P("&nbsp;"),
        P("With reference to ITU Circular CI-19/35 dated 23.07.2019, I am directed to convey that the Department of Telecommunications, Government of India, is interested in participating in the consultation sessions on fostering tech and innovation SMEs."),
        P("&nbsp;"),
        P("The following officers are nominated for the first session at ITU Telecom World 2019, Budapest:"),
        P("&nbsp;"),
        table([["S. No.", "Name", "Designation", "E-mail"],
               ["1.", "Shri Rajesh Kumar Sharma", "Deputy Director General (International Relations), DoT", "ddgir-dot@gov.in"],
               ["2.", "Smt. Anjali Verma", "Director (SME Policy), Ministry of MSME", "anjali.verma@nic.in"]]),
        P("&nbsp;"),
        P("India would also be keen to take part, with the same officers, in the follow-up consultation planned alongside the Council Working Group meetings in Geneva in early 2020."),
        P("&nbsp;"),
        P("This issues with the approval of the competent authority."),
        P("&nbsp;"),
        P("Regards,"),
        P("<b>(Vikas Gupta)</b>"),
        P("Assistant Director General (IR)"),
        P("Department of Telecommunications, Sanchar Bhawan, 20 Ashoka Road, New Delhi - 110001"),
        P("Tel: +91-11-2303 6000"),
    ]))
    add("en_03_ind_html_only_table.eml", "nomination", "en", "IND",
        [D("Rajesh Kumar Sharma", title="Deputy Director General (International Relations), DoT", email="ddgir-dot@gov.in"),
         D("Anjali Verma", title="Director (SME Policy), Ministry of MSME", email="anjali.verma@nic.in")],
        ["budapest-2019", "cwg-2020"],
        frm=("ADG IR DoT", "adgir-dot@gov.in"), html=html, charset="utf-8", cte="quoted-printable", tz=5,
        subject="Nomination of officers - ITU Circular CI-19/35", recv="2019-08-02 12:33:21", mid_style="zimbra",
        relay="mail.gov.in")

    add("en_04_gha_gmail_self.eml", "nomination", "en", "GHA",
        [D("Kwame Asante-Boateng", title="Principal Programme Officer", email="kwame.asanteboateng@gmail.com")],
        ["budapest-2019"],
        frm=("Kwame Asante-Boateng", "kwame.asanteboateng@gmail.com"), charset="UTF-8", cte="quoted-printable",
        tz=0, mid_style="gmail", relay="mail-wr1-f54.google.com", date="Sat, 10 Aug 2019 19:52:10 +0200",
        subject="Re: CI-19/35 Consultation sessions for Member States", recv="2019-08-10 18:53:44",
        body="""Dear Sir/Madam,

With reference to your circular CI-19/35, I write to confirm that I will represent Ghana at the consultation session in Budapest on 10 September. I am also registered for ITU Telecom World, so no separate travel support is required.

Apologies for writing from my private address; our official mail server has been down this week.

Best regards,

Kwame Asante-Boateng
Principal Programme Officer
Ministry of Communications, Republic of Ghana
Accra
Tel: +233 30 222 8011
kwame.asanteboateng@gmail.com

On Tue, Jul 23, 2019 at 10:31 AM SME <sme@itu.int> wrote:

""" + quote(CIRC_EN))

    add("en_05_nga_late_surname_first.eml", "nomination", "en", "NGA",
        [D("Oluwaseun Adeyemi", ["ADEYEMI, Oluwaseun"], "Director, New Media and Information Security", "oadeyemi@ncc.gov.ng"),
         D("Hadiza Aminu Bello", ["BELLO, Hadiza Aminu"], "Head, SME Development Desk", "habello@ncc.gov.ng")],
        ["budapest-2019", "wsis-2020"],
        frm=("Intl Cooperation NCC", "intl.coop@ncc.gov.ng"), charset="iso-8859-1", cte="quoted-printable", tz=1,
        subject="NIGERIA - NOMINATIONS: ITU CI-19/35", recv="2019-08-21 17:05:29", mid_style="lotus",
        body="""The Secretary-General
International Telecommunication Union
Geneva

Attention: Mr. Christopher Clark

NOMINATION FOR CONSULTATION SESSIONS ON FOSTERING TECH AND INNOVATION SMEs

Please refer to the above circular. We apologise for the late submission, which was due to internal approval processes.

The Nigerian Communications Commission, on behalf of the Federal Republic of Nigeria, nominates the following officers:

1. ADEYEMI, Oluwaseun (Mr) - Director, New Media and Information Security - oadeyemi@ncc.gov.ng
2. BELLO, Hadiza Aminu (Mrs) - Head, SME Development Desk - habello@ncc.gov.ng

Both officers will attend the first session in Budapest (10 September 2019) and the session to be held during the WSIS Forum 2020.

Accept the assurances of our highest regards.

For: Executive Vice Chairman/CEO
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
""")

    add("en_06_gbr_interest_wsis_only.eml", "interest_only", "en", "GBR", [], ["wsis-2020"],
        frm=("Hannah Price", "hannah.price@culture.gov.uk"), charset="utf-8", cte="quoted-printable", tz=1,
        subject="RE: CI-19/35 - UK response", recv="2019-08-14 12:20:16",
        body="""Dear Christopher,

Thank you for the invitation in CI-19/35.

The UK is very supportive of ITU's work to bring SMEs into the Union, and we would like to take part in the consultation series. Unfortunately nobody from the department will be in Budapest in September, so we will not be able to join the first session.

We would however like to participate in the session during the WSIS Forum 2020, and will confirm the name of our representative nearer the time.

Kind regards,
Hannah

Hannah Price | International Telecoms Policy
Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ
""")

    add("en_07_aus_decline.eml", "decline", "en", "AUS", [], [],
        frm=("Geneva Mission", "geneva.mission@dfat.gov.au"), charset="us-ascii", cte="7bit", tz=2,
        subject="CI-19/35 - Australia", recv="2019-08-06 16:48:03",
        body="""The Permanent Mission of Australia to the United Nations in Geneva presents its compliments to the International Telecommunication Union and, with reference to Circular CI-19/35, has the honour to advise that Australia will not be participating in the consultation session to be held in Budapest on 10 September 2019.

The Permanent Mission of Australia avails itself of this opportunity to renew to the International Telecommunication Union the assurances of its highest consideration.

Geneva, 6 August 2019

------
UNCLASSIFIED
If you have received this email in error, please notify the sender and delete it.
""")

    add("en_08_phl_inquiry.eml", "inquiry", "en", "PHL", [], [],
        frm=("Maria Teresa Villanueva", "mt.villanueva@dict.gov.ph"), charset="utf-8", cte="quoted-printable", tz=8,
        subject="Query on CI-19/35", recv="2019-07-31 06:02:38", mid_style="zimbra",
        body="""Good day!

We acknowledge receipt of Circular CI-19/35. Before we endorse a participant, may we kindly ask:

(a) Is the Budapest session open only to government representatives, or may our national SME council also send someone?
(b) Does participation require a paid ITU Telecom World 2019 pass?
(c) Will the sessions in 2020 be announced by a separate circular?

Thank you very much and more power.

Maria Teresa Villanueva
International Cooperation Division
Department of Information and Communications Technology
Diliman, Quezon City, Philippines
""")

    def dsn(file, domain):
        b = f"{digest(file, 10).upper()}.1565601238/mx.itu.int"
        notice = """This is the mail system at host mx.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.kamara@mic.gov.sl>: host mail.mic.gov.sl[203.0.113.61] said: 550 5.1.1
    <d.kamara@mic.gov.sl>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
        status = """Reporting-MTA: dns; mx.itu.int
X-Postfix-Queue-ID: 3F2A1C0B7
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: Thu,  8 Aug 2019 09:01:12 +0200 (CEST)

Final-Recipient: rfc822; d.kamara@mic.gov.sl
Original-Recipient: rfc822;d.kamara@mic.gov.sl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.mic.gov.sl
Diagnostic-Code: smtp; 550 5.1.1 <d.kamara@mic.gov.sl>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
        orig = """Received: from itu-exch03.itu.int (itu-exch03.itu.int [156.106.192.43])
	by mx.itu.int (Postfix) with ESMTPS id 3F2A1C0B7
	for <d.kamara@mic.gov.sl>; Thu,  8 Aug 2019 09:01:12 +0200 (CEST)
From: SME <sme@itu.int>
To: <d.kamara@mic.gov.sl>
Subject: Reminder: CI-19/35 - Consultation sessions for Member States
Date: Thu, 8 Aug 2019 07:01:09 +0000
Message-ID: <reminder-CI-19-35-0812@itu.int>
"""
        parts = [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice.encode()),
                 (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status.encode()),
                 (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig.encode())]
        h, body = multipart("report", parts, b, " report-type=delivery-status;")
        return h, body

    add("en_09_bounce_postfix_dsn.eml", "bounce", "en", None, [], [],
        frm=("Mail Delivery System", "MAILER-DAEMON@mx.itu.int"), subject="Undelivered Mail Returned to Sender",
        recv="2019-08-08 09:01:14", reply=False, content=dsn, to="sme@itu.int", mid_style="generic",
        mid_domain="mx.itu.int", lag=0, extra=["Auto-Submitted: auto-replied"],
        top_received="Received: by mx.itu.int (Postfix)\n\tid {qid}; {recv} (CEST)")

    add("en_10_itu_internal.eml", "unrelated", "en", None, [], [],
        frm=("Sofia Marchetti", "sofia.marchetti@itu.int"), to="SME <sme@itu.int>",
        cc="Christopher Clark <christopher.clark@itu.int>", charset="utf-8", cte="quoted-printable", tz=2,
        reply=False, subject="Budapest - room and catering for the SME consultation (10 Sept)",
        recv="2019-08-07 14:12:55", relay="itu-exch03.itu.int", inner="ITU-MBX07.itu.int",
        body="""Hi all,

Quick update on logistics for the SME consultation session in Budapest:

- Room: Hungexpo, Pavilion G, meeting room G.2 (capacity 60), booked 14:00-16:00 on 10 September.
- Coffee break: confirmed with the Telecom World caterer; Tamas Szabo (Hungarian host team) is our contact on site.
- Badges: Member State participants will collect them at the VIP desk; Laura Bennett from the Telecom team will send us the list format.

Christopher, could you confirm whether you will open the session or if Doreen should do it?

Thanks,
Sofia

Sofia Marchetti
Programme Officer, ITU Telecom World
International Telecommunication Union, Place des Nations, 1211 Geneva 20
""")

    add("en_11_zmb_out_of_office.eml", "auto_reply", "en", None, [], [],
        frm=("Mwansa Chileshe", "mchileshe@zicta.zm"), charset="us-ascii", cte="7bit", tz=2, reply=False,
        subject="Automatic reply: CI-19/35 Consultation sessions for Member States", recv="2019-07-23 12:41:06",
        extra=["Auto-Submitted: auto-generated", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
        body="""Thank you for your email.

I am out of the office on annual leave until Monday 19 August 2019 with limited access to email. For urgent matters please contact Ms. Ruth Banda at rbanda@zicta.zm or +260 211 241236.

Mwansa Chileshe
Zambia Information and Communications Technology Authority
""")

    add("en_12_vendor_pitch.eml", "unrelated", "en", None, [], [],
        frm=("Daniel Whitfield", "daniel@scaleup-bridge.io"), charset="utf-8", cte="quoted-printable", tz=0,
        reply=False, mid_style="generic",
        subject="Meet us in Budapest: helping governments scale tech SMEs", recv="2019-08-05 11:27:40",
        body="""Hello,

ITU Telecom World 2019 is only weeks away, and SMEs are at the heart of this year's programme. At ScaleUp Bridge we help ministries and regulators run SME acceleration programmes that actually deliver: our platform matched over 1,200 start-ups with public buyers last year.

I will be in Budapest from 9 to 12 September with our CEO, Priya Raman. Would your team have 20 minutes for a coffee at our stand (Hall G, booth 114)?

You can book a slot here: https://scaleup-bridge.io/budapest

Best,
Daniel Whitfield
Head of Public Sector Partnerships, ScaleUp Bridge Ltd, London

You received this email because your address is listed publicly. Reply STOP to unsubscribe.
""")

    def ndr(file, domain):
        b = f"_{digest(file, 30)}_"
        txt = """Delivery has failed to these recipients or groups:

s.ncube@potraz.gov.zw
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: HRE-EXCH01.potraz.gov.zw

s.ncube@potraz.gov.zw
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Original message headers:

From: SME <sme@itu.int>
To: <s.ncube@potraz.gov.zw>
Subject: CI-19/35 Consultation sessions for Member States: Fostering tech and innovation SMEs
Date: Tue, 23 Jul 2019 10:30:05 +0000
Message-ID: <CI-19-35.20190723.zw@itu.int>
"""
        status = """Reporting-MTA: dns;HRE-EXCH01.potraz.gov.zw
Received-From-MTA: dns;mx.itu.int
Arrival-Date: Tue, 23 Jul 2019 10:30:22 +0000

Final-Recipient: rfc822;s.ncube@potraz.gov.zw
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
        parts = [leaf(txt, "plain", "us-ascii", "7bit"),
                 (["Content-Type: message/delivery-status"], status.encode())]
        return multipart("report", parts, b, " report-type=delivery-status;")

    add("en_13_bounce_exchange_ndr.eml", "bounce", "en", None, [], [],
        frm=("Microsoft Outlook", "postmaster@potraz.gov.zw"), to="SME <sme@itu.int>", tz=0, reply=False,
        subject="Undeliverable: CI-19/35 Consultation sessions for Member States: Fostering tech and innovation SMEs",
        recv="2019-07-23 12:30:31", content=ndr, extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])
# ---------------------------------------------------------------------------------------------------------------
# French

def build_fr():
    s1 = add("fr_01_sen_latin1_nom_prenom.eml", "nomination", "fr", "SEN",
             [D("Fatou Bintou Ndiaye", ["NDIAYE Fatou Bintou"], "Chef de la Division Innovation et PME numériques",
                "fatoubintou.ndiaye@artp.sn")],
             ["budapest-2019"],
             frm=("Cheikh Tidiane Diop", "ct.diop@artp.sn"), charset="iso-8859-1", cte="quoted-printable", tz=0,
             subject="TR: CI-19/35 - Désignation du représentant du Sénégal", recv="2019-08-05 11:08:26",
             body="""Monsieur le Secrétaire général,

Faisant suite à votre lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire part de l'intérêt du Sénégal pour les sessions de consultation consacrées aux PME du secteur des technologies et de l'innovation.

Pour la première session, prévue le 10 septembre 2019 à Budapest, l'Autorité de Régulation des Télécommunications et des Postes (ARTP) désigne :

Nom : NDIAYE
Prénom : Fatou Bintou
Nom à faire figurer sur le badge : Mme Fatou Bintou NDIAYE
Fonction : Chef de la Division Innovation et PME numériques
Courriel : fatoubintou.ndiaye@artp.sn
Téléphone : +221 33 869 03 69

Je vous prie d'agréer, Monsieur le Secrétaire général, l'expression de ma haute considération.

Cheikh Tidiane DIOP
Conseiller technique, Relations internationales
ARTP Sénégal - Dakar
""")

    add("fr_02_sen_correction_full_list.eml", "correction", "fr", "SEN",
        [D("Fatou Bintou Ndiaye", ["NDIAYE Fatou Bintou"], "Chef de la Division Innovation et PME numériques",
           "fatoubintou.ndiaye@artp.sn"),
         D("Abdoulaye Seck", ["SECK Abdoulaye"], "Directeur des Télécommunications", "abdoulaye.seck@artp.sn")],
        ["budapest-2019"],
        frm=("Cheikh Tidiane Diop", "ct.diop@artp.sn"), charset="iso-8859-1", cte="quoted-printable", tz=0,
        subject="RE: CI-19/35 - Désignation du représentant du Sénégal (mise à jour)", recv="2019-08-12 17:31:54",
        supersedes=s1,
        body="""Madame, Monsieur,

Nous revenons vers vous au sujet de notre courriel du 5 août. La délégation sénégalaise à la session de Budapest est modifiée comme suit (liste complète) :

1. NDIAYE Fatou Bintou (Mme), Chef de la Division Innovation et PME numériques - fatoubintou.ndiaye@artp.sn
2. SECK Abdoulaye (M.), Directeur des Télécommunications - abdoulaye.seck@artp.sn

Cette liste annule et remplace la précédente.

Bien cordialement,

Cheikh Tidiane DIOP
ARTP Sénégal
""")

    add("fr_03_tun_mission_forward_boundary.eml", "nomination", "fr", "TUN",
        [D("Karim Ben Salah", title="Directeur général de l'économie numérique", email="karim.bensalah@mtcen.gov.tn")],
        ["budapest-2019", "cwg-2020"],
        frm=("Mission permanente de Tunisie", "mission.tunisie@bluewin.ch"), charset="windows-1252",
        cte="quoted-printable", tz=2, date="Sat, 17 Aug 2019 00:03:27 +0200",
        subject="TR: Réponse de la Tunisie à la lettre circulaire CI-19/35", recv="2019-08-16 23:58:10",
        relay="smtp.bluewin.ch",
        body="""Madame, Monsieur,

La Mission permanente de la Tunisie auprès de l'Office des Nations Unies à Genève vous transmet ci-dessous la réponse du Ministère des Technologies de la Communication et de l'Economie Numérique.

Avec nos meilleures salutations,
Le Secrétariat de la Mission

-------- Message transféré --------
De : Bureau de la Coopération internationale <bci@mtcen.gov.tn>
Envoyé : vendredi 16 août 2019 18:12
À : Mission permanente de Tunisie <mission.tunisie@bluewin.ch>
Objet : Réponse à la lettre circulaire CI-19/35

Suite à la lettre circulaire de l'UIT n° CI-19/35, le Ministère a le plaisir de désigner M. Karim BEN SALAH, Directeur général de l'économie numérique (karim.bensalah@mtcen.gov.tn), pour représenter la Tunisie à la première session de consultation, le 10 septembre à Budapest, ainsi qu'à la session prévue en marge des réunions des Groupes de travail du Conseil au début de l'année 2020.

Merci de bien vouloir transmettre cette désignation aux services compétents de l'UIT.

Le Directeur de la Coopération internationale

-----Message d'origine-----
De : SME <sme@itu.int>
Envoyé : mardi 23 juillet 2019 12:30
Objet : CI-19/35

""" + CIRC_FR)

    add("fr_04_bel_interest_maybe_wsis.eml", "interest_only", "fr", "BEL", [], ["budapest-2019"],
        frm=("Sophie Lambert", "sophie.lambert@ibpt.be"), charset="utf-8", cte="quoted-printable", tz=2,
        subject="RE: CI-19/35 Sessions de consultation PME", recv="2019-08-07 10:55:33",
        body="""Bonjour,

L'IBPT vous remercie pour cette invitation et vous confirme l'intérêt de la Belgique pour la première session de consultation à Budapest.

Le nom de notre représentant vous sera communiqué dès que la composition de la délégation à ITU Telecom World aura été arrêtée. Nous pourrions éventuellement envisager une participation au Forum du SMSI l'an prochain, mais aucune décision n'a encore été prise à ce sujet.

Bien à vous,

Sophie Lambert
Conseiller - Affaires internationales
Institut belge des services postaux et des télécommunications (IBPT)
Ellipse Building C, Boulevard du Roi Albert II 35, 1030 Bruxelles

Avertissement : ce message et ses annexes sont confidentiels. Disclaimer: this message and its attachments are confidential.
""")

    add("fr_05_cmr_decline.eml", "decline", "fr", "CMR", [], [],
        frm=("Secrétariat Général MINPOSTEL", "sg@minpostel.gov.cm"), charset="utf-8", cte="base64", tz=1,
        subject="Votre lettre circulaire CI-19/35", recv="2019-08-09 14:02:40", mid_style="zimbra",
        body="""Monsieur le Secrétaire général,

J'accuse réception de votre lettre circulaire CI-19/35 relative aux sessions de consultation sur les PME du secteur des technologies et de l'innovation, et vous en remercie.

J'ai le regret de vous informer que, pour des contraintes de calendrier, le Cameroun ne sera pas en mesure de prendre part à la session de Budapest du 10 septembre 2019.

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Pour le Ministre des Postes et Télécommunications,
Le Secrétaire Général
""")

    add("fr_06_auto_reply.eml", "auto_reply", "fr", None, [], [],
        frm=("Jean-Claude Mabiala", "jc.mabiala@arpce.cg"), charset="iso-8859-1", cte="quoted-printable", tz=1,
        reply=False, subject="Réponse automatique : CI-19/35 Sessions de consultation pour les Etats Membres",
        recv="2019-07-23 12:33:58", extra=["Auto-Submitted: auto-replied"],
        body="""Bonjour,

Je suis absent du bureau jusqu'au lundi 26 août 2019 inclus. Pendant mon absence, vous pouvez contacter M. Rodrigue Ngoma (r.ngoma@arpce.cg).

Cordialement,
Jean-Claude Mabiala
ARPCE - Brazzaville
""")


# ---------------------------------------------------------------------------------------------------------------
# Russian

def build_ru():
    r1 = add("ru_01_rus_cp1251_fio.eml", "nomination", "ru", "RUS",
             [D("Смирнов Алексей Викторович", ["SMIRNOV Alexey"],
                "заместитель директора Департамента международного сотрудничества Минкомсвязи России",
                "a.smirnov@minsvyaz.ru")],
             ["budapest-2019"],
             frm=("Орлова Екатерина Игоревна", "e.orlova@minsvyaz.ru"), charset="windows-1251",
             cte="quoted-printable", tz=3,
             subject="RE: CI-19/35 - участие в консультационной сессии", recv="2019-08-02 11:36:20",
             body="""Уважаемые коллеги!

В ответ на циркулярное письмо CI-19/35 от 23 июля 2019 г. сообщаем о заинтересованности Министерства цифрового развития, связи и массовых коммуникаций Российской Федерации в участии в серии консультационных сессий по содействию развитию МСП в сфере технологий и инноваций.

Для участия в первой сессии (10 сентября 2019 г., Будапешт) направляется:

Фамилия Имя Отчество: Смирнов Алексей Викторович
Фамилия, имя (латиницей, как в паспорте): SMIRNOV Alexey
Должность: заместитель директора Департамента международного сотрудничества Минкомсвязи России
Эл. почта: a.smirnov@minsvyaz.ru
Тел.: +7 495 771-80-00

С уважением,
Е.И. Орлова
консультант отдела многостороннего сотрудничества
Департамент международного сотрудничества
Минкомсвязь России

-----Original Message-----
From: SME [mailto:sme@itu.int]
Sent: Tuesday, July 23, 2019 1:30 PM
Subject: CI-19/35

""" + CIRC_RU)

    add("ru_02_kaz_mission_note_oblique.eml", "nomination", "ru", "KAZ",
        [D("Ахметов Ержан Болатович", ["Ахметова Ержана Болатовича"],
           "директор Департамента цифровизации Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
           None)],
        ["budapest-2019"],
        frm=("Постоянное представительство РК в Женеве", "geneva@mfa.kz"), charset="utf-8", cte="base64", tz=2,
        subject="Ответ на циркулярное письмо МСЭ CI-19/35", recv="2019-08-12 15:19:02",
        body="""№ 12-3/1457

Постоянное представительство Республики Казахстан при Отделении ООН и других международных организациях в Женеве свидетельствует свое уважение Международному союзу электросвязи и, ссылаясь на циркулярное письмо CI-19/35 от 23 июля 2019 года, имеет честь сообщить, что для участия в первой консультационной сессии «Содействие развитию МСП в сфере технологий и инноваций», которая состоится 10 сентября 2019 года в г. Будапешт, Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан направляет директора Департамента цифровизации Ахметова Ержана Болатовича.

Постоянное представительство Республики Казахстан пользуется случаем, чтобы возобновить Международному союзу электросвязи уверения в своем высоком уважении.

Женева, 12 августа 2019 года
""")

    add("ru_03_blr_late_oblique_wsis.eml", "nomination", "ru", "BLR",
        [D("Ковалевская Ольга Николаевна", ["Ковалевскую Ольгу Николаевну"],
           "начальник отдела развития цифровой экономики", "o.kovalevskaya@mpt.gov.by")],
        ["budapest-2019", "wsis-2020"],
        frm=("Министерство связи и информатизации", "mpt@mpt.gov.by"), charset="windows-1251", cte="base64", tz=3,
        subject="О консультационных сессиях МСЭ (CI-19/35)", recv="2019-08-23 09:47:15", mid_style="thunderbird",
        body="""Международный союз электросвязи
Г-ну Кристоферу Кларку

Уважаемый господин Кларк!

Министерство связи и информатизации Республики Беларусь приносит извинения за задержку с ответом и информирует о решении командировать начальника отдела развития цифровой экономики Ковалевскую Ольгу Николаевну (o.kovalevskaya@mpt.gov.by) для участия в консультационной сессии 10 сентября 2019 г. в Будапеште, а также в сессии, которая будет проводиться в рамках Форума ВВУИО 2020 года.

Контактное лицо по организационным вопросам: Мельник Игорь Петрович, тел. +375 17 287-87-00.

С уважением,
заместитель Министра
""")

    add("ru_04_rus_correction_initials.eml", "correction", "ru", "RUS",
        [D("Петрова Наталья Сергеевна", ["Натальи Сергеевны Петровой"], "начальник отдела многостороннего сотрудничества",
           "n.petrova@minsvyaz.ru")],
        ["budapest-2019"],
        frm=("Орлова Екатерина Игоревна", "e.orlova@minsvyaz.ru"), charset="windows-1251", cte="8bit", tz=3,
        subject="Замена участника: CI-19/35", recv="2019-08-14 16:03:44", supersedes=r1,
        body="""Уважаемые коллеги!

Просим учесть изменение в составе участников от Российской Федерации в консультационной сессии 10 сентября 2019 г. в Будапеште: вместо Смирнова А.В. в сессии примет участие начальник отдела многостороннего сотрудничества Петрова Наталья Сергеевна (n.petrova@minsvyaz.ru).

Просим направлять всю дальнейшую информацию по сессии на адрес Натальи Сергеевны Петровой.

С уважением,
Е.И. Орлова
Минкомсвязь России
""")

    add("ru_05_uzb_inquiry.eml", "inquiry", "ru", "UZB", [], [],
        frm=("Юсупов Тимур", "t.yusupov@mitc.uz"), charset="koi8-r", cte="quoted-printable", tz=5,
        subject="Вопрос по письму CI-19/35", recv="2019-08-01 08:21:49",
        body="""Добрый день!

Министерство по развитию информационных технологий и коммуникаций Республики Узбекистан рассматривает возможность участия в консультационной сессии в Будапеште. Просим уточнить:

- будет ли обеспечен синхронный перевод на русский язык;
- возможно ли дистанционное участие;
- требуется ли отдельная регистрация на ITU Telecom World 2019.

Заранее благодарим.

Юсупов Тимур
Управление международного сотрудничества
""")

    add("ru_06_kgz_interest.eml", "interest_only", "ru", "KGZ", [], ["budapest-2019"],
        frm=("ГКИТС КР", "info@ccit.gov.kg"), charset="utf-8", cte="quoted-printable", tz=6, mid_style="zimbra",
        subject="Re: CI-19/35", recv="2019-08-15 07:58:30",
        body="""Уважаемый г-н Кларк,

Государственный комитет информационных технологий и связи Кыргызской Республики выражает заинтересованность в участии в консультационной сессии по вопросам поддержки МСП, которая пройдет в Будапеште 10 сентября.

Кандидатура представителя будет сообщена дополнительно.

С уважением,
Отдел внешних связей ГКИТС КР
""")


# ---------------------------------------------------------------------------------------------------------------
# Spanish

def build_es():
    add("es_01_col_running_text_quoted.eml", "nomination", "es", "COL",
        [D("Andrés Felipe Gómez Restrepo", title="Asesor del Despacho del Viceministro de Transformación Digital",
           email="agomez@mintic.gov.co")],
        ["budapest-2019"],
        frm=("Oficina de Asuntos Internacionales MinTIC", "internacional@mintic.gov.co"), charset="utf-8", cte="8bit",
        tz=-5, subject="RE: CI-19/35 Sesiones de consulta para los Estados Miembros", recv="2019-08-08 20:44:10",
        body="""Respetado señor Clark:

Reciba un cordial saludo del Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia.

En atención a la Carta Circular CI-19/35, me permito manifestar el interés de Colombia en participar en las sesiones de consulta y postular al señor Andrés Felipe GÓMEZ RESTREPO, Asesor del Despacho del Viceministro de Transformación Digital, como participante en la primera sesión, que se llevará a cabo en Budapest el 10 de septiembre de 2019. Su correo electrónico es agomez@mintic.gov.co.

Quedamos atentos a cualquier información adicional.

Cordialmente,

Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Bogotá D.C., Colombia

De: SME <sme@itu.int>
Enviado: martes, 23 de julio de 2019 5:30
Para: undisclosed-recipients
Asunto: CI-19/35 Sesiones de consulta para los Estados Miembros

""" + CIRC_ES)

    html = outlook("\n".join([
        P("Estimado Sr. Clark:"),
        P("&nbsp;"),
        P("Por instrucciones del Comisionado Presidente, y en respuesta a la Carta Circular CI-19/35, le informo que México participará en las sesiones de consulta &quot;Fomento de las PYME del sector de la tecnología y la innovación&quot;."),
        P("&nbsp;"),
        P("En la primera sesión, en Budapest, participará la <b>Mtra. Claudia Patricia Hernández Olvera</b>, Directora General de Asuntos Internacionales del IFT (claudia.hernandez@ift.org.mx)."),
        P("&nbsp;"),
        P("Asimismo, para la sesión que se celebrará durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, designamos al <b>Lic. Jorge Luis Ramírez Zúñiga</b>, Subdirector de Organismos Multilaterales (jorge.ramirez@ift.org.mx)."),
        P("&nbsp;"),
        P("Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo."),
        P("&nbsp;"),
        P("<b>Gabriela Sánchez Ortiz</b>"),
        P("Coordinación General de Asuntos Internacionales"),
        P("Instituto Federal de Telecomunicaciones"),
        P("Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México"),
        P('<span style="font-size:7.5pt;color:gray">La información contenida en este correo es confidencial. Si usted no es el destinatario, favor de notificarlo al remitente y eliminarlo.</span>'),
    ]), lang="ES-MX")
    add("es_02_mex_alt_two_sessions.eml", "nomination", "es", "MEX",
        [D("Claudia Patricia Hernández Olvera", title="Directora General de Asuntos Internacionales del IFT",
           email="claudia.hernandez@ift.org.mx"),
         D("Jorge Luis Ramírez Zúñiga", title="Subdirector de Organismos Multilaterales", email="jorge.ramirez@ift.org.mx")],
        ["budapest-2019", "cwg-2020"],
        frm=("Gabriela Sánchez Ortiz", "gabriela.sanchez@ift.org.mx"), html=html, alt=True, charset="iso-8859-1",
        cte="quoted-printable", tz=-5, subject="Respuesta CI-19/35 - México", recv="2019-08-13 18:10:37")

    add("es_03_esp_only_wsis.eml", "nomination", "es", "ESP",
        [D("María del Carmen Ruiz Vázquez", title="Consejera de Telecomunicaciones", email="mcarmen.ruiz@maec.es")],
        ["wsis-2020"],
        frm=("Misión Permanente de España", "mision.ginebra@maec.es"), charset="iso-8859-1", cte="8bit", tz=2,
        subject="CI-19/35: participación de España", recv="2019-08-14 11:49:21",
        body="""Muy señores míos:

La Misión Permanente de España ante la Oficina de las Naciones Unidas y los Organismos Internacionales con sede en Ginebra saluda atentamente a la Unión Internacional de Telecomunicaciones y, en relación con la Carta Circular CI-19/35, tiene el honor de comunicar lo siguiente.

Por razones de agenda, no será posible contar con un representante español en la sesión de Budapest. España desea participar únicamente en la sesión que tendrá lugar durante el Foro de la CMSI de 2020, para la cual designa a D.ª María del Carmen Ruiz Vázquez, Consejera de Telecomunicaciones de esta Misión (mcarmen.ruiz@maec.es).

Atentamente,

Misión Permanente de España
Avenue Blanc 53, 1202 Ginebra
""")

    add("es_04_ury_decline.eml", "decline", "es", "URY", [], [],
        frm=("Relaciones Internacionales URSEC", "rrii@ursec.gub.uy"), charset="utf-8", cte="quoted-printable",
        tz=-3, subject="Re: CI-19/35", recv="2019-08-16 10:02:12", mid_style="zimbra",
        body="""Estimados:

Agradecemos la invitación. Lamentablemente, en esta oportunidad Uruguay no podrá participar en la sesión de consulta de Budapest.

Saludos cordiales,

Unidad de Relaciones Internacionales
Unidad Reguladora de Servicios de Comunicaciones (URSEC)
Montevideo - Uruguay
""")

    add("es_05_per_interest_late.eml", "interest_only", "es", "PER", [], ["budapest-2019"],
        frm=("Dirección General de Regulación y Asuntos Internacionales", "dgrain@mtc.gob.pe"), charset="utf-8",
        cte="base64", tz=-5, date="Mon, 26 Aug 2019 08:15:00 -0500",
        subject="CARTA CIRCULAR CI-19/35 - PERÚ", recv="2019-08-27 15:16:03",
        body="""Señor
Houlin Zhao
Secretario General
Unión Internacional de Telecomunicaciones
Presente.-

De mi consideración:

Tengo el agrado de dirigirme a usted con relación a la Carta Circular CI-19/35, a fin de manifestar el interés del Ministerio de Transportes y Comunicaciones del Perú en participar en la sesión de consulta que se realizará en Budapest.

El nombre del representante designado será comunicado oportunamente.

Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración.

Atentamente,

Director General de Regulación y Asuntos Internacionales de Comunicaciones
Ministerio de Transportes y Comunicaciones - Lima
""")

    add("es_06_ecu_gmail_self.eml", "nomination", "es", "ECU",
        [D("Diego Fernando Salazar Moreno", title="Especialista de Regulación", email="diego.salazar.arcotel@gmail.com")],
        ["budapest-2019"],
        frm=("Diego Salazar", "diego.salazar.arcotel@gmail.com"), charset="UTF-8", cte="quoted-printable", tz=-5,
        mid_style="gmail", relay="mail-pl1-f181.google.com",
        subject="Re: CI-19/35 Sesiones de consulta", recv="2019-08-11 02:25:38",
        body="""Estimados señores de la UIT:

Por medio del presente confirmo que asistiré, en representación de la Agencia de Regulación y Control de las Telecomunicaciones (ARCOTEL) del Ecuador, a la sesión de consulta del 10 de septiembre en Budapest. La designación fue aprobada por la Dirección Ejecutiva el pasado viernes.

Les escribo desde mi cuenta personal por problemas con el correo institucional.

Saludos cordiales,

--
Ing. Diego Fernando Salazar Moreno
Especialista de Regulación
ARCOTEL - Quito, Ecuador
Cel. +593 99 123 4567

El mar., 23 jul. 2019 a las 5:31, SME (<sme@itu.int>) escribió:
""" + quote(CIRC_ES))

    add("es_07_newsletter.eml", "unrelated", "es", None, [], [],
        frm=("Boletín TIC Iberoamérica", "boletin@ticiberoamerica.org"), charset="utf-8", cte="quoted-printable",
        tz=2, reply=False, mid_style="generic",
        extra=["List-Unsubscribe: <mailto:baja@ticiberoamerica.org>", "Precedence: bulk"],
        subject="Boletín TIC Iberoamérica nº 147 - Agosto 2019", recv="2019-08-06 08:00:03",
        body="""BOLETÍN TIC IBEROAMÉRICA - Nº 147 - AGOSTO 2019

EN ESTE NÚMERO
1. ITU Telecom World 2019 en Budapest: las PYME tecnológicas, protagonistas
2. Entrevista: Rosa Elena Castañeda, presidenta de la Asociación de Emprendedores Digitales
3. Nueva convocatoria de fondos para la conectividad rural
4. Agenda de eventos de septiembre

1. ITU TELECOM WORLD 2019
Del 9 al 12 de septiembre, Budapest acogerá el principal encuentro de la UIT con el sector privado. Este año, la presencia de pequeñas y medianas empresas será especialmente relevante, según explicó a este boletín Javier Montes, analista del sector...

Para darse de baja de este boletín, escriba a baja@ticiberoamerica.org.
""")
# ---------------------------------------------------------------------------------------------------------------
# Portuguese, German, Italian, Turkish

def build_pt_de_it_tr():
    add("pt_01_bra_latin1_budapest_cwg.eml", "nomination", "pt", "BRA",
        [D("João Carlos Pereira da Silva", title="Assessor Internacional da Anatel", email="joaocarlos@anatel.gov.br")],
        ["budapest-2019", "cwg-2020"],
        frm=("Assessoria Internacional - Anatel", "ai@anatel.gov.br"), charset="iso-8859-1", cte="quoted-printable",
        tz=-3, subject="RES: CI-19/35 - Indicação de participante", recv="2019-08-07 19:22:45",
        body="""Prezados Senhores,

Em atenção à Carta Circular CI-19/35, a Agência Nacional de Telecomunicações (Anatel), em nome da Administração brasileira, tem a satisfação de indicar o Sr. João Carlos Pereira da Silva, Assessor Internacional da Anatel (joaocarlos@anatel.gov.br), para participar da sessão de consulta de Budapeste, em 10 de setembro de 2019, bem como da sessão que será realizada durante as reuniões dos Grupos de Trabalho do Conselho no início de 2020.

Atenciosamente,

Assessoria Internacional
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 06, Blocos C, E, F e H - Brasília/DF

"Esta mensagem é destinada exclusivamente ao destinatário e pode conter informações confidenciais."
""")

    add("pt_02_moz_fields.eml", "nomination", "pt", "MOZ",
        [D("Ana Paula Macuácua", title="Chefe do Departamento de Desenvolvimento de Mercado", email="ana.macuacua@incm.gov.mz")],
        ["budapest-2019"],
        frm=("Ana Paula Macuácua", "ana.macuacua@incm.gov.mz"), charset="utf-8", cte="quoted-printable", tz=2,
        subject="Re: CI-19/35", recv="2019-08-16 15:30:02", mid_style="thunderbird",
        body="""Exmos. Senhores,

Com referência à Circular CI-19/35, o Instituto Nacional das Comunicações de Moçambique (INCM) manifesta o seu interesse em participar na primeira sessão de consulta, a realizar em Budapeste.

Dados do participante:
Nome: Ana Paula Macuácua
Cargo: Chefe do Departamento de Desenvolvimento de Mercado
Instituição: INCM
E-mail: ana.macuacua@incm.gov.mz

Com os melhores cumprimentos,
Ana Paula Macuácua
INCM - Maputo
""")

    add("pt_03_prt_inquiry.eml", "inquiry", "pt", "PRT", [], [],
        frm=("Rui Manuel Figueiredo", "rui.figueiredo@anacom.pt"), charset="utf-8", cte="8bit", tz=1,
        subject="Pedido de esclarecimento - CI-19/35", recv="2019-07-26 11:14:09",
        body="""Caros colegas,

Antes de indicarmos um participante, gostaríamos de saber se a sessão de 10 de setembro em Budapeste terá possibilidade de participação remota e se está prevista interpretação para português ou apenas para as seis línguas oficiais.

Agradecemos desde já a vossa atenção.

Cumprimentos,
Rui Manuel Figueiredo
Direção de Assuntos Internacionais
ANACOM - Autoridade Nacional de Comunicações, Lisboa
""")

    add("de_01_deu_budapest_wsis_open.eml", "nomination", "de", "DEU",
        [D("Katrin Hoffmann", title="Referatsleiterin VII B 3, Internationale Digitalpolitik", email="katrin.hoffmann@bmwi.bund.de")],
        ["budapest-2019"],
        frm=("Buero VII B 3", "buero-viib3@bmwi.bund.de"), charset="iso-8859-1", cte="quoted-printable", tz=2,
        subject="AW: CI-19/35 Konsultationen zu Tech- und Innovations-KMU", recv="2019-08-09 13:50:16",
        body="""Sehr geehrte Damen und Herren,

mit Bezug auf das Rundschreiben CI-19/35 teilen wir mit, dass Deutschland an der Konsultationsreihe interessiert ist.

Für die erste Sitzung am 10. September 2019 in Budapest benennen wir

Frau Dr. Katrin Hoffmann
Referatsleiterin VII B 3, Internationale Digitalpolitik
katrin.hoffmann@bmwi.bund.de

Ob wir uns auch an der Sitzung während des WSIS-Forums 2020 beteiligen, werden wir zu gegebener Zeit mitteilen.

Mit freundlichen Grüßen
Im Auftrag

Markus Lehmann
Bundesministerium für Wirtschaft und Energie
Referat VII B 3
Scharnhorststraße 34-37, 10115 Berlin
""")

    add("de_02_che_cwg_only.eml", "nomination", "de", "CHE",
        [D("Thomas Brunner", title="Wissenschaftlicher Mitarbeiter, Sektion Internationales", email="thomas.brunner@bakom.admin.ch")],
        ["cwg-2020"],
        frm=("Brunner Thomas BAKOM", "thomas.brunner@bakom.admin.ch"), charset="utf-8", cte="base64", tz=2,
        subject="AW: CI-19/35", recv="2019-08-15 09:41:52",
        body="""Sehr geehrter Herr Clark

Besten Dank für die Einladung. Die Schweiz wird an der ersten Sitzung in Budapest leider nicht teilnehmen können. Gerne beteiligen wir uns jedoch an der Konsultation, die am Rande der Sitzungen der Arbeitsgruppen des Rates Anfang 2020 in Genf stattfindet; ich werde die Schweiz dort vertreten.

Freundliche Grüsse

Thomas Brunner
Wissenschaftlicher Mitarbeiter, Sektion Internationales
Eidgenössisches Departement für Umwelt, Verkehr, Energie und Kommunikation UVEK
Bundesamt für Kommunikation BAKOM
Zukunftstrasse 44, 2501 Biel
thomas.brunner@bakom.admin.ch
""")

    add("de_03_trade_fair_invitation.eml", "unrelated", "de", None, [], [],
        frm=("Bundesverband Digitaler Mittelstand e.V.", "events@bv-digitaler-mittelstand.de"), charset="utf-8",
        cte="quoted-printable", tz=2, reply=False, mid_style="generic",
        subject="Einladung: Empfang am Gemeinschaftsstand Deutschland, ITU Telecom World 2019 Budapest",
        recv="2019-08-20 10:05:44",
        body="""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zum Empfang am Gemeinschaftsstand Deutschland auf der ITU Telecom World 2019 ein:

Dienstag, 10. September 2019, 17:30 Uhr
Hungexpo Budapest, Halle G, Stand G-210

Es sprechen:
- Dr. Michael Weber, Präsident des Bundesverbands Digitaler Mittelstand
- Claudia Fischer, Geschäftsführerin, SensorLab GmbH
- Stefan Krüger, Leiter Internationales, Netzwerk KMU 4.0

Um Anmeldung bis zum 2. September wird gebeten: https://bv-digitaler-mittelstand.de/budapest

Mit freundlichen Grüßen
Ihr Veranstaltungsteam

Bundesverband Digitaler Mittelstand e.V., Berlin - Vereinsregister VR 34567 B
""")

    add("it_01_ita_quoted_da.eml", "nomination", "it", "ITA",
        [D("Giulia Rossi", title="funzionario della Direzione generale per le attività territoriali", email="giulia.rossi@mise.gov.it")],
        ["budapest-2019"],
        frm=("Segreteria Relazioni Internazionali", "relint.segreteria@mise.gov.it"), charset="iso-8859-1",
        cte="quoted-printable", tz=2, subject="R: CI-19/35 - Sessioni di consultazione PMI",
        recv="2019-08-12 12:17:03",
        body="""Gentili Signori,

in riferimento alla lettera circolare CI-19/35, si comunica che la dott.ssa Giulia Rossi, funzionario della Direzione generale per le attività territoriali del Ministero dello Sviluppo Economico, parteciperà alla sessione di consultazione del 10 settembre a Budapest in rappresentanza dell'Italia.

Recapito: giulia.rossi@mise.gov.it - tel. +39 06 5444 0000

Cordiali saluti,

Segreteria Relazioni Internazionali
Ministero dello Sviluppo Economico
Viale America 201, 00144 Roma

Da: SME [mailto:sme@itu.int]
Inviato: martedì 23 luglio 2019 12:30
A: undisclosed-recipients
Oggetto: CI-19/35

""" + CIRC_EN)

    add("it_02_smr_decline.eml", "decline", "it", "SMR", [], [],
        frm=("Segreteria di Stato Affari Esteri", "affariesteri@gov.sm"), charset="utf-8", cte="quoted-printable",
        tz=2, subject="CI-19/35 - Repubblica di San Marino", recv="2019-08-05 10:31:27",
        body="""Egregio Segretario Generale,

nel ringraziare per il cortese invito, La informo che la Repubblica di San Marino non potrà prendere parte alla sessione di consultazione prevista a Budapest il prossimo 10 settembre.

Con i migliori saluti,

Dipartimento Affari Esteri
Repubblica di San Marino
""")

    add("tr_01_tur_fields_dotless_i.eml", "nomination", "tr", "TUR",
        [D("Mehmet Emin Yılmaz", ["Mehmet Emin YILMAZ"], "Daire Başkanı, Dış İlişkiler Dairesi Başkanlığı", "meyilmaz@btk.gov.tr")],
        ["budapest-2019", "wsis-2020"],
        frm=("Dış İlişkiler Dairesi", "disiliskiler@btk.gov.tr"), charset="iso-8859-9", cte="quoted-printable", tz=3,
        subject="YNT: CI-19/35 Katılımcı bildirimi", recv="2019-08-06 14:09:37",
        body="""Sayın Yetkili,

CI-19/35 sayılı genelge mektubunuz ile ilgili olarak, Türkiye'yi temsilen 10 Eylül 2019 tarihinde Budapeşte'de yapılacak ilk istişare oturumuna katılacak temsilcimizin bilgileri aşağıda sunulmaktadır:

Adı Soyadı: Mehmet Emin YILMAZ
Unvanı: Daire Başkanı, Dış İlişkiler Dairesi Başkanlığı
Kurum: Bilgi Teknolojileri ve İletişim Kurumu (BTK)
E-posta: meyilmaz@btk.gov.tr

Sayın Yılmaz, 2020 WSIS Forumu sırasında düzenlenecek oturuma da katılacaktır.

Bilgilerinize saygılarımla arz ederim.

Dış İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu, Ankara
""")

    add("tr_02_tur_interest.eml", "interest_only", "tr", "TUR", [], ["budapest-2019"],
        frm=("Ulaştırma ve Altyapı Bakanlığı AB ve Dış İlişkiler", "dis.iliskiler@uab.gov.tr"), charset="utf-8",
        cte="base64", tz=3, subject="Ynt: CI-19/35", recv="2019-08-16 11:00:48",
        body="""Sayın İlgili,

Bakanlığımız, Budapeşte'de gerçekleştirilecek olan KOBİ istişare oturumuna katılım konusunda ilgi duymaktadır. Katılımcıya ilişkin bilgiler en kısa sürede tarafınıza iletilecektir.

Saygılarımızla,
Avrupa Birliği ve Dış İlişkiler Genel Müdürlüğü
T.C. Ulaştırma ve Altyapı Bakanlığı
""")
# ---------------------------------------------------------------------------------------------------------------
# Persian, Indonesian, Swahili, Japanese, Korean, Ukrainian, Polish, Dutch

def build_others():
    add("fa_01_irn_translit.eml", "nomination", "fa", "IRN",
        [D("محمدرضا کریمی", ["Mohammadreza Karimi"], "مدیرکل همکاری‌های بین‌المللی", "m.karimi@ict.gov.ir")],
        ["budapest-2019"],
        frm=("دفتر همکاری‌های بین‌المللی", "intl@ict.gov.ir"), charset="utf-8", cte="base64", tz=4.5,
        subject="پاسخ به بخشنامه CI-19/35", recv="2019-08-10 09:05:27",
        body="""جناب آقای هولین ژائو
دبیرکل محترم اتحادیه بین‌المللی مخابرات

با سلام و احترام،

بازگشت به بخشنامه شماره CI-19/35 مورخ 23 ژوئیه 2019، بدینوسیله جناب آقای دکتر محمدرضا کریمی (Dr. Mohammadreza Karimi)، مدیرکل همکاری‌های بین‌المللی وزارت ارتباطات و فناوری اطلاعات، به عنوان نماینده جمهوری اسلامی ایران در نخستین نشست مشورتی که در تاریخ 10 سپتامبر 2019 در بوداپست برگزار می‌شود، معرفی می‌گردند.

نشانی پست الکترونیکی ایشان: m.karimi@ict.gov.ir

با تجدید احترام،
دفتر همکاری‌های بین‌المللی
وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران
""")

    add("fa_02_afg_interest.eml", "interest_only", "fa", "AFG", [], ["budapest-2019"],
        frm=("Ahmad Zia Rahimi", "a.rahimi@mcit.gov.af"), charset="utf-8", cte="quoted-printable", tz=4.5,
        subject="RE: CI-19/35", recv="2019-08-14 07:33:12",
        body="""محترما،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان علاقه‌مندی خود را برای اشتراک در نشست مشورتی بوداپست ابراز می‌دارد. نام نماینده وزارت متعاقباً به اطلاع شما رسانیده خواهد شد.

با احترام،
احمد ضیاء رحیمی
ریاست روابط بین‌المللی
وزارت مخابرات و تکنالوژی معلوماتی، کابل
""")

    add("id_01_idn_two_academic_titles.eml", "nomination", "id", "IDN",
        [D("Budi Santoso", title="Direktur Pemberdayaan Industri Informatika", email="budi.santoso@kominfo.go.id"),
         D("Dewi Lestari Purnamasari", title="Kepala Subdirektorat Ekonomi Digital", email="dewi.lestari@kominfo.go.id")],
        ["budapest-2019"],
        frm=("Biro Kerja Sama Internasional Kominfo", "kln@kominfo.go.id"), charset="utf-8", cte="quoted-printable",
        tz=7, subject="Balasan Surat Edaran ITU CI-19/35", recv="2019-08-13 06:44:18", mid_style="zimbra",
        body="""Yth. Sekretariat ITU,

Dengan hormat,

Menindaklanjuti Surat Edaran CI-19/35 tanggal 23 Juli 2019, bersama ini kami sampaikan bahwa Kementerian Komunikasi dan Informatika Republik Indonesia menugaskan:

1. Bapak Ir. Budi Santoso, M.Sc., Direktur Pemberdayaan Industri Informatika (budi.santoso@kominfo.go.id);
2. Ibu Dewi Lestari Purnamasari, S.Kom., M.T., Kepala Subdirektorat Ekonomi Digital (dewi.lestari@kominfo.go.id),

untuk mengikuti sesi konsultasi pertama di Budapest pada tanggal 10 September 2019.

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
Jl. Medan Merdeka Barat No. 9, Jakarta Pusat
""")

    add("id_02_idn_interest_late.eml", "interest_only", "id", "IDN", [], ["budapest-2019"],
        frm=("Deputi Bidang Kelembagaan", "kerjasama@kemenkopukm.go.id"), charset="utf-8", cte="base64", tz=7,
        subject="Re: CI-19/35 Sesi Konsultasi UKM", recv="2019-08-20 05:12:57",
        body="""Kepada Yth. Sekretariat ITU,

Kementerian Koperasi dan Usaha Kecil dan Menengah Republik Indonesia berminat untuk turut serta dalam sesi konsultasi mengenai UKM teknologi dan inovasi di Budapest. Nama peserta akan kami sampaikan kemudian setelah mendapat persetujuan pimpinan.

Mohon maaf atas keterlambatan tanggapan kami.

Salam hormat,
Bagian Kerja Sama Luar Negeri
Kementerian Koperasi dan UKM
""")

    add("sw_01_tza_nomination.eml", "nomination", "sw", "TZA",
        [D("Juma Hamisi Mwinyi", title="Meneja wa Ubunifu na Maendeleo ya Biashara Ndogo na za Kati", email="juma.mwinyi@tcra.go.tz")],
        ["budapest-2019"],
        frm=("Mahusiano ya Kimataifa TCRA", "international@tcra.go.tz"), charset="utf-8", cte="quoted-printable",
        tz=3, subject="Jibu: CI-19/35 - Uteuzi wa mshiriki", recv="2019-08-08 10:17:59",
        body="""Ndugu Katibu Mkuu,

Tunarejea barua yako ya mzunguko CI-19/35 ya tarehe 23 Julai 2019.

Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kumteua Bw. Juma Hamisi Mwinyi, Meneja wa Ubunifu na Maendeleo ya Biashara Ndogo na za Kati, kushiriki katika kikao cha kwanza cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019. Anwani yake ya barua pepe ni juma.mwinyi@tcra.go.tz.

Wako katika ujenzi wa Taifa,

Kitengo cha Mahusiano ya Kimataifa
Mamlaka ya Mawasiliano Tanzania
Mawasiliano Towers, Sam Nujoma Road, Dar es Salaam
""")

    add("sw_02_tza_decline.eml", "decline", "sw", "TZA", [], [],
        frm=("Wizara ya Ujenzi, Uchukuzi na Mawasiliano", "ps@mowtc.go.tz"), charset="utf-8", cte="8bit", tz=3,
        subject="Re: CI-19/35", recv="2019-08-15 13:26:41", mid_style="zimbra",
        body="""Ndugu,

Wizara inashukuru kwa mwaliko. Hata hivyo, kutokana na majukumu mengine, Wizara haitaweza kutuma mwakilishi katika kikao cha Budapest. Mamlaka ya Mawasiliano Tanzania imeshawasilisha jibu lake tofauti.

Kwa heshima,
Katibu Mkuu (Mawasiliano)
""")

    add("ja_01_jpn_iso2022jp.eml", "nomination", "ja", "JPN",
        [D("佐藤 健一", ["Kenichi SATO"], "国際戦略局国際経済課 課長補佐", "k-sato@soumu.go.jp")],
        ["budapest-2019"],
        frm=("総務省 国際戦略局", "kokusai-keizai@soumu.go.jp"), charset="iso-2022-jp", cte="7bit", tz=9,
        subject="RE: CI-19/35 協議セッションへの参加者について", recv="2019-08-07 03:28:14",
        body="""ITU事務局 御中

いつもお世話になっております。
総務省国際戦略局国際経済課でございます。

CI-19/35にてご案内いただきました協議セッションにつきまして、9月10日のブダペストでの第1回セッションに、下記の者を参加者として登録いたします。

記

氏名：佐藤 健一（Kenichi SATO）
所属・役職：国際戦略局国際経済課 課長補佐
メール：k-sato@soumu.go.jp

以上

何卒よろしくお願い申し上げます。

総務省 国際戦略局 国際経済課
〒100-8926 東京都千代田区霞が関2-1-2
""")

    add("ja_02_auto_reply.eml", "auto_reply", "ja", None, [], [],
        frm=("高橋 美穂", "m-takahashi@soumu.go.jp"), charset="iso-2022-jp", cte="7bit", tz=9, reply=False,
        subject="【自動返信】不在のお知らせ", recv="2019-07-23 12:34:10", extra=["Auto-Submitted: auto-replied"],
        body="""お問い合わせありがとうございます。

誠に勝手ながら、8月9日から8月18日まで夏季休暇のため不在にしております。
急ぎのご用件は、国際経済課代表（03-5253-5111）までご連絡ください。

高橋 美穂
""")

    add("ko_01_kor_euckr_fields.eml", "nomination", "ko", "KOR",
        [D("김민지", ["KIM Minji"], "사무관", "minji.kim@korea.kr")],
        ["budapest-2019"],
        frm=("과학기술정보통신부 국제협력담당관실", "intl-coop@msit.go.kr"), charset="euc-kr", cte="base64", tz=9,
        subject="회신: CI-19/35 협의 세션 참가자 통보", recv="2019-08-09 04:11:36",
        body="""ITU 사무국 귀중

귀 국제전기통신연합의 CI-19/35 회람과 관련하여, 9월 10일 부다페스트에서 개최되는 제1차 협의 세션에 아래와 같이 참가자를 통보합니다.

- 성명: 김민지 (KIM Minji)
- 소속: 과학기술정보통신부 국제협력담당관실
- 직위: 사무관
- 이메일: minji.kim@korea.kr

WSIS 포럼 기간 중 세션 참가 여부는 추후 검토하여 알려드리겠습니다.

감사합니다.

과학기술정보통신부 국제협력담당관실 드림
""")

    add("ko_02_kor_inquiry.eml", "inquiry", "ko", "KOR", [], [],
        frm=("이준호", "junho.lee@mss.go.kr"), charset="utf-8", cte="base64", tz=9,
        subject="CI-19/35 관련 문의", recv="2019-07-31 08:40:03",
        body="""안녕하세요,

중소벤처기업부 글로벌성장정책과 이준호 주무관입니다.

CI-19/35 회람에 안내된 협의 세션과 관련하여 문의드립니다. 정보통신 주무부처가 아닌 중소기업 담당 부처도 회원국 대표로 참석할 수 있는지, 그리고 부다페스트 세션에 통역이 제공되는지 알려주시면 감사하겠습니다.

이준호 드림
""")

    add("uk_01_ukr_cp1251_oblique_translit.eml", "nomination", "uk", "UKR",
        [D("Коваленко Андрій Петрович", ["Коваленка Андрія Петровича", "Andrii Kovalenko"],
           "заступник директора директорату цифрової економіки", "a.kovalenko@e.gov.ua")],
        ["budapest-2019", "cwg-2020"],
        frm=("Відділ міжнародного співробітництва", "intl@e.gov.ua"), charset="windows-1251", cte="quoted-printable",
        tz=3, subject="Відповідь на циркулярний лист МСЕ CI-19/35", recv="2019-08-12 10:03:55",
        body="""Шановні колеги!

Державне агентство з питань електронного урядування України висловлює зацікавленість в участі у серії консультаційних сесій щодо підтримки МСП у сфері технологій та інновацій і пропонує делегувати заступника директора директорату цифрової економіки Коваленка Андрія Петровича (Andrii Kovalenko, a.kovalenko@e.gov.ua) для участі у першій сесії в Будапешті 10 вересня 2019 року, а також у консультаціях під час засідань робочих груп Ради МСЕ на початку 2020 року.

З повагою,
Відділ міжнародного співробітництва
Державне агентство з питань електронного урядування України
м. Київ
""")

    add("uk_02_ukr_mission_interest.eml", "interest_only", "uk", "UKR", [], ["budapest-2019"],
        frm=("Постійне представництво України", "mail@ukrmission.ch"), charset="utf-8", cte="base64", tz=2,
        subject="CI-19/35", recv="2019-08-06 17:25:30",
        body="""Постійне представництво України при Відділенні ООН та інших міжнародних організаціях у м. Женева висловлює зацікавленість української сторони в участі у консультаційній сесії, що відбудеться 10 вересня 2019 року в Будапешті.

Кандидатуру учасника буде повідомлено додатково.

Постійне представництво України
""")

    add("pl_01_pol_latin2_genitive.eml", "nomination", "pl", "POL",
        [D("Tomasz Nowakowski", ["Tomasza Nowakowskiego"], "naczelnik Wydziału Współpracy Międzynarodowej",
           "tomasz.nowakowski@mc.gov.pl")],
        ["budapest-2019"],
        frm=("Departament Współpracy Międzynarodowej", "dwm@mc.gov.pl"), charset="iso-8859-2",
        cte="quoted-printable", tz=2, subject="Odp: CI-19/35 - zgłoszenie uczestnika", recv="2019-08-05 14:48:17",
        body="""Szanowni Państwo,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji zgłasza kandydaturę Pana Tomasza Nowakowskiego, naczelnika Wydziału Współpracy Międzynarodowej (tomasz.nowakowski@mc.gov.pl), do udziału w pierwszej sesji konsultacyjnej, która odbędzie się 10 września 2019 r. w Budapeszcie.

Z wyrazami szacunku

Katarzyna Zielińska
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa
""")

    add("pl_02_auto_reply.eml", "auto_reply", "pl", None, [], [],
        frm=("Agnieszka Wójcik", "agnieszka.wojcik@uke.gov.pl"), charset="utf-8", cte="quoted-printable", tz=2,
        reply=False, subject="Odpowiedź automatyczna: CI-19/35", recv="2019-07-23 12:31:47",
        extra=["Auto-Submitted: auto-replied"],
        body="""Dzień dobry,

do 12 sierpnia przebywam na urlopie. W sprawach pilnych proszę o kontakt z Panem Piotrem Mazurem (piotr.mazur@uke.gov.pl).

Agnieszka Wójcik
Urząd Komunikacji Elektronicznej
""")

    add("nl_01_nld_initials_wsis.eml", "nomination", "nl", "NLD",
        [D("Jan-Pieter de Vries", ["J.P. de Vries"], "senior beleidsmedewerker Directie Digitale Economie",
           "j.p.devries@minezk.nl")],
        ["budapest-2019", "wsis-2020"],
        frm=("Vries, J.P. de (Jan-Pieter)", "j.p.devries@minezk.nl"), charset="utf-8", cte="quoted-printable", tz=2,
        subject="RE: CI-19/35 - deelname Nederland", recv="2019-08-13 15:36:20",
        body="""Geachte heer Clark,

Namens het Ministerie van Economische Zaken en Klimaat draag ik dhr. drs. J.P. (Jan-Pieter) de Vries voor als deelnemer aan de consultatiesessie in Boedapest op 10 september a.s. Hij zal Nederland eveneens vertegenwoordigen tijdens de sessie op het WSIS Forum 2020.

Met vriendelijke groet,

drs. J.P. de Vries
Senior beleidsmedewerker Directie Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, 2594 AC Den Haag
T +31 70 379 8911 | j.p.devries@minezk.nl

Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te verwijderen.
""")

    add("nl_02_sur_late_by_seconds.eml", "nomination", "nl", "SUR",
        [D("Sharmila Ramdin-Jadnanansing", title="Hoofd Afdeling Marktontwikkeling", email="s.ramdin@tas.sr")],
        ["budapest-2019"],
        frm=("Telecommunicatie Autoriteit Suriname", "info@tas.sr"), charset="iso-8859-1", cte="quoted-printable",
        tz=-3, date="Fri, 16 Aug 2019 18:59:12 -0300",
        subject="Re: CI-19/35 - voordracht Suriname", recv="2019-08-17 00:00:41",
        body="""Geachte heer/mevrouw,

Hierbij draagt de Telecommunicatie Autoriteit Suriname (TAS) mevrouw Sharmila Ramdin-Jadnanansing, Hoofd Afdeling Marktontwikkeling (s.ramdin@tas.sr), voor als vertegenwoordiger van de Republiek Suriname tijdens de eerste consultatiesessie in Boedapest.

Met vriendelijke groeten,

Telecommunicatie Autoriteit Suriname
Paramaribo
""")


# ---------------------------------------------------------------------------------------------------------------

def readme(labels):
    langs, kinds = {}, {}
    table_ = {}
    for l in labels:
        langs[l["language"]] = langs.get(l["language"], 0) + 1
        kinds[l["kind"]] = kinds.get(l["kind"], 0) + 1
        table_.setdefault(l["language"], {}).setdefault(l["kind"], 0)
        table_[l["language"]][l["kind"]] += 1
    lang_order = sorted(langs, key=lambda k: (-langs[k], k))
    out = ["# blind-1: a blind labelled corpus of replies to ITU circular CI-19/35 (sme@itu.int)", "",
           "Written by `make_corpus.py` (Python 3.11, standard library only, deterministic: re-running gives "
           "byte-identical files). Format: `shared/corpus/SCHEMA.md` (`messages/*.eml` + `labels.jsonl`).", "",
           "How it was written: every reply was composed by hand, natively in its language, as an official of that "
           "Member State (ministry, regulator or Permanent Mission in Geneva) would write it, without reading the "
           "project's extraction rules, its processor or its other corpus generators; only the circular, SCHEMA.md and "
           "the headers of a few dev messages (Received/Message-ID conventions, not their wording) were consulted. No template is translated across languages. "
           "Messiness is deliberate: legacy charsets (windows-1256, windows-1251, koi8-r, gb2312, euc-kr, iso-2022-jp, "
           "iso-8859-1/2/9), base64 and quoted-printable, HTML-only Outlook mail and multipart/alternative, quoted or "
           "forwarded circulars, disclaimers, gmail senders, Date headers with clock skew (the topmost `Received:` "
           "header of mx.itu.int is the truth), replies around the deadline.", "",
           f"Messages: {len(labels)}. Deadline 2019-08-16T23:59:59+02:00; `received_at` is the topmost `Received:` "
           "timestamp (stored in UTC) and `late` is computed from it.", "",
           "## Counts by language", "", "| language | messages |", "| --- | --- |"]
    for k in lang_order:
        out.append(f"| {k} ({LANG_NAMES[k]}) | {langs[k]} |")
    out += ["", "## Counts by kind", "", "| kind | messages |", "| --- | --- |"]
    for k in KIND_ORDER:
        out.append(f"| {k} | {kinds.get(k, 0)} |")
    out += ["", "## Language x kind", "", "| language | " + " | ".join(KIND_ORDER) + " | total |",
            "| --- |" + " --- |" * (len(KIND_ORDER) + 1)]
    for k in lang_order:
        out.append(f"| {k} | " + " | ".join(str(table_[k].get(x, 0)) for x in KIND_ORDER) + f" | {langs[k]} |")
    late = [l["file"] for l in labels if l["late"]]
    corr = [(l["file"], next(m["file"] for m in labels if m["message_id"] == l["supersedes"]))
            for l in labels if l["kind"] == "correction"]
    out += ["", f"Late (late = true): {len(late)}: " + ", ".join(late) + ".", "",
            "Corrections: " + "; ".join(f"{a} supersedes {b}" for a, b in corr) + ".", "",
            "## Label decisions", "",
            "- Names are labelled without honorifics or academic titles (Mr, Mme, D.ª, Mtra., Lic., Shri, Smt., "
            "dott.ssa, Frau Dr., Bapak/Ibu Ir./S.Kom., dhr. drs., Bw., السيد/المهندس/الفاضلة, 先生/女士, г-н).",
            "- Native-script names followed by a Latin transliteration are one delegate; the transliteration is an alias. "
            "SURNAME-first forms (NDIAYE Fatou Bintou, ADEYEMI, Oluwaseun) are aliases of the natural order.",
            "- Russian, Ukrainian and Polish names written in an oblique case: the nominative is the name, the form "
            "written in the message is an alias. Turkish YILMAZ/Yılmaz: both forms given (casefold does not unify ı/i).",
            "- Self-nominations (name only in the signature, possibly a gmail address) are nominations with that email.",
            "- A nomination restricted to one later session carries only that session (es_03 wsis-2020, de_02 "
            "cwg-2020); sessions mentioned as undecided (\"we will tell you later whether ... WSIS\") are not labelled. "
            "interest_only without a session named is labelled budapest-2019, like a nomination.",
            "- Contact persons, senders, people named in out-of-office notices and the circular's own names (Houlin Zhao, "
            "Christopher Clark) are never delegates; the old nominee quoted inside a correction is not in its list.",
            "- Two boundary cases: fr_03 received 23:58:10 on 16 Aug (Date header says 17 Aug, not late) and nl_02 "
            "received 00:00:41 on 17 Aug (Date header says 16 Aug in UTC-3, late).", "",
            "Check with `python3 validate_corpus.py` (copied from dev2, paths unchanged) and "
            "`python3 ../../../../shared/eval/score.py labels.jsonl labels.jsonl`.", "",
            "Keep this corpus blind: score against it, never tune a rule on one of its messages.", ""]
    return "\n".join(out)


def main():
    build_ar()
    build_zh()
    build_en()
    build_fr()
    build_ru()
    build_es()
    build_pt_de_it_tr()
    build_others()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = [s["file"] for s in SPECS]
    assert len(set(files)) == len(files)
    labels = []
    for s in sorted(SPECS, key=lambda s: s["file"]):
        with open(os.path.join(OUT, s["file"]), "wb") as f:
            f.write(s["raw"])
        labels.append(s["label"])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(labels))
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
