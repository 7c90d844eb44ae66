#!/usr/bin/env python3
"""Blind test corpus no. 19 for replies to ITU circular CI-19/35.

Standard library only, deterministic: re-running produces byte-identical files.
Writes messages/*.eml and labels.jsonl next to this script, then re-parses every
message with email.policy.default and validates it against its label.
Exit status is non-zero on any validation failure.
"""
import base64
import codecs
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, 'messages')
LABELS = os.path.join(HERE, 'labels.jsonl')

DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
SESS = {'B': 'budapest-2019', 'C': 'cwg-2020', 'W': 'wsis-2020'}
KINDS = ['nomination', 'interest_only', 'decline', 'correction', 'inquiry',
         'auto_reply', 'bounce', 'unrelated']
UN_LANGS = {'ar', 'zh', 'en', 'fr', 'ru', 'es'}


def hx(s, n=12):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


def hnum(s, mod):
    return int(hashlib.sha256(s.encode('utf-8')).hexdigest(), 16) % mod


def pdt(s):
    """'2019-08-14 11:12:31 +0200' -> aware datetime"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z')


def rfcdate(dt):
    return format_datetime(dt)


def tzof(s):
    sign = 1 if s[0] == '+' else -1
    return timezone(sign * timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


# ---------------------------------------------------------------- headers
ATEXT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")


def _qenc(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def encwords(text, cs='utf-8', enc='B'):
    def one(s):
        b = s.encode(cs)
        p = base64.b64encode(b).decode() if enc == 'B' else _qenc(b)
        return '=?%s?%s?%s?=' % (cs, enc, p)
    words, i = [], 0
    while i < len(text):
        j, best = i + 1, None
        while j <= len(text):
            w = one(text[i:j])
            if len(w) > 75 and best is not None:
                break
            best = (j, w)
            j += 1
        words.append(best[1])
        i = best[0]
    return words


def fold_ascii(name, value):
    lines, cur = [], name + ':'
    for w in value.split(' '):
        if len(cur) + 1 + len(w) > 76 and len(cur) > len(name) + 1:
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)


def hdr_text(name, value, cs='utf-8', enc='B'):
    if value.isascii():
        return fold_ascii(name, value)
    # keep a leading run of pure-ASCII words unencoded (e.g. "RE: ", "Fwd: CI-19/35 ")
    words = value.split(' ')
    k = 0
    while k < len(words) and words[k].isascii() and k < 3 and not words[k].startswith('"'):
        k += 1
    prefix = ' '.join(words[:k])
    rest = ' '.join(words[k:])
    ews = encwords(rest, cs, enc)
    first = name + ': ' + (prefix + ' ' if prefix else '') + ews[0]
    return '\n '.join([first] + ews[1:])


def addr(disp, a, cs='utf-8', enc='B'):
    if not disp:
        return a
    if disp.isascii():
        if set(disp) <= ATEXT and '  ' not in disp:
            return '%s <%s>' % (disp, a)
        return '"%s" <%s>' % (disp.replace('\\', '\\\\').replace('"', '\\"'), a)
    return '%s <%s>' % (' '.join(encwords(disp, cs, enc)), a)


def hdr_addrs(name, items, cs='utf-8', enc='B'):
    """items: list of (display, address) or plain strings"""
    parts = []
    for it in items:
        if isinstance(it, str):
            parts.append(it)
        else:
            parts.append(addr(it[0], it[1], cs, enc))
    return name + ': ' + ',\n\t'.join(parts)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of header lines (may contain folded '\n ')
        self.body = body        # bytes


def _cte_encode(data, cte):
    if cte in ('7bit', '8bit'):
        if cte == '7bit':
            data.decode('ascii')
        return data if data.endswith(b'\n') else data + b'\n'
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if cte == 'base64':
        return base64.encodebytes(data)
    raise ValueError(cte)


def norm_text(text):
    if text.startswith('\n'):
        text = text[1:]
    if not text.endswith('\n'):
        text += '\n'
    return text


def T(text, cs='utf-8', cte=None, sub='plain', name=None, inline=False, flowed=False,
      quote_cs=True, lang=None):
    text = norm_text(text)
    if flowed:
        text = flow(text)
    data = text.encode(cs)
    if cte is None:
        cte = '7bit' if data.isascii() else 'quoted-printable'
    csp = ('"%s"' % cs) if quote_cs else cs
    ct = 'Content-Type: text/%s; charset=%s' % (sub, csp)
    if flowed:
        ct += '; format=flowed'
    if name:
        ct += ';\n\tname="%s"' % name
    hs = [ct, 'Content-Transfer-Encoding: %s' % cte]
    if name:
        hs.append('Content-Disposition: %s; filename="%s"' % ('inline' if inline else 'attachment', name))
    if lang:
        hs.insert(0, 'Content-Language: %s' % lang)
    return Part(hs, _cte_encode(data, cte))


def flow(text, width=72):
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line.rstrip(' '))
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


def ATT(data, ctype, filename, encoded_name=None):
    hs = ['Content-Type: %s;\n\tname="%s"' % (ctype, filename),
          'Content-Transfer-Encoding: base64',
          'Content-Disposition: attachment;\n\tfilename="%s"' % filename]
    if encoded_name:
        hs = ['Content-Type: %s;\n\tname*=utf-8\'\'%s' % (ctype, encoded_name),
              'Content-Transfer-Encoding: base64',
              'Content-Disposition: attachment;\n\tfilename*=utf-8\'\'%s' % encoded_name]
    return Part(hs, base64.encodebytes(data))


def fakebin(seed, n, magic=b''):
    out = bytearray(magic)
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s/%d' % (seed, i)).encode()).digest()
        i += 1
    return bytes(out[:n])


def fakepdf(seed, n=2400):
    return b'%PDF-1.5\n%\xe2\xe3\xcf\xd3\n' + fakebin(seed, n) + b'\n%%EOF\n'


def fakepng(seed, n=900):
    return b'\x89PNG\r\n\x1a\n' + fakebin(seed, n)


def _boundary(style, parts):
    h = hashlib.sha256(b''.join(p.body for p in parts)).hexdigest()
    if style == 'outlook':
        return '_000_%s_' % h[:40].upper()
    if style == 'gmail':
        return '000000000000%s' % h[:16]
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    if style == 'tb':
        return '------------%s' % h[:24]
    if style == 'lotus':
        return '=_alternative %s_=' % h[:16].upper()
    return '----=_NextPart_000_%s.%s' % (h[:4].upper(), h[4:12].upper())


def MP(sub, *parts, style='ms', extra_ct='', preamble=None):
    parts = [p for p in parts if p is not None]
    b = _boundary(style, parts)
    body = []
    if preamble:
        body.append(preamble.encode() + b'\n')
    for p in parts:
        body.append(b'--' + b.encode() + b'\n')
        body.append('\n'.join(p.headers).encode('ascii') + b'\n\n')
        body.append(p.body if p.body.endswith(b'\n') else p.body + b'\n')
    body.append(b'--' + b.encode() + b'--\n')
    ct = 'Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, extra_ct, b)
    return Part([ct], b''.join(body))


def RFC822(raw):
    return Part(['Content-Type: message/rfc822', 'Content-Disposition: attachment'], raw)


def HEADERS_PART(raw_headers):
    return Part(['Content-Type: text/rfc822-headers; charset="us-ascii"',
                 'Content-Transfer-Encoding: 7bit'], raw_headers)


def DSN(text):
    return Part(['Content-Type: message/delivery-status'], norm_text(text).encode('ascii'))


# ---------------------------------------------------------------- html <-> text
class _H2T(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'tr', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'blockquote',
             'hr', 'ul', 'ol', 'tbody', 'thead'}
    CELL = {'td', 'th'}
    SKIP = {'style', 'script', 'title', 'head'}

    def __init__(self, nice=False):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0
        self.nice = nice

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == 'br':
            self.out.append('\n')
        elif tag in self.CELL:
            self.out.append('\t' if self.nice else ' ')
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ('p', 'div', 'tr', 'li', 'table', 'h1', 'h2', 'h3', 'blockquote'):
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(h, nice=False):
    p = _H2T(nice)
    p.feed(h)
    p.close()
    t = ''.join(p.out).replace('\xa0', ' ')
    if nice:
        lines = [ln.strip(' ').strip('\t').rstrip() for ln in t.split('\n')]
        t = '\n'.join(lines)
        t = re.sub(r'\n{3,}', '\n\n', t).strip('\n') + '\n'
    return t


def esc(s, ncr=False):
    s = html.escape(s, quote=False)
    if ncr:
        s = ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in s)
    return s


def _table_html(rows, style):
    if style == 'outlook':
        cells = []
        for i, r in enumerate(rows):
            tds = ''.join('<td width="%d" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                          '<p class="MsoNormal">%s%s<o:p></o:p></p></td>' % (
                              150, '<b>' if i == 0 else '', c + ('</b>' if i == 0 else ''))
                          for c in r)
            cells.append('<tr>%s</tr>' % tds)
        return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse:collapse;border:none">\n<tbody>\n%s\n</tbody>\n</table>\n' % '\n'.join(cells))
    cells = []
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        cells.append('<tr>%s</tr>' % ''.join('<%s style="border:1px solid #999;padding:4px">%s</%s>' % (tag, c, tag) for c in r))
    return '<table style="border-collapse:collapse" cellpadding="4">\n%s\n</table>\n' % '\n'.join(cells)


def text_to_html(text, style='outlook', ncr=False, rtl=False, lang='EN-US', font=None):
    """Convert the plain source into the HTML a mail client would send.
    Lines beginning with '|' form a table (cells split on '|'); lines starting with '> '
    are quoted."""
    text = norm_text(text)
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    out = []
    i = 0
    d = ' dir="rtl"' if rtl else ''
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                rows.append([esc(c.strip(), ncr) for c in lines[i].strip().strip('|').split('|')])
                i += 1
            out.append(_table_html(rows, style))
            continue
        if style != 'outlook' and ln.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(lines[i][2:] if lines[i].startswith('> ') else lines[i][1:])
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>'
                       % '\n'.join((esc(x, ncr) if x.strip() else '') + '<br>' for x in q))
            continue
        if style == 'outlook':
            if ln.strip() == '':
                out.append('<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % d)
            else:
                out.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, esc(ln, ncr)))
        else:
            out.append((esc(ln, ncr) if ln.strip() else '') + '<br>')
        i += 1
    inner = '\n'.join(out)
    font = font or ('Calibri' if style == 'outlook' else 'arial,sans-serif')
    if style == 'outlook':
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;'
                'font-family:"%s",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72"%s>\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (font, lang, d, inner))
    return '<div dir="%s"><div style="font-family:%s">%s</div></div>\n' % ('rtl' if rtl else 'ltr', font, inner)


def H(h, cs='utf-8', cte='quoted-printable', quote_cs=True):
    data = norm_text(h).encode(cs)
    csp = ('"%s"' % cs) if quote_cs else cs
    return Part(['Content-Type: text/html; charset=%s' % csp, 'Content-Transfer-Encoding: %s' % cte],
                _cte_encode(data, cte))


def ALT(text, style='outlook', cs='utf-8', cte='quoted-printable', hcte=None, ncr=False, rtl=False,
        lang='EN-US', html_src=None, mstyle=None, font=None):
    """multipart/alternative built from one source text (or given html)."""
    h = html_src if html_src is not None else text_to_html(text, style, ncr=ncr, rtl=rtl, lang=lang, font=font)
    if html_src is None and style == 'outlook':
        h = h.replace('<head>\n', '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % cs, 1)
    plain = html_to_text(h, nice=True) if html_src is not None else plain_from_src(text)
    return MP('alternative', T(plain, cs, cte), H(h, cs, hcte or cte), style=mstyle or ('gmail' if style == 'gmail' else 'outlook'))


def plain_from_src(text):
    out = []
    for ln in norm_text(text).split('\n'):
        if ln.startswith('|'):
            out.append('\t'.join(c.strip() for c in ln.strip().strip('|').split('|')))
        else:
            out.append(ln)
    return '\n'.join(out)


# ---------------------------------------------------------------- quoting
QHDR = {
    'en': ('From', 'Sent', 'To', 'Subject', 'Cc'),
    'fr': ('De\xa0', 'Envoyé\xa0', 'À\xa0', 'Objet\xa0', 'Cc\xa0'),
    'es': ('De', 'Enviado el', 'Para', 'Asunto', 'CC'),
    'pt': ('De', 'Enviada em', 'Para', 'Assunto', 'Cc'),
    'de': ('Von', 'Gesendet', 'An', 'Betreff', 'Cc'),
    'ru': ('От', 'Отправлено', 'Кому', 'Тема', 'Копия'),
    'zh': ('发件人', '发送时间', '收件人', '主题', '抄送'),
    'ar': ('من', 'تم الإرسال', 'إلى', 'الموضوع', 'نسخة'),
    'it': ('Da', 'Inviato', 'A', 'Oggetto', 'Cc'),
}


def outlook_quote(text, hl='en', frm='SME <sme@itu.int>', sent='Tuesday, July 23, 2019 5:12 PM',
                  to='', subj='CI-19/35', line=True):
    f, s, t, sb, _ = QHDR[hl]
    sep = ':' if not f.endswith('\xa0') else ':'
    head = '%s%s %s\n%s%s %s\n' % (f, sep, frm, s, sep, sent)
    if to:
        head += '%s%s %s\n' % (t, sep, to)
    head += '%s%s %s\n' % (sb, sep, subj)
    return ('\n\n' + ('________________________________\n' if line else '') + head + '\n' + norm_text(text))


def gt_quote(text, attribution):
    q = '\n'.join(('> ' + ln) if ln.strip() else '>' for ln in norm_text(text).rstrip('\n').split('\n'))
    return '\n\n' + attribution + '\n' + q + '\n'


# ---------------------------------------------------------------- the circular, as quoted
CIRC = {}
CIRC['en'] = """
Ref: CI-19/35                                        Geneva, 23 July 2019
Contact: Mr Christopher Clark
E-mail: sme@itu.int

To Member States of the ITU

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will be held on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

ITU is organizing this series of consultations as a follow-up to the excellent discussions held during the last session of the ITU Council on promoting SMEs and their involvement in the work of ITU. In accordance with Resolution 209 (Dubai, 2018), the Council finalized the eligibility criteria and decided to apply new reduced fees for SME associates as from January 2020.

I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session during ITU Telecom World by 16 August 2019 to the ITU Secretariat at: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General
"""
CIRC['fr'] = """
Réf.: CI-19/35                                       Genève, le 23 juillet 2019
Contact: M. Christopher Clark
Courriel: sme@itu.int

Aux États Membres de l'UIT

Objet: Séances de consultation pour les États Membres: "Promouvoir les PME du secteur de la technologie et de l'innovation"

Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de séances de consultation intitulée "Promouvoir les PME du secteur de la technologie et de l'innovation". La première séance se tiendra le 10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). Nous avons l'intention d'organiser des séances analogues pendant les réunions des Groupes de travail du Conseil au début de 2020, pendant le Forum du SMSI de 2020 et lors d'autres manifestations.

[...]

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le nom du participant désigné pour la première séance de consultation, pendant ITU Telecom World, d'ici au 16 août 2019, au secrétariat de l'UIT, à l'adresse: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)

Houlin Zhao
Secrétaire général
"""
CIRC['es'] = """
Ref.: CI-19/35                                       Ginebra, 23 de julio de 2019
Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

A los Estados Miembros de la UIT

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las pymes tecnológicas e innovadoras"

Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su delegación a participar en una serie de sesiones de consulta tituladas "Fomento de las pymes tecnológicas e innovadoras". La primera sesión se celebrará el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, durante el Foro de la CMSI 2020 y en otros eventos.

[...]

Le agradecería que manifestara su interés e indicara el participante designado para la primera sesión de consulta durante ITU Telecom World, a más tardar el 16 de agosto de 2019, a la Secretaría de la UIT en la dirección: sme@itu.int

Atentamente,

(firmado)

Houlin Zhao
Secretario General
"""
CIRC['ru'] = """
Осн.: CI-19/35                                       Женева, 23 июля 2019 года
Для контактов: г-н Кристофер Кларк (Mr Christopher Clark)
Эл. почта: sme@itu.int

Государствам – Членам МСЭ

Предмет: Консультационные сессии для Государств-Членов: "Содействие развитию МСП в сфере технологий и инноваций"

Уважаемая госпожа,
уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий под названием "Содействие развитию МСП в сфере технологий и инноваций". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. Мы планируем организовать аналогичные сессии во время собраний рабочих групп Совета в начале 2020 года, в ходе Форума ВВУИО 2020 года и других мероприятий.

[...]

Прошу вас сообщить о своей заинтересованности и указать участника, назначенного для участия в первой консультационной сессии в ходе ITU Telecom World, не позднее 16 августа 2019 года в Секретариат МСЭ по адресу: sme@itu.int

С уважением,

(подпись)

Хоулинь Чжао
Генеральный секретарь
"""
CIRC['zh'] = """
文号：CI-19/35                                  2019年7月23日，日内瓦
联系人：Christopher Clark先生
电子邮件：sme@itu.int

致国际电联各成员国

事由：面向成员国的磋商会议：“扶持技术和创新中小企业”

尊敬的先生/女士：

我很高兴地邀请贵代表团参加题为“扶持技术和创新中小企业”的系列磋商会议。首次会议将于2019年9月10日在匈牙利布达佩斯举行的2019年国际电联世界电信展期间召开。我们计划在2020年初的理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动期间举办类似会议。

［……］

请于2019年8月16日之前向国际电联秘书处（sme@itu.int）表明贵方的兴趣，并告知参加在世界电信展期间举行的首次磋商会议的人员。

顺致敬意！

（签字）

秘书长
赵厚麟
"""
CIRC['ar'] = """
جنيف، 23 يوليو 2019

إلى الدول الأعضاء في الاتحاد الدولي للاتصالات

المرجع: CI-19/35
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int

الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،

تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

[...]

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكموم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)

هولين جاو
"""
CSUBJ = {
    'en': 'CI-19/35: Consultation sessions for Member States: "Fostering tech and innovation SMEs"',
    'fr': 'CI-19/35: Séances de consultation pour les États Membres: "Promouvoir les PME du secteur de la technologie et de l\'innovation"',
    'es': 'CI-19/35: Sesiones de consulta para los Estados Miembros: "Fomento de las pymes tecnológicas e innovadoras"',
    'ru': 'CI-19/35: Консультационные сессии для Государств-Членов: "Содействие развитию МСП в сфере технологий и инноваций"',
    'zh': 'CI-19/35：面向成员国的磋商会议：“扶持技术和创新中小企业”',
    'ar': 'CI-19/35: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار',
}


def circ(lang='en', short=False):
    t = norm_text(CIRC[lang])
    if short:
        paras = t.split('\n\n')
        t = '\n\n'.join(paras[:1] + paras[-4:])
    return t


# ---------------------------------------------------------------- messages
MSGS = []
KEYS = {}


class D:
    def __init__(self, name, title=None, email=None, aliases=()):
        self.name, self.title, self.email, self.aliases = name, title, email, list(aliases)

    def js(self):
        return {'name': self.name, 'aliases': self.aliases, 'title': self.title, 'email': self.email}


def msgid_host(key):
    srv = 'AM%dPR%02dMB%04d' % (hnum(key + 'a', 8), hnum(key + 'b', 99), hnum(key + 'c', 9999))
    return '%s.eurprd0%d.prod.outlook.com' % (srv, hnum(key, 8) + 1)


def _msgid(key, client, domain, dt):
    h = hashlib.sha256(key.encode()).hexdigest()
    if client == 'outlook':
        srv = 'AM%dPR%02dMB%04d' % (hnum(key + 'a', 8), hnum(key + 'b', 99), hnum(key + 'c', 9999))
        return '<%s%s@%s.eurprd0%d.prod.outlook.com>' % (srv, h[:20].upper(), srv, hnum(key, 8) + 1)
    if client == 'exchange':
        return '<%s@%s>' % (h[:32].upper(), domain)
    if client == 'gmail':
        b = base64.b64encode(bytes.fromhex(h[:48])).decode().replace('/', '_').replace('=', '')
        return '<CA%s@mail.gmail.com>' % b[:52]
    if client == 'tb':
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if client == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), domain)
    if client == 'lotus':
        return '<OF%s.%s-ON%s.%s@%s>' % (h[:8].upper(), h[8:16].upper(), h[16:24].upper(), h[24:32].upper(), domain)
    if client == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (hnum(key, 10 ** 9), hnum(key + 'y', 10 ** 7), hnum(key + 'z', 10 ** 9))
    if client == 'mailru':
        return '<%d.%s@f%d.i.mail.ru>' % (1565000000 + hnum(key, 10 ** 6), h[:16], hnum(key, 700))
    return '<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), h[:10], domain)


CLIENT_HDRS = {
    'outlook': ['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'x-ms-exchange-transport-fromentityheader: Hosted'],
    'exchange': ['X-Mailer: Microsoft Outlook 16.0', 'X-MS-Has-Attach: '],
    'gmail': [],
    'tb': ['User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\n Thunderbird/60.8.0'],
    'apple': ['X-Mailer: Apple Mail (2.3445.104.11)'],
    'lotus': ['X-Mailer: IBM Notes Release 9.0.1FP10 SHF383 May 28, 2019'],
    'yahoo': ['X-Mailer: WebService/1.1.14204 YMailNorrin'],
    'mailru': ['X-Mailer: Mail.Ru Mailer 1.0'],
    'other': [],
    'zimbra': ['X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC76 (Win)/8.8.12_GA_3794)'],
    'roundcube': ['User-Agent: Roundcube Webmail/1.3.8'],
    'foxmail': ['X-Mailer: Foxmail 7.2.13.365[cn]'],
    'coremail': ['X-Mailer: Coremail Webmail Server Version XT5.0.10 build 20190306(3a5c0a1c)'],
}


def _ip(key, private=False):
    a = hnum(key + 'ip1', 200) + 20
    b = hnum(key + 'ip2', 250)
    c = hnum(key + 'ip3', 250)
    d = hnum(key + 'ip4', 250) + 2
    if private:
        return '10.%d.%d.%d' % (hnum(key + 'p2', 250), hnum(key + 'p3', 250), hnum(key + 'p4', 250) + 2)
    return '%d.%d.%d.%d' % (a, b, c, d)


def _received(key, sender_domain, client, recv_dt, date_dt, itu, relay):
    hs = []
    qid = hx(key + 'q', 10).upper()
    if client == 'gmail':
        rhost = 'mail-wm1-f%d.google.com' % (40 + hnum(key, 30))
    elif client == 'outlook':
        rhost = 'EUR0%d-VE1-obe.outbound.protection.outlook.com' % (hnum(key, 5) + 1)
    elif client == 'yahoo':
        rhost = 'sonic%d-%d.consmr.mail.ne1.yahoo.com' % (hnum(key, 300), hnum(key + 'y', 40))
    elif client == 'mailru':
        rhost = 'smtp%d.mail.ru' % (hnum(key, 60))
    else:
        rhost = 'mail.%s' % sender_domain
    if itu == 'exchange':
        hs.append('Received: from CHGVA-EXHUB0%d.itu.int (10.9.%d.%d) by CHGVA-EXMB0%d.itu.int\n'
                  ' (10.9.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\n'
                  ' cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1779.2; %s'
                  % (hnum(key, 3) + 1, hnum(key, 9), hnum(key, 200), hnum(key + 'm', 4) + 1,
                     hnum(key + 'n', 9), hnum(key + 'n', 200), rfcdate(recv_dt)))
        mx_dt = recv_dt - timedelta(seconds=1 + hnum(key + 'd', 3))
        hs.append('Received: from %s (%s [%s])\n\tby mx%d.itu.int (Postfix) with ESMTPS id %s\n\tfor <sme@itu.int>; %s'
                  % (rhost, rhost, _ip(key), hnum(key, 2) + 1, qid, rfcdate(mx_dt)))
        last = mx_dt
    elif itu == 'utc':
        r = recv_dt.astimezone(timezone.utc)
        hs.append('Received: from %s ([%s])\n\tby mgw%d.itu.int with ESMTP id %s\n\tfor sme@itu.int; %s'
                  % (rhost, _ip(key), hnum(key, 2) + 1, qid.lower(), rfcdate(r)))
        last = recv_dt
    else:
        hs.append('Received: from %s (%s [%s])\n\tby mx%d.itu.int (Postfix) with ESMTPS id %s\n\tfor <sme@itu.int>; %s'
                  % (rhost, rhost, _ip(key), hnum(key, 2) + 1, qid, rfcdate(recv_dt)))
        last = recv_dt
    if relay:
        hs.append(relay)
    # sender side hop (only when it is not earlier than Date)
    inner = date_dt + timedelta(seconds=1 + hnum(key + 'i', 3))
    if inner < last:
        if client == 'gmail':
            hs.append('Received: by mail-wm1-f%d.google.com with SMTP id %s\n        for <sme@itu.int>; %s'
                      % (40 + hnum(key, 30), hx(key + 's', 14), rfcdate(inner.astimezone(tzof('-0700')))))
        elif client in ('outlook',):
            srv = msgid_host(key)
            hs.append('Received: from %s ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%5]) with mapi id 15.20.2136.%03d; %s'
                      % (srv, hnum(key + '1', 65535), hnum(key + '2', 65535), hnum(key + '3', 65535), hnum(key + '4', 65535),
                         srv, hnum(key + '1', 65535), hnum(key + '2', 65535), hnum(key + '3', 65535), hnum(key + '4', 65535),
                         hnum(key, 30), rfcdate(inner.astimezone(timezone.utc))))
        else:
            hs.append('Received: from [%s] (unknown [%s])\n\tby mail.%s with ESMTPSA id %s; %s'
                      % (_ip(key, True), _ip(key, True), sender_domain, hx(key + 'z', 8), rfcdate(inner)))
    return hs


def M(key, lang, kind, ms, tag, *, frm, subj, recv, body, date=None, tz=None, to=None, cc=None,
      client='exchange', dels=(), sess='', sup=None, irt=None, refs=None, extra=(), crlf=False,
      hcs='utf-8', henc='B', no_recv=False, itu='postfix', relay=None, reply_to=None, mid=None,
      rp=None, xlang=None, thread=True):
    assert key not in KEYS, key
    recv_dt = pdt(recv)
    if date:
        date_dt = pdt(date)
    else:
        back = timedelta(seconds=4 + hnum(key + 'back', 170))
        date_dt = (recv_dt - back).astimezone(tzof(tz or recv.split(' ')[-1]))
    dom = frm[1].split('@')[1]
    msgid = mid or _msgid(key, client, dom, date_dt)
    hs = []
    if rp is None:
        rp = frm[1]
    hs.append('Return-Path: <%s>' % rp)
    if not no_recv:
        hs.extend(_received(key, dom, client, recv_dt, date_dt, itu, relay))
    fromh = hdr_addrs('From', [frm], hcs, henc)
    toh = hdr_addrs('To', to or [('', 'sme@itu.int')], hcs, henc)
    subjh = hdr_text('Subject', subj, hcs, henc)
    if client in ('outlook', 'exchange'):
        hs += [fromh, toh]
        if cc:
            hs.append(hdr_addrs('CC', cc, hcs, henc))
        hs.append(subjh)
        if thread:
            tt = hdr_text('Thread-Topic', re.sub(r'^(?:(?:RE|Re|AW|TR|RV|Fwd|FW|RES|Fw|ОТВЕТ|Отв|回复|答复|رد)\s*:\s*)+', '', subj), hcs, henc)
            hs.append(tt)
            hs.append('Thread-Index: %s' % base64.b64encode(b'\x01\xd5' + bytes.fromhex(hx(key + 't', 40))).decode())
        hs.append('Date: %s' % rfcdate(date_dt))
        hs.append('Message-ID: %s' % msgid)
    else:
        hs.append('Date: %s' % rfcdate(date_dt))
        hs.append(fromh)
        hs.append(toh)
        if cc:
            hs.append(hdr_addrs('Cc', cc, hcs, henc))
        hs.append('Message-ID: %s' % msgid)
        hs.append(subjh)
    if reply_to:
        hs.append(hdr_addrs('Reply-To', [reply_to], hcs, henc))
    if irt:
        hs.append('In-Reply-To: %s' % irt)
    if refs:
        hs.append('References: %s' % '\n '.join(refs))
    if xlang:
        hs.append('Content-Language: %s' % xlang)
    hs.extend(CLIENT_HDRS.get(client, []))
    hs.extend(extra)
    hs.append('MIME-Version: 1.0')
    hs.extend(body.headers)
    raw = '\n'.join(hs).encode('ascii') + b'\n\n' + body.body
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    if not no_recv:
        ra = recv_dt
    else:
        ra = date_dt
    ra_utc = ra.astimezone(timezone.utc)
    late = None
    if kind in ('nomination', 'interest_only', 'correction'):
        late = ra > DEADLINE
    rec = dict(key=key, lang=lang, kind=kind, ms=ms, tag=tag, raw=raw, msgid=msgid,
               dels=list(dels), sess=[SESS[c] for c in sess], sup=sup,
               received_at=ra_utc.isoformat(), late=late)
    KEYS[key] = rec
    MSGS.append(rec)
    return rec


def MID(key):
    """Message-ID of an earlier message (for In-Reply-To / References)."""
    return KEYS[key]['msgid']


# ================================================================ English
ITU = ('SME', 'sme@itu.int')

_gbr1_top = """
Dear Mr Clark,

Thank you for the invitation to the consultation sessions on "Fostering tech and innovation SMEs".

The United Kingdom would be pleased to take part. Our participant for the first session in Budapest on 10 September will be Ms Harriet Okonjo-Blake, Head of International Digital Policy at the Department for Digital, Culture, Media and Sport (harriet.okonjo-blake@culture.gov.uk, +44 20 7211 6043).

We would also like to register our interest in the session planned alongside the Council Working Group meetings in early 2020; we will confirm the name nearer the time.

Kind regards,

Tom Ashworth
International Telecoms Policy
Department for Digital, Culture, Media and Sport
100 Parliament Street, London SW1A 2BQ
T: +44 20 7211 6188
"""
M('gbr1', 'en', 'nomination', 'GBR', 'outlook_quoted',
  frm=('Ashworth, Tom (DCMS)', 'tom.ashworth@culture.gov.uk'),
  subj='RE: ' + CSUBJ['en'], recv='2019-08-02 15:41:07 +0200', tz='+0100', client='outlook',
  body=ALT(_gbr1_top + outlook_quote(circ('en'), 'en', sent='23 July 2019 17:12',
                                      to='SME <sme@itu.int>', subj=CSUBJ['en']), lang='EN-GB'),
  dels=[D('Harriet Okonjo-Blake', 'Head of International Digital Policy', 'harriet.okonjo-blake@culture.gov.uk')],
  sess='BC')

M('gbr2', 'en', 'correction', 'GBR', 'outlook_replacement',
  frm=('Ashworth, Tom (DCMS)', 'tom.ashworth@culture.gov.uk'),
  subj='RE: CI-19/35 - UK participant for the Budapest consultation session (change)',
  recv='2019-08-28 10:03:55 +0200', tz='+0100', client='outlook', irt=MID('gbr1'), refs=[MID('gbr1')],
  body=ALT("""
Dear Christopher,

Further to my email of 2 August, I am afraid Harriet Okonjo-Blake is no longer able to travel to Budapest. In her place the UK will be represented by Mr Rupert Klein, Senior Policy Adviser, Digital Trade and International Team (rupert.klein@culture.gov.uk).

Our interest in the early-2020 session during the Council Working Group meetings is unchanged.

Apologies for the late change.

