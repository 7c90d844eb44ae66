#!/usr/bin/env python3
"""Blind corpus 18: hand-written replies to ITU circular CI-19/35.

Standard library only, deterministic: every Message-ID, boundary, timestamp and
queue id is derived from fixed strings (sha256 of the file name), never from the
clock or an unseeded random generator.

Writes messages/*.eml and labels.jsonl next to this file, then re-parses every
file with email.policy.default and validates it against its label.  Exits with
status 1 on any failure.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.jsonl")

GENEVA_SUMMER = timezone(timedelta(hours=2))
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=GENEVA_SUMMER)
SESSIONS = ("budapest-2019", "cwg-2020", "wsis-2020")
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry",
         "auto_reply", "bounce", "unrelated")
TIMED_KINDS = ("nomination", "interest_only", "correction")
B, C, W = "budapest-2019", "cwg-2020", "wsis-2020"

SPECS = []          # message specifications, in definition order
BY_KEY = {}         # key (file stem) -> spec


# --------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------

def hx(seed, n=16, upper=False):
    s = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(s) < n:
        s += hashlib.sha256(s.encode()).hexdigest()
    s = s[:n]
    return s.upper() if upper else s


def hnum(seed, lo, hi):
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


def b64id(seed, n):
    raw = hashlib.sha512(seed.encode("utf-8")).digest()
    s = base64.b64encode(raw).decode("ascii").replace("/", "_")
    return s[:n]


def parse_ts(s):
    """'2019-08-14 11:12:31 +0200' -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def tzobj(off):
    sign = 1 if off[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def D(name, *aliases, title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


# --------------------------------------------------------------------------
# RFC 2047 encoded words
# --------------------------------------------------------------------------

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _ew1(text, cs, mode):
    raw = text.encode(cs)
    if mode == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode("ascii"))
    out = []
    for byte in raw:
        if byte == 0x20:
            out.append("_")
        elif byte in _QSAFE:
            out.append(chr(byte))
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def ew(text, cs="utf-8", mode="B"):
    """Encode a header text as one or more encoded words, folded."""
    if all(ord(c) < 128 for c in text) and cs.lower() not in ("iso-2022-jp",):
        return text
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if cur and len(_ew1(cand, cs, mode)) > 74:
            words.append(_ew1(cur, cs, mode))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(_ew1(cur, cs, mode))
    return "\n ".join(words)


def addr(display, address, cs="utf-8", mode="B", quote_ascii=True):
    if not display:
        return "<%s>" % address if quote_ascii is None else address
    if all(ord(c) < 128 for c in display):
        if quote_ascii or re.search(r'[,.;:@()<>\[\]"]', display):
            return '"%s" <%s>' % (display.replace('"', ''), address)
        return "%s <%s>" % (display, address)
    return "%s <%s>" % (ew(display, cs, mode), address)


# --------------------------------------------------------------------------
# body encodings
# --------------------------------------------------------------------------

def wrap_hard(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or " " not in line:
            out.append(line)
            continue
        quote = re.match(r"^(> ?)*", line).group(0)
        words = line[len(quote):].split(" ")
        cur = quote
        for w in words:
            if len(cur) > len(quote) and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = quote + w
            else:
                cur = cur + (" " if len(cur) > len(quote) else "") + w
        out.append(cur)
    return "\n".join(out)


def wrap_flowed(text, width=72):
    """format=flowed (RFC 3676): soft breaks are a trailing space."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        quote = re.match(r"^(>+ ?)?", line).group(0)
        body = line[len(quote):]
        if body.startswith(" ") or body.startswith("From ") or body.startswith(">"):
            body = " " + body          # space-stuffing
        if len(quote) + len(body) <= width or " " not in body.strip():
            out.append(quote + body)
            continue
        words = body.split(" ")
        cur = ""
        for w in words:
            if cur and len(quote) + len(cur) + len(w) + 1 > width:
                out.append(quote + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(quote + cur)
    return "\n".join(out)


def encode_body(text, cs, cte):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)             # strict: fails loudly if not representable
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        for line in raw.split(b"\n"):
            assert len(line) < 990, "8bit line too long"
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def auto_cte(text, cs):
    try:
        text.encode("ascii")
        return "7bit" if max(len(l) for l in text.split("\n")) <= 200 else "quoted-printable"
    except UnicodeEncodeError:
        pass
    if cs.lower() in ("iso-2022-jp",):
        return "7bit"
    nonascii = sum(1 for c in text if ord(c) > 127)
    return "base64" if nonascii > len(text) * 0.3 else "quoted-printable"


# --------------------------------------------------------------------------
# MIME tree
# --------------------------------------------------------------------------

def TXT(text, sub="plain", cs="utf-8", cte=None, params="", disp=None, filename=None, extra=()):
    return {"t": "text", "sub": sub, "text": text, "cs": cs, "cte": cte, "params": params,
            "disp": disp, "filename": filename, "extra": list(extra)}


def MULTI(sub, *children, params=""):
    return {"t": "multi", "sub": sub, "children": list(children), "params": params}


def BIN(ctype, data, filename=None, disp="attachment", cid=None, extra=()):
    return {"t": "bin", "ctype": ctype, "data": data, "filename": filename, "disp": disp,
            "cid": cid, "extra": list(extra)}


def RAWPART(ctype, body, cte=None, disp=None, extra=()):
    """A part whose body is given verbatim (message/rfc822, message/delivery-status...)."""
    return {"t": "raw", "ctype": ctype, "body": body, "cte": cte, "disp": disp, "extra": list(extra)}


def fname_param(name, key="filename"):
    if all(ord(c) < 128 for c in name):
        return '%s="%s"' % (key, name)
    enc = "".join(ch if (ch.isascii() and (ch.isalnum() or ch in "-._")) else
                  "".join("%%%02X" % b for b in ch.encode("utf-8")) for ch in name)
    return "%s*=utf-8''%s" % (key, enc)


def render(node, seed, style):
    """Return (header_lines, body_bytes) for a node."""
    hdrs = []
    if node["t"] == "text":
        cte = node["cte"] or auto_cte(node["text"], node["cs"])
        ct = "text/%s; charset=\"%s\"" % (node["sub"], node["cs"]) if style != "bare" else \
             "text/%s; charset=%s" % (node["sub"], node["cs"])
        if node["params"]:
            ct += "; " + node["params"]
        if node["filename"]:
            ct += ";\n\t" + fname_param(node["filename"], "name")
        hdrs.append("Content-Type: " + ct)
        hdrs.append("Content-Transfer-Encoding: " + cte)
        if node["disp"]:
            d = node["disp"]
            if node["filename"]:
                d += ";\n\t" + fname_param(node["filename"])
            hdrs.append("Content-Disposition: " + d)
        hdrs.extend(node["extra"])
        return hdrs, encode_body(node["text"], node["cs"], cte)
    if node["t"] == "bin":
        ct = node["ctype"]
        if node["filename"]:
            ct += ";\n\t" + fname_param(node["filename"], "name")
        hdrs.append("Content-Type: " + ct)
        if node["disp"]:
            d = node["disp"]
            if node["filename"]:
                d += ";\n\t" + fname_param(node["filename"])
            hdrs.append("Content-Disposition: " + d)
        if node["cid"]:
            hdrs.append("Content-ID: <%s>" % node["cid"])
        hdrs.extend(node["extra"])
        hdrs.append("Content-Transfer-Encoding: base64")
        return hdrs, base64.encodebytes(node["data"])
    if node["t"] == "raw":
        hdrs.append("Content-Type: " + node["ctype"])
        if node["cte"]:
            hdrs.append("Content-Transfer-Encoding: " + node["cte"])
        if node["disp"]:
            hdrs.append("Content-Disposition: " + node["disp"])
        hdrs.extend(node["extra"])
        body = node["body"]
        if isinstance(body, str):
            body = body.encode("utf-8")
        if not body.endswith(b"\n"):
            body += b"\n"
        return hdrs, body
    # multipart
    bnd = boundary_for(style, seed)
    ct = 'multipart/%s;\n\tboundary="%s"' % (node["sub"], bnd)
    if node["params"]:
        ct += ";\n\t" + node["params"]
    hdrs.append("Content-Type: " + ct)
    out = b""
    if style not in ("gmail", "apple"):
        out += b"This is a multi-part message in MIME format.\n\n"
    for i, child in enumerate(node["children"]):
        ch, cb = render(child, seed + "/" + str(i), style)
        out += ("--" + bnd + "\n").encode("ascii") + "\n".join(ch).encode("ascii") + b"\n\n" + cb
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += ("--" + bnd + "--\n").encode("ascii")
    return hdrs, out


def boundary_for(style, seed):
    if style == "gmail":
        return "000000000000" + hx(seed, 12)
    if style in ("outlook", "exchange"):
        return "_%03d_%s_" % (hnum(seed, 0, 9), hx(seed, 28, True))
    if style == "thunderbird":
        return "------------" + hx(seed, 24, True)
    if style == "apple":
        return "Apple-Mail-" + hx(seed, 8, True) + "-" + hx(seed + "a", 4, True) + "-" + hx(seed + "b", 12, True)
    if style == "lotus":
        return "=_alternative " + hx(seed, 16, True) + "_="
    if style == "foxmail":
        return "----=_NextPart_" + hx(seed, 8) + "_" + hx(seed + "f", 8) + "_" + hx(seed + "g", 8)
    if style == "yandex":
        return "----==" + hx(seed, 20) + "=="
    if style == "zimbra":
        return "=_" + hx(seed, 32)
    return "----=_Part_%d_%d.%d" % (hnum(seed, 1000, 99999), hnum(seed + "x", 10**8, 10**9), hnum(seed + "y", 10**12, 10**13))


# --------------------------------------------------------------------------
# the circular, as Member States received it (for quoting below replies)
# --------------------------------------------------------------------------

CIRC_SENT = parse_ts("2019-07-23 16:12:05 +0200")
CIRC_FROM = ("SME", "sme@itu.int")

CIRC = {}
CIRC["en"] = ("CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs", """\
Ref: CI-19/35                                   Geneva, 23 July 2019
Contact: Mr Christopher Clark
E-mail: sme@itu.int

To: Member States of ITU

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

ITU is organizing this series of consultations as a follow-up to the excellent discussions held at the last session of the ITU Council on strengthening SMEs and their involvement in the work of ITU. In accordance with Resolution 209 (Dubai, 2018), the Council finalized the eligibility criteria and decided to apply new reduced fees for SME associates from January 2020.

These consultations will provide an opportunity for interested Member States to share best practices on existing national policies, initiatives and programmes that support tech SMEs, and to identify concrete actions to involve these SMEs in the work of ITU. A detailed agenda will be sent shortly.

I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session, during ITU Telecom World, by 16 August 2019 to the ITU secretariat at: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General""")

CIRC["fr"] = ("CI-19/35 - Sessions de consultation pour les États Membres: Promouvoir les PME technologiques et innovantes", """\
Réf.: CI-19/35                                  Genève, le 23 juillet 2019
Contact: M. Christopher Clark
Courriel: sme@itu.int

Aux États Membres de l'UIT

Objet: Sessions de consultation à l'intention des États Membres: "Promouvoir les PME technologiques et innovantes"

Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de sessions de consultation intitulée "Promouvoir les PME technologiques et innovantes". La première session se tiendra le 10 septembre 2019 pendant la manifestation ITU Telecom World 2019 à Budapest (Hongrie). Nous prévoyons d'organiser des sessions analogues pendant les réunions des Groupes de travail du Conseil au début de 2020, pendant le Forum du SMSI de 2020 et à l'occasion d'autres manifestations.

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le nom du participant désigné pour la première session de consultation d'ici au 16 août 2019, à l'adresse suivante: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)

Houlin Zhao
Secrétaire général""")

CIRC["es"] = ("CI-19/35 - Sesiones de consulta para los Estados Miembros: Fomento de las pymes tecnológicas e innovadoras", """\
Ref.: CI-19/35                                  Ginebra, 23 de julio de 2019
Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

A los Estados Miembros de la UIT

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las pymes tecnológicas e innovadoras"

Muy Señora mía/Muy Señor mío:

Me complace invitar a su delegación a participar en una serie de sesiones de consulta tituladas "Fomento de las pymes tecnológicas e innovadoras". La primera sesión tendrá lugar el 10 de septiembre de 2019, durante ITU Telecom World 2019, en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, durante el Foro de la CMSI de 2020 y en otros eventos.

Le agradecería que manifestara su interés e indicara el nombre del participante designado para la primera sesión de consulta, a más tardar el 16 de agosto de 2019, a la siguiente dirección: sme@itu.int

Atentamente,

(firmado)

Houlin Zhao
Secretario General""")

CIRC["ru"] = ("CI-19/35 - Консультационные сессии для Государств-Членов: Содействие развитию технологических и инновационных МСП", """\
Осн.: CI-19/35                                  Женева, 23 июля 2019 года
Для контактов: г-н Кристофер Кларк (Mr Christopher Clark)
Эл. почта: sme@itu.int

Государствам-Членам МСЭ

Предмет: Консультационные сессии для Государств-Членов: "Содействие развитию технологических и инновационных МСП"

Уважаемая госпожа,
Уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий под названием "Содействие развитию технологических и инновационных МСП". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. Аналогичные сессии планируется провести в ходе собраний рабочих групп Совета в начале 2020 года, в ходе Форума ВВУИО 2020 года и на других мероприятиях.

Прошу вас сообщить о своей заинтересованности и указать участника, назначенного для участия в первой консультационной сессии, не позднее 16 августа 2019 года по адресу: sme@itu.int

С уважением,

(подпись)

Хоулинь Чжао
Генеральный секретарь""")

CIRC["zh"] = ("CI-19/35 - 为成员国举办的磋商会：扶持科技和创新型中小企业", """\
文号：CI-19/35                                  2019年7月23日，日内瓦
联系人：Christopher Clark先生
电子邮件：sme@itu.int

致国际电联各成员国

事由：为成员国举办的磋商会："扶持科技和创新型中小企业"

尊敬的先生/女士：

我很高兴邀请贵代表团参加题为"扶持科技和创新型中小企业"的系列磋商会。首次磋商会将于2019年9月10日在匈牙利布达佩斯举办的2019年国际电联世界电信展期间举行。我们计划在2020年初理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动期间举办类似的会议。

请贵方于2019年8月16日之前表明参会意向，并将参加首次磋商会的人员名单发送至国际电联秘书处：sme@itu.int

顺致敬意！

（签字）

秘书长
赵厚麟""")

CIRC["ar"] = ("CI-19/35 - جلسات تشاور للدول الأعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار", """\
المرجع: CI-19/35                                جنيف، 23 يوليو 2019
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int

إلى الدول الأعضاء في الاتحاد الدولي للاتصالات

الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،

تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكموم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)

هولين جاو
الأمين العام""")

# Outlook reply-header labels by UI language: From, Sent, To, Cc, Subject
OL_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "ar": ("من", "تم الإرسال", "إلى", "نسخة", "الموضوع"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
}

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ol_date(dt, lang):
    if lang == "fr":
        return "mardi 23 juillet 2019 16:12" if dt == CIRC_SENT else dt.strftime("%d/%m/%Y %H:%M")
    if lang == "es":
        return "martes, 23 de julio de 2019 16:12" if dt == CIRC_SENT else dt.strftime("%d/%m/%Y %H:%M")
    if lang == "de":
        return "Dienstag, 23. Juli 2019 16:12" if dt == CIRC_SENT else dt.strftime("%d.%m.%Y %H:%M")
    if lang == "ru":
        return "23 июля 2019 г. 16:12" if dt == CIRC_SENT else dt.strftime("%d.%m.%Y %H:%M")
    if lang == "zh":
        return "2019年7月23日 16:12" if dt == CIRC_SENT else "%d年%d月%d日 %d:%02d" % (dt.year, dt.month, dt.day, dt.hour, dt.minute)
    if lang in ("en",):
        h12 = dt.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[dt.weekday()], EN_MON[dt.month - 1], dt.day, dt.year,
                                            h12, dt.minute, "AM" if dt.hour < 12 else "PM")
    return dt.strftime("%d.%m.%Y %H:%M")


def gm_attr(dt, who, lang):
    """Gmail-like attribution line."""
    name, a = who
    if lang == "fr":
        return "Le mar. %d %s 2019 à %d:%02d, %s <%s> a écrit :" % (dt.day, "juil." if dt.month == 7 else "août", dt.hour, dt.minute, name, a)
    if lang == "es":
        return "El %d %s 2019 a las %d:%02d, %s (<%s>) escribió:" % (dt.day, "jul." if dt.month == 7 else "ago.", dt.hour, dt.minute, name, a)
    if lang == "pt":
        return "Em ter, %d de %s de 2019 às %d:%02d, %s <%s> escreveu:" % (dt.day, "jul." if dt.month == 7 else "ago.", dt.hour, dt.minute, name, a)
    if lang == "ru":
        return "вт, %d %s 2019 г. в %d:%02d, %s <%s>:" % (dt.day, "июл." if dt.month == 7 else "авг.", dt.hour, dt.minute, name, a)
    h12 = dt.hour % 12 or 12
    return "On %s, %s %d, 2019 at %d:%02d %s %s <%s> wrote:" % (EN_DAYS[dt.weekday()][:3], EN_MON[dt.month - 1][:3], dt.day,
                                                            h12, dt.minute, "AM" if dt.hour < 12 else "PM", name, a)


def esc(s):
    return htmlmod.escape(s, quote=False)


def html_lines_div(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    return "".join(out)


def html_gmail(body, quote=None, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    h = "<div%s>%s</div>" % (d, html_lines_div(body))
    if quote:
        attr, qtext = quote
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              '%s</blockquote></div>' % (esc(attr), html_lines_div(qtext)))
    return h + "\n"


def html_outlook(body, quote=None, cs="utf-8", lang="EN-US", rtl=False, font="Calibri", table=None):
    def para(line):
        if not line.strip():
            return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        return '<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line)
    parts = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">',
             '<head>',
             '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
             '<style><!--',
             '/* Font Definitions */',
             '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
             '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}' % font,
             '/* Style Definitions */',
             'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;}' % font,
             'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}',
             '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}',
             'div.WordSection1\n\t{page:WordSection1;}',
             '--></style>',
             '</head>',
             '<body lang="%s" link="#0563C1" vlink="#954F72"%s>' % (lang, ' dir="rtl"' if rtl else ''),
             '<div class="WordSection1">']
    body_lines = body.split("\n")
    if table is not None:
        before, rows, after = table
        for line in before.split("\n"):
            parts.append(para(line))
        parts.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">')
        for i, row in enumerate(rows):
            parts.append("<tr>")
            for cell in row:
                style = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
                if i == 0:
                    parts.append('<td valign="top" style="%s;background:#D9E2F3"><p class="MsoNormal"><b>%s</b><o:p></o:p></p></td>' % (style, esc(cell)))
                else:
                    parts.append('<td valign="top" style="%s"><p class="MsoNormal">%s<o:p></o:p></p></td>' % (style, esc(cell)))
            parts.append("</tr>")
        parts.append("</table>")
        body_lines = after.split("\n")
    for line in body_lines:
        parts.append(para(line))
    if quote:
        hdr, qtext = quote
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hl = hdr.split("\n")
        parts.append('<p class="MsoNormal">' + "<br>\n".join(
            "<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) if ":" in l else esc(l)
            for l in hl) + '<o:p></o:p></p>')
        parts.append("</div>")
        for line in qtext.split("\n"):
            parts.append(para(line))
    parts.append("</div>\n</body>\n</html>")
    return "\n".join(parts) + "\n"


def table_plain(rows):
    return "\n".join("\t".join(r) for r in rows)


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in ("br", "p", "div", "tr", "li", "table", "blockquote", "h1", "h2", "h3"):
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append("\t")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        if tag in ("p", "div", "tr"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(h):
    p = _TextExtractor()
    p.feed(h)
    p.close()
    t = "".join(p.out).replace("\u00a0", " ")
    t = re.sub(r"[ \t]+\n", "\n", t)
    return re.sub(r"\n{3,}", "\n\n", t).strip("\n")


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def pdf_bytes(lines):
    """A small, valid, deterministic one-page PDF (Latin-1 text only)."""
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n"
    for ln in lines:
        s = ln.encode("latin-1", "replace").decode("latin-1")
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += "(%s) '\n" % s
    content += "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def PDF(filename, lines):
    return BIN("application/pdf", pdf_bytes(lines), filename=filename)


def DOCX(filename, seed):
    # an opaque Word attachment (content irrelevant to the label); deterministic bytes
    data = b"PK\x03\x04" + hashlib.sha256(seed.encode()).digest() * 8
    return BIN("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data, filename=filename)


# --------------------------------------------------------------------------
# message builder
# --------------------------------------------------------------------------

CIRC_MID = "<CI-19-35.1563891125.8841@itu.int>"

O365_REGIONS = ["eurprd04", "eurprd08", "eurprd05", "namprd03", "namprd11", "apcprd02", "apcprd06",
                "eurprd07", "namprd19", "ausprd01", "jpnprd01", "indprd01", "gbrprd01"]


def make_mid(style, key, domain, when):
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % b64id(key, 46).replace("_", "=", 1)
    if style == "outlook":
        reg = O365_REGIONS[hnum(key, 0, len(O365_REGIONS) - 1)]
        srv = "%s%dPR%02dMB%04d" % (["AM", "DB", "VI", "HE", "BN", "SN", "MN", "SG", "HK", "PN"][hnum(key + "s", 0, 9)],
                                     hnum(key + "n", 1, 8), hnum(key + "p", 1, 12), hnum(key + "m", 1000, 7999))
        return "<%s%s@%s.%s.prod.outlook.com>" % (srv, hx(key, 24, True), srv, reg)
    if style == "exchange":
        return "<%s@%s.%s>" % (hx(key, 32, True), ["MBX01", "EXCH02", "MAIL-SRV", "EX2016-01", "CASHUB1"][hnum(key, 0, 4)], domain)
    if style == "thunderbird":
        s = hx(key, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:32], domain)
    if style == "apple":
        s = hx(key, 32, True)
        return "<%s-%s-%s-%s-%s@%s>" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:32], domain)
    if style == "lotus":
        return "<OF%s.%s-ON%s.%s@%s>" % (hx(key, 8, True), hx(key + "1", 8, True), hx(key + "2", 8, True), hx(key + "3", 8, True), domain)
    if style == "foxmail":
        return "<%s%07d@%s>" % (when.strftime("%Y%m%d%H%M%S"), hnum(key, 0, 9999999), domain)
    if style == "yandex":
        return "<%d%d@%s>" % (hnum(key, 100000, 999999), int(when.timestamp()), "myt%d-%s.qloud-c.yandex.net" % (hnum(key, 1, 6), hx(key, 10)))
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (hnum(key, 100000, 9999999), hnum(key + "z", 1000, 99999), int(when.timestamp()) * 1000 + hnum(key, 0, 999), domain)
    return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), hx(key, 10, True), domain)


def quote_parts(spec):
    """-> (plain_quote, outlook_html_quote, gmail_html_quote) or Nones"""
    q = spec["quote"]
    if not q:
        return None
    if q == "circ":
        ql = spec["quote_lang"] or (spec["lang"] if spec["lang"] in CIRC else "en")
        subj, qtext = CIRC[ql]
        who, when, qto, qsubj = CIRC_FROM, CIRC_SENT, spec["frm"][1], subj
    elif q[0] == "msg":
        prev = BY_KEY[q[1]]
        qtext = prev["_reply_text"]
        who, when, qto, qsubj = prev["frm"], prev["_date_dt"], "sme@itu.int", prev["subject"]
    else:   # ("text", who(display, addr), when_ts, subject, text)
        _, who, when, qsubj, qtext = q
        when = parse_ts(when)
        qto = spec["frm"][1]
    ui = spec["ui"] or spec["lang"]
    style = spec["client"]
    if style in ("outlook", "exchange", "lotus", "zimbra", "plain", "yandex", "foxmail") or spec["qstyle"] == "outlook":
        lab = OL_LABELS.get(ui, OL_LABELS["en"])
        sep = " " if ui == "fr" else ""
        hdr = "%s%s: %s <%s>\n%s%s: %s\n%s%s: %s\n%s%s: %s" % (
            lab[0].rstrip("\u00a0"), sep, who[0], who[1], lab[1].rstrip("\u00a0"), sep, ol_date(when, ui),
            lab[2].rstrip("\u00a0"), sep, qto, lab[4].rstrip("\u00a0"), sep, qsubj)
        if spec["qstyle"] == "original":
            plain = "-----Original Message-----\n" + hdr + "\n\n" + qtext
        else:
            plain = "\n" + hdr + "\n\n" + qtext
        return plain, (hdr, qtext), None
    attr = gm_attr(when, who, ui)
    quoted = "\n".join(("> " + l) if l else ">" for l in qtext.split("\n"))
    if style == "thunderbird":
        attr = "On %s, %s wrote:" % (when.strftime("%d/%m/%Y %H:%M"), who[0])
    if style == "apple":
        attr = "On %d %s 2019, at %s, %s <%s> wrote:" % (when.day, EN_MON[when.month - 1][:3], when.strftime("%H:%M"), who[0], who[1])
        return "\n" + "> " + attr + "\n> \n" + quoted, None, None
    return attr + "\n\n" + quoted, None, (attr, qtext)


def msg(key, kind, lang, ms, *, frm, subject, rx, body="", dels=(), sess=None, late=False, sup=None,
        to=None, cc=None, tz="+0200", lag=None, client="plain", cs="utf-8", cte=None, hcs=None, henc="B",
        html=None, table=None, quote=None, quote_lang=None, qstyle=None, atts=(), extra=(), mid=None,
        reply_to=None, date=None, parts=None, hops=3, host=None, ip=None, env=None, ui=None,
        olang="EN-US", logo=False, wrap=False, rtl=False, mailer=None, htmlcs=None, sig_html=None):
    assert key not in BY_KEY, key
    spec = dict(locals())
    if sess is None:
        sess = [B] if kind in TIMED_KINDS else []
    spec["sess"] = list(sess)
    spec["dels"] = list(dels)
    SPECS.append(spec)
    BY_KEY[key] = spec
    return spec


def received_chain(spec, rx_dt, domain):
    key = spec["key"]
    style = spec["client"]
    n = hnum(key, 1, 2)
    fmt = format_datetime(rx_dt)
    if rx_dt.utcoffset() == timedelta(hours=2) and hnum(key + "cest", 0, 2):
        fmt += " (CEST)"
    elif rx_dt.utcoffset() == timedelta(0) and hnum(key + "utc", 0, 1):
        fmt += " (UTC)"
    qid = "%d%s%d%s" % (hnum(key, 1, 9), b64id(key + "q", 6).replace("_", "x").replace("+", "z"), hnum(key, 0, 9), hx(key, 4, True))
    lines = []
    if spec["hops"] >= 1:
        lines.append("Received: from mx%d.itu.int (mx%d.itu.int [156.106.4.%d])\n\tby mbox%d.itu.int (Postfix) with ESMTP id %s\n\tfor <sme@itu.int>; %s"
                     % (n, n, 20 + n, hnum(key, 1, 4), qid, fmt))
    mx_dt = rx_dt - timedelta(seconds=hnum(key + "mx", 1, 3))
    if style == "gmail":
        ghost = "mail-%s-f%d.google.com" % (["wr1", "lj1", "ed1", "qk1", "pl1", "io1", "wm1"][hnum(key, 0, 6)], hnum(key, 41, 199))
        gip = "209.85.%d.%d" % (hnum(key + "a", 128, 222), hnum(key + "b", 2, 250))
        host, ip = ghost, gip
    elif style == "outlook":
        host = "mail-%s%s.outbound.protection.outlook.com" % (["am5eur03", "eur04", "db5eur01", "nam10", "apc01", "eur02"][hnum(key, 0, 5)], "on%04d" % hnum(key, 600, 2099))
        ip = "40.107.%d.%d" % (hnum(key + "a", 0, 255), hnum(key + "b", 1, 254))
    else:
        host = spec["host"] or ("mail." + domain)
        ip = spec["ip"] or "%d.%d.%d.%d" % (hnum(key + "1", 41, 213), hnum(key + "2", 1, 254), hnum(key + "3", 1, 254), hnum(key + "4", 2, 250))
    if spec["hops"] >= 2:
        lines.append("Received: from %s (%s [%s])\n\tby mx%d.itu.int (Postfix) with ESMTPS id %s\n\tfor <sme@itu.int>; %s"
                     % (host, host, ip, n, qid[:-3] + hx(key + "m", 3, True), format_datetime(mx_dt)))
    if spec["hops"] >= 3:
        sd = spec["_date_dt"]
        inner_dt = sd + timedelta(seconds=1)
        if style == "gmail":
            lines.append("Received: by %s with SMTP id %s\n        for <sme@itu.int>; %s (PDT)"
                         % (host, b64id(key + "g", 12).lower().replace("+", "x").replace("_", "y"),
                            format_datetime(inner_dt.astimezone(tzobj("-0700")))))
        elif style == "outlook":
            srv = make_mid("outlook", key, domain, sd).split("@")[1].rstrip(">")
            lines.append("Received: from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s"
                         % (srv, hx(key, 4), hx(key + "x", 4), hx(key + "y", 4), hx(key + "z", 4), srv,
                            hx(key, 4), hx(key + "x", 4), hx(key + "y", 4), hx(key + "z", 4), hnum(key, 3, 7),
                            hnum(key, 2000, 2199), hnum(key, 0, 30), format_datetime(inner_dt.astimezone(timezone.utc)).replace("-0000", "+0000")))
        else:
            lines.append("Received: from %s ([10.%d.%d.%d])\n\tby %s with ESMTP id %s;\n\t%s"
                         % (["localhost", "webmail", "ws-%s" % hx(key, 4), "pc%d" % hnum(key, 10, 99)][hnum(key, 0, 3)],
                            hnum(key, 0, 255), hnum(key + "s", 0, 255), hnum(key + "t", 2, 250), host,
                            hx(key + "id", 10, True), format_datetime(inner_dt)))
    return lines


def build(spec):
    key = spec["key"]
    style = spec["client"]
    lang = spec["lang"]
    cs = spec["cs"]
    hcs = spec["hcs"] or (cs if cs.lower() not in ("us-ascii",) else "utf-8")
    henc = spec["henc"]
    frm_name, frm_addr = spec["frm"]
    domain = frm_addr.split("@")[1]

    # timestamps
    rx_dt = parse_ts(spec["rx"])
    if spec["date"]:
        date_str = spec["date"]
        date_dt = parsedate_to_datetime(date_str)
    else:
        lag = spec["lag"] if spec["lag"] is not None else hnum(key + "lag", 2, 40)
        date_dt = (rx_dt - timedelta(seconds=lag)).astimezone(tzobj(spec["tz"]))
        date_str = format_datetime(date_dt)
    spec["_date_dt"] = date_dt

    # body
    body = spec["body"].strip("\n")
    spec["_reply_text"] = body
    q = quote_parts(spec)
    plain = body
    if spec["table"] is not None:
        before, rows, after = spec["table"]
        plain = before.strip("\n") + "\n\n" + table_plain(rows) + "\n\n" + after.strip("\n")
        spec["_reply_text"] = plain
    if q:
        plain = plain + "\n\n" + q[0]
    htmlcs = spec["htmlcs"] or cs
    if spec["parts"] is not None:
        root = spec["parts"]
    else:
        rtl = spec["rtl"] or lang in ("ar", "fa", "he", "ur")
        html = spec["html"]
        if html is None and style in ("outlook", "exchange", "lotus", "zimbra", "foxmail", "yandex"):
            html = html_outlook(body if spec["table"] is None else "", q[1] if q else None, htmlcs, spec["olang"], rtl,
                                table=spec["table"])
        elif html is None and style == "gmail":
            html = html_gmail(body, q[2] if q else None, rtl)
        elif html is not None and q and q[2] and style == "gmail":
            html = html + html_gmail("", q[2], rtl)
        if style == "thunderbird" and spec["html"] is None:
            text = wrap_flowed(plain)
            root = TXT(text, cs=cs, cte=spec["cte"] or "8bit", params="format=flowed")
            if lang:
                root["extra"].append("Content-Language: %s" % lang)
        elif style == "apple" and spec["html"] is None:
            root = TXT(plain, cs=cs, cte=spec["cte"] or "quoted-printable")
        elif style == "plain" and spec["html"] is None:
            text = wrap_hard(plain) if spec["wrap"] else plain
            root = TXT(text, cs=cs, cte=spec["cte"] or auto_cte(text, cs))
        elif style == "yandex":
            root = TXT(html, sub="html", cs=cs, cte=spec["cte"] or "base64")
        else:
            pcte = spec["cte"] or ("base64" if style in ("foxmail",) else
                                   "quoted-printable" if style in ("outlook", "exchange", "zimbra", "lotus") else None)
            hcte = "base64" if style in ("lotus", "foxmail") else (spec["cte"] or "quoted-printable")
            if style == "gmail":
                pcte = spec["cte"] or auto_cte(plain, cs)
                hcte = spec["cte"] or auto_cte(html, cs)
                if pcte == "7bit" and hcte != "7bit":
                    pass
            hnode = TXT(html, sub="html", cs=htmlcs, cte=hcte)
            if spec["logo"]:
                hnode = MULTI("related", hnode, BIN("image/png", PNG_1PX, filename="image001.png", disp="inline",
                                                    cid="image001.png@01D5%s.%s" % (hx(key, 4, True), hx(key + "c", 8, True))),
                              params='type="text/html"')
            root = MULTI("alternative", TXT(plain, cs=cs, cte=pcte), hnode)
        if spec["atts"]:
            root = MULTI("mixed", root, *spec["atts"])
    ch, cb = render(root, key, style)

    # headers
    mid = spec["mid"] or make_mid(style, key, domain, date_dt)
    spec["_mid"] = mid
    H = []
    env = spec["env"] if spec["env"] is not None else frm_addr
    H.append("Return-Path: <%s>" % env)
    H.append("X-Original-To: sme@itu.int")
    H.append("Delivered-To: sme@itu.int")
    H.extend(received_chain(spec, rx_dt, domain))
    fromh = addr(frm_name, frm_addr, hcs, henc, quote_ascii=(style in ("outlook", "exchange")))
    to = spec["to"]
    if to is None:
        to = {"outlook": '"sme@itu.int" <sme@itu.int>', "exchange": '"sme@itu.int" <sme@itu.int>',
              "gmail": "sme@itu.int", "thunderbird": "sme@itu.int", "lotus": "sme@itu.int"}.get(style, "sme@itu.int")
    subj = ew(spec["subject"], hcs, henc)
    reply = spec["reply_to"]
    irt = refs = None
    if reply == "circ":
        irt = refs = CIRC_MID
    elif reply:
        irt = BY_KEY[reply]["_mid"]
        refs = (BY_KEY[reply]["_refs"] + " " + irt) if BY_KEY[reply].get("_refs") else irt
    spec["_refs"] = refs
    if style in ("outlook", "exchange"):
        H.append("From: " + fromh)
        H.append("To: " + to)
        if spec["cc"]:
            H.append("CC: " + spec["cc"])
        H.append("Subject: " + subj)
        topic = re.sub(r"^((RE|Re|AW|TR|FW|Fwd|RV|ОТВЕТ|Отв|回复|答复|رد|R)\s*:\s*)+", "", spec["subject"])
        H.append("Thread-Topic: " + ew(topic, hcs, henc))
        H.append("Thread-Index: " + base64.b64encode(hashlib.sha256(key.encode()).digest()[:22]).decode())
        H.append("Date: " + date_str)
        H.append("Message-ID: " + mid)
        if refs:
            H.append("References: " + refs)
            H.append("In-Reply-To: " + irt)
        H.append("Accept-Language: " + spec["olang"].lower().replace("_", "-") + ", en-US")
        H.append("Content-Language: " + spec["olang"].lower())
        H.append("X-MS-Has-Attach: " + ("yes" if spec["atts"] or spec["logo"] else ""))
        H.append("X-MS-TNEF-Correlator: ")
        if style == "exchange":
            H.append("x-originating-ip: [10.%d.%d.%d]" % (hnum(key, 1, 250), hnum(key + "o", 1, 250), hnum(key + "p", 2, 250)))
    else:
        H.append("Date: " + date_str)
        H.append("From: " + fromh)
        H.append("To: " + to)
        if spec["cc"]:
            H.append("Cc: " + spec["cc"])
        H.append("Message-ID: " + mid)
        if refs:
            H.append("In-Reply-To: " + irt)
            H.append("References: " + refs)
        H.append("Subject: " + subj)
        ua = spec["mailer"] or {
            "thunderbird": "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\n Thunderbird/60.8.0",
            "apple": "X-Mailer: iPhone Mail (16G77)",
            "lotus": "X-Mailer: IBM Notes Release 9.0.1FP10 August 28, 2018",
            "foxmail": "X-Mailer: Foxmail 7.2.13.365[cn]",
            "zimbra": "X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)",
            "yandex": "X-Mailer: Yamail [ http://yandex.ru ] 5.0",
        }.get(style)
        if ua:
            H.append(ua)
    H.extend(spec["extra"])
    H.append("MIME-Version: 1.0")
    H.extend(ch)
    data = ("\n".join(H) + "\n\n").encode("ascii") + cb

    # label
    if spec["hops"] >= 1:
        rat = rx_dt.isoformat()
    else:
        rat = date_dt.isoformat()
    kind = spec["kind"]
    label = {
        "message_id": mid,
        "file": key + ".eml",
        "kind": kind,
        "language": lang,
        "member_state": spec["ms"],
        "delegates": [{"name": d["name"], "aliases": d["aliases"], "title": d["title"], "email": d["email"]}
                      for d in spec["dels"]],
        "sessions": spec["sess"],
        "received_at": rat,
        "late": (bool(spec["late"]) if kind in TIMED_KINDS else None),
        "supersedes": (BY_KEY[spec["sup"]]["_mid"] if spec["sup"] else None),
    }
    return data, label


def inner_message(headers, node, seed, style="plain"):
    """Bytes of a complete message to embed as message/rfc822."""
    ch, cb = render(node, seed, style)
    return ("\n".join(headers + ["MIME-Version: 1.0"] + ch) + "\n\n").encode("ascii") + cb


# --------------------------------------------------------------------------
# validation (re-parses the written files; independent of the builder)
# --------------------------------------------------------------------------

HONORIFIC_TOKENS = {
    "mr", "mrs", "ms", "miss", "dr", "h.e.", "he", "m", "mme", "mlle", "sr", "sra", "srta", "d", "dña", "dona",
    "herr", "frau", "г-н", "г-жа", "господин", "госпожа", "السيد", "السيدة", "الدكتور", "المهندس", "سعادة",
    "prof", "eng", "engr", "shri", "smt", "bapak", "ibu", "pak", "encik", "puan", "dott", "dott.ssa", "ing",
    "lic", "mgr", "sig", "sig.ra", "pan", "pani", "dhr", "mevr", "κ", "κα", "gospodin", "г", "ông", "bà",
    "অ্যাড", "श्री", "श्रीमती", "አቶ", "ወ/ሮ", "ლოკ", "cənab", "xanım", "bay", "bayan", "sayın", "tuan",
    "monsieur", "madame", "señor", "señora", "senhor", "senhora", "sr.", "atty", "hon", "s.e.", "excmo",
}
HONORIFIC_SUFFIXES = ("先生", "女士", "様", "さん", "씨", "님")


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat == "Cf":
            continue
        out.append(" " if cat[0] in "PSZ" or ch in "\t\n\r" else ch)
    return " ".join("".join(out).split())


def _text_of_part(part, errs, where):
    raw = part.get_payload(decode=True)
    for d in part.defects:
        errs.append("%s: part defect %r" % (where, d))
    cs = part.get_content_charset() or "us-ascii"
    try:
        text = raw.decode(cs, "strict")
    except (UnicodeDecodeError, LookupError) as e:
        errs.append("%s: strict decode failed (%s): %s" % (where, cs, e))
        return ""
    cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    if cte == "7bit" and cs.lower() != "iso-2022-jp":
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            errs.append("%s: 8-bit data in a 7bit part" % where)
    if part.get_content_subtype() == "html":
        return html_to_text(text)
    return text


def _visit(part, acc, errs, where):
    for d in part.defects:
        errs.append("%s: defect %r" % (where, d))
    for name, value in part.items():
        for d in getattr(value, "defects", ()):
            errs.append("%s: header %s defect %r" % (where, name, d))
        if name.lower() in ("from", "to", "cc", "subject", "reply-to"):
            acc.append(str(value))
    ct = part.get_content_type()
    if ct == "message/delivery-status":
        for blk in part.get_payload():
            for d in blk.defects:
                errs.append("%s: dsn defect %r" % (where, d))
            acc.append("\n".join("%s: %s" % kv for kv in blk.items()))
        return
    if part.is_multipart():
        for i, sub in enumerate(part.get_payload()):
            _visit(sub, acc, errs, "%s/%d" % (where, i))
        return
    if part.get_content_maintype() == "text":
        acc.append(_text_of_part(part, errs, where))
    elif part.get_content_maintype() == "message":
        pl = part.get_payload()
        if isinstance(pl, list):
            for i, sub in enumerate(pl):
                _visit(sub, acc, errs, "%s/%d" % (where, i))
    else:
        part.get_payload(decode=True)
        for d in part.defects:
            errs.append("%s: defect after decode %r" % (where, d))


def topmost_received_time(msg):
    rcv = msg.get_all("Received")
    if rcv:
        stamp = str(rcv[0]).rsplit(";", 1)[1]
        stamp = re.sub(r"\([^)]*\)", "", stamp).strip()
        return parsedate_to_datetime(stamp)
    return msg["Date"].datetime


def validate(labels):
    errs = []
    files = sorted(f for f in os.listdir(MSGDIR) if f.endswith(".eml"))
    if files != sorted(l["file"] for l in labels):
        errs.append("message files and labels differ")
    mids = [l["message_id"] for l in labels]
    if len(set(mids)) != len(mids):
        errs.append("duplicate message ids")
    by_mid = {l["message_id"]: l for l in labels}
    keys = ["message_id", "file", "kind", "language", "member_state", "delegates", "sessions",
            "received_at", "late", "supersedes"]
    for lab in labels:
        f = lab["file"]
        e = []
        if list(lab.keys()) != keys:
            e.append("label keys/order")
        with open(os.path.join(MSGDIR, f), "rb") as fh:
            raw = fh.read()
        head = raw.split(b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            e.append("non-ASCII bytes in the top-level header")
        for ln in raw.split(b"\n"):
            if len(ln) > 998:
                e.append("line longer than 998 octets")
                break
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        acc = []
        _visit(msg, acc, e, f)
        text = "\n".join(acc)
        ntext = norm(text)
        if str(msg["Message-ID"]).strip() != lab["message_id"]:
            e.append("Message-ID %r != label %r" % (str(msg["Message-ID"]), lab["message_id"]))
        try:
            rat = topmost_received_time(msg)
            if rat.isoformat() != lab["received_at"]:
                e.append("received_at %s != label %s" % (rat.isoformat(), lab["received_at"]))
        except Exception as ex:  # noqa
            e.append("cannot read received time: %s" % ex)
            rat = None
        kind = lab["kind"]
        if kind not in KINDS:
            e.append("bad kind")
        if not re.fullmatch(r"[a-z]{2}", lab["language"] or ""):
            e.append("bad language code")
        ms = lab["member_state"]
        if ms is not None and not re.fullmatch(r"[A-Z]{3}", ms):
            e.append("bad member_state")
        if kind in ("auto_reply", "bounce", "unrelated") and ms is not None:
            e.append("member_state must be null for %s" % kind)
        if kind in TIMED_KINDS:
            if rat is not None and lab["late"] is not (rat > DEADLINE):
                e.append("late=%r but received %s (deadline %s)" % (lab["late"], rat.isoformat(), DEADLINE.isoformat()))
            if not lab["sessions"]:
                e.append("sessions empty for %s" % kind)
        else:
            if lab["late"] is not None:
                e.append("late must be null for %s" % kind)
            if lab["sessions"]:
                e.append("sessions must be empty for %s" % kind)
        if any(s not in SESSIONS for s in lab["sessions"]) or len(set(lab["sessions"])) != len(lab["sessions"]):
            e.append("bad sessions %r" % lab["sessions"])
        if kind in ("nomination", "correction"):
            if not lab["delegates"]:
                e.append("no delegates for %s" % kind)
        elif lab["delegates"]:
            e.append("delegates must be empty for %s" % kind)
        if kind == "correction":
            sup = lab["supersedes"]
            if sup not in by_mid:
                e.append("supersedes %r not in corpus" % sup)
            else:
                prev = by_mid[sup]
                if prev["kind"] not in ("nomination", "correction"):
                    e.append("supersedes a %s" % prev["kind"])
                if prev["member_state"] != ms:
                    e.append("supersedes a message of another member state")
                if datetime.fromisoformat(prev["received_at"]) >= datetime.fromisoformat(lab["received_at"]):
                    e.append("supersedes a later message")
        elif lab["supersedes"] is not None:
            e.append("supersedes must be null for %s" % kind)
        seen = set()
        for d in lab["delegates"]:
            if set(d.keys()) != {"name", "aliases", "title", "email"}:
                e.append("delegate keys")
            nm = d["name"]
            if not nm or nm != nm.strip():
                e.append("empty/padded name")
                continue
            first = nm.split()[0].casefold().rstrip(".")
            if first in HONORIFIC_TOKENS or first + "." in HONORIFIC_TOKENS or nm.endswith(HONORIFIC_SUFFIXES):
                e.append("honorific left in name %r" % nm)
            if norm(nm) in seen:
                e.append("duplicate delegate %r" % nm)
            seen.add(norm(nm))
            for s in [nm] + d["aliases"]:
                if norm(s) not in ntext:
                    e.append("name/alias %r not in decoded text" % s)
            if len(set(map(norm, [nm] + d["aliases"]))) != 1 + len(d["aliases"]):
                e.append("alias duplicates name for %r" % nm)
            if d["title"] is not None and norm(d["title"]) not in ntext:
                e.append("title %r not in decoded text" % d["title"])
            if d["email"] is not None:
                if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", d["email"]):
                    e.append("bad email %r" % d["email"])
                if d["email"].casefold() not in text.casefold():
                    e.append("email %r not in decoded text" % d["email"])
        errs.extend("%s: %s" % (f, x) if not x.startswith(f) else x for x in e)
    return errs


def summary(labels):
    from collections import Counter
    kinds = Counter(l["kind"] for l in labels)
    langs = Counter(l["language"] for l in labels)
    print("messages:", len(labels))
    print("languages:", len(langs), dict(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("kinds:", dict(kinds.most_common()))
    print("late:", sum(1 for l in labels if l["late"]))
    print("delegates:", sum(len(l["delegates"]) for l in labels))
    print("member_state null:", sum(1 for l in labels if l["member_state"] is None),
          "(of which non-state senders with a reply kind:",
          sum(1 for l in labels if l["member_state"] is None and l["kind"] not in ("auto_reply", "bounce", "unrelated")), ")")
    un = sum(v for k, v in langs.items() if k in ("ar", "zh", "en", "fr", "ru", "es"))
    print("six UN languages: %d of %d" % (un, len(labels)))


def build_all():
    out = []
    for s in SPECS:
        try:
            out.append(build(s))
        except Exception as ex:
            raise RuntimeError("while building %s: %r" % (s["key"], ex)) from ex
    return out


def main():
    os.makedirs(MSGDIR, exist_ok=True)
    for f in os.listdir(MSGDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MSGDIR, f))
    first = build_all()
    second = build_all()
    if [d for d, _ in first] != [d for d, _ in second] or [l for _, l in first] != [l for _, l in second]:
        print("FAIL: build is not deterministic")
        sys.exit(1)
    labels = []
    for data, lab in first:
        with open(os.path.join(MSGDIR, lab["file"]), "wb") as fh:
            fh.write(data)
        labels.append(lab)
    labels.sort(key=lambda l: l["file"])
    with open(LABELS, "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(LABELS, encoding="utf-8") as fh:
        reread = [json.loads(line) for line in fh]
    errs = validate(reread)
    summary(reread)
    if errs:
        print("VALIDATION FAILED: %d problem(s)" % len(errs))
        for x in errs:
            print("  " + x)
        sys.exit(1)
    print("validation: OK (%d files parsed with email.policy.default, no defects)" % len(reread))


# ==========================================================================
# THE MESSAGES
# ==========================================================================

# ---------------------------------------------------------------- English --

msg("en_001_ken_ministry_outlook", "nomination", "en", "KEN",
    frm=("Kiprono, Samuel K.", "skiprono@ict.go.ke"), client="exchange", olang="EN-GB", tz="+0300",
    subject="RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-02 10:14:07 +0200", reply_to="circ", quote="circ",
    dels=[D("Jane Wanjiru Mwangi", title="Senior ICT Officer, Directorate of ICT Innovation", email="jwmwangi@ict.go.ke")],
    body="""
