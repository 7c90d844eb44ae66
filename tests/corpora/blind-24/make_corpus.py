#!/usr/bin/env python3
"""Deterministic generator + validator for the blind-24 corpus (replies to ITU circular CI-19/35).

Every message below was written by hand; the helpers only wrap the text into RFC 5322 / MIME.
Run:  nice -n 19 python3 make_corpus.py      (writes messages/, labels.jsonl, README.md, then validates)
"""
import base64
import collections
import datetime as dt
import email
import email.charset
import email.policy
import email.utils
import hashlib
import html as htmllib
import json
import os
import quopri
import re
import sys
import unicodedata
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_MSG = os.path.join(HERE, "messages")
DEADLINE = dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=2)))
SESSIONS = {"budapest-2019", "cwg-2020", "wsis-2020"}
KINDS = {"nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated"}
MSGS = []


def h(key, n=8):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def hn(key, mod):
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % mod


def D(name, title=None, email=None, aliases=()):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


# ---------------------------------------------------------------- MIME helpers

def enc_body(text, charset, cte):
    if isinstance(text, bytes):
        data = text
    else:
        data = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        data.decode("ascii")  # must be pure ASCII
    return data if data.endswith(b"\n") else data + b"\n"


def part(ctype, text, charset="utf-8", cte="8bit", filename=None, extra=(), params=""):
    hdr = []
    if ctype.startswith("text/"):
        hdr.append(f'Content-Type: {ctype}; charset="{charset}"{params}')
    else:
        hdr.append(f"Content-Type: {ctype}{params}" + (f'; name="{filename}"' if filename else ""))
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    if filename:
        hdr.append(f'Content-Disposition: attachment; filename="{filename}"')
    hdr.extend(extra)
    return ("\n".join(hdr) + "\n\n").encode("ascii") + enc_body(text, charset, cte)


def raw_part(header_lines, body_bytes):
    return ("\n".join(header_lines) + "\n\n").encode("ascii") + body_bytes


def multipart(subtype, parts, boundary, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'.encode("ascii"), b"", b""]
    body = b"This is a multi-part message in MIME format.\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + boundary.encode() + b"--\n"
    return out[0] + b"\n\n" + body


def enc_hdr(value, charset="utf-8"):
    if value is None:
        return None
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(email.charset.Charset(charset).output_codec or charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        return Header(value, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def addr(spec, charset="utf-8"):
    """'Display Name <a@b>' or 'a@b' -> RFC 2047 encoded header value."""
    out = []
    for one in spec.split(";;"):
        one = one.strip()
        m = re.match(r"^(.*)<([^>]+)>$", one)
        if not m:
            out.append(one)
            continue
        name, a = m.group(1).strip().strip('"'), m.group(2)
        if not name:
            out.append(a)
            continue
        try:
            name.encode("ascii")
            if re.search(r'[,.;:()\[\]@"]', name):
                name = '"' + name.replace('"', '') + '"'
            out.append(f"{name} <{a}>")
        except UnicodeEncodeError:
            cs = charset
            try:
                name.encode(email.charset.Charset(cs).output_codec or cs)
            except (UnicodeEncodeError, LookupError):
                cs = "utf-8"
            out.append(Header(name, cs).encode() + f" <{a}>")
    return ",\n\t".join(out)


def parse_ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def fmt_ts(d):
    return email.utils.format_datetime(d)


def M(key, *, recv, frm, subject, lang, kind, state, delegates=(), sessions=(), supersedes=None,
      text=None, html=None, charset="utf-8", cte="8bit", hcs=None, date=None, to="sme@itu.int",
      cc=None, extra=(), body=None, relay=None, mid=None, hops=1, mailer=None, top=None):
    """Register one message.  body: raw MIME entity bytes (overrides text/html)."""
    MSGS.append(dict(key=key, recv=recv, frm=frm, subject=subject, lang=lang, kind=kind, state=state,
                     delegates=list(delegates), sessions=list(sessions), supersedes=supersedes,
                     text=text, html=html, charset=charset, cte=cte, hcs=hcs or "utf-8", date=date,
                     to=to, cc=cc, extra=list(extra), body=body, relay=relay, mid=mid, hops=hops,
                     mailer=mailer, top=top))


def sender_domain(frm):
    m = re.search(r"@([^>\s]+)", frm)
    return m.group(1).lower() if m else "unknown.invalid"


def build(m):
    key = m["key"]
    recv = parse_ts(m["recv"])
    dom = sender_domain(m["frm"])
    relay = m["relay"] or f"mail.{dom}"
    ip = f"{41 + hn(key + 'a', 170)}.{hn(key + 'b', 250)}.{hn(key + 'c', 250)}.{1 + hn(key + 'd', 250)}"
    lines = []
    if m["top"]:
        lines.extend(m["top"])
    lines.append(f"Received: from {relay} ({relay} [{ip}])\n\tby mx2.itu.int (Postfix) with ESMTPS id "
                 f"{h(key, 10).upper()}\n\tfor <sme@itu.int>; {fmt_ts(recv)}")
    if m["hops"] > 1:
        earlier = recv - dt.timedelta(seconds=3 + hn(key + "h", 40))
        lines.append(f"Received: from [{ip}] (localhost [127.0.0.1])\n\tby {relay} with ESMTP id {h(key + 'x', 12)};"
                     f" {fmt_ts(earlier)}")
    if m["date"]:
        date = m["date"]
    else:
        date = fmt_ts(recv - dt.timedelta(seconds=20 + hn(key + "d", 600)))
    style = hn(key + "style", 5)
    ua = None
    if m["mid"]:
        mid = m["mid"]
    elif dom in ("gmail.com",):
        mid = f"<CA{h(key + 'g', 10).upper()}{h(key + 'G', 22)}=Q@mail.gmail.com>"
    elif "yahoo" in dom:
        mid = f"<{hn(key, 10**9)}.{hn(key + 'y', 10**7)}.{hn(key + 'z', 10**13)}@mail.yahoo.com>"
    elif style == 0:
        box = "AM0PR" + f"{hn(key, 99):02d}" + "MB" + f"{hn(key + 'b', 9999):04d}"
        mid = f"<{box}{h(key + 'o', 8).upper()}{h(key + 'p', 10).upper()}@{box}.eurprd{hn(key, 9):02d}.prod.outlook.com>"
        ua = "X-MS-Has-Attach: \nThread-Index: AdVS" + h(key + "t", 12)
    elif style == 1:
        mid = f"<{h(key, 8)}-{h(key + '1', 4)}-{h(key + '2', 4)}-{h(key + '3', 4)}-{h(key + '4', 12)}@{dom}>"
        ua = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.8.0"
    elif style == 2:
        mid = f"<OF{h(key, 8).upper()}.{h(key + 'n', 8).upper()}-ON{h(key + 'm', 8).upper()}@{dom}>"
        ua = "X-Mailer: Lotus Notes Release 9.0.1FP10 SHF68 April 02, 2019"
    elif style == 3:
        mid = f"<{h(key, 12)}.{hn(key, 99999)}@{dom}>"
        ua = "X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)"
    else:
        stamp = (recv - dt.timedelta(seconds=60 + hn(key, 300))).astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
        mid = f"<{stamp}.{h(key, 6).upper()}@{dom}>"
    if ua and not m["mailer"] and m["body"] is None and m["kind"] not in ("bounce", "auto_reply", "unrelated"):
        m["mailer"] = ua
    m["message_id"] = mid
    lines.append("From: " + addr(m["frm"], m["hcs"]))
    lines.append("To: " + addr(m["to"], m["hcs"]))
    if m["cc"]:
        lines.append("Cc: " + addr(m["cc"], m["hcs"]))
    lines.append("Subject: " + enc_hdr(m["subject"], m["hcs"]))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + mid)
    for x in m["extra"]:
        lines.append(x)
    if m["mailer"]:
        lines.append(m["mailer"])
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    if m["body"] is not None:
        ent = m["body"]
    elif m["text"] is not None and m["html"] is not None:
        ent = multipart("alternative", [part("text/plain", m["text"], m["charset"], m["cte"]),
                                        part("text/html", m["html"], m["charset"], m["cte"])],
                        "alt_" + h(key, 16))
    elif m["html"] is not None:
        ent = part("text/html", m["html"], m["charset"], m["cte"])
    else:
        ent = part("text/plain", m["text"], m["charset"], m["cte"])
    return head + ent


def pdf_stub(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n% " + title.encode("ascii", "replace")
            + b"\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ---------------------------------------------------------------- quoted circular snippets (own wording)

CIRC_EN = """-----Original Message-----
From: ITU SME <sme@itu.int>
Sent: Tuesday, 23 July 2019 16:05
Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs

Dear Sir/Madam,

I have the pleasure to invite your Administration to take part in a series of
consultation sessions entitled "Fostering tech and innovation SMEs". The first
session will take place on 10 September 2019 during ITU Telecom World 2019 in
Budapest, Hungary. Similar sessions are planned during the Council Working Group
meetings in early 2020, at the WSIS Forum 2020 and at other events.

I would be grateful if you could express your interest and indicate the name of
the participant nominated for the first session by 16 August 2019 to sme@itu.int.
Contact: Mr Christopher Clark.

Yours faithfully,
Houlin Zhao
Secretary-General
"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.splitlines()) + "\n"


CIRC_FR = """De : ITU SME [mailto:sme@itu.int]
Envoyé : mardi 23 juillet 2019 16:05
Objet : CI-19/35 - Sessions de consultation pour les États Membres

Madame, Monsieur,
J'ai le plaisir d'inviter votre Administration à participer à une série de
sessions de consultation intitulée « Promouvoir les PME de la technologie et de
l'innovation ». La première session aura lieu le 10 septembre 2019 pendant ITU
Telecom World 2019 à Budapest (Hongrie). D'autres sessions sont prévues lors des
réunions des Groupes de travail du Conseil début 2020 et du Forum du SMSI 2020.
Je vous saurais gré de bien vouloir manifester votre intérêt et communiquer le
nom du participant désigné avant le 16 août 2019 à l'adresse sme@itu.int.
Contact : M. Christopher Clark
Houlin Zhao, Secrétaire général
"""

CIRC_ES = """De: ITU SME <sme@itu.int>
Enviado el: martes, 23 de julio de 2019 16:05
Asunto: CI-19/35 - Sesiones de consulta para los Estados Miembros

Muy Señora mía/Muy Señor mío:
Tengo el placer de invitar a su Administración a participar en una serie de
sesiones de consulta tituladas "Fomento de las pymes de tecnología e innovación".
La primera sesión se celebrará el 10 de septiembre de 2019 durante ITU Telecom
World 2019 en Budapest (Hungría). Se prevén sesiones similares durante las
reuniones de los Grupos de Trabajo del Consejo a principios de 2020 y en el Foro
de la CMSI 2020. Le agradecería que manifestara su interés e indicara el nombre
del participante designado antes del 16 de agosto de 2019 (sme@itu.int).
Contacto: Sr. Christopher Clark
Houlin Zhao, Secretario General
"""

CIRC_RU = """От: ITU SME <sme@itu.int>
Отправлено: 23 июля 2019 г. 16:05
Тема: CI-19/35 – Консультационные сессии для Государств-Членов

Уважаемая госпожа, уважаемый господин,
Имею честь пригласить вашу Администрацию принять участие в серии
консультационных сессий «Содействие МСП в области технологий и инноваций».
Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в
Будапеште, Венгрия. Аналогичные сессии планируется провести в ходе собраний
рабочих групп Совета в начале 2020 года и на Форуме ВВУИО 2020 года.
Просьба сообщить о заинтересованности и указать кандидатуру участника
до 16 августа 2019 года по адресу sme@itu.int. Контактное лицо: г-н Кристофер Кларк.
Хоулинь Чжао, Генеральный секретарь
"""

CIRC_AR = """من: ITU SME <sme@itu.int>
التاريخ: 23 يوليو 2019
الموضوع: CI-19/35 جلسات تشاور للدول الأعضاء

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور بعنوان "تشجيع الشركات
الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في
10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد في بودابست، هنغاريا.
ويرجى الإفادة بالمشارك المرشح في موعد أقصاه 16 أغسطس 2019 على العنوان sme@itu.int
مسؤول الاتصال: السيد كريستوفر كلارك
هولين جاو، الأمين العام
"""

CIRC_ZH = """发件人: ITU SME <sme@itu.int>
发送时间: 2019年7月23日 16:05
主题: CI-19/35 成员国磋商会议：促进技术和创新型中小企业

尊敬的先生/女士：
我荣幸地邀请贵主管部门参加"促进技术和创新型中小企业"系列磋商会议。首次会议将于
2019年9月10日在匈牙利布达佩斯举行的2019年国际电联世界电信展期间召开。
请于2019年8月16日之前将被提名的与会者姓名发送至 sme@itu.int。
联系人：Christopher Clark 先生
秘书长 赵厚麟
"""


# ================================================================ MESSAGES: English

M("ken_nom", recv="2019-08-02 10:14:07 +0200", frm="Wanjiru Kamau <wkamau@ict.go.ke>", hops=2,
  subject="RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
  lang="en", kind="nomination", state="KEN",
  delegates=[D("Grace Wanjiru Kamau", "Senior Deputy Director, ICT Innovation", "wkamau@ict.go.ke")],
  sessions=["budapest-2019"], cte="quoted-printable",
  text="""Dear Mr Clark,

Kenya is pleased to express its interest in the consultation sessions on fostering tech and innovation SMEs.

The Ministry of Information, Communications and Technology nominates the following officer for the
first session in Budapest:

Name:   Ms. Grace Wanjiru Kamau
Title:  Senior Deputy Director, ICT Innovation
Email:  wkamau@ict.go.ke
Tel:    +254 20 4920000

Kind regards,
Grace Kamau
State Department for ICT & Innovation
Teleposta Towers, Nairobi

""" + quote(CIRC_EN))

M("ind_nom", recv="2019-08-09 07:41:55 +0200", frm="DDG (IR), DoT <ddgir-dot@gov.in>",
  subject="Nomination for CI-19/35 : Fostering tech and innovation SMEs",
  lang="en", kind="nomination", state="IND",
  delegates=[D("Rajesh Kumar Sharma", "Director (International Relations), Department of Telecommunications",
               "rk.sharma@gov.in")],
  sessions=["budapest-2019"], cc="Vinod Mehta <vinod.mehta@gov.in>",
  text="""Sir,

With reference to ITU Circular CI-19/35 dated 23.07.2019, the undersigned is directed to convey that the
competent authority has approved the nomination of Shri RAJESH KUMAR SHARMA, Director (International
Relations), Department of Telecommunications, for the consultation session on "Fostering tech and
innovation SMEs" to be held on 10.09.2019 at Budapest during ITU Telecom World 2019.

Contact details of the nominated officer: rk.sharma@gov.in, +91-11-23036580.

This issues with the approval of the Member (Technology).

Yours faithfully,
(Vinod Mehta)
Deputy Director General (IR)
Department of Telecommunications
Sanchar Bhawan, New Delhi
""")

M("aus_nom", recv="2019-08-12 03:20:41 +0200", frm="International Section <international@communications.gov.au>",
  subject="Australia - response to CI-19/35", lang="en", kind="nomination", state="AUS",
  delegates=[D("Emily Nguyen", "Assistant Director, International Policy", "emily.nguyen@communications.gov.au"),
             D("Tom Whitfield", "Policy Officer, Digital Economy Branch", None)],
  sessions=["budapest-2019", "cwg-2020"], date="Mon, 12 Aug 2019 11:18:02 +1000",
  html=None, cte="7bit",
  text="""Good morning,

Thank you for the invitation in CI-19/35. Australia would like to take part and nominates two officers
from the Department of Communications and the Arts:

  1. Ms Emily Nguyen, Assistant Director, International Policy (emily.nguyen@communications.gov.au)
  2. Mr Tom Whitfield, Policy Officer, Digital Economy Branch

Both will attend the Budapest session on 10 September. Ms Nguyen will also follow the consultations
held alongside the Council Working Groups early next year.

Please direct any logistical questions to this mailbox.

Regards

International Section | Department of Communications and the Arts
GPO Box 2154 Canberra ACT 2601
------------------------------------------------------------------------------------------------
IMPORTANT: This message, and any attachments to it, contains information that may be confidential
or subject to legal privilege. If you are not the intended recipient, please notify the sender and
delete the message.
""")

M("nga_nom_late", recv="2019-08-19 11:02:13 +0200", frm="Ibrahim Abubakar <abubakar.ibrahim1974@gmail.com>",
  relay="mail-sor-f65.google.com",
  subject="Re: Fwd: CI-19/35 Fostering tech and innovation SMEs", lang="en", kind="nomination", state="NGA",
  delegates=[D("Ibrahim Abubakar", "Deputy Director, New Media and Information Security, Nigerian Communications Commission",
               "abubakar.ibrahim1974@gmail.com")],
  sessions=["budapest-2019"], cte="quoted-printable",
  text="""Good day Sir,

Please find below my details as the nominee of the Federal Republic of Nigeria for the SME consultation in
Budapest. Apologies for the delay, the circular only reached my desk on Friday and our official server is
down, hence this personal address.

Ibrahim Abubakar
Deputy Director, New Media and Information Security, Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
+234 803 000 4411

Sent from my iPhone

> ---------- Forwarded message ---------
> From: Office of the Hon. Minister <info@commtech.gov.ng>
> Date: Fri, Aug 16, 2019 at 3:40 PM
> Subject: Fwd: CI-19/35 Fostering tech and innovation SMEs
> To: Ibrahim Abubakar <abubakar.ibrahim1974@gmail.com>
>
> For your action please. Minister has approved that you represent Nigeria.
>
""" + quote(CIRC_EN, "> > "))

M("usa_interest", recv="2019-08-15 22:47:30 +0200", frm="\"Ortiz, Daniel R\" <OrtizDR@state.gov>",
  subject="RE: CI-19/35", lang="en", kind="interest_only", state="USA",
  cte="quoted-printable",
  text="""Dear Colleagues,

The United States is interested in participating in the SME consultation sessions described in
CI-19/35. We are still finalizing who from our delegation to ITU Telecom World will cover the
Budapest session and will send a name as soon as it is confirmed.

Best,
Dan

Daniel R. Ortiz
Office of Multilateral Affairs, Bureau of Cyberspace and Digital Policy
U.S. Department of State
Sensitive But Unclassified when attachments removed
""", sessions=["budapest-2019"])

M("gbr_decline", recv="2019-08-07 16:33:10 +0100", frm="ITU Team <itu.team@culture.gov.uk>",
  subject="CI-19/35 - UK response", lang="en", kind="decline", state="GBR",
  text="""Dear Christopher,

Many thanks for the invitation to the "Fostering tech and innovation SMEs" consultation sessions.

Unfortunately the UK will not be able to send a participant to the session in Budapest, as our small
delegation to Telecom World is fully committed to other meetings that day. We would of course be happy
to share written input on our SME support schemes if that would be useful.

With best wishes,

Harriet Coles
International Telecoms Policy | Department for Digital, Culture, Media & Sport
100 Parliament Street, London SW1A 2BQ
""")

M("can_inquiry", recv="2019-07-30 19:05:44 +0200", frm="Sophie Tremblay <sophie.tremblay@canada.ca>",
  subject="Question - CI-19/35 remote participation?", lang="en", kind="inquiry", state="CAN",
  text="""Hello,

Before we nominate someone for the 10 September SME session, could you let us know whether remote
participation will be possible? Our Telecom World delegation is very small this year and we are trying
to work out whether someone from Ottawa could join online instead.

Also, will the session be held in English only?

Thanks in advance,

Sophie Tremblay
Senior Policy Analyst | Analyste principale des politiques
International Telecommunications Policy | Innovation, Science and Economic Development Canada
Gouvernement du Canada | Government of Canada
""")

M("phl_html", recv="2019-08-14 05:12:09 +0200", frm="DICT International Cooperation <intl.coop@dict.gov.ph>",
  subject="Nomination - CI-19/35 SME Consultation Session", lang="en", kind="nomination", state="PHL",
  delegates=[D("Maria Cristina Dela Cruz", "Director IV, ICT Industry Development Bureau", "mcdelacruz@dict.gov.ph"),
             D("Jose Ramon Villanueva", "Information Technology Officer III", "jr.villanueva@dict.gov.ph")],
  sessions=["budapest-2019"], cte="base64",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Sir/Madam,</p>
<p>Greetings from the Department of Information and Communications Technology!</p>
<p>In response to Circular CI-19/35, the Philippines is pleased to nominate the following for the consultation
session on <i>Fostering tech and innovation SMEs</i> on 10 September 2019 in Budapest:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Name</th><th>Position</th><th>E-mail</th></tr>
<tr><td>Dir. Maria Cristina Dela&nbsp;Cruz</td><td>Director IV, ICT Industry Development Bureau</td><td><a href="mailto:mcdelacruz@dict.gov.ph">mcdelacruz@dict.gov.ph</a></td></tr>
<tr><td>Engr. Jose Ramon Villanueva</td><td>Information Technology Officer III</td><td><a href="mailto:jr.villanueva@dict.gov.ph">jr.villanueva@dict.gov.ph</a></td></tr>
</table>
<p>Thank you and warm regards,</p>
<p><b>Atty. Ella Marie Santos</b><br>OIC, International Cooperation Division<br>DICT, C.P. Garcia Ave., Diliman, Quezon City</p>
</body></html>
""")

M("zaf_nom", recv="2019-08-05 12:00:31 +0200", frm="Thabo Nkosi <tnkosi@dtps.gov.za>",
  subject="South Africa: nomination CI-19/35", lang="en", kind="nomination", state="ZAF",
  delegates=[D("Lindiwe Mokoena", "Chief Director: ICT Enterprise Development", "lmokoena@dtps.gov.za")],
  sessions=["budapest-2019"],
  text="""Dear ITU Secretariat

South Africa nominates Ms Lindiwe Mokoena, Chief Director: ICT Enterprise Development
(lmokoena@dtps.gov.za), to participate in the first consultation session on fostering tech and
innovation SMEs during ITU Telecom World 2019.

Kind regards
Thabo Nkosi
Director: International Affairs and Trade
Department of Telecommunications and Postal Services
""")

M("zaf_corr", recv="2019-08-22 09:47:02 +0200", frm="Thabo Nkosi <tnkosi@dtps.gov.za>",
  subject="RE: South Africa: nomination CI-19/35 - CHANGE OF NOMINEE", lang="en", kind="correction", state="ZAF",
  delegates=[D("Sipho Dlamini", "Director: SMME Support Programmes", "sdlamini@dtps.gov.za")],
  sessions=["budapest-2019"], supersedes="zaf_nom",
  text="""Dear ITU Secretariat

Please note that Ms Lindiwe Mokoena is no longer able to travel to Budapest. She will be replaced by
Mr Sipho Dlamini, Director: SMME Support Programmes, sdlamini@dtps.gov.za.

Kindly update your records accordingly and accept our apologies for any inconvenience.

Regards
Thabo Nkosi
Director: International Affairs and Trade

-----Original Message-----
From: Thabo Nkosi
Sent: Monday, 05 August 2019 11:58
To: sme@itu.int
Subject: South Africa: nomination CI-19/35

Dear ITU Secretariat

South Africa nominates Ms Lindiwe Mokoena, Chief Director: ICT Enterprise Development
(lmokoena@dtps.gov.za), to participate in the first consultation session on fostering tech and
innovation SMEs during ITU Telecom World 2019.
""")

M("jam_self", recv="2019-08-16 23:41:18 +0200", frm="Marcia Thompson <mthompson@mset.gov.jm>",
  date="Fri, 16 Aug 2019 16:40:55 -0500",
  subject="Jamaica - CI-19/35 participation", lang="en", kind="nomination", state="JAM",
  delegates=[D("Marcia Thompson", "Director, Telecommunications Policy", "mthompson@mset.gov.jm")],
  sessions=["budapest-2019", "wsis-2020"],
  text="""Dear Mr. Clark,

Jamaica welcomes the initiative and would like to take part. I will be in Budapest for Telecom World
and will attend the session on 10 September on behalf of the Ministry. Please also register our
interest for the session at the WSIS Forum next year; I expect to attend that one as well.

Respectfully,

Marcia Thompson
Director, Telecommunications Policy
Ministry of Science, Energy and Technology
PCJ Building, 36 Trafalgar Road, Kingston 10
mthompson@mset.gov.jm | (876) 929-8990
""")

M("sgp_nom", recv="2019-08-13 08:05:59 +0200", frm="Tan Wei Ling (IMDA) <TAN_Wei_Ling@imda.gov.sg>",
  cc="LIM Boon Hock (IMDA) <LIM_Boon_Hock@imda.gov.sg>;; Singapore Mission Geneva <singapore_gva@mfa.sg>",
  subject="[SG] Reply to ITU CI-19/35", lang="en", kind="nomination", state="SGP",
  delegates=[D("Ong Jia Hui", "Assistant Director (International), Infocomm Media Development Authority",
               "ONG_Jia_Hui@imda.gov.sg")],
  sessions=["budapest-2019"], cte="quoted-printable",
  text="""Dear Sir/Mdm,

Singapore would like to nominate Ms ONG Jia Hui, Assistant Director (International), Infocomm Media
Development Authority (ONG_Jia_Hui@imda.gov.sg) to attend the first consultation session.

My colleague Mr LIM Boon Hock (cc'd) remains the contact point for our overall Telecom World
delegation.

Best regards,
TAN Wei Ling (Ms)
Manager, International Relations
Infocomm Media Development Authority (IMDA)

CONFIDENTIAL: This email and any files transmitted with it are confidential and intended solely for the
use of the individual or entity to whom they are addressed. If you have received this email in error
please notify the sender immediately.
""")

M("pak_nom", recv="2019-08-08 13:26:44 +0200", frm="Member (Telecom) MoITT <member.telecom@moitt.gov.pk>",
  subject="NOMINATION : ITU Consultation Session on SMEs, Budapest", lang="en", kind="nomination", state="PAK",
  delegates=[D("M. A. Khan", "Joint Secretary (Telecom)", "ma.khan@moitt.gov.pk")],
  sessions=["budapest-2019"],
  text="""Dear Sir,

Reference ITU Circular No. CI-19/35 dated 23rd July 2019.

2.  Ministry of IT & Telecom, Government of Pakistan, hereby nominates Mr. M. A. Khan, Joint Secretary
(Telecom), ma.khan@moitt.gov.pk, to participate in the subject consultation session scheduled on
10th September 2019 at Budapest, Hungary.

3.  All expenses will be borne by the Government of Pakistan.

Regards,

Section Officer (ITU)
for Member (Telecom)
""")

M("gha_fwd", recv="2019-08-14 15:18:22 +0200", frm="Permanent Mission of Ghana Geneva <info@ghanamission.ch>",
  subject="Fwd: Ghana nomination - CI-19/35", lang="en", kind="nomination", state="GHA",
  delegates=[D("Kwame Asante-Boateng", "Principal Programme Officer, Ministry of Communications",
               "kasante-boateng@moc.gov.gh")],
  sessions=["budapest-2019"],
  body=multipart("mixed", [
      part("text/plain", """Dear Sir/Madam,

The Permanent Mission of the Republic of Ghana to the United Nations Office and other International
Organisations in Geneva presents its compliments to the ITU Secretariat and has the honour to forward
herewith the nomination received from the Ministry of Communications, Accra.

Kofi Mensah-Agyei
Counsellor
"""),
      raw_part(["Content-Type: message/rfc822", "Content-Disposition: inline"],
               b"""From: Ministry of Communications <info@moc.gov.gh>
To: Permanent Mission of Ghana Geneva <info@ghanamission.ch>
Subject: Nomination for ITU SME consultation
Date: Tue, 13 Aug 2019 10:02:11 +0000
Message-ID: <20190813100211.77a1@moc.gov.gh>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dear Counsellor,

Kindly transmit to the ITU (sme@itu.int) the nomination of Mr. Kwame Asante-Boateng, Principal
Programme Officer, Ministry of Communications (kasante-boateng@moc.gov.gh) for the SME consultation
session at ITU Telecom World 2019, Budapest.

The Hon. Minister, Mrs. Ursula Owusu-Ekuful, has approved the nomination.

Chief Director
Ministry of Communications
"""),
  ], "mix_gha_31a7"))

M("uga_nom", recv="2019-08-06 09:12:00 +0200", frm="Patience Nakato <pnakato@ict.go.ug>",
  subject="Uganda nomination, ITU SME sessions", lang="en", kind="nomination", state="UGA",
  delegates=[D("Patience Nakato", "Commissioner, Information Technology", "pnakato@ict.go.ug"),
             D("Robert Semakula", "Principal ICT Officer", "rssemakula@ict.go.ug")],
  sessions=["budapest-2019"],
  text="""Dear Sir,

Uganda is nominating the following for the session in Budapest:

Patience Nakato - Commissioner, Information Technology - pnakato@ict.go.ug
Robert Semakula - Principal ICT Officer - rssemakula@ict.go.ug

Regards,
Patience Nakato
Commissioner, Information Technology
Ministry of ICT and National Guidance, Kampala
""")

M("uga_corr", recv="2019-08-07 08:30:19 +0200", frm="Patience Nakato <pnakato@ict.go.ug>",
  subject="RE: Uganda nomination, ITU SME sessions - correction", lang="en", kind="correction", state="UGA",
  delegates=[D("Patience Nakato", "Commissioner, Information Technology", "pnakato@ict.go.ug"),
             D("Robert Ssemakula", "Principal ICT Officer", "rssemakula@ict.go.ug")],
  sessions=["budapest-2019"], supersedes="uga_nom",
  text="""Dear Sir,

Kindly note a typing error in our mail of yesterday: the second nominee's surname is spelt
SSEMAKULA (double S). The corrected list is:

Patience Nakato - Commissioner, Information Technology - pnakato@ict.go.ug
Robert Ssemakula - Principal ICT Officer - rssemakula@ict.go.ug

Regards,
Patience Nakato
""")

M("bwa_nom", recv="2019-08-15 10:10:10 +0200", frm="BOCRA International Affairs <intaffairs@bocra.org.bw>",
  subject="Botswana Nomination - SME consultation sessions", lang="en", kind="nomination", state="BWA",
  delegates=[D("Kagiso Molefe", "Manager, Broadband and Universal Service", "kmolefe@bocra.org.bw")],
  sessions=["budapest-2019", "wsis-2020"],
  html="""<div dir="ltr"><p>Dear ITU Secretariat,</p>
<p>Botswana Communications Regulatory Authority, on behalf of the Government of Botswana, nominates
Mr Kagiso Molefe, Manager, Broadband and Universal Service (kmolefe@bocra.org.bw) for the first and the
third of the consultation sessions listed in the circular. We are not in a position to commit to the
second one yet.</p>
<p>Kind regards,<br>Onkemetse Ramotswa<br>International Affairs</p></div>
""", text="""Dear ITU Secretariat,

Botswana Communications Regulatory Authority, on behalf of the Government of Botswana, nominates
Mr Kagiso Molefe, Manager, Broadband and Universal Service (kmolefe@bocra.org.bw) for the first and the
third of the consultation sessions listed in the circular. We are not in a position to commit to the
second one yet.

Kind regards,
Onkemetse Ramotswa
International Affairs
""")

M("tto_interest_late", recv="2019-08-20 16:55:02 +0200", frm="Ministry of Public Administration <mpa.international@gov.tt>",
  subject="CI-19/35 Trinidad and Tobago", lang="en", kind="interest_only", state="TTO",
  text="""Good day,

The Ministry of Public Administration of the Republic of Trinidad and Tobago wishes to signal its
interest in the ITU consultation on tech and innovation SMEs planned alongside the Council Working
Group meetings in early 2020 (we will not be represented at Telecom World). A participant will be identified in due course.

Regards,
International Affairs Unit
""", sessions=["cwg-2020"])

M("univ_nom", recv="2019-08-10 14:44:00 +0200", frm="Prof. Helen Achieng <hachieng@strathmore.edu>",
  subject="Participation in SME consultation (CI-19/35)", lang="en", kind="nomination", state=None,
  delegates=[D("Helen Achieng", "Director, iLabAfrica", "hachieng@strathmore.edu")],
  sessions=["budapest-2019"],
  text="""Dear Sir/Madam,

As an ITU Academia member we saw circular CI-19/35 on the ITU website and would like to contribute to
the first consultation in Budapest. I would attend personally for our university.

I understand the sessions are primarily for Member States; please let me know if academia participation
is not appropriate.

Prof. Helen Achieng
Director, iLabAfrica
Strathmore University, Nairobi
hachieng@strathmore.edu | +254 703 034 000
""")

M("sme_assoc_inq", recv="2019-08-01 11:19:31 +0200", frm="Info - Digital SME Alliance <office@digitalsme-alliance.example.eu>",
  subject="CI-19/35 - can industry associations join?", lang="en", kind="inquiry", state=None,
  text="""Dear ITU team,

We represent over 20,000 ICT SMEs across Europe. A member of our network forwarded circular CI-19/35.
Could you tell us whether associations representing SMEs may observe the Budapest consultation, or
whether it is reserved for Member States? We would also like to know more about the new SME
associate fee applicable from January 2020.

Best regards,
Katrin Albers
Policy Officer
""")

M("ooo_en", recv="2019-07-24 09:01:12 +0200", frm="Jean-Paul Mukendi <jp.mukendi@arptc.gouv.cd>",
  subject="Automatic reply: CI-19/35 - Consultation sessions for Member States", lang="en", kind="auto_reply", state=None,
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  text="""I am out of the office until 5 August 2019 with limited access to e-mail.
For urgent matters please contact Mrs. Chantal Ilunga (c.ilunga@arptc.gouv.cd).
""")

M("bounce_en", recv="2019-07-23 16:07:40 +0200", frm="Mail Delivery System <MAILER-DAEMON@mx2.itu.int>",
  relay="localhost", subject="Undelivered Mail Returned to Sender", lang="en", kind="bounce", state=None,
  mid="<20190723140740.5C1B8E0012@mx2.itu.int>", to="sme@itu.int",
  extra=["Auto-Submitted: auto-replied"],
  body=multipart("report", [
      part("text/plain", """This is the mail system at host mx2.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<sg@mtc.gov.example>: host mail.mtc.gov.example[203.0.113.8] said: 550 5.1.1
    <sg@mtc.gov.example>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""", "us-ascii", "7bit", extra=["Content-Description: Notification"]),
      raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
               b"""Reporting-MTA: dns; mx2.itu.int
X-Postfix-Queue-ID: 5C1B8E0012
Arrival-Date: Tue, 23 Jul 2019 16:05:31 +0200 (CEST)

Final-Recipient: rfc822; sg@mtc.gov.example
Original-Recipient: rfc822;sg@mtc.gov.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.mtc.gov.example
Diagnostic-Code: smtp; 550 5.1.1 <sg@mtc.gov.example>: Recipient address
    rejected: User unknown in virtual mailbox table
"""),
      raw_part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
               b"""From: ITU SME <sme@itu.int>
To: sg@mtc.gov.example
Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs
Date: Tue, 23 Jul 2019 16:05:02 +0200
Message-ID: <CI-19-35.0412@itu.int>
"""),
  ], "bnd_5C1B8E0012", '; report-type=delivery-status'))