Best wishes,
Tom
""" + outlook_quote(_gbr1_top, 'en', frm='Ashworth, Tom (DCMS) <tom.ashworth@culture.gov.uk>',
                    sent='02 August 2019 14:39', to="'sme@itu.int' <sme@itu.int>", subj='RE: ' + CSUBJ['en']),
      lang='EN-GB'),
  dels=[D('Rupert Klein', 'Senior Policy Adviser, Digital Trade and International Team', 'rupert.klein@culture.gov.uk')],
  sess='BC', sup='gbr1')

M('usa1', 'en', 'nomination', 'USA', 'field_block_html',
  frm=('Lindqvist, Marta E', 'LindqvistME@state.gov'),
  subj='U.S. nomination - CI-19/35 SME consultation session, Budapest',
  recv='2019-08-15 21:14:40 +0200', tz='-0400', client='exchange',
  cc=[('Pike, Jonathan M (Geneva)', 'PikeJM@state.gov')],
  itu='exchange', crlf=True, body=ALT("""
Dear Colleagues,

On behalf of the United States, I am writing in response to Circular CI-19/35 to confirm our interest in the consultation session on "Fostering tech and innovation SMEs" at ITU Telecom World 2019 in Budapest on September 10.

The following officials will participate:

Name: Daniel R. Whitcombe
Title: Senior Advisor, Office of International Communications and Information Policy (EB/CIP)
Email: WhitcombeDR@state.gov

Name: Priya Raman-Ortiz
Title: Foreign Affairs Officer, EB/CIP
Email: Raman-OrtizP@state.gov

For logistics, please copy our Mission in Geneva (Mr. Jonathan Pike, PikeJM@state.gov).

Regards,

Marta E. Lindqvist
Deputy Director, Multilateral Affairs
Office of International Communications and Information Policy
U.S. Department of State

SENSITIVE BUT UNCLASSIFIED
""", lang='EN-US'),
  dels=[D('Daniel R. Whitcombe', 'Senior Advisor, Office of International Communications and Information Policy (EB/CIP)',
          'WhitcombeDR@state.gov'),
        D('Priya Raman-Ortiz', 'Foreign Affairs Officer, EB/CIP', 'Raman-OrtizP@state.gov')],
  sess='B')

M('ind1', 'en', 'nomination', 'IND', 'office_memo_obfuscated',
  frm=('DDG (IR), DoT', 'ddgir.dot@gov.in'),
  subj='Nomination for the Consultation Session on Fostering Tech and Innovation SMEs - reg.',
  recv='2019-08-09 13:22:10 +0200', tz='+0530', client='zimbra',
  body=T("""
No. 4-12/2019-IR
Government of India
Ministry of Communications
Department of Telecommunications
(International Relations Division)

Sanchar Bhawan, 20 Ashoka Road, New Delhi - 110001
Dated: 09.08.2019

To,
The ITU Secretariat,
Geneva.

Subject: ITU Circular CI-19/35 dated 23.07.2019 regarding Consultation sessions for Member
States on "Fostering tech and innovation SMEs" - nomination reg.

Sir,

I am directed to refer to the ITU Circular No. CI-19/35 dated 23rd July 2019 on the above
mentioned subject and to convey that the competent authority has approved the nomination of
Shri R. K. Venkataraman, Deputy Director General (International Relations), DoT, to
participate in the first consultation session to be held on 10th September 2019 during ITU
Telecom World 2019 at Budapest, Hungary.

2. The contact details of the nominated officer are as follows:
   E-mail: rk.venkat[at]gov[dot]in
   Tel: +91-11-2303 6512

3. This issues with the approval of the competent authority.

Yours faithfully,

(Anand Prakash Mishra)
Director (IR-II)
Tel: +91-11-2337 2141
""", 'us-ascii', '7bit'),
  dels=[D('R. K. Venkataraman', 'Deputy Director General (International Relations), DoT', 'rk.venkat@gov.in')],
  sess='B')

M('nga1', 'en', 'nomination', 'NGA', 'outlook_table',
  frm=('Yetunde Balogun', 'ybalogun@ncc.gov.ng'),
  subj='NCC Nomination: ITU Consultation Session on Fostering Tech and Innovation SMEs, Budapest',
  recv='2019-08-14 12:05:33 +0200', tz='+0100', client='outlook',
  cc=[('Ubong Ekanem', 'uekanem@ncc.gov.ng')],
  body=MP('mixed', ALT("""
Dear Sir,

RE: CI-19/35 - CONSULTATION SESSIONS FOR MEMBER STATES: "FOSTERING TECH AND INNOVATION SMEs"

The Nigerian Communications Commission (NCC), on behalf of the Federal Republic of Nigeria, wishes to express its interest in the above consultation sessions and hereby nominates the following officers to attend the first session holding on 10th September 2019 at ITU Telecom World 2019, Budapest:

