#!/usr/bin/env python3
"""Generate the blind-2 corpus: replies to ITU circular CI-19/35 (sme@itu.int).

    python3 make_corpus.py

Writes messages/*.eml, labels.jsonl and README.md next to this script. Deterministic: no clock,
no randomness, fixed MIME boundaries, so re-running gives byte-identical files.
Standard library only (Python 3.11).
"""
import base64
import datetime as dt
import json
import os
import quopri
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "messages")
DEADLINE = dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=2)))
LATE_KINDS = {"nomination", "interest_only", "correction"}
SESSION_ORDER = ["budapest-2019", "cwg-2020", "wsis-2020"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CIRCULAR_MID = "<CI-19-35.20190723@itu.int>"

MESSAGES = []  # (file, raw bytes, label)
BY_KEY = {}     # key -> message_id (for corrections)


# ---------------------------------------------------------------- helpers

def tm(text, offset="+0200"):
    """'2019-08-05 10:42:17' + '+0200' -> aware datetime."""
    sign = 1 if offset[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfc(d, pad=False):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{d.day:2d}" if pad else str(d.day)
    return (f"{DOW[d.weekday()]}, {day} {MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}:{d.second:02d} "
            f"{sign}{mins // 60:02d}{mins % 60:02d}")


def ew(text, charset="utf-8", enc="B", single=False):
    """RFC 2047 encoded words for a header value (only when needed)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], b""
    limit = 10 ** 6 if single else 42 if enc == "B" else 30
    for ch in text:
        b = ch.encode(charset)
        if len(cur) + len(b) > limit:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(w).decode()}?=")
        else:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or chr(c) in "!*+-/")
                        else "_" if c == 32 else f"={c:02X}" for c in w)
            out.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(out)


def addr(name, mail, charset="utf-8", enc="B"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()"@:;'):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, enc, single=True)} <{mail}>"


FALLBACK = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"',
                          "\u00bb": '"'})


def encode_body(text, charset, cte):
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:  # what the sender's client does with characters its charset lacks
        data = text.translate(FALLBACK).encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def leaf(ctype, text, charset, cte):
    hdr = [f'Content-Type: {ctype}; charset="{charset}"', f"Content-Transfer-Encoding: {cte}"]
    return hdr, encode_body(text, charset, cte)


def multipart(subtype, parts, boundary, extra=""):
    hdr = [f'Content-Type: multipart/{subtype};{extra}\n\tboundary="{boundary}"']
    body = b"This is a multi-part message in MIME format.\n\n" if subtype != "report" else b""
    for phdr, pbody in parts:
        body += f"--{boundary}\n".encode() + "\n".join(phdr).encode() + b"\n\n" + pbody
        if not pbody.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += f"--{boundary}--\n".encode()
    return hdr, body


def received_mx(host, ip, recv, qid, tls=True):
    via = ("\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
           "\n\t(No client certificate requested)") if tls else ""
    return (f"Received: from {host} ({host} [{ip}]){via}\n\tby mx.itu.int (Postfix) with ESMTP{'S' if tls else ''} id {qid}"
            f"\n\tfor <sme@itu.int>; {rfc(recv, pad=True)} (CEST)")


def emit(key, file, lang, kind, ms, recv, headers, mime, delegates=(), sessions=None, supersedes=None,
         date=None, inner=None, mx=None):
    """headers: ordered list of 'Name: value' strings (From/To/Subject/Message-ID...), without Received/Date.
    mime: (content headers list, body bytes). recv: aware datetime when mx.itu.int received it.
    date: Date header datetime (clock skew) or a raw string; None -> derived from recv (a few seconds earlier).
    inner: list of extra Received lines (sender side) placed below the mx.itu.int one.
    mx: (host, ip, queue id)."""
    mid = next(h for h in headers if h.startswith("Message-ID:")).split(":", 1)[1].strip()
    host, ip, qid = mx
    lines = [received_mx(host, ip, recv, qid)]
    lines += inner or []
    if date is None:
        date = recv - dt.timedelta(seconds=7 + (len(file) % 23))
    date_s = date if isinstance(date, str) else rfc(date)
    hs = []
    for h in headers:
        hs.append(h)
        if h.startswith("Subject:"):
            hs.append(f"Date: {date_s}")
    if not any(h.startswith("Date:") for h in hs):
        hs.insert(0, f"Date: {date_s}")
    lines += hs
    lines += ["MIME-Version: 1.0"] + mime[0]
    raw = "\n".join(lines).encode("ascii") + b"\n\n" + mime[1]
    if sessions is None:
        sessions = ["budapest-2019"] if kind in LATE_KINDS else []
    sessions = [s for s in SESSION_ORDER if s in sessions]
    dels = []
    for d in delegates:
        d = dict(d)
        dels.append({"name": d["name"], "aliases": list(d.get("aliases", [])),
                     "title": d.get("title"), "email": d.get("email")})
    label = {
        "message_id": mid,
        "file": file,
        "kind": kind,
        "language": lang,
        "member_state": ms,
        "delegates": dels,
        "sessions": sessions,
        "received_at": recv.isoformat(),
        "late": (recv > DEADLINE) if kind in LATE_KINDS else None,
        "supersedes": BY_KEY[supersedes] if supersedes else None,
    }
    BY_KEY[key] = mid
    MESSAGES.append((file, raw, label))


def D(name, title=None, email=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


CIRC_EN = """Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of
consultation sessions entitled "Fostering tech and innovation SMEs". The first
session will take place on 10 September 2019 during ITU Telecom World 2019 in
Budapest, Hungary. Similar sessions are planned during the Council Working
Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

[...]

I would be grateful if you could express your interest and indicate the name of
the participant nominated for the first consultation session, during ITU
Telecom World, by 16 August 2019 to the ITU Secretariat at: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General

Contact: Mr Christopher Clark, sme@itu.int"""

CIRC_AR = """حضرات السادة والسيدات،

تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات
الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019
أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال
اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع
المعلومات في 2020 ومناسبات أخرى.

[...]

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري
أثناء تليكوم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي:
sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

هولين جاو
الأمين العام
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)"""

CIRC_FR = """Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de
sessions de consultation intitulée "Encourager les PME du secteur des
technologies et de l'innovation". La première session se tiendra le
10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). Des
sessions analogues sont prévues pendant les réunions des Groupes de travail
du Conseil au début de 2020, pendant le Forum du SMSI 2020 et à d'autres
occasions.

[...]

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le
nom du participant désigné pour la première session de consultation d'ici
au 16 août 2019, à l'adresse suivante: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

Houlin Zhao
Secrétaire général
Contact: M. Christopher Clark"""

CIRC_ES = """Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su Administración a participar en una serie de
sesiones de consulta tituladas "Fomento de las pymes de tecnología e
innovación". La primera sesión se celebrará el 10 de septiembre de 2019 durante
ITU Telecom World 2019 en Budapest (Hungría).
[...]
Le agradecería que expresara su interés e indicara el nombre del participante
designado para la primera sesión antes del 16 de agosto de 2019 en: sme@itu.int

Atentamente,
Houlin Zhao
Secretario General"""

CIRC_RU = """Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу Администрацию принять участие в серии
консультационных сессий "Содействие развитию МСП в области технологий и
инноваций". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom
World 2019 в Будапеште, Венгрия.
[...]
Просьба до 16 августа 2019 года сообщить о своей заинтересованности и
указать фамилию участника, назначенного для участия в первой сессии, по
адресу: sme@itu.int

С уважением,
Хоулинь Чжао
Генеральный секретарь"""

CIRC_ZH = """尊敬的先生/女士：

我很高兴邀请贵主管部门参加题为"促进技术和创新型中小企业"的系列磋商会议。首次会议将于
2019年9月10日在匈牙利布达佩斯举办的2019年国际电联世界电信展期间举行。我们计划在
2020年初理事会工作组会议期间、2020年信息社会世界峰会论坛期间及其他活动中举办类似会议。
[...]
请于2019年8月16日之前将贵方的意向以及参加首次磋商会议的人选发送至：sme@itu.int

顺致敬意！

秘书长
赵厚麟"""

SUBJ_EN = "CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs"


def hdrs(frm, to, subject, mid, *extra, cc=None, reply=True):
    h = [f"From: {frm}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h.append(f"Subject: {ew(subject, 'utf-8', 'Q')}")
    h.append(f"Message-ID: {mid}")
    if reply:
        h += [f"In-Reply-To: {CIRCULAR_MID}", f"References: {CIRCULAR_MID}"]
    return h + list(extra)


def exch(host, inner_host, when, ver="15.1.1713.5"):
    return (f"Received: from {inner_host} by {host}\n (10.0.0.1) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id {ver}; {rfc(when)}")


# ================================================================ Arabic

def arabic():
    # ar1 — UAE, nomination in running text with transliteration
    body = """السيد/ كريستوفر كلارك المحترم
أمانة الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة في 23 يوليو 2019 بشأن جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسر الهيئة العامة لتنظيم قطاع الاتصالات في دولة الإمارات العربية المتحدة أن تعرب عن اهتمامها بالمشاركة في الجلسة الأولى التي ستعقد في بودابست يوم 10 سبتمبر 2019.

وعليه، نود إفادتكم بترشيح المهندس/ خالد عبد الرحمن الشامسي (Khalid Abdulrahman Alshamsi)، مدير إدارة تطوير القطاع، لتمثيل الدولة في هذه الجلسة. ويمكن التواصل معه مباشرة على البريد الإلكتروني: k.alshamsi@tdra.gov.ae

وتفضلوا بقبول فائق الاحترام والتقدير،

عائشة محمد النقبي
إدارة العلاقات الدولية
الهيئة العامة لتنظيم قطاع الاتصالات
ص.ب 26662، أبوظبي، الإمارات العربية المتحدة
هاتف: +971 2 6118 400

تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة فقط للشخص أو الجهة المرسلة إليها. إذا تلقيت هذه الرسالة عن طريق الخطأ فيرجى إبلاغ المرسل وحذفها فوراً.
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee."""
    r = tm("2019-07-31 11:20:44")
    emit("ar1", "ar_001.eml", "ar", "nomination", "ARE", r,
         hdrs(addr("عائشة محمد النقبي", "a.alnaqbi@tdra.gov.ae", "windows-1256"), "SME <sme@itu.int>",
              "RE: " + ew("الرسالة المعممة CI-19/35 - جلسات التشاور", "windows-1256"),
              "<A7F2C91B04DE4F0E9B3A55C2E1D7F6A1@AUH-EXMB03.tdra.gov.ae>",
              "Accept-Language: ar-AE, en-US", "Content-Language: ar-AE"),
         leaf("text/plain", body, "windows-1256", "quoted-printable"),
         delegates=[D("خالد عبد الرحمن الشامسي", "مدير إدارة تطوير القطاع", "k.alshamsi@tdra.gov.ae",
                      ["Khalid Abdulrahman Alshamsi"])],
         inner=[exch("AUH-EDGE01.tdra.gov.ae", "AUH-EXMB03.tdra.gov.ae", r - dt.timedelta(seconds=4))],
         mx=("mail2.tdra.gov.ae", "198.51.100.61", "45zK1b0QxRz8"))

    # ar2 — Jordan, HTML-only Outlook with a table, two delegates, Budapest + CWG
    html = """<html dir="rtl" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal" dir="RTL"><span lang="AR-JO" style="font-family:&quot;Simplified Arabic&quot;">حضرة السيد كريستوفر كلارك المحترم،<o:p></o:p></span></p>
<p class="MsoNormal" dir="RTL"><span lang="AR-JO">تحية طيبة وبعد،<o:p></o:p></span></p>
<p class="MsoNormal" dir="RTL"><span lang="AR-JO">إشارةً إلى كتاب الاتحاد رقم CI-19/35، تود وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية إعلامكم برغبتها في المشاركة في جلسة التشاور الأولى المزمع عقدها في بودابست على هامش تليكوم العالمي 2019، وقد تم تسمية ممثلي الوزارة على النحو التالي:<o:p></o:p></span></p>
<table class="MsoTableGrid" dir="rtl" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="background:#D9E2F3"><p class="MsoNormal"><b>الاسم</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>المسمى الوظيفي</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>البريد الإلكتروني</b></p></td></tr>
<tr><td><p class="MsoNormal">م. ليث فيصل العبادي</p></td><td><p class="MsoNormal">مدير مديرية السياسات والاستراتيجيات</p></td><td><p class="MsoNormal"><a href="mailto:laith.abadi@modee.gov.jo">laith.abadi@modee.gov.jo</a></p></td></tr>
<tr><td><p class="MsoNormal">ديما نبيل حداد</p></td><td><p class="MsoNormal">رئيسة قسم دعم الريادة</p></td><td><p class="MsoNormal"><a href="mailto:dima.haddad@modee.gov.jo">dima.haddad@modee.gov.jo</a></p></td></tr>
</table>
<p class="MsoNormal" dir="RTL"><span lang="AR-JO">كما نود أن نؤكد اهتمامنا بالمشاركة بنفس الوفد في الجلسة التي ستعقد خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل عام 2020.<o:p></o:p></span></p>
<p class="MsoNormal" dir="RTL"><span lang="AR-JO">وتفضلوا بقبول فائق الاحترام،<o:p></o:p></span></p>
<p class="MsoNormal" dir="RTL"><b><span lang="AR-JO">رنا عيسى المعايطة</span></b><span lang="AR-JO"><br>وحدة التعاون الدولي<br>وزارة الاقتصاد الرقمي والريادة<br>عمّان – الأردن<o:p></o:p></span></p>
</div></body></html>"""
    r = tm("2019-08-06 13:02:09")
    emit("ar2", "ar_002.eml", "ar", "nomination", "JOR", r,
         hdrs(addr("Rana Al-Maaitah", "rana.maaitah@modee.gov.jo"), "\"sme@itu.int\" <sme@itu.int>",
              "RE: " + SUBJ_EN.replace(": Fostering", ":\n Fostering"),
              "<VI1PR0601MB2208F3C1A0B9E44D2C1AB7E5A3D60@VI1PR0601MB2208.eurprd06.prod.outlook.com>",
              "Thread-Topic: CI-19/35", "Content-Language: ar-JO", "X-MS-Has-Attach:"),
         leaf("text/html", html, "windows-1256", "quoted-printable"),
         delegates=[D("ليث فيصل العبادي", "مدير مديرية السياسات والاستراتيجيات", "laith.abadi@modee.gov.jo"),
                    D("ديما نبيل حداد", "رئيسة قسم دعم الريادة", "dima.haddad@modee.gov.jo")],
         sessions=["budapest-2019", "cwg-2020"],
         mx=("EUR03-VE1-obe.outbound.protection.outlook.com", "40.107.5.93", "461Xq03Wg7z9"))

    # ar3 — Oman, interest only, circular quoted below
    body = """السادة/ أمانة الاتحاد الدولي للاتصالات                 المحترمين

السلام عليكم ورحمة الله وبركاته،

تشكركم هيئة تنظيم الاتصالات بسلطنة عمان على دعوتكم الكريمة، ويسرنا إبلاغكم باهتمام السلطنة بسلسلة جلسات التشاور الخاصة بالشركات الصغيرة والمتوسطة. وسيتم موافاتكم باسم ممثل الهيئة في جلسة بودابست حال اعتماده من الإدارة العليا.

مع خالص التحية،

سالم بن حمد الحارثي
دائرة العلاقات الدولية
هيئة تنظيم الاتصالات - سلطنة عمان

-----Original Message-----
From: SME <sme@itu.int>
Sent: Tuesday, July 23, 2019 4:15 PM
Subject: CI-19/35

""" + CIRC_AR
    r = tm("2019-08-04 09:41:27")
    emit("ar3", "ar_003.eml", "ar", "interest_only", "OMN", r,
         hdrs(addr("سالم بن حمد الحارثي", "salem.harthy@tra.gov.om", "windows-1256", "Q"), "sme@itu.int",
              "RE: CI-19/35", "<20190804074118.4C1E2A0017@mail.tra.gov.om>"),
         leaf("text/plain", body, "windows-1256", "8bit"),
         mx=("mail.tra.gov.om", "203.0.113.72", "45zYt61mKcz2"))

    # ar4 — Kuwait, courteous indirect decline, ISO-8859-6
    body = """السيد المحترم مسؤول الاتصال بأمانة الاتحاد