M("spam_en", recv="2019-08-03 02:14:55 +0200", frm="Global Events Team <noreply@conf-registry.example.com>",
  subject="FINAL CALL: List your company in the 2019 World Telecom Exhibitors Directory",
  lang="en", kind="unrelated", state=None, cte="quoted-printable",
  html="""<html><body><table width="600" align="center"><tr><td>
<h2 style="color:#0a4">Dear Exhibitor,</h2>
<p>Is your company listed correctly in the <b>2019 World Telecom Exhibitors Directory</b>? Update your entry
today for only EUR 1,271 per year. Failure to update may result in your company details being outdated.</p>
<p><a href="http://conf-registry.example.com/update?id=88213">UPDATE MY LISTING</a></p>
<p style="font-size:8pt">To unsubscribe reply REMOVE. Global Events Registry Ltd., Panama.</p>
</td></tr></table></body></html>
""")

M("newsletter_en", recv="2019-08-21 07:00:03 +0200", frm="ITU News <itunews@itu.int>", relay="lists.itu.int",
  subject="ITU News weekly: 5G, AI for Good, Telecom World programme announced", lang="en",
  kind="unrelated", state=None, extra=["List-Unsubscribe: <mailto:itunews-unsubscribe@itu.int>", "Precedence: bulk"],
  text="""ITU News | Weekly digest

* ITU Telecom World 2019 programme announced: more than 100 sessions in Budapest, 9-12 September
* How can AI help achieve the SDGs? Highlights from the AI for Good Global Summit
* New ITU-T standard for 5G fronthaul approved

You are receiving this e-mail because you subscribed to ITU News.
""")

M("tza_late_corr_unrelated", recv="2019-08-28 10:30:00 +0200", frm="Zanzibar ICT Office <ict@zanzibar.go.tz>",
  subject="Invitation letter for WTDC preparatory meeting visa", lang="en", kind="unrelated", state=None,
  text="""Dear Sir/Madam,

We kindly request an invitation letter for visa purposes for our officer attending the Regional
Preparatory Meeting for WTDC-21 for Africa. Her passport copy is attached to our earlier mail.

Regards,
Ameir Haji
""")


# ================================================================ French

M("sen_nom", recv="2019-08-12 18:22:37 +0200", frm="Direction des Télécommunications <dt@numerique.gouv.sn>",
  subject="Désignation – Circulaire CI-19/35", lang="fr", kind="nomination", state="SEN",
  charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
  delegates=[D("Mamadou Diop", "Chef de la Division Économie numérique", "mamadou.diop@numerique.gouv.sn",
               aliases=["DIOP Mamadou"])],
  sessions=["budapest-2019"],
  text="""Monsieur le Secrétaire général,

Suite à votre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous informer que le Sénégal
est intéressé par les sessions de consultation sur la promotion des PME du secteur technologique.

Est désigné pour la première session (Budapest, 10 septembre 2019) :
  - M. DIOP Mamadou, Chef de la Division Économie numérique
    Courriel : mamadou.diop@numerique.gouv.sn

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Le Directeur des Télécommunications
Abdoulaye Ndiaye
Ministère de l'Économie numérique et des Télécommunications
""")

M("fra_nom", recv="2019-08-14 11:47:05 +0200", frm="Claire Lefèvre <claire.lefevre@finances.gouv.fr>",
  subject="RE: CI-19/35 – sessions de consultation PME", lang="fr", kind="nomination", state="FRA",
  cc="Représentation permanente de la France <rp.geneve@diplomatie.gouv.fr>",
  delegates=[D("Antoine Mercier", "chargé de mission affaires internationales, Direction générale des Entreprises",
               "antoine.mercier@finances.gouv.fr")],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"], cte="quoted-printable",
  text="""Bonjour,

La France remercie l'UIT pour cette initiative. Nous souhaitons participer à l'ensemble du cycle de
consultations : la session de Budapest, celle prévue en marge des groupes de travail du Conseil
début 2020 et celle du Forum du SMSI.

Notre représentant sera M. Antoine Mercier, chargé de mission affaires internationales, Direction
générale des Entreprises (antoine.mercier@finances.gouv.fr).

Bien cordialement,

Claire Lefèvre
Cheffe du bureau des affaires européennes et internationales
Direction générale des Entreprises – Ministère de l'Économie et des Finances

""" + quote(CIRC_FR))

M("civ_interest", recv="2019-08-16 17:30:00 +0000", frm="ARTCI <courrier@artci.ci>",
  subject="Circulaire CI-19/35 : manifestation d'intérêt", lang="fr", kind="interest_only", state="CIV",
  charset="windows-1252", cte="8bit", hcs="windows-1252",
  text="""Madame, Monsieur,

L'Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI), au nom de la République
de Côte d'Ivoire, vous fait part de son intérêt pour les sessions de consultation « Promouvoir les PME
de la technologie et de l'innovation ».

Le nom de notre participant à la session de Budapest vous sera communiqué dans les meilleurs délais.

Cordialement,
Le Service Coopération internationale
""", sessions=["budapest-2019"])

