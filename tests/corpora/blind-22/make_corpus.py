#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_corpus.py -- blind test corpus "blind-22" of replies to ITU circular CI-19/35.

Writes, next to this file:
    messages/NNN.eml   one RFC 5322 message per file (as a mail server would store it)
    labels.jsonl       one label per message, in the shape of shared/corpus/SCHEMA.md
    README.md          what the corpus is and the counts

Deterministic: no randomness, no clock.  All "random-looking" values (Message-IDs, IPs,
MIME boundaries, queue ids) are derived from SHA-256 of each message's key.
Python 3.11, standard library only.  After writing, the corpus is re-read and validated;
the script exits non-zero on any problem.

Usage:  nice -n 19 python3 make_corpus.py
"""
import base64
import codecs
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import os
import quopri
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.jsonl")
README = os.path.join(HERE, "README.md")

MAILBOX = "sme@itu.int"
GVA = dt.timezone(dt.timedelta(hours=2))
DEADLINE = dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=GVA)
SESSIONS = ("budapest-2019", "cwg-2020", "wsis-2020")
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry",
         "auto_reply", "bounce", "unrelated")
NO_STATE_KINDS = ("auto_reply", "bounce", "unrelated")
DELEGATE_KINDS = ("nomination", "correction")
SESSION_KINDS = ("nomination", "interest_only", "correction")
LABEL_KEYS = ("message_id", "file", "kind", "language", "member_state", "delegates",
              "sessions", "received_at", "late", "supersedes")
CIRCULAR_MSGID = "<1563978671.CI-19-35.sg@itu.int>"
CIRCULAR_SUBJECT = ('CI-19/35 - Consultation sessions for Member States: '
                    '"Fostering tech and innovation SMEs"')

# Charset names MUAs really send that Python's codec registry does not know.
CHARSET_ALIASES = {"windows-874": "cp874", "x-windows-874": "cp874"}


def codec(cs):
    return CHARSET_ALIASES.get(cs.lower(), cs)


def hx(key, n=16):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def hnum(key, mod):
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % mod


# ---------------------------------------------------------------------------
# message specifications
# ---------------------------------------------------------------------------
SPECS = []


def D(name, title=None, email=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def M(key, lang, state, kind, frm, subject, recv, body, **kw):
    """Register one message.

    key      unique short id (e.g. "fr-sen-1"); used for supersedes and hashing
    lang     ISO 639-1 language of the sender's own words
    state    ISO 3166-1 alpha-3 or None
    kind     one of KINDS
    frm      (display name, address)
    subject  subject line (unencoded)
    recv     ITU reception time, Geneva local "YYYY-MM-DD HH:MM:SS" (topmost Received)
    body     the sender's own text (light markup, see render_*)
    kw       delegates, sessions, supersedes, fmt, cs, cte, tz, quote, ...
    """
    spec = dict(key=key, lang=lang, state=state, kind=kind, frm=frm, subject=subject,
                recv=recv, body=body)
    spec.update(kw)
    SPECS.append(spec)
    return spec


# ---------------------------------------------------------------------------
# the circular as quoted under replies (the versions Member States received)
# ---------------------------------------------------------------------------
CIRC_EN = """Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and other events.

ITU is organizing this series of consultations as a follow-up to the excellent discussions held during the last session of the ITU Council on promoting SMEs and their involvement in the work of ITU. In accordance with Resolution 209 (Dubai, 2018), the ITU Council finalized the eligibility criteria and decided to apply new reduced fees for SME Associates as of January 2020. Please visit the SME page on the ITU website for further information.

During the discussions in Council, it was pointed out that special efforts are needed to help SMEs join the ITU family and become active members. In this context, these consultations will provide an opportunity for interested Member States to share best practices on existing national policies, initiatives and programmes supporting tech SMEs, and to identify specific actions that could be taken to involve these SMEs in the work of ITU, including its study groups, workshops, training courses and the ITU Telecom World SME programme. A detailed agenda will be sent shortly.

I would be grateful if you would express your interest and inform us of the participant nominated for the first consultation session, to be held during ITU Telecom World, by 16 August 2019 at the latest, to the ITU secretariat at the following address:

sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General"""

CIRC_EN_SHORT = """Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and other events.

[...]

I would be grateful if you would express your interest and inform us of the participant nominated for the first consultation session, to be held during ITU Telecom World, by 16 August 2019 at the latest, to the ITU secretariat at the following address: sme@itu.int

Yours faithfully,
Houlin Zhao
Secretary-General"""

CIRC_FR = """Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de séances de consultation intitulées « Promouvoir les PME dans le domaine de la technologie et de l'innovation ». La première séance aura lieu le 10 septembre 2019 pendant l'ITU Telecom World 2019, à Budapest (Hongrie). Nous avons l'intention d'organiser des séances analogues pendant les réunions des Groupes de travail du Conseil au début de 2020, ainsi que pendant le Forum du SMSI de 2020 et d'autres manifestations.

[...]

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le nom du participant désigné pour la première séance de consultation, qui se tiendra pendant l'ITU Telecom World, le 16 août 2019 au plus tard, au secrétariat de l'UIT, à l'adresse suivante : sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)
Houlin Zhao
Secrétaire général"""

CIRC_ES = """Señora/Señor:

Tengo el placer de invitar a su delegación a participar en una serie de sesiones de consulta tituladas "Fomento de las pymes tecnológicas y de innovación". La primera sesión tendrá lugar el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, así como durante el Foro de la CMSI de 2020 y otros eventos.

[...]

Le agradecería que manifestara su interés y comunicara el nombre del participante designado para la primera sesión de consulta, que se celebrará durante ITU Telecom World, a más tardar el 16 de agosto de 2019, a la secretaría de la UIT en la siguiente dirección: sme@itu.int

Atentamente,

(firmado)
Houlin Zhao
Secretario General"""

CIRC_RU = """Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий «Содействие развитию МСП в области технологий и инноваций». Первая сессия состоится 10 сентября 2019 года в ходе Всемирной выставки ITU Telecom World 2019 в Будапеште, Венгрия. Мы намерены организовать аналогичные сессии во время собраний рабочих групп Совета в начале 2020 года, а также в ходе Форума ВВУИО 2020 года и других мероприятий.

[...]

Буду признателен, если вы сообщите о своей заинтересованности и укажете участника, назначенного для участия в первой консультационной сессии в ходе ITU Telecom World, не позднее 16 августа 2019 года в секретариат МСЭ по адресу: sme@itu.int

С уважением,

(подпись)
Хоулинь Чжао
Генеральный секретарь"""

CIRC_ZH = """尊敬的先生/女士：

我很高兴邀请贵代表团参加题为“促进科技和创新中小企业”的系列磋商会。首次会议将于2019年9月10日在匈牙利布达佩斯举行的2019年国际电联世界电信展期间举行。我们还计划于2020年初理事会工作组会议期间以及2020年信息社会世界峰会论坛期间和其他活动中举办类似会议。

[……]

请于2019年8月16日之前向国际电联秘书处表达贵方的兴趣并告知参加将在国际电联世界电信展期间举行的首次磋商会的人选，地址为：sme@itu.int

顺致敬意！

（签名）
秘书长
赵厚麟"""

CIRC_AR = """حضرات السادة والسيدات،

تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

[...]

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكوم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي:

sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو"""

CIRCULARS = {"en": CIRC_EN, "en-short": CIRC_EN_SHORT, "fr": CIRC_FR, "es": CIRC_ES,
             "ru": CIRC_RU, "zh": CIRC_ZH, "ar": CIRC_AR}

# Outlook-style header block above quoted text, per UI language
QHDR = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:", "Wednesday, July 24, 2019 4:31 PM"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :", "mercredi 24 juillet 2019 16:31"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:", "miércoles, 24 de julio de 2019 16:31"),
    "pt": ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:", "quarta-feira, 24 de julho de 2019 16:31"),
    "ru": ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:", "24 июля 2019 г. 16:31"),
    "ar": ("من:", "تم الإرسال:", "إلى:", "نسخة:", "الموضوع:", "الأربعاء، 24 يوليو، 2019 04:31 م"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:", "2019年7月24日 16:31"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:", "Mittwoch, 24. Juli 2019 16:31"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:", "mercoledì 24 luglio 2019 16:31"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:", "woensdag 24 juli 2019 16:31"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:", "24 Temmuz 2019 Çarşamba 16:31"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:", "środa, 24 lipca 2019 16:31"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:", "2019年7月24日 16:31"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:", "2019년 7월 24일 수요일 오후 4:31"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:", "2019. július 24., szerda 16:31"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Κοιν.:", "Θέμα:", "Τετάρτη, 24 Ιουλίου 2019 4:31 μμ"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:", "středa 24. července 2019 16:31"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Копія:", "Тема:", "24 липня 2019 р. 16:31"),
}

CIRC_FROM = "ITU SME <sme@itu.int>"
CIRC_TO = "Member States"


# ---------------------------------------------------------------------------
# header helpers
# ---------------------------------------------------------------------------
def _qenc(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def enc_words(s, cs="utf-8", q=False):
    """RFC 2047 encode s (only if non-ASCII), folded at ~75 chars per word."""
    if s.isascii():
        return s
    words, chunk = [], ""

    def word(text):
        raw = text.encode(codec(cs))
        if q:
            return "=?%s?Q?%s?=" % (cs, _qenc(raw))
        return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode("ascii"))

    for ch in s:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(word(chunk))
    return "\n ".join(words)


def addr(name, address, cs="utf-8", q=False):
    if not name:
        return address
    if name.isascii():
        if any(c in name for c in '(),:;<>@[]\\".'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (enc_words(name, cs, q), address)


def fold(name, value):
    """Fold a long structured header (addresses) at commas."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\n" in value:
        return line
    parts = value.split(", ")
    out, cur = [], name + ": "
    for i, p in enumerate(parts):
        piece = p + ("," if i < len(parts) - 1 else "")
        if len(cur) + len(piece) > 76 and cur.strip() not in (name + ":",):
            out.append(cur.rstrip())
            cur = "\t" + piece + " "
        else:
            cur += piece + " "
    out.append(cur.rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------------------
# body rendering
# ---------------------------------------------------------------------------
TABLE_RE = re.compile(r"\[\[table\]\]\n(.*?)\n\[\[/table\]\]", re.S)


def _table_rows(block):
    return [[c.strip() for c in line.split(" | ")] for line in block.split("\n") if line.strip()]


def _disp_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def render_plain(body, table_style="pad"):
    """Plain-text rendering: **bold** markers removed, tables as padded columns or tabs."""
    def tab(m):
        rows = _table_rows(m.group(1))
        if table_style == "tab":
            return "\n".join("\t".join(r) for r in rows)
        widths = [max(_disp_width(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
        lines = []
        for r in rows:
            cells = [c + " " * (widths[i] - _disp_width(c)) for i, c in enumerate(r)]
            lines.append("  ".join(cells).rstrip())
        return "\n".join(lines)
    text = TABLE_RE.sub(tab, body)
    text = text.replace("**", "")
    return text


def _inline_html(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", r'<a href="mailto:\1">\1</a>', s)
    return s


def render_html_fragment(body, pclass="MsoNormal", style="outlook"):
    """Paragraphs -> <p>, tables -> <table>.  style: outlook | gmail | notes"""
    out = []
    pos = 0
    for m in TABLE_RE.finditer(body):
        out.append(_paras_html(body[pos:m.start()], pclass, style))
        rows = _table_rows(m.group(1))
        t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">']
        for i, r in enumerate(rows):
            t.append("<tr>")
            for c in r:
                cell = _inline_html(c)
                if i == 0:
                    cell = "<b>%s</b>" % cell
                if style == "outlook":
                    t.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                             '<p class="MsoNormal">%s<o:p></o:p></p></td>' % cell)
                else:
                    t.append("<td>%s</td>" % cell)
            t.append("</tr>")
        t.append("</table>")
        out.append("\n".join(t))
        pos = m.end()
    out.append(_paras_html(body[pos:], pclass, style))
    return "\n".join(x for x in out if x)


def _paras_html(text, pclass, style):
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        if not p.strip():
            continue
        inner = "<br>\n".join(_inline_html(l) for l in p.split("\n"))
        if style == "outlook":
            out.append('<p class="%s">%s<o:p></o:p></p>\n<p class="%s"><o:p>&nbsp;</o:p></p>'
                       % (pclass, inner, pclass))
        elif style == "notes":
            out.append('<font size=2 face="sans-serif">%s</font><br><br>' % inner)
        else:
            out.append("<div>%s</div><div><br></div>" % inner)
    return "\n".join(out)


def quote_parts(spec):
    """Return (plain_quote, html_quote) for spec['quote'] or ("", "")."""
    q = spec.get("quote")
    if not q:
        return "", ""
    style = q.get("style", "outlook")
    text = q.get("text") or CIRCULARS[q.get("circ", "en")]
    ql = q.get("hdr", "en")
    subj = q.get("subject", CIRCULAR_SUBJECT)
    qfrom = q.get("qfrom", CIRC_FROM)
    qto = q.get("to", CIRC_TO)
    qdate = q.get("date")
    if style == "outlook":
        f, s, t, c, sj, d = QHDR[ql]
        d = qdate or d
        pairs = [(f, qfrom), (s, d), (t, qto)]
        if q.get("cc"):
            pairs.append((c, q["cc"]))
        pairs.append((sj, subj))
        lines = ["%s %s" % kv for kv in pairs]
        plain = "\n\n" + "_" * 32 + "\n" + "\n".join(lines) + "\n\n" + text + "\n"
        hl = "<br>\n".join("<b>%s</b> %s" % (html.escape(k), html.escape(v)) for k, v in pairs)
        hq = ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s'
              % (hl, render_html_fragment(text)))
        return plain, hq
    if style == "gt":
        intro = q.get("intro", "On Wed, 24 Jul 2019 at 16:31, ITU SME <sme@itu.int> wrote:")
        qt = "\n".join((">" + (" " + l if l else "")) for l in text.split("\n"))
        plain = "\n\n" + intro + "\n" + qt + "\n"
        hq = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
              % (html.escape(intro), render_html_fragment(text, style="gmail")))
        return plain, hq
    if style == "fwd":
        intro = q.get("intro", "---------- Forwarded message ---------")
        hdr = q.get("fwdhdr") or "From: %s\nDate: %s\nSubject: %s\nTo: %s" % (
            qfrom, qdate or "Wed, Jul 24, 2019 at 4:31 PM", subj, qto)
        plain = "\n\n" + intro + "\n" + hdr + "\n\n" + text + "\n"
        hq = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br>%s</div><br><br>%s</div>'
              % (html.escape(intro), html.escape(hdr).replace("\n", "<br>\n"),
                 render_html_fragment(text, style="gmail")))
        return plain, hq
    raise ValueError(style)


def wrap_hard(text, width=72, flowed=False):
    """Hard-wrap paragraphs (Lotus Notes / old MUAs); flowed adds trailing spaces (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + (" " if flowed else ""))
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%(langattr)s" link="#0563C1" vlink="#954F72"%(dir)s>
<div class="WordSection1">
"""

RTL = ("ar", "he", "fa", "ur")


def build_html(spec, own, quote_html, cs):
    style = spec.get("html_style", "outlook")
    lang = spec["lang"]
    if style == "outlook":
        d = ' dir="RTL"' if lang in RTL else ""
        head = OUTLOOK_HEAD % {"cs": cs, "langattr": spec.get("langattr", lang.upper() + "-" + (spec["state"] or "US")[:2]), "dir": d}
        return head + render_html_fragment(own) + "\n" + quote_html + "\n</div>\n</body>\n</html>\n"
    if style == "gmail":
        d = ' dir="rtl"' if lang in RTL else ' dir="ltr"'
        return ('<div%s>%s</div>%s\n' % (d, render_html_fragment(own, style="gmail"),
                                          ("<br>" + quote_html) if quote_html else ""))
    if style == "notes":
        return ('<html><body><font size=2 face="sans-serif">%s</font>%s</body></html>\n'
                % (render_html_fragment(own, style="notes"), quote_html))
    if style == "plainhtml":
        d = ' dir="rtl"' if lang in RTL else ""
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body%s style="font-family:Tahoma;font-size:12pt">\n%s\n%s</body></html>\n'
                % (cs, d, render_html_fragment(own, style="gmail"), quote_html))
    raise ValueError(style)


def encode_body(text, cs, cte, html_part=False):
    raw = text.encode(codec(cs), errors="xmlcharrefreplace" if html_part else "strict")
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "7bit":
        if any(b > 127 for b in raw):
            raise ValueError("7bit body with 8-bit bytes")
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


def text_part(text, subtype, cs, cte, extra=""):
    ct = 'Content-Type: text/%s; charset="%s"%s\n' % (subtype, cs, extra)
    return (ct + "Content-Transfer-Encoding: %s\n\n" % cte).encode("ascii") + \
        encode_body(text, cs, cte, html_part=(subtype == "html"))


