#!/usr/bin/env python3
"""Generate the blind-5 corpus: 80 hand-written replies to ITU circular CI-19/35.

Deterministic (no randomness, no clock): every message, header and timestamp is written out below.
Run:  python make_corpus.py   -> writes messages/*.eml and labels.jsonl next to this file.
Only the standard library ``email`` package is used to build the messages.
"""
from __future__ import annotations

import base64
import json
import quopri
from datetime import datetime, timedelta, timezone
from email import message_from_string
from email.header import Header
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
ITU = "sme@itu.int"
LATE_KINDS = {"nomination", "interest_only", "correction"}

MESSAGES: list[tuple[str, bytes, dict]] = []


def D(name, aliases=(), title=None, email=None):
    """One labelled delegate."""
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def _enc_header(value: str, charset: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = charset
        try:
            value.encode(_codec(cs))
        except UnicodeEncodeError:
            cs = "utf-8"
        return Header(value, cs).encode()


def _codec(charset: str) -> str:
    return {"windows-1256": "cp1256", "windows-1251": "cp1251", "windows-1250": "cp1250",
            "windows-1252": "cp1252", "windows-1255": "cp1255", "windows-1253": "cp1253",
            "windows-1254": "cp1254", "tis-620": "tis_620"}.get(charset, charset)


def _addr(name: str | None, addr: str, charset: str) -> str:
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()@;:"'):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{_enc_header(name, charset)} <{addr}>"


def part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp") -> Message:
    """A leaf text part, body encoded by hand in the given charset and transfer encoding."""
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    raw = text.replace("\r\n", "\n").encode(_codec(charset))
    if cte == "base64":
        m["Content-Transfer-Encoding"] = "base64"
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "qp":
        m["Content-Transfer-Encoding"] = "quoted-printable"
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:  # 7bit: ascii or iso-2022-jp
        raw.decode("ascii")
        m["Content-Transfer-Encoding"] = "7bit"
        m.set_payload(raw.decode("ascii"))
    return m


def itu_received(host: str, ip: str, when: str, qid: str, style: int = 0) -> str:
    if style == 1:
        return (f"from {host} ({ip}) by ITUEXCH02.itu.int (10.10.4.12) with Microsoft SMTP Server "
                f"(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1713.5; {when}")
    return (f"from {host} ({host} [{ip}])\n\tby mx2.itu.int (Postfix) with ESMTPS id {qid}\n"
            f"\tfor <sme@itu.int>; {when}")


def add(file, *, lang, kind, ms, frm, subject, date, rcv, host, ip="203.0.113.10", qid="4F1A2B3C",
        mid, text=None, html=None, charset="utf-8", cte="qp", hcharset=None, to=ITU, cc=None,
        delegates=(), sessions=(), supersedes=None, extra=(), rstyle=0, inner_rcv=None,
        body: Message | None = None):
    """Build one message from hand-written parts and record its label."""
    hcs = hcharset or charset
    if body is not None:
        msg = body
    elif text is not None and html is not None:
        msg = Message()
        msg["Content-Type"] = 'multipart/alternative; boundary="=_alt_' + qid + '"'
        msg.attach(part(text, "plain", charset, cte))
        msg.attach(part(html, "html", charset, cte))
    elif html is not None:
        msg = part(html, "html", charset, cte)
    else:
        msg = part(text, "plain", charset, cte)
    headers = []
    if rcv:
        headers.append(("Received", itu_received(host, ip, rcv, qid, rstyle)))
    if inner_rcv:
        headers.append(("Received", inner_rcv))
    headers += [("From", _addr(frm[0], frm[1], hcs)), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", _enc_header(subject, hcs)), ("Date", date), ("Message-ID", mid),
                ("MIME-Version", "1.0")]
    headers += list(extra)
    old = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers + [(k, v) for k, v in old if k.lower() != "mime-version"]:
        msg[k] = v
    when = parsedate_to_datetime(rcv or date)
    label = {
        "message_id": mid, "file": file, "kind": kind, "language": lang,
        "member_state": None if kind in ("auto_reply", "bounce", "unrelated") else ms,
        "delegates": list(delegates) if kind in ("nomination", "correction") else [],
        "sessions": list(sessions) if kind in ("nomination", "interest_only", "correction") else [],
        "received_at": when.isoformat(),
        "late": (when > DEADLINE) if kind in LATE_KINDS else None,
        "supersedes": supersedes if kind == "correction" else None,
    }
    assert not (kind == "nomination" and not delegates), file
    assert not (kind == "correction" and not supersedes), file
    MESSAGES.append((file, msg.as_bytes(), label))


# ---------------------------------------------------------------- quoted circular, as mail clients quote it
CIRC_EN = """Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation
sessions entitled "Fostering tech and innovation SMEs". The first session will be
held on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We
intend to hold similar sessions during the Council Working Group meetings in early
2020, the WSIS Forum 2020 and other events.

I should be grateful if you would express your interest and provide the name of the
participant nominated for the first session by e-mail to sme@itu.int by 16 August 2019.

Yours faithfully,
Houlin Zhao
Secretary-General
Contact: Mr Christopher Clark"""

CIRC_FR = """Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de sessions de
consultation intitulées "Encourager les PME de la technologie et de l'innovation".
La première session aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019 à
Budapest (Hongrie). Des sessions analogues sont prévues pendant les réunions des Groupes
de travail du Conseil début 2020 et pendant le Forum du SMSI 2020.

Je vous saurais gré de bien vouloir manifester votre intérêt et communiquer le nom du
participant désigné pour la première session à sme@itu.int d'ici au 16 août 2019.

Houlin Zhao
Secrétaire général"""

CIRC_AR = """يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم
"تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة
الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا.
ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك
أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020.
هولين جاو
الأمين العام"""

CIRC_ES = """Muy Señor mío/Muy Señora mía:

Tengo el placer de invitar a su delegación a participar en una serie de sesiones de
consulta tituladas "Fomentar las pymes de tecnología e innovación". La primera sesión
se celebrará el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest
(Hungría). Está previsto celebrar sesiones similares durante las reuniones de los Grupos
de Trabajo del Consejo a principios de 2020 y durante el Foro de la CMSI 2020.

Le agradecería que manifestara su interés y comunicara el nombre del participante
designado para la primera sesión a sme@itu.int antes del 16 de agosto de 2019.

Houlin Zhao
Secretario General"""

CIRC_RU = """Уважаемая госпожа, уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий
"Поддержка МСП в области технологий и инноваций". Первая сессия состоится 10 сентября
2019 года во время ITU Telecom World 2019 в Будапеште, Венгрия. Аналогичные сессии
планируется провести в ходе собраний Рабочих групп Совета в начале 2020 года и на
Форуме ВВУИО 2020 года.

Хоулинь Чжао
Генеральный секретарь"""


def gt(text: str) -> str:
    """Quote with '> ' as plain-text mail clients do."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


def outlook_hdr(date: str, subj: str = "CI-19/35", sender: str = "SME Consultations <sme@itu.int>") -> str:
    return f"-----Original Message-----\nFrom: {sender}\nSent: {date}\nTo: undisclosed-recipients\nSubject: {subj}\n"


# ================================================================ Arabic
add("ar_01_egy_cp1256.eml", lang="ar", kind="nomination", ms="EGY",
    frm=("إدارة العلاقات الدولية", "intl.relations@mcit-eg.gov.eg"),
    subject="رد: الرسالة المعممة CI-19/35 - جلسات تشاور الشركات الصغيرة والمتوسطة",
    date="Mon, 5 Aug 2019 11:47:03 +0200", rcv="Mon, 5 Aug 2019 11:47:21 +0200",
    host="smtp.mcit-eg.gov.eg", ip="196.219.40.17", qid="7A3C91E2E4",
    mid="<20190805094703.5512@mcit-eg.gov.eg>", charset="windows-1256", cte="base64",
    text="""السيد/ كريستوفر كلارك المحترم
منسق جلسات التشاور - الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة 23 يوليو 2019 بشأن جلسات التشاور
حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسر وزارة
الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية أن تعرب عن اهتمامها بالمشاركة،
وأن ترشح لحضور الجلسة الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019:

المهندسة/ منى عبد الرحمن الشاذلي (Mona Abdelrahman El-Shazly)
وكيل الوزارة لشؤون ريادة الأعمال
البريد الإلكتروني: m.elshazly@mcit-eg.gov.eg

وتفضلوا بقبول فائق الاحترام،

د. طارق فؤاد
رئيس الإدارة المركزية للعلاقات الدولية

-----الرسالة الأصلية-----
من: sme@itu.int
التاريخ: 23 يوليو 2019
الموضوع: CI-19/35

""" + CIRC_AR,
    delegates=[D("منى عبد الرحمن الشاذلي", ["Mona Abdelrahman El-Shazly"], "وكيل الوزارة لشؤون ريادة الأعمال",
                 "m.elshazly@mcit-eg.gov.eg")],
    sessions=["budapest-2019"])

add("ar_02_jor_html_table.eml", lang="ar", kind="nomination", ms="JOR",
    frm=("Telecommunications Regulatory Commission - Intl Affairs", "intl@trc-jo.gov.jo"),
    subject="ترشيح ممثلي المملكة الأردنية الهاشمية - CI-19/35",
    date="Tue, 13 Aug 2019 09:02:44 +0300", rcv="Tue, 13 Aug 2019 08:03:10 +0200",
    host="mail.trc-jo.gov.jo", ip="212.34.0.88", qid="B02E7711AF", rstyle=1,
    mid="<DB6PR0301MB2285A1C0E0@DB6PR0301MB2285.eurprd03.prod.outlook.com>", charset="utf-8", cte="qp",
    html="""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Arial",sans-serif;}</style></head>
<body lang="AR-JO"><div class="WordSection1">
<p class="MsoNormal" dir="rtl">حضرات السادة في أمانة الاتحاد،</p>
<p class="MsoNormal" dir="rtl">&nbsp;</p>
<p class="MsoNormal" dir="rtl">إشارة إلى رسالتكم المعممة CI-19/35، تود هيئة تنظيم قطاع الاتصالات إعلامكم بأن الأشخاص
التالية أسماؤهم سيمثلون المملكة الأردنية الهاشمية في جلسة التشاور التي ستعقد على هامش معرض تليكوم العالمي في
بودابست، كما سيشاركون في الجلسة التي ستعقد أثناء اجتماعات أفرقة العمل التابعة للمجلس مطلع العام القادم:</p>
<p class="MsoNormal" dir="rtl">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" dir="rtl" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>الاسم</b></p></td><td><p class="MsoNormal"><b>المسمى الوظيفي</b></p></td>
<td><p class="MsoNormal"><b>البريد الإلكتروني</b></p></td></tr>
<tr><td><p class="MsoNormal">هالة يوسف العمري</p></td><td><p class="MsoNormal">مديرة السياسات والاستراتيجيات</p></td>
<td><p class="MsoNormal"><a href="mailto:hala.omari@trc-jo.gov.jo">hala.omari@trc-jo.gov.jo</a></p></td></tr>
<tr><td><p class="MsoNormal">زيد نبيل الخطيب</p></td><td><p class="MsoNormal">رئيس قسم الابتكار والشركات الناشئة</p></td>
<td><p class="MsoNormal"><a href="mailto:z.khatib@trc-jo.gov.jo">z.khatib@trc-jo.gov.jo</a></p></td></tr>
</table>
<p class="MsoNormal" dir="rtl">&nbsp;</p>
<p class="MsoNormal" dir="rtl">مع خالص التحيات،</p>
<p class="MsoNormal" dir="rtl">قسم الشؤون الدولية<br>هيئة تنظيم قطاع الاتصالات<br>عمّان - الأردن</p>
</div></body></html>""",
    delegates=[D("هالة يوسف العمري", [], "مديرة السياسات والاستراتيجيات", "hala.omari@trc-jo.gov.jo"),
               D("زيد نبيل الخطيب", [], "رئيس قسم الابتكار والشركات الناشئة", "z.khatib@trc-jo.gov.jo")],
    sessions=["budapest-2019", "cwg-2020"])

add("ar_03_sau_interest.eml", lang="ar", kind="interest_only", ms="SAU",
    frm=("مكتب التعاون الدولي", "ic@mcdit-sa.gov.sa"),
    subject="بخصوص CI-19/35",
    date="Wed, 31 Jul 2019 14:20:55 +0300", rcv="Wed, 31 Jul 2019 13:21:30 +0200",
    host="mx.mcdit-sa.gov.sa", ip="185.12.60.2", qid="C4410AA12",
    mid="<a91f02c7-3b4d-4e55-9a1d-11f3cbe0aa10@mcdit-sa.gov.sa>", charset="windows-1256", cte="qp",
    text="""السلام عليكم ورحمة الله وبركاته،

نشكركم على دعوتكم الكريمة الواردة في الرسالة المعممة CI-19/35.

نود إبلاغكم باهتمام المملكة العربية السعودية بالمشاركة في جلسة التشاور الأولى المزمع عقدها
في بودابست بتاريخ 10 سبتمبر، وسيتم تزويدكم باسم ممثل المملكة فور اعتماده من الجهات المختصة.

مع أطيب التحيات،
مكتب التعاون الدولي
""",
    sessions=["budapest-2019"])

add("ar_04_mar_mission_late.eml", lang="ar", kind="nomination", ms="MAR",
    frm=("Mission Permanente du Maroc - Genève", "mission.geneve@maec-ma.org"),
    subject="ترشيح - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة (بودابست)",
    date="Mon, 19 Aug 2019 10:14:38 +0200", rcv="Mon, 19 Aug 2019 10:15:02 +0200",
    host="smtp.maec-ma.org", ip="41.214.180.9", qid="E19C0D53F0",
    mid="<5d5a5a8e.1c69fb81.9e2c.4b17@maec-ma.org>", charset="utf-8", cte="base64",
    text="""تهدي البعثة الدائمة للمملكة المغربية لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى بجنيف
أطيب تحياتها إلى الأمانة العامة للاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة المعممة CI-19/35،
تتشرف بإبلاغها بأن السيد يوسف العلوي، المستشار بالبعثة، سيمثل المملكة المغربية في جلسة التشاور
المنعقدة يوم 10 شتنبر 2019 ببودابست.

Youssef EL ALAOUI
Conseiller / مستشار
y.elalaoui@maec-ma.org

وتغتنم البعثة هذه المناسبة لتعرب للأمانة العامة عن أسمى آيات التقدير.
""",
    html="""<div dir="rtl" style="font-family:Tahoma">
<p>تهدي البعثة الدائمة للمملكة المغربية لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى بجنيف
أطيب تحياتها إلى الأمانة العامة للاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة المعممة CI-19/35،
تتشرف بإبلاغها بأن السيد <b>يوسف العلوي</b>، المستشار بالبعثة، سيمثل المملكة المغربية في جلسة التشاور
المنعقدة يوم 10 شتنبر 2019 ببودابست.</p>
<p dir="ltr">Youssef EL ALAOUI<br>Conseiller / مستشار<br>y.elalaoui@maec-ma.org</p>
<p>وتغتنم البعثة هذه المناسبة لتعرب للأمانة العامة عن أسمى آيات التقدير.</p></div>""",
    delegates=[D("يوسف العلوي", ["Youssef EL ALAOUI"], "المستشار بالبعثة", "y.elalaoui@maec-ma.org")],
    sessions=["budapest-2019"])

add("ar_05_omn_decline.eml", lang="ar", kind="decline", ms="OMN",
    frm=("Hamad Al-Rawahi", "h.rawahi@tra-om.gov.om"),
    subject="RE: CI-19/35",
    date="Thu, 8 Aug 2019 08:31:12 +0400", rcv="Thu, 8 Aug 2019 06:31:40 +0200",
    host="mail.tra-om.gov.om", ip="5.36.12.200", qid="1F0B2E3D4C",
    mid="<CAF8x0q+Vb2_omn7Yk3J=Qp@mail.gmail.com>", charset="windows-1256", cte="base64",
    text="""الأخوة الأعزاء في الاتحاد،

شكراً على الدعوة. نأسف لإبلاغكم بأن سلطنة عمان لن تتمكن من المشاركة في الجلسة التشاورية
في بودابست نظراً لتزامنها مع ارتباطات وطنية مسبقة. وربما ننظر في المشاركة في جلسات منتدى القمة
العالمية لمجتمع المعلومات في العام القادم إذا سمحت الظروف، وسنبلغكم بذلك في حينه.

تحياتي،
حمد الرواحي
هيئة تنظيم الاتصالات

""" + outlook_hdr("Tuesday, July 23, 2019 4:02 PM") + "\n" + CIRC_EN)

add("ar_06_tun_inquiry.eml", lang="ar", kind="inquiry", ms="TUN",
    frm=("وزارة تكنولوجيات الاتصال", "cooperation@mtc-tn.gov.tn"),
    subject="استفسار حول جلسات التشاور CI-19/35",
    date="Fri, 2 Aug 2019 12:05:00 +0100", rcv="Fri, 2 Aug 2019 13:05:19 +0200",
    host="relay.mtc-tn.gov.tn", ip="197.0.4.77", qid="2AB7C6E5D4",
    mid="<000a01d54921$c3e2b400$4ba81c00$@mtc-tn.gov.tn>", charset="windows-1256", cte="qp",
    text="""سيدي الكريم،

في إطار الإعداد لمشاركة محتملة في سلسلة جلسات التشاور، نرجو التكرم بإفادتنا بما يلي:
1- هل يمكن المشاركة في جلسة بودابست عن بعد؟
2- هل يشترط أن يكون المشارك من الوزارة أم يمكن ترشيح ممثل عن جمعية للمؤسسات الصغرى والمتوسطة؟
3- هل ستتوفر ترجمة فورية إلى اللغة العربية؟

مع الشكر الجزيل،
إدارة التعاون الدولي
وزارة تكنولوجيات الاتصال - تونس
""")

add("ar_07_are_selfnom.eml", lang="ar", kind="nomination", ms="ARE",
    frm=("Reem Salem AlKaabi", "reem.alkaabi@tdra-ae.gov.ae"),
    subject="تأكيد المشاركة - بودابست",
    date="Wed, 14 Aug 2019 17:40:09 +0400", rcv="Wed, 14 Aug 2019 15:40:33 +0200",
    host="out.tdra-ae.gov.ae", ip="94.200.11.4", qid="3C1D0E9F8A",
    mid="<6f0e4c8a2b@tdra-ae.gov.ae>", charset="utf-8", cte="base64",
    text="""مرحباً،

إشارة إلى الرسالة المعممة CI-19/35، أود تأكيد مشاركتي شخصياً في الجلسة الأولى بتاريخ 10 سبتمبر
على هامش تليكوم العالمي، ممثلةً عن دولة الإمارات العربية المتحدة.

شكراً لكم،

م. ريم سالم الكعبي
مدير إدارة تطوير القطاع
Reem Salem AlKaabi | Director, Sector Development
هيئة تنظيم الاتصالات والحكومة الرقمية
""",
    delegates=[D("ريم سالم الكعبي", ["Reem Salem AlKaabi"], "مدير إدارة تطوير القطاع", "reem.alkaabi@tdra-ae.gov.ae")],
    sessions=["budapest-2019"])


# ================================================================ Chinese
add("zh_01_chn_gb2312.eml", lang="zh", kind="nomination", ms="CHN",
    frm=("国际合作司", "gjhzs@miit-cn.gov.cn"),
    subject="关于CI-19/35号通函的答复",
    date="Thu, 8 Aug 2019 16:22:10 +0800", rcv="Thu, 8 Aug 2019 10:22:48 +0200",
    host="mail.miit-cn.gov.cn", ip="202.106.0.20", qid="5D2E1F0A9B",
    mid="<201908081622104218830@miit-cn.gov.cn>", charset="gb2312", cte="base64",
    text="""国际电信联盟秘书处：

收到贵处7月23日CI-19/35号通函，谢谢。我部对"扶持科技创新型中小企业"系列磋商会议很感兴趣，
现推荐以下人员参加9月10日在布达佩斯举行的首次会议：

姓名：张伟明
职务：中小企业处处长
邮箱：zhangwm@miit-cn.gov.cn

特此函复。

工业和信息化部国际合作司
2019年8月8日
""",
    delegates=[D("张伟明", [], "中小企业处处长", "zhangwm@miit-cn.gov.cn")],
    sessions=["budapest-2019"])

add("zh_02_chn_correction_gbk.eml", lang="zh", kind="correction", ms="CHN",
    frm=("中国常驻日内瓦代表团", "itu.desk@chinamission-gva.org.cn"),
    subject="更正：CI-19/35 与会人员",
    date="Tue, 13 Aug 2019 11:08:31 +0200", rcv="Tue, 13 Aug 2019 11:08:52 +0200",
    host="smtp.chinamission-gva.org.cn", ip="193.135.62.14", qid="6E3F2A1B0C",
    mid="<201908131108311153@chinamission-gva.org.cn>", charset="gbk", cte="qp",
    text="""Christopher Clark先生：

您好！关于8月8日工信部国际合作司就CI-19/35号通函报送的与会人员，现更正如下：

一、原报人员姓名有误，"张伟明"应为"张维明"（ZHANG Weiming），职务和邮箱不变；
二、增派刘晓燕（LIU Xiaoyan，我团一等秘书，liuxy@chinamission-gva.org.cn）一同出席布达佩斯会议。

我方与会人员以本函为准：张维明、刘晓燕。

顺致敬意！

中国常驻日内瓦联合国代表团
信息通信组
""",
    delegates=[D("张维明", ["ZHANG Weiming"], None, None),
               D("刘晓燕", ["LIU Xiaoyan"], "一等秘书", "liuxy@chinamission-gva.org.cn")],
    sessions=["budapest-2019"], supersedes="<201908081622104218830@miit-cn.gov.cn>")

add("zh_03_vendor_unrelated.eml", lang="zh", kind="unrelated", ms=None,
    frm=("深圳市远航智联科技有限公司", "marketing@yuanhang-iot.com.cn"),
    subject="邀请您莅临2019国际电联世界电信展（布达佩斯）远航智联展台",
    date="Mon, 29 Jul 2019 09:15:00 +0800", rcv="Mon, 29 Jul 2019 03:15:44 +0200",
    host="edm.yuanhang-iot.com.cn", ip="120.24.8.99", qid="7F4A3B2C1D",
    mid="<edm-20190729-88213@yuanhang-iot.com.cn>", charset="utf-8", cte="base64",
    html="""<html><body style="font-family:Microsoft YaHei">
<h2>远航智联 · 2019国际电联世界电信展</h2>
<p>尊敬的客户：</p>
<p>2019年9月9日至12日，远航智联将携最新5G工业网关与中小企业物联网解决方案亮相匈牙利布达佩斯
<b>ITU Telecom World 2019</b>，展位号：Hall G / B12。</p>
<p>诚邀您莅临参观洽谈！现场预约可获赠精美礼品。</p>
<p>联系人：王经理 &nbsp;电话：+86 755 8888 0000</p>
<p style="font-size:10px;color:#999">如不希望再收到此类邮件，请点击<a href="https://yuanhang-iot.com.cn/unsub">退订</a>。</p>
</body></html>""")

add("zh_04_auto_reply.eml", lang="zh", kind="auto_reply", ms=None,
    frm=("陈静", "chenjing@caict-sme.cn"),
    subject="自动回复: CI-19/35 reminder",
    date="Wed, 7 Aug 2019 15:00:02 +0800", rcv="Wed, 7 Aug 2019 09:00:20 +0200",
    host="mx.caict-sme.cn", ip="106.39.1.5", qid="8A5B4C3D2E",
    mid="<auto.20190807.150002.chenjing@caict-sme.cn>", charset="gb2312", cte="base64",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    text="""您好，

本人8月5日至8月18日休假，期间无法及时回复邮件。如有急事请联系办公室 010-6230 0000。

谢谢！
陈静
""")

add("zh_05_chn_inquiry.eml", lang="zh", kind="inquiry", ms="CHN",
    frm=("李强", "liqiang@srrc-cn.org.cn"),
    subject="咨询：中小企业磋商会议后续安排",
    date="Fri, 26 Jul 2019 10:41:27 +0800", rcv="Fri, 26 Jul 2019 04:41:55 +0200",
    host="mail.srrc-cn.org.cn", ip="111.205.2.61", qid="9B6C5D4E3F",
    mid="<5D3A6A37.4030208@srrc-cn.org.cn>", charset="gb2312", cte="qp",
    text="""Clark先生，您好：

我们正在研究CI-19/35号通函。想请教两个问题：
1. 理事会工作组会议期间的磋商会议具体日期是否已确定？
2. 每个成员国可以派几名代表参加布达佩斯的首次会议？是否需要另行注册世界电信展？

盼复，谢谢！

李强
国家无线电监测中心 国际处
""")


# ================================================================ English
add("en_01_ken_plain.eml", lang="en", kind="nomination", ms="KEN",
    frm=("Grace Achieng", "g.achieng@ca-kenya.go.ke"),
    subject="RE: ITU Circular CI-19/35 - Fostering tech and innovation SMEs",
    date="Fri, 9 Aug 2019 15:12:40 +0300", rcv="Fri, 9 Aug 2019 14:13:02 +0200",
    host="mail.ca-kenya.go.ke", ip="197.248.5.30", qid="A17C6D5E4F",
    mid="<KE-CA.20190809151240.0031@ca-kenya.go.ke>", charset="us-ascii", cte="7bit",
    text="""Dear Mr. Clark,

Kenya welcomes the initiative and confirms its interest in the consultation
sessions on fostering tech and innovation SMEs.

The Communications Authority of Kenya nominates Mr. Daniel Kiprono Mutai,
Manager, ICT Innovation and SME Development (dmutai@ca-kenya.go.ke), to
attend the first session on 10 September in Budapest.

Kind regards,

Grace Achieng
Principal Officer, International Relations
Communications Authority of Kenya
Tel: +254 20 4242 000
""",
    delegates=[D("Daniel Kiprono Mutai", [], "Manager, ICT Innovation and SME Development", "dmutai@ca-kenya.go.ke")],
    sessions=["budapest-2019"])

add("en_02_ken_correction_late.eml", lang="en", kind="correction", ms="KEN",
    frm=("Grace Achieng", "g.achieng@ca-kenya.go.ke"),
    subject="CORRECTION: Kenya nominee, CI-19/35",
    date="Mon, 19 Aug 2019 09:03:11 +0300", rcv="Mon, 19 Aug 2019 08:03:29 +0200",
    host="mail.ca-kenya.go.ke", ip="197.248.5.30", qid="B28D7E6F50",
    mid="<KE-CA.20190819090311.0107@ca-kenya.go.ke>", charset="us-ascii", cte="7bit",
    extra=[("In-Reply-To", "<KE-CA.20190809151240.0031@ca-kenya.go.ke>"),
           ("References", "<KE-CA.20190809151240.0031@ca-kenya.go.ke>")],
    text="""Dear Mr. Clark,

Further to my e-mail of 9 August, please note that Mr. Mutai is no longer
able to travel to Budapest. He will be replaced by Ms. Faith Njeri Wambui,
Senior Analyst, Competition and SME Affairs (fwambui@ca-kenya.go.ke).

Kenya's delegation to the 10 September session is therefore Ms. Wambui only.
Apologies for the late change.

Regards,
Grace Achieng
CA Kenya

On Fri, 9 Aug 2019 at 15:12, Grace Achieng <g.achieng@ca-kenya.go.ke> wrote:
> Dear Mr. Clark,
>
> Kenya welcomes the initiative and confirms its interest in the consultation
> sessions on fostering tech and innovation SMEs.
>
> The Communications Authority of Kenya nominates Mr. Daniel Kiprono Mutai,
> Manager, ICT Innovation and SME Development (dmutai@ca-kenya.go.ke), to
> attend the first session on 10 September in Budapest.
""",
    delegates=[D("Faith Njeri Wambui", [], "Senior Analyst, Competition and SME Affairs", "fwambui@ca-kenya.go.ke")],
    sessions=["budapest-2019"], supersedes="<KE-CA.20190809151240.0031@ca-kenya.go.ke>")

add("en_03_gbr_outlook_html.eml", lang="en", kind="nomination", ms="GBR",
    frm=("International Telecoms Policy Team", "itu.team@ddi-uk.gov.uk"),
    subject="UK response to CI-19/35",
    date="Wed, 14 Aug 2019 16:55:31 +0100", rcv="Wed, 14 Aug 2019 17:55:58 +0200",
    host="mail.ddi-uk.gov.uk", ip="51.140.7.22", qid="C39E8F7061", rstyle=1,
    mid="<LO2P265MB1470D2E6C3F4A1B2@LO2P265MB1470.GBRP265.PROD.OUTLOOK.COM>",
    charset="windows-1252", cte="qp",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Dear Christopher,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for Circular CI-19/35. The United Kingdom is keen to take part in the whole series
of consultations. Our nominee for Budapest is below; she would also represent the UK at the follow-up sessions
alongside the 2020 Council Working Groups and at the WSIS Forum 2020.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="140" style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Name</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Dr Harriet Penrose-Oduya</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Position</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Head of Digital Start-ups &amp; Scale-ups Policy</p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Email</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:harriet.penrose-oduya@ddi-uk.gov.uk">
harriet.penrose-oduya@ddi-uk.gov.uk</a></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best wishes,<o:p></o:p></p>
<p class="MsoNormal">Tom<o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">Tom Aldridge | International Telecoms Policy |
Department for Digital Industries<br>
100 Parliament Street, London SW1A 2BQ</span><o:p></o:p></p>
</div></body></html>""",
    delegates=[D("Harriet Penrose-Oduya", [], "Head of Digital Start-ups & Scale-ups Policy",
                 "harriet.penrose-oduya@ddi-uk.gov.uk")],
    sessions=["budapest-2019", "cwg-2020", "wsis-2020"])

