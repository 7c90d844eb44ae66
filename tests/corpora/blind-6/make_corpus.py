#!/usr/bin/python3
"""Deterministic generator of the blind-6 test corpus: replies to ITU circular CI-19/35.

Standard library only, no randomness, no clock.  Writes
    messages/*.eml   one RFC 5322 message per file
    labels.jsonl     one label per message (shared/corpus/SCHEMA.md)
into the directory holding this script.
"""
import base64
import datetime as _dt
import email
import email.utils
import hashlib
import json
import os
import quopri
from email.header import Header
from email.message import Message

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_MSG = os.path.join(HERE, "messages")
OUT_LABELS = os.path.join(HERE, "labels.jsonl")

DEADLINE = _dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=_dt.timezone(_dt.timedelta(hours=2)))
LATE_KINDS = ("nomination", "interest_only", "correction")
ITU_MX = ["mx1.itu.int", "mx2.itu.int", "mailgw3.itu.int"]

SPECS = []


def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def M(**kw):
    SPECS.append(kw)


# ----------------------------------------------------------------------------------------------------------------
# quoted circular texts (what repliers paste below their answer)

CIRC_SUBJECT = "CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs"

CIRC_EN = """Geneva, 23 July 2019

Ref: CI-19/35
Contact: Mr Christopher Clark
E-mail: sme@itu.int

To the Member States of ITU

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of consultation sessions entitled
"Fostering tech and innovation SMEs". The first session will be held on 10 September 2019 during ITU Telecom
World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group
meetings in early 2020, during the WSIS Forum 2020 and at other events.

Following Resolution 209 (Dubai, 2018), the Council finalized the eligibility criteria and decided to apply a
new, reduced fee for SME Associates from January 2020.

I would be grateful if you could express your interest and indicate the participant nominated for the first
consultation session, to be held during ITU Telecom World, by 16 August 2019, to the ITU secretariat at:
sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General"""

CIRC_AR = """الأمين العام
جنيف، 23 يوليو 2019
إلى الدول الأعضاء في الاتحاد الدولي للاتصالات
المرجع: CI-19/35
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int
الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،
تحية طيبة وبعد،
يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا.
...
ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكموم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int
وتفضلوا بقبول فائق التقدير والاحترام.
(توقيع)
هولين جاو"""

CIRC_FR = """Genève, le 23 juillet 2019

Réf. : CI-19/35
Contact : M. Christopher Clark
Courriel : sme@itu.int

Aux États Membres de l'UIT

Objet : Sessions de consultation pour les États Membres : « Promouvoir les PME dans le domaine des technologies et de l'innovation »

Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation. La
première session aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). Des
sessions analogues sont prévues pendant les réunions des Groupes de travail du Conseil début 2020 et pendant
le Forum du SMSI 2020.

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le participant désigné pour la
première session d'ici au 16 août 2019, à l'adresse sme@itu.int.

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)
Houlin Zhao
Secrétaire général"""


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))


def q_gmail(lang="en"):
    hdr = {
        "en": "On Tue, 23 Jul 2019 at 15:04, ITU SME <sme@itu.int> wrote:",
        "es": "El mar., 23 jul. 2019 a las 15:04, ITU SME (<sme@itu.int>) escribió:",
        "fr": "Le mar. 23 juil. 2019 à 15:04, ITU SME <sme@itu.int> a écrit :",
        "pt": "Em ter., 23 de jul. de 2019 às 15:04, ITU SME <sme@itu.int> escreveu:",
        "ar": "في الثلاثاء، 23 يوليو 2019 15:04، كتب ITU SME <sme@itu.int>:",
        "fi": "ti 23. heinäk. 2019 klo 15.04 ITU SME <sme@itu.int> kirjoitti:",
    }[lang]
    body = {"ar": CIRC_AR, "fr": CIRC_FR}.get(lang, CIRC_EN)
    return "\n\n" + hdr + "\n" + quote_lines(body) + "\n"


def q_outlook(sent="Tuesday, July 23, 2019 3:04 PM", to="undisclosed-recipients", body=None,
              labels=("From", "Sent", "To", "Subject")):
    f, s, t, su = labels
    return ("\n\n________________________________\n"
            f"{f}: ITU SME <sme@itu.int>\n{s}: {sent}\n{t}: {to}\n{su}: {CIRC_SUBJECT}\n\n"
            + (body or CIRC_EN) + "\n")


# ----------------------------------------------------------------------------------------------------------------
# building blocks

def _hdr(text, charset):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        try:
            text.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        return Header(text, charset, maxlinelen=76).encode()


def _addr(name, addr, charset):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        try:
            name.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        return Header(name, charset).encode() + " <" + addr + ">"


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")  # raises if not 7-bit (iso-2022-jp is 7-bit by design)
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def parse_dt(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def tz(s):
    sign = 1 if s[0] == "+" else -1
    return _dt.timezone(sign * _dt.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def iso(dt):
    return dt.isoformat()


def h(key, n=10):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def make_msgid(spec, idx):
    if spec.get("msgid"):
        return spec["msgid"]
    dom = spec["frm"][1].split("@")[1]
    k = spec["key"]
    style = idx % 4
    if style == 0:
        return "<%s.%s@%s>" % (h(k, 12).upper(), h(k + "x", 6), dom)
    if style == 1:
        return "<%s@%s>" % (h(k, 20), "mail." + dom if not dom.startswith("mail") else dom)
    if style == 2:
        return "<%s$%s$%s@%s>" % (h(k, 8).upper(), h(k + "a", 8).upper(), h(k + "b", 8).upper(), dom)
    return "<%s-%s-%s@%s>" % (h(k, 8), h(k + "c", 4), h(k + "d", 12), dom)


def build(spec, idx, msgids):
    cs = spec.get("charset", "utf-8")
    hcs = spec.get("hcharset", cs if cs not in ("iso-2022-jp",) else "iso-2022-jp")
    rcv = spec.get("rcv")
    stz = tz(spec.get("stz", "+0200"))
    if rcv:
        rdt = parse_dt(rcv)
        delay = _dt.timedelta(seconds=9 + (idx * 37) % 240)
        ddt = (rdt - delay).astimezone(stz)
    else:
        rdt = None
        ddt = parse_dt(spec["date"])
    msg = spec.get("top")
    if msg is None:
        parts = []
        if spec.get("text") is not None:
            parts.append(text_part(spec["text"], "plain", cs, spec.get("cte", "quoted-printable")))
        if spec.get("html") is not None:
            parts.append(text_part(spec["html"], "html", spec.get("html_charset", cs),
                                   spec.get("html_cte", spec.get("cte", "quoted-printable"))))
        if len(parts) == 1 and not spec.get("attach"):
            msg = parts[0]
        else:
            msg = Message()
            if len(parts) > 1:
                alt = Message()
                alt["Content-Type"] = 'multipart/alternative; boundary="alt_%s"' % h(spec["key"] + "alt", 16)
                for p in parts:
                    alt.attach(p)
                body = alt
            else:
                body = parts[0]
            if spec.get("attach"):
                msg["Content-Type"] = 'multipart/mixed; boundary="mix_%s"' % h(spec["key"] + "mix", 16)
                msg.attach(body)
                fname, ctype, data = spec["attach"]
                a = Message()
                a["Content-Type"] = '%s; name="%s"' % (ctype, fname)
                a["Content-Disposition"] = 'attachment; filename="%s"' % fname
                a["Content-Transfer-Encoding"] = "base64"
                a.set_payload(base64.encodebytes(data).decode("ascii"))
                msg.attach(a)
            else:
                msg = body
    # headers, in the order a stored message has them: Received first
    headers = []
    if rdt is not None:
        mx = ITU_MX[idx % 3]
        dom = spec["frm"][1].split("@")[1]
        relay = spec.get("relay", "mail." + dom)
        ip = "%d.%d.%d.%d" % ((192, 0, 2, 10 + idx % 200) if idx % 3 == 0 else
                              (198, 51, 100, 5 + idx % 200) if idx % 3 == 1 else (203, 0, 113, 20 + idx % 200))
        headers.append(("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <sme@itu.int>; %s"
                        % (relay, relay, ip, mx, h(spec["key"] + "q", 9).upper(), email.utils.format_datetime(rdt))))
        inner = (rdt - delay / 2).astimezone(stz)
        headers.append(("Received", "from [10.%d.%d.%d] (unknown [10.%d.%d.%d])\n\tby %s with ESMTPSA id %s;\n\t%s"
                        % (idx % 50, idx % 7, 20 + idx, idx % 50, idx % 7, 20 + idx, relay,
                           h(spec["key"] + "r", 12), email.utils.format_datetime(inner))))
    for k, v in spec.get("pre_headers", []):
        headers.append((k, v))
    headers.append(("Date", email.utils.format_datetime(ddt)))
    headers.append(("From", _addr(spec["frm"][0], spec["frm"][1], hcs)))
    to = spec.get("to", "sme@itu.int")
    headers.append(("To", to if isinstance(to, str) else _addr(to[0], to[1], hcs)))
    if spec.get("cc"):
        headers.append(("Cc", spec["cc"]))
    headers.append(("Subject", _hdr(spec["subject"], hcs)))
    headers.append(("Message-ID", msgids[spec["key"]]))
    if spec.get("reply_to_key"):
        ref = msgids[spec["reply_to_key"]]
        headers.append(("In-Reply-To", ref))
        headers.append(("References", ref))
    for k, v in spec.get("extra", []):
        headers.append((k, v))
    headers.append(("MIME-Version", "1.0"))
    # re-order: our headers, then the MIME headers already on msg
    mime = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers + mime:
        msg[k] = v
    return msg, (rdt or ddt)


def label(spec, msgids, when):
    kind = spec["kind"]
    ms = spec.get("ms") if kind not in ("auto_reply", "bounce", "unrelated") else None
    dels = spec.get("delegates", []) if kind in ("nomination", "correction") else []
    sess = spec.get("sessions")
    if kind in ("nomination", "correction"):
        sess = sess if sess is not None else ["budapest-2019"]
    elif kind == "interest_only":
        sess = sess if sess is not None else ["budapest-2019"]
    else:
        sess = []
    late = (when > DEADLINE) if kind in LATE_KINDS else None
    sup = msgids[spec["supersedes"]] if spec.get("supersedes") else None
    return {
        "message_id": msgids[spec["key"]],
        "file": spec["file"],
        "kind": kind,
        "language": spec["lang"],
        "member_state": ms,
        "delegates": dels,
        "sessions": sess,
        "received_at": iso(when),
        "late": late,
        "supersedes": sup,
    }


def main():
    os.makedirs(OUT_MSG, exist_ok=True)
    for f in os.listdir(OUT_MSG):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT_MSG, f))
    msgids = {}
    for i, s in enumerate(SPECS):
        assert s["key"] not in msgids, s["key"]
        msgids[s["key"]] = make_msgid(s, i)
    assert len(set(msgids.values())) == len(msgids)
    files = set()
    labels = []
    for i, s in enumerate(SPECS):
        assert s["file"] not in files, s["file"]
        files.add(s["file"])
        msg, when = build(s, i, msgids)
        data = msg.as_bytes()
        with open(os.path.join(OUT_MSG, s["file"]), "wb") as fh:
            fh.write(data)
        labels.append(label(s, msgids, when))
    with open(OUT_LABELS, "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote %d messages" % len(labels))


# ----------------------------------------------------------------------------------------------------------------
# the messages
# ======================= Arabic =======================

M(key="ar_jor_nom", file="ar_01_jor_nomination_cp1256.eml", lang="ar", kind="nomination", ms="JOR",
  frm=("وزارة الاقتصاد الرقمي والريادة - العلاقات الدولية", "intl.relations@modee-digital.gov.jo"),
  subject="رد: CI-19/35 - جلسات تشاور للدول الأعضاء بشأن الشركات الصغيرة والمتوسطة",
  rcv="2019-08-11 10:41:07 +0200", stz="+0300", charset="windows-1256", cte="base64",
  text="""السادة الاتحاد الدولي للاتصالات المحترمين،
تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة في 23 تموز 2019 بخصوص جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسرنا إعلامكم باهتمام المملكة الأردنية الهاشمية بالمشاركة، ونرشح لحضور الجلسة الأولى التي ستعقد في بودابست الشخص التالي:

الاسم: رامي خليل العبادي
الاسم باللغة الإنجليزية: Rami Khalil Al-Abbadi
المسمى الوظيفي: مدير وحدة ريادة الأعمال
البريد الإلكتروني: r.abbadi@modee-digital.gov.jo
الهاتف: +962 6 500 0000

وتفضلوا بقبول فائق الاحترام،

قسم العلاقات الدولية
وزارة الاقتصاد الرقمي والريادة
عمّان - الأردن
""",
  delegates=[D("رامي خليل العبادي", ["Rami Khalil Al-Abbadi"], "مدير وحدة ريادة الأعمال", "r.abbadi@modee-digital.gov.jo")])