def multipart(subtype, parts, boundary, extra=""):
    out = [('Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, extra)).encode("ascii")]
    for p in parts:
        out.append(("--%s\n" % boundary).encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
        out.append(b"\n")
    out.append(("--%s--\n" % boundary).encode("ascii"))
    return b"".join(out)


def boundary_for(spec, n):
    k = spec["key"] + "/b%d" % n
    ua = spec.get("ua", "outlook")
    if ua in ("outlook", "exchange"):
        return "_%03d_%s_" % (n, hx(k, 36).upper())
    if ua == "gmail":
        return "0000000000%s" % hx(k, 18)
    if ua == "thunderbird":
        return "------------%s" % hx(k, 24).upper()
    if ua == "notes":
        return "=_alternative %s_=" % hx(k, 16).upper()
    return "----=_Part_%d_%d.%s" % (hnum(k, 99999), hnum(k + "x", 999999999), hx(k, 13))


def pdf_bytes(title):
    # a tiny but well-formed one-page PDF
    content = ("BT /F1 12 Tf 72 720 Td (%s) Tj ET" % title).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def attachment_part(att):
    fname, ctype, data = att
    if isinstance(data, str):
        data = data.encode("utf-8")
    fn = fname if fname.isascii() else enc_words(fname)
    hdr = ('Content-Type: %s; name="%s"\nContent-Description: %s\nContent-Disposition: attachment;\n'
           '\tfilename="%s"; size=%d\nContent-Transfer-Encoding: base64\n\n' % (ctype, fn, fn, fn, len(data)))
    return hdr.encode("ascii") + base64.encodebytes(data)


def build_body(spec):
    """Returns bytes: the MIME headers (Content-Type etc.) and body of the message."""
    if "raw_body" in spec:  # fully hand-made MIME (bounces, receipts)
        return spec["raw_body"](spec)
    fmt = spec.get("fmt", "plain")
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "8bit" if cs.lower() != "iso-2022-jp" else "7bit")
    hcte = spec.get("hcte", cte)
    hcs = spec.get("hcs", cs)
    own = spec["body"].strip("\n") + "\n"
    qplain, qhtml = quote_parts(spec)
    if cs.lower() in ("koi8-r", "koi8-u"):
        # KOI8 has no guillemets: people who write in it type plain double quotes
        own, qplain, qhtml = [x.replace("«", '"').replace("»", '"') for x in (own, qplain, qhtml)]
    plain_own = render_plain(own, "tab" if fmt == "alt" else spec.get("table_style", "pad"))
    if spec.get("wrap"):
        plain_own = wrap_hard(plain_own, spec.get("wrap"), flowed=spec.get("flowed", False))
    plain = plain_own + qplain
    extra = "; format=flowed" if spec.get("flowed") else ""
    if fmt == "plain":
        body = text_part(plain, "plain", cs, cte, extra)
    elif fmt == "html":
        body = text_part(build_html(spec, own, qhtml, hcs), "html", hcs, hcte)
    elif fmt == "alt":
        body = multipart("alternative", [
            text_part(plain, "plain", cs, cte),
            text_part(build_html(spec, own, qhtml, hcs), "html", hcs, hcte)], boundary_for(spec, 1))
    else:
        raise ValueError(fmt)
    atts = spec.get("attach")
    if atts:
        parts = [body] + [attachment_part(a) for a in atts]
        body = multipart("mixed", parts, boundary_for(spec, 0))
    return body


# ---------------------------------------------------------------------------
# envelope: Received chain, Date, Message-ID, user agents
# ---------------------------------------------------------------------------
def parse_tz(s):
    sign = -1 if s[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


TZNAMES = {"+0200": " (CEST)", "+0000": " (UTC)", "-0700": " (PDT)", "-0400": " (EDT)"}


def rfc_date(d, comment=False):
    s = email.utils.format_datetime(d)
    if comment:
        s += TZNAMES.get(d.strftime("%z"), "")
    return s


def domain_of(a):
    return a.split("@", 1)[1].lower()


def ip_for(key, prefix=None):
    n = hnum(key, 2 ** 24)
    a = prefix or [41, 62, 80, 81, 85, 91, 94, 102, 105, 185, 193, 194, 195, 196, 197, 200, 202, 203, 212, 213][hnum(key + "p", 20)]
    return "%d.%d.%d.%d" % (a, (n >> 16) & 255, (n >> 8) & 255, max(1, n & 255))


def message_id(spec):
    if spec.get("msgid"):
        return spec["msgid"]
    k = spec["key"]
    ua = spec.get("ua", "outlook")
    dom = domain_of(spec["frm"][1])
    if ua == "outlook":
        return "<%s@%s.%s.prod.outlook.com>" % (
            ("AM6PR0%dMB%s%s" % (hnum(k, 9) + 1, hnum(k + "m", 9000) + 1000, hx(k, 24))).upper(),
            ("AM6PR0%dMB%s" % (hnum(k, 9) + 1, hnum(k + "m", 9000) + 1000)).upper(),
            ["eurprd0%d" % (hnum(k, 8) + 1), "namprd0%d" % (hnum(k, 8) + 1), "apcprd0%d" % (hnum(k, 6) + 1)][hnum(k + "r", 3)])
    if ua == "exchange":
        return "<%s@%s>" % (hx(k, 32).upper(), spec.get("exch_host", "EXCH01." + dom).upper() if spec.get("upper_host") else spec.get("exch_host", "exch01." + dom))
    if ua == "gmail":
        b = base64.b64encode(hashlib.sha256(k.encode()).digest()).decode()[:44].replace("/", "_").replace("+", "-")
        return "<CA%s@mail.gmail.com>" % b
    if ua == "thunderbird":
        h = hx(k, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)
    if ua == "notes":
        return "<OF%s.%s-ON%s.%s@%s>" % (hx(k, 8).upper(), hx(k + "a", 8).upper(), hx(k + "b", 8).upper(), hx(k + "c", 8).upper(), dom)
    if ua == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (hnum(k, 900000000) + 100000000, hnum(k + "z", 90000) + 10000, 1563900000000 + hnum(k, 2500000000), dom)
    if ua == "roundcube":
        return "<%s@%s>" % (hx(k, 32), dom)
    if ua == "apple":
        h = hx(k, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)
    if ua == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (hnum(k, 900000000) + 100000000, hnum(k + "y", 9000000) + 1000000, 1565000000000 + hnum(k, 999999999))
    if ua == "mailru":
        return "<%d.%s@%s>" % (1564000000 + hnum(k, 2000000), hx(k, 32)[:32], "f%d.mail.ru" % (hnum(k, 500) + 100))
    if ua == "qq":
        return "<tencent_%s@qq.com>" % hx(k, 40).upper()
    if ua == "system":
        return "<%s.%s@%s>" % (hx(k, 12).upper(), hx(k + "s", 8).upper(), spec.get("sys_host", dom))
    raise ValueError(ua)


UA_HEADERS = {
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("x-originating-ip", "[{ip}]"), ("X-MS-Exchange-Organization-AuthAs", "Anonymous")],
    "exchange": [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\n Thunderbird/60.8.0")],
    "notes": [("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 February 06, 2018"),
              ("X-MIMETrack", "Serialize by Router on NOTES01/SRV(Release 9.0.1FP10|February 06, 2018) at\n {ldate}")],
    "zimbra": [("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)"),
               ("Thread-Topic", "{subj_ascii}")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.3.8"), ("X-Sender", "{sender}")],
    "apple": [("X-Mailer", "iPhone Mail (16G77)")],
    "yahoo": [("X-Mailer", "WebService/1.1.14260 YMailNorrin Mozilla/5.0")],
    "mailru": [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[{ip}]")],
    "qq": [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")],
    "system": [],
}


def received_chain(spec, recv_dt):
    """List of Received header values, topmost first; the first one's date is received_at."""
    if spec.get("no_received"):
        return []
    if spec.get("received_raw"):
        # hand-written chain; {t0} is the topmost time, {t1} a few seconds earlier
        t0 = recv_dt.astimezone(parse_tz(spec.get("recv_zone", "+0200")))
        t1 = t0 - dt.timedelta(seconds=2)
        return [r.format(t0=rfc_date(t0, True), t1=rfc_date(t1)) for r in spec["received_raw"]]
    k = spec["key"]
    ua = spec.get("ua", "outlook")
    dom = domain_of(spec["frm"][1])
    top_tz = parse_tz(spec.get("recv_zone", "+0200"))
    mx = "mx%d.itu.int" % (1 + hnum(k + "mx", 2))
    qid = base64.b32encode(hashlib.sha256((k + "q").encode()).digest()).decode()[:14]
    rt = recv_dt.astimezone(top_tz)
    chain = []
    lmtp = hnum(k + "lm", 3) == 0 and not spec.get("recv_zone")
    if lmtp:
        chain.append("from %s ([127.0.0.1])\n\tby mbx%d.itu.int with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (
            mx, 1 + hnum(k + "mb", 3), hx(k + "lmtp", 22), spec.get("env_from", spec["frm"][1]), MAILBOX, rfc_date(rt, True)))
        rt = rt - dt.timedelta(seconds=1)
    if ua == "outlook":
        ob = "mail-%s%don%d%s.outbound.protection.outlook.com" % (
            ["am5", "he1", "db5", "ve1", "vi1", "bn3", "sg2"][hnum(k, 7)], hnum(k + "o", 9), hnum(k + "o2", 9), hx(k, 4))
        chain.append("from %s (%s [40.107.%d.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            ob, ob, hnum(k + "i1", 250), 1 + hnum(k + "i2", 250), mx, qid, MAILBOX, rfc_date(rt, True)))
        ut = (rt - dt.timedelta(seconds=2 + hnum(k + "d", 3))).astimezone(dt.timezone.utc)
        srv = message_id(spec).split("@")[1].rstrip(">").lower()
        srv = srv.split(".", 1)[0].upper() + "." + srv.split(".", 1)[1]
        chain.append("from %s ([fe80::%s]) by\n %s ([fe80::%s%%12]) with mapi id 15.20.2136.%03d;\n %s" % (
            srv, hx(k + "6", 4), srv, hx(k + "7", 4), hnum(k, 999), rfc_date(ut)))
    elif ua == "gmail":
        host = "mail-%s-f%d.google.com" % (["wr1", "wm1", "lj1", "ed1", "pl1", "qk1"][hnum(k, 6)], 40 + hnum(k, 150))
        chain.append("from %s (%s [209.85.%d.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            host, host, 128 + hnum(k + "g", 100), 1 + hnum(k + "g2", 250), mx, qid, MAILBOX, rfc_date(rt, True)))
        st = (rt - dt.timedelta(seconds=1)).astimezone(dt.timezone(dt.timedelta(hours=-7)))
        chain.append("by %s with SMTP id %s.%d.2019.%02d.%02d.%02d.%02d.%02d\n        for <%s>;\n        %s" % (
            host, hx(k + "smtp", 10), hnum(k, 99), st.month, st.day, st.hour, st.minute, st.second,
            MAILBOX, rfc_date(st, True)))
    else:
        out_host = spec.get("out_host", "mail." + dom)
        ip = ip_for(k)
        chain.append("from %s (%s [%s])\n\tby %s (Postfix) with ESMTP%s id %s\n\tfor <%s>; %s" % (
            out_host, out_host, ip, mx, "S" if hnum(k + "tls", 4) else "", qid, MAILBOX, rfc_date(rt, True)))
        stz = parse_tz(spec.get("tz", "+0200"))
        st = (rt - dt.timedelta(seconds=1 + hnum(k + "d", 4))).astimezone(stz)
        inner = spec.get("inner_host", ["exch", "srv-mail", "smtp-int", "mailgw", "relay"][hnum(k + "ih", 5)] + "." + dom)
        chain.append("from %s (%s) by %s\n (%s) with Microsoft SMTP Server (TLS) id 15.1.1591.%d;\n %s" % (
            inner, ip_for(k + "in", 10), out_host, ip, hnum(k, 20), rfc_date(st))
            if ua in ("exchange",) else
            "from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            inner, ip_for(k + "in", 10), out_host, hx(k + "q2", 10).upper(), rfc_date(st)))
    return chain


def build_message(spec):
    k = spec["key"]
    recv_dt = dt.datetime.strptime(spec["recv"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=GVA)
    chain = received_chain(spec, recv_dt)
    stz = parse_tz(spec.get("tz", "+0200"))
    if spec.get("ua", "outlook") == "outlook" and not spec.get("tz_keep"):
        stz = dt.timezone.utc  # Exchange Online stamps Date in UTC
    if spec.get("date"):
        date_s = spec["date"]
    else:
        lag = spec.get("date_lag", 3 + hnum(k + "lag", 90))
        date_s = rfc_date((recv_dt - dt.timedelta(seconds=lag)).astimezone(stz))
    hcs = spec.get("head_cs", "utf-8")
    hq = spec.get("head_q", False)
    mid = message_id(spec)
    H = []
    if not spec.get("no_received"):  # a message filed by hand (IMAP APPEND) has no delivery trace
        H.append(("Return-Path", "<%s>" % spec.get("env_from", spec["frm"][1])))
        H.append(("Delivered-To", MAILBOX))
    for r in chain:
        H.append(("Received", r))
    if spec.get("ua", "outlook") == "gmail":
        H.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com; s=20161025;\n        h=mime-version:from:date:message-id:subject:to;\n        bh=%s=;\n        b=%s" % (
            base64.b64encode(hashlib.sha256((k + "bh").encode()).digest()).decode()[:43],
            base64.b64encode(hashlib.sha512((k + "b").encode()).digest()).decode())))
    for name, value in spec.get("pre_headers", []):
        H.append((name, value))
    H.append(("From", addr(spec["frm"][0], spec["frm"][1], hcs, hq)))
    to = spec.get("to", [("", MAILBOX)])
    H.append(("To", ", ".join(addr(n, a, hcs, hq) for n, a in to)))
    if spec.get("cc"):
        H.append(("CC" if spec.get("ua") == "outlook" else "Cc", ", ".join(addr(n, a, hcs, hq) for n, a in spec["cc"])))
    H.append(("Subject", enc_words(spec["subject"], hcs, hq)))
    if spec.get("ua", "outlook") in ("outlook", "exchange") and not spec.get("raw_body"):
        H.append(("Thread-Topic", enc_words(spec.get("thread_topic", re.sub(r"^\s*(\w+\s?:\s*)+", "", spec["subject"])), hcs, hq)))
        H.append(("Thread-Index", base64.b64encode(hashlib.sha256((k + "ti").encode()).digest()[:22]).decode()))
    H.append(("Date", date_s))
    H.append(("Message-ID", mid))
    irt = spec.get("in_reply_to", CIRCULAR_MSGID if spec["kind"] not in ("unrelated", "bounce") and not spec.get("fresh") else None)
    if irt:
        if irt in KEY2MID:
            irt = KEY2MID[irt]
        H.append(("References", spec.get("references", irt)))
        H.append(("In-Reply-To", irt))
    if spec.get("ua", "outlook") in ("outlook", "exchange") and not spec.get("raw_body"):
        cl = spec.get("content_language", {"en": "en-US", "fr": "fr-FR", "es": "es-ES", "ar": "ar-SA", "ru": "ru-RU", "zh": "zh-CN"}.get(spec["lang"], spec["lang"] + "-" + (spec["state"] or "XX")[:2]))
        H.append(("Accept-Language", cl if cl == "en-US" else cl + ", en-US"))
        H.append(("Content-Language", cl))
    for name, value in UA_HEADERS.get(spec.get("ua", "outlook"), []):
        value = value.format(ip=ip_for(k + "o"), ldate=rfc_date(recv_dt), sender=spec["frm"][1],
                             subj_ascii=spec["subject"] if spec["subject"].isascii() else "CI-19/35")
        H.append((name, value))
    for name, value in spec.get("headers", []):
        H.append((name, value))
    H.append(("MIME-Version", "1.0"))
    head = []
    for name, value in H:
        if name in ("To", "CC", "Cc"):
            head.append(fold(name, value))
        elif value == "":
            head.append("%s:" % name)
        else:
            head.append("%s: %s" % (name, value))
    data = ("\n".join(head) + "\n").encode("ascii") + build_body(spec)
    if spec.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    top = chain[0].rsplit(";", 1)[1].strip() if chain else date_s
    top = re.sub(r"\s*\([A-Z]+\)\s*$", "", top)
    received_at = email.utils.parsedate_to_datetime(top)
    return data, mid, received_at


KEY2MID = {}


# ---------------------------------------------------------------------------
# machine-made messages: delivery reports and read receipts
# ---------------------------------------------------------------------------
def ack_message(to_name, to_addr, subj, body, key, date):
    """An ITU acknowledgement that later bounced (embedded as message/rfc822)."""
    return ("Return-Path: <sme@itu.int>\nFrom: ITU SME <sme@itu.int>\nTo: %s\nSubject: %s\n"
            "Date: %s\nMessage-ID: <ack.%s@itu.int>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
            % (addr(to_name, to_addr), enc_words(subj), date, hx(key + "ack", 20), body))


def dsn_postfix(spec):
    p = spec["dsn"]
    b = "%s.%d/%s" % (hx(spec["key"], 10).upper(), hnum(spec["key"], 99999), "mx1.itu.int")
    human = ("This is the mail system at host mx1.itu.int.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<%s>: host %s[%s] said: %s (in reply to RCPT TO\n    command)\n"
             % (p["rcpt"], p["remote"], ip_for(spec["key"] + "r"), p["diag"]))
    status = ("Reporting-MTA: dns; mx1.itu.int\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; sme@itu.int\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
              "Status: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
              % (hx(spec["key"] + "qid", 11).upper(), p["arrival"], p["rcpt"], p["rcpt"], p["status"],
                 p["remote"], p["diag"]))
    parts = [
        b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + human.encode("ascii"),
        b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + status.encode("ascii"),
        b"Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
        + p["original"].encode("utf-8"),
    ]
    out = multipart("report", parts, b, '; report-type=delivery-status')
    return out.replace(b"\n\n--", b"\n\nThis is a MIME-encapsulated message.\n\n--", 1)


def ndr_exchange(spec):
    p = spec["ndr"]
    k = spec["key"]
    alt = multipart("alternative", [
        text_part(p["text"], "plain", "utf-8", "quoted-printable"),
        text_part("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                  "<body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">%s</font></b></p>%s</body></html>"
                  % (html.escape(p["text"].split("\n")[0]),
                     "".join("<p><font size=\"2\" face=\"Tahoma\">%s</font></p>" % html.escape(x).replace("\n", "<br>")
                             for x in p["text"].split("\n\n")[1:])),
                  "html", "utf-8", "quoted-printable")], boundary_for(spec, 2))
    status = ("Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mail.itu.int\nArrival-Date: %s\n\n"
              "Original-Recipient: rfc822;%s\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
              "Diagnostic-Code: smtp;%s\n" % (p["mta"], p["arrival"], p["rcpt"], p["rcpt"], p["status"], p["diag"]))
    parts = [alt,
             b"Content-Type: message/delivery-status\n\n" + status.encode("ascii"),
             b"Content-Type: text/rfc822-headers\n\n" + p["orig_headers"].encode("utf-8")]
    return multipart("report", parts, boundary_for(spec, 1), '; report-type=delivery-status')


def mdn_receipt(spec):
    p = spec["mdn"]
    parts = [text_part(p["text"], "plain", p.get("cs", "utf-8"), p.get("cte", "quoted-printable")),
             ("Content-Type: message/disposition-notification\n\nReporting-UA: %s; Microsoft Outlook 16.0\n"
              "Final-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
              "Disposition: manual-action/MDN-sent-automatically; displayed\n"
              % (p["ua_host"], spec["frm"][1], p["orig_mid"])).encode("ascii")]
    return multipart("report", parts, boundary_for(spec, 1), '; report-type=disposition-notification')


# ===========================================================================
# THE MESSAGES
# ===========================================================================
# ---------------------------------------------------------------- English
M("en-gbr-1", "en", "GBR", "nomination",
  ("Harrington, Claire", "claire.harrington@dcms.gov.uk"),
  'RE: CI-19/35 - Consultation sessions for Member States: "Fostering tech and innovation SMEs"',
  "2019-08-01 11:42:17", """
Dear colleagues,

Thank you for the invitation to the consultation sessions on fostering tech and innovation SMEs.

The United Kingdom is pleased to confirm its interest. For the first session in Budapest on 10 September, we nominate:

- Mr Tom Aldridge, Head of International Telecoms Policy, DCMS (tom.aldridge@dcms.gov.uk)
- Ms Priya Ramanathan, Senior Policy Adviser, Digital Economy Unit (priya.ramanathan@dcms.gov.uk)

Both will already be in Budapest for ITU Telecom World, so no support is needed from the Secretariat.

Kind regards,

Claire Harrington
International Relations Team
Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ
T: +44 (0)20 7211 6000
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", langattr="EN-GB",
  content_language="en-GB", quote=dict(style="outlook", circ="en"),
  delegates=[D("Tom Aldridge", "Head of International Telecoms Policy, DCMS", "tom.aldridge@dcms.gov.uk"),
             D("Priya Ramanathan", "Senior Policy Adviser, Digital Economy Unit", "priya.ramanathan@dcms.gov.uk")],
  sessions=["budapest-2019"])

M("en-usa-1", "en", "USA", "nomination",
  ("Whitfield, Margaret A", "WhitfieldMA@state.gov"),
  "RE: ITU Circular CI-19/35 -- U.S. participation in SME consultation",
  "2019-08-09 17:05:51", """
Dear Mr. Clark,

The Permanent Mission of the United States of America to the United Nations and Other International Organizations in Geneva presents its compliments to the Secretariat of the International Telecommunication Union and has the honor to refer to Circular Letter CI-19/35 of 23 July 2019 concerning the consultation sessions for Member States entitled "Fostering tech and innovation SMEs."

The United States welcomes the initiative of the Secretary-General to follow up on the constructive discussions held at the 2019 session of the Council regarding the participation of small and medium-sized enterprises in the work of the Union, and recalls its support for the implementation of Resolution 209 (Dubai, 2018). Lowering barriers to entry for innovative small companies is, in our view, essential to keeping the Union relevant to a fast-moving technology sector.

Following consultations with Washington, and with the concurrence of Ambassador Reynolds, the Mission wishes to inform the Secretariat that Mr. Daniel K. Osei-Bonsu, Senior Advisor, Office of International Communications and Information Policy, U.S. Department of State, will represent the United States at the first consultation session on 10 September 2019 in Budapest.

The United States also looks forward to receiving the detailed agenda for the session and to learning more about the sessions envisaged for 2020. Should the Secretariat require any logistical information, please contact Ms. Laura Pinkney, Management Officer at the Mission (PinkneyL@state.gov, +41 22 749 4111), who is coordinating the delegation's arrangements for ITU Telecom World.

The Permanent Mission of the United States of America avails itself of this opportunity to renew to the Secretariat of the International Telecommunication Union the assurances of its highest consideration.

Margaret A. Whitfield
Telecommunications Attach\u00e9
U.S. Mission Geneva
Route de Pregny 11, 1292 Chamb\u00e9sy
Tel. +41 22 749 4355
""", fmt="html", cs="windows-1252", cte="quoted-printable", ua="outlook",
  to=[("Clark, Christopher", "christopher.clark@itu.int"), ("ITU SME", "sme@itu.int")],
  delegates=[D("Daniel K. Osei-Bonsu",
               "Senior Advisor, Office of International Communications and Information Policy, U.S. Department of State")],
  sessions=["budapest-2019"])

M("en-ind-1", "en", "IND", "nomination",
  ("ADG IR DoT", "adgir-dot@gov.in"),
  "Nomination for ITU consultation sessions - CI-19/35",
  "2019-08-12 08:31:09", """
Sir/Madam,

Kindly refer to ITU Circular CI-19/35 dated 23.07.2019 regarding consultation sessions for Member States on "Fostering tech and innovation SMEs".

2. The competent authority has approved the nomination of the following officers for participation in the first consultation session at ITU Telecom World 2019, Budapest (10th September 2019) as well as the session during the CWG meetings in early 2020:

Name: Shri Anil Kumar Verma
Designation: Deputy Director General (International Relations), DoT
E-mail: ddgir-dot@gov.in
Mobile: +91 98110 47236

Name: Smt. Kavitha Subramaniam
Designation: Director (Standardization), TEC
E-mail: dir.std-tec@gov.in

3. This issues with the approval of Member (Technology), Digital Communications Commission.

Yours faithfully,

(R. S. Bhatnagar)
Assistant Director General (IR)
Department of Telecommunications, Ministry of Communications
Sanchar Bhawan, 20 Ashoka Road, New Delhi \u2013 110001
Tel: +91-11-2303 6580
""", fmt="plain", cs="windows-1252", cte="quoted-printable", ua="notes", tz="+0530",
  delegates=[D("Anil Kumar Verma", "Deputy Director General (International Relations), DoT", "ddgir-dot@gov.in"),
             D("Kavitha Subramaniam", "Director (Standardization), TEC", "dir.std-tec@gov.in")],
  sessions=["budapest-2019", "cwg-2020"])

M("en-ken-1", "en", "KEN", "nomination",
  ("Esther Kamau", "ekamau@ca.go.ke"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  "2019-08-02 09:18:40", """
Dear ITU SME team,

Greetings from Nairobi.

I write to express the Communications Authority of Kenya's interest in the consultation sessions. I will personally attend the Budapest session on 10 September, as I will already be at Telecom World with the Kenyan pavilion.

Looking forward to it.

Regards,

Esther Wanjiru Kamau
Manager, Industry Development & ICT Innovation
Communications Authority of Kenya
CA Centre, Waiyaki Way, Nairobi
+254 703 042 118 | ekamau@ca.go.ke
""", fmt="alt", ua="outlook", cte="7bit",
  delegates=[D("Esther Wanjiru Kamau", "Manager, Industry Development & ICT Innovation", "ekamau@ca.go.ke")],
  sessions=["budapest-2019"])

M("en-ken-2", "en", "KEN", "correction",
  ("Esther Kamau", "ekamau@ca.go.ke"),
  "RE: CI-19/35 - Consultation sessions for Member States - change of participant",
  "2019-08-19 10:14:03", """
Dear Sir/Madam,

Further to my email of 2 August, please note that due to a change in my travel schedule I will no longer be able to attend the Budapest consultation. My colleague Mr. Brian Otieno Ouma, Senior Officer, ICT Policy (bouma@ca.go.ke), will attend in my place.

Apologies for the late change.

Esther
""", fmt="alt", ua="outlook", cte="7bit", in_reply_to="en-ken-1",
  delegates=[D("Brian Otieno Ouma", "Senior Officer, ICT Policy", "bouma@ca.go.ke")],
  sessions=["budapest-2019"], supersedes="en-ken-1", expect_late=True)

M("en-nga-1", "en", "NGA", "interest_only",
  ("Yakubu Abdullahi", "yabdullahi@ncc.gov.ng"),
  "RE: CONSULTATION SESSIONS FOR MEMBER STATES (CI-19/35)",
  "2019-08-05 14:47:22", """
Dear Sir,

RE: CONSULTATION SESSIONS FOR MEMBER STATES: "FOSTERING TECH AND INNOVATION SMEs"

The Nigerian Communications Commission acknowledges receipt of the above circular and wishes to confirm that Nigeria will participate in the first consultation session scheduled for 10th September 2019 in Budapest.

The names and details of our nominated participant(s) will be forwarded to you shortly, as the internal approval process is still ongoing.

Please accept the assurances of our highest regards.

Engr. Yakubu M. Abdullahi
For: Executive Vice Chairman
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
""", fmt="plain", ua="exchange", tz="+0100", cte="7bit",
  sessions=["budapest-2019"])

M("en-nga-2", "en", "NGA", "nomination",
  ("Yakubu Abdullahi", "yabdullahi@ncc.gov.ng"),
  "RE: CONSULTATION SESSIONS FOR MEMBER STATES (CI-19/35) - NOMINEE",
  "2019-08-14 12:03:55", """
Dear Sir,

Further to our mail of 5th August 2019, kindly find below the details of Nigeria's nominee for the consultation session at ITU Telecom World 2019:

Name:      Dr. Chidinma Okafor-Eze
Position:  Director, New Media & Information Security
Agency:    Nigerian Communications Commission
Email:     cokafor-eze@ncc.gov.ng
Phone:     +234 803 311 4520

Regards,

Engr. Yakubu M. Abdullahi
For: Executive Vice Chairman
""", fmt="plain", ua="exchange", tz="+0100", cte="7bit", in_reply_to="en-nga-1",
  delegates=[D("Chidinma Okafor-Eze", "Director, New Media & Information Security", "cokafor-eze@ncc.gov.ng")],
  sessions=["budapest-2019"])

M("en-aus-1", "en", "AUS", "decline",
  ("Cartwright, Hamish", "hamish.cartwright@communications.gov.au"),
  "RE: CI-19/35 - Consultation sessions for Member States [SEC=UNCLASSIFIED]",
  "2019-08-08 03:26:10", """
Dear Mr Clark,

Thank you very much for the invitation to the "Fostering tech and innovation SMEs" consultation sessions, and congratulations to the Secretariat on a timely initiative. Australia has long championed the participation of smaller innovative firms in the ITU's work, and we were pleased to see Council make real progress on Resolution 209.

Regrettably, as our delegation to Telecom World this year is limited to officials supporting the Ministerial programme, we will not be able to send a participant to the session in Budapest. We would nonetheless be glad to share our experience informally and would welcome receiving the outcomes of the discussion.

With best wishes for a successful session,

Hamish Cartwright
Assistant Director | International Telecommunications Section
Department of Communications and the Arts
GPO Box 2154 Canberra ACT 2601
""", fmt="alt", ua="outlook", cte="quoted-printable", langattr="EN-AU", content_language="en-AU",
  headers=[("X-Protective-Marking", "VER=2018.1, NS=gov.au, SEC=UNCLASSIFIED, ORIGIN=hamish.cartwright@communications.gov.au")])

M("en-can-1", "en", "CAN", "inquiry",
  ("Tremblay-Nguyen, Sophie (ISED/ISDE)", "sophie.tremblay-nguyen@canada.ca"),
  "Question re: CI-19/35 / Question concernant la CI-19/35",
  "2019-08-06 16:55:02", """
Hello,

Before we confirm a participant for the 10 September session, could you please clarify two points:

1. Will remote participation be offered for delegates who are not travelling to Budapest?
2. Is a Telecom World badge required to access the session room, or will Member State delegates registered only for the consultation be admitted?

Many thanks,

Sophie Tremblay-Nguyen
Senior Analyst, International Telecommunications Policy
Innovation, Science and Economic Development Canada / Government of Canada
sophie.tremblay-nguyen@canada.ca / Tel: 343-291-1478
""", fmt="alt", ua="outlook", cte="7bit", langattr="EN-CA", fresh=True)

M("en-jam-1", "en", "JAM", "nomination",
  ("Nadine Bailey-Morrison", "nbailey-morrison@mset.gov.jm"),
  "Re: ITU Circular CI-19/35",
  "2019-08-17 00:00:41", """
Good evening,

Kindly be advised that the Ministry of Science, Energy and Technology wishes to nominate Mr. D. A. Campbell, Director, Telecommunications Policy, to attend the Fostering Tech and Innovation SMEs consultation in Budapest.

Apologies for the lateness of this submission.

Respectfully,

Nadine Bailey-Morrison (Mrs.)
Senior Director, ICT Policy Unit
Ministry of Science, Energy and Technology
36 Trafalgar Road, Kingston 10, Jamaica
""", fmt="alt", ua="zimbra", tz="-0500", cte="7bit", html_style="gmail",
  delegates=[D("D. A. Campbell", "Director, Telecommunications Policy")],
  sessions=["budapest-2019"], expect_late=True)

M("en-zaf-1", "en", "ZAF", "nomination",
  ("Thandeka Zulu", "tzulu@dtps.gov.za"),
  "RE: CI-19/35: South Africa nominations - Fostering tech and innovation SMEs",
  "2019-08-13 15:20:36", """
Dear Sir/Madam,

South Africa welcomes the series of consultations on Fostering tech and innovation SMEs and wishes to participate in all three planned sessions (Budapest, the CWG meetings and the WSIS Forum 2020). The following officials have been nominated:

[[table]]
Name | Designation | Organisation | E-mail
Mr Sipho Ndlovu | Chief Director: ICT Enterprise Development | DTPS | sndlovu@dtps.gov.za
Ms Lerato Mokoena | Director: International Affairs | DTPS | lmokoena@dtps.gov.za
Dr Pieter van der Merwe | Senior Manager: SMME Programmes | ICASA | pvandermerwe@icasa.org.za
[[/table]]

Kindly note that Ms Mokoena will coordinate the South African delegation.

Best regards

Thandeka Zulu
Deputy Director: Multilateral Relations
Department of Telecommunications and Postal Services
iParioli Office Park, 1166 Park Street, Hatfield, Pretoria
Tel: +27 12 427 8114
""", fmt="alt", ua="outlook", cte="quoted-printable", quote=dict(style="outlook", circ="en-short"),
  delegates=[D("Sipho Ndlovu", "Chief Director: ICT Enterprise Development", "sndlovu@dtps.gov.za"),
             D("Lerato Mokoena", "Director: International Affairs", "lmokoena@dtps.gov.za"),
             D("Pieter van der Merwe", "Senior Manager: SMME Programmes", "pvandermerwe@icasa.org.za")],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"])

M("en-sgp-1", "en", "SGP", "nomination",
  ("LIM Wei Jie Marcus (IMDA)", "marcus_lim@imda.gov.sg"),
  "RE: CI-19/35 Consultation sessions for Member States",
  "2019-08-15 05:41:12", """
Dear Sir/Madam,

We refer to CI-19/35.

As Singapore's presence at ITU Telecom World this year will be a small team focused on other commitments, we will not be able to join the Budapest session. We would, however, like to take part in the session planned during the WSIS Forum 2020, and nominate Ms Tan Hwee Ling, Deputy Director (International), IMDA, for that session only.

Best regards,
Lim Wei Jie Marcus
Manager, International Relations
Infocomm Media Development Authority
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438
""", fmt="alt", ua="outlook", cte="7bit",
  delegates=[D("Tan Hwee Ling", "Deputy Director (International), IMDA")],
  sessions=["wsis-2020"])

M("en-gha-1", "en", "GHA", "nomination",
  ("Akosua Darko-Boateng", "geneva@ghanamission.ch"),
  "CI-19/35 - Ghana's participation",
  "2019-08-07 10:09:31", """
Dear Sir/Madam,

The Permanent Mission of the Republic of Ghana in Geneva has been instructed by the Ministry of Communications in Accra to convey Ghana's interest in the consultation sessions referred to in Circular CI-19/35.

Ghana's delegation to the first session in Budapest will comprise:

1. Mr. Kwabena Asante-Mensah, Chief Director, Ministry of Communications
2. Mr. Emmanuel Nii Lartey, Counsellor, Permanent Mission of Ghana, Geneva

I have copied Ms. Abena Ofori of the Ministry, who handles the delegation's accreditation, for ease of coordination.

Yours sincerely,

Akosua Darko-Boateng (Ms.)
First Secretary
Permanent Mission of Ghana to the United Nations Office at Geneva
Rue du Valais 11, 1202 Geneva
""", fmt="plain", ua="thunderbird", cte="7bit", flowed=True, wrap=72,
  cc=[("Abena Ofori", "abena.ofori@moc.gov.gh")], fresh=True,
  delegates=[D("Kwabena Asante-Mensah", "Chief Director, Ministry of Communications"),
             D("Emmanuel Nii Lartey", "Counsellor, Permanent Mission of Ghana, Geneva")],
  sessions=["budapest-2019"])

M("en-nzl-1", "en", "NZL", "nomination",
  ("James O'Connell", "james.oconnell@mbie.govt.nz"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  "2019-07-30 02:12:44", """
Kia ora,

New Zealand would like to nominate Aroha Te Whata, Principal Policy Advisor, Ministry of Business, Innovation and Employment (aroha.tewhata@mbie.govt.nz), for the SME consultation session at Telecom World in Budapest.

Ng\u0101 mihi,

James O'Connell
Senior Advisor, International Telecommunications | Ministry of Business, Innovation & Employment
15 Stout Street, Wellington 6011
""", fmt="alt", ua="outlook", cte="quoted-printable", langattr="EN-NZ",
  delegates=[D("Aroha Te Whata", "Principal Policy Advisor, Ministry of Business, Innovation and Employment",
               "aroha.tewhata@mbie.govt.nz")],
  sessions=["budapest-2019"])

M("en-nzl-2", "en", "NZL", "correction",
  ("James O'Connell", "james.oconnell@mbie.govt.nz"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  "2019-08-12 23:48:05", """
Kia ora again,

A quick update to our nomination of 30 July: Aroha Te Whata will attend not only the Budapest session but also the one to be held alongside the Council Working Group meetings early next year. Could you please record her for both?

Ng\u0101 mihi,
James
""", fmt="alt", ua="outlook", cte="quoted-printable", langattr="EN-NZ", in_reply_to="en-nzl-1",
  delegates=[D("Aroha Te Whata")], sessions=["budapest-2019", "cwg-2020"], supersedes="en-nzl-1")

M("en-uga-1", "en", "UGA", "nomination",
  ("Patricia Namubiru", "patricia.namubiru@gmail.com"),
  "Uganda nomination - ITU SME consultation Budapest",
  "2019-08-16 18:22:37", """
Dear Sir/Madam,

I am writing on behalf of the Ministry of ICT and National Guidance, Uganda (our official mail server is currently down, hence this address).

The Ministry nominates Mr. Ronald Ssekandi, Commissioner, Information Technology, to attend the consultation in Budapest on 10th September 2019. His official email is rssekandi@ict.go.ug.

Kind regards,

Patricia Nakato Namubiru
Principal ICT Officer
Ministry of ICT and National Guidance
Tel: +256 772 418 903
""", fmt="alt", ua="gmail", html_style="gmail", cte="7bit", fresh=True,
  delegates=[D("Ronald Ssekandi", "Commissioner, Information Technology", "rssekandi@ict.go.ug")],
  sessions=["budapest-2019"])

M("en-org-1", "en", None, "nomination",
  ("Grace Uwase Mukamana", "grace@savannahiot.rw"),
  "Fostering tech SMEs consultation - request to attend (start-up from Rwanda)",
  "2019-08-10 13:33:58", """
Dear ITU SME Team,

I am the founder of Savannah IoT Labs, a 14-person hardware start-up in Kigali. A contact at the Ministry shared your circular on fostering tech SMEs with us, and we would very much like to take part in the Budapest session, as we are exhibiting in the SME pavilion at Telecom World anyway.

I would attend myself, together with our CTO, Jean-Claude Habimana (jc@savannahiot.rw).

Is it possible for a company to attend these Member State consultations?

Best,

Grace Uwase Mukamana
Founder & CEO, Savannah IoT Labs Ltd
KG 7 Ave, Kigali Heights, Kigali, Rwanda
+250 788 304 221 | grace@savannahiot.rw
""", fmt="alt", ua="gmail", html_style="gmail", cte="7bit", fresh=True, tz="+0200",
  delegates=[D("Grace Uwase Mukamana", "Founder & CEO, Savannah IoT Labs Ltd", "grace@savannahiot.rw"),
             D("Jean-Claude Habimana", "CTO", "jc@savannahiot.rw")],
  sessions=["budapest-2019"])

M("en-uni-1", "en", None, "interest_only",
  ("Dr. Stella Achieng Odhiambo", "s.odhiambo@cit.mak.ac.ug"),
  "Academia interest - SME consultations (WSIS Forum 2020)",
  "2019-08-11 20:04:19", """
Dear Colleagues,

Makerere University, as an ITU Academia member, follows the SME discussion with great interest, in particular through our incubation hub at the College of Computing.

We will not be in Budapest, but we would be keen to contribute to the session you plan during the WSIS Forum 2020. We shall confirm the name of our participant closer to the time.

With kind regards,

Dr. Stella Achieng Odhiambo
Senior Lecturer & Coordinator, ResilientAfrica Innovation Hub
College of Computing and Information Sciences, Makerere University
P.O. Box 7062, Kampala
""", fmt="plain", ua="roundcube", tz="+0300", cte="7bit",
  sessions=["wsis-2020"])

M("en-ngo-1", "en", None, "nomination",
  ("Digital Inclusion Alliance", "policy@digitalinclusion-alliance.org"),
  "Nomination - SME consultation at ITU Telecom World",
  "2019-08-14 16:16:16", """
Dear Mr Clark,

Although we are not a Member State, the Digital Inclusion Alliance (an ITU-D Sector Member since 2016) would welcome the opportunity to contribute the perspective of the women-led SMEs we support in 11 countries.

Should the Secretariat agree to open the consultations to observers, our Programme Director, Ms Fatou Bintou Diallo (f.diallo@digitalinclusion-alliance.org), would attend the session in Budapest and, if possible, the WSIS Forum session next year.

Warm regards,

Rebecca Lindqvist
Executive Director
Digital Inclusion Alliance
Chemin du Pr\u00e9-Fleuri 3, 1228 Plan-les-Ouates, Switzerland
""", fmt="alt", ua="outlook", cte="quoted-printable",
  delegates=[D("Fatou Bintou Diallo", "Programme Director", "f.diallo@digitalinclusion-alliance.org")],
  sessions=["budapest-2019", "wsis-2020"])

M("en-rto-1", "en", None, "nomination",
  ("CTU Secretariat", "info@ctu.int"),
  "CI-19/35 - Caribbean Telecommunications Union",
  "2019-08-15 19:58:44", """
Dear Sir/Madam,

The Caribbean Telecommunications Union (CTU), on behalf of its Member States, welcomes the initiative on fostering tech and innovation SMEs, which is closely aligned with our regional ICT start-up programme.

The CTU will be represented at the session to be held during ITU Telecom World by Mr. Nigel Alleyne-Whitmore, ICT Business Development Manager (nalleyne@ctu.int).

Regards,

Secretariat
Caribbean Telecommunications Union
Victoria Park Suites, 14-17 Victoria Square, Port of Spain, Trinidad and Tobago
""", fmt="plain", ua="exchange", tz="-0400", cte="7bit",
  delegates=[D("Nigel Alleyne-Whitmore", "ICT Business Development Manager", "nalleyne@ctu.int")],
  sessions=["budapest-2019"])

M("en-zmb-auto", "en", None, "auto_reply",
  ("Mwila, Joseph", "jmwila@zicta.zm"),
  "Automatic reply: CI-19/35 - Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  "2019-07-24 16:33:02", """
Thank you for your email.

I am out of the office attending a regional workshop and will return on Monday 19th August 2019, with limited access to email. For urgent matters please contact Mr. John Phiri, Manager Standards (jphiri@zicta.zm, +260 211 244 424).

Joseph Mwila
Director, Technology & Engineering
Zambia Information and Communications Technology Authority
""", fmt="alt", ua="outlook", cte="7bit",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "jmwila@zicta.zm")])

M("en-hotel-scam", "en", None, "unrelated",
  ("ITU Telecom World 2019 Housing", "reservations@twhousing-bookings.com"),
  "ITU Telecom World 2019 Budapest \u2013 Official Hotel Accommodation (deadline approaching)",
  "2019-08-06 09:02:13", """
Dear Delegate,

**ITU Telecom World 2019 | 9-12 September 2019 | Hungexpo, Budapest**

We are contacting you on behalf of the housing bureau for ITU Telecom World 2019. Due to high demand, only a limited number of rooms remain available at the discounted group rates at hotels within walking distance of the venue.

- Hotel Budapest Central **** - EUR 129 per night
- Danube Riverside Suites ***** - EUR 189 per night

To secure your booking, please reply with the names of your delegation members, arrival and departure dates and a credit card for guarantee. The deadline for group rates is 16 August.

Kind regards,

Reservations Team
Travel & Housing Services
""", fmt="html", ua="system", cs="utf-8", cte="base64", html_style="plainhtml", tz="+0100",
  msgid="<20190806070213.8F3A2C1D0@twhousing-bookings.com>", out_host="smtp.twhousing-bookings.com",
  headers=[("X-Mailer", "PHPMailer 5.2.22"), ("List-Unsubscribe", "<mailto:unsubscribe@twhousing-bookings.com>")])

M("en-av-vendor", "en", None, "unrelated",
  ("Mark Delaney", "mark.delaney@confav-solutions.eu"),
  "Interpretation & AV for your September side events in Budapest",
  "2019-08-12 10:45:00", """
Hi there,

I noticed ITU is hosting several side events and consultations at Telecom World in Budapest this September. We provide simultaneous interpretation booths, infra-red receivers and hybrid streaming for meetings of 20-500 participants, with local crews in Budapest, Vienna and Geneva.

Would you have 15 minutes next week for a quick call? I can also send references from other UN agencies.

Best,

Mark Delaney
Senior Account Manager | ConfAV Solutions
+36 1 555 0199 | www.confav-solutions.eu
""", fmt="alt", ua="gmail", html_style="gmail", cte="7bit", fresh=True,
  env_from="bounces+4471@em.confav-solutions.eu")

M("en-newsletter", "en", None, "unrelated",
  ("Mobile for Development", "newsletter@m4d-news.org"),
  "M4D Newsletter \u2013 August 2019: SMEs, start-ups and the road to Budapest",
  "2019-08-15 14:00:07", """
**Mobile for Development \u2013 August 2019**

In this issue:

1. Why tech SMEs are still missing from standards bodies - and what regulators can do about it
2. Start-up pavilions at ITU Telecom World 2019, Budapest, 9-12 September: who is going
3. Interview: a Kenyan mobile-money entrepreneur on scaling across borders
4. Upcoming webinars in September

You are receiving this newsletter because you subscribed at an M4D event. Unsubscribe | Update preferences
""", fmt="alt", ua="system", cte="quoted-printable", html_style="plainhtml", fresh=True, tz="+0100",
  out_host="mta12.m4d-news.org", msgid="<0.1.3C.4F2.1D552F91A3E2B8C.0@mta12.m4d-news.org>",
  headers=[("List-Unsubscribe", "<https://m4d-news.org/u?e=sme%40itu.int>"), ("Precedence", "bulk")])

M("en-itu-internal", "en", None, "unrelated",
  ("Nowak, Agnieszka", "agnieszka.nowak@itu.int"),
  "Budapest - room for the SME consultation + catering",
  "2019-08-14 11:26:40", """
Hi Chris,

Hungexpo confirmed Room C2 for 10 September, 14:00-16:30, theatre style for 60 people, with two roaming microphones. Catering (coffee break at 15:15) is with Mr Bal\u00e1zs Szab\u00f3 from the venue team - I have put him in touch with Ana.

Can you send me the final number of delegates by 2 September so I can adjust the seating? Also, do we need interpretation?

Thanks,
Agnieszka

Agnieszka Nowak
Events Coordinator, ITU Telecom World
International Telecommunication Union
""", fmt="alt", ua="outlook", cte="quoted-printable", fresh=True,
  to=[("Clark, Christopher", "christopher.clark@itu.int"), ("ITU SME", "sme@itu.int")],
  cc=[("Ferreira, Ana", "ana.ferreira@itu.int")])

M("en-event-invite", "en", None, "unrelated",
  ("Budapest Startup Alliance", "events@budapeststartups.hu"),
  "Invitation: Tech Night Budapest - 9 September 2019",
  "2019-08-09 15:10:10", """
Dear Friend of Innovation,

On the eve of ITU Telecom World 2019, the Budapest Startup Alliance invites you to Tech Night Budapest on Monday 9 September 2019 from 19:00 at the Akv\u00e1rium Klub, Erzs\u00e9bet t\u00e9r.

Meet 40 Hungarian start-ups, investors and policy makers. Short remarks by the State Secretary for Innovation.

Please RSVP by 2 September. A calendar invitation is attached.

Budapest Startup Alliance
""", fmt="alt", ua="system", cte="quoted-printable", html_style="plainhtml", fresh=True,
  out_host="mail.budapeststartups.hu", msgid="<5d4d6e52a1b2c@budapeststartups.hu>",
  attach=[("invite.ics", "text/calendar; method=PUBLISH",
           "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BSA//Events//EN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n"
           "UID:technight-2019-09-09@budapeststartups.hu\r\nDTSTAMP:20190809T130000Z\r\n"
           "DTSTART:20190909T170000Z\r\nDTEND:20190909T210000Z\r\nSUMMARY:Tech Night Budapest\r\n"
           "LOCATION:Akvarium Klub\\, Erzsebet ter 12\\, Budapest\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")])

M("en-mdn", "en", None, "auto_reply",
  ("Okonkwo, Ifeanyi", "iokonkwo@nitda.gov.ng"),
  "Read: CI-19/35 - Consultation sessions for Member States",
  "2019-07-25 09:14:55", "", ua="outlook", raw_body=mdn_receipt,
  mdn=dict(text="Your message\n\n  To: Okonkwo, Ifeanyi\n  Subject: CI-19/35 - Consultation sessions for Member States\n"
                "  Sent: Wednesday, July 24, 2019 2:31:11 PM (UTC+00:00) Monrovia, Reykjavik\n\n"
                "was read on Thursday, July 25, 2019 7:14:49 AM (UTC+00:00) Monrovia, Reykjavik.\n",
           ua_host="MBX02.nitda.gov.ng", orig_mid=CIRCULAR_MSGID))

M("en-bounce-1", "en", None, "bounce",
  ("Mail Delivery System", "MAILER-DAEMON@mx1.itu.int"),
  "Undelivered Mail Returned to Sender",
  "2019-08-14 12:10:31", "", ua="system", raw_body=dsn_postfix, sys_host="mx1.itu.int",
  env_from="", fresh=True, date_lag=1,
  received_raw=["by mx1.itu.int (Postfix)\n\tid 45Rt8q0w3Sz1yZ; {t0}"],
  msgid="<45Rt8q0w3Sz1yZ@mx1.itu.int>",
  dsn=dict(rcpt="c.okafor-eze@ncc.gov.ng", remote="mail.ncc.gov.ng", status="5.1.1",
           diag="550 5.1.1 <c.okafor-eze@ncc.gov.ng>: Recipient address rejected: User unknown in virtual mailbox table",
           arrival="Wed, 14 Aug 2019 12:10:29 +0200 (CEST)",
           original=ack_message("Chidinma Okafor-Eze", "c.okafor-eze@ncc.gov.ng",
                                "Your registration: SME consultation, Budapest, 10 September 2019", """Dear Dr Okafor-Eze,

Thank you for your nomination by the Nigerian Communications Commission. You are registered for the consultation session "Fostering tech and innovation SMEs", 10 September 2019, ITU Telecom World, Budapest.

Best regards,
ITU SME team""", "en-bounce-1", "Wed, 14 Aug 2019 12:10:28 +0200")))


# ---------------------------------------------------------------- French
M("fr-fra-1", "fr", "FRA", "nomination",
  ("MARCHAND-ROUSSEL Hélène (DGE/SCE)", "helene.marchand-roussel@finances.gouv.fr"),
  "RE: CI-19/35 - Séances de consultation pour les États Membres - réponse de la France",
  "2019-08-13 17:48:22", """
Monsieur le Secrétaire général,

J'ai l'honneur d'accuser réception de la lettre circulaire CI-19/35 du 23 juillet 2019, par laquelle vous invitez les États Membres à participer à une série de séances de consultation consacrées à la promotion des PME dans le domaine de la technologie et de l'innovation.

La France se félicite de cette initiative, qui prolonge utilement les échanges tenus lors de la dernière session du Conseil et s'inscrit dans la mise en œuvre de la Résolution 209 (Dubaï, 2018). Les autorités françaises attachent une importance particulière à la participation des jeunes entreprises innovantes aux travaux de l'Union, et sont disposées à partager l'expérience acquise dans le cadre de l'initiative French Tech et des dispositifs de soutien de Bpifrance.

Dans ce contexte, j'ai le plaisir de vous informer que M. Jean-Baptiste LEFÈVRE, chef du bureau des affaires internationales du numérique à la Direction générale des entreprises, représentera la France lors de la première séance, le 10 septembre 2019 à Budapest.

La France suivra également avec intérêt la préparation des séances prévues en 2020 et ne manquera pas de vous faire connaître sa participation le moment venu.

Je vous prie d'agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Pour le ministre et par délégation,
la sous-directrice des communications électroniques et des postes

Hélène MARCHAND-ROUSSEL

Direction générale des entreprises
Ministère de l'Économie et des Finances
67, rue Barbès - 94200 Ivry-sur-Seine
Tél. : +33 (0)1 79 84 32 10
""", fmt="alt", cs="iso-8859-15", cte="quoted-printable", ua="outlook", head_q=True, head_cs="iso-8859-15",
  content_language="fr-FR", quote=dict(style="outlook", hdr="fr", circ="fr"),
  delegates=[D("Jean-Baptiste LEFÈVRE",
               "chef du bureau des affaires internationales du numérique à la Direction générale des entreprises")],
  sessions=["budapest-2019"])

M("fr-sen-1", "fr", "SEN", "nomination",
  ("Aminata Sow Ba", "aminata.sowba@artp.sn"),
  "Participation du Sénégal - Séance de consultation PME - Budapest",
  "2019-08-08 12:31:47", """
Monsieur,

Suite à la lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous informer que l'Autorité de Régulation des Télécommunications et des Postes (ARTP) du Sénégal, avec l'accord de son Directeur général, M. Babacar NDOYE, souhaite prendre part à la première séance de consultation, prévue le 10 septembre à Budapest en marge de l'ITU Telecom World 2019.

La délégation sénégalaise sera composée de Mme Ndèye Fatou DIOP, Directrice de la Régulation et de la Prospective (ndeyefatou.diop@artp.sn), ainsi que de :

Nom : NIANG
Prénom : Mamadou Lamine
Fonction : Chef de la Division Innovation et Économie numérique
Courriel : ml.niang@artp.sn
Tél. : +221 33 869 03 69

Pour toute question d'ordre logistique, vous pouvez contacter M. Ousmane FALL (ousmane.fall@artp.sn), qui n'est pas membre de la délégation mais coordonne nos déplacements.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Aminata Sow Ba
Chef du Service Coopération internationale
ARTP Sénégal - Route des Almadies, Dakar
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="fr-SN", fresh=True,
  delegates=[D("Ndèye Fatou DIOP", "Directrice de la Régulation et de la Prospective", "ndeyefatou.diop@artp.sn"),
             D("Mamadou Lamine NIANG", "Chef de la Division Innovation et Économie numérique", "ml.niang@artp.sn")],
  sessions=["budapest-2019"])

M("fr-civ-1", "fr", "CIV", "nomination",
  ("Mission Permanente de Côte d'Ivoire", "mission.ci@cotedivoire-geneve.ch"),
  "Note verbale - CI-19/35 - Désignation",
  "2019-08-14 15:02:09", """
Monsieur le Chef de Division,

La Mission Permanente de la République de Côte d'Ivoire auprès de l'Office des Nations Unies à Genève et des autres Organisations Internationales en Suisse présente ses compliments au Secrétariat général de l'Union internationale des télécommunications (UIT) et, se référant à la lettre circulaire CI-19/35 du 23 juillet 2019, a l'honneur de lui transmettre, à la demande du Ministère de l'Économie Numérique et de la Poste, la désignation de :

- Monsieur KOUASSI Yao Fulgence, Directeur Général de l'Économie Numérique (yf.kouassi@telecom.gouv.ci) ;
- Madame TRAORÉ née KONÉ Mariam, Sous-Directrice de la Promotion des PME du numérique,

pour prendre part à la séance de consultation du 10 septembre 2019 à Budapest, ainsi qu'à celle qui se tiendra en marge du Forum du SMSI 2020.

La Mission Permanente de la République de Côte d'Ivoire auprès de l'Office des Nations Unies à Genève et des autres Organisations Internationales en Suisse saisit cette occasion pour renouveler au Secrétariat général de l'UIT les assurances de sa haute considération.

Genève, le 14 août 2019

Serge-Alain N'GUESSAN
Premier Conseiller
""", fmt="html", cs="windows-1252", cte="quoted-printable", ua="exchange", content_language="fr-CI",
  fresh=True, attach=[("NV_CI-19-35_UIT.pdf", "application/pdf", pdf_bytes("Note verbale No 1127/MPCI/GE"))],
  delegates=[D("KOUASSI Yao Fulgence", "Directeur Général de l'Économie Numérique", "yf.kouassi@telecom.gouv.ci"),
             D("TRAORÉ née KONÉ Mariam", "Sous-Directrice de la Promotion des PME du numérique")],
  sessions=["budapest-2019", "wsis-2020"])

M("fr-cmr-1", "fr", "CMR", "interest_only",
  ("Jean-Marie Essomba", "jm.essomba@minpostel.gov.cm"),
  "TR: CI-19/35 - Séances de consultation - Intérêt du Cameroun",
  "2019-08-09 10:27:55", """
Monsieur,

Faisant suite à votre correspondance CI-19/35, j'ai l'honneur de vous confirmer l'intérêt du Cameroun pour la série de consultations sur les PME technologiques et innovantes, et tout particulièrement pour la séance de Budapest.

Les noms des participants désignés vous seront communiqués incessamment, dès validation par la hiérarchie.

Veuillez agréer, Monsieur, l'expression de ma considération distinguée.

Pour le Ministre des Postes et Télécommunications,
Le Chef de la Division de la Coopération,

Jean-Marie ESSOMBA ATANGANA
""", fmt="plain", cs="iso-8859-1", cte="8bit", ua="thunderbird", tz="+0100",
  quote=dict(style="fwd", circ="fr", intro="-------- Message transféré --------",
             fwdhdr="Sujet : CI-19/35 - Séances de consultation pour les États Membres\nDate : Wed, 24 Jul 2019 16:31:11 +0200\nDe : ITU SME <sme@itu.int>\nPour : Member States"),
  sessions=["budapest-2019"])

M("fr-bel-1", "fr", "BEL", "decline",
  ("Pascale Dumont", "pascale.dumont@bipt.be"),
  "RE: CI-19/35 - Séances de consultation pour les États Membres",
  "2019-08-05 11:15:31", """
Cher Monsieur Clark,

Nous vous remercions sincèrement pour votre aimable invitation et saluons chaleureusement cette excellente initiative, qui répond à une attente réelle de nombreux États Membres.

La Belgique aurait été très heureuse d'y contribuer ; malheureusement, le calendrier de septembre, déjà très chargé pour notre petite équipe internationale, ne nous permettra pas d'être représentés à Budapest. Nous suivrons les résultats de ces travaux avec le plus grand intérêt et restons bien entendu à votre disposition pour partager nos bonnes pratiques par écrit.

Avec nos meilleures salutations,

Pascale Dumont
Conseillère - Relations internationales
Institut belge des services postaux et des télécommunications (IBPT)
Boulevard du Roi Albert II 35, 1030 Bruxelles
""", fmt="alt", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="fr-BE",
  quote=dict(style="outlook", hdr="fr", circ="fr"))

M("fr-che-1", "fr", "CHE", "nomination",
  ("Favre Laurent BAKOM", "laurent.favre@bakom.admin.ch"),
  "AW: CI-19/35 - Consultation PME - désignation Suisse",
  "2019-08-02 14:02:50", """
Bonjour,

L'Office fédéral de la communication (OFCOM) a le plaisir de vous annoncer la participation de la Suisse à la séance du 10 septembre à Budapest. Seront présents :

- Laurent Favre, chef de section Affaires internationales, OFCOM (laurent.favre@bakom.admin.ch)
- Sabine Keller-Mühlemann, collaboratrice scientifique, OFCOM (sabine.keller@bakom.admin.ch)

Meilleures salutations

Laurent Favre

Eidgenössisches Departement für Umwelt, Verkehr, Energie und Kommunikation UVEK
Office fédéral de la communication OFCOM
Zukunftstrasse 44, CH-2501 Bienne
Tél. +41 58 460 55 11
""", fmt="alt", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="fr-CH", langattr="FR-CH",
  delegates=[D("Laurent Favre", "chef de section Affaires internationales, OFCOM", "laurent.favre@bakom.admin.ch"),
             D("Sabine Keller-Mühlemann", "collaboratrice scientifique, OFCOM", "sabine.keller@bakom.admin.ch")],
  sessions=["budapest-2019"])

M("fr-che-2", "fr", "CHE", "correction",
  ("Favre Laurent BAKOM", "laurent.favre@bakom.admin.ch"),
  "AW: CI-19/35 - Consultation PME - désignation Suisse - modification",
  "2019-08-15 09:12:06", """
Bonjour,

Petite modification par rapport à notre message du 2 août : je ne pourrai malheureusement pas me rendre à Budapest. Merci de remplacer mon nom par celui de Mme Anouk Bessire, cheffe suppléante de section (anouk.bessire@bakom.admin.ch).

La délégation suisse sera donc composée de Mme Anouk Bessire et de Mme Sabine Keller-Mühlemann.

Meilleures salutations et merci d'avance

Laurent Favre
""", fmt="alt", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="fr-CH", langattr="FR-CH",
  in_reply_to="fr-che-1",
  delegates=[D("Anouk Bessire", "cheffe suppléante de section", "anouk.bessire@bakom.admin.ch"),
             D("Sabine Keller-Mühlemann")],
  sessions=["budapest-2019"], supersedes="fr-che-1")

M("fr-tun-1", "fr", "TUN", "nomination",
  ("Karim Jaziri", "k.jaziri@mtcen.gov.tn"),
  "Désignation - consultation PME technologiques - Budapest 10/09/2019",
  "2019-08-12 13:40:00", """
Bonjour,

Le Ministère des Technologies de la Communication et de l'Économie Numérique a le plaisir de vous informer de la désignation de Mme Amira BEN SALAH (أميرة بن صالح), Directrice générale de l'Économie numérique, de l'Investissement et de l'Exportation, pour participer à la première session des consultations « Promouvoir les PME de la technologie et de l'innovation » prévue le 10/09/2019 à Budapest.

Email : amira.bensalah@mtcen.gov.tn
Tél : +216 71 359 000

Cordialement,

Karim Jaziri
Chargé de la coopération multilatérale
Direction générale de la Coopération internationale
""", fmt="plain", cs="utf-8", cte="quoted-printable", ua="zimbra", tz="+0100", fresh=True,
  delegates=[D("Amira BEN SALAH",
               "Directrice générale de l'Économie numérique, de l'Investissement et de l'Exportation",
               "amira.bensalah@mtcen.gov.tn", aliases=["أميرة بن صالح"])],
  sessions=["budapest-2019"])

M("fr-hti-1", "fr", "HTI", "inquiry",
  ("Widline Pierre-Louis", "wpierrelouis@conatel.gouv.ht"),
  "Question - CI-19/35 - prise en charge des délégués",
  "2019-08-07 18:22:13", """
Bonjour Monsieur Clark,

Le Conseil National des Télécommunications (CONATEL) a bien reçu la lettre circulaire CI-19/35 et vous en remercie.

Avant de soumettre le nom de notre participant, nous souhaiterions savoir si l'UIT prévoit une prise en charge (billet d'avion et/ou indemnité journalière) pour les délégués des PMA souhaitant se rendre à Budapest, et si une participation à distance sera possible.

Dans l'attente de votre réponse, veuillez agréer nos salutations distinguées.

Widline Pierre-Louis
Direction des Affaires Juridiques et de la Coopération
CONATEL - 16, avenue Marie-Jeanne, Port-au-Prince, Haïti
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="gmail", html_style="gmail", fresh=True,
  to=[("Christopher Clark", "christopher.clark@itu.int")], cc=[("ITU SME", "sme@itu.int")])

M("fr-cod-1", "fr", "COD", "nomination",
  ("Désiré ILUNGA", "desire.ilunga@yahoo.fr"),
  "Désignation RDC - Séance de consultation Budapest",
  "2019-08-17 08:41:10", """
Monsieur le Secrétaire Général,

Nous référant à votre lettre circulaire CI-19/35, nous avons l'honneur de vous communiquer la désignation de Monsieur MUKENDI KABONGO Patrick, Conseiller chargé des TIC au Cabinet du Ministre des Postes, Télécommunications et Nouvelles Technologies de l'Information et de la Communication, pour la séance de consultation de Budapest.

Nous vous prions de bien vouloir excuser le léger retard de notre réponse.

Haute considération.

Pour le Secrétaire Général aux PT-NTIC,
Désiré ILUNGA WA ILUNGA
Directeur des Études et de la Planification
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="yahoo", html_style="gmail", tz="+0100", fresh=True,
  recv_zone="+0000", out_host="sonic312-21.consmr.mail.ir2.yahoo.com",
  delegates=[D("MUKENDI KABONGO Patrick",
               "Conseiller chargé des TIC au Cabinet du Ministre des Postes, Télécommunications et Nouvelles Technologies de l'Information et de la Communication")],
  sessions=["budapest-2019"], expect_late=True)

M("fr-mli-1", "fr", "MLI", "nomination",
  ("Oumar Dembélé", "o.dembele@numerique.gouv.ml"),
  "RE: CI-19/35",
  "2019-08-16 11:07:34", """
Monsieur,

En réponse à votre circulaire CI-19/35, j'ai l'honneur de vous informer que je représenterai moi-même le Mali à ces consultations.

Salutations distinguées.

Dr Oumar DEMBÉLÉ
Directeur National de l'Économie Numérique
Ministère de la Communication et de l'Économie Numérique
Bamako - Mali
Tél : (+223) 20 22 56 09
Courriel : o.dembele@numerique.gouv.ml
""", crlf=True, fmt="plain", cs="windows-1252", cte="8bit", ua="thunderbird", tz="+0000",
  delegates=[D("Oumar DEMBÉLÉ", "Directeur National de l'Économie Numérique", "o.dembele@numerique.gouv.ml")],
  sessions=["budapest-2019"])

M("fr-mar-1", "fr", "MAR", "nomination",
  ("Rachid TAZI", "tazi@anrt.ma"),
  "RE: CI-19/35 - Liste des participants ANRT",
  "2019-08-09 16:44:29", """
Monsieur,

Suite à la circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications (ANRT) a l'honneur de vous communiquer ci-dessous la liste des participants désignés pour la séance de Budapest (10 septembre 2019) et pour la séance prévue lors du Forum du SMSI 2020 :

[[table]]
Nom et prénom | Fonction | Adresse électronique
M. Youssef EL ALAOUI | Chef du Département Coopération | elalaoui@anrt.ma
Mme Salma BENNANI | Chef de Service Innovation et PME | s.bennani@anrt.ma
[[/table]]

Cordialement,

Rachid TAZI
Division des Relations Internationales
ANRT - Centre d'affaires, Boulevard Ar-Ryad, Hay Ryad, Rabat
""", fmt="alt", cs="windows-1252", cte="quoted-printable", ua="outlook", content_language="fr-MA",
  quote=dict(style="outlook", hdr="fr", circ="fr"),
  delegates=[D("Youssef EL ALAOUI", "Chef du Département Coopération", "elalaoui@anrt.ma"),
             D("Salma BENNANI", "Chef de Service Innovation et PME", "s.bennani@anrt.ma")],
  sessions=["budapest-2019", "wsis-2020"])

M("fr-bfa-1", "fr", "BFA", "interest_only",
  ("Secrétariat Général MDENP", "sg@mdenp.gov.bf"),
  "Réponse du Burkina Faso à la lettre circulaire CI-19/35",
  "2019-08-14 09:55:18", """
Monsieur le Secrétaire général,

Le Burkina Faso vous remercie de votre invitation à la série de consultations intitulée « Promouvoir les PME dans le domaine de la technologie et de l'innovation ».

Pour des raisons de calendrier, il ne nous sera pas possible de prendre part à la séance de Budapest. En revanche, notre pays souhaite vivement participer à la séance qui sera organisée lors des réunions des Groupes de travail du Conseil au début de l'année 2020 ; le nom de notre représentant vous sera communiqué en temps utile.

Veuillez agréer, Monsieur le Secrétaire général, l'expression de notre haute considération.

Le Secrétaire Général
Ministère du Développement de l'Économie Numérique et des Postes
""", fmt="html", cs="utf-8", cte="base64", ua="exchange", content_language="fr-FR",
  sessions=["cwg-2020"])

M("fr-lux-auto", "fr", None, "auto_reply",
  ("Weber Claude", "claude.weber@ilr.lu"),
  "Réponse automatique : CI-19/35 - Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  "2019-07-24 16:32:40", """
Bonjour,

Je suis en congé jusqu'au 19 août 2019 inclus, avec un accès très limité à ma messagerie.

Pour toute question urgente, merci de vous adresser à Mme Nathalie Schmit (nathalie.schmit@ilr.lu).

Cordialement,
Claude Weber
Institut Luxembourgeois de Régulation
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="fr-LU",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("fr-ndr", "fr", None, "bounce",
  ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@itu.int"),
  "Non remis : Votre inscription - Consultation PME, Budapest, 10 septembre 2019",
  "2019-08-12 10:05:44", "", ua="system", raw_body=ndr_exchange, sys_host="itu.int", env_from="",
  fresh=True, date_lag=2, received_raw=["from mx1.itu.int (127.0.0.1) by mbx1.itu.int (10.10.2.11) with Microsoft SMTP Server id\n 15.1.1591.10; {t0}"],
  msgid="<c3f2a1b0-7d7e-4bd0-9f1e-2f0c6c1b9a77@itu.int>",
  ndr=dict(text="""Remise à ces destinataires ou groupes impossible :

mamadou.conde@ptt.gov.gn
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Essayez de renvoyer le message plus tard ou contactez directement le destinataire.

Diagnostic pour les administrateurs :

Serveur de génération : mx1.itu.int

mamadou.conde@ptt.gov.gn
Serveur distant retourné '552 5.2.2 Mailbox full'
""", mta="mx1.itu.int", arrival="Mon, 12 Aug 2019 08:05:31 +0000", rcpt="mamadou.conde@ptt.gov.gn",
           status="5.2.2", diag="552 5.2.2 Mailbox full",
           orig_headers="From: ITU SME <sme@itu.int>\nTo: " + addr("Mamadou Condé", "mamadou.conde@ptt.gov.gn") + "\n"
                        "Subject: " + enc_words("Votre inscription - Consultation PME, Budapest, 10 septembre 2019 ") + "\n"
                        "Date: Mon, 12 Aug 2019 08:05:30 +0000\nMessage-ID: <ack.7731@itu.int>\n"))

M("fr-event", "fr", None, "unrelated",
  ("Forum PME Numériques", "contact@forum-pme-numeriques.org"),
  "Invitation - Forum des PME du numérique de l'espace francophone - Abidjan, 19-20 septembre 2019",
  "2019-08-07 08:30:00", """
Madame, Monsieur,

Nous avons le plaisir de vous inviter à la 3e édition du Forum des PME du numérique de l'espace francophone, qui se tiendra les 19 et 20 septembre 2019 à Abidjan, quelques jours après l'ITU Telecom World de Budapest.

Au programme : financement des jeunes pousses, accès aux marchés publics, normalisation et propriété intellectuelle. Plus de 300 entrepreneurs sont attendus.

Inscription gratuite mais obligatoire avant le 10 septembre.

L'équipe d'organisation
""", fmt="html", cs="utf-8", cte="quoted-printable", ua="system", html_style="plainhtml", fresh=True,
  out_host="mailer.forum-pme-numeriques.org", msgid="<20190807063000.4217.22@forum-pme-numeriques.org>",
  headers=[("Precedence", "bulk")])


# ---------------------------------------------------------------- Spanish
M("es-mex-1", "es", "MEX", "nomination",
  ("Jorge Alberto Ruiz Castañeda", "jorge.ruiz@ift.org.mx"),
  "RE: CI-19/35 - Sesiones de consulta para los Estados Miembros",
  "2019-08-06 19:03:26", """
Estimado Sr. Clark:

Por instrucciones del Coordinador General de Asuntos Internacionales, me permito confirmar el interés del Instituto Federal de Telecomunicaciones (IFT) de México en la serie de sesiones de consulta "Fomento de las pymes tecnológicas y de innovación".

Para la primera sesión, que se celebrará el 10 de septiembre en Budapest, el IFT designa a la Lic. Mariana Gutiérrez Olvera, Directora de Asuntos Multilaterales (mariana.gutierrez@ift.org.mx).

Sin otro particular, le envío un cordial saludo.

Atentamente,

Jorge Alberto Ruiz Castañeda
Subdirector de Organismos Internacionales
Coordinación General de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Benito Juárez, C.P. 03720, Ciudad de México
Tel. +52 55 5015 4000 ext. 2231
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="es-MX", langattr="ES-MX",
  quote=dict(style="outlook", hdr="es", circ="es"),
  delegates=[D("Mariana Gutiérrez Olvera", "Directora de Asuntos Multilaterales", "mariana.gutierrez@ift.org.mx")],
  sessions=["budapest-2019"])

M("es-arg-1", "es", "ARG", "nomination",
  ("Sosa, Verónica Andrea", "vsosa@modernizacion.gob.ar"),
  "Carta Circular CI-19/35 - Respuesta de la República Argentina",
  "2019-08-15 21:37:04", """
Señor Secretario General:

Tengo el agrado de dirigirme a Usted en respuesta a la Carta Circular CI-19/35, de fecha 23 de julio de 2019, mediante la cual se invita a los Estados Miembros a participar en la serie de sesiones de consulta "Fomento de las pymes tecnológicas y de innovación".

Al respecto, la República Argentina desea expresar su beneplácito por esta iniciativa, que da continuidad a las fructíferas deliberaciones mantenidas durante la última reunión del Consejo en torno a la Resolución 209 (Dubái, 2018). Nuestro país cuenta con una extensa trayectoria en políticas de apoyo al emprendedurismo tecnológico y considera de gran valor el intercambio de experiencias que estas sesiones habrán de propiciar.

En ese sentido, y conforme a lo dispuesto por el señor Secretario de Gobierno de Modernización, me complace informarle que el Ing. Martín Ezequiel Paredes, Director Nacional de Planeamiento y Desarrollo de las Tecnologías de la Información y las Comunicaciones, participará en la primera sesión, que tendrá lugar el 10 de septiembre próximo en la ciudad de Budapest.

Asimismo, hago propicia la oportunidad para reiterar la voluntad de la República Argentina de contribuir activamente a las sesiones que se organicen durante el año 2020.

Sin otro particular, saludo a Usted con mi consideración más distinguida.

Lic. Verónica Andrea Sosa
Directora de Relaciones Internacionales
Secretaría de Gobierno de Modernización
Jefatura de Gabinete de Ministros
Av. Roque Sáenz Peña 511, C1035AAA, Ciudad Autónoma de Buenos Aires
""", fmt="html", cs="windows-1252", cte="quoted-printable", ua="outlook", content_language="es-AR", langattr="ES-AR",
  delegates=[D("Martín Ezequiel Paredes",
               "Director Nacional de Planeamiento y Desarrollo de las Tecnologías de la Información y las Comunicaciones")],
  sessions=["budapest-2019"])

M("es-col-1", "es", "COL", "nomination",
  ("Sebastián Moreno Guzmán", "smoreno@mintic.gov.co"),
  "RV: CI-19/35 Sesiones de consulta - Delegación de Colombia",
  "2019-08-13 21:18:57", """
Buenas tardes,

En atención a la circular CI-19/35, el Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia confirma su participación en la sesión de Budapest y en la que se realizará durante las reuniones de los Grupos de Trabajo del Consejo a comienzos de 2020.

Asistirán:
• Juan Camilo RESTREPO OSORIO – Viceministro (e) de Economía Digital – jcrestrepo@mintic.gov.co
• Diana Marcela Rincón, asesora de la Oficina de Asuntos Internacionales

Adicionalmente, la doctora Paula Andrea Quintero, Coordinadora del programa Apps.co (paquintero@mintic.gov.co), se unirá a la delegación únicamente para la sesión de Budapest.

Cordial saludo,

Sebastián Moreno Guzmán
Oficina de Asuntos Internacionales
Ministerio TIC - Edificio Murillo Toro, Carrera 8a entre calles 12 y 13, Bogotá D.C.
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="es-CO", langattr="ES-CO",
  quote=dict(style="outlook", hdr="es", circ="es"),
  delegates=[D("Juan Camilo RESTREPO OSORIO", "Viceministro (e) de Economía Digital", "jcrestrepo@mintic.gov.co"),
             D("Diana Marcela Rincón", "asesora de la Oficina de Asuntos Internacionales"),
             D("Paula Andrea Quintero", "Coordinadora del programa Apps.co", "paquintero@mintic.gov.co")],
  sessions=["budapest-2019", "cwg-2020"])

M("es-esp-1", "es", "ESP", "nomination",
  ("Vidal Ferrer, Marta", "marta.vidal@economia.gob.es"),
  "RE: CI-19/35 - Participación de España",
  "2019-08-01 13:26:39", """
Estimados señores:

En respuesta a la circular CI-19/35, les comunicamos que España participará en la primera sesión de consulta, en Budapest, con los siguientes representantes:

D. Álvaro Sánchez de la Fuente, Subdirector General de Relaciones Internacionales – alvaro.sanchez@economia.gob.es
Dña. Cristina Lozano Ibáñez, Jefa de Área de Emprendimiento Digital – cristina.lozano@economia.gob.es

Un saludo cordial,

Marta Vidal Ferrer
Consejera Técnica
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
C/ Poeta Joan Maragall, 41 - 28020 Madrid
""", fmt="alt", cs="windows-1252", cte="quoted-printable", ua="outlook", content_language="es-ES",
  delegates=[D("Álvaro Sánchez de la Fuente", "Subdirector General de Relaciones Internacionales", "alvaro.sanchez@economia.gob.es"),
             D("Cristina Lozano Ibáñez", "Jefa de Área de Emprendimiento Digital", "cristina.lozano@economia.gob.es")],
  sessions=["budapest-2019"])

M("es-esp-2", "es", "ESP", "correction",
  ("Vidal Ferrer, Marta", "marta.vidal@economia.gob.es"),
  "RE: CI-19/35 - Participación de España - lista actualizada",
  "2019-08-16 10:02:48", """
Estimados señores:

Les escribo para actualizar la composición de la delegación española para la sesión de Budapest, comunicada el pasado 1 de agosto. La lista definitiva es la siguiente:

1. D. Álvaro Sánchez de la Fuente, Subdirector General de Relaciones Internacionales
2. D. Iñaki Etxeberria Goñi, Jefe de Servicio, Oficina de Normalización TIC (inaki.etxeberria@economia.gob.es)
3. Dña. Cristina Lozano Ibáñez, Jefa de Área de Emprendimiento Digital

Esta lista sustituye a la anterior.

Un saludo cordial,

Marta Vidal Ferrer
Consejera Técnica
Secretaría de Estado para el Avance Digital
""", fmt="alt", cs="windows-1252", cte="quoted-printable", ua="outlook", content_language="es-ES",
  in_reply_to="es-esp-1",
  delegates=[D("Álvaro Sánchez de la Fuente", "Subdirector General de Relaciones Internacionales"),
             D("Iñaki Etxeberria Goñi", "Jefe de Servicio, Oficina de Normalización TIC", "inaki.etxeberria@economia.gob.es"),
             D("Cristina Lozano Ibáñez", "Jefa de Área de Emprendimiento Digital")],
  sessions=["budapest-2019"], supersedes="es-esp-1")

M("es-chl-1", "es", "CHL", "interest_only",
  ("Francisca Muñoz Contreras", "fmunoz@subtel.gob.cl"),
  "RE: CI-19/35 - Sesiones de consulta",
  "2019-08-09 22:14:31", """
Estimados:

Junto con saludar, la Subsecretaría de Telecomunicaciones de Chile (SUBTEL) manifiesta su interés en participar en la primera sesión de consulta, en Budapest. En los próximos días les haremos llegar el nombre y los datos de contacto de nuestro representante.

Saludos cordiales,

Francisca Muñoz Contreras
Jefa de Relaciones Internacionales
SUBTEL - Amunátegui 139, Santiago
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="es-CL",
  sessions=["budapest-2019"])

M("es-per-fwd", "es", "PER", "nomination",
  ("Clark, Christopher", "christopher.clark@itu.int"),
  "FW: Designación del Perú - CI-19/35",
  "2019-08-12 09:30:12", "", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="en-US",
  quote=dict(style="outlook", hdr="en", qfrom="Chávez Palomino, Rosa María <rchavez@mtc.gob.pe>",
             date="Friday, August 9, 2019 11:02 PM", to="Clark, Christopher <christopher.clark@itu.int>",
             subject="Designación del Perú - CI-19/35", text="""Estimado señor Clark:

Me es grato saludarlo y, en relación con la Carta Circular CI-19/35, comunicarle que el Ministerio de Transportes y Comunicaciones del Perú ha designado al señor Luis Alberto Huamán Quispe, Director General de Políticas y Regulación en Comunicaciones, para participar en la sesión de consulta del 10 de septiembre de 2019 en Budapest.

Correo: lhuaman@mtc.gob.pe

Atentamente,

Rosa María Chávez Palomino
Directora de Cooperación Internacional
Ministerio de Transportes y Comunicaciones
Jr. Zorritos 1203, Lima"""),
  fresh=True,
  delegates=[D("Luis Alberto Huamán Quispe", "Director General de Políticas y Regulación en Comunicaciones",
               "lhuaman@mtc.gob.pe")],
  sessions=["budapest-2019"])

M("es-ury-1", "es", "URY", "decline",
  ("Gabriela Fernández Arocena", "gfernandez@ursec.gub.uy"),
  "Re: CI-19/35 - Sesiones de consulta para los Estados Miembros",
  "2019-08-12 15:49:02", """
De mi mayor consideración:

En nombre de la Unidad Reguladora de Servicios de Comunicaciones (URSEC) agradezco muy especialmente la invitación a participar en las sesiones de consulta sobre pymes tecnológicas, iniciativa que valoramos enormemente.

Lamentablemente, por compromisos asumidos con anterioridad, nuestra institución no podrá estar presente en Budapest en esta oportunidad. Quedamos, no obstante, a entera disposición para colaborar con la Secretaría en todo lo que estime pertinente.

Saludos cordiales,

Gabriela Fernández Arocena
Asesora de Relaciones Internacionales
URSEC - Av. Uruguay 988, Montevideo
""", fmt="plain", cs="iso-8859-1", cte="8bit", ua="thunderbird", tz="-0300",
  quote=dict(style="gt", circ="es", intro="El 24/07/2019 a las 11:31, ITU SME escribió:"))

M("es-cub-1", "es", "CUB", "nomination",
  ("Lázaro Pérez Valdés", "lperez@mincom.gob.cu"),
  "Designación - Sesión de consulta Budapest",
  "2019-08-08 17:20:45", """
Estimado Sr. Christopher Clark:

Le informamos que el Ministerio de Comunicaciones de la República de Cuba designa al compañero Ing. Yoandy Hernández Castillo, Especialista Principal de la Dirección de Informatización, para participar en la primera sesión de consulta "Fomento de las pymes tecnológicas y de innovación", a celebrarse en Budapest, Hungría, el 10 de septiembre de 2019.

Saludos,

MSc. Lázaro Pérez Valdés
Director de Relaciones Internacionales
Ministerio de Comunicaciones
Ave. Independencia y 19 de Mayo, Plaza de la Revolución, La Habana
""", crlf=True, fmt="plain", cs="iso-8859-1", cte="8bit", ua="zimbra", tz="-0400", wrap=72, fresh=True,
  delegates=[D("Yoandy Hernández Castillo", "Especialista Principal de la Dirección de Informatización")],
  sessions=["budapest-2019"])

M("es-cri-1", "es", "CRI", "inquiry",
  ("Andrés Solano Vargas", "andres.solano@micitt.go.cr"),
  "Consulta sobre CI-19/35",
  "2019-08-05 17:45:30", """
Buenos días:

Les escribo del Viceministerio de Telecomunicaciones del MICITT. Quisiéramos saber si es posible que un mismo representante asista a la sesión de Budapest y a la del Foro de la CMSI, o si deben designarse personas distintas para cada sesión. También agradeceríamos conocer la agenda preliminar.

Muchas gracias de antemano.

Saludos,

Andrés Solano Vargas
Viceministerio de Telecomunicaciones, MICITT
San José, Costa Rica
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="gmail", html_style="gmail", tz="-0600")

M("es-bol-1", "es", "BOL", "nomination",
  ("Viceministerio de Telecomunicaciones", "vmtel@oopp.gob.bo"),
  "CI-19/35 - Designación de Bolivia",
  "2019-08-17 01:12:40", """
Señores UIT:

Mediante la presente, el Ministerio de Obras Públicas, Servicios y Vivienda del Estado Plurinacional de Bolivia comunica la designación de la Sra. Carla Mamani Choque, Jefa de Unidad de Desarrollo de Telecomunicaciones y TIC, como participante en la sesión de consulta a realizarse en Budapest en el marco del ITU Telecom World 2019.

Correo electrónico: cmamani@oopp.gob.bo

Saludos cordiales,

Viceministerio de Telecomunicaciones
La Paz, 16 de agosto de 2019
""", fmt="plain", cs="utf-8", cte="8bit", ua="roundcube", tz="-0400", date_lag=35, fresh=True,
  delegates=[D("Carla Mamani Choque", "Jefa de Unidad de Desarrollo de Telecomunicaciones y TIC", "cmamani@oopp.gob.bo")],
  sessions=["budapest-2019"], expect_late=True)

M("es-ecu-1", "es", "ECU", "interest_only",
  ("Patricio Andrade León", "patricio.andrade@telecomunicaciones.gob.ec"),
  "RE: CI-19/35",
  "2019-08-20 16:40:19", """
Estimados señores:

Reciban un cordial saludo del Ministerio de Telecomunicaciones y de la Sociedad de la Información del Ecuador (MINTEL).

Pedimos disculpas por la demora en responder. El Ecuador tiene interés en participar tanto en la sesión de Budapest como en las sesiones previstas para 2020; la designación oficial de nuestro delegado se encuentra en trámite y será remitida a la brevedad posible.

Atentamente,

Mgs. Patricio Andrade León
Director de Asuntos Internacionales
MINTEL - Av. 6 de Diciembre N25-75 y Av. Colón, Quito
""", fmt="html", cs="utf-8", cte="quoted-printable", ua="exchange", tz="-0500", content_language="es-EC",
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"], expect_late=True)

M("es-pry-auto", "es", None, "auto_reply",
  ("Benítez, Rodrigo", "rbenitez@conatel.gov.py"),
  "Respuesta automática: CI-19/35 - Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  "2019-07-24 16:34:51", """
Estaré fuera de la oficina hasta el lunes 5 de agosto. Para asuntos urgentes, comuníquese con la Lic. Mirta Aquino al correo maquino@conatel.gov.py.

Rodrigo Benítez
CONATEL Paraguay
""", fmt="html", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="es-PY",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("es-itu-transl", "es", None, "unrelated",
  ("Traducción española", "spanish.translation@itu.int"),
  "Traducción CI-19/35 - versión final para publicación",
  "2019-07-23 11:20:08", """
Hola:

Adjuntamos la versión final de la traducción al español de la Carta Circular CI-19/35 para su publicación en la web. Hemos armonizado el título de la serie con la terminología de la Resolución 209: "Fomento de las pymes tecnológicas y de innovación".

Copiamos el texto a continuación para comodidad:

"Tengo el placer de invitar a su delegación a participar en una serie de sesiones de consulta tituladas "Fomento de las pymes tecnológicas y de innovación". La primera sesión tendrá lugar el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). [...] Le agradecería que manifestara su interés y comunicara el nombre del participante designado para la primera sesión de consulta [...] a más tardar el 16 de agosto de 2019."

Saludos,
Carmen Ortega Blasco
Servicio de Traducción Española, Departamento de Conferencias y Publicaciones
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="es-ES", fresh=True,
  to=[("ITU SME", "sme@itu.int")], cc=[("Clark, Christopher", "christopher.clark@itu.int")])


# ---------------------------------------------------------------- Arabic
M("ar-egy-1", "ar", "EGY", "nomination",
  ("منى عبد الرحمن الشريف", "m.elsherif@tra.gov.eg"),
  "رد: CI-19/35 - جلسات تشاور للدول الأعضاء",
  "2019-08-11 11:52:03", """
السادة/ الاتحاد الدولي للاتصالات
تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 بتاريخ 23 يوليو 2019 بشأن جلسات التشاور للدول الأعضاء حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار،

يسعدنا إفادتكم بترشيح السيد المهندس/ عمرو سمير عبد الحميد (Amr Samir Abdelhamid)، مدير إدارة الابتكار وريادة الأعمال بالجهاز القومي لتنظيم الاتصالات، لحضور الجلسة الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019.

البريد الإلكتروني: asamir@tra.gov.eg
الهاتف: +20 2 3534 4000

وتفضلوا بقبول فائق الاحترام والتقدير،

د. منى عبد الرحمن الشريف
مدير عام العلاقات الدولية
الجهاز القومي لتنظيم الاتصالات
القرية الذكية، الجيزة، جمهورية مصر العربية
""", fmt="alt", cs="windows-1256", cte="quoted-printable", ua="outlook", head_cs="windows-1256",
  content_language="ar-EG", langattr="AR-EG", quote=dict(style="outlook", hdr="ar", circ="ar"),
  delegates=[D("عمرو سمير عبد الحميد", "مدير إدارة الابتكار وريادة الأعمال بالجهاز القومي لتنظيم الاتصالات",
               "asamir@tra.gov.eg", aliases=["Amr Samir Abdelhamid"])],
  sessions=["budapest-2019"])

M("ar-sau-1", "ar", "SAU", "nomination",
  ("International Affairs - CITC", "intl.affairs@citc.gov.sa"),
  "مشاركة المملكة العربية السعودية في جلسات التشاور - CI-19/35",
  "2019-08-14 10:19:47", """
سعادة الأمين العام للاتحاد الدولي للاتصالات          المحترم

السلام عليكم ورحمة الله وبركاته،،

تهديكم هيئة الاتصالات وتقنية المعلومات بالمملكة العربية السعودية أطيب تحياتها، وتود أن تعرب عن شكرها وتقديرها لدعوتكم الكريمة الواردة في الرسالة المعممة CI-19/35 للمشاركة في سلسلة جلسات التشاور المعنونة "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار".

وتؤكد المملكة حرصها على دعم هذه المبادرة التي تأتي متابعةً للنقاشات المثمرة التي شهدتها الدورة الأخيرة لمجلس الاتحاد، وانسجاماً مع القرار 209 (دبي، 2018)، لا سيما وأن تمكين المنشآت الصغيرة والمتوسطة يمثل أحد مرتكزات رؤية المملكة 2030.

وبناءً على توجيه معالي محافظ الهيئة، يسرنا إفادتكم بأن الأستاذ فيصل بن عبدالله القحطاني، مدير إدارة الابتكار والتحول الرقمي، سيمثل المملكة في الجلسة الأولى التي ستعقد على هامش معرض تليكوم العالمي 2019 في بودابست.

كما تتطلع الهيئة إلى تلقي جدول الأعمال المفصل في أقرب وقت ممكن.

وتقبلوا خالص التحية والتقدير،،،

م. سلطان بن محمد العتيبي
وكيل المحافظ للشؤون الدولية
هيئة الاتصالات وتقنية المعلومات
ص.ب 75606 الرياض 11588
""", crlf=True, fmt="html", cs="windows-1256", cte="quoted-printable", ua="outlook", head_cs="utf-8",
  content_language="ar-SA", langattr="AR-SA", fresh=True,
  delegates=[D("فيصل بن عبدالله القحطاني", "مدير إدارة الابتكار والتحول الرقمي")],
  sessions=["budapest-2019"])

M("ar-are-1", "ar", "ARE", "nomination",
  ("هند عبدالله النعيمي", "hind.alnuaimi@tdra.gov.ae"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  "2019-08-07 08:40:35", """
السادة المحترمين في أمانة الاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

ردًا على الرسالة المعممة CI-19/35، تود هيئة تنظيم الاتصالات في دولة الإمارات العربية المتحدة الإعراب عن اهتمامها بالمشاركة في جلسات التشاور، وتتشرف بترشيح كل من:

1- السيدة/ مريم خليفة المهيري – مدير إدارة السياسات الرقمية
   Ms. Maryam Khalifa Al Mheiri – mariam.almheiri@tdra.gov.ae
2- السيد/ راشد سالم الكعبي – خبير أول، الشؤون الدولية
   Mr. Rashed Salem Al Kaabi – rashed.alkaabi@tdra.gov.ae

وذلك لحضور الجلسة الأولى في بودابست، وكذلك الجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات 2020.

مع خالص التحية،

هند عبدالله النعيمي
قسم المنظمات الدولية
هيئة تنظيم الاتصالات
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="ar-AE", langattr="AR-AE",
  quote=dict(style="outlook", hdr="en", circ="en-short"),
  delegates=[D("مريم خليفة المهيري", "مدير إدارة السياسات الرقمية", "mariam.almheiri@tdra.gov.ae",
               aliases=["Maryam Khalifa Al Mheiri"]),
             D("راشد سالم الكعبي", "خبير أول، الشؤون الدولية", "rashed.alkaabi@tdra.gov.ae",
               aliases=["Rashed Salem Al Kaabi"])],
  sessions=["budapest-2019", "wsis-2020"])

M("ar-jor-1", "ar", "JOR", "interest_only",
  ("Laila Al-Khatib", "laila.khatib@trc.gov.jo"),
  "اهتمام الأردن - جلسة التشاور في بودابست",
  "2019-08-08 13:05:52", """
حضرة السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

نود إعلامكم باهتمام هيئة تنظيم قطاع الاتصالات في المملكة الأردنية الهاشمية بالمشاركة في جلسة التشاور الأولى في بودابست، وسنقوم بتزويدكم باسم المشارك المرشح وبياناته خلال الأيام القليلة القادمة حال استكمال الإجراءات الداخلية.

وتفضلوا بقبول فائق الاحترام،

ليلى الخطيب
وحدة العلاقات الدولية
هيئة تنظيم قطاع الاتصالات - عمّان
""", fmt="plain", cs="utf-8", cte="base64", ua="thunderbird", tz="+0300", fresh=True,
  sessions=["budapest-2019"])

M("ar-omn-1", "ar", "OMN", "nomination",
  ("Salim Al Busaidi", "salim.albusaidi@tra.gov.om"),
  "رد: جلسات تشاور للدول الأعضاء",
  "2019-08-04 09:33:18", """
الإخوة الأعزاء في الاتحاد الدولي للاتصالات،

السلام عليكم،

إشارة إلى رسالتكم المعممة بشأن جلسات التشاور حول الشركات الصغيرة والمتوسطة في مجال التكنولوجيا، أود إفادتكم بأنني سأشارك شخصيًا في الجلسة الأولى في بودابست ممثلًا عن هيئة تنظيم الاتصالات بسلطنة عمان، حيث إنني سأكون ضمن وفد السلطنة إلى معرض تليكوم العالمي.

مع التحية،

سالم بن حمد البوسعيدي
مدير دائرة تنمية القطاع
هيئة تنظيم الاتصالات - سلطنة عمان
هاتف: +968 24222000
salim.albusaidi@tra.gov.om
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="ar-OM", langattr="AR-OM",
  quote=dict(style="outlook", hdr="ar", circ="ar"),
  delegates=[D("سالم بن حمد البوسعيدي", "مدير دائرة تنمية القطاع", "salim.albusaidi@tra.gov.om")],
  sessions=["budapest-2019"])

M("ar-kwt-1", "ar", "KWT", "decline",
  ("External Relations CITRA", "external.relations@citra.gov.kw"),
  "بشأن الرسالة المعممة CI-19/35",
  "2019-08-12 12:12:12", """
السادة أمانة الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

تتقدم هيئة الاتصالات وتقنية المعلومات بدولة الكويت بخالص الشكر والتقدير على دعوتكم الكريمة، وتثمن عاليًا هذه المبادرة الهادفة إلى دعم الشركات الصغيرة والمتوسطة.

ونود إحاطتكم علمًا بأنه نظرًا لارتباطات سابقة، يتعذر علينا المشاركة في جلسة بودابست هذا العام، مع تمنياتنا لكم بالتوفيق والنجاح، ونتطلع إلى الاطلاع على مخرجات الجلسة.

وتفضلوا بقبول وافر الاحترام،

إدارة العلاقات الخارجية
هيئة الاتصالات وتقنية المعلومات - دولة الكويت
""", fmt="html", cs="utf-8", cte="base64", ua="exchange", tz="+0300", content_language="ar-KW", fresh=True)

M("ar-qat-1", "ar", "QAT", "inquiry",
  ("Noora Al-Kuwari", "nalkuwari@cra.gov.qa"),
  "استفسار بخصوص جلسة بودابست",
  "2019-08-06 10:48:26", """
تحية طيبة،

بالإشارة إلى الرسالة المعممة CI-19/35، نرجو التكرم بإفادتنا عما إذا كانت الترجمة الفورية إلى اللغة العربية ستتوفر خلال جلسة بودابست، وعن مكان انعقاد الجلسة بالتحديد داخل مقر المعرض، وذلك قبل أن نرفع الترشيح إلى الإدارة العليا للاعتماد.

شاكرين تعاونكم،

نورة جاسم الكواري
أخصائي علاقات دولية
هيئة تنظيم الاتصالات - قطر
""", fmt="alt", cs="windows-1256", cte="base64", ua="outlook", content_language="ar-QA", langattr="AR-QA", fresh=True)

M("ar-lbn-1", "ar", "LBN", "nomination",
  ("Ministry of Telecommunications", "dgis@mpt.gov.lb"),
  "جواب على الكتاب CI-19/35",
  "2019-08-06 14:21:09", """
حضرة الأمين العام للاتحاد الدولي للاتصالات،

تحية وبعد،

جوابًا على كتابكم رقم CI-19/35، نعلمكم بأن وزارة الاتصالات في الجمهورية اللبنانية قد سمّت الشخصين التاليين لتمثيلها في جلسة التشاور الأولى في بودابست:

- السيد جورج نقولا حداد، رئيس مصلحة التخطيط والتنظيم
- السيدة رنا سمير عيتاني، مستشارة الوزير لشؤون التحول الرقمي

مع فائق الاحترام،

المديرية العامة للاستثمار والصيانة
وزارة الاتصالات - بيروت
""", fmt="plain", cs="iso-8859-6", cte="8bit", ua="roundcube", tz="+0300", fresh=True,
  delegates=[D("جورج نقولا حداد", "رئيس مصلحة التخطيط والتنظيم"),
             D("رنا سمير عيتاني", "مستشارة الوزير لشؤون التحول الرقمي")],
  sessions=["budapest-2019"])

M("ar-lbn-2", "ar", "LBN", "correction",
  ("Ministry of Telecommunications", "dgis@mpt.gov.lb"),
  "لائحة معدّلة - CI-19/35",
  "2019-08-16 23:59:58", """
حضرة الأمين العام،

إلحاقًا بكتابنا السابق بتاريخ 6 آب 2019، نرجو اعتماد اللائحة المعدّلة التالية لممثلي وزارة الاتصالات في جلسة بودابست، وهي تحلّ محلّ اللائحة السابقة:

1. السيدة رنا سمير عيتاني (Rana Samir Itani)، مستشارة الوزير لشؤون التحول الرقمي
2. السيد جوزيف إلياس خوري (Joseph Elias Khoury)، رئيس دائرة الشؤون الدولية، البريد: jkhoury@mpt.gov.lb

مع فائق الاحترام،

المديرية العامة للاستثمار والصيانة
""", fmt="plain", cs="utf-8", cte="8bit", ua="roundcube", tz="+0300", in_reply_to="ar-lbn-1",
  delegates=[D("رنا سمير عيتاني", "مستشارة الوزير لشؤون التحول الرقمي", aliases=["Rana Samir Itani"]),
             D("جوزيف إلياس خوري", "رئيس دائرة الشؤون الدولية", "jkhoury@mpt.gov.lb",
               aliases=["Joseph Elias Khoury"])],
  sessions=["budapest-2019"], supersedes="ar-lbn-1", expect_late=False)

M("ar-sdn-1", "ar", "SDN", "nomination",
  ("TPRA Sudan", "info@tpra.gov.sd"),
  "ترشيح لجلسة التشاور - بودابست",
  "2019-08-18 12:30:55", """
السادة/ الاتحاد الدولي للاتصالات - جنيف
الموضوع: ترشيح لجلسة التشاور بشأن الشركات الصغيرة والمتوسطة

بالإشارة إلى الموضوع أعلاه، نفيدكم بترشيح المهندسة/ إيمان عثمان الطيب، مدير إدارة تطوير الخدمات، لتمثيل جمهورية السودان في جلسة التشاور المزمع عقدها في 10 سبتمبر 2019 ببودابست.

نعتذر عن التأخير في الرد بسبب الظروف الراهنة.

ولكم جزيل الشكر،

الهيئة القومية للاتصالات والبريد
الخرطوم
""", fmt="plain", cs="windows-1256", cte="quoted-printable", ua="roundcube", tz="+0200", fresh=True,
  delegates=[D("إيمان عثمان الطيب", "مدير إدارة تطوير الخدمات")],
  sessions=["budapest-2019"], expect_late=True)

M("ar-dza-1", "ar", "DZA", "nomination",
  ("Direction de la Coopération MPTTN", "cooperation@mpttn.gov.dz"),
  "ترشيح ممثل الجزائر - جلسات التشاور CI-19/35",
  "2019-08-11 15:27:43", """
السيد الأمين العام للاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

يشرفني أن أعلمكم بأن وزارة البريد والاتصالات السلكية واللاسلكية والتكنولوجيات والرقمنة قررت المشاركة في جلسة التشاور الأولى المنظمة خلال تليكوم العالمي للاتحاد في بودابست، ومعلومات الممثلة المرشحة كالآتي:

الاسم واللقب: بن علي كريمة (BENALI Karima)
الوظيفة: رئيسة مكتب التعاون الدولي
البريد الإلكتروني: k.benali@mpttn.gov.dz

تقبلوا منا فائق عبارات التقدير والاحترام.

مديرية التعاون
""", fmt="alt", cs="utf-8", cte="base64", ua="zimbra", html_style="gmail", tz="+0100", fresh=True,
  delegates=[D("بن علي كريمة", "رئيسة مكتب التعاون الدولي", "k.benali@mpttn.gov.dz", aliases=["BENALI Karima"])],
  sessions=["budapest-2019"])

M("ar-irq-auto", "ar", None, "auto_reply",
  ("Haider Al-Jubouri", "h.aljubouri@cmc.iq"),
  "رد تلقائي: CI-19/35 - Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  "2019-07-24 16:35:30", """
شكرًا لرسالتكم.

أنا خارج المكتب في إجازة عيد الأضحى حتى يوم 18 آب 2019، ولن أتمكن من الرد على البريد الإلكتروني خلال هذه الفترة. للأمور العاجلة يرجى التواصل مع الزميل علي كاظم على العنوان a.kadhim@cmc.iq.

حيدر الجبوري
هيئة الإعلام والاتصالات
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="ar-IQ", langattr="AR-IQ",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("ar-newsletter", "ar", None, "unrelated",
  ("النشرة الإخبارية", "newsletter@arab-ict-forum.org"),
  "النشرة الإخبارية - أغسطس 2019: ملتقى رواد الأعمال الرقميين العرب في سبتمبر",
  "2019-08-13 08:00:00", """
**النشرة الإخبارية - العدد 47 - أغسطس 2019**

في هذا العدد:

- ملتقى رواد الأعمال الرقميين العرب، تونس، 24-25 سبتمبر 2019: التسجيل مفتوح الآن
- مشاركة عربية واسعة مرتقبة في معرض تليكوم العالمي 2019 في بودابست
- دليل جديد لتمويل الشركات الناشئة في مجال التكنولوجيا
- ورشة عمل إقليمية حول الأمن السيبراني للمنشآت الصغيرة والمتوسطة

لإلغاء الاشتراك في النشرة، يرجى الضغط هنا.
""", fmt="html", cs="utf-8", cte="base64", ua="system", html_style="plainhtml", fresh=True, tz="+0100",
  out_host="mta3.arab-ict-forum.org", msgid="<nl47.20190813060000.9981@arab-ict-forum.org>",
  headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsubscribe@arab-ict-forum.org>")])


# ---------------------------------------------------------------- Russian
M("ru-rus-1", "ru", "RUS", "nomination",
  ("Белова Елена Викторовна", "e.belova@minsvyaz.ru"),
  "Re: CI-19/35 - участие Российской Федерации",
  "2019-07-29 15:40:12", """
Уважаемые коллеги!

В ответ на циркулярное письмо CI-19/35 сообщаем, что Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации примет участие в первой консультационной сессии «Содействие развитию МСП в области технологий и инноваций» (10 сентября 2019 г., Будапешт).

Состав участников:
1. Смирнова Анна Викторовна (Smirnova Anna) - заместитель директора Департамента международного сотрудничества, тел. +7 495 771-80-00, a.smirnova@minsvyaz.ru
2. Кузнецов Дмитрий Олегович (Kuznetsov Dmitry) - консультант отдела многостороннего сотрудничества, d.kuznetsov@minsvyaz.ru

С уважением,
Е.В. Белова
Начальник отдела многостороннего сотрудничества
Департамент международного сотрудничества
Минкомсвязь России
125375, Москва, ул. Тверская, д. 7
""", fmt="plain", cs="koi8-r", cte="8bit", ua="thunderbird", tz="+0300", head_cs="koi8-r",
  quote=dict(style="gt", circ="ru", intro="24.07.2019 17:31, ITU SME пишет:"),
  delegates=[D("Смирнова Анна Викторовна", "заместитель директора Департамента международного сотрудничества",
               "a.smirnova@minsvyaz.ru", aliases=["Smirnova Anna"]),
             D("Кузнецов Дмитрий Олегович", "консультант отдела многостороннего сотрудничества",
               "d.kuznetsov@minsvyaz.ru", aliases=["Kuznetsov Dmitry"])],
  sessions=["budapest-2019"])

M("ru-rus-2", "ru", "RUS", "correction",
  ("Белова Елена Викторовна", "e.belova@minsvyaz.ru"),
  "Re: CI-19/35 - участие Российской Федерации (дополнение)",
  "2019-08-15 12:03:37", """
Уважаемые коллеги!

В дополнение к нашему письму от 29 июля 2019 г. просим включить в состав делегации Российской Федерации на консультационной сессии в Будапеште г-на Волкова Игоря Сергеевича, советника Постоянного представительства Российской Федерации при Отделении ООН и других международных организациях в Женеве.

Таким образом, окончательный состав участников:
1. Смирнова Анна Викторовна
2. Кузнецов Дмитрий Олегович
3. Волков Игорь Сергеевич (Volkov Igor)

С уважением,
Е.В. Белова
""", fmt="plain", cs="windows-1251", cte="quoted-printable", ua="thunderbird", tz="+0300", head_cs="windows-1251",
  in_reply_to="ru-rus-1",
  delegates=[D("Смирнова Анна Викторовна"), D("Кузнецов Дмитрий Олегович"),
             D("Волков Игорь Сергеевич",
               "советника Постоянного представительства Российской Федерации при Отделении ООН и других международных организациях в Женеве",
               aliases=["Volkov Igor"])],
  sessions=["budapest-2019"], supersedes="ru-rus-1")

M("ru-blr-1", "ru", "BLR", "nomination",
  ("Управление международного сотрудничества", "mpt@mpt.gov.by"),
  "О консультационных сессиях МСЭ (CI-19/35)",
  "2019-08-09 11:58:33", """
Уважаемый господин Генеральный секретарь!

Министерство связи и информатизации Республики Беларусь свидетельствует Вам свое уважение и, ссылаясь на циркулярное письмо CI-19/35 от 23 июля 2019 г., имеет честь сообщить следующее.

Белорусская сторона высоко оценивает инициативу МСЭ по проведению серии консультационных сессий, направленных на содействие развитию малых и средних предприятий в области технологий и инноваций, и считает ее своевременным продолжением обсуждений, состоявшихся на последней сессии Совета МСЭ в рамках выполнения Резолюции 209 (Дубай, 2018 г.). В Республике Беларусь накоплен значительный опыт поддержки ИТ-компаний, в том числе в рамках Парка высоких технологий, которым мы готовы поделиться с другими Государствами-Членами.

С учетом изложенного и по согласованию с Министром связи и информатизации сообщаем, что для участия в первой консультационной сессии, которая состоится 10 сентября 2019 г. в Будапеште, направляется Жукова Ольга Николаевна, начальник управления международного сотрудничества.

Министерство связи и информатизации Республики Беларусь пользуется случаем, чтобы возобновить Вам уверения в своем высоком уважении.

Первый заместитель Министра
А.И. Ковалёв
""", crlf=True, fmt="html", cs="windows-1251", cte="quoted-printable", ua="outlook", content_language="ru-RU", langattr="RU",
  fresh=True, head_cs="windows-1251",
  attach=[("Письмо_МСЭ_CI-19-35.pdf", "application/pdf", pdf_bytes("N 04-14/1182"))],
  delegates=[D("Жукова Ольга Николаевна", "начальник управления международного сотрудничества")],
  sessions=["budapest-2019"])

M("ru-kgz-1", "ru", "KGZ", "nomination",
  ("Отдел внешних связей ГКИТС", "foreign@gkits.gov.kg"),
  "Кандидатура для участия - консультационная сессия МСЭ по МСП",
  "2019-08-16 23:59:59", """
Добрый день!

Государственный комитет информационных технологий и связи Кыргызской Республики направляет кандидатуру для участия в консультационной сессии по МСП в рамках ITU Telecom World 2019:

ФИО: Асанбеков Нурлан Токтогулович
Должность: заведующий отделом цифровой экономики
E-mail: n.asanbekov@gkits.gov.kg
Тел.: +996 312 62 38 49

Просим извинить за задержку с ответом.

С уважением,
Отдел внешних связей ГКИТС КР
""", fmt="plain", cs="utf-8", cte="base64", ua="roundcube", tz="+0600", recv_zone="+0000", fresh=True,
  delegates=[D("Асанбеков Нурлан Токтогулович", "заведующий отделом цифровой экономики", "n.asanbekov@gkits.gov.kg")],
  sessions=["budapest-2019"], expect_late=False)

M("ru-tjk-1", "ru", "TJK", "interest_only",
  ("Рахимов Фаридун", "f.rahimov@khadamotialoqa.tj"),
  "Ответ на циркулярное письмо CI-19/35",
  "2019-08-12 08:16:27", """
Уважаемые коллеги,

Служба связи при Правительстве Республики Таджикистан подтверждает заинтересованность в участии в серии консультаций по вопросам содействия развитию технологических МСП, в том числе в первой сессии в Будапеште. Информацию об участнике (участниках) направим дополнительно в ближайшее время.

С уважением,
Рахимов Фаридун
ведущий специалист отдела международных связей
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="mailru", html_style="gmail", tz="+0500",
  sessions=["budapest-2019"])

M("ru-tkm-1", "ru", "TKM", "inquiry",
  ("Туркменсвязь", "intrel@telecom.tm"),
  "Вопрос по консультационной сессии 10 сентября",
  "2019-08-05 07:55:19", """
Здравствуйте!

Просим уточнить, будет ли обеспечен синхронный перевод на русский язык во время консультационной сессии 10 сентября, а также необходимо ли участникам сессии отдельно регистрироваться на ITU Telecom World.

Заранее благодарим за ответ.

Агентство «Туркменсвязь»
Отдел международных отношений
""", fmt="plain", cs="koi8-r", cte="8bit", ua="roundcube", tz="+0500", fresh=True)

M("ru-rcc-1", "ru", None, "nomination",
  ("Исполком РСС", "ecrcc@rcc.org.ru"),
  "CI-19/35: участие Исполкома РСС",
  "2019-08-14 13:44:06", """
Уважаемый господин Кларк!

Исполнительный комитет Регионального содружества в области связи (РСС) выражает заинтересованность в консультационных сессиях по содействию развитию технологических МСП и сообщает, что в сессии в Будапеште примет участие заместитель Председателя Исполкома РСС Абдуллаев Рустам Шавкатович (r.abdullaev@rcc.org.ru).

Участие администраций связи - членов РСС будет определяться ими самостоятельно.

С уважением,
Исполком РСС
""", fmt="alt", cs="koi8-r", cte="base64", ua="outlook", content_language="ru-RU", langattr="RU",
  fresh=True, head_cs="koi8-r",
  delegates=[D("Абдуллаев Рустам Шавкатович", "заместитель Председателя Исполкома РСС", "r.abdullaev@rcc.org.ru")],
  sessions=["budapest-2019"])

M("ru-auto", "ru", None, "auto_reply",
  ("Сергеева Татьяна Павловна", "t.sergeeva@rkn.gov.ru"),
  "Автоответ: CI-19/35 - Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  "2019-07-24 16:36:04", """
Здравствуйте!

Я нахожусь в отпуске до 12 августа включительно. По срочным вопросам обращайтесь, пожалуйста, к Петровой Марине Игоревне (m.petrova@rkn.gov.ru, +7 495 983-33-93).

С уважением,
Татьяна Сергеева
""", fmt="plain", cs="koi8-r", cte="8bit", ua="exchange", tz="+0300", head_cs="koi8-r",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

M("ru-spam", "ru", None, "unrelated",
  ("Бизнес-Туры", "info@biz-tour-expo.ru"),
  "Деловые поездки на ITU Telecom World 2019 в Будапешт - пакеты для делегаций",
  "2019-08-02 06:41:20", """
Добрый день!

Приглашаем вашу делегацию на выставку ITU Telecom World 2019 (Будапешт, 9-12 сентября)!

В пакет входит:
- авиаперелёт Москва - Будапешт - Москва
- проживание в отеле 4* рядом с Hungexpo
- трансфер и сопровождение переводчика
- помощь с визой и регистрацией

Стоимость от 79 900 руб. на человека. Количество мест ограничено!

Чтобы отписаться от рассылки, ответьте на это письмо со словом «Отписаться».
""", fmt="plain", cs="koi8-r", cte="8bit", ua="system", tz="+0300", fresh=True, head_cs="koi8-r",
  out_host="mx.biz-tour-expo.ru", msgid="<20190802094120.19B4C3A12F@mx.biz-tour-expo.ru>",
  headers=[("X-Mailer", "Sendmail Mailer 3.1"), ("Precedence", "bulk")])


# ---------------------------------------------------------------- Chinese
M("zh-chn-1", "zh", "CHN", "nomination",
  ("工业和信息化部国际合作司", "gjs@miit.gov.cn"),
  "回复：CI-19/35 关于“促进科技和创新中小企业”系列磋商会",
  "2019-08-08 04:12:56", """
尊敬的国际电联秘书处：

您好！

关于国际电联通函CI-19/35“促进科技和创新中小企业”系列磋商会，中华人民共和国工业和信息化部对此表示关注和支持。

经研究，我部推荐以下两位同志参加2019年9月10日在布达佩斯举行的首次磋商会：

1. 王建国（WANG Jianguo），国际合作司副司长，电子邮件：wangjianguo@miit.gov.cn
2. 陈晓燕（CHEN Xiaoyan），中小企业局处长，电子邮件：chenxy@miit.gov.cn

如有问题，请与我司联系人刘洋（电话：+86 10 6820 5521）联系。

此致
敬礼！

工业和信息化部国际合作司
2019年8月8日
""", fmt="plain", cs="gb2312", cte="base64", ua="system", tz="+0800", head_cs="gb2312",
  out_host="mail.miit.gov.cn", msgid="<201908081012512348811@miit.gov.cn>",
  headers=[("X-Mailer", "Foxmail 7.2.13.365[cn]")],
  quote=dict(style="fwd", circ="zh", intro="------------------ 原始邮件 ------------------",
             fwdhdr="发件人：ITU SME <sme@itu.int>\n发送时间：2019-07-24 22:31\n收件人：Member States\n主题：CI-19/35 - Consultation sessions for Member States"),
  delegates=[D("王建国", "国际合作司副司长", "wangjianguo@miit.gov.cn", aliases=["WANG Jianguo"]),
             D("陈晓燕", "中小企业局处长", "chenxy@miit.gov.cn", aliases=["CHEN Xiaoyan"])],
  sessions=["budapest-2019"])

M("zh-chn-2", "zh", "CHN", "correction",
  ("工业和信息化部国际合作司", "gjs@miit.gov.cn"),
  "更正：CI-19/35 布达佩斯磋商会参会人员",
  "2019-08-15 03:40:21", """
国际电联秘书处：

您好！因工作调整，王建国同志不能参加布达佩斯磋商会，现改派李娜（LI Na）同志参加，职务为国际合作司多边处处长，邮箱lina@miit.gov.cn。陈晓燕同志参会不变。

特此更正，谢谢！

工业和信息化部国际合作司
""", crlf=True, fmt="plain", cs="gbk", cte="base64", ua="system", tz="+0800", head_cs="gbk",
  out_host="mail.miit.gov.cn", msgid="<201908150940162213307@miit.gov.cn>", in_reply_to="zh-chn-1",
  headers=[("X-Mailer", "Foxmail 7.2.13.365[cn]")],
  delegates=[D("李娜", "国际合作司多边处处长", "lina@miit.gov.cn", aliases=["LI Na"]), D("陈晓燕")],
  sessions=["budapest-2019"], supersedes="zh-chn-1")

M("zh-org-1", "zh", None, "nomination",
  ("周婷", "1729364805@qq.com"),
  "报名：9月10日布达佩斯中小企业磋商会",
  "2019-08-10 06:27:33", """
您好，

我们是深圳一家做物联网模组的初创公司（芯联智造科技有限公司，员工30人）。看到国际电联关于中小企业磋商会的通知，非常希望能参加9月10日在布达佩斯的会议。我们的创始人兼CEO黄志明将出席，联系方式 huangzm@xinlian-iot.cn。

请问企业可以报名吗？需要什么手续？

谢谢！

周婷
黄志明总经理助理
芯联智造科技有限公司
深圳市南山区科技园
""", fmt="alt", cs="gb18030", cte="base64", ua="qq", html_style="gmail", tz="+0800", head_cs="gb18030", fresh=True,
  delegates=[D("黄志明", "创始人兼CEO", "huangzm@xinlian-iot.cn")],
  sessions=["budapest-2019"])

M("zh-chn-inq", "zh", "CHN", "inquiry",
  ("孙磊", "sunlei@cac.gov.cn"),
  "咨询：布达佩斯磋商会语言安排",
  "2019-08-06 09:05:40", """
Christopher您好：

请问9月10日布达佩斯的磋商会是否提供中文同传？另外，会议是否对未注册世界电信展的人员开放？我们需要据此确定参会人选。

谢谢！

孙磊
国家互联网信息办公室国际合作局
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="zh-CN", langattr="ZH-CN", fresh=True,
  to=[("Clark, Christopher", "christopher.clark@itu.int")], cc=[("ITU SME", "sme@itu.int")])

M("zh-auto", "zh", None, "auto_reply",
  ("张敏", "zhangmin@caict.ac.cn"),
  "自动回复: CI-19/35 - Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  "2019-07-24 16:31:58", """
您好，本人于7月22日至8月2日休假，期间无法及时回复邮件。如有急事，请联系赵磊（zhaolei@caict.ac.cn）。谢谢！

Thank you for your email. I am on leave from 22 July to 2 August.
""", fmt="plain", cs="gb2312", cte="base64", ua="system", tz="+0800", head_cs="gb2312",
  out_host="mail.caict.ac.cn", msgid="<auto.156397871800.2261@caict.ac.cn>",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.10")])

M("zh-spam", "zh", None, "unrelated",
  ("王经理", "wang_jl8866@163.com"),
  "您好！代开各地增值税发票，九月展会特惠",
  "2019-08-03 02:17:44", """
您好！

本公司长期代开各地增值税专用发票、普通发票，项目齐全，可验证后付款。

九月展会季特惠：会务费、差旅费、住宿费发票一律优惠。

联系人：王经理
电话：138 0000 8866
微信同号

如有打扰，敬请谅解！
""", fmt="plain", cs="gb2312", cte="base64", ua="system", tz="+0800", head_cs="gb2312", fresh=True,
  out_host="m13-88.163.com", msgid="<4a2b8f1e.6d21.16c5a9e1c3f.Coremail.wang_jl8866@163.com>")


# ---------------------------------------------------------------- Portuguese
M("pt-bra-1", "pt", "BRA", "nomination",
  ("Luciana Pereira Mendes", "luciana.mendes@mctic.gov.br"),
  "RES: CI-19/35 - Sessões de consulta para os Estados Membros - Delegação do Brasil",
  "2019-08-12 20:33:48", """
Prezados Senhores,

Em atenção à Carta Circular CI-19/35, o Ministério da Ciência, Tecnologia, Inovações e Comunicações (MCTIC) tem a satisfação de confirmar o interesse do Brasil na série de consultas sobre o fomento às PMEs de tecnologia e inovação, tanto na sessão de Budapeste quanto nas sessões previstas para 2020 (Grupos de Trabalho do Conselho e Fórum da CMSI).

A delegação brasileira será chefiada pelo Sr. Rodrigo Cavalcanti de Albuquerque, Diretor do Departamento de Ciência, Tecnologia e Inovação Digital, e integrada também por:

Nome: Fernanda Oliveira Santos
Cargo: Coordenadora-Geral de Empreendedorismo Inovador
E-mail: fernanda.santos@mctic.gov.br

Nome: Thiago Nakamura Ribeiro
Cargo: Especialista em Regulação, Anatel
E-mail: thiago.ribeiro@anatel.gov.br

Atenciosamente,

Luciana Pereira Mendes
Assessoria Especial de Assuntos Internacionais
Ministério da Ciência, Tecnologia, Inovações e Comunicações
Esplanada dos Ministérios, Bloco R, Brasília - DF
""", crlf=True, fmt="alt", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="pt-BR", langattr="PT-BR",
  quote=dict(style="outlook", hdr="pt", circ="en-short"),
  delegates=[D("Rodrigo Cavalcanti de Albuquerque", "Diretor do Departamento de Ciência, Tecnologia e Inovação Digital"),
             D("Fernanda Oliveira Santos", "Coordenadora-Geral de Empreendedorismo Inovador", "fernanda.santos@mctic.gov.br"),
             D("Thiago Nakamura Ribeiro", "Especialista em Regulação, Anatel", "thiago.ribeiro@anatel.gov.br")],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"])

M("pt-prt-1", "pt", "PRT", "decline",
  ("Inês Carvalho Sequeira", "ines.sequeira@anacom.pt"),
  "RE: CI-19/35 - Sessões de consulta",
  "2019-08-07 12:48:15", """
Exmos. Senhores,

Agradecemos, em nome da ANACOM, o amável convite para participar nas sessões de consulta "Promover as PME tecnológicas e de inovação", iniciativa que acompanhamos com o maior interesse e que consideramos muito oportuna.

Infelizmente, por razões de agenda, não nos será possível estar presentes na sessão de Budapeste. Desejamos os maiores sucessos para os trabalhos e ficamos a aguardar com expectativa as respetivas conclusões.

Com os melhores cumprimentos,

Inês Carvalho Sequeira
Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12, 1099-017 Lisboa
""", fmt="alt", cs="iso-8859-15", cte="quoted-printable", ua="outlook", content_language="pt-PT", langattr="PT-PT",
  head_cs="iso-8859-15", head_q=True)

M("pt-moz-1", "pt", "MOZ", "nomination",
  ("Hermenegildo Tembe", "htembe@incm.gov.mz"),
  "Indicação de participante - Sessão de consulta PME - Budapeste",
  "2019-08-17 00:00:03", """
Caros Senhores,

Serve a presente para informar que o Instituto Nacional das Comunicações de Moçambique (INCM) indica o Eng. Abílio Zefanias Macuácua, Chefe do Departamento de Inovação e Tecnologias, para participar na sessão de consulta sobre PME tecnológicas em Budapeste, no dia 10 de Setembro de 2019.

Contacto: amacuacua@incm.gov.mz / +258 21 35 8800

Sem mais, apresentamos os nossos cumprimentos.

Hermenegildo Tembe
Gabinete de Cooperação Internacional
INCM - Maputo
""", fmt="plain", cs="utf-8", cte="quoted-printable", ua="zimbra", tz="+0200", fresh=True,
  delegates=[D("Abílio Zefanias Macuácua", "Chefe do Departamento de Inovação e Tecnologias", "amacuacua@incm.gov.mz")],
  sessions=["budapest-2019"], expect_late=True)

M("pt-ago-1", "pt", "AGO", "interest_only",
  ("Domingas Afonso Neto", "domingas.neto@inacom.gov.ao"),
  "Re: CI-19/35 - Consultation sessions for Member States",
  "2019-08-13 10:20:11", """
Exmos. Senhores,

O Instituto Angolano das Comunicações (INACOM) confirma o seu interesse em participar na primeira sessão de consulta, à margem do ITU Telecom World 2019. Os nomes dos participantes serão comunicados muito em breve, logo que concluído o processo interno de designação.

Melhores cumprimentos,

Domingas Afonso Neto
Departamento de Relações Internacionais
INACOM - Luanda
""", fmt="alt", cs="utf-8", cte="8bit", ua="gmail", html_style="gmail", tz="+0100",
  quote=dict(style="gt", circ="en-short", intro="Em qua, 24 de jul de 2019 às 15:31, ITU SME <sme@itu.int> escreveu:"),
  sessions=["budapest-2019"])

M("pt-cpv-1", "pt", "CPV", "nomination",
  ("Carlos Alberto Semedo", "carlos.semedo@arme.cv"),
  "Participação de Cabo Verde - Budapeste",
  "2019-08-09 13:15:09", """
Bom dia,

Venho por este meio confirmar a participação de Cabo Verde na sessão de Budapeste. Participarei eu próprio, acompanhado da minha colega Dra. Nádia Tavares Fortes, técnica superior da ARME (nadia.fortes@arme.cv).

Cumprimentos,

Carlos Alberto Semedo
Administrador, Agência Reguladora Multissetorial da Economia (ARME)
Praia, Cabo Verde
carlos.semedo@arme.cv
""", fmt="plain", cs="utf-8", cte="8bit", ua="apple", tz="-0100", fresh=True,
  delegates=[D("Carlos Alberto Semedo", "Administrador, Agência Reguladora Multissetorial da Economia (ARME)",
               "carlos.semedo@arme.cv"),
             D("Nádia Tavares Fortes", "técnica superior da ARME", "nadia.fortes@arme.cv")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- German
M("de-deu-1", "de", "DEU", "nomination",
  ("Oberländer, Matthias, VIB4", "matthias.oberlaender@bmwi.bund.de"),
  "AW: CI-19/35 - Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  "2019-08-12 14:27:35", """
Sehr geehrter Herr Generalsekretär,

das Bundesministerium für Wirtschaft und Energie dankt Ihnen für das Rundschreiben CI-19/35 vom 23. Juli 2019 und die Einladung zur Teilnahme an der Reihe von Konsultationen „Fostering tech and innovation SMEs“.

Die Bundesregierung begrüßt ausdrücklich, dass die ITU die auf der letzten Ratstagung geführte Diskussion zur stärkeren Einbindung kleiner und mittlerer Unternehmen aufgreift. Gerade für den deutschen Mittelstand, der in vielen Technologiefeldern eine führende Rolle spielt, ist ein niedrigschwelliger Zugang zu den Studienkommissionen der ITU von großer Bedeutung. Wir verweisen in diesem Zusammenhang auch auf unsere Unterstützung für die Umsetzung der Resolution 209 (Dubai, 2018).

Nach Abstimmung mit Herrn Staatssekretär Dr. Hartmann teile ich Ihnen mit, dass Frau Dr. Katharina Vogelsang, Referatsleiterin „Internationale Digitalpolitik“, Deutschland bei der ersten Konsultation am 10. September 2019 in Budapest vertreten wird.

Für organisatorische Rückfragen steht Ihnen Herr Tobias Brandt (tobias.brandt@bmwi.bund.de), der diese Nachricht in Kopie erhält, gerne zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Matthias Oberländer

Bundesministerium für Wirtschaft und Energie
Referat VI B 4 – Internationale Telekommunikationspolitik
Villemombler Straße 76, 53123 Bonn
Tel.: +49 228 99615-0
""", fmt="alt", cs="windows-1252", cte="quoted-printable", ua="outlook", content_language="de-DE", langattr="DE",
  head_cs="iso-8859-1", head_q=True, cc=[("Brandt, Tobias, VIB4", "tobias.brandt@bmwi.bund.de")],
  quote=dict(style="outlook", hdr="de", circ="en"),
  delegates=[D("Katharina Vogelsang", "Referatsleiterin „Internationale Digitalpolitik“")],
  sessions=["budapest-2019"])

M("de-aut-1", "de", "AUT", "nomination",
  ("Steiner Eva", "eva.steiner@bmvit.gv.at"),
  "CI-19/35 - Nominierung Österreich",
  "2019-08-05 09:44:20", """
Sehr geehrte Damen und Herren,

bezugnehmend auf Ihr Rundschreiben CI-19/35 nominiert das Bundesministerium für Verkehr, Innovation und Technologie folgende Personen für die Konsultation am 10. September:

- Mag. Stefan Gruber, Abteilung Telekommunikation, stefan.gruber@bmvit.gv.at
- DI Julia Hofer-Lindner, Stabsstelle Innovation, julia.hofer-lindner@bmvit.gv.at

Mit freundlichen Grüßen

Eva Steiner
Bundesministerium für Verkehr, Innovation und Technologie
Radetzkystraße 2, 1030 Wien
""", fmt="plain", cs="iso-8859-1", cte="quoted-printable", ua="exchange", tz="+0200", fresh=True,
  delegates=[D("Stefan Gruber", "Abteilung Telekommunikation", "stefan.gruber@bmvit.gv.at"),
             D("Julia Hofer-Lindner", "Stabsstelle Innovation", "julia.hofer-lindner@bmvit.gv.at")],
  sessions=["budapest-2019"])

M("de-aut-2", "de", "AUT", "correction",
  ("Steiner Eva", "eva.steiner@bmvit.gv.at"),
  "AW: CI-19/35 - Nominierung Österreich",
  "2019-08-14 16:02:37", """
Sehr geehrte Damen und Herren,

leider muss Frau DI Hofer-Lindner ihre Teilnahme an der Konsultation in Budapest absagen. Bitte streichen Sie sie von der Teilnehmerliste; ein Ersatz wird nicht nominiert.

Mit freundlichen Grüßen

Eva Steiner
""", fmt="plain", cs="iso-8859-1", cte="quoted-printable", ua="exchange", tz="+0200", in_reply_to="de-aut-1",
  delegates=[D("Stefan Gruber")], implied=["Stefan Gruber"],
  sessions=["budapest-2019"], supersedes="de-aut-1")

M("de-auto", "de", None, "auto_reply",
  ("Weiß, Jürgen", "juergen.weiss@bnetza.de"),
  "Automatische Antwort: CI-19/35 - Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  "2019-07-24 16:32:11", """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.08.2019 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Sabine Krämer (sabine.kraemer@bnetza.de).

Mit freundlichen Grüßen
Jürgen Weiß
""", fmt="alt", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="de-DE", langattr="DE",
  head_cs="iso-8859-1", head_q=True,
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("de-ndr", "de", None, "bounce",
  ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@itu.int"),
  "Unzustellbar: Ihre Anmeldung - Konsultation KMU, Budapest, 10. September 2019",
  "2019-08-13 08:44:02", "", ua="system", raw_body=ndr_exchange, sys_host="itu.int", env_from="",
  fresh=True, date_lag=2,
  received_raw=["from mx2.itu.int (127.0.0.1) by mbx2.itu.int (10.10.2.12) with Microsoft SMTP Server id\n 15.1.1591.10; {t0}"],
  msgid="<9b1e0c55-2d3f-4a8e-bf61-0e7a5d3c4f20@itu.int>",
  ndr=dict(text="""Die Nachricht konnte nicht an folgende Empfänger oder Gruppen zugestellt werden:

k.vogelsang@bmwi.bund.de
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren Helpdesk.

Diagnoseinformationen für Administratoren:

Generierender Server: mx2.itu.int

k.vogelsang@bmwi.bund.de
Remoteserver hat '550 5.1.1 User unknown' zurückgegeben
""", mta="mx2.itu.int", arrival="Tue, 13 Aug 2019 06:43:58 +0000", rcpt="k.vogelsang@bmwi.bund.de",
           status="5.1.1", diag="550 5.1.1 User unknown",
           orig_headers="From: ITU SME <sme@itu.int>\nTo: " + addr("Dr. Katharina Vogelsang", "k.vogelsang@bmwi.bund.de") +
                        "\nSubject: Ihre Anmeldung - Konsultation KMU, Budapest, 10. September 2019\n"
                        "Date: Tue, 13 Aug 2019 06:43:57 +0000\nMessage-ID: <ack.8802@itu.int>\n"))

# ---------------------------------------------------------------- Italian
M("it-ita-1", "it", "ITA", "nomination",
  ("Mancuso Francesca", "francesca.mancuso@mise.gov.it"),
  "R: CI-19/35 - Sessioni di consultazione per gli Stati Membri",
  "2019-08-08 15:30:02", """
Gentili Signori,

in riferimento alla lettera circolare CI-19/35, si comunica che il Ministero dello Sviluppo Economico parteciperà alla prima sessione di consultazione "Fostering tech and innovation SMEs", che si terrà a Budapest il 10 settembre p.v. nell'ambito di ITU Telecom World 2019.

Parteciperà in rappresentanza dell'Italia il dott. Giuseppe Lo Presti, Dirigente della Divisione Affari internazionali (giuseppe.lopresti@mise.gov.it).

Distinti saluti,

Francesca Mancuso
Direzione Generale per i servizi di comunicazione elettronica, di radiodiffusione e postali
Ministero dello Sviluppo Economico
Viale America 201, 00144 Roma
""", fmt="alt", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="it-IT", langattr="IT",
  quote=dict(style="outlook", hdr="it", circ="en-short"),
  delegates=[D("Giuseppe Lo Presti", "Dirigente della Divisione Affari internazionali", "giuseppe.lopresti@mise.gov.it")],
  sessions=["budapest-2019"])

M("it-smr-1", "it", "SMR", "interest_only",
  ("Marco Gasperoni", "marco.gasperoni@gov.sm"),
  "Sessioni di consultazione PMI - interesse di San Marino",
  "2019-08-10 10:10:55", """
Egregio Sig. Clark,

la Segreteria di Stato per l'Industria, Artigianato e Commercio della Repubblica di San Marino esprime il proprio interesse per le sessioni di consultazione sulle PMI tecnologiche e innovative, in particolare per quella di Budapest. Ci riserviamo di comunicarVi a breve il nominativo del partecipante.

Cordiali saluti,

Marco Gasperoni
Ufficio Relazioni Internazionali
Repubblica di San Marino
""", fmt="plain", cs="utf-8", cte="8bit", ua="thunderbird", tz="+0200", fresh=True, flowed=True, wrap=72,
  sessions=["budapest-2019"])

M("it-newsletter", "it", None, "unrelated",
  ("StartupItalia Eventi", "newsletter@startup-eventi.it"),
  "Settembre 2019: gli appuntamenti da non perdere per startup e PMI innovative",
  "2019-08-29 07:00:00", """
**Gli eventi di settembre**

- 9-12 settembre, Budapest: ITU Telecom World 2019 - padiglione dedicato alle PMI
- 19 settembre, Milano: Demo Day degli acceleratori italiani
- 26-27 settembre, Torino: Forum sull'intelligenza artificiale per le PMI

Hai ricevuto questa email perché sei iscritto alla nostra newsletter. Per cancellarti clicca qui.
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="system", html_style="plainhtml", fresh=True,
  out_host="mail.startup-eventi.it", msgid="<20190829050000.1.88ab2@startup-eventi.it>",
  headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:cancella@startup-eventi.it>")])

# ---------------------------------------------------------------- Dutch
M("nl-nld-1", "nl", "NLD", "nomination",
  ("Verhoeven, A. (Anouk) - DGBI/TM", "a.verhoeven@minezk.nl"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  "2019-08-06 11:03:44", """
Geachte heer Clark,

Naar aanleiding van circulaire CI-19/35 laat ik u graag weten dat Nederland deelneemt aan de eerste consultatiesessie op 10 september in Boedapest. Namens het Ministerie van Economische Zaken en Klimaat nemen deel:

- dhr. drs. W.J. (Willem-Jan) van der Berg, senior beleidsmedewerker Internationale Telecommunicatie, w.j.vanderberg@minezk.nl
- mevr. ir. S. de Jong-Bakker, coördinator Mkb-beleid, s.dejong@minezk.nl

Met vriendelijke groet,

Anouk Verhoeven
Directie Telecommunicatiemarkt
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, 2594 AC Den Haag
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="nl-NL", langattr="NL",
  quote=dict(style="outlook", hdr="nl", circ="en-short"),
  delegates=[D("Willem-Jan van der Berg", "senior beleidsmedewerker Internationale Telecommunicatie",
               "w.j.vanderberg@minezk.nl", aliases=["W.J. van der Berg"]),
             D("S. de Jong-Bakker", "coördinator Mkb-beleid", "s.dejong@minezk.nl")],
  sessions=["budapest-2019"])

M("nl-sur-1", "nl", "SUR", "decline",
  ("Ravindra Jagernath", "r.jagernath@tct.gov.sr"),
  "Uitnodiging consultatiesessies ITU - Suriname",
  "2019-08-09 18:31:27", """
Geachte heer/mevrouw,

Het Ministerie van Transport, Communicatie en Toerisme van de Republiek Suriname dankt u hartelijk voor de uitnodiging en waardeert dit initiatief ten zeerste. Helaas zijn wij door budgettaire beperkingen niet in de gelegenheid een vertegenwoordiger naar Boedapest af te vaardigen. Wij volgen de ontwikkelingen met grote belangstelling en wensen u een vruchtbare sessie toe.

Met vriendelijke groet,

Ravindra Jagernath
Onderdirecteur Telecommunicatie
Ministerie van Transport, Communicatie en Toerisme
Paramaribo
""", fmt="plain", cs="windows-1252", cte="7bit", ua="exchange", tz="-0300", fresh=True)

# ---------------------------------------------------------------- Greek
M("el-grc-1", "el", "GRC", "nomination",
  ("Ελένη Γεωργίου", "e.georgiou@mindigital.gr"),
  "ΑΠ: CI-19/35 - Consultation sessions for Member States",
  "2019-08-09 12:06:50", """
Αξιότιμοι κύριοι,

Σε απάντηση της εγκυκλίου CI-19/35, σας γνωρίζουμε ότι ως εκπρόσωπος της Ελλάδας στην πρώτη συνεδρία διαβούλευσης στη Βουδαπέστη (10 Σεπτεμβρίου 2019) ορίζεται ο κ. Νικόλαος Παπαδόπουλος (Nikolaos Papadopoulos), Προϊστάμενος Διεύθυνσης Διεθνών Σχέσεων του Υπουργείου Ψηφιακής Διακυβέρνησης, email: n.papadopoulos@mindigital.gr.

Με εκτίμηση,

Ελένη Γεωργίου
Τμήμα Διεθνών Οργανισμών
Υπουργείο Ψηφιακής Διακυβέρνησης
Φραγκούδη 11 & Αλ. Πάντου, 101 63 Καλλιθέα
""", fmt="alt", cs="iso-8859-7", cte="quoted-printable", ua="outlook", content_language="el-GR", langattr="EL",
  head_cs="iso-8859-7", quote=dict(style="outlook", hdr="el", circ="en-short"),
  delegates=[D("Νικόλαος Παπαδόπουλος", "Προϊστάμενος Διεύθυνσης Διεθνών Σχέσεων του Υπουργείου Ψηφιακής Διακυβέρνησης",
               "n.papadopoulos@mindigital.gr", aliases=["Nikolaos Papadopoulos"])],
  sessions=["budapest-2019"])

M("el-cyp-1", "el", "CYP", "nomination",
  ("Μάριος Κωνσταντίνου", "mkonstantinou@dec.mcw.gov.cy"),
  "Συμμετοχή της Κύπρου - CI-19/35",
  "2019-08-14 09:51:38", """
Αγαπητοί συνάδελφοι,

Ευχαριστούμε για την πρόσκληση. Λόγω άλλων υποχρεώσεων δεν θα μπορέσουμε να συμμετάσχουμε στη συνεδρία της Βουδαπέστης, ωστόσο η Κύπρος θα ήθελε να συμμετάσχει στις συνεδρίες του 2020, κατά τις συναντήσεις των Ομάδων Εργασίας του Συμβουλίου και στο Φόρουμ WSIS. Για τις συνεδρίες αυτές ορίζεται η κα Άννα Χριστοδούλου, Λειτουργός Ηλεκτρονικών Επικοινωνιών (achristodoulou@dec.mcw.gov.cy).

Με φιλικούς χαιρετισμούς,

Μάριος Κωνσταντίνου
Τμήμα Ηλεκτρονικών Επικοινωνιών
Λευκωσία
""", fmt="plain", cs="windows-1253", cte="8bit", ua="thunderbird", tz="+0300", head_cs="windows-1253", fresh=True,
  delegates=[D("Άννα Χριστοδούλου", "Λειτουργός Ηλεκτρονικών Επικοινωνιών", "achristodoulou@dec.mcw.gov.cy")],
  sessions=["cwg-2020", "wsis-2020"])

# ---------------------------------------------------------------- Polish
M("pl-pol-1", "pl", "POL", "nomination",
  ("Nowicka-Zając Katarzyna", "katarzyna.nowicka-zajac@mc.gov.pl"),
  "Odp: CI-19/35 - Consultation sessions for Member States",
  "2019-08-07 14:55:05", """
Szanowni Państwo,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji potwierdza zainteresowanie udziałem w sesji konsultacyjnej w Budapeszcie w dniu 10 września 2019 r. W sesji wezmę udział osobiście; wraz ze mną uczestniczyć będzie p. Tomasz Wiśniewski, naczelnik Wydziału Współpracy Międzynarodowej (tomasz.wisniewski@mc.gov.pl).

Z wyrazami szacunku

Katarzyna Nowicka-Zając
Zastępca Dyrektora Departamentu Telekomunikacji
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa
""", fmt="plain", cs="iso-8859-2", cte="quoted-printable", ua="outlook", content_language="pl-PL",
  head_cs="iso-8859-2", head_q=True, quote=dict(style="outlook", hdr="pl", circ="en-short"),
  delegates=[D("Katarzyna Nowicka-Zając", "Zastępca Dyrektora Departamentu Telekomunikacji",
               "katarzyna.nowicka-zajac@mc.gov.pl"),
             D("Tomasz Wiśniewski", "naczelnik Wydziału Współpracy Międzynarodowej", "tomasz.wisniewski@mc.gov.pl")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Czech
M("cs-cze-1", "cs", "CZE", "nomination",
  ("Procházková Jana", "prochazkovaj@mpo.cz"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  "2019-08-15 10:36:21", """
Vážení,

v návaznosti na oběžník CI-19/35 si Vás dovoluji informovat, že za Českou republiku se první konzultace dne 10. září 2019 v Budapešti zúčastní:

Ing. Petr Dvořák, ředitel odboru elektronických komunikací, Ministerstvo průmyslu a obchodu (dvorakp@mpo.cz)
Mgr. Lucie Horáková, Ph.D., referentka odboru mezinárodních vztahů, Český telekomunikační úřad (horakoval@ctu.cz)

S pozdravem

Jana Procházková
odbor elektronických komunikací
Ministerstvo průmyslu a obchodu
Na Františku 32, 110 15 Praha 1
""", fmt="alt", cs="windows-1250", cte="quoted-printable", ua="outlook", content_language="cs-CZ", langattr="CS",
  head_cs="windows-1250", quote=dict(style="outlook", hdr="cs", circ="en-short"),
  delegates=[D("Petr Dvořák", "ředitel odboru elektronických komunikací, Ministerstvo průmyslu a obchodu", "dvorakp@mpo.cz"),
             D("Lucie Horáková", "referentka odboru mezinárodních vztahů, Český telekomunikační úřad", "horakoval@ctu.cz")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Hungarian
M("hu-hun-1", "hu", "HUN", "nomination",
  ("Horváth Eszter", "horvath.eszter@nmhh.hu"),
  "RE: CI-19/35 - Consultation sessions for Member States - NMHH válasz",
  "2019-08-12 16:50:30", """
Tisztelt Hölgyem/Uram!

A CI-19/35. számú körlevélre hivatkozva örömmel tájékoztatjuk, hogy a Nemzeti Média- és Hírközlési Hatóság (NMHH) – a házigazda ország hírközlési hatóságaként – részt kíván venni a szeptember 10-i budapesti konzultáción.

A magyar delegáció tagjai:
1. dr. Kovács Péter, nemzetközi igazgató (kovacs.peter@nmhh.hu)
2. Szabóné Tóth Ildikó, főosztályvezető-helyettes, Innovációs Főosztály
3. Nagy-Bartha Gergely (Gergely Nagy-Bartha), szakmai tanácsadó – ő az Innovációs és Technológiai Minisztériumot képviseli

A helyszíni logisztikával kapcsolatban kollégánk, Fekete Zsófia (fekete.zsofia@nmhh.hu) áll rendelkezésükre; ő nem tagja a delegációnak.

Üdvözlettel:

Horváth Eszter
nemzetközi referens
Nemzeti Média- és Hírközlési Hatóság
1015 Budapest, Ostrom u. 23–25.
""", fmt="alt", cs="windows-1250", cte="quoted-printable", ua="outlook", content_language="hu-HU", langattr="HU",
  head_cs="iso-8859-2", head_q=True, quote=dict(style="outlook", hdr="hu", circ="en-short"),
  delegates=[D("Kovács Péter", "nemzetközi igazgató", "kovacs.peter@nmhh.hu"),
             D("Szabóné Tóth Ildikó", "főosztályvezető-helyettes, Innovációs Főosztály"),
             D("Nagy-Bartha Gergely", "szakmai tanácsadó", aliases=["Gergely Nagy-Bartha"])],
  sessions=["budapest-2019"])

M("hu-event", "hu", None, "unrelated",
  ("ITM Protokoll", "protokoll@itm.gov.hu"),
  "Meghívó - fogadás az ITU Telecom World 2019 alkalmából, 2019. szeptember 9.",
  "2019-08-20 11:00:00", """
Tisztelt Címzett!

Az Innovációs és Technológiai Minisztérium tisztelettel meghívja Önt az ITU Telecom World 2019 alkalmából rendezett fogadásra.

Időpont: 2019. szeptember 9., hétfő, 19:00
Helyszín: Várkert Bazár, 1013 Budapest, Ybl Miklós tér 6.

Részvételi szándékát kérjük, szeptember 2-ig jelezze a protokoll@itm.gov.hu címen.

Tisztelettel:
ITM Protokoll Osztály
""", fmt="html", cs="iso-8859-2", cte="quoted-printable", ua="outlook", content_language="hu-HU", langattr="HU",
  head_cs="iso-8859-2", fresh=True)

# ---------------------------------------------------------------- Romanian
M("ro-rou-1", "ro", "ROU", "nomination",
  ("Mihai Ionescu", "mihai.ionescu@ancom.ro"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  "2019-08-13 11:26:00", """
Stimate domnule Clark,

Ca urmare a scrisorii circulare CI-19/35, vă comunicăm că Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM) o desemnează pe doamna Andreea-Maria Popescu, șef serviciu Relații Internaționale, să participe la prima sesiune de consultare, organizată la Budapesta pe 10 septembrie 2019, în marja ITU Telecom World.

Date de contact: andreea.popescu@ancom.ro, tel. +40 372 845 400.

Cu stimă,

Mihai Ionescu
Director, Direcția Relații Internaționale
ANCOM - Str. Delea Nouă nr. 2, București
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="ro-RO", langattr="RO",
  delegates=[D("Andreea-Maria Popescu", "șef serviciu Relații Internaționale", "andreea.popescu@ancom.ro")],
  sessions=["budapest-2019"])

M("ro-mda-1", "ro", "MDA", "inquiry",
  ("Victoria Rusu", "victoria.rusu@mei.gov.md"),
  "Întrebare privind sesiunea de consultare de la Budapesta",
  "2019-08-08 09:12:43", """
Bună ziua,

Vă rugăm să ne comunicați dacă la sesiunea de consultare de la Budapesta se poate participa și la distanță (online), deoarece delegația Republicii Moldova la ITU Telecom World va fi foarte restrânsă.

Cu respect,

Victoria Rusu
Direcția politici în domeniul tehnologiei informației
Ministerul Economiei și Infrastructurii al Republicii Moldova
""", fmt="plain", cs="iso-8859-16", cte="quoted-printable", ua="thunderbird", tz="+0300", head_cs="utf-8", fresh=True)


# ---------------------------------------------------------------- Japanese
M("ja-jpn-1", "ja", "JPN", "nomination",
  ("山本 美咲", "m-yamamoto@soumu.go.jp"),
  "RE: CI-19/35 第1回協議会合（ブダペスト）への出席者について",
  "2019-08-16 17:45:40", """
国際電気通信連合（ITU）
SME担当 御中

いつもお世話になっております。
総務省国際戦略局国際政策課の山本でございます。

回章CI-19/35にてご案内いただきました「技術・イノベーション分野の中小企業の振興」に関する協議会合につきまして、9月10日にブダペストで開催される第1回会合に、下記の者を派遣いたしますのでお知らせいたします。

氏名：佐藤 健一（SATO Kenichi）
役職：総務省 国際戦略局 国際政策課 課長補佐
メール：k-sato@soumu.go.jp

何卒よろしくお願い申し上げます。

山本 美咲
総務省 国際戦略局 国際政策課
〒100-8926 東京都千代田区霞が関2-1-2
TEL: 03-5253-5111
""", fmt="plain", cs="iso-2022-jp", cte="7bit", ua="exchange", tz="+0900", head_cs="iso-2022-jp",
  date="Sat, 17 Aug 2019 00:45:12 +0900",
  delegates=[D("佐藤 健一", "総務省 国際戦略局 国際政策課 課長補佐", "k-sato@soumu.go.jp", aliases=["SATO Kenichi"])],
  sessions=["budapest-2019"], expect_late=False)

M("ja-spam", "ja", None, "unrelated",
  ("ビジネス視察ツアー事務局", "info@biz-shisatsu-tour.jp"),
  "【ご案内】ITU Telecom World 2019（ブダペスト）視察ツアー 参加者募集",
  "2019-07-31 03:00:00", """
関係者各位

平素より格別のご高配を賜り、厚く御礼申し上げます。

このたび弊社では、2019年9月9日～12日にハンガリー・ブダペストで開催される「ITU Telecom World 2019」の視察ツアーを企画いたしました。

■ 日程：2019年9月8日（日）～9月13日（金）
■ 内容：展示会視察、現地スタートアップ訪問、日本人通訳同行
■ 旅行代金：お一人様 398,000円～

お申し込み締切は8月16日（金）です。皆様のご参加を心よりお待ちしております。

※配信停止をご希望の方は、本メールにご返信ください。
""", fmt="html", cs="shift_jis", cte="base64", ua="system", html_style="plainhtml", tz="+0900", head_cs="shift_jis",
  fresh=True, out_host="mail.biz-shisatsu-tour.jp", msgid="<20190731100000.0A1B2C3D@biz-shisatsu-tour.jp>",
  headers=[("X-Mailer", "Benchmark Email Agent"), ("Precedence", "bulk")])

# ---------------------------------------------------------------- Korean
M("ko-kor-1", "ko", "KOR", "nomination",
  ("박지훈", "jhpark@msit.go.kr"),
  "RE: CI-19/35 - Consultation sessions for Member States (대한민국 참석자 통보)",
  "2019-08-09 07:21:16", """
국제전기통신연합(ITU) 담당자님께,

안녕하십니까. 대한민국 과학기술정보통신부 국제협력담당관실입니다.

CI-19/35 회람과 관련하여, 2019년 9월 10일 부다페스트에서 개최되는 첫 번째 협의 세션에 아래와 같이 참석자를 지명하여 알려드립니다.

[[table]]
성명 | 영문 성명 | 소속 및 직위 | 이메일
김민준 | KIM Minjun | 과학기술정보통신부 국제협력담당관실 사무관 | mjkim@msit.go.kr
이서연 | LEE Seoyeon | 정보통신산업진흥원(NIPA) 책임연구원 | sylee@nipa.kr
[[/table]]

감사합니다.

박지훈 드림
과학기술정보통신부 국제협력담당관실
세종특별자치시 가름로 194
""", fmt="alt", cs="ks_c_5601-1987", cte="base64", ua="outlook", head_cs="ks_c_5601-1987",
  content_language="ko-KR", langattr="KO",
  delegates=[D("김민준", "과학기술정보통신부 국제협력담당관실 사무관", "mjkim@msit.go.kr", aliases=["KIM Minjun"]),
             D("이서연", "정보통신산업진흥원(NIPA) 책임연구원", "sylee@nipa.kr", aliases=["LEE Seoyeon"])],
  sessions=["budapest-2019"])

M("ko-kor-2", "ko", "KOR", "correction",
  ("박지훈", "jhpark@msit.go.kr"),
  "RE: CI-19/35 참석자 이메일 정정",
  "2019-08-12 02:48:33", """
담당자님께,

8월 9일에 보내드린 참석자 명단 중 김민준 사무관의 이메일 주소에 오류가 있어 바로잡습니다. 올바른 주소는 minjun.kim@msit.go.kr 입니다. 참석자는 김민준, 이서연 2명으로 변동 없습니다.

번거롭게 해드려 죄송합니다.

박지훈 드림
""", fmt="plain", cs="euc-kr", cte="base64", ua="outlook", head_cs="euc-kr", content_language="ko-KR",
  in_reply_to="ko-kor-1",
  delegates=[D("김민준", "사무관", "minjun.kim@msit.go.kr"), D("이서연")],
  sessions=["budapest-2019"], supersedes="ko-kor-1")

# ---------------------------------------------------------------- Vietnamese
M("vi-vnm-1", "vi", "VNM", "nomination",
  ("Trần Thị Mai Anh", "tmanh@mic.gov.vn"),
  "V/v cử đại biểu tham dự phiên tham vấn tại Budapest (CI-19/35)",
  "2019-08-14 05:33:09", """
Kính gửi: Ban Thư ký Liên minh Viễn thông Quốc tế (ITU)

Phúc đáp Thư thông báo CI-19/35 ngày 23/7/2019 về chuỗi phiên tham vấn "Thúc đẩy doanh nghiệp nhỏ và vừa trong lĩnh vực công nghệ và đổi mới sáng tạo", Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo cử ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác quốc tế, tham dự phiên tham vấn thứ nhất tổ chức ngày 10/9/2019 tại Budapest, Hungary.

Thông tin liên hệ: nvhung@mic.gov.vn; ĐT: +84 24 3943 7218.

Trân trọng,

Trần Thị Mai Anh
Chuyên viên, Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
18 Nguyễn Du, Hà Nội
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="gmail", html_style="gmail", tz="+0700", fresh=True,
  delegates=[D("Nguyễn Văn Hùng", "Phó Vụ trưởng Vụ Hợp tác quốc tế", "nvhung@mic.gov.vn")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Thai
M("th-tha-1", "th", "THA", "nomination",
  ("Somchai Wongthai", "somchai.w@nbtc.go.th"),
  "แจ้งรายชื่อผู้แทนเข้าร่วมการประชุมหารือ CI-19/35",
  "2019-08-13 06:14:27", """
เรียน ฝ่ายเลขาธิการ ITU

ตามหนังสือเวียนที่ CI-19/35 ลงวันที่ 23 กรกฎาคม 2562 เรื่อง การประชุมหารือสำหรับประเทศสมาชิกเพื่อส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อมด้านเทคโนโลยีและนวัตกรรม สำนักงาน กสทช. ขอแจ้งรายชื่อผู้แทนเข้าร่วมการประชุมครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562 ดังนี้

นางสาวพิมพ์ชนก ศรีสุวรรณ (Ms. Pimchanok Srisuwan)
ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ
อีเมล: pimchanok.s@nbtc.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สมชาย วงศ์ไทย
สำนักความสัมพันธ์ระหว่างประเทศ สำนักงาน กสทช.
""", fmt="plain", cs="tis-620", cte="base64", ua="thunderbird", tz="+0700", head_cs="tis-620", fresh=True,
  delegates=[D("พิมพ์ชนก ศรีสุวรรณ", "ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ", "pimchanok.s@nbtc.go.th",
               aliases=["Pimchanok Srisuwan"])],
  sessions=["budapest-2019"])

M("th-tha-2", "th", "THA", "interest_only",
  ("Prapaporn Jaidee", "prapaporn.j@mdes.go.th"),
  "ความสนใจเข้าร่วมการประชุมหารือ (CWG 2563)",
  "2019-08-15 08:02:51", """
เรียน คุณคริสโตเฟอร์ คลาร์ก

กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมขอขอบคุณสำหรับหนังสือเชิญ และมีความสนใจเข้าร่วมการประชุมหารือในช่วงการประชุมคณะทำงานของคณะมนตรี (CWG) ต้นปี 2563 ทั้งนี้ จะแจ้งรายชื่อผู้เข้าร่วมให้ทราบในภายหลัง

ขอแสดงความนับถือ
ประภาพร ใจดี
กองการต่างประเทศ สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
""", fmt="html", cs="windows-874", cte="quoted-printable", ua="outlook", head_cs="utf-8", content_language="th-TH",
  langattr="TH", fresh=True,
  sessions=["cwg-2020"])

# ---------------------------------------------------------------- Indonesian
M("id-idn-1", "id", "IDN", "nomination",
  ("Dewi Lestari Puspitasari", "dewi.lestari@kominfo.go.id"),
  "Delegasi Indonesia - Sesi Konsultasi UKM Teknologi (CI-19/35)",
  "2019-08-12 07:40:18", """
Yth. Sekretariat ITU,

Menindaklanjuti surat edaran CI-19/35 tanggal 23 Juli 2019, dengan hormat kami sampaikan bahwa Kementerian Komunikasi dan Informatika Republik Indonesia akan berpartisipasi dalam sesi konsultasi pertama di Budapest pada tanggal 10 September 2019.

Adapun delegasi Indonesia terdiri atas:
1. Bapak Dr. Ir. Hendra Wijaya Kusuma, M.Sc., Direktur Pemberdayaan Industri Informatika (hendra.wk@kominfo.go.id);
2. Ibu Ratna Sari Dewi, S.Kom., Kepala Subdirektorat Startup Digital.

Selain itu, Bapak Agus Santoso dari KBRI Budapest akan membantu koordinasi logistik di lapangan, namun tidak termasuk dalam delegasi.

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,

Dewi Lestari Puspitasari
Kepala Bagian Kerja Sama Multilateral
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
Jl. Medan Merdeka Barat No. 9, Jakarta 10110
""", fmt="alt", cs="utf-8", cte="7bit", ua="outlook", content_language="id-ID", langattr="IN",
  quote=dict(style="outlook", hdr="en", circ="en-short"),
  delegates=[D("Hendra Wijaya Kusuma", "Direktur Pemberdayaan Industri Informatika", "hendra.wk@kominfo.go.id"),
             D("Ratna Sari Dewi", "Kepala Subdirektorat Startup Digital")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Malay
M("ms-mys-1", "ms", "MYS", "nomination",
  ("Nurul Ain Hashim", "nurulain@mcmc.gov.my"),
  "Penamaan Wakil Malaysia - Sesi Konsultasi ITU (CI-19/35)",
  "2019-08-08 04:55:31", """
Tuan/Puan,

Merujuk kepada surat pekeliling ITU CI-19/35, Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) dengan sukacitanya memaklumkan bahawa Encik Mohd Faizal bin Abdul Rahman, Pengarah Bahagian Pembangunan Industri, akan mewakili Malaysia dalam sesi konsultasi pertama di Budapest pada 10 September 2019 dan juga dalam sesi semasa Forum WSIS 2020.

E-mel: faizal.rahman@mcmc.gov.my

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Nurul Ain binti Hashim
Jabatan Hubungan Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia
Off Persiaran Multimedia, 63000 Cyberjaya, Selangor
""", fmt="plain", cs="us-ascii", cte="7bit", ua="notes", tz="+0800", fresh=True,
  delegates=[D("Mohd Faizal bin Abdul Rahman", "Pengarah Bahagian Pembangunan Industri", "faizal.rahman@mcmc.gov.my")],
  sessions=["budapest-2019", "wsis-2020"])

M("ms-brn-1", "ms", "BRN", "interest_only",
  ("Siti Aminah Osman", "siti.aminah@mtic.gov.bn"),
  "Sesi konsultasi di Budapest - minat Negara Brunei Darussalam",
  "2019-08-11 03:30:00", """
Assalamualaikum dan salam sejahtera,

Pihak Kementerian Pengangkutan dan Infokomunikasi Negara Brunei Darussalam berminat untuk menyertai sesi konsultasi tersebut di Budapest. Nama wakil kami akan dimaklumkan dalam masa terdekat.

Sekian, terima kasih.

Hjh Siti Aminah binti Hj Osman
Bahagian Perhubungan Antarabangsa
Kementerian Pengangkutan dan Infokomunikasi
""", fmt="plain", cs="us-ascii", cte="7bit", ua="roundcube", tz="+0800", no_received=True, date_lag=0,
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Filipino
M("tl-phl-1", "tl", "PHL", "nomination",
  ("Maria Cristina Villanueva", "mc.villanueva@dict.gov.ph"),
  "Tugon sa CI-19/35 - Kinatawan ng Pilipinas",
  "2019-08-09 09:08:44", """
Magandang araw po!

Bilang tugon sa sirkular CI-19/35, ikinagagalak po naming ipaalam na ang Department of Information and Communications Technology (DICT) ng Pilipinas ay lalahok sa unang sesyon ng konsultasyon sa Budapest sa ika-10 ng Setyembre 2019. Ang aming kinatawan ay si G. Jose Miguel Dela Cruz, Direktor ng ICT Industry Development Bureau (jm.delacruz@dict.gov.ph).

Maraming salamat po.

Lubos na gumagalang,

Maria Cristina Villanueva
International Cooperation Division, DICT
C.P. Garcia Ave., Diliman, Quezon City
""", fmt="alt", cs="utf-8", cte="7bit", ua="gmail", html_style="gmail", tz="+0800",
  quote=dict(style="gt", circ="en-short", intro="On Wed, Jul 24, 2019 at 10:31 PM ITU SME <sme@itu.int> wrote:"),
  delegates=[D("Jose Miguel Dela Cruz", "Direktor ng ICT Industry Development Bureau", "jm.delacruz@dict.gov.ph")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Hindi
M("hi-ind-2", "hi", "IND", "nomination",
  ("Amit Kumar Srivastava", "us-ic@meity.gov.in"),
  "अंतर्राष्ट्रीय दूरसंचार संघ परिपत्र CI-19/35 - नामांकन",
  "2019-08-13 09:59:01", """
महोदय/महोदया,

अंतर्राष्ट्रीय दूरसंचार संघ के परिपत्र CI-19/35 दिनांक 23 जुलाई 2019 के संदर्भ में, इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय (MeitY) बुडापेस्ट में 10 सितंबर 2019 को आयोजित होने वाले प्रथम परामर्श सत्र के लिए डॉ. सुनीता राघवन, वैज्ञानिक 'एफ' एवं समूह समन्वयक (स्टार्टअप हब), को नामित करता है।

ईमेल: sunita.raghavan@meity.gov.in

यह सक्षम प्राधिकारी के अनुमोदन से जारी किया जाता है।

भवदीय,

(अमित कुमार श्रीवास्तव)
अवर सचिव, अंतर्राष्ट्रीय सहयोग प्रभाग
इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय
इलेक्ट्रॉनिक्स निकेतन, 6 सीजीओ कॉम्प्लेक्स, नई दिल्ली-110003
""", fmt="plain", cs="utf-8", cte="base64", ua="notes", tz="+0530", fresh=True,
  delegates=[D("सुनीता राघवन", "वैज्ञानिक 'एफ' एवं समूह समन्वयक (स्टार्टअप हब)", "sunita.raghavan@meity.gov.in")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Bengali
M("bn-bgd-1", "bn", "BGD", "nomination",
  ("Shamima Akter", "shamima.akter@btrc.gov.bd"),
  "আইটিইউ সার্কুলার CI-19/35 - মনোনয়ন",
  "2019-08-11 08:17:52", """
জনাব,

আইটিইউ-এর সার্কুলার CI-19/35-এর প্রেক্ষিতে জানানো যাচ্ছে যে, বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন (বিটিআরসি) আগামী ১০ সেপ্টেম্বর ২০১৯ তারিখে বুদাপেস্টে অনুষ্ঠিতব্য প্রথম পরামর্শ সভায় অংশগ্রহণের জন্য নিম্নোক্ত কর্মকর্তাকে মনোনয়ন দিয়েছে:

নাম: মোঃ রফিকুল ইসলাম (Md. Rafiqul Islam)
পদবি: উপপরিচালক, আন্তর্জাতিক সম্পর্ক বিভাগ
ইমেইল: rafiqul.islam@btrc.gov.bd

বিনীত,
শামীমা আক্তার
সহকারী পরিচালক, বিটিআরসি
আইইবি ভবন, রমনা, ঢাকা-১০০০
""", fmt="alt", cs="utf-8", cte="base64", ua="gmail", html_style="gmail", tz="+0600", fresh=True,
  delegates=[D("মোঃ রফিকুল ইসলাম", "উপপরিচালক, আন্তর্জাতিক সম্পর্ক বিভাগ", "rafiqul.islam@btrc.gov.bd",
               aliases=["Md. Rafiqul Islam"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Urdu
M("ur-pak-1", "ur", "PAK", "interest_only",
  ("Muhammad Usman Malik", "usman.malik@moitt.gov.pk"),
  "سرکلر CI-19/35 - پاکستان کی دلچسپی",
  "2019-08-10 10:41:06", """
جناب عالی،

آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے عرض ہے کہ وزارتِ انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، حکومتِ پاکستان، بوڈاپیسٹ میں 10 ستمبر 2019 کو منعقد ہونے والے پہلے مشاورتی اجلاس میں شرکت میں گہری دلچسپی رکھتی ہے۔ شرکا کے نام اور تفصیلات جلد ارسال کر دی جائیں گی۔

نیک تمناؤں کے ساتھ،

محمد عثمان ملک
سیکشن آفیسر (بین الاقوامی تعاون)
وزارتِ انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، اسلام آباد
""", fmt="html", cs="utf-8", cte="base64", ua="outlook", content_language="ur-PK", langattr="UR", fresh=True,
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Nepali
M("ne-npl-1", "ne", "NPL", "nomination",
  ("Sita Kumari Shrestha", "sita.shrestha@mocit.gov.np"),
  "CI-19/35 सम्बन्धमा मनोनयन",
  "2019-08-14 07:12:19", """
श्रीमान्,

अन्तर्राष्ट्रिय दूरसञ्चार संघको परिपत्र CI-19/35 सम्बन्धमा, सञ्चार तथा सूचना प्रविधि मन्त्रालयले बुडापेस्टमा २०१९ सेप्टेम्बर १० मा हुने पहिलो परामर्श बैठकमा सहभागिताका लागि सहसचिव श्री रामप्रसाद अधिकारी (Mr. Ram Prasad Adhikari) लाई मनोनयन गरेको व्यहोरा अनुरोध छ।

इमेल: rp.adhikari@mocit.gov.np

भवदीय,
सीता कुमारी श्रेष्ठ
शाखा अधिकृत, अन्तर्राष्ट्रिय सम्बन्ध शाखा
सञ्चार तथा सूचना प्रविधि मन्त्रालय, सिंहदरबार, काठमाडौं
""", fmt="plain", cs="utf-8", cte="quoted-printable", ua="gmail", tz="+0545", fresh=True,
  delegates=[D("रामप्रसाद अधिकारी", "सहसचिव", "rp.adhikari@mocit.gov.np", aliases=["Ram Prasad Adhikari"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Sinhala and Tamil (Sri Lanka)
M("si-lka-1", "si", "LKA", "nomination",
  ("Chaminda Perera", "chaminda@trc.gov.lk"),
  "CI-19/35 - උපදේශන සැසිය සඳහා නියෝජිතයා",
  "2019-08-09 06:26:58", """
ගරු මහත්මයාණෙනි/මහත්මියනි,

ජාත්‍යන්තර විදුලි සංදේශ සංගමයේ CI-19/35 චක්‍රලේඛය සම්බන්ධයෙනි.

2019 සැප්තැම්බර් 10 වන දින බුඩාපෙස්ට් නුවරදී පැවැත්වෙන පළමු උපදේශන සැසිය සඳහා ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව නියෝජනය කරමින් අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා) ඩබ්ලිව්. එම්. නිශාන්ත බණ්ඩාර (W. M. Nishantha Bandara) මහතා සහභාගී වන බව කාරුණිකව දන්වා සිටිමි.

විද්‍යුත් තැපෑල: nishantha@trc.gov.lk

ස්තුතියි,
චමින්ද පෙරේරා
ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="si-LK", langattr="SI", fresh=True,
  delegates=[D("ඩබ්ලිව්. එම්. නිශාන්ත බණ්ඩාර", "අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා)", "nishantha@trc.gov.lk",
               aliases=["W. M. Nishantha Bandara"])],
  sessions=["budapest-2019"])

M("ta-lka-1", "ta", "LKA", "inquiry",
  ("K. Sivakumar", "sivakumar@mdi.gov.lk"),
  "CI-19/35 - தொலைநிலை பங்கேற்பு பற்றிய வினவல்",
  "2019-08-06 07:44:30", """
அன்புடையீர்,

CI-19/35 சுற்றறிக்கை தொடர்பாக, புடாபெஸ்டில் செப்டம்பர் 10 அன்று நடைபெறும் ஆலோசனை அமர்வில் தொலைநிலை (ஆன்லைன்) மூலம் பங்கேற்க வாய்ப்பு உள்ளதா என்பதைத் தெரிவிக்குமாறு கேட்டுக்கொள்கிறோம். மேலும், அமர்வின் விரிவான நிகழ்ச்சி நிரல் எப்போது அனுப்பப்படும் என்பதையும் அறிய விரும்புகிறோம்.

நன்றி,
க. சிவகுமார்
டிஜிட்டல் உட்கட்டமைப்பு மற்றும் தகவல் தொழில்நுட்ப அமைச்சு, இலங்கை
""", fmt="plain", cs="utf-8", cte="8bit", ua="thunderbird", tz="+0530", fresh=True)

# ---------------------------------------------------------------- Khmer
M("km-khm-1", "km", "KHM", "nomination",
  ("Chan Sophea", "sophea.chan@mptc.gov.kh"),
  "ការចូលរួមកិច្ចប្រជុំពិគ្រោះយោបល់ CI-19/35",
  "2019-08-13 05:05:05", """
ជម្រាបមកលេខាធិការដ្ឋាន ITU

យោងតាមលិខិតសារាចរលេខ CI-19/35 ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍នៃព្រះរាជាណាចក្រកម្ពុជា សូមជម្រាបជូនថា លោក សុខ វិចិត្រ (Mr. SOK Vichet) ប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ នឹងចូលរួមកិច្ចប្រជុំពិគ្រោះយោបល់លើកទីមួយ នៅទីក្រុងប៊ុយដាប៉េស នាថ្ងៃទី១០ ខែកញ្ញា ឆ្នាំ២០១៩។

អ៊ីមែល៖ vichet.sok@mptc.gov.kh

សូមអរគុណ
ចាន់ សុភា
នាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ
""", fmt="alt", cs="utf-8", cte="base64", ua="gmail", html_style="gmail", tz="+0700", fresh=True,
  delegates=[D("សុខ វិចិត្រ", "ប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ", "vichet.sok@mptc.gov.kh",
               aliases=["SOK Vichet"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Lao
M("lo-lao-1", "lo", "LAO", "interest_only",
  ("Phonesavanh Sisouvanh", "phonesavanh@mpt.gov.la"),
  "ການເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລື CI-19/35",
  "2019-08-12 05:50:40", """
ຮຽນ: ກອງເລຂາ ITU

ອີງຕາມໜັງສືວຽນເລກທີ CI-19/35, ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ສປປ ລາວ ມີຄວາມສົນໃຈເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລືຄັ້ງທີ 1 ທີ່ນະຄອນບູດາເປັສ ໃນວັນທີ 10 ກັນຍາ 2019. ພວກເຮົາຈະແຈ້ງລາຍຊື່ຜູ້ເຂົ້າຮ່ວມໃຫ້ຊາບໃນໄວໆນີ້.

ດ້ວຍຄວາມນັບຖື,
ພອນສະຫວັນ ສີສຸວັນ
ກົມແຜນການ ແລະ ການຮ່ວມມື
""", fmt="plain", cs="utf-8", cte="base64", ua="yahoo", tz="+0700", fresh=True,
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Burmese
M("my-mmr-1", "my", "MMR", "nomination",
  ("Thandar Myint", "thandar.myint@ptd.gov.mm"),
  "CI-19/35 အကြံပြုဆွေးနွေးပွဲ တက်ရောက်မည့်သူ",
  "2019-08-10 08:33:21", """
ITU အတွင်းရေးမှူးရုံးသို့

CI-19/35 စာအမှတ်ပါ ဖိတ်ကြားချက်နှင့်ပတ်သက်၍ ၂၀၁၉ ခုနှစ် စက်တင်ဘာလ ၁၀ ရက်နေ့တွင် ဘူဒါပက်(စ်)မြို့၌ ကျင်းပမည့် ပထမအကြိမ် အကြံပြုဆွေးနွေးပွဲသို့ ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာနမှ ဦးကျော်ဇင်ထွန်း (U Kyaw Zin Tun)၊ ညွှန်ကြားရေးမှူး၊ ဆက်သွယ်ရေးဦးစီးဌာန ကို စေလွှတ်မည်ဖြစ်ပါကြောင်း အကြောင်းကြားအပ်ပါသည်။

အီးမေးလ်: kzt@ptd.gov.mm

လေးစားစွာဖြင့်
ဒေါ်သန္တာမြင့်
ဆက်သွယ်ရေးဦးစီးဌာန၊ နေပြည်တော်
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="my-MM", langattr="MY", fresh=True,
  delegates=[D("ကျော်ဇင်ထွန်း", "ညွှန်ကြားရေးမှူး၊ ဆက်သွယ်ရေးဦးစီးဌာန", "kzt@ptd.gov.mm", aliases=["Kyaw Zin Tun"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Mongolian
M("mn-mng-1", "mn", "MNG", "nomination",
  ("Ganbaatar D.", "ganbaatar@cita.gov.mn"),
  "CI-19/35 - Будапешт хотод болох зөвлөлдөх хуралдаан",
  "2019-08-08 03:47:15", """
Эрхэм хүндэт ОУЦХБ-ын Нарийн бичгийн дарга нарын газарт,

CI-19/35 тоот албан бичгийн дагуу Монгол Улсын Харилцаа холбоо, мэдээллийн технологийн газар нь 2019 оны 9-р сарын 10-нд Будапешт хотноо болох анхны зөвлөлдөх хуралдаанд Гадаад харилцааны хэлтсийн дарга Б. Энхтуяа (B. Enkhtuya)-г оролцуулахаар томилсныг үүгээр мэдэгдэж байна.

Имэйл: enkhtuya.b@cita.gov.mn

Хүндэтгэсэн,
Д. Ганбаатар
Гадаад харилцааны хэлтэс
""", fmt="plain", cs="utf-8", cte="quoted-printable", ua="roundcube", tz="+0800", fresh=True,
  delegates=[D("Б. Энхтуяа", "Гадаад харилцааны хэлтсийн дарга", "enkhtuya.b@cita.gov.mn", aliases=["B. Enkhtuya"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Kazakh
M("kk-kaz-1", "kk", "KAZ", "nomination",
  ("Ахметова Әйгерім", "a.akhmetova@mdai.gov.kz"),
  "CI-19/35 циркулярлық хатқа жауап",
  "2019-08-09 05:18:49", """
Құрметті әріптестер!

CI-19/35 циркулярлық хатқа жауап ретінде Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі 2019 жылғы 10 қыркүйекте Будапешт қаласында өтетін бірінші консультациялық сессияға мына қатысушыны ұсынатынын хабарлайды:

Аты-жөні: Серікбаев Нұрлан Болатұлы (Serikbayev Nurlan)
Лауазымы: Халықаралық ынтымақтастық департаментінің директоры
Эл. пошта: n.serikbayev@mdai.gov.kz

Құрметпен,
Ахметова Әйгерім
Халықаралық ынтымақтастық департаменті
Нұр-Сұлтан қ.
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="kk-KZ", langattr="KK", head_cs="utf-8",
  delegates=[D("Серікбаев Нұрлан Болатұлы", "Халықаралық ынтымақтастық департаментінің директоры",
               "n.serikbayev@mdai.gov.kz", aliases=["Serikbayev Nurlan"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Uzbek
M("uz-uzb-1", "uz", "UZB", "nomination",
  ("Karimova Dilnoza", "d.karimova@mitc.uz"),
  "CI-19/35 sirkulyar xatiga javob",
  "2019-08-15 07:30:33", """
Hurmatli hamkasblar!

CI-19/35-sonli sirkulyar xatga javoban, O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi 2019-yil 10-sentabr kuni Budapesht shahrida bo'lib o'tadigan birinchi maslahat sessiyasida ishtirok etish uchun Xalqaro hamkorlik boshqarmasi boshlig'i Rustamov Jasur Alisherovichni tavsiya etadi.

Elektron pochta: j.rustamov@mitc.uz

Hurmat bilan,
Karimova Dilnoza
Xalqaro hamkorlik boshqarmasi bosh mutaxassisi
""", fmt="plain", cs="us-ascii", cte="7bit", ua="mailru", tz="+0500", fresh=True,
  delegates=[D("Rustamov Jasur Alisherovich", "Xalqaro hamkorlik boshqarmasi boshlig'i", "j.rustamov@mitc.uz")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Azerbaijani
M("az-aze-1", "az", "AZE", "nomination",
  ("Günay Əliyeva", "g.aliyeva@mincom.gov.az"),
  "CI-19/35 saylı sirkulyar məktuba cavab",
  "2019-08-07 09:27:12", """
Hörmətli cənab Klark,

CI-19/35 saylı sirkulyar məktuba cavab olaraq bildiririk ki, Azərbaycan Respublikası Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi 10 sentyabr 2019-cu il tarixində Budapeştdə keçiriləcək ilk məsləhətləşmə sessiyasında iştirak etmək üçün Beynəlxalq əməkdaşlıq şöbəsinin müdiri Elvin Məmmədovu namizəd göstərir.

E-poçt: e.mammadov@mincom.gov.az

Hörmətlə,
Günay Əliyeva
Beynəlxalq əməkdaşlıq şöbəsi
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="az-Latn-AZ", langattr="AZ-LATN",
  delegates=[D("Elvin Məmmədov", "Beynəlxalq əməkdaşlıq şöbəsinin müdiri", "e.mammadov@mincom.gov.az")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Persian
M("fa-irn-1", "fa", "IRN", "nomination",
  ("Zahra Karimi", "z.karimi@ict.gov.ir"),
  "معرفی نماینده - نشست مشورتی بوداپست (CI-19/35)",
  "2019-08-11 09:14:37", """
با سلام و احترام،

عطف به نامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹، به استحضار می‌رساند وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران، آقای دکتر محمدرضا حسینی، مدیرکل همکاری‌های بین‌المللی، را جهت شرکت در نخستین نشست مشورتی که در تاریخ ۱۰ سپتامبر ۲۰۱۹ در بوداپست برگزار می‌گردد، معرفی می‌نماید.

پست الکترونیک: mr.hosseini@ict.gov.ir

با تشکر،
زهرا کریمی
کارشناس امور بین‌الملل
وزارت ارتباطات و فناوری اطلاعات
""", fmt="html", cs="utf-8", cte="base64", ua="exchange", tz="+0430", content_language="fa-IR", fresh=True,
  delegates=[D("محمدرضا حسینی", "مدیرکل همکاری‌های بین‌المللی", "mr.hosseini@ict.gov.ir")],
  sessions=["budapest-2019"])

M("fa-afg-1", "fa", "AFG", "decline",
  ("Ahmad Shah Rahimi", "a.rahimi@mcit.gov.af"),
  "پاسخ به نامه CI-19/35",
  "2019-08-13 08:08:08", """
محترما،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان از دعوت شما صمیمانه سپاسگزاری می‌نماید و این ابتکار را بسیار ارزشمند می‌داند. متأسفانه به دلیل مصروفیت‌های قبلی، امکان اشتراک در نشست بوداپست برای ما میسر نیست. برای شما در برگزاری این نشست موفقیت آرزو می‌کنیم.

با احترام،
احمد شاه رحیمی
ریاست روابط بین‌المللی
""", fmt="plain", cs="utf-8", cte="8bit", ua="gmail", tz="+0430", fresh=True)

# ---------------------------------------------------------------- Hebrew
M("he-isr-1", "he", "ISR", "nomination",
  ("אבי שטרן", "avi.stern@moc.gov.il"),
  "תשובה: CI-19/35 - Consultation sessions for Member States",
  "2019-08-08 10:33:19", """
שלום רב,

בהמשך לחוזר CI-19/35, משרד התקשורת של מדינת ישראל מתכבד להודיע כי גב' מיכל לוי-כהן (Michal Levy-Cohen), מנהלת תחום קשרים בינלאומיים, תייצג את ישראל במפגש ההתייעצות הראשון שיתקיים בבודפשט ב-10 בספטמבר 2019.

דוא"ל: michal.lc@moc.gov.il

בברכה,

אבי שטרן
סגן מנהל אגף בכיר קשרי חוץ
משרד התקשורת, ירושלים
""", fmt="alt", cs="windows-1255", cte="quoted-printable", ua="outlook", head_cs="windows-1255",
  content_language="he-IL", langattr="HE", quote=dict(style="outlook", hdr="en", circ="en-short"),
  delegates=[D("מיכל לוי-כהן", "מנהלת תחום קשרים בינלאומיים", "michal.lc@moc.gov.il", aliases=["Michal Levy-Cohen"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Turkish
M("tr-tur-1", "tr", "TUR", "nomination",
  ("Ayşe Nur Demirci", "aysenur.demirci@btk.gov.tr"),
  "YNT: CI-19/35 - Consultation sessions for Member States",
  "2019-08-12 10:58:02", """
Sayın Yetkili,

CI-19/35 sayılı genelgeniz ile ilgili olarak, Bilgi Teknolojileri ve İletişim Kurumu (BTK) olarak 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk istişare oturumuna katılım sağlayacağımızı bildirmek isteriz. Kurumumuzu Uluslararası İlişkiler Dairesi Başkanı Sayın Mehmet Ali Yıldırım temsil edecektir.

İletişim: mehmetali.yildirim@btk.gov.tr

Saygılarımızla,

Ayşe Nur Demirci
Uzman, Uluslararası İlişkiler Dairesi
Bilgi Teknolojileri ve İletişim Kurumu
Yeşilhisar Mah. Yıldız Cad. No: 23, Çankaya / Ankara
""", fmt="alt", cs="windows-1254", cte="quoted-printable", ua="outlook", head_cs="iso-8859-9", head_q=True,
  content_language="tr-TR", langattr="TR", quote=dict(style="outlook", hdr="tr", circ="en-short"),
  delegates=[D("Mehmet Ali Yıldırım", "Uluslararası İlişkiler Dairesi Başkanı", "mehmetali.yildirim@btk.gov.tr")],
  sessions=["budapest-2019"])


# ---------------------------------------------------------------- Ukrainian
M("uk-ukr-1", "uk", "UKR", "nomination",
  ("Бондаренко Ірина", "i.bondarenko@nkrzi.gov.ua"),
  "Re: CI-19/35 - участь України",
  "2019-08-14 11:37:28", """
Шановні колеги!

У відповідь на циркулярний лист CI-19/35 повідомляємо, що від України у першій консультаційній сесії 10 вересня 2019 року в Будапешті візьмуть участь:

1. Коваленко Олена Миколаївна (Kovalenko Olena) - начальник відділу міжнародного співробітництва НКРЗІ, o.kovalenko@nkrzi.gov.ua
2. Шевчук Андрій Петрович (Shevchuk Andrii) - головний спеціаліст управління стратегічного розвитку

З повагою,
Ірина Бондаренко
провідний фахівець відділу міжнародного співробітництва
Національна комісія, що здійснює державне регулювання у сфері зв'язку та інформатизації
вул. Прорізна, 2, м. Київ, 01001
""", fmt="plain", cs="koi8-u", cte="8bit", ua="thunderbird", tz="+0300", head_cs="koi8-u",
  quote=dict(style="gt", circ="en-short", intro="24.07.2019 17:31, ITU SME пише:"),
  delegates=[D("Коваленко Олена Миколаївна", "начальник відділу міжнародного співробітництва НКРЗІ",
               "o.kovalenko@nkrzi.gov.ua", aliases=["Kovalenko Olena"]),
             D("Шевчук Андрій Петрович", "головний спеціаліст управління стратегічного розвитку",
               aliases=["Shevchuk Andrii"])],
  sessions=["budapest-2019"])

M("uk-uni-1", "uk", None, "inquiry",
  ("Мельник Тарас Васильович", "t.melnyk@kpi.ua"),
  "Запит щодо участі університетів у консультаціях МСЕ",
  "2019-08-05 12:12:04", """
Добрий день!

Я представляю Київський політехнічний інститут імені Ігоря Сікорського, який є членом МСЕ категорії «Академічні організації». Чи можуть представники університетів брати участь у консультаційній сесії 10 вересня в Будапешті, чи вона відкрита лише для Держав-Членів? У нас працює інкубатор технологічних стартапів, і ми хотіли б поділитися досвідом.

З повагою,
Тарас Мельник
к.т.н., доцент, Навчально-науковий інститут телекомунікаційних систем
КПІ ім. Ігоря Сікорського
""", fmt="alt", cs="utf-8", cte="base64", ua="gmail", html_style="gmail", tz="+0300", fresh=True)

# ---------------------------------------------------------------- Swedish
M("sv-swe-1", "sv", "SWE", "nomination",
  ("Erik Johansson", "erik.johansson@pts.se"),
  "SV: CI-19/35 - Consultation sessions for Member States",
  "2019-08-16 22:02:40", """
Hej,

Post- och telestyrelsen (PTS) vill härmed anmäla Karin Lindström, internationell samordnare (karin.lindstrom@pts.se), till det första konsultationsmötet den 10 september.

Ursäkta att svaret kommer så sent.

Med vänliga hälsningar

Erik Johansson
Enheten för internationella frågor
Post- och telestyrelsen
Box 5398, 102 49 Stockholm
""", fmt="alt", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="sv-SE", langattr="SV",
  head_cs="iso-8859-1", head_q=True, date="Sat, 17 Aug 2019 01:02:11 +0200",
  delegates=[D("Karin Lindström", "internationell samordnare", "karin.lindstrom@pts.se")],
  sessions=["budapest-2019"], expect_late=False)

# ---------------------------------------------------------------- Finnish
M("fi-fin-1", "fi", "FIN", "nomination",
  ("Virtanen Mikko", "mikko.virtanen@traficom.fi"),
  "VS: CI-19/35 - Consultation sessions for Member States",
  "2019-08-16 23:30:05", """
Hyvä vastaanottaja,

Viitaten kiertokirjeeseen CI-19/35 ilmoitan, että osallistun itse Suomen edustajana ensimmäiseen konsultaatiotilaisuuteen Budapestissa 10. syyskuuta 2019.

Ystävällisin terveisin

Mikko Virtanen
Erityisasiantuntija, kansainväliset asiat
Liikenne- ja viestintävirasto Traficom
PL 320, 00059 TRAFICOM
puh. +358 29 534 5000
mikko.virtanen@traficom.fi
""", fmt="plain", cs="iso-8859-15", cte="quoted-printable", ua="exchange", tz="+0300", date_lag=20,
  delegates=[D("Mikko Virtanen", "Erityisasiantuntija, kansainväliset asiat", "mikko.virtanen@traficom.fi")],
  sessions=["budapest-2019"], expect_late=False)

# ---------------------------------------------------------------- Icelandic
M("is-isl-1", "is", "ISL", "decline",
  ("Sigríður Björnsdóttir", "sigridur@pfs.is"),
  "Svar: CI-19/35",
  "2019-08-06 13:20:48", """
Góðan dag,

Við þökkum kærlega fyrir boðið og teljum framtakið afar þarft. Því miður sjáum við okkur ekki fært að senda fulltrúa á fundinn í Búdapest að þessu sinni, en við munum fylgjast spennt með framhaldinu og niðurstöðunum.

Bestu kveðjur,

Sigríður Björnsdóttir
Alþjóðamál
Póst- og fjarskiptastofnun
Suðurlandsbraut 4, 108 Reykjavík
""", fmt="plain", cs="iso-8859-1", cte="8bit", ua="thunderbird", tz="+0000", head_cs="iso-8859-1")

# ---------------------------------------------------------------- Estonian
M("et-est-1", "et", "EST", "nomination",
  ("Marko Saar", "marko.saar@mkm.ee"),
  "RE: CI-19/35 - Eesti esindaja",
  "2019-08-13 14:45:12", """
Lugupeetud kolleegid,

Vastuseks ringkirjale CI-19/35 teatame, et Eesti esindajana osaleb 10. septembril Budapestis toimuval esimesel konsultatsioonil Majandus- ja Kommunikatsiooniministeeriumi riigi infosüsteemi osakonna nõunik Kadri Tamm (kadri.tamm@mkm.ee).

Parimate soovidega

Marko Saar
Majandus- ja Kommunikatsiooniministeerium
Suur-Ameerika 1, 10122 Tallinn
""", fmt="alt", cs="iso-8859-15", cte="quoted-printable", ua="outlook", content_language="et-EE", langattr="ET",
  delegates=[D("Kadri Tamm", "Majandus- ja Kommunikatsiooniministeeriumi riigi infosüsteemi osakonna nõunik",
               "kadri.tamm@mkm.ee")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Latvian
M("lv-lva-1", "lv", "LVA", "nomination",
  ("Jānis Ozoliņš", "janis.ozolins@sam.gov.lv"),
  "Atbilde uz apkārtrakstu CI-19/35",
  "2019-08-15 15:05:53", """
Labdien!

Atsaucoties uz apkārtrakstu CI-19/35, informējam, ka pirmajā konsultāciju sesijā Budapeštā 10. septembrī no Satiksmes ministrijas piedalīsies Sakaru departamenta direktora vietniece Ilze Bērziņa (ilze.berzina@sam.gov.lv).

Ar cieņu

Jānis Ozoliņš
Satiksmes ministrijas Sakaru departaments
Gogoļa iela 3, Rīga, LV-1743
""", fmt="plain", cs="windows-1257", cte="quoted-printable", ua="exchange", tz="+0300", head_cs="windows-1257",
  fresh=True,
  delegates=[D("Ilze Bērziņa", "Sakaru departamenta direktora vietniece", "ilze.berzina@sam.gov.lv")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Lithuanian
M("lt-ltu-1", "lt", "LTU", "nomination",
  ("Rūta Petrauskienė", "ruta.petrauskiene@rrt.lt"),
  "Dėl aplinkraščio CI-19/35",
  "2019-08-19 09:41:27", """
Laba diena,

Atsiprašome už pavėluotą atsakymą. Atsakydami į aplinkraštį CI-19/35, pranešame, kad pirmojoje konsultacijų sesijoje Budapešte rugsėjo 10 d. ir sesijoje, vyksiančioje 2020 m. WSIS forumo metu, Lietuvai atstovaus Ryšių reguliavimo tarnybos Tarptautinių ryšių skyriaus vedėjas Tomas Kazlauskas (tomas.kazlauskas@rrt.lt).

Pagarbiai

Rūta Petrauskienė
Ryšių reguliavimo tarnyba
Mortos g. 14, LT-03219 Vilnius
""", fmt="alt", cs="iso-8859-13", cte="quoted-printable", ua="outlook", content_language="lt-LT", langattr="LT",
  head_cs="iso-8859-13", fresh=True,
  delegates=[D("Tomas Kazlauskas", "Tarptautinių ryšių skyriaus vedėjas", "tomas.kazlauskas@rrt.lt")],
  sessions=["budapest-2019", "wsis-2020"], expect_late=True)

# ---------------------------------------------------------------- Slovak
M("sk-svk-1", "sk", "SVK", "nomination",
  ("Zuzana Kováčová", "zuzana.kovacova@vicepremier.gov.sk"),
  "Nominácia SR - konzultácia ITU v Budapešti",
  "2019-08-17 00:25:13", """
Dobrý deň,

v nadväznosti na obežník CI-19/35 Vám oznamujeme, že na prvom konzultačnom stretnutí v Budapešti sa za Slovenskú republiku zúčastní Mgr. Martin Horváth, riaditeľ odboru medzinárodných vzťahov Úradu podpredsedu vlády SR pre investície a informatizáciu (martin.horvath@vicepremier.gov.sk). Nomináciu schválil pán štátny tajomník.

S pozdravom

Zuzana Kováčová
Úrad podpredsedu vlády SR pre investície a informatizáciu
Štefánikova 15, 811 05 Bratislava
""", fmt="plain", cs="iso-8859-2", cte="quoted-printable", ua="exchange", tz="+0200", head_cs="iso-8859-2",
  date_lag=2653, fresh=True,
  delegates=[D("Martin Horváth",
               "riaditeľ odboru medzinárodných vzťahov Úradu podpredsedu vlády SR pre investície a informatizáciu",
               "martin.horvath@vicepremier.gov.sk")],
  sessions=["budapest-2019"], expect_late=True)

# ---------------------------------------------------------------- Slovenian
M("sl-svn-1", "sl", "SVN", "decline",
  ("Maja Novak", "maja.novak@akos-rs.si"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  "2019-08-08 16:17:39", """
Spoštovani,

iskrena hvala za povabilo in čestitke za odlično pobudo, ki jo v celoti podpiramo. Žal se zaradi drugih obveznosti posveta v Budimpešti ne bomo mogli udeležiti, bomo pa z zanimanjem spremljali rezultate in smo vam na voljo za izmenjavo izkušenj.

Lep pozdrav,

Maja Novak
Služba za mednarodno sodelovanje
Agencija za komunikacijska omrežja in storitve RS (AKOS)
Stegne 7, 1000 Ljubljana
""", fmt="html", cs="windows-1250", cte="quoted-printable", ua="outlook", content_language="sl-SI", langattr="SL",
  head_cs="windows-1250")

# ---------------------------------------------------------------- Bulgarian
M("bg-bgr-1", "bg", "BGR", "nomination",
  ("Иван Димитров", "idimitrov@mtitc.government.bg"),
  "Отг.: CI-19/35 - Consultation sessions for Member States",
  "2019-08-12 13:34:50", """
Уважаеми господин Кларк,

В отговор на циркулярно писмо CI-19/35 Ви уведомяваме, че Министерството на транспорта, информационните технологии и съобщенията определя г-жа Мария Георгиева Петрова, държавен експерт в дирекция „Електронни съобщения“, за участие в първата консултативна сесия в Будапеща на 10 септември 2019 г.

E-mail: mpetrova@mtitc.government.bg

С уважение,

Иван Димитров
Началник на отдел „Международно сътрудничество“
Министерство на транспорта, информационните технологии и съобщенията
ул. „Дякон Игнатий“ 9, 1000 София
""", fmt="alt", cs="windows-1251", cte="quoted-printable", ua="outlook", content_language="bg-BG", langattr="BG",
  head_cs="windows-1251",
  delegates=[D("Мария Георгиева Петрова", "държавен експерт в дирекция „Електронни съобщения“",
               "mpetrova@mtitc.government.bg")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Macedonian
M("mk-mkd-1", "mk", "MKD", "nomination",
  ("Горан Трајковски", "goran.trajkovski@aek.mk"),
  "Одговор на циркуларното писмо CI-19/35",
  "2019-08-13 12:22:17", """
Почитувани,

Во врска со циркуларното писмо CI-19/35, Ве известуваме дека Агенцијата за електронски комуникации ја номинира Елена Стојановска, раководител на Одделението за меѓународна соработка (elena.stojanovska@aek.mk), како наш претставник.

Со почит,

Горан Трајковски
Агенција за електронски комуникации
ул. Даме Груев бр. 1, 1000 Скопје
""", fmt="plain", cs="windows-1251", cte="8bit", ua="roundcube", tz="+0200", head_cs="windows-1251", fresh=True,
  delegates=[D("Елена Стојановска", "раководител на Одделението за меѓународна соработка",
               "elena.stojanovska@aek.mk")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Serbian
M("sr-srb-1", "sr", "SRB", "nomination",
  ("Јелена Николић", "jelena.nikolic@mtt.gov.rs"),
  "Одговор на циркуларно писмо CI-19/35",
  "2019-08-14 14:08:26", """
Поштовани,

У вези са циркуларним писмом CI-19/35, обавештавамо Вас да ће Министарство трговине, туризма и телекомуникација Републике Србије на првој консултативној сесији у Будимпешти 10. септембра 2019. године представљати Милош Јовановић (Miloš Jovanović), виши саветник у Сектору за електронске комуникације, milos.jovanovic@mtt.gov.rs.

С поштовањем,

Јелена Николић
Група за међународну сарадњу
Министарство трговине, туризма и телекомуникација
Немањина 22-26, Београд
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="sr-Cyrl-RS", langattr="SR-CYRL",
  delegates=[D("Милош Јовановић", "виши саветник у Сектору за електронске комуникације",
               "milos.jovanovic@mtt.gov.rs", aliases=["Miloš Jovanović"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Croatian
M("hr-hrv-1", "hr", "HRV", "interest_only",
  ("Ivana Babić", "ivana.babic@hakom.hr"),
  "RE: CI-19/35 - interes Republike Hrvatske",
  "2019-08-17 09:03:48", """
Poštovani,

ispričavamo se zbog kašnjenja. Hrvatska regulatorna agencija za mrežne djelatnosti (HAKOM) potvrđuje interes za sudjelovanje na prvoj konzultacijskoj sesiji u Budimpešti. Ime našeg predstavnika dostavit ćemo Vam najkasnije početkom idućeg tjedna.

S poštovanjem,

Ivana Babić
Služba za međunarodnu suradnju
HAKOM, Roberta Frangeša Mihanovića 9, Zagreb
""", fmt="alt", cs="iso-8859-2", cte="quoted-printable", ua="outlook", content_language="hr-HR", langattr="HR",
  head_cs="iso-8859-2", head_q=True,
  sessions=["budapest-2019"], expect_late=True)

# ---------------------------------------------------------------- Albanian
M("sq-alb-1", "sq", "ALB", "nomination",
  ("Arben Dervishi", "arben.dervishi@akep.al"),
  "Përgjigje për qarkoren CI-19/35",
  "2019-08-09 11:49:02", """
I nderuar Z. Clark,

Në përgjigje të qarkores CI-19/35, Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) ka kënaqësinë t'ju njoftojë se në sesionin e parë të konsultimit në Budapest, më 10 shtator 2019, do të marrë pjesë znj. Elira Hoxha, Drejtore e Marrëdhënieve me Jashtë (elira.hoxha@akep.al).

Me respekt,

Arben Dervishi
Specialist, Drejtoria e Marrëdhënieve me Jashtë
AKEP, Rruga "Reshit Collaku", Tiranë
""", fmt="plain", cs="iso-8859-1", cte="quoted-printable", ua="thunderbird", tz="+0200", head_cs="iso-8859-1",
  fresh=True,
  delegates=[D("Elira Hoxha", "Drejtore e Marrëdhënieve me Jashtë", "elira.hoxha@akep.al")],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Georgian
M("ka-geo-1", "ka", "GEO", "nomination",
  ("გიორგი კაპანაძე", "g.kapanadze@comcom.ge"),
  "CI-19/35 - საქართველოს წარმომადგენელი",
  "2019-08-12 08:59:59", """
პატივცემულო კოლეგებო,

CI-19/35 ცირკულარული წერილის პასუხად გაცნობებთ, რომ საქართველოს კომუნიკაციების ეროვნული კომისია ბუდაპეშტში 2019 წლის 10 სექტემბერს გამართულ პირველ საკონსულტაციო სესიაზე წარგზავნის საერთაშორისო ურთიერთობების დეპარტამენტის უფროსს, ნინო ბერიძეს (Nino Beridze).

ელ. ფოსტა: n.beridze@comcom.ge

პატივისცემით,

გიორგი კაპანაძე
საქართველოს კომუნიკაციების ეროვნული კომისია
""", fmt="alt", cs="utf-8", cte="base64", ua="outlook", content_language="ka-GE", langattr="KA", head_cs="utf-8",
  delegates=[D("ნინო ბერიძე", "საერთაშორისო ურთიერთობების დეპარტამენტის უფროსს", "n.beridze@comcom.ge",
               aliases=["Nino Beridze"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Armenian
M("hy-arm-1", "hy", "ARM", "nomination",
  ("Լիլիթ Գրիգորյան", "lilit.grigoryan@mtcit.am"),
  "CI-19/35 շրջաբերականի պատասխան",
  "2019-08-13 10:27:31", """
Հարգելի գործընկերներ,

Ի պատասխան CI-19/35 շրջաբերականի՝ տեղեկացնում ենք, որ 2019 թ. սեպտեմբերի 10-ին Բուդապեշտում կայանալիք առաջին խորհրդակցական նիստին Հայաստանի Հանրապետության տրանսպորտի, կապի և տեղեկատվական տեխնոլոգիաների նախարարությունից կմասնակցի միջազգային համագործակցության վարչության պետ Արամ Հովհաննիսյանը (Aram Hovhannisyan)։

Էլ. փոստ՝ a.hovhannisyan@mtcit.am

Հարգանքով՝
Լիլիթ Գրիգորյան
Միջազգային համագործակցության վարչություն
""", fmt="plain", cs="utf-8", cte="base64", ua="gmail", tz="+0400", fresh=True,
  delegates=[D("Արամ Հովհաննիսյան", "միջազգային համագործակցության վարչության պետ", "a.hovhannisyan@mtcit.am",
               aliases=["Aram Hovhannisyan"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Catalan (Andorra)
M("ca-and-1", "ca", "AND", "nomination",
  ("Jordi Casals Font", "jordi_casals@govern.ad"),
  "Resposta a la circular CI-19/35",
  "2019-08-07 12:15:44", """
Benvolguts senyors,

En resposta a la circular CI-19/35, el Govern d'Andorra té el plaer de comunicar-los que la Sra. Núria Puig Vidal, cap de l'Àrea de Societat de la Informació, participarà en la primera sessió de consulta, que tindrà lloc a Budapest el 10 de setembre, així com en la sessió prevista durant les reunions dels Grups de Treball del Consell a principis de 2020.

Atentament,

Jordi Casals Font
Ministeri de Presidència, Economia i Empresa
Govern d'Andorra
C. Prat de la Creu, 62-64, AD500 Andorra la Vella
""", fmt="alt", cs="iso-8859-15", cte="quoted-printable", ua="outlook", content_language="ca-ES", langattr="CA",
  head_cs="iso-8859-15", head_q=True, fresh=True,
  delegates=[D("Núria Puig Vidal", "cap de l'Àrea de Societat de la Informació")],
  sessions=["budapest-2019", "cwg-2020"])

# ---------------------------------------------------------------- Danish
M("da-dnk-1", "da", "DNK", "interest_only",
  ("Mette Kjær Hansen", "metkja@erst.dk"),
  "SV: CI-19/35 - Consultation sessions for Member States",
  "2019-08-09 14:29:07", """
Kære ITU-sekretariat

Erhvervsstyrelsen bekræfter hermed Danmarks interesse i konsultationsmødet i Budapest den 10. september. Vi vender tilbage med navnet på vores deltager hurtigst muligt - formentlig i løbet af næste uge.

Med venlig hilsen

Mette Kjær Hansen
Specialkonsulent
Erhvervsstyrelsen
Langelinie Allé 17, 2100 København Ø
""", fmt="alt", cs="iso-8859-1", cte="quoted-printable", ua="outlook", content_language="da-DK", langattr="DA",
  head_cs="iso-8859-1", head_q=True,
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Norwegian
M("no-nor-1", "no", "NOR", "nomination",
  ("Lars Bakke", "lars.bakke@nkom.no"),
  "SV: CI-19/35 - påmelding fra Norge",
  "2019-08-08 08:51:03", """
Hei,

Nasjonal kommunikasjonsmyndighet (Nkom) melder med dette på seniorrådgiver Ingrid Haugen (ingrid.haugen@nkom.no) til det første konsultasjonsmøtet i Budapest 10. september. Hun vil også delta på møtet under WSIS Forum 2020.

Vennlig hilsen

Lars Bakke
Seksjon for internasjonalt arbeid
Nasjonal kommunikasjonsmyndighet
Nygård 1, 4790 Lillesand
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="outlook", content_language="nb-NO", langattr="NB",
  delegates=[D("Ingrid Haugen", "seniorrådgiver", "ingrid.haugen@nkom.no")],
  sessions=["budapest-2019", "wsis-2020"])

# ---------------------------------------------------------------- Amharic
M("am-eth-1", "am", "ETH", "nomination",
  ("Helen Gebremedhin", "helen.g@mint.gov.et"),
  "CI-19/35 የምክክር ስብሰባ ተሳታፊ",
  "2019-08-12 09:36:12", """
ለዓለም አቀፍ የቴሌኮሙኒኬሽን ማኅበር ጽሕፈት ቤት

ጉዳዩ፦ በCI-19/35 መሠረት የምክክር ስብሰባ ተሳታፊን ስለማሳወቅ

በማኅበሩ ሰርኩላር CI-19/35 መሠረት፣ የኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በሴፕቴምበር 10 ቀን 2019 በቡዳፔስት በሚካሄደው የመጀመሪያው የምክክር ስብሰባ ላይ የዓለም አቀፍ ግንኙነት ዳይሬክተር አቶ ዳዊት ተስፋዬ በቀለ (Dawit Tesfaye Bekele) እንዲሳተፉ መመደባቸውን በአክብሮት እናሳውቃለን።

ኢሜይል፦ dawit.tesfaye@mint.gov.et

ከሰላምታ ጋር
ሄለን ገብረመድኅን
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
""", fmt="alt", cs="utf-8", cte="base64", ua="gmail", html_style="gmail", tz="+0300", fresh=True,
  delegates=[D("ዳዊት ተስፋዬ በቀለ", "የዓለም አቀፍ ግንኙነት ዳይሬክተር", "dawit.tesfaye@mint.gov.et",
               aliases=["Dawit Tesfaye Bekele"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Somali
M("so-som-1", "so", "SOM", "nomination",
  ("Faadumo Axmed Cali", "faadumo.cali@mptt.gov.so"),
  "Jawaabta warqadda CI-19/35",
  "2019-08-14 10:44:40", """
Mudane/Marwo,

Iyadoo laga jawaabayo warqadda wareegtada ah ee CI-19/35, Wasaaradda Boostada, Isgaarsiinta iyo Teknolojiyada ee Jamhuuriyadda Federaalka Soomaaliya waxay halkan idinku wargelinaysaa in Maxamed Cabdullaahi Xasan (Mohamed Abdullahi Hassan), Agaasimaha Waaxda Siyaasadda ICT, uu ka qayb geli doono fadhiga wadatashiga ee koowaad ee ka dhici doona Budapest 10-ka Sebtembar 2019.

Iimayl: m.hassan@mptt.gov.so

Mahadsanid,

Faadumo Axmed Cali
Waaxda Iskaashiga Caalamiga
Wasaaradda Boostada, Isgaarsiinta iyo Teknolojiyada, Muqdisho
""", fmt="plain", cs="us-ascii", cte="7bit", ua="gmail", tz="+0300", fresh=True,
  delegates=[D("Maxamed Cabdullaahi Xasan", "Agaasimaha Waaxda Siyaasadda ICT", "m.hassan@mptt.gov.so",
               aliases=["Mohamed Abdullahi Hassan"])],
  sessions=["budapest-2019"])

# ---------------------------------------------------------------- Hausa (Niger)
M("ha-ner-1", "ha", "NER", "nomination",
  ("Hadiza Ibrahim", "hadiza.ibrahim@numerique.gouv.ne"),
  "Amsa ga wasikar CI-19/35",
  "2019-08-18 16:20:11", """
Ya ku 'yan uwa,

Dangane da wasikar CI-19/35, Ma'aikatar Sadarwa da Tattalin Arzikin Dijital ta Jamhuriyar Nijar na farin cikin sanar da ku cewa Malam Abdoulaye Moussa Garba, Daraktan Hadin Gwiwar Kasa da Kasa, zai halarci taron shawarwari na farko da za a gudanar a Budapest ranar 10 ga Satumba, 2019.

Muna neman afuwa saboda jinkirin amsa.

Imel: a.moussa@numerique.gouv.ne

Da gaisuwa,

Hadiza Ibrahim
Ma'aikatar Sadarwa da Tattalin Arzikin Dijital, Yamai
""", fmt="alt", cs="utf-8", cte="quoted-printable", ua="yahoo", html_style="gmail", tz="+0100", fresh=True,
  delegates=[D("Abdoulaye Moussa Garba", "Daraktan Hadin Gwiwar Kasa da Kasa", "a.moussa@numerique.gouv.ne")],
  sessions=["budapest-2019"], expect_late=True)

# ---------------------------------------------------------------- Malagasy
M("mg-mdg-1", "mg", "MDG", "nomination",
  ("RANDRIANARISOA Voahangy", "voahangy.r@mndpt.gov.mg"),
  "Valin'ny taratasy CI-19/35",
  "2019-08-17 00:00:30", """
Tompoko,

Ho valin'ny taratasy boribory CI-19/35, dia manana voninahitra hampahafantatra anareo ny Minisiteran'ny Fampandrosoana ny Nomerika, ny Fifandraisan-davitra ary ny Paositra fa Atoa RAKOTOMALALA Hery Nirina, Talen'ny Fiaraha-miasa Iraisam-pirenena, no hanatrika ny fivoriana fakan-kevitra voalohany izay hatao any Budapest ny 10 septambra 2019.

Mailaka: hery.rakotomalala@mndpt.gov.mg

Misaotra tompoko,

RANDRIANARISOA Voahangy
Sampana Fiaraha-miasa Iraisam-pirenena
Antananarivo
""", fmt="plain", cs="utf-8", cte="8bit", ua="roundcube", tz="+0300", recv_zone="+0000", fresh=True,
  delegates=[D("RAKOTOMALALA Hery Nirina", "Talen'ny Fiaraha-miasa Iraisam-pirenena", "hery.rakotomalala@mndpt.gov.mg")],
  sessions=["budapest-2019"], expect_late=True)

# ---------------------------------------------------------------- Swahili
M("sw-tza-1", "sw", "TZA", "nomination",
  ("Rehema Said Mohamed", "rehema.mohamed@tcra.go.tz"),
  "YAH: Barua ya mzunguko CI-19/35 - Uteuzi wa washiriki",
  "2019-08-13 09:48:26", """
Ndugu,

YAH: KIKAO CHA MASHAURIANO KUHUSU BIASHARA NDOGO NA ZA KATI ZA TEKNOLOJIA

Kuhusu barua ya mzunguko CI-19/35, Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kuwajulisha kuwa Bw. Juma Hamisi Mwakyusa, Meneja wa Uhusiano wa Kimataifa, na Bi. Neema Joseph Lyimo, Afisa Mwandamizi wa TEHAMA, wameteuliwa kuhudhuria kikao cha kwanza cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019.

Barua pepe: jmwakyusa@tcra.go.tz; nlyimo@tcra.go.tz

Wako katika ujenzi wa taifa,

Rehema Said Mohamed
Kny: Mkurugenzi Mkuu
Mamlaka ya Mawasiliano Tanzania
Mawasiliano Towers, Sam Nujoma Road, Dar es Salaam
""", fmt="plain", cs="us-ascii", cte="7bit", ua="exchange", tz="+0300", fresh=True, crlf=True,
  delegates=[D("Juma Hamisi Mwakyusa", "Meneja wa Uhusiano wa Kimataifa", "jmwakyusa@tcra.go.tz"),
             D("Neema Joseph Lyimo", "Afisa Mwandamizi wa TEHAMA", "nlyimo@tcra.go.tz")],
  sessions=["budapest-2019"])

M("sw-ken-1", "sw", "KEN", "interest_only",
  ("Wanjiku Mwangi", "wmwangi@ict.go.ke"),
  "Kuhusu mashauriano ya ITU - Wizara ya ICT",
  "2019-08-15 11:02:37", """
Habari,

Wizara ya Habari, Mawasiliano na Teknolojia ya Kenya inapenda kuthibitisha nia yake ya kushiriki katika kikao cha mashauriano kitakachofanyika wakati wa mikutano ya Vikundi Kazi vya Baraza mapema mwaka 2020. Tutawasilisha majina ya washiriki baadaye.

Kwa heshima,

Wanjiku Mwangi
Idara ya Ushirikiano wa Kimataifa
Wizara ya Habari, Mawasiliano na Teknolojia, Nairobi
""", fmt="alt", cs="utf-8", cte="7bit", ua="outlook", content_language="sw-KE", langattr="SW", fresh=True,
  sessions=["cwg-2020"])


# ==== MESSAGES END ====


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii
ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr
ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl
sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh
zu""".split())

HONORIFICS = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "h.e.", "he", "prof", "prof.", "eng.",
              "engr.", "mme", "mme.", "mlle", "sr.", "sra.", "sr", "sra", "dña.", "г-н", "г-жа", "господин",
              "госпожа", "السيد", "السيدة", "الدكتور", "المهندس", "د.", "م.", "herr", "frau", "shri", "smt.", "smt",
              "sig.", "sig.ra", "dott.", "dott.ssa", "ing.", "bapak", "ibu", "pak", "bu", "bw.", "bi.", "ndugu", "pan",
              "pani", "sayın", "bay", "bayan", "dhr.", "mevr.", "κ.", "κα", "пан", "пані", "tn.", "puan", "encik",
              "aq.", "jenab", "جناب", "آقای", "خانم", "mx", "sir", "dame", "hon.", "amb.", "lic.", "mtro.", "mtra.",
              "mgs.", "msc.", "compañero", "compañera", "dra.", "lcda.", "abg.", "sr", "sig", "dott", "ir.", "drs.",
              "engr", "shri", "sri", "smt", "kumari", "dipl.-ing.", "mag.", "doc.", "ing", "bay", "hanım", "sayin",
              "di", "mgr.", "ph.d.", "κος", "κ", "dra", "eng", "ustaz", "haji", "hj.", "datuk", "dato'", "tuan",
              "g-n", "г-н.", "гжа", "пан", "ks.", "bà", "ông", "anh", "chị", "คุณ", "นาย", "นาง", "นางสาว"]
HONORIFIC_SUFFIXES = ["先生", "女士", "様", "さん", "氏", "님", "씨", "(mrs.)", "(ms.)", "(mr.)", "bey", "hanım"]


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def message_text(msg):
    """All human-readable text of a parsed message (headers of interest + text parts, html stripped)."""
    out = [str(msg.get("subject", "")), str(msg.get("from", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/") or ct in ("message/delivery-status", "message/disposition-notification"):
            raw = part.get_payload(decode=True) or b""
            cs = part.get_content_charset() or "us-ascii"
            txt = raw.decode(codec(cs))  # strict: any undecodable byte is a corpus bug
            if ct == "text/html":
                txt = re.sub(r"<(style|head)[^>]*>.*?</\1>", " ", txt, flags=re.S | re.I)
                txt = re.sub(r"<[^>]+>", " ", txt)
            out.append(txt)
    return norm("\n".join(out))


def top_received_at(msg):
    rec = msg.get_all("Received") or []
    if rec:
        stamp = str(rec[0]).rsplit(";", 1)[1].strip()
    else:
        stamp = str(msg["Date"])
    stamp = re.sub(r"\s*\([A-Za-z]+\)\s*$", "", stamp)
    return email.utils.parsedate_to_datetime(stamp)


def generate():
    keys = [s["key"] for s in SPECS]
    dup = [k for k, n in Counter(keys).items() if n > 1]
    if dup:
        raise SystemExit("duplicate keys: %s" % dup)
    for s in SPECS:
        KEY2MID[s["key"]] = message_id(s)
    built = []
    for s in SPECS:
        data, mid, received_at = build_message(s)
        built.append((received_at, s["key"], s, data, mid))
    built.sort(key=lambda x: (x[0].astimezone(dt.timezone.utc), x[1]))
    os.makedirs(MSG_DIR, exist_ok=True)
    for f in os.listdir(MSG_DIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MSG_DIR, f))
    labels = []
    for n, (received_at, key, s, data, mid) in enumerate(built, 1):
        fname = "%03d.eml" % n
        with open(os.path.join(MSG_DIR, fname), "wb") as fh:
            fh.write(data)
        kind = s["kind"]
        late = (received_at > DEADLINE) if kind in SESSION_KINDS else None
        if "expect_late" in s and s["expect_late"] != late:
            raise SystemExit("%s: expected late=%s, computed %s (%s)" % (key, s["expect_late"], late, received_at))
        sess = [x for x in SESSIONS if x in s.get("sessions", [])]
        labels.append({
            "message_id": mid,
            "file": fname,
            "kind": kind,
            "language": s["lang"],
            "member_state": s["state"],
            "delegates": [dict(d) for d in s.get("delegates", [])],
            "sessions": sess,
            "received_at": received_at.isoformat(),
            "late": late,
            "supersedes": KEY2MID[s["supersedes"]] if s.get("supersedes") else None,
        })
        s["_file"] = fname
    with open(LABELS, "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return labels


# ---------------------------------------------------------------------------
# validation (re-reads what was written)
# ---------------------------------------------------------------------------
def validate():
    problems = []

    def bad(where, what):
        problems.append("%s: %s" % (where, what))

    labels = []
    with open(LABELS, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                labels.append(json.loads(line))
            except ValueError as e:
                bad("labels.jsonl:%d" % i, "not JSON: %s" % e)
    by_mid = {}
    spec_by_file = {s.get("_file"): s for s in SPECS}
    files_on_disk = sorted(f for f in os.listdir(MSG_DIR) if f.endswith(".eml"))
    if sorted(l.get("file") for l in labels) != files_on_disk:
        bad("corpus", "label files and messages/*.eml differ")
    for lab in labels:
        where = lab.get("file", "?")
        if set(lab) != set(LABEL_KEYS):
            bad(where, "keys %s" % sorted(set(lab) ^ set(LABEL_KEYS)))
            continue
        if lab["message_id"] in by_mid:
            bad(where, "duplicate message_id")
        by_mid[lab["message_id"]] = lab
    for lab in labels:
        where = lab["file"]
        path = os.path.join(MSG_DIR, lab["file"])
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as e:  # noqa
            bad(where, "does not parse: %s" % e)
            continue
        if msg.defects:
            bad(where, "parser defects: %s" % msg.defects)
        for part in msg.walk():
            if part.defects:
                bad(where, "part defects: %s" % part.defects)
        if str(msg["Message-ID"]).strip() != lab["message_id"]:
            bad(where, "Message-ID %r != label %r" % (msg["Message-ID"], lab["message_id"]))
        try:
            text = message_text(msg)
        except Exception as e:  # noqa
            bad(where, "text does not decode: %s" % e)
            continue
        for part in msg.walk():  # the standard API too, where Python knows the charset
            if part.get_content_maintype() == "text" and codecs.lookup(codec(part.get_content_charset() or "ascii")):
                try:
                    if (part.get_content_charset() or "").lower() not in CHARSET_ALIASES:
                        part.get_content()
                except Exception as e:  # noqa
                    bad(where, "get_content fails: %s" % e)
        kind = lab["kind"]
        if kind not in KINDS:
            bad(where, "kind %r" % kind)
        if lab["language"] not in ISO639_1:
            bad(where, "language %r" % lab["language"])
        ms = lab["member_state"]
        if ms is not None and not re.fullmatch(r"[A-Z]{3}", ms):
            bad(where, "member_state %r" % ms)
        if kind in NO_STATE_KINDS and ms is not None:
            bad(where, "member_state must be null for %s" % kind)
        try:
            ra = dt.datetime.fromisoformat(lab["received_at"])
        except Exception:  # noqa
            bad(where, "received_at %r" % lab["received_at"])
            continue
        if ra.utcoffset() is None:
            bad(where, "received_at without offset")
        if top_received_at(msg) != ra or top_received_at(msg).utcoffset() != ra.utcoffset():
            bad(where, "received_at %s != topmost Received %s" % (ra, top_received_at(msg)))
        exp_late = (ra > DEADLINE) if kind in SESSION_KINDS else None
        if lab["late"] is not exp_late:
            bad(where, "late %r, expected %r" % (lab["late"], exp_late))
        if not isinstance(lab["sessions"], list) or any(x not in SESSIONS for x in lab["sessions"]):
            bad(where, "sessions %r" % lab["sessions"])
        if kind in SESSION_KINDS and not lab["sessions"]:
            bad(where, "no session for %s" % kind)
        if kind not in SESSION_KINDS and lab["sessions"]:
            bad(where, "sessions must be empty for %s" % kind)
        dels = lab["delegates"]
        if kind in DELEGATE_KINDS and not dels:
            bad(where, "%s without delegates" % kind)
        if kind not in DELEGATE_KINDS and dels:
            bad(where, "delegates must be empty for %s" % kind)
        spec = spec_by_file.get(lab["file"], {})
        implied = set(spec.get("implied", []))
        for d in dels:
            if set(d) != {"name", "aliases", "title", "email"}:
                bad(where, "delegate keys %s" % sorted(d))
                continue
            if not d["name"] or d["name"] != d["name"].strip():
                bad(where, "empty/unstripped name %r" % d["name"])
            toks = norm(d["name"]).split(" ")
            if toks[0] in HONORIFICS or any(norm(d["name"]).endswith(x) for x in HONORIFIC_SUFFIXES):
                bad(where, "honorific in name %r" % d["name"])
            if not isinstance(d["aliases"], list):
                bad(where, "aliases not a list")
            if d["name"] not in implied:
                if norm(d["name"]) not in text and not all(t in text for t in norm(d["name"]).split(" ")):
                    bad(where, "delegate name not found in message text: %r" % d["name"])
                for v in d["aliases"]:
                    if norm(v) not in text and not all(t in text for t in norm(v).split(" ")):
                        bad(where, "alias not found in message text: %r" % v)
                for v in [x for x in (d["title"], d["email"]) if x]:
                    if norm(v) not in text:
                        bad(where, "label value not found in message text: %r" % v)
        if kind == "correction":
            sup = lab["supersedes"]
            if sup not in by_mid:
                bad(where, "supersedes %r not in corpus" % sup)
            else:
                old = by_mid[sup]
                if old["member_state"] != ms:
                    bad(where, "supersedes a message of another Member State")
                if dt.datetime.fromisoformat(old["received_at"]) >= ra:
                    bad(where, "supersedes a later message")
                if old["kind"] not in ("nomination", "correction"):
                    bad(where, "supersedes a %s" % old["kind"])
        elif lab["supersedes"] is not None:
            bad(where, "supersedes must be null for %s" % kind)
    langs = Counter(l["language"] for l in labels)
    kinds = Counter(l["kind"] for l in labels)
    if len(labels) < 140:
        bad("corpus", "only %d messages" % len(labels))
    if len(langs) < 45:
        bad("corpus", "only %d languages" % len(langs))
    for k in KINDS:
        if not kinds[k]:
            bad("corpus", "no message of kind %s" % k)
    for l in ("ar", "zh", "en", "fr", "ru", "es"):
        if not langs[l]:
            bad("corpus", "no message in %s" % l)
    return labels, problems


def stats(labels):
    kinds = Counter(l["kind"] for l in labels)
    langs = Counter(l["language"] for l in labels)
    late = Counter(str(l["late"]) for l in labels)
    charsets, fmts = Counter(), Counter()
    for l in labels:
        with open(os.path.join(MSG_DIR, l["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        fmts[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_charset():
                charsets[part.get_content_charset()] += 1
    return kinds, langs, late, charsets, fmts


def main():
    generate()
    labels, problems = validate()
    kinds, langs, late, charsets, fmts = stats(labels)
    print("messages: %d" % len(labels))
    print("languages: %d" % len(langs))
    print("by kind: " + ", ".join("%s=%d" % (k, kinds[k]) for k in KINDS))
    print("by language: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    print("late: " + ", ".join("%s=%d" % kv for kv in sorted(late.items())))
    print("top-level types: " + ", ".join("%s=%d" % kv for kv in sorted(fmts.items())))
    print("charsets: " + ", ".join("%s=%d" % kv for kv in sorted(charsets.items())))
    write_readme(labels, kinds, langs, late, charsets, fmts)
    if problems:
        print("\n%d PROBLEM(S):" % len(problems), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("validation: OK")
    return 0


LANG_NAMES = {
    "am": "Amharic", "ar": "Arabic", "az": "Azerbaijani", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese",
    "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "ko": "Korean", "lo": "Lao", "lt": "Lithuanian", "lv": "Latvian",
    "mg": "Malagasy", "mk": "Macedonian", "mn": "Mongolian", "ms": "Malay", "my": "Burmese", "ne": "Nepali",
    "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "so": "Somali", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "th": "Thai", "tl": "Filipino (Tagalog)", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "zh": "Chinese",
}


def write_readme(labels, kinds, langs, late, charsets, fmts):
    lang_rows = "\n".join("| %s | %s | %d |" % (c, LANG_NAMES.get(c, c), n)
                          for c, n in sorted(langs.items(), key=lambda x: (-x[1], x[0])))
    kind_rows = "\n".join("| %s | %d |" % (k, kinds[k]) for k in KINDS)
    cs_rows = ", ".join("%s (%d)" % kv for kv in sorted(charsets.items()))
    fmt_rows = ", ".join("%s (%d)" % kv for kv in sorted(fmts.items()))
    n_state = sum(1 for l in labels if l["member_state"])
    n_null_reply = sum(1 for l in labels if not l["member_state"] and l["kind"] not in NO_STATE_KINDS)
    n_dels = sum(len(l["delegates"]) for l in labels)
    text = README_TEMPLATE.format(
        n=len(labels), nlang=len(langs), kind_rows=kind_rows, lang_rows=lang_rows, charsets=cs_rows, fmts=fmt_rows,
        late_true=late.get("True", 0), late_false=late.get("False", 0), late_null=late.get("None", 0),
        n_state=n_state, n_null_reply=n_null_reply, n_dels=n_dels,
        n_states=len({l["member_state"] for l in labels if l["member_state"]}))
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(text)


README_TEMPLATE = """# blind-22: a blind test corpus of replies to ITU circular CI-19/35

{n} e-mail messages in {nlang} languages, each with a label in the shape of `shared/corpus/SCHEMA.md`,
written **without** looking at the nomproc code, rules or the other corpora, so that it measures whether
the processor's rules generalise to mail its authors have not seen.  Only the circular (English summary and
Arabic original) and `SCHEMA.md` were read.

    messages/NNN.eml    one RFC 5322 message per file, numbered in order of reception
    labels.jsonl        one label per message (the SCHEMA.md object, with `file`)
    make_corpus.py      the generator (Python 3.11, standard library only, deterministic)

Regenerate and validate with `nice -n 19 python3 make_corpus.py` (it rewrites `messages/`, `labels.jsonl` and
this README, then re-reads everything and exits non-zero on any problem).

## How it was made

Every message is written by hand in `make_corpus.py` as the sender's own words plus envelope settings
(sender, user agent, charset, transfer encoding, plain / HTML-only / multipart, quoted circular or forward,
reception time).  The script renders the MIME structure, encodes headers (RFC 2047, B and Q), builds a
`Received:` chain whose topmost entry is the ITU MX (sometimes an LMTP hop, a few in UTC), derives
Message-IDs, boundaries and IPs from SHA-256 of the message key (no randomness, no clock), writes the files,
then validates them:

* every file parses with the `email` package without defects, every text part decodes in its declared charset;
* the label's `message_id` is the file's Message-ID, and `received_at` is the topmost `Received:` timestamp
  (the `Date:` header for the one message without `Received:`);
* every label has exactly the SCHEMA keys with allowed values; `late` agrees with `received_at` and the
  deadline 16 August 2019 23:59:59 +02:00 (null for kinds other than nomination, interest_only, correction);
* `member_state` is null for auto_reply, bounce, unrelated; delegates only for nomination and correction;
  sessions only for nomination, interest_only, correction;
* a correction's `supersedes` is an earlier message of the same Member State that is a nomination/correction;
* every delegate name and alias in a label occurs in the decoded message text, literally or word by word
  (a name split over a `Nom: / Prénom:` block, or carrying a case ending in the text), every title and
  e-mail occurs literally (the one exception is the remaining delegate that a "please remove X" correction
  does not repeat), and no name starts with an honorific;
* there are at least 140 messages, 45 languages, every kind, and each of the six ITU languages.

## Counts

| kind | messages |
| --- | --- |
{kind_rows}

Late (by the deadline rule): true {late_true}, false {late_false}, null {late_null}.
Messages sent on behalf of a Member State: {n_state} ({n_states} different states); replies from non-state senders
(companies, NGOs, universities, regional organisations) with `member_state` null: {n_null_reply}.
Delegates labelled: {n_dels}.

| language | name | messages |
| --- | --- | --- |
{lang_rows}

Top-level MIME types: {fmts}.

Text-part charsets: {charsets}.

## What the corpus exercises

About a third of the messages are built around these harder cases:

* long formal letters (notes verbales, ministerial letters) where the nomination is a single sentence in
  the middle of courtesies;
* several delegates in one message in mixed formats: running text, bullet lists, numbered lists, HTML
  tables, plain-text tables, `Name: / Title: / E-mail:` blocks; with and without honorifics; surnames in
  capitals; initials; native script with a Latin transliteration (labelled as an alias) or the reverse;
  Hungarian/East-Asian surname-first order;
* the signer is not the delegate, and the signer nominates themself ("I will attend");
* people who are **not** delegates: the minister or ambassador who approved, a logistics or accreditation
  contact, a colleague in copy, the ITU official addressed (Mr Clark), the Secretary-General in the
  quoted circular, a colleague named in an out-of-office reply, a person named in a bounced acknowledgement;
* corrections as a full new list, as "replace X by Y", as an addition, as a change of sessions only, as an
  e-mail fix, and as a removal that does not repeat the remaining delegate (the label still lists the full
  new list);
* declines that are warm and almost positive; interest without names that reads like a nomination
  ("names will follow shortly"), followed in some cases by a separate nomination (kind nomination, not a
  correction, since nothing was nominated before);
* sessions named explicitly, by place, by date, by paraphrase in the sender's language, restricted ("only
  the WSIS Forum"), all three, or not at all;
* reception times around the deadline: just before, exactly at 23:59:59 +02:00 (not late), just after,
  `Received:` stamped in UTC, a `Date:` header in the sender's time zone that is already 17 August while
  Geneva is still on the 16th, a sender whose local date is the 16th but whose mail arrived after the
  Geneva deadline, a sender's clock that is hours fast (`Date:` after the deadline, `Received:` before it),
  mail queued for 44 minutes at the sender's server across midnight, and one message filed without any
  `Received:` header (its `received_at` is its `Date:`);
* unrelated mail that mentions Budapest, September, SMEs or ITU Telecom World (hotel scams, vendor pitches,
  newsletters, invitations with calendar files, ITU-internal logistics mail naming people).

## Labelling conventions used where SCHEMA.md leaves room

* `name` is the name as the message writes it, honorifics and titles removed (surname capitals kept as
  written is harmless: the scorer case-folds).  `aliases` hold only other spellings found in the message
  itself (e.g. the Latin transliteration of an Arabic, Chinese, Cyrillic, Georgian... name, or the full name
  where the list used initials).
* `title` and `email` are filled only when this message gives them for that person; a correction that only
  repeats a name has `title`/`email` null even if the earlier message gave them.
* `language` is the language of the sender's own words, not of the quoted circular; a forward with no added
  words takes the language of the forwarded reply.
* An `interest_only` reply that names no session gets `budapest-2019` (the session the circular asks about),
  by analogy with SCHEMA's rule for nominations.  A reply that declines Budapest but asks to take part in a
  later session is `interest_only` (or `nomination` if it names someone) with only the later session(s).
* A nomination that follows an earlier interest-only reply is a `nomination` (supersedes null): there was
  no nomination to correct.  Two ministries of the same state nominating separately are two nominations.
* A polite, non-committal sentence about later sessions ("we will follow the 2020 sessions with interest and
  let you know in due course") does not add those sessions; an explicit "we wish to take part in the 2020
  sessions" does.
* A correction that changes only sessions, or only an e-mail address, still lists every delegate (they are
  all named in those messages); one "please remove X" correction does not name the remaining delegate, whose
  name is in the label all the same.
* A non-state sender (company, NGO, university, regional organisation) that names people is labelled
  `nomination` with `member_state` null.
* Language codes are ISO 639-1: Norwegian is `no` (not `nb`), Filipino is `tl`, Dari is `fa`.
* Honorifics are removed from names (Mr, Mme, Sr., Dña., г-н, السيد, Bapak/Ibu, Shri/Smt., Atoa, Malam,
  Burmese U/Daw, Thai นาย/นางสาว, academic prefixes such as Ing., Mag., DI, Mgr., Dr.); a prefix that is
  part of the name is kept (Bengali মোঃ = Md., Malay bin, Spanish/Hungarian compound surnames, "née").
* One Thai message declares `windows-874`, which real Outlook sends but Python's codec registry does not know
  (the generator maps it to `cp874` for its own checks); a processor must cope.
* Some files use CRLF line endings, some are hard-wrapped at 72 columns (a name may be split across lines),
  some use `format=flowed`.

## What was not done

* No attachments carry information that is not also in the body (PDF notes verbales are stubs).
* The texts were written by one author without review by native speakers; those in the less common
  languages are short and formal, and their wording may not be what a native official would choose.
* Most less common languages have one message each; English, French, Spanish, Arabic, Russian and
  Chinese carry most of the variety.
* No TNEF (winmail.dat), no S/MIME, no UTF-16, no messages larger than a few tens of kilobytes.
"""


if __name__ == "__main__":
    sys.exit(main())