add("en_04_ind_multipart.eml", lang="en", kind="nomination", ms="IND",
    frm=("DDG (IR), DoDE", "ddgir-dode@nic-in.gov.in"),
    subject="Nomination for SME Consultation Session - ITU CI-19/35",
    date="Thu, 15 Aug 2019 18:30:05 +0530", rcv="Thu, 15 Aug 2019 15:00:41 +0200",
    host="relay.nic-in.gov.in", ip="164.100.14.8", qid="D4AF908172",
    mid="<1565874005.4471.ddgir@nic-in.gov.in>", charset="utf-8", cte="qp",
    text="""No. 14-3/2019-IR
Government of India
Department of Digital Enterprise
International Relations Division

Subject: Consultation sessions on "Fostering tech and innovation SMEs" - reg.

Sir,

I am directed to refer to ITU Circular CI-19/35 dated 23.07.2019 on the above subject and to convey
the nomination of Shri Rajesh Kumar Venkataraman, Director (SME Technology), Department of Digital
Enterprise, for the session at ITU Telecom World 2019, Budapest, and for the session at the WSIS Forum
2020. India will not be represented at the session during the Council Working Groups.

Contact: rk.venkataraman@nic-in.gov.in, +91 11 2303 0000

Yours faithfully,
(Anjali Srinivasan)
Deputy Director General (IR)
""",
    html="""<div style="font-family:Arial;font-size:10pt">
<p>No. 14-3/2019-IR<br>Government of India<br>Department of Digital Enterprise<br>International Relations Division</p>
<p><u>Subject: Consultation sessions on "Fostering tech and innovation SMEs" - reg.</u></p>
<p>Sir,</p>
<p>I am directed to refer to ITU Circular CI-19/35 dated 23.07.2019 on the above subject and to convey
the nomination of <b>Shri Rajesh Kumar Venkataraman</b>, Director (SME Technology), Department of Digital
Enterprise, for the session at ITU Telecom World 2019, Budapest, and for the session at the WSIS Forum
2020. India will not be represented at the session during the Council Working Groups.</p>
<p>Contact: rk.venkataraman@nic-in.gov.in, +91 11 2303 0000</p>
<p>Yours faithfully,<br>(Anjali Srinivasan)<br>Deputy Director General (IR)</p></div>""",
    delegates=[D("Rajesh Kumar Venkataraman", [], "Director (SME Technology)", "rk.venkataraman@nic-in.gov.in")],
    sessions=["budapest-2019", "wsis-2020"])

