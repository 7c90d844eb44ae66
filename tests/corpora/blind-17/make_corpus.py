#!/usr/bin/env python3
"""Blind corpus 17: replies to ITU circular CI-19/35 (SME consultation sessions).

Deterministic, standard library only.  Writes messages/*.eml, labels.jsonl and README.md
next to this script, validates them, and exits non-zero on any failure.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
import sys
import textwrap
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime, parsedate_to_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
GVA = timezone(timedelta(hours=2))
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=GVA)
CIRC_ID = "<CI-19-35.20190723.0815.sg@itu.int>"
UN = {"ar", "zh", "en", "fr", "ru", "es"}
KINDS = ["nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated"]
SESS = {"budapest-2019", "cwg-2020", "wsis-2020"}
MSGS = []


def H(s, n=8):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def D(name, title=None, email=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def M(key, lang, kind, ms, frm, subj, date, body, **kw):
    """key: unique short id; frm: 'Display <addr>' ; date: 'YYYY-MM-DD HH:MM[:SS] +HHMM' (sender local)."""
    kw.update(key=key, lang=lang, kind=kind, ms=ms, frm=frm, subj=subj, date=date, body=body)
    MSGS.append(kw)


def dedent(s):
    return textwrap.dedent(s).strip("\n") + "\n"


# ---------------------------------------------------------------- quoted circular excerpts
QUOTES = {
    "en": """From: SME <sme@itu.int>
Sent: Tuesday, 23 July 2019 10:15
To: Member States
Subject: CI-19/35 Consultation sessions for Member States: Fostering tech and innovation SMEs

Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, as well as during the WSIS Forum 2020 and other events.

I would be grateful if you could express your interest and indicate the participant nominated for the first session by 16 August 2019 to sme@itu.int.

Yours faithfully,
Houlin Zhao
Secretary-General
Contact: Mr Christopher Clark
""",
    "fr": """De : SME <sme@itu.int>
Envoyé : mardi 23 juillet 2019 10:15
Objet : CI-19/35 Sessions de consultation pour les États Membres: Favoriser les PME du secteur des technologies et de l'innovation

Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation intitulée "Favoriser les PME du secteur des technologies et de l'innovation". La première session aura lieu le 10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie).

Je vous serais reconnaissant de bien vouloir manifester votre intérêt et indiquer le nom du participant désigné pour la première session d'ici au 16 août 2019, à l'adresse sme@itu.int.

Houlin Zhao
Secrétaire général
Contact: M. Christopher Clark
""",
    "es": """De: SME <sme@itu.int>
Enviado el: martes, 23 de julio de 2019 10:15
Asunto: CI-19/35 Sesiones de consulta para los Estados Miembros: Fomento de las PYME de tecnología e innovación

Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su Administración a participar en una serie de sesiones de consulta. La primera sesión tendrá lugar el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Tenemos previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, así como durante el Foro de la CMSI de 2020.

Le agradecería que manifestara su interés e indicara el participante designado para la primera sesión a más tardar el 16 de agosto de 2019 (sme@itu.int).

Houlin Zhao
Secretario General
Contacto: Sr. Christopher Clark
""",
    "ar": """من: SME <sme@itu.int>
أُرسل: الثلاثاء 23 يوليو 2019
الموضوع: CI-19/35 جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور. وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا.

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان sme@itu.int

هولين جاو
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
""",
    "ru": """От: SME [mailto:sme@itu.int]
Отправлено: 23 июля 2019 г. 10:15
Тема: CI-19/35 Консультационные сессии для Государств-Членов: содействие развитию МСП в сфере технологий и инноваций

Имею честь пригласить вашу Администрацию принять участие в серии консультационных сессий. Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия.

Прошу сообщить о вашей заинтересованности и указать участника, назначенного для участия в первой сессии, не позднее 16 августа 2019 года по адресу sme@itu.int.

Хоулинь Чжао
Генеральный секретарь
Контактное лицо: г-н Кристофер Кларк (Christopher Clark)
""",
    "zh": """发件人: SME <sme@itu.int>
发送时间: 2019年7月23日 10:15
主题: CI-19/35 为成员国举办的磋商会：促进技术和创新中小企业

我荣幸地邀请贵主管部门参加题为"促进技术和创新中小企业"的系列磋商会。首次会议将于2019年9月10日在匈牙利布达佩斯举办的2019年国际电联世界电信展期间举行。

请于2019年8月16日之前向sme@itu.int表达贵方的兴趣并告知被提名参加首次会议的人员。

秘书长
赵厚麟 (Houlin Zhao)
联系人：Christopher Clark先生
""",
}


def quote_block(q, style):
    t = QUOTES[q]
    if style == ">":
        return "\n".join(("> " + l) if l else ">" for l in t.rstrip("\n").split("\n")) + "\n"
    return "\n________________________________\n" + t


# ---------------------------------------------------------------- header encoding
def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encode s if needed; returns folded header text."""
    if all(32 <= ord(c) < 127 for c in s):
        return fold_ascii(s)
    words, cur = [], ""
    limit = 42 if enc == "B" else 20
    for ch in s:
        if len((cur + ch).encode(cs)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if enc == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode("ascii")))
        else:
            q = "".join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "!*+-/" else ("_" if c == 32 else "=%02X" % c) for c in b)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)


def fold_ascii(s, width=76):
    if len(s) <= width:
        return s
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr_hdr(v, cs="utf-8", enc="B"):
    out = []
    for item in [x.strip() for x in split_addrs(v)]:
        m = re.match(r"^(.*?)\s*<([^>]+)>$", item)
        if not m:
            out.append(item)
            continue
        disp, a = m.group(1).strip().strip('"'), m.group(2)
        if not disp:
            out.append("<%s>" % a)
        elif all(32 <= ord(c) < 127 for c in disp):
            if re.search(r'[,.;:()@\[\]]', disp):
                disp = '"%s"' % disp
            out.append("%s <%s>" % (disp, a))
        else:
            out.append("%s <%s>" % (ew(disp, cs, enc), a))
    return ",\n ".join(out)


def split_addrs(v):
    parts, cur, depth = [], "", 0
    for ch in v:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == ";" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p for p in parts if p.strip()]


# ---------------------------------------------------------------- bodies
def enc_payload(text, cs, cte):
    b = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            b.decode("ascii")
        return b
    raise ValueError(cte)


def text_part(text, sub, cs, cte, extra=()):
    if cte == "8bit" and max(len(l) for l in text.encode(cs).split(b"\n")) > 900:
        cte = "quoted-printable"
    if cs in ("iso-2022-jp",):
        cte = "7bit"
    hdr = ['Content-Type: text/%s; charset="%s"' % (sub, cs)]
    if sub == "plain" and cte != "7bit" and cs == "utf-8" and "fl" in extra:
        hdr[0] += "; format=flowed"
    hdr.append("Content-Transfer-Encoding: %s" % cte)
    return hdr, enc_payload(text, cs, cte)


RTL = {"ar", "fa", "he", "ur"}


def table_plain(rows):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append("-+-".join("-" * x for x in w))
    return "\n".join(out)


def table_html(rows, style):
    e = lambda s: htmlmod.escape(s, quote=False)
    if style == "outlook":
        cells = lambda r, th: "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s%s%s<o:p></o:p></p></td>' % ("<b>" if th else "", e(c), "</b>" if th else "") for c in r)
        body = "".join("<tr>%s</tr>\n" % cells(r, i == 0) for i, r in enumerate(rows))
        return '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n%s</table>' % body
    body = "".join("<tr>%s</tr>\n" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % e(c) for c in r) for i, r in enumerate(rows))
    return '<table border="1" cellpadding="4" style="border-collapse:collapse">\n%s</table>' % body


def make_html(text, style, lang, cs, rows=None):
    e = lambda s: htmlmod.escape(s, quote=False)
    lines = text.rstrip("\n").split("\n")
    d = ' dir="rtl"' if lang in RTL else ""
    if style == "outlook":
        ps = []
        for l in lines:
            if l == "{TABLE}":
                ps.append(table_html(rows, style))
            elif l.strip():
                ps.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, e(l)))
            else:
                ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (cs, lang.upper(), "\n".join(ps)))
    ds = []
    for l in lines:
        if l == "{TABLE}":
            ds.append(table_html(rows, style))
        elif l.startswith("> "):
            ds.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % e(l[2:]))
        elif l.strip():
            ds.append("<div>%s</div>" % e(l))
        else:
            ds.append("<div><br></div>")
    return '<div dir="%s">%s</div>\n' % ("rtl" if d else "ltr", "\n".join(ds))


def boundary(key, client):
    h = H("b" + key, 24)
    if client == "outlook":
        return "_000_%s_" % h.upper()
    if client == "gmail":
        return "0000000000%s" % h[:18]
    return "----=_Part_%s_%s" % (int(h[:6], 16), h[6:16])


def assemble(hdrs, body):
    out = b""
    for h in hdrs:
        out += h.encode("utf-8") + b"\n"
    return out + b"\n" + body


def multipart(sub, parts, bnd, extra=""):
    hdr = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (sub, extra, bnd)]
    body = b""
    for ph, pb in parts:
        body += b"--" + bnd.encode() + b"\n" + "\n".join(ph).encode("utf-8") + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + bnd.encode() + b"--\n"
    return hdr, body