Dear Mr Clark,

Further to ITU Circular CI-19/35 dated 23 July 2019, the Ministry of Information, Communications and Technology of the Republic of Kenya is pleased to confirm its interest in the consultation sessions on "Fostering tech and innovation SMEs".

The Ministry nominates Ms. Jane Wanjiru Mwangi, Senior ICT Officer, Directorate of ICT Innovation, to participate in the first session on 10 September 2019 in Budapest. Her contact details are:
Email: jwmwangi@ict.go.ke
Tel: +254 20 4920 117 / +254 722 604 318

Kind regards,

Samuel K. Kiprono
For: Principal Secretary
State Department for ICT and Innovation
Ministry of Information, Communications and Technology
Teleposta Towers, Kenyatta Avenue, Nairobi
""")

msg("en_002_ind_dot_table", "nomination", "en", "IND",
    frm=("ADG (IR), DoT", "adgir-dot@gov.in"), client="outlook", olang="EN-IN", tz="+0530",
    subject="Nomination - ITU Circular CI-19/35 - Consultation session on tech and innovation SMEs, Budapest",
    rx="2019-08-09 08:47:55 +0200", cc="ddgir-dot@gov.in, dirir1-dot@gov.in",
    dels=[D("Rakesh Kumar Sharma", title="Deputy Director General (IR)", email="ddgir-dot@gov.in"),
          D("Priya Venkataraman", title="Director (SME Cell), C-DOT", email="priya.v@cdot.in")],
    table=("""
Sir/Madam,

With reference to ITU Circular CI-19/35 dated 23.07.2019, it is to convey the interest of Department of Telecommunications, Government of India in the consultation sessions "Fostering tech and innovation SMEs". The following officers are nominated for the first session at ITU Telecom World 2019, Budapest on 10th September 2019:
""", [["S.No.", "Name", "Designation", "E-mail", "Mobile"],
      ["1", "Shri Rakesh Kumar Sharma", "Deputy Director General (IR)", "ddgir-dot@gov.in", "+91 98110 45276"],
      ["2", "Smt. Priya Venkataraman", "Director (SME Cell), C-DOT", "priya.v@cdot.in", "+91 99580 13344"]],
    """
This issues with the approval of the competent authority.

Regards,

(Anil Kumar Gupta)
Assistant Director General (IR)
Department of Telecommunications
Sanchar Bhawan, 20 Ashoka Road, New Delhi - 110001
Tel: +91-11-2303 6580
"""))

msg("en_003_gbr_dcms_short", "nomination", "en", "GBR",
    frm=("Harriet Lyle-Bennett", "harriet.lyle-bennett@culture.gov.uk"), client="outlook", olang="EN-GB", tz="+0100",
    subject="RE: CI-19/35 SME consultation sessions", rx="2019-07-30 17:02:13 +0200",
    sess=[B, C],
    dels=[D("Tom Ellison", email="tom.ellison@culture.gov.uk")],
    body="""
Hi,

Thanks for the circular. The UK would like to take part in the Budapest session - we'd like to put forward Tom Ellison from our International Telecoms team (tom.ellison@culture.gov.uk). We'd also be keen to join the session planned around the CWG meetings early next year; we'll confirm who nearer the time.

Best wishes,
Harriet

Harriet Lyle-Bennett | Policy Adviser, International Telecoms
Department for Digital, Culture, Media & Sport
4th Floor, 100 Parliament Street, London SW1A 2BQ
OFFICIAL
""")

msg("en_004_nga_ncc_letter", "nomination", "en", "NGA",
    frm=("Chinwe Okafor", "cokafor@ncc.gov.ng"), client="lotus", tz="+0100",
    subject="RE: CONSULTATION SESSIONS FOR MEMBER STATES - NOMINATION OF PARTICIPANT (CI-19/35)",
    rx="2019-08-14 15:31:40 +0200",
    dels=[D("Adebayo Olufemi OGUNLEYE", title="Deputy Director, New Media & Information Security")],
    atts=[PDF("NCC_Letter_ITU_CI-19-35.pdf", ["NIGERIAN COMMUNICATIONS COMMISSION", "Office of the Executive Vice Chairman",
                                               "NCC/EVC/ITU/2019/118", "The Secretary-General, ITU, Geneva",
                                               "Nomination: Engr. Adebayo Olufemi OGUNLEYE"])],
    body="""
Dear Sir,

RE: CONSULTATION SESSIONS FOR MEMBER STATES: "FOSTERING TECH AND INNOVATION SMEs" - NOMINATION OF PARTICIPANT

Please find attached the letter of the Executive Vice Chairman of the Nigerian Communications Commission in respect of the above subject.

The Commission nominates Engr. Adebayo Olufemi OGUNLEYE, Deputy Director, New Media & Information Security, to represent Nigeria at the first consultation session in Budapest on 10 September 2019.

For further enquiries, kindly contact the undersigned.

Yours faithfully,

Chinwe Okafor (Mrs)
Principal Manager, International Cooperation
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
""")

msg("en_005_zmb_late_gmail", "nomination", "en", "ZMB", late=True,
    frm=("Namakau Siame", "namakau.siame@gmail.com"), client="gmail", tz="+0200",
    subject="Re: ITU SME consultation Budapest - Zambia nomination", rx="2019-08-19 09:41:22 +0200",
    dels=[D("Mwila Chanda Bwalya", title="Manager - Consumer Protection & Industry Development", email="mcbwalya@zicta.zm")],
    quote="circ",
    body="""
Dear ITU Secretariat,

Apologies for the late response. Kindly register the following officer from ZICTA for the SME consultation session in Budapest on 10th September:

Name: Mwila Chanda Bwalya
Position: Manager - Consumer Protection & Industry Development
Email: mcbwalya@zicta.zm
Phone: +260 211 244 425

Our official mail server has been experiencing challenges hence the use of this address.

Regards,
Namakau Siame
ZICTA International Relations
""")

msg("en_006_aus_interest", "interest_only", "en", "AUS",
    frm=("Reid, Lachlan", "Lachlan.Reid@communications.gov.au"), client="outlook", olang="EN-AU", tz="+1000",
    subject="RE: CI-19/35 - Consultation sessions for Member States [SEC=UNCLASSIFIED]",
    rx="2019-08-06 03:18:40 +0200", reply_to="circ",
    body="""
UNCLASSIFIED

Dear colleagues,

Australia thanks the ITU Secretary-General for the invitation in Circular CI-19/35 and wishes to register its interest in the consultation sessions on fostering tech and innovation SMEs.

We are currently finalising our delegation to ITU Telecom World 2019 and will advise the name of our participant in the Budapest session as soon as possible.

Kind regards

Lachlan Reid
Assistant Director | International Engagement Section
Department of Communications and the Arts
GPO Box 2154 Canberra ACT 2601
T +61 2 6271 1470

UNCLASSIFIED
""")

msg("en_007_can_later_sessions", "interest_only", "en", "CAN",
    frm=("Tremblay-Ross, Geneviève (ISED/ISDE)", "genevieve.tremblay-ross@canada.ca"), client="outlook", olang="EN-CA",
    tz="-0400", subject="RE: ITU Circular CI-19/35", rx="2019-08-15 21:05:33 +0200", sess=[C, W],
    body="""
Good afternoon,

Thank you for circular CI-19/35. Unfortunately Canada will not be in a position to send a representative to the first session in Budapest, as our delegation to ITU Telecom World is very limited this year. We would, however, be very interested in contributing to the sessions planned alongside the Council Working Group meetings in early 2020 and the WSIS Forum 2020, and will nominate someone closer to those dates.

Regards / Cordialement,

Geneviève Tremblay-Ross
Senior Policy Analyst, International Telecommunications Policy | Analyste principale des politiques, Politique internationale des télécommunications
Innovation, Science and Economic Development Canada / Government of Canada
Innovation, Sciences et Développement économique Canada / Gouvernement du Canada
""")

msg("en_008_zaf_inquiry", "inquiry", "en", "ZAF",
    frm=("Thandiwe Nkosi", "tnkosi@dtps.gov.za"), client="exchange", olang="EN-ZA", tz="+0200",
    subject="Query: ITU Circular CI-19/35 - Budapest consultation session", rx="2019-08-07 11:26:02 +0200",
    body="""
Dear Mr Clark,

We refer to Circular CI-19/35. Before we submit our nomination, could you kindly clarify the following:

1. Will remote participation be possible for the Budapest session on 10 September?
2. Is participation in the session open to representatives of SME development agencies (e.g. SEDA), or only to officials of the administration?
3. Will the ITU cover the ITU Telecom World registration fee for the nominated participant?

Your earliest response would be appreciated.

Kind regards
Thandiwe Nkosi
Deputy Director: ICT International Affairs and Trade
Department of Telecommunications and Postal Services
iParioli Office Park, 1166 Park Street, Hatfield, Pretoria
""")

msg("en_009_sgp_out_of_office", "auto_reply", "en", None,
    frm=("Daniel KOH (MFA)", "daniel_koh@mfa.gov.sg"), client="outlook", olang="EN-SG", tz="+0200",
    subject="Automatic reply: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-07-23 16:14:51 +0200",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am away from the office until 26 August 2019 with limited access to email.

For urgent matters relating to ITU, please contact Ms Grace Lim at grace_lim@mfa.gov.sg or +41 22 795 01 01.

Best regards,
Daniel Koh
Permanent Mission of the Republic of Singapore, Geneva
""")


