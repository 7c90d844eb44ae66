#!/usr/bin/env python3
"""Blind labelled corpus of replies to ITU circular CI-19/35 (corpus blind-10).

Writes messages/*.eml (raw RFC 5322, CRLF) and labels.jsonl next to this script,
then validates everything and exits non-zero on any failure.  Deterministic:
no randomness, no clock; all variation is derived from hashes of fixed keys.
Python standard library only.
"""
import base64
import datetime
import email
import email.policy
import email.utils
import hashlib
import html as htmllib
import json
import os
import quopri
import re
import sys
import textwrap

OUT = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(OUT, "messages")
SME = "sme@itu.int"
DEADLINE = datetime.datetime(2019, 8, 16, 23, 59, 59,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
LATE_KINDS = ("nomination", "interest_only", "correction")
CIRC_MID = "<c3f1e0a2b9d84c5f9a6e7d1b2c3a4f50@MBX-GVA-02.itu.int>"
CIRC_SUBJ = 'CI-19/35: Consultation sessions for Member States: "Fostering tech and innovation SMEs"'

B, C, W = "budapest-2019", "cwg-2020", "wsis-2020"


def H(key, n=8):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


def HN(key, mod):
    return int(H(key, 12), 16) % mod


def tz(h):
    return datetime.timezone(datetime.timedelta(minutes=round(h * 60)))


def mkdt(s, off):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(off))


def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


# --------------------------------------------------------------------------
# RFC 2047 encoded words
# --------------------------------------------------------------------------
def ew(s, cs="utf-8", enc="B", first_room=60, force=False):
    """Encode a str as one or more encoded words, folded with CRLF SP."""
    if not force:
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            pass
    words, cur = [], ""

    def render(chunk):
        data = chunk.encode(cs)
        if enc == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(data).decode("ascii"))
        out = []
        for b in data:
            ch = chr(b)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and b < 128:
                out.append(ch)
            else:
                out.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (cs, "".join(out))

    room = first_room
    for ch in s:
        if cur and len(render(cur + ch)) > room:
            words.append(render(cur))
            cur = ch
            room = 74
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return "\r\n ".join(words)


def ew_phrase(s, cs="utf-8", enc="B"):
    """Encoded words for a display name: split only between words, the space
    travelling inside the preceding encoded word, each word at most 75 chars."""
    toks = re.findall(r"\S+\s*", s)
    chunks, cur = [], ""
    for t in toks:
        if cur and len(ew(cur + t, cs, enc, first_room=10**6, force=True)) > 75:
            chunks.append(cur)
            cur = t
        else:
            cur += t
    if cur:
        chunks.append(cur)
    return "\r\n ".join(ew(c, cs, enc, first_room=75, force=True) for c in chunks)


def addr(name, a, cs="utf-8", enc="B"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (ew_phrase(name, cs, enc), a)


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
def wrap_lines(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= 78:
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)+)", line)
        prefix = m.group(1) if m else ""
        body = line[len(prefix):]
        lines = textwrap.wrap(body, width - len(prefix), break_long_words=False,
                              break_on_hyphens=False)
        out.extend(prefix + l for l in lines) if lines else out.append(line)
    return "\n".join(out)


def encode_body(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if cte in ("7bit", "8bit"):
        text = wrap_lines(text)
    data = text.encode(cs)  # strict
    if cte == "base64":
        out = base64.encodebytes(data)
    elif cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit" and any(b > 127 for b in data):
            raise ValueError("non-ASCII byte in 7bit body")
        for ln in data.split(b"\n"):
            if len(ln) > 990:
                raise ValueError("line too long for %s" % cte)
        out = data
    else:
        raise ValueError(cte)
    out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out


def leaf(text, cs, cte, sub="plain", ctparams="", extra=()):
    ct = 'text/%s; charset="%s"%s' % (sub, cs, ctparams)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return (hdrs, encode_body(text, cs, cte))


def binleaf(ctype, filename, data, inline=False):
    hdrs = [("Content-Type", '%s;\r\n\tname="%s"' % (ctype, filename)),
            ("Content-Description", filename),
            ("Content-Disposition", '%s;\r\n\tfilename="%s"; size=%d' %
             ("inline" if inline else "attachment", filename, len(data))),
            ("Content-Transfer-Encoding", "base64")]
    return (hdrs, base64.encodebytes(data).replace(b"\n", b"\r\n"))


def rfc822leaf(raw, filename=None):
    hdrs = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else ""))]
    if filename:
        hdrs.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return (hdrs, raw)


def multipart(sub, parts, boundary, params="", preamble=None):
    hdrs = [("Content-Type", 'multipart/%s;%s\r\n\tboundary="%s"' % (sub, params, boundary))]
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n\r\n"
    for ph, pb in parts:
        body += b"--" + boundary.encode("ascii") + b"\r\n"
        body += b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in ph)
        body += b"\r\n" + pb
    body += b"--" + boundary.encode("ascii") + b"--\r\n"
    return (hdrs, body)


# --------------------------------------------------------------------------
# HTML renderers
# --------------------------------------------------------------------------
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:%(font)s;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tmargin-bottom:.0001pt;
\tfont-size:11.0pt;
\tfont-family:"%(font)s",sans-serif;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"%(font)s",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-family:"%(font)s",sans-serif;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%(lang)s" link="#0563C1" vlink="#954F72"%(dir)s>
<div class="WordSection1">
"""


def esc(s):
    return htmllib.escape(s, quote=False).replace("  ", "&nbsp; ")


def outlook_html(text, cs, lang="EN-US", rtl=False, font="Calibri", table_html=None):
    out = [OUTLOOK_HEAD % {"cs": cs, "font": font, "lang": lang,
                           "dir": ' dir="RTL"' if rtl else ""}]
    pstyle = ' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
    in_hdr = False
    for line in text.split("\n"):
        if table_html is not None and line.strip() == "@@TABLE@@":
            out.append(table_html + "\n")
            continue
        if line.strip() == "________________________________" or line.startswith("-----Original Message-----") \
                or line.startswith("-----Message d'origine-----") or line.startswith("-----Mensaje original-----"):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            in_hdr = True
            if line.startswith("-----"):
                out.append("<p class=\"MsoNormal\">%s<o:p></o:p></p>\n" % esc(line))
            continue
        if in_hdr:
            m = re.match(r"^(From|Sent|To|Cc|Subject|De|Envoy\u00e9|\u00c0|Objet|Enviado el|Para|Asunto|Date|\u0645\u0646|\u0627\u0644\u0645\u0648\u0636\u0648\u0639):(.*)$", line)
            if m:
                out.append('<p class="MsoNormal"><b>%s:</b>%s<o:p></o:p></p>\n' % (esc(m.group(1)), esc(m.group(2))))
                continue
            if not line.strip():
                out.append("</div>\n")
                in_hdr = False
        if not line.strip():
            out.append('<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>\n' % pstyle)
        else:
            l = esc(line)
            l = re.sub(r"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", r'<a href="mailto:\1">\1</a>', l)
            out.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>\n' % (pstyle, l))
    if in_hdr:
        out.append("</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = ["<div%s>" % d]
    quote = []
    attr = None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" ") if line.startswith("> ") else line[1:])
            continue
        if i + 1 < len(lines) and lines[i + 1].startswith(">") and line.strip().endswith(":"):
            attr = line
            continue
        if not line.strip():
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % esc(line))
    out.append("</div>")
    if quote:
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">' % esc(attr or ""))
        out.append("<br>\n".join(esc(q) for q in quote))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


def plain_html(text, cs, rtl=False, font="Arial"):
    d = ' dir="rtl"' if rtl else ""
    body = "<br>\n".join(esc(l) for l in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body%s><div style="font-family:%s;font-size:10pt">%s</div></body></html>\n' % (cs, d, font, body))


def entity_html(s):
    return "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in s)


# --------------------------------------------------------------------------
# the circular, as it is quoted below replies
# --------------------------------------------------------------------------
CIRC_EN = [
    "Dear Sir/Madam,",
    "I am pleased to invite your Administration to participate in a series of consultation sessions "
    "entitled \"Fostering tech and innovation SMEs\". The first session will be held on 10 September 2019 "
    "during ITU Telecom World 2019 in Budapest, Hungary. We intend to hold similar sessions during the "
    "Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and at other events.",
    "This series of consultations is organized as a follow-up to the excellent discussions held during the "
    "last session of the ITU Council on promoting SMEs and their engagement in the work of ITU. In accordance "
    "with Resolution 209 (Dubai, 2018), the ITU Council finalized the eligibility criteria and decided to apply "
    "new reduced fees for SME Associates from January 2020. Please visit the ITU SME web page for more information.",
    "During the discussions at Council, it was noted that special efforts were needed to help SMEs join the ITU "
    "family and become active members. In this context, these consultations will provide an opportunity for "
    "interested Member States to share best practices on existing national policies, initiatives and programmes "
    "supporting tech SMEs, and to identify concrete actions to engage these companies in ITU's work, including "
    "its Study Groups, workshops, training courses and the ITU Telecom World SME programme. A detailed agenda "
    "will be sent shortly.",
    "I would be grateful if you could express your interest and indicate the participant nominated for the "
    "first consultation session during ITU Telecom World by 16 August 2019 to the ITU Secretariat at: sme@itu.int",
    "Yours faithfully,\n\n(signed)\n\nHoulin Zhao\nSecretary-General",
]
CIRC_EN_HEAD = ("Ref: CI-19/35\nContact: Mr Christopher Clark\nE-mail: sme@itu.int\n\n"
                "Geneva, 23 July 2019\n\nTo the Member States of ITU\n\n"
                "Subject: Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"")

CIRC_FR = [
    "Madame, Monsieur,",
    "J'ai le plaisir d'inviter votre Administration \u00e0 participer \u00e0 une s\u00e9rie de sessions de consultation "
    "intitul\u00e9es \u00ab\u00a0Encourager les PME du secteur de la technologie et de l'innovation\u00a0\u00bb. La premi\u00e8re "
    "session se tiendra le 10 septembre 2019 pendant ITU Telecom World 2019, \u00e0 Budapest (Hongrie). Nous "
    "pr\u00e9voyons d'organiser des sessions analogues pendant les r\u00e9unions des Groupes de travail du Conseil au "
    "d\u00e9but de 2020, ainsi que pendant le Forum du SMSI de 2020 et \u00e0 l'occasion d'autres manifestations.",
    "Je vous saurais gr\u00e9 de bien vouloir manifester votre int\u00e9r\u00eat et indiquer le nom du participant d\u00e9sign\u00e9 "
    "pour la premi\u00e8re session de consultation pendant ITU Telecom World, d'ici au 16 ao\u00fbt 2019, au secr\u00e9tariat "
    "de l'UIT, \u00e0 l'adresse: sme@itu.int",
    "Veuillez agr\u00e9er, Madame, Monsieur, l'assurance de ma haute consid\u00e9ration.\n\n(sign\u00e9)\n\nHoulin Zhao\n"
    "Secr\u00e9taire g\u00e9n\u00e9ral",
]
CIRC_ES = [
    "Muy Se\u00f1ora m\u00eda/Muy Se\u00f1or m\u00edo:",
    "Tengo el agrado de invitar a su Administraci\u00f3n a participar en una serie de sesiones de consulta tituladas "
    "\"Fomento de las PYME tecnol\u00f3gicas e innovadoras\". La primera sesi\u00f3n tendr\u00e1 lugar el 10 de septiembre de "
    "2019, durante ITU Telecom World 2019, en Budapest (Hungr\u00eda). Tenemos previsto celebrar sesiones similares "
    "durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, as\u00ed como durante el Foro "
    "de la CMSI de 2020 y en otros eventos.",
    "Le agradecer\u00eda que manifestara su inter\u00e9s e indicara el participante designado para la primera sesi\u00f3n de "
    "consulta durante ITU Telecom World, a m\u00e1s tardar el 16 de agosto de 2019, a la Secretar\u00eda de la UIT: "
    "sme@itu.int",
    "Atentamente,\n\n(firmado)\n\nHoulin Zhao\nSecretario General",
]
CIRC_RU = [
    "\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u0430\u044f \u0433\u043e\u0441\u043f\u043e\u0436\u0430,\n\u0443\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439 \u0433\u043e\u0441\u043f\u043e\u0434\u0438\u043d,",
    "\u0418\u043c\u0435\u044e \u0447\u0435\u0441\u0442\u044c \u043f\u0440\u0438\u0433\u043b\u0430\u0441\u0438\u0442\u044c \u0432\u0430\u0448\u0443 \u0410\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044e \u043f\u0440\u0438\u043d\u044f\u0442\u044c \u0443\u0447\u0430\u0441\u0442\u0438\u0435 \u0432 \u0441\u0435\u0440\u0438\u0438 \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0445 "
    "\u0441\u0435\u0441\u0441\u0438\u0439 \u043f\u043e\u0434 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435\u043c \"\u0421\u043e\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u0442\u0435\u0445\u043d\u043e\u043b\u043e\u0433\u0438\u0447\u0435\u0441\u043a\u0438\u043c \u0438 \u0438\u043d\u043d\u043e\u0432\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u043c \u041c\u0421\u041f\". \u041f\u0435\u0440\u0432\u0430\u044f "
    "\u0441\u0435\u0441\u0441\u0438\u044f \u0441\u043e\u0441\u0442\u043e\u0438\u0442\u0441\u044f 10 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f 2019 \u0433\u043e\u0434\u0430 \u0432 \u0445\u043e\u0434\u0435 ITU Telecom World 2019 \u0432 \u0411\u0443\u0434\u0430\u043f\u0435\u0448\u0442\u0435, \u0412\u0435\u043d\u0433\u0440\u0438\u044f. "
    "\u041c\u044b \u043f\u043b\u0430\u043d\u0438\u0440\u0443\u0435\u043c \u043f\u0440\u043e\u0432\u0435\u0441\u0442\u0438 \u0430\u043d\u0430\u043b\u043e\u0433\u0438\u0447\u043d\u044b\u0435 \u0441\u0435\u0441\u0441\u0438\u0438 \u0432 \u0445\u043e\u0434\u0435 \u0441\u043e\u0431\u0440\u0430\u043d\u0438\u0439 \u0440\u0430\u0431\u043e\u0447\u0438\u0445 \u0433\u0440\u0443\u043f\u043f \u0421\u043e\u0432\u0435\u0442\u0430 \u0432 "
    "\u043d\u0430\u0447\u0430\u043b\u0435 2020 \u0433\u043e\u0434\u0430, \u0430 \u0442\u0430\u043a\u0436\u0435 \u0432 \u0445\u043e\u0434\u0435 \u0424\u043e\u0440\u0443\u043c\u0430 \u0412\u0412\u0423\u0418\u041e 2020 \u0433\u043e\u0434\u0430 \u0438 \u0434\u0440\u0443\u0433\u0438\u0445 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0439.",
    "\u0411\u0443\u0434\u0443 \u043f\u0440\u0438\u0437\u043d\u0430\u0442\u0435\u043b\u0435\u043d, \u0435\u0441\u043b\u0438 \u0432\u044b \u0441\u043e\u043e\u0431\u0449\u0438\u0442\u0435 \u043e \u0441\u0432\u043e\u0435\u0439 \u0437\u0430\u0438\u043d\u0442\u0435\u0440\u0435\u0441\u043e\u0432\u0430\u043d\u043d\u043e\u0441\u0442\u0438 \u0438 \u0443\u043a\u0430\u0436\u0435\u0442\u0435 \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0430, "
    "\u043d\u0430\u0437\u043d\u0430\u0447\u0435\u043d\u043d\u043e\u0433\u043e \u0434\u043b\u044f \u0443\u0447\u0430\u0441\u0442\u0438\u044f \u0432 \u043f\u0435\u0440\u0432\u043e\u0439 \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u043e\u043d\u043d\u043e\u0439 \u0441\u0435\u0441\u0441\u0438\u0438 \u0432 \u0445\u043e\u0434\u0435 ITU Telecom World, "
    "\u0434\u043e 16 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 2019 \u0433\u043e\u0434\u0430 \u0432 \u0421\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u0438\u0430\u0442 \u041c\u0421\u042d \u043f\u043e \u0430\u0434\u0440\u0435\u0441\u0443: sme@itu.int",
    "\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,\n\n(\u043f\u043e\u0434\u043f\u0438\u0441\u044c)\n\n\u0425\u043e\u0443\u043b\u0438\u043d\u044c \u0427\u0436\u0430\u043e\n\u0413\u0435\u043d\u0435\u0440\u0430\u043b\u044c\u043d\u044b\u0439 \u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c",
]
CIRC_ZH = [
    "\u5c0a\u656c\u7684\u5148\u751f/\u5973\u58eb\uff1a",
    "\u6211\u8c28\u9080\u8bf7\u8d35\u4e3b\u7ba1\u90e8\u95e8\u53c2\u52a0\u9898\u4e3a\u201c\u4fc3\u8fdb\u6280\u672f\u548c\u521b\u65b0\u578b\u4e2d\u5c0f\u4f01\u4e1a\u201d\u7684\u7cfb\u5217\u78cb\u5546\u4f1a\u3002"
    "\u9996\u6b21\u4f1a\u8bae\u5c06\u4e8e2019\u5e749\u670810\u65e5\u5728\u5308\u7259\u5229\u5e03\u8fbe\u4f69\u65af\u4e3e\u529e\u76842019\u5e74\u56fd\u9645\u7535\u8054\u4e16\u754c\u7535\u4fe1\u5c55\u671f\u95f4\u4e3e\u884c\u3002"
    "\u6211\u4eec\u8ba1\u5212\u4e8e2020\u5e74\u521d\u7406\u4e8b\u4f1a\u5de5\u4f5c\u7ec4\u4f1a\u8bae\u671f\u95f4\u30012020\u5e74\u4fe1\u606f\u793e\u4f1a\u4e16\u754c\u5cf0\u4f1a\u8bba\u575b\u671f\u95f4\u4ee5\u53ca\u5176\u5b83\u6d3b\u52a8\u671f\u95f4\u4e3e\u529e\u7c7b\u4f3c\u7684\u4f1a\u8bae\u3002",
    "\u5982\u80fd\u57282019\u5e748\u670816\u65e5\u4e4b\u524d\u5411\u56fd\u9645\u7535\u8054\u79d8\u4e66\u5904\uff08sme@itu.int\uff09\u8868\u660e\u8d35\u65b9\u7684\u5174\u8da3\u5e76\u544a\u77e5"
    "\u53c2\u52a0\u5728\u4e16\u754c\u7535\u4fe1\u5c55\u671f\u95f4\u4e3e\u884c\u7684\u9996\u6b21\u78cb\u5546\u4f1a\u7684\u4eba\u5458\uff0c\u6211\u5c06\u4e0d\u80dc\u611f\u6fc0\u3002",
    "\u987a\u81f4\u656c\u610f\uff01\n\n\uff08\u7b7e\u5b57\uff09\n\n\u79d8\u4e66\u957f\n\u8d75\u539a\u9e9f",
]
CIRC_AR = [
    "\u062d\u0636\u0631\u0627\u062a \u0627\u0644\u0633\u0627\u062f\u0629 \u0648\u0627\u0644\u0633\u064a\u062f\u0627\u062a\u060c\n\n\u062a\u062d\u064a\u0629 \u0637\u064a\u0628\u0629 \u0648\u0628\u0639\u062f\u060c",
    "\u064a\u0633\u0631\u0646\u064a \u0623\u0646 \u0623\u062f\u0639\u0648 \u0648\u0641\u062f\u0643\u0645 \u0625\u0644\u0649 \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0641\u064a \u0633\u0644\u0633\u0644\u0629 \u0645\u0646 \u062c\u0644\u0633\u0627\u062a \u0627\u0644\u062a\u0634\u0627\u0648\u0631 \u064a\u064f\u0637\u0644\u0642 \u0639\u0644\u064a\u0647\u0627 \u0627\u0633\u0645 "
    "\"\u062a\u0634\u062c\u064a\u0639 \u0627\u0644\u0634\u0631\u0643\u0627\u062a \u0627\u0644\u0635\u063a\u064a\u0631\u0629 \u0648\u0627\u0644\u0645\u062a\u0648\u0633\u0637\u0629 \u0627\u0644\u0639\u0627\u0645\u0644\u0629 \u0641\u064a \u0645\u062c\u0627\u0644 \u0627\u0644\u062a\u0643\u0646\u0648\u0644\u0648\u062c\u064a\u0627 \u0648\u0627\u0644\u0627\u0628\u062a\u0643\u0627\u0631\". "
    "\u0648\u0633\u062a\u0639\u0642\u062f \u0627\u0644\u062c\u0644\u0633\u0629 \u0627\u0644\u0623\u0648\u0644\u0649 \u0641\u064a 10 \u0633\u0628\u062a\u0645\u0628\u0631 2019 \u0623\u062b\u0646\u0627\u0621 \u062a\u0644\u064a\u0643\u0648\u0645 \u0627\u0644\u0639\u0627\u0644\u0645\u064a \u0644\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u0630\u064a \u0633\u064a\u0639\u0642\u062f "
    "\u0641\u064a \u0628\u0648\u062f\u0627\u0628\u0633\u062a\u060c \u0647\u0646\u063a\u0627\u0631\u064a\u0627. \u0648\u0646\u0639\u062a\u0632\u0645 \u062a\u0646\u0638\u064a\u0645 \u062c\u0644\u0633\u0627\u062a \u0645\u0645\u0627\u062b\u0644\u0629 \u062e\u0644\u0627\u0644 \u0627\u062c\u062a\u0645\u0627\u0639\u0627\u062a \u0623\u0641\u0631\u0642\u0629 \u0627\u0644\u0639\u0645\u0644 "
    "\u0627\u0644\u062a\u0627\u0628\u0639\u0629 \u0644\u0644\u0645\u062c\u0644\u0633 \u0641\u064a \u0623\u0648\u0627\u0626\u0644 2020 \u0648\u0643\u0630\u0644\u0643 \u0623\u062b\u0646\u0627\u0621 \u0645\u0646\u062a\u062f\u0649 \u0627\u0644\u0642\u0645\u0629 \u0627\u0644\u0639\u0627\u0644\u0645\u064a\u0629 \u0644\u0645\u062c\u062a\u0645\u0639 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a "
    "\u0641\u064a 2020 \u0648\u0645\u0646\u0627\u0633\u0628\u0627\u062a \u0623\u062e\u0631\u0649.",
    "\u0648\u064a\u0631\u062c\u0649 \u0623\u0646 \u062a\u0641\u0636\u0644\u0648\u0627 \u0628\u0625\u0628\u062f\u0627\u0621 \u0627\u0647\u062a\u0645\u0627\u0645\u0643\u0645 \u0648\u0627\u0644\u0625\u0641\u0627\u062f\u0629 \u0628\u0627\u0644\u0645\u0634\u0627\u0631\u0643 \u0627\u0644\u0645\u0631\u0634\u062d \u0644\u062d\u0636\u0648\u0631 \u062c\u0644\u0633\u0629 \u0627\u0644\u062a\u0634\u0627\u0648\u0631 "
    "\u0627\u0644\u0623\u0648\u0644\u0649 \u0627\u0644\u062a\u064a \u0633\u062a\u062c\u0631\u064a \u0623\u062b\u0646\u0627\u0621 \u062a\u0644\u064a\u0643\u0648\u0645 \u0627\u0644\u0639\u0627\u0644\u0645\u064a \u0644\u0644\u0627\u062a\u062d\u0627\u062f \u0641\u064a \u0645\u0648\u0639\u062f \u0623\u0642\u0635\u0627\u0647 16 \u0623\u063a\u0633\u0637\u0633 2019 "
    "\u0625\u0644\u0649 \u0623\u0645\u0627\u0646\u0629 \u0627\u0644\u0627\u062a\u062d\u0627\u062f \u0641\u064a \u0627\u0644\u0639\u0646\u0648\u0627\u0646 \u0627\u0644\u062a\u0627\u0644\u064a: sme@itu.int",
    "\u0648\u062a\u0641\u0636\u0644\u0648\u0627 \u0628\u0642\u0628\u0648\u0644 \u0641\u0627\u0626\u0642 \u0627\u0644\u062a\u0642\u062f\u064a\u0631 \u0648\u0627\u0644\u0627\u062d\u062a\u0631\u0627\u0645.\n\n(\u062a\u0648\u0642\u064a\u0639)\n\n\u0647\u0648\u0644\u064a\u0646 \u062c\u0627\u0648",
]
CIRCS = {"en": CIRC_EN, "fr": CIRC_FR, "es": CIRC_ES, "ru": CIRC_RU, "zh": CIRC_ZH, "ar": CIRC_AR}


def circ_text(lang="en", paras=None, head=False):
    ps = CIRCS[lang]
    if paras is not None:
        ps = [ps[i] for i in paras]
    t = "\n\n".join(ps)
    if head and lang == "en":
        t = CIRC_EN_HEAD + "\n\n" + t
    return t


def q_outlook(sent, to="", lang="en", paras=None, head=False, labels=("From", "Sent", "To", "Subject"),
              frm="SME <sme@itu.int>", subj=CIRC_SUBJ):
    lf, ls, lt, lsub = labels
    h = "________________________________\n%s: %s\n%s: %s\n" % (lf, frm, ls, sent)
    if to:
        h += "%s: %s\n" % (lt, to)
    h += "%s: %s\n\n" % (lsub, subj)
    return h + circ_text(lang, paras, head)


def q_gt(attribution, lang="en", paras=None, head=False):
    body = circ_text(lang, paras, head)
    lines = []
    for l in wrap_lines(body, 74).split("\n"):
        lines.append(">" if not l else "> " + l)
    return attribution + "\n" + "\n".join(lines)


def quote_gt(text):
    return "\n".join(">" if not l else "> " + l for l in wrap_lines(text, 74).split("\n"))


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
M = []


def add(**kw):
    M.append(kw)


def fmt_date(d):
    return email.utils.format_datetime(d)


def domain_of(a):
    return a.rsplit("@", 1)[1].lower()


def make_mid(spec):
    if spec.get("mid"):
        return spec["mid"]
    key, client = spec["key"], spec.get("client", "thunderbird")
    dom = domain_of(spec["frm"][1])
    h = hashlib.sha256(("mid:" + key).encode()).digest()
    hx = h.hex()
    if client == "gmail" or spec.get("route") == "gmail":
        s = base64.b64encode(h[:30]).decode().replace("/", "_").rstrip("=")
        return "<CA%s@mail.gmail.com>" % s[:38]
    if client in ("o365", "hotmail"):
        pod = "%s%dPR%02dMB%04d" % (["AM", "DB", "VI", "HE", "AM6", "DM"][h[0] % 6], h[1] % 9, h[2] % 10, 1000 + (h[3] * 37) % 8999)
        region = "eurprd%02d" % (h[4] % 8) if client == "o365" else "namprd%02d" % (h[4] % 8)
        return "<%s%s@%s.%s.prod.outlook.com>" % (pod, hx[:24].upper(), pod, region)
    if client == "outlook":
        return "<%s@EXCH%02d.%s>" % (hx[:32].upper(), 1 + h[5] % 3, dom)
    if client in ("iphone", "apple"):
        u = hx[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hx[:8], hx[8:12], hx[12:16], hx[16:20], hx[20:32], dom)
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (int(hx[:7], 16), int(hx[7:14], 16), 1565000000000 + int(hx[14:20], 16))
    if client == "android":
        return "<%s.%s@email.android.com>" % (hx[:12], hx[12:20])
    if client == "lotus":
        return "<OF%s.%s-ON%s.%s@%s>" % (hx[:8].upper(), hx[8:16].upper(), hx[16:24].upper(), hx[24:32].upper(), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (int(hx[:8], 16), int(hx[8:14], 16), 1565000000000 + int(hx[14:20], 16), dom)
    return "<%s.%s@%s>" % (hx[:16], hx[16:24], dom)


CLIENT_HDR = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "iphone": [("X-Mailer", "iPhone Mail (16G77)")],
    "apple": [("X-Mailer", "Apple Mail (2.3445.104.11)")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\r\n Thunderbird/60.8.0")],
    "yahoo": [("X-Mailer", "WebService/1.1.14204 YMailNorrin Mozilla/5.0 (Linux; Android 8.0.0;\r\n SM-A520F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/75.0.3770.143 Mobile\r\n Safari/537.36")],
    "android": [("X-Mailer", "Samsung Mobile")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.3.8")],
    "zimbra": [("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC76 (Win)/8.8.12_GA_3794)")],
    "lotus": [("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 February 11, 2019")],
}


def ip_for(key, base):
    h = hashlib.sha256(("ip:" + key).encode()).digest()
    return "%s.%d.%d" % (base, h[0] % 250 + 2, h[1] % 250 + 2)


def received_lines(spec, date, itu_dt):
    key = spec["key"]
    dom = domain_of(spec["frm"][1])
    client = spec.get("client", "thunderbird")
    route = spec.get("route") or {"gmail": "gmail", "o365": "o365", "hotmail": "hotmail", "outlook": "exchange",
                                  "yahoo": "yahoo", "lotus": "lotus", "zimbra": "zimbra"}.get(client, "postfix")
    h = hashlib.sha256(("rx:" + key).encode()).digest()
    qid = hashlib.sha256(("q:" + key).encode()).hexdigest()[:10].upper()
    mx = "mx%d.itu.int" % (1 + h[0] % 4)
    s1 = date + datetime.timedelta(seconds=1 + h[1] % 3)
    lines = []
    if route == "gmail":
        host = "mail-%s-f%d.google.com" % (["wm1", "wr1", "ed1", "lj1", "pl1", "qk1"][h[2] % 6], 40 + h[3] % 60)
        ip = "209.85.%d.%d" % (128 + h[4] % 100, h[5] % 250 + 2)
        pdt = s1.astimezone(tz(-7))
        sfx = ["wmj", "wrd", "edd", "ljd", "pld", "qkd"][h[2] % 6]
        sender = ["Received: by %s with SMTP id %s%dso%d%s.%d\r\n        for <%s>; %s (PDT)"
                  % (host, "abcdefghjk"[h[6] % 10], 10 + h[7] % 80, 1000000 + h[8] * 3131, sfx, 1 + h[10] % 3, SME, fmt_date(pdt))]
        sender.append("X-Received: by 2002:a1c:%x:: with SMTP id %s%dmr%d%s.%d.%d;\r\n        %s (PDT)"
                      % (h[11] * 13 + 4096, "opqrs"[h[12] % 5], h[13] % 90 + 10, 1000000 + h[14] * 4099, sfx, h[15] % 60,
                         int(pdt.timestamp()) * 1000 + h[16] * 3, fmt_date(pdt)))
    elif route in ("o365", "hotmail"):
        host = "%s-%s-obe.outbound.protection.outlook.com" % (["EUR01", "EUR02", "EUR03", "EUR04", "NAM02", "NAM04"][h[2] % 6],
                                                             ["HE1", "VE1", "AM5", "DB5", "BN3", "SN1"][h[3] % 6])
        ip = "40.107.%d.%d" % (h[4] % 250 + 2, h[5] % 250 + 2)
        pod = "%s%dPR%02dMB%04d.%s.prod.outlook.com" % (["AM", "DB", "VI", "HE"][h[6] % 4], h[7] % 9, h[8] % 10, 1000 + (h[9] * 37) % 8999,
                                                       "eurprd%02d" % (h[10] % 8) if route == "o365" else "namprd%02d" % (h[10] % 8))
        sender = ["Received: from %s ([fe80::%x:%x:%x:%x]) by %s\r\n ([fe80::%x:%x:%x:%x%%5]) with mapi id 15.20.2157.0%02d; %s"
                  % (pod, h[11] * 17, h[12] * 19, h[13] * 23, h[14] * 29, pod, h[11] * 17, h[12] * 19, h[13] * 23, h[14] * 29, h[15] % 30,
                     fmt_date(s1.astimezone(tz(0))))]
    elif route == "yahoo":
        host = "sonic3%02d-%d.consmr.mail.ir2.yahoo.com" % (h[2] % 40, 20 + h[3] % 20)
        ip = "77.238.%d.%d" % (176 + h[4] % 10, h[5] % 250 + 2)
        sender = ["Received: from sonic.gate.mail.ne1.yahoo.com by sonic3%02d.consmr.mail.ir2.yahoo.com with HTTP;\r\n %s"
                  % (h[2] % 40, fmt_date(s1.astimezone(tz(0))))]
    elif route == "exchange":
        host = spec.get("host", "mail." + dom)
        ip = spec.get("ip", ip_for(key, spec.get("ipbase", "196.%d" % (20 + h[2] % 200))))
        a, b = 1 + h[3] % 3, 4 + h[4] % 3
        sender = ["Received: from EXCH%02d.%s (10.%d.%d.%d) by EXCH%02d.%s\r\n (10.%d.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\r\n"
                  " cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.1591.10; %s"
                  % (a, dom, h[5] % 30, h[6] % 250, 10 + a, b, dom, h[5] % 30, h[6] % 250, 10 + b, fmt_date(s1))]
    elif route == "lotus":
        host = spec.get("host", "smtp." + dom)
        ip = spec.get("ip", ip_for(key, spec.get("ipbase", "41.%d" % (h[2] % 200 + 20))))
        sender = ["Received: from notes01.%s ([10.%d.%d.%d])\r\n\tby %s (IBM Domino Release 9.0.1FP10)\r\n\twith ESMTP id %s;\r\n\t%s"
                  % (dom, h[3] % 30, h[4] % 250, h[5] % 250, host, hashlib.sha256(key.encode()).hexdigest()[:16].upper(), fmt_date(s1))]
    else:
        host = spec.get("host", "mail." + dom)
        ip = spec.get("ip", ip_for(key, spec.get("ipbase", "%d.%d" % (41 + h[2] % 150, h[3] % 250))))
        lan = "192.168.%d.%d" % (h[4] % 20, h[5] % 250 + 2)
        sender = ["Received: from [%s] (unknown [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
                  % (lan, ip_for(key + "c", "%d.%d" % (100 + h[6] % 90, h[7] % 250)), host,
                     hashlib.sha256(("s:" + key).encode()).hexdigest()[:9].upper(), SME, fmt_date(s1))]
    for extra in spec.get("relays", []):
        sender.insert(0, extra)
    itu_s = fmt_date(itu_dt)
    zone = {7200: " (CEST)", 0: " (UTC)"}.get(int(itu_dt.utcoffset().total_seconds()), "")
    top = ("Received: from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s%s"
           % (host, host, ip, mx, qid, SME, itu_s, zone))
    return [top] + sender


def hdr_line(name, value):
    return ("%s: %s\r\n" % (name, value)).encode("ascii")


def thread_index(key):
    return base64.b64encode(hashlib.sha256(("ti:" + key).encode()).digest()[:22]).decode()


def body_parts(spec):
    """Return (headers, body) of the top-level content."""
    if "parts" in spec:
        return spec["parts"]
    text, cs, cte = spec.get("text"), spec.get("cs", "utf-8"), spec.get("cte", "quoted-printable")
    struct = spec.get("struct", "plain")
    html = spec.get("html")
    hcs = spec.get("html_cs", cs)
    hcte = spec.get("hcte", "quoted-printable" if cte in ("7bit", "8bit", "quoted-printable") else cte)
    rtl = spec.get("rtl", False)
    key = spec["key"]
    if struct in ("alt", "html"):
        if html is None or html == "outlook":
            html = outlook_html(text, hcs, lang=spec.get("hlang", "EN-US"), rtl=rtl, font=spec.get("font", "Calibri"),
                                table_html=spec.get("table_html"))
        elif html == "gmail":
            html = gmail_html(text, rtl=rtl)
        elif html == "plain":
            html = plain_html(text, hcs, rtl=rtl)
        if text is not None and spec.get("table_html") is not None:
            text = text.replace("@@TABLE@@", spec.get("table_text", ""))
    ctp = spec.get("ctparams", "")
    if struct == "plain":
        main = leaf(text, cs, cte, ctparams=ctp)
    elif struct == "html":
        main = leaf(html, hcs, hcte, sub="html")
    elif struct == "alt":
        bnd = spec.get("boundary") or ("_000_%s_" % H("b" + key, 32).upper() if spec.get("client") in ("outlook", "o365", "hotmail")
                                       else "000000000000%s" % H("b" + key, 16))
        main = multipart("alternative", [leaf(text, cs, cte, ctparams=ctp), leaf(html, hcs, hcte, sub="html")], bnd)
    else:
        raise ValueError(struct)
    if spec.get("attach"):
        bnd = "_mixed_%s_" % H("m" + key, 24)
        if spec.get("client") in ("gmail",):
            bnd = "000000000000%s" % H("m" + key, 16)
        main = multipart("mixed", [main] + spec["attach"], bnd)
    return main


def build(spec, seq):
    key = spec["key"]
    date = mkdt(*spec["date"])
    # "clock": when the message really left (the Date header may come from a wrong PC clock)
    actual = mkdt(*spec["clock"]) if spec.get("clock") else date
    if spec.get("itu"):
        itu_dt = mkdt(*spec["itu"])
    else:
        delay = spec.get("delay", 4 + HN("d" + key, 55))
        itu_dt = (actual + datetime.timedelta(seconds=delay)).astimezone(tz(spec.get("itu_off", 2)))
    mid = make_mid(spec)
    spec["_mid"] = mid
    spec["_itu"] = itu_dt
    hcs = spec.get("hcs", "utf-8")
    henc = spec.get("henc", "B")
    out = b""
    for r in received_lines(spec, actual, itu_dt):
        out += (r + "\r\n").encode("ascii")
    for k, v in spec.get("pre", []):
        out += hdr_line(k, v)
    fn, fa = spec["frm"]
    out += hdr_line("From", addr(fn, fa, hcs, henc))
    if spec.get("sender"):
        out += hdr_line("Sender", addr(spec["sender"][0], spec["sender"][1], hcs, henc))
    to = spec.get("to", [("", SME)])
    out += hdr_line("To", ",\r\n\t".join(addr(n, a, hcs, henc) for n, a in to))
    if spec.get("cc"):
        out += hdr_line("CC" if spec.get("client") in ("outlook", "o365") else "Cc",
                        ",\r\n\t".join(addr(n, a, hcs, henc) for n, a in spec["cc"]))
    if spec.get("reply_to"):
        out += hdr_line("Reply-To", addr(spec["reply_to"][0], spec["reply_to"][1], hcs, henc))
    subj = spec["subj"]
    out += hdr_line("Subject", ew(subj, hcs, henc, first_room=66) if subj else "")
    client = spec.get("client", "thunderbird")
    if client in ("outlook", "o365", "hotmail") and not spec.get("no_thread"):
        topic = re.sub(r"^((RE|FW|TR|RV|AW|WG|Fwd|FWD|R|RIF|Re|Fw|Tr|RES|ENC|Gelesen|Automatic reply|Unzustellbar|Non remis|No se puede entregar|R\u00e9ponse automatique\s?|Resposta autom\u00e1tica|\u0631\u062f \u062a\u0644\u0642\u0627\u0626\u064a|\u0410\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\u0438\u0439 \u043e\u0442\u0432\u0435\u0442|\u0410\u0432\u0442\u043e\u043c\u0430\u0442\u0442\u044b\u043a \u0436\u043e\u043e\u043f|\u0631\u062f|\u041e\u0442\u0432\u0435\u0442|\u041f\u0435\u0440\u0435\u0441\u043b\u0430\u0442\u044c):\s*)+", "", subj)
        out += hdr_line("Thread-Topic", ew(topic, hcs, henc, first_room=60) if topic else "")
        out += hdr_line("Thread-Index", thread_index(key))
    out += hdr_line("Date", fmt_date(date))
    out += hdr_line("Message-ID", mid)
    irt = spec.get("irt")
    if irt:
        irt_mid = CIRC_MID if irt == "circ" else MID_BY_KEY[irt]
        refs = [CIRC_MID] if irt == "circ" else ([CIRC_MID, irt_mid] if spec.get("refs_circ") else [irt_mid])
        out += hdr_line("References", "\r\n ".join(refs))
        out += hdr_line("In-Reply-To", irt_mid)
    if client in ("outlook", "o365", "hotmail"):
        out += hdr_line("Accept-Language", spec.get("clang", "en-US"))
        out += hdr_line("Content-Language", spec.get("clang", "en-US"))
        out += hdr_line("X-MS-Has-Attach", "yes" if spec.get("attach") else "")
        out += hdr_line("X-MS-TNEF-Correlator", "")
    for k, v in CLIENT_HDR.get(client, []):
        out += hdr_line(k, v)
    for k, v in spec.get("extra", []):
        out += hdr_line(k, v)
    ph, pb = body_parts(spec)
    out += hdr_line("MIME-Version", "1.0")
    for k, v in ph:
        out += hdr_line(k, v)
    out += b"\r\n" + pb
    return out


MID_BY_KEY = {}


def inner_msg(headers, text, cs="utf-8", cte="quoted-printable"):
    out = b""
    for k, v in headers:
        out += hdr_line(k, v)
    ph, pb = leaf(text, cs, cte)
    out += hdr_line("MIME-Version", "1.0")
    for k, v in ph:
        out += hdr_line(k, v)
    return out + b"\r\n" + pb


def dsn_parts(key, human, human_cs, human_cte, reporting_mta, recipient, status, diag, orig_headers,
              arrival, human_html=None, full_original=None):
    bnd = "%s/%s" % (H("dsn" + key, 10).upper(), reporting_mta)
    ds = ("Reporting-MTA: dns; %s\r\nX-Postfix-Queue-ID: %s\r\nArrival-Date: %s\r\n\r\n"
          "Final-Recipient: rfc822; %s\r\nOriginal-Recipient: rfc822;%s\r\nAction: failed\r\nStatus: %s\r\n"
          "Diagnostic-Code: %s\r\n" % (reporting_mta, H("qq" + key, 10).upper(), arrival, recipient, recipient, status, diag))
    human_part = leaf(human, human_cs, human_cte)
    if human_html:
        human_part = multipart("alternative", [human_part, leaf(human_html, human_cs, human_cte, sub="html")],
                               "alt-" + H("alt" + key, 16))
    parts = [human_part,
             ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              ds.encode("ascii"))]
    if full_original is not None:
        parts.append(([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], full_original))
    else:
        oh = "".join("%s: %s\r\n" % (k, v) for k, v in orig_headers)
        parts.append(([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                      oh.encode("ascii")))
    return multipart("report", parts, bnd, params=" report-type=delivery-status;")


# ==========================================================================
# THE MESSAGES
# Each add() is one reply, written by its own imagined person.
# ==========================================================================

# ---- 1. Jamaica: Outlook, CV details and phone numbers, quoted circular --------
add(key="jam", lang="en", kind="nomination", state="JAM",
    dels=[D("Tamara-Lee Campbell", title="Director, Digital Economy Unit", email="tcampbell@mstdi.gov.jm")],
    sess=[B],
    frm=("Sherika Lewin-Grant", "slewin-grant@mstdi.gov.jm"),
    to=[("SME", SME)], cc=[("Marlon Whyte", "mwhyte@mstdi.gov.jm"), ("Tamara-Lee Campbell", "tcampbell@mstdi.gov.jm")],
    subj="RE: " + CIRC_SUBJ, date=("2019-07-25 10:14:52", -5), client="outlook", struct="alt",
    cs="us-ascii", cte="quoted-printable", irt="circ",
    text="""Dear Mr. Clark,

Reference is made to Circular CI-19/35 dated 23 July 2019 regarding the consultation sessions on "Fostering tech and innovation SMEs".

The Ministry of Science, Technology and Digital Innovation (MSTDI) of Jamaica is pleased to express its interest in the series and to nominate the following officer for the first session on 10 September 2019 in Budapest:

Ms. Tamara-Lee Campbell
Director, Digital Economy Unit
Email: tcampbell@mstdi.gov.jm
Tel: +1 (876) 929-8990 ext. 2214 | Mobile: +1 (876) 555-0142

For your information, Ms. Campbell joined the Ministry in 2016 after eight years at the Jamaica Business Development Corporation, where she managed the Start-Up Jamaica incubator programme under the late Dr. Desmond Hylton. She holds an MBA from the University of the West Indies (Mona) and was Jamaica's rapporteur at the 2018 Caribbean ICT Roadshow in Kingston.

Kindly direct all logistical correspondence to her, copying Mr. Marlon Whyte (mwhyte@mstdi.gov.jm) in my office.

Regards,

Sherika Lewin-Grant (Mrs.)
Senior Director, ICT Policy
Ministry of Science, Technology and Digital Innovation
PCJ Building, 36 Trafalgar Road, Kingston 10, Jamaica
T: +1 (876) 929-8990 ext. 2201

""" + q_outlook("Tuesday, July 23, 2019 7:12 AM", "undisclosed-recipients", paras=[0, 1, 4, 5], head=True),
    tags=["quotes circular", "CV details", "phone numbers", "cc not delegate"])

# ---- 2. Tuvalu: typed on a phone, gmail, no capitals --------------------------
add(key="tuv", lang="en", kind="nomination", state="TUV",
    dels=[D("Simalua Enele", title="ICT officer, Dept of Comms & ICT", email="s.enele.ict@gmail.com")], sess=[B],
    frm=("Tala Seluka", "tseluka.tuv@gmail.com"), subj="Re: CI-19/35",
    date=("2019-08-15 08:03:40", 12), client="iphone", route="gmail", cs="us-ascii", cte="7bit",
    irt="circ",
    text="""hi Chris

tuvalu will send Simalua Enele (ICT officer, Dept of Comms & ICT) to budapest on 10 sept. her email is s.enele.ict@gmail.com
sorry for the late reply our internet was down most of the week

fakafetai
tala

Sent from my iPhone

> On 24/07/2019, at 12:12 AM, SME <sme@itu.int> wrote:
>
> Dear Sir/Madam,
>
> I am pleased to invite your Administration to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will be held on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary.
>""", tags=["phone-typed", "Pacific"])

# ---- 3. Nigeria: one nominee per session, HTML table ---------------------------
NGA_TABLE = """<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>S/N</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Session</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nominee</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Designation</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>E-mail</b></p></td></tr>
<tr><td><p class="MsoNormal">1</p></td><td><p class="MsoNormal">ITU Telecom World 2019, Budapest (10 Sept. 2019)</p></td>
<td><p class="MsoNormal">Engr. Adebayo Ogunleye</p></td><td><p class="MsoNormal">Deputy Director, Spectrum &amp; Standards</p></td>
<td><p class="MsoNormal"><a href="mailto:a.ogunleye@fmc.gov.ng">a.ogunleye@fmc.gov.ng</a></p></td></tr>
<tr><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">Council Working Group meetings, early 2020</p></td>
<td><p class="MsoNormal">Dr. (Mrs.) Halima Bello-Yusuf</p></td><td><p class="MsoNormal">Assistant Director, ICT Innovation</p></td>
<td><p class="MsoNormal"><a href="mailto:h.belloyusuf@fmc.gov.ng">h.belloyusuf@fmc.gov.ng</a></p></td></tr>
<tr><td><p class="MsoNormal">3</p></td><td><p class="MsoNormal">WSIS Forum 2020</p></td>
<td><p class="MsoNormal">Mr. Chinedu Okafor</p></td><td><p class="MsoNormal">Chief Research Officer, NCC</p></td>
<td><p class="MsoNormal"><a href="mailto:cokafor@ncc.gov.ng">cokafor@ncc.gov.ng</a></p></td></tr>
</table>"""
add(key="nga", itu_off=0, lang="en", kind="nomination", state="NGA",
    dels=[D("Adebayo Ogunleye", title="Deputy Director, Spectrum & Standards", email="a.ogunleye@fmc.gov.ng"),
          D("Halima Bello-Yusuf", title="Assistant Director, ICT Innovation", email="h.belloyusuf@fmc.gov.ng"),
          D("Chinedu Okafor", title="Chief Research Officer, NCC", email="cokafor@ncc.gov.ng")],
    sess=[B, C, W],
    frm=("Oluwaseun Adeyemi-Bakare", "o.adeyemibakare@fmc.gov.ng"),
    to=[("SME", SME)], cc=[("Permanent Secretary FMC", "permsec@fmc.gov.ng")],
    subj="CIRCULAR CI-19/35 - NIGERIA'S NOMINATIONS", date=("2019-08-06 14:22:07", 1), client="outlook", struct="alt",
    cs="windows-1252", cte="quoted-printable", table_html=NGA_TABLE,
    table_text="""S/N | Session | Nominee | Designation | E-mail
1 | ITU Telecom World 2019, Budapest (10 Sept. 2019) | Engr. Adebayo Ogunleye | Deputy Director, Spectrum & Standards | a.ogunleye@fmc.gov.ng
2 | Council Working Group meetings, early 2020 | Dr. (Mrs.) Halima Bello-Yusuf | Assistant Director, ICT Innovation | h.belloyusuf@fmc.gov.ng
3 | WSIS Forum 2020 | Mr. Chinedu Okafor | Chief Research Officer, NCC | cokafor@ncc.gov.ng""",
    text="""The Secretary-General
International Telecommunication Union
Geneva

Attn: Mr. Christopher Clark

RE: CIRCULAR CI-19/35 \u2013 CONSULTATION SESSIONS FOR MEMBER STATES: \u201cFOSTERING TECH AND INNOVATION SMEs\u201d

I am directed by the Honourable Minister to refer to the above circular and to convey the interest of the Federal Republic of Nigeria in the entire series of consultations.

2. Nigeria hereby nominates the following officers, one for each of the sessions announced:

@@TABLE@@

3. Please accept, Sir, the assurances of the Ministry\u2019s highest regards.

Oluwaseun Adeyemi-Bakare
For: Permanent Secretary
Federal Ministry of Communications
Federal Secretariat Complex, Phase 1, Abuja
""", tags=["table", "one nominee per session", "honorifics Engr./Dr. (Mrs.)"])

# ---- 4. Ghana: private secretary writes for the Minister -----------------------
add(key="gha", lang="en", kind="nomination", state="GHA",
    dels=[D("Kwaku Asante-Darko", title="Technical Adviser on Digital Entrepreneurship", email="k.asantedarko@moc.gov.gh")],
    sess=[B],
    frm=("Adwoa Boateng", "adwoa.boateng@moc.gov.gh"), subj="Circular CI-19/35 - Ghana",
    date=("2019-08-13 16:40:19", 0), client="o365", struct="alt", cs="us-ascii", cte="quoted-printable",
    text="""Dear Sir,

I am directed by the Hon. Minister for Communications, Mrs. Abena Sarpong-Mensah (MP), to acknowledge receipt of Circular CI-19/35 and to convey Ghana's keen interest in the consultation sessions on fostering tech and innovation SMEs.

The Hon. Minister has approved the nomination of Mr. Kwaku Asante-Darko, Technical Adviser on Digital Entrepreneurship, to represent Ghana at the first session in Budapest on 10th September 2019. The Hon. Minister will herself be at ITU Telecom World but will not be available for the consultation session owing to bilateral engagements.

Mr. Asante-Darko can be reached on +233 30 266 6465 or k.asantedarko@moc.gov.gh.

Thank you.

Adwoa Boateng (Ms.)
Private Secretary to the Hon. Minister
Ministry of Communications
Abdul Diouf Street, Accra
""", tags=["secretary for minister", "minister present but not a delegate"])

# ---- 5. Sierra Leone: forwarded internal chain, nomination in the middle -------
add(key="sle", lang="en", kind="nomination", state="SLE",
    dels=[D("Mohamed Sorie Kamara", title="Director of Consumer and Corporate Affairs")], sess=[B],
    frm=("Fatmata Sesay-Conteh", "fsesay@natcom.gov.sl"),
    subj="FW: FW: CI-19/35 Consultation sessions - Fostering tech and innovation SMEs",
    date=("2019-08-14 11:05:33", 0), client="outlook", cs="us-ascii", cte="7bit",
    text="""Dear Mr Clark,

Please see the nomination from our Director-General in the chain below. Apologies for forwarding rather than sending a formal letter; the signed copy will follow by DHL.

Kind regards
Fatmata Sesay-Conteh
International Relations Desk, NATCOM
Tel +232 76 611 204

-----Original Message-----
From: Director General NATCOM <dg@natcom.gov.sl>
Sent: 13 August 2019 17:48
To: Fatmata Sesay-Conteh <fsesay@natcom.gov.sl>
Cc: Abu Bakarr Jalloh <abjalloh@natcom.gov.sl>
Subject: RE: FW: CI-19/35 Consultation sessions - Fostering tech and innovation SMEs

Fatmata,

Approved. Please submit the name of Mr. Mohamed Sorie Kamara, Director of Consumer and Corporate Affairs, as our nominee for the Budapest session. Copy Abu Bakarr for the travel file.

DG

-----Original Message-----
From: Fatmata Sesay-Conteh
Sent: 12 August 2019 09:31
To: Director General NATCOM <dg@natcom.gov.sl>
Subject: FW: CI-19/35 Consultation sessions - Fostering tech and innovation SMEs

Dear DG,

Forwarding the ITU circular below for your guidance. The deadline for nominations is 16 August. Shall I propose Mr. Jalloh again, as for the Kigali meeting?

Regards,
Fatmata

-----Original Message-----
From: SME <sme@itu.int>
Sent: 23 July 2019 12:12
Subject: """ + CIRC_SUBJ + "\n\n" + circ_text("en", [0, 1, 4, 5]),
    tags=["forwarded chain", "nomination in middle message", "proposed name not nominated"])

# ---- 6/7. Trinidad and Tobago: interest first, name later (late) ---------------
add(key="tto1", lang="en", kind="interest_only", state="TTO", sess=[B],
    frm=("Kerry-Ann Ramdial", "kramdial@tatt.org.tt"), subj="CI-19/35 - Expression of interest - Trinidad and Tobago",
    date=("2019-08-09 15:20:44", -4), client="outlook", struct="alt", cs="us-ascii", cte="quoted-printable",
    text="""Good afternoon,

The Telecommunications Authority of Trinidad and Tobago (TATT), on behalf of the Government of the Republic of Trinidad and Tobago, wishes to express its interest in participating in the first consultation session on fostering tech and innovation SMEs at ITU Telecom World 2019.

Internal approvals for travel are still pending and the name of our participant will be communicated to you as soon as possible, hopefully by 23 August 2019. We trust this will be acceptable.

Best regards,
Kerry-Ann Ramdial
Manager, International Affairs
Telecommunications Authority of Trinidad and Tobago
#5 Eighth Avenue Extension, Barataria
""", tags=["interest only, name to follow"])
add(key="tto2", lang="en", kind="nomination", state="TTO",
    dels=[D("Kevon Baptiste", title="Senior Economist", email="kbaptiste@tatt.org.tt")], sess=[B],
    frm=("Kerry-Ann Ramdial", "kramdial@tatt.org.tt"), subj="RE: CI-19/35 - Expression of interest - Trinidad and Tobago",
    date=("2019-08-19 09:47:02", -4), client="outlook", struct="alt", cs="us-ascii", cte="quoted-printable", irt="tto1",
    text="""Dear Mr. Clark,

Further to my e-mail of 9 August below, I am pleased to confirm that Mr. Kevon Baptiste, Senior Economist, will represent Trinidad and Tobago at the Budapest session. His e-mail address is kbaptiste@tatt.org.tt.

We regret the delay and hope the nomination can still be accommodated.

Kind regards,
Kerry-Ann

________________________________
From: Kerry-Ann Ramdial
Sent: Friday, August 9, 2019 3:20 PM
To: SME <sme@itu.int>
Subject: CI-19/35 - Expression of interest - Trinidad and Tobago

Good afternoon,

The Telecommunications Authority of Trinidad and Tobago (TATT), on behalf of the Government of the Republic of Trinidad and Tobago, wishes to express its interest in participating in the first consultation session on fostering tech and innovation SMEs at ITU Telecom World 2019.

Internal approvals for travel are still pending and the name of our participant will be communicated to you as soon as possible, hopefully by 23 August 2019. We trust this will be acceptable.
""", tags=["late", "follow-up to interest is a nomination, not a correction"])

# ---- 8. Kiribati: Saturday in Tarawa, still Friday in Geneva -------------------
add(key="kir", lang="en", kind="nomination", state="KIR",
    dels=[D("Bwenawa Tekeaa", title="Senior ICT Officer", email="b.tekeaa@mict.gov.ki")], sess=[B],
    frm=("Teretia Kaiteie", "tkaiteie@mict.gov.ki"), subj="Re: CI-19/35: Consultation sessions for Member States",
    date=("2019-08-17 07:45:12", 12), delay=28, client="thunderbird", cs="us-ascii", cte="7bit", irt="circ",
    ctparams="; format=flowed",
    text="""Mauri Mr Clark,

Kiribati (Ministry of Information, Communications and Transport) would like to take part in the consultation. Our nominee for the 10 September session is:

  Name:   Ms Bwenawa Tekeaa
  Post:   Senior ICT Officer
  Email:  b.tekeaa@mict.gov.ki

Apologies that this reaches you on Saturday our time, we hope it is still within the deadline in Geneva.

Ko rabwa,
Teretia Kaiteie
Secretary, MICT
Bairiki, Tarawa

""" + q_gt("On 24/07/2019 12:12 a.m., SME wrote:", paras=[0, 1, 4]),
    tags=["deadline edge: local date 17 Aug, Geneva 16 Aug", "field block"])

# ---- 9. Papua New Guinea: the nominee writes about himself ---------------------
add(key="png", lang="en", kind="nomination", state="PNG",
    dels=[D("Gideon Kaupa", title="Manager, ICT Policy & Industry Development", email="gkaupa@nicta.gov.pg")], sess=[B],
    frm=("Gideon Kaupa", "gkaupa@nicta.gov.pg"), subj="RE: CI-19/35 - Consultation on Fostering Tech and Innovation SMEs",
    date=("2019-08-12 13:02:55", 10), client="outlook", cs="us-ascii", cte="quoted-printable",
    text="""Dear Sir/Madam,

RE: CI-19/35 - Consultation on Fostering Tech and Innovation SMEs

I write on behalf of the National Information and Communications Technology Authority (NICTA) and the Department of Information and Communications Technology of Papua New Guinea.

I have been nominated by the Department to represent PNG at the first consultation session in Budapest and I wish to confirm my participation. I will be travelling with our delegation to ITU Telecom World 2019. Please register me and send any documents to this address.

Thank you.

Yours sincerely,

Gideon Kaupa
Manager, ICT Policy & Industry Development
NICTA | P.O. Box 8444, Boroko, NCD
Mob: +675 7190 3321
""", tags=["self-nomination", "name only in signature"])

# ---- 10. Solomon Islands: inquiry about fellowships ----------------------------
add(key="slb", lang="en", kind="inquiry", state="SLB",
    frm=("Jeremiah Sosoke", "jsosoke@mcca.gov.sb"), subj="Query - CI-19/35 Budapest session",
    date=("2019-08-02 10:18:09", 11), client="webmail", cs="utf-8", cte="8bit",
    text="""Dear Christopher,

Thank you for Circular CI-19/35. Before we put forward a name, could you advise whether ITU will be offering fellowships for Small Island Developing States to attend the 10 September session in Budapest? Our travel budget for 2019 is exhausted and the flight via Brisbane and Singapore is considerable.

Also, is remote participation an option for those of us who cannot travel?

Many thanks,
Jeremiah

--
Jeremiah Sosoke
Under Secretary (Technical)
Ministry of Communication and Aviation
Honiara, Solomon Islands
""", tags=["inquiry"])

# ---- 11. Barbados: polite decline, HTML only ---------------------------------
add(key="brb", lang="en", kind="decline", state="BRB",
    frm=("Cheryl-Ann Grazette", "cgrazette@missit.gov.bb"), subj="Circular CI-19/35 - Barbados",
    date=("2019-08-15 17:30:21", -4), client="o365", struct="html", cs="us-ascii", hcte="quoted-printable",
    text="""Dear Mr. Clark,

The Ministry of Innovation, Science and Smart Technology of Barbados thanks the ITU for its invitation contained in Circular CI-19/35.

Regrettably, owing to prior commitments, Barbados will not be in a position to participate in the consultation session to be held in Budapest on 10 September 2019, and we do not anticipate being able to send a representative to the subsequent sessions in 2020.

We wish the ITU every success with this initiative.

Yours sincerely,

Cheryl-Ann Grazette
for Permanent Secretary
Ministry of Innovation, Science and Smart Technology
Warrens Office Complex, St. Michael
""", tags=["decline", "HTML only"])

# ---- 12/13. Liberia: nomination, then the nominee is replaced (late) -----------
add(key="lbr1", lang="en", kind="nomination", state="LBR",
    dels=[D("J. Tarnue Kollie", title="Assistant Minister for Telecommunications")], sess=[B],
    frm=("Musu Kamara-Doe", "mkamaradoe@mopt.gov.lr"), subj="Liberia nomination - CI-19/35",
    date=("2019-08-05 12:00:41", 0), client="gmail", struct="alt", html="gmail", cs="UTF-8", cte="quoted-printable",
    text="""Dear ITU Secretariat,

The Ministry of Posts and Telecommunications of the Republic of Liberia is glad to participate in the consultation on Fostering tech and innovation SMEs.

We nominate Mr. J. Tarnue Kollie, Assistant Minister for Telecommunications, for the session on 10 September 2019 at ITU Telecom World in Budapest.

Regards,
Musu Kamara-Doe
Director, International Cooperation
MOPT, Monrovia
""", tags=["title contains 'Minister' but is the nominee's post"])
add(key="lbr2", lang="en", kind="correction", state="LBR", sup="lbr1",
    dels=[D("Comfort Wleh-Doe", title="Director of ICT Policy", email="cwleh@mopt.gov.lr")], sess=[B],
    frm=("Musu Kamara-Doe", "mkamaradoe@mopt.gov.lr"), subj="Re: Liberia nomination - CI-19/35 - CHANGE OF NOMINEE",
    date=("2019-08-20 10:15:03", 0), client="gmail", struct="alt", html="gmail", cs="UTF-8", cte="quoted-printable",
    irt="lbr1",
    text="""Dear ITU Secretariat,

Please note a change to our nomination below. Mr. J. Tarnue Kollie will no longer be able to travel to Budapest. The Ministry now nominates:

Ms. Comfort Wleh-Doe, Director of ICT Policy (cwleh@mopt.gov.lr)

All other details remain the same. Apologies for any inconvenience.

Musu

On Mon, Aug 5, 2019 at 12:00 PM Musu Kamara-Doe <mkamaradoe@mopt.gov.lr> wrote:
> Dear ITU Secretariat,
>
> The Ministry of Posts and Telecommunications of the Republic of Liberia is glad to participate in the consultation on Fostering tech and innovation SMEs.
>
> We nominate Mr. J. Tarnue Kollie, Assistant Minister for Telecommunications, for the session on 10 September 2019 at ITU Telecom World in Budapest.
>
> Regards,
> Musu Kamara-Doe
""", tags=["correction: replaced", "late", "old name in quoted text"])

# ---- 14. The Gambia: phone, Yahoo, self-nomination, after midnight in Geneva ---
add(key="gmb", lang="en", kind="nomination", state="GMB",
    dels=[D("Lamin Jobe", title="Principal ICT officer", email="laminjobe78@yahoo.com")], sess=[B],
    frm=("lamin jobe", "laminjobe78@yahoo.com"), subj="Gambia CI-19/35",
    date=("2019-08-17 00:20:31", 0), client="yahoo", struct="alt", html="plain", cs="UTF-8", cte="quoted-printable",
    boundary="----=_Part_%d_%d.1566001231000" % (2281977, 1044302),
    text="""Good evening sir. Gambia is interested. The Ministry of Information and Communication Infrastructure nominate myself Lamin Jobe, Principal ICT officer, for the budapest session. sorry for late submission network problem. thanks

Sent from Yahoo Mail on Android""", tags=["phone-typed", "self-nomination", "late (00:20 UTC = 02:20 Geneva)"])

# ---- 15. The Bahamas: principal and alternate, HTML only ------------------------
add(key="bhs", lang="en", kind="nomination", state="BHS",
    dels=[D("Antonique Rolle", title="Policy Analyst, Electronic Communications"),
          D("Deron Cartwright", title="Manager, Economics")], sess=[B],
    frm=("Dwight Ferguson-Knowles", "dfknowles@urcabahamas.bs"), subj="CI-19/35 \u2013 Nominations from The Bahamas",
    date=("2019-08-08 11:40:37", -4), client="o365", struct="html", cs="windows-1252", hcte="quoted-printable",
    text="""Dear Sir/Madam,

Further to CI-19/35, the Commonwealth of The Bahamas, through the Utilities Regulation and Competition Authority (URCA), is pleased to nominate the following to attend the first session of the consultation series during ITU Telecom World 2019:

1.  Ms. Antonique Rolle \u2013 Policy Analyst, Electronic Communications (Principal)
2.  Mr. Deron Cartwright \u2013 Manager, Economics (Alternate)

Both officers will already be in Budapest for the ITU Telecom World Leadership Summit.

Regards,

D. Ferguson-Knowles
Director, Policy & Regulation
URCA | Frederick House, Frederick Street, Nassau
""", tags=["principal + alternate both labelled", "HTML only", "numbered list"])

# ---- 16. Grenada: out-of-office naming a colleague ----------------------------
add(key="grd_ooo", lang="en", kind="auto_reply",
    frm=("Nadia Charles-Bain", "ncharles@gov.gd"), subj="Automatic reply: " + CIRC_SUBJ,
    date=("2019-07-24 08:01:13", -4), client="outlook", cs="us-ascii", cte="7bit", irt="circ", no_thread=False,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your email. I am currently out of office on annual leave until Monday 12 August 2019 with limited access to email.

For urgent matters please contact Mr. Dwayne Mitchell, Senior Telecoms Officer, at dmitchell@gov.gd or +1 473 440 2255.

Nadia Charles-Bain
Permanent Secretary (Ag.), Ministry of ICT, Grenada
""", tags=["auto-reply naming a person"])

# ---- 17. Budapest hotel marketing ----------------------------------------------
HOTEL_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Danube Pearl</title></head>
<body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif;color:#333">
<tr><td style="padding:24px"><h1 style="color:#0b3d5c">ITU Telecom World 2019 &ndash; stay by the Danube</h1>
<p>Dear Delegate,</p>
<p>ITU Telecom World 2019 comes to Budapest from 9 to 12 September. Nominated delegates of Member States and
exhibitors enjoy <b>15% off</b> our best flexible rate, a free airport transfer and early check-in from 10:00.</p>
<p>Our rooftop terrace seats 40 guests: ideal for side meetings, SME pitch evenings and receptions after the
consultation sessions at HUNGEXPO.</p>
<p style="text-align:center"><a href="https://www.danubepearl-hotel.hu/itu2019?utm_source=newsletter" style="background:#0b3d5c;color:#fff;padding:12px 24px;text-decoration:none">Book with code ITUTW19</a></p>
<p>Warm regards,<br>Zsófia Kerekes<br>Events &amp; Groups Manager</p>
<p style="font-size:10px;color:#888">Danube Pearl Hotel Budapest &middot; Belgrád rakpart 9, 1056 Budapest, Hungary.
You receive this e-mail because your address is listed on a public conference page. <a href="https://www.danubepearl-hotel.hu/unsubscribe">Unsubscribe</a>.</p>
</td></tr></table></td></tr></table></body></html>
"""
add(key="hotel", itu_off=0, lang="en", kind="unrelated",
    frm=("Danube Pearl Hotel Budapest", "events@danubepearl-hotel.hu"), to=[("", SME)],
    subj="ITU Telecom World 2019 \u2013 exclusive delegate rates in Budapest (9\u201312 Sept)",
    date=("2019-08-01 09:00:04", 2), client="webmail", route="postfix", struct="html", html=HOTEL_HTML,
    cs="utf-8", hcte="quoted-printable",
    extra=[("List-Unsubscribe", "<https://www.danubepearl-hotel.hu/unsubscribe?u=sme%40itu.int>"),
           ("Precedence", "bulk")],
    tags=["unrelated: hotel marketing mentioning Budapest and nominated delegates"])

# ---- 18. ITU-internal logistics mail --------------------------------------------
add(key="itu_int", lang="en", kind="unrelated",
    frm=("Ana-Maria Ionescu", "ana-maria.ionescu@itu.int"), to=[("SME", SME)],
    cc=[("Clark, Christopher", "christopher.clark@itu.int")],
    subj="Budapest SME consultation - room, interpretation, list so far",
    date=("2019-08-09 16:47:30", 2), client="o365", struct="alt", cs="us-ascii", cte="quoted-printable",
    host="mx-int.itu.int",
    text="""Hi Chris, hi team,

Hungexpo confirmed Room B3 for the consultation on 10 Sept (14:30-16:00, theatre style for 80). Interpretation: EN/FR/ES only, Arabic and Russian booths not available in that room.

So far in the mailbox I see nominations from Jamaica, Nigeria and Liberia, plus a few "interested, name to follow". Could someone start the registration list? Please put Ms Campbell (Jamaica) and Mr Ogunleye (Nigeria) down as speakers for the round table, Doreen asked for gender balance.

Reminder goes out Monday.

Thanks!
Ana-Maria

Ana-Maria Ionescu
Programme Officer, ITU Telecom World
International Telecommunication Union
""", tags=["unrelated: internal ITU mail quoting nominees' names"])

# ---- 19. Saint Lucia: Postfix bounce of the reminder ---------------------------
add(key="lca_bounce", lang="en", kind="bounce",
    frm=("Mail Delivery System", "MAILER-DAEMON@mail.govt.lc"), subj="Undelivered Mail Returned to Sender",
    date=("2019-08-12 06:02:11", -4), client="postfix", cs="us-ascii", fcs="us-ascii",
    extra=[("Auto-Submitted", "auto-replied")],
    parts=dsn_parts("lca", """This is the mail system at host mail.govt.lc.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.joseph@govt.lc>: host 10.20.1.5[10.20.1.5] said: 550 5.1.1
    <r.joseph@govt.lc>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
""", "us-ascii", "7bit", "mail.govt.lc", "r.joseph@govt.lc", "5.1.1",
        "smtp; 550 5.1.1 <r.joseph@govt.lc>: Recipient address rejected: User\r\n    unknown in local recipient table",
        [("Received", "from mx2.itu.int (mx2.itu.int [156.106.192.12]) by mail.govt.lc\r\n\t(Postfix) with ESMTPS id 4F2A11C02E4"),
         ("From", "SME <sme@itu.int>"), ("To", "r.joseph@govt.lc"),
         ("Subject", "REMINDER - CI-19/35: deadline for nominations 16 August 2019"),
         ("Date", "Mon, 12 Aug 2019 12:01:58 +0200"), ("Message-ID", "<reminder-1935-0812-lc@itu.int>")],
        "Mon, 12 Aug 2019 06:02:09 -0400 (AST)"),
    tags=["bounce (Postfix DSN)"])

# ---- 20. Guyana: long note verbale in English -----------------------------------
add(key="guy", lang="en", kind="nomination", state="GUY",
    dels=[D("Latoya Fredericks-Persaud", title="Senior Policy Officer, Ministry of Public Telecommunications",
            email="lfpersaud@mopt.gov.gy")], sess=[B],
    frm=("Permanent Mission of Guyana Geneva", "guyanamission.geneva@gmail.com"),
    subj="Note Verbale No. GVA/ITU/2019/147 - CI-19/35", date=("2019-08-14 16:10:26", 2), client="gmail",
    struct="alt", html="gmail", cs="UTF-8", cte="quoted-printable",
    text="""Dear Sir/Madam,

Please find below the text of Note Verbale No. GVA/ITU/2019/147. The original will be delivered by hand.

Best regards,
Shondell Barker
Attach\u00e9
Permanent Mission of the Co-operative Republic of Guyana, Geneva

--------------------------------------------------------------

NOTE VERBALE
No. GVA/ITU/2019/147

The Permanent Mission of the Co-operative Republic of Guyana to the United Nations Office and other International Organizations at Geneva presents its compliments to the General Secretariat of the International Telecommunication Union (ITU) and, with reference to the latter's Circular Letter CI-19/35 dated 23 July 2019 concerning the series of consultation sessions for Member States entitled "Fostering tech and innovation SMEs", has the honour to inform as follows.

The Government of Guyana, through the Ministry of Public Telecommunications, welcomes the initiative of the Secretary-General, Mr. Houlin Zhao, to follow up on the discussions held at the 2019 session of the ITU Council on the promotion of small and medium-sized enterprises and their engagement in the work of the Union, and recalls in this regard Resolution 209 (Dubai, 2018) of the Plenipotentiary Conference, which the Government of Guyana was pleased to support.

The Government of Guyana attaches particular importance to the participation of tech and innovation SMEs from small States, including those of the Caribbean Community (CARICOM), in the Study Groups, workshops and capacity-building activities of the Union, and looks forward to sharing the national experience gained under the Guyana Small Business Bureau and the e-Government programme with other interested Member States.

Accordingly, the Mission has the honour to convey the nomination of Ms. Latoya Fredericks-Persaud, Senior Policy Officer, Ministry of Public Telecommunications (e-mail: lfpersaud@mopt.gov.gy; telephone: +592 226 7441), to participate in the first consultation session, to be held on 10 September 2019 in the framework of ITU Telecom World 2019, in Budapest, Hungary.

The Mission would be grateful if the General Secretariat could address all further correspondence concerning the session directly to the nominee, with copy to the Mission.

The Permanent Mission of the Co-operative Republic of Guyana to the United Nations Office and other International Organizations at Geneva avails itself of this opportunity to renew to the General Secretariat of the International Telecommunication Union the assurances of its highest consideration.

Geneva, 14 August 2019

General Secretariat
International Telecommunication Union
Place des Nations
1211 Geneva 20
""", tags=["long formal note verbale", "mission on gmail", "SG's name in running text"])

# ---- 21. Chile: English covering note, Spanish internal chain below --------------
add(key="chl", lang="en", kind="nomination", state="CHL",
    dels=[D("Constanza Riquelme Aravena", title="Jefa de la Divisi\u00f3n de Pol\u00edtica Regulatoria")], sess=[B],
    frm=("Ignacio Vergara", "ivergara@subtel.gob.cl"), subj="RV: RV: CI-19/35 - Participaci\u00f3n Chile",
    date=("2019-08-12 18:25:48", -4), client="outlook", struct="alt", cs="iso-8859-1", cte="quoted-printable",
    hcs="iso-8859-1", henc="Q", clang="es-CL", hlang="ES-CL",
    text="""Dear Mr. Clark,

Please find below the confirmation from the Undersecretary's office regarding Chile's participant in the Budapest consultation. Let me know if you need anything else.

Best regards,
Ignacio Vergara
International Affairs Unit
SUBTEL - Subsecretar\u00eda de Telecomunicaciones de Chile
+56 2 2588 8000

-----Mensaje original-----
De: Gabinete Subsecretaria <gabinete@subtel.gob.cl>
Enviado el: lunes, 12 de agosto de 2019 17:02
Para: Ignacio Vergara <ivergara@subtel.gob.cl>
Asunto: RE: RV: CI-19/35 - Participaci\u00f3n Chile

Ignacio:

La Subsecretaria aprob\u00f3 que la Srta. Constanza Riquelme Aravena, jefa de la Divisi\u00f3n de Pol\u00edtica Regulatoria, asista a la sesi\u00f3n de consulta del 10 de septiembre en Budapest. Favor informar a la UIT.

Saludos,
Paula

-----Mensaje original-----
De: Ignacio Vergara
Enviado el: viernes, 9 de agosto de 2019 12:40
Para: Gabinete Subsecretaria <gabinete@subtel.gob.cl>
Asunto: RV: CI-19/35 - Participaci\u00f3n Chile

Estimada Paula:

Te reenv\u00edo la circular de la UIT. Piden confirmar inter\u00e9s y el nombre de la persona para la primera sesi\u00f3n antes del 16 de agosto. \u00bfLa Subsecretaria quiere que vaya alguien de Pol\u00edtica Regulatoria o de Desarrollo Digital?

Ignacio
""", tags=["English covering note over a Spanish chain (language = en)", "nomination in middle message"])

# ---- 22. Saint Kitts and Nevis: full name only in the subject -------------------
add(key="kna", lang="en", kind="nomination", state="KNA",
    dels=[D("Shernel Liburd", title="Director of Technology")], sess=[B],
    frm=("Vance Hanley", "vhanley@gov.kn"), subj="Nomination of Ms Shernel Liburd - CI-19/35",
    date=("2019-08-16 12:05:19", -4), client="iphone", cs="us-ascii", cte="7bit",
    text="""Dear Chris,

As per subject, please register Ms Liburd (Director of Technology) for the Budapest session. She will be travelling from Basseterre via London.

Cheers,
Vance

Vance Hanley
Ministry of Information, Communications and Technology
St Kitts and Nevis

Sent from my iPad""", tags=["name complete only in Subject"])

# ---- 23. Acknowledgement bounced from a Caribbean mailbox (message/rfc822) ------
ACK_INNER = inner_msg([("From", "SME <sme@itu.int>"), ("To", "dmitchell@gov.gd"),
                       ("Subject", "Acknowledgement: CI-19/35 nomination received"),
                       ("Date", "Wed, 14 Aug 2019 10:30:12 +0200"), ("Message-ID", "<ack-1935-grd-01@itu.int>")],
                      """Dear Mr Mitchell,

Thank you for your e-mail. We acknowledge receipt of the nomination of your
Administration for the first consultation session on "Fostering tech and
innovation SMEs" (Budapest, 10 September 2019). Registration details will
follow.

Best regards,
SME consultations team, ITU
""", "us-ascii", "7bit")
add(key="ack_bounce", lang="en", kind="bounce",
    frm=("Mail Delivery Subsystem", "postmaster@gov.gd"), subj="Delivery Status Notification (Failure)",
    date=("2019-08-14 04:31:02", -4), client="postfix", cs="us-ascii", fcs="us-ascii",
    parts=dsn_parts("grd", """Delivery to the following recipient failed permanently:

     dmitchell@gov.gd

Technical details of permanent failure:
The recipient's mailbox is full and can't accept messages now (552 5.2.2
Mailbox quota exceeded). Please try again later or contact the recipient
by other means.
""", "us-ascii", "7bit", "mail.gov.gd", "dmitchell@gov.gd", "5.2.2",
        "smtp; 552 5.2.2 Mailbox quota exceeded", [], "Wed, 14 Aug 2019 04:30:19 -0400", full_original=ACK_INNER),
    tags=["bounce carrying an ITU acknowledgement that mentions a nomination"])

# ==========================================================================
# French
# ==========================================================================
add(key="sen", itu_off=0, lang="fr", kind="nomination", state="SEN",
    dels=[D("Mamadou Lamine NDIAYE", title="Chef de la Division \u00c9conomie et Prospective",
            email="mamadoulamine.ndiaye@artp.sn")], sess=[B],
    frm=("Nd\u00e8ye Fatou Diop", "ndeyefatou.diop@artp.sn"), hcs="iso-8859-1", henc="Q",
    subj="TR: CI-19/35 - Sessions de consultation - D\u00e9signation ARTP S\u00e9n\u00e9gal",
    date=("2019-08-07 10:32:18", 0), client="outlook", struct="alt", cs="iso-8859-1", cte="quoted-printable",
    clang="fr-FR", hlang="FR", irt="circ",
    text="""Monsieur,

Suite \u00e0 la lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous informer que l'Autorit\u00e9 de R\u00e9gulation des T\u00e9l\u00e9communications et des Postes (ARTP) du S\u00e9n\u00e9gal souhaite prendre part aux sessions de consultation \u00ab Encourager les PME du secteur de la technologie et de l'innovation \u00bb.

Pour la premi\u00e8re session, pr\u00e9vue le 10 septembre 2019 \u00e0 Budapest en marge d'ITU Telecom World, nous d\u00e9signons :

- M. Mamadou Lamine NDIAYE, Chef de la Division \u00c9conomie et Prospective (mamadoulamine.ndiaye@artp.sn).

Veuillez agr\u00e9er, Monsieur, l'expression de ma consid\u00e9ration distingu\u00e9e.

Nd\u00e8ye Fatou DIOP
Charg\u00e9e de la Coop\u00e9ration internationale
ARTP \u2013 Dakar, Route des Almadies
T\u00e9l. : +221 33 869 03 69

""".replace("\u2013", "-") + q_outlook("mardi 23 juillet 2019 12:12", "", lang="fr", paras=[0, 1, 2, 3],
                   labels=("De", "Envoy\u00e9", "\u00c0", "Objet")),
    tags=["surname in capitals"])

CIV_NV = """R\u00c9PUBLIQUE DE C\u00d4TE D'IVOIRE
Union \u2013 Discipline \u2013 Travail

MISSION PERMANENTE AUPR\u00c8S DE L'OFFICE DES NATIONS UNIES
ET DES AUTRES ORGANISATIONS INTERNATIONALES \u00c0 GEN\u00c8VE

N\u00b0 0847/MPCI/GVA/ECO/km

NOTE VERBALE

La Mission permanente de la R\u00e9publique de C\u00f4te d'Ivoire aupr\u00e8s de l'Office des Nations Unies et des autres Organisations internationales \u00e0 Gen\u00e8ve pr\u00e9sente ses compliments au Secr\u00e9tariat g\u00e9n\u00e9ral de l'Union internationale des t\u00e9l\u00e9communications (UIT) et, se r\u00e9f\u00e9rant \u00e0 la Lettre circulaire CI-19/35 du 23 juillet 2019 relative \u00e0 la s\u00e9rie de sessions de consultation intitul\u00e9e \u00ab Encourager les PME du secteur de la technologie et de l'innovation \u00bb, a l'honneur de lui faire part de ce qui suit.

Le Gouvernement ivoirien, qui a activement contribu\u00e9 \u00e0 l'adoption de la R\u00e9solution 209 (Duba\u00ef, 2018) de la Conf\u00e9rence de plénipotentiaires, se f\u00e9licite de l'initiative prise par le Secr\u00e9taire g\u00e9n\u00e9ral de l'Union de donner suite aux d\u00e9bats tenus lors de la derni\u00e8re session du Conseil sur la promotion des petites et moyennes entreprises et leur participation aux travaux de l'UIT.

La C\u00f4te d'Ivoire, qui a mis en place depuis 2017 un dispositif national d'appui aux jeunes entreprises innovantes du num\u00e9rique, notamment \u00e0 travers le Fonds national de la recherche et de l'innovation et les incubateurs labellis\u00e9s d'Abidjan, de Bouak\u00e9 et de San-P\u00e9dro, souhaite partager son exp\u00e9rience avec les autres \u00c9tats Membres et tirer profit des bonnes pratiques qui seront expos\u00e9es.

\u00c0 cet effet, la Mission permanente a l'honneur de porter \u00e0 la connaissance du Secr\u00e9tariat g\u00e9n\u00e9ral que Madame KON\u00c9 Aya Rosine, Sous-Directrice de la Promotion de l'\u00c9conomie num\u00e9rique au Minist\u00e8re de l'\u00c9conomie num\u00e9rique et de la Poste, a \u00e9t\u00e9 d\u00e9sign\u00e9e pour prendre part \u00e0 la premi\u00e8re session de consultation, pr\u00e9vue le 10 septembre 2019 \u00e0 Budapest (Hongrie), en marge d'ITU Telecom World 2019.

Les coordonn\u00e9es de l'int\u00e9ress\u00e9e sont les suivantes : courriel : aya.kone@telecom.gouv.ci ; t\u00e9l\u00e9phone : +225 20 34 43 71.

La Mission permanente de la R\u00e9publique de C\u00f4te d'Ivoire aupr\u00e8s de l'Office des Nations Unies et des autres Organisations internationales \u00e0 Gen\u00e8ve saisit cette occasion pour renouveler au Secr\u00e9tariat g\u00e9n\u00e9ral de l'Union internationale des t\u00e9l\u00e9communications les assurances de sa tr\u00e8s haute consid\u00e9ration.

Gen\u00e8ve, le 12 ao\u00fbt 2019

Secr\u00e9tariat g\u00e9n\u00e9ral de l'UIT
Place des Nations
1211 Gen\u00e8ve 20"""
add(key="civ", lang="fr", kind="nomination", state="CIV",
    dels=[D("KON\u00c9 Aya Rosine", title="Sous-Directrice de la Promotion de l'\u00c9conomie num\u00e9rique, Minist\u00e8re de l'\u00c9conomie num\u00e9rique et de la Poste",
            email="aya.kone@telecom.gouv.ci")], sess=[B],
    frm=("Mission permanente de C\u00f4te d'Ivoire", "secretariat@mission-civ-geneve.ci"), hcs="windows-1252", henc="Q",
    subj="Note verbale N\u00b0 0847 - Lettre circulaire CI-19/35", date=("2019-08-12 15:45:02", 2),
    client="outlook", struct="alt", cs="windows-1252", cte="base64", hcte="base64", clang="fr-FR", hlang="FR",
    font="Times New Roman",
    text="Monsieur le Secr\u00e9taire g\u00e9n\u00e9ral,\n\nVeuillez trouver ci-apr\u00e8s le texte de la note verbale de la Mission, dont l'original sign\u00e9 vous parviendra par la valise.\n\n" + CIV_NV + "\n\nLe Secr\u00e9tariat\nMission permanente de C\u00f4te d'Ivoire \u2013 Gen\u00e8ve\n",
    tags=["long formal note verbale", "surname first in capitals", "base64 windows-1252"])

# ---- Cameroon: French then English, two sessions, CV attached ----------------
CMR_CV = ("CURRICULUM VITAE\r\nMBARGA ESSOMBA Jean-Pierre\r\nN\u00e9 le 14/03/1978 \u00e0 Ebolowa\r\n"
          "2004 : Ing\u00e9nieur des t\u00e9l\u00e9communications, ENSPT Yaound\u00e9\r\n"
          "2012-2019 : Chef de Cellule du D\u00e9veloppement des TIC, MINPOSTEL\r\n").encode("cp1252")
CMR_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 + CMR_CV + b"\x00" * 200
add(key="cmr", lang="fr", kind="nomination", state="CMR",
    dels=[D("Jean-Pierre Mbarga Essomba", aliases=["MBARGA ESSOMBA Jean-Pierre"],
            title="Chef de la Cellule du D\u00e9veloppement des TIC", email="jp.mbarga@minpostel.gov.cm"),
          D("Pauline Fotso Ngo Nlend", title="Sous-Directrice de la R\u00e9glementation", email="p.fotso@minpostel.gov.cm")],
    sess=[B, C],
    frm=("Secr\u00e9tariat G\u00e9n\u00e9ral MINPOSTEL", "sg.cooperation@minpostel.gov.cm"),
    subj="Lettre circulaire CI-19/35 / Circular CI-19/35 - Cameroun / Cameroon",
    date=("2019-08-09 11:10:55", 1), client="thunderbird", cs="utf-8", cte="8bit",
    attach=[binleaf("application/msword", "CV_MBARGA_ESSOMBA.doc", CMR_DOC)],
    text="""Objet : Lettre circulaire CI-19/35 \u2013 D\u00e9signation des participants du Cameroun

Monsieur le Secr\u00e9taire g\u00e9n\u00e9ral,

Donnant suite \u00e0 votre lettre circulaire cit\u00e9e en objet, le Minist\u00e8re des Postes et T\u00e9l\u00e9communications (MINPOSTEL) a l'honneur de vous faire conna\u00eetre l'int\u00e9r\u00eat du Cameroun pour la s\u00e9rie de consultations sur les PME technologiques et innovantes.

Sont d\u00e9sign\u00e9s :
  * pour la session de Budapest (10 septembre 2019) : M. Jean-Pierre MBARGA ESSOMBA, Chef de la Cellule du D\u00e9veloppement des TIC (jp.mbarga@minpostel.gov.cm) ;
  * pour la session pr\u00e9vue lors des r\u00e9unions des Groupes de travail du Conseil (d\u00e9but 2020) : Mme Pauline FOTSO NGO NLEND, Sous-Directrice de la R\u00e9glementation (p.fotso@minpostel.gov.cm).

Le curriculum vitae de M. MBARGA ESSOMBA est joint au pr\u00e9sent message.

Veuillez agr\u00e9er, Monsieur le Secr\u00e9taire g\u00e9n\u00e9ral, l'assurance de ma haute consid\u00e9ration.

--------------------------------------------------------------------
ENGLISH VERSION

Subject: Circular CI-19/35 \u2013 Nomination of participants from Cameroon

Sir,

Further to the above-mentioned circular, the Ministry of Posts and Telecommunications (MINPOSTEL) has the honour to convey Cameroon's interest in the series of consultations on tech and innovation SMEs.

The following are nominated:
  * for the Budapest session (10 September 2019): Mr Jean-Pierre Mbarga Essomba, Head of the ICT Development Unit;
  * for the session during the Council Working Group meetings (early 2020): Mrs Pauline Fotso Ngo Nlend, Deputy Director for Regulation.

The CV of Mr Mbarga Essomba is attached.

Please accept, Sir, the assurances of my highest consideration.

Pour le Ministre et par ordre / For the Minister and by order
Le Secr\u00e9taire G\u00e9n\u00e9ral / The Secretary General
Dr. Luc Fouda Bekolo
""", tags=["bilingual French then English (language = fr)", "different nominee per session", "CV attachment", "signatory not a delegate"])

add(key="mco", lang="fr", kind="nomination", state="MCO",
    dels=[D("Fr\u00e9d\u00e9ric Gastaud", title="Chef de projet \u00ab Extended Monaco \u00bb, Direction du D\u00e9veloppement des Usages Num\u00e9riques",
            email="fgastaud@gouv.mc")], sess=[B],
    frm=("Camille Rossi-Bellando", "crossibellando@gouv.mc"), subj="Re: CI-19/35 - Monaco",
    date=("2019-07-30 09:15:40", 2), client="thunderbird", cs="utf-8", cte="quoted-printable", irt="circ",
    text="""Monsieur Clark,

La Principaut\u00e9 de Monaco remercie l'UIT pour son invitation. Pour la session de consultation du 10 septembre \u00e0 Budapest, le Gouvernement Princier sera repr\u00e9sent\u00e9 par M. Fr\u00e9d\u00e9ric Gastaud, Chef de projet \u00ab Extended Monaco \u00bb \u00e0 la Direction du D\u00e9veloppement des Usages Num\u00e9riques (fgastaud@gouv.mc).

Je reste \u00e0 votre disposition pour toute pr\u00e9cision.

Bien cordialement,

--
Camille Rossi-Bellando
Direction du D\u00e9veloppement des Usages Num\u00e9riques
Gouvernement Princier \u2013 Principaut\u00e9 de Monaco
T. +377 98 98 40 21

""" + q_gt("Le 23/07/2019 \u00e0 14:12, SME a \u00e9crit :", lang="fr", paras=[0, 1, 2]),
    tags=["small European state", "quoted circular in French"])

add(key="lux_q", lang="fr", kind="inquiry", state="LUX",
    frm=("Paul Weyrich", "paul.weyrich@ilr.lu"), subj="Question concernant la circulaire CI-19/35",
    date=("2019-08-05 14:03:27", 2), client="outlook", struct="alt", cs="iso-8859-15", cte="quoted-printable",
    hcs="iso-8859-15", henc="Q", clang="de-DE", hlang="FR",
    text="""Bonjour Monsieur Clark,

Avant de vous communiquer un nom, pourriez-vous nous pr\u00e9ciser si la session du 10 septembre est r\u00e9serv\u00e9e aux repr\u00e9sentants des administrations, ou si des repr\u00e9sentants de PME luxembourgeoises peuvent faire partie de la d\u00e9l\u00e9gation nationale ? Plusieurs start-ups du Technoport seront d\u00e9j\u00e0 \u00e0 Budapest pour ITU Telecom World.

Merci d'avance et bien \u00e0 vous,

Paul Weyrich
Institut Luxembourgeois de R\u00e9gulation
17, rue du Fossé, L-2922 Luxembourg
""", tags=["inquiry", "Content-Language de-DE on a French message"])

add(key="gab", lang="fr", kind="nomination", state="GAB",
    dels=[D("MBA OBAME Rodrigue", aliases=["Rodrigue Mba Obame"], title="conseiller technique",
            email="rodmbaobame@yahoo.fr")], sess=[B],
    frm=("Rodrigue Mba Obame", "rodmbaobame@yahoo.fr"), subj="Session Budapest",
    date=("2019-08-14 19:22:06", 1), client="iphone", route="yahoo", cs="utf-8", cte="quoted-printable",
    text="""Bjr M. Clark,
Je vous confirme ma participation \u00e0 la session de Budapest le 10/09 au titre du Minist\u00e8re de la Communication et de l'Economie num\u00e9rique du Gabon. Mon nom: MBA OBAME Rodrigue, conseiller technique du Ministre.
Cdlt

Envoy\u00e9 de mon iPhone""", tags=["phone-typed", "self-nomination", "abbreviations"])

add(key="tcd1", lang="fr", kind="nomination", state="TCD",
    dels=[D("MAHAMAT ABDRAMANE Moussa", title="Directeur des Technologies de l'Information et de la Communication",
            email="m.abdramane@arcep.td")], sess=[B],
    frm=("ARCEP Tchad - Coop\u00e9ration", "cooperation@arcep.td"), hcs="windows-1252", henc="Q",
    subj="D\u00e9signation - Lettre circulaire CI-19/35", date=("2019-08-01 10:00:17", 1),
    client="webmail", cs="windows-1252", cte="8bit",
    text="""Monsieur,

Faisant suite \u00e0 votre lettre circulaire CI-19/35 du 23 juillet 2019, nous avons l'honneur de vous informer que l'Autorit\u00e9 de R\u00e9gulation des Communications \u00c9lectroniques et des Postes (ARCEP) du Tchad d\u00e9signe M. MAHAMAT ABDRAMANE Moussa, Directeur des Technologies de l'Information et de la Communication, pour prendre part \u00e0 la premi\u00e8re session de consultation pr\u00e9vue \u00e0 Budapest.

Adresse \u00e9lectronique : m.abdramane@arcep.td

Recevez, Monsieur, nos salutations distingu\u00e9es.

Le Service de la Coop\u00e9ration
ARCEP Tchad, N'Djam\u00e9na
""")
add(key="tcd2", lang="fr", kind="correction", state="TCD", sup="tcd1",
    dels=[D("MAHAMAT ABDERAMANE Moussa", email="m.abdramane@arcep.td")], sess=[B],
    frm=("ARCEP Tchad - Coop\u00e9ration", "cooperation@arcep.td"), hcs="windows-1252", henc="Q",
    subj="ERRATUM - D\u00e9signation - Lettre circulaire CI-19/35", date=("2019-08-08 08:30:44", 1),
    client="webmail", cs="windows-1252", cte="8bit", irt="tcd1",
    text="""Monsieur,

Une erreur s'est gliss\u00e9e dans l'orthographe du nom de notre repr\u00e9sentant dans notre courriel du 1er ao\u00fbt 2019. Il faut lire :

   M. MAHAMAT ABDERAMANE Moussa

et non \u00ab MAHAMAT ABDRAMANE Moussa \u00bb, conform\u00e9ment \u00e0 son passeport. Son adresse \u00e9lectronique reste inchang\u00e9e (m.abdramane@arcep.td).

Nous vous prions de bien vouloir nous excuser de ce d\u00e9sagr\u00e9ment.

Le Service de la Coop\u00e9ration
ARCEP Tchad
""", tags=["correction: spelling fixed"])

add(key="bfa", lang="fr", kind="interest_only", state="BFA", sess=[B],
    frm=("Souleymane Ou\u00e9draogo", "souleymane.ouedraogo@mdenp.gov.bf"), hcs="iso-8859-1", henc="Q",
    subj="Manifestation d'int\u00e9r\u00eat - CI-19/35", date=("2019-08-16 18:40:29", 0), client="zimbra",
    cs="utf-8", cte="quoted-printable",
    text="""Monsieur,

Le Minist\u00e8re du D\u00e9veloppement de l'\u00c9conomie Num\u00e9rique et des Postes du Burkina Faso marque son int\u00e9r\u00eat pour la s\u00e9rie de consultations \u00ab Encourager les PME du secteur de la technologie et de l'innovation \u00bb.

Le nom du participant \u00e0 la session de Budapest vous sera communiqu\u00e9 ult\u00e9rieurement, d\u00e8s validation par la hi\u00e9rarchie.

Cordialement,

Souleymane OU\u00c9DRAOGO
Direction de la Coop\u00e9ration
MDENP \u2013 Ouagadougou
""", tags=["interest only", "near the deadline but on time"])

COD_TEXT = """Monsieur Clark,

Je vous transf\u00e8re ci-dessous la d\u00e9signation faite par le Cabinet de Madame la Ministre pour les sessions de consultation. L'original de la lettre suit par la Mission permanente.

Bien \u00e0 vous,

Patrick ILUNGA KABEYA
Secr\u00e9tariat G\u00e9n\u00e9ral aux PT-NTIC
Kinshasa/Gombe
+243 81 555 0193

-----Message d'origine-----
De : Cabinet Ministre PT-NTIC <cabinet@ptntic.gouv.cd>
Envoy\u00e9 : mercredi 14 ao\u00fbt 2019 16:20
\u00c0 : Secr\u00e9tariat G\u00e9n\u00e9ral PT-NTIC <sg@ptntic.gouv.cd>
Cc : Patrick ILUNGA KABEYA <pilunga@ptntic.gouv.cd>
Objet : TR: Circulaire UIT CI-19/35

Monsieur le Secr\u00e9taire G\u00e9n\u00e9ral,

Suite \u00e0 la circulaire de l'UIT en r\u00e9f\u00e9rence, Madame la Ministre a retenu la candidature de Madame Gr\u00e2ce MUJINGA KALALA, Conseill\u00e8re charg\u00e9e des TIC, pour la session de Budapest du 10 septembre 2019, et celle de Monsieur H\u00e9ritier MUKENDI TSHIBANGU, Chef de Division \u00e0 l'ARPTC, pour les sessions de 2020 (groupes de travail du Conseil et Forum du SMSI).

Veuillez transmettre \u00e0 l'UIT dans les d\u00e9lais.

Pour le Directeur de Cabinet,
Jean-Claude NSIMBA

-----Message d'origine-----
De : Secr\u00e9tariat G\u00e9n\u00e9ral PT-NTIC <sg@ptntic.gouv.cd>
Envoy\u00e9 : lundi 29 juillet 2019 09:02
\u00c0 : Cabinet Ministre PT-NTIC <cabinet@ptntic.gouv.cd>
Objet : Circulaire UIT CI-19/35

Pour attribution.

""" + circ_text("fr", [0, 1, 2, 3])
add(key="cod", lang="fr", kind="nomination", state="COD",
    dels=[D("Gr\u00e2ce MUJINGA KALALA", title="Conseill\u00e8re charg\u00e9e des TIC"),
          D("H\u00e9ritier MUKENDI TSHIBANGU", title="Chef de Division \u00e0 l'ARPTC")],
    sess=[B, C, W],
    frm=("Patrick ILUNGA KABEYA", "pilunga@ptntic.gouv.cd"), subj="TR: TR: Circulaire UIT CI-19/35",
    date=("2019-08-15 13:12:51", 1), client="outlook", struct="alt", cs="windows-1252", cte="quoted-printable",
    hcs="windows-1252", clang="fr-FR", hlang="FR", text=COD_TEXT,
    tags=["forwarded chain, nomination in middle message", "nominees per session", "chef de cabinet not a delegate"])

add(key="mli_ooo", lang="fr", kind="auto_reply",
    frm=("Aminata Coulibaly", "a.coulibaly@amrtp.ml"), hcs="iso-8859-1", henc="Q",
    subj="R\u00e9ponse automatique : CI-19/35: Consultation sessions for Member States",
    date=("2019-07-23 12:14:40", 0), client="outlook", cs="iso-8859-1", cte="quoted-printable", irt="circ",
    clang="fr-FR", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Bonjour,

Je suis en mission \u00e0 l'int\u00e9rieur du pays jusqu'au 5 ao\u00fbt 2019 avec un acc\u00e8s limit\u00e9 \u00e0 ma messagerie. Pour toute urgence, veuillez contacter M. Sidiki Traor\u00e9 (s.traore@amrtp.ml, +223 20 23 14 00).

Cordialement,
Aminata Coulibaly
""", tags=["auto-reply naming a colleague"])

add(key="ben", lang="fr", kind="nomination", state="BEN",
    dels=[D("Serge Akpovi DOSSOU-YOVO", title="Chef Service Innovation et Startups", email="sdossou@arcep.bj")], sess=[B],
    frm=("Gildas Houngb\u00e9dji", "ghoungbedji@arcep.bj"), hcs="utf-8",
    subj="CI-19/35 : d\u00e9signation du B\u00e9nin", date=("2019-08-16 23:50:10", 1), delay=30,
    client="thunderbird", cs="utf-8", cte="8bit",
    text="""Monsieur,

Nous avons l'honneur de vous communiquer le nom du repr\u00e9sentant de l'Autorit\u00e9 de R\u00e9gulation des Communications \u00c9lectroniques et de la Poste (ARCEP B\u00e9nin) pour la premi\u00e8re session de consultation sur les PME technologiques, \u00e0 Budapest :

M. Serge Akpovi DOSSOU-YOVO
Chef Service Innovation et Startups
sdossou@arcep.bj

Tout en esp\u00e9rant que cette d\u00e9signation, transmise le 16 ao\u00fbt, sera prise en compte, nous vous prions d'agr\u00e9er nos salutations distingu\u00e9es.

Gildas HOUNGB\u00c9DJI
ARCEP B\u00e9nin, Cotonou
""", tags=["deadline edge: 23:50 in Cotonou = 00:50 Geneva, late"])

add(key="fr_ndr", lang="fr", kind="bounce",
    frm=("Microsoft Outlook", "postmaster@anrti.ne"), hcs="iso-8859-1", henc="Q",
    subj="Non remis : REMINDER - CI-19/35: deadline for nominations 16 August 2019",
    date=("2019-08-12 11:02:40", 1), client="outlook", cs="utf-8", fcs="utf-8",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    parts=dsn_parts("ne", """Impossible de remettre le message \u00e0 ces destinataires ou groupes :

ibrahim.moussa@anrti.ne
L'adresse e-mail que vous avez entr\u00e9e est introuvable. V\u00e9rifiez l'adresse e-mail du destinataire et renvoyez le message. Si le probl\u00e8me persiste, contactez votre support technique.

Informations de diagnostic pour les administrateurs :

Serveur g\u00e9n\u00e9rant : EXCH01.anrti.ne

ibrahim.moussa@anrti.ne
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "utf-8", "quoted-printable", "EXCH01.anrti.ne", "ibrahim.moussa@anrti.ne", "5.1.10",
        "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP\r\n address lookup",
        [("From", "SME <sme@itu.int>"), ("To", "ibrahim.moussa@anrti.ne"),
         ("Subject", "REMINDER - CI-19/35: deadline for nominations 16 August 2019"),
         ("Date", "Mon, 12 Aug 2019 12:01:58 +0200"), ("Message-ID", "<reminder-1935-0812-ne@itu.int>")],
        "Mon, 12 Aug 2019 10:02:31 +0000",
        human_html="<html><body><p><b>Impossible de remettre le message \u00e0 ces destinataires ou groupes :</b></p>"
                   "<p><a href=\"mailto:ibrahim.moussa@anrti.ne\">ibrahim.moussa@anrti.ne</a><br>L'adresse e-mail que vous avez "
                   "entr\u00e9e est introuvable.</p></body></html>\n"),
    tags=["bounce in French (Exchange NDR)"])

add(key="ner_unrel", lang="fr", kind="unrelated",
    frm=("Hadiza Garba", "hadiza.garba@mpcen.gouv.ne"), hcs="iso-8859-1", henc="Q",
    subj="D\u00e9signation - Atelier r\u00e9gional UIT sur la cybers\u00e9curit\u00e9 (Niamey)",
    date=("2019-08-06 10:44:21", 1), client="outlook", struct="alt", cs="iso-8859-1", cte="quoted-printable", clang="fr-FR",
    hlang="FR",
    text="""Madame, Monsieur,

Dans le cadre de l'atelier r\u00e9gional de l'UIT sur la cybers\u00e9curit\u00e9 et la protection des infrastructures critiques pr\u00e9vu \u00e0 Niamey du 23 au 25 septembre 2019, le Minist\u00e8re des Postes, des T\u00e9l\u00e9communications et de l'\u00c9conomie Num\u00e9rique a l'honneur de vous communiquer la d\u00e9signation de M. Issoufou GARBA, Directeur de la S\u00e9curit\u00e9 des Syst\u00e8mes d'Information, en qualit\u00e9 de point focal.

Nous vous serions reconnaissants de bien vouloir nous transmettre le programme d\u00e9finitif.

Cordialement,

Hadiza GARBA
Minist\u00e8re des Postes, des T\u00e9l\u00e9communications et de l'\u00c9conomie Num\u00e9rique
Niamey - Niger
""", tags=["unrelated: a Member State's nomination for a different ITU event, sent to this mailbox"])

# ==========================================================================
# Spanish
# ==========================================================================
add(key="mex1", lang="es", kind="nomination", state="MEX",
    dels=[D("Mar\u00eda Fernanda Guti\u00e9rrez Olvera", title="Directora General Adjunta de Asuntos Internacionales",
            email="mfernanda.gutierrez@ift.org.mx")], sess=[B],
    frm=("Valeria R\u00edos Echeverr\u00eda", "valeria.rios@ift.org.mx"), hcs="iso-8859-1", henc="Q",
    subj="RE: CI-19/35 Sesiones de consulta - PyME tecnol\u00f3gicas", date=("2019-08-08 18:05:29", -5),
    client="outlook", struct="alt", cs="iso-8859-1", cte="quoted-printable", clang="es-MX", hlang="ES-MX", irt="circ",
    text="""Estimado Sr. Clark:

En atenci\u00f3n a la Carta Circular CI-19/35, me permito informarle que el Instituto Federal de Telecomunicaciones (IFT) de M\u00e9xico tiene inter\u00e9s en participar en la primera sesi\u00f3n de consulta "Fomento de las PyME tecnol\u00f3gicas e innovadoras", que se celebrar\u00e1 el 10 de septiembre en Budapest. Los datos de la participante son:

Nombre: Mar\u00eda Fernanda Guti\u00e9rrez Olvera
Cargo: Directora General Adjunta de Asuntos Internacionales
Correo: mfernanda.gutierrez@ift.org.mx
Tel\u00e9fono: +52 55 5015 4000 ext. 4127
Celular: +52 1 55 3412 7788

Sin otro particular, le env\u00edo un cordial saludo.

Valeria R\u00edos Echeverr\u00eda
Subdirectora de Organismos Multilaterales
Unidad de Asuntos Internacionales | IFT
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de M\u00e9xico

""" + q_outlook("martes, 23 de julio de 2019 07:12 a. m.", "", lang="es", paras=[0, 1, 2],
                labels=("De", "Enviado el", "Para", "Asunto")),
    tags=["field block", "phone numbers"])
add(key="mex2", lang="es", kind="correction", state="MEX", sup="mex1",
    dels=[D("Mar\u00eda Fernanda Guti\u00e9rrez Olvera"),
          D("Rodrigo Salcedo Pineda", title="Director de Pol\u00edtica Regulatoria", email="rodrigo.salcedo@ift.org.mx")],
    sess=[B],
    frm=("Valeria R\u00edos Echeverr\u00eda", "valeria.rios@ift.org.mx"), hcs="iso-8859-1", henc="Q",
    subj="RE: CI-19/35 Sesiones de consulta - PyME tecnol\u00f3gicas - alcance", date=("2019-08-14 12:41:03", -5),
    client="outlook", struct="alt", cs="iso-8859-1", cte="quoted-printable", clang="es-MX", hlang="ES-MX", irt="mex1",
    text="""Estimado Sr. Clark:

Como alcance a mi correo del 8 de agosto, le informo que, adicionalmente a la Lic. Mar\u00eda Fernanda Guti\u00e9rrez Olvera, el IFT desea incluir en su delegaci\u00f3n para la sesi\u00f3n de Budapest al Mtro. Rodrigo Salcedo Pineda, Director de Pol\u00edtica Regulatoria (rodrigo.salcedo@ift.org.mx).

Agradezco de antemano su atenci\u00f3n.

Saludos cordiales,
Valeria R\u00edos Echeverr\u00eda
""", tags=["correction: person added (Lic./Mtro. honorifics)"])
add(key="mex3", lang="es", kind="correction", state="MEX", sup="mex2",
    dels=[D("Rodrigo Salcedo Pineda", title="Director de Pol\u00edtica Regulatoria", email=None)],
    sess=[B],
    frm=("Valeria R\u00edos Echeverr\u00eda", "valeria.rios@ift.org.mx"), hcs="iso-8859-1", henc="Q",
    subj="RE: CI-19/35 Sesiones de consulta - PyME tecnol\u00f3gicas - cambio en la delegaci\u00f3n",
    date=("2019-08-22 10:02:15", -5), client="outlook", struct="alt", cs="iso-8859-1", cte="quoted-printable",
    clang="es-MX", hlang="ES-MX", irt="mex2",
    text="""Estimado Sr. Clark:

Lamento informarle que, por motivos de agenda, la Lic. Guti\u00e9rrez Olvera ya no podr\u00e1 viajar a Budapest. La delegaci\u00f3n del IFT para la sesi\u00f3n del 10 de septiembre queda integrada \u00fanicamente por el Mtro. Rodrigo Salcedo Pineda.

Le ruego tomar nota y disculpar las molestias.

Saludos cordiales,
Valeria R\u00edos Echeverr\u00eda
Subdirectora de Organismos Multilaterales

-----Mensaje original-----
De: Valeria R\u00edos Echeverr\u00eda
Enviado el: mi\u00e9rcoles, 14 de agosto de 2019 12:41 p. m.
Para: SME <sme@itu.int>
Asunto: RE: CI-19/35 Sesiones de consulta - PyME tecnol\u00f3gicas - alcance

Como alcance a mi correo del 8 de agosto, le informo que, adicionalmente a la Lic. Mar\u00eda Fernanda Guti\u00e9rrez Olvera, el IFT desea incluir en su delegaci\u00f3n para la sesi\u00f3n de Budapest al Mtro. Rodrigo Salcedo Pineda, Director de Pol\u00edtica Regulatoria.
""", tags=["correction of a correction: person removed", "late"])

COL_NV = """MISI\u00d3N PERMANENTE DE COLOMBIA ANTE LA OFICINA DE LAS NACIONES UNIDAS Y OTROS ORGANISMOS INTERNACIONALES CON SEDE EN GINEBRA

S-GNVOI-19-004512

La Misi\u00f3n Permanente de Colombia ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra saluda muy atentamente a la Secretar\u00eda General de la Uni\u00f3n Internacional de Telecomunicaciones (UIT) y, en atenci\u00f3n a la Carta Circular CI-19/35 del 23 de julio de 2019, relativa a la serie de sesiones de consulta para los Estados Miembros denominada "Fomento de las PYME tecnol\u00f3gicas e innovadoras", tiene el honor de informar lo siguiente.

El Gobierno de Colombia, por conducto del Ministerio de Tecnolog\u00edas de la Informaci\u00f3n y las Comunicaciones (MinTIC), acoge con beneplácito la iniciativa del Secretario General de dar seguimiento a las deliberaciones del Consejo de la UIT sobre la participaci\u00f3n de las peque\u00f1as y medianas empresas en los trabajos de la Uni\u00f3n, de conformidad con la Resoluci\u00f3n 209 (Dub\u00e1i, 2018) de la Conferencia de Plenipotenciarios, y reitera su inter\u00e9s en compartir las experiencias de sus programas nacionales de apoyo al emprendimiento digital, entre ellos Apps.co y la estrategia de Econom\u00eda Naranja.

En este sentido, la Misi\u00f3n Permanente tiene el honor de comunicar que la delegaci\u00f3n de Colombia a la primera sesi\u00f3n de consulta, que tendr\u00e1 lugar el 10 de septiembre de 2019 en Budapest, Hungr\u00eda, en el marco de ITU Telecom World 2019, estar\u00e1 presidida por la doctora Luisa Fernanda Restrepo Uribe, Asesora del Despacho de la Ministra de Tecnolog\u00edas de la Informaci\u00f3n y las Comunicaciones.

La doctora Restrepo Uribe es economista de la Universidad de los Andes, con maestr\u00eda en Pol\u00edticas P\u00fablicas de la London School of Economics. Entre 2014 y 2018 se desempe\u00f1\u00f3 como coordinadora del programa Apps.co, bajo la direcci\u00f3n del entonces Viceministro de Econom\u00eda Digital, se\u00f1or Andr\u00e9s Felipe Salazar, y ha representado a Colombia en la Comisi\u00f3n Interamericana de Telecomunicaciones (CITEL). Sus datos de contacto son: correo electr\u00f3nico lrestrepo@mintic.gov.co; tel\u00e9fono +57 1 344 3460, extensi\u00f3n 2317.

La Misi\u00f3n Permanente de Colombia ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra hace propicia la oportunidad para reiterar a la Secretar\u00eda General de la Uni\u00f3n Internacional de Telecomunicaciones las seguridades de su m\u00e1s alta y distinguida consideraci\u00f3n.

Ginebra, 13 de agosto de 2019

A la Honorable
Secretar\u00eda General
Uni\u00f3n Internacional de Telecomunicaciones (UIT)
Ginebra"""
add(key="col", lang="es", kind="nomination", state="COL",
    dels=[D("Luisa Fernanda Restrepo Uribe",
            title="Asesora del Despacho de la Ministra de Tecnolog\u00edas de la Informaci\u00f3n y las Comunicaciones",
            email="lrestrepo@mintic.gov.co")], sess=[B],
    frm=("Misi\u00f3n de Colombia Ginebra", "mision.ginebra@cancilleria.gov.co"),
    subj="Nota Verbal S-GNVOI-19-004512 - Carta Circular CI-19/35 UIT", date=("2019-08-13 11:20:33", 2),
    client="o365", struct="alt", cs="utf-8", cte="base64", clang="es-ES", hlang="ES-CO", font="Arial",
    text="Apreciados se\u00f1ores:\n\nPor instrucciones de la Jefe de Misi\u00f3n, remito el texto de la Nota Verbal de la referencia. El original ser\u00e1 enviado por correo diplom\u00e1tico.\n\nCordialmente,\n\nJuan Camilo Ortiz\nSegundo Secretario\nMisi\u00f3n Permanente de Colombia en Ginebra\n\n" + COL_NV + "\n",
    tags=["long formal note verbale", "CV details", "another person (ex-Vice-Minister) named in CV", "honorific 'doctora'"])

add(key="per", lang="es", kind="nomination", state="PER",
    dels=[D("Rosa Elvira Ch\u00e1vez Mendoza", title="Directora de Pol\u00edticas y Regulaci\u00f3n en Comunicaciones",
            email="rchavez@mtc.gob.pe")], sess=[B],
    frm=("Javier Huam\u00e1n Quispe", "jhuaman@mtc.gob.pe"), subj="Designaci\u00f3n Per\u00fa - Circular CI-19/35",
    date=("2019-08-16 18:31:07", -5), delay=23, client="thunderbird", cs="utf-8", cte="8bit",
    text="""Se\u00f1ores UIT:

Por encargo del Viceministerio de Comunicaciones, comunico que el Per\u00fa participar\u00e1 en la sesi\u00f3n de consulta sobre PYME tecnol\u00f3gicas e innovadoras a realizarse en Budapest el 10 de setiembre, y que la persona designada es la Ing. Rosa Elvira Ch\u00e1vez Mendoza, Directora de Pol\u00edticas y Regulaci\u00f3n en Comunicaciones (rchavez@mtc.gob.pe).

Quedo atento a cualquier consulta.

Atentamente,

Javier Huam\u00e1n Quispe
Oficina de Cooperaci\u00f3n y Asuntos Internacionales
Ministerio de Transportes y Comunicaciones - Lima
""", tags=["deadline edge: 18:31 in Lima = 01:31 Geneva, late"])

add(key="ecu", lang="es", kind="nomination", state="ECU",
    dels=[D("Andr\u00e9s Sebasti\u00e1n Paredes Villac\u00eds", title="Tercer Secretario, Embajada del Ecuador en Hungr\u00eda",
            email="aparedes@cancilleria.gob.ec")], sess=[B],
    frm=("Embajada del Ecuador en Hungr\u00eda", "eecuhungria@cancilleria.gob.ec"), henc="Q",
    subj="Participaci\u00f3n del Ecuador - Sesi\u00f3n de consulta UIT 10.09.2019", date=("2019-08-06 13:40:50", 2),
    client="outlook", struct="alt", cs="utf-8", cte="quoted-printable", clang="es-EC", hlang="ES-EC",
    text="""Se\u00f1or Christopher Clark
Uni\u00f3n Internacional de Telecomunicaciones
Ginebra

De mi consideraci\u00f3n:

La Embajada de la Rep\u00fablica del Ecuador en Hungr\u00eda, por disposici\u00f3n del Ministerio de Telecomunicaciones y de la Sociedad de la Informaci\u00f3n (MINTEL), tiene a bien comunicar que el Ecuador estar\u00e1 representado en la sesi\u00f3n de consulta del 10 de septiembre de 2019 por el se\u00f1or Tercer Secretario Andr\u00e9s Sebasti\u00e1n Paredes Villac\u00eds, funcionario de esta Misi\u00f3n (aparedes@cancilleria.gob.ec).

Dado que el evento se realiza en la ciudad sede de esta Embajada, agradeceremos se nos remita la informaci\u00f3n log\u00edstica correspondiente.

Atentamente,

Mar\u00eda Jos\u00e9 Cevallos
Encargada de Negocios a.i.
Embajada del Ecuador en Hungr\u00eda
Andr\u00e1ssy \u00fat 104, 1062 Budapest
Tel. +36 1 354 1830
""", tags=["embassy in Budapest nominates its own diplomat", "Budapest in the signature", "rank as honorific"])

add(key="cub", lang="es", kind="nomination", state="CUB",
    dels=[D("Yamila Ferrer Hechavarr\u00eda", title="Especialista Principal, Direcci\u00f3n de Regulaciones"),
          D("Osmany Rodr\u00edguez Lage", title="Director de Desarrollo Inform\u00e1tico")], sess=[B, C],
    frm=("Relaciones Internacionales MINCOM", "relint@mincom.gob.cu"), henc="Q", hcs="iso-8859-1",
    subj="CI-19/35 - Designaci\u00f3n de participantes de Cuba", date=("2019-07-31 10:05:12", -4),
    client="zimbra", cs="iso-8859-1", cte="quoted-printable",
    text="""Estimados colegas:

El Ministerio de Comunicaciones de la Rep\u00fablica de Cuba agradece la invitaci\u00f3n contenida en la Carta Circular CI-19/35 y se complace en designar a los siguientes especialistas:

- Para la sesi\u00f3n de Budapest (10 de septiembre de 2019): Ing. Yamila Ferrer Hechavarr\u00eda, Especialista Principal de la Direcci\u00f3n de Regulaciones.
- Para las sesiones que se celebrar\u00e1n durante las reuniones de los Grupos de Trabajo del Consejo, a inicios de 2020: MSc. Osmany Rodr\u00edguez Lage, Director de Desarrollo Inform\u00e1tico.

Para el Foro de la CMSI 2020 no se designar\u00e1 representante por el momento.

Saludos cordiales,

Direcci\u00f3n de Relaciones Internacionales
Ministerio de Comunicaciones
Ave. Independencia y 19 de Mayo, Plaza de la Revoluci\u00f3n, La Habana
""", tags=["different nominee per session", "WSIS explicitly excluded"])

add(key="dom1", lang="es", kind="nomination", state="DOM",
    dels=[D("Ram\u00f3n Emilio Peralta Castillo", title="Gerente de Innovaci\u00f3n y Emprendimiento", email="rperalta@indotel.gob.do")],
    sess=[B],
    frm=("Lissette Almonte", "lalmonte@indotel.gob.do"), subj="INDOTEL - Respuesta a Circular CI-19/35",
    date=("2019-07-29 16:00:38", -4), client="outlook", struct="alt", cs="utf-8", cte="quoted-printable",
    clang="es-DO", hlang="ES-DO",
    text="""Buenas tardes, Sr. Clark:

El Instituto Dominicano de las Telecomunicaciones (INDOTEL) confirma su inter\u00e9s en la serie de consultas y designa para la sesi\u00f3n de Budapest al Sr. Ram\u00f3n Emilio Peralta Castillo, Gerente de Innovaci\u00f3n y Emprendimiento (rperalta@indotel.gob.do).

Saludos,

Lissette Almonte
Encargada de Relaciones Internacionales
INDOTEL \u2013 Santo Domingo
""")
add(key="dom2", lang="es", kind="correction", state="DOM", sup="dom1",
    dels=[D("Ram\u00f3n Emilio Peralta Castillo", title=None, email=None)],
    sess=[W],
    frm=("Lissette Almonte", "lalmonte@indotel.gob.do"), subj="RE: INDOTEL - Respuesta a Circular CI-19/35",
    date=("2019-08-27 09:12:58", -4), client="outlook", struct="alt", cs="utf-8", cte="quoted-printable",
    clang="es-DO", hlang="ES-DO", irt="dom1",
    text="""Estimado Sr. Clark:

Le escribo en relaci\u00f3n con nuestro correo del 29 de julio. Por compromisos de agenda, el Sr. Ram\u00f3n Emilio Peralta Castillo no podr\u00e1 asistir a la sesi\u00f3n de Budapest. Le agradecer\u00edamos considerarlo, en cambio, como representante del INDOTEL en la sesi\u00f3n que se realizar\u00e1 durante el Foro de la CMSI 2020 en Ginebra.

Saludos cordiales,

Lissette Almonte
Encargada de Relaciones Internacionales
""", tags=["correction: session changed (Budapest -> WSIS 2020)", "late"])

add(key="ury", lang="es", kind="nomination", state="URY",
    dels=[D("Mart\u00edn Sosa", email="msosa@ursec.gub.uy")], sess=[B],
    frm=("Carolina M\u00e9ndez", "carolina.mendez@miem.gub.uy"), subj="Re: CI-19/35",
    date=("2019-08-15 22:14:33", -3), client="android", cs="utf-8", cte="8bit", irt="circ",
    text="""Hola Christopher! te confirmo q de Uruguay va Mart\u00edn Sosa (URSEC) a lo de Budapest. Su mail msosa@ursec.gub.uy
Abrazo
Caro

Enviado desde mi Samsung Mobile de Claro""", tags=["phone-typed", "abbreviation q", "Budapest session by paraphrase"])

add(key="gtm", lang="es", kind="inquiry", state="GTM",
    frm=("Edgar Roberto Ajcip", "eajcip@sit.gob.gt"), subj="Consulta sobre la sesi\u00f3n de Budapest (CI-19/35)",
    date=("2019-08-02 09:40:18", -6), client="outlook", struct="alt", cs="windows-1252", cte="quoted-printable",
    clang="es-GT", hlang="ES-GT",
    text="""Estimado se\u00f1or Clark:

Reciba un cordial saludo de la Superintendencia de Telecomunicaciones de Guatemala. Antes de designar a nuestro participante, quisi\u00e9ramos saber si la sesi\u00f3n del 10 de septiembre contar\u00e1 con interpretaci\u00f3n simult\u00e1nea al espa\u00f1ol, y si existe la posibilidad de participar de forma remota.

Agradeciendo de antemano su respuesta,

Edgar Roberto Ajcip
Asesor de Asuntos Internacionales
Superintendencia de Telecomunicaciones
""", tags=["inquiry"])

add(key="bol", lang="es", kind="decline", state="BOL",
    frm=("Autoridad de Regulaci\u00f3n ATT", "relaciones.internacionales@att.gob.bo"),
    subj="Circular CI-19/35", date=("2019-08-12 11:33:02", -4), client="webmail", cs="utf-8", cte="quoted-printable",
    text="""Se\u00f1ores
Secretar\u00eda General de la UIT
Presente.-

La Autoridad de Regulaci\u00f3n y Fiscalizaci\u00f3n de Telecomunicaciones y Transportes (ATT) del Estado Plurinacional de Bolivia agradece la invitaci\u00f3n y lamenta informar que, debido a restricciones presupuestarias, no le ser\u00e1 posible participar en la sesi\u00f3n de consulta de Budapest.

Con este motivo, hacemos propicia la ocasi\u00f3n para saludarles atentamente.

Unidad de Relaciones Internacionales
ATT - La Paz
""", tags=["decline"])

add(key="gnq", lang="es", kind="nomination", state="GNQ",
    dels=[D("Santiago Nsue Mba Nchama", title="Director General de Telecomunicaciones")], sess=[B],
    frm=("Ministerio de Transportes, Correos y Telecomunicaciones", "gabinete.mtct@gmail.com"), henc="Q",
    subj="Designaci\u00f3n Guinea Ecuatorial - CI-19/35", date=("2019-08-14 12:00:31", 1), client="gmail",
    struct="html", html="plain", cs="UTF-8", hcte="quoted-printable",
    text="""Excelent\u00edsimo Se\u00f1or Secretario General:

Tengo el honor de dirigirme a Vuestra Excelencia en nombre del Ministerio de Transportes, Correos y Telecomunicaciones de la Rep\u00fablica de Guinea Ecuatorial, con el objeto de comunicarle que, en respuesta a su Carta Circular CI-19/35, el Gobierno de Guinea Ecuatorial ha designado a Don Santiago Nsue Mba Nchama, Director General de Telecomunicaciones, para participar en la primera sesi\u00f3n de consulta que se celebrar\u00e1 en Budapest el 10 de septiembre del corriente a\u00f1o.

Aprovecho la oportunidad para reiterarle el testimonio de mi m\u00e1s alta consideraci\u00f3n y estima.

Malabo, 14 de agosto de 2019

EL SECRETARIO GENERAL DEL MINISTERIO
Crescencio Ob\u00f3 Ndong Avomo
""", tags=["Central Africa in Spanish", "honorific 'Don'", "gmail HTML-only"])

add(key="pan", lang="es", kind="interest_only", state="PAN", sess=[B],
    frm=("Itzel Barrios", "ibarrios@innovacion.gob.pa"), subj="Panam\u00e1 - inter\u00e9s en sesi\u00f3n de consulta CI-19/35",
    date=("2019-08-16 16:55:12", -5), delay=36, client="o365", struct="alt", cs="utf-8", cte="quoted-printable",
    clang="es-PA", hlang="ES-PA",
    text="""Buenas tardes,

La Autoridad Nacional para la Innovaci\u00f3n Gubernamental (AIG) de Panam\u00e1 manifiesta su inter\u00e9s en participar en la primera sesi\u00f3n de consulta en Budapest. Sin embargo, el nombre de nuestro participante est\u00e1 pendiente de aprobaci\u00f3n por el Despacho Superior; lo estaremos comunicando a la mayor brevedad.

Cordialmente,

Itzel Barrios
Oficina de Cooperaci\u00f3n Internacional, AIG
""", tags=["interest only", "deadline edge: 23:55:48 Geneva, on time"])

add(key="cri", lang="es", kind="nomination", state="CRI",
    dels=[D("Daniela Chinchilla Soto", title="Directora de Gobernanza Digital", email="daniela.chinchilla@micitt.go.cr")],
    sess=[B],
    frm=("Esteban Vargas Mora", "esteban.vargas@micitt.go.cr"), subj="Costa Rica - CI-19/35 - Designaci\u00f3n / Nomination",
    date=("2019-08-07 15:22:40", -6), client="outlook", struct="alt", cs="utf-8", cte="quoted-printable",
    clang="es-CR", hlang="ES-CR",
    text="""Estimados se\u00f1ores:

El Ministerio de Ciencia, Tecnolog\u00eda y Telecomunicaciones (MICITT) de Costa Rica designa a la se\u00f1ora Daniela Chinchilla Soto, Directora de Gobernanza Digital (daniela.chinchilla@micitt.go.cr), para participar en la primera sesi\u00f3n de consulta, en Budapest.

--

Dear Sirs,

The Ministry of Science, Technology and Telecommunications (MICITT) of Costa Rica nominates Ms. Daniela Chinchilla Soto, Director of Digital Governance, to participate in the first consultation session in Budapest.

Saludos / Regards,
Esteban Vargas Mora
Departamento de Asuntos Internacionales, MICITT
""", tags=["bilingual Spanish then English (language = es)"])

add(key="es_ndr", lang="es", kind="bounce",
    frm=("Microsoft Outlook", "postmaster@conatel.gov.py"), hcs="iso-8859-1", henc="Q",
    subj="No se puede entregar: REMINDER - CI-19/35: deadline for nominations 16 August 2019",
    date=("2019-08-12 06:02:55", -4), client="outlook", cs="utf-8", fcs="utf-8",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    parts=dsn_parts("py", """No se pudo entregar el mensaje a estos destinatarios o grupos:

mbenitez@conatel.gov.py
El buz\u00f3n del destinatario est\u00e1 lleno y no puede aceptar mensajes en este momento. Int\u00e9ntelo de nuevo m\u00e1s tarde o p\u00f3ngase en contacto directamente con el destinatario.

Informaci\u00f3n de diagn\u00f3stico para administradores:

Servidor de generaci\u00f3n: MAIL01.conatel.gov.py
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""", "utf-8", "base64", "MAIL01.conatel.gov.py", "mbenitez@conatel.gov.py", "5.2.2",
        "smtp; 554 5.2.2 mailbox full", [("From", "SME <sme@itu.int>"), ("To", "mbenitez@conatel.gov.py"),
                                          ("Subject", "REMINDER - CI-19/35: deadline for nominations 16 August 2019"),
                                          ("Date", "Mon, 12 Aug 2019 12:01:58 +0200"),
                                          ("Message-ID", "<reminder-1935-0812-py@itu.int>")],
        "Mon, 12 Aug 2019 10:02:50 +0000"),
    tags=["bounce in Spanish"])

ARG_NEWS = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<table width="640" align="center" style="font-family:Verdana;font-size:13px">
<tr><td bgcolor="#1b75bb" style="color:#fff;padding:14px"><b>Bolet\u00edn Emprender Digital</b> &middot; Agosto 2019</td></tr>
<tr><td style="padding:14px">
<h2>Abiertas las nominaciones a los Premios PyME Digital 2019</h2>
<p>Hasta el 30 de septiembre las c\u00e1maras y asociaciones pueden nominar a las PyME tecnol\u00f3gicas m\u00e1s innovadoras del pa\u00eds.
Los ganadores viajar\u00e1n a la misi\u00f3n comercial a Budapest y Viena en noviembre.</p>
<h3>Agenda</h3>
<ul><li>10/09 &ndash; Webinar: exportar servicios basados en conocimiento</li>
<li>ITU Telecom World 2019 (Budapest): stand argentino con 8 startups</li></ul>
<p style="font-size:10px;color:#777">Recibe este bolet\u00edn porque se suscribi\u00f3 en emprender-digital.com.ar. Para darse de baja haga clic <a href="https://emprender-digital.com.ar/baja">aqu\u00ed</a>.</p>
</td></tr></table></body></html>
"""
add(key="arg_news", lang="es", kind="unrelated",
    frm=("Bolet\u00edn Emprender Digital", "boletin@emprender-digital.com.ar"), henc="Q", hcs="iso-8859-1",
    subj="Abiertas las nominaciones a los Premios PyME Digital 2019", date=("2019-08-20 10:00:00", -3),
    client="webmail", struct="html", html=ARG_NEWS, cs="iso-8859-1", hcte="quoted-printable",
    extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://emprender-digital.com.ar/baja>")],
    tags=["unrelated newsletter about SME nominations and Budapest"])

# ==========================================================================
# Russian
# ==========================================================================
add(key="kgz1", lang="ru", kind="nomination", state="KGZ",
    dels=[D("\u0410\u0441\u0430\u043d\u0431\u0435\u043a\u043e\u0432 \u041d\u0443\u0440\u043b\u0430\u043d \u0422\u043e\u043a\u0442\u043e\u0433\u0443\u043b\u043e\u0432\u0438\u0447",
            aliases=["\u0410\u0441\u0430\u043d\u0431\u0435\u043a\u043e\u0432\u0430 \u041d\u0443\u0440\u043b\u0430\u043d\u0430 \u0422\u043e\u043a\u0442\u043e\u0433\u0443\u043b\u043e\u0432\u0438\u0447\u0430", "Nurlan Asanbekov"],
            title="\u0437\u0430\u0432\u0435\u0434\u0443\u044e\u0449\u0438\u0439 \u043e\u0442\u0434\u0435\u043b\u043e\u043c \u0440\u0430\u0437\u0432\u0438\u0442\u0438\u044f \u0446\u0438\u0444\u0440\u043e\u0432\u043e\u0439 \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0438", email="n.asanbekov@ccra.kg")],
    sess=[B],
    frm=("\u0410\u0439\u0436\u0430\u043d \u0422\u043e\u043a\u0442\u043e\u0441\u0443\u043d\u043e\u0432\u0430", "a.toktosunova@ccra.kg"),
    subj="\u041e\u0442\u0432\u0435\u0442 \u043d\u0430 \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e CI-19/35 / Reply to Circular CI-19/35",
    date=("2019-08-06 15:30:21", 6), client="outlook", struct="alt", cs="utf-8", cte="base64", clang="ru-RU", hlang="RU",
    text="""\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439 \u0433-\u043d \u041a\u043b\u0430\u0440\u043a!

\u0413\u043e\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043d\u043d\u043e\u0435 \u0430\u0433\u0435\u043d\u0442\u0441\u0442\u0432\u043e \u0441\u0432\u044f\u0437\u0438 \u043f\u0440\u0438 \u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0435 \u041a\u044b\u0440\u0433\u044b\u0437\u0441\u043a\u043e\u0439 \u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0438, \u0440\u0430\u0441\u0441\u043c\u043e\u0442\u0440\u0435\u0432 \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e CI-19/35, \u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442 \u043e \u0437\u0430\u0438\u043d\u0442\u0435\u0440\u0435\u0441\u043e\u0432\u0430\u043d\u043d\u043e\u0441\u0442\u0438 \u0432 \u0443\u0447\u0430\u0441\u0442\u0438\u0438 \u0432 \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0445 \u0441\u0435\u0441\u0441\u0438\u044f\u0445 \u0438 \u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u0435\u0442 \u043d\u0430\u043f\u0440\u0430\u0432\u0438\u0442\u044c \u0434\u043b\u044f \u0443\u0447\u0430\u0441\u0442\u0438\u044f \u0432 \u043f\u0435\u0440\u0432\u043e\u0439 \u0441\u0435\u0441\u0441\u0438\u0438 (\u0411\u0443\u0434\u0430\u043f\u0435\u0448\u0442, 10 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f 2019 \u0433.) \u0410\u0441\u0430\u043d\u0431\u0435\u043a\u043e\u0432\u0430 \u041d\u0443\u0440\u043b\u0430\u043d\u0430 \u0422\u043e\u043a\u0442\u043e\u0433\u0443\u043b\u043e\u0432\u0438\u0447\u0430, \u0437\u0430\u0432\u0435\u0434\u0443\u044e\u0449\u0435\u0433\u043e \u043e\u0442\u0434\u0435\u043b\u043e\u043c \u0440\u0430\u0437\u0432\u0438\u0442\u0438\u044f \u0446\u0438\u0444\u0440\u043e\u0432\u043e\u0439 \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0438 (n.asanbekov@ccra.kg, +996 312 62 35 11).

\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,
\u0410\u0439\u0436\u0430\u043d \u0422\u043e\u043a\u0442\u043e\u0441\u0443\u043d\u043e\u0432\u0430
\u0432\u0435\u0434\u0443\u0449\u0438\u0439 \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442 \u043f\u043e \u043c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434\u043d\u043e\u043c\u0443 \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u0443

* * *

Dear Mr Clark,

The State Communications Agency under the Government of the Kyrgyz Republic is interested in the consultation sessions and nominates Mr Nurlan Asanbekov, Head of the Digital Economy Development Division, for the first session in Budapest on 10 September 2019.

Best regards,
Aizhan Toktosunova
Leading Specialist, International Cooperation
State Communications Agency, Bishkek
""", tags=["bilingual Russian then English (language = ru)", "inflected name (genitive)", "Latin alias"])

add(key="tjk", lang="ru", kind="nomination", state="TJK",
    dels=[D("\u0420\u0430\u0445\u0438\u043c\u043e\u0432 \u0424\u0430\u0440\u0440\u0443\u0445 \u0421\u0430\u0438\u0434\u043e\u0432\u0438\u0447",
            aliases=["\u0420\u0430\u0445\u0438\u043c\u043e\u0432\u0430 \u0424\u0430\u0440\u0440\u0443\u0445\u0430 \u0421\u0430\u0438\u0434\u043e\u0432\u0438\u0447\u0430"],
            title="\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0445 \u0442\u0435\u0445\u043d\u043e\u043b\u043e\u0433\u0438\u0439 \u0421\u043b\u0443\u0436\u0431\u044b \u0441\u0432\u044f\u0437\u0438")],
    sess=[B],
    frm=("\u0421\u043b\u0443\u0436\u0431\u0430 \u0441\u0432\u044f\u0437\u0438 \u0420\u0422", "intdep@khadamotialoqa.tj"), hcs="windows-1251",
    subj="\u041e \u043d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0438 \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044f (CI-19/35)",
    date=("2019-08-09 10:44:02", 5), client="webmail", cs="windows-1251", cte="8bit",
    text="""\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0435 \u0433\u043e\u0441\u043f\u043e\u0434\u0430!

\u0421\u043b\u0443\u0436\u0431\u0430 \u0441\u0432\u044f\u0437\u0438 \u043f\u0440\u0438 \u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0435 \u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0438 \u0422\u0430\u0434\u0436\u0438\u043a\u0438\u0441\u0442\u0430\u043d \u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0443\u0435\u0442 \u0441\u0432\u043e\u0435 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435 \u0421\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u0438\u0430\u0442\u0443 \u041c\u0421\u042d \u0438 \u0432 \u0441\u0432\u044f\u0437\u0438 \u0441 \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043d\u044b\u043c \u043f\u0438\u0441\u044c\u043c\u043e\u043c CI-19/35 \u0438\u043c\u0435\u0435\u0442 \u0447\u0435\u0441\u0442\u044c \u0441\u043e\u043e\u0431\u0449\u0438\u0442\u044c \u043e \u043d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0438 \u0433-\u043d\u0430 \u0420\u0430\u0445\u0438\u043c\u043e\u0432\u0430 \u0424\u0430\u0440\u0440\u0443\u0445\u0430 \u0421\u0430\u0438\u0434\u043e\u0432\u0438\u0447\u0430, \u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a\u0430 \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0445 \u0442\u0435\u0445\u043d\u043e\u043b\u043e\u0433\u0438\u0439 \u0421\u043b\u0443\u0436\u0431\u044b \u0441\u0432\u044f\u0437\u0438, \u0434\u043b\u044f \u0443\u0447\u0430\u0441\u0442\u0438\u044f \u0432 \u043f\u0435\u0440\u0432\u043e\u0439 \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u043e\u043d\u043d\u043e\u0439 \u0441\u0435\u0441\u0441\u0438\u0438 \u0432 \u0440\u0430\u043c\u043a\u0430\u0445 \u0432\u044b\u0441\u0442\u0430\u0432\u043a\u0438 ITU Telecom World 2019.

\u041a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u044b\u0439 \u0442\u0435\u043b\u0435\u0444\u043e\u043d: +992 37 221 54 08.

\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,
\u041e\u0442\u0434\u0435\u043b \u043c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434\u043d\u044b\u0445 \u043e\u0442\u043d\u043e\u0448\u0435\u043d\u0438\u0439
\u0433. \u0414\u0443\u0448\u0430\u043d\u0431\u0435
""", tags=["inflected name only (g-na + genitive)", "windows-1251 8bit"])

RUS_NV = """\u041f\u041e\u0421\u0422\u041e\u042f\u041d\u041d\u041e\u0415 \u041f\u0420\u0415\u0414\u0421\u0422\u0410\u0412\u0418\u0422\u0415\u041b\u042c\u0421\u0422\u0412\u041e
\u0420\u041e\u0421\u0421\u0418\u0419\u0421\u041a\u041e\u0419 \u0424\u0415\u0414\u0415\u0420\u0410\u0426\u0418\u0418
\u041f\u0420\u0418 \u041e\u0422\u0414\u0415\u041b\u0415\u041d\u0418\u0418 \u041e\u041e\u041d \u0418 \u0414\u0420\u0423\u0413\u0418\u0425 \u041c\u0415\u0416\u0414\u0423\u041d\u0410\u0420\u041e\u0414\u041d\u042b\u0425 \u041e\u0420\u0413\u0410\u041d\u0418\u0417\u0410\u0426\u0418\u042f\u0425 \u0412 \u0416\u0415\u041d\u0415\u0412\u0415

\u2116 2847

\u041f\u043e\u0441\u0442\u043e\u044f\u043d\u043d\u043e\u0435 \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e \u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u043e\u0439 \u0424\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u0438 \u043f\u0440\u0438 \u041e\u0442\u0434\u0435\u043b\u0435\u043d\u0438\u0438 \u041e\u041e\u041d \u0438 \u0434\u0440\u0443\u0433\u0438\u0445 \u043c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434\u043d\u044b\u0445 \u043e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u044f\u0445 \u0432 \u0416\u0435\u043d\u0435\u0432\u0435 \u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0443\u0435\u0442 \u0441\u0432\u043e\u0435 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435 \u0413\u0435\u043d\u0435\u0440\u0430\u043b\u044c\u043d\u043e\u043c\u0443 \u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u0438\u0430\u0442\u0443 \u041c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434\u043d\u043e\u0433\u043e \u0441\u043e\u044e\u0437\u0430 \u044d\u043b\u0435\u043a\u0442\u0440\u043e\u0441\u0432\u044f\u0437\u0438 \u0438, \u0441\u0441\u044b\u043b\u0430\u044f\u0441\u044c \u043d\u0430 \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e \u0413\u0435\u043d\u0435\u0440\u0430\u043b\u044c\u043d\u043e\u0433\u043e \u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044f \u041c\u0421\u042d \u0433-\u043d\u0430 \u0425\u043e\u0443\u043b\u0438\u043d\u044f \u0427\u0436\u0430\u043e CI-19/35 \u043e\u0442 23 \u0438\u044e\u043b\u044f 2019 \u0433\u043e\u0434\u0430, \u0438\u043c\u0435\u0435\u0442 \u0447\u0435\u0441\u0442\u044c \u0441\u043e\u043e\u0431\u0449\u0438\u0442\u044c \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u0435.

\u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u0430\u044f \u0424\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u044f \u043f\u0440\u0438\u0432\u0435\u0442\u0441\u0442\u0432\u0443\u0435\u0442 \u0438\u043d\u0438\u0446\u0438\u0430\u0442\u0438\u0432\u0443 \u043f\u0440\u043e\u0432\u0435\u0434\u0435\u043d\u0438\u044f \u0441\u0435\u0440\u0438\u0438 \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0445 \u0441\u0435\u0441\u0441\u0438\u0439 \u00ab\u0421\u043e\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u0442\u0435\u0445\u043d\u043e\u043b\u043e\u0433\u0438\u0447\u0435\u0441\u043a\u0438\u043c \u0438 \u0438\u043d\u043d\u043e\u0432\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u043c \u041c\u0421\u041f\u00bb \u0432 \u0440\u0430\u0437\u0432\u0438\u0442\u0438\u0435 \u0420\u0435\u0437\u043e\u043b\u044e\u0446\u0438\u0438 209 (\u0414\u0443\u0431\u0430\u0439, 2018 \u0433.) \u041f\u043e\u043b\u043d\u043e\u043c\u043e\u0447\u043d\u043e\u0439 \u043a\u043e\u043d\u0444\u0435\u0440\u0435\u043d\u0446\u0438\u0438 \u0438 \u0432\u044b\u0440\u0430\u0436\u0430\u0435\u0442 \u0437\u0430\u0438\u043d\u0442\u0435\u0440\u0435\u0441\u043e\u0432\u0430\u043d\u043d\u043e\u0441\u0442\u044c \u0432 \u0443\u0447\u0430\u0441\u0442\u0438\u0438 \u0432 \u043f\u0435\u0440\u0432\u043e\u0439 \u0441\u0435\u0441\u0441\u0438\u0438, \u043a\u043e\u0442\u043e\u0440\u0430\u044f \u0441\u043e\u0441\u0442\u043e\u0438\u0442\u0441\u044f \u0432 \u0445\u043e\u0434\u0435 \u0432\u044b\u0441\u0442\u0430\u0432\u043a\u0438 \u00abITU Telecom World 2019\u00bb (\u0411\u0443\u0434\u0430\u043f\u0435\u0448\u0442, 10 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f 2019 \u0433.).

\u0412 \u0441\u043e\u0441\u0442\u0430\u0432 \u0434\u0435\u043b\u0435\u0433\u0430\u0446\u0438\u0438 \u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u043e\u0439 \u0424\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u0438 \u0432\u043a\u043b\u044e\u0447\u0435\u043d\u044b:

1. \u041f\u0435\u0442\u0440\u043e\u0432 \u0410\u043b\u0435\u043a\u0441\u0435\u0439 \u0412\u0438\u043a\u0442\u043e\u0440\u043e\u0432\u0438\u0447 \u2013 \u0437\u0430\u043c\u0435\u0441\u0442\u0438\u0442\u0435\u043b\u044c \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u0430 \u0414\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442\u0430 \u043c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434\u043d\u043e\u0433\u043e \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u0430 \u041c\u0438\u043d\u043a\u043e\u043c\u0441\u0432\u044f\u0437\u0438 \u0420\u043e\u0441\u0441\u0438\u0438 (\u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c \u0434\u0435\u043b\u0435\u0433\u0430\u0446\u0438\u0438);
2. \u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430 \u041c\u0430\u0440\u0438\u043d\u0430 \u0418\u0433\u043e\u0440\u0435\u0432\u043d\u0430 \u2013 \u0441\u043e\u0432\u0435\u0442\u043d\u0438\u043a \u041f\u043e\u0441\u0442\u043e\u044f\u043d\u043d\u043e\u0433\u043e \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0430 \u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u043e\u0439 \u0424\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u0438 \u0432 \u0416\u0435\u043d\u0435\u0432\u0435.

\u041a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u043e\u0435 \u043b\u0438\u0446\u043e \u0432 \u041f\u043e\u0441\u0442\u043f\u0440\u0435\u0434\u0441\u0442\u0432\u0435 \u2013 \u0432\u0442\u043e\u0440\u043e\u0439 \u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c \u0418\u0432\u0430\u043d\u043e\u0432 \u0414.\u0421. (\u0442\u0435\u043b. +41 22 733 18 70).

\u041f\u043e\u0441\u0442\u043e\u044f\u043d\u043d\u043e\u0435 \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e \u043f\u043e\u043b\u044c\u0437\u0443\u0435\u0442\u0441\u044f \u0441\u043b\u0443\u0447\u0430\u0435\u043c, \u0447\u0442\u043e\u0431\u044b \u0432\u043e\u0437\u043e\u0431\u043d\u043e\u0432\u0438\u0442\u044c \u0413\u0435\u043d\u0435\u0440\u0430\u043b\u044c\u043d\u043e\u043c\u0443 \u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u0438\u0430\u0442\u0443 \u041c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434\u043d\u043e\u0433\u043e \u0441\u043e\u044e\u0437\u0430 \u044d\u043b\u0435\u043a\u0442\u0440\u043e\u0441\u0432\u044f\u0437\u0438 \u0443\u0432\u0435\u0440\u0435\u043d\u0438\u044f \u0432 \u0441\u0432\u043e\u0435\u043c \u0432\u044b\u0441\u043e\u043a\u043e\u043c \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0438.

\u0416\u0435\u043d\u0435\u0432\u0430, 15 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 2019 \u0433\u043e\u0434\u0430

\u0413\u0415\u041d\u0415\u0420\u0410\u041b\u042c\u041d\u041e\u041c\u0423 \u0421\u0415\u041a\u0420\u0415\u0422\u0410\u0420\u0418\u0410\u0422\u0423
\u041c\u0415\u0416\u0414\u0423\u041d\u0410\u0420\u041e\u0414\u041d\u041e\u0413\u041e \u0421\u041e\u042e\u0417\u0410 \u042d\u041b\u0415\u041a\u0422\u0420\u041e\u0421\u0412\u042f\u0417\u0418
\u0433. \u0416\u0435\u043d\u0435\u0432\u0430"""
add(key="rus", itu_off=0, lang="ru", kind="nomination", state="RUS",
    dels=[D("\u041f\u0435\u0442\u0440\u043e\u0432 \u0410\u043b\u0435\u043a\u0441\u0435\u0439 \u0412\u0438\u043a\u0442\u043e\u0440\u043e\u0432\u0438\u0447",
            title="\u0437\u0430\u043c\u0435\u0441\u0442\u0438\u0442\u0435\u043b\u044c \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u0430 \u0414\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442\u0430 \u043c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434\u043d\u043e\u0433\u043e \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u0430 \u041c\u0438\u043d\u043a\u043e\u043c\u0441\u0432\u044f\u0437\u0438 \u0420\u043e\u0441\u0441\u0438\u0438"),
          D("\u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430 \u041c\u0430\u0440\u0438\u043d\u0430 \u0418\u0433\u043e\u0440\u0435\u0432\u043d\u0430",
            title="\u0441\u043e\u0432\u0435\u0442\u043d\u0438\u043a \u041f\u043e\u0441\u0442\u043e\u044f\u043d\u043d\u043e\u0433\u043e \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0430 \u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u043e\u0439 \u0424\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u0438 \u0432 \u0416\u0435\u043d\u0435\u0432\u0435")],
    sess=[B],
    frm=("\u041f\u043e\u0441\u0442\u043f\u0440\u0435\u0434\u0441\u0442\u0432\u043e \u0420\u043e\u0441\u0441\u0438\u0438 \u0432 \u0416\u0435\u043d\u0435\u0432\u0435", "mission.russian@mid.ru"),
    hcs="windows-1251",
    subj="\u041d\u043e\u0442\u0430 \u2116 2847 - \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e CI-19/35",
    date=("2019-08-15 17:05:48", 2), client="lotus", cs="windows-1251", cte="base64",
    text=RUS_NV + "\n", tags=["long formal note verbale", "SG's name inflected in running text", "contact person not a delegate", "koi8-r base64"])

add(key="blr1", lang="ru", kind="nomination", state="BLR",
    dels=[D("\u041a\u043e\u0432\u0430\u043b\u0435\u0432\u0438\u0447 \u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0410\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440\u043e\u0432\u0438\u0447",
            title="\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u0437\u0430\u0446\u0438\u0438", email="kovalevich@mpt.gov.by")],
    sess=[B],
    frm=("\u0421\u0432\u0435\u0442\u043b\u0430\u043d\u0430 \u0416\u0443\u043a", "zhuk@mpt.gov.by"), hcs="koi8-r",
    subj="CI-19/35 \u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0430 \u0411\u0435\u043b\u0430\u0440\u0443\u0441\u044c",
    date=("2019-08-02 11:12:30", 3), client="thunderbird", cs="koi8-r", cte="8bit",
    text="""\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0435 \u043a\u043e\u043b\u043b\u0435\u0433\u0438!

\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u0441\u0432\u044f\u0437\u0438 \u0438 \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u0437\u0430\u0446\u0438\u0438 \u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0438 \u0411\u0435\u043b\u0430\u0440\u0443\u0441\u044c \u0432\u044b\u0440\u0430\u0436\u0430\u0435\u0442 \u0437\u0430\u0438\u043d\u0442\u0435\u0440\u0435\u0441\u043e\u0432\u0430\u043d\u043d\u043e\u0441\u0442\u044c \u0432 \u0443\u0447\u0430\u0441\u0442\u0438\u0438 \u0432 \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u044f\u0445 \u043f\u043e \u0442\u0435\u043c\u0435 "\u0421\u043e\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435 \u0442\u0435\u0445\u043d\u043e\u043b\u043e\u0433\u0438\u0447\u0435\u0441\u043a\u0438\u043c \u0438 \u0438\u043d\u043d\u043e\u0432\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u043c \u041c\u0421\u041f".

\u041a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0443\u0440\u0430 \u0434\u043b\u044f \u0443\u0447\u0430\u0441\u0442\u0438\u044f \u0432 \u043f\u0435\u0440\u0432\u043e\u0439 \u0441\u0435\u0441\u0441\u0438\u0438:
\u041a\u043e\u0432\u0430\u043b\u0435\u0432\u0438\u0447 \u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0410\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440\u043e\u0432\u0438\u0447, \u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u0437\u0430\u0446\u0438\u0438,
e-mail: kovalevich@mpt.gov.by

\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,
\u0421.\u0412. \u0416\u0443\u043a
\u0433\u043b\u0430\u0432\u043d\u044b\u0439 \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442 \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u043c\u0435\u0436\u0434\u0443\u043d\u0430\u0440\u043e\u0434\u043d\u043e\u0433\u043e \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u0430
\u0442\u0435\u043b. +375 17 287 87 12
""")
add(key="blr2", lang="ru", kind="correction", state="BLR", sup="blr1",
    dels=[D("\u041a\u043e\u0432\u0430\u043b\u0435\u0432\u0438\u0447 \u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0410\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440\u043e\u0432\u0438\u0447",
            aliases=["\u041a\u043e\u0432\u0430\u043b\u0435\u0432\u0438\u0447 \u0414.\u0410."],
            title="\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u0437\u0430\u0446\u0438\u0438", email="kovalevich@mpt.gov.by"),
          D("\u0428\u0430\u043f\u043e\u0448\u043d\u0438\u043a\u043e\u0432\u0430 \u0415\u043b\u0435\u043d\u0430 \u0412\u0430\u0441\u0438\u043b\u044c\u0435\u0432\u043d\u0430",
            aliases=["\u0428\u0430\u043f\u043e\u0448\u043d\u0438\u043a\u043e\u0432\u0443 \u0415\u043b\u0435\u043d\u0443 \u0412\u0430\u0441\u0438\u043b\u044c\u0435\u0432\u043d\u0443"],
            title="\u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u043d\u0442 \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u0437\u0430\u0446\u0438\u0438", email="shaposhnikova@mpt.gov.by")],
    sess=[B],
    frm=("\u0421\u0432\u0435\u0442\u043b\u0430\u043d\u0430 \u0416\u0443\u043a", "zhuk@mpt.gov.by"), hcs="koi8-r",
    subj="Re: CI-19/35 \u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0430 \u0411\u0435\u043b\u0430\u0440\u0443\u0441\u044c - \u0434\u043e\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0435",
    date=("2019-08-14 09:48:12", 3), client="thunderbird", cs="koi8-r", cte="8bit", irt="blr1",
    text="""\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0435 \u043a\u043e\u043b\u043b\u0435\u0433\u0438!

\u0412 \u0434\u043e\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u0435 \u043a \u043f\u0438\u0441\u044c\u043c\u0443 \u043e\u0442 2 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 \u043f\u0440\u043e\u0441\u0438\u043c \u0432\u043a\u043b\u044e\u0447\u0438\u0442\u044c \u0432 \u0441\u043e\u0441\u0442\u0430\u0432 \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432 \u0441\u0435\u0441\u0441\u0438\u0438 \u0432 \u0411\u0443\u0434\u0430\u043f\u0435\u0448\u0442\u0435, \u043f\u043e\u043c\u0438\u043c\u043e \u041a\u043e\u0432\u0430\u043b\u0435\u0432\u0438\u0447\u0430 \u0414.\u0410., \u0433-\u0436\u0443 \u0428\u0430\u043f\u043e\u0448\u043d\u0438\u043a\u043e\u0432\u0443 \u0415\u043b\u0435\u043d\u0443 \u0412\u0430\u0441\u0438\u043b\u044c\u0435\u0432\u043d\u0443, \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u043d\u0442\u0430 \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u0437\u0430\u0446\u0438\u0438 (shaposhnikova@mpt.gov.by).

\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,
\u0421.\u0412. \u0416\u0443\u043a

02.08.2019 11:12, \u0421\u0432\u0435\u0442\u043b\u0430\u043d\u0430 \u0416\u0443\u043a \u043f\u0438\u0448\u0435\u0442:
> \u041a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0443\u0440\u0430 \u0434\u043b\u044f \u0443\u0447\u0430\u0441\u0442\u0438\u044f \u0432 \u043f\u0435\u0440\u0432\u043e\u0439 \u0441\u0435\u0441\u0441\u0438\u0438:
> \u041a\u043e\u0432\u0430\u043b\u0435\u0432\u0438\u0447 \u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u0410\u043b\u0435\u043a\u0441\u0430\u043d\u0434\u0440\u043e\u0432\u0438\u0447, \u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a \u0443\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u0437\u0430\u0446\u0438\u0438,
> e-mail: kovalevich@mpt.gov.by
""", tags=["correction: person added", "inflected (accusative) name", "initials form"])

add(key="tkm", lang="ru", kind="nomination", state="TKM",
    dels=[D("\u0410\u043d\u043d\u0430\u0435\u0432 \u041c\u0435\u0440\u0433\u0435\u043d \u0414\u043e\u0432\u043b\u0435\u0442\u043e\u0432\u0438\u0447", aliases=["Mergen Annaev"],
            title="\u0432\u0435\u0434\u0443\u0449\u0438\u0439 \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442 \u043e\u0442\u0434\u0435\u043b\u0430 \u0446\u0438\u0444\u0440\u043e\u0432\u043e\u0439 \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0438", email="m.annaev@mcc.gov.tm")],
    sess=[B],
    frm=("Mergen Annaev", "m.annaev@mcc.gov.tm"),
    subj="\u041f\u043e\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043d\u0438\u0435 \u0443\u0447\u0430\u0441\u0442\u0438\u044f - \u0422\u0443\u0440\u043a\u043c\u0435\u043d\u0438\u0441\u0442\u0430\u043d",
    date=("2019-08-13 12:27:45", 5), client="webmail", cs="utf-8", cte="quoted-printable",
    text="""\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439 \u0433\u043e\u0441\u043f\u043e\u0434\u0438\u043d \u041a\u043b\u0430\u0440\u043a!

\u042f, \u0410\u043d\u043d\u0430\u0435\u0432 \u041c\u0435\u0440\u0433\u0435\u043d \u0414\u043e\u0432\u043b\u0435\u0442\u043e\u0432\u0438\u0447, \u0432\u0435\u0434\u0443\u0449\u0438\u0439 \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442 \u043e\u0442\u0434\u0435\u043b\u0430 \u0446\u0438\u0444\u0440\u043e\u0432\u043e\u0439 \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0438, \u043f\u043e \u043f\u043e\u0440\u0443\u0447\u0435\u043d\u0438\u044e \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0441\u0442\u0432\u0430 \u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430 \u0441\u0432\u044f\u0437\u0438 \u0422\u0443\u0440\u043a\u043c\u0435\u043d\u0438\u0441\u0442\u0430\u043d\u0430 \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0430\u044e \u0441\u0432\u043e\u0435 \u0443\u0447\u0430\u0441\u0442\u0438\u0435 \u0432 \u043f\u0435\u0440\u0432\u043e\u0439 \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u043e\u043d\u043d\u043e\u0439 \u0441\u0435\u0441\u0441\u0438\u0438 (\u0411\u0443\u0434\u0430\u043f\u0435\u0448\u0442, 10 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f). \u041e\u0444\u0438\u0446\u0438\u0430\u043b\u044c\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e \u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430 \u0431\u0443\u0434\u0435\u0442 \u043d\u0430\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e \u0447\u0435\u0440\u0435\u0437 \u041f\u043e\u0441\u043e\u043b\u044c\u0441\u0442\u0432\u043e \u0422\u0443\u0440\u043a\u043c\u0435\u043d\u0438\u0441\u0442\u0430\u043d\u0430 \u0432 \u0416\u0435\u043d\u0435\u0432\u0435.

\u041c\u043e\u0438 \u043a\u043e\u043d\u0442\u0430\u043a\u0442\u044b: m.annaev@mcc.gov.tm, \u043c\u043e\u0431. +993 65 31 22 07.

\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,
\u041c. \u0410\u043d\u043d\u0430\u0435\u0432
""", tags=["nominee writes about himself on behalf of the ministry", "Latin display name, Cyrillic body"])

add(key="aze_q", lang="ru", kind="inquiry", state="AZE",
    frm=("Leyla Hasanova", "l.hasanova@mincom.gov.az"),
    subj="\u0412\u043e\u043f\u0440\u043e\u0441 \u043f\u043e \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u0443 CI-19/35",
    date=("2019-07-26 14:55:09", 4), client="outlook", struct="alt", cs="windows-1251", cte="quoted-printable",
    hcs="windows-1251", clang="ru-RU", hlang="RU",
    text="""\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439 \u041a\u0440\u0438\u0441\u0442\u043e\u0444\u0435\u0440,

\u043f\u043e\u0434\u0441\u043a\u0430\u0436\u0438\u0442\u0435, \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430: \u0431\u0443\u0434\u0435\u0442 \u043b\u0438 \u043f\u0440\u0435\u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d \u0441\u0438\u043d\u0445\u0440\u043e\u043d\u043d\u044b\u0439 \u043f\u0435\u0440\u0435\u0432\u043e\u0434 \u043d\u0430 \u0440\u0443\u0441\u0441\u043a\u0438\u0439 \u044f\u0437\u044b\u043a \u043d\u0430 \u0441\u0435\u0441\u0441\u0438\u0438 \u0432 \u0411\u0443\u0434\u0430\u043f\u0435\u0448\u0442\u0435 \u0438 \u043d\u0443\u0436\u043d\u0430 \u043b\u0438 \u043e\u0442\u0434\u0435\u043b\u044c\u043d\u0430\u044f \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044f \u043d\u0430 ITU Telecom World \u0434\u043b\u044f \u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u043e\u0432 \u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u0438? \u041e\u0442 \u044d\u0442\u043e\u0433\u043e \u0437\u0430\u0432\u0438\u0441\u0438\u0442, \u043a\u043e\u0433\u043e \u043c\u044b \u0441\u043c\u043e\u0436\u0435\u043c \u043d\u0430\u043f\u0440\u0430\u0432\u0438\u0442\u044c.

\u0417\u0430\u0440\u0430\u043d\u0435\u0435 \u0441\u043f\u0430\u0441\u0438\u0431\u043e,
\u041b\u0435\u0439\u043b\u0430 \u0413\u0430\u0441\u0430\u043d\u043e\u0432\u0430
\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u0442\u0440\u0430\u043d\u0441\u043f\u043e\u0440\u0442\u0430, \u0441\u0432\u044f\u0437\u0438 \u0438 \u0432\u044b\u0441\u043e\u043a\u0438\u0445 \u0442\u0435\u0445\u043d\u043e\u043b\u043e\u0433\u0438\u0439 \u0410\u0437\u0435\u0440\u0431\u0430\u0439\u0434\u0436\u0430\u043d\u0441\u043a\u043e\u0439 \u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0438
""", tags=["inquiry in Russian from Azerbaijan"])

add(key="arm_ooo", lang="ru", kind="auto_reply",
    frm=("Artur Hovhannisyan", "a.hovhannisyan@mtad.am"),
    subj="\u0410\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\u0438\u0439 \u043e\u0442\u0432\u0435\u0442: " + CIRC_SUBJ,
    date=("2019-07-23 16:12:33", 4), client="outlook", cs="utf-8", cte="base64", irt="circ", clang="ru-RU",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435!

\u042f \u043d\u0430\u0445\u043e\u0436\u0443\u0441\u044c \u0432 \u043e\u0442\u043f\u0443\u0441\u043a\u0435 \u0434\u043e 19 \u0430\u0432\u0433\u0443\u0441\u0442\u0430 2019 \u0433. \u041f\u043e \u0441\u0440\u043e\u0447\u043d\u044b\u043c \u0432\u043e\u043f\u0440\u043e\u0441\u0430\u043c \u043e\u0431\u0440\u0430\u0449\u0430\u0439\u0442\u0435\u0441\u044c \u043a \u041e\u0433\u0430\u043d\u0435\u0441\u044f\u043d\u0443 \u0410\u0440\u043c\u0435\u043d\u0443 (a.oganesyan@mtad.am).

\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,
\u0410\u0440\u0442\u0443\u0440 \u041e\u0432\u0430\u043d\u043d\u0438\u0441\u044f\u043d
""", tags=["auto-reply naming a colleague (dative)"])

# ==========================================================================
# Arabic
# ==========================================================================
add(key="are", lang="ar", kind="nomination", state="ARE",
    dels=[D("\u0645\u0631\u064a\u0645 \u0623\u062d\u0645\u062f \u0627\u0644\u0634\u0627\u0645\u0633\u064a", aliases=["Maryam Ahmed Al Shamsi"],
            title="\u0645\u062f\u064a\u0631 \u0625\u062f\u0627\u0631\u0629 \u0627\u0644\u0627\u0628\u062a\u0643\u0627\u0631 \u0648\u0627\u0644\u0645\u0624\u0633\u0633\u0627\u062a \u0627\u0644\u0646\u0627\u0634\u0626\u0629 / Director, Innovation and Start-ups Department",
            email="maryam.alshamsi@tdra.gov.ae")],
    sess=[B],
    frm=("International Relations - TDRA", "intl.relations@tdra.gov.ae"),
    subj="\u0631\u062f: CI-19/35 - \u062a\u0631\u0634\u064a\u062d \u062f\u0648\u0644\u0629 \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a / UAE nomination",
    date=("2019-08-17 01:15:20", 4), client="outlook", struct="alt", cs="utf-8", cte="base64", rtl=True,
    clang="ar-AE", hlang="AR-SA", irt="circ", font="Sakkal Majalla",
    text="""\u0627\u0644\u0633\u064a\u062f \u0643\u0631\u064a\u0633\u062a\u0648\u0641\u0631 \u0643\u0644\u0627\u0631\u0643 \u0627\u0644\u0645\u062d\u062a\u0631\u0645\u060c

\u062a\u062d\u064a\u0629 \u0637\u064a\u0628\u0629 \u0648\u0628\u0639\u062f\u060c

\u0628\u0627\u0644\u0625\u0634\u0627\u0631\u0629 \u0625\u0644\u0649 \u0627\u0644\u062a\u0639\u0645\u064a\u0645 \u0631\u0642\u0645 CI-19/35\u060c \u062a\u0648\u062f \u0627\u0644\u0647\u064a\u0626\u0629 \u0627\u0644\u0639\u0627\u0645\u0629 \u0644\u062a\u0646\u0638\u064a\u0645 \u0642\u0637\u0627\u0639 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0648\u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0627\u0644\u0631\u0642\u0645\u064a\u0629 \u0625\u0641\u0627\u062f\u062a\u0643\u0645 \u0628\u0627\u0647\u062a\u0645\u0627\u0645 \u062f\u0648\u0644\u0629 \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0627\u0644\u0645\u062a\u062d\u062f\u0629 \u0628\u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0641\u064a \u062c\u0644\u0633\u0629 \u0627\u0644\u062a\u0634\u0627\u0648\u0631 \u0627\u0644\u0623\u0648\u0644\u0649 \u0641\u064a \u0628\u0648\u062f\u0627\u0628\u0633\u062a\u060c \u0648\u062a\u0631\u0634\u064a\u062d \u0627\u0644\u0645\u0647\u0646\u062f\u0633\u0629 \u0645\u0631\u064a\u0645 \u0623\u062d\u0645\u062f \u0627\u0644\u0634\u0627\u0645\u0633\u064a\u060c \u0645\u062f\u064a\u0631 \u0625\u062f\u0627\u0631\u0629 \u0627\u0644\u0627\u0628\u062a\u0643\u0627\u0631 \u0648\u0627\u0644\u0645\u0624\u0633\u0633\u0627\u062a \u0627\u0644\u0646\u0627\u0634\u0626\u0629\u060c \u0644\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0641\u064a\u0647\u0627 (\u0627\u0644\u0628\u0631\u064a\u062f \u0627\u0644\u0625\u0644\u0643\u062a\u0631\u0648\u0646\u064a: maryam.alshamsi@tdra.gov.ae).

\u0648\u062a\u0641\u0636\u0644\u0648\u0627 \u0628\u0642\u0628\u0648\u0644 \u0641\u0627\u0626\u0642 \u0627\u0644\u0627\u062d\u062a\u0631\u0627\u0645\u060c

Dear Mr. Clark,

With reference to Circular CI-19/35, the Telecommunications and Digital Government Regulatory Authority (TDRA) is pleased to confirm the interest of the United Arab Emirates in the first consultation session in Budapest and to nominate Eng. Maryam Ahmed Al Shamsi, Director, Innovation and Start-ups Department.

Best regards,

\u0625\u062f\u0627\u0631\u0629 \u0627\u0644\u0639\u0644\u0627\u0642\u0627\u062a \u0627\u0644\u062f\u0648\u0644\u064a\u0629 | International Relations Department
\u0627\u0644\u0647\u064a\u0626\u0629 \u0627\u0644\u0639\u0627\u0645\u0629 \u0644\u062a\u0646\u0638\u064a\u0645 \u0642\u0637\u0627\u0639 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0648\u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0627\u0644\u0631\u0642\u0645\u064a\u0629 | TDRA
\u0623\u0628\u0648\u0638\u0628\u064a\u060c \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0627\u0644\u0645\u062a\u062d\u062f\u0629

""" + q_outlook("Tuesday, July 23, 2019 4:12 PM", "", lang="ar", paras=[1, 2, 3]),
    tags=["bilingual Arabic then English (language = ar)", "Latin alias", "Saturday 01:15 in Abu Dhabi = Friday 23:15 Geneva"])

SAU_NV = """\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645

\u0627\u0644\u0628\u0639\u062b\u0629 \u0627\u0644\u062f\u0627\u0626\u0645\u0629 \u0644\u0644\u0645\u0645\u0644\u0643\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 \u0644\u062f\u0649 \u0645\u0643\u062a\u0628 \u0627\u0644\u0623\u0645\u0645 \u0627\u0644\u0645\u062a\u062d\u062f\u0629 \u0648\u0627\u0644\u0645\u0646\u0638\u0645\u0627\u062a \u0627\u0644\u062f\u0648\u0644\u064a\u0629 \u0627\u0644\u0623\u062e\u0631\u0649 \u0628\u062c\u0646\u064a\u0641

\u0627\u0644\u0631\u0642\u0645: 4/3/1/2871
\u0627\u0644\u062a\u0627\u0631\u064a\u062e: 10/12/1440\u0647\u0640 \u0627\u0644\u0645\u0648\u0627\u0641\u0642 11/08/2019\u0645

\u0645\u0630\u0643\u0631\u0629 \u0634\u0641\u0648\u064a\u0629

\u062a\u0647\u062f\u064a \u0627\u0644\u0628\u0639\u062b\u0629 \u0627\u0644\u062f\u0627\u0626\u0645\u0629 \u0644\u0644\u0645\u0645\u0644\u0643\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 \u0644\u062f\u0649 \u0645\u0643\u062a\u0628 \u0627\u0644\u0623\u0645\u0645 \u0627\u0644\u0645\u062a\u062d\u062f\u0629 \u0648\u0627\u0644\u0645\u0646\u0638\u0645\u0627\u062a \u0627\u0644\u062f\u0648\u0644\u064a\u0629 \u0627\u0644\u0623\u062e\u0631\u0649 \u0628\u062c\u0646\u064a\u0641 \u0623\u0637\u064a\u0628 \u062a\u062d\u064a\u0627\u062a\u0647\u0627 \u0625\u0644\u0649 \u0627\u0644\u0623\u0645\u0627\u0646\u0629 \u0627\u0644\u0639\u0627\u0645\u0629 \u0644\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u062f\u0648\u0644\u064a \u0644\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a\u060c \u0648\u0628\u0627\u0644\u0625\u0634\u0627\u0631\u0629 \u0625\u0644\u0649 \u0627\u0644\u0631\u0633\u0627\u0644\u0629 \u0627\u0644\u0645\u0639\u0645\u0645\u0629 \u0631\u0642\u0645 CI-19/35 \u0627\u0644\u0645\u0624\u0631\u062e\u0629 \u0641\u064a 23 \u064a\u0648\u0644\u064a\u0648 2019\u0645 \u0628\u0634\u0623\u0646 \u0633\u0644\u0633\u0644\u0629 \u062c\u0644\u0633\u0627\u062a \u0627\u0644\u062a\u0634\u0627\u0648\u0631 \u0644\u0644\u062f\u0648\u0644 \u0627\u0644\u0623\u0639\u0636\u0627\u0621 \u0628\u0639\u0646\u0648\u0627\u0646 "\u062a\u0634\u062c\u064a\u0639 \u0627\u0644\u0634\u0631\u0643\u0627\u062a \u0627\u0644\u0635\u063a\u064a\u0631\u0629 \u0648\u0627\u0644\u0645\u062a\u0648\u0633\u0637\u0629 \u0627\u0644\u0639\u0627\u0645\u0644\u0629 \u0641\u064a \u0645\u062c\u0627\u0644 \u0627\u0644\u062a\u0643\u0646\u0648\u0644\u0648\u062c\u064a\u0627 \u0648\u0627\u0644\u0627\u0628\u062a\u0643\u0627\u0631"\u060c \u062a\u062a\u0634\u0631\u0641 \u0628\u0623\u0646 \u062a\u062d\u064a\u0637\u0647\u0627 \u0639\u0644\u0645\u0627\u064b \u0628\u0645\u0627 \u064a\u0644\u064a:

\u062a\u0631\u062d\u0628 \u062d\u0643\u0648\u0645\u0629 \u0627\u0644\u0645\u0645\u0644\u0643\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 \u0628\u0645\u0628\u0627\u062f\u0631\u0629 \u0645\u0639\u0627\u0644\u064a \u0627\u0644\u0623\u0645\u064a\u0646 \u0627\u0644\u0639\u0627\u0645 \u0644\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u0633\u064a\u062f \u0647\u0648\u0644\u064a\u0646 \u062c\u0627\u0648 \u0627\u0644\u0631\u0627\u0645\u064a\u0629 \u0625\u0644\u0649 \u062a\u0639\u0632\u064a\u0632 \u0645\u0634\u0627\u0631\u0643\u0629 \u0627\u0644\u0634\u0631\u0643\u0627\u062a \u0627\u0644\u0635\u063a\u064a\u0631\u0629 \u0648\u0627\u0644\u0645\u062a\u0648\u0633\u0637\u0629 \u0641\u064a \u0623\u0639\u0645\u0627\u0644 \u0627\u0644\u0627\u062a\u062d\u0627\u062f \u062a\u0646\u0641\u064a\u0630\u0627\u064b \u0644\u0644\u0642\u0631\u0627\u0631 209 (\u062f\u0628\u064a\u060c 2018)\u060c \u0648\u062a\u0624\u0643\u062f \u062d\u0631\u0635\u0647\u0627 \u0639\u0644\u0649 \u0645\u0634\u0627\u0631\u0643\u0629 \u062a\u062c\u0631\u0628\u062a\u0647\u0627 \u0627\u0644\u0648\u0637\u0646\u064a\u0629 \u0641\u064a \u062f\u0639\u0645 \u0631\u064a\u0627\u062f\u0629 \u0627\u0644\u0623\u0639\u0645\u0627\u0644 \u0627\u0644\u0631\u0642\u0645\u064a\u0629 \u0641\u064a \u0625\u0637\u0627\u0631 \u0631\u0624\u064a\u0629 \u0627\u0644\u0645\u0645\u0644\u0643\u0629 2030.

\u0648\u0639\u0644\u064a\u0647\u060c \u062a\u062a\u0634\u0631\u0641 \u0627\u0644\u0628\u0639\u062b\u0629 \u0628\u0625\u0628\u0644\u0627\u063a \u0627\u0644\u0623\u0645\u0627\u0646\u0629 \u0627\u0644\u0639\u0627\u0645\u0629 \u0628\u062a\u0631\u0634\u064a\u062d \u0643\u0644 \u0645\u0646:
1- \u0627\u0644\u0623\u0633\u062a\u0627\u0630/ \u0641\u064a\u0635\u0644 \u0628\u0646 \u0639\u0628\u062f\u0627\u0644\u0639\u0632\u064a\u0632 \u0627\u0644\u0642\u062d\u0637\u0627\u0646\u064a\u060c \u0645\u062f\u064a\u0631 \u0639\u0627\u0645 \u062a\u0645\u0643\u064a\u0646 \u0631\u064a\u0627\u062f\u0629 \u0627\u0644\u0623\u0639\u0645\u0627\u0644 \u0627\u0644\u0631\u0642\u0645\u064a\u0629 \u0628\u0647\u064a\u0626\u0629 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0648\u062a\u0642\u0646\u064a\u0629 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a.
2- \u0627\u0644\u062f\u0643\u062a\u0648\u0631\u0629/ \u0646\u0648\u0631\u0629 \u0628\u0646\u062a \u0633\u0639\u062f \u0627\u0644\u0639\u062a\u064a\u0628\u064a\u060c \u0645\u0633\u062a\u0634\u0627\u0631\u0629 \u0628\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0648\u062a\u0642\u0646\u064a\u0629 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a.

\u0648\u0630\u0644\u0643 \u0644\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0641\u064a \u0627\u0644\u062c\u0644\u0633\u0629 \u0627\u0644\u0623\u0648\u0644\u0649 \u0627\u0644\u062a\u064a \u0633\u062a\u0639\u0642\u062f \u0641\u064a \u0645\u062f\u064a\u0646\u0629 \u0628\u0648\u062f\u0627\u0628\u0633\u062a \u0628\u062a\u0627\u0631\u064a\u062e 10 \u0633\u0628\u062a\u0645\u0628\u0631 2019\u0645 \u0639\u0644\u0649 \u0647\u0627\u0645\u0634 \u0645\u0639\u0631\u0636 \u062a\u0644\u064a\u0643\u0648\u0645 \u0627\u0644\u0639\u0627\u0644\u0645\u064a \u0644\u0644\u0627\u062a\u062d\u0627\u062f 2019.

\u062a\u063a\u062a\u0646\u0645 \u0627\u0644\u0628\u0639\u062b\u0629 \u0627\u0644\u062f\u0627\u0626\u0645\u0629 \u0644\u0644\u0645\u0645\u0644\u0643\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 \u0647\u0630\u0647 \u0627\u0644\u0645\u0646\u0627\u0633\u0628\u0629 \u0644\u062a\u0639\u0631\u0628 \u0644\u0644\u0623\u0645\u0627\u0646\u0629 \u0627\u0644\u0639\u0627\u0645\u0629 \u0644\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u062f\u0648\u0644\u064a \u0644\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0639\u0646 \u0641\u0627\u0626\u0642 \u062a\u0642\u062f\u064a\u0631\u0647\u0627 \u0648\u0627\u062d\u062a\u0631\u0627\u0645\u0647\u0627.

\u0627\u0644\u0623\u0645\u0627\u0646\u0629 \u0627\u0644\u0639\u0627\u0645\u0629 \u0644\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u062f\u0648\u0644\u064a \u0644\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a
\u062c\u0646\u064a\u0641"""
add(key="sau", lang="ar", kind="nomination", state="SAU",
    dels=[D("\u0641\u064a\u0635\u0644 \u0628\u0646 \u0639\u0628\u062f\u0627\u0644\u0639\u0632\u064a\u0632 \u0627\u0644\u0642\u062d\u0637\u0627\u0646\u064a",
            title="\u0645\u062f\u064a\u0631 \u0639\u0627\u0645 \u062a\u0645\u0643\u064a\u0646 \u0631\u064a\u0627\u062f\u0629 \u0627\u0644\u0623\u0639\u0645\u0627\u0644 \u0627\u0644\u0631\u0642\u0645\u064a\u0629 \u0628\u0647\u064a\u0626\u0629 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0648\u062a\u0642\u0646\u064a\u0629 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a"),
          D("\u0646\u0648\u0631\u0629 \u0628\u0646\u062a \u0633\u0639\u062f \u0627\u0644\u0639\u062a\u064a\u0628\u064a",
            title="\u0645\u0633\u062a\u0634\u0627\u0631\u0629 \u0628\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0648\u062a\u0642\u0646\u064a\u0629 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a")],
    sess=[B],
    frm=("\u0627\u0644\u0628\u0639\u062b\u0629 \u0627\u0644\u062f\u0627\u0626\u0645\u0629 \u0644\u0644\u0645\u0645\u0644\u0643\u0629 - \u062c\u0646\u064a\u0641", "gvamission@mofa.gov.sa"),
    hcs="windows-1256",
    subj="\u0645\u0630\u0643\u0631\u0629 \u0634\u0641\u0648\u064a\u0629 \u0631\u0642\u0645 2871 - \u0627\u0644\u0631\u0633\u0627\u0644\u0629 \u0627\u0644\u0645\u0639\u0645\u0645\u0629 CI-19/35",
    date=("2019-08-11 12:30:16", 2), client="outlook", struct="alt", cs="windows-1256", cte="base64", rtl=True,
    clang="ar-SA", hlang="AR-SA", font="Traditional Arabic",
    text=SAU_NV + "\n", tags=["long formal note verbale", "honorific prefixes with slash (al-Ustadh/, al-Duktura/)", "SG's Arabic name"])

QAT_HTML = entity_html("""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body dir="rtl" style="font-family:Tahoma;font-size:10pt">
<p>\u0627\u0644\u0633\u0627\u062f\u0629 \u0627\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u062f\u0648\u0644\u064a \u0644\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0627\u0644\u0645\u062d\u062a\u0631\u0645\u064a\u0646\u060c</p>
<p>\u062a\u062d\u064a\u0629 \u0637\u064a\u0628\u0629\u060c \u0648\u0628\u0627\u0644\u0625\u0634\u0627\u0631\u0629 \u0625\u0644\u0649 \u0627\u0644\u062a\u0639\u0645\u064a\u0645 CI-19/35\u060c \u064a\u0633\u0631 \u0647\u064a\u0626\u0629 \u062a\u0646\u0638\u064a\u0645 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0641\u064a \u062f\u0648\u0644\u0629 \u0642\u0637\u0631 \u0625\u0641\u0627\u062f\u062a\u0643\u0645 \u0628\u0628\u064a\u0627\u0646\u0627\u062a \u0645\u0645\u062b\u0644 \u062f\u0648\u0644\u0629 \u0642\u0637\u0631 \u0641\u064a \u062c\u0644\u0633\u0629 \u0627\u0644\u062a\u0634\u0627\u0648\u0631 \u0627\u0644\u0623\u0648\u0644\u0649 (\u0628\u0648\u062f\u0627\u0628\u0633\u062a\u060c 10 \u0633\u0628\u062a\u0645\u0628\u0631 2019):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>\u0627\u0644\u0627\u0633\u0645</th><th>Name</th><th>\u0627\u0644\u0645\u0633\u0645\u0649 \u0627\u0644\u0648\u0638\u064a\u0641\u064a</th><th>\u0627\u0644\u0628\u0631\u064a\u062f \u0627\u0644\u0625\u0644\u0643\u062a\u0631\u0648\u0646\u064a</th></tr>
<tr><td>\u0627\u0644\u0633\u064a\u062f \u062e\u0627\u0644\u062f \u062c\u0627\u0633\u0645 \u0627\u0644\u0645\u0647\u0646\u062f\u064a</td><td>Mr. Khalid Jassim Al-Muhannadi</td><td>\u0631\u0626\u064a\u0633 \u0642\u0633\u0645 \u0627\u0644\u0627\u0628\u062a\u0643\u0627\u0631 \u0627\u0644\u0631\u0642\u0645\u064a</td><td>kalmuhannadi@cra.gov.qa</td></tr>
</table>
<p>\u0645\u0639 \u062e\u0627\u0644\u0635 \u0627\u0644\u062a\u062d\u064a\u0629\u060c</p>
<p>\u0633\u0627\u0631\u0629 \u0627\u0644\u0643\u0648\u0627\u0631\u064a<br>\u0625\u062f\u0627\u0631\u0629 \u0627\u0644\u0634\u0624\u0648\u0646 \u0627\u0644\u062f\u0648\u0644\u064a\u0629<br>\u0647\u064a\u0626\u0629 \u062a\u0646\u0638\u064a\u0645 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a - \u0627\u0644\u062f\u0648\u062d\u0629</p>
</body></html>
""")
add(key="qat", lang="ar", kind="nomination", state="QAT",
    dels=[D("\u062e\u0627\u0644\u062f \u062c\u0627\u0633\u0645 \u0627\u0644\u0645\u0647\u0646\u062f\u064a", aliases=["Khalid Jassim Al-Muhannadi"],
            title="\u0631\u0626\u064a\u0633 \u0642\u0633\u0645 \u0627\u0644\u0627\u0628\u062a\u0643\u0627\u0631 \u0627\u0644\u0631\u0642\u0645\u064a", email="kalmuhannadi@cra.gov.qa")],
    sess=[B],
    frm=("Sara Al-Kuwari", "salkuwari@cra.gov.qa"),
    subj="CI-19/35 - Qatar", date=("2019-08-04 10:20:40", 3), client="lotus", struct="html", html=QAT_HTML,
    cs="us-ascii", hcte="7bit",
    tags=["HTML only, us-ascii with numeric character references for all Arabic", "table with Arabic + Latin names"])

add(key="kwt", itu_off=0, lang="ar", kind="nomination", state="KWT",
    dels=[D("\u0639\u0628\u062f\u0627\u0644\u0644\u0647 \u0641\u0647\u062f \u0627\u0644\u0631\u0634\u064a\u062f\u064a")], sess=[B],
    frm=("Bader Alenezi", "bader.alenezi@hotmail.com"), subj="\u062a\u0631\u0634\u064a\u062d \u0627\u0644\u0643\u0648\u064a\u062a",
    date=("2019-08-13 23:48:05", 3), client="iphone", route="hotmail", cs="utf-8", cte="base64",
    text="""\u0645\u0631\u062d\u0628\u0627 \u0627\u0633\u062a\u0627\u0630 \u0643\u0631\u064a\u0633\u062a\u0648\u0641\u0631
\u0628\u062e\u0635\u0648\u0635 \u062a\u0639\u0645\u064a\u0645 CI-19/35 \u062a\u0631\u0634\u064a\u062d \u0627\u0644\u0643\u0648\u064a\u062a \u0644\u062c\u0644\u0633\u0629 \u0628\u0648\u062f\u0627\u0628\u0633\u062a \u0645. \u0639\u0628\u062f\u0627\u0644\u0644\u0647 \u0641\u0647\u062f \u0627\u0644\u0631\u0634\u064a\u062f\u064a \u0645\u0646 \u0647\u064a\u0626\u0629 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0648\u062a\u0642\u0646\u064a\u0629 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a
\u0627\u0644\u0643\u062a\u0627\u0628 \u0627\u0644\u0631\u0633\u0645\u064a \u064a\u0648\u0635\u0644\u0643\u0645 \u0627\u0644\u0627\u0633\u0628\u0648\u0639 \u0627\u0644\u062c\u0627\u064a \u0627\u0646 \u0634\u0627\u0621 \u0627\u0644\u0644\u0647
\u062a\u062d\u064a\u0627\u062a\u064a
\u0628\u062f\u0631 \u0627\u0644\u0639\u0646\u0632\u064a - \u0627\u0644\u0639\u0644\u0627\u0642\u0627\u062a \u0627\u0644\u062f\u0648\u0644\u064a\u0629

\u0623\u0631\u0633\u0644\u062a \u0645\u0646 \u0627\u0644\u0640 iPhone \u0627\u0644\u062e\u0627\u0635 \u0628\u064a""",
    tags=["phone-typed Arabic", "abbreviated honorific (Eng.)", "personal hotmail"])

add(key="omn1", lang="ar", kind="nomination", state="OMN",
    dels=[D("\u0633\u0627\u0644\u0645 \u0628\u0646 \u062e\u0645\u064a\u0633 \u0627\u0644\u0628\u0644\u0648\u0634\u064a",
            title="\u0645\u062f\u064a\u0631 \u062f\u0627\u0626\u0631\u0629 \u062a\u0637\u0648\u064a\u0631 \u0627\u0644\u0633\u0648\u0642", email="salim.albalushi@tra.gov.om"),
          D("\u0634\u064a\u0645\u0627\u0621 \u0628\u0646\u062a \u0639\u0644\u064a \u0627\u0644\u0631\u0648\u0627\u062d\u064a\u0629",
            title="\u0623\u062e\u0635\u0627\u0626\u064a\u0629 \u0633\u064a\u0627\u0633\u0627\u062a \u0623\u0648\u0644", email="shaima.alrawahi@tra.gov.om")],
    sess=[B],
    frm=("\u0647\u064a\u0626\u0629 \u062a\u0646\u0638\u064a\u0645 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a - \u0627\u0644\u0639\u0644\u0627\u0642\u0627\u062a \u0627\u0644\u062f\u0648\u0644\u064a\u0629", "intl@tra.gov.om"),
    hcs="windows-1256",
    subj="\u0627\u0644\u062a\u0639\u0645\u064a\u0645 CI-19/35 - \u0645\u0634\u0627\u0631\u0643\u0629 \u0633\u0644\u0637\u0646\u0629 \u0639\u0645\u0627\u0646",
    date=("2019-07-30 10:05:33", 4), client="outlook", struct="alt", cs="windows-1256", cte="quoted-printable",
    rtl=True, clang="ar-OM", hlang="AR-OM",
    text="""\u0627\u0644\u0633\u0627\u062f\u0629/ \u0627\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u062f\u0648\u0644\u064a \u0644\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a                    \u0627\u0644\u0645\u062d\u062a\u0631\u0645\u064a\u0646

\u062a\u062d\u064a\u0629 \u0637\u064a\u0628\u0629 \u0648\u0628\u0639\u062f\u060c

\u0625\u0634\u0627\u0631\u0629 \u0625\u0644\u0649 \u0627\u0644\u062a\u0639\u0645\u064a\u0645 \u0627\u0644\u0645\u0630\u0643\u0648\u0631 \u0623\u0639\u0644\u0627\u0647\u060c \u062a\u0648\u062f \u0647\u064a\u0626\u0629 \u062a\u0646\u0638\u064a\u0645 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0628\u0633\u0644\u0637\u0646\u0629 \u0639\u0645\u0627\u0646 \u0625\u0641\u0627\u062f\u062a\u0643\u0645 \u0628\u062a\u0631\u0634\u064a\u062d \u0643\u0644 \u0645\u0646:

- \u0627\u0644\u0641\u0627\u0636\u0644 \u0633\u0627\u0644\u0645 \u0628\u0646 \u062e\u0645\u064a\u0633 \u0627\u0644\u0628\u0644\u0648\u0634\u064a\u060c \u0645\u062f\u064a\u0631 \u062f\u0627\u0626\u0631\u0629 \u062a\u0637\u0648\u064a\u0631 \u0627\u0644\u0633\u0648\u0642 (salim.albalushi@tra.gov.om)
- \u0627\u0644\u0641\u0627\u0636\u0644\u0629 \u0634\u064a\u0645\u0627\u0621 \u0628\u0646\u062a \u0639\u0644\u064a \u0627\u0644\u0631\u0648\u0627\u062d\u064a\u0629\u060c \u0623\u062e\u0635\u0627\u0626\u064a\u0629 \u0633\u064a\u0627\u0633\u0627\u062a \u0623\u0648\u0644 (shaima.alrawahi@tra.gov.om)

\u0644\u062d\u0636\u0648\u0631 \u062c\u0644\u0633\u0629 \u0627\u0644\u062a\u0634\u0627\u0648\u0631 \u0627\u0644\u0623\u0648\u0644\u0649 \u0628\u0634\u0623\u0646 \u062a\u0634\u062c\u064a\u0639 \u0627\u0644\u0634\u0631\u0643\u0627\u062a \u0627\u0644\u0635\u063a\u064a\u0631\u0629 \u0648\u0627\u0644\u0645\u062a\u0648\u0633\u0637\u0629 \u0627\u0644\u062a\u064a \u0633\u062a\u0639\u0642\u062f \u0641\u064a \u0628\u0648\u062f\u0627\u0628\u0633\u062a \u062e\u0644\u0627\u0644 \u0645\u0639\u0631\u0636 \u062a\u0644\u064a\u0643\u0648\u0645 \u0627\u0644\u0639\u0627\u0644\u0645\u064a.

\u0648\u062a\u0641\u0636\u0644\u0648\u0627 \u0628\u0642\u0628\u0648\u0644 \u0641\u0627\u0626\u0642 \u0627\u0644\u0627\u062d\u062a\u0631\u0627\u0645 \u0648\u0627\u0644\u062a\u0642\u062f\u064a\u0631\u060c

\u0645\u0646\u0649 \u0628\u0646\u062a \u0633\u0639\u064a\u062f \u0627\u0644\u0647\u0646\u0627\u0626\u064a\u0629
\u0631\u0626\u064a\u0633\u0629 \u0642\u0633\u0645 \u0627\u0644\u0639\u0644\u0627\u0642\u0627\u062a \u0627\u0644\u062f\u0648\u0644\u064a\u0629
\u0647\u064a\u0626\u0629 \u062a\u0646\u0638\u064a\u0645 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a - \u0645\u0633\u0642\u0637
""", tags=["Omani honorifics al-Fadil/al-Fadila"])
add(key="omn2", lang="ar", kind="correction", state="OMN", sup="omn1",
    dels=[D("\u0633\u0627\u0644\u0645 \u0628\u0646 \u062e\u0645\u064a\u0633 \u0627\u0644\u0628\u0644\u0648\u0634\u064a",
            title="\u0645\u062f\u064a\u0631 \u062f\u0627\u0626\u0631\u0629 \u062a\u0637\u0648\u064a\u0631 \u0627\u0644\u0633\u0648\u0642", email=None)],
    sess=[B],
    frm=("\u0647\u064a\u0626\u0629 \u062a\u0646\u0638\u064a\u0645 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a - \u0627\u0644\u0639\u0644\u0627\u0642\u0627\u062a \u0627\u0644\u062f\u0648\u0644\u064a\u0629", "intl@tra.gov.om"),
    hcs="windows-1256",
    subj="\u0631\u062f: \u0627\u0644\u062a\u0639\u0645\u064a\u0645 CI-19/35 - \u0645\u0634\u0627\u0631\u0643\u0629 \u0633\u0644\u0637\u0646\u0629 \u0639\u0645\u0627\u0646 - \u062a\u0639\u062f\u064a\u0644",
    date=("2019-08-18 09:30:02", 4), client="outlook", struct="alt", cs="windows-1256", cte="quoted-printable",
    rtl=True, clang="ar-OM", hlang="AR-OM", irt="omn1",
    text="""\u0627\u0644\u0633\u0627\u062f\u0629/ \u0627\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u062f\u0648\u0644\u064a \u0644\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a \u0627\u0644\u0645\u062d\u062a\u0631\u0645\u064a\u0646

\u062a\u062d\u064a\u0629 \u0637\u064a\u0628\u0629 \u0648\u0628\u0639\u062f\u060c

\u0625\u0644\u062d\u0627\u0642\u0627\u064b \u0628\u0631\u0633\u0627\u0644\u062a\u0646\u0627 \u0627\u0644\u0645\u0624\u0631\u062e\u0629 30 \u064a\u0648\u0644\u064a\u0648 2019\u060c \u0646\u0648\u062f \u0625\u0641\u0627\u062f\u062a\u0643\u0645 \u0628\u0623\u0646 \u0627\u0644\u0641\u0627\u0636\u0644\u0629 \u0634\u064a\u0645\u0627\u0621 \u0627\u0644\u0631\u0648\u0627\u062d\u064a\u0629 \u0644\u0646 \u062a\u062a\u0645\u0643\u0646 \u0645\u0646 \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0641\u064a \u062c\u0644\u0633\u0629 \u0628\u0648\u062f\u0627\u0628\u0633\u062a\u060c \u0648\u0639\u0644\u064a\u0647 \u064a\u0642\u062a\u0635\u0631 \u062a\u0645\u062b\u064a\u0644 \u0627\u0644\u0633\u0644\u0637\u0646\u0629 \u0639\u0644\u0649 \u0627\u0644\u0641\u0627\u0636\u0644 \u0633\u0627\u0644\u0645 \u0628\u0646 \u062e\u0645\u064a\u0633 \u0627\u0644\u0628\u0644\u0648\u0634\u064a\u060c \u0645\u062f\u064a\u0631 \u062f\u0627\u0626\u0631\u0629 \u062a\u0637\u0648\u064a\u0631 \u0627\u0644\u0633\u0648\u0642.

\u0645\u0639 \u0627\u0644\u0627\u0639\u062a\u0630\u0627\u0631 \u0639\u0646 \u0623\u064a \u0625\u0632\u0639\u0627\u062c\u060c

\u0645\u0646\u0649 \u0627\u0644\u0647\u0646\u0627\u0626\u064a\u0629
""", tags=["correction: person removed", "late (Sunday morning in Muscat)"])

add(key="bhr", lang="ar", kind="nomination", state="BHR",
    dels=[D("\u0631\u064a\u0645 \u0639\u0628\u062f\u0627\u0644\u0644\u0647 \u0627\u0644\u062e\u064a\u0627\u0637",
            title="\u0631\u0626\u064a\u0633 \u0642\u0633\u0645 \u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f \u0627\u0644\u0631\u0642\u0645\u064a", email="ralkhayat@mtt.gov.bh")],
    sess=[B],
    frm=("\u0641\u0627\u0637\u0645\u0629 \u064a\u0648\u0633\u0641 \u0627\u0644\u062d\u0645\u0631", "fyalhamar@mtt.gov.bh"), hcs="windows-1256",
    subj="\u0628\u0634\u0623\u0646 \u0627\u0644\u062a\u0639\u0645\u064a\u0645 CI-19/35", date=("2019-08-12 13:00:51", 3),
    client="outlook", struct="alt", cs="windows-1256", cte="quoted-printable", rtl=True, clang="ar-BH", hlang="AR-BH",
    text="""\u0627\u0644\u0633\u064a\u062f/ \u0643\u0631\u064a\u0633\u062a\u0648\u0641\u0631 \u0643\u0644\u0627\u0631\u0643 \u0627\u0644\u0645\u062d\u062a\u0631\u0645

\u062a\u062d\u064a\u0629 \u0637\u064a\u0628\u0629 \u0648\u0628\u0639\u062f\u060c

\u0628\u062a\u0648\u062c\u064a\u0647 \u0645\u0646 \u0633\u0639\u0627\u062f\u0629 \u0648\u0632\u064a\u0631 \u0627\u0644\u0645\u0648\u0627\u0635\u0644\u0627\u062a \u0648\u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a\u060c \u0646\u0648\u062f \u0625\u0641\u0627\u062f\u062a\u0643\u0645 \u0628\u062a\u0631\u0634\u064a\u062d \u0627\u0644\u0633\u064a\u062f\u0629 \u0631\u064a\u0645 \u0639\u0628\u062f\u0627\u0644\u0644\u0647 \u0627\u0644\u062e\u064a\u0627\u0637\u060c \u0631\u0626\u064a\u0633 \u0642\u0633\u0645 \u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f \u0627\u0644\u0631\u0642\u0645\u064a \u0628\u0627\u0644\u0648\u0632\u0627\u0631\u0629\u060c \u0644\u062a\u0645\u062b\u064a\u0644 \u0645\u0645\u0644\u0643\u0629 \u0627\u0644\u0628\u062d\u0631\u064a\u0646 \u0641\u064a \u062c\u0644\u0633\u0629 \u0627\u0644\u062a\u0634\u0627\u0648\u0631 \u0627\u0644\u0623\u0648\u0644\u0649 \u0627\u0644\u062a\u064a \u0633\u062a\u0639\u0642\u062f \u0628\u0645\u062f\u064a\u0646\u0629 \u0628\u0648\u062f\u0627\u0628\u0633\u062a\u060c \u0639\u0644\u0645\u0627\u064b \u0628\u0623\u0646 \u0633\u0639\u0627\u062f\u0629 \u0627\u0644\u0648\u0632\u064a\u0631 \u0633\u064a\u062a\u0631\u0623\u0633 \u0648\u0641\u062f \u0627\u0644\u0645\u0645\u0644\u0643\u0629 \u0625\u0644\u0649 \u0627\u0644\u0642\u0645\u0629 \u0627\u0644\u0642\u064a\u0627\u062f\u064a\u0629 \u0644\u0645\u0639\u0631\u0636 \u062a\u0644\u064a\u0643\u0648\u0645 \u0627\u0644\u0639\u0627\u0644\u0645\u064a \u0648\u0644\u0646 \u064a\u0634\u0627\u0631\u0643 \u0641\u064a \u062c\u0644\u0633\u0629 \u0627\u0644\u062a\u0634\u0627\u0648\u0631.

\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u062a\u0648\u0627\u0635\u0644: ralkhayat@mtt.gov.bh \u2013 \u0647\u0627\u062a\u0641: 17534534 973+

\u0648\u062a\u0641\u0636\u0644\u0648\u0627 \u0628\u0642\u0628\u0648\u0644 \u0641\u0627\u0626\u0642 \u0627\u0644\u0627\u062d\u062a\u0631\u0627\u0645\u060c

\u0641\u0627\u0637\u0645\u0629 \u064a\u0648\u0633\u0641 \u0627\u0644\u062d\u0645\u0631
\u0633\u0643\u0631\u062a\u064a\u0631\u0629 \u0633\u0639\u0627\u062f\u0629 \u0627\u0644\u0648\u0632\u064a\u0631
\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0645\u0648\u0627\u0635\u0644\u0627\u062a \u0648\u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a - \u0627\u0644\u0645\u0646\u0627\u0645\u0629
""", tags=["secretary writes for the Minister", "minister attends the event but is not a delegate", "RTL phone number"])

add(key="mrt", lang="ar", kind="decline", state="MRT",
    frm=("\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f \u0627\u0644\u0631\u0642\u0645\u064a", "cooperation@economienumerique.gov.mr"),
    subj="\u0627\u0639\u062a\u0630\u0627\u0631 \u0639\u0646 \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629 - CI-19/35", date=("2019-08-09 11:17:26", 0),
    client="webmail", cs="utf-8", cte="base64",
    text="""\u0627\u0644\u0633\u064a\u062f \u0627\u0644\u0623\u0645\u064a\u0646 \u0627\u0644\u0639\u0627\u0645 \u0644\u0644\u0627\u062a\u062d\u0627\u062f \u0627\u0644\u062f\u0648\u0644\u064a \u0644\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a

\u062a\u062d\u064a\u0629 \u0637\u064a\u0628\u0629\u060c

\u062a\u0634\u0643\u0631 \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0627\u0642\u062a\u0635\u0627\u062f \u0627\u0644\u0631\u0642\u0645\u064a \u0641\u064a \u0627\u0644\u062c\u0645\u0647\u0648\u0631\u064a\u0629 \u0627\u0644\u0625\u0633\u0644\u0627\u0645\u064a\u0629 \u0627\u0644\u0645\u0648\u0631\u064a\u062a\u0627\u0646\u064a\u0629 \u0627\u0644\u0627\u062a\u062d\u0627\u062f \u0639\u0644\u0649 \u062f\u0639\u0648\u062a\u0647 \u0627\u0644\u0643\u0631\u064a\u0645\u0629\u060c \u0648\u064a\u0624\u0633\u0641\u0647\u0627 \u0625\u0628\u0644\u0627\u063a\u0643\u0645 \u0628\u062a\u0639\u0630\u0631 \u0645\u0634\u0627\u0631\u0643\u062a\u0647\u0627 \u0641\u064a \u062c\u0644\u0633\u0629 \u0627\u0644\u062a\u0634\u0627\u0648\u0631 \u0627\u0644\u0645\u0642\u0631\u0631\u0629 \u0641\u064a \u0628\u0648\u062f\u0627\u0628\u0633\u062a \u0646\u0638\u0631\u0627\u064b \u0644\u062a\u0632\u0627\u0645\u0646\u0647\u0627 \u0645\u0639 \u0627\u0644\u062f\u0648\u0631\u0629 \u0627\u0644\u0628\u0631\u0644\u0645\u0627\u0646\u064a\u0629 \u0627\u0644\u0627\u0633\u062a\u062b\u0646\u0627\u0626\u064a\u0629.

\u0648\u062a\u0641\u0636\u0644\u0648\u0627 \u0628\u0642\u0628\u0648\u0644 \u0641\u0627\u0626\u0642 \u0627\u0644\u062a\u0642\u062f\u064a\u0631.

\u0627\u0644\u0645\u062f\u064a\u0631 \u0627\u0644\u0639\u0627\u0645 \u0644\u0644\u062a\u0639\u0627\u0648\u0646
\u0627\u0644\u0634\u064a\u062e \u0648\u0644\u062f \u0645\u062d\u0645\u062f \u0627\u0644\u0623\u0645\u064a\u0646
\u0646\u0648\u0627\u0643\u0634\u0648\u0637
""", tags=["decline", "West Africa in Arabic"])

add(key="ar_ooo", lang="ar", kind="auto_reply",
    frm=("Nawaf Al-Harbi", "nalharbi@citc.gov.sa"),
    subj="\u0631\u062f \u062a\u0644\u0642\u0627\u0626\u064a: " + CIRC_SUBJ, hcs="utf-8",
    date=("2019-07-23 15:13:10", 3), client="outlook", struct="alt", cs="utf-8", cte="base64", rtl=True, irt="circ",
    clang="ar-SA", hlang="AR-SA", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""\u0634\u0643\u0631\u0627\u064b \u0644\u0631\u0633\u0627\u0644\u062a\u0643\u0645. \u0623\u0646\u0627 \u062e\u0627\u0631\u062c \u0627\u0644\u0645\u0643\u062a\u0628 \u062d\u062a\u0649 \u064a\u0648\u0645 \u0627\u0644\u0623\u062d\u062f 18 \u0623\u063a\u0633\u0637\u0633 2019 (\u0625\u062c\u0627\u0632\u0629 \u0639\u064a\u062f \u0627\u0644\u0623\u0636\u062d\u0649). \u0644\u0644\u0623\u0645\u0648\u0631 \u0627\u0644\u0639\u0627\u062c\u0644\u0629 \u064a\u0631\u062c\u0649 \u0627\u0644\u062a\u0648\u0627\u0635\u0644 \u0645\u0639 \u0627\u0644\u0623\u0633\u062a\u0627\u0630 \u062a\u0631\u0643\u064a \u0627\u0644\u0633\u0628\u064a\u0639\u064a.

Thank you for your email. I am out of the office until Sunday 18 August 2019 (Eid al-Adha holiday). For urgent matters please contact Mr. Turki Al-Subaie.
""", tags=["auto-reply, Arabic then English"])

GULF_HTML = """<html dir="rtl"><head><meta charset="utf-8"></head><body style="font-family:Tahoma">
<h2>\u0645\u0644\u062a\u0642\u0649 \u0627\u0644\u062e\u0644\u064a\u062c \u0644\u0631\u064a\u0627\u062f\u0629 \u0627\u0644\u0623\u0639\u0645\u0627\u0644 \u0627\u0644\u062a\u0642\u0646\u064a\u0629 2019</h2>
<p>\u064a\u0633\u0631\u0651\u0646\u0627 \u062f\u0639\u0648\u062a\u0643\u0645 \u0644\u062a\u0631\u0634\u064a\u062d \u0627\u0644\u0634\u0631\u0643\u0627\u062a \u0627\u0644\u0646\u0627\u0634\u0626\u0629 \u0627\u0644\u0648\u0627\u0639\u062f\u0629 \u0644\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0641\u064a \u0645\u0633\u0627\u0628\u0642\u0629 \u0627\u0644\u0645\u0644\u062a\u0642\u0649 (\u062f\u0628\u064a\u060c 14-15 \u0623\u0643\u062a\u0648\u0628\u0631 2019). \u0633\u064a\u062d\u0635\u0644 \u0627\u0644\u0641\u0627\u0626\u0632\u0648\u0646 \u0639\u0644\u0649 \u062c\u0646\u0627\u062d \u0645\u062c\u0627\u0646\u064a \u0641\u064a \u0645\u0639\u0631\u0636 \u062a\u0644\u064a\u0643\u0648\u0645 \u0627\u0644\u0639\u0627\u0644\u0645\u064a \u0627\u0644\u0642\u0627\u062f\u0645.</p>
<p>\u0622\u062e\u0631 \u0645\u0648\u0639\u062f \u0644\u0644\u062a\u0631\u0634\u064a\u062d: 15 \u0633\u0628\u062a\u0645\u0628\u0631 2019</p>
<p><a href="https://gulfsme-forum.ae/nominate">\u0631\u0634\u0651\u062d \u0634\u0631\u0643\u062a\u0643 \u0627\u0644\u0622\u0646</a></p>
<p style="font-size:9px;color:#999">\u0644\u0625\u0644\u063a\u0627\u0621 \u0627\u0644\u0627\u0634\u062a\u0631\u0627\u0643 <a href="https://gulfsme-forum.ae/u">\u0627\u0636\u063a\u0637 \u0647\u0646\u0627</a></p>
</body></html>
"""
add(key="gulf_news", lang="ar", kind="unrelated",
    frm=("\u0645\u0644\u062a\u0642\u0649 \u0627\u0644\u062e\u0644\u064a\u062c \u0644\u0631\u064a\u0627\u062f\u0629 \u0627\u0644\u0623\u0639\u0645\u0627\u0644", "info@gulfsme-forum.ae"),
    subj="\u062f\u0639\u0648\u0629 \u0644\u062a\u0631\u0634\u064a\u062d \u0627\u0644\u0634\u0631\u0643\u0627\u062a \u0627\u0644\u0646\u0627\u0634\u0626\u0629 - \u0645\u0644\u062a\u0642\u0649 \u0627\u0644\u062e\u0644\u064a\u062c 2019",
    date=("2019-08-11 08:00:00", 4), client="webmail", struct="html", html=GULF_HTML, cs="utf-8", hcte="base64",
    extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://gulfsme-forum.ae/u>")],
    tags=["unrelated: SME forum asking for nominations"])

# ==========================================================================
# Chinese
# ==========================================================================
add(key="chn_q", lang="zh", kind="inquiry", state="CHN",
    frm=("\u738b\u78ca", "wanglei_miit@163.com"), hcs="gb2312",
    subj="\u54a8\u8be2\uff1aCI-19/35\u5e03\u8fbe\u4f69\u65af\u78cb\u5546\u4f1a", date=("2019-07-29 17:40:22", 8),
    client="webmail", cs="gb2312", cte="base64", extra=[("X-Mailer", "Foxmail 7.2.13.365[cn]")],
    text="""\u514b\u62c9\u514b\u5148\u751f\uff0c\u60a8\u597d\uff01

\u5173\u4e8eCI-19/35\u53f7\u901a\u51fd\uff0c\u60f3\u54a8\u8be2\u4e24\u4e2a\u95ee\u9898\uff1a
1. 9\u670810\u65e5\u5e03\u8fbe\u4f69\u65af\u78cb\u5546\u4f1a\u662f\u5426\u63d0\u4f9b\u4e2d\u6587\u540c\u58f0\u4f20\u8bd1\uff1f
2. \u53c2\u4f1a\u4eba\u5458\u662f\u5426\u9700\u8981\u53e6\u884c\u6ce8\u518c\u4e16\u754c\u7535\u4fe1\u5c55\uff1f

\u6211\u56e2\u5c06\u5728\u6536\u5230\u56de\u590d\u540e\u5c3d\u5feb\u786e\u5b9a\u53c2\u4f1a\u4eba\u9009\u3002

\u8c22\u8c22\uff01

\u738b\u78ca
\u4e2d\u56fd\u5e38\u9a7b\u65e5\u5185\u74e6\u4ee3\u8868\u56e2
""", tags=["inquiry", "personal 163.com address"])

CHN_NV = """\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5e38\u9a7b\u8054\u5408\u56fd\u65e5\u5185\u74e6\u529e\u4e8b\u5904\u548c\u745e\u58eb\u5176\u4ed6\u56fd\u9645\u7ec4\u7ec7\u4ee3\u8868\u56e2
\u7167\u4f1a

\uff082019\uff09\u4e2d\u65e5\u5185\u74e6\u4ee3\u5b57\u7b2c215\u53f7

\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5e38\u9a7b\u8054\u5408\u56fd\u65e5\u5185\u74e6\u529e\u4e8b\u5904\u548c\u745e\u58eb\u5176\u4ed6\u56fd\u9645\u7ec4\u7ec7\u4ee3\u8868\u56e2\u5411\u56fd\u9645\u7535\u4fe1\u8054\u76df\u79d8\u4e66\u5904\u81f4\u610f\uff0c\u5e76\u8c28\u5c31\u56fd\u9645\u7535\u8054\u79d8\u4e66\u957f\u8d75\u539a\u9e9f\u5148\u751f2019\u5e747\u670823\u65e5\u7b2cCI-19/35\u53f7\u901a\u51fd\u4e8b\u901a\u77e5\u5982\u4e0b\uff1a

\u4e2d\u56fd\u653f\u5e9c\u652f\u6301\u56fd\u9645\u7535\u8054\u6839\u636e\u7b2c209\u53f7\u51b3\u8bae\uff082018\u5e74\uff0c\u8fea\u62dc\uff09\u5f00\u5c55\u4fc3\u8fdb\u4e2d\u5c0f\u4f01\u4e1a\u53c2\u4e0e\u56fd\u9645\u7535\u8054\u5de5\u4f5c\u7684\u76f8\u5173\u6d3b\u52a8\uff0c\u613f\u79ef\u6781\u53c2\u52a0\u201c\u4fc3\u8fdb\u6280\u672f\u548c\u521b\u65b0\u578b\u4e2d\u5c0f\u4f01\u4e1a\u201d\u7cfb\u5217\u78cb\u5546\u4f1a\u3002

\u4e2d\u65b9\u63a8\u8350\u4ee5\u4e0b\u4eba\u5458\u53c2\u52a02019\u5e749\u670810\u65e5\u5728\u5308\u7259\u5229\u5e03\u8fbe\u4f69\u65af\u4e16\u754c\u7535\u4fe1\u5c55\u671f\u95f4\u4e3e\u884c\u7684\u9996\u6b21\u78cb\u5546\u4f1a\uff1a

\u4e00\u3001\u5f20\u4f1f\uff08ZHANG Wei\uff09\uff0c\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u90e8\u4fe1\u606f\u901a\u4fe1\u53d1\u5c55\u53f8\u526f\u53f8\u957f\uff1b
\u4e8c\u3001\u674e\u6653\u7ea2\u5973\u58eb\uff08Ms. LI Xiaohong\uff09\uff0c\u4e2d\u56fd\u4fe1\u606f\u901a\u4fe1\u7814\u7a76\u9662\u9ad8\u7ea7\u5de5\u7a0b\u5e08\u3002

\u8054\u7cfb\u4eba\uff1a\u4ee3\u8868\u56e2\u4e09\u7b49\u79d8\u4e66\u738b\u78ca\uff08\u7535\u8bdd\uff1a+41 22 879 56 78\uff09\u3002

\u4ee3\u8868\u56e2\u987a\u81f4\u5d07\u9ad8\u7684\u656c\u610f\u3002

2019\u5e748\u670814\u65e5\u4e8e\u65e5\u5185\u74e6

\u56fd\u9645\u7535\u4fe1\u8054\u76df\u79d8\u4e66\u5904"""
add(key="chn1", lang="zh", kind="nomination", state="CHN",
    dels=[D("\u5f20\u4f1f", aliases=["ZHANG Wei"], title="\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u90e8\u4fe1\u606f\u901a\u4fe1\u53d1\u5c55\u53f8\u526f\u53f8\u957f"),
          D("\u674e\u6653\u7ea2", aliases=["LI Xiaohong"], title="\u4e2d\u56fd\u4fe1\u606f\u901a\u4fe1\u7814\u7a76\u9662\u9ad8\u7ea7\u5de5\u7a0b\u5e08")],
    sess=[B],
    frm=("\u4e2d\u56fd\u5e38\u9a7b\u65e5\u5185\u74e6\u4ee3\u8868\u56e2", "chinamission_gva@mfa.gov.cn"), hcs="gb2312",
    subj="\u7167\u4f1a\uff1a\u5173\u4e8eCI-19/35\u53f7\u901a\u51fd\uff08\u4e2d\u56fd\u53c2\u4f1a\u4eba\u5458\uff09", date=("2019-08-14 10:20:09", 2),
    client="outlook", struct="alt", cs="gb2312", cte="base64", clang="zh-CN", hlang="ZH-CN", font="\u5b8b\u4f53",
    text=CHN_NV + "\n", tags=["note verbale in Chinese", "pinyin aliases", "SG's Chinese name in running text", "contact person not a delegate", "postposed honorific"])
add(key="chn2", lang="zh", kind="correction", state="CHN", sup="chn1",
    dels=[D("\u5f20\u709c", aliases=["ZHANG Wei"], title="\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u90e8\u4fe1\u606f\u901a\u4fe1\u53d1\u5c55\u53f8\u526f\u53f8\u957f"),
          D("\u674e\u6653\u7ea2", aliases=["LI Xiaohong"], title="\u4e2d\u56fd\u4fe1\u606f\u901a\u4fe1\u7814\u7a76\u9662\u9ad8\u7ea7\u5de5\u7a0b\u5e08")],
    sess=[B],
    frm=("\u4e2d\u56fd\u5e38\u9a7b\u65e5\u5185\u74e6\u4ee3\u8868\u56e2", "chinamission_gva@mfa.gov.cn"), hcs="gb2312",
    subj="\u66f4\u6b63\uff1a\u5173\u4e8eCI-19/35\u53f7\u901a\u51fd\uff08\u4e2d\u56fd\u53c2\u4f1a\u4eba\u5458\uff09", date=("2019-08-16 09:00:41", 2),
    client="outlook", struct="alt", cs="gb2312", cte="base64", clang="zh-CN", hlang="ZH-CN", font="\u5b8b\u4f53", irt="chn1",
    text="""\u56fd\u9645\u7535\u8054\u79d8\u4e66\u5904\uff1a

\u6211\u56e28\u670814\u65e5\u7167\u4f1a\uff08\uff082019\uff09\u4e2d\u65e5\u5185\u74e6\u4ee3\u5b57\u7b2c215\u53f7\uff09\u4e2d\u9996\u4f4d\u53c2\u4f1a\u4eba\u5458\u59d3\u540d\u6709\u8bef\uff0c\u201c\u5f20\u4f1f\u201d\u5e94\u4e3a\u201c\u5f20\u709c\u201d\uff08\u62fc\u97f3\u4e0d\u53d8\uff1aZHANG Wei\uff09\u3002\u73b0\u5c06\u4e2d\u65b9\u53c2\u52a0\u5e03\u8fbe\u4f69\u65af\u9996\u6b21\u78cb\u5546\u4f1a\u4eba\u5458\u540d\u5355\u66f4\u6b63\u5982\u4e0b\uff1a

\u4e00\u3001\u5f20\u709c\uff08ZHANG Wei\uff09\uff0c\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u90e8\u4fe1\u606f\u901a\u4fe1\u53d1\u5c55\u53f8\u526f\u53f8\u957f\uff1b
\u4e8c\u3001\u674e\u6653\u7ea2\uff08LI Xiaohong\uff09\uff0c\u4e2d\u56fd\u4fe1\u606f\u901a\u4fe1\u7814\u7a76\u9662\u9ad8\u7ea7\u5de5\u7a0b\u5e08\u3002

\u7531\u6b64\u5e26\u6765\u7684\u4e0d\u4fbf\uff0c\u656c\u8bf7\u8c05\u89e3\u3002

\u4e2d\u56fd\u5e38\u9a7b\u65e5\u5185\u74e6\u4ee3\u8868\u56e2
2019\u5e748\u670816\u65e5
""", tags=["correction: character fixed, pinyin unchanged"])

TW_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>
<p>\u89aa\u611b\u7684\u5ba2\u6236\u60a8\u597d\uff1a</p>
<p>2019 ITU Telecom World \u5c07\u65bc9\u67089\u65e5\u81f312\u65e5\u5728\u5308\u7259\u5229\u5e03\u9054\u4f69\u65af\u8209\u884c\u3002\u53f0\u7063\u9928\u5c1a\u9918\u5c11\u91cf\u6a19\u6e96\u6524\u4f4d\uff0c\u6b61\u8fce\u65b0\u5275\u8207\u4e2d\u5c0f\u4f01\u696d\u5831\u540d\u3002</p>
<p>\u512a\u60e0\u622a\u6b62\u65e5\uff1a8\u670816\u65e5</p>
<p>\u806f\u7d61\u4eba\uff1a\u9673\u5c0f\u59d0 02-2700-1234</p>
<p>\u53f0\u7063\u8cc7\u901a\u8a0a\u5c55\u89bd\u670d\u52d9\u516c\u53f8 \u656c\u4e0a</p>
</body></html>
"""
add(key="tw_spam", lang="zh", kind="unrelated",
    frm=("\u53f0\u7063\u8cc7\u901a\u8a0a\u5c55\u89bd\u670d\u52d9", "service@tw-ictexpo.com.tw"), hcs="big5",
    subj="\u3010\u6524\u4f4d\u62db\u5546\u30112019 ITU Telecom World \u5e03\u9054\u4f69\u65af \u53f0\u7063\u9928", date=("2019-08-05 09:30:00", 8),
    client="webmail", struct="html", html=TW_HTML, cs="big5", hcte="base64", extra=[("Precedence", "bulk")],
    tags=["unrelated: exhibition-stand marketing in Traditional Chinese (big5)"])

add(key="zh_ooo", lang="zh", kind="auto_reply",
    frm=("\u5218\u82b3", "liufang@caict.ac.cn"), hcs="gb18030",
    subj="\u81ea\u52a8\u56de\u590d: " + CIRC_SUBJ, date=("2019-07-23 20:12:44", 8), client="webmail",
    cs="gb18030", cte="base64", irt="circ", extra=[("Auto-Submitted", "auto-replied")],
    text="""\u60a8\u597d\uff0c\u6211\u4e8e7\u670822\u65e5\u81f38\u67082\u65e5\u4f11\u5047\uff0c\u671f\u95f4\u65e0\u6cd5\u53ca\u65f6\u56de\u590d\u90ae\u4ef6\u3002\u5982\u6709\u6025\u4e8b\uff0c\u8bf7\u8054\u7cfb\u9648\u6d9b\uff08chentao@caict.ac.cn\uff09\u3002\u8c22\u8c22\uff01
""", tags=["auto-reply naming a colleague"])

# ==========================================================================
# Portuguese, Haitian Creole, Dutch (Latin America, Caribbean, West Africa)
# ==========================================================================
add(key="bra", lang="pt", kind="nomination", state="BRA",
    dels=[D("Thiago Henrique Albuquerque de Souza",
            title="Especialista em Regula\u00e7\u00e3o da Superintend\u00eancia de Planejamento e Regulamenta\u00e7\u00e3o",
            email="thiago.souza@anatel.gov.br")], sess=[B],
    frm=("Assessoria Internacional - Anatel", "ain@anatel.gov.br"), hcs="iso-8859-1", henc="Q",
    subj="Of\u00edcio n\u00ba 312/2019/AIN-Anatel - Carta Circular CI-19/35",
    date=("2019-08-16 17:10:22", -3), itu=("2019-08-17 00:31:05", 2), client="outlook", struct="alt",
    cs="iso-8859-1", cte="quoted-printable", clang="pt-BR", hlang="PT-BR",
    relays=["Received: from smtp-relay.anatel.gov.br (10.1.30.15) by mail.anatel.gov.br\r\n (10.1.30.2) with ESMTP id 7C1D4A0B2; Fri, 16 Aug 2019 19:29:52 -0300"],
    text="""Of\u00edcio n\u00ba 312/2019/AIN-Anatel

Bras\u00edlia, 16 de agosto de 2019.

Ao Senhor
Christopher Clark
Uni\u00e3o Internacional de Telecomunica\u00e7\u00f5es (UIT)
Genebra - Su\u00ed\u00e7a

Assunto: Carta Circular CI-19/35 - Sess\u00f5es de consulta "Fomento \u00e0s PMEs de tecnologia e inova\u00e7\u00e3o".

Senhor,

1. Em aten\u00e7\u00e3o \u00e0 Carta Circular CI-19/35, de 23 de julho de 2019, informo que a Ag\u00eancia Nacional de Telecomunica\u00e7\u00f5es (Anatel) tem interesse em participar da s\u00e9rie de sess\u00f5es de consulta para Estados Membros sobre o fomento \u00e0s pequenas e m\u00e9dias empresas de tecnologia e inova\u00e7\u00e3o.

2. Para a primeira sess\u00e3o, a realizar-se em 10 de setembro de 2019, em Budapeste, durante o ITU Telecom World 2019, indico o servidor Thiago Henrique Albuquerque de Souza, Especialista em Regula\u00e7\u00e3o da Superintend\u00eancia de Planejamento e Regulamenta\u00e7\u00e3o (thiago.souza@anatel.gov.br; +55 61 2312-2000).

3. Coloco-me \u00e0 disposi\u00e7\u00e3o para quaisquer esclarecimentos.

Atenciosamente,

(assinado eletronicamente)
Carla Regina Nogueira Mattos
Chefe da Assessoria Internacional
""", tags=["sent 17:10 in Brasilia but held in an outbound relay: received 00:31 Geneva, late",
             "extra sender-side relay Received header"])

add(key="gnb", lang="pt", kind="nomination", state="GNB",
    dels=[D("Braima Man\u00e9", title="t\u00e9cnico da ARN (Autoridade Reguladora Nacional)")], sess=[B],
    frm=("Fatumata Djal\u00f3", "fatumatadjalo@gmail.com"), subj="Re: CI-19/35",
    date=("2019-08-16 20:58:40", 0), client="android", route="gmail", cs="UTF-8", cte="8bit", irt="circ",
    text="""Boa tarde Sr. Christopher
A Guin\u00e9-Bissau vai participar sim. O nosso representante \u00e9 o Sr. Braima Man\u00e9, t\u00e9cnico da ARN (Autoridade Reguladora Nacional). contacto +245 955 44 12 31
desculpe a demora
Abra\u00e7o
Fatumata

Enviado do meu smartphone Huawei""", tags=["phone-typed", "near deadline, on time (22:58 Geneva)"])

CPV_INNER = inner_msg([("From", "=?iso-8859-1?Q?Conselho_de_Administra=E7=E3o_ARME?= <ca@arme.cv>"),
                       ("To", "Nilton Fortes <nilton.fortes@arme.cv>"),
                       ("Subject", "=?iso-8859-1?Q?Indica=E7=E3o_-_sess=F5es_de_consulta_UIT_(CI-19/35)?="),
                       ("Date", "Thu, 8 Aug 2019 16:41:20 -0100"),
                       ("Message-ID", "<5d4c5a10.ca01@arme.cv>")],
                      """Nilton,

Na sequ\u00eancia da circular da UIT, o Conselho de Administra\u00e7\u00e3o indica:

- para a sess\u00e3o de Budapeste (10/09/2019): Eng.\u00aa Adilsa Tavares Semedo, Diretora de Regula\u00e7\u00e3o Econ\u00f3mica;
- para a sess\u00e3o do F\u00f3rum da CMSI 2020, em Genebra: Dr. Ulisses Lopes Monteiro, Administrador.

Para as reuni\u00f5es dos Grupos de Trabalho do Conselho ainda n\u00e3o h\u00e1 decis\u00e3o.

Por favor comunique \u00e0 UIT dentro do prazo.

Janu\u00e1rio Pires Lopes
Presidente do Conselho de Administra\u00e7\u00e3o
""", "iso-8859-1", "quoted-printable")
add(key="cpv", lang="pt", kind="nomination", state="CPV",
    dels=[D("Adilsa Tavares Semedo", title="Diretora de Regula\u00e7\u00e3o Econ\u00f3mica"),
          D("Ulisses Lopes Monteiro", title="Administrador")], sess=[B, W],
    frm=("Nilton Fortes", "nilton.fortes@arme.cv"), subj="Fw: Indica\u00e7\u00e3o - sess\u00f5es de consulta UIT (CI-19/35)",
    hcs="iso-8859-1", henc="Q", date=("2019-08-10 09:14:05", -1), client="thunderbird", cs="iso-8859-1",
    cte="quoted-printable", attach=[rfc822leaf(CPV_INNER, "Indicacao - sessoes de consulta UIT (CI-19-35).eml")],
    text="""Exmo. Senhor Christopher Clark,

Segue em anexo a mensagem do Conselho de Administra\u00e7\u00e3o da ARME (Ag\u00eancia Reguladora Multissectorial da Economia) com a indica\u00e7\u00e3o dos representantes de Cabo Verde para as sess\u00f5es de consulta.

Com os melhores cumprimentos,

Nilton Fortes
Gabinete de Rela\u00e7\u00f5es Internacionais
ARME - Praia, Cabo Verde
""", tags=["forwarded as message/rfc822 attachment", "different nominee per session", "CWG explicitly undecided",
             "signatory of the inner mail not a delegate"])

add(key="stp_ooo", lang="pt", kind="auto_reply",
    frm=("Edna Bragan\u00e7a", "edna.braganca@agerstp.st"), subj="Resposta autom\u00e1tica: " + CIRC_SUBJ,
    hcs="iso-8859-1", henc="Q", date=("2019-07-23 12:12:58", 0), client="outlook", cs="iso-8859-1",
    cte="quoted-printable", irt="circ", clang="pt-PT", extra=[("Auto-Submitted", "auto-replied")],
    text="""Obrigada pela sua mensagem.

Estarei ausente do escrit\u00f3rio at\u00e9 20 de agosto de 2019. Para assuntos urgentes, queira contactar o Sr. Adelino Costa Alegre (adelino.alegre@agerstp.st).

Edna Bragan\u00e7a
AGER - S\u00e3o Tom\u00e9 e Pr\u00edncipe
""")

add(key="hti", lang="ht", kind="nomination", state="HTI",
    dels=[D("Nad\u00e8ge Pierre-Louis", title="Direkt\u00e8 Inovasyon ak Devlopman Nimerik / Directrice de l'Innovation et du D\u00e9veloppement num\u00e9rique",
            email="npierrelouis@conatel.gouv.ht")], sess=[B],
    frm=("Jean-Robert Estim\u00e9", "jrestime@conatel.gouv.ht"), subj="Repons CONATEL - CI-19/35",
    date=("2019-08-12 10:25:47", -4), client="thunderbird", cs="utf-8", cte="8bit",
    text="""Bonjou Mesye Clark,

CONATEL kontan anpil pou l patisipe nan seri konsiltasyon sou PME teknoloji ak inovasyon yo. Nou chwazi Madan Nad\u00e8ge Pierre-Louis, Direkt\u00e8 Inovasyon ak Devlopman Nimerik, pou l reprezante Ayiti nan premye sesyon an, 10 septanm nan Budapest.

Im\u00e8l li: npierrelouis@conatel.gouv.ht

M\u00e8si anpil.

-----

Monsieur Clark,

Le CONATEL est heureux de participer \u00e0 la s\u00e9rie de consultations. Nous d\u00e9signons Mme Nad\u00e8ge Pierre-Louis, Directrice de l'Innovation et du D\u00e9veloppement num\u00e9rique, pour repr\u00e9senter Ha\u00efti \u00e0 la premi\u00e8re session, le 10 septembre \u00e0 Budapest.

Cordialement,

Jean-Robert Estim\u00e9
Direction des Affaires internationales
CONATEL, Port-au-Prince
""", tags=["bilingual Haitian Creole then French (language = ht)"])

add(key="sur", lang="nl", kind="nomination", state="SUR",
    dels=[D("Sharmila Ramdin-Kalloe", title="beleidsmedewerker ICT", email="sharmila.ramdin@tct.gov.sr")], sess=[B],
    frm=("Ricardo Pinas", "ricardo.pinas@tct.gov.sr"), subj="Circulaire CI-19/35 - voordracht Suriname",
    date=("2019-08-09 13:52:09", -3), client="outlook", struct="alt", cs="us-ascii", cte="quoted-printable",
    clang="nl-NL", hlang="NL",
    text="""Geachte heer Clark,

Onder verwijzing naar circulaire CI-19/35 deel ik u namens het Ministerie van Transport, Communicatie en Toerisme mee dat de Republiek Suriname graag deelneemt aan de eerste consultatiesessie tijdens ITU Telecom World in Boedapest (10 september 2019).

Als deelnemer wordt voorgedragen: mevrouw drs. Sharmila Ramdin-Kalloe, beleidsmedewerker ICT (sharmila.ramdin@tct.gov.sr).

Met vriendelijke groet,

Ricardo Pinas
Onderdirecteur Communicatie
Ministerie van Transport, Communicatie en Toerisme
Paramaribo, Suriname
""", tags=["Dutch place name Boedapest", "honorifics mevrouw drs."])

# ==========================================================================
# Pacific island states
# ==========================================================================
add(key="wsm", lang="sm", kind="nomination", state="WSM",
    dels=[D("Leota Fa\u02bbamatuainu Tuala", aliases=["Leota Faamatuainu Tuala"], title="ACEO Policy Division, MCIT",
            email="leota.tuala@mcit.gov.ws")], sess=[B],
    frm=("Lagi Fepuleai", "lagi.fepuleai@mcit.gov.ws"), subj="CI-19/35 - Samoa",
    date=("2019-08-17 10:41:30", 13), delay=11, client="outlook", struct="alt", cs="utf-8", cte="quoted-printable",
    clang="en-NZ", hlang="EN-NZ",
    text="""Talofa lava Christopher,

O le Matagaluega o Feso\u02bbota\u02bbiga ma Tekonolosi o Fa\u02bbamatalaga (MCIT) e fia auai i le fonotaga muamua o feutana\u02bbiga i Budapest i le aso 10 o Setema.

Ua filifilia e le Matagaluega le susuga ia Leota Fa\u02bbamatuainu Tuala, Pule Sili Lagolago (ACEO) o le Vaega o Faiga Faavae, e auai i lenei fonotaga.

Fa\u02bbafetai tele lava.

--
Samoa's nominee for the 10 September session in Budapest: Leota Faamatuainu Tuala, ACEO Policy Division, MCIT (leota.tuala@mcit.gov.ws).

Ia manuia,
Lagi Fepuleai
MCIT, Apia
""", tags=["bilingual Samoan then English (language = sm)", "okina spelling + plain alias",
             "Saturday 10:41 in Apia = Friday 23:41 Geneva, on time", "Content-Language en-NZ"])

add(key="ton", lang="to", kind="nomination", state="TON",
    dels=[D("Sione Tu\u02bbipulotu Havili", title="\u02bbOfisa Pule ki he ICT", email="shavili@meidecc.gov.to")], sess=[B],
    frm=("Mele Taufa", "mtaufa@meidecc.gov.to"), subj="Fakataha Budapest - CI-19/35",
    date=("2019-08-17 09:12:44", 13), client="webmail", cs="utf-8", cte="quoted-printable",
    text="""M\u0101l\u014d e lelei Christopher,

\u02bbOku fiefia \u02bba e Potung\u0101ue ki he Ngaahi Fakamatala mo e Fetu\u02bbutaki (MEIDECC) ke kau atu ki he fakataha faka\u02bbuluaki \u02bbi Budapest \u02bbi he \u02bbaho 10 \u02bbo Sepitema.

Ko e tokotaha kuo fili ke fakafofonga\u02bbi \u02bba Tonga ko Sione Tu\u02bbipulotu Havili, \u02bbOfisa Pule ki he ICT (shavili@meidecc.gov.to).

K\u0101taki \u02bbo fakah\u0101 mai kapau \u02bboku \u02bbi ai ha toe fakamatala \u02bboku fiema\u02bbu.

M\u0101l\u014d \u02bbaupito,
Mele Taufa
MEIDECC, Nuku\u02bbalofa
""", tags=["Tongan", "Saturday morning in Nuku'alofa, Friday evening in Geneva"])

add(key="fji", lang="fj", kind="nomination", state="FJI",
    dels=[D("Josefa Vakaloloma", title="Principal Economic Planning Officer", email="jvakaloloma@govnet.gov.fj")], sess=[B],
    frm=("Losana Tuivaga", "losana.tuivaga@govnet.gov.fj"), subj="re CI-19/35",
    date=("2019-08-14 16:22:18", 12), client="android", cs="us-ascii", cte="7bit",
    ctparams="",
    text="""bula vinaka Mr Clark

na Ministry of Communications e via vakaitavi ena bose ni veitalanoa e Budapest ena 10 ni Seviteba. na noda mata o Ratu Josefa Vakaloloma, Principal Economic Planning Officer. na nona imeli jvakaloloma@govnet.gov.fj

vinaka vakalevu
Losana

Sent from my Huawei phone""", tags=["phone-typed Fijian", "chiefly title Ratu is not part of the name"])

add(key="vut", lang="bi", kind="nomination", state="VUT",
    dels=[D("Lesley Tari Molisa", title="Senior Policy Officer", email="ltmolisa@ogcio.gov.vu")], sess=[B],
    frm=("Jimmy Kalsakau", "jkalsakau@ogcio.gov.vu"), subj="Vanuatu - miting long Budapest",
    date=("2019-08-13 15:40:05", 11), client="android", cs="us-ascii", cte="7bit",
    text="""Halo Christopher,

Gavman blong Vanuatu i glad tumas blong tekpat long miting blong toktok (consultation) long Budapest long 10 Septemba. OGCIO i putum nem blong Misis Lesley Tari Molisa, Senior Policy Officer, blong go representem Vanuatu.

Imel blong hem: ltmolisa@ogcio.gov.vu

Tangkyu tumas,
Jimmy Kalsakau
OGCIO Port Vila

Sent from my Samsung Galaxy smartphone.""", tags=["Bislama", "phone-typed"])

# ==========================================================================
# Small European states
# ==========================================================================
add(key="and", lang="ca", kind="nomination", state="AND",
    dels=[D("Meritxell Casal i Font", title="T\u00e8cnica de l'Oficina de Transformaci\u00f3 Digital", email="meritxell_casal@govern.ad")],
    sess=[B],
    frm=("Jordi Puigdell\u00edvol Serra", "jordi_puigdellivol@govern.ad"), hcs="windows-1252", henc="Q",
    subj="Resposta a la circular CI-19/35 / R\u00e9ponse \u00e0 la lettre circulaire CI-19/35",
    date=("2019-08-05 11:02:33", 2), client="outlook", struct="alt", cs="windows-1252", cte="quoted-printable",
    clang="ca-ES", hlang="CA",
    text="""Benvolgut Sr. Clark,

En resposta a la carta circular CI-19/35, el Govern d'Andorra, a trav\u00e9s del Ministeri de Presid\u00e8ncia, Economia i Empresa, designa la Sra. Meritxell Casal i Font, t\u00e8cnica de l'Oficina de Transformaci\u00f3 Digital, per participar en la primera sessi\u00f3 de consulta, que tindr\u00e0 lloc a Budapest el 10 de setembre.

Adre\u00e7a electr\u00f2nica: meritxell_casal@govern.ad

Cordialment,

---

Monsieur,

En r\u00e9ponse \u00e0 la lettre circulaire CI-19/35, le Gouvernement d'Andorre d\u00e9signe Mme Meritxell Casal i Font, technicienne du Bureau de la transformation num\u00e9rique, pour participer \u00e0 la premi\u00e8re session de consultation \u00e0 Budapest, le 10 septembre.

Veuillez agr\u00e9er, Monsieur, mes salutations distingu\u00e9es.

Jordi Puigdell\u00edvol Serra
Cap de l'\u00c0rea de Relacions Internacionals
Govern d'Andorra
""", tags=["bilingual Catalan then French (language = ca)", "Catalan 'i' between surnames"])

add(key="smr", lang="it", kind="nomination", state="SMR",
    dels=[D("Matteo Gasperoni", title="funzionario dell'Ufficio Attivit\u00e0 Economiche", email="m.gasperoni@gov.sm")], sess=[B],
    frm=("Elisa Guidi", "elisa.guidi@gov.sm"), subj="Lettera Circolare CI-19/35 - Repubblica di San Marino",
    date=("2019-08-02 12:18:40", 2), client="thunderbird", cs="iso-8859-15", cte="8bit", hcs="iso-8859-15",
    text="""Gentile Sig. Clark,

con riferimento alla Lettera Circolare CI-19/35, la Segreteria di Stato per l'Industria, l'Artigianato e il Commercio della Repubblica di San Marino comunica il proprio interesse per la prima sessione di consultazione che si terr\u00e0 a Budapest il 10 settembre 2019 e designa quale partecipante il dott. Matteo Gasperoni, funzionario dell'Ufficio Attivit\u00e0 Economiche (m.gasperoni@gov.sm).

Distinti saluti,

Elisa Guidi
Segreteria di Stato per l'Industria, l'Artigianato e il Commercio
Palazzo Mercuri, Borgo Maggiore
Repubblica di San Marino
""", tags=["honorific dott."])

add(key="vat", lang="it", kind="decline", state="VAT",
    frm=("Direzione Telecomunicazioni SCV", "direzione.tlc@scv.va"), subj="Lettera Circolare CI-19/35",
    date=("2019-08-06 09:47:12", 2), client="lotus", cs="iso-8859-1", cte="quoted-printable",
    text="""Egregio Signor Clark,

la Direzione delle Telecomunicazioni e dei Sistemi Informatici del Governatorato dello Stato della Citt\u00e0 del Vaticano ringrazia per il cortese invito di cui alla Lettera Circolare CI-19/35 e comunica che, per ragioni di servizio, non sar\u00e0 possibile assicurare la partecipazione di un rappresentante alla sessione di consultazione di Budapest.

Con i migliori saluti,

Ing. Stefano Belardinelli
Direttore
""", tags=["decline", "smallest Member State"])

add(key="lie", lang="de", kind="nomination", state="LIE",
    dels=[D("Lukas B\u00fcchel", title="Leiter der Abteilung Telekommunikation und Innovation", email="lukas.buechel@llv.li")],
    sess=[B],
    frm=("Sandra Frick-Wolfinger", "sandra.frick@llv.li"), hcs="iso-8859-1", henc="Q",
    subj="Rundschreiben CI-19/35 - Teilnahme Liechtenstein", date=("2019-08-07 14:31:26", 2), client="outlook",
    struct="alt", cs="iso-8859-1", cte="quoted-printable", clang="de-CH", hlang="DE-CH",
    text="""Sehr geehrter Herr Clark

Bezugnehmend auf Ihr Rundschreiben CI-19/35 teilen wir Ihnen mit, dass das F\u00fcrstentum Liechtenstein an der ersten Konsultationssitzung am 10. September 2019 in Budapest teilnehmen wird. Als Vertreter nominieren wir Herrn Dr. Lukas B\u00fcchel, Leiter der Abteilung Telekommunikation und Innovation (lukas.buechel@llv.li).

Freundliche Gr\u00fcsse

Sandra Frick-Wolfinger
Amt f\u00fcr Kommunikation
F\u00fcrstentum Liechtenstein
""", tags=["honorifics Herrn Dr.", "Swiss German spelling"])

MDN_TEXT = """Ihre Nachricht

  An: Sandra Frick-Wolfinger
  Betreff: RE: Rundschreiben CI-19/35 - Teilnahme Liechtenstein
  Gesendet: Donnerstag, 8. August 2019 09:02:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Donnerstag, 8. August 2019 09:15:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
"""
add(key="lie_mdn", lang="de", kind="auto_reply",
    frm=("Sandra Frick-Wolfinger", "sandra.frick@llv.li"), hcs="iso-8859-1", henc="Q",
    subj="Gelesen: RE: Rundschreiben CI-19/35 - Teilnahme Liechtenstein", date=("2019-08-08 09:15:41", 2),
    client="outlook", cs="iso-8859-1", fcs="iso-8859-1",
    parts=multipart("report", [leaf(MDN_TEXT, "iso-8859-1", "quoted-printable"),
                               ([("Content-Type", "message/disposition-notification")],
                                b"Reporting-UA: EXCH01.llv.li; Microsoft Exchange Server 2016\r\n"
                                b"Final-Recipient: rfc822;sandra.frick@llv.li\r\n"
                                b"Original-Message-ID: <ack-1935-lie-01@itu.int>\r\n"
                                b"Disposition: manual-action/MDN-sent-manually; displayed\r\n")],
                    "_%s_" % H("mdn-lie", 20).upper(), params=" report-type=disposition-notification;"),
    tags=["read receipt (MDN)"])

add(key="de_ndr", lang="de", kind="bounce",
    frm=("Microsoft Outlook", "postmaster@bmvit.gv.at"), hcs="iso-8859-1", henc="Q",
    subj="Unzustellbar: REMINDER - CI-19/35: deadline for nominations 16 August 2019",
    date=("2019-08-12 12:02:30", 2), client="outlook", cs="iso-8859-1", fcs="iso-8859-1",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    parts=dsn_parts("at", """Die Nachricht konnte an folgende Empf\u00e4nger oder Gruppen nicht zugestellt werden:

franz.huber@bmvit.gv.at
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. \u00dcberpr\u00fcfen Sie die E-Mail-Adresse des Empf\u00e4ngers, und senden Sie die Nachricht erneut.

Diagnoseinformationen f\u00fcr Administratoren:

Generierender Server: MBX02.bmvit.gv.at
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""", "iso-8859-1", "quoted-printable", "MBX02.bmvit.gv.at", "franz.huber@bmvit.gv.at", "5.1.1",
        "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        [("From", "SME <sme@itu.int>"), ("To", "franz.huber@bmvit.gv.at"),
         ("Subject", "REMINDER - CI-19/35: deadline for nominations 16 August 2019"),
         ("Date", "Mon, 12 Aug 2019 12:01:58 +0200"), ("Message-ID", "<reminder-1935-0812-at@itu.int>")],
        "Mon, 12 Aug 2019 10:02:26 +0000"),
    tags=["bounce in German"])

add(key="mlt", lang="mt", kind="nomination", state="MLT",
    dels=[D("Marija Camilleri Borg", title="Senior Manager, Strate\u0121ija Di\u0121itali / Digital Strategy",
            email="marija.camilleri-borg@mca.org.mt")], sess=[B],
    frm=("\u0120or\u0121 Vella", "gorg.vella@mca.org.mt"), hcs="iso-8859-3", henc="Q",
    subj="\u010airkulari CI-19/35 - Malta", date=("2019-08-08 10:10:10", 2), client="thunderbird",
    cs="iso-8859-3", cte="quoted-printable",
    text="""G\u0127a\u017ci\u017c Sur Clark,

B'referenza g\u0127a\u010b-\u010airkulari CI-19/35, il-Gvern ta' Malta, permezz tal-Awtorit\u00e0 ta' Malta g\u0127all-Komunikazzjoni (MCA), jixtieq jinnomina lis-Sinjura Marija Camilleri Borg, Senior Manager, Strate\u0121ija Di\u0121itali, biex tipparte\u010bipa fl-ewwel sessjoni ta' konsultazzjoni f'Budapest fl-10 ta' Settembru 2019.

L-indirizz elettroniku tag\u0127ha huwa marija.camilleri-borg@mca.org.mt.

Dejjem tieg\u0127ek,

---

Dear Mr Clark,

With reference to Circular CI-19/35, the Government of Malta, through the Malta Communications Authority, wishes to nominate Ms Marija Camilleri Borg, Senior Manager, Digital Strategy, for the first consultation session in Budapest on 10 September 2019.

Kind regards,

\u0120or\u0121 Vella
International Affairs, MCA
Valletta Waterfront, Pinto Wharf, Floriana
""",
    tags=["bilingual Maltese then English (language = mt)", "iso-8859-3"])

add(key="lux_lb", lang="lb", kind="interest_only", state="LUX", sess=[B],
    frm=("Claude Hoffmann", "claude.hoffmann@smc.etat.lu"), subj="Re: CI-19/35",
    date=("2019-08-13 18:22:51", 2), client="iphone", cs="utf-8", cte="quoted-printable", irt="circ",
    text="""Moien H\u00e4r Clark,

L\u00ebtzebuerg huet Interessi un der \u00e9ischter Konsultatioun zu Budapest. Mir sch\u00e9cken Iech den Numm vun eisem Vertrieder bis Enn vun der Woch, mir waarden nach op d'Zoust\u00ebmmung vum Minister.

Merci a sch\u00e9ine Bonjour,
Claude

Envoy\u00e9 de mon iPhone""", tags=["Luxembourgish", "interest only, name to follow", "device signature in French"])

add(key="isl", lang="is", kind="nomination", state="ISL",
    dels=[D("Gu\u00f0r\u00fan J\u00f3nsd\u00f3ttir", aliases=["Gu\u00f0r\u00fanu J\u00f3nsd\u00f3ttur"],
            title="s\u00e9rfr\u00e6\u00f0ingur \u00e1 skrifstofu fjarskipta- og net\u00f6ryggism\u00e1la", email="gudrun.jonsdottir@srn.is")],
    sess=[B],
    frm=("Einar \u00de\u00f3r Hallsson", "einar.hallsson@srn.is"), hcs="iso-8859-1", henc="Q",
    subj="Dreifibr\u00e9f CI-19/35 - tilnefning \u00cdslands", date=("2019-08-09 14:05:19", 0), client="outlook",
    struct="alt", cs="iso-8859-1", cte="quoted-printable", clang="is-IS", hlang="IS",
    text="""S\u00e6ll Christopher,

V\u00edsa\u00f0 er til dreifibr\u00e9fs CI-19/35. Samg\u00f6ngu- og sveitarstj\u00f3rnarr\u00e1\u00f0uneyti\u00f0 tilnefnir h\u00e9r me\u00f0 Gu\u00f0r\u00fanu J\u00f3nsd\u00f3ttur, s\u00e9rfr\u00e6\u00f0ing \u00e1 skrifstofu fjarskipta- og net\u00f6ryggism\u00e1la, til \u00fe\u00e1ttt\u00f6ku \u00ed fyrsta samr\u00e1\u00f0sfundinum \u00ed B\u00fadapest 10. september nk.

Netfang hennar er gudrun.jonsdottir@srn.is.

Me\u00f0 kve\u00f0ju,

Einar \u00de\u00f3r Hallsson
Samg\u00f6ngu- og sveitarstj\u00f3rnarr\u00e1\u00f0uneyti\u00f0
S\u00f6lvh\u00f3lsg\u00f6tu 7, 101 Reykjav\u00edk
""",
    tags=["name only in accusative (Icelandic)", "Icelandic place name B\u00fadapest"])

add(key="cyp", lang="el", kind="nomination", state="CYP",
    dels=[D("\u0391\u03bd\u03b4\u03c1\u03ad\u03b1\u03c2 \u0393\u03b5\u03c9\u03c1\u03b3\u03af\u03bf\u03c5",
            aliases=["\u0391\u03bd\u03b4\u03c1\u03ad\u03b1 \u0393\u03b5\u03c9\u03c1\u03b3\u03af\u03bf\u03c5", "Andreas Georgiou"],
            title="\u039b\u03b5\u03b9\u03c4\u03bf\u03c5\u03c1\u03b3\u03cc\u03c2 \u0397\u03bb\u03b5\u03ba\u03c4\u03c1\u03bf\u03bd\u03b9\u03ba\u03ce\u03bd \u0395\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03b9\u03ce\u03bd",
            email="ageorgiou@dec.mcw.gov.cy")],
    sess=[B],
    frm=("\u0395\u03bb\u03ad\u03bd\u03b7 \u03a7\u03b1\u03c1\u03b1\u03bb\u03ac\u03bc\u03c0\u03bf\u03c5\u03c2", "echaralambous@dec.mcw.gov.cy"), hcs="iso-8859-7",
    subj="\u0395\u03b3\u03ba\u03cd\u03ba\u03bb\u03b9\u03bf\u03c2 CI-19/35 - \u039a\u03cd\u03c0\u03c1\u03bf\u03c2", date=("2019-08-12 09:33:48", 3),
    client="outlook", struct="alt", cs="iso-8859-7", cte="quoted-printable", clang="el-GR", hlang="EL",
    text="""\u0391\u03b3\u03b1\u03c0\u03b7\u03c4\u03ad \u03ba\u03cd\u03c1\u03b9\u03b5 Clark,

\u03a3\u03b5 \u03c3\u03c5\u03bd\u03ad\u03c7\u03b5\u03b9\u03b1 \u03c4\u03b7\u03c2 \u03b5\u03b3\u03ba\u03c5\u03ba\u03bb\u03af\u03bf\u03c5 CI-19/35, \u03c4\u03bf \u03a4\u03bc\u03ae\u03bc\u03b1 \u0397\u03bb\u03b5\u03ba\u03c4\u03c1\u03bf\u03bd\u03b9\u03ba\u03ce\u03bd \u0395\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03b9\u03ce\u03bd \u03c4\u03bf\u03c5 \u03a5\u03c0\u03bf\u03c5\u03c1\u03b3\u03b5\u03af\u03bf\u03c5 \u039c\u03b5\u03c4\u03b1\u03c6\u03bf\u03c1\u03ce\u03bd, \u0395\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03b9\u03ce\u03bd \u03ba\u03b1\u03b9 \u0388\u03c1\u03b3\u03c9\u03bd \u03c4\u03b7\u03c2 \u039a\u03c5\u03c0\u03c1\u03b9\u03b1\u03ba\u03ae\u03c2 \u0394\u03b7\u03bc\u03bf\u03ba\u03c1\u03b1\u03c4\u03af\u03b1\u03c2 \u03bf\u03c1\u03af\u03b6\u03b5\u03b9 \u03c4\u03bf\u03bd \u03ba. \u0391\u03bd\u03b4\u03c1\u03ad\u03b1 \u0393\u03b5\u03c9\u03c1\u03b3\u03af\u03bf\u03c5 (Andreas Georgiou), \u039b\u03b5\u03b9\u03c4\u03bf\u03c5\u03c1\u03b3\u03cc \u0397\u03bb\u03b5\u03ba\u03c4\u03c1\u03bf\u03bd\u03b9\u03ba\u03ce\u03bd \u0395\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03b9\u03ce\u03bd, \u03c9\u03c2 \u03b5\u03ba\u03c0\u03c1\u03cc\u03c3\u03c9\u03c0\u03bf \u03c3\u03c4\u03b7\u03bd \u03c0\u03c1\u03ce\u03c4\u03b7 \u03c3\u03c5\u03bd\u03b5\u03b4\u03c1\u03af\u03b1 \u03b4\u03b9\u03b1\u03b2\u03bf\u03cd\u03bb\u03b5\u03c5\u03c3\u03b7\u03c2 \u03c3\u03c4\u03b7 \u0392\u03bf\u03c5\u03b4\u03b1\u03c0\u03ad\u03c3\u03c4\u03b7 (10 \u03a3\u03b5\u03c0\u03c4\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5 2019).

\u03a3\u03c4\u03bf\u03b9\u03c7\u03b5\u03af\u03b1 \u03b5\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03af\u03b1\u03c2: ageorgiou@dec.mcw.gov.cy, \u03c4\u03b7\u03bb. +357 22 814 830.

\u039c\u03b5 \u03b5\u03ba\u03c4\u03af\u03bc\u03b7\u03c3\u03b7,

\u0395\u03bb\u03ad\u03bd\u03b7 \u03a7\u03b1\u03c1\u03b1\u03bb\u03ac\u03bc\u03c0\u03bf\u03c5\u03c2
\u03a4\u03bc\u03ae\u03bc\u03b1 \u0397\u03bb\u03b5\u03ba\u03c4\u03c1\u03bf\u03bd\u03b9\u03ba\u03ce\u03bd \u0395\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03b9\u03ce\u03bd, \u039b\u03b5\u03c5\u03ba\u03c9\u03c3\u03af\u03b1
""", tags=["Greek accusative + Latin alias", "iso-8859-7"])

add(key="est", lang="et", kind="nomination", state="EST",
    dels=[D("Kadri Tamm", title="digiriigi arengu osakonna n\u00f5unik", email="kadri.tamm@mkm.ee")], sess=[B],
    frm=("Mart Kask", "mart.kask@mkm.ee"), subj="Ringkiri CI-19/35 - Eesti osalemine",
    hcs="iso-8859-15", henc="Q", date=("2019-08-10 10:48:02", 3), client="thunderbird", cs="iso-8859-15", cte="8bit",
    text="""Lugupeetud hr Clark,

Viitega ringkirjale CI-19/35 teatame, et Eesti osaleb Budapesti konsultatsioonil (10. september 2019). Majandus- ja Kommunikatsiooniministeeriumi esindajana osaleb Kadri Tamm, digiriigi arengu osakonna n\u00f5unik (kadri.tamm@mkm.ee).

Lugupidamisega

Mart Kask
Majandus- ja Kommunikatsiooniministeerium
Suur-Ameerika 1, 10122 Tallinn
""", tags=["iso-8859-15 8bit"])

add(key="lva", lang="lv", kind="nomination", state="LVA",
    dels=[D("J\u0101nis B\u0113rzi\u0146\u0161", aliases=["J\u0101ni B\u0113rzi\u0146u"], title="Sakaru departamenta direktora vietnieks",
            email="janis.berzins@sam.gov.lv")], sess=[B],
    frm=("Ilze Ozoli\u0146a", "ilze.ozolina@sam.gov.lv"), hcs="iso-8859-13", henc="Q",
    subj="Apk\u0101rtraksts CI-19/35 - Latvijas dal\u012bba", date=("2019-08-07 16:02:37", 3), client="outlook", struct="alt",
    cs="iso-8859-13", cte="quoted-printable", clang="lv-LV", hlang="LV",
    text="""Godātais Klārka kungs!

Atsaucoties uz apkārtrakstu CI-19/35, Satiksmes ministrija informē, ka Latvija vēlas piedalīties pirmajā konsultāciju sesijā Budapeštā 2019. gada 10. septembrī, un izvirza Sakaru departamenta direktora vietnieku Jāni Bērziņu (janis.berzins@sam.gov.lv).

Ar cieņu

Ilze Ozoliņa
Starptautiskās sadarbības nodaļa
Satiksmes ministrija, Rīga
""", tags=["name only in accusative (Latvian)", "addressee's name Latvianised (Kl\u0101rka kungs)"])

add(key="ltu", lang="lt", kind="nomination", state="LTU",
    dels=[D("R\u016bta Petrauskien\u0117", aliases=["R\u016bt\u0105 Petrauskien\u0119"],
            title="Ry\u0161i\u0173 politikos skyriaus vyriausioji specialist\u0117", email="ruta.petrauskiene@sumin.lt")], sess=[B],
    frm=("Tomas \u017dukauskas", "tomas.zukauskas@sumin.lt"), hcs="windows-1257", henc="Q",
    subj="Aplinkra\u0161tis CI-19/35", date=("2019-08-14 11:27:55", 3), client="outlook", struct="alt",
    cs="windows-1257", cte="quoted-printable", clang="lt-LT", hlang="LT",
    text="""Gerbiamas p. Clark,

Atsakydami į aplinkraštį CI-19/35, informuojame, kad Lietuvos Respublikos susisiekimo ministerija deleguoja Rūtą Petrauskienę, Ryšių politikos skyriaus vyriausiąją specialistę, dalyvauti tik pirmojoje konsultacijų sesijoje Budapešte (2019 m. rugsėjo 10 d.). Kitose sesijose 2020 m. dalyvauti neplanuojame.

El. paštas: ruta.petrauskiene@sumin.lt

Pagarbiai

Tomas Žukauskas
Tarptautinio bendradarbiavimo skyrius
Susisiekimo ministerija
""", tags=["accusative name (Lithuanian)", "restricted to first session, 2020 sessions declined"])

add(key="svn", lang="sl", kind="nomination", state="SVN",
    dels=[D("Matej Kranjc", aliases=["Mateja Kranjca"], title="svetovalec direktorja", email="matej.kranjc@akos-rs.si")],
    sess=[B],
    frm=("Nina \u017dagar", "nina.zagar@akos-rs.si"), hcs="iso-8859-2", henc="Q",
    subj="Okro\u017enica CI-19/35 - AKOS", date=("2019-08-06 08:55:14", 2), client="thunderbird",
    cs="iso-8859-2", cte="quoted-printable",
    text="""Spoštovani g. Clark,

v zvezi z okrožnico CI-19/35 vas obveščamo, da Agencija za komunikacijska omrežja in storitve Republike Slovenije (AKOS) za udeleženca prve sesije, ki bo 10. septembra 2019 v Budimpešti, imenuje g. Mateja Kranjca, svetovalca direktorja (matej.kranjc@akos-rs.si).

Lep pozdrav,

Nina Žagar
Služba za mednarodne zadeve
AKOS, Ljubljana
""", tags=["accusative name (Slovenian)", "Slovenian place name Budimpe\u0161ta"])

add(key="mkd", lang="mk", kind="nomination", state="MKD",
    dels=[D("\u0415\u043b\u0435\u043d\u0430 \u0421\u0442\u043e\u0458\u0430\u043d\u043e\u0432\u0441\u043a\u0430-\u041f\u0435\u0442\u0440\u043e\u0432\u0441\u043a\u0430",
            aliases=["Elena Stojanovska-Petrovska"], title="\u0441\u043e\u0432\u0435\u0442\u043d\u0438\u043a \u0437\u0430 \u0434\u0438\u0433\u0438\u0442\u0430\u043b\u043d\u0430 \u0435\u043a\u043e\u043d\u043e\u043c\u0438\u0458\u0430",
            email="elena.stojanovska@mioa.gov.mk")], sess=[B],
    frm=("Zoran Trajkovski", "zoran.trajkovski@mioa.gov.mk"),
    subj="\u0426\u0438\u0440\u043a\u0443\u043b\u0430\u0440\u043d\u043e \u043f\u0438\u0441\u043c\u043e CI-19/35", hcs="windows-1251",
    date=("2019-08-12 13:15:00", 2), client="outlook", struct="alt", cs="windows-1251", cte="quoted-printable",
    clang="mk-MK", hlang="MK",
    text="""Почитуван господине Кларк,

Во врска со циркуларното писмо CI-19/35, Министерството за информатичко општество и администрација на Република Северна Македонија ја номинира г-ѓа Елена Стојановска-Петровска (Elena Stojanovska-Petrovska), советник за дигитална економија, за учество на првата консултативна сесија во Будимпешта на 10 септември 2019 година.

Е-пошта: elena.stojanovska@mioa.gov.mk

Со почит,

Зоран Трајковски
Сектор за меѓународна соработка
""", tags=["Macedonian Cyrillic in windows-1251", "Latin alias"])

add(key="srb", lang="sr", kind="nomination", state="SRB",
    dels=[D("\u041c\u0438\u043b\u043e\u0448 \u0408\u043e\u0432\u0430\u043d\u043e\u0432\u0438\u045b",
            aliases=["\u041c\u0438\u043b\u043e\u0448\u0430 \u0408\u043e\u0432\u0430\u043d\u043e\u0432\u0438\u045b\u0430"],
            title="\u0432\u0438\u0448\u0438 \u0441\u0430\u0432\u0435\u0442\u043d\u0438\u043a \u0443 \u0421\u0435\u043a\u0442\u043e\u0440\u0443 \u0437\u0430 \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043e \u0434\u0440\u0443\u0448\u0442\u0432\u043e",
            email="milos.jovanovic@mtt.gov.rs")], sess=[B],
    frm=("\u0408\u0435\u043b\u0435\u043d\u0430 \u041c\u0430\u0440\u043a\u043e\u0432\u0438\u045b", "jelena.markovic@mtt.gov.rs"),
    subj="\u0426\u0438\u0440\u043a\u0443\u043b\u0430\u0440\u043d\u043e \u043f\u0438\u0441\u043c\u043e CI-19/35 - \u0420\u0435\u043f\u0443\u0431\u043b\u0438\u043a\u0430 \u0421\u0440\u0431\u0438\u0458\u0430",
    date=("2019-08-09 12:40:33", 2), client="zimbra", cs="utf-8", cte="base64",
    text="""Поштовани господине Кларк,

Поводом циркуларног писма CI-19/35, Министарство трговине, туризма и телекомуникација Републике Србије предлаже господина Милоша Јовановића, вишег саветника у Сектору за информационо друштво, за учешће на првој консултативној сесији у Будимпешти 10. септембра 2019. године.

Контакт: milos.jovanovic@mtt.gov.rs, тел. +381 11 311 10 42

С поштовањем,
Јелена Марковић / Jelena Marković
Сектор за међународну сарадњу
""", tags=["genitive/accusative name (Serbian)"])

add(key="alb", lang="sq", kind="interest_only", state="ALB", sess=[C, W],
    frm=("Arben Hoxha", "arben.hoxha@akep.al"), subj="P\u00ebrgjigje p\u00ebr qarkoren CI-19/35",
    hcs="utf-8", date=("2019-08-14 15:09:27", 2), client="outlook", struct="alt", cs="utf-8", cte="quoted-printable",
    clang="sq-AL", hlang="SQ",
    text="""I nderuar z. Clark,

Në përgjigje të qarkores CI-19/35, Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) ju njofton se, për shkak të angazhimeve të mëparshme, nuk do të mund të marrë pjesë në sesionin e Budapestit më 10 shtator. Megjithatë, AKEP është shumë e interesuar të marrë pjesë në sesionet e vitit 2020, gjatë mbledhjeve të Grupeve të Punës të Këshillit dhe Forumit WSIS. Emrat e përfaqësuesve do t'ju dërgohen në kohën e duhur.

Me respekt,

Arben Hoxha
Drejtoria e Marrëdhënieve me Jashtë
AKEP, Tiranë
""", tags=["declines Budapest but interested in the 2020 sessions: interest_only for cwg-2020 + wsis-2020"])

add(key="mda1", lang="ro", kind="nomination", state="MDA",
    dels=[D("Vitalie Cojocaru", title="\u0219ef al Direc\u021biei politici \u00een domeniul tehnologiei informa\u021biei",
            email="vitalie.cojocaru@mei.md")], sess=[B],
    frm=("Natalia Rusu", "natalia.rusu@mei.gov.md"), hcs="iso-8859-16", henc="Q",
    subj="Scrisoarea circular\u0103 CI-19/35 - Republica Moldova", date=("2019-08-01 10:30:18", 3),
    client="thunderbird", cs="iso-8859-16", cte="quoted-printable",
    text="""Stimate domnule Clark,

Ca răspuns la scrisoarea circulară CI-19/35, Ministerul Economiei și Infrastructurii al Republicii Moldova îl desemnează pe dl Vitalie Cojocaru, șef al Direcției politici în domeniul tehnologiei informației, pentru prima sesiune de consultări de la Budapesta (10 septembrie 2019).

Adresa de e-mail: vitalie.cojocaru@mei.md

Cu stimă,
Natalia Rusu
Direcția relații externe
""", tags=["iso-8859-16 (Romanian comma-below letters)"])
add(key="mda2", lang="ro", kind="correction", state="MDA", sup="mda1",
    dels=[D("Vitalie Cojocaru", email="vitalie.cojocaru@mei.gov.md")], sess=[B],
    frm=("Natalia Rusu", "natalia.rusu@mei.gov.md"), hcs="utf-8",
    subj="Re: Scrisoarea circular\u0103 CI-19/35 - Republica Moldova (corectare e-mail)", date=("2019-08-05 09:12:40", 3),
    client="thunderbird", cs="utf-8", cte="8bit", irt="mda1",
    text="""Stimate domnule Clark,

Vă rugăm să rețineți că adresa corectă de e-mail a dlui Vitalie Cojocaru este vitalie.cojocaru@mei.gov.md, nu cea indicată în mesajul nostru din 1 august. Restul informațiilor rămân neschimbate.

Ne cerem scuze pentru neplăcere.

Cu stimă,
Natalia Rusu

On 01.08.2019 10:30, Natalia Rusu wrote:
> Adresa de e-mail: vitalie.cojocaru@mei.md
""", tags=["correction: only the e-mail address fixed"])

add(key="hun", lang="hu", kind="nomination", state="HUN",
    dels=[D("Kov\u00e1csn\u00e9 Szab\u00f3 Edit", title="f\u0151oszt\u00e1lyvezet\u0151", email="kovacsne.szabo.edit@nmhh.hu"),
          D("Nagy P\u00e9ter", title="szakmai tan\u00e1csad\u00f3", email="nagy.peter@nmhh.hu")], sess=[B],
    frm=("T\u00f3th G\u00e1bor", "toth.gabor@nmhh.hu"), hcs="iso-8859-2", henc="Q",
    subj="CI-19/35 k\u00f6rlev\u00e9l - NMHH r\u00e9szv\u00e9tel", date=("2019-07-31 15:20:44", 2), client="outlook",
    struct="alt", cs="iso-8859-2", cte="quoted-printable", clang="hu-HU", hlang="HU",
    text="""Tisztelt Clark Úr!

A CI-19/35. számú körlevélre hivatkozva tájékoztatjuk, hogy a Nemzeti Média- és Hírközlési Hatóság (NMHH) részt kíván venni a 2019. szeptember 10-i budapesti konzultációs ülésen. Az NMHH képviseletében dr. Kovácsné Szabó Edit főosztályvezető és Nagy Péter szakmai tanácsadó vesz részt.

Elérhetőségek: kovacsne.szabo.edit@nmhh.hu; nagy.peter@nmhh.hu

Üdvözlettel:

Tóth Gábor
Nemzetközi Főosztály
Nemzeti Média- és Hírközlési Hatóság
1133 Budapest, Visegrádi u. 106.
""", tags=["host country", "family name first", "lower-case dr.", "Budapest in signature address"])

HU_NEWS = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body style="font-family:Arial">
<h2>Startup Hungary h\u00edrlev\u00e9l &ndash; 2019. augusztus</h2>
<p>Szeptemberben Budapesten rendezik az ITU Telecom World 2019 ki\u00e1ll\u00edt\u00e1st. A magyar startupok k\u00f6z\u00f6s standj\u00e1ra
m\u00e9g augusztus 23-ig lehet jelentkezni, a zs\u0171ri \u00e1ltal jel\u00f6lt c\u00e9gek ingyenes helyet kapnak.</p>
<p>Tov\u00e1bbi programok: KKV-finansz\u00edroz\u00e1si workshop (szeptember 10.), pitch-est a Millen\u00e1ris Parkban.</p>
<p style="font-size:10px">Leiratkoz\u00e1s: <a href="https://startuphungary.hu/leiratkozas">ide kattintva</a></p>
</body></html>
"""
add(key="hu_news", lang="hu", kind="unrelated",
    frm=("Startup Hungary", "hirlevel@startuphungary.hu"), hcs="iso-8859-2", henc="Q",
    subj="H\u00edrlev\u00e9l: ITU Telecom World Budapesten - jelentkez\u00e9s a k\u00f6z\u00f6s standra",
    date=("2019-08-14 07:30:00", 2), client="webmail", struct="html", html=HU_NEWS, cs="iso-8859-2", hcte="quoted-printable",
    extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://startuphungary.hu/leiratkozas>")],
    tags=["unrelated newsletter: Budapest, 10 September, nominations of start-ups"])

add(key="pol", lang="pl", kind="nomination", state="POL",
    dels=[D("Tomasz Nowak", aliases=["Tomasza Nowaka"], title="naczelnik Wydzia\u0142u Innowacji w Departamencie Gospodarki Cyfrowej",
            email="tomasz.nowak@mc.gov.pl")], sess=[B],
    frm=("Katarzyna Wi\u015bniewska", "katarzyna.wisniewska@mc.gov.pl"), hcs="iso-8859-2", henc="Q",
    subj="Odpowied\u017a na list okólny CI-19/35", date=("2019-08-08 12:44:31", 2), client="outlook", struct="alt",
    cs="iso-8859-2", cte="quoted-printable", clang="pl-PL", hlang="PL",
    text="""Szanowny Panie,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji zgłasza kandydaturę Pana Tomasza Nowaka, naczelnika Wydziału Innowacji w Departamencie Gospodarki Cyfrowej, do udziału w pierwszej sesji konsultacyjnej w Budapeszcie (10 września 2019 r.).

Dane kontaktowe: tomasz.nowak@mc.gov.pl, tel. +48 22 245 59 10.

Z wyrazami szacunku

Katarzyna Wiśniewska
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
""", tags=["genitive name (Polish)"])

add(key="cze", lang="cs", kind="nomination", state="CZE",
    dels=[D("Petr Svoboda", aliases=["Petra Svobodu"], title="\u0159editel odboru regulace komunika\u010dn\u00edch \u010dinnost\u00ed",
            email="svobodap@ctu.cz")], sess=[B],
    frm=("Lucie Hor\u00e1kov\u00e1", "horakoval@ctu.cz"), hcs="windows-1250", henc="Q",
    subj="Ob\u011b\u017en\u00edk CI-19/35 - nominace \u010cT\u00da", date=("2019-08-05 10:12:09", 2), client="outlook",
    struct="alt", cs="windows-1250", cte="quoted-printable", clang="cs-CZ", hlang="CS",
    text="""Vážený pane Clarku,

v návaznosti na oběžník CI-19/35 Vám sdělujeme, že Český telekomunikační úřad nominuje na první konzultační zasedání v Budapešti (10. září 2019) Ing. Petra Svobodu, Ph.D., ředitele odboru regulace komunikačních činností (svobodap@ctu.cz).

S pozdravem

Mgr. Lucie Horáková
oddělení mezinárodních vztahů, ČTÚ
""", tags=["accusative name with academic titles Ing./Ph.D. (Czech)", "vocative addressee (pane Clarku)"])

# ==========================================================================
# Central Asia and Caucasus
# ==========================================================================
add(key="kaz", lang="kk", kind="nomination", state="KAZ",
    dels=[D("\u0410\u0441\u049b\u0430\u0440 \u049a\u0430\u0439\u0440\u0430\u0442\u04b1\u043b\u044b \u0416\u0430\u043d\u0431\u0443\u043b\u0430\u0442\u043e\u0432",
            aliases=["\u0416\u0430\u043d\u0431\u0443\u043b\u0430\u0442\u043e\u0432 \u0410\u0441\u043a\u0430\u0440 \u041a\u0430\u0439\u0440\u0430\u0442\u043e\u0432\u0438\u0447"],
            title="\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0446\u0438\u0444\u0440\u043e\u0432\u043e\u0433\u043e \u0440\u0430\u0437\u0432\u0438\u0442\u0438\u044f, \u0438\u043d\u043d\u043e\u0432\u0430\u0446\u0438\u0439 \u0438 \u0430\u044d\u0440\u043e\u043a\u043e\u0441\u043c\u0438\u0447\u0435\u0441\u043a\u043e\u0439 \u043f\u0440\u043e\u043c\u044b\u0448\u043b\u0435\u043d\u043d\u043e\u0441\u0442\u0438"),
          D("\u0415\u0440\u043b\u0430\u043d \u041c\u0430\u0440\u0430\u0442\u04b1\u043b\u044b \u0421\u0435\u0439\u0442\u049b\u0430\u043b\u0438",
            aliases=["\u0421\u0435\u0439\u0442\u043a\u0430\u043b\u0438 \u0415\u0440\u043b\u0430\u043d \u041c\u0430\u0440\u0430\u0442\u043e\u0432\u0438\u0447"],
            title="\u0422\u0435\u043b\u0435\u043a\u043e\u043c\u043c\u0443\u043d\u0438\u043a\u0430\u0446\u0438\u044f\u043b\u0430\u0440 \u0434\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442\u0456\u043d\u0456\u04a3 \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u044b",
            email="e.seitkali@mdai.gov.kz")],
    sess=[B],
    frm=("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u049b\u0430\u0431\u044b\u043b\u0434\u0430\u0443 \u0431\u04e9\u043b\u043c\u0435\u0441\u0456", "priemnaya@mdai.gov.kz"),
    subj="CI-19/35 \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043b\u044b\u049b \u0445\u0430\u0442\u044b\u043d\u0430 \u0436\u0430\u0443\u0430\u043f / \u041e\u0442\u0432\u0435\u0442 \u043d\u0430 \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e",
    date=("2019-08-17 02:30:11", 6), client="outlook", struct="alt", cs="utf-8", cte="base64", clang="ru-RU", hlang="KK",
    text="""Құрметті Кларк мырза!

Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі CI-19/35 циркулярлық хатына жауап ретінде мынаны хабарлайды.

2019 жылғы 10 қыркүйекте Будапешт қаласында ITU Telecom World 2019 аясында өтетін бірінші консультациялық сессияға Министр Асқар Қайратұлы Жанбулатов жеке өзі қатысады. Министрді Телекоммуникациялар департаментінің директоры Ерлан Маратұлы Сейтқали сүйемелдейді (e.seitkali@mdai.gov.kz).

Құрметпен,
Министрдің хатшысы Нұргүл Әбенова

---

Уважаемый г-н Кларк!

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан в ответ на циркулярное письмо CI-19/35 сообщает, что Министр Жанбулатов Аскар Кайратович лично примет участие в первой консультационной сессии (Будапешт, 10 сентября 2019 г.). Министра будет сопровождать директор Департамента телекоммуникаций Сейткали Ерлан Маратович.

С уважением,
секретарь приемной Министра Н. Абенова
""", tags=["bilingual Kazakh then Russian (language = kk)", "secretary writes; the Minister himself IS a delegate",
             "Kazakh and Russian forms of the same names", "Saturday 02:30 in Nur-Sultan = Friday 22:30 Geneva"])

add(key="kgz2", lang="ky", kind="correction", state="KGZ", sup="kgz1",
    dels=[D("\u0416\u0443\u043c\u0430\u0431\u0430\u0435\u0432 \u0411\u0430\u043a\u044b\u0442 \u0410\u0441\u044b\u043b\u0431\u0435\u043a\u043e\u0432\u0438\u0447",
            title="\u0441\u0430\u043d\u0430\u0440\u0438\u043f\u0442\u0438\u043a \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0430\u043d\u044b \u04e9\u043d\u04af\u043a\u0442\u04af\u0440\u04af\u04af \u0431\u04e9\u043b\u04af\u043c\u04af\u043d\u04af\u043d \u0431\u0430\u0448\u043a\u044b \u0430\u0434\u0438\u0441\u0438",
            email="b.zhumabaev@ccra.kg")], sess=[B],
    frm=("\u0410\u0439\u0436\u0430\u043d \u0422\u043e\u043a\u0442\u043e\u0441\u0443\u043d\u043e\u0432\u0430", "a.toktosunova@ccra.kg"),
    subj="\u041a\u043e\u0448\u0443\u043c\u0447\u0430 \u043c\u0430\u0430\u043b\u044b\u043c\u0430\u0442: CI-19/35", date=("2019-08-21 10:05:30", 6),
    client="outlook", struct="alt", cs="utf-8", cte="base64", clang="ru-RU", hlang="KY", irt="kgz1",
    text="""Урматтуу Кларк мырза!

Кыргыз Республикасынын Өкмөтүнө караштуу Байланыш боюнча мамлекеттик агенттиги 2019-жылдын 6-августундагы катына кошумча төмөнкүнү билдирет: Будапешттеги биринчи консультациялык сессияга Асанбеков Нурлан Токтогуловичтин ордуна санариптик экономиканы өнүктүрүү бөлүмүнүн башкы адиси Жумабаев Бакыт Асылбекович катышат (b.zhumabaev@ccra.kg).

Урматтоо менен,
Айжан Токтосунова
""", tags=["correction in Kyrgyz of a Russian/English nomination", "replaced", "late"])

add(key="uzb", lang="uz", kind="nomination", state="UZB",
    dels=[D("Sardor Baxtiyorovich Karimov", aliases=["Sardor Baxtiyorovich Karimovni", "S.B. Karimov"],
            title="Raqamli iqtisodiyot boshqarmasi bosh mutaxassisi", email="s.karimov@mitc.uz")], sess=[B],
    frm=("Xalqaro hamkorlik boshqarmasi", "xalqaro@mitc.uz"), subj="CI-19/35-sonli sirkulyar xatga javob",
    date=("2019-08-12 11:40:09", 5), client="webmail", cs="utf-8", cte="quoted-printable",
    text="""Hurmatli janob Klark!

O\u02bbzbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi CI-19/35-sonli sirkulyar xatga javoban 2019-yil 10-sentabr kuni Budapesht shahrida bo\u02bblib o\u02bbtadigan birinchi maslahat sessiyasida ishtirok etish uchun Raqamli iqtisodiyot boshqarmasi bosh mutaxassisi Sardor Baxtiyorovich Karimovni tavsiya etadi.

Ma\u02bclumot uchun: S.B. Karimov 2012-yilda Toshkent axborot texnologiyalari universitetini tamomlagan, 2015\u20132018-yillarda IT Park rezidentlari bilan ishlash bo\u02bblimida faoliyat yuritgan, 2018-yildan buyon vazirlikda ishlaydi.

Tel.: +998 71 238-41-17, mob.: +998 90 351-22-08, e-pochta: s.karimov@mitc.uz

Hurmat bilan,
Xalqaro hamkorlik boshqarmasi
""", tags=["Uzbek Latin with accusative suffix", "CV details and phone numbers"])

add(key="tjk_q", lang="tg", kind="inquiry", state="TJK",
    frm=("\u0428\u04ef\u044a\u0431\u0430\u0438 \u0440\u0430\u0432\u043e\u0431\u0438\u0442\u0438 \u0431\u0430\u0439\u043d\u0430\u043b\u043c\u0438\u043b\u0430\u043b\u04e3", "intdep@khadamotialoqa.tj"),
    subj="\u0421\u0430\u0432\u043e\u043b \u0434\u0430\u0440 \u0431\u043e\u0440\u0430\u0438 CI-19/35", date=("2019-08-05 09:20:00", 5),
    client="webmail", cs="utf-8", cte="base64",
    text="""Ҷаноби Кларк!

Хадамоти алоқа дар назди Ҳукумати Ҷумҳурии Тоҷикистон хоҳиш менамояд маълумот диҳед: оё иштироки фосилавӣ (онлайн) дар ҷаласаи машваратии Будапешт имконпазир аст ва оё ИБЭ хароҷоти сафари намояндагонро аз кишварҳои камтар тараққикарда пардохт мекунад?

Бо эҳтиром,
Шӯъбаи равобити байналмилалӣ
""", tags=["inquiry in Tajik"])

add(key="tkm_ooo", lang="tk", kind="auto_reply",
    frm=("D\u00f6wletmyrat Saparow", "d.saparow@mcc.gov.tm"), subj="Awtomatik jogap: " + CIRC_SUBJ,
    date=("2019-07-23 17:12:40", 5), client="webmail", cs="utf-8", cte="quoted-printable", irt="circ",
    extra=[("Auto-Submitted", "auto-replied")],
    text="""Salam!

Men 2019-njy \u00fdyly\u0148 26-njy awgustyna \u00e7enli z\u00e4hmet rugsadynda. Gyssagly meseleler bo\u00fdun\u00e7a Maral Orazowa \u00fd\u00fcz tutmagy\u0148yzy ha\u00fdy\u015f ed\u00fd\u00e4rin (m.orazowa@mcc.gov.tm).

Hormatlamak bilen,
D\u00f6wletmyrat Saparow
""", tags=["auto-reply in Turkmen"])

add(key="mng", itu_off=0, lang="mn", kind="nomination", state="MNG",
    dels=[D("\u0411\u0430\u0442\u0431\u043e\u043b\u0434\u044b\u043d \u042d\u043d\u0445\u0442\u0443\u044f\u0430", aliases=["Enkhtuya Batbold"],
            title="\u0418\u043d\u043d\u043e\u0432\u0430\u0446\u0438\u0439\u043d \u0433\u0430\u0437\u0440\u044b\u043d \u0430\u0445\u043b\u0430\u0445 \u043c\u044d\u0440\u0433\u044d\u0436\u0438\u043b\u0442\u044d\u043d",
            email="enkhtuya.b@cita.gov.mn")], sess=[B],
    frm=("Gadaad Khariltsaa", "gadaad@cita.gov.mn"),
    subj="CI-19/35 \u0442\u043e\u043e\u0442 \u0430\u043b\u0431\u0430\u043d \u0431\u0438\u0447\u0433\u0438\u0439\u043d \u0445\u0430\u0440\u0438\u0443", date=("2019-08-08 16:18:27", 8),
    client="outlook", struct="alt", cs="utf-8", cte="base64", clang="en-US", hlang="MN",
    text="""Эрхэм хүндэт Кларк танаа,

Олон улсын цахилгаан холбооны байгууллагын CI-19/35 тоот албан бичгийн дагуу Монгол Улсын Харилцаа холбоо, мэдээллийн технологийн газар нь 2019 оны 9-р сарын 10-нд Будапешт хотноо болох анхдугаар зөвлөлдөх уулзалтад Инновацийн газрын ахлах мэргэжилтэн Батболдын Энхтуяа (Enkhtuya Batbold)-г оролцуулахаар шийдвэрлэсэн болно.

Холбоо барих: enkhtuya.b@cita.gov.mn, утас: +976 51 263 344

Хүндэтгэсэн,
Гадаад харилцааны хэлтэс
""", tags=["Mongolian patronymic + given name", "Latin alias with case suffix attached"])

add(key="aze", lang="az", kind="nomination", state="AZE",
    dels=[D("Elvin M\u0259mm\u0259dov", aliases=["Elvin M\u0259mm\u0259dovu"], title="\u0130nnovasiyalar \u015f\u00f6b\u0259sinin ba\u015f m\u0259sl\u0259h\u0259t\u00e7isi",
            email="e.mammadov@mincom.gov.az")], sess=[B],
    frm=("Leyla Hasanova", "l.hasanova@mincom.gov.az"), subj="CI-19/35 sayl\u0131 sirkulyar m\u0259ktub",
    date=("2019-08-14 17:02:55", 4), client="outlook", struct="alt", cs="utf-8", cte="quoted-printable",
    clang="az-Latn-AZ", hlang="AZ",
    text="""Hörmətli cənab Klark,

CI-19/35 saylı sirkulyar məktuba cavab olaraq, Azərbaycan Respublikasının Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi 10 sentyabr 2019-cu il tarixində Budapeştdə keçiriləcək ilk məsləhətləşmə sessiyasına İnnovasiyalar şöbəsinin baş məsləhətçisi cənab Elvin Məmmədovu nümayəndə kimi təqdim edir (e.mammadov@mincom.gov.az).

Hörmətlə,
Leyla Həsənova
Beynəlxalq əlaqələr şöbəsi
""", tags=["accusative name (Azerbaijani)", "same sender wrote an inquiry in Russian earlier"])

add(key="arm", lang="hy", kind="nomination", state="ARM",
    dels=[D("\u0531\u0576\u056b \u0540\u0578\u057e\u0570\u0561\u0576\u0576\u056b\u057d\u0575\u0561\u0576",
            aliases=["\u0531\u0576\u056b \u0540\u0578\u057e\u0570\u0561\u0576\u0576\u056b\u057d\u0575\u0561\u0576\u056b\u0576", "Ani Hovhannisyan"],
            title="\u0576\u0578\u0580\u0561\u0580\u0561\u0580\u0578\u0582\u0569\u0575\u0578\u0582\u0576\u0576\u0565\u0580\u056b \u057e\u0561\u0580\u0579\u0578\u0582\u0569\u0575\u0561\u0576 \u0563\u056c\u056d\u0561\u057e\u0578\u0580 \u0574\u0561\u057d\u0576\u0561\u0563\u0565\u057f",
            email="a.hovhannisyan@mhti.am")], sess=[B],
    frm=("Armen Ohanyan", "a.ohanyan@mhti.am"), subj="CI-19/35 - \u0540\u0561\u0575\u0561\u057d\u057f\u0561\u0576",
    date=("2019-08-13 12:12:12", 4), client="thunderbird", cs="utf-8", cte="base64",
    text="""Հարգելի պարոն Քլարք,

Ի պատասխան CI-19/35 շրջաբերականի՝ ՀՀ բարձր տեխնոլոգիական արդյունաբերության նախարարությունը Բուդապեշտում 2019 թ. սեպտեմբերի 10-ին կայանալիք առաջին խորհրդակցական նիստին մասնակցելու համար առաջադրում է նորարարությունների վարչության գլխավոր մասնագետ տիկին Անի Հովհաննիսյանին (Ani Hovhannisyan, a.hovhannisyan@mhti.am)։

Հարգանքով՝
Արմեն Օհանյան
Միջազգային համագործակցության վարչություն
""", tags=["Armenian dative name + Latin alias"])

add(key="geo", lang="ka", kind="decline", state="GEO",
    frm=("Nino Beridze", "n.beridze@economy.ge"), subj="CI-19/35",
    date=("2019-08-15 10:40:03", 4), client="outlook", struct="alt", cs="utf-8", cte="base64", clang="ka-GE", hlang="KA",
    text="""ბატონო კრისტოფერ,

საქართველოს ეკონომიკისა და მდგრადი განვითარების სამინისტრო მადლობას გიხდით CI-19/35 წერილისთვის. სამწუხაროდ, წინასწარ დაგეგმილი ღონისძიებების გამო, ვერ შევძლებთ ბუდაპეშტის სესიაში მონაწილეობას.

პატივისცემით,
ნინო ბერიძე
საერთაშორისო ურთიერთობების დეპარტამენტი
""", tags=["decline in Georgian"])

# ==========================================================================
# The Gulf (Persian) and West/Central Africa (local languages)
# ==========================================================================
add(key="irn", lang="fa", kind="nomination", state="IRN",
    dels=[D("\u0639\u0644\u06cc\u0631\u0636\u0627 \u06a9\u0627\u0638\u0645\u06cc", aliases=["Alireza Kazemi"],
            title="\u0645\u062f\u06cc\u0631\u06a9\u0644 \u062f\u0641\u062a\u0631 \u062a\u0648\u0633\u0639\u0647 \u06a9\u0633\u0628\u200c\u0648\u06a9\u0627\u0631\u0647\u0627\u06cc \u0646\u0648\u0622\u0648\u0631",
            email="a.kazemi@ict.gov.ir")], sess=[B],
    frm=("\u0645\u0631\u06cc\u0645 \u0631\u0636\u0627\u06cc\u06cc", "m.rezaei@ict.gov.ir"),
    subj="\u0645\u0639\u0631\u0641\u06cc \u0646\u0645\u0627\u06cc\u0646\u062f\u0647 - CI-19/35", date=("2019-08-16 23:50:02", 4.5),
    client="webmail", struct="html", html="plain", cs="utf-8", hcte="base64", rtl=True,
    text="""جناب آقای کلارک
با سلام و احترام،

پیرو بخشنامه شماره CI-19/35 اتحادیه بین‌المللی مخابرات، بدینوسیله به استحضار می‌رساند وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران، جناب آقای مهندس علیرضا کاظمی (Alireza Kazemi)، مدیرکل دفتر توسعه کسب‌وکارهای نوآور، را جهت شرکت در نخستین نشست مشورتی که در تاریخ ۱۰ سپتامبر ۲۰۱۹ در بوداپست برگزار خواهد شد، معرفی می‌نماید.

پست الکترونیک: a.kazemi@ict.gov.ir

با تشکر،
مریم رضایی
اداره کل همکاری‌های بین‌المللی
""", tags=["Persian, HTML only", "stacked honorifics", "+04:30 offset: 23:50 Tehran = 21:20 Geneva", "Persian digits"])

add(key="ner", lang="ha", kind="nomination", state="NER",
    dels=[D("Abdoulaye Issa Ma\u00efga", email="a.maiga@mpcen.gouv.ne")], sess=[B],
    frm=("Zeinabou Hamani", "zeinabou.hamani@mpcen.gouv.ne"), subj="Taron Budapest",
    date=("2019-08-15 21:03:33", 1), client="android", cs="utf-8", cte="8bit",
    text="""Assalamu alaikum Malam Christopher,

Ma'aikatar Sadarwa da Tattalin Arzikin Zamani ta Jamhuriyar Nijar ta zabi Malam Abdoulaye Issa Ma\u00efga domin ya wakilce mu a taron shawarwari na farko a Budapest ranar 10 ga Satumba. Adireshin imel dinsa: a.maiga@mpcen.gouv.ne

Na gode sosai.
Zeinabou

An aiko daga wayar Android""", tags=["Hausa, phone", "honorific Malam for addressee and nominee"])

add(key="sen_q", lang="wo", kind="inquiry", state="SEN",
    frm=("Moussa Faye", "moussa.faye@artp.sn"), subj="Ndaje Budapest",
    date=("2019-08-10 13:31:08", 0), client="iphone", cs="utf-8", cte="quoted-printable",
    text="""Salaam aleekum Christopher,

Maa ngi lay bind ci turu ARTP Senegaal. Dañu bëggoon xam ndax mën nañu yónni ñaari nit ci ndaje mu Budapest mi, walla benn rekk? Te it ndax dina am tekki ci français?

Jërëjëf,
Moussa Faye

Yónnee na ko ci sama iPhone""", tags=["Wolof inquiry, phone"])

add(key="cog", lang="ln", kind="nomination", state="COG",
    dels=[D("Chancelvie Mboungou", title="conseill\u00e8re na minist\u00e8re", email="cmboungou@postes.gouv.cg")], sess=[B],
    frm=("Gervais Okemba", "gokemba@postes.gouv.cg"), subj="Likita ya Budapest - CI-19/35",
    date=("2019-08-13 14:44:44", 1), client="webmail", cs="utf-8", cte="quoted-printable",
    text="""Mbote Tata Christopher,

Minist\u00e8re ya Postes, T\u00e9l\u00e9communications na \u00c9conomie num\u00e9rique ya Republiki ya Congo (Brazzaville) ezali na mposa ya kosangana na likita ya liboso ya Budapest, mokolo ya 10 septembre 2019. Toponi Mama Chancelvie Mboungou, conseill\u00e8re na minist\u00e8re, mpo akende kuna.

Email na ye: cmboungou@postes.gouv.cg

Matondo mingi,
Gervais Okemba
""", tags=["Lingala", "honorifics Tata/Mama"])

add(key="tza", lang="sw", kind="nomination", state="TZA",
    dels=[D("Neema Mwakalinga", title="Afisa Mkuu wa TEHAMA", email="neema.mwakalinga@mawasiliano.go.tz")], sess=[B],
    frm=("Juma Salum", "juma.salum@mawasiliano.go.tz"), subj="Barua ya mzunguko CI-19/35",
    date=("2019-08-07 10:10:47", 3), client="outlook", struct="alt", cs="us-ascii", cte="quoted-printable",
    clang="en-US", hlang="SW",
    text="""Ndugu Christopher Clark,

Kuhusu barua ya mzunguko CI-19/35, Wizara ya Ujenzi, Uchukuzi na Mawasiliano inapenda kuthibitisha nia yake ya kushiriki katika kikao cha kwanza cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019. Tunamteua Bi. Neema Mwakalinga, Afisa Mkuu wa TEHAMA, kushiriki kikao hicho.

Barua pepe: neema.mwakalinga@mawasiliano.go.tz

Wako,
Juma Salum
Idara ya Mawasiliano, Dodoma
""", tags=["Swahili", "honorific Bi."])

# ==========================================================================
# Other Member States
# ==========================================================================
add(key="jpn", lang="ja", kind="nomination", state="JPN",
    dels=[D("\u4f50\u85e4 \u5065\u4e00", aliases=["SATO Kenichi"],
            title="\u7dcf\u52d9\u7701 \u56fd\u969b\u6226\u7565\u5c40 \u56fd\u969b\u7d4c\u6e08\u8ab2 \u8ab2\u9577\u88dc\u4f50", email="k-sato@soumu.go.jp")],
    sess=[B],
    frm=("\u7530\u4e2d \u7f8e\u7a42", "m-tanaka@soumu.go.jp"), hcs="iso-2022-jp",
    subj="\u56de\u7ae0CI-19/35\u306b\u3064\u3044\u3066\uff08\u6d3e\u9063\u8005\u306e\u3054\u9023\u7d61\uff09", date=("2019-08-01 18:02:40", 9),
    client="outlook", cs="iso-2022-jp", cte="7bit", clang="ja-JP",
    text="""国際電気通信連合 事務局
クリストファー・クラーク様

いつもお世話になっております。
総務省国際戦略局国際経済課の田中でございます。

回章CI-19/35につきまして、9月10日にブダペストで開催される第1回協議会合に、以下の者を派遣いたしますのでご連絡申し上げます。

　氏名：佐藤 健一（SATO Kenichi）
　所属：総務省 国際戦略局 国際経済課 課長補佐
　E-mail：k-sato@soumu.go.jp

何卒よろしくお願い申し上げます。

田中 美穂
総務省 国際戦略局 国際経済課
""", tags=["iso-2022-jp 7bit", "field block", "postposed honorific for the addressee"])

add(key="kor", lang="ko", kind="interest_only", state="KOR", sess=[B],
    frm=("\uae40\uc9c0\ud6c8", "jihoon.kim@msit.go.kr"), hcs="ks_c_5601-1987",
    subj="CI-19/35 \ud68c\ub78c \uad00\ub828 \ud68c\uc2e0", date=("2019-08-06 17:45:21", 9), client="outlook", struct="alt",
    cs="ks_c_5601-1987", cte="base64", clang="ko-KR", hlang="KO",
    text="""Christopher Clark 님께,

과학기술정보통신부 국제협력담당관실입니다.

CI-19/35 회람과 관련하여, 대한민국은 9월 10일 부다페스트에서 개최되는 첫 번째 협의 세션에 참석할 의향이 있음을 알려드립니다. 참석자는 내부 검토를 거쳐 추후 통보드리겠습니다.

감사합니다.

김지훈 드림
과학기술정보통신부 국제협력담당관실
""", tags=["interest only", "ks_c_5601-1987 (Outlook Korean)"])

add(key="vnm", lang="vi", kind="nomination", state="VNM",
    dels=[D("Nguy\u1ec5n V\u0103n H\u00f9ng", title="Ph\u00f3 V\u1ee5 tr\u01b0\u1edfng V\u1ee5 H\u1ee3p t\u00e1c qu\u1ed1c t\u1ebf",
            email="nvhung@mic.gov.vn")], sess=[B],
    frm=("Tr\u1ea7n Th\u1ecb Mai", "ttmai@mic.gov.vn"), subj="V/v Th\u01b0 th\u00f4ng tri CI-19/35",
    date=("2019-08-09 15:25:12", 7), client="zimbra", cs="utf-8", cte="quoted-printable",
    text="""Kính gửi Ông Christopher Clark,

Liên quan đến Thư thông tri CI-19/35, Bộ Thông tin và Truyền thông Việt Nam trân trọng cử Ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác quốc tế, tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019.

Thư điện tử: nvhung@mic.gov.vn

Trân trọng,
Trần Thị Mai
Vụ Hợp tác quốc tế
""", tags=["honorific Ong for addressee and nominee", "date as 10/9"])

add(key="tha", lang="th", kind="nomination", state="THA",
    dels=[D("\u0e2a\u0e38\u0e20\u0e32\u0e1e\u0e23 \u0e28\u0e23\u0e35\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e34\u0e4c",
            title="\u0e1c\u0e39\u0e49\u0e2d\u0e33\u0e19\u0e27\u0e22\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e27\u0e19\u0e04\u0e27\u0e32\u0e21\u0e23\u0e48\u0e27\u0e21\u0e21\u0e37\u0e2d\u0e23\u0e30\u0e2b\u0e27\u0e48\u0e32\u0e07\u0e1b\u0e23\u0e30\u0e40\u0e17\u0e28",
            email="supaporn.s@nbtc.go.th")], sess=[B],
    frm=("Wichai Thongdee", "wichai.t@nbtc.go.th"), hcs="tis-620",
    subj="CI-19/35 \u0e01\u0e32\u0e23\u0e40\u0e2a\u0e19\u0e2d\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e39\u0e49\u0e41\u0e17\u0e19", date=("2019-08-12 14:33:09", 7),
    client="outlook", struct="alt", cs="tis-620", cte="base64", clang="th-TH", hlang="TH",
    text="""เรียน คุณคริสโตเฟอร์ คลาร์ก

ตามที่ ITU ได้มีหนังสือเวียนที่ CI-19/35 สำนักงาน กสทช. ขอแจ้งว่า ประเทศไทยยินดีเข้าร่วมการประชุมหารือครั้งแรก ณ กรุงบูดาเปสต์ ในวันที่ 10 กันยายน 2562 โดยขอเสนอชื่อ นางสาวสุภาพร ศรีสวัสดิ์ ผู้อำนวยการส่วนความร่วมมือระหว่างประเทศ เป็นผู้แทน (supaporn.s@nbtc.go.th) ทั้งนี้ ขึ้นอยู่กับการอนุมัติการเดินทาง

ขอแสดงความนับถือ
วิชัย ทองดี
สำนักความสัมพันธ์ระหว่างประเทศ สำนักงาน กสทช.
""", tags=["Thai honorific glued to the given name", "Buddhist-era year 2562", "conditional on travel approval", "tis-620"])

add(key="idn", lang="id", kind="nomination", state="IDN",
    dels=[D("Hendra Wijaya Kusuma", title="Kepala Subdirektorat Ekonomi Digital", email="hendra.wk@kominfo.go.id")], sess=[B],
    frm=("Dewi Anggraini", "dewi.anggraini@kominfo.go.id"), subj="Tanggapan Surat Edaran CI-19/35",
    date=("2019-08-13 09:55:38", 7), client="gmail", route="gmail", struct="alt", html="gmail", cs="UTF-8",
    cte="quoted-printable",
    text="""Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia dengan ini menugaskan Bapak Ir. Hendra Wijaya Kusuma, M.Sc., Kepala Subdirektorat Ekonomi Digital, untuk menghadiri sesi konsultasi pertama di Budapest pada 10 September 2019, dengan catatan visa Schengen yang bersangkutan terbit tepat waktu.

Email: hendra.wk@kominfo.go.id

Hormat kami,
Dewi Anggraini
Biro Kerja Sama Internasional
""", tags=["conditional on visa (still a nomination)", "honorific Bapak + degrees Ir./M.Sc."])

add(key="brn", lang="ms", kind="nomination", state="BRN",
    dels=[D("Nurul Ain binti Haji Abdul Rahman", title="Pegawai Dasar Kanan", email="nurulain.rahman@aiti.gov.bn")], sess=[B],
    frm=("Zulkifli Osman", "zulkifli.osman@aiti.gov.bn"), subj="Surat Pekeliling CI-19/35 - Brunei Darussalam",
    date=("2019-08-08 10:20:30", 8), client="outlook", struct="alt", cs="us-ascii", cte="quoted-printable",
    clang="en-GB", hlang="MS",
    text="""Tuan/Puan,

Dengan hormatnya merujuk kepada Surat Pekeliling CI-19/35. Pihak Berkuasa Industri Infokomunikasi Brunei Darussalam (AITI) ingin memaklumkan bahawa Dayang Nurul Ain binti Haji Abdul Rahman, Pegawai Dasar Kanan, akan mewakili Negara Brunei Darussalam di sesi konsultasi pertama di Budapest pada 10 September 2019.

E-mel: nurulain.rahman@aiti.gov.bn

Sekian, terima kasih.

Awang Haji Zulkifli bin Haji Osman
Bahagian Hubungan Antarabangsa, AITI
""", tags=["small state", "honorific Dayang vs 'Haji' inside the patronymic"])

add(key="isr", lang="he", kind="decline", state="ISR",
    frm=("\u05d9\u05e2\u05dc \u05dc\u05d5\u05d9", "yaell@moc.gov.il"), hcs="windows-1255",
    subj="CI-19/35 - \u05de\u05e9\u05e8\u05d3 \u05d4\u05ea\u05e7\u05e9\u05d5\u05e8\u05ea", date=("2019-08-11 11:11:09", 3),
    client="outlook", struct="alt", cs="windows-1255", cte="base64", rtl=True, clang="he-IL", hlang="HE",
    text="""לכבוד מר כריסטופר קלארק,

משרד התקשורת מודה לאיגוד הבינלאומי לתקשורת על ההזמנה במכתב החוזר CI-19/35. לצערנו, מדינת ישראל לא תוכל לשלוח נציג למושב הייעוץ בבודפשט ב-10 בספטמבר 2019.

בברכה,
יעל לוי
אגף קשרים בינלאומיים, משרד התקשורת
""", tags=["decline in Hebrew (windows-1255)"])

add(key="ukr", lang="uk", kind="nomination", state="UKR",
    dels=[D("\u041e\u043b\u0435\u043d\u0430 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e", aliases=["\u041e\u043b\u0435\u043d\u0438 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e"],
            title="\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a \u0432\u0456\u0434\u0434\u0456\u043b\u0443 \u0446\u0438\u0444\u0440\u043e\u0432\u043e\u0457 \u0435\u043a\u043e\u043d\u043e\u043c\u0456\u043a\u0438",
            email="o.kovalenko@e.gov.ua")], sess=[B],
    frm=("\u0406\u0440\u0438\u043d\u0430 \u0428\u0435\u0432\u0447\u0443\u043a", "i.shevchuk@e.gov.ua"), hcs="koi8-u",
    subj="\u0412\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u044c \u043d\u0430 \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043d\u0438\u0439 \u043b\u0438\u0441\u0442 CI-19/35",
    date=("2019-08-10 12:01:44", 3), client="thunderbird", cs="koi8-u", cte="8bit",
    text="""Шановний пане Кларк!

У відповідь на циркулярний лист CI-19/35 Державне агентство з питань електронного урядування України повідомляє про участь у першій консультаційній сесії в Будапешті 10 вересня 2019 р. та пропонує кандидатуру пані Олени Коваленко, начальника відділу цифрової економіки (o.kovalenko@e.gov.ua).

З повагою,
Ірина Шевчук
Управління міжнародного співробітництва
""", tags=["genitive name (Ukrainian)", "koi8-u 8bit"])

add(key="bgr", lang="bg", kind="inquiry", state="BGR",
    frm=("\u041f\u0435\u0442\u044f \u0413\u0435\u043e\u0440\u0433\u0438\u0435\u0432\u0430", "pgeorgieva@mtitc.government.bg"), hcs="windows-1251",
    subj="\u0412\u044a\u043f\u0440\u043e\u0441 \u043f\u043e \u0446\u0438\u0440\u043a\u0443\u043b\u044f\u0440\u043d\u043e \u043f\u0438\u0441\u043c\u043e CI-19/35",
    date=("2019-08-02 16:37:50", 3), client="outlook", struct="alt", cs="windows-1251", cte="quoted-printable",
    clang="bg-BG", hlang="BG",
    text="""Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35 бихме искали да уточним дали сесията в Будапеща ще бъде отворена и за представители на регулаторния орган (КРС), или участието е ограничено до един представител на държава. Моля също да ни информирате за продължителността на сесията.

С уважение,
Петя Георгиева
Министерство на транспорта, информационните технологии и съобщенията
""", tags=["inquiry in Bulgarian"])

# ==========================================================================
# Deadline edge cases and a few more traps
# ==========================================================================
add(key="pry", lang="es", kind="nomination", state="PRY",
    dels=[D("Hugo Ram\u00f3n Ben\u00edtez Ayala", title="Gerente de Innovaci\u00f3n, CONATEL", email="hbenitez@conatel.gov.py"),
          D("Federico Alberto Gonz\u00e1lez Brizuela", title="Embajador, Representante Permanente del Paraguay en Ginebra")],
    sess=[B],
    frm=("Misi\u00f3n Permanente del Paraguay", "misionpy.ginebra@mre.gov.py"),
    subj="Nota MPP/GNB/N\u00b0 415/2019 - Carta Circular CI-19/35", date=("2019-08-16 23:59:41", 2),
    itu=("2019-08-16 23:59:59", 2), client="outlook", struct="alt", cs="windows-1252", cte="quoted-printable",
    hcs="windows-1252", henc="Q", clang="es-PY", hlang="ES-PY",
    text="""MPP/GNB/N\u00b0 415/2019

La Misi\u00f3n Permanente de la Rep\u00fablica del Paraguay ante la Oficina de las Naciones Unidas y dem\u00e1s Organismos Internacionales con sede en Ginebra saluda muy atentamente a la Secretar\u00eda General de la Uni\u00f3n Internacional de Telecomunicaciones y tiene el honor de referirse a la Carta Circular CI-19/35, relativa a las sesiones de consulta "Fomento de las PYME tecnol\u00f3gicas e innovadoras".

Al respecto, la Misi\u00f3n Permanente se complace en informar que la delegaci\u00f3n paraguaya a la primera sesi\u00f3n, que se celebrar\u00e1 en Budapest el 10 de septiembre de 2019, estar\u00e1 integrada por el Ing. Hugo Ram\u00f3n Ben\u00edtez Ayala, Gerente de Innovaci\u00f3n de la Comisi\u00f3n Nacional de Telecomunicaciones (CONATEL), correo hbenitez@conatel.gov.py, y ser\u00e1 presidida por S.E. el Embajador Federico Alberto Gonz\u00e1lez Brizuela, Representante Permanente del Paraguay en Ginebra.

La Misi\u00f3n Permanente de la Rep\u00fablica del Paraguay hace propicia la ocasi\u00f3n para reiterar a la Secretar\u00eda General de la Uni\u00f3n Internacional de Telecomunicaciones las seguridades de su m\u00e1s alta y distinguida consideraci\u00f3n.

Ginebra, 16 de agosto de 2019
""", tags=["deadline edge: received 23:59:59 Geneva exactly, on time", "Ambassador (S.E.) heading the delegation is a delegate"])

add(key="blz", lang="en", kind="nomination", state="BLZ",
    dels=[D("Marisol Chun-Gonzalez", title="ICT Policy Analyst, Public Utilities Commission", email="mchun@puc.bz")], sess=[B],
    frm=("Darnell Flowers", "dflowers@puc.bz"), subj="Belize - nominee for ITU SME consultation",
    date=("2019-08-16 15:59:50", -6), delay=13, itu_off=0, client="o365", struct="alt", cs="us-ascii",
    cte="quoted-printable",
    text="""Good afternoon ITU team,

Just in time I hope! The Public Utilities Commission of Belize would like to put forward Ms. Marisol Chun-Gonzalez, ICT Policy Analyst (mchun@puc.bz), for the SME consultation session alongside Telecom World in Hungary.

Thanks and have a great weekend,

Darnell Flowers
Director of Telecommunications, PUC
41 Gabourel Lane, Belize City
""", tags=["deadline edge: 15:59:50 in Belize, ITU stamp 'Fri 16 Aug 22:00:03 +0000' = 00:00:03 Geneva, late",
             "session by paraphrase (alongside Telecom World in Hungary)"])

add(key="gin", lang="fr", kind="nomination", state="GIN",
    dels=[D("Mariama CISS\u00c9 BAH", title="Cheffe de la Section Startups et PME num\u00e9riques", email="mcbah@mpten.gov.gn")],
    sess=[B],
    frm=("Alpha Oumar Diallo", "aodiallo@mpten.gov.gn"), subj="CI-19/35 - Guin\u00e9e",
    date=("2019-08-19 09:00:12", 0), clock=("2019-08-15 08:11:40", 0), client="thunderbird", cs="utf-8", cte="8bit",
    text="""Monsieur,

Le Minist\u00e8re des Postes, des T\u00e9l\u00e9communications et de l'\u00c9conomie Num\u00e9rique de la R\u00e9publique de Guin\u00e9e a l'honneur de vous communiquer le nom de sa repr\u00e9sentante \u00e0 la session de consultation du 10 septembre 2019 :

Mme Mariama CISS\u00c9 BAH, Cheffe de la Section Startups et PME num\u00e9riques (mcbah@mpten.gov.gn).

Veuillez agr\u00e9er, Monsieur, l'expression de nos salutations distingu\u00e9es.

Alpha Oumar DIALLO
Conseiller, Cabinet du Ministre
Conakry
""", tags=["wrong PC clock: Date header says 19 Aug, servers received it on 15 Aug (on time)"])

add(key="nic", lang="es", kind="decline", state="NIC",
    frm=("Ivania Somarriba", "isomarriba@telcor.gob.ni"), subj="RE: CI-19/35",
    date=("2019-08-15 11:06:29", -6), client="outlook", struct="alt", cs="utf-8", cte="quoted-printable", irt="circ",
    clang="es-NI", hlang="ES-NI",
    text="""Estimado Sr. Clark:

Agradecemos la invitaci\u00f3n. Lamentablemente, el Ing. Julio C\u00e9sar Arg\u00fcello Mairena, a quien pens\u00e1bamos designar para la sesi\u00f3n de Budapest, no podr\u00e1 viajar por motivos de salud, y no contamos con otro funcionario disponible en esas fechas. Por tanto, Nicaragua no participar\u00e1 en esta ocasi\u00f3n.

Atentamente,

Ivania Somarriba
Relaciones Internacionales, TELCOR
Managua

""" + q_outlook("martes, 23 de julio de 2019 06:12 a. m.", "", lang="es", paras=[0, 1, 2],
                labels=("De", "Enviado el", "Para", "Asunto")),
    tags=["decline that names the person who would have been nominated"])

# ---- more interest, inquiries, corrections, auto-replies and noise -------------
add(key="stp", lang="pt", kind="interest_only", state="STP", sess=[B],
    frm=("Adelino Costa Alegre", "adelino.alegre@agerstp.st"), hcs="iso-8859-1", henc="Q",
    subj="Circular CI-19/35 - S\u00e3o Tom\u00e9 e Pr\u00edncipe", date=("2019-08-14 15:48:20", 0), client="outlook",
    cs="iso-8859-1", cte="quoted-printable", clang="pt-PT",
    text="""Exmos. Senhores,

A Autoridade Geral de Regula\u00e7\u00e3o (AGER) de S\u00e3o Tom\u00e9 e Pr\u00edncipe manifesta o seu interesse em participar na sess\u00e3o de consulta de Budapeste. O nome do participante ser\u00e1 comunicado logo que o Conselho de Administra\u00e7\u00e3o se pronuncie.

Com os melhores cumprimentos,

Adelino Costa Alegre
AGER - S\u00e3o Tom\u00e9
""", tags=["interest only, name to follow"])

add(key="afg", lang="fa", kind="interest_only", state="AFG", sess=[B],
    frm=("Ahmad Shah Noori", "a.noori@mcit.gov.af"),
    subj="\u067e\u0627\u0633\u062e \u0628\u0647 \u0628\u062e\u0634\u0646\u0627\u0645\u0647 CI-19/35", date=("2019-08-11 10:22:15", 4.5),
    client="outlook", struct="alt", cs="utf-8", cte="base64", rtl=True, clang="en-US", hlang="FA",
    text="""جناب آقای کلارک محترم،

با عرض سلام و احترام، وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان علاقه‌مندی خود را به اشتراک در نشست مشورتی بوداپست ابراز می‌دارد. نام نماینده پس از منظوری مقام وزارت، به زودی به شما ارسال خواهد شد.

با احترام،
احمدشاه نوری
ریاست روابط بین‌المللی
""", tags=["Dari (labelled fa)", "interest only"])

add(key="mhl", lang="en", kind="interest_only", state="MHL", sess=[B],
    frm=("Jina Lakmej", "jlakmej.rmi@gmail.com"), subj="Re: CI-19/35",
    date=("2019-08-16 09:30:02", 12), client="iphone", route="gmail", cs="us-ascii", cte="7bit", irt="circ",
    text="""Iakwe Chris,

Yes RMI is interested in the Budapest session. The Ministry is still deciding who goes, will revert with the name asap, probably next week. Kommol tata

Jina
Ministry of Transportation, Communication & IT, Majuro

Sent from my iPhone""", tags=["phone-typed", "interest only (name next week)", "Marshallese greetings in an English message"])

add(key="nru", lang="en", kind="inquiry", state="NRU",
    frm=("Dogabe Jeremiah", "dogabe.jeremiah@naurugov.nr"), subj="question re Budapest SME session",
    date=("2019-08-08 14:12:30", 12), client="webmail", cs="us-ascii", cte="7bit",
    text="""Hello,

Quick question on CI-19/35. Nauru has no separate regulator and only one telco. Can our nominee be from the telco (it is partly state owned) or does it have to be a Government official? Also, would the session be recorded for those who cannot travel?

Thank you
Dogabe Jeremiah
ICT Division, Government of Nauru
""", tags=["inquiry"])

add(key="sen2", lang="fr", kind="correction", state="SEN", sup="sen",
    dels=[D("Mamadou Lamine NDIAYE")], sess=[B, C],
    frm=("Nd\u00e8ye Fatou Diop", "ndeyefatou.diop@artp.sn"), hcs="iso-8859-1", henc="Q",
    subj="RE: TR: CI-19/35 - Sessions de consultation - D\u00e9signation ARTP S\u00e9n\u00e9gal - compl\u00e9ment",
    date=("2019-08-13 09:41:07", 0), client="outlook", struct="alt", cs="iso-8859-1", cte="quoted-printable",
    clang="fr-FR", hlang="FR", irt="sen",
    text="""Monsieur,

En compl\u00e9ment de notre courriel du 7 ao\u00fbt, l'ARTP souhaite que M. Mamadou Lamine NDIAYE participe \u00e9galement \u00e0 la session qui se tiendra en marge des r\u00e9unions des Groupes de travail du Conseil au d\u00e9but de 2020, en plus de la session de Budapest.

Cordialement,

Nd\u00e8ye Fatou DIOP
Charg\u00e9e de la Coop\u00e9ration internationale
ARTP - Dakar
""", tags=["correction: session added for the same person"])

add(key="gab2", lang="fr", kind="correction", state="GAB", sup="gab",
    dels=[D("NDONG Mireille", title="charg\u00e9e d'\u00e9tudes")], sess=[B],
    frm=("Rodrigue Mba Obame", "rodmbaobame@yahoo.fr"), subj="Re: Session Budapest",
    date=("2019-08-20 08:12:44", 1), client="iphone", route="yahoo", cs="utf-8", cte="quoted-printable", irt="gab",
    text="""Bjr M. Clark,
Finalement ce n'est plus moi qui irai \u00e0 Budapest. C'est ma coll\u00e8gue Mme NDONG Mireille, charg\u00e9e d'\u00e9tudes au Minist\u00e8re, qui me remplace. Merci de mettre \u00e0 jour.
Cdlt
R. Mba Obame

Envoy\u00e9 de mon iPhone

> Le 14 ao\u00fbt 2019 \u00e0 19:22, Rodrigue Mba Obame <rodmbaobame@yahoo.fr> a \u00e9crit :
>
> Bjr M. Clark,
> Je vous confirme ma participation \u00e0 la session de Budapest le 10/09 au titre du Minist\u00e8re de la Communication et de l'Economie num\u00e9rique du Gabon. Mon nom: MBA OBAME Rodrigue, conseiller technique du Ministre.
""", tags=["correction: self-nominee replaced by a colleague, phone-typed", "late"])

add(key="kgz_ooo", lang="ky", kind="auto_reply",
    frm=("\u0411\u0430\u043a\u044b\u0442 \u0416\u0443\u043c\u0430\u0431\u0430\u0435\u0432", "b.zhumabaev@ccra.kg"),
    subj="\u0410\u0432\u0442\u043e\u043c\u0430\u0442\u0442\u044b\u043a \u0436\u043e\u043e\u043f: " + CIRC_SUBJ,
    date=("2019-07-23 18:12:51", 6), client="outlook", cs="utf-8", cte="base64", irt="circ", clang="ru-RU",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Саламатсызбы! Мен 2019-жылдын 5-августуна чейин эмгек өргүүсүндөмүн. Шашылыш маселелер боюнча Айжан Токтосуновага кайрылыңыз (a.toktosunova@ccra.kg).

Здравствуйте! Я в отпуске до 5 августа 2019 г. По срочным вопросам обращайтесь к Айжан Токтосуновой.
""", tags=["auto-reply, Kyrgyz then Russian", "the person on leave is later nominated (trap for name memory)"])

add(key="bra_travel", lang="pt", kind="unrelated",
    frm=("Viagens Internacionais Anatel", "viagens@anatel.gov.br"), hcs="iso-8859-1", henc="Q",
    to=[("Thiago Henrique Albuquerque de Souza", "thiago.souza@anatel.gov.br")],
    cc=[("Assessoria Internacional", "ain@anatel.gov.br"), ("SME", SME)],
    subj="Itiner\u00e1rio Bras\u00edlia-Budapeste - ITU Telecom World 2019", date=("2019-08-28 16:03:11", -3),
    client="outlook", struct="alt", cs="iso-8859-1", cte="quoted-printable", clang="pt-BR", hlang="PT-BR",
    text="""Prezado Thiago,

Segue o itiner\u00e1rio emitido para a miss\u00e3o a Budapeste (ITU Telecom World 2019):

  07/09 BSB-GRU  LA 3561  08:10-09:45
  07/09 GRU-FRA  LH 507   17:50-09:55(+1)
  08/09 FRA-BUD  LH 1334  12:35-14:00
  12/09 BUD-FRA-GRU-BSB   retorno

Di\u00e1rias aprovadas conforme PCDP n\u00ba 2019/1187. Favor confirmar o hotel at\u00e9 sexta-feira.

Atenciosamente,
Setor de Viagens Internacionais
Anatel
""", tags=["unrelated: internal travel mail that copies the mailbox and names the nominee"])

add(key="hnd", lang="es", kind="interest_only", state="HND", sess=[B, C, W],
    frm=("Karla Mej\u00eda", "kmejia@conatel.gob.hn"), subj="Inter\u00e9s de Honduras - CI-19/35",
    date=("2019-08-15 17:42:08", -6), client="gmail", struct="alt", html="gmail", cs="UTF-8", cte="quoted-printable",
    route="gmail",
    text="""Estimado Sr. Clark:

La Comisi\u00f3n Nacional de Telecomunicaciones (CONATEL) de Honduras le saluda y le informa que nuestro pa\u00eds est\u00e1 interesado en participar en las tres sesiones anunciadas: Budapest, las reuniones de los Grupos de Trabajo del Consejo y el Foro de la CMSI 2020. Los nombres de los participantes le ser\u00e1n enviados en cuanto sean aprobados por el Comisionado Presidente.

Saludos cordiales,

Karla Mej\u00eda
Unidad de Asuntos Internacionales
CONATEL Honduras
""", tags=["interest only, all three sessions"])

add(key="de_phish", lang="de", kind="unrelated",
    frm=("IT-Service Postfach", "admin-support@mailbox-verwaltung.info"), to=[("", SME)],
    subj="Ihr Postfach sme@itu.int wird heute deaktiviert", date=("2019-08-15 03:12:09", 2), client="webmail",
    struct="html", html="""<html><body style="font-family:Arial">
<p>Sehr geehrter Nutzer,</p>
<p>Ihr Postfach <b>sme@itu.int</b> hat das Speicherlimit erreicht. Eingehende Nachrichten (z.&nbsp;B. Nominierungen f&uuml;r Budapest)
werden ab heute abgewiesen. Bitte best&auml;tigen Sie Ihr Konto innerhalb von 24 Stunden:</p>
<p><a href="http://mailbox-verwaltung.info/itu/login.php">KONTO JETZT BEST&Auml;TIGEN</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr IT-Service</p>
</body></html>
""", cs="us-ascii", hcte="7bit", tags=["unrelated: phishing that mentions nominations for Budapest"])

add(key="svk_q", lang="sk", kind="inquiry", state="SVK",
    frm=("Zuzana Kme\u0165ov\u00e1", "zuzana.kmetova@mindop.sk"), hcs="iso-8859-2", henc="Q",
    subj="Ot\u00e1zka k obe\u017en\u00edku CI-19/35", date=("2019-08-07 13:27:31", 2), client="outlook", struct="alt",
    cs="iso-8859-2", cte="quoted-printable", clang="sk-SK", hlang="SK",
    text="""Dobrý deň, pán Clark,

k obežníku CI-19/35 by sme sa chceli opýtať, či sa konzultačného zasadnutia v Budapešti môže popri zástupcovi ministerstva zúčastniť aj zástupca Slovak Business Agency, a či je potrebná osobitná registrácia na ITU Telecom World.

Ďakujem a s pozdravom

Zuzana Kmeťová
odbor medzinárodných vzťahov
Ministerstvo dopravy a výstavby SR
""", tags=["inquiry in Slovak"])

add(key="bih", lang="bs", kind="interest_only", state="BIH", sess=[B],
    frm=("Amra Hod\u017ei\u0107", "amra.hodzic@mkt.gov.ba"), subj="Cirkularno pismo CI-19/35 - Bosna i Hercegovina",
    date=("2019-08-12 10:05:19", 2), client="thunderbird", cs="windows-1250", cte="8bit", hcs="windows-1250", henc="Q",
    text="""Poštovani gospodine Clark,

Ministarstvo komunikacija i prometa Bosne i Hercegovine izražava interes za učešće na prvoj konsultativnoj sesiji u Budimpešti. Ime učesnika ćemo vam dostaviti naknadno, nakon odobrenja službenog putovanja.

S poštovanjem,

Amra Hodžić
Sektor za međunarodnu saradnju
Sarajevo
""", tags=["Bosnian", "interest only"])

add(key="tur", lang="tr", kind="nomination", state="TUR",
    dels=[D("Ay\u015fe Y\u0131lmaz", title="Uzman, D\u0131\u015f \u0130li\u015fkiler Dairesi Ba\u015fkanl\u0131\u011f\u0131", email="ayse.yilmaz@btk.gov.tr")],
    sess=[B],
    frm=("Mehmet Demir", "mehmet.demir@btk.gov.tr"), hcs="iso-8859-9", henc="Q",
    subj="CI-19/35 say\u0131l\u0131 genelge - BTK kat\u0131l\u0131m\u0131", date=("2019-08-09 16:20:37", 3), client="outlook",
    struct="alt", cs="iso-8859-9", cte="quoted-printable", clang="tr-TR", hlang="TR",
    text="""Sayın Clark,

CI-19/35 sayılı genelgenize istinaden, Bilgi Teknolojileri ve İletişim Kurumu (BTK) olarak 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk istişare toplantısına katılım sağlamak istediğimizi bildiririz. Kurumumuzu Sayın Ayşe Yılmaz Hanım (Uzman, Dış İlişkiler Dairesi Başkanlığı) temsil edecektir.

E-posta: ayse.yilmaz@btk.gov.tr

Saygılarımızla,

Mehmet Demir
Dış İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu, Ankara
""", tags=["honorifics on both sides of the name (Say\u0131n ... Han\u0131m)", "Turkish place name Budape\u015fte", "iso-8859-9"])


# --------------------------------------------------------------------------
# write + validate
# --------------------------------------------------------------------------
LABEL_KEYS = ["message_id", "file", "kind", "language", "member_state", "delegates", "sessions",
              "received_at", "late", "supersedes"]
KINDS = ["nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated"]
SESSIONS = [B, C, W]


def cs_token(cs):
    return re.sub(r"[^a-z0-9]", "", cs.lower())


def make_label(spec, fname):
    kind = spec["kind"]
    itu = spec["_itu"]
    late = None
    if kind in LATE_KINDS:
        late = itu > DEADLINE
    sup = spec.get("sup")
    return {
        "message_id": spec["_mid"],
        "file": fname,
        "kind": kind,
        "language": spec["lang"],
        "member_state": spec.get("state") if kind not in ("auto_reply", "bounce", "unrelated") else None,
        "delegates": spec.get("dels", []) if kind in ("nomination", "correction") else [],
        "sessions": spec.get("sess", []) if kind in ("nomination", "interest_only", "correction") else [],
        "received_at": itu.isoformat(),
        "late": late,
        "supersedes": MID_BY_KEY[sup] if sup else None,
    }


def parse_rx_date(v):
    s = str(v)
    s = re.sub(r"\s+", " ", s)
    d = s.rsplit(";", 1)[1].strip()
    d = re.sub(r"\s*\([^)]*\)\s*$", "", d)
    return email.utils.parsedate_to_datetime(d)


def structure_of(msg):
    ct = msg.get_content_type()
    return {"text/plain": "text/plain", "text/html": "text/html only", "multipart/alternative": "multipart/alternative",
            "multipart/mixed": "multipart/mixed", "multipart/report": "multipart/report"}.get(ct, ct)


def validate(labels):
    errs = []
    seen_mid = set()
    by_mid = {}
    for lab in labels:
        by_mid[lab["message_id"]] = lab
    for lab in labels:
        f = lab["file"]
        where = f
        if list(lab.keys()) != LABEL_KEYS:
            errs.append("%s: label keys %s" % (where, list(lab.keys())))
        if not re.match(r"^[a-z]{2}_\d{3}_[a-z0-9]+\.eml$", f):
            errs.append("%s: bad file name" % where)
        if lab["message_id"] in seen_mid:
            errs.append("%s: duplicate message id" % where)
        seen_mid.add(lab["message_id"])
        raw = open(os.path.join(MSGDIR, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: not pure CRLF" % where)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errs.append("%s: line longer than 998" % where)
                break
        hdr_end = raw.find(b"\r\n\r\n")
        if any(b > 127 for b in raw[:hdr_end]):
            errs.append("%s: 8-bit header bytes" % where)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %r" % (where, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header %s defects %r" % (where, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except Exception as e:  # noqa
                    errs.append("%s: text part does not decode as %s: %s" % (where, cs, e))
        if msg["Message-ID"] != lab["message_id"]:
            errs.append("%s: Message-ID %s != label" % (where, msg["Message-ID"]))
        rx = msg.get_all("Received")
        if not rx or "mx" not in str(rx[0]) or ".itu.int" not in str(rx[0]):
            errs.append("%s: no topmost ITU Received" % where)
        else:
            rdt = parse_rx_date(rx[0])
            if rdt != datetime.datetime.fromisoformat(lab["received_at"]) or rdt.utcoffset() != datetime.datetime.fromisoformat(lab["received_at"]).utcoffset():
                errs.append("%s: received_at %s != Received %s" % (where, lab["received_at"], rdt))
            # every Received stamp must be no later than the one above it
            prev = rdt
            for r in rx[1:]:
                try:
                    t = parse_rx_date(r)
                except Exception:
                    continue
                if t > prev + datetime.timedelta(seconds=1):
                    errs.append("%s: Received chain goes backwards" % where)
                prev = t
        try:
            email.utils.parsedate_to_datetime(str(msg["Date"]))
        except Exception:
            errs.append("%s: bad Date" % where)
        k = lab["kind"]
        if k not in KINDS:
            errs.append("%s: bad kind" % where)
        if not re.match(r"^[a-z]{2}$", lab["language"]) or not f.startswith(lab["language"] + "_"):
            errs.append("%s: language/file mismatch" % where)
        rat = datetime.datetime.fromisoformat(lab["received_at"])
        exp_late = (rat > DEADLINE) if k in LATE_KINDS else None
        if lab["late"] != exp_late:
            errs.append("%s: late %r, expected %r" % (where, lab["late"], exp_late))
        if k in ("auto_reply", "bounce", "unrelated"):
            if lab["member_state"] is not None:
                errs.append("%s: member_state must be null" % where)
        elif not (isinstance(lab["member_state"], str) and re.match(r"^[A-Z]{3}$", lab["member_state"])):
            errs.append("%s: member_state missing" % where)
        if k in ("nomination", "correction"):
            if k == "nomination" and not lab["delegates"]:
                errs.append("%s: nomination without delegates" % where)
            for d in lab["delegates"]:
                if list(d.keys()) != ["name", "aliases", "title", "email"] or not d["name"]:
                    errs.append("%s: bad delegate %r" % (where, d))
        elif lab["delegates"]:
            errs.append("%s: delegates on %s" % (where, k))
        if k in ("nomination", "interest_only", "correction"):
            if not lab["sessions"] or any(s not in SESSIONS for s in lab["sessions"]):
                errs.append("%s: bad sessions %r" % (where, lab["sessions"]))
        elif lab["sessions"]:
            errs.append("%s: sessions on %s" % (where, k))
        if k == "correction":
            sup = by_mid.get(lab["supersedes"])
            if not sup:
                errs.append("%s: supersedes unknown message" % where)
            else:
                if sup["member_state"] != lab["member_state"]:
                    errs.append("%s: supersedes other Member State" % where)
                if datetime.datetime.fromisoformat(sup["received_at"]) >= rat:
                    errs.append("%s: supersedes a later message" % where)
                if sup["kind"] not in ("nomination", "correction"):
                    errs.append("%s: supersedes a %s" % (where, sup["kind"]))
        elif lab["supersedes"] is not None:
            errs.append("%s: supersedes on %s" % (where, k))
    return errs


def main():
    os.makedirs(MSGDIR, exist_ok=True)
    for f in os.listdir(MSGDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MSGDIR, f))
    keys = set()
    for spec in M:
        if spec["key"] in keys:
            raise SystemExit("duplicate key " + spec["key"])
        keys.add(spec["key"])
        MID_BY_KEY[spec["key"]] = make_mid(spec)
    labels, stats = [], []
    for i, spec in enumerate(M, 1):
        try:
            raw = build(spec, i)
        except Exception as e:
            raise SystemExit("build failed for %s: %r" % (spec["key"], e))
        fname = "%s_%03d_%s.eml" % (spec["lang"], i, cs_token(spec.get("fcs") or spec.get("cs", "utf-8")))
        with open(os.path.join(MSGDIR, fname), "wb") as fh:
            fh.write(raw)
        labels.append(make_label(spec, fname))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        ctes = sorted({(p.get("Content-Transfer-Encoding") or "7bit").lower() for p in msg.walk()
                       if not p.is_multipart() and p.get_content_maintype() == "text"})
        stats.append((spec, fname, structure_of(msg), ctes))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # re-read from disk for validation
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")]
    errs = validate(labels)
    write_readme(labels, stats)
    if errs:
        for e in errs:
            print("FAIL", e)
        print("%d problems" % len(errs))
        sys.exit(1)
    print("OK: %d messages, %d languages validated" % (len(labels), len({l["language"] for l in labels})))


CONVENTIONS = """## Labelling conventions used (how a careful secretariat officer was assumed to record things)

- **Names** are recorded without honorifics, ranks or academic titles (Mr, Ms, Mrs, Dr., Engr., H.E./S.E., Ing., Lic.,
  Mtro., MSc., dott., drs., Herrn, г-н/г-жа, пані, мырза, السيد/الفاضل/الأستاذ/الدكتورة/م., جناب آقای مهندس, 女士, 様,
  Ratu, Malam, Tata/Mama, Bapak, Dayang, Bi., Ông, นางสาว, Sayın … Hanım, cənab, տիկին, le susuga …). Names keep the
  order and capitalisation in which the message writes them (e.g. `KONÉ Aya Rosine`, `Kovácsné Szabó Edit`).
- **Aliases** are only spellings the message itself gives: the other script (Arabic/Latin, Chinese/pinyin,
  Cyrillic/Latin, Greek/Latin, Armenian/Latin), the inflected form actually written (Russian genitive/accusative,
  Icelandic, Latvian, Lithuanian, Slovenian, Polish, Czech, Serbian, Ukrainian, Azerbaijani, Uzbek, Armenian, Greek),
  the Kazakh vs Russian form of the same person, a variant without the ʻokina. When the message only gives an
  inflected form, `name` is the nominative and the written form is the alias. Misspellings that a correction fixes are
  *not* aliases.
- A **principal and an alternate** are both delegates; an **Ambassador who heads the delegation** is a delegate; a
  **Minister who attends in person** (Kazakhstan) is a delegate, while a Minister who merely authorises, or who is at
  Telecom World but not at the session (Ghana, Bahrain), is not. Signers, private secretaries, focal points, people
  in Cc, contact persons, persons in CVs, the circular's signatory (Houlin Zhao / هولين جاو / 赵厚麟 / Хоулинь Чжао)
  and the ITU contact (Christopher Clark) are never delegates.
- **Sessions**: a nomination or expression of interest that names no session is `budapest-2019`. Sessions are the
  union over all nominees; a session explicitly excluded or left undecided is not listed; "the 2020 sessions" =
  `cwg-2020` + `wsis-2020`. Declining Budapest while expressing interest in the 2020 sessions is `interest_only`
  with those two sessions. Conditional nominations (visa, travel approval) are still nominations.
- **Corrections** carry the complete delegate list after the change (also when the message only states the
  difference; title and e-mail only when the correcting message itself gives them), with `supersedes` pointing to the message being corrected (a correction of a correction points to the
  previous correction). A follow-up that gives a name after an `interest_only` reply is a `nomination`, not a
  correction.
- **Language** is the language the sender wrote in, ignoring quoted/forwarded text: bilingual replies take the first
  (main) language; an English covering note over a Spanish internal chain is `en`.
- **Kinds**: auto-replies and read receipts are `auto_reply`; delivery reports are `bounce` even when the returned
  message mentions a nomination; a Member State's mail about a different ITU event, newsletters, hotel and fair
  marketing, phishing, internal ITU or ministry logistics are `unrelated` (member_state null).
- **received_at** is the date of the topmost `Received:` (ITU mx) header with its own offset; `late` compares it with
  16 Aug 2019 23:59:59 +02:00 (so 23:59:59 +02:00 is on time, 22:00:03 +00:00 is late).
"""


def write_readme(labels, stats):
    import collections
    n = len(labels)
    kinds = collections.Counter(l["kind"] for l in labels)
    langs = collections.Counter(l["language"] for l in labels)
    un = sum(v for k, v in langs.items() if k in ("ar", "zh", "en", "fr", "ru", "es"))
    fcs = collections.Counter(f.rsplit("_", 1)[1][:-4] for _, f, _, _ in stats)
    structs = collections.Counter(s for _, _, s, _ in stats)
    ctes = collections.Counter(c for _, _, _, cs in stats for c in cs)
    states = {l["member_state"] for l in labels if l["member_state"]}
    late = collections.Counter(str(l["late"]).lower() for l in labels if l["late"] is not None)
    declared = collections.Counter()
    extra = collections.Counter()
    for spec, f, s, _ in stats:
        raw = open(os.path.join(MSGDIR, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                declared[(p.get_content_charset() or "us-ascii").lower()] += 1
            if p.get_content_type() == "message/rfc822":
                extra["embedded message/rfc822"] += 1
            if p.get_content_type() == "message/delivery-status":
                extra["message/delivery-status"] += 1
            if p.get_content_type() == "message/disposition-notification":
                extra["message/disposition-notification"] += 1
            if p.get_content_disposition() == "attachment" and p.get_content_maintype() == "application":
                extra["binary attachment"] += 1
        t = " ".join(spec.get("tags", []))
        body = raw.decode("latin-1")
        if spec.get("irt") == "circ" or "quotes circular" in t or "Houlin Zhao\r\nSecretary-General" in body:
            extra["replies with In-Reply-To the circular / quoting it"] += 1
        if "forward" in t:
            extra["forwards (inline chains or attached)"] += 1
        if "phone" in t:
            extra["typed on a phone"] += 1
        if "note verbale" in t:
            extra["formal notes verbales"] += 1
        if "bilingual" in t:
            extra["bilingual replies"] += 1
    out = []
    out.append("# Blind corpus `blind-10`: replies to ITU circular CI-19/35\n")
    out.append("Written without looking at the processor or at any other corpus; only the circular (English summary "
               "and Arabic original) and `corpus/SCHEMA.md` were read. Regenerate and validate with "
               "`python3 make_corpus.py` (standard library only, deterministic: byte-identical output on every run).\n")
    out.append("Focus of this corpus: Latin America and the Caribbean, Pacific island states, small European states, "
               "Central Asia, the Gulf, West and Central Africa; phone-typed replies, long notes verbales, bilingual "
               "replies, CVs and phone numbers, different nominees per session, nominees writing about themselves, "
               "secretaries writing for ministers, forwarded internal chains with the nomination in the middle.\n")
    out.append("## Contents\n")
    out.append("- messages: **%d** (`messages/*.eml`, raw RFC 5322 with CRLF), labels: `labels.jsonl` (one per message)" % n)
    out.append("- Member States represented: %d" % len(states))
    out.append("- languages: **%d**; in the six UN languages: %d messages (%d%%)" % (len(langs), un, round(100 * un / n)))
    out.append("- late flags: %s\n" % ", ".join("%s %d" % kv for kv in sorted(late.items())))
    out.append("### Kinds\n")
    out.append("| kind | messages |\n| --- | --- |")
    for k in KINDS:
        out.append("| %s | %d |" % (k, kinds.get(k, 0)))
    out.append("\n### Languages\n")
    out.append(", ".join("%s %d" % (k, v) for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))) + "\n")
    out.append("### Charsets\n")
    out.append("Main text charset (file-name token): " + ", ".join("%s %d" % kv for kv in sorted(fcs.items(), key=lambda kv: (-kv[1], kv[0]))) + "\n")
    out.append("Declared on all text parts: " + ", ".join("%s %d" % kv for kv in sorted(declared.items(), key=lambda kv: (-kv[1], kv[0]))) + "\n")
    out.append("### Transfer encodings of text parts (messages using each)\n")
    out.append(", ".join("%s %d" % kv for kv in sorted(ctes.items(), key=lambda kv: (-kv[1], kv[0]))) + "\n")
    out.append("### Structures (top-level Content-Type)\n")
    out.append(", ".join("%s %d" % kv for kv in sorted(structs.items(), key=lambda kv: (-kv[1], kv[0]))) + "\n")
    out.append("Other features: " + ", ".join("%s %d" % kv for kv in sorted(extra.items(), key=lambda kv: (-kv[1], kv[0]))) + "\n")
    out.append("Headers: every message has a topmost `Received:` by mx1-4.itu.int (mostly +0200 CEST, some +0000) and at "
               "least one earlier sender-side `Received:` (Exchange, Office 365, Gmail in PDT, Yahoo, Postfix, Domino, "
               "one extra relay hop); `Date:` in the sender's own offset (from -0600 to +1300, including +0430); RFC 2047 "
               "B and Q encoded From/Subject in the sender's charset; Outlook Thread-Index/Content-Language (sometimes "
               "not matching the text), Auto-Submitted on automatic mail, In-Reply-To/References on replies.\n")
    out.append(CONVENTIONS)
    out.append("## Traps, message by message\n")
    for (spec, f, s, _), lab in zip(stats, labels):
        t = spec.get("tags", [])
        dl = "; ".join(d["name"] for d in lab["delegates"]) or "-"
        out.append("- `%s` %s %s, %s, delegates: %s%s" % (
            f, lab["kind"], lab["member_state"] or "-", "/".join(lab["sessions"]) or "-", dl,
            (" -- " + "; ".join(t)) if t else ""))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