| S/N | Name | Designation | Email | Phone
| 1 | Engr. Ubong A. Ekanem | Director, New Media & Information Security | uekanem@ncc.gov.ng | +234 803 555 0192
| 2 | Dr. (Mrs.) Folasade Adeyemi-Bakare | Deputy Director, Research & Development | fadeyemi-bakare@ncc.gov.ng | +234 805 555 0347
| 3 | Mr. Chinedu Okafor | Principal Manager, Special Duties (EVC's Office) | cokafor@ncc.gov.ng | +234 809 555 0716

Please accept the assurances of our highest regards.

Yours faithfully,

Mrs. Yetunde Balogun
Head, International Cooperation
For: Executive Vice Chairman/CEO
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
"""), ATT(fakepdf('nga1'), 'application/pdf', 'NCC_Nomination_CI-19-35.pdf')),
  dels=[D('Ubong A. Ekanem', 'Director, New Media & Information Security', 'uekanem@ncc.gov.ng'),
        D('Folasade Adeyemi-Bakare', 'Deputy Director, Research & Development', 'fadeyemi-bakare@ncc.gov.ng'),
        D('Chinedu Okafor', "Principal Manager, Special Duties (EVC's Office)", 'cokafor@ncc.gov.ng')],
  sess='B')

M('ken1', 'en', 'interest_only', 'KEN', 'zimbra_quoted',
  frm=('Wanjiru Kamau', 'wkamau@ca.go.ke'),
  subj='Re: ' + CSUBJ['en'], recv='2019-08-06 09:47:12 +0200', tz='+0300', client='zimbra',
  body=T("""
Dear Sir/Madam,

Kenya acknowledges receipt of Circular CI-19/35 and wishes to express its interest in participating in the consultation session on Fostering tech and innovation SMEs during ITU Telecom World 2019 in Budapest.

The name of our participant will be communicated once internal approvals are concluded.

Regards,

Wanjiru Kamau
Manager, International Liaison
Communications Authority of Kenya
CA Centre, Waiyaki Way, Nairobi
""" + gt_quote(circ('en', short=True), 'On 23/07/2019 17:12, SME wrote:'), 'utf-8', '8bit'),
  sess='B')

M('zaf1', 'en', 'nomination', 'ZAF', 'late_plain',
  frm=('Nomvula Dlamini', 'ndlamini@dtps.gov.za'),
  subj='Late nomination: South Africa - SME consultation session Budapest (CI-19/35)',
  recv='2019-08-20 16:30:02 +0200', client='exchange',
  body=T("""
Good day Mr Clark

Please accept our apologies for the late submission. The Department of Telecommunications and Postal Services wishes to nominate Mr Sipho Ndlovu, Chief Director: ICT SMME Development, to represent South Africa at the consultation session on 10 September in Budapest.

Mr Ndlovu can be reached at sndlovu@dtps.gov.za or on +27 12 427 8000.

Kind regards
Nomvula Dlamini
Deputy Director: International Affairs and Trade
Department of Telecommunications and Postal Services
iParioli Office Park, 1166 Park Street, Hatfield, Pretoria

Disclaimer: This message may contain information which is confidential, private or privileged in nature. If you are not the intended recipient, you may not peruse, use, disseminate, distribute or copy this message.
""", 'us-ascii', '7bit'),
  dels=[D('Sipho Ndlovu', 'Chief Director: ICT SMME Development', 'sndlovu@dtps.gov.za')], sess='B')

M('aus1', 'en', 'decline', 'AUS', 'outlook_decline',
  frm=('Tan, Gregory', 'Gregory.Tan@communications.gov.au'),
  subj='RE: ' + CSUBJ['en'] + ' [SEC=UNCLASSIFIED]', recv='2019-08-12 03:15:44 +0200', tz='+1000',
  client='outlook',
  body=ALT("""
UNCLASSIFIED

Dear Mr Clark

Thank you for the invitation to participate in the consultation sessions on fostering tech and innovation SMEs.

Unfortunately Australia will not be in a position to send a representative to the session in Budapest on 10 September. We would be grateful to be kept informed of the outcomes and of any future sessions.

Kind regards

Gregory Tan
Assistant Director | International Engagement
Department of Communications and the Arts
GPO Box 2154, Canberra ACT 2601
""" + outlook_quote(circ('en', short=True), 'en', sent='Tuesday, 23 July 2019 5:12 PM', subj=CSUBJ['en']),
      lang='EN-AU'))

M('sgp1', 'en', 'nomination', 'SGP', 'note_verbale_crlf',
  frm=('SINGPM GVA (MFA)', 'singpm_gva@mfa.gov.sg'),
  subj='Note Verbale: Nomination for ITU Consultation Session on Fostering Tech and Innovation SMEs',
  recv='2019-08-13 11:20:19 +0200', client='exchange', crlf=True,
  body=MP('mixed', T("""
Dear Sir/Madam,

Please find attached Note Verbale No. GEN/ITU/2019/087 from the Permanent Mission of the Republic of Singapore. The text is reproduced below for your convenience.

---
The Permanent Mission of the Republic of Singapore to the United Nations Office and other International Organisations in Geneva presents its compliments to the Secretariat of the International Telecommunication Union and, with reference to the latter's Circular Letter CI-19/35 dated 23 July 2019, has the honour to inform that Ms Tan Hui Min (陈慧敏), Deputy Director (International), Infocomm Media Development Authority (IMDA), will participate in the consultation session to be held on 10 September 2019 in Budapest. Her e-mail address is tan_hui_min@imda.gov.sg.

The Permanent Mission of the Republic of Singapore to the United Nations Office and other International Organisations in Geneva avails itself of this opportunity to renew to the Secretariat of the International Telecommunication Union the assurances of its highest consideration.

Geneva, 13 August 2019
---

Best regards,
Jasmine Koh (Ms)
First Secretary
Permanent Mission of the Republic of Singapore, Geneva
"""), ATT(fakepdf('sgp1'), 'application/pdf', 'NV_GEN-ITU-2019-087.pdf')),
  dels=[D('Tan Hui Min', 'Deputy Director (International), Infocomm Media Development Authority (IMDA)',
          'tan_hui_min@imda.gov.sg', ['陈慧敏'])],
  sess='B')

M('phl1', 'en', 'nomination', 'PHL', 'gmail_selfnom',
  frm=('Mark Anthony Villanueva', 'markavillanueva.ph@gmail.com'),
  subj='Self-nomination - SME Consultation Session Budapest', recv='2019-08-16 17:55:40 +0200', tz='+0800',
  client='gmail',
  body=ALT("""
Dear ITU Secretariat,

Good day!

I am Engr. Mark Anthony D. Villanueva, OIC-Division Chief of the ICT Industry Development Bureau, Department of Information and Communications Technology (DICT) Philippines. As the focal person for our SME digitalization programs, I would like to signify the interest of the Philippines and nominate myself for the consultation session on Fostering Tech and Innovation SMEs on 10 September 2019 in Budapest.

My official email is mark.villanueva@dict.gov.ph, but our government mail server is having intermittent issues, so please also copy this Gmail address.

The endorsement letter from our Undersecretary will follow through our Permanent Mission in Geneva.

Thank you very much and more power!

Respectfully,
--
Mark Anthony D. Villanueva
DICT - ICT Industry Development Bureau
C.P. Garcia Ave., Diliman, Quezon City
+63 917 555 3921
""", style='gmail'),
  dels=[D('Mark Anthony D. Villanueva', 'OIC-Division Chief of the ICT Industry Development Bureau',
          'mark.villanueva@dict.gov.ph', ['Mark Anthony Villanueva'])],
  sess='B')

M('irl1', 'en', 'interest_only', 'IRL', 'wsis_only',
  frm=('Aoife Brennan', 'Aoife.Brennan@dccae.gov.ie'),
  subj='CI-19/35 - Ireland', recv='2019-08-08 12:40:00 +0200', tz='+0100', client='exchange',
  body=ALT("""
Dear Mr Clark,

Thank you for Circular CI-19/35. Ireland is not in a position to attend the first consultation session in Budapest, as the dates clash with other commitments.

We would, however, be very interested in taking part in the session that is planned during the WSIS Forum 2020 in Geneva, and would be grateful if you could keep us on the list for that one. A nominee will be confirmed closer to the time.

Is mise le meas,

Aoife Brennan
Higher Executive Officer
International Telecoms Policy
Department of Communications, Climate Action and Environment
29-31 Adelaide Road, Dublin 2, D02 X285
""", lang='EN-IE'),
  sess='W')

M('gha1', 'en', 'nomination', 'GHA', 'prose_two',
  frm=('Ernestina Quaye', 'equaye@nca.org.gh'),
  subj="RE: CI-19/35 – Nomination of Ghana's Representatives", recv='2019-08-05 14:12:44 +0200', tz='+0000',
  client='outlook',
  itu='utc', body=ALT("""
Dear Sir,

The National Communications Authority (NCA), Ghana, acknowledges with thanks Circular CI-19/35 and is pleased to nominate Mrs. Abena Serwaa Ofori-Atta, Deputy Director, Regulatory Administration, and Mr. Kwabena Asante-Mensah, Principal Manager, Industry Development, to participate in the consultation session in Budapest. The same officers will also represent Ghana at the session planned for the WSIS Forum 2020.

Their email addresses are aofori-atta@nca.org.gh and kasante-mensah@nca.org.gh respectively.

Kindly direct all correspondence through the undersigned.

Yours faithfully,

Ernestina Quaye (Ms.)
For: Director General
National Communications Authority
1 Rangoon Close, Cantonments, Accra
"""),
  dels=[D('Abena Serwaa Ofori-Atta', 'Deputy Director, Regulatory Administration', 'aofori-atta@nca.org.gh'),
        D('Kwabena Asante-Mensah', 'Principal Manager, Industry Development', 'kasante-mensah@nca.org.gh')],
  sess='BW')

M('uga1', 'en', 'inquiry', 'UGA', 'questions',
  frm=('Robert Ssempala', 'rssempala@ucc.co.ug'),
  subj='Query: CI-19/35 consultation session in Budapest', recv='2019-07-30 10:05:29 +0200', tz='+0300',
  client='tb',
  body=T("""
Dear Sir/Madam,

Reference is made to Circular CI-19/35 of 23 July 2019.

Before we nominate a participant, may we kindly seek clarification on the following:

1. Does participation in the consultation session of 10 September require a paid
   registration for ITU Telecom World 2019, or will Member State delegates be admitted
   free of charge?
2. Are there any fellowships available for participants from LDCs?
3. Will remote participation be possible?

We look forward to your guidance.

Best regards,
Robert Ssempala
Senior Officer, Multilateral Affairs
Uganda Communications Commission
Plot 42-44 Spring Road, Bugolobi, Kampala
""", 'us-ascii', '7bit', flowed=True))

M('nasscom1', 'en', 'nomination', None, 'association',
  frm=('Kavita Menon', 'kavita.menon@nasscom.in'),
  subj='Participation in ITU consultation session - Fostering tech and innovation SMEs',
  recv='2019-08-07 08:15:00 +0200', tz='+0530', client='outlook',
  body=ALT("""
Dear Mr. Clark,

We understand from our colleagues at the Department of Telecommunications that ITU is organising a consultation session on fostering tech and innovation SMEs at ITU Telecom World in Budapest.

NASSCOM, which represents more than 2,800 member companies including a large number of tech start-ups and SMEs, would be keen to contribute the industry perspective. We would like to nominate Mr. Arjun Bhattacharya, Head - SME Council, NASSCOM (arjun.b@nasscom.in) to join the session on 10 September.

Please let us know whether participation is open to industry associations that are not ITU Member States.

Warm regards,
Kavita Menon
Director, Global Trade Development
NASSCOM
Plot 7-10, Sector 126, Noida 201303, India
"""),
  dels=[D('Arjun Bhattacharya', 'Head - SME Council, NASSCOM', 'arjun.b@nasscom.in')], sess='B')

M('nzl_ooo', 'en', 'auto_reply', None, 'out_of_office',
  frm=('Hannah Ruatapu', 'Hannah.Ruatapu@mbie.govt.nz'),
  subj='Automatic reply: ' + CSUBJ['en'], recv='2019-07-23 17:20:05 +0200', tz='+1200', client='exchange',
  rp='', extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], thread=False,
  body=ALT("""
Kia ora,

I am out of the office until Monday 12 August with limited access to email.

For matters relating to the ITU, please contact Sarah Whitfield (sarah.whitfield@mbie.govt.nz, +64 4 901 3472).

Ngā mihi,
Hannah Ruatapu
Senior Policy Advisor, Communications Policy
Ministry of Business, Innovation & Employment
""", lang='EN-NZ'))

_circ_hdrs_bz = """Return-Path: <sme@itu.int>
Received: from mx1.itu.int (mx1.itu.int [156.106.192.10])
	by smtp.gov.bz (Postfix) with ESMTPS id 4A1B92C0F3
	for <ict.policy@gov.bz>; Tue, 23 Jul 2019 11:14:02 -0600 (CST)
From: SME <sme@itu.int>
To: ict.policy@gov.bz
Subject: CI-19/35: Consultation sessions for Member States: "Fostering tech
 and innovation SMEs"
Date: Tue, 23 Jul 2019 17:12:44 +0200
Message-ID: <5d3724ac.CI1935.0117@itu.int>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="circ_0117"
"""
M('bounce_bz', 'en', 'bounce', None, 'postfix_dsn',
  frm=('Mail Delivery System', 'MAILER-DAEMON@smtp.gov.bz'),
  subj='Undelivered Mail Returned to Sender', recv='2019-07-23 19:14:09 +0200', tz='-0600', client='other',
  rp='', extra=['Auto-Submitted: auto-replied'],
  body=MP('report', T("""
This is the mail system at host smtp.gov.bz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ict.policy@gov.bz>: host mail.gov.bz[172.16.4.10] said: 550 5.1.1
    <ict.policy@gov.bz>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""", 'us-ascii', '7bit'), DSN("""
Reporting-MTA: dns; smtp.gov.bz
X-Postfix-Queue-ID: 4A1B92C0F3
X-Postfix-Sender: rfc822; sme@itu.int
Arrival-Date: Tue, 23 Jul 2019 11:14:02 -0600 (CST)

Final-Recipient: rfc822; ict.policy@gov.bz
Original-Recipient: rfc822;ict.policy@gov.bz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.gov.bz
Diagnostic-Code: smtp; 550 5.1.1 <ict.policy@gov.bz>: Recipient address
    rejected: User unknown in virtual mailbox table
"""), HEADERS_PART(_circ_hdrs_bz.encode()), style='other', extra_ct=' report-type=delivery-status;'))


def circ_message(lang, to, mid, date='Tue, 23 Jul 2019 17:12:44 +0200', cs='utf-8'):
    body = T(circ(lang), cs, 'quoted-printable')
    hs = ['From: SME <sme@itu.int>', 'To: %s' % to, hdr_text('Subject', CSUBJ[lang], cs), 'Date: %s' % date,
          'Message-ID: %s' % mid, 'MIME-Version: 1.0'] + body.headers
    return ('\n'.join(hs) + '\n\n').encode('ascii') + body.body


M('bounce_ls', 'en', 'bounce', None, 'exchange_ndr',
  frm=('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mcst.gov.ls'),
  to=[('SME', 'sme@itu.int')],
  subj='Undeliverable: ' + CSUBJ['en'], recv='2019-07-24 08:02:51 +0200', client='exchange', rp='',
  thread=False, extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '],
  body=MP('report',
          MP('alternative', T("""
Delivery has failed to these recipients or groups:

ps.communications@mcst.gov.ls
The email address you entered couldn't be found. Please check the recipient's email address and try to send the message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: MCSTEXCH01.mcst.gov.ls

ps.communications@mcst.gov.ls
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: SME <sme@itu.int>
Subject: CI-19/35: Consultation sessions for Member States
Date: Tue, 23 Jul 2019 17:12:44 +0200
Message-ID: <5d3724ac.CI1935.0208@itu.int>
""", 'us-ascii', 'quoted-printable'), H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:ps.communications@mcst.gov.ls">ps.communications@mcst.gov.ls</a><br>
The email address you entered couldn't be found. Please check the recipient's email address and try to send the message again. If the problem continues, please contact your helpdesk.<br></p></font>
<p><font color="#808080" size="2" face="Tahoma">Diagnostic information for administrators:</font></p>
<p><font color="#808080" size="2" face="Tahoma">Generating server: MCSTEXCH01.mcst.gov.ls<br><br>
ps.communications@mcst.gov.ls<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'<br></font></p>
</body></html>""", 'us-ascii'), style='ms'),
          DSN("""
Reporting-MTA: dns;MCSTEXCH01.mcst.gov.ls
Received-From-MTA: dns;mx1.itu.int
Arrival-Date: Wed, 24 Jul 2019 06:02:49 +0000

Final-Recipient: rfc822;ps.communications@mcst.gov.ls
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
          RFC822(circ_message('en', 'ps.communications@mcst.gov.ls', '<5d3724ac.CI1935.0208@itu.int>')),
          style='ms', extra_ct=' report-type=delivery-status;'))

M('spam_interp', 'en', 'unrelated', None, 'vendor_newsletter',
  frm=('Lingua Events Team', 'news@linguaevents-mail.com'),
  subj='Exclusive offer: interpretation & booth packages for your Telecom World 2019 side events',
  recv='2019-08-01 06:44:13 +0200', tz='+0100', client='other', rp='bounce-7731-sme=itu.int@linguaevents-mail.com',
  extra=['List-Unsubscribe: <mailto:unsubscribe@linguaevents-mail.com?subject=unsub-7731>',
         'Precedence: bulk'],
  body=ALT("""
Dear Delegate,

Are you organising a side event, consultation session or bilateral meeting at ITU Telecom World 2019 in Budapest?

Lingua Events offers turnkey simultaneous interpretation (EN, FR, ES, RU, AR, ZH), portable booths and remote interpreting platforms, with 15% off for government delegations booking before 31 August.

Book a free call with our events team today: bookings@linguaevents-mail.com

Best regards,
The Lingua Events Team

You are receiving this e-mail because you registered for one of our webinars. Unsubscribe | Privacy policy
""", style='gmail', font='Helvetica,Arial,sans-serif'))

M('zmb1', 'en', 'nomination', 'ZMB', 'minister_led',
  frm=('Mwila Kasonde', 'mkasonde@mtc.gov.zm'),
  subj='Zambia: Nomination to ITU Consultation Session on Tech and Innovation SMEs',
  recv='2019-08-16 23:41:52 +0200', client='exchange',
  itu='exchange', body=T("""
Dear Sir/Madam,

Zambia is pleased to confirm its participation in the consultation session on "Fostering tech and innovation SMEs" scheduled for 10th September 2019 in Budapest.

The delegation will be led by Hon. Kabwe Mwansa, MP, Minister of Transport and Communications, who will be accompanied by Ms. Chanda Mulenga-Phiri, Director - ICT Development, Zambia Information and Communications Technology Authority (ZICTA), email: cmulenga-phiri@zicta.zm.

Protocol matters for the Honourable Minister should be coordinated with the Zambian Permanent Mission in Geneva through Mr. Lubinda Sakala, First Secretary (lsakala@zambiamission.ch).

Yours faithfully,

Mwila Kasonde
for/PERMANENT SECRETARY (COMMUNICATIONS)
MINISTRY OF TRANSPORT AND COMMUNICATIONS
""", 'us-ascii', 'quoted-printable'),
  dels=[D('Kabwe Mwansa', 'Minister of Transport and Communications'),
        D('Chanda Mulenga-Phiri', 'Director - ICT Development, Zambia Information and Communications Technology Authority (ZICTA)',
          'cmulenga-phiri@zicta.zm')],
  sess='B')

M('rwa1', 'en', 'nomination', 'RWA', 'mission_forward',
  frm=('Rwanda Mission Geneva', 'ambageneve@minaffet.gov.rw'),
  subj='Fwd: Nomination - ITU SME consultation Budapest', recv='2019-08-12 16:20:00 +0200', client='gmail',
  body=ALT("""
Dear Mr. Clark,

Please find below, for your action, the nomination received from the Rwanda Utilities Regulatory Authority (RURA).

Best regards,
Claudine Uwimana
Counsellor
Permanent Mission of the Republic of Rwanda, Geneva

---------- Forwarded message ---------
From: Eric Habimana <eric.habimana@rura.rw>
Date: Mon, 12 Aug 2019 at 11:02
Subject: Nomination - ITU SME consultation Budapest
To: Rwanda Mission Geneva <ambageneve@minaffet.gov.rw>

Dear Counsellor,

Following ITU Circular CI-19/35, RURA kindly requests the Mission to transmit to ITU the nomination of Ms. Diane Mukamana, Head of ICT Department, RURA (diane.mukamana@rura.rw), for the consultation session in Budapest on 10 September 2019. She will also follow up the subsequent sessions in Geneva in 2020.

Regards,
Eric Habimana
Director, International Cooperation
""", style='gmail'),
  dels=[D('Diane Mukamana', 'Head of ICT Department, RURA', 'diane.mukamana@rura.rw')], sess='BCW')

M('jam1', 'en', 'nomination', 'JAM', 'two_addresses',
  frm=('Kerry-Ann Morgan', 'kerry-ann.morgan@mset.gov.jm'),
  subj='Jamaica - CI-19/35', recv='2019-08-16 03:05:12 +0200', tz='-0500', client='outlook',
  body=ALT("""
Good evening,

Jamaica wishes to participate in the consultation session in Budapest on September 10 and in the WSIS Forum 2020 session.

Our nominee is Devon A. Campbell, Senior Director, ICT Policy, Ministry of Science, Energy and Technology.
Email: devon.campbell@mset.gov.jm (alternate: dacampbell.jm@gmail.com while travelling)
Tel: +1 876 929 8990

Regards
Kerry-Ann Morgan (Ms)
Policy Analyst, ICT Policy Unit
MSET | PCJ Building, 36 Trafalgar Road, Kingston 10
"""),
  dels=[D('Devon A. Campbell', 'Senior Director, ICT Policy', 'devon.campbell@mset.gov.jm')], sess='BW')

M('mus1', 'en', 'inquiry', 'MUS', 'undecided_question',
  frm=('Ashvin Ramgoolam', 'aramgoolam@govmu.org'),
  subj='CI-19/35 - query from Mauritius', recv='2019-08-14 07:58:31 +0200', tz='+0400', client='outlook',
  body=ALT("""
Dear Sir/Madam,

The Ministry of Technology, Communication and Innovation is still considering whether Mauritius will be represented at the consultation session in Budapest.

To help us decide, could you please let us know whether the session will be webcast or offer remote participation, and whether a draft agenda is available? We note from the circular that a detailed agenda is to follow.

Thank you in advance.

Ashvin Ramgoolam
Assistant Permanent Secretary
Ministry of Technology, Communication and Innovation
Port Louis
"""))


# ================================================================ French
_fra1_top = """
Monsieur,

En réponse à la lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire savoir que la France souhaite participer à la première séance de consultation « Promouvoir les PME du secteur de la technologie et de l'innovation », qui se tiendra le 10 septembre 2019 à Budapest en marge d'ITU Telecom World 2019.

La France y sera représentée par M. Jean-Baptiste LEFÈVRE, chef du bureau des affaires internationales et européennes du numérique à la Direction générale des entreprises (jean-baptiste.lefevre@finances.gouv.fr ; +33 1 79 84 32 10).

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Claire DUMAS
Chargée de mission affaires multilatérales
Service de l'économie numérique
Direction générale des entreprises
Ministère de l'Économie et des Finances
61, boulevard Vincent Auriol – 75703 Paris Cedex 13
"""
M('fra1', 'fr', 'nomination', 'FRA', 'outlook_quoted',
  frm=('DUMAS Claire', 'claire.dumas@finances.gouv.fr'),
  subj='RE: ' + CSUBJ['fr'] + ' - participation de la France', recv='2019-08-02 11:05:40 +0200',
  client='exchange', henc='Q', hcs='iso-8859-1',
  itu='exchange', body=ALT(_fra1_top + outlook_quote(circ('fr'), 'fr', sent='mardi 23 juillet 2019 17:12',
                                      to='SME <sme@itu.int>', subj=CSUBJ['fr']),
           cs='windows-1252', lang='FR'),
  dels=[D('Jean-Baptiste LEFÈVRE', 'chef du bureau des affaires internationales et européennes du numérique',
          'jean-baptiste.lefevre@finances.gouv.fr')], sess='B')

M('fra2', 'fr', 'correction', 'FRA', 'outlook_added_delegate',
  frm=('DUMAS Claire', 'claire.dumas@finances.gouv.fr'),
  subj='TR: RE: CI-19/35 - participation de la France - complément', recv='2019-08-09 16:47:02 +0200',
  client='exchange', henc='Q', hcs='iso-8859-1', refs=[MID('fra1')],
  itu='exchange', body=ALT("""
Monsieur,

Je reviens vers vous au sujet de notre courriel du 2 août dernier (ci-dessous). La composition de la délégation française pour la séance de Budapest du 10 septembre est modifiée comme suit :

- M. Jean-Baptiste LEFÈVRE, chef du bureau des affaires internationales et européennes du numérique, DGE (jean-baptiste.lefevre@finances.gouv.fr) ;
- Mme Sophie NGUYEN-ROUSSEL, adjointe au chef du bureau « Financement et développement des PME », DGE (sophie.nguyen-roussel@finances.gouv.fr).

Par ailleurs, la Mission permanente de la France à Genève suivra les deux séances prévues à Genève en 2020 (Groupes de travail du Conseil et Forum du SMSI) ; le nom de son représentant vous sera communiqué ultérieurement.

Bien cordialement,

Claire DUMAS
DGE/SEN – Affaires multilatérales
""" + outlook_quote(_fra1_top, 'fr', frm='DUMAS Claire <claire.dumas@finances.gouv.fr>',
                    sent='vendredi 2 août 2019 11:04', to="'sme@itu.int'",
                    subj='RE: ' + CSUBJ['fr'] + ' - participation de la France'),
           cs='windows-1252', lang='FR'),
  dels=[D('Jean-Baptiste LEFÈVRE', 'chef du bureau des affaires internationales et européennes du numérique, DGE',
          'jean-baptiste.lefevre@finances.gouv.fr'),
        D('Sophie NGUYEN-ROUSSEL', 'adjointe au chef du bureau « Financement et développement des PME », DGE',
          'sophie.nguyen-roussel@finances.gouv.fr')],
  sess='BCW', sup='fra1')

M('sen1', 'fr', 'nomination', 'SEN', 'latin1_two_sessions',
  frm=('Cooperation ARTP', 'cooperation@artpsenegal.sn'),
  subj='Désignation - Séances de consultation UIT sur les PME technologiques (CI-19/35)',
  recv='2019-08-07 18:21:16 +0200', tz='+0000', client='lotus', hcs='iso-8859-1', henc='Q',
  body=T("""
Monsieur le Secrétaire général,

Faisant suite à votre lettre circulaire CI-19/35 du 23 juillet 2019, l'Autorité de Régulation des Télécommunications et des Postes (ARTP) du Sénégal a l'honneur de vous confirmer l'intérêt du Sénégal pour la série de séances de consultation « Promouvoir les PME du secteur de la technologie et de l'innovation ».

Ont été désignés :
  - pour la première séance, le 10 septembre 2019 à Budapest : M. Mamadou Lamine DIOP, Chef de la Division Concurrence et Prospective, mamadou.diop@artpsenegal.sn ;
  - pour la séance prévue lors du Forum du SMSI 2020 : Mme Awa NDIAYE SECK, Conseillère technique du Directeur général, awa.ndiaye@artpsenegal.sn.

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de notre haute considération.

Pour le Directeur général et par délégation,
Le Directeur de la Coopération internationale
Ibrahima Sory FALL
""", 'iso-8859-1', 'quoted-printable'),
  dels=[D('Mamadou Lamine DIOP', 'Chef de la Division Concurrence et Prospective', 'mamadou.diop@artpsenegal.sn'),
        D('Awa NDIAYE SECK', 'Conseillère technique du Directeur général', 'awa.ndiaye@artpsenegal.sn')],
  sess='BW')

M('civ1', 'fr', 'interest_only', 'CIV', 'name_later',
  frm=('KONAN Yao Serge', 'skonan@artci.ci'),
  subj='RE: CI-19/35 - Intérêt de la Côte d\'Ivoire', recv='2019-08-15 10:12:00 +0200', tz='+0000',
  client='outlook',
  body=ALT("""
Bonjour,

L'Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI) accuse réception de la lettre circulaire CI-19/35 et vous remercie pour cette invitation.

La Côte d'Ivoire est intéressée par la séance de consultation du 10 septembre 2019 à Budapest. Le nom de notre participant vous sera communiqué dès que possible.

Cordialement,

KONAN Yao Serge
Sous-Directeur de la Coopération Internationale
ARTCI – Marcory Anoumabo, Abidjan
Tél. : +225 20 34 43 00
""", lang='FR'),
  sess='B')

M('bel1', 'fr', 'decline', 'BEL', 'outlook_decline',
  frm=('Lambert Nathalie', 'nathalie.lambert@ibpt.be'),
  subj='RE: ' + CSUBJ['fr'], recv='2019-08-13 09:30:11 +0200', client='outlook',
  body=ALT("""
Madame, Monsieur,

Nous vous remercions pour votre invitation. La Belgique ne sera malheureusement pas représentée à la séance de consultation de Budapest le 10 septembre prochain, aucun membre de notre délégation ne participant à ITU Telecom World cette année.

Nous suivrons néanmoins avec intérêt les résultats de ces consultations.

Bien à vous,

Nathalie Lambert
Conseillère – Relations internationales
Institut belge des services postaux et des télécommunications (IBPT)
Boulevard du Roi Albert II 35, 1030 Bruxelles
""" + outlook_quote(circ('fr', short=True), 'fr', sent='mardi 23 juillet 2019 17:12', subj=CSUBJ['fr']),
           lang='FR-BE'))

M('che1', 'fr', 'nomination', 'CHE', 'self_signature_cp1252',
  frm=('Perrin Nicolas BAKOM', 'nicolas.perrin@bakom.admin.ch'),
  subj='AW: ' + CSUBJ['fr'], recv='2019-08-01 14:02:33 +0200', client='exchange', hcs='windows-1252', henc='Q',
  body=T("""
Monsieur Clark,

Je vous remercie de votre lettre circulaire. L'OFCOM participera volontiers à cette série de consultations : je serai moi-même présent à la séance de Budapest le 10 septembre, et la Suisse prendra également part aux séances prévues à Genève en 2020, lors des réunions des Groupes de travail du Conseil et du Forum du SMSI.

Avec mes meilleures salutations,

Nicolas Perrin
Conseiller, Affaires internationales
Office fédéral de la communication OFCOM
Rue de l'Avenir 44, 2501 Bienne
Tél. +41 58 460 55 12
nicolas.perrin@bakom.admin.ch
www.ofcom.admin.ch
""", 'windows-1252', 'quoted-printable'),
  dels=[D('Nicolas Perrin', 'Conseiller, Affaires internationales', 'nicolas.perrin@bakom.admin.ch')], sess='BCW')

M('cmr1', 'fr', 'nomination', 'CMR', 'yahoo_late_private',
  frm=('Jean-Claude Essomba', 'jcessomba2000@yahoo.fr'),
  subj='DESIGNATION CAMEROUN - SEANCE DE CONSULTATION UIT BUDAPEST', recv='2019-08-19 13:45:20 +0200',
  tz='+0100', client='yahoo',
  body=ALT("""
Monsieur le Secrétaire Général,

J'ai l'honneur de porter à votre connaissance que, suite à votre correspondance CI-19/35 du 23 juillet 2019, le Ministre des Postes et Télécommunications a désigné Monsieur ESSOMBA NKOLO Jean-Claude, Sous-Directeur de la Promotion des TIC au MINPOSTEL, pour représenter le Cameroun à la séance de consultation du 10 septembre 2019 à Budapest.

Veuillez excuser le retard de cette correspondance, dû à des difficultés techniques de notre messagerie officielle (jc.essomba@minpostel.gov.cm).

Veuillez agréer, Monsieur le Secrétaire Général, l'expression de ma haute considération.

ESSOMBA NKOLO Jean-Claude
Sous-Directeur de la Promotion des TIC
Ministère des Postes et Télécommunications (MINPOSTEL)
Yaoundé – Cameroun
Tél. : (+237) 699 55 12 48
""", style='gmail', mstyle='other', font='Helvetica Neue, Helvetica, Arial, sans-serif'),
  dels=[D('ESSOMBA NKOLO Jean-Claude', 'Sous-Directeur de la Promotion des TIC', 'jc.essomba@minpostel.gov.cm',
          ['Jean-Claude Essomba'])], sess='B')

M('tun1', 'fr', 'nomination', 'TUN', 'two_addresses',
  frm=('Sonia Ben Salah', 'sonia.bensalah@mtcen.gov.tn'),
  subj='Participation de la Tunisie – séances de consultation PME (CI-19/35)', recv='2019-08-12 10:20:00 +0200',
  tz='+0100', client='zimbra',
  itu='utc', body=T("""
Monsieur,

Suite à la lettre circulaire CI-19/35, j'ai le plaisir de vous informer que le Ministère des Technologies de la Communication et de l'Économie Numérique désigne Mme Hela Ben Amor Gharbi, Directrice générale de l'Économie numérique, de l'Investissement et de l'Exportation, pour participer à la première séance de consultation à Budapest.

Coordonnées :
Courriel : hela.benamor@mtcen.gov.tn / h.benamor.gharbi@gmail.com
Tél. : +216 71 359 000

Cordialement,
Sonia Ben Salah
Chargée de la coopération internationale
Ministère des Technologies de la Communication et de l'Économie Numérique
""", 'utf-8', '8bit'),
  dels=[D('Hela Ben Amor Gharbi', "Directrice générale de l'Économie numérique, de l'Investissement et de l'Exportation",
          'hela.benamor@mtcen.gov.tn')], sess='B')

M('mdg1', 'fr', 'inquiry', 'MDG', 'funding_question',
  frm=('RAKOTOMALALA Hery', 'hery.rakotomalala@artec.mg'),
  subj='Demande de précisions - CI-19/35', recv='2019-08-02 08:12:40 +0200', tz='+0300', client='tb',
  body=T("""
Bonjour Monsieur Clark,

Nous avons bien reçu la lettre circulaire CI-19/35. Avant de procéder à la désignation de notre participant, pourriez-vous nous préciser si l'UIT prend en charge les frais de voyage et de séjour des participants des pays les moins avancés pour la séance de Budapest ? Par ailleurs, la participation à la séance donne-t-elle accès à l'exposition ITU Telecom World ?

Dans l'attente de votre réponse, veuillez recevoir nos salutations distinguées.

RAKOTOMALALA Hery
Service des Relations Internationales
Autorité de Régulation des Technologies de Communication (ARTEC)
Antananarivo
""", 'utf-8', '8bit', flowed=True))

M('hti1', 'fr', 'nomination', 'HTI', 'obfuscated_at',
  frm=('CONATEL - Direction Generale', 'dg@conatel.gouv.ht'),
  subj='Participation Haïti - séance de consultation du 10 septembre', recv='2019-08-16 19:30:00 +0200',
  tz='-0400', client='gmail',
  body=ALT("""
Monsieur,

Le Conseil National des Télécommunications (CONATEL) a le plaisir de vous informer que la République d'Haïti prendra part à la séance de consultation de Budapest du 10 septembre 2019.

Notre représentant sera l'ingénieur Jean-Robert MOÏSE, Directeur des Affaires Techniques.
Adresse électronique : jrmoise (at) conatel.gouv.ht

Salutations distinguées,

Pour le Directeur Général
Marie-Carmelle Jean-Baptiste
Secrétariat de Direction
""", style='gmail'),
  dels=[D('Jean-Robert MOÏSE', 'Directeur des Affaires Techniques', 'jrmoise@conatel.gouv.ht')], sess='B')

M('mar_ooo', 'fr', 'auto_reply', None, 'absence',
  frm=('Hamza El Idrissi', 'h.elidrissi@anrt.ma'),
  subj='Réponse automatique : ' + CSUBJ['fr'], recv='2019-07-23 17:14:02 +0200', tz='+0100', client='exchange',
  rp='', thread=False, extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
  body=T("""
Bonjour,

Je suis actuellement en congé jusqu'au 26 août 2019, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter Mme Salma Bennani (s.bennani@anrt.ma).

Cordialement,
Hamza El Idrissi
""", 'iso-8859-1', 'quoted-printable'))

M('arcep_news', 'fr', 'unrelated', None, 'newsletter_html_only',
  frm=("La lettre de l'Arcep", 'lettre@arcep.fr'),
  subj="La lettre de l'Arcep – juillet 2019 : 5G, couverture mobile, neutralité du net",
  recv='2019-07-29 10:00:03 +0200', client='other', rp='bounces+2041@lettre.arcep.fr',
  extra=['List-Unsubscribe: <https://lettre.arcep.fr/desinscription?u=2041>', 'Precedence: bulk'],
  body=H("""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La lettre de l'Arcep</title>
<style>body{font-family:Arial,sans-serif;color:#222} h2{color:#00397f}</style></head>
<body>
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h2>La lettre de l&#39;Arcep &#8211; juillet 2019</h2>
<p><b>5G :</b> l&#39;Arcep publie les modalit&eacute;s d&#39;attribution des fr&eacute;quences de la bande 3,4&#8211;3,8 GHz.</p>
<p><b>Couverture mobile :</b> bilan du &laquo;&nbsp;New Deal mobile&nbsp;&raquo; un an apr&egrave;s.</p>
<p><b>Neutralit&eacute; du net :</b> le rapport 2019 sur l&#39;&eacute;tat de l&#39;internet en France est en ligne.</p>
<p style="font-size:11px;color:#777">Vous recevez cette lettre car vous &ecirc;tes abonn&eacute; &agrave; la liste de diffusion de l&#39;Arcep.
<a href="https://lettre.arcep.fr/desinscription?u=2041">Se d&eacute;sinscrire</a></p>
</td></tr></table>
</body></html>""", 'utf-8', 'quoted-printable'))

M('can1', 'fr', 'nomination', 'CAN', 'bilingual_fr_en',
  frm=('Gagnon, Marc-André (ISDE/ISED)', 'marc-andre.gagnon@canada.ca'),
  subj='Réponse du Canada / Canada\'s response – CI-19/35', recv='2019-08-14 22:10:05 +0200', tz='-0400',
  client='outlook',
  body=ALT("""
*** English message follows ***

Bonjour,

En réponse à la lettre circulaire CI-19/35, le Canada a le plaisir de désigner Mme Geneviève Tremblay-Côté, directrice, Affaires internationales des télécommunications, Innovation, Sciences et Développement économique Canada (genevieve.tremblay-cote@canada.ca), pour la séance de consultation du 10 septembre à Budapest.

Cordialement,

---

Hello,

In response to Circular CI-19/35, Canada is pleased to nominate Ms. Geneviève Tremblay-Côté, Director, International Telecommunications Affairs, Innovation, Science and Economic Development Canada (genevieve.tremblay-cote@canada.ca), for the consultation session on September 10 in Budapest.

Regards,

Marc-André Gagnon
Analyste principal de politiques, Affaires multilatérales | Senior Policy Analyst, Multilateral Affairs
Innovation, Sciences et Développement économique Canada | Innovation, Science and Economic Development Canada
Gouvernement du Canada | Government of Canada
""", lang='FR-CA'),
  dels=[D('Geneviève Tremblay-Côté', 'directrice, Affaires internationales des télécommunications',
          'genevieve.tremblay-cote@canada.ca')], sess='B')

M('cod1', 'fr', 'nomination', 'COD', 'conditional_visa',
  frm=('KABONGO MWAMBA Patrick', 'pkabongo@arptc.gouv.cd'),
  subj='Désignation RDC - consultation PME Budapest', recv='2019-08-16 09:15:00 +0200', tz='+0100',
  client='roundcube',
  body=T("""
Monsieur le Secrétaire général,

L'Autorité de Régulation de la Poste et des Télécommunications du Congo (ARPTC) a l'honneur de vous informer que, sous réserve de l'obtention du visa d'entrée dans l'espace Schengen, la République Démocratique du Congo sera représentée à la séance de consultation de Budapest par :

1. M. TSHIBANDA KALALA Guy, Directeur Technique, e-mail : guy.tshibanda@arptc.gouv.cd
2. Mme MBUYI NTUMBA Clarisse, Chef de Division Développement du Secteur, e-mail : clarisse.mbuyi@arptc.gouv.cd

La participation de la RDC aux séances de 2020 reste à confirmer.

Veuillez agréer, Monsieur le Secrétaire général, l'expression de notre très haute considération.

KABONGO MWAMBA Patrick
Conseiller chargé de la Coopération
ARPTC - Kinshasa/Gombe
""", 'utf-8', 'base64'),
  dels=[D('TSHIBANDA KALALA Guy', 'Directeur Technique', 'guy.tshibanda@arptc.gouv.cd'),
        D('MBUYI NTUMBA Clarisse', 'Chef de Division Développement du Secteur', 'clarisse.mbuyi@arptc.gouv.cd')],
  sess='B')

M('mar1', 'fr', 'nomination', 'MAR', 'arabic_alias_block',
  frm=('Coopération ANRT', 'cooperation@anrt.ma'),
  subj='ANRT – Participation du Royaume du Maroc à la séance de consultation du 10/09/2019',
  recv='2019-08-08 15:33:00 +0200', tz='+0100', client='outlook',
  body=ALT("""
Monsieur,

Me référant à la lettre circulaire CI-19/35, j'ai l'honneur de vous informer que le Royaume du Maroc sera représenté à la séance de consultation « Promouvoir les PME du secteur de la technologie et de l'innovation » (Budapest, 10 septembre 2019) par :

M. Youssef EL AMRANI (يوسف العمراني)
Chef de Service Innovation et Startups
Agence Nationale de Réglementation des Télécommunications (ANRT)
Courriel : y.elamrani@anrt.ma

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Le Directeur de la Coopération et des Relations Internationales
Abdelkader BENJELLOUN
""", lang='FR'),
  dels=[D('Youssef EL AMRANI', 'Chef de Service Innovation et Startups', 'y.elamrani@anrt.ma', ['يوسف العمراني'])],
  sess='B')

# ================================================================ Spanish
_mex1_top = """
Estimado Sr. Clark:

Por instrucciones de la Coordinación General de Asuntos Internacionales del Instituto Federal de Telecomunicaciones (IFT), me permito informarle que México tiene interés en participar en la primera sesión de consulta "Fomento de las pymes tecnológicas e innovadoras", que se celebrará el 10 de septiembre en Budapest.

Para tal efecto, se designa a la Lic. Guadelupe Ybarra Zuñiga, Directora de Asuntos Multilaterales, correo electrónico guadalupe.ibarra@ift.org.mx.

Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.

Rodrigo Salinas Treviño
Subdirector de Organismos Internacionales
Coordinación General de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México
"""
M('mex1', 'es', 'nomination', 'MEX', 'outlook_quoted_misspelt',
  frm=('Rodrigo Salinas Treviño', 'rodrigo.salinas@ift.org.mx'),
  subj='RE: ' + CSUBJ['es'] + ' - Participación de México', recv='2019-08-05 18:02:27 +0200', tz='-0500',
  client='outlook',
  body=ALT(_mex1_top + outlook_quote(circ('es'), 'es', sent='martes, 23 de julio de 2019 10:12 a. m.',
                                      subj=CSUBJ['es']), lang='ES-MX'),
  dels=[D('Guadelupe Ybarra Zuñiga', 'Directora de Asuntos Multilaterales', 'guadalupe.ibarra@ift.org.mx')],
  sess='B')

M('mex2', 'es', 'correction', 'MEX', 'spelling_fix',
  frm=('Rodrigo Salinas Treviño', 'rodrigo.salinas@ift.org.mx'),
  subj='RE: ' + CSUBJ['es'] + ' - Participación de México (corrección)', recv='2019-08-06 16:40:12 +0200',
  tz='-0500', client='outlook', irt=MID('mex1'), refs=[MID('mex1')],
  body=ALT("""
Estimado Sr. Clark:

Ofrezco una disculpa: en mi correo de ayer el nombre de nuestra representante aparece con errores. El nombre correcto es:

Lic. Guadalupe Ibarra Zúñiga
Directora de Asuntos Multilaterales, IFT
guadalupe.ibarra@ift.org.mx

La sesión sigue siendo la de Budapest (10 de septiembre). Le agradecería tomar nota de la corrección.

Saludos cordiales,

Rodrigo Salinas Treviño
""" + outlook_quote(_mex1_top, 'es', frm='Rodrigo Salinas Treviño <rodrigo.salinas@ift.org.mx>',
                    sent='lunes, 5 de agosto de 2019 11:01 a. m.', to="'sme@itu.int' <sme@itu.int>",
                    subj='RE: ' + CSUBJ['es'] + ' - Participación de México'), lang='ES-MX'),
  dels=[D('Guadalupe Ibarra Zúñiga', 'Directora de Asuntos Multilaterales, IFT', 'guadalupe.ibarra@ift.org.mx')],
  sess='B', sup='mex1')

M('esp1', 'es', 'nomination', 'ESP', 'outlook_table',
  frm=('SG Relaciones Internacionales SEAD', 'sgri.sead@economia.gob.es'),
  subj='Participación de España - sesión de consulta UIT sobre pymes (Budapest, 10/09/2019)',
  recv='2019-08-09 12:11:45 +0200', client='outlook',
  crlf=True, body=ALT("""
Estimados señores:

En relación con la Carta Circular CI-19/35, de 23 de julio de 2019, les comunicamos que España participará en la sesión de consulta que tendrá lugar en Budapest el 10 de septiembre de 2019 con la siguiente delegación:

| Nombre | Cargo | Correo electrónico
| D.ª María del Carmen Ruiz-Olmedo | Subdirectora General de Relaciones Internacionales, SEAD | mcarmen.ruiz@economia.gob.es
| D. Alejandro Fuentes Calvo | Consejero Técnico | alejandro.fuentes@economia.gob.es

Asimismo, les informamos de que España tiene interés en participar en las sesiones de 2020, en el marco de las reuniones de los Grupos de Trabajo del Consejo y del Foro de la CMSI.

Atentamente,

Irene Castaño Beltrán
Jefa de Servicio
Subdirección General de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
""", lang='ES'),
  dels=[D('María del Carmen Ruiz-Olmedo', 'Subdirectora General de Relaciones Internacionales, SEAD',
          'mcarmen.ruiz@economia.gob.es'),
        D('Alejandro Fuentes Calvo', 'Consejero Técnico', 'alejandro.fuentes@economia.gob.es')],
  sess='BCW')

M('arg1', 'es', 'interest_only', 'ARG', 'conditional_budget',
  frm=('Lucía Fernández', 'lfernandez@enacom.gob.ar'),
  subj='CI-19/35 - Interés de Argentina', recv='2019-08-14 20:15:00 +0200', tz='-0300', client='zimbra',
  body=T("""
Estimados:

Por medio de la presente, el Ente Nacional de Comunicaciones (ENACOM) manifiesta el interés de la República Argentina en participar de la sesión de consulta prevista para el 10 de septiembre en Budapest, sujeto a la disponibilidad presupuestaria para el viaje. Una vez confirmada la misma, les haremos llegar el nombre del participante.

Saludos cordiales,
Lucía Fernández
Área de Relaciones Internacionales e Institucionales
ENACOM
Perú 103, CABA
""", 'iso-8859-1', '8bit'),
  sess='B')

M('col1', 'es', 'nomination', 'COL', 'prose_cc_mission',
  frm=('Oficina Internacional MinTIC', 'internacional@mintic.gov.co'),
  cc=[('Misión Permanente de Colombia en Ginebra', 'mision.ginebra@cancilleria.gov.co')],
  subj='Respuesta Circular CI-19/35 - Colombia', recv='2019-08-16 01:20:00 +0200', tz='-0500', client='outlook',
  body=ALT("""
Respetados señores:

El Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia (MinTIC) agradece la invitación contenida en la Circular CI-19/35.

Colombia participará en la primera sesión de consulta en Budapest, para la cual designa al Ing. Andrés Felipe Rojas Cárdenas, Director de Desarrollo de la Industria TI (arojas@mintic.gov.co). De igual forma, nos interesa participar en la sesión que se realizará durante el Foro de la CMSI 2020.

Con copia a la Misión Permanente de Colombia ante la Oficina de las Naciones Unidas en Ginebra.

Cordialmente,

Oficina Internacional
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Cra. 8a entre calles 12 y 13, Bogotá
""", lang='ES-CO'),
  dels=[D('Andrés Felipe Rojas Cárdenas', 'Director de Desarrollo de la Industria TI', 'arojas@mintic.gov.co')],
  sess='BW')

M('chl1', 'es', 'decline', 'CHL', 'gmail_quoted_decline',
  frm=('Pablo Contreras', 'pcontreras@subtel.gob.cl'),
  subj='Re: ' + CSUBJ['es'], recv='2019-08-13 17:00:00 +0200', tz='-0400', client='gmail',
  body=ALT("""
Estimado Sr. Clark:

Agradecemos la invitación. Lamentablemente, la Subsecretaría de Telecomunicaciones de Chile no podrá enviar un representante a la sesión de Budapest. Quedamos atentos a futuras convocatorias.

Saludos,

Pablo Contreras
Jefe de Asuntos Internacionales
Subsecretaría de Telecomunicaciones – SUBTEL
Amunátegui 139, Santiago
""" + gt_quote(circ('es', short=True), 'El mar., 23 jul. 2019 a las 11:12, SME (<sme@itu.int>) escribió:'),
           style='gmail'))

M('per1', 'es', 'inquiry', 'PER', 'question_2020',
  frm=('Rosa Quispe Huamán', 'rquispe@mtc.gob.pe'),
  subj='Consulta sobre Circular CI-19/35', recv='2019-07-31 16:45:02 +0200', tz='-0500', client='exchange',
  body=ALT("""
Señores UIT:

Con relación a la Circular CI-19/35, les agradeceremos precisar si las sesiones de consulta previstas para 2020 (durante las reuniones de los Grupos de Trabajo del Consejo y el Foro de la CMSI) tendrán la misma agenda que la sesión de Budapest, y si es posible designar a un participante diferente para cada sesión.

Atentamente,

Rosa Quispe Huamán
Especialista en Asuntos Internacionales
Dirección General de Políticas y Regulación en Comunicaciones
Ministerio de Transportes y Comunicaciones del Perú
""", lang='ES-PE'))

M('cub1', 'es', 'nomination', 'CUB', 'latin1_qp_prose',
  frm=('Dirección de Relaciones Internacionales MINCOM', 'dri@mincom.gob.cu'),
  subj='Participación de Cuba en la sesión de consulta de Budapest', recv='2019-08-16 22:12:40 +0000',
  tz='-0400', client='tb', itu='utc', hcs='iso-8859-1', henc='Q',
  body=T("""
Estimados compañeros:

El Ministerio de Comunicaciones de la República de Cuba les informa que la compañera Yamilé Rodríguez Cárdenas, especialista principal de la Dirección de Regulaciones y Normas, participará en representación de Cuba en la sesión de consulta "Fomento de las pymes tecnológicas e innovadoras" a celebrarse el próximo 10 de septiembre en Budapest.

Su correo electrónico es yamile.rodriguez@mincom.gob.cu

Saludos,

Osvaldo Pérez Lugo
Director de Relaciones Internacionales
Ministerio de Comunicaciones
Ave. Independencia y 19 de Mayo, Plaza de la Revolución, La Habana
""", 'iso-8859-1', 'quoted-printable'),
  dels=[D('Yamilé Rodríguez Cárdenas', 'especialista principal de la Dirección de Regulaciones y Normas',
          'yamile.rodriguez@mincom.gob.cu')], sess='B')

M('ecu1', 'es', 'nomination', 'ECU', 'late_with_pdf',
  frm=('María José Andrade', 'mjandrade@telecomunicaciones.gob.ec'),
  subj='Oficio MINTEL-SGERC-2019-0412-O - Designación sesión de consulta UIT', recv='2019-08-23 00:30:00 +0200',
  tz='-0500', client='zimbra',
  body=MP('mixed', T("""
Buenas tardes,

Adjunto el oficio Nro. MINTEL-SGERC-2019-0412-O, mediante el cual el Ministerio de Telecomunicaciones y de la Sociedad de la Información del Ecuador designa al Mgs. Carlos Xavier Mena Villacís, Subsecretario de Fomento de la Sociedad de la Información y Gobierno en Línea, para la sesión de consulta del 10 de septiembre de 2019 en Budapest. Disculpen la demora en el envío.

Correo: carlos.mena@telecomunicaciones.gob.ec

Saludos cordiales,
María José Andrade
Analista de Relaciones Internacionales
MINTEL
"""), ATT(fakepdf('ecu1'), 'application/pdf', 'MINTEL-SGERC-2019-0412-O.pdf'), style='tb'),
  dels=[D('Carlos Xavier Mena Villacís', 'Subsecretario de Fomento de la Sociedad de la Información y Gobierno en Línea',
          'carlos.mena@telecomunicaciones.gob.ec')], sess='B')

M('cri1', 'es', 'nomination', 'CRI', 'cwg_only',
  frm=('Daniela Mora Solís', 'daniela.mora@micitt.go.cr'),
  subj='Costa Rica - sesiones de consulta pymes (CI-19/35)', recv='2019-08-12 23:10:00 +0200', tz='-0600',
  client='outlook',
  body=ALT("""
Estimado señor Clark:

Reciba un cordial saludo del Ministerio de Ciencia, Tecnología y Telecomunicaciones (MICITT) de Costa Rica.

Por razones de agenda no nos será posible asistir a la sesión de Budapest del 10 de septiembre. Sin embargo, Costa Rica desea participar en la sesión que se organizará durante las reuniones de los Grupos de Trabajo del Consejo a inicios de 2020, para la cual designamos desde ya a la señora Paula Jiménez Araya, Directora de Evolución y Mercado de Telecomunicaciones (paula.jimenez@micitt.go.cr).

Atentamente,

Daniela Mora Solís
Asesora, Despacho del Viceministro de Telecomunicaciones
MICITT
""", lang='ES-CR'),
  dels=[D('Paula Jiménez Araya', 'Directora de Evolución y Mercado de Telecomunicaciones', 'paula.jimenez@micitt.go.cr')],
  sess='C')

M('ury_ooo', 'es', 'auto_reply', None, 'fuera_de_oficina',
  frm=('Martín Olivera', 'molivera@ursec.gub.uy'),
  subj='Respuesta automática: ' + CSUBJ['es'], recv='2019-07-23 17:12:58 +0200', tz='-0300', client='exchange',
  rp='', thread=False, extra=['Auto-Submitted: auto-replied'],
  body=T("""
Estaré fuera de la oficina hasta el lunes 19 de agosto. Durante mi ausencia, por temas urgentes, comunicarse con la Cra. Silvana Techera (stechera@ursec.gub.uy).

Saludos,
Martín Olivera
URSEC
""", 'windows-1252', 'quoted-printable'))

M('upm1', 'es', 'interest_only', None, 'university_2020',
  frm=('Beatriz Sainz Llorente', 'beatriz.sainz@upm.es'),
  subj='Interés en las sesiones de consulta sobre pymes tecnológicas', recv='2019-08-20 10:10:00 +0200',
  client='apple',
  body=T("""
Estimados señores:

Soy profesora del Departamento de Ingeniería de Organización de la Universidad Politécnica de Madrid y coordino el programa de emprendimiento actúaupm. Hemos sabido de la serie de sesiones de consulta "Fomento de las pymes tecnológicas e innovadoras" a través del Ministerio.

Aunque entiendo que la convocatoria se dirige a los Estados Miembros, como Miembro Académico de la UIT nos interesaría mucho participar en las sesiones de 2020 en Ginebra, tanto la de los Grupos de Trabajo del Consejo como la del Foro de la CMSI, y aportar nuestra experiencia con startups universitarias.

Un saludo cordial,

Beatriz Sainz Llorente
Profesora Titular
ETSI Industriales – Universidad Politécnica de Madrid
""", 'utf-8', 'quoted-printable'),
  sess='CW')

M('pry1', 'es', 'nomination', 'PRY', 'gmail_selfnom_official_sig',
  frm=('Hugo Benítez', 'hugobenitez.py@gmail.com'),
  subj='Participación Paraguay - sesión de consulta 10/09 Budapest', recv='2019-08-16 20:05:00 +0200',
  tz='-0400', client='gmail',
  body=ALT("""
Señores de la UIT, buenas tardes.

En nombre de la Comisión Nacional de Telecomunicaciones (CONATEL) del Paraguay, confirmo nuestra participación en la sesión de consulta del 10 de septiembre en Budapest. Asistiré personalmente.

Les escribo desde mi correo personal porque el institucional presenta problemas; favor considerar también mi dirección oficial.

Atentamente,

--
Ing. Hugo Benítez Garay
Gerente de Planificación y Desarrollo
CONATEL – Paraguay
hbenitez@conatel.gov.py | +595 21 438 2000
""", style='gmail'),
  dels=[D('Hugo Benítez Garay', 'Gerente de Planificación y Desarrollo', 'hbenitez@conatel.gov.py', ['Hugo Benítez'])],
  sess='B')


# ================================================================ Russian
_rus1_top = """
Уважаемый г-н Кларк!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации, ссылаясь на циркулярное письмо МСЭ CI-19/35 от 23 июля 2019 г., подтверждает заинтересованность российской стороны в участии в серии консультационных сессий "Содействие развитию МСП в сфере технологий и инноваций".

Для участия в первой сессии, которая состоится 10 сентября 2019 г. в Будапеште в рамках ITU Telecom World 2019, назначена Смирнова Екатерина Андреевна (Ekaterina Smirnova), заместитель директора Департамента международного сотрудничества, e-mail: e.smirnova@digital.gov.ru, тел.: +7 495 771 80 00 (доб. 4127).

С уважением,
Директор Департамента международного сотрудничества
В.В. Орлов
"""
M('rus1', 'ru', 'nomination', 'RUS', 'cp1251_base64',
  frm=('Департамент международного сотрудничества', 'dms@digital.gov.ru'),
  subj='Ответ на циркулярное письмо МСЭ CI-19/35', recv='2019-08-07 13:10:00 +0200', tz='+0300',
  client='exchange', hcs='windows-1251',
  itu='exchange', crlf=True, body=T(_rus1_top, 'windows-1251', 'base64'),
  dels=[D('Смирнова Екатерина Андреевна', 'заместитель директора Департамента международного сотрудничества',
          'e.smirnova@digital.gov.ru', ['Ekaterina Smirnova'])], sess='B')

M('rus2', 'ru', 'correction', 'RUS', 'session_change',
  frm=('Департамент международного сотрудничества', 'dms@digital.gov.ru'),
  subj='Уточнение: участие РФ в консультационных сессиях МСЭ (CI-19/35)', recv='2019-08-30 11:00:00 +0200',
  tz='+0300', client='exchange', hcs='windows-1251', refs=[MID('rus1')],
  body=ALT("""
Уважаемый г-н Кларк!

В дополнение к нашему письму от 7 августа 2019 г. сообщаем, что в связи с изменением графика Смирнова Екатерина Андреевна не сможет принять участие в сессии в Будапеште 10 сентября. Вместо этого Е.А. Смирнова примет участие в консультационной сессии в ходе собраний рабочих групп Совета МСЭ в начале 2020 года.

Иные представители на сессию в Будапеште направляться не будут.

С уважением,
Департамент международного сотрудничества
Минцифры России
""" + outlook_quote(_rus1_top, 'ru', frm='Департамент международного сотрудничества <dms@digital.gov.ru>',
                    sent='7 августа 2019 г. 14:08', to='sme@itu.int', subj='Ответ на циркулярное письмо МСЭ CI-19/35'),
           cs='windows-1251', lang='RU'),
  dels=[D('Смирнова Екатерина Андреевна', 'заместитель директора Департамента международного сотрудничества',
          'e.smirnova@digital.gov.ru', ['Е.А. Смирнова', 'Ekaterina Smirnova'])],
  sess='C', sup='rus1')

M('blr1', 'ru', 'nomination', 'BLR', 'koi8r_8bit',
  frm=('Козловский Д.И.', 'd.kozlovsky@mpt.gov.by'),
  subj='Кандидатуры для участия в консультационной сессии МСЭ (Будапешт, 10.09.2019)',
  recv='2019-08-15 09:40:00 +0200', tz='+0300', client='tb', hcs='koi8-r',
  body=T("""
Секретариату МСЭ

Министерство связи и информатизации Республики Беларусь свидетельствует свое уважение Секретариату Международного союза электросвязи и в ответ на письмо CI-19/35 сообщает, что для участия в консультационной сессии "Содействие развитию МСП в сфере технологий и инноваций" в г. Будапеште 10 сентября 2019 г. определены:

1. Козловский Дмитрий Игоревич - начальник управления международного сотрудничества, d.kozlovsky@mpt.gov.by;
2. Лученок Анна Сергеевна - главный специалист отдела цифровой экономики, a.luchenok@mpt.gov.by.

Контактное лицо по организационным вопросам: Гринкевич Ольга Викторовна, тел. +375 17 287 11 25.

С уважением,
Заместитель Министра
А.Н. Мелешко
""", 'koi8-r', '8bit'),
  dels=[D('Козловский Дмитрий Игоревич', 'начальник управления международного сотрудничества', 'd.kozlovsky@mpt.gov.by',
          ['Козловский Д.И.']),
        D('Лученок Анна Сергеевна', 'главный специалист отдела цифровой экономики', 'a.luchenok@mpt.gov.by')],
  sess='B')

M('kaz1', 'ru', 'interest_only', 'KAZ', 'name_later',
  frm=('Нурлан Жумабеков', 'n.zhumabekov@mdai.gov.kz'),
  subj='RE: CI-19/35', recv='2019-08-09 06:30:00 +0200', tz='+0600', client='outlook',
  body=ALT("""
Добрый день!

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан подтверждает заинтересованность в участии в консультационной сессии МСЭ по МСП в Будапеште 10 сентября. Кандидатура участника будет направлена дополнительно.

С уважением,
Нурлан Жумабеков
Главный эксперт Департамента международного сотрудничества
""" + outlook_quote(circ('ru', short=True), 'ru', sent='23 июля 2019 г. 21:12', subj=CSUBJ['ru']), lang='RU'),
  sess='B')

M('tjk1', 'ru', 'nomination', 'TJK', 'late_short',
  frm=('Служба связи при Правительстве РТ', 'info@khadamotialoqa.tj'),
  subj='Участие в консультационной сессии МСЭ', recv='2019-08-21 08:00:00 +0200', tz='+0500', client='roundcube',
  body=T("""
Уважаемые коллеги!

Служба связи при Правительстве Республики Таджикистан сообщает, что для участия в консультационной сессии МСЭ (г. Будапешт, 10.09.2019 г.) направляется Рахимов Фаррух Саидович, начальник отдела информационных технологий. Эл. адрес: f.rahimov@khadamotialoqa.tj

Просим извинить за задержку с ответом.

С уважением,
Отдел международных связей
""", 'utf-8', 'base64'),
  dels=[D('Рахимов Фаррух Саидович', 'начальник отдела информационных технологий', 'f.rahimov@khadamotialoqa.tj')],
  sess='B')

M('tkm1', 'ru', 'decline', 'TKM', 'polite_decline',
  frm=('Отдел внешних связей', 'info@mpk.gov.tm'),
  subj='Ответ на письмо CI-19/35', recv='2019-08-16 10:20:00 +0200', tz='+0500', client='other',
  body=T("""
Уважаемые господа!

Министерство промышленности и коммуникаций Туркменистана выражает признательность за приглашение принять участие в консультационных сессиях МСЭ по вопросам развития малых и средних предприятий. К сожалению, туркменская сторона не сможет направить представителя на сессию 10 сентября 2019 года в г. Будапеште.

С уважением,
Отдел внешних связей
""", 'windows-1251', 'quoted-printable'))

M('rcc1', 'ru', 'inquiry', None, 'regional_org',
  frm=('Исполком РСС', 'ecrcc@rcc.org.ru'),
  subj='Вопрос по консультационным сессиям (CI-19/35)', recv='2019-08-02 15:00:00 +0200', tz='+0300',
  client='exchange',
  body=ALT("""
Уважаемый г-н Кларк!

Исполнительный комитет Регионального содружества в области связи (РСС) просит уточнить, могут ли в консультационных сессиях "Содействие развитию МСП в сфере технологий и инноваций" принимать участие представители региональных организаций электросвязи в качестве наблюдателей, и будет ли обеспечен устный перевод на русский язык на сессии в Будапеште.

Заранее благодарим.

С уважением,
Н.Ю. Петренко
Заместитель Председателя Исполкома РСС
""", lang='RU'))

M('rus_ooo', 'ru', 'auto_reply', None, 'otpusk',
  frm=('Иванова Мария Сергеевна', 'm.ivanova@digital.gov.ru'),
  subj='Автоответ: ' + CSUBJ['ru'], recv='2019-07-23 21:13:05 +0200', tz='+0300', client='exchange',
  rp='', thread=False, hcs='koi8-r', extra=['Auto-Submitted: auto-replied'],
  body=T("""
Здравствуйте!

Я нахожусь в отпуске до 26 августа 2019 г. включительно. По срочным вопросам, связанным с МСЭ, просьба обращаться к Смирновой Екатерине Андреевне (e.smirnova@digital.gov.ru).

С уважением,
Мария Иванова
""", 'koi8-r', 'base64'))

M('bounce_yandex', 'ru', 'bounce', None, 'yandex_dsn',
  frm=('MAILER-DAEMON', 'mailer-daemon@yandex.ru'),
  subj='Недоставленное сообщение', recv='2019-07-23 17:15:20 +0200', tz='+0300', client='other', rp='',
  extra=['Auto-Submitted: auto-replied'],
  body=MP('report', T("""
Это письмо создано автоматически
сервером Яндекс.Почты (yandex.ru).

Ваше письмо не может быть доставлено одному или нескольким адресатам.
Сообщение было отклонено почтовым сервером получателя:

<svyaz-mezhdunar@yandex.ru>: host mx.yandex.ru[77.88.21.249] said: 550 5.7.1
    No such user! (in reply to RCPT TO command)

Пожалуйста, проверьте правильность адреса получателя.

This is the mail system at host forward1o.mail.yandex.net.
Your message could not be delivered: No such user!
""", 'utf-8', '8bit'), DSN("""
Reporting-MTA: dns; forward1o.mail.yandex.net
X-Yandex-Queue-ID: 3B1D25C0144
X-Yandex-Sender: rfc822; sme@itu.int
Arrival-Date: Tue, 23 Jul 2019 18:15:12 +0300 (MSK)

Final-Recipient: rfc822; svyaz-mezhdunar@yandex.ru
Original-Recipient: rfc822;svyaz-mezhdunar@yandex.ru
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.yandex.ru
Diagnostic-Code: smtp; 550 5.7.1 No such user!
"""), HEADERS_PART(b"""From: SME <sme@itu.int>
To: svyaz-mezhdunar@yandex.ru
Subject: =?utf-8?B?Q0ktMTkvMzU6INCa0L7QvdGB0YPQu9GM0YLQsNGG0LjQvtC90L3Ri9C1INGB0LXRgdGB0LjQuA==?=
Date: Tue, 23 Jul 2019 17:12:44 +0200
Message-ID: <5d3724ac.CI1935.0377@itu.int>
"""), style='other', extra_ct=' report-type=delivery-status;'))

M('hse1', 'ru', 'nomination', None, 'university_two',
  frm=('Алексеев Павел Олегович', 'palekseev@hse.ru'),
  subj='Участие НИУ ВШЭ в консультационной сессии МСЭ 10 сентября', recv='2019-08-13 12:00:00 +0200',
  tz='+0300', client='tb',
  body=T("""
Уважаемые организаторы!

Национальный исследовательский университет «Высшая школа экономики», являющийся Академическим членом МСЭ, хотел бы принять участие в консультационной сессии 10 сентября в Будапеште. От университета планируют участвовать:

- Алексеев Павел Олегович, к.э.н., директор Центра технологического предпринимательства (palekseev@hse.ru);
- Федорова Ирина Валерьевна, ведущий эксперт Центра (ifedorova@hse.ru).

Будем благодарны за подтверждение.

--
С уважением,
П.О. Алексеев
""", 'utf-8', '8bit', flowed=True),
  dels=[D('Алексеев Павел Олегович', 'директор Центра технологического предпринимательства', 'palekseev@hse.ru',
          ['П.О. Алексеев']),
        D('Федорова Ирина Валерьевна', 'ведущий эксперт Центра', 'ifedorova@hse.ru')], sess='B')

M('kgz1', 'ru', 'nomination', 'KGZ', 'mailru_private_tz',
  frm=('Асанов Бакыт', 'bakyt.asanov@mail.ru'),
  subj='Участие Кыргызской Республики - консультационная сессия МСЭ', recv='2019-08-16 21:30:00 +0200',
  tz='+0600', client='mailru',
  body=ALT("""
Здравствуйте!

Государственное агентство связи при Правительстве Кыргызской Республики сообщает, что в консультационной сессии МСЭ в г. Будапеште 10 сентября 2019 г. примет участие заведующий отделом развития ИКТ Асанов Бакыт Токтогулович.

Служебный адрес: b.asanov@nas.gov.kg (в настоящее время сервер работает с перебоями, поэтому пишу с личной почты).

С уважением,
Б.Т. Асанов
""", style='gmail', mstyle='other'),
  dels=[D('Асанов Бакыт Токтогулович', 'заведующий отделом развития ИКТ', 'b.asanov@nas.gov.kg',
          ['Асанов Бакыт', 'Б.Т. Асанов'])], sess='B')

# ================================================================ Chinese
_chn1_top = """
国际电联秘书处：

你处CI-19/35号通函收悉。中华人民共和国工业和信息化部对“扶持技术和创新中小企业”系列磋商会议表示欢迎，并愿积极参与。

现推荐我部国际合作司王小峰处长参加2019年9月10日在布达佩斯举行的首次磋商会议。联系方式如下：

姓名：王小峰（WANG Xiaofeng）
职务：国际合作司国际组织处处长
电子邮箱：wangxf@miit.gov.cn
电话：+86 10 6820 5291

特此函复。

工业和信息化部国际合作司
2019年8月8日
"""
M('chn1', 'zh', 'nomination', 'CHN', 'gb2312_base64',
  frm=('国际合作司', 'gjhzs@miit.gov.cn'),
  subj='回复：CI-19/35 关于推荐参加“扶持技术和创新中小企业”磋商会议人员的函', recv='2019-08-08 10:30:00 +0200',
  tz='+0800', client='coremail', hcs='gb2312',
  itu='exchange', body=T(_chn1_top, 'gb2312', 'base64'),
  dels=[D('王小峰', '国际合作司国际组织处处长', 'wangxf@miit.gov.cn', ['WANG Xiaofeng'])], sess='B')

M('chn2', 'zh', 'correction', 'CHN', 'name_char_fix',
  frm=('国际合作司', 'gjhzs@miit.gov.cn'),
  subj='更正：CI-19/35 推荐人员姓名', recv='2019-08-12 04:10:00 +0200', tz='+0800', client='coremail',
  hcs='gb2312', refs=[MID('chn1')],
  body=T("""
国际电联秘书处：

8月8日我司来函中推荐人员姓名有误，特此更正：应为“王晓峰”（WANG Xiaofeng），而非“王小峰”。职务及联系方式不变（wangxf@miit.gov.cn）。

不便之处，敬请谅解。

工业和信息化部国际合作司
""", 'gb2312', 'base64'),
  dels=[D('王晓峰', None, 'wangxf@miit.gov.cn', ['WANG Xiaofeng'])], sess='B', sup='chn1')

M('huawei1', 'zh', 'nomination', None, 'company_two_html',
  frm=('张磊', 'zhanglei88@huawei.com'),
  subj='华为公司希望参加国际电联中小企业磋商会议', recv='2019-08-14 09:00:00 +0200', tz='+0800', client='outlook',
  body=ALT("""
尊敬的Christopher Clark先生：

您好！从工信部同事处获悉国际电联将于9月10日在布达佩斯举办“扶持技术和创新中小企业”磋商会议。华为技术有限公司作为国际电联部门成员，长期支持中小企业生态发展，希望能派员参会并分享经验。

拟参会人员：
1. 张磊（ZHANG Lei），华为标准与产业发展部 国际组织关系总监，zhanglei88@huawei.com
2. 李婧（LI Jing），华为ICT生态发展部 高级经理，lijing.eco@huawei.com

如非成员国代表不能参会，烦请告知。谢谢！

张磊
华为技术有限公司
深圳市龙岗区坂田华为基地
""", cs='utf-8', cte='base64', lang='ZH-CN', font='微软雅黑'),
  dels=[D('张磊', '华为标准与产业发展部 国际组织关系总监', 'zhanglei88@huawei.com', ['ZHANG Lei']),
        D('李婧', '华为ICT生态发展部 高级经理', 'lijing.eco@huawei.com', ['LI Jing'])], sess='B')

M('tsinghua1', 'zh', 'inquiry', None, 'university_question',
  frm=('陈宇', 'chenyu@sem.tsinghua.edu.cn'),
  subj='咨询：磋商会议是否对高校开放', recv='2019-08-05 03:00:00 +0200', tz='+0800', client='coremail',
  body=T("""
您好，

我是清华大学经济管理学院的陈宇，负责学院的创新创业项目。请问贵处组织的“扶持技术和创新中小企业”磋商会议（布达佩斯及2020年在日内瓦的后续会议）是否接受学术成员参加？如可以，报名方式是什么？

谢谢！

陈宇
清华大学经济管理学院
""", 'gbk', 'base64'))

M('hkstp1', 'zh', 'interest_only', None, 'big5_company',
  frm=('香港科技園公司', 'partnership@hkstp.org'),
  subj='表示有興趣參與國際電聯中小企業諮詢會議', recv='2019-08-16 11:00:00 +0200', tz='+0800', client='exchange',
  hcs='big5',
  body=T("""
國際電信聯盟秘書處：

您好！香港科技園公司（HKSTP）一直致力支援科技初創及中小企業，得悉　貴會將舉辦「扶持技術和創新中小企業」系列諮詢會議，本公司很有興趣參與於布達佩斯舉行的首場會議，稍後會提供出席者名單。

請問非成員國機構可否以觀察員身份出席？

此致

香港科技園公司
夥伴關係及國際合作部
黃嘉欣
""", 'big5', 'base64'),
  sess='B')

M('chn_ooo', 'zh', 'auto_reply', None, 'zidong_huifu',
  frm=('刘洋', 'liuyang@miit.gov.cn'),
  subj='自动回复: ' + CSUBJ['zh'], recv='2019-07-23 17:13:30 +0200', tz='+0800', client='coremail', rp='',
  hcs='gbk', extra=['Auto-Submitted: auto-replied'],
  body=T("""
您好，我于7月22日至8月2日出差，期间查看邮件不便。如有急事，请联系国际组织处 王小峰（wangxf@miit.gov.cn）。

Thank you for your email. I am on mission until 2 August with limited access to email.
""", 'gbk', 'base64'))

M('spam_fapiao', 'zh', 'unrelated', None, 'spam_gb2312',
  frm=('代开发票', 'qgfp8812@163.com'),
  subj='您好！本公司常年代开各地增值税发票', recv='2019-08-03 02:00:00 +0200', tz='+0800', client='other',
  hcs='gb2312',
  body=T("""
尊敬的财务负责人：您好！

本公司常年代开各地增值税专用发票、普通发票，点数优惠，可先验票后付款。

联系人：陈经理
电话：138 0000 5566（微信同号）

此信息长期有效，如有打扰敬请谅解！
""", 'gb2312', '8bit'))

M('bupt1', 'zh', 'nomination', None, 'professor_alternate_all',
  frm=('Jianguo Liu', 'liujg@bupt.edu.cn'),
  subj='北京邮电大学报名参加国际电联中小企业磋商会议', recv='2019-08-10 14:00:00 +0200', tz='+0800',
  client='foxmail',
  body=ALT("""
尊敬的国际电联秘书处：

北京邮电大学作为国际电联学术成员，非常希望参加“扶持技术和创新中小企业”系列磋商会议。我本人（刘建国，经济管理学院教授、北邮科技园创业孵化中心主任）计划参加布达佩斯首次会议，以及2020年初理事会工作组会议和2020年信息社会世界峰会论坛期间的两场后续会议。如本人届时无法出席，将由孙悦副教授（sunyue@bupt.edu.cn）代为参加。

本人邮箱：liujg@bupt.edu.cn

刘建国
北京邮电大学
""", style='gmail', mstyle='other', font='宋体'),
  dels=[D('刘建国', '经济管理学院教授、北邮科技园创业孵化中心主任', 'liujg@bupt.edu.cn', ['Jianguo Liu']),
        D('孙悦', '副教授', 'sunyue@bupt.edu.cn')], sess='BCW')

M('caict1', 'zh', 'interest_only', None, 'institute_2020',
  frm=('赵丽', 'zhaoli@caict.ac.cn'),
  subj='关于2020年中小企业磋商会议', recv='2019-08-19 08:30:00 +0200', tz='+0800', client='coremail',
  body=T("""
国际电联秘书处：

您好！中国信息通信研究院（国际电联部门成员）关注到CI-19/35号通函。布达佩斯会议我院不派人参加，但我院对2020年初理事会工作组会议期间以及2020年信息社会世界峰会论坛期间举办的两场磋商会议很感兴趣，希望届时能够参加，请将我院列入后续会议通知名单。

谢谢！

赵丽
中国信息通信研究院 国际合作部
""", 'utf-8', 'quoted-printable'),
  sess='CW')

M('chnmission1', 'zh', 'inquiry', 'CHN', 'mission_question',
  frm=('周敏', 'zhoumin@china-mission.gov.cn'),
  subj='询问：布达佩斯磋商会议的同传安排', recv='2019-08-20 15:00:00 +0200', client='exchange',
  body=ALT("""
Christopher Clark先生：

您好！关于CI-19/35号通函所述9月10日布达佩斯磋商会议，请问会议是否提供中文同声传译？另外，详细议程预计何时发布？

谢谢！

中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团
科技处 周敏
""", cs='gb2312', cte='base64', lang='ZH-CN', font='宋体'))

# ================================================================ Arabic
_egy1_top = """
السيد/ كريستوفر كلارك
مسؤول الاتصال - الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بالإشارة إلى الخطاب الدوري رقم CI-19/35 المؤرخ 23 يوليو 2019 بشأن جلسات التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسر الجهاز القومي لتنظيم الاتصالات بجمهورية مصر العربية أن يعرب عن اهتمامه بالمشاركة، وأن يرشح المهندس/ هشام عبد الرحمن الشاذلي (Eng. Hesham Abdelrahman El-Shazly)، مدير عام العلاقات الدولية، لحضور الجلسة الأولى المقرر عقدها في بودابست يوم 10 سبتمبر 2019.

بيانات الاتصال:
البريد الإلكتروني: hshazly@tra.gov.eg
الهاتف: +20 2 3534 4000

وتفضلوا بقبول فائق الاحترام والتقدير،

إدارة العلاقات الدولية
الجهاز القومي لتنظيم الاتصالات
القرية الذكية، الجيزة
"""
M('egy1', 'ar', 'nomination', 'EGY', 'windows1256_8bit',
  frm=('International Relations - NTRA', 'ir@tra.gov.eg'),
  subj='بشأن الخطاب الدوري CI-19/35 - ترشيح ممثل جمهورية مصر العربية', recv='2019-08-04 12:20:00 +0200',
  client='exchange', hcs='windows-1256',
  crlf=True, body=T(_egy1_top, 'windows-1256', '8bit'),
  dels=[D('هشام عبد الرحمن الشاذلي', 'مدير عام العلاقات الدولية', 'hshazly@tra.gov.eg',
          ['Hesham Abdelrahman El-Shazly'])], sess='B')

M('egy2', 'ar', 'correction', 'EGY', 'replacement_html',
  frm=('International Relations - NTRA', 'ir@tra.gov.eg'),
  subj='تعديل ترشيح - الخطاب الدوري CI-19/35', recv='2019-08-14 10:05:00 +0200', client='exchange',
  hcs='windows-1256', refs=[MID('egy1')],
  body=ALT("""
السادة/ أمانة الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

إلحاقاً بخطابنا المرسل بتاريخ 4 أغسطس 2019، نحيطكم علماً بتعديل ترشيح الجهاز للجلسة الأولى في بودابست، حيث تعذر على المهندس/ هشام عبد الرحمن الشاذلي المشاركة، وتم ترشيح الدكتورة/ منى سعيد الجمال (Dr. Mona Saeed El-Gammal)، مستشار رئيس الجهاز للابتكار وريادة الأعمال، بدلاً منه.

البريد الإلكتروني: mgammal@tra.gov.eg

وتفضلوا بقبول فائق الاحترام،
إدارة العلاقات الدولية
""", cs='windows-1256', cte='quoted-printable', rtl=True, lang='AR-EG', font='Simplified Arabic'),
  dels=[D('منى سعيد الجمال', 'مستشار رئيس الجهاز للابتكار وريادة الأعمال', 'mgammal@tra.gov.eg',
          ['Mona Saeed El-Gammal'])], sess='B', sup='egy1')

M('sau1', 'ar', 'nomination', 'SAU', 'table_rtl',
  frm=('عبدالله القحطاني', 'aalqahtani@citc.gov.sa'),
  subj='ترشيح ممثلي المملكة العربية السعودية - جلسات التشاور للشركات الصغيرة والمتوسطة', recv='2019-08-11 09:00:00 +0200',
  tz='+0300', client='outlook', hcs='windows-1256',
  itu='exchange', body=ALT("""
سعادة الأمين العام للاتحاد الدولي للاتصالات المحترم

السلام عليكم ورحمة الله وبركاته،

إشارة إلى التعميم رقم CI-19/35، تود هيئة الاتصالات وتقنية المعلومات في المملكة العربية السعودية إفادتكم برغبتها في المشاركة في جلسة التشاور الأولى في بودابست، وكذلك في الجلسة التي ستعقد خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل عام 2020، وترشح لذلك كلاً من:

| الاسم | المسمى الوظيفي | البريد الإلكتروني
| م. فيصل بن سعد العتيبي | مدير إدارة المنظمات الدولية | fotaibi@citc.gov.sa
| أ. نورة عبدالعزيز الدوسري | أخصائي أول تنظيم | naldosari@citc.gov.sa

وتقبلوا خالص التحية والتقدير،

عبدالله القحطاني
إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات
""", cs='windows-1256', cte='quoted-printable', rtl=True, lang='AR-SA', font='Traditional Arabic'),
  dels=[D('فيصل بن سعد العتيبي', 'مدير إدارة المنظمات الدولية', 'fotaibi@citc.gov.sa'),
        D('نورة عبدالعزيز الدوسري', 'أخصائي أول تنظيم', 'naldosari@citc.gov.sa')], sess='BC')

M('are1', 'ar', 'nomination', 'ARE', 'outlook_base64_quoted',
  frm=('Mariam Al Hammadi', 'mariam.alhammadi@tra.gov.ae'),
  subj='RE: CI-19/35 - مشاركة دولة الإمارات العربية المتحدة', recv='2019-08-15 14:30:00 +0200', tz='+0400',
  client='outlook',
  body=ALT("""
السادة الأعزاء في أمانة الاتحاد الدولي للاتصالات،

تحية طيبة،

يسرنا إبلاغكم بأن سعادة المهندس سالم راشد المنصوري، نائب المدير العام لقطاع المعلومات والحكومة الرقمية في هيئة تنظيم الاتصالات، سيمثل دولة الإمارات العربية المتحدة في جلسة التشاور المقرر عقدها في بودابست بتاريخ 10 سبتمبر 2019، ويرافقه السيد خالد محمد الزعابي، خبير أول الابتكار.

للتواصل: salem.almansoori@tra.gov.ae ، k.alzaabi@tra.gov.ae

مع خالص التحيات،

مريم الحمادي
Mariam Al Hammadi
International Affairs Section | قسم الشؤون الدولية
Telecommunications Regulatory Authority | هيئة تنظيم الاتصالات
""" + outlook_quote(circ('ar'), 'ar', sent='23 يوليو 2019 07:12 م', subj=CSUBJ['ar']),
           cs='utf-8', cte='base64', rtl=True, lang='AR-AE'),
  dels=[D('سالم راشد المنصوري', 'نائب المدير العام لقطاع المعلومات والحكومة الرقمية', 'salem.almansoori@tra.gov.ae'),
        D('خالد محمد الزعابي', 'خبير أول الابتكار', 'k.alzaabi@tra.gov.ae')], sess='B')

M('jor1', 'ar', 'interest_only', 'JOR', 'name_later',
  frm=('رنا الخطيب', 'rana.khatib@trc.gov.jo'),
  subj='اهتمام الأردن بجلسات التشاور - CI-19/35', recv='2019-08-06 11:00:00 +0200', tz='+0300', client='exchange',
  body=T("""
السادة المحترمين،

تهديكم هيئة تنظيم قطاع الاتصالات في المملكة الأردنية الهاشمية أطيب التحيات، وتود إعلامكم باهتمامها بالمشاركة في جلسة التشاور الأولى خلال تليكوم العالمي 2019 في بودابست، وسيتم تزويدكم باسم المشارك حال اعتماده.

مع الاحترام،
رنا الخطيب
وحدة العلاقات الدولية
هيئة تنظيم قطاع الاتصالات
""", 'utf-8', 'quoted-printable'),
  sess='B')

M('dza1', 'ar', 'decline', 'DZA', 'polite_decline',
  frm=('Direction de la Coopération MPTTN', 'cooperation@mpttn.gov.dz'),
  subj='رد على الخطاب الدوري CI-19/35', recv='2019-08-13 10:00:00 +0200', tz='+0100', client='exchange',
  body=T("""
السيد الأمين العام،

تحية طيبة وبعد،

نشكركم على دعوتكم الكريمة للمشاركة في جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار. ونأسف لإبلاغكم بأن الجزائر لن تتمكن من المشاركة في الجلسة الأولى المزمع عقدها في بودابست، نظراً لارتباطات سابقة.

وتفضلوا بقبول فائق التقدير والاحترام.

مديرية التعاون الدولي
وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة
""", 'windows-1256', 'base64'))

M('omn1', 'ar', 'nomination', 'OMN', 'late_quoted_original',
  frm=('سعيد الحارثي', 'said.alharthy@tra.gov.om'),
  subj='رد: ' + CSUBJ['ar'], recv='2019-08-18 09:00:00 +0200', tz='+0400', client='outlook',
  itu='utc', body=ALT("""
السادة/ الاتحاد الدولي للاتصالات

تحية طيبة،

نعتذر عن التأخر في الرد. تود هيئة تنظيم الاتصالات بسلطنة عمان ترشيح الفاضلة/ بدرية بنت سالم البلوشية، مديرة دائرة تطوير السوق، للمشاركة في جلسة التشاور الأولى في بودابست يوم 10 سبتمبر 2019.
البريد الإلكتروني: badriya.albalushi@tra.gov.om

مع التحية،
سعيد الحارثي
دائرة العلاقات الدولية
هيئة تنظيم الاتصالات - سلطنة عمان
""" + outlook_quote(circ('ar'), 'ar', sent='الثلاثاء 23 يوليو 2019 07:12 م', subj=CSUBJ['ar']),
           rtl=True, lang='AR-OM'),
  dels=[D('بدرية بنت سالم البلوشية', 'مديرة دائرة تطوير السوق', 'badriya.albalushi@tra.gov.om')], sess='B')

M('qat1', 'ar', 'inquiry', 'QAT', 'interpretation_question',
  frm=('International Affairs - CRA', 'intl@cra.gov.qa'),
  subj='استفسار بخصوص جلسة التشاور في بودابست', recv='2019-08-01 10:00:00 +0200', tz='+0300', client='outlook',
  body=ALT("""
تحية طيبة وبعد،

بالإشارة إلى الخطاب الدوري CI-19/35، نرجو التكرم بإفادتنا عما إذا كانت الجلسة الأولى في بودابست ستُعقد باللغة الإنجليزية فقط أم ستتوفر ترجمة فورية إلى العربية، وكذلك عن إمكانية ترشيح ممثل من القطاع الخاص ضمن وفد الدولة.

مع الشكر والتقدير،
إدارة الشؤون الدولية
هيئة تنظيم الاتصالات
""", rtl=True, lang='AR-QA'))

M('kwt_ooo', 'ar', 'auto_reply', None, 'bilingual_ooo',
  frm=('Fahad Al-Mutairi', 'f.almutairi@citra.gov.kw'),
  subj='رد تلقائي: ' + CSUBJ['ar'], recv='2019-07-23 17:12:51 +0200', tz='+0300', client='exchange', rp='',
  thread=False, extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
  body=T("""
شكراً لرسالتكم. أنا خارج المكتب حالياً وسأعود يوم الأحد 25 أغسطس 2019. للأمور العاجلة يرجى التواصل مع الزميلة دانة العنزي على البريد d.alenezi@citra.gov.kw

Thank you for your email. I am currently out of the office and will return on Sunday 25 August 2019. For urgent matters please contact Ms Dana Al-Enezi at d.alenezi@citra.gov.kw
""", 'utf-8', 'base64'))

M('sdn1', 'ar', 'nomination', 'SDN', 'hotmail_private',
  frm=('Eng. Omer Babiker', 'omer.babiker77@hotmail.com'),
  subj='تسجيل مشاركة - جلسة التشاور بودابست', recv='2019-08-16 15:00:00 +0200', client='outlook',
  body=ALT("""
السلام عليكم،

أنا م. عمر بابكر أحمد، مدير إدارة تقنية المعلومات بالهيئة القومية للاتصالات والبريد بالسودان. بتوجيه من المدير العام للهيئة أرجو تسجيل اسمي للمشاركة في جلسة التشاور الأولى في بودابست يوم 10 سبتمبر.

أكتب إليكم من بريدي الخاص لتعطل البريد الرسمي، وبريدي الرسمي هو: omer.babiker@tpra.gov.sd

مع الشكر،
عمر بابكر أحمد
الهيئة القومية للاتصالات والبريد (TPRA)

Sent from Outlook
""", rtl=True, lang='AR-SA'),
  dels=[D('عمر بابكر أحمد', 'مدير إدارة تقنية المعلومات بالهيئة القومية للاتصالات والبريد بالسودان',
          'omer.babiker@tpra.gov.sd', ['Omer Babiker'])], sess='B')

M('lbn1', 'ar', 'nomination', 'LBN', 'latin_contact_block',
  frm=('Rami Haddad', 'rhaddad@mpt.gov.lb'),
  subj='مشاركة لبنان في جلسة التشاور - بودابست', recv='2019-08-12 12:00:00 +0200', tz='+0300', client='tb',
  body=T("""
حضرة السيد كريستوفر كلارك المحترم،

بالإشارة إلى كتابكم الدوري رقم CI-19/35، يسرّ وزارة الاتصالات في الجمهورية اللبنانية إعلامكم بأنّ السيدة ريما جورج نصر، رئيسة دائرة التخطيط والتطوير، ستمثل لبنان في جلسة التشاور في بودابست.

بيانات المشاركة:
Rima Georges Nasr
Head of Planning & Development Department
Ministry of Telecommunications, Lebanon
rima.nasr@mpt.gov.lb | +961 1 999 812

مع فائق الاحترام،

رامي حداد
مكتب الوزير
""", 'utf-8', '8bit'),
  dels=[D('ريما جورج نصر', 'رئيسة دائرة التخطيط والتطوير', 'rima.nasr@mpt.gov.lb', ['Rima Georges Nasr'])],
  sess='B')

M('irq1', 'ar', 'nomination', 'IRQ', 'wsis_only',
  frm=('هيئة الإعلام والاتصالات', 'intl.relations@cmc.iq'),
  subj='ترشيح لجلسة التشاور خلال منتدى القمة العالمية لمجتمع المعلومات 2020', recv='2019-08-15 13:00:00 +0200',
  tz='+0300', client='roundcube', hcs='windows-1256',
  body=T("""
السادة في أمانة الاتحاد الدولي للاتصالات المحترمون

تحية طيبة...

نود إعلامكم بأن هيئة الإعلام والاتصالات في جمهورية العراق لن تتمكن من حضور الجلسة الأولى في بودابست، إلا أننا نرشح السيد حيدر كاظم الموسوي، مدير قسم تطوير الأعمال، للمشاركة في الجلسة التي ستعقد أثناء منتدى القمة العالمية لمجتمع المعلومات 2020.

البريد الإلكتروني للمرشح: haider.almusawi@cmc.iq

مع التقدير
قسم العلاقات الدولية
""", 'windows-1256', 'quoted-printable'),
  dels=[D('حيدر كاظم الموسوي', 'مدير قسم تطوير الأعمال', 'haider.almusawi@cmc.iq')], sess='W')

M('bhr1', 'ar', 'interest_only', 'BHR', 'deadline_edge',
  frm=('نور السيد', 'noor.alsayed@tra.org.bh'),
  subj='CI-19/35 - مملكة البحرين', recv='2019-08-16 23:59:30 +0200', tz='+0300', client='outlook',
  itu='exchange', body=ALT("""
السادة المحترمين،

تود هيئة تنظيم الاتصالات في مملكة البحرين إبداء اهتمامها بالمشاركة في جلسة التشاور الأولى في بودابست، وسنوافيكم باسم المشارك قريباً. أما بالنسبة للجلسات اللاحقة في عام 2020 فسيتم تحديد المشاركة فيها لاحقاً.

مع خالص التحية،
نور السيد
هيئة تنظيم الاتصالات
""", rtl=True, lang='AR-BH'),
  sess='B')


# ================================================================ Portuguese
_bra1_top = """
Prezado Senhor Christopher Clark,

Em atenção à Carta Circular CI-19/35, informamos o interesse do Brasil em participar da série de sessões de consulta "Fostering tech and innovation SMEs".

Para a primeira sessão, em 10 de setembro de 2019, em Budapeste, a Agência Nacional de Telecomunicações (Anatel) indica os seguintes representantes:

- Sr. Rafael Cavalcanti Moura, Superintendente Executivo Adjunto – rafaelmoura@anatel.gov.br
- Sra. Juliana Ferreira Lopes, Especialista em Regulação, Assessoria Internacional – julianalopes@anatel.gov.br

Atenciosamente,

Assessoria Internacional (AIN)
Agência Nacional de Telecomunicações – Anatel
SAUS Quadra 6, Blocos C, E, F e H – Brasília/DF
"""
M('bra1', 'pt', 'nomination', 'BRA', 'outlook_list',
  frm=('Assessoria Internacional - Anatel', 'ain@anatel.gov.br'),
  subj='Indicação do Brasil - sessão de consulta UIT sobre PMEs (CI-19/35)', recv='2019-08-08 20:10:00 +0200',
  tz='-0300', client='outlook',
  itu='exchange', body=ALT(_bra1_top, lang='PT-BR'),
  dels=[D('Rafael Cavalcanti Moura', 'Superintendente Executivo Adjunto', 'rafaelmoura@anatel.gov.br'),
        D('Juliana Ferreira Lopes', 'Especialista em Regulação, Assessoria Internacional', 'julianalopes@anatel.gov.br')],
  sess='B')

M('bra2', 'pt', 'correction', 'BRA', 'replace_one_of_two',
  frm=('Assessoria Internacional - Anatel', 'ain@anatel.gov.br'),
  subj='RES: Indicação do Brasil - sessão de consulta UIT sobre PMEs (CI-19/35)', recv='2019-08-15 15:30:00 +0200',
  tz='-0300', client='outlook', irt=MID('bra1'), refs=[MID('bra1')],
  body=ALT("""
Prezado Senhor Clark,

Em complemento à nossa mensagem de 8 de agosto, informamos que a Sra. Juliana Ferreira Lopes não poderá viajar a Budapeste. A delegação brasileira para a sessão de 10 de setembro passa a ser composta por:

1. Rafael Cavalcanti Moura, Superintendente Executivo Adjunto (rafaelmoura@anatel.gov.br)
2. Thiago Henrique Albuquerque, Assessor da Assessoria Internacional (thiago.albuquerque@anatel.gov.br)

Atenciosamente,
Assessoria Internacional – Anatel
""" + outlook_quote(_bra1_top, 'pt', frm='Assessoria Internacional - Anatel <ain@anatel.gov.br>',
                    sent='quinta-feira, 8 de agosto de 2019 15:08', to='sme@itu.int',
                    subj='Indicação do Brasil - sessão de consulta UIT sobre PMEs (CI-19/35)'), lang='PT-BR'),
  dels=[D('Rafael Cavalcanti Moura', 'Superintendente Executivo Adjunto', 'rafaelmoura@anatel.gov.br'),
        D('Thiago Henrique Albuquerque', 'Assessor da Assessoria Internacional', 'thiago.albuquerque@anatel.gov.br')],
  sess='B', sup='bra1')

M('prt1', 'pt', 'interest_only', 'PRT', 'pending_confirmation',
  frm=('Teresa Carvalho', 'teresa.carvalho@anacom.pt'),
  subj='RE: CI-19/35 - ANACOM', recv='2019-08-14 11:00:00 +0200', tz='+0100', client='outlook',
  body=ALT("""
Caro Sr. Clark,

Agradecemos o convite. A ANACOM tem interesse em participar na sessão de consulta de Budapeste, embora a participação ainda dependa de confirmação interna. Caso se confirme, enviaremos o nome do representante até ao final de agosto.

Com os melhores cumprimentos,

Teresa Carvalho
Direção de Relações Internacionais
ANACOM – Autoridade Nacional de Comunicações
Av. José Malhoa, 12 – 1099-017 Lisboa
""", lang='PT'),
  sess='B')

M('ago1', 'pt', 'nomination', 'AGO', 'late_formal',
  frm=('Gabinete de Intercâmbio MTTI', 'intercambio@mtti.gov.ao'),
  subj='Indicação de participante - Circular CI-19/35', recv='2019-08-26 10:00:00 +0200', tz='+0100',
  client='exchange',
  body=T("""
Exmos. Senhores,

Com os nossos cumprimentos, e em resposta à Circular CI-19/35, o Ministério das Telecomunicações e Tecnologias de Informação da República de Angola vem indicar o Eng.º Adilson Manuel Neto da Silva, Director Nacional das Tecnologias de Informação, para participar na sessão de consulta de 10 de Setembro, em Budapeste. Pedimos desculpa pelo atraso na resposta.

Contacto: adilson.silva@mtti.gov.ao

Sem outro assunto de momento, subscrevemo-nos com elevada estima e consideração.

Gabinete de Intercâmbio Internacional
Ministério das Telecomunicações e Tecnologias de Informação
Luanda
""", 'windows-1252', 'quoted-printable'),
  dels=[D('Adilson Manuel Neto da Silva', 'Director Nacional das Tecnologias de Informação', 'adilson.silva@mtti.gov.ao')],
  sess='B')

M('cpv_ooo', 'pt', 'auto_reply', None, 'ausente',
  frm=('Ana Lima Fortes', 'ana.fortes@arme.cv'),
  subj='Resposta automática: ' + CSUBJ['fr'], recv='2019-07-23 17:13:40 +0200', tz='-0100', client='exchange',
  rp='', thread=False, extra=['Auto-Submitted: auto-replied'],
  body=T("""
Obrigada pelo seu e-mail. Encontro-me ausente do serviço até 2 de setembro, com acesso limitado ao correio eletrónico. Para assuntos urgentes, contacte o Sr. João Tavares (joao.tavares@arme.cv).

Ana Lima Fortes
ARME – Agência Reguladora Multissectorial da Economia
""", 'utf-8', 'quoted-printable'))

# ================================================================ German
_deu1_top = """
Sehr geehrter Herr Clark,

vielen Dank für das Rundschreiben CI-19/35. Deutschland nimmt gern an der ersten Konsultationssitzung am 10. September 2019 in Budapest teil.

Für die deutsche Delegation benenne ich:

1. Herrn Dr. Matthias Hoffmann-Berger, Referatsleiter VI B 3 "Internationale Digitalpolitik, ITU", Bundesministerium für Wirtschaft und Energie (matthias.hoffmann-berger@bmwi.bund.de)
2. Frau Lena Wójcik, Referentin im Referat VII A 2 "Mittelstandspolitik, Start-ups" (lena.wojcik@bmwi.bund.de)

Mit freundlichen Grüßen
Im Auftrag

Katrin Schneider

Bundesministerium für Wirtschaft und Energie
Referat VI B 3 – Internationale Digitalpolitik, ITU
Scharnhorststraße 34-37, 10115 Berlin
Tel.: +49 30 18615-6231
"""
M('deu1', 'de', 'nomination', 'DEU', 'smime_signed',
  frm=('Schneider, Katrin, VIB3', 'katrin.schneider@bmwi.bund.de'),
  subj='AW: ' + CSUBJ['en'] + ' / Benennung Deutschland', recv='2019-08-06 14:00:00 +0200', client='exchange',
  crlf=True, body=MP('signed', ALT(_deu1_top + outlook_quote(circ('en', short=True), 'de', sent='Dienstag, 23. Juli 2019 17:12',
                                                   to='Poststelle BMWi', subj=CSUBJ['en']), lang='DE'),
          ATT(fakebin('deu1-sig', 3100, b'\x30\x82\x0c\x1c\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02'),
              'application/pkcs7-signature', 'smime.p7s'),
          style='ms', extra_ct=' protocol="application/pkcs7-signature"; micalg=sha-256;',
          preamble='This is an S/MIME signed message'),
  dels=[D('Matthias Hoffmann-Berger', 'Referatsleiter VI B 3 "Internationale Digitalpolitik, ITU"',
          'matthias.hoffmann-berger@bmwi.bund.de'),
        D('Lena Wójcik', 'Referentin im Referat VII A 2 "Mittelstandspolitik, Start-ups"', 'lena.wojcik@bmwi.bund.de')],
  sess='B')

M('deu2', 'de', 'correction', 'DEU', 'one_withdrawn',
  frm=('Schneider, Katrin, VIB3', 'katrin.schneider@bmwi.bund.de'),
  subj='AW: Benennung Deutschland - Konsultationssitzung Budapest (Änderung)', recv='2019-08-23 09:10:00 +0200',
  client='exchange', irt=MID('deu1'), refs=[MID('deu1')],
  body=ALT("""
Sehr geehrter Herr Clark,

bezugnehmend auf meine E-Mail vom 6. August teile ich mit, dass Frau Wójcik leider nicht nach Budapest reisen kann. Die deutsche Delegation für die Sitzung am 10. September besteht somit nur noch aus Herrn Dr. Matthias Hoffmann-Berger (matthias.hoffmann-berger@bmwi.bund.de).

Mit freundlichen Grüßen
Im Auftrag
Katrin Schneider
""" + outlook_quote(_deu1_top, 'de', frm='Schneider, Katrin, VIB3 <katrin.schneider@bmwi.bund.de>',
                    sent='Dienstag, 6. August 2019 13:58', to="'sme@itu.int'",
                    subj='AW: CI-19/35 / Benennung Deutschland'), lang='DE'),
  dels=[D('Matthias Hoffmann-Berger', 'Referatsleiter VI B 3 "Internationale Digitalpolitik, ITU"',
          'matthias.hoffmann-berger@bmwi.bund.de')],
  sess='B', sup='deu1')

M('aut1', 'de', 'decline', 'AUT', 'short_decline',
  frm=('Gruber Stefan', 'stefan.gruber@bmvit.gv.at'),
  subj='Einladung Konsultationssitzungen KMU - CI-19/35', recv='2019-08-09 08:45:00 +0200', client='exchange',
  body=T("""
Sehr geehrte Damen und Herren,

besten Dank für die Einladung. Österreich wird an der Konsultationssitzung in Budapest leider nicht teilnehmen können. Wir bitten, uns über die Ergebnisse zu informieren.

Mit freundlichen Grüßen
Stefan Gruber

Bundesministerium für Verkehr, Innovation und Technologie
Abteilung III/PT2 – Recht, Internationales
Radetzkystraße 2, 1030 Wien
""", 'utf-8', 'quoted-printable'))

M('lie1', 'de', 'interest_only', 'LIE', 'swiss_german',
  frm=('Amt für Kommunikation', 'info.ak@llv.li'),
  subj='Interessensbekundung Liechtenstein - CI-19/35', recv='2019-08-15 16:00:00 +0200', client='exchange',
  hcs='iso-8859-1', henc='Q',
  no_recv=True, body=T("""
Sehr geehrter Herr Clark

Das Amt für Kommunikation des Fürstentums Liechtenstein bekundet hiermit sein Interesse an der Konsultationsreihe «Fostering tech and innovation SMEs», insbesondere an der ersten Sitzung in Budapest. Eine Teilnehmerin oder ein Teilnehmer wird Ihnen so bald wie möglich gemeldet.

Freundliche Grüsse

Amt für Kommunikation
Äulestrasse 51, 9490 Vaduz
""", 'iso-8859-1', '8bit'),
  sess='B')

M('bounce_bnetza', 'de', 'bounce', None, 'exchange_ndr_de',
  frm=('Microsoft Outlook', 'postmaster@bnetza.de'),
  subj='Unzustellbar: ' + CSUBJ['en'], recv='2019-07-23 17:13:15 +0200', client='exchange', rp='', thread=False,
  extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: '],
  body=MP('report', T("""
Die Übermittlung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

internationales@bnetza.de
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr Helpdesk.

Diagnoseinformationen für Administratoren:

Generierender Server: BNAEXC02.bnetza.local

internationales@bnetza.de
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.
""", 'utf-8', 'quoted-printable'), DSN("""
Reporting-MTA: dns;BNAEXC02.bnetza.local
Received-From-MTA: dns;mx1.itu.int
Arrival-Date: Tue, 23 Jul 2019 15:13:11 +0000

Final-Recipient: rfc822;internationales@bnetza.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""), RFC822(circ_message('en', 'internationales@bnetza.de', '<5d3724ac.CI1935.0093@itu.int>')),
          style='ms', extra_ct=' report-type=delivery-status;'))