def postfix_bounce(key, rcpt, remote, diag, orig_headers, orig_text, arrival, orig_cs="utf-8", mta="mx1.itu.int"):
    human = """\
This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host %s said: %s
""" % (mta, rcpt, remote, diag)
    dsn = """\
Reporting-MTA: dns; %s
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; %s
Diagnostic-Code: smtp; %s
""" % (mta, hx(key, 10, True), arrival, rcpt, rcpt, remote.split("[")[0], diag.replace("\n    ", " "))
    inner = inner_message(orig_headers, TXT(orig_text, cs=orig_cs, cte="quoted-printable"), key + "/inner")
    return MULTI("report",
                 TXT(human, cs="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
                 RAWPART("message/delivery-status", dsn, extra=["Content-Description: Delivery report"]),
                 RAWPART("message/rfc822", inner, extra=["Content-Description: Undelivered Message"]),
                 params='report-type=delivery-status')


msg("en_010_bounce_postfix_ack", "bounce", "en", None,
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.itu.int"), env="", hops=1, tz="+0200",
    subject="Undelivered Mail Returned to Sender", rx="2019-08-05 09:02:47 +0200",
    extra=["Auto-Submitted: auto-replied"],
    parts=postfix_bounce(
        "en_010", "jane.mwangi@ict.go.ke", "mail.ict.go.ke[197.248.5.130]",
        "550 5.1.1\n    <jane.mwangi@ict.go.ke>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)",
        ["From: SME <sme@itu.int>", "To: jane.mwangi@ict.go.ke", "Cc: skiprono@ict.go.ke",
         "Subject: Acknowledgement - CI-19/35 consultation session, Budapest",
         "Date: Mon, 5 Aug 2019 09:02:41 +0200", "Message-ID: <ack-ken-0805.8c2f1@itu.int>"],
        """Dear Ms Mwangi,

Thank you for the nomination received from the Ministry of Information, Communications and Technology of Kenya. We have registered your participation in the consultation session "Fostering tech and innovation SMEs" on 10 September 2019 in Budapest. A detailed agenda will follow.

Best regards,
SME Team
International Telecommunication Union""",
        "Mon,  5 Aug 2019 09:02:41 +0200 (CEST)"))

msg("en_011_unrelated_newsletter", "unrelated", "en", None,
    frm=("SME Digital Summit 2019", "news@smedigitalsummit-events.com"), client="zimbra", tz="+0000",
    to="undisclosed-recipients:;", env="bounce-7731-sme=itu.int@mailer.smedigitalsummit-events.com",
    subject="Last chance: Early-bird rate for SME Digital Summit 2019 ends Friday!",
    rx="2019-08-08 12:00:09 +0200",
    extra=["List-Unsubscribe: <mailto:unsubscribe-7731@mailer.smedigitalsummit-events.com>", "Precedence: bulk"],
    body="""
SME DIGITAL SUMMIT 2019 | 24-25 October | Lisbon

Dear Innovator,

Only three days left to secure your early-bird pass for Europe's fastest-growing gathering of digital SMEs, start-ups and policy makers!

This year's speakers include:
- Dr. Helen Marsh, Chief Economist, European SME Alliance
- Rui Carvalho, Founder & CEO, Beacon Robotics
- Prof. Ingrid Solberg, Norwegian School of Economics

Workshops: scaling tech SMEs, access to finance, public procurement, and the new SME membership schemes of international standards bodies.

Register now and save 30%: https://smedigitalsummit-events.com/register

You are receiving this e-mail because you attended one of our events. Unsubscribe: https://smedigitalsummit-events.com/u/7731
""")

msg("en_012_phl_dict_two", "nomination", "en", "PHL",
    frm=("International Cooperation Service - DICT", "ics@dict.gov.ph"), client="gmail", tz="+0800",
    subject="Re: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-13 05:47:19 +0200", reply_to="circ", quote="circ",
    dels=[D("Maria Cristina P. dela Cruz", title="OIC-Director, ICT Industry Development Bureau"),
          D("Ramon G. Villanueva", title="Chief, Startup Ecosystem Division")],
    body="""
Dear Sir/Madam:

Greetings from the Department of Information and Communications Technology (DICT) of the Philippines!

In response to Circular CI-19/35, we are pleased to inform you that the DICT nominates Atty. Maria Cristina P. dela Cruz, OIC-Director, ICT Industry Development Bureau, as the Philippines' participant to the first consultation session on "Fostering tech and innovation SMEs" on 10 September 2019 in Budapest, Hungary.

She will be accompanied by Engr. Ramon G. Villanueva, Chief, Startup Ecosystem Division.

Thank you and best regards.

Very truly yours,

JOSEFINA R. MANALO
Director IV, International Cooperation Service
Department of Information and Communications Technology
C.P. Garcia Ave., Diliman, Quezon City
""")

msg("en_013_gha_self_yahoo", "nomination", "en", "GHA",
    frm=("John Mensah", "johnkmensah72@yahoo.com"), client="plain", tz="+0000", cte="quoted-printable",
    subject="Registration - SME consultation session Budapest 10 Sept", rx="2019-08-12 14:21:36 +0200",
    mailer="X-Mailer: WebService/1.1.14127 YMailNorrin Mozilla/5.0 (Linux; Android 9)",
    dels=[D("John Kwame Mensah", "John K. Mensah", title="Deputy Director, Research & Innovation", email="jk.mensah@nca.org.gh")],
    body="""
Good day,

My name is John Kwame Mensah and I am the Deputy Director, Research & Innovation at the National Communications Authority (NCA) of Ghana. I have been asked by our Director General to register myself for the first consultation session on 10 September in Budapest, since I will already be at Telecom World with the Ghana pavilion.

I am writing from my personal address as I am currently on the road; please copy my official email jk.mensah@nca.org.gh in any correspondence.

Thank you.
John K. Mensah

Sent from Yahoo Mail on Android
""")

msg("en_014_usa_two_agencies", "nomination", "en", "USA",
    frm=("Feldman, Mark J", "FeldmanMJ@state.gov"), client="outlook", olang="EN-US", tz="-0400",
    subject="RE: ITU Circular CI-19/35 - U.S. participation", rx="2019-08-15 16:40:12 +0200",
    cc='"Thornton, Rebecca L" <ThorntonRL@state.gov>',
    dels=[D("Rebecca L. Thornton", title="Foreign Affairs Officer, Office of Multilateral Affairs", email="ThorntonRL@state.gov"),
          D("David Okoro", title="International Trade Specialist, U.S. Small Business Administration, Office of International Trade", email="david.okoro@sba.gov")],
    body="""
Dear ITU Secretariat,

The United States appreciates the invitation contained in Circular CI-19/35. We would like to register Ms. Rebecca L. Thornton, Foreign Affairs Officer, Office of Multilateral Affairs, Bureau of Economic and Business Affairs (CIP), U.S. Department of State, as the U.S. participant in the Budapest consultation session on September 10. Ms. Thornton can be reached at ThorntonRL@state.gov.

Please also add Mr. David Okoro, International Trade Specialist, U.S. Small Business Administration, Office of International Trade (david.okoro@sba.gov).

Sincerely,

Mark Feldman
Deputy Director, Multilateral Affairs
Office of International Communications and Information Policy
U.S. Department of State

SBU
This email is UNCLASSIFIED.
""")

msg("en_015_ken_correction_replace", "correction", "en", "KEN", late=True, sup="en_001_ken_ministry_outlook",
    frm=("Kiprono, Samuel K.", "skiprono@ict.go.ke"), client="exchange", olang="EN-GB", tz="+0300",
    subject="RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs - CHANGE OF PARTICIPANT",
    rx="2019-08-28 08:55:30 +0200", reply_to="en_001_ken_ministry_outlook", quote=("msg", "en_001_ken_ministry_outlook"),
    dels=[D("Peter Otieno Ochieng", title="ICT Officer, Directorate of E-Government", email="pochieng@ict.go.ke")],
    body="""
Dear Mr Clark,

Please note that due to unforeseen circumstances Ms. Jane Wanjiru Mwangi will no longer be able to travel to Budapest.

The Ministry therefore nominates Mr. Peter Otieno Ochieng, ICT Officer, Directorate of E-Government (pochieng@ict.go.ke, +254 733 118 902), to attend the consultation session on 10 September 2019 in her place.

We apologise for any inconvenience.

Kind regards,

Samuel K. Kiprono
For: Principal Secretary
State Department for ICT and Innovation
""")

msg("en_016_kepsa_private_sector", "nomination", "en", None,
    frm=("Brian Njoroge", "bnjoroge@kepsa.or.ke"), client="gmail", tz="+0300",
    subject="KEPSA participation - ITU consultation on tech and innovation SMEs", rx="2019-08-09 10:12:44 +0200",
    dels=[D("Akinyi Odhiambo-Wekesa", title="Head of ICT Sector Board", email="aodhiambo@kepsa.or.ke")],
    body="""
Dear Sir/Madam,

The Kenya Private Sector Alliance (KEPSA) has learned of the ITU consultation sessions on fostering tech and innovation SMEs through the Ministry of ICT. As the apex body of the private sector in Kenya, with a large ICT SME membership, we would be glad to take part in the Budapest session.

We propose Ms. Akinyi Odhiambo-Wekesa, Head of ICT Sector Board, KEPSA (aodhiambo@kepsa.or.ke).

Kindly advise whether non-governmental organisations may attend, and on any registration requirements.

Yours sincerely,

Brian Kariuki Njoroge
Office of the CEO
Kenya Private Sector Alliance (KEPSA)
5th Floor, Shelter Afrique Centre, Upper Hill, Nairobi
""")

msg("en_017_bgd_mission_forward", "nomination", "en", "BGD",
    frm=("Permanent Mission of Bangladesh Geneva", "mission.geneva@mofa.gov.bd"), client="gmail", tz="+0200",
    subject="Fwd: Nomination for ITU consultation session on SMEs, Budapest", rx="2019-08-13 16:22:05 +0200",
    dels=[D("Md. Nasim Parvez", title="Director General, Engineering & Operations Division, BTRC"),
          D("Farzana Akter", title="Deputy Director, International Affairs, BTRC", email="farzana.akter@btrc.gov.bd")],
    body="""
Dear Sir/Madam,

The Permanent Mission of the People's Republic of Bangladesh to the United Nations Office and other International Organizations in Geneva presents its compliments to the ITU Secretariat and has the honour to forward herewith the nomination received from the Bangladesh Telecommunication Regulatory Commission (BTRC) in response to Circular CI-19/35.

With best regards,

Md. Shahriar Kabir
First Secretary
Permanent Mission of Bangladesh, Geneva
65 rue de Lausanne, 1202 Geneva
Tel: +41 22 906 80 20

---------- Forwarded message ---------
From: International Affairs BTRC <intl@btrc.gov.bd>
Date: Mon, 12 Aug 2019 at 11:03
Subject: Nomination for ITU consultation session on SMEs, Budapest
To: Permanent Mission of Bangladesh Geneva <mission.geneva@mofa.gov.bd>


Dear First Secretary,

Bangladesh Telecommunication Regulatory Commission (BTRC) is pleased to nominate the following officials for the consultation session "Fostering tech and innovation SMEs" to be held on 10 September 2019 at ITU Telecom World 2019, Budapest:

1. Brig. Gen. Md. Nasim Parvez, Director General, Engineering & Operations Division, BTRC
2. Mrs. Farzana Akter, Deputy Director, International Affairs, BTRC (farzana.akter@btrc.gov.bd)

Kindly forward the nomination to ITU.

Regards,
Kazi Mahmudul Hasan
Assistant Director, International Affairs, BTRC
IEB Bhaban, Ramna, Dhaka-1000
""")

msg("en_018_tto_late_by_seconds", "nomination", "en", "TTO", late=True,
    frm=("Dexter Charles", "dcharles@mpa.gov.tt"), client="outlook", olang="EN-US", tz="-0400", lag=29,
    subject="Trinidad and Tobago - Nomination - SME consultation, ITU Telecom World 2019",
    rx="2019-08-17 00:00:41 +0200",
    dels=[D("K. Ramdial-Persad", title="Telecommunications Specialist, ICT Policy Unit", email="kramdial-persad@mpa.gov.tt")],
    body="""
Good day,

Please see below the nomination of the Republic of Trinidad and Tobago for the SME consultation session at ITU Telecom World 2019:

Name: Ms. K. Ramdial-Persad
Title: Telecommunications Specialist, ICT Policy Unit
Organisation: Ministry of Public Administration
Email: kramdial-persad@mpa.gov.tt
Telephone: +1 868 625 4201 ext. 2213

Regards,

Dexter Charles
Senior Policy Analyst (Ag.)
Ministry of Public Administration
National Library Building, Port of Spain
""")

msg("en_019_are_tra_mixed_signature", "nomination", "en", "ARE",
    frm=("Fatima Al Hammadi", "fatima.alhammadi@tra.gov.ae"), client="outlook", olang="EN-US", tz="+0400", logo=True,
    subject="RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-11 10:03:58 +0200", reply_to="circ", quote="circ", sess=[B, C],
    dels=[D("Khalid Saeed Al Mansoori", title="Director, ICT Sector Development")],
    body="""
Dear Sir/Madam,

With reference to ITU circular CI-19/35, the Telecommunications Regulatory Authority (TRA) of the United Arab Emirates is pleased to nominate Eng. Khalid Saeed Al Mansoori, Director, ICT Sector Development, for the consultation session to be held on 10 September 2019 in Budapest.

Eng. Khalid will also follow the sessions to be held during the Council Working Group meetings in 2020.

Best regards,

Fatima Al Hammadi
Senior Specialist - International Affairs
International Affairs Department | إدارة الشؤون الدولية
هيئة تنظيم الاتصالات | Telecommunications Regulatory Authority
P.O. Box 26662, Abu Dhabi, UAE
""")

msg("en_020_startup_fee_inquiry", "inquiry", "en", None,
    frm=("Aditya Kulkarni", "aditya@sensoriumlabs.in"), client="gmail", tz="+0530",
    subject="Can a startup join the SME consultation in Budapest?", rx="2019-08-03 07:15:40 +0200",
    body="""
Hello ITU team,

I run a small IoT hardware startup in Pune, India (Sensorium Labs Pvt Ltd, 14 employees). A friend at the Department of Telecommunications forwarded me circular CI-19/35.

Two quick questions:
- Can a company like ours attend the consultation session on 10 September in Budapest, or is it only for government delegates?
- What will the new reduced fee for SME associates be from January 2020, and which study groups would it cover?

Thanks a lot,
Aditya Kulkarni
Founder, Sensorium Labs
+91 98220 71155
""")

msg("en_021_nzl_decline", "decline", "en", "NZL",
    frm=("Aroha Whaanga-Tipene", "aroha.whaanga-tipene@mbie.govt.nz"), client="outlook", olang="EN-NZ", tz="+1200",
    subject="RE: CI-19/35 - Consultation sessions for Member States", rx="2019-08-14 01:12:50 +0200",
    body="""
Kia ora,

Thank you for the invitation in Circular CI-19/35. Regrettably New Zealand will not be represented at ITU Telecom World 2019 and is therefore unable to participate in the consultation session in Budapest. We do not intend to nominate a participant at this stage.

Ngā mihi,

Aroha Whaanga-Tipene
Senior Policy Advisor | Communications Policy
Ministry of Business, Innovation & Employment | Hīkina Whakatutuki
15 Stout Street, Wellington 6011
""")

_ndr_text = """\
Delivery has failed to these recipients or groups:

saleem.akhtar@moitt.gov.pk
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EXCH-HUB01.moitt.gov.pk

saleem.akhtar@moitt.gov.pk
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: SME <sme@itu.int>
To: <saleem.akhtar@moitt.gov.pk>
Subject: RE: CI-19/35 - nomination received
Date: Wed, 7 Aug 2019 15:40:11 +0200
Message-ID: <sme-20190807-154011-pak@itu.int>
"""
msg("en_022_bounce_exchange_ndr", "bounce", "en", None,
    frm=("Microsoft Outlook", "postmaster@moitt.gov.pk"), env="", client="exchange", tz="+0500", olang="EN-US",
    subject="Undeliverable: RE: CI-19/35 - nomination received", rx="2019-08-07 15:40:26 +0200",
    host="mail.moitt.gov.pk", ip="202.83.161.40",
    parts=MULTI("report",
                MULTI("alternative", TXT(_ndr_text, cs="us-ascii", cte="7bit"),
                      TXT("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>"
                          "<p><font size=\"2\" face=\"Tahoma\"><a href=\"mailto:saleem.akhtar@moitt.gov.pk\">saleem.akhtar@moitt.gov.pk</a><br>"
                          "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.</font></p>"
                          "<p><font size=\"2\" face=\"Tahoma\">Generating server: EXCH-HUB01.moitt.gov.pk</font></p></body></html>",
                          sub="html", cs="us-ascii", cte="quoted-printable")),
                RAWPART("message/delivery-status",
                        "Reporting-MTA: dns;EXCH-HUB01.moitt.gov.pk\nReceived-From-MTA: dns;mx1.itu.int\n"
                        "Arrival-Date: Wed, 7 Aug 2019 18:40:14 +0500\n\n"
                        "Final-Recipient: rfc822;saleem.akhtar@moitt.gov.pk\nAction: failed\nStatus: 5.1.10\n"
                        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
                RAWPART("text/rfc822-headers",
                        "Received: from mx1.itu.int (156.106.4.21) by EXCH-HUB01.moitt.gov.pk\n (10.1.1.12) with Microsoft SMTP Server id 15.1.1713.5; Wed, 7 Aug 2019\n 18:40:14 +0500\n"
                        "From: SME <sme@itu.int>\nTo: <saleem.akhtar@moitt.gov.pk>\nSubject: RE: CI-19/35 - nomination received\n"
                        "Date: Wed, 7 Aug 2019 15:40:11 +0200\nMessage-ID: <sme-20190807-154011-pak@itu.int>\n"),
                params='report-type=delivery-status'))

msg("en_023_read_receipt_mlt", "auto_reply", "en", None,
    frm=("Camilleri Joseph at MFA", "joseph.b.camilleri@gov.mt"), client="exchange", tz="+0200", olang="EN-GB",
    subject="Read: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-07-24 09:31:17 +0200",
    parts=MULTI("report",
                TXT("Your message\n\n  To: Camilleri Joseph at MFA\n  Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs\n  Sent: Tuesday, July 23, 2019 4:12:05 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\n\nwas read on Wednesday, July 24, 2019 9:31:10 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n",
                    cs="us-ascii", cte="7bit"),
                RAWPART("message/disposition-notification",
                        "Reporting-UA: EXCH-MBX02.gov.mt; Microsoft Exchange Server 2016\n"
                        "Final-Recipient: rfc822;joseph.b.camilleri@gov.mt\n"
                        "Original-Message-ID: " + CIRC_MID + "\n"
                        "Disposition: manual-action/MDN-sent-manually; displayed\n"),
                params='report-type=disposition-notification'))

# ----------------------------------------------------------------- French --

msg("fr_001_sen_ment_latin1", "nomination", "fr", "SEN",
    frm=("Cabinet MENT", "cabinet@numerique.gouv.sn"), client="plain", cs="iso-8859-1", cte="quoted-printable",
    henc="Q", tz="+0000", wrap=True,
    subject="Réponse à la circulaire CI-19/35 - Désignation du participant du Sénégal",
    rx="2019-08-05 13:48:21 +0200",
    dels=[D("Mamadou Lamine DIOP", title="Directeur des Télécommunications", email="mlamine.diop@numerique.gouv.sn")],
    body="""
Monsieur le Secrétaire général,

Faisant suite à votre lettre circulaire CI-19/35 du 23 juillet 2019 relative aux sessions de consultation "Promouvoir les PME technologiques et innovantes", j'ai l'honneur de vous faire part de l'intérêt du Sénégal pour cette initiative.

A cet effet, le Ministère de l'Économie numérique et des Télécommunications désigne M. Mamadou Lamine DIOP, Directeur des Télécommunications, pour prendre part à la première session qui se tiendra le 10 septembre 2019 à Budapest, en marge d'ITU Telecom World 2019.

Ses coordonnées sont les suivantes :
Tél. : +221 33 849 77 10
Courriel : mlamine.diop@numerique.gouv.sn

Veuillez agréer, Monsieur le Secrétaire général, l'expression de ma haute considération.

Pour le Ministre et par délégation,
Le Directeur de Cabinet

Ousmane NDIAYE
""")

msg("fr_002_fra_dge_outlook", "nomination", "fr", "FRA",
    frm=("DUBOIS-LEFÈVRE Claire", "claire.dubois-lefevre@finances.gouv.fr"), client="outlook", cs="iso-8859-1",
    henc="Q", olang="FR-FR", tz="+0200",
    subject="RE: CI-19/35 - Sessions de consultation pour les États Membres: Promouvoir les PME technologiques et innovantes",
    rx="2019-08-01 11:37:46 +0200", reply_to="circ", quote="circ",
    cc='"MERCIER Julien" <julien.mercier@finances.gouv.fr>',
    dels=[D("Claire Dubois-Lefèvre", title="cheffe du bureau des affaires numériques internationales",
            email="claire.dubois-lefevre@finances.gouv.fr")],
    body="""
Madame, Monsieur,

En réponse à la circulaire CI-19/35, la France confirme son intérêt pour la série de consultations sur les PME technologiques et innovantes.

Je participerai moi-même à la session du 10 septembre à Budapest, en qualité de cheffe du bureau des affaires numériques internationales à la Direction générale des entreprises (DGE).

Mon collègue Julien Mercier (service des affaires multilatérales), en copie, suivra le dossier depuis Paris mais ne se rendra pas à Budapest.

Bien cordialement,

Claire Dubois-Lefèvre
Cheffe du bureau des affaires numériques internationales
Direction générale des entreprises - Service de l'économie numérique
Ministère de l'Économie et des Finances
61, boulevard Vincent Auriol - 75703 Paris Cedex 13
Tél. : +33 (0)1 53 18 44 27
""")

msg("fr_003_civ_artci_surname_first", "nomination", "fr", "CIV",
    frm=("ARTCI - Coopération Internationale", "cooperation@artci.ci"), client="plain", cs="windows-1252", cte="8bit",
    tz="+0000", wrap=True, hcs="windows-1252", henc="Q",
    subject="CI-19/35 : désignation des participants de la Côte d'Ivoire",
    rx="2019-08-08 16:05:12 +0200",
    dels=[D("KOUASSI Yao Jean-Baptiste", title="Directeur de l'Economie, de la Prospective et de la Concurrence",
            email="yjb.kouassi@artci.ci"),
          D("TRAORE Aminata", title="Chargée d'études, Service Innovation et PME numériques", email="a.traore@artci.ci")],
    body="""
Monsieur le Secrétaire Général,

Nous accusons réception de votre circulaire CI-19/35 et vous remercions pour cette invitation.

L'Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI) a l'honneur de vous communiquer ci-après les noms des participants désignés pour la première session de consultation prévue le 10 septembre 2019 à Budapest :

1) M. KOUASSI Yao Jean-Baptiste
   Directeur de l'Economie, de la Prospective et de la Concurrence
   yjb.kouassi@artci.ci - (+225) 20 34 43 85

2) Mlle TRAORE Aminata
   Chargée d'études, Service Innovation et PME numériques
   a.traore@artci.ci - (+225) 20 34 43 12

Nous vous prions d'agréer, Monsieur le Secrétaire Général, l'assurance de notre haute considération.

P/Le Directeur Général
Le Directeur des Affaires Juridiques et de la Coopération Internationale
KONAN Affoué Bernadette

ARTCI - Marcory Anoumabo, rue Lepic - 18 BP 2203 Abidjan 18
""")

msg("fr_004_che_ofcom_wsis", "nomination", "fr", "CHE",
    frm=("Bernasconi Luca BAKOM", "luca.bernasconi@bakom.admin.ch"), client="outlook", olang="FR-CH", tz="+0200",
    subject="AW: CI-19/35 - Sessions de consultation / Participation de la Suisse",
    rx="2019-08-12 09:12:40 +0200", sess=[B, W],
    dels=[D("Luca Bernasconi", title="Conseiller scientifique, Section Affaires internationales", email="luca.bernasconi@bakom.admin.ch")],
    body="""
Madame, Monsieur,

Nous vous remercions de votre invitation. La Suisse souhaite participer à la série de consultations « Promouvoir les PME technologiques et innovantes ».

J'aurai le plaisir de représenter l'Office fédéral de la communication (OFCOM) lors de la session du 10 septembre à Budapest. Nous serions également heureux de contribuer à la session prévue pendant le Forum du SMSI 2020 à Genève, à laquelle je participerai également.

Meilleures salutations

Luca Bernasconi
Conseiller scientifique, Section Affaires internationales

Département fédéral de l'environnement, des transports, de l'énergie et de la communication DETEC
Office fédéral de la communication OFCOM / Bundesamt für Kommunikation BAKOM
Rue de l'Avenir 44, 2501 Bienne
Tél. +41 58 460 55 11
luca.bernasconi@bakom.admin.ch
www.ofcom.admin.ch
""")

msg("fr_005_mar_anrt_interest", "interest_only", "fr", "MAR",
    frm=("Division Coopération - ANRT", "cooperation@anrt.ma"), client="exchange", olang="FR-FR", tz="+0100",
    subject="TR: CI-19/35 Sessions de consultation", rx="2019-08-16 12:44:02 +0200",
    body="""
Madame, Monsieur,

Suite à la lettre circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications (ANRT) a l'honneur de vous faire part de l'intérêt du Royaume du Maroc pour les sessions de consultation consacrées à la promotion des PME technologiques et innovantes.

Le nom du participant à la session de Budapest vous sera communiqué dans les meilleurs délais, dès validation par notre Direction générale.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Division de la Coopération et des Relations Internationales
ANRT - Centre d'affaires, Boulevard Ar-Ryad, Hay Ryad, Rabat
""")

msg("fr_006_civ_correction_replace", "correction", "fr", "CIV", sup="fr_003_civ_artci_surname_first",
    frm=("ARTCI - Coopération Internationale", "cooperation@artci.ci"), client="plain", cs="windows-1252", cte="8bit",
    tz="+0000", wrap=True, hcs="windows-1252", henc="Q",
    subject="RE: CI-19/35 : désignation des participants de la Côte d'Ivoire - MODIFICATION",
    rx="2019-08-14 10:20:33 +0200", reply_to="fr_003_civ_artci_surname_first", quote=("msg", "fr_003_civ_artci_surname_first"),
    qstyle="original", ui="fr",
    dels=[D("KOUASSI Yao Jean-Baptiste", title="Directeur de l'Economie, de la Prospective et de la Concurrence",
            email="yjb.kouassi@artci.ci"),
          D("N'GUESSAN Koffi Serge", title="Chef du Service Innovation et PME numériques", email="ks.nguessan@artci.ci")],
    body="""
Monsieur le Secrétaire Général,

Suite à notre courriel ci-dessous, nous vous informons que Mlle TRAORE Aminata, empêchée, est remplacée par Dr N'GUESSAN Koffi Serge, Chef du Service Innovation et PME numériques (ks.nguessan@artci.ci).

La délégation de la Côte d'Ivoire pour la session du 10 septembre 2019 à Budapest se compose donc comme suit :
- M. KOUASSI Yao Jean-Baptiste, Directeur de l'Economie, de la Prospective et de la Concurrence ;
- Dr N'GUESSAN Koffi Serge, Chef du Service Innovation et PME numériques.

Avec nos remerciements.

P/Le Directeur Général
KONAN Affoué Bernadette
""")

msg("fr_007_tun_decline", "decline", "fr", "TUN",
    frm=("Bureau de la Coopération Internationale", "bci@mtcen.gov.tn"), client="zimbra", tz="+0100", cs="utf-8",
    subject="Re: Circulaire CI-19/35", rx="2019-08-09 14:02:19 +0200",
    body="""
Madame, Monsieur,

Le Ministère des Technologies de la Communication et de l'Economie Numérique remercie l'Union internationale des télécommunications pour son invitation à la série de consultations "Promouvoir les PME technologiques et innovantes".

Nous avons le regret de vous informer que la Tunisie ne pourra pas participer à la session du 10 septembre 2019 à Budapest en raison d'engagements antérieurs.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Le Chef du Bureau de la Coopération Internationale
Mohamed Ali BEN SLIMANE
""")

msg("fr_008_cod_late_gmail_noaccents", "nomination", "fr", "COD", late=True,
    frm=("jp mukendi", "jpmukendi.arptc@gmail.com"), client="gmail", tz="+0100",
    subject="participation session PME budapest", rx="2019-08-22 18:37:05 +0200",
    dels=[D("Jean-Pierre MUKENDI KABONGO", title="Chef de Division Economie numerique", email="jpmukendi.arptc@gmail.com")],
    body="""
Bonjour,

Je suis Jean-Pierre MUKENDI KABONGO, Chef de Division Economie numerique a l'Autorite de Regulation de la Poste et des Telecommunications du Congo (ARPTC). Notre President m'a designe pour representer la RDC a la session de consultation sur les PME du 10 septembre a Budapest.

Je m'excuse pour le retard, nous n'avons recu la circulaire que la semaine passee par le Ministere.

Merci de confirmer mon inscription.

Cordialement
JP Mukendi
ARPTC Kinshasa
+243 81 555 02 17
""")

msg("fr_009_bfa_inquiry_funding", "inquiry", "fr", "BFA",
    frm=("SAWADOGO Issouf", "issouf.sawadogo@arcep.bf"), client="thunderbird", cs="utf-8", tz="+0000",
    subject="Demande d'information - circulaire CI-19/35", rx="2019-08-02 10:51:44 +0200",
    body="""
Monsieur Clark,

Nous avons bien reçu la circulaire CI-19/35 et l'ARCEP du Burkina Faso est intéressée par la session de Budapest.

Avant de désigner notre représentant, nous souhaiterions savoir si l'UIT prévoit une prise en charge (billet d'avion et/ou indemnités de séjour) pour les participants des pays les moins avancés, comme c'est le cas pour certaines réunions des commissions d'études.

Dans l'attente de votre retour, recevez nos salutations distinguées.

Issouf SAWADOGO
Chef du Service de la Coopération
Autorité de Régulation des Communications Électroniques et des Postes (ARCEP)
Ouagadougou, Burkina Faso
""")

msg("fr_010_auto_reply_absence", "auto_reply", "fr", None,
    frm=("GARNIER Sophie", "sophie.garnier@finances.gouv.fr"), client="outlook", olang="FR-FR", tz="+0200",
    subject="Réponse automatique : CI-19/35 - Sessions de consultation pour les États Membres",
    rx="2019-07-23 16:15:02 +0200", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Bonjour,

Je suis absente du bureau jusqu'au lundi 19 août inclus, avec un accès limité à ma messagerie.

Pour toute question urgente, merci de contacter le secrétariat du service au 01 53 18 40 00.

Cordialement,
Sophie Garnier
""")

msg("fr_011_cmr_minpostel_letter", "nomination", "fr", "CMR",
    frm=("Division de la Coopération MINPOSTEL", "dci@minpostel.gov.cm"), client="plain", cs="windows-1252", cte="8bit",
    hcs="windows-1252", tz="+0100", wrap=True,
    subject="Participation du Cameroun - Sessions de consultation PME (CI-19/35)", rx="2019-08-16 17:58:10 +0200",
    dels=[D("NGONO ATANGANA Paul Hervé", title="Sous-Directeur de la Promotion des TIC", email="ph.ngono@minpostel.gov.cm"),
          D("ABENA née MBARGA Christine", title="Chef de Service des PME numériques")],
    body="""
REPUBLIQUE DU CAMEROUN                    REPUBLIC OF CAMEROON
Paix - Travail - Patrie                   Peace - Work - Fatherland
MINISTERE DES POSTES ET TELECOMMUNICATIONS
SECRETARIAT GENERAL
DIVISION DE LA COOPERATION

N° 0417/MINPOSTEL/SG/DC                   Yaoundé, le 16 août 2019

Le Ministre des Postes et Télécommunications
à
Monsieur le Secrétaire Général de l'Union Internationale des Télécommunications
GENEVE

Objet : Sessions de consultation "Promouvoir les PME technologiques et innovantes"
Réf. : Votre lettre circulaire CI-19/35 du 23 juillet 2019

Monsieur le Secrétaire Général,

Comme suite à la lettre circulaire citée en référence, j'ai l'honneur de vous confirmer l'intérêt du Cameroun pour la série de consultations susvisée et de vous communiquer ci-après la composition de la délégation camerounaise à la session du 10 septembre 2019 à Budapest :

- M. NGONO ATANGANA Paul Hervé, Ingénieur des Télécommunications, Sous-Directeur de la Promotion des TIC (ph.ngono@minpostel.gov.cm) ;
- Mme ABENA née MBARGA Christine, Chef de Service des PME numériques.

Je vous prie d'agréer, Monsieur le Secrétaire Général, l'assurance de ma haute considération.

Le Ministre des Postes et Télécommunications
(é) Minette LIBOM LI LIKENG
""")

msg("fr_012_univ_lome_self", "nomination", "fr", None,
    frm=("Komlan Agbeko", "k.agbeko@univ-lome.tg"), client="thunderbird", cs="utf-8", tz="+0000",
    subject="Candidature - session de consultation sur les PME technologiques (Budapest)",
    rx="2019-08-10 20:14:39 +0200",
    dels=[D("Komlan AGBEKO", title="Maître de conférences, Ecole Nationale Supérieure d'Ingénieurs (ENSI)",
            email="k.agbeko@univ-lome.tg")],
    body="""
Madame, Monsieur,

Enseignant-chercheur à l'Université de Lomé, je coordonne l'incubateur universitaire "Lomé Tech Lab" qui accompagne une trentaine de jeunes PME du numérique.

Ayant pris connaissance de la circulaire CI-19/35, je souhaiterais participer à titre personnel, en tant qu'universitaire, à la session de consultation du 10 septembre 2019 à Budapest, où je serai présent pour ITU Telecom World.

Dr Komlan AGBEKO
Maître de conférences, Ecole Nationale Supérieure d'Ingénieurs (ENSI)
Université de Lomé - BP 1515 Lomé, Togo
+228 90 12 47 83
""")

msg("fr_013_ben_arcep_budapest_wsis", "nomination", "fr", "BEN",
    frm=("ARCEP BENIN", "courrier@arcep.bj"), client="gmail", tz="+0100",
    subject="Re: CI-19/35 - Sessions de consultation pour les États Membres: Promouvoir les PME technologiques et innovantes",
    rx="2019-08-16 23:58:52 +0200", lag=44, reply_to="circ", quote="circ", sess=[B, W],
    dels=[D("Fifamè Rosine AHOUANSOU", title="Chef Service Veille Technologique et Innovation", email="r.ahouansou@arcep.bj")],
    body="""
Monsieur le Secrétaire Général,

En réponse à votre circulaire, l'Autorité de Régulation des Communications Electroniques et de la Poste (ARCEP BENIN) manifeste son intérêt pour la série de consultations et désigne Madame Fifamè Rosine AHOUANSOU, Chef Service Veille Technologique et Innovation, pour la session de Budapest ainsi que pour celle du Forum du SMSI 2020.

Contact : r.ahouansou@arcep.bj / +229 21 31 72 90

Respectueusement,

Le Secrétaire Exécutif
""")

msg("fr_014_sen_withdrawal", "decline", "fr", "SEN",
    frm=("Cabinet MENT", "cabinet@numerique.gouv.sn"), client="plain", cs="iso-8859-1", cte="quoted-printable",
    henc="Q", tz="+0000", wrap=True,
    subject="Annulation - participation du Sénégal à la session du 10 septembre (CI-19/35)",
    rx="2019-09-03 11:09:57 +0200", reply_to="fr_001_sen_ment_latin1",
    body="""
Monsieur le Secrétaire général,

Nous faisons suite à notre courrier du 5 août 2019 par lequel le Sénégal désignait M. Mamadou Lamine DIOP pour la session de consultation du 10 septembre à Budapest.

En raison d'un empêchement de dernière minute, M. DIOP ne pourra se rendre à Budapest et nous ne sommes malheureusement pas en mesure de désigner un remplaçant dans les délais. Nous vous prions donc de bien vouloir retirer cette inscription ; le Sénégal ne sera pas représenté à cette session.

Le Sénégal reste néanmoins intéressé par la suite des travaux.

Veuillez agréer, Monsieur le Secrétaire général, l'expression de ma haute considération.

Le Directeur de Cabinet
Ousmane NDIAYE
""")

msg("fr_015_other_circular_spectrum", "unrelated", "fr", None,
    frm=("Direction de la Gestion des Fréquences", "dgf@arcep.ne"), client="plain", cs="iso-8859-1", cte="quoted-printable",
    henc="Q", tz="+0100",
    subject="Désignation - Atelier régional sur la gestion du spectre (lettre BR/IAP/2019-07)",
    rx="2019-08-06 09:40:15 +0200",
    body="""
Madame, Monsieur,

En réponse à votre lettre du Bureau des radiocommunications relative à l'atelier régional sur la gestion du spectre, qui se tiendra à Niamey du 1er au 3 octobre 2019, l'Autorité de Régulation des Communications Electroniques et de la Poste du Niger désigne M. Ibrahim MOUSSA HALIDOU, Ingénieur Fréquences, pour y participer.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Le Directeur de la Gestion des Fréquences
Abdoulaye SEYDOU
""")

msg("fr_016_mdg_artec_malagasy_names", "nomination", "fr", "MDG",
    frm=("ARTEC Madagascar", "artec@artec.mg"), client="zimbra", tz="+0300", cs="utf-8",
    subject="CI-19/35 - Désignation", rx="2019-08-15 07:31:26 +0200",
    dels=[D("RAKOTOMALALA Andry Nirina", title="Directeur des Etudes et de la Planification", email="andry.rakotomalala@artec.mg")],
    body="""
Madame, Monsieur,

L'Autorité de Régulation des Technologies de Communication (ARTEC) de Madagascar a le plaisir de vous informer qu'elle sera représentée à la session de consultation du 10 septembre 2019 par :

Nom et prénoms : RAKOTOMALALA Andry Nirina
Fonction : Directeur des Etudes et de la Planification
E-mail : andry.rakotomalala@artec.mg
Téléphone : +261 20 22 321 19

Cordialement,

Le Directeur Général de l'ARTEC
RANDRIANARISOA Haja Lalaina
""")

# ---------------------------------------------------------------- Spanish --

msg("es_001_mex_ift", "nomination", "es", "MEX",
    frm=("Gómez Ruiz María Fernanda", "mariafernanda.gomez@ift.org.mx"), client="outlook", olang="ES-MX", tz="-0500",
    henc="Q", subject="RE: CI-19/35 - Sesiones de consulta para los Estados Miembros", rx="2019-08-08 00:21:14 +0200",
    reply_to="circ", quote="circ",
    dels=[D("María Fernanda Gómez Ruiz", title="Directora General Adjunta de Asuntos Internacionales",
            email="mariafernanda.gomez@ift.org.mx")],
    body="""
Estimados señores:

Por instrucciones del Mtro. Alejandro Ibarra Cortés, Titular de la Unidad de Asuntos Internacionales del Instituto Federal de Telecomunicaciones (IFT), me permito confirmar el interés de México en participar en las sesiones de consulta "Fomento de las pymes tecnológicas e innovadoras".

Asimismo, les informo que la suscrita, Lic. María Fernanda Gómez Ruiz, Directora General Adjunta de Asuntos Internacionales, participará en la primera sesión, a celebrarse el 10 de septiembre en Budapest.

Quedo a sus órdenes.

Saludos cordiales,

María Fernanda Gómez Ruiz
Directora General Adjunta de Asuntos Internacionales
Unidad de Asuntos Internacionales | Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México
Tel. +52 55 5015 4000 ext. 2287
""")

msg("es_002_esp_sead_fields", "nomination", "es", "ESP",
    frm=("SG Sociedad Digital - Internacional", "internacional.sead@economia.gob.es"), client="outlook", olang="ES-ES",
    cs="iso-8859-1", henc="Q", tz="+0200",
    subject="RE: CI-19/35 - Sesiones de consulta para los Estados Miembros: Fomento de las pymes tecnológicas e innovadoras",
    rx="2019-08-13 13:05:49 +0200", quote="circ",
    dels=[D("Javier Martín-Herrera López", title="Subdirector General Adjunto de Sociedad Digital",
            email="javier.martinherrera@economia.gob.es")],
    body="""
Muy Sres. nuestros:

En relación con la carta circular CI-19/35, la Secretaría de Estado para el Avance Digital del Ministerio de Economía y Empresa les comunica el interés de España en participar en la primera sesión de consulta y designa al siguiente participante:

Nombre: D. Javier Martín-Herrera López
Cargo: Subdirector General Adjunto de Sociedad Digital
Organismo: Secretaría de Estado para el Avance Digital
Correo electrónico: javier.martinherrera@economia.gob.es
Teléfono: +34 91 346 15 43

Atentamente,

Área de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
C/ Poeta Joan Maragall, 41 - 28020 Madrid
""")

msg("es_003_arg_enacom_two", "nomination", "es", "ARG",
    frm=("Relaciones Internacionales ENACOM", "relacionesinternacionales@enacom.gob.ar"), client="plain",
    cs="iso-8859-1", cte="quoted-printable", henc="Q", tz="-0300",
    subject="Designación de participantes - Circular UIT CI-19/35", rx="2019-08-12 20:11:03 +0200",
    dels=[D("Martín Ezequiel Rossi", title="Gerente de Innovación y Desarrollo", email="mrossi@enacom.gob.ar"),
          D("Valeria Soledad Benítez", title="Coordinadora de Programas para Pymes TIC", email="vbenitez@enacom.gob.ar")],
    body="""
Señor Secretario General:

Tengo el agrado de dirigirme a usted en respuesta a la Carta Circular CI-19/35, a fin de informarle que el Ente Nacional de Comunicaciones (ENACOM) de la República Argentina participará en la sesión de consulta del 10 de septiembre de 2019 en Budapest con los siguientes representantes:

* Ing. Martín Ezequiel Rossi - Gerente de Innovación y Desarrollo (mrossi@enacom.gob.ar)
* Lic. Valeria Soledad Benítez - Coordinadora de Programas para Pymes TIC (vbenitez@enacom.gob.ar)

Sin otro particular, saludo a usted atentamente.

Lic. Gustavo A. Ferrero
Subdirector de Relaciones Internacionales
ENACOM - Perú 103, C1067AAC, Ciudad Autónoma de Buenos Aires
""")

msg("es_004_col_mintic_table_late", "nomination", "es", "COL", late=True,
    frm=("Asuntos Internacionales MinTIC", "internacional@mintic.gov.co"), client="outlook", olang="ES-CO", tz="-0500",
    henc="Q", subject="Postulación Colombia - Sesión de consulta pymes tecnológicas - Budapest",
    rx="2019-08-20 17:44:18 +0200",
    dels=[D("Laura Camila Restrepo Ocampo", title="Asesora del Despacho del Viceministro de Economía Digital",
            email="lrestrepo@mintic.gov.co")],
    table=("""
Respetados señores,

Reciban un cordial saludo del Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia. En atención a la Circular CI-19/35, y pidiendo excusas por la demora, nos permitimos informar la designación de la siguiente funcionaria para la primera sesión de consulta:
""", [["Nombre", "Cargo", "Correo", "Teléfono"],
      ["Dra. Laura Camila Restrepo Ocampo", "Asesora del Despacho del Viceministro de Economía Digital", "lrestrepo@mintic.gov.co", "+57 1 344 3460 ext. 1702"]],
    """
Cordialmente,

Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Cra. 8a entre calles 12A y 12B, Bogotá
"""))

msg("es_005_per_mtc_interest", "interest_only", "es", "PER",
    frm=("Oficina de Cooperación Internacional MTC", "oci@mtc.gob.pe"), client="zimbra", tz="-0500",
    subject="Rpta. Circular CI-19/35", rx="2019-08-15 23:40:07 +0200",
    body="""
Estimados señores de la UIT:

Por especial encargo de la Dirección General de Políticas y Regulación en Comunicaciones, manifestamos el interés del Ministerio de Transportes y Comunicaciones del Perú en participar en las sesiones de consulta sobre pymes tecnológicas e innovadoras.

En los próximos días les haremos llegar el nombre del participante designado para la sesión de Budapest.

Atentamente,

Oficina de Cooperación Internacional
Ministerio de Transportes y Comunicaciones
Jr. Zorritos 1203, Lima
""")

msg("es_006_col_correction_session", "correction", "es", "COL", late=True, sup="es_004_col_mintic_table_late", sess=[W],
    frm=("Asuntos Internacionales MinTIC", "internacional@mintic.gov.co"), client="outlook", olang="ES-CO", tz="-0500",
    henc="Q", subject="RE: Postulación Colombia - Sesión de consulta pymes tecnológicas - Budapest",
    rx="2019-09-02 22:03:51 +0200", reply_to="es_004_col_mintic_table_late", quote=("msg", "es_004_col_mintic_table_late"),
    dels=[D("Laura Camila Restrepo Ocampo", email="lrestrepo@mintic.gov.co")],
    body="""
Respetados señores,

En alcance a nuestro correo del 20 de agosto, les informamos que por razones de agenda la Dra. Laura Camila Restrepo Ocampo no podrá viajar a Budapest. Solicitamos amablemente que su inscripción se traslade a la sesión de consulta que se realizará durante el Foro de la CMSI 2020.

Colombia no estará representada en la sesión del 10 de septiembre.

Cordialmente,

Oficina de Asuntos Internacionales - MinTIC
""")

msg("es_007_chl_subtel_decline", "decline", "es", "CHL",
    frm=("Subtel - Asuntos Internacionales", "internacional@subtel.gob.cl"), client="exchange", olang="ES-CL", tz="-0400",
    henc="Q", subject="RE: Circular UIT CI-19/35", rx="2019-08-05 19:33:30 +0200",
    body="""
Estimados:

Agradecemos la invitación de la Unión Internacional de Telecomunicaciones a participar en las sesiones de consulta sobre pymes tecnológicas e innovadoras.

Lamentamos informar que la Subsecretaría de Telecomunicaciones de Chile no podrá participar en la sesión del 10 de septiembre en Budapest, debido a restricciones presupuestarias para viajes en el presente ejercicio.

Saludos cordiales,

Departamento de Asuntos Internacionales
Subsecretaría de Telecomunicaciones
Amunátegui 139, Santiago
""")

msg("es_008_ury_inquiry_interpretation", "inquiry", "es", "URY",
    frm=("Fernández, Lucía", "lfernandez@ursec.gub.uy"), client="thunderbird", tz="-0300",
    subject="Consulta - sesiones de consulta pymes (CI-19/35)", rx="2019-08-06 15:18:27 +0200",
    body="""
Estimado Sr. Clark:

Desde la Unidad Reguladora de Servicios de Comunicaciones (URSEC) de Uruguay quisiéramos saber si la sesión del 10 de septiembre en Budapest contará con interpretación simultánea al español, y si se prevé la posibilidad de participación remota.

La respuesta nos ayudará a definir a quién designar.

Muchas gracias de antemano.

Lucía Fernández
Asesora en Relaciones Internacionales
URSEC - Av. Uruguay 988, Montevideo
""")

_cub_inner = inner_message(
    ["Date: Thu, 8 Aug 2019 10:22:13 -0400",
     "From: " + addr("Dirección de Relaciones Internacionales MINCOM", "dri@mincom.gob.cu"),
     "To: " + addr("Misión Permanente de Cuba en Ginebra", "misioncuba.ginebra@mincom.gob.cu"),
     "Subject: " + ew("Designación para sesión de consulta UIT sobre pymes (CI-19/35)"),
     "Message-ID: <5d4c3f85.dri.8812@mincom.gob.cu>"],
    TXT("""Estimados compañeros de la Misión:

Les solicitamos transmitir a la Secretaría de la UIT que el Ministerio de Comunicaciones de la República de Cuba designa para la sesión de consulta "Fomento de las pymes tecnológicas e innovadoras" (Budapest, 10 de septiembre de 2019) a:

- Ing. Yanelis Rodríguez Pérez, Especialista Principal, Dirección de Informatización (yanelis.rodriguez@mincom.gob.cu)
- MSc. Osmany Castillo Leyva, Director de Desarrollo de Software, Empresa de Tecnologías de la Información (DESOFT)

Saludos revolucionarios,

Dirección de Relaciones Internacionales
Ministerio de Comunicaciones""", cs="iso-8859-1", cte="quoted-printable"), "es_009_inner")

msg("es_009_cub_mission_forward_attached", "nomination", "es", "CUB",
    frm=("Misión Permanente de Cuba en Ginebra", "misioncuba.ginebra@mincom.gob.cu"), client="thunderbird", tz="+0200",
    subject="Fwd: Designación para sesión de consulta UIT sobre pymes (CI-19/35)", rx="2019-08-09 11:47:36 +0200",
    dels=[D("Yanelis Rodríguez Pérez", title="Especialista Principal, Dirección de Informatización",
            email="yanelis.rodriguez@mincom.gob.cu"),
          D("Osmany Castillo Leyva", title="Director de Desarrollo de Software, Empresa de Tecnologías de la Información (DESOFT)")],
    parts=MULTI("mixed",
                TXT("""La Misión Permanente de la República de Cuba ante la Oficina de las Naciones Unidas en Ginebra y otros Organismos Internacionales con sede en Suiza saluda atentamente a la Secretaría de la Unión Internacional de Telecomunicaciones y tiene el honor de remitirle adjunta la comunicación del Ministerio de Comunicaciones de Cuba, con la designación de los participantes en la primera sesión de consulta convocada mediante la Circular CI-19/35.

Saludos,

Ernesto Varona Quintana
Tercer Secretario
Misión Permanente de Cuba - Ginebra
Chemin de Valérie 100, 1292 Chambésy
""", cs="utf-8", cte="8bit"),
                RAWPART("message/rfc822", _cub_inner, disp="attachment")))

msg("es_010_alampyme_nonmember", "nomination", "es", None,
    frm=("Héctor Pavón", "hpavon@alampyme.org"), client="gmail", tz="-0300",
    subject="Participación de ALAMPYME en la sesión de consulta de la UIT sobre pymes", rx="2019-08-11 02:55:12 +0200",
    dels=[D("Héctor Julián Pavón Arce", title="Secretario Ejecutivo", email="hpavon@alampyme.org")],
    body="""
Señores
Unión Internacional de Telecomunicaciones
Presente

De nuestra mayor consideración:

La Asociación Latinoamericana de Micro, Pequeños y Medianos Empresarios (ALAMPYME), que agrupa a cámaras y federaciones de pymes de 18 países de la región, ha tomado conocimiento de la Circular CI-19/35 y desea sumarse al diálogo sobre el fomento de las pymes tecnológicas.

En tal sentido, les informamos que nuestro Secretario Ejecutivo, Héctor Julián Pavón Arce, asistirá a ITU Telecom World y participaría con gusto en la sesión del 10 de septiembre.

Atentamente,

Héctor Julián Pavón Arce
Secretario Ejecutivo - ALAMPYME
Montevideo | Buenos Aires | Lima
""")

msg("es_011_auto_reply_vacaciones", "auto_reply", "es", None,
    frm=("Patricia Elena Villalobos", "pvillalobos@micitt.go.cr"), client="exchange", olang="ES-CR", tz="-0600",
    henc="Q", subject="Respuesta automática: CI-19/35 - Sesiones de consulta para los Estados Miembros",
    rx="2019-07-23 16:18:44 +0200", extra=["Auto-Submitted: auto-replied"],
    body="""
Estimado(a) remitente:

Me encuentro de vacaciones del 22 de julio al 9 de agosto de 2019. Su correo será atendido a mi regreso.

Para asuntos urgentes relacionados con la UIT, favor comunicarse con el Sr. Andrés Solano Mora, asolano@micitt.go.cr.

Saludos,
Patricia Villalobos
Viceministerio de Telecomunicaciones - MICITT
""")

msg("es_012_pry_conatel_gmail_two", "nomination", "es", "PRY",
    frm=("Rodrigo Ayala", "rodrigo.ayala.conatel@gmail.com"), client="gmail", tz="-0400",
    subject="inscripcion sesion pymes Budapest - Paraguay", rx="2019-08-16 19:07:33 +0200",
    cc="lgimenez@conatel.gov.py",
    dels=[D("Rodrigo Ayala Benítez", "Rodrigo Ayala", title="Jefe del Departamento de Innovación Tecnológica",
            email="rodrigo.ayala.conatel@gmail.com"),
          D("Liz Carolina Giménez", title="Asesora Jurídica", email="lgimenez@conatel.gov.py")],
    body="""
Buenas tardes,

Por indicación del Directorio de la Comisión Nacional de Telecomunicaciones (CONATEL) de Paraguay, solicitamos la inscripción de las siguientes personas para la sesión de consulta del 10 de septiembre en Budapest:

1. Rodrigo Ayala Benítez (quien suscribe) - Jefe del Departamento de Innovación Tecnológica
2. Abog. Liz Carolina Giménez - Asesora Jurídica - lgimenez@conatel.gov.py

Escribo desde mi correo personal porque el servidor institucional está en mantenimiento.

Gracias,
Rodrigo Ayala
CONATEL Paraguay
""")

msg("es_013_gtm_sit_cwg_only", "nomination", "es", "GTM", sess=[C],
    frm=("Superintendencia de Telecomunicaciones", "relaciones.internacionales@sit.gob.gt"), client="outlook",
    olang="ES-GT", tz="-0600", henc="Q",
    subject="RE: CI-19/35 - Sesiones de consulta", rx="2019-08-14 18:26:09 +0200",
    dels=[D("Carlos Enrique Morales Ixcot", title="Intendente de Regulación y Vigilancia")],
    body="""
Estimados señores:

La Superintendencia de Telecomunicaciones de Guatemala agradece la invitación. Lamentablemente no nos será posible asistir a la sesión de Budapest; no obstante, deseamos participar en la sesión que se realizará durante las reuniones de los Grupos de Trabajo del Consejo a inicios de 2020, para la cual designamos al Ing. Carlos Enrique Morales Ixcot, Intendente de Regulación y Vigilancia.

Atentamente,

Unidad de Relaciones Internacionales
Superintendencia de Telecomunicaciones de Guatemala
""")

msg("es_014_arg_withdrawal", "decline", "es", "ARG",
    frm=("Relaciones Internacionales ENACOM", "relacionesinternacionales@enacom.gob.ar"), client="plain",
    cs="iso-8859-1", cte="quoted-printable", henc="Q", tz="-0300",
    subject="RE: Designación de participantes - Circular UIT CI-19/35 - se deja sin efecto",
    rx="2019-08-30 15:42:40 +0200", reply_to="es_003_arg_enacom_two", quote=("msg", "es_003_arg_enacom_two"),
    qstyle="original", ui="es",
    body="""
Señor Secretario General:

Me dirijo a usted con relación a nuestra nota de fecha 12 de agosto, a fin de solicitarle que se deje sin efecto la designación de los representantes de ENACOM para la sesión de consulta del 10 de septiembre, toda vez que por razones de índole administrativa la delegación no podrá viajar a Budapest.

Agradecemos su comprensión.

Lic. Gustavo A. Ferrero
Subdirector de Relaciones Internacionales
""")

msg("es_015_unrelated_webinar", "unrelated", "es", None,
    frm=("Digital Pyme Latam", "info@digitalpymelatam.com"), client="gmail", tz="-0500", to="sme@itu.int",
    subject="Webinar gratuito: 5 claves para digitalizar tu pyme en 2020",
    rx="2019-08-21 17:00:41 +0200", extra=["List-Unsubscribe: <https://digitalpymelatam.com/baja>"],
    body="""
Hola,

¿Tu empresa está lista para la transformación digital? Te invitamos a nuestro webinar gratuito el jueves 29 de agosto a las 10:00 (hora de Bogotá).

Expositores:
- Mariana Cárdenas, especialista en comercio electrónico
- Luis Fernando Quintero, consultor en ciberseguridad para pymes

Inscríbete aquí: https://digitalpymelatam.com/webinar-agosto

Si no deseas recibir más correos, haz clic aquí para darte de baja.
""")

msg("es_016_bol_att_surname_comma", "nomination", "es", "BOL",
    frm=("Unidad de Relaciones Internacionales ATT", "rrii@att.gob.bo"), client="outlook", olang="ES-BO", tz="-0400",
    cs="iso-8859-1", henc="Q",
    subject="RE: CI-19/35 - Sesiones de consulta para los Estados Miembros", rx="2019-08-15 16:12:55 +0200",
    quote="circ",
    dels=[D("Juan Carlos Quispe Mamani", "QUISPE MAMANI, Juan Carlos", title="Profesional en Regulación de Telecomunicaciones",
            email="jquispe@att.gob.bo")],
    body="""
Señores UIT:

Por instrucción de la Dirección Ejecutiva de la Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT) del Estado Plurinacional de Bolivia, comunicamos que el Ing. Juan Carlos Quispe Mamani asistirá a la primera sesión de consulta en Budapest.

Apellidos y nombres: QUISPE MAMANI, Juan Carlos
Cargo: Profesional en Regulación de Telecomunicaciones
Correo: jquispe@att.gob.bo
Celular: +591 715 44 902

Saludos cordiales,

Unidad de Relaciones Internacionales - ATT
Calle 13 de Calacoto N° 8260, La Paz
""")

# ----------------------------------------------------------------- Arabic --

msg("ar_001_egy_mcit_cp1256", "nomination", "ar", "EGY",
    frm=("الإدارة المركزية للعلاقات الدولية", "intl.relations@mcit.gov.eg"), client="exchange", cs="windows-1256",
    olang="AR-EG", tz="+0200", henc="B",
    subject="رد: CI-19/35 - جلسات تشاور للدول الأعضاء", rx="2019-08-04 12:30:45 +0200", reply_to="circ", quote="circ",
    dels=[D("أحمد محمود عبد الفتاح", "Ahmed Mahmoud Abdel Fatah",
            title="مدير إدارة دعم ريادة الأعمال، هيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)",
            email="amahmoud@itida.gov.eg")],
    body="""
السيد/ كريستوفر كلارك
الاتحاد الدولي للاتصالات - جنيف

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 بتاريخ 23 يوليو 2019 بشأن جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسر وزارة الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية أن تعرب عن اهتمامها بالمشاركة، وترشح للجلسة الأولى المقرر عقدها في بودابست بتاريخ 10 سبتمبر 2019:

م. أحمد محمود عبد الفتاح
Eng. Ahmed Mahmoud Abdel Fatah
مدير إدارة دعم ريادة الأعمال، هيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)
البريد الإلكتروني: amahmoud@itida.gov.eg

وتفضلوا بقبول فائق الاحترام،

هبة عبد العزيز
الإدارة المركزية للعلاقات الدولية
وزارة الاتصالات وتكنولوجيا المعلومات
القرية الذكية - الكيلو 28 طريق القاهرة الإسكندرية الصحراوي
""")

_sau_rows = [["م", "الاسم", "Name", "المسمى الوظيفي", "البريد الإلكتروني"],
             ["1", "م. عبدالله بن سعد القحطاني", "Eng. Abdullah Saad Alqahtani", "مدير إدارة الابتكار وريادة الأعمال", "aalqahtani@citc.gov.sa"],
             ["2", "أ. نورة بنت خالد العتيبي", "Ms. Noura Khalid Alotaibi", "أخصائي أول سياسات", "nalotaibi@citc.gov.sa"]]
msg("ar_002_sau_citc_table", "nomination", "ar", "SAU",
    frm=("الشؤون الدولية - هيئة الاتصالات وتقنية المعلومات", "intl@citc.gov.sa"), client="outlook", olang="AR-SA", tz="+0300",
    subject="ترشيح ممثلي المملكة العربية السعودية - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة (CI-19/35)",
    rx="2019-08-11 09:14:27 +0200",
    dels=[D("عبدالله بن سعد القحطاني", "Abdullah Saad Alqahtani", title="مدير إدارة الابتكار وريادة الأعمال", email="aalqahtani@citc.gov.sa"),
          D("نورة بنت خالد العتيبي", "Noura Khalid Alotaibi", title="أخصائي أول سياسات", email="nalotaibi@citc.gov.sa")],
    table=("""
سعادة الأمين العام للاتحاد الدولي للاتصالات المحترم

السلام عليكم ورحمة الله وبركاته،

إشارة إلى الرسالة المعممة رقم CI-19/35 بشأن جلسات التشاور للدول الأعضاء حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، نفيدكم باهتمام المملكة العربية السعودية بالمشاركة في هذه الجلسات، ونرفق لكم أدناه بيانات المرشحين لحضور الجلسة الأولى في بودابست:
""", _sau_rows, """
وتقبلوا خالص التحية والتقدير،

الإدارة العامة للشؤون الدولية
هيئة الاتصالات وتقنية المعلومات
ص.ب 75606 الرياض 11588
"""))

msg("ar_003_jor_modee_thunderbird", "nomination", "ar", "JOR",
    frm=("Rana Al-Khatib", "rana.khatib@modee.gov.jo"), client="thunderbird", tz="+0300",
    subject="مشاركة الأردن في جلسة التشاور - بودابست", rx="2019-08-07 14:40:09 +0200",
    dels=[D("رنا فايز الخطيب", "Rana Fayez Al-Khatib", title="رئيسة قسم ريادة الأعمال الرقمية", email="rana.khatib@modee.gov.jo")],
    body="""
حضرات السادة في أمانة الاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

بالإشارة إلى رسالتكم المعممة CI-19/35، أود إعلامكم بأن وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية قد رشحتني لتمثيلها في جلسة التشاور الأولى المقرر عقدها يوم 10 أيلول 2019 في بودابست على هامش تليكوم العالمي.

مع خالص الشكر والتقدير،

رنا فايز الخطيب
رئيسة قسم ريادة الأعمال الرقمية
وزارة الاقتصاد الرقمي والريادة
--
Rana Fayez Al-Khatib
Head, Digital Entrepreneurship Section
Ministry of Digital Economy and Entrepreneurship, Amman - Jordan
Tel: +962 6 580 5642
""")

msg("ar_004_lby_mission_forward", "nomination", "ar", "LBY",
    frm=("البعثة الدائمة لدولة ليبيا - جنيف", "libya.mission.geneva@gmail.com"), client="gmail", tz="+0200",
    subject="Fwd: ترشيح لجلسة التشاور حول الشركات الصغيرة والمتوسطة", rx="2019-08-15 15:09:33 +0200",
    dels=[D("صلاح الدين علي المبروك", title="مدير إدارة التخطيط والتطوير", email="s.almabrouk@gcci.ly")],
    body="""
السادة/ أمانة الاتحاد الدولي للاتصالات المحترمين

تهديكم البعثة الدائمة لدولة ليبيا لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى بجنيف أطيب تحياتها، وتحيل إليكم طيه رسالة الهيئة العامة للاتصالات والمعلوماتية بشأن الترشيح لجلسة التشاور المشار إليها في الرسالة المعممة CI-19/35.

مع التقدير،
المستشار/ عمر سالم بن غلبون
البعثة الدائمة لدولة ليبيا - جنيف

---------- Forwarded message ---------
From: الهيئة العامة للاتصالات والمعلوماتية <info@gcci.ly>
Date: الأربعاء، 14 أغسطس 2019
Subject: ترشيح لجلسة التشاور حول الشركات الصغيرة والمتوسطة
To: البعثة الدائمة لدولة ليبيا - جنيف <libya.mission.geneva@gmail.com>


السادة/ البعثة الدائمة لدولة ليبيا بجنيف

بعد التحية،

نحيطكم علماً بأن الهيئة العامة للاتصالات والمعلوماتية قد رشحت المهندس/ صلاح الدين علي المبروك، مدير إدارة التخطيط والتطوير، للمشاركة في جلسة التشاور التي ستعقد في بودابست يوم 10 سبتمبر 2019، ونرجو التكرم بإبلاغ الاتحاد الدولي للاتصالات بذلك.

البريد الإلكتروني للمرشح: s.almabrouk@gcci.ly

والسلام عليكم،
مكتب التعاون الدولي
الهيئة العامة للاتصالات والمعلوماتية - طرابلس
""")

msg("ar_005_omn_tra_interest", "interest_only", "ar", "OMN",
    frm=("هيئة تنظيم الاتصالات - العلاقات الدولية", "international@tra.gov.om"), client="outlook", olang="AR-OM", tz="+0400",
    subject="RE: CI-19/35 - Consultation sessions for Member States", rx="2019-08-12 08:02:16 +0200", quote="circ",
    quote_lang="en", ui="en",
    body="""
حضرات السادة والسيدات،

تحية طيبة وبعد،

تود هيئة تنظيم الاتصالات بسلطنة عمان أن تعرب عن اهتمامها بالمشاركة في سلسلة جلسات التشاور بشأن تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، وسيتم موافاتكم باسم المشارك في الجلسة الأولى ببودابست في أقرب وقت ممكن.

وتفضلوا بقبول فائق الاحترام والتقدير،

دائرة العلاقات الدولية
هيئة تنظيم الاتصالات - مسقط
""")

msg("ar_006_egy_correction_spelling", "correction", "ar", "EGY", sup="ar_001_egy_mcit_cp1256",
    frm=("الإدارة المركزية للعلاقات الدولية", "intl.relations@mcit.gov.eg"), client="exchange", cs="windows-1256",
    olang="AR-EG", tz="+0200", henc="B",
    subject="رد: رد: CI-19/35 - جلسات تشاور للدول الأعضاء - تصحيح اسم", rx="2019-08-06 10:05:12 +0200",
    reply_to="ar_001_egy_mcit_cp1256", quote=("msg", "ar_001_egy_mcit_cp1256"),
    dels=[D("أحمد محمود عبد الفتاح", "Ahmed Mahmoud Abdelfattah",
            title="مدير إدارة دعم ريادة الأعمال، هيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)",
            email="amahmoud@itida.gov.eg")],
    body="""
السيد/ كريستوفر كلارك

تحية طيبة وبعد،

إلحاقاً برسالتنا أدناه، نرجو التكرم بتصحيح كتابة اسم المرشح باللغة الإنجليزية ليصبح مطابقاً لجواز السفر كما يلي:

Ahmed Mahmoud Abdelfattah

بدلاً من: Ahmed Mahmoud Abdel Fatah

مع العلم بأن باقي البيانات دون تغيير.

وتفضلوا بقبول فائق الاحترام،

هبة عبد العزيز
الإدارة المركزية للعلاقات الدولية
""")

msg("ar_007_kwt_citra_decline", "decline", "ar", "KWT",
    frm=("CITRA International Relations", "ir@citra.gov.kw"), client="exchange", cs="windows-1256", olang="AR-KW",
    tz="+0300", subject="الاعتذار عن المشاركة - CI-19/35", rx="2019-08-13 10:47:58 +0200",
    body="""
حضرات السادة/ الاتحاد الدولي للاتصالات المحترمين

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35، تشكر هيئة الاتصالات وتقنية المعلومات بدولة الكويت الاتحاد على دعوته الكريمة، وتعتذر عن عدم المشاركة في جلسة التشاور المزمع عقدها في بودابست نظراً لارتباطات مسبقة.

وتفضلوا بقبول وافر الاحترام،

إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات - دولة الكويت
""")

msg("ar_008_irq_cmc_late_tatweel", "nomination", "ar", "IRQ", late=True,
    frm=("هيئة الإعلام والاتصالات - قسم العلاقات الدولية", "intl@cmc.iq"), client="plain", cs="utf-8",
    cte="base64", tz="+0300", henc="B",
    subject="ترشيح ممثل جمهورية العراق - جلسة التشاور في بودابست", rx="2019-08-25 11:26:40 +0200",
    dels=[D("حيدر عبد الأمير الساعدي", "Haider Abdulameer Al-Saadi", title="مدير دائرة تقنية المعلومات",
            email="h.alsaadi@cmc.iq")],
    body="""
جمهورية العراق
هيئة الإعلام والاتصالات
قسم العلاقات الدولية

العدد: ع د/٤١٢
التاريخ: ٢٥/٨/٢٠١٩

الـى / الاتحاد الدولي للاتصالات - جنيف
م / ترشـيـح

تحية طيبة...

إشارة إلى رسالتكم المعممة المرقمة CI-19/35 في ٢٣/٧/٢٠١٩، نود إعلامكم بترشيح الدكتور حيدر عبد الأمير الساعدي (Dr. Haider Abdulameer Al-Saadi)، مدير دائرة تقنية المعلومات، لحضور جلسة التشاور الأولى في بودابست بتاريخ ١٠/٩/٢٠١٩، مع الاعتذار عن التأخر في الرد.

البريد الإلكتروني: h.alsaadi@cmc.iq

مع فائق التقدير...

قسم العلاقات الدولية
هيئة الإعلام والاتصالات - بغداد
""")

msg("ar_009_lbn_visa_inquiry", "inquiry", "ar", "LBN",
    frm=("Nadine Haddad", "nhaddad@mpt.gov.lb"), client="gmail", tz="+0300",
    subject="استفسار بخصوص جلسة التشاور في بودابست", rx="2019-08-09 13:55:21 +0200",
    body="""
حضرة السيد كريستوفر كلارك المحترم،

تحية طيبة،

نحن في وزارة الاتصالات في الجمهورية اللبنانية بصدد تحديد مشاركتنا في جلسة التشاور المقررة في بودابست. هل يمكن للاتحاد أن يزودنا برسالة دعوة رسمية لتسهيل الحصول على تأشيرة شنغن من سفارة هنغاريا في بيروت؟ وما هي المهلة المطلوبة لذلك؟

شكراً سلفاً لتعاونكم.

نادين حداد
مكتب العلاقات الدولية - وزارة الاتصالات
بيروت، لبنان
""")

msg("ar_010_qat_cra_honorifics", "nomination", "ar", "QAT", sess=[B, W],
    frm=("إدارة الشؤون الدولية", "international.affairs@cra.gov.qa"), client="outlook", olang="AR-QA", tz="+0300",
    subject="بشأن الرسالة المعممة CI-19/35", rx="2019-08-14 07:48:03 +0200",
    dels=[D("مريم عبدالله السليطي", "Maryam Abdulla Al-Sulaiti", title="مدير إدارة تطوير قطاع الاتصالات",
            email="msulaiti@cra.gov.qa")],
    body="""
سعادة الأمين العام للاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بتوجيه من سعادة رئيس هيئة تنظيم الاتصالات بدولة قطر، يسرنا إبلاغكم باهتمام دولة قطر بسلسلة جلسات التشاور، وبترشيح الدكتورة/ مريم عبدالله السليطي، مدير إدارة تطوير قطاع الاتصالات، للمشاركة في الجلسة الأولى في بودابست، وكذلك في الجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات لعام 2020.

Dr. Maryam Abdulla Al-Sulaiti - msulaiti@cra.gov.qa

وتفضلوا بقبول فائق الاحترام والتقدير،

إدارة الشؤون الدولية
هيئة تنظيم الاتصالات - الدوحة، قطر
""")

msg("ar_011_dza_arpce_french_signature", "nomination", "ar", "DZA",
    frm=("ARPCE - Relations Internationales", "ri@arpce.dz"), client="plain", cs="utf-8", cte="quoted-printable",
    tz="+0100", subject="ترشيح ممثل الجزائر - جلسة التشاور CI-19/35", rx="2019-08-16 10:31:17 +0200",
    dels=[D("كمال بن عيسى", "Kamel BENAISSA", title="مدير الدراسات والاستشراف", email="k.benaissa@arpce.dz")],
    body="""
السيدات والسادة،

تحية طيبة، وبعد

ردا على الرسالة المعممة رقم CI-19/35، تتشرف سلطة ضبط البريد والاتصالات الإلكترونية بإبلاغكم بترشيح السيد كمال بن عيسى، مدير الدراسات والاستشراف، للمشاركة في جلسة التشاور الأولى المقررة يوم 10 سبتمبر 2019 ببودابست.

Candidat : M. Kamel BENAISSA - Directeur des Etudes et de la Prospective - k.benaissa@arpce.dz

تقبلوا فائق عبارات التقدير والاحترام.

--
Direction des Relations Internationales
Autorité de Régulation de la Poste et des Communications Electroniques (ARPCE)
1, Rue Kaddour Rahim, Hussein Dey, Alger
Tél : +213 21 47 02 12
""")

msg("ar_012_auto_reply_arabic", "auto_reply", "ar", None,
    frm=("سالم الهاشمي", "salem.alhashmi@mofa.gov.ae"), client="exchange", cs="windows-1256", olang="AR-AE", tz="+0400",
    subject="رد تلقائي: CI-19/35 - Consultation sessions for Member States", rx="2019-07-23 16:20:09 +0200",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
شكراً لرسالتكم. أنا خارج المكتب حتى 4 أغسطس 2019 ولن أتمكن من الرد على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع مكتب البعثة على الرقم +41 22 918 00 00.

Thank you for your email. I am out of the office until 4 August 2019.
""")