M("bel_nom", recv="2019-08-09 14:02:51 +0200", frm="IBPT - BIPT International <international@bipt.be>",
  subject="CI-19/35 - Belgique", lang="fr", kind="nomination", state="BEL",
  delegates=[D("Nathalie Vandenberghe", "Conseiller, Relations internationales", "nathalie.vandenberghe@bipt.be"),
             D("Pieter De Smet", None, "pieter.desmet@economie.fgov.be")],
  sessions=["budapest-2019"],
  text="""Madame, Monsieur,

En réponse à la circulaire CI-19/35, la Belgique participera à la session du 10 septembre.
Participants :
- Mme Nathalie Vandenberghe, Conseiller, Relations internationales, IBPT (nathalie.vandenberghe@bipt.be)
- M. Pieter De Smet, SPF Économie (pieter.desmet@economie.fgov.be)

Pour toute question pratique, veuillez contacter Mme Sarah Lambert au +32 2 226 88 88.

Salutations distinguées,
Luc Van Damme
Directeur, IBPT
""")

M("tun_nom", recv="2019-08-11 10:55:12 +0100", frm="Ministère des TIC <cooperation@mtcen.gov.tn>",
  subject="Re: CI-19/35 Participation de la Tunisie", lang="fr", kind="nomination", state="TUN",
  charset="iso-8859-1", cte="base64", hcs="iso-8859-1",
  delegates=[D("Leïla Ben Salah", "Directrice générale de l'Économie numérique", "leila.bensalah@mtcen.gov.tn",
               aliases=["BEN SALAH Leïla"])],
  sessions=["budapest-2019"],
  text="""Monsieur,

Suite à votre invitation, j'ai l'honneur de vous communiquer la candidature de Mme BEN SALAH Leïla,
Directrice générale de l'Économie numérique (leila.bensalah@mtcen.gov.tn), pour représenter la
Tunisie lors de la première session de consultation qui se tiendra à Budapest.

Cette désignation a été approuvée par Monsieur le Ministre, M. Anouar Maarouf.

Cordialement,
Direction de la Coopération internationale
""")

M("cmr_nom", recv="2019-08-03 09:09:09 +0200", frm="Minpostel Cameroun <minpostel.coop@yahoo.fr>",
  relay="sonic310-21.consmr.mail.ir2.yahoo.com",
  subject="Désignation pour la session de Budapest", lang="fr", kind="nomination", state="CMR",
  delegates=[D("Jean-Claude Essomba", "Sous-Directeur du Développement des TIC", None, aliases=["ESSOMBA Jean-Claude"])],
  sessions=["budapest-2019"],
  text="""Monsieur le Secrétaire Général,

Le Cameroun désigne M. ESSOMBA Jean-Claude, Sous-Directeur du Développement des TIC au Ministère des
Postes et Télécommunications, pour participer à la session de consultation sur les PME technologiques.

Ses coordonnées suivront.

Pour la Ministre des Postes et Télécommunications,
Le Chef de la Division de la Coopération
""")

M("cmr_corr", recv="2019-08-15 15:40:44 +0200", frm="Minpostel Cameroun <minpostel.coop@yahoo.fr>",
  relay="sonic310-21.consmr.mail.ir2.yahoo.com",
  subject="RE: Désignation pour la session de Budapest - rectificatif", lang="fr", kind="correction", state="CMR",
  delegates=[D("Jean-Claude Essomba", "Sous-Directeur du Développement des TIC", "jc.essomba@minpostel.gov.cm"),
             D("Aïssatou Bello", "Cadre à la Division de la Coopération", "a.bello@minpostel.gov.cm")],
  sessions=["budapest-2019", "cwg-2020"], supersedes="cmr_nom",
  text="""Monsieur,

Rectificatif à notre message du 3 août : la délégation camerounaise sera composée de

1) M. Jean-Claude Essomba, Sous-Directeur du Développement des TIC, jc.essomba@minpostel.gov.cm
2) Mme Aïssatou Bello, Cadre à la Division de la Coopération, a.bello@minpostel.gov.cm

Mme Bello suivra également les consultations lors des réunions des groupes de travail du Conseil en 2020.

Cordialement
""")

M("mar_inquiry", recv="2019-07-29 12:12:12 +0100", frm="ANRT Maroc <relations.internationales@anrt.ma>",
  subject="Demande de précisions – CI-19/35", lang="fr", kind="inquiry", state="MAR",
  text="""Bonjour,

Pourriez-vous nous préciser si la participation à la session de Budapest nécessite une inscription
séparée à ITU Telecom World 2019, ou si l'accès à la session est possible avec un badge de délégation
gouvernementale ? Un ordre du jour est-il déjà disponible ?

Merci d'avance,
Service des Relations internationales
Agence Nationale de Réglementation des Télécommunications
""")

M("hti_decline", recv="2019-08-13 20:01:40 +0200", frm="CONATEL <dg@conatel.gouv.ht>",
  subject="CI-19/35", lang="fr", kind="decline", state="HTI",
  text="""Monsieur le Secrétaire général,

Le Conseil National des Télécommunications (CONATEL) vous remercie de votre invitation. Pour des
raisons budgétaires, Haïti ne pourra malheureusement pas être représentée aux sessions de consultation
cette année.

Veuillez agréer l'expression de nos salutations distinguées.

Jean Marie Guillaume
Directeur général
""")

M("cod_nom_late", recv="2019-08-23 13:13:13 +0200", frm="Secrétariat Général PT-NTIC <sg.ptntic@gmail.com>",
  relay="mail-wr1-f54.google.com",
  subject="TR: Invitation aux sessions de consultation - désignation RDC", lang="fr", kind="nomination", state="COD",
  delegates=[D("Didier Kabasele Tshimanga", "Directeur des Nouvelles Technologies", "d.kabasele@ptntic.gouv.cd",
               aliases=["KABASELE TSHIMANGA Didier"]),
             D("Odette Mbuyi", "Attachée au Cabinet du Ministre", None, aliases=["MBUYI Odette"])],
  sessions=["budapest-2019"],
  text="""Bonjour,

Nous vous prions de bien vouloir enregistrer, pour la République Démocratique du Congo, les délégués
suivants pour la session de Budapest :

NOM ET POSTNOM : KABASELE TSHIMANGA Didier
FONCTION : Directeur des Nouvelles Technologies
E-MAIL : d.kabasele@ptntic.gouv.cd

NOM : MBUYI Odette
FONCTION : Attachée au Cabinet du Ministre

Veuillez excuser le retard.

Secrétaire Général a.i.
Ministère des Postes, Télécommunications et NTIC

""" + quote(CIRC_FR, ">> "))

M("mli_ooo_fr", recv="2019-07-23 16:09:02 +0000", frm="Oumar Traoré <otraore@amrtp.ml>",
  subject="Réponse automatique : CI-19/35 - Consultation sessions for Member States", lang="fr",
  kind="auto_reply", state=None, extra=["Auto-Submitted: auto-replied"], charset="iso-8859-15", cte="quoted-printable",
  hcs="iso-8859-15",
  text="""Bonjour,
Je suis en congé jusqu'au 19 août inclus. Pour toute urgence, merci de vous adresser au secrétariat
de la Direction (secretariat@amrtp.ml).
Cordialement,
Oumar Traoré
""")

M("che_nom_fr", recv="2019-08-08 08:18:49 +0200", frm="OFCOM International <international@bakom.admin.ch>",
  subject="CI-19/35 – participation de la Suisse", lang="fr", kind="nomination", state="CHE",
  delegates=[D("Frédéric Rieder", "Conseiller scientifique, Affaires internationales", "frederic.rieder@bakom.admin.ch")],
  sessions=["wsis-2020"],
  text="""Madame, Monsieur,

La Suisse salue l'organisation de ces consultations. Étant donné le calendrier chargé de Telecom World,
nous ne serons pas présents à Budapest, mais nous souhaitons participer à la session qui se tiendra
pendant le Forum du SMSI 2020 à Genève.

Nous y serons représentés par M. Frédéric Rieder, Conseiller scientifique, Affaires internationales
(frederic.rieder@bakom.admin.ch).

Meilleures salutations

Office fédéral de la communication OFCOM
Rue de l'Avenir 44, 2501 Bienne
""")


# ================================================================ Spanish

M("esp_nom", recv="2019-08-06 12:31:50 +0200", frm="Subdirección General de Relaciones Internacionales <sgri@economia.gob.es>",
  subject="Contestación a la Circular CI-19/35", lang="es", kind="nomination", state="ESP",
  charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
  delegates=[D("María José Fernández Ruiz", "Consejera Técnica de la Secretaría de Estado para el Avance Digital",
               "mjose.fernandez@economia.gob.es")],
  sessions=["budapest-2019"],
  text="""Estimados señores:

En relación con la Circular CI-19/35, España manifiesta su interés en las sesiones de consulta y designa
para la primera de ellas, que tendrá lugar en Budapest el 10 de septiembre, a Dña. María José
Fernández Ruiz, Consejera Técnica de la Secretaría de Estado para el Avance Digital
(mjose.fernandez@economia.gob.es).

Atentamente,

Alberto Gómez Salinas
Subdirector General de Relaciones Internacionales

""" + quote(CIRC_ES))

M("mex_html", recv="2019-08-15 01:25:33 +0200", frm="Unidad de Asuntos Internacionales IFT <asuntos.internacionales@ift.org.mx>",
  subject="México – designación CI-19/35", lang="es", kind="nomination", state="MEX",
  delegates=[D("Luis Alberto Ramírez Osorio", "Director de Asuntos Multilaterales", "luis.ramirez@ift.org.mx"),
             D("Andrea Sofía Gutiérrez Luna", "Subdirectora de Cooperación Técnica", "andrea.gutierrez@ift.org.mx")],
  sessions=["budapest-2019"], date="Wed, 14 Aug 2019 18:24:10 -0500", cte="quoted-printable",
  html="""<html><body>
<p>Estimado Sr. Clark:</p>
<p>Por instrucciones del Comisionado Presidente, me permito comunicar la designación de los siguientes
servidores públicos para la sesión de consulta en el marco de ITU Telecom World 2019:</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><td><b>Nombre</b></td><td><b>Cargo</b></td><td><b>Correo</b></td></tr></thead>
<tbody>
<tr><td>Lic. Luis Alberto Ramírez Osorio</td><td>Director de Asuntos Multilaterales</td><td>luis.ramirez@ift.org.mx</td></tr>
<tr><td>Mtra. Andrea Sofía Gutiérrez Luna</td><td>Subdirectora de Cooperación Técnica</td><td>andrea.gutierrez@ift.org.mx</td></tr>
</tbody></table>
<p>Sin otro particular, reciba un cordial saludo.</p>
<p>Mtro. Víctor Manuel Herrera<br>Titular de la Unidad de Asuntos Internacionales<br>Instituto Federal de Telecomunicaciones</p>
<p style="font-size:7pt;color:gray">La información contenida en este correo es confidencial.</p>
</body></html>
""")

M("arg_nom", recv="2019-08-16 21:58:40 +0000", frm="Ente Nacional de Comunicaciones <internacionales@enacom.gob.ar>",
  subject="RV: Circular CI-19/35 - ARGENTINA", lang="es", kind="nomination", state="ARG",
  delegates=[D("Martín Pereyra", "Coordinador de Asuntos Internacionales", "mpereyra@enacom.gob.ar")],
  sessions=["budapest-2019"], date="Fri, 16 Aug 2019 18:57:12 -0300",
  text="""Buenas tardes:

Argentina tiene interés en participar. Nuestro representante para la sesión de Budapest será el
Lic. Martín Pereyra, Coordinador de Asuntos Internacionales (mpereyra@enacom.gob.ar).

Saludos cordiales,

Gabriela Sosa
ENACOM
""")

M("col_nom", recv="2019-08-13 17:07:27 +0200", frm="Oficina Internacional MinTIC <internacional@mintic.gov.co>",
  subject="Designación de Colombia – Sesiones de consulta PYME", lang="es", kind="nomination", state="COL",
  delegates=[D("Carolina Restrepo Vélez", "Asesora del Viceministerio de Economía Digital", "crestrepo@mintic.gov.co"),
             D("Andrés Felipe Castaño", "Coordinador del programa Apps.co", "acastano@mintic.gov.co")],
  sessions=["budapest-2019", "wsis-2020"],
  text="""Respetados señores:

Por medio del presente, el Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia
confirma su interés en la serie de consultas. Para la primera sesión, en Budapest, asistirá la doctora
Carolina Restrepo Vélez, Asesora del Viceministerio de Economía Digital (crestrepo@mintic.gov.co).

Para la sesión que se realice en el Foro de la CMSI de 2020 designamos al señor Andrés Felipe Castaño,
Coordinador del programa Apps.co (acastano@mintic.gov.co). Si se organiza una sesión durante los
Grupos de Trabajo del Consejo, les confirmaremos más adelante si podemos participar.

Cordialmente,

Oficina de Asuntos Internacionales
Ministerio TIC – Edificio Murillo Toro, Bogotá
""")

M("chl_inquiry", recv="2019-08-02 15:45:18 +0200", frm="Subtel Chile <internacional@subtel.gob.cl>",
  subject="Consulta sobre CI-19/35", lang="es", kind="inquiry", state="CHL",
  text="""Estimados:

Quisiéramos saber si la UIT cubrirá gastos de viaje para los participantes en la sesión de Budapest o
si existe alguna beca para países en desarrollo. Asimismo, ¿es posible designar a un funcionario de la
Misión Permanente en Ginebra en lugar de alguien de la capital?

Quedamos atentos.

Departamento de Asuntos Internacionales
Subsecretaría de Telecomunicaciones
""")

M("per_interest", recv="2019-08-09 19:19:41 +0200", frm="MTC Perú – Cooperación <coopinternacional@mtc.gob.pe>",
  subject="Respuesta del Perú a la CI-19/35", lang="es", kind="interest_only", state="PER",
  charset="windows-1252", cte="8bit", hcs="windows-1252",
  text="""Señores UIT:

El Ministerio de Transportes y Comunicaciones del Perú expresa su interés en participar en las sesiones
de consulta «Fomento de las pymes de tecnología e innovación». En cuanto contemos con la autorización
de viaje correspondiente comunicaremos el nombre del participante para la sesión de Budapest.

Atentamente,
Oficina de Cooperación y Asuntos Internacionales
""", sessions=["budapest-2019"])

M("cub_nom", recv="2019-08-14 22:30:09 +0200", frm="Dirección de Relaciones Internacionales MINCOM <dri@mincom.gob.cu>",
  subject="Cuba – designación para sesión de consulta", lang="es", kind="nomination", state="CUB",
  charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
  delegates=[D("Yanelis Rodríguez Pérez", "Especialista principal de la Dirección de Informatización", "yanelis.rodriguez@mincom.gob.cu")],
  sessions=["budapest-2019"],
  text="""Estimados colegas:

El Ministerio de Comunicaciones de la República de Cuba, con la aprobación del Ministro Jorge Luis
Perdomo Di-Lella, designa a la compañera Yanelis Rodríguez Pérez, Especialista principal de la
Dirección de Informatización, correo yanelis.rodriguez@mincom.gob.cu, para la sesión del 10 de
septiembre.

Saludos,
Dirección de Relaciones Internacionales
""")

M("ury_corr", recv="2019-08-30 14:22:45 +0200", frm="URSEC Relaciones Internacionales <rrii@ursec.gub.uy>",
  subject="Modificación de la designación de Uruguay", lang="es", kind="correction", state="URY",
  delegates=[D("Federico Alonso", "Gerente de Regulación", "falonso@ursec.gub.uy")],
  sessions=["cwg-2020"], supersedes="ury_nom",
  text="""Estimados:

Les informamos que Uruguay finalmente no podrá enviar representante a Budapest. Solicitamos
sustituir nuestra designación anterior: el Ing. Federico Alonso, Gerente de Regulación
(falonso@ursec.gub.uy), participará únicamente en la consulta que se celebre junto a los
Grupos de Trabajo del Consejo a comienzos de 2020.

Saludos cordiales,
Relaciones Internacionales – URSEC
""")

M("ury_nom", recv="2019-08-12 16:00:02 +0200", frm="URSEC Relaciones Internacionales <rrii@ursec.gub.uy>",
  subject="Uruguay – CI-19/35", lang="es", kind="nomination", state="URY",
  delegates=[D("Federico Alonso", "Gerente de Regulación", "falonso@ursec.gub.uy")],
  sessions=["budapest-2019"],
  text="""Estimados:

Uruguay designa al Ing. Federico Alonso, Gerente de Regulación (falonso@ursec.gub.uy), para la primera
sesión de consulta.

Saludos cordiales,
Relaciones Internacionales – URSEC
""")

M("ecu_ooo", recv="2019-07-23 16:11:57 +0200", frm="Paola Andrade <pandrade@telecomunicaciones.gob.ec>",
  subject="Respuesta automática: CI-19/35 - Consultation sessions for Member States", lang="es",
  kind="auto_reply", state=None, extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: pandrade@telecomunicaciones.gob.ec"],
  text="""Gracias por su mensaje. Me encuentro fuera de la oficina en comisión de servicios hasta el 2 de agosto.
Para asuntos urgentes, comuníquese con el Ing. Diego Cevallos (dcevallos@telecomunicaciones.gob.ec).
""")

M("bol_decline", recv="2019-08-16 12:44:10 +0200", frm="ATT Bolivia <relacionesinternacionales@att.gob.bo>",
  subject="Re: CI-19/35", lang="es", kind="decline", state="BOL",
  text="""De nuestra consideración:

Agradecemos la invitación; sin embargo, Bolivia no participará en esta oportunidad en la sesión de
consulta de Budapest. Les deseamos éxito en el evento.

Atentamente,
Unidad de Relaciones Internacionales
Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes
""")


# ================================================================ Russian

M("rus_nom", recv="2019-08-13 14:27:36 +0200", frm="Департамент международного сотрудничества <dmc@digital.gov.ru>",
  subject="О консультационных сессиях МСЭ (CI-19/35)", lang="ru", kind="nomination", state="RUS",
  charset="koi8-r", cte="8bit", hcs="koi8-r",
  delegates=[D("Петров Алексей Викторович", "заместитель директора Департамента международного сотрудничества",
               "a.petrov@digital.gov.ru", aliases=["Петрова Алексея Викторовича"]),
             D("Смирнова Ольга Николаевна", "консультант отдела МСЭ", "o.smirnova@digital.gov.ru",
               aliases=["Смирновой Ольги Николаевны"])],
  sessions=["budapest-2019"],
  text="""Уважаемый господин Кларк!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации подтверждает
заинтересованность в участии в консультационных сессиях "Содействие МСП в области технологий и
инноваций" и выдвигает для участия в первой сессии (10 сентября 2019 г., Будапешт) кандидатуры
Петрова Алексея Викторовича (заместитель директора Департамента международного сотрудничества,
a.petrov@digital.gov.ru) и Смирновой Ольги Николаевны (консультант отдела МСЭ, o.smirnova@digital.gov.ru).

С уважением,
Директор Департамента международного сотрудничества
В.В. Никитин
""")

M("rus_corr", recv="2019-09-02 10:03:11 +0300", frm="Департамент международного сотрудничества <dmc@digital.gov.ru>",
  subject="Re: О консультационных сессиях МСЭ (CI-19/35) — изменение состава", lang="ru", kind="correction", state="RUS",
  charset="koi8-r", cte="base64", hcs="koi8-r",
  delegates=[D("Петров Алексей Викторович", "заместитель директора Департамента международного сотрудничества",
               "a.petrov@digital.gov.ru")],
  sessions=["budapest-2019"], supersedes="rus_nom",
  text="""Уважаемые коллеги,

В дополнение к нашему письму от 13 августа сообщаем, что О.Н. Смирнова не сможет принять участие
в сессии в Будапеште. Просим исключить её из списка участников. Участие Российской Федерации
обеспечит Петров Алексей Викторович (заместитель директора Департамента международного сотрудничества,
a.petrov@digital.gov.ru).

С уважением,
ДМС Минцифры России
""")