add("en_05_nga_interest.eml", lang="en", kind="interest_only", ms="NGA",
    frm=("Federal Ministry of Communications - ICT Dept", "ict.dept@fmoc-ng.gov.ng"),
    subject="Re: CI-19/35",
    date="Tue, 6 Aug 2019 13:44:00 +0100", rcv="Tue, 6 Aug 2019 14:44:27 +0200",
    host="mail.fmoc-ng.gov.ng", ip="41.58.100.3", qid="E5B0A19283",
    mid="<20190806124400.GA2231@fmoc-ng.gov.ng>", charset="utf-8", cte="qp",
    text="""Good afternoon,

This is to express the interest of the Federal Republic of Nigeria in the
consultation sessions on tech and innovation SMEs, beginning with Budapest.
The name of our participant will be forwarded as soon as approval is granted
by the Honourable Minister.

Thank you.

ICT Department
Federal Ministry of Communications, Abuja

""" + gt(CIRC_EN),
    sessions=["budapest-2019"])

add("en_06_aus_decline.eml", lang="en", kind="decline", ms="AUS",
    frm=("Nguyen, Linh", "linh.nguyen@dcia-au.gov.au"),
    subject="Australia - CI-19/35 [SEC=OFFICIAL]",
    date="Mon, 12 Aug 2019 10:02:18 +1000", rcv="Mon, 12 Aug 2019 02:02:45 +0200",
    host="mx.dcia-au.gov.au", ip="203.0.113.55", qid="F6C1B2A394",
    mid="<SY3PR01MB2139B6E0@SY3PR01MB2139.ausprd01.prod.outlook.com>", charset="utf-8", cte="qp",
    text="""UNCLASSIFIED

Hi Christopher,

Thanks for the invitation. Unfortunately Australia won't be sending anyone to
the Budapest session - our delegation to Telecom World is small this year and
fully committed to other meetings. We'd be glad to receive the outcome report.

Cheers,
Linh

Linh Nguyen
Assistant Director | International Digital Policy
Department of Communications and the Innovation Agenda
Canberra ACT 2601

UNCLASSIFIED
""")

add("en_07_phl_selfnom_quoted.eml", lang="en", kind="nomination", ms="PHL",
    frm=("Ma. Cristina D. Villanueva", "mcdvillanueva@dict-ph.gov.ph"),
    subject="Re: Fostering tech and innovation SMEs",
    date="Sat, 10 Aug 2019 21:18:44 +0800", rcv="Sat, 10 Aug 2019 15:19:10 +0200",
    host="smtp.dict-ph.gov.ph", ip="202.90.128.5", qid="07D2C3B4A5",
    mid="<CAHk3pQ8=VxL0ph_cdv+2019@mail.gmail.com>", charset="utf-8", cte="qp",
    text="""Dear Sir,

Good day! I will be joining the Philippine delegation to Telecom World and
would like to register my participation in the SME consultation on 10 September.

Thank you and best regards,

MA. CRISTINA D. VILLANUEVA
Chief, ICT Industry Development Division
Department of Information and Communications Technology
Republic of the Philippines

On Tue, Jul 23, 2019 at 4:02 PM SME Consultations <sme@itu.int> wrote:
""" + gt(CIRC_EN),
    delegates=[D("Ma. Cristina D. Villanueva", ["MA. CRISTINA D. VILLANUEVA"],
                 "Chief, ICT Industry Development Division", "mcdvillanueva@dict-ph.gov.ph")],
    sessions=["budapest-2019"])

add("en_08_jam_inquiry.eml", lang="en", kind="inquiry", ms="JAM",
    frm=("Office of Utilities Regulation (Telecoms)", "telecoms@our-jm.gov.jm"),
    subject="Query re Circular CI-19/35",
    date="Thu, 1 Aug 2019 08:15:33 -0500", rcv="Thu, 1 Aug 2019 15:16:02 +0200",
    host="mail.our-jm.gov.jm", ip="63.143.90.12", qid="18E3D4C5B6",
    mid="<0b1e01d54857$9a0c5e10$ce251a30$@our-jm.gov.jm>", charset="us-ascii", cte="7bit",
    text="""Good morning Mr Clark,

Before we put forward a name, could you clarify whether the person nominated for
Budapest must be a government official, or whether a Member State may nominate
the founder of a local tech SME to speak on its behalf? Also, is there any
financial support for participants from SIDS?

With thanks,
Telecoms Division
Office of Utilities Regulation
Kingston, Jamaica
""")

def bounce_body(status_lines: str, human: str, original: str, boundary: str, charset: str = "us-ascii") -> Message:
    """multipart/report as an MTA writes it: a human part, delivery-status, and the returned headers."""
    msg = Message()
    msg["Content-Type"] = f'multipart/report; report-type=delivery-status; boundary="{boundary}"'
    msg.attach(part(human, "plain", charset, "7bit" if charset == "us-ascii" else "qp"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_string(block) for block in status_lines.split("\n\n") if block.strip()])
    msg.attach(ds)
    hd = Message()
    hd["Content-Type"] = "text/rfc822-headers"
    hd.set_payload(original)
    msg.attach(hd)
    return msg


add("en_09_bounce.eml", lang="en", kind="bounce", ms=None,
    frm=("Mail Delivery System", "MAILER-DAEMON@mx2.itu.int"),
    subject="Undelivered Mail Returned to Sender",
    date="Wed, 24 Jul 2019 09:31:07 +0200 (CEST)", rcv="Wed, 24 Jul 2019 09:31:07 +0200",
    host="localhost", ip="127.0.0.1", qid="29F4E5D6C7",
    mid="<20190724073107.29F4E5D6C7@mx2.itu.int>", extra=[("Auto-Submitted", "auto-replied")],
    body=bounce_body(
        "Reporting-MTA: dns; mx2.itu.int\nX-Postfix-Queue-ID: 29F4E5D6C7\n"
        "Arrival-Date: Wed, 24 Jul 2019 09:30:58 +0200 (CEST)\n\n"
        "Final-Recipient: rfc822; minister.office@mptc-gm.gov.gm\n"
        "Original-Recipient: rfc822;minister.office@mptc-gm.gov.gm\n"
        "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.mptc-gm.gov.gm\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <minister.office@mptc-gm.gov.gm>: Recipient address rejected: User unknown\n",
        """This is the mail system at host mx2.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<minister.office@mptc-gm.gov.gm>: host mail.mptc-gm.gov.gm[196.46.233.10] said:
    550 5.1.1 <minister.office@mptc-gm.gov.gm>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)
""",
        "From: SME Consultations <sme@itu.int>\nTo: minister.office@mptc-gm.gov.gm\n"
        "Subject: Circular CI-19/35: Consultation sessions - Fostering tech and innovation SMEs\n"
        "Date: Wed, 24 Jul 2019 09:30:57 +0200\nMessage-ID: <CI1935.0142@itu.int>\n",
        "29F4E5D6C7.1563953467/mx2.itu.int"))

add("en_10_vendor_unrelated.eml", lang="en", kind="unrelated", ms=None,
    frm=("Priya at NexaEdge Networks", "events@nexaedge-networks.com"),
    subject="Budapest bound? Let's meet at ITU Telecom World 2019 (Stand 4C18)",
    date="Thu, 15 Aug 2019 07:00:00 -0400", rcv="Thu, 15 Aug 2019 13:00:24 +0200",
    host="o12.email.nexaedge-networks.com", ip="167.89.20.14", qid="3A05F6E7D8",
    mid="<20190815110000.1.7c2f9e@email.nexaedge-networks.com>", charset="utf-8", cte="qp",
    extra=[("List-Unsubscribe", "<https://email.nexaedge-networks.com/unsub/7c2f9e>"), ("Precedence", "bulk")],
    text="""Hi there,

Are you heading to Budapest for ITU Telecom World 2019 (9-12 September)?

NexaEdge Networks will be at Stand 4C18 showing our SME-in-a-box private LTE kit -
perfect for regulators and ministries running innovation sandboxes. Book a 20-minute
slot with our CTO, Marcus Feld, and get a free network readiness assessment.

Book now: https://nexaedge-networks.com/budapest2019

See you in Budapest!
Priya Raman
Events Marketing Lead, NexaEdge Networks

You received this e-mail because you attended one of our webinars. Unsubscribe here.
""",
    html="""<html><body><table width="600" align="center"><tr><td>
<h1 style="color:#00a3e0">Budapest bound?</h1>
<p>Hi there,</p><p>Are you heading to Budapest for <b>ITU Telecom World 2019</b> (9-12 September)?</p>
<p>NexaEdge Networks will be at <b>Stand 4C18</b> showing our SME-in-a-box private LTE kit &ndash; perfect for
regulators and ministries running innovation sandboxes. Book a 20-minute slot with our CTO, Marcus Feld, and get a
free network readiness assessment.</p>
<p><a href="https://nexaedge-networks.com/budapest2019" style="background:#00a3e0;color:#fff;padding:8px">Book now</a></p>
<p>See you in Budapest!<br>Priya Raman<br>Events Marketing Lead, NexaEdge Networks</p>
<p style="font-size:9px">You received this e-mail because you attended one of our webinars.
<a href="https://email.nexaedge-networks.com/unsub/7c2f9e">Unsubscribe</a></p></td></tr></table></body></html>""")

add("en_11_zaf_forward.eml", lang="en", kind="nomination", ms="ZAF",
    frm=("Pillay, Kershnee", "kpillay@zaf-mission-geneva.org.za"),
    subject="FW: South Africa nominations - ITU SME consultation (CI-19/35)",
    date="Fri, 16 Aug 2019 16:40:19 +0200", rcv="Fri, 16 Aug 2019 16:40:45 +0200",
    host="mail.zaf-mission-geneva.org.za", ip="196.22.132.4", qid="4B1607F8E9",
    mid="<VI1PR0401MB2448C01D7E@VI1PR0401MB2448.eurprd04.prod.outlook.com>", charset="utf-8", cte="qp",
    text="""Dear Colleagues,

Please see below the nominations from the Department in Pretoria, which I am
forwarding on their behalf as their mail to sme@itu.int appears to have bounced.

Regards,
Kershnee Pillay
First Secretary (ICT)
Permanent Mission of South Africa, Geneva

From: Sizwe Dlamini <sdlamini@dtps-za.gov.za>
Sent: Thursday, 15 August 2019 11:02
To: Pillay, Kershnee <kpillay@zaf-mission-geneva.org.za>
Subject: South Africa nominations - ITU SME consultation (CI-19/35)

Good day Kershnee,

Kindly forward to the ITU. South Africa nominates the following officials for
the Budapest session on 10 September 2019:

  1. Thabo MOLEFE - Chief Director: ICT SMME Support (tmolefe@dtps-za.gov.za)
  2. Lerato Naidoo-KHUMALO - Director: Digital Innovation Hubs (lkhumalo@dtps-za.gov.za)

Ms Naidoo-Khumalo will also follow the later sessions with the Council Working
Groups in 2020.

Thanks
Sizwe Dlamini
Deputy Director: Multilateral Relations
Department of Telecommunications and Postal Services
""",
    delegates=[D("Thabo MOLEFE", ["Thabo Molefe"], "Chief Director: ICT SMME Support", "tmolefe@dtps-za.gov.za"),
               D("Lerato Naidoo-KHUMALO", ["Lerato Naidoo-Khumalo"], "Director: Digital Innovation Hubs",
                 "lkhumalo@dtps-za.gov.za")],
    sessions=["budapest-2019", "cwg-2020"])