msg("ar_013_ksu_university_self", "nomination", "ar", None,
    frm=("Sultan Aldossary", "saldossary@ksu.edu.sa"), client="outlook", olang="AR-SA", tz="+0300",
    subject="طلب مشاركة في جلسة التشاور حول الشركات الناشئة التقنية", rx="2019-08-10 18:20:41 +0200",
    dels=[D("سلطان بن فهد الدوسري", "Sultan F. Aldossary", title="أستاذ مشارك، معهد ريادة الأعمال", email="saldossary@ksu.edu.sa")],
    body="""
السادة أمانة الاتحاد الدولي للاتصالات،

السلام عليكم ورحمة الله وبركاته،

اطلعت على الرسالة المعممة CI-19/35، وبصفتي أستاذاً مشاركاً في معهد ريادة الأعمال بجامعة الملك سعود ومشرفاً على حاضنة الأعمال التقنية بالجامعة، أرغب في المشاركة في جلسة التشاور الأولى ببودابست بصفة أكاديمية.

مع الشكر والتقدير،

د. سلطان بن فهد الدوسري
أستاذ مشارك، معهد ريادة الأعمال
جامعة الملك سعود - الرياض
Dr. Sultan F. Aldossary | saldossary@ksu.edu.sa
""")

msg("ar_014_bhr_tra_two", "nomination", "ar", "BHR",
    frm=("TRA Bahrain - International Relations", "ir@tra.org.bh"), client="outlook", olang="AR-BH", tz="+0300",
    subject="CI-19/35 - ترشيحات مملكة البحرين", rx="2019-08-08 11:11:11 +0200",
    dels=[D("علي حسن العلوي", "Ali Hasan Alalawi", title="رئيس قسم السياسات والتخطيط", email="ali.alalawi@tra.org.bh"),
          D("فاطمة يوسف الجودر", "Fatema Yousif Aljowder", title="أخصائي تطوير أعمال", email="fatema.aljowder@tra.org.bh")],
    body="""
حضرات السادة والسيدات،

تحية طيبة وبعد،

يسر هيئة تنظيم الاتصالات بمملكة البحرين الإفادة بترشيح كل من:

1- السيد علي حسن العلوي (Mr. Ali Hasan Alalawi)، رئيس قسم السياسات والتخطيط - ali.alalawi@tra.org.bh
2- الآنسة فاطمة يوسف الجودر (Ms. Fatema Yousif Aljowder)، أخصائي تطوير أعمال - fatema.aljowder@tra.org.bh

للمشاركة في جلسة التشاور الأولى التي ستعقد في بودابست بتاريخ 10 سبتمبر 2019.

وتفضلوا بقبول فائق الاحترام،

قسم العلاقات الدولية
هيئة تنظيم الاتصالات - مملكة البحرين
""")

