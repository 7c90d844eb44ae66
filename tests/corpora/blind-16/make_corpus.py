#!/usr/bin/env python3
"""Blind labelled corpus of replies to ITU circular CI-19/35 ("Fostering tech and innovation SMEs").

Deterministic, standard library only (Python 3.11).  Running it (re)writes, next to this file:

    messages/*.eml   one RFC 5322 message per file, as the ITU mail server (sme@itu.int) would store it
    labels.jsonl     one label per message, shape of shared/corpus/SCHEMA.md
    README.md        how the corpus was written, counts by kind and language

Every reply text below was composed by hand in its language; people, mailbox addresses, phone numbers and
message identifiers are invented, institutions and Member States are real.  The script validates its own
output (parsing, strict decoding, labels against the decoded text, kind-dependent fields, byte-identical
regeneration) and exits non-zero on any failure.
"""
import base64
import hashlib
import json
import os
import quopri
import re
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from html import escape as _hesc
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
SESSIONS = ("budapest-2019", "cwg-2020", "wsis-2020")
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated")
UN6 = ("ar", "zh", "en", "fr", "ru", "es")
MAILBOX = "sme@itu.int"
CIRC_SENT = "2019-07-23 17:05:12+02:00"

MSGS = []


def T(s):
    """A text block written flush-left in this file."""
    return textwrap.dedent(s).strip("\n")


def D(name, title=None, email=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def M(**kw):
    MSGS.append(kw)


def H(n, k=8):
    """Deterministic pseudo-random hex from a seed string."""
    return hashlib.sha256(n.encode("utf-8")).hexdigest()[:k]


def HI(n, lo, hi):
    return lo + int(H(n, 12), 16) % (hi - lo + 1)


def dt(s):
    return datetime.fromisoformat(s)


# --------------------------------------------------------------------------------------------------------------
# header encoding


def pycodec(cs):
    return {"ks_c_5601-1987": "euc_kr"}.get(cs.lower(), cs)


def enc_words(text, charset="utf-8", mode="B"):
    pre = "=?%s?%s?" % (charset, mode)

    def one(s):
        b = s.encode(pycodec(charset))
        if mode == "B":
            return pre + base64.b64encode(b).decode("ascii") + "?="
        out = []
        for c in b:
            ch = chr(c)
            if c < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            elif c == 32:
                out.append("_")
            else:
                out.append("=%02X" % c)
        return pre + "".join(out) + "?="

    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > 75:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return words


def fold_ascii(value, first_len):
    """Fold an ASCII unstructured header value at spaces, lines under 78 characters."""
    out, line, limit = [], "", 78 - first_len
    for w in value.split(" "):
        if line and len(line) + 1 + len(w) > limit:
            out.append(line)
            line, limit = w, 77
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n ".join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def hdr_text(name, text, charset="utf-8", mode="B"):
    if is_ascii(text):
        return "%s: %s" % (name, fold_ascii(text, len(name) + 2))
    return "%s: %s" % (name, "\n ".join(enc_words(text, charset, mode)))


def addr(display, address, charset="utf-8", mode="B"):
    if not display:
        return address
    if is_ascii(display):
        if re.search(r'[()<>\[\]:;@\\,."]', display):
            display = '"%s"' % display.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (display, address)
    return "%s <%s>" % ("\n ".join(enc_words(display, charset, mode)), address)


def hdr_addrs(name, items, charset="utf-8", mode="B"):
    parts = [addr(d, a, charset, mode) for d, a in items]
    return "%s: %s" % (name, ",\n ".join(parts))


# --------------------------------------------------------------------------------------------------------------
# MIME building


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble

    def ser(self):
        head = "\n".join(self.headers).encode("ascii") + b"\n\n"
        if self.children is None:
            return head + self.body
        b = self.boundary.encode("ascii")
        out = [head]
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n\n")
        for c in self.children:
            out.append(b"--" + b + b"\n" + c.ser().rstrip(b"\n") + b"\n\n")
        out.append(b"--" + b + b"--\n")
        return b"".join(out)


def encode_body(data, cte, text=True):
    if cte == "base64":
        if text:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def text_leaf(subtype, text, charset, cte, extra_params="", extra_headers=()):
    data = text.encode(pycodec(charset))  # strict: fails loudly on a character the charset lacks
    if cte == "7bit" and any(c >= 128 for c in data):
        raise ValueError("7bit body with 8-bit data")
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_params)
    heads = [ct, "Content-Transfer-Encoding: %s" % cte] + list(extra_headers)
    return Part(heads, encode_body(data, cte))


def bin_leaf(ctype, filename, data, disposition="attachment", cid=None):
    heads = ['Content-Type: %s; name="%s"' % (ctype, filename)]
    if cid:
        heads.append("Content-ID: <%s>" % cid)
    heads += ['Content-Disposition: %s; filename="%s"' % (disposition, filename),
              "Content-Transfer-Encoding: base64"]
    return Part(heads, base64.encodebytes(data))


def multipart(subtype, children, boundary, params="", preamble=None):
    return Part(['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)],
                children=children, boundary=boundary, preamble=preamble)


def fake_pdf(seed, title):
    """A small, well-formed PDF whose text is only a reference (names are never hidden in attachments)."""
    content = "BT /F1 12 Tf 72 720 Td (%s) Tj ET" % title
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out.encode("latin-1"))
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    out += "trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, H(seed, 32), H(seed, 32), x)
    return out.encode("latin-1")


# a 1x1 transparent PNG, used as the inline logo of some Outlook signatures
PNG1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


# --------------------------------------------------------------------------------------------------------------
# HTML renderings

RTL = ("ar", "fa", "he", "ur")
OUTLOOK_LANG = {"en": "EN-US", "fr": "FR", "es": "ES", "ar": "AR-SA", "ru": "RU", "zh": "ZH-CN", "de": "DE",
                "pt": "PT-BR", "it": "IT", "ja": "JA", "ko": "KO", "el": "EL", "he": "HE", "tr": "TR"}


def _lines_html(text):
    return [(_hesc(l, quote=False) if l.strip() else "") for l in text.split("\n")]


