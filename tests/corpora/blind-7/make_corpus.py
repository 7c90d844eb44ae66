#!/usr/bin/env python3
"""Deterministic generator of the blind-7 test corpus: replies to ITU circular CI-19/35.

Standard library only.  No randomness, no clock: every byte of every message and every label is
fixed by the data in this file.  Run:  /usr/bin/python3 make_corpus.py
Writes messages/*.eml and labels.jsonl beside this file (see README.md).
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_MSG = os.path.join(HERE, "messages")
OUT_LABELS = os.path.join(HERE, "labels.jsonl")
DEADLINE = _dt.datetime(2019, 8, 16, 23, 59, 59, tzinfo=_dt.timezone(_dt.timedelta(hours=2)))
LATE_KINDS = {"nomination", "interest_only", "correction"}
SESSION_KINDS = {"nomination", "interest_only", "correction"}
DELEGATE_KINDS = {"nomination", "correction"}

MESSAGES = []


def T(y, mo, d, h, mi, s, off="+0200"):
    """A timezone-aware datetime; off is '+HHMM' / '-HHMM'."""
    sign = 1 if off[0] == "+" else -1
    mins = sign * (int(off[1:3]) * 60 + int(off[3:5]))
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(minutes=mins)))


def D(name, aliases=(), title=None, email=None):
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def M(key, lang, kind, ms, frm, subject, *, recv, date=None, body=None, html=None, charset="utf-8",
      cte="quoted-printable", hcharset=None, delegates=(), sessions=(), supersedes=None,
      to="sme@itu.int", cc=None, extra=(), mid=None, relay=None, parts=None, ctype=None,
      tag=None, raw_subject=False):
    """Register one message.  frm = (display name, address)."""
    MESSAGES.append(dict(key=key, lang=lang, kind=kind, ms=ms, frm=frm, subject=subject, recv=recv,
                         date=date, body=body, html=html, charset=charset, cte=cte,
                         hcharset=hcharset or ("utf-8" if charset in ("us-ascii",) else charset),
                         delegates=list(delegates), sessions=list(sessions), supersedes=supersedes,
                         to=to, cc=cc, extra=list(extra), mid=mid, relay=relay, parts=parts,
                         ctype=ctype, tag=tag, raw_subject=raw_subject))


# ---------------------------------------------------------------- encoding helpers

def _h(text, charset):
    """RFC 2047 encode a header value if it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        cs = charset if charset not in ("us-ascii",) else "utf-8"
        return Header(text, cs, maxlinelen=76).encode(linesep="\n")


def _addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset if charset != "us-ascii" else "utf-8")


def _encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")  # must be pure 7-bit (true for iso-2022-jp)
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra_headers=()):
    hdr = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, charset),
           "Content-Transfer-Encoding: %s" % cte]
    hdr += list(extra_headers)
    return ("\n".join(hdr) + "\n\n").encode("ascii") + _encode_body(text, charset, cte)


def binary_leaf(ctype, filename, data):
    hdr = ["Content-Type: %s; name=\"%s\"" % (ctype, filename),
           "Content-Disposition: attachment; filename=\"%s\"" % filename,
           "Content-Transfer-Encoding: base64"]
    return ("\n".join(hdr) + "\n\n").encode("ascii") + base64.encodebytes(data)


def multipart(subtype, parts, boundary, params=""):
    out = [("Content-Type: multipart/%s;%s\n boundary=\"%s\"\n\n" % (subtype, params, boundary)).encode("ascii"),
           b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        out.append(("\n--%s\n" % boundary).encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(("\n--%s--\n" % boundary).encode("ascii"))
    return b"".join(out)


def _ip(seed):
    h = hashlib.sha1(seed.encode()).digest()
    net = ["192.0.2", "198.51.100", "203.0.113"][h[0] % 3]
    return "%s.%d" % (net, 1 + h[1] % 250)


def build(m, message_id):
    frm_name, frm_addr = m["frm"]
    domain = frm_addr.split("@")[1]
    relay = m["relay"] or ("mail." + domain)
    qid = hashlib.sha1(message_id.encode()).hexdigest()[:11].upper()
    recv = m["recv"]
    date = m["date"] or (recv - _dt.timedelta(seconds=37 + len(message_id) * 3))
    inner = recv - _dt.timedelta(seconds=2 + len(frm_addr) % 9)
    if inner <= date:
        inner = date + (recv - date) / 2
        inner = inner.replace(microsecond=0)
    inner = inner.astimezone(date.tzinfo)
    hs = []
    hs.append("Received: from %s (%s [%s])\n\tby mx2.itu.int (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (relay, relay, _ip(message_id), qid, m["to"].split(",")[0].strip().strip("<>") if "@" in m["to"] else "sme@itu.int",
                 format_datetime(recv)))
    hs.append("Received: from localhost (localhost [127.0.0.1])\n\tby %s with ESMTP id %s;\n\t%s"
              % (relay, hashlib.md5(message_id.encode()).hexdigest()[:8], format_datetime(inner)))
    hcs = m["hcharset"]
    hs.append("Message-ID: %s" % message_id)
    hs.append("Date: %s" % format_datetime(date))
    hs.append("From: %s" % _addr(m["frm"], hcs))
    hs.append("To: %s" % m["to"])
    if m["cc"]:
        hs.append("Cc: %s" % m["cc"])
    hs.append("Subject: %s" % (m["subject"] if m["raw_subject"] else _h(m["subject"], hcs)))
    for e in m["extra"]:
        hs.append(e)
    hs.append("MIME-Version: 1.0")
    head = ("\n".join(hs) + "\n").encode("ascii")
    if m["parts"] is not None:
        body = m["parts"]
    elif m["html"] is not None and m["body"] is not None:
        b = "----=_NextPart_%s" % qid
        body = multipart("alternative", [leaf(m["body"], "plain", m["charset"], m["cte"]),
                                         leaf(m["html"], "html", m["charset"], m["cte"])], b)
    elif m["html"] is not None:
        body = leaf(m["html"], "html", m["charset"], m["cte"])
    else:
        body = leaf(m["body"], "plain", m["charset"], m["cte"])
    return head + body


# ---------------------------------------------------------------- quoted circular texts

CIRC_EN = """Dear Sir/Madam,

I am pleased to invite your Administration to take part in a series of
consultation sessions entitled "Fostering tech and innovation SMEs". The
first session will be held on 10 September 2019 during ITU Telecom World
2019 in Budapest, Hungary. Similar sessions are planned during the Council
Working Group meetings in early 2020, the WSIS Forum 2020 and other events.

[...]

I would be grateful if you could express your interest and nominate the
participant for the first consultation session, to be held during ITU
Telecom World, by 16 August 2019 at the latest, to the ITU secretariat at:
sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General

Contact: Mr Christopher Clark, E-mail: sme@itu.int
Ref: CI-19/35"""

CIRC_AR = """حضرات السادة والسيدات،

تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا.
[...]
ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكموم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)"""

CIRC_FR = """Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de
sessions de consultation intitulées « Encourager les PME dans le domaine des
technologies et de l'innovation ». La première session se tiendra le
10 septembre 2019, pendant ITU Telecom World 2019 à Budapest (Hongrie).
Des sessions analogues sont prévues pendant les réunions des Groupes de
travail du Conseil début 2020, ainsi que pendant le Forum du SMSI 2020.

[...]

Je vous serais reconnaissant de bien vouloir manifester votre intérêt et
communiquer le nom du participant désigné pour la première session d'ici
au 16 août 2019 au plus tard, à l'adresse suivante : sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)
Houlin Zhao
Secrétaire général

Contact : M. Christopher Clark"""

CIRC_ES = """Muy Señora mía/Muy Señor mío:

Tengo el agrado de invitar a su Administración a participar en una serie de
sesiones de consulta tituladas "Fomento de las PYME tecnológicas e
innovadoras". La primera sesión tendrá lugar el 10 de septiembre de 2019,
durante ITU Telecom World 2019 en Budapest (Hungría). [...]

Le agradecería que manifestara su interés e indicara el nombre del
participante designado para la primera sesión, a más tardar el
16 de agosto de 2019, a la dirección sme@itu.int

Atentamente,

(firmado)
Houlin Zhao
Secretario General"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def orig_header_en(when="Tuesday, July 23, 2019 4:12 PM"):
    return ("-----Original Message-----\nFrom: ITU SME <sme@itu.int>\nSent: %s\n"
            "Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs\n" % when)


# ================================================================ ENGLISH

M("ken-nom", "en", "nomination", "KEN", ("Otieno, Mary W.", "mwotieno@ca.go.ke"),
  "RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
  mid="<DB7PR04MB5115A1C2E7F0@DB7PR04MB5115.eurprd04.prod.outlook.com>",
  recv=T(2019, 8, 2, 9, 41, 17, "+0200"), date=T(2019, 8, 2, 10, 40, 55, "+0300"),
  charset="us-ascii", cte="7bit",
  body="""Dear Mr Clark,

Kenya is interested. Eng. Mary Wanjiku Otieno, Manager ICT Start-ups &
Innovation at the Communications Authority, will attend the first session
in Budapest.

Regards,
M. W. Otieno
Manager, ICT Start-ups & Innovation
Communications Authority of Kenya
CA Centre, Waiyaki Way, Nairobi
Tel: +254 20 000 0000

""" + orig_header_en() + "\n" + CIRC_EN + "\n",
  delegates=[D("Mary Wanjiku Otieno", ["M. W. Otieno", "Otieno, Mary W."], "Manager, ICT Start-ups & Innovation", "mwotieno@ca.go.ke")],
  sessions=["budapest-2019"])

M("ind-nom", "en", "nomination", "IND", ("Director (IR), DoT", "dir-ir@dot.gov.in"),
  "Nomination of Indian delegates - ITU Circular CI-19/35 (SME consultation sessions)",
  mid="<1565782103.88412.dir-ir@dot.gov.in>",
  recv=T(2019, 8, 14, 11, 28, 40, "+0000"), date=T(2019, 8, 14, 16, 58, 23, "+0530"),
  charset="us-ascii", cte="7bit",
  body="""No. 4-12/2019-IR
Government of India
Ministry of Communications
Department of Telecommunications
(International Relations Division)

Sanchar Bhawan, 20 Ashoka Road, New Delhi - 110001
Dated: 14th August, 2019

To,
The Secretary-General,
International Telecommunication Union,
Place des Nations, CH-1211 Geneva 20

Subject: Consultation sessions for Member States "Fostering tech and
innovation SMEs" - Nomination regarding.

Sir,

I am directed to refer to ITU Circular CI-19/35 dated 23rd July, 2019 on
the above subject and to convey the interest of the Government of India in
the consultation sessions.

2. The competent authority has approved the nomination of the following
officers for the first session at ITU Telecom World 2019, Budapest, and for
the session during the WSIS Forum 2020:

   (i)  Shri Rajesh Kumar Verma, Deputy Director General (IR), DoT
        Email: rk.verma@dot.gov.in
   (ii) Smt. Ananya Krishnan, Director (Start-up Policy), DoT
        Email: ananya.k@dot.gov.in

3. This issues with the approval of the competent authority.

Yours faithfully,

(S. P. Iyer)
Director (IR)
Tel: 011-2303 0000
""",
  delegates=[D("Rajesh Kumar Verma", [], "Deputy Director General (IR), DoT", "rk.verma@dot.gov.in"),
             D("Ananya Krishnan", [], "Director (Start-up Policy), DoT", "ananya.k@dot.gov.in")],
  sessions=["budapest-2019", "wsis-2020"])

M("aus-nom", "en", "nomination", "AUS", ("BOYLE, Fiona", "Fiona.Boyle@communications.gov.au"),
  "Australia - SME consultation session Budapest [SEC=UNCLASSIFIED]",
  mid="<SYCPR01MB4271F3B2A9E1C0D4@SYCPR01MB4271.ausprd01.prod.outlook.com>",
  recv=T(2019, 8, 9, 3, 15, 2, "+0200"), date=T(2019, 8, 9, 1, 14, 40, "+0000"),
  charset="utf-8", cte="quoted-printable",
  extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: Australia - SME consultation session Budapest"],
  html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="EN-AU">
<div class="WordSection1">
<p class="MsoNormal" style="text-align:center"><b><span style="color:red">UNCLASSIFIED</span></b></p>
<p class="MsoNormal">Good morning,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">In response to Circular CI-19/35, Australia would like to register its interest in the &#8220;Fostering tech and innovation SMEs&#8221; consultation sessions. Our participants for the session on 10&nbsp;September at ITU Telecom World are below.</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Name</b></p></td><td><p class="MsoNormal"><b>Position</b></p></td><td><p class="MsoNormal"><b>Organisation</b></p></td><td><p class="MsoNormal"><b>Email</b></p></td></tr>
<tr><td><p class="MsoNormal">Ms Fiona Boyle</p></td><td><p class="MsoNormal">Assistant Secretary, International Engagement</p></td><td><p class="MsoNormal">Department of Communications and the Arts</p></td><td><p class="MsoNormal"><a href="mailto:Fiona.Boyle@communications.gov.au">Fiona.Boyle@communications.gov.au</a></p></td></tr>
<tr><td><p class="MsoNormal">Mr Daniel Nguyen-Hart</p></td><td><p class="MsoNormal">Policy Officer, Digital Economy</p></td><td><p class="MsoNormal">Department of Communications and the Arts</p></td><td><p class="MsoNormal"><a href="mailto:Daniel.NguyenHart@communications.gov.au">Daniel.NguyenHart@communications.gov.au</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards</p>
<p class="MsoNormal"><b>Fiona</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b><span style="color:#1F3864">Fiona Boyle</span></b> | Assistant Secretary<br>International Engagement Branch<br>Department of Communications and the Arts<br>GPO Box 2154 Canberra ACT 2601</p>
<p class="MsoNormal" style="text-align:center"><b><span style="color:red">UNCLASSIFIED</span></b></p>
</div></body></html>
""",
  delegates=[D("Fiona Boyle", ["BOYLE, Fiona"], "Assistant Secretary, International Engagement", "Fiona.Boyle@communications.gov.au"),
             D("Daniel Nguyen-Hart", [], "Policy Officer, Digital Economy", "Daniel.NguyenHart@communications.gov.au")],
  sessions=["budapest-2019"])

M("nga-nom", "en", "nomination", "NGA", ("Emeka Obi", "e.obi@ncc.gov.ng"),
  "Re: CI-19/35",
  mid="<6F1C0B2E-88A4-4C1D-9E0B-3D2A7B1C4E55@ncc.gov.ng>",
  recv=T(2019, 8, 16, 22, 47, 9, "+0100"), date=T(2019, 8, 16, 22, 46, 51, "+0100"),
  charset="us-ascii", cte="7bit",
  extra=["In-Reply-To: <CI-19-35.20190723@itu.int>"],
  body="""Noted with thanks. Nigeria is interested; I will be in Budapest for the
10 Sept session representing the Commission.

Dr. Emeka C. Obi
Head, New Media & Information Security
Nigerian Communications Commission

Sent from my iPhone

> On 23 Jul 2019, at 16:12, ITU SME <sme@itu.int> wrote:
>
> Dear Sir/Madam,
>
> I am pleased to invite your Administration to take part in a series of
> consultation sessions entitled "Fostering tech and innovation SMEs".
""",
  delegates=[D("Emeka C. Obi", ["Emeka Obi"], "Head, New Media & Information Security", "e.obi@ncc.gov.ng")],
  sessions=["budapest-2019"])

M("sgp-nom", "en", "nomination", "SGP", ("TAN Wei Ling (IMDA)", "tan_wei_ling@imda.gov.sg"),
  "FW: ITU CI-19/35 SME consultation - nomination",
  mid="<SG2PR06MB3055E1D7A1@SG2PR06MB3055.apcprd06.prod.outlook.com>",
  recv=T(2019, 8, 12, 8, 3, 55, "+0200"), date=T(2019, 8, 12, 14, 3, 30, "+0800"),
  charset="utf-8", cte="quoted-printable",
  body="""Dear Chris,

Forwarding below our internal clearance - please take this as Singapore's
nomination for the Budapest session. Contact details of our nominee are
in the trail.

Best regards,
Wei Ling

Tan Wei Ling (Ms) | Senior Manager, International Relations | IMDA
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438

From: LIM Kok Hoe (IMDA)
Sent: Monday, 12 August 2019 11:20 AM
To: TAN Wei Ling (IMDA) <tan_wei_ling@imda.gov.sg>
Cc: IMDA IR Team <ir_team@imda.gov.sg>
Subject: RE: ITU CI-19/35 SME consultation - nomination

Wei Ling, DCE has cleared. Please go ahead and put up Rachel's name to ITU.
Rachel Goh Shu Min, Director (SME Go Digital), rachel_goh@imda.gov.sg.
She is already registered for TWorld.

Kok Hoe

From: TAN Wei Ling (IMDA)
Sent: Friday, 9 August 2019 5:47 PM
To: LIM Kok Hoe (IMDA)
Subject: ITU CI-19/35 SME consultation - nomination

Kok Hoe, ITU is asking for a nominee for the SME consultation on 10 Sep
at Telecom World. Deadline 16 Aug. Shall we propose Rachel? Grateful for
clearance.
""",
  delegates=[D("Rachel Goh Shu Min", [], "Director (SME Go Digital)", "rachel_goh@imda.gov.sg")],
  sessions=["budapest-2019"])