msg("ar_015_bhr_correction_remove_one", "correction", "ar", "BHR", sup="ar_014_bhr_tra_two",
    frm=("TRA Bahrain - International Relations", "ir@tra.org.bh"), client="outlook", olang="AR-BH", tz="+0300",
    subject="RE: CI-19/35 - ترشيحات مملكة البحرين - تعديل", rx="2019-08-15 12:37:20 +0200",
    reply_to="ar_014_bhr_tra_two", quote=("msg", "ar_014_bhr_tra_two"),
    dels=[D("علي حسن العلوي", "Ali Hasan Alalawi", title="رئيس قسم السياسات والتخطيط", email="ali.alalawi@tra.org.bh")],
    body="""
حضرات السادة والسيدات،

إلحاقاً برسالتنا السابقة، نرجو التكرم بحذف اسم الآنسة فاطمة يوسف الجودر من قائمة المشاركين لظروف طارئة، على أن يقتصر تمثيل مملكة البحرين في جلسة بودابست على السيد علي حسن العلوي (Mr. Ali Hasan Alalawi)، رئيس قسم السياسات والتخطيط.

مع الشكر،

قسم العلاقات الدولية
هيئة تنظيم الاتصالات - مملكة البحرين
""")

msg("ar_016_unrelated_aico_newsletter", "unrelated", "ar", None,
    frm=("النشرة الإخبارية", "newsletter@arab-ict-forum.org"), client="gmail", tz="+0100", to="undisclosed-recipients:;",
    subject="النشرة الشهرية - أغسطس 2019: المنتدى العربي للتحول الرقمي", rx="2019-08-19 10:00:02 +0200",
    extra=["Precedence: bulk", "List-Unsubscribe: <mailto:unsubscribe@arab-ict-forum.org>"],
    body="""
النشرة الشهرية - العدد 47 - أغسطس 2019

في هذا العدد:
- التحضيرات للمنتدى العربي للتحول الرقمي (تونس، 12-14 نوفمبر 2019)
- حوار مع الدكتور يوسف بن عمر، خبير الاقتصاد الرقمي، حول تمويل الشركات الناشئة
- ورشة عمل إقليمية حول أمن المعلومات للمؤسسات الصغيرة والمتوسطة

للتسجيل في المنتدى: www.arab-ict-forum.org/register

لإلغاء الاشتراك في النشرة، يرجى الضغط هنا.
""")

msg("ar_017_pse_observer_nomination", "nomination", "ar", None,
    frm=("Ministry of Telecom & IT - Palestine", "intl@mtit.pna.ps"), client="gmail", tz="+0300",
    subject="ترشيح للمشاركة في جلسة التشاور - بودابست", rx="2019-08-12 12:50:38 +0200",
    dels=[D("لينا جمال عودة", "Lina Jamal Odeh", title="مديرة دائرة الريادة والابتكار", email="l.odeh@mtit.pna.ps")],
    body="""
السادة الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

تهديكم وزارة الاتصالات وتكنولوجيا المعلومات في دولة فلسطين أطيب التحيات، وبالإشارة إلى الرسالة المعممة CI-19/35، يسرنا ترشيح السيدة لينا جمال عودة (Ms. Lina Jamal Odeh)، مديرة دائرة الريادة والابتكار، للمشاركة في جلسة التشاور الأولى في بودابست.

البريد الإلكتروني: l.odeh@mtit.pna.ps
الهاتف: +970 2 240 9123

مع فائق الاحترام،
الإدارة العامة للعلاقات الدولية والعامة
وزارة الاتصالات وتكنولوجيا المعلومات - رام الله
""")

# ---------------------------------------------------------------- Russian --

msg("ru_001_rus_mincifry_cp1251", "nomination", "ru", "RUS",
    frm=("Кузнецов Алексей Викторович", "a.kuznetsov@digital.gov.ru"), client="exchange", cs="windows-1251",
    olang="RU-RU", tz="+0300", henc="B",
    subject="RE: CI-19/35 - Консультационные сессии для Государств-Членов", rx="2019-08-07 10:58:04 +0200",
    reply_to="circ", quote="circ",
    dels=[D("Кузнецов Алексей Викторович", "А.В. Кузнецов", "Alexey V. Kuznetsov",
            title="заместитель директора Департамента международного сотрудничества", email="a.kuznetsov@digital.gov.ru")],
    body="""
Уважаемый г-н Кларк!

В ответ на циркулярное письмо МСЭ CI-19/35 от 23 июля 2019 г. Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации подтверждает заинтересованность в участии в серии консультационных сессий "Содействие развитию технологических и инновационных МСП".

Для участия в первой сессии (10 сентября 2019 г., Будапешт) назначен Кузнецов Алексей Викторович, заместитель директора Департамента международного сотрудничества (a.kuznetsov@digital.gov.ru, +7 495 987-62-11).

С уважением,
А.В. Кузнецов

--
Alexey V. Kuznetsov
Deputy Director, International Cooperation Department
Ministry of Digital Development, Communications and Mass Media of the Russian Federation
""")

msg("ru_002_kaz_koi8r_initials", "nomination", "ru", "KAZ",
    frm=("Ахметов Данияр", "d.akhmetov@mdai.gov.kz"), client="plain", cs="koi8-r", cte="8bit", tz="+0600", wrap=True,
    subject="Участие в консультационной сессии МСЭ (CI-19/35)", rx="2019-08-09 07:12:19 +0200",
    dels=[D("Ахметов Данияр Серикович", "Ахметов Д.С.", title="главный эксперт Департамента развития IT-индустрии",
            email="d.akhmetov@mdai.gov.kz")],
    body="""
Уважаемые коллеги!

Министерство цифрового развития, оборонной и аэрокосмической промышленности Республики Казахстан выражает заинтересованность в участии в консультационных сессиях МСЭ по поддержке технологических и инновационных МСП.

Для участия в первой сессии в Будапеште 10 сентября 2019 года определен Ахметов Данияр Серикович, главный эксперт Департамента развития IT-индустрии.
Контакты: d.akhmetov@mdai.gov.kz, тел. +7 7172 74 05 38.

С уважением,
Ахметов Д.С.
""")

msg("ru_003_blr_note_verbale", "nomination", "ru", "BLR",
    frm=("Постоянное представительство Республики Беларусь", "mission.by@bluewin.ch"), client="outlook", cs="utf-8",
    olang="RU-RU", tz="+0200", henc="B",
    subject="Нота ПП Беларуси - участие в консультационной сессии МСЭ (CI-19/35)", rx="2019-08-14 14:27:50 +0200",
    atts=[PDF("Nota_No_2-17_2196.pdf", ["Permanent Mission of the Republic of Belarus", "Note No. 2-17/2196", "Geneva, 14 August 2019"])],
    dels=[D("Ковалёв Андрей Николаевич", "Andrei KAVALIOU", title="начальник управления информатизации и развития цифровой экономики"),
          D("Ермакова Ольга Владимировна", "Volha YARMAKOVA", title="ведущий специалист отдела международного сотрудничества")],
    body="""
№ 2-17/2196

Постоянное представительство Республики Беларусь при Отделении ООН и других международных организациях в Женеве свидетельствует свое уважение Секретариату Международного союза электросвязи и, ссылаясь на циркулярное письмо CI-19/35 от 23 июля 2019 г., имеет честь сообщить, что для участия в первой консультационной сессии "Содействие развитию технологических и инновационных МСП" (Будапешт, 10 сентября 2019 г.) Министерство связи и информатизации Республики Беларусь направляет:

- Ковалёв Андрей Николаевич (Andrei KAVALIOU) - начальник управления информатизации и развития цифровой экономики;
- Ермакова Ольга Владимировна (Volha YARMAKOVA) - ведущий специалист отдела международного сотрудничества.

Постоянное представительство пользуется случаем, чтобы возобновить Секретариату Международного союза электросвязи уверения в своем высоком уважении.

Женева, 14 августа 2019 года

Оригинал ноты прилагается.
""")

msg("ru_004_kgz_interest", "interest_only", "ru", "KGZ",
    frm=("ГКИТиС КР", "info@ccit.gov.kg"), client="plain", cs="windows-1251", cte="quoted-printable", tz="+0600",
    subject="Ответ на циркулярное письмо CI-19/35", rx="2019-08-05 06:30:12 +0200",
    body="""
Уважаемый г-н Генеральный секретарь,

Государственный комитет информационных технологий и связи Кыргызской Республики выражает заинтересованность в участии в консультационных сессиях по содействию развитию технологических и инновационных МСП.

Кандидатура участника первой сессии будет сообщена дополнительно.

С уважением,
Управление международного сотрудничества ГКИТиС КР
г. Бишкек, ул. Исанова, 42
""")

msg("ru_005_rus_correction_replace_late", "correction", "ru", "RUS", late=True, sup="ru_001_rus_mincifry_cp1251",
    frm=("Смирнова Екатерина Игоревна", "e.smirnova@digital.gov.ru"), client="exchange", cs="windows-1251",
    olang="RU-RU", tz="+0300", henc="B",
    subject="RE: RE: CI-19/35 - замена участника", rx="2019-09-04 09:15:27 +0200",
    reply_to="ru_001_rus_mincifry_cp1251", quote=("msg", "ru_001_rus_mincifry_cp1251"),
    dels=[D("Смирнова Екатерина Игоревна", "Ekaterina Smirnova", title="консультант отдела многостороннего сотрудничества",
            email="e.smirnova@digital.gov.ru")],
    body="""
Уважаемые коллеги!

Информируем о замене участника консультационной сессии 10 сентября 2019 г. в Будапеште: вместо А.В. Кузнецова в сессии примет участие Смирнова Екатерина Игоревна (Ekaterina Smirnova), консультант отдела многостороннего сотрудничества Департамента международного сотрудничества.

Просим внести соответствующие изменения в список участников.

С уважением,
Е.И. Смирнова
тел. +7 495 987-62-40
""")

msg("ru_006_tjk_decline", "decline", "ru", "TJK",
    frm=("Служба связи РТ", "intl@khadamotialoqa.tj"), client="plain", cs="utf-8", cte="base64", tz="+0500",
    subject="О консультационных сессиях МСЭ", rx="2019-08-12 09:45:55 +0200",
    body="""
Уважаемые господа!

Служба связи при Правительстве Республики Таджикистан благодарит за приглашение принять участие в консультационных сессиях МСЭ.

К сожалению, в связи с плотным графиком мероприятий представитель Службы связи не сможет принять участие в сессии 10 сентября 2019 года в Будапеште.

С уважением,
Отдел международных связей
""")

msg("ru_007_uzb_inquiry", "inquiry", "ru", "UZB",
    frm=("Рахимов Бахтиёр", "b.rakhimov@mitc.uz"), client="yandex", cs="utf-8", tz="+0500",
    subject="Вопрос по консультационной сессии в Будапеште", rx="2019-08-06 08:04:37 +0200",
    html="""<div>Уважаемый г-н Кларк!</div><div> </div><div>Министерство по развитию информационных технологий и коммуникаций Республики Узбекистан рассматривает возможность участия в консультационной сессии 10 сентября в Будапеште.</div><div> </div><div>Просим уточнить:</div><div>1) может ли от одной страны участвовать более одного представителя;</div><div>2) требуется ли отдельная регистрация на ITU Telecom World 2019 для участников сессии.</div><div> </div><div>Заранее благодарим.</div><div> </div><div>-- </div><div>С уважением,</div><div>Бахтиёр Рахимов</div><div>Управление международного сотрудничества</div><div>Мининфоком Республики Узбекистан</div>
""")

msg("ru_008_tkm_late_utc_stamp", "nomination", "ru", "TKM", late=True,
    frm=("Овезов Мекан", "m.ovezov@mpc.gov.tm"), client="plain", cs="utf-8", cte="quoted-printable", tz="+0500", lag=95,
    subject="Кандидатура для участия в консультационной сессии МСЭ", rx="2019-08-16 22:10:44 +0000",
    dels=[D("Овезов Мекан Байрамович", "Mekan OVEZOV", title="начальник отдела информационных технологий",
            email="m.ovezov@mpc.gov.tm")],
    body="""
Уважаемые господа!

Министерство промышленности и коммуникаций Туркменистана сообщает, что для участия в консультационной сессии "Содействие развитию технологических и инновационных МСП" (Будапешт, 10 сентября 2019 г.) назначен:

Овезов Мекан Байрамович (Mekan OVEZOV) - начальник отдела информационных технологий
E-mail: m.ovezov@mpc.gov.tm

С уважением,
Министерство промышленности и коммуникаций Туркменистана
""")

msg("ru_009_bounce_mailru", "bounce", "ru", None,
    frm=("Mail Delivery System", "mailer-daemon@corp.mail.ru"), env="", client="plain", tz="+0300",
    subject="Недоставленное сообщение", rx="2019-08-08 12:11:02 +0200", host="fallback5.mail.ru", ip="94.100.181.164",
    parts=MULTI("report",
                TXT("""Это письмо создано автоматически сервером Mail.Ru,
отвечать на него не нужно.

К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:

ovezov.mekan@mail.ru
Такого почтового ящика нет. Проверьте правильность адреса получателя.

Сообщение было отправлено: Thu, 08 Aug 2019 12:10:58 +0200
Тема: Re: Вопрос по консультационной сессии в Будапеште
""", cs="utf-8", cte="base64"),
                RAWPART("message/delivery-status",
                        "Reporting-MTA: dns; fallback5.mail.ru\nArrival-Date: Thu, 08 Aug 2019 13:10:59 +0300\n\n"
                        "Final-Recipient: rfc822; ovezov.mekan@mail.ru\nAction: failed\nStatus: 5.1.1\n"
                        "Diagnostic-Code: smtp; 550 Message was not accepted -- invalid mailbox.\n"),
                RAWPART("text/rfc822-headers",
                        "From: SME <sme@itu.int>\nTo: ovezov.mekan@mail.ru\nSubject: Re: =?utf-8?B?0JLQvtC/0YDQvtGBINC/0L4g0LrQvtC90YHRg9C70YzRgtCw0YbQuNC+0L3QvdC+0Lkg0YHQtdGB0YHQuNC4?=\n"
                        "Date: Thu, 08 Aug 2019 12:10:58 +0200\nMessage-ID: <sme-20190808-121058@itu.int>\n"),
                params='report-type=delivery-status'))

msg("ru_010_skolkovo_nonmember", "nomination", "ru", None,
    frm=("Лебедева Мария", "mlebedeva@sk.ru"), client="outlook", cs="utf-8", olang="RU-RU", tz="+0300",
    subject="Фонд «Сколково» - участие в сессии МСЭ по МСП", rx="2019-08-13 15:02:44 +0200",
    dels=[D("Мария Андреевна Лебедева", "Maria Lebedeva", title="директор по международным проектам кластера информационных технологий",
            email="mlebedeva@sk.ru")],
    body="""
Добрый день!

Фонд «Сколково» узнал о серии консультаций МСЭ "Содействие развитию технологических и инновационных МСП" от коллег из Минцифры. Мы поддерживаем более 2000 технологических стартапов и были бы рады поделиться опытом.

Предлагаем кандидатуру Лебедевой Марии Андреевны, директора по международным проектам кластера информационных технологий, для участия в сессии в Будапеште 10 сентября.

С уважением,
Мария Андреевна Лебедева
Директор по международным проектам кластера информационных технологий
Maria Lebedeva | Skolkovo Foundation
Фонд «Сколково»
Инновационный центр «Сколково», Большой бульвар, 42, Москва
""")

msg("ru_011_uzb_nomination_two_sessions", "nomination", "ru", "UZB", sess=[B, C],
    frm=("Рахимов Бахтиёр", "b.rakhimov@mitc.uz"), client="yandex", cs="utf-8", tz="+0500",
    subject="Re: Вопрос по консультационной сессии в Будапеште", rx="2019-08-14 09:20:05 +0200",
    reply_to="ru_007_uzb_inquiry",
    dels=[D("Юсупов Шерзод Алишерович", title="заместитель начальника Управления развития ИТ-отрасли", email="sh.yusupov@mitc.uz"),
          D("Каримова Нилуфар Рустамовна", title="главный специалист Управления международного сотрудничества")],
    html="""<div>Уважаемый г-н Кларк!</div><div> </div><div>Благодарим за разъяснения. Мининфоком Республики Узбекистан назначает для участия в консультационной сессии 10 сентября 2019 г. в Будапеште, а также в сессии в рамках собраний рабочих групп Совета в начале 2020 г.:</div><div> </div><table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td><b>Ф.И.О.</b></td><td><b>Должность</b></td><td><b>E-mail</b></td></tr><tr><td>Юсупов Шерзод Алишерович</td><td>заместитель начальника Управления развития ИТ-отрасли</td><td>sh.yusupov@mitc.uz</td></tr><tr><td>Каримова Нилуфар Рустамовна</td><td>главный специалист Управления международного сотрудничества</td><td>-</td></tr></table><div> </div><div>-- </div><div>С уважением,</div><div>Бахтиёр Рахимов</div><div>Управление международного сотрудничества</div>
""")

# ---------------------------------------------------------------- Chinese --

msg("zh_010_chn_mission_interest_early", "interest_only", "zh", "CHN",
    frm=("中国常驻日内瓦代表团", "chinamission_itu@mfa.gov.cn"), client="foxmail", cs="gb2312", tz="+0200",
    subject="回复：CI-19/35 为成员国举办的磋商会", rx="2019-07-26 10:40:55 +0200",
    body="""
国际电联秘书处：

我团已收悉CI-19/35号通函，并已转报国内主管部门。中方对"扶持科技和创新型中小企业"系列磋商会表示关注，将尽快报送参加首次磋商会的人员名单。

顺致敬意！

中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团
""")

msg("zh_001_chn_miit_gb2312", "nomination", "zh", "CHN",
    frm=("工信部国际司", "gjs_dbc@miit.gov.cn"), client="foxmail", cs="gb2312", tz="+0800",
    subject="关于参加国际电联中小企业磋商会的函", rx="2019-08-12 04:31:16 +0200",
    dels=[D("王伟", "WANG Wei", title="国际合作司多边处处长", email="wangwei_dbc@miit.gov.cn")],
    body="""
国际电联秘书处：

根据CI-19/35号通函，中华人民共和国工业和信息化部愿参加"扶持科技和创新型中小企业"系列磋商会，现派员参加2019年9月10日在布达佩斯举行的首次磋商会：

姓名：王伟（WANG Wei）
职务：国际合作司多边处处长
电子邮件：wangwei_dbc@miit.gov.cn
电话：+86 10 6820 6172

特此函告。

工业和信息化部国际合作司
2019年8月12日
""")

msg("zh_002_chn_correction_add_person", "correction", "zh", "CHN", sup="zh_001_chn_miit_gb2312",
    frm=("工信部国际司", "gjs_dbc@miit.gov.cn"), client="foxmail", cs="gb2312", tz="+0800",
    subject="回复：关于参加国际电联中小企业磋商会的函（补充）", rx="2019-08-15 03:55:40 +0200",
    reply_to="zh_001_chn_miit_gb2312", quote=("msg", "zh_001_chn_miit_gb2312"), ui="zh",
    dels=[D("王伟", "WANG Wei", title="国际合作司多边处处长", email="wangwei_dbc@miit.gov.cn"),
          D("李娜", "LI Na", title="中国信息通信研究院政策与经济研究所高级工程师", email="lina@caict.ac.cn")],
    body="""
国际电联秘书处：

现对我部8月12日来函作如下补充：除王伟同志外，增派中国信息通信研究院政策与经济研究所高级工程师李娜（LI Na，lina@caict.ac.cn）参加首次磋商会。

中方参会人员名单更新如下：
1. 王伟，国际合作司多边处处长
2. 李娜，中国信息通信研究院政策与经济研究所高级工程师

谢谢！

工业和信息化部国际合作司
""")

msg("zh_003_bupt_professor_nonmember", "nomination", "zh", None,
    frm=("张海涛", "zhanght@bupt.edu.cn"), client="plain", cs="utf-8", cte="base64", tz="+0800",
    mailer="X-Mailer: Coremail Webmail Server Version XT5.0.10 build 20190528(0a7e9e1c)",
    subject="申请参加国际电联中小企业磋商会（布达佩斯）", rx="2019-08-06 09:17:50 +0200",
    dels=[D("张海涛", "ZHANG Haitao", title="北京邮电大学经济管理学院教授", email="zhanght@bupt.edu.cn")],
    body="""
尊敬的国际电联秘书处：

您好！我是北京邮电大学经济管理学院教授张海涛，长期从事信息通信中小企业创新政策研究。我将参加2019年国际电联世界电信展，希望能以学术界代表身份旁听或参加9月10日在布达佩斯举办的首次磋商会。

如有可能，请告知报名方式。谢谢！

张海涛
北京邮电大学经济管理学院教授
Prof. ZHANG Haitao
School of Economics and Management, Beijing University of Posts and Telecommunications
""")

msg("zh_004_hk_chamber_big5", "nomination", "zh", None,
    frm=("香港中小型企業總商會", "secretariat@hkgcsmb.org.hk"), client="plain", cs="big5", cte="base64", tz="+0800",
    subject="回覆：國際電聯中小企業諮詢會議 - 本會代表", rx="2019-08-13 08:30:12 +0200",
    dels=[D("陳嘉欣", "CHAN Ka Yan", title="副主席", email="kayan.chan@hkgcsmb.org.hk")],
    body="""
國際電信聯盟秘書處 台鑒：

本會獲悉 貴聯盟將於2019年9月10日在布達佩斯舉行「扶持科技和創新型中小企業」諮詢會議。本會作為香港中小企業的代表組織，謹推薦本會副主席陳嘉欣女士（Ms. CHAN Ka Yan）出席是次會議。

聯絡電郵：kayan.chan@hkgcsmb.org.hk

如需任何資料，請與本會秘書處聯絡。

此致

香港中小型企業總商會 秘書處 謹啟
""")

msg("zh_005_shenzhen_sme_inquiry", "inquiry", "zh", None,
    frm=("刘晓东", "1583720946@qq.com"), client="foxmail", cs="gbk", tz="+0800",
    mailer="X-Mailer: QQMail 2.x",
    subject="咨询：中小企业如何加入国际电联？", rx="2019-08-02 03:12:09 +0200",
    body="""
您好！

我们是深圳的一家物联网初创公司，员工30人。从朋友那里看到了CI-19/35号通函。想咨询一下：

1. 2020年1月起中小企业部门准成员的新会费标准是多少？
2. 我们公司是否可以派人参加9月10日在布达佩斯的磋商会？

谢谢！

刘晓东
深圳市芯联物联科技有限公司 市场部
""")

msg("zh_006_casme_late_nonmember", "nomination", "zh", None, late=True,
    frm=("中国中小企业国际合作协会 国际部", "intl@casme.org.cn"), client="plain", cs="utf-8", cte="quoted-printable", tz="+0800",
    subject="关于推荐参加国际电联中小企业磋商会人员的函", rx="2019-08-21 10:45:31 +0200",
    dels=[D("刘洋", "LIU Yang", title="副秘书长", email="liuyang@casme.org.cn")],
    body="""
国际电信联盟秘书处：

我会近日获悉CI-19/35号通函内容。为促进中国中小企业与国际电联的交流合作，我会推荐副秘书长刘洋同志（LIU Yang）参加9月10日在布达佩斯举行的首次磋商会。因获悉较晚，回复迟延，敬请谅解。

联系邮箱：liuyang@casme.org.cn

中国中小企业国际合作协会
2019年8月21日
""")

msg("zh_007_auto_reply_chinese", "auto_reply", "zh", None,
    frm=("陈静", "chenjing@chinamission.ch"), client="foxmail", cs="gb2312", tz="+0200",
    subject="自动回复: CI-19/35 - Consultation sessions for Member States", rx="2019-07-23 16:13:27 +0200",
    extra=["Auto-Submitted: auto-replied"],
    body="""
您好，我已休假，8月12日返回办公室。如有急事，请联系代表团办公室：+41 22 879 56 78。
This is an automatic reply. I am on leave until 12 August.
""")

msg("zh_008_spam_fapiao", "unrelated", "zh", None,
    frm=("代开发票", "service_8872@163.com"), client="plain", cs="gb2312", cte="base64", tz="+0800",
    subject="您好：本公司可代开各地正规发票，欢迎来电咨询", rx="2019-08-09 21:33:07 +0200", to="sme@itu.int",
    body="""
尊敬的经理/财务负责人：

您好！本公司有部分增值税发票、普通发票可优惠代开，点数优惠，可验证后付款。
联系人：张先生
电话：138 2657 0419
微信同号

祝生意兴隆！
""")

msg("zh_009_shenzhen_ceo_qq_self", "nomination", "zh", None,
    frm=("黄志强", "huangzq@smartlinkiot.cn"), client="plain", cs="utf-8", cte="base64", tz="+0800",
    subject="报名：9月10日布达佩斯中小企业磋商会", rx="2019-08-14 16:48:22 +0200",
    dels=[D("黄志强", "Huang Zhiqiang", title="创始人兼首席执行官", email="huangzq@smartlinkiot.cn")],
    body="""
国际电联秘书处，你们好：

我是深圳市智联云物联网科技有限公司创始人兼首席执行官黄志强（Huang Zhiqiang）。我们公司将在2019年世界电信展中小企业展区参展，我本人希望报名参加9月10日的"扶持科技和创新型中小企业"磋商会，分享中国硬件初创企业的经验。

邮箱：huangzq@smartlinkiot.cn
手机：+86 135 1022 8841

谢谢！
黄志强
""")

# ------------------------------------------------------------- Portuguese --