def html_outlook(text, lang, quote_html="", logo_cid=None, charset="utf-8"):
    rtl = lang in RTL
    pdir = ' dir="RTL"' if rtl else ""
    paras = []
    for l in _lines_html(text):
        if l:
            paras.append('<p class="MsoNormal"%s><span style="font-size:11.0pt">%s</span><o:p></o:p></p>' % (pdir, l))
        else:
            paras.append('<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % pdir)
    if logo_cid:
        paras.append('<p class="MsoNormal"><img width="120" height="40" id="Picture_x0020_1" src="cid:%s" '
                     'alt="logo"><o:p></o:p></p>' % logo_cid)
    return T('''
    <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
    </xml><![endif]-->
    </head>
    ''') % charset + '\n<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n' % (
        OUTLOOK_LANG.get(lang, "EN-US"), ' dir="rtl"' if rtl else "", "\n".join(paras), quote_html)


def html_gmail(text, lang, quote_html=""):
    d = "rtl" if lang in RTL else "ltr"
    body = "<br>".join(_lines_html(text))
    return '<div dir="%s">%s</div>%s\n' % (d, body, quote_html)


def html_tbird(text, lang, quote_html="", charset="utf-8"):
    paras = []
    for block in text.split("\n\n"):
        paras.append("    <p>%s</p>" % "<br>\n      ".join(_lines_html(block)))
    d = ' dir="rtl"' if lang in RTL else ""
    return ('<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n  </head>\n'
            '  <body text="#000000" bgcolor="#FFFFFF"%s>\n%s\n%s  </body>\n</html>\n') % (
        charset.upper(), d, "\n".join(paras), quote_html)


def html_plainwrap(text, lang):
    d = ' dir="rtl"' if lang in RTL else ""
    return '<html><body%s><div style="font-family:Arial;font-size:10pt">%s</div></body></html>\n' % (
        d, "<br />\n".join(_lines_html(text)))


def flow(text, width=72):
    """format=flowed wrapping, soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" "))
            continue
        pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend([p + " " for p in pieces[:-1]] + [pieces[-1]])
    return "\n".join(out)


class TextOf(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "table", "blockquote", "h1", "h2", "h3", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(h):
    p = TextOf()
    p.feed(h)
    p.close()
    return "".join(p.out)


# --------------------------------------------------------------------------------------------------------------
# the circular as it was mailed (short versions in the six languages), for the replies that quote it

CIRC_MID = "<5c0b6b8a1e0f4d3c9b1d2f7a8e6c4b21@CHEXMBX03.ad.itu.int>"
CIRC_FROM = "ITU - SME <sme@itu.int>"

CIRC_SUBJ = {
    "en": "CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
    "fr": "CI-19/35 : Sessions de consultation destinées aux États Membres : Encourager les PME spécialisées "
          "dans les technologies et l'innovation",
    "es": "CI-19/35: Sesiones de consulta para los Estados Miembros: Fomento de las PYME de tecnología e innovación",
    "ru": "CI-19/35: Консультационные сессии для Государств-Членов: содействие развитию МСП в области "
          "технологий и инноваций",
    "zh": "CI-19/35：成员国磋商会议：促进科技和创新中小企业",
    "ar": "CI-19/35: جلسات تشاور للدول الأعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار",
}

CIRC_TEXT = {
    "en": T('''
    Circular CI-19/35
    Geneva, 23 July 2019
    To Member States of ITU
    Contact: Mr Christopher Clark
    E-mail: sme@itu.int
    Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

    Dear Sir/Madam,

    I am pleased to invite your Administration to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will be held on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to hold similar sessions during the Council Working Group meetings in early 2020, at the WSIS Forum 2020 and at other events.

    [...]

    I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session, to be held during ITU Telecom World, by 16 August 2019 to the ITU secretariat at: sme@itu.int.

    Yours faithfully,

    (signed)

    Houlin Zhao
    Secretary-General
    '''),
    "fr": T('''
    Circulaire CI-19/35
    Genève, le 23 juillet 2019
    Aux États Membres de l'UIT
    Contact: M. Christopher Clark
    Courriel: sme@itu.int
    Objet: Sessions de consultation destinées aux États Membres: «Encourager les PME spécialisées dans les technologies et l'innovation»

    Madame, Monsieur,

    J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation intitulée «Encourager les PME spécialisées dans les technologies et l'innovation». La première session se tiendra le 10 septembre 2019, pendant ITU Telecom World 2019 à Budapest (Hongrie). Nous prévoyons d'organiser des sessions analogues lors des réunions des Groupes de travail du Conseil au début de 2020, pendant le Forum du SMSI de 2020 et à l'occasion d'autres manifestations.

    [...]

    Je vous saurais gré de bien vouloir faire part de votre intérêt et indiquer le nom du participant désigné pour la première session de consultation, qui aura lieu pendant ITU Telecom World, d'ici au 16 août 2019, au secrétariat de l'UIT, à l'adresse suivante: sme@itu.int.

    Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.

    (signé)

    Houlin Zhao
    Secrétaire général
    '''),
    "es": T('''
    Circular CI-19/35
    Ginebra, 23 de julio de 2019
    A los Estados Miembros de la UIT
    Contacto: Sr. Christopher Clark
    Correo-e: sme@itu.int
    Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las PYME de tecnología e innovación"

    Muy Señora mía/Muy Señor mío:

    Tengo el placer de invitar a su Administración a participar en una serie de sesiones de consulta tituladas "Fomento de las PYME de tecnología e innovación". La primera sesión se celebrará el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, durante el Foro de la CMSI 2020 y en otros eventos.

    [...]

    Le agradecería que tuviera a bien manifestar su interés e indicar el nombre del participante designado para la primera sesión de consulta, que tendrá lugar durante ITU Telecom World, a más tardar el 16 de agosto de 2019, a la secretaría de la UIT en la dirección: sme@itu.int.

    Atentamente,

    (firmado)

    Houlin Zhao
    Secretario General
    '''),
    "ru": T('''
    Циркулярное письмо CI-19/35
    Женева, 23 июля 2019 года
    Государствам – Членам МСЭ
    Для контактов: г-н Кристофер Кларк
    Эл. почта: sme@itu.int
    Предмет: Консультационные сессии для Государств-Членов: "Содействие развитию МСП в области технологий и инноваций"

    Уважаемая госпожа,
    уважаемый господин,

    Имею честь пригласить вашу Администрацию принять участие в серии консультационных сессий под названием "Содействие развитию МСП в области технологий и инноваций". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. Мы планируем провести аналогичные сессии в ходе собраний рабочих групп Совета в начале 2020 года, во время Форума ВВУИО 2020 года, а также в рамках других мероприятий.

    [...]

    Буду признателен, если вы сообщите о своей заинтересованности и укажете участника, назначенного для участия в первой консультационной сессии в ходе ITU Telecom World, не позднее 16 августа 2019 года, направив информацию в секретариат МСЭ по адресу: sme@itu.int.

    С уважением,

    (подпись)

    Хоулинь Чжао
    Генеральный секретарь
    '''),
    "zh": T('''
    通函 CI-19/35
    2019年7月23日，日内瓦
    致国际电联各成员国
    联系人：Christopher Clark先生
    电子邮件：sme@itu.int
    事由：成员国磋商会议："促进科技和创新中小企业"

    尊敬的先生/女士：

    我很高兴邀请贵主管部门参加题为"促进科技和创新中小企业"的系列磋商会议。首次会议将于2019年9月10日在匈牙利布达佩斯举行的2019年国际电联世界电信展期间召开。我们计划在2020年初理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动期间举办类似会议。

    [……]

    请于2019年8月16日之前表明贵方的兴趣，并将拟参加世界电信展期间首次磋商会议的人员姓名发送至国际电联秘书处：sme@itu.int。

    顺致敬意！

    （签字）

    秘书长
    赵厚麟
    '''),
    "ar": T('''
    CI-19/35
    جنيف، 23 يوليو 2019
    إلى الدول الأعضاء في الاتحاد الدولي للاتصالات
    مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
    البريد الإلكتروني: sme@itu.int
    الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

    حضرات السادة والسيدات،

    يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

    [...]

    ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكوم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

    وتفضلوا بقبول فائق التقدير والاحترام.

    (توقيع)

    هولين جاو
    '''),
}

# Outlook reply header blocks, in the language of the replying user's Outlook
OUTLOOK_HDR = {
    "en": ("From: {f}\nSent: Tuesday, July 23, 2019 5:05 PM\nTo: {t}\nSubject: {s}"),
    "fr": ("De : {f}\nEnvoyé : mardi 23 juillet 2019 17:05\nÀ : {t}\nObjet : {s}"),
    "es": ("De: {f}\nEnviado el: martes, 23 de julio de 2019 17:05\nPara: {t}\nAsunto: {s}"),
    "ru": ("От: {f}\nОтправлено: 23 июля 2019 г. 17:05\nКому: {t}\nТема: {s}"),
    "zh": ("发件人: {f}\n发送时间: 2019年7月23日 17:05\n收件人: {t}\n主题: {s}"),
    "ar": ("من: {f}\nأرسلت: الثلاثاء، 23 يوليو، 2019 05:05 م\nإلى: {t}\nالموضوع: {s}"),
    "de": ("Von: {f}\nGesendet: Dienstag, 23. Juli 2019 17:05\nAn: {t}\nBetreff: {s}"),
    "pt": ("De: {f}\nEnviada em: terça-feira, 23 de julho de 2019 17:05\nPara: {t}\nAssunto: {s}"),
    "it": ("Da: {f}\nInviato: martedì 23 luglio 2019 17:05\nA: {t}\nOggetto: {s}"),
}
GMAIL_ATTR = {
    "en": "On Tue, Jul 23, 2019 at 5:05 PM ITU - SME <sme@itu.int> wrote:",
    "fr": "Le mar. 23 juil. 2019 à 17:05, ITU - SME <sme@itu.int> a écrit :",
    "es": "El mar., 23 jul. 2019 a las 17:05, ITU - SME (<sme@itu.int>) escribió:",
    "ru": "вт, 23 июл. 2019 г. в 17:05, ITU - SME <sme@itu.int>:",
    "zh": "ITU - SME <sme@itu.int> 于2019年7月23日周二 下午5:05写道：",
    "ar": "في الثلاثاء، 23 يوليو 2019 في 5:05 م، كتب ITU - SME <sme@itu.int>:",
    "pt": "Em ter., 23 de jul. de 2019 às 17:05, ITU - SME <sme@itu.int> escreveu:",
    "de": "Am Di., 23. Juli 2019 um 17:05 Uhr schrieb ITU - SME <sme@itu.int>:",
}


def quote_plain(circ_lang, style, ui_lang):
    txt = CIRC_TEXT[circ_lang]
    if style == "outlook":
        h = OUTLOOK_HDR.get(ui_lang, OUTLOOK_HDR["en"]).format(
            f=CIRC_FROM, t=CIRC_FROM, s=CIRC_SUBJ[circ_lang])
        return "\n\n" + "_" * 32 + "\n" + h + "\n\n" + txt + "\n"
    if style == "gmail":
        a = GMAIL_ATTR.get(ui_lang, GMAIL_ATTR["en"])
        return "\n\n" + a + "\n\n" + "\n".join(("> " + l) if l else ">" for l in txt.split("\n")) + "\n"
    if style == "original":
        return "\n\n-----Original Message-----\n" + OUTLOOK_HDR["en"].format(
            f=CIRC_FROM, t=CIRC_FROM, s=CIRC_SUBJ[circ_lang]) + "\n\n" + txt + "\n"
    raise ValueError(style)


def quote_html(circ_lang, style, ui_lang):
    txt = CIRC_TEXT[circ_lang]
    body = "<br>\n".join(_lines_html(txt))
    if style in ("outlook", "original"):
        h = OUTLOOK_HDR.get(ui_lang, OUTLOOK_HDR["en"]).format(f=CIRC_FROM, t=CIRC_FROM, s=CIRC_SUBJ[circ_lang])
        hh = "<br>\n".join("<b>%s</b>%s" % (_hesc(l.split(":", 1)[0] + ":"), _hesc(l.split(":", 1)[1]))
                           for l in h.split("\n"))
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                '<p class="MsoNormal">%s</p>\n</div>\n<p class="MsoNormal">%s</p>\n' % (hh, body))
    a = _hesc(GMAIL_ATTR.get(ui_lang, GMAIL_ATTR["en"]))
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (a, body))


# --------------------------------------------------------------------------------------------------------------
# transport: Received chains and Message-IDs

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
O365 = {
    "eur": (["AM6PR04MB", "DB7PR03MB", "VI1PR08MB", "HE1PR07MB", "AM0PR02MB"], "eurprd0%d"),
    "nam": (["BN6PR09MB", "CY4PR12MB", "DM6PR07MB", "SN6PR04MB"], "namprd0%d"),
    "apc": (["SG2PR06MB", "HK0PR03MB", "PU1PR01MB", "TY1PR01MB"], "apcprd0%d"),
    "ind": (["BM1PR01MB", "MA1PR01MB"], "INDPRD0%d"),
    "aus": (["SY2PR01MB", "ME2PR01MB"], "ausprd0%d"),
    "gbr": (["LO2P265MB", "CWLP123MB"], "GBRP%d65"),
    "fra": (["PR1P264MB", "MRZP264MB"], "FRAP%d64"),
    "lam": (["CP2PR80MB", "BN8PR19MB"], "lamprd%d0"),
}
UTC = timezone.utc


def tzof(s):
    sign = 1 if s[0] == "+" else -1
    h, m = int(s[1:3]), int(s[4:6]) if ":" in s else int(s[3:5])
    return timezone(sign * timedelta(hours=h, minutes=m))


def rdate(d, tz=None, comment=None, weekday=True):
    if tz is not None:
        d = d.astimezone(tz)
    s = format_datetime(d)
    if not weekday:
        s = s.split(", ", 1)[1]
    if comment:
        s += " (%s)" % comment
    return s


def qid(seed, n=12):
    alphabet = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    v = int(H(seed, 24), 16)
    out = ""
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out += alphabet[r]
    return out


def domain_of(address):
    return address.rsplit("@", 1)[1].rstrip(">")


def o365_host(m):
    reg = m.get("region", "eur")
    prefs, dom = O365[reg]
    p = prefs[HI(m["key"] + "p", 0, len(prefs) - 1)]
    host = "%s%d" % (p, HI(m["key"] + "h", 1000, 6999))
    return host, "%s.%s.prod.outlook.com" % (host, dom % HI(m["key"] + "d", 1, 8))


def make_mid(m):
    if m.get("mid"):
        return m["mid"]
    via, k = m.get("via", "onprem"), m["key"]
    dom = domain_of(m["frm"][1])
    mua = m.get("mua", "plain")
    if via == "o365":
        host, fq = o365_host(m)
        return "<%s%s@%s>" % (host, H(k, 16).upper(), fq)
    if via == "gmail":
        raw = base64.b64encode(bytes.fromhex(H(k, 54))).decode().replace("/", "_")
        return "<CA%s@mail.gmail.com>" % raw[:50]
    if via == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (HI(k, 10 ** 8, 10 ** 9), HI(k + "b", 10 ** 6, 10 ** 7),
                                               HI(k + "c", 10 ** 5, 10 ** 6))
    if mua == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (HI(k, 10 ** 8, 10 ** 9), HI(k + "z", 10 ** 6, 10 ** 7),
                                                  int(dt(m["date"]).timestamp() * 1000), dom)
    if mua == "lotus":
        return "<OF%s.%s-ON%s.%s-%s.%s@%s>" % (H(k, 8).upper(), H(k + "1", 8).upper(), H(k + "2", 8).upper(),
                                              H(k + "3", 8).upper(), H(k + "4", 8).upper(),
                                              H(k + "5", 8).upper(), dom)
    if mua in ("tbird", "apple"):
        u = H(k, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if mua == "outlook":
        return "<%s$%s$%s@%s>" % ("00" + H(k, 10), H(k + "y", 8), H(k + "z", 8), dom)
    if via == "exchange":
        return "<%s@%s>" % (H(k, 32), m.get("exch_host", "EXCH01") + "." + dom)
    return "<%s.%s@%s>" % (dt(m["date"]).strftime("%Y%m%d%H%M%S"), H(k, 10), dom)


def received_chain(m, sent, recv):
    """Received headers, topmost first; the topmost is stamped by an itu.int MX."""
    k = m["key"]
    via = m.get("via", "onprem")
    dom = domain_of(m["frm"][1])
    local = sent.tzinfo
    lines = []
    ip = "203.0.113.%d" % HI(k + "ip", 2, 250)
    if via == "o365":
        host, fq = o365_host(m)
        n = HI(k + "ob", 10, 99)
        ob = "mail-eopbgr%d%d.outbound.protection.outlook.com" % (HI(k + "r", 1, 8) * 10, n)
        peer = (ob, "40.107.%d.%d" % (HI(k + "a", 0, 255), n))
        lines.append("Received: from %s (2603:10a6:%x:%x::%x) by\n %s (2603:10a6:%x:%x::%x) with Microsoft SMTP\n"
                     " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.2157.%d;\n %s"
                     % (fq, HI(k + "1", 16, 4000), HI(k + "2", 16, 255), HI(k + "3", 16, 255), fq,
                        HI(k + "4", 16, 4000), HI(k + "5", 16, 255), HI(k + "6", 16, 255), HI(k + "7", 10, 30),
                        rdate(sent + timedelta(seconds=1), UTC)))
    elif via == "gmail":
        g = "mail-%s-f%d.google.com" % (["wr1", "wm1", "lj1", "io1", "pl1", "ed1"][HI(k + "g", 0, 5)], HI(k, 41, 199))
        peer = (g, "209.85.%d.%d" % (HI(k + "a", 128, 222), HI(k, 41, 199)))
        lines.append("Received: by %s with SMTP id %s%dso%d%s.%d\n        for <%s>; %s" % (
            g, "abcdefghijklmnopqrstuvwxyz"[HI(k + "l", 0, 25)], HI(k + "n", 1, 99), HI(k + "s", 10 ** 6, 10 ** 7 - 1),
            ["wrs", "wmb", "ljb", "iob", "plf", "edb"][HI(k + "g", 0, 5)], HI(k + "m", 1, 199), MAILBOX,
            rdate(sent + timedelta(seconds=1), tzof("-07:00"), "PDT")))
    elif via == "yahoo":
        peer = ("sonic%d-%d.consmr.mail.ir2.yahoo.com" % (HI(k, 301, 330), HI(k + "b", 20, 40)),
                "77.238.%d.%d" % (HI(k + "a", 176, 179), HI(k, 10, 250)))
        lines.append("Received: from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ir2.yahoo.com with "
                     "HTTP; %s" % (HI(k, 301, 330), rdate(sent + timedelta(seconds=1), UTC)))
    elif via == "itu_local":
        peer = None
    else:
        mx = m.get("out_host", "mail." + dom)
        peer = (mx, ip)
        if via == "exchange":
            ex = m.get("exch_host", "EXCH01")
            lines.append("Received: from %s.%s (10.%d.%d.%d) by %s.%s\n (10.%d.%d.%d) with Microsoft SMTP Server "
                         "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1713.5; %s" % (
                             ex, dom, HI(k + "q", 1, 40), HI(k + "w", 1, 250), HI(k + "e", 2, 250), "EDGE01", dom,
                             HI(k + "q", 1, 40), HI(k + "w", 1, 250), HI(k + "f", 2, 250),
                             rdate(sent + timedelta(seconds=2), local)))
        lines.append("Received: from [10.%d.%d.%d] (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                     % (HI(k + "q", 1, 40), HI(k + "w", 1, 250), HI(k + "e", 2, 250), HI(k + "q", 1, 40),
                        HI(k + "w", 1, 250), HI(k + "e", 2, 250), mx, qid(k + "o", 10), rdate(sent, local))
                     if via == "onprem" else
                     "Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
                         mx, mx, qid(k + "o", 10), rdate(sent + timedelta(seconds=3), local)))
        lines.reverse()
    itu = m.get("itu", ["mx1", "mx2"][HI(k + "mx", 0, 1)])
    # the ITU MXs stamp Geneva summer time, one relay of the pool stamps UTC; a quarter of the mail passes the
    # IronPort-style gateway (no weekday in its date)
    itu_tz = m.get("itu_tz") or ("+00:00" if peer is not None and HI(k + "utc", 0, 4) == 0 else "+02:00")
    ironport = m.get("ironport", peer is not None and HI(k + "iron", 0, 3) == 0)
    itz = tzof(itu_tz)
    stamp = recv.astimezone(itz)
    if peer is None:
        top = "Received: by %s.itu.int (Postfix)\n\tid %s; %s" % (itu, qid(k + "itu", 13), rdate(
            stamp, comment="CEST" if itu_tz == "+02:00" else "UTC"))
    elif ironport:
        top = "Received: from %s ([%s])\n  by %s.itu.int with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; %s" % (
            peer[0], peer[1], itu, rdate(stamp, weekday=False))
    else:
        top = ("Received: from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 "
               "(256/256 bits))\n\t(No client certificate requested)\n\tby %s.itu.int (Postfix) with ESMTPS id %s\n"
               "\tfor <%s>; %s") % (peer[0], peer[0], peer[1], itu, qid(k + "itu", 13), MAILBOX,
                                    rdate(stamp, comment="CEST" if itu_tz == "+02:00" else "UTC"))
    return [top] + lines, stamp


MUA_HEADERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0"],
    "tbird": ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\n Thunderbird/60.8.0"],
    "zimbra": ["X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC76 (Win)/8.8.12_GA_3794)"],
    "lotus": ["X-Mailer: IBM Notes Release 9.0.1FP10 SHF147 May 28, 2018",
              "X-MIMETrack: Serialize by Router on MAIL01/GOV at 2019. 08. 01. 10:00:00"],
    "apple": ["X-Mailer: Apple Mail (2.3445.104.11)"],
    "iphone": ["X-Mailer: iPhone Mail (16G77)"],
    "roundcube": ["User-Agent: Roundcube Webmail/1.3.8"],
    "plain": [],
    "gmail": [],
    "owa": [],
}


# --------------------------------------------------------------------------------------------------------------
# one message


def body_part(m):
    """The MIME body of a message, from its spec."""
    if m.get("special"):
        return m["special"](m)
    lang = m["lang"]
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    text = m.get("body")
    mua = m.get("mua", "plain")
    q = m.get("quote")  # (circular language, style, ui language)
    if text is not None and q:
        text = text + quote_plain(*q)
    if text is not None and mua == "tbird" and not m.get("noflow"):
        text = flow(text)
        plain = text_leaf("plain", text, cs, m.get("cte", "8bit"), "; format=flowed")
    elif text is not None:
        plain = text_leaf("plain", text, cs, cte)
    else:
        plain = None
    h = m.get("html")
    if h is None:
        root = plain
    else:
        qh = quote_html(*q) if q else ""
        hcs = m.get("html_charset", cs)
        hcte = m.get("html_cte", cte)
        logo = None
        if h is True or h == "auto":
            style = {"gmail": "gmail", "tbird": "tbird", "iphone": "gmail"}.get(mua, "outlook")
            if style == "outlook" and m.get("logo"):
                logo = "image001.png@01D55%s.%s" % (H(m["key"] + "l", 3).upper(), H(m["key"] + "m", 8).upper())
            base = m["body"]
            if style == "gmail":
                htm = html_gmail(base, lang, qh)
            elif style == "tbird":
                htm = html_tbird(base, lang, qh, hcs)
            else:
                htm = html_outlook(base, lang, qh, logo, hcs)
        else:
            htm = h.replace("{QUOTE}", qh)
        hpart = text_leaf("html", htm, hcs, hcte)
        if logo:
            hpart = multipart("related", [hpart, bin_leaf("image/png", "image001.png", PNG1, "inline", logo)],
                              "_004_%s_" % H(m["key"] + "rel", 40).upper(), ' type="text/html";')
        if plain is None:
            root = hpart
        else:
            root = multipart("alternative", [plain, hpart], boundary_for(m, "alt"))
    att = m.get("attach")
    if att:
        kids = [root] + [bin_leaf(ct, fn, fake_pdf(m["key"] + fn, ref) if data is None else data)
                         for fn, ct, ref, data in att]
        root = multipart("mixed", kids, boundary_for(m, "mix"))
    return root


def boundary_for(m, role):
    k = m["key"] + role
    mua = m.get("mua", "plain")
    if m.get("via") == "gmail" or mua == "gmail":
        return "000000000000%s" % H(k, 16)
    if mua in ("outlook", "owa") or m.get("via") in ("o365", "exchange"):
        return "_%03d_%s_" % ({"alt": 0, "mix": 5, "rel": 4}.get(role, 0), H(k, 40).upper())
    if mua == "tbird":
        return "------------%s" % H(k, 24).upper()
    if mua == "apple":
        return "Apple-Mail=_%s" % H(k, 32).upper()
    return "----=_Part_%d_%d.%d" % (HI(k, 1000, 99999), HI(k + "b", 10 ** 8, 10 ** 9),
                                   int(dt(m["date"]).timestamp() * 1000))


def build(m):
    sent = dt(m["date"])
    if m.get("recv"):
        recv = dt(m["recv"])
    else:
        recv = sent + timedelta(seconds=m.get("lag", HI(m["key"] + "lag", 4, 75)))
    chain, stamp = received_chain(m, sent, recv)
    hcs = m.get("hcharset", "utf-8")
    hmode = m.get("hmode", "B")
    fdisp, faddr = m["frm"]
    heads = ["Return-Path: <%s>" % m.get("return_path", faddr), "Delivered-To: " + MAILBOX] + chain
    heads.append(hdr_addrs("From", [m["frm"]], hcs, hmode))
    if m.get("sender"):
        heads.append(hdr_addrs("Sender", [m["sender"]], hcs, hmode))
    heads.append(hdr_addrs("To", m.get("to", [("", MAILBOX)]), hcs, hmode))
    if m.get("cc"):
        heads.append(hdr_addrs("CC", m["cc"], hcs, hmode))
    heads.append(hdr_text("Subject", m["subject"], hcs, hmode))
    mua = m.get("mua", "plain")
    outlookish = m.get("via") in ("o365", "exchange") and mua in ("outlook", "owa", "plain")
    if outlookish:
        heads.append(hdr_text("Thread-Topic", re.sub(r"^(?:[^\W\d_]{1,8}\s?:\s*)+", "", m["subject"]) or m["subject"],
                              hcs, hmode))
        heads.append("Thread-Index: " + base64.b64encode(bytes.fromhex(H(m["key"] + "ti", 44))).decode())
    heads.append("Date: " + format_datetime(sent))
    mid = make_mid(m)
    heads.append("Message-ID: " + mid)
    irt = m.get("irt")
    refs = m.get("refs")
    if m.get("irt_key"):
        o = next(x for x in MSGS if x["key"] == m["irt_key"])
        irt = make_mid(o)
        refs = (CIRC_MID + "\n " + irt) if o.get("quote") else irt
    if irt is None and m.get("quote"):
        irt = CIRC_MID
    if irt:
        refs = refs or irt
        heads.append("References: " + refs)
        heads.append("In-Reply-To: " + irt)
    if outlookish:
        heads.append("Accept-Language: %s" % m.get("acl", "en-US"))
        heads.append("Content-Language: %s" % m.get("acl", "en-US").split(",")[0])
        heads.append("X-MS-Has-Attach: %s" % ("yes" if m.get("attach") or m.get("logo") else ""))
        heads.append("X-MS-TNEF-Correlator:")
        heads.append("x-originating-ip: [10.%d.%d.%d]" % (HI(m["key"] + "x", 1, 99), HI(m["key"] + "y", 1, 250),
                                                          HI(m["key"] + "z", 2, 250)))
    if not outlookish:
        heads += MUA_HEADERS.get(mua, [])
    heads += m.get("extra", [])
    root = body_part(m)
    heads.append("MIME-Version: 1.0")
    root.headers = heads + root.headers
    return root.ser(), mid, stamp


# --------------------------------------------------------------------------------------------------------------
# special bodies: delivery reports, read receipts


def dsn(human, human_lang_text_cs, reporting_mta, recipient, status, diag, arrival, orig_headers,
        boundary, orig_full=None, human_html=None):
    kids = []
    h = text_leaf("plain", human, human_lang_text_cs,
                  "7bit" if human_lang_text_cs == "us-ascii" else "quoted-printable")
    if human_html:
        h = multipart("alternative", [h, text_leaf("html", human_html, "utf-8", "quoted-printable")],
                      boundary + "_alt")
    kids.append(h)
    ds = T('''
    Reporting-MTA: dns; %s
    Arrival-Date: %s

    Final-Recipient: rfc822; %s
    Action: failed
    Status: %s
    Diagnostic-Code: smtp; %s
    ''') % (reporting_mta, arrival, recipient, status, diag)
    kids.append(Part(["Content-Type: message/delivery-status", "Content-Description: Delivery report"],
                     (ds + "\n").encode("ascii")))
    if orig_full is not None:
        kids.append(Part(["Content-Type: message/rfc822", "Content-Description: Undelivered Message"],
                         orig_full.encode("utf-8")))
    else:
        kids.append(Part(["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"],
                         orig_headers.encode("ascii")))
    return multipart("report", kids, boundary, " report-type=delivery-status;")


def mdn(human, charset, final_rcpt, orig_mid, boundary, cte="quoted-printable"):
    kids = [text_leaf("plain", human, charset, cte)]
    disp = T('''
    Reporting-UA: %s; Microsoft Exchange Server
    Final-Recipient: rfc822; %s
    Original-Message-ID: %s
    Disposition: manual-action/MDN-sent-manually; displayed
    ''') % (domain_of(final_rcpt), final_rcpt, orig_mid)
    kids.append(Part(["Content-Type: message/disposition-notification"], (disp + "\n").encode("ascii")))
    return multipart("report", kids, boundary, " report-type=disposition-notification;")


# ==============================================================================================================
# English

RE_EN = "RE: " + CIRC_SUBJ["en"]

M(key="en01", lang="en", kind="nomination", ms="KEN",
  frm=("Peter Kiprono", "pkiprono@ca.go.ke"), cc=[("Grace Mwangi", "gwmwangi@ca.go.ke")],
  subject=RE_EN, date="2019-08-06 11:42:17+03:00", via="o365", region="eur", mua="outlook", html=True,
  cte="quoted-printable", quote=("en", "outlook", "en"), logo=True,
  body=T('''
Dear Mr Clark,

Reference is made to ITU Circular CI-19/35 dated 23 July 2019 regarding the consultation sessions on "Fostering tech and innovation SMEs".

The Communications Authority of Kenya wishes to express its interest in participating in the first consultation session to be held on 10 September 2019 during ITU Telecom World 2019 in Budapest. The Authority has nominated Ms. Grace Wanjiru Mwangi, Manager, Frequency Planning & Innovation, to represent Kenya at the session. Her contact details are as follows:

Email: gwmwangi@ca.go.ke
Tel: +254 703 042 118

We look forward to receiving the detailed agenda.

Kind regards,

Peter O. Kiprono
Ag. Director, Multi-Sectoral Regulation
Communications Authority of Kenya
CA Centre, Waiyaki Way, Nairobi
'''),
  delegates=[D("Grace Wanjiru Mwangi", "Manager, Frequency Planning & Innovation", "gwmwangi@ca.go.ke")])

M(key="en02", lang="en", kind="nomination", ms="IND",
  frm=("Telecom Wing, PMI Geneva", "tele.geneva@mea.gov.in"),
  subject="Note Verbale: Nominations for ITU consultation sessions on Fostering tech and innovation SMEs (CI-19/35)",
  date="2019-08-08 16:20:44+02:00", via="relay", out_host="mailgw.nic.in", mua="zimbra",
  html="""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>No. GEN/ITU/551/1/2019</div><div><br></div><div>The Permanent Mission of India to the United Nations Office and other International Organizations in Geneva presents its compliments to the International Telecommunication Union (ITU) and, with reference to ITU Circular CI-19/35 dated 23 July 2019, has the honour to convey the following nominations from the Department of Telecommunications, Government of India, for the consultation sessions on "Fostering tech and innovation SMEs":</div><div><br></div><ol><li>Shri Rajesh Kumar Pathak, Deputy Director General (International Relations), Department of Telecommunications, for the session during ITU Telecom World 2019, Budapest, 10 September 2019;</li><li>Ms. Anjali Venkataraman, Director (Standardization), Telecommunication Engineering Centre, for the session in Budapest and for the session to be held on the margins of the Council Working Group meetings in early 2020.</li></ol><div>The e-mail addresses of the nominees are ddgir-dot@gov.in and anjali.v@tec.gov.in respectively.</div><div><br></div><div>The Permanent Mission of India avails itself of this opportunity to renew to the International Telecommunication Union the assurances of its highest consideration.</div><div><br></div><div>Geneva, 8 August 2019</div><div><br></div><div>International Telecommunication Union<br>Place des Nations<br>1211 Geneva 20</div></div></body></html>
""",
  body=T('''
No. GEN/ITU/551/1/2019

The Permanent Mission of India to the United Nations Office and other International Organizations in Geneva presents its compliments to the International Telecommunication Union (ITU) and, with reference to ITU Circular CI-19/35 dated 23 July 2019, has the honour to convey the following nominations from the Department of Telecommunications, Government of India, for the consultation sessions on "Fostering tech and innovation SMEs":

1. Shri Rajesh Kumar Pathak, Deputy Director General (International Relations), Department of Telecommunications, for the session during ITU Telecom World 2019, Budapest, 10 September 2019;
2. Ms. Anjali Venkataraman, Director (Standardization), Telecommunication Engineering Centre, for the session in Budapest and for the session to be held on the margins of the Council Working Group meetings in early 2020.

The e-mail addresses of the nominees are ddgir-dot@gov.in and anjali.v@tec.gov.in respectively.

The Permanent Mission of India avails itself of this opportunity to renew to the International Telecommunication Union the assurances of its highest consideration.

Geneva, 8 August 2019

International Telecommunication Union
Place des Nations
1211 Geneva 20
'''),
  delegates=[D("Rajesh Kumar Pathak", "Deputy Director General (International Relations)", "ddgir-dot@gov.in"),
             D("Anjali Venkataraman", "Director (Standardization)", "anjali.v@tec.gov.in")],
  sessions=["budapest-2019", "cwg-2020"])

M(key="en03", lang="en", kind="nomination", ms="GBR",
  frm=("Harriet Cole", "harriet.cole@culture.gov.uk"),
  subject="UK nomination - ITU SME consultation, Budapest", date="2019-08-01 09:03:55+01:00",
  via="o365", region="gbr", mua="outlook", acl="en-GB, en-US",
  body=T('''
Dear colleagues,

Thank you for Circular CI-19/35. The UK would be pleased to take part in the first consultation session in Budapest on 10 September. Our participant will be:

Name: Oliver BRIGHTWELL
Job title: Head of International Digital Policy (SMEs)
Department: Department for Digital, Culture, Media & Sport
Email: oliver.brightwell@culture.gov.uk
Phone: +44 20 7946 0321

Oliver will also be attending other parts of Telecom World with the UK delegation.

Best wishes,
Harriet

Harriet Cole | ITU Policy Lead | International Telecoms Team
Department for Digital, Culture, Media & Sport
4th Floor, 100 Parliament Street, London SW1A 2BQ
'''),
  delegates=[D("Oliver BRIGHTWELL", "Head of International Digital Policy (SMEs)",
               "oliver.brightwell@culture.gov.uk")])

M(key="en04", lang="en", kind="inquiry", ms="USA",
  frm=("Daniel R. Whitaker", "WhitakerDR@state.gov"),
  subject="Question on CI-19/35 consultation sessions", date="2019-07-29 10:15:02-04:00",
  via="o365", region="nam", mua="outlook", html=True, cte="quoted-printable",
  body=T('''
Dear ITU Secretariat,

We have received Circular CI-19/35 and are currently consulting with our colleagues at NTIA and the FCC on possible participation.

Before we proceed, could you please clarify two points:

- Will the Budapest session be open to private-sector SME representatives accompanying government delegates, or is it restricted to Member State representatives only?
- Will remote participation be offered for the session on 10 September?

Thank you in advance for your help.

Best regards,

Daniel R. Whitaker
Telecommunications Policy Officer
Office of Multilateral Affairs
Bureau of Economic and Business Affairs
U.S. Department of State
'''))

M(key="en05", lang="en", kind="nomination", ms="NGA",
  frm=("Yusuf Garba", "yusufmgarba.fmc@gmail.com"),
  subject="NOMINATION FOR ITU CONSULTATION SESSION ON FOSTERING TECH AND INNOVATION SMEs",
  date="2019-08-09 14:27:31+01:00", via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Good day,

Please find below the nominees of the Federal Ministry of Communications, Nigeria for the ITU consultation session on Fostering Tech and Innovation SMEs holding in Budapest on 10th September 2019:

1. Engr. ADEYEMI Oluwaseun Babatunde - Director, Digital Economy Department - oadeyemi@commtech.gov.ng
2. Mrs. OKONKWO Chiamaka Ifeoma - Deputy Director, ICT Innovation - c.okonkwo@commtech.gov.ng
3. Mr. BELLO Abdullahi Sani - Assistant Director, International Cooperation - absbello@gmail.com

Kindly acknowledge receipt.

Regards,
Yusuf M. Garba
For: Honourable Minister
Federal Ministry of Communications, Abuja
+234 803 000 4471
'''),
  delegates=[D("ADEYEMI Oluwaseun Babatunde", "Director, Digital Economy Department", "oadeyemi@commtech.gov.ng"),
             D("OKONKWO Chiamaka Ifeoma", "Deputy Director, ICT Innovation", "c.okonkwo@commtech.gov.ng"),
             D("BELLO Abdullahi Sani", "Assistant Director, International Cooperation", "absbello@gmail.com")])

M(key="en06", lang="en", kind="interest_only", ms="AUS",
  frm=("Sarah McAllister", "Sarah.McAllister@communications.gov.au"),
  subject="RE: CI-19/35 - Australia - expression of interest", date="2019-08-13 17:48:09+10:00",
  via="o365", region="aus", mua="outlook", html=True, cte="base64", quote=("en", "outlook", "en"),
  body=T('''
Good afternoon,

The Australian Government Department of Communications and the Arts is interested in participating in the consultation session to be held in Budapest during ITU Telecom World 2019.

Our delegation to Telecom World is still being finalised. We will confirm the name of our representative for the session as soon as possible, and before the end of August.

Kind regards

Sarah McAllister
Assistant Director | International Section
Department of Communications and the Arts
GPO Box 2154, Canberra ACT 2601
'''),
  sessions=["budapest-2019"])

M(key="en07", lang="en", kind="nomination", ms="PHL",
  frm=("Maria Lourdes Santiago", "maria.santiago@dict.gov.ph"),
  subject="Participation - SME consultation session, Budapest", date="2019-08-05 08:31:40+08:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Dear Sir/Madam,

Good day!

I would like to confirm my participation in the first consultation session on "Fostering tech and innovation SMEs" in Budapest on 10 September 2019. I will be part of the Philippine delegation to ITU Telecom World 2019 and will be in Budapest for the whole week.

I would appreciate it if you could send me the agenda and any preparatory documents once available.

Thank you and best regards.

Respectfully,

ENGR. MARIA LOURDES B. SANTIAGO
Director IV, ICT Industry Development Bureau
Department of Information and Communications Technology
C.P. Garcia Avenue, Diliman, Quezon City, Philippines
maria.santiago@dict.gov.ph | (+632) 8920 0101 loc. 1204
'''),
  delegates=[D("MARIA LOURDES B. SANTIAGO", "Director IV, ICT Industry Development Bureau",
               "maria.santiago@dict.gov.ph")])

M(key="en08", lang="en", kind="correction", ms="NGA", supersedes="en05", irt_key="en05",
  frm=("Yusuf Garba", "yusufmgarba.fmc@gmail.com"),
  subject="Re: NOMINATION FOR ITU CONSULTATION SESSION ON FOSTERING TECH AND INNOVATION SMEs",
  date="2019-08-15 10:02:12+01:00", via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Good day,

Further to our mail of 9th August 2019, please note a change in our nomination. Mrs. OKONKWO Chiamaka Ifeoma will no longer be available to travel and is replaced by Mr. EZE Chukwuemeka Daniel, Deputy Director, ICT Innovation (c.eze@commtech.gov.ng).

The updated list of nominees is therefore:

1. Engr. ADEYEMI Oluwaseun Babatunde - Director, Digital Economy Department - oadeyemi@commtech.gov.ng
2. Mr. EZE Chukwuemeka Daniel - Deputy Director, ICT Innovation - c.eze@commtech.gov.ng
3. Mr. BELLO Abdullahi Sani - Assistant Director, International Cooperation - absbello@gmail.com

We regret any inconvenience.

Regards,
Yusuf M. Garba
For: Honourable Minister
Federal Ministry of Communications, Abuja
'''),
  delegates=[D("ADEYEMI Oluwaseun Babatunde", "Director, Digital Economy Department", "oadeyemi@commtech.gov.ng"),
             D("EZE Chukwuemeka Daniel", "Deputy Director, ICT Innovation", "c.eze@commtech.gov.ng"),
             D("BELLO Abdullahi Sani", "Assistant Director, International Cooperation", "absbello@gmail.com")])

M(key="en09", lang="en", kind="auto_reply", ms=None,
  frm=("Ahmad Zulkifli Hashim", "zulkifli@mcmc.gov.my"),
  subject="Automatic reply: Reminder: CI-19/35 - replies requested by 16 August 2019",
  date="2019-08-12 16:05:31+08:00", via="o365", region="apc", mua="outlook", cte="quoted-printable",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>",
  body=T('''
Thank you for your email.

I am currently out of the office on annual leave until 26 August 2019 with limited access to email. For urgent matters relating to ITU, please contact Ms Farah Idris (farah.idris@mcmc.gov.my, +603 8688 0000).

Regards,
Ahmad Zulkifli Hashim
Malaysian Communications and Multimedia Commission
'''))


def _bounce_en10(m):
    human = T('''
    This is the mail system at host mx1.itu.int.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <ict.attache@mission-malawi-geneva.org>: host
        mail.mission-malawi-geneva.org[198.51.100.27] said: 550 5.1.1
        <ict.attache@mission-malawi-geneva.org>: Recipient address rejected: User
        unknown in virtual mailbox table (in reply to RCPT TO command)
    ''')
    orig = T('''
    Return-Path: <sme@itu.int>
    Received: from CHEXMBX03.ad.itu.int (chexmbx03.ad.itu.int [10.20.4.13])
    	by mx1.itu.int (Postfix) with ESMTPS id 46QDfL2kQzz1v4m
    	for <ict.attache@mission-malawi-geneva.org>; Mon, 12 Aug 2019 10:01:07 +0200 (CEST)
    From: ITU - SME <sme@itu.int>
    To: <ict.attache@mission-malawi-geneva.org>
    Subject: Reminder: CI-19/35 - replies requested by 16 August 2019
    Date: Mon, 12 Aug 2019 08:01:02 +0000
    Message-ID: <B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>
    MIME-Version: 1.0
    Content-Type: text/plain; charset="us-ascii"
    Content-Transfer-Encoding: 7bit

    Dear Sir/Madam,

    This is a kind reminder that replies to Circular CI-19/35 (consultation
    sessions "Fostering tech and innovation SMEs") are requested by
    16 August 2019. Please express your interest and indicate the participant
    nominated for the first session, to be held on 10 September 2019 during
    ITU Telecom World 2019 in Budapest.

    Best regards,

    Christopher Clark
    ITU Secretariat
    ''')
    return dsn(human, "us-ascii", "mx1.itu.int", "ict.attache@mission-malawi-geneva.org", "5.1.1",
               "550 5.1.1 <ict.attache@mission-malawi-geneva.org>: Recipient address rejected:\n    User unknown "
               "in virtual mailbox table", "Mon, 12 Aug 2019 10:01:07 +0200 (CEST)", None,
               "46QDfL2kQzz1v4m.1565596868/mx1.itu.int", orig_full=orig + "\n")


M(key="en10", lang="en", kind="bounce", ms=None,
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.itu.int"), return_path="",
  subject="Undelivered Mail Returned to Sender", date="2019-08-12 10:01:08+02:00", via="itu_local",
  itu="mx1", lag=0, special=_bounce_en10,
  extra=["Auto-Submitted: auto-replied"])

M(key="en11", lang="en", kind="unrelated", ms=None,
  frm=("Laura Benton | Nexora Networks", "laura.benton@nexora-networks.com"),
  subject="Meet Nexora at ITU Telecom World 2019 in Budapest (9-12 September) - book your slot",
  date="2019-08-07 15:12:44+01:00", via="relay", out_host="mta-212.mailsend-eu.net", mua="plain",
  html=T('''
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nexora at ITU Telecom World 2019</title></head>
<body style="margin:0;padding:0;background:#f2f4f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333">
<tr><td><h2 style="color:#0a4d8c">Meet Nexora at ITU Telecom World 2019</h2>
<p>Dear Delegate,</p>
<p>ITU Telecom World 2019 takes place in Budapest, Hungary, from 9 to 12 September. Nexora Networks will be on stand C14 in Hall A of HUNGEXPO, showcasing our rural 4G small-cell platform for emerging markets.</p>
<p>Our CEO <b>Daniel Hartmann</b> and our VP for Africa, <b>Nomvula Sithole</b>, will be available for one-to-one meetings with regulators and ministry delegations on 10 and 11 September.</p>
<p><a href="https://www.nexora-networks.com/telecomworld2019">Book a meeting slot</a></p>
<p>We look forward to seeing you in Budapest!</p>
<p>Laura Benton<br>Events &amp; Government Relations, Nexora Networks</p>
<p style="font-size:11px;color:#888">You receive this e-mail because your organisation registered for ITU Telecom World. <a href="https://www.nexora-networks.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>
'''),
  body=T('''
Meet Nexora at ITU Telecom World 2019

Dear Delegate,

ITU Telecom World 2019 takes place in Budapest, Hungary, from 9 to 12 September. Nexora Networks will be on stand C14 in Hall A of HUNGEXPO, showcasing our rural 4G small-cell platform for emerging markets.

Our CEO Daniel Hartmann and our VP for Africa, Nomvula Sithole, will be available for one-to-one meetings with regulators and ministry delegations on 10 and 11 September.

Book a meeting slot: https://www.nexora-networks.com/telecomworld2019

We look forward to seeing you in Budapest!

Laura Benton
Events & Government Relations, Nexora Networks

You receive this e-mail because your organisation registered for ITU Telecom World. Unsubscribe: https://www.nexora-networks.com/unsubscribe
'''),
  extra=["List-Unsubscribe: <https://www.nexora-networks.com/unsubscribe>", "Precedence: bulk"])

M(key="en12", lang="en", kind="unrelated", ms=None,
  frm=("Digital SME Weekly", "newsletter@digitalsmeweekly.eu"),
  subject="Digital SME Weekly #31: EU SME strategy, 5G pilots and what to expect in Budapest",
  date="2019-08-02 07:00:00+02:00", via="relay", out_host="out-4.smtp.digitalsmeweekly.eu", mua="plain",
  cte="quoted-printable",
  body=T('''
DIGITAL SME WEEKLY - Issue 31 - 2 August 2019

IN THIS ISSUE
* Commission consults on the next SME strategy
* Three 5G pilots for small manufacturers in Spain and Portugal
* Telecom World 2019 in Budapest (9-12 September): what is on the SME programme
* Interview: "Regulators should talk to start-ups earlier" - Marta Kowalczyk, founder of the Warsaw IoT Hub

----------------------------------------------------------------------

TELECOM WORLD 2019: THE SME PROGRAMME
This year's ITU Telecom World in Budapest has an expanded SME track, with pitching sessions, an awards ceremony on 11 September and a number of policy sessions. Several delegations are reported to be preparing consultations on how SMEs could take a bigger part in ITU work.

----------------------------------------------------------------------

You are receiving this newsletter because you subscribed at digitalsmeweekly.eu.
To unsubscribe, reply with "unsubscribe" in the subject line.
'''),
  extra=["List-Unsubscribe: <mailto:newsletter@digitalsmeweekly.eu?subject=unsubscribe>", "Precedence: list"])

M(key="en13", lang="en", kind="nomination", ms=None,
  frm=("Joseph Ssekandi", "jssekandi@cis.mak.ac.ug"),
  subject="Makerere University - participation in ITU SME consultations", date="2019-08-14 12:09:58+03:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Dear Mr Clark,

I write on behalf of the College of Computing and Information Sciences, Makerere University, Kampala. We learned of the ITU consultation sessions on fostering tech and innovation SMEs from the Uganda Communications Commission.

The College runs an innovation hub that incubates more than forty student-led start-ups, and we would very much like to contribute to the discussion in Budapest on 10 September. The College nominates Dr. Joseph Ssekandi, Senior Lecturer and Head of the Innovation Hub, to take part in the session.

Please let us know whether academic institutions may attend, and whether any registration is required beyond Telecom World.

Best regards,

Dr. Joseph Ssekandi
Senior Lecturer and Head of the Innovation Hub
College of Computing and Information Sciences, Makerere University
P.O. Box 7062, Kampala, Uganda
jssekandi@cis.mak.ac.ug
'''),
  delegates=[D("Joseph Ssekandi", "Senior Lecturer and Head of the Innovation Hub", "jssekandi@cis.mak.ac.ug")])

M(key="en14", lang="en", kind="nomination", ms="SGP",
  frm=("LIM Hui Ling (IMDA)", "LIM_Hui_Ling@imda.gov.sg"),
  subject="RE: CI-19/35 - Singapore nominations for consultation session in Budapest",
  date="2019-08-12 18:22:03+08:00", via="o365", region="apc", mua="outlook", cte="base64",
  acl="en-SG, en-US",
  html=T('''
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--p.MsoNormal{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;} table.MsoTableGrid{border-collapse:collapse;}--></style></head>
<body lang="EN-SG" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Dear ITU Secretariat,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Singapore is pleased to participate in the consultation session on &#8220;Fostering tech and innovation SMEs&#8221; on 10 September 2019 in Budapest. Please find our nominees below:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Name<o:p></o:p></b></p></td><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Designation<o:p></o:p></b></p></td><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Organisation<o:p></o:p></b></p></td><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Email<o:p></o:p></b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Mr TAN Wei Ming<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Director, SME Digital Programmes<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">IMDA<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:TAN_Wei_Ming@imda.gov.sg">TAN_Wei_Ming@imda.gov.sg</a><o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Ms Priya d/o RAMASAMY<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Senior Manager, International Relations<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">IMDA<o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:Priya_RAMASAMY@imda.gov.sg">Priya_RAMASAMY@imda.gov.sg</a><o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Regards,<br>Hui Ling<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">LIM Hui Ling | Manager (International) | Infocomm Media Development Authority | 10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438<o:p></o:p></span></p>
</div></body></html>
'''),
  body=T('''
Dear ITU Secretariat,

Singapore is pleased to participate in the consultation session on "Fostering tech and innovation SMEs" on 10 September 2019 in Budapest. Please find our nominees below:

Name
Designation
Organisation
Email
Mr TAN Wei Ming
Director, SME Digital Programmes
IMDA
TAN_Wei_Ming@imda.gov.sg
Ms Priya d/o RAMASAMY
Senior Manager, International Relations
IMDA
Priya_RAMASAMY@imda.gov.sg

Thank you.

Regards,
Hui Ling
LIM Hui Ling | Manager (International) | Infocomm Media Development Authority | 10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438
'''),
  delegates=[D("TAN Wei Ming", "Director, SME Digital Programmes", "TAN_Wei_Ming@imda.gov.sg"),
             D("Priya d/o RAMASAMY", "Senior Manager, International Relations", "Priya_RAMASAMY@imda.gov.sg")])

M(key="en15", lang="en", kind="nomination", ms="GHA",
  frm=("Kwame Asante-Boateng", "kasante-boateng@nca.org.gh"),
  subject="Re: CI-19/35 - Ghana nomination (apologies for delay)", date="2019-08-19 09:48:26+00:00",
  via="onprem", mua="tbird", quote=("en", "gmail", "en"),
  body=T('''
Dear Sir/Madam,

Please accept our apologies for the late response to Circular CI-19/35.

The National Communications Authority of Ghana would like to nominate Mrs. Abena Serwaa Ofori-Atta, Director, Research and Innovation, to participate in the consultation session in Budapest on 10 September 2019. Her e-mail is abena.oforiatta@nca.org.gh.

We hope the nomination can still be accommodated.

Yours faithfully,

Kwame Asante-Boateng
for: Director-General
National Communications Authority, Accra
'''),
  delegates=[D("Abena Serwaa Ofori-Atta", "Director, Research and Innovation", "abena.oforiatta@nca.org.gh")])

M(key="en16", lang="en", kind="nomination", ms="ZAF",
  frm=("Lindiwe Mokoena", "LMokoena@dtps.gov.za"),
  subject="FW: ITU SME consultations - nominee for Budapest", date="2019-08-14 15:37:50+02:00",
  via="exchange", exch_host="DTPSEXCH02", mua="outlook", html=True, cte="quoted-printable",
  body=T('''
Dear ITU Secretariat,

Kindly see below the Minister's approval of the nomination for the session in Budapest.

Regards,

Lindiwe Mokoena
Personal Assistant to the Minister
Ministry of Communications and Digital Technologies
Tel: +27 12 427 0001

From: Thandiwe Nkosi
Sent: Tuesday, 13 August 2019 11:02 AM
To: Lindiwe Mokoena <LMokoena@dtps.gov.za>
Cc: Sipho Dlamini <SDlamini@dtps.gov.za>
Subject: ITU SME consultations - nominee for Budapest

Hi Lindiwe,

The Minister has approved that Mr Sipho Dlamini, Chief Director: ICT Enterprise Development, attends the ITU consultation session on tech and innovation SMEs on 10 September in Budapest, during ITU Telecom World. Please forward to the ITU at sme@itu.int before Friday.

Thanks,
Thandiwe
'''),
  delegates=[D("Sipho Dlamini", "Chief Director: ICT Enterprise Development", "SDlamini@dtps.gov.za")])

M(key="en17", lang="en", kind="nomination", ms="PAK",
  frm=("Section Officer (ITU)", "so.itu@moitt.gov.pk"),
  subject="Nomination - ITU Circular CI-19/35", date="2019-08-16 12:55:03+05:00",
  via="onprem", mua="roundcube", cte="7bit", charset="us-ascii",
  body=T('''
Subject: CONSULTATION SESSIONS FOR MEMBER STATES: FOSTERING TECH AND INNOVATION SMEs - NOMINATION

Reference ITU Circular No. CI-19/35 dated 23rd July, 2019.

2. The competent authority has been pleased to nominate Mr. Muhammad Asif Khan, Joint Secretary (Telecom), Ministry of Information Technology and Telecommunication, for participation in the first consultation session to be held on 10th September, 2019 at Budapest, Hungary during ITU Telecom World 2019.

3. It is requested that further correspondence may be addressed to the nominee at asif.khan@moitt.gov.pk with a copy to this Ministry.

(Tariq Mehmood)
Section Officer (ITU)
Ph: 051-9100000
'''),
  delegates=[D("Muhammad Asif Khan", "Joint Secretary (Telecom)", "asif.khan@moitt.gov.pk")])

M(key="en18", lang="en", kind="decline", ms="NZL",
  frm=("Hamish Tuhoe", "Hamish.Tuhoe@mbie.govt.nz"),
  subject="RE: CI-19/35 Consultation sessions - New Zealand", date="2019-08-15 10:11:36+12:00",
  via="o365", region="aus", mua="outlook", html=True, cte="quoted-printable", quote=("en", "outlook", "en"),
  body=T('''
Kia ora,

Thank you for the invitation to take part in the consultation sessions on fostering tech and innovation SMEs.

Unfortunately New Zealand will not be in a position to participate in the session in Budapest, as we are not sending a delegation to ITU Telecom World this year. We do not plan to nominate a participant.

Ngā mihi,

Hamish Tuhoe
Senior Policy Advisor, Communications Policy
Ministry of Business, Innovation & Employment
'''))

M(key="en19", lang="en", kind="nomination", ms="CAN",
  frm=("Marc-André Gagnon", "marc-andre.gagnon@canada.ca"),
  subject="Canada - CI-19/35 SME consultation sessions / Sessions de consultation sur les PME", date="2019-08-16 16:40:12-04:00",
  via="o365", region="nam", mua="outlook", html=True, cte="quoted-printable",
  body=T('''
(Le français suit l'anglais)

Dear ITU Secretariat,

Canada thanks the Secretary-General for Circular CI-19/35. Canada will not be represented at ITU Telecom World 2019 and therefore will not take part in the Budapest session. However, Innovation, Science and Economic Development Canada (ISED) would welcome the opportunity to participate in the sessions planned during the Council Working Group meetings early next year and at the WSIS Forum 2020.

Our nominee for these sessions is Ms. Émilie Tremblay-Roy, Senior Policy Analyst, International Telecommunications Policy (emilie.tremblay-roy@canada.ca).

---

Madame, Monsieur,

Le Canada remercie le Secrétaire général pour la circulaire CI-19/35. Le Canada ne sera pas représenté à ITU Telecom World 2019 et ne participera donc pas à la session de Budapest. Innovation, Sciences et Développement économique Canada (ISDE) souhaiterait toutefois participer aux sessions prévues pendant les réunions des Groupes de travail du Conseil au début de l'année prochaine et lors du Forum du SMSI 2020.

Notre candidate pour ces sessions est Mme Émilie Tremblay-Roy, analyste principale des politiques, Politique internationale des télécommunications (emilie.tremblay-roy@canada.ca).

Marc-André Gagnon
Director, International Telecommunications Policy | Directeur, Politique internationale des télécommunications
Innovation, Science and Economic Development Canada | Innovation, Sciences et Développement économique Canada
'''),
  delegates=[D("Émilie Tremblay-Roy", "Senior Policy Analyst, International Telecommunications Policy",
               "emilie.tremblay-roy@canada.ca")],
  sessions=["cwg-2020", "wsis-2020"])

M(key="en20", lang="en", kind="nomination", ms=None,
  frm=("Katarzyna Wisniewska", "k.wisniewska@digitalsme.eu"),
  subject="European DIGITAL SME Alliance - interest in the ITU SME consultations",
  date="2019-08-10 13:26:45+02:00", via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Dear Mr Clark,

The European DIGITAL SME Alliance, which represents more than 20,000 digital SMEs in Europe through its national and regional associations, has learned of the consultation sessions announced in Circular CI-19/35.

Although we are not a Member State, we would be glad to bring the perspective of digital SMEs to the discussion. If the format allows it, we would like to propose our Policy Manager, Ms. Katarzyna Wiśniewska, to attend the session in Budapest on 10 September, as well as the follow-up session at the Forum in Geneva next April.

With kind regards,

Katarzyna Wiśniewska
Policy Manager
European DIGITAL SME Alliance
Rue Marie-Thérèse 21, 1000 Brussels
'''),
  delegates=[D("Katarzyna Wiśniewska", "Policy Manager")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="en21", lang="en", kind="nomination", ms="JAM",
  frm=("Tanya Brown", "tbrown@sma.gov.jm"),
  subject="Budapest SME session", date="2019-08-16 08:14:20-05:00",
  via="gmail", mua="iphone", cte="7bit", charset="us-ascii",
  body=T('''
Good morning,

Please register Ms. Tanya-Marie Brown, Director of Spectrum Policy, Spectrum Management Authority, for the SME consultation session in Budapest on 10 Sept. Email: tbrown@sma.gov.jm

Thank you.

Sent from my iPhone
'''),
  delegates=[D("Tanya-Marie Brown", "Director of Spectrum Policy", "tbrown@sma.gov.jm")])


def _mdn_en22(m):
    human = T('''
    Your message

     To: Ministry of ICT - Information
     Subject: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs
     Sent: Tuesday, July 23, 2019 3:05:12 PM (UTC+00:00) Monrovia, Reykjavik

     was read on Thursday, July 25, 2019 8:47:55 AM (UTC+00:00) Monrovia, Reykjavik.
    ''')
    return mdn(human, "us-ascii", "info@moict.gov.gm", CIRC_MID, "_%s_" % H("en22mdn", 32), "7bit")


M(key="en22", lang="en", kind="auto_reply", ms=None,
  frm=("Ministry of ICT - Information", "info@moict.gov.gm"),
  subject="Read: CI-19/35: Consultation sessions for Member States: Fostering tech and innovation SMEs",
  date="2019-07-25 08:47:56+00:00", via="exchange", exch_host="MOICTMAIL", special=_mdn_en22,
  irt=CIRC_MID)

M(key="en23", lang="en", kind="nomination", ms="MYS",
  frm=("Nurul Ain Abdul Rahman", "nurulain@mcmc.gov.my"),
  subject="CI-19/35: Nomination from Malaysia", date="2019-08-07 10:19:33+08:00",
  via="o365", region="apc", mua="outlook", html=True, cte="base64",
  body=T('''
Dear Sir/Madam,

With reference to the above Circular, the Malaysian Communications and Multimedia Commission (MCMC) is pleased to nominate the following officers to attend the consultation session on 10 September 2019 in Budapest:

1)  Name : Encik Mohd Hafiz bin Ismail
    Designation : Head, Digital Economy Development Department
    E-mail : hafiz.ismail@mcmc.gov.my

2)  Name : Puan Siti Noor Aisyah binti Kamarudin
    Designation : Senior Assistant Director, International Affairs
    E-mail : aisyah.k@mcmc.gov.my

Thank you.

Nurul Ain Abdul Rahman
International Affairs Department
Malaysian Communications and Multimedia Commission
'''),
  delegates=[D("Mohd Hafiz bin Ismail", "Head, Digital Economy Development Department", "hafiz.ismail@mcmc.gov.my"),
             D("Siti Noor Aisyah binti Kamarudin", "Senior Assistant Director, International Affairs",
               "aisyah.k@mcmc.gov.my")])

M(key="en24", lang="en", kind="inquiry", ms=None,
  frm=("Brian Otieno", "brian@mkulimalink.co.ke"),
  subject="Can an SME attend the Budapest consultation?", date="2019-08-03 21:04:11+03:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Hello,

I run MkulimaLink, an agritech start-up in Nairobi with eleven employees. A friend at the Ministry shared your circular on the SME consultations with me.

Is it possible for a company like ours to attend the session in Budapest, or is it only for governments? If we can attend, do we need a Telecom World pass?

Many thanks,
Brian Otieno
Founder & CEO, MkulimaLink Ltd
'''))

M(key="en25", lang="en", kind="interest_only", ms="RWA",
  frm=("RURA International Relations", "international@rura.rw"),
  subject="RE: CI-19/35 Consultation sessions - Rwanda", date="2019-08-20 11:30:00+02:00",
  via="o365", region="eur", mua="outlook", html=True, cte="quoted-printable", quote=("en", "outlook", "en"),
  body=T('''
Dear Sir/Madam,

Rwanda Utilities Regulatory Authority (RURA) would like to express interest in the series of consultation sessions, in particular the first session in Budapest and the session during the WSIS Forum 2020. We apologise for responding after the deadline.

The name of our participant will be communicated in due course.

Best regards,

International Relations Unit
Rwanda Utilities Regulatory Authority
'''),
  sessions=["budapest-2019", "wsis-2020"])


# ==============================================================================================================
# French

RE_FR = "RE : " + CIRC_SUBJ["fr"]

M(key="fr01", lang="fr", kind="nomination", ms="SEN",
  frm=("Aminata Sall Faye", "aminata.faye@artp.sn"),
  subject=RE_FR, date="2019-08-02 12:14:51+00:00", via="o365", region="eur", mua="outlook", html=True,
  cte="quoted-printable", quote=("fr", "outlook", "fr"), acl="fr-FR, en-US",
  body=T('''
Monsieur,

Faisant suite à la circulaire CI-19/35 du 23 juillet 2019 relative aux sessions de consultation « Encourager les PME spécialisées dans les technologies et l'innovation », j'ai l'honneur de vous informer que l'Autorité de Régulation des Télécommunications et des Postes (ARTP) du Sénégal souhaite participer à la première session, prévue le 10 septembre 2019 à Budapest en marge d'ITU Telecom World 2019.

L'ARTP y sera représentée par Monsieur Cheikh Tidiane Diop, Chef de la Division Innovation et Économie numérique (cheikh.diop@artp.sn).

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Aminata Sall Faye
Directrice de la Coopération internationale
Autorité de Régulation des Télécommunications et des Postes (ARTP)
Route des Almadies, Dakar - Sénégal
'''),
  delegates=[D("Cheikh Tidiane Diop", "Chef de la Division Innovation et Économie numérique", "cheikh.diop@artp.sn")])

M(key="fr02", lang="fr", kind="nomination", ms="FRA",
  frm=("BERNARD Hélène (DGE/SEN)", "helene.bernard@finances.gouv.fr"),
  subject="Circulaire UIT CI-19/35 - participants français", date="2019-08-07 15:02:33+02:00",
  via="relay", out_host="smtp-out.finances.gouv.fr", mua="tbird", cte="8bit",
  body=T('''
Bonjour,

Suite à la circulaire CI-19/35, la France souhaite participer aux sessions de consultation sur les PME technologiques et innovantes. Vous trouverez ci-dessous les coordonnées des participants désignés :

Session du 10 septembre 2019 (Budapest) :
- Nom et prénom : LEFEBVRE Claire
- Fonction : Cheffe du bureau des affaires européennes et internationales, Service de l'économie numérique
- Courriel : claire.lefebvre@finances.gouv.fr

Session organisée pendant le Forum du SMSI 2020 (Genève) :
- Nom et prénom : MOREAU Julien
- Fonction : Chargé de mission PME et numérique
- Courriel : julien.moreau@finances.gouv.fr

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

Hélène Bernard
Direction générale des Entreprises - Service de l'économie numérique
Ministère de l'Économie et des Finances
61, boulevard Vincent Auriol - 75013 Paris
'''),
  delegates=[D("LEFEBVRE Claire",
               "Cheffe du bureau des affaires européennes et internationales, Service de l'économie numérique",
               "claire.lefebvre@finances.gouv.fr"),
             D("MOREAU Julien", "Chargé de mission PME et numérique", "julien.moreau@finances.gouv.fr")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="fr03", lang="fr", kind="nomination", ms="CIV",
  frm=("Mission Permanente de Côte d'Ivoire", "missionci.geneve@yahoo.fr"),
  subject="Note verbale - Circulaire CI-19/35", date="2019-08-13 10:26:09+02:00", via="yahoo", mua="plain",
  charset="utf-8", cte="quoted-printable",
  attach=[("NV_0823_MPCI_UIT.pdf", "application/pdf", "Note verbale No 0823/MPCI/UIT", None)],
  body=T('''
N° 0823/MPCI/UIT

La Mission Permanente de la République de Côte d'Ivoire auprès de l'Office des Nations Unies et des autres Organisations Internationales à Genève présente ses compliments à l'Union Internationale des Télécommunications (UIT) et, se référant à la circulaire CI-19/35 du 23 juillet 2019, a l'honneur de lui faire connaître que le Gouvernement ivoirien a désigné M. KOUASSI Yao Jean-Baptiste, Sous-Directeur de la Promotion des PME du numérique au Ministère de l'Économie Numérique et de la Poste, pour prendre part à la session de consultation qui se tiendra le 10 septembre 2019 à Budapest.

Les coordonnées de M. KOUASSI sont les suivantes : kouassi.yjb@telecom.gouv.ci ; +225 20 34 00 00.

La Mission Permanente de la République de Côte d'Ivoire saisit cette occasion pour renouveler à l'Union Internationale des Télécommunications les assurances de sa haute considération.

Genève, le 13 août 2019

(La note verbale signée est jointe.)
'''),
  delegates=[D("KOUASSI Yao Jean-Baptiste", "Sous-Directeur de la Promotion des PME du numérique",
               "kouassi.yjb@telecom.gouv.ci")])

M(key="fr04", lang="fr", kind="interest_only", ms="BEL",
  frm=("Vanessa Dupont", "vanessa.dupont@bipt.be"),
  subject="CI-19/35 - Belgique", date="2019-08-14 09:40:22+02:00", via="o365", region="eur", mua="outlook",
  html=True, cte="quoted-printable", acl="fr-BE, nl-BE",
  body=T('''
Madame, Monsieur,

L'Institut belge des services postaux et des télécommunications (IBPT) vous remercie pour l'invitation et est intéressé à participer à la session de consultation organisée à Budapest pendant ITU Telecom World 2019.

La composition de notre délégation n'étant pas encore arrêtée, nous vous communiquerons le nom de notre représentant d'ici la fin du mois d'août.

Cordialement,

Vanessa Dupont
Conseiller - Relations internationales
IBPT | Ellipse Building C, Boulevard du Roi Albert II 35, 1030 Bruxelles
'''),
  sessions=["budapest-2019"])

M(key="fr05", lang="fr", kind="correction", ms="SEN", supersedes="fr01", irt_key="fr01",
  frm=("Aminata Sall Faye", "aminata.faye@artp.sn"),
  subject="RE : " + RE_FR + " - rectificatif", date="2019-08-05 09:03:12+00:00", via="o365", region="eur",
  mua="outlook", html=True, cte="quoted-printable", acl="fr-FR, en-US",
  body=T('''
Monsieur,

Une erreur s'est glissée dans notre courriel du 2 août. Veuillez trouver ci-dessous les coordonnées exactes du représentant de l'ARTP pour la session du 10 septembre à Budapest, qui annulent et remplacent les précédentes :

Nom : M. Cheikh Tidiane DIOP
Fonction : Chef de la Division Innovation et Économie numérique
Courriel : ct.diop@artp.sn
Téléphone : +221 33 869 00 00

Avec nos excuses pour ce désagrément.

Aminata Sall Faye
Directrice de la Coopération internationale, ARTP
'''),
  delegates=[D("Cheikh Tidiane DIOP", "Chef de la Division Innovation et Économie numérique", "ct.diop@artp.sn")],
  sessions=["budapest-2019"])

M(key="fr06", lang="fr", kind="decline", ms="LUX",
  frm=("Service des médias et des communications", "info.smc@smc.etat.lu"),
  subject="Circulaire CI-19/35", date="2019-08-12 14:51:40+02:00", via="exchange", exch_host="SMCMBX01",
  mua="outlook", html=True, cte="quoted-printable", acl="fr-LU, fr-FR",
  body=T('''
Madame, Monsieur,

Nous accusons bonne réception de la circulaire CI-19/35 et vous remercions de votre invitation.

Au regard de nos priorités pour l'automne, le Luxembourg ne sera malheureusement pas en mesure de participer à la session de consultation du 10 septembre à Budapest, et ne désignera donc pas de participant.

Nous vous souhaitons plein succès dans l'organisation de cette série de consultations.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pour le Service des médias et des communications
Ministère d'État, Luxembourg
'''))

M(key="fr07", lang="fr", kind="nomination", ms="CHE",
  frm=("Rochat Sophie BAKOM", "sophie.rochat@bakom.admin.ch"),
  subject="CI-19/35 - participation de la Suisse / Teilnahme der Schweiz", date="2019-08-08 11:17:05+02:00",
  via="relay", out_host="mail.admin.ch", mua="outlook", html=True, cte="quoted-printable", charset="iso-8859-1",
  body=T('''
Madame, Monsieur,

L'Office fédéral de la communication (OFCOM) a le plaisir de vous informer que la Suisse participera à la session de consultation du 10 septembre 2019 à Budapest. Elle y sera représentée par la soussignée, Sophie Rochat, conseillère scientifique aux Affaires internationales.

---

Sehr geehrte Damen und Herren

Das Bundesamt für Kommunikation (BAKOM) freut sich, Ihnen mitzuteilen, dass die Schweiz an der Konsultationssitzung vom 10. September 2019 in Budapest teilnehmen wird. Sie wird durch die Unterzeichnende, Sophie Rochat, wissenschaftliche Beraterin Internationales, vertreten.

Meilleures salutations / Freundliche Grüsse

Sophie Rochat
Conseillère scientifique, Affaires internationales
Office fédéral de la communication OFCOM
Rue de l'Avenir 44, 2501 Bienne
sophie.rochat@bakom.admin.ch
'''),
  delegates=[D("Sophie Rochat", "Conseillère scientifique, Affaires internationales",
               "sophie.rochat@bakom.admin.ch")])

M(key="fr08", lang="fr", kind="nomination", ms="CMR",
  frm=("Cellule de la Coopération MINPOSTEL", "cooperation@minpostel.gov.cm"),
  subject="Désignation - session de consultation UIT sur les PME (CI-19/35)", date="2019-08-21 16:32:18+01:00",
  via="onprem", mua="plain", charset="iso-8859-1", cte="quoted-printable",
  body=T('''
Monsieur le Secrétaire général,

Me référant à votre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire connaître que Madame NGO BIYONG Marie-Claire, Chef de la Cellule de la Coopération au Ministère des Postes et Télécommunications, a été désignée pour représenter le Cameroun à la session de consultation qui se tiendra le 10 septembre 2019 à Budapest, en marge d'ITU Telecom World 2019.

Nous vous prions de bien vouloir excuser le retard de cette réponse, dû aux délais de la procédure interne de désignation.

Adresse électronique de l'intéressée : mc.ngobiyong@minpostel.gov.cm

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Pour le Ministre et par ordre,
Le Secrétaire Général
'''),
  delegates=[D("NGO BIYONG Marie-Claire", "Chef de la Cellule de la Coopération", "mc.ngobiyong@minpostel.gov.cm")])

M(key="fr09", lang="fr", kind="auto_reply", ms=None,
  frm=("Olivier Garnier", "olivier.garnier@arcep.fr"),
  subject="Réponse automatique : Rappel : CI-19/35 - réponses attendues pour le 16 août 2019",
  date="2019-08-12 10:01:40+02:00", via="exchange", exch_host="ARCEPMBX02", mua="outlook", cte="quoted-printable",
  acl="fr-FR, en-US", irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body=T('''
Bonjour,

Je suis absent du bureau jusqu'au lundi 2 septembre inclus, avec un accès limité à ma messagerie.

Pour toute question relative à l'UIT, vous pouvez contacter Mme Isabelle Carré (isabelle.carre@arcep.fr) ; pour les autres sujets, merci d'écrire à international@arcep.fr.

Cordialement,
Olivier Garnier
'''))

M(key="fr10", lang="fr", kind="inquiry", ms="BFA",
  frm=("Issouf Ouédraogo", "issouf.ouedraogo@arcep.bf"),
  subject="Demande d'information - sessions de consultation PME (CI-19/35)", date="2019-07-31 11:45:37+00:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable", quote=("fr", "gmail", "fr"),
  body=T('''
Bonjour Monsieur Clark,

L'ARCEP Burkina Faso a bien reçu la circulaire CI-19/35 et l'examine avec intérêt.

Avant de procéder à une désignation, pourriez-vous nous préciser si l'UIT prévoit une prise en charge (billet d'avion ou frais de séjour) pour les participants des pays les moins avancés ? Par ailleurs, la participation à la session de Budapest nécessite-t-elle une inscription à ITU Telecom World ?

Dans l'attente de votre retour, veuillez agréer nos salutations distinguées.

Issouf Ouédraogo
Chargé des relations internationales
ARCEP Burkina Faso
'''))

M(key="fr11", lang="fr", kind="nomination", ms="COD",
  frm=("Jean-Pierre Kabongo", "jpkabongo.mulumba@gmail.com"),
  subject="Participation à la session de Budapest - RDC", date="2019-08-15 22:48:03+01:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Monsieur,

Je soussigné, Jean-Pierre Kabongo Mulumba, Conseiller technique chargé des TIC au Cabinet du Ministre des Postes, Télécommunications et Nouvelles Technologies de l'Information et de la Communication de la République Démocratique du Congo, ai l'honneur de vous confirmer ma participation à la session de consultation du 10 septembre 2019 à Budapest, au nom de la RDC.

Je vous saurais gré de bien vouloir m'adresser toute correspondance à la présente adresse ainsi qu'à jp.kabongo@ptntic.gouv.cd.

Veuillez agréer, Monsieur, l'expression de ma haute considération.

Jean-Pierre Kabongo Mulumba
Conseiller technique
Cabinet du Ministre des PT-NTIC, Kinshasa
+243 81 000 0000
'''),
  delegates=[D("Jean-Pierre Kabongo Mulumba", "Conseiller technique chargé des TIC", "jp.kabongo@ptntic.gouv.cd")])

M(key="fr12", lang="fr", kind="nomination", ms="MDG",
  frm=("Service de la Coopération - MPTDN", "cooperation@mptdn.gov.mg"),
  subject="TR: CI-19/35 : désignation des participants de Madagascar", date="2019-08-09 13:58:45+03:00",
  via="relay", out_host="smtp.mptdn.gov.mg", mua="outlook", cte="base64",
  html=T('''
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR" link="blue" vlink="purple"><div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">En réponse à la circulaire CI-19/35, le Ministère des Postes, des Télécommunications et du Développement Numérique a l'honneur de vous communiquer la liste des participants désignés pour la première session de consultation (Budapest, 10 septembre 2019) :</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>N°</b></td><td><b>Nom et prénoms</b></td><td><b>Fonction</b></td><td><b>Adresse électronique</b></td></tr>
<tr><td>1</td><td>RAKOTOMALALA Hery Andrianina</td><td>Directeur Général du Développement Numérique</td><td>hery.rakotomalala@mptdn.gov.mg</td></tr>
<tr><td>2</td><td>RASOAMANANA Voahangy Lalao</td><td>Chef du Service de l'Économie Numérique</td><td>voahangy.rasoa@mptdn.gov.mg</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre considération distinguée.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Le Service de la Coopération Internationale<br>MPTDN - Antananarivo</p>
</div></body></html>
'''),
  body=T('''
Madame, Monsieur,

En réponse à la circulaire CI-19/35, le Ministère des Postes, des Télécommunications et du Développement Numérique a l'honneur de vous communiquer la liste des participants désignés pour la première session de consultation (Budapest, 10 septembre 2019) :

N°	Nom et prénoms	Fonction	Adresse électronique
1	RAKOTOMALALA Hery Andrianina	Directeur Général du Développement Numérique	hery.rakotomalala@mptdn.gov.mg
2	RASOAMANANA Voahangy Lalao	Chef du Service de l'Économie Numérique	voahangy.rasoa@mptdn.gov.mg

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre considération distinguée.

Le Service de la Coopération Internationale
MPTDN - Antananarivo
'''),
  delegates=[D("RAKOTOMALALA Hery Andrianina", "Directeur Général du Développement Numérique",
               "hery.rakotomalala@mptdn.gov.mg"),
             D("RASOAMANANA Voahangy Lalao", "Chef du Service de l'Économie Numérique", "voahangy.rasoa@mptdn.gov.mg")])

M(key="fr13", lang="fr", kind="unrelated", ms=None,
  frm=("Rencontres francophones du numérique", "invitations@rencontres-numerique-francophone.org"),
  subject="Invitation : petit-déjeuner francophone du numérique - Budapest, 11 septembre 2019",
  date="2019-08-06 09:30:00+02:00", via="relay", out_host="mail.rencontres-numerique-francophone.org",
  mua="plain", html=True, cte="quoted-printable",
  body=T('''
Madame, Monsieur,

En marge d'ITU Telecom World 2019, les Rencontres francophones du numérique ont le plaisir de vous convier à un petit-déjeuner d'échanges le mercredi 11 septembre 2019, de 8 h 00 à 9 h 30, à l'hôtel Kempinski Corvinus, Erzsébet tér 7-8, Budapest.

Thème : « Start-up et PME du numérique en Afrique francophone : quels leviers pour les régulateurs ? »

Intervenants :
- Mme Fatou Bintou Camara, fondatrice de DakarTech Hub
- M. Laurent Vasseur, directeur Afrique de Telnova Conseil
- M. Abdelkader Benali, président du Réseau des incubateurs du Maghreb

Inscription gratuite mais obligatoire avant le 5 septembre : https://rencontres-numerique-francophone.org/budapest2019

Au plaisir de vous accueillir,

Le comité d'organisation
'''))

M(key="fr14", lang="fr", kind="nomination", ms="MLI",
  frm=("Boubacar Traoré", "btraore@amrtp.ml"),
  subject="Re: Circulaire CI-19/35", date="2019-08-16 15:20:41+00:00", via="onprem", mua="tbird",
  charset="iso-8859-15", cte="quoted-printable", noflow=True,
  body=T('''
Monsieur,

En réponse à votre circulaire citée en objet, l'Autorité Malienne de Régulation des Télécommunications/TIC et des Postes (AMRTP) est intéressée par les sessions de consultation et désigne pour la session de Budapest :

Prénom et nom : Boubacar TRAORÉ
Fonction : Directeur des Études, de la Prospective et de l'Innovation
Téléphone : +223 20 00 00 00
E-mail : btraore@amrtp.ml

Nous souhaiterions également être associés à la session prévue lors du Forum du SMSI en 2020.

Salutations distinguées.

--
Boubacar TRAORÉ
AMRTP - Bamako
'''),
  delegates=[D("Boubacar TRAORÉ", "Directeur des Études, de la Prospective et de l'Innovation", "btraore@amrtp.ml")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="fr15", lang="fr", kind="interest_only", ms="BEN",
  frm=("Direction de la Coopération - MND Bénin", "cooperation.mnd@gouv.bj"),
  subject="Circulaire UIT CI-19/35 - manifestation d'intérêt du Bénin", date="2019-08-16 18:05:27+01:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Madame, Monsieur,

Le Ministère du Numérique et de la Digitalisation de la République du Bénin manifeste son intérêt pour la série de sessions de consultation sur les PME technologiques et innovantes, en particulier pour la session de Budapest et pour celle prévue lors du Forum du SMSI de 2020.

La désignation de notre représentant reste toutefois subordonnée à la confirmation de la prise en charge de sa participation. Nous reviendrons vers vous dès que possible avec le nom du participant.

Veuillez recevoir, Madame, Monsieur, nos salutations distinguées.

Direction de la Coopération
Ministère du Numérique et de la Digitalisation, Cotonou
'''),
  sessions=["budapest-2019", "wsis-2020"])

M(key="fr16", lang="fr", kind="nomination", ms="MAR",
  frm=("Youssef El Amrani", "elamrani@anrt.ma"),
  subject="CI-19/35 - Participation du Maroc", date="2019-08-06 17:25:10+01:00", via="exchange",
  exch_host="ANRTEXCH01", mua="outlook", html=True, cte="base64", acl="fr-FR, ar-MA",
  body=T('''
Monsieur,

J'ai l'honneur de vous informer que l'Agence Nationale de Réglementation des Télécommunications (ANRT) du Royaume du Maroc participera à la session de consultation du 10 septembre 2019 à Budapest.

Le Royaume du Maroc y sera représenté par M. Youssef El Amrani (يوسف العمراني), Chef du Département Innovation et Nouvelles Technologies, qui se tient à votre disposition à l'adresse elamrani@anrt.ma.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Youssef El Amrani
Chef du Département Innovation et Nouvelles Technologies
ANRT - Centre d'affaires, Boulevard Ar-Ryad, Hay Riad, Rabat
'''),
  delegates=[D("Youssef El Amrani", "Chef du Département Innovation et Nouvelles Technologies", "elamrani@anrt.ma",
               aliases=["يوسف العمراني"])])

M(key="fr17", lang="fr", kind="nomination", ms="TCD",
  frm=("Secrétariat particulier du Ministre", "secretariat.ministre@mpntic.td"),
  subject="TR: Désignation session UIT Budapest", date="2019-08-12 12:07:33+01:00", via="gmail", mua="gmail",
  html=True, cte="quoted-printable",
  body=T('''
Bonjour,

Veuillez trouver ci-dessous, pour suite à donner, la désignation faite par Monsieur le Ministre.

Cordialement,
Le Secrétariat particulier du Ministre des Postes et des Nouvelles Technologies de l'Information et de la Communication

---------- Forwarded message ---------
De : Cabinet MPNTIC <cabinet@mpntic.td>
Date: lun. 12 août 2019 à 10:41
Subject: Désignation session UIT Budapest
To: Secrétariat particulier <secretariat.ministre@mpntic.td>

Le Ministre désigne M. Mahamat Saleh Abakar, Directeur des Technologies de l'Information et de la Communication, pour représenter le Tchad à la session de consultation de l'UIT sur les PME du secteur des technologies, prévue à Budapest le 10 septembre 2019.

Prière transmettre à l'UIT (sme@itu.int).

Le Directeur de Cabinet
'''),
  delegates=[D("Mahamat Saleh Abakar", "Directeur des Technologies de l'Information et de la Communication")])


# ==============================================================================================================
# Spanish

RE_ES = "RE: " + CIRC_SUBJ["es"]

M(key="es01", lang="es", kind="nomination", ms="MEX",
  frm=("Unidad de Asuntos Internacionales IFT", "asuntos.internacionales@ift.org.mx"),
  subject=RE_ES, date="2019-08-08 18:12:40-05:00", via="o365", region="nam", mua="outlook", html=True,
  cte="quoted-printable", quote=("es", "outlook", "es"), acl="es-MX, en-US",
  body=T('''
Estimado Sr. Clark:

En atención a la Circular CI-19/35, me permito informarle que el Instituto Federal de Telecomunicaciones (IFT) de México tiene interés en participar en la primera sesión de consulta sobre el fomento de las PYME de tecnología e innovación, que se llevará a cabo el 10 de septiembre en Budapest.

Para tal efecto, el IFT designa al Mtro. Luis Fernando Arellano Quiroz, Director General Adjunto de Política Regulatoria, cuyo correo electrónico es luis.arellano@ift.org.mx.

Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.

Atentamente,

Verónica Salgado Ibarra
Directora de Organismos Multilaterales
Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México
'''),
  delegates=[D("Luis Fernando Arellano Quiroz", "Director General Adjunto de Política Regulatoria",
               "luis.arellano@ift.org.mx")])

M(key="es02", lang="es", kind="nomination", ms="ARG",
  frm=("Relaciones Internacionales ENACOM", "rrii@enacom.gob.ar"),
  subject="RE: Circular UIT CI-19/35 - designación de participantes", date="2019-08-12 15:33:20-03:00",
  via="o365", region="lam", mua="outlook", html=True, cte="quoted-printable", quote=("es", "outlook", "es"),
  acl="es-AR, en-US",
  body=T('''
Estimados:

Por medio de la presente, el Ente Nacional de Comunicaciones (ENACOM) de la República Argentina confirma su interés en las sesiones de consulta y comunica los datos de los participantes designados para la sesión del 10 de septiembre en Budapest:

Participante 1
Nombre y apellido: Martín Ezequiel GONZÁLEZ
Cargo: Director Nacional de Desarrollo de la Competencia en Redes y Servicios
Correo: mgonzalez@enacom.gob.ar

Participante 2
Nombre y apellido: Lucía Belén FERRARI
Cargo: Coordinadora de Asuntos Internacionales
Correo: lferrari@enacom.gob.ar

Quedamos a disposición ante cualquier consulta.

Saludos cordiales,

Área de Relaciones Internacionales
ENACOM - Perú 103, C1067AAC, Ciudad Autónoma de Buenos Aires
'''),
  delegates=[D("Martín Ezequiel GONZÁLEZ", "Director Nacional de Desarrollo de la Competencia en Redes y Servicios",
               "mgonzalez@enacom.gob.ar"),
             D("Lucía Belén FERRARI", "Coordinadora de Asuntos Internacionales", "lferrari@enacom.gob.ar")])

M(key="es03", lang="es", kind="nomination", ms="COL",
  frm=("Oficina de Asuntos Internacionales - MinTIC", "asuntosinternacionales@mintic.gov.co"),
  subject="Designación Colombia - Sesiones de consulta PYME UIT (CI-19/35)", date="2019-08-01 10:05:59-05:00",
  via="o365", region="nam", mua="outlook", cte="base64", acl="es-CO, en-US",
  html=T('''
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--p.MsoNormal{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>
<body lang="ES-CO" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Respetado señor Clark:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Reciba un cordial saludo del Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia. En respuesta a la Circular CI-19/35, nos complace confirmar nuestro interés y relacionar a continuación a los funcionarios designados para la sesión de consulta de Budapest y para la sesión que se realizará durante el Foro de la CMSI 2020:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nombre</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Cargo</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Correo</b></p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Sesión</b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Andrés Felipe Rojas Castaño</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Director de Economía Digital</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">arojas@mintic.gov.co</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Budapest, 10 de septiembre de 2019</p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Natalia Gómez Restrepo</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Asesora de Asuntos Internacionales</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">ngomez@mintic.gov.co</p></td><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Budapest y Foro CMSI 2020</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordialmente,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Camila Andrea Pardo</b><br>Oficina de Asuntos Internacionales<br>Ministerio de Tecnologías de la Información y las Comunicaciones<br>Edificio Murillo Toro, Carrera 8 entre calles 12 y 13, Bogotá<o:p></o:p></p>
</div></body></html>
'''),
  body=T('''
Respetado señor Clark:

Reciba un cordial saludo del Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia. En respuesta a la Circular CI-19/35, nos complace confirmar nuestro interés y relacionar a continuación a los funcionarios designados para la sesión de consulta de Budapest y para la sesión que se realizará durante el Foro de la CMSI 2020:

Nombre
Cargo
Correo
Sesión
Andrés Felipe Rojas Castaño
Director de Economía Digital
arojas@mintic.gov.co
Budapest, 10 de septiembre de 2019
Natalia Gómez Restrepo
Asesora de Asuntos Internacionales
ngomez@mintic.gov.co
Budapest y Foro CMSI 2020

Cordialmente,

Camila Andrea Pardo
Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Carrera 8 entre calles 12 y 13, Bogotá
'''),
  delegates=[D("Andrés Felipe Rojas Castaño", "Director de Economía Digital", "arojas@mintic.gov.co"),
             D("Natalia Gómez Restrepo", "Asesora de Asuntos Internacionales", "ngomez@mintic.gov.co")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="es04", lang="es", kind="nomination", ms="ESP",
  frm=("Subdirección General de Relaciones Internacionales", "sgri.telecos@economia.gob.es"),
  subject="Circular CI-19/35. Designación de la representante de España", date="2019-08-09 13:44:02+02:00",
  via="exchange", exch_host="MINECOMBX04", mua="plain", charset="iso-8859-1", cte="quoted-printable",
  body=T('''
Estimados señores:

En relación con la Circular CI-19/35, de 23 de julio de 2019, relativa a las sesiones de consulta para los Estados Miembros sobre el fomento de las PYME de tecnología e innovación, les comunicamos que la Secretaría de Estado para el Avance Digital ha designado como representante de España en la primera sesión, que se celebrará en Budapest el próximo 10 de septiembre, a Dña. María del Carmen Ruiz-Giménez Aguado, Consejera Técnica de la Subdirección General de Fomento de la Sociedad de la Información.

Correo electrónico de contacto: mcarmen.ruizgimenez@economia.gob.es

Un saludo,

Subdirección General de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
'''),
  delegates=[D("María del Carmen Ruiz-Giménez Aguado",
               "Consejera Técnica de la Subdirección General de Fomento de la Sociedad de la Información",
               "mcarmen.ruizgimenez@economia.gob.es")])

M(key="es05", lang="es", kind="interest_only", ms="CHL",
  frm=("Francisca Lagos Urrutia", "flagos@subtel.gob.cl"),
  subject="Re: Circular CI-19/35", date="2019-08-14 12:40:05-04:00", via="gmail", mua="gmail", html=True,
  cte="quoted-printable", quote=("es", "gmail", "es"),
  body=T('''
Estimados,

Junto con saludar, les informo que la Subsecretaría de Telecomunicaciones de Chile está interesada en participar en la sesión de consulta que se realizará en Budapest durante ITU Telecom World 2019.

El nombre de la persona que nos representará será comunicado a la brevedad, una vez confirmada la composición de la delegación.

Saludos cordiales,

Francisca Lagos Urrutia
División de Política Regulatoria y Estudios
Subsecretaría de Telecomunicaciones - SUBTEL
'''),
  sessions=["budapest-2019"])

M(key="es06", lang="es", kind="correction", ms="COL", supersedes="es03", irt_key="es03",
  frm=("Oficina de Asuntos Internacionales - MinTIC", "asuntosinternacionales@mintic.gov.co"),
  subject="RE: Designación Colombia - Sesiones de consulta PYME UIT (CI-19/35) - ACTUALIZACIÓN",
  date="2019-08-13 08:21:47-05:00", via="o365", region="nam", mua="outlook", html=True, cte="quoted-printable",
  acl="es-CO, en-US",
  body=T('''
Respetado señor Clark:

Por medio del presente nos permitimos actualizar la designación enviada el pasado 1 de agosto. Por cambios en la agenda institucional, el Director de Economía Digital no podrá viajar a Budapest. La delegación de Colombia queda conformada así:

- Natalia Gómez Restrepo, Asesora de Asuntos Internacionales (ngomez@mintic.gov.co): sesión de Budapest y sesión del Foro CMSI 2020.
- Juan Sebastián Ortiz Mejía, Subdirector de Emprendimiento Digital (jsortiz@mintic.gov.co): sesión de Budapest.

Esta comunicación reemplaza la anterior.

Cordialmente,

Camila Andrea Pardo
Oficina de Asuntos Internacionales - MinTIC
'''),
  delegates=[D("Natalia Gómez Restrepo", "Asesora de Asuntos Internacionales", "ngomez@mintic.gov.co"),
             D("Juan Sebastián Ortiz Mejía", "Subdirector de Emprendimiento Digital", "jsortiz@mintic.gov.co")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="es07", lang="es", kind="decline", ms="URY",
  frm=("Secretaría de Directorio URSEC", "secretaria@ursec.gub.uy"),
  subject="Circular CI-19/35 - respuesta de Uruguay", date="2019-08-15 11:02:17-03:00", via="onprem",
  mua="zimbra", html=True, cte="quoted-printable",
  body=T('''
Sres. Secretaría de la UIT:

Agradecemos la invitación cursada mediante la Circular CI-19/35. Lamentablemente, por razones presupuestarias, la Unidad Reguladora de Servicios de Comunicaciones (URSEC) no podrá participar en la sesión de consulta prevista en Budapest en el marco de ITU Telecom World 2019.

Sin perjuicio de ello, seguiremos con atención los resultados de las consultas.

Saludos cordiales,

Secretaría de Directorio
URSEC - Uruguay
'''))

M(key="es08", lang="es", kind="nomination", ms="ECU",
  frm=("Paúl Andrade Villacís", "paul.andrade@telecomunicaciones.gob.ec"),
  subject="Designación Ecuador - sesión de consulta PYME Budapest", date="2019-08-16 17:31:09-05:00",
  via="relay", out_host="correo.telecomunicaciones.gob.ec", mua="zimbra", html=True, cte="quoted-printable",
  body=T('''
Estimados señores:

Por disposición del señor Ministro de Telecomunicaciones y de la Sociedad de la Información, me permito comunicar que el Ecuador será representado en la sesión de consulta "Fomento de las PYME de tecnología e innovación", que se celebrará el 10 de septiembre de 2019 en Budapest, por la Ing. Daniela Estefanía Cevallos Mora, Subsecretaria de Fomento de la Sociedad de la Información y Gobierno en Línea.

Correo: daniela.cevallos@telecomunicaciones.gob.ec

Atentamente,

Paúl Andrade Villacís
Director de Cooperación y Relaciones Internacionales
Ministerio de Telecomunicaciones y de la Sociedad de la Información
Quito - Ecuador
'''),
  delegates=[D("Daniela Estefanía Cevallos Mora",
               "Subsecretaria de Fomento de la Sociedad de la Información y Gobierno en Línea",
               "daniela.cevallos@telecomunicaciones.gob.ec")])

M(key="es09", lang="es", kind="auto_reply", ms=None,
  frm=("Jorge Luis Quispe Huamán", "jquispe@mtc.gob.pe"),
  subject="Respuesta automática: Recordatorio: CI-19/35 - respuestas hasta el 16 de agosto de 2019",
  date="2019-08-12 03:02:10-05:00", via="o365", region="nam", mua="outlook", cte="quoted-printable",
  acl="es-PE, en-US", irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body=T('''
Estimado(a):

Me encuentro fuera de la oficina en comisión de servicio hasta el 23 de agosto, con acceso limitado al correo electrónico.

Para asuntos relacionados con la UIT, sírvase comunicarse con la Sra. Rocío Vargas Palomino (rvargas@mtc.gob.pe).

Saludos,
Jorge Luis Quispe Huamán
Dirección General de Políticas y Regulación en Comunicaciones
Ministerio de Transportes y Comunicaciones
'''))

M(key="es10", lang="es", kind="inquiry", ms="CRI",
  frm=("Adriana Solís Mora", "adriana.solis@micit.go.cr"),
  subject="Consulta sobre la sesión del 10 de septiembre (CI-19/35)", date="2019-08-05 09:17:44-06:00",
  via="o365", region="nam", mua="outlook", html=True, cte="quoted-printable", acl="es-CR, en-US",
  body=T('''
Buenos días:

El Ministerio de Ciencia, Tecnología y Telecomunicaciones (MICITT) de Costa Rica recibió la Circular CI-19/35. Antes de definir nuestra participación quisiéramos consultar lo siguiente:

1. ¿Será posible participar de forma remota en la sesión de Budapest?
2. ¿La sesión contará con interpretación al español?
3. ¿Existe algún formulario de inscripción específico para la sesión?

Muchas gracias de antemano.

Adriana Solís Mora
Asesora, Despacho del Viceministerio de Telecomunicaciones
MICITT - San José, Costa Rica
'''))

M(key="es11", lang="es", kind="nomination", ms="CUB",
  frm=("Misión Permanente de Cuba - Ginebra", "mision.cuba.oi@gmail.com"),
  subject="Nota No. 312/2019 - Circular CI-19/35", date="2019-08-14 11:55:31+02:00", via="gmail", mua="gmail",
  cte="quoted-printable",
  attach=[("Nota 312-2019 UIT.pdf", "application/pdf", "Nota No. 312/2019", None)],
  body=T('''
Nota No. 312/2019

La Misión Permanente de la República de Cuba ante la Oficina de las Naciones Unidas en Ginebra y los Organismos Internacionales con sede en Suiza saluda atentamente a la Secretaría de la Unión Internacional de Telecomunicaciones y, en relación con la Circular CI-19/35, tiene el honor de informar que el Ministerio de Comunicaciones de la República de Cuba ha designado al compañero Ernesto Rodríguez Hernández, Director de Regulaciones, para participar en la sesión de consulta "Fomento de las PYME de tecnología e innovación", a celebrarse en Budapest el 10 de septiembre de 2019.

La Misión Permanente de la República de Cuba aprovecha la ocasión para reiterar a la Secretaría de la Unión Internacional de Telecomunicaciones las seguridades de su más alta consideración.

Ginebra, 14 de agosto de 2019
'''),
  delegates=[D("Ernesto Rodríguez Hernández", "Director de Regulaciones")])

M(key="es12", lang="es", kind="nomination", ms="PRY",
  frm=("Carolina Benítez", "cbenitez@mitic.gov.py"),
  subject="Confirmación de participación - sesión de consulta en Budapest", date="2019-08-10 19:22:36-04:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Estimados:

Por la presente confirmo mi participación, en representación del Ministerio de Tecnologías de la Información y Comunicación (MITIC) del Paraguay, en la primera sesión de consulta sobre PYME de tecnología e innovación, a realizarse en Budapest el 10 de septiembre.

Quedo atenta a la agenda detallada.

Saludos cordiales,

Lic. Carolina Benítez Ortiz
Directora General de Desarrollo Digital
Ministerio de Tecnologías de la Información y Comunicación (MITIC)
Asunción, Paraguay
cbenitez@mitic.gov.py
'''),
  delegates=[D("Carolina Benítez Ortiz", "Directora General de Desarrollo Digital", "cbenitez@mitic.gov.py")])

M(key="es13", lang="es", kind="unrelated", ms=None,
  frm=("Red PyME Digital LATAM", "boletin@redpymedigital.org"),
  subject="Webinario: transformación digital de las pymes en América Latina - 29 de agosto",
  date="2019-08-13 10:00:00-03:00", via="relay", out_host="envios.redpymedigital.org", mua="plain",
  cte="quoted-printable",
  body=T('''
RED PYME DIGITAL LATAM - Boletín de agosto de 2019

WEBINARIO: "Transformación digital de las pymes en América Latina: regulación, financiamiento y talento"
Jueves 29 de agosto de 2019, 10:00 (hora de Buenos Aires)

Panelistas:
- Gabriela Montes de Oca, directora de la Asociación de Emprendedores de Chile
- Rodrigo Albuquerque, economista del Observatorio Regional de Banda Ancha
- Sofía Iturralde, fundadora de PagoFácil Andino

Inscripción gratuita: https://redpymedigital.org/webinario-agosto

También en este número: las pymes latinoamericanas que viajarán a Budapest para ITU Telecom World (9 al 12 de septiembre) y la convocatoria 2019 de nuestro programa de mentorías.

Si no desea recibir más este boletín, responda con la palabra BAJA.
'''),
  extra=["Precedence: bulk", "List-Unsubscribe: <mailto:boletin@redpymedigital.org?subject=BAJA>"])

M(key="es14", lang="es", kind="nomination", ms="BOL",
  frm=("Unidad de Relaciones Internacionales ATT", "rrii@att.gob.bo"),
  subject="RV: CI-19/35 - Designación Estado Plurinacional de Bolivia", date="2019-08-15 16:48:52-04:00",
  via="relay", out_host="mail.att.gob.bo", mua="outlook", html=True, cte="quoted-printable",
  body=T('''
Señores UIT:

En respuesta a la Circular CI-19/35, la Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT) del Estado Plurinacional de Bolivia designa al Ing. Marco Antonio Choque Mamani, Jefe de la Unidad de Tecnologías Emergentes, como participante en la sesión de consulta de Budapest y, de ser posible, en la sesión que se realizará durante el Foro de la CMSI 2020.

Correo electrónico: mchoque@att.gob.bo

Atentamente,

Unidad de Relaciones Internacionales
ATT - La Paz, Bolivia
'''),
  delegates=[D("Marco Antonio Choque Mamani", "Jefe de la Unidad de Tecnologías Emergentes", "mchoque@att.gob.bo")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="es15", lang="es", kind="nomination", ms=None,
  frm=("Presidencia Ejecutiva CCIT", "presidencia@ccit.org.co"),
  subject="CCIT - interés en las sesiones de consulta de la UIT sobre PYME", date="2019-08-06 14:10:29-05:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Apreciado señor Clark:

La Cámara Colombiana de Informática y Telecomunicaciones (CCIT), gremio que agrupa a empresas del sector TIC en Colombia, muchas de ellas pymes, conoció por intermedio del MinTIC la Circular CI-19/35.

Aunque no somos un Estado Miembro, quisiéramos aportar la visión del sector privado a la sesión de consulta de Budapest. Para ello proponemos a nuestra Vicepresidenta de Asuntos Regulatorios, Paola Andrea Villamizar Duarte (pvillamizar@ccit.org.co), quien estará en ITU Telecom World 2019.

Agradecemos nos indiquen si es posible su participación.

Cordialmente,

Presidencia Ejecutiva
Cámara Colombiana de Informática y Telecomunicaciones - CCIT
Bogotá D.C.
'''),
  delegates=[D("Paola Andrea Villamizar Duarte", "Vicepresidenta de Asuntos Regulatorios", "pvillamizar@ccit.org.co")])


def _bounce_es16(m):
    human = T('''
    No se pudo entregar el mensaje a estos destinatarios o grupos:

    Rocío Vargas Palomino (rvargas@mtc.gob.pe)
    El buzón del destinatario está lleno y no puede aceptar mensajes ahora. Vuelva a intentarlo más tarde o póngase en contacto directamente con el destinatario.

    Información de diagnóstico para administradores:

    Generando servidor: MTCEXCH01.mtc.gob.pe

    rvargas@mtc.gob.pe
    Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

    Encabezados del mensaje original:

    From: ITU - SME <sme@itu.int>
    To: Rocío Vargas Palomino <rvargas@mtc.gob.pe>
    Subject: Reminder: CI-19/35 - replies requested by 16 August 2019
    Date: Mon, 12 Aug 2019 08:05:33 +0000
    ''')
    hdrs = T('''
    Received: from mx2.itu.int (198.51.100.200) by MTCEXCH01.mtc.gob.pe
     (10.10.1.21) with Microsoft SMTP Server id 15.1.1713.5; Mon, 12 Aug 2019
     03:05:40 -0500
    From: ITU - SME <sme@itu.int>
    To: <rvargas@mtc.gob.pe>
    Subject: Reminder: CI-19/35 - replies requested by 16 August 2019
    Date: Mon, 12 Aug 2019 08:05:33 +0000
    Message-ID: <C41D09E7A2B84F61@CHEXMBX03.ad.itu.int>
    MIME-Version: 1.0
    Content-Type: text/plain
    ''')
    return dsn(human, "utf-8", "MTCEXCH01.mtc.gob.pe", "rvargas@mtc.gob.pe", "5.2.2",
               "554 5.2.2 mailbox full;\n    STOREDRV.Deliver.Exception:QuotaExceededException", "Mon, 12 Aug 2019 "
               "08:05:40 +0000", hdrs + "\n", "_%s_" % H("es16b", 32))


M(key="es16", lang="es", kind="bounce", ms=None,
  frm=("Microsoft Outlook", "postmaster@mtc.gob.pe"), return_path="",
  to=[("ITU - SME", "sme@itu.int")],
  subject="No se puede entregar: Reminder: CI-19/35 - replies requested by 16 August 2019",
  date="2019-08-12 03:05:41-05:00", via="exchange", exch_host="MTCEXCH01", special=_bounce_es16,
  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])

M(key="es17", lang="es", kind="nomination", ms="DOM",
  frm=("Relaciones Internacionales INDOTEL", "relaciones.internacionales@indotel.gob.do"),
  subject="INDOTEL - Designación para sesión de consulta UIT en Budapest", date="2019-08-09 09:37:14-04:00",
  via="o365", region="nam", mua="outlook", html=True, cte="quoted-printable", acl="es-DO, en-US",
  body=T('''
Distinguidos señores:

El Instituto Dominicano de las Telecomunicaciones (INDOTEL) tiene a bien comunicarles que la República Dominicana estará representada en la sesión de consulta del 10 de septiembre de 2019 en Budapest por los siguientes funcionarios:

• Ing. José Miguel Peña Almonte, Gerente de Innovación y Desarrollo Tecnológico (jpena@indotel.gob.do)
• Licda. Rosa Elena Castillo Batista, Encargada de Organismos Internacionales (rcastillo@indotel.gob.do)

Atentamente,

Departamento de Relaciones Internacionales
Instituto Dominicano de las Telecomunicaciones (INDOTEL)
Av. Abraham Lincoln No. 962, Santo Domingo
'''),
  delegates=[D("José Miguel Peña Almonte", "Gerente de Innovación y Desarrollo Tecnológico", "jpena@indotel.gob.do"),
             D("Rosa Elena Castillo Batista", "Encargada de Organismos Internacionales", "rcastillo@indotel.gob.do")])


# ==============================================================================================================
# Arabic

RE_AR = "رد: " + CIRC_SUBJ["ar"]

M(key="ar01", lang="ar", kind="nomination", ms="EGY",
  frm=("إدارة العلاقات الدولية", "intl.relations@tra.gov.eg"),
  subject="ترشيح للمشاركة في جلسة التشاور - الرسالة المعممة CI-19/35", date="2019-08-04 13:22:08+02:00",
  via="exchange", exch_host="NTRAMBX01", mua="plain", charset="windows-1256", cte="base64",
  hcharset="windows-1256", acl="ar-EG, en-US",
  body=T('''
السيد/ كريستوفر كلارك المحترم،
تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 بتاريخ 23 يوليو 2019 بشأن جلسات التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسر الجهاز القومي لتنظيم الاتصالات بجمهورية مصر العربية أن يعرب عن اهتمامه بالمشاركة في الجلسة الأولى التي ستعقد في بودابست يوم 10 سبتمبر 2019 على هامش فعاليات تليكوم العالمي 2019.

وقد تم ترشيح المهندس/ محمود عبد الرحمن الشافعي (Mahmoud Abdelrahman El-Shafei)، مدير إدارة الابتكار وريادة الأعمال، لتمثيل الجهاز في هذه الجلسة، وبريده الإلكتروني: m.elshafei@tra.gov.eg

وتفضلوا بقبول فائق الاحترام،

إدارة العلاقات الدولية
الجهاز القومي لتنظيم الاتصالات
القرية الذكية، الجيزة، جمهورية مصر العربية
'''),
  delegates=[D("محمود عبد الرحمن الشافعي", "مدير إدارة الابتكار وريادة الأعمال", "m.elshafei@tra.gov.eg",
               aliases=["Mahmoud Abdelrahman El-Shafei"])])

M(key="ar02", lang="ar", kind="nomination", ms="SAU",
  frm=("عبدالعزيز بن محمد الشهري", "aalshehri@citc.gov.sa"),
  subject=RE_AR, date="2019-08-06 10:48:33+03:00", via="o365", region="eur", mua="outlook", html=True,
  cte="base64", quote=("ar", "outlook", "ar"), acl="ar-SA, en-US",
  body=T('''
سعادة الأمين العام للاتحاد الدولي للاتصالات،

السلام عليكم ورحمة الله وبركاته،

إشارة إلى الخطاب الدوري رقم CI-19/35 بشأن جلسات التشاور للدول الأعضاء حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسر هيئة الاتصالات وتقنية المعلومات في المملكة العربية السعودية إفادتكم بترشيح كل من:

1- م. فهد بن عبدالله القحطاني، مدير عام الابتكار والتحول الرقمي، البريد الإلكتروني: fqahtani@citc.gov.sa
2- أ. نورة بنت سعد العتيبي، أخصائي أول علاقات دولية، البريد الإلكتروني: nalotaibi@citc.gov.sa

للمشاركة في جلسة التشاور الأولى التي ستعقد في بودابست بتاريخ 10 سبتمبر 2019.

وتقبلوا خالص التحية والتقدير،

عبدالعزيز بن محمد الشهري
إدارة المنظمات الدولية
هيئة الاتصالات وتقنية المعلومات
الرياض، المملكة العربية السعودية
'''),
  delegates=[D("فهد بن عبدالله القحطاني", "مدير عام الابتكار والتحول الرقمي", "fqahtani@citc.gov.sa"),
             D("نورة بنت سعد العتيبي", "أخصائي أول علاقات دولية", "nalotaibi@citc.gov.sa")])

M(key="ar03", lang="ar", kind="nomination", ms="ARE",
  frm=("International Affairs | الشؤون الدولية", "intl.affairs@tra.gov.ae"),
  subject="ترشيح دولة الإمارات - جلسات التشاور / UAE nomination - consultation sessions (CI-19/35)",
  date="2019-08-11 09:15:27+04:00", via="o365", region="eur", mua="outlook", html=True, cte="base64",
  acl="ar-AE, en-US",
  body=T('''
السادة/ أمانة الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة CI-19/35، تود هيئة تنظيم الاتصالات في دولة الإمارات العربية المتحدة إبلاغكم بترشيح السيدة مريم أحمد الهاشمي، مدير إدارة الابتكار الرقمي، للمشاركة في جلسة التشاور الأولى التي ستعقد في بودابست في 10 سبتمبر 2019، وكذلك في الجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات 2020.

البريد الإلكتروني: m.alhashemi@tra.gov.ae

وتفضلوا بقبول فائق الاحترام والتقدير،

---

Dear ITU Secretariat,

With reference to Circular CI-19/35, the Telecommunications Regulatory Authority of the United Arab Emirates would like to nominate Ms. Maryam Ahmed Al Hashemi, Director of Digital Innovation, to participate in the first consultation session in Budapest on 10 September 2019, as well as in the session to be held during the WSIS Forum 2020.

Email: m.alhashemi@tra.gov.ae

Best regards,

إدارة الشؤون الدولية | International Affairs Department
هيئة تنظيم الاتصالات | Telecommunications Regulatory Authority
أبوظبي، الإمارات العربية المتحدة | Abu Dhabi, UAE
'''),
  delegates=[D("مريم أحمد الهاشمي", "مدير إدارة الابتكار الرقمي", "m.alhashemi@tra.gov.ae",
               aliases=["Maryam Ahmed Al Hashemi"])],
  sessions=["budapest-2019", "wsis-2020"])

M(key="ar04", lang="ar", kind="interest_only", ms="JOR",
  frm=("هيئة تنظيم قطاع الاتصالات - العلاقات الدولية", "intl@trc.gov.jo"),
  subject="الرسالة المعممة CI-19/35", date="2019-08-15 14:02:51+03:00", via="onprem", mua="roundcube",
  html=True, cte="base64",
  body=T('''
حضرات السادة في أمانة الاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

تعرب هيئة تنظيم قطاع الاتصالات في المملكة الأردنية الهاشمية عن اهتمامها بالمشاركة في جلسة التشاور الأولى حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، والتي ستعقد في بودابست أثناء تليكوم العالمي 2019.

وسيتم تزويدكم باسم المشارك حال اعتماده.

مع فائق الاحترام،
وحدة العلاقات الدولية
هيئة تنظيم قطاع الاتصالات - عمّان
'''),
  sessions=["budapest-2019"])

M(key="ar05", lang="ar", kind="nomination", ms="DZA",
  frm=("Direction de la Coopération MPTTN", "cooperation@mpttn.gov.dz"),
  subject="ترشيح ممثل الجزائر - جلسة التشاور حول الشركات الصغيرة والمتوسطة", date="2019-08-08 11:31:45+01:00",
  via="onprem", mua="tbird", charset="utf-8", cte="8bit",
  body=T('''
السيد الأمين العام للاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

ردا على الرسالة المعممة رقم CI-19/35 المؤرخة في 23 جويلية 2019، يشرفني أن أعلمكم بأن وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة قد عينت السيد المذكور أدناه لتمثيل الجزائر في جلسة التشاور الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019:

الاسم الكامل: كريم بن عيسى (Karim BENAISSA)
الوظيفة: نائب مدير ترقية المؤسسات الناشئة
البريد الإلكتروني: k.benaissa@mpttn.gov.dz

تقبلوا فائق عبارات التقدير والاحترام.

مديرية التعاون
وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة
الجزائر العاصمة
'''),
  delegates=[D("كريم بن عيسى", "نائب مدير ترقية المؤسسات الناشئة", "k.benaissa@mpttn.gov.dz",
               aliases=["Karim BENAISSA"])])

M(key="ar06", lang="ar", kind="correction", ms="SAU", supersedes="ar02", irt_key="ar02",
  frm=("عبدالعزيز بن محمد الشهري", "aalshehri@citc.gov.sa"),
  subject="تعديل الترشيح - " + RE_AR, date="2019-08-14 12:05:19+03:00", via="o365", region="eur",
  mua="outlook", html=True, cte="base64", acl="ar-SA, en-US",
  body=T('''
سعادة الأمين العام للاتحاد الدولي للاتصالات،

السلام عليكم ورحمة الله وبركاته،

إلحاقاً لرسالتنا المؤرخة 6 أغسطس 2019، نود إفادتكم بتعديل ترشيح الهيئة لجلسة التشاور في بودابست، بحيث تحل الأستاذة ريم بنت خالد الدوسري محل الأستاذة نورة بنت سعد العتيبي لتعذر سفرها. وعليه يصبح الوفد على النحو التالي:

1- م. فهد بن عبدالله القحطاني، مدير عام الابتكار والتحول الرقمي (fqahtani@citc.gov.sa)
2- أ. ريم بنت خالد الدوسري، أخصائي علاقات دولية (raldosari@citc.gov.sa)

وتقبلوا خالص التحية والتقدير،

عبدالعزيز بن محمد الشهري
إدارة المنظمات الدولية
هيئة الاتصالات وتقنية المعلومات
'''),
  delegates=[D("فهد بن عبدالله القحطاني", "مدير عام الابتكار والتحول الرقمي", "fqahtani@citc.gov.sa"),
             D("ريم بنت خالد الدوسري", "أخصائي علاقات دولية", "raldosari@citc.gov.sa")],
  sessions=["budapest-2019"])

M(key="ar07", lang="ar", kind="decline", ms="OMN",
  frm=("هيئة تنظيم الاتصالات", "intl.coop@tra.gov.om"),
  subject="رد: الرسالة المعممة CI-19/35", date="2019-08-13 08:40:12+04:00", via="exchange",
  exch_host="TRAEXCH01", mua="outlook", html=True, cte="base64", charset="windows-1256", acl="ar-OM, en-US",
  hcharset="windows-1256",
  body=T('''
السادة/ الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

تشكر هيئة تنظيم الاتصالات بسلطنة عمان الاتحاد على دعوته الكريمة، وتعتذر عن عدم المشاركة في جلسة التشاور المزمع عقدها في بودابست بتاريخ 10 سبتمبر 2019 نظراً لارتباطات سابقة.

مع خالص التحية،

دائرة التعاون الدولي
هيئة تنظيم الاتصالات - مسقط
'''))

M(key="ar08", lang="ar", kind="nomination", ms="QAT",
  frm=("البعثة الدائمة لدولة قطر - جنيف", "geneva.mission@mofa.gov.qa"),
  subject="مذكرة شفوية - الرسالة المعممة CI-19/35", date="2019-08-12 15:10:49+02:00", via="exchange",
  exch_host="MOFAQMBX07", mua="plain", charset="windows-1256", cte="quoted-printable", hcharset="windows-1256",
  acl="ar-QA, en-US",
  attach=[("NV-2019-1184.pdf", "application/pdf", "NV 2019/1184", None)],
  body=T('''
الرقم: ب د ج/2019/1184

تهدي البعثة الدائمة لدولة قطر لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف أطيب تحياتها إلى الاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة المعممة رقم CI-19/35 المؤرخة 23 يوليو 2019، تتشرف بإفادتكم بأن وزارة المواصلات والاتصالات بدولة قطر قد رشحت كلاً من:

- السيد/ خالد علي المري، مدير إدارة الاقتصاد الرقمي
- السيدة/ شيخة محمد الكواري، خبير تطوير الأعمال

للمشاركة في جلسة التشاور الأولى التي ستعقد في بودابست بتاريخ 10 سبتمبر 2019 على هامش تليكوم العالمي للاتحاد.

وتغتنم البعثة الدائمة لدولة قطر هذه المناسبة لتعرب للاتحاد الدولي للاتصالات عن فائق تقديرها واحترامها.

جنيف في 12 أغسطس 2019
'''),
  delegates=[D("خالد علي المري", "مدير إدارة الاقتصاد الرقمي"),
             D("شيخة محمد الكواري", "خبير تطوير الأعمال")])

M(key="ar09", lang="ar", kind="nomination", ms="TUN",
  frm=("ليلى بن سالم", "leila.bensalem@mtcen.gov.tn"),
  subject="ترشيح - جلسة التشاور ببودابست (CI-19/35)", date="2019-08-23 10:12:37+01:00", via="gmail",
  mua="gmail", html=True, cte="base64",
  body=T('''
السيد كريستوفر كلارك،

تحية طيبة،

نعتذر عن التأخير في الرد على الرسالة المعممة CI-19/35. نعلمكم بأن وزارة تكنولوجيات الاتصال والاقتصاد الرقمي بالجمهورية التونسية تقترح مشاركة السيدة ليلى بن سالم، مديرة عامة للاقتصاد الرقمي، في جلسة التشاور التي ستنعقد ببودابست يوم 10 سبتمبر 2019، وذلك إن كان لا يزال بالإمكان قبول الترشيح.

للتواصل: leila.bensalem@mtcen.gov.tn

مع الشكر،
ليلى بن سالم
مديرة عامة للاقتصاد الرقمي
وزارة تكنولوجيات الاتصال والاقتصاد الرقمي، تونس
'''),
  delegates=[D("ليلى بن سالم", "مديرة عامة للاقتصاد الرقمي", "leila.bensalem@mtcen.gov.tn")])

M(key="ar10", lang="ar", kind="auto_reply", ms=None,
  frm=("Hussain Abdulla Mansoor", "hmansoor@tra.org.bh"),
  subject="رد تلقائي: Reminder: CI-19/35 - replies requested by 16 August 2019", date="2019-08-12 11:01:55+03:00",
  via="o365", region="eur", mua="outlook", cte="base64", acl="ar-BH, en-US",
  irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body=T('''
شكراً لرسالتكم.
أنا خارج المكتب حتى 1 سبتمبر 2019. للأمور العاجلة يرجى التواصل مع السيد حسن جعفر على البريد hjaafar@tra.org.bh

Thank you for your email.
I am out of the office until 1 September 2019. For urgent matters please contact Mr. Hasan Jaafar at hjaafar@tra.org.bh
'''))

M(key="ar11", lang="ar", kind="inquiry", ms="KWT",
  frm=("نوف فيصل العنزي", "n.alenezi@citra.gov.kw"),
  subject="استفسار بخصوص جلسات التشاور CI-19/35", date="2019-08-01 09:35:04+03:00", via="o365", region="eur",
  mua="outlook", html=True, cte="base64", acl="ar-KW, en-US",
  body=T('''
السادة أمانة الاتحاد المحترمين،

تحية طيبة،

بالإشارة إلى الرسالة المعممة CI-19/35، نرجو التكرم بإفادتنا بما يلي قبل إرسال الترشيح:
- هل يمكن للدولة ترشيح أكثر من مشارك واحد للجلسة الأولى في بودابست؟
- هل ستتوفر الترجمة الفورية إلى اللغة العربية خلال الجلسة؟

شاكرين لكم حسن تعاونكم.

نوف فيصل العنزي
إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات - دولة الكويت
'''))

M(key="ar12", lang="ar", kind="nomination", ms="SDN",
  frm=("Osman Eltayeb", "osman.eltayeb@tpra.gov.sd"),
  subject="تسجيل مشاركة - جلسة بودابست", date="2019-08-14 20:45:33+02:00", via="gmail", mua="gmail",
  html=True, cte="base64",
  body=T('''
السلام عليكم،

أرجو التكرم بتسجيل مشاركتي في جلسة التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، والتي ستعقد في بودابست يوم 10 سبتمبر القادم، ممثلاً عن جمهورية السودان.

سأكون ضمن وفد السودان المشارك في تليكوم العالمي 2019.

وجزاكم الله خيراً،

م. عثمان الطيب محمد أحمد
مدير إدارة السياسات والتخطيط
الهيئة العامة لتنظيم الاتصالات والبريد - الخرطوم
'''),
  delegates=[D("عثمان الطيب محمد أحمد", "مدير إدارة السياسات والتخطيط")])

M(key="ar13", lang="ar", kind="nomination", ms="IRQ",
  frm=("قسم العلاقات الخارجية - هيئة الإعلام والاتصالات", "foreign.relations@cmc.iq"),
  subject="ترشيح ممثل العراق - CI-19/35", date="2019-08-07 12:58:06+03:00", via="relay",
  out_host="mail.cmc.iq", mua="plain", charset="windows-1256", cte="quoted-printable", hcharset="windows-1256",
  body=T('''
إلى/ الاتحاد الدولي للاتصالات - أمانة الاتحاد
م/ ترشيح

تحية طيبة...

استناداً إلى الرسالة المعممة CI-19/35 في 23/7/2019، نود إعلامكم بترشيح الموظف المدرجة بياناته أدناه للمشاركة في جلسة التشاور الأولى (بودابست، 10 أيلول 2019):

الاسم: حَيدر عَبد الأمير الجُبوري
المنصب: مدير قسم تطوير الأعمال
الجهة: هيئة الإعلام والاتصالات
البريد الإلكتروني: h.aljubouri@cmc.iq

مع التقدير...

قسم العلاقات الخارجية
هيئة الإعلام والاتصالات - بغداد
'''),
  delegates=[D("حَيدر عَبد الأمير الجُبوري", "مدير قسم تطوير الأعمال", "h.aljubouri@cmc.iq")])

M(key="ar14", lang="ar", kind="unrelated", ms=None,
  frm=("ملتقى رواد التقنية العرب", "events@arabtechfounders.org"),
  subject="دعوة: ملتقى رواد التقنية العرب - دبي، 15-16 أكتوبر 2019", date="2019-08-05 10:00:00+04:00",
  via="relay", out_host="mailer.arabtechfounders.org", mua="plain", html=True, cte="base64",
  body=T('''
يسرنا دعوتكم لحضور الدورة الخامسة من ملتقى رواد التقنية العرب، الذي يعقد في دبي يومي 15 و16 أكتوبر 2019، بمشاركة أكثر من 300 شركة ناشئة من المنطقة العربية.

من أبرز المتحدثين:
- الدكتورة هالة منصور، مؤسسة منصة "تمكين" للتعليم الرقمي
- المهندس سامي الخطيب، الرئيس التنفيذي لشركة "سحابة"
- الأستاذ يوسف الزعبي، شريك في صندوق الأفق للاستثمار

كما يتضمن البرنامج جلسة خاصة حول مشاركة الشركات الناشئة العربية في تليكوم العالمي 2019 في بودابست.

للتسجيل: https://arabtechfounders.org/register

لإلغاء الاشتراك في هذه القائمة يرجى الرد بكلمة "إلغاء".
'''),
  extra=["Precedence: bulk"])

M(key="ar15", lang="ar", kind="nomination", ms="BHR",
  frm=("Fatima AlKhaja", "f.alkhaja@tra.org.bh"),
  subject="ترشيح مملكة البحرين", date="2019-08-16 13:27:40+03:00", via="o365", region="eur", mua="owa",
  html=True, cte="base64", acl="ar-BH, en-US",
  body=T('''
السادة المحترمين،

بالإشارة إلى الرسالة المعممة CI-19/35، نود إفادتكم بترشيح السيد Ali Hasan Al-Mahmood، رئيس قسم الابتكار وتطوير السوق بهيئة تنظيم الاتصالات، لحضور جلسة التشاور في بودابست.

البريد الإلكتروني: a.almahmood@tra.org.bh

مع التحية،
فاطمة الخاجة
هيئة تنظيم الاتصالات - مملكة البحرين
'''),
  delegates=[D("Ali Hasan Al-Mahmood", "رئيس قسم الابتكار وتطوير السوق", "a.almahmood@tra.org.bh")])


# ==============================================================================================================
# Russian

M(key="ru01", lang="ru", kind="nomination", ms="RUS",
  frm=("Департамент международного сотрудничества", "dmc@digital.gov.ru"),
  subject="О консультационной сессии МСЭ (CI-19/35)", date="2019-08-09 17:22:45+03:00", via="onprem",
  mua="plain", charset="koi8-r", cte="8bit", hcharset="koi8-r",
  body=T('''
Уважаемый господин Кларк!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации, рассмотрев циркулярное письмо МСЭ CI-19/35 от 23 июля 2019 года, подтверждает заинтересованность в участии в консультационной сессии "Содействие развитию МСП в области технологий и инноваций", которая состоится 10 сентября 2019 года в Будапеште в рамках ITU Telecom World 2019.

Для участия в сессии Минцифры России направляет заместителя директора Департамента международного сотрудничества Белова Андрея Николаевича.

Контактные данные участника:
ФИО: Белов Андрей Николаевич
Должность: заместитель директора Департамента международного сотрудничества
Эл. почта: a.belov@digital.gov.ru
Тел.: +7 495 000-47-12

С уважением,
Департамент международного сотрудничества
Минцифры России
'''),
  delegates=[D("Белов Андрей Николаевич", "заместитель директора Департамента международного сотрудничества",
               "a.belov@digital.gov.ru")])

M(key="ru02", lang="ru", kind="nomination", ms="BLR",
  frm=("Управление международного сотрудничества", "intl@mpt.gov.by"),
  subject="Ответ на циркулярное письмо CI-19/35", date="2019-08-06 10:40:18+03:00", via="onprem",
  mua="outlook", charset="windows-1251", cte="quoted-printable", hcharset="windows-1251",
  body=T('''
Уважаемые коллеги!

Министерство связи и информатизации Республики Беларусь благодарит за приглашение и сообщает, что для участия в первой консультационной сессии по вопросам содействия развитию МСП в области технологий и инноваций (г. Будапешт, 10 сентября 2019 г.) определен Козловский Дмитрий Александрович (Dzmitry KAZLOUSKI), начальник управления информатизации и развития цифровой экономики, эл. почта: d.kozlovsky@mpt.gov.by.

С уважением,
управление международного сотрудничества
Министерства связи и информатизации Республики Беларусь
г. Минск, пр. Независимости, 10
'''),
  delegates=[D("Козловский Дмитрий Александрович",
               "начальник управления информатизации и развития цифровой экономики", "d.kozlovsky@mpt.gov.by",
               aliases=["Dzmitry KAZLOUSKI"])])

M(key="ru03", lang="ru", kind="nomination", ms="KAZ",
  frm=("Жанна Оспанова", "zh.ospanova@mdai.gov.kz"),
  subject="RE: " + CIRC_SUBJ["ru"], date="2019-08-13 16:05:33+06:00", via="exchange", exch_host="MDAIMBX01",
  mua="outlook", cte="base64", quote=("ru", "outlook", "ru"), acl="ru-RU, en-US",
  html=T('''
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="RU" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Уважаемые коллеги,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан просит включить в состав участников консультационной сессии в г. Будапешт (10 сентября 2019 г.) следующих представителей:</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><td><b>№</b></td><td><b>Ф.И.О.</b></td><td><b>Должность</b></td><td><b>E-mail</b></td></tr>
<tr><td>1</td><td>Жумабеков Ерлан Маратович</td><td>Директор Департамента развития цифровых технологий</td><td>e.zhumabekov@mdai.gov.kz</td></tr>
<tr><td>2</td><td>Абдрахманова Айгерим Сериковна</td><td>Главный эксперт Департамента международного сотрудничества</td><td>a.abdrakhmanova@mdai.gov.kz</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Информацию об участии в последующих сессиях направим дополнительно.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">С уважением,<br>Жанна Оспанова<br>Департамент международного сотрудничества<br>МЦРИАП РК, г. Нур-Султан</p>
</div>
{QUOTE}
</body></html>
'''),
  body=T('''
Уважаемые коллеги,

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан просит включить в состав участников консультационной сессии в г. Будапешт (10 сентября 2019 г.) следующих представителей:

№	Ф.И.О.	Должность	E-mail
1	Жумабеков Ерлан Маратович	Директор Департамента развития цифровых технологий	e.zhumabekov@mdai.gov.kz
2	Абдрахманова Айгерим Сериковна	Главный эксперт Департамента международного сотрудничества	a.abdrakhmanova@mdai.gov.kz

Информацию об участии в последующих сессиях направим дополнительно.

С уважением,
Жанна Оспанова
Департамент международного сотрудничества
МЦРИАП РК, г. Нур-Султан
'''),
  delegates=[D("Жумабеков Ерлан Маратович", "Директор Департамента развития цифровых технологий",
               "e.zhumabekov@mdai.gov.kz"),
             D("Абдрахманова Айгерим Сериковна", "Главный эксперт Департамента международного сотрудничества",
               "a.abdrakhmanova@mdai.gov.kz")])

M(key="ru04", lang="ru", kind="interest_only", ms="KGZ",
  frm=("ГКИТС КР", "info@ict.gov.kg"),
  subject="CI-19/35", date="2019-08-16 09:12:55+06:00", via="gmail", mua="gmail", html=True,
  cte="base64",
  body=T('''
Уважаемые господа!

Государственный комитет информационных технологий и связи Кыргызской Республики выражает заинтересованность в участии в консультационных сессиях МСЭ по содействию развитию МСП в области технологий и инноваций, в частности в сессии в Будапеште и в сессии в ходе Форума ВВУИО 2020 года.

Кандидатура участника будет сообщена дополнительно.

С уважением,
Отдел международного сотрудничества ГКИТС КР
г. Бишкек
'''),
  sessions=["budapest-2019", "wsis-2020"])

M(key="ru05", lang="ru", kind="correction", ms="RUS", supersedes="ru01", irt_key="ru01",
  frm=("Департамент международного сотрудничества", "dmc@digital.gov.ru"),
  subject="Re: О консультационной сессии МСЭ (CI-19/35) - уточнение", date="2019-08-15 12:47:02+03:00",
  via="onprem", mua="plain", charset="koi8-r", cte="quoted-printable", hcharset="koi8-r",
  body=T('''
Уважаемый господин Кларк!

В дополнение к письму от 9 августа 2019 года сообщаем об изменении состава участников от Минцифры России.

В связи с изменением графика Белов А.Н. не сможет принять участие в сессии в Будапеште; вместо него в сессии примет участие Соколова Екатерина Игоревна. Белов А.Н. примет участие в сессии, которая будет проведена в ходе Форума ВВУИО 2020 года.

Таким образом, просим считать окончательным следующий состав:
1. Соколова Екатерина Игоревна, советник Департамента международного сотрудничества, e.sokolova@digital.gov.ru - сессия в Будапеште, 10 сентября 2019 г.;
2. Белов Андрей Николаевич, заместитель директора Департамента международного сотрудничества, a.belov@digital.gov.ru - сессия в рамках Форума ВВУИО 2020 г.

С уважением,
Департамент международного сотрудничества
Минцифры России
'''),
  delegates=[D("Соколова Екатерина Игоревна", "советник Департамента международного сотрудничества",
               "e.sokolova@digital.gov.ru"),
             D("Белов Андрей Николаевич", "заместитель директора Департамента международного сотрудничества",
               "a.belov@digital.gov.ru")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="ru06", lang="ru", kind="decline", ms="TJK",
  frm=("Служба связи", "intl@khadamotialoqa.tj"),
  subject="Ответ на CI-19/35", date="2019-08-14 14:30:11+05:00", via="relay", out_host="mail.khadamotialoqa.tj",
  mua="plain", charset="windows-1251", cte="base64", hcharset="windows-1251",
  body=T('''
Уважаемые коллеги!

Служба связи при Правительстве Республики Таджикистан выражает признательность за приглашение к участию в консультационных сессиях.

К сожалению, в связи с большой загруженностью в сентябре текущего года представители Службы связи не смогут принять участие в сессии в г. Будапешт.

С уважением,
Отдел внешних связей
Службы связи при Правительстве Республики Таджикистан
'''))

M(key="ru07", lang="ru", kind="nomination", ms="TKM",
  frm=("Постоянное представительство Туркменистана в Женеве", "mission.turkmenistan.geneva@gmail.com"),
  subject="Нота - участие в консультационной сессии МСЭ", date="2019-08-26 11:15:40+02:00", via="gmail",
  mua="gmail", cte="base64",
  attach=[("Nota_PP_TKM_0412.pdf", "application/pdf", "Nota 0412", None)],
  body=T('''
№ 0412

Постоянное представительство Туркменистана при Отделении Организации Объединенных Наций и других международных организациях в Женеве свидетельствует свое уважение Международному союзу электросвязи и, ссылаясь на циркулярное письмо CI-19/35 от 23 июля 2019 года, имеет честь сообщить, что для участия в консультационной сессии, которая состоится 10 сентября 2019 года в г. Будапешт, определен начальник отдела Агентства "Туркменалокагатнашык" Атаев Мерген Байрамович.

Постоянное представительство Туркменистана приносит извинения за задержку с ответом и пользуется случаем, чтобы возобновить Международному союзу электросвязи уверения в своем высоком уважении.

г. Женева, 26 августа 2019 года
'''),
  delegates=[D("Атаев Мерген Байрамович", 'начальник отдела Агентства "Туркменалокагатнашык"')])

M(key="ru08", lang="ru", kind="auto_reply", ms=None,
  frm=("Гусева Наталья Владимировна", "n.guseva@rkn.gov.ru"),
  subject="Автоматический ответ: Reminder: CI-19/35 - replies requested by 16 August 2019",
  date="2019-08-12 11:00:48+03:00", via="exchange", exch_host="RKNMBX03", mua="outlook", cte="base64",
  acl="ru-RU, en-US", irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body=T('''
Добрый день!

Я нахожусь в отпуске до 30 августа 2019 г. включительно. По срочным вопросам просьба обращаться к Петровой Марине Сергеевне (m.petrova@rkn.gov.ru).

С уважением,
Гусева Н.В.
'''))

M(key="ru09", lang="ru", kind="nomination", ms=None,
  frm=("Международный отдел МТУСИ", "intl@mtuci.ru"),
  subject="МТУСИ - предложение об участии в консультационной сессии", date="2019-08-12 13:40:27+03:00",
  via="onprem", mua="tbird", cte="8bit",
  body=T('''
Уважаемый господин Кларк!

Московский технический университет связи и информатики (МТУСИ), Академический член МСЭ, узнал о серии консультационных сессий по содействию развитию технологических и инновационных МСП.

Университет располагает собственным бизнес-инкубатором и был бы рад поделиться опытом поддержки студенческих стартапов. Предлагаем кандидатуру для участия в сессии в Будапеште:

- Кузнецов Павел Олегович, доцент кафедры "Цифровая экономика", руководитель бизнес-инкубатора МТУСИ, p.o.kuznetsov@mtuci.ru

Будем признательны за информацию о возможности участия Академических членов.

С уважением,
Международный отдел МТУСИ
Москва, ул. Авиамоторная, 8а
'''),
  delegates=[D("Кузнецов Павел Олегович", 'доцент кафедры "Цифровая экономика", руководитель бизнес-инкубатора МТУСИ',
               "p.o.kuznetsov@mtuci.ru")])

M(key="ru10", lang="ru", kind="nomination", ms="RUS",
  frm=("Департамент развития МСП и конкуренции", "dmsp@economy.gov.ru"),
  subject="Об участии в консультационной сессии МСЭ 10 сентября 2019 г.", date="2019-08-15 18:02:19+03:00",
  via="exchange", exch_host="MERMAIL02", mua="outlook", cte="quoted-printable", acl="ru-RU, en-US",
  body=T('''
Уважаемые коллеги!

Минэкономразвития России просит включить в число участников консультационной сессии "Содействие развитию МСП в области технологий и инноваций" (г. Будапешт, 10 сентября 2019 г.) заместителя директора Департамента развития малого и среднего предпринимательства и конкуренции Смирнову Ольгу Викторовну (o.smirnova@economy.gov.ru).

Участие согласовано с Минцифры России.

С уважением,
Департамент развития малого и среднего предпринимательства и конкуренции
Минэкономразвития России
'''),
  delegates=[D("Смирнову Ольгу Викторовну",
               "заместителя директора Департамента развития малого и среднего предпринимательства и конкуренции",
               "o.smirnova@economy.gov.ru")])


def _bounce_ru11(m):
    human = T('''
    Не удалось доставить сообщение следующим получателям или группам:

    vlad.orlov@minsvyaz.ru
    Не удалось найти адрес электронной почты, на который вы пытались отправить сообщение. Проверьте адрес электронной почты получателя и повторите попытку отправки сообщения. Если проблема не будет устранена, обратитесь в службу поддержки.

    Диагностические сведения для администраторов:

    Создающий сервер: MAIL01.minsvyaz.ru

    vlad.orlov@minsvyaz.ru
    Удаленный сервер возвратил ошибку '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
    ''')
    hdrs = T('''
    From: ITU - SME <sme@itu.int>
    To: <vlad.orlov@minsvyaz.ru>
    Subject: Reminder: CI-19/35 - replies requested by 16 August 2019
    Date: Mon, 12 Aug 2019 08:02:11 +0000
    Message-ID: <D55E1F0C93A04B27@CHEXMBX03.ad.itu.int>
    MIME-Version: 1.0
    Content-Type: text/plain
    ''')
    return dsn(human, "utf-8", "MAIL01.minsvyaz.ru", "vlad.orlov@minsvyaz.ru", "5.1.10",
               "550 5.1.10 RESOLVER.ADR.RecipientNotFound", "Mon, 12 Aug 2019 11:02:17 +0300", hdrs + "\n",
               "_%s_" % H("ru11b", 32))


M(key="ru11", lang="ru", kind="bounce", ms=None,
  frm=("Microsoft Outlook", "postmaster@minsvyaz.ru"), return_path="", to=[("ITU - SME", "sme@itu.int")],
  subject="Не удается доставить: Reminder: CI-19/35 - replies requested by 16 August 2019",
  date="2019-08-12 11:02:18+03:00", via="exchange", exch_host="MAIL01", special=_bounce_ru11,
  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])


# ==============================================================================================================
# Chinese

M(key="zh01", lang="zh", kind="nomination", ms="CHN",
  frm=("工业和信息化部国际合作司", "gjs_itu@miit.gov.cn"),
  subject="关于参加国际电联中小企业磋商会议的复函（CI-19/35）", date="2019-08-05 16:48:21+08:00", via="onprem",
  mua="plain", charset="gb2312", cte="base64", hcharset="gb2312",
  body=T('''
国际电联秘书处：

根据国际电联第CI-19/35号通函，中华人民共和国工业和信息化部对"促进科技和创新中小企业"系列磋商会议表示关注，并拟派员参加2019年9月10日在匈牙利布达佩斯举行的2019年世界电信展期间召开的首次磋商会议。

参会人员信息如下：
姓名：王磊（WANG Lei）
职务：工业和信息化部中小企业局 副处长
电子邮件：wanglei@miit.gov.cn

特此函复。

工业和信息化部国际合作司
2019年8月5日
'''),
  delegates=[D("王磊", "工业和信息化部中小企业局 副处长", "wanglei@miit.gov.cn", aliases=["WANG Lei"])])

M(key="zh02", lang="zh", kind="nomination", ms="CHN",
  frm=("中国常驻日内瓦代表团 - 电信", "telecom_geneva@mfa.gov.cn"),
  subject="中国代表团关于CI-19/35号通函的复函", date="2019-08-09 10:22:14+02:00", via="relay",
  out_host="smtp.mfa.gov.cn", mua="outlook", cte="base64",
  html=T('''
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="ZH-CN"><div class="WordSection1">
<p class="MsoNormal">国际电信联盟秘书处：</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团向国际电信联盟秘书处致意，并谨就第CI-19/35号通函通知如下：</p>
<p class="MsoNormal">中国政府将派以下人员出席2019年9月10日在布达佩斯举行的首次"促进科技和创新中小企业"磋商会议，并拟继续参加2020年初理事会工作组会议期间举办的磋商会议：</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>姓名</b></td><td><b>单位及职务</b></td><td><b>电子邮件</b></td></tr>
<tr><td>李晓红（LI Xiaohong）</td><td>工业和信息化部信息通信发展司 处长</td><td>lixh@miit.gov.cn</td></tr>
<tr><td>陈志强（CHEN Zhiqiang）</td><td>中国信息通信研究院 高级工程师</td><td>chenzhiqiang@caict.ac.cn</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">顺致崇高敬意。</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">中国常驻日内瓦代表团<br>2019年8月9日于日内瓦</p>
</div></body></html>
'''),
  body=T('''
国际电信联盟秘书处：

中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团向国际电信联盟秘书处致意，并谨就第CI-19/35号通函通知如下：
中国政府将派以下人员出席2019年9月10日在布达佩斯举行的首次"促进科技和创新中小企业"磋商会议，并拟继续参加2020年初理事会工作组会议期间举办的磋商会议：

姓名	单位及职务	电子邮件
李晓红（LI Xiaohong）	工业和信息化部信息通信发展司 处长	lixh@miit.gov.cn
陈志强（CHEN Zhiqiang）	中国信息通信研究院 高级工程师	chenzhiqiang@caict.ac.cn

顺致崇高敬意。

中国常驻日内瓦代表团
2019年8月9日于日内瓦
'''),
  delegates=[D("李晓红", "工业和信息化部信息通信发展司 处长", "lixh@miit.gov.cn", aliases=["LI Xiaohong"]),
             D("陈志强", "中国信息通信研究院 高级工程师", "chenzhiqiang@caict.ac.cn", aliases=["CHEN Zhiqiang"])],
  sessions=["budapest-2019", "cwg-2020"])

M(key="zh03", lang="zh", kind="nomination", ms=None,
  frm=("张宏伟", "zhanghw@bupt.edu.cn"),
  subject="北京邮电大学申请参加国际电联中小企业磋商会议", date="2019-08-11 21:14:09+08:00", via="relay",
  out_host="mx.bupt.edu.cn", mua="apple", cte="quoted-printable",
  body=T('''
Christopher Clark先生：

您好！

我们从工业和信息化部了解到国际电联将于9月10日在布达佩斯举办"促进科技和创新中小企业"磋商会议。北京邮电大学是国际电联学术成员，我校经济管理学院中小企业创新研究中心长期从事科技型中小企业研究，希望能够参与此次讨论。

我校拟推荐本人参加此次会议。如学术成员可以参会，烦请告知报名方式。

谢谢！

张宏伟
北京邮电大学经济管理学院 教授
中小企业创新研究中心主任
电话：+86 10 6228 0000
邮箱：zhanghw@bupt.edu.cn
'''),
  delegates=[D("张宏伟", "中小企业创新研究中心主任", "zhanghw@bupt.edu.cn")])

M(key="zh04", lang="zh", kind="auto_reply", ms=None,
  frm=("赵敏", "zhaomin@caict.ac.cn"),
  subject="自动回复: Reminder: CI-19/35 - replies requested by 16 August 2019", date="2019-08-12 16:01:22+08:00",
  via="relay", out_host="mail.caict.ac.cn", mua="plain", cte="base64",
  irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>", extra=["Auto-Submitted: auto-replied"],
  body=T('''
您好！

本人8月12日至8月23日休假，期间查看邮件不便。如有急事，请联系孙悦女士（sunyue@caict.ac.cn，电话 010-6230 0000）。

谢谢！
赵敏
'''))

M(key="zh05", lang="zh", kind="unrelated", ms=None,
  frm=("深圳国际智能硬件展组委会", "expo@sz-hardware-expo.cn"),
  subject="邀请函：2019深圳国际智能硬件展览会（10月23日-25日）", date="2019-08-08 09:30:00+08:00", via="relay",
  out_host="edm.sz-hardware-expo.cn", mua="plain", charset="gb2312", cte="base64", hcharset="gb2312",
  body=T('''
尊敬的先生/女士：

2019深圳国际智能硬件展览会将于2019年10月23日至25日在深圳会展中心举行，预计将有来自30多个国家和地区的600余家企业参展。

本届展会特别设立"中小企业创新馆"，并邀请以下嘉宾出席开幕论坛：
刘建国 深圳市智能硬件行业协会会长
黄雅琴 某知名创投基金合伙人
Thomas Keller 欧洲物联网联盟顾问

展位预订及参观登记请访问：www.sz-hardware-expo.cn

如您不希望继续收到本邮件，请回复"退订"。

深圳国际智能硬件展组委会
'''),
  extra=["Precedence: bulk"])

M(key="zh06", lang="zh", kind="inquiry", ms=None,
  frm=("Kevin Huang", "kevin.huang@lianwangtech.cn"),
  subject="咨询：中小企业能否参加布达佩斯磋商会议", date="2019-08-02 11:05:48+08:00", via="relay",
  out_host="smtp.qiye.163.com", mua="plain", html=True, cte="base64",
  body=T('''
您好，

我们是深圳一家物联网创业公司，员工约30人。看到国际电联关于"促进科技和创新中小企业"磋商会议的通知，想咨询两个问题：

1. 中小企业能否直接报名参加9月10日在布达佩斯举行的会议？还是只限成员国政府代表？
2. 如果可以参加，是否需要通过工信部推荐？

期待您的回复，谢谢！

黄凯文 Kevin Huang
深圳联网科技有限公司 商务总监
'''))

M(key="zh07", lang="zh", kind="nomination", ms="CHN",
  frm=("工信部中小企业局", "zxqyj_wsc@miit.gov.cn"),
  subject="补报：国际电联首次中小企业磋商会议参会人员", date="2019-08-20 15:36:50+08:00", via="onprem",
  mua="plain", cte="quoted-printable",
  body=T('''
国际电联秘书处：

接我部国际合作司通知，现补报参加2019年9月10日布达佩斯磋商会议的人员一名：

周建平，工业和信息化部中小企业局 处长，邮箱：zhoujp@miit.gov.cn

因内部审批原因未能在截止日期前报送，敬请谅解。

工业和信息化部中小企业局
'''),
  delegates=[D("周建平", "工业和信息化部中小企业局 处长", "zhoujp@miit.gov.cn")])

M(key="zh08", lang="zh", kind="correction", ms="CHN", supersedes="zh02", irt_key="zh02",
  frm=("中国常驻日内瓦代表团 - 电信", "telecom_geneva@mfa.gov.cn"),
  subject="更正：中国代表团关于CI-19/35号通函的复函", date="2019-08-16 09:10:37+02:00", via="relay",
  out_host="smtp.mfa.gov.cn", mua="outlook", cte="base64",
  body=T('''
国际电信联盟秘书处：

我团8月9日复函所列参会人员有所调整，陈志强同志因工作原因不能出席，改由刘洋同志参加。更正后的参会人员名单如下：

1. 李晓红（LI Xiaohong），工业和信息化部信息通信发展司 处长，lixh@miit.gov.cn
2. 刘洋（LIU Yang），中国信息通信研究院 工程师，liuyang@caict.ac.cn

上述人员将出席9月10日布达佩斯磋商会议，并拟参加2020年初理事会工作组会议期间的磋商会议。

特此更正。

中国常驻日内瓦代表团
'''),
  delegates=[D("李晓红", "工业和信息化部信息通信发展司 处长", "lixh@miit.gov.cn", aliases=["LI Xiaohong"]),
             D("刘洋", "中国信息通信研究院 工程师", "liuyang@caict.ac.cn", aliases=["LIU Yang"])],
  sessions=["budapest-2019", "cwg-2020"])

M(key="zh09", lang="zh", kind="nomination", ms=None,
  frm=("中国中小企业国际合作协会", "intl@casmeic.org.cn"),
  subject="关于推荐参加国际电联中小企业磋商会议人员的函", date="2019-08-14 10:47:03+08:00", via="relay",
  out_host="smtp.casmeic.org.cn", mua="plain", html=True, cte="base64",
  body=T('''
国际电联秘书处：

中国中小企业国际合作协会是致力于推动中小企业国际交流合作的全国性社会组织。获悉贵联将举办"促进科技和创新中小企业"系列磋商会议，我会谨推荐副秘书长孙丽娜女士参加9月10日在布达佩斯举行的首次会议，介绍中国科技型中小企业发展情况。

联系方式：sunlina@casmeic.org.cn

如需进一步信息，请随时与我们联系。

中国中小企业国际合作协会
国际部
'''),
  delegates=[D("孙丽娜", "副秘书长", "sunlina@casmeic.org.cn")])


# ==============================================================================================================
# Portuguese, German, Italian, Turkish, Persian, Indonesian, Swahili, Japanese, Korean

M(key="pt01", lang="pt", kind="nomination", ms="BRA",
  frm=("Assessoria Internacional - Anatel", "ari@anatel.gov.br"),
  subject="Re: CI-19/35 - Indicação do Brasil", date="2019-08-07 14:55:12-03:00", via="gmail", mua="gmail",
  html=True, cte="quoted-printable", quote=("en", "gmail", "pt"),
  body=T('''
Prezado Senhor Christopher Clark,

Em resposta à Circular CI-19/35, a Agência Nacional de Telecomunicações (Anatel) informa o interesse do Brasil em participar da primeira sessão de consulta sobre o fomento às PMEs de tecnologia e inovação, a realizar-se em Budapeste, no dia 10 de setembro de 2019, durante o ITU Telecom World.

Para a referida sessão, indicamos o servidor Rodrigo Almeida Cavalcanti, Especialista em Regulação da Superintendência de Planejamento e Regulação (rodrigo.cavalcanti@anatel.gov.br).

Atenciosamente,

Assessoria Internacional
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 6, Blocos C, E, F e H - Brasília/DF
'''),
  delegates=[D("Rodrigo Almeida Cavalcanti", "Especialista em Regulação da Superintendência de Planejamento e Regulação",
               "rodrigo.cavalcanti@anatel.gov.br")])

M(key="pt02", lang="pt", kind="interest_only", ms="PRT",
  frm=("Relações Internacionais ANACOM", "internacional@anacom.pt"),
  subject="Circular UIT CI-19/35 - Portugal", date="2019-08-14 11:20:45+01:00", via="o365", region="eur",
  mua="outlook", html=True, cte="quoted-printable", acl="pt-PT, en-US",
  body=T('''
Exmos. Senhores,

A Autoridade Nacional de Comunicações (ANACOM) agradece o convite e manifesta o seu interesse em participar na sessão de consulta que terá lugar em Budapeste, no âmbito do ITU Telecom World 2019.

O nome do participante será indicado oportunamente, logo que esteja concluída a composição da delegação portuguesa.

Com os melhores cumprimentos,

Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12 - 1099-017 Lisboa
'''),
  sessions=["budapest-2019"])

M(key="pt03", lang="pt", kind="nomination", ms="MOZ",
  frm=("Ilídio Cossa", "ilidio.cossa@incm.gov.mz"),
  subject="Participação de Moçambique - sessão de consulta de Budapeste", date="2019-08-12 09:42:30+02:00",
  via="relay", out_host="mail.incm.gov.mz", mua="tbird", cte="8bit",
  body=T('''
Exmos. Senhores,

O Instituto Nacional das Comunicações de Moçambique (INCM) vem por este meio confirmar a sua participação na sessão de consulta "Fomento das PME de tecnologia e inovação", a realizar-se em Budapeste no dia 10 de Setembro de 2019.

O INCM far-se-á representar pelo Eng. Ilídio Armando Cossa, Chefe do Departamento de Inovação e Desenvolvimento de Mercado.

Contactos: ilidio.cossa@incm.gov.mz | +258 21 000 000

Melhores cumprimentos,

Ilídio Armando Cossa
Chefe do Departamento de Inovação e Desenvolvimento de Mercado
INCM - Maputo
'''),
  delegates=[D("Ilídio Armando Cossa", "Chefe do Departamento de Inovação e Desenvolvimento de Mercado",
               "ilidio.cossa@incm.gov.mz")])

M(key="pt04", lang="pt", kind="nomination", ms="AGO",
  frm=("Missão Permanente de Angola em Genebra", "missao.angola.genebra@gmail.com"),
  subject="Indicação de participantes - Circular CI-19/35", date="2019-08-22 15:06:51+02:00", via="gmail",
  mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Exmos. Senhores,

A Missão Permanente da República de Angola junto do Escritório das Nações Unidas e outras Organizações Internacionais em Genebra apresenta os seus cumprimentos à União Internacional de Telecomunicações e, com referência à Circular CI-19/35, tem a honra de comunicar que o Ministério das Telecomunicações e Tecnologias de Informação indicou os seguintes quadros para a sessão de consulta de Budapeste (10 de Setembro de 2019):

1. Sr. Manuel Domingos Kiala, Director Nacional das Tecnologias de Informação - manuel.kiala@mtti.gov.ao
2. Sra. Esperança Luísa Neto, Chefe de Departamento de Cooperação Internacional - esperanca.neto@mtti.gov.ao

A Missão Permanente apresenta as suas desculpas pelo atraso na resposta e aproveita a oportunidade para renovar os protestos da sua elevada consideração.

Genebra, 22 de Agosto de 2019
'''),
  delegates=[D("Manuel Domingos Kiala", "Director Nacional das Tecnologias de Informação", "manuel.kiala@mtti.gov.ao"),
             D("Esperança Luísa Neto", "Chefe de Departamento de Cooperação Internacional",
               "esperanca.neto@mtti.gov.ao")])

M(key="de01", lang="de", kind="nomination", ms="DEU",
  frm=("Tobias Lindner", "tobias.lindner@bmwi.bund.de"),
  subject="AW: " + CIRC_SUBJ["en"], date="2019-08-08 14:12:39+02:00", via="relay", out_host="mx1.bund.de",
  mua="outlook", html=True, cte="quoted-printable", charset="iso-8859-1", quote=("en", "outlook", "de"),
  body=T('''
Sehr geehrter Herr Clark,

vielen Dank für das Rundschreiben CI-19/35. Das Bundesministerium für Wirtschaft und Energie (BMWi) nimmt gerne an der ersten Konsultationssitzung am 10. September 2019 in Budapest teil.

Teilnehmen werden:

- Frau Dr. Katrin Schäfer, Referatsleiterin Internationale Digitalpolitik (katrin.schaefer@bmwi.bund.de)
- Herr Tobias Lindner, Referent im Referat Mittelstand-Digital (tobias.lindner@bmwi.bund.de)

Herr Lindner wird voraussichtlich auch an der Sitzung im Rahmen des WSIS-Forums 2020 teilnehmen; wir bestätigen dies rechtzeitig.

Mit freundlichen Grüßen
Im Auftrag

Tobias Lindner
Bundesministerium für Wirtschaft und Energie
Referat Mittelstand-Digital
Scharnhorststraße 34-37, 10115 Berlin
'''),
  delegates=[D("Katrin Schäfer", "Referatsleiterin Internationale Digitalpolitik", "katrin.schaefer@bmwi.bund.de"),
             D("Tobias Lindner", "Referent im Referat Mittelstand-Digital", "tobias.lindner@bmwi.bund.de")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="de02", lang="de", kind="decline", ms="AUT",
  frm=("Abteilung Telekommunikation BMVIT", "pt2@bmvit.gv.at"),
  subject="Rundschreiben CI-19/35 - Rückmeldung Österreich", date="2019-08-13 10:51:22+02:00", via="exchange",
  exch_host="BMVITEX03", mua="outlook", html=True, cte="quoted-printable", acl="de-AT, en-US",
  body=T('''
Sehr geehrte Damen und Herren,

wir danken für die Einladung zu den Konsultationssitzungen „Fostering tech and innovation SMEs“.

Österreich wird an der Sitzung am 10. September in Budapest leider nicht teilnehmen können, da im fraglichen Zeitraum keine Vertreterin bzw. kein Vertreter des Ressorts verfügbar ist.

Mit freundlichen Grüßen

Für den Bundesminister:
Sektion III - Innovation und Telekommunikation
Bundesministerium für Verkehr, Innovation und Technologie
Radetzkystraße 2, 1030 Wien
'''))

M(key="de03", lang="de", kind="unrelated", ms=None,
  frm=("Kessler & Voigt Consulting", "events@kessler-voigt.de"),
  subject="Einladung: Roundtable „Digitalisierung im Mittelstand“ am 10. September in Budapest",
  date="2019-08-05 08:15:00+02:00", via="relay", out_host="mail.kessler-voigt.de", mua="plain", html=True,
  cte="quoted-printable",
  body=T('''
Sehr geehrte Damen und Herren,

am Rande der ITU Telecom World 2019 laden wir Sie herzlich zu unserem Roundtable „Digitalisierung im Mittelstand – Lehren aus Deutschland und Ungarn“ ein.

Wann: Dienstag, 10. September 2019, 18:30 Uhr
Wo: Hotel Clark Budapest, Clark Ádám tér 1, 1013 Budapest

Es diskutieren:
- Dr. Sabine Hoffmann, Partnerin, Kessler & Voigt Consulting
- Gábor Németh, Gründer der Start-up-Plattform BudaTech
- Michael Brandt, Leiter Digitalisierung, Mittelstandsverband Süd

Im Anschluss laden wir zu einem Empfang ein. Die Teilnahme ist kostenlos; um Anmeldung bis zum 3. September unter events@kessler-voigt.de wird gebeten.

Mit besten Grüßen
Ihr Team von Kessler & Voigt Consulting

Kessler & Voigt Consulting GmbH · Friedrichstraße 68 · 10117 Berlin
Abmeldung vom Verteiler: Antworten Sie mit „Abmelden“.
'''),
  extra=["Precedence: bulk"])


def _bounce_de04(m):
    human = T('''
    Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

    Jens Hartmann (jens.hartmann@bnetza.de)
    Die E-Mail-Adresse, an die Sie die Nachricht senden wollten, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr E-Mail-Supportteam.

    Diagnoseinformationen für Administratoren:

    Generierender Server: BNETZAEX01.bnetza.de

    jens.hartmann@bnetza.de
    Remoteserver hat '550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.
    ''')
    hdrs = T('''
    From: ITU - SME <sme@itu.int>
    To: Jens Hartmann <jens.hartmann@bnetza.de>
    Subject: RE: CI-19/35 - acknowledgement of receipt
    Date: Thu, 8 Aug 2019 13:40:05 +0000
    Message-ID: <E19A44C07B2D4E03@CHEXMBX03.ad.itu.int>
    MIME-Version: 1.0
    Content-Type: text/plain
    ''')
    return dsn(human, "utf-8", "BNETZAEX01.bnetza.de", "jens.hartmann@bnetza.de", "5.1.1",
               "550 5.1.1 RESOLVER.ADR.RecipientNotFound", "Thu, 8 Aug 2019 15:40:11 +0200", hdrs + "\n",
               "_%s_" % H("de04b", 32))


M(key="de04", lang="de", kind="bounce", ms=None,
  frm=("Microsoft Outlook", "postmaster@bnetza.de"), return_path="", to=[("ITU - SME", "sme@itu.int")],
  subject="Unzustellbar: RE: CI-19/35 - acknowledgement of receipt", date="2019-08-08 15:40:12+02:00",
  via="exchange", exch_host="BNETZAEX01", special=_bounce_de04,
  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])

M(key="it01", lang="it", kind="nomination", ms="ITA",
  frm=("Divisione Affari internazionali - MISE", "affari.internazionali.comunicazioni@mise.gov.it"),
  subject="R: " + CIRC_SUBJ["en"], date="2019-08-09 12:30:03+02:00", via="exchange", exch_host="MISEMBX02",
  mua="outlook", html=True, cte="quoted-printable", quote=("en", "outlook", "it"), acl="it-IT, en-US",
  body=T('''
Gentile dott. Clark,

con riferimento alla Circolare CI-19/35, si comunica che alla sessione di consultazione del 10 settembre 2019 a Budapest parteciperà, in rappresentanza del Ministero dello Sviluppo Economico, la dott.ssa Francesca Romano, Dirigente della Divisione III - Politiche per l'innovazione digitale delle imprese (francesca.romano@mise.gov.it).

Cordiali saluti,

Divisione Affari internazionali
Direzione generale per la pianificazione e la gestione dello spettro radioelettrico
Ministero dello Sviluppo Economico - Viale America 201, Roma
'''),
  delegates=[D("Francesca Romano", "Dirigente della Divisione III - Politiche per l'innovazione digitale delle imprese",
               "francesca.romano@mise.gov.it")])

M(key="it02", lang="it", kind="auto_reply", ms=None,
  frm=("Marco Bianchi", "m.bianchi@agcom.it"),
  subject="Risposta automatica: Reminder: CI-19/35 - replies requested by 16 August 2019",
  date="2019-08-12 10:00:58+02:00", via="exchange", exch_host="AGCOMEX01", mua="outlook", cte="quoted-printable",
  acl="it-IT, en-US", irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body=T('''
Sarò assente dall'ufficio fino al 2 settembre con accesso limitato alla posta elettronica. Per questioni urgenti potete contattare la dott.ssa Giulia Ferraro (g.ferraro@agcom.it).

I will be out of the office until 2 September. For urgent matters please contact Ms Giulia Ferraro (g.ferraro@agcom.it).

Marco Bianchi
Servizio Rapporti con l'UE e le istituzioni internazionali
'''))

M(key="tr01", lang="tr", kind="nomination", ms="TUR",
  frm=("BTK Dış İlişkiler Dairesi", "disiliskiler@btk.gov.tr"),
  subject="CI-19/35 sayılı genelge - katılımcı bildirimi", date="2019-08-07 16:44:10+03:00", via="relay",
  out_host="mail.btk.gov.tr", mua="plain", charset="iso-8859-9", cte="quoted-printable", hcharset="iso-8859-9",
  hmode="Q",
  body=T('''
Sayın Yetkili,

CI-19/35 sayılı genelgenize istinaden, Bilgi Teknolojileri ve İletişim Kurumu (BTK) olarak 10 Eylül 2019 tarihinde Budapeşte'de ITU Telecom World 2019 kapsamında düzenlenecek ilk istişare oturumuna katılım sağlamak istediğimizi bildiririz. Kurumumuzu temsilen Ayşe Nur Yıldırım'ın katılımı uygun görülmüştür.

Katılımcı bilgileri:
Adı Soyadı: Ayşe Nur Yıldırım
Unvanı: Bilgi Teknolojileri ve İletişim Uzmanı
E-posta: aysenur.yildirim@btk.gov.tr

Bilgilerinize saygılarımızla sunarız.

Dış İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu
Yeşilırmak Sok. No:16 Demirtepe, Ankara
'''),
  delegates=[D("Ayşe Nur Yıldırım", "Bilgi Teknolojileri ve İletişim Uzmanı", "aysenur.yildirim@btk.gov.tr")])

M(key="tr02", lang="tr", kind="inquiry", ms="TUR",
  frm=("Emre Kaya", "emre.kaya@sanayi.gov.tr"),
  subject="Budapeşte istişare oturumu hakkında", date="2019-08-02 10:18:33+03:00", via="o365", region="eur",
  mua="outlook", html=True, cte="quoted-printable", acl="tr-TR, en-US",
  body=T('''
Merhaba,

Sanayi ve Teknoloji Bakanlığı olarak CI-19/35 sayılı genelgede belirtilen oturumlarla ilgileniyoruz. Katılımcı belirlemeden önce öğrenmek istediğimiz birkaç husus var:

- Budapeşte'deki oturuma çevrim içi katılım mümkün olacak mı?
- Oturum yalnızca idarelere mi açık, yoksa KOBİ temsilcileri de katılabilecek mi?

Yardımlarınız için şimdiden teşekkür ederim.

Saygılarımla,
Emre Kaya
AB ve Dış İlişkiler Genel Müdürlüğü
T.C. Sanayi ve Teknoloji Bakanlığı
'''))

M(key="fa01", lang="fa", kind="nomination", ms="IRN",
  frm=("دفتر همکاری‌های بین‌المللی", "intl@ict.gov.ir"),
  subject="معرفی نماینده جمهوری اسلامی ایران - CI-19/35", date="2019-08-10 11:32:06+04:30", via="relay",
  out_host="mail.ict.gov.ir", mua="plain", html=True, cte="base64",
  body=T('''
دبیرخانه محترم اتحادیه بین‌المللی مخابرات

با سلام و احترام،

پیرو بخشنامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹ در خصوص جلسات مشورتی «حمایت از شرکت‌های کوچک و متوسط فناوری و نوآوری»، بدین‌وسیله آقای مهندس علیرضا کریمی‌نژاد (Alireza Kariminejad)، مدیرکل دفتر همکاری‌های بین‌المللی وزارت ارتباطات و فناوری اطلاعات، جهت شرکت در نخستین جلسه مشورتی که در تاریخ ۱۰ سپتامبر ۲۰۱۹ (۱۹ شهریور ۱۳۹۸) در بوداپست برگزار می‌شود، معرفی می‌گردد.

نشانی پست الکترونیکی ایشان: a.kariminejad@ict.gov.ir

با تشکر و احترام
دفتر همکاری‌های بین‌المللی
وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران
'''),
  delegates=[D("علیرضا کریمی‌نژاد", "مدیرکل دفتر همکاری‌های بین‌المللی وزارت ارتباطات و فناوری اطلاعات",
               "a.kariminejad@ict.gov.ir", aliases=["Alireza Kariminejad"])])

M(key="fa02", lang="fa", kind="interest_only", ms="AFG",
  frm=("Ministry of Communications and IT - Afghanistan", "intl.relations@mcit.gov.af"),
  subject="ابراز علاقه‌مندی - جلسه مشورتی بوداپست", date="2019-08-15 13:50:44+04:30", via="gmail", mua="gmail",
  html=True, cte="base64",
  body=T('''
محترم دارالانشای اتحادیه بین‌المللی مخابرات،

با عرض سلام و احترام، وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان علاقه‌مندی خود را برای اشتراک در نخستین جلسه مشورتی در شهر بوداپست ابراز می‌دارد.

نام نماینده وزارت متعاقباً به آن دارالانشا ارسال خواهد شد.

با احترام،
ریاست روابط بین‌المللی
وزارت مخابرات و تکنالوژی معلوماتی، کابل
'''),
  sessions=["budapest-2019"])

M(key="id01", lang="id", kind="nomination", ms="IDN",
  frm=("Biro Kerja Sama Internasional Kominfo", "kerjasama.internasional@kominfo.go.id"),
  subject="Partisipasi Indonesia - Sesi Konsultasi ITU (CI-19/35)", date="2019-08-08 15:27:45+07:00",
  via="relay", out_host="mail.kominfo.go.id", mua="zimbra", html=True, cte="quoted-printable",
  body=T('''
Yth. Sekretariat ITU,

Dengan hormat,

Menindaklanjuti Surat Edaran ITU CI-19/35 tanggal 23 Juli 2019, Kementerian Komunikasi dan Informatika Republik Indonesia dengan ini menyampaikan minat untuk berpartisipasi dalam sesi konsultasi pertama yang akan diselenggarakan di Budapest pada 10 September 2019.

Adapun delegasi yang kami tunjuk adalah sebagai berikut:
1. Bapak Dedi Kurniawan, Kepala Subdirektorat Ekonomi Digital, dedi.kurniawan@kominfo.go.id
2. Ibu Rina Kartika Sari, Analis Kebijakan Ahli Muda, rina.ks@kominfo.go.id

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika RI
Jl. Medan Merdeka Barat No. 9, Jakarta Pusat
'''),
  delegates=[D("Dedi Kurniawan", "Kepala Subdirektorat Ekonomi Digital", "dedi.kurniawan@kominfo.go.id"),
             D("Rina Kartika Sari", "Analis Kebijakan Ahli Muda", "rina.ks@kominfo.go.id")])

M(key="id02", lang="id", kind="nomination", ms="IDN",
  frm=("Hendra Wijaya", "hendra.wijaya.s@gmail.com"),
  subject="Pendaftaran peserta - sesi konsultasi UKM di Budapest", date="2019-08-13 20:05:19+07:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Yth. Bapak/Ibu Sekretariat ITU,

Perkenalkan, saya Hendra Wijaya Saputra dari Kementerian Koperasi dan Usaha Kecil dan Menengah Republik Indonesia. Saya bermaksud mendaftarkan diri untuk mengikuti sesi konsultasi "Fostering tech and innovation SMEs" di Budapest pada tanggal 10 September 2019. Saya akan hadir di ITU Telecom World sebagai bagian dari delegasi Indonesia, dan keikutsertaan saya sudah dikoordinasikan dengan Kominfo.

Mohon informasi lebih lanjut mengenai agenda sesi.

Terima kasih.

Salam,
Hendra Wijaya Saputra
Kepala Bidang Digitalisasi UMKM
Deputi Bidang Produksi dan Pemasaran
Kementerian Koperasi dan UKM RI
'''),
  delegates=[D("Hendra Wijaya Saputra", "Kepala Bidang Digitalisasi UMKM")])

M(key="sw01", lang="sw", kind="nomination", ms="TZA",
  frm=("Idara ya Mahusiano ya Kimataifa - TCRA", "intl@tcra.go.tz"),
  subject="Uteuzi wa mshiriki - Kikao cha mashauriano cha ITU (CI-19/35)", date="2019-08-09 10:36:22+03:00",
  via="o365", region="eur", mua="outlook", html=True, cte="quoted-printable", acl="sw-TZ, en-US",
  body=T('''
Ndugu,

Kwa kurejea Waraka wa ITU CI-19/35 wa tarehe 23 Julai 2019, Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kuthibitisha ushiriki wake katika kikao cha kwanza cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019.

TCRA imemteua Bi. Neema Joseph Mushi, Meneja wa Ubunifu na Maendeleo ya TEHAMA, kuiwakilisha Tanzania katika kikao hicho. Barua pepe yake ni neema.mushi@tcra.go.tz.

Wako katika ujenzi wa taifa,

Idara ya Mahusiano ya Kimataifa
Mamlaka ya Mawasiliano Tanzania
Mawasiliano Towers, Sam Nujoma Road, Dar es Salaam
'''),
  delegates=[D("Neema Joseph Mushi", "Meneja wa Ubunifu na Maendeleo ya TEHAMA", "neema.mushi@tcra.go.tz")])

M(key="sw02", lang="sw", kind="interest_only", ms="KEN",
  frm=("ICT Authority Kenya", "partnerships@icta.go.ke"),
  subject="Re: Waraka CI-19/35", date="2019-08-14 16:20:05+03:00", via="gmail", mua="gmail", html=True,
  cte="quoted-printable",
  body=T('''
Habari,

Mamlaka ya TEHAMA ya Kenya (ICT Authority) ina nia ya kushiriki katika kikao cha mashauriano kitakachofanyika Budapest, pamoja na kikao kitakachofanyika wakati wa Jukwaa la WSIS 2020.

Jina la mshiriki wetu litatumwa baadaye baada ya kuidhinishwa na uongozi.

Asanteni,
Kitengo cha Ubia na Ushirikiano
ICT Authority, Nairobi
'''),
  sessions=["budapest-2019", "wsis-2020"])

M(key="ja01", lang="ja", kind="nomination", ms="JPN",
  frm=("田中 美咲", "m-tanaka@soumu.go.jp"),
  subject="【CI-19/35】第1回協議会合への参加について（総務省）", date="2019-08-06 17:03:41+09:00", via="onprem",
  mua="plain", charset="iso-2022-jp", cte="7bit", hcharset="iso-2022-jp",
  body=T('''
国際電気通信連合（ITU）事務局 御中
Christopher Clark 様

総務省国際戦略局の田中でございます。
標記の件（CI-19/35）につきまして、日本国総務省として、2019年9月10日にブダペストで開催される第1回協議会合への参加を希望いたします。
参加者は下記のとおりです。

記

氏名：山本 健太郎（YAMAMOTO Kentaro）
所属・役職：総務省 国際戦略局 国際経済課 課長補佐
E-mail：k.yamamoto@soumu.go.jp

以上

よろしくお願いいたします。

--------------------------------
田中 美咲
総務省 国際戦略局 国際経済課
〒100-8926 東京都千代田区霞が関2-1-2
--------------------------------
'''),
  delegates=[D("山本 健太郎", "総務省 国際戦略局 国際経済課 課長補佐", "k.yamamoto@soumu.go.jp",
               aliases=["YAMAMOTO Kentaro"])])

M(key="ja02", lang="ja", kind="inquiry", ms=None,
  frm=("佐藤 大輔", "d.sato@mirailink.co.jp"),
  subject="中小企業向け協議会合への参加可否について", date="2019-08-01 11:47:20+09:00", via="relay",
  out_host="smtp.mirailink.co.jp", mua="plain", charset="shift_jis", cte="base64", hcharset="shift_jis",
  body=T('''
ITU事務局 ご担当者様

突然のご連絡失礼いたします。
株式会社ミライリンク 海外事業部の佐藤と申します。

弊社は従業員25名のIoT関連スタートアップです。総務省のウェブサイトで、9月にブダペストで開催される「Fostering tech and innovation SMEs」協議会合について知りました。

民間の中小企業も傍聴・参加することは可能でしょうか。
また、参加にはITU Telecom Worldの登録が別途必要でしょうか。

ご多忙のところ恐縮ですが、ご教示いただけますと幸いです。

株式会社ミライリンク
海外事業部 佐藤 大輔
'''))

M(key="ko01", lang="ko", kind="nomination", ms="KOR",
  frm=("과학기술정보통신부 국제협력총괄과", "intl_coop@korea.kr"),
  subject="[회신] CI-19/35 협의 세션 참가자 추천", date="2019-08-07 14:20:33+09:00", via="relay",
  out_host="mail.korea.kr", mua="outlook", charset="ks_c_5601-1987", cte="base64", hcharset="ks_c_5601-1987",
  html=True,
  body=T('''
국제전기통신연합(ITU) 사무국 귀중

과학기술정보통신부는 CI-19/35 회람과 관련하여 2019년 9월 10일 부다페스트에서 개최되는 제1차 협의 세션에 참가를 희망하며, 아래와 같이 참가자를 추천합니다.

- 성명: 김민준 (KIM Minjun)
- 소속/직위: 과학기술정보통신부 국제협력총괄과 사무관
- 이메일: minjun.kim@korea.kr

감사합니다.

과학기술정보통신부 국제협력총괄과 드림
'''),
  delegates=[D("김민준", "과학기술정보통신부 국제협력총괄과 사무관", "minjun.kim@korea.kr", aliases=["KIM Minjun"])])

M(key="ko02", lang="ko", kind="correction", ms="KOR", supersedes="ko01", irt_key="ko01",
  frm=("과학기술정보통신부 국제협력총괄과", "intl_coop@korea.kr"),
  subject="[정정] CI-19/35 협의 세션 참가자 변경", date="2019-08-14 10:05:18+09:00", via="relay",
  out_host="mail.korea.kr", mua="outlook", charset="ks_c_5601-1987", cte="base64", hcharset="ks_c_5601-1987",
  html=True,
  body=T('''
ITU 사무국 담당자님께

지난 8월 7일 회신드린 참가자 추천 내용을 아래와 같이 정정합니다. 김민준 사무관의 일정 변경으로 이서연 사무관이 대신 참가합니다.

- 성명: 이서연 (LEE Seoyeon)
- 소속/직위: 과학기술정보통신부 국제협력총괄과 사무관
- 이메일: seoyeon.lee@korea.kr

부다페스트 제1차 협의 세션 참가자는 위 1인입니다. 혼선을 드려 죄송합니다.

과학기술정보통신부 국제협력총괄과 드림
'''),
  delegates=[D("이서연", "과학기술정보통신부 국제협력총괄과 사무관", "seoyeon.lee@korea.kr", aliases=["LEE Seoyeon"])],
  sessions=["budapest-2019"])


# ==============================================================================================================
# Ukrainian, Polish, Dutch, Vietnamese, Thai, Hindi, Bengali, Urdu, Malay, Romanian, Hungarian, Czech, Greek,
# Hebrew, Swedish, Finnish, Norwegian, Danish

M(key="uk01", lang="uk", kind="nomination", ms="UKR",
  frm=("Відділ міжнародного співробітництва НКРЗІ", "intl@nkrzi.gov.ua"),
  subject="Щодо участі в консультаційній сесії МСЕ (CI-19/35)", date="2019-08-12 15:48:27+03:00",
  via="onprem", mua="outlook", charset="windows-1251", cte="quoted-printable", hcharset="windows-1251",
  body=T('''
Шановні колеги!

У відповідь на циркулярний лист МСЕ CI-19/35 від 23 липня 2019 року повідомляємо, що Національна комісія, що здійснює державне регулювання у сфері зв'язку та інформатизації (НКРЗІ), має намір взяти участь у першій консультаційній сесії, яка відбудеться 10 вересня 2019 року в Будапешті.

Для участі в сесії делеговано заступника директора департаменту міжнародного співробітництва Мельника Олександра Васильовича.

Контактна інформація:
ПІБ: Мельник Олександр Васильович
Посада: заступник директора департаменту міжнародного співробітництва
Ел. пошта: o.melnyk@nkrzi.gov.ua

З повагою,
Відділ міжнародного співробітництва НКРЗІ
м. Київ
'''),
  delegates=[D("Мельник Олександр Васильович", "заступник директора департаменту міжнародного співробітництва",
               "o.melnyk@nkrzi.gov.ua")])

M(key="pl01", lang="pl", kind="nomination", ms="POL",
  frm=("Departament Telekomunikacji - Ministerstwo Cyfryzacji", "sekretariat.dt@mc.gov.pl"),
  subject="Odp: Okólnik ITU CI-19/35 - zgłoszenie uczestnika", date="2019-08-09 13:15:50+02:00",
  via="exchange", exch_host="MCEXCH02", mua="plain", charset="iso-8859-2", cte="quoted-printable",
  hcharset="iso-8859-2", hmode="Q",
  body=T('''
Szanowni Państwo,

w odpowiedzi na okólnik CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji będzie reprezentowane na pierwszej sesji konsultacyjnej w Budapeszcie (10 września 2019 r.) przez Pana Tomasza Kowalczyka, naczelnika wydziału w Departamencie Telekomunikacji.

Dane kontaktowe uczestnika:
Tomasz Kowalczyk
Naczelnik Wydziału Współpracy Międzynarodowej, Departament Telekomunikacji
tomasz.kowalczyk@mc.gov.pl
tel. +48 22 000 00 00

Z wyrazami szacunku

Anna Zielińska
Departament Telekomunikacji
Ministerstwo Cyfryzacji
ul. Królewska 27, 00-060 Warszawa
'''),
  delegates=[D("Tomasz Kowalczyk", "Naczelnik Wydziału Współpracy Międzynarodowej, Departament Telekomunikacji",
               "tomasz.kowalczyk@mc.gov.pl")])

M(key="pl02", lang="pl", kind="auto_reply", ms=None,
  frm=("Magdalena Wójcik", "m.wojcik@uke.gov.pl"),
  subject="Odpowiedź automatyczna: Reminder: CI-19/35 - replies requested by 16 August 2019",
  date="2019-08-12 10:01:03+02:00", via="exchange", exch_host="UKEMBX01", mua="outlook", cte="quoted-printable",
  acl="pl-PL, en-US", irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body=T('''
Dzień dobry,

w dniach 5–23 sierpnia przebywam na urlopie. W pilnych sprawach proszę kontaktować się z Panem Piotrem Nowakiem (p.nowak@uke.gov.pl).

Pozdrawiam,
Magdalena Wójcik
Urząd Komunikacji Elektronicznej
'''))

M(key="nl01", lang="nl", kind="nomination", ms="NLD",
  frm=("Annelies van der Berg-Jansen", "a.vanderberg@minezk.nl"),
  subject="Circulaire CI-19/35 - deelname Nederland", date="2019-08-08 09:56:14+02:00", via="o365", region="eur",
  mua="outlook", html=True, cte="quoted-printable", acl="nl-NL, en-US",
  body=T('''
Geachte heer Clark,

Naar aanleiding van circulaire CI-19/35 laat ik u graag weten dat Nederland deelneemt aan de consultatiesessie op 10 september in Boedapest, tijdens ITU Telecom World 2019.

Namens het ministerie van Economische Zaken en Klimaat zal ik zelf aan de sessie deelnemen.

Met vriendelijke groet,

drs. Annelies van der Berg-Jansen
Senior beleidsmedewerker Digitale Economie
Directie Digitale Economie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, 2594 AC Den Haag
a.vanderberg@minezk.nl
'''),
  delegates=[D("Annelies van der Berg-Jansen", "Senior beleidsmedewerker Digitale Economie", "a.vanderberg@minezk.nl")])

M(key="nl02", lang="nl", kind="nomination", ms="SUR",
  frm=("TAS Suriname", "info@tas.sr"),
  subject="Re: ITU circulaire CI-19/35", date="2019-08-15 14:12:09-03:00", via="gmail", mua="gmail", html=True,
  cte="quoted-printable",
  body=T('''
Geachte heer/mevrouw,

De Telecommunicatie Autoriteit Suriname (TAS) heeft met belangstelling kennisgenomen van de consultatiesessies over innovatieve kleine en middelgrote ondernemingen.

Hierbij maken wij bekend dat de heer Ravindre Ramdin, Manager Technische Zaken, Suriname zal vertegenwoordigen tijdens de sessie in Boedapest op 10 september 2019. Wij zouden ook graag deelnemen aan de sessie tijdens het WSIS Forum 2020; de naam van de deelnemer daarvoor volgt nog.

E-mail van de heer Ramdin: r.ramdin@tas.sr

Met vriendelijke groeten,

Directie TAS
Paramaribo, Suriname
'''),
  delegates=[D("Ravindre Ramdin", "Manager Technische Zaken", "r.ramdin@tas.sr")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="vi01", lang="vi", kind="nomination", ms="VNM",
  frm=("Vụ Hợp tác Quốc tế - Bộ TT&TT", "htqt@mic.gov.vn"),
  subject="Phúc đáp Thư thông báo CI-19/35 của ITU", date="2019-08-12 16:31:57+07:00", via="relay",
  out_host="mail.mic.gov.vn", mua="outlook", html=True, cte="base64",
  body=T('''
Kính gửi: Ban Thư ký Liên minh Viễn thông Quốc tế (ITU)

Phúc đáp Thư thông báo CI-19/35 ngày 23/7/2019, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo cử ông Nguyễn Văn Hùng (NGUYEN Van Hung), Phó Vụ trưởng Vụ Hợp tác Quốc tế, tham dự phiên tham vấn đầu tiên tổ chức tại Budapest ngày 10/9/2019, trong khuôn khổ ITU Telecom World 2019.

Thư điện tử: nvhung@mic.gov.vn

Trân trọng,

Vụ Hợp tác Quốc tế
Bộ Thông tin và Truyền thông
18 Nguyễn Du, Hà Nội
'''),
  delegates=[D("Nguyễn Văn Hùng", "Phó Vụ trưởng Vụ Hợp tác Quốc tế", "nvhung@mic.gov.vn",
               aliases=["NGUYEN Van Hung"])])

M(key="th01", lang="th", kind="nomination", ms="THA",
  frm=("สำนักความร่วมมือระหว่างประเทศ สำนักงาน กสทช.", "intl@nbtc.go.th"),
  subject="การเสนอชื่อผู้เข้าร่วมการประชุมหารือ CI-19/35", date="2019-08-13 11:08:26+07:00", via="relay",
  out_host="mail.nbtc.go.th", mua="plain", charset="tis-620", cte="base64", hcharset="tis-620",
  body=T('''
เรียน สำนักเลขาธิการสหภาพโทรคมนาคมระหว่างประเทศ (ITU)

ตามหนังสือเวียนที่ CI-19/35 ลงวันที่ 23 กรกฎาคม 2562 เรื่องการประชุมหารือสำหรับประเทศสมาชิกเพื่อส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อมด้านเทคโนโลยีและนวัตกรรม นั้น

สำนักงาน กสทช. ขอแจ้งความประสงค์เข้าร่วมการประชุมหารือครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562 และขอเสนอชื่อ นางสาวพิมพ์ชนก ศรีสวัสดิ์ (Ms. Pimchanok Srisawat) ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ เป็นผู้แทนเข้าร่วมการประชุม
อีเมล pimchanok.s@nbtc.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สำนักความร่วมมือระหว่างประเทศ
สำนักงาน กสทช.
'''),
  delegates=[D("พิมพ์ชนก ศรีสวัสดิ์", "ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ", "pimchanok.s@nbtc.go.th",
               aliases=["Pimchanok Srisawat"])])

M(key="hi01", lang="hi", kind="nomination", ms="IND",
  frm=("अंतरराष्ट्रीय संबंध प्रभाग, दूरसंचार विभाग", "ir-dot@gov.in"),
  subject="आईटीयू परिपत्र CI-19/35 - नामांकन", date="2019-08-14 17:40:05+05:30", via="relay",
  out_host="mailgw.nic.in", mua="zimbra", html=True, cte="base64",
  body=T('''
महोदय/महोदया,

आईटीयू परिपत्र CI-19/35 दिनांक 23 जुलाई 2019 के संदर्भ में, दूरसंचार विभाग, संचार मंत्रालय, भारत सरकार 10 सितंबर 2019 को बुडापेस्ट में आयोजित होने वाले प्रथम परामर्श सत्र हेतु श्री अमित कुमार शर्मा (Amit Kumar Sharma), निदेशक (नवाचार एवं स्टार्टअप), को नामित करता है।

ईमेल: amit.sharma@gov.in

श्री शर्मा आईटीयू टेलीकॉम वर्ल्ड 2019 में भारतीय प्रतिनिधिमंडल के सदस्य भी होंगे।

भवदीय,
अंतरराष्ट्रीय संबंध प्रभाग
दूरसंचार विभाग, संचार भवन, नई दिल्ली
'''),
  delegates=[D("अमित कुमार शर्मा", "निदेशक (नवाचार एवं स्टार्टअप)", "amit.sharma@gov.in",
               aliases=["Amit Kumar Sharma"])])

M(key="bn01", lang="bn", kind="nomination", ms="BGD",
  frm=("International Relations, BTRC", "ir@btrc.gov.bd"),
  subject="আইটিইউ সার্কুলার CI-19/35 - মনোনয়ন", date="2019-08-11 12:25:39+06:00", via="gmail", mua="gmail",
  html=True, cte="base64",
  body=T('''
জনাব,

আইটিইউ সার্কুলার CI-19/35-এর পরিপ্রেক্ষিতে বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন (বিটিআরসি) আগামী ১০ সেপ্টেম্বর ২০১৯ তারিখে বুদাপেস্টে অনুষ্ঠেয় প্রথম পরামর্শ সভায় অংশগ্রহণের জন্য জনাব মোহাম্মদ রফিকুল ইসলাম, উপপরিচালক (আন্তর্জাতিক সম্পর্ক)-কে মনোনীত করেছে।

ই-মেইল: rafiqul.islam@btrc.gov.bd

ধন্যবাদান্তে,
আন্তর্জাতিক সম্পর্ক শাখা
বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন, ঢাকা
'''),
  delegates=[D("মোহাম্মদ রফিকুল ইসলাম", "উপপরিচালক (আন্তর্জাতিক সম্পর্ক)", "rafiqul.islam@btrc.gov.bd")])

M(key="ur01", lang="ur", kind="interest_only", ms="PAK",
  frm=("International Affairs PTA", "intl.affairs@pta.gov.pk"),
  subject="آئی ٹی یو سرکلر CI-19/35", date="2019-08-14 11:47:21+05:00", via="relay", out_host="mail.pta.gov.pk",
  mua="plain", html=True, cte="base64",
  body=T('''
محترم جناب،

آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے عرض ہے کہ پاکستان ٹیلی کمیونیکیشن اتھارٹی بوڈاپسٹ میں 10 ستمبر 2019 کو ہونے والے پہلے مشاورتی اجلاس میں شرکت میں دلچسپی رکھتی ہے۔

نامزد افسر کا نام منظوری کے بعد جلد ارسال کر دیا جائے گا۔

والسلام،
شعبہ بین الاقوامی امور
پاکستان ٹیلی کمیونیکیشن اتھارٹی، اسلام آباد
'''),
  sessions=["budapest-2019"])

M(key="ms01", lang="ms", kind="nomination", ms="BRN",
  frm=("AITI International Affairs", "international@aiti.gov.bn"),
  subject="Pencalonan Negara Brunei Darussalam - Surat Pekeliling ITU CI-19/35", date="2019-08-10 09:14:56+08:00",
  via="o365", region="apc", mua="outlook", html=True, cte="quoted-printable", acl="ms-BN, en-US",
  body=T('''
Tuan/Puan,

Merujuk kepada Surat Pekeliling ITU CI-19/35 bertarikh 23 Julai 2019, Pihak Berkuasa Industri Teknologi Info-komunikasi (AITI) dengan sukacitanya mencalonkan Awang Muhammad Hazwan bin Haji Abdul Rahman, Pegawai Kanan Dasar dan Perancangan, untuk menghadiri sesi konsultasi pertama di Budapest pada 10 September 2019.

E-mel: hazwan.rahman@aiti.gov.bn

Sekian, terima kasih.

Bahagian Hal Ehwal Antarabangsa
Pihak Berkuasa Industri Teknologi Info-komunikasi (AITI)
Bandar Seri Begawan, Negara Brunei Darussalam
'''),
  delegates=[D("Muhammad Hazwan bin Haji Abdul Rahman", "Pegawai Kanan Dasar dan Perancangan",
               "hazwan.rahman@aiti.gov.bn")])

M(key="ro01", lang="ro", kind="nomination", ms="ROU",
  frm=("Direcția Relații Internaționale ANCOM", "relatii.internationale@ancom.org.ro"),
  subject="Circulara UIT CI-19/35 - participare România", date="2019-08-07 12:37:08+03:00", via="exchange",
  exch_host="ANCOMMBX01", mua="outlook", html=True, cte="quoted-printable", acl="ro-RO, en-US",
  body=T('''
Stimate domnule Clark,

Ca răspuns la Circulara CI-19/35, Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM) confirmă participarea la sesiunea de consultare de la Budapesta, din 10 septembrie 2019.

Participantul desemnat este dna Ioana-Maria Popescu, director adjunct, Direcția Relații Internaționale (ioana.popescu@ancom.org.ro).

Cu stimă,

Direcția Relații Internaționale
ANCOM - Str. Delea Nouă nr. 2, București
'''),
  delegates=[D("Ioana-Maria Popescu", "director adjunct, Direcția Relații Internaționale",
               "ioana.popescu@ancom.org.ro")])

M(key="ro02", lang="ro", kind="nomination", ms="MDA",
  frm=("Vasile Ciobanu", "vasile.ciobanu@mei.gov.md"),
  subject="Participarea Republicii Moldova la sesiunea de consultare UIT", date="2019-08-15 17:58:42+03:00",
  via="gmail", mua="gmail", html=True, cte="quoted-printable",
  body=T('''
Stimați colegi,

Vă informez că, în urma circularei CI-19/35, Ministerul Economiei și Infrastructurii al Republicii Moldova m-a desemnat să particip la prima sesiune de consultare, care va avea loc la Budapesta pe 10 septembrie 2019.

Vă rog să-mi transmiteți agenda și materialele pregătitoare la această adresă.

Cu respect,
Vasile Ciobanu
Șef al Direcției politici în domeniul tehnologiei informației și comunicațiilor electronice
Ministerul Economiei și Infrastructurii al Republicii Moldova
Piața Marii Adunări Naționale 1, Chișinău
vasile.ciobanu@mei.gov.md
'''),
  delegates=[D("Vasile Ciobanu",
               "Șef al Direcției politici în domeniul tehnologiei informației și comunicațiilor electronice",
               "vasile.ciobanu@mei.gov.md")])

M(key="hu01", lang="hu", kind="nomination", ms="HUN",
  frm=("dr. Horváth Gergely", "gergely.horvath@itm.gov.hu"),
  subject="CI-19/35 körlevél - magyar résztvevő", date="2019-08-06 10:22:47+02:00", via="exchange",
  exch_host="ITMMBX02", mua="outlook", html=True, cte="quoted-printable", charset="iso-8859-2",
  acl="hu-HU, en-US", hcharset="iso-8859-2", hmode="Q",
  body=T('''
Tisztelt Clark Úr!

A CI-19/35 számú körlevélre hivatkozva tájékoztatom, hogy Magyarország részéről a 2019. szeptember 10-i budapesti konzultációs ülésen dr. Szabó Eszter, az Innovációs és Technológiai Minisztérium Infokommunikációs Főosztályának főosztályvezető-helyettese vesz részt.

Kérjük, Szabó Esztert vegyék fel a résztvevők listájára. E-mail címe: eszter.szabo@itm.gov.hu

Magyarország mint házigazda ország örömmel várja a konzultáció résztvevőit Budapesten.

Üdvözlettel:

dr. Horváth Gergely
főosztályvezető
Infokommunikációs Főosztály
Innovációs és Technológiai Minisztérium
'''),
  delegates=[D("Szabó Eszter", "Innovációs és Technológiai Minisztérium Infokommunikációs Főosztályának "
               "főosztályvezető-helyettese", "eszter.szabo@itm.gov.hu")])

M(key="hu02", lang="hu", kind="unrelated", ms=None,
  frm=("Hotel Duna Palota Budapest", "foglalas@dunapalotahotel.hu"),
  subject="Foglalás visszaigazolása - 2019. szeptember 8-11. - 58231", date="2019-08-05 13:44:10+02:00",
  via="relay", out_host="mail.dunapalotahotel.hu", mua="plain", html=True, cte="quoted-printable",
  charset="iso-8859-2", hcharset="iso-8859-2", hmode="Q",
  body=T('''
Tisztelt Vendégünk!

Köszönjük foglalását. Az alábbiakban küldjük a foglalás részleteit:

Foglalási szám: 58231
Vendég neve: Kovács Péter
Érkezés: 2019. szeptember 8. (vasárnap)
Távozás: 2019. szeptember 11. (szerda)
Szobatípus: Superior kétágyas szoba, reggelivel
Kapcsolattartó e-mail: sme@itu.int

A foglalás díjmentesen lemondható az érkezés előtti 48 óráig. A szálloda a Hungexpo helyszínétől mintegy 20 perc autóútra található.

Várjuk szeretettel Budapesten!

Hotel Duna Palota - Recepció
1051 Budapest, Széchenyi István tér 3.
'''))

M(key="hu03", lang="hu", kind="auto_reply", ms=None,
  frm=("Tóth Krisztina", "toth.krisztina@nmhh.hu"),
  subject="Automatikus válasz: Reminder: CI-19/35 - replies requested by 16 August 2019",
  date="2019-08-12 10:00:55+02:00", via="exchange", exch_host="NMHHMBX01", mua="outlook", cte="quoted-printable",
  acl="hu-HU, en-US", irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body=T('''
Tisztelt Feladó!

Augusztus 26-ig szabadságon vagyok, leveleimet ezt követően olvasom. Sürgős ügyben kérem, forduljon kollégámhoz, Nagy Balázshoz (nagy.balazs@nmhh.hu).

Üdvözlettel:
Tóth Krisztina
Nemzeti Média- és Hírközlési Hatóság
'''))

M(key="cs01", lang="cs", kind="nomination", ms="CZE",
  frm=("Odbor digitální ekonomiky MPO", "digitalni.ekonomika@mpo.cz"),
  subject="Oběžník ITU CI-19/35 - účast České republiky", date="2019-08-12 14:05:32+02:00", via="exchange",
  exch_host="MPOEX01", mua="outlook", html=True, cte="quoted-printable", acl="cs-CZ, en-US",
  body=T('''
Vážený pane Clarku,

v odpovědi na oběžník CI-19/35 Vám sdělujeme, že Českou republiku bude na konzultačním zasedání v Budapešti dne 10. září 2019 zastupovat Ing. Petra Nováková, ředitelka odboru digitální ekonomiky Ministerstva průmyslu a obchodu (novakovap@mpo.cz).

Podklady k zasedání prosíme zasílat přímo paní Novákové.

S pozdravem

Odbor digitální ekonomiky
Ministerstvo průmyslu a obchodu
Na Františku 32, 110 15 Praha 1
'''),
  delegates=[D("Petra Nováková", "ředitelka odboru digitální ekonomiky Ministerstva průmyslu a obchodu",
               "novakovap@mpo.cz")])

M(key="el01", lang="el", kind="nomination", ms="GRC",
  frm=("Διεύθυνση Διεθνών Σχέσεων", "intl@mindigital.gr"),
  subject="Εγκύκλιος CI-19/35 - Συμμετοχή της Ελλάδας", date="2019-08-09 13:30:21+03:00", via="relay",
  out_host="mail.mindigital.gr", mua="plain", charset="iso-8859-7", cte="quoted-printable",
  hcharset="iso-8859-7",
  body=T('''
Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, σας ενημερώνουμε ότι στη συνεδρία διαβούλευσης της 10ης Σεπτεμβρίου 2019 στη Βουδαπέστη θα συμμετάσχει εκ μέρους του Υπουργείου Ψηφιακής Διακυβέρνησης ο κ. Γεώργιος Παπαδόπουλος (Georgios Papadopoulos), Προϊστάμενος της Διεύθυνσης Διεθνών Σχέσεων.

Στοιχεία επικοινωνίας του κ. Παπαδόπουλου: g.papadopoulos@mindigital.gr

Με εκτίμηση,

Διεύθυνση Διεθνών Σχέσεων
Υπουργείο Ψηφιακής Διακυβέρνησης
Αθήνα
'''),
  delegates=[D("Γεώργιος Παπαδόπουλος", "Προϊστάμενος της Διεύθυνσης Διεθνών Σχέσεων",
               "g.papadopoulos@mindigital.gr", aliases=["Georgios Papadopoulos"])])

M(key="el02", lang="el", kind="interest_only", ms="CYP",
  frm=("Τμήμα Ηλεκτρονικών Επικοινωνιών", "dec@dec.mcw.gov.cy"),
  subject="RE: CI-19/35", date="2019-08-16 12:04:48+03:00", via="o365", region="eur", mua="outlook", html=True,
  cte="base64", quote=("en", "outlook", "en"), acl="el-GR, en-US",
  body=T('''
Αγαπητοί συνάδελφοι,

Το Τμήμα Ηλεκτρονικών Επικοινωνιών της Κυπριακής Δημοκρατίας εκφράζει το ενδιαφέρον του να συμμετάσχει στη συνεδρία διαβούλευσης στη Βουδαπέστη, κατά τη διάρκεια του ITU Telecom World 2019.

Το όνομα του εκπροσώπου μας θα σας κοινοποιηθεί σύντομα.

Με φιλικούς χαιρετισμούς,
Τμήμα Ηλεκτρονικών Επικοινωνιών
Υπουργείο Μεταφορών, Επικοινωνιών και Έργων
'''),
  sessions=["budapest-2019"])

M(key="he01", lang="he", kind="nomination", ms="ISR",
  frm=("אגף קשרים בינלאומיים - משרד התקשורת", "intl@moc.gov.il"),
  subject="חוזר CI-19/35 - השתתפות ישראל", date="2019-08-11 10:48:02+03:00", via="exchange",
  exch_host="MOCEXCH01", mua="plain", charset="windows-1255", cte="quoted-printable", hcharset="windows-1255",
  body=T('''
לכבוד
מזכירות איגוד התקשורת הבינלאומי (ITU)

שלום רב,

בהמשך לחוזר CI-19/35 מיום 23 ביולי 2019, משרד התקשורת של מדינת ישראל מבקש לרשום את גב' מיכל לוי-שטרן (Michal Levi-Stern), מנהלת תחום קשרים בינלאומיים, להשתתפות במפגש ההיוועצות הראשון שייערך בבודפשט ב-10 בספטמבר 2019.

דוא"ל: michal.ls@moc.gov.il

בברכה,
אגף קשרים בינלאומיים
משרד התקשורת, ירושלים
'''),
  delegates=[D("מיכל לוי-שטרן", "מנהלת תחום קשרים בינלאומיים", "michal.ls@moc.gov.il",
               aliases=["Michal Levi-Stern"])])

M(key="sv01", lang="sv", kind="decline", ms="SWE",
  frm=("Karin Lindqvist", "karin.lindqvist@pts.se"),
  subject="SV: CI-19/35 Consultation sessions", date="2019-08-13 15:26:40+02:00", via="o365", region="eur",
  mua="outlook", html=True, cte="quoted-printable", quote=("en", "outlook", "en"), acl="sv-SE, en-US",
  body=T('''
Hej,

Tack för inbjudan till konsultationsmötena om teknik- och innovationsföretag.

Post- och telestyrelsen (PTS) kommer tyvärr inte att kunna delta i mötet i Budapest den 10 september, eftersom vi inte skickar någon delegation till ITU Telecom World i år.

Vänliga hälsningar

Karin Lindqvist
Internationell samordnare
Post- och telestyrelsen
'''))

M(key="fi01", lang="fi", kind="nomination", ms="FIN",
  frm=("Mikko Virtanen", "mikko.virtanen@lvm.fi"),
  subject="Kiertokirje CI-19/35 - Suomen osallistuja", date="2019-08-12 11:43:19+03:00", via="o365",
  region="eur", mua="outlook", html=True, cte="quoted-printable", charset="iso-8859-15", acl="fi-FI, en-US",
  body=T('''
Hyvä vastaanottaja,

Viitaten kiertokirjeeseen CI-19/35 ilmoitamme, että Suomea edustaa Budapestin kuulemistilaisuudessa 10.9.2019 erityisasiantuntija Mikko Virtanen liikenne- ja viestintäministeriöstä (mikko.virtanen@lvm.fi). Hän osallistuu myös WSIS-foorumin 2020 yhteydessä järjestettävään istuntoon. Pyydämme lähettämään kokousaineistot suoraan Mikko Virtaselle.

Ystävällisin terveisin

Mikko Virtanen
Erityisasiantuntija
Liikenne- ja viestintäministeriö
'''),
  delegates=[D("Mikko Virtanen", "Erityisasiantuntija", "mikko.virtanen@lvm.fi")],
  sessions=["budapest-2019", "wsis-2020"])

M(key="no01", lang="no", kind="nomination", ms="NOR",
  frm=("Internasjonal seksjon Nkom", "internasjonal@nkom.no"),
  subject="Rundskriv CI-19/35 - deltaker fra Norge", date="2019-08-09 08:55:07+02:00", via="o365", region="eur",
  mua="outlook", html=True, cte="quoted-printable", acl="nb-NO, en-US",
  body=T('''
Hei,

Med henvisning til rundskriv CI-19/35 vil Norge være representert på konsultasjonsmøtet i Budapest 10. september ved seniorrådgiver Ingrid Haugland, Nasjonal kommunikasjonsmyndighet (Nkom).

E-post: ingrid.haugland@nkom.no

Med vennlig hilsen
Internasjonal seksjon
Nasjonal kommunikasjonsmyndighet
Lillesand
'''),
  delegates=[D("Ingrid Haugland", "seniorrådgiver", "ingrid.haugland@nkom.no")])

M(key="da01", lang="da", kind="inquiry", ms="DNK",
  frm=("Mette Kjær Sørensen", "mks@ens.dk"),
  subject="Spørgsmål vedr. cirkulære CI-19/35", date="2019-08-06 13:30:02+02:00", via="o365", region="eur",
  mua="outlook", html=True, cte="quoted-printable", acl="da-DK, en-US",
  body=T('''
Kære ITU-sekretariat

Vi har modtaget cirkulære CI-19/35 og overvejer deltagelse.

Kan I oplyse, om sessionen i Budapest vil blive transmitteret online, og hvornår den detaljerede dagsorden forventes at foreligge?

På forhånd tak.

Med venlig hilsen

Mette Kjær Sørensen
Specialkonsulent, Center for Tele
Energistyrelsen
'''))


# ==============================================================================================================
# Georgian, Armenian, Azerbaijani, Kazakh, Uzbek, Mongolian, Amharic, Nepali, Sinhala, Khmer, Albanian,
# Macedonian, Serbian, Croatian, Bulgarian, Lithuanian, Latvian, Estonian, Slovak, Slovenian

M(key="ka01", lang="ka", kind="nomination", ms="GEO",
  frm=("საერთაშორისო ურთიერთობების დეპარტამენტი", "intl@economy.ge"),
  subject="CI-19/35 - საქართველოს მონაწილე", date="2019-08-12 12:18:44+04:00", via="relay",
  out_host="mail.economy.ge", mua="outlook", html=True, cte="base64",
  body=T('''
ბატონო კრისტოფერ,

საერთაშორისო ელექტროკავშირის კავშირის (ITU) ცირკულარულ წერილზე CI-19/35 პასუხად გაცნობებთ, რომ საქართველოს ეკონომიკისა და მდგრადი განვითარების სამინისტრო დაინტერესებულია ბუდაპეშტში, 2019 წლის 10 სექტემბერს გასამართ პირველ საკონსულტაციო სესიაში მონაწილეობით.

სესიაზე სამინისტროს წარმოადგენს:

სახელი, გვარი: ნინო ბერიძე (Nino Beridze)
თანამდებობა: ინოვაციებისა და ტექნოლოგიების განვითარების დეპარტამენტის უფროსი
ელ-ფოსტა: n.beridze@economy.ge

გთხოვთ, დამატებითი ინფორმაცია პირდაპირ ნინო ბერიძეს გაუგზავნოთ.

პატივისცემით,
საერთაშორისო ურთიერთობების დეპარტამენტი
საქართველოს ეკონომიკისა და მდგრადი განვითარების სამინისტრო
თბილისი
'''),
  delegates=[D("ნინო ბერიძე", "ინოვაციებისა და ტექნოლოგიების განვითარების დეპარტამენტის უფროსი",
               "n.beridze@economy.ge", aliases=["Nino Beridze"])])

M(key="hy01", lang="hy", kind="nomination", ms="ARM",
  frm=("Միջազգային համագործակցության վարչություն", "intl@mtad.am"),
  subject="CI-19/35 - Հայաստանի մասնակից", date="2019-08-09 15:33:20+04:00", via="gmail", mua="gmail",
  html=True, cte="base64",
  body=T('''
Հարգելի պարոն Քլարք,

Ի պատասխան ՄԷՄ-ի CI-19/35 շրջաբերականի՝ տեղեկացնում ենք, որ 2019 թ. սեպտեմբերի 10-ին Բուդապեշտում կայանալիք առաջին խորհրդակցական նիստին ՀՀ բարձր տեխնոլոգիական արդյունաբերության նախարարությունը կներկայացնի Արմեն Հովհաննիսյանը։

Մասնակցի տվյալները՝
Անուն, ազգանուն՝ Արմեն Հովհաննիսյան (Armen Hovhannisyan)
Պաշտոն՝ միջազգային համագործակցության վարչության պետ
Էլ. փոստ՝ a.hovhannisyan@mtad.am

Հարգանքով՝
Միջազգային համագործակցության վարչություն
ՀՀ բարձր տեխնոլոգիական արդյունաբերության նախարարություն
Երևան
'''),
  delegates=[D("Արմեն Հովհաննիսյան", "միջազգային համագործակցության վարչության պետ", "a.hovhannisyan@mtad.am",
               aliases=["Armen Hovhannisyan"])])

M(key="az01", lang="az", kind="nomination", ms="AZE",
  frm=("Beynəlxalq əlaqələr şöbəsi", "intl@mincom.gov.az"),
  subject="CI-19/35 saylı sirkulyar məktub - iştirakçı", date="2019-08-13 10:41:09+04:00", via="relay",
  out_host="mail.mincom.gov.az", mua="outlook", html=True, cte="quoted-printable",
  body=T('''
Hörmətli cənab Klark,

Beynəlxalq Elektrik Rabitəsi İttifaqının CI-19/35 saylı sirkulyar məktubuna cavab olaraq bildiririk ki, 10 sentyabr 2019-cu il tarixində Budapeştdə keçiriləcək ilk məsləhətləşmə sessiyasında Azərbaycan Respublikasını Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyinin Beynəlxalq əlaqələr şöbəsinin müdiri Elvin Məmmədov təmsil edəcək.

E-poçt: e.mammadov@mincom.gov.az

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi
Bakı
'''),
  delegates=[D("Elvin Məmmədov", "Beynəlxalq əlaqələr şöbəsinin müdiri", "e.mammadov@mincom.gov.az")])

M(key="kk01", lang="kk", kind="nomination", ms="KAZ",
  frm=("Халықаралық ынтымақтастық департаменті", "intl@mdai.gov.kz"),
  subject="CI-19/35 циркулярлық хатына жауап", date="2019-08-14 17:12:31+06:00", via="exchange",
  exch_host="MDAIMBX01", mua="outlook", html=True, cte="base64", acl="kk-KZ, ru-RU",
  body=T('''
Құрметті әріптестер!

ХЭО-ның 2019 жылғы 23 шілдедегі CI-19/35 циркулярлық хатына жауап ретінде Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі 2020 жылдың басында Кеңестің жұмыс топтарының отырыстары кезінде өтетін консультациялық сессияға қатысуға ниетті екенін хабарлайды.

Аталған сессияға министрліктің Инновациялық даму департаментінің сарапшысы Дәулет Нұрланұлы Серікбаев қатысады.
Электрондық пошта: d.serikbayev@mdai.gov.kz

Будапешттегі сессияға қатысушылар туралы ақпарат бұрын жеке хатпен жіберілген.

Құрметпен,
Халықаралық ынтымақтастық департаменті
ҚР ЦДИАӨМ, Нұр-Сұлтан қ.
'''),
  delegates=[D("Дәулет Нұрланұлы Серікбаев", "Инновациялық даму департаментінің сарапшысы",
               "d.serikbayev@mdai.gov.kz")],
  sessions=["cwg-2020"])

M(key="uz01", lang="uz", kind="nomination", ms="UZB",
  frm=("Xalqaro hamkorlik boshqarmasi", "intl@mitc.uz"),
  subject="CI-19/35-sonli sirkulyar xatga javob", date="2019-08-10 11:05:52+05:00", via="relay",
  out_host="mail.mitc.uz", mua="plain", cte="quoted-printable",
  body=T('''
Hurmatli janob Klark!

Xalqaro elektraloqa ittifoqining CI-19/35-sonli sirkulyar xatiga javoban ma'lum qilamizki, 2019-yil 10-sentyabr kuni Budapesht shahrida bo'lib o'tadigan birinchi maslahat sessiyasida O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi nomidan Xalqaro hamkorlik boshqarmasi boshlig'i Jasur Karimov ishtirok etadi.

Elektron pochta: j.karimov@mitc.uz

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi
O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi
Toshkent sh.
'''),
  delegates=[D("Jasur Karimov", "Xalqaro hamkorlik boshqarmasi boshlig'i", "j.karimov@mitc.uz")])

M(key="mn01", lang="mn", kind="nomination", ms="MNG",
  frm=("Гадаад харилцааны хэлтэс ХХМТГ", "foreign@cita.gov.mn"),
  subject="CI-19/35 тоот албан бичгийн хариу", date="2019-08-08 16:40:03+08:00", via="gmail", mua="gmail",
  html=True, cte="base64",
  body=T('''
Эрхэм хүндэт ноён Кларк аа,

Олон Улсын Цахилгаан Холбооны Байгууллагын CI-19/35 тоот албан бичгийн хариуд, Монгол Улсын Харилцаа холбоо, мэдээллийн технологийн газраас 2019 оны 9 дүгээр сарын 10-ны өдөр Будапешт хотноо болох анхдугаар зөвлөлдөх уулзалтад Гадаад харилцаа, хамтын ажиллагааны хэлтсийн дарга Б.Энхтуяаг оролцуулахаар шийдвэрлэснийг үүгээр мэдэгдье.

Оролцогчийн мэдээлэл:
Овог нэр: Батболдын Энхтуяа (Batbold Enkhtuya)
Албан тушаал: Гадаад харилцаа, хамтын ажиллагааны хэлтсийн дарга
И-мэйл: enkhtuya.b@cita.gov.mn

Хүндэтгэсэн,
Гадаад харилцаа, хамтын ажиллагааны хэлтэс
Харилцаа холбоо, мэдээллийн технологийн газар
Улаанбаатар хот
'''),
  delegates=[D("Батболдын Энхтуяа", "Гадаад харилцаа, хамтын ажиллагааны хэлтсийн дарга", "enkhtuya.b@cita.gov.mn",
               aliases=["Batbold Enkhtuya"])])

M(key="am01", lang="am", kind="nomination", ms="ETH",
  frm=("International Relations - MInT", "intl.relations@mint.gov.et"),
  subject="በሰርኩላር CI-19/35 መሠረት የተሳታፊ ጥቆማ", date="2019-08-12 14:26:10+03:00", via="gmail", mua="gmail",
  html=True, cte="base64",
  body=T('''
ለዓለም አቀፉ የቴሌኮሙኒኬሽን ኅብረት (ITU) ጽሕፈት ቤት

ጉዳዩ፦ በሰርኩላር CI-19/35 መሠረት የተሳታፊ ጥቆማን ይመለከታል

በሴፕቴምበር 10 ቀን 2019 በቡዳፔስት ከተማ በሚካሄደው የመጀመሪያው የምክክር መድረክ ላይ የኢፌዲሪ ኢኖቬሽንና ቴክኖሎጂ ሚኒስቴርን በመወከል አቶ ዳዊት ተስፋዬ ገብረሥላሴ (Dawit Tesfaye Gebreselassie)፣ የዲጂታል ኢኮኖሚ ዳይሬክተር፣ እንዲሳተፉ የተመደቡ መሆኑን በአክብሮት እንገልጻለን።

ኢሜይል፦ dawit.tesfaye@mint.gov.et

ከሰላምታ ጋር፣
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
ኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር
አዲስ አበባ
'''),
  delegates=[D("ዳዊት ተስፋዬ ገብረሥላሴ", "የዲጂታል ኢኮኖሚ ዳይሬክተር", "dawit.tesfaye@mint.gov.et",
               aliases=["Dawit Tesfaye Gebreselassie"])])

M(key="ne01", lang="ne", kind="nomination", ms="NPL",
  frm=("अन्तर्राष्ट्रिय सम्बन्ध शाखा", "intl@nta.gov.np"),
  subject="परिपत्र CI-19/35 सम्बन्धमा", date="2019-08-11 13:10:45+05:45", via="relay", out_host="mail.nta.gov.np",
  mua="plain", cte="base64",
  body=T('''
श्रीमान्,

अन्तर्राष्ट्रिय दूरसञ्चार संघको परिपत्र CI-19/35 सम्बन्धमा, नेपाल दूरसञ्चार प्राधिकरणले सन् २०१९ सेप्टेम्बर १० मा बुडापेस्टमा हुने पहिलो परामर्श सत्रमा सहभागिताका लागि प्राधिकरणका उपनिर्देशक श्री सुरेश प्रसाद अधिकारीलाई मनोनयन गरेको व्यहोरा अनुरोध गर्दछौं।

सहभागीको विवरण:
नाम: सुरेश प्रसाद अधिकारी
पद: उपनिर्देशक
इमेल: suresh.adhikari@nta.gov.np

धन्यवाद।

अन्तर्राष्ट्रिय सम्बन्ध शाखा
नेपाल दूरसञ्चार प्राधिकरण, काठमाडौं
'''),
  delegates=[D("सुरेश प्रसाद अधिकारी", "उपनिर्देशक", "suresh.adhikari@nta.gov.np")])

M(key="si01", lang="si", kind="nomination", ms="LKA",
  frm=("International Relations - TRCSL", "intl@trc.gov.lk"),
  subject="CI-19/35 චක්‍රලේඛය - නාම යෝජනාව", date="2019-08-13 09:52:17+05:30", via="relay",
  out_host="mail.trc.gov.lk", mua="outlook", html=True, cte="base64",
  body=T('''
ජාත්‍යන්තර විදුලි සංදේශ සංගමයේ ලේකම් කාර්යාලය වෙත,

CI-19/35 චක්‍රලේඛය සම්බන්ධයෙනි

2019 සැප්තැම්බර් 10 වන දින බුඩාපෙස්ට් නුවර පැවැත්වෙන පළමු උපදේශන සැසියට ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව නියෝජනය කරමින් සහභාගී වීම සඳහා නියෝජ්‍ය අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා) චමිල ප්‍රියදර්ශන පෙරේරා (Chamila Priyadarshana Perera) මහතා නම් කර ඇති බව කාරුණිකව දන්වා සිටිමු.

විද්‍යුත් තැපෑල: chamila.perera@trc.gov.lk

ස්තූතියි,
ජාත්‍යන්තර සබඳතා අංශය
ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව
කොළඹ
'''),
  delegates=[D("චමිල ප්‍රියදර්ශන පෙරේරා", "නියෝජ්‍ය අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා)", "chamila.perera@trc.gov.lk",
               aliases=["Chamila Priyadarshana Perera"])])

M(key="km01", lang="km", kind="nomination", ms="KHM",
  frm=("International Cooperation - MPTC", "intl@mptc.gov.kh"),
  subject="ការចាត់តាំងអ្នកចូលរួម - CI-19/35", date="2019-08-14 15:08:39+07:00", via="gmail", mua="gmail",
  html=True, cte="base64",
  body=T('''
គោរពជូន លេខាធិការដ្ឋានសហភាពទូរគមនាគមន៍អន្តរជាតិ (ITU)

កម្មវត្ថុ៖ ការចាត់តាំងអ្នកចូលរួមវគ្គពិគ្រោះយោបល់ យោងលិខិតចរាចរលេខ CI-19/35

ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ នៃព្រះរាជាណាចក្រកម្ពុជា សូមជម្រាបជូនថា ក្រសួងបានចាត់តាំង លោក សុខ វិចិត្រ (SOK Vichet) អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ ឱ្យចូលរួមវគ្គពិគ្រោះយោបល់លើកទីមួយ ដែលនឹងប្រព្រឹត្តទៅនៅទីក្រុងប៊ូដាប៉េស្ត នាថ្ងៃទី១០ ខែកញ្ញា ឆ្នាំ២០១៩។

អ៊ីមែល៖ sok.vichet@mptc.gov.kh

សូមអរគុណ។

នាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ
ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍
'''),
  delegates=[D("សុខ វិចិត្រ", "អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ", "sok.vichet@mptc.gov.kh",
               aliases=["SOK Vichet"])])

M(key="sq01", lang="sq", kind="nomination", ms="ALB",
  frm=("Drejtoria e Marrëdhënieve me Jashtë - AKEP", "marredhenie.jashte@akep.al"),
  subject="Qarkorja CI-19/35 - pjesëmarrja e Shqipërisë", date="2019-08-08 10:30:50+02:00", via="relay",
  out_host="mail.akep.al", mua="outlook", html=True, cte="quoted-printable",
  body=T('''
I nderuar z. Clark,

Në përgjigje të qarkores CI-19/35, ju njoftojmë se në sesionin e parë të konsultimit, që do të zhvillohet në Budapest më 10 shtator 2019, Republikën e Shqipërisë do ta përfaqësojë znj. Elona Hoxha, Drejtore e Marrëdhënieve me Jashtë në AKEP (elona.hoxha@akep.al).

Me respekt,

Drejtoria e Marrëdhënieve me Jashtë
Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP)
Tiranë
'''),
  delegates=[D("Elona Hoxha", "Drejtore e Marrëdhënieve me Jashtë", "elona.hoxha@akep.al")])

M(key="mk01", lang="mk", kind="nomination", ms="MKD",
  frm=("Одделение за меѓународна соработка", "intl@aek.mk"),
  subject="Циркуларно писмо CI-19/35 - учество", date="2019-08-09 11:48:36+02:00", via="relay",
  out_host="mail.aek.mk", mua="plain", charset="windows-1251", cte="quoted-printable", hcharset="windows-1251",
  body=T('''
Почитувани,

Во врска со циркуларното писмо CI-19/35, Ве известуваме дека на првата консултативна сесија во Будимпешта на 10 септември 2019 година, Република Северна Македонија ќе ја претставува г-ѓа Марија Стојановска, раководител на Одделението за меѓународна соработка при Агенцијата за електронски комуникации (m.stojanovska@aek.mk).

Со почит,
Одделение за меѓународна соработка
Агенција за електронски комуникации
Скопје
'''),
  delegates=[D("Марија Стојановска", "раководител на Одделението за меѓународна соработка", "m.stojanovska@aek.mk")])

M(key="sr01", lang="sr", kind="nomination", ms="SRB",
  frm=("Milos Jovanovic", "milos.jovanovic@mtt.gov.rs"),
  subject="Циркуларно писмо CI-19/35", date="2019-08-12 09:17:23+02:00", via="exchange", exch_host="MTTEXCH01",
  mua="outlook", html=True, cte="base64", acl="sr-Cyrl-RS, en-US",
  body=T('''
Поштовани,

У вези са циркуларним писмом CI-19/35, обавештавамо Вас да ће Републику Србију на првој консултативној сесији у Будимпешти, 10. септембра 2019. године, представљати Милош Јовановић (Miloš Jovanović), шеф Одсека за информационо друштво у Министарству трговине, туризма и телекомуникација.

Молимо да материјале за сесију доставите директно Милошу Јовановићу на адресу milos.jovanovic@mtt.gov.rs.

С поштовањем,
Сектор за електронске комуникације и поштански саобраћај
Министарство трговине, туризма и телекомуникација
Београд
'''),
  delegates=[D("Милош Јовановић", "шеф Одсека за информационо друштво", "milos.jovanovic@mtt.gov.rs",
               aliases=["Miloš Jovanović"])])

M(key="hr01", lang="hr", kind="nomination", ms="HRV",
  frm=("Služba za međunarodnu suradnju HAKOM", "medjunarodna.suradnja@hakom.hr"),
  subject="Okružnica CI-19/35 - sudjelovanje Republike Hrvatske", date="2019-08-07 13:56:02+02:00",
  via="relay", out_host="mail.hakom.hr", mua="plain", charset="iso-8859-2", cte="quoted-printable",
  hcharset="iso-8859-2", hmode="Q",
  body=T('''
Poštovani,

vezano uz okružnicu CI-19/35, obavještavamo Vas da će Republiku Hrvatsku na prvoj konzultacijskoj sjednici u Budimpešti 10. rujna 2019. predstavljati gospođa Ivana Horvat, voditeljica Službe za međunarodnu suradnju Hrvatske regulatorne agencije za mrežne djelatnosti (HAKOM).

Za sva pitanja možete se izravno obratiti gospođi Ivani Horvat na ivana.horvat@hakom.hr.

S poštovanjem,
Služba za međunarodnu suradnju
HAKOM, Zagreb
'''),
  delegates=[D("Ivana Horvat", "voditeljica Službe za međunarodnu suradnju", "ivana.horvat@hakom.hr")])

M(key="bg01", lang="bg", kind="nomination", ms="BGR",
  frm=("Дирекция Електронни съобщения", "es@mtitc.government.bg"),
  subject="Циркулярно писмо CI-19/35 - участник от България", date="2019-08-13 16:22:48+03:00", via="relay",
  out_host="mail.mtitc.government.bg", mua="outlook", charset="windows-1251", cte="quoted-printable",
  hcharset="windows-1251", html=True,
  body=T('''
Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35 Ви уведомяваме, че в първата консултативна сесия в Будапеща на 10 септември 2019 г. от българска страна ще участва г-жа Десислава Петрова Иванова, началник на отдел „Информационно общество“ в Министерството на транспорта, информационните технологии и съобщенията (d.ivanova@mtitc.government.bg).

С уважение,
Дирекция „Електронни съобщения“
МТИТС, София
'''),
  delegates=[D("Десислава Петрова Иванова", "началник на отдел „Информационно общество“",
               "d.ivanova@mtitc.government.bg")])

M(key="lt01", lang="lt", kind="nomination", ms="LTU",
  frm=("Tarptautinių ryšių skyrius RRT", "tarptautinis@rrt.lt"),
  subject="Aplinkraštis CI-19/35 - Lietuvos atstovė", date="2019-08-08 14:40:15+03:00", via="relay",
  out_host="mail.rrt.lt", mua="plain", charset="iso-8859-13", cte="quoted-printable", hcharset="iso-8859-13",
  hmode="Q",
  body=T('''
Gerbiamasis pone Clarkai,

atsakydami į aplinkraštį CI-19/35, informuojame, kad Lietuvos Respublikai pirmojoje konsultacijų sesijoje Budapešte 2019 m. rugsėjo 10 d. atstovaus Ryšių reguliavimo tarnybos Tarptautinių ryšių skyriaus vyriausioji specialistė Rūta Kazlauskienė (ruta.kazlauskiene@rrt.lt).

Pagarbiai
Tarptautinių ryšių skyrius
Ryšių reguliavimo tarnyba, Vilnius
'''),
  delegates=[D("Rūta Kazlauskienė", "Tarptautinių ryšių skyriaus vyriausioji specialistė",
               "ruta.kazlauskiene@rrt.lt")])

M(key="lv01", lang="lv", kind="interest_only", ms="LVA",
  frm=("Sakaru departaments", "sakari@sam.gov.lv"),
  subject="Apkārtraksts CI-19/35", date="2019-08-19 10:14:27+03:00", via="relay", out_host="mail.sam.gov.lv",
  mua="outlook", html=True, cte="quoted-printable",
  body=T('''
Labdien!

Atsaucoties uz apkārtrakstu CI-19/35, Latvijas Republikas Satiksmes ministrija apliecina interesi piedalīties pirmajā konsultāciju sesijā, kas notiks Budapeštā 2019. gada 10. septembrī. Atvainojamies par novēloto atbildi.

Dalībnieka vārdu un uzvārdu paziņosim līdz augusta beigām.

Ar cieņu
Sakaru departaments
Latvijas Republikas Satiksmes ministrija
'''),
  sessions=["budapest-2019"])

M(key="et01", lang="et", kind="nomination", ms="EST",
  frm=("Kadri Tamm", "kadri.tamm@mkm.ee"),
  subject="Ringkiri CI-19/35 - Eesti osaleja", date="2019-08-09 15:03:11+03:00", via="o365", region="eur",
  mua="outlook", charset="iso-8859-15", cte="quoted-printable", acl="et-EE, en-US",
  body=T('''
Lugupeetud hr Clark!

Vastuseks ringkirjale CI-19/35 teatame, et Eestit esindab 10. septembril 2019 Budapestis toimuval esimesel konsultatsioonikohtumisel Majandus- ja Kommunikatsiooniministeeriumi digitaalse ühiskonna arengu osakonna nõunik Kadri Tamm (kadri.tamm@mkm.ee).

Lugupidamisega

Kadri Tamm
Digitaalse ühiskonna arengu osakond
Majandus- ja Kommunikatsiooniministeerium, Tallinn
'''),
  delegates=[D("Kadri Tamm", "digitaalse ühiskonna arengu osakonna nõunik", "kadri.tamm@mkm.ee")])

M(key="sk01", lang="sk", kind="decline", ms="SVK",
  frm=("Odbor medzinárodných vzťahov MDV SR", "omv@mindop.sk"),
  subject="Obežník CI-19/35", date="2019-08-14 09:35:44+02:00", via="relay", out_host="mail.mindop.sk",
  mua="plain", charset="iso-8859-2", cte="quoted-printable", hcharset="iso-8859-2", hmode="Q",
  body=T('''
Vážený pán Clark,

ďakujeme za pozvanie na konzultačné stretnutia k podpore technologických a inovatívnych MSP. Ministerstvo dopravy a výstavby Slovenskej republiky sa, žiaľ, nebude môcť zúčastniť na zasadnutí v Budapešti 10. septembra 2019.

S pozdravom

Odbor medzinárodných vzťahov
Ministerstvo dopravy a výstavby SR, Bratislava
'''))

M(key="sl01", lang="sl", kind="nomination", ms="SVN",
  frm=("Direktorat za informacijsko družbo", "did.mju@gov.si"),
  subject="Okrožnica CI-19/35 - udeležba Slovenije", date="2019-08-12 13:28:06+02:00", via="relay",
  out_host="mail.gov.si", mua="outlook", html=True, cte="quoted-printable",
  body=T('''
Spoštovani,

v odgovor na okrožnico CI-19/35 vas obveščamo, da bo Republiko Slovenijo na prvem posvetovalnem srečanju v Budimpešti 10. septembra 2019 zastopal mag. Matej Kranjc, sekretar v Direktoratu za informacijsko družbo Ministrstva za javno upravo (matej.kranjc@gov.si).

Lep pozdrav,

Direktorat za informacijsko družbo
Ministrstvo za javno upravo, Ljubljana
'''),
  delegates=[D("Matej Kranjc", "sekretar v Direktoratu za informacijsko družbo", "matej.kranjc@gov.si")])


# ==============================================================================================================
# around the deadline, and a few more automatic or unrelated messages

M(key="pt05", lang="pt", kind="nomination", ms="CPV",
  frm=("Carla Fortes", "carla.fortes@arme.cv"),
  subject="Circular UIT CI-19/35 - indicação de Cabo Verde", date="2019-08-16 21:59:20-01:00", via="gmail",
  mua="gmail", html=True, cte="quoted-printable", itu_tz="+00:00", ironport=False,
  body=T('''
Exmos. Senhores,

Em resposta à Circular CI-19/35, a ARME - Agência Reguladora Multissetorial da Economia de Cabo Verde indica a Eng.ª Carla Sofia Lopes Fortes, Diretora do Departamento de Comunicações Eletrónicas, para participar na sessão de consulta de Budapeste, no dia 10 de setembro de 2019.

Contacto: carla.fortes@arme.cv

Com os melhores cumprimentos,

Carla Sofia Lopes Fortes
Diretora do Departamento de Comunicações Eletrónicas
ARME - Praia, Cabo Verde
'''),
  delegates=[D("Carla Sofia Lopes Fortes", "Diretora do Departamento de Comunicações Eletrónicas",
               "carla.fortes@arme.cv")])

M(key="de05", lang="de", kind="nomination", ms="LIE",
  frm=("Amt für Kommunikation", "info.ak@llv.li"),
  subject="Rundschreiben CI-19/35 - Teilnahme Liechtenstein", date="2019-08-16 23:59:31+02:00", lag=20,
  via="relay", out_host="mail.llv.li", mua="plain", charset="iso-8859-1", cte="quoted-printable",
  itu_tz="+02:00", ironport=False,
  body=T('''
Sehr geehrte Damen und Herren

Das Amt für Kommunikation des Fürstentums Liechtenstein meldet für die Konsultationssitzung vom 10. September 2019 in Budapest Herrn Mag. Daniel Frommelt, stellvertretender Amtsleiter (daniel.frommelt@llv.li).

Freundliche Grüsse

Amt für Kommunikation
Fürstentum Liechtenstein
Kirchstrasse 8, 9490 Vaduz
'''),
  delegates=[D("Daniel Frommelt", "stellvertretender Amtsleiter", "daniel.frommelt@llv.li")])

M(key="nl03", lang="nl", kind="nomination", ms="BEL",
  frm=("De Smet Jan", "jan.desmet@economie.fgov.be"),
  subject="CI-19/35 - vertegenwoordiging België", date="2019-08-16 20:12:40+02:00",
  recv="2019-08-17 08:47:05+02:00", via="relay", out_host="relay.belgium.be", mua="outlook", html=True,
  cte="quoted-printable", itu_tz="+02:00",
  body=T('''
Geachte heer Clark,

In aansluiting op circulaire CI-19/35 en op het bericht van het BIPT deel ik u mee dat België op de consultatiesessie van 10 september in Boedapest vertegenwoordigd zal zijn door mevrouw Els Peeters, attaché bij de Algemene Directie Economische Analyses en Internationale Economie van de FOD Economie (els.peeters@economie.fgov.be).

Met vriendelijke groeten,

Jan De Smet
Adviseur
FOD Economie, K.M.O., Middenstand en Energie
Koning Albert II-laan 16, 1000 Brussel
'''),
  delegates=[D("Els Peeters", "attaché bij de Algemene Directie Economische Analyses en Internationale Economie",
               "els.peeters@economie.fgov.be")])

M(key="pt06", lang="pt", kind="unrelated", ms=None,
  frm=("Fórum Lusófono de Inovação Digital", "convites@forumlusofonodigital.org"),
  subject="Convite: Fórum Lusófono de Inovação Digital - Lisboa, 14 e 15 de novembro de 2019",
  date="2019-08-08 11:00:00+01:00", via="relay", out_host="mail.forumlusofonodigital.org", mua="plain",
  html=True, cte="quoted-printable",
  body=T('''
Exmo.(a) Senhor(a),

Temos o prazer de o(a) convidar para a 3.ª edição do Fórum Lusófono de Inovação Digital, que se realizará em Lisboa nos dias 14 e 15 de novembro de 2019.

Entre os oradores confirmados contam-se:
- Joana Mendes Ribeiro, fundadora da incubadora Startup Atlântico
- Edson Nhantumbo, presidente da Associação Moçambicana de Empresas de TIC
- Luís Gonçalves Pinto, investigador do Instituto de Economia Digital

No dia 14 decorrerá ainda uma sessão sobre os resultados das consultas internacionais deste ano sobre PME tecnológicas, incluindo as realizadas em Budapeste em setembro.

Inscrições: https://forumlusofonodigital.org/inscricoes

Se não pretender receber mais comunicações, responda com "REMOVER".
'''),
  extra=["Precedence: bulk"])

M(key="vi02", lang="vi", kind="auto_reply", ms=None,
  frm=("Lê Minh Tuấn", "lmtuan@mic.gov.vn"),
  subject="Trả lời tự động: Reminder: CI-19/35 - replies requested by 16 August 2019",
  date="2019-08-12 15:01:30+07:00", via="relay", out_host="mail.mic.gov.vn", mua="plain", cte="base64",
  irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>", extra=["Auto-Submitted: auto-replied"],
  body=T('''
Kính gửi Quý vị,

Tôi đang đi công tác từ ngày 12/8 đến hết ngày 20/8/2019 và hạn chế truy cập thư điện tử. Trường hợp cần gấp, xin vui lòng liên hệ bà Trần Thị Mai (ttmai@mic.gov.vn).

Trân trọng,
Lê Minh Tuấn
Vụ Hợp tác Quốc tế
'''))

M(key="bs01", lang="bs", kind="decline", ms="BIH",
  frm=("Sektor za međunarodnu saradnju RAK", "international@rak.ba"),
  subject="Cirkularno pismo CI-19/35", date="2019-08-15 10:43:27+02:00", via="relay", out_host="mail.rak.ba",
  mua="outlook", html=True, cte="quoted-printable",
  body=T('''
Poštovani,

zahvaljujemo se na pozivu za učešće u konsultativnim sesijama o podršci tehnološkim i inovativnim malim i srednjim preduzećima.

Regulatorna agencija za komunikacije Bosne i Hercegovine nažalost neće biti u mogućnosti učestvovati na sesiji u Budimpešti 10. septembra 2019. godine.

S poštovanjem,

Sektor za međunarodnu saradnju
Regulatorna agencija za komunikacije, Sarajevo
'''))

M(key="ja03", lang="ja", kind="auto_reply", ms=None,
  frm=("鈴木 裕子", "y-suzuki@soumu.go.jp"),
  subject="自動応答: Reminder: CI-19/35 - replies requested by 16 August 2019", date="2019-08-12 17:00:52+09:00",
  via="onprem", mua="plain", charset="iso-2022-jp", cte="7bit", hcharset="iso-2022-jp",
  irt="<B7A3F2C1D0E94A58@CHEXMBX03.ad.itu.int>", extra=["Auto-Submitted: auto-replied"],
  body=T('''
誠に勝手ながら、8月10日から8月18日まで夏季休暇をいただいております。
8月19日以降、順次対応させていただきます。

お急ぎの場合は、国際経済課 田中（m-tanaka@soumu.go.jp）までご連絡ください。

鈴木 裕子
総務省 国際戦略局
'''))


# --------------------------------------------------------------------------------------------------------------
# labels, validation, output

LANG_NAMES = {
    "ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish",
    "pt": "Portuguese", "de": "German", "it": "Italian", "tr": "Turkish", "fa": "Persian", "id": "Indonesian",
    "sw": "Swahili", "ja": "Japanese", "ko": "Korean", "uk": "Ukrainian", "pl": "Polish", "nl": "Dutch",
    "vi": "Vietnamese", "th": "Thai", "hi": "Hindi", "bn": "Bengali", "ur": "Urdu", "ms": "Malay",
    "ro": "Romanian", "hu": "Hungarian", "cs": "Czech", "el": "Greek", "he": "Hebrew", "sv": "Swedish",
    "fi": "Finnish", "no": "Norwegian", "da": "Danish", "ka": "Georgian", "hy": "Armenian", "az": "Azerbaijani",
    "kk": "Kazakh", "uz": "Uzbek", "mn": "Mongolian", "am": "Amharic", "ne": "Nepali", "si": "Sinhala",
    "km": "Khmer", "lo": "Lao", "my": "Burmese", "sq": "Albanian", "mk": "Macedonian", "sr": "Serbian",
    "hr": "Croatian", "bg": "Bulgarian", "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "sk": "Slovak",
    "sl": "Slovenian", "bs": "Bosnian", "ta": "Tamil", "tl": "Tagalog",
}
HONORIFICS = ["Mr ", "Mr. ", "Mrs ", "Ms ", "Ms. ", "Dr ", "Dr. ", "H.E. ", "Prof. ", "M. ", "Mme ", "Sr. ", "Sra. ",
              "Don ", "Doña ", "г-н ", "г-жа ", "السيد ", "السيدة ", "الدكتور ", "د. ", "Herr ", "Frau ", "Pan ",
              "Pani ", "Ing. ", "Mgr. ", "Sayın ", "Bapak ", "Ibu ", "Bw. ", "Bi. ", "Eng. ", "S.E. ", "Excmo. "]
HON_SUFFIX = ["先生", "女士", "様", "씨", "님", "さん", "氏"]


def file_names():
    seen = {}
    for m in MSGS:
        n = seen.get(m["lang"], 0) + 1
        seen[m["lang"]] = n
        tag = m.get("tag") or auto_tag(m)
        m["file"] = "%s_%03d_%s.eml" % (m["lang"], n, tag)


def auto_tag(m):
    cs = m.get("charset", "utf-8").lower().replace("-", "").replace("_", "")
    if m.get("special"):
        return "report"
    s = cs
    if m.get("html") is not None and m.get("body") is None:
        s += "_htmlonly"
    elif m.get("html") is not None:
        s += "_alt"
    if m.get("attach"):
        s += "_att"
    return s


def label_of(m, mid, stamp, mids_by_key):
    kind = m["kind"]
    dels = m.get("delegates", [])
    sess = m.get("sessions")
    if sess is None:
        if kind == "nomination":
            sess = ["budapest-2019"]
        elif kind == "correction":
            sess = next(x for x in MSGS if x["key"] == m["supersedes"]).get("sessions") or ["budapest-2019"]
        else:
            sess = []
    late = (stamp > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None
    return {
        "message_id": mid,
        "file": m["file"],
        "kind": kind,
        "language": m["lang"],
        "member_state": m.get("ms"),
        "delegates": dels,
        "sessions": list(sess),
        "received_at": stamp.isoformat(),
        "late": late,
        "supersedes": mids_by_key[m["supersedes"]] if m.get("supersedes") else None,
    }


def generate():
    file_names()
    out, labels, mids_by_key, stamps = {}, [], {}, {}
    for m in MSGS:
        raw, mid, stamp = build(m)
        out[m["file"]] = raw
        mids_by_key[m["key"]] = mid
        stamps[m["key"]] = stamp
    for m in MSGS:
        labels.append(label_of(m, mids_by_key[m["key"]], stamps[m["key"]], mids_by_key))
    labels.sort(key=lambda l: l["file"])
    jl = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels).encode("utf-8")
    return out, labels, jl


def norm_ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def decoded_text(msg, errors):
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        raw = part.get_payload(decode=True)
        cs = part.get_content_charset() or "us-ascii"
        try:
            txt = raw.decode(pycodec(cs), "strict")
        except (UnicodeDecodeError, LookupError) as e:
            errors.append("text part does not decode strictly as %s: %s" % (cs, e))
            continue
        chunks.append(html_text(txt) if part.get_content_subtype() == "html" else txt)
    return norm_ws("\n".join(chunks))


def validate(files, labels, jl):
    errs = []
    by_mid = {}
    p = BytesParser(policy=policy.default)
    if len(set(l["message_id"] for l in labels)) != len(labels):
        errs.append("duplicate Message-IDs")
    for l in labels:
        by_mid[l["message_id"]] = l
    for l in labels:
        e = []
        raw = files[l["file"]]
        for ln in raw.split(b"\n"):
            if len(ln) > 998:
                e.append("line longer than 998 bytes")
                break
        if any(c >= 128 for c in raw.split(b"\n\n", 1)[0]):
            e.append("8-bit byte in the header")
        msg = p.parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                e.append("defects %r" % part.defects)
            for k, v in part.items():
                if getattr(v, "defects", None):
                    e.append("header %s defects %r" % (k, v.defects))
        text = decoded_text(msg, e)
        if str(msg["Message-ID"]).strip() != l["message_id"]:
            e.append("Message-ID %r != label" % str(msg["Message-ID"]))
        rc = msg.get_all("Received")
        top = str(rc[0])
        if not re.search(r"by mx\d\.itu\.int", top):
            e.append("topmost Received is not from an itu.int MX")
        ds = re.sub(r"\s*\([A-Z]+\)\s*$", "", top.rsplit(";", 1)[1].strip())
        got = parsedate_to_datetime(ds)
        if got.isoformat() != l["received_at"]:
            e.append("received_at %s != topmost Received %s" % (l["received_at"], got.isoformat()))
        sent = msg["Date"].datetime
        if sent > got:
            e.append("Date after reception")
        for older in rc[1:]:
            od = parsedate_to_datetime(re.sub(r"\s*\([A-Z]+\)\s*$", "", str(older).rsplit(";", 1)[1].strip()))
            if od > got:
                e.append("lower Received hop later than the topmost")
        k = l["kind"]
        if k not in KINDS:
            e.append("bad kind")
        if l["language"] not in LANG_NAMES:
            e.append("unknown language")
        want_late = (got > DEADLINE) if k in ("nomination", "interest_only", "correction") else None
        if l["late"] != want_late:
            e.append("late %r, recomputed %r" % (l["late"], want_late))
        ms = l["member_state"]
        if ms is not None and not re.fullmatch(r"[A-Z]{3}", ms):
            e.append("bad member_state")
        if k in ("auto_reply", "bounce", "unrelated") and ms is not None:
            e.append("member_state must be null for %s" % k)
        if k in ("nomination", "correction"):
            if not l["delegates"]:
                e.append("%s without delegates" % k)
        elif l["delegates"]:
            e.append("delegates on a %s" % k)
        if k in ("nomination", "interest_only", "correction"):
            if not l["sessions"]:
                e.append("no sessions")
        elif l["sessions"]:
            e.append("sessions on a %s" % k)
        if any(s not in SESSIONS for s in l["sessions"]) or len(set(l["sessions"])) != len(l["sessions"]):
            e.append("bad sessions %r" % l["sessions"])
        if k == "correction":
            o = by_mid.get(l["supersedes"])
            if not o:
                e.append("supersedes %r not in corpus" % l["supersedes"])
            elif o["received_at"] >= l["received_at"] and datetime.fromisoformat(o["received_at"]) >= got:
                e.append("correction received before the message it corrects")
        elif l["supersedes"] is not None:
            e.append("supersedes on a %s" % k)
        for d in l["delegates"]:
            if set(d) != {"name", "aliases", "title", "email"}:
                e.append("delegate keys")
            for s in [d["name"]] + d["aliases"] + [d["title"], d["email"]]:
                if s is None:
                    continue
                if not s.strip() or norm_ws(s) not in text:
                    e.append("not in the decoded text: %r" % s)
            for n in [d["name"]] + d["aliases"]:
                if any(n.startswith(h) for h in HONORIFICS) or any(n.endswith(h) for h in HON_SUFFIX):
                    e.append("honorific in name %r" % n)
            if d["name"] in d["aliases"]:
                e.append("alias repeats the name")
        if e:
            errs.append("%s: %s" % (l["file"], "; ".join(e)))
    n = len(labels)
    langs = {l["language"] for l in labels}
    un = sum(l["language"] in UN6 for l in labels) / n
    nom = sum(l["kind"] == "nomination" for l in labels) / n
    if n < 140:
        errs.append("only %d messages" % n)
    if len(langs) < 45:
        errs.append("only %d languages" % len(langs))
    if not 0.55 <= un <= 0.60:
        errs.append("UN-language share %.3f outside 55-60 %%" % un)
    if not 0.55 <= nom <= 0.65:
        errs.append("nomination share %.3f outside 55-65 %%" % nom)
    if set(KINDS) - {l["kind"] for l in labels}:
        errs.append("kinds missing: %r" % (set(KINDS) - {l["kind"] for l in labels}))
    return errs


def readme(labels):
    from collections import Counter
    n = len(labels)
    kinds = Counter(l["kind"] for l in labels)
    langs = Counter(l["language"] for l in labels)
    un = sum(langs[x] for x in UN6)
    late = sum(1 for l in labels if l["late"])
    nulls = sum(1 for l in labels if l["member_state"] is None and l["kind"] in
                ("nomination", "interest_only", "decline", "correction", "inquiry"))
    sess = Counter(s for l in labels for s in l["sessions"])
    dels = sum(len(l["delegates"]) for l in labels)
    out = [
        "# blind16: a blind labelled corpus of replies to ITU circular CI-19/35",
        "",
        "Written by `make_corpus.py` (Python 3.11, standard library only, deterministic: re-running it gives",
        "byte-identical `messages/`, `labels.jsonl` and this file). It was composed without sight of the",
        "processor, its rules, its tests or any other corpus; the only inputs were the circular (English summary and",
        "Arabic original) and `shared/corpus/SCHEMA.md`.",
        "",
        "## How it was written",
        "",
        "* Every reply was composed by hand, natively in its language, in the voice of a ministry, regulator,",
        "  Permanent Mission, a nominee writing for himself or herself, a minister's assistant, or (member_state",
        "  null) an association, company, university or NGO. People, mailbox addresses, phone numbers and identifiers",
        "  are invented; institutions and Member States are real.",
        "* The mix is meant to look like the sme@itu.int mailbox a few weeks after the circular: mostly nominations",
        "  (running prose, field blocks, HTML tables, names only in a signature, several delegates, native script",
        "  with a Latin spelling, surnames in capitals, inflected names), with corrections that supersede an",
        "  earlier message of the corpus, declines, interest without a name, inquiries, bilingual replies,",
        "  forwards, late replies, auto-replies and read receipts, delivery failures, and unrelated mail (vendor",
        "  pitches, newsletters, invitations that name people, Budapest and September dates).",
        "* Transport: every message has a Received chain whose topmost hop is stamped by an itu.int MX (its time is",
        "  `received_at`), a Date in the sender's time zone, a Message-ID in the style of the sending system",
        "  (Exchange Online, Gmail, on-premises Exchange, Zimbra, Notes, Thunderbird, ...), MIME that varies",
        "  (plain, multipart/alternative with Outlook, Gmail or Thunderbird HTML, multipart/related logos, PDF",
        "  attachments, delivery-status and disposition-notification reports), transfer encodings (8bit,",
        "  quoted-printable, base64, 7bit ISO-2022-JP), legacy charsets where natural and RFC 2047 encoded words.",
        "* File names are `<language>_<nnn>_<charset/structure>.eml`; they say nothing about the kind.",
        "* Labels follow `shared/corpus/SCHEMA.md`: names without honorifics, as written (the nominative when the",
        "  prose inflects a name and the message also gives the nominative), aliases only for spellings the message",
        "  itself gives, `received_at` from the topmost Received header, `late` against 16 August 2019 23:59:59",
        "  +02:00, `supersedes` pointing to the corrected message of this corpus.",
        "* The script checks its own output and exits non-zero on failure: every message parses with",
        "  `email.policy.default` without defects, every text part decodes strictly in its declared charset, the",
        "  Message-ID equals the label, `received_at` equals the topmost Received date, `late` is recomputed, every",
        "  labelled name, alias, title and e-mail occurs in the decoded text, and kind-dependent fields are",
        "  consistent; it also builds everything twice and compares the bytes.",
        "",
        "## Counts",
        "",
        "%d messages in %d languages; %d (%.1f %%) in the six UN languages, %d in %d other languages." % (
            n, len(langs), un, 100.0 * un / n, n - un, len(langs) - 6),
        "%d labelled delegates; %d replies labelled late; %d replies that are not from a Member State"
        " (member_state null among the non-automatic kinds)." % (dels, late, nulls),
        "Sessions: %s." % ", ".join("%s %d" % (s, sess[s]) for s in SESSIONS),
        "",
        "| kind | messages |",
        "| --- | --- |",
    ]
    out += ["| %s | %d |" % (k, kinds[k]) for k in KINDS]
    out += ["", "| language | messages | kinds |", "| --- | --- | --- |"]
    for lg, c in sorted(langs.items(), key=lambda x: (-x[1], x[0])):
        ks = Counter(l["kind"] for l in labels if l["language"] == lg)
        out.append("| %s (%s) | %d | %s |" % (lg, LANG_NAMES[lg], c, ", ".join(
            "%s %d" % (k, ks[k]) for k in KINDS if ks[k])))
    return ("\n".join(out) + "\n").encode("utf-8")


def main():
    files, labels, jl = generate()
    errs = validate(files, labels, jl)
    files2, labels2, jl2 = generate()
    if files2 != files or jl2 != jl:
        errs.append("output is not deterministic")
    rd = readme(labels)
    if errs:
        for e in errs:
            print("FAIL", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errs), file=sys.stderr)
        return 1
    mdir = os.path.join(HERE, "messages")
    os.makedirs(mdir, exist_ok=True)
    for old in os.listdir(mdir):
        if old.endswith(".eml") and old not in files:
            os.remove(os.path.join(mdir, old))
    for fn, raw in sorted(files.items()):
        with open(os.path.join(mdir, fn), "wb") as f:
            f.write(raw)
    with open(os.path.join(HERE, "labels.jsonl"), "wb") as f:
        f.write(jl)
    with open(os.path.join(HERE, "README.md"), "wb") as f:
        f.write(rd)
    print("wrote %d messages, %d languages" % (len(files), len({l["language"] for l in labels})))
    return 0


if __name__ == "__main__":
    sys.exit(main())