M("zaf-nom", "en", "nomination", "ZAF", ("Registry DCDT", "registry@dtps.gov.za"),
  "NOMINATION: ITU CONSULTATION SESSION ON TECH AND INNOVATION SMEs",
  mid="<20190806101522.3F1A2@dtps.gov.za>",
  recv=T(2019, 8, 6, 10, 15, 40, "+0200"), date=T(2019, 8, 6, 10, 15, 22, "+0200"),
  charset="windows-1252", cte="quoted-printable",
  body="""Good day

On behalf of the Director-General, the Department of Telecommunications and
Postal Services of the Republic of South Africa hereby nominates the
following officials:

1. MOKOENA Thabo Daniel - Chief Director: ICT Enterprise Development
   thabo.mokoena@dtps.gov.za
   Sessions: Budapest (10 September 2019) and the CWG meetings in early 2020

2. VAN WYK Annelie - Deputy Director: Multilateral Relations
   annelie.vanwyk@dtps.gov.za
   Session: Budapest only

Kindly acknowledge receipt.

Regards
Registry | Office of the DG
Department of Telecommunications and Postal Services
iParioli Office Park, 1166 Park Street, Hatfield, Pretoria
“Together we move South Africa forward”
""",
  delegates=[D("Thabo Daniel Mokoena", ["MOKOENA Thabo Daniel"], "Chief Director: ICT Enterprise Development", "thabo.mokoena@dtps.gov.za"),
             D("Annelie van Wyk", ["VAN WYK Annelie"], "Deputy Director: Multilateral Relations", "annelie.vanwyk@dtps.gov.za")],
  sessions=["budapest-2019", "cwg-2020"])

M("zaf-corr", "en", "correction", "ZAF", ("Registry DCDT", "registry@dtps.gov.za"),
  "AMENDED NOMINATION: ITU CONSULTATION SESSION ON TECH AND INNOVATION SMEs",
  mid="<20190815143307.9C7D1@dtps.gov.za>",
  recv=T(2019, 8, 15, 14, 33, 29, "+0200"), date=T(2019, 8, 15, 14, 33, 7, "+0200"),
  charset="windows-1252", cte="quoted-printable",
  body="""Good day

Please note an amendment to our nomination of 6 August 2019.

Ms Annelie van Wyk is no longer available and is replaced by
Mr Sipho Nkosinathi Dlamini, Director: Multilateral Relations
(sipho.dlamini@dtps.gov.za). Mr Mokoena's participation is unchanged.

The updated list is therefore:

1. MOKOENA Thabo Daniel - Chief Director: ICT Enterprise Development
   (Budapest and CWG 2020)
2. DLAMINI Sipho Nkosinathi - Director: Multilateral Relations (Budapest)

Apologies for any inconvenience.

Regards
Registry | Office of the DG
Department of Telecommunications and Postal Services
""",
  delegates=[D("Thabo Daniel Mokoena", ["MOKOENA Thabo Daniel"], "Chief Director: ICT Enterprise Development", None),
             D("Sipho Nkosinathi Dlamini", ["DLAMINI Sipho Nkosinathi"], "Director: Multilateral Relations", "sipho.dlamini@dtps.gov.za")],
  sessions=["budapest-2019", "cwg-2020"], supersedes="zaf-nom")

M("nzl-int", "en", "interest_only", "NZL", ("Hemi Walker", "hemi.walker@mbie.govt.nz"),
  "CI-19/35 SMEs - NZ interest",
  mid="<CAB7x_k9Fq2vR@mail.gmail.com>",
  recv=T(2019, 8, 1, 1, 4, 33, "+0200"), date=T(2019, 8, 1, 11, 4, 10, "+1200"),
  charset="us-ascii", cte="7bit",
  body="""Kia ora,

New Zealand would like to register interest in the SME consultation
series. We are still working out who will travel to Budapest and will come
back to you with a name as soon as we can.

Nga mihi,
Hemi

Hemi Walker | Principal Advisor, Communications Policy
Ministry of Business, Innovation & Employment
""",
  delegates=[], sessions=["budapest-2019"])