msg("pt_001_bra_anatel_outlook", "nomination", "pt", "BRA",
    frm=("Assessoria Internacional - Anatel", "ain@anatel.gov.br"), client="outlook", olang="PT-BR", tz="-0300",
    henc="Q", subject="RES: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-09 15:26:31 +0200", quote="circ", quote_lang="en", reply_to="circ",
    dels=[D("João Paulo de Oliveira Santos", title="Especialista em Regulação, Superintendência de Competição",
            email="joaopaulo.santos@anatel.gov.br")],
    body="""
Prezados Senhores,

Em atenção à Carta Circular CI-19/35, a Agência Nacional de Telecomunicações (Anatel) manifesta o interesse do Brasil em participar das sessões de consulta "Fostering tech and innovation SMEs" e indica, para a primeira sessão, em Budapeste, no dia 10 de setembro de 2019, o Sr. João Paulo de Oliveira Santos, Especialista em Regulação, Superintendência de Competição (joaopaulo.santos@anatel.gov.br; +55 61 2312-2761).

Atenciosamente,

Assessoria Internacional - AIN
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 06, Blocos C, E, F e H - Brasília/DF
""")

msg("pt_002_prt_anacom_latin1", "nomination", "pt", "PRT",
    frm=("ANACOM - Relações Internacionais", "ri@anacom.pt"), client="plain", cs="iso-8859-1", cte="quoted-printable",
    henc="Q", tz="+0100", wrap=True,
    subject="Resposta à circular CI-19/35 - indicação de participantes", rx="2019-08-14 17:20:04 +0200",
    dels=[D("Sofia Marques Teixeira", title="Diretora-Adjunta de Relações Internacionais", email="sofia.teixeira@anacom.pt"),
          D("Nuno Miguel Ferreira Costa", title="Técnico Especialista, Direção de Estudos, Estratégia e Relações Institucionais")],
    body="""
Exmos. Senhores,

Em resposta à circular CI-19/35, a Autoridade Nacional de Comunicações (ANACOM) informa que Portugal estará representado na primeira sessão de consulta, a realizar em Budapeste a 10 de setembro de 2019, pelos seguintes participantes:

- Eng.ª Sofia Marques Teixeira, Diretora-Adjunta de Relações Internacionais (sofia.teixeira@anacom.pt)
- Dr. Nuno Miguel Ferreira Costa, Técnico Especialista, Direção de Estudos, Estratégia e Relações Institucionais

Com os melhores cumprimentos,

Helena Rodrigues Vaz
Relações Internacionais
ANACOM - Av. José Malhoa, 12, 1099-017 Lisboa
""")

msg("pt_003_moz_incm_interest", "interest_only", "pt", "MOZ",
    frm=("INCM Cooperação", "cooperacao@incm.gov.mz"), client="gmail", tz="+0200",
    subject="Re: CI-19/35 - Sessões de consulta", rx="2019-08-16 16:03:48 +0200",
    body="""
Exmos. Senhores,

O Instituto Nacional das Comunicações de Moçambique (INCM) agradece o convite e manifesta o seu interesse em participar na série de sessões de consulta sobre PME tecnológicas e inovadoras.

O nome do participante na sessão de Budapeste será comunicado oportunamente, após aprovação superior.

Melhores cumprimentos,
Departamento de Cooperação Internacional
INCM - Maputo
""")

msg("pt_004_bra_correction_replace", "correction", "pt", "BRA", sup="pt_001_bra_anatel_outlook",
    frm=("Assessoria Internacional - Anatel", "ain@anatel.gov.br"), client="outlook", olang="PT-BR", tz="-0300",
    henc="Q", subject="RES: RES: CI-19/35 - substituição de participante", rx="2019-08-15 21:47:12 +0200",
    reply_to="pt_001_bra_anatel_outlook", quote=("msg", "pt_001_bra_anatel_outlook"),
    dels=[D("Ana Beatriz Carvalho Lima", title="Gerente de Regulamentação", email="anabeatriz.lima@anatel.gov.br")],
    body="""
Prezados,

Comunicamos que o Sr. João Paulo de Oliveira Santos não poderá participar da sessão de 10 de setembro. Em seu lugar, a Anatel indica a Sra. Ana Beatriz Carvalho Lima, Gerente de Regulamentação (anabeatriz.lima@anatel.gov.br).

Solicitamos a gentileza de atualizar o registro.

Atenciosamente,
Assessoria Internacional - Anatel
""")

msg("pt_005_ago_mtti_late", "nomination", "pt", "AGO", late=True,
    frm=("Gabinete de Intercâmbio Internacional MTTI", "gii@mtti.gov.ao"), client="zimbra", tz="+0100",
    subject="Indicação de participante - sessão de consulta UIT sobre PME", rx="2019-08-19 12:09:40 +0200",
    dels=[D("Edgar Kiala Manuel", title="Chefe de Departamento de Inovação e Empreendedorismo Digital",
            email="edgar.manuel@mtti.gov.ao")],
    body="""
Exmos. Senhores,

O Ministério das Telecomunicações e Tecnologias de Informação da República de Angola (MTTI) tem a honra de indicar o Eng.º Edgar Kiala Manuel, Chefe de Departamento de Inovação e Empreendedorismo Digital, para participar na sessão de consulta de 10 de setembro de 2019, em Budapeste.

Pedimos desculpa pelo atraso na resposta.

E-mail: edgar.manuel@mtti.gov.ao

Com elevada consideração,
Gabinete de Intercâmbio Internacional - MTTI
Luanda
""")

msg("pt_006_abstartups_nonmember", "nomination", "pt", None,
    frm=("Camila Nogueira", "camila@abstartups.com.br"), client="gmail", tz="-0300",
    subject="ABStartups - participação na consulta da UIT em Budapeste", rx="2019-08-12 22:14:35 +0200",
    dels=[D("Camila Nogueira Prado", "Camila Nogueira", title="Diretora de Relações Institucionais", email="camila@abstartups.com.br")],
    body="""
Olá, equipe da UIT!

Sou Camila Nogueira Prado, Diretora de Relações Institucionais da Associação Brasileira de Startups (ABStartups). Estaremos no ITU Telecom World em Budapeste com uma delegação de 12 startups brasileiras e gostaria de participar da sessão de consulta do dia 10/09 sobre PMEs de tecnologia.

É possível se inscrever como associação do setor privado?

Abraços,
Camila Nogueira
ABStartups | São Paulo
""")

msg("pt_007_cpv_arme_iphone", "nomination", "pt", "CPV",
    frm=("Carlos Semedo", "carlos.semedo@arme.cv"), client="apple", tz="-0100",
    subject="Re: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-16 21:47:05 +0200", reply_to="circ", quote="circ", quote_lang="en",
    dels=[D("Carlos Alberto Tavares Semedo", "Carlos Semedo", title="Diretor de Regulação Económica", email="carlos.semedo@arme.cv")],
    body="""
Bom dia,

Em nome da ARME - Agência Reguladora Multissectorial da Economia de Cabo Verde, confirmo o interesse de Cabo Verde e a minha participação na sessão de 10 de setembro em Budapeste.

Carlos Alberto Tavares Semedo
Diretor de Regulação Económica

Enviado do meu iPhone
""")

# ----------------------------------------------------------------- German --

msg("de_001_deu_bmwi_contact_person", "nomination", "de", "DEU",
    frm=("Schäfer, Matthias, Dr., VIB3", "matthias.schaefer@bmwi.bund.de"), client="exchange", olang="DE-DE",
    cs="iso-8859-1", henc="Q", tz="+0200",
    subject="AW: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-06 14:52:19 +0200", reply_to="circ", quote="circ", quote_lang="en",
    dels=[D("Matthias Schäfer", title="Referatsleiter VIB3", email="matthias.schaefer@bmwi.bund.de")],
    body="""
Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Deutschland nimmt gerne an der ersten Konsultationssitzung am 10. September 2019 in Budapest teil. Für das Bundesministerium für Wirtschaft und Energie wird der Unterzeichner, Dr. Matthias Schäfer, Referatsleiter VIB3 (Internationale Digital- und Telekommunikationspolitik), teilnehmen.

Ansprechpartnerin für organisatorische Fragen ist Frau Anja Vogel (anja.vogel@bmwi.bund.de, +49 30 18615-6342).

Mit freundlichen Grüßen
Im Auftrag

Dr. Matthias Schäfer
Referatsleiter VIB3
Bundesministerium für Wirtschaft und Energie
Villemombler Straße 76, 53123 Bonn
Tel.: +49 228 99615-2910
""")

msg("de_002_aut_bmvit_mag", "nomination", "de", "AUT",
    frm=("Huber-Steiner, Katharina", "katharina.huber-steiner@bmvit.gv.at"), client="outlook", olang="DE-AT", tz="+0200",
    henc="Q", subject="Nominierung Österreich - ITU Konsultation KMU, Budapest (CI-19/35)",
    rx="2019-08-12 11:03:29 +0200",
    dels=[D("Katharina Huber-Steiner", title="Abteilung III/PT2 - Telekom-Recht und internationale Angelegenheiten",
            email="katharina.huber-steiner@bmvit.gv.at")],
    body="""
Sehr geehrte Damen und Herren,

bezugnehmend auf das Rundschreiben CI-19/35 darf ich Ihnen mitteilen, dass Österreich an der Konsultationssitzung am 10. September in Budapest teilnehmen wird. Seitens des Bundesministeriums für Verkehr, Innovation und Technologie wird

Mag. Katharina Huber-Steiner
Abteilung III/PT2 - Telekom-Recht und internationale Angelegenheiten

an der Sitzung teilnehmen.

Mit freundlichen Grüßen
Katharina Huber-Steiner

Bundesministerium für Verkehr, Innovation und Technologie
Radetzkystraße 2, 1030 Wien
""")