M("blr_nom", recv="2019-08-07 11:41:02 +0200", frm="Минсвязи Беларуси <mpt@mpt.gov.by>",
  subject="Участие Республики Беларусь – CI-19/35", lang="ru", kind="nomination", state="BLR",
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251",
  delegates=[D("Ковалёва Наталья Игоревна", "начальник управления информатизации", "n.kovaleva@mpt.gov.by",
               aliases=["Natalia KOVALEVA"])],
  sessions=["budapest-2019"],
  text="""Уважаемые господа!

Министерство связи и информатизации Республики Беларусь сообщает, что для участия в консультационной
сессии в Будапеште направляется:

ФИО: Ковалёва Наталья Игоревна (Natalia KOVALEVA)
Должность: начальник управления информатизации
E-mail: n.kovaleva@mpt.gov.by
Тел.: +375 17 287 87 87

Заместитель Министра
А.И. Шульган
""")

M("kaz_nom", recv="2019-08-15 09:55:55 +0600", frm="Нурлан Жумабаев <n.zhumabayev@mdai.gov.kz>",
  subject="Казахстан: ответ на циркуляр CI-19/35", lang="ru", kind="nomination", state="KAZ",
  delegates=[D("Айгерим Сериковна Бекова", "главный эксперт Департамента цифровой экономики", "a.bekova@mdai.gov.kz",
               aliases=["Айгерим Сериковны Бековой", "Бекова А.С."])],
  sessions=["wsis-2020"],
  text="""Добрый день!

Министерство цифрового развития Республики Казахстан благодарит за приглашение. К сожалению, в
Будапешт мы никого направить не сможем. Вместе с тем просим учесть кандидатуру Айгерим Сериковны
Бековой для участия в сессии на Форуме ВВУИО в 2020 году.

Контактные данные: Бекова А.С., главный эксперт Департамента цифровой экономики,
a.bekova@mdai.gov.kz, +7 7172 74 99 00.

С уважением,
Нурлан Жумабаев
Управление международного сотрудничества
""")

M("kgz_decline", recv="2019-08-12 06:30:00 +0200", frm="ГАСС КР <info@infocom.kg>",
  subject="Ответ на CI-19/35", lang="ru", kind="decline", state="KGZ",
  text="""Уважаемый г-н Генеральный секретарь!

Государственное агентство связи при Кабинете министров Кыргызской Республики благодарит МСЭ за
приглашение и с сожалением сообщает, что в этом году Кыргызская Республика не примет участия в
консультационных сессиях.

С уважением,
Директор Э. Орозбаков
""")

M("tjk_inquiry", recv="2019-08-05 08:08:08 +0200", frm="Служба связи РТ <intl@khadamotialoqa.tj>",
  subject="Вопрос по сессии в Будапеште", lang="ru", kind="inquiry", state="TJK",
  text="""Здравствуйте!

Подскажите, пожалуйста, будет ли обеспечен синхронный перевод на русский язык во время сессии
10 сентября? От этого зависит, кого мы сможем направить. И можно ли прислать кандидатуру после
16 августа?

Спасибо.
Отдел международных связей
""")

M("ru_spam", recv="2019-08-18 04:44:21 +0200", frm="Форум ЦифраБизнес <events@cifrabiz-forum.example.ru>",
  subject="Приглашаем на форум «Цифровая экономика МСП – 2019»! Скидка 30%", lang="ru",
  kind="unrelated", state=None, charset="windows-1251", cte="quoted-printable", hcs="windows-1251",
  html="""<html><body><h1>Форум «Цифровая экономика МСП – 2019»</h1>
<p>Уважаемый руководитель! Приглашаем вас и ваших сотрудников принять участие в крупнейшем форуме
для малого и среднего бизнеса. Только до 31 августа — скидка 30% на участие!</p>
<p><a href="http://cifrabiz-forum.example.ru/reg">Зарегистрироваться</a></p>
<p><small>Чтобы отписаться от рассылки, нажмите здесь.</small></p></body></html>
""")

M("arm_nom_ru", recv="2019-08-16 10:10:48 +0400", frm="Armen Hakobyan <armen.hakobyan@mtai.am>",
  subject="Re: CI-19/35", lang="ru", kind="nomination", state="ARM",
  delegates=[D("Армен Акопян", "начальник отдела международного сотрудничества", "armen.hakobyan@mtai.am",
               aliases=["Armen Hakobyan"])],
  sessions=["budapest-2019"],
  text="""Уважаемые коллеги,

Министерство высокотехнологической промышленности Республики Армения сообщает, что в сессии
10 сентября в Будапеште примет участие начальник отдела международного сотрудничества
Армен Акопян.

--
Армен Акопян | Armen Hakobyan
начальник отдела международного сотрудничества
armen.hakobyan@mtai.am

""" + quote(CIRC_RU))


# ================================================================ Arabic

M("egy_nom", recv="2019-08-11 13:05:19 +0200", frm="الإدارة العامة للعلاقات الدولية <intl@mcit.gov.eg>",
  subject="ترشيح للمشاركة في جلسة التشاور - CI-19/35", lang="ar", kind="nomination", state="EGY",
  charset="windows-1256", cte="base64", hcs="windows-1256",
  delegates=[D("محمود السيد عبد الرحمن", "مدير عام تنمية الشركات الناشئة", "m.elsayed@mcit.gov.eg",
               aliases=["Mahmoud El-Sayed Abdelrahman"])],
  sessions=["budapest-2019"],
  text="""السيد/ الأمين العام للاتحاد الدولي للاتصالات
تحية طيبة وبعد،

بالإشارة إلى الخطاب الدوري CI-19/35 المؤرخ 23 يوليو 2019، يسر وزارة الاتصالات وتكنولوجيا المعلومات
بجمهورية مصر العربية أن تعرب عن اهتمامها بجلسات التشاور، وأن ترشح للجلسة الأولى في بودابست:

السيد/ محمود السيد عبد الرحمن (Mahmoud El-Sayed Abdelrahman)
مدير عام تنمية الشركات الناشئة
البريد الإلكتروني: m.elsayed@mcit.gov.eg

وتفضلوا بقبول فائق الاحترام،
د. هالة يوسف
رئيس الإدارة العامة للعلاقات الدولية
""")

M("sau_html", recv="2019-08-14 10:40:00 +0300", frm="هيئة الاتصالات وتقنية المعلومات <ir@citc.gov.sa>",
  subject="ترشيح المملكة العربية السعودية", lang="ar", kind="nomination", state="SAU",
  delegates=[D("فيصل بن عبدالله القحطاني", "مدير إدارة المنظمات الدولية", "fqahtani@citc.gov.sa",
               aliases=["Faisal Abdullah Alqahtani"]),
             D("نورة سعد الدوسري", "أخصائي أول سياسات اقتصاد رقمي", "ndosari@citc.gov.sa")],
  sessions=["budapest-2019"], cte="base64",
  html="""<html dir="rtl"><body style="font-family:Tahoma">
<p>سعادة الأمين العام للاتحاد الدولي للاتصالات المحترم</p>
<p>السلام عليكم ورحمة الله وبركاته،</p>
<p>إشارة إلى التعميم رقم CI-19/35 بشأن جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة، نفيدكم بترشيح كل من:</p>
<table border="1" dir="rtl">
<tr><th>الاسم</th><th>المسمى الوظيفي</th><th>البريد الإلكتروني</th></tr>
<tr><td>الأستاذ/ فيصل بن عبدالله القحطاني<br><span dir="ltr">Faisal Abdullah Alqahtani</span></td><td>مدير إدارة المنظمات الدولية</td><td>fqahtani@citc.gov.sa</td></tr>
<tr><td>الأستاذة/ نورة سعد الدوسري</td><td>أخصائي أول سياسات اقتصاد رقمي</td><td>ndosari@citc.gov.sa</td></tr>
</table>
<p>وذلك لحضور الجلسة المقرر عقدها يوم 10 سبتمبر 2019 على هامش معرض تليكوم العالمي في بودابست.</p>
<p>وتقبلوا خالص التحية والتقدير،<br>إدارة العلاقات الدولية</p>
</body></html>
""")

M("are_nom", recv="2019-08-08 09:30:27 +0400", frm="TDRA International Affairs <intaffairs@tdra.gov.ae>",
  subject="RE: CI-19/35 الإمارات", lang="ar", kind="nomination", state="ARE",
  delegates=[D("مريم أحمد الشامسي", "مدير أول الشؤون الدولية", "mariam.alshamsi@tdra.gov.ae",
               aliases=["Mariam Ahmed Alshamsi"])],
  sessions=["budapest-2019", "wsis-2020"],
  text="""تحية طيبة،

تود هيئة تنظيم الاتصالات والحكومة الرقمية في دولة الإمارات العربية المتحدة المشاركة في جلسة بودابست
وكذلك في الجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات 2020، وترشح لذلك:
المهندسة مريم أحمد الشامسي - مدير أول الشؤون الدولية
Eng. Mariam Ahmed Alshamsi
mariam.alshamsi@tdra.gov.ae

مع أطيب التحيات،
إدارة الشؤون الدولية

""" + quote(CIRC_AR))

M("jor_interest", recv="2019-08-16 15:35:00 +0300", frm="وزارة الاقتصاد الرقمي والريادة <intl@modee.gov.jo>",
  subject="إبداء اهتمام - جلسات التشاور", lang="ar", kind="interest_only", state="JOR",
  charset="iso-8859-6", cte="quoted-printable", hcs="iso-8859-6",
  text="""السادة الاتحاد الدولي للاتصالات

تبدي وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية اهتمامها بالمشاركة في جلسات التشاور
الخاصة بالشركات الصغيرة والمتوسطة، وسيتم تزويدكم باسم المشارك في الجلسة الأولى في أقرب وقت ممكن.

مع الاحترام
مديرية التعاون الدولي
""", sessions=["budapest-2019"])

M("dza_nom", recv="2019-08-10 12:21:09 +0100", frm="وزارة البريد والمواصلات <cooperation@mpttn.gov.dz>",
  subject="ترشيح الجزائر", lang="ar", kind="nomination", state="DZA",
  delegates=[D("سميرة بن علي", "نائبة مدير المؤسسات الناشئة", "s.benali@mpttn.gov.dz",
               aliases=["Samira BENALI"])],
  sessions=["budapest-2019"],
  text="""سيدي الأمين العام،

يشرفني أن أحيطكم علما بأن وزارة البريد والمواصلات السلكية واللاسلكية والتكنولوجيات والرقمنة قد عينت
السيدة سميرة بن علي (Samira BENALI)، نائبة مدير المؤسسات الناشئة، لتمثيل الجزائر في الجلسة التشاورية
الأولى يوم 10 سبتمبر 2019.
البريد: s.benali@mpttn.gov.dz

تقبلوا فائق التقدير.
مدير التعاون
""")

M("omn_nom", recv="2019-08-04 08:42:12 +0400", frm="TRA Oman <intl.relations@tra.gov.om>",
  subject="ترشيح سلطنة عمان - CI-19/35", lang="ar", kind="nomination", state="OMN",
  delegates=[D("خالد بن سالم البلوشي", "مدير دائرة العلاقات الدولية", "k.albalushi@tra.gov.om")],
  sessions=["budapest-2019"],
  text="""تحية طيبة وبعد،

ترشح هيئة تنظيم الاتصالات في سلطنة عمان الفاضل/ خالد بن سالم البلوشي، مدير دائرة العلاقات الدولية،
للمشاركة في الجلسة الأولى ببودابست. البريد الإلكتروني: k.albalushi@tra.gov.om

وتفضلوا بقبول فائق الاحترام
""")

M("omn_corr", recv="2019-08-18 09:15:40 +0400", frm="TRA Oman <intl.relations@tra.gov.om>",
  subject="تعديل الترشيح - سلطنة عمان", lang="ar", kind="correction", state="OMN",
  delegates=[D("أحمد بن علي الرواحي", "أخصائي تنظيم أول", "a.alrawahi@tra.gov.om")],
  sessions=["budapest-2019"], supersedes="omn_nom",
  text="""تحية طيبة،

نود إفادتكم بتعديل ترشيحنا السابق، حيث سيشارك الفاضل/ أحمد بن علي الرواحي، أخصائي تنظيم أول،
(a.alrawahi@tra.gov.om) بدلاً من الفاضل/ خالد بن سالم البلوشي الذي تعذر عليه السفر.

مع الشكر
""")

M("qat_inquiry", recv="2019-08-01 13:00:45 +0300", frm="CRA Qatar <int@cra.gov.qa>",
  subject="استفسار بخصوص CI-19/35", lang="ar", kind="inquiry", state="QAT",
  text="""السلام عليكم،

هل يمكن ترشيح أكثر من شخص واحد للجلسة الأولى؟ وهل سيتم توفير الترجمة الفورية إلى اللغة العربية؟

شكراً لكم
إدارة العلاقات الدولية
هيئة تنظيم الاتصالات
""")

M("kwt_decline", recv="2019-08-14 11:11:11 +0300", frm="CITRA Kuwait <ir@citra.gov.kw>",
  subject="رد: CI-19/35", lang="ar", kind="decline", state="KWT",
  text="""تحية طيبة،

نشكركم على الدعوة، ونأسف لإبلاغكم بعدم تمكن دولة الكويت من المشاركة في جلسة التشاور في بودابست نظراً
لارتباطات سابقة.

مع التحية
""")

M("lbn_late", recv="2019-08-17 09:02:33 +0300", frm="وزارة الاتصالات - لبنان <moT.intl@mpt.gov.lb>",
  subject="ترشيح لبنان لجلسة التشاور", lang="ar", kind="nomination", state="LBN",
  delegates=[D("رامي جورج خوري", "مستشار وزير الاتصالات", "rkhoury@mpt.gov.lb")],
  sessions=["budapest-2019"],
  text="""حضرة السيد كريستوفر كلارك المحترم،

بناءً على موافقة معالي وزير الاتصالات محمد شقير، يسرنا ترشيح السيد رامي جورج خوري، مستشار وزير
الاتصالات، لحضور الجلسة في بودابست يوم العاشر من أيلول. البريد الإلكتروني: rkhoury@mpt.gov.lb

نعتذر عن التأخير.
مع فائق الاحترام
""")

M("irq_yahoo", recv="2019-08-12 20:20:20 +0300", frm="Haider Al-Jubouri <haider_jubouri77@yahoo.com>",
  relay="sonic314-20.consmr.mail.bf2.yahoo.com",
  subject="ترشيح العراق", lang="ar", kind="nomination", state="IRQ",
  delegates=[D("حيدر كاظم الجبوري", "مدير قسم المنظمات الدولية، وزارة الاتصالات", "haider_jubouri77@yahoo.com",
               aliases=["Haider Al-Jubouri"])],
  sessions=["budapest-2019"],
  text="""السلام عليكم

أنا حيدر كاظم الجبوري، مدير قسم المنظمات الدولية، وزارة الاتصالات العراقية. تم ترشيحي من قبل الوزارة
لحضور جلسة التشاور في بودابست. أرسل من بريدي الشخصي بسبب عطل في البريد الرسمي.

مع التقدير
Haider Al-Jubouri
haider_jubouri77@yahoo.com
Sent from Yahoo Mail for Android
""")

M("ar_ooo", recv="2019-07-23 17:20:14 +0300", frm="مكتب المدير العام <dg.office@tra.gov.ye>",
  subject="رد تلقائي: CI-19/35 - Consultation sessions for Member States", lang="ar",
  kind="auto_reply", state=None, extra=["Auto-Submitted: auto-replied"],
  text="""شكراً لرسالتكم. المكتب في إجازة عيد الأضحى المبارك حتى 18 أغسطس 2019، وسيتم الرد على رسالتكم بعد العودة.
""")


# ================================================================ Chinese

M("chn_mission_interest", recv="2019-07-31 10:26:00 +0200", frm="中国常驻日内瓦代表团 <chinamission_gva@mfa.gov.cn>",
  subject="关于CI-19/35号通函", lang="zh", kind="interest_only", state="CHN",
  charset="gbk", cte="base64", hcs="gb2312",
  text="""国际电联秘书处：

中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团向国际电联秘书处致意。

中方对"促进技术和创新型中小企业"系列磋商会议表示兴趣，出席布达佩斯首次会议的人员名单将由工业和信息化部另行通知。

顺致崇高的敬意。

中国常驻日内瓦代表团
二〇一九年七月三十一日
""", sessions=["budapest-2019"])

M("chn_nom", recv="2019-08-12 04:18:27 +0200", frm="工业和信息化部国际合作司 <gjs@miit.gov.cn>",
  subject="答复CI-19/35：中方与会人员", lang="zh", kind="nomination", state="CHN",
  charset="gb2312", cte="base64", hcs="gb2312", date="Mon, 12 Aug 2019 10:16:02 +0800",
  delegates=[D("王立华", "工业和信息化部国际合作司处长", "wanglihua@miit.gov.cn", aliases=["WANG Lihua"]),
             D("陈晓东", "中小企业发展促进中心副主任", None)],
  sessions=["budapest-2019"],
  text="""国际电联秘书处：

根据CI-19/35号通函，现将中方参加2019年9月10日布达佩斯首次磋商会议的人员通报如下：

1. 王立华（WANG Lihua），工业和信息化部国际合作司处长，邮箱：wanglihua@miit.gov.cn
2. 陈晓东，中小企业发展促进中心副主任

联系人：刘洋，电话 +86 10 6820 5000

工业和信息化部国际合作司
2019年8月12日

""" + quote(CIRC_ZH))

M("chn_corr", recv="2019-08-13 03:40:11 +0200", frm="工业和信息化部国际合作司 <gjs@miit.gov.cn>",
  subject="更正：答复CI-19/35", lang="zh", kind="correction", state="CHN",
  charset="gbk", cte="base64", hcs="gbk",
  delegates=[D("王丽华", "工业和信息化部国际合作司处长", "wanglihua@miit.gov.cn", aliases=["WANG Lihua"]),
             D("陈晓东", "中小企业发展促进中心副主任", None)],
  sessions=["budapest-2019"], supersedes="chn_nom",
  text="""国际电联秘书处：

昨日来函中第一位与会人员姓名有误，"王立华"应为"王丽华"（WANG Lihua），特此更正。与会人员名单如下：

1. 王丽华，工业和信息化部国际合作司处长，wanglihua@miit.gov.cn
2. 陈晓东，中小企业发展促进中心副主任

给您带来不便，深表歉意。

工业和信息化部国际合作司
""")

M("zh_company_inq", recv="2019-08-06 07:51:30 +0200", frm="张伟 <zhangwei@szxintong-tech.example.cn>",
  subject="咨询：中小企业能否参加磋商会议", lang="zh", kind="inquiry", state=None,
  text="""您好！

我们是深圳一家从事物联网模组研发的中小企业，看到贵方关于中小企业磋商会议的通函。请问企业能否直接
报名参加9月10日在布达佩斯的会议？2020年中小企业准部门成员的会费标准是多少？

谢谢！
张伟
深圳信通科技有限公司 国际业务部
""")

M("zh_spam", recv="2019-08-09 23:59:01 +0200", frm="发票代开 <sales@fapiao-dl.example.cn>",
  subject="代开各类发票 优惠多多", lang="zh", kind="unrelated", state=None,
  charset="gbk", cte="base64", hcs="gbk",
  text="""尊敬的经理（财务）：您好！

本公司可代开各类普通发票、增值税发票，点数优惠，保真可验证后付款。
联系电话：138-0000-0000  张先生

此信息如对您造成打扰，请谅解并删除。
""")


# ================================================================ European languages