M("can-dec", "en", "decline", "CAN", ("Pellerin, Julie (ISED/ISDE)", "julie.pellerin@canada.ca"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  mid="<YTOPR0101MB1338C8E77@YTOPR0101MB1338.CANPRD01.PROD.OUTLOOK.COM>",
  recv=T(2019, 8, 13, 19, 22, 4, "+0200"), date=T(2019, 8, 13, 13, 21, 40, "-0400"),
  charset="utf-8", cte="quoted-printable",
  body="""Dear Mr. Clark,

Thank you for the invitation. Unfortunately, Canada will not be in a
position to participate in the consultation session in Budapest, as our
delegation to ITU Telecom World will be very limited this year. We
appreciate the work of the secretariat on SME engagement and will follow
the outcomes with interest.

Best regards / Sincères salutations,

Julie Pellerin
Senior Policy Analyst | Analyste principale des politiques
International Telecommunications Policy | Politique des télécommunications internationales
Innovation, Science and Economic Development Canada | Innovation, Sciences et Développement économique Canada
""",
  delegates=[], sessions=[])

M("jam-inq", "en", "inquiry", "JAM", ("Sharon Campbell-Brown", "scampbell@mset.gov.jm"),
  "Query - CI-19/35",
  mid="<005a01d54f2b$7e1c3b10$7a54b130$@mset.gov.jm>",
  recv=T(2019, 8, 7, 16, 50, 12, "+0200"), date=T(2019, 8, 7, 9, 49, 50, "-0500"),
  charset="windows-1252", cte="quoted-printable",
  body="""Good morning,

With reference to Circular CI-19/35, could you kindly advise whether remote
participation will be possible for the session on 10 September? Also, is
there any fellowship support for developing countries to attend ITU Telecom
World? The Ministry would then be in a position to revert with a nominee.

Thank you.

Sharon Campbell-Brown (Mrs.)
Senior Director, Telecommunications Policy
Ministry of Science, Energy & Technology
PCJ Building, 36 Trafalgar Road, Kingston 10, Jamaica
""",
  delegates=[], sessions=[])

M("bounce-1", "en", "bounce", None, ("Mail Delivery System", "MAILER-DAEMON@mx2.itu.int"),
  "Undelivered Mail Returned to Sender",
  mid="<20190724071502.4B8C11A0056@mx2.itu.int>",
  recv=T(2019, 7, 24, 9, 15, 2, "+0200"), date=T(2019, 7, 24, 9, 15, 2, "+0200"),
  relay="mx2.itu.int",
  extra=["Auto-Submitted: auto-replied"],
  parts=multipart("report", [
      leaf("""This is the mail system at host mx2.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ir@mptc.gov.xx.invalid>: host mail.mptc.gov.xx.invalid[198.51.100.14] said:
    550 5.1.1 <ir@mptc.gov.xx.invalid>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "plain", "us-ascii", "7bit", ["Content-Description: Notification"]),
      ("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
       "Reporting-MTA: dns; mx2.itu.int\nX-Postfix-Queue-ID: 4B8C11A0056\n"
       "Arrival-Date: Wed, 24 Jul 2019 09:14:58 +0200 (CEST)\n\n"
       "Final-Recipient: rfc822; ir@mptc.gov.xx.invalid\nAction: failed\nStatus: 5.1.1\n"
       "Remote-MTA: dns; mail.mptc.gov.xx.invalid\n"
       "Diagnostic-Code: smtp; 550 5.1.1 <ir@mptc.gov.xx.invalid>: Recipient address\n"
       "    rejected: User unknown in virtual mailbox table\n").encode("ascii"),
      ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
       "From: ITU SME <sme@itu.int>\nTo: ir@mptc.gov.xx.invalid\n"
       "Subject: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs\n"
       "Date: Wed, 24 Jul 2019 09:14:41 +0200\nMessage-ID: <CI-19-35.0431@itu.int>\n").encode("ascii"),
  ], "4B8C11A0056.1563952502/mx2.itu.int", " report-type=delivery-status;"),
  delegates=[], sessions=[])

M("bounce-2", "en", "bounce", None, ("postmaster@moc.gov.example-ministry.net", "postmaster@moc.gov.example-ministry.net"),
  "Delivery Status Notification (Failure)",
  mid="<0b3c7a91-5f0e-4b1e-9a10-2d1f7c44e0aa@moc.gov.example-ministry.net>",
  recv=T(2019, 8, 16, 18, 2, 41, "+0000"),
  relay="smtp-out.example-ministry.net",
  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
  parts=multipart("report", [
      leaf("""Delivery has failed to these recipients or groups:

deputy.minister@moc.gov.example-ministry.net
The recipient's mailbox is full and can't accept messages now. Please try
resending this message later, or contact the recipient directly.

Your message was originally:

  From: sme@itu.int
  Subject: Reminder: CI-19/35 - nominations due 16 August 2019

  Dear colleagues, this is a kind reminder that nominations for the first
  consultation session (Budapest, 10 September 2019) are due by 16 August.
  Christopher Clark, ITU

Diagnostic information for administrators:

Generating server: smtp-out.example-ministry.net
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""", "plain", "us-ascii", "7bit"),
      ("Content-Type: message/delivery-status\n\nReporting-MTA: dns;smtp-out.example-ministry.net\n\n"
       "Final-recipient: RFC822; deputy.minister@moc.gov.example-ministry.net\nAction: failed\n"
       "Status: 5.2.2\nDiagnostic-Code: smtp;554 5.2.2 mailbox full\n").encode("ascii"),
  ], "b_0b3c7a915f0e", " report-type=delivery-status;"),
  delegates=[], sessions=[])

M("unrel-en-vendor", "en", "unrelated", None, ("Olivia from ScaleHub", "olivia@scalehub-growth.io"),
  "Helping ITU's SME community grow 10x faster 🚀",
  mid="<0100016c8a0b1f2e-7e4d1c22-aa31-4b9e@email.scalehub-growth.io>",
  recv=T(2019, 8, 8, 15, 30, 1, "+0200"), date=T(2019, 8, 8, 13, 29, 58, "+0000"),
  relay="a8-31.smtp-out.mailer-eu.example.net",
  extra=["List-Unsubscribe: <mailto:unsubscribe@scalehub-growth.io?subject=unsub>",
         "Precedence: bulk"],
  body="""Hi there,

I noticed ITU is running consultation sessions for tech and innovation SMEs
(great initiative!). ScaleHub helps public bodies onboard thousands of
startups with a white-label CRM and matchmaking portal.

Would you have 15 minutes next week for a quick call? Here's my calendar:
https://cal.scalehub-growth.io/olivia

Cheers,
Olivia Marsh
Partnerships Lead, ScaleHub
Unsubscribe | Manage preferences
""",
  html="""<html><body style="font-family:Helvetica,Arial"><p>Hi there,</p>
<p>I noticed ITU is running consultation sessions for <b>tech and innovation SMEs</b> (great initiative!).
ScaleHub helps public bodies onboard thousands of startups with a white-label CRM and matchmaking portal.</p>
<p><a href="https://cal.scalehub-growth.io/olivia" style="background:#5b2be0;color:#fff;padding:8px 14px">Book 15 minutes</a></p>
<p>Cheers,<br>Olivia Marsh<br>Partnerships Lead, ScaleHub</p>
<p style="font-size:10px;color:#999">Unsubscribe | Manage preferences</p></body></html>
""",
  delegates=[], sessions=[])

M("unrel-en-ngo", "en", "unrelated", None, ("Digital Inclusion Alliance", "info@digital-inclusion-alliance.org"),
  "Nomination: Women in Tech SME Award 2019 - call for candidates",
  mid="<5d4c2e1f.1c69fb81.a7b2.3c4d@digital-inclusion-alliance.org>",
  recv=T(2019, 8, 14, 10, 0, 12, "+0200"), date=T(2019, 8, 14, 8, 59, 55, "+0100"),
  charset="utf-8", cte="base64",
  body="""Dear friends and partners,

The Digital Inclusion Alliance is delighted to open nominations for the
Women in Tech SME Award 2019. We invite governments, regulators and
industry to nominate outstanding women founders of tech and innovation
SMEs. Last year's winner, Ms Amina Diallo (Dakar), will chair the jury.

Nominations close on 30 September 2019. The ceremony will take place in
Budapest on the margins of ITU Telecom World 2019.

Nominate a candidate: https://digital-inclusion-alliance.org/award2019

With warm regards,
Grace Mwangi
Programme Coordinator
Digital Inclusion Alliance (a non-profit association under Swiss law)

You are receiving this newsletter because you subscribed at one of our events.
""",
  delegates=[], sessions=[])

# ================================================================ FRENCH

M("fra-nom", "fr", "nomination", "FRA", ("LEFEBVRE Claire", "claire.lefebvre@finances.gouv.fr"),
  "TR: Circulaire UIT CI-19/35 - désignation pour la session de Budapest",
  mid="<5D4A1C3E.9020704@finances.gouv.fr>",
  recv=T(2019, 8, 7, 14, 55, 31, "+0200"), date=T(2019, 8, 7, 14, 55, 2, "+0200"),
  charset="iso-8859-15", cte="quoted-printable",
  body="""Bonjour,

Suite à la circulaire CI-19/35, la France souhaite participer à la série de
consultations « Encourager les PME dans le domaine des technologies et de
l'innovation ». Vous trouverez ci-dessous les coordonnées de notre
représentante pour la session du 10 septembre à Budapest :

Nom : LEFEBVRE
Prénom : Claire
Fonction : Cheffe du bureau des affaires internationales numériques
Organisme : Direction générale des Entreprises (DGE), Service de l'économie numérique
Courriel : claire.lefebvre@finances.gouv.fr
Téléphone : +33 1 00 00 00 00

Nous restons intéressés par les sessions suivantes (Groupes de travail du
Conseil, SMSI) et ne manquerons pas de revenir vers vous le moment venu.

Bien cordialement,

Claire Lefebvre
DGE / SEN / Bureau des affaires internationales
120 rue de Bercy - Télédoc 000 - 75572 Paris Cedex 12
""",
  delegates=[D("Claire Lefebvre", ["LEFEBVRE Claire"], "Cheffe du bureau des affaires internationales numériques", "claire.lefebvre@finances.gouv.fr")],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"])

M("sen-nom", "fr", "nomination", "SEN", ("Aissatou Ndiaye", "aissatou.ndiaye@artp.sn"),
  "Re: CI-19/35 Consultation PME",
  mid="<CAK3p+Zr1Nd2q9w@mail.gmail.com>",
  recv=T(2019, 8, 16, 23, 58, 40, "+0200"), date=T(2019, 8, 16, 21, 58, 11, "+0000"),
  charset="utf-8", cte="quoted-printable",
  body="""Bonsoir Monsieur Clark,

Le Sénégal confirme son intérêt. Pour la session de Budapest, l'ARTP sera
représentée par M. Ousmane Sarr, Directeur de la Régulation des Marchés,
et par moi-même.

Cordialement,

--
Aissatou NDIAYE
Head of International Cooperation
Telecommunications and Posts Regulatory Authority (ARTP) - Senegal
Route des Almadies, Dakar
Mobile: +221 77 000 00 00

Le mar. 23 juil. 2019 à 16:12, ITU SME <sme@itu.int> a écrit :
""" + quote(CIRC_FR) + "\n",
  delegates=[D("Ousmane Sarr", [], "Directeur de la Régulation des Marchés", None),
             D("Aissatou Ndiaye", ["Aissatou NDIAYE"], "Head of International Cooperation", "aissatou.ndiaye@artp.sn")],
  sessions=["budapest-2019"])

M("civ-nom", "fr", "nomination", "CIV", ("Cabinet MENUM", "cabinet@telecom.gouv.ci"),
  "Désignation de participants - Lettre circulaire UIT CI-19/35",
  mid="<000301d54a6c$2b8e1f40$82aa5dc0$@telecom.gouv.ci>",
  recv=T(2019, 8, 5, 12, 8, 19, "+0000"), date=T(2019, 8, 5, 12, 7, 58, "+0000"),
  charset="windows-1252", cte="quoted-printable",
  body="""REPUBLIQUE DE COTE D'IVOIRE
Union - Discipline - Travail
-----------
MINISTERE DE L'ECONOMIE NUMERIQUE ET DE LA POSTE
CABINET DU MINISTRE
N° 0412/MENUM/CAB/DGEN

Abidjan, le 02 août 2019

Le Ministre
à
Monsieur le Secrétaire général de l'Union internationale des télécommunications
GENEVE

Objet : Sessions de consultation « Encourager les PME dans le domaine des technologies et de l'innovation »
Réf. : Lettre circulaire CI-19/35 du 23 juillet 2019

Monsieur le Secrétaire général,

Faisant suite à votre lettre citée en référence, j'ai l'honneur de vous
faire connaître l'intérêt de la Côte d'Ivoire pour les sessions de
consultation susvisées et de vous communiquer ci-après les noms des
participants désignés pour la première session, prévue le 10 septembre
2019 à Budapest :

- Monsieur KOUASSI Yao Jean-Baptiste, Directeur Général de l'Economie Numérique ;
- Madame TOURE née BAMBA Mariam, Sous-Directrice de l'Innovation et des Start-up.

Je vous prie d'agréer, Monsieur le Secrétaire général, l'assurance de ma
haute considération.

Le Ministre
(signé)

---
Secrétariat du Cabinet - Tél. +225 20 00 00 00
""",
  delegates=[D("Yao Jean-Baptiste Kouassi", ["KOUASSI Yao Jean-Baptiste"], "Directeur Général de l'Economie Numérique", None),
             D("Mariam Toure née Bamba", ["TOURE née BAMBA Mariam"], "Sous-Directrice de l'Innovation et des Start-up", None)],
  sessions=["budapest-2019"])

M("mar-nom", "fr", "nomination", "MAR", ("Youssef El Amrani", "elamrani@anrt.ma"),
  "Participation du Maroc - Consultation PME (CI-19/35)",
  mid="<1781932605.224.1565349021558.JavaMail.zimbra@anrt.ma>",
  recv=T(2019, 8, 9, 12, 10, 30, "+0200"), date=T(2019, 8, 9, 11, 10, 21, "+0100"),
  charset="utf-8", cte="base64",
  body="""Monsieur,

J'ai l'honneur de vous informer que le Royaume du Maroc prendra part aux
sessions de consultation sur les PME technologiques et innovantes.

Le Maroc sera représenté à Budapest (10/09/2019), ainsi qu'à la session
prévue lors du Forum du SMSI 2020, par Mme Salma Benjelloun, Chef du
Service Economie numérique, ANRT (s.benjelloun@anrt.ma).

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Youssef EL AMRANI
Chef de la Division Coopération et Relations Internationales
Agence Nationale de Réglementation des Télécommunications (ANRT)
يوسف العمراني
رئيس قسم التعاون والعلاقات الدولية
الوكالة الوطنية لتقنين المواصلات
Centre d'affaires, Boulevard Ar-Ryad, Hay Riad, Rabat
""",
  delegates=[D("Salma Benjelloun", [], "Chef du Service Economie numérique, ANRT", "s.benjelloun@anrt.ma")],
  sessions=["budapest-2019", "wsis-2020"])

M("bfa-nom", "fr", "nomination", "BFA", ("Direction de la coopération MDENP", "dc.mdenp@yahoo.fr"),
  "Transmission désignation / consultation PME UIT",
  mid="<1492887361.5523108.1566003511207@mail.yahoo.com>",
  recv=T(2019, 8, 17, 0, 58, 31, "+0200"), date=T(2019, 8, 16, 22, 58, 11, "+0000"),
  charset="utf-8", cte="quoted-printable",
  body="""Bonsoir,
Veuillez trouver ci-dessous la désignation du Burkina Faso, avec nos excuses pour le retard (problème de connexion).

Ministère du Développement de l'Economie Numérique et des Postes
Le Secrétaire général

Suite à la lettre circulaire CI-19/35, le Burkina Faso désigne pour la session de consultation du 10 septembre 2019 (Budapest) :
OUEDRAOGO Wendkouni Patrice, Chargé d'études à la Direction générale de l'Economie numérique, tel +226 70 00 00 00.

Salutations distinguées
""",
  delegates=[D("Wendkouni Patrice Ouedraogo", ["OUEDRAOGO Wendkouni Patrice"], "Chargé d'études à la Direction générale de l'Economie numérique", None)],
  sessions=["budapest-2019"])

M("cmr-nom", "fr", "nomination", "CMR", ("MINPOSTEL Coopération", "cooperation@minpostel.gov.cm"),
  "Note verbale - Consultation PME technologiques",
  mid="<8e1d44a7c2b04f0d9a3b@minpostel.gov.cm>",
  recv=T(2019, 8, 8, 10, 22, 55, "+0100"), date=T(2019, 8, 8, 10, 22, 30, "+0100"),
  charset="iso-8859-1", cte="quoted-printable",
  body="""MINISTERE DES POSTES ET TELECOMMUNICATIONS
Division de la Coopération

Le Ministère des Postes et Télécommunications de la République du Cameroun
présente ses compliments au Secrétariat général de l'Union internationale des
télécommunications et, se référant à la lettre circulaire CI-19/35 du 23
juillet 2019, a l'honneur de lui faire savoir que le Cameroun désigne
M. ESSOMBA Jean-Pierre, Chef de Cellule de la Promotion des TIC, pour prendre
part à la session de consultation qui se tiendra le 10 septembre 2019 à
Budapest.

Le Ministère des Postes et Télécommunications saisit cette occasion pour
renouveler au Secrétariat général de l'Union internationale des
télécommunications les assurances de sa haute considération.

Yaoundé, le 07 août 2019
""",
  delegates=[D("Jean-Pierre Essomba", ["ESSOMBA Jean-Pierre"], "Chef de Cellule de la Promotion des TIC", None)],
  sessions=["budapest-2019"])

M("cmr-corr", "fr", "correction", "CMR", ("MINPOSTEL Coopération", "cooperation@minpostel.gov.cm"),
  "Rectificatif - Note verbale - Consultation PME technologiques",
  mid="<3b77f0c1aa9e4c52b7e1@minpostel.gov.cm>",
  recv=T(2019, 8, 19, 9, 5, 12, "+0100"), date=T(2019, 8, 19, 9, 4, 50, "+0100"),
  charset="iso-8859-1", cte="quoted-printable",
  body="""Madame, Monsieur,

En complément de notre note du 07 août 2019, nous vous informons que
M. ESSOMBA Jean-Pierre, empêché, sera remplacé à Budapest par
Mme NGO BIYONG Esther Carine, Chef de Service du Développement des Usages
TIC (esther.ngobiyong@minpostel.gov.cm).

Merci de bien vouloir prendre en compte ce changement.

La Division de la Coopération
MINPOSTEL
""",
  delegates=[D("Esther Carine Ngo Biyong", ["NGO BIYONG Esther Carine"], "Chef de Service du Développement des Usages TIC", "esther.ngobiyong@minpostel.gov.cm")],
  sessions=["budapest-2019"], supersedes="cmr-nom")

M("bel-int", "fr", "interest_only", "BEL", ("Vandenberghe Luc", "luc.vandenberghe@ibpt.be"),
  "RE: CI-19/35",
  mid="<AM0PR01MB4962B0E9D6@AM0PR01MB4962.eurprd01.prod.outlook.com>",
  recv=T(2019, 8, 12, 16, 40, 2, "+0200"), date=T(2019, 8, 12, 16, 39, 41, "+0200"),
  charset="windows-1252", cte="quoted-printable",
  body="""Monsieur Clark,

La Belgique ne pourra malheureusement pas être présente à Budapest le 10
septembre. Nous sommes néanmoins très intéressés par les sessions prévues
en 2020, en marge des groupes de travail du Conseil et du Forum du SMSI, et
vous communiquerons un nom en temps utile.

Meilleures salutations,
Luc Vandenberghe
IBPT - BIPT
Conseiller Relations internationales / Adviseur Internationale Relaties

-----Message d'origine-----
De : ITU SME <sme@itu.int>
Envoyé : mardi 23 juillet 2019 16:12
Objet : CI-19/35
""" + quote(CIRC_FR, "") + "\n",
  delegates=[], sessions=["cwg-2020", "wsis-2020"])

M("lux-dec", "fr", "decline", "LUX", ("Service des médias et des communications", "smc@smc.etat.lu"),
  "CI-19/35 - réponse du Luxembourg",
  mid="<OF5A3E1C02.7D22B1F0-ONC1258450.0041A2BC@etat.lu>",
  recv=T(2019, 8, 14, 13, 59, 20, "+0200"),
  charset="iso-8859-1", cte="8bit",
  extra=["X-Mailer: Lotus Notes Release 9.0.1FP10 SHF68"],
  body="""Madame, Monsieur,

Nous vous remercions de votre invitation. Le Luxembourg ne participera pas
aux sessions de consultation sur les PME. Nous vous souhaitons plein succès
dans l'organisation de ces travaux.

Bien à vous,

Service des médias et des communications
Ministère d'Etat
5, rue Plaetis, L-2338 Luxembourg
""",
  delegates=[], sessions=[])

M("cod-inq", "fr", "inquiry", "COD", ("Patrick Mukendi Kabasele", "pmukendi@arptc.gouv.cd"),
  "Demande de précision CI-19/35",
  mid="<CAE9d1c7+PmK@mail.gmail.com>",
  recv=T(2019, 8, 10, 15, 31, 9, "+0200"), date=T(2019, 8, 10, 14, 31, 0, "+0100"),
  charset="utf-8", cte="8bit",
  body="""Bonjour,

Nous avons bien reçu la circulaire CI-19/35. Avant de désigner notre
participant, pourriez-vous préciser si les frais de participation à ITU
Telecom World sont pris en charge pour les participants à la session de
consultation, et si la session se tiendra en français avec interprétation ?

Dans l'attente de votre retour,

Patrick MUKENDI KABASELE
Directeur adjoint, Coopération internationale
ARPTC - Kinshasa / RDC
""",
  delegates=[], sessions=[])

M("mli-auto", "fr", "auto_reply", None, ("Fatoumata Coulibaly", "fcoulibaly@amrtp.ml"),
  "Réponse automatique : CI-19/35 - Consultation sessions for Member States",
  mid="<autoreply.5d3749a2.fcoulibaly@amrtp.ml>",
  recv=T(2019, 7, 23, 16, 14, 5, "+0200"), date=T(2019, 7, 23, 14, 14, 1, "+0000"),
  charset="iso-8859-1", cte="quoted-printable",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Bonjour,

Je suis absente du bureau du 22 juillet au 18 août 2019 inclus, avec un
accès limité à ma messagerie. Pour toute urgence, veuillez contacter
M. Boubacar Traoré (btraore@amrtp.ml).

Cordialement,
Fatoumata Coulibaly
AMRTP
""",
  delegates=[], sessions=[])

# ================================================================ SPANISH

M("esp-nom", "es", "nomination", "ESP", ("García Ortega, Lucía", "lucia.garcia@economia.gob.es"),
  "RE: CI-19/35 - Sesiones de consulta PYME",
  mid="<VI1PR0601MB2208D1E0F3C4@VI1PR0601MB2208.eurprd06.prod.outlook.com>",
  recv=T(2019, 8, 1, 12, 45, 10, "+0200"), date=T(2019, 8, 1, 12, 44, 49, "+0200"),
  charset="iso-8859-1", cte="quoted-printable",
  body="""Estimado Sr. Clark:

En respuesta a la Circular CI-19/35, le comunico que España tiene interés en
participar en las sesiones de consulta. Asistirá a la primera sesión, en
Budapest, D. Álvaro Martín Ruiz, Consejero Técnico de la Subdirección
General de Relaciones Internacionales de la Secretaría de Estado para el
Avance Digital (alvaro.martin@economia.gob.es).

Un cordial saludo,

Lucía García Ortega
Jefa de Área de Organismos Internacionales
SEAD - Ministerio de Economía y Empresa
""",
  delegates=[D("Álvaro Martín Ruiz", [], "Consejero Técnico de la Subdirección General de Relaciones Internacionales de la Secretaría de Estado para el Avance Digital", "alvaro.martin@economia.gob.es")],
  sessions=["budapest-2019"])

M("mex-nom", "es", "nomination", "MEX", ("Unidad de Asuntos Internacionales IFT", "uai@ift.org.mx"),
  "Designación México - Circular CI-19/35",
  mid="<BN6PR11MB17789C2B4A1@BN6PR11MB1778.namprd11.prod.outlook.com>",
  recv=T(2019, 8, 16, 17, 45, 20, "-0500"), date=T(2019, 8, 16, 17, 44, 58, "-0500"),
  charset="windows-1252", cte="quoted-printable",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Estimados colegas de la UIT:</p>
<p>Por medio del presente, y en atención a la Circular CI-19/35, el Instituto Federal de Telecomunicaciones de México manifiesta su interés en las sesiones de consulta &quot;Fomento de las PYME tecnológicas e innovadoras&quot; y designa a las siguientes personas para la sesión del 10 de septiembre en Budapest:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1F4E79;color:white"><th>Nombre</th><th>Apellidos</th><th>Cargo</th><th>Correo</th></tr>
<tr><td>María Fernanda</td><td>Sánchez Villalobos</td><td>Directora General Adjunta de Asuntos Multilaterales</td><td>mfernanda.sanchez@ift.org.mx</td></tr>
<tr><td>José Luis</td><td>Hernández Peña</td><td>Subdirector de Innovación</td><td>joseluis.hernandez@ift.org.mx</td></tr>
</table>
<p>Sin otro particular, reciban un cordial saludo.</p>
<p><b>Unidad de Asuntos Internacionales</b><br>Instituto Federal de Telecomunicaciones<br>Insurgentes Sur 1143, Col. Nochebuena, CDMX</p>
<p style="font-size:8pt;color:gray">Este correo electrónico y sus anexos son confidenciales.</p>
</div></body></html>
""",
  delegates=[D("María Fernanda Sánchez Villalobos", [], "Directora General Adjunta de Asuntos Multilaterales", "mfernanda.sanchez@ift.org.mx"),
             D("José Luis Hernández Peña", [], "Subdirector de Innovación", "joseluis.hernandez@ift.org.mx")],
  sessions=["budapest-2019"])

M("col-nom", "es", "nomination", "COL", ("Camilo Andrés Rojas", "crojas@mintic.gov.co"),
  "Participación de Colombia en sesiones de consulta PYME UIT",
  mid="<CAPxR7v3Ffk1@mail.gmail.com>",
  recv=T(2019, 8, 15, 23, 10, 5, "+0200"), date=T(2019, 8, 15, 16, 9, 44, "-0500"),
  charset="utf-8", cte="base64",
  body="""Buenas tardes, señor Clark.

Le escribo desde la Oficina de Asuntos Internacionales del Ministerio TIC de
Colombia. Tenemos interés en las tres sesiones anunciadas en la circular:
Budapest, los Grupos de Trabajo del Consejo y el Foro de la CMSI de 2020.

Para Budapest, el Ministerio designa a la doctora Paola Andrea Gutiérrez
Restrepo, Viceministra (e) de Economía Digital. Para las sesiones de 2020
confirmaremos más adelante si será ella u otra persona.

Quedo atento,

Camilo Andrés Rojas Mejía
Asesor - Oficina de Asuntos Internacionales
Ministerio de Tecnologías de la Información y las Comunicaciones
Edificio Murillo Toro, Bogotá D.C.
""",
  delegates=[D("Paola Andrea Gutiérrez Restrepo", [], "Viceministra (e) de Economía Digital", None)],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"])

M("per-nom", "es", "nomination", "PER", ("Rosa Quispe", "rquispe@mtc.gob.pe"),
  "RE: CI-19/35",
  mid="<7A1E3C20-5B1D-4F2C-8E61-0D9C3B2A4F11@mtc.gob.pe>",
  recv=T(2019, 8, 11, 2, 20, 33, "+0200"), date=T(2019, 8, 10, 19, 20, 9, "-0500"),
  charset="utf-8", cte="quoted-printable",
  body="""Estimados, el Perú participará en Budapest. Asiste el Ing. Jorge Luis Mamani Condori, Director de Políticas y Regulación en Comunicaciones (MTC). Saludos

Rosa Quispe H.
MTC - Oficina de Cooperación Internacional

Enviado desde mi iPhone
""",
  delegates=[D("Jorge Luis Mamani Condori", [], "Director de Políticas y Regulación en Comunicaciones (MTC)", None)],
  sessions=["budapest-2019"])

M("cub-nom", "es", "nomination", "CUB", ("Misión Permanente de Cuba en Ginebra", "mision@cubaginebra.ch"),
  "Nota Verbal No. 318/2019 - Circular CI-19/35",
  mid="<5d56e0c1.1c69fb81.45d2.7a31@cubaginebra.ch>",
  recv=T(2019, 8, 16, 17, 2, 44, "+0200"), date=T(2019, 8, 16, 17, 2, 20, "+0200"),
  charset="iso-8859-1", cte="8bit",
  body="""Nota Verbal No. 318/2019

La Misión Permanente de la República de Cuba ante la Oficina de las Naciones
Unidas en Ginebra y otros organismos internacionales con sede en Suiza
saluda atentamente a la Secretaría General de la Unión Internacional de
Telecomunicaciones y, en relación con la Circular CI-19/35 de fecha 23 de
julio de 2019, tiene el honor de informar que la República de Cuba participará
en la sesión de consulta "Fomento de las PYME tecnológicas e innovadoras", a
celebrarse el 10 de septiembre de 2019 en Budapest, Hungría.

La delegación cubana estará integrada por:

- Sr. Wilfredo REYES CASTILLO, Director de Regulaciones, Ministerio de
  Comunicaciones
- Sra. Yanet ACOSTA LEYVA, Tercera Secretaria, Misión Permanente de Cuba en
  Ginebra

La Misión Permanente de la República de Cuba ante la Oficina de las Naciones
Unidas en Ginebra y otros organismos internacionales con sede en Suiza
aprovecha la ocasión para reiterar a la Secretaría General de la Unión
Internacional de Telecomunicaciones el testimonio de su más alta y
distinguida consideración.

Ginebra, 16 de agosto de 2019
""",
  delegates=[D("Wilfredo Reyes Castillo", ["Wilfredo REYES CASTILLO"], "Director de Regulaciones, Ministerio de Comunicaciones", None),
             D("Yanet Acosta Leyva", ["Yanet ACOSTA LEYVA"], "Tercera Secretaria, Misión Permanente de Cuba en Ginebra", None)],
  sessions=["budapest-2019"])

M("ecu-nom", "es", "nomination", "ECU", ("Diego Vinueza", "diego.vinueza@telecomunicaciones.gob.ec"),
  "Designación Ecuador - sesión Budapest 10/09",
  mid="<1565630102.4471.14.camel@telecomunicaciones.gob.ec>",
  recv=T(2019, 8, 12, 19, 15, 2, "+0200"), date=T(2019, 8, 12, 12, 14, 40, "-0500"),
  charset="utf-8", cte="quoted-printable",
  body="""Señores UIT, buenas tardes:

El Ministerio de Telecomunicaciones y de la Sociedad de la Información del
Ecuador designa como participante para la sesión de consulta del 10 de
septiembre en Budapest a la Mgs. Gabriela Estefanía Andrade Torres,
Subsecretaria de Fomento de la Sociedad de la Información
(gabriela.andrade@telecomunicaciones.gob.ec).

Atentamente,

Diego Vinueza
Dirección de Relaciones Internacionales - MINTEL
""",
  delegates=[D("Gabriela Estefanía Andrade Torres", [], "Subsecretaria de Fomento de la Sociedad de la Información", "gabriela.andrade@telecomunicaciones.gob.ec")],
  sessions=["budapest-2019"])

M("ecu-corr", "es", "correction", "ECU", ("Diego Vinueza", "diego.vinueza@telecomunicaciones.gob.ec"),
  "RE: Designación Ecuador - sesión Budapest 10/09 (ACTUALIZACIÓN)",
  mid="<1565887410.4471.31.camel@telecomunicaciones.gob.ec>",
  recv=T(2019, 8, 15, 18, 43, 55, "+0200"), date=T(2019, 8, 15, 11, 43, 30, "-0500"),
  charset="utf-8", cte="quoted-printable",
  extra=["In-Reply-To: <1565630102.4471.14.camel@telecomunicaciones.gob.ec>"],
  body="""Estimados:

Complementando nuestro correo anterior, les informamos que a la Subsecretaria
Gabriela Andrade Torres la acompañará en Budapest el Ing. Marco Vinicio
Paredes Salazar, Director de Emprendimiento Digital
(marco.paredes@telecomunicaciones.gob.ec).

Por tanto, la delegación del Ecuador queda así:
1. Gabriela Estefanía Andrade Torres
2. Marco Vinicio Paredes Salazar

Saludos cordiales,
Diego Vinueza
MINTEL

El lun., 12 ago. 2019 a las 12:14, Diego Vinueza escribió:
> El Ministerio de Telecomunicaciones y de la Sociedad de la Información del
> Ecuador designa como participante para la sesión de consulta del 10 de
> septiembre en Budapest a la Mgs. Gabriela Estefanía Andrade Torres,
""",
  delegates=[D("Gabriela Estefanía Andrade Torres", ["Gabriela Andrade Torres"], "Subsecretaria de Fomento de la Sociedad de la Información", None),
             D("Marco Vinicio Paredes Salazar", [], "Director de Emprendimiento Digital", "marco.paredes@telecomunicaciones.gob.ec")],
  sessions=["budapest-2019"], supersedes="ecu-nom")

M("arg-int", "es", "interest_only", "ARG", ("Dirección Nacional de Relaciones Internacionales - ENACOM", "dnri@enacom.gob.ar"),
  "Re: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
  mid="<fa61c3e9-71f2-2b0c-dd5e-90c3a1f2e7b4@enacom.gob.ar>",
  recv=T(2019, 8, 16, 20, 5, 10, "-0300"), date=T(2019, 8, 16, 20, 4, 47, "-0300"),
  charset="utf-8", cte="8bit",
  body="""Estimados,

La República Argentina manifiesta su interés en participar de la primera
sesión de consulta en Budapest. El nombre del representante será informado
a la brevedad, una vez concluido el trámite interno de autorización de viaje.

Saludos cordiales,

DNRI - ENACOM
Perú 103, CABA

El 23/07/2019 a las 11:12, ITU SME escribió:
""" + quote(CIRC_ES) + "\n",
  delegates=[], sessions=["budapest-2019"])

M("chl-dec", "es", "decline", "CHL", ("Subtel - Relaciones Internacionales", "rrii@subtel.gob.cl"),
  "Respuesta Circular CI-19/35",
  mid="<000b01d551c4$5f7d2e10$1e778a30$@subtel.gob.cl>",
  recv=T(2019, 8, 16, 15, 30, 0, "+0200"), date=T(2019, 8, 16, 9, 29, 38, "-0400"),
  charset="windows-1252", cte="quoted-printable",
  body="""Estimado Sr. Christopher Clark:

Agradecemos la invitación a las sesiones de consulta sobre PYME
tecnológicas. Lamentablemente, por restricciones presupuestarias y de
agenda, Chile no podrá participar en esta oportunidad.

Atentamente,
Departamento de Relaciones Internacionales
Subsecretaría de Telecomunicaciones de Chile
""",
  delegates=[], sessions=[])

M("ury-inq", "es", "inquiry", "URY", ("Martín Pereira", "mpereira@ursec.gub.uy"),
  "Consulta sobre la sesión del 10 de setiembre",
  mid="<CAJw5yZ0q4K3@mail.gmail.com>",
  recv=T(2019, 8, 5, 20, 12, 40, "+0200"), date=T(2019, 8, 5, 15, 12, 20, "-0300"),
  charset="utf-8", cte="quoted-printable",
  body="""Hola, buenas tardes.

¿La sesión de consulta del 10 de setiembre requiere inscripción aparte de la
acreditación a ITU Telecom World, o alcanza con enviar el nombre a esta
casilla? ¿Hay un programa preliminar de la sesión?

Gracias de antemano.

Martín Pereira
URSEC - Uruguay
""",
  delegates=[], sessions=[])

# ================================================================ ARABIC

M("egy-nom", "ar", "nomination", "EGY", ("الإدارة العامة للعلاقات الدولية", "intl.relations@mcit.gov.eg"),
  "ترشيح: الدورية CI-19/35 - جلسات التشاور الخاصة بالشركات الصغيرة والمتوسطة",
  mid="<4f1c2a.7b20.mcit@mcit.gov.eg>",
  recv=T(2019, 8, 4, 11, 20, 6, "+0200"), date=T(2019, 8, 4, 11, 19, 40, "+0200"),
  charset="windows-1256", cte="quoted-printable",
  body="""السيد/ كريستوفر كلارك
مسؤول الاتصال - الاتحاد الدولي للاتصالات

تحية طيبة وبعد،

بالإشارة إلى الرسالة الدورية رقم CI-19/35 المؤرخة 23 يوليو 2019 بشأن جلسات التشاور للدول الأعضاء حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، يسرنا إفادتكم باهتمام جمهورية مصر العربية بالمشاركة، وترشيح:

المهندسة/ منى عبد الرحمن السيد
(Eng. Mona Abdel Rahman El Sayed)
مدير عام دعم ريادة الأعمال - هيئة تنمية صناعة تكنولوجيا المعلومات (ايتيدا)
البريد الإلكتروني: mona.elsayed@itida.gov.eg

لحضور الجلسة الأولى في بودابست يوم 10 سبتمبر 2019.

وتفضلوا بقبول فائق الاحترام،

الإدارة العامة للعلاقات الدولية
وزارة الاتصالات وتكنولوجيا المعلومات
القرية الذكية - الجيزة
""",
  delegates=[D("منى عبد الرحمن السيد", ["Mona Abdel Rahman El Sayed"], "مدير عام دعم ريادة الأعمال - هيئة تنمية صناعة تكنولوجيا المعلومات (ايتيدا)", "mona.elsayed@itida.gov.eg")],
  sessions=["budapest-2019"])

M("egy-corr", "ar", "correction", "EGY", ("الإدارة العامة للعلاقات الدولية", "intl.relations@mcit.gov.eg"),
  "تصحيح اسم المرشحة - CI-19/35",
  mid="<51aa09.7b20.mcit@mcit.gov.eg>",
  recv=T(2019, 8, 6, 9, 2, 51, "+0200"), date=T(2019, 8, 6, 9, 2, 30, "+0200"),
  charset="windows-1256", cte="quoted-printable",
  body="""السادة/ أمانة الاتحاد الدولي للاتصالات

إلحاقاً برسالتنا المؤرخة 4 أغسطس 2019، نرجو التكرم بتصحيح اسم المرشحة ليصبح:

منى عبد الرحيم السيد
Mona Abdel Rahim El Sayed

بدلاً من "عبد الرحمن"، وذلك حسب جواز السفر. وتبقى باقي البيانات دون تغيير (الجلسة الأولى - بودابست).

مع خالص الشكر،
الإدارة العامة للعلاقات الدولية - وزارة الاتصالات وتكنولوجيا المعلومات
""",
  delegates=[D("منى عبد الرحيم السيد", ["Mona Abdel Rahim El Sayed"], None, None)],
  sessions=["budapest-2019"], supersedes="egy-nom")

M("sau-nom", "ar", "nomination", "SAU", ("Abdulaziz Al-Qahtani", "aalqahtani@citc.gov.sa"),
  "ترشيح ممثل المملكة - جلسة التشاور في بودابست",
  mid="<b84c1e2d9a7f4e3cb1d0@citc.gov.sa>",
  recv=T(2019, 8, 13, 9, 40, 10, "+0300"), date=T(2019, 8, 13, 9, 39, 45, "+0300"),
  charset="utf-8", cte="base64",
  body="""سعادة الأمين العام للاتحاد الدولي للاتصالات      المحترم

السلام عليكم ورحمة الله وبركاته،

إشارة إلى تعميمكم رقم CI-19/35، نفيدكم برغبة المملكة العربية السعودية في المشاركة في جلسات التشاور، ونرفق لكم بيانات المرشح لحضور الجلسة الأولى:

الاسم: عبدالعزيز بن محمد القحطاني
الاسم باللغة الإنجليزية: Abdulaziz Mohammed Alqahtani
المسمى الوظيفي: مدير إدارة الابتكار وريادة الأعمال
الجهة: هيئة الاتصالات وتقنية المعلومات
البريد الإلكتروني: aalqahtani@citc.gov.sa
الجوال: +966 5x xxx xxxx

كما نود إبلاغكم باهتمامنا بالجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات 2020، وسيتم إفادتكم بالمرشح لاحقاً.

وتقبلوا خالص التحية والتقدير،،

عبدالعزيز القحطاني
هيئة الاتصالات وتقنية المعلومات
المملكة العربية السعودية
""",
  delegates=[D("عبدالعزيز بن محمد القحطاني", ["Abdulaziz Mohammed Alqahtani", "عبدالعزيز القحطاني", "Abdulaziz Al-Qahtani"], "مدير إدارة الابتكار وريادة الأعمال", "aalqahtani@citc.gov.sa")],
  sessions=["budapest-2019", "wsis-2020"])

M("are-int", "ar", "interest_only", "ARE", ("TDRA International Affairs", "intl.affairs@tdra.gov.ae"),
  "RE: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
  mid="<DXBPR01MB3310AE42C19@DXBPR01MB3310.eurprd01.prod.outlook.com>",
  recv=T(2019, 8, 17, 1, 30, 5, "+0400"), date=T(2019, 8, 17, 1, 29, 44, "+0400"),
  charset="windows-1256", cte="base64",
  body="""السادة الأفاضل في الاتحاد الدولي للاتصالات،

تحية طيبة،

تود دولة الإمارات العربية المتحدة التعبير عن اهتمامها بسلسلة جلسات التشاور، وسيتم تزويدكم باسم المشارك في جلسة بودابست خلال الأيام القليلة القادمة.

مع التحية،
إدارة الشؤون الدولية
هيئة تنظيم الاتصالات والحكومة الرقمية

From: ITU SME <sme@itu.int>
Sent: Tuesday, July 23, 2019 6:12 PM
Subject: CI-19/35

""" + CIRC_AR + "\n",
  delegates=[], sessions=["budapest-2019"])

M("jor-nom", "ar", "nomination", "JOR", ("Rana Haddad", "rana.haddad@modee.gov.jo"),
  "مشاركة الأردن في جلسات التشاور",
  mid="<CAG8kQd1w+yJ@mail.gmail.com>",
  recv=T(2019, 8, 8, 12, 5, 51, "+0300"), date=T(2019, 8, 8, 12, 5, 30, "+0300"),
  charset="utf-8", cte="quoted-printable",
  body="""مرحباً،

بالإشارة إلى الدورية CI-19/35، ترشح وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية كلاً من:

1- م. خالد يوسف العبادي، مدير مديرية الريادة والابتكار (k.alabbadi@modee.gov.jo)
2- رنا حداد، رئيسة قسم التعاون الدولي

لحضور جلسة التشاور في بودابست، وكذلك الجلسة المزمع عقدها على هامش اجتماعات أفرقة العمل التابعة للمجلس مطلع عام 2020.

مع الشكر
رنا حداد | Rana Haddad
رئيسة قسم التعاون الدولي
وزارة الاقتصاد الرقمي والريادة
""",
  delegates=[D("خالد يوسف العبادي", [], "مدير مديرية الريادة والابتكار", "k.alabbadi@modee.gov.jo"),
             D("رنا حداد", ["Rana Haddad"], "رئيسة قسم التعاون الدولي", "rana.haddad@modee.gov.jo")],
  sessions=["budapest-2019", "cwg-2020"])

M("omn-nom", "ar", "nomination", "OMN", ("Said Al Harthy", "said.alharthy@tra.gov.om"),
  "Re: CI-19/35",
  mid="<B1F4E2A0-6D3C-4B7A-9C1E-55F0A2D7C913@tra.gov.om>",
  recv=T(2019, 8, 16, 23, 40, 2, "+0400"), date=T(2019, 8, 16, 23, 39, 41, "+0400"),
  charset="utf-8", cte="quoted-printable",
  body="""السلام عليكم
نعم سلطنة عمان مهتمة، وسأحضر الجلسة في بودابست شخصياً.
سعيد بن ناصر الحارثي
هيئة تنظيم الاتصالات
Said Nasser Al Harthy
Director, Market Development

أُرسلت من الـ iPhone

> في ‏23‏/07‏/2019، الساعة ‏6:12 م، كتب ITU SME <sme@itu.int>:
>
> حضرات السادة والسيدات،
""",
  delegates=[D("سعيد بن ناصر الحارثي", ["Said Nasser Al Harthy", "Said Al Harthy"], "Director, Market Development", "said.alharthy@tra.gov.om")],
  sessions=["budapest-2019"])

M("qat-dec", "ar", "decline", "QAT", ("Permanent Mission of Qatar Geneva", "geneva@mofa.gov.qa"),
  "مذكرة رقم 2019/ج/447",
  mid="<e1d3c5a7-0b9f-4d21-8a6e-2f4c7b9e1a30@mofa.gov.qa>",
  recv=T(2019, 8, 15, 11, 15, 40, "+0200"), date=T(2019, 8, 15, 11, 15, 18, "+0200"),
  charset="iso-8859-6", cte="base64",
  body="""تهدي البعثة الدائمة لدولة قطر لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف أطيب تحياتها إلى الأمانة العامة للاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة الدورية رقم CI-19/35، تتشرف بإفادتها بأن دولة قطر تعتذر عن المشاركة في جلسة التشاور المزمع عقدها في بودابست في 10 سبتمبر 2019 نظراً لارتباطات سابقة.

وتغتنم البعثة الدائمة لدولة قطر هذه الفرصة لتعرب للأمانة العامة للاتحاد عن فائق تقديرها واحترامها.

جنيف في 15 أغسطس 2019
""",
  delegates=[], sessions=[])

M("kwt-inq", "ar", "inquiry", "KWT", ("Fahad Al-Mutairi", "f.almutairi@citra.gov.kw"),
  "استفسار بخصوص الدورية CI-19/35",
  mid="<3c9a8f12e4b54d8c@citra.gov.kw>",
  recv=T(2019, 8, 6, 10, 30, 22, "+0300"), date=T(2019, 8, 6, 10, 30, 0, "+0300"),
  charset="windows-1256", cte="quoted-printable",
  body="""السلام عليكم ورحمة الله،

هل يمكن ترشيح ممثل عن القطاع الخاص (شركة ناشئة كويتية) ضمن وفد دولة الكويت في جلسة التشاور، أم أن المشاركة مقتصرة على ممثلي الجهات الحكومية؟ وهل هناك جدول أعمال مفصل متاح حالياً؟

شاكرين تعاونكم،
فهد المطيري
هيئة الاتصالات وتقنية المعلومات - الكويت
""",
  delegates=[], sessions=[])

M("sdn-nom", "ar", "nomination", "SDN", ("Mohamed Osman", "mohamedosman.tpra@gmail.com"),
  "ترشيح السودان",
  mid="<CAN2tQ8xP5r@mail.gmail.com>",
  recv=T(2019, 8, 21, 8, 12, 3, "+0200"), date=T(2019, 8, 21, 9, 11, 42, "+0300"),
  charset="utf-8", cte="base64",
  body="""السادة الاتحاد الدولي للاتصالات
تحية طيبة
نرجو قبول ترشيح الأستاذة / آمنة الطيب عبد الله، مديرة إدارة تطوير الأعمال بالهيئة القومية للاتصالات والبريد، للمشاركة في جلسة بودابست، مع الاعتذار عن التأخير بسبب ظروف البلاد.
Amna Eltayeb Abdalla
وشكراً
محمد عثمان
الهيئة القومية للاتصالات والبريد - الخرطوم
""",
  delegates=[D("آمنة الطيب عبد الله", ["Amna Eltayeb Abdalla"], "مديرة إدارة تطوير الأعمال بالهيئة القومية للاتصالات والبريد", None)],
  sessions=["budapest-2019"])

# ================================================================ RUSSIAN

M("rus-nom", "ru", "nomination", "RUS", ("Отдел международного сотрудничества", "intl@digital.gov.ru"),
  "О кандидатуре для участия в консультации МСЭ (CI-19/35)",
  mid="<20190809123017.GA4412@digital.gov.ru>",
  recv=T(2019, 8, 9, 11, 30, 40, "+0200"), date=T(2019, 8, 9, 12, 30, 17, "+0300"),
  charset="koi8-r", cte="quoted-printable",
  body="""Уважаемый господин Кларк!

В ответ на циркулярное письмо CI-19/35 от 23 июля 2019 г. сообщаем о
заинтересованности Российской Федерации в участии в консультационных
сессиях по поддержке технологических и инновационных МСП.

Для участия в первой сессии (10 сентября 2019 г., Будапешт, в рамках
ITU Telecom World) Минкомсвязь России направляет заместителя директора
Департамента международного сотрудничества Соколову Елену Викторовну.

Данные участника:
Фамилия: СОКОЛОВА / SOKOLOVA
Имя: Елена / Elena
Отчество: Викторовна
Должность: заместитель директора Департамента международного сотрудничества
E-mail: e.sokolova@digital.gov.ru

С уважением,
Отдел многостороннего сотрудничества
Департамент международного сотрудничества
Минкомсвязь России
""",
  delegates=[D("Елена Викторовна Соколова", ["Соколова Елена Викторовна", "Elena Sokolova", "SOKOLOVA Elena"], "заместитель директора Департамента международного сотрудничества", "e.sokolova@digital.gov.ru")],
  sessions=["budapest-2019"])

M("rus-corr", "ru", "correction", "RUS", ("Отдел международного сотрудничества", "intl@digital.gov.ru"),
  "Уточнение: участие в консультации МСЭ (CI-19/35)",
  mid="<20190903091544.GB7720@digital.gov.ru>",
  recv=T(2019, 9, 3, 8, 15, 59, "+0200"), date=T(2019, 9, 3, 9, 15, 44, "+0300"),
  charset="koi8-r", cte="8bit",
  body="""Уважаемые коллеги!

В дополнение к нашему письму от 9 августа 2019 г. информируем, что в связи
с изменением графика Е.В. Соколова не сможет принять участие в сессии в
Будапеште. Просим считать её кандидатуру заявленной на консультационную
сессию в ходе Форума ВВУИО 2020 г. вместо будапештской.

Участник: Соколова Елена Викторовна (Sokolova Elena),
e.sokolova@digital.gov.ru

С уважением,
Отдел многостороннего сотрудничества
Минкомсвязь России
""",
  delegates=[D("Елена Викторовна Соколова", ["Соколова Елена Викторовна", "Sokolova Elena", "Е.В. Соколова"], None, "e.sokolova@digital.gov.ru")],
  sessions=["wsis-2020"], supersedes="rus-nom")

M("blr-nom", "ru", "nomination", "BLR", ("Министерство связи и информатизации", "mpt@mpt.gov.by"),
  "Ответ на циркуляр МСЭ CI-19/35",
  mid="<001001d54d1a$9c3f2e00$d4bd8a00$@mpt.gov.by>",
  recv=T(2019, 8, 12, 15, 44, 3, "+0200"), date=T(2019, 8, 12, 16, 43, 40, "+0300"),
  charset="windows-1251", cte="base64",
  body="""Генеральному секретарю
Международного союза электросвязи
г-ну Хоулиню Чжао

Уважаемый господин Генеральный секретарь!

Министерство связи и информатизации Республики Беларусь выражает
признательность за приглашение принять участие в консультационных
сессиях «Поддержка технологических и инновационных МСП» и сообщает,
что в сессии 10 сентября 2019 г. в г. Будапеште примут участие:

1. Кравченко Андрей Николаевич – начальник управления информатизации;
2. Лукашевич Ольга Сергеевна – главный специалист отдела международного
   сотрудничества.

Заместитель Министра                                  И.И. Петров
""",
  delegates=[D("Андрей Николаевич Кравченко", ["Кравченко Андрей Николаевич"], "начальник управления информатизации", None),
             D("Ольга Сергеевна Лукашевич", ["Лукашевич Ольга Сергеевна"], "главный специалист отдела международного сотрудничества", None)],
  sessions=["budapest-2019"])

M("kgz-nom", "ru", "nomination", "KGZ", ("Асель Токтогулова", "a.toktogulova@gkits.gov.kg"),
  "RE: CI-19/35",
  mid="<CAH4mVb7q2Ls@mail.gmail.com>",
  recv=T(2019, 8, 14, 7, 50, 3, "+0200"), date=T(2019, 8, 14, 11, 49, 40, "+0600"),
  charset="utf-8", cte="quoted-printable",
  body="""Добрый день!

Кыргызская Республика заинтересована в участии. На сессию в Будапешт
командируется Бакыт Асанович Жумабеков, заведующий отделом цифровой
экономики ГКИТС. Прошу направлять всю информацию Бакыту Асановичу
(b.zhumabekov@gkits.gov.kg) и мне в копии.

Также нас интересуют последующие сессии, возможно, мы подключимся позже.

С уважением,
Асель Токтогулова
ведущий специалист, сектор международного сотрудничества
Государственный комитет информационных технологий и связи КР
""",
  delegates=[D("Бакыт Асанович Жумабеков", [], "заведующий отделом цифровой экономики ГКИТС", "b.zhumabekov@gkits.gov.kg")],
  sessions=["budapest-2019"])

M("tjk-int", "ru", "interest_only", "TJK", ("Постоянное представительство Республики Таджикистан в Женеве", "mission@tajikmission-geneva.ch"),
  "Нота № 12/1-418",
  mid="<5d4be21f.mission.418@tajikmission-geneva.ch>",
  recv=T(2019, 8, 8, 14, 10, 12, "+0200"),
  charset="windows-1251", cte="quoted-printable",
  body="""Постоянное представительство Республики Таджикистан при Отделении ООН и
других международных организациях в Женеве свидетельствует свое уважение
Секретариату Международного союза электросвязи и, ссылаясь на циркулярное
письмо CI-19/35, имеет честь сообщить о заинтересованности Республики
Таджикистан в участии в консультационной сессии, которая состоится
10 сентября 2019 года в Будапеште. Информация о кандидатуре участника
будет направлена дополнительно.

Постоянное представительство пользуется случаем, чтобы возобновить
Секретариату Международного союза электросвязи уверения в своем высоком
уважении.

Женева, 8 августа 2019 года
""",
  delegates=[], sessions=["budapest-2019"])

M("tkm-dec", "ru", "decline", "TKM", ("Türkmenaragatnaşyk", "info@telecom.tm"),
  "Ответ CI-19/35", hcharset="utf-8",
  mid="<201908151022.x7FAM3Tq018842@mail.telecom.tm>",
  recv=T(2019, 8, 15, 7, 22, 31, "+0200"), date=T(2019, 8, 15, 10, 22, 3, "+0500"),
  charset="koi8-r", cte="base64",
  body="""Уважаемые господа,

Благодарим за приглашение. Сообщаем, что Туркменистан не планирует
участие в консультационных сессиях по МСП в 2019 году.

С уважением,
Агентство "Туркменарагатнашык"
""",
  delegates=[], sessions=[])

M("unrel-ru", "ru", "unrelated", None, ("ИТ-Форум Евразия", "invite@itforum-eurasia.example.ru"),
  "Приглашение: Евразийский форум цифровых МСП, 24-25 октября 2019, Сочи",
  mid="<campaign.4417.ru.20190729@itforum-eurasia.example.ru>",
  recv=T(2019, 7, 29, 10, 0, 30, "+0200"), date=T(2019, 7, 29, 11, 0, 2, "+0300"),
  charset="utf-8", cte="base64",
  extra=["Precedence: bulk", "List-Unsubscribe: <https://itforum-eurasia.example.ru/unsub>"],
  body="""Уважаемые коллеги!

Приглашаем вас принять участие в Евразийском форуме цифровых МСП, который
пройдет 24-25 октября 2019 года в Сочи. В программе: пленарная сессия с
участием представителей министерств, питч-сессии стартапов, выставка
решений для малого и среднего бизнеса.

Регистрация делегатов открыта до 1 октября. Для представителей
органов государственной власти участие бесплатное.

Оргкомитет форума
+7 (495) 000-00-00

Вы получили это письмо, так как подписаны на рассылку. Отписаться.
""",
  delegates=[], sessions=[])

# ================================================================ CHINESE

M("chn-inq", "zh", "inquiry", "CHN", ("中国常驻日内瓦代表团", "chinamission_itu@mfa.example.cn"),
  "关于CI-19/35号通函的询问",
  mid="<201907301045.7c2e91@mfa.example.cn>",
  recv=T(2019, 7, 30, 10, 46, 2, "+0200"), date=T(2019, 7, 30, 10, 45, 40, "+0200"),
  charset="gb18030", cte="base64",
  body="""国际电联秘书处：

你好！关于CI-19/35号通函所述"促进科技和创新中小企业"磋商会，请问：
一、布达佩斯会议期间的磋商会是否仅限成员国政府代表参加，企业代表能否随团参加？
二、磋商会是否提供中文同传？

盼复。谢谢！

中国常驻日内瓦代表团 科技处
""",
  delegates=[], sessions=[])

M("chn-nom", "zh", "nomination", "CHN", ("王晓梅", "wangxiaomei@miit.example.cn"),
  "回复：CI-19/35 中小企业磋商会人员报名",
  mid="<5D5124A3.0A7B.00C4.9F12@miit.example.cn>",
  recv=T(2019, 8, 12, 10, 25, 33, "+0200"), date=T(2019, 8, 12, 16, 25, 10, "+0800"),
  charset="gb2312", cte="base64",
  body="""Christopher Clark先生：

您好！

根据国际电联CI-19/35号通函，中华人民共和国工业和信息化部有意参加"促进科技和创新中小企业"系列磋商会。现将参加9月10日布达佩斯首场磋商会的人员信息报送如下：

姓名：刘建国（LIU Jianguo）
职务：工业和信息化部中小企业局副局长
电子邮件：liujianguo@miit.example.cn

顺致敬意！

王晓梅
工业和信息化部国际合作司
电话：+86 10 0000 0000
""",
  delegates=[D("刘建国", ["LIU Jianguo", "Liu Jianguo"], "工业和信息化部中小企业局副局长", "liujianguo@miit.example.cn")],
  sessions=["budapest-2019"])

M("chn-corr", "zh", "correction", "CHN", ("王晓梅", "wangxiaomei@miit.example.cn"),
  "补充：CI-19/35 中小企业磋商会参会人员（更新）",
  mid="<5D5661F0.0A7B.00C4.A3B0@miit.example.cn>",
  recv=T(2019, 8, 16, 9, 5, 1, "+0200"), date=T(2019, 8, 16, 15, 4, 40, "+0800"),
  charset="gbk", cte="base64",
  body="""Clark先生：

您好！对我8月12日来函作如下补充：除刘建国副局长外，增派陈思彤同志参加布达佩斯磋商会。更新后的参会名单如下：

1. 刘建国（LIU Jianguo），工业和信息化部中小企业局副局长
2. 陈思彤（CHEN Sitong），工业和信息化部国际合作司三级调研员，chensitong@miit.example.cn

给您带来不便，敬请谅解。

王晓梅
工业和信息化部国际合作司
""",
  delegates=[D("刘建国", ["LIU Jianguo"], "工业和信息化部中小企业局副局长", None),
             D("陈思彤", ["CHEN Sitong"], "工业和信息化部国际合作司三级调研员", "chensitong@miit.example.cn")],
  sessions=["budapest-2019"], supersedes="chn-nom")

M("zh-auto", "zh", "auto_reply", None, ("张伟", "zhangwei@caict.example.cn"),
  "自动回复: CI-19/35 - Consultation sessions for Member States",
  mid="<autoreply.20190723.zhangwei@caict.example.cn>",
  recv=T(2019, 7, 23, 16, 13, 2, "+0200"), date=T(2019, 7, 23, 22, 12, 58, "+0800"),
  charset="gbk", cte="base64",
  extra=["Auto-Submitted: auto-replied"],
  body="""您好，我于7月22日至8月2日休假，期间邮件回复可能延迟。急事请联系李娜（lina@caict.example.cn）。

I am on leave from 22 July to 2 August. For urgent matters please contact Ms Li Na.

张伟 Zhang Wei
""",
  delegates=[], sessions=[])

M("zh-unrel", "zh", "unrelated", None, ("創新通訊科技股份有限公司", "marketing@innocomm-tech.example.com.tw"),
  "【活動邀請】2019 亞太中小企業數位轉型高峰會",
  mid="<20190805093000.edm.88123@innocomm-tech.example.com.tw>",
  recv=T(2019, 8, 5, 3, 30, 12, "+0200"), date=T(2019, 8, 5, 9, 30, 0, "+0800"),
  charset="big5", cte="base64",
  extra=["Precedence: bulk"],
  body="""親愛的貴賓您好：

誠摯邀請您蒞臨「2019 亞太中小企業數位轉型高峰會」，本次活動將於9月26日在台北舉行，邀請產官學界專家分享5G、物聯網與雲端服務如何協助中小企業轉型。

名額有限，敬請儘早報名！

創新通訊科技股份有限公司 行銷部 敬邀
若您不希望再收到此類郵件，請按此取消訂閱。
""",
  delegates=[], sessions=[])

# ================================================================ PORTUGUESE

M("bra-nom", "pt", "nomination", "BRA", ("Assessoria Internacional - Anatel", "ai@anatel.gov.br"),
  "Indicação brasileira - Circular UIT CI-19/35",
  mid="<CP2PR80MB1347E8F1@CP2PR80MB1347.lamprd80.prod.outlook.com>",
  recv=T(2019, 8, 16, 18, 50, 12, "-0300"), date=T(2019, 8, 16, 18, 49, 50, "-0300"),
  charset="iso-8859-1", cte="quoted-printable",
  body="""Prezado Sr. Clark,

Em atenção à Circular CI-19/35, informo que o Brasil tem interesse nas
sessões de consulta sobre PMEs de tecnologia e inovação e indica os
seguintes representantes:

* Sessão de Budapeste (10/09/2019):
  - Sr. João Paulo de Almeida Cavalcanti, Superintendente de Planejamento
    e Regulamentação, Anatel (joaopaulo.cavalcanti@anatel.gov.br)
  - Sra. Beatriz Gonçalves Lima, Coordenadora de Inovação, Ministério da
    Ciência, Tecnologia, Inovações e Comunicações (beatriz.lima@mctic.gov.br)

* Sessão durante as reuniões dos Grupos de Trabalho do Conselho (2020):
  - Sra. Beatriz Gonçalves Lima (mesma acima)

Atenciosamente,

Renata Souza
Assessoria Internacional
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 06 - Brasília/DF
""",
  delegates=[D("João Paulo de Almeida Cavalcanti", [], "Superintendente de Planejamento e Regulamentação, Anatel", "joaopaulo.cavalcanti@anatel.gov.br"),
             D("Beatriz Gonçalves Lima", [], "Coordenadora de Inovação, Ministério da Ciência, Tecnologia, Inovações e Comunicações", "beatriz.lima@mctic.gov.br")],
  sessions=["budapest-2019", "cwg-2020"])

M("prt-int", "pt", "interest_only", "PRT", ("ANACOM - Relações Internacionais", "ri@anacom.pt"),
  "RE: CI-19/35",
  mid="<DB6PR0501MB2231F0A7@DB6PR0501MB2231.eurprd05.prod.outlook.com>",
  recv=T(2019, 8, 14, 17, 3, 3, "+0200"), date=T(2019, 8, 14, 16, 2, 41, "+0100"),
  charset="windows-1252", cte="quoted-printable",
  body="""Exmos. Senhores,

Portugal manifesta interesse nas sessões de consulta, em particular na
sessão a realizar durante o Fórum da CMSI em 2020. Quanto a Budapeste,
ainda não nos é possível confirmar a participação.

Com os melhores cumprimentos,
Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
""",
  delegates=[], sessions=["wsis-2020"])

M("bra-unrel", "pt", "unrelated", None, ("Renata Souza", "ai@anatel.gov.br"),
  "Reserva de hotel - Reunião Preparatória Regional (não relacionado à CI-19/35)",
  mid="<CP2PR80MB1347A1B0@CP2PR80MB1347.lamprd80.prod.outlook.com>",
  recv=T(2019, 8, 2, 15, 20, 0, "+0200"), date=T(2019, 8, 2, 10, 19, 38, "-0300"),
  charset="iso-8859-1", cte="quoted-printable",
  body="""Prezados,

Desculpem o envio para este endereço, mas não encontrei outro contato.
Gostaríamos de saber se ainda há quartos disponíveis no hotel indicado
para a Reunião Preparatória Regional das Américas do BDT, e qual o prazo
para a reserva com tarifa de grupo.

Obrigada,
Renata Souza
Assessoria Internacional - Anatel
""",
  delegates=[], sessions=[])

M("bounce-pt", "pt", "bounce", None, ("Sistema de entrega de correio", "postmaster@mtc.example.gov.br"),
  "Não entregue: CI-19/35 - Consultation sessions for Member States",
  mid="<d1c2b3a4-0000-4e5f-9a8b-7c6d5e4f3a2b@mtc.example.gov.br>",
  recv=T(2019, 7, 23, 21, 14, 22, "-0300"),
  extra=["Auto-Submitted: auto-replied", "Content-Language: pt-BR"],
  parts=multipart("report", [
      leaf("""A entrega falhou para estes destinatários ou grupos:

gabinete.sepin@mtc.example.gov.br
O endereço de email que você inseriu não foi encontrado. Verifique o
endereço do destinatário e tente reenviar a mensagem.

Informações de diagnóstico para administradores:
Servidor de geração: mtc.example.gov.br
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "plain", "iso-8859-1", "quoted-printable"),
      ("Content-Type: message/delivery-status\n\nReporting-MTA: dns;mtc.example.gov.br\n\n"
       "Final-recipient: RFC822; gabinete.sepin@mtc.example.gov.br\nAction: failed\nStatus: 5.1.10\n").encode("ascii"),
      ("Content-Type: text/rfc822-headers\n\nFrom: ITU SME <sme@itu.int>\nSubject: CI-19/35 - Consultation sessions for Member States\n"
       "Message-ID: <CI-19-35.0118@itu.int>\n").encode("ascii"),
  ], "ndr_d1c2b3a4", " report-type=delivery-status;"),
  delegates=[], sessions=[])

# ================================================================ GERMAN

M("deu-nom", "de", "nomination", "DEU", ("Schneider, Katrin, VIB3", "katrin.schneider@bmwi.bund.de"),
  "AW: CI-19/35 - Benennung für die Konsultation in Budapest",
  mid="<6A2F0C1B9E3D4A5B8C7D@BMWI-EX02.bmwi.local>",
  recv=T(2019, 8, 15, 10, 12, 44, "+0200"), date=T(2019, 8, 15, 10, 12, 20, "+0200"),
  charset="iso-8859-1", cte="quoted-printable",
  body="""Sehr geehrter Herr Clark,

Deutschland ist an der Konsultationsreihe interessiert. Für die Sitzung am
10. September in Budapest benennen wir

Herrn Dr. Matthias Bergmann
Referatsleiter VIB3 (Internationale Digitalpolitik, ITU, OECD)
Bundesministerium für Wirtschaft und Energie
matthias.bergmann@bmwi.bund.de

Über die Sitzungen 2020 (Ratsarbeitsgruppen, WSIS-Forum) entscheiden wir
zu einem späteren Zeitpunkt.

Mit freundlichen Grüßen
Im Auftrag

Katrin Schneider
Referat VIB3
Bundesministerium für Wirtschaft und Energie
Scharnhorststraße 34-37, 10115 Berlin
""",
  delegates=[D("Matthias Bergmann", [], "Referatsleiter VIB3 (Internationale Digitalpolitik, ITU, OECD)", "matthias.bergmann@bmwi.bund.de")],
  sessions=["budapest-2019"])

M("aut-auto", "de", "auto_reply", None, ("Huber Stefan", "stefan.huber@bmvit.gv.at"),
  "Abwesenheitsnotiz: CI-19/35 - Consultation sessions for Member States",
  mid="<OOF.7f3e2d1c@bmvit.gv.at>",
  recv=T(2019, 7, 23, 16, 12, 40, "+0200"),
  charset="iso-8859-1", cte="quoted-printable",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Ich bin bis einschließlich 19. August 2019 nicht im Büro. Ihre Nachricht
wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
post.iv4@bmvit.gv.at.

I am out of the office until 19 August 2019. In urgent cases please
contact post.iv4@bmvit.gv.at.

Mag. Stefan Huber
""",
  delegates=[], sessions=[])

M("bounce-de", "de", "bounce", None, ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bakom.example.ch"),
  "Unzustellbar: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
  mid="<7c4e1f0a2b3d4c5e9f81@EXCH01.bakom.example.ch>",
  recv=T(2019, 7, 23, 16, 13, 30, "+0200"),
  relay="mx.bakom.example.ch",
  extra=["Auto-Submitted: auto-replied", "Content-Language: de-CH", "X-MS-Exchange-Message-Is-Ndr:"],
  parts=multipart("report", [
      multipart("alternative", [
          leaf("""Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

peter.muster@bakom.example.ch
Das Postfach des Empfängers wurde deaktiviert. Der Empfänger hat die
Organisation möglicherweise verlassen.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH01.bakom.example.ch
peter.muster@bakom.example.ch
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""", "plain", "iso-8859-1", "quoted-printable"),
          leaf("""<html><body><p><b><font color="#000066" size="3">Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:</font></b></p>
<p><a href="mailto:peter.muster@bakom.example.ch">peter.muster@bakom.example.ch</a></p>
<p>Das Postfach des Empfängers wurde deaktiviert.</p></body></html>
""", "html", "iso-8859-1", "quoted-printable")], "alt_7c4e1f0a"),
      ("Content-Type: message/delivery-status\n\nReporting-MTA: dns;EXCH01.bakom.example.ch\n\n"
       "Final-recipient: RFC822; peter.muster@bakom.example.ch\nAction: failed\nStatus: 5.1.1\n").encode("ascii"),
  ], "ndr_7c4e1f0a", " report-type=delivery-status;"),
  delegates=[], sessions=[])

M("de-unrel", "de", "unrelated", None, ("SwissStartup Connect Newsletter", "newsletter@swissstartup-connect.example.ch"),
  "Newsletter August 2019: KMU-Förderung, Events & Ausschreibungen",
  mid="<nl-2019-08.a81f@swissstartup-connect.example.ch>",
  recv=T(2019, 8, 6, 8, 0, 5, "+0200"), date=T(2019, 8, 6, 8, 0, 0, "+0200"),
  charset="utf-8", cte="quoted-printable",
  extra=["Precedence: bulk", "List-Id: <news.swissstartup-connect.example.ch>",
         "List-Unsubscribe: <https://swissstartup-connect.example.ch/abmelden>"],
  body="""SwissStartup Connect – Newsletter August 2019

Liebe Leserinnen und Leser

+++ KMU-Förderung: Neue Innosuisse-Ausschreibung ab 1. September +++
+++ Event: "Tech-KMU und Regulierung", 12. September 2019, Genf +++
+++ Rückblick: Pitch Night Lausanne +++

Unsere Gastautorin Dr. Sabine Keller (ETH) erklärt, warum Telekom-Regulierer
stärker auf junge Technologieunternehmen zugehen sollten.

Weiterlesen: https://swissstartup-connect.example.ch/news/2019-08

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Webseite
angemeldet haben. Abmelden
""",
  delegates=[], sessions=[])

# ================================================================ ITALIAN, TURKISH, PERSIAN/DARI

M("ita-nom", "it", "nomination", "ITA", ("Segreteria DGSCERP", "segreteria.dgscerp@mise.gov.it"),
  "Circolare ITU CI-19/35 - designazione partecipante",
  mid="<000c01d554a9$3e7f1a20$bb7d4e60$@mise.gov.it>",
  recv=T(2019, 8, 17, 0, 3, 12, "+0200"), date=T(2019, 8, 16, 23, 59, 30, "+0200"),
  charset="windows-1252", cte="quoted-printable",
  body="""Gentile Segreteria ITU,

con riferimento alla Circolare CI-19/35, si comunica che l'Italia è
interessata a partecipare alla sessione di consultazione del 10 settembre
a Budapest. Parteciperà la Dott.ssa Giulia Ferraris, Dirigente della
Divisione Affari internazionali e Politiche per le PMI innovative
(giulia.ferraris@mise.gov.it).

Potrebbe eventualmente partecipare anche alle sessioni del 2020, ma ciò
andrà confermato.

Cordiali saluti,

La Segreteria
Direzione Generale per i servizi di comunicazione elettronica, di
radiodiffusione e postali - Ministero dello Sviluppo Economico
Viale America 201 - 00144 Roma
""",
  delegates=[D("Giulia Ferraris", [], "Dirigente della Divisione Affari internazionali e Politiche per le PMI innovative", "giulia.ferraris@mise.gov.it")],
  sessions=["budapest-2019"])

M("tur-nom", "tr", "nomination", "TUR", ("Bilgi Teknolojileri ve İletişim Kurumu", "dis.iliskiler@btk.gov.tr"),
  "ITU CI-19/35 sayılı genelge - katılımcı bildirimi",
  mid="<1565684421.12345.btk.gov.tr@postaci.btk.gov.tr>",
  recv=T(2019, 8, 13, 10, 20, 41, "+0200"), date=T(2019, 8, 13, 11, 20, 21, "+0300"),
  charset="iso-8859-9", cte="quoted-printable",
  body="""Sayın Yetkili,

CI-19/35 sayılı genelgenize istinaden, "Teknoloji ve yenilikçi KOBİ'lerin
desteklenmesi" istişare toplantılarına Türkiye'nin katılım talebini
bildiririz.

10 Eylül 2019 tarihinde Budapeşte'de yapılacak ilk oturuma Kurumumuz Dış
İlişkiler Dairesi Başkanı Sayın Ahmet Yılmaz'ın ve aynı Dairede görevli
Bilişim Uzmanı Zeynep Demirel'in katılımı uygun görülmüştür. Ahmet Yılmaz
Bey'e ahmet.yilmaz@btk.gov.tr adresinden ulaşılabilir.

Katılımcılar:
1) Ahmet Yılmaz - Dış İlişkiler Dairesi Başkanı
2) Zeynep Demirel - Bilişim Uzmanı