msg("de_003_auto_reply_rtr", "auto_reply", "de", None,
    frm=("Leitner Stefan", "stefan.leitner@rtr.at"), client="exchange", olang="DE-AT", tz="+0200",
    subject="Abwesenheitsnotiz: CI-19/35 - Consultation sessions for Member States", rx="2019-07-23 16:17:32 +0200",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Sehr geehrte Damen und Herren,

ich bin bis einschließlich 16. August 2019 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an office@rtr.at.

Mit freundlichen Grüßen
Stefan Leitner
""")

_de_ndr = """Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: RE: Nominierung - Konsultationssitzung Budapest
Gesendet: 13.08.2019 09:14

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

'm.buechel@llv.li' am 13.08.2019 09:14
    550 5.1.1 <m.buechel@llv.li>: Empfängeradresse abgelehnt: Benutzer unbekannt
"""
msg("de_004_bounce_unzustellbar", "bounce", "de", None,
    frm=("Systemadministrator", "postmaster@llv.li"), env="", client="exchange", olang="DE-CH", tz="+0200",
    subject="Unzustellbar: RE: Nominierung - Konsultationssitzung Budapest", rx="2019-08-13 09:14:51 +0200",
    parts=MULTI("report",
                TXT(_de_ndr, cs="iso-8859-1", cte="quoted-printable"),
                RAWPART("message/delivery-status",
                        "Reporting-MTA: dns;SRV-EX01.llv.li\n\nFinal-Recipient: rfc822;m.buechel@llv.li\nAction: failed\nStatus: 5.1.1\n"),
                RAWPART("text/rfc822-headers",
                        "From: SME <sme@itu.int>\nTo: <m.buechel@llv.li>\nSubject: RE: Nominierung - Konsultationssitzung Budapest\n"
                        "Date: Tue, 13 Aug 2019 09:14:40 +0200\nMessage-ID: <sme-20190813-091440-lie@itu.int>\n"),
                params='report-type=delivery-status'))

msg("de_005_aut_withdrawal", "decline", "de", "AUT",
    frm=("Huber-Steiner, Katharina", "katharina.huber-steiner@bmvit.gv.at"), client="outlook", olang="DE-AT", tz="+0200",
    henc="Q", subject="AW: Nominierung Österreich - ITU Konsultation KMU, Budapest (CI-19/35) - Absage",
    rx="2019-09-05 08:41:06 +0200", reply_to="de_002_aut_bmvit_mag", quote=("msg", "de_002_aut_bmvit_mag"), ui="de",
    body="""
Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Konsultationssitzung am 10. September aus dienstlichen Gründen absagen. Eine Vertretung ist kurzfristig nicht möglich; Österreich wird daher in Budapest nicht vertreten sein. Wir ziehen unsere Nominierung hiermit zurück.

Wir bitten um Verständnis und bleiben an den weiteren Sitzungen 2020 grundsätzlich interessiert.

Mit freundlichen Grüßen
Katharina Huber-Steiner
""")

msg("de_006_lie_surname_caps", "nomination", "de", "LIE",
    frm=("Amt für Kommunikation", "info.ak@llv.li"), client="exchange", olang="DE-CH", tz="+0200", henc="Q",
    subject="Teilnahme Liechtenstein - Konsultationssitzung KMU Budapest", rx="2019-08-12 16:30:00 +0200",
    dels=[D("BÜCHEL Markus", title="Stellvertretender Amtsleiter", email="markus.buechel@llv.li")],
    body="""
Sehr geehrte Damen und Herren

Das Amt für Kommunikation des Fürstentums Liechtenstein meldet für die Konsultationssitzung vom 10. September 2019 in Budapest folgende Person an:

Name, Vorname: BÜCHEL Markus
Funktion: Stellvertretender Amtsleiter
E-Mail: markus.buechel@llv.li

Freundliche Grüsse

Amt für Kommunikation
Kirchstrasse 8, 9490 Vaduz
""")

# ---------------------------------------------------------------- Italian --

msg("it_001_ita_mise_dottssa", "nomination", "it", "ITA",
    frm=("Segreteria DGSCERP", "dgscerp.segreteria@mise.gov.it"), client="outlook", olang="IT-IT", tz="+0200",
    henc="Q", subject="R: CI-19/35 - Sessioni di consultazione - designazione partecipante italiano",
    rx="2019-08-08 12:58:02 +0200", cc="giulia.romano@mise.gov.it",
    dels=[D("Giulia Romano", title="Dirigente della Divisione III - Affari internazionali", email="giulia.romano@mise.gov.it")],
    body="""
Gentili Signori,

con riferimento alla lettera circolare CI-19/35, si comunica che il Ministero dello Sviluppo Economico - Direzione Generale per i servizi di comunicazione elettronica, di radiodiffusione e postali - ha designato la dott.ssa Giulia Romano, Dirigente della Divisione III - Affari internazionali, quale partecipante alla prima sessione di consultazione che si terrà a Budapest il 10 settembre 2019.

Recapiti: giulia.romano@mise.gov.it - tel. +39 06 5444 2210

Cordiali saluti,

La Segreteria della Direzione Generale
Viale America 201, 00144 Roma
""")

msg("it_002_smr_decline", "decline", "it", "SMR",
    frm=("Segreteria di Stato Affari Esteri", "affari.esteri@gov.sm"), client="plain", cs="iso-8859-1",
    cte="quoted-printable", henc="Q", tz="+0200",
    subject="Circolare UIT CI-19/35", rx="2019-08-13 10:22:17 +0200",
    body="""
Egregi Signori,

la Repubblica di San Marino ringrazia l'Unione Internazionale delle Telecomunicazioni per il cortese invito alle sessioni di consultazione dedicate alle PMI tecnologiche e innovative.

Purtroppo non sarà possibile assicurare la partecipazione di un rappresentante alla sessione di Budapest del 10 settembre p.v.

Con i migliori saluti,

Dipartimento Affari Esteri
Repubblica di San Marino
""")

msg("it_003_polimi_nonmember", "nomination", "it", None,
    frm=("Lorenzo Bianchi", "lorenzo.bianchi@polimi.it"), client="thunderbird", tz="+0200",
    subject="Partecipazione alla consultazione UIT sulle PMI tecnologiche - Osservatorio Startup",
    rx="2019-08-07 18:35:27 +0200",
    dels=[D("Lorenzo Bianchi", title="Direttore dell'Osservatorio Startup Hi-tech", email="lorenzo.bianchi@polimi.it"),
          D("Chiara De Santis", title="ricercatrice")],
    body="""
Buongiorno,

sono Lorenzo Bianchi, Direttore dell'Osservatorio Startup Hi-tech del Politecnico di Milano. Saremo a Budapest per ITU Telecom World e vorremmo partecipare, come osservatori accademici, alla sessione di consultazione del 10 settembre: io e la collega Chiara De Santis, ricercatrice.

Restiamo in attesa di indicazioni.

Cordiali saluti,
Lorenzo Bianchi
Politecnico di Milano - Dipartimento di Ingegneria Gestionale
Via Lambruschini 4/b, 20156 Milano
""")

# ---------------------------------------------------------------- Catalan --

msg("ca_001_and_govern", "nomination", "ca", "AND",
    frm=("Oficina de Transformació Digital", "transformacio_digital@govern.ad"), client="outlook", olang="CA-ES",
    tz="+0200", henc="Q", subject="RE: CI-19/35 - Sessions de consulta - Participació d'Andorra",
    rx="2019-08-14 13:17:45 +0200",
    dels=[D("Laia Casals Puig", title="tècnica de l'Oficina de Transformació Digital", email="laia_casals@govern.ad")],
    body="""
Benvolguts senyors,

En resposta a la circular CI-19/35, el Ministeri de Presidència, Economia i Empresa del Govern d'Andorra té el plaer de comunicar que la Sra. Laia Casals Puig, tècnica de l'Oficina de Transformació Digital, participarà en la primera sessió de consulta, que tindrà lloc a Budapest el 10 de setembre de 2019.

Correu electrònic: laia_casals@govern.ad
Telèfon: +376 875 700

Cordialment,

Oficina de Transformació Digital
Govern d'Andorra
""")

# ---------------------------------------------------------------- Turkish --

msg("tr_001_tur_btk_iso88599", "nomination", "tr", "TUR",
    frm=("BTK Dış İlişkiler Dairesi", "disiliskiler@btk.gov.tr"), client="plain", cs="iso-8859-9", cte="quoted-printable",
    henc="Q", tz="+0300", wrap=True,
    subject="CI-19/35 sayılı genelge - katılımcı bildirimi", rx="2019-08-09 09:40:12 +0200",
    dels=[D("Mehmet Ali Yıldırım", title="Dış İlişkiler Dairesi Başkanı", email="mayildirim@btk.gov.tr"),
          D("Ayşe Nur Demirtaş", title="Bilişim Uzmanı", email="aysenur.demirtas@btk.gov.tr")],
    body="""
Sayın Yetkili,

ITU'nun 23 Temmuz 2019 tarihli ve CI-19/35 sayılı genelgesi ile duyurulan "Fostering tech and innovation SMEs" istişare toplantıları dizisine Türkiye olarak katılmak istediğimizi bildiririz.

10 Eylül 2019 tarihinde Budapeşte'de yapılacak ilk toplantıya Kurumumuzu temsilen aşağıdaki personel katılacaktır:

1. Dr. Mehmet Ali Yıldırım - Dış İlişkiler Dairesi Başkanı - mayildirim@btk.gov.tr
2. Ayşe Nur Demirtaş - Bilişim Uzmanı - aysenur.demirtas@btk.gov.tr

Bilgilerinize arz ederiz.

Saygılarımızla,

Bilgi Teknolojileri ve İletişim Kurumu
Dış İlişkiler Dairesi Başkanlığı
Yeşilırmak Sok. No:16 Demirtepe, Ankara
""")

msg("tr_002_kobi_inquiry_nonmember", "inquiry", "tr", None,
    frm=("Burak Aydoğan", "burak@veriyaz.com.tr"), client="gmail", tz="+0300",
    subject="KOBİ üyeliği ve Budapeşte toplantısı hakkında", rx="2019-08-08 13:31:20 +0200",
    body="""
Merhaba,

İstanbul'da yazılım geliştiren 25 kişilik bir şirketiz. CI-19/35 genelgesini bir arkadaşımız iletti. 2020'den itibaren uygulanacak indirimli KOBİ üyelik ücreti ne kadar olacak ve şirketimiz Budapeşte'deki toplantıya katılabilir mi?

Teşekkürler,
Burak Aydoğan
Veriyaz Yazılım A.Ş.
""")

msg("tr_003_tur_partial_withdrawal", "correction", "tr", "TUR", sup="tr_001_tur_btk_iso88599",
    frm=("BTK Dış İlişkiler Dairesi", "disiliskiler@btk.gov.tr"), client="plain", cs="iso-8859-9", cte="quoted-printable",
    henc="Q", tz="+0300", wrap=True,
    subject="YNT: CI-19/35 sayılı genelge - katılımcı bildirimi (değişiklik)", rx="2019-08-16 15:55:48 +0200",
    reply_to="tr_001_tur_btk_iso88599",
    dels=[D("Mehmet Ali Yıldırım", title="Dış İlişkiler Dairesi Başkanı", email="mayildirim@btk.gov.tr")],
    body="""
Sayın Yetkili,

9 Ağustos 2019 tarihli e-postamıza ek olarak, Bilişim Uzmanı Ayşe Nur Demirtaş'ın katılımı iptal edilmiştir. Budapeşte toplantısına Kurumumuzu yalnızca Dış İlişkiler Dairesi Başkanı Dr. Mehmet Ali Yıldırım (mayildirim@btk.gov.tr) temsil edecektir.

Bilgilerinize arz ederiz.

Saygılarımızla,
BTK Dış İlişkiler Dairesi Başkanlığı
""")

# ---------------------------------------------------------------- Persian --

msg("fa_001_irn_cra", "nomination", "fa", "IRN",
    frm=("دفتر همکاری‌های بین‌المللی", "intl@cra.ir"), client="plain", cs="utf-8", cte="base64", tz="+0430",
    subject="معرفی نماینده جمهوری اسلامی ایران - نشست مشورتی بوداپست", rx="2019-08-13 10:05:19 +0200",
    dels=[D("علیرضا رضایی", "Alireza Rezaei", title="مدیرکل دفتر همکاری‌های بین‌المللی", email="a.rezaei@cra.ir")],
    body="""
به نام خدا

دبیرخانه اتحادیه بین‌المللی مخابرات

با سلام و احترام،

پیرو بخشنامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹ در خصوص نشست‌های مشورتی «حمایت از شرکت‌های کوچک و متوسط فناور و نوآور»، بدینوسیله آقای مهندس علیرضا رضایی (Mr. Alireza Rezaei)، مدیرکل دفتر همکاری‌های بین‌المللی سازمان تنظیم مقررات و ارتباطات رادیویی، به عنوان نماینده جمهوری اسلامی ایران در نخستین نشست (۱۰ سپتامبر ۲۰۱۹، بوداپست) معرفی می‌گردد.

پست الکترونیک: a.rezaei@cra.ir

با تشکر
دفتر همکاری‌های بین‌المللی
سازمان تنظیم مقررات و ارتباطات رادیویی - تهران
""")

msg("fa_002_afg_dari_interest", "interest_only", "fa", "AFG",
    frm=("MCIT Afghanistan - International Relations", "ir@mcit.gov.af"), client="gmail", tz="+0430",
    subject="پاسخ به نامه دوری CI-19/35", rx="2019-08-14 07:22:50 +0200",
    body="""
محترما،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان از دعوت اتحادیه بین‌المللی مخابرات سپاسگزاری نموده و علاقمندی خویش را به اشتراک در سلسله نشست‌های مشورتی در مورد شرکت‌های کوچک و متوسط تکنالوژی ابراز می‌دارد.

نام اشتراک کننده به زودی به اطلاع شما رسانیده خواهد شد.

با احترام،
ریاست روابط بین‌المللی
وزارت مخابرات و تکنالوژی معلوماتی - کابل
""")

# ------------------------------------------------------------- Indonesian --

msg("id_001_idn_kominfo_degrees", "nomination", "id", "IDN",
    frm=("Biro Kerja Sama Internasional Kominfo", "bkli@kominfo.go.id"), client="gmail", tz="+0700",
    subject="Re: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-12 06:31:54 +0200", quote="circ", quote_lang="en", reply_to="circ",
    dels=[D("Agus Setiawan", title="Kepala Subdirektorat Pemberdayaan Industri Informatika", email="agus.setiawan@kominfo.go.id"),
          D("Rina Kartika Sari", title="Analis Kebijakan Ahli Muda", email="rina.ks@kominfo.go.id")],
    body="""
Yth. Sekretariat ITU,

Menindaklanjuti surat edaran CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia dengan ini menyampaikan minat untuk berpartisipasi dalam sesi konsultasi "Fostering tech and innovation SMEs" dan menugaskan:

1. Bapak Ir. Agus Setiawan, M.Sc. - Kepala Subdirektorat Pemberdayaan Industri Informatika (agus.setiawan@kominfo.go.id)
2. Ibu Dr. Rina Kartika Sari, S.E., M.M. - Analis Kebijakan Ahli Muda (rina.ks@kominfo.go.id)

untuk menghadiri sesi pertama pada tanggal 10 September 2019 di Budapest.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,

Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika
Jl. Medan Merdeka Barat No. 9, Jakarta Pusat
""")

msg("id_002_idn_correction_sessions", "correction", "id", "IDN", sup="id_001_idn_kominfo_degrees", sess=[B, C],
    frm=("Biro Kerja Sama Internasional Kominfo", "bkli@kominfo.go.id"), client="gmail", tz="+0700",
    subject="Re: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-15 04:12:37 +0200", reply_to="id_001_idn_kominfo_degrees", quote=("msg", "id_001_idn_kominfo_degrees"),
    dels=[D("Agus Setiawan", title="Kepala Subdirektorat Pemberdayaan Industri Informatika", email="agus.setiawan@kominfo.go.id")],
    body="""
Yth. Sekretariat ITU,

Bersama ini kami sampaikan perubahan atas email kami sebelumnya: Ibu Dr. Rina Kartika Sari berhalangan hadir sehingga delegasi Indonesia di Budapest hanya terdiri dari Bapak Ir. Agus Setiawan, M.Sc.

Selain itu, Bapak Agus Setiawan juga akan mewakili Indonesia pada sesi konsultasi di sela-sela pertemuan Council Working Group awal tahun 2020.

Terima kasih.

Hormat kami,
Biro Kerja Sama Internasional - Kominfo
""")

# ---------------------------------------------------------------- Swahili --

msg("sw_001_tza_tcra", "nomination", "sw", "TZA",
    frm=("TCRA Mahusiano ya Kimataifa", "international@tcra.go.tz"), client="outlook", olang="EN-GB", tz="+0300",
    subject="Uteuzi wa Mshiriki - Kikao cha Mashauriano cha ITU, Budapest", rx="2019-08-14 09:47:21 +0200",
    dels=[D("Neema Joseph Mushi", title="Meneja wa Ubunifu na Maendeleo ya TEHAMA", email="neema.mushi@tcra.go.tz")],
    body="""
Ndugu Katibu Mkuu,

YAH: KIKAO CHA MASHAURIANO KUHUSU KUKUZA KAMPUNI NDOGO NA ZA KATI ZA TEKNOLOJIA NA UBUNIFU

Rejea barua yako Na. CI-19/35 ya tarehe 23 Julai 2019.

Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kukujulisha kuwa imemteua Bi. Neema Joseph Mushi, Meneja wa Ubunifu na Maendeleo ya TEHAMA, kushiriki katika kikao cha kwanza cha mashauriano kitakachofanyika tarehe 10 Septemba 2019 mjini Budapest, Hungaria.

Barua pepe: neema.mushi@tcra.go.tz
Simu: +255 22 219 9760

Wako katika ujenzi wa Taifa,

Mhandisi Hamisi R. Mwinyimvua
Kny: Mkurugenzi Mkuu
Mamlaka ya Mawasiliano Tanzania
""")

msg("sw_002_tza_startup_inquiry", "inquiry", "sw", None,
    frm=("Zawadi Mrisho", "zawadi.mrisho@gmail.com"), client="gmail", tz="+0300",
    subject="Swali kuhusu kikao cha SMEs Budapest", rx="2019-08-10 17:40:02 +0200",
    body="""
Habari,

Mimi ni mwanzilishi wa kampuni changa ya TEHAMA hapa Dar es Salaam. Je, kampuni ndogo kama yetu inaweza kushiriki kwenye kikao cha tarehe 10 Septemba Budapest, au ni kwa wawakilishi wa serikali tu? Na ada mpya ya uanachama kwa SMEs itakuwa kiasi gani kuanzia Januari 2020?

Asante sana,
Zawadi Mrisho
""")

# --------------------------------------------------------------- Japanese --

msg("ja_001_jpn_mic_iso2022jp", "nomination", "ja", "JPN",
    frm=("山田 太郎", "t-yamada@soumu.go.jp"), client="plain", cs="iso-2022-jp", cte="7bit", tz="+0900",
    mailer="X-Mailer: Microsoft Outlook 16.0",
    subject="【回答】CI-19/35 協議セッション（ブダペスト）参加者について", rx="2019-08-08 04:12:33 +0200",
    dels=[D("山田 太郎", "YAMADA Taro", title="総務省 国際戦略局 国際経済課 課長補佐", email="t-yamada@soumu.go.jp")],
    body="""
ITU事務局　御中
Christopher Clark様

いつもお世話になっております。
総務省国際戦略局の山田と申します。

CI-19/35にてご案内いただきました「Fostering tech and innovation SMEs」協議セッションにつきまして、日本からは下記の者が参加いたします。

記

氏名：山田　太郎（YAMADA Taro）
所属・役職：総務省 国際戦略局 国際経済課 課長補佐
メール：t-yamada@soumu.go.jp
電話：+81-3-5253-5922

以上

よろしくお願いいたします。

--------------------------------
山田　太郎
総務省 国際戦略局 国際経済課
〒100-8926 東京都千代田区霞が関2-1-2
--------------------------------
""")

msg("ja_002_auto_reply_fuzai", "auto_reply", "ja", None,
    frm=("鈴木 一郎", "i-suzuki@soumu.go.jp"), client="plain", cs="iso-2022-jp", cte="7bit", tz="+0900",
    subject="【自動返信】不在のお知らせ", rx="2019-07-23 16:13:10 +0200", extra=["Auto-Submitted: auto-replied"],
    body="""
誠に恐れ入りますが、8月19日（月）まで不在にしております。
期間中はメールを確認できない場合がございます。
お急ぎの方は国際経済課（03-5253-5920）までご連絡ください。

鈴木 一郎
""")

msg("ja_003_startup_assoc_nonmember", "nomination", "ja", None,
    frm=("鈴木 健一", "k.suzuki@jsa-startup.or.jp"), client="plain", cs="utf-8", cte="base64", tz="+0900",
    subject="ITU中小企業協議セッション（9/10ブダペスト）参加希望", rx="2019-08-09 02:58:46 +0200",
    dels=[D("鈴木 健一", "Kenichi Suzuki", title="事務局長", email="k.suzuki@jsa-startup.or.jp")],
    body="""
ITU事務局 ご担当者様

はじめてご連絡いたします。一般社団法人日本スタートアップ支援協会 事務局長の鈴木健一と申します。

当協会は国内のIoT・AI分野のスタートアップ約300社を会員とする団体です。9月10日にブダペストで開催される協議セッションに、民間団体として参加させていただくことは可能でしょうか。可能であれば、私が参加を希望いたします。

どうぞよろしくお願いいたします。

鈴木 健一（Kenichi Suzuki）
一般社団法人日本スタートアップ支援協会 事務局長
k.suzuki@jsa-startup.or.jp
""")

# ----------------------------------------------------------------- Korean --

msg("ko_001_kor_msit_euckr", "nomination", "ko", "KOR",
    frm=("김철수", "cskim@korea.kr"), client="outlook", cs="ks_c_5601-1987", olang="KO-KR", tz="+0900",
    subject="RE: CI-19/35 - 중소기업 협의 세션 참가자 통보", rx="2019-08-12 03:26:40 +0200",
    dels=[D("김철수", "KIM Cheol-su", title="국제협력담당관실 사무관", email="cskim@korea.kr")],
    body="""
ITU 사무국 귀중

안녕하십니까.
과학기술정보통신부 국제협력담당관실입니다.

CI-19/35 회람문서와 관련하여, 대한민국은 9월 10일 부다페스트에서 개최되는 첫 번째 협의 세션에 아래와 같이 참가하고자 합니다.

- 성명: 김철수 사무관 (Mr. KIM Cheol-su)
- 소속: 과학기술정보통신부 국제협력담당관실 사무관
- 이메일: cskim@korea.kr
- 전화: +82-44-202-4161

감사합니다.

김철수 드림
""")

msg("ko_002_kaist_professor_nonmember", "nomination", "ko", None,
    frm=("박지훈", "jhpark@kaist.ac.kr"), client="gmail", tz="+0900",
    subject="ITU 중소기업 협의 세션 참가 문의 및 신청", rx="2019-08-07 08:09:41 +0200",
    dels=[D("박지훈", "Jihoon Park", title="KAIST 기술경영전문대학원 교수", email="jhpark@kaist.ac.kr")],
    body="""
안녕하세요,

KAIST 기술경영전문대학원 교수 박지훈입니다. 기술창업 및 중소기업 혁신 정책을 연구하고 있으며, ITU Telecom World 2019 기간 중 부다페스트에 체류할 예정입니다.

9월 10일 협의 세션에 학계 참관인으로 참가하고자 하오니 검토 부탁드립니다.

박지훈 드림
Jihoon Park, Ph.D.
Professor, Graduate School of Innovation and Technology Management, KAIST
""")

msg("ko_003_kor_correction_romanization", "correction", "ko", "KOR", sup="ko_001_kor_msit_euckr",
    frm=("김철수", "cskim@korea.kr"), client="outlook", cs="ks_c_5601-1987", olang="KO-KR", tz="+0900",
    subject="RE: RE: CI-19/35 - 참가자 영문 성명 정정", rx="2019-08-13 02:40:15 +0200",
    reply_to="ko_001_kor_msit_euckr",
    dels=[D("김철수", "KIM Chul-soo", title="국제협력담당관실 사무관", email="cskim@korea.kr")],
    body="""
ITU 사무국 귀중

어제 통보드린 참가자의 영문 성명을 여권 표기에 맞추어 아래와 같이 정정합니다.

- 정정 전: KIM Cheol-su
- 정정 후: KIM Chul-soo

그 외 사항은 변동이 없습니다. 번거롭게 해드려 죄송합니다.

과학기술정보통신부 국제협력담당관실 사무관 김철수 드림
""")

# -------------------------------------------------------------- Ukrainian --

msg("uk_001_ukr_nkrzi_cp1251", "nomination", "uk", "UKR",
    frm=("Бондаренко Олена Василівна", "o.bondarenko@nkrzi.gov.ua"), client="exchange", cs="windows-1251",
    olang="UK-UA", tz="+0300", henc="B",
    subject="Відповідь на циркулярний лист МСЕ CI-19/35", rx="2019-08-13 12:44:27 +0200",
    dels=[D("Бондаренко Олена Василівна", "Olena BONDARENKO", title="начальник відділу міжнародного співробітництва",
            email="o.bondarenko@nkrzi.gov.ua")],
    body="""
Шановні колеги!

Національна комісія, що здійснює державне регулювання у сферах зв'язку та інформатизації (НКРЗІ), висловлює зацікавленість в участі у консультаційних сесіях МСЕ щодо підтримки технологічних та інноваційних МСП.

Для участі у першій сесії 10 вересня 2019 року в Будапешті визначено:
Бондаренко Олена Василівна (Olena BONDARENKO) - начальник відділу міжнародного співробітництва, o.bondarenko@nkrzi.gov.ua, +380 44 226 29 04.

З повагою,
О.В. Бондаренко
НКРЗІ, м. Київ, вул. Солом'янська, 29
""")

msg("uk_002_ukr_correction_new_ministry_late", "correction", "uk", "UKR", late=True, sup="uk_001_ukr_nkrzi_cp1251",
    frm=("Мельник Ігор", "i.melnyk@thedigital.gov.ua"), client="gmail", tz="+0300",
    subject="Зміна учасника від України - консультаційна сесія МСЕ 10 вересня (CI-19/35)", rx="2019-09-03 10:30:05 +0200",
    cc="o.bondarenko@nkrzi.gov.ua",
    dels=[D("Мельник Ігор Петрович", "Ihor MELNYK", title="генеральний директор директорату цифрового розвитку",
            email="i.melnyk@thedigital.gov.ua")],
    body="""
Шановні колеги!

У зв'язку з утворенням Міністерства цифрової трансформації України інформуємо про зміну учасника від України у консультаційній сесії МСЕ 10 вересня 2019 року в Будапешті.

Замість пані Олени Бондаренко (НКРЗІ) у сесії візьме участь Мельник Ігор Петрович (Ihor MELNYK), генеральний директор директорату цифрового розвитку Міністерства цифрової трансформації України, i.melnyk@thedigital.gov.ua.

Просимо внести зміни до списку учасників.

З повагою,
Ігор Мельник
""")

# ----------------------------------------------------------------- Polish --

msg("pl_001_pol_mc_inflected", "nomination", "pl", "POL",
    frm=("Departament Współpracy Międzynarodowej", "dwm@mc.gov.pl"), client="plain", cs="iso-8859-2", cte="quoted-printable",
    henc="Q", tz="+0200", wrap=True,
    subject="Odp.: CI-19/35 - zgłoszenie uczestnika z Polski", rx="2019-08-07 13:22:58 +0200",
    dels=[D("Krzysztof Wiśniewski", title="naczelnik wydziału ds. innowacji cyfrowych", email="krzysztof.wisniewski@mc.gov.pl")],
    body="""
Szanowni Państwo,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji jest zainteresowane udziałem w cyklu konsultacji dotyczących wspierania innowacyjnych MŚP technologicznych i zgłasza do udziału w pierwszej sesji w Budapeszcie Pana Krzysztofa Wiśniewskiego.

Dane uczestnika:
Imię i nazwisko: Krzysztof Wiśniewski
Stanowisko: naczelnik wydziału ds. innowacji cyfrowych
E-mail: krzysztof.wisniewski@mc.gov.pl
Tel.: +48 22 245 59 36

Z wyrazami szacunku,

Magdalena Zielińska
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa
""")

msg("pl_002_pol_uke_conditional", "interest_only", "pl", "POL",
    frm=("Kowalczyk Tomasz", "tomasz.kowalczyk@uke.gov.pl"), client="outlook", olang="PL-PL", tz="+0200",
    henc="Q", subject="RE: CI-19/35 - Consultation sessions for Member States", rx="2019-08-14 16:10:22 +0200",
    quote="circ", quote_lang="en", reply_to="circ",
    body="""
Szanowni Państwo,

Urząd Komunikacji Elektronicznej jest wstępnie zainteresowany udziałem w konsultacjach. Ostateczna decyzja co do udziału przedstawiciela UKE w sesji w Budapeszcie zależy od zatwierdzenia planu wyjazdów służbowych na wrzesień - poinformujemy Państwa niezwłocznie.

Z poważaniem
Tomasz Kowalczyk
Departament Współpracy Międzynarodowej
Urząd Komunikacji Elektronicznej
""")

# -------------------------------------------------------------- Hungarian --

msg("hu_001_hun_nmhh_host", "nomination", "hu", "HUN",
    frm=("NMHH Nemzetközi Főosztály", "nemzetkozi@nmhh.hu"), client="plain", cs="iso-8859-2", cte="quoted-printable",
    henc="Q", tz="+0200",
    subject="Válasz a CI-19/35 körlevélre - magyar résztvevő", rx="2019-08-05 10:15:42 +0200",
    dels=[D("Kovács Péter", "Péter Kovács", title="nemzetközi főosztályvezető", email="kovacs.peter@nmhh.hu")],
    body="""
Tisztelt Hölgyem/Uram!

A Nemzeti Média- és Hírközlési Hatóság (NMHH) örömmel jelzi, hogy Magyarország részt kíván venni a "Fostering tech and innovation SMEs" konzultációs ülésen, amelyre 2019. szeptember 10-én Budapesten, az ITU Telecom World 2019 keretében kerül sor.

A magyar résztvevő: dr. Kovács Péter nemzetközi főosztályvezető (kovacs.peter@nmhh.hu, +36 1 457 7140).

Házigazdaként szívesen segítünk az ülés helyi szervezésében is.

Üdvözlettel:

dr. Kovács Péter
nemzetközi főosztályvezető
Nemzeti Média- és Hírközlési Hatóság
--
Dr. Péter Kovács | Head of International Department | NMHH
1015 Budapest, Ostrom u. 23-25.
""")

msg("hu_002_bme_nonmember", "nomination", "hu", None,
    frm=("Szabó Anna", "szabo.anna@gtk.bme.hu"), client="thunderbird", cs="utf-8", tz="+0200",
    subject="Részvétel - ITU KKV konzultáció, szeptember 10.", rx="2019-08-11 21:03:17 +0200",
    dels=[D("Szabó Anna", title="egyetemi docens", email="szabo.anna@gtk.bme.hu")],
    body="""
Tisztelt ITU Titkárság!

A Budapesti Műszaki és Gazdaságtudományi Egyetem Gazdaság- és Társadalomtudományi Karának egyetemi docenseként, a BME innovációs és startup programjának vezetőjeként szeretnék részt venni a szeptember 10-i konzultációs ülésen.

Üdvözlettel:
Dr. Szabó Anna
egyetemi docens
BME GTK, Üzleti Tudományok Intézet
""")

msg("hu_003_unrelated_hotel_offer", "unrelated", "hu", None,
    frm=("Danube Business Hotel Budapest", "sales@danubebusinesshotel.hu"), client="zimbra", tz="+0200",
    subject="Szállásajánlat az ITU Telecom World 2019 idejére - kedvezményes csoportos árak",
    rx="2019-08-02 09:30:00 +0200", extra=["Precedence: bulk"],
    body="""
Tisztelt Partnerünk!

Az ITU Telecom World 2019 (2019. szeptember 9-12., Budapest) idejére kedvezményes csoportos szállásajánlatot kínálunk delegációk részére, mindössze 10 percre a HUNGEXPO-tól.

- Standard kétágyas szoba: 89 EUR/éj, reggelivel
- Ingyenes transzfer a rendezvény helyszínére

Foglalás és információ: Tóth Eszter értékesítési vezető, sales@danubebusinesshotel.hu, +36 1 555 0192

Üdvözlettel:
Danube Business Hotel Budapest
""")

# ------------------------------------------------------------- Vietnamese --

msg("vi_001_vnm_mic_two", "nomination", "vi", "VNM",
    frm=("Vụ Hợp tác quốc tế - Bộ TT&TT", "htqt@mic.gov.vn"), client="outlook", olang="VI-VN", tz="+0700",
    subject="V/v cử cán bộ tham dự phiên tham vấn của ITU tại Budapest (CI-19/35)", rx="2019-08-09 05:52:08 +0200",
    dels=[D("Nguyễn Văn Hùng", title="Phó Vụ trưởng Vụ Hợp tác quốc tế", email="nvhung@mic.gov.vn"),
          D("Trần Thị Mai", title="Chuyên viên Cục Tin học hóa", email="ttmai@mic.gov.vn")],
    body="""
Kính gửi: Ban Thư ký Liên minh Viễn thông Quốc tế (ITU)

Phúc đáp Thư thông báo CI-19/35 ngày 23/7/2019, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo cử các cán bộ sau tham dự phiên tham vấn đầu tiên ngày 10/9/2019 tại Budapest, Hungary:

1. Ông Nguyễn Văn Hùng - Phó Vụ trưởng Vụ Hợp tác quốc tế - nvhung@mic.gov.vn
2. Bà Trần Thị Mai - Chuyên viên Cục Tin học hóa - ttmai@mic.gov.vn

Trân trọng cảm ơn.

Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
18 Nguyễn Du, Hà Nội
""")

msg("vi_002_vnm_correction_fullname", "correction", "vi", "VNM", sup="vi_001_vnm_mic_two",
    frm=("Vụ Hợp tác quốc tế - Bộ TT&TT", "htqt@mic.gov.vn"), client="outlook", olang="VI-VN", tz="+0700",
    subject="RE: V/v cử cán bộ tham dự phiên tham vấn của ITU tại Budapest (CI-19/35) - đính chính",
    rx="2019-08-12 04:18:33 +0200", reply_to="vi_001_vnm_mic_two", quote=("msg", "vi_001_vnm_mic_two"), ui="en",
    dels=[D("Nguyễn Văn Hùng", title="Phó Vụ trưởng Vụ Hợp tác quốc tế", email="nvhung@mic.gov.vn"),
          D("Trần Thị Mai Anh", "TRAN Thi Mai Anh", title="Chuyên viên Cục Tin học hóa", email="ttmai@mic.gov.vn")],
    body="""
Kính gửi Ban Thư ký ITU,

Chúng tôi xin đính chính họ tên cán bộ thứ hai trong danh sách đã gửi: họ tên đầy đủ theo hộ chiếu là Bà Trần Thị Mai Anh (TRAN Thi Mai Anh), Chuyên viên Cục Tin học hóa. Các thông tin khác giữ nguyên.

Danh sách đoàn Việt Nam:
1. Ông Nguyễn Văn Hùng - Phó Vụ trưởng Vụ Hợp tác quốc tế
2. Bà Trần Thị Mai Anh - Chuyên viên Cục Tin học hóa

Trân trọng.
Vụ Hợp tác quốc tế
""")

# ------------------------------------------------------------------ Dutch --

msg("nl_001_nld_ezk_initials", "nomination", "nl", "NLD",
    frm=("Berg, J.P. van der (Jan-Pieter)", "j.p.vanderberg@minezk.nl"), client="outlook", olang="NL-NL", tz="+0200",
    subject="RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
    rx="2019-08-15 10:06:40 +0200", quote="circ", quote_lang="en", ui="nl", reply_to="circ",
    dels=[D("Jan-Pieter van der Berg", "J.P. van der Berg", title="senior beleidsmedewerker, Directie Digitale Economie",
            email="j.p.vanderberg@minezk.nl")],
    body="""
Geachte heer Clark,

Namens het Ministerie van Economische Zaken en Klimaat bevestig ik graag de Nederlandse belangstelling voor de consultatiesessies. Ik zal zelf, de heer Jan-Pieter van der Berg, deelnemen aan de eerste sessie op 10 september in Boedapest.

Met vriendelijke groet,

drs. J.P. van der Berg
senior beleidsmedewerker, Directie Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, 2594 AC Den Haag
""")

msg("nl_002_bel_bipt_decline", "decline", "nl", "BEL",
    frm=("BIPT Internationale Relaties", "international@bipt.be"), client="exchange", olang="NL-BE", tz="+0200",
    subject="Antw: Rondzendbrief CI-19/35", rx="2019-08-13 15:48:10 +0200",
    body="""
Geachte mevrouw, geachte heer,

Het Belgisch Instituut voor postdiensten en telecommunicatie (BIPT) dankt u voor de uitnodiging. Helaas zal België niet vertegenwoordigd zijn op de consultatiesessie van 10 september in Boedapest.

Met vriendelijke groeten,

Dienst Internationale Relaties
BIPT - Ellipse Building C, Koning Albert II-laan 35, 1030 Brussel
""")

# ------------------------------------------------------------ Nordic --

msg("sv_001_swe_pts_contact", "nomination", "sv", "SWE",
    frm=("Lindqvist Anna-Karin", "anna-karin.lindqvist@pts.se"), client="outlook", olang="SV-SE", tz="+0200",
    henc="Q", subject="SV: CI-19/35 - Sveriges deltagande", rx="2019-08-09 14:35:48 +0200",
    dels=[D("Anna-Karin Lindqvist", title="handläggare, Avdelningen för internationella frågor", email="anna-karin.lindqvist@pts.se")],
    body="""
Hej,

Post- och telestyrelsen (PTS) anmäler härmed Anna-Karin Lindqvist, handläggare, Avdelningen för internationella frågor, till den första konsultationen den 10 september i Budapest.

Vid frågor om Sveriges deltagande i övrigt kan ni kontakta enhetschef Erik Johansson, erik.johansson@pts.se.

Med vänliga hälsningar

Anna-Karin Lindqvist
Post- och telestyrelsen
Box 5398, 102 49 Stockholm
""")

msg("no_001_nor_nkom_decline", "decline", "no", "NOR",
    frm=("Nkom - Internasjonal seksjon", "internasjonal@nkom.no"), client="exchange", olang="NB-NO", tz="+0200",
    henc="Q", subject="SV: CI-19/35 Konsultasjonsmøter", rx="2019-08-08 12:27:33 +0200",
    body="""
Hei,

Takk for invitasjonen. Nasjonal kommunikasjonsmyndighet (Nkom) har dessverre ikke anledning til å delta på konsultasjonsmøtet i Budapest 10. september, og Norge vil derfor ikke nominere noen deltaker.

Med vennlig hilsen
Internasjonal seksjon
Nasjonal kommunikasjonsmyndighet
""")

msg("da_001_dnk_erst_latin1_8bit", "nomination", "da", "DNK",
    frm=("Mette Kjær Sørensen", "metsor@erst.dk"), client="plain", cs="iso-8859-1", cte="8bit", henc="Q", tz="+0200",
    subject="Deltagelse - ITU konsultation om tech-SMV'er (CI-19/35)", rx="2019-08-12 09:55:04 +0200",
    dels=[D("Mette Kjær Sørensen", title="chefkonsulent, Center for Digitalisering", email="metsor@erst.dk")],
    body="""
Kære ITU-sekretariat

Erhvervsstyrelsen tilmelder hermed Mette Kjær Sørensen, chefkonsulent, Center for Digitalisering, til den første konsultation den 10. september 2019 i Budapest.

Med venlig hilsen

Mette Kjær Sørensen
Chefkonsulent | Center for Digitalisering
Erhvervsstyrelsen | Langelinie Allé 17 | 2100 København Ø
""")

msg("fi_001_fin_traficom_undecided", "interest_only", "fi", "FIN",
    frm=("Virtanen Laura (Traficom)", "laura.virtanen@traficom.fi"), client="outlook", olang="FI-FI", tz="+0300",
    henc="Q", subject="VS: CI-19/35 - Consultation sessions for Member States", rx="2019-08-16 08:12:55 +0200",
    body="""
Hyvä vastaanottaja,

Liikenne- ja viestintävirasto Traficom on alustavasti kiinnostunut osallistumaan konsultaatioon. Osallistumisemme Budapestin istuntoon riippuu vielä matkustussuunnitelmistamme, ja vahvistamme osallistujan nimen myöhemmin, mikäli osallistumme.

Ystävällisin terveisin
Laura Virtanen
erityisasiantuntija, kansainväliset asiat
Traficom
""")

msg("is_001_isl_pfs", "nomination", "is", "ISL",
    frm=("Guðrún Björk Sigurðardóttir", "gudrun@pfs.is"), client="thunderbird", cs="iso-8859-1", tz="+0000",
    subject="Tilnefning - samráðsfundur ITU um tæknifyrirtæki (CI-19/35)", rx="2019-08-13 11:42:20 +0200",
    dels=[D("Guðrún Björk Sigurðardóttir", title="sérfræðingur, alþjóðamál", email="gudrun@pfs.is")],
    body="""
Góðan dag,

Póst- og fjarskiptastofnun tilnefnir hér með undirritaða, Guðrúnu Björk Sigurðardóttur, sérfræðing í alþjóðamálum, til þátttöku í fyrsta samráðsfundinum í Búdapest 10. september 2019.

Með kveðju,
Guðrún Björk Sigurðardóttir
sérfræðingur, alþjóðamál
Póst- og fjarskiptastofnun, Suðurlandsbraut 4, 108 Reykjavík
""")

# ------------------------------------------------ Central & Eastern Europe --

msg("cs_001_cze_mpo_lotus", "nomination", "cs", "CZE",
    frm=("Dvořák Tomáš", "dvorakt@mpo.cz"), client="lotus", cs="iso-8859-2", henc="Q", tz="+0200",
    subject="Odpověď na oběžník ITU CI-19/35 - účast ČR", rx="2019-08-08 10:32:11 +0200",
    dels=[D("Tomáš Dvořák", title="ředitel odboru digitální ekonomiky", email="dvorakt@mpo.cz")],
    body="""
Vážení,

v návaznosti na oběžník CI-19/35 si Vás dovoluji informovat, že Ministerstvo průmyslu a obchodu České republiky má zájem o účast na konzultačních setkáních a na první setkání dne 10. září 2019 v Budapešti vysílá Ing. Tomáše Dvořáka, Ph.D.

Kontaktní údaje:
Ing. Tomáš Dvořák, Ph.D.
ředitel odboru digitální ekonomiky
dvorakt@mpo.cz, +420 224 852 118

S pozdravem

Ing. Tomáš Dvořák, Ph.D.
ředitel odboru digitální ekonomiky
Ministerstvo průmyslu a obchodu
Na Františku 32, 110 15 Praha 1
""")

msg("sk_001_svk_upvii_inflected", "nomination", "sk", "SVK",
    frm=("Sekcia medzinárodnej spolupráce ÚPVII", "msp@vicepremier.gov.sk"), client="outlook", olang="SK-SK", tz="+0200",
    henc="Q", subject="RE: CI-19/35 - nominácia za Slovenskú republiku", rx="2019-08-15 13:58:37 +0200",
    dels=[D("Zuzana Horváthová", title="generálna riaditeľka sekcie digitálnej agendy", email="zuzana.horvathova@vicepremier.gov.sk")],
    body="""
Vážená pani, vážený pán,

Úrad podpredsedu vlády Slovenskej republiky pre investície a informatizáciu nominuje na prvé konzultačné stretnutie v Budapešti dňa 10. septembra 2019 pani Mgr. Zuzanu Horváthovú, PhD.

Meno a priezvisko: Mgr. Zuzana Horváthová, PhD.
Funkcia: generálna riaditeľka sekcie digitálnej agendy
E-mail: zuzana.horvathova@vicepremier.gov.sk

S pozdravom

Sekcia medzinárodnej spolupráce
Úrad podpredsedu vlády SR pre investície a informatizáciu
Štefánikova 15, 811 05 Bratislava
""")

msg("sl_001_svn_akos_interest", "interest_only", "sl", "SVN",
    frm=("AKOS - mednarodno sodelovanje", "mednarodno@akos-rs.si"), client="zimbra", tz="+0200",
    subject="Odgovor na okrožnico CI-19/35", rx="2019-08-07 11:19:02 +0200",
    body="""
Spoštovani,

Agencija za komunikacijska omrežja in storitve Republike Slovenije (AKOS) izraža interes za sodelovanje v posvetovanjih o spodbujanju tehnoloških in inovativnih MSP. Ime udeleženca za srečanje v Budimpešti vam bomo sporočili naknadno.

Lep pozdrav,
Služba za mednarodno sodelovanje
AKOS, Stegne 7, 1000 Ljubljana
""")

msg("hr_001_hrv_hakom", "nomination", "hr", "HRV",
    frm=("HAKOM - Međunarodna suradnja", "medjunarodna@hakom.hr"), client="plain", cs="windows-1250", cte="quoted-printable",
    henc="Q", tz="+0200",
    subject="CI-19/35 - prijava sudionika iz Republike Hrvatske", rx="2019-08-13 08:40:59 +0200",
    date="Tue, 20 Aug 2019 08:40:12 +0200",
    dels=[D("Ivana Marić", title="voditeljica Službe za međunarodnu suradnju", email="ivana.maric@hakom.hr")],
    body="""
Poštovani,

Hrvatska regulatorna agencija za mrežne djelatnosti (HAKOM) prijavljuje za sudjelovanje na prvom savjetovanju 10. rujna 2019. u Budimpešti:

gđa Ivana Marić, dipl. ing., voditeljica Službe za međunarodnu suradnju
e-pošta: ivana.maric@hakom.hr, tel. +385 1 7007 023

S poštovanjem,
HAKOM, Roberta Frangeša Mihanovića 9, 10110 Zagreb
""")

msg("sr_001_srb_cyrillic_latin", "nomination", "sr", "SRB",
    frm=("Министарство трговине, туризма и телекомуникација", "medjunarodna.saradnja@mtt.gov.rs"), client="exchange",
    cs="utf-8", olang="SR-CYRL-RS", tz="+0200", henc="B",
    subject="Одговор на циркуларно писмо ITU CI-19/35", rx="2019-08-12 14:04:31 +0200",
    dels=[D("Марко Петровић", "Marko Petrović", title="виши саветник у Сектору за информационо друштво",
            email="marko.petrovic@mtt.gov.rs")],
    body="""
Поштовани,

Министарство трговине, туризма и телекомуникација Републике Србије изражава интересовање за учешће у серији консултација о подршци технолошким и иновативним малим и средњим предузећима.

За прву сесију, 10. септембра 2019. године у Будимпешти, одређен је Марко Петровић (Marko Petrović), виши саветник у Сектору за информационо друштво, marko.petrovic@mtt.gov.rs.

С поштовањем,
Група за међународну сарадњу
Немањина 22-26, Београд
""")

msg("bs_001_bih_rak_late", "nomination", "bs", "BIH", late=True,
    frm=("Amra Hadžić", "ahadzic@rak.ba"), client="thunderbird", cs="utf-8", tz="+0200",
    subject="Prijava - konsultativna sesija ITU, Budimpešta", rx="2019-08-18 20:17:44 +0200",
    dels=[D("Amra Hadžić", title="stručna saradnica za međunarodnu saradnju", email="ahadzic@rak.ba")],
    body="""
Poštovani,

Regulatorna agencija za komunikacije Bosne i Hercegovine (RAK) ovim putem prijavljuje učešće na konsultativnoj sesiji 10. septembra 2019. godine u Budimpešti. Učestvovat će potpisana, Amra Hadžić, stručna saradnica za međunarodnu saradnju.

Izvinjavamo se zbog kašnjenja s odgovorom.

S poštovanjem,
Amra Hadžić
stručna saradnica za međunarodnu saradnju
RAK, Mehmeda Spahe 1, 71000 Sarajevo
""")

msg("mk_001_mkd_aek", "nomination", "mk", "MKD",
    frm=("АЕК - Меѓународна соработка", "international@aek.mk"), client="outlook", olang="MK-MK", tz="+0200",
    subject="Одговор на циркулар CI-19/35 - номинација", rx="2019-08-14 11:26:50 +0200",
    dels=[D("Александар Стојановски", "Aleksandar Stojanovski", title="советник за меѓународна соработка",
            email="a.stojanovski@aek.mk")],
    body="""
Почитувани,

Агенцијата за електронски комуникации на Република Северна Македонија го номинира г-дин Александар Стојановски (Aleksandar Stojanovski), советник за меѓународна соработка, за учество на првата консултативна сесија на 10 септември 2019 година во Будимпешта.

Е-пошта: a.stojanovski@aek.mk

Со почит,
Агенција за електронски комуникации
Скопје
""")

msg("sq_001_alb_akep", "nomination", "sq", "ALB",
    frm=("AKEP Marrëdhëniet me Jashtë", "info@akep.al"), client="gmail", tz="+0200",
    subject="Përgjigje për qarkoren CI-19/35", rx="2019-08-10 12:33:06 +0200",
    dels=[D("Ardit Hoxha", title="Drejtor i Drejtorisë së Politikave dhe Zhvillimit", email="ardit.hoxha@akep.al"),
          D("Elona Kola", title="Specialiste, Sektori i Marrëdhënieve me Jashtë")],
    body="""
Të nderuar,

Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) i Republikës së Shqipërisë shpreh interesin për të marrë pjesë në seancat konsultative dhe propozon për seancën e parë në Budapest, më 10 shtator 2019:

- Z. Ardit Hoxha, Drejtor i Drejtorisë së Politikave dhe Zhvillimit (ardit.hoxha@akep.al)
- Znj. Elona Kola, Specialiste, Sektori i Marrëdhënieve me Jashtë

Me respekt,
AKEP - Rr. Reshit Collaku, Tiranë
""")

msg("bg_001_bgr_mtitc_cp1251", "nomination", "bg", "BGR",
    frm=("Дирекция Електронни съобщения - МТИТС", "ec@mtitc.government.bg"), client="plain", cs="windows-1251",
    cte="base64", henc="B", tz="+0300",
    subject="Отговор на циркулярно писмо CI-19/35", rx="2019-08-09 15:15:15 +0200",
    dels=[D("Десислава Петрова Иванова", "Desislava IVANOVA", title="началник на отдел \"Международно сътрудничество\"",
            email="divanova@mtitc.government.bg")],
    body="""
Уважаеми госпожи и господа,

Министерството на транспорта, информационните технологии и съобщенията на Република България потвърждава интереса си към консултативните сесии и определя за участник в първата сесия (Будапеща, 10 септември 2019 г.):

г-жа Десислава Петрова Иванова (Desislava IVANOVA), началник на отдел "Международно сътрудничество", divanova@mtitc.government.bg

С уважение,
Дирекция "Електронни съобщения"
МТИТС, ул. "Дякон Игнатий" 9, София
""")

msg("ro_001_rou_ancom_cedilla", "nomination", "ro", "ROU",
    frm=("ANCOM Relatii Internationale", "relatii.internationale@ancom.org.ro"), client="plain", cs="iso-8859-2",
    cte="quoted-printable", henc="Q", tz="+0300",
    subject="Raspuns la circulara CI-19/35 - participant ANCOM", rx="2019-08-07 09:05:20 +0200",
    dels=[D("Ştefania Munteanu", title="şef serviciu Relaţii Internaţionale", email="stefania.munteanu@ancom.org.ro")],
    body="""
Stimate doamne, stimaţi domni,

Autoritatea Naţională pentru Administrare şi Reglementare în Comunicaţii (ANCOM) vă informează că România va fi reprezentată la prima sesiune de consultare, din 10 septembrie 2019, de către dna Ştefania Munteanu, şef serviciu Relaţii Internaţionale (stefania.munteanu@ancom.org.ro).

Cu stimă,
Serviciul Relaţii Internaţionale
ANCOM, Str. Delea Nouă nr. 2, Bucureşti
""")

msg("ro_002_mda_wsis_only", "nomination", "ro", "MDA", sess=[W],
    frm=("ANRCETI", "office@anrceti.md"), client="gmail", tz="+0300",
    subject="Re: CI-19/35 - participarea Republicii Moldova", rx="2019-08-15 10:48:12 +0200",
    dels=[D("Elena Rusu", title="consultant principal, Direcția relații internaționale", email="elena.rusu@anrceti.md")],
    body="""
Stimați colegi,

Agenția Națională pentru Reglementare în Comunicații Electronice și Tehnologia Informației (ANRCETI) vă mulțumește pentru invitație. Din păcate, nu vom putea participa la sesiunea de la Budapesta, însă propunem ca dna Elena Rusu, consultant principal, Direcția relații internaționale (elena.rusu@anrceti.md), să participe la sesiunea organizată în cadrul Forumului WSIS 2020.

Cu respect,
ANRCETI, Chișinău
""")

msg("el_001_grc_eett_iso88597", "nomination", "el", "GRC",
    frm=("ΕΕΤΤ - Τμήμα Διεθνών Σχέσεων", "intl@eett.gr"), client="plain", cs="iso-8859-7", cte="quoted-printable",
    henc="B", tz="+0300",
    subject="Απάντηση στην εγκύκλιο CI-19/35 - ορισμός εκπροσώπου", rx="2019-08-12 12:12:48 +0200",
    dels=[D("Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos", title="Προϊστάμενος Τμήματος Διεθνών Σχέσεων",
            email="gpapadopoulos@eett.gr")],
    body="""
Αξιότιμες κυρίες και κύριοι,

Σε απάντηση της εγκυκλίου CI-19/35, η Εθνική Επιτροπή Τηλεπικοινωνιών και Ταχυδρομείων (ΕΕΤΤ) ορίζει τον κ. Γεώργιο Παπαδόπουλο ως εκπρόσωπο της Ελλάδας στην πρώτη διαβουλευτική συνεδρία της 10ης Σεπτεμβρίου 2019 στη Βουδαπέστη.

Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος (Georgios Papadopoulos)
Θέση: Προϊστάμενος Τμήματος Διεθνών Σχέσεων
E-mail: gpapadopoulos@eett.gr

Με εκτίμηση,
Τμήμα Διεθνών Σχέσεων, ΕΕΤΤ
Λ. Κηφισίας 60, Μαρούσι
""")

# ----------------------------------------------------------------- Baltic --

msg("lt_001_ltu_rrt_iso885913", "nomination", "lt", "LTU",
    frm=("Rūta Kazlauskienė", "ruta.kazlauskiene@rrt.lt"), client="plain", cs="iso-8859-13", cte="quoted-printable",
    henc="Q", tz="+0300",
    subject="Atsakymas į aplinkraštį CI-19/35", rx="2019-08-08 08:20:31 +0200",
    dels=[D("Rūta Kazlauskienė", title="Tarptautinių ryšių skyriaus patarėja", email="ruta.kazlauskiene@rrt.lt")],
    body="""
