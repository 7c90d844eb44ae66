#!/usr/bin/env python3
"""Build an independent labelled corpus of replies to ITU circular CI-19/35.

Deterministic, standard library only.  Running it (re)writes messages/*.eml and labels.jsonl
next to this file.  Every message, person, address and message id is invented.
"""
import base64, hashlib, html, json, os, quopri, shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
CEST = timezone(timedelta(hours=2))
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=CEST)
LATE_KINDS = {"nomination", "interest_only", "correction"}
MSGS = []


def h(s, n=8):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def tzof(off):
    sign = 1 if off[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def qenc(b):
    out = []
    for c in b:
        ch = chr(c)
        if c < 128 and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words, never splitting a character, folded."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        b = trial.encode(charset)
        ln = len(base64.b64encode(b)) if enc == "B" else len(qenc(b))
        if cur and 7 + len(charset) + ln > 75:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            out.append("=?%s?Q?%s?=" % (charset, qenc(b)))
    return "\n ".join(out)


def addr(name, mail, charset="utf-8", enc="B"):
    if not name:
        return mail if "<" in mail else mail
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()@:;"'):
            return '"%s" <%s>' % (name.replace('"', ""), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (ew(name, charset, enc), mail)


def body_bytes(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "7bit":
        assert all(c < 128 for c in b), "7bit body not ASCII"
        return b
    if cte == "8bit":
        return b
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    hdr = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (ctype, charset, extra, cte)
    return hdr.encode("ascii") + body_bytes(text, charset, cte)


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\t'
                'font-family:"Calibri",sans-serif;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n'
                '<div class="WordSection1">\n')
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def text2html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ")) for l in lines)
            out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;'
                       'margin-left:4.8pt">\n<p class="MsoNormal">%s</p>\n</blockquote>' % inner)
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                       % "<br>\n".join(html.escape(l) for l in lines))
    return "\n".join(out) + "\n"


def outlook(inner, charset, lang="EN-US", rtl=False):
    return OUTLOOK_HEAD % (charset, lang, ' dir="rtl"' if rtl else "") + inner + OUTLOOK_TAIL


def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def msgid(style, key, dom):
    x = hashlib.sha1(key.encode()).hexdigest().upper()
    if style == "outlook":
        return "<%sMB%s%s@%sMB%s.%s.prod.outlook.com>" % (x[:4], x[4:8], x[8:32], x[:4], x[4:8],
                                                        ["eurprd04", "namprd11", "apcprd03", "amsprd07"][int(x[9], 16) % 4])
    if style == "exchange":
        return "<%s@%s>" % (x[:32].lower()[:8] + "-" + x[8:12].lower() + "-" + x[12:16].lower() + "-" + x[16:20].lower() + "-" + x[20:32].lower(), "EXCH01." + dom)
    if style == "gmail":
        b = base64.b64encode(hashlib.sha256(key.encode()).digest()).decode()[:38].replace("/", "_")
        return "<CA%s@mail.gmail.com>" % b
    if style == "lotus":
        return "<OF%s.%s-ON%s.%s-%s.%s@%s>" % (x[:8], x[8:16], x[16:24], x[24:32], x[32:40], x[:8], dom)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (int(x[:6], 16), int(x[6:12], 16), 1565000000000 + int(x[12:18], 16), dom)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (int(x[:7], 16), int(x[7:14], 16), 1565000000000 + int(x[14:20], 16))
    return "<%s.%s@%s>" % (x[:14].lower(), x[14:20].lower(), dom)


def ip(key):
    x = hashlib.md5(key.encode()).digest()
    return "%d.%d.%d.%d" % (41 + x[0] % 150, x[1], x[2], 1 + x[3] % 250)


CIRC_ID = "<CI-19-35.20190723140512.sme@itu.int>"


def add(**kw):
    MSGS.append(kw)