تحية طيبة وبعد،

نشكركم على الرسالة المعممة CI-19/35 وعلى الجهود التي يبذلها الاتحاد لدعم الشركات الصغيرة والمتوسطة.

ونود إفادتكم بأنه نظرا لتزامن موعد الجلسة الأولى مع ارتباطات مسبقة للجهاز خلال شهر سبتمبر، فإنه يتعذر علينا هذه المرة تلبية الدعوة، متمنين لكم كل التوفيق والنجاح، وسنكون سعداء بمتابعة ما يسفر عنه هذا العمل.

مع أطيب التحيات،

إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات
دولة الكويت"""
    r = tm("2019-08-13 10:17:50")
    emit("ar4", "ar_004.eml", "ar", "decline", "KWT", r,
         hdrs(addr("International Relations - CITRA", "intl@citra.gov.kw"), "sme@itu.int",
              "Re: " + ew("جلسات التشاور للدول الأعضاء", "iso-8859-6"), "<5D4E8F2A.1090806@citra.gov.kw>",
              "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:60.0) Gecko/20100101 Thunderbird/60.8.0"),
         leaf("text/plain", body, "iso-8859-6", "8bit"),
         mx=("smtp.citra.gov.kw", "192.0.2.201", "460KpX4zSbz5"))

    # ar5 — Sudan Mission, self-nomination from gmail, name only in the signature
    body = """السيد كريستوفر كلارك،

تحية طيبة،

إشارة إلى الرسالة المعممة CI-19/35، أود إفادتكم بأنني سأتولى تمثيل جمهورية السودان في جلسة التشاور الأولى في بودابست، وأرجو التكرم بإدراج اسمي في قائمة المشاركين وإرسال أي تفاصيل إضافية بشأن البرنامج.

ولكم جزيل الشكر.

--
عمر الطيب محمد أحمد
مستشار
البعثة الدائمة لجمهورية السودان لدى مكتب الأمم المتحدة بجنيف
هاتف: +41 22 731 26 56"""
    r = tm("2019-08-08 16:44:03")
    emit("ar5", "ar_005.eml", "ar", "nomination", "SDN", r,
         hdrs(addr("Omer Eltayeb", "omer.eltayeb.gva@gmail.com"), "sme@itu.int",
              ew("جلسات التشاور - بودابست"),
              "<CAJ8kZ1m9xQv+W3t5p0s_Yx4fHk2cK0ZtQ7d8yVr@mail.gmail.com>", reply=False),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         delegates=[D("عمر الطيب محمد أحمد", "مستشار", "omer.eltayeb.gva@gmail.com", ["Omer Eltayeb"])],
         inner=[f"Received: by mail-wr1-f54.google.com with SMTP id z1so93567842wru.13\n        for <sme@itu.int>; {rfc(r - dt.timedelta(seconds=3))}"],
         mx=("mail-wr1-f54.google.com", "209.85.221.54", "460F2n2Xvzz1"))

    # ar6 — UAE correction: replaces the delegate of ar1
    body = """السيد/ كريستوفر كلارك المحترم

تحية طيبة وبعد،

إلحاقاً برسالتنا المؤرخة 31 يوليو 2019 بشأن جلسة التشاور الأولى في بودابست، نود إعلامكم بأنه نظراً لظروف طارئة لن يتمكن المهندس خالد الشامسي من المشاركة، وعليه نرجو التكرم باعتماد المهندسة/ مريم سالم الكعبي، رئيسة قسم الابتكار وريادة الأعمال، بدلاً منه.

البريد الإلكتروني: m.alkaabi@tdra.gov.ae

مع الشكر والتقدير،

عائشة محمد النقبي
إدارة العلاقات الدولية
الهيئة العامة لتنظيم قطاع الاتصالات"""
    r = tm("2019-08-12 08:55:31")
    emit("ar6", "ar_006.eml", "ar", "correction", "ARE", r,
         hdrs(addr("عائشة محمد النقبي", "a.alnaqbi@tdra.gov.ae", "windows-1256"), "SME <sme@itu.int>",
              ew("تعديل الترشيح - CI-19/35", "windows-1256"),
              "<B31D07E6F9A04C2B8E1F3A6D5C4B2A90@AUH-EXMB03.tdra.gov.ae>",
              "Accept-Language: ar-AE, en-US", "Content-Language: ar-AE", reply=False),
         leaf("text/plain", body, "windows-1256", "base64"),
         delegates=[D("مريم سالم الكعبي", "رئيسة قسم الابتكار وريادة الأعمال", "m.alkaabi@tdra.gov.ae")],
         supersedes="ar1",
         inner=[exch("AUH-EDGE01.tdra.gov.ae", "AUH-EXMB03.tdra.gov.ae", r - dt.timedelta(seconds=3))],
         mx=("mail2.tdra.gov.ae", "198.51.100.61", "462Y5v0bkQz3"))

    # ar7 — Iraq, late, Date header skewed days earlier, Budapest + WSIS, two delegates
    plain = """السادة الاتحاد الدولي للاتصالات/ جنيف المحترمون

م/ ترشيح

تحية طيبة...

استناداً إلى الرسالة المعممة المرقمة CI-19/35 في 23/7/2019، نعلمكم بترشيح الدكتور حيدر عبد الأمير الساعدي، المدير العام لدائرة التخطيط والمتابعة في وزارة الاتصالات، للمشاركة في جلسة التشاور الأولى في بودابست بتاريخ 10/9/2019.

كما نرشح السيدة زينب كاظم جواد، مديرة قسم تطوير الأعمال، للمشاركة في الجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات لعام 2020.

نعتذر عن التأخير في الرد.

مع التقدير...

قسم العلاقات الدولية
وزارة الاتصالات - جمهورية العراق"""
    html = "<html><body dir=\"rtl\"><div style=\"font-family:Tahoma;font-size:12pt\">" + \
        plain.replace("\n\n", "</div><div>&nbsp;</div><div>").replace("\n", "<br>") + "</div></body></html>"
    r = tm("2019-08-19 09:05:12")
    emit("ar7", "ar_007.eml", "ar", "nomination", "IRQ", r,
         hdrs(addr("International Relations MoC", "intrel@moc.gov.iq"), "sme@itu.int",
              ew("ترشيح - CI-19/35", "utf-8"), "<1566198301.7721.moc.gov.iq@webmail.moc.gov.iq>",
              "X-Mailer: Zimbra 8.8.12_GA_3794", reply=False),
         multipart("alternative", [leaf("text/plain", plain, "utf-8", "base64"),
                                   leaf("text/html", html, "utf-8", "base64")], "=_b1a7c3e0d9f24e8aa7q"),
         delegates=[D("حيدر عبد الأمير الساعدي", "المدير العام لدائرة التخطيط والمتابعة"),
                    D("زينب كاظم جواد", "مديرة قسم تطوير الأعمال")],
         sessions=["budapest-2019", "wsis-2020"],
         date=tm("2019-08-15 10:04:51", "+0300"),
         inner=[f"Received: from webmail.moc.gov.iq (localhost [127.0.0.1])\n\tby mail.moc.gov.iq (Postfix) with ESMTP id 3F1A2C0C41\n\tfor <sme@itu.int>; {rfc(tm('2019-08-19 10:05:03', '+0300'))}"],
         mx=("mail.moc.gov.iq", "203.0.113.19", "46BnXc1dQwz7"))


# ================================================================ Chinese

def chinese():
    # zh1 — Permanent Mission, inquiry (before any nomination)
    plain = """国际电联秘书处：

你好！

我团已收到第CI-19/35号通函。国内主管部门在研究人选时提出以下几个问题，烦请拨冗答复：

1. 9月10日布达佩斯的首次磋商会议是否提供远程参会方式？
2. 推荐人选是否必须为政府官员，能否推荐行业研究机构的专家？
3. 参会人员是否需要另行注册2019年世界电信展？

谢谢！

中国常驻日内瓦代表团
科技处"""
    html = "<div style=\"font-family:微软雅黑\">" + plain.replace("\n", "<br>\n") + "</div>"
    r = tm("2019-07-26 10:31:02")
    emit("zh1", "zh_001.eml", "zh", "inquiry", "CHN", r,
         hdrs(addr("中国常驻日内瓦代表团科技处", "st.mission@china-geneva.org", "gb2312"), "sme@itu.int",
              ew("关于CI-19/35号通函的询问", "utf-8"), "<tencent_3F5E1B8A2C7D4E6F9A01B2C3@qq.com>", reply=False),
         multipart("alternative", [leaf("text/plain", plain, "utf-8", "base64"),
                                   leaf("text/html", html, "utf-8", "base64")], "----=_NextPart_5D3AC7E6_0A1B2C3D"),
         mx=("smtpbg.qq.com", "203.205.250.54", "45w8lh3RfQz6"))

    # zh2 — MIIT, field block, two delegates, GBK quoted-printable
    body = """国际电信联盟秘书处：

    感谢贵秘书处来函（CI-19/35）。中国工业和信息化部对"促进技术和创新型中小企业"系列磋商会议表示支持，现将参加9月10日布达佩斯首次磋商会议的人员信息函告如下：

    1. 姓名：王海涛
       英文名：WANG Haitao
       职务：工业和信息化部国际合作司处长
       邮箱：wanghaitao@miit.gov.cn

    2. 姓名：刘静
       英文名：LIU Jing
       职务：中国信息通信研究院政策与经济研究所高级工程师
       邮箱：liujing@caict.ac.cn

    如有任何问题，请与我司联系。

    此致
敬礼！

工业和信息化部国际合作司
多边处  赵敏
电话：+86 10 6820 6132
2019年8月9日"""
    r = tm("2019-08-09 04:12:45")
    emit("zh2", "zh_002.eml", "zh", "nomination", "CHN", r,
         hdrs(addr("赵敏", "zhaomin@miit.gov.cn", "gbk"), "sme <sme@itu.int>",
              ew("回复：CI-19/35 磋商会议人员报名", "gbk"), "<201908091012296718524@miit.gov.cn>",
              "X-Mailer: Foxmail 7.2.13.365[cn]"),
         leaf("text/plain", body, "gbk", "quoted-printable"),
         delegates=[D("王海涛", "工业和信息化部国际合作司处长", "wanghaitao@miit.gov.cn", ["WANG Haitao"]),
                    D("刘静", "中国信息通信研究院政策与经济研究所高级工程师", "liujing@caict.ac.cn", ["LIU Jing"])],
         date=tm("2019-08-09 10:12:29", "+0800"),
         mx=("mail.miit.gov.cn", "202.106.120.37", "46FJ3m4cYpz4"))

    # zh3 — MIIT correction: only the session changes (to WSIS Forum 2020)
    body = """国际电联秘书处：

    我部8月9日来函报送了参加首次磋商会议的人员名单。因工作安排调整，王海涛同志和刘静同志将不能前往布达佩斯参会，改为参加2020年信息社会世界峰会（WSIS）论坛期间举行的磋商会议。人员不变，特此更正。

    给您带来不便，敬请谅解。

工业和信息化部国际合作司
赵敏"""
    r = tm("2019-08-14 03:40:18")
    emit("zh3", "zh_003.eml", "zh", "correction", "CHN", r,
         hdrs(addr("赵敏", "zhaomin@miit.gov.cn", "gb2312"), "sme <sme@itu.int>",
              ew("更正：CI-19/35 参会人员", "gb2312"), "<201908140940071129873@miit.gov.cn>",
              "X-Mailer: Foxmail 7.2.13.365[cn]", reply=False),
         leaf("text/plain", body, "gb2312", "base64"),
         delegates=[D("王海涛", None, None, ["WANG Haitao"]), D("刘静", None, None, ["LIU Jing"])],
         sessions=["wsis-2020"], supersedes="zh2",
         date=tm("2019-08-14 09:39:58", "+0800"),
         mx=("mail.miit.gov.cn", "202.106.120.37", "4688Wf1hQnz9"))

    # zh4 — Mission diplomat, self-nomination for the Council Working Group session only
    body = """Christopher您好：

关于CI-19/35号通函，布达佩斯会议由国内主管部门另行报名。2020年初理事会工作组会议期间在日内瓦举行的那次磋商，我团将由我本人参加，请登记。

谢谢！

陈晓东
一等秘书
中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团
Tel: +41 22 879 56 78"""
    r = tm("2019-08-15 17:20:39")
    emit("zh4", "zh_004.eml", "zh", "nomination", "CHN", r,
         hdrs(addr("陈晓东", "chen.xiaodong@china-geneva.org", "utf-8"), "sme@itu.int",
              "Re: " + ew("CI-19/35 理事会工作组期间的磋商", "utf-8"),
              "<a3f1c2d4-8b7e-4f10-9c2a-55e0d1b7c901@china-geneva.org>"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         delegates=[D("陈晓东", "一等秘书", "chen.xiaodong@china-geneva.org")],
         sessions=["cwg-2020"],
         mx=("mx.china-geneva.org", "192.0.2.88", "468wZs0kHvz1"))

    # zh5 — out-of-office
    body = """您好！

我于2019年8月12日至8月23日休假，期间无法及时处理邮件。如有急事，请联系张伟（zhangwei@caict.ac.cn，电话+86 10 6230 4839）。

谢谢！
李明"""
    r = tm("2019-08-12 02:05:51")
    emit("zh5", "zh_005.eml", "zh", "auto_reply", None, r,
         hdrs(addr("李明", "liming@caict.ac.cn", "gbk"), "sme@itu.int",
              ew("自动回复: ", "gbk") + " CI-19/35 reminder", "<auto.20190812080544.liming@caict.ac.cn>",
              "Auto-Submitted: auto-replied", "X-Autoreply: yes"),
         leaf("text/plain", body, "gbk", "base64"),
         date=tm("2019-08-12 08:05:44", "+0800"),
         mx=("mail.caict.ac.cn", "202.106.91.12", "466LsP2r9Fz0"))

    # zh6 — unrelated Big5 newsletter from a Hong Kong SME association
    body = """香港中小企數碼化協會　電子通訊　2019年8月號

【活動預告】國際電聯世界電信展2019（布達佩斯）香港展團
本會將於9月9日至12日組織會員企業參加在匈牙利布達佩斯舉行的世界電信展，由主席黃志強先生率團，副主席陳美玲女士負責中小企業展區聯絡。名額有限，請於8月30日前報名。

【會員專訪】初創企業如何善用5G商機

【講座】9月25日　中小企跨境電商實務

如不欲再收到本通訊，請回覆「取消訂閱」。
香港中小企數碼化協會　香港灣仔港灣道1號"""
    r = tm("2019-08-07 12:00:14")
    emit("zh6", "zh_006.eml", "zh", "unrelated", None, r,
         hdrs(addr("香港中小企數碼化協會", "newsletter@hksmeda.org.hk", "big5"), "sme@itu.int",
              ew("協會電子通訊 2019年8月號", "big5"), "<nl201908.0731.sme@hksmeda.org.hk>",
              "List-Unsubscribe: <mailto:unsubscribe@hksmeda.org.hk>", "Precedence: bulk", reply=False),
         leaf("text/plain", body, "big5", "base64"),
         date=tm("2019-08-07 18:00:05", "+0800"),
         mx=("mta3.hksmeda.org.hk", "203.0.113.150", "463mBv5LpRz2"))


# ================================================================ English

def english():
    # en1 — Ghana, plain ASCII, circular quoted below (nominee's name misspelt; fixed in en7)
    body = """Dear Mr. Clark,

Reference is made to ITU Circular CI-19/35 dated 23 July 2019 on the above subject.

The National Communications Authority (NCA) of Ghana is pleased to express its interest in the consultation sessions and hereby nominates Mrs. Abena Serwah Owusu-Ansah, Deputy Director, Regulatory Administration, to participate in the first session in Budapest on 10 September 2019.

Her contact details are as follows:
Email: a.owusu-ansah@nca.org.gh
Tel: +233 302 776 621

Thank you.

Yours faithfully,

Kwame Boateng
Manager, International Relations
National Communications Authority
NCA Tower, 6 Airport By-Pass Road, Accra

________________________________
From: SME <sme@itu.int>
Sent: 23 July 2019 14:15
To: info@nca.org.gh
Subject: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs

""" + quote(CIRC_EN)
    r = tm("2019-08-02 12:48:10")
    emit("en1", "en_001.eml", "en", "nomination", "GHA", r,
         hdrs(addr("Kwame Boateng", "k.boateng@nca.org.gh"), "\"sme@itu.int\" <sme@itu.int>", "RE: " + SUBJ_EN,
              "<DB6PR1001MB1302A4E3C0D1D5B09EE42A31B9DA0@DB6PR1001MB1302.EURPRD10.PROD.OUTLOOK.COM>",
              "Accept-Language: en-GB, en-US", "Content-Language: en-GB"),
         leaf("text/plain", body, "us-ascii", "7bit"),
         delegates=[D("Abena Serwah Owusu-Ansah", "Deputy Director, Regulatory Administration", "a.owusu-ansah@nca.org.gh")],
         date=tm("2019-08-02 10:48:03", "+0000"),
         mx=("EUR01-DB5-obe.outbound.protection.outlook.com", "40.107.15.50", "460Ktn3Yb1z5"))

    # en2 — India, HTML-only Outlook table, two delegates with honorifics
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-IN">
<div class="WordSection1">
<p class="MsoNormal">Sir,<o:p></o:p></p>
<p class="MsoNormal">Kindly refer to ITU Circular CI-19/35 dated 23.07.2019 regarding consultation sessions on &#8220;Fostering tech and innovation SMEs&#8221;.<o:p></o:p></p>
<p class="MsoNormal">2.&nbsp;&nbsp;The competent authority has approved the nomination of the following officers for the first consultation session to be held on 10<sup>th</sup> September 2019 at Budapest during ITU Telecom World 2019:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="40"><p class="MsoNormal"><b>S.No.</b></p></td><td width="200"><p class="MsoNormal"><b>Name</b></p></td><td width="220"><p class="MsoNormal"><b>Designation</b></p></td><td width="200"><p class="MsoNormal"><b>E-mail</b></p></td></tr>
<tr><td><p class="MsoNormal">1.</p></td><td><p class="MsoNormal">Shri Rajesh Kumar Sharma</p></td><td><p class="MsoNormal">Deputy Director General (International Relations), DoT</p></td><td><p class="MsoNormal">ddgir-dot@gov.in</p></td></tr>
<tr><td><p class="MsoNormal">2.</p></td><td><p class="MsoNormal">Ms. Priya Venkataraman</p></td><td><p class="MsoNormal">Director (Start-ups &amp; Innovation), C-DOT</p></td><td><p class="MsoNormal">priya.v@cdot.in</p></td></tr>
</table>
<p class="MsoNormal">3.&nbsp;&nbsp;This issues with the approval of the competent authority.<o:p></o:p></p>
<p class="MsoNormal">Regards,<o:p></o:p></p>
<p class="MsoNormal">(Anil Kumar Verma)<br>Assistant Director General (IR-II)<br>Department of Telecommunications<br>Ministry of Communications, Government of India<br>Sanchar Bhawan, 20 Ashoka Road, New Delhi - 110001<o:p></o:p></p>
</div></body></html>"""
    r = tm("2019-08-12 07:31:19")
    emit("en2", "en_002.eml", "en", "nomination", "IND", r,
         hdrs(addr("ADG IR-II DoT", "adgir2-dot@gov.in"), "sme@itu.int",
              "Nomination for consultation session on Fostering tech and innovation SMEs - ITU Circular CI-19/35",
              "<1565588473.4417.1565588473719.JavaMail.zimbra@gov.in>", "X-Mailer: Zimbra 8.7.11_GA_1854 (ZimbraWebClient - GC75 (Win)/8.7.11_GA_1854)",
              reply=False),
         leaf("text/html", html, "us-ascii", "7bit"),
         delegates=[D("Rajesh Kumar Sharma", "Deputy Director General (International Relations), DoT", "ddgir-dot@gov.in"),
                    D("Priya Venkataraman", "Director (Start-ups & Innovation), C-DOT", "priya.v@cdot.in")],
         date=tm("2019-08-12 11:01:13", "+0530"),
         mx=("mailrelay.nic.in", "164.100.14.98", "466jR82XwCz8"))

    # en3 — UK, Budapest confirmed, CWG still undecided
    body = """Dear Christopher,

Thank you for Circular CI-19/35. The UK is keen to support this work.

I'm pleased to confirm that Tom Hartley, Head of International Telecoms Policy here at DCMS, will attend the first consultation session in Budapest on 10 September. His email is tom.hartley@culture.gov.uk.

We may also want to take part in the session alongside the Council Working Groups early next year, but that hasn't been decided yet - I'll come back to you once we know more.

Best wishes,
Helen

Helen Marsh | International Telecoms Policy | Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ | www.gov.uk/dcms

This email and any attachments are intended for the named recipient only. If you have received it in error you have no authority to use, disclose, store or copy any of its contents and you should destroy it and inform the sender. Communications with the Department may be automatically logged, monitored and/or recorded for legal purposes."""
    r = tm("2019-08-07 15:09:33")
    emit("en3", "en_003.eml", "en", "nomination", "GBR", r,
         hdrs(addr("Helen Marsh", "helen.marsh@culture.gov.uk"), "\"SME\" <sme@itu.int>", "RE: " + SUBJ_EN,
              "<LO2P265MB0942E55B8C7A4D4F9E1A3C2BBE2F0@LO2P265MB0942.GBRP265.PROD.OUTLOOK.COM>"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         delegates=[D("Tom Hartley", "Head of International Telecoms Policy, DCMS", "tom.hartley@culture.gov.uk")],
         date=tm("2019-08-07 14:09:28", "+0100"),
         mx=("EUR02-LO2-obe.outbound.protection.outlook.com", "40.107.11.72", "463YwR0PmTz1"))

    # en4 — Nigeria, self-nomination from gmail, name only in the signature
    body = """Good day Sir,

With reference to the ITU circular CI-19/35, kindly note that I will be representing Nigeria at the first consultation session on tech and innovation SMEs in Budapest.

I would appreciate if the agenda could be shared with me once available.

Thank you and best regards.

Engr. Ibrahim Musa Danjuma
Deputy Director, New Media & Information Security
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
+234 803 555 0192

Sent from my iPhone"""
    r = tm("2019-08-10 21:16:42")
    emit("en4", "en_004.eml", "en", "nomination", "NGA", r,
         hdrs(addr("Ibrahim Danjuma", "imdanjuma.ncc@gmail.com"), "sme@itu.int", "Re: " + SUBJ_EN,
              "<CAFx2Qb7gH3NpV=K9tW1sUeZ5mJd0yR8aLcX4oT6@mail.gmail.com>"),
         leaf("text/plain", body, "utf-8", "7bit"),
         delegates=[D("Ibrahim Musa Danjuma", "Deputy Director, New Media & Information Security, Nigerian Communications Commission",
                      "imdanjuma.ncc@gmail.com", ["Ibrahim Danjuma"])],
         date=tm("2019-08-10 20:16:37", "+0100"),
         mx=("mail-lj1-f179.google.com", "209.85.208.179", "465fDy1RnMz4"))

    # en5 — Philippines, interest only, late
    body = """Dear Sir/Madam,

Greetings from the Department of Information and Communications Technology (DICT) of the Philippines!

We refer to ITU Circular CI-19/35. Please accept our apologies for this late reply. The DICT wishes to express its interest in the consultation sessions on fostering tech and innovation SMEs, in particular the first session in Budapest. Our delegation to ITU Telecom World 2019 is still being finalized, and we will inform you of the name of our participant as soon as it is confirmed.

Thank you very much.

Respectfully,

International Cooperation Division
Department of Information and Communications Technology
C.P. Garcia Avenue, Diliman, Quezon City, Philippines"""
    r = tm("2019-08-21 04:52:07")
    emit("en5", "en_005.eml", "en", "interest_only", "PHL", r,
         hdrs(addr("DICT ICD", "icd@dict.gov.ph"), "sme@itu.int", "Re: ITU Circular CI-19/35",
              "<5d5cb2f1.1c69fb81.a3e2.77c0@mx.google.com>"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         date=tm("2019-08-21 10:51:59", "+0800"),
         mx=("mail-pg1-f195.google.com", "209.85.215.195", "46D1jX5KcRz3"))

    # en6 — Australia, very polite indirect decline
    body = """Dear Mr Clark

Thank you for the invitation to participate in the consultation sessions on fostering tech and innovation SMEs (CI-19/35).

Australia strongly supports the ITU's efforts to engage small and medium enterprises in its work and welcomes the Council's decision on the new SME associate fees. Regrettably, owing to competing priorities in September, we do not anticipate being in a position to send a representative to Budapest on this occasion.

We would nonetheless be grateful to be kept informed of the outcomes of the consultation.

Kind regards

Sarah Nguyen
Assistant Director | International Section
Department of Communications and the Arts
GPO Box 2154, Canberra ACT 2601"""
    r = tm("2019-08-14 03:27:45")
    emit("en6", "en_006.eml", "en", "decline", "AUS", r,
         hdrs(addr("Nguyen, Sarah", "sarah.nguyen@communications.gov.au"), "'sme@itu.int' <sme@itu.int>",
              "CI-19/35 - Australian response [SEC=UNCLASSIFIED]",
              "<SYXPR01MB14543D0B71C2A6E0F1AB35C4D4A80@SYXPR01MB1454.ausprd01.prod.outlook.com>",
              "X-Protective-Marking: VER=2018.1, NS=gov.au, SEC=UNCLASSIFIED", reply=False),
         leaf("text/plain", body, "utf-8", "7bit"),
         date=tm("2019-08-14 11:27:40", "+1000"),
         mx=("AUS01-SY3-obe.outbound.protection.outlook.com", "40.107.130.41", "467rSd3Hq6z5"))

    # en7 — Ghana correction: spelling of the nominee's name
    body = """Dear Mr. Clark,

Further to our e-mail of 2nd August 2019 in response to Circular CI-19/35, please note a typographical error in the name of our nominee. It should read:

    Mrs. Abena Serwaa Owusu-Ansah

and not "Serwah" as previously stated. All other details remain unchanged.

We regret any inconvenience caused.

Yours faithfully,

Kwame Boateng
Manager, International Relations
National Communications Authority"""
    r = tm("2019-08-05 10:02:56")
    emit("en7", "en_007.eml", "en", "correction", "GHA", r,
         hdrs(addr("Kwame Boateng", "k.boateng@nca.org.gh"), "\"sme@itu.int\" <sme@itu.int>",
              "CORRECTION: Nomination - CI-19/35",
              "<DB6PR1001MB1302F0C2B4D7A8E19A6C45D2B9DE1@DB6PR1001MB1302.EURPRD10.PROD.OUTLOOK.COM>", reply=False),
         leaf("text/plain", body, "us-ascii", "7bit"),
         delegates=[D("Abena Serwaa Owusu-Ansah")],
         supersedes="en1", date=tm("2019-08-05 08:02:50", "+0000"),
         mx=("EUR01-DB5-obe.outbound.protection.outlook.com", "40.107.15.50", "4629Bn1XcTz7"))

    # en8 — vendor pitch (unrelated)
    plain = """Hi there,

Will your team be in Budapest for ITU Telecom World 2019?

GrowthBridge helps tech SMEs scale across emerging markets - from regulatory mapping to partner introductions. Our Partner Daniel Kovacs and Head of Public Sector Laura Whitfield will be on the ground in Budapest from 9 to 12 September and would love to meet.

Book a 20-minute slot: https://growthbridge.io/meet-budapest

Cheers,
Laura Whitfield
Head of Public Sector, GrowthBridge Ltd
London | Nairobi | Singapore

You are receiving this email because you attended an industry event. Unsubscribe: https://growthbridge.io/u/8f2c1"""
    html = "<html><body style=\"font-family:Arial\"><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    r = tm("2019-08-20 16:00:03")
    emit("en8", "en_008.eml", "en", "unrelated", None, r,
         hdrs(addr("Laura Whitfield", "laura@growthbridge.io"), "sme@itu.int",
              "Meeting in Budapest? SME scale-up support at ITU Telecom World",
              "<0100016cb0f1a3e2-5c7d9e14-3b2a-4f8e-9d1c-7a6b5c4d3e2f-000000@email.amazonses.com>",
              "List-Unsubscribe: <https://growthbridge.io/u/8f2c1>", "Precedence: bulk", reply=False),
         multipart("alternative", [leaf("text/plain", plain, "utf-8", "quoted-printable"),
                                   leaf("text/html", html, "utf-8", "quoted-printable")], "b1_8f2c1d0e7a6b5c4d3e2f1a0b9c8d7e6f"),
         date=tm("2019-08-20 14:00:00", "+0000"),
         mx=("a8-30.smtp-out.amazonses.com", "54.240.8.30", "46D0kq6Lt2z9"), )

    # en9 — delivery status notification (bounce of an ITU reminder)
    expl = """Delivery has failed to these recipients or groups:

ict.policy@mtc.gov.na
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EXCH01.mtc.gov.na

ict.policy@mtc.gov.na
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"""
    status = """Reporting-MTA: dns;EXCH01.mtc.gov.na
Received-From-MTA: dns;mx.itu.int
Arrival-Date: Tue, 13 Aug 2019 09:14:02 +0000

Final-Recipient: rfc822;ict.policy@mtc.gov.na
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
    orig = """Received: from mx.itu.int (mx.itu.int [156.106.192.20]) by EXCH01.mtc.gov.na
Date: Tue, 13 Aug 2019 11:13:50 +0200
From: SME <sme@itu.int>
To: ict.policy@mtc.gov.na
Subject: Reminder: CI-19/35 - nominations due by 16 August 2019
Message-ID: <CI-19-35.reminder.20190813@itu.int>
"""
    parts = [leaf("text/plain", expl, "us-ascii", "7bit"),
             (["Content-Type: message/delivery-status"], status.encode()),
             (["Content-Type: text/rfc822-headers"], orig.encode())]
    r = tm("2019-08-13 11:14:09")
    emit("en9", "en_009.eml", "en", "bounce", None, r,
         hdrs("postmaster@mtc.gov.na", "SME <sme@itu.int>",
              "Undeliverable: Reminder: CI-19/35 - nominations due by 16 August 2019",
              "<a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d@EXCH01.mtc.gov.na>", "Auto-Submitted: auto-replied",
              "In-Reply-To: <CI-19-35.reminder.20190813@itu.int>", reply=False),
         multipart("report", parts, "9B095B5ADSN=_01D5519F8C4E3A1000000E8AEXCH01.mtc.g",
                   " report-type=delivery-status;"),
         date=tm("2019-08-13 09:14:05", "+0000"),
         mx=("mail.mtc.gov.na", "196.216.167.10", "466qTt0C5lz2"))

    # en10 — Singapore, inquiry
    body = """Dear Christopher,

Thank you for the circular on the SME consultation sessions. Before we revert with a nomination, could you help clarify two points?

(a) May the nominee come from Enterprise Singapore, our SME development agency, rather than from IMDA?
(b) Is there a limit on the number of participants per Member State for the Budapest session?

Many thanks in advance.

Regards,
Wei Ling
International Relations | Infocomm Media Development Authority
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438

CONFIDENTIALITY NOTICE: This email is confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it."""
    r = tm("2019-07-30 05:40:21")
    emit("en10", "en_010.eml", "en", "inquiry", "SGP", r,
         hdrs(addr("TAN Wei Ling (IMDA)", "tan_wei_ling@imda.gov.sg"), "sme@itu.int", "RE: " + SUBJ_EN,
              "<SG2PR06MB3097A1C4D8E2F7B6A05C3D21E8F40@SG2PR06MB3097.apcprd06.prod.outlook.com>"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         date=tm("2019-07-30 11:40:15", "+0800"),
         mx=("APC01-SG2-obe.outbound.protection.outlook.com", "40.107.132.92", "45zH9s5PqYz8"))

    # en11 — out-of-office
    body = """Thank you for your email.

I am currently on annual leave until Monday 26 August 2019 with no access to email. For urgent matters please contact Mr. Samuel Otieno (sotieno@ict.go.ke) or the ICT Secretariat on +254 20 4920000.

Regards,
Grace Wambui"""
    r = tm("2019-08-13 11:14:31")
    emit("en11", "en_011.eml", "en", "auto_reply", None, r,
         hdrs(addr("Grace Wambui", "gwambui@ict.go.ke"), "SME <sme@itu.int>",
              "Automatic reply: Reminder: CI-19/35 - nominations due by 16 August 2019",
              "<6f0e3c1a9b2d4e5f8a7b6c5d4e3f2a1b@MAIL01.ict.go.ke>", "Auto-Submitted: auto-replied",
              "X-MS-Exchange-Inbox-Rules-Loop: gwambui@ict.go.ke",
              "In-Reply-To: <CI-19-35.reminder.20190813@itu.int>", reply=False),
         leaf("text/plain", body, "us-ascii", "7bit"),
         date=tm("2019-08-13 12:14:26", "+0300"),
         mx=("mail.ict.go.ke", "197.248.6.130", "466qV01FgSz6"))

    # en12 — ITU internal mail (unrelated)
    body = """Hi Chris,

Quick update on Budapest logistics for the SME consultation:

- Room "Liszt 2" is booked for 10 September, 14:00-16:00.
- Sanjay Acharya has agreed to moderate; Doreen will open.
- Interpretation: EN/FR/ES only, as discussed with Conference Services.

Could you send me the consolidated list of nominees by 20 August so that badges can be printed in time?

Thanks,
Martina

Martina Rossi
Programme Officer, ITU Telecom
International Telecommunication Union
Place des Nations, 1211 Geneva 20"""
    r = tm("2019-08-09 10:22:48")
    emit("en12", "en_012.eml", "en", "unrelated", None, r,
         hdrs(addr("Rossi, Martina", "martina.rossi@itu.int"), "Clark, Christopher <christopher.clark@itu.int>",
              "Budapest SME consultation - room & badges", "<7c2f4e1a90b84d3e8a1f2c5b6d7e8f90@ITUMBX05.itu.int>",
              cc="SME <sme@itu.int>", reply=False),
         leaf("text/plain", body, "utf-8", "7bit"),
         mx=("ITUMBX05.itu.int", "10.10.20.15", "464gLm2WxBz0"))

    # en13 — Pakistan Mission note verbale, three delegates, all sessions, Date header with a wrong month
    body = """No. ITU/2019/47

The Permanent Mission of the Islamic Republic of Pakistan to the United Nations Office and other International Organizations in Geneva presents its compliments to the Secretariat of the International Telecommunication Union and, with reference to Circular CI-19/35 of 23 July 2019, has the honour to convey the following nominations:

  (i)   Mr. Muhammad Aamir KHAN, Member (Telecom), Ministry of Information Technology and Telecommunication - first consultation session, Budapest, 10 September 2019;
  (ii)  Dr. Sadia Rehman, Director General (Licensing), Pakistan Telecommunication Authority - first consultation session, Budapest, 10 September 2019;
  (iii) Mr. Bilal Ahmed Qureshi, Counsellor, Permanent Mission of Pakistan, Geneva - the sessions to be held in Geneva during the Council Working Group meetings and the WSIS Forum in 2020.

The Permanent Mission of the Islamic Republic of Pakistan avails itself of this opportunity to renew to the Secretariat of the International Telecommunication Union the assurances of its highest consideration.

Geneva, 9 August 2019"""
    r = tm("2019-08-09 15:37:04")
    emit("en13", "en_013.eml", "en", "nomination", "PAK", r,
         hdrs(addr("Pakistan Mission Geneva", "pakmission.geneva@mofa.gov.pk"), "sme@itu.int",
              "Note Verbale - CI-19/35 - Nominations", "<000001d54ec2$8a7f3e20$9f7dba60$@mofa.gov.pk>",
              "X-Mailer: Microsoft Outlook 16.0", reply=False),
         leaf("text/plain", body, "windows-1252", "quoted-printable"),
         delegates=[D("Muhammad Aamir Khan", "Member (Telecom), Ministry of Information Technology and Telecommunication"),
                    D("Sadia Rehman", "Director General (Licensing), Pakistan Telecommunication Authority"),
                    D("Bilal Ahmed Qureshi", "Counsellor, Permanent Mission of Pakistan, Geneva")],
         sessions=["budapest-2019", "cwg-2020", "wsis-2020"],
         date="Mon, 1 Jul 2019 15:36:58 +0200",
         mx=("mail.mofa.gov.pk", "202.83.164.26", "465Bzq4DnJz3"))


# ================================================================ French

def french():
    # fr1 — Senegal, SURNAME in capitals, Latin-1 QP
    body = """Monsieur,

Faisant suite à la lettre circulaire CI-19/35 du 23 juillet 2019 relative aux sessions de consultation « Encourager les PME du secteur des technologies et de l'innovation », j'ai l'honneur de vous informer que l'Autorité de Régulation des Télécommunications et des Postes (ARTP) du Sénégal souhaite y prendre part.

À cet effet, M. Mamadou NDIAYE, Directeur des Études et de la Prospective, a été désigné pour représenter le Sénégal à la première session, le 10 septembre 2019 à Budapest.

Ses coordonnées : m.ndiaye@artp.sn - +221 33 869 03 69

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Aminata Sow FALL
Chef de la Division Coopération internationale
ARTP Sénégal
Route des Almadies, Dakar"""
    r = tm("2019-08-01 14:05:37")
    emit("fr1", "fr_001.eml", "fr", "nomination", "SEN", r,
         hdrs(addr("Aminata Sow FALL", "aminata.fall@artp.sn", "iso-8859-1", "Q"), "sme@itu.int",
              "=?iso-8859-1?Q?R=E9f=2E_CI-19/35_-_D=E9signation?=", "<5D42EF8B.7040506@artp.sn>",
              "User-Agent: Mozilla/5.0 (Windows NT 10.0; WOW64; rv:60.0) Gecko/20100101 Thunderbird/60.8.0"),
         leaf("text/plain", body, "iso-8859-1", "quoted-printable"),
         delegates=[D("Mamadou NDIAYE", "Directeur des Études et de la Prospective", "m.ndiaye@artp.sn")],
         date=tm("2019-08-01 12:05:30", "+0000"),
         mx=("mail.artp.sn", "196.207.230.44", "460b7r3RvQz1"))

    # fr2 — Côte d'Ivoire, field block, multipart/alternative windows-1252
    plain = """Monsieur Christopher CLARK,

En réponse à votre correspondance CI-19/35, l'ARTCI a le plaisir de vous transmettre ci-après les informations relatives à sa représentante à la session de consultation de Budapest :

Nom : KOUASSI
Prénoms : Affoué Marie-Laure
Fonction : Sous-Directrice de l'Innovation et des PME numériques
Téléphone : +225 20 34 43 73
E-mail : am.kouassi@artci.ci

Nous restons à votre disposition pour toute information complémentaire.

Cordialement,

Service des Relations Internationales
Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI)
Marcory Anoumabo, Abidjan"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
            "<div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + plain.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>\n")
            .replace("Nom :", "<b>Nom :</b>").replace("Prénoms :", "<b>Prénoms :</b>")
            + "</div></body></html>")
    r = tm("2019-08-08 11:26:40")
    emit("fr2", "fr_002.eml", "fr", "nomination", "CIV", r,
         hdrs(addr("SRI ARTCI", "sri@artci.ci"), "sme@itu.int",
              "=?windows-1252?Q?RE=A0:_CI-19/35_=96_repr=E9sentante_de_l'ARTCI?=",
              "<000a01d54dd5$2b7c1e90$82745bb0$@artci.ci>", "X-Mailer: Microsoft Outlook 16.0",
              "Content-Language: fr"),
         multipart("alternative", [leaf("text/plain", plain, "windows-1252", "quoted-printable"),
                                   leaf("text/html", html, "windows-1252", "quoted-printable")],
                   "----=_NextPart_000_000B_01D54DE6.2B7E4170"),
         delegates=[D("Affoué Marie-Laure Kouassi", "Sous-Directrice de l'Innovation et des PME numériques",
                      "am.kouassi@artci.ci", ["KOUASSI Affoué Marie-Laure"])],
         date=tm("2019-08-08 09:26:33", "+0000"),
         mx=("smtp.artci.ci", "196.47.128.21", "464MmJ1T0Vz5"))

    # fr3 — France, polite indirect decline, ISO-8859-15
    body = """Monsieur,

Nous vous remercions pour la lettre circulaire CI-19/35 et pour l'attention que l'UIT porte à l'intégration des PME dans ses travaux, démarche que la France soutient pleinement.

Compte tenu des contraintes de calendrier de nos équipes à cette période, il ne nous sera malheureusement pas possible de donner une suite favorable à cette invitation pour la session de Budapest. Nous suivrons néanmoins avec attention les conclusions de ces consultations.

Bien cordialement,

Julien Mercier
Chargé de mission affaires internationales
Direction générale des Entreprises – Service de l'économie numérique
Ministère de l'Économie et des Finances
61, boulevard Vincent Auriol – 75703 Paris Cedex 13

Ce courriel et ses éventuelles pièces jointes sont confidentiels et établis à l'intention exclusive de leur destinataire."""
    r = tm("2019-08-09 17:48:02")
    emit("fr3", "fr_003.eml", "fr", "decline", "FRA", r,
         hdrs(addr("MERCIER Julien (DGE/SEN)", "julien.mercier@finances.gouv.fr"), "\"sme@itu.int\" <sme@itu.int>",
              "RE: " + SUBJ_EN, "<2F7E1D0C9B8A4E3F@MSX-DGE-02.finances.gouv.fr>"),
         leaf("text/plain", body, "iso-8859-15", "quoted-printable"),
         mx=("smtp-out.finances.gouv.fr", "192.0.2.77", "465GsK0Q3Rz9"))

    # fr4 — Senegal correction: session only (WSIS Forum 2020 instead of Budapest)
    body = """Monsieur,

Suite à notre courriel du 1er août 2019, nous vous informons que M. Mamadou NDIAYE ne pourra finalement pas se rendre à Budapest. Il participera plutôt à la session qui se tiendra en marge du Forum du SMSI 2020.

Nous vous remercions de bien vouloir prendre note de cette modification.

Cordialement,

Aminata Sow FALL
ARTP Sénégal"""
    r = tm("2019-08-28 10:11:55")
    emit("fr4", "fr_004.eml", "fr", "correction", "SEN", r,
         hdrs(addr("Aminata Sow FALL", "aminata.fall@artp.sn", "iso-8859-1", "Q"), "sme@itu.int",
              "Modification - CI-19/35", "<5D663B1F.2010708@artp.sn>", reply=False),
         leaf("text/plain", body, "iso-8859-1", "8bit"),
         delegates=[D("Mamadou NDIAYE")], sessions=["wsis-2020"], supersedes="fr1",
         date=tm("2019-08-28 08:11:49", "+0000"),
         mx=("mail.artp.sn", "196.207.230.44", "46JMm54hYPz2"))

    # fr5 — Tunisia, interest only, forwarded French circular below
    body = """Monsieur,

Le Ministère des Technologies de la Communication et de l'Economie Numérique de la République Tunisienne vous remercie de votre invitation et tient à exprimer son intérêt pour la série de sessions de consultation sur les PME technologiques.

Le nom du participant désigné pour la session de Budapest vous sera communiqué dans les meilleurs délais.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Direction de la Coopération Internationale
MTCEN – Tunis

-------- Message transféré --------
Sujet : CI-19/35
Date : Tue, 23 Jul 2019 16:15:00 +0200
De : SME <sme@itu.int>

""" + CIRC_FR
    r = tm("2019-08-05 15:30:12")
    emit("fr5", "fr_005.eml", "fr", "interest_only", "TUN", r,
         hdrs(addr("Coopération Internationale MTCEN", "dci@mtcen.gov.tn", "utf-8", "Q"), "sme@itu.int",
              "TR: CI-19/35", "<8e1f3a52-0c4d-2b6e-9f7a-3d1c5b8e2a40@mtcen.gov.tn>", reply=False),
         leaf("text/plain", body, "utf-8", "8bit"),
         date=tm("2019-08-05 14:30:06", "+0100"),
         mx=("mail.mtcen.gov.tn", "193.95.66.14", "461rHw2WqKz6"))

    # fr6 — Cameroon, inquiry
    body = """Monsieur,

Le Ministère des Postes et Télécommunications du Cameroun accuse réception de la lettre circulaire CI-19/35 et vous en remercie.

Avant de procéder à la désignation de son représentant, le Ministère souhaiterait savoir :
- si l'UIT prend en charge les frais de voyage et de séjour des participants des pays en développement, ou s'il existe des bourses ;
- si la session de Budapest bénéficiera d'une interprétation en français.

Dans l'attente de votre retour, veuillez agréer, Monsieur, nos salutations distinguées.

Division de la Coopération
MINPOSTEL – Yaoundé"""
    r = tm("2019-07-29 12:02:40")
    emit("fr6", "fr_006.eml", "fr", "inquiry", "CMR", r,
         hdrs(addr("Division Coopération MINPOSTEL", "cooperation.minpostel@yahoo.fr"), "sme@itu.int",
              "Demande d'information - CI-19/35", "<1564394553.882716.1564394560102@mail.yahoo.com>",
              "X-Mailer: WebService/1.1.14109 YMailNorrin", reply=False),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         date=tm("2019-07-29 11:02:33", "+0100"),
         mx=("sonic305-21.consmr.mail.ir2.yahoo.com", "77.238.176.97", "45yv2d4b1Kz8"))

    # fr7 — Burkina Faso Mission, late, SURNAME-first
    body = """La Mission permanente du Burkina Faso auprès de l'Office des Nations Unies à Genève présente ses compliments au Secrétariat de l'Union internationale des télécommunications et, se référant à la lettre circulaire CI-19/35, a l'honneur de l'informer que M. OUEDRAOGO Salif, Conseiller, représentera le Burkina Faso à la session de consultation de Budapest du 10 septembre 2019.

La Mission prie le Secrétariat de bien vouloir excuser la transmission tardive de la présente.

La Mission permanente du Burkina Faso saisit cette occasion pour renouveler au Secrétariat de l'UIT les assurances de sa haute considération.

Genève, le 23 août 2019"""
    r = tm("2019-08-23 11:42:19")
    emit("fr7", "fr_007.eml", "fr", "nomination", "BFA", r,
         hdrs(addr("Mission Burkina Genève", "mission.burkina.geneve@yahoo.fr"), "sme@itu.int",
              "Note verbale CI-19/35", "<1566553331.2201947.1566553338812@mail.yahoo.com>", reply=False),
         leaf("text/plain", body, "utf-8", "base64"),
         delegates=[D("Salif Ouedraogo", "Conseiller", None, ["OUEDRAOGO Salif"])],
         mx=("sonic314-14.consmr.mail.ir2.yahoo.com", "77.238.177.145", "46FJt11RkLz4"))

    # fr8 — event invitation naming people (unrelated)
    body = """Madame, Monsieur,

Nous avons le plaisir de vous convier au Forum ouest-africain des PME numériques, qui se tiendra à Abidjan les 24 et 25 octobre 2019.

Interviendront notamment Mme Fatou Diallo, Directrice générale de l'Agence de promotion des PME, et M. Jean-Baptiste Koffi, Président de la Fédération des start-up ivoiriennes.

Inscription gratuite mais obligatoire : www.forum-pme-numeriques.org

Le comité d'organisation"""
    r = tm("2019-08-16 09:00:41")
    emit("fr8", "fr_008.eml", "fr", "unrelated", None, r,
         hdrs(addr("Forum PME numériques", "invitation@forum-pme-numeriques.org"), "sme@itu.int",
              "Invitation : Forum ouest-africain des PME numériques", "<20190816070035.9A2B3C4D5E@forum-pme-numeriques.org>",
              reply=False),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         date=tm("2019-08-16 07:00:35", "+0000"),
         mx=("smtp.forum-pme-numeriques.org", "203.0.113.240", "4694Zk5nGtz3"))