M('bnetza_ooo', 'de', 'auto_reply', None, 'abwesenheitsnotiz',
  frm=('Weber, Julia', 'julia.weber@bundesnetzagentur.de'),
  subj='Abwesenheitsnotiz: ' + CSUBJ['en'], recv='2019-07-23 17:13:02 +0200', client='exchange', rp='',
  thread=False, extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
  body=T("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.08.2019 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Herrn Tobias Krämer (tobias.kraemer@bundesnetzagentur.de, Tel. 0228 14-5532).

Mit freundlichen Grüßen
Julia Weber
""", 'iso-8859-1', 'quoted-printable'))

# ================================================================ Italian
M('ita1', 'it', 'nomination', 'ITA', 'two_sessions_dottssa',
  frm=('Segreteria Relazioni Internazionali', 'relazioni.internazionali@mise.gov.it'),
  subj='Lettera circolare CI-19/35 - partecipazione dell\'Italia', recv='2019-08-12 17:30:00 +0200', client='outlook',
  body=ALT("""
Gentile Dott. Clark,

con riferimento alla Lettera circolare CI-19/35 del 23 luglio 2019, si comunica che l'Italia parteciperà alla prima sessione di consultazione "Fostering tech and innovation SMEs", prevista a Budapest il 10 settembre 2019, nonché alla sessione che si terrà nel corso del Forum WSIS 2020.

Per entrambe le sessioni è designata la dott.ssa Chiara Benedetti, Dirigente della Divisione IV – Affari internazionali e comunitari, Direzione Generale per le attività territoriali (chiara.benedetti@mise.gov.it).

Cordiali saluti,

La Segreteria
Ufficio Relazioni Internazionali
Ministero dello Sviluppo Economico
Via Molise 2, 00187 Roma
""", lang='IT'),
  dels=[D('Chiara Benedetti', 'Dirigente della Divisione IV – Affari internazionali e comunitari',
          'chiara.benedetti@mise.gov.it')], sess='BW')

M('vat1', 'it', 'decline', 'VAT', 'holy_see',
  frm=('Direzione Telecomunicazioni SCV', 'telecomunicazioni@scv.va'),
  subj='Re: CI-19/35', recv='2019-08-07 10:00:00 +0200', client='tb',
  body=T("""
Egregi Signori,

ringraziamo per il cortese invito. Lo Stato della Città del Vaticano non prenderà parte alla sessione di consultazione di Budapest, non essendo il tema delle piccole e medie imprese di diretta pertinenza per la nostra Amministrazione.

Distinti saluti,

Direzione delle Telecomunicazioni e dei Sistemi Informatici
Governatorato dello Stato della Città del Vaticano
""", 'iso-8859-15', '8bit'))

# ================================================================ Turkish
M('tur1', 'tr', 'nomination', 'TUR', 'latin5_qp_two',
  frm=('Uluslararası İlişkiler Dairesi', 'uluslararasi@btk.gov.tr'),
  subj='CI-19/35 sayılı genelge - BTK katılımı', recv='2019-08-07 09:30:00 +0200', tz='+0300', client='exchange',
  hcs='iso-8859-9', henc='Q',
  body=T("""
Sayın Yetkili,

ITU'nun 23 Temmuz 2019 tarihli ve CI-19/35 sayılı genelgesine istinaden, Bilgi Teknolojileri ve İletişim Kurumu (BTK) olarak 10 Eylül 2019 tarihinde Budapeşte'de ITU Telecom World 2019 kapsamında düzenlenecek ilk istişare oturumuna katılım sağlamak istediğimizi bildiririz.

Oturuma Kurumumuzu temsilen aşağıdaki personel katılacaktır:

- Sayın Mehmet Ali Yıldırım, Daire Başkanı, Uluslararası İlişkiler Dairesi Başkanlığı (mayildirim@btk.gov.tr)
- Sayın Zeynep Kocabaş Erdem, Bilişim Uzmanı (zkocabas@btk.gov.tr)

Bilgilerinize arz ederiz.

Saygılarımızla,
Uluslararası İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu
""", 'iso-8859-9', 'quoted-printable'),
  dels=[D('Mehmet Ali Yıldırım', 'Daire Başkanı, Uluslararası İlişkiler Dairesi Başkanlığı', 'mayildirim@btk.gov.tr'),
        D('Zeynep Kocabaş Erdem', 'Bilişim Uzmanı', 'zkocabas@btk.gov.tr')], sess='B')

M('tur2', 'tr', 'decline', 'TUR', 'full_withdrawal',
  frm=('Uluslararası İlişkiler Dairesi', 'uluslararasi@btk.gov.tr'),
  subj='YNT: CI-19/35 sayılı genelge - BTK katılımı (iptal)', recv='2019-09-02 10:00:00 +0200', tz='+0300',
  client='exchange', hcs='iso-8859-9', henc='Q', irt=MID('tur1'), refs=[MID('tur1')],
  body=T("""
Sayın Yetkili,

7 Ağustos 2019 tarihli e-postamızla Budapeşte'deki istişare oturumu için bildirdiğimiz katılımcılar, programlarındaki değişiklik nedeniyle oturuma katılamayacaktır. Bu nedenle Türkiye'nin 10 Eylül 2019 tarihli oturuma katılımını geri çektiğimizi bilgilerinize sunarız.

Saygılarımızla,
Uluslararası İlişkiler Dairesi Başkanlığı
BTK
""", 'iso-8859-9', 'quoted-printable'))

# ================================================================ Persian (Farsi, Dari)
M('irn1', 'fa', 'nomination', 'IRN', 'rtl_html_zwnj',
  frm=('International Cooperation Office', 'intl@ict.gov.ir'),
  subj='معرفی نماینده جمهوری اسلامی ایران - CI-19/35', recv='2019-08-10 09:00:00 +0200', tz='+0430',
  client='outlook',
  body=ALT("""
جناب آقای کلارک
با سلام و احترام،

پیرو بخشنامه شماره CI-19/35 مورخ ۲۳ ژوئیه ۲۰۱۹، به استحضار می‌رساند وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران علاقه‌مند به مشارکت در نخستین نشست مشورتی در بوداپست (۱۰ سپتامبر ۲۰۱۹) است. بدین‌وسیله جناب آقای مهندس علیرضا کریمی‌نژاد، مدیرکل دفتر همکاری‌های بین‌المللی، به عنوان نماینده معرفی می‌گردند.

نشانی پست الکترونیک: a.kariminejad@ict.gov.ir

با تشکر،
دفتر همکاری‌های بین‌المللی
وزارت ارتباطات و فناوری اطلاعات

Alireza Karimi-Nejad
Director General, International Cooperation Office
""", rtl=True, lang='FA', font='B Nazanin'),
  dels=[D('علیرضا کریمی‌نژاد', 'مدیرکل دفتر همکاری‌های بین‌المللی', 'a.kariminejad@ict.gov.ir', ['Alireza Karimi-Nejad'])],
  sess='B')

M('afg1', 'fa', 'interest_only', 'AFG', 'dari_interest',
  frm=('International Relations MCIT', 'international@mcit.gov.af'),
  subj='ابراز علاقه‌مندی - CI-19/35', recv='2019-08-14 08:00:00 +0200', tz='+0430', client='roundcube',
  body=T("""
محترم کریستوفر کلارک صاحب،

با عرض سلام و احترام،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان علاقه‌مندی خود را جهت اشتراک در نخستین جلسه مشورتی در شهر بوداپست ابراز می‌دارد. نام اشتراک‌کننده بعد از طی مراحل اداری به اطلاع شما رسانیده خواهد شد.

با احترام،
ریاست روابط بین‌المللی
وزارت مخابرات و تکنالوژی معلوماتی
""", 'utf-8', 'base64'),
  sess='B')

# ================================================================ Indonesian
M('idn1', 'id', 'nomination', 'IDN', 'formal_prose',
  frm=('Biro KSI Kominfo', 'kerjasama@kominfo.go.id'),
  subj='Partisipasi Indonesia - Sesi Konsultasi ITU (CI-19/35)', recv='2019-08-05 10:00:00 +0200', tz='+0700',
  client='zimbra',
  body=T("""
Yth. Sekretariat ITU,

Menindaklanjuti Surat Edaran ITU nomor CI-19/35 tanggal 23 Juli 2019, dengan hormat kami sampaikan bahwa Indonesia berminat untuk berpartisipasi dalam sesi konsultasi pertama "Fostering tech and innovation SMEs" pada tanggal 10 September 2019 di Budapest.

Adapun delegasi yang kami tunjuk adalah Bapak Arief Setiawan Nugroho, Kepala Bagian Kerja Sama Multilateral, Biro Kerja Sama Internasional, Kementerian Komunikasi dan Informatika (arief.setiawan@kominfo.go.id).

Atas perhatian dan kerja samanya, kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Internasional
Kementerian Komunikasi dan Informatika RI
Jl. Medan Merdeka Barat No. 9, Jakarta 10110
""", 'us-ascii', '7bit'),
  dels=[D('Arief Setiawan Nugroho', 'Kepala Bagian Kerja Sama Multilateral, Biro Kerja Sama Internasional',
          'arief.setiawan@kominfo.go.id')], sess='B')

M('idn2', 'id', 'correction', 'IDN', 'added_delegate_wsis',
  frm=('Biro KSI Kominfo', 'kerjasama@kominfo.go.id'),
  subj='Perubahan delegasi Indonesia - Sesi Konsultasi ITU (CI-19/35)', recv='2019-08-13 07:00:00 +0200',
  tz='+0700', client='zimbra', refs=[MID('idn1')],
  body=T("""
Yth. Sekretariat ITU,

Sebagai tindak lanjut email kami tanggal 5 Agustus 2019, dengan ini kami sampaikan perubahan delegasi Indonesia sebagai berikut:

1. Bapak Arief Setiawan Nugroho, Kepala Bagian Kerja Sama Multilateral (arief.setiawan@kominfo.go.id) - sesi Budapest, 10 September 2019;
2. Ibu Ratna Dewi Kusumawardhani, Kepala Subdirektorat Ekonomi Digital, Ditjen Aplikasi Informatika (ratna.dewi@kominfo.go.id) - sesi Budapest dan sesi pada WSIS Forum 2020.

Terima kasih atas perhatiannya.

Hormat kami,
Biro Kerja Sama Internasional
Kominfo
""", 'us-ascii', '7bit'),
  dels=[D('Arief Setiawan Nugroho', 'Kepala Bagian Kerja Sama Multilateral', 'arief.setiawan@kominfo.go.id'),
        D('Ratna Dewi Kusumawardhani', 'Kepala Subdirektorat Ekonomi Digital, Ditjen Aplikasi Informatika',
          'ratna.dewi@kominfo.go.id')],
  sess='BW', sup='idn1')

# ================================================================ Swahili
M('tza1', 'sw', 'nomination', 'TZA', 'barua_rasmi',
  frm=('TCRA Mkurugenzi Mkuu', 'dg@tcra.go.tz'),
  subj='YAH: USHIRIKI WA TANZANIA - CI-19/35', recv='2019-08-13 11:00:00 +0200', tz='+0300', client='exchange',
  itu='utc', body=T("""
Ndugu Katibu Mkuu,

YAH: USHIRIKI WA TANZANIA KATIKA VIKAO VYA MASHAURIANO KUHUSU "FOSTERING TECH AND INNOVATION SMEs"

Tafadhali rejea barua yako yenye kumbukumbu Na. CI-19/35 ya tarehe 23 Julai 2019.

Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kukujulisha kuwa Jamhuri ya Muungano wa Tanzania itashiriki katika kikao cha kwanza cha mashauriano kitakachofanyika tarehe 10 Septemba 2019 jijini Budapest, Hungaria. Tunamteua Bi. Neema Mwakyusa, Meneja wa Ubunifu na Maendeleo ya TEHAMA, kuwakilisha nchi yetu. Barua pepe yake ni neema.mwakyusa@tcra.go.tz.

Kwa ushirikiano,

Mhandisi Joseph Kilonzo
Kwa niaba ya Mkurugenzi Mkuu
Mamlaka ya Mawasiliano Tanzania
""", 'us-ascii', '7bit'),
  dels=[D('Neema Mwakyusa', 'Meneja wa Ubunifu na Maendeleo ya TEHAMA', 'neema.mwakyusa@tcra.go.tz')], sess='B')

M('ken2', 'sw', 'nomination', 'KEN', 'after_interest_late',
  frm=('Wanjiru Kamau', 'wkamau@ca.go.ke'),
  subj='Mwakilishi wa Kenya - kikao cha Budapest (CI-19/35)', recv='2019-08-27 09:00:00 +0200', tz='+0300',
  client='zimbra', refs=[MID('ken1')],
  body=T("""
Habari,

Kufuatia barua pepe yetu ya tarehe 6 Agosti 2019 ambapo Kenya ilionyesha nia ya kushiriki katika kikao cha mashauriano huko Budapest, tunapenda kuwajulisha kuwa Bw. Daniel Otieno Ouma, Naibu Mkurugenzi wa Ubunifu na Maendeleo ya Biashara Ndogo na za Kati, ndiye atakayewakilisha Kenya. Anwani yake ya barua pepe ni douma@ca.go.ke.

Samahani kwa kuchelewa.

Wako,
Wanjiru Kamau
Meneja, Mahusiano ya Kimataifa
Mamlaka ya Mawasiliano ya Kenya
""", 'us-ascii', '7bit'),
  dels=[D('Daniel Otieno Ouma', 'Naibu Mkurugenzi wa Ubunifu na Maendeleo ya Biashara Ndogo na za Kati', 'douma@ca.go.ke')],
  sess='B')

# ================================================================ Japanese
_jpn1 = """
ITU事務局 御中
（cc: Christopher Clark様）

いつもお世話になっております。
総務省国際戦略局国際経済課の佐藤です。

回章CI-19/35にてご案内のありました「技術・イノベーション中小企業の育成」に関する協議セッションにつきまして、日本として9月10日のブダペストでの第1回セッションに参加したく、下記のとおり参加者をご連絡いたします。

記

氏名：田中 健一（Kenichi TANAKA）
所属・役職：総務省国際戦略局 国際経済課 課長補佐
メール：k-tanaka@soumu.go.jp

以上

何卒よろしくお願い申し上げます。

佐藤 美咲
総務省 国際戦略局 国際経済課
〒100-8926 東京都千代田区霞が関2-1-2
TEL: 03-5253-5111
"""
M('jpn1', 'ja', 'nomination', 'JPN', 'iso2022jp_ki',
  frm=('佐藤 美咲', 'm-sato@soumu.go.jp'),
  subj='【総務省】CI-19/35 協議セッション参加者のご連絡', recv='2019-08-09 04:00:00 +0200', tz='+0900',
  client='other', hcs='iso-2022-jp', extra=['X-Mailer: Microsoft Outlook 14.0'],
  itu='exchange', body=T(_jpn1, 'iso-2022-jp', '7bit'),
  dels=[D('田中 健一', '総務省国際戦略局 国際経済課 課長補佐', 'k-tanaka@soumu.go.jp', ['Kenichi TANAKA'])], sess='B')

M('jpn2', 'ja', 'correction', 'JPN', 'iso2022jp_title_email',
  frm=('佐藤 美咲', 'm-sato@soumu.go.jp'),
  subj='【訂正】CI-19/35 協議セッション参加者情報', recv='2019-08-20 03:00:00 +0200', tz='+0900',
  client='other', hcs='iso-2022-jp', extra=['X-Mailer: Microsoft Outlook 14.0'], refs=[MID('jpn1')],
  body=T("""
ITU事務局 御中

総務省国際戦略局の佐藤です。
8月9日にお送りした参加者情報について、人事異動に伴い、下記のとおり訂正させていただきます。

記

氏名：田中 健一（Kenichi TANAKA）
所属・役職：総務省国際戦略局 技術政策課 企画官
メール：tanaka-kenichi@soumu.go.jp

以上

お手数をおかけしますが、よろしくお願いいたします。

佐藤 美咲
""", 'iso-2022-jp', '7bit'),
  dels=[D('田中 健一', '総務省国際戦略局 技術政策課 企画官', 'tanaka-kenichi@soumu.go.jp', ['Kenichi TANAKA'])],
  sess='B', sup='jpn1')

M('jpn_ooo', 'ja', 'auto_reply', None, 'jidou_outou',
  frm=('山本 浩二', 'k-yamamoto@soumu.go.jp'),
  subj='自動応答: ' + CSUBJ['en'], recv='2019-08-12 09:30:00 +0200', tz='+0900', client='other', rp='',
  hcs='iso-2022-jp', extra=['Auto-Submitted: auto-replied'],
  body=T("""
（自動応答）
大変申し訳ございませんが、8月10日から8月18日まで夏季休暇のため不在にしております。
急ぎのご用件は、国際経済課 佐藤（m-sato@soumu.go.jp）までご連絡ください。
""", 'iso-2022-jp', '7bit'))

# ================================================================ Korean
_kor1 = """
ITU 사무국 귀중

안녕하십니까. 과학기술정보통신부 국제협력담당관실입니다.

CI-19/35 회람 문서와 관련하여, 대한민국은 2019년 9월 10일 부다페스트에서 개최되는 제1차 협의 세션에 참가하고자 합니다. 참가자는 아래와 같습니다.

- 성명: 김민준 (KIM Min-jun)
- 직위: 과학기술정보통신부 국제협력담당관실 사무관
- 이메일: mjkim@korea.kr

감사합니다.

과학기술정보통신부 국제협력담당관실 드림
"""
M('kor1', 'ko', 'nomination', 'KOR', 'ksc5601_base64',
  frm=('국제협력담당관실', 'msit_intl@korea.kr'),
  subj='[과학기술정보통신부] CI-19/35 협의 세션 참가자 통보', recv='2019-08-06 03:00:00 +0200', tz='+0900',
  client='other', hcs='ks_c_5601-1987',
  crlf=True, body=ALT(_kor1, cs='ks_c_5601-1987', cte='base64', style='gmail', mstyle='other', font='굴림'),
  dels=[D('김민준', '과학기술정보통신부 국제협력담당관실 사무관', 'mjkim@korea.kr', ['KIM Min-jun'])], sess='B')

_kor2 = """
ITU 사무국 담당자님께,

지난 8월 6일 송부한 참가자 정보를 다음과 같이 변경합니다. 김민준 사무관의 일정 변경으로 인해 이서연 서기관이 대신 참석할 예정입니다.

- 성명: 이서연 (LEE Seo-yeon)
- 직위: 과학기술정보통신부 중소기업 디지털혁신팀 서기관
- 이메일: sylee@korea.kr

감사합니다.

과학기술정보통신부 국제협력담당관실 드림
"""
M('kor2', 'ko', 'correction', 'KOR', 'replacement',
  frm=('국제협력담당관실', 'msit_intl@korea.kr'),
  subj='[변경] CI-19/35 협의 세션 참가자 변경 통보', recv='2019-08-13 02:30:00 +0200', tz='+0900',
  client='other', hcs='ks_c_5601-1987', refs=[MID('kor1')],
  body=ALT(_kor2, cs='ks_c_5601-1987', cte='base64', style='gmail', mstyle='other', font='굴림'),
  dels=[D('이서연', '과학기술정보통신부 중소기업 디지털혁신팀 서기관', 'sylee@korea.kr', ['LEE Seo-yeon'])],
  sess='B', sup='kor1')

M('kor3', 'ko', 'correction', 'KOR', 'email_fix_chain',
  frm=('국제협력담당관실', 'msit_intl@korea.kr'),
  subj='RE: [변경] CI-19/35 협의 세션 참가자 변경 통보 (이메일 정정)', recv='2019-08-13 08:10:00 +0200', tz='+0900',
  client='other', hcs='ks_c_5601-1987', irt=MID('kor2'), refs=[MID('kor1'), MID('kor2')],
  body=ALT("""
ITU 사무국 담당자님께,

오늘 오전에 보내드린 메일에서 이서연 서기관의 이메일 주소가 잘못 기재되었습니다. 올바른 주소는 seoyeon.lee@korea.kr 입니다. (sylee@korea.kr 아님)

번거롭게 해드려 죄송합니다.
""" + gt_quote(_kor2, '2019년 8월 13일 (화) 오전 9:28, 국제협력담당관실 <msit_intl@korea.kr>님이 작성:'),
           cs='ks_c_5601-1987', cte='base64', style='gmail', mstyle='other', font='굴림'),
  dels=[D('이서연', '과학기술정보통신부 중소기업 디지털혁신팀 서기관', 'seoyeon.lee@korea.kr', ['LEE Seo-yeon'])],
  sess='B', sup='kor2')

# ================================================================ Ukrainian
M('ukr1', 'uk', 'nomination', 'UKR', 'cp1251_declined_prose',
  frm=('НКРЗІ - міжнародне співробітництво', 'intl@nkrzi.gov.ua'),
  subj='Участь України в консультаційній сесії МСЕ (CI-19/35)', recv='2019-08-12 10:00:00 +0200', tz='+0300',
  client='exchange', hcs='windows-1251',
  body=T("""
Шановний пане Кларк!

Національна комісія, що здійснює державне регулювання у сферах зв'язку та інформатизації (НКРЗІ), у відповідь на циркулярний лист CI-19/35 повідомляє, що для участі в першій консультаційній сесії в Будапешті 10 вересня 2019 року делеговано пані Олену Ковальчук-Мельник, начальника відділу міжнародного співробітництва.

Контактні дані учасника:
ПІБ: Ковальчук-Мельник Олена Петрівна (Olena Kovalchuk-Melnyk)
Посада: начальник відділу міжнародного співробітництва НКРЗІ
E-mail: o.kovalchuk@nkrzi.gov.ua

Також Україна зацікавлена в участі в сесії під час Форуму ВСІС 2020.

З повагою,
Відділ міжнародного співробітництва НКРЗІ
""", 'windows-1251', 'quoted-printable'),
  dels=[D('Ковальчук-Мельник Олена Петрівна', 'начальник відділу міжнародного співробітництва НКРЗІ',
          'o.kovalchuk@nkrzi.gov.ua', ['Olena Kovalchuk-Melnyk'])], sess='BW')

M('ukr2', 'uk', 'inquiry', 'UKR', 'egov_question',
  frm=('Ірина Бондаренко', 'i.bondarenko@e.gov.ua'),
  subj='Запитання щодо консультаційної сесії в Будапешті', recv='2019-08-01 12:00:00 +0200', tz='+0300',
  client='gmail',
  body=ALT("""
Добрий день!

Державне агентство з питань електронного урядування України просить повідомити, чи можливо делегувати на консультаційну сесію в Будапешті представника, який не входить до офіційної делегації України на ITU Telecom World 2019, а також чи буде забезпечено синхронний переклад.

З повагою,
Ірина Бондаренко
головний спеціаліст відділу міжнародного співробітництва
""", style='gmail'))

# ================================================================ Polish
M('pol1', 'pl', 'nomination', 'POL', 'latin2_selfnom_from_header',
  frm=('Wiśniewska-Kołodziej Anna', 'anna.wisniewska@uke.gov.pl'),
  subj='Odp: CI-19/35 - udział UKE w sesji konsultacyjnej', recv='2019-08-07 15:45:00 +0200', client='tb',
  hcs='iso-8859-2', henc='Q',
  body=T("""
Szanowny Panie,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Urząd Komunikacji Elektronicznej będzie reprezentował Polskę podczas pierwszej sesji konsultacyjnej w Budapeszcie w dniu 10 września 2019 r. W sesji wezmę udział osobiście.

Z wyrazami szacunku

Anna Wiśniewska-Kołodziej
Naczelnik Wydziału Współpracy Międzynarodowej
Departament Strategii i Współpracy Międzynarodowej
Urząd Komunikacji Elektronicznej
ul. Giełdowa 7/9, 01-211 Warszawa
tel. +48 22 534 91 77
""", 'iso-8859-2', 'quoted-printable'),
  dels=[D('Anna Wiśniewska-Kołodziej', 'Naczelnik Wydziału Współpracy Międzynarodowej', 'anna.wisniewska@uke.gov.pl',
          ['Wiśniewska-Kołodziej Anna'])], sess='B')

M('pol2', 'pl', 'interest_only', 'POL', 'geneva_2020_only',
  frm=('Zieliński Tomasz', 'tomasz.zielinski@mc.gov.pl'),
  subj='CI-19/35 - Ministerstwo Cyfryzacji', recv='2019-08-14 13:00:00 +0200', client='outlook',
  body=ALT("""
Szanowni Państwo,

dziękujemy za zaproszenie. Ministerstwo Cyfryzacji nie będzie mogło wziąć udziału w sesji w Budapeszcie, jednak jesteśmy zainteresowani udziałem w kolejnych sesjach konsultacyjnych w Genewie w 2020 r., tj. w trakcie posiedzeń Grup Roboczych Rady oraz Forum WSIS. Nazwiska uczestników przekażemy w późniejszym terminie.

Z poważaniem
Tomasz Zieliński
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
""", lang='PL'),
  sess='CW')

# ================================================================ Dutch
M('nld1', 'nl', 'nomination', 'NLD', 'selfnom_plus_colleague',
  frm=('Berg, P. van den (Pieter) - DGBI/DE', 'p.vandenberg@minezk.nl'),
  subj='Deelname Nederland - consultatiesessie Budapest (CI-19/35)', recv='2019-08-08 15:00:00 +0200',
  client='exchange',
  body=ALT("""
Geachte heer Clark,

In antwoord op circulaire CI-19/35 laat ik u graag weten dat Nederland zal deelnemen aan de eerste consultatiesessie op 10 september 2019 in Budapest. Nederland wordt vertegenwoordigd door drs. ir. Pieter van den Berg, senior beleidsmedewerker internationale telecommunicatie, directie Digitale Economie (p.vandenberg@minezk.nl), en mevrouw Sanne de Vries-Bakker, beleidsmedewerker mkb en innovatie (s.devries-bakker@minezk.nl).

Met vriendelijke groet,

Pieter van den Berg
Ministerie van Economische Zaken en Klimaat
Directoraat-generaal Bedrijfsleven en Innovatie
Bezuidenhoutseweg 73, 2594 AC Den Haag
""", lang='NL'),
  dels=[D('Pieter van den Berg', 'senior beleidsmedewerker internationale telecommunicatie, directie Digitale Economie',
          'p.vandenberg@minezk.nl'),
        D('Sanne de Vries-Bakker', 'beleidsmedewerker mkb en innovatie', 's.devries-bakker@minezk.nl')],
  sess='B')

M('sur1', 'nl', 'decline', 'SUR', 'short_decline',
  frm=('Telecommunicatie Autoriteit Suriname', 'info@tas.sr'),
  subj='RE: CI-19/35', recv='2019-08-15 02:00:00 +0200', tz='-0300', client='gmail',
  body=ALT("""
Geachte heer/mevrouw,

Wij danken u hartelijk voor de uitnodiging. Helaas is het voor de Telecommunicatie Autoriteit Suriname niet mogelijk om deel te nemen aan de consultatiesessie in Boedapest op 10 september a.s.

Met vriendelijke groeten,

Directie TAS
Paramaribo
""", style='gmail'))


# ================================================================ Nordic
M('swe1', 'sv', 'nomination', 'SWE', 'latin1_8bit_interest_wsis',
  frm=('Eriksson Lars', 'lars.eriksson@pts.se'),
  subj='SV: CI-19/35 - deltagande från Sverige', recv='2019-08-14 10:30:00 +0200', client='exchange',
  hcs='iso-8859-1', henc='Q',
  body=T("""
Hej,

Tack för inbjudan. Sverige deltar gärna i den första konsultationssessionen den 10 september i Budapest. Post- och telestyrelsen kommer att representeras av Karin Lindström, enhetschef, Internationella enheten (karin.lindstrom@pts.se).

Vi är också intresserade av sessionen under WSIS Forum 2020 och återkommer om vem som deltar där.

Med vänliga hälsningar
Lars Eriksson
Handläggare, Internationella enheten
Post- och telestyrelsen (PTS)
Box 5398, 102 49 Stockholm
""", 'iso-8859-1', '8bit'),
  dels=[D('Karin Lindström', 'enhetschef, Internationella enheten', 'karin.lindstrom@pts.se')], sess='BW')

M('nor1', 'no', 'interest_only', 'NOR', 'name_later',
  frm=('Haugen, Ingrid', 'ingrid.haugen@nkom.no'),
  subj='SV: ' + CSUBJ['en'], recv='2019-08-12 09:00:00 +0200', client='outlook',
  body=ALT("""
Hei,

Nasjonal kommunikasjonsmyndighet (Nkom) viser til sirkulærbrev CI-19/35. Norge ønsker å delta på det første konsultasjonsmøtet i Budapest 10. september. Navn på deltaker vil bli oversendt så snart dette er avklart internt.

Med vennlig hilsen
Ingrid Haugen
Seniorrådgiver, Internasjonal seksjon
Nasjonal kommunikasjonsmyndighet
""" + outlook_quote(circ('en', short=True), 'en', sent='tirsdag 23. juli 2019 17:12', subj=CSUBJ['en']),
           lang='NO-BOK'),
  sess='B')

M('dnk1', 'da', 'nomination', 'DNK', 'flowed_title_before',
  frm=('Mette Kjær Sørensen', 'mks@ens.dk'),
  subj='Deltagelse fra Danmark - CI-19/35', recv='2019-08-13 14:20:00 +0200', client='tb',
  body=T("""
Kære Christopher Clark

Med henvisning til cirkulæreskrivelse CI-19/35 kan jeg bekræfte, at Danmark deltager i den første konsultationssession i Budapest den 10. september 2019. Danmark repræsenteres af specialkonsulent Rasmus Møller Holm, Center for Tele (rmh@ens.dk).

Med venlig hilsen

Mette Kjær Sørensen
Chefkonsulent
Energistyrelsen, Center for Tele
Carsten Niebuhrs Gade 43, 1577 København V
""", 'utf-8', 'quoted-printable', flowed=True),
  dels=[D('Rasmus Møller Holm', 'specialkonsulent', 'rmh@ens.dk')], sess='B')

M('fin1', 'fi', 'nomination', 'FIN', 'selfnom_signature',
  frm=('Mäkelä-Virtanen Leena (Traficom)', 'leena.makela-virtanen@traficom.fi'),
  subj='VS: ' + CSUBJ['en'], recv='2019-08-09 11:11:00 +0200', tz='+0300', client='outlook',
  body=ALT("""
Hei,

Kiitos kutsusta. Suomi osallistuu mielellään Budapestissa 10.9.2019 järjestettävään ensimmäiseen konsultaatioistuntoon. Osallistun istuntoon itse Liikenne- ja viestintävirasto Traficomin edustajana.

Ystävällisin terveisin

Leena Mäkelä-Virtanen
erityisasiantuntija | Senior Specialist
Kansainväliset asiat
Liikenne- ja viestintävirasto Traficom
PL 320, 00059 TRAFICOM
p. +358 29 534 5000
""", lang='FI'),
  dels=[D('Leena Mäkelä-Virtanen', 'erityisasiantuntija', 'leena.makela-virtanen@traficom.fi',
          ['Mäkelä-Virtanen Leena'])], sess='B')

M('isl1', 'is', 'decline', 'ISL', 'latin1_decline',
  frm=('Hrafnhildur Jónsdóttir', 'hrafnhildur@pfs.is'),
  subj='Svar: CI-19/35', recv='2019-08-06 13:00:00 +0200', tz='+0000', client='exchange', hcs='iso-8859-1',
  body=T("""
Góðan dag,

Póst- og fjarskiptastofnun þakkar boðið. Því miður getur Ísland ekki sent fulltrúa á samráðsfundinn í Búdapest 10. september nk.

Með kveðju,
Hrafnhildur Jónsdóttir
Alþjóðamál, Póst- og fjarskiptastofnun
""", 'iso-8859-1', 'quoted-printable'))

# ================================================================ Central Europe
M('cze1', 'cs', 'nomination', 'CZE', 'latin2_base64_degrees',
  frm=('Svobodová Petra', 'svobodovap@ctu.cz'),
  subj='Odpověď na oběžník CI-19/35', recv='2019-08-12 10:40:00 +0200', client='exchange', hcs='iso-8859-2',
  body=T("""
Vážený pane Clarku,

v odpovědi na oběžník CI-19/35 si Vás dovoluji informovat, že Česká republika se zúčastní první konzultační schůzky dne 10. září 2019 v Budapešti. Za Český telekomunikační úřad se jí zúčastní Ing. Tomáš Novotný, Ph.D., ředitel odboru mezinárodních vztahů (novotnyt@ctu.cz).

S pozdravem

Mgr. Petra Svobodová
odbor mezinárodních vztahů
Český telekomunikační úřad
Sokolovská 58/219, 190 00 Praha 9
""", 'iso-8859-2', 'base64'),
  dels=[D('Tomáš Novotný', 'ředitel odboru mezinárodních vztahů', 'novotnyt@ctu.cz')], sess='B')

M('svk1', 'sk', 'nomination', 'SVK', 'cp1250_two_sessions',
  frm=('Kováč Juraj', 'juraj.kovac@teleoff.gov.sk'),
  subj='Konzultačné stretnutia ITU - účasť SR', recv='2019-08-14 09:15:00 +0200', client='exchange',
  hcs='windows-1250', henc='Q',
  body=T("""
Dobrý deň,

Úrad pre reguláciu elektronických komunikácií a poštových služieb si Vás dovoľuje informovať, že Slovenskú republiku bude na konzultačnom stretnutí v Budapešti 10. septembra 2019 zastupovať Mgr. Martina Horváthová, PhD., riaditeľka odboru medzinárodných vzťahov, e-mail: martina.horvathova@teleoff.gov.sk.

Zároveň prejavujeme záujem o účasť na stretnutí počas Fóra WSIS 2020.

S pozdravom
Juraj Kováč
""", 'windows-1250', 'quoted-printable'),
  dels=[D('Martina Horváthová', 'riaditeľka odboru medzinárodných vzťahov', 'martina.horvathova@teleoff.gov.sk')],
  sess='BW')

M('hun1', 'hu', 'nomination', 'HUN', 'host_surname_first',
  frm=('NMHH Nemzetközi Főosztály', 'nemzetkozi@nmhh.hu'),
  subj='Válasz: CI-19/35 - magyar részvétel a budapesti konzultációs ülésen', recv='2019-08-05 13:00:00 +0200',
  client='outlook',
  itu='exchange', body=ALT("""
Tisztelt Clark Úr!

A CI-19/35 számú körlevélre hivatkozva tájékoztatjuk, hogy Magyarország – mint az ITU Telecom World 2019 házigazdája – nagy örömmel vesz részt a 2019. szeptember 10-i budapesti konzultációs ülésen. A Nemzeti Média- és Hírközlési Hatóság (NMHH) részéről az alábbi kollégák vesznek részt:

- dr. Kovács-Szabó Eszter, főosztályvezető, Nemzetközi Főosztály (kovacs-szabo.eszter@nmhh.hu)
- Horváth Gábor, vezető szakértő, Piacfelügyeleti Főosztály (horvath.gabor@nmhh.hu)

A 2020-as ülésekkel kapcsolatban később jelentkezünk.

Üdvözlettel:

Nagy Zsófia
Nemzetközi Főosztály
Nemzeti Média- és Hírközlési Hatóság
1015 Budapest, Ostrom u. 23–25.
""", lang='HU'),
  dels=[D('Kovács-Szabó Eszter', 'főosztályvezető, Nemzetközi Főosztály', 'kovacs-szabo.eszter@nmhh.hu'),
        D('Horváth Gábor', 'vezető szakértő, Piacfelügyeleti Főosztály', 'horvath.gabor@nmhh.hu')], sess='B')

M('hun2', 'hu', 'inquiry', 'HUN', 'latin2_venue_question',
  frm=('Tóth Péter', 'peter.toth@itm.gov.hu'),
  subj='Kérdés a szeptember 10-i konzultációs ülésről', recv='2019-08-02 09:20:00 +0200', client='tb',
  hcs='iso-8859-2', henc='Q',
  body=T("""
Tisztelt Hölgyem/Uram!

Az Innovációs és Technológiai Minisztérium nevében érdeklődnék, hogy a szeptember 10-i konzultációs ülés pontosan a Hungexpo területén, az ITU Telecom World helyszínén lesz-e, illetve kell-e külön regisztráció a magyar kormányzati résztvevők számára.

Köszönettel:
Tóth Péter
osztályvezető, Infokommunikációs Főosztály
Innovációs és Technológiai Minisztérium
""", 'iso-8859-2', '8bit'))

# ================================================================ Romanian
M('rou1', 'ro', 'nomination', 'ROU', 'doamna_domnul',
  frm=('Mihaela Dumitrescu', 'mihaela.dumitrescu@ancom.ro'),
  subj='Participare ANCOM - sesiunea de consultare Budapesta (CI-19/35)', recv='2019-08-09 08:30:00 +0200',
  tz='+0300', client='outlook',
  body=ALT("""
Stimate domnule Clark,

Ca răspuns la scrisoarea circulară CI-19/35, vă informăm că Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM) va participa la prima sesiune de consultare, de la Budapesta, din 10 septembrie 2019. România va fi reprezentată de doamna Ioana-Cristina Popescu, director, Direcția Relații Internaționale (ioana.popescu@ancom.ro), și de domnul Andrei Constantinescu, expert, Direcția Strategie și Reglementare (andrei.constantinescu@ancom.ro).

Cu stimă,
Mihaela Dumitrescu
Direcția Relații Internaționale, ANCOM
""", lang='RO'),
  dels=[D('Ioana-Cristina Popescu', 'director, Direcția Relații Internaționale', 'ioana.popescu@ancom.ro'),
        D('Andrei Constantinescu', 'expert, Direcția Strategie și Reglementare', 'andrei.constantinescu@ancom.ro')],
  sess='B')

M('mda1', 'ro', 'nomination', 'MDA', 'late_base64',
  frm=('Victor Ciobanu', 'victor.ciobanu@anrceti.md'),
  subj='Desemnare participant - sesiunea de consultare UIT', recv='2019-08-19 09:00:00 +0200', tz='+0300',
  client='roundcube',
  body=T("""
Bună ziua,

Cu scuze pentru întârziere, ANRCETI o desemnează pe dna Natalia Rusu, șef Direcția relații externe, să reprezinte Republica Moldova la sesiunea de consultare de la Budapesta (10 septembrie 2019). Adresa de e-mail: natalia.rusu@anrceti.md.

Cu respect,
Victor Ciobanu
ANRCETI
""", 'utf-8', 'base64'),
  dels=[D('Natalia Rusu', 'șef Direcția relații externe', 'natalia.rusu@anrceti.md')], sess='B')

# ================================================================ Balkans
M('bgr1', 'bg', 'nomination', 'BGR', 'cp1251_8bit',
  frm=('Георги Атанасов', 'g.atanasov@mtitc.government.bg'),
  subj='Участие на България в консултативна сесия на МСЕ', recv='2019-08-12 16:00:00 +0200', tz='+0300',
  client='exchange', hcs='windows-1251',
  body=T("""
Уважаеми господин Кларк,

Във връзка с циркулярно писмо CI-19/35 Ви уведомяваме, че Република България ще участва в първата консултативна сесия в Будапеща на 10 септември 2019 г. Министерството на транспорта, информационните технологии и съобщенията определя г-жа Десислава Петрова-Николова, началник на отдел „Международно сътрудничество“ (d.petrova@mtitc.government.bg).

С уважение,
Георги Атанасов
главен експерт
""", 'windows-1251', '8bit'),
  dels=[D('Десислава Петрова-Николова', 'началник на отдел „Международно сътрудничество“', 'd.petrova@mtitc.government.bg')],
  sess='B')

M('srb1', 'sr', 'nomination', 'SRB', 'cyrillic_latin_alias',
  frm=('Никола Петровић', 'nikola.petrovic@ratel.rs'),
  subj='Учешће Србије на консултативној сесији (CI-19/35)', recv='2019-08-08 12:00:00 +0200', client='exchange',
  body=T("""
Поштовани господине Кларк,

Поводом циркуларног писма CI-19/35, обавештавамо Вас да ће Републику Србију на првој консултативној сесији у Будимпешти, 10. септембра 2019. године, представљати Милица Јовановић (Milica Jovanović), руководилац Групе за међународну сарадњу Регулаторне агенције за електронске комуникације и поштанске услуге (РАТЕЛ), имејл: milica.jovanovic@ratel.rs.

С поштовањем,
Никола Петровић
""", 'utf-8', 'quoted-printable'),
  dels=[D('Милица Јовановић', 'руководилац Групе за међународну сарадњу', 'milica.jovanovic@ratel.rs',
          ['Milica Jovanović'])], sess='B')

M('srb2', 'sr', 'interest_only', 'SRB', 'latin_script_cwg',
  frm=('Jelena Marković', 'jelena.markovic@mtt.gov.rs'),
  subj='Interesovanje za sesije 2020 - CI-19/35', recv='2019-08-16 12:00:00 +0200', client='exchange',
  hcs='windows-1250', henc='Q',
  body=T("""
Poštovani,

Ministarstvo trgovine, turizma i telekomunikacija Republike Srbije izražava interesovanje za učešće na sesiji koja će se održati početkom 2020. godine u Ženevi, tokom sastanaka radnih grupa Saveta. Ime učesnika ćemo dostaviti naknadno.

Srdačan pozdrav,
Jelena Marković
Sektor za elektronske komunikacije i poštanski saobraćaj
""", 'windows-1250', 'quoted-printable'),
  sess='C')

M('hrv1', 'hr', 'nomination', 'HRV', 'latin2_mr_sc',
  frm=('Marija Kovačević', 'marija.kovacevic@hakom.hr'),
  subj='Konzultacijska sjednica ITU - Budimpešta', recv='2019-08-13 11:20:00 +0200', client='outlook',
  hcs='iso-8859-2',
  body=T("""
Poštovani gospodine Clark,

vezano uz okružnicu CI-19/35, obavještavamo Vas da će Republiku Hrvatsku na prvoj konzultacijskoj sjednici u Budimpešti 10. rujna 2019. predstavljati mr. sc. Ivan Babić, voditelj Službe za međunarodne poslove HAKOM-a (ivan.babic@hakom.hr).

S poštovanjem,
Marija Kovačević
Hrvatska regulatorna agencija za mrežne djelatnosti
""", 'iso-8859-2', 'quoted-printable'),
  dels=[D('Ivan Babić', 'voditelj Službe za međunarodne poslove HAKOM-a', 'ivan.babic@hakom.hr')], sess='B')

M('bih1', 'bs', 'nomination', 'BIH', 'declined_prose_contact',
  frm=('Emir Delić', 'edelic@rak.ba'),
  subj='Nominacija - konsultativna sesija ITU, Budimpešta', recv='2019-08-14 14:40:00 +0200', client='gmail',
  body=ALT("""
Poštovani,

Regulatorna agencija za komunikacije Bosne i Hercegovine ovim putem nominuje gospođu Amru Hadžić (šefica Odsjeka za međunarodnu saradnju) za učešće na konsultativnoj sesiji u Budimpešti 10. septembra 2019. godine.

Kontakt: Amra Hadžić, amra.hadzic@rak.ba, +387 33 250 600

S poštovanjem,
Emir Delić
Regulatorna agencija za komunikacije
""", style='gmail'),
  dels=[D('Amra Hadžić', 'šefica Odsjeka za međunarodnu saradnju', 'amra.hadzic@rak.ba')], sess='B')

M('svn1', 'sl', 'nomination', 'SVN', 'cp1250_8bit',
  frm=('Tina Kralj', 'tina.kralj@akos-rs.si'),
  subj='Udeležba Slovenije - posvetovalno zasedanje ITU', recv='2019-08-07 10:10:00 +0200', client='exchange',
  hcs='windows-1250',
  body=T("""
Spoštovani g. Clark,

v zvezi z okrožnico CI-19/35 vas obveščamo, da se bo prvega posvetovalnega zasedanja v Budimpešti 10. septembra 2019 udeležila ga. Maja Novak Zupančič, vodja Službe za mednarodno sodelovanje na Agenciji za komunikacijska omrežja in storitve RS (AKOS), e-naslov: maja.novak-zupancic@akos-rs.si.

Lep pozdrav,
Tina Kralj
""", 'windows-1250', '8bit'),
  dels=[D('Maja Novak Zupančič', 'vodja Službe za mednarodno sodelovanje', 'maja.novak-zupancic@akos-rs.si')],
  sess='B')

M('mkd1', 'mk', 'nomination', 'MKD', 'cp1251_base64',
  frm=('Дејан Стојанов', 'dejan.stojanov@aek.mk'),
  subj='Учество на консултативна сесија на ITU', recv='2019-08-15 15:15:00 +0200', client='exchange',
  hcs='windows-1251',
  body=T("""
Почитуван господине Кларк,

Во врска со циркуларното писмо CI-19/35, Ве известуваме дека Агенцијата за електронски комуникации (АЕК) на првата консултативна сесија во Будимпешта на 10 септември 2019 година ќе ја претставува г-ѓа Ивана Трајковска, раководител на Одделението за меѓународна соработка (ivana.trajkovska@aek.mk).

Со почит,
Дејан Стојанов
""", 'windows-1251', 'base64'),
  dels=[D('Ивана Трајковска', 'раководител на Одделението за меѓународна соработка', 'ivana.trajkovska@aek.mk')],
  sess='B')

M('alb1', 'sq', 'nomination', 'ALB', 'latin1_znj',
  frm=('Arben Shehu', 'arben.shehu@akep.al'),
  subj='Pjesemarrja e AKEP - sesioni konsultativ ITU', recv='2019-08-12 09:50:00 +0200', client='outlook',
  body=ALT("""
I nderuar Z. Clark,

Në përgjigje të letrës qarkore CI-19/35, ju njoftojmë se Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) do të përfaqësohet në sesionin e parë konsultativ në Budapest më 10 shtator 2019 nga znj. Elira Hoxha, Drejtore e Marrëdhënieve me Jashtë, email: elira.hoxha@akep.al.