# ---------------------------------------------------------------- building one message
def parse_local(s):
    m = re.match(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d(?::\d\d)?) ([+-]\d{4})$", s)
    d, t, z = m.groups()
    if len(t) == 5:
        t += ":00"
    sign = 1 if z[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def ip(key, base):
    h = int(H("ip" + key + base), 16)
    return "%s.%d.%d" % (base, (h >> 8) % 250 + 2, h % 250 + 2)


def msgid(key, client, domain, dt):
    h = H("mid" + key, 40)
    if client == "outlook":
        srv = "%s%sPR%02dMB%04d" % (("AM", "DB", "VI", "HE", "PR", "BN", "DM")[int(h[0], 16) % 7], str(int(h[1], 16) % 9 + 1), int(h[2:4], 16) % 30, int(h[4:8], 16) % 9000 + 1000)
        return "<%s%s@%s.%s.prod.outlook.com>" % (srv, h[8:24].upper(), srv, ("eurprd0%d" % (int(h[5], 16) % 9 + 1)) if srv[0] in "ADVHP" else "namprd0%d" % (int(h[5], 16) % 9 + 1))
    if client == "gmail":
        b = base64.b64encode(bytes.fromhex(h + H("g" + key, 16))).decode().replace("+", "_").replace("/", "-").rstrip("=")
        return "<CA%s@mail.gmail.com>" % b[:44]
    if client == "lotus":
        return "<OF%s.%s-ON%s.%s@%s>" % (h[:8].upper(), h[8:16].upper(), h[16:24].upper(), h[24:32].upper(), domain)
    if client == "thunder":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if client == "exchange":
        return "<%s@EXCH%02d.%s>" % (h[:32].upper(), int(h[32:34], 16) % 12 + 1, domain)
    return "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), h[:10], domain)


MAILER = {
    "outlook": "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nx-ms-exchange-transport-fromentityheader: Hosted",
    "gmail": None,
    "lotus": "X-Mailer: IBM Notes Release 9.0.1FP10 SHF383 January 11, 2019",
    "thunder": "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.8.0",
    "exchange": "X-Mailer: Microsoft Outlook 16.0\nThread-Index: AdVLxk",
    "webmail": "X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)",
    "apple": "X-Mailer: iPhone Mail (16G77)",
}


def received_chain(key, client, domain, sent, rcv):
    mx = "mx%d.itu.int" % (int(H("mx" + key), 16) % 3 + 1)
    qid = H("q" + key, 10).upper()
    g_rcv = format_datetime(rcv.astimezone(GVA))
    lines = []
    if client == "outlook":
        reg = ("EUR03-AM5-obe", "EUR01-VE1-obe", "NAM02-BL2-obe", "EUR05-DB8-obe", "APC01-SG2-obe")[int(H("r" + key), 16) % 5]
        host = "%s.outbound.protection.outlook.com" % reg.lower()
        lines.append("Received: from %s (mail-%s.%s [%s])\n by %s (Postfix) with ESMTPS id %s\n for <sme@itu.int>; %s" % (host, H("h" + key, 4), host, ip(key, "40.107"), mx, qid, g_rcv))
        lines.append("Received: from %s.prod.outlook.com (2603:10a6:%s::%s) by\n %s.prod.outlook.com with HTTPS via %s; %s" % (
            "AM0PR%02dMB%s" % (int(H("a" + key), 16) % 9, H("s" + key, 4).upper()), H("v" + key, 3), H("w" + key, 2), "AM0PR%02dCA%s" % (int(H("c" + key), 16) % 9, H("t" + key, 4).upper()),
            "AM0PR0101CA0041.EURPRD01.PROD.EXCHANGELABS.COM", format_datetime((sent + timedelta(seconds=2)).astimezone(timezone.utc)).replace("-0000", "+0000")))
    elif client == "gmail":
        n = int(H("gm" + key), 16) % 60 + 10
        lines.append("Received: from mail-wm1-f%d.google.com (mail-wm1-f%d.google.com [209.85.128.%d])\n by %s (Postfix) with ESMTPS id %s\n for <sme@itu.int>; %s" % (n, n, n, mx, qid, g_rcv))
        lines.append("Received: by mail-wm1-f%d.google.com with SMTP id %s.%d\n for <sme@itu.int>; %s" % (n, H("sm" + key, 6), int(H("x" + key), 16) % 90 + 10, format_datetime(sent.astimezone(timezone(timedelta(hours=-7)))) + " (PDT)"))
    else:
        smx = "mail.%s" % domain if client != "exchange" else "mx.%s" % domain
        lines.append("Received: from %s (%s [%s])\n by %s (Postfix) with ESMTPS id %s\n for <sme@itu.int>; %s" % (smx, smx, ip(key, "%d.%d" % (int(H("o" + key), 16) % 150 + 41, int(H("p" + key), 16) % 250)), mx, qid, g_rcv))
        inner = {"lotus": "notes01", "exchange": "EXCH%02d" % (int(H("e" + key), 16) % 12 + 1), "webmail": "zimbra", "thunder": "smtp-out", "apple": "smtp"}.get(client, "srv-mail")
        lines.append("Received: from %s.%s ([10.%d.%d.%d])\n by %s with ESMTP id %s; %s" % (inner, domain, int(H("i" + key), 16) % 200, int(H("j" + key), 16) % 200, int(H("k" + key), 16) % 200 + 2, smx, H("z" + key, 8), format_datetime(sent + timedelta(seconds=int(H("d" + key), 16) % 9 + 1))))
    return lines


def build(m, mids):
    key, lang, kind = m["key"], m["lang"], m["kind"]
    client = m.get("client", "outlook")
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "base64" if client == "outlook" and cs == "utf-8" else ("quoted-printable" if cs != "utf-8" and lang not in ("zh", "ja", "ko", "ru", "uk", "bg", "ar", "fa", "he", "el", "th", "mk", "sr") else "base64"))
    hcs = m.get("hcs", cs)
    henc = m.get("henc", "B")
    sent = parse_local(m["date"])
    if m.get("rcv"):
        rcv = parse_local(m["rcv"] + " +0200")
    else:
        rcv = sent + timedelta(seconds=int(H("dl" + key), 16) % 1500 + 25)
    frm_addr = re.search(r"<([^>]+)>", m["frm"]).group(1)
    domain = frm_addr.split("@")[1]
    mid = m.get("mid") or msgid(key, client, domain, sent)
    mids[key] = mid
    text = dedent(m["body"])
    if m.get("quote"):
        q, style = m["quote"]
        text = text + ("\n" if style == ">" else "") + quote_block(q, style)
    rows = m.get("rows")
    plain = text.replace("{TABLE}", table_plain(rows)) if rows else text
    fmt = m.get("fmt", "alt" if client in ("outlook", "gmail", "exchange") else "plain")
    hstyle = "outlook" if client in ("outlook", "exchange") else "gmail"

    if "raw" in m:  # pre-built MIME (bounces, receipts)
        ctype_hdrs, payload = m["raw"](m, mids)
    elif fmt == "plain":
        ctype_hdrs, payload = text_part(plain, "plain", cs, cte, m.get("extra", ()))
    elif fmt == "html":
        ctype_hdrs, payload = text_part(make_html(text, hstyle, lang, cs, rows), "html", cs, cte)
    else:
        alt = multipart("alternative", [text_part(plain, "plain", cs, cte), text_part(make_html(text, hstyle, lang, cs, rows), "html", cs, cte)], boundary(key, client))
        if fmt == "mixed":
            fname = m.get("attach", "letter.pdf")
            pdf = ("%%PDF-1.4\n%% %s\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % H("pdf" + key, 32)).encode()
            att = (['Content-Type: application/pdf; name="%s"' % fname, 'Content-Description: %s' % fname,
                    'Content-Disposition: attachment; filename="%s"; size=%d' % (fname, len(pdf)), "Content-Transfer-Encoding: base64"], base64.encodebytes(pdf))
            ctype_hdrs, payload = multipart("mixed", [(alt[0], alt[1]), att], boundary(key + "mx", client))
        else:
            ctype_hdrs, payload = alt

    hdrs = received_chain(key, client, domain, sent, rcv)
    for h in m.get("pre", ()):
        hdrs.append(h)
    hdrs.append("From: " + addr_hdr(m["frm"], hcs, henc))
    hdrs.append("To: " + addr_hdr(m.get("to", "SME <sme@itu.int>"), hcs, henc))
    if m.get("cc"):
        hdrs.append("CC: " + addr_hdr(m["cc"], hcs, henc))
    hdrs.append("Subject: " + ew(m["subj"], hcs, henc))
    hdrs.append("Date: " + format_datetime(sent))
    hdrs.append("Message-ID: " + mid)
    if m.get("reply", True) and kind not in ("bounce", "unrelated"):
        hdrs.append("In-Reply-To: " + CIRC_ID)
        hdrs.append("References: " + CIRC_ID)
    if m.get("reply_to"):
        hdrs.append("Reply-To: " + addr_hdr(m["reply_to"], hcs, henc))
    for h in m.get("hdrs", ()):
        hdrs.append(h)
    if MAILER.get(client) and "raw" not in m:
        hdrs.extend(MAILER[client].split("\n"))
    hdrs.append("Content-Language: %s" % m.get("clang", lang)) if client in ("outlook", "exchange") else None
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(ctype_hdrs)
    data = assemble(hdrs, payload)

    late = (rcv > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None
    sess = m.get("sess")
    if sess is None:
        sess = ["budapest-2019"] if kind in ("nomination", "correction") else []
    label = {
        "message_id": mid,
        "file": None,
        "kind": kind,
        "language": lang,
        "member_state": m["ms"],
        "delegates": m.get("dels", []),
        "sessions": sess,
        "received_at": rcv.astimezone(GVA).isoformat(),
        "late": late,
        "supersedes": mids[m["sup"]] if m.get("sup") else None,
    }
    return data, label


# ---------------------------------------------------------------- bounce / receipt builders
def bounce_raw(orig_to, orig_subj, status="5.1.1", diag="550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table", lang="en", human=None):
    def f(m, mids):
        key = m["key"]
        sent = parse_local(m["date"])
        bnd = "%s.%d/mx1.itu.int" % (H("bb" + key, 10).upper(), int(H("bt" + key), 16) % 10 ** 9)
        txt = human or ("This is the mail system at host mx1.itu.int.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n<%s>: host %s said: %s\n" % (orig_to, "mx." + orig_to.split("@")[1], diag % orig_to))
        p1 = (['Content-Description: Notification', 'Content-Type: text/plain; charset="%s"' % ("us-ascii" if lang == "en" else "utf-8"), "Content-Transfer-Encoding: %s" % ("7bit" if lang == "en" else "8bit")], txt.encode("utf-8"))
        ds = ("Reporting-MTA: dns; mx1.itu.int\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; sme@itu.int\nArrival-Date: %s\n\n"
              "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nRemote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; %s\n"
              % (H("q" + key, 10).upper(), format_datetime(sent - timedelta(seconds=3)), orig_to, orig_to, status, orig_to.split("@")[1], diag % orig_to))
        p2 = (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode("ascii"))
        omid = "<%s.ack@itu.int>" % H("om" + key, 12)
        orig = ("Received: by mbx2.itu.int (Postfix, from userid 1001)\n id %s; %s\nFrom: SME <sme@itu.int>\nTo: <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
                % (H("oq" + key, 10).upper(), format_datetime(sent - timedelta(seconds=5)), orig_to, orig_subj, format_datetime(sent - timedelta(seconds=6)), omid))
        p3 = (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig.encode("ascii"))
        return multipart("report", [p1, p2, p3], bnd, " report-type=delivery-status;")
    return f


def mdn_raw(text, orig_subj, final_rcpt, cs="utf-8"):
    def f(m, mids):
        key = m["key"]
        bnd = boundary(key, "outlook")
        p1 = text_part(dedent(text), "plain", cs, "quoted-printable" if cs != "utf-8" else "base64")
        dn = ("Reporting-UA: %s; Microsoft Exchange Server\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: automatic-action/MDN-sent-automatically; displayed\n"
              % (final_rcpt.split("@")[1], final_rcpt, "<%s.ack@itu.int>" % H("om" + key, 12)))
        p2 = (["Content-Type: message/disposition-notification"], dn.encode("ascii"))
        return multipart("report", [p1, p2], bnd, " report-type=disposition-notification;")
    return f


# ================================================================ ENGLISH
M("en01", "en", "nomination", "GBR", "Whitfield, Sarah (DCMS) <sarah.whitfield@culture.gov.uk>",
  "RE: CI-19/35 Consultation sessions for Member States: Fostering tech and innovation SMEs", "2019-08-02 16:41:09 +0100", """
Dear colleagues,

Thank you for the invitation. The UK would be glad to take part in the first consultation session in Budapest on 10 September.

Our participant will be Sarah Whitfield, Head of Digital Growth Policy at the Department for Digital, Culture, Media and Sport. She can be reached at sarah.whitfield@culture.gov.uk or +44 20 7211 6390.

Kind regards,

Sarah Whitfield
Head of Digital Growth Policy | DCMS
100 Parliament Street, London SW1A 2BQ
""", dels=[D("Sarah Whitfield", "Head of Digital Growth Policy", "sarah.whitfield@culture.gov.uk")], quote=("en", "outlook"))

M("en02", "en", "nomination", "IND", "DDG (IR) DoT <ddgir-dot@nic.in>",
  "Nomination for CI-19/35 - Budapest consultation session on SMEs", "2019-08-07 11:20:44 +0530", """
Sir/Madam,

With reference to ITU Circular CI-19/35 dated 23.07.2019, the Department of Telecommunications, Government of India, conveys its interest in the consultation sessions on "Fostering tech and innovation SMEs". The following officer is nominated for the first session to be held during ITU Telecom World 2019, Budapest:

Name        : Shri Rajesh Kumar Verma
Designation : Deputy Director General (International Relations)
Department  : Department of Telecommunications, Ministry of Communications
E-mail      : rk.verma@gov.in
Mobile      : +91 98110 42276

This issues with the approval of the competent authority.

Yours faithfully,
(A. K. Srivastava)
Director (IR-II)
Department of Telecommunications
Sanchar Bhawan, 20 Ashoka Road, New Delhi-110001
""", client="webmail", cte="quoted-printable", dels=[D("Rajesh Kumar Verma", "Deputy Director General (International Relations)", "rk.verma@gov.in")], quote=("en", ">"))

M("en03", "en", "nomination", "KEN", "Wanjiru Kamau <wkamau@ca.go.ke>",
  "Re: CI-19/35 - participation in Budapest SME session", "2019-07-29 09:05:31 +0300", """
Dear Mr Clark,

Further to the circular from the Secretary-General, the Communications Authority of Kenya is keen to contribute to the consultation on tech and innovation SMEs. I will be attending ITU Telecom World in Budapest as part of our delegation and would like to represent Kenya at the session on 10 September.

I look forward to receiving the detailed agenda.

Best regards,
Wanjiru Kamau
Manager, Licensing and Innovation
Communications Authority of Kenya
wkamau@ca.go.ke | +254 703 042 118
""", client="gmail", fmt="alt", dels=[D("Wanjiru Kamau", "Manager, Licensing and Innovation", "wkamau@ca.go.ke")])

M("en04", "en", "nomination", "NGA", "Office of the EVC <evc.office@ncc.gov.ng>",
  "RE: CI-19/35 Nigeria's nominees - Fostering tech and innovation SMEs", "2019-08-09 14:12:00 +0100", """
Dear Sir,

Nigeria welcomes the initiative and confirms its interest in the whole series of consultations. Please find below the nominees of the Nigerian Communications Commission:

{TABLE}

Engr. Adewale and Mrs. Nwosu will attend in Budapest; Dr. Bello will represent Nigeria at the session planned during the Council Working Group meetings early next year.

Accept the assurances of our highest regards.

Office of the Executive Vice Chairman
Nigerian Communications Commission, Abuja
""", rows=[["S/N", "Name", "Designation", "E-mail"],
           ["1", "Engr. Olufemi Adewale", "Director, New Media and Information Security", "oadewale@ncc.gov.ng"],
           ["2", "Mrs. Chiamaka Nwosu", "Head, Innovation and Start-ups Unit", "cnwosu@ncc.gov.ng"],
           ["3", "Dr. Ibrahim Sani Bello", "Deputy Director, International Relations", "isbello@ncc.gov.ng"]],
  dels=[D("Olufemi Adewale", "Director, New Media and Information Security", "oadewale@ncc.gov.ng"),
        D("Chiamaka Nwosu", "Head, Innovation and Start-ups Unit", "cnwosu@ncc.gov.ng"),
        D("Ibrahim Sani Bello", "Deputy Director, International Relations", "isbello@ncc.gov.ng")],
  sess=["budapest-2019", "cwg-2020"], tag="table")

M("en05", "en", "nomination", "GHA", "Permanent Mission of Ghana <ghanamission@ghanamission.ch>",
  "FW: Nomination - ITU consultation on SMEs (CI-19/35)", "2019-08-13 10:02:15 +0200", """
Dear Sir/Madam,

The Permanent Mission of the Republic of Ghana to the United Nations Office and other International Organisations in Geneva presents its compliments to the ITU Secretariat and has the honour to forward below the nomination received from the Ministry of Communications in Accra.

Best regards,
Registry, Permanent Mission of Ghana, Geneva

---------- Forwarded message ---------
From: Ministry of Communications <info@moc.gov.gh>
Date: Mon, 12 Aug 2019 at 15:31
Subject: ITU CI-19/35 nomination
To: <ghanamission@ghanamission.ch>

Kindly transmit to the ITU that the Ministry nominates Mr. Kwame Asante-Boateng, Senior ICT Policy Analyst (k.asanteboateng@moc.gov.gh), to participate in the consultation session in Budapest on 10th September 2019.

Thank you.
""", client="gmail", dels=[D("Kwame Asante-Boateng", "Senior ICT Policy Analyst", "k.asanteboateng@moc.gov.gh")], tag="forward")

M("en06", "en", "interest_only", "PHL", "DICT International Cooperation <intl.coop@dict.gov.ph>",
  "Re: ITU Circular CI-19/35", "2019-08-05 17:48:22 +0800", """
Good day!

The Department of Information and Communications Technology (DICT) of the Philippines expresses its interest to participate in the consultation session on fostering tech and innovation SMEs in Budapest. Our nominee is still subject to approval of the Secretary and we will send the name as soon as the travel authority is issued.

Thank you and best regards,

International Cooperation Division
DICT, C.P. Garcia Ave., Diliman, Quezon City
""", client="thunder", sess=["budapest-2019"])

M("en07", "en", "decline", "CAN", "Spectrum Intl <ic.spectruminternational-internationalspectre.ic@canada.ca>",
  "RE: CI-19/35 - Consultation sessions on SMEs", "2019-08-14 13:30:05 -0400", """
Dear ITU colleagues,

Thank you for the invitation to the consultation sessions on fostering tech and innovation SMEs. Unfortunately Canada will not be in a position to send a participant to the Budapest session, as our delegation to ITU Telecom World this year is very limited.

We would nevertheless appreciate receiving the outcome report.

Regards,
International Telecommunications Policy
Innovation, Science and Economic Development Canada
""", client="exchange")

M("en08", "en", "inquiry", "NZL", "Rachel Fitzgerald <rachel.fitzgerald@mbie.govt.nz>",
  "Query re CI-19/35 consultation session", "2019-07-31 10:22:47 +1200", """
Kia ora,

Before we decide on a nominee for the session in Budapest, could you let us know:

- whether remote participation will be possible, given the travel distance;
- whether the nominee needs to be registered for ITU Telecom World itself;
- whether representatives of SMEs can join the Member State delegation.

Nga mihi,
Rachel Fitzgerald
Senior Policy Advisor, Digital Economy
Ministry of Business, Innovation & Employment
""")

M("en09", "en", "correction", "IND", "DDG (IR) DoT <ddgir-dot@nic.in>",
  "Corrigendum: Nomination for CI-19/35 - Budapest consultation session on SMEs", "2019-08-19 12:03:10 +0530", """
Sir/Madam,

In partial modification of this Department's e-mail of 07.08.2019, the nomination for the Budapest session on 10 September 2019 may be read as follows:

1. Shri Rajesh Kumar Verma, Director General (Telecom), e-mail: ddg.verma@gov.in
2. Smt. Meenakshi Iyer, Director (Standardization), e-mail: meenakshi.iyer@gov.in

The e-mail address given earlier was incorrect. Inconvenience is regretted.

Yours faithfully,
(A. K. Srivastava)
Director (IR-II), DoT
""", client="webmail", cte="quoted-printable", sup="en02",
  dels=[D("Rajesh Kumar Verma", "Director General (Telecom)", "ddg.verma@gov.in"), D("Meenakshi Iyer", "Director (Standardization)", "meenakshi.iyer@gov.in")], tag="corrigendum")

M("en10", "en", "auto_reply", None, "Andrew Mbeki <a.mbeki@dtps.gov.za>",
  "Automatic reply: CI-19/35 Consultation sessions for Member States", "2019-07-23 10:17:52 +0200", """
Thank you for your email. I am out of the office on leave until Monday 19 August 2019 with limited access to email.

For urgent matters please contact Ms Thandi Nkosi at t.nkosi@dtps.gov.za.

Andrew Mbeki
""", client="exchange", fmt="plain", cte="7bit", hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], reply=True)

M("en11", "en", "bounce", None, "Mail Delivery System <MAILER-DAEMON@mx1.itu.int>",
  "Undelivered Mail Returned to Sender", "2019-08-09 18:22:41 +0200", "",
  raw=bounce_raw("oadewale@ncc.gov.ng.ng", "Acknowledgement: CI-19/35 nomination received"), client="other", reply=False)

M("en12", "en", "unrelated", None, "Laura Bennett <laura@expoprint-solutions.com>",
  "Budapest, 9-12 September: badges, banners and booth graphics delivered to your stand", "2019-08-06 08:15:00 -0400", """
Hi there,

ITU Telecom World 2019 in Budapest is only a few weeks away (9-12 September, Hungexpo). Our team already handles on-site printing for several national pavilions and we still have capacity.

As Mark Delaney, our Events Director, likes to say: "Nobody remembers a booth that arrived late."

- Roll-up banners from EUR 85
- Same-day badge and lanyard printing at the venue
- Free delivery to Hungexpo halls A to G

Book a 15-minute call with me this week and get 10% off your first order.

Best,
Laura Bennett
Account Manager, ExpoPrint Solutions
To unsubscribe, reply STOP.
""", client="gmail", reply=False)

M("en13", "en", "unrelated", None, "Telecom Policy Weekly <newsletter@telecompolicyweekly.com>",
  "This week: spectrum auctions, WRC-19 preparations, and a new SME fund", "2019-08-12 06:00:00 +0000", """
TELECOM POLICY WEEKLY - Issue 312

1. WRC-19: regional groups finalise common proposals ahead of Sharm el-Sheikh.
2. Interview: Dr. Helena Brandt on why small operators struggle with spectrum fees.
3. Events: Budapest hosts ITU Telecom World from 9 September; Maria Kowalczyk and Omar Haddad will chair a side event on rural connectivity.
4. A new EUR 50 million fund for tech and innovation SMEs in the Western Balkans.

You are receiving this because you subscribed at telecompolicyweekly.com.
""", client="other", fmt="html", reply=False)

M("en14", "en", "nomination", None, "Prof. Joseph Camilleri <joseph.camilleri@um.edu.mt>",
  "CI-19/35 - University of Malta would like to contribute", "2019-08-08 19:40:12 +0200", """
Dear Mr Clark,

Although I realise the consultation is primarily for Member States, the University of Malta's Centre for Entrepreneurship and Business Incubation works with many tech start-ups and we would like to contribute.

I plan to be in Budapest for Telecom World and would be happy to attend the session on 10 September myself, if academia is welcome.

With best wishes,

Prof. Joseph Camilleri
Director, Centre for Entrepreneurship and Business Incubation
University of Malta, Msida MSD 2080
""", client="thunder", dels=[D("Joseph Camilleri", "Director, Centre for Entrepreneurship and Business Incubation", None)])

M("en15", "en", "nomination", "USA", "Park, Jennifer L <ParkJL@state.gov>",
  "RE: CI-19/35 US participation - SME consultation, Budapest", "2019-08-21 09:14:36 -0400", """
Good morning,

Apologies for the delayed reply. The United States would like to participate in the consultation session to be held in Budapest on September 10. Our participant will be:

Ms. Jennifer L. Park
Foreign Affairs Officer, Office of Multilateral Affairs
Bureau of Economic and Business Affairs, U.S. Department of State
ParkJL@state.gov / +1 202 647 5832

Please let me know if you need anything further.

Thanks,
Jen
""", dels=[D("Jennifer L. Park", "Foreign Affairs Officer, Office of Multilateral Affairs", "ParkJL@state.gov")], quote=("en", "outlook"))

M("en16", "en", "nomination", "SGP", "Tan Wei Ming <tan_wei_ming@imda.gov.sg>",
  "RE: CI-19/35 Fostering tech and innovation SMEs - Singapore", "2019-08-15 18:02:57 +0800", """
Dear ITU Secretariat,

Singapore supports the consultation series. As our senior officials will be fully committed at other events during Telecom World, we will not join the Budapest session; however we would like to nominate Ms Lim Hui Ling, Deputy Director (SME Digitalisation), IMDA, for the sessions at the Council Working Group meetings and at the WSIS Forum 2020. Her e-mail is lim_hui_ling@imda.gov.sg.

Regards,
Tan Wei Ming
Manager, International Relations
Infocomm Media Development Authority
""", dels=[D("Lim Hui Ling", "Deputy Director (SME Digitalisation)", "lim_hui_ling@imda.gov.sg")], sess=["cwg-2020", "wsis-2020"], tag="conditional")

M("en17", "en", "nomination", "ZMB", "Mwila Chisanga <mwila.chisanga@motc.gov.zm>",
  "CI-19/35: Zambia - nomination for the Budapest consultation", "2019-08-12 08:33:19 +0200", """
Dear Sir/Madam,

I write on behalf of the Honourable Minister of Transport and Communications, who has asked me to convey Zambia's interest in the consultation sessions.

The Minister has designated Ms Chanda Mwale, Director - Communications, as Zambia's participant in Budapest. Please address all correspondence to her at chanda.mwale@motc.gov.zm, copying this office.

Yours sincerely,
Mwila Chisanga
Personal Assistant to the Honourable Minister
Ministry of Transport and Communications, Lusaka
""", client="lotus", cc="Chanda Mwale <chanda.mwale@motc.gov.zm>", dels=[D("Chanda Mwale", "Director - Communications", "chanda.mwale@motc.gov.zm")])

M("en18", "en", "nomination", "UGA", "Patrick Okello <okellopj.ucc@gmail.com>",
  "Re: CI-19/35 nominee UGANDA", "2019-08-16 22:51:03 +0300", """
Dear Sir,

Uganda Communications Commission hereby nominates the following for the first session (Budapest, 10/09/2019):

Names: OKELLO Patrick James
Position: Senior Officer, Research and Development
Email: pokello@ucc.co.ug

Regards
""", client="gmail", fmt="plain", cte="7bit", dels=[D("OKELLO Patrick James", "Senior Officer, Research and Development", "pokello@ucc.co.ug")])

M("en19", "en", "nomination", "JAM", "Marsha Reid-Campbell <mreid@mset.gov.jm>",
  "RE: CI-19/35 - Jamaica's nominee", "2019-08-16 17:40:18 -0500", """
Good evening,

Please accept Jamaica's nomination, submitted today, for the consultation session at ITU Telecom World 2019:

Mr. Dwayne A. Henry, Chief Technical Director, Ministry of Science, Energy and Technology (dwayne.henry@mset.gov.jm).

Regards,
Marsha Reid-Campbell
Senior Director, Telecommunications Policy
""", dels=[D("Dwayne A. Henry", "Chief Technical Director", "dwayne.henry@mset.gov.jm")], tag="deadline")

M("en20", "en", "interest_only", None, "Policy Team <policy@fsb.org.uk>",
  "CI-19/35 - small business perspective for the WSIS Forum session", "2019-08-01 12:10:44 +0100", """
Dear ITU SME team,

The Federation of Small Businesses is not an ITU Member State, but we have seen the circular on fostering tech and innovation SMEs and would very much like to contribute evidence to the session planned during the WSIS Forum 2020. Could you keep us informed when the arrangements are confirmed?

Best wishes,
Policy Team, Federation of Small Businesses
""", client="gmail", sess=["wsis-2020"])


# ================================================================ FRENCH
M("fr01", "fr", "nomination", "SEN", "Direction des TIC <dtic@numerique.gouv.sn>",
  "RE: CI-19/35 Sessions de consultation - PME technologiques", "2019-08-06 11:47:20 +0000", """
Monsieur le Secrétaire général,

Suite à votre lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire part de l'intérêt du Sénégal pour la série de consultations « Favoriser les PME du secteur des technologies et de l'innovation ».

Le Ministère de l'Économie numérique et des Télécommunications désigne M. Mamadou Lamine DIOP, Directeur des Technologies de l'Information et de la Communication, pour prendre part à la première session, le 10 septembre 2019 à Budapest. Courriel : mldiop@numerique.gouv.sn ; tél. : +221 33 849 07 22.

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Le Secrétaire général du Ministère
""", dels=[D("Mamadou Lamine DIOP", "Directeur des Technologies de l'Information et de la Communication", "mldiop@numerique.gouv.sn")], quote=("fr", "outlook"))

M("fr02", "fr", "nomination", "FRA", "Mission permanente de la France <secretariat.dfra-onu@diplomatie.gouv.fr>",
  "Note verbale - CI-19/35 - désignation pour la session de Budapest", "2019-08-12 15:05:33 +0200", """
Madame, Monsieur,

Vous trouverez ci-joint la note verbale n° 2019-0842 de la Mission permanente de la France auprès de l'Office des Nations Unies à Genève.

La France est heureuse de participer à la session de consultation qui se tiendra pendant ITU Telecom World 2019. Elle y sera représentée par Mme Claire Dubreuil-Lefèvre, cheffe du bureau de l'économie numérique et des start-up à la Direction générale des Entreprises (claire.dubreuil-lefevre@finances.gouv.fr).

Bien cordialement,

Secrétariat de la Mission permanente
""", fmt="mixed", attach="NV_2019-0842_UIT_CI-19-35.pdf",
  dels=[D("Claire Dubreuil-Lefèvre", "cheffe du bureau de l'économie numérique et des start-up", "claire.dubreuil-lefevre@finances.gouv.fr")], tag="attachment")

M("fr03", "fr", "nomination", "CIV", "ARTCI - Direction Générale <dg@artci.ci>",
  "Réponse à la CI-19/35 : participants de la Côte d'Ivoire", "2019-08-08 09:12:55 +0000", """
Madame, Monsieur,

En réponse à la circulaire CI-19/35, l'Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI) a le plaisir de vous communiquer les participants ci-après pour la session de Budapest :

1) Nom et prénoms : KOUASSI Aya Bernadette
   Fonction : Directrice de l'Économie numérique
   Courriel : aya.kouassi@artci.ci

2) Nom et prénoms : TRAORÉ Seydou
   Fonction : Chef du service Innovation
   Courriel : seydou.traore@artci.ci

Cordialement,
La Direction Générale
""", client="webmail", cs="iso-8859-1", cte="quoted-printable",
  dels=[D("KOUASSI Aya Bernadette", "Directrice de l'Économie numérique", "aya.kouassi@artci.ci"), D("TRAORÉ Seydou", "Chef du service Innovation", "seydou.traore@artci.ci")], tag="fields")

M("fr04", "fr", "interest_only", "BEL", "Frédéric Wauters <frederic.wauters@economie.fgov.be>",
  "RE: CI-19/35", "2019-08-01 14:28:10 +0200", """
Bonjour,

Le SPF Économie confirme l'intérêt de la Belgique pour la consultation de Budapest. Le nom de notre participant vous sera communiqué dès que la composition de la délégation à Telecom World sera arrêtée.

Bien à vous,
F. Wauters
""", sess=["budapest-2019"])

M("fr05", "fr", "decline", "CHE", "Affaires internationales OFCOM <ir@bakom.admin.ch>",
  "AW: CI-19/35 Sessions de consultation pour les États Membres", "2019-08-14 10:55:41 +0200", """
Madame, Monsieur,

Nous vous remercions de votre invitation. Pour des raisons de calendrier, la Suisse ne participera pas à la session de consultation de Budapest et ne désignera donc pas de participant. Nous suivrons néanmoins les travaux avec intérêt.

Meilleures salutations

Office fédéral de la communication OFCOM
Affaires internationales
""", client="lotus", cs="iso-8859-1", henc="Q")

M("fr06", "fr", "inquiry", "TUN", "Hela Ben Salah <hela.bensalah@mtcen.gov.tn>",
  "Demande de précision - CI-19/35", "2019-07-30 12:02:33 +0100", """
Monsieur Clark,

Avant de transmettre le nom de notre participant, pourriez-vous nous préciser si une interprétation en français et en arabe sera assurée lors de la session de Budapest, et si la participation est possible sans accréditation à ITU Telecom World ?

Avec nos remerciements,

Hela Ben Salah
Ministère des Technologies de la Communication et de l'Économie numérique
""", client="thunder", quote=("fr", ">"))

M("fr07", "fr", "correction", "CIV", "ARTCI - Direction Générale <dg@artci.ci>",
  "RECTIFICATIF - Réponse à la CI-19/35 : participants de la Côte d'Ivoire", "2019-08-13 16:40:02 +0000", """
Madame, Monsieur,

Nous vous prions de bien vouloir considérer la liste ci-dessous, qui annule et remplace celle transmise le 8 août 2019. M. Seydou TRAORÉ, empêché, est remplacé par M. Yao Jean-Marc N'GUESSAN.

- Mme Aya Bernadette KOUASSI, Directrice de l'Économie numérique, aya.kouassi@artci.ci
- M. Yao Jean-Marc N'GUESSAN, Conseiller technique du Directeur général, jm.nguessan@artci.ci

Avec nos excuses pour ce changement.
La Direction Générale
""", client="webmail", cs="iso-8859-1", cte="quoted-printable", sup="fr03",
  dels=[D("Aya Bernadette KOUASSI", "Directrice de l'Économie numérique", "aya.kouassi@artci.ci"),
        D("Yao Jean-Marc N'GUESSAN", "Conseiller technique du Directeur général", "jm.nguessan@artci.ci")], tag="rectificatif")

M("fr08", "fr", "nomination", "MAR", "Karim Bennani <k.bennani@anrt.ma>",
  "CI-19/35 - participation ANRT Maroc", "2019-08-18 21:15:00 +0100", """
Bonsoir,

Je me permets de vous écrire, avec retard, pour confirmer que je représenterai le Maroc à la session de consultation sur les PME technologiques prévue à Budapest en septembre. Je serai présent à Telecom World avec la délégation de l'ANRT.

Cordialement,

--
Karim Bennani
Chef de division, Veille stratégique et Innovation
Agence Nationale de Réglementation des Télécommunications
Rabat - Maroc | Tél : +212 537 71 84 09
""", client="gmail", fmt="alt", dels=[D("Karim Bennani", "Chef de division, Veille stratégique et Innovation", None)], tag="late")

M("fr09", "fr", "nomination", "CMR", "MINPOSTEL Cabinet <cabinet@minpostel.gov.cm>",
  "TR: Consultations PME - désignation du Cameroun", "2019-08-09 10:30:12 +0100", """
Monsieur le Secrétaire général,

Faisant suite à votre correspondance CI-19/35, j'ai l'honneur de vous informer que Madame NGO BIYONG Solange, Sous-directeur de la Promotion de l'Économie numérique au Ministère des Postes et Télécommunications, représentera le Cameroun à la session de Budapest ainsi qu'à celle prévue en marge du Forum du SMSI 2020.

Courriel : ngobiyong.solange@minpostel.gov.cm

Haute considération.
Pour le Ministre et par ordre,
Le Secrétaire général
""", client="exchange", dels=[D("NGO BIYONG Solange", "Sous-directeur de la Promotion de l'Économie numérique", "ngobiyong.solange@minpostel.gov.cm")], sess=["budapest-2019", "wsis-2020"])

M("fr10", "fr", "auto_reply", None, "Isabelle Marchand <isabelle.marchand@arcep.fr>",
  "Réponse automatique : CI-19/35 Sessions de consultation pour les États Membres", "2019-07-23 10:16:30 +0200", """
Bonjour,

Je suis absente jusqu'au 26 août inclus. Pour toute question urgente, merci de contacter le secrétariat de la direction au 01 40 47 70 00.

Cordialement,
Isabelle Marchand
""", client="exchange", fmt="plain", cs="iso-8859-1", cte="quoted-printable", hdrs=["Auto-Submitted: auto-replied"])

M("fr11", "fr", "nomination", "MDG", "Cabinet du Ministre <cabinet@mptdn.gov.mg>",
  "CI-19/35 : Madagascar - liste des participants", "2019-08-15 17:20:45 +0300", """
Monsieur le Secrétaire général,

Le Cabinet du Ministre des Postes, des Télécommunications et du Développement Numérique a l'honneur de vous communiquer la composition de la délégation malgache pour la session de consultation de Budapest :

{TABLE}

Veuillez agréer l'expression de notre haute considération.

Pour le Ministre,
L'Assistante du Ministre
""", rows=[["Nom et prénoms", "Fonction", "Adresse électronique"],
           ["RAKOTOMALALA Hery Nirina", "Directeur général du Numérique", "hery.rakotomalala@mptdn.gov.mg"],
           ["RANDRIANARISOA Voahangy", "Chargée d'études", "v.randrianarisoa@mptdn.gov.mg"]],
  dels=[D("RAKOTOMALALA Hery Nirina", "Directeur général du Numérique", "hery.rakotomalala@mptdn.gov.mg"),
        D("RANDRIANARISOA Voahangy", "Chargée d'études", "v.randrianarisoa@mptdn.gov.mg")], tag="table")

M("fr12", "fr", "unrelated", None, "Salon PME Numériques <invitations@salon-pme-numeriques.fr>",
  "Invitation : Rencontres PME & Innovation, Budapest - Paris, 3 octobre 2019", "2019-08-07 09:00:00 +0200", """
Madame, Monsieur,

Après notre délégation d'entrepreneurs à Budapest en septembre, nous avons le plaisir de vous convier aux Rencontres PME & Innovation, le jeudi 3 octobre 2019 à la Cité des sciences, Paris.

Intervenants : Mme Sophie Garnier (présidente), M. Thomas Lemaire, Dr Nadia Belkacem.

Inscription gratuite avant le 20 septembre sur notre site.

Pour ne plus recevoir nos messages, cliquez ici.
""", client="other", fmt="html", cs="iso-8859-15", cte="quoted-printable", reply=False)

M("fr13", "fr", "nomination", "HTI", "Jean-Robert Pierre-Louis <jrpierrelouis@conatel.gouv.ht>",
  "Re: CI-19/35 - Haïti", "2019-08-16 16:55:19 -0400", """
Bonjour,

Le CONATEL souhaite participer à la consultation du 10 septembre. Sous réserve de l'obtention du visa Schengen, la personne désignée est Mme Nadège Célestin, responsable de la cellule Innovation (ncelestin@conatel.gouv.ht). Si le visa ne pouvait être obtenu à temps, nous vous en informerions.

Cordialement,
Jean-Robert Pierre-Louis
Directeur des Affaires internationales, CONATEL
""", client="gmail", dels=[D("Nadège Célestin", "responsable de la cellule Innovation", "ncelestin@conatel.gouv.ht")], tag="deadline")

M("fr14", "fr", "nomination", "BEN", "Mission permanente du Bénin <mission.benin@bluewin.ch>",
  "TR: Désignation - Consultation UIT sur les PME", "2019-08-14 09:41:27 +0200", """
Madame, Monsieur,

La Mission permanente de la République du Bénin à Genève vous transmet ci-dessous le message du Ministère du Numérique et de la Digitalisation.

Sincères salutations,
Le Chargé d'affaires a.i.

-----Message d'origine-----
De : Secrétariat MND <sg@numerique.gouv.bj>
Envoyé : mardi 13 août 2019 18:04
À : mission.benin@bluewin.ch
Objet : Désignation - Consultation UIT sur les PME

Prière de transmettre à l'UIT la désignation de M. Arnaud Comlan HOUNKPÈ, Directeur de l'Économie numérique (a.hounkpe@numerique.gouv.bj), pour la session de Budapest.
""", client="thunder", cs="iso-8859-1", cte="quoted-printable",
  dels=[D("Arnaud Comlan HOUNKPÈ", "Directeur de l'Économie numérique", "a.hounkpe@numerique.gouv.bj")], tag="forward")

# ================================================================ SPANISH
M("es01", "es", "nomination", "MEX", "Unidad de Asuntos Internacionales IFT <uai@ift.org.mx>",
  "RE: CI-19/35 Sesiones de consulta - designación de México", "2019-08-08 13:22:05 -0500", """
Estimado Sr. Clark:

En atención a la carta circular CI-19/35, el Instituto Federal de Telecomunicaciones manifiesta su interés en participar en las sesiones de consulta y designa para la primera sesión, que se celebrará en Budapest el 10 de septiembre, al Lic. Jorge Alberto Ramírez Soto, Director General de Asuntos Regulatorios Internacionales (jorge.ramirez@ift.org.mx).

Sin otro particular, reciba un cordial saludo.

Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
""", dels=[D("Jorge Alberto Ramírez Soto", "Director General de Asuntos Regulatorios Internacionales", "jorge.ramirez@ift.org.mx")], quote=("es", "outlook"))

M("es02", "es", "nomination", "ESP", "SG Telecomunicaciones - Relaciones Internacionales <sgtel.internacional@mineco.es>",
  "CI-19/35: participación de España", "2019-08-05 12:40:18 +0200", """
Estimados señores:

España participará con interés en la serie de consultas. Les comunicamos los participantes designados:

{TABLE}

Un saludo cordial,
Subdirección General de Relaciones Internacionales
Secretaría de Estado para el Avance Digital
""", rows=[["Nombre", "Cargo", "Sesión", "Correo"],
           ["Lucía Fernández Ortega", "Subdirectora Adjunta de Sociedad Digital", "Budapest, 10/09/2019", "lucia.fernandez@mineco.es"],
           ["Álvaro Gómez-Pardo", "Consejero Técnico", "Foro CMSI 2020", "alvaro.gomezpardo@mineco.es"]],
  dels=[D("Lucía Fernández Ortega", "Subdirectora Adjunta de Sociedad Digital", "lucia.fernandez@mineco.es"),
        D("Álvaro Gómez-Pardo", "Consejero Técnico", "alvaro.gomezpardo@mineco.es")], sess=["budapest-2019", "wsis-2020"], tag="table")

M("es03", "es", "nomination", "COL", "Oficina de Asuntos Internacionales MinTIC <internacional@mintic.gov.co>",
  "Respuesta CI-19/35 - Colombia", "2019-08-12 08:17:44 -0500", """
Respetados señores:

Colombia, a través del Ministerio de Tecnologías de la Información y las Comunicaciones, confirma su interés. Datos del participante para la sesión en el marco de ITU Telecom World:

Nombres y apellidos: Andrés Felipe Castaño Restrepo
Cargo: Asesor del Despacho del Viceministro de Economía Digital
Correo electrónico: acastano@mintic.gov.co
Teléfono: +57 1 344 3460 ext. 2211

Cordialmente,
Oficina de Asuntos Internacionales
""", client="lotus", cs="iso-8859-1", cte="quoted-printable",
  dels=[D("Andrés Felipe Castaño Restrepo", "Asesor del Despacho del Viceministro de Economía Digital", "acastano@mintic.gov.co")], tag="fields")

M("es04", "es", "interest_only", "ARG", "Secretaría de Gobierno de Modernización <internacionales@modernizacion.gob.ar>",
  "RE: Circular CI-19/35", "2019-08-09 16:05:30 -0300", """
De nuestra mayor consideración:

La República Argentina desea manifestar su interés en la serie de sesiones de consulta sobre el fomento de las PYME de tecnología e innovación, tanto en la sesión de Budapest como en la que se realice durante el Foro de la CMSI. El nombre de la persona designada será comunicado oportunamente.

Saludos cordiales,
Dirección Nacional de Relaciones Internacionales
""", client="gmail", sess=["budapest-2019", "wsis-2020"])

M("es05", "es", "decline", "PER", "Dirección General de Políticas y Regulación <dgprc@mtc.gob.pe>",
  "RE: CI-19/35 Sesiones de consulta", "2019-08-15 11:12:09 -0500", """
Estimados:

Agradecemos la invitación. Lamentablemente, por restricciones presupuestarias, el Ministerio de Transportes y Comunicaciones del Perú no podrá participar en la sesión de Budapest. Quedamos atentos a futuras convocatorias.

Atentamente,
DGPRC - MTC
""", client="exchange")

M("es06", "es", "inquiry", "CHL", "Paula Contreras <pcontreras@subtel.gob.cl>",
  "Consulta sobre CI-19/35", "2019-07-26 10:48:51 -0400", """
Estimado Christopher:

Junto con saludar, quisiera consultar si la UIT contempla algún apoyo para los gastos de viaje de los participantes de países en desarrollo a la sesión de Budapest, y si habrá interpretación al español.

Muchas gracias,
Paula Contreras
Departamento de Asuntos Internacionales, SUBTEL
""", client="gmail", quote=("es", ">"))

M("es07", "es", "nomination", "CUB", "Relaciones Internacionales MINCOM <rrii@mincom.gob.cu>",
  "Designación de Cuba - CI-19/35", "2019-08-26 14:30:00 -0400", """
Estimados compañeros:

Con atraso, por lo que pedimos disculpas, el Ministerio de Comunicaciones de la República de Cuba informa que el Ing. Yoandri Pérez Cabrera, especialista principal de la Dirección de Informatización, participará en la sesión de consulta de Budapest del 10 de septiembre.

Saludos,
Dirección de Relaciones Internacionales
""", client="other", fmt="plain", cs="iso-8859-1", cte="quoted-printable",
  dels=[D("Yoandri Pérez Cabrera", "especialista principal de la Dirección de Informatización", None)], tag="late")

M("es08", "es", "correction", "ESP", "SG Telecomunicaciones - Relaciones Internacionales <sgtel.internacional@mineco.es>",
  "CORRECCIÓN - CI-19/35: participación de España", "2019-08-20 09:02:11 +0200", """
Estimados señores:

Por motivos de agenda, sustituimos a la Sra. Fernández Ortega en Budapest. La relación completa y definitiva de participantes es la siguiente:

- Budapest (10 de septiembre): D. Miguel Ángel Sanz Herrero, Jefe de Área de Emprendimiento Digital, miguelangel.sanz@mineco.es
- Foro CMSI 2020: D. Álvaro Gómez-Pardo, Consejero Técnico, alvaro.gomezpardo@mineco.es

Disculpen las molestias.
Subdirección General de Relaciones Internacionales
""", sup="es02", dels=[D("Miguel Ángel Sanz Herrero", "Jefe de Área de Emprendimiento Digital", "miguelangel.sanz@mineco.es"),
                      D("Álvaro Gómez-Pardo", "Consejero Técnico", "alvaro.gomezpardo@mineco.es")], sess=["budapest-2019", "wsis-2020"], tag="correccion")

M("es09", "es", "nomination", "URY", "Martín Olivera <martin.olivera.ursec@gmail.com>",
  "Re: CI-19/35", "2019-08-02 19:33:47 -0300", """
Hola,

Les escribo para confirmar mi participación, en representación de Uruguay, en la sesión sobre pymes tecnológicas que tendrá lugar en Budapest. Quedo a disposición.

Saludos cordiales,

Martín Olivera
Gerente de Desarrollo y Competencia - URSEC
Av. Uruguay 988, Montevideo
""", client="gmail", dels=[D("Martín Olivera", "Gerente de Desarrollo y Competencia", None)])

M("es10", "es", "nomination", "ECU", "Misión Permanente del Ecuador en Ginebra <mecuginebra@cancilleria.gob.ec>",
  "RV: Designación ARCOTEL - sesión de consulta PYME UIT", "2019-08-16 12:20:04 +0200", """
Señores UIT:

La Misión Permanente del Ecuador ante la Oficina de las Naciones Unidas en Ginebra reenvía la comunicación de la ARCOTEL con la designación correspondiente a la sesión de Budapest.

Atentamente,
Tercer Secretario

________________________________
De: Coordinación de Relaciones Internacionales ARCOTEL
Enviado: jueves, 15 de agosto de 2019 17:10
Para: Misión Permanente del Ecuador en Ginebra
Asunto: Designación ARCOTEL - sesión de consulta PYME UIT

Mucho agradeceremos remitir a la UIT que la Mgs. Daniela Estefanía Villacís Mora, Directora Técnica de Gestión Económica de las Telecomunicaciones (daniela.villacis@arcotel.gob.ec), ha sido designada para participar en la sesión de Budapest.
""", client="exchange", dels=[D("Daniela Estefanía Villacís Mora", "Directora Técnica de Gestión Económica de las Telecomunicaciones", "daniela.villacis@arcotel.gob.ec")], tag="forward")

M("es11", "es", "nomination", "CRI", "Despacho Viceministerio de Telecomunicaciones <despacho.telecom@micitt.go.cr>",
  "CI-19/35 - Costa Rica", "2019-08-10 10:01:39 -0600", """
Estimados señores:

Costa Rica tiene el agrado de confirmar su participación en las tres sesiones de consulta anunciadas (Budapest, reuniones de los Grupos de Trabajo del Consejo a inicios de 2020 y Foro de la CMSI 2020). Nuestra representante en todas ellas será la señora Adriana Solís Jiménez, Directora de Evolución y Mercado de Telecomunicaciones, correo adriana.solis@micitt.go.cr.

Atentamente,
Asistente del Despacho del Viceministro
""", client="webmail", dels=[D("Adriana Solís Jiménez", "Directora de Evolución y Mercado de Telecomunicaciones", "adriana.solis@micitt.go.cr")],
  sess=["budapest-2019", "cwg-2020", "wsis-2020"])

M("es12", "es", "auto_reply", None, "Gabriela Núñez <gnunez@mtt.gob.cl>",
  "Respuesta automática: CI-19/35 Sesiones de consulta para los Estados Miembros", "2019-07-23 04:20:11 -0400", """
Estaré fuera de la oficina hasta el 5 de agosto. Para asuntos urgentes, escribir a oficinainternacional@mtt.gob.cl.

Gabriela Núñez
""", client="exchange", fmt="plain", hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

M("es13", "es", "unrelated", None, "Cámara de Comercio Hispano-Húngara <eventos@camarahispanohungara.hu>",
  "Invitación: Encuentro empresarial en Budapest, 11 de septiembre de 2019", "2019-08-13 11:00:00 +0200", """
Estimados amigos:

Con motivo de ITU Telecom World, la Cámara organiza un encuentro empresarial el miércoles 11 de septiembre a las 18:30 en el Hotel Gellért de Budapest. Intervendrán D.ª Carmen Ruiz Albarrán, presidenta de la Cámara, y D. Péter Szabó, director de Hungarian Startup Hub.

Confirmen su asistencia antes del 2 de septiembre.

Un saludo,
Departamento de Eventos
""", client="webmail", cs="iso-8859-1", cte="quoted-printable", reply=False)

M("es14", "es", "nomination", "BOL", "Unidad de Relaciones Internacionales ATT <rrii@att.gob.bo>",
  "NOMINACIÓN - CI-19/35", "2019-08-14 15:45:00 -0400", """
SEÑORES UIT:

LA AUTORIDAD DE REGULACIÓN Y FISCALIZACIÓN DE TELECOMUNICACIONES Y TRANSPORTES (ATT) DEL ESTADO PLURINACIONAL DE BOLIVIA COMUNICA QUE EL PARTICIPANTE DESIGNADO PARA LA SESIÓN DE CONSULTA DE BUDAPEST ES:

MSc. RODRIGO QUISPE MAMANI
DIRECTOR TÉCNICO SECTORIAL DE TELECOMUNICACIONES
rquispe@att.gob.bo

ATENTAMENTE.
""", client="other", fmt="plain", dels=[D("RODRIGO QUISPE MAMANI", "DIRECTOR TÉCNICO SECTORIAL DE TELECOMUNICACIONES", "rquispe@att.gob.bo")], tag="caps")


# ================================================================ ARABIC
M("ar01", "ar", "nomination", "EGY", "الإدارة العامة للعلاقات الدولية <intl.relations@tra.gov.eg>",
  "رد: CI-19/35 جلسات تشاور للدول الأعضاء", "2019-08-04 12:35:10 +0200", """
السادة/ أمانة الاتحاد الدولي للاتصالات
تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة CI-19/35 بتاريخ 23 يوليو 2019، يسر الجهاز القومي لتنظيم الاتصالات بجمهورية مصر العربية أن يعرب عن اهتمامه بالمشاركة في جلسات التشاور، ويرشح السيد المهندس/ أحمد محمد حسن، مدير إدارة الابتكار وريادة الأعمال، لحضور الجلسة الأولى في بودابست يوم 10 سبتمبر 2019.

الاسم باللاتينية: Ahmed Mohamed Hassan
البريد الإلكتروني: a.hassan@tra.gov.eg

وتفضلوا بقبول فائق الاحترام،
الإدارة العامة للعلاقات الدولية
""", cs="windows-1256", client="exchange", cte="quoted-printable",
  dels=[D("أحمد محمد حسن", "مدير إدارة الابتكار وريادة الأعمال", "a.hassan@tra.gov.eg", ["Ahmed Mohamed Hassan"])], quote=("ar", "outlook"))

M("ar02", "ar", "nomination", "SAU", "العلاقات الدولية - هيئة الاتصالات <ir@citc.gov.sa>",
  "ترشيح المملكة العربية السعودية - CI-19/35", "2019-08-11 10:02:44 +0300", """
السلام عليكم ورحمة الله وبركاته،

نود إفادتكم باهتمام المملكة العربية السعودية بالمشاركة في جلسة التشاور التي ستعقد خلال تليكوم العالمي للاتحاد في بودابست، ونرشح كلاً من:

1- الاسم: م. فيصل بن عبدالله العتيبي (Faisal Abdullah Alotaibi)
   المسمى الوظيفي: مدير عام تنمية القطاع
   البريد: falotaibi@citc.gov.sa

2- الاسم: د. نورة سعد القحطاني (Noura Saad Alqahtani)
   المسمى الوظيفي: مستشار الابتكار
   البريد: nalqahtani@citc.gov.sa

مع خالص التحية،
إدارة العلاقات الدولية
هيئة الاتصالات وتقنية المعلومات
""", dels=[D("فيصل بن عبدالله العتيبي", "مدير عام تنمية القطاع", "falotaibi@citc.gov.sa", ["Faisal Abdullah Alotaibi"]),
           D("نورة سعد القحطاني", "مستشار الابتكار", "nalqahtani@citc.gov.sa", ["Noura Saad Alqahtani"])], tag="fields")

M("ar03", "ar", "nomination", "ARE", "مكتب المدير العام <dg.office@tra.gov.ae>",
  "رد: جلسات التشاور - الشركات الصغيرة والمتوسطة", "2019-08-07 14:18:29 +0400", """
السادة المحترمين،

تود هيئة تنظيم الاتصالات في دولة الإمارات العربية المتحدة إبلاغكم بأسماء المرشحين لجلسة التشاور الأولى:

{TABLE}

مع أطيب التحيات،
مكتب المدير العام
""", rows=[["الاسم", "المنصب", "البريد الإلكتروني"],
           ["مريم عيسى الشامسي", "نائب المدير التنفيذي للسياسات", "mariam.alshamsi@tra.gov.ae"],
           ["خالد يوسف المرزوقي", "أخصائي أول - التحول الرقمي", "khaled.almarzooqi@tra.gov.ae"]],
  dels=[D("مريم عيسى الشامسي", "نائب المدير التنفيذي للسياسات", "mariam.alshamsi@tra.gov.ae"),
        D("خالد يوسف المرزوقي", "أخصائي أول - التحول الرقمي", "khaled.almarzooqi@tra.gov.ae")], tag="table")

M("ar04", "ar", "interest_only", "JOR", "وزارة الاقتصاد الرقمي والريادة <info@modee.gov.jo>",
  "CI-19/35", "2019-08-12 09:40:00 +0300", """
حضرات السادة،

تعرب وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية عن اهتمامها بجلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة، وسيتم تزويدكم باسم المشارك في جلسة بودابست حال اعتماده.

مع الاحترام
""", client="webmail", cs="windows-1256", sess=["budapest-2019"])

M("ar05", "ar", "decline", "OMN", "هيئة تنظيم الاتصالات - عُمان <intl@tra.gov.om>",
  "اعتذار عن المشاركة - CI-19/35", "2019-08-13 11:25:17 +0400", """
السادة الأفاضل،

نشكركم على دعوتكم الكريمة، ونأسف لعدم تمكن سلطنة عمان من المشاركة في جلسة التشاور المقرر عقدها في بودابست نظراً لارتباطات سابقة.

وتقبلوا خالص التحية،
دائرة العلاقات الدولية
""", client="lotus")

M("ar06", "ar", "inquiry", "KWT", "سارة الصباح <s.alsabah@citra.gov.kw>",
  "استفسار بخصوص الرسالة المعممة CI-19/35", "2019-07-28 13:02:09 +0300", """
السيد كريستوفر كلارك المحترم،

تحية طيبة، هل ستتوفر ترجمة فورية إلى اللغة العربية في جلسة بودابست؟ وهل يمكن مشاركة ممثل عن حاضنة أعمال وطنية ضمن الوفد؟

مع الشكر،
سارة الصباح
هيئة الاتصالات وتقنية المعلومات - الكويت
""", client="gmail")

M("ar07", "ar", "correction", "EGY", "الإدارة العامة للعلاقات الدولية <intl.relations@tra.gov.eg>",
  "تعديل الترشيح - CI-19/35", "2019-08-14 15:10:33 +0200", """
السادة/ أمانة الاتحاد الدولي للاتصالات
تحية طيبة وبعد،

إلحاقاً برسالتنا المؤرخة 4 أغسطس 2019، نحيطكم علماً بتعديل الترشيح لجلسة بودابست ليصبح على النحو التالي:

- الدكتورة/ منى عبد الرحمن سليم (Mona Abdelrahman Selim)، نائب الرئيس التنفيذي للتنظيم، البريد: m.selim@tra.gov.eg

وذلك بدلاً من المرشح السابق.

وتفضلوا بقبول فائق الاحترام،
""", cs="windows-1256", client="exchange", cte="quoted-printable", sup="ar01",
  dels=[D("منى عبد الرحمن سليم", "نائب الرئيس التنفيذي للتنظيم", "m.selim@tra.gov.eg", ["Mona Abdelrahman Selim"])], tag="correction")

M("ar08", "ar", "nomination", "DZA", "وزارة البريد والمواصلات السلكية واللاسلكية <cabinet@mpttn.gov.dz>",
  "ترشيح الجزائر لجلسة التشاور", "2019-08-22 10:15:00 +0100", """
سيدي الأمين العام،

يشرفني أن أعلمكم بأن السيدة سعاد بن عيسى، مديرة ترقية المؤسسات الناشئة، ستمثل الجزائر في جلسة التشاور بمناسبة تليكوم العالمي 2019. نعتذر عن التأخر في الرد.

تقبلوا فائق التقدير.
الأمين العام للوزارة
""", cs="windows-1256", client="other", fmt="plain", dels=[D("سعاد بن عيسى", "مديرة ترقية المؤسسات الناشئة", None)], tag="late")

M("ar09", "ar", "nomination", "LBN", "Rami Haddad <rami.haddad@mpt.gov.lb>",
  "رد: CI-19/35", "2019-08-10 22:40:51 +0300", """
مساء الخير،

أودّ إعلامكم بأنني سأشارك شخصياً في جلسة التشاور في بودابست ممثلاً عن وزارة الاتصالات اللبنانية.

مع التحية،
رامي حداد
رئيس دائرة التخطيط والتطوير
وزارة الاتصالات - بيروت
""", client="gmail", dels=[D("رامي حداد", "رئيس دائرة التخطيط والتطوير", None)])

M("ar10", "ar", "nomination", "QAT", "البعثة الدائمة لدولة قطر - جنيف <geneva@mofa.gov.qa>",
  "إعادة توجيه: ترشيح وزارة المواصلات والاتصالات", "2019-08-15 11:05:00 +0200", """
تهدي البعثة الدائمة لدولة قطر لدى مكتب الأمم المتحدة في جنيف أطيب تحياتها إلى أمانة الاتحاد الدولي للاتصالات، وتتشرف بأن تحيل إليها أدناه الترشيح الوارد من وزارة المواصلات والاتصالات.

---------- الرسالة المعاد توجيهها ----------
من: وزارة المواصلات والاتصالات
التاريخ: 14 أغسطس 2019
الموضوع: ترشيح

ترشح الوزارة السيد عبدالعزيز حمد الكواري، مدير إدارة الاقتصاد الرقمي، للمشاركة في جلسة التشاور في بودابست وكذلك في الجلسة التي ستعقد على هامش منتدى القمة العالمية لمجتمع المعلومات 2020.
""", client="exchange", dels=[D("عبدالعزيز حمد الكواري", "مدير إدارة الاقتصاد الرقمي", None)], sess=["budapest-2019", "wsis-2020"], tag="forward")

M("ar11", "ar", "nomination", "SDN", "مكتب الوزير <minister.office@mict.gov.sd>",
  "بخصوص جلسات التشاور - الشركات الصغيرة والمتوسطة", "2019-08-16 09:30:00 +0200", """
السادة/ الاتحاد الدولي للاتصالات

بتوجيه من السيد الوزير، نفيدكم بأن السودان لن يتمكن من حضور جلسة بودابست، إلا أنه يرشح الأستاذة/ هالة عثمان الطيب، مديرة إدارة السياسات، للمشاركة في الجلسة المزمع عقدها خلال اجتماعات أفرقة العمل التابعة للمجلس مطلع العام القادم.
بريدها: hala.eltayeb@mict.gov.sd

مدير مكتب الوزير
""", client="webmail", cs="windows-1256", dels=[D("هالة عثمان الطيب", "مديرة إدارة السياسات", "hala.eltayeb@mict.gov.sd")], sess=["cwg-2020"], tag="conditional")

M("ar12", "ar", "auto_reply", None, "Khalid Al-Harthy <k.alharthy@ita.gov.om>",
  "رد تلقائي: CI-19/35 جلسات تشاور للدول الاعضاء", "2019-07-23 12:16:02 +0400", """
شكراً لرسالتكم. أنا خارج المكتب حتى 11 أغسطس 2019.
Thank you for your email. I am out of the office until 11 August 2019.
""", client="exchange", fmt="plain", hdrs=["Auto-Submitted: auto-replied"])

M("ar13", "ar", "nomination", "IRQ", "هيئة الإعلام والاتصالات <international@cmc.iq>",
  "CI-19/35 ترشيح / Nomination - Iraq", "2019-08-08 13:00:00 +0300", """
تحية طيبة،
ترشح هيئة الإعلام والاتصالات في جمهورية العراق السيد علي كاظم الربيعي، مدير قسم تطوير الأعمال، لجلسة التشاور في بودابست.
البريد الإلكتروني: ali.alrubaie@cmc.iq

Dear Sir/Madam,
The Communications and Media Commission of Iraq nominates Mr. Ali Kadhim Alrubaie, Head of Business Development Section, for the Budapest consultation session.
Email: ali.alrubaie@cmc.iq

مع التقدير / Best regards
""", client="gmail", dels=[D("علي كاظم الربيعي", "مدير قسم تطوير الأعمال", "ali.alrubaie@cmc.iq", ["Ali Kadhim Alrubaie"])], tag="bilingual")

M("ar14", "ar", "unrelated", None, "ملتقى رواد الأعمال الرقمي <events@digital-founders-forum.com>",
  "دعوة: ملتقى رواد الأعمال الرقمي - دبي 24 سبتمبر 2019", "2019-08-05 10:00:00 +0400", """
يسعدنا دعوتكم لحضور ملتقى رواد الأعمال الرقمي في دبي يوم 24 سبتمبر 2019، بمشاركة المتحدثين: د. ليلى المنصوري، والأستاذ يوسف الكعبي، والسيد ماركو بيلّي من بودابست.

للتسجيل يرجى زيارة موقعنا قبل 15 سبتمبر.
لإلغاء الاشتراك اضغط هنا.
""", client="other", fmt="html", reply=False)

M("ar15", "ar", "nomination", "BHR", "Fatema Alnoaimi <fatema.noaimi@gmail.com>",
  "رد: CI-19/35 تشجيع الشركات الصغيرة والمتوسطة", "2019-08-14 20:12:45 +0300", """
السلام عليكم،

بالنيابة عن هيئة تنظيم الاتصالات في مملكة البحرين، أرشح نفسي للمشاركة في الجلسة الأولى في بودابست. أرجو إرسال جدول الأعمال إلى بريدي الرسمي fatema.alnoaimi@tra.org.bh

فاطمة النعيمي
Fatema Alnoaimi
أخصائي أول سياسات السوق
""", client="gmail", dels=[D("فاطمة النعيمي", "أخصائي أول سياسات السوق", "fatema.alnoaimi@tra.org.bh", ["Fatema Alnoaimi"])], quote=("ar", ">"))

# ================================================================ RUSSIAN
M("ru01", "ru", "nomination", "RUS", "Департамент международного сотрудничества <dms@digital.gov.ru>",
  "RE: CI-19/35 Консультационные сессии для Государств-Членов", "2019-08-09 17:05:44 +0300", """
Уважаемые коллеги!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации подтверждает заинтересованность в участии в консультационных сессиях по вопросам содействия развитию МСП в сфере технологий и инноваций.

Для участия в первой сессии (10 сентября 2019 г., Будапешт) предлагается кандидатура заместителя директора Департамента международного сотрудничества Смирновой Анны Викторовны.

ФИО: Смирнова Анна Викторовна
Должность: заместитель директора Департамента международного сотрудничества
Эл. почта: a.smirnova@digital.gov.ru
Тел.: +7 495 771-80-62

С уважением,
Департамент международного сотрудничества
""", cs="koi8-r", client="exchange", cte="base64",
  dels=[D("Смирнова Анна Викторовна", "заместитель директора Департамента международного сотрудничества", "a.smirnova@digital.gov.ru")], quote=("ru", "outlook"))

M("ru02", "ru", "nomination", "BLR", "Минсвязи Беларуси <mpt@mpt.gov.by>",
  "О направлении кандидатур (CI-19/35)", "2019-08-06 10:12:30 +0300", """
Уважаемый господин Генеральный секретарь!

Министерство связи и информатизации Республики Беларусь сообщает, что в консультационной сессии в Будапеште примут участие:

1. Козловский Дмитрий Александрович - начальник управления развития цифровой экономики, kozlovsky@mpt.gov.by;
2. Лисовская Ольга Николаевна - консультант отдела международного сотрудничества, lisovskaya@mpt.gov.by.

С уважением,
Отдел международного сотрудничества
""", cs="windows-1251", client="webmail",
  dels=[D("Козловский Дмитрий Александрович", "начальник управления развития цифровой экономики", "kozlovsky@mpt.gov.by"),
        D("Лисовская Ольга Николаевна", "консультант отдела международного сотрудничества", "lisovskaya@mpt.gov.by")], tag="list")

M("ru03", "ru", "nomination", "KGZ", "Нурлан Абдыкадыров <n.abdykadyrov@gkits.gov.kg>",
  "Re: CI-19/35", "2019-08-12 15:45:02 +0600", """
Добрый день!

Государственный комитет информационных технологий и связи Кыргызской Республики направляет для участия в сессии в Будапеште главного специалиста управления цифровой экономики Асель Жумабаеву (a.zhumabaeva@gkits.gov.kg).

Жумабаева Асель Маратовна владеет английским языком.

С уважением,
Нурлан Абдыкадыров
""", client="gmail", dels=[D("Жумабаева Асель Маратовна", "главного специалиста управления цифровой экономики", "a.zhumabaeva@gkits.gov.kg")], tag="inflected")

M("ru04", "ru", "interest_only", "TJK", "Служба связи РТ <info@khs.tj>",
  "Ответ на CI-19/35", "2019-08-13 09:20:00 +0500", """
Уважаемые господа,

Служба связи при Правительстве Республики Таджикистан выражает заинтересованность в участии в консультационных сессиях, в том числе в сессии в рамках совещаний рабочих групп Совета в начале 2020 года. Кандидатура участника будет сообщена дополнительно.

С уважением
""", cs="koi8-r", client="other", fmt="plain", sess=["cwg-2020"])

M("ru05", "ru", "decline", "TKM", "Министерство связи Туркменистана <mincom@online.tm>",
  "CI-19/35", "2019-08-15 12:00:00 +0500", """
Уважаемые коллеги!

Благодарим за приглашение. Сообщаем, что Туркменистан не сможет принять участие в консультационной сессии в Будапеште.

С уважением,
Министерство связи Туркменистана
""", client="other", fmt="plain", cs="windows-1251", cte="8bit")

M("ru06", "ru", "inquiry", None, "Исполком РСС <ecrcc@rcc.org.ru>",
  "Вопрос по CI-19/35: участие региональных организаций", "2019-08-02 11:30:00 +0300", """
Уважаемый г-н Кларк!

Исполнительный комитет Регионального содружества в области связи просит уточнить, могут ли региональные организации электросвязи принять участие в консультационной сессии в Будапеште в качестве наблюдателей, и будет ли обеспечен устный перевод на русский язык.

С уважением,
Исполнительный комитет РСС
""", client="thunder", cs="koi8-r")

M("ru07", "ru", "correction", "BLR", "Минсвязи Беларуси <mpt@mpt.gov.by>",
  "Уточнение состава участников (CI-19/35)", "2019-08-19 16:30:00 +0300", """
Уважаемые коллеги!

В дополнение к письму от 6 августа 2019 г. сообщаем уточнённый состав участников сессии в Будапеште:

1. Козловский Дмитрий Александрович - начальник управления развития цифровой экономики, kozlovsky@mpt.gov.by;
2. Гринкевич Павел Сергеевич - заместитель начальника отдела информатизации, grinkevich@mpt.gov.by.

Лисовская О.Н. участия не примет.

С уважением,
Отдел международного сотрудничества
""", cs="windows-1251", client="webmail", sup="ru02",
  dels=[D("Козловский Дмитрий Александрович", "начальник управления развития цифровой экономики", "kozlovsky@mpt.gov.by"),
        D("Гринкевич Павел Сергеевич", "заместитель начальника отдела информатизации", "grinkevich@mpt.gov.by")], tag="correction")

M("ru08", "ru", "nomination", "KAZ", "Постоянное представительство Казахстана <kazakhstan.geneva@mfa.kz>",
  "Кандидатура для участия в сессии МСЭ (CI-19/35)", "2019-08-16 18:20:00 +0200", """
Постоянное представительство Республики Казахстан при Отделении ООН в Женеве свидетельствует свое уважение Секретариату МСЭ и имеет честь сообщить, что Министерство цифрового развития, оборонной и аэрокосмической промышленности Республики Казахстан направляет на консультационную сессию в Будапеште (10 сентября 2019 г.) директора Департамента развития цифровой экономики г-на Сейткали Ержана Бауыржановича.

Контакт: Сейткали Ержан Бауыржанович, e.seitkali@mdai.gov.kz
""", client="exchange", dels=[D("Сейткали Ержан Бауыржанович", "директора Департамента развития цифровой экономики", "e.seitkali@mdai.gov.kz")], tag="mission")

M("ru09", "ru", "nomination", "MDA", "Министерство экономики и инфраструктуры <secretariat@mei.gov.md>",
  "Участники от Республики Молдова - CI-19/35", "2019-08-08 14:00:00 +0300", """
Уважаемые коллеги,

Направляем данные участников от Республики Молдова:

{TABLE}

С уважением,
Управление политик в области ИКТ
""", rows=[["ФИО", "Должность", "Сессия", "E-mail"],
           ["Чобану Виорика", "начальник управления ИКТ", "Будапешт", "viorica.ciobanu@mei.gov.md"],
           ["Русу Андрей", "консультант", "Форум ВВУИО 2020", "andrei.rusu@mei.gov.md"]],
  dels=[D("Чобану Виорика", "начальник управления ИКТ", "viorica.ciobanu@mei.gov.md"), D("Русу Андрей", "консультант", "andrei.rusu@mei.gov.md")],
  sess=["budapest-2019", "wsis-2020"], tag="table")

M("ru10", "ru", "auto_reply", None, "Игорь Волков <volkov@minsvyaz.ru>",
  "Автоматический ответ: CI-19/35 Консультационные сессии", "2019-07-23 11:17:00 +0300", """
Здравствуйте!
Я в отпуске до 12 августа. По срочным вопросам обращайтесь к Петровой Е.В. (petrova@minsvyaz.ru).
""", client="exchange", fmt="plain", cs="koi8-r", hdrs=["Auto-Submitted: auto-replied"])

M("ru11", "ru", "bounce", None, "Microsoft Outlook <postmaster@mincom.uz>",
  "Не удается доставить: Подтверждение получения - CI-19/35", "2019-08-12 13:44:00 +0500", "",
  raw=bounce_raw("a.karimov@mincom.uz", "Acknowledgement of receipt - CI-19/35", status="5.1.10",
                 diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup", lang="ru",
                 human="Не удается доставить сообщение следующим получателям или группам:\n\na.karimov@mincom.uz\nАдрес электронной почты, который вы ввели, не найден. Проверьте адрес получателя и повторите попытку.\n"),
  client="other", reply=False)

M("ru12", "ru", "nomination", None, "Ольга Белова <o.belova@rt.ru>",
  "Участие ПАО «Ростелеком» в сессии по МСП", "2019-08-14 10:10:10 +0300", """
Уважаемый Кристофер!

ПАО «Ростелеком», Член Сектора МСЭ, хотело бы внести вклад в обсуждение программ поддержки технологических МСП. На сессии в Будапеште компанию будет представлять директор по работе с технологическими партнёрами Олег Игоревич Третьяков (o.tretyakov@rt.ru).

С уважением,
Ольга Белова
Департамент международных связей
""", dels=[D("Олег Игоревич Третьяков", "директор по работе с технологическими партнёрами", "o.tretyakov@rt.ru")], tag="company")

# ================================================================ CHINESE
M("zh01", "zh", "nomination", "CHN", "工业和信息化部国际合作司 <gjs@miit.gov.cn>",
  "回复: CI-19/35 为成员国举办的磋商会", "2019-08-08 16:20:00 +0800", """
尊敬的秘书处：

中国工业和信息化部感谢国际电联的邀请，并对"促进技术和创新中小企业"系列磋商会表示浓厚兴趣。现推荐王立新（Wang Lixin）同志参加2019年9月10日在布达佩斯举行的首次磋商会。

姓名：王立新（Wang Lixin）
职务：国际合作司副司长
电子邮件：wanglixin@miit.gov.cn

此致
敬礼！

工业和信息化部国际合作司
""", cs="gb2312", client="other", fmt="plain",
  dels=[D("王立新", "国际合作司副司长", "wanglixin@miit.gov.cn", ["Wang Lixin"])], quote=("zh", "outlook"))

M("zh02", "zh", "nomination", "CHN", "中国常驻日内瓦代表团 <chinamission_gva@mfa.gov.cn>",
  "转发：关于参加国际电联中小企业磋商会的人员", "2019-08-13 10:30:00 +0200", """
国际电联秘书处：

现转去工业和信息化部中小企业局关于参会人员的函，请查收。

中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团

-------- 转发的邮件 --------
发件人：工业和信息化部中小企业局
主题：参会人员

拟派以下两位同志出席布达佩斯磋商会：
1. 李静，中小企业局创业创新处处长，lijing@miit.gov.cn
2. 陈浩然，中小企业局主任科员，chenhaoran@miit.gov.cn
""", client="exchange", dels=[D("李静", "中小企业局创业创新处处长", "lijing@miit.gov.cn"), D("陈浩然", "中小企业局主任科员", "chenhaoran@miit.gov.cn")], tag="forward")

M("zh03", "zh", "interest_only", None, "中国中小企业协会 <intl@ca-sme.org>",
  "关于CI-19/35磋商会的意向", "2019-08-06 09:15:00 +0800", """
您好：

中国中小企业协会关注到国际电联关于"促进技术和创新中小企业"的系列磋商会，虽然我会并非成员国，但希望能够参与布达佩斯会议的相关交流。具体人选待确定后另行告知。

谢谢！
中国中小企业协会国际部
""", client="webmail", cs="gb2312", sess=["budapest-2019"])

M("zh04", "zh", "inquiry", None, "张伟 <zhangwei.std@huawei.com>",
  "咨询：中小企业磋商会是否对部门成员开放", "2019-07-25 14:05:33 +0800", """
Christopher 您好，

请问布达佩斯的中小企业磋商会是否仅限成员国参加？作为部门成员，我们是否可以派员旁听？

谢谢！
张伟
华为技术有限公司 标准与产业发展部
""", client="exchange")

M("zh05", "zh", "nomination", "CHN", "刘洋 <liuyang@miit.gov.cn>",
  "Re: CI-19/35", "2019-08-12 11:02:18 +0800", """
您好！

我将作为中国代表出席9月10日在布达佩斯举行的磋商会，随中国代表团参加2019年世界电信展。请将会议议程发给我。

刘洋
信息通信发展司 二级调研员
电话：+86 10 6820 5321
""", client="thunder", dels=[D("刘洋", "信息通信发展司 二级调研员", None)])

M("zh06", "zh", "correction", "CHN", "工业和信息化部国际合作司 <gjs@miit.gov.cn>",
  "更正：CI-19/35 参会人员", "2019-08-15 17:45:00 +0800", """
尊敬的秘书处：

8月8日来函中推荐的人员有变，现更正如下：

姓名：赵敏（Zhao Min）
职务：国际合作司国际组织处处长
电子邮件：zhaomin@miit.gov.cn

原推荐人员王立新同志因工作原因不再参会。不便之处，敬请谅解。

工业和信息化部国际合作司
""", cs="gb2312", client="other", fmt="plain", sup="zh01",
  dels=[D("赵敏", "国际合作司国际组织处处长", "zhaomin@miit.gov.cn", ["Zhao Min"])], tag="correction")

M("zh07", "zh", "auto_reply", None, "孙丽 <sunli@caict.ac.cn>",
  "自动回复: CI-19/35 为成员国举办的磋商会", "2019-07-23 16:16:00 +0800", """
您好，我正在休假，8月5日返回办公室，期间邮件回复可能延迟。
""", client="other", fmt="plain", cs="gb2312", hdrs=["Auto-Submitted: auto-replied"])

M("zh08", "zh", "unrelated", None, "展台设计搭建 <sales@expo-booth-design.cn>",
  "布达佩斯世界电信展 展台设计搭建 优惠", "2019-08-03 09:00:00 +0800", """
尊敬的客户：

2019年国际电联世界电信展将于9月9日至12日在匈牙利布达佩斯举行。我司提供展台设计、搭建及现场服务，联系人：王经理 13812345678。

退订请回复TD。
""", client="other", fmt="html", cs="gb2312", reply=False)

M("zh09", "zh", "nomination", "CHN", "中国信息通信研究院 <intl@caict.ac.cn>",
  "回复: 磋商会参会人员名单", "2019-08-14 15:30:00 +0800", """
秘书处：

根据工业和信息化部的安排，我院以下专家将作为中国代表团成员参加磋商会：

{TABLE}

中国信息通信研究院 国际合作部
""", rows=[["姓名", "职务", "会议", "邮箱"],
           ["周晓明", "政策与经济研究所 副所长", "布达佩斯（2019年9月10日）", "zhouxiaoming@caict.ac.cn"],
           ["吴佳怡", "高级工程师", "2020年信息社会世界峰会论坛", "wujiayi@caict.ac.cn"]],
  dels=[D("周晓明", "政策与经济研究所 副所长", "zhouxiaoming@caict.ac.cn"), D("吴佳怡", "高级工程师", "wujiayi@caict.ac.cn")],
  sess=["budapest-2019", "wsis-2020"], tag="table")

M("zh10", "zh", "nomination", "CHN", "工信部中小企业局 <zxqyj@miit.gov.cn>",
  "关于明年初理事会工作组期间磋商会的人选", "2019-08-27 10:00:00 +0800", """
您好：

我局拟推荐马文博同志参加明年初理事会工作组会议期间举行的中小企业磋商会。马文博，中小企业局国际交流处副处长，邮箱mawenbo@miit.gov.cn。

中小企业局
""", client="other", fmt="plain", cs="gb2312", dels=[D("马文博", "中小企业局国际交流处副处长", "mawenbo@miit.gov.cn")], sess=["cwg-2020"], tag="late")

M("zh11", "zh", "inquiry", "CHN", "工业和信息化部国际合作司 <gjs@miit.gov.cn>",
  "询问磋商会详细议程", "2019-08-02 10:00:00 +0800", """
尊敬的Clark先生：

请问布达佩斯磋商会的详细议程何时发布？会议是否提供中文同传？

谢谢！
""", cs="gb2312", client="other", fmt="plain")

M("zh12", "zh", "interest_only", "CHN", "通訊事務管理局辦公室 <intl@ofca.gov.hk>",
  "回覆：CI-19/35 磋商會", "2019-08-09 12:00:00 +0800", """
國際電聯秘書處：

香港特別行政區通訊事務管理局辦公室對布達佩斯磋商會表示興趣，並將透過中國代表團提名參會人員。

通訊事務管理局辦公室
""", cs="big5", client="other", fmt="plain", sess=["budapest-2019"])


# ================================================================ OTHER LANGUAGES (1)
M("pt01", "pt", "nomination", "BRA", "Assessoria Internacional - Anatel <ari@anatel.gov.br>",
  "RES: CI-19/35 - Sessões de consulta sobre PMEs de tecnologia", "2019-08-09 15:22:10 -0300", """
Prezados senhores,

Em resposta à Carta Circular CI-19/35, a Agência Nacional de Telecomunicações (Anatel) manifesta interesse em participar das sessões de consulta e indica, para a primeira sessão, a realizar-se em Budapeste em 10 de setembro de 2019, o Sr. Rodrigo Antunes Macedo, Superintendente de Planejamento e Regulamentação (rodrigo.macedo@anatel.gov.br).

Atenciosamente,

Assessoria Internacional
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 6, Brasília/DF
""", dels=[D("Rodrigo Antunes Macedo", "Superintendente de Planejamento e Regulamentação", "rodrigo.macedo@anatel.gov.br")], quote=("en", "outlook"))

M("pt02", "pt", "nomination", "PRT", "Missão Permanente de Portugal em Genebra <mission.portugal@mne.pt>",
  "Indicação de participante - consulta UIT sobre PME (CI-19/35)", "2019-08-14 11:48:00 +0200", """
Exmos. Senhores,

A Missão Permanente de Portugal junto da ONU em Genebra tem a honra de informar que a ANACOM se fará representar na sessão de consulta de Budapeste pela Dra. Inês Carvalho Mendes, Diretora de Relações Internacionais, e pelo Eng. Nuno Filipe Tavares, técnico superior.

Contactos:
- Inês Carvalho Mendes - ines.mendes@anacom.pt
- Nuno Filipe Tavares - nuno.tavares@anacom.pt

Com os melhores cumprimentos,
""", client="lotus", cs="iso-8859-1",
  dels=[D("Inês Carvalho Mendes", "Diretora de Relações Internacionais", "ines.mendes@anacom.pt"), D("Nuno Filipe Tavares", "técnico superior", "nuno.tavares@anacom.pt")])

M("pt03", "pt", "interest_only", "AGO", "Gabinete do Ministro - MINTTICS <gabinete@minttics.gov.ao>",
  "CI-19/35 - Manifestação de interesse de Angola", "2019-08-16 08:50:00 +0100", """
Exmos. Senhores,

O Ministério das Telecomunicações e Tecnologias de Informação de Angola manifesta o seu interesse em participar na sessão de consulta de Budapeste e nas sessões subsequentes. O nome do participante será comunicado logo que o processo de designação esteja concluído.

Com os melhores cumprimentos,
Gabinete do Ministro
""", client="gmail", sess=["budapest-2019"])

M("pt04", "pt", "bounce", None, "Mail Delivery Subsystem <MAILER-DAEMON@mx2.itu.int>",
  "Falha na entrega: Confirmação de recebimento CI-19/35", "2019-08-10 09:12:00 +0200", "",
  raw=bounce_raw("ari@anatel.gov.br.", "Acknowledgement: CI-19/35 reply received", status="5.4.4",
                 diag="550 5.4.4 <%s>: Host or domain name not found", lang="pt",
                 human="A mensagem não pôde ser entregue ao destinatário abaixo.\n\n<ari@anatel.gov.br.>: Domínio não encontrado.\n"),
  client="other", reply=False)

M("de01", "de", "nomination", "DEU", "Referat VIB2 - BMWi <buero-vib2@bmwi.bund.de>",
  "AW: CI-19/35 Konsultationssitzungen für Mitgliedstaaten", "2019-08-07 14:30:25 +0200", """
Sehr geehrte Damen und Herren,

Deutschland nimmt gern an der ersten Konsultationssitzung am 10. September 2019 in Budapest teil. Für die Sitzung benennen wir:

Name: Dr. Katrin Böhme
Funktion: Referatsleiterin, Referat VIB2 (Digitalisierung Mittelstand, Start-ups)
E-Mail: katrin.boehme@bmwi.bund.de
Telefon: +49 30 18615-7731

Mit freundlichen Grüßen
Im Auftrag
Jonas Weber
Bundesministerium für Wirtschaft und Energie
""", client="exchange", cs="iso-8859-1", cte="quoted-printable",
  dels=[D("Katrin Böhme", "Referatsleiterin, Referat VIB2 (Digitalisierung Mittelstand, Start-ups)", "katrin.boehme@bmwi.bund.de")], quote=("en", ">"), tag="fields")

M("de02", "de", "nomination", "AUT", "Markus Gruber <markus.gruber@rtr.at>",
  "Re: CI-19/35 - Teilnahme Österreich", "2019-08-12 09:55:01 +0200", """
Sehr geehrter Herr Clark,

ich darf Ihnen mitteilen, dass ich Österreich bei der Konsultation in Budapest vertreten werde. Ich bin ohnehin als Teil der österreichischen Delegation auf der ITU Telecom World.

Beste Grüße aus Wien

Mag. Markus Gruber
Fachbereich Telekommunikation und Post
RTR-GmbH | Mariahilfer Straße 77-79, 1060 Wien
markus.gruber@rtr.at | +43 1 58058-412
""", client="thunder", dels=[D("Markus Gruber", "Fachbereich Telekommunikation und Post", "markus.gruber@rtr.at")])

M("de03", "de", "auto_reply", None, "Stefanie Krämer <stefanie.kraemer@bnetza.de>",
  "Abwesenheitsnotiz: CI-19/35 Konsultationssitzungen für Mitgliedstaaten", "2019-07-23 10:16:12 +0200", """
Sehr geehrte Damen und Herren,

ich bin bis einschließlich 9. August 2019 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Herrn Thomas Schulze (thomas.schulze@bnetza.de).

Mit freundlichen Grüßen
Stefanie Krämer
""", client="exchange", fmt="plain", cs="iso-8859-1", cte="quoted-printable", hdrs=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

M("it01", "it", "nomination", "ITA", "Segreteria DG SCERP <segreteria.dgscerp@mise.gov.it>",
  "R: CI-19/35 - Sessioni di consultazione PMI", "2019-08-08 12:10:00 +0200", """
Gentili Signori,

con riferimento alla circolare CI-19/35, si comunica che il Ministero dello Sviluppo Economico parteciperà alla sessione di consultazione di Budapest con la dott.ssa Francesca Lombardi, dirigente della Divisione Politiche per le PMI innovative (francesca.lombardi@mise.gov.it), e con l'ing. Giorgio Esposito, funzionario tecnico (giorgio.esposito@mise.gov.it).

Distinti saluti,
La Segreteria della Direzione Generale
""", client="exchange",
  dels=[D("Francesca Lombardi", "dirigente della Divisione Politiche per le PMI innovative", "francesca.lombardi@mise.gov.it"),
        D("Giorgio Esposito", "funzionario tecnico", "giorgio.esposito@mise.gov.it")])

M("it02", "it", "unrelated", None, "Newsletter Innovazione PMI <news@innovazionepmi.it>",
  "Agenda di settembre: Budapest, Milano e Torino", "2019-08-14 07:00:00 +0200", """
In questo numero:

- 10 settembre, Budapest: la giornata delle PMI a ITU Telecom World, con Luca Bianchi e Anna Moretti.
- 19 settembre, Milano: workshop sul credito d'imposta per la ricerca.
- 26 settembre, Torino: premiazione delle startup dell'anno.

Per cancellarti dalla newsletter clicca qui.
""", client="other", fmt="html", cs="iso-8859-15", cte="quoted-printable", reply=False)

M("tr01", "tr", "nomination", "TUR", "BTK Dış İlişkiler Dairesi <disiliskiler@btk.gov.tr>",
  "YNT: CI-19/35 Üye Devletler için istişare oturumları", "2019-08-09 10:40:00 +0300", """
Sayın Yetkili,

CI-19/35 sayılı genelgenize istinaden, Bilgi Teknolojileri ve İletişim Kurumu olarak 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk istişare oturumuna Sektörel Araştırma ve Strateji Geliştirme Dairesi Başkanı Sayın Ahmet Yılmaz'ı aday gösterdiğimizi bilgilerinize sunarız.

İletişim: ahmet.yilmaz@btk.gov.tr

Saygılarımızla,
Dış İlişkiler Dairesi Başkanlığı
""", cs="iso-8859-9", client="exchange", cte="quoted-printable",
  dels=[D("Ahmet Yılmaz", "Sektörel Araştırma ve Strateji Geliştirme Dairesi Başkanı", "ahmet.yilmaz@btk.gov.tr")])

M("tr02", "tr", "correction", "TUR", "BTK Dış İlişkiler Dairesi <disiliskiler@btk.gov.tr>",
  "DÜZELTME: CI-19/35 aday bildirimi", "2019-08-17 11:05:00 +0300", """
Sayın Yetkili,

9 Ağustos 2019 tarihli e-postamızda bildirilen aday yerine, Budapeşte oturumuna Uzman Elif Demirtaş (elif.demirtas@btk.gov.tr) katılacaktır. Ahmet Yılmaz katılamayacaktır.

Bilgilerinize sunarız.
Dış İlişkiler Dairesi Başkanlığı
""", cs="iso-8859-9", client="exchange", cte="quoted-printable", sup="tr01",
  dels=[D("Elif Demirtaş", "Uzman", "elif.demirtas@btk.gov.tr")], tag="correction")

M("fa01", "fa", "nomination", "IRN", "دفتر همکاری‌های بین‌الملل <intl@ict.gov.ir>",
  "پاسخ: CI-19/35", "2019-08-10 11:30:00 +0430", """
با سلام و احترام،

پیرو بخشنامه CI-19/35، وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران آقای مهندس رضا کریمی‌نژاد (Reza Kariminejad)، مدیرکل دفتر توسعه کسب‌وکارهای نوآور، را برای شرکت در نخستین نشست مشورتی در بوداپست معرفی می‌نماید.

پست الکترونیک: r.kariminejad@ict.gov.ir

با تشکر
دفتر همکاری‌های بین‌الملل
""", client="webmail",
  dels=[D("رضا کریمی‌نژاد", "مدیرکل دفتر توسعه کسب‌وکارهای نوآور", "r.kariminejad@ict.gov.ir", ["Reza Kariminejad"])])

M("fa02", "fa", "nomination", "AFG", "MCIT International Relations <ir@mcit.gov.af>",
  "معرفی نماینده - CI-19/35", "2019-08-13 09:00:00 +0430", """
محترما،

وزارت مخابرات و تکنالوژی معلوماتی افغانستان خانم فریبا احمدی، رئیس انکشاف سکتور خصوصی، را جهت اشتراک در جلسه مشورتی بوداپست معرفی می‌نماید.
ایمیل: fariba.ahmadi@mcit.gov.af

با احترام
""", client="other", fmt="plain", cte="8bit", dels=[D("فریبا احمدی", "رئیس انکشاف سکتور خصوصی", "fariba.ahmadi@mcit.gov.af")])

M("id01", "id", "nomination", "IDN", "Biro KSLN Kominfo <ksln@kominfo.go.id>",
  "Balasan: CI-19/35 Sesi konsultasi UKM teknologi", "2019-08-08 14:00:00 +0700", """
Yth. Sekretariat ITU,

Menindaklanjuti Surat Edaran CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia menyampaikan minat untuk berpartisipasi dan menunjuk peserta berikut untuk sesi pertama di Budapest:

Nama: Bapak Dimas Prasetyo Wibowo
Jabatan: Kepala Subdirektorat Ekonomi Digital
Email: dimas.wibowo@kominfo.go.id

Hormat kami,
Biro Kerja Sama dan Luar Negeri
""", client="exchange", dels=[D("Dimas Prasetyo Wibowo", "Kepala Subdirektorat Ekonomi Digital", "dimas.wibowo@kominfo.go.id")])

M("id02", "id", "inquiry", "IDN", "Rina Kusumawati <rina.k@kominfo.go.id>",
  "Pertanyaan terkait CI-19/35", "2019-07-30 10:20:00 +0700", """
Selamat siang Bapak Clark,

Apakah sesi di Budapest terbuka juga untuk perwakilan asosiasi startup dari Indonesia, atau hanya untuk delegasi pemerintah? Terima kasih atas penjelasannya.

Salam,
Rina Kusumawati
""", client="gmail")

M("sw01", "sw", "nomination", "TZA", "Mamlaka ya Mawasiliano Tanzania <dg@tcra.go.tz>",
  "Jibu: CI-19/35 - Uteuzi wa mshiriki", "2019-08-12 10:30:00 +0300", """
Ndugu Katibu Mkuu,

Kwa niaba ya Mamlaka ya Mawasiliano Tanzania (TCRA), tunapenda kuthibitisha nia yetu ya kushiriki katika kikao cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019. Tumemteua Bi. Neema Joseph Mwakalinga, Meneja wa Ubunifu na Maendeleo ya TEHAMA, barua pepe: neema.mwakalinga@tcra.go.tz.

Wako katika ujenzi wa taifa,
Mkurugenzi Mkuu
""", client="exchange", dels=[D("Neema Joseph Mwakalinga", "Meneja wa Ubunifu na Maendeleo ya TEHAMA", "neema.mwakalinga@tcra.go.tz")])

M("sw02", "sw", "interest_only", "KEN", "Wizara ya ICT <ps@ict.go.ke>",
  "Re: CI-19/35", "2019-08-05 16:00:00 +0300", """
Habari,

Wizara ya Habari, Mawasiliano na Teknolojia ya Kenya ina nia ya kushiriki katika vikao vya mashauriano, hasa kile kitakachofanyika wakati wa Jukwaa la WSIS 2020. Jina la mwakilishi litatumwa baadaye.

Asante,
Ofisi ya Katibu Mkuu
""", client="gmail", sess=["wsis-2020"])

M("ja01", "ja", "nomination", "JPN", "総務省国際戦略局 <intl-coop@soumu.go.jp>",
  "Re: CI-19/35 中小企業に関する協議会合への参加者について", "2019-08-09 17:30:00 +0900", """
ITU事務局 御中

いつもお世話になっております。
回章CI-19/35に関し、9月10日にブダペストで開催される第1回協議会合に、下記の者を参加させます。

氏名：山田 太郎（Taro YAMADA）
所属・役職：総務省 国際戦略局 国際経済課 課長補佐
メール：t-yamada@soumu.go.jp

よろしくお願いいたします。

総務省 国際戦略局 国際経済課
""", cs="iso-2022-jp", client="other", fmt="plain",
  dels=[D("山田 太郎", "総務省 国際戦略局 国際経済課 課長補佐", "t-yamada@soumu.go.jp", ["Taro YAMADA"])], tag="iso2022jp")

M("ja02", "ja", "unrelated", None, "ITビジネスセミナー事務局 <info@it-biz-seminar.jp>",
  "【ご案内】海外展開セミナー 9月20日（東京）", "2019-08-06 10:00:00 +0900", """
各位

9月20日（金）に東京で「中小企業の海外展開セミナー」を開催いたします。ブダペストで開催されるITU Telecom World 2019の報告も予定しております。講師：佐藤 花子 氏、鈴木 一郎 氏。

お申し込みはウェブサイトから。
配信停止はこちら。
""", cs="shift_jis", client="other", fmt="plain", reply=False)

M("ko01", "ko", "nomination", "KOR", "과학기술정보통신부 국제협력담당관실 <intl@msit.go.kr>",
  "회신: CI-19/35 중소기업 협의회 참가자 통보", "2019-08-08 15:00:00 +0900", """
ITU 사무국 귀하,

회람 CI-19/35와 관련하여, 대한민국 과학기술정보통신부는 9월 10일 부다페스트에서 개최되는 첫 번째 협의회에 아래 인원을 추천합니다.

- 성명: 김민준 (KIM Minjun)
- 직위: 정보통신산업정책과 사무관
- 이메일: minjun.kim@korea.kr

감사합니다.
국제협력담당관실
""", cs="euc-kr", client="exchange",
  dels=[D("김민준", "정보통신산업정책과 사무관", "minjun.kim@korea.kr", ["KIM Minjun"])])

M("ko02", "ko", "correction", "KOR", "과학기술정보통신부 국제협력담당관실 <intl@msit.go.kr>",
  "[정정] CI-19/35 참가자 변경", "2019-08-14 11:00:00 +0900", """
ITU 사무국 귀하,

8월 8일 통보한 참가자를 다음과 같이 변경합니다.

- 성명: 이서연 (LEE Seoyeon)
- 직위: 정보통신산업정책과 서기관
- 이메일: seoyeon.lee@korea.kr

번거롭게 해드려 죄송합니다.
""", cs="euc-kr", client="exchange", sup="ko01",
  dels=[D("이서연", "정보통신산업정책과 서기관", "seoyeon.lee@korea.kr", ["LEE Seoyeon"])], tag="correction")

M("uk01", "uk", "nomination", "UKR", "Мінцифри України <info@thedigital.gov.ua>",
  "Відповідь на CI-19/35", "2019-08-15 13:00:00 +0300", """
Шановні колеги!

Міністерство цифрової трансформації України висловлює зацікавленість у консультаційних сесіях та пропонує для участі у першій сесії в Будапешті кандидатуру Олександра Петренка, генерального директора директорату цифрової економіки.

З повагою,
Міжнародний відділ
""", cs="koi8-u", client="other", fmt="plain",
  dels=[D("Олександра Петренка", "генерального директора директорату цифрової економіки", None)], tag="genitive_only")

M("uk02", "uk", "interest_only", "UKR", "НКРЗІ <intl@nkrzi.gov.ua>",
  "CI-19/35 - зацікавленість", "2019-08-06 10:00:00 +0300", """
Добрий день!

Національна комісія, що здійснює державне регулювання у сфері зв'язку та інформатизації, зацікавлена у сесії в Будапешті. Кандидатуру учасника повідомимо найближчим часом.

З повагою,
Відділ міжнародного співробітництва
""", client="thunder", sess=["budapest-2019"])

M("pl01", "pl", "nomination", "POL", "Departament Współpracy Międzynarodowej <dwm@mc.gov.pl>",
  "Odp: CI-19/35 Sesje konsultacyjne dla Państw Członkowskich", "2019-08-09 12:00:00 +0200", """
Szanowni Państwo,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji jest zainteresowane udziałem w sesjach konsultacyjnych. Na pierwszą sesję w Budapeszcie delegujemy Pana Tomasza Nowaka, naczelnika wydziału innowacji.

Dane kontaktowe:
Tomasz Nowak, tomasz.nowak@mc.gov.pl, tel. +48 22 245 59 10

Z poważaniem
Departament Współpracy Międzynarodowej
""", cs="iso-8859-2", client="exchange", cte="quoted-printable",
  dels=[D("Tomasz Nowak", "naczelnika wydziału innowacji", "tomasz.nowak@mc.gov.pl")], tag="inflected")

M("pl02", "pl", "auto_reply", None, "Agnieszka Zielińska <a.zielinska@uke.gov.pl>",
  "Odpowiedź automatyczna: CI-19/35", "2019-07-23 10:17:44 +0200", """
Dzień dobry,
przebywam na urlopie do 2 sierpnia 2019 r. W sprawach pilnych proszę kontaktować się z sekretariatem.
Agnieszka Zielińska
""", cs="iso-8859-2", client="exchange", fmt="plain", cte="quoted-printable", hdrs=["Auto-Submitted: auto-replied"])

M("vi01", "vi", "nomination", "VNM", "Vụ Hợp tác quốc tế - Bộ TT&TT <htqt@mic.gov.vn>",
  "Trả lời: CI-19/35 Phiên tham vấn về doanh nghiệp nhỏ và vừa", "2019-08-12 09:00:00 +0700", """
Kính gửi Ban Thư ký ITU,

Bộ Thông tin và Truyền thông Việt Nam quan tâm đến chuỗi phiên tham vấn và cử ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Kinh tế số, tham dự phiên đầu tiên tại Budapest ngày 10/9/2019. Email: nvhung@mic.gov.vn.

Trân trọng,
Vụ Hợp tác quốc tế
""", client="exchange", dels=[D("Nguyễn Văn Hùng", "Phó Vụ trưởng Vụ Kinh tế số", "nvhung@mic.gov.vn")])

M("vi02", "vi", "inquiry", "VNM", "Trần Thị Mai <ttmai@mic.gov.vn>",
  "Hỏi về phiên tham vấn CI-19/35", "2019-07-29 15:30:00 +0700", """
Kính gửi ông Christopher Clark,

Xin cho hỏi phiên tham vấn tại Budapest kéo dài bao lâu và có cần đăng ký riêng hay không?

Trân trọng,
Trần Thị Mai
""", client="gmail")

M("hu01", "hu", "nomination", "HUN", "Nemzetközi Főosztály - ITM <nemzetkozi@itm.gov.hu>",
  "Vá: CI-19/35 konzultációs ülések", "2019-08-06 13:20:00 +0200", """
Tisztelt Hölgyem/Uram!

Magyarország, mint a budapesti ITU Telecom World házigazdája, örömmel vesz részt a szeptember 10-i konzultációs ülésen. Az Innovációs és Technológiai Minisztérium képviseletében dr. Kovács Péter főosztályvezető (kovacs.peter@itm.gov.hu) és Szabó Eszter referens (szabo.eszter@itm.gov.hu) vesz részt.

Üdvözlettel:
Nemzetközi Főosztály
""", cs="iso-8859-2", client="exchange", cte="quoted-printable",
  dels=[D("Kovács Péter", "főosztályvezető", "kovacs.peter@itm.gov.hu"), D("Szabó Eszter", "referens", "szabo.eszter@itm.gov.hu")])

M("hu02", "hu", "unrelated", None, "Hotel Danubius Foglalások <reservations@danubius-budapest-offers.hu>",
  "Különleges szállásajánlat 2019. szeptember 8-13. között Budapesten", "2019-08-02 09:00:00 +0200", """
Kedves Partnerünk!

Az ITU Telecom World idejére (2019. szeptember 9-12.) kedvezményes szobákat kínálunk a Hungexpo közelében. Kapcsolattartó: Tóth Gábor értékesítési vezető.

Foglalás: reservations@danubius-budapest-offers.hu
""", cs="iso-8859-2", client="other", fmt="html", cte="quoted-printable", reply=False)

M("nl01", "nl", "nomination", "NLD", "Ministerie van Economische Zaken en Klimaat <ict-internationaal@minezk.nl>",
  "RE: CI-19/35 Consultatiesessies", "2019-08-08 10:10:00 +0200", """
Geachte heer Clark,

Nederland neemt graag deel aan de consultatiesessie in Boedapest. Namens het ministerie zal mevrouw drs. Anouk van der Berg, senior beleidsmedewerker Digitale Economie (a.vanderberg@minezk.nl), aanwezig zijn.

Met vriendelijke groet,
Directie Digitale Economie
""", client="exchange", dels=[D("Anouk van der Berg", "senior beleidsmedewerker Digitale Economie", "a.vanderberg@minezk.nl")])

M("nl02", "nl", "auto_reply", None, "Pieter de Vries <p.devries@agentschaptelecom.nl>",
  "Gelezen: CI-19/35 Consultation sessions for Member States", "2019-07-24 08:30:00 +0200", "",
  raw=mdn_raw("""
Uw bericht

Aan: p.devries@agentschaptelecom.nl
Onderwerp: CI-19/35 Consultation sessions for Member States
Verzonden: dinsdag 23 juli 2019 10:15:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op woensdag 24 juli 2019 08:29:55 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
""", "CI-19/35", "p.devries@agentschaptelecom.nl"), client="exchange", tag="readreceipt")


# ================================================================ OTHER LANGUAGES (2)
M("th01", "th", "nomination", "THA", "กองการต่างประเทศ กสทช. <intl@nbtc.go.th>",
  "ตอบกลับ: CI-19/35 การประชุมหารือเรื่อง SME", "2019-08-09 14:00:00 +0700", """
เรียน ฝ่ายเลขานุการ ITU

สำนักงาน กสทช. ขอแจ้งความประสงค์เข้าร่วมการประชุมหารือ และขอเสนอชื่อ นางสาวพิมพ์ชนก ศรีสวัสดิ์ ผู้อำนวยการส่วนส่งเสริมนวัตกรรม เข้าร่วมการประชุมครั้งแรกที่บูดาเปสต์ในวันที่ 10 กันยายน 2562
อีเมล: pimchanok.s@nbtc.go.th

ขอแสดงความนับถือ
""", cs="tis-620", client="other", fmt="plain", dels=[D("พิมพ์ชนก ศรีสวัสดิ์", "ผู้อำนวยการส่วนส่งเสริมนวัตกรรม", "pimchanok.s@nbtc.go.th")])

M("hi01", "hi", "nomination", "IND", "राजभाषा अनुभाग, दूरसंचार विभाग <rajbhasha-dot@nic.in>",
  "सीआई-19/35 के संबंध में नामांकन", "2019-08-13 16:00:00 +0530", """
महोदय/महोदया,

दूरसंचार विभाग, भारत सरकार की ओर से बुडापेस्ट में 10 सितंबर 2019 को आयोजित होने वाले प्रथम परामर्श सत्र हेतु श्रीमती अनीता शर्मा, संयुक्त सचिव (डिजिटल संचार), को नामित किया जाता है। ईमेल: anita.sharma@gov.in

भवदीय,
अवर सचिव
""", client="webmail", dels=[D("अनीता शर्मा", "संयुक्त सचिव (डिजिटल संचार)", "anita.sharma@gov.in")])

M("bn01", "bn", "nomination", "BGD", "আইসিটি বিভাগ <secretary@ictd.gov.bd>",
  "উত্তর: CI-19/35", "2019-08-11 12:00:00 +0600", """
জনাব,

বাংলাদেশ সরকারের তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ বুদাপেস্টে অনুষ্ঠিতব্য প্রথম পরামর্শ সভায় জনাব মোহাম্মদ রফিকুল ইসলাম (Mohammad Rafiqul Islam), যুগ্মসচিব, কে মনোনয়ন দিচ্ছে।
ইমেইল: rafiqul.islam@ictd.gov.bd

ধন্যবাদান্তে,
""", client="gmail", dels=[D("মোহাম্মদ রফিকুল ইসলাম", "যুগ্মসচিব", "rafiqul.islam@ictd.gov.bd", ["Mohammad Rafiqul Islam"])])

M("ur01", "ur", "nomination", "PAK", "وزارت انفارمیشن ٹیکنالوجی <intl@moitt.gov.pk>",
  "جواب: CI-19/35", "2019-08-12 11:00:00 +0500", """
محترم جناب،

وزارت انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن، حکومت پاکستان، بوڈاپسٹ میں منعقد ہونے والے پہلے مشاورتی اجلاس کے لیے جناب عمران حیدر، ڈائریکٹر جنرل (آئی ٹی)، کو نامزد کرتی ہے۔
ای میل: imran.haider@moitt.gov.pk

والسلام
""", client="exchange", dels=[D("عمران حیدر", "ڈائریکٹر جنرل (آئی ٹی)", "imran.haider@moitt.gov.pk")])

M("ms01", "ms", "nomination", "MYS", "Bahagian Antarabangsa MCMC <intl@mcmc.gov.my>",
  "Balas: CI-19/35", "2019-08-07 10:30:00 +0800", """
Tuan/Puan,

Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) berbesar hati untuk menyertai sesi konsultasi di Budapest dan mencalonkan Encik Ahmad Faizal bin Rahman, Pengarah Bahagian Ekonomi Digital (faizal.rahman@mcmc.gov.my).

Sekian, terima kasih.
""", client="exchange", dels=[D("Ahmad Faizal bin Rahman", "Pengarah Bahagian Ekonomi Digital", "faizal.rahman@mcmc.gov.my")])

M("ro01", "ro", "nomination", "ROU", "Direcția Relații Internaționale ANCOM <ri@ancom.org.ro>",
  "Răspuns: CI-19/35", "2019-08-08 12:45:00 +0300", """
Stimate domnule Clark,

ANCOM confirmă interesul României pentru sesiunile de consultare. La sesiunea de la Budapesta va participa doamna Ioana Mărgărit-Popescu, șef serviciu Inovare și Piețe Digitale (ioana.popescu@ancom.org.ro).

Cu stimă,
Direcția Relații Internaționale
""", cs="iso-8859-16", client="exchange", cte="quoted-printable",
  dels=[D("Ioana Mărgărit-Popescu", "șef serviciu Inovare și Piețe Digitale", "ioana.popescu@ancom.org.ro")])

M("cs01", "cs", "nomination", "CZE", "Odbor mezinárodních vztahů MPO <omv@mpo.cz>",
  "Odp: CI-19/35 konzultační zasedání", "2019-08-09 09:40:00 +0200", """
Vážení,

Ministerstvo průmyslu a obchodu České republiky má zájem o účast na konzultačním zasedání v Budapešti. Za ČR vysíláme paní Ing. Janu Novákovou, ředitelku odboru digitální ekonomiky.

Kontakt: Jana Nováková, novakova@mpo.cz

S pozdravem
Odbor mezinárodních vztahů
""", cs="iso-8859-2", client="lotus", cte="quoted-printable",
  dels=[D("Jana Nováková", "ředitelku odboru digitální ekonomiky", "novakova@mpo.cz")], tag="inflected")

M("el01", "el", "nomination", "GRC", "Γενική Γραμματεία Τηλεπικοινωνιών <intl@mindigital.gr>",
  "ΑΠ: CI-19/35", "2019-08-12 13:00:00 +0300", """
Αξιότιμοι κύριοι,

Το Υπουργείο Ψηφιακής Διακυβέρνησης ορίζει τον κ. Νικόλαο Παπαδόπουλο, Προϊστάμενο Διεύθυνσης Καινοτομίας, για τη συνεδρία της Βουδαπέστης.

Στοιχεία: Νικόλαος Παπαδόπουλος (Nikolaos Papadopoulos), n.papadopoulos@mindigital.gr

Με εκτίμηση,
""", cs="iso-8859-7", client="exchange",
  dels=[D("Νικόλαος Παπαδόπουλος", "Προϊστάμενο Διεύθυνσης Καινοτομίας", "n.papadopoulos@mindigital.gr", ["Nikolaos Papadopoulos"])], tag="inflected")

M("he01", "he", "nomination", "ISR", "משרד התקשורת - קשרי חוץ <intl@moc.gov.il>",
  "תשובה: CI-19/35", "2019-08-11 10:00:00 +0300", """
שלום רב,

משרד התקשורת של מדינת ישראל מבקש להשתתף במפגש ההתייעצות בבודפשט ומציע את מר יואב כהן, ראש תחום חדשנות (Yoav Cohen), yoavc@moc.gov.il.

בברכה,
""", cs="windows-1255", client="exchange",
  dels=[D("יואב כהן", "ראש תחום חדשנות", "yoavc@moc.gov.il", ["Yoav Cohen"])])

M("sv01", "sv", "nomination", "SWE", "Post- och telestyrelsen <pts@pts.se>",
  "SV: CI-19/35", "2019-08-13 14:00:00 +0200", """
Hej,

Sverige deltar gärna i konsultationen i Budapest. Vår representant blir Karin Lindqvist, utredare på avdelningen för analys och marknad (karin.lindqvist@pts.se).

Med vänlig hälsning
Internationella sekretariatet, PTS
""", client="exchange", dels=[D("Karin Lindqvist", "utredare på avdelningen för analys och marknad", "karin.lindqvist@pts.se")])

M("fi01", "fi", "nomination", "FIN", "Liikenne- ja viestintäministeriö <kirjaamo@lvm.fi>",
  "VS: CI-19/35", "2019-08-14 10:00:00 +0300", """
Hyvä vastaanottaja,

Suomi osallistuu Budapestin kuulemistilaisuuteen. Ministeriö nimeää edustajakseen neuvotteleva virkamies Mikko Virtasen.

Yhteystiedot: Mikko Virtanen, mikko.virtanen@lvm.fi

Ystävällisin terveisin
""", client="exchange", dels=[D("Mikko Virtanen", "neuvotteleva virkamies", "mikko.virtanen@lvm.fi")], tag="inflected")

M("no01", "no", "interest_only", "NOR", "Kommunal- og moderniseringsdepartementet <postmottak@kmd.dep.no>",
  "SV: CI-19/35", "2019-08-09 09:00:00 +0200", """
Hei,

Norge er interessert i konsultasjonsmøtet i Budapest. Vi kommer tilbake med navn på deltaker.

Vennlig hilsen
""", client="exchange", sess=["budapest-2019"])

M("da01", "da", "decline", "DNK", "Erhvervsstyrelsen <erst@erst.dk>",
  "SV: CI-19/35", "2019-08-15 08:00:00 +0200", """
Kære ITU,

Tak for invitationen. Danmark vil desværre ikke deltage i mødet i Budapest.

Venlig hilsen
""", client="exchange")

M("ka01", "ka", "nomination", "GEO", "საქართველოს კომუნიკაციების კომისია <intl@comcom.ge>",
  "პასუხი: CI-19/35", "2019-08-12 12:00:00 +0400", """
ბატონო კლარკ,

საქართველოს კომუნიკაციების კომისია ბუდაპეშტის კონსულტაციაზე წარადგენს გიორგი ბერიძეს, ინოვაციების დეპარტამენტის უფროსს.

კონტაქტი: გიორგი ბერიძე (Giorgi Beridze), g.beridze@comcom.ge

პატივისცემით,
""", client="exchange", dels=[D("გიორგი ბერიძე", "ინოვაციების დეპარტამენტის უფროსს", "g.beridze@comcom.ge", ["Giorgi Beridze"])])

M("hy01", "hy", "nomination", "ARM", "ՏՏՆ միջազգային համագործակցություն <intl@mtcit.am>",
  "Պատ.՝ CI-19/35", "2019-08-13 11:00:00 +0400", """
Հարգելի գործընկերներ,

Հայաստանի Հանրապետությունը Բուդապեշտի խորհրդատվական նիստին կներկայացնի Անի Հովհաննիսյանը՝ թվային տնտեսության վարչության պետ (ani.hovhannisyan@mtcit.am):

Հարգանքով,
""", client="gmail", dels=[D("Անի Հովհաննիսյան", "թվային տնտեսության վարչության պետ", "ani.hovhannisyan@mtcit.am")])

M("az01", "az", "nomination", "AZE", "Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi <intl@mincom.gov.az>",
  "Cavab: CI-19/35", "2019-08-09 12:30:00 +0400", """
Hörmətli həmkarlar,

Azərbaycan Respublikası Budapeştdə keçiriləcək məsləhətləşmə sessiyasında iştirak etmək istəyir. Nümayəndə: Rəşad Məmmədov, İnnovasiyalar şöbəsinin müdiri, r.mammadov@mincom.gov.az.

Hörmətlə,
""", client="exchange", dels=[D("Rəşad Məmmədov", "İnnovasiyalar şöbəsinin müdiri", "r.mammadov@mincom.gov.az")])

M("kk01", "kk", "nomination", "KAZ", "Айгерім Сәрсенбаева <a.sarsenbayeva@mdai.gov.kz>",
  "Жауап: CI-19/35", "2019-08-14 17:00:00 +0600", """
Құрметті әріптестер!

Будапешттегі консультациялық сессияға Қазақстан атынан өзім қатысатынымды хабарлаймын.

Құрметпен,
Айгерім Сәрсенбаева
Цифрлық экономика департаментінің бас сарапшысы
""", client="gmail", dels=[D("Айгерім Сәрсенбаева", "Цифрлық экономика департаментінің бас сарапшысы", None)])

M("uz01", "uz", "nomination", "UZB", "AKT vazirligi xalqaro hamkorlik <intl@mitc.uz>",
  "Javob: CI-19/35", "2019-08-12 10:00:00 +0500", """
Hurmatli hamkasblar,

O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi Budapeshtdagi maslahat sessiyasiga Dilshod Karimov, raqamli iqtisodiyot boshqarmasi boshlig'ini (d.karimov@mitc.uz) tavsiya etadi.

Hurmat bilan,
""", client="exchange", dels=[D("Dilshod Karimov", "raqamli iqtisodiyot boshqarmasi boshlig'i", "d.karimov@mitc.uz")])

M("mn01", "mn", "nomination", "MNG", "ХХХГ Гадаад харилцааны хэлтэс <intl@cita.gov.mn>",
  "Хариу: CI-19/35", "2019-08-13 15:00:00 +0800", """
Эрхэм хүндэт ОУЦХ-ны Нарийн бичгийн дарга нарын газар,

Монгол Улсаас Будапешт хотноо болох зөвлөлдөх уулзалтад Б.Батболд (Batbold Bayarsaikhan), Инновацийн газрын дарга, оролцоно. И-мэйл: batbold@cita.gov.mn

Хүндэтгэсэн,
""", client="gmail", dels=[D("Б.Батболд", "Инновацийн газрын дарга", "batbold@cita.gov.mn", ["Batbold Bayarsaikhan"])])

M("am01", "am", "nomination", "ETH", "የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር <intl@mint.gov.et>",
  "መልስ: CI-19/35", "2019-08-12 09:00:00 +0300", """
ለአይቲዩ ጽሕፈት ቤት፣

የኢትዮጵያ የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቡዳፔስት በሚካሄደው የምክክር ስብሰባ ላይ አቶ ዮሐንስ ተስፋዬን (Yohannes Tesfaye) ይወክላል። ኢሜይል: yohannes.tesfaye@mint.gov.et

ከሰላምታ ጋር
""", client="gmail", dels=[D("ዮሐንስ ተስፋዬ", None, "yohannes.tesfaye@mint.gov.et", ["Yohannes Tesfaye"])])

M("ne01", "ne", "nomination", "NPL", "सञ्चार तथा सूचना प्रविधि मन्त्रालय <intl@mocit.gov.np>",
  "जवाफ: CI-19/35", "2019-08-11 13:15:00 +0545", """
महोदय,

नेपाल सरकार, सञ्चार तथा सूचना प्रविधि मन्त्रालयले बुडापेस्टमा हुने परामर्श सत्रका लागि उपसचिव श्री राम प्रसाद अधिकारी (ram.adhikari@mocit.gov.np) लाई मनोनयन गरेको छ।

धन्यवाद।
""", client="gmail", dels=[D("राम प्रसाद अधिकारी", "उपसचिव", "ram.adhikari@mocit.gov.np")])

M("si01", "si", "nomination", "LKA", "TRCSL International <intl@trc.gov.lk>",
  "පිළිතුර: CI-19/35", "2019-08-12 10:00:00 +0530", """
ගරු මහත්මයාණනි,

ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව බුඩාපෙස්ට් උපදේශන සැසිය සඳහා නිලන්ති පෙරේරා (Nilanthi Perera), අධ්‍යක්ෂ - නවෝත්පාදන, නම් කරයි. ඊමේල්: nilanthi.perera@trc.gov.lk

ස්තුතියි,
""", client="exchange", dels=[D("නිලන්ති පෙරේරා", "අධ්‍යක්ෂ - නවෝත්පාදන", "nilanthi.perera@trc.gov.lk", ["Nilanthi Perera"])])

M("km01", "km", "nomination", "KHM", "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ <intl@mptc.gov.kh>",
  "ឆ្លើយតប: CI-19/35", "2019-08-13 09:00:00 +0700", """
ជូនចំពោះ លេខាធិការដ្ឋាន ITU

ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ សូមតែងតាំង លោក សុខ វិចិត្រ (SOK Vichet) ប្រធាននាយកដ្ឋានសេដ្ឋកិច្ចឌីជីថល ចូលរួមកិច្ចប្រជុំពិគ្រោះយោបល់នៅទីក្រុងប៊ុយដាប៉ែស។ អ៊ីមែល: vichet.sok@mptc.gov.kh

សូមអរគុណ
""", client="gmail", dels=[D("សុខ វិចិត្រ", "ប្រធាននាយកដ្ឋានសេដ្ឋកិច្ចឌីជីថល", "vichet.sok@mptc.gov.kh", ["SOK Vichet"])])

M("lo01", "lo", "interest_only", "LAO", "ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ <intl@mptc.gov.la>",
  "ຕອບ: CI-19/35", "2019-08-14 10:00:00 +0700", """
ຮຽນ ກອງເລຂາ ITU,

ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ສປປ ລາວ ມີຄວາມສົນໃຈເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລືທີ່ບູດາເປັສ. ພວກເຮົາຈະແຈ້ງຊື່ຜູ້ເຂົ້າຮ່ວມໃນພາຍຫຼັງ.

ດ້ວຍຄວາມເຄົາລົບ
""", client="gmail", sess=["budapest-2019"])

M("my01", "my", "nomination", "MMR", "ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာန <intl@motc.gov.mm>",
  "ပြန်ကြားချက်: CI-19/35", "2019-08-12 11:30:00 +0630", """
လေးစားအပ်ပါသော ITU အတွင်းရေးမှူးရုံး၊

ဘူဒါပက်စ်တွင် ကျင်းပမည့် အတိုင်ပင်ခံအစည်းအဝေးသို့ ဦးကျော်မင်းထွန်း (U Kyaw Min Htun)၊ ညွှန်ကြားရေးမှူး၊ ကို စေလွှတ်ပါမည်။ အီးမေးလ်: kyawminhtun@motc.gov.mm

လေးစားစွာဖြင့်
""", client="gmail", dels=[D("ကျော်မင်းထွန်း", "ညွှန်ကြားရေးမှူး", "kyawminhtun@motc.gov.mm", ["Kyaw Min Htun"])])

M("sq01", "sq", "nomination", "ALB", "AKEP Marrëdhëniet me Jashtë <info@akep.al>",
  "Përgjigje: CI-19/35", "2019-08-09 14:00:00 +0200", """
I nderuar z. Clark,

AKEP ka kënaqësinë të konfirmojë pjesëmarrjen e Shqipërisë në sesionin e Budapestit. Përfaqësuese do të jetë znj. Arta Hoxha, Drejtore e Politikave Digjitale (arta.hoxha@akep.al).

Me respekt,
""", client="exchange", dels=[D("Arta Hoxha", "Drejtore e Politikave Digjitale", "arta.hoxha@akep.al")])

M("mk01", "mk", "nomination", "MKD", "Министерство за информатичко општество <intl@mioa.gov.mk>",
  "Одговор: CI-19/35", "2019-08-12 10:00:00 +0200", """
Почитувани,

Министерството за информатичко општество и администрација ја номинира г-ѓа Марија Стојановска, раководител на секторот за иновации, за сесијата во Будимпешта. Е-пошта: marija.stojanovska@mioa.gov.mk

Со почит,
""", cs="windows-1251", client="exchange", dels=[D("Марија Стојановска", "раководител на секторот за иновации", "marija.stojanovska@mioa.gov.mk")])

M("sr01", "sr", "nomination", "SRB", "РАТЕЛ - Међународна сарадња <intl@ratel.rs>",
  "Одговор: CI-19/35", "2019-08-13 12:00:00 +0200", """
Поштовани,

Регулаторна агенција за електронске комуникације и поштанске услуге (РАТЕЛ) за сесију у Будимпешти предлаже Милоша Јовановића, саветника директора.

Име и презиме: Милош Јовановић (Miloš Jovanović)
Е-пошта: milos.jovanovic@ratel.rs

С поштовањем,
""", client="exchange", dels=[D("Милош Јовановић", "саветника директора", "milos.jovanovic@ratel.rs", ["Miloš Jovanović"])], tag="inflected")

M("hr01", "hr", "nomination", "HRV", "HAKOM - Međunarodni odnosi <intl@hakom.hr>",
  "Odg: CI-19/35", "2019-08-08 13:00:00 +0200", """
Poštovani,

Hrvatska regulatorna agencija za mrežne djelatnosti na konzultacijsku sjednicu u Budimpešti upućuje gospođu Ivanu Horvat, voditeljicu Odjela za digitalno tržište.

Kontakt: Ivana Horvat, ivana.horvat@hakom.hr

Lijep pozdrav,
""", cs="iso-8859-2", client="exchange", cte="quoted-printable",
  dels=[D("Ivana Horvat", "voditeljicu Odjela za digitalno tržište", "ivana.horvat@hakom.hr")], tag="inflected")

M("bg01", "bg", "nomination", "BGR", "Министерство на транспорта <intl@mtitc.government.bg>",
  "Отг.: CI-19/35", "2019-08-12 11:00:00 +0300", """
Уважаеми колеги,

Република България ще бъде представлявана на консултативната сесия в Будапеща от г-н Георги Димитров, държавен експерт в дирекция „Електронни съобщения“ (g.dimitrov@mtitc.government.bg).

С уважение,
""", cs="windows-1251", client="exchange", dels=[D("Георги Димитров", "държавен експерт в дирекция „Електронни съобщения“", "g.dimitrov@mtitc.government.bg")])

M("lt01", "lt", "nomination", "LTU", "RRT Tarptautinių ryšių skyrius <intl@rrt.lt>",
  "Ats: CI-19/35", "2019-08-13 10:00:00 +0300", """
Gerbiamieji,

Į konsultacinį posėdį Budapešte Lietuva deleguoja Jono Petraičio, Inovacijų skyriaus vedėjo, kandidatūrą.

Kontaktai: Jonas Petraitis, jonas.petraitis@rrt.lt

Pagarbiai,
""", cs="windows-1257", client="exchange", cte="quoted-printable",
  dels=[D("Jonas Petraitis", "Inovacijų skyriaus vedėjo", "jonas.petraitis@rrt.lt")], tag="inflected")

M("lv01", "lv", "nomination", "LVA", "Satiksmes ministrija <pasts@sam.gov.lv>",
  "Atb.: CI-19/35", "2019-08-12 15:00:00 +0300", """
Godātie kolēģi,

Latvijas Republiku konsultāciju sesijā Budapeštā pārstāvēs Satiksmes ministrijas Komunikāciju departamenta vecākā eksperte Līga Ozola (liga.ozola@sam.gov.lv).

Ar cieņu,
""", cs="iso-8859-13", client="exchange", cte="quoted-printable",
  dels=[D("Līga Ozola", "Komunikāciju departamenta vecākā eksperte", "liga.ozola@sam.gov.lv")])

M("et01", "et", "nomination", "EST", "Majandus- ja Kommunikatsiooniministeerium <info@mkm.ee>",
  "Vs: CI-19/35", "2019-08-14 13:00:00 +0300", """
Lugupeetud kolleegid,

Eesti osaleb Budapesti konsultatsioonil. Ministeeriumi esindajaks on digiarengu osakonna nõunik Mari Tamm (mari.tamm@mkm.ee).

Lugupidamisega,
""", cs="iso-8859-15", client="exchange", cte="quoted-printable",
  dels=[D("Mari Tamm", "digiarengu osakonna nõunik", "mari.tamm@mkm.ee")])

M("sk01", "sk", "nomination", "SVK", "Úrad podpredsedu vlády pre investície a informatizáciu <intl@vicepremier.gov.sk>",
  "Odp: CI-19/35", "2019-08-16 23:45:00 +0200", """
Vážení,

Slovenskú republiku bude na konzultačnom stretnutí v Budapešti zastupovať Mgr. Peter Horváth, riaditeľ odboru digitálnej ekonomiky (peter.horvath@vicepremier.gov.sk).

S pozdravom,
""", cs="iso-8859-2", client="exchange", cte="quoted-printable", rcv="2019-08-17 00:03:12",
  dels=[D("Peter Horváth", "riaditeľ odboru digitálnej ekonomiky", "peter.horvath@vicepremier.gov.sk")], tag="deadline")

M("sl01", "sl", "inquiry", "SVN", "AKOS <info.box@akos-rs.si>",
  "Vprašanje: CI-19/35", "2019-08-01 10:00:00 +0200", """
Spoštovani,

Ali bo posvetovanje v Budimpešti potekalo v angleškem jeziku in ali je potrebna ločena registracija? Hvala za odgovor.

Lep pozdrav,
""", cs="iso-8859-2", client="exchange", cte="quoted-printable")


# ---------------------------------------------------------------- main + validation
def decoded_texts(msg, errs, fname):
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append("%s: part defects %r" % (fname, part.defects))
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            try:
                t = raw.decode(cs, "strict")
            except Exception as ex:  # noqa
                errs.append("%s: strict decode failed (%s): %s" % (fname, cs, ex))
                continue
            texts.append(t)
            if part.get_content_subtype() == "html":
                s = re.sub(r"<[^>]+>", " ", t)
                texts.append(re.sub(r"\s+", " ", htmlmod.unescape(s)))
    return texts


def validate(path, label, errs):
    fname = os.path.basename(path)
    with open(path, "rb") as fh:
        data = fh.read()
    msg = message_from_bytes(data, policy=policy.default)
    if msg.defects:
        errs.append("%s: defects %r" % (fname, msg.defects))
    for k, v in msg.items():
        if getattr(v, "defects", None):
            errs.append("%s: header %s defects %r" % (fname, k, v.defects))
    if msg["Message-ID"].strip() != label["message_id"]:
        errs.append("%s: message-id mismatch" % fname)
    rec = msg.get_all("Received")
    top = parsedate_to_datetime(str(rec[0]).rsplit(";", 1)[1].strip())
    if top != datetime.fromisoformat(label["received_at"]):
        errs.append("%s: received_at mismatch" % fname)
    kind = label["kind"]
    if kind not in KINDS:
        errs.append("%s: bad kind" % fname)
    late = (top > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None
    if late != label["late"]:
        errs.append("%s: late mismatch" % fname)
    texts = decoded_texts(msg, errs, fname)
    norm = [re.sub(r"\s+", " ", t) for t in texts]
    for d in label["delegates"]:
        for v in [d["name"]] + d["aliases"] + [d["title"], d["email"]]:
            if v and not any(re.sub(r"\s+", " ", v) in t for t in norm):
                errs.append("%s: %r not found in text" % (fname, v))
        if d["name"] in d["aliases"]:
            errs.append("%s: alias equals name" % fname)
        if re.match(r"(?i)^(mr|mrs|ms|dr|h\.e\.|m\.|mme|sr|sra|prof|eng|ing)\.?\s", d["name"]):
            errs.append("%s: honorific in name %r" % (fname, d["name"]))
    if kind in ("nomination", "correction") and not label["delegates"]:
        errs.append("%s: %s without delegates" % (fname, kind))
    if kind not in ("nomination", "correction") and label["delegates"]:
        errs.append("%s: delegates on %s" % (fname, kind))
    if kind in ("nomination", "interest_only", "correction"):
        if not label["sessions"] or not set(label["sessions"]) <= SESS:
            errs.append("%s: bad sessions" % fname)
    elif label["sessions"]:
        errs.append("%s: sessions on %s" % (fname, kind))
    if kind in ("auto_reply", "bounce", "unrelated") and label["member_state"] is not None:
        errs.append("%s: member_state on %s" % (fname, kind))
    if (kind == "correction") != bool(label["supersedes"]):
        errs.append("%s: supersedes inconsistent" % fname)
    if label["member_state"] is not None and not re.match(r"^[A-Z]{3}$", label["member_state"]):
        errs.append("%s: bad member_state" % fname)


def main():
    mdir = os.path.join(OUT, "messages")
    os.makedirs(mdir, exist_ok=True)
    for f in os.listdir(mdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(mdir, f))
    mids, labels, seen, counters = {}, [], set(), Counter()
    errs = []
    for m in MSGS:
        if m["key"] in seen:
            errs.append("duplicate key %s" % m["key"])
        seen.add(m["key"])
        data, label = build(m, mids)
        counters[m["lang"]] += 1
        tag = m.get("tag") or (m.get("cs", "utf-8").replace("-", "").replace("_", "") if m.get("cs", "utf-8") != "utf-8" else m["kind"])
        fname = "%s_%03d_%s.eml" % (m["lang"], counters[m["lang"]], tag)
        label["file"] = fname
        with open(os.path.join(mdir, fname), "wb") as fh:
            fh.write(data)
        labels.append(label)
    if len(set(mids.values())) != len(mids):
        errs.append("duplicate message ids")
    for label in labels:
        validate(os.path.join(mdir, label["file"]), label, errs)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for label in labels:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    write_readme(labels)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    print("%d messages, %d languages, OK" % (len(labels), len({l["language"] for l in labels})))


def write_readme(labels):
    kinds = Counter(l["kind"] for l in labels)
    langs = Counter(l["language"] for l in labels)
    un = sum(v for k, v in langs.items() if k in UN)
    lines = [
        "# blind17 — labelled replies to circular CI-19/35",
        "",
        "Written by `make_corpus.py` (Python 3.11, standard library only, deterministic: re-running it gives",
        "byte-identical files). Every reply text was composed by hand, natively in its language, from the circular",
        "alone (`shared/circular-CI-19-35.md` and the Arabic original) and `shared/corpus/SCHEMA.md`; the authors did",
        "not see the processor, its rules or tests, or any other corpus. People, addresses and phone numbers are",
        "invented; institutions and Member States are real.",
        "",
        "The script builds each message's MIME by hand (Received chain whose topmost hop is an itu.int MX, Date in the",
        "sender's time zone, plain / multipart/alternative (Outlook or Gmail HTML) / multipart/mixed / multipart/report,",
        "base64, quoted-printable, 7bit and 8bit, legacy charsets, RFC 2047 encoded-word headers), then re-parses every",
        "file with `email.policy.default` and checks: no defects, strict decoding of all text parts, Message-ID and",
        "received_at against the label, `late` recomputed, every labelled name / alias / title / e-mail present in the",
        "decoded text, and kind-dependent fields consistent. It exits non-zero on any failure.",
        "",
        "## Counts",
        "",
        "- messages: %d" % len(labels),
        "- languages: %d (six UN languages: %d messages, %.0f %%)" % (len(langs), un, 100.0 * un / len(labels)),
        "- late (of nomination / interest_only / correction): %d" % sum(1 for l in labels if l["late"]),
        "- delegates labelled: %d" % sum(len(l["delegates"]) for l in labels),
        "- member_state null: %d" % sum(1 for l in labels if l["member_state"] is None),
        "",
        "| kind | messages |",
        "| --- | --- |",
    ]
    lines += ["| %s | %d |" % (k, kinds[k]) for k in KINDS]
    lines += ["", "| language | messages |", "| --- | --- |"]
    lines += ["| %s | %d |" % (k, v) for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "## Labelling conventions used", "",
              "- Names without honorifics or titles, as written; where prose inflects a name and the message also gives the",
              "  nominative (signature, field block, table), the nominative is the label. Aliases only for other spellings",
              "  present in the same message (e.g. native script and Latin transliteration).",
              "- A forward or cover note: `language` is the language of the sender's own note, not of forwarded text.",
              "- Bilingual replies: `language` is the language of the first (primary) version.",
              "- `interest_only` replies carry the sessions they mention; a general expression of interest in the",
              "  first session is `budapest-2019`.",
              "- Associations, companies, universities and NGOs that answer are `member_state: null`.",
              ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    main()