# ================================================================ Russian, Ukrainian

def russian():
    # ru1 — Russia, accusative case in running text, windows-1251 QP
    body = """Уважаемый господин Кларк!

Минкомсвязь России, рассмотрев циркулярное письмо МСЭ CI-19/35 от 23 июля 2019 г., подтверждает заинтересованность в участии в серии консультационных сессий «Содействие развитию МСП в области технологий и инноваций».

Для участия в первой сессии, которая состоится 10 сентября 2019 г. в Будапеште, направляем заместителя директора Департамента международного сотрудничества Иванову Ольгу Сергеевну (o.ivanova@minsvyaz.ru, +7 495 771-80-00).

С уважением,

Н.В. Смирнов
Начальник отдела многостороннего сотрудничества
Департамент международного сотрудничества
Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации
125375, Москва, ул. Тверская, д. 7"""
    r = tm("2019-08-06 09:14:57")
    emit("ru1", "ru_001.eml", "ru", "nomination", "RUS", r,
         hdrs(addr("Смирнов Николай Викторович", "n.smirnov@minsvyaz.ru", "windows-1251"), "sme@itu.int",
              "RE: " + SUBJ_EN, "<8C3E2F1A0B9D4C7E@EXCH2.minsvyaz.ru>", "Content-Language: ru-RU"),
         leaf("text/plain", body, "windows-1251", "quoted-printable"),
         delegates=[D("Иванова Ольга Сергеевна", "заместитель директора Департамента международного сотрудничества",
                      "o.ivanova@minsvyaz.ru", ["Иванову Ольгу Сергеевну"])],
         date=tm("2019-08-06 10:14:51", "+0300"),
         mx=("mx.minsvyaz.ru", "195.19.94.41", "462zWq1y8Pz4"))

    # ru2 — Belarus, field block, KOI8-R
    body = """Уважаемые коллеги!

Министерство связи и информатизации Республики Беларусь выражает благодарность за приглашение и сообщает данные участника первой консультационной сессии (Будапешт, 10 сентября 2019 г.):

Фамилия: Ковалёв
Имя: Дмитрий
Отчество: Александрович
Должность: начальник управления электросвязи
Организация: Министерство связи и информатизации Республики Беларусь
E-mail: d.kovalev@mpt.gov.by

Просим направить приглашение и программу сессии на имя Д.А. Ковалёва.

С уважением,
отдел международного сотрудничества
Министерство связи и информатизации Республики Беларусь
220050, г. Минск, пр. Независимости, 10"""
    r = tm("2019-08-07 10:03:22")
    emit("ru2", "ru_002.eml", "ru", "nomination", "BLR", r,
         hdrs(addr("Отдел международного сотрудничества", "intdep@mpt.gov.by", "koi8-r"), "sme@itu.int",
              ew("Участник консультационной сессии, CI-19/35", "koi8-r"), "<20190807110315.GA21734@mpt.gov.by>",
              "User-Agent: Mutt/1.5.23 (2014-03-12)", reply=False),
         leaf("text/plain", body, "koi8-r", "8bit"),
         delegates=[D("Ковалёв Дмитрий Александрович", "начальник управления электросвязи", "d.kovalev@mpt.gov.by",
                      ["Дмитрий Александрович Ковалёв", "Д.А. Ковалёва"])],
         date=tm("2019-08-07 11:03:15", "+0300"),
         mx=("mail.mpt.gov.by", "93.125.99.10", "463Dn71gRbz2"))

    # ru3 — Kazakhstan, interest only, HTML alternative base64
    plain = """Уважаемый г-н Кларк,

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан выражает заинтересованность в участии в консультационных сессиях по вопросам содействия технологическим и инновационным МСП.

Кандидатура представителя для участия в сессии в Будапеште будет сообщена дополнительно.

С уважением,
Департамент международного сотрудничества
МЦРИАП РК, г. Нур-Султан"""
    html = "<div dir=\"ltr\">" + plain.replace("\n", "<br>") + "</div>"
    r = tm("2019-08-09 07:47:30")
    emit("ru3", "ru_003.eml", "ru", "interest_only", "KAZ", r,
         hdrs(addr("Департамент международного сотрудничества", "dms@mdai.gov.kz", "utf-8"), "sme@itu.int",
              "Re: CI-19/35", "<CAN3p+Yt9r2LmQ7x0wZ5aB8kE1cF4dH6jS2vU9nR@mail.gmail.com>"),
         multipart("alternative", [leaf("text/plain", plain, "utf-8", "base64"),
                                   leaf("text/html", html, "utf-8", "base64")], "000000000000a3f1e5058f9c2b7d"),
         date=tm("2019-08-09 11:47:24", "+0600"),
         mx=("mail-io1-f66.google.com", "209.85.166.66", "464Pq62tJyz7"))

    # ru4 — Russia correction: only the session changes (to the Council Working Group session)
    body = """Уважаемый господин Кларк!

В дополнение к нашему письму от 6 августа 2019 г. сообщаем, что в связи с изменением графика О.С. Иванова не сможет принять участие в сессии в Будапеште. Просим зарегистрировать её для участия в консультационной сессии, которая пройдёт в ходе заседаний рабочих групп Совета в начале 2020 года.

С уважением,
Н.В. Смирнов
Минкомсвязь России"""
    r = tm("2019-08-20 14:30:08")
    emit("ru4", "ru_004.eml", "ru", "correction", "RUS", r,
         hdrs(addr("Смирнов Николай Викторович", "n.smirnov@minsvyaz.ru", "windows-1251"), "sme@itu.int",
              ew("Изменение: участие в консультационной сессии (CI-19/35)", "windows-1251"),
              "<4D1B7A9E2C3F4E80@EXCH2.minsvyaz.ru>", "Content-Language: ru-RU", reply=False),
         leaf("text/plain", body, "windows-1251", "base64"),
         delegates=[D("Иванова Ольга Сергеевна", None, None, ["О.С. Иванова"])],
         sessions=["cwg-2020"], supersedes="ru1",
         date=tm("2019-08-20 15:30:01", "+0300"),
         mx=("mx.minsvyaz.ru", "195.19.94.41", "46D7Xs0hLmz1"))

    # ru5 — Kyrgyzstan, courteous decline
    body = """Уважаемые господа!

Государственный комитет информационных технологий и связи Кыргызской Республики выражает признательность за приглашение принять участие в консультационных сессиях.

К сожалению, в связи с плотным графиком мероприятий в сентябре текущего года Госкомсвязи не имеет возможности направить своего представителя в г. Будапешт. Надеемся на дальнейшее сотрудничество.

С уважением,
Отдел внешних связей
Госкомсвязи КР"""
    r = tm("2019-08-15 06:19:44")
    emit("ru5", "ru_005.eml", "ru", "decline", "KGZ", r,
         hdrs(addr("Госкомсвязи КР", "info@infocom.kg", "windows-1251"), "sme@itu.int",
              "Re: CI-19/35", "<1565849980.512473817@f412.i.mail.ru>", "X-Mailer: Mail.Ru Mailer 1.0"),
         leaf("text/plain", body, "windows-1251", "base64"),
         date=tm("2019-08-15 10:19:40", "+0600"),
         mx=("f412.i.mail.ru", "94.100.178.189", "467yP95D1wz3"))

    # ru6 — Uzbekistan, two delegates: full name + initials
    body = """Уважаемый господин Кристофер Кларк!

Министерство по развитию информационных технологий и коммуникаций Республики Узбекистан сообщает, что в первой консультационной сессии в г. Будапешт примут участие:

- Рахимов Шерзод Бахтиёрович — начальник управления развития цифровой экономики (sh.rahimov@mitc.uz);
- Т.А. Каримов — главный специалист отдела международного сотрудничества.

С уважением,
Заместитель министра
Б. Юлдашев"""
    r = tm("2019-08-14 08:58:13")
    emit("ru6", "ru_006.eml", "ru", "nomination", "UZB", r,
         hdrs(addr("MITC International", "int@mitc.uz"), "sme@itu.int",
              ew("Ответ на циркулярное письмо CI-19/35", "utf-8"), "<a0f83c2e1d4b5a69@mitc.uz>", reply=False),
         leaf("text/plain", body, "utf-8", "8bit"),
         delegates=[D("Рахимов Шерзод Бахтиёрович", "начальник управления развития цифровой экономики", "sh.rahimov@mitc.uz"),
                    D("Т.А. Каримов", "главный специалист отдела международного сотрудничества")],
         date=tm("2019-08-14 11:58:07", "+0500"),
         mx=("mail.mitc.uz", "213.230.64.17", "467KsD4WnTz6"))

    # ru7 — bounce in Russian (mailbox full)
    expl = """Это письмо создано автоматически сервером Mail.Ru.
Отвечать на него не нужно.

К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям:

tajik.ict@mail.ru
Не удалось доставить письмо, так как ящик получателя переполнен.

Рекомендуем вам связаться с получателем другим способом."""
    status = """Reporting-MTA: dns; mxs.mail.ru

Final-Recipient: rfc822; tajik.ict@mail.ru
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox size limit exceeded
"""
    orig = """Date: Tue, 13 Aug 2019 11:13:50 +0200
From: SME <sme@itu.int>
To: tajik.ict@mail.ru
Subject: Reminder: CI-19/35 - nominations due by 16 August 2019
Message-ID: <CI-19-35.reminder.20190813@itu.int>
"""
    parts = [leaf("text/plain", expl, "utf-8", "8bit"),
             (["Content-Type: message/delivery-status"], status.encode()),
             (["Content-Type: text/rfc822-headers"], orig.encode())]
    r = tm("2019-08-13 11:14:20")
    emit("ru7", "ru_007.eml", "ru", "bounce", None, r,
         hdrs(addr("Mail Delivery System", "mailer-daemon@corp.mail.ru"), "sme@itu.int",
              ew("Недоставленное сообщение", "utf-8"), "<E1hxTgm-0003Hk-Kp@mxs.mail.ru>",
              "Auto-Submitted: auto-replied", reply=False),
         multipart("report", parts, "1565687660-2Bq7Xy", " report-type=delivery-status;"),
         date=tm("2019-08-13 12:14:20", "+0300"),
         mx=("mxs.mail.ru", "94.100.180.31", "466qTx6JzNz5"))