Me respekt,
Arben Shehu
AKEP
""", cs='iso-8859-1', lang='SQ'),
  dels=[D('Elira Hoxha', 'Drejtore e Marrëdhënieve me Jashtë', 'elira.hoxha@akep.al')], sess='B')

# ================================================================ Greek, Hebrew
M('grc1', 'el', 'nomination', 'GRC', 'iso8859_7_alias',
  frm=('Νικόλαος Γεωργίου', 'ngeorgiou@eett.gr'),
  subj='Συμμετοχή ΕΕΤΤ - συνεδρία διαβούλευσης ITU', recv='2019-08-09 12:30:00 +0200', tz='+0300',
  client='exchange', hcs='iso-8859-7',
  itu='utc', body=T("""
Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, σας ενημερώνουμε ότι η Εθνική Επιτροπή Τηλεπικοινωνιών και Ταχυδρομείων (ΕΕΤΤ) θα εκπροσωπηθεί στην πρώτη συνεδρία διαβούλευσης στη Βουδαπέστη, στις 10 Σεπτεμβρίου 2019, από την κα Αικατερίνη Παπαδοπούλου (Aikaterini Papadopoulou), Προϊσταμένη Τμήματος Διεθνών Σχέσεων (apapadopoulou@eett.gr).

Με εκτίμηση,
Νικόλαος Γεωργίου
Τμήμα Διεθνών Σχέσεων, ΕΕΤΤ
""", 'iso-8859-7', 'quoted-printable'),
  dels=[D('Αικατερίνη Παπαδοπούλου', 'Προϊσταμένη Τμήματος Διεθνών Σχέσεων', 'apapadopoulou@eett.gr',
          ['Aikaterini Papadopoulou'])], sess='B')

M('cyp1', 'el', 'decline', 'CYP', 'html_decline',
  frm=('ΓΕΡΗΕΤ', 'info@ocecpr.org.cy'),
  subj='RE: CI-19/35', recv='2019-08-13 08:00:00 +0200', tz='+0300', client='outlook',
  body=ALT("""