M("deu_nom", recv="2019-08-09 10:47:15 +0200", frm="Referat VI A 1 <buero-via1@bmwi.bund.de>",
  subject="AW: CI-19/35 – Konsultationssitzungen KMU / Benennung Deutschland", lang="de", kind="nomination",
  state="DEU", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
  delegates=[D("Katharina Müller-Brandt", "Referentin, Referat Internationale Digitalpolitik",
               "katharina.mueller-brandt@bmwi.bund.de")],
  sessions=["budapest-2019"],
  text="""Sehr geehrte Damen und Herren,

Deutschland begrüßt die Initiative der ITU und nimmt an der ersten Konsultationssitzung am
10. September 2019 in Budapest teil. Als Teilnehmerin benennen wir

    Frau Dr. Katharina Müller-Brandt
    Referentin, Referat Internationale Digitalpolitik
    katharina.mueller-brandt@bmwi.bund.de

Über eine Teilnahme an den für 2020 geplanten Sitzungen entscheiden wir zu einem späteren Zeitpunkt.

Mit freundlichen Grüßen
Im Auftrag
Stefan Hoffmann

Bundesministerium für Wirtschaft und Energie
Scharnhorststraße 34-37, 10115 Berlin
""", html="""<html><body><p>Sehr geehrte Damen und Herren,</p>
<p>Deutschland begrüßt die Initiative der ITU und nimmt an der ersten Konsultationssitzung am
10. September 2019 in Budapest teil. Als Teilnehmerin benennen wir</p>
<p style="margin-left:30px">Frau Dr. Katharina Müller-Brandt<br>Referentin, Referat Internationale Digitalpolitik<br>katharina.mueller-brandt@bmwi.bund.de</p>
<p>Über eine Teilnahme an den für 2020 geplanten Sitzungen entscheiden wir zu einem späteren Zeitpunkt.</p>
<p>Mit freundlichen Grüßen<br>Im Auftrag<br>Stefan Hoffmann</p>
<p style="color:#666">Bundesministerium für Wirtschaft und Energie<br>Scharnhorststraße 34-37, 10115 Berlin</p></body></html>
""")

M("aut_interest", recv="2019-08-16 23:59:58 +0200", frm="Mag. Lukas Steiner <lukas.steiner@bmdw.gv.at>",
  subject="CI-19/35 Interessensbekundung Österreich", lang="de", kind="interest_only", state="AUT",
  text="""Sehr geehrte Damen und Herren,

hiermit bekunde ich im Namen des Bundesministeriums für Digitalisierung und Wirtschaftsstandort das
Interesse Österreichs an den Konsultationen zu Tech- und Innovations-KMU. Die Nominierung für Budapest
folgt nach Abstimmung mit dem Kabinett.

Mit besten Grüßen
Lukas Steiner
""", sessions=["budapest-2019"])

M("de_ndr", recv="2019-07-23 16:06:12 +0200", frm="Microsoft Outlook <postmaster@llv.li>",
  date="Tue, 23 Jul 2019 14:06:11 +0000",
  subject="Unzustellbar: CI-19/35 - Consultation sessions for Member States", lang="de", kind="bounce", state=None,
  body=multipart("report", [
      part("text/plain", """Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:

amt.kommunikation@llv.li
Das Postfach des Empfängers ist voll, und die Nachricht kann zurzeit nicht zugestellt werden.
Versuchen Sie, die Nachricht später erneut zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EX01.llv.li
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""", "utf-8", "quoted-printable"),
      raw_part(["Content-Type: message/delivery-status"],
               b"""Reporting-MTA: dns;EX01.llv.li
Received-From-MTA: dns;mx2.itu.int
Arrival-Date: Tue, 23 Jul 2019 14:06:10 +0000

Final-Recipient: rfc822;amt.kommunikation@llv.li
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full
"""),
      raw_part(["Content-Type: text/rfc822-headers"],
               b"""From: ITU SME <sme@itu.int>
To: amt.kommunikation@llv.li
Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs
Message-ID: <CI-19-35.0288@itu.int>
"""),
  ], "NDR_llv_4471", '; report-type=delivery-status'))

M("ita_nom", recv="2019-08-14 12:30:44 +0200", frm="Segreteria DGSCERP <dgscerp.segreteria@mise.gov.it>",
  subject="Circolare UIT CI-19/35 - designazione", lang="it", kind="nomination", state="ITA",
  delegates=[D("Giulia Rinaldi", "Dirigente Divisione III – Affari internazionali", "giulia.rinaldi@mise.gov.it",
               aliases=["RINALDI Giulia"])],
  sessions=["budapest-2019"],
  text="""Gentili Signori,

con riferimento alla circolare in oggetto, si comunica che il Ministero dello Sviluppo Economico ha
designato quale partecipante alla sessione di consultazione del 10 settembre p.v. a Budapest:

Cognome e nome: RINALDI Giulia
Qualifica: Dirigente Divisione III – Affari internazionali
E-mail: giulia.rinaldi@mise.gov.it

La designazione è stata autorizzata dal Direttore Generale, Dott.ssa Eva Spina.

Distinti saluti
La Segreteria
""")

M("smr_decline", recv="2019-08-02 09:00:00 +0200", frm="Segreteria di Stato Affari Esteri <affari.esteri@gov.sm>",
  subject="R: CI-19/35", lang="it", kind="decline", state="SMR",
  text="""Egregi Signori,

ringraziamo per il cortese invito. La Repubblica di San Marino non potrà partecipare alle sessioni di
consultazione in oggetto.

Cordiali saluti
Dipartimento Affari Esteri
""")

M("bra_nom", recv="2019-08-15 20:44:09 +0200", frm="Assessoria Internacional - Anatel <ari@anatel.gov.br>",
  subject="Indicação do Brasil – Circular CI-19/35", lang="pt", kind="nomination", state="BRA",
  charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
  delegates=[D("João Paulo Carvalho", "Especialista em Regulação, Assessoria Internacional", "joaopaulo@anatel.gov.br"),
             D("Fernanda Lima Albuquerque", "Coordenadora de Empreendedorismo Digital, MCTIC", "fernanda.albuquerque@mctic.gov.br")],
  sessions=["budapest-2019"],
  text="""Prezados,

Em resposta à Circular CI-19/35, o Brasil manifesta interesse nas sessões de consulta e indica, para a
primeira sessão (Budapeste, 10/9), os seguintes representantes:

- Sr. João Paulo Carvalho, Especialista em Regulação, Assessoria Internacional (joaopaulo@anatel.gov.br)
- Sra. Fernanda Lima Albuquerque, Coordenadora de Empreendedorismo Digital, MCTIC
  (fernanda.albuquerque@mctic.gov.br)

A participação restringe-se à sessão de Budapeste; para as sessões de 2020 faremos nova indicação
oportunamente.

Atenciosamente,
Assessoria Internacional - Anatel
""")

M("prt_nom", recv="2019-08-05 17:17:17 +0100", frm="ANACOM – Relações Internacionais <ri@anacom.pt>",
  subject="RE: CI-19/35", lang="pt", kind="nomination", state="PRT",
  delegates=[D("Inês Cardoso Moreira", "Técnica Superior, Direção de Relações Internacionais", "ines.moreira@anacom.pt")],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"],
  text="""Exmos. Senhores,

Portugal tem todo o interesse em acompanhar as três sessões de consulta anunciadas. Indicamos a
Dra. Inês Cardoso Moreira, Técnica Superior, Direção de Relações Internacionais
(ines.moreira@anacom.pt), como ponto focal e participante em todas elas.

Com os melhores cumprimentos,

Paulo Vieira
Diretor de Relações Internacionais
""" + "\n" + quote(CIRC_EN))

M("moz_late", recv="2019-08-26 08:48:30 +0200", frm="INCM Moçambique <cooperacao@incm.gov.mz>",
  subject="Indicação de participante – sessão de consulta PME", lang="pt", kind="nomination", state="MOZ",
  delegates=[D("Albino Mucavele", "Chefe do Departamento de Cooperação", "amucavele@incm.gov.mz")],
  sessions=["budapest-2019"],
  text="""Caros Senhores,

Vimos por este meio indicar o Senhor Albino Mucavele, Chefe do Departamento de Cooperação
(amucavele@incm.gov.mz), para participar na sessão de consulta em Budapeste. Pedimos desculpa pelo
atraso na resposta.

Saudações,
Instituto Nacional das Comunicações de Moçambique
""")

M("ago_inquiry", recv="2019-08-08 15:05:05 +0100", frm="Ministério das Telecomunicações <gabinete.intercambio@mtti.gov.ao>",
  subject="Pedido de esclarecimento - CI-19/35", lang="pt", kind="inquiry", state="AGO",
  text="""Exmos. Senhores,

Gostaríamos de saber se a sessão de 10 de setembro contará com interpretação para português e qual a
duração prevista. Agradecemos também o envio da agenda detalhada logo que disponível.

Gabinete de Intercâmbio Internacional
""")

M("nld_nom", recv="2019-08-12 11:11:49 +0200", frm="Agentschap Telecom <internationaal@agentschaptelecom.nl>",
  subject="Aanmelding Nederland – ITU consultatiesessie mkb (CI-19/35)", lang="nl", kind="nomination", state="NLD",
  delegates=[D("Sanne de Vries", "senior beleidsmedewerker internationale zaken", "sanne.devries@minezk.nl")],
  sessions=["budapest-2019"],
  text="""Geachte heer Clark,

Namens het Ministerie van Economische Zaken en Klimaat meld ik mevrouw Sanne de Vries, senior
beleidsmedewerker internationale zaken (sanne.devries@minezk.nl), aan voor de eerste
consultatiesessie tijdens ITU Telecom World in Boedapest.

Met vriendelijke groet,

drs. Pieter Bakker
Agentschap Telecom | Ministerie van Economische Zaken en Klimaat

Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent
of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden.
""")

M("pol_nom", recv="2019-08-13 13:31:13 +0200", frm="Departament Telekomunikacji <dt@mc.gov.pl>",
  subject="Odpowiedź na okólnik ITU CI-19/35", lang="pl", kind="nomination", state="POL",
  charset="iso-8859-2", cte="quoted-printable", hcs="iso-8859-2",
  delegates=[D("Jan Kowalski", "naczelnik wydziału współpracy międzynarodowej", "jan.kowalski@mc.gov.pl",
               aliases=["Jana Kowalskiego"])],
  sessions=["budapest-2019"],
  text="""Szanowni Państwo,

w odpowiedzi na okólnik CI-19/35 uprzejmie informuję, że Ministerstwo Cyfryzacji wyraża
zainteresowanie udziałem w sesjach konsultacyjnych i zgłasza na pierwszą sesję w Budapeszcie
Pana Jana Kowalskiego (naczelnik wydziału współpracy międzynarodowej, jan.kowalski@mc.gov.pl).

Z wyrazami szacunku
Anna Wiśniewska
Zastępca Dyrektora Departamentu Telekomunikacji
""")

M("cze_nom", recv="2019-08-15 08:40:27 +0200", frm="Ing. Tomáš Dvořák <dvorak@mpo.cz>",
  subject="CI-19/35 - nominace ČR", lang="cs", kind="nomination", state="CZE",
  charset="windows-1250", cte="8bit", hcs="windows-1250",
  delegates=[D("Petra Nováková", "vedoucí oddělení digitální ekonomiky", "novakova@mpo.cz",
               aliases=["Petru Novákovou"])],
  sessions=["budapest-2019"],
  text="""Vážení,

Ministerstvo průmyslu a obchodu České republiky nominuje na konzultační zasedání v Budapešti
paní Ing. Petru Novákovou, vedoucí oddělení digitální ekonomiky (novakova@mpo.cz).

S pozdravem
Tomáš Dvořák
odbor elektronických komunikací
""")

M("svk_decline", recv="2019-08-09 14:14:14 +0200", frm="Odbor medzinárodných vzťahov <omv@mindop.sk>",
  subject="Re: CI-19/35", lang="sk", kind="decline", state="SVK",
  charset="iso-8859-2", cte="base64", hcs="iso-8859-2",
  text="""Vážený pán Clark,

ďakujeme za pozvanie. Slovenská republika sa žiaľ konzultačných stretnutí nezúčastní, nakoľko
sa delegácia na ITU Telecom World 2019 tento rok nevysiela.

S pozdravom
Odbor medzinárodných vzťahov
Ministerstvo dopravy a výstavby SR
""")

M("hun_nom", recv="2019-08-05 10:05:05 +0200", frm="NMHH Nemzetközi Főosztály <nemzetkozi@nmhh.hu>",
  subject="CI-19/35 – magyar jelölés", lang="hu", kind="nomination", state="HUN",
  charset="iso-8859-2", cte="quoted-printable", hcs="iso-8859-2",
  delegates=[D("Nagy Péter", "főosztályvezető-helyettes", "nagy.peter@nmhh.hu", aliases=["Nagy Pétert"]),
             D("Kovács Eszter", "vezető tanácsadó", "kovacs.eszter@itm.gov.hu", aliases=["Kovács Esztert"])],
  sessions=["budapest-2019"],
  text="""Tisztelt Hölgyem/Uram!

Magyarország, mint az ITU Telecom World 2019 házigazdája, örömmel vesz részt a kkv-kkal foglalkozó
konzultációs ülésen. A szeptember 10-i budapesti ülésre dr. Nagy Pétert, a Nemzeti Média- és
Hírközlési Hatóság főosztályvezető-helyettesét (nagy.peter@nmhh.hu), valamint Kovács Esztert, az
Innovációs és Technológiai Minisztérium vezető tanácsadóját (kovacs.eszter@itm.gov.hu) jelöljük.

Üdvözlettel:
Szabó Gábor
főosztályvezető
""")

M("rou_nom", recv="2019-08-07 12:52:36 +0300", frm="ANCOM Relații Internaționale <ri@ancom.ro>",
  subject="Nominalizare România - CI-19/35", lang="ro", kind="nomination", state="ROU",
  delegates=[D("Andreea-Maria Popescu", "consilier, Direcția Relații Internaționale", "andreea.popescu@ancom.ro")],
  sessions=["budapest-2019"],
  text="""Stimate domnule Clark,

Vă comunicăm că România o desemnează pe doamna Andreea-Maria Popescu, consilier, Direcția Relații
Internaționale (andreea.popescu@ancom.ro), pentru sesiunea de consultare din 10 septembrie de la
Budapesta.

Cu stimă,
Direcția Relații Internaționale, ANCOM
""")

M("mda_interest", recv="2019-08-14 09:59:03 +0300", frm="Ministerul Economiei și Infrastructurii <relatii.externe@mei.gov.md>",
  subject="Manifestare de interes – CI-19/35", lang="ro", kind="interest_only", state="MDA",
  text="""Stimați colegi,

Republica Moldova nu va fi prezentă la Budapesta, dar este interesată să participe la sesiunea
de consultare privind IMM-urile din domeniul tehnologiei organizată în cadrul Forumului WSIS 2020.
Numele participantului va fi comunicat ulterior.

Cu respect,
Direcția relații externe
""", sessions=["wsis-2020"])

M("bgr_nom", recv="2019-08-12 15:44:21 +0300", frm="Министерство на транспорта <intl@mtitc.government.bg>",
  subject="Номинация на България – CI-19/35", lang="bg", kind="nomination", state="BGR",
  charset="windows-1251", cte="base64", hcs="windows-1251",
  delegates=[D("Десислава Иванова", "държавен експерт, дирекция „Електронни съобщения“", "dsivanova@mtitc.government.bg",
               aliases=["Desislava Ivanova"])],
  sessions=["budapest-2019"],
  text="""Уважаеми господин Кларк,

Република България определя г-жа Десислава Иванова (Desislava Ivanova), държавен експерт, дирекция
„Електронни съобщения“ (dsivanova@mtitc.government.bg) за участие в първата консултативна сесия в
Будапеща.

С уважение,
Министерство на транспорта, информационните технологии и съобщенията
""")

M("srb_nom", recv="2019-08-13 16:06:55 +0200", frm="Министарство трговине, туризма и телекомуникација <kabinet@mtt.gov.rs>",
  subject="Номинација Републике Србије", lang="sr", kind="nomination", state="SRB",
  delegates=[D("Милош Јовановић", "виши саветник у Сектору за информационо друштво", "milos.jovanovic@mtt.gov.rs",
               aliases=["Miloš Jovanović"])],
  sessions=["budapest-2019"],
  text="""Поштовани,

Министарство трговине, туризма и телекомуникација Републике Србије за консултативну сесију у
Будимпешти 10. септембра 2019. године предлаже:

Милош Јовановић / Miloš Jovanović
виши саветник у Сектору за информационо друштво
milos.jovanovic@mtt.gov.rs

С поштовањем,
Кабинет министра
""")

M("hrv_nom", recv="2019-08-16 08:01:01 +0200", frm="HAKOM <medjunarodna@hakom.hr>",
  subject="Prijava Republike Hrvatske – CI-19/35", lang="hr", kind="nomination", state="HRV",
  charset="iso-8859-2", cte="quoted-printable", hcs="iso-8859-2",
  delegates=[D("Ana Horvat", "voditeljica Službe za međunarodnu suradnju", "ana.horvat@hakom.hr", aliases=["Anu Horvat"])],
  sessions=["budapest-2019", "cwg-2020"],
  text="""Poštovani,

Republika Hrvatska za sjednicu u Budimpešti te za sjednicu tijekom sastanaka radnih skupina Vijeća
2020. godine imenuje gospođu Anu Horvat, voditeljicu Službe za međunarodnu suradnju.

Kontakt: Ana Horvat, voditeljica Službe za međunarodnu suradnju, ana.horvat@hakom.hr, +385 1 7007 007

Lijep pozdrav,
Hrvatska regulatorna agencija za mrežne djelatnosti
""")

M("svn_inquiry", recv="2019-08-01 10:34:00 +0200", frm="AKOS <info.akos@akos-rs.si>",
  subject="Vprašanje glede okrožnice CI-19/35", lang="sl", kind="inquiry", state="SVN",
  charset="iso-8859-2", cte="quoted-printable", hcs="iso-8859-2",
  text="""Spoštovani,

zanima nas, ali bodo posvetovanja v Budimpešti odprta tudi za predstavnike malih in srednjih podjetij,
ki bi jih država povabila v svojo delegacijo, ali samo za predstavnike uprav. Prosimo za pojasnilo.

Lep pozdrav,
Sektor za mednarodno sodelovanje
Agencija za komunikacijska omrežja in storitve RS
""")

M("ukr_nom", recv="2019-08-14 17:25:09 +0300", frm="Мінцифри України <intl@thedigital.gov.ua>",
  subject="Щодо циркуляра МСЕ CI-19/35", lang="uk", kind="nomination", state="UKR",
  charset="koi8-u", cte="8bit", hcs="koi8-u",
  delegates=[D("Олександр Шевченко", "начальник відділу міжнародного співробітництва", "o.shevchenko@thedigital.gov.ua",
               aliases=["Олександра Шевченка"])],
  sessions=["budapest-2019"],
  text="""Шановний пане Кларк!

Міністерство цифрової трансформації України висловлює зацікавленість у консультаційних сесіях щодо
підтримки технологічних та інноваційних МСП і пропонує кандидатуру пана Олександра Шевченка для участі
у першій сесії в Будапешті.

Контактні дані: начальник відділу міжнародного співробітництва, o.shevchenko@thedigital.gov.ua

З повагою,
Заступник Міністра
""")

M("grc_nom", recv="2019-08-16 22:10:00 +0300", frm="Γενική Γραμματεία Τηλεπικοινωνιών <intl@mindigital.gr>",
  subject="Ορισμός συμμετέχοντα – Εγκύκλιος ITU CI-19/35", lang="el", kind="nomination", state="GRC",
  charset="iso-8859-7", cte="quoted-printable", hcs="iso-8859-7",
  delegates=[D("Γεώργιος Παπαδόπουλος", "Προϊστάμενος Τμήματος Διεθνών Σχέσεων", "g.papadopoulos@mindigital.gr",
               aliases=["Γεώργιο Παπαδόπουλο", "Georgios Papadopoulos"])],
  sessions=["budapest-2019"],
  text="""Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, η Ελλάδα ορίζει τον κ. Γεώργιο Παπαδόπουλο (Georgios
Papadopoulos), Προϊστάμενος Τμήματος Διεθνών Σχέσεων, g.papadopoulos@mindigital.gr, για τη
συνεδρία της 10ης Σεπτεμβρίου στη Βουδαπέστη.

Με εκτίμηση,
Γενική Γραμματεία Τηλεπικοινωνιών και Ταχυδρομείων
""")