def ukrainian():
    # uk1 — Ukraine, genitive/accusative, late by minutes while the Date header is on time
    body = """Шановний пане Кларк!

Національна комісія, що здійснює державне регулювання у сферах зв'язку та інформатизації (НКРЗІ), висловлює зацікавленість у консультаційних сесіях щодо підтримки технологічних та інноваційних МСП та має честь повідомити про делегування для участі у першій сесії в Будапешті заступника директора департаменту міжнародного співробітництва Бондаренка Олександра Петровича (Oleksandr Bondarenko), e-mail: o.bondarenko@nkrzi.gov.ua.

Просимо вибачення за затримку з відповіддю.

З повагою,
Департамент міжнародного співробітництва НКРЗІ
м. Київ, вул. Солом'янська, 29"""
    r = tm("2019-08-17 00:40:26")
    emit("uk1", "uk_001.eml", "uk", "nomination", "UKR", r,
         hdrs(addr("НКРЗІ, міжнародний департамент", "intl@nkrzi.gov.ua", "windows-1251"), "sme@itu.int",
              "RE: " + SUBJ_EN, "<003c01d55471$9e2a4b10$da7ee130$@nkrzi.gov.ua>", "X-Mailer: Microsoft Outlook 15.0",
              "Content-Language: uk"),
         leaf("text/plain", body, "windows-1251", "quoted-printable"),
         delegates=[D("Бондаренко Олександр Петрович", "заступник директора департаменту міжнародного співробітництва",
                      "o.bondarenko@nkrzi.gov.ua", ["Бондаренка Олександра Петровича", "Oleksandr Bondarenko"])],
         date=tm("2019-08-16 23:41:09", "+0300"),
         inner=[f"Received: from PC-INTL07 (unknown [10.1.7.37])\n\tby mail.nkrzi.gov.ua (Postfix) with ESMTPA id 46A2bC0XyZ\n\tfor <sme@itu.int>; {rfc(tm('2019-08-17 01:40:19', '+0300'))}"],
         mx=("mail.nkrzi.gov.ua", "194.44.29.99", "469rCm3VbLz8"))

    # uk2 — Permanent Mission of Ukraine, inquiry
    body = """Шановні колеги,

Постійне представництво України при Відділенні ООН та інших міжнародних організаціях у Женеві звертається з проханням уточнити:

1) чи потрібна окрема реєстрація на ITU Telecom World 2019 для учасника консультаційної сесії в Будапешті;
2) чи передбачена онлайн-трансляція сесії для тих, хто не зможе прибути особисто.

Заздалегідь дякуємо.

З повагою,
Постійне представництво України в Женеві"""
    r = tm("2019-08-02 11:55:03")
    emit("uk2", "uk_002.eml", "uk", "inquiry", "UKR", r,
         hdrs(addr("Постійне представництво України в Женеві", "mission.geneva@mfa.gov.ua", "utf-8"), "sme@itu.int",
              ew("Запит щодо CI-19/35", "utf-8"), "<6b2e1f07-9c3d-4a8e-b1f5-0d7c2a9e4f13@mfa.gov.ua>", reply=False),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         mx=("mail.mfa.gov.ua", "195.78.68.5", "460Wd21LqHz0"))


# ================================================================ Spanish, Portuguese