Αγαπητέ κύριε Clark,

Σας ευχαριστούμε για την πρόσκληση. Δυστυχώς, η Κυπριακή Δημοκρατία δεν θα εκπροσωπηθεί στη συνεδρία της Βουδαπέστης.

Με εκτίμηση,
Γραφείο Επιτρόπου Ρυθμίσεως Ηλεκτρονικών Επικοινωνιών και Ταχυδρομείων (ΓΕΡΗΕΤ)
""", lang='EL'))

M('isr1', 'he', 'nomination', 'ISR', 'cp1255_base64',
  frm=('יוסי אברהם', 'yossia@moc.gov.il'),
  subj='השתתפות ישראל במפגש ההתייעצות - CI-19/35', recv='2019-08-11 10:00:00 +0200', tz='+0300',
  client='exchange', hcs='windows-1255',
  body=T("""
שלום רב,

בהמשך למכתב החוזר CI-19/35, משרד התקשורת של מדינת ישראל מבקש להודיע כי גב' מיכל לוי-כהן (Michal Levi-Cohen), מנהלת תחום קשרים בינלאומיים, תשתתף במפגש ההתייעצות הראשון בבודפשט ב-10 בספטמבר 2019.
כתובת דוא"ל: michall@moc.gov.il

בברכה,
יוסי אברהם
אגף קשרים בינלאומיים
משרד התקשורת
""", 'windows-1255', 'base64'),
  dels=[D('מיכל לוי-כהן', 'מנהלת תחום קשרים בינלאומיים', 'michall@moc.gov.il', ['Michal Levi-Cohen'])], sess='B')

# ================================================================ South Asia
M('ind_msme', 'hi', 'nomination', 'IND', 'devanagari_shri',
  frm=('Rajesh Gupta, Under Secretary', 'rajesh.gupta@msme.gov.in'),
  subj='आईटीयू परिपत्र CI-19/35 - नामांकन', recv='2019-08-14 11:40:00 +0200', tz='+0530', client='zimbra',
  body=T("""