M("tur_nom", recv="2019-08-12 09:27:27 +0300", frm="BTK Uluslararası İlişkiler <uluslararasi@btk.gov.tr>",
  subject="CI-19/35 sayılı genelge hk. – Türkiye katılımcısı", lang="tr", kind="nomination", state="TUR",
  charset="iso-8859-9", cte="quoted-printable", hcs="iso-8859-9",
  delegates=[D("Ayşe Gül Yıldırım", "Uluslararası İlişkiler Dairesi Başkanlığı, Uzman", "aysegul.yildirim@btk.gov.tr"),
             D("Mehmet Çelik", "Şube Müdürü, Ulaştırma ve Altyapı Bakanlığı", "mehmet.celik@uab.gov.tr")],
  sessions=["budapest-2019"],
  text="""Sayın Yetkili,

İlgi genelge kapsamında 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek istişare oturumuna
Türkiye'yi temsilen aşağıdaki kişilerin katılması uygun görülmüştür:

1) Ayşe Gül Yıldırım - Uluslararası İlişkiler Dairesi Başkanlığı, Uzman - aysegul.yildirim@btk.gov.tr
2) Mehmet Çelik - Şube Müdürü, Ulaştırma ve Altyapı Bakanlığı - mehmet.celik@uab.gov.tr

Bilgilerinize arz ederim.
Dr. Ömer Abdullah Karagözoğlu
Kurum Başkanı
""")

M("fin_nom", recv="2019-08-08 13:48:02 +0300", frm="Liikenne- ja viestintäministeriö <kirjaamo@lvm.fi>",
  subject="Vastaus ITU:n kiertokirjeeseen CI-19/35", lang="fi", kind="nomination", state="FIN",
  delegates=[D("Mikko Virtanen", "neuvotteleva virkamies", "mikko.virtanen@lvm.fi", aliases=["Mikko Virtasen"])],
  sessions=["budapest-2019"],
  text="""Hyvä vastaanottaja,

Suomi on kiinnostunut pk-yrityksiä koskevista konsultaatioista. Liikenne- ja viestintäministeriö
nimeää Budapestin istuntoon Mikko Virtasen (neuvotteleva virkamies, mikko.virtanen@lvm.fi).

Ystävällisin terveisin
Kansainvälisten asioiden yksikkö
""")

M("swe_nom", recv="2019-08-09 15:30:30 +0200", frm="PTS Internationella enheten <internationella@pts.se>",
  subject="SV: CI-19/35 – nominering Sverige", lang="sv", kind="nomination", state="SWE",
  delegates=[D("Karin Lindqvist", "handläggare, Internationella enheten", "karin.lindqvist@pts.se")],
  sessions=["budapest-2019"],
  text="""Hej,

Sverige anmäler Karin Lindqvist, handläggare, Internationella enheten (karin.lindqvist@pts.se), till
konsultationsmötet den 10 september i Budapest. Vår generaldirektör Dan Sjöblom har godkänt
deltagandet.

Med vänliga hälsningar
Erik Johansson
Post- och telestyrelsen

""" + quote(CIRC_EN))

M("dnk_interest", recv="2019-08-13 10:20:20 +0200", frm="Erhvervsstyrelsen <international@erst.dk>",
  subject="Danmarks interesse – CI-19/35", lang="da", kind="interest_only", state="DNK",
  text="""Kære ITU-sekretariat

Danmark er interesseret i at deltage i konsultationsrækken om SMV'er inden for teknologi og innovation.
Vi vender tilbage med navnet på vores deltager til mødet i Budapest hurtigst muligt.

Med venlig hilsen
Erhvervsstyrelsen
""", sessions=["budapest-2019"])

M("nor_nom", recv="2019-08-15 11:00:09 +0200", frm="Nkom Internasjonalt <internasjonalt@nkom.no>",
  subject="Norges nominasjon til SMB-konsultasjon", lang="no", kind="nomination", state="NOR",
  delegates=[D("Ingrid Haugen", "seniorrådgiver", "ingrid.haugen@nkom.no"),
             D("Ola Nordby", "rådgiver", "ola.nordby@kmd.dep.no")],
  sessions=["budapest-2019", "cwg-2020"],
  text="""Hei,

Norge deltar gjerne. Vi melder på seniorrådgiver Ingrid Haugen (ingrid.haugen@nkom.no) til sesjonen i
Budapest. Rådgiver Ola Nordby fra Kommunal- og moderniseringsdepartementet (ola.nordby@kmd.dep.no)
vil delta både i Budapest og på sesjonen i forbindelse med Rådets arbeidsgrupper i 2020.

Vennlig hilsen
Nasjonal kommunikasjonsmyndighet
""")

M("est_nom", recv="2019-08-07 09:09:45 +0300", frm="Majandus- ja Kommunikatsiooniministeerium <info@mkm.ee>",
  subject="CI-19/35 – Eesti osaleja", lang="et", kind="nomination", state="EST",
  delegates=[D("Kadri Tamm", "infoühiskonna arengu osakonna nõunik", "kadri.tamm@mkm.ee")],
  sessions=["budapest-2019"],
  text="""Lugupeetud härra Clark

Eesti Vabariigi esindajana osaleb 10. septembri konsultatsioonil Budapestis Kadri Tamm,
infoühiskonna arengu osakonna nõunik (kadri.tamm@mkm.ee).

Lugupidamisega
Majandus- ja Kommunikatsiooniministeerium
""")

M("lva_nom", recv="2019-08-14 14:14:41 +0300", frm="Satiksmes ministrija <pasts@sam.gov.lv>",
  subject="Latvijas pārstāvis – CI-19/35", lang="lv", kind="nomination", state="LVA",
  charset="iso-8859-13", cte="quoted-printable", hcs="iso-8859-13",
  delegates=[D("Jānis Bērziņš", "Komunikāciju departamenta vecākais eksperts", "janis.berzins@sam.gov.lv")],
  sessions=["budapest-2019"],
  text="""Godātie kolēģi,

Latvijas Republikas Satiksmes ministrija informē, ka konsultāciju sesijā Budapeštā piedalīsies
Jānis Bērziņš, Komunikāciju departamenta vecākais eksperts (janis.berzins@sam.gov.lv).

Ar cieņu,
Satiksmes ministrija
""")

M("ltu_nom", recv="2019-08-16 16:16:16 +0300", frm="Susisiekimo ministerija <tarptautinis@sumin.lt>",
  subject="Dėl ITU aplinkraščio CI-19/35", lang="lt", kind="nomination", state="LTU",
  delegates=[D("Rūta Kazlauskienė", "Ryšių politikos skyriaus vyriausioji specialistė", "ruta.kazlauskiene@sumin.lt",
               aliases=["Rūtą Kazlauskienę"])],
  sessions=["budapest-2019"],
  text="""Gerbiamieji,

Lietuvos Respublikos susisiekimo ministerija į konsultacijų sesiją Budapešte deleguoja Rūtą
Kazlauskienę.

Kontaktai: Rūta Kazlauskienė, Ryšių politikos skyriaus vyriausioji specialistė,
ruta.kazlauskiene@sumin.lt

Pagarbiai
""")

M("isl_decline", recv="2019-08-06 13:30:00 +0000", frm="Samgönguráðuneytið <postur@srn.is>",
  subject="Svar: CI-19/35", lang="is", kind="decline", state="ISL",
  text="""Góðan dag,

Þakka ykkur fyrir boðið. Ísland mun því miður ekki senda fulltrúa á samráðsfundina að þessu sinni.

Kveðja,
Samgöngu- og sveitarstjórnarráðuneytið
""")

M("alb_nom", recv="2019-08-10 10:10:10 +0200", frm="AKEP <info@akep.al>",
  subject="Emërimi i përfaqësuesit – CI-19/35", lang="sq", kind="nomination", state="ALB",
  delegates=[D("Elona Hoxha", "Drejtore e Marrëdhënieve me Jashtë", "elona.hoxha@akep.al")],
  sessions=["budapest-2019"],
  text="""I nderuar zoti Clark,

Republika e Shqipërisë shpreh interesin për seancat e konsultimit dhe emëron znj. Elona Hoxha,
Drejtore e Marrëdhënieve me Jashtë (elona.hoxha@akep.al), për seancën e parë në Budapest.

Me respekt,
Autoriteti i Komunikimeve Elektronike dhe Postare
""")

M("mkd_nom", recv="2019-08-12 12:12:12 +0200", frm="Министерство за информатичко општество <kabinet@mioa.gov.mk>",
  subject="Номинација – CI-19/35", lang="mk", kind="nomination", state="MKD",
  delegates=[D("Благој Стојановски", "советник за меѓународна соработка", "blagoj.stojanovski@mioa.gov.mk",
               aliases=["Blagoj Stojanovski"])],
  sessions=["budapest-2019"],
  text="""Почитувани,

Министерството за информатичко општество и администрација го номинира г. Благој Стојановски
(Blagoj Stojanovski), советник за меѓународна соработка, blagoj.stojanovski@mioa.gov.mk, за
консултативната сесија во Будимпешта на 10 септември 2019 година.

Со почит,
Кабинет на министерот
""")

M("bih_nom", recv="2019-08-16 19:45:00 +0200", frm="Ministarstvo komunikacija i prometa BiH <kabinet@mkt.gov.ba>",
  subject="Nominacija BiH", lang="bs", kind="nomination", state="BIH",
  delegates=[D("Emir Hadžić", "stručni savjetnik za telekomunikacije", "emir.hadzic@mkt.gov.ba",
               aliases=["Emiru Hadžiću"])],
  sessions=["budapest-2019"],
  text="""Poštovani,

Bosna i Hercegovina će na konsultacijama u Budimpešti biti predstavljena po Emiru Hadžiću, stručnom
savjetniku za telekomunikacije.

Ime i prezime: Emir Hadžić
Funkcija: stručni savjetnik za telekomunikacije
E-mail: emir.hadzic@mkt.gov.ba

S poštovanjem,
Kabinet ministra
""")

M("mlt_nom", recv="2019-08-09 11:45:45 +0200", frm="MCA Malta <international@mca.org.mt>",
  subject="Nomina ta' Malta – CI-19/35", lang="mt", kind="nomination", state="MLT",
  delegates=[D("Maria Camilleri", "Uffiċjal Ewlieni, Affarijiet Internazzjonali", "maria.camilleri@mca.org.mt")],
  sessions=["budapest-2019"],
  text="""Għażiż Sur Clark,

Malta tixtieq tipparteċipa fis-sessjonijiet ta' konsultazzjoni dwar l-SMEs. Qed ninnominaw lil
Maria Camilleri, Uffiċjal Ewlieni, Affarijiet Internazzjonali (maria.camilleri@mca.org.mt).

Dejjem tagħkom,
Awtorità ta' Malta dwar il-Komunikazzjoni
""")


# ================================================================ Asia, Africa, Caucasus

M("irn_nom", recv="2019-08-11 08:30:30 +0430", frm="وزارت ارتباطات و فناوری اطلاعات <intl@ict.gov.ir>",
  subject="معرفی نماینده جمهوری اسلامی ایران – CI-19/35", lang="fa", kind="nomination", state="IRN",
  delegates=[D("سید رضا موسوی", "مدیرکل همکاری‌های بین‌المللی", "r.mousavi@ict.gov.ir",
               aliases=["Seyed Reza Mousavi"])],
  sessions=["budapest-2019"],
  text="""با سلام و احترام،

پیرو بخشنامه شماره CI-19/35، بدین‌وسیله جناب آقای سید رضا موسوی (Seyed Reza Mousavi)، مدیرکل
همکاری‌های بین‌المللی، به عنوان نماینده جمهوری اسلامی ایران در نشست مشورتی بوداپست معرفی می‌گردد.
نشانی پست الکترونیک: r.mousavi@ict.gov.ir

با تشکر
اداره کل همکاری‌های بین‌المللی
""")

M("isr_nom", recv="2019-08-13 14:40:04 +0300", frm="משרד התקשורת - קשרי חוץ <intl@moc.gov.il>",
  subject="מינוי נציג ישראל – CI-19/35", lang="he", kind="nomination", state="ISR",
  charset="windows-1255", cte="base64", hcs="windows-1255",
  delegates=[D("נועה לוי", "מנהלת תחום בינלאומי", "noal@moc.gov.il", aliases=["Noa Levi"])],
  sessions=["budapest-2019"],
  text="""שלום רב,

בהמשך לחוזר CI-19/35, משרד התקשורת של מדינת ישראל מבקש לרשום את גב' נועה לוי (Noa Levi),
מנהלת תחום בינלאומי, noal@moc.gov.il, למושב ההתייעצות הראשון בבודפשט.

בברכה,
אגף קשרי חוץ
""")

M("ind_hi_inq", recv="2019-08-03 07:07:07 +0200", frm="सूक्ष्म, लघु एवं मध्यम उद्यम मंत्रालय <ic-msme@gov.in>",
  subject="परिपत्र CI-19/35 के संबंध में जानकारी", lang="hi", kind="inquiry", state="IND",
  text="""महोदय,

अंतरराष्ट्रीय दूरसंचार संघ के परिपत्र CI-19/35 के संदर्भ में, कृपया सूचित करें कि क्या एमएसएमई मंत्रालय
भी अलग से अपना प्रतिनिधि नामित कर सकता है, अथवा भारत से केवल दूरसंचार विभाग के माध्यम से ही नामांकन
स्वीकार किया जाएगा।

भवदीय,
अंतरराष्ट्रीय सहयोग प्रभाग
सूक्ष्म, लघु एवं मध्यम उद्यम मंत्रालय, भारत सरकार
""")

M("bgd_nom", recv="2019-08-14 06:06:06 +0200", frm="ডাক ও টেলিযোগাযোগ বিভাগ <intl@ptd.gov.bd>",
  subject="মনোনয়ন – আইটিইউ সার্কুলার CI-19/35", lang="bn", kind="nomination", state="BGD",
  delegates=[D("মোহাম্মদ রফিকুল ইসলাম", "যুগ্মসচিব (আন্তর্জাতিক সহযোগিতা)", "rafiqul.islam@ptd.gov.bd",
               aliases=["Md. Rafiqul Islam"])],
  sessions=["budapest-2019"],
  text="""মহোদয়,

আইটিইউ সার্কুলার CI-19/35 এর প্রেক্ষিতে, বুদাপেস্টে ১০ সেপ্টেম্বর ২০১৯ তারিখে অনুষ্ঠেয় পরামর্শ সভায়
বাংলাদেশের পক্ষে জনাব মোহাম্মদ রফিকুল ইসলাম (Md. Rafiqul Islam), যুগ্মসচিব (আন্তর্জাতিক সহযোগিতা),
rafiqul.islam@ptd.gov.bd, কে মনোনয়ন প্রদান করা হলো।

সচিব মহোদয়ের অনুমোদনক্রমে,
উপসচিব
ডাক ও টেলিযোগাযোগ বিভাগ
""")

M("idn_nom", recv="2019-08-15 07:31:00 +0200", frm="Biro KSLN Kominfo <ksln@kominfo.go.id>",
  subject="Nominasi Indonesia untuk Sesi Konsultasi UKM ITU", lang="id", kind="nomination", state="IDN",
  delegates=[D("Dewi Sartika Wulandari", "Kepala Bagian Kerja Sama Multilateral", "dewi.wulandari@kominfo.go.id"),
             D("Bambang Hartono", "Analis Kebijakan Ahli Muda", "bambang.h@kominfo.go.id")],
  sessions=["budapest-2019"], cte="quoted-printable",
  html="""<div>Yth. Sekretariat ITU,</div><div><br></div>
<div>Menindaklanjuti surat edaran CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia dengan ini
menominasikan:</div>
<ol><li>Ibu Dewi Sartika Wulandari, Kepala Bagian Kerja Sama Multilateral (dewi.wulandari@kominfo.go.id)</li>
<li>Bapak Bambang Hartono, Analis Kebijakan Ahli Muda (bambang.h@kominfo.go.id)</li></ol>
<div>untuk menghadiri sesi konsultasi di Budapest pada tanggal 10 September 2019.</div>
<div><br></div><div>Hormat kami,</div><div>Biro Kerja Sama Luar Negeri</div>
""")

M("mys_nom", recv="2019-08-09 04:04:04 +0200", frm="MCMC International <international@mcmc.gov.my>",
  subject="Pencalonan Malaysia - Pekeliling ITU CI-19/35", lang="ms", kind="nomination", state="MYS",
  delegates=[D("Nurul Aina binti Abdul Rahman", "Pengarah, Jabatan Hal Ehwal Antarabangsa", "nurulaina@mcmc.gov.my")],
  sessions=["budapest-2019"],
  text="""Tuan/Puan,

Dengan hormatnya merujuk kepada perkara di atas. Malaysia ingin mencalonkan Puan Nurul Aina binti
Abdul Rahman, Pengarah, Jabatan Hal Ehwal Antarabangsa (nurulaina@mcmc.gov.my) bagi sesi rundingan
pertama semasa ITU Telecom World 2019.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Suruhanjaya Komunikasi dan Multimedia Malaysia
""")

M("vnm_nom", recv="2019-08-12 05:50:00 +0200", frm="Vụ Hợp tác quốc tế - Bộ TT&TT <htqt@mic.gov.vn>",
  subject="V/v cử cán bộ tham dự phiên tham vấn của ITU", lang="vi", kind="nomination", state="VNM",
  cte="base64",
  delegates=[D("Nguyễn Thị Thu Hà", "Phó Vụ trưởng Vụ Hợp tác quốc tế", "ntthha@mic.gov.vn")],
  sessions=["budapest-2019"],
  text="""Kính gửi Ban Thư ký ITU,

Bộ Thông tin và Truyền thông Việt Nam xin trân trọng thông báo cử bà Nguyễn Thị Thu Hà, Phó Vụ trưởng
Vụ Hợp tác quốc tế (ntthha@mic.gov.vn), tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019.

Trân trọng,
Vụ Hợp tác quốc tế
""")

M("tha_nom", recv="2019-08-13 09:09:09 +0700", frm="NBTC International <inter@nbtc.go.th>",
  subject="การเสนอชื่อผู้แทนประเทศไทย CI-19/35", lang="th", kind="nomination", state="THA",
  charset="tis-620", cte="base64", hcs="tis-620",
  delegates=[D("สมชาย ใจดี", "ผู้อำนวยการสำนักความร่วมมือระหว่างประเทศ", "somchai.j@nbtc.go.th",
               aliases=["Somchai Jaidee"])],
  sessions=["budapest-2019"],
  text="""เรียน สำนักเลขาธิการ ITU

สำนักงาน กสทช. ขอเสนอชื่อ นายสมชาย ใจดี (Mr. Somchai Jaidee) ผู้อำนวยการสำนักความร่วมมือระหว่างประเทศ
อีเมล somchai.j@nbtc.go.th เป็นผู้แทนประเทศไทยเข้าร่วมการประชุมหารือที่บูดาเปสต์ วันที่ 10 กันยายน 2562

ขอแสดงความนับถือ
สำนักความร่วมมือระหว่างประเทศ
""")

M("jpn_nom", recv="2019-08-14 10:30:00 +0900", frm="総務省 国際戦略局 <intl-policy@soumu.go.jp>",
  subject="ITU回章CI-19/35への回答（日本）", lang="ja", kind="nomination", state="JPN",
  charset="iso-2022-jp", cte="7bit", hcs="iso-2022-jp",
  delegates=[D("佐藤 美咲", "総務省国際戦略局国際経済課 課長補佐", "m.sato@soumu.go.jp", aliases=["Misaki SATO"])],
  sessions=["budapest-2019"],
  text="""ITU事務局 御中

回章CI-19/35につきまして、日本国総務省より下記のとおり参加者を登録いたします。

記
氏名：佐藤 美咲（Misaki SATO）
役職：総務省国際戦略局国際経済課 課長補佐
メール：m.sato@soumu.go.jp
参加セッション：9月10日 ブダペスト（ITU Telecom World 2019期間中）

以上、よろしくお願いいたします。

総務省 国際戦略局
""")