def spanish():
    # es1 — Mexico
    body = """Estimado Sr. Clark:

En atención a la Carta Circular CI-19/35 de fecha 23 de julio de 2019, por medio del presente me permito informarle que el Instituto Federal de Telecomunicaciones (IFT) tiene interés en participar en las sesiones de consulta "Fomento de las pymes de tecnología e innovación".

Para tal efecto, la Lic. María Fernanda Gutiérrez Ortega, Directora General Adjunta de Asuntos Internacionales, ha sido designada para asistir a la primera sesión, a celebrarse en Budapest el próximo 10 de septiembre. Su correo electrónico es maria.gutierrez@ift.org.mx.

Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.

Atentamente,

Ricardo Salinas Peña
Titular de la Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México

"Este correo electrónico y sus anexos son confidenciales y para uso exclusivo del destinatario."""
    r = tm("2019-08-05 18:22:40")
    emit("es1", "es_001.eml", "es", "nomination", "MEX", r,
         hdrs(addr("Ricardo Salinas Peña", "ricardo.salinas@ift.org.mx", "utf-8", "Q"), "sme@itu.int",
              "RE: " + SUBJ_EN, "<BN6PR11MB1652D1E8A3C40F7B2E9A4C5DA4A20@BN6PR11MB1652.namprd11.prod.outlook.com>",
              "Content-Language: es-MX"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         delegates=[D("María Fernanda Gutiérrez Ortega", "Directora General Adjunta de Asuntos Internacionales",
                      "maria.gutierrez@ift.org.mx")],
         date=tm("2019-08-05 11:22:34", "-0500"),
         mx=("NAM04-BN3-obe.outbound.protection.outlook.com", "40.107.68.103", "461v0m4TxBz5"))

    # es2 — Colombia, HTML-only table, Budapest + WSIS
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Respetado señor Clark:</p>
<p>En respuesta a la Circular CI-19/35, el Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia (MinTIC) se permite informar los funcionarios designados para la primera sesión de consulta en Budapest:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#FFD200"><th>Nombres y apellidos</th><th>Cargo</th><th>Correo electrónico</th></tr>
<tr><td>Andrés Felipe Rojas Cárdenas</td><td>Asesor del Despacho del Viceministro de Economía Digital</td><td>arojas@mintic.gov.co</td></tr>
<tr><td>Laura Catalina Mejía Restrepo</td><td>Coordinadora de Emprendimiento Digital</td><td>lmejia@mintic.gov.co</td></tr>
</table>
<p>Igualmente, estos funcionarios participarán en la sesión prevista durante el Foro de la CMSI 2020.</p>
<p>Cordialmente,</p>
<p><b>Oficina Internacional</b><br>Ministerio de Tecnologías de la Información y las Comunicaciones<br>Edificio Murillo Toro, Bogotá D.C., Colombia</p>
<p style="font-size:8pt;color:gray">AVISO LEGAL: Este mensaje es confidencial. Si usted no es el destinatario, por favor bórrelo.</p>
</div></body></html>"""
    r = tm("2019-08-08 22:40:15")
    emit("es2", "es_002.eml", "es", "nomination", "COL", r,
         hdrs(addr("Oficina Internacional MinTIC", "internacional@mintic.gov.co"), "sme@itu.int",
              "=?iso-8859-1?Q?Designaci=F3n_de_funcionarios_-_Circular_CI-19/35?=",
              "<CO2PR01MB2139E7A1F5C8B3D4E6A0B2C1D5F90@CO2PR01MB2139.prod.exchangelabs.com>", reply=False),
         leaf("text/html", html, "iso-8859-1", "quoted-printable"),
         delegates=[D("Andrés Felipe Rojas Cárdenas", "Asesor del Despacho del Viceministro de Economía Digital", "arojas@mintic.gov.co"),
                    D("Laura Catalina Mejía Restrepo", "Coordinadora de Emprendimiento Digital", "lmejia@mintic.gov.co")],
         sessions=["budapest-2019", "wsis-2020"],
         date=tm("2019-08-08 15:40:09", "-0500"),
         mx=("NAM02-CY1-obe.outbound.protection.outlook.com", "40.107.76.81", "464f8S1JrWz2"))

    # es3 — Colombia correction: one delegate replaced, full list restated
    body = """Respetado señor Clark:

Con relación a nuestro correo del 8 de agosto, nos permitimos informar que la señora Laura Catalina Mejía Restrepo no podrá asistir. En su reemplazo, la delegación de Colombia para la sesión de Budapest y para la sesión del Foro de la CMSI 2020 quedará conformada así:

1. Andrés Felipe Rojas Cárdenas, Asesor del Despacho del Viceministro de Economía Digital (arojas@mintic.gov.co)
2. Juan Sebastián Ortiz Peña, Director de Desarrollo de la Industria TI (jsortiz@mintic.gov.co)

Agradecemos tomar nota de este cambio.

Cordialmente,
Oficina Internacional - MinTIC"""
    r = tm("2019-08-15 19:05:50")
    emit("es3", "es_003.eml", "es", "correction", "COL", r,
         hdrs(addr("Oficina Internacional MinTIC", "internacional@mintic.gov.co"), "sme@itu.int",
              "=?iso-8859-1?Q?Cambio_en_la_delegaci=F3n_-_CI-19/35?=",
              "<CO2PR01MB2139A2B9C0D7E8F1A3B4C5D6E7F80@CO2PR01MB2139.prod.exchangelabs.com>", reply=False),
         leaf("text/plain", body, "iso-8859-1", "quoted-printable"),
         delegates=[D("Andrés Felipe Rojas Cárdenas", "Asesor del Despacho del Viceministro de Economía Digital", "arojas@mintic.gov.co"),
                    D("Juan Sebastián Ortiz Peña", "Director de Desarrollo de la Industria TI", "jsortiz@mintic.gov.co")],
         sessions=["budapest-2019", "wsis-2020"], supersedes="es2",
         date=tm("2019-08-15 12:05:44", "-0500"),
         mx=("NAM02-CY1-obe.outbound.protection.outlook.com", "40.107.76.81", "468Rpq2ZsYz4"))

    # es4 — Argentina, indirect decline
    body = """De mi mayor consideración:

Agradezco la amable invitación cursada mediante la Circular CI-19/35 y le hago llegar el reconocimiento de esta Secretaría por la iniciativa.

Por razones de agenda, lamentablemente no nos será posible contar con un representante en Budapest en esta oportunidad. Quedamos atentos a futuras convocatorias sobre la materia.

Saludo a Ud. muy atentamente.

Dirección de Relaciones Internacionales
Secretaría de Gobierno de Modernización
Jefatura de Gabinete de Ministros – República Argentina"""
    r = tm("2019-08-13 21:10:27")
    emit("es4", "es_004.eml", "es", "decline", "ARG", r,
         hdrs(addr("Relaciones Internacionales - SGM", "rrii@modernizacion.gob.ar"), "sme@itu.int",
              "Re: CI-19/35", "<e4b07a1c-3d2f-9e8b-71a6-0c5d4f3e2b1a@modernizacion.gob.ar>"),
         leaf("text/plain", body, "utf-8", "base64"),
         date=tm("2019-08-13 16:10:21", "-0300"),
         mx=("mail.modernizacion.gob.ar", "200.45.191.35", "466z0J3KqTz1"))

    # es5 — Spain, interest only (Budapest and WSIS Forum 2020)
    body = """Estimado Sr. Clark:

La Secretaría de Estado para el Avance Digital agradece la invitación recibida y manifiesta su interés en participar tanto en la sesión de consulta de Budapest como en la que se celebre en el marco del Foro de la CMSI 2020.

En los próximos días les comunicaremos el nombre de la persona que asistirá.

Un cordial saludo,

Subdirección General de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
Paseo de la Castellana 162, 28046 Madrid"""
    r = tm("2019-08-12 12:33:46")
    emit("es5", "es_005.eml", "es", "interest_only", "ESP", r,
         hdrs(addr("SG Relaciones Internacionales SEAD", "sgri@mineco.es"), "sme@itu.int",
              "RE: " + SUBJ_EN, "<A9F3E2D1C0B84A7F9E6D5C4B3A2F1E0D@MINECOEX02.mineco.es>"),
         leaf("text/plain", body, "iso-8859-15", "quoted-printable"),
         sessions=["budapest-2019", "wsis-2020"],
         mx=("smtp2.mineco.es", "193.146.1.120", "466Lm91cVxz8"))

    # es6 — Paraguay, self-nomination from gmail, late, Date header looks on time
    body = """Estimados señores de la UIT:

Por la presente confirmo mi participación, en representación de la República del Paraguay, en la primera sesión de consulta sobre pymes de tecnología e innovación que se realizará en Budapest el 10 de septiembre.

Pido disculpas por la demora en la respuesta.

Saludos cordiales,

Ing. Carlos Daniel Benítez Aquino
Gerente de Planificación Estratégica
Comisión Nacional de Telecomunicaciones (CONATEL)
Asunción, Paraguay
Cel. +595 981 445 210"""
    r = tm("2019-08-19 14:10:37")
    emit("es6", "es_006.eml", "es", "nomination", "PRY", r,
         hdrs(addr("Carlos Benítez", "carlosbenitez.conatel@gmail.com", "utf-8", "Q"), "sme@itu.int",
              "Re: " + SUBJ_EN, "<CAK7r2_Hp0vQ9mZx3Ty6LsW1eN8bJ4cF5dG0aR7u@mail.gmail.com>"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         delegates=[D("Carlos Daniel Benítez Aquino", "Gerente de Planificación Estratégica, CONATEL",
                      "carlosbenitez.conatel@gmail.com", ["Carlos Benítez"])],
         date=tm("2019-08-16 17:02:11", "-0400"),
         mx=("mail-qk1-f180.google.com", "209.85.222.180", "46BwHc0JnPz6"))

    # es7 — Peru, inquiry
    body = """Estimados:

El Ministerio de Transportes y Comunicaciones del Perú ha recibido la Circular CI-19/35. A fin de designar a nuestro representante, quisiéramos consultar:

- ¿La sesión de Budapest contará con interpretación al español?
- ¿Existe algún formulario de inscripción o basta con el envío del nombre por correo?

Agradeceremos su pronta respuesta.

Atentamente,
Oficina de Cooperación y Asuntos Internacionales
Ministerio de Transportes y Comunicaciones – Lima"""
    r = tm("2019-08-01 17:48:00")
    emit("es7", "es_007.eml", "es", "inquiry", "PER", r,
         hdrs(addr("OCAI MTC", "ocai@mtc.gob.pe"), "sme@itu.int", "Consulta - Circular CI-19/35",
              "<000001d54888$1f2e3d40$5d6c7b80$@mtc.gob.pe>", "X-Mailer: Microsoft Outlook 16.0", reply=False),
         leaf("text/plain", body, "windows-1252", "quoted-printable"),
         date=tm("2019-08-01 10:47:53", "-0500"),
         mx=("correo.mtc.gob.pe", "190.216.184.37", "460d3B0xWkz9"))

    # es8 — out-of-office
    body = """Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 19 de agosto con acceso limitado al correo electrónico. Para asuntos urgentes, favor de comunicarse con la Lic. Patricia Romero al correo promero@sct.gob.mx.

Saludos cordiales,
Alejandro Torres"""
    r = tm("2019-08-13 11:14:44")
    emit("es8", "es_008.eml", "es", "auto_reply", None, r,
         hdrs(addr("Alejandro Torres Vázquez", "atorres@sct.gob.mx", "utf-8", "Q"), "SME <sme@itu.int>",
              "=?utf-8?Q?Respuesta_autom=C3=A1tica:_Reminder:_CI-19/35?=",
              "<7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d@SCTEXCH01.sct.gob.mx>", "Auto-Submitted: auto-replied",
              "In-Reply-To: <CI-19-35.reminder.20190813@itu.int>", reply=False),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         date=tm("2019-08-13 04:14:39", "-0500"),
         mx=("mail.sct.gob.mx", "200.57.141.19", "466qVw4rJKz1"))


def portuguese():
    # pt1 — Brazil
    body = """Prezado Senhor Christopher Clark,

Em resposta à Carta Circular CI-19/35, de 23 de julho de 2019, a Agência Nacional de Telecomunicações (Anatel) tem a satisfação de indicar o Sr. João Paulo Cavalcanti de Albuquerque, Gerente de Acompanhamento Econômico da Prestação, como representante do Brasil na primeira sessão de consulta, a realizar-se em Budapeste, no dia 10 de setembro de 2019, durante o ITU Telecom World.

Contato: joaopaulo.albuquerque@anatel.gov.br

Atenciosamente,

Assessoria Internacional – AIN
Agência Nacional de Telecomunicações – Anatel
SAUS Quadra 06, Blocos C, E, F e H – Brasília/DF"""
    r = tm("2019-08-07 20:14:09")
    emit("pt1", "pt_001.eml", "pt", "nomination", "BRA", r,
         hdrs(addr("Assessoria Internacional - Anatel", "ain@anatel.gov.br"), "sme@itu.int",
              "=?iso-8859-1?Q?Indica=E7=E3o_-_CI-19/35?=", "<9d8c7b6a5f4e3d2c1b0a@anatel.gov.br>", reply=False),
         leaf("text/plain", body, "iso-8859-1", "8bit"),
         delegates=[D("João Paulo Cavalcanti de Albuquerque", "Gerente de Acompanhamento Econômico da Prestação",
                      "joaopaulo.albuquerque@anatel.gov.br")],
         date=tm("2019-08-07 15:14:03", "-0300"),
         mx=("mx.anatel.gov.br", "200.252.158.6", "463nF15wRtz0"))

    # pt2 — Mozambique, field block, Council Working Group session only
    body = """Exmo. Senhor,

Com referência à Circular CI-19/35, o Instituto Nacional das Comunicações de Moçambique (INCM) vem por este meio indicar a sua representante:

Nome: Célia
Apelido: Macuácua
Cargo: Chefe do Departamento de Inovação e Empreendedorismo
E-mail: cmacuacua@incm.gov.mz

Por razões de agenda, a Sra. Célia Macuácua não poderá deslocar-se a Budapeste, pelo que participará apenas na sessão a realizar em Genebra durante as reuniões dos Grupos de Trabalho do Conselho, no início de 2020.

Com os melhores cumprimentos,

Departamento de Relações Internacionais
INCM – Maputo"""
    r = tm("2019-08-14 13:21:08")
    emit("pt2", "pt_002.eml", "pt", "nomination", "MOZ", r,
         hdrs(addr("DRI INCM", "dri@incm.gov.mz"), "sme@itu.int", "RE: " + SUBJ_EN,
              "<002b01d5529a$4c3d2e10$e4b78a30$@incm.gov.mz>", "X-Mailer: Microsoft Outlook 16.0"),
         leaf("text/plain", body, "windows-1252", "quoted-printable"),
         delegates=[D("Célia Macuácua", "Chefe do Departamento de Inovação e Empreendedorismo", "cmacuacua@incm.gov.mz")],
         sessions=["cwg-2020"],
         mx=("mail.incm.gov.mz", "196.28.230.10", "467g5Z3FcLz2"))

    # pt3 — Portugal, polite decline
    body = """Exmo. Senhor,

Agradecemos o convite formulado na Circular CI-19/35, iniciativa que a ANACOM acompanha com todo o interesse.

Lamentamos informar que, por motivos de calendário, não nos será possível fazer-nos representar na sessão de Budapeste. Teremos todo o gosto em acompanhar os resultados e em considerar a participação em futuras sessões.

Com os melhores cumprimentos,

Direção de Relações Internacionais
ANACOM – Autoridade Nacional de Comunicações
Av. José Malhoa, 12 – 1099-017 Lisboa"""
    r = tm("2019-08-12 16:55:29")
    emit("pt3", "pt_003.eml", "pt", "decline", "PRT", r,
         hdrs(addr("Relações Internacionais ANACOM", "dri@anacom.pt", "iso-8859-1", "Q"), "sme@itu.int",
              "RE: CI-19/35", "<F1E2D3C4B5A69788@EXMB01.anacom.pt>"),
         leaf("text/plain", body, "iso-8859-1", "quoted-printable"),
         date=tm("2019-08-12 15:55:24", "+0100"),
         mx=("smtp.anacom.pt", "193.136.126.40", "466X8n1PqMz7"))


# ================================================================ other languages

def others():
    # de1 — Austria, multipart/alternative, academic title, WSIS undecided
    plain = """Sehr geehrter Herr Clark,

bezugnehmend auf das Rundschreiben CI-19/35 darf ich Ihnen mitteilen, dass Österreich an der ersten Konsultationssitzung am 10. September 2019 in Budapest teilnehmen wird.

Als Vertreterin wird Frau Mag. Sabine Huber, Referentin in der Abteilung Telekom-Recht und Frequenzpolitik, nominiert (sabine.huber@bmvit.gv.at).

Ob wir uns auch an der Sitzung im Rahmen des WSIS-Forums 2020 beteiligen, ist derzeit noch offen.

Mit freundlichen Grüßen

Dr. Markus Leitner
Bundesministerium für Verkehr, Innovation und Technologie
Sektion III – Innovation und Telekommunikation
Radetzkystraße 2, 1030 Wien"""
    html = ("<html><body><div style=\"font-family:Arial;font-size:10pt\">"
            + plain.replace("\n\n", "</div><div>&nbsp;</div><div>").replace("\n", "<br>") + "</div></body></html>")
    r = tm("2019-08-09 09:37:15")
    emit("de1", "de_001.eml", "de", "nomination", "AUT", r,
         hdrs(addr("Leitner Markus", "markus.leitner@bmvit.gv.at"), "\"sme@itu.int\" <sme@itu.int>",
              "AW: " + SUBJ_EN, "<5C1F2E3D4A5B6C7D8E9F0A1B2C3D4E5F@BMVIT-MBX01.bmvit.local>",
              "Content-Language: de-AT"),
         multipart("alternative", [leaf("text/plain", plain, "iso-8859-1", "quoted-printable"),
                                   leaf("text/html", html, "iso-8859-1", "quoted-printable")],
                   "_000_5C1F2E3D4A5B6C7D8E9F0A1B2C3D4E5FBMVITMBX01bmvitlocal_"),
         delegates=[D("Sabine Huber", "Referentin, Abteilung Telekom-Recht und Frequenzpolitik", "sabine.huber@bmvit.gv.at")],
         mx=("mail.bmvit.gv.at", "194.232.110.5", "464Rk02HsWz3"))

    # de2 — out-of-office
    body = """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 30.08.2019 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Herrn Thomas Berger (thomas.berger@bnetza.de, Tel. +49 228 14-0).

Mit freundlichen Grüßen
Claudia Vogt"""
    r = tm("2019-08-13 11:14:38")
    emit("de2", "de_002.eml", "de", "auto_reply", None, r,
         hdrs(addr("Vogt, Claudia", "claudia.vogt@bnetza.de"), "SME <sme@itu.int>",
              "Abwesenheitsnotiz: Reminder: CI-19/35 - nominations due by 16 August 2019",
              "<3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b@BNA-EX02.bnetza.local>", "Auto-Submitted: auto-replied",
              "In-Reply-To: <CI-19-35.reminder.20190813@itu.int>", reply=False),
         leaf("text/plain", body, "iso-8859-1", "quoted-printable"),
         mx=("mx1.bnetza.de", "194.95.174.12", "466qVt2BgYz5"))

    # de3 — Switzerland, interest only (Swiss spelling)
    body = """Sehr geehrter Herr Clark

Besten Dank für Ihr Rundschreiben CI-19/35. Das Bundesamt für Kommunikation (BAKOM) bekundet hiermit sein Interesse an den Konsultationen zur Förderung von Technologie- und Innovations-KMU.

Den Namen unserer Vertreterin oder unseres Vertreters für die Sitzung in Budapest werden wir Ihnen so rasch wie möglich mitteilen.

Freundliche Grüsse

Abteilung Internationales
Bundesamt für Kommunikation BAKOM
Zukunftstrasse 44, 2501 Biel"""
    r = tm("2019-08-13 14:02:51")
    emit("de3", "de_003.eml", "de", "interest_only", "CHE", r,
         hdrs(addr("BAKOM Internationales", "international@bakom.admin.ch"), "sme@itu.int",
              "AW: CI-19/35", "<0e9d8c7b6a5f4e3d@SB00345.adb.intra.admin.ch>", "Content-Language: de-CH"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         mx=("mailout.admin.ch", "162.23.1.21", "466VbC1XrNz4"))

    # it1 — Italy, two delegates, Budapest and WSIS Forum 2020
    body = """Gentile Dott. Clark,

con riferimento alla Circolare CI-19/35, il Ministero dello Sviluppo Economico conferma il proprio interesse per l'iniziativa e segnala quali partecipanti il Dott. Giuseppe Russo, Dirigente della Divisione Affari internazionali (giuseppe.russo@mise.gov.it), e la Dott.ssa Chiara Bellini, funzionaria della medesima Divisione (chiara.bellini@mise.gov.it).

Entrambi prenderanno parte alla sessione di Budapest e, successivamente, a quella prevista in occasione del Forum WSIS 2020.

Cordiali saluti,

Direzione Generale per la Pianificazione e la Gestione dello Spettro Radioelettrico
Ministero dello Sviluppo Economico
Viale America 201, 00144 Roma"""
    r = tm("2019-08-02 10:48:36")
    emit("it1", "it_001.eml", "it", "nomination", "ITA", r,
         hdrs(addr("Segreteria DGPGSR", "segreteria.dgpgsr@mise.gov.it"), "sme@itu.int",
              "R: " + SUBJ_EN, "<AM0PR09MB2546C3E8D1F04A2B7E9C1D5F3A6B0@AM0PR09MB2546.eurprd09.prod.outlook.com>"),
         leaf("text/plain", body, "iso-8859-1", "quoted-printable"),
         delegates=[D("Giuseppe Russo", "Dirigente della Divisione Affari internazionali", "giuseppe.russo@mise.gov.it"),
                    D("Chiara Bellini", "funzionaria della Divisione Affari internazionali", "chiara.bellini@mise.gov.it")],
         sessions=["budapest-2019", "wsis-2020"],
         mx=("EUR02-VE1-obe.outbound.protection.outlook.com", "40.107.6.61", "460Yt13RnKz8"))

    # it2 — San Marino, interest only
    body = """Egregio Signor Clark,

la Segreteria di Stato per gli Affari Esteri della Repubblica di San Marino ringrazia per la cortese comunicazione e manifesta interesse a partecipare alla prima sessione di consultazione di Budapest.

Ci riserviamo di comunicare quanto prima il nominativo del partecipante.

Distinti saluti,

Dipartimento Affari Esteri
Repubblica di San Marino"""
    r = tm("2019-08-16 12:19:07")
    emit("it2", "it_002.eml", "it", "interest_only", "SMR", r,
         hdrs(addr("Dipartimento Affari Esteri", "affari.esteri@gov.sm"), "sme@itu.int", "Circolare CI-19/35",
              "<1565950741.31f2@gov.sm>", reply=False),
         leaf("text/plain", body, "utf-8", "8bit"),
         mx=("mail.gov.sm", "212.54.192.30", "468xKq0DfHz2"))

    # tr1 — Turkey, multipart, "Adı Soyadı" field
    plain = """Sayın Christopher Clark,

CI-19/35 sayılı genelge ile davet edilen "Teknoloji ve inovasyon KOBİ'lerinin desteklenmesi" konulu istişare toplantılarına ilişkin olarak, 10 Eylül 2019 tarihinde Budapeşte'de yapılacak ilk oturuma Kurumumuzu temsilen katılacak personelin bilgileri aşağıda sunulmaktadır:

Adı Soyadı: Mehmet Emre Yıldız
Unvanı: Daire Başkanı, Uluslararası İlişkiler Dairesi
E-posta: memre.yildiz@btk.gov.tr

Bilgilerinize arz ederim.

Saygılarımla,

Ayşe Demirtaş
Uzman, Uluslararası İlişkiler Dairesi
Bilgi Teknolojileri ve İletişim Kurumu (BTK)
Yeşilırmak Sok. No:16 Demirtepe, Ankara"""
    html = "<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    r = tm("2019-08-15 09:20:03")
    emit("tr1", "tr_001.eml", "tr", "nomination", "TUR", r,
         hdrs(addr("Ayşe Demirtaş", "ayse.demirtas@btk.gov.tr", "iso-8859-9", "Q"), "sme@itu.int",
              "YNT: " + SUBJ_EN, "<8A9B0C1D2E3F4A5B@btkmail01.btk.gov.tr>"),
         multipart("alternative", [leaf("text/plain", plain, "iso-8859-9", "quoted-printable"),
                                   leaf("text/html", html, "iso-8859-9", "quoted-printable")],
                   "----=_Part_41827_1208372610.1565853603112"),
         delegates=[D("Mehmet Emre Yıldız", "Daire Başkanı, Uluslararası İlişkiler Dairesi", "memre.yildiz@btk.gov.tr")],
         date=tm("2019-08-15 10:19:57", "+0300"),
         mx=("mail.btk.gov.tr", "212.175.160.70", "4683Xm2LtDz0"))

    # tr2 — out-of-office
    body = """Merhaba,

26 Ağustos 2019 tarihine kadar yıllık izindeyim. Acil konular için Sn. Burak Aydın (burak.aydin@uab.gov.tr) ile iletişime geçebilirsiniz.

İyi çalışmalar,
Zeynep Kaya"""
    r = tm("2019-08-13 11:14:52")
    emit("tr2", "tr_002.eml", "tr", "auto_reply", None, r,
         hdrs(addr("Zeynep Kaya", "zeynep.kaya@uab.gov.tr"), "SME <sme@itu.int>",
              "=?utf-8?Q?Otomatik_yan=C4=B1t:_Reminder:_CI-19/35?=", "<b7c6d5e4f3a2b1c0@exch.uab.gov.tr>",
              "Auto-Submitted: auto-replied", "In-Reply-To: <CI-19-35.reminder.20190813@itu.int>", reply=False),
         leaf("text/plain", body, "utf-8", "base64"),
         date=tm("2019-08-13 12:14:47", "+0300"),
         mx=("mail.uab.gov.tr", "212.175.134.5", "466qW03NcVz7"))

    # fa1 — Iran, transliteration in parentheses
    body = """جناب آقای کریستوفر کلارک
دبیرخانه اتحادیه بین‌المللی مخابرات

با سلام و احترام،

بازگشت به بخشنامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹، به استحضار می‌رساند سازمان تنظیم مقررات و ارتباطات رادیویی جمهوری اسلامی ایران آقای مهندس علیرضا دارابی (Alireza Darabi)، مدیرکل دفتر همکاری‌های بین‌المللی، را به عنوان نماینده در نخستین نشست مشورتی که در تاریخ ۱۰ سپتامبر ۲۰۱۹ در بوداپست برگزار می‌شود معرفی می‌نماید.

نشانی پست الکترونیکی: a.darabi@cra.ir

با تشکر و احترام
دفتر همکاری‌های بین‌المللی
سازمان تنظیم مقررات و ارتباطات رادیویی"""
    r = tm("2019-08-11 08:40:22")
    emit("fa1", "fa_001.eml", "fa", "nomination", "IRN", r,
         hdrs(addr("دفتر همکاری‌های بین‌المللی", "intl@cra.ir", "utf-8"), "sme@itu.int",
              ew("معرفی نماینده - CI-19/35", "utf-8"), "<20190811111005.7F3A2B1C@cra.ir>", reply=False),
         leaf("text/plain", body, "utf-8", "base64"),
         delegates=[D("علیرضا دارابی", "مدیرکل دفتر همکاری‌های بین‌المللی", "a.darabi@cra.ir", ["Alireza Darabi"])],
         date=tm("2019-08-11 11:10:05", "+0430"),
         mx=("mail.cra.ir", "217.218.155.10", "465jNp3WvTz1"))

    # fa2 — Afghanistan (Dari), interest only, windows-1256
    body = """محترم آقای کلارک،

با عرض سلام و احترام،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان از دعوت شما سپاسگزاری نموده و علاقمندی خود را به اشتراک در جلسات مشورتی مربوط به شرکت‌های کوچک و متوسط تکنالوژی ابراز می‌دارد.

نام نماینده برای جلسه بوداپست متعاقباً به آگاهی شما رسانیده خواهد شد.

با احترام
ریاست روابط بین‌المللی
وزارت مخابرات و تکنالوژی معلوماتی - کابل"""
    body = body.replace("ی", "ي").replace("ک", "ك")  # what a cp1256 client stores
    r = tm("2019-08-14 07:12:40")
    emit("fa2", "fa_002.eml", "fa", "interest_only", "AFG", r,
         hdrs(addr("MCIT International Relations", "intrel@mcit.gov.af"), "sme@itu.int", "Re: CI-19/35",
              "<000f01d55263$a1b2c3d4$e5f6a7b8$@mcit.gov.af>", "X-Mailer: Microsoft Outlook 14.0"),
         leaf("text/plain", body, "windows-1256", "quoted-printable"),
         date=tm("2019-08-14 09:42:35", "+0430"),
         mx=("mail.mcit.gov.af", "180.94.94.10", "467DfL4QrSz3"))

    # id1 — Indonesia, honorific + degrees around the name
    body = """Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran ITU Nomor CI-19/35 tanggal 23 Juli 2019, bersama ini kami sampaikan bahwa Kementerian Komunikasi dan Informatika Republik Indonesia menugaskan Sdr. Ir. Ahmad Syarifuddin, M.Sc., Kepala Subdirektorat Kerja Sama Multilateral, sebagai wakil Indonesia pada sesi konsultasi pertama di Budapest tanggal 10 September 2019.

Alamat surel yang bersangkutan: ahmad.syarifuddin@kominfo.go.id

Atas perhatian dan kerja sama Bapak, kami ucapkan terima kasih.

Hormat kami,

Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
Jl. Medan Merdeka Barat No. 9, Jakarta 10110"""
    r = tm("2019-08-08 06:31:58")
    emit("id1", "id_001.eml", "id", "nomination", "IDN", r,
         hdrs(addr("Biro KSI Kominfo", "ksi@kominfo.go.id"), "sme@itu.int", "Re: " + SUBJ_EN,
              "<1565238712.59812.kominfo.go.id@webmail.kominfo.go.id>", "X-Mailer: Zimbra 8.8.10_GA_3039"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         delegates=[D("Ahmad Syarifuddin", "Kepala Subdirektorat Kerja Sama Multilateral", "ahmad.syarifuddin@kominfo.go.id")],
         date=tm("2019-08-08 11:31:52", "+0700"),
         mx=("mail.kominfo.go.id", "103.28.53.10", "463yKw5BgFz6"))

    # id2 — read receipt (MDN), Indonesian Outlook
    expl = """Pesan Anda

    Kepada: Dewi Lestari
    Subjek: Reminder: CI-19/35 - nominations due by 16 August 2019
    Dikirim: 13/08/2019 16:13

telah dibaca pada 14/08/2019 08:02."""
    mdn = """Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;dewi.lestari@kemlu.go.id
Original-Message-ID: <CI-19-35.reminder.20190813@itu.int>
Disposition: manual-action/MDN-sent-manually; displayed
"""
    parts = [leaf("text/plain", expl, "utf-8", "7bit"), (["Content-Type: message/disposition-notification"], mdn.encode())]
    r = tm("2019-08-14 03:02:30")
    emit("id2", "id_002.eml", "id", "auto_reply", None, r,
         hdrs(addr("Dewi Lestari", "dewi.lestari@kemlu.go.id"), "SME <sme@itu.int>",
              "Dibaca: Reminder: CI-19/35 - nominations due by 16 August 2019",
              "<9f8e7d6c5b4a39281706f5e4d3c2b1a0@EXMB02.kemlu.go.id>",
              "In-Reply-To: <CI-19-35.reminder.20190813@itu.int>", reply=False),
         multipart("report", parts, "_b8d7c6e5-mdn-report_", " report-type=disposition-notification;"),
         date=tm("2019-08-14 08:02:26", "+0700"),
         mx=("mail.kemlu.go.id", "103.12.84.7", "466yHq1PcMz9"))

    # ms1 — Malaysia, Received just before the deadline while the local Date already says 17 August
    body = """Tuan,

Dengan hormatnya saya merujuk kepada Surat Pekeliling ITU CI-19/35 bertarikh 23 Julai 2019.

2. Sukacita dimaklumkan bahawa Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) telah menamakan Encik Mohd Hafiz bin Abdul Rahman, Pengarah Bahagian Pembangunan Industri, untuk menyertai sesi konsultasi pertama di Budapest pada 10 September 2019. Beliau boleh dihubungi melalui e-mel hafiz.rahman@mcmc.gov.my.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Saya yang menjalankan amanah,