M(key="ar_are_nom", file="ar_02_are_nomination_html_table.eml", lang="ar", kind="nomination", ms="ARE",
  frm=("البعثة الدائمة لدولة الإمارات العربية المتحدة - جنيف", "geneva.registry@uae-pm-geneva.ae"),
  subject="ترشيح المشاركين - جلسة التشاور حول الشركات الصغيرة والمتوسطة (CI-19/35)",
  rcv="2019-08-14 13:02:55 +0200", stz="+0200", charset="utf-8", cte="quoted-printable",
  html="""<html dir="rtl" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Simplified Arabic";} --></style></head>
<body lang="AR-SA" dir="rtl"><div class="WordSection1">
<p class="MsoNormal" dir="rtl">تهدي البعثة الدائمة لدولة الإمارات العربية المتحدة لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف أطيب تحياتها إلى الأمانة العامة للاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة المعممة CI-19/35، تتشرف بإفادتكم بأسماء ممثلي الدولة في جلسة التشاور الأولى في بودابست وكذلك في الجلسة التي ستعقد أثناء منتدى القمة العالمية لمجتمع المعلومات 2020:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" dir="rtl" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>م</b></p></td><td><p class="MsoNormal"><b>الاسم</b></p></td><td><p class="MsoNormal"><b>Name</b></p></td><td><p class="MsoNormal"><b>المنصب</b></p></td><td><p class="MsoNormal"><b>البريد الإلكتروني</b></p></td></tr>
<tr><td><p class="MsoNormal">1</p></td><td><p class="MsoNormal">سعادة/ سالم عبيد الكعبي</p></td><td><p class="MsoNormal">H.E. Salem Obaid Al Kaabi</p></td><td><p class="MsoNormal">نائب المدير العام لقطاع المعلومات والحكومة الرقمية</p></td><td><p class="MsoNormal"><a href="mailto:s.alkaabi@tdra-ict.ae">s.alkaabi@tdra-ict.ae</a></p></td></tr>
<tr><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">المهندسة/ مريم حسن المرزوقي</p></td><td><p class="MsoNormal">Eng. Maryam Hassan Al Marzouqi</p></td><td><p class="MsoNormal">مديرة إدارة الابتكار</p></td><td><p class="MsoNormal"><a href="mailto:m.almarzouqi@tdra-ict.ae">m.almarzouqi@tdra-ict.ae</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">وتغتنم البعثة الدائمة هذه المناسبة لتعرب للأمانة العامة للاتحاد عن فائق تقديرها واحترامها.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="color:#1F497D">قسم الشؤون الإدارية | البعثة الدائمة لدولة الإمارات العربية المتحدة - جنيف</span></p>
</div></body></html>""",
  delegates=[D("سالم عبيد الكعبي", ["Salem Obaid Al Kaabi"], "نائب المدير العام لقطاع المعلومات والحكومة الرقمية", "s.alkaabi@tdra-ict.ae"),
             D("مريم حسن المرزوقي", ["Maryam Hassan Al Marzouqi"], "مديرة إدارة الابتكار", "m.almarzouqi@tdra-ict.ae")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="ar_omn_int", file="ar_03_omn_interest.eml", lang="ar", kind="interest_only", ms="OMN",
  frm=("هيئة تنظيم الاتصالات - الشؤون الدولية", "intl@tro-regulator.om"),
  subject="CI-19/35 اهتمام سلطنة عمان",
  rcv="2019-08-06 08:15:40 +0200", stz="+0400", charset="utf-8", cte="base64",
  text="""السلام عليكم ورحمة الله وبركاته،

نود إفادتكم باهتمام سلطنة عمان بالمشاركة في جلسات التشاور المشار إليها في الرسالة المعممة CI-19/35.
وسيتم موافاتكم باسم المشارك في الجلسة الأولى فور اعتماده من الجهات المختصة.

مع خالص التحية،
دائرة الشؤون الدولية
هيئة تنظيم الاتصالات
""")

M(key="ar_kwt_dec", file="ar_04_kwt_decline_cp1256_qp.eml", lang="ar", kind="decline", ms="KWT",
  frm=("إدارة العلاقات الخارجية", "ext.relations@citra-ict.kw"),
  subject="بشأن الرسالة المعممة CI-19/35",
  rcv="2019-08-15 09:30:12 +0200", stz="+0300", charset="windows-1256", cte="quoted-printable",
  text="""حضرات السادة في أمانة الاتحاد الدولي للاتصالات،

نشكركم على دعوتكم الكريمة للمشاركة في جلسات التشاور الخاصة بالشركات الصغيرة والمتوسطة.
ونأسف لإبلاغكم بتعذر مشاركة دولة الكويت في الجلسة الأولى في بودابست نظراً لارتباطات مسبقة، كما لن نتمكن من المشاركة في الجلسات اللاحقة في الوقت الحالي.

مع أطيب التمنيات بنجاح الجلسات.

إدارة العلاقات الخارجية
""")

M(key="ar_dza_self", file="ar_05_dza_selfnom_quoting_circular.eml", lang="ar", kind="nomination", ms="DZA",
  frm=("Karim Benali", "k.benali@mptic-dz.gov.dz"),
  subject="Re: CI-19/35",
  rcv="2019-08-16 17:48:03 +0200", stz="+0100", charset="utf-8", cte="quoted-printable",
  text="""تحية طيبة،

أتشرف بإعلامكم أنني سأمثل وزارة البريد وتكنولوجيات الإعلام والاتصال الجزائرية في جلسة التشاور الأولى ببودابست يوم 10 سبتمبر فقط، ولن نشارك في الجلسات اللاحقة.

تقبلوا فائق الاحترام.

--
كريم بن علي
Karim BENALI
نائب مدير التعاون الدولي
وزارة البريد وتكنولوجيات الإعلام والاتصال
الجزائر
""" + q_gmail("ar"),
  delegates=[D("كريم بن علي", ["Karim BENALI", "Karim Benali"], "نائب مدير التعاون الدولي", "k.benali@mptic-dz.gov.dz")],
  sessions=["budapest-2019"])

M(key="ar_jor_corr", file="ar_06_jor_correction_replacement_late.eml", lang="ar", kind="correction", ms="JOR",
  frm=("وزارة الاقتصاد الرقمي والريادة - العلاقات الدولية", "intl.relations@modee-digital.gov.jo"),
  subject="تعديل الترشيح - CI-19/35",
  rcv="2019-08-19 11:20:44 +0200", stz="+0300", charset="windows-1256", cte="base64",
  reply_to_key="ar_jor_nom",
  text="""السادة الاتحاد الدولي للاتصالات المحترمين،

إلحاقاً لرسالتنا السابقة بتاريخ 11 آب 2019، نرجو التكرم بإلغاء ترشيح السيد رامي العبادي، واعتماد الآنسة لينا فؤاد الزعبي بدلاً منه لحضور الجلسة الأولى في بودابست، وذلك لتعذر سفره.

الاسم: لينا فؤاد الزعبي (Lina Fouad Al-Zoubi)
الوظيفة: رئيسة قسم السياسات الرقمية
البريد: l.zoubi@modee-digital.gov.jo

مع الشكر والتقدير،
قسم العلاقات الدولية
""",
  delegates=[D("لينا فؤاد الزعبي", ["Lina Fouad Al-Zoubi"], "رئيسة قسم السياسات الرقمية", "l.zoubi@modee-digital.gov.jo")],
  supersedes="ar_jor_nom")

M(key="ar_tun_inq", file="ar_07_tun_inquiry.eml", lang="ar", kind="inquiry", ms="TUN",
  frm=("مكتب التعاون الدولي - وزارة تكنولوجيات الاتصال", "coop.int@mtc-tunisie.gov.tn"),
  subject="استفسار حول جلسات التشاور CI-19/35",
  rcv="2019-08-08 15:05:29 +0200", stz="+0100", charset="utf-8", cte="base64",
  text="""السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

قبل موافاتكم باسم المشارك، نرجو إفادتنا بما يلي:
1- هل يمكن المشاركة في جلسة بودابست عن بعد؟
2- هل يتحمل الاتحاد تكاليف السفر للمشاركين من البلدان النامية؟
3- هل سيتوفر جدول الأعمال التفصيلي قبل نهاية شهر أغسطس؟

وشكراً مسبقاً على تعاونكم.

مكتب التعاون الدولي
""")

M(key="ar_irq_nom", file="ar_08_irq_nomination_late_glued_title.eml", lang="ar", kind="nomination", ms="IRQ",
  frm=("هيئة الإعلام والاتصالات", "foreign.relations@cmc-iq.gov.iq"),
  subject="ترشيح ممثل جمهورية العراق",
  rcv="2019-08-18 10:02:17 +0200", stz="+0300", charset="windows-1256", cte="quoted-printable",
  text="""إلى / الاتحاد الدولي للاتصالات
م/ ترشيح

تحية طيبة...

إشارة إلى كتابكم المرقم CI-19/35 في 23/7/2019، نود إعلامكم بترشيح م.حيدر عبد الأمير الموسوي مدير عام دائرة التخطيط والمتابعة في الهيئة لتمثيل جمهورية العراق في جلسة بودابست وفي الجلسة المزمع عقدها على هامش اجتماعات أفرقة العمل التابعة للمجلس مطلع عام 2020.
نعتذر عن التأخير في الرد.

مع التقدير...

قسم العلاقات الخارجية
""",
  delegates=[D("حيدر عبد الأمير الموسوي", [], "مدير عام دائرة التخطيط والمتابعة", None)],
  sessions=["budapest-2019", "cwg-2020"])

M(key="ar_sau_auto", file="ar_09_auto_reply_bilingual.eml", lang="ar", kind="auto_reply", ms="SAU",
  frm=("Faisal Al-Otaibi", "f.otaibi@ictc-ksa.gov.sa"),
  subject="رد تلقائي: CI-19/35: Consultation sessions for Member States",
  rcv="2019-07-23 15:06:02 +0200", stz="+0300", charset="utf-8", cte="base64",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  text="""أنا خارج المكتب حتى 4 أغسطس 2019 مع إمكانية محدودة للوصول إلى البريد الإلكتروني. للأمور العاجلة يرجى التواصل مع intl@ictc-ksa.gov.sa

I am out of the office until 4 August 2019 with limited access to e-mail.
""")
# ======================= Chinese =======================

M(key="zh_chn_nom", file="zh_01_chn_nomination_gb2312.eml", lang="zh", kind="nomination", ms="CHN",
  frm=("国际合作处", "gjhzc@xxhb-intl.gov.cn"),
  subject="关于国际电联CI-19/35号通函的回复",
  rcv="2019-08-13 04:12:50 +0200", stz="+0800", charset="gb2312", cte="base64",
  text="""国际电联秘书处：

你们好！

根据国际电联秘书长2019年7月23日发出的CI-19/35号通函，我方对“促进科技和创新中小企业”系列磋商会表示关注，现推荐以下人员参加2019年9月10日在匈牙利布达佩斯举办的首次磋商会：

姓名：李文涛（LI Wentao）
职务：信息通信发展司副处长
电子邮箱：liwentao@xxhb-intl.gov.cn

如有问题，请与我处联系。

此致
敬礼！

国际合作处
2019年8月13日
""",
  delegates=[D("李文涛", ["LI Wentao"], "信息通信发展司副处长", "liwentao@xxhb-intl.gov.cn")])

M(key="zh_chn_corr", file="zh_02_chn_correction_addition_gbk_html.eml", lang="zh", kind="correction", ms="CHN",
  frm=("国际合作处", "gjhzc@xxhb-intl.gov.cn"),
  subject="更正：关于CI-19/35号通函参会人员",
  rcv="2019-08-15 09:44:03 +0200", stz="+0800", charset="gbk", cte="base64",
  reply_to_key="zh_chn_nom",
  text="""国际电联秘书处：

我处8月13日来函推荐李文涛同志参加布达佩斯首次磋商会。现补充张敏同志一同参会。完整名单如下：

1. 李文涛（LI Wentao），信息通信发展司副处长，liwentao@xxhb-intl.gov.cn
2. 张敏（ZHANG Min），中小企业发展促进中心研究员，zhangmin@smedc-research.cn

谢谢！

国际合作处
""",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>
<div style="font-family:宋体;font-size:14px">国际电联秘书处：<br><br>
我处8月13日来函推荐李文涛同志参加布达佩斯首次磋商会。现补充张敏同志一同参会。完整名单如下：<br><br>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>序号</th><th>姓名</th><th>职务</th><th>电子邮箱</th></tr>
<tr><td>1</td><td>李文涛（LI Wentao）</td><td>信息通信发展司副处长</td><td>liwentao@xxhb-intl.gov.cn</td></tr>
<tr><td>2</td><td>张敏（ZHANG Min）</td><td>中小企业发展促进中心研究员</td><td>zhangmin@smedc-research.cn</td></tr>
</table><br>谢谢！<br><br>国际合作处</div></body></html>""",
  delegates=[D("李文涛", ["LI Wentao"], "信息通信发展司副处长", "liwentao@xxhb-intl.gov.cn"),
             D("张敏", ["ZHANG Min"], "中小企业发展促进中心研究员", "zhangmin@smedc-research.cn")],
  supersedes="zh_chn_nom")

M(key="zh_chn_inq", file="zh_03_chn_mission_inquiry.eml", lang="zh", kind="inquiry", ms="CHN",
  frm=("常驻日内瓦代表团 电信组", "telecom@chn-mission-gva.org.cn"),
  subject="咨询：中小企业磋商会是否提供同传",
  rcv="2019-08-02 10:27:31 +0200", stz="+0200", charset="utf-8", cte="base64",
  text="""Christopher Clark先生：

您好！关于CI-19/35号通函所述磋商会，请问：
一、布达佩斯会议是否提供中文同声传译？
二、2020年理事会工作组会议期间的磋商会具体日期是否已确定？

盼复。谢谢！

中国常驻日内瓦代表团电信组
""")

M(key="zh_twn_vendor", file="zh_04_unrelated_vendor_big5.eml", lang="zh", kind="unrelated",
  frm=("鼎訊雲端通訊 業務部", "sales@dingxun-cloudtel.com.tw"),
  subject="【合作邀約】企業簡訊平台方案 — 專為中小企業設計",
  rcv="2019-08-09 05:33:10 +0200", stz="+0800", charset="big5", cte="base64",
  text="""您好：

鼎訊雲端通訊專注於企業簡訊與語音服務，為中小企業提供高效率、低成本的通訊解決方案。
即日起至九月底，新客戶首年享八折優惠，並提供免費技術顧問諮詢。

如有興趣，歡迎回信或來電洽詢，我們將安排專人為您服務。

鼎訊雲端通訊 業務部 敬上
如不希望再收到本公司訊息，請回覆「取消訂閱」。
""")

M(key="zh_auto", file="zh_05_auto_reply.eml", lang="zh", kind="auto_reply", ms="CHN",
  frm=("王海燕", "wanghy@xxhb-intl.gov.cn"),
  subject="自动回复: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  rcv="2019-07-23 15:05:12 +0200", stz="+0800", charset="gb2312", cte="base64",
  extra=[("Auto-Submitted", "auto-replied")],
  text="""您好，我于7月22日至8月2日休假，期间不便查收邮件。紧急事宜请联系国际合作处。谢谢！
""")
# ======================= English =======================

M(key="en_ind_nom", file="en_01_ind_mission_outlook_html_only.eml", lang="en", kind="nomination", ms="IND",
  frm=("Counsellor (Telecom), PMI Geneva", "counsellor.telecom@pmi-geneva.in"),
  subject="Nomination for ITU consultation session on SMEs - CI-19/35",
  rcv="2019-08-12 16:21:09 +0200", stz="+0200", charset="utf-8", cte="quoted-printable",
  html="""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
--></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Dear Sir/Madam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">With reference to ITU Circular CI-19/35 dated 23 July 2019, the Permanent Mission of India to the UN Offices in Geneva has the honour to convey the interest of the Government of India and to forward the following nominations for the first consultation session at ITU Telecom World 2019, Budapest:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="40" style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><b>S.No.<o:p></o:p></b></p></td>
<td width="220" style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><b>Name<o:p></o:p></b></p></td>
<td width="260" style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><b>Designation<o:p></o:p></b></p></td>
<td width="200" style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><b>E-mail<o:p></o:p></b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p class="MsoNormal">1.<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p class="MsoNormal">Shri Rakesh Kumar VERMA<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p class="MsoNormal">Deputy Director General (International Relations), Department of Telecommunications<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p class="MsoNormal"><a href="mailto:ddgir-dot@telecomdept.gov.in">ddgir-dot@telecomdept.gov.in</a><o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p class="MsoNormal">2.<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p class="MsoNormal">Dr. (Ms.) Ananya SHARMA<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p class="MsoNormal">Director (Start-ups &amp; Innovation), Ministry of Electronics and IT<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt"><p class="MsoNormal"><a href="mailto:ananya.sharma@electronics-it.gov.in">ananya.sharma@electronics-it.gov.in</a><o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The Permanent Mission of India avails itself of this opportunity to renew to the ITU Secretariat the assurances of its highest consideration.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="color:#1F3864">Regards,<br>Office of the Counsellor (Telecom)<br>Permanent Mission of India, Geneva<o:p></o:p></span></p>
</div></body></html>""",
  delegates=[D("Rakesh Kumar Verma", ["Rakesh Kumar VERMA"], "Deputy Director General (International Relations), Department of Telecommunications", "ddgir-dot@telecomdept.gov.in"),
             D("Ananya Sharma", ["Ananya SHARMA"], "Director (Start-ups & Innovation), Ministry of Electronics and IT", "ananya.sharma@electronics-it.gov.in")])

M(key="en_nga_self", file="en_02_nga_selfnom_signature_only.eml", lang="en", kind="nomination", ms="NGA",
  frm=("Oluwasegun Adebayo", "o.adebayo@fmcde-ng.gov.ng"),
  subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  rcv="2019-08-16 21:14:36 +0200", stz="+0100", charset="windows-1252", cte="quoted-printable",
  text="""Dear Christopher,

Nigeria is keen on this initiative. Kindly note that I will be representing the Federal Ministry at the Budapest session on 10th September. Please let me know if any registration form is required.

Best regards,

Engr. Oluwasegun Adebayo
Assistant Director, Digital Economy Development
Federal Ministry of Communications and Digital Economy
Abuja
Tel: +234 9 000 0000
""" + q_outlook(sent="Tuesday, July 23, 2019 2:04 PM", to="Adebayo Oluwasegun"),
  delegates=[D("Oluwasegun Adebayo", ["Adebayo Oluwasegun"], "Assistant Director, Digital Economy Development", "o.adebayo@fmcde-ng.gov.ng")])

M(key="en_aus_int", file="en_03_aus_interest.eml", lang="en", kind="interest_only", ms="AUS",
  frm=("International Engagement", "intl.engagement@commsarts-au.gov.au"),
  subject="CI-19/35 - Australia - expression of interest [SEC=OFFICIAL]",
  rcv="2019-08-14 03:50:21 +0200", stz="+1000", charset="us-ascii", cte="7bit",
  extra=[("X-Protective-Marking", "VER=2018.1, NS=gov.au, SEC=OFFICIAL")],
  text="""OFFICIAL

Dear colleagues

Australia wishes to express its interest in the ITU consultation sessions on fostering tech and innovation
SMEs (Circular CI-19/35). We are still finalising our delegation to ITU Telecom World 2019 and will advise
the name of our participant for the Budapest session in due course.

Kind regards

International Engagement Section
Department of Communications and the Arts
OFFICIAL
""")

M(key="en_nzl_dec", file="en_04_nzl_decline.eml", lang="en", kind="decline", ms="NZL",
  frm=("Kiri Walker", "kiri.walker@mbie-digital.govt.nz"),
  subject="Re: ITU CI-19/35",
  rcv="2019-08-16 00:32:44 +0200", stz="+1200", charset="utf-8", cte="quoted-printable",
  text="""Kia ora,

Thank you for the invitation to the SME consultation sessions. Unfortunately New Zealand will not be
able to send anyone to Budapest this year, and we have no one in Geneva to cover the 2020 sessions either.
We would be glad to receive the outcome report.

Ngā mihi,
Kiri Walker
Senior Policy Advisor | International Telecommunications
""")

M(key="en_phl_inq", file="en_05_phl_inquiry_fees.eml", lang="en", kind="inquiry", ms="PHL",
  frm=("DICT International Cooperation", "intlcoop@dict-ph.gov.ph"),
  subject="Query on CI-19/35 - SME Associate fees",
  rcv="2019-08-07 09:11:58 +0200", stz="+0800", charset="us-ascii", cte="7bit",
  text="""Good day!

We refer to Circular CI-19/35. Before we endorse a participant, may we ask:

(a) What are the eligibility criteria for the reduced SME Associate fee from January 2020? Will a
    startup registered for less than two years qualify?
(b) Is the Budapest consultation open to SMEs themselves, or only to government representatives?

Thank you and we look forward to your reply.

Respectfully,
International Cooperation Division
""")

M(key="en_gha_fwd", file="en_06_gha_forward_covering_note.eml", lang="en", kind="nomination", ms="GHA",
  frm=("Ghana Permanent Mission Geneva", "info@ghanamission-gva.gh"),
  subject="Fw: Nomination - ITU SME Consultation Session Budapest",
  rcv="2019-08-15 12:06:19 +0200", stz="+0200", charset="utf-8", cte="quoted-printable",
  text="""Dear Sir/Madam,

Please find below, for your kind attention, the nomination received from the Ministry of Communications in
Accra in response to CI-19/35.

Kind regards,
Registry
Permanent Mission of Ghana, Geneva

---------- Forwarded message ---------
From: Ministry of Communications - PPME <ppme@moc-gh.gov.gh>
Date: Wed, 14 Aug 2019 at 17:40
Subject: Nomination - ITU SME Consultation Session Budapest
To: Ghana Permanent Mission Geneva <info@ghanamission-gva.gh>

Dear Counsellor,

The Ministry wishes to nominate Mrs. Abena Osei-Boateng, Director of Policy Planning, Monitoring and
Evaluation (abena.oseiboateng@moc-gh.gov.gh), to participate in the consultation session on SMEs at ITU
Telecom World in Budapest.

Kindly transmit this to the ITU Secretariat.

Thank you.

Kwame Asante
for: Chief Director
""",
  delegates=[D("Abena Osei-Boateng", [], "Director of Policy Planning, Monitoring and Evaluation", "abena.oseiboateng@moc-gh.gov.gh")])

M(key="en_nga_corr", file="en_07_nga_correction_spelling.eml", lang="en", kind="correction", ms="NGA",
  frm=("Oluwasegun Adebayo", "o.adebayo@fmcde-ng.gov.ng"),
  subject="RE: CI-19/35 - correction of name",
  rcv="2019-08-20 10:03:11 +0200", stz="+0100", charset="windows-1252", cte="quoted-printable",
  reply_to_key="en_nga_self",
  text="""Dear Christopher,

Thank you for the acknowledgement. Please note that my name was wrongly spelt in the registration: it is
ADEBAYO Oluwaseun Gabriel (not Oluwasegun), as in my passport. The e-mail address remains the same.

Regards,
Oluwaseun G. Adebayo

-----Original Message-----
From: ITU SME <sme@itu.int>
Sent: 19 August 2019 16:12
To: Oluwasegun Adebayo <o.adebayo@fmcde-ng.gov.ng>
Subject: RE: CI-19/35

Dear Mr Adebayo,

Thank you for your message. We have registered Mr Oluwasegun Adebayo for the session in Budapest.

Best regards,
Christopher Clark
ITU
""",
  delegates=[D("Oluwaseun Gabriel Adebayo", ["ADEBAYO Oluwaseun Gabriel", "Oluwaseun G. Adebayo"], None, "o.adebayo@fmcde-ng.gov.ng")],
  supersedes="en_nga_self")

def bounce(key, rcv, mta_dom, rcpt, diag, lang_text, subj_orig, orig_id, status="5.1.1"):
    raw = ("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b_%s\"\n\n"
           "--b_%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n"
           "--b_%s\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; %s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp; %s\n\n"
           "--b_%s\nContent-Type: text/rfc822-headers\n\n"
           "From: ITU SME <sme@itu.int>\nTo: %s\nSubject: %s\nMessage-ID: %s\n\n"
           "--b_%s--\n") % (h(key), h(key), lang_text, h(key), mta_dom, rcv, rcpt, status, diag, h(key),
                            rcpt, subj_orig, orig_id, h(key))
    m = email.message_from_string(raw)
    # keep the human-readable part 7bit-safe
    txt = m.get_payload()[0]
    body = txt.get_payload()
    del txt["Content-Transfer-Encoding"]
    txt["Content-Transfer-Encoding"] = "quoted-printable"
    txt.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
    return m


M(key="en_bounce_pf", file="en_08_bounce_postfix.eml", lang="en", kind="bounce",
  frm=("Mail Delivery System", "MAILER-DAEMON@smtp.minposts-gov.ls"), relay="smtp.minposts-gov.ls",
  subject="Undelivered Mail Returned to Sender",
  rcv="2019-08-19 14:40:02 +0200", stz="+0200",
  extra=[("Auto-Submitted", "auto-replied")],
  top=bounce("en_bounce_pf", "Mon, 19 Aug 2019 14:39:58 +0200", "smtp.minposts-gov.ls", "t.mokoena@minposts-gov.ls",
             "550 5.1.1 <t.mokoena@minposts-gov.ls>: Recipient address rejected: User unknown in local recipient table",
             "This is the mail system at host smtp.minposts-gov.ls.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "<t.mokoena@minposts-gov.ls>: host smtp.minposts-gov.ls said: 550 5.1.1 User unknown\n",
             "RE: CI-19/35 - acknowledgement of nomination", "<ack-20190819-77@itu.int>"))

M(key="en_news", file="en_09_unrelated_newsletter_html.eml", lang="en", kind="unrelated",
  frm=("Global SME Digital Summit", "news@smedigitalsummit-events.com"),
  subject="Early-bird ends Friday: SME Digital Summit Asia 2019 | Speakers announced",
  rcv="2019-08-13 18:00:03 +0200", stz="+0800", charset="utf-8", cte="quoted-printable",
  extra=[("List-Unsubscribe", "<https://smedigitalsummit-events.com/unsub?u=8842>"), ("Precedence", "bulk")],
  text="""SME Digital Summit Asia 2019 - 24-25 October, Kuala Lumpur

Early-bird registration ends this Friday. Join 1,200 founders, investors and policymakers.
Keynote: Dr. Farah Lindqvist, CEO, Nordbridge Ventures.

Register now: https://smedigitalsummit-events.com/register

You are receiving this e-mail because you subscribed at one of our events. Unsubscribe:
https://smedigitalsummit-events.com/unsub?u=8842
""",
  html="""<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td style="background:#0b3d91;color:#fff;padding:20px">
<h1>SME Digital Summit Asia 2019</h1><p>24&ndash;25 October &middot; Kuala Lumpur</p></td></tr>
<tr><td style="padding:20px"><p><b>Early-bird registration ends this Friday.</b> Join 1,200 founders, investors and policymakers.</p>
<p>Keynote: Dr. Farah Lindqvist, CEO, Nordbridge Ventures.</p>
<p><a href="https://smedigitalsummit-events.com/register">Register now</a></p></td></tr>
<tr><td style="font-size:10px;color:#888">You are receiving this e-mail because you subscribed at one of our events.
<a href="https://smedigitalsummit-events.com/unsub?u=8842">Unsubscribe</a></td></tr></table></body></html>""")

M(key="en_vendor", file="en_10_unrelated_vendor_pitch.eml", lang="en", kind="unrelated",
  frm=("Daniel Whitford", "daniel.whitford@quantaroute-networks.io"),
  subject="Quick question re: ITU SME programme",
  rcv="2019-08-15 16:45:30 +0200", stz="-0500", charset="us-ascii", cte="7bit",
  text="""Hi there,

I saw that ITU is running consultations on tech SMEs - congrats! QuantaRoute helps telecom regulators
and operators cut interconnect costs by up to 40% with our AI-driven routing platform.

Would you have 15 minutes next week for a quick call? Here's my calendar: https://meet.quantaroute-networks.io/dwhitford

Cheers,
Daniel Whitford
Director, Public Sector Partnerships | QuantaRoute Networks
""")

M(key="en_pak_nom", file="en_11_pak_nomination_wsis_only.eml", lang="en", kind="nomination", ms="PAK",
  frm=("Member (Telecom) Office", "member.telecom@moitt-pk.gov.pk"),
  subject="CI-19/35 Nomination from Pakistan",
  rcv="2019-08-16 11:22:48 +0200", stz="+0500", charset="utf-8", cte="base64",
  text="""Dear Mr. Clark,

Reference ITU Circular CI-19/35 dated 23rd July, 2019.

2. Due to prior commitments, Pakistan will not be able to participate in the session at Telecom World in
Budapest. However, the Ministry is pleased to nominate Syed Ali Raza SHAH, Member (Telecom), for the
consultation session to be held during the WSIS Forum 2020 in Geneva.

3. Contact details: ali.raza@moitt-pk.gov.pk, +92 51 000 0000.

Regards,

(Muhammad Usman Tariq)
Section Officer (ITU)
Ministry of IT & Telecom
Islamabad
""",
  delegates=[D("Syed Ali Raza Shah", [], "Member (Telecom)", "ali.raza@moitt-pk.gov.pk")],
  sessions=["wsis-2020"])

M(key="en_usa_late", file="en_12_usa_late_cwg_paraphrase.eml", lang="en", kind="nomination", ms="USA",
  frm=("Jennifer Hollis", "HollisJM@multilateral-affairs.state.gov"),
  subject="U.S. participant - ITU SME consultations (CI-19/35)",
  rcv="2019-08-17 03:10:26 +0200", stz="-0400", charset="us-ascii", cte="7bit",
  text="""Dear ITU colleagues,

Apologies for the slight delay. The United States nominates Mr. Brandon T. Whitaker, Senior Advisor,
Office of Multilateral Affairs, to participate in the first consultation in Budapest on September 10. Mr.
Whitaker would also attend the session held alongside the Council Working Group meetings in Geneva in
early 2020 (January/February).

His e-mail is WhitakerBT@multilateral-affairs.state.gov.

Thank you,
Jennifer Hollis
Office of Multilateral Affairs
""",
  delegates=[D("Brandon T. Whitaker", [], "Senior Advisor, Office of Multilateral Affairs", "WhitakerBT@multilateral-affairs.state.gov")],
  sessions=["budapest-2019", "cwg-2020"])

M(key="en_auto", file="en_13_auto_reply_ooo.eml", lang="en", kind="auto_reply", ms="KEN",
  frm=("Grace Njeri Mwangi", "gmwangi@ca-regulator.go.ke"),
  subject="Automatic reply: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  rcv="2019-07-23 15:07:44 +0200", stz="+0300", charset="us-ascii", cte="7bit",
  extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "gmwangi@ca-regulator.go.ke")],
  text="""Thank you for your email. I am currently out of office on annual leave and will be back on 12 August 2019.
For urgent matters please contact the Director, Licensing and Standards at licensing@ca-regulator.go.ke.
""")

M(key="en_company", file="en_14_unrelated_company_nominates_ceo.eml", lang="en", kind="unrelated",
  frm=("Priya Raman", "priya@lumenhive-labs.com"),
  subject="Nomination for SME consultation - LumenHive Labs",
  rcv="2019-08-12 08:55:40 +0200", stz="+0530", charset="utf-8", cte="quoted-printable",
  text="""Dear ITU team,

We are a 25-person IoT start-up and learned about the Budapest SME consultation from a friend at our
national ministry. We would love to take part: please register our CEO, Arjun Menon, as a speaker or
participant. We can also showcase our low-power sensor kit at the Telecom World SME pavilion.

Best,
Priya Raman
Head of Partnerships, LumenHive Labs Pvt. Ltd.
""")
# ======================= French =======================

M(key="fr_sen_nom", file="fr_01_sen_nomination_fields_latin1.eml", lang="fr", kind="nomination", ms="SEN",
  frm=("Direction de la Coopération internationale", "dci@mcte-senegal.gouv.sn"),
  subject="Réponse à la lettre circulaire CI-19/35 - désignation",
  rcv="2019-08-09 11:37:52 +0200", stz="+0000", charset="iso-8859-1", cte="quoted-printable",
  text="""Monsieur,

Suite à la lettre circulaire CI-19/35 du 23 juillet 2019, le Ministère de la Communication, des
Télécommunications et de l'Économie numérique a l'honneur de vous faire part de l'intérêt du Sénégal pour la
première session de consultation prévue à Budapest le 10 septembre 2019 et vous communique ci-après les
coordonnées de la participante désignée :

Nom : NDIAYE
Prénom : Aminata
Fonction : Chef de la Division Promotion de l'Économie numérique
Courriel : aminata.ndiaye@mcte-senegal.gouv.sn
Téléphone : +221 33 000 00 00

Veuillez agréer, Monsieur, l'expression de notre considération distinguée.

Le Directeur de la Coopération internationale
""",
  delegates=[D("Aminata Ndiaye", ["NDIAYE Aminata"], "Chef de la Division Promotion de l'Économie numérique", "aminata.ndiaye@mcte-senegal.gouv.sn")])

M(key="fr_civ_nom", file="fr_02_civ_html_two_delegates_caps.eml", lang="fr", kind="nomination", ms="CIV",
  frm=("Secrétariat DG - Autorité de Régulation", "secretariat.dg@artci-regul.ci"),
  subject="CI-19/35 : Désignation des représentants de la Côte d'Ivoire",
  rcv="2019-08-16 19:58:31 +0200", stz="+0000", charset="windows-1252", cte="quoted-printable",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>En r&eacute;ponse &agrave; la lettre circulaire CI-19/35, j'ai l'honneur de vous informer que la C&ocirc;te d'Ivoire participera &agrave; la session de consultation de Budapest ainsi qu'aux sessions pr&eacute;vues en 2020, en marge des Groupes de travail du Conseil et du Forum du SMSI. Les repr&eacute;sentants d&eacute;sign&eacute;s sont :</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#F2F2F2"><td><b>Nom et pr&eacute;noms</b></td><td><b>Fonction</b></td><td><b>Adresse &eacute;lectronique</b></td></tr>
<tr><td>M. KOUASSI Yao Serge</td><td>Directeur de l'Innovation et des Startups</td><td>ys.kouassi@artci-regul.ci</td></tr>
<tr><td>Mme TRAOR&Eacute; Mariam</td><td>Sous-directrice de la R&eacute;glementation</td><td>m.traore@artci-regul.ci</td></tr>
</table>
<p>Je vous prie d'agr&eacute;er, Madame, Monsieur, l'assurance de ma consid&eacute;ration distingu&eacute;e.</p>
<p>Pour le Directeur G&eacute;n&eacute;ral et par ordre,<br>Le Secr&eacute;tariat</p>
</div></body></html>""",
  delegates=[D("Yao Serge Kouassi", ["KOUASSI Yao Serge"], "Directeur de l'Innovation et des Startups", "ys.kouassi@artci-regul.ci"),
             D("Mariam Traoré", ["TRAORÉ Mariam"], "Sous-directrice de la Réglementation", "m.traore@artci-regul.ci")],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"])

M(key="fr_mar_int", file="fr_03_mar_interest_quoting_fr.eml", lang="fr", kind="interest_only", ms="MAR",
  frm=("Youssef El Amrani", "y.elamrani@anrtel-maroc.ma"),
  subject="RE: CI-19/35",
  rcv="2019-08-16 23:41:09 +0200", stz="+0100", charset="utf-8", cte="quoted-printable",
  text="""Bonjour,

Le Royaume du Maroc confirme son intérêt pour la série de consultations. Le nom du participant à la session
de Budapest vous sera communiqué dès validation par notre hiérarchie.

Cordialement,
Y. El Amrani
Service Coopération
""" + q_gmail("fr"))

M(key="fr_fra_dec", file="fr_04_fra_mission_decline.eml", lang="fr", kind="decline", ms="FRA",
  frm=("Représentation permanente de la France - Pôle numérique", "pole.numerique@rpfrance-gva.fr"),
  subject="CI-19/35 - réponse de la France",
  rcv="2019-08-14 10:12:00 +0200", stz="+0200", charset="iso-8859-15", cte="quoted-printable",
  text="""Madame, Monsieur,

La Représentation permanente de la France remercie le Secrétariat de l'UIT pour son invitation. La France ne
sera malheureusement pas en mesure de désigner un participant pour la session de consultation de Budapest et
ne donnera pas suite, à ce stade, à cette série de consultations.

Bien cordialement,

Pôle numérique
Représentation permanente de la France auprès de l'Office des Nations unies à Genève
""")

M(key="fr_sen_corr", file="fr_05_sen_correction_session_change.eml", lang="fr", kind="correction", ms="SEN",
  frm=("Direction de la Coopération internationale", "dci@mcte-senegal.gouv.sn"),
  subject="RE: Réponse à la lettre circulaire CI-19/35 - modification",
  rcv="2019-09-02 09:05:14 +0200", stz="+0000", charset="iso-8859-1", cte="quoted-printable",
  reply_to_key="fr_sen_nom",
  text="""Monsieur,

Nous vous informons que Mme Aminata NDIAYE ne pourra finalement pas se rendre à Budapest. Elle participera
plutôt à la session organisée en marge des réunions des Groupes de travail du Conseil début 2020. Nous vous
prions de bien vouloir modifier son inscription en conséquence.

Cordialement,

DCI / MCTE
""",
  delegates=[D("Aminata Ndiaye", ["Aminata NDIAYE"], None, None)],
  sessions=["cwg-2020"], supersedes="fr_sen_nom")

M(key="fr_cmr_inq", file="fr_06_cmr_inquiry_funding.eml", lang="fr", kind="inquiry", ms="CMR",
  frm=("Cellule de Coopération - MINPOSTEL", "cooperation@minpostel-cm.gov.cm"),
  subject="Demande d'information - CI-19/35",
  rcv="2019-08-05 14:50:27 +0200", stz="+0100", charset="utf-8", cte="base64",
  text="""Monsieur Clark,

Avant de procéder à la désignation de notre représentant, nous souhaiterions savoir si l'UIT prévoit des
bourses pour la participation des pays en développement à la session de Budapest, et si la session sera
interprétée en français.

Dans l'attente de votre réponse, veuillez recevoir nos salutations distinguées.

La Cellule de Coopération
""")

M(key="fr_bfa_late", file="fr_07_bfa_selfnom_late.eml", lang="fr", kind="nomination", ms="BFA",
  frm=("Issouf Ouédraogo", "issouf.ouedraogo@mdenp-bf.gov.bf"),
  subject="Re: CI-19/35: Consultation sessions for Member States",
  rcv="2019-08-17 00:20:39 +0200", stz="+0000", charset="utf-8", cte="quoted-printable",
  text="""Bonsoir M. Clark,

Je vous confirme ma participation, au nom du Burkina Faso, à la session du 10 septembre à Budapest.
Toutes mes excuses pour ce léger retard.

Bien à vous,

Issouf OUEDRAOGO
Conseiller technique
Ministère du Développement de l'Économie numérique et des Postes
Ouagadougou
""" + q_gmail("en"),
  delegates=[D("Issouf Ouédraogo", ["Issouf OUEDRAOGO"], "Conseiller technique", "issouf.ouedraogo@mdenp-bf.gov.bf")])

M(key="fr_cod_nom", file="fr_08_cod_compound_name.eml", lang="fr", kind="nomination", ms="COD",
  frm=("Secrétariat Général PT-NTIC", "sg@ptntic-rdc.gouv.cd"),
  subject="Désignation - Session de consultation PME (Budapest)",
  rcv="2019-08-12 13:31:05 +0200", stz="+0100", charset="iso-8859-1", cte="quoted-printable",
  text="""Monsieur le Secrétaire général,

J'ai l'honneur d'accuser réception de votre lettre circulaire CI-19/35 et de vous communiquer le nom de
M. Jean-Pierre MUKENDI KABONGO, Directeur chargé des Nouvelles Technologies, désigné pour représenter la
République démocratique du Congo à la première session de consultation, en marge d'ITU Telecom World 2019.

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Le Secrétaire Général
Prof. Dr Albert NGOY MWAMBA
""",
  attach=("Lettre_SG_CI-19-35_RDC.pdf", "application/pdf",
          b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
  delegates=[D("Jean-Pierre Mukendi Kabongo", ["Jean-Pierre MUKENDI KABONGO"], "Directeur chargé des Nouvelles Technologies", None)])

M(key="fr_ngo_inv", file="fr_09_unrelated_ngo_invitation.eml", lang="fr", kind="unrelated",
  frm=("Réseau Afrique Startups Numériques", "contact@rasn-startups.org"),
  subject="Invitation : Forum panafricain des startups, Dakar, 21-23 novembre 2019",
  rcv="2019-08-10 10:00:00 +0200", stz="+0000", charset="utf-8", cte="quoted-printable",
  text="""Madame, Monsieur,

Le Réseau Afrique Startups Numériques (RASN), association à but non lucratif, a le plaisir de vous inviter
au Forum panafricain des startups qui se tiendra à Dakar du 21 au 23 novembre 2019. Nous serions honorés
qu'un représentant de l'UIT intervienne lors du panel « Financer les PME technologiques ».

Programme et inscription : https://rasn-startups.org/forum2019

Bien cordialement,
Fatou Diallo-Mbengue
Coordinatrice, RASN
""")
# ======================= Russian =======================

M(key="ru_rus_nom", file="ru_01_rus_nomination_koi8r_fio_fields.eml", lang="ru", kind="nomination", ms="RUS",
  frm=("Департамент международного сотрудничества", "dms@mintsifry-rf.gov.ru"),
  subject="О циркулярном письме МСЭ CI-19/35",
  rcv="2019-08-12 12:14:33 +0200", stz="+0300", charset="koi8-r", cte="quoted-printable",
  text="""Уважаемые коллеги!

В ответ на циркулярное письмо CI-19/35 от 23 июля 2019 г. сообщаем о заинтересованности Российской
Федерации в участии в консультационных сессиях по вопросам поддержки малых и средних технологических
предприятий и направляем сведения об участнике первой сессии (Будапешт, 10 сентября 2019 г.):

Фамилия: Смирнова
Имя: Екатерина
Отчество: Андреевна
Должность: заместитель директора Департамента международного сотрудничества
Эл. почта: smirnova.ea@mintsifry-rf.gov.ru

С уважением,
Департамент международного сотрудничества
""",
  delegates=[D("Екатерина Андреевна Смирнова", ["Смирнова Екатерина Андреевна"],
               "заместитель директора Департамента международного сотрудничества", "smirnova.ea@mintsifry-rf.gov.ru")])

M(key="ru_blr_nom", file="ru_02_blr_inflected_cp1251_base64.eml", lang="ru", kind="nomination", ms="BLR",
  frm=("Министерство связи и информатизации", "info@mininfo-by.gov.by"),
  subject="Кандидатура для участия в консультационной сессии МСЭ",
  rcv="2019-08-15 08:59:21 +0200", stz="+0300", charset="windows-1251", cte="base64",
  text="""Секретариат Международного союза электросвязи

Министерство связи и информатизации Республики Беларусь, рассмотрев циркулярное письмо CI-19/35, просит
включить в число участников первой консультационной сессии в рамках ITU Telecom World 2019 заместителя
начальника главного управления инновационного развития Ковалёва Андрея Николаевича, а также сессии в ходе
Форума ВВУИО-2020.

Контактные данные: Ковалёв Андрей Николаевич (Andrei KAVALIOU), a.kavaliou@mininfo-by.gov.by.

Первый заместитель Министра                                      И.В.Лисовский
""",
  delegates=[D("Андрей Николаевич Ковалёв", ["Ковалёв Андрей Николаевич", "Andrei KAVALIOU"],
               "заместитель начальника главного управления инновационного развития", "a.kavaliou@mininfo-by.gov.by")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="ru_kgz_dec", file="ru_03_kgz_decline.eml", lang="ru", kind="decline", ms="KGZ",
  frm=("Отдел международных связей", "oms@gkits-kg.gov.kg"),
  subject="Ответ на CI-19/35",
  rcv="2019-08-16 07:45:19 +0200", stz="+0600", charset="utf-8", cte="base64",
  text="""Уважаемый господин Кларк!

Благодарим за приглашение. К сожалению, Кыргызская Республика не имеет возможности направить представителя
на сессию в Будапеште. Просим держать нас в курсе результатов консультаций.

С уважением,
Отдел международных связей
""")

M(key="ru_tjk_int", file="ru_04_tjk_interest_later.eml", lang="ru", kind="interest_only", ms="TJK",
  frm=("Служба связи", "intl@aloqa-tj.gov.tj"),
  subject="CI-19/35 заинтересованность",
  rcv="2019-08-19 06:30:00 +0200", stz="+0500", charset="utf-8", cte="quoted-printable",
  text="""Уважаемые коллеги,

Республика Таджикистан заинтересована в участии в консультационных сессиях. Кандидатуру участника сообщим
дополнительно.

С уважением,
Служба связи при Правительстве Республики Таджикистан
""")

M(key="ru_rus_corr", file="ru_03b_rus_correction_replacement_koi8r.eml", lang="ru", kind="correction", ms="RUS",
  frm=("Департамент международного сотрудничества", "dms@mintsifry-rf.gov.ru"),
  subject="Замена участника - CI-19/35",
  rcv="2019-08-23 14:02:55 +0200", stz="+0300", charset="koi8-r", cte="base64",
  reply_to_key="ru_rus_nom",
  text="""Уважаемые коллеги!

В связи с изменением графика командировок просим вместо Смирновой Екатерины Андреевны зарегистрировать для
участия в сессии в Будапеште Павлова Игоря Сергеевича.

Фамилия, имя, отчество: Павлов Игорь Сергеевич (Igor PAVLOV)
Должность: советник Департамента международного сотрудничества
Эл. почта: pavlov.is@mintsifry-rf.gov.ru

Заранее благодарим.
""",
  delegates=[D("Игорь Сергеевич Павлов", ["Павлов Игорь Сергеевич", "Igor PAVLOV"],
               "советник Департамента международного сотрудничества", "pavlov.is@mintsifry-rf.gov.ru")],
  supersedes="ru_rus_nom")

M(key="ru_mda_inq", file="ru_05_mda_inquiry.eml", lang="ru", kind="inquiry", ms="MDA",
  frm=("Vasile Rusu", "v.rusu@anrceti-md.gov.md"),
  subject="Вопрос по CI-19/35",
  rcv="2019-08-08 10:17:43 +0200", stz="+0300", charset="utf-8", cte="quoted-printable",
  text="""Добрый день!

Подскажите, пожалуйста, требуется ли официальное письмо за подписью руководства для регистрации участника
сессии в Будапеште, или достаточно электронного письма? И будет ли обеспечен синхронный перевод на русский язык?

Спасибо.
В. Русу
""")
# ======================= Spanish =======================

M(key="es_mex_nom", file="es_01_mex_outlook_html_only.eml", lang="es", kind="nomination", ms="MEX",
  frm=("Unidad de Asuntos Internacionales", "uai@instreg-telecom.gob.mx"),
  subject="Designación de participante - Circular CI-19/35",
  rcv="2019-08-14 02:18:40 +0200", stz="-0500", charset="windows-1252", cte="quoted-printable",
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="ES-MX"><div class="WordSection1">
<p class="MsoNormal">Estimados se&ntilde;ores:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">En atenci&oacute;n a la Carta Circular CI-19/35, me permito comunicar que M&eacute;xico designa para participar en la primera sesi&oacute;n de consulta, que tendr&aacute; lugar durante ITU Telecom World 2019 en Budapest, a la <b>Lic.Mar&iacute;a Fernanda Guti&eacute;rrez Ram&iacute;rez</b>, Directora de Innovaci&oacute;n y Emprendimiento Digital (<a href="mailto:mfgutierrez@instreg-telecom.gob.mx">mfgutierrez@instreg-telecom.gob.mx</a>).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Sin otro particular, reciban un cordial saludo.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table border="0" cellpadding="0"><tr><td style="border-right:solid #7F7F7F 1.5pt;padding:0 8pt"><p class="MsoNormal"><b><span style="color:#691C32">Rodrigo Salinas Ortega</span></b></p>
<p class="MsoNormal"><span style="font-size:9pt">Titular de la Unidad de Asuntos Internacionales</span></p></td>
<td style="padding:0 8pt"><p class="MsoNormal"><span style="font-size:9pt">Tel. +52 55 0000 0000<br>Ciudad de M&eacute;xico</span></p></td></tr></table>
</div></body></html>""",
  delegates=[D("María Fernanda Gutiérrez Ramírez", [], "Directora de Innovación y Emprendimiento Digital", "mfgutierrez@instreg-telecom.gob.mx")])

M(key="es_arg_nom", file="es_02_arg_two_delegates_wsis.eml", lang="es", kind="nomination", ms="ARG",
  frm=("Dirección Nacional de Relaciones Internacionales", "dnri@secmodernizacion.gob.ar"),
  subject="CI-19/35 - Participantes de la República Argentina",
  rcv="2019-08-15 21:47:05 +0200", stz="-0300", charset="iso-8859-1", cte="quoted-printable",
  text="""Sres. Secretaría de la UIT:

Por medio de la presente, y en respuesta a la Circular CI-19/35, se informa que la República Argentina
participará en la sesión de consulta de Budapest y en la que se celebrará durante el Foro de la CMSI 2020.
Se designa a:

- Ing. Martín Alejandro Sosa, Director de Economía del Conocimiento (msosa@secmodernizacion.gob.ar)
- Dra. Lucía Beatriz Ferreyra, Asesora Legal (lferreyra@secmodernizacion.gob.ar)

Saludos cordiales,

Lic. Paula Giménez
Dirección Nacional de Relaciones Internacionales
""",
  delegates=[D("Martín Alejandro Sosa", [], "Director de Economía del Conocimiento", "msosa@secmodernizacion.gob.ar"),
             D("Lucía Beatriz Ferreyra", [], "Asesora Legal", "lferreyra@secmodernizacion.gob.ar")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="es_col_int", file="es_03_col_interest.eml", lang="es", kind="interest_only", ms="COL",
  frm=("Oficina de Asuntos Internacionales - MinTIC", "internacional@mintic-col.gov.co"),
  subject="Manifestación de interés - CI-19/35",
  rcv="2019-08-16 16:02:11 +0200", stz="-0500", charset="utf-8", cte="base64",
  text="""Respetados señores:

Colombia manifiesta su interés en participar en las sesiones de consulta sobre fomento de las pymes de
tecnología e innovación. El nombre de la persona que asistirá a la sesión de Budapest será comunicado
próximamente.

Cordialmente,
Oficina de Asuntos Internacionales
""")

M(key="es_chl_dec", file="es_04_chl_decline.eml", lang="es", kind="decline", ms="CHL",
  frm=("Subtel - Relaciones Internacionales", "rrii@subtel-cl.gob.cl"),
  subject="RE: CI-19/35",
  rcv="2019-08-13 20:25:50 +0200", stz="-0400", charset="utf-8", cte="quoted-printable",
  text="""Estimados:

Agradecemos la invitación; sin embargo, por razones presupuestarias Chile no podrá participar en la
sesión de Budapest. Quedamos atentos a futuras convocatorias.

Saludos,
Relaciones Internacionales
""")

M(key="es_esp_self", file="es_05_esp_selfnom_quote_en.eml", lang="es", kind="nomination", ms="ESP",
  frm=("Beatriz Castaño Ruiz", "beatriz.castano@sedia-digital.gob.es"),
  subject="RE: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  rcv="2019-08-07 12:40:22 +0200", stz="+0200", charset="utf-8", cte="quoted-printable",
  text="""Buenos días:

Les confirmo que seré yo quien asista, en representación de España, a la sesión de consulta del 10 de
septiembre en Budapest. Si más adelante podemos participar también en la del Foro CMSI, se lo haremos saber.

Un saludo,

Beatriz Castaño Ruiz
Jefa de Área de Organismos Internacionales
Secretaría de Estado de Digitalización
""" + q_outlook(sent="martes, 23 de julio de 2019 15:04", to="Castaño Ruiz, Beatriz",
                labels=("De", "Enviado el", "Para", "Asunto")),
  delegates=[D("Beatriz Castaño Ruiz", ["Castaño Ruiz, Beatriz"], "Jefa de Área de Organismos Internacionales", "beatriz.castano@sedia-digital.gob.es")])

M(key="es_mex_corr", file="es_06_mex_correction_addition.eml", lang="es", kind="correction", ms="MEX",
  frm=("Unidad de Asuntos Internacionales", "uai@instreg-telecom.gob.mx"),
  subject="RE: Designación de participante - Circular CI-19/35 (alcance)",
  rcv="2019-08-16 18:30:10 +0200", stz="-0500", charset="windows-1252", cte="quoted-printable",
  reply_to_key="es_mex_nom",
  text="""Estimados señores:

En alcance a nuestro correo anterior, les informo que además de la Lic. María Fernanda Gutiérrez Ramírez
asistirá a la sesión de Budapest el Mtro. Jorge Luis Peña Castillo, Subdirector de Política Digital
(jlpena@instreg-telecom.gob.mx). La delegación queda integrada de la siguiente manera:

1. María Fernanda Gutiérrez Ramírez - Directora de Innovación y Emprendimiento Digital
2. Jorge Luis Peña Castillo - Subdirector de Política Digital

Saludos cordiales,
Rodrigo Salinas Ortega
""",
  delegates=[D("María Fernanda Gutiérrez Ramírez", [], "Directora de Innovación y Emprendimiento Digital", None),
             D("Jorge Luis Peña Castillo", [], "Subdirector de Política Digital", "jlpena@instreg-telecom.gob.mx")],
  supersedes="es_mex_nom")

M(key="es_per_inq", file="es_07_per_inquiry_remote.eml", lang="es", kind="inquiry", ms="PER",
  frm=("Paola Quispe Huamán", "pquispe@mtc-peru.gob.pe"),
  subject="Consulta sobre participación remota - CI-19/35",
  rcv="2019-08-12 17:05:33 +0200", stz="-0500", charset="utf-8", cte="quoted-printable",
  text="""Estimado Sr. Clark:

Quisiéramos saber si será posible participar de manera remota en la sesión de Budapest, ya que nuestra
delegación a Telecom World aún no está confirmada. ¿Se habilitará algún enlace?

Muchas gracias de antemano.

Paola Quispe Huamán
Oficina de Cooperación Internacional, MTC
""")

M(key="es_cub_late", file="es_08_cub_late_latin1.eml", lang="es", kind="nomination", ms="CUB",
  frm=("Relaciones Internacionales MINCOM", "rrii@mincom-isla.cu"),
  subject="Respuesta Circular CI-19/35",
  rcv="2019-08-17 02:30:48 +0200", stz="-0400", charset="iso-8859-1", cte="quoted-printable",
  text="""Estimados colegas:

Por este medio les comunicamos que la República de Cuba designa a la compañera Yamilé Hernández Valdés,
Especialista Principal de la Dirección de Informatización, para participar en la sesión de consulta de
Budapest (10 de septiembre de 2019).

Correo: yhernandez@mincom-isla.cu

Saludos revolucionarios,
Dirección de Relaciones Internacionales
Ministerio de Comunicaciones
""",
  delegates=[D("Yamilé Hernández Valdés", [], "Especialista Principal de la Dirección de Informatización", "yhernandez@mincom-isla.cu")])
# ======================= Portuguese / German / Italian =======================

M(key="pt_bra_nom", file="pt_01_bra_nomination_hedged_wsis.eml", lang="pt", kind="nomination", ms="BRA",
  frm=("Assessoria Internacional", "assessoria.internacional@agtel-brasil.gov.br"),
  subject="Indicação de participante - Carta Circular CI-19/35 da UIT",
  rcv="2019-08-15 15:20:37 +0200", stz="-0300", charset="iso-8859-1", cte="quoted-printable",
  text="""Prezados Senhores,

Em resposta à Carta Circular CI-19/35, informamos o interesse do Brasil nas sessões de consulta e
indicamos o Sr. João Paulo de Almeida Ribeiro, Superintendente Adjunto de Planejamento e Regulamentação
(joaopaulo.ribeiro@agtel-brasil.gov.br), para a sessão de Budapeste. Eventualmente o Brasil poderá
também participar da sessão no Fórum da CMSI, o que será confirmado oportunamente.

Atenciosamente,

Assessoria Internacional
""",
  delegates=[D("João Paulo de Almeida Ribeiro", [], "Superintendente Adjunto de Planejamento e Regulamentação", "joaopaulo.ribeiro@agtel-brasil.gov.br")])

M(key="pt_moz_int", file="pt_02_moz_interest.eml", lang="pt", kind="interest_only", ms="MOZ",
  frm=("Departamento de Cooperação", "cooperacao@incm-regula.gov.mz"),
  subject="Re: CI-19/35",
  rcv="2019-08-16 10:05:05 +0200", stz="+0200", charset="utf-8", cte="quoted-printable",
  text="""Exmos. Senhores,

Moçambique manifesta interesse em participar nas sessões de consulta. Lamentamos não estar ainda em
condições de indicar o nome do participante para Budapeste; fá-lo-emos logo que possível.

Com os melhores cumprimentos,
Departamento de Cooperação
""" + q_gmail("pt"))

M(key="pt_ago_nom", file="pt_03_ago_caps_surname.eml", lang="pt", kind="nomination", ms="AGO",
  frm=("Gabinete de Intercâmbio Internacional", "gii@mintic-angola.gov.ao"),
  subject="CI-19/35 - Indicação",
  rcv="2019-08-13 11:11:11 +0200", stz="+0100", charset="windows-1252", cte="quoted-printable",
  text="""Exmo. Senhor Secretário-Geral,

Acusamos a recepção da Circular CI-19/35 e temos a honra de indicar para a primeira sessão de consulta
(Budapeste, 10/09/2019):

Nome completo: KIALA, Domingos Manuel
Cargo: Chefe de Departamento de Inovação Tecnológica
E-mail: mdkiala@mintic-angola.gov.ao

Aproveitamos para apresentar os nossos melhores cumprimentos.

O Director do GII
""",
  delegates=[D("Domingos Manuel Kiala", ["KIALA, Domingos Manuel"], "Chefe de Departamento de Inovação Tecnológica", "mdkiala@mintic-angola.gov.ao")])

M(key="de_deu_nom", file="de_01_deu_nomination_dative_latin9.eml", lang="de", kind="nomination", ms="DEU",
  frm=("Referat Internationale Digitalpolitik", "ref-idp@bmwdigital-bund.de"),
  subject="AW: ITU-Rundschreiben CI-19/35 – Benennung",
  rcv="2019-08-13 09:48:50 +0200", stz="+0200", charset="iso-8859-15", cte="quoted-printable",
  text="""Sehr geehrte Damen und Herren,

mit Bezug auf das Rundschreiben CI-19/35 teilen wir Ihnen mit, dass Deutschland an den
Konsultationssitzungen interessiert ist. Für die erste Sitzung am 10. September 2019 in Budapest benennen
wir Herrn Dr. Thomas Weißenberger, Referatsleiter Internationale Digitalpolitik
(thomas.weissenberger@bmwdigital-bund.de).

Mit freundlichen Grüßen
Im Auftrag
Sabine Krüger

--
Referat Internationale Digitalpolitik
Bundesministerium (Digitales)
""",
  delegates=[D("Thomas Weißenberger", [], "Referatsleiter Internationale Digitalpolitik", "thomas.weissenberger@bmwdigital-bund.de")])

M(key="de_aut_dec", file="de_02_aut_decline.eml", lang="de", kind="decline", ms="AUT",
  frm=("Abteilung Telekommunikation", "tk-international@bmvit-oe.gv.at"),
  subject="CI-19/35 - Rückmeldung Österreich",
  rcv="2019-08-16 14:30:00 +0200", stz="+0200", charset="utf-8", cte="base64",
  text="""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Österreich wird an der Konsultationssitzung in Budapest leider nicht
teilnehmen können. Wir bitten um Verständnis.

Mit freundlichen Grüßen
Abteilung Telekommunikation, Post und Digitales
""")

M(key="de_che_nom", file="de_03_che_mission_budapest_wsis.eml", lang="de", kind="nomination", ms="CHE",
  frm=("Ständige Mission der Schweiz - Sektion Telekom", "gva.telecom@swissmission-gva.ch"),
  subject="Teilnahme Schweiz – Konsultation KMU (CI-19/35)",
  rcv="2019-08-08 16:16:16 +0200", stz="+0200", charset="utf-8", cte="quoted-printable",
  text="""Sehr geehrter Herr Clark

Die Schweiz nimmt gerne an der Konsultationsreihe teil. Für die Sitzung während ITU Telecom World in Budapest
sowie für die Sitzung am WSIS-Forum 2020 nimmt Frau Corinne Bühlmann-Frei, Wissenschaftliche Mitarbeiterin
beim Bundesamt für Kommunikation (corinne.buehlmann@bakom-ofcom.admin.ch), teil.

Freundliche Grüsse

Reto Zimmerli
Ständige Mission der Schweiz in Genf
""",
  delegates=[D("Corinne Bühlmann-Frei", [], "Wissenschaftliche Mitarbeiterin beim Bundesamt für Kommunikation", "corinne.buehlmann@bakom-ofcom.admin.ch")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="de_bounce", file="de_04_bounce_exchange_german.eml", lang="de", kind="bounce",
  frm=("Microsoft Outlook", "postmaster@mail.wirtschaft-lux-intl.lu"), relay="mail.wirtschaft-lux-intl.lu",
  subject="Unzustellbar: RE: CI-19/35",
  rcv="2019-08-20 09:12:40 +0200", stz="+0200",
  top=bounce("de_bounce", "Tue, 20 Aug 2019 09:12:38 +0200", "mail.wirtschaft-lux-intl.lu", "j.hoffmann@wirtschaft-lux-intl.lu",
             "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
             "Ihre Nachricht konnte nicht an j.hoffmann@wirtschaft-lux-intl.lu übermittelt werden.\n\n"
             "Die E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers und\n"
             "versuchen Sie erneut, die Nachricht zu senden.\n",
             "RE: CI-19/35", "<ack-20190820-12@itu.int>", status="5.1.10"))

M(key="it_ita_nom", file="it_01_ita_glued_title.eml", lang="it", kind="nomination", ms="ITA",
  frm=("Segreteria Relazioni Internazionali", "relint@mise-comunicazioni.gov.it"),
  subject="R: Circolare ITU CI-19/35 - designazione",
  rcv="2019-08-14 17:55:22 +0200", stz="+0200", charset="windows-1252", cte="quoted-printable",
  text="""Gentili Signori,

in riscontro alla circolare CI-19/35, si comunica che l'Italia sarà rappresentata alla sessione di
consultazione di Budapest dalla dott.ssa Giulia Ferraresi, dirigente della Divisione Politiche per
l'innovazione e le PMI digitali.

Recapito: giulia.ferraresi@mise-comunicazioni.gov.it

Distinti saluti,
La Segreteria
""",
  delegates=[D("Giulia Ferraresi", [], "dirigente della Divisione Politiche per l'innovazione e le PMI digitali", "giulia.ferraresi@mise-comunicazioni.gov.it")])

M(key="it_smr_inq", file="it_02_smr_inquiry.eml", lang="it", kind="inquiry", ms="SMR",
  frm=("Ufficio Affari Internazionali", "affari.internazionali@segreteria-tlc.sm"),
  subject="Richiesta chiarimenti - CI-19/35",
  date="2019-08-09 09:09:09 +0200", charset="utf-8", cte="quoted-printable",
  text="""Buongiorno,

vorremmo sapere se le sessioni di consultazione sono rivolte anche agli Stati di piccole dimensioni senza un
ecosistema di start-up sviluppato, e se è prevista una quota di iscrizione.

Cordiali saluti,
Ufficio Affari Internazionali
""")
# ======================= Turkish / Persian / Indonesian / Malay / Swahili =======================

M(key="tr_tur_nom", file="tr_01_tur_suffixes_latin5.eml", lang="tr", kind="nomination", ms="TUR",
  frm=("Dış İlişkiler Dairesi", "dis.iliskiler@bthk-ulastirma.gov.tr"),
  subject="ITU CI-19/35 sayılı genelge hk.",
  rcv="2019-08-15 10:40:00 +0200", stz="+0300", charset="iso-8859-9", cte="quoted-printable",
  text="""Sayın İlgili,

ITU'nun CI-19/35 sayılı genelgesi kapsamında, 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk
istişare oturumuna Kurumumuz adına Sayın Mehmet Emre Yıldırım'ın katılması uygun görülmüştür.

Adı Soyadı: Mehmet Emre YILDIRIM
Unvanı: Daire Başkanı, Yenilikçi Teknolojiler Dairesi
E-posta: mehmet.yildirim@bthk-ulastirma.gov.tr

Bilgilerinize arz ederim.

Saygılarımla,
Dış İlişkiler Dairesi Başkanlığı
""",
  delegates=[D("Mehmet Emre Yıldırım", ["Mehmet Emre YILDIRIM"], "Daire Başkanı, Yenilikçi Teknolojiler Dairesi", "mehmet.yildirim@bthk-ulastirma.gov.tr")])

M(key="tr_tur_corr", file="tr_02_tur_correction_replacement.eml", lang="tr", kind="correction", ms="TUR",
  frm=("Dış İlişkiler Dairesi", "dis.iliskiler@bthk-ulastirma.gov.tr"),
  subject="YNT: ITU CI-19/35 sayılı genelge hk. - katılımcı değişikliği",
  rcv="2019-08-22 15:12:03 +0200", stz="+0300", charset="utf-8", cte="base64",
  reply_to_key="tr_tur_nom",
  text="""Sayın İlgili,

Daha önce bildirilen Mehmet Emre Yıldırım'ın yerine, Budapeşte oturumuna Ayşe Nur Kaplan'ın katılacağını
bilgilerinize sunarız. Kendisine ayse.kaplan@bthk-ulastirma.gov.tr adresinden ulaşılabilir.

Ayşe Nur Kaplan - Şube Müdürü, KOBİ ve Girişimcilik Politikaları

Saygılarımızla,
Dış İlişkiler Dairesi Başkanlığı
""",
  delegates=[D("Ayşe Nur Kaplan", [], "Şube Müdürü, KOBİ ve Girişimcilik Politikaları", "ayse.kaplan@bthk-ulastirma.gov.tr")],
  supersedes="tr_tur_nom")

M(key="fa_irn_nom", file="fa_01_irn_nomination_glued_title.eml", lang="fa", kind="nomination", ms="IRN",
  frm=("دفتر همکاری‌های بین‌المللی", "intl-coop@ict-iran.gov.ir"),
  subject="معرفی نماینده - نامه CI-19/35",
  rcv="2019-08-14 08:30:30 +0200", stz="+0430", charset="utf-8", cte="base64",
  text="""با سلام و احترام،

عطف به نامه شماره CI-19/35 مورخ 23 ژوئیه 2019، به استحضار می‌رساند جمهوری اسلامی ایران علاقه‌مند به
مشارکت در جلسات مشورتی است و مهندس‌علیرضا کاظمی (Alireza Kazemi)، مدیرکل دفتر توسعه کسب‌وکارهای نوآور، به
عنوان نماینده در نخستین جلسه در بوداپست معرفی می‌گردد.

پست الکترونیکی: a.kazemi@ict-iran.gov.ir

با تشکر،
دفتر همکاری‌های بین‌المللی
""",
  delegates=[D("علیرضا کاظمی", ["Alireza Kazemi"], "مدیرکل دفتر توسعه کسب‌وکارهای نوآور", "a.kazemi@ict-iran.gov.ir")])

M(key="fa_afg_dec", file="fa_02_afg_decline_qp.eml", lang="fa", kind="decline", ms="AFG",
  frm=("ریاست روابط بین‌المللی", "intl.relations@mcit-afg.gov.af"),
  subject="پاسخ به نامه CI-19/35",
  rcv="2019-08-16 06:06:06 +0200", stz="+0430", charset="utf-8", cte="quoted-printable",
  text="""با عرض سلام و احترام،

از دعوت شما سپاسگزاریم. متأسفانه وزارت مخابرات و تکنالوژی معلوماتی امکان اعزام نماینده به جلسه بوداپست را
ندارد.

با احترام،
ریاست روابط بین‌المللی
""")

M(key="id_idn_nom", file="id_01_idn_two_delegates_bapak_ibu.eml", lang="id", kind="nomination", ms="IDN",
  frm=("Biro Kerja Sama Internasional", "kerjasama@kominfo-ri.go.id"),
  subject="Nominasi Peserta Sesi Konsultasi UKM - Surat Edaran ITU CI-19/35",
  rcv="2019-08-16 08:01:44 +0200", stz="+0700", charset="utf-8", cte="quoted-printable",
  text="""Yth. Sekretariat ITU,

Menindaklanjuti Surat Edaran CI-19/35, dengan hormat kami sampaikan bahwa Indonesia berminat untuk
berpartisipasi dalam sesi konsultasi pertama di Budapest. Adapun delegasi yang kami nominasikan adalah:

1. Bapak Agus Setiawan Nugroho, Direktur Ekonomi Digital (agus.nugroho@kominfo-ri.go.id)
2. Ibu Rina Puspitasari, Kepala Subdirektorat Startup Digital (rina.puspita@kominfo-ri.go.id)

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
""",
  delegates=[D("Agus Setiawan Nugroho", [], "Direktur Ekonomi Digital", "agus.nugroho@kominfo-ri.go.id"),
             D("Rina Puspitasari", [], "Kepala Subdirektorat Startup Digital", "rina.puspita@kominfo-ri.go.id")])

M(key="ms_mys_nom", file="ms_01_mys_bin_binti.eml", lang="ms", kind="nomination", ms="MYS",
  frm=("Bahagian Hubungan Antarabangsa", "bha@kkmm-komunikasi.gov.my"),
  subject="PENCALONAN WAKIL MALAYSIA - SESI KONSULTASI PKS ITU (CI-19/35)",
  rcv="2019-08-16 23:05:27 +0000", stz="+0800", charset="utf-8", cte="quoted-printable",
  text="""Tuan/Puan,

Dengan hormatnya perkara di atas adalah dirujuk.

2. Sukacita dimaklumkan bahawa Malaysia mencalonkan Encik Muhammad Hafiz bin Abdullah, Ketua Penolong
Setiausaha, Bahagian Dasar Ekonomi Digital, untuk menghadiri sesi konsultasi pertama di Budapest pada
10 September 2019.

3. Sebarang pertanyaan boleh diajukan kepada beliau di hafiz.abdullah@kkmm-komunikasi.gov.my.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Saya yang menjalankan amanah,
Nurul Aini binti Ismail
Bahagian Hubungan Antarabangsa
""",
  delegates=[D("Muhammad Hafiz bin Abdullah", [], "Ketua Penolong Setiausaha, Bahagian Dasar Ekonomi Digital", "hafiz.abdullah@kkmm-komunikasi.gov.my")])

M(key="sw_tza_int", file="sw_01_tza_interest.eml", lang="sw", kind="interest_only", ms="TZA",
  frm=("Idara ya Ushirikiano wa Kimataifa", "ushirikiano@tcra-mamlaka.go.tz"),
  subject="Yah: Barua ya ITU CI-19/35",
  rcv="2019-08-15 13:13:13 +0200", stz="+0300", charset="utf-8", cte="quoted-printable",
  text="""Ndugu,

Tunapenda kuwajulisha kwamba Tanzania ina nia ya kushiriki katika vikao vya mashauriano kuhusu kukuza
biashara ndogo na za kati za teknolojia. Jina la mshiriki wa kikao cha Budapest litatumwa hivi karibuni.

Wako katika ujenzi wa Taifa,
Idara ya Ushirikiano wa Kimataifa
""")
# ======================= Japanese / Korean / Ukrainian / Polish / Dutch / Romanian / Czech =======================

M(key="ja_jpn_nom", file="ja_01_jpn_shiftjis_base64.eml", lang="ja", kind="nomination", ms="JPN",
  frm=("国際政策課", "kokusai-seisaku@soumu-ict.go.jp"),
  subject="【回答】ITU回章CI-19/35（中小企業に関する協議セッション）",
  rcv="2019-08-09 03:21:10 +0200", stz="+0900", charset="shift_jis", cte="base64",
  text="""ITU事務局 御中

いつもお世話になっております。
回章CI-19/35につきまして、日本として協議セッションへの参加に関心がある旨、ご回答申し上げます。
第1回セッション（2019年9月10日、ブダペスト）には、下記の者が出席いたします。

　氏名：山田 太郎（YAMADA Taro）
　所属・役職：国際戦略局 国際政策課 課長補佐
　メール：t-yamada@soumu-ict.go.jp

以上、よろしくお願いいたします。

国際政策課
鈴木
""",
  delegates=[D("山田 太郎", ["YAMADA Taro"], "国際戦略局 国際政策課 課長補佐", "t-yamada@soumu-ict.go.jp")])

M(key="ja_auto", file="ja_02_auto_reply_iso2022jp.eml", lang="ja", kind="auto_reply", ms="JPN",
  frm=("佐藤 花子", "h-sato@soumu-ict.go.jp"),
  subject="不在通知: CI-19/35",
  rcv="2019-08-13 15:40:00 +0200", stz="+0900", charset="iso-2022-jp", cte="7bit",
  extra=[("Auto-Submitted", "auto-replied")],
  text="""誠に恐れ入りますが、8月11日から8月18日まで夏季休暇のため不在にしております。
お急ぎの場合は国際政策課（kokusai-seisaku@soumu-ict.go.jp）までご連絡ください。
""")

M(key="ko_kor_nom", file="ko_01_kor_euckr_title_after_name.eml", lang="ko", kind="nomination", ms="KOR",
  frm=("국제협력담당관실", "intl-coop@msit-korea.go.kr"),
  subject="ITU 회람 CI-19/35 관련 참석자 통보",
  rcv="2019-08-14 07:07:58 +0200", stz="+0900", charset="euc-kr", cte="base64",
  text="""ITU 사무국 귀중

회람 CI-19/35와 관련하여, 대한민국은 중소기업 협의 세션에 관심이 있음을 알려드리며 부다페스트에서
개최되는 제1차 세션에 아래와 같이 참석자를 통보합니다.

 - 성명: 김민준 사무관 (Kim Minjun)
 - 소속: 과학기술정보통신부 국제협력담당관실
 - 이메일: mjkim@msit-korea.go.kr

또한 2020년 WSIS 포럼 기간 중 개최되는 세션에도 참석할 예정입니다.

감사합니다.
국제협력담당관실 드림
""",
  delegates=[D("김민준", ["Kim Minjun"], "사무관", "mjkim@msit-korea.go.kr")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="uk_ukr_nom", file="uk_01_ukr_inflected_genitive.eml", lang="uk", kind="nomination", ms="UKR",
  frm=("Управління міжнародного співробітництва", "mizhnarod@mintsyfra-ua.gov.ua"),
  subject="Щодо циркулярного листа МСЕ CI-19/35",
  rcv="2019-08-15 10:20:20 +0200", stz="+0300", charset="windows-1251", cte="quoted-printable",
  text="""Шановні колеги!

Міністерство цифрової трансформації України висловлює зацікавленість у консультаційних сесіях та просить
зареєструвати для участі в першій сесії в Будапешті пана Олександра Петренка, начальника відділу розвитку
інноваційного підприємництва.

Контактна особа: Петренко Олександр Васильович, o.petrenko@mintsyfra-ua.gov.ua

З повагою,
Управління міжнародного співробітництва
""",
  delegates=[D("Олександр Васильович Петренко", ["Петренко Олександр Васильович"],
               "начальник відділу розвитку інноваційного підприємництва", "o.petrenko@mintsyfra-ua.gov.ua")])

M(key="pl_pol_nom", file="pl_01_pol_inflected_latin2.eml", lang="pl", kind="nomination", ms="POL",
  frm=("Departament Współpracy Międzynarodowej", "dwm@mc-cyfryzacja.gov.pl"),
  subject="Odp: Okólnik ITU CI-19/35 - zgłoszenie uczestnika",
  rcv="2019-08-16 12:34:56 +0200", stz="+0200", charset="iso-8859-2", cte="quoted-printable",
  text="""Szanowni Państwo,

w odpowiedzi na okólnik CI-19/35 uprzejmie informuję, że Polska jest zainteresowana udziałem w sesjach
konsultacyjnych. Na pierwszą sesję w Budapeszcie zgłaszamy Panią Katarzynę Wiśniewską-Zając.

Imię i nazwisko: Katarzyna Wiśniewska-Zając
Stanowisko: Naczelnik Wydziału Innowacji Cyfrowych
E-mail: katarzyna.wisniewska-zajac@mc-cyfryzacja.gov.pl

Z wyrazami szacunku
Tomasz Nowicki
Departament Współpracy Międzynarodowej
""",
  delegates=[D("Katarzyna Wiśniewska-Zając", [], "Naczelnik Wydziału Innowacji Cyfrowych", "katarzyna.wisniewska-zajac@mc-cyfryzacja.gov.pl")])

M(key="nl_nld_nom", file="nl_01_nld_initials_only_budapest.eml", lang="nl", kind="nomination", ms="NLD",
  frm=("Directie Telecommarkt - Internationaal", "internationaal@ezk-telecom.nl"),
  subject="Aanmelding Nederland - ITU consultatie mkb (CI-19/35)",
  rcv="2019-08-16 09:27:14 +0200", stz="+0200", charset="utf-8", cte="quoted-printable",
  text="""Geachte heer Clark,

Naar aanleiding van circulaire CI-19/35 meldt Nederland dhr. drs. P.J. (Pieter) van den Berg, senior
beleidsmedewerker Digitale Economie, aan voor de sessie in Boedapest. Nederland neemt alleen deel aan de
sessie in Boedapest; voor de sessies in 2020 volgt eventueel later bericht.

E-mail: pj.vandenberg@ezk-telecom.nl

Met vriendelijke groet,

mw. ir. E.M. Jansen
""",
  delegates=[D("Pieter van den Berg", ["P.J. van den Berg", "P.J. (Pieter) van den Berg"], "senior beleidsmedewerker Digitale Economie", "pj.vandenberg@ezk-telecom.nl")],
  sessions=["budapest-2019"])

M(key="ro_rou_nom", file="ro_01_rou_nomination.eml", lang="ro", kind="nomination", ms="ROU",
  frm=("Andrei-Mihai Popescu", "andrei.popescu@ancom-reg.ro"),
  subject="Re: CI-19/35 - participare România",
  rcv="2019-08-14 11:58:02 +0200", stz="+0300", charset="utf-8", cte="quoted-printable",
  text="""Stimate domnule Clark,

Vă confirm că voi participa, din partea României, la sesiunea de consultare de la Budapesta, precum și la
sesiunea din cadrul reuniunilor grupurilor de lucru ale Consiliului de la începutul anului 2020.

Cu stimă,
Andrei-Mihai Popescu
Director, Direcția Relații Internaționale
Autoritatea Națională pentru Comunicații
""",
  delegates=[D("Andrei-Mihai Popescu", [], "Director, Direcția Relații Internaționale", "andrei.popescu@ancom-reg.ro")],
  sessions=["budapest-2019", "cwg-2020"])

M(key="cs_cze_int", file="cs_01_cze_interest_cp1250.eml", lang="cs", kind="interest_only", ms="CZE",
  frm=("Odbor elektronických komunikací", "oek@mpo-komunikace.cz"),
  subject="Oběžník ITU CI-19/35 – projevení zájmu",
  rcv="2019-08-12 14:44:44 +0200", stz="+0200", charset="windows-1250", cte="quoted-printable",
  text="""Vážení,

Česká republika projevuje zájem o účast na konzultačních setkáních. Jméno účastníka pro zasedání v
Budapešti Vám sdělíme do konce měsíce.

S pozdravem
Ing. Petra Dvořáková
Odbor elektronických komunikací
""")
# ======================= Greek / Hungarian / Hebrew / Vietnamese / Thai / Nordic =======================

M(key="el_grc_nom", file="el_01_grc_genitive_iso8859-7.eml", lang="el", kind="nomination", ms="GRC",
  frm=("Διεύθυνση Διεθνών Σχέσεων", "dds@ypsdigital-gr.gov.gr"),
  subject="Απάντηση στην εγκύκλιο CI-19/35 της ITU",
  rcv="2019-08-13 13:30:00 +0200", stz="+0300", charset="iso-8859-7", cte="base64",
  text="""Αξιότιμοι κύριοι,

Σε απάντηση της εγκυκλίου CI-19/35, σας γνωρίζουμε ότι η Ελλάδα ενδιαφέρεται να συμμετάσχει στις
διαβουλεύσεις και ορίζει ως εκπρόσωπο στην πρώτη σύνοδο της Βουδαπέστης τον κ. Νικόλαο Παπαδόπουλο,
Προϊστάμενο του Τμήματος Ψηφιακής Καινοτομίας.

Στοιχεία: Νικόλαος Παπαδόπουλος (Nikolaos Papadopoulos), n.papadopoulos@ypsdigital-gr.gov.gr

Με εκτίμηση,
Διεύθυνση Διεθνών Σχέσεων
""",
  delegates=[D("Νικόλαος Παπαδόπουλος", ["Nikolaos Papadopoulos"], "Προϊστάμενος του Τμήματος Ψηφιακής Καινοτομίας", "n.papadopoulos@ypsdigital-gr.gov.gr")])

M(key="hu_hun_nom", file="hu_01_hun_host_suffix_latin2.eml", lang="hu", kind="nomination", ms="HUN",
  frm=("Nemzetközi Kapcsolatok Főosztály", "nkf@itm-digitalis.gov.hu"),
  subject="CI-19/35 – magyar résztvevő",
  rcv="2019-08-16 15:15:15 +0200", stz="+0200", charset="iso-8859-2", cte="quoted-printable",
  text="""Tisztelt Hölgyem/Uram!

A CI-19/35 számú körlevélre hivatkozva tájékoztatjuk, hogy Magyarország a budapesti konzultációs ülésre
dr. Kovács Esztert, a Digitális Gazdaságfejlesztési Főosztály vezetőjét delegálja.

Elérhetőség: Kovács Eszter (Eszter Kovács), kovacs.eszter@itm-digitalis.gov.hu

Üdvözlettel:
Nagy Gábor
Nemzetközi Kapcsolatok Főosztály
""",
  delegates=[D("Kovács Eszter", ["Eszter Kovács"], "Digitális Gazdaságfejlesztési Főosztály vezetője", "kovacs.eszter@itm-digitalis.gov.hu")])

M(key="he_isr_inq", file="he_01_isr_inquiry_cp1255.eml", lang="he", kind="inquiry", ms="ISR",
  frm=("אגף קשרים בינלאומיים", "intl@moc-tikshoret.gov.il"),
  subject="שאלה בנוגע לחוזר CI-19/35",
  rcv="2019-08-11 12:00:12 +0200", stz="+0300", charset="windows-1255", cte="base64",
  text="""שלום רב,

בהמשך לחוזר CI-19/35, נבקש לדעת האם כבר פורסם סדר היום המפורט של מפגש ההתייעצות בבודפשט, והאם ניתן
יהיה להציג בו תוכנית לאומית לתמיכה בחברות הזנק.

בברכה,
אגף קשרים בינלאומיים
משרד התקשורת
""")

M(key="vi_vnm_nom", file="vi_01_vnm_two_delegates.eml", lang="vi", kind="nomination", ms="VNM",
  frm=("Vụ Hợp tác Quốc tế", "htqt@bttt-vietnam.gov.vn"),
  subject="V/v cử đại biểu tham dự phiên tham vấn về doanh nghiệp nhỏ và vừa (CI-19/35)",
  rcv="2019-08-14 05:50:50 +0200", stz="+0700", charset="utf-8", cte="base64",
  text="""Kính gửi: Ban Thư ký Liên minh Viễn thông Quốc tế

Phúc đáp Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo danh sách đại
biểu tham dự phiên tham vấn đầu tiên tại Budapest:

1. Ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác Quốc tế, hungnv@bttt-vietnam.gov.vn
2. Bà Trần Thị Mai, Chuyên viên chính, maitt@bttt-vietnam.gov.vn

Trân trọng./.
Vụ Hợp tác Quốc tế
""",
  delegates=[D("Nguyễn Văn Hùng", [], "Phó Vụ trưởng Vụ Hợp tác Quốc tế", "hungnv@bttt-vietnam.gov.vn"),
             D("Trần Thị Mai", [], "Chuyên viên chính", "maitt@bttt-vietnam.gov.vn")])

M(key="th_tha_int", file="th_01_tha_interest_tis620.eml", lang="th", kind="interest_only", ms="THA",
  frm=("กองการต่างประเทศ", "fad@mdes-digital.go.th"),
  subject="ตอบหนังสือเวียน ITU CI-19/35",
  rcv="2019-08-16 05:45:00 +0200", stz="+0700", charset="tis-620", cte="base64",
  text="""เรียน สำนักเลขาธิการ ITU

ประเทศไทยมีความสนใจเข้าร่วมการประชุมหารือเรื่องการส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อมด้านเทคโนโลยี
ทั้งนี้ จะแจ้งรายชื่อผู้แทนสำหรับการประชุมที่บูดาเปสต์ให้ทราบในภายหลัง

ขอแสดงความนับถือ
กองการต่างประเทศ
""")

M(key="sv_swe_dec", file="sv_01_swe_decline.eml", lang="sv", kind="decline", ms="SWE",
  frm=("Enheten för digital politik", "digitalpolitik@infra-reg.se"),
  subject="Sv: CI-19/35",
  rcv="2019-08-15 08:08:08 +0200", stz="+0200", charset="iso-8859-1", cte="quoted-printable",
  text="""Hej,

Tack för inbjudan. Sverige kommer tyvärr inte att delta i konsultationen i Budapest och avstår även från
de kommande sessionerna.

Vänliga hälsningar
Enheten för digital politik
""")

M(key="fi_fin_self", file="fi_01_fin_selfnom_short.eml", lang="fi", kind="nomination", ms="FIN",
  frm=("Mäkelä Liisa", "liisa.makela@lvm-viestinta.fi"),
  subject="Vs: CI-19/35",
  rcv="2019-08-13 10:01:02 +0200", stz="+0300", charset="utf-8", cte="quoted-printable",
  text="""Hei,

osallistun Suomen edustajana Budapestin konsultaatioon 10.9.

Ystävällisin terveisin
Liisa Mäkelä
neuvotteleva virkamies
Liikenne- ja viestintäministeriö
""" + q_gmail("fi"),
  delegates=[D("Liisa Mäkelä", ["Mäkelä Liisa"], "neuvotteleva virkamies", "liisa.makela@lvm-viestinta.fi")])

M(key="da_dnk_int", file="da_01_dnk_interest_cwg.eml", lang="da", kind="interest_only", ms="DNK",
  frm=("Center for Telepolitik", "telepolitik@erst-digital.dk"),
  subject="Vedr. ITU CI-19/35",
  rcv="2019-08-14 14:14:14 +0200", stz="+0200", charset="iso-8859-1", cte="quoted-printable",
  text="""Kære ITU-sekretariat

Danmark deltager ikke i Budapest, men er interesseret i at deltage i sessionen i forbindelse med Rådets
arbejdsgruppemøder i begyndelsen af 2020. Vi vender tilbage med navnet på deltageren.

Med venlig hilsen
Center for Telepolitik
""",
  sessions=["cwg-2020"])
# ======================= Balkan / Baltic / Caucasus / Central Asia =======================

M(key="bg_bgr_nom", file="bg_01_bgr_cp1251_glued_title.eml", lang="bg", kind="nomination", ms="BGR",
  frm=("Дирекция Международно сътрудничество", "mezhdunarodno@mtits-bg.government.bg"),
  subject="Отговор на циркулярно писмо CI-19/35",
  rcv="2019-08-15 17:17:17 +0200", stz="+0300", charset="windows-1251", cte="quoted-printable",
  text="""Уважаеми дами и господа,

Във връзка с циркулярно писмо CI-19/35 Ви уведомяваме, че България ще участва в първата консултативна
сесия в Будапеща. Определеният представител е инж.Георги Димитров Иванов, държавен експерт в дирекция
"Електронни съобщения", e-mail: g.ivanov@mtits-bg.government.bg.

С уважение,
Дирекция "Международно сътрудничество"
""",
  delegates=[D("Георги Димитров Иванов", [], "държавен експерт в дирекция \"Електронни съобщения\"", "g.ivanov@mtits-bg.government.bg")])

M(key="hr_hrv_nom", file="hr_01_hrv_title_glued.eml", lang="hr", kind="nomination", ms="HRV",
  frm=("Služba za međunarodnu suradnju", "medjunarodna@hakom-reg.hr"),
  subject="CI-19/35 – prijava sudionika",
  rcv="2019-08-16 16:47:39 +0200", stz="+0200", charset="iso-8859-2", cte="quoted-printable",
  text="""Poštovani,

Republika Hrvatska iskazuje interes za sudjelovanje u savjetovanjima. Na sjednicu u Budimpešti upućujemo
mr. sc. Ivanu Horvat, voditeljicu Odjela za digitalno gospodarstvo.

Ime i prezime: mr.sc. Ivana Horvat
E-pošta: ivana.horvat@hakom-reg.hr

Srdačan pozdrav,
Služba za međunarodnu suradnju
""",
  delegates=[D("Ivana Horvat", [], "voditeljica Odjela za digitalno gospodarstvo", "ivana.horvat@hakom-reg.hr")])

M(key="sr_srb_nom", file="sr_01_srb_cyrillic_latin.eml", lang="sr", kind="nomination", ms="SRB",
  frm=("Сектор за међународну сарадњу", "medjunarodna.saradnja@mtt-srbija.gov.rs"),
  subject="Одговор на циркуларно писмо CI-19/35",
  rcv="2019-08-14 12:12:12 +0200", stz="+0200", charset="utf-8", cte="base64",
  text="""Поштовани,

Република Србија је заинтересована за учешће у консултативним сесијама. За прву сесију у Будимпешти
именујемо Марка Јовановића, помоћника министра за информационо друштво.

Име и презиме: Марко Јовановић (Marko Jovanović)
Е-пошта: marko.jovanovic@mtt-srbija.gov.rs

С поштовањем,
Сектор за међународну сарадњу
""",
  delegates=[D("Марко Јовановић", ["Marko Jovanović"], "помоћник министра за информационо друштво", "marko.jovanovic@mtt-srbija.gov.rs")])

M(key="lt_ltu_int", file="lt_01_ltu_interest_wsis_only.eml", lang="lt", kind="interest_only", ms="LTU",
  frm=("Tarptautinių ryšių skyrius", "trs@susisiekimo-lt.gov.lt"),
  subject="Dėl ITU aplinkraščio CI-19/35",
  rcv="2019-08-16 13:03:03 +0200", stz="+0300", charset="iso-8859-13", cte="quoted-printable",
  text="""Gerbiamieji,

Lietuva negalės dalyvauti konsultacijose Budapešte, tačiau domisi konsultacine sesija, kuri vyks 2020 m.
WSIS forumo metu. Dalyvio vardą ir pavardę pranešime vėliau.

Pagarbiai
Tarptautinių ryšių skyrius
""",
  sessions=["wsis-2020"])

M(key="lv_lva_nom", file="lv_01_lva_latin7.eml", lang="lv", kind="nomination", ms="LVA",
  frm=("Jānis Bērziņš", "janis.berzins@sam-sakari.gov.lv"),
  subject="Atb.: CI-19/35",
  rcv="2019-08-12 09:59:59 +0200", stz="+0300", charset="iso-8859-13", cte="quoted-printable",
  text="""Labdien!

Apstiprinu, ka Latviju Budapeštas konsultāciju sesijā pārstāvēšu es.

Ar cieņu
Jānis Bērziņš
Elektronisko sakaru departamenta direktora vietnieks
Satiksmes ministrija
""",
  delegates=[D("Jānis Bērziņš", [], "Elektronisko sakaru departamenta direktora vietnieks", "janis.berzins@sam-sakari.gov.lv")])

M(key="ka_geo_nom", file="ka_01_geo_georgian_latin.eml", lang="ka", kind="nomination", ms="GEO",
  frm=("საერთაშორისო ურთიერთობების დეპარტამენტი", "intl@comcom-ge.gov.ge"),
  subject="CI-19/35 - საქართველოს წარმომადგენელი",
  rcv="2019-08-15 07:30:00 +0200", stz="+0400", charset="utf-8", cte="base64",
  text="""ქალბატონებო და ბატონებო,

CI-19/35 წერილის პასუხად გაცნობებთ, რომ ბუდაპეშტის პირველ საკონსულტაციო სესიაში საქართველოს
წარმოადგენს ქალბატონი ნინო ბერიძე (Nino Beridze), ინოვაციების განვითარების სამსახურის უფროსი.

ელ-ფოსტა: n.beridze@comcom-ge.gov.ge

პატივისცემით,
საერთაშორისო ურთიერთობების დეპარტამენტი
""",
  delegates=[D("ნინო ბერიძე", ["Nino Beridze"], "ინოვაციების განვითარების სამსახურის უფროსი", "n.beridze@comcom-ge.gov.ge")])

M(key="hy_arm_dec", file="hy_01_arm_decline.eml", lang="hy", kind="decline", ms="ARM",
  frm=("Միջազգային համագործակցության վարչություն", "intl@mtai-arm.am"),
  subject="CI-19/35 շրջաբերականի վերաբերյալ",
  rcv="2019-08-16 09:19:19 +0200", stz="+0400", charset="utf-8", cte="base64",
  text="""Հարգելի գործընկերներ,

Շնորհակալություն հրավերի համար։ Ցավոք, Հայաստանի Հանրապետությունը չի կարող մասնակցել Բուդապեշտում
կայանալիք խորհրդակցությանը։

Հարգանքով՝
Միջազգային համագործակցության վարչություն
""")

M(key="az_aze_nom", file="az_01_aze_honorific_translit.eml", lang="az", kind="nomination", ms="AZE",
  frm=("Beynəlxalq əlaqələr şöbəsi", "beynelxalq@rinn-aze.gov.az"),
  subject="BTİ-nin CI-19/35 saylı məktubuna cavab",
  rcv="2019-08-13 12:21:00 +0200", stz="+0400", charset="utf-8", cte="quoted-printable",
  text="""Hörmətli cənablar,

CI-19/35 saylı sirkulyar məktuba cavab olaraq bildiririk ki, Budapeştdə keçiriləcək ilk məsləhətləşmə
sessiyasında Azərbaycan Respublikasını Nazirliyin İnnovasiyalar şöbəsinin müdiri cənab Rəşad Məmmədov
(Rashad Mammadov) təmsil edəcək.

E-poçt: r.mammadov@rinn-aze.gov.az

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
""",
  delegates=[D("Rəşad Məmmədov", ["Rashad Mammadov"], "Nazirliyin İnnovasiyalar şöbəsinin müdiri", "r.mammadov@rinn-aze.gov.az")])

M(key="kk_kaz_nom", file="kk_01_kaz_kazakh.eml", lang="kk", kind="nomination", ms="KAZ",
  frm=("Халықаралық ынтымақтастық басқармасы", "intl@mdai-kz.gov.kz"),
  subject="ХЭО-ның CI-19/35 циркулярлық хатына жауап",
  rcv="2019-08-16 05:55:55 +0200", stz="+0600", charset="utf-8", cte="base64",
  text="""Құрметті әріптестер!

CI-19/35 хатына жауап ретінде Қазақстан Республикасы Будапештте өтетін бірінші консультациялық сессияға
Сейтқали Айгерім Нұрланқызын, Цифрлық кәсіпкерлікті дамыту департаментінің директорын жіберетінін хабарлаймыз.

Аты-жөні: Сейтқали Айгерім Нұрланқызы (Aigerim SEITKALI)
Эл. пошта: a.seitkali@mdai-kz.gov.kz

Құрметпен,
Халықаралық ынтымақтастық басқармасы
""",
  delegates=[D("Сейтқали Айгерім Нұрланқызы", ["Aigerim SEITKALI"],
               "Цифрлық кәсіпкерлікті дамыту департаментінің директоры", "a.seitkali@mdai-kz.gov.kz")])

M(key="uz_uzb_int", file="uz_01_uzb_interest.eml", lang="uz", kind="interest_only", ms="UZB",
  frm=("Xalqaro hamkorlik boshqarmasi", "xalqaro@aktv-uz.gov.uz"),
  subject="CI-19/35 sonli sirkulyar xatga javob",
  rcv="2019-08-20 08:00:00 +0200", stz="+0500", charset="utf-8", cte="quoted-printable",
  text="""Hurmatli hamkasblar!

O‘zbekiston Respublikasi texnologik kichik va o‘rta bizneslarni qo‘llab-quvvatlash bo‘yicha maslahat
sessiyalarida ishtirok etishdan manfaatdor ekanini ma’lum qiladi. Budapeshtdagi sessiya ishtirokchisi
haqida qo‘shimcha xabar beramiz.

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi
""")
# ======================= Mongolian / Bengali / Hindi / Amharic / Slovenian / Slovak =======================

M(key="mn_mng_nom", file="mn_01_mng_patronymic.eml", lang="mn", kind="nomination", ms="MNG",
  frm=("Гадаад харилцааны хэлтэс", "gadaad@cita-mongol.gov.mn"),
  subject="ОУЦХБ-ын CI-19/35 тоот захидлын хариу",
  rcv="2019-08-15 04:04:04 +0200", stz="+0800", charset="utf-8", cte="base64",
  text="""Эрхэм хүндэт ноён хатагтай нар аа,

Таны CI-19/35 тоот захидлын дагуу Будапешт хотноо болох анхны зөвлөлдөх уулзалтад Монгол Улсыг
төлөөлөн Инновацийн бодлогын газрын дарга Ганбаатарын Тэмүүлэн (Temuulen GANBAATAR) оролцохыг мэдэгдэж байна.

И-мэйл: temuulen.g@cita-mongol.gov.mn

Хүндэтгэсэн,
Гадаад харилцааны хэлтэс
""",
  delegates=[D("Ганбаатарын Тэмүүлэн", ["Temuulen GANBAATAR"], "Инновацийн бодлогын газрын дарга", "temuulen.g@cita-mongol.gov.mn")])

M(key="bn_bgd_nom", file="bn_01_bgd_bengali.eml", lang="bn", kind="nomination", ms="BGD",
  frm=("আন্তর্জাতিক সহযোগিতা শাখা", "intlcoop@ptd-bangla.gov.bd"),
  subject="আইটিইউ সার্কুলার CI-19/35 এর জবাব",
  rcv="2019-08-16 13:40:00 +0200", stz="+0600", charset="utf-8", cte="base64",
  text="""মহোদয়,

আইটিইউ সার্কুলার CI-19/35 এর প্রেক্ষিতে জানানো যাচ্ছে যে, বুদাপেস্টে অনুষ্ঠিতব্য প্রথম পরামর্শ সভায়
বাংলাদেশের প্রতিনিধি হিসেবে জনাব মোঃ রফিকুল ইসলাম (Md. Rafiqul Islam), যুগ্মসচিব, ডাক ও টেলিযোগাযোগ বিভাগ,
অংশগ্রহণ করবেন।

ইমেইল: rafiqul.islam@ptd-bangla.gov.bd

বিনীত,
আন্তর্জাতিক সহযোগিতা শাখা
""",
  delegates=[D("মোঃ রফিকুল ইসলাম", ["Md. Rafiqul Islam"], "যুগ্মসচিব, ডাক ও টেলিযোগাযোগ বিভাগ", "rafiqul.islam@ptd-bangla.gov.bd")])

M(key="hi_auto", file="hi_01_auto_reply_hindi.eml", lang="hi", kind="auto_reply", ms="IND",
  frm=("सुरेश चंद्र पांडे", "sc.pandey@telecomdept.gov.in"),
  subject="स्वचालित उत्तर: CI-19/35",
  rcv="2019-08-12 16:25:00 +0200", stz="+0530", charset="utf-8", cte="base64",
  extra=[("Auto-Submitted", "auto-replied")],
  text="""नमस्कार,
मैं 19 अगस्त 2019 तक कार्यालय से बाहर हूँ। अत्यावश्यक मामलों के लिए कृपया अंतरराष्ट्रीय संबंध प्रभाग से संपर्क करें।
धन्यवाद।
""")

M(key="am_eth_dec", file="am_01_eth_decline.eml", lang="am", kind="decline", ms="ETH",
  frm=("የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት", "intl@mint-ethiopia.gov.et"),
  subject="የ ITU CI-19/35 ደብዳቤ ምላሽ",
  rcv="2019-08-14 09:45:00 +0200", stz="+0300", charset="utf-8", cte="base64",
  text="""ለITU ጽሕፈት ቤት፣

ስለ ግብዣዎ እናመሰግናለን። በዚህ ዓመት በቡዳፔስት በሚካሄደው የምክክር ስብሰባ ላይ ተወካይ መላክ እንደማንችል በአክብሮት እንገልጻለን።

ከሰላምታ ጋር፣
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
""")

M(key="sl_svn_int", file="sl_01_svn_interest_perhaps_later.eml", lang="sl", kind="interest_only", ms="SVN",
  frm=("Sektor za mednarodne zadeve", "mednarodno@mju-digital.gov.si"),
  subject="Odgovor na okrožnico CI-19/35",
  rcv="2019-08-16 11:11:00 +0200", stz="+0200", charset="iso-8859-2", cte="quoted-printable",
  text="""Spoštovani,

Slovenija izraža interes za sodelovanje na posvetovanjih. Udeleženca za srečanje v Budimpešti bomo
sporočili v kratkem, morda bomo sodelovali tudi kasneje v letu 2020.

Lep pozdrav,
Sektor za mednarodne zadeve
""")

M(key="sk_svk_nom", file="sk_01_svk_surname_caps_first.eml", lang="sk", kind="nomination", ms="SVK",
  frm=("Odbor medzinárodných vzťahov", "omv@mindop-sk.gov.sk"),
  subject="Re: CI-19/35 - nominácia",
  rcv="2019-08-16 22:58:30 +0100", stz="+0200", charset="windows-1250", cte="quoted-printable",
  text="""Vážený pán Clark,

Slovenská republika nominuje na konzultačné stretnutie v Budapešti:

HORVÁTHOVÁ Zuzana, Ing., PhD.
riaditeľka odboru digitálnej ekonomiky
zuzana.horvathova@mindop-sk.gov.sk

S pozdravom
Odbor medzinárodných vzťahov
""",
  delegates=[D("Zuzana Horváthová", ["HORVÁTHOVÁ Zuzana"], "riaditeľka odboru digitálnej ekonomiky", "zuzana.horvathova@mindop-sk.gov.sk")])
# ======================= more unrelated =======================

M(key="ru_unrel_conf", file="ru_06_unrelated_conference_invite.eml", lang="ru", kind="unrelated",
  frm=("Ассоциация цифровых предприятий Евразии", "orgkomitet@adpe-forum.org"),
  subject="Приглашение на форум «Цифровой бизнес Евразии — 2019»",
  rcv="2019-08-07 11:30:00 +0200", stz="+0300", charset="windows-1251", cte="base64",
  text="""Уважаемые господа!

Оргкомитет форума «Цифровой бизнес Евразии — 2019» (Алматы, 14-15 ноября 2019 г.) приглашает
представителей МСЭ принять участие в пленарной сессии «Малый технологический бизнес и регуляторы».

Регистрация на сайте форума. Участие бесплатное.

С уважением,
Оргкомитет
""")

M(key="es_unrel_ngo", file="es_09_unrelated_ngo_newsletter.eml", lang="es", kind="unrelated",
  frm=("Fundación Puentes Digitales", "boletin@puentesdigitales-fund.org"),
  subject="Boletín agosto 2019: emprendimiento digital en América Latina",
  rcv="2019-08-16 22:10:00 +0200", stz="-0300", charset="utf-8", cte="quoted-printable",
  extra=[("Precedence", "bulk"), ("List-Id", "Boletin <boletin.puentesdigitales-fund.org>")],
  html="""<html><body><table width="600"><tr><td>
<h2 style="color:#00695c">Boletín Puentes Digitales &ndash; agosto 2019</h2>
<p>En este número: la UIT abre consultas con los Estados Miembros sobre pymes tecnológicas; entrevista con la
emprendedora Camila Ortúzar; convocatoria a nuestro programa de mentorías 2020.</p>
<p><a href="https://puentesdigitales-fund.org/boletin/2019-08">Leer en línea</a> | <a href="https://puentesdigitales-fund.org/baja">Darse de baja</a></p>
</td></tr></table></body></html>""")

if __name__ == "__main__":
    main()