Bilgilerinize arz ederiz.

Saygılarımızla,
Dış İlişkiler Dairesi Başkanlığı
BTK - Ankara
""",
  delegates=[D("Ahmet Yılmaz", [], "Dış İlişkiler Dairesi Başkanı", "ahmet.yilmaz@btk.gov.tr"),
             D("Zeynep Demirel", [], "Bilişim Uzmanı", None)],
  sessions=["budapest-2019"])

M("irn-nom", "fa", "nomination", "IRN", ("Ministry of ICT - Intl. Affairs", "intl@ict.gov.ir"),
  "معرفی نماینده جمهوری اسلامی ایران - CI-19/35",
  mid="<20190811094512.16f2@ict.gov.ir>",
  recv=T(2019, 8, 11, 7, 15, 30, "+0200"), date=T(2019, 8, 11, 9, 45, 12, "+0430"),
  charset="utf-8", cte="base64",
  body="""با سلام و احترام،

بازگشت به بخشنامه شماره CI-19/35 اتحادیه بین‌المللی مخابرات، بدین‌وسیله اعلام می‌دارد جمهوری اسلامی ایران علاقه‌مند به مشارکت در نشست‌های مشورتی «حمایت از شرکت‌های کوچک و متوسط فناوری و نوآوری» می‌باشد.