def mdn_body(human: str, reporting: str, final: str, orig_mid: str, boundary: str) -> Message:
    """A read receipt (multipart/report; report-type=disposition-notification)."""
    msg = Message()
    msg["Content-Type"] = f'multipart/report; report-type=disposition-notification; boundary="{boundary}"'
    msg.attach(part(human, "plain", "utf-8", "qp"))
    dn = Message()
    dn["Content-Type"] = "message/disposition-notification"
    dn.set_payload(f"Reporting-UA: {reporting}\nFinal-Recipient: rfc822;{final}\n"
                   f"Original-Message-ID: {orig_mid}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    msg.attach(dn)
    return msg


add("en_12_read_receipt.eml", lang="en", kind="auto_reply", ms=None,
    frm=("Office of the Director General", "dg.office@mtic-bw.gov.bw"),
    subject="Read: Circular CI-19/35: Consultation sessions - Fostering tech and innovation SMEs",
    date="Thu, 25 Jul 2019 10:12:51 +0200", rcv="Thu, 25 Jul 2019 10:13:05 +0200",
    host="mail.mtic-bw.gov.bw", ip="168.167.1.20", qid="5C2718090A", rstyle=1,
    mid="<a3c1f0e2-55de-4f0b-9d7e-0c0b1d2e3f40@mtic-bw.gov.bw>",
    body=mdn_body("""Your message

  To: dg.office@mtic-bw.gov.bw
  Subject: Circular CI-19/35: Consultation sessions - Fostering tech and innovation SMEs
  Sent: Wednesday, July 24, 2019 9:30:57 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Thursday, July 25, 2019 10:12:48 AM (UTC+02:00) Harare, Pretoria.
""", "Microsoft Exchange Server", "dg.office@mtic-bw.gov.bw", "<CI1935.0031@itu.int>", "=_mdn_5C27"))


# ================================================================ French
add("fr_01_sen_latin1.eml", lang="fr", kind="nomination", ms="SEN",
    frm=("Direction de la Coopération - MENUM", "cooperation@menum-sn.gouv.sn"),
    subject="Réponse du Sénégal à la lettre circulaire CI-19/35",
    date="Wed, 7 Aug 2019 12:30:14 +0000", rcv="Wed, 7 Aug 2019 14:30:37 +0200",
    host="mail.menum-sn.gouv.sn", ip="41.82.0.15", qid="6D382910AB",
    mid="<1565181014.77123@menum-sn.gouv.sn>", charset="iso-8859-1", cte="qp",
    text="""Monsieur le Secrétaire général,

Faisant suite à votre lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous
faire part de l'intérêt du Ministère de l'Économie numérique pour la série de consultations
« Encourager les PME de la technologie et de l'innovation ».

Le Sénégal sera représenté à la première session, à Budapest le 10 septembre 2019, par :

    Monsieur Mamadou Lamine DIOUF
    Directeur de l'Innovation et de l'Entrepreneuriat numérique
    Courriel : ml.diouf@menum-sn.gouv.sn

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Le Directeur de la Coopération
Ibrahima Fall
""",
    delegates=[D("Mamadou Lamine DIOUF", ["Mamadou Lamine Diouf"],
                 "Directeur de l'Innovation et de l'Entrepreneuriat numérique", "ml.diouf@menum-sn.gouv.sn")],
    sessions=["budapest-2019"])

add("fr_02_sen_correction.eml", lang="fr", kind="correction", ms="SEN",
    frm=("Direction de la Coopération - MENUM", "cooperation@menum-sn.gouv.sn"),
    subject="RE: Réponse du Sénégal à la lettre circulaire CI-19/35 - ADDITIF",
    date="Thu, 15 Aug 2019 09:05:48 +0000", rcv="Thu, 15 Aug 2019 11:06:10 +0200",
    host="mail.menum-sn.gouv.sn", ip="41.82.0.15", qid="7E493A21BC",
    mid="<1565859948.80441@menum-sn.gouv.sn>", charset="iso-8859-1", cte="qp",
    extra=[("In-Reply-To", "<1565181014.77123@menum-sn.gouv.sn>")],
    text="""Bonjour,

En complément de notre courriel du 7 août, la délégation sénégalaise à la session de Budapest
sera composée de deux personnes au lieu d'une :

- M. Mamadou Lamine DIOUF, Directeur de l'Innovation et de l'Entrepreneuriat numérique
- Mme Awa NDIAYE SECK, Cheffe de la Division des startups, Autorité de Régulation (a.seck@artp-sn.sn)

Merci d'en prendre bonne note et de mettre à jour votre liste.

Cordialement,
Ibrahima Fall
Directeur de la Coopération
""",
    delegates=[D("Mamadou Lamine DIOUF", ["Mamadou Lamine Diouf"],
                 "Directeur de l'Innovation et de l'Entrepreneuriat numérique", None),
               D("Awa NDIAYE SECK", ["Awa Ndiaye Seck"], "Cheffe de la Division des startups, Autorité de Régulation",
                 "a.seck@artp-sn.sn")],
    sessions=["budapest-2019"], supersedes="<1565181014.77123@menum-sn.gouv.sn>")

add("fr_03_civ_interest_html.eml", lang="fr", kind="interest_only", ms="CIV",
    frm=("ARTCI - Relations Internationales", "ri@artci-ci.ci"),
    subject="Manifestation d'intérêt - Consultations PME (CI-19/35)",
    date="Mon, 12 Aug 2019 10:22:31 +0000", rcv="Mon, 12 Aug 2019 12:22:59 +0200",
    host="smtp.artci-ci.ci", ip="196.47.130.2", qid="8F5A4B32CD", rstyle=1,
    mid="<AM0PR02MB4115E3E8@AM0PR02MB4115.eurprd02.prod.outlook.com>", charset="iso-8859-1", cte="qp",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>L'Autorit&eacute; de R&eacute;gulation des T&eacute;l&eacute;communications/TIC de C&ocirc;te d'Ivoire (ARTCI) a
l'honneur de manifester l'int&eacute;r&ecirc;t de la C&ocirc;te d'Ivoire pour les sessions de consultation
&laquo; Encourager les PME de la technologie et de l'innovation &raquo;, &agrave; Budapest ainsi que lors du
Forum du SMSI 2020.</p>
<p>Le nom de notre repr&eacute;sentant vous sera communiqu&eacute; dans les meilleurs d&eacute;lais, la
composition de la d&eacute;l&eacute;gation &agrave; ITU Telecom World n'&eacute;tant pas encore arr&ecirc;t&eacute;e.</p>
<p>Avec nos salutations distingu&eacute;es,</p>
<p><b>Service des Relations Internationales</b><br>ARTCI &ndash; Abidjan</p>
</div></body></html>""",
    sessions=["budapest-2019", "wsis-2020"])

add("fr_04_bel_decline.eml", lang="fr", kind="decline", ms="BEL",
    frm=("Delphine Vandenbroucke", "delphine.vandenbroucke@ibpt-be.be"),
    subject="Re: CI-19/35 - Belgique",
    date="Tue, 30 Jul 2019 17:48:02 +0200", rcv="Tue, 30 Jul 2019 17:48:19 +0200",
    host="mx.ibpt-be.be", ip="193.191.210.5", qid="906B5C43DE",
    mid="<7b2d4e1a-0f6e-4a47-b0a5-3c5e4a1b2c9d@ibpt-be.be>", charset="utf-8", cte="qp",
    text="""Cher Monsieur Clark,

Merci pour l'invitation. Après concertation avec le SPF Économie, la Belgique ne
participera pas à la session de Budapest, ni, à ce stade, aux sessions suivantes.
Nous suivrons néanmoins les travaux avec intérêt.

Bien cordialement,

Delphine Vandenbroucke
Conseillère – Affaires internationales
Institut belge des services postaux et des télécommunications (IBPT)

Le 23/07/2019 à 16:02, SME Consultations a écrit :
""" + gt(CIRC_FR))

add("fr_05_hti_late.eml", lang="fr", kind="nomination", ms="HTI",
    frm=("Jean-Robert Pierre-Louis", "jrpierrelouis@conatel-ht.gouv.ht"),
    subject="Nomination Haiti - session Budapest",
    date="Fri, 16 Aug 2019 19:45:10 -0400", rcv="Fri, 16 Aug 2019 23:45:33 +0000",
    host="mail.conatel-ht.gouv.ht", ip="200.113.230.8", qid="A17C6D54EF",
    mid="<5D57400E.2010305@conatel-ht.gouv.ht>", charset="iso-8859-15", cte="qp",
    text="""Bonsoir,

Veuillez trouver ci-dessous le nom de la personne désignée par le CONATEL pour la
consultation du 10 septembre à Budapest :

Nom : SAINT-FLEUR
Prénom : Marie-Lourdes
Fonction : Responsable, Cellule Innovation et PME
Adresse électronique : mlsaintfleur@conatel-ht.gouv.ht

Toutes nos excuses pour ce léger retard, dû à une panne de notre serveur.

J.-R. Pierre-Louis
Directeur des Affaires internationales, CONATEL
Port-au-Prince, Haïti
""",
    delegates=[D("Marie-Lourdes SAINT-FLEUR", ["SAINT-FLEUR Marie-Lourdes", "Marie-Lourdes Saint-Fleur"],
                 "Responsable, Cellule Innovation et PME", "mlsaintfleur@conatel-ht.gouv.ht")],
    sessions=["budapest-2019"])

add("fr_06_ngo_unrelated.eml", lang="fr", kind="unrelated", ms=None,
    frm=("Association Francophone des Jeunes Entrepreneurs du Numérique", "contact@afjen.org"),
    subject="Demande de participation - consultations PME de l'UIT",
    date="Fri, 9 Aug 2019 11:30:00 +0200", rcv="Fri, 9 Aug 2019 11:30:21 +0200",
    host="smtp.afjen.org", ip="51.254.1.44", qid="B28D7E65F0",
    mid="<d41d8cd98f00b204e9800998ecf8427e@afjen.org>", charset="utf-8", cte="base64",
    text="""Madame, Monsieur,

Notre association, qui fédère plus de 3 000 jeunes entrepreneurs du numérique dans
24 pays francophones, a appris l'organisation de consultations sur les PME de la
technologie et de l'innovation à Budapest.

Nous souhaiterions y être associés et proposons que notre présidente, Mme Nadège
Ouédraogo, puisse y prendre la parole au nom de la société civile. Nous pouvons
également vous adresser notre dernier rapport sur le financement des startups en
Afrique de l'Ouest.

Dans l'attente de votre retour,
Cordialement,

Le Secrétariat exécutif - AFJEN
Lyon, France
""")

add("fr_07_mli_inquiry.eml", lang="fr", kind="inquiry", ms="MLI",
    frm=("Oumar Traoré", "otraore@mena-ml.gouv.ml"),
    subject="Question circulaire CI-19/35",
    date="Wed, 24 Jul 2019 15:10:27 +0000", rcv="Wed, 24 Jul 2019 17:10:49 +0200",
    host="mail.mena-ml.gouv.ml", ip="217.64.97.3", qid="C39E8F7601",
    mid="<CAM4k9sTraore0x77Fq=zQ@mail.gmail.com>", charset="utf-8", cte="qp",
    text="""Bonjour M. Clark,

Nous avons bien reçu la circulaire. Pourriez-vous nous préciser si la participation
à la session de Budapest nécessite une accréditation séparée pour ITU Telecom World,
et si les frais d'inscription au salon sont pris en charge pour les pays les moins
avancés ?

Merci d'avance.
Oumar Traoré
Chef de la Division Coopération
Ministère de l'Économie numérique et de la Prospective, Bamako
""")


# ================================================================ Russian
add("ru_01_rus_koi8.eml", lang="ru", kind="nomination", ms="RUS",
    frm=("Департамент международного сотрудничества", "dms@mincifra-ru.gov.ru"),
    subject="О циркулярном письме МСЭ CI-19/35",
    date="Fri, 2 Aug 2019 14:55:39 +0300", rcv="Fri, 2 Aug 2019 13:56:04 +0200",
    host="mx.mincifra-ru.gov.ru", ip="95.173.128.40", qid="D4AF9087E2",
    mid="<000001d5492e$8f6e1c20$ae4a5460$@mincifra-ru.gov.ru>", charset="koi8-r", cte="base64",
    text="""Уважаемый господин Кларк!

Министерство цифрового развития и инноваций Российской Федерации, рассмотрев циркулярное
письмо CI-19/35 от 23 июля 2019 года, подтверждает заинтересованность в участии в серии
консультационных сессий по поддержке МСП в области технологий и инноваций.

Для участия в первой сессии (10 сентября 2019 г., Будапешт) предлагается кандидатура
заместителя директора Департамента цифровой экономики Соколовой Ирины Витальевны.

Контактные данные участника:
Соколова Ирина Витальевна, тел. +7 495 000-00-00, эл. почта: sokolova.iv@mincifra-ru.gov.ru

С уважением,
заместитель директора Департамента
международного сотрудничества
А.Н. Горелов
""",
    delegates=[D("Соколовой Ирины Витальевны", ["Соколова Ирина Витальевна"],
                 "заместитель директора Департамента цифровой экономики", "sokolova.iv@mincifra-ru.gov.ru")],
    sessions=["budapest-2019"])

add("ru_02_rus_correction.eml", lang="ru", kind="correction", ms="RUS",
    frm=("Постоянное представительство России в Женеве", "itu@russiamission-gva.ru"),
    subject="Уточнение к письму от 2 августа: состав участников (CI-19/35)",
    date="Wed, 14 Aug 2019 10:21:07 +0200", rcv="Wed, 14 Aug 2019 10:21:30 +0200",
    host="mail.russiamission-gva.ru", ip="193.108.3.21", qid="E5B0A198F3",
    mid="<5D53C4D3.9000107@russiamission-gva.ru>", charset="utf-8", cte="qp",
    text="""Уважаемые коллеги,

Постоянное представительство Российской Федерации уточняет состав участников от
Российской Федерации, направленный Минцифры России 2 августа.

В сессии 10 сентября в Будапеште примут участие:
1. Соколова И.В. — заместитель директора Департамента цифровой экономики
2. Ахмедов Руслан Тимурович — советник Постпредства (r.akhmedov@russiamission-gva.ru)

Ахмедов Р.Т. также будет участвовать в сессии в рамках собраний Рабочих групп Совета в 2020 году.

С уважением,
Отдел по вопросам МСЭ
""",
    delegates=[D("Соколова И.В.", ["Соколова Ирина Витальевна"],
                 "заместитель директора Департамента цифровой экономики", None),
               D("Ахмедов Руслан Тимурович", ["Ахмедов Р.Т."], "советник Постпредства", "r.akhmedov@russiamission-gva.ru")],
    sessions=["budapest-2019", "cwg-2020"], supersedes="<000001d5492e$8f6e1c20$ae4a5460$@mincifra-ru.gov.ru>")

add("ru_03_blr_cp1251.eml", lang="ru", kind="nomination", ms="BLR",
    frm=("Мінсувязі Беларусі", "mkinfo@mincom-by.gov.by"),
    subject="Ответ на CI-19/35",
    date="Mon, 5 Aug 2019 16:03:22 +0300", rcv="Mon, 5 Aug 2019 15:03:47 +0200",
    host="mail.mincom-by.gov.by", ip="86.57.128.8", qid="F6C1B2A904",
    mid="<20190805130322.2F1A0C3D@mincom-by.gov.by>", charset="windows-1251", cte="qp",
    text="""Добрый день!

Министерство связи и информатизации Республики Беларусь сообщает, что для участия в
консультационной сессии 10.09.2019 (Будапешт) и в последующей сессии на Форуме ВВУИО-2020
назначен:

ЛУКАШЕВИЧ Андрей Николаевич, начальник управления инновационного развития
(тел. +375 17 000 00 00, a.lukashevich@mincom-by.gov.by)

Участие в сессиях в рамках РГС в 2020 году будет определено дополнительно.

--
С уважением,
Управление международного сотрудничества
Министерство связи и информатизации Республики Беларусь
""",
    delegates=[D("ЛУКАШЕВИЧ Андрей Николаевич", ["Лукашевич Андрей Николаевич"],
                 "начальник управления инновационного развития", "a.lukashevich@mincom-by.gov.by")],
    sessions=["budapest-2019", "wsis-2020"])

add("ru_04_kgz_interest.eml", lang="ru", kind="interest_only", ms="KGZ",
    frm=("Госагентство связи КР", "info@nas-kg.gov.kg"),
    subject="RE: CI-19/35",
    date="Thu, 15 Aug 2019 17:40:00 +0600", rcv="Thu, 15 Aug 2019 13:40:26 +0200",
    host="mail.nas-kg.gov.kg", ip="212.112.96.4", qid="07D2C3B4A6",
    mid="<1565869200.3311.nas@nas-kg.gov.kg>", charset="utf-8", cte="base64",
    text="""Здравствуйте,

Кыргызская Республика заинтересована в участии во всех сессиях серии — в Будапеште,
на собраниях Рабочих групп Совета и на Форуме ВВУИО 2020. Кандидатура участника будет
сообщена дополнительно после согласования.

Отдел внешних связей
Государственное агентство связи при Кабинете министров КР

""" + outlook_hdr("23 июля 2019 г. 16:02", "CI-19/35") + "\n" + CIRC_RU,
    sessions=["budapest-2019", "cwg-2020", "wsis-2020"])

add("ru_05_uzb_decline.eml", lang="ru", kind="decline", ms="UZB",
    frm=("Dilshod Rakhimov", "d.rakhimov@mitc-uz.gov.uz"),
    subject="Re: CI-19/35",
    date="Tue, 20 Aug 2019 11:12:50 +0500", rcv="Tue, 20 Aug 2019 08:13:12 +0200",
    host="mail.mitc-uz.gov.uz", ip="213.230.64.6", qid="18E3D4C5B7",
    mid="<CAOp9Xk3U_zb=uz2019@mail.gmail.com>", charset="utf-8", cte="qp",
    text="""Уважаемый Кристофер,

Благодарим за приглашение. К сожалению, в этот раз Узбекистан не сможет направить
представителя на сессию в Будапеште. Возможно, мы вернёмся к этому вопросу, если
сессия будет проводиться во время РГС в Женеве.

С уважением,
Дильшод Рахимов
Министерство по развитию информационных технологий и коммуникаций
""")

add("ru_06_auto_reply.eml", lang="ru", kind="auto_reply", ms=None,
    frm=("Петренко Ольга", "o.petrenko@rcc-tech.org"),
    subject="Автоответ: CI-19/35",
    date="Mon, 29 Jul 2019 09:00:11 +0300", rcv="Mon, 29 Jul 2019 08:00:30 +0200",
    host="mx.rcc-tech.org", ip="62.76.11.9", qid="29F4E5D6C8", rstyle=1,
    mid="<AutoReply.0b7e4a@rcc-tech.org>", charset="koi8-r", cte="qp",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Здравствуйте!

Я нахожусь в отпуске до 12 августа без доступа к почте.
По срочным вопросам обращайтесь к Мельникову Сергею: s.melnikov@rcc-tech.org

Ольга Петренко
""")


# ================================================================ Spanish
add("es_01_mex_nom.eml", lang="es", kind="nomination", ms="MEX",
    frm=("Unidad de Asuntos Internacionales - IFT", "uai@ift-mx.gob.mx"),
    subject="RE: Carta Circular CI-19/35 – designación de México",
    date="Thu, 1 Aug 2019 10:15:42 -0500", rcv="Thu, 1 Aug 2019 17:16:05 +0200",
    host="correo.ift-mx.gob.mx", ip="187.141.20.5", qid="3A05F6E7D9",
    mid="<BN6PR1201MB0177A2@BN6PR1201MB0177.namprd12.prod.outlook.com>", charset="utf-8", cte="qp",
    text="""Estimado Sr. Clark:

En atención a la Carta Circular CI-19/35, le informo que México tiene interés en participar
en las sesiones de consulta "Fomentar las pymes de tecnología e innovación" y que la persona
designada para la sesión del 10 de septiembre en Budapest es la Mtra. Ximena Castañeda Orozco,
Directora General Adjunta de Innovación Digital (ximena.castaneda@ift-mx.gob.mx).

Sin otro particular, reciba un cordial saludo.

Lic. Rodrigo Almazán Téllez
Titular de la Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
""",
    delegates=[D("Ximena Castañeda Orozco", [], "Directora General Adjunta de Innovación Digital",
                 "ximena.castaneda@ift-mx.gob.mx")],
    sessions=["budapest-2019"])

add("es_02_mex_correction_sessions.eml", lang="es", kind="correction", ms="MEX",
    frm=("Unidad de Asuntos Internacionales - IFT", "uai@ift-mx.gob.mx"),
    subject="Actualización: participación de México (CI-19/35)",
    date="Fri, 16 Aug 2019 16:50:03 -0500", rcv="Fri, 16 Aug 2019 21:50:27 +0000",
    host="correo.ift-mx.gob.mx", ip="187.141.20.5", qid="4B1607F8EA",
    mid="<BN6PR1201MB0177C9@BN6PR1201MB0177.namprd12.prod.outlook.com>", charset="utf-8", cte="qp",
    extra=[("References", "<BN6PR1201MB0177A2@BN6PR1201MB0177.namprd12.prod.outlook.com>")],
    text="""Estimado Sr. Clark:

Complementando nuestro correo del 1 de agosto: la Mtra. Ximena Castañeda Orozco participará
no sólo en Budapest sino también en la sesión que se celebre en el Foro de la CMSI 2020.
La designación para Budapest no cambia.

Saludos cordiales,
R. Almazán
IFT
""",
    delegates=[D("Ximena Castañeda Orozco", [], None, None)],
    sessions=["budapest-2019", "wsis-2020"], supersedes="<BN6PR1201MB0177A2@BN6PR1201MB0177.namprd12.prod.outlook.com>")

add("es_03_col_outlook.eml", lang="es", kind="nomination", ms="COL",
    frm=("Despacho Viceministra de Transformación Digital", "despachovtd@mintic-co.gov.co"),
    subject="Designación participante Colombia - sesión de consulta pymes UIT",
    date="Wed, 14 Aug 2019 08:05:12 -0500", rcv="Wed, 14 Aug 2019 15:05:38 +0200",
    host="mail.mintic-co.gov.co", ip="190.24.150.10", qid="5C2718090B", rstyle=1,
    mid="<CY4PR04MB0712F3@CY4PR04MB0712.namprd04.prod.outlook.com>", charset="windows-1252", cte="qp",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="ES-CO"><div class="WordSection1">
<p class="MsoNormal">Buenos días,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Por instrucciones de la Viceministra, me permito confirmar la participación de Colombia en la primera
sesión de consulta en el marco de ITU Telecom World 2019. Relaciono a continuación los datos del funcionario designado:</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#1F3864;color:white"><td>Nombres y apellidos</td><td>Cargo</td><td>Correo</td><td>Sesión</td></tr>
<tr><td>Andrés Felipe Quintero Mejía</td><td>Asesor, Dirección de Economía Digital</td>
<td>aquintero@mintic-co.gov.co</td><td>Budapest, 10/09/2019</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cordialmente,</p>
<p class="MsoNormal"><b>Paola Andrea Rincón</b><br>Contratista – Asuntos Internacionales<br>
Ministerio de Tecnologías de la Información y las Comunicaciones<br>Bogotá D.C., Colombia</p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">Antes de imprimir este mensaje, piense en el medio
ambiente.</span></p>
</div></body></html>""",
    delegates=[D("Andrés Felipe Quintero Mejía", [], "Asesor, Dirección de Economía Digital", "aquintero@mintic-co.gov.co")],
    sessions=["budapest-2019"])

add("es_04_arg_interest.eml", lang="es", kind="interest_only", ms="ARG",
    frm=("Secretaría de Innovación - Relaciones Internacionales", "rrii@innovacion-ar.gob.ar"),
    subject="Re: CI-19/35",
    date="Fri, 26 Jul 2019 12:40:19 -0300", rcv="Fri, 26 Jul 2019 17:40:41 +0200",
    host="smtp.innovacion-ar.gob.ar", ip="181.209.80.4", qid="6D382910AC",
    mid="<CAJx8zq0Arg=Rrii4@mail.gmail.com>", charset="iso-8859-1", cte="qp",
    text="""Estimados:

Por medio de la presente manifestamos el interés de la República Argentina en
participar de la serie de consultas sobre pymes tecnológicas. Oportunamente les
haremos llegar el nombre de quien nos representará en Budapest.

Saludos cordiales,
Dirección de Relaciones Internacionales
Secretaría de Innovación Pública

El mar., 23 jul. 2019 a las 11:02, SME Consultations (<sme@itu.int>) escribió:
""" + gt(CIRC_ES),
    sessions=["budapest-2019"])

add("es_05_per_late.eml", lang="es", kind="nomination", ms="PER",
    frm=("Carmen Rosa Huamán Quispe", "chuaman@mtc-pe.gob.pe"),
    subject="Perú - participación en sesión de consulta SME (Budapest)",
    date="Mon, 19 Aug 2019 18:22:54 -0500", rcv="Tue, 20 Aug 2019 01:23:17 +0200",
    host="correo.mtc-pe.gob.pe", ip="200.37.140.3", qid="7E493A21BD",
    mid="<5D5B2F7E.6090201@mtc-pe.gob.pe>", charset="utf-8", cte="base64",
    text="""Señores UIT:

Disculpen la demora. Confirmo que seré yo quien represente al Perú en la sesión
de consulta del 10 de septiembre, aprovechando que formo parte de la delegación
peruana a ITU Telecom World.

Atentamente,

Carmen Rosa Huamán Quispe
Directora de Políticas y Regulación en Comunicaciones
Ministerio de Transportes y Comunicaciones del Perú
""",
    delegates=[D("Carmen Rosa Huamán Quispe", [], "Directora de Políticas y Regulación en Comunicaciones",
                 "chuaman@mtc-pe.gob.pe")],
    sessions=["budapest-2019"])

add("es_06_cub_decline.eml", lang="es", kind="decline", ms="CUB",
    frm=("Misión Permanente de Cuba - Ginebra", "uit@misioncuba-gva.cu"),
    subject="Nota - CI-19/35",
    date="Thu, 8 Aug 2019 14:00:00 +0200", rcv="Thu, 8 Aug 2019 14:00:31 +0200",
    host="mail.misioncuba-gva.cu", ip="169.158.0.12", qid="8F5A4B32CE",
    mid="<20190808120000.11A2@misioncuba-gva.cu>", charset="iso-8859-1", cte="qp",
    text="""La Misión Permanente de la República de Cuba ante la Oficina de las Naciones Unidas en
Ginebra y otros Organismos Internacionales saluda atentamente a la Secretaría General de la
Unión Internacional de Telecomunicaciones y, con referencia a la Carta Circular CI-19/35,
tiene el honor de informar que Cuba no estará en condiciones de participar en la sesión de
consulta prevista en Budapest.

La Misión Permanente de Cuba aprovecha la ocasión para reiterar a la Secretaría General de
la UIT las seguridades de su más alta consideración.

Ginebra, 8 de agosto de 2019
""")

add("es_07_chl_nom.eml", lang="es", kind="nomination", ms="CHL",
    frm=("Subtel Chile - Asuntos Internacionales", "internacional@subtel-cl.gob.cl"),
    subject="Postulación Chile / Sesión consulta pymes tecnológicas",
    date="Wed, 31 Jul 2019 11:02:00 -0400", rcv="Wed, 31 Jul 2019 17:02:25 +0200",
    host="mx.subtel-cl.gob.cl", ip="200.91.40.9", qid="906B5C43DF",
    mid="<000c01d547b2$4a7e0b20$df7a2160$@subtel-cl.gob.cl>", charset="iso-8859-1", cte="qp",
    text="""Estimado Christopher,

Junto con saludar, te comento que Chile participará en la sesión de Budapest con dos
representantes:

* Sr. Matías Ignacio Fuenzalida Rojas, Jefe División Política Regulatoria y Estudios
  (mfuenzalida@subtel-cl.gob.cl)
* Sra. Javiera Paz Olivares Henríquez, Coordinadora Programa Startup Conectividad
  (jolivares@subtel-cl.gob.cl)

No podremos estar en la del Foro CMSI, pero sí nos interesa la de los Grupos de Trabajo
del Consejo a inicios de 2020, en la que participaría la Sra. Olivares.

Saludos,
Francisca Soto M.
Coordinación de Asuntos Internacionales | Subsecretaría de Telecomunicaciones
""",
    delegates=[D("Matías Ignacio Fuenzalida Rojas", [], "Jefe División Política Regulatoria y Estudios",
                 "mfuenzalida@subtel-cl.gob.cl"),
               D("Javiera Paz Olivares Henríquez", [], "Coordinadora Programa Startup Conectividad",
                 "jolivares@subtel-cl.gob.cl")],
    sessions=["budapest-2019", "cwg-2020"])


# ================================================================ Portuguese
add("pt_01_bra_nom.eml", lang="pt", kind="nomination", ms="BRA",
    frm=("Assessoria Internacional - MCTIC", "assin@mctic-br.gov.br"),
    subject="Indicação do Brasil - Sessão de consulta PMEs (Circular CI-19/35)",
    date="Tue, 13 Aug 2019 15:47:30 -0300", rcv="Tue, 13 Aug 2019 20:47:52 +0200",
    host="correio.mctic-br.gov.br", ip="200.130.5.40", qid="A17C6D54F0",
    mid="<f1a2b3c4d5e6.assin.20190813@mctic-br.gov.br>", charset="iso-8859-1", cte="qp",
    text="""Prezado Senhor Christopher Clark,

Em resposta à Circular CI-19/35, informamos que o Brasil tem interesse em participar das
sessões de consulta sobre o fomento às PMEs de tecnologia e inovação.

Para a primeira sessão, em Budapeste, indicamos o Sr. João Guilherme Albuquerque Nogueira,
Coordenador-Geral de Empreendedorismo Inovador (joao.nogueira@mctic-br.gov.br).
Para as sessões de 2020 (Grupos de Trabalho do Conselho e Fórum da CMSI), a indicação será
feita oportunamente.

Atenciosamente,

Assessoria Especial de Assuntos Internacionais
Ministério da Ciência, Tecnologia, Inovações e Comunicações
""",
    delegates=[D("João Guilherme Albuquerque Nogueira", [], "Coordenador-Geral de Empreendedorismo Inovador",
                 "joao.nogueira@mctic-br.gov.br")],
    sessions=["budapest-2019"])

add("pt_02_prt_interest.eml", lang="pt", kind="interest_only", ms="PRT",
    frm=("Rita Magalhães", "rita.magalhaes@anacom-pt.pt"),
    subject="RE: CI-19/35 - Fostering tech and innovation SMEs",
    date="Wed, 7 Aug 2019 10:30:44 +0100", rcv="Wed, 7 Aug 2019 11:31:06 +0200",
    host="mail.anacom-pt.pt", ip="195.23.1.18", qid="B28D7E6501",
    mid="<HE1PR0701MB2635B0@HE1PR0701MB2635.eurprd07.prod.outlook.com>", charset="utf-8", cte="qp",
    text="""Caro Christopher,

Obrigada pelo convite. Portugal está interessado em acompanhar esta série de consultas,
em particular a sessão que decorrerá durante as reuniões dos Grupos de Trabalho do Conselho
no início de 2020. Quanto a Budapeste, infelizmente não nos será possível estar
presentes. Indicaremos o nome do nosso participante mais perto da data.

Com os melhores cumprimentos,
Rita Magalhães
Direção de Relações Internacionais
""",
    sessions=["cwg-2020"])

add("pt_03_moz_late.eml", lang="pt", kind="nomination", ms="MOZ",
    frm=("INCM Moçambique", "cooperacao@incm-mz.gov.mz"),
    subject="Nomeação - Sessão de Consulta Budapeste",
    date="Sat, 17 Aug 2019 09:10:00 +0200", rcv="Sat, 17 Aug 2019 09:10:18 +0200",
    host="mail.incm-mz.gov.mz", ip="196.28.240.7", qid="C39E8F7612",
    mid="<000301d554d8$0a1b2c30$1e2f3a40$@incm-mz.gov.mz>", charset="windows-1252", cte="qp",
    text="""Exmos. Senhores,

O Instituto Nacional das Comunicações de Moçambique tem a honra de nomear a Dra. Celeste
Armando Macuácua, Chefe do Departamento de Inovação, como representante de Moçambique na
sessão de consulta de 10 de Setembro de 2019, em Budapeste.

Contacto: celeste.macuacua@incm-mz.gov.mz

Sem outro assunto de momento, subscrevemo-nos com elevada estima e consideração.

Departamento de Cooperação Internacional
INCM - Maputo
""",
    delegates=[D("Celeste Armando Macuácua", [], "Chefe do Departamento de Inovação", "celeste.macuacua@incm-mz.gov.mz")],
    sessions=["budapest-2019"])


# ================================================================ German
add("de_01_deu_html.eml", lang="de", kind="nomination", ms="DEU",
    frm=("Referat VI B 3 - Internationale Digitalpolitik", "ref-vib3@bmdi-de.bund.de"),
    subject="AW: ITU Rundschreiben CI-19/35 - Benennung",
    date="Thu, 15 Aug 2019 13:27:09 +0200", rcv="Thu, 15 Aug 2019 13:27:33 +0200",
    host="mx.bmdi-de.bund.de", ip="77.87.228.5", qid="D4AF908723",
    mid="<7c9e2f3a1b4d4e5f8a6b@bmdi-de.bund.de>", charset="iso-8859-1", cte="qp",
    text="""Sehr geehrter Herr Clark,

unter Bezugnahme auf das Rundschreiben CI-19/35 benennen wir für die erste
Konsultationssitzung am 10. September 2019 in Budapest:

  Frau Dr. Annegret Schäfer-Lindqvist
  Leiterin des Referats Start-ups und Mittelstand digital
  annegret.schaefer-lindqvist@bmdi-de.bund.de

sowie als Vertreter

  Herrn Jörg Weißenböck
  Referent, joerg.weissenboeck@bmdi-de.bund.de

An den Sitzungen 2020 (Ratsarbeitsgruppen, WSIS-Forum) wird Deutschland voraussichtlich
ebenfalls teilnehmen; die Benennung erfolgt gesondert.

Mit freundlichen Grüßen
im Auftrag
Konstantin Brandl

Bundesministerium für Digitales und Innovation
Referat VI B 3
""",
    html="""<div style="font-family:Arial;font-size:10pt">Sehr geehrter Herr Clark,<br><br>
unter Bezugnahme auf das Rundschreiben CI-19/35 benennen wir f&uuml;r die erste Konsultationssitzung am
10.&nbsp;September 2019 in Budapest:<br><br>
<blockquote>Frau Dr. Annegret Sch&auml;fer-Lindqvist<br>Leiterin des Referats Start-ups und Mittelstand digital<br>
annegret.schaefer-lindqvist@bmdi-de.bund.de</blockquote>
sowie als Vertreter<br>
<blockquote>Herrn J&ouml;rg Wei&szlig;enb&ouml;ck<br>Referent, joerg.weissenboeck@bmdi-de.bund.de</blockquote>
An den Sitzungen 2020 (Ratsarbeitsgruppen, WSIS-Forum) wird Deutschland voraussichtlich ebenfalls teilnehmen;
die Benennung erfolgt gesondert.<br><br>Mit freundlichen Gr&uuml;&szlig;en<br>im Auftrag<br>Konstantin Brandl<br><br>
<span style="color:#666">Bundesministerium f&uuml;r Digitales und Innovation<br>Referat VI B 3</span></div>""",
    delegates=[D("Annegret Schäfer-Lindqvist", [], "Leiterin des Referats Start-ups und Mittelstand digital",
                 "annegret.schaefer-lindqvist@bmdi-de.bund.de"),
               D("Jörg Weißenböck", [], "Referent", "joerg.weissenboeck@bmdi-de.bund.de")],
    sessions=["budapest-2019"])

add("de_02_aut_decline.eml", lang="de", kind="decline", ms="AUT",
    frm=("Huber Lukas (BMVIT-AT)", "lukas.huber@bmvit-at.gv.at"),
    subject="CI-19/35 - Rückmeldung Österreich",
    date="Tue, 23 Jul 2019 23:59:00 +0200", rcv="Wed, 24 Jul 2019 08:44:21 +0200",
    host="mail.bmvit-at.gv.at", ip="194.232.104.3", qid="E5B0A19834",
    mid="<D9A2B3C4.5E6F@bmvit-at.gv.at>", charset="utf-8", cte="qp",
    text="""Lieber Herr Clark,

danke für die Einladung. Österreich wird an der Sitzung in Budapest leider nicht
teilnehmen können; die zuständige Abteilung ist im September personell stark
eingeschränkt. Für künftige Sitzungen bitten wir um neuerliche Einladung.

Beste Grüße aus Wien
Lukas Huber

--
Mag. Lukas Huber
Abteilung Telekommunikation international
Bundesministerium für Verkehr, Innovation und Technologie
""")

add("de_03_bounce_de.eml", lang="de", kind="bounce", ms=None,
    frm=("Mail Delivery Subsystem", "postmaster@mx.bakom-example.ch"),
    subject="Unzustellbar: Circular CI-19/35: Consultation sessions - Fostering tech and innovation SMEs",
    date="Thu, 25 Jul 2019 07:02:11 +0200", rcv="Thu, 25 Jul 2019 07:02:29 +0200",
    host="mx.bakom-example.ch", ip="162.23.2.10", qid="F6C1B2A945",
    mid="<NDR.20190725050211.4471@mx.bakom-example.ch>",
    body=bounce_body(
        "Reporting-MTA: dns; mx.bakom-example.ch\n\nFinal-Recipient: rfc822; intl-affairs@bakom-example.ch\n"
        "Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full - Postfach voll\n",
        """Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.

Empfänger: intl-affairs@bakom-example.ch
Grund: Das Postfach des Empfängers ist voll (552 5.2.2).

Betreff: Circular CI-19/35: Consultation sessions - Fostering tech and innovation SMEs
Gesendet: 24.07.2019 09:30
""",
        "From: SME Consultations <sme@itu.int>\nTo: intl-affairs@bakom-example.ch\n"
        "Subject: Circular CI-19/35: Consultation sessions - Fostering tech and innovation SMEs\n"
        "Message-ID: <CI1935.0177@itu.int>\n",
        "=_ndr_F6C1B2A945", "utf-8"))


# ================================================================ Italian
add("it_01_ita_nom.eml", lang="it", kind="nomination", ms="ITA",
    frm=("Segreteria Relazioni Internazionali - MISE", "relint.comunicazioni@mise-it.gov.it"),
    subject="Circolare UIT CI-19/35 - designazione del rappresentante italiano",
    date="Fri, 9 Aug 2019 12:12:12 +0200", rcv="Fri, 9 Aug 2019 12:12:40 +0200",
    host="posta.mise-it.gov.it", ip="151.1.1.20", qid="07D2C3B456",
    mid="<1565345532.relint.4410@mise-it.gov.it>", charset="iso-8859-15", cte="qp",
    text="""Gentile Dott. Clark,

con riferimento alla Circolare CI-19/35, si comunica che l'Italia parteciperà alla
sessione di consultazione del 10 settembre a Budapest. Il Ministero ha designato
l'Ing. Francesca De Santis, Dirigente della Divisione PMI innovative e startup
(francesca.desantis@mise-it.gov.it). Per l'eventuale sessione durante il Forum WSIS
2020 ci riserviamo di comunicare un nominativo in un secondo momento.

Cordiali saluti,

Segreteria Relazioni Internazionali
Direzione generale per le comunicazioni
""",
    delegates=[D("Francesca De Santis", [], "Dirigente della Divisione PMI innovative e startup",
                 "francesca.desantis@mise-it.gov.it")],
    sessions=["budapest-2019"])


# ================================================================ Turkish
add("tr_01_tur_latin5.eml", lang="tr", kind="nomination", ms="TUR",
    frm=("Dış İlişkiler Dairesi Başkanlığı", "disiliskiler@uab-tr.gov.tr"),
    subject="ITU CI-19/35 sayılı genelge hk.",
    date="Mon, 12 Aug 2019 11:35:27 +0300", rcv="Mon, 12 Aug 2019 10:35:50 +0200",
    host="eposta.uab-tr.gov.tr", ip="212.175.160.4", qid="18E3D4C567",
    mid="<20190812083527.4F2A@uab-tr.gov.tr>", charset="iso-8859-9", cte="qp",
    text="""Sayın Christopher Clark,

CI-19/35 sayılı genelgeniz ile davet edilen "Teknoloji ve inovasyon KOBİ'lerinin
desteklenmesi" istişare toplantılarına Türkiye olarak katılmak istiyoruz.

10 Eylül 2019 tarihinde Budapeşte'de yapılacak ilk toplantıya Bakanlığımızı temsilen
Haberleşme Genel Müdürlüğü Daire Başkanı Elif Gündoğdu Hanım ile uzman Oğuzhan Çelik Bey
katılacaktır.

İletişim: elif.gundogdu@uab-tr.gov.tr ; oguzhan.celik@uab-tr.gov.tr

Saygılarımla,

Serkan Yıldırım
Dış İlişkiler Dairesi Başkan Yardımcısı
Ulaştırma ve Altyapı Bakanlığı
""",
    delegates=[D("Elif Gündoğdu", [], "Haberleşme Genel Müdürlüğü Daire Başkanı", "elif.gundogdu@uab-tr.gov.tr"),
               D("Oğuzhan Çelik", [], "uzman", "oguzhan.celik@uab-tr.gov.tr")],
    sessions=["budapest-2019"])

add("tr_02_newsletter_unrelated.eml", lang="tr", kind="unrelated", ms=None,
    frm=("TeknoKOBİ Bülteni", "bulten@teknokobi-haber.com.tr"),
    subject="TeknoKOBİ Bülteni | Ağustos 2019: Budapeşte'de ITU Telecom World heyecanı",
    date="Tue, 20 Aug 2019 08:00:00 +0300", rcv="Tue, 20 Aug 2019 07:00:19 +0200",
    host="mailer.teknokobi-haber.com.tr", ip="185.86.12.30", qid="29F4E5D678",
    mid="<bulten-2019-08.55120@teknokobi-haber.com.tr>", charset="utf-8", cte="base64",
    extra=[("List-Id", "TeknoKOBI Bulteni <bulten.teknokobi-haber.com.tr>"),
           ("List-Unsubscribe", "<mailto:unsubscribe@teknokobi-haber.com.tr>")],
    html="""<html><body style="font-family:Verdana;font-size:13px">
<h2>TeknoKOBİ Bülteni – Ağustos 2019</h2>
<ul>
<li><b>ITU Telecom World 2019 Budapeşte'de:</b> 9-12 Eylül'de düzenlenecek etkinlikte Türk girişimleri için ulusal
pavyon kuruluyor. Başvurular 30 Ağustos'a kadar.</li>
<li>KOBİ'ler için yeni 5G test altyapısı desteği açıklandı.</li>
<li>Röportaj: Girişimci Deniz Aksoy ile yapay zekâ ve ihracat üzerine.</li>
</ul>
<p style="font-size:10px;color:#888">Bu e-postayı bültenimize abone olduğunuz için aldınız.
Abonelikten çıkmak için tıklayın.</p>
</body></html>""")


# ================================================================ Persian
add("fa_01_irn_nom.eml", lang="fa", kind="nomination", ms="IRN",
    frm=("اداره کل همکاری‌های بین‌المللی", "intl@ict-ir.gov.ir"),
    subject="پاسخ به بخشنامه CI-19/35",
    date="Wed, 14 Aug 2019 12:10:33 +0430", rcv="Wed, 14 Aug 2019 09:41:02 +0200",
    host="mail.ict-ir.gov.ir", ip="217.218.0.25", qid="3A05F6E789",
    mid="<1565770833.22871@ict-ir.gov.ir>", charset="utf-8", cte="base64",
    text="""جناب آقای کلارک

با سلام و احترام،

عطف به بخشنامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹، به استحضار می‌رساند وزارت ارتباطات و فناوری
اطلاعات جمهوری اسلامی ایران علاقه‌مند به مشارکت در جلسات مشورتی «حمایت از شرکت‌های کوچک و متوسط
فناوری و نوآوری» است. خانم مهندس نرگس موسوی‌نژاد، معاون دفتر توسعه کسب‌وکارهای نوپا، به عنوان
نماینده برای جلسه نخست در بوداپست (۱۰ سپتامبر ۲۰۱۹) معرفی می‌گردد.

نشانی پست الکترونیکی: n.mousavinejad@ict-ir.gov.ir

با تجدید احترام
اداره کل همکاری‌های بین‌المللی
""",
    delegates=[D("نرگس موسوی‌نژاد", ["نرگس موسوی نژاد"], "معاون دفتر توسعه کسب‌وکارهای نوپا",
                 "n.mousavinejad@ict-ir.gov.ir")],
    sessions=["budapest-2019"])

add("fa_02_irn_correction_late.eml", lang="fa", kind="correction", ms="IRN",
    frm=("اداره کل همکاری‌های بین‌المللی", "intl@ict-ir.gov.ir"),
    subject="اصلاحیه: معرفی نماینده - CI-19/35",
    date="Sun, 18 Aug 2019 10:05:00 +0430", rcv="Sun, 18 Aug 2019 07:35:24 +0200",
    host="mail.ict-ir.gov.ir", ip="217.218.0.25", qid="4B1607F89A",
    mid="<1566108300.23990@ict-ir.gov.ir>", charset="utf-8", cte="qp",
    extra=[("In-Reply-To", "<1565770833.22871@ict-ir.gov.ir>")],
    text="""با سلام،

احتراماً، پیرو نامه مورخ ۱۴ اوت، به اطلاع می‌رساند به علت تغییر در ترکیب هیئت اعزامی، آقای دکتر
کامران رضایی‌فر (Kamran Rezaeifar)، مدیرکل دفتر نوآوری و شرکت‌های دانش‌بنیان، به جای خانم موسوی‌نژاد
در جلسه بوداپست شرکت خواهد کرد. ایشان همچنین در جلسه مشورتی مجمع WSIS سال ۲۰۲۰ حضور خواهند داشت.

پست الکترونیکی: k.rezaeifar@ict-ir.gov.ir

با تشکر
""",
    delegates=[D("کامران رضایی‌فر", ["Kamran Rezaeifar", "کامران رضایی فر"], "مدیرکل دفتر نوآوری و شرکت‌های دانش‌بنیان",
                 "k.rezaeifar@ict-ir.gov.ir")],
    sessions=["budapest-2019", "wsis-2020"], supersedes="<1565770833.22871@ict-ir.gov.ir>")


# ================================================================ Indonesian
add("id_01_idn_interest.eml", lang="id", kind="interest_only", ms="IDN",
    frm=("Biro Kerja Sama Internasional Kominfo", "bkli@kominfo-id.go.id"),
    subject="Tanggapan Surat Edaran ITU CI-19/35",
    date="Fri, 2 Aug 2019 16:30:00 +0700", rcv="Fri, 2 Aug 2019 11:30:26 +0200",
    host="mail.kominfo-id.go.id", ip="103.10.64.5", qid="5C27180901",
    mid="<CAKp4Q2kominfoIDN8@mail.gmail.com>", charset="utf-8", cte="qp",
    text="""Yth. Sekretariat ITU,

Dengan hormat,

Menindaklanjuti Surat Edaran CI-19/35, bersama ini kami sampaikan bahwa Indonesia berminat
untuk ikut serta dalam sesi konsultasi pertama di Budapest pada tanggal 10 September 2019.
Nama peserta yang akan mewakili Indonesia akan kami sampaikan segera setelah surat tugas
diterbitkan.

Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Luar Negeri
Kementerian Komunikasi dan Informatika RI
""",
    sessions=["budapest-2019"])


# ================================================================ Swahili
add("sw_01_tza_nom.eml", lang="sw", kind="nomination", ms="TZA",
    frm=("Wizara ya Mawasiliano - Kitengo cha Mahusiano ya Kimataifa", "kimataifa@mawasiliano-tz.go.tz"),
    subject="Uteuzi wa mshiriki - Barua ya ITU CI-19/35",
    date="Thu, 15 Aug 2019 10:12:00 +0300", rcv="Thu, 15 Aug 2019 09:12:31 +0200",
    host="barua.mawasiliano-tz.go.tz", ip="41.59.0.22", qid="6D38291012",
    mid="<20190815071200.9911@mawasiliano-tz.go.tz>", charset="utf-8", cte="qp",
    text="""Ndugu Christopher Clark,

Kwa kurejea barua ya ITU Kumb. Na. CI-19/35 ya tarehe 23 Julai 2019, Wizara inapenda
kuthibitisha nia ya Jamhuri ya Muungano wa Tanzania kushiriki katika mikutano ya mashauriano
kuhusu kukuza biashara ndogo na za kati za teknolojia na ubunifu.

Wizara imemteua Bi. Neema Joseph Mwakyusa, Mkurugenzi Msaidizi wa TEHAMA
(neema.mwakyusa@mawasiliano-tz.go.tz), kushiriki katika kikao cha kwanza kitakachofanyika
Budapest tarehe 10 Septemba 2019.

Wako katika ujenzi wa Taifa,

Eng. Baraka Mollel
Kwa niaba ya Katibu Mkuu
""",
    delegates=[D("Neema Joseph Mwakyusa", [], "Mkurugenzi Msaidizi wa TEHAMA", "neema.mwakyusa@mawasiliano-tz.go.tz")],
    sessions=["budapest-2019"])


# ================================================================ Japanese
add("ja_01_jpn_iso2022jp.eml", lang="ja", kind="nomination", ms="JPN",
    frm=("総務省 国際政策課", "kokusai-seisaku@soumu-jp.go.jp"),
    subject="【回答】ITU回章CI-19/35（中小企業協議セッション）",
    date="Tue, 13 Aug 2019 17:45:21 +0900", rcv="Tue, 13 Aug 2019 10:45:50 +0200",
    host="mx.soumu-jp.go.jp", ip="210.138.1.30", qid="7E493A2123",
    mid="<20190813174521.A1B2C3@soumu-jp.go.jp>", charset="iso-2022-jp", cte="7bit",
    text="""ITU事務局
Christopher Clark 様

いつもお世話になっております。
回章CI-19/35にてご案内いただいた協議セッションにつきまして、日本より以下の者が
9月10日のブダペストでのセッションに出席いたします。

  氏名：高橋 美咲（TAKAHASHI Misaki）
  所属・役職：総務省 情報流通行政局 イノベーション推進室 室長補佐
  メール：m-takahashi@soumu-jp.go.jp

なお、2020年の理事会作業部会会合中のセッションについては、改めてご連絡いたします。

以上、よろしくお願いいたします。

総務省 国際戦略局 国際政策課
渡辺 健一
""",
    delegates=[D("高橋 美咲", ["TAKAHASHI Misaki", "高橋美咲"],
                 "総務省 情報流通行政局 イノベーション推進室 室長補佐", "m-takahashi@soumu-jp.go.jp")],
    sessions=["budapest-2019"])

add("ja_02_jpn_inquiry_sjis.eml", lang="ja", kind="inquiry", ms="JPN",
    frm=("国際協力室 佐藤", "sato-y@jmic-jp.go.jp"),
    subject="CI-19/35に関するお問い合わせ",
    date="Mon, 29 Jul 2019 13:20:00 +0900", rcv="Mon, 29 Jul 2019 06:20:33 +0200",
    host="mail.jmic-jp.go.jp", ip="133.205.4.10", qid="8F5A4B3234",
    mid="<002501d545c2$aa11bb20$fe223360$@jmic-jp.go.jp>", charset="shift_jis", cte="base64",
    text="""Clark様

突然のご連絡失礼いたします。
回章CI-19/35について、2点確認させてください。

1. ブダペストのセッションは英語のみで行われるのでしょうか。通訳の予定はありますか。
2. 出席者はTelecom Worldの参加登録を別途行う必要がありますか。

お手数ですが、ご教示いただけますと幸いです。

佐藤 陽子
国際協力室
""")


# ================================================================ Korean
add("ko_01_kor_euckr.eml", lang="ko", kind="nomination", ms="KOR",
    frm=("과학기술정보통신부 국제협력관실", "intl-coop@msit-kr.go.kr"),
    subject="[회신] ITU 회람 CI-19/35 관련 참석자 통보",
    date="Wed, 14 Aug 2019 18:02:40 +0900", rcv="Wed, 14 Aug 2019 11:03:05 +0200",
    host="mail.msit-kr.go.kr", ip="211.237.1.8", qid="906B5C4345",
    mid="<20190814090240.KR7731@msit-kr.go.kr>", charset="euc-kr", cte="base64",
    text="""Christopher Clark 님께,

안녕하십니까. 과학기술정보통신부 국제협력관실입니다.

ITU 회람 CI-19/35와 관련하여, 대한민국은 9월 10일 부다페스트에서 개최되는 첫 번째
협의 세션에 아래와 같이 참석자를 통보합니다.

- 성명: 박지훈 (PARK Jihoon)
- 직위: 정보통신산업정책과 서기관
- 이메일: jhpark@msit-kr.go.kr

- 성명: 이서연 (LEE Seoyeon)
- 직위: 주제네바 대표부 참사관
- 이메일: sylee@mofa-kr.go.kr

감사합니다.

국제협력관실 드림
""",
    delegates=[D("박지훈", ["PARK Jihoon"], "정보통신산업정책과 서기관", "jhpark@msit-kr.go.kr"),
               D("이서연", ["LEE Seoyeon"], "주제네바 대표부 참사관", "sylee@mofa-kr.go.kr")],
    sessions=["budapest-2019"])

add("ko_02_kor_interest_late.eml", lang="ko", kind="interest_only", ms="KOR",
    frm=("김하늘", "haneul.kim@nipa-kr.or.kr"),
    subject="RE: CI-19/35 WSIS 세션 관심 표명",
    date="Sat, 17 Aug 2019 07:30:00 +0900", rcv="Fri, 16 Aug 2019 22:30:41 +0000",
    host="smtp.nipa-kr.or.kr", ip="211.43.200.5", qid="A17C6D5456",
    mid="<CADk9f=KimHaneul.nipa@mail.gmail.com>", charset="utf-8", cte="qp",
    text="""Clark 님 안녕하세요,

정보통신산업진흥원(NIPA)은 과기정통부와 협의하여, 2020년 WSIS 포럼 기간 중 열리는
세션에 한국 측 참여를 희망합니다. 참석자는 추후 확정되는 대로 알려드리겠습니다.
(부다페스트 세션 참석자는 과기정통부에서 별도로 통보하였습니다.)

감사합니다.
김하늘 드림
글로벌협력팀, 정보통신산업진흥원
""",
    sessions=["wsis-2020"])


# ================================================================ Ukrainian
add("uk_01_ukr_late_inflected.eml", lang="uk", kind="nomination", ms="UKR",
    frm=("Міністерство цифрової трансформації України", "intl@mintsyfra-ua.gov.ua"),
    subject="Щодо циркулярного листа МСЕ CI-19/35",
    date="Mon, 19 Aug 2019 12:40:15 +0300", rcv="Mon, 19 Aug 2019 11:40:39 +0200",
    host="mail.mintsyfra-ua.gov.ua", ip="91.198.10.4", qid="B28D7E6567",
    mid="<0e4a11c2-7b3d-4c9a-8f21-d5e6f7a8b9c0@mintsyfra-ua.gov.ua>", charset="windows-1251", cte="base64",
    text="""Шановний пане Кларк,

Міністерство цифрової трансформації України висловлює зацікавленість в участі у серії
консультаційних сесій та просить зареєструвати для участі в сесії 10 вересня 2019 року
в Будапешті Олександру Коваленко, директорку директорату розвитку інноваційного
підприємництва.

Контактна особа: Коваленко Олександра Миколаївна, o.kovalenko@mintsyfra-ua.gov.ua

Просимо вибачення за затримку з відповіддю.

З повагою,
Управління міжнародного співробітництва
""",
    delegates=[D("Олександру Коваленко", ["Коваленко Олександра Миколаївна", "Олександра Коваленко"],
                 "директорка директорату розвитку інноваційного підприємництва", "o.kovalenko@mintsyfra-ua.gov.ua")],
    sessions=["budapest-2019"])

add("uk_02_ukr_decline.eml", lang="uk", kind="decline", ms="UKR",
    frm=("Національна комісія з регулювання зв'язку", "nkrzi-intl@nkrzi-ua.gov.ua"),
    subject="Re: CI-19/35",
    date="Thu, 1 Aug 2019 09:50:00 +0300", rcv="Thu, 1 Aug 2019 08:50:22 +0200",
    host="mx.nkrzi-ua.gov.ua", ip="194.44.30.2", qid="C39E8F7678",
    mid="<5D428C38.40301@nkrzi-ua.gov.ua>", charset="koi8-u", cte="qp",
    text="""Доброго дня!

Дякуємо за запрошення. Повідомляємо, що НКРЗІ не братиме участі в консультаційних
сесіях, оскільки питання підтримки МСП не належать до компетенції регулятора.
Питання участі України перебуває у віданні Мінцифри.

З повагою,
відділ міжнародного співробітництва НКРЗІ
""")


# ================================================================ Polish
add("pl_01_pol_inflected.eml", lang="pl", kind="nomination", ms="POL",
    frm=("Departament Współpracy Międzynarodowej KPRM", "dwm@cyfra-pl.gov.pl"),
    subject="Odp: Okólnik ITU CI-19/35 - zgłoszenie uczestnika",
    date="Fri, 9 Aug 2019 14:05:55 +0200", rcv="Fri, 9 Aug 2019 14:06:18 +0200",
    host="poczta.cyfra-pl.gov.pl", ip="195.187.90.3", qid="D4AF908789",
    mid="<6a1b2c3d-pl-dwm-20190809@cyfra-pl.gov.pl>", charset="iso-8859-2", cte="qp",
    text="""Szanowny Panie,

w odpowiedzi na okólnik CI-19/35 uprzejmie informuję, że Polskę na sesji konsultacyjnej
w Budapeszcie (10 września 2019 r.) reprezentować będzie Pani Katarzyna Wójcik-Nowak,
naczelnik Wydziału Innowacji Cyfrowych. Wraz z Panem Tomaszem Zielińskim, radcą
w Stałym Przedstawicielstwie RP w Genewie, weźmie ona również udział w sesji podczas
posiedzeń grup roboczych Rady na początku 2020 r.

Dane kontaktowe:
K. Wójcik-Nowak - katarzyna.wojcik-nowak@cyfra-pl.gov.pl
T. Zieliński - tomasz.zielinski@msz-pl.gov.pl

Z poważaniem
Agnieszka Lewandowska
Departament Współpracy Międzynarodowej
""",
    delegates=[D("Katarzyna Wójcik-Nowak", ["K. Wójcik-Nowak"], "naczelnik Wydziału Innowacji Cyfrowych",
                 "katarzyna.wojcik-nowak@cyfra-pl.gov.pl"),
               D("Tomaszem Zielińskim", ["Tomasz Zieliński", "T. Zieliński"],
                 "radca w Stałym Przedstawicielstwie RP w Genewie", "tomasz.zielinski@msz-pl.gov.pl")],
    sessions=["budapest-2019", "cwg-2020"])

add("pl_02_company_unrelated.eml", lang="pl", kind="unrelated", ms=None,
    frm=("Bartosz Kamiński | SkalaTech", "b.kaminski@skalatech.pl"),
    subject="Współpraca przy ITU Telecom World Budapeszt",
    date="Tue, 6 Aug 2019 10:11:12 +0200", rcv="Tue, 6 Aug 2019 10:11:35 +0200",
    host="mail.skalatech.pl", ip="79.96.1.4", qid="E5B0A1989A",
    mid="<CAN7_skalatech.bk.0806@mail.gmail.com>", charset="utf-8", cte="qp",
    text="""Dzień dobry,

jesteśmy polskim startupem (IoT dla rolnictwa) i wybieramy się na ITU Telecom World
w Budapeszcie. Czy istnieje możliwość zaprezentowania naszego rozwiązania podczas
sesji dla MŚP? Chętnie prześlemy prezentację firmy.

Pozdrawiam serdecznie,
Bartosz Kamiński
CEO, SkalaTech sp. z o.o.
""")


# ================================================================ Dutch
add("nl_01_nld_selfnom.eml", lang="nl", kind="nomination", ms="NLD",
    frm=("Bakker, S. (Sanne)", "s.bakker@minezk-nl.nl"),
    subject="Deelname consultatiesessie Boedapest",
    date="Thu, 15 Aug 2019 16:20:40 +0200", rcv="Thu, 15 Aug 2019 16:21:03 +0200",
    host="mail.minezk-nl.nl", ip="147.181.96.10", qid="F6C1B2A9AB", rstyle=1,
    mid="<AM6PR09MB3317B8@AM6PR09MB3317.eurprd09.prod.outlook.com>", charset="utf-8", cte="qp",
    text="""Beste heer Clark,

Namens Nederland zal ik zelf deelnemen aan de consultatiesessie over tech- en
innovatie-mkb op 10 september in Boedapest. Ik ben daar sowieso als lid van onze
delegatie bij Telecom World.

Met vriendelijke groet,

drs. S. (Sanne) Bakker
Senior beleidsmedewerker Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73 | 2594 AC | Den Haag
""",
    delegates=[D("Sanne Bakker", ["S. Bakker", "S. (Sanne) Bakker"], "Senior beleidsmedewerker Digitale Economie",
                 "s.bakker@minezk-nl.nl")],
    sessions=["budapest-2019"])


# ================================================================ Romanian
add("ro_01_rou_interest_late.eml", lang="ro", kind="interest_only", ms="ROU",
    frm=("ANCOM - Relații Internaționale", "ri@ancom-ro.ro"),
    subject="Interes România - circulara UIT CI-19/35",
    date="Mon, 26 Aug 2019 11:00:00 +0300", rcv="Mon, 26 Aug 2019 10:00:27 +0200",
    host="mail.ancom-ro.ro", ip="193.230.1.40", qid="07D2C3B4BC",
    mid="<20190826080000.RI771@ancom-ro.ro>", charset="iso-8859-16", cte="qp",
    text="""Stimate domnule Clark,

Vă rugăm să luați notă de interesul României pentru sesiunea de consultare de la
Budapesta. Persoana desemnată va fi comunicată în cel mai scurt timp.
Ne cerem scuze pentru răspunsul întârziat.

Cu stimă,
Direcția Relații Internaționale
Autoritatea Națională pentru Administrare și Reglementare în Comunicații
""",
    sessions=["budapest-2019"])


# ================================================================ Czech
add("cs_01_cze_latin2.eml", lang="cs", kind="nomination", ms="CZE",
    frm=("Odbor mezinárodních vztahů MPO", "omv@mpo-cz.gov.cz"),
    subject="Nominace ČR - konzultační zasedání ITU (CI-19/35)",
    date="Tue, 6 Aug 2019 09:14:20 +0200", rcv="Tue, 6 Aug 2019 09:14:42 +0200",
    host="posta.mpo-cz.gov.cz", ip="194.213.40.6", qid="18E3D4C5CD",
    mid="<1565075660.mpo.omv.3381@mpo-cz.gov.cz>", charset="iso-8859-2", cte="qp",
    text="""Vážený pane Clarku,

v návaznosti na oběžník CI-19/35 Vám sdělujeme, že za Českou republiku se konzultačního
zasedání dne 10. září 2019 v Budapešti zúčastní Ing. Petr Dvořák, ředitel odboru
digitální ekonomiky a inovací (dvorakp@mpo-cz.gov.cz).

S pozdravem

Mgr. Lenka Horáková
odbor mezinárodních vztahů
Ministerstvo průmyslu a obchodu
""",
    delegates=[D("Petr Dvořák", [], "ředitel odboru digitální ekonomiky a inovací", "dvorakp@mpo-cz.gov.cz")],
    sessions=["budapest-2019"])


# ================================================================ Greek
add("el_01_grc_iso88597.eml", lang="el", kind="nomination", ms="GRC",
    frm=("Γενική Γραμματεία Τηλεπικοινωνιών", "intl@ggtt-gr.gov.gr"),
    subject="Ορισμός εκπροσώπου - Εγκύκλιος ITU CI-19/35",
    date="Wed, 14 Aug 2019 13:55:00 +0300", rcv="Wed, 14 Aug 2019 12:55:28 +0200",
    host="mail.ggtt-gr.gov.gr", ip="195.251.10.3", qid="29F4E5D6DE",
    mid="<5D53E8C4.ggtt.1122@ggtt-gr.gov.gr>", charset="iso-8859-7", cte="qp",
    text="""Αξιότιμε κύριε Clark,

Σε συνέχεια της εγκυκλίου CI-19/35, σας γνωρίζουμε ότι η Ελλάδα θα εκπροσωπηθεί στη
διαβουλευτική συνεδρίαση της 10ης Σεπτεμβρίου 2019 στη Βουδαπέστη από την κα Ελένη
Παπαδοπούλου-Κατσαρού, Προϊσταμένη Διεύθυνσης Καινοτομίας (e.papadopoulou@ggtt-gr.gov.gr).

Eleni PAPADOPOULOU-KATSAROU

Με εκτίμηση,
Δημήτρης Αλεξίου
Τμήμα Διεθνών Σχέσεων
""",
    delegates=[D("Ελένη Παπαδοπούλου-Κατσαρού", ["Eleni PAPADOPOULOU-KATSAROU"], "Προϊσταμένη Διεύθυνσης Καινοτομίας",
                 "e.papadopoulou@ggtt-gr.gov.gr")],
    sessions=["budapest-2019"])


# ================================================================ Vietnamese
add("vi_01_vnm_nom.eml", lang="vi", kind="nomination", ms="VNM",
    frm=("Vụ Hợp tác Quốc tế - Bộ TT&TT", "htqt@mic-vn.gov.vn"),
    subject="V/v cử đại diện tham dự phiên tham vấn của ITU (CI-19/35)",
    date="Thu, 8 Aug 2019 15:30:12 +0700", rcv="Thu, 8 Aug 2019 10:30:40 +0200",
    host="mail.mic-vn.gov.vn", ip="203.162.0.50", qid="3A05F6E7EF",
    mid="<1565253012.htqt.9102@mic-vn.gov.vn>", charset="utf-8", cte="base64",
    text="""Kính gửi: Ông Christopher Clark, Liên minh Viễn thông Quốc tế

Phúc đáp Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo
cử bà Nguyễn Thị Thu Hương, Phó Vụ trưởng Vụ Kế hoạch - Tài chính, tham dự phiên tham vấn
thứ nhất ngày 10/9/2019 tại Budapest, đồng thời tham dự phiên tham vấn trong khuôn khổ
Diễn đàn WSIS 2020.

Email: ntthuong@mic-vn.gov.vn

Trân trọng,
Vụ Hợp tác Quốc tế
Bộ Thông tin và Truyền thông
""",
    delegates=[D("Nguyễn Thị Thu Hương", [], "Phó Vụ trưởng Vụ Kế hoạch - Tài chính", "ntthuong@mic-vn.gov.vn")],
    sessions=["budapest-2019", "wsis-2020"])


# ================================================================ Thai
add("th_01_tha_tis620_late.eml", lang="th", kind="nomination", ms="THA",
    frm=("กองการต่างประเทศ สำนักงาน กสทช.", "intl@nbtc-th.go.th"),
    subject="แจ้งรายชื่อผู้แทนประเทศไทย - CI-19/35",
    date="Sat, 17 Aug 2019 09:05:00 +0700", rcv="Sat, 17 Aug 2019 04:05:22 +0200",
    host="mail.nbtc-th.go.th", ip="202.47.250.6", qid="4B1607F8FA",
    mid="<20190817020500.TH4410@nbtc-th.go.th>", charset="tis-620", cte="base64",
    text="""เรียน คุณ Christopher Clark

ตามหนังสือเวียนที่ CI-19/35 สำนักงาน กสทช. ขอแจ้งรายชื่อผู้แทนประเทศไทยเข้าร่วมการประชุม
หารือในวันที่ 10 กันยายน 2562 ณ กรุงบูดาเปสต์ ดังนี้

นางสาวพิมพ์ชนก ศรีสุวรรณ (Ms. Pimchanok SRISUWAN)
ผู้อำนวยการส่วนส่งเสริมนวัตกรรม
อีเมล pimchanok.s@nbtc-th.go.th

ขออภัยที่แจ้งล่าช้า

ขอแสดงความนับถือ
กองการต่างประเทศ
""",
    delegates=[D("พิมพ์ชนก ศรีสุวรรณ", ["Pimchanok SRISUWAN"], "ผู้อำนวยการส่วนส่งเสริมนวัตกรรม",
                 "pimchanok.s@nbtc-th.go.th")],
    sessions=["budapest-2019"])


# ================================================================ Malay
add("ms_01_mys_interest.eml", lang="ms", kind="interest_only", ms="MYS",
    frm=("Bahagian Antarabangsa KKMM", "antarabangsa@kkmm-my.gov.my"),
    subject="Maklum balas Surat Pekeliling ITU CI-19/35",
    date="Sat, 17 Aug 2019 05:59:20 +0800", rcv="Fri, 16 Aug 2019 21:59:41 +0000",
    host="mail.kkmm-my.gov.my", ip="202.75.5.40", qid="5C27180910",
    mid="<CAMy7KKMM_antarabangsa_1608@mail.gmail.com>", charset="utf-8", cte="qp",
    text="""Tuan,

Dengan hormatnya saya diarah merujuk kepada perkara di atas.

2. Malaysia berminat untuk menyertai sesi-sesi perundingan tersebut, khususnya sesi pertama
di Budapest dan sesi semasa Forum WSIS 2020. Nama wakil akan dimaklumkan kemudian.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Bahagian Antarabangsa
Kementerian Komunikasi dan Multimedia Malaysia
""",
    sessions=["budapest-2019", "wsis-2020"])


# ================================================================ Swedish
add("sv_01_swe_decline.eml", lang="sv", kind="decline", ms="SWE",
    frm=("Karin Lindgren", "karin.lindgren@pts-se.se"),
    subject="SV: CI-19/35",
    date="Wed, 7 Aug 2019 08:45:00 +0200", rcv="Wed, 7 Aug 2019 08:45:19 +0200",
    host="mx.pts-se.se", ip="194.17.30.4", qid="6D38291021",
    mid="<HE1PR07MB3210D1@HE1PR07MB3210.eurprd07.prod.outlook.com>", charset="iso-8859-1", cte="qp",
    text="""Hej Christopher,

Tack för inbjudan. Sverige kommer tyvärr inte att delta i konsultationen i Budapest
den 10 september. Vi följer gärna arbetet framöver.

Vänliga hälsningar
Karin Lindgren
Internationella sekretariatet, Post- och telestyrelsen

Från: SME Consultations <sme@itu.int>
Skickat: den 23 juli 2019 16:02
Ämne: CI-19/35

""" + CIRC_EN)


# ================================================================ Hungarian (Eastern name order)
add("hu_01_hun_nom.eml", lang="hu", kind="nomination", ms="HUN",
    frm=("Nemzetközi Főosztály - ITM", "nemzetkozi@itm-hu.gov.hu"),
    subject="Válasz: CI-19/35 - Magyarország részvétele",
    date="Mon, 12 Aug 2019 14:14:14 +0200", rcv="Mon, 12 Aug 2019 14:14:37 +0200",
    host="levelezo.itm-hu.gov.hu", ip="84.206.32.5", qid="7E493A2132",
    mid="<5D5157DE.itm.2201@itm-hu.gov.hu>", charset="iso-8859-2", cte="qp",
    text="""Tisztelt Clark Úr!

Hivatkozással a CI-19/35 számú körlevélre tájékoztatjuk, hogy a budapesti konzultációs
ülésen (2019. szeptember 10.) Magyarországot Szabó-Kertész Eszter főosztályvezető, valamint
Tóth Gergely vezető tanácsos képviseli.

Latin betűs névsor a regisztrációhoz:
  Eszter SZABÓ-KERTÉSZ, Head of Department - eszter.szabo-kertesz@itm-hu.gov.hu
  Gergely TÓTH, Senior Counsellor - gergely.toth@itm-hu.gov.hu

Üdvözlettel:
dr. Farkas Zsófia
Nemzetközi Főosztály
Innovációs és Technológiai Minisztérium
""",
    delegates=[D("Szabó-Kertész Eszter", ["Eszter SZABÓ-KERTÉSZ"], "főosztályvezető", "eszter.szabo-kertesz@itm-hu.gov.hu"),
               D("Tóth Gergely", ["Gergely TÓTH"], "vezető tanácsos", "gergely.toth@itm-hu.gov.hu")],
    sessions=["budapest-2019"])


# ================================================================ Hebrew
add("he_01_isr_cp1255.eml", lang="he", kind="nomination", ms="ISR",
    frm=("אגף קשרים בינלאומיים - משרד התקשורת", "intl@moc-il.gov.il"),
    subject="מינוי נציג ישראל - מפגש ההתייעצות בבודפשט",
    date="Sun, 11 Aug 2019 10:20:00 +0300", rcv="Sun, 11 Aug 2019 09:20:30 +0200",
    host="mail.moc-il.gov.il", ip="147.237.0.20", qid="8F5A4B3243",
    mid="<1565508000.moc.5521@moc-il.gov.il>", charset="windows-1255", cte="base64",
    text="""שלום רב,

בהמשך לחוזר CI-19/35, הרינו להודיעכם כי מדינת ישראל תיוצג במפגש ההתייעצות הראשון,
שיתקיים ב-10 בספטמבר 2019 בבודפשט, על ידי גב' נועה ברק-שפירא, מנהלת תחום חדשנות
ועסקים קטנים (noa.barak@moc-il.gov.il).

בברכה,
יוסי אלמוג
אגף קשרים בינלאומיים
משרד התקשורת
""",
    delegates=[D("נועה ברק-שפירא", [], "מנהלת תחום חדשנות ועסקים קטנים", "noa.barak@moc-il.gov.il")],
    sessions=["budapest-2019"])


# ================================================================ Bulgarian
add("bg_01_bgr_cp1251.eml", lang="bg", kind="nomination", ms="BGR",
    frm=("Дирекция Международно сътрудничество", "ms@mtitc-bg.government.bg"),
    subject="Относно циркулярно писмо CI-19/35",
    date="Thu, 8 Aug 2019 11:11:00 +0300", rcv="Thu, 8 Aug 2019 10:11:26 +0200",
    host="mail.mtitc-bg.government.bg", ip="212.122.160.3", qid="906B5C4354",
    mid="<5D4BD8F4.mtitc.88@mtitc-bg.government.bg>", charset="windows-1251", cte="qp",
    text="""Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35 Ви уведомяваме, че Република България определя
г-жа Десислава Николова Георгиева, държавен експерт в дирекция "Електронно управление и
иновации", за участие в консултативната сесия на 10 септември 2019 г. в Будапеща.

e-mail: d.georgieva@mtitc-bg.government.bg

С уважение,
Милен Стоянов
Директор на дирекция "Международно сътрудничество"
""",
    delegates=[D("Десислава Николова Георгиева", [], "държавен експерт в дирекция \"Електронно управление и иновации\"",
                 "d.georgieva@mtitc-bg.government.bg")],
    sessions=["budapest-2019"])


# ================================================================ Croatian
add("hr_01_hrv_inquiry.eml", lang="hr", kind="inquiry", ms="HRV",
    frm=("Ivana Marković", "ivana.markovic@hakom-hr.hr"),
    subject="Upit - CI-19/35",
    date="Tue, 30 Jul 2019 13:02:00 +0200", rcv="Tue, 30 Jul 2019 13:02:21 +0200",
    host="mail.hakom-hr.hr", ip="195.29.150.8", qid="A17C6D5465",
    mid="<f0e1d2c3b4a5.hakom@hakom-hr.hr>", charset="iso-8859-2", cte="qp",
    text="""Poštovani gospodine Clark,

možete li nam potvrditi hoće li se sesija u Budimpešti održati ujutro ili poslijepodne
10. rujna? Naš potencijalni sudionik ima već dogovoren sastanak isti dan, pa bismo
voljeli znati prije nego što potvrdimo sudjelovanje.

Unaprijed hvala,
Ivana Marković
Služba za međunarodnu suradnju, HAKOM
""")


# ================================================================ Serbian (Cyrillic with Latin)
add("sr_01_srb_late.eml", lang="sr", kind="nomination", ms="SRB",
    frm=("Министарство трговине, туризма и телекомуникација", "medjunarodna@mtt-rs.gov.rs"),
    subject="Предлог учесника - консултативна сесија МСТ, Будимпешта",
    date="Sat, 17 Aug 2019 00:02:10 +0200", rcv="Fri, 16 Aug 2019 22:02:31 +0000",
    host="mail.mtt-rs.gov.rs", ip="195.178.32.10", qid="B28D7E6576",
    mid="<20190816220210.5521@mtt-rs.gov.rs>", charset="utf-8", cte="base64",
    text="""Поштовани,

Поводом циркуларног писма CI-19/35, Министарство трговине, туризма и телекомуникација
Републике Србије предлаже Милоша Јовановића, вишег саветника у Сектору за информационо
друштво, за учешће на консултативној сесији 10. септембра у Будимпешти.

Miloš Jovanović, viši savetnik
milos.jovanovic@mtt-rs.gov.rs

С поштовањем,
Сектор за међународну сарадњу
""",
    delegates=[D("Милоша Јовановића", ["Miloš Jovanović", "Милош Јовановић"],
                 "виши саветник у Сектору за информационо друштво",
                 "milos.jovanovic@mtt-rs.gov.rs")],
    sessions=["budapest-2019"])


# ================================================================ Azerbaijani
add("az_01_aze_nom.eml", lang="az", kind="nomination", ms="AZE",
    frm=("Beynəlxalq əlaqələr şöbəsi", "intl@mincom-az.gov.az"),
    subject="BTİ-nin CI-19/35 saylı sirkulyar məktubuna cavab",
    date="Wed, 14 Aug 2019 15:40:00 +0400", rcv="Wed, 14 Aug 2019 13:40:22 +0200",
    host="mail.mincom-az.gov.az", ip="85.132.0.12", qid="C39E8F7687",
    mid="<20190814114000.az1199@mincom-az.gov.az>", charset="utf-8", cte="qp",
    text="""Hörmətli cənab Klark,

CI-19/35 saylı sirkulyar məktubunuza cavab olaraq bildiririk ki, Azərbaycan Respublikasını
10 sentyabr 2019-cu il tarixində Budapeştdə keçiriləcək məsləhətləşmə sessiyasında
Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyinin İnnovasiyalar şöbəsinin müdiri
Leyla Məmmədova təmsil edəcək (l.mammadova@mincom-az.gov.az).

Hörmətlə,
Rauf Həsənov
Beynəlxalq əlaqələr şöbəsi
""",
    delegates=[D("Leyla Məmmədova", [], "İnnovasiyalar şöbəsinin müdiri", "l.mammadova@mincom-az.gov.az")],
    sessions=["budapest-2019"])


# ================================================================ Kazakh
add("kk_01_kaz_late.eml", lang="kk", kind="nomination", ms="KAZ",
    frm=("ЦДИАӨМ Халықаралық ынтымақтастық департаменті", "intl@mdai-kz.gov.kz"),
    subject="ХЭО CI-19/35 циркулярлық хатына жауап",
    date="Sun, 18 Aug 2019 10:00:00 +0600", rcv="Sun, 18 Aug 2019 06:00:33 +0200",
    host="mail.mdai-kz.gov.kz", ip="89.218.20.5", qid="D4AF908798",
    mid="<1566100800.mdai.3319@mdai-kz.gov.kz>", charset="utf-8", cte="base64",
    text="""Құрметті Кларк мырза,

CI-19/35 циркулярлық хатыңызға жауап ретінде Қазақстан Республикасы 2019 жылғы 10 қыркүйекте
Будапештте өтетін консультациялық сессияға Цифрлық даму, инновациялар және аэроғарыш
өнеркәсібі министрлігінің инновациялық даму басқармасының басшысы Айгерім Серікқызы
Нұрмағамбетованы жіберетінін хабарлаймыз.

Байланыс: Нұрмағамбетова Айгерім Серікқызы, a.nurmagambetova@mdai-kz.gov.kz

Құрметпен,
Халықаралық ынтымақтастық департаменті
""",
    delegates=[D("Айгерім Серікқызы Нұрмағамбетованы", ["Нұрмағамбетова Айгерім Серікқызы"],
                 "инновациялық даму басқармасының басшысы", "a.nurmagambetova@mdai-kz.gov.kz")],
    sessions=["budapest-2019"])


# ---------------------------------------------------------------- write
def main() -> None:
    out = HERE / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    names = [f for f, _, _ in MESSAGES]
    assert len(names) == len(set(names)), "duplicate file names"
    ids = [lab["message_id"] for _, _, lab in MESSAGES]
    assert len(ids) == len(set(ids)), "duplicate Message-IDs"
    for f, raw, lab in MESSAGES:
        (out / f).write_bytes(raw)
        if lab["supersedes"]:
            assert lab["supersedes"] in ids[: ids.index(lab["message_id"])], f
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for _, _, lab in MESSAGES:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(MESSAGES)} messages")


if __name__ == "__main__":
    main()