महोदय,

आईटीयू के परिपत्र CI-19/35 दिनांक 23 जुलाई 2019 के संदर्भ में, सूक्ष्म, लघु एवं मध्यम उद्यम मंत्रालय, भारत सरकार की ओर से सूचित किया जाता है कि श्री सुरेश कुमार वर्मा, निदेशक (अंतर्राष्ट्रीय सहयोग), 10 सितंबर 2019 को बुडापेस्ट में आयोजित होने वाले प्रथम परामर्श सत्र में भाग लेंगे।

उनका ई-मेल पता: sk.verma@msme.gov.in

भवदीय,
(राजेश गुप्ता)
अवर सचिव, भारत सरकार
""", 'utf-8', 'base64'),
  dels=[D('सुरेश कुमार वर्मा', 'निदेशक (अंतर्राष्ट्रीय सहयोग)', 'sk.verma@msme.gov.in')], sess='B')

M('bgd1', 'bn', 'nomination', 'BGD', 'bengali_html',
  frm=('BTRC International', 'intl@btrc.gov.bd'),
  subj='আইটিইউ সার্কুলার CI-19/35 - মনোনয়ন', recv='2019-08-12 07:30:00 +0200', tz='+0600', client='outlook',
  body=ALT("""
জনাব,

আইটিইউ-এর সার্কুলার CI-19/35 এর প্রেক্ষিতে বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন (বিটিআরসি) বুদাপেস্টে ১০ সেপ্টেম্বর ২০১৯ তারিখে অনুষ্ঠিতব্য প্রথম পরামর্শ সভায় অংশগ্রহণের জন্য জনাব মোঃ রফিকুল ইসলাম (Md. Rafiqul Islam), পরিচালক (আন্তর্জাতিক সম্পর্ক), কে মনোনয়ন প্রদান করছে।

ই-মেইল: rafiqul.islam@btrc.gov.bd

ধন্যবাদান্তে,
নাসরিন আক্তার
উপপরিচালক, বিটিআরসি
""", lang='BN'),
  dels=[D('মোঃ রফিকুল ইসলাম', 'পরিচালক (আন্তর্জাতিক সম্পর্ক)', 'rafiqul.islam@btrc.gov.bd', ['Md. Rafiqul Islam'])],
  sess='B')

M('pak1', 'ur', 'nomination', 'PAK', 'urdu_rtl_html',
  frm=('PTA International Affairs', 'intl@pta.gov.pk'),
  subj='آئی ٹی یو سرکلر CI-19/35 - نامزدگی', recv='2019-08-13 09:10:00 +0200', tz='+0500', client='outlook',
  body=ALT("""
محترم جناب،

آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے، پاکستان ٹیلی کمیونیکیشن اتھارٹی (پی ٹی اے) بوڈاپیسٹ میں 10 ستمبر 2019 کو منعقد ہونے والے پہلے مشاورتی اجلاس کے لیے جناب عاطف رشید ملک (Atif Rasheed Malik)، ڈائریکٹر (بین الاقوامی تعاون)، کو نامزد کرتی ہے۔

ای میل: atif.malik@pta.gov.pk

شکریہ کے ساتھ،
شعبہ بین الاقوامی امور
پاکستان ٹیلی کمیونیکیشن اتھارٹی، اسلام آباد
""", rtl=True, lang='UR'),
  dels=[D('عاطف رشید ملک', 'ڈائریکٹر (بین الاقوامی تعاون)', 'atif.malik@pta.gov.pk', ['Atif Rasheed Malik'])],
  sess='B')

M('npl1', 'ne', 'nomination', 'NPL', 'nepali_0545',
  frm=('Sita Shrestha', 'sita.shrestha@nta.gov.np'),
  subj='आईटीयू परिपत्र CI-19/35 सम्बन्धमा', recv='2019-08-15 07:50:00 +0200', tz='+0545', client='gmail',
  body=ALT("""
महोदय,

आईटीयूको परिपत्र CI-19/35 सम्बन्धमा, नेपाल दूरसञ्चार प्राधिकरणले बुडापेस्टमा २०१९ सेप्टेम्बर १० मा हुने पहिलो परामर्श सत्रमा सहभागिताका लागि श्री रमेश प्रसाद अधिकारी, निर्देशक, लाई मनोनयन गरेको व्यहोरा अनुरोध छ।

इमेल: rp.adhikari@nta.gov.np

भवदीय,
सीता श्रेष्ठ
नेपाल दूरसञ्चार प्राधिकरण
""", style='gmail'),
  dels=[D('रमेश प्रसाद अधिकारी', 'निर्देशक', 'rp.adhikari@nta.gov.np')], sess='B')

M('lka1', 'si', 'interest_only', 'LKA', 'sinhala_base64',
  frm=('Niluka Perera', 'niluka@trc.gov.lk'),
  subj='CI-19/35 - ශ්‍රී ලංකාවේ කැමැත්ත', recv='2019-08-08 08:20:00 +0200', tz='+0530', client='exchange',
  body=T("""
මහත්මයාණෙනි,

CI-19/35 චක්‍රලේඛයට අදාළව, ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව බුඩාපෙස්ට් නුවර 2019 සැප්තැම්බර් 10 වන දින පැවැත්වෙන පළමු උපදේශන සැසියට සහභාගී වීමට කැමැත්ත ප්‍රකාශ කරයි. සහභාගී වන නිලධාරියාගේ නම පසුව දන්වනු ලැබේ.

ස්තූතියි,
නිලූකා පෙරේරා
ජාත්‍යන්තර සබඳතා අංශය
""", 'utf-8', 'base64'),
  sess='B')

M('lka2', 'ta', 'nomination', 'LKA', 'tamil_qp',
  frm=('Arun Rajendran', 'arun.r@icta.lk'),
  subj='CI-19/35 - பங்கேற்பாளர் நியமனம்', recv='2019-08-15 12:10:00 +0200', tz='+0530', client='outlook',
  body=T("""
அன்புடையீர்,

CI-19/35 சுற்றறிக்கை தொடர்பாக, இலங்கை தகவல் மற்றும் தொடர்பாடல் தொழில்நுட்ப முகவர் நிறுவனம் (ICTA) சார்பில் 2019 செப்டம்பர் 10 அன்று புடாபெஸ்டில் நடைபெறும் முதல் ஆலோசனை அமர்வில் திருமதி கலைச்செல்வி சிவகுமார், சிரேஷ்ட முகாமையாளர் (தொழில்முனைவு அபிவிருத்தி), கலந்துகொள்வார் என்பதை அறியத்தருகிறோம்.

மின்னஞ்சல்: kalaiselvi@icta.lk

நன்றி,
அருண் ராஜேந்திரன்
""", 'utf-8', 'quoted-printable'),
  dels=[D('கலைச்செல்வி சிவகுமார்', 'சிரேஷ்ட முகாமையாளர் (தொழில்முனைவு அபிவிருத்தி)', 'kalaiselvi@icta.lk')],
  sess='B')

# ================================================================ South-East Asia
M('tha1', 'th', 'nomination', 'THA', 'tis620_prefix_attached',
  frm=('สมชาย ใจดี', 'somchai.j@nbtc.go.th'),
  subj='การเข้าร่วมการประชุมหารือ ITU - CI-19/35', recv='2019-08-14 05:30:00 +0200', tz='+0700',
  client='exchange', hcs='tis-620',
  body=T("""
เรียน สำนักเลขาธิการ ITU

ตามหนังสือเวียนที่ CI-19/35 ลงวันที่ 23 กรกฎาคม 2562 สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ (สำนักงาน กสทช.) ขอแจ้งว่า นางสาวพิมพ์ชนก วงศ์สวัสดิ์ (Ms. Pimchanok Wongsawat) ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ จะเข้าร่วมการประชุมหารือครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562

อีเมล: pimchanok.w@nbtc.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สมชาย ใจดี
""", 'tis-620', 'base64'),
  dels=[D('พิมพ์ชนก วงศ์สวัสดิ์', 'ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ', 'pimchanok.w@nbtc.go.th',
          ['Pimchanok Wongsawat'])], sess='B')

M('tha2', 'th', 'decline', 'THA', 'ministry_decline',
  frm=('กองการต่างประเทศ ดศ.', 'foreign@mdes.go.th'),
  subj='ตอบหนังสือเวียน CI-19/35', recv='2019-08-15 06:00:00 +0200', tz='+0700', client='outlook',
  body=ALT("""
เรียน ท่านผู้เกี่ยวข้อง

กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมขอขอบคุณสำหรับคำเชิญ แต่ต้องขออภัยที่ไม่สามารถส่งผู้แทนเข้าร่วมการประชุมหารือ ณ กรุงบูดาเปสต์ได้ เนื่องจากติดภารกิจ ทั้งนี้ สำนักงาน กสทช. อาจแจ้งผู้แทนแยกต่างหาก

ขอแสดงความนับถือ
กองการต่างประเทศ
กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
""", lang='TH'))

M('vnm1', 'vi', 'nomination', 'VNM', 'two_ong_ba_html',
  frm=('Vụ Hợp tác quốc tế', 'htqt@mic.gov.vn'),
  subj='V/v cử cán bộ tham dự phiên tham vấn của ITU (CI-19/35)', recv='2019-08-13 05:00:00 +0200', tz='+0700',
  client='outlook',
  itu='exchange', crlf=True, body=ALT("""
Kính gửi Ban Thư ký ITU,

Liên quan đến Thư thông báo CI-19/35 ngày 23/7/2019, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo cử ông Nguyễn Văn Minh, Phó Vụ trưởng Vụ Hợp tác quốc tế, tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019, và bà Trần Thị Thu Hà, Chuyên viên chính, Cục Tin học hóa, tham dự cùng đoàn.

Email: nvminh@mic.gov.vn; ttha@mic.gov.vn

Trân trọng,
Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
""", lang='VI'),
  dels=[D('Nguyễn Văn Minh', 'Phó Vụ trưởng Vụ Hợp tác quốc tế', 'nvminh@mic.gov.vn'),
        D('Trần Thị Thu Hà', 'Chuyên viên chính, Cục Tin học hóa', 'ttha@mic.gov.vn')], sess='B')

M('vnpt1', 'vi', 'inquiry', None, 'company_question',
  frm=('Lê Hoàng Nam', 'namlh@vnpt.vn'),
  subj='Hỏi về phiên tham vấn ngày 10/9 tại Budapest', recv='2019-08-06 04:00:00 +0200', tz='+0700', client='zimbra',
  body=T("""
Kính gửi ITU,

Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) là Thành viên Lĩnh vực của ITU. Xin cho biết doanh nghiệp có thể đăng ký tham dự phiên tham vấn ngày 10/9 tại Budapest được không, hay chỉ dành cho đại diện các Quốc gia Thành viên?

Trân trọng,
Lê Hoàng Nam
Ban Hợp tác Quốc tế – VNPT
""", 'utf-8', 'quoted-printable'))

M('mys1', 'ms', 'nomination', 'MYS', 'malay_encik_html',
  frm=('Nurul Ain binti Hassan', 'nurulain@mcmc.gov.my'),
  subj='Penyertaan Malaysia - Sesi Konsultasi ITU (CI-19/35)', recv='2019-08-12 04:30:00 +0200', tz='+0800',
  client='outlook',
  body=ALT("""
Tuan/Puan,

Merujuk kepada Surat Pekeliling ITU CI-19/35 bertarikh 23 Julai 2019, Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) dengan sukacitanya memaklumkan bahawa Encik Mohd Faizal bin Abdul Rahman, Pengarah, Jabatan Hal Ehwal Antarabangsa, akan mewakili Malaysia di sesi konsultasi pertama di Budapest pada 10 September 2019.

Maklumat perhubungan:
E-mel: faizal.rahman@mcmc.gov.my
Tel: +603 8688 8000

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Nurul Ain binti Hassan
Jabatan Hal Ehwal Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia
""", cs='us-ascii', lang='MS'),
  dels=[D('Mohd Faizal bin Abdul Rahman', 'Pengarah, Jabatan Hal Ehwal Antarabangsa', 'faizal.rahman@mcmc.gov.my')],
  sess='B')

M('brn1', 'ms', 'interest_only', 'BRN', 'short_interest',
  frm=('Nurul Hidayah Osman', 'nurul.osman@aiti.gov.bn'),
  subj='CI-19/35 - Brunei Darussalam', recv='2019-08-16 03:00:00 +0200', tz='+0800', client='exchange',
  no_recv=True, body=T("""
Tuan/Puan,

Pihak Berkuasa Industri Infokomunikasi (AITI) Negara Brunei Darussalam berminat untuk menyertai sesi konsultasi di Budapest. Nama peserta akan dimaklumkan kemudian.

Sekian, terima kasih.

Dayang Nurul Hidayah binti Haji Osman
AITI
""", 'us-ascii', '7bit'),
  sess='B')

M('ntc1', 'tl', 'interest_only', 'PHL', 'taglish',
  frm=('Lorna Dela Cruz', 'lsdelacruz@ntc.gov.ph'),
  subj='Re: CI-19/35 Consultation Sessions', recv='2019-08-09 09:00:00 +0200', tz='+0800', client='gmail',
  body=ALT("""
Magandang araw po!

Ang National Telecommunications Commission (NTC) ay interesado pong lumahok sa consultation session sa Budapest sa Setyembre 10. Ipapaalam po namin ang pangalan ng aming kinatawan sa lalong madaling panahon, pagkatapos ng approval ng aming Commissioner.

Maraming salamat po.

Lorna S. Dela Cruz
International Affairs Division, NTC
""" + gt_quote(circ('en', short=True), 'On Tue, Jul 23, 2019 at 11:12 PM SME <sme@itu.int> wrote:'), style='gmail'),
  sess='B')

M('khm1', 'km', 'nomination', 'KHM', 'khmer_base64',
  frm=('MPTC International Cooperation', 'intl@mptc.gov.kh'),
  subj='CI-19/35 - ការចូលរួមរបស់កម្ពុជា', recv='2019-08-14 06:00:00 +0200', tz='+0700', client='gmail',
  body=ALT("""
គោរពជូន លេខាធិការដ្ឋាន ITU

យោងតាមលិខិតចរាចរលេខ CI-19/35 ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ នៃព្រះរាជាណាចក្រកម្ពុជា សូមជម្រាបជូនថា លោក សុខ វិចិត្រ (Sok Vichet) អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ នឹងចូលរួមវគ្គពិគ្រោះយោបល់លើកទីមួយ នៅទីក្រុងប៊ុយដាប៉ែស នាថ្ងៃទី១០ ខែកញ្ញា ឆ្នាំ២០១៩។

អ៊ីមែល៖ vichet.sok@mptc.gov.kh

សូមអរគុណ
""", style='gmail', cte='base64'),
  dels=[D('សុខ វិចិត្រ', 'អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ', 'vichet.sok@mptc.gov.kh', ['Sok Vichet'])],
  sess='B')

M('mmr1', 'my', 'nomination', 'MMR', 'burmese_0630',
  frm=('PTD International Relations', 'ir@ptd.gov.mm'),
  subj='CI-19/35 - Myanmar participant', recv='2019-08-13 07:15:00 +0200', tz='+0630', client='gmail',
  body=ALT("""
ITU အတွင်းရေးမှူးရုံး သို့

CI-19/35 စာအမှတ်ပါ ဖိတ်ကြားချက်နှင့်ပတ်သက်၍ ပို့ဆောင်ရေးနှင့် ဆက်သွယ်ရေးဝန်ကြီးဌာန၊ ဆက်သွယ်ရေးဦးစီးဌာနမှ ဒေါ်ခင်မြတ်နိုး (Daw Khin Myat Noe)၊ ညွှန်ကြားရေးမှူး ကို ၂၀၁၉ ခုနှစ် စက်တင်ဘာလ ၁၀ ရက်နေ့တွင် ဘူဒါပက်စ်မြို့၌ ကျင်းပမည့် ပထမအကြိမ် အကြံပြုဆွေးနွေးပွဲသို့ တက်ရောက်ရန် စေလွှတ်မည်ဖြစ်ပါသည်။

အီးမေးလ်: khinmyatnoe@ptd.gov.mm

လေးစားစွာဖြင့်
နိုင်ငံတကာဆက်ဆံရေးဌာနခွဲ
""", style='gmail', cte='base64'),
  dels=[D('ခင်မြတ်နိုး', 'ညွှန်ကြားရေးမှူး', 'khinmyatnoe@ptd.gov.mm', ['Khin Myat Noe'])], sess='B')

M('lao1', 'lo', 'nomination', 'LAO', 'lao_base64',
  frm=('MPT Lao PDR', 'intl@mpt.gov.la'),
  subj='CI-19/35 - ການເຂົ້າຮ່ວມຂອງ ສປປ ລາວ', recv='2019-08-15 05:40:00 +0200', tz='+0700', client='roundcube',
  body=T("""
ຮຽນ: ກອງເລຂາ ITU

ອີງຕາມໜັງສືວຽນເລກທີ CI-19/35, ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ແຈ້ງໃຫ້ຊາບວ່າ ທ່ານ ສົມພອນ ແກ້ວມະນີ (Somphone Keomany), ຫົວໜ້າພະແນກຮ່ວມມືສາກົນ, ຈະເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລືຄັ້ງທຳອິດ ທີ່ນະຄອນບູດາເປສ ໃນວັນທີ 10 ກັນຍາ 2019.

ອີເມວ: somphone.k@mpt.gov.la

ດ້ວຍຄວາມນັບຖື
""", 'utf-8', 'base64'),
  dels=[D('ສົມພອນ ແກ້ວມະນີ', 'ຫົວໜ້າພະແນກຮ່ວມມືສາກົນ', 'somphone.k@mpt.gov.la', ['Somphone Keomany'])], sess='B')

# ================================================================ Africa, Caucasus, Central Asia
M('eth1', 'am', 'nomination', 'ETH', 'amharic_base64',
  frm=('Hiwot Gebremedhin', 'hiwot.g@mint.gov.et'),
  subj='CI-19/35 - የኢትዮጵያ ተሳታፊ', recv='2019-08-14 10:30:00 +0200', tz='+0300', client='outlook',
  body=T("""
ለዓለም አቀፍ የቴሌኮሙኒኬሽን ኅብረት ጽሕፈት ቤት

ጉዳዩ፦ በCI-19/35 ሰርኩላር መሠረት ተሳታፊ ስለማሳወቅ

የኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቡዳፔስት ሴፕቴምበር 10 ቀን 2019 (እ.ኤ.አ.) በሚካሄደው የመጀመሪያ የምክክር መድረክ ላይ አቶ ዳዊት ተስፋዬ በቀለ፣ የዲጂታል ኢኮኖሚ ዳይሬክተር፣ እንዲሳተፉ መመደባቸውን በአክብሮት እናሳውቃለን።

ኢሜይል፦ dawit.tesfaye@mint.gov.et

ከሰላምታ ጋር
ሕይወት ገብረመድኅን
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
""", 'utf-8', 'base64'),
  dels=[D('ዳዊት ተስፋዬ በቀለ', 'የዲጂታል ኢኮኖሚ ዳይሬክተር', 'dawit.tesfaye@mint.gov.et')], sess='B')

M('geo1', 'ka', 'nomination', 'GEO', 'georgian_declined',
  frm=('გიორგი ბერიძე', 'g.beridze@gncc.ge'),
  subj='CI-19/35 - საქართველოს მონაწილეობა', recv='2019-08-12 13:00:00 +0200', tz='+0400', client='exchange',
  body=T("""
ბატონო კლარკ,

CI-19/35 ცირკულარულ წერილთან დაკავშირებით გაცნობებთ, რომ საქართველოს კომუნიკაციების ეროვნული კომისია ბუდაპეშტში, 2019 წლის 10 სექტემბერს გამართულ პირველ საკონსულტაციო სესიაზე წარადგენს ქალბატონ ნინო გელაშვილს (Nino Gelashvili).

მონაწილე: ნინო გელაშვილი, საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი
ელ. ფოსტა: n.gelashvili@gncc.ge

პატივისცემით,
გიორგი ბერიძე
""", 'utf-8', 'quoted-printable'),
  dels=[D('ნინო გელაშვილი', 'საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი', 'n.gelashvili@gncc.ge',
          ['Nino Gelashvili'])], sess='B')

M('arm1', 'hy', 'nomination', 'ARM', 'armenian_declined',
  frm=('Tigran Petrosyan', 't.petrosyan@mhti.am'),
  subj='CI-19/35 - Հայաստանի մասնակցություն', recv='2019-08-13 12:00:00 +0200', tz='+0400', client='gmail',
  body=ALT("""
Հարգելի պարոն Քլարք,

Ի պատասխան CI-19/35 շրջաբերականի՝ տեղեկացնում ենք, որ Հայաստանի Հանրապետության բարձր տեխնոլոգիական արդյունաբերության նախարարությունը 2019 թ. սեպտեմբերի 10-ին Բուդապեշտում կայանալիք առաջին խորհրդակցական նիստին մասնակցելու համար առաջադրում է տիկին Անի Հովհաննիսյանին (Ani Hovhannisyan)՝ միջազգային համագործակցության վարչության պետ։

Մասնակից՝ Անի Հովհաննիսյան
Էլ. փոստ՝ ani.hovhannisyan@mhti.am

Հարգանքով՝
Տիգրան Պետրոսյան
""", style='gmail', cte='base64'),
  dels=[D('Անի Հովհաննիսյան', 'միջազգային համագործակցության վարչության պետ', 'ani.hovhannisyan@mhti.am',
          ['Ani Hovhannisyan'])], sess='B')

M('aze1', 'az', 'nomination', 'AZE', 'azerbaijani_list',
  frm=('Elçin Hüseynov', 'e.huseynov@mincom.gov.az'),
  subj='CI-19/35 - Azərbaycanın iştirakı', recv='2019-08-09 10:10:00 +0200', tz='+0400', client='outlook',
  body=ALT("""
Hörmətli cənab Klark,

CI-19/35 saylı sirkulyar məktuba cavab olaraq bildiririk ki, Azərbaycan Respublikasının Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi 10 sentyabr 2019-cu il tarixində Budapeştdə keçiriləcək birinci məsləhətləşmə sessiyasında iştirak etmək üçün aşağıdakı şəxsləri təqdim edir:

1. Rəşad Əliyev – Beynəlxalq əməkdaşlıq şöbəsinin müdiri (r.aliyev@mincom.gov.az)
2. Günay Məmmədova – Beynəlxalq əməkdaşlıq şöbəsinin baş məsləhətçisi (g.mammadova@mincom.gov.az)

Hörmətlə,
Elçin Hüseynov
""", lang='AZ-LATN'),
  dels=[D('Rəşad Əliyev', 'Beynəlxalq əməkdaşlıq şöbəsinin müdiri', 'r.aliyev@mincom.gov.az'),
        D('Günay Məmmədova', 'Beynəlxalq əməkdaşlıq şöbəsinin baş məsləhətçisi', 'g.mammadova@mincom.gov.az')],
  sess='B')

M('kaz2', 'kk', 'nomination', 'KAZ', 'kazakh_after_interest',
  frm=('Нұрлан Жұмабеков', 'n.zhumabekov@mdai.gov.kz'),
  subj='CI-19/35 - қатысушы туралы', recv='2019-08-15 06:00:00 +0200', tz='+0600', client='outlook',
  refs=[MID('kaz1')],
  body=ALT("""
Құрметті Кларк мырза!

Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі 2019 жылғы 9 тамыздағы хатымызға қосымша, 2019 жылғы 10 қыркүйекте Будапешт қаласында өтетін бірінші консультациялық сессияға Халықаралық ынтымақтастық департаментінің директоры Айгерім Серікқызы Бекмұхамбетованың қатысатынын хабарлайды.

Қатысушы: Бекмұхамбетова Айгерім Серікқызы
Эл. пошта: a.bekmukhambetova@mdai.gov.kz

Құрметпен,
Нұрлан Жұмабеков
""", lang='KK'),
  dels=[D('Бекмұхамбетова Айгерім Серікқызы', 'Халықаралық ынтымақтастық департаментінің директоры',
          'a.bekmukhambetova@mdai.gov.kz')], sess='B')

M('uzb1', 'uz', 'nomination', 'UZB', 'uzbek_latin_ascii',
  frm=('Dilnoza Karimova', 'd.karimova@mitc.uz'),
  subj='CI-19/35 - O\'zbekiston ishtiroki', recv='2019-08-14 08:45:00 +0200', tz='+0500', client='roundcube',
  body=T("""
Hurmatli janob Klark,

CI-19/35-sonli sirkulyar xatga javoban ma'lum qilamizki, O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi 2019-yil 10-sentyabr kuni Budapeshtda bo'lib o'tadigan birinchi maslahat sessiyasida ishtirok etish uchun Xalqaro hamkorlik boshqarmasi boshlig'i Sardor Rustamovich Toshmatovni tavsiya etadi.

Ishtirokchi: Toshmatov Sardor Rustamovich
E-pochta: s.toshmatov@mitc.uz

Hurmat bilan,
Dilnoza Karimova
""", 'us-ascii', '7bit'),
  dels=[D('Toshmatov Sardor Rustamovich', "Xalqaro hamkorlik boshqarmasi boshlig'i", 's.toshmatov@mitc.uz',
          ['Sardor Rustamovich Toshmatov'])], sess='B')

M('mng1', 'mn', 'nomination', 'MNG', 'mongolian_initial',
  frm=('Д. Ганболд', 'ganbold.d@cita.gov.mn'),
  subj='CI-19/35 - Монгол Улсын оролцоо', recv='2019-08-12 04:00:00 +0200', tz='+0800', client='gmail',
  body=ALT("""
Эрхэм ноён Кларк танаа,

CI-19/35 тоот албан бичгийн дагуу Монгол Улсын Харилцаа холбоо, мэдээллийн технологийн газар нь 2019 оны 9-р сарын 10-нд Будапешт хотноо болох анхны зөвлөлдөх хуралдаанд Гадаад харилцааны хэлтсийн дарга Б. Энхтуяа (Enkhtuya Bat-Erdene)-г оролцуулахаар шийдвэрлэсэн болохыг мэдэгдэж байна.

И-мэйл: enkhtuya.b@cita.gov.mn

Хүндэтгэсэн,
Д. Ганболд
""", style='gmail'),
  dels=[D('Б. Энхтуяа', 'Гадаад харилцааны хэлтсийн дарга', 'enkhtuya.b@cita.gov.mn', ['Enkhtuya Bat-Erdene'])],
  sess='B')

# ================================================================ Baltic
M('ltu1', 'lt', 'nomination', 'LTU', 'latin7_title_before',
  frm=('Tomas Kazlauskas', 'tomas.kazlauskas@rrt.lt'),
  subj='Dalyvavimas ITU konsultacinėje sesijoje', recv='2019-08-13 09:30:00 +0200', tz='+0300', client='exchange',
  hcs='iso-8859-13',
  body=T("""
Gerbiamas p. Clark,

Atsakydami į aplinkraštį CI-19/35, informuojame, kad Lietuvos Respublikos ryšių reguliavimo tarnyba (RRT) pirmojoje konsultacinėje sesijoje Budapešte 2019 m. rugsėjo 10 d. atstovaus Tarptautinių ryšių skyriaus vedėja Rasa Petrauskienė (rasa.petrauskiene@rrt.lt).

Pagarbiai
Tomas Kazlauskas
""", 'iso-8859-13', '8bit'),
  dels=[D('Rasa Petrauskienė', 'Tarptautinių ryšių skyriaus vedėja', 'rasa.petrauskiene@rrt.lt')], sess='B')

M('lva1', 'lv', 'interest_only', 'LVA', 'cp1257_interest',
  frm=('Līga Ozola', 'liga.ozola@sprk.gov.lv'),
  subj='CI-19/35 - Latvijas interese', recv='2019-08-16 14:00:00 +0200', tz='+0300', client='exchange',
  hcs='windows-1257', henc='Q',
  body=T("""
Labdien!

Sabiedrisko pakalpojumu regulēšanas komisija (SPRK) apliecina Latvijas interesi piedalīties pirmajā konsultāciju sesijā Budapeštā 2019. gada 10. septembrī. Dalībnieka vārdu paziņosim vēlāk.

Ar cieņu
Līga Ozola
Starptautiskās sadarbības nodaļa
""", 'windows-1257', 'quoted-printable'),
  sess='B')

M('est1', 'et', 'nomination', 'EST', 'latin9_8bit',
  frm=('Margus Kask', 'margus.kask@mkm.ee'),
  subj='Eesti osalemine ITU konsultatsiooniistungil', recv='2019-08-08 10:00:00 +0200', tz='+0300', client='tb',
  hcs='iso-8859-15', henc='Q',
  body=T("""
Lugupeetud hr Clark

Vastuseks ringkirjale CI-19/35 teatame, et Eesti Vabariiki esindab 10. septembril 2019 Budapestis toimuval esimesel konsultatsiooniistungil Majandus- ja Kommunikatsiooniministeeriumi side- ja meediaosakonna nõunik Kadri Tamm (kadri.tamm@mkm.ee).

Lugupidamisega
Margus Kask
""", 'iso-8859-15', '8bit'),
  dels=[D('Kadri Tamm', 'side- ja meediaosakonna nõunik', 'kadri.tamm@mkm.ee')], sess='B')

# ================================================================ Catalan, Maltese
M('and1', 'ca', 'nomination', 'AND', 'catalan_latin1',
  frm=('Jordi Puig Vidal', 'jordi_puig@govern.ad'),
  subj='Participació d\'Andorra - sessió de consulta UIT (CI-19/35)', recv='2019-08-14 17:20:00 +0200',
  client='exchange', hcs='iso-8859-1', henc='Q',
  body=T("""