Nurul Aini binti Ismail
Jabatan Hubungan Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia, Cyberjaya"""
    r = tm("2019-08-16 23:58:40")
    emit("ms1", "ms_001.eml", "ms", "nomination", "MYS", r,
         hdrs(addr("Nurul Aini Ismail", "nurulaini@mcmc.gov.my"), "sme@itu.int", "RE: " + SUBJ_EN,
              "<KL1PR0401MB2234B7C1D9E04F3A8B2C6D1E5F7A9@KL1PR0401MB2234.apcprd04.prod.outlook.com>"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         delegates=[D("Mohd Hafiz bin Abdul Rahman", "Pengarah Bahagian Pembangunan Industri", "hafiz.rahman@mcmc.gov.my")],
         date=tm("2019-08-17 05:58:33", "+0800"),
         mx=("APC01-PU1-obe.outbound.protection.outlook.com", "40.107.131.45", "469D1x0QbZz4"))

    # ms2 — Brunei, polite decline
    body = """Tuan/Puan,

Dengan segala hormatnya kami merujuk kepada surat pekeliling CI-19/35.

Pihak Autoriti Industri Info-komunikasi (AITI) Negara Brunei Darussalam mengucapkan terima kasih atas jemputan tersebut. Walau bagaimanapun, dukacita dimaklumkan bahawa pihak kami tidak dapat menghantar wakil ke sesi konsultasi di Budapest kerana komitmen lain yang telah dijadualkan lebih awal.

Sekian, terima kasih.

Bahagian Antarabangsa
AITI, Bandar Seri Begawan"""
    r = tm("2019-08-12 04:44:16")
    emit("ms2", "ms_002.eml", "ms", "decline", "BRN", r,
         hdrs(addr("AITI International", "international@aiti.gov.bn"), "sme@itu.int", "Re: CI-19/35",
              "<5f4e3d2c1b0a@aiti.gov.bn>"),
         leaf("text/plain", body, "utf-8", "7bit"),
         date=tm("2019-08-12 10:44:11", "+0800"),
         mx=("mail.aiti.gov.bn", "202.160.6.20", "466Gbw3XtRz0"))

    # sw1 — Tanzania
    body = """Ndugu Christopher Clark,

YAH: MASHAURIANO KUHUSU KUKUZA KAMPUNI NDOGO NA ZA KATI ZA TEKNOLOJIA NA UBUNIFU (CI-19/35)

Tafadhali rejea barua yako ya tarehe 23 Julai 2019 kuhusu somo tajwa hapo juu.

Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kukujulisha kuwa imemteua Bw. Juma Hamisi Mrisho, Meneja wa Uchumi na Ushindani, kuiwakilisha Tanzania katika kikao cha kwanza cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019. Barua pepe yake ni jmrisho@tcra.go.tz.