M("kor_nom", recv="2019-08-13 02:45:12 +0200", frm="과학기술정보통신부 국제협력담당관 <intl@msit.go.kr>",
  subject="ITU 회람 CI-19/35 관련 참석자 통보", lang="ko", kind="nomination", state="KOR",
  charset="euc-kr", cte="base64", hcs="euc-kr",
  delegates=[D("김지훈", "국제협력담당관실 사무관", "jihoon.kim@msit.go.kr", aliases=["KIM Jihoon"]),
             D("이수진", "정보통신산업진흥원 책임연구원", "sjlee@nipa.kr", aliases=["LEE Sujin"])],
  sessions=["budapest-2019", "cwg-2020"],
  text="""ITU 사무국 귀하

회람 CI-19/35와 관련하여, 대한민국은 아래와 같이 참석자를 통보합니다.

1. 김지훈 (KIM Jihoon), 국제협력담당관실 사무관, jihoon.kim@msit.go.kr
   - 부다페스트 세션 및 2020년 이사회 실무그룹 회의 기간 세션
2. 이수진 (LEE Sujin), 정보통신산업진흥원 책임연구원, sjlee@nipa.kr
   - 부다페스트 세션

감사합니다.
과학기술정보통신부 국제협력담당관
""")

M("tza_nom", recv="2019-08-16 18:00:00 +0300", frm="Wizara ya Mawasiliano <ps@mowct.go.tz>",
  subject="Uteuzi wa mwakilishi - CI-19/35", lang="sw", kind="nomination", state="TZA",
  delegates=[D("Neema Mwakyusa", "Afisa Mkuu wa TEHAMA", "neema.mwakyusa@mowct.go.tz")],
  sessions=["budapest-2019"],
  text="""Ndugu Katibu Mkuu,

Jamhuri ya Muungano wa Tanzania inapenda kushiriki katika vikao vya mashauriano kuhusu biashara ndogo
na za kati za teknolojia. Tunamteua Bi. Neema Mwakyusa, Afisa Mkuu wa TEHAMA
(neema.mwakyusa@mowct.go.tz), kuhudhuria kikao cha kwanza Budapest.

Wako katika ujenzi wa taifa,
Katibu Mkuu (Mawasiliano)
""")

M("eth_nom", recv="2019-08-12 10:00:00 +0300", frm="MInT International Relations <ir@mint.gov.et>",
  subject="የኢትዮጵያ ተወካይ – CI-19/35", lang="am", kind="nomination", state="ETH",
  delegates=[D("ሰላም ተስፋዬ", "የዓለም አቀፍ ግንኙነት ዳይሬክተር", "selam.tesfaye@mint.gov.et",
               aliases=["Selam Tesfaye"])],
  sessions=["budapest-2019"],
  text="""ለዓለም አቀፉ የቴሌኮሙኒኬሽን ህብረት ጽሕፈት ቤት፣

የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቡዳፔስት በሚካሄደው የመጀመሪያው የምክክር መድረክ ላይ
ወ/ሮ ሰላም ተስፋዬ (Selam Tesfaye)፣ የዓለም አቀፍ ግንኙነት ዳይሬክተር፣ selam.tesfaye@mint.gov.et
እንዲሳተፉ መድቧል።

ከሰላምታ ጋር
""")

M("geo_nom", recv="2019-08-09 12:00:01 +0400", frm="საქართველოს კომუნიკაციების კომისია <intl@comcom.ge>",
  subject="CI-19/35 – საქართველოს წარმომადგენელი", lang="ka", kind="nomination", state="GEO",
  delegates=[D("ნინო ბერიძე", "საერთაშორისო ურთიერთობების სამსახურის უფროსი", "n.beridze@comcom.ge",
               aliases=["Nino Beridze", "ნინო ბერიძეს"])],
  sessions=["budapest-2019"],
  text="""ბატონო კლარკ,

საქართველო ბუდაპეშტის საკონსულტაციო სესიაზე წარადგენს ქალბატონ ნინო ბერიძეს.

სახელი, გვარი: ნინო ბერიძე (Nino Beridze)
თანამდებობა: საერთაშორისო ურთიერთობების სამსახურის უფროსი
ელ-ფოსტა: n.beridze@comcom.ge

პატივისცემით,
საქართველოს კომუნიკაციების კომისია
""")

M("arm_corr_hy", recv="2019-08-27 11:11:11 +0400", frm="Armen Hakobyan <armen.hakobyan@mtai.am>",
  subject="Re: Re: CI-19/35 – լրացում", lang="hy", kind="correction", state="ARM",
  delegates=[D("Արմեն Հակոբյան", "միջազգային համագործակցության բաժնի պետ", "armen.hakobyan@mtai.am",
               aliases=["Armen Hakobyan"]),
             D("Լուսինե Մարտիրոսյան", "առաջատար մասնագետ", "l.martirosyan@mtai.am")],
  sessions=["budapest-2019", "wsis-2020"], supersedes="arm_nom_ru",
  text="""Հարգելի գործընկերներ,

Ի լրացում մեր նախորդ նամակի՝ Հայաստանի պատվիրակությունը կներառի նաև տիկին Լուսինե Մարտիրոսյանին
(առաջատար մասնագետ, l.martirosyan@mtai.am): Ընդհանուր ցուցակը հետևյալն է.

1. Արմեն Հակոբյան (Armen Hakobyan), միջազգային համագործակցության բաժնի պետ, armen.hakobyan@mtai.am
2. Լուսինե Մարտիրոսյան, առաջատար մասնագետ, l.martirosyan@mtai.am

Երկուսն էլ կմասնակցեն Բուդապեշտի նիստին, ինչպես նաև ՏՀՀԿ համաժողովի 2020թ. նիստին:

Հարգանքով՝
Արմեն Հակոբյան
""")

M("aze_nom", recv="2019-08-08 16:16:00 +0400", frm="Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi <intl@mincom.gov.az>",
  subject="Azərbaycanın nümayəndəsi – CI-19/35", lang="az", kind="nomination", state="AZE",
  delegates=[D("Rəşad Məmmədov", "Beynəlxalq əməkdaşlıq şöbəsinin müdiri", "r.mammadov@mincom.gov.az",
               aliases=["Rashad Mammadov"])],
  sessions=["budapest-2019"],
  text="""Hörmətli cənab Klark,

Azərbaycan Respublikası Budapeştdə keçiriləcək məsləhətləşmə sessiyasında Beynəlxalq əməkdaşlıq
şöbəsinin müdiri Rəşad Məmmədov (Rashad Mammadov, r.mammadov@mincom.gov.az) tərəfindən təmsil
olunacaq.

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
""")

M("uzb_nom", recv="2019-08-15 14:14:14 +0500", frm="AKT vazirligi <info@mitc.uz>",
  subject="CI-19/35 bo'yicha nomzod", lang="uz", kind="nomination", state="UZB",
  delegates=[D("Dilnoza Karimova", "Xalqaro hamkorlik boshqarmasi bosh mutaxassisi", "d.karimova@mitc.uz")],
  sessions=["budapest-2019"],
  text="""Hurmatli janoblar,

O'zbekiston Respublikasi Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi
Budapeshtdagi maslahat sessiyasida ishtirok etish uchun quyidagi nomzodni taqdim etadi:

F.I.Sh.: Dilnoza Karimova
Lavozimi: Xalqaro hamkorlik boshqarmasi bosh mutaxassisi
E-pochta: d.karimova@mitc.uz

Hurmat bilan
""")

M("mng_nom", recv="2019-08-14 08:00:00 +0800", frm="ХХЕГ Гадаад харилцааны хэлтэс <foreign@cita.gov.mn>",
  subject="CI-19/35 – Монгол Улсын төлөөлөгч", lang="mn", kind="nomination", state="MNG",
  delegates=[D("Батбаярын Энхтуяа", "Гадаад харилцааны хэлтсийн ахлах мэргэжилтэн", "enkhtuya@cita.gov.mn",
               aliases=["B. Enkhtuya"])],
  sessions=["budapest-2019"],
  text="""Эрхэм ноён Кларк,

Монгол Улсын Харилцаа холбоо, мэдээллийн технологийн газар Будапешт хотноо болох зөвлөлдөх
уулзалтад Батбаярын Энхтуяа (B. Enkhtuya), Гадаад харилцааны хэлтсийн ахлах мэргэжилтэн,
enkhtuya@cita.gov.mn-г оролцуулахаар нэр дэвшүүлж байна.

Хүндэтгэсэн,
Гадаад харилцааны хэлтэс
""")

M("npl_nom", recv="2019-08-16 20:20:20 +0545", frm="सञ्चार तथा सूचना प्रविधि मन्त्रालय <info@mocit.gov.np>",
  subject="मनोनयन सम्बन्धमा – CI-19/35", lang="ne", kind="nomination", state="NPL",
  delegates=[D("राम प्रसाद अधिकारी", "उपसचिव", "rp.adhikari@mocit.gov.np", aliases=["Ram Prasad Adhikari"])],
  sessions=["budapest-2019"],
  text="""महोदय,

परिपत्र CI-19/35 अनुसार बुडापेस्टमा हुने परामर्श सत्रमा नेपालको तर्फबाट यस मन्त्रालयका उपसचिव श्री राम प्रसाद
अधिकारी (Ram Prasad Adhikari, rp.adhikari@mocit.gov.np) लाई मनोनयन गरिएको व्यहोरा अनुरोध छ।

भवदीय,
अन्तर्राष्ट्रिय सम्बन्ध शाखा
""")

M("lka_nom", recv="2019-08-13 11:30:00 +0530", frm="TRCSL International Relations <intl@trc.gov.lk>",
  subject="CI-19/35 - ශ්‍රී ලංකා නියෝජිතයා", lang="si", kind="nomination", state="LKA",
  delegates=[D("නිමල් පෙරේරා", "අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා)", "nimal.perera@trc.gov.lk", aliases=["Nimal Perera"])],
  sessions=["budapest-2019"],
  text="""ජාත්‍යන්තර විදුලි සංදේශ සංගමයේ ලේකම් කාර්යාලය වෙත,

බුඩාපෙස්ට් හි පැවැත්වෙන උපදේශන සැසිය සඳහා ශ්‍රී ලංකාව නියෝජනය කිරීමට නිමල් පෙරේරා (Nimal Perera),
අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා), nimal.perera@trc.gov.lk නම් කරන ලදී.

ස්තූතියි,
ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව
""")

M("khm_interest", recv="2019-08-15 12:12:00 +0700", frm="ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ <intl@mptc.gov.kh>",
  subject="ចំណាប់អារម្មណ៍ CI-19/35", lang="km", kind="interest_only", state="KHM",
  text="""ជូនចំពោះ លេខាធិការដ្ឋាន ITU

ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ នៃព្រះរាជាណាចក្រកម្ពុជា មានចំណាប់អារម្មណ៍ចូលរួមក្នុងវគ្គពិគ្រោះយោបល់
ស្តីពីសហគ្រាសធុនតូច និងមធ្យម លើកទីមួយ នៅ Budapest ថ្ងៃទី 10 ខែកញ្ញា។ យើងនឹងជូនដំណឹងអំពីឈ្មោះអ្នកចូលរួមនៅពេលក្រោយ។

សូមអរគុណ
""", sessions=["budapest-2019"])

M("afg_nom", recv="2019-08-14 09:45:00 +0430", frm="وزارت مخابرات و تکنالوژی معلوماتی <intl@mcit.gov.af>",
  subject="د CI-19/35 په اړه نوماند", lang="ps", kind="nomination", state="AFG",
  delegates=[D("احمد شاه احمدزی", "د نړیوالو اړیکو رییس", "a.ahmadzai@mcit.gov.af", aliases=["Ahmad Shah Ahmadzai"])],
  sessions=["budapest-2019"],
  text="""درناوي،

د افغانستان اسلامي جمهوریت د مخابراتو او معلوماتي ټکنالوژۍ وزارت په بوداپست کې د مشورتي غونډې لپاره
ښاغلی احمد شاه احمدزی (Ahmad Shah Ahmadzai)، د نړیوالو اړیکو رییس، a.ahmadzai@mcit.gov.af نوموي.

په درنښت
""")


# ================================================================ more replies and mailbox noise

M("rwa_interest", recv="2019-08-06 16:45:10 +0200", frm="RURA <info@rura.rw>",
  subject="Rwanda - interest in SME consultations", lang="en", kind="interest_only", state="RWA",
  text="""Dear Sir/Madam,

Rwanda is keen to take part in the consultation on fostering tech and innovation SMEs in Budapest.
The participant has not yet been designated. In the meantime, please liaise with Ms. Claudine Uwase
(c.uwase@rura.rw), our focal point for ITU matters, who will revert with the name.

Best regards,
Rwanda Utilities Regulatory Authority
""", sessions=["budapest-2019"])

M("pry_decline", recv="2019-08-10 23:10:00 +0200", frm="CONATEL Paraguay <rrii@conatel.gov.py>",
  subject="Re: CI-19/35 - Paraguay", lang="es", kind="decline", state="PRY",
  date="Sat, 10 Aug 2019 17:09:40 -0400",
  text="""Estimados:

Lamentamos informar que el Ing. Hugo Benítez, quien iba a representar a Paraguay en Budapest, no podrá
viajar por motivos de agenda, y no contamos con otro funcionario disponible. Por lo tanto, Paraguay no
participará en la sesión de consulta.

Saludos cordiales,
Relaciones Internacionales – CONATEL
""")

M("fji_late", recv="2019-08-17 00:00:31 +0200", frm="Ministry of Communications Fiji <info@communications.gov.fj>",
  date="Fri, 16 Aug 2019 23:58:10 +0200",
  subject="Fiji nomination for SME session", lang="en", kind="nomination", state="FJI",
  delegates=[D("Litia Naivalu", "Principal Economic Planning Officer", "litia.naivalu@communications.gov.fj")],
  sessions=["budapest-2019"],
  text="""Bula vinaka,

Fiji wishes to nominate Ms Litia Naivalu, Principal Economic Planning Officer
(litia.naivalu@communications.gov.fj) for the consultation session in Budapest on 10 September.

Vinaka,
Permanent Secretary's Office
Ministry of Communications
""")

M("zmb_clock", recv="2019-08-16 21:10:05 +0200", frm="ZICTA Zambia <international@zicta.zm>",
  date="Sat, 17 Aug 2019 05:09:41 +0200",
  subject="Zambia: nominee for ITU SME consultation", lang="en", kind="nomination", state="ZMB",
  delegates=[D("Mwansa Chileshe", "Manager - Market Development", "mchileshe@zicta.zm", aliases=["CHILESHE Mwansa"]),
             D("Bwalya Mulenga", "Senior Analyst", "bmulenga@zicta.zm", aliases=["MULENGA Bwalya"])],
  sessions=["budapest-2019"],
  text="""Dear ITU,

Further to CI-19/35, Zambia nominates:

CHILESHE Mwansa (Mr) - Manager - Market Development - mchileshe@zicta.zm
MULENGA Bwalya (Ms) - Senior Analyst - bmulenga@zicta.zm

Approved by: Eng. Patrick Mutimushi, Director General

Regards,
International Relations Unit, ZICTA
""")

M("pan_self", recv="2019-08-16 01:15:00 +0200", frm="Rocío Batista <rbatista@innovacion.gob.pa>",
  date="Thu, 15 Aug 2019 18:14:22 -0500",
  subject="Participación de Panamá – CI-19/35", lang="es", kind="nomination", state="PAN",
  delegates=[D("Rocío Batista", "Directora de Innovación y Emprendimiento Digital", "rbatista@innovacion.gob.pa")],
  sessions=["budapest-2019"],
  text="""Estimados señores de la UIT:

Por este medio confirmo que asistiré en representación de la República de Panamá a la sesión de
consulta sobre pymes tecnológicas del 10 de septiembre en Budapest. El Administrador General de la
AIG, Ing. Luis Oliva, ha aprobado mi participación.

Quedo a su disposición.

Rocío Batista
Directora de Innovación y Emprendimiento Digital
Autoridad Nacional para la Innovación Gubernamental (AIG)
Panamá
Tel. +507 520-2400 | rbatista@innovacion.gob.pa
""")

M("atu_nom", recv="2019-08-14 13:30:30 +0300", frm="African Telecommunications Union <sg@atuuat.africa>",
  subject="ATU participation - ITU SME consultation, Budapest", lang="en", kind="nomination", state=None,
  delegates=[D("Emmanuel Manasseh", "Director, ICT Development", "e.manasseh@atuuat.africa")],
  sessions=["budapest-2019"],
  text="""Dear Mr. Clark,

The African Telecommunications Union would like to follow the consultation session on tech and
innovation SMEs in Budapest as an observer, to help relay the outcomes to our Member States.
Our representative will be Mr. Emmanuel Manasseh, Director, ICT Development (e.manasseh@atuuat.africa).

Yours sincerely,
John OMO
Secretary General, ATU
Nairobi, Kenya
""")

M("nzl_interest", recv="2019-08-09 00:30:00 +0200", frm="MBIE Digital Policy <digitalpolicy@mbie.govt.nz>",
  date="Fri, 09 Aug 2019 10:29:31 +1200",
  subject="CI-19/35 - New Zealand", lang="en", kind="interest_only", state="NZL",
  text="""Kia ora,

Thanks for the circular. New Zealand won't have anyone in Budapest this year, but we are interested in the
later round and would like to be kept in the loop about the session at the WSIS Forum 2020. We'll put a
name forward once the dates are firm.

Ngā mihi,
Digital Policy team
Ministry of Business, Innovation & Employment
""", sessions=["wsis-2020"])

M("mdg_html", recv="2019-08-15 16:20:00 +0300", frm="Ministère des Postes, des Télécommunications et du Développement Numérique <cooperation@mptdn.gov.mg>",
  subject="Désignation – Madagascar", lang="fr", kind="nomination", state="MDG",
  delegates=[D("Hery Rakotomalala", "Directeur des Études et de la Planification", "hery.rakotomalala@mptdn.gov.mg",
               aliases=["RAKOTOMALALA Hery"]),
             D("Voahangy Razafindrabe", "Chef de service TIC", None, aliases=["RAZAFINDRABE Voahangy"])],
  sessions=["budapest-2019"], charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
  html="""<html><body>
<p>Monsieur le Secrétaire Général,</p>
<p>Nous avons l'honneur de vous communiquer la liste des participants malgaches à la session de consultation du
10&nbsp;septembre&nbsp;2019&nbsp;:</p>
<table border="1" cellspacing="0">
<tr><td>N°</td><td>Nom et prénoms</td><td>Fonction</td><td>Adresse électronique</td></tr>
<tr><td>1</td><td>RAKOTOMALALA Hery</td><td>Directeur des Études et de la Planification</td><td>hery.rakotomalala@mptdn.gov.mg</td></tr>
<tr><td>2</td><td>RAZAFINDRABE Voahangy</td><td>Chef de service TIC</td><td>&nbsp;</td></tr>
</table>
<p>Le Ministre, <b>Christian Ramarolahy</b>, a validé cette liste.</p>
<p>Veuillez agréer, Monsieur le Secrétaire Général, l'expression de notre haute considération.</p>
</body></html>
""")