سرکار خانم مریم حسینی (Maryam Hosseini)، مدیرکل همکاری‌های بین‌المللی سازمان تنظیم مقررات و ارتباطات رادیویی، به عنوان نماینده برای نشست نخست در بوداپست معرفی می‌گردند.
پست الکترونیک: m.hosseini@cra.ir

با تشکر
اداره کل همکاری‌های بین‌الملل
وزارت ارتباطات و فناوری اطلاعات
""",
  delegates=[D("مریم حسینی", ["Maryam Hosseini"], "مدیرکل همکاری‌های بین‌المللی سازمان تنظیم مقررات و ارتباطات رادیویی", "m.hosseini@cra.ir")],
  sessions=["budapest-2019"])

M("afg-int", "fa", "interest_only", "AFG", ("Ahmad Shah Rahimi", "ahmadshah.rahimi@mcit.gov.af"),
  "پاسخ به نامه CI-19/35",
  mid="<CAL7yR2Wq9vE@mail.gmail.com>",
  recv=T(2019, 8, 16, 9, 50, 0, "+0200"), date=T(2019, 8, 16, 12, 19, 40, "+0430"),
  charset="utf-8", cte="quoted-printable",
  body="""محترما،

وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان به جلسات مشورتی مربوط به شرکت‌های کوچک و متوسط علاقه‌مندی دارد. اسم نماینده بعداً شریک ساخته خواهد شد.