Tunashukuru kwa ushirikiano wako.

Wako katika ujenzi wa taifa,

Kitengo cha Mahusiano ya Kimataifa
Mamlaka ya Mawasiliano Tanzania
Mawasiliano Towers, Dar es Salaam"""
    r = tm("2019-08-06 10:20:35")
    emit("sw1", "sw_001.eml", "sw", "nomination", "TZA", r,
         hdrs(addr("TCRA Mahusiano ya Kimataifa", "intrelations@tcra.go.tz"), "sme@itu.int",
              "Re: CI-19/35 - Uteuzi", "<20190806112029.3B7C1A0042@mail.tcra.go.tz>"),
         leaf("text/plain", body, "utf-8", "7bit"),
         delegates=[D("Juma Hamisi Mrisho", "Meneja wa Uchumi na Ushindani", "jmrisho@tcra.go.tz")],
         date=tm("2019-08-06 11:20:29", "+0300"),
         mx=("mail.tcra.go.tz", "196.41.56.34", "462nDk4VqXz5"))

    # sw2 — Kenya, interest only
    body = """Ndugu,

Wizara ya Habari, Mawasiliano na Teknolojia ya Jamhuri ya Kenya inakushukuru kwa barua yako CI-19/35 na ina nia ya kushiriki katika vikao vya mashauriano kuhusu kampuni ndogo na za kati za teknolojia.

Jina la mwakilishi wetu katika kikao cha Budapest litatumwa kwako hivi karibuni.

Wako,

Idara ya Ushirikiano wa Kimataifa
Wizara ya Habari, Mawasiliano na Teknolojia
Nairobi"""
    r = tm("2019-08-09 13:05:11")
    emit("sw2", "sw_002.eml", "sw", "interest_only", "KEN", r,
         hdrs(addr("Ushirikiano wa Kimataifa - MoICT", "intl.coop@ict.go.ke"), "sme@itu.int", "RE: CI-19/35",
              "<4c3b2a19f8e7d6c5@MAIL01.ict.go.ke>"),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         date=tm("2019-08-09 14:05:05", "+0300"),
         mx=("mail.ict.go.ke", "197.248.6.130", "464Rf81JcWz2"))

    # ja1 — Japan, Shift_JIS, title glued before the name
    body = """ITU事務局
クリストファー・クラーク様

いつもお世話になっております。
総務省国際戦略局国際経済課でございます。

回章CI-19/35にてご案内いただきました中小企業に関する協議会合につきまして、9月10日にブダペストで開催される第1回会合に、総務省国際戦略局国際経済課課長補佐の佐藤健一（Kenichi SATO）を派遣いたします。

連絡先：k-sato@soumu.go.jp

何卒よろしくお願い申し上げます。

総務省 国際戦略局 国際経済課
〒100-8926 東京都千代田区霞が関2-1-2"""
    r = tm("2019-08-08 03:15:44")
    emit("ja1", "ja_001.eml", "ja", "nomination", "JPN", r,
         hdrs(addr("総務省国際経済課", "kokusai-keizai@soumu.go.jp", "iso-2022-jp"), "sme@itu.int",
              ew("RE: CI-19/35 第1回協議会合への派遣者について", "iso-2022-jp"), "<20190808101538.0A1B2C3D@soumu.go.jp>"),
         leaf("text/plain", body, "shift_jis", "8bit"),
         delegates=[D("佐藤健一", "総務省国際戦略局国際経済課課長補佐", "k-sato@soumu.go.jp", ["Kenichi SATO"])],
         date=tm("2019-08-08 10:15:38", "+0900"),
         mx=("mail.soumu.go.jp", "202.214.194.20", "463wTn2JkQz8"))

    # ja2 — Japan correction: kanji of the name, late
    body = """ITU事務局
クリストファー・クラーク様

先日（8月8日）お送りしたメールにて、派遣者の氏名に誤記がございました。
大変失礼いたしました。正しくは以下のとおりです。

　誤：佐藤健一
　正：佐藤謙一（Kenichi SATO）

その他の内容に変更はございません。
よろしくお願いいたします。

総務省 国際戦略局 国際経済課"""
    r = tm("2019-08-20 02:48:09")
    emit("ja2", "ja_002.eml", "ja", "correction", "JPN", r,
         hdrs(addr("総務省国際経済課", "kokusai-keizai@soumu.go.jp", "iso-2022-jp"), "sme@itu.int",
              ew("【訂正】派遣者氏名について（CI-19/35）", "iso-2022-jp"), "<20190820094802.4E5F6A7B@soumu.go.jp>",
              reply=False),
         leaf("text/plain", body, "iso-2022-jp", "7bit"),
         delegates=[D("佐藤謙一", None, None, ["Kenichi SATO"])], supersedes="ja1",
         date=tm("2019-08-20 09:48:02", "+0900"),
         mx=("mail.soumu.go.jp", "202.214.194.20", "46CbMq4WyRz1"))

    # ko1 — Korea, EUC-KR multipart, title after the name, WSIS undecided
    plain = """Christopher Clark 님께,

국제전기통신연합(ITU) 회람 CI-19/35와 관련하여, 과학기술정보통신부는 2019년 9월 10일 부다페스트에서 개최되는 제1차 중소기업 협의 세션에 아래와 같이 참석자를 추천합니다.

- 성명: 김민준 (KIM Min-jun)
- 소속/직위: 과학기술정보통신부 국제협력담당관실 사무관
- 이메일: mjkim@msit.go.kr

2020년 WSIS 포럼 기간 중 세션 참석 여부는 추후 결정하여 알려드리겠습니다.

감사합니다.

과학기술정보통신부 국제협력담당관실
세종특별자치시 갈매로 477"""
    html = "<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    r = tm("2019-08-12 09:07:26")
    emit("ko1", "ko_001.eml", "ko", "nomination", "KOR", r,
         hdrs(addr("국제협력담당관실", "intl@msit.go.kr", "euc-kr"), "sme@itu.int",
              ew("RE: CI-19/35 제1차 협의 세션 참석자 추천", "euc-kr"), "<20190812160720.7C8D9E0F@msit.go.kr>"),
         multipart("alternative", [leaf("text/plain", plain, "euc-kr", "base64"),
                                   leaf("text/html", html, "euc-kr", "base64")], "=_NextPart_msit_20190812160720"),
         delegates=[D("김민준", "과학기술정보통신부 국제협력담당관실 사무관", "mjkim@msit.go.kr", ["KIM Min-jun"])],
         date=tm("2019-08-12 16:07:20", "+0900"),
         mx=("mail.msit.go.kr", "152.99.52.14", "466Gzq0NbLz9"))

    # ko2 — event invitation naming people (unrelated)
    body = """[초대] 2019 글로벌 스타트업 서밋 서울

안녕하십니까,
2019년 10월 17일(목) 서울 코엑스에서 열리는 글로벌 스타트업 서밋에 귀하를 초대합니다.

기조연설: 이정훈 대표 (넥스트벤처스)
패널토론: 최유진 교수 (한국과학기술원), 박성호 본부장 (창업진흥원)

참가 신청: www.globalstartupsummit.kr

수신을 원하지 않으시면 회신해 주십시오."""
    r = tm("2019-08-22 03:00:18")
    emit("ko2", "ko_002.eml", "ko", "unrelated", None, r,
         hdrs(addr("글로벌 스타트업 서밋", "invite@globalstartupsummit.kr", "euc-kr"), "sme@itu.int",
              ew("[초대] 2019 글로벌 스타트업 서밋 서울", "euc-kr"), "<gss2019.invite.0822.4471@globalstartupsummit.kr>",
              "Precedence: bulk", reply=False),
         leaf("text/plain", body, "euc-kr", "base64"),
         date=tm("2019-08-22 10:00:12", "+0900"),
         mx=("mail.globalstartupsummit.kr", "211.43.203.77", "46DrVm3XqYz5"))

    # pl1 — Poland, genitive case, Date header a few hours ahead (received before the deadline)
    body = """Szanowny Panie,

w odpowiedzi na pismo okólne CI-19/35 Ministerstwo Cyfryzacji uprzejmie informuje o zainteresowaniu udziałem w sesjach konsultacyjnych dotyczących wspierania MŚP z sektora technologii i innowacji.

Na pierwszą sesję w Budapeszcie zgłaszamy kandydaturę Pani Anny Kowalczyk-Nowak, naczelnik Wydziału Współpracy Międzynarodowej (anna.kowalczyk-nowak@mc.gov.pl).

Z wyrazami szacunku

Piotr Zieliński
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa"""
    r = tm("2019-08-16 22:10:05")
    emit("pl1", "pl_001.eml", "pl", "nomination", "POL", r,
         hdrs(addr("Zieliński Piotr", "piotr.zielinski@mc.gov.pl", "iso-8859-2", "Q"), "sme@itu.int",
              "Odp: " + SUBJ_EN, "<8b7a6c5d4e3f2a1b@mc.gov.pl>"),
         leaf("text/plain", body, "iso-8859-2", "quoted-printable"),
         delegates=[D("Anna Kowalczyk-Nowak", "naczelnik Wydziału Współpracy Międzynarodowej", "anna.kowalczyk-nowak@mc.gov.pl",
                      ["Anny Kowalczyk-Nowak"])],
         date=tm("2019-08-17 08:10:00", "+0200"),
         mx=("mx.mc.gov.pl", "195.187.100.18", "469kLp5QvNz7"))

    # pl2 — Poland (UKE), inquiry
    body = """Szanowni Państwo,

w związku z pismem okólnym CI-19/35 prosimy o informację, czy kandydatem na sesję w Budapeszcie może być przedstawiciel Polskiej Agencji Rozwoju Przedsiębiorczości (PARP), a nie pracownik administracji łączności, oraz czy przewidziano tłumaczenie symultaniczne.

Z poważaniem
Biuro Współpracy Międzynarodowej
Urząd Komunikacji Elektronicznej"""
    r = tm("2019-07-31 13:27:19")
    emit("pl2", "pl_002.eml", "pl", "inquiry", "POL", r,
         hdrs(addr("BWM UKE", "bwm@uke.gov.pl"), "sme@itu.int", "Pytanie - CI-19/35",
              "<5D417BDF.3000105@uke.gov.pl>", reply=False),
         leaf("text/plain", body, "utf-8", "8bit"),
         mx=("mx.uke.gov.pl", "195.187.7.20", "45zJh62DwRz3"))

    # vi1 — Viet Nam, Budapest + Council Working Group session
    body = """Kính gửi: Ông Christopher Clark, Ban Thư ký ITU

Phúc đáp Thư thông báo CI-19/35 ngày 23/7/2019, Bộ Thông tin và Truyền thông Việt Nam trân trọng cử ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác quốc tế, tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019, đồng thời tham dự phiên tham vấn trong khuôn khổ các cuộc họp Nhóm công tác của Hội đồng đầu năm 2020.

Địa chỉ thư điện tử: nvhung@mic.gov.vn

Trân trọng cảm ơn.

Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
18 Nguyễn Du, Hà Nội"""
    r = tm("2019-08-13 05:50:31")
    emit("vi1", "vi_001.eml", "vi", "nomination", "VNM", r,
         hdrs(addr("Vụ Hợp tác quốc tế", "htqt@mic.gov.vn", "utf-8"), "sme@itu.int",
              ew("V/v cử cán bộ tham dự phiên tham vấn CI-19/35", "utf-8"), "<1565668225.4417.mic.gov.vn@mail.mic.gov.vn>",
              reply=False),
         leaf("text/plain", body, "utf-8", "base64"),
         delegates=[D("Nguyễn Văn Hùng", "Phó Vụ trưởng Vụ Hợp tác quốc tế", "nvhung@mic.gov.vn")],
         sessions=["budapest-2019", "cwg-2020"],
         date=tm("2019-08-13 10:50:25", "+0700"),
         mx=("mail.mic.gov.vn", "203.162.4.190", "466sBv2HkTz0"))

    # vi2 — out-of-office
    body = """Xin chào,

Tôi đang đi công tác đến hết ngày 23/8/2019 và sẽ hạn chế kiểm tra thư. Trường hợp cần gấp, xin vui lòng liên hệ bà Trần Thị Mai (ttmai@mic.gov.vn).

Trân trọng,
Lê Quang Minh"""
    r = tm("2019-08-13 11:14:58")
    emit("vi2", "vi_002.eml", "vi", "auto_reply", None, r,
         hdrs(addr("Lê Quang Minh", "lqminh@mic.gov.vn", "utf-8"), "SME <sme@itu.int>",
              ew("Trả lời tự động: Reminder: CI-19/35", "utf-8"), "<auto.1565687698.lqminh@mail.mic.gov.vn>",
              "Auto-Submitted: auto-replied", "In-Reply-To: <CI-19-35.reminder.20190813@itu.int>", reply=False),
         leaf("text/plain", body, "utf-8", "quoted-printable"),
         date=tm("2019-08-13 16:14:53", "+0700"),
         mx=("mail.mic.gov.vn", "203.162.4.190", "466qW45MxBz2"))


# ================================================================ output

LANG_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish",
              "pt": "Portuguese", "de": "German", "it": "Italian", "tr": "Turkish", "fa": "Persian: Farsi, Dari",
              "id": "Indonesian", "ms": "Malay", "sw": "Swahili", "ja": "Japanese", "ko": "Korean", "pl": "Polish",
              "uk": "Ukrainian", "vi": "Vietnamese"}
KIND_ORDER = ["nomination", "correction", "interest_only", "decline", "inquiry", "auto_reply", "bounce", "unrelated"]


def readme(labels):
    langs, kinds = {}, {}
    for l in labels:
        langs[l["language"]] = langs.get(l["language"], 0) + 1
        kinds[l["kind"]] = kinds.get(l["kind"], 0) + 1
    late = sum(1 for l in labels if l["late"])
    dels = sum(len(l["delegates"]) for l in labels)
    out = ["# blind-2: a blind labelled corpus of replies to ITU circular CI-19/35 (sme@itu.int)", "",
           "Written by a helper session without reading the project's code, rules or earlier corpora' wording, so that "
           "it measures whether the extraction generalises to replies nobody has seen. Each reply was composed natively "
           "in its language as an official of that Member State (ministry, regulator or Permanent Mission in Geneva) "
           "would write it; no template is translated.", "",
           "Generated by `make_corpus.py` (Python 3.11, standard library only, deterministic: re-running gives "
           "byte-identical files; paths are relative to the script). Format: `shared/corpus/SCHEMA.md`.", "",
           "Messiness: windows-1251/1252/1256, koi8-r, gbk/gb2312, big5, shift_jis, iso-2022-jp, euc-kr, iso-8859-1/2/6/9/15, "
           "utf-8 in 8bit/base64/quoted-printable; HTML-only and multipart/alternative mail; quoted and forwarded "
           "circulars; signatures and disclaimers; gmail/yahoo senders; DSN and MDN reports; late replies and Date headers "
           "with clock skew (`received_at` and `late` come from the topmost `Received:` header of mx.itu.int).", "",
           f"Messages: {len(labels)}; delegates labelled: {dels}; late: {late}.", "",
           "Note: `fr_002.eml` gives its delegate only as separate surname / given-name fields, so neither the labelled "
           "name nor its alias occurs as one string in the text (a checker that looks for the name verbatim will flag it; "
           "that is intended).", "",
           "## Counts by language", "", "| language | messages |", "| --- | --- |"]
    for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} ({LANG_NAMES[k]}) | {v} |")
    out += ["", "## Counts by kind", "", "| kind | messages |", "| --- | --- |"]
    for k in KIND_ORDER:
        out.append(f"| {k} | {kinds.get(k, 0)} |")
    return "\n".join(out) + "\n"


def main():
    arabic()
    chinese()
    english()
    french()
    russian()
    ukrainian()
    spanish()
    portuguese()
    others()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = set()
    for file, raw, _ in MESSAGES:
        assert file not in files, file
        files.add(file)
        with open(os.path.join(OUT, file), "wb") as fh:
            fh.write(raw)
    labels = [l for _, _, l in sorted(MESSAGES, key=lambda m: m[0])]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(labels))
    print(f"{len(labels)} messages written to {OUT}")


if __name__ == "__main__":
    main()