Benvolgut Sr. Clark,

En resposta a la carta circular CI-19/35, us comuniquem que el Principat d'Andorra estarà representat a la primera sessió de consulta de Budapest, el 10 de setembre de 2019, per la Sra. Laia Font Casals, tècnica de l'Àrea de Societat Digital del Ministeri de Presidència, Economia i Empresa (laia_font@govern.ad).

Cordialment,

Jordi Puig Vidal
Cap d'Àrea de Relacions Internacionals
Govern d'Andorra
""", 'iso-8859-1', 'quoted-printable'),
  dels=[D('Laia Font Casals', "tècnica de l'Àrea de Societat Digital", 'laia_font@govern.ad')], sess='B')

M('mlt_ooo', 'mt', 'auto_reply', None, 'maltese_ooo',
  frm=('Joanne Camilleri', 'joanne.camilleri@mca.org.mt'),
  subj='Automatic reply: ' + CSUBJ['en'], recv='2019-07-23 17:13:20 +0200', client='exchange', rp='', thread=False,
  extra=['Auto-Submitted: auto-replied'],
  body=T("""
Grazzi tal-email tiegħek. Bħalissa jien barra mill-uffiċċju u se nirritorna fid-19 ta' Awwissu 2019. Għal kwistjonijiet urġenti, jekk jogħġbok ikkuntattja lil Dr Mark Farrugia fuq mark.farrugia@mca.org.mt.

Thank you for your email. I am currently out of office and will return on 19 August 2019.
""", 'utf-8', 'quoted-printable'))

# ================================================================ extra: read receipt, phishing, other business
M('rdo_mdn', 'es', 'auto_reply', None, 'read_receipt_mdn',
  frm=('Carolina Méndez', 'cmendez@indotel.gob.do'),
  subj='Leído: ' + CSUBJ['es'], recv='2019-07-24 15:02:10 +0200', tz='-0400', client='exchange', rp='',
  thread=False,
  body=MP('report', T("""
Su mensaje

  Para: Carolina Méndez
  Asunto: CI-19/35: Sesiones de consulta para los Estados Miembros
  Enviado: martes, 23 de julio de 2019 11:12:44 (UTC-04:00) Georgetown, La Paz, Manaos, San Juan

fue leído el miércoles, 24 de julio de 2019 9:02:05 (UTC-04:00) Georgetown, La Paz, Manaos, San Juan.
""", 'utf-8', 'quoted-printable'), Part(['Content-Type: message/disposition-notification'], b"""Reporting-UA: INDOTELEXCH01.indotel.gob.do; Microsoft Exchange Server 2016
Final-Recipient: rfc822;cmendez@indotel.gob.do
Original-Message-ID: <5d3724ac.CI1935.0411@itu.int>
Disposition: manual-action/MDN-sent-manually; displayed

"""), style='ms', extra_ct=' report-type=disposition-notification;'))

M('phish1', 'en', 'unrelated', None, 'phishing_quota',
  frm=('ITU IT Service Desk', 'servicedesk@itu-int-support.com'),
  subj='[Action Required] Your mailbox sme@itu.int has exceeded its storage limit',
  recv='2019-08-07 03:12:44 +0200', tz='+0000', client='other', rp='bounce@itu-int-support.com',
  body=ALT("""
Dear sme@itu.int user,

Your mailbox has exceeded the storage limit set by your administrator (99.8 GB / 100 GB). You may not be able to send or receive new messages until you re-validate your mailbox.

To re-validate your account please click below:

VALIDATE MAILBOX NOW

Failure to validate within 24 hours will result in permanent suspension of your mailbox.

Thanks,
IT Service Desk
International Telecommunication Union
""", style='gmail'))

M('dom_other', 'es', 'unrelated', None, 'other_business_invitation',
  frm=('Despacho del Presidente INDOTEL', 'despacho@indotel.gob.do'),
  subj='Invitación: Foro Nacional de Transformación Digital 2019 - Santo Domingo', recv='2019-08-05 21:40:00 +0200',
  tz='-0400', client='outlook',
  body=MP('mixed', ALT("""
Distinguido señor Secretario General:

Tengo el honor de invitarle a participar como orador principal en el Foro Nacional de Transformación Digital 2019, que el Instituto Dominicano de las Telecomunicaciones (INDOTEL) celebrará en Santo Domingo los días 24 y 25 de octubre de 2019.

Mucho agradeceríamos nos confirmara su disponibilidad a través de la Sra. Carolina Méndez (cmendez@indotel.gob.do).

Con sentimientos de la más alta consideración,

Despacho del Presidente del Consejo Directivo
INDOTEL
""", lang='ES-DO'), ATT(fakepdf('dom_other'), 'application/pdf', 'Invitacion_FNTD2019.pdf')))

M('ru_spam', 'ru', 'unrelated', None, 'conference_spam',
  frm=('Деловой форум «Цифровая экономика»', 'info@forum-digital-econ.ru'),
  subj='Приглашаем на форум «Цифровая экономика регионов – 2019»', recv='2019-08-10 08:00:00 +0200', tz='+0300',
  client='other', rp='bounce@forum-digital-econ.ru', extra=['Precedence: bulk'],
  body=ALT("""
Уважаемые коллеги!

Приглашаем Вас принять участие в деловом форуме «Цифровая экономика регионов – 2019», который пройдет 17–18 октября в Казани.

В программе: пленарное заседание, панельные дискуссии по поддержке МСП и стартапов, выставка отечественных ИТ-решений.

Стоимость участия – от 25 000 руб. Для групп от 3 человек – скидка 15%.

Регистрация: info@forum-digital-econ.ru

Отписаться от рассылки
""", style='gmail', cs='windows-1251', cte='quoted-printable'))

M('bounce_orange', 'fr', 'bounce', None, 'orange_dsn_fr',
  frm=('Mail Delivery Subsystem', 'MAILER-DAEMON@orange.bf'),
  subj='Echec de la remise du message', recv='2019-07-23 17:20:40 +0200', tz='+0000', client='other', rp='',
  extra=['Auto-Submitted: auto-replied'],
  body=MP('report', T("""
Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :

  <dg.arcep@orange.bf> : boîte aux lettres pleine (552 5.2.2 Mailbox full)

Le message original est joint.
""", 'iso-8859-1', 'quoted-printable'), DSN("""
Reporting-MTA: dns; smtp-out.orange.bf
Arrival-Date: Tue, 23 Jul 2019 15:13:05 +0000

Final-Recipient: rfc822; dg.arcep@orange.bf
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""), RFC822(circ_message('fr', 'dg.arcep@orange.bf', '<5d3724ac.CI1935.0155@itu.int>', cs='iso-8859-1')),
          style='other', extra_ct=' report-type=delivery-status;'))


# ================================================================ extra hard cases (sessions, addresses)
M('bwa1', 'en', 'nomination', 'BWA', 'spelled_out_address_conditional',
  frm=('Tebogo Kgosi', 'tkgosi@bocra.org.bw'),
  subj='BOCRA response to CI-19/35', recv='2019-08-15 11:05:00 +0200', client='exchange',
  body=T("""
Dear Mr Clark,

Botswana Communications Regulatory Authority (BOCRA) is pleased to nominate Ms Kelebogile Modise, Manager - Market Development, to attend the consultation session on 10 September 2019 in Budapest. Her contact is kelebogile.modise at bocra dot org dot bw.

Subject to the availability of funds, BOCRA may also consider attending the session during the WSIS Forum 2020; we will advise in due course.

Kind regards,

Tebogo Kgosi
Senior Officer, International Relations
Botswana Communications Regulatory Authority
Plot 50671 Independence Avenue, Gaborone
""", 'us-ascii', '7bit'),
  dels=[D('Kelebogile Modise', 'Manager - Market Development', 'kelebogile.modise@bocra.org.bw')], sess='B')

M('fji1', 'en', 'nomination', 'FJI', 'sessions_by_order',
  frm=('Mere Tuilagi', 'mere.tuilagi@mcttt.gov.fj'),
  subj='Fiji - ITU SME consultation sessions', recv='2019-08-12 01:30:00 +0200', tz='+1200', client='outlook',
  body=ALT("""
Bula Mr Clark,

Thank you for the invitation. Due to the distance and cost, Fiji will not be able to attend the first session in Budapest.

We would however like to nominate Mr Sailosi Ravulo, Principal Economic Planning Officer (ICT), Ministry of Commerce, Trade, Tourism and Transport, for the second and third consultation sessions of the series (both to be held in Geneva next year). Sailosi can be contacted at sailosi.ravulo@mcttt.gov.fj.

Vinaka vakalevu,

Mere Tuilagi
Acting Director, Communications
Ministry of Commerce, Trade, Tourism and Transport
Suva, Fiji
""", lang='EN-US'),
  dels=[D('Sailosi Ravulo', 'Principal Economic Planning Officer (ICT), Ministry of Commerce, Trade, Tourism and Transport',
          'sailosi.ravulo@mcttt.gov.fj')], sess='CW')

M('bfa1', 'fr', 'nomination', 'BFA', 'ascii_table_all_sessions',
  frm=('ARCEP Burkina Faso', 'courrier@arcep.bf'),
  subj='CI-19/35 : désignation des représentants du Burkina Faso', recv='2019-08-09 12:45:00 +0200', tz='+0000',
  client='tb',
  body=T("""
Monsieur le Secrétaire général,

L'Autorité de Régulation des Communications Électroniques et des Postes (ARCEP) du Burkina Faso souhaite prendre part à toutes les séances de consultation annoncées dans votre lettre circulaire CI-19/35 (Budapest en septembre 2019, puis Genève en 2020 lors des réunions des Groupes de travail du Conseil et du Forum du SMSI).

Nos représentants sont :

+-----------------------------+------------------------------------------+---------------------------+
| Nom                         | Fonction                                 | Courriel                  |
+-----------------------------+------------------------------------------+---------------------------+
| OUEDRAOGO Wendkouni Hamidou | Directeur de la Prospective              | hamidou.ouedraogo@arcep.bf|
| SAWADOGO Aïssata            | Chargée d'études, Économie numérique     | aissata.sawadogo@arcep.bf |
+-----------------------------+------------------------------------------+---------------------------+

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de notre haute considération.

Le Secrétaire Exécutif
""", 'utf-8', 'quoted-printable'),
  dels=[D('OUEDRAOGO Wendkouni Hamidou', 'Directeur de la Prospective', 'hamidou.ouedraogo@arcep.bf'),
        D('SAWADOGO Aïssata', "Chargée d'études, Économie numérique", 'aissata.sawadogo@arcep.bf')],
  sess='BCW')

_nam_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Dear Sir/Madam,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">With reference to Circular CI-19/35, the Communications Regulatory Authority of Namibia (CRAN) nominates
<a href="mailto:jshikongo@cran.na">Mr Johannes Shikongo</a>, Senior Manager: Economic Analysis, to attend the first consultation session in Budapest on 10 September 2019.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Namibia does not intend to participate in the sessions planned for 2020.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Selma Nangolo</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">Officer: International Affairs | CRAN | <a href="mailto:snangolo@cran.na">snangolo@cran.na</a></span><o:p></o:p></p>
</div>
</body>
</html>
"""
M('nam1', 'en', 'nomination', 'NAM', 'mailto_link_name',
  frm=('Selma Nangolo', 'snangolo@cran.na'),
  subj='CRAN nomination - CI-19/35', recv='2019-08-08 14:22:00 +0200', client='outlook',
  body=MP('alternative', T("""
Dear Sir/Madam,

With reference to Circular CI-19/35, the Communications Regulatory Authority of Namibia (CRAN) nominates Mr Johannes Shikongo<mailto:jshikongo@cran.na>, Senior Manager: Economic Analysis, to attend the first consultation session in Budapest on 10 September 2019.

Namibia does not intend to participate in the sessions planned for 2020.

Kind regards
Selma Nangolo
Officer: International Affairs | CRAN | snangolo@cran.na<mailto:snangolo@cran.na>
""", 'utf-8', 'quoted-printable'), H(_nam_html), style='outlook'),
  dels=[D('Johannes Shikongo', 'Senior Manager: Economic Analysis', 'jshikongo@cran.na')], sess='B')

M('mwi1', 'en', 'nomination', 'MWI', 'reply_to_delegate',
  frm=('Secretary to the Director General', 'secretary.dg@macra.mw'),
  reply_to=('Thokozani Banda', 'tbanda@macra.mw'),
  subj='MACRA nomination: ITU consultation session, Budapest', recv='2019-08-14 09:40:00 +0200', client='exchange',
  body=T("""
Dear Sir/Madam,

I am directed by the Director General of the Malawi Communications Regulatory Authority (MACRA) to inform you that Mr Thokozani Banda, Director of Economic Regulation, has been nominated to represent Malawi at the consultation session on "Fostering tech and innovation SMEs" in Budapest on 10 September 2019.

Kindly direct all further correspondence on this matter to Mr Banda directly (this message has been set to reply to his address).

Yours faithfully,

Chimwemwe Phiri (Mrs)
Secretary to the Director General
MACRA, Blantyre
""", 'us-ascii', '7bit'),
  dels=[D('Thokozani Banda', 'Director of Economic Regulation', 'tbanda@macra.mw')], sess='B')

M('pan1', 'es', 'nomination', 'PAN', 'session_by_month',
  frm=('Relaciones Internacionales ASEP', 'rrii@asep.gob.pa'),
  subj='Panamá - sesiones de consulta UIT sobre pymes', recv='2019-08-13 20:00:00 +0200', tz='-0500',
  client='outlook',
  body=ALT("""
Estimados señores:

La Autoridad Nacional de los Servicios Públicos (ASEP) de Panamá informa que la Lcda. Itzel Castillo de Moreno, Directora Nacional de Telecomunicaciones, participará en la sesión de consulta del 10 de septiembre en Budapest, así como en la sesión de febrero de 2020 que se celebrará en Ginebra durante las reuniones de los Grupos de Trabajo del Consejo.

Correo de contacto: icastillo@asep.gob.pa

Atentamente,

Departamento de Relaciones Internacionales
ASEP – Panamá
""", lang='ES-PA'),
  dels=[D('Itzel Castillo de Moreno', 'Directora Nacional de Telecomunicaciones', 'icastillo@asep.gob.pa')],
  sess='BC')

M('moz1', 'pt', 'interest_only', 'MOZ', 'all_sessions_no_name',
  frm=('INCM - Relações Internacionais', 'ri@incm.gov.mz'),
  subj='Manifestação de interesse - Circular CI-19/35', recv='2019-08-16 08:00:00 +0200', client='exchange',
  body=T("""
Exmos. Senhores,

O Instituto Nacional das Comunicações de Moçambique (INCM) manifesta o interesse de Moçambique em participar em todas as sessões de consulta anunciadas na Circular CI-19/35: Budapeste (Setembro de 2019), reuniões dos Grupos de Trabalho do Conselho (início de 2020) e Fórum da CMSI 2020.

Os nomes dos participantes serão comunicados oportunamente.

Com os melhores cumprimentos,
Departamento de Relações Internacionais
INCM, Maputo
""", 'utf-8', '8bit'),
  sess='BCW')

M('nga2', 'en', 'correction', 'NGA', 'mission_corrects_regulator',
  frm=('Permanent Mission of Nigeria, Geneva', 'chancery@nigeriamission.ch'),
  subj='Amendment: Nigerian nominees for the ITU SME consultation session', recv='2019-08-22 15:30:00 +0200',
  client='exchange',
  body=T("""
The Permanent Mission of the Federal Republic of Nigeria to the United Nations Office and other International Organizations in Geneva presents its compliments to the International Telecommunication Union (ITU) and, further to the nomination transmitted by the Nigerian Communications Commission on 14 August 2019, wishes to inform that Mr. Chinedu Okafor will no longer be attending the consultation session in Budapest.

The Nigerian delegation to the session of 10 September 2019 will therefore comprise:

1. Engr. Ubong A. Ekanem, Director, New Media & Information Security, NCC
2. Dr. (Mrs.) Folasade Adeyemi-Bakare, Deputy Director, Research & Development, NCC

The Permanent Mission of the Federal Republic of Nigeria avails itself of this opportunity to renew to the ITU the assurances of its highest consideration.

Geneva, 22 August 2019
""", 'us-ascii', '7bit'),
  dels=[D('Ubong A. Ekanem', 'Director, New Media & Information Security, NCC'),
        D('Folasade Adeyemi-Bakare', 'Deputy Director, Research & Development, NCC')],
  sess='B', sup='nga1')


def inner_message(frm, to, subj, date, mid, body, hcs='utf-8'):
    hs = [hdr_addrs('From', [frm], hcs), hdr_addrs('To', [to], hcs), hdr_text('Subject', subj, hcs),
          'Date: %s' % date, 'Message-ID: %s' % mid, 'MIME-Version: 1.0'] + body.headers
    return ('\n'.join(hs) + '\n\n').encode('ascii') + body.body


M('bol1', 'es', 'nomination', 'BOL', 'forward_as_attachment',
  frm=('Misión Permanente de Bolivia en Ginebra', 'mission.bolivia@bluewin.ch'),
  subj='RV: Designación ATT - sesión de consulta UIT Budapest', recv='2019-08-16 16:55:00 +0200', client='outlook',
  body=MP('mixed', T("""
Señores UIT:

Por encargo de la Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT), remitimos adjunto el correo con la designación de Bolivia para la sesión de consulta del 10 de septiembre.

Saludos cordiales,

Misión Permanente del Estado Plurinacional de Bolivia
ante la Oficina de las Naciones Unidas en Ginebra
""", 'windows-1252', 'quoted-printable'), RFC822(inner_message(
      ('Relaciones Internacionales ATT', 'rrii@att.gob.bo'),
      ('Misión Permanente de Bolivia en Ginebra', 'mission.bolivia@bluewin.ch'),
      'Designación ATT - sesión de consulta UIT Budapest', 'Thu, 15 Aug 2019 17:20:11 -0400',
      '<000c01d553b4$8a2f1e40$9e8d5ac0$@att.gob.bo>',
      T("""
Estimados señores de la Misión:

Agradeceremos transmitir a la UIT que la ATT designa a la Ing. Ximena Quispe Mamani, Jefa de la Unidad de Tecnologías de la Información y Comunicación, como representante del Estado Plurinacional de Bolivia en la sesión de consulta "Fomento de las pymes tecnológicas e innovadoras" (Budapest, 10 de septiembre de 2019).

Correo electrónico: xquispe@att.gob.bo
Teléfono: +591 2 277 2266

Atentamente,

Unidad de Relaciones Internacionales
ATT - La Paz
""", 'iso-8859-1', 'quoted-printable'))), style='outlook'),
  dels=[D('Ximena Quispe Mamani', 'Jefa de la Unidad de Tecnologías de la Información y Comunicación', 'xquispe@att.gob.bo')],
  sess='B')


# ================================================================ output + validation
HONORIFICS = [
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'h.e.', 'hon.', 'eng.', 'engr.',
    'm.', 'mme', 'mme.', 'mlle', 'sr.', 'sra.', 'srta.', 'd.', 'd.ª', 'dña.', 'doña', 'lic.', 'ing.', 'herr', 'frau',
    'sig.', 'sig.ra', 'dott.', 'dott.ssa', 'г-н', 'г-жа', 'господин', 'госпожа', 'السيد', 'السيدة', 'المهندس', 'الدكتور',
    'سعادة', 'م.', 'د.', 'shri', 'smt.', 'bapak', 'ibu', 'pak', 'bu', 'sayın', 'mevrouw', 'meneer', 'herrn', 'dna', 'dna.', 'ga.', 'g.', 'г-ѓа', 'znj.', 'z.', 'κα', 'κ.', "גב'", 'श्री', 'জনাব', 'جناب', 'آقای', 'திருமதி', 'encik', 'አቶ', 'ወ/ሮ', 'ქალბატონ', 'ქალბატონი', 'ბატონ', 'տիկին', 'պարոն', 'cənab', 'janob', 'ноён', 'p.', 'hr', 'ທ່ານ', 'លោក', 'ဒေါ်', 'ဦး', 'bi.', 'bw.', 'ndugu', 'mhandisi', 'sayın', 'пані', 'пан', 'mgs.', 'أ.', 'الفاضلة/', 'المهندس/', 'الدكتورة/', 'السيد/', 'السيدة/', 'lic', 'ing', 'mgtr.', 'mag.', 'ass.', 'mgr.', 'ing.', 'bc.', 'phdr.', 'judr.', 'рнdr.', 'bay', 'bayan', 'pan', 'pani', 'gospodin',
    'gospođa', 'κ.', 'κα', 'آقای', 'خانم', 'engº', 'eng.º', 'sr', 'sra', 'dra.', 'ndugu', 'bw.', 'bi.', 'ông', 'bà',
    'นาย', 'นาง', 'นางสาว', 'encik', 'puan', 'tuan', 'g.', 'gđ', 'drs.', 'ir.', 'mw.', 'dhr.', 'sayin',
]
HON_SUFFIX = ['先生', '女士', '様', '씨', '님', 'さん', '氏']


def _collapse(s):
    s = unicodedata.normalize('NFC', s.replace('\xa0', ' ').replace('\u200f', '').replace('\u200e', ''))
    return re.sub(r'\s+', ' ', s)


def _deobfuscate(s):
    s = re.sub(r'\s*[\[\(\{<]\s*(?:at|AT|At|arroba|собака|@)\s*[\]\)\}>]\s*', '@', s)
    s = re.sub(r'\s*[\[\(\{<]\s*(?:dot|DOT|Dot|punto|point|точка|\.)\s*[\]\)\}>]\s*', '.', s)
    s = re.sub(r'(?<=\w) (?:at|AT) (?=[\w.-]+(?:\.| dot | DOT )\w)', '@', s)
    s = re.sub(r'(?<=\w) (?:dot|DOT) (?=\w)', '.', s)
    return s


def decoded_text(msg):
    chunks = []
    for name in ('From', 'To', 'Cc', 'Subject', 'Reply-To'):
        for v in msg.get_all(name, []):
            chunks.append(str(v))
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        payload = part.get_payload(decode=True)
        cs = part.get_content_charset() or 'us-ascii'
        t = payload.decode(cs, 'strict')
        if part.get_content_subtype() == 'html':
            t = html_to_text(t)
        chunks.append(t)
    return _collapse('\n'.join(chunks))


def validate(recs):
    errors = []

    def err(rec, m):
        errors.append('%s: %s' % (rec['file'], m))

    ids = {}
    by_id = {}
    for rec in recs:
        if rec['msgid'] in ids:
            err(rec, 'duplicate Message-ID with %s' % ids[rec['msgid']])
        ids[rec['msgid']] = rec['file']
        by_id[rec['msgid']] = rec
    labels = {}
    with open(LABELS, encoding='utf-8') as f:
        for ln in f:
            o = json.loads(ln)
            labels[o['file']] = o
    files = sorted(x for x in os.listdir(MSGDIR) if x.endswith('.eml'))
    if sorted(labels) != files:
        errors.append('labels and messages/ do not list the same files')
    for rec in recs:
        lab = labels.get(rec['file'])
        if lab is None:
            err(rec, 'no label')
            continue
        if list(lab) != ['message_id', 'file', 'kind', 'language', 'member_state', 'delegates', 'sessions',
                         'received_at', 'late', 'supersedes']:
            err(rec, 'label keys/order')
        with open(os.path.join(MSGDIR, rec['file']), 'rb') as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        # --- structure and decoding
        for part in msg.walk():
            for hname, hval in part.items():
                if getattr(hval, 'defects', None):
                    err(rec, 'header defect %s: %r' % (hname, hval.defects))
            if not part.is_multipart() and part.get_content_maintype() != 'message':
                part.get_payload(decode=True)
            if part.get_content_maintype() == 'text':
                payload = part.get_payload(decode=True)
                cs = part.get_content_charset()
                if cs is None:
                    if not payload.isascii():
                        err(rec, 'text part without charset is not ASCII')
                    cs = 'us-ascii'
                try:
                    codecs.lookup(cs)
                    payload.decode(cs, 'strict')
                except (LookupError, UnicodeDecodeError) as e:
                    err(rec, 'strict decode failed (%s): %s' % (cs, e))
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    err(rec, 'get_content failed: %s' % e)
                cte = part.get('Content-Transfer-Encoding', '7bit').lower()
                if cte in ('7bit', '8bit'):
                    body = part.get_payload(decode=False)
                    if cte == '7bit' and not payload.isascii():
                        err(rec, '7bit part with 8-bit data')
            if part.defects:
                err(rec, 'parser defects: %r' % part.defects)
        for line in raw.split(b'\n'):
            if len(line.rstrip(b'\r')) > 998:
                err(rec, 'line longer than 998 octets')
                break
        if b'\r\n' in raw and raw.count(b'\r\n') != raw.count(b'\n'):
            err(rec, 'mixed line endings')
        for hname, hval in msg.items():
            if not str(hname).isascii():
                err(rec, 'non-ASCII header name')
        # --- identity and time
        if str(msg['Message-ID']).strip() != lab['message_id']:
            err(rec, 'Message-ID %r != label %r' % (str(msg['Message-ID']), lab['message_id']))
        rcv = msg.get_all('Received')
        if rcv:
            ts = str(rcv[0]).rsplit(';', 1)[1].strip()
            dt = parsedate_to_datetime(ts)
        else:
            dt = msg['Date'].datetime
        if dt.tzinfo is None:
            err(rec, 'received_at without offset')
        else:
            if dt.astimezone(timezone.utc).isoformat() != lab['received_at']:
                err(rec, 'received_at %s != label %s' % (dt.isoformat(), lab['received_at']))
            if datetime.fromisoformat(lab['received_at']) != dt:
                err(rec, 'received_at instant mismatch')
        kind = lab['kind']
        if kind not in KINDS:
            err(rec, 'bad kind')
        if kind in ('nomination', 'interest_only', 'correction'):
            if lab['late'] is not (dt > DEADLINE):
                err(rec, 'late %r, recomputed %r' % (lab['late'], dt > DEADLINE))
        elif lab['late'] is not None:
            err(rec, 'late must be null for %s' % kind)
        # --- kind-dependent fields
        if kind in ('nomination', 'correction'):
            if not lab['delegates']:
                err(rec, '%s without delegates' % kind)
        elif lab['delegates']:
            err(rec, 'delegates must be empty for %s' % kind)
        if kind in ('nomination', 'interest_only', 'correction'):
            if not lab['sessions']:
                err(rec, '%s without sessions' % kind)
        elif lab['sessions']:
            err(rec, 'sessions must be empty for %s' % kind)
        for s in lab['sessions']:
            if s not in SESS.values():
                err(rec, 'unknown session %s' % s)
        if len(set(lab['sessions'])) != len(lab['sessions']):
            err(rec, 'duplicate session')
        if kind in ('auto_reply', 'bounce', 'unrelated'):
            if lab['member_state'] is not None:
                err(rec, 'member_state must be null for %s' % kind)
        ms = lab['member_state']
        if ms is not None and not re.fullmatch(r'[A-Z]{3}', ms):
            err(rec, 'bad member_state %r' % ms)
        if not re.fullmatch(r'[a-z]{2}', lab['language']):
            err(rec, 'bad language code')
        if kind == 'correction':
            sup = lab['supersedes']
            if sup not in by_id:
                err(rec, 'supersedes unknown message %r' % sup)
            else:
                o = by_id[sup]
                if o['kind'] not in ('nomination', 'correction'):
                    err(rec, 'supersedes a %s' % o['kind'])
                if o['received_at'] >= lab['received_at']:
                    err(rec, 'supersedes a later message')
                if o['ms'] != ms:
                    err(rec, 'supersedes a message of another member state')
        elif lab['supersedes'] is not None:
            err(rec, 'supersedes must be null for %s' % kind)
        # --- every labelled string appears in the decoded text
        text = decoded_text(msg)
        deob = _deobfuscate(text)
        for d in lab['delegates']:
            if list(d) != ['name', 'aliases', 'title', 'email']:
                err(rec, 'delegate keys')
            for s in [d['name']] + d['aliases']:
                if not s or _collapse(s) not in text:
                    err(rec, 'name/alias %r not in text' % s)
                first = s.split(' ')[0].lower()
                if first in HONORIFICS or any(s.endswith(x) for x in HON_SUFFIX):
                    err(rec, 'honorific left in name %r' % s)
            if d['name'] in d['aliases']:
                err(rec, 'alias repeats name')
            if d['title'] is not None and _collapse(d['title']) not in text:
                err(rec, 'title %r not in text' % d['title'])
            e = d['email']
            if e is not None:
                if not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]{2,}', e):
                    err(rec, 'bad email %r' % e)
                if e not in text and e.lower() not in deob.lower():
                    err(rec, 'email %r not in text' % e)
        names = [d['name'] for d in lab['delegates']]
        if len(set(names)) != len(names):
            err(rec, 'duplicate delegate')
    # --- corpus-level requirements
    n = len(recs)
    langs = {r['lang'] for r in recs}
    kinds = {r['kind'] for r in recs}
    un = sum(1 for r in recs if r['lang'] in UN_LANGS)
    if n < 140:
        errors.append('only %d messages' % n)
    if len(langs) < 45:
        errors.append('only %d languages' % len(langs))
    if kinds != set(KINDS):
        errors.append('kinds missing: %s' % (set(KINDS) - kinds))
    if n >= 140 and not (0.4 <= un / n <= 0.6):
        errors.append('UN-language share %.2f' % (un / n))
    return errors


def fmt_tag(raw):
    """file-name tag describing only the format (never the label)"""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    top = msg.get_content_subtype()
    top = {'alternative': 'alt', 'plain': 'plain', 'html': 'html'}.get(top, top)
    first = None
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            first = part
            break
    cs = (first.get_content_charset() or 'us-ascii').replace('-', '').replace('_', '')
    cte = first.get('Content-Transfer-Encoding', '7bit').lower()
    cte = {'quoted-printable': 'qp', 'base64': 'b64'}.get(cte, cte)
    tag = '%s_%s_%s' % (top, cs, cte)
    if b'\r\n' in raw:
        tag += '_crlf'
    return tag


def main():
    os.makedirs(MSGDIR, exist_ok=True)
    for x in os.listdir(MSGDIR):
        if x.endswith('.eml'):
            os.remove(os.path.join(MSGDIR, x))
    counters = {}
    for rec in MSGS:
        counters[rec['lang']] = counters.get(rec['lang'], 0) + 1
        rec['file'] = '%s_%03d_%s.eml' % (rec['lang'], counters[rec['lang']], fmt_tag(rec['raw']))
    lines = []
    for rec in MSGS:
        sup = KEYS[rec['sup']]['msgid'] if rec['sup'] else None
        lab = {
            'message_id': rec['msgid'],
            'file': rec['file'],
            'kind': rec['kind'],
            'language': rec['lang'],
            'member_state': rec['ms'],
            'delegates': [d.js() for d in rec['dels']],
            'sessions': rec['sess'],
            'received_at': rec['received_at'],
            'late': rec['late'],
            'supersedes': sup,
        }
        lines.append(json.dumps(lab, ensure_ascii=False))
        with open(os.path.join(MSGDIR, rec['file']), 'wb') as f:
            f.write(rec['raw'])
    with open(LABELS, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    errors = validate(MSGS)
    kinds = {}
    for r in MSGS:
        kinds[r['kind']] = kinds.get(r['kind'], 0) + 1
    print('%d messages, %d languages, kinds %s' % (len(MSGS), len({r['lang'] for r in MSGS}),
                                                  json.dumps(kinds, sort_keys=True)))
    if errors:
        for e in errors:
            print('FAIL', e, file=sys.stderr)
        print('%d validation errors' % len(errors), file=sys.stderr)
        return 1
    print('validation OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