def build(m, seq):
    key = m["key"]
    lang, charset, cte = m["lang"], m.get("charset", "utf-8"), m.get("cte", "quoted-printable")
    hcs = m.get("hcharset", "utf-8" if charset in ("us-ascii",) else charset)
    if hcs in ("us-ascii",):
        hcs = "utf-8"
    henc = m.get("henc", "B")
    off = m["off"]
    sent = datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tzof(off))
    recv = (sent + timedelta(seconds=m.get("delay", 37))).astimezone(CEST)
    inner_t = (sent + timedelta(seconds=max(1, m.get("delay", 37) // 4)))
    name, mail = m["frm"]
    dom = mail.split("@")[1]
    mid = m.get("msgid") or msgid(m.get("mstyle", "generic"), key, dom)
    m["message_id"] = mid
    shost = m.get("shost", "mail." + dom)
    mx = "mx%d.itu.int" % (1 + int(h(key, 2), 16) % 3)
    lines = []
    lines.append("Return-Path: <%s>" % m.get("return_path", mail))
    lines.append("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CEST)"
                 % (shost, shost, ip(key), mx, h(key + "q", 10).upper(), m.get("rcpt", "sme@itu.int"), format_datetime(recv)))
    lines.append("Received: from %s ([10.%d.%d.%d])\n\tby %s with %s;\n\t%s"
                 % (m.get("client", "ws-%s.%s" % (h(key, 4), dom)), int(h(key + "a", 2), 16), int(h(key + "b", 2), 16),
                    1 + int(h(key + "c", 2), 16) % 250, shost, m.get("via", "ESMTP"), format_datetime(inner_t)))
    for eh in m.get("pre_headers", []):
        lines.append(eh)
    lines.append("From: " + addr(name, mail, hcs, henc))
    lines.append("To: " + m.get("to", "sme@itu.int"))
    if m.get("cc"):
        lines.append("Cc: " + m["cc"])
    lines.append("Subject: " + ew(m["subject"], hcs, henc))
    lines.append("Date: " + format_datetime(sent))
    lines.append("Message-ID: " + mid)
    if m.get("reply", False):
        lines.append("In-Reply-To: " + CIRC_ID)
        lines.append("References: " + CIRC_ID)
    if m.get("xmailer"):
        lines.append("X-Mailer: " + m["xmailer"])
    for eh in m.get("headers", []):
        lines.append(eh)
    lines.append("MIME-Version: 1.0")
    struct = m.get("struct", "plain")
    bnd = "----=_Part_%s_%s" % (h(key + "1", 6), h(key + "2", 10))
    if struct == "plain":
        head = "\n".join(lines) + "\n"
        raw = head.encode("ascii") + leaf("text/plain", m["body"], charset, cte, m.get("flowed", ""))
    elif struct == "html":
        head = "\n".join(lines) + "\n"
        htm = m.get("html") or outlook(text2html(m["body"]), charset, m.get("hlang", "EN-US"), m.get("rtl", False))
        raw = head.encode("ascii") + leaf("text/html", htm, charset, cte)
    elif struct == "alt":
        lines.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd)
        head = "\n".join(lines) + "\n\n"
        htm = m.get("html") or outlook(text2html(m["body"]), charset, m.get("hlang", "EN-US"), m.get("rtl", False))
        raw = (head.encode("ascii") + b"--" + bnd.encode() + b"\n" + leaf("text/plain", m["body"], charset, cte)
               + b"\n--" + bnd.encode() + b"\n" + leaf("text/html", htm, charset, m.get("hcte", cte))
               + b"\n--" + bnd.encode() + b"--\n")
    elif struct == "mixed":
        lines.append('Content-Type: multipart/mixed;\n\tboundary="%s"' % bnd)
        head = "\n".join(lines) + "\n\nThis is a multi-part message in MIME format.\n\n"
        fn, ctype, payload = m["attach"]
        att = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
               'Content-Transfer-Encoding: base64\n\n' % (ctype, fn, fn)).encode() + base64.encodebytes(payload)
        raw = (head.encode("ascii") + b"--" + bnd.encode() + b"\n" + leaf("text/plain", m["body"], charset, cte)
               + b"\n--" + bnd.encode() + b"\n" + att + b"\n--" + bnd.encode() + b"--\n")
    elif struct == "report":
        lines.append('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd)
        head = "\n".join(lines) + "\n\nThis is a MIME-encapsulated message.\n\n"
        ds = m["dsn"].strip("\n") + "\n"
        raw = (head.encode("ascii") + b"--" + bnd.encode() + b"\n"
               + b"Content-Description: Notification\n" + leaf("text/plain", m["body"], charset, cte)
               + b"\n--" + bnd.encode() + b"\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
               + ds.encode("ascii")
               + b"\n--" + bnd.encode() + b"\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
               + m["orig_headers"].strip("\n").encode("ascii") + b"\n"
               + b"\n--" + bnd.encode() + b"--\n")
    else:
        raise ValueError(struct)
    kind = m["kind"]
    late = (recv > DEADLINE) if kind in LATE_KINDS else None
    fname = "%s_%03d_%s.eml" % (lang, seq, charset.replace("-", "").replace("_", "").lower())
    label = {
        "message_id": mid,
        "file": fname,
        "kind": kind,
        "language": lang,
        "member_state": m.get("state"),
        "delegates": m.get("delegates", []),
        "sessions": m.get("sessions", ["budapest-2019"] if kind in ("nomination", "interest_only", "correction") else []),
        "received_at": recv.isoformat(),
        "late": late,
        "supersedes": None,
    }
    return fname, raw, label


def main():
    mdir = os.path.join(OUT, "messages")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    labels, bykey = [], {}
    for i, m in enumerate(MSGS, 1):
        fname, raw, label = build(m, i)
        if m.get("supersedes"):
            label["supersedes"] = bykey[m["supersedes"]]["message_id"]
        bykey[m["key"]] = label
        with open(os.path.join(mdir, fname), "wb") as f:
            f.write(raw)
        labels.append(label)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote %d messages" % len(labels))


# ---------------------------------------------------------------- quoted circular, as replies quote it
CIRC_EN = """Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of consultation sessions entitled
"Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during
ITU Telecom World 2019 in Budapest, Hungary. We intend to hold similar sessions during the Council
Working Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

[...]

Member States wishing to take part are invited to express their interest and to indicate the name of
the participant nominated for the first session by e-mail to sme@itu.int, by 16 August 2019.

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General

Contact: Mr Christopher Clark, E-mail: sme@itu.int"""

CIRC_FR = """Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration a participer a une serie de sessions de consultation
intitulees "Promouvoir les PME du secteur de la technologie et de l'innovation". La premiere session
aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019 a Budapest (Hongrie). Des sessions
analogues sont prevues lors des reunions des Groupes de travail du Conseil au debut de 2020 et
pendant le Forum du SMSI 2020.

Les Etats Membres interesses sont invites a manifester leur interet et a communiquer le nom du
participant designe pour la premiere session, par courriel a sme@itu.int, d'ici le 16 aout 2019.

Veuillez agreer, Madame, Monsieur, l'assurance de ma tres haute consideration.

(signe)
Houlin Zhao
Secretaire general

Contact: M. Christopher Clark, courriel: sme@itu.int"""

CIRC_ES = """Muy Señora mía/Muy Señor mío:

Tengo el gusto de invitar a su Administración a participar en una serie de sesiones de consulta
tituladas "Fomento de las PYME tecnológicas e innovadoras". La primera sesión tendrá lugar el
10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). [...]

Se ruega a los Estados Miembros interesados que manifiesten su interés e indiquen el nombre del
participante designado para la primera sesión por correo-e a sme@itu.int, a más tardar el 16 de
agosto de 2019.

Atentamente,
(firmado)
Houlin Zhao
Secretario General

Contacto: Sr. Christopher Clark, correo-e: sme@itu.int"""

CIRC_RU = """Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу Администрацию принять участие в серии консультационных сессий
"Содействие развитию технологических и инновационных МСП". Первая сессия состоится 10 сентября
2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. [...]

Просим заинтересованные Государства-Члены сообщить о своей заинтересованности и указать имя
участника первой сессии по электронной почте sme@itu.int до 16 августа 2019 года.

С уважением,
(подпись)
Хоулинь Чжао
Генеральный секретарь

Контактное лицо: г-н Кристофер Кларк, эл. почта: sme@itu.int"""

CIRC_AR = """حضرات السادة والسيدات،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة
والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء
تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. [...]

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو
الأمين العام

مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)، البريد الإلكتروني: sme@itu.int"""

CIRC_ZH = """尊敬的先生/女士：

我谨邀请贵主管部门参加题为"扶持技术和创新型中小企业"的系列磋商会。首次会议将于2019年9月10日
在匈牙利布达佩斯举办的2019年国际电联世界电信展期间举行。[...]

请有意参加的成员国于2019年8月16日之前通过电子邮件（sme@itu.int）表达意向，并告知参加首次会议的人员姓名。

顺致敬意！

（签字）
秘书长
赵厚麟

联系人：Christopher Clark先生，电子邮件：sme@itu.int"""


def q_outlook(circ, lang="en", sent="Tuesday, July 23, 2019 4:05 PM"):
    hdr = {
        "en": "From: ITU Circulars <sme@itu.int>\nSent: %s\nTo: Member States\nSubject: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
        "fr": "De : ITU Circulars <sme@itu.int>\nEnvoyé : %s\nÀ : Member States\nObjet : Lettre circulaire CI-19/35",
        "es": "De: ITU Circulars <sme@itu.int>\nEnviado el: %s\nPara: Member States\nAsunto: Carta Circular CI-19/35",
        "ru": "From: ITU Circulars <sme@itu.int>\nSent: %s\nTo: Member States\nSubject: Циркулярное письмо CI-19/35",
        "ar": "من: ITU Circulars <sme@itu.int>\nتاريخ الإرسال: %s\nإلى: Member States\nالموضوع: الرسالة المعممة CI-19/35",
    }[lang] % sent
    return "\n\n________________________________\n" + hdr + "\n\n" + circ + "\n"


def q_gt(circ, intro="On Tue, 23 Jul 2019 at 16:05, ITU Circulars <sme@itu.int> wrote:"):
    return "\n\n" + intro + "\n" + "\n".join(("> " + l) if l else ">" for l in circ.split("\n")) + "\n"


# ================================================================ ENGLISH
add(key="en-ken-1", lang="en", charset="us-ascii", cte="7bit", kind="nomination", state="KEN",
    frm=("Joseph Mutua", "jmutua@ict.go.ke"), mstyle="outlook", reply=True,
    subject="RE: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-02 10:14:22", off="+0300", delay=19,
    body="""Dear Mr. Clark,

Reference is made to ITU Circular CI-19/35 dated 23rd July 2019 on the consultation sessions
"Fostering tech and innovation SMEs".

The Ministry of Information, Communications and Technology of the Republic of Kenya wishes to
express its interest in participating in the consultation sessions and hereby nominates
Ms. Grace Wanjiru Mwangi, Senior Principal ICT Officer, to represent Kenya at the first session
in Budapest on 10th September 2019.

Her contact details are as follows:
Email: gwmwangi@ict.go.ke
Tel: +254 20 4920000 ext 512

Kind regards,

Joseph K. Mutua
For: Principal Secretary
State Department for ICT and Innovation
Ministry of ICT, Kenya
""" + q_outlook(CIRC_EN),
    delegates=[D("Grace Wanjiru Mwangi", title="Senior Principal ICT Officer", email="gwmwangi@ict.go.ke")])

add(key="en-ind-1", lang="en", charset="utf-8", cte="quoted-printable", struct="html", kind="nomination", state="IND",
    frm=("Anil Verma", "ss.itu@mea.gov.in"), mstyle="outlook",
    subject="Note Verbale - Nomination for ITU consultation session on SMEs (CI-19/35)",
    date="2019-08-09 15:32:10", off="+0200", delay=44,
    html=outlook("""<p class="MsoNormal">Dear Sir/Madam,<o:p></o:p></p>
<p class="MsoNormal">Please find below the text of Note Verbale No. GEN/ITU/112/2019 dated 9 August 2019. The signed copy follows by post.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="640" style="border-collapse:collapse;border:none">
<tr><td width="640" style="border:solid windowtext 1.0pt;padding:6.0pt 6.0pt 6.0pt 6.0pt">
<p class="MsoNormal" align="center" style="text-align:center"><b>Permanent Mission of India<br>Geneva</b><o:p></o:p></p>
<p class="MsoNormal">No. GEN/ITU/112/2019<o:p></o:p></p>
<p class="MsoNormal" style="text-align:justify">The Permanent Mission of India to the United Nations Office and other International Organizations in Geneva presents its compliments to the International Telecommunication Union (ITU) and, with reference to ITU Circular Letter CI-19/35 dated 23 July 2019, has the honour to convey that the Government of India is pleased to participate in the consultation sessions on &#8220;Fostering tech and innovation SMEs&#8221;.<o:p></o:p></p>
<p class="MsoNormal" style="text-align:justify">The Department of Telecommunications has nominated <b>Shri Rajesh Kumar Sharma</b>, Deputy Director General (International Relations), Department of Telecommunications, Government of India (e-mail: ddgir-dot@gov.in) to attend the first session to be held on 10 September 2019 in Budapest. India also wishes to participate in the session to be held during the WSIS Forum 2020; the name of the participant for that session will be conveyed in due course.<o:p></o:p></p>
<p class="MsoNormal" style="text-align:justify">The Permanent Mission of India avails itself of this opportunity to renew to the International Telecommunication Union the assurances of its highest consideration.<o:p></o:p></p>
<p class="MsoNormal" align="right" style="text-align:right">Geneva, 9 August 2019<o:p></o:p></p>
</td></tr></table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Regards,<br>Anil Verma<br>Second Secretary<br>Permanent Mission of India, Geneva<br>Tel: +41 22 906 86 86<o:p></o:p></p>
""", "utf-8"),
    delegates=[D("Rajesh Kumar Sharma", title="Deputy Director General (International Relations), Department of Telecommunications",
                 email="ddgir-dot@gov.in")],
    sessions=["budapest-2019", "wsis-2020"])

add(key="en-aus-1", lang="en", charset="us-ascii", cte="7bit", flowed="; format=flowed; delsp=yes", kind="nomination",
    state="AUS", frm=("Kate Lawson", "kate.lawson@communications.gov.au"), mstyle="apple", reply=True,
    xmailer="iPhone Mail (16G77)",
    subject="Re: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-13 07:51:40", off="+1000", delay=12,
    body="""Hi Christopher - Australia keen to participate. Tom Hendry from our SME policy branch will attend
Budapest on the 10th, tom.hendry@communications.gov.au

Sent from my iPhone
""",
    delegates=[D("Tom Hendry", email="tom.hendry@communications.gov.au")])

add(key="en-nga-1", lang="en", charset="windows-1252", cte="quoted-printable", kind="nomination", state="NGA",
    frm=("Olawale Bankole", "obankole@ncc.gov.ng"), mstyle="exchange",
    subject="NIGERIA: NOMINATION FOR ITU CONSULTATION SESSION ON TECH AND INNOVATION SMEs - BUDAPEST",
    date="2019-08-12 13:05:55", off="+0100", delay=61,
    cc="info@commtech.gov.ng",
    body="""Dear Sir,

NOMINATION OF PARTICIPANTS – CONSULTATION SESSION "FOSTERING TECH AND INNOVATION SMEs", BUDAPEST, 10 SEPTEMBER 2019

Further to ITU Circular CI-19/35, the Nigerian Communications Commission, on behalf of the Federal Republic of Nigeria, is pleased to express interest in the above consultation and to nominate the following officers:

1. Engr. Adebayo Olufemi Adeyemi – Director, New Media and Information Security, NCC – aadeyemi@ncc.gov.ng
2. Dr. (Mrs.) Chioma Ngozi Okafor – Head, SME Development Unit, NCC – cokafor@ncc.gov.ng
3. Mallam Ibrahim Sani Bello – Principal Manager, Federal Ministry of Communications – ibrahim.bello@commtech.gov.ng

We look forward to a fruitful session.

Thank you.

Olawale Bankole
for: Executive Vice Chairman/CEO
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
""",
    delegates=[D("Adebayo Olufemi Adeyemi", title="Director, New Media and Information Security, NCC", email="aadeyemi@ncc.gov.ng"),
               D("Chioma Ngozi Okafor", title="Head, SME Development Unit, NCC", email="cokafor@ncc.gov.ng"),
               D("Ibrahim Sani Bello", title="Principal Manager, Federal Ministry of Communications", email="ibrahim.bello@commtech.gov.ng")])

add(key="en-usa-1", lang="en", charset="us-ascii", cte="7bit", struct="alt", kind="nomination", state="USA",
    frm=("Dunleavy, Michael J", "DunleavyMJ@state.gov"), mstyle="outlook", reply=True,
    subject="RE: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-16 18:41:07", off="-0400", delay=35,
    body="""Chris,

Apologies for the late reply. The United States would like to participate in the first consultation
session on September 10 in Budapest. Our participant will be Jennifer L. Ashworth, Senior Advisor,
Office of Communications and Information Policy (AshworthJL@state.gov).

We will advise on participation in the session at the Council Working Group meetings at a later date.

Best regards,
Michael

Michael J. Dunleavy
Multilateral Affairs
Bureau of Economic and Business Affairs (EB/CIP)
U.S. Department of State
""" + q_outlook(CIRC_EN),
    delegates=[D("Jennifer L. Ashworth", title="Senior Advisor, Office of Communications and Information Policy",
                 email="AshworthJL@state.gov")])

add(key="en-gha-1", lang="en", charset="utf-8", cte="7bit", kind="interest_only", state="GHA",
    frm=("Ministry of Communications - International Relations", "intrel@moc.gov.gh"), mstyle="zimbra", reply=True,
    subject="Re: ITU Circular CI-19/35",
    date="2019-08-05 11:20:03", off="+0000", delay=28,
    body="""Dear Sir/Madam,

Ghana is interested in participating in the consultation session in Budapest. The name of our
participant will be communicated to you shortly.

Best regards,

International Relations Directorate
Ministry of Communications, Accra
""" + q_gt(CIRC_EN, "----- Original Message -----\nFrom: \"ITU Circulars\" <sme@itu.int>\nSent: Tuesday, 23 July, 2019 14:05:12\nSubject: ITU Circular CI-19/35"))

add(key="en-jam-1", lang="en", charset="iso-8859-1", cte="quoted-printable", kind="inquiry", state="JAM",
    frm=("Andrea Campbell-Reid", "andrea.campbell-reid@mset.gov.jm"), mstyle="outlook",
    subject="Query - CI-19/35 consultation session, Budapest",
    date="2019-07-31 14:02:48", off="-0500", delay=51,
    body="""Good afternoon,

Jamaica's Ministry of Science, Energy and Technology has received circular CI-19/35. Before we
submit a nomination, could you please clarify the following:

1) Will there be a remote participation option for the Budapest session?
2) Is registration for ITU Telecom World 2019 (and the exhibition pass fee) required to attend the
   consultation on 10 September?
3) Is any fellowship available for SIDS delegates?

Many thanks in advance.

Andrea Campbell-Reid (Mrs.)
Senior Director, ICT Policy
Ministry of Science, Energy and Technology
Kingston, Jamaica
""")

add(key="en-can-1", lang="en", charset="us-ascii", cte="7bit", struct="alt", kind="decline", state="CAN",
    frm=("Sophie Tremblay-Martin", "sophie.tremblay-martin@canada.ca"), mstyle="outlook", reply=True,
    subject="RE: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-08 09:12:30", off="-0400", delay=22,
    body="""Dear Mr. Clark,

Thank you for the invitation to the consultation sessions on fostering tech and innovation SMEs.

After consultation with colleagues at ISED, Canada regrets that it will not be in a position to
participate in the first session in Budapest. We would nevertheless appreciate being kept informed
of the outcomes.

Kind regards,

Sophie Tremblay-Martin
Senior Policy Analyst | Analyste principale des politiques
International Telecommunications Policy | Politique internationale des telecommunications
Innovation, Science and Economic Development Canada
""" + q_outlook(CIRC_EN))

add(key="en-ken-2", lang="en", charset="us-ascii", cte="7bit", kind="correction", state="KEN", supersedes="en-ken-1",
    frm=("Joseph Mutua", "jmutua@ict.go.ke"), mstyle="outlook",
    subject="CHANGE OF NOMINEE - Kenya - CI-19/35 Budapest session",
    date="2019-08-14 16:40:11", off="+0300", delay=25,
    body="""Dear Mr. Clark,

Further to our email of 2nd August 2019, please note that Ms. Grace Mwangi will no longer be able to
attend the Budapest session due to other official commitments.

The Ministry has instead nominated Mr. Peter Otieno Kamau, Deputy Director, ICT Innovation
(pkamau@ict.go.ke), to represent Kenya on 10th September 2019.

Kindly update your records accordingly.

Regards,
Joseph K. Mutua
State Department for ICT and Innovation
""",
    delegates=[D("Peter Otieno Kamau", title="Deputy Director, ICT Innovation", email="pkamau@ict.go.ke")])

add(key="en-unrel-1", lang="en", charset="utf-8", cte="quoted-printable", struct="alt", kind="unrelated", state=None,
    frm=("ExpoStand Solutions", "events@expostand-solutions.eu"), mstyle="generic",
    headers=["List-Unsubscribe: <mailto:unsubscribe@expostand-solutions.eu?subject=unsubscribe>", "Precedence: bulk"],
    subject="Exhibiting at ITU Telecom World 2019 in Budapest? Custom stands from €190/m²",
    date="2019-07-29 08:00:00", off="+0200", delay=95,
    body="""Dear Exhibitor,

ITU Telecom World 2019 takes place at HUNGEXPO, Budapest, 9–12 September 2019.

ExpoStand Solutions – nominated "Best Stand Builder of the Year 2018" – offers turnkey stands
for national pavilions, ministries and SMEs:

  • Shell scheme upgrades from €190/m²
  • Custom-built pavilions, design included
  • LED walls, furniture and on-site hostess service

Book before 16 August 2019 and get 10% off!

Reply to this e-mail or call +36 1 555 0192.

ExpoStand Solutions Kft. | Budapest | Vienna | Warsaw
To unsubscribe, reply with "unsubscribe".
""")

add(key="en-bounce-1", lang="en", charset="us-ascii", cte="7bit", struct="report", kind="bounce", state=None,
    frm=("Mail Delivery System", "MAILER-DAEMON@smtp.mpa.gov.tt"), return_path="", msgid="<20190806101455.3F2C51A0@smtp.mpa.gov.tt>",
    subject="Undelivered Mail Returned to Sender", headers=["Auto-Submitted: auto-replied"],
    date="2019-08-06 04:14:55", off="-0400", delay=8,
    body="""This is the mail system at host smtp.mpa.gov.tt.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.ramjattan@mpa.gov.tt>: host mailstore.mpa.gov.tt[10.20.1.15] said: 550 5.1.1
    <d.ramjattan@mpa.gov.tt>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
""",
    dsn="""Reporting-MTA: dns; smtp.mpa.gov.tt
X-Postfix-Queue-ID: 3F2C51A0
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: Tue,  6 Aug 2019 04:14:53 -0400 (AST)

Final-Recipient: rfc822; d.ramjattan@mpa.gov.tt
Original-Recipient: rfc822;d.ramjattan@mpa.gov.tt
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore.mpa.gov.tt
Diagnostic-Code: smtp; 550 5.1.1 <d.ramjattan@mpa.gov.tt>: Recipient address
    rejected: User unknown in local recipient table
""",
    orig_headers="""Return-Path: <sme@itu.int>
Received: from mx2.itu.int (mx2.itu.int [156.106.192.42])
	by smtp.mpa.gov.tt (Postfix) with ESMTPS id 3F2C51A0
	for <d.ramjattan@mpa.gov.tt>; Tue,  6 Aug 2019 04:14:53 -0400 (AST)
From: ITU SME <sme@itu.int>
To: d.ramjattan@mpa.gov.tt
Subject: Reminder: ITU Circular CI-19/35 - deadline 16 August 2019
Date: Tue, 6 Aug 2019 10:14:40 +0200
Message-ID: <reminder-CI-19-35-0048@itu.int>""")

add(key="en-auto-1", lang="en", charset="us-ascii", cte="7bit", kind="auto_reply", state=None,
    frm=("Mwila Chanda", "mwila.chanda@mot.gov.zm"), mstyle="outlook",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: mwila.chanda@mot.gov.zm"],
    subject="Automatic reply: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-07-23 14:06:01", off="+0200", delay=14,
    body="""Thank you for your email.

I am out of office on annual leave until 19th August 2019 with limited access to email. For urgent
matters kindly contact Mr. Bwalya Mulenga on bmulenga@mot.gov.zm or +260 211 251 444.

Regards,
Mwila Chanda
""")

add(key="en-zaf-1", lang="en", charset="utf-8", cte="7bit", struct="alt", kind="nomination", state="ZAF",
    frm=("Thandi Nkosi", "thandi.nkosi78@gmail.com"), mstyle="gmail", reply=True,
    subject="Re: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-15 21:17:36", off="+0200", delay=5,
    body="""Dear ITU SME team,

With reference to CI-19/35, I will be representing South Africa at the consultation session in
Budapest on 10 September. Please send me any preparatory material.

(Apologies for using my private address, our server is down today.)

Regards

Thandiwe Nkosi
Director: ICT SMME Development
Department of Telecommunications and Postal Services
Republic of South Africa
Tel: +27 12 427 8000 | thandiwen@dtps.gov.za
""" + q_gt(CIRC_EN),
    delegates=[D("Thandiwe Nkosi", title="Director: ICT SMME Development", email="thandiwen@dtps.gov.za")])

add(key="en-phl-1", lang="en", charset="us-ascii", cte="7bit", kind="nomination", state="PHL",
    frm=("DICT International Cooperation", "intlcoop@dict.gov.ph"), mstyle="zimbra",
    subject="Philippines - Nominee, ITU SME Consultation (CI-19/35)",
    date="2019-08-16 17:58:02", off="+0800", delay=31,
    body="""Good day!

The Department of Information and Communications Technology (DICT) of the Philippines would like to
express its interest to participate in the ITU consultation sessions on fostering tech and
innovation SMEs. Please find below the details of our nominee:

Session:      1st Consultation Session (Budapest, 10 Sept 2019)
Name:         DELA CRUZ, Maria Teresa R.
Designation:  OIC-Director, ICT Industry Development Bureau
E-mail:       mariateresa.delacruz@dict.gov.ph
Mobile:       +63 917 555 0143

Thank you and warm regards,

International Cooperation Division
DICT, C.P. Garcia Ave., Diliman, Quezon City
""",
    delegates=[D("Maria Teresa R. Dela Cruz", aliases=["DELA CRUZ, Maria Teresa R."],
                 title="OIC-Director, ICT Industry Development Bureau", email="mariateresa.delacruz@dict.gov.ph")])

# ================================================================ FRENCH
add(key="fr-sen-1", lang="fr", charset="iso-8859-1", cte="quoted-printable", kind="nomination", state="SEN",
    frm=("Mission permanente du Sénégal", "mission.senegal@missions-geneve.sn"), henc="Q", mstyle="generic",
    subject="Note verbale N° 0814/MPS/G/UIT - Lettre circulaire CI-19/35",
    date="2019-08-07 12:44:19", off="+0200", delay=33,
    body="""Note verbale N° 0814/MPS/G/UIT

La Mission permanente de la République du Sénégal auprès de l'Office des Nations Unies et des autres
Organisations internationales à Genève présente ses compliments à l'Union internationale des
télécommunications (UIT) et, se référant à la lettre circulaire CI-19/35 du 23 juillet 2019, a
l'honneur de lui faire savoir que le Sénégal souhaite prendre part aux sessions de consultation
« Promouvoir les PME du secteur de la technologie et de l'innovation ».

A cet effet, la Mission a l'honneur de communiquer le nom de Monsieur Mamadou Lamine DIOP,
Directeur des Télécommunications au Ministère de l'Economie numérique et des Télécommunications
(mamadoulamine.diop@numerique.gouv.sn), désigné pour participer à la première session prévue le
10 septembre 2019 à Budapest.

La Mission permanente de la République du Sénégal saisit cette occasion pour renouveler à l'Union
internationale des télécommunications les assurances de sa haute considération.

                                                        Genève, le 7 août 2019
""",
    delegates=[D("Mamadou Lamine Diop",
                 title="Directeur des Télécommunications au Ministère de l'Economie numérique et des Télécommunications",
                 email="mamadoulamine.diop@numerique.gouv.sn")])

add(key="fr-fra-1", lang="fr", charset="utf-8", cte="quoted-printable", struct="alt", kind="interest_only", state="FRA",
    frm=("BERNARD Claire", "claire.bernard@finances.gouv.fr"), mstyle="outlook", reply=True, hlang="FR",
    subject="RE: Lettre circulaire CI-19/35",
    date="2019-08-12 17:03:45", off="+0200", delay=18,
    body="""Monsieur,

La France est intéressée par les sessions de consultation sur les PME technologiques et innovantes,
à Budapest ainsi qu'aux sessions prévues en marge des réunions des groupes de travail du Conseil
début 2020.

Le nom du ou de la participant(e) vous sera communiqué dès que possible, la désignation étant encore
en cours d'arbitrage entre la DGE et le ministère de l'Europe et des Affaires étrangères.

Bien cordialement,

Claire Bernard
Cheffe du bureau des affaires internationales
Direction générale des entreprises (DGE)
Ministère de l'Économie et des Finances
""" + q_outlook(CIRC_FR, "fr", "mardi 23 juillet 2019 16:05"),
    sessions=["budapest-2019", "cwg-2020"])

add(key="fr-civ-1", lang="fr", charset="windows-1252", cte="quoted-printable", struct="html", kind="nomination", state="CIV",
    frm=("ARTCI - Relations Internationales", "ri@artci.ci"), mstyle="outlook", henc="Q",
    subject="Désignation - Session de consultation UIT sur les PME (Budapest)",
    date="2019-08-14 10:26:03", off="+0000", delay=47,
    html=outlook("""<p class="MsoNormal">Monsieur Christopher CLARK,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Suite à la lettre circulaire CI-19/35, j’ai l’honneur de vous transmettre ci-dessous la fiche de désignation de la Côte d’Ivoire pour la session de consultation du 10 septembre 2019 à Budapest.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="180" style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nom</b><o:p></o:p></p></td>
<td width="360" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">KOUASSI<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Prénoms</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Aya Nadège<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Fonction</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Sous-Directrice de l’Innovation et des Start-up<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Structure</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Autorité de Régulation des Télécommunications/TIC de Côte d’Ivoire (ARTCI)<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Courriel</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:aya.kouassi@artci.ci">aya.kouassi@artci.ci</a><o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Téléphone</b><o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">+225 20 34 43 73<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Veuillez agréer, Monsieur, l’expression de nos salutations distinguées.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Service des Relations Internationales</b><br>ARTCI – Abidjan Marcory<o:p></o:p></p>
""", "windows-1252", "FR"),
    delegates=[D("Aya Nadège Kouassi", aliases=["KOUASSI Aya Nadège"], title="Sous-Directrice de l’Innovation et des Start-up",
                 email="aya.kouassi@artci.ci")])

add(key="fr-bel-1", lang="fr", charset="utf-8", cte="8bit", kind="decline", state="BEL",
    frm=("Dirk Vanhoutte", "dirk.vanhoutte@bipt.be"), mstyle="outlook", reply=True,
    subject="RE: Lettre circulaire CI-19/35",
    date="2019-08-16 11:15:27", off="+0200", delay=9,
    body="""Cher Monsieur Clark,

Nous vous remercions pour cette aimable invitation.

Malheureusement, compte tenu du calendrier chargé de la rentrée, la Belgique ne sera pas en mesure
de se faire représenter à la session de Budapest. Nous suivrons néanmoins avec intérêt les travaux
de l'UIT sur les PME.

Bien à vous,

Dirk Vanhoutte
Conseiller – Relations internationales
IBPT / BIPT
Ellipse Building C – Boulevard du Roi Albert II 35, 1030 Bruxelles
""" + q_outlook(CIRC_FR, "fr", "mardi 23 juillet 2019 16:05"))

add(key="fr-cmr-1", lang="fr", charset="utf-8", cte="base64", kind="nomination", state="CMR",
    frm=("MINPOSTEL Cameroun", "cooperation@minpostel.gov.cm"), mstyle="generic",
    subject="Participation du Cameroun - sessions de consultation PME (CI-19/35)",
    date="2019-08-06 09:31:50", off="+0100", delay=120,
    body="""Monsieur le Secrétaire Général,

Faisant suite à votre lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous informer
que le Ministère des Postes et Télécommunications du Cameroun souhaite prendre part à la première
session de consultation prévue le 10 septembre 2019 à Budapest.

La délégation camerounaise sera composée de :
- M. NGONO ESSOMBA Jean-Paul, Directeur des Technologies de l'Information et de la Communication,
  jp.ngono@minpostel.gov.cm ;
- Mme FOTSO née TCHAMBA Brigitte, Chef de Cellule de la Coopération,
  b.fotso@minpostel.gov.cm.

Je vous prie d'agréer, Monsieur le Secrétaire Général, l'assurance de ma haute considération.

Pour le Ministre et par ordre,
Le Secrétaire Général du MINPOSTEL
""",
    delegates=[D("Jean-Paul Ngono Essomba", aliases=["NGONO ESSOMBA Jean-Paul"],
                 title="Directeur des Technologies de l'Information et de la Communication", email="jp.ngono@minpostel.gov.cm"),
               D("Brigitte Fotso née Tchamba", aliases=["FOTSO née TCHAMBA Brigitte"],
                 title="Chef de Cellule de la Coopération", email="b.fotso@minpostel.gov.cm")])

add(key="fr-cmr-2", lang="fr", charset="utf-8", cte="base64", kind="correction", state="CMR", supersedes="fr-cmr-1",
    frm=("MINPOSTEL Cameroun", "cooperation@minpostel.gov.cm"), mstyle="generic",
    subject="TR: Participation du Cameroun - modification de la délégation",
    date="2019-08-13 15:02:08", off="+0100", delay=75,
    body="""Monsieur,

Pour faire suite à notre courriel du 6 août, nous vous informons que Mme FOTSO Brigitte ne pourra
finalement pas effectuer le déplacement à Budapest. La délégation du Cameroun sera donc composée
uniquement de M. NGONO ESSOMBA Jean-Paul, Directeur des TIC.

Toutes nos excuses pour ce désagrément.

Cordialement,

Division de la Coopération
MINPOSTEL – Yaoundé
""",
    delegates=[D("Jean-Paul Ngono Essomba", aliases=["NGONO ESSOMBA Jean-Paul"], title="Directeur des TIC")])

add(key="fr-mar-1", lang="fr", charset="iso-8859-1", cte="8bit", kind="inquiry", state="MAR",
    frm=("Youssef El Amrani", "elamrani@anrt.ma"), mstyle="zimbra",
    subject="Demande de précisions - CI-19/35",
    date="2019-07-26 10:48:12", off="+0100", delay=26,
    body="""Bonjour Monsieur Clark,

Nous avons bien reçu la lettre circulaire CI-19/35 et vous en remercions.

Avant de procéder à la désignation de notre représentant, pourriez-vous nous préciser :
- si la session du 10 septembre se tiendra en anglais uniquement ou si une interprétation est prévue ;
- si la participation à la session nécessite une accréditation à ITU Telecom World ;
- les dates prévisionnelles des sessions de 2020 ?

Avec nos remerciements anticipés,

Youssef El Amrani
Chef de service Coopération internationale
Agence Nationale de Réglementation des Télécommunications (ANRT) - Rabat
""")

add(key="fr-tun-1", lang="fr", charset="iso-8859-1", cte="quoted-printable", kind="nomination", state="TUN",
    frm=("Sonia Trabelsi", "sonia.trabelsi@mtc.gov.tn"), mstyle="generic", henc="Q",
    subject="Réponse tardive : CI-19/35 - désignation",
    date="2019-08-20 09:05:33", off="+0100", delay=40,
    body="""Monsieur,

Veuillez excuser le retard de notre réponse.

Je vous prie de bien vouloir trouver ci-dessous le nom de notre représentante à la session de
consultation de Budapest (10 septembre 2019) :

  Mme Leïla Ben Salah
  Directrice générale de l'Economie numérique
  Ministère des Technologies de la Communication et de l'Economie Numérique
  leila.bensalah@mtc.gov.tn

Nous restons à votre disposition.

Sonia Trabelsi
Direction de la Coopération Internationale
""",
    delegates=[D("Leïla Ben Salah", title="Directrice générale de l'Economie numérique", email="leila.bensalah@mtc.gov.tn")])

add(key="fr-che-1", lang="fr", charset="utf-8", cte="quoted-printable", struct="alt", kind="nomination", state="CHE",
    frm=("Favre Anne-Catherine BAKOM", "anne-catherine.favre@bakom.admin.ch"), mstyle="exchange", reply=True, hlang="FR-CH",
    subject="AW: Lettre circulaire CI-19/35",
    date="2019-08-15 08:12:44", off="+0200", delay=6,
    body="""Cher Monsieur Clark,

Je vous remercie de l'invitation. La Suisse ne pourra malheureusement pas être présente à Budapest
en septembre, mais elle souhaite participer à la session qui se tiendra lors du Forum du SMSI 2020.
Je représenterai moi-même l'OFCOM à cette occasion.

Meilleures salutations

Anne-Catherine Favre
Conseillère scientifique, Affaires internationales
Office fédéral de la communication OFCOM
Rue de l'Avenir 44, 2501 Bienne
anne-catherine.favre@bakom.admin.ch
""" + q_outlook(CIRC_FR, "fr", "mardi, 23 juillet 2019 16:05"),
    delegates=[D("Anne-Catherine Favre", title="Conseillère scientifique, Affaires internationales",
                 email="anne-catherine.favre@bakom.admin.ch")],
    sessions=["wsis-2020"])

add(key="fr-auto-1", lang="fr", charset="iso-8859-15", cte="quoted-printable", kind="auto_reply", state=None,
    frm=("Nadia Mbemba", "n.mbemba@arpce.cg"), mstyle="zimbra", henc="Q",
    headers=["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"],
    subject="Absence du bureau: Re: Lettre circulaire CI-19/35",
    date="2019-07-23 15:07:33", off="+0100", delay=11,
    body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 26 août 2019 inclus. Pendant mon absence, vos messages ne
seront pas transférés. Pour toute urgence, merci de contacter le secrétariat au +242 05 510 72 72.

Cordialement,
N. Mbemba
""")

# ================================================================ SPANISH
add(key="es-mex-1", lang="es", charset="utf-8", cte="quoted-printable", struct="alt", kind="nomination", state="MEX",
    frm=("Mariana Gutiérrez Soto", "mgutierrez@ift.org.mx"), mstyle="outlook", reply=True, hlang="ES-MX",
    subject="RE: Carta Circular CI-19/35",
    date="2019-08-09 12:37:05", off="-0500", delay=27,
    body="""Estimado Sr. Clark:

Por instrucciones de la Coordinación General de Asuntos Internacionales, me permito informarle que
México tiene interés en participar en la sesión de consulta sobre PYME tecnológicas e innovadoras
que se celebrará en Budapest el 10 de septiembre. Para tal efecto se designa al Ing. José Luis
Hernández Ruiz, Director General de Desarrollo Digital de la Secretaría de Economía
(jose.hernandez@economia.gob.mx).

Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.

Mariana Gutiérrez Soto
Subdirectora de Organismos Multilaterales
Instituto Federal de Telecomunicaciones
""" + q_outlook(CIRC_ES, "es", "martes, 23 de julio de 2019 09:05 a. m."),
    delegates=[D("José Luis Hernández Ruiz", title="Director General de Desarrollo Digital de la Secretaría de Economía",
                 email="jose.hernandez@economia.gob.mx")])

add(key="es-arg-1", lang="es", charset="windows-1252", cte="quoted-printable", kind="nomination", state="ARG",
    frm=("Pablo Ezequiel Ferrari", "pferrari@enacom.gob.ar"), mstyle="zimbra", henc="Q",
    subject="RV: Sesión de consulta UIT Budapest - nominación Argentina",
    date="2019-08-16 16:20:41", off="-0300", delay=58,
    body="""Estimados, reenvío lo que nos confirmó la Secretaría. Saludos, Pablo

---------- Mensaje reenviado ----------
De: Lucía Benítez <lbenitez@modernizacion.gob.ar>
Fecha: vie., 16 ago. 2019 a las 14:02
Asunto: Sesión de consulta UIT Budapest - nominación Argentina
Para: Pablo Ezequiel Ferrari <pferrari@enacom.gob.ar>

Pablo, buenas tardes:

Te confirmo que por la Argentina participarán en la sesión del 10/9 en Budapest:

- Lic. Martín Alejandro Sosa, Subsecretario de Tecnologías de la Información (msosa@modernizacion.gob.ar)
- Dra. Valeria Inés Paz, Asesora de la Subsecretaría (vpaz@modernizacion.gob.ar)

¿Podrás hacérselo llegar a la UIT hoy mismo? El plazo vence hoy.

Gracias!
Lucía

--
Lucía Benítez
Secretaría de Gobierno de Modernización
Presidencia de la Nación
""",
    delegates=[D("Martín Alejandro Sosa", title="Subsecretario de Tecnologías de la Información", email="msosa@modernizacion.gob.ar"),
               D("Valeria Inés Paz", title="Asesora de la Subsecretaría", email="vpaz@modernizacion.gob.ar")])

add(key="es-col-1", lang="es", charset="iso-8859-1", cte="quoted-printable", kind="interest_only", state="COL",
    frm=("Oficina de Asuntos Internacionales MinTIC", "internacionales@mintic.gov.co"), mstyle="outlook", henc="Q",
    subject="Colombia - interés en sesiones de consulta PYME (CI-19/35)",
    date="2019-08-01 08:55:16", off="-0500", delay=30,
    body="""Señores UIT:

Reciban un cordial saludo. El Ministerio de Tecnologías de la Información y las Comunicaciones de
Colombia manifiesta su interés en participar en la primera sesión de consulta (Budapest) y en la que
se realizará en el marco del Foro de la CMSI 2020. El nombre de la persona designada será remitido
en los próximos días.

Atentamente,

Oficina de Asuntos Internacionales
Ministerio TIC – Bogotá D.C.
""".replace("–", "-"),
    sessions=["budapest-2019", "wsis-2020"])

add(key="es-esp-1", lang="es", charset="utf-8", cte="8bit", kind="decline", state="ESP",
    frm=("Subdirección General de Relaciones Internacionales", "sgri.telecom@economia.gob.es"), mstyle="exchange", reply=True,
    subject="RE: Carta Circular CI-19/35",
    date="2019-08-14 13:49:02", off="+0200", delay=20,
    body="""Estimado Sr. Clark:

Agradecemos mucho la invitación. Lamentablemente, por coincidencia de agenda, España no podrá estar
representada en la sesión de consulta de Budapest. Quedamos atentos a futuras convocatorias.

Un saludo cordial,

S.G. de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
""" + q_outlook(CIRC_ES, "es", "martes, 23 de julio de 2019 16:05"))

add(key="es-per-1", lang="es", charset="utf-8", cte="quoted-printable", kind="nomination", state="PER",
    frm=("Jorge Huamán", "jhuaman@mtc.gob.pe"), mstyle="gmail",
    subject="Designación de representante - Sesión de consulta UIT (Budapest)",
    date="2019-08-08 18:10:27", off="-0500", delay=16,
    body="""Señor
Christopher Clark
Unión Internacional de Telecomunicaciones
Presente.-

De mi consideración:

Me dirijo a usted en atención a la Carta Circular CI-19/35, a fin de comunicarle que el Ministerio
de Transportes y Comunicaciones del Perú ha designado a la Sra. Carmen Rosa Quipse Mamani,
Directora General de Políticas y Regulación en Comunicaciones, para participar en la sesión de
consulta del 10 de septiembre de 2019 en Budapest.

Correo: cquispe@mtc.gob.pe

Atentamente,

Jorge Huamán Vargas
Oficina de Cooperación y Asuntos Internacionales
Ministerio de Transportes y Comunicaciones
""",
    delegates=[D("Carmen Rosa Quipse Mamani", title="Directora General de Políticas y Regulación en Comunicaciones",
                 email="cquispe@mtc.gob.pe")])

add(key="es-per-2", lang="es", charset="utf-8", cte="quoted-printable", kind="correction", state="PER", supersedes="es-per-1",
    frm=("Jorge Huamán", "jhuaman@mtc.gob.pe"), mstyle="gmail",
    subject="Re: Designación de representante - Sesión de consulta UIT (Budapest) - FE DE ERRATAS",
    date="2019-08-09 09:02:51", off="-0500", delay=14,
    body="""Estimado Sr. Clark:

Fe de erratas: en mi correo de ayer el apellido de nuestra representante aparece mal escrito. El
nombre correcto es Carmen Rosa QUISPE MAMANI (no "Quipse"). Le agradeceré corregirlo en el registro.

Saludos cordiales,
Jorge Huamán Vargas
MTC - Perú

El jue., 8 ago. 2019 a las 18:10, Jorge Huamán (<jhuaman@mtc.gob.pe>) escribió:
> Me dirijo a usted en atención a la Carta Circular CI-19/35, a fin de comunicarle que el Ministerio
> de Transportes y Comunicaciones del Perú ha designado a la Sra. Carmen Rosa Quipse Mamani,
> Directora General de Políticas y Regulación en Comunicaciones, para participar en la sesión de
> consulta del 10 de septiembre de 2019 en Budapest.
""",
    delegates=[D("Carmen Rosa Quispe Mamani", title="Directora General de Políticas y Regulación en Comunicaciones", email=None)])

add(key="es-chl-1", lang="es", charset="utf-8", cte="quoted-printable", struct="alt", kind="inquiry", state="CHL",
    frm=("Catalina Muñoz", "cmunoz@subtel.gob.cl"), mstyle="outlook", hlang="ES-CL",
    subject="Consulta sobre sesiones CI-19/35",
    date="2019-08-02 16:33:09", off="-0400", delay=24,
    body="""Estimados:

Junto con saludar, quisiera consultar si las sesiones previstas para 2020 (durante los grupos de
trabajo del Consejo y el Foro CMSI) requieren una nominación distinta a la de Budapest, o si la
persona designada ahora participaría en toda la serie. ¿Hay plazo para esas sesiones?

Quedo atenta,

Catalina Muñoz R.
Jefa de Asuntos Internacionales
Subsecretaría de Telecomunicaciones – SUBTEL, Chile
""")

add(key="es-auto-1", lang="es", charset="iso-8859-1", cte="quoted-printable", kind="auto_reply", state=None,
    frm=("Ricardo Alvarado", "ralvarado@sutel.go.cr"), mstyle="outlook", henc="Q",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    subject="Respuesta automática: Carta Circular CI-19/35",
    date="2019-07-23 08:06:10", off="-0600", delay=13,
    body="""Buenos días:

Me encuentro fuera de la oficina en gira de trabajo hasta el 2 de agosto, con acceso limitado al
correo. Para asuntos urgentes puede comunicarse con la Sra. Ana Quesada (aquesada@sutel.go.cr).

Saludos,
Ricardo Alvarado
""")

add(key="es-ury-1", lang="es", charset="utf-8", cte="8bit", kind="nomination", state="URY",
    frm=("Gonzalo Pereira", "gpereira@ursec.gub.uy"), mstyle="zimbra",
    subject="Uruguay: participante sesión PYME Budapest 10/09",
    date="2019-08-16 19:32:18", off="-0300", delay=44,
    body="""Sr. Clark, buenas tardes.

Le informo que la URSEC designó a la Cra. Florencia Rodríguez Acosta, Gerente de Planificación
(frodriguez@ursec.gub.uy) para la sesión de consulta del 10 de setiembre en Budapest.
Eventualmente Uruguay podría participar también en la sesión del Foro CMSI 2020, lo confirmaremos
más adelante.

Saludos cordiales,
Gonzalo Pereira
Relaciones Internacionales – URSEC
""",
    delegates=[D("Florencia Rodríguez Acosta", title="Gerente de Planificación", email="frodriguez@ursec.gub.uy")])

# ================================================================ ARABIC
add(key="ar-egy-1", lang="ar", charset="windows-1256", cte="base64", kind="nomination", state="EGY",
    frm=("إدارة العلاقات الدولية - الجهاز القومي لتنظيم الاتصالات", "intl.relations@tra.gov.eg"), mstyle="outlook",
    subject="ترشيح مشارك - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة (CI-19/35)",
    date="2019-08-11 11:02:37", off="+0200", delay=41,
    body="""السيد/ كريستوفر كلارك المحترم
الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة 23 يوليو 2019، يسرنا إفادتكم باهتمام جمهورية مصر
العربية بالمشاركة في جلسات التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا
والابتكار.

وقد تم ترشيح المهندس/ أحمد محمد عبد الحميد (Eng. Ahmed Mohamed Abdel Hamid)، مدير عام تنمية صناعة
تكنولوجيا المعلومات، للمشاركة في الجلسة الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019.
البريد الإلكتروني: aabdelhamid@tra.gov.eg

وتفضلوا بقبول فائق الاحترام،

إدارة العلاقات الدولية
الجهاز القومي لتنظيم الاتصالات
القرية الذكية - الجيزة
""",
    delegates=[D("أحمد محمد عبد الحميد", aliases=["Ahmed Mohamed Abdel Hamid"],
                 title="مدير عام تنمية صناعة تكنولوجيا المعلومات", email="aabdelhamid@tra.gov.eg")])

add(key="ar-sau-1", lang="ar", charset="utf-8", cte="base64", struct="html", kind="nomination", state="SAU",
    frm=("مكتب التعاون الدولي", "intcoop@mcit.gov.sa"), mstyle="outlook",
    subject="الرد على الرسالة المعممة CI-19/35",
    date="2019-08-13 10:44:09", off="+0300", delay=38,
    html=outlook("""<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-SA">سعادة الأمين العام للاتحاد الدولي للاتصالات&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;المحترم</span><o:p></o:p></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-SA">السلام عليكم ورحمة الله وبركاته،</span><o:p></o:p></p>
<p class="MsoNormal" dir="RTL" style="text-align:justify"><span lang="AR-SA">إشارة إلى رسالتكم المعممة رقم (CI-19/35) بشأن جلسات التشاور للدول الأعضاء حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، نفيدكم برغبة المملكة العربية السعودية في المشاركة، وقد تمت تسمية <b>سعادة المهندس/ فيصل بن عبدالله العتيبي</b>، وكيل الوزارة المساعد للاقتصاد الرقمي، ممثلاً للمملكة في الجلسة الأولى التي ستعقد في بودابست.</span><o:p></o:p></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-SA">البريد الإلكتروني: </span><a href="mailto:fotaibi@mcit.gov.sa">fotaibi@mcit.gov.sa</a><o:p></o:p></p>
<p class="MsoNormal" dir="RTL" style="text-align:right"><span lang="AR-SA">وتقبلوا خالص التحية والتقدير،</span><o:p></o:p></p>
<p class="MsoNormal" dir="RTL" style="text-align:left"><b><span lang="AR-SA">مكتب التعاون الدولي</span></b><br><span lang="AR-SA">وزارة الاتصالات وتقنية المعلومات</span><br><span lang="AR-SA">الرياض</span><o:p></o:p></p>
""", "utf-8", "EN-US", rtl=True),
    delegates=[D("فيصل بن عبدالله العتيبي", title="وكيل الوزارة المساعد للاقتصاد الرقمي", email="fotaibi@mcit.gov.sa")])

add(key="ar-are-1", lang="ar", charset="utf-8", cte="quoted-printable", struct="alt", kind="nomination", state="ARE",
    frm=("Mariam Al Hammadi", "m.alhammadi@tdra.gov.ae"), mstyle="outlook", reply=True, rtl=True, hlang="AR-AE",
    subject="RE: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-15 14:27:55", off="+0400", delay=21,
    body="""السادة/ الاتحاد الدولي للاتصالات،

تحية طيبة،

تود هيئة تنظيم الاتصالات بدولة الإمارات العربية المتحدة إبداء اهتمامها بالمشاركة في جلسة التشاور الأولى في
بودابست، وكذلك في الجلسة التي ستعقد خلال اجتماعات أفرقة العمل التابعة للمجلس في 2020.

وسيمثل الدولة في بودابست كل من:
1- السيد/ خالد سالم الكعبي – مدير إدارة الابتكار – k.alkaabi@tdra.gov.ae
2- الآنسة/ شمّا راشد المنصوري – أخصائي أول سياسات – s.almansoori@tdra.gov.ae

مع خالص التحية،

مريم الحمادي
قسم العلاقات الدولية
هيئة تنظيم الاتصالات
""" + q_outlook(CIRC_AR, "ar", "23 يوليو 2019 04:05 م"),
    delegates=[D("خالد سالم الكعبي", title="مدير إدارة الابتكار", email="k.alkaabi@tdra.gov.ae"),
               D("شمّا راشد المنصوري", title="أخصائي أول سياسات", email="s.almansoori@tdra.gov.ae")],
    sessions=["budapest-2019", "cwg-2020"])

add(key="ar-jor-1", lang="ar", charset="windows-1256", cte="quoted-printable", kind="interest_only", state="JOR",
    frm=("Ministry of Digital Economy - Jordan", "info@modee.gov.jo"), mstyle="generic",
    subject="اهتمام الأردن بجلسات التشاور CI-19/35",
    date="2019-08-04 12:11:40", off="+0300", delay=52,
    body="""السادة الاتحاد الدولي للاتصالات المحترمين،

نود إعلامكم باهتمام وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية بالمشاركة في جلسة
التشاور المزمع عقدها في بودابست، وسيتم تزويدكم باسم المشارك لاحقاً.

مع الاحترام،
مديرية التعاون الدولي
""")

add(key="ar-omn-1", lang="ar", charset="utf-8", cte="base64", kind="decline", state="OMN",
    frm=("هيئة تنظيم الاتصالات - سلطنة عمان", "international@tra.gov.om"), mstyle="exchange", reply=True,
    subject="رد: الرسالة المعممة CI-19/35",
    date="2019-08-12 09:20:15", off="+0400", delay=29,
    body="""حضرة السيد كريستوفر كلارك المحترم،

نشكركم على دعوتكم الكريمة، ونود إفادتكم بأنه نظراً لارتباطات سابقة لن تتمكن سلطنة عمان من المشاركة في
جلسة التشاور الأولى في بودابست. ونتطلع إلى التعاون معكم في مناسبات قادمة.

مع خالص التقدير،
دائرة العلاقات الدولية
هيئة تنظيم الاتصالات
""" + q_outlook(CIRC_AR, "ar", "الثلاثاء 23/07/2019 04:05 م"))

add(key="ar-qat-1", lang="ar", charset="windows-1256", cte="quoted-printable", kind="nomination", state="QAT",
    frm=("Hamad Al-Marri", "halmarri@motc.gov.qa"), mstyle="outlook",
    subject="ترشيح - جلسة التشاور بودابست",
    date="2019-08-07 13:15:00", off="+0300", delay=33,
    body="""السيد المحترم،

بالإشارة إلى الرسالة المعممة CI-19/35، نفيدكم بأن وزارة المواصلات والاتصالات بدولة قطر ترشح السيد
عبدالرحمن يوسف الكواري، رئيس قسم ريادة الأعمال الرقمية، للمشاركة في جلسة بودابست بتاريخ 10 سبتمبر.
بريده الإلكتروني: akuwari@motc.gov.qa

وتفضلوا بقبول فائق الاحترام،
حمد المري
إدارة العلاقات الدولية
""",
    delegates=[D("عبدالرحمن يوسف الكواري", title="رئيس قسم ريادة الأعمال الرقمية", email="akuwari@motc.gov.qa")])

add(key="ar-qat-2", lang="ar", charset="windows-1256", cte="quoted-printable", kind="correction", state="QAT", supersedes="ar-qat-1",
    frm=("Hamad Al-Marri", "halmarri@motc.gov.qa"), mstyle="outlook",
    subject="تعديل الترشيح - جلسة التشاور بودابست",
    date="2019-08-15 10:40:22", off="+0300", delay=19,
    body="""السيد المحترم،

إلحاقاً برسالتنا المؤرخة 7 أغسطس 2019، نود إعلامكم بتغيير المرشح لجلسة بودابست، حيث ستشارك
السيدة/ نورة علي السليطي، خبير تطوير الأعمال، بدلاً من السيد عبدالرحمن الكواري.
البريد الإلكتروني: nalsulaiti@motc.gov.qa

شاكرين تعاونكم،
حمد المري
""",
    delegates=[D("نورة علي السليطي", title="خبير تطوير الأعمال", email="nalsulaiti@motc.gov.qa")])

add(key="ar-sdn-1", lang="ar", charset="iso-8859-6", cte="8bit", kind="inquiry", state="SDN",
    frm=("Osman Babiker", "osman.babiker@tpra.gov.sd"), mstyle="generic",
    subject="استفسار بخصوص الرسالة المعممة CI-19/35",
    date="2019-08-10 10:05:48", off="+0200", delay=140,
    body="""السادة الاتحاد الدولي للاتصالات،

تحية طيبة،

نرجو التكرم بإفادتنا عما إذا كان الاتحاد سيتحمل تكاليف السفر والإقامة للمشاركين من الدول الأقل نمواً
في جلسة بودابست، وهل يمكن المشاركة عن بعد؟

وشكراً،
عثمان بابكر
الهيئة القومية للاتصالات والبريد - الخرطوم
""")

add(key="ar-auto-1", lang="ar", charset="utf-8", cte="base64", kind="auto_reply", state=None,
    frm=("سالم الهاشمي", "s.alhashmi@tra.gov.bh"), mstyle="outlook",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    subject="رد تلقائي: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-07-23 17:06:03", off="+0300", delay=10,
    body="""شكراً لرسالتكم.
أنا خارج المكتب حتى تاريخ 18 أغسطس 2019. للأمور العاجلة يرجى التواصل مع مكتب العلاقات الدولية
على البريد international@tra.gov.bh

I am out of the office until 18 August 2019. For urgent matters please contact
international@tra.gov.bh
""")

# ================================================================ RUSSIAN
add(key="ru-rus-1", lang="ru", charset="koi8-r", cte="8bit", kind="nomination", state="RUS",
    frm=("Отдел международного сотрудничества", "intl@minsvyaz.ru"), mstyle="generic",
    subject="О направлении кандидатуры (циркулярное письмо CI-19/35)",
    date="2019-08-08 15:22:41", off="+0300", delay=36,
    body="""Уважаемый господин Кларк!

В связи с циркулярным письмом МСЭ CI-19/35 от 23 июля 2019 г. сообщаем о заинтересованности
Российской Федерации в участии в консультационных сессиях по содействию развитию технологических
и инновационных МСП.

Для участия в первой сессии (Будапешт, 10 сентября 2019 г.) Минкомсвязь России направляет
Иванова Сергея Петровича (Sergey P. Ivanov), заместителя директора Департамента международного
сотрудничества, e-mail: s.ivanov@minsvyaz.ru.

С уважением,
Отдел многостороннего сотрудничества
Департамент международного сотрудничества
Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации
""",
    delegates=[D("Иванов Сергей Петрович", aliases=["Иванова Сергея Петровича", "Sergey P. Ivanov"],
                 title="заместитель директора Департамента международного сотрудничества", email="s.ivanov@minsvyaz.ru")])

add(key="ru-blr-1", lang="ru", charset="windows-1251", cte="base64", kind="nomination", state="BLR",
    frm=("Ковалёва Наталья", "n.kovaleva@mpt.gov.by"), mstyle="outlook",
    subject="Участие в консультационной сессии МСЭ по МСП (Будапешт)",
    date="2019-08-13 11:48:30", off="+0300", delay=22,
    body="""Добрый день!

Министерство связи и информатизации Республики Беларусь подтверждает интерес к консультационной
сессии 10 сентября 2019 г. в Будапеште.

Участник от Республики Беларусь:
ФИО: Ковалёва Наталья Александровна
Должность: начальник управления развития цифровой экономики
E-mail: n.kovaleva@mpt.gov.by
Тел.: +375 17 287 00 00

С уважением,
Н.А. Ковалёва
""",
    delegates=[D("Ковалёва Наталья Александровна",
                 title="начальник управления развития цифровой экономики", email="n.kovaleva@mpt.gov.by")])

add(key="ru-kgz-1", lang="ru", charset="windows-1251", cte="quoted-printable", kind="nomination", state="KGZ",
    frm=("ГКИТС КР", "gkits@ict.gov.kg"), mstyle="generic",
    subject="Ответ на письмо CI-19/35",
    date="2019-08-16 22:55:03", off="+0600", delay=47,
    body="""Уважаемые коллеги!

Государственный комитет информационных технологий и связи Кыргызской Республики выражает
заинтересованность в участии в консультационной сессии в г. Будапешт и просит включить в список
участников г-на Асанбекова Нурлана Токтогуловича, заведующего отделом цифровой трансформации.

Контакт: n.asanbekov@ict.gov.kg

С уважением,
Управление внешних связей ГКИТС КР
""",
    delegates=[D("Асанбеков Нурлан Токтогулович", aliases=["Асанбекова Нурлана Токтогуловича"],
                 title="заведующий отделом цифровой трансформации", email="n.asanbekov@ict.gov.kg")])

add(key="ru-tjk-1", lang="ru", charset="utf-8", cte="base64", kind="interest_only", state="TJK",
    frm=("Служба связи РТ", "info@khs.tj"), mstyle="generic", reply=True,
    subject="Re: ITU Circular CI-19/35",
    date="2019-08-06 14:30:12", off="+0500", delay=66,
    body="""Уважаемый г-н Кларк,

Служба связи при Правительстве Республики Таджикистан заинтересована в участии в сессиях. Информацию
об участнике направим дополнительно.

С уважением,
Отдел международных связей
""" + q_gt(CIRC_RU, "23.07.2019 16:05, ITU Circulars пишет:"))

add(key="ru-rus-2", lang="ru", charset="koi8-r", cte="8bit", kind="correction", state="RUS", supersedes="ru-rus-1",
    frm=("Отдел международного сотрудничества", "intl@minsvyaz.ru"), mstyle="generic",
    subject="Замена участника - сессия МСП, Будапешт",
    date="2019-08-15 12:05:10", off="+0300", delay=31,
    body="""Уважаемый господин Кларк!

В дополнение к нашему письму от 8 августа 2019 г. информируем, что вместо Иванова С.П. в
консультационной сессии 10 сентября 2019 г. примет участие Смирнова Ольга Викторовна, советник
Департамента международного сотрудничества (o.smirnova@minsvyaz.ru).

Просим внести соответствующие изменения.

С уважением,
Отдел многостороннего сотрудничества
""",
    delegates=[D("Смирнова Ольга Викторовна", title="советник Департамента международного сотрудничества",
                 email="o.smirnova@minsvyaz.ru")])

add(key="ru-tkm-1", lang="ru", charset="windows-1251", cte="8bit", kind="decline", state="TKM",
    frm=("Türkmenaragatnaşyk", "info@telecom.tm"), mstyle="generic", hcharset="utf-8",
    subject="Ответ на циркулярное письмо CI-19/35",
    date="2019-08-09 10:14:30", off="+0500", delay=210,
    body="""Уважаемые господа,

Благодарим за приглашение. К сожалению, туркменская сторона не сможет принять участие в
консультационной сессии в Будапеште.

С уважением,
Агентство «Туркменсвязь»
""")

add(key="ru-unrel-1", lang="ru", charset="utf-8", cte="base64", struct="alt", kind="unrelated", state=None,
    frm=("Деловой клуб «ТелекомЭксперт»", "news@telecomexpert-club.ru"), mstyle="generic",
    headers=["List-Unsubscribe: <https://telecomexpert-club.ru/unsub?u=8812>", "Precedence: bulk"],
    subject="Рассылка №31: Будапешт, ITU Telecom World и номинации премии «Цифровой прорыв»",
    date="2019-08-01 10:00:00", off="+0300", delay=180,
    body="""Уважаемые коллеги!

В выпуске:
• Деловая поездка на ITU Telecom World 2019 (Будапешт, 9–12 сентября): групповой тур от 89 000 руб.
• Открыт приём заявок в номинации премии «Цифровой прорыв – 2019» – до 16 августа.
• Вебинар «МСП и 5G: новые возможности» – 22 августа.

Чтобы отписаться от рассылки, перейдите по ссылке в конце письма.
""")

add(key="ru-auto-1", lang="ru", charset="koi8-r", cte="8bit", kind="auto_reply", state=None,
    frm=("Алия Нурланова", "a.nurlanova@mdai.gov.kz"), mstyle="outlook",
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    subject="Автоматический ответ: ITU Circular CI-19/35",
    date="2019-07-23 20:06:20", off="+0600", delay=12,
    body="""Здравствуйте!

Я в отпуске до 12.08.2019. По срочным вопросам обращайтесь к Маратову Е.К., e.maratov@mdai.gov.kz.

С уважением,
Алия Нурланова
""")

# ================================================================ CHINESE
add(key="zh-chn-0", lang="zh", charset="utf-8", cte="base64", kind="inquiry", state="CHN",
    frm=("刘晓燕", "liuxiaoyan@miit.gov.cn"), mstyle="generic", xmailer="Foxmail 7.2.13.365[cn]",
    subject="咨询：CI-19/35号通函相关问题",
    date="2019-07-30 16:40:21", off="+0800", delay=33,
    body="""Christopher Clark先生：

您好！关于CI-19/35号通函，我们想了解以下两点：
1. 9月10日布达佩斯的磋商会是否与世界电信展的部长级圆桌会议时间冲突？
2. 参会人员是否需要另行在世界电信展网站注册？

谢谢！

刘晓燕
工业和信息化部国际合作司
""")

add(key="zh-chn-1", lang="zh", charset="gb2312", cte="base64", kind="nomination", state="CHN",
    frm=("工业和信息化部国际合作司", "gjs@miit.gov.cn"), mstyle="generic", xmailer="Foxmail 7.2.13.365[cn]",
    subject="关于参加国际电联中小企业磋商会的复函",
    date="2019-08-12 10:30:45", off="+0800", delay=42,
    body="""国际电联秘书处：

来函（CI-19/35）收悉。中方愿参加"扶持技术和创新型中小企业"系列磋商会。

经研究，我部推荐中小企业局王建国处长（WANG Jianguo）参加9月10日在布达佩斯举行的首次磋商会。
联系方式：wangjianguo@miit.gov.cn，电话：+86 10 6820 5555。

特此函复。

工业和信息化部国际合作司
2019年8月12日
""",
    delegates=[D("王建国", aliases=["WANG Jianguo"], title="中小企业局处长", email="wangjianguo@miit.gov.cn")])

add(key="zh-chn-2", lang="zh", charset="gbk", cte="quoted-printable", kind="correction", state="CHN", supersedes="zh-chn-1",
    frm=("工业和信息化部国际合作司", "gjs@miit.gov.cn"), mstyle="generic", xmailer="Foxmail 7.2.13.365[cn]",
    subject="补充：国际电联中小企业磋商会参会人员",
    date="2019-08-19 09:15:33", off="+0800", delay=28,
    body="""国际电联秘书处：

对8月12日复函作如下补充：除王建国处长外，中方增派中国信息通信研究院 赵 颖 高级工程师（ZHAO Ying，
zhaoying@caict.ac.cn）一同参加布达佩斯磋商会。

参会人员名单更新如下：
1. 王建国  工业和信息化部中小企业局处长
2. 赵颖    中国信息通信研究院高级工程师

顺致敬意！
工业和信息化部国际合作司
""",
    delegates=[D("王建国", title="工业和信息化部中小企业局处长"),
               D("赵颖", aliases=["ZHAO Ying", "赵 颖"], title="中国信息通信研究院高级工程师", email="zhaoying@caict.ac.cn")])

add(key="zh-unrel-1", lang="zh", charset="big5", cte="base64", struct="alt", kind="unrelated", state=None,
    frm=("亞洲展覽服務有限公司", "sales@asia-expo-services.com.hk"), mstyle="generic",
    headers=["Precedence: bulk"],
    subject="【優惠】2019國際電聯世界電信展（布達佩斯）展位搭建及機票酒店套餐",
    date="2019-07-25 11:00:00", off="+0800", delay=300,
    body="""尊敬的客戶：

2019國際電聯世界電信展將於9月9日至12日在匈牙利布達佩斯舉行。本公司提供：
- 展位設計及搭建
- 香港／北京／上海直飛布達佩斯機票及酒店套餐
- 當地翻譯及商務接待

8月16日前預訂可享九折優惠。

亞洲展覽服務有限公司
電話：+852 2555 0123
如不欲再收到此類郵件，請回覆"取消訂閱"。
""")

add(key="zh-auto-1", lang="zh", charset="utf-8", cte="base64", kind="auto_reply", state=None,
    frm=("陈明", "chenming@chinamobile.com"), mstyle="generic",
    headers=["Auto-Submitted: auto-replied"],
    subject="自动回复: ITU Circular CI-19/35",
    date="2019-07-23 22:06:15", off="+0800", delay=9,
    body="""您好，我正在休假，8月5日返回办公室，期间邮件回复可能延迟。紧急事务请联系 010-5268 6688。

Hello, I am on leave until 5 August. Thank you.
""")

add(key="zh-bounce-1", lang="zh", charset="utf-8", cte="base64", struct="report", kind="bounce", state=None,
    frm=("Postmaster", "postmaster@mail.cnii.com.cn"), return_path="", msgid="<5D4A7F31.0E2B.postmaster@mail.cnii.com.cn>",
    headers=["Auto-Submitted: auto-replied"],
    subject="系统退信",
    date="2019-08-07 15:20:17", off="+0800", delay=14,
    body="""您好，您发送的邮件未能成功投递给以下收件人：

  huangwei@cnii.com.cn

退信原因：收件人邮箱已满（552 Mailbox quota exceeded）。
请稍后重试，或通过其他方式联系收件人。

此邮件由系统自动发出，请勿回复。
""",
    dsn="""Reporting-MTA: dns; mail.cnii.com.cn
Arrival-Date: Wed, 7 Aug 2019 15:20:15 +0800

Final-Recipient: rfc822; huangwei@cnii.com.cn
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded
""",
    orig_headers="""From: ITU SME <sme@itu.int>
To: huangwei@cnii.com.cn
Subject: Acknowledgement of your reply to ITU Circular CI-19/35
Date: Wed, 7 Aug 2019 09:20:05 +0200
Message-ID: <ack-CI-19-35-0061@itu.int>""")

# ================================================================ OTHER LANGUAGES (1)
add(key="pt-bra-1", lang="pt", charset="iso-8859-1", cte="quoted-printable", kind="nomination", state="BRA",
    frm=("Assessoria Internacional Anatel", "ari@anatel.gov.br"), mstyle="outlook", henc="Q",
    subject="Indicação do Brasil - Sessão de consulta PMEs (CI-19/35)",
    date="2019-08-16 18:59:52", off="-0300", delay=15,
    body="""Prezado Senhor Clark,

Em resposta à Carta Circular CI-19/35, informamos que o Brasil tem interesse em participar da sessão
de consulta de 10 de setembro de 2019, em Budapeste. Indicamos para a sessão o Sr. Rodrigo Alves de
Carvalho, Superintendente Adjunto de Planejamento e Regulamentação da Anatel
(rodrigo.carvalho@anatel.gov.br).

Atenciosamente,

Assessoria Internacional - ARI
Agência Nacional de Telecomunicações - Anatel
Brasília - DF
""",
    delegates=[D("Rodrigo Alves de Carvalho", title="Superintendente Adjunto de Planejamento e Regulamentação da Anatel",
                 email="rodrigo.carvalho@anatel.gov.br")])

add(key="pt-ago-1", lang="pt", charset="utf-8", cte="quoted-printable", struct="alt", kind="nomination", state="AGO",
    frm=("Gabinete de Intercâmbio - MINTTICS", "gic@minttics.gov.ao"), mstyle="outlook", hlang="PT",
    subject="Sessões de Consulta da UIT - PME de tecnologia e inovação",
    date="2019-08-14 15:33:27", off="+0100", delay=71,
    body="""Exmo. Senhor,

Acusamos a recepção da Carta Circular CI-19/35 e informamos que a República de Angola irá fazer-se
representar na primeira sessão, em Budapeste, pelos seguintes técnicos do Ministério das
Telecomunicações, Tecnologias de Informação e Comunicação Social:

  • Eng.º António Manuel Kiala, Director Nacional das Tecnologias de Informação – a.kiala@minttics.gov.ao
  • Dra. Esperança da Conceição Neto, Técnica Superior do Gabinete de Intercâmbio – e.neto@minttics.gov.ao

Sem outro assunto de momento, apresentamos os nossos melhores cumprimentos.

Gabinete de Intercâmbio e Cooperação
Luanda
""",
    delegates=[D("António Manuel Kiala", title="Director Nacional das Tecnologias de Informação", email="a.kiala@minttics.gov.ao"),
               D("Esperança da Conceição Neto", title="Técnica Superior do Gabinete de Intercâmbio", email="e.neto@minttics.gov.ao")])

add(key="pt-prt-1", lang="pt", charset="windows-1252", cte="quoted-printable", kind="interest_only", state="PRT",
    frm=("Inês Carvalho Matos", "ines.matos@anacom.pt"), mstyle="exchange", henc="Q", reply=True,
    subject="RE: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-07 10:25:19", off="+0100", delay=17,
    body="""Caro Christopher,

Portugal está interessado em participar na sessão de Budapeste; o nome do participante ser-lhe-á
enviado logo que o processo interno esteja concluído. Eventualmente poderemos também participar na
sessão do Fórum WSIS, mas isso ainda não está decidido.

Com os melhores cumprimentos,
Inês Matos
Direção de Assuntos Internacionais – ANACOM
""" + q_outlook(CIRC_EN))

add(key="de-deu-1", lang="de", charset="utf-8", cte="quoted-printable", struct="alt", kind="nomination", state="DEU",
    frm=("Weber, Katrin - VIB3", "katrin.weber@bmwi.bund.de"), mstyle="exchange", reply=True, hlang="DE",
    subject="AW: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-12 14:02:19", off="+0200", delay=8,
    body="""Sehr geehrter Herr Clark,

vielen Dank für die Einladung. Deutschland nimmt gerne an der ersten Konsultationssitzung am
10. September in Budapest teil. Als Teilnehmer benennen wir Herrn Dr. Thomas Müller-Lindner,
Referatsleiter „Digitale Wirtschaft, Start-ups“ im BMWi (thomas.mueller-lindner@bmwi.bund.de).

Mit freundlichen Grüßen
Im Auftrag

Katrin Weber
Referat VIB3 – Internationale Digitalpolitik
Bundesministerium für Wirtschaft und Energie
Villemombler Straße 76, 53123 Bonn
""" + q_outlook(CIRC_EN),
    delegates=[D("Thomas Müller-Lindner", title="Referatsleiter „Digitale Wirtschaft, Start-ups“ im BMWi",
                 email="thomas.mueller-lindner@bmwi.bund.de")])

add(key="de-unrel-1", lang="de", charset="iso-8859-1", cte="quoted-printable", kind="unrelated", state=None,
    frm=("Netzwerk Mittelstand Digital e.V.", "newsletter@mittelstand-digital-netzwerk.de"), mstyle="generic", henc="Q",
    headers=["List-Unsubscribe: <mailto:abmelden@mittelstand-digital-netzwerk.de>", "Precedence: list"],
    subject="Newsletter August: Delegationsreise nach Budapest, Nominierungen für den KMU-Innovationspreis",
    date="2019-08-02 07:30:00", off="+0200", delay=240,
    body="""Liebe Mitglieder,

die Themen dieses Monats:

* Delegationsreise zur ITU Telecom World 2019 nach Budapest (9.-12. September) - noch 4 Plätze frei
* Nominierungen für den KMU-Innovationspreis 2019 sind bis 30. August möglich
* Rückblick: Sommerfest in Köln

Viele Grüße
Ihr Team vom Netzwerk Mittelstand Digital

Abmelden: abmelden@mittelstand-digital-netzwerk.de
""")

add(key="de-bounce-1", lang="de", charset="utf-8", cte="quoted-printable", struct="report", kind="bounce", state=None,
    frm=("Microsoft Outlook", "postmaster@rtr.at"), return_path="", msgid="<d0e1f2a3-9b8c-4d7e-a6f5-0a1b2c3d4e5f@EXCH02.rtr.at>",
    headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
    subject="Unzustellbar: Acknowledgement of your reply to ITU Circular CI-19/35",
    date="2019-08-09 11:41:02", off="+0200", delay=6,
    body="""Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

franz.huber@rtr.at
Das Postfach des Empfängers existiert nicht. Wenden Sie sich an den Empfänger, und teilen Sie
ihm/ihr mit, dass Sie Probleme beim Senden einer Nachricht haben.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH02.rtr.at
franz.huber@rtr.at
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    dsn="""Reporting-MTA: dns;EXCH02.rtr.at
Received-From-MTA: dns;mx2.itu.int
Arrival-Date: Fri, 9 Aug 2019 09:40:58 +0000

Final-Recipient: rfc822;franz.huber@rtr.at
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
    orig_headers="""From: ITU SME <sme@itu.int>
To: franz.huber@rtr.at
Subject: Acknowledgement of your reply to ITU Circular CI-19/35
Date: Fri, 9 Aug 2019 11:40:51 +0200
Message-ID: <ack-CI-19-35-0077@itu.int>""")

add(key="it-ita-1", lang="it", charset="iso-8859-15", cte="quoted-printable", kind="nomination", state="ITA",
    frm=("Segreteria Affari Internazionali MISE", "affari.internazionali@mise.gov.it"), mstyle="generic", henc="Q",
    subject="Lettera circolare UIT CI-19/35 - designazione",
    date="2019-08-05 12:18:44", off="+0200", delay=39,
    body="""Gentile dott. Clark,

con riferimento alla Lettera circolare CI-19/35, si comunica che l'Italia intende partecipare alla
sessione di consultazione che si terrà a Budapest il 10 settembre 2019. A tal fine è stato designato
il dott. Marco Bianchi, dirigente della Divisione III - Politiche per le PMI innovative
(marco.bianchi@mise.gov.it).

Cordiali saluti,

Segreteria Affari Internazionali
Ministero dello Sviluppo Economico
Via Molise 2, Roma
""",
    delegates=[D("Marco Bianchi", title="dirigente della Divisione III - Politiche per le PMI innovative",
                 email="marco.bianchi@mise.gov.it")])

add(key="it-bounce-1", lang="it", charset="iso-8859-1", cte="8bit", struct="report", kind="bounce", state=None,
    frm=("Mail Delivery Subsystem", "MAILER-DAEMON@smtp.agcom.it"), return_path="", msgid="<201908130912.x7D9CkQa021544@smtp.agcom.it>",
    headers=["Auto-Submitted: auto-generated (failure)"],
    subject="Messaggio non recapitato: Reminder: ITU Circular CI-19/35",
    date="2019-08-13 11:12:49", off="+0200", delay=4,
    body="""Il messaggio non è stato recapitato ai seguenti destinatari.

   ----- Destinatari non raggiungibili -----
<l.romano@agcom.it>
    (utente sconosciuto / casella disattivata)

Questo è un messaggio generato automaticamente, si prega di non rispondere.
""",
    dsn="""Reporting-MTA: dns; smtp.agcom.it
Arrival-Date: Tue, 13 Aug 2019 11:12:45 +0200

Final-Recipient: RFC822; l.romano@agcom.it
Action: failed
Status: 5.1.1
Diagnostic-Code: SMTP; 550 5.1.1 <l.romano@agcom.it>... User unknown
""",
    orig_headers="""From: ITU SME <sme@itu.int>
To: l.romano@agcom.it
Subject: Reminder: ITU Circular CI-19/35 - deadline 16 August 2019
Date: Tue, 13 Aug 2019 11:12:31 +0200
Message-ID: <reminder-CI-19-35-0112@itu.int>""")

add(key="tr-tur-1", lang="tr", charset="iso-8859-9", cte="quoted-printable", kind="nomination", state="TUR",
    frm=("BTK Dış İlişkiler Dairesi", "disiliskiler@btk.gov.tr"), mstyle="exchange", henc="Q",
    subject="ITU CI-19/35 sayılı genelge hk.",
    date="2019-08-09 16:47:03", off="+0300", delay=23,
    body="""Sayın Clark,

CI-19/35 sayılı genelgenize istinaden, 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek istişare
oturumuna Kurumumuzu temsilen Bilgi Teknolojileri ve İletişim Uzmanı Ayşe Nur Demir'in
(aysenur.demir@btk.gov.tr) katılacağını bilgilerinize sunarız.

Saygılarımızla,

Dış İlişkiler ve Uluslararası Kuruluşlar Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu (BTK)
""",
    delegates=[D("Ayşe Nur Demir", aliases=["Ayşe Nur Demir'in"], title="Bilgi Teknolojileri ve İletişim Uzmanı",
                 email="aysenur.demir@btk.gov.tr")])

add(key="tr-tur-2", lang="tr", charset="iso-8859-9", cte="quoted-printable", kind="correction", state="TUR", supersedes="tr-tur-1",
    frm=("BTK Dış İlişkiler Dairesi", "disiliskiler@btk.gov.tr"), mstyle="exchange", henc="Q",
    subject="YNT: ITU CI-19/35 sayılı genelge hk. - ek katılımcı",
    date="2019-08-14 09:31:40", off="+0300", delay=20,
    body="""Sayın Clark,

9 Ağustos tarihli e-postamıza ek olarak, Budapeşte oturumuna Sn. Ayşe Nur Demir'e ilaveten Sanayi ve
Teknoloji Bakanlığından Sn. Mehmet Can Öztürk (Daire Başkanı, mehmetcan.ozturk@sanayi.gov.tr) de
katılacaktır.

Güncel katılımcı listesi:
1. Ayşe Nur Demir - BTK
2. Mehmet Can Öztürk - Sanayi ve Teknoloji Bakanlığı

Saygılarımızla,
BTK Dış İlişkiler
""",
    delegates=[D("Ayşe Nur Demir", aliases=["Ayşe Nur Demir'e"]),
               D("Mehmet Can Öztürk", title="Daire Başkanı", email="mehmetcan.ozturk@sanayi.gov.tr")])

add(key="fa-irn-1", lang="fa", charset="utf-8", cte="base64", kind="nomination", state="IRN",
    frm=("دفتر همکاری‌های بین‌المللی", "intl@ict.gov.ir"), hcharset="utf-8", mstyle="generic",
    subject="معرفی نماینده برای جلسه مشورتی اتحادیه بین‌المللی مخابرات",
    date="2019-08-10 11:35:20", off="+0430", delay=85,
    body="""جناب آقای کلارک

با سلام و احترام،

عطف به نامه شماره CI-19/35 مورخ 23 ژوئیه 2019، بدین‌وسیله آقای دکتر علیرضا محمدی (Dr. Alireza Mohammadi)،
مدیرکل دفتر توسعه کسب‌وکارهای نوپای فناوری، به عنوان نماینده جمهوری اسلامی ایران در جلسه مشورتی بوداپست
(10 سپتامبر 2019) معرفی می‌گردد.
پست الکترونیک: a.mohammadi@ict.gov.ir

با تشکر،
دفتر همکاری‌های بین‌المللی
وزارت ارتباطات و فناوری اطلاعات
""",
    delegates=[D("علیرضا محمدی", aliases=["Alireza Mohammadi"], title="مدیرکل دفتر توسعه کسب‌وکارهای نوپای فناوری",
                 email="a.mohammadi@ict.gov.ir")])

add(key="fa-afg-1", lang="fa", charset="utf-8", cte="base64", kind="interest_only", state="AFG",
    frm=("Ahmad Shah Rahimi", "a.rahimi@mcit.gov.af"), mstyle="gmail",
    subject="ابراز علاقه افغانستان - CI-19/35",
    date="2019-08-17 10:12:00", off="+0430", delay=45,
    body="""محترم کریستوفر کلارک صاحب،

با عرض سلام، وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان علاقه‌مندی خود را به اشتراک در
جلسات مشورتی بوداپست ابراز می‌دارد. نام اشتراک‌کننده بعداً خدمت شما ارسال خواهد شد.
معذرت می‌خواهیم از تأخیر.

با احترام،
احمدشاه رحیمی
ریاست روابط بین‌المللی
""")

add(key="id-unrel-1", lang="id", charset="us-ascii", cte="7bit", struct="alt", kind="unrelated", state=None,
    frm=("Startup Nusantara Summit", "halo@startupnusantara.id"), mstyle="generic",
    headers=["Precedence: bulk"],
    subject="Undangan: Startup Nusantara Goes to Budapest - pendaftaran delegasi startup",
    date="2019-07-30 09:00:00", off="+0700", delay=400,
    body="""Halo Sahabat Startup!

Kami membuka pendaftaran delegasi startup Indonesia untuk pameran ITU Telecom World 2019 di Budapest,
Hungaria (9-12 September 2019). Startup terpilih akan dinominasikan untuk sesi pitching di paviliun
Indonesia.

Daftar sebelum 16 Agustus 2019 di situs kami.

Salam inovasi,
Tim Startup Nusantara Summit
Jakarta
""")

add(key="sw-tza-1", lang="sw", charset="us-ascii", cte="7bit", kind="nomination", state="TZA",
    frm=("Wizara ya Ujenzi, Uchukuzi na Mawasiliano", "ps@mawasiliano.go.tz"), mstyle="zimbra",
    subject="Uteuzi wa mshiriki - Kikao cha mashauriano cha ITU (Budapest)",
    date="2019-08-13 14:50:12", off="+0300", delay=34,
    body="""Ndugu Christopher Clark,

Kuhusu barua ya mzunguko CI-19/35 ya tarehe 23 Julai 2019, Wizara ya Ujenzi, Uchukuzi na
Mawasiliano ya Jamhuri ya Muungano wa Tanzania ina furaha kukujulisha kuwa imemteua Bi. Neema
Joseph Mwakyusa, Afisa Mkuu wa TEHAMA, kushiriki katika kikao cha kwanza cha mashauriano
kitakachofanyika Budapest tarehe 10 Septemba 2019.

Barua pepe yake ni neema.mwakyusa@mawasiliano.go.tz

Wako katika ujenzi wa Taifa,

Idara ya Mawasiliano
Dodoma
""",
    delegates=[D("Neema Joseph Mwakyusa", title="Afisa Mkuu wa TEHAMA", email="neema.mwakyusa@mawasiliano.go.tz")])

add(key="ja-jpn-1", lang="ja", charset="iso-2022-jp", cte="7bit", kind="nomination", state="JPN",
    frm=("総務省 国際経済課", "kokusai-keizai@soumu.go.jp"), mstyle="generic",
    subject="【回答】ITU回章CI-19/35 中小企業に関する協議セッションへの参加について",
    date="2019-08-17 06:40:05", off="+0900", delay=26,
    body="""ITU事務局
Christopher Clark様

いつもお世話になっております。
総務省国際戦略局国際経済課です。

回章CI-19/35につきまして、日本として9月10日のブダペストでの第1回協議セッションに参加を希望いたします。
参加者は下記のとおりです。

　氏名：山田 太郎（やまだ たろう／Taro YAMADA）
　所属・役職：総務省国際戦略局 国際経済課 課長補佐
　メール：t-yamada@soumu.go.jp

ご回答が遅くなり申し訳ございません。
よろしくお願いいたします。

総務省 国際戦略局 国際経済課
""",
    delegates=[D("山田太郎", aliases=["山田 太郎", "Taro YAMADA", "やまだ たろう"],
                 title="総務省国際戦略局 国際経済課 課長補佐", email="t-yamada@soumu.go.jp")])

add(key="ja-unrel-1", lang="ja", charset="shift_jis", cte="base64", kind="unrelated", state=None,
    frm=("ワールドビジネストラベル", "info@wbtravel.co.jp"), hcharset="iso-2022-jp", mstyle="generic",
    headers=["Precedence: bulk"],
    subject="【ご案内】ITU Telecom World 2019（ブダペスト）視察ツアーのご案内",
    date="2019-07-26 10:00:00", off="+0900", delay=500,
    body="""お客様各位

いつも格別のお引き立てを賜り、誠にありがとうございます。
9月9日〜12日にハンガリー・ブダペストで開催されるITU Telecom World 2019の視察ツアーを企画いたしました。

・日程：9月8日（日）成田発〜9月13日（金）成田着
・旅行代金：お一人様 398,000円〜
・お申込締切：8月16日（金）

お問い合わせは弊社法人営業部までお願いいたします。
株式会社ワールドビジネストラベル
""")

add(key="ko-kor-1", lang="ko", charset="euc-kr", cte="base64", kind="nomination", state="KOR",
    frm=("김민준", "mjkim@msit.go.kr"), mstyle="generic",
    subject="[과기정통부] ITU 회람 CI-19/35 관련 참가자 통보",
    date="2019-08-14 17:22:48", off="+0900", delay=29,
    body="""Christopher Clark 님께,

안녕하십니까. 과학기술정보통신부 국제협력담당관실입니다.

ITU 회람 CI-19/35와 관련하여, 대한민국은 9월 10일 부다페스트에서 개최되는 제1차 협의 세션에
참가하고자 합니다. 참가자 정보는 아래와 같습니다.

- 성명: 김민준 (KIM Min-jun)
- 직위: 과학기술정보통신부 국제협력담당관실 사무관
- 이메일: mjkim@msit.go.kr

감사합니다.

김민준 드림
""",
    delegates=[D("김민준", aliases=["KIM Min-jun"], title="과학기술정보통신부 국제협력담당관실 사무관",
                 email="mjkim@msit.go.kr")])

add(key="ko-kor-2", lang="ko", charset="ks_c_5601-1987", cte="base64", struct="alt", kind="correction", state="KOR", supersedes="ko-kor-1",
    frm=("김민준", "mjkim@msit.go.kr"), mstyle="outlook", hcharset="utf-8", hlang="KO",
    subject="RE: [과기정통부] ITU 회람 CI-19/35 관련 참가자 통보 (변경)",
    date="2019-09-02 10:05:11", off="+0900", delay=18,
    body="""Clark 님께,

내부 일정 변경으로 인해 저희 부 김민준 사무관은 부다페스트 세션에는 참석하지 못하게 되었습니다.
대신 2020년 WSIS 포럼 기간 중 열리는 세션에 참석하고자 하오니 참가 세션을 변경하여 주시기 바랍니다.

양해 부탁드립니다.

김민준 드림
""",
    delegates=[D("김민준", aliases=["KIM Min-jun"], title="사무관", email="mjkim@msit.go.kr")],
    sessions=["wsis-2020"])

add(key="uk-ukr-0", lang="uk", charset="utf-8", cte="quoted-printable", kind="inquiry", state="UKR",
    frm=("Ірина Мельник", "i.melnyk@nkrzi.gov.ua"), mstyle="gmail",
    subject="Запит щодо циркулярного листа CI-19/35",
    date="2019-07-29 13:18:50", off="+0300", delay=20,
    body="""Шановний пане Кларк!

Просимо уточнити, чи може від України брати участь у сесії в Будапешті представник регуляторного
органу (НКРЗІ), а не міністерства, і чи обмежено кількість учасників від однієї держави.

З повагою,
Ірина Мельник
Відділ міжнародного співробітництва НКРЗІ
""")

add(key="uk-ukr-1", lang="uk", charset="windows-1251", cte="quoted-printable", kind="nomination", state="UKR",
    frm=("Ірина Мельник", "i.melnyk@nkrzi.gov.ua"), mstyle="gmail",
    subject="Участь України у консультаційній сесії МСЕ (Будапешт)",
    date="2019-08-08 10:40:02", off="+0300", delay=18,
    body="""Шановний пане Кларк!

Дякуємо за роз'яснення. Національна комісія, що здійснює державне регулювання у сфері зв'язку та
інформатизації, делегує на консультаційну сесію 10 вересня 2019 р. у Будапешті Олександра Петренка,
заступника директора Департаменту розвитку ринку (o.petrenko@nkrzi.gov.ua).

З повагою,
Ірина Мельник
""",
    delegates=[D("Олександр Петренко", aliases=["Олександра Петренка"], title="заступник директора Департаменту розвитку ринку",
                 email="o.petrenko@nkrzi.gov.ua")])

# ================================================================ OTHER LANGUAGES (2)
add(key="pl-pol-1", lang="pl", charset="iso-8859-2", cte="quoted-printable", kind="nomination", state="POL",
    frm=("Departament Współpracy Międzynarodowej", "dwm@cyfra.gov.pl"), mstyle="outlook", henc="Q",
    subject="Odp.: Pismo okólne ITU CI-19/35 - zgłoszenie uczestnika",
    date="2019-08-12 15:55:31", off="+0200", delay=27,
    body="""Szanowny Panie,

w odpowiedzi na pismo okólne CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji zgłasza do
udziału w sesji konsultacyjnej w Budapeszcie (10 września 2019 r.) Pana Tomasza Nowaka, naczelnika
Wydziału Innowacji i Start-upów (tomasz.nowak@cyfra.gov.pl).

Z wyrazami szacunku

Magdalena Wiśniewska
Główny specjalista
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
""",
    delegates=[D("Tomasz Nowak", aliases=["Tomasza Nowaka"], title="naczelnik Wydziału Innowacji i Start-upów",
                 email="tomasz.nowak@cyfra.gov.pl")])

add(key="cs-cze-1", lang="cs", charset="windows-1250", cte="quoted-printable", kind="decline", state="CZE",
    frm=("Jana Dvořáková", "dvorakova@mpo.cz"), mstyle="exchange", reply=True, henc="Q",
    subject="RE: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-06 09:44:51", off="+0200", delay=15,
    body="""Vážený pane Clarku,

děkujeme za pozvání. Česká republika se bohužel první konzultace v Budapešti nezúčastní, neboť v
uvedeném termínu nemáme k dispozici vhodného zástupce.

S pozdravem

Ing. Jana Dvořáková
odbor digitální ekonomiky
Ministerstvo průmyslu a obchodu
""" + q_outlook(CIRC_EN))

add(key="hu-hun-1", lang="hu", charset="iso-8859-2", cte="quoted-printable", kind="nomination", state="HUN",
    frm=("Dr. Szabó Eszter", "szabo.eszter@itm.gov.hu"), mstyle="outlook", henc="Q",
    subject="Válasz: CI-19/35 körlevél - magyar résztvevő",
    date="2019-08-16 23:59:30", off="+0200", delay=28,
    body="""Tisztelt Clark Úr!

A CI-19/35 számú körlevélre hivatkozva tájékoztatom, hogy Magyarország - a Budapesten megrendezésre
kerülő ITU Telecom World 2019 házigazdájaként - örömmel vesz részt a szeptember 10-i konzultációs
ülésen. Az Innovációs és Technológiai Minisztérium dr. Kovács Pétert (Péter Kovács), a Digitális
Gazdaságért Felelős Főosztály vezetőjét delegálja (kovacs.peter@itm.gov.hu).

Üdvözlettel:

dr. Szabó Eszter
nemzetközi referens
Innovációs és Technológiai Minisztérium
""",
    delegates=[D("Kovács Péter", aliases=["Kovács Pétert", "Péter Kovács"],
                 title="a Digitális Gazdaságért Felelős Főosztály vezetője", email="kovacs.peter@itm.gov.hu")])

add(key="hu-unrel-1", lang="hu", charset="utf-8", cte="quoted-printable", struct="html", kind="unrelated", state=None,
    frm=("Duna Panoráma Étterem", "rendezveny@dunapanorama.hu"), mstyle="generic", hlang="HU",
    subject="Céges vacsora a Telecom World idején – különtermek Budapest szívében",
    date="2019-08-05 10:30:00", off="+0200", delay=90,
    body="""Tisztelt Partnerünk!

Az ITU Telecom World 2019 budapesti napjaira (szeptember 9–12.) különtermeinket 20–120 fős
delegációk számára ajánljuk, dunai panorámával, magyar és nemzetközi menüvel.

Foglalás: rendezveny@dunapanorama.hu | +36 1 555 0177

Üdvözlettel:
Duna Panoráma Étterem rendezvényiroda
""")

add(key="ro-rou-1", lang="ro", charset="utf-8", cte="quoted-printable", struct="alt", kind="nomination", state="ROU",
    frm=("Ioana-Maria Popescu", "ioana.popescu@ancom.ro"), mstyle="outlook", reply=True, hlang="RO",
    subject="RE: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-13 12:10:44", off="+0300", delay=21,
    body="""Stimate domnule Clark,

Vă mulțumim pentru invitație. România își exprimă interesul de a participa la sesiunea de consultare
din 10 septembrie de la Budapesta, precum și la cea organizată în marja reuniunilor grupurilor de
lucru ale Consiliului din 2020. Voi participa personal la ambele sesiuni.

Cu stimă,

Ioana-Maria Popescu
Expert, Direcția Relații Internaționale
ANCOM – Autoritatea Națională pentru Administrare și Reglementare în Comunicații
""" + q_outlook(CIRC_EN),
    delegates=[D("Ioana-Maria Popescu", title="Expert, Direcția Relații Internaționale", email="ioana.popescu@ancom.ro")],
    sessions=["budapest-2019", "cwg-2020"])

add(key="nl-nld-1", lang="nl", charset="iso-8859-1", cte="quoted-printable", kind="interest_only", state="NLD",
    frm=("Jansen, P.A. (Pieter) - DGBI", "p.a.jansen@minezk.nl"), mstyle="exchange", henc="Q",
    subject="Reactie Nederland op circulaire CI-19/35",
    date="2019-08-15 16:22:09", off="+0200", delay=12,
    body="""Geachte heer Clark,

Nederland is geïnteresseerd in de consultatiesessie in Boedapest op 10 september. Wie er namens
ons ministerie naartoe gaat, laten wij u uiterlijk eind augustus weten. Of wij ook aan de sessies in
2020 deelnemen, hangt af van de uitkomst van Boedapest.

Met vriendelijke groet,

Pieter Jansen
Beleidsmedewerker Internationale Telecommunicatie
Ministerie van Economische Zaken en Klimaat
""")

add(key="el-grc-1", lang="el", charset="iso-8859-7", cte="quoted-printable", kind="nomination", state="GRC",
    frm=("Γενική Γραμματεία Τηλεπικοινωνιών", "intl@mindigital.gr"), mstyle="generic",
    subject="Ορισμός εκπροσώπου - Εγκύκλιος ITU CI-19/35",
    date="2019-08-09 13:27:38", off="+0300", delay=40,
    body="""Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, σας γνωρίζουμε ότι η Ελλάδα ορίζει τον κ. Γεώργιο Παπαδόπουλο
(Georgios Papadopoulos), Προϊστάμενο Διεύθυνσης Ψηφιακής Καινοτομίας, ως εκπρόσωπό της στη
συνεδρία διαβούλευσης της Βουδαπέστης (10 Σεπτεμβρίου 2019).
Ηλ. ταχυδρομείο: g.papadopoulos@mindigital.gr

Με εκτίμηση,
Τμήμα Διεθνών Σχέσεων
Υπουργείο Ψηφιακής Διακυβέρνησης
""",
    delegates=[D("Γεώργιος Παπαδόπουλος", aliases=["Γεώργιο Παπαδόπουλο", "Georgios Papadopoulos"],
                 title="Προϊστάμενος Διεύθυνσης Ψηφιακής Καινοτομίας", email="g.papadopoulos@mindigital.gr")])

add(key="he-isr-1", lang="he", charset="windows-1255", cte="base64", kind="nomination", state="ISR",
    frm=("Noa Ben-David", "noab@moc.gov.il"), mstyle="outlook",
    subject="מינוי נציג - מושב ההתייעצות של ITU בבודפשט",
    date="2019-08-11 10:31:15", off="+0300", delay=24,
    body="""לכבוד מר כריסטופר קלארק,

בהמשך למכתב החוזר CI-19/35, משרד התקשורת מודיע כי ישראל מעוניינת להשתתף במושב ההתייעצות הראשון
בבודפשט. נציגנו יהיה מר יוסי לוי (Yossi Levi), ראש אגף כלכלה ורגולציה, yossil@moc.gov.il.

בברכה,
נועה בן-דוד
האגף לקשרים בינלאומיים, משרד התקשורת
""",
    delegates=[D("יוסי לוי", aliases=["Yossi Levi"], title="ראש אגף כלכלה ורגולציה", email="yossil@moc.gov.il")])

add(key="hi-ind-1", lang="hi", charset="utf-8", cte="base64", kind="inquiry", state="IND",
    frm=("Suresh Yadav", "suresh.yadav@msme.gov.in"), mstyle="gmail",
    subject="परिपत्र CI-19/35 के संबंध में जानकारी",
    date="2019-08-01 12:45:30", off="+0530", delay=38,
    body="""महोदय,

सूक्ष्म, लघु एवं मध्यम उद्यम मंत्रालय यह जानना चाहता है कि क्या दूरसंचार विभाग के अतिरिक्त हमारा मंत्रालय भी
बुडापेस्ट सत्र के लिए अलग से प्रतिभागी नामित कर सकता है, या प्रति सदस्य राष्ट्र केवल एक नाम स्वीकार किया जाएगा?

कृपया मार्गदर्शन करें।

सादर,
सुरेश यादव
अवर सचिव, अंतरराष्ट्रीय सहयोग प्रभाग
""")

add(key="bn-bgd-1", lang="bn", charset="utf-8", cte="base64", kind="nomination", state="BGD",
    frm=("Posts and Telecommunications Division", "ic@ptd.gov.bd"), mstyle="generic",
    subject="আইটিইউ পরামর্শ সভায় মনোনয়ন (CI-19/35)",
    date="2019-08-14 16:05:22", off="+0600", delay=55,
    body="""জনাব ক্রিস্টোফার ক্লার্ক,

আইটিইউ সার্কুলার CI-19/35 এর প্রেক্ষিতে জানানো যাচ্ছে যে, বাংলাদেশ সরকারের ডাক ও টেলিযোগাযোগ বিভাগ
১০ সেপ্টেম্বর ২০১৯ তারিখে বুদাপেস্টে অনুষ্ঠিতব্য পরামর্শ সভায় অংশগ্রহণের জন্য জনাব মোঃ আব্দুর রহমান
(Md. Abdur Rahman), যুগ্মসচিব, কে মনোনয়ন প্রদান করেছে।
ই-মেইল: abdur.rahman@ptd.gov.bd

ধন্যবাদান্তে,
আন্তর্জাতিক সহযোগিতা শাখা
ডাক ও টেলিযোগাযোগ বিভাগ
""",
    delegates=[D("মোঃ আব্দুর রহমান", aliases=["Md. Abdur Rahman"], title="যুগ্মসচিব", email="abdur.rahman@ptd.gov.bd")])

add(key="ur-pak-1", lang="ur", charset="utf-8", cte="quoted-printable", kind="nomination", state="PAK",
    frm=("Ministry of IT & Telecom", "ir@moitt.gov.pk"), mstyle="generic",
    subject="آئی ٹی یو مشاورتی اجلاس کے لیے نامزدگی",
    date="2019-08-12 11:30:40", off="+0500", delay=47,
    body="""محترم جناب کرسٹوفر کلارک صاحب،

آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے عرض ہے کہ وزارت انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، حکومت
پاکستان، بوڈاپسٹ میں 10 ستمبر 2019 کو ہونے والے مشاورتی اجلاس کے لیے جناب محمد عمران خان (Muhammad Imran
Khan)، ڈائریکٹر جنرل (آئی ٹی)، کو نامزد کرتی ہے۔
ای میل: imran.khan@moitt.gov.pk

والسلام،
شعبہ بین الاقوامی تعلقات
""",
    delegates=[D("محمد عمران خان", aliases=["Muhammad Imran Khan"], title="ڈائریکٹر جنرل (آئی ٹی)", email="imran.khan@moitt.gov.pk")])

add(key="th-tha-1", lang="th", charset="tis-620", cte="base64", kind="nomination", state="THA",
    frm=("สำนักงาน กสทช.", "inter@nbtc.go.th"), mstyle="generic", hcharset="utf-8",
    subject="แจ้งรายชื่อผู้เข้าร่วมการประชุมหารือ ITU ณ กรุงบูดาเปสต์",
    date="2019-08-15 13:40:07", off="+0700", delay=36,
    body="""เรียน Mr. Christopher Clark

ตามหนังสือเวียน CI-19/35 สำนักงาน กสทช. ขอแจ้งว่าประเทศไทยประสงค์จะเข้าร่วมการประชุมหารือครั้งแรก
ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562 โดยขอเสนอชื่อนายสมชาย ใจดี (Mr. Somchai Jaidee)
ผู้อำนวยการสำนักส่งเสริมการแข่งขัน อีเมล somchai.j@nbtc.go.th

ขอแสดงความนับถือ
สำนักความร่วมมือระหว่างประเทศ
""",
    delegates=[D("สมชาย ใจดี", aliases=["Somchai Jaidee"], title="ผู้อำนวยการสำนักส่งเสริมการแข่งขัน", email="somchai.j@nbtc.go.th")])

add(key="vi-vnm-1", lang="vi", charset="utf-8", cte="quoted-printable", kind="nomination", state="VNM",
    frm=("Vụ Hợp tác quốc tế - Bộ TT&TT", "htqt@mic.gov.vn"), mstyle="generic",
    subject="V/v cử đại diện tham dự phiên tham vấn của ITU tại Budapest",
    date="2019-08-17 04:50:12", off="+0700", delay=30,
    body="""Kính gửi: Ông Christopher Clark,

Liên quan đến Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam xin cử ông Nguyễn Văn Hùng,
Phó Vụ trưởng Vụ Kinh tế số, tham dự phiên tham vấn ngày 10/9/2019 tại Budapest.
Email: nvhung@mic.gov.vn

Trân trọng,
Vụ Hợp tác quốc tế
""",
    delegates=[D("Nguyễn Văn Hùng", title="Phó Vụ trưởng Vụ Kinh tế số", email="nvhung@mic.gov.vn")])

add(key="ms-mys-1", lang="ms", charset="us-ascii", cte="7bit", kind="interest_only", state="MYS",
    frm=("Bahagian Antarabangsa MCMC", "intl@mcmc.gov.my"), mstyle="outlook", reply=True,
    subject="RE: ITU Circular CI-19/35 - Consultation sessions: Fostering tech and innovation SMEs",
    date="2019-08-14 09:05:40", off="+0800", delay=33,
    body="""Tuan/Puan,

Malaysia berminat untuk menyertai sesi konsultasi di Budapest serta sesi semasa mesyuarat Kumpulan
Kerja Majlis pada awal tahun 2020. Nama wakil akan dimaklumkan kemudian.

Sekian, terima kasih.

Bahagian Hubungan Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC)
""" + q_outlook(CIRC_EN),
    sessions=["budapest-2019", "cwg-2020"])

add(key="am-eth-1", lang="am", charset="utf-8", cte="base64", kind="nomination", state="ETH",
    frm=("Dawit Tesfaye", "dawit.tesfaye@mint.gov.et"), mstyle="generic",
    subject="የITU ምክክር ስብሰባ - ተሳታፊ",
    date="2019-08-22 09:15:30", off="+0300", delay=63,
    body="""ለክቡር ክሪስቶፈር ክላርክ

ከCI-19/35 ደብዳቤ ጋር በተያያዘ፣ የኢትዮጵያ ኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቡዳፔስት በሚካሄደው የመጀመሪያ
ምክክር ስብሰባ ላይ እንዲሳተፉ አቶ ዳዊት ተስፋዬ (Dawit Tesfaye)፣ የዲጂታል ኢኮኖሚ ዳይሬክተርን መድቧል።
ዘግይተን በመላካችን ይቅርታ እንጠይቃለን።

ከሰላምታ ጋር
ዳዊት ተስፋዬ
""",
    delegates=[D("ዳዊት ተስፋዬ", aliases=["Dawit Tesfaye"], title="የዲጂታል ኢኮኖሚ ዳይሬክተር", email="dawit.tesfaye@mint.gov.et")])

add(key="ka-geo-1", lang="ka", charset="utf-8", cte="base64", kind="nomination", state="GEO",
    frm=("Nino Kapanadze", "n.kapanadze@gncc.ge"), mstyle="gmail",
    subject="CI-19/35 - საქართველოს წარმომადგენელი",
    date="2019-08-10 15:20:00", off="+0400", delay=25,
    body="""ბატონო კლარკ,

CI-19/35 წერილთან დაკავშირებით გაცნობებთ, რომ ბუდაპეშტის კონსულტაციაზე საქართველოს წარმოადგენს
ბატონი გიორგი ბერიძე (Giorgi Beridze), ინოვაციების დეპარტამენტის უფროსი, g.beridze@gncc.ge.

პატივისცემით,
ნინო კაპანაძე
საერთაშორისო ურთიერთობების სამსახური
""",
    delegates=[D("გიორგი ბერიძე", aliases=["Giorgi Beridze"], title="ინოვაციების დეპარტამენტის უფროსი", email="g.beridze@gncc.ge")])

add(key="hy-arm-1", lang="hy", charset="utf-8", cte="quoted-printable", kind="decline", state="ARM",
    frm=("Armen Hakobyan", "a.hakobyan@mtai.am"), mstyle="generic",
    subject="Պատասխան CI-19/35 շրջաբերականին",
    date="2019-08-08 11:11:11", off="+0400", delay=44,
    body="""Հարգելի պարոն Քլարկ,

Շնորհակալություն հրավերի համար։ Ցավոք, Հայաստանի Հանրապետությունը չի կարող մասնակցել Բուդապեշտում
կայանալիք խորհրդակցությանը։

Հարգանքով՝
Արմեն Հակոբյան
Միջազգային համագործակցության վարչություն
""")

add(key="az-aze-1", lang="az", charset="utf-8", cte="quoted-printable", kind="nomination", state="AZE",
    frm=("Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi", "international@mincom.gov.az"), mstyle="generic",
    subject="BTİ CI-19/35 sirkulyar məktubu ilə bağlı",
    date="2019-08-13 10:28:45", off="+0400", delay=31,
    body="""Hörmətli cənab Klark,

CI-19/35 saylı sirkulyar məktubunuza cavab olaraq bildiririk ki, Azərbaycan Respublikası 10 sentyabr
2019-cu il tarixində Budapeştdə keçiriləcək məsləhətləşmə sessiyasında iştirak etmək niyyətindədir.
Sessiyada Nazirliyin İnnovasiyalar şöbəsinin müdiri Rəşad Əliyevin (r.aliyev@mincom.gov.az)
iştirakı nəzərdə tutulur.

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
""",
    delegates=[D("Rəşad Əliyev", aliases=["Rəşad Əliyevin"], title="İnnovasiyalar şöbəsinin müdiri", email="r.aliyev@mincom.gov.az")])

add(key="uz-uzb-1", lang="uz", charset="utf-8", cte="8bit", kind="nomination", state="UZB",
    frm=("AKT vazirligi", "info@mitc.uz"), mstyle="generic",
    subject="CI-19/35 sonli sirkulyar xatga javob",
    date="2019-08-15 17:40:02", off="+0500", delay=52,
    body="""Hurmatli janob Klark!

O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi
Budapeshtda 10-sentabr kuni bo'lib o'tadigan maslahat sessiyasida ishtirok etish uchun vazirlik
bo'lim boshlig'i Jasur Karimovni (j.karimov@mitc.uz) tavsiya etadi.

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi
""",
    delegates=[D("Jasur Karimov", aliases=["Jasur Karimovni"], title="vazirlik bo'lim boshlig'i", email="j.karimov@mitc.uz")])

add(key="kk-kaz-1", lang="kk", charset="utf-8", cte="base64", kind="interest_only", state="KAZ",
    frm=("ЦДИАӨМ Халықаралық ынтымақтастық департаменті", "intl@mdai.gov.kz"), mstyle="outlook",
    subject="CI-19/35 циркулярлық хатына жауап",
    date="2019-08-09 14:12:20", off="+0600", delay=39,
    body="""Құрметті Кларк мырза!

Қазақстан Республикасы Будапешт қаласында өтетін консультациялық сессияға қатысуға мүдделі екенін
хабарлаймыз. Қатысушының аты-жөні кейінірек жіберіледі.

Құрметпен,
Халықаралық ынтымақтастық департаменті
""")

add(key="mn-mng-1", lang="mn", charset="utf-8", cte="base64", kind="interest_only", state="MNG",
    frm=("Batbayar Ganbold", "batbayar.g@cita.gov.mn"), mstyle="gmail",
    subject="Re: ITU CI-19/35",
    date="2019-08-18 15:30:00", off="+0800", delay=22,
    body="""Эрхэм ноён Кларк,

Монгол Улс Будапешт хотноо болох зөвлөлдөх хуралдаанд оролцох сонирхолтой байгааг мэдэгдье.
Оролцогчийн нэрийг удахгүй илгээнэ. Хариу хоцорсонд уучлалт гуйя.

Хүндэтгэсэн,
Ганболдын Батбаяр
""")

add(key="ne-npl-1", lang="ne", charset="utf-8", cte="base64", kind="decline", state="NPL",
    frm=("Ministry of Communication and IT Nepal", "info@mocit.gov.np"), mstyle="generic",
    subject="परिपत्र CI-19/35 सम्बन्धमा",
    date="2019-08-11 12:25:00", off="+0545", delay=70,
    body="""आदरणीय महोदय,

निमन्त्रणका लागि धन्यवाद। यस पटक नेपालले बुडापेस्टमा हुने परामर्श बैठकमा सहभागिता जनाउन नसक्ने
व्यहोरा अनुरोध गर्दछौं।

भवदीय,
अन्तर्राष्ट्रिय सम्बन्ध शाखा
सञ्चार तथा सूचना प्रविधि मन्त्रालय
""")

add(key="sq-alb-1", lang="sq", charset="utf-8", cte="quoted-printable", struct="mixed", kind="nomination", state="ALB",
    frm=("Misioni i Përhershëm i Shqipërisë", "mission.geneva@mfa.gov.al"), mstyle="outlook",
    subject="Nota verbale - Qarkorja ITU CI-19/35",
    date="2019-08-14 11:02:00", off="+0200", delay=19,
    attach=("NV_2019-214_ITU.pdf", "application/pdf",
            b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
    body="""I nderuar Z. Clark,

Bashkëngjitur gjeni notën verbale nr. 214/2019 të Misionit të Përhershëm të Republikës së Shqipërisë
në Gjenevë. Shqipëria do të përfaqësohet në sesionin e konsultimit në Budapest nga Znj. Elona Hoxha,
Drejtore e Politikave të Ekonomisë Dixhitale, Ministria e Infrastrukturës dhe Energjisë
(elona.hoxha@infrastruktura.gov.al).

Me respekt,
Arben Gjoka
Sekretar i Dytë
""",
    delegates=[D("Elona Hoxha", title="Drejtore e Politikave të Ekonomisë Dixhitale, Ministria e Infrastrukturës dhe Energjisë",
                 email="elona.hoxha@infrastruktura.gov.al")])

add(key="mk-mkd-1", lang="mk", charset="windows-1251", cte="quoted-printable", kind="decline", state="MKD",
    frm=("Министерство за информатичко општество и администрација", "kabinet@mioa.gov.mk"), mstyle="generic", hcharset="utf-8",
    subject="Одговор на циркуларно писмо CI-19/35",
    date="2019-08-12 13:33:00", off="+0200", delay=35,
    body="""Почитуван г-дине Кларк,

Ви благодариме за поканата. За жал, Министерството нема можност да учествува на консултативната
сесија во Будимпешта.

Со почит,
Сектор за меѓународна соработка
""")

add(key="bg-bgr-1", lang="bg", charset="windows-1251", cte="8bit", kind="nomination", state="BGR",
    frm=("Десислава Иванова", "d.ivanova@mtitc.government.bg"), mstyle="outlook",
    subject="Номинация - консултативна сесия МСД, Будапеща",
    date="2019-08-16 17:45:10", off="+0300", delay=40,
    body="""Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35 Ви уведомявам, че от името на Министерството на транспорта,
информационните технологии и съобщенията в сесията на 10 септември в Будапеща ще участвам аз.

С уважение,
Десислава Георгиева Иванова
Държавен експерт, дирекция „Електронни съобщения“
МТИТС
тел. +359 2 940 9771
""",
    delegates=[D("Десислава Георгиева Иванова", title="Държавен експерт, дирекция „Електронни съобщения“",
                 email="d.ivanova@mtitc.government.bg")])

add(key="sr-srb-1", lang="sr", charset="utf-8", cte="quoted-printable", kind="nomination", state="SRB",
    frm=("Ratel - Međunarodna saradnja", "intl@ratel.rs"), mstyle="zimbra",
    subject="Одговор на циркуларно писмо CI-19/35",
    date="2019-08-14 12:18:30", off="+0200", delay=22,
    body="""Поштовани господине Кларк,

Министарство трговине, туризма и телекомуникација Републике Србије за учешће на консултативној
сесији у Будимпешти именује Милана Јовановића (Milan Jovanović), помоћника министра за
информационо друштво, milan.jovanovic@mtt.gov.rs.

С поштовањем,
Одсек за међународну сарадњу
""",
    delegates=[D("Милан Јовановић", aliases=["Милана Јовановића", "Milan Jovanović"],
                 title="помоћник министра за информационо друштво", email="milan.jovanovic@mtt.gov.rs")])

add(key="hr-hrv-1", lang="hr", charset="iso-8859-2", cte="quoted-printable", kind="inquiry", state="HRV",
    frm=("Marija Kovačević", "marija.kovacevic@hakom.hr"), mstyle="outlook", henc="Q",
    subject="Upit u vezi okružnice CI-19/35",
    date="2019-08-05 10:02:27", off="+0200", delay=16,
    body="""Poštovani,

molimo Vas za informaciju hoće li sesija 10. rujna u Budimpešti biti otvorena i za predstavnike
regulatora ili isključivo za ministarstva te postoji li mogućnost sudjelovanja na daljinu.

Srdačan pozdrav,
Marija Kovačević
HAKOM
""")

add(key="lt-ltu-1", lang="lt", charset="windows-1257", cte="quoted-printable", kind="nomination", state="LTU",
    frm=("Rūta Vaitkutė", "ruta.vaitkute@sumin.lt"), mstyle="outlook", henc="Q",
    subject="Dėl ITU aplinkraščio CI-19/35",
    date="2019-08-12 09:50:00", off="+0300", delay=18,
    body="""Gerbiamasis pone Clarkai,

Lietuvos Respublikos susisiekimo ministerija į konsultacijų sesiją Budapešte deleguoja Joną Petraitį,
Ryšių politikos skyriaus vedėją (jonas.petraitis@sumin.lt).

Pagarbiai
Rūta Vaitkutė
Tarptautinio bendradarbiavimo skyrius
""",
    delegates=[D("Jonas Petraitis", aliases=["Joną Petraitį"], title="Ryšių politikos skyriaus vedėjas",
                 email="jonas.petraitis@sumin.lt")])

if __name__ == "__main__":
    main()