با احترام
احمدشاه رحیمی
ریاست روابط بین‌المللی
""",
  delegates=[], sessions=["budapest-2019"])

# ================================================================ INDONESIAN, SWAHILI, JAPANESE, KOREAN

M("idn-nom", "id", "nomination", "IDN", ("Biro KSLN Kominfo", "ksln@kominfo.go.id"),
  "Re: CI-19/35 - Consultation sessions for Member States: Fostering tech and innovation SMEs",
  mid="<CAO5kF7pX2mN@mail.gmail.com>",
  recv=T(2019, 8, 9, 6, 41, 2, "+0200"), date=T(2019, 8, 9, 11, 40, 40, "+0700"),
  charset="utf-8", cte="quoted-printable",
  body="""Yth. Sekretariat ITU,

Menindaklanjuti surat edaran CI-19/35, bersama ini kami sampaikan bahwa
Indonesia berminat mengikuti sesi konsultasi tersebut. Untuk sesi pertama
di Budapest (10 September 2019), Kementerian Komunikasi dan Informatika
menugaskan:

1. Bapak Dimas Aryo Wicaksono, Kepala Subdirektorat Ekonomi Digital
   (dimas.aryo@kominfo.go.id)
2. Ibu Sri Rahayu Ningsih, Analis Kerja Sama Internasional

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Biro Kerja Sama Luar Negeri
Kementerian Komunikasi dan Informatika RI
Jl. Medan Merdeka Barat No. 9, Jakarta 10110

On Tue, Jul 23, 2019 at 9:12 PM ITU SME <sme@itu.int> wrote:
""" + quote(CIRC_EN) + "\n",
  delegates=[D("Dimas Aryo Wicaksono", [], "Kepala Subdirektorat Ekonomi Digital", "dimas.aryo@kominfo.go.id"),
             D("Sri Rahayu Ningsih", [], "Analis Kerja Sama Internasional", None)],
  sessions=["budapest-2019"])

M("tza-nom", "sw", "nomination", "TZA", ("Neema Mwakyusa", "neema.mwakyusa@tcra.go.tz"),
  "Uteuzi wa mwakilishi - CI-19/35",
  mid="<CAF9zT3kWq1b@mail.gmail.com>",
  recv=T(2019, 8, 10, 9, 5, 40, "+0200"), date=T(2019, 8, 10, 10, 5, 18, "+0300"),
  charset="utf-8", cte="8bit",
  body="""Ndugu Christopher Clark,

Tunapenda kukujulisha kwamba Tanzania ina nia ya kushiriki katika vikao
vya mashauriano kuhusu biashara ndogo na za kati za teknolojia.

Kwa kikao cha kwanza Budapest tarehe 10 Septemba 2019, Mamlaka ya
Mawasiliano Tanzania (TCRA) inamteua Bw. Juma Hamisi Mfaume, Meneja wa
Ubunifu na Maendeleo ya TEHAMA (juma.mfaume@tcra.go.tz). Pia tunapenda
kushiriki kikao cha WSIS 2020 - jina litatumwa baadaye.

Wako,
Neema Mwakyusa
Afisa Mkuu, Mahusiano ya Kimataifa
Mamlaka ya Mawasiliano Tanzania
""",
  delegates=[D("Juma Hamisi Mfaume", [], "Meneja wa Ubunifu na Maendeleo ya TEHAMA", "juma.mfaume@tcra.go.tz")],
  sessions=["budapest-2019", "wsis-2020"])

M("jpn-inq", "ja", "inquiry", "JPN", ("在ジュネーブ国際機関日本政府代表部", "itu-desk@geneve-mission.example.jp"),
  "CI-19/35に関する照会",
  mid="<20190725101502.A7F3.ITU-DESK@geneve-mission.example.jp>",
  recv=T(2019, 7, 25, 10, 15, 20, "+0200"), date=T(2019, 7, 25, 10, 15, 2, "+0200"),
  charset="shift_jis", cte="base64",
  body="""ITU事務局 ご担当者様

CI-19/35の件につき、確認させてください。
ブダペストでの第1回協議セッションは、ITU Telecom Worldの参加登録とは別に
登録が必要でしょうか。また、各国からの参加者数に上限はありますでしょうか。

よろしくお願いいたします。