Gerbiamieji,

Lietuvos Respublikos ryšių reguliavimo tarnyba (RRT) informuoja, kad pirmajame konsultaciniame susitikime 2019 m. rugsėjo 10 d. Budapešte dalyvaus Tarptautinių ryšių skyriaus patarėja Rūta Kazlauskienė.

Pagarbiai
Rūta Kazlauskienė
Tarptautinių ryšių skyriaus patarėja
Ryšių reguliavimo tarnyba, L. Sapiegos g. 10, Vilnius
""")

msg("lv_001_lva_sam_decline", "decline", "lv", "LVA",
    frm=("Satiksmes ministrija", "satiksmes.ministrija@sam.gov.lv"), client="exchange", olang="LV-LV", tz="+0300",
    henc="Q", subject="Par ITU apkārtrakstu CI-19/35", rx="2019-08-14 10:05:44 +0200",
    body="""
Godātie kolēģi!

Satiksmes ministrija pateicas par uzaicinājumu. Diemžēl Latvija nevarēs piedalīties konsultāciju sesijā Budapeštā 2019. gada 10. septembrī.

Ar cieņu
Starptautiskās sadarbības nodaļa
Satiksmes ministrija, Gogoļa iela 3, Rīga
""")

msg("et_001_est_mkm", "nomination", "et", "EST",
    frm=("Kristjan Tamm", "kristjan.tamm@mkm.ee"), client="gmail", tz="+0300",
    subject="CI-19/35 - Eesti osaleja", rx="2019-08-13 09:01:12 +0200",
    dels=[D("Kristjan Tamm", title="digitaalarengu osakonna nõunik", email="kristjan.tamm@mkm.ee")],
    body="""
Tere,

Majandus- ja Kommunikatsiooniministeerium teatab, et Eestit esindab 10. septembril Budapestis toimuval konsultatsioonil digitaalarengu osakonna nõunik Kristjan Tamm.

Lugupidamisega
Kristjan Tamm
digitaalarengu osakonna nõunik
Majandus- ja Kommunikatsiooniministeerium
""")

# ---------------------------------------------- Middle East & South Asia --

msg("he_001_isr_moc_cp1255", "nomination", "he", "ISR",
    frm=("Michal Levi", "michall@moc.gov.il"), client="plain", cs="windows-1255", cte="quoted-printable", henc="B", tz="+0300",
    subject="מינוי נציגה - מפגש התייעצות ITU בבודפשט (CI-19/35)", rx="2019-08-11 10:14:19 +0200",
    dels=[D("מיכל לוי", "Michal Levi", title="מנהלת תחום קשרים בינלאומיים", email="michall@moc.gov.il")],
    body="""
לכבוד
מזכירות ITU

שלום רב,

בהמשך למכתב החוזר CI-19/35, משרד התקשורת של מדינת ישראל מבקש להודיע על השתתפותה של גב' מיכל לוי (Ms. Michal Levi), מנהלת תחום קשרים בינלאומיים, במפגש ההתייעצות הראשון שיתקיים ב-10 בספטמבר 2019 בבודפשט.

דוא"ל: michall@moc.gov.il

בברכה,
אגף קשרים בינלאומיים
משרד התקשורת, ירושלים
""")

msg("hi_001_ind_msme_hindi", "nomination", "hi", "IND",
    frm=("अंतर्राष्ट्रीय सहयोग प्रभाग, एमएसएमई मंत्रालय", "ic-msme@gov.in"), client="plain", cs="utf-8", cte="base64", tz="+0530",
    subject="आईटीयू परिपत्र CI-19/35 - प्रतिभागी का नामांकन", rx="2019-08-13 07:45:36 +0200",
    dels=[D("अमित कुमार वर्मा", "Amit Kumar Verma", title="उप सचिव (अंतर्राष्ट्रीय सहयोग)", email="ak.verma68@gov.in")],
    body="""
महोदय/महोदया,

आईटीयू परिपत्र CI-19/35 दिनांक 23.07.2019 के संदर्भ में, सूक्ष्म, लघु और मध्यम उद्यम मंत्रालय, भारत सरकार, 10 सितंबर 2019 को बुडापेस्ट में आयोजित होने वाले प्रथम परामर्श सत्र हेतु श्री अमित कुमार वर्मा (Shri Amit Kumar Verma), उप सचिव (अंतर्राष्ट्रीय सहयोग), को नामित करता है।

ई-मेल: ak.verma68@gov.in
दूरभाष: +91-11-2306 3342

भवदीय,

(सुनीता रावत)
अवर सचिव, भारत सरकार
उद्योग भवन, नई दिल्ली
""")

msg("bn_001_basis_nonmember", "nomination", "bn", None,
    frm=("BASIS Secretariat", "secretariat@basis.org.bd"), client="gmail", tz="+0600",
    subject="আইটিইউ পরামর্শ সভায় অংশগ্রহণ - বেসিস", rx="2019-08-12 11:18:47 +0200",
    dels=[D("তানভীর আহমেদ চৌধুরী", "Tanvir Ahmed Chowdhury", title="পরিচালক, বেসিস", email="tanvir.chowdhury@basis.org.bd")],
    body="""
সম্মানিত আইটিইউ সচিবালয়,

বাংলাদেশ অ্যাসোসিয়েশন অব সফটওয়্যার অ্যান্ড ইনফরমেশন সার্ভিসেস (বেসিস) দেশের এক হাজারেরও বেশি সফটওয়্যার ও আইটি প্রতিষ্ঠানের প্রতিনিধিত্ব করে। আমরা ১০ সেপ্টেম্বর বুদাপেস্টে অনুষ্ঠিতব্য পরামর্শ সভায় অংশগ্রহণে আগ্রহী এবং এ জন্য জনাব তানভীর আহমেদ চৌধুরী, পরিচালক, বেসিস-এর নাম প্রস্তাব করছি।

ইমেইল: tanvir.chowdhury@basis.org.bd

ধন্যবাদান্তে,
বেসিস সচিবালয়
Tanvir Ahmed Chowdhury | Director, BASIS
""")

msg("ur_001_pak_moitt_urdu", "nomination", "ur", "PAK",
    frm=("Ministry of IT & Telecom - IC Wing", "ic.wing@moitt.gov.pk"), client="outlook", olang="UR-PK", tz="+0500",
    subject="آئی ٹی یو سرکلر CI-19/35 - نامزدگی", rx="2019-08-14 08:36:02 +0200",
    dels=[D("محمد فیصل قریشی", "Muhammad Faisal Qureshi", title="ڈپٹی سیکرٹری (آئی ٹی)", email="faisal.qureshi@moitt.gov.pk")],
    body="""
محترم جناب/محترمہ،

آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے، وزارت انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، حکومت پاکستان، 10 ستمبر 2019 کو بوڈاپسٹ میں منعقد ہونے والے پہلے مشاورتی اجلاس کے لیے جناب محمد فیصل قریشی (Mr. Muhammad Faisal Qureshi)، ڈپٹی سیکرٹری (آئی ٹی)، کو نامزد کرتی ہے۔

ای میل: faisal.qureshi@moitt.gov.pk

والسلام،
انٹرنیشنل کوآپریشن ونگ
وزارت انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، اسلام آباد
""")

msg("ne_001_npl_nta", "nomination", "ne", "NPL",
    frm=("Nepal Telecommunications Authority", "info@nta.gov.np"), client="gmail", tz="+0545",
    subject="आईटीयू परामर्श सत्रका लागि मनोनयन (CI-19/35)", rx="2019-08-15 06:50:21 +0200",
    dels=[D("राजेश प्रसाद श्रेष्ठ", "Rajesh Prasad Shrestha", title="निर्देशक", email="rajesh.shrestha@nta.gov.np")],
    body="""
आदरणीय महोदय/महोदया,

आईटीयूको परिपत्र CI-19/35 सम्बन्धमा, नेपाल दूरसञ्चार प्राधिकरणले सेप्टेम्बर १०, २०१९ मा बुडापेस्टमा हुने पहिलो परामर्श सत्रमा सहभागी हुन निर्देशक श्री राजेश प्रसाद श्रेष्ठ (Mr. Rajesh Prasad Shrestha) लाई मनोनयन गरेको व्यहोरा अनुरोध छ।

इमेल: rajesh.shrestha@nta.gov.np

धन्यवाद।
नेपाल दूरसञ्चार प्राधिकरण
जमल, काठमाडौं
""")

msg("si_001_lka_trcsl_initials", "nomination", "si", "LKA",
    frm=("TRCSL International Relations", "ir@trc.gov.lk"), client="plain", cs="utf-8", cte="base64", tz="+0530",
    subject="ITU උපදේශන සැසිය සඳහා නාමයෝජනාව (CI-19/35)", rx="2019-08-12 07:03:59 +0200",
    dels=[D("එච්.එම්. නිමල් බණ්ඩාර", "H.M. Nimal Bandara", title="අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා)", email="nimal.bandara@trc.gov.lk")],
    body="""
ගරු මහත්මයාණෙනි/මහත්මියණි,

CI-19/35 චක්‍රලේඛය අනුව, 2019 සැප්තැම්බර් 10 වන දින බුඩාපෙස්ට් නුවර පැවැත්වෙන පළමු උපදේශන සැසිය සඳහා ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව විසින් අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා) එච්.එම්. නිමල් බණ්ඩාර මහතා නම් කරනු ලැබේ.

H.M. Nimal Bandara - Director (International Relations) - nimal.bandara@trc.gov.lk

ස්තූතියි,
ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව, කොළඹ 10
""")

msg("ta_001_tanstia_nonmember", "nomination", "ta", None,
    frm=("TANSTIA", "tanstia.chennai@gmail.com"), client="gmail", tz="+0530",
    subject="ITU ஆலோசனைக் கூட்டத்தில் பங்கேற்பு - TANSTIA", rx="2019-08-10 09:27:14 +0200",
    dels=[D("க. சுப்பிரமணியன்", "K. Subramanian", title="பொதுச் செயலாளர்")],
    body="""
மதிப்பிற்குரிய ITU செயலகத்திற்கு,

தமிழ்நாடு சிறு மற்றும் குறு தொழில்கள் சங்கம் (TANSTIA) சார்பாக, செப்டம்பர் 10 அன்று புடாபெஸ்டில் நடைபெறும் ஆலோசனைக் கூட்டத்தில் எங்கள் பொதுச் செயலாளர் திரு. க. சுப்பிரமணியன் (Mr. K. Subramanian) அவர்கள் கலந்துகொள்ள விரும்புகிறார்.

நன்றி,
TANSTIA, கிண்டி, சென்னை
""")

# ------------------------------------------------- South-East & East Asia --

msg("th_001_tha_nbtc_tis620", "nomination", "th", "THA",
    frm=("สำนักความร่วมมือระหว่างประเทศ สำนักงาน กสทช.", "intl@nbtc.go.th"), client="plain", cs="tis-620",
    cte="base64", henc="B", tz="+0700",
    subject="แจ้งรายชื่อผู้เข้าร่วมการประชุมหารือ ITU (CI-19/35)", rx="2019-08-09 06:14:08 +0200",
    dels=[D("สมชาย ใจดี", "Somchai Jaidee", title="ผู้อำนวยการสำนักความร่วมมือระหว่างประเทศ", email="somchai.j@nbtc.go.th"),
          D("พรทิพย์ ศรีสุข", "Pornthip Srisuk", title="นักวิชาการชำนาญการ")],
    body="""
เรียน สำนักเลขาธิการ ITU

ตามหนังสือเวียนที่ CI-19/35 สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ (สำนักงาน กสทช.) ขอแจ้งรายชื่อผู้เข้าร่วมการประชุมหารือครั้งแรก ในวันที่ 10 กันยายน 2562 ณ กรุงบูดาเปสต์ ดังนี้

1. นายสมชาย ใจดี (Mr. Somchai Jaidee) ผู้อำนวยการสำนักความร่วมมือระหว่างประเทศ somchai.j@nbtc.go.th
2. นางสาวพรทิพย์ ศรีสุข (Ms. Pornthip Srisuk) นักวิชาการชำนาญการ

จึงเรียนมาเพื่อโปรดทราบ

สำนักความร่วมมือระหว่างประเทศ
สำนักงาน กสทช.
""")

msg("ms_001_mys_mcmc_bin_binti", "nomination", "ms", "MYS",
    frm=("Jabatan Hubungan Antarabangsa MCMC", "international@mcmc.gov.my"), client="outlook", olang="MS-MY", tz="+0800",
    subject="RE: CI-19/35 - Penamaan peserta Malaysia", rx="2019-08-13 04:05:30 +0200",
    dels=[D("Ahmad Fauzi bin Abdullah", title="Pengarah, Bahagian Pembangunan Industri", email="fauzi@mcmc.gov.my"),
          D("Nurul Ain binti Ismail", title="Penolong Pengurus Kanan, Jabatan Hubungan Antarabangsa", email="nurulain@mcmc.gov.my")],
    body="""
Tuan/Puan,

Merujuk kepada surat pekeliling CI-19/35, Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) dengan sukacitanya menamakan peserta berikut untuk sesi konsultasi pertama pada 10 September 2019 di Budapest:

1. Encik Ahmad Fauzi bin Abdullah - Pengarah, Bahagian Pembangunan Industri (fauzi@mcmc.gov.my)
2. Puan Nurul Ain binti Ismail - Penolong Pengurus Kanan, Jabatan Hubungan Antarabangsa (nurulain@mcmc.gov.my)

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Jabatan Hubungan Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia, Cyberjaya
""")

msg("tl_001_psia_nonmember", "nomination", "tl", None,
    frm=("Jose Miguel Santos", "jmsantos@psia.org.ph"), client="gmail", tz="+0800",
    subject="Paglahok ng PSIA sa ITU consultation session sa Budapest", rx="2019-08-11 04:48:50 +0200",
    dels=[D("Jose Miguel Santos", title="Executive Director ng PSIA", email="jmsantos@psia.org.ph")],
    body="""
Magandang araw po!

Ako po si Jose Miguel Santos, Executive Director ng PSIA (Philippine Software Industry Association). Nabalitaan po namin mula sa DICT ang tungkol sa consultation session sa Budapest sa ika-10 ng Setyembre. Nais ko pong dumalo bilang kinatawan ng mga software SME sa Pilipinas.

Maraming salamat po at inaasahan ko ang inyong tugon.

Lubos na gumagalang,
Jose Miguel Santos
PSIA, Makati City
""")

msg("km_001_khm_mptc", "nomination", "km", "KHM",
    frm=("MPTC International Cooperation", "ic@mptc.gov.kh"), client="gmail", tz="+0700",
    subject="ការចាត់តាំងមន្ត្រីចូលរួមកិច្ចពិគ្រោះយោបល់ ITU (CI-19/35)", rx="2019-08-14 05:25:47 +0200",
    dels=[D("សុខ វិចិត្រ", "SOK Vichet", title="អនុប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន", email="vichet.sok@mptc.gov.kh")],
    body="""
ជូនចំពោះ លេខាធិការដ្ឋាន ITU

យោងតាមលិខិតចរាចរលេខ CI-19/35 ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍នៃព្រះរាជាណាចក្រកម្ពុជា សូមជម្រាបថា លោក សុខ វិចិត្រ (Mr. SOK Vichet) អនុប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន ត្រូវបានចាត់តាំងឱ្យចូលរួមកិច្ចពិគ្រោះយោបល់លើកទីមួយ នៅថ្ងៃទី១០ ខែកញ្ញា ឆ្នាំ២០១៩ នៅទីក្រុងប៊ុយដាប៉េស្ត។

អ៊ីមែល៖ vichet.sok@mptc.gov.kh

សូមអរគុណ។
នាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ
""")

msg("my_001_mmr_interest_late", "interest_only", "my", "MMR", late=True,
    frm=("PTD International Relations", "ir.ptd@mptmail.net.mm"), client="gmail", tz="+0630",
    subject="CI-19/35 အကြောင်းပြန်ကြားခြင်း", rx="2019-08-19 05:42:18 +0200",
    body="""
ITU အတွင်းရေးမှူးရုံး သို့

CI-19/35 စာအမှတ်ပါ "နည်းပညာနှင့် ဆန်းသစ်တီထွင်မှု အသေးစားနှင့် အလတ်စားလုပ်ငန်းများ မြှင့်တင်ရေး" အကြံပြုဆွေးနွေးပွဲများတွင် ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာန၊ ဆက်သွယ်ရေးဦးစီးဌာနမှ ပါဝင်ဆွေးနွေးလိုကြောင်း အသိပေးအပ်ပါသည်။ တက်ရောက်မည့်သူ၏ အမည်ကို နောက်မှ ထပ်မံအကြောင်းကြားပါမည်။

လေးစားစွာဖြင့်
နိုင်ငံတကာဆက်ဆံရေးဌာနခွဲ
ဆက်သွယ်ရေးဦးစီးဌာန၊ နေပြည်တော်
""")

msg("lo_001_lao_mpt", "nomination", "lo", "LAO",
    frm=("MPT Lao PDR - International Cooperation", "ic@mpt.gov.la"), client="gmail", tz="+0700",
    subject="ແຈ້ງລາຍຊື່ຜູ້ເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລື ITU (CI-19/35)", rx="2019-08-16 23:51:07 +0200",
    dels=[D("ສົມພອນ ແກ້ວມະນີ", "Somphone KEOMANY", title="ຮອງຫົວໜ້າກົມແຜນການ ແລະ ການຮ່ວມມື", email="somphone.k@mpt.gov.la")],
    body="""
ຮຽນ: ກອງເລຂາ ITU

ອີງຕາມໜັງສືວຽນ CI-19/35, ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ແຫ່ງ ສປປ ລາວ ຂໍແຈ້ງວ່າ ທ່ານ ສົມພອນ ແກ້ວມະນີ (Mr. Somphone KEOMANY), ຮອງຫົວໜ້າກົມແຜນການ ແລະ ການຮ່ວມມື, ຈະເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລືຄັ້ງທຳອິດ ໃນວັນທີ 10 ກັນຍາ 2019 ທີ່ນະຄອນບູດາເປັດ.

ອີເມວ: somphone.k@mpt.gov.la

ດ້ວຍຄວາມນັບຖື,
ກົມແຜນການ ແລະ ການຮ່ວມມື
""")

msg("mn_001_mng_cita_patronymic", "nomination", "mn", "MNG",
    frm=("Б.Батбаяр", "batbayar.b@cita.gov.mn"), client="plain", cs="utf-8", cte="quoted-printable", tz="+0800",
    subject="ОУЦХБ-ны зөвлөлдөх уулзалтад оролцох тухай (CI-19/35)", rx="2019-08-13 03:40:26 +0200",
    dels=[D("Батсүхийн Батбаяр", "Б.Батбаяр", "Batbayar Batsukh", title="Мэдээллийн технологийн бодлогын газрын мэргэжилтэн",
            email="batbayar.b@cita.gov.mn")],
    body="""
Эрхэм хүндэт ОУЦХБ-ын Нарийн бичгийн дарга нарын газарт,

CI-19/35 тоот албан бичгийн дагуу 2019 оны 9-р сарын 10-нд Будапешт хотноо болох анхдугаар зөвлөлдөх уулзалтад Харилцаа холбоо, мэдээллийн технологийн газрын Мэдээллийн технологийн бодлогын газрын мэргэжилтэн Батсүхийн Батбаяр (Batbayar Batsukh) оролцохыг мэдэгдье.

Хүндэтгэсэн,
Б.Батбаяр
batbayar.b@cita.gov.mn
""")

# ---------------------------------------------- Africa, Caucasus, Central Asia --

msg("am_001_eth_mint", "nomination", "am", "ETH",
    frm=("Ministry of Innovation and Technology", "international@mint.gov.et"), client="gmail", tz="+0300",
    subject="በአይቲዩ የምክክር መድረክ ተሳታፊ ስለመላክ (CI-19/35)", rx="2019-08-13 10:37:52 +0200",
    dels=[D("ዳዊት ተስፋዬ ገብሬ", "Dawit Tesfaye Gebre", title="የዲጂታል ኢኮኖሚ ዳይሬክተር", email="dawit.tesfaye@mint.gov.et")],
    body="""
ለዓለም አቀፉ የቴሌኮሙኒኬሽን ሕብረት (ITU) ጽሕፈት ቤት

ጉዳዩ፦ በቡዳፔስት የምክክር መድረክ ተሳታፊ ስለመላክ

በCI-19/35 ደብዳቤ መሠረት፣ የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር መስከረም 10 ቀን 2019 (እ.ኤ.አ.) በቡዳፔስት በሚካሄደው የመጀመሪያው የምክክር መድረክ ላይ የዲጂታል ኢኮኖሚ ዳይሬክተር አቶ ዳዊት ተስፋዬ ገብሬ (Mr. Dawit Tesfaye Gebre) እንዲሳተፉ መመደቡን እናሳውቃለን።

ኢሜይል፦ dawit.tesfaye@mint.gov.et

ከሰላምታ ጋር
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
""")

msg("ka_001_geo_gncc", "nomination", "ka", "GEO",
    frm=("ნინო ბერიძე", "n.beridze@gncc.ge"), client="outlook", olang="KA-GE", tz="+0400",
    subject="CI-19/35 - საქართველოს მონაწილე", rx="2019-08-12 13:51:22 +0200",
    dels=[D("ნინო ბერიძე", "Nino Beridze", title="საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი", email="n.beridze@gncc.ge")],
    body="""
ბატონებო,

საქართველოს კომუნიკაციების ეროვნული კომისია გაცნობებთ, რომ 2019 წლის 10 სექტემბერს ბუდაპეშტში გამართულ პირველ საკონსულტაციო სესიაში მონაწილეობას მიიღებს ნინო ბერიძე, საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი.

პატივისცემით,
ნინო ბერიძე
Nino Beridze | Head of International Relations Department
Georgian National Communications Commission
""")

msg("hy_001_arm_mhti", "nomination", "hy", "ARM",
    frm=("Armen Hovhannisyan", "a.hovhannisyan@mhti.am"), client="gmail", tz="+0400",
    subject="CI-19/35 - Հայաստանի մասնակից", rx="2019-08-14 12:05:16 +0200",
    dels=[D("Արմեն Հովհաննիսյան", "Armen Hovhannisyan", title="միջազգային համագործակցության վարչության պետ",
            email="a.hovhannisyan@mhti.am")],
    body="""
Հարգելի գործընկերներ,

ՀՀ բարձր տեխնոլոգիական արդյունաբերության նախարարությունը տեղեկացնում է, որ 2019թ. սեպտեմբերի 10-ին Բուդապեշտում կայանալիք առաջին խորհրդակցությանը կմասնակցի միջազգային համագործակցության վարչության պետ Արմեն Հովհաննիսյանը (Armen Hovhannisyan):

Հարգանքով՝
Արմեն Հովհաննիսյան
միջազգային համագործակցության վարչության պետ
""")

msg("az_001_aze_mtcht", "nomination", "az", "AZE",
    frm=("Beynəlxalq əlaqələr şöbəsi", "ir@mincom.gov.az"), client="outlook", olang="AZ-LATN-AZ", tz="+0400",
    henc="Q", subject="CI-19/35 sirkulyar məktubuna cavab", rx="2019-08-09 11:44:03 +0200",
    dels=[D("Elvin Məmmədov", title="Beynəlxalq əlaqələr şöbəsinin müdiri", email="elvin.mammadov@mincom.gov.az"),
          D("Günel Əliyeva", title="İnnovasiyalar şöbəsinin baş məsləhətçisi")],
    body="""
Hörmətli həmkarlar,

Azərbaycan Respublikası Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi 10 sentyabr 2019-cu il tarixində Budapeştdə keçiriləcək ilk məsləhətləşmə sessiyasında iştirak üçün aşağıdakı şəxsləri təqdim edir:

- cənab Elvin Məmmədov, Beynəlxalq əlaqələr şöbəsinin müdiri (elvin.mammadov@mincom.gov.az)
- xanım Günel Əliyeva, İnnovasiyalar şöbəsinin baş məsləhətçisi

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
""")

msg("kk_001_kaz_correction_kazakh_late", "correction", "kk", "KAZ", late=True, sup="ru_002_kaz_koi8r_initials",
    frm=("Сәрсенбаева Әйгерім", "a.sarsenbayeva@mdai.gov.kz"), client="plain", cs="utf-8", cte="base64", tz="+0600",
    subject="Қатысушыны ауыстыру туралы - ХЭО консультациялық сессиясы (CI-19/35)", rx="2019-08-20 06:58:10 +0200",
    reply_to="ru_002_kaz_koi8r_initials",
    dels=[D("Сәрсенбаева Әйгерім Болатқызы", "Aigerim SARSENBAYEVA", title="IT-индустрияны дамыту департаментінің сарапшысы",
            email="a.sarsenbayeva@mdai.gov.kz")],
    body="""
Құрметті әріптестер!

9 тамыздағы хатымызға қосымша ретінде хабарлаймыз: 10 қыркүйекте Будапештте өтетін консультациялық сессияға Ахметов Данияр Серікұлының орнына IT-индустрияны дамыту департаментінің сарапшысы Сәрсенбаева Әйгерім Болатқызы (Aigerim SARSENBAYEVA) қатысады.

E-mail: a.sarsenbayeva@mdai.gov.kz

Құрметпен,
Қазақстан Республикасы Цифрлық даму, қорғаныс және аэроғарыш өнеркәсібі министрлігі
""")

msg("uz_001_tuit_inquiry_nonmember", "inquiry", "uz", None,
    frm=("Dilshod Rahimov", "d.rahimov@tuit.uz"), client="gmail", tz="+0500",
    subject="ITU maslahat sessiyasi bo'yicha savol", rx="2019-08-07 07:30:09 +0200",
    body="""
Hurmatli ITU kotibiyati,

Men Muhammad al-Xorazmiy nomidagi Toshkent axborot texnologiyalari universiteti dotsentiman. Universitetimiz qoshidagi startap inkubatori nomidan 10-sentabrdagi Budapesht sessiyasida kuzatuvchi sifatida qatnashish mumkinmi? Agar mumkin bo'lsa, qanday ro'yxatdan o'tish kerak?

Hurmat bilan,
Dilshod Rahimov
TATU, Toshkent
""")

msg("ky_001_kgz_nomination_kyrgyz", "nomination", "ky", "KGZ",
    frm=("ГКИТиС КР", "info@ccit.gov.kg"), client="plain", cs="utf-8", cte="base64", tz="+0600",
    subject="ЭЭБнин консультациялык сессиясына катышуучу жөнүндө", rx="2019-08-15 08:17:35 +0200",
    dels=[D("Асанов Нурлан Бакытбекович", "Nurlan ASANOV", title="эл аралык кызматташтык бөлүмүнүн башчысы",
            email="n.asanov@ccit.gov.kg")],
    body="""
Урматтуу кесиптештер,

5-августтагы катыбызга кошумча катары, Кыргыз Республикасынын Маалыматтык технологиялар жана байланыш боюнча мамлекеттик комитети 2019-жылдын 10-сентябрында Будапештте өтүүчү биринчи консультациялык сессияга төмөнкү адамды дайындайт:

Асанов Нурлан Бакытбекович (Nurlan ASANOV) - эл аралык кызматташтык бөлүмүнүн башчысы, n.asanov@ccit.gov.kg

Урматтоо менен,
Эл аралык кызматташтык бөлүмү
""")

# ------------------------------------------------- English, late additions --

msg("en_024_rwa_mission_cover_french_letter", "nomination", "en", "RWA",
    frm=("Permanent Mission of Rwanda Geneva", "ambageneve@minaffet.gov.rw"), client="outlook", olang="EN-GB", tz="+0200",
    subject="FW: Désignation - session de consultation UIT sur les PME technologiques", rx="2019-08-15 17:26:44 +0200",
    dels=[D("Aline UWAMAHORO", title="Chargée de l'innovation TIC", email="a.uwamahoro@rura.rw")],
    body="""
Dear Sir/Madam,

The Permanent Mission of the Republic of Rwanda in Geneva presents its compliments to the ITU Secretariat and forwards below the nomination letter of the Rwanda Utilities Regulatory Authority (RURA) for the consultation session of 10 September 2019 in Budapest. The Honourable Minister of ICT and Innovation will lead Rwanda's delegation to ITU Telecom World; Ms. Aline Uwamahoro will represent Rwanda in the SME consultation session.

Kind regards,

Olivier Mugabo
Counsellor
Permanent Mission of the Republic of Rwanda, Geneva
Rue Jean-Antoine Gautier 8, 1201 Genève

From: RURA Cooperation <cooperation@rura.rw>
Sent: Wednesday, August 14, 2019 3:02 PM
To: Permanent Mission of Rwanda Geneva <ambageneve@minaffet.gov.rw>
Subject: Désignation - session de consultation UIT sur les PME technologiques

Monsieur le Secrétaire Général,

Faisant suite à votre lettre circulaire CI-19/35, l'Autorité Rwandaise de Régulation des Services d'Utilité Publique (RURA) a l'honneur de désigner Mme Aline UWAMAHORO, Chargée de l'innovation TIC, pour participer à la première session de consultation à Budapest.

Courriel : a.uwamahoro@rura.rw

Veuillez agréer, Monsieur le Secrétaire Général, l'assurance de notre haute considération.

Le Directeur Général
""")

msg("en_025_usa_resend_after_deadline", "nomination", "en", "USA", late=True,
    frm=("Feldman, Mark J", "FeldmanMJ@state.gov"), client="outlook", olang="EN-US", tz="-0400",
    subject="FW: ITU Circular CI-19/35 - U.S. participation - RESENDING", rx="2019-08-20 15:02:37 +0200",
    reply_to="en_014_usa_two_agencies", quote=("msg", "en_014_usa_two_agencies"),
    dels=[D("Rebecca L. Thornton", title="Foreign Affairs Officer, Office of Multilateral Affairs", email="ThorntonRL@state.gov"),
          D("David Okoro", title="International Trade Specialist, U.S. Small Business Administration, Office of International Trade", email="david.okoro@sba.gov")],
    body="""
Dear colleagues,

Resending our message of August 15 below, as we have not yet received an acknowledgment. There are no changes to the U.S. participants. Could you please confirm receipt?

Thanks,
Mark

Mark Feldman
Deputy Director, Multilateral Affairs
U.S. Department of State
""")

msg("en_026_guy_via_itu_area_office_no_received", "nomination", "en", "GUY", late=True, hops=0,
    frm=("ITU Area Office Caribbean", "itu-bridgetown@itu.int"), client="exchange", olang="EN-US",
    date="Fri, 16 Aug 2019 18:30:00 -0400",
    subject="FW: Guyana nomination - SME consultation session, Budapest", rx="2019-08-17 00:30:00 +0200",
    dels=[D("Shondell Persaud-Williams", title="Telecommunications Policy Officer, Ministry of Public Telecommunications",
            email="spwilliams@mopt.gov.gy")],
    body="""
Dear SME team,

Guyana sent the nomination below to our office instead of sme@itu.int. Forwarding for your action.

Best,
ITU Area Office for the Caribbean, Bridgetown

From: Shondell Persaud-Williams <spwilliams@mopt.gov.gy>
Sent: Friday, August 16, 2019 5:55 PM
To: ITU Area Office Caribbean <itu-bridgetown@itu.int>
Subject: Guyana nomination - SME consultation session, Budapest

Good afternoon,

The Ministry of Public Telecommunications of Guyana wishes to participate in the first consultation session under Circular CI-19/35. I have been nominated to attend: Shondell Persaud-Williams, Telecommunications Policy Officer, Ministry of Public Telecommunications (spwilliams@mopt.gov.gy).

Regards,
Shondell Persaud-Williams
""")


if __name__ == "__main__":
    main()