M("read_receipt", recv="2019-07-24 08:12:44 +0200", frm="Direction Générale <dg@arcep.bf>",
  subject="Lu : CI-19/35 - Consultation sessions for Member States", lang="fr", kind="auto_reply", state=None,
  body=multipart("report", [
      part("text/plain", """Votre message

  À : dg@arcep.bf
  Objet : CI-19/35 - Consultation sessions for Member States
  Envoyé : mardi 23 juillet 2019 16:05:02 (UTC+01:00)

a été lu le mercredi 24 juillet 2019 06:12:30 (UTC+00:00).
""", "iso-8859-1", "quoted-printable"),
      raw_part(["Content-Type: message/disposition-notification"],
               b"""Reporting-UA: mail.arcep.bf; Microsoft Exchange Server
Final-Recipient: rfc822;dg@arcep.bf
Original-Message-ID: <CI-19-35.0057@itu.int>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
  ], "rr_arcep_bf_01", '; report-type=disposition-notification'))

M("delay_dsn", recv="2019-07-27 16:06:00 +0200", frm="Mail Delivery System <MAILER-DAEMON@mx2.itu.int>",
  relay="localhost", mid="<20190727140600.9A33DE0051@mx2.itu.int>",
  subject="Delayed Mail (still being retried)", lang="en", kind="bounce", state=None,
  extra=["Auto-Submitted: auto-replied"],
  body=multipart("report", [
      part("text/plain", """This is the mail system at host mx2.itu.int.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 day(s).
It will be retried until it is 5 day(s) old.

<ministre@mptic.gov.example>: connect to mail.mptic.gov.example[198.51.100.23]:25:
    Connection timed out
""", "us-ascii", "7bit"),
      raw_part(["Content-Type: message/delivery-status"],
               b"""Reporting-MTA: dns; mx2.itu.int
Arrival-Date: Tue, 23 Jul 2019 16:05:40 +0200 (CEST)

Final-Recipient: rfc822; ministre@mptic.gov.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.mptic.gov.example[198.51.100.23]:25:
    Connection timed out
Will-Retry-Until: Sun, 28 Jul 2019 16:05:40 +0200 (CEST)
"""),
  ], "dly_9A33DE0051", '; report-type=delivery-status'))

M("phish", recv="2019-08-11 03:03:03 +0200", frm="ITU IT Helpdesk <helpdesk@itu-int-mailbox.example.net>",
  subject="Your mailbox sme@itu.int has exceeded its storage limit", lang="en", kind="unrelated", state=None,
  html="""<html><body><p>Dear sme@itu.int user,</p>
<p>Your mailbox has exceeded the storage limit of 2 GB. You will not be able to send or receive new messages
until you re-validate your account.</p>
<p><a href="http://itu-int-mailbox.example.net/owa/validate">Click here to validate</a></p>
<p>Thank you,<br>IT Service Desk</p></body></html>
""")

M("contrib_unrelated", recv="2019-08-20 10:00:00 +0200", frm="Mission permanente du Niger <mission.niger@bluewin.ch>",
  subject="Contribution 2019 – relevé de compte", lang="fr", kind="unrelated", state=None,
  text="""Madame, Monsieur,

La Mission permanente de la République du Niger à Genève vous saurait gré de bien vouloir lui faire
parvenir un relevé actualisé des contributions du Niger au titre de l'année 2019, ainsi que des
arriérés éventuels.

Avec nos remerciements,
Le Premier Conseiller
""")

M("pt_ooo", recv="2019-07-23 16:14:09 -0300", frm="Gabinete Internacional <internacional@mctic.gov.br>",
  subject="Resposta automática: CI-19/35 - Consultation sessions for Member States", lang="pt",
  kind="auto_reply", state=None, extra=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
  text="""Prezado(a),

Esta caixa postal está sendo migrada. Sua mensagem foi recebida e será encaminhada à área responsável.
Em caso de urgência, ligue para +55 61 2027-6000.

Assessoria Especial de Assuntos Internacionais – MCTIC
""")

M("mus_note", recv="2019-08-12 11:25:00 +0200", frm="Mauritius Mission Geneva <mauritius.gva@govmu.org>",
  subject="Note Verbale No. 1432/2019 - CI-19/35", lang="en", kind="nomination", state="MUS",
  delegates=[D("Devika Ramgoolam-Seeburn", "Senior ICT Officer, Ministry of Technology, Communication and Innovation",
               "dseeburn@govmu.org")],
  sessions=["budapest-2019"],
  body=multipart("mixed", [
      multipart("alternative", [
          part("text/plain", """NV No. 1432/2019

The Permanent Mission of the Republic of Mauritius to the United Nations Office and other international
organisations in Geneva presents its compliments to the International Telecommunication Union and,
with reference to Circular CI-19/35, has the honour to inform that Mrs Devika Ramgoolam-Seeburn,
Senior ICT Officer, Ministry of Technology, Communication and Innovation (dseeburn@govmu.org), has been
nominated to attend the first consultation session in Budapest.

The Permanent Mission of the Republic of Mauritius avails itself of this opportunity to renew to the
International Telecommunication Union the assurances of its highest consideration.

Geneva, 12 August 2019
""", "us-ascii", "7bit"),
          part("text/html", """<html><body><p>NV No. 1432/2019</p>
<p>The Permanent Mission of the Republic of Mauritius to the United Nations Office and other international
organisations in Geneva presents its compliments to the International Telecommunication Union and,
with reference to Circular CI-19/35, has the honour to inform that Mrs Devika Ramgoolam-Seeburn,
Senior ICT Officer, Ministry of Technology, Communication and Innovation (dseeburn@govmu.org), has been
nominated to attend the first consultation session in Budapest.</p>
<p>The Permanent Mission of the Republic of Mauritius avails itself of this opportunity to renew to the
International Telecommunication Union the assurances of its highest consideration.</p>
<p>Geneva, 12 August 2019</p></body></html>
""", "us-ascii", "7bit"),
      ], "alt_mus_1432"),
      part("application/pdf", pdf_stub("NV 1432/2019"), cte="base64", filename="NV_1432_2019.pdf"),
  ], "mix_mus_1432"))

M("nzl_cwg_paraphrase", recv="2019-08-16 09:00:00 +0200", frm="Tonga Communications <ceo@mic.gov.to>",
  subject="Tonga SME consultation", lang="en", kind="nomination", state="TON",
  delegates=[D("Sione Fifita", "Deputy CEO, Ministry of MEIDECC", "sfifita@mic.gov.to")],
  sessions=["cwg-2020"],
  text="""Malo e lelei,

Budapest is too far for us this year, but Tonga would like to join the discussion planned for the
beginning of next year in Geneva alongside the Council's working groups. Our participant will be
Mr. Sione Fifita, Deputy CEO, Ministry of MEIDECC (sfifita@mic.gov.to), who will already be in Geneva
for those meetings.

Regards,
CEO, MEIDECC
""")

M("top_post_thread", recv="2019-08-15 14:05:06 +0200", frm="\"Bajrami, Arben\" <arben.bajrami@mfa.gov.example>",
  relay="mail.rks-mfa.example",
  subject="RE: RE: CI-19/35 question", lang="en", kind="inquiry", state=None,
  text="""Dear Christopher,

Thanks for the quick reply below. One more question: could our Ministry of Economic Development
attend the Budapest session as an observer even though we are not an ITU Member State? If yes we would
send Ms. Drita Kelmendi.

Best,
Arben

From: ITU SME <sme@itu.int>
Sent: Wednesday, August 14, 2019 17:20
Subject: RE: CI-19/35 question

Dear Mr Bajrami,
The consultation sessions are organised for ITU Member States. Kind regards, Christopher Clark
""")


# ================================================================ generation

LANG_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}
HONORIFICS = ["mr", "mrs", "ms", "dr", "h.e.", "prof", "m.", "mme", "sr.", "sra.", "dña", "dr.", "г-н", "г-жа",
              "السيد", "السيدة", "先生", "女士", "herr", "frau", "ing.", "lic.", "eng.", "shri", "dott", "atty.", "engr."]


def generate():
    for m in MSGS:
        m["raw"] = build(m)
        m["recv_dt"] = parse_ts(m["recv"])
    order = sorted(MSGS, key=lambda m: (m["recv_dt"].astimezone(dt.timezone.utc), m["key"]))
    by_key = {m["key"]: m for m in MSGS}
    os.makedirs(OUT_MSG, exist_ok=True)
    for f in os.listdir(OUT_MSG):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT_MSG, f))
    labels = []
    for i, m in enumerate(order, 1):
        m["file"] = f"{i:03d}.eml"
        with open(os.path.join(OUT_MSG, m["file"]), "wb") as fh:
            fh.write(m["raw"])
        kind = m["kind"]
        late = None
        if kind in ("nomination", "interest_only", "correction"):
            late = m["recv_dt"] > DEADLINE
        labels.append({
            "message_id": m["message_id"],
            "file": m["file"],
            "kind": kind,
            "language": m["lang"],
            "member_state": m["state"],
            "delegates": m["delegates"],
            "sessions": m["sessions"],
            "received_at": m["recv_dt"].isoformat(),
            "late": late,
            "supersedes": by_key[m["supersedes"]]["message_id"] if m["supersedes"] else None,
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    write_readme(order, labels)


def write_readme(order, labels):
    kinds = collections.Counter(l["kind"] for l in labels)
    langs = collections.Counter(l["language"] for l in labels)
    late = sum(1 for l in labels if l["late"])
    nullstate = sum(1 for l in labels if l["member_state"] is None and l["kind"] not in ("auto_reply", "bounce", "unrelated"))
    charsets = collections.Counter(m["charset"] for m in order if m["body"] is None)
    ctes = collections.Counter(m["cte"] for m in order if m["body"] is None)
    ndel = sum(len(l["delegates"]) for l in labels)
    out = ["# blind-24 — hand-written replies to ITU circular CI-19/35", "",
           "Fresh labelled test corpus for the e-mail nomination processor. Every reply was written by hand",
           "for this corpus, in the voice of a ministry, regulator, Permanent Mission, academic or regional body,",
           "or as mailbox noise (out-of-office, read receipt, non-delivery and delay reports, spam, phishing,",
           "newsletters, other business). Nothing was copied or derived from any other corpus; the quoted",
           "circular snippets are an own paraphrase of the circular summary in `shared/circular-CI-19-35.md`.", "",
           "## How it is made", "",
           "`make_corpus.py` (Python 3.11 stdlib only, no randomness, no clock) holds every message as data:",
           "headers, body text (plain, HTML-only, alternative, multipart/mixed with PDF or forwarded",
           "message/rfc822, multipart/report) and the label a secretariat officer would record. It",
           "wraps them into RFC 5322 files with various charsets and transfer encodings and RFC 2047",
           "encoded headers, numbers them `001.eml`… in order of reception (topmost `Received:` header,",
           "the ITU MX), writes `labels.jsonl` (SCHEMA.md shape plus `file`) and this README, then",
           "re-reads everything and validates it (exit status 1 on any problem):", "",
           "- each file parses with `email` (policy.default) without defects in message, parts or headers;",
           "- label `message_id` equals the file's Message-ID, `received_at` equals the topmost Received",
           "  timestamp, `late` agrees with 16 August 2019 23:59:59 +02:00 (null for other kinds);",
           "- kind-specific rules (delegates only for nomination/correction, sessions only for",
           "  nomination/interest_only/correction, member_state null for auto_reply/bounce/unrelated,",
           "  supersedes points to an earlier message of the same Member State);",
           "- each delegate's aliases and name occur in the decoded text (literally or word by word; a name",
           "  given only in an inflected form must have that form as alias), titles and e-mails literally;",
           "  no honorific in names.", "",
           "Run: `nice -n 19 python3 make_corpus.py`", "",
           f"## Counts ({len(labels)} messages, {len(langs)} languages, {ndel} delegates)", "",
           "| kind | messages |", "| --- | --- |"]
    for k in ["nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated"]:
        out.append(f"| {k} | {kinds.get(k, 0)} |")
    out += ["", "| language | messages |", "| --- | --- |"]
    for lg, n in sorted(langs.items(), key=lambda x: (-x[1], x[0])):
        out.append(f"| {lg} | {n} |")
    out += ["", f"Late (received after the deadline): {late}. Non-state senders labelled with a kind other than",
            f"noise (member_state null): {nullstate}.", "",
            "Single-part charsets: " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())) + ".",
            "Single-part transfer encodings: " + ", ".join(f"{k} {v}" for k, v in sorted(ctes.items())) + ".", "",
            "## Things a processor has to get right here", "",
            "- honorifics and titles around names in many languages (Shri, Dña., г-жа, السيد/, الفاضل/, Bapak/Ibu, Puan, Bi., ወ/ሮ, นาย, श्री);",
            "  an Egyptian surname that is literally السيد; a Thai name with the prefix นาย glued on;",
            "- surnames in capitals first (DIOP Mamadou, RINALDI Giulia, CHILESHE Mwansa), initials (M. A. Khan, Петров А.В.);",
            "- names inflected by case (Polish, Czech, Russian, Ukrainian, Hungarian, Finnish, Lithuanian, Croatian,",
            "  Greek, Bosnian, Georgian, Armenian): label name is the dictionary form, the written form is an alias;",
            "- people who are not delegates: signatories, cc'd colleagues, ministers approving, focal points, the",
            "  quoted circular's Houlin Zhao and Christopher Clark, a nominee who cannot travel in a decline;",
            "- sessions by place, date, order (\"first and third\"), paraphrase (\"beginning of next year in Geneva",
            "  alongside the Council's working groups\"), restrictions, and conditional mentions that are not sessions;",
            "- corrections that replace a delegate, fix a spelling (Semakula/Ssemakula, 王立华/王丽华), change the session,",
            "  remove one person, add one person;",
            "- deadline edge cases: received 23:58:40 UTC+2 via a UTC header (on time), 00:00:31 after a Date header",
            "  of 23:58 (late), a sender clock 8 hours ahead (on time), offsets such as +0545 and -0500;",
            "- non-state senders (university, regional union, SME association, company, a non-member) have member_state null.",
            "",
            "## Doubtful points", "",
            "- Norwegian is labelled `no` (ISO 639-1 macro code), not `nb`.",
            "- interest_only replies that name the first session only implicitly (\"the participant's name will follow\")",
            "  carry `budapest-2019`, by analogy with the nomination rule; those that name another session carry that one.",
            "- A university, the African Telecommunications Union and a non-member ministry are labelled with",
            "  member_state null (nomination / inquiry), as they do not write on behalf of a Member State.",
            "- Delegates' e-mail/title are recorded only when they appear in the body, not from the From header alone.",
            ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


# ================================================================ validation

def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"\s+", " ", s).strip()


def decoded_text(msg):
    chunks = []
    for p in msg.walk():
        ct = p.get_content_type()
        if ct in ("text/plain", "text/html"):
            t = p.get_content()
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t)
                t = htmllib.unescape(t)
            chunks.append(t)
    return norm("\n".join(chunks))


def occurs(needle, text):
    n = norm(needle)
    if n in text:
        return True
    words = re.findall(r"\w+", n)
    return bool(words) and all(w in text for w in words)


def stem_occurs(needle, text):
    words = re.findall(r"\w+", norm(needle))
    return bool(words) and all(w[:max(3, len(w) // 2 + 1)] in text for w in words)


def all_defects(msg):
    out = []
    for p in msg.walk():
        out += [repr(d) for d in p.defects]
        for k, v in p.items():
            out += [f"{k}: {d!r}" for d in getattr(v, "defects", ())]
    return out


def validate():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(OUT_MSG) if f.endswith(".eml"))
    if files != [f"{i:03d}.eml" for i in range(1, len(files) + 1)]:
        problems.append("messages/ not numbered 001.. contiguously")
    if [l["file"] for l in labels] != files:
        problems.append("labels do not list the files in order")
    seen_ids, prev_ts, idx = set(), None, {}
    for n, lab in enumerate(labels):
        f = lab["file"]
        P = lambda s: problems.append(f"{f}: {s}")
        raw = open(os.path.join(OUT_MSG, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        d = all_defects(msg)
        if d:
            P(f"defects {d}")
        keys = {"message_id", "file", "kind", "language", "member_state", "delegates", "sessions",
                "received_at", "late", "supersedes"}
        if set(lab) != keys:
            P(f"label keys {sorted(set(lab) ^ keys)}")
        mid = str(msg["Message-ID"]).strip()
        if lab["message_id"] != mid:
            P(f"message_id {lab['message_id']} != {mid}")
        if mid in seen_ids:
            P("duplicate Message-ID")
        seen_ids.add(mid)
        idx[mid] = n
        rcv = msg.get_all("Received")
        if not rcv:
            P("no Received header")
            continue
        ts = email.utils.parsedate_to_datetime(str(rcv[0]).rsplit(";", 1)[1].strip())
        if lab["received_at"] != ts.isoformat():
            P(f"received_at {lab['received_at']} != {ts.isoformat()}")
        if prev_ts and ts < prev_ts:
            P("not in order of reception")
        prev_ts = ts
        try:
            email.utils.parsedate_to_datetime(str(msg["Date"]))
        except Exception as e:  # noqa
            P(f"bad Date {e}")
        kind = lab["kind"]
        if kind not in KINDS:
            P(f"kind {kind}")
        exp_late = (ts > DEADLINE) if kind in ("nomination", "interest_only", "correction") else None
        if lab["late"] != exp_late:
            P(f"late {lab['late']} expected {exp_late}")
        ms = lab["member_state"]
        if ms is not None and not re.fullmatch(r"[A-Z]{3}", ms):
            P(f"member_state {ms}")
        if kind in ("auto_reply", "bounce", "unrelated") and ms is not None:
            P("member_state must be null for noise")
        if kind in ("nomination", "correction"):
            if not lab["delegates"]:
                P("no delegates")
        elif lab["delegates"]:
            P("delegates on a kind without delegates")
        if kind in ("nomination", "correction") and not lab["sessions"]:
            P("nomination/correction without session")
        if kind not in ("nomination", "interest_only", "correction") and lab["sessions"]:
            P("sessions on a kind without sessions")
        if not set(lab["sessions"]) <= SESSIONS or len(set(lab["sessions"])) != len(lab["sessions"]):
            P(f"sessions {lab['sessions']}")
        if not re.fullmatch(r"[a-z]{2}", lab["language"]):
            P(f"language {lab['language']}")
        if kind == "correction":
            sup = lab["supersedes"]
            if sup not in idx:
                P(f"supersedes {sup} is not an earlier message")
            else:
                ref = labels[idx[sup]]
                if ref["member_state"] != ms or ref["kind"] not in ("nomination", "correction", "interest_only"):
                    P("supersedes a message of another state / kind")
        elif lab["supersedes"] is not None:
            P("supersedes on a non-correction")
        text = decoded_text(msg)
        for dg in lab["delegates"]:
            if set(dg) != {"name", "aliases", "title", "email"}:
                P(f"delegate keys {dg}")
            name = dg["name"]
            low = name.casefold()
            if any(low.startswith(h + " ") or low.startswith(h + "/") for h in HONORIFICS) \
                    and not re.match(r"^(\w\. )+\w", name):
                P(f"honorific in name {name}")
            for a in dg["aliases"]:
                if not occurs(a, text):
                    P(f"alias not in text: {a}")
                if norm(a) == norm(name):
                    P(f"alias equals name: {a}")
            if not occurs(name, text):
                if not (dg["aliases"] and stem_occurs(name, text)):
                    P(f"name not in text: {name}")
            if dg["title"] and norm(dg["title"]) not in text:
                P(f"title not in text: {dg['title']}")
            if dg["email"] and dg["email"].casefold() not in text:
                P(f"email not in text: {dg['email']}")
    langs = collections.Counter(l["language"] for l in labels)
    kinds = collections.Counter(l["kind"] for l in labels)
    if len(labels) < 120:
        problems.append(f"only {len(labels)} messages")
    if len(langs) < 40:
        problems.append(f"only {len(langs)} languages")
    for lg in ("ar", "zh", "en", "fr", "ru", "es"):
        if langs[lg] < 3:
            problems.append(f"too few {lg}")
    for k in KINDS:
        if not kinds[k]:
            problems.append(f"no {k}")
    if kinds["nomination"] * 2 <= len(labels):
        problems.append("nominations are not the majority")
    return problems, labels, langs, kinds


def main():
    keys = [m["key"] for m in MSGS]
    dup = [k for k, c in collections.Counter(keys).items() if c > 1]
    if dup:
        print("duplicate keys", dup)
        return 1
    generate()
    problems, labels, langs, kinds = validate()
    print(f"{len(labels)} messages, {len(langs)} languages")
    print("kinds:", dict(sorted(kinds.items())))
    print("languages:", dict(sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    print("late:", sum(1 for l in labels if l["late"]))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