在ジュネーブ国際機関日本政府代表部
経済班
""",
  delegates=[], sessions=[])

M("jpn-nom", "ja", "nomination", "JPN", ("総務省 国際戦略局 多国間経済室", "tmk-ml@soumu.example.go.jp"),
  "【回答】CI-19/35 中小企業に関する協議セッション参加者について",
  mid="<201908081730.JAA18422@soumu.example.go.jp>",
  recv=T(2019, 8, 8, 10, 30, 5, "+0200"), date=T(2019, 8, 8, 17, 29, 44, "+0900"),
  charset="iso-2022-jp", cte="7bit",
  body="""ITU事務局
Christopher Clark 様

いつもお世話になっております。
総務省国際戦略局多国間経済室でございます。

標記の件、日本国として関心を有しており、9月10日にブダペストで開催される
第1回協議セッションには、以下の者が参加いたします。

氏名：山田 花子（YAMADA Hanako）
所属・役職：総務省 国際戦略局 多国間経済室 課長補佐
メール：h-yamada@soumu.example.go.jp

なお、2020年のWSISフォーラムの際のセッションにつきましては、
現時点では未定です。

以上、よろしくお願い申し上げます。

----------------------------------
総務省 国際戦略局 多国間経済室
佐藤 健一
TEL: 03-0000-0000
----------------------------------
""",
  delegates=[D("山田花子", ["山田 花子", "YAMADA Hanako"], "総務省 国際戦略局 多国間経済室 課長補佐", "h-yamada@soumu.example.go.jp")],
  sessions=["budapest-2019"])

M("kor-nom", "ko", "nomination", "KOR", ("과학기술정보통신부 국제협력담당관실", "intl@msit.example.go.kr"),
  "[회신] CI-19/35 중소기업 협의 세션 참가자 통보",
  mid="<20190814095011.KR.7731@msit.example.go.kr>",
  recv=T(2019, 8, 14, 2, 50, 33, "+0200"), date=T(2019, 8, 14, 9, 50, 11, "+0900"),
  charset="euc-kr", cte="base64",
  body="""ITU 사무국 귀중

CI-19/35 회람과 관련하여, 대한민국은 "기술·혁신 중소기업 육성" 협의 세션에 관심이 있음을 알려드리며, 부다페스트 세션(2019.9.10) 참가자를 아래와 같이 통보합니다.

- 성명: 김민준 (KIM Min-jun)
- 직위: 과학기술정보통신부 국제협력담당관실 사무관
- 이메일: minjun.kim@msit.example.go.kr

- 성명: 이서연 (LEE Seo-yeon)
- 직위: 정보통신산업진흥원(NIPA) 책임연구원

감사합니다.

과학기술정보통신부 국제협력담당관실
""",
  delegates=[D("김민준", ["KIM Min-jun"], "과학기술정보통신부 국제협력담당관실 사무관", "minjun.kim@msit.example.go.kr"),
             D("이서연", ["LEE Seo-yeon"], "정보통신산업진흥원(NIPA) 책임연구원", None)],
  sessions=["budapest-2019"])

# ================================================================ CENTRAL / EASTERN EUROPE

M("ukr-nom", "uk", "nomination", "UKR", ("Відділ міжнародного співробітництва НКРЗІ", "intl@nkrzi.gov.ua"),
  "Щодо участі України у консультаційній сесії МСЕ (CI-19/35)",
  mid="<20190812141233.5531@nkrzi.gov.ua>",
  recv=T(2019, 8, 12, 13, 12, 55, "+0200"), date=T(2019, 8, 12, 14, 12, 33, "+0300"),
  charset="koi8-u", cte="quoted-printable",
  body="""Шановний пане Кларк!

У відповідь на циркулярний лист CI-19/35 повідомляємо, що Україна
зацікавлена в участі у консультаційних сесіях. Просимо включити до
складу учасників першої сесії (Будапешт, 10 вересня 2019 р.) члена НКРЗІ
Коваленка Олександра Петровича та головного спеціаліста відділу
міжнародного співробітництва Шевчук Ірину Василівну.

ПІБ: Коваленко Олександр Петрович (Kovalenko Oleksandr)
Посада: член Національної комісії, що здійснює державне регулювання у
сферах зв'язку та інформатизації
E-mail: o.kovalenko@nkrzi.gov.ua

ПІБ: Шевчук Ірина Василівна (Shevchuk Iryna)
Посада: головний спеціаліст відділу міжнародного співробітництва

З повагою,
Відділ міжнародного співробітництва НКРЗІ
""",
  delegates=[D("Олександр Петрович Коваленко", ["Коваленко Олександр Петрович", "Kovalenko Oleksandr"], "член Національної комісії, що здійснює державне регулювання у сферах зв'язку та інформатизації", "o.kovalenko@nkrzi.gov.ua"),
             D("Ірина Василівна Шевчук", ["Шевчук Ірина Василівна", "Shevchuk Iryna"], "головний спеціаліст відділу міжнародного співробітництва", None)],
  sessions=["budapest-2019"])

M("pol-nom", "pl", "nomination", "POL", ("Departament Współpracy Międzynarodowej", "dwm@cyfra.gov.pl"),
  "Odp.: CI-19/35 - zgłoszenie uczestnika",
  mid="<7d2e9c1a-44b0-4b8f-a2c1-1f0e9d8c7b6a@cyfra.gov.pl>",
  recv=T(2019, 8, 16, 14, 40, 22, "+0200"), date=T(2019, 8, 16, 14, 40, 0, "+0200"),
  charset="iso-8859-2", cte="quoted-printable",
  body="""Szanowni Państwo,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Ministerstwo
Cyfryzacji jest zainteresowane udziałem w sesjach konsultacyjnych.
W sesji w Budapeszcie weźmie udział Pan Tomasz Wiśniewski, zastępca
dyrektora Departamentu Współpracy Międzynarodowej. Prosimy o przesyłanie
wszelkich informacji organizacyjnych bezpośrednio do Pana Tomasza
Wiśniewskiego (tomasz.wisniewski@cyfra.gov.pl).

Z poważaniem

Agnieszka Zielińska
główny specjalista
Departament Współpracy Międzynarodowej
Ministerstwo Cyfryzacji
""",
  delegates=[D("Tomasz Wiśniewski", [], "zastępca dyrektora Departamentu Współpracy Międzynarodowej", "tomasz.wisniewski@cyfra.gov.pl")],
  sessions=["budapest-2019"])

M("cze-nom", "cs", "nomination", "CZE", ("Odbor digitální ekonomiky MPO", "ode@mpo.cz"),
  "CI-19/35 - nominace za Českou republiku",
  mid="<003e01d5501f$1a2b3c40$4e5f6a70$@mpo.cz>",
  recv=T(2019, 8, 14, 11, 0, 9, "+0200"), date=T(2019, 8, 14, 10, 59, 47, "+0200"),
  charset="windows-1250", cte="quoted-printable",
  body="""Vážený pane Clarku,

Česká republika má zájem o účast na konzultacích. Na první zasedání do
Budapešti nominujeme paní Ing. Janu Novotnou, ředitelku odboru digitální
ekonomiky, a pana Mgr. Ondřeje Dvořáka z téhož odboru.

Kontakt: Ing. Jana Novotná, novotnaj@mpo.cz, +420 224 000 000
         Mgr. Ondřej Dvořák, dvorak@mpo.cz

S pozdravem
Odbor digitální ekonomiky
Ministerstvo průmyslu a obchodu ČR
""",
  delegates=[D("Jana Novotná", [], "ředitelka odboru digitální ekonomiky", "novotnaj@mpo.cz"),
             D("Ondřej Dvořák", [], None, "dvorak@mpo.cz")],
  sessions=["budapest-2019"])

M("hun-nom", "hu", "nomination", "HUN", ("Kovács Péter", "peter.kovacs@itm.gov.hu"),
  "CI-19/35 - magyar jelölés / Hungarian nomination",
  mid="<5D52A0E1.3070801@itm.gov.hu>",
  recv=T(2019, 8, 13, 15, 5, 44, "+0200"), date=T(2019, 8, 13, 15, 5, 21, "+0200"),
  charset="iso-8859-2", cte="quoted-printable",
  body="""Tisztelt Clark Úr!

Köszönjük a meghívást. Magyarország, mint az ITU Telecom World 2019
házigazdája, kiemelten fontosnak tartja a konzultációs sorozatot.

A szeptember 10-i budapesti ülésre az Innovációs és Technológiai
Minisztérium részéről Kovács Pétert, a Nemzetközi Kapcsolatok Főosztály
vezetőjét, valamint dr. Nagy Évát, a Digitális Gazdaság Főosztály
referensét jelöljük. A 2020-as ülésekre (Tanácsi munkacsoportok, WSIS
Fórum) is szeretnénk jelentkezni, ugyanezen személyekkel.

Résztvevők:
- Kovács Péter, főosztályvezető, Nemzetközi Kapcsolatok Főosztály
- dr. Nagy Éva, referens, Digitális Gazdaság Főosztály (eva.nagy@itm.gov.hu)

Üdvözlettel:

Kovács Péter / Péter Kovács
főosztályvezető | Head of Department
Innovációs és Technológiai Minisztérium | Ministry for Innovation and Technology
""",
  delegates=[D("Kovács Péter", ["Péter Kovács"], "főosztályvezető, Nemzetközi Kapcsolatok Főosztály", "peter.kovacs@itm.gov.hu"),
             D("Nagy Éva", [], "referens, Digitális Gazdaság Főosztály", "eva.nagy@itm.gov.hu")],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"])

M("hun-corr", "hu", "correction", "HUN", ("Kovács Péter", "peter.kovacs@itm.gov.hu"),
  "RE: CI-19/35 - magyar jelölés / Hungarian nomination - módosítás",
  mid="<5D5BD7F2.6010509@itm.gov.hu>",
  recv=T(2019, 8, 20, 9, 41, 3, "+0200"), date=T(2019, 8, 20, 9, 40, 40, "+0200"),
  charset="utf-8", cte="base64",
  extra=["In-Reply-To: <5D52A0E1.3070801@itm.gov.hu>"],
  body="""Tisztelt Clark Úr!

Augusztus 13-i levelünket módosítva jelezzük, hogy dr. Nagy Éva helyett
Szabó Gábort, a Digitális Gazdaság Főosztály szakmai tanácsadóját
delegáljuk (gabor.szabo@itm.gov.hu). Az ülések köre változatlan.

Frissített lista:
1. Kovács Péter
2. Szabó Gábor

Üdvözlettel:
Kovács Péter
""",
  delegates=[D("Kovács Péter", [], None, "peter.kovacs@itm.gov.hu"),
             D("Szabó Gábor", [], "szakmai tanácsadó, Digitális Gazdaság Főosztály", "gabor.szabo@itm.gov.hu")],
  sessions=["budapest-2019", "cwg-2020", "wsis-2020"], supersedes="hun-nom")

M("grc-nom", "el", "nomination", "GRC", ("Γενική Γραμματεία Τηλεπικοινωνιών", "gstp@mindigital.gr"),
  "Απάντηση στην εγκύκλιο CI-19/35",
  mid="<20190809114455.7A3F.gstp@mindigital.gr>",
  recv=T(2019, 8, 9, 10, 44, 59, "+0200"), date=T(2019, 8, 9, 11, 44, 55, "+0300"),
  charset="iso-8859-7", cte="quoted-printable",
  body="""Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, σας ενημερώνουμε ότι η Ελλάδα
ενδιαφέρεται να συμμετάσχει στις διαβουλεύσεις. Για τη συνεδρία της
Βουδαπέστης ορίζουμε τον κ. Γεώργιο Παπαδόπουλο, Προϊστάμενο της
Διεύθυνσης Διεθνών Σχέσεων.

Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος (Georgios Papadopoulos)
Θέση: Προϊστάμενος Διεύθυνσης Διεθνών Σχέσεων
E-mail: g.papadopoulos@mindigital.gr

Με εκτίμηση,
Γενική Γραμματεία Τηλεπικοινωνιών και Ταχυδρομείων
Υπουργείο Ψηφιακής Διακυβέρνησης
""",
  delegates=[D("Γεώργιος Παπαδόπουλος", ["Georgios Papadopoulos"], "Προϊστάμενος Διεύθυνσης Διεθνών Σχέσεων", "g.papadopoulos@mindigital.gr")],
  sessions=["budapest-2019"])

M("srb-nom", "sr", "nomination", "SRB", ("Милица Јовановић", "milica.jovanovic@mtt.gov.rs"),
  "CI-19/35 - пријава учешћа Републике Србије",
  mid="<CAM3vW8rT1xQ@mail.gmail.com>",
  recv=T(2019, 8, 16, 12, 25, 0, "+0200"), date=T(2019, 8, 16, 12, 24, 40, "+0200"),
  charset="utf-8", cte="base64",
  body="""Поштовани,

Министарство трговине, туризма и телекомуникација Републике Србије
заинтересовано је за учешће у консултацијама. На сесији у Будимпешти
Србију ће представљати Марко Петровић (Marko Petrović), помоћник
министра за информационо друштво, и потписница овог писма.

Срдачан поздрав,

Милица Јовановић / Milica Jovanović
самостални саветник, Сектор за међународну сарадњу
Министарство трговине, туризма и телекомуникација
""",
  delegates=[D("Марко Петровић", ["Marko Petrović"], "помоћник министра за информационо друштво", None),
             D("Милица Јовановић", ["Milica Jovanović"], "самостални саветник, Сектор за међународну сарадњу", "milica.jovanovic@mtt.gov.rs")],
  sessions=["budapest-2019"])

M("fin-nom", "fi", "nomination", "FIN", ("Kirjaamo LVM", "kirjaamo@lvm.fi"),
  "ITU:n kiertokirje CI-19/35 - Suomen edustaja",
  mid="<e4b0c1d2f3a4@lvm.fi>",
  recv=T(2019, 8, 15, 13, 30, 10, "+0200"), date=T(2019, 8, 15, 14, 29, 51, "+0300"),
  charset="iso-8859-15", cte="quoted-printable",
  body="""Hyvä vastaanottaja,

Liikenne- ja viestintäministeriö ilmoittaa Suomen olevan kiinnostunut
konsultaatiosarjasta. Budapestin istuntoon 10.9.2019 nimetään
erityisasiantuntija Anna Korhosen. Lisätiedot pyydetään lähettämään
suoraan Anna Korhoselle osoitteeseen anna.korhonen@lvm.fi.

Yhteyshenkilö: Anna Korhonen, erityisasiantuntija, viestintäverkko-osasto

Ystävällisin terveisin
Kirjaamo
Liikenne- ja viestintäministeriö
""",
  delegates=[D("Anna Korhonen", [], "erityisasiantuntija, viestintäverkko-osasto", "anna.korhonen@lvm.fi")],
  sessions=["budapest-2019"])

# ================================================================ MORE LANGUAGES

M("isr-nom", "he", "nomination", "ISR", ("משרד התקשורת - קשרי חוץ", "foreign@moc.gov.il"),
  "תשובה: CI-19/35 - מינוי נציגה",
  mid="<0f3a1b2c4d5e@moc.gov.il>",
  recv=T(2019, 8, 12, 9, 20, 11, "+0200"), date=T(2019, 8, 12, 10, 19, 50, "+0300"),
  charset="windows-1255", cte="base64",
  body="""לכבוד
מזכירות איגוד התקשורת הבינלאומי

בהמשך למכתב החוזר CI-19/35, מדינת ישראל מעוניינת להשתתף בסדרת ההתייעצויות.
לפגישה הראשונה בבודפשט ב-10 בספטמבר 2019 תשתתף גב' שרון לוי (Sharon Levy), מנהלת תחום חדשנות ויזמות במשרד התקשורת.
דוא"ל: sharonl@moc.gov.il

בברכה,
אגף קשרי חוץ
משרד התקשורת
""",
  delegates=[D("שרון לוי", ["Sharon Levy"], "מנהלת תחום חדשנות ויזמות במשרד התקשורת", "sharonl@moc.gov.il")],
  sessions=["budapest-2019"])

M("geo-nom", "ka", "nomination", "GEO", ("Nino Kapanadze", "n.kapanadze@gncc.ge"),
  "CI-19/35 - საქართველოს წარმომადგენელი",
  mid="<CAQ1nK4zR7hT@mail.gmail.com>",
  recv=T(2019, 8, 7, 8, 10, 1, "+0200"), date=T(2019, 8, 7, 10, 9, 40, "+0400"),
  charset="utf-8", cte="base64",
  body="""ბატონო კლარკ,

საქართველო დაინტერესებულია კონსულტაციებში მონაწილეობით. ბუდაპეშტის სესიაზე
(2019 წლის 10 სექტემბერი) საქართველოს წარმოადგენს ბატონი გიორგი ბერიძე
(Giorgi Beridze), კომუნიკაციების ეროვნული კომისიის ინოვაციების დეპარტამენტის
უფროსი.

პატივისცემით,
ნინო კაპანაძე / Nino Kapanadze
საერთაშორისო ურთიერთობების სამსახური
კომუნიკაციების ეროვნული კომისია
""",
  delegates=[D("გიორგი ბერიძე", ["Giorgi Beridze"], "კომუნიკაციების ეროვნული კომისიის ინოვაციების დეპარტამენტის უფროსი", None)],
  sessions=["budapest-2019"])

M("pak-nom", "ur", "nomination", "PAK", ("Imran Khan Niazi (PTA)", "imran.niazi@pta.gov.pk"),
  "آئی ٹی یو سرکلر CI-19/35 - نامزدگی",
  mid="<CAR8uP2xL5eM@mail.gmail.com>",
  recv=T(2019, 8, 17, 2, 30, 0, "+0500"), date=T(2019, 8, 17, 2, 29, 39, "+0500"),
  charset="utf-8", cte="quoted-printable",
  body="""محترم جناب،

آئی ٹی یو کے سرکلر CI-19/35 کے حوالے سے عرض ہے کہ پاکستان ٹیلی کمیونیکیشن اتھارٹی بوڈاپیسٹ میں 10 ستمبر کو ہونے والے مشاورتی اجلاس کے لیے جناب محمد عمران خان نیازی، ڈائریکٹر انٹرنیشنل ریلیشنز، کو نامزد کرتی ہے۔ ہم ڈبلیو ایس آئی ایس فورم 2020 کے اجلاس میں بھی شرکت کے خواہاں ہیں۔

شکریہ

Muhammad Imran Khan Niazi
Director (International Relations)
Pakistan Telecommunication Authority, Islamabad
""",
  delegates=[D("محمد عمران خان نیازی", ["Muhammad Imran Khan Niazi", "Imran Khan Niazi"], "Director (International Relations)", "imran.niazi@pta.gov.pk")],
  sessions=["budapest-2019", "wsis-2020"])

M("swe-int", "sv", "interest_only", "SWE", ("Registrator PTS", "registrator@pts.se"),
  "SV: CI-19/35",
  mid="<HE1PR0301MB2155D3E0@HE1PR0301MB2155.eurprd03.prod.outlook.com>",
  recv=T(2019, 8, 16, 11, 2, 2, "+0200"), date=T(2019, 8, 16, 11, 1, 40, "+0200"),
  charset="iso-8859-1", cte="quoted-printable",
  body="""Hej,

Sverige är intresserat av konsultationerna, men endast av sessionen under
WSIS-forumet 2020. Vi kommer inte att delta i Budapest. Namn på deltagare
meddelas senare.

Med vänliga hälsningar
Internationella enheten
Post- och telestyrelsen
""",
  delegates=[], sessions=["wsis-2020"])

M("kaz-int", "kk", "interest_only", "KAZ", ("Халықаралық ынтымақтастық департаменті", "intl@mdai.gov.kz"),
  "CI-19/35 циркулярлық хатына жауап",
  mid="<20190817034011.kz.3391@mdai.gov.kz>",
  recv=T(2019, 8, 17, 3, 40, 11, "+0600"), date=T(2019, 8, 17, 3, 39, 50, "+0600"),
  charset="utf-8", cte="base64",
  body="""Құрметті әріптестер!

Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш
өнеркәсібі министрлігі шағын және орта технологиялық кәсіпорындарды қолдау
жөніндегі консультациялық сессияларға қатысуға мүдделі екенін хабарлайды.
Будапешттегі сессияға қатысушының аты-жөні қосымша хабарланады.

Құрметпен,
Халықаралық ынтымақтастық департаменті
""",
  delegates=[], sessions=["budapest-2019"])

M("mys-int", "ms", "interest_only", "MYS", ("Nurul Aini binti Hassan", "nurulaini@mcmc.gov.my"),
  "Maklum balas Surat Pekeliling ITU CI-19/35",
  mid="<KL1PR0401MB2277B8C1@KL1PR0401MB2277.apcprd04.prod.outlook.com>",
  recv=T(2019, 8, 15, 5, 10, 22, "+0200"), date=T(2019, 8, 15, 11, 10, 0, "+0800"),
  charset="utf-8", cte="quoted-printable",
  body="""Tuan/Puan,

Dengan hormatnya perkara di atas dirujuk.

2. Malaysia berminat untuk menyertai sesi konsultasi berkenaan. Nama wakil
bagi sesi di Budapest akan dimaklumkan kemudian setelah mendapat kelulusan
pihak pengurusan.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Nurul Aini binti Hassan
Bahagian Hubungan Antarabangsa
Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM)
""",
  delegates=[], sessions=["budapest-2019"])

M("eth-int", "am", "interest_only", "ETH", ("Ethiopian Communications Authority", "ir@eca.gov.et"),
  "ምላሽ፡ CI-19/35",
  mid="<CAS4eT9yH2pW@mail.gmail.com>",
  recv=T(2019, 8, 14, 9, 30, 0, "+0200"), date=T(2019, 8, 14, 10, 29, 40, "+0300"),
  charset="utf-8", cte="base64",
  body="""ለአለም አቀፍ የቴሌኮሙኒኬሽን ሕብረት ጽሕፈት ቤት

ኢትዮጵያ በቴክኖሎጂና ፈጠራ ላይ ለተሰማሩ አነስተኛና መካከለኛ ኢንተርፕራይዞች በተዘጋጀው የምክክር መድረክ ላይ ለመሳተፍ ፍላጎት አላት። በቡዳፔስት ለሚካሄደው የመጀመሪያው መድረክ የተሳታፊው ስም በቅርቡ ይላካል።

ከሰላምታ ጋር
የኢትዮጵያ ኮሙኒኬሽን ባለስልጣን
""",
  delegates=[], sessions=["budapest-2019"])

M("nld-dec", "nl", "decline", "NLD", ("Jansen, Pieter", "p.jansen@minezk.nl"),
  "RE: CI-19/35 - Consultation sessions for Member States",
  mid="<AM5PR0901MB1300C7A2@AM5PR0901MB1300.eurprd09.prod.outlook.com>",
  recv=T(2019, 8, 9, 14, 18, 8, "+0200"), date=T(2019, 8, 9, 14, 17, 45, "+0200"),
  charset="windows-1252", cte="quoted-printable",
  body="""Beste heer Clark,

Dank voor de uitnodiging. Nederland zal helaas niet deelnemen aan de
consultatiesessie in Boedapest; wij zijn dit jaar niet aanwezig op ITU
Telecom World.

Met vriendelijke groet,

Pieter Jansen
Beleidsmedewerker Internationale Telecommunicatie
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, Den Haag
""",
  delegates=[], sessions=[])

M("est-dec", "et", "decline", "EST", ("Kadri Tamm", "kadri.tamm@mkm.ee"),
  "Vastus: CI-19/35",
  mid="<5D4D3B20.1000407@mkm.ee>",
  recv=T(2019, 8, 9, 16, 1, 30, "+0200"), date=T(2019, 8, 9, 17, 1, 10, "+0300"),
  charset="iso-8859-15", cte="quoted-printable",
  body="""Lugupeetud hr Clark

Täname kutse eest. Eesti ei osale seekord konsultatsioonidel.

Lugupidamisega
Kadri Tamm
Majandus- ja Kommunikatsiooniministeerium
""",
  delegates=[], sessions=[])

M("svk-dec", "sk", "decline", "SVK", ("Sekretariát odboru medzinárodných vzťahov", "omv@mindop.sk"),
  "CI-19/35 - odpoveď Slovenskej republiky",
  mid="<002701d5523e$5a6b7c80$0f1e2d3c$@mindop.sk>",
  recv=T(2019, 8, 16, 9, 12, 40, "+0200"), date=T(2019, 8, 16, 9, 12, 18, "+0200"),
  charset="windows-1250", cte="quoted-printable",
  body="""Vážený pán Clark,

ďakujeme za pozvanie na konzultačné stretnutia. Slovenská republika sa na
stretnutí v Budapešti z kapacitných dôvodov nezúčastní.

S pozdravom
Odbor medzinárodných vzťahov
Ministerstvo dopravy a výstavby SR
""",
  delegates=[], sessions=[])

M("rou-dec", "ro", "decline", "ROU", ("Direcția Relații Internaționale ANCOM", "dri@ancom.org.ro"),
  "Răspuns la scrisoarea circulară CI-19/35",
  mid="<7c1d0e3f-2a4b-4c5d-8e9f-a0b1c2d3e4f5@ancom.org.ro>",
  recv=T(2019, 8, 14, 12, 33, 21, "+0200"), date=T(2019, 8, 14, 13, 33, 0, "+0300"),
  charset="utf-8", cte="base64",
  body="""Stimate domnule Clark,

Vă mulțumim pentru invitație. Vă informăm că, din motive de agendă,
România nu va putea participa la sesiunea de consultare de la Budapesta și
nici la sesiunile ulterioare din această serie.

Cu stimă,
Direcția Relații Internaționale
Autoritatea Națională pentru Administrare și Reglementare în Comunicații
""",
  delegates=[], sessions=[])

M("hrv-inq", "hr", "inquiry", "HRV", ("Ivana Horvat", "ivana.horvat@hakom.hr"),
  "Upit vezano uz CI-19/35",
  mid="<CAT5hR1uN8kZ@mail.gmail.com>",
  recv=T(2019, 8, 6, 11, 44, 10, "+0200"), date=T(2019, 8, 6, 11, 43, 50, "+0200"),
  charset="iso-8859-2", cte="quoted-printable",
  body="""Poštovani,

može li na sjednicu u Budimpešti uz predstavnika ministarstva doći i
predstavnik regulatora (HAKOM), ili je predviđen samo jedan sudionik po
državi članici? Unaprijed zahvaljujem na odgovoru.

Lijep pozdrav,
Ivana Horvat
Služba za međunarodnu suradnju, HAKOM
""",
  delegates=[], sessions=[])

M("vnm-inq", "vi", "inquiry", "VNM", ("Nguyễn Thị Thu Hà", "ntha@mic.gov.vn"),
  "Hỏi về thư thông báo CI-19/35",
  mid="<CAU6vN2qT4mX@mail.gmail.com>",
  recv=T(2019, 8, 5, 5, 20, 30, "+0200"), date=T(2019, 8, 5, 10, 20, 8, "+0700"),
  charset="utf-8", cte="quoted-printable",
  body="""Kính gửi Ban Thư ký ITU,

Vụ Hợp tác quốc tế, Bộ Thông tin và Truyền thông Việt Nam xin hỏi: phiên
tham vấn tại Budapest có tổ chức trực tuyến song song không, và hạn chót
16/8 có thể gia hạn được không?

Trân trọng,
Nguyễn Thị Thu Hà
Vụ Hợp tác quốc tế - Bộ Thông tin và Truyền thông
""",
  delegates=[], sessions=[])

M("dnk-auto", "da", "auto_reply", None, ("Mette Sørensen", "mes@sdfi.example.dk"),
  "Automatisk svar: CI-19/35 - Consultation sessions for Member States",
  mid="<autosvar.mes.20190723@sdfi.example.dk>",
  recv=T(2019, 7, 23, 16, 12, 55, "+0200"),
  charset="iso-8859-1", cte="quoted-printable",
  extra=["Auto-Submitted: auto-replied"],
  body="""Tak for din mail. Jeg holder ferie til og med 9. august og læser ikke
mails i perioden. Henvendelser kan rettes til international@sdfi.example.dk.

Venlig hilsen
Mette Sørensen
""",
  delegates=[], sessions=[])

M("tha-auto", "th", "auto_reply", None, ("สำนักงาน กสทช. ฝ่ายต่างประเทศ", "inter@nbtc.example.go.th"),
  "ตอบกลับอัตโนมัติ: CI-19/35",
  mid="<auto.20190816.inter@nbtc.example.go.th>",
  recv=T(2019, 8, 16, 15, 1, 2, "+0700"),
  charset="tis-620", cte="base64",
  extra=["Auto-Submitted: auto-replied"],
  body="""ขอบคุณสำหรับอีเมลของท่าน สำนักงานได้รับอีเมลของท่านแล้ว และจะดำเนินการตอบกลับโดยเร็วที่สุด

Thank you for your e-mail. It has been received and will be handled as soon as possible.

ฝ่ายต่างประเทศ สำนักงาน กสทช.
""",
  delegates=[], sessions=[])

M("phl-nom", "tl", "nomination", "PHL", ("Jocelyn Dela Cruz", "jdelacruz@dict.gov.ph"),
  "Re: CI-19/35 SME consultation",
  mid="<CAV7wP3rS9nY@mail.gmail.com>",
  recv=T(2019, 8, 16, 3, 5, 0, "+0200"), date=T(2019, 8, 16, 9, 4, 38, "+0800"),
  charset="utf-8", cte="8bit",
  body="""Magandang araw po!

Ang Pilipinas po ay interesado sa mga konsultasyon. Para sa sesyon sa
Budapest sa Setyembre 10, ang ipapadala po ng DICT ay si Usec. Ramon "Monching"
Villanueva Jr., Undersecretary for ICT Industry Development. Kasama rin po
niya si Engr. Patricia Anne Reyes ng aming ICT Industry Development Bureau.

Maraming salamat po.

Jocelyn Dela Cruz
International Cooperation Division, DICT
""",
  delegates=[D("Ramon Villanueva Jr.", ['Ramon "Monching" Villanueva Jr.'], "Undersecretary for ICT Industry Development", None),
             D("Patricia Anne Reyes", [], None, None)],
  sessions=["budapest-2019"])

M("bgd-nom", "en", "nomination", "BGD", ("Permanent Mission of Bangladesh, Geneva", "mission.geneva@mofa.gov.bd"),
  "Note Verbale No. BPM/GEN/ITU/2019/211",
  mid="<211.bpm.gen.20190816@mofa.gov.bd>",
  recv=T(2019, 8, 16, 16, 20, 31, "+0200"), date=T(2019, 8, 16, 16, 20, 9, "+0200"),
  charset="us-ascii", cte="7bit",
  body="""No. BPM/GEN/ITU/2019/211

The Permanent Mission of the People's Republic of Bangladesh to the United
Nations Office and other International Organizations in Geneva presents its
compliments to the Secretariat of the International Telecommunication Union
and, with reference to the latter's Circular Letter CI-19/35 dated 23 July
2019, has the honour to inform that the following official will represent
Bangladesh at the consultation session on "Fostering tech and innovation
SMEs" to be held on 10 September 2019 in Budapest:

    MD. SHAHIDUL ISLAM CHOWDHURY
    Joint Secretary, Posts and Telecommunications Division
    Ministry of Posts, Telecommunications and Information Technology
    E-mail: js.telecom@ptd.gov.bd

The Permanent Mission of the People's Republic of Bangladesh avails itself
of this opportunity to renew to the Secretariat of the International
Telecommunication Union the assurances of its highest consideration.

Geneva, 16 August 2019

To:
The Secretariat
International Telecommunication Union (ITU)
Attn: Mr Christopher Clark
Geneva
""",
  delegates=[D("Md. Shahidul Islam Chowdhury", ["MD. SHAHIDUL ISLAM CHOWDHURY"], "Joint Secretary, Posts and Telecommunications Division", "js.telecom@ptd.gov.bd")],
  sessions=["budapest-2019"])


# ================================================================ writer

def main():
    os.makedirs(OUT_MSG, exist_ok=True)
    for f in os.listdir(OUT_MSG):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT_MSG, f))
    by_key = {}
    for m in MESSAGES:
        assert m["key"] not in by_key, m["key"]
        by_key[m["key"]] = m
    # files are ordered by arrival time at ITU, numbered per language
    order = sorted(MESSAGES, key=lambda m: (m["recv"].astimezone(_dt.timezone.utc), m["key"]))
    counters = {}
    for m in order:
        counters[m["lang"]] = counters.get(m["lang"], 0) + 1
        cs = m["charset"].replace("-", "").replace("_", "")
        if m["parts"] is not None:
            cs = "mime"
        m["file"] = "%s_%03d_%s.eml" % (m["lang"], counters[m["lang"]], cs)
    labels = []
    for m in order:
        mid = m["mid"]
        assert mid and mid.startswith("<") and mid.endswith(">"), m["key"]
        kind = m["kind"]
        if kind in DELEGATE_KINDS:
            assert m["delegates"], m["key"]
        else:
            assert not m["delegates"], m["key"]
        if kind in SESSION_KINDS:
            assert m["sessions"], m["key"]
        else:
            assert not m["sessions"], m["key"]
        if kind in ("auto_reply", "bounce", "unrelated"):
            assert m["ms"] is None, m["key"]
        sup = None
        if kind == "correction":
            prev = by_key[m["supersedes"]]
            assert prev["ms"] == m["ms"] and prev["recv"] < m["recv"], m["key"]
            sup = prev["mid"]
        else:
            assert m["supersedes"] is None, m["key"]
        recv = m["recv"]
        late = (recv > DEADLINE) if kind in LATE_KINDS else None
        try:
            data = build(m, mid)
        except Exception as e:
            raise SystemExit("%s: %r" % (m["key"], e))
        with open(os.path.join(OUT_MSG, m["file"]), "wb") as fh:
            fh.write(data)
        labels.append({
            "message_id": mid,
            "file": m["file"],
            "kind": kind,
            "language": m["lang"],
            "member_state": m["ms"],
            "delegates": [dict(d) for d in m["delegates"]],
            "sessions": list(m["sessions"]),
            "received_at": recv.isoformat(),
            "late": late,
            "supersedes": sup,
        })
    with open(OUT_LABELS, "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
