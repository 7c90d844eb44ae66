#!/usr/bin/env python3
"""Blind test corpus 15 for circular CI-19/35: replies to sme@itu.int.

Every reply text below is hand-composed, one M(...) call per message with its label beside it.
Only transport details are generated: Received headers (topmost always mx*.itu.int), Message-ID,
Date, MIME boundaries, header/body encodings, Outlook/Gmail HTML renderings of the hand-written
text, and quoted copies of the circular.  Deterministic: re-running gives byte-identical output.
Python 3.11 standard library only.  Exits non-zero if its own validation fails.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.join(HERE, "messages")
LABELS = os.path.join(HERE, "labels.jsonl")
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
TIMED_KINDS = ("nomination", "interest_only", "correction")
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated")
SESSIONS = ("budapest-2019", "cwg-2020", "wsis-2020")
SPECS = []
BUD, CWG, WSIS = "budapest-2019", "cwg-2020", "wsis-2020"


def D(name, title=None, email=None, aliases=()):
    """A labelled delegate: name as written (without honorifics), aliases only if the message gives them."""
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def hx(s, n=8):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def hnum(s, mod):
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest(), 16) % mod


def tz(s):
    sign = 1 if s[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


# ---------------------------------------------------------------- quoted copies of the circular (transport)
CIRC_EN = """Circular CI-19/35
Geneva, 23 July 2019

To Member States of ITU

Contact: Mr Christopher Clark
E-mail: sme@itu.int

Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your Administration to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will take place on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. We intend to organize similar sessions during the Council Working Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

ITU is organizing this series of consultations as a follow-up to the excellent discussions held at the last session of the ITU Council on strengthening SMEs and their involvement in the work of ITU. In accordance with Resolution 209 (Dubai, 2018), the Council finalized the eligibility criteria and decided to apply new reduced fees for SME Associates from January 2020.

I would be grateful if you could express your interest and indicate the participant nominated for the first consultation session, during ITU Telecom World, by 16 August 2019 at the latest, to the ITU secretariat at: sme@itu.int

Yours faithfully,

(signed)

Houlin Zhao
Secretary-General
"""

CIRC_FR = """Lettre circulaire CI-19/35
Genève, le 23 juillet 2019

Aux Etats Membres de l'UIT

Contact: M. Christopher Clark
Courriel: sme@itu.int

Objet: Sessions de consultation pour les Etats Membres: "Promouvoir les PME du secteur des technologies et de l'innovation"

Madame, Monsieur,

J'ai le plaisir d'inviter votre Administration à participer à une série de sessions de consultation intitulée "Promouvoir les PME du secteur des technologies et de l'innovation". La première session aura lieu le 10 septembre 2019 pendant l'ITU Telecom World 2019 à Budapest (Hongrie). Des sessions analogues sont prévues pendant les réunions des Groupes de travail du Conseil au début de 2020, pendant le Forum du SMSI 2020 et lors d'autres manifestations.

Je vous saurais gré de bien vouloir manifester votre intérêt et indiquer le participant désigné pour la première session, d'ici au 16 août 2019 au plus tard, au secrétariat de l'UIT: sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma haute considération.

(signé)

Houlin Zhao
Secrétaire général
"""

CIRC_ES = """Carta Circular CI-19/35
Ginebra, 23 de julio de 2019

A los Estados Miembros de la UIT

Contacto: Sr. Christopher Clark
Correo-e: sme@itu.int

Asunto: Sesiones de consulta para los Estados Miembros: "Fomento de las pymes tecnológicas e innovadoras"

Muy Señora mía/Muy Señor mío:

Tengo el placer de invitar a su Administración a participar en una serie de sesiones de consulta tituladas "Fomento de las pymes tecnológicas e innovadoras". La primera sesión tendrá lugar el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Está previsto organizar sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, durante el Foro de la CMSI 2020 y en otros eventos.

Le agradecería que manifestara su interés e indicara el participante designado para la primera sesión, a más tardar el 16 de agosto de 2019, a la secretaría de la UIT: sme@itu.int

Atentamente,

(firmado)

Houlin Zhao
Secretario General
"""

CIRC_AR = """الأمين العام
جنيف، 23 يوليو 2019
إلى الدول الأعضاء في الاتحاد الدولي للاتصالات
المرجع: CI-19/35
مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)
البريد الإلكتروني: sme@itu.int

الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،
تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكموم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا. ونعتزم تنظيم جلسات مماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس في أوائل 2020 وكذلك أثناء منتدى القمة العالمية لمجتمع المعلومات في 2020 ومناسبات أخرى.

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكموم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

وتفضلوا بقبول فائق التقدير والاحترام.

(توقيع)
هولين جاو
"""

CIRC = {"en": CIRC_EN, "fr": CIRC_FR, "es": CIRC_ES, "ar": CIRC_AR}
CIRC_FROM = "SG Circulars <sgcirculars@itu.int>"
CIRC_SUBJ = {
    "en": "ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    "fr": "Lettre circulaire CI-19/35 de l'UIT: Sessions de consultation pour les Etats Membres",
    "es": "Carta Circular CI-19/35 de la UIT: Sesiones de consulta para los Estados Miembros",
    "ar": "الرسالة المعممة CI-19/35: جلسات تشاور للدول الاعضاء",
}
OUTLOOK_HEAD = {
    "en": "From: {f}\nSent: Tuesday, 23 July 2019 16:04\nTo: {t}\nSubject: {s}",
    "fr": "De : {f}\nEnvoyé : mardi 23 juillet 2019 16:04\nÀ : {t}\nObjet : {s}",
    "es": "De: {f}\nEnviado el: martes, 23 de julio de 2019 16:04\nPara: {t}\nAsunto: {s}",
    "ar": "من: {f}\nتم الإرسال: الثلاثاء، 23 يوليو، 2019 04:04 م\nإلى: {t}\nالموضوع: {s}",
    "ru": "От: {f}\nОтправлено: 23 июля 2019 г. 17:04\nКому: {t}\nТема: {s}",
    "de": "Von: {f}\nGesendet: Dienstag, 23. Juli 2019 16:04\nAn: {t}\nBetreff: {s}",
    "pt": "De: {f}\nEnviada em: terça-feira, 23 de julho de 2019 11:04\nPara: {t}\nAssunto: {s}",
    "it": "Da: {f}\nInviato: martedì 23 luglio 2019 16:04\nA: {t}\nOggetto: {s}",
    "zh": "发件人: {f}\n发送时间: 2019年7月23日 22:04\n收件人: {t}\n主题: {s}",
    "nl": "Van: {f}\nVerzonden: dinsdag 23 juli 2019 16:04\nAan: {t}\nOnderwerp: {s}",
}
GMAIL_HEAD = {
    "en": "On Tue, 23 Jul 2019 at 16:04, {f} wrote:",
    "fr": "Le mar. 23 juil. 2019 à 16:04, {f} a écrit :",
    "es": "El mar., 23 jul. 2019 a las 16:04, {f} escribió:",
    "ru": "вт, 23 июл. 2019 г. в 17:04, {f}:",
    "pt": "Em ter, 23 de jul de 2019 às 11:04, {f} escreveu:",
    "de": "Am Di., 23. Juli 2019 um 16:04 Uhr schrieb {f}:",
    "ar": "في الثلاثاء، 23 يوليو 2019 في 4:04 م، كتب {f}:",
}


def quote_block(style, to_addr):
    """style 'o-xx' (Outlook header, labels in xx) or 'g-xx' (Gmail attribution and '> ' prefixes)."""
    kind, lg = style.split("-")
    clang = lg if lg in CIRC else "en"
    text = CIRC[clang]
    subj = CIRC_SUBJ[clang]
    if kind == "o":
        head = OUTLOOK_HEAD[lg].format(f=CIRC_FROM, t=to_addr, s=subj)
        return "\n\n" + "_" * 32 + "\n" + head + "\n\n" + text
    head = GMAIL_HEAD[lg].format(f=CIRC_FROM)
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))
    return "\n\n" + head + "\n\n" + quoted + "\n"


def M(file, kind, lang, state, frm, subject, at, body, dels=(), sess=(), sup=None, tzs="+0200",
      mxtz="+0200", cs="utf-8", cte="8bit", fmt="plain", client="outlook", quote=None, to=None,
      cc=(), html=None, mx=None, extra=(), report=None, irt=None, delay=None):
    """Register one message.  `at` is the ITU reception time in mxtz; returns the Message-ID."""
    assert kind in KINDS, kind
    for s in sess:
        assert s in SESSIONS, s
    name, addr = frm
    dom = addr.split("@", 1)[1]
    if client == "gmail":
        mid = "<CA%s%s@mail.gmail.com>" % (base64.b64encode(hashlib.sha1(file.encode()).digest()).decode()[:27].replace("/", "_").replace("+", "-"), hx(file + "g", 10).upper())
    elif client in ("outlook", "o365"):
        mid = "<%s@%s>" % (hx(file, 32).upper(), ("EXCH%02d." % (hnum(file, 4) + 1)) + dom if client == "outlook" else "AM0PR%02dMB%04d.eurprd0%d.prod.outlook.com" % (hnum(file, 90) + 10, hnum(file + "x", 9000) + 1000, hnum(file, 8) + 1))
    else:
        mid = "<%s.%s@%s>" % (hx(file, 12), hx(file + "z", 6), dom)
    SPECS.append(dict(file=file, kind=kind, lang=lang, state=state, frm=frm, subject=subject, at=at, body=body,
                      dels=[dict(d) for d in dels], sess=list(sess), sup=sup, tzs=tzs, mxtz=mxtz, cs=cs, cte=cte,
                      fmt=fmt, client=client, quote=quote, to=to, cc=list(cc), html=html, mx=mx, extra=list(extra),
                      report=report, irt=irt, mid=mid, delay=delay))
    return mid


# =====================================================================================================
#                                             ENGLISH
# =====================================================================================================

M("en_01_gbr_nomination.eml", "nomination", "en", "GBR",
  ("Harriet Ashworth", "harriet.ashworth@culture.gov.uk"),
  "RE: ITU Circular CI-19/35 - UK nomination for the Budapest SME consultation", "2019-07-31 11:42:09", tzs="+0100",
  fmt="alt",
  body="""Dear Mr Clark,

Thank you for Circular CI-19/35. The United Kingdom welcomes the series of consultations on fostering tech and innovation SMEs and would like to take part.

Our participant for the first session in Budapest on 10 September will be Mr Oliver Pembroke-Hall, Senior Policy Adviser, International Telecoms, DCMS (oliver.pembroke-hall@culture.gov.uk).

I am copying Oliver so that you have his details directly.

Kind regards,

Harriet Ashworth
Head of ITU Policy | International Telecoms and Online Policy
Department for Digital, Culture, Media and Sport
100 Parliament Street, London SW1A 2BQ
Tel: +44 (0)20 7211 6384
""",
  dels=[D("Oliver Pembroke-Hall", "Senior Policy Adviser, International Telecoms, DCMS", "oliver.pembroke-hall@culture.gov.uk")],
  sess=[BUD], quote="o-en", cc=[("Oliver Pembroke-Hall", "oliver.pembroke-hall@culture.gov.uk")])

IND_1 = M("en_02_ind_nomination_numbered.eml", "nomination", "en", "IND",
  ("Under Secretary (ITU-A)", "us-itua@gov.in"),
  "Nomination for ITU consultation session on SMEs - reg.", "2019-08-06 07:18:44", tzs="+0530",
  body="""Sir,

I am directed to refer to ITU Circular CI-19/35 dated 23.07.2019 on the captioned subject and to convey that the Department of Telecommunications, Government of India, is interested in participating in the consultation sessions.

The competent authority has approved the nomination of the following officers for the first session to be held on 10.09.2019 at Budapest:

1. Shri R. Venkatesh, Deputy Director General (International Relations), DoT - ddgir-dot@gov.in, Mob: +91 98110 45276
2. Smt. Anjali Sharma, Director (Standardization), TEC - anjali.sharma@gov.in

It is requested that further communication may be addressed to the above officers with a copy to the undersigned.

Yours faithfully,

(Pradeep Kumar Meena)
Under Secretary to the Government of India
ITU-A Section, Department of Telecommunications
Sanchar Bhawan, 20 Ashoka Road, New Delhi - 110001
Tel: +91-11-2303 6512
""",
  dels=[D("R. Venkatesh", "Deputy Director General (International Relations), DoT", "ddgir-dot@gov.in"),
        D("Anjali Sharma", "Director (Standardization), TEC", "anjali.sharma@gov.in")],
  sess=[BUD], client="zimbra", cte="7bit")

M("en_03_nga_label_blocks.eml", "nomination", "en", "NGA",
  ("Nkechi Obi-Nwosu", "nobi-nwosu@ncc.gov.ng"),
  "NIGERIA: NOMINATION OF PARTICIPANTS - ITU CI-19/35 SME CONSULTATION", "2019-08-09 14:03:51", tzs="+0100",
  body="""Dear Sir,

RE: CIRCULAR CI-19/35 - CONSULTATION SESSIONS FOR MEMBER STATES: FOSTERING TECH AND INNOVATION SMEs

The Nigerian Communications Commission (NCC), on behalf of the Federal Republic of Nigeria, hereby expresses interest in the consultation sessions and nominates the following officers to attend the first session at ITU Telecom World 2019, Budapest:

Name: Engr. Chukwuemeka Okonkwo
Designation: Director, New Media and Information Security
E-mail: cokonkwo@ncc.gov.ng
Phone: +234 803 455 7120

Name: Dr. (Mrs.) Folasade Adeyemi-Bakare
Designation: Head, Digital Economy Desk
E-mail: fadeyemi-bakare@ncc.gov.ng
Phone: +234 809 221 4468

Name: Alhaji Musa Ibrahim Danjuma
Designation: Principal Manager, International Cooperation
E-mail: mdanjuma@ncc.gov.ng
Phone: +234 805 773 9012

Please accept the assurances of our highest regards.

Nkechi Obi-Nwosu (Mrs)
For: Executive Vice Chairman/CEO
Nigerian Communications Commission
Plot 423 Aguiyi Ironsi Street, Maitama, Abuja
""",
  dels=[D("Chukwuemeka Okonkwo", "Director, New Media and Information Security", "cokonkwo@ncc.gov.ng"),
        D("Folasade Adeyemi-Bakare", "Head, Digital Economy Desk", "fadeyemi-bakare@ncc.gov.ng"),
        D("Musa Ibrahim Danjuma", "Principal Manager, International Cooperation", "mdanjuma@ncc.gov.ng")],
  sess=[BUD], cte="quoted-printable", cs="windows-1252")

M("en_04_ken_mission_gmail.eml", "nomination", "en", "KEN",
  ("Kenya Mission Geneva", "kenyamission.geneva@gmail.com"),
  "Re: ITU Circular CI-19/35", "2019-08-12 10:27:36", tzs="+0200", client="gmail", fmt="alt", quote="g-en",
  body="""Dear Sir/Madam,

The Permanent Mission of the Republic of Kenya to the United Nations Office and other International Organizations in Geneva presents its compliments to the ITU Secretariat and, with reference to Circular CI-19/35, has the honour to confirm Kenya's interest in the consultation sessions on tech and innovation SMEs.

The Ministry of Information, Communications and Technology has nominated Ms. Wanjiru Kamau, Deputy Director, ICT Innovation (wkamau@ict.go.ke), to attend the session in Budapest on 10 September 2019.

For any logistical matter please contact Mr. Brian Otieno Ochieng, First Secretary at the Mission (+41 22 906 40 50).

Regards,
Brian Otieno Ochieng
First Secretary (ICT)
Permanent Mission of Kenya, Geneva
""",
  dels=[D("Wanjiru Kamau", "Deputy Director, ICT Innovation", "wkamau@ict.go.ke")], sess=[BUD])

M("en_05_aus_interest.eml", "interest_only", "en", "AUS",
  ("Lachlan McKenzie", "lachlan.mckenzie@communications.gov.au"),
  "Australia - CI-19/35 SME consultations [SEC=UNCLASSIFIED]", "2019-08-02 03:51:20", tzs="+1000",
  fmt="alt",
  body="""UNCLASSIFIED

Hi Christopher,

Australia is interested in joining the SME consultation series. We are still working through who will be travelling to Telecom World and will confirm a name for the Budapest session as soon as we can.

Cheers,
Lachlan

Lachlan McKenzie | Assistant Director, International Engagement
Department of Communications and the Arts
GPO Box 2154 Canberra ACT 2601 | T +61 2 6271 1762

UNCLASSIFIED
""",
  sess=[BUD], client="o365")

M("en_06_usa_interest_cwg_only.eml", "interest_only", "en", "USA",
  ("Dana R. Whitfield", "whitfielddr@state.gov"),
  "U.S. response to ITU CI-19/35", "2019-08-15 21:14:02", tzs="-0400",
  body="""Dear Mr. Clark,

Thank you for the invitation contained in Circular CI-19/35. Unfortunately the United States will not be in a position to send a participant to the September session in Budapest, owing to scheduling conflicts.

We are, however, very interested in the series and would like to take part in the session planned alongside the Council Working Group meetings in early 2020. We will provide the name of our representative closer to the date.

Best regards,

Dana R. Whitfield
Bureau of Economic and Business Affairs
Office of International Communications and Information Policy
U.S. Department of State
Tel: +1 202 647 5231
""",
  sess=[CWG], cte="7bit")

M("en_07_phl_nomination.eml", "nomination", "en", "PHL",
  ("DICT International Cooperation", "intlcoop@dict.gov.ph"),
  "Philippine nominee - ITU SME Consultation, Budapest", "2019-08-08 09:36:14", tzs="+0800",
  body="""Dear Mr. Clark,

Greetings from the Department of Information and Communications Technology (DICT)!

In response to Circular CI-19/35, the Philippines confirms its interest and is pleased to nominate Engr. Maria Cristina Dela Cruz-Santos, OIC-Director, ICT Industry Development Bureau, as participant to the first consultation session in Budapest. She may be reached at mcdelacruz-santos@dict.gov.ph or +63 2 920 0101 loc. 1204.

The nomination was approved by Undersecretary Eliseo M. Villanueva.

Thank you and best regards.

Ma. Theresa L. Bautista
Chief, International Cooperation Division
DICT, C.P. Garcia Avenue, Diliman, Quezon City
""",
  dels=[D("Maria Cristina Dela Cruz-Santos", "OIC-Director, ICT Industry Development Bureau", "mcdelacruz-santos@dict.gov.ph")],
  sess=[BUD], fmt="html")

M("en_08_sgp_nomination_chinese_order.eml", "nomination", "en", "SGP",
  ("LIM Wei Jie", "lim_wei_jie@imda.gov.sg"),
  "CI-19/35: Singapore's participant for the Budapest session", "2019-08-13 17:02:55", tzs="+0800",
  fmt="alt",
  body="""Dear Christopher,

Singapore is pleased to participate in the consultation session in Budapest. Our nominee is Ms TAN Hui Min (Deputy Director, SME Digitalisation, IMDA), email tan_hui_min@imda.gov.sg.

Ms Tan will be supported on site by our colleagues from the Ministry of Communications and Information, whose names we will share separately if needed.

Best regards,
LIM Wei Jie (Mr)
Manager, International Relations
Infocomm Media Development Authority
DID: +65 6211 0841
""",
  dels=[D("TAN Hui Min", "Deputy Director, SME Digitalisation, IMDA", "tan_hui_min@imda.gov.sg")],
  sess=[BUD], client="o365", quote="o-en")

M("en_09_pak_two_sessions.eml", "nomination", "en", "PAK",
  ("Section Officer (ITU)", "so.itu@moitt.gov.pk"),
  "Nomination for ITU Consultation Sessions on Tech and Innovation SMEs", "2019-08-14 12:49:03", tzs="+0500",
  body="""Dear Sir,

Kindly refer to ITU Circular CI-19/35. The Ministry of Information Technology and Telecommunication is pleased to convey Pakistan's interest in the series of consultation sessions.

- For the session at ITU Telecom World 2019, Budapest: Mr. Muhammad Usman Tariq, Member (Telecom), MoITT, usman.tariq@moitt.gov.pk
- For the session during the Council Working Group meetings in 2020: Ms. Sadia Rehman Qureshi, Deputy Secretary (IT), sadia.qureshi@moitt.gov.pk

Regards,

Syed Hassan Raza
Section Officer (ITU)
Ministry of IT & Telecom, Islamabad
Ph: +92 51 920 6471
""",
  dels=[D("Muhammad Usman Tariq", "Member (Telecom), MoITT", "usman.tariq@moitt.gov.pk"),
        D("Sadia Rehman Qureshi", "Deputy Secretary (IT)", "sadia.qureshi@moitt.gov.pk")],
  sess=[BUD, CWG])

M("en_10_gha_html_table.eml", "nomination", "en", "GHA",
  ("Abena Owusu-Ansah", "abena.owusu-ansah@moc.gov.gh"),
  "Ghana Nominations - ITU SME Consultation Sessions", "2019-08-16 16:20:48", tzs="+0000",
  body=None, fmt="htmlraw", client="outlook", cte="quoted-printable",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear Sir,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">With reference to ITU Circular CI-19/35, the Ministry of Communications of the Republic of Ghana wishes to express its interest and to nominate the following officials for the consultation sessions:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>No.</b></p></td><td><p class="MsoNormal"><b>Name</b></p></td><td><p class="MsoNormal"><b>Position</b></p></td><td><p class="MsoNormal"><b>E-mail</b></p></td><td><p class="MsoNormal"><b>Session</b></p></td></tr>
<tr><td><p class="MsoNormal">1</p></td><td><p class="MsoNormal">Mr. Kwabena Asante-Boateng</p></td><td><p class="MsoNormal">Chief Director</p></td><td><p class="MsoNormal"><a href="mailto:kasante-boateng@moc.gov.gh">kasante-boateng@moc.gov.gh</a></p></td><td><p class="MsoNormal">Budapest, 10 Sept 2019</p></td></tr>
<tr><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">Mrs. Efua Mensah-Quaye</p></td><td><p class="MsoNormal">Director, Policy Planning</p></td><td><p class="MsoNormal"><a href="mailto:efua.mensah-quaye@moc.gov.gh">efua.mensah-quaye@moc.gov.gh</a></p></td><td><p class="MsoNormal">Budapest, 10 Sept 2019</p></td></tr>
<tr><td><p class="MsoNormal">3</p></td><td><p class="MsoNormal">Mr. Yaw Darko Agyemang</p></td><td><p class="MsoNormal">Head, Innovation Hub Programme, NITA</p></td><td><p class="MsoNormal"><a href="mailto:yaw.agyemang@nita.gov.gh">yaw.agyemang@nita.gov.gh</a></p></td><td><p class="MsoNormal">WSIS Forum 2020</p></td></tr>
<tr><td><p class="MsoNormal">4</p></td><td><p class="MsoNormal">Dr. Akosua Frimpong</p></td><td><p class="MsoNormal">Deputy Director, Research</p></td><td><p class="MsoNormal"><a href="mailto:afrimpong@moc.gov.gh">afrimpong@moc.gov.gh</a></p></td><td><p class="MsoNormal">WSIS Forum 2020</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Counting on your usual cooperation.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Abena Owusu-Ansah<br>For: Chief Director<br>Ministry of Communications, Accra<br>Tel: +233 302 666 465</p>
</div></body></html>
""",
  dels=[D("Kwabena Asante-Boateng", "Chief Director", "kasante-boateng@moc.gov.gh"),
        D("Efua Mensah-Quaye", "Director, Policy Planning", "efua.mensah-quaye@moc.gov.gh"),
        D("Yaw Darko Agyemang", "Head, Innovation Hub Programme, NITA", "yaw.agyemang@nita.gov.gh"),
        D("Akosua Frimpong", "Deputy Director, Research", "afrimpong@moc.gov.gh")],
  sess=[BUD, WSIS])

ZAF_1 = M("en_11_zaf_nomination.eml", "nomination", "en", "ZAF",
  ("Thandiwe Mokoena", "tmokoena@dtps.gov.za"),
  "South Africa: nomination - SME consultation session Budapest", "2019-08-05 13:31:27", tzs="+0200",
  fmt="alt",
  body="""Dear Mr Clark

South Africa confirms its interest in the ITU consultation sessions on tech and innovation SMEs (CI-19/35).

The Department of Telecommunications and Postal Services nominates Mr Sipho Ndlovu, Chief Director: ICT Enterprise Development (sndlovu@dtps.gov.za), for the session in Budapest.

Regards

Thandiwe Mokoena
Director: International Affairs and Trade
Department of Telecommunications and Postal Services
Tel: +27 12 427 8116 | Cell: +27 82 905 3341
""",
  dels=[D("Sipho Ndlovu", "Chief Director: ICT Enterprise Development", "sndlovu@dtps.gov.za")], sess=[BUD])

M("en_12_zaf_correction_replace.eml", "correction", "en", "ZAF",
  ("Thandiwe Mokoena", "tmokoena@dtps.gov.za"),
  "RE: South Africa: nomination - SME consultation session Budapest - CHANGE OF NOMINEE", "2019-08-14 08:55:40", tzs="+0200",
  fmt="alt",
  body="""Dear Mr Clark

Further to my e-mail of 5 August, please note that Mr Sipho Ndlovu is no longer able to travel to Budapest.

South Africa's participant will now be Ms Lerato Dlamini-Khumalo, Director: SMME Digital Support (ldlamini-khumalo@dtps.gov.za). Please replace Mr Ndlovu with Ms Dlamini-Khumalo in your records.

Apologies for the inconvenience.

Regards

Thandiwe Mokoena
Director: International Affairs and Trade
Department of Telecommunications and Postal Services
Tel: +27 12 427 8116
""",
  dels=[D("Lerato Dlamini-Khumalo", "Director: SMME Digital Support", "ldlamini-khumalo@dtps.gov.za")],
  sess=[BUD], sup=ZAF_1, irt=ZAF_1)

M("en_13_mmr_u_daw.eml", "nomination", "en", "MMR",
  ("Posts and Telecommunications Department", "ptd.intl@mptmail.net.mm"),
  "Nomination of Myanmar delegates for ITU SME consultation", "2019-08-15 06:12:19", tzs="+0630",
  body="""Dear Sir,

With reference to ITU Circular CI-19/35, the Posts and Telecommunications Department, Ministry of Transport and Communications, would like to nominate the following officials for the first consultation session in Budapest:

(a) U Aung Kyaw Moe, Deputy Director General, PTD (aungkyawmoe@mptmail.net.mm)
(b) Daw Khin Myo Thet, Assistant Director, International Relations (khinmyothet.ptd@gmail.com)

With best regards,

Daw Thin Thin Nwe
Director, International Relations Division
Posts and Telecommunications Department, Nay Pyi Taw
Tel: +95 67 340 7213
""",
  dels=[D("Aung Kyaw Moe", "Deputy Director General, PTD", "aungkyawmoe@mptmail.net.mm"),
        D("Khin Myo Thet", "Assistant Director, International Relations", "khinmyothet.ptd@gmail.com")],
  sess=[BUD], client="thunderbird", cte="7bit")

M("en_14_lka_initials.eml", "nomination", "en", "LKA",
  ("TRCSL International Affairs", "intl@trc.gov.lk"),
  "CI-19/35 - Nomination from Sri Lanka", "2019-08-16 23:47:05", tzs="+0530",
  body="""Dear Sir / Madam,

Telecommunications Regulatory Commission of Sri Lanka is pleased to nominate Mr. W.M.D. Jayawardena, Deputy Director (Industry Development), to participate in the SME consultation session in Budapest on 10th September 2019.

Email: wmd.jayawardena@trc.gov.lk
Mobile: +94 77 351 2640

Sorry for the late reply.

Thank you,
Chaminda Perera
Assistant Director - International Affairs, TRCSL
""",
  dels=[D("W.M.D. Jayawardena", "Deputy Director (Industry Development)", "wmd.jayawardena@trc.gov.lk")],
  sess=[BUD])

M("en_15_jam_inquiry.eml", "inquiry", "en", "JAM",
  ("Shanique Campbell-Grant", "scampbell-grant@mset.gov.jm"),
  "Query re: CI-19/35 SME consultation - fellowship / remote participation?", "2019-08-07 17:40:33", tzs="-0500",
  body="""Good day Mr. Clark,

The Ministry of Science, Energy and Technology has received Circular CI-19/35 and is considering participation.

Before we submit a name, could you kindly advise (1) whether ITU fellowships are available to cover travel to Budapest for developing countries, and (2) whether remote participation in the 10 September session will be possible?

Thank you in advance.

Regards,
Shanique Campbell-Grant
Senior Director, ICT Policy
Ministry of Science, Energy and Technology, Kingston
T: 876-929-8990 ext 2245
""")

M("en_16_auto_reply.eml", "auto_reply", "en", None,
  ("Peter Mwale", "pmwale@macra.org.mw"),
  "Automatic reply: ITU Circular CI-19/35 - reminder", "2019-08-12 09:01:17", tzs="+0200",
  body="""I am out of the office attending the SADC ICT Ministers meeting until 19 August 2019 with limited access to e-mail.

For urgent matters please contact Ms Chikondi Banda on cbanda@macra.org.mw or +265 1 883 611.

Peter Mwale
Malawi Communications Regulatory Authority
""",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

M("en_17_bounce_postfix.eml", "bounce", "en", None,
  ("Mail Delivery System", "MAILER-DAEMON@mx3.itu.int"),
  "Undelivered Mail Returned to Sender", "2019-07-24 08:12:44", tzs="+0200", mx=3,
  report=dict(kind="dsn", rcpt="ict.secretary@mtcit.gov.vc", status="5.1.1",
    diag="smtp; 550 5.1.1 <ict.secretary@mtcit.gov.vc>: Recipient address rejected: User unknown in virtual mailbox table",
    orig_from="sme@itu.int", orig_subject="ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    orig_date="Tue, 23 Jul 2019 16:04:11 +0200"),
  body="""This is the mail system at host mx3.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ict.secretary@mtcit.gov.vc>: host mail.mtcit.gov.vc[200.50.77.18] said: 550
    5.1.1 <ict.secretary@mtcit.gov.vc>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", cte="7bit")

M("en_18_unrelated_newsletter.eml", "unrelated", "en", None,
  ("GovTech Events", "newsletter@govtech-summits.com"),
  "Last chance: SME Digital Transformation Summit, Dubai - 30% early bird", "2019-08-08 04:15:09", tzs="+0000",
  client="mailchimp", fmt="alt",
  body="""View this email in your browser

SME DIGITAL TRANSFORMATION SUMMIT 2019
12-13 November, Dubai

Join 400+ policy makers, regulators and founders for two days of keynotes, workshops and networking.

Register before 31 August and save 30%. Group discounts for government delegations.

Speakers include CIOs from leading banks and telecom operators across the GCC.

REGISTER NOW

You are receiving this email because you signed up at one of our events.
Unsubscribe | Update preferences
GovTech Summits Ltd, 71-75 Shelton Street, London WC2H 9JQ
""",
  extra=[("List-Unsubscribe", "<https://govtech-summits.us19.list-manage.com/unsubscribe?u=7f3a&id=22c1>"), ("Precedence", "bulk")])

M("en_19_bgd_late.eml", "nomination", "en", "BGD",
  ("Posts and Telecommunications Division", "itu.desk@ptd.gov.bd"),
  "Nomination for ITU SME consultation session at Budapest", "2019-08-20 10:05:31", tzs="+0600",
  body="""Dear Sir,

With reference to ITU Circular CI-19/35 dated 23 July 2019, the Posts and Telecommunications Division, Ministry of Posts, Telecommunications and Information Technology, Government of the People's Republic of Bangladesh, is pleased to nominate Md. Rafiqul Islam, Joint Secretary (ICT Industry), for the consultation session in Budapest on 10 September 2019.

His email: rafiqul.islam@ptd.gov.bd

We regret the delay in responding and request your kind consideration.

With regards,

Mohammad Abdul Mannan
Senior Assistant Secretary
Posts and Telecommunications Division, Dhaka
Phone: +880 2 951 3344
""",
  dels=[D("Md. Rafiqul Islam", "Joint Secretary (ICT Industry)", "rafiqul.islam@ptd.gov.bd")], sess=[BUD])

M("en_20_nonstate_sme_association.eml", "interest_only", "en", None,
  ("Katrin Vos", "katrin.vos@digitalsme.eu"),
  "SME consultation sessions - interest from European DIGITAL SME Alliance", "2019-08-01 15:22:40", tzs="+0200",
  body="""Dear ITU colleagues,

We understand from one of our national member associations that ITU is organising consultation sessions on fostering tech and innovation SMEs, starting at Telecom World in Budapest.

Although we are not a Member State, the European DIGITAL SME Alliance would be very interested in contributing to the session in Budapest and to the later sessions. Would this be possible?

Best wishes,
Katrin Vos
Policy Manager
European DIGITAL SME Alliance, Brussels
+32 2 893 02 36
""",
  sess=[BUD], client="thunderbird")

M("en_21_uga_for_minister.eml", "nomination", "en", "UGA",
  ("Private Secretary to the Minister", "ps.minister@ict.go.ug"),
  "NOMINATION: ITU Consultation Sessions on SMEs (CI-19/35)", "2019-08-11 12:33:58", tzs="+0300",
  fmt="html",
  body="""Dear Sir,

I have been directed by the Hon. Minister of ICT and National Guidance, Hon. Dr. Judith Nabakooza Ssempala, to thank the Secretary-General, Mr. Houlin Zhao, for the invitation and to convey Uganda's interest in the consultation sessions.

The Hon. Minister has nominated Mr. Ronald Ssekandi Mukasa, Commissioner, Information Technology, to represent Uganda at the first session in Budapest. His contacts are rmukasa@ict.go.ug and +256 772 410 655.

Yours sincerely,

Grace Atim Okello
Private Secretary to the Minister
Ministry of ICT and National Guidance, Kampala
""",
  dels=[D("Ronald Ssekandi Mukasa", "Commissioner, Information Technology", "rmukasa@ict.go.ug")], sess=[BUD])

M("en_22_ind_correction_add_late.eml", "correction", "en", "IND",
  ("Under Secretary (ITU-A)", "us-itua@gov.in"),
  "Modification in nomination for ITU consultation session on SMEs - reg.", "2019-08-19 06:40:12", tzs="+0530",
  body="""Sir,

In continuation of this Department's e-mail of even number dated 06.08.2019, I am directed to convey that the competent authority has approved the inclusion of one more officer in the Indian delegation for the session at Budapest. The revised list is as follows:

1. Shri R. Venkatesh, Deputy Director General (International Relations), DoT - ddgir-dot@gov.in
2. Smt. Anjali Sharma, Director (Standardization), TEC - anjali.sharma@gov.in
3. Shri Vikram Singh Rathore, Assistant Wireless Adviser, WPC Wing - vs.rathore@gov.in

Inconvenience caused is regretted.

Yours faithfully,

(Pradeep Kumar Meena)
Under Secretary to the Government of India
Tel: +91-11-2303 6512
""",
  dels=[D("R. Venkatesh", "Deputy Director General (International Relations), DoT", "ddgir-dot@gov.in"),
        D("Anjali Sharma", "Director (Standardization), TEC", "anjali.sharma@gov.in"),
        D("Vikram Singh Rathore", "Assistant Wireless Adviser, WPC Wing", "vs.rathore@gov.in")],
  sess=[BUD], sup=IND_1, irt=IND_1, client="zimbra", cte="7bit")

M("en_23_nzl_decline.eml", "decline", "en", "NZL",
  ("Aroha Te Whata", "aroha.tewhata@mbie.govt.nz"),
  "RE: ITU Circular CI-19/35 [UNCLASSIFIED]", "2019-08-09 01:18:30", tzs="+1200",
  fmt="alt",
  body="""Kia ora Christopher,

Thank you for the invitation. Unfortunately New Zealand will not be participating in the SME consultation session in Budapest, as we will not have officials at ITU Telecom World this year.

We wish you a successful session.

Ngā mihi,
Aroha Te Whata
Senior Policy Advisor, Communications Policy
Ministry of Business, Innovation & Employment
+64 4 901 8734
""",
  quote="o-en", client="o365", cte="quoted-printable")

M("en_24_fji_signature_self.eml", "nomination", "en", "FJI",
  ("Sainimili Vakaloloma", "sainimili.vakaloloma@govnet.gov.fj"),
  "Budapest SME session", "2019-08-13 00:44:26", tzs="+1200",
  body="""Bula Mr Clark,

I would like to register for the SME consultation session in Budapest on 10 September. I have been cleared by our Permanent Secretary to attend on behalf of Fiji.

Vinaka,

Sainimili Vakaloloma
Principal Economic Planning Officer (ICT)
Ministry of Communications, Suva, Fiji
Ph: +679 330 1861 | Mob: +679 992 4410
sainimili.vakaloloma@govnet.gov.fj
""",
  dels=[D("Sainimili Vakaloloma", "Principal Economic Planning Officer (ICT)", "sainimili.vakaloloma@govnet.gov.fj")],
  sess=[BUD], client="gmail")


# =====================================================================================================
#                                             FRANÇAIS
# =====================================================================================================

M("fr_01_fra_nomination.eml", "nomination", "fr", "FRA",
  ("Claire Dumoulin", "claire.dumoulin@finances.gouv.fr"),
  "RE: Lettre circulaire CI-19/35 - participation française", "2019-08-01 10:14:52", tzs="+0200",
  cs="iso-8859-1", cte="quoted-printable", quote="o-fr",
  fmt="alt",
  body="""Monsieur,

En réponse à la lettre circulaire CI-19/35, j'ai le plaisir de vous confirmer l'intérêt de la France pour la série de sessions de consultation consacrée aux PME du secteur des technologies et de l'innovation.

La France sera représentée à la première session, à Budapest le 10 septembre 2019, par M. Jean-Baptiste LEFÈVRE, chef du bureau de l'économie numérique à la Direction générale des entreprises (jean-baptiste.lefevre@finances.gouv.fr).

Je vous prie d'agréer, Monsieur, l'expression de ma considération distinguée.

Claire Dumoulin
Chargée de mission affaires internationales
Direction générale des entreprises - Service de l'économie numérique
Tél. : +33 1 79 84 31 27
""",
  dels=[D("Jean-Baptiste LEFÈVRE", "chef du bureau de l'économie numérique à la Direction générale des entreprises", "jean-baptiste.lefevre@finances.gouv.fr")],
  sess=[BUD])

M("fr_02_sen_epouse.eml", "nomination", "fr", "SEN",
  ("Ministère de l'Economie numérique", "cooperation@numerique.gouv.sn"),
  "Désignation des représentants du Sénégal - Sessions de consultation PME (CI-19/35)", "2019-08-12 11:58:07", tzs="+0000",
  cs="iso-8859-15", cte="quoted-printable",
  fmt="html",
  body="""Monsieur le Secrétaire général,

Faisant suite à votre lettre circulaire CI-19/35 du 23 juillet 2019, j'ai l'honneur de vous faire part de l'intérêt du Sénégal pour les sessions de consultation sur la promotion des PME technologiques et innovantes.

A cet effet, le Ministère de l'Economie numérique et des Télécommunications désigne :

- M. Mamadou Lamine DIALLO, Directeur des Technologies de l'Information et de la Communication (mldiallo@numerique.gouv.sn, +221 33 849 61 20) ;
- Mme Aïssatou NDIAYE épouse SECK, Chef de la Division Innovation et Start-up (aissatou.seck@numerique.gouv.sn).

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Pour le Ministre et par délégation,
Le Secrétaire général
Ousmane Badiane FAYE
""",
  dels=[D("Mamadou Lamine DIALLO", "Directeur des Technologies de l'Information et de la Communication", "mldiallo@numerique.gouv.sn"),
        D("Aïssatou NDIAYE épouse SECK", "Chef de la Division Innovation et Start-up", "aissatou.seck@numerique.gouv.sn")],
  sess=[BUD])

M("fr_03_civ_nom_prenoms.eml", "nomination", "fr", "CIV",
  ("ARTCI Coopération", "cooperation@artci.ci"),
  "CI-19/35 : fiche de désignation - Côte d'Ivoire", "2019-08-14 15:33:21", tzs="+0000",
  body="""Madame, Monsieur,

L'Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI) manifeste son intérêt pour la session de consultation de Budapest et vous transmet ci-dessous la fiche de son représentant.

Nom et prénoms : KOUASSI Yao Hermann
Fonction : Directeur de l'Economie Numérique et de la Prospective
Courriel : hermann.kouassi@artci.ci
Téléphone : +225 20 34 43 73 / +225 07 08 19 55

Nom et prénoms : TOURÉ Mariam épse KONÉ
Fonction : Chargée d'études PME et start-up
Courriel : mariam.kone@artci.ci

Nous restons à votre disposition.

Cordialement,
Le Service Coopération internationale
ARTCI, Abidjan-Plateau
""",
  dels=[D("KOUASSI Yao Hermann", "Directeur de l'Economie Numérique et de la Prospective", "hermann.kouassi@artci.ci"),
        D("TOURÉ Mariam épse KONÉ", "Chargée d'études PME et start-up", "mariam.kone@artci.ci")],
  sess=[BUD], fmt="alt", cte="base64")

M("fr_04_bel_interest.eml", "interest_only", "fr", "BEL",
  ("Sophie Vandenberghe", "sophie.vandenberghe@bipt.be"),
  "Circulaire CI-19/35 - intérêt de la Belgique", "2019-08-07 14:26:10", tzs="+0200",
  cs="windows-1252", cte="quoted-printable",
  fmt="alt",
  body="""Bonjour Monsieur Clark,

L'IBPT vous confirme que la Belgique est intéressée par les sessions de consultation sur les PME technologiques, tant à Budapest que lors des réunions des groupes de travail du Conseil en 2020.

Le nom de notre participant vous sera communiqué dès que la composition de la délégation à Telecom World sera arrêtée.

Bien à vous,

Sophie Vandenberghe
Conseillère - Relations internationales
Institut belge des services postaux et des télécommunications
Tél. +32 2 226 88 51
""",
  sess=[BUD, CWG])

M("fr_05_che_fr_nomination.eml", "nomination", "fr", "CHE",
  ("Nathalie Rochat", "nathalie.rochat@bakom.admin.ch"),
  "CI-19/35 : participation de la Suisse", "2019-08-15 09:47:38", tzs="+0200",
  body="""Monsieur,

La Suisse participera volontiers à la première session de consultation à Budapest. L'Office fédéral de la communication (OFCOM) y sera représenté par Mme Dr Sandrine Favre-Berthoud, Cheffe de section Affaires internationales (sandrine.favre-berthoud@bakom.admin.ch, +41 58 460 55 41).

Avec mes meilleures salutations,

Nathalie Rochat
Collaboratrice scientifique, Affaires internationales
Office fédéral de la communication OFCOM
Rue de l'Avenir 44, 2501 Bienne
""",
  dels=[D("Sandrine Favre-Berthoud", "Cheffe de section Affaires internationales", "sandrine.favre-berthoud@bakom.admin.ch")],
  sess=[BUD], client="lotus")

M("fr_06_mar_three_sessions.eml", "nomination", "fr", "MAR",
  ("Direction de la Coopération", "cooperation@anrt.ma"),
  "Participation du Royaume du Maroc - Sessions de consultation PME (CI-19/35)", "2019-08-09 12:18:45", tzs="+0100",
  fmt="alt",
  body="""Monsieur,

Suite à la lettre circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications (ANRT) a l'honneur de vous informer que le Royaume du Maroc souhaite prendre part à l'ensemble des sessions de consultation. Les représentants désignés sont :

1) Session de Budapest (10 septembre 2019) : M. Youssef EL ALAOUI EL HASSANI, Chef de la Division Economie numérique, elalaoui@anrt.ma
2) Session en marge des GTC (début 2020) : Mme Salma BENNANI, Ingénieur principal, bennani.s@anrt.ma
3) Session du Forum du SMSI 2020 : M. Hicham OUAZZANI TOUHAMI, Chef de service Start-up et PME, ouazzani@anrt.ma

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Karim BENJELLOUN
Directeur de la Coopération et des Relations Internationales
Tél : +212 537 71 84 00
""",
  dels=[D("Youssef EL ALAOUI EL HASSANI", "Chef de la Division Economie numérique", "elalaoui@anrt.ma"),
        D("Salma BENNANI", "Ingénieur principal", "bennani.s@anrt.ma"),
        D("Hicham OUAZZANI TOUHAMI", "Chef de service Start-up et PME", "ouazzani@anrt.ma")],
  sess=[BUD, CWG, WSIS], cs="iso-8859-1", cte="8bit")

M("fr_08_cmr_minister_mentioned.eml", "nomination", "fr", "CMR",
  ("Secrétariat Général MINPOSTEL", "sg@minpostel.gov.cm"),
  "Désignation - Session de consultation PME de Budapest", "2019-08-13 10:02:11", tzs="+0100",
  body="""Monsieur le Secrétaire Général,

J'ai l'honneur, sur très hautes instructions de Madame le Ministre des Postes et Télécommunications, Mme Thérèse Ngo Bilong, de vous faire connaître que le Cameroun sera représenté à la session de consultation du 10 septembre 2019 à Budapest par :

M. ABESSOLO NKOULOU Jean-Pierre, Directeur des Communications Electroniques, jp.abessolo@minpostel.gov.cm

Il sera accompagné de M. Paul Emmanuel Mbarga, Chargé d'études, dont la participation sera prise en charge par l'Agence de Régulation des Télécommunications.

Veuillez agréer, Monsieur le Secrétaire Général, l'assurance de ma haute considération.

Le Secrétaire Général
Dr. Elise MVONDO ESSOMBA
""",
  dels=[D("ABESSOLO NKOULOU Jean-Pierre", "Directeur des Communications Electroniques", "jp.abessolo@minpostel.gov.cm"),
        D("Paul Emmanuel Mbarga", "Chargé d'études", None)],
  sess=[BUD], cs="windows-1252", cte="8bit")

M("fr_09_can_inquiry.eml", "inquiry", "fr", "CAN",
  ("Geneviève Tremblay", "genevieve.tremblay@canada.ca"),
  "Question - lettre circulaire CI-19/35 / Question - Circular CI-19/35", "2019-08-06 19:31:14", tzs="-0400",
  fmt="alt",
  body="""Bonjour,

Avant de confirmer notre participation, pourriez-vous nous préciser si un ordre du jour détaillé de la session de Budapest est déjà disponible et si les États Membres sont invités à présenter une contribution écrite ou un exposé?

Merci à l'avance,

Geneviève Tremblay
Analyste principale des politiques, Affaires internationales des télécommunications
Innovation, Sciences et Développement économique Canada
Tél. : 613-990-4521
""", client="o365", cte="quoted-printable")

M("fr_10_hti_late.eml", "nomination", "fr", "HTI",
  ("CONATEL Haïti", "conatel.haiti@gmail.com"),
  "Désignation du représentant d'Haïti - Session PME Budapest", "2019-08-26 17:09:44", tzs="-0400",
  client="gmail", quote="g-fr",
  body="""Monsieur,

Le Conseil National des Télécommunications (CONATEL) vous prie de l'excuser pour ce retard et a l'honneur de désigner Monsieur Jean-Robert Pierre-Louis, Directeur de la Réglementation, pour représenter la République d'Haïti à la session de consultation de Budapest.

Courriel : jrpierrelouis.conatel@gmail.com
Tél. : +509 2813 0505

Cordialement,

Marie-Carmel Jean-Baptiste
Assistante de Direction, CONATEL
""",
  dels=[D("Jean-Robert Pierre-Louis", "Directeur de la Réglementation", "jrpierrelouis.conatel@gmail.com")], sess=[BUD])

M("fr_11_cod_html_only.eml", "nomination", "fr", "COD",
  ("Cabinet PT-NTIC", "cabinet@ptntic.gouv.cd"),
  "CI-19/35 : Désignation RDC", "2019-08-16 18:22:57", tzs="+0100",
  fmt="html", cs="iso-8859-1", cte="quoted-printable",
  body="""Monsieur,

Comme suite à votre lettre circulaire CI-19/35, la République Démocratique du Congo confirme son intérêt et désigne Monsieur MUKENDI KABASELE Dieudonné, Conseiller technique chargé des NTIC au Cabinet du Ministre (d.mukendi@ptntic.gouv.cd), pour la session de Budapest.

Haute considération.

Pour le Directeur de Cabinet,
Gaston NZUZI MAKIADI
Conseiller principal
Tél. : +243 81 700 12 34
""",
  dels=[D("MUKENDI KABASELE Dieudonné", "Conseiller technique chargé des NTIC au Cabinet du Ministre", "d.mukendi@ptntic.gouv.cd")],
  sess=[BUD])

M("fr_12_auto_reply.eml", "auto_reply", "fr", None,
  ("Lucie Marchand", "lucie.marchand@arcep.fr"),
  "Réponse automatique : Lettre circulaire CI-19/35", "2019-07-29 09:03:50", tzs="+0200",
  cs="iso-8859-1", cte="quoted-printable",
  body="""Bonjour,

Je suis absente du bureau jusqu'au 23 août inclus. Pour toute question urgente, merci de contacter Thomas Girard (thomas.girard@arcep.fr).

Cordialement,
Lucie Marchand
""", extra=[("Auto-Submitted", "auto-replied")])

M("fr_13_bounce_exchange.eml", "bounce", "fr", None,
  ("Microsoft Outlook", "postmaster@mpt.gov.ne"),
  "Non remis : Lettre circulaire CI-19/35 de l'UIT: Sessions de consultation pour les Etats Membres", "2019-07-23 16:09:31",
  tzs="+0100",
  report=dict(kind="dsn", rcpt="dg.telecoms@mpt.gov.ne", status="5.2.2",
    diag="smtp; 552 5.2.2 STOREDRV.Deliver; mailbox full",
    orig_from="sgcirculars@itu.int", orig_subject="Lettre circulaire CI-19/35 de l'UIT: Sessions de consultation pour les Etats Membres",
    orig_date="Tue, 23 Jul 2019 16:04:11 +0200"),
  body="""Impossible de remettre le message à ces destinataires ou groupes :

dg.telecoms@mpt.gov.ne
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez d'envoyer le message plus tard ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : MAIL01.mpt.gov.ne

dg.telecoms@mpt.gov.ne
Remote Server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'
""")

M("fr_14_mdg_nomination.eml", "nomination", "fr", "MDG",
  ("ARTEC Madagascar", "dg@artec.mg"),
  "Sessions de consultation PME - désignation de Madagascar", "2019-08-10 08:41:30", tzs="+0300",
  body="""Monsieur,

L'Autorité de Régulation des Technologies de Communication (ARTEC) a l'honneur de vous communiquer le nom du représentant de Madagascar à la session de Budapest :

RAKOTOMALALA Andry Tahina, Directeur des Etudes et de la Prospective
E-mail : andry.rakotomalala@artec.mg
Tél. : +261 20 22 425 66

Veuillez agréer, Monsieur, nos salutations distinguées.

Le Directeur Général
RANDRIANARISOA Haja Nirina
""",
  dels=[D("RAKOTOMALALA Andry Tahina", "Directeur des Etudes et de la Prospective", "andry.rakotomalala@artec.mg")],
  sess=[BUD], client="thunderbird")

M("fr_15_bfa_decline.eml", "decline", "fr", "BFA",
  ("Ministère du Développement de l'Economie Numérique", "sg@mdenp.gov.bf"),
  "Réponse à la lettre circulaire CI-19/35", "2019-08-14 12:12:12", tzs="+0000",
  body="""Monsieur le Secrétaire général,

Nous accusons réception de votre lettre circulaire CI-19/35 et vous remercions de votre aimable invitation.

Le Burkina Faso regrette de ne pouvoir prendre part à la session de consultation de Budapest, en raison de contraintes budgétaires. Nous suivrons avec intérêt les résultats de vos travaux.

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.

Le Secrétaire général
Boukaré SAWADOGO
""", quote="o-fr")


# =====================================================================================================
#                                             ESPAÑOL
# =====================================================================================================

M("es_01_esp_nomination.eml", "nomination", "es", "ESP",
  ("Subdirección General de Relaciones Internacionales", "sgri.telecom@mineco.es"),
  "RE: Carta Circular CI-19/35 - Designación de España", "2019-08-05 12:40:03", tzs="+0200",
  cs="iso-8859-1", cte="quoted-printable", quote="o-es",
  fmt="alt",
  body="""Estimado Sr. Clark:

En relación con la Carta Circular CI-19/35, le comunico que España está interesada en participar en la serie de sesiones de consulta sobre el fomento de las pymes tecnológicas e innovadoras.

Para la primera sesión, que se celebrará en Budapest el 10 de septiembre, se designa a D. José María Pérez de la Fuente, Subdirector General Adjunto de Sociedad Digital (josemaria.perez@mineco.es, tel. +34 91 346 15 72).

Reciba un cordial saludo,

Begoña Sánchez Ortega
Jefa de Área de Organismos Internacionales
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
""",
  dels=[D("José María Pérez de la Fuente", "Subdirector General Adjunto de Sociedad Digital", "josemaria.perez@mineco.es")],
  sess=[BUD])

M("es_02_mex_two_surnames.eml", "nomination", "es", "MEX",
  ("Unidad de Asuntos Internacionales IFT", "asuntos.internacionales@ift.org.mx"),
  "Designación de participantes - Sesión de consulta sobre pymes (CI-19/35)", "2019-08-08 18:55:26", tzs="-0500",
  cs="windows-1252", cte="quoted-printable",
  fmt="alt",
  body="""Estimado Sr. Christopher Clark:

Por instrucciones del Comisionado Presidente, me permito informarle que el Instituto Federal de Telecomunicaciones (IFT) tiene interés en participar en las sesiones de consulta convocadas mediante la Carta Circular CI-19/35.

Para la sesión de Budapest se designa a las siguientes personas:

  * Lic. Ana Laura Gutiérrez Ramírez, Directora General Adjunta de Asuntos Internacionales - ana.gutierrez@ift.org.mx
  * Ing. Jorge Alberto Martínez Solís, Director de Innovación y Competencia - jorge.martinez@ift.org.mx

Sin otro particular, aprovecho la ocasión para enviarle un cordial saludo.

Mtra. Rocío Hernández Villaseñor
Titular de la Unidad de Asuntos Internacionales
Instituto Federal de Telecomunicaciones
Insurgentes Sur 1143, Col. Nochebuena, Ciudad de México
Tel. +52 55 5015 4000 ext. 4112
""",
  dels=[D("Ana Laura Gutiérrez Ramírez", "Directora General Adjunta de Asuntos Internacionales", "ana.gutierrez@ift.org.mx"),
        D("Jorge Alberto Martínez Solís", "Director de Innovación y Competencia", "jorge.martinez@ift.org.mx")],
  sess=[BUD])

M("es_03_arg_alt.eml", "nomination", "es", "ARG",
  ("Secretaría de Gobierno de Modernización", "relacionesinternacionales@modernizacion.gob.ar"),
  "Re: CI-19/35 - Participación de la República Argentina", "2019-08-12 20:11:45", tzs="-0300",
  fmt="alt", client="gmail", quote="g-es",
  body="""Estimados:

Tenemos el agrado de dirigirnos a ustedes para confirmar el interés de la República Argentina en las sesiones de consulta sobre pymes tecnológicas.

La persona designada para la sesión de Budapest es la Dra. María Florencia Ríos Echeverría, Directora Nacional de Economía del Conocimiento (mfrios@modernizacion.gob.ar).

Saludos cordiales,

Federico Agustín Lombardi
Coordinador de Relaciones Internacionales
Secretaría de Gobierno de Modernización - Jefatura de Gabinete de Ministros
+54 11 4343 9001 int. 247
""",
  dels=[D("María Florencia Ríos Echeverría", "Directora Nacional de Economía del Conocimiento", "mfrios@modernizacion.gob.ar")],
  sess=[BUD])

M("es_04_col_interest.eml", "interest_only", "es", "COL",
  ("Oficina de Asuntos Internacionales MinTIC", "internacional@mintic.gov.co"),
  "Interés de Colombia - sesiones de consulta pymes UIT", "2019-08-02 16:30:08", tzs="-0500",
  body="""Respetado señor Clark:

El Ministerio de Tecnologías de la Información y las Comunicaciones de Colombia manifiesta su interés en participar en la sesión de consulta que se llevará a cabo en Budapest y en las siguientes sesiones.

En los próximos días le informaremos el nombre del funcionario designado.

Cordialmente,

Camila Andrea Restrepo Villa
Asesora, Oficina de Asuntos Internacionales
MinTIC - Edificio Murillo Toro, Bogotá
PBX: +57 1 344 3460
""",
  sess=[BUD], fmt="html", cs="utf-8", cte="base64")

CHL_1 = M("es_05_chl_mission.eml", "nomination", "es", "CHL",
  ("Misión Permanente de Chile en Ginebra", "mision.chile@minrel.gov.cl"),
  "Nota N° 214/2019 - Designación Chile CI-19/35", "2019-08-06 11:16:33", tzs="+0200",
  fmt="alt",
  body="""La Misión Permanente de Chile ante la Oficina de las Naciones Unidas y demás Organismos Internacionales con sede en Ginebra saluda atentamente a la Secretaría de la Unión Internacional de Telecomunicaciones y, en relación con la Carta Circular CI-19/35, tiene el honor de informar que la Subsecretaría de Telecomunicaciones (SUBTEL) ha designado a las siguientes personas para la sesión de consulta de Budapest:

- Sr. Cristián Andrés Muñoz Valenzuela, Jefe de la División de Política Regulatoria y Estudios, SUBTEL (cmunoz@subtel.gob.cl)
- Sra. Francisca Javiera Soto Larraín, Coordinadora de Emprendimiento Digital (fsoto@subtel.gob.cl)

Para cualquier consulta, el punto de contacto en la Misión es el Consejero Rodrigo Alarcón Pizarro (ralarcon@minrel.gov.cl).

La Misión Permanente de Chile hace propicia la oportunidad para reiterar a la Secretaría de la UIT las seguridades de su más alta consideración.

Ginebra, 6 de agosto de 2019
""",
  dels=[D("Cristián Andrés Muñoz Valenzuela", "Jefe de la División de Política Regulatoria y Estudios, SUBTEL", "cmunoz@subtel.gob.cl"),
        D("Francisca Javiera Soto Larraín", "Coordinadora de Emprendimiento Digital", "fsoto@subtel.gob.cl")],
  sess=[BUD], cs="iso-8859-1", cte="8bit")

M("es_06_chl_correction_remove.eml", "correction", "es", "CHL",
  ("Misión Permanente de Chile en Ginebra", "mision.chile@minrel.gov.cl"),
  "RE: Nota N° 214/2019 - Designación Chile CI-19/35 (modificación)", "2019-08-16 10:05:19", tzs="+0200",
  body="""Estimados colegas:

En relación con nuestra nota N° 214/2019, les informamos que, por razones de agenda, la Sra. Francisca Javiera Soto Larraín no podrá viajar a Budapest.

La delegación de Chile quedará integrada únicamente por el Sr. Cristián Andrés Muñoz Valenzuela, Jefe de la División de Política Regulatoria y Estudios, SUBTEL (cmunoz@subtel.gob.cl).

Muchas gracias.

Rodrigo Alarcón Pizarro
Consejero
Misión Permanente de Chile, Ginebra
+41 22 919 88 00
""",
  dels=[D("Cristián Andrés Muñoz Valenzuela", "Jefe de la División de Política Regulatoria y Estudios, SUBTEL", "cmunoz@subtel.gob.cl")],
  sess=[BUD], sup=CHL_1, irt=CHL_1, cs="iso-8859-1", cte="quoted-printable")

M("es_07_cub_nomination.eml", "nomination", "es", "CUB",
  ("Dirección de Relaciones Internacionales MINCOM", "dri@mincom.gob.cu"),
  "Designación de Cuba para la sesión de consulta de Budapest", "2019-08-15 15:48:22", tzs="-0400",
  cs="windows-1252", cte="quoted-printable",
  fmt="alt",
  body="""Estimado Sr. Clark:

Reciba un cordial saludo del Ministerio de Comunicaciones de la República de Cuba.

En respuesta a la Carta Circular CI-19/35, le informamos que la compañera Yamilé Castañeda Borrego, Especialista Principal de la Dirección de Informatización (yamile.castaneda@mincom.gob.cu), participará en representación de Cuba en la sesión de consulta de Budapest.

Atentamente,

Ernesto Luis Fonseca Díaz
Director de Relaciones Internacionales
Ministerio de Comunicaciones, La Habana
Tel.: +53 7 882 8120
""",
  dels=[D("Yamilé Castañeda Borrego", "Especialista Principal de la Dirección de Informatización", "yamile.castaneda@mincom.gob.cu")],
  sess=[BUD])

M("es_08_ury_decline.eml", "decline", "es", "URY",
  ("URSEC Relaciones Internacionales", "internacionales@ursec.gub.uy"),
  "Respuesta CI-19/35", "2019-08-09 14:03:00", tzs="-0300",
  body="""Estimados:

Agradecemos la invitación. La Unidad Reguladora de Servicios de Comunicaciones informa que Uruguay no participará en la sesión de consulta de Budapest, dado que no contará con delegación en ITU Telecom World 2019.

Saludos cordiales,

Lucía Fernández Olivera
Relaciones Internacionales - URSEC
Tel. +598 2902 8082
""")

M("es_09_bol_late.eml", "nomination", "es", "BOL",
  ("ATT Bolivia", "relacionesinternacionales@att.gob.bo"),
  "Designación Estado Plurinacional de Bolivia - Sesión pymes UIT", "2019-08-21 23:12:40", tzs="-0400",
  body="""Señores UIT:

Con un cordial saludo, la Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT) comunica la designación del Ing. Marco Antonio Quispe Mamani, Director Técnico Sectorial de Telecomunicaciones, como representante del Estado Plurinacional de Bolivia en la sesión de consulta de Budapest.

Correo: mquispe@att.gob.bo
Celular: +591 715 33 218

Disculpen la demora en la respuesta.

Atentamente,
Lic. Wilma Choque Condori
Jefa de Unidad de Relaciones Internacionales, ATT
""",
  dels=[D("Marco Antonio Quispe Mamani", "Director Técnico Sectorial de Telecomunicaciones", "mquispe@att.gob.bo")],
  sess=[BUD], mxtz="+0000", cte="quoted-printable")

M("es_10_ecu_inquiry.eml", "inquiry", "es", "ECU",
  ("Paola Andrade Cevallos", "paola.andrade@telecomunicaciones.gob.ec"),
  "Consulta sobre la Carta Circular CI-19/35", "2019-08-01 22:37:52", tzs="-0500",
  body="""Estimado señor Clark:

Quisiera consultarle si la sesión de consulta del 10 de septiembre en Budapest requiere inscripción previa en ITU Telecom World, y si el acceso a la sesión está incluido en la acreditación de las delegaciones de los Estados Miembros.

Quedo atenta a su respuesta.

Saludos,

Paola Andrade Cevallos
Analista de Relaciones Internacionales
Ministerio de Telecomunicaciones y de la Sociedad de la Información
Quito - Ecuador
""", client="gmail", fmt="alt")

M("es_11_pry_nomination.eml", "nomination", "es", "PRY",
  ("CONATEL Paraguay", "cooperacion@conatel.gov.py"),
  "Designación Paraguay - Sesiones de consulta pymes", "2019-08-13 19:20:37", tzs="-0400",
  fmt="html",
  body="""Señor Christopher Clark
Unión Internacional de Telecomunicaciones
Presente

De nuestra consideración:

La Comisión Nacional de Telecomunicaciones (CONATEL) se dirige a usted a fin de comunicar que la República del Paraguay designa a la Abg. María José Benítez Cáceres, Gerente de Asuntos Internacionales (mjbenitez@conatel.gov.py), para la sesión de Budapest, y al Ing. Osvaldo Ramón Giménez Ayala, Jefe del Departamento de Innovación (ogimenez@conatel.gov.py), para la sesión que se realizará en el marco del Foro de la CMSI 2020.

Sin otro particular, saludamos a usted muy atentamente.

Ing. Hugo Daniel Acosta Villalba
Presidente del Directorio, CONATEL
""",
  dels=[D("María José Benítez Cáceres", "Gerente de Asuntos Internacionales", "mjbenitez@conatel.gov.py"),
        D("Osvaldo Ramón Giménez Ayala", "Jefe del Departamento de Innovación", "ogimenez@conatel.gov.py")],
  sess=[BUD, WSIS], cs="iso-8859-1", cte="quoted-printable")

M("es_12_auto_reply.eml", "auto_reply", "es", None,
  ("Javier Morales Ibarra", "jmorales@subtel.gob.cl"),
  "Respuesta automática: Nota N° 214/2019 - Designación Chile CI-19/35", "2019-08-06 11:17:02", tzs="-0400",
  body="""Estimado(a):

Me encuentro con feriado legal hasta el lunes 26 de agosto. Para temas urgentes, favor contactar a Andrea Pino (apino@subtel.gob.cl).

Saludos,
Javier Morales Ibarra
""", extra=[("Auto-Submitted", "auto-replied")], cs="windows-1252", cte="quoted-printable")

M("es_13_cri_sessions.eml", "nomination", "es", "CRI",
  ("Viceministerio de Telecomunicaciones", "despacho.telecom@micit.go.cr"),
  "Oficio MICITT-DVT-OF-412-2019 - Respuesta CI-19/35", "2019-08-16 01:03:29", tzs="-0600",
  body="""Señor
Houlin Zhao
Secretario General
Unión Internacional de Telecomunicaciones

Estimado señor Secretario General:

En atención a la Carta Circular CI-19/35, el Ministerio de Ciencia, Tecnología y Telecomunicaciones de Costa Rica manifiesta su interés en las sesiones de consulta e indica a continuación los funcionarios designados:

Sesión de Budapest: Sra. Daniela Vargas Quesada, Directora de Evolución y Mercado de Telecomunicaciones - daniela.vargas@micit.go.cr
Sesión de los Grupos de Trabajo del Consejo 2020: Sr. Esteban Alonso Chaves Mora, Jefe del Departamento de Normas y Procedimientos - esteban.chaves@micit.go.cr

Atentamente,

Luis Adrián Salazar Jiménez
Viceministro de Telecomunicaciones
""",
  dels=[D("Daniela Vargas Quesada", "Directora de Evolución y Mercado de Telecomunicaciones", "daniela.vargas@micit.go.cr"),
        D("Esteban Alonso Chaves Mora", "Jefe del Departamento de Normas y Procedimientos", "esteban.chaves@micit.go.cr")],
  sess=[BUD, CWG], fmt="html", cte="quoted-printable")

M("es_14_gnq_nomination.eml", "nomination", "es", "GNQ",
  ("Ministerio de Transportes, Telecomunicaciones", "gabinete.mttsi@gmail.com"),
  "DESIGNACION GUINEA ECUATORIAL - CONSULTA PYMES UIT", "2019-08-16 22:31:15", tzs="+0100",
  client="gmail",
  body="""Señor Secretario General:

Tengo el honor de comunicarle que el Ministerio de Transportes, Telecomunicaciones y Sistemas de Inteligencia de la República de Guinea Ecuatorial designa a Don Policarpo NGUEMA OBIANG MANGUE, Director General de Telecomunicaciones, para participar en la sesión de consulta sobre pymes en Budapest.

Teléfono: +240 222 27 41 90
Correo: policarpo.nguema@gmail.com

Atentamente,
Secretaría del Gabinete del Ministro
""",
  dels=[D("Policarpo NGUEMA OBIANG MANGUE", "Director General de Telecomunicaciones", "policarpo.nguema@gmail.com")],
  sess=[BUD])

M("es_15_bounce_es.eml", "bounce", "es", None,
  ("Administrador del sistema", "postmaster@conatel.gob.ve"),
  "No se puede entregar: Carta Circular CI-19/35 de la UIT: Sesiones de consulta para los Estados Miembros", "2019-07-23 16:11:05", tzs="-0400",
  report=dict(kind="dsn", rcpt="despacho@conatel.gob.ve", status="5.4.1",
    diag="smtp; 550 5.4.1 Recipient address rejected: Access denied",
    orig_from="sgcirculars@itu.int", orig_subject="Carta Circular CI-19/35 de la UIT: Sesiones de consulta para los Estados Miembros",
    orig_date="Tue, 23 Jul 2019 16:04:11 +0200"),
  body="""Su mensaje no llegó a algunos o a todos los destinatarios.

      Asunto:  Carta Circular CI-19/35 de la UIT: Sesiones de consulta para los Estados Miembros
      Enviado: 23/07/2019 10:04

No se pudo llegar a los siguientes destinatarios:

      despacho@conatel.gob.ve el 23/07/2019 10:10
            La dirección de correo electrónico no existe o se ha rechazado el acceso.
            <mail.conatel.gob.ve #5.4.1 smtp;550 5.4.1 Recipient address rejected: Access denied>
""", cs="iso-8859-1", cte="quoted-printable")


# =====================================================================================================
#                                             العربية
# =====================================================================================================

M("ar_01_egy_windows1256.eml", "nomination", "ar", "EGY",
  ("إدارة العلاقات الدولية - الجهاز القومي لتنظيم الاتصالات", "intl.relations@tra.gov.eg"),
  "ترشيح ممثل جمهورية مصر العربية - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة", "2019-08-04 10:22:37", tzs="+0200",
  cs="windows-1256", cte="quoted-printable", quote="o-ar",
  fmt="alt",
  body="""السيد/ كريستوفر كلارك المحترم،

تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35 بتاريخ 23 يوليو 2019، يسرنا إفادتكم باهتمام جمهورية مصر العربية بالمشاركة في جلسات التشاور الخاصة بتشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار.

وقد تم ترشيح المهندس/ أحمد محمد حسن (Eng. Ahmed Mohamed Hassan)، مدير إدارة الابتكار وريادة الأعمال بالجهاز القومي لتنظيم الاتصالات، لحضور الجلسة الأولى في بودابست.
البريد الإلكتروني: a.hassan@tra.gov.eg
هاتف: 35344123 2 20+

وتفضلوا بقبول فائق الاحترام،

منى عبد العزيز السيد
مدير عام العلاقات الدولية
الجهاز القومي لتنظيم الاتصالات - القرية الذكية، الجيزة
""",
  dels=[D("أحمد محمد حسن", "مدير إدارة الابتكار وريادة الأعمال بالجهاز القومي لتنظيم الاتصالات", "a.hassan@tra.gov.eg", aliases=["Ahmed Mohamed Hassan"])],
  sess=[BUD])

M("ar_02_sau_nasab.eml", "nomination", "ar", "SAU",
  ("هيئة الاتصالات وتقنية المعلومات", "intl@citc.gov.sa"),
  "ترشيح المملكة العربية السعودية لجلسة التشاور في بودابست", "2019-08-11 13:45:10", tzs="+0300",
  body="""سعادة الأمين العام للاتحاد الدولي للاتصالات        المحترم

السلام عليكم ورحمة الله وبركاته،

إشارة إلى الرسالة المعممة رقم (CI-19/35) بشأن جلسات التشاور للدول الأعضاء حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، نفيدكم باهتمام المملكة العربية السعودية بالمشاركة، وبترشيح الأستاذ/ عبدالله بن محمد بن سعيد القحطاني، مدير عام الشؤون الدولية بهيئة الاتصالات وتقنية المعلومات، لحضور الجلسة الأولى المزمع عقدها في بودابست بتاريخ 10 سبتمبر 2019م.

البريد الإلكتروني: aqahtani@citc.gov.sa

وللتنسيق يمكن التواصل مع الأستاذ/ تركي بن فهد الشهري على الهاتف 0114618222 (966+).

وتقبلوا خالص التحية والتقدير،

وكيل المحافظ للشؤون الدولية
م. سلطان بن عبدالعزيز الدوسري
""",
  dels=[D("عبدالله بن محمد بن سعيد القحطاني", "مدير عام الشؤون الدولية بهيئة الاتصالات وتقنية المعلومات", "aqahtani@citc.gov.sa")],
  sess=[BUD], cte="base64")

M("ar_03_are_html_rtl.eml", "nomination", "ar", "ARE",
  ("Hessa Al Shamsi", "hessa.alshamsi@tra.gov.ae"),
  "RE: الرسالة المعممة CI-19/35 - ترشيحات دولة الإمارات العربية المتحدة", "2019-08-07 09:31:58", tzs="+0400",
  fmt="html", cte="base64",
  body="""السادة/ أمانة الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

تود الهيئة العامة لتنظيم قطاع الاتصالات إبلاغكم باهتمام دولة الإمارات العربية المتحدة بجلسات التشاور، وترشيح كل من:

• المهندس/ خالد عبدالله المنصوري - مدير إدارة السياسات والبرامج - k.almansoori@tra.gov.ae
• المهندسة/ مريم سالم الكعبي - خبير أول ريادة الأعمال الرقمية - maryam.alkaabi@tra.gov.ae

لحضور جلسة التشاور في بودابست يوم 10 سبتمبر 2019.

مع خالص التحيات،

حصة الشامسي
قسم المنظمات الدولية
الهيئة العامة لتنظيم قطاع الاتصالات
هاتف: 7773 626 4 971+
""",
  dels=[D("خالد عبدالله المنصوري", "مدير إدارة السياسات والبرامج", "k.almansoori@tra.gov.ae"),
        D("مريم سالم الكعبي", "خبير أول ريادة الأعمال الرقمية", "maryam.alkaabi@tra.gov.ae")],
  sess=[BUD], quote="o-ar")

M("ar_04_jor_interest.eml", "interest_only", "ar", "JOR",
  ("وزارة الاقتصاد الرقمي والريادة", "intl.coop@modee.gov.jo"),
  "اهتمام المملكة الأردنية الهاشمية - جلسات التشاور CI-19/35", "2019-08-05 11:07:44", tzs="+0300",
  cs="windows-1256", cte="8bit",
  body="""حضرة السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

تعرب وزارة الاقتصاد الرقمي والريادة عن اهتمام المملكة الأردنية الهاشمية بالمشاركة في سلسلة جلسات التشاور حول تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار، بما فيها الجلسة الأولى في بودابست.

وسيتم تزويدكم باسم المشارك فور صدور الموافقات اللازمة.

مع وافر الاحترام،

رنا خليل العمري
رئيس قسم التعاون الدولي
""",
  sess=[BUD])

M("ar_05_omn_mission_ambassador.eml", "nomination", "ar", "OMN",
  ("البعثة الدائمة لسلطنة عمان - جنيف", "oman.mission.geneva@mofa.gov.om"),
  "مذكرة رقم 2019/388 - ترشيح سلطنة عمان", "2019-08-13 14:52:20", tzs="+0200",
  fmt="html",
  body="""تهدي البعثة الدائمة لسلطنة عمان لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى بجنيف أطيب تحياتها إلى أمانة الاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة المعممة رقم CI-19/35، تتشرف بإفادتها بأن هيئة تنظيم الاتصالات قد رشحت الفاضل/ سالم بن حمد بن سالم الهنائي (Mr. Salim Hamad Salim Al Hinai)، مدير دائرة تنمية القطاع، لحضور جلسة التشاور الأولى في بودابست.

البريد الإلكتروني: salim.alhinai@tra.gov.om

وتنتهز البعثة الدائمة هذه الفرصة لتعرب لأمانة الاتحاد عن فائق تقديرها واحترامها.

السفير/ إدريس بن عبدالرحمن الخنجري
المندوب الدائم
""",
  dels=[D("سالم بن حمد بن سالم الهنائي", "مدير دائرة تنمية القطاع", "salim.alhinai@tra.gov.om", aliases=["Salim Hamad Salim Al Hinai"])],
  sess=[BUD], cte="quoted-printable")

M("ar_06_kwt_late.eml", "nomination", "ar", "KWT",
  ("هيئة الاتصالات وتقنية المعلومات - الكويت", "international@citra.gov.kw"),
  "ترشيح دولة الكويت - جلسة بودابست", "2019-08-18 09:14:03", tzs="+0300",
  cs="windows-1256", cte="base64",
  body="""السادة/ الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

نعتذر عن التأخير في الرد على الرسالة المعممة CI-19/35، ونود إفادتكم بترشيح السيد/ فهد ناصر العتيبي، رئيس قسم تنمية الأعمال الرقمية، لحضور جلسة التشاور في بودابست.
البريد الإلكتروني: f.alotaibi@citra.gov.kw

وتفضلوا بقبول فائق الاحترام،

إدارة العلاقات الدولية
""",
  dels=[D("فهد ناصر العتيبي", "رئيس قسم تنمية الأعمال الرقمية", "f.alotaibi@citra.gov.kw")], sess=[BUD])

TUN_1 = M("ar_07_tun_nomination.eml", "nomination", "ar", "TUN",
  ("وزارة تكنولوجيات الاتصال والاقتصاد الرقمي", "bco@mtcen.gov.tn"),
  "ترشيح ممثل الجمهورية التونسية - المنشور CI-19/35", "2019-08-06 10:49:15", tzs="+0100",
  body="""السيد الأمين العام للاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

تبعا للمنشور عدد CI-19/35، يشرفني أن أعلمكم باهتمام الجمهورية التونسية بالمشاركة في جلسات التشاور، وبتعيين السيد محمد الهادي بن عمار، مدير عام الاقتصاد الرقمي والاستثمار، لحضور الجلسة الأولى ببودابست.
البريد الإلكتروني: mhedi.benammar@mtcen.gov.tn

والسلام.

عن الوزير وبتفويض منه
رئيس مكتب التعاون الدولي
نجلاء الطرابلسي
""",
  dels=[D("محمد الهادي بن عمار", "مدير عام الاقتصاد الرقمي والاستثمار", "mhedi.benammar@mtcen.gov.tn")], sess=[BUD],
  cte="quoted-printable")

M("fr_07_tun_correction_of_arabic.eml", "correction", "fr", "TUN",
  ("Najla Trabelsi", "najla.trabelsi@mtcen.gov.tn"),
  "RE: ترشيح ممثل الجمهورية التونسية - المنشور CI-19/35 / Changement de participant", "2019-08-15 16:37:42", tzs="+0100",
  body="""Monsieur,

Suite à notre courrier du 6 août 2019, nous vous informons que M. Mohamed Hédi BEN AMMAR ne pourra pas se rendre à Budapest.

Il sera remplacé par Mme Amel BEN SALAH, Directrice de l'innovation et des start-up (amel.bensalah@mtcen.gov.tn, +216 71 359 000).

Avec nos remerciements,

Najla Trabelsi
Chef du Bureau de la Coopération Internationale
Ministère des Technologies de la Communication et de l'Economie Numérique
""",
  dels=[D("Amel BEN SALAH", "Directrice de l'innovation et des start-up", "amel.bensalah@mtcen.gov.tn")],
  sess=[BUD], sup=TUN_1, irt=TUN_1, cs="windows-1252", cte="quoted-printable")

M("ar_09_dza_decline.eml", "decline", "ar", "DZA",
  ("وزارة البريد والمواصلات السلكية واللاسلكية", "dci@mpttn.gov.dz"),
  "رد على الرسالة المعممة CI-19/35", "2019-08-12 15:28:33", tzs="+0100",
  body="""السيد كريستوفر كلارك،

تحية طيبة،

نشكركم على الدعوة الكريمة، ونحيطكم علماً بأنه يتعذر على الجزائر المشاركة في جلسة التشاور المقررة في بودابست نظراً لارتباطات سابقة.

مع فائق التقدير،

مديرية التعاون الدولي
""", cs="windows-1256", cte="quoted-printable")

M("ar_10_sdn_inquiry.eml", "inquiry", "ar", "SDN",
  ("Osman Elfadil", "osman.elfadil@tpra.gov.sd"),
  "استفسار بخصوص الرسالة المعممة CI-19/35", "2019-08-03 12:19:26", tzs="+0200",
  client="gmail",
  body="""السادة أمانة الاتحاد،

السلام عليكم،

نرجو التكرم بإفادتنا عما إذا كانت الجلسة الأولى في بودابست ستتوفر فيها الترجمة الفورية إلى اللغة العربية، وهل يمكن للدول المؤهلة الحصول على منحة لتغطية تكاليف السفر؟

ولكم جزيل الشكر.

عثمان الفاضل
الهيئة القومية للاتصالات - الخرطوم
""")

M("ar_11_lbn_numbered_three.eml", "nomination", "ar", "LBN",
  ("وزارة الاتصالات - لبنان", "intl@mpt.gov.lb"),
  "ترشيحات الجمهورية اللبنانية لجلسات التشاور", "2019-08-14 17:40:08", tzs="+0300",
  body="""حضرة السيد كريستوفر كلارك المحترم،

بالإشارة إلى الرسالة المعممة CI-19/35، تتشرف وزارة الاتصالات في الجمهورية اللبنانية بإبلاغكم أسماء المرشحين للمشاركة:

١- السيد جورج إلياس خوري (Georges Elias Khoury)، مستشار الوزير لشؤون الاقتصاد الرقمي - g.khoury@mpt.gov.lb
٢- السيدة ريما فؤاد حداد، رئيسة مصلحة التخطيط - rima.haddad@mpt.gov.lb
٣- الدكتور وسام نبيل الحسيني، هيئة أوجيرو - w.husseini@ogero.gov.lb

ويشارك الأول والثانية في جلسة بودابست، فيما يشارك الدكتور الحسيني في الجلسة التي ستعقد خلال منتدى القمة العالمية لمجتمع المعلومات 2020.

مع فائق الاحترام،

مكتب الوزير
""",
  dels=[D("جورج إلياس خوري", "مستشار الوزير لشؤون الاقتصاد الرقمي", "g.khoury@mpt.gov.lb", aliases=["Georges Elias Khoury"]),
        D("ريما فؤاد حداد", "رئيسة مصلحة التخطيط", "rima.haddad@mpt.gov.lb"),
        D("وسام نبيل الحسيني", None, "w.husseini@ogero.gov.lb")],
  sess=[BUD, WSIS], fmt="alt")

M("ar_12_auto_reply.eml", "auto_reply", "ar", None,
  ("Rashid Al Balushi", "rashid.albalushi@tra.gov.om"),
  "رد تلقائي: الرسالة المعممة CI-19/35", "2019-07-24 08:30:11", tzs="+0400",
  body="""شكراً لرسالتكم.
أنا حالياً في إجازة حتى 4 أغسطس 2019، وسأقوم بالرد على رسالتكم فور عودتي.
للأمور العاجلة يرجى التواصل مع قسم العلاقات الدولية.

Thank you for your email. I am on leave until 4 August 2019.
""", extra=[("Auto-Submitted", "auto-replied")], cte="base64")

M("ar_13_irq_iso8859_6.eml", "nomination", "ar", "IRQ",
  ("هيئة الاعلام والاتصالات", "intl@cmc.iq"),
  "ترشيح جمهورية العراق", "2019-08-10 12:02:27", tzs="+0300",
  cs="iso-8859-6", cte="quoted-printable",
  body="""السيد كريستوفر كلارك المحترم

تحية طيبة

استنادا الى الرسالة المعممة CI-19/35 نود اعلامكم باهتمام جمهورية العراق بالمشاركة في جلسات التشاور ونرشح السيد حيدر عبد الكريم جاسم الموسوي مدير قسم تطوير الاعمال لحضور جلسة بودابست
البريد الالكتروني: haider.almousawi@cmc.iq

مع التقدير

دائرة العلاقات الخارجية
هيئة الاعلام والاتصالات - بغداد
""",
  dels=[D("حيدر عبد الكريم جاسم الموسوي", "مدير قسم تطوير الاعمال", "haider.almousawi@cmc.iq")], sess=[BUD])

QAT_1 = M("ar_14_qat_nomination.eml", "nomination", "ar", "QAT",
  ("Noora Al-Mohannadi", "nalmohannadi@motc.gov.qa"),
  "ترشيح دولة قطر - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة", "2019-08-08 10:55:41", tzs="+0300",
  client="o365", quote="o-ar",
  fmt="alt",
  body="""السادة/ أمانة الاتحاد الدولي للاتصالات،

تحية طيبة وبعد،

يسر وزارة المواصلات والاتصالات في دولة قطر ترشيح السيد/ محمد جاسم آل ثاني، مدير إدارة الابتكار الرقمي، للمشاركة في جلسة التشاور في بودابست.

البريد: mjalthani@motc.gov.qa

مع التحية،
نورة المهندي
إدارة العلاقات الدولية - وزارة المواصلات والاتصالات
هاتف: 44069999 974+
""",
  dels=[D("محمد جاسم آل ثاني", "مدير إدارة الابتكار الرقمي", "mjalthani@motc.gov.qa")], sess=[BUD])

M("ar_08_qat_correction_add.eml", "correction", "ar", "QAT",
  ("Noora Al-Mohannadi", "nalmohannadi@motc.gov.qa"),
  "RE: ترشيح دولة قطر - تعديل", "2019-08-16 23:58:20", tzs="+0300", client="o365",
  fmt="alt",
  body="""السادة/ أمانة الاتحاد الدولي للاتصالات،

إلحاقاً برسالتنا المؤرخة 8 أغسطس 2019، نود إضافة مرشحة ثانية، لتصبح قائمة وفد دولة قطر لجلسة بودابست كما يلي:

1. السيد/ محمد جاسم آل ثاني، مدير إدارة الابتكار الرقمي - mjalthani@motc.gov.qa
2. السيدة/ الجازي خالد الكواري، أخصائي أول سياسات - aalkuwari@motc.gov.qa

مع التحية،
نورة المهندي
""",
  dels=[D("محمد جاسم آل ثاني", "مدير إدارة الابتكار الرقمي", "mjalthani@motc.gov.qa"),
        D("الجازي خالد الكواري", "أخصائي أول سياسات", "aalkuwari@motc.gov.qa")],
  sess=[BUD], sup=QAT_1, irt=QAT_1)

M("ar_15_bhr_nomination.eml", "nomination", "ar", "BHR",
  ("هيئة تنظيم الاتصالات - البحرين", "intl@tra.org.bh"),
  "مملكة البحرين - ترشيح للمشاركة في جلسة بودابست", "2019-08-16 22:10:05", tzs="+0300", mxtz="+0000",
  body="""السادة الاتحاد الدولي للاتصالات المحترمين،

تحية طيبة وبعد،

تتشرف هيئة تنظيم الاتصالات بمملكة البحرين بترشيح الدكتورة/ لطيفة يوسف الدوسري، رئيسة قسم الدراسات الاقتصادية، للمشاركة في جلسة التشاور بشأن الشركات الصغيرة والمتوسطة في بودابست.
latifa.aldoseri@tra.org.bh

وتفضلوا بقبول فائق الاحترام،
قسم العلاقات الدولية
""",
  dels=[D("لطيفة يوسف الدوسري", "رئيسة قسم الدراسات الاقتصادية", "latifa.aldoseri@tra.org.bh")], sess=[BUD])


# =====================================================================================================
#                                             РУССКИЙ
# =====================================================================================================

RUS_1 = M("ru_01_rus_koi8r.eml", "nomination", "ru", "RUS",
  ("Департамент международного сотрудничества", "dms@digital.gov.ru"),
  "О кандидатуре для участия в консультационной сессии МСЭ (CI-19/35)", "2019-08-07 11:26:49", tzs="+0300",
  cs="koi8-r", cte="quoted-printable", quote="o-ru",
  fmt="alt",
  body="""Уважаемый господин Кларк!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации, ссылаясь на циркулярное письмо МСЭ CI-19/35, подтверждает заинтересованность в участии в серии консультационных сессий по поддержке малых и средних технологических и инновационных предприятий.

Для участия в первой сессии (10 сентября 2019 г., Будапешт) направляется Иванов Сергей Петрович, заместитель директора Департамента международного сотрудничества (s.ivanov@digital.gov.ru, тел. +7 495 771-81-00).

С уважением,

Смирнова Ольга Викторовна
Консультант отдела многостороннего сотрудничества
Департамент международного сотрудничества
Минкомсвязь России
""",
  dels=[D("Иванов Сергей Петрович", "заместитель директора Департамента международного сотрудничества", "s.ivanov@digital.gov.ru")],
  sess=[BUD])

M("ru_02_blr_cp1251_base64.eml", "nomination", "ru", "BLR",
  ("Министерство связи и информатизации Республики Беларусь", "mpt@mpt.gov.by"),
  "Кандидатуры Республики Беларусь - консультационная сессия по МСП", "2019-08-09 10:18:36", tzs="+0300",
  cs="windows-1251", cte="base64",
  body="""Уважаемый господин Генеральный секретарь!

Министерство связи и информатизации Республики Беларусь выражает заинтересованность в участии в консультационных сессиях «Поддержка малых и средних предприятий в сфере технологий и инноваций».

Для участия в сессии в г. Будапеште направляются:
1) г-н Ковалёв Андрей Николаевич – начальник управления информатизации (kovalev@mpt.gov.by);
2) г-жа Жук Татьяна Игоревна – главный специалист управления международного сотрудничества (zhuk@mpt.gov.by).

Контактный телефон: +375 17 287-15-12.

С уважением,
Первый заместитель Министра
Шуляк Дмитрий Александрович
""",
  dels=[D("Ковалёв Андрей Николаевич", "начальник управления информатизации", "kovalev@mpt.gov.by"),
        D("Жук Татьяна Игоревна", "главный специалист управления международного сотрудничества", "zhuk@mpt.gov.by")],
  sess=[BUD])

M("ru_03_kaz_interest.eml", "interest_only", "ru", "KAZ",
  ("Айгерим Сатыбалдиева", "a.satybaldieva@mdai.gov.kz"),
  "Циркулярное письмо CI-19/35", "2019-08-05 08:44:15", tzs="+0600",
  body="""Добрый день!

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан сообщает о заинтересованности в участии в консультационной сессии в Будапеште. Кандидатура участника будет направлена дополнительно.

С уважением,
Айгерим Сатыбалдиева
главный эксперт Департамента международного сотрудничества
тел.: +7 7172 74-05-31
""",
  sess=[BUD], cs="utf-8", cte="quoted-printable")

M("ru_04_kgz_nomination.eml", "nomination", "ru", "KGZ",
  ("ГАСР при ПКР", "info@nas.gov.kg"),
  "Участие Кыргызской Республики в консультационной сессии МСЭ", "2019-08-12 09:30:01", tzs="+0600",
  fmt="html",
  body="""Уважаемые коллеги!

В ответ на циркулярное письмо CI-19/35 Государственное агентство связи при Правительстве Кыргызской Республики сообщает, что для участия в консультационной сессии в г. Будапешт определён Абдыкадыров Нурлан Бакытбекович, заведующий отделом развития цифровой экономики.

E-mail: n.abdykadyrov@nas.gov.kg
Тел.: +996 312 62-11-40

С уважением,
Директор
Осмонова Гульнара Таалайбековна
""",
  dels=[D("Абдыкадыров Нурлан Бакытбекович", "заведующий отделом развития цифровой экономики", "n.abdykadyrov@nas.gov.kg")],
  sess=[BUD], cs="windows-1251", cte="8bit")

M("ru_05_tjk_mission.eml", "nomination", "ru", "TJK",
  ("Постоянное представительство Республики Таджикистан в Женеве", "tajikmission.geneva@gmail.com"),
  "Нота № 03/412 - кандидатура для консультационной сессии МСЭ", "2019-08-15 12:00:54", tzs="+0200",
  client="gmail", fmt="alt", quote="g-ru",
  body="""Постоянное представительство Республики Таджикистан при Отделении ООН и других международных организациях в Женеве свидетельствует своё уважение Секретариату Международного союза электросвязи и, ссылаясь на циркулярное письмо CI-19/35, имеет честь сообщить, что в консультационной сессии 10 сентября 2019 года в Будапеште примет участие Рахимов Фаррух Саидович, начальник управления информационных технологий Службы связи при Правительстве Республики Таджикистан (f.rakhimov@khs.tj).

Постоянное представительство пользуется случаем, чтобы возобновить Секретариату МСЭ уверения в своём весьма высоком уважении.

Первый секретарь Назаров Джамшед
""",
  dels=[D("Рахимов Фаррух Саидович", "начальник управления информационных технологий Службы связи при Правительстве Республики Таджикистан", "f.rakhimov@khs.tj")],
  sess=[BUD])

M("ru_07_arm_decline.eml", "decline", "ru", "ARM",
  ("Министерство высокотехнологической промышленности", "intl@mtcit.am"),
  "Ответ на письмо CI-19/35", "2019-08-14 14:25:47", tzs="+0400",
  body="""Уважаемый господин Кларк!

Благодарим за приглашение. К сожалению, представители Республики Армения не смогут принять участие в консультационной сессии в Будапеште.

С уважением,
Отдел международного сотрудничества
""", cs="koi8-r", cte="8bit")

M("ru_08_mda_inquiry.eml", "inquiry", "ru", "MDA",
  ("Виорика Чебан", "viorica.ceban@mei.gov.md"),
  "Вопрос по циркулярному письму CI-19/35", "2019-08-02 10:51:23", tzs="+0300",
  body="""Здравствуйте!

Подскажите, пожалуйста, можно ли направить на сессию в Будапеште представителя не министерства, а государственного агентства (Агентство электронного управления)? И нужна ли официальная нота или достаточно письма по электронной почте?

Спасибо.

Виорика Чебан
консультант, Министерство экономики и инфраструктуры Республики Молдова
+373 22 250 571
""", cs="windows-1251", cte="quoted-printable")

M("ru_09_rus_correction_replace.eml", "correction", "ru", "RUS",
  ("Департамент международного сотрудничества", "dms@digital.gov.ru"),
  "RE: О кандидатуре для участия в консультационной сессии МСЭ (CI-19/35) - замена", "2019-08-15 17:12:30", tzs="+0300",
  cs="koi8-r", cte="quoted-printable",
  fmt="alt",
  body="""Уважаемый господин Кларк!

В дополнение к нашему письму от 7 августа 2019 г. сообщаем о замене участника: вместо Иванова С.П. в сессии в Будапеште примет участие Кузнецова Екатерина Андреевна, начальник отдела развития ИКТ-предпринимательства (e.kuznetsova@digital.gov.ru).

Просим внести соответствующие изменения.

С уважением,
Смирнова Ольга Викторовна
Департамент международного сотрудничества
""",
  dels=[D("Кузнецова Екатерина Андреевна", "начальник отдела развития ИКТ-предпринимательства", "e.kuznetsova@digital.gov.ru")],
  sess=[BUD], sup=RUS_1, irt=RUS_1)

M("ru_10_auto_reply_yandex.eml", "auto_reply", "ru", None,
  ("Бекзод Турсунов", "b.tursunov@mitc.uz"),
  "Автоответ: Циркулярное письмо МСЭ CI-19/35", "2019-07-25 07:55:12", tzs="+0500", client="yandex",
  body="""Здравствуйте!

Я нахожусь в отпуске до 12 августа. По срочным вопросам обращайтесь к Мирзаеву Д. по адресу d.mirzaev@mitc.uz.

Бекзод Турсунов
""", extra=[("Auto-Submitted", "auto-replied")])

M("ru_11_tkm_late.eml", "nomination", "ru", "TKM",
  ("Министерство промышленности и коммуникаций Туркменистана", "mfa.telecom.tm@online.tm"),
  "Участие Туркменистана в консультационной сессии", "2019-08-22 10:41:19", tzs="+0500",
  body="""Уважаемые господа!

Министерство промышленности и коммуникаций Туркменистана сообщает, что для участия в консультационной сессии в г. Будапеште направляется Ильясова Огулджан Мурадовна, начальник отдела информационных технологий.

Просим извинить за задержку с ответом.

С уважением,
Отдел внешних связей
""",
  dels=[D("Ильясова Огулджан Мурадовна", "начальник отдела информационных технологий", None)], sess=[BUD], cs="windows-1251", cte="base64")

M("ru_12_unrelated_seminar.eml", "unrelated", "ru", None,
  ("Учебный центр Связь-Эксперт", "seminar@svyaz-expert.ru"),
  "Семинар: Регулирование связи 2019 - скидки для госслужащих", "2019-08-06 06:30:00", tzs="+0300",
  body="""Уважаемые коллеги!

Приглашаем вас на практический семинар «Регулирование в области связи: новое в 2019 году», который пройдёт 24-25 сентября в Москве.

В программе: изменения в законодательстве, лицензирование, использование радиочастотного спектра.

Для представителей органов государственной власти предусмотрена скидка 20%.

Регистрация по телефону +7 495 640-12-30 или на сайте.

Чтобы отписаться от рассылки, ответьте на это письмо со словом «Отписаться».
""", extra=[("Precedence", "bulk")], cs="windows-1251", cte="base64", fmt="alt", client="mailru")

M("ru_13_rus_wsis_second.eml", "nomination", "ru", "RUS",
  ("Роскомнадзор, Управление международного сотрудничества", "intl@rkn.gov.ru"),
  "Кандидатуры для сессий 2020 года (CI-19/35)", "2019-09-02 13:05:28", tzs="+0300",
  body="""Уважаемые коллеги!

В дополнение к ранее направленной информации Минкомсвязи России сообщаем кандидатуры для участия в последующих консультационных сессиях:

- на сессии в ходе собраний рабочих групп Совета в начале 2020 года — Петров Алексей Игоревич, советник руководителя (petrov.ai@rkn.gov.ru);
- на сессии в рамках Форума ВВУИО-2020 — Соколова Мария Дмитриевна (Sokolova Maria), главный специалист-эксперт (sokolova.md@rkn.gov.ru).

С уважением,
Управление международного сотрудничества
""",
  dels=[D("Петров Алексей Игоревич", "советник руководителя", "petrov.ai@rkn.gov.ru"),
        D("Соколова Мария Дмитриевна", "главный специалист-эксперт", "sokolova.md@rkn.gov.ru", aliases=["Sokolova Maria"])],
  sess=[CWG, WSIS])


# =====================================================================================================
#                                             中文
# =====================================================================================================

CHN_1 = M("zh_01_chn_gb2312.eml", "nomination", "zh", "CHN",
  ("工业和信息化部国际合作司", "gjs@miit.gov.cn"),
  "关于参加国际电联中小企业磋商会议人员的函（CI-19/35）", "2019-08-06 04:12:55", tzs="+0800",
  cs="gb2312", cte="base64", quote="o-zh",
  fmt="alt",
  body="""克拉克先生：

您好！

关于国际电联第CI-19/35号通函，中国工业和信息化部对"促进科技与创新中小企业"系列磋商会议表示关注，愿意参加。

现推荐王晓明（Wang Xiaoming）同志参加2019年9月10日在布达佩斯举行的首次磋商会议。王晓明同志现任工业和信息化部信息通信发展司副处长，电子邮箱：wangxiaoming@miit.gov.cn。

特此函告。

工业和信息化部国际合作司
联系人：刘芳
电话：+86 10 6820 5623
""",
  dels=[D("王晓明", "工业和信息化部信息通信发展司副处长", "wangxiaoming@miit.gov.cn", aliases=["Wang Xiaoming"])],
  sess=[BUD])

M("zh_02_chn_mission_correction_add.eml", "correction", "zh", "CHN",
  ("中国常驻日内瓦代表团", "chinamission.itu@mfa.gov.cn"),
  "回复：关于参加国际电联中小企业磋商会议人员的函（补充）", "2019-08-14 10:33:07", tzs="+0200",
  cs="gbk", cte="quoted-printable",
  fmt="alt",
  body="""国际电联秘书处：

中国常驻日内瓦代表团谨转达工业和信息化部意见：在8月6日函中推荐的王晓明同志基础上，增派中国信息通信研究院张丽华女士参加布达佩斯磋商会议。现将中方参会人员名单更新如下：

一、王晓明，工业和信息化部信息通信发展司副处长，wangxiaoming@miit.gov.cn
二、张丽华（ZHANG Lihua），中国信息通信研究院政策与经济研究所高级工程师，zhanglihua@caict.ac.cn

顺致敬意！

中国常驻日内瓦代表团
一等秘书 陈建国
电话：+41 22 879 56 78
""",
  dels=[D("王晓明", "工业和信息化部信息通信发展司副处长", "wangxiaoming@miit.gov.cn"),
        D("张丽华", "中国信息通信研究院政策与经济研究所高级工程师", "zhanglihua@caict.ac.cn", aliases=["ZHANG Lihua"])],
  sess=[BUD], sup=CHN_1, irt=CHN_1)

M("zh_03_chn_self_nomination_signature.eml", "nomination", "zh", "CHN",
  ("李静", "lijing@cnnic.cn"),
  "报名参加布达佩斯中小企业磋商会", "2019-08-12 15:47:20", tzs="+0800", client="qq",
  body="""您好，

经部里同意，我将代表中国参加9月10日在布达佩斯的中小企业磋商会议，请予登记。谢谢！

--
李静
中国互联网络信息中心 国际合作部主任
电话：+86 10 5881 3000
邮箱：lijing@cnnic.cn
""",
  dels=[D("李静", "中国互联网络信息中心 国际合作部主任", "lijing@cnnic.cn")], sess=[BUD])

M("zh_04_big5_auto_reply.eml", "auto_reply", "zh", None,
  ("陳志明", "cmchen@ofca.gov.hk"),
  "自動回覆: ITU Circular CI-19/35", "2019-07-24 10:02:41", tzs="+0800",
  cs="big5", cte="base64",
  body="""您好：

本人現正休假，將於八月五日返回辦公室。如有急事，請聯絡黃小姐（電話：2961 6333）。

陳志明
""", extra=[("Auto-Submitted", "auto-replied")])

M("zh_05_chn_html_table.eml", "nomination", "zh", "CHN",
  ("国家互联网信息办公室国际合作局", "intl@cac.gov.cn"),
  "中方参加国际电联中小企业磋商会议（2020年）人员名单", "2019-08-15 08:20:14", tzs="+0800",
  fmt="htmlraw", cs="gbk", cte="base64",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>
<body><div style="font-family:宋体;font-size:14px">
<p>国际电联秘书处：</p>
<p>根据第CI-19/35号通函，现将我方参加2020年后续磋商会议的人员名单报送如下：</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>序号</th><th>姓名</th><th>职务</th><th>电子邮箱</th><th>会议</th></tr>
<tr><td>1</td><td>赵文博</td><td>国际合作局处长</td><td>zhaowenbo@cac.gov.cn</td><td>理事会工作组会议期间磋商（2020年初）</td></tr>
<tr><td>2</td><td>欧阳晓燕</td><td>国际合作局一级主任科员</td><td>ouyangxy@cac.gov.cn</td><td>2020年信息社会世界峰会论坛期间磋商</td></tr>
<tr><td>3</td><td>马骏</td><td>网络安全协调局副处长</td><td>majun@cac.gov.cn</td><td>2020年信息社会世界峰会论坛期间磋商</td></tr>
</table>
<p>布达佩斯会议由工业和信息化部另行报名。</p>
<p>此致<br>敬礼！</p>
<p>国家互联网信息办公室国际合作局<br>联系人：孙磊 010-5517 8890</p>
</div></body></html>
""",
  dels=[D("赵文博", "国际合作局处长", "zhaowenbo@cac.gov.cn"),
        D("欧阳晓燕", "国际合作局一级主任科员", "ouyangxy@cac.gov.cn"),
        D("马骏", "网络安全协调局副处长", "majun@cac.gov.cn")],
  sess=[CWG, WSIS], body="")

M("zh_06_chn_inquiry.eml", "inquiry", "zh", "CHN",
  ("刘芳", "liufang@miit.gov.cn"),
  "咨询：布达佩斯磋商会议议程", "2019-08-09 03:30:46", tzs="+0800",
  cs="gb2312", cte="quoted-printable",
  body="""克拉克先生：

您好！请问布达佩斯磋商会议的详细议程何时发布？各成员国是否需要准备发言或书面材料？会议是否提供中文同传？

谢谢！

刘芳
工业和信息化部国际合作司
电话：+86 10 6820 5623
""")

M("zh_07_unrelated_spam.eml", "unrelated", "zh", None,
  ("深圳市华信会展服务有限公司", "service@hx-expo.com.cn"),
  "2019中国国际中小企业博览会 展位预订通知", "2019-08-03 01:15:33", tzs="+0800",
  cs="gb2312", cte="base64", fmt="alt", client="other",
  body="""尊敬的客户：

您好！2019中国国际中小企业博览会将于10月在广州举行，现开放展位预订。标准展位9平方米，早鸟价8折优惠。

咨询热线：400-888-6123
联系人：黄经理

如不希望再收到此类邮件，请回复"退订"。
""", extra=[("Precedence", "bulk")])

M("zh_08_chn_late_wsis.eml", "nomination", "zh", "CHN",
  ("中国信息通信研究院", "intl@caict.ac.cn"),
  "关于推荐参加2020年信息社会世界峰会论坛期间中小企业磋商会议人员", "2019-09-03 09:26:44", tzs="+0800",
  body="""国际电联秘书处：

根据第CI-19/35号通函，中国信息通信研究院推荐何志强先生（政策与经济研究所所长，hezhiqiang@caict.ac.cn）参加2020年信息社会世界峰会论坛期间举行的中小企业磋商会议。

请予安排。

中国信息通信研究院国际合作处
""",
  dels=[D("何志强", "政策与经济研究所所长", "hezhiqiang@caict.ac.cn")], sess=[WSIS], cte="base64")

M("zh_09_nonstate_association_interest.eml", "interest_only", "zh", None,
  ("中国中小企业国际合作协会", "office@casmeic.org.cn"),
  "中小企业协会对国际电联磋商会议的关注", "2019-08-10 14:12:08", tzs="+0800", client="qq",
  body="""国际电联秘书处：

您好！我会获悉国际电联将于9月在布达佩斯举办科技与创新中小企业磋商会议，我会作为行业协会希望能够参加，并推动会员企业加入国际电联中小企业成员。请告知是否可以参会。

中国中小企业国际合作协会秘书处
电话：010-6853 2211
""", sess=[BUD])


# =====================================================================================================
#                                   OTHER EUROPEAN LANGUAGES
# =====================================================================================================

M("de_01_deu_nomination.eml", "nomination", "de", "DEU",
  ("Referat VII B 3", "buero-viib3@bmwi.bund.de"),
  "AW: ITU-Rundschreiben CI-19/35 - Benennung für Budapest", "2019-08-08 14:35:12", tzs="+0200",
  cs="iso-8859-1", cte="quoted-printable", quote="o-de",
  fmt="alt",
  body="""Sehr geehrter Herr Clark,

vielen Dank für das Rundschreiben CI-19/35. Deutschland hat Interesse an der Konsultationsreihe zur Förderung von Technologie- und Innovations-KMU.

Für die erste Sitzung am 10. September 2019 in Budapest benennen wir:

- Herrn Dr. Thomas Schneider-Wolf, Referatsleiter Internationale Digitalpolitik (thomas.schneider-wolf@bmwi.bund.de)
- Frau Dipl.-Ing. Katharina Brandt, Referentin Mittelstand-Digital (katharina.brandt@bmwi.bund.de)

Mit freundlichen Grüßen
Im Auftrag

Jürgen Oberländer
Bundesministerium für Wirtschaft und Energie
Referat VII B 3 - Internationale Zusammenarbeit Telekommunikation
Villemombler Straße 76, 53123 Bonn
Tel.: +49 228 99615-2874
""",
  dels=[D("Thomas Schneider-Wolf", "Referatsleiter Internationale Digitalpolitik", "thomas.schneider-wolf@bmwi.bund.de"),
        D("Katharina Brandt", "Referentin Mittelstand-Digital", "katharina.brandt@bmwi.bund.de")],
  sess=[BUD])

M("de_02_aut_nomination.eml", "nomination", "de", "AUT",
  ("Sabine Gruber", "sabine.gruber@bmvit.gv.at"),
  "CI-19/35 - Nominierung Österreich", "2019-08-13 11:04:40", tzs="+0200",
  cs="windows-1252", cte="8bit", fmt="alt",
  body="""Sehr geehrte Damen und Herren,

Österreich nimmt gerne an der Konsultationssitzung in Budapest teil. Nominiert wird

Mag. Dr. Andrea Huber-Steiner
Leiterin der Abteilung III/PT 2 (Telekom-Recht und Digitalisierung)
andrea.huber-steiner@bmvit.gv.at

Die Nominierung erfolgt im Einvernehmen mit Herrn Sektionschef DI Dr. Klaus Pammer.

Mit freundlichen Grüßen
Sabine Gruber
Bundesministerium für Verkehr, Innovation und Technologie
Radetzkystraße 2, 1030 Wien
T +43 1 711 62-654 117
""",
  dels=[D("Andrea Huber-Steiner", "Leiterin der Abteilung III/PT 2 (Telekom-Recht und Digitalisierung)", "andrea.huber-steiner@bmvit.gv.at")],
  sess=[BUD])

M("de_03_lie_decline.eml", "decline", "de", "LIE",
  ("Amt für Kommunikation", "info.ak@llv.li"),
  "Rundschreiben CI-19/35", "2019-08-05 16:22:09", tzs="+0200", cs="iso-8859-15", cte="quoted-printable",
  body="""Sehr geehrter Herr Clark

Besten Dank für die Einladung. Liechtenstein wird an der Konsultationssitzung in Budapest leider nicht teilnehmen können.

Freundliche Grüsse
Amt für Kommunikation
Fürstentum Liechtenstein
""")

M("de_04_auto_reply.eml", "auto_reply", "de", None,
  ("Markus Feldhaus", "markus.feldhaus@bnetza.de"),
  "Abwesenheitsnotiz: ITU-Rundschreiben CI-19/35", "2019-07-23 16:05:02", tzs="+0200",
  cs="iso-8859-1", cte="quoted-printable",
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. August 2019 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an internationales@bnetza.de.

Mit freundlichen Grüßen
Markus Feldhaus
""", extra=[("Auto-Submitted", "auto-replied")])

M("it_01_ita_nomination.eml", "nomination", "it", "ITA",
  ("Divisione Affari Internazionali", "dgscerp.div01@mise.gov.it"),
  "R: Circolare ITU CI-19/35 - designazione Italia", "2019-08-09 12:27:18", tzs="+0200",
  cs="iso-8859-1", cte="quoted-printable", quote="o-it",
  fmt="alt",
  body="""Gentile dott. Clark,

con riferimento alla Circolare CI-19/35, si comunica l'interesse dell'Italia a partecipare alle sessioni di consultazione sulle PMI tecnologiche e innovative.

Per la sessione di Budapest del 10 settembre sono designati:
- dott.ssa Giulia Romano, dirigente della Divisione Politiche per l'innovazione (giulia.romano@mise.gov.it);
- ing. Marco Bianchi, funzionario tecnico (marco.bianchi@mise.gov.it).

Cordiali saluti,

Francesca De Luca
Ministero dello Sviluppo Economico
Direzione Generale per i servizi di comunicazione elettronica
Tel. +39 06 5444 3128
""",
  dels=[D("Giulia Romano", "dirigente della Divisione Politiche per l'innovazione", "giulia.romano@mise.gov.it"),
        D("Marco Bianchi", "funzionario tecnico", "marco.bianchi@mise.gov.it")],
  sess=[BUD])

M("it_02_smr_interest.eml", "interest_only", "it", "SMR",
  ("Segreteria di Stato Affari Esteri", "affariesteri@gov.sm"),
  "Circolare CI-19/35 - manifestazione di interesse", "2019-08-14 10:10:10", tzs="+0200",
  body="""Egregio Signor Clark,

la Repubblica di San Marino manifesta il proprio interesse per le sessioni di consultazione, in particolare per quelle previste nel 2020 a margine dei Gruppi di lavoro del Consiglio e del Forum WSIS. Il nominativo del partecipante sarà comunicato successivamente.

Distinti saluti,
Ufficio Relazioni Internazionali
""", sess=[CWG, WSIS])

M("pt_01_prt_nomination.eml", "nomination", "pt", "PRT",
  ("ANACOM Relações Internacionais", "ri@anacom.pt"),
  "RE: Circular CI-19/35 - Indicação de participante de Portugal", "2019-08-07 15:58:33", tzs="+0100",
  cs="iso-8859-1", cte="quoted-printable", quote="o-pt",
  fmt="alt",
  body="""Caro Senhor Christopher Clark,

Em resposta à Circular CI-19/35, a ANACOM informa que Portugal tem interesse em participar nas sessões de consulta e indica, para a sessão de Budapeste, a Dra. Ana Paula Ferreira Gonçalves, Diretora-Adjunta de Assuntos Internacionais (ana.goncalves@anacom.pt).

Com os melhores cumprimentos,

Rui Miguel Carvalho
Direção de Assuntos Internacionais
ANACOM - Autoridade Nacional de Comunicações
Tel.: +351 21 721 1000
""",
  dels=[D("Ana Paula Ferreira Gonçalves", "Diretora-Adjunta de Assuntos Internacionais", "ana.goncalves@anacom.pt")],
  sess=[BUD])

BRA_1 = M("pt_02_bra_nomination.eml", "nomination", "pt", "BRA",
  ("Assessoria Internacional Anatel", "ari@anatel.gov.br"),
  "Indicação do Brasil - Sessão de consulta sobre PMEs (CI-19/35)", "2019-08-08 21:03:17", tzs="-0300",
  client="gmail", fmt="alt", quote="g-pt",
  body="""Prezado Senhor Clark,

A Agência Nacional de Telecomunicações (Anatel) manifesta o interesse do Brasil e indica os seguintes representantes para a sessão de Budapeste:

1. Sr. João Carlos Ferreira da Silva Júnior - Superintendente de Competição - joao.junior@anatel.gov.br
2. Sra. Luciana Aparecida Moreira Santos - Especialista em Regulação - luciana.santos@anatel.gov.br

Atenciosamente,

Marcelo Augusto de Oliveira
Assessoria Internacional - Anatel
+55 61 2312 2000
""",
  dels=[D("João Carlos Ferreira da Silva Júnior", "Superintendente de Competição", "joao.junior@anatel.gov.br"),
        D("Luciana Aparecida Moreira Santos", "Especialista em Regulação", "luciana.santos@anatel.gov.br")],
  sess=[BUD])

M("pt_03_bra_correction_replace.eml", "correction", "pt", "BRA",
  ("Assessoria Internacional Anatel", "ari@anatel.gov.br"),
  "Re: Indicação do Brasil - Sessão de consulta sobre PMEs (CI-19/35) - ALTERAÇÃO", "2019-08-15 20:47:55", tzs="-0300",
  client="gmail",
  body="""Prezado Senhor Clark,

Informamos uma alteração na delegação brasileira: o Sr. João Carlos Ferreira da Silva Júnior será substituído pelo Sr. Rafael Henrique Costa Albuquerque, Gerente de Inovação (rafael.albuquerque@anatel.gov.br). A Sra. Luciana Aparecida Moreira Santos permanece indicada.

Delegação atualizada:
- Rafael Henrique Costa Albuquerque, Gerente de Inovação
- Luciana Aparecida Moreira Santos, Especialista em Regulação (luciana.santos@anatel.gov.br)

Atenciosamente,
Marcelo Augusto de Oliveira
""",
  dels=[D("Rafael Henrique Costa Albuquerque", "Gerente de Inovação", "rafael.albuquerque@anatel.gov.br"),
        D("Luciana Aparecida Moreira Santos", "Especialista em Regulação", "luciana.santos@anatel.gov.br")],
  sess=[BUD], sup=BRA_1, irt=BRA_1)

M("pt_04_moz_late.eml", "nomination", "pt", "MOZ",
  ("INCM Moçambique", "cooperacao@incm.gov.mz"),
  "Indicação de Moçambique para a sessão de Budapeste", "2019-08-19 09:16:48", tzs="+0200",
  cs="windows-1252", cte="quoted-printable",
  body="""Exmos. Senhores,

O Instituto Nacional das Comunicações de Moçambique (INCM) tem a honra de indicar o Eng. Armando Zacarias Macuácua, Chefe do Departamento de Tecnologias de Informação, para participar na sessão de consulta de Budapeste.

Email: amacuacua@incm.gov.mz

Pedimos desculpa pelo atraso na resposta.

Com os melhores cumprimentos,
Gabinete de Cooperação Internacional, INCM
""",
  dels=[D("Armando Zacarias Macuácua", "Chefe do Departamento de Tecnologias de Informação", "amacuacua@incm.gov.mz")],
  sess=[BUD])

M("nl_01_nld_nomination.eml", "nomination", "nl", "NLD",
  ("Directie Telecommunicatiemarkt", "dtm-internationaal@minezk.nl"),
  "RE: ITU-circulaire CI-19/35 - aanmelding Nederland", "2019-08-12 13:50:26", tzs="+0200", quote="o-nl",
  fmt="alt",
  body="""Geachte heer Clark,

Nederland neemt graag deel aan de consultatiesessie in Boedapest. Namens het Ministerie van Economische Zaken en Klimaat wordt drs. ing. Pieter van den Berg, senior beleidsmedewerker innovatie en mkb (p.vandenberg@minezk.nl), afgevaardigd.

Met vriendelijke groet,

mr. Esther de Wit-Jansen
Coördinator internationale telecomzaken
Ministerie van Economische Zaken en Klimaat
T +31 70 379 8911
""",
  dels=[D("Pieter van den Berg", "senior beleidsmedewerker innovatie en mkb", "p.vandenberg@minezk.nl")], sess=[BUD], client="o365")

M("nl_02_sur_interest.eml", "interest_only", "nl", "SUR",
  ("TAS Suriname", "info@tas.sr"),
  "Belangstelling Suriname - consultatiesessies MKB", "2019-08-16 20:41:38", tzs="-0300",
  body="""Geachte heer Clark,

De Telecommunicatie Autoriteit Suriname (TAS) bevestigt de belangstelling van de Republiek Suriname voor de consultatiesessie in Boedapest. De naam van onze deelnemer volgt zo spoedig mogelijk.

Met vriendelijke groet,
Directie TAS
""", sess=[BUD])

M("pl_01_pol_iso8859_2.eml", "nomination", "pl", "POL",
  ("Departament Współpracy Międzynarodowej", "dwm@mc.gov.pl"),
  "Zgłoszenie uczestników - sesja konsultacyjna ITU (CI-19/35)", "2019-08-09 09:12:58", tzs="+0200",
  cs="iso-8859-2", cte="quoted-printable",
  fmt="alt",
  body="""Szanowny Panie,

w odpowiedzi na okólnik CI-19/35 uprzejmie informuję, że Polska jest zainteresowana udziałem w sesjach konsultacyjnych dotyczących wspierania MŚP z sektora technologii i innowacji.

Na pierwszą sesję w Budapeszcie Ministerstwo Cyfryzacji zgłasza:
1. Pan dr inż. Tomasz Wiśniewski - Zastępca Dyrektora Departamentu Telekomunikacji, tomasz.wisniewski@mc.gov.pl
2. Pani mgr Agnieszka Kowalczyk-Nowak - Główny specjalista, agnieszka.kowalczyk-nowak@mc.gov.pl

Z wyrazami szacunku
Małgorzata Zielińska
Naczelnik Wydziału Organizacji Międzynarodowych
tel. +48 22 245 58 21
""",
  dels=[D("Tomasz Wiśniewski", "Zastępca Dyrektora Departamentu Telekomunikacji", "tomasz.wisniewski@mc.gov.pl"),
        D("Agnieszka Kowalczyk-Nowak", "Główny specjalista", "agnieszka.kowalczyk-nowak@mc.gov.pl")],
  sess=[BUD])

M("cs_01_cze_cp1250.eml", "nomination", "cs", "CZE",
  ("Odbor telekomunikací", "posta@mpo.cz"),
  "Nominace ČR - konzultační setkání ITU k MSP", "2019-08-13 15:06:07", tzs="+0200",
  cs="windows-1250", cte="quoted-printable",
  fmt="alt",
  body="""Vážený pane Clarku,

v návaznosti na oběžník CI-19/35 si Vás dovoluji informovat, že za Českou republiku se konzultačního setkání v Budapešti zúčastní Ing. Jana Nováková, Ph.D., ředitelka odboru digitální ekonomiky Ministerstva průmyslu a obchodu (novakovaj@mpo.cz).

S pozdravem

Ing. Petr Dvořák
vedoucí oddělení mezinárodních vztahů
tel.: +420 224 852 617
""",
  dels=[D("Jana Nováková", "ředitelka odboru digitální ekonomiky Ministerstva průmyslu a obchodu", "novakovaj@mpo.cz")], sess=[BUD])

M("sk_01_svk_interest.eml", "interest_only", "sk", "SVK",
  ("Úrad podpredsedu vlády pre investície a informatizáciu", "medzinarodne@vicepremier.gov.sk"),
  "Obežník CI-19/35 - záujem SR", "2019-08-07 10:29:51", tzs="+0200", cs="iso-8859-2", cte="8bit",
  body="""Vážený pán Clark,

Slovenská republika má záujem o účasť na konzultačnom stretnutí v Budapešti. Meno účastníka Vám oznámime v najbližších dňoch.

S pozdravom
Odbor medzinárodnej spolupráce
""", sess=[BUD])

HUN_1 = M("hu_01_hun_host_four.eml", "nomination", "hu", "HUN",
  ("Nemzetközi Főosztály", "nemzetkozi@itm.gov.hu"),
  "Magyarország delegációja - KKV konzultáció, Budapest (CI-19/35)", "2019-08-12 10:40:36", tzs="+0200",
  cs="windows-1250", cte="quoted-printable",
  body="""Tisztelt Clark Úr!

Köszönjük a CI-19/35 körlevelet. Magyarország, mint az ITU Telecom World 2019 házigazdája, örömmel vesz részt a budapesti konzultáción. A magyar delegáció tagjai:

• dr. Kovács Péter, helyettes államtitkár, Innovációs és Technológiai Minisztérium – peter.kovacs@itm.gov.hu
• Szabó-Nagy Eszter, főosztályvezető, Digitális Gazdaság Főosztály – eszter.szabo-nagy@itm.gov.hu
• Tóth Gábor Zoltán, elnökhelyettes, Nemzeti Média- és Hírközlési Hatóság – toth.gabor@nmhh.hu
• dr. Horváthné Fekete Judit, osztályvezető – judit.fekete@itm.gov.hu

Üdvözlettel:
Molnár Balázs
nemzetközi referens
Tel.: +36 1 795 1834
""",
  dels=[D("Kovács Péter", "helyettes államtitkár, Innovációs és Technológiai Minisztérium", "peter.kovacs@itm.gov.hu"),
        D("Szabó-Nagy Eszter", "főosztályvezető, Digitális Gazdaság Főosztály", "eszter.szabo-nagy@itm.gov.hu"),
        D("Tóth Gábor Zoltán", "elnökhelyettes, Nemzeti Média- és Hírközlési Hatóság", "toth.gabor@nmhh.hu"),
        D("Horváthné Fekete Judit", "osztályvezető", "judit.fekete@itm.gov.hu")],
  sess=[BUD])

M("hu_02_hun_correction_late.eml", "correction", "hu", "HUN",
  ("Nemzetközi Főosztály", "nemzetkozi@itm.gov.hu"),
  "RE: Magyarország delegációja - KKV konzultáció - módosítás", "2019-09-02 08:15:02", tzs="+0200",
  cs="iso-8859-2", cte="quoted-printable",
  body="""Tisztelt Clark Úr!

Augusztus 12-i levelünkhöz kapcsolódva tájékoztatjuk, hogy Tóth Gábor Zoltán helyett az NMHH részéről Varga Krisztina, nemzetközi igazgató (varga.krisztina@nmhh.hu) vesz részt, dr. Horváthné Fekete Judit pedig nem tud részt venni.

A módosított delegáció:
1. dr. Kovács Péter - peter.kovacs@itm.gov.hu
2. Szabó-Nagy Eszter - eszter.szabo-nagy@itm.gov.hu
3. Varga Krisztina - varga.krisztina@nmhh.hu

Üdvözlettel:
Molnár Balázs
""",
  dels=[D("Kovács Péter", None, "peter.kovacs@itm.gov.hu"),
        D("Szabó-Nagy Eszter", None, "eszter.szabo-nagy@itm.gov.hu"),
        D("Varga Krisztina", "nemzetközi igazgató", "varga.krisztina@nmhh.hu")],
  sess=[BUD], sup=HUN_1, irt=HUN_1)

M("ro_01_rou_nomination.eml", "nomination", "ro", "ROU",
  ("ANCOM Relații Internaționale", "international@ancom.org.ro"),
  "Nominalizare România - sesiunea de consultare ITU privind IMM-urile", "2019-08-14 11:51:09", tzs="+0300",
  body="""Stimate domnule Clark,

Ca răspuns la Circulara CI-19/35, ANCOM vă comunică interesul României pentru sesiunile de consultare și o nominalizează pe doamna Ioana-Cristina MARINESCU, director al Direcției Strategie și Inovare (ioana.marinescu@ancom.org.ro), pentru sesiunea de la Budapesta.

Cu stimă,
Andrei-Mihai POPESCU
Șef Serviciu Relații Internaționale
Tel: +40 372 845 402
""",
  dels=[D("Ioana-Cristina MARINESCU", "director al Direcției Strategie și Inovare", "ioana.marinescu@ancom.org.ro")], sess=[BUD])

M("bg_01_bgr_cp1251.eml", "nomination", "bg", "BGR",
  ("Дирекция Международни отношения", "intl@mtitc.government.bg"),
  "Номинация - консултативна сесия на МСД за МСП", "2019-08-12 12:02:44", tzs="+0300",
  cs="windows-1251", cte="quoted-printable",
  body="""Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35, Министерството на транспорта, информационните технологии и съобщенията номинира г-жа Мария Георгиева Петрова, началник на отдел „Цифрова икономика“ (m.petrova@mtitc.government.bg), за участие в консултативната сесия в Будапеща.

С уважение,
Стефан Илиев
държавен експерт, дирекция „Международни отношения“
тел.: +359 2 940 9771
""",
  dels=[D("Мария Георгиева Петрова", "началник на отдел „Цифрова икономика“", "m.petrova@mtitc.government.bg")], sess=[BUD])

M("sr_01_srb_cyrillic.eml", "nomination", "sr", "SRB",
  ("Министарство трговине, туризма и телекомуникација", "medjunarodna.saradnja@mtt.gov.rs"),
  "Номинација Републике Србије - консултације МУТ о МСП", "2019-08-15 13:13:31", tzs="+0200",
  body="""Поштовани господине Кларк,

Поводом циркуларног писма CI-19/35, Министарство трговине, туризма и телекомуникација Републике Србије номинује Милана Јовановића (Milan Jovanović), помоћника министра за информационо друштво, за учешће на консултативној сесији у Будимпешти.

Контакт: Милан Јовановић, помоћник министра за информационо друштво, milan.jovanovic@mtt.gov.rs, +381 11 311 2134

С поштовањем,
Јелена Марковић
Сектор за међународну сарадњу
""",
  dels=[D("Милан Јовановић", "помоћник министра за информационо друштво", "milan.jovanovic@mtt.gov.rs", aliases=["Milan Jovanović"])],
  sess=[BUD])

M("hr_01_hrv_decline.eml", "decline", "hr", "HRV",
  ("HAKOM", "medjunarodno@hakom.hr"),
  "Okružnica CI-19/35 - odgovor", "2019-08-08 08:48:17", tzs="+0200", cs="windows-1250", cte="quoted-printable",
  body="""Poštovani gospodine Clark,

zahvaljujemo na pozivu. Nažalost, Republika Hrvatska neće sudjelovati na konzultacijskoj sjednici u Budimpešti.

S poštovanjem,
Služba za međunarodnu suradnju
Hrvatska regulatorna agencija za mrežne djelatnosti
""")

M("sl_01_svn_nomination.eml", "nomination", "sl", "SVN",
  ("Direktorat za informacijsko družbo", "gp.mju@gov.si"),
  "Nominacija Slovenije - posvetovanje ITU o MSP", "2019-08-16 12:07:22", tzs="+0200",
  body="""Spoštovani g. Clark,

Republika Slovenija se bo posvetovanja v Budimpešti udeležila. Naša udeleženka bo:

mag. Maja Kranjc Zupančič
sekretarka v Direktoratu za informacijsko družbo
maja.kranjc-zupancic@gov.si

Lep pozdrav,
Rok Potočnik
višji svetovalec
""",
  dels=[D("Maja Kranjc Zupančič", "sekretarka v Direktoratu za informacijsko družbo", "maja.kranjc-zupancic@gov.si")], sess=[BUD])

M("el_01_grc_iso8859_7.eml", "nomination", "el", "GRC",
  ("Γενική Γραμματεία Τηλεπικοινωνιών", "intl@mindigital.gr"),
  "Ορισμός εκπροσώπου - Διαβουλεύσεις ITU για ΜμΕ (CI-19/35)", "2019-08-13 14:22:05", tzs="+0300",
  cs="iso-8859-7", cte="quoted-printable",
  fmt="html",
  body="""Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, σας ενημερώνουμε ότι η Ελλάδα ενδιαφέρεται να συμμετάσχει στις διαβουλεύσεις και ορίζει ως εκπρόσωπό της στη συνεδρία της Βουδαπέστης τον κ. Γεώργιο Παπαδόπουλο:

Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος (Georgios Papadopoulos)
Θέση: Προϊστάμενος Διεύθυνσης Ψηφιακής Οικονομίας
Email: g.papadopoulos@mindigital.gr
Τηλ.: +30 210 650 8421

Με εκτίμηση,
Ελένη Κωνσταντίνου
Τμήμα Διεθνών Σχέσεων
""",
  dels=[D("Γεώργιος Παπαδόπουλος", "Προϊστάμενος Διεύθυνσης Ψηφιακής Οικονομίας", "g.papadopoulos@mindigital.gr", aliases=["Georgios Papadopoulos"])],
  sess=[BUD])

UKR_1 = M("uk_01_ukr_koi8u.eml", "nomination", "uk", "UKR",
  ("Міністерство цифрової трансформації", "intl@thedigital.gov.ua"),
  "Кандидатура від України - консультаційна сесія МСЕ (CI-19/35)", "2019-08-08 16:14:27", tzs="+0300",
  cs="koi8-u", cte="quoted-printable",
  body="""Шановний пане Кларк!

Відповідно до циркулярного листа CI-19/35 повідомляємо про зацікавленість України в участі в консультаційних сесіях.

Для участі в сесії в Будапешті визначено:
Шевченко Олександр Вікторович - начальник відділу розвитку ІТ-індустрії, o.shevchenko@thedigital.gov.ua

З повагою,
Бондаренко Ірина Сергіївна
головний спеціаліст відділу міжнародного співробітництва
тел. +380 44 207 17 35
""",
  dels=[D("Шевченко Олександр Вікторович", "начальник відділу розвитку ІТ-індустрії", "o.shevchenko@thedigital.gov.ua")],
  sess=[BUD])

M("uk_02_ukr_correction_add.eml", "correction", "uk", "UKR",
  ("Міністерство цифрової трансформації", "intl@thedigital.gov.ua"),
  "RE: Кандидатура від України - доповнення", "2019-08-16 09:30:49", tzs="+0300",
  cs="koi8-u", cte="quoted-printable",
  body="""Шановний пане Кларк!

На доповнення до нашого листа від 8 серпня просимо включити до складу делегації України на сесію в Будапешті також пані Коваленко Наталію Петрівну, заступника директора департаменту цифрової економіки (n.kovalenko@thedigital.gov.ua).

Отже, склад делегації:
1. Шевченко Олександр Вікторович - o.shevchenko@thedigital.gov.ua
2. Коваленко Наталія Петрівна - заступник директора департаменту цифрової економіки, n.kovalenko@thedigital.gov.ua

З повагою,
Бондаренко Ірина Сергіївна
""",
  dels=[D("Шевченко Олександр Вікторович", None, "o.shevchenko@thedigital.gov.ua"),
        D("Коваленко Наталія Петрівна", "заступник директора департаменту цифрової економіки", "n.kovalenko@thedigital.gov.ua")],
  sess=[BUD], sup=UKR_1, irt=UKR_1)

M("lt_01_ltu_cp1257.eml", "nomination", "lt", "LTU",
  ("RRT Tarptautinių ryšių skyrius", "rrt@rrt.lt"),
  "Dėl dalyvio konsultacijose Budapešte (CI-19/35)", "2019-08-14 09:58:16", tzs="+0300",
  cs="windows-1257", cte="quoted-printable",
  body="""Gerbiamas pone Clark,

Lietuvos Respublikos ryšių reguliavimo tarnyba informuoja, kad konsultacijose Budapešte dalyvaus Rūta Žemaitytė-Kazlauskienė, Rinkos priežiūros departamento direktorė (ruta.zemaityte@rrt.lt).

Pagarbiai
Tomas Jankauskas
Tarptautinių ryšių skyriaus vedėjas
Tel. +370 5 210 5654
""",
  dels=[D("Rūta Žemaitytė-Kazlauskienė", "Rinkos priežiūros departamento direktorė", "ruta.zemaityte@rrt.lt")], sess=[BUD])

M("lv_01_lva_decline.eml", "decline", "lv", "LVA",
  ("Satiksmes ministrija", "pasts@sam.gov.lv"),
  "Par ITU apkārtrakstu CI-19/35", "2019-08-15 10:20:30", tzs="+0300", cs="iso-8859-13", cte="quoted-printable",
  body="""Godātais Klārka kungs!

Pateicamies par ielūgumu. Diemžēl Latvija nepiedalīsies konsultāciju sesijā Budapeštā.

Ar cieņu
Sakaru departaments
""")

M("et_01_est_nomination.eml", "nomination", "et", "EST",
  ("Kadri Tamm", "kadri.tamm@mkm.ee"),
  "CI-19/35 - Eesti osaleja", "2019-08-09 14:55:43", tzs="+0300",
  body="""Lugupeetud hr Clark

Eesti osaleb Budapesti konsultatsioonil. Majandus- ja Kommunikatsiooniministeeriumi esindajana osaleb Mart Kõiv, digiarengu osakonna nõunik (mart.koiv@mkm.ee).

Lugupidamisega
Kadri Tamm
välissuhete peaspetsialist
+372 625 6342
""",
  dels=[D("Mart Kõiv", "digiarengu osakonna nõunik", "mart.koiv@mkm.ee")], sess=[BUD], cs="iso-8859-15", cte="quoted-printable")

M("fi_01_fin_nomination.eml", "nomination", "fi", "FIN",
  ("Liikenne- ja viestintäministeriö", "kirjaamo@lvm.fi"),
  "ITU CI-19/35 - Suomen osallistuja", "2019-08-13 13:37:10", tzs="+0300", cs="iso-8859-1", cte="quoted-printable",
  body="""Arvoisa herra Clark,

Suomi osallistuu mielellään Budapestin konsultaatioon. Osallistujaksi nimetään neuvotteleva virkamies Jukka-Pekka Häkkinen (jukka-pekka.hakkinen@lvm.fi).

Ystävällisin terveisin
Liisa Mäkelä
erityisasiantuntija, kansainväliset asiat
Liikenne- ja viestintäministeriö
p. +358 295 342 118
""",
  dels=[D("Jukka-Pekka Häkkinen", "neuvotteleva virkamies", "jukka-pekka.hakkinen@lvm.fi")], sess=[BUD])

M("sv_01_swe_interest.eml", "interest_only", "sv", "SWE",
  ("Regeringskansliet", "n.registrator@regeringskansliet.se"),
  "SV: ITU cirkulär CI-19/35", "2019-08-12 15:02:27", tzs="+0200",
  body="""Hej,

Sverige är intresserat av att delta i konsultationen i Budapest. Vi återkommer med namn på deltagare så snart det är klart.

Med vänliga hälsningar
Karin Lindqvist
Departementssekreterare, Infrastrukturdepartementet
""", sess=[BUD], cs="iso-8859-1", cte="8bit", quote="o-en")

M("da_01_dnk_decline.eml", "decline", "da", "DNK",
  ("Energistyrelsen", "ens@ens.dk"),
  "SV: ITU-cirkulære CI-19/35", "2019-08-06 10:41:02", tzs="+0200", cs="iso-8859-1", cte="quoted-printable",
  body="""Kære Christopher Clark

Tak for invitationen. Danmark deltager desværre ikke i konsultationen i Budapest, da vi ikke er repræsenteret ved ITU Telecom World i år.

Med venlig hilsen
Søren Højgaard Møller
Fuldmægtig, Center for Tele
""")

M("no_01_nor_nomination.eml", "nomination", "no", "NOR",
  ("Nkom internasjonalt", "internasjonalt@nkom.no"),
  "ITU CI-19/35 - norsk deltaker Budapest", "2019-08-15 11:11:48", tzs="+0200",
  body="""Hei,

Norge ønsker å delta på konsultasjonsmøtet i Budapest. Vi melder på seniorrådgiver Øystein Bjørnstad-Aasen (oystein.bjornstad-aasen@nkom.no).

Med vennlig hilsen
Ingrid Solberg
Nasjonal kommunikasjonsmyndighet (Nkom)
tlf. +47 22 82 46 00
""",
  dels=[D("Øystein Bjørnstad-Aasen", "seniorrådgiver", "oystein.bjornstad-aasen@nkom.no")], sess=[BUD])

M("is_01_isl_patronymic.eml", "nomination", "is", "ISL",
  ("Samgöngu- og sveitarstjórnarráðuneytið", "postur@srn.is"),
  "Tilnefning Íslands - ITU CI-19/35", "2019-08-14 13:19:38", tzs="+0000", cs="iso-8859-1", cte="quoted-printable",
  body="""Góðan dag,

Ísland hefur áhuga á að taka þátt í samráðsfundinum í Búdapest. Fulltrúi Íslands verður Guðrún Jónsdóttir, sérfræðingur á skrifstofu fjarskipta (gudrun.jonsdottir@srn.is).

Með kveðju,
Sigurður Þór Ólafsson
skrifstofustjóri
""",
  dels=[D("Guðrún Jónsdóttir", "sérfræðingur á skrifstofu fjarskipta", "gudrun.jonsdottir@srn.is")], sess=[BUD])

M("sq_01_alb_nomination.eml", "nomination", "sq", "ALB",
  ("AKEP Marrëdhëniet me Jashtë", "info@akep.al"),
  "Emërimi i Shqipërisë - seanca konsultative ITU (CI-19/35)", "2019-08-14 16:44:30", tzs="+0200",
  body="""I nderuar Z. Clark,

Në përgjigje të qarkores CI-19/35, Autoriteti i Komunikimeve Elektronike dhe Postare emëron znj. Elira Hoxha, Drejtore e Drejtorisë së Zhvillimit të Tregut (elira.hoxha@akep.al), për seancën konsultative në Budapest.

Me respekt,
Arben Krasniqi
Sektori i Marrëdhënieve me Jashtë
""",
  dels=[D("Elira Hoxha", "Drejtore e Drejtorisë së Zhvillimit të Tregut", "elira.hoxha@akep.al")], sess=[BUD])

M("mk_01_mkd_nomination.eml", "nomination", "mk", "MKD",
  ("Министерство за информатичко општество и администрација", "kabinet@mioa.gov.mk"),
  "Номинација - консултативна сесија на ITU за МСП", "2019-08-16 14:30:02", tzs="+0200",
  body="""Почитуван г-дин Кларк,

Министерството за информатичко општество и администрација на Република Северна Македонија ја номинира г-ѓа Билјана Стојановска-Трајковска, раководител на Секторот за е-услуги (biljana.stojanovska@mioa.gov.mk), за учество на сесијата во Будимпешта.

Со почит,
Кабинет на министерот
""",
  dels=[D("Билјана Стојановска-Трајковска", "раководител на Секторот за е-услуги", "biljana.stojanovska@mioa.gov.mk")], sess=[BUD])

M("ca_01_and_nomination.eml", "nomination", "ca", "AND",
  ("Ministeri de Presidència, Economia i Empresa", "telecom_govern@andorra.ad"),
  "Designació d'Andorra - sessió de consulta UIT sobre pimes", "2019-08-12 12:44:04", tzs="+0200",
  cs="iso-8859-1", cte="quoted-printable",
  body="""Benvolgut Sr. Clark,

En resposta a la circular CI-19/35, el Govern d'Andorra designa la Sra. Meritxell Puigcercós i Riba, cap de l'Àrea de Societat Digital (meritxell_puigcercos@govern.ad), per assistir a la sessió de consulta de Budapest.

Cordialment,
Jordi Casals Pujol
Secretari d'Estat d'Empresa
""",
  dels=[D("Meritxell Puigcercós i Riba", "cap de l'Àrea de Societat Digital", "meritxell_puigcercos@govern.ad")], sess=[BUD])


# =====================================================================================================
#                     CENTRAL ASIA, CAUCASUS, MIDDLE EAST (non-Arabic), TURKEY
# =====================================================================================================

M("tr_01_tur_inquiry.eml", "inquiry", "tr", "TUR",
  ("Elif Demirtaş", "elif.demirtas@btk.gov.tr"),
  "CI-19/35 sayılı genelge hakkında soru", "2019-07-30 10:15:26", tzs="+0300",
  cs="iso-8859-9", cte="quoted-printable",
  body="""Sayın Clark,

CI-19/35 sayılı genelgeyle ilgili olarak, Budapeşte'deki istişare oturumuna birden fazla kurumdan (Bakanlık ve düzenleyici kurum) katılımcı bildirilmesinin mümkün olup olmadığını öğrenmek istiyoruz.

Saygılarımla,
Elif Demirtaş
Uzman, Uluslararası İlişkiler Dairesi Başkanlığı
Bilgi Teknolojileri ve İletişim Kurumu
Tel: +90 312 294 7218
""")

M("tr_02_tur_nomination.eml", "nomination", "tr", "TUR",
  ("Uluslararası İlişkiler Dairesi", "uluslararasi@btk.gov.tr"),
  "Türkiye katılımcıları - ITU KOBİ istişare oturumu (CI-19/35)", "2019-08-13 16:02:51", tzs="+0300",
  cs="iso-8859-9", cte="quoted-printable",
  fmt="html",
  body="""Sayın Clark,

Türkiye Cumhuriyeti, CI-19/35 sayılı genelgede belirtilen istişare oturumlarına katılmaktan memnuniyet duyacaktır. Budapeşte oturumuna katılacak heyetimiz aşağıdadır:

1) Mehmet Kaya Bey, Daire Başkanı, BTK - mehmet.kaya@btk.gov.tr
2) Ayşe Yılmaz Hanım, Uzman, Ulaştırma ve Altyapı Bakanlığı - ayse.yilmaz@uab.gov.tr

Gereğini bilgilerinize saygılarımla arz ederim.

Dr. Hakan Öztürk
Daire Başkan Yardımcısı
""",
  dels=[D("Mehmet Kaya", "Daire Başkanı, BTK", "mehmet.kaya@btk.gov.tr"),
        D("Ayşe Yılmaz", "Uzman, Ulaştırma ve Altyapı Bakanlığı", "ayse.yilmaz@uab.gov.tr")],
  sess=[BUD])

M("ka_01_geo_nomination.eml", "nomination", "ka", "GEO",
  ("საქართველოს კომუნიკაციების ეროვნული კომისია", "international@comcom.ge"),
  "საქართველოს წარმომადგენელი - ITU-ს კონსულტაცია (CI-19/35)", "2019-08-14 12:20:40", tzs="+0400",
  body="""ბატონო კლარკ,

CI-19/35 ცირკულარის პასუხად გაცნობებთ, რომ საქართველო დაინტერესებულია კონსულტაციებში მონაწილეობით. ბუდაპეშტის სესიაზე საქართველოს წარმოადგენს:

ნინო ბერიძე (Nino Beridze)
საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი
n.beridze@comcom.ge

პატივისცემით,
გიორგი კაპანაძე
""",
  dels=[D("ნინო ბერიძე", "საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი", "n.beridze@comcom.ge", aliases=["Nino Beridze"])],
  sess=[BUD], cte="base64")

M("hy_01_arm_inquiry.eml", "inquiry", "hy", "ARM",
  ("Անի Հովհաննիսյան", "ani.hovhannisyan@mtcit.am"),
  "Հարց CI-19/35 շրջաբերականի վերաբերյալ", "2019-08-03 11:45:18", tzs="+0400",
  body="""Հարգելի պարոն Քլարկ,

Խնդրում ենք տեղեկացնել, թե արդյոք Բուդապեշտի խորհրդակցությանը հնարավոր է մասնակցել հեռավար եղանակով։

Հարգանքով՝
Անի Հովհաննիսյան
Միջազգային համագործակցության բաժին
""")

M("az_01_aze_oglu.eml", "nomination", "az", "AZE",
  ("Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi", "intl@mincom.gov.az"),
  "Azərbaycan Respublikasının nümayəndəsi - BTİ KOS məsləhətləşmələri", "2019-08-12 14:41:33", tzs="+0400",
  body="""Hörmətli cənab Klark,

CI-19/35 saylı sirkulyar məktuba cavab olaraq bildiririk ki, Budapeştdə keçiriləcək məsləhətləşmə sessiyasında Azərbaycan Respublikasını Məmmədov Elvin Rauf oğlu, Nazirliyin İnnovasiyalar şöbəsinin müdiri (e.mammadov@mincom.gov.az), təmsil edəcək.

Hörmətlə,
Beynəlxalq əlaqələr şöbəsi
Tel: +994 12 598 58 41
""",
  dels=[D("Məmmədov Elvin Rauf oğlu", "Nazirliyin İnnovasiyalar şöbəsinin müdiri", "e.mammadov@mincom.gov.az")],
  sess=[BUD])

M("kk_01_kaz_nomination.eml", "nomination", "kk", "KAZ",
  ("Айгерим Сатыбалдиева", "a.satybaldieva@mdai.gov.kz"),
  "ХЭО консультациялық сессиясына қатысушы (CI-19/35)", "2019-08-14 09:05:10", tzs="+0600",
  body="""Құрметті Кларк мырза!

Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі Будапешттегі консультациялық сессияға қатысушыны ұсынады:

Сейтқалиев Ерлан Бауыржанұлы (Сейткалиев Ерлан Бауржанович) – Цифрлық экономика департаменті директорының орынбасары, e.seitkaliyev@mdai.gov.kz

Құрметпен,
Айгерим Сатыбалдиева
""",
  dels=[D("Сейтқалиев Ерлан Бауыржанұлы", "Цифрлық экономика департаменті директорының орынбасары", "e.seitkaliyev@mdai.gov.kz", aliases=["Сейткалиев Ерлан Бауржанович"])],
  sess=[BUD])

M("uz_01_uzb_nomination.eml", "nomination", "uz", "UZB",
  ("Axborot texnologiyalari va kommunikatsiyalarini rivojlantirish vazirligi", "xalqaro@mitc.uz"),
  "ITU KO'B konsultatsiyasi - O'zbekiston ishtirokchisi", "2019-08-15 10:22:47", tzs="+0500",
  body="""Hurmatli janob Klark,

CI-19/35-sonli sirkulyar xatga javoban ma'lum qilamizki, Budapeshtdagi konsultatsiya sessiyasida O‘zbekiston Respublikasi nomidan Karimov Jasur Baxtiyor o‘g‘li, Vazirlikning Raqamli iqtisodiyot boshqarmasi boshlig‘i ishtirok etadi.

E-pochta: j.karimov@mitc.uz

Hurmat bilan,
Xalqaro hamkorlik bo‘limi
""",
  dels=[D("Karimov Jasur Baxtiyor o‘g‘li", "Vazirlikning Raqamli iqtisodiyot boshqarmasi boshlig‘i", "j.karimov@mitc.uz")],
  sess=[BUD])

M("mn_01_mng_nomination.eml", "nomination", "mn", "MNG",
  ("Харилцаа холбоо, мэдээллийн технологийн газар", "foreign@cita.gov.mn"),
  "ОУЦХБ-ын ЖДҮ-ийн зөвлөлдөх уулзалтад оролцогч", "2019-08-13 15:14:19", tzs="+0800",
  body="""Эрхэм ноён Кларк аа,

CI-19/35 тоот албан бичгийн хариуд Монгол Улсаас Будапешт хотноо болох зөвлөлдөх уулзалтад Харилцаа холбоо, мэдээллийн технологийн газрын Бодлого, төлөвлөлтийн хэлтсийн дарга Баатарын Батболд (B. Batbold) оролцохыг мэдэгдье.

И-мэйл: batbold.b@cita.gov.mn

Хүндэтгэсэн,
Гадаад харилцааны алба
""",
  dels=[D("Баатарын Батболд", "Харилцаа холбоо, мэдээллийн технологийн газрын Бодлого, төлөвлөлтийн хэлтсийн дарга", "batbold.b@cita.gov.mn", aliases=["B. Batbold"])],
  sess=[BUD])

M("fa_01_irn_zwnj.eml", "nomination", "fa", "IRN",
  ("دفتر همکاری‌های بین‌المللی وزارت ارتباطات", "intl@ict.gov.ir"),
  "معرفی نمایندگان جمهوری اسلامی ایران - نشست مشورتی SME", "2019-08-11 11:30:55", tzs="+0430",
  body="""جناب آقای کلارک

با سلام و احترام،

در پاسخ به بخشنامه شماره CI-19/35، وزارت ارتباطات و فناوری اطلاعات جمهوری اسلامی ایران افراد زیر را برای شرکت در نشست مشورتی بوداپست معرفی می‌نماید:

۱- آقای مهندس علیرضا حسینی‌نژاد، مدیرکل دفتر توسعه کسب‌وکارهای فناورانه - a.hosseininejad@ict.gov.ir
۲- خانم دکتر مریم رضایی، کارشناس ارشد سازمان تنظیم مقررات و ارتباطات رادیویی - m.rezaei@cra.ir

با تشکر،
دفتر همکاری‌های بین‌المللی
""",
  dels=[D("علیرضا حسینی‌نژاد", "مدیرکل دفتر توسعه کسب‌وکارهای فناورانه", "a.hosseininejad@ict.gov.ir"),
        D("مریم رضایی", "کارشناس ارشد سازمان تنظیم مقررات و ارتباطات رادیویی", "m.rezaei@cra.ir")],
  sess=[BUD], cte="base64")

M("fa_02_afg_interest_dari.eml", "interest_only", "fa", "AFG",
  ("وزارت مخابرات و تکنالوژی معلوماتی", "intl.relations@mcit.gov.af"),
  "ابراز علاقه افغانستان - جلسات مشورتی اتحادیه بین‌المللی مخابرات", "2019-08-16 14:05:09", tzs="+0430",
  body="""محترم آقای کلارک،

با عرض سلام و احترام، وزارت مخابرات و تکنالوژی معلوماتی جمهوری اسلامی افغانستان علاقه‌مندی خود را به اشتراک در جلسات مشورتی، به‌ویژه جلسه بوداپست، ابراز می‌دارد. نام اشتراک‌کننده متعاقباً ارسال خواهد شد.

با احترام،
ریاست روابط بین‌المللی
""", sess=[BUD])

M("he_01_isr_nomination.eml", "nomination", "he", "ISR",
  ("משרד התקשורת - אגף קשרים בינלאומיים", "intl@moc.gov.il"),
  "מינוי נציגי ישראל - מפגש ההתייעצות של ITU בבודפשט", "2019-08-14 11:48:32", tzs="+0300",
  cs="windows-1255", cte="quoted-printable",
  fmt="html",
  body="""לכבוד מר כריסטופר קלארק,

בהמשך לחוזר CI-19/35, משרד התקשורת מבקש לרשום את הנציגים הבאים למפגש ההתייעצות בבודפשט:

1. מר יוסי לוי-כהן, סמנכ"ל טכנולוגיות, yossil@moc.gov.il
2. ד"ר מיכל אברהמי, מנהלת תחום חדשנות, michala@moc.gov.il

בברכה,
רונית שמעוני
אגף קשרים בינלאומיים
טל': 972-3-519-8210+
""",
  dels=[D("יוסי לוי-כהן", 'סמנכ"ל טכנולוגיות', "yossil@moc.gov.il"),
        D("מיכל אברהמי", "מנהלת תחום חדשנות", "michala@moc.gov.il")],
  sess=[BUD])


# =====================================================================================================
#                                   EAST, SOUTH AND SOUTH-EAST ASIA
# =====================================================================================================

JPN_1 = M("ja_01_jpn_iso2022jp.eml", "nomination", "ja", "JPN",
  ("総務省 国際戦略局 国際経済課", "kokusai-keizai@soumu.go.jp"),
  "ITU回章CI-19/35 中小企業に関する協議セッションへの参加者について", "2019-08-09 10:12:38", tzs="+0900",
  cs="iso-2022-jp", cte="7bit",
  body="""ITU事務局
Christopher Clark様

いつもお世話になっております。
総務省国際戦略局国際経済課でございます。

回章CI-19/35でご案内いただきました協議セッションにつきまして、日本として参加を希望いたします。
ブダペストでの第1回セッションには、下記の者が出席いたします。

１．山田 太郎（やまだ たろう / YAMADA Taro）
　　総務省 国際戦略局 国際経済課 課長補佐
　　t-yamada@soumu.go.jp
２．佐藤 花子（SATO Hanako）
　　総務省 情報流通行政局 情報流通振興課 係長
　　h-sato@soumu.go.jp

何卒よろしくお願い申し上げます。

総務省 国際戦略局 国際経済課
鈴木 一郎
TEL: +81-3-5253-5928
""",
  dels=[D("山田 太郎", "総務省 国際戦略局 国際経済課 課長補佐", "t-yamada@soumu.go.jp", aliases=["やまだ たろう", "YAMADA Taro"]),
        D("佐藤 花子", "総務省 情報流通行政局 情報流通振興課 係長", "h-sato@soumu.go.jp", aliases=["SATO Hanako"])],
  sess=[BUD])

M("ja_02_jpn_sjis_correction_email.eml", "correction", "ja", "JPN",
  ("総務省 国際戦略局 国際経済課", "kokusai-keizai@soumu.go.jp"),
  "【訂正】ITU回章CI-19/35 参加者連絡先の訂正", "2019-08-13 09:40:04", tzs="+0900",
  cs="shift_jis", cte="base64",
  body="""Christopher Clark様

総務省国際戦略局国際経済課の鈴木でございます。
先日（8月9日）お送りした参加者情報のうち、佐藤のメールアドレスに誤りがございました。
大変失礼いたしました。訂正後の参加者は以下のとおりです。

１．山田 太郎（YAMADA Taro） 課長補佐　t-yamada@soumu.go.jp
２．佐藤 花子（SATO Hanako） 係長　hanako-sato@soumu.go.jp

よろしくお願いいたします。
鈴木 一郎
""",
  dels=[D("山田 太郎", "課長補佐", "t-yamada@soumu.go.jp", aliases=["YAMADA Taro"]),
        D("佐藤 花子", "係長", "hanako-sato@soumu.go.jp", aliases=["SATO Hanako"])],
  sess=[BUD], sup=JPN_1, irt=JPN_1)

M("ja_03_auto_reply_iso2022jp.eml", "auto_reply", "ja", None,
  ("高橋 健", "k-takahashi@soumu.go.jp"),
  "不在通知: ITU Circular CI-19/35", "2019-07-23 16:06:21", tzs="+0900",
  cs="iso-2022-jp", cte="7bit",
  body="""メールありがとうございます。
誠に勝手ながら、7月29日まで夏季休暇をいただいております。
お急ぎの場合は国際経済課（kokusai-keizai@soumu.go.jp）までご連絡ください。

高橋 健
""", extra=[("Auto-Submitted", "auto-replied")])

M("ko_01_kor_euckr.eml", "nomination", "ko", "KOR",
  ("과학기술정보통신부 국제협력담당관실", "intl@msit.go.kr"),
  "ITU 중소기업 협의 세션 참가자 통보 (CI-19/35)", "2019-08-12 09:55:02", tzs="+0900",
  cs="euc-kr", cte="base64",
  fmt="alt",
  body="""Mr. Christopher Clark 귀하

안녕하십니까.
ITU 회람 CI-19/35와 관련하여, 대한민국 과학기술정보통신부는 협의 세션에 참가를 희망하며, 부다페스트 제1차 세션 참가자를 아래와 같이 통보합니다.

- 김민준(KIM Minjun) 사무관, 과학기술정보통신부 국제협력담당관실, minjun.kim@korea.kr
- 이서연 주무관, 정보통신산업정책과, seoyeon.lee@korea.kr

감사합니다.

국제협력담당관실
박지훈 드림
전화: +82-44-202-4363
""",
  dels=[D("김민준", "사무관, 과학기술정보통신부 국제협력담당관실", "minjun.kim@korea.kr", aliases=["KIM Minjun"]),
        D("이서연", "주무관, 정보통신산업정책과", "seoyeon.lee@korea.kr")],
  sess=[BUD])

M("ko_02_auto_reply.eml", "auto_reply", "ko", None,
  ("최유진", "yujin.choi@kcc.go.kr"),
  "[자동응답] ITU Circular CI-19/35", "2019-07-23 16:07:45", tzs="+0900",
  cs="euc-kr", cte="base64",
  body="""안녕하세요. 최유진입니다.
8월 2일까지 출장 중으로 메일 확인이 어렵습니다.
급한 용무는 02-2110-1234로 연락 주시기 바랍니다.
""", extra=[("Auto-Submitted", "auto-replied")])

M("vi_01_vnm_nomination.eml", "nomination", "vi", "VNM",
  ("Vụ Hợp tác quốc tế - Bộ TT&TT", "htqt@mic.gov.vn"),
  "Đề cử đại biểu Việt Nam tham dự phiên tham vấn của ITU về doanh nghiệp nhỏ và vừa", "2019-08-16 23:59:59", tzs="+0700",
  fmt="alt",
  body="""Kính gửi Ông Christopher Clark,

Phúc đáp Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam xin đề cử các đại biểu sau tham dự phiên tham vấn tại Budapest:

1. Ông Nguyễn Văn Hùng, Phó Vụ trưởng Vụ Hợp tác quốc tế, email: nvhung@mic.gov.vn
2. Bà Trần Thị Thu Hà, Chuyên viên chính Cục Tin học hóa, email: ttthuha@mic.gov.vn

Trân trọng,
Vụ Hợp tác quốc tế
Điện thoại: +84 24 3943 7237
""",
  dels=[D("Nguyễn Văn Hùng", "Phó Vụ trưởng Vụ Hợp tác quốc tế", "nvhung@mic.gov.vn"),
        D("Trần Thị Thu Hà", "Chuyên viên chính Cục Tin học hóa", "ttthuha@mic.gov.vn")],
  sess=[BUD], cte="quoted-printable")

M("th_01_tha_tis620.eml", "nomination", "th", "THA",
  ("กองการต่างประเทศ สำนักงาน กสทช.", "intl@nbtc.go.th"),
  "แจ้งรายชื่อผู้แทนประเทศไทย - การประชุมหารือ ITU เรื่อง SMEs", "2019-08-15 14:27:36", tzs="+0700",
  cs="tis-620", cte="base64",
  fmt="alt",
  body="""เรียน Mr. Christopher Clark

ตามหนังสือเวียน CI-19/35 สำนักงาน กสทช. ขอแจ้งรายชื่อผู้แทนประเทศไทยเข้าร่วมการประชุมหารือ ณ กรุงบูดาเปสต์ ดังนี้

1. นายสมชาย ใจดี ผู้อำนวยการกองการต่างประเทศ อีเมล somchai.j@nbtc.go.th
2. นางสาวพิมพ์ชนก ศรีสุข นักวิชาการชำนาญการ อีเมล pimchanok.s@nbtc.go.th

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
กองการต่างประเทศ
โทร. +66 2 670 8888
""",
  dels=[D("สมชาย ใจดี", "ผู้อำนวยการกองการต่างประเทศ", "somchai.j@nbtc.go.th"),
        D("พิมพ์ชนก ศรีสุข", "นักวิชาการชำนาญการ", "pimchanok.s@nbtc.go.th")],
  sess=[BUD])

IDN_1 = M("id_01_idn_single_name.eml", "nomination", "id", "IDN",
  ("Biro Kerja Sama Luar Negeri Kominfo", "kln@kominfo.go.id"),
  "Nominasi Delegasi RI - Sesi Konsultasi ITU mengenai UKM (CI-19/35)", "2019-08-09 08:18:27", tzs="+0700",
  fmt="alt",
  body="""Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran ITU CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia dengan hormat menyampaikan minat untuk berpartisipasi dan menominasikan:

1. Bapak Sutrisno, Direktur Pemberdayaan Industri Informatika, sutrisno@kominfo.go.id
2. Ibu Dewi Lestari Wulandari, Kepala Subdirektorat Ekonomi Digital, dewi.lestari@kominfo.go.id

untuk menghadiri sesi konsultasi di Budapest pada tanggal 10 September 2019.

Hormat kami,
Kepala Biro Kerja Sama Luar Negeri
Dra. Ratna Sari Dewi, M.Si.
""",
  dels=[D("Sutrisno", "Direktur Pemberdayaan Industri Informatika", "sutrisno@kominfo.go.id"),
        D("Dewi Lestari Wulandari", "Kepala Subdirektorat Ekonomi Digital", "dewi.lestari@kominfo.go.id")],
  sess=[BUD])

M("id_02_idn_correction_late.eml", "correction", "id", "IDN",
  ("Biro Kerja Sama Luar Negeri Kominfo", "kln@kominfo.go.id"),
  "Perubahan Delegasi RI - Sesi Konsultasi ITU (CI-19/35)", "2019-08-27 07:44:10", tzs="+0700",
  body="""Yth. Bapak Christopher Clark,

Merujuk surat elektronik kami tanggal 9 Agustus 2019, dengan ini kami sampaikan perubahan delegasi: Bapak Sutrisno berhalangan hadir dan digantikan oleh Bapak Ir. Hendra Gunawan, M.Sc., Direktur Ekonomi Digital (hendra.gunawan@kominfo.go.id).

Dengan demikian delegasi RI untuk sesi di Budapest adalah:
1. Hendra Gunawan - hendra.gunawan@kominfo.go.id
2. Dewi Lestari Wulandari - dewi.lestari@kominfo.go.id

Hormat kami,
Biro Kerja Sama Luar Negeri
""",
  dels=[D("Hendra Gunawan", "Direktur Ekonomi Digital", "hendra.gunawan@kominfo.go.id"),
        D("Dewi Lestari Wulandari", None, "dewi.lestari@kominfo.go.id")],
  sess=[BUD], sup=IDN_1, irt=IDN_1)

M("ms_01_mys_bin_binti.eml", "nomination", "ms", "MYS",
  ("Bahagian Hubungan Antarabangsa SKMM", "intl@mcmc.gov.my"),
  "Pencalonan Wakil Malaysia - Sesi Konsultasi ITU (CI-19/35)", "2019-08-14 10:36:14", tzs="+0800",
  fmt="alt",
  body="""Tuan,

Merujuk kepada Surat Pekeliling ITU CI-19/35, Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM) dengan sukacitanya mencalonkan pegawai berikut untuk menghadiri sesi konsultasi di Budapest:

i.  Encik Ahmad Faizal bin Abdul Rahman, Pengarah Bahagian Ekonomi Digital (faizal@mcmc.gov.my)
ii. Puan Nur Aisyah binti Mohd Yusof, Timbalan Pengarah, Bahagian Hubungan Antarabangsa (aisyah.yusof@mcmc.gov.my)

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Siti Hajar binti Ismail
Penolong Pengarah, Bahagian Hubungan Antarabangsa
Tel: +603 8688 8000
""",
  dels=[D("Ahmad Faizal bin Abdul Rahman", "Pengarah Bahagian Ekonomi Digital", "faizal@mcmc.gov.my"),
        D("Nur Aisyah binti Mohd Yusof", "Timbalan Pengarah, Bahagian Hubungan Antarabangsa", "aisyah.yusof@mcmc.gov.my")],
  sess=[BUD])

M("tl_01_phl_self_wsis.eml", "nomination", "tl", "PHL",
  ("Jose Miguel Dimaculangan", "jm.dimaculangan@dict.gov.ph"),
  "Pagpapatala para sa SME consultation session sa WSIS Forum 2020", "2019-08-30 13:22:51", tzs="+0800",
  client="gmail",
  body="""Magandang araw po, G. Clark,

Ako po si Jose Miguel Dimaculangan mula sa DICT. Itinalaga po ako ng aming Kalihim upang dumalo sa konsultasyon tungkol sa mga SME na gaganapin sa WSIS Forum 2020. Nais ko po sanang magpatala.

Maraming salamat po.

Jose Miguel Dimaculangan
Division Chief, ICT Startup Development
Department of Information and Communications Technology
+63 917 845 2219 | jm.dimaculangan@dict.gov.ph
""",
  dels=[D("Jose Miguel Dimaculangan", "Division Chief, ICT Startup Development", "jm.dimaculangan@dict.gov.ph")],
  sess=[WSIS])

M("hi_01_ind_hindi_wsis.eml", "nomination", "hi", "IND",
  ("अंतरराष्ट्रीय सहयोग प्रभाग, इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय", "ic-division@meity.gov.in"),
  "आईटीयू परिपत्र CI-19/35 - डब्ल्यूएसआईएस फोरम 2020 सत्र हेतु नामांकन", "2019-08-16 11:05:40", tzs="+0530",
  body="""महोदय,

आईटीयू परिपत्र CI-19/35 के संदर्भ में, इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय डब्ल्यूएसआईएस फोरम 2020 के दौरान आयोजित होने वाले परामर्श सत्र के लिए श्री राजेश कुमार शर्मा (Rajesh Kumar Sharma), संयुक्त सचिव, को नामित करता है।

ईमेल: rk.sharma@meity.gov.in

भवदीय,
सुनीता वर्मा
अवर सचिव, अंतरराष्ट्रीय सहयोग प्रभाग
दूरभाष: +91-11-2436 3101
""",
  dels=[D("राजेश कुमार शर्मा", "संयुक्त सचिव", "rk.sharma@meity.gov.in", aliases=["Rajesh Kumar Sharma"])],
  sess=[WSIS])

M("bn_01_bgd_cwg.eml", "nomination", "bn", "BGD",
  ("বিটিআরসি আন্তর্জাতিক সম্পর্ক", "ir@btrc.gov.bd"),
  "আইটিইউ পরামর্শ সভা ২০২০ - বিটিআরসি'র মনোনয়ন", "2019-08-15 15:30:22", tzs="+0600",
  body="""জনাব,

আইটিইউ সার্কুলার CI-19/35 এর প্রেক্ষিতে বাংলাদেশ টেলিযোগাযোগ নিয়ন্ত্রণ কমিশন ২০২০ সালের শুরুতে কাউন্সিল ওয়ার্কিং গ্রুপের সভা চলাকালে অনুষ্ঠেয় পরামর্শ সভার জন্য জনাব মোঃ কামরুল হাসান, পরিচালক (আন্তর্জাতিক সম্পর্ক), কে মনোনয়ন প্রদান করছে।

ইমেইল: kamrul.hasan@btrc.gov.bd

ধন্যবাদান্তে,
আন্তর্জাতিক সম্পর্ক বিভাগ, বিটিআরসি
""",
  dels=[D("মোঃ কামরুল হাসান", "পরিচালক (আন্তর্জাতিক সম্পর্ক)", "kamrul.hasan@btrc.gov.bd")], sess=[CWG])

M("ne_01_npl_date_vs_received.eml", "nomination", "ne", "NPL",
  ("नेपाल दूरसञ्चार प्राधिकरण", "info@nta.gov.np"),
  "आईटीयू परामर्श बैठकका लागि मनोनयन (CI-19/35)", "2019-08-17 00:03:12", tzs="+0545",
  body="""आदरणीय श्री क्लार्क ज्यू,

आईटीयूको परिपत्र CI-19/35 बमोजिम बुडापेस्टमा हुने परामर्श बैठकमा सहभागी हुन नेपाल दूरसञ्चार प्राधिकरणका निर्देशक श्री रामचन्द्र अधिकारी (ramchandra.adhikari@nta.gov.np) लाई मनोनयन गरिएको व्यहोरा अनुरोध छ।

भवदीय,
अन्तर्राष्ट्रिय सम्बन्ध शाखा
""",
  dels=[D("रामचन्द्र अधिकारी", "निर्देशक", "ramchandra.adhikari@nta.gov.np")], sess=[BUD], delay=1500)

M("km_01_khm_nomination.eml", "nomination", "km", "KHM",
  ("ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍", "intl@mptc.gov.kh"),
  "ការតែងតាំងតំណាងកម្ពុជា - វគ្គពិគ្រោះយោបល់ ITU", "2019-08-14 10:48:55", tzs="+0700",
  body="""ជូនចំពោះ លោក Christopher Clark

យោងតាមលិខិតចរាចរ CI-19/35 ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ សូមតែងតាំង លោក សុខ វិចិត្រ (Sok Vichet) អនុប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន ដើម្បីចូលរួមវគ្គពិគ្រោះយោបល់នៅទីក្រុងប៊ុយដាប៉េស។

អ៊ីមែល: vichet.sok@mptc.gov.kh

សូមអរគុណ
នាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ
""",
  dels=[D("សុខ វិចិត្រ", "អនុប្រធាននាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន", "vichet.sok@mptc.gov.kh", aliases=["Sok Vichet"])],
  sess=[BUD])


# =====================================================================================================
#                                          AFRICA AND PACIFIC
# =====================================================================================================

M("sw_01_tza_nomination.eml", "nomination", "sw", "TZA",
  ("Mamlaka ya Mawasiliano Tanzania", "dg@tcra.go.tz"),
  "Uteuzi wa Wajumbe wa Tanzania - Kikao cha Mashauriano cha ITU", "2019-08-13 12:14:09", tzs="+0300",
  fmt="html",
  body="""Ndugu Christopher Clark,

Kuhusu Waraka wa ITU Na. CI-19/35, Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kuthibitisha nia ya Jamhuri ya Muungano wa Tanzania kushiriki katika vikao vya mashauriano na inawateua wafuatao kuhudhuria kikao cha Budapest:

1. Bw. Juma Hamisi Mwinyi - Mkurugenzi wa Masuala ya Kimataifa - juma.mwinyi@tcra.go.tz
2. Bi. Rehema Salum Kombo - Afisa Mwandamizi wa TEHAMA - rehema.kombo@tcra.go.tz

Wako katika ujenzi wa taifa,

Mhandisi Emmanuel Mbwambo
Kaimu Mkurugenzi Mkuu
Simu: +255 22 2199760
""",
  dels=[D("Juma Hamisi Mwinyi", "Mkurugenzi wa Masuala ya Kimataifa", "juma.mwinyi@tcra.go.tz"),
        D("Rehema Salum Kombo", "Afisa Mwandamizi wa TEHAMA", "rehema.kombo@tcra.go.tz")],
  sess=[BUD])

M("am_01_eth_nomination.eml", "nomination", "am", "ETH",
  ("የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር", "intl@mint.gov.et"),
  "የኢትዮጵያ ተወካዮች ምደባ - የITU ምክክር መድረክ (CI-19/35)", "2019-08-12 11:40:17", tzs="+0300",
  fmt="html",
  body="""ለአቶ ክሪስቶፈር ክላርክ

በITU ሰርኩላር CI-19/35 መሠረት የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር በቡዳፔስት በሚካሄደው የምክክር መድረክ ላይ የሚከተሉትን ተወካዮች መድቧል፡

፩. አቶ አበበ ከበደ ተሰማ (Abebe Kebede Tessema)፣ የዲጂታል ኢኮኖሚ ዳይሬክተር፣ abebe.kebede@mint.gov.et
፪. ወ/ሮ ሕይወት ታደሰ በቀለ፣ ከፍተኛ ባለሙያ፣ hiwot.tadesse@mint.gov.et

ከሰላምታ ጋር
የዓለም አቀፍ ግንኙነት ዳይሬክቶሬት
""",
  dels=[D("አበበ ከበደ ተሰማ", "የዲጂታል ኢኮኖሚ ዳይሬክተር", "abebe.kebede@mint.gov.et", aliases=["Abebe Kebede Tessema"]),
        D("ሕይወት ታደሰ በቀለ", "ከፍተኛ ባለሙያ", "hiwot.tadesse@mint.gov.et")],
  sess=[BUD])

M("so_01_som_late.eml", "nomination", "so", "SOM",
  ("Hay'adda Isgaarsiinta Qaranka", "info@nca.gov.so"),
  "Magacaabista ergada Soomaaliya - kulanka la-tashiga ITU", "2019-08-23 12:56:34", tzs="+0300",
  client="gmail",
  body="""Mudane Christopher Clark,

Iyadoo laga jawaabayo warqadda wareegtada ah ee CI-19/35, Hay'adda Isgaarsiinta Qaranka (NCA) waxay u magacaabaysaa Mudane Cabdiraxmaan Maxamed Xasan (Abdirahman Mohamed Hassan), Agaasimaha Horumarinta Suuqa, inuu ka qeybgalo kulanka la-tashiga ee Budapest.

Email: c.xasan@nca.gov.so

Waan ka xunnahay dib u dhaca.

Mahadsanid,
Xafiiska Xiriirka Caalamiga
""",
  dels=[D("Cabdiraxmaan Maxamed Xasan", "Agaasimaha Horumarinta Suuqa", "c.xasan@nca.gov.so", aliases=["Abdirahman Mohamed Hassan"])],
  sess=[BUD])

M("sm_01_wsm_late_matai.eml", "nomination", "sm", "WSM",
  ("Matagaluega o Fesootaiga ma Tekonolosi o Faamatalaga", "info@mcit.gov.ws"),
  "Filifiliga o le sui o Samoa - fonotaga faatalatalanoaga ITU", "2019-08-28 15:07:40", tzs="+1200",
  body="""Susuga Christopher Clark,

Talofa lava. E tusa ai ma le tusi CI-19/35, ua filifilia e le Matagaluega o Fesootaiga ma Tekonolosi o Faamatalaga le Susuga Fuimaono Sefo Taualai, Pule Sili o Fuafuaga, e auai i le fonotaga i Budapest.

Imeli: fuimaono.taualai@mcit.gov.ws

Faamalie atu i le tuai o le tali.

Ma le faaaloalo,
Ofisa o Sootaga Faava o Malo
""",
  dels=[D("Fuimaono Sefo Taualai", "Pule Sili o Fuafuaga", "fuimaono.taualai@mcit.gov.ws")], sess=[BUD])

M("to_01_ton_self_nomination.eml", "nomination", "to", "TON",
  ("Sione Tu'ipulotu Fifita", "sfifita@meidecc.gov.to"),
  "Lesisita ki he fakataha SME 'i Budapest", "2019-08-15 01:33:48", tzs="+1300",
  client="gmail",
  body="""Mālō e lelei Mr Clark,

'Oku ou fie lesisita ke kau atu ki he fakataha fakakaukau ki he ngaahi pisinisi iiki mo e lalahi 'i Budapest 'i he 'aho 10 'o Sepitema. Kuo tali 'e he 'Ofisi 'o e Minisitā ke u fakafofonga'i 'a Tonga.

Mālō 'aupito,

Sione Tu'ipulotu Fifita
Principal ICT Officer, Department of Communications, MEIDECC
Nuku'alofa, Tonga
Ph: +676 28 170
Email: sfifita@meidecc.gov.to
""",
  dels=[D("Sione Tu'ipulotu Fifita", "Principal ICT Officer, Department of Communications, MEIDECC", "sfifita@meidecc.gov.to")],
  sess=[BUD])


# =====================================================================================================
#                               MORE ENGLISH: read receipt, other ITU business
# =====================================================================================================

M("en_25_read_receipt.eml", "auto_reply", "en", None,
  ("Kwame Boateng-Sarpong", "kboateng@nca.org.gh"),
  "Read: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs", "2019-07-25 11:38:02", tzs="+0000",
  report=dict(kind="mdn", rcpt="kboateng@nca.org.gh",
    orig_subject="ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs",
    orig_date="Tue, 23 Jul 2019 16:04:11 +0200"),
  body="""Your message

  To: kboateng@nca.org.gh
  Subject: ITU Circular CI-19/35: Consultation sessions for Member States - Fostering tech and innovation SMEs
  Sent: Tuesday, July 23, 2019 2:04:11 PM (UTC+00:00) Monrovia, Reykjavik

was read on Thursday, July 25, 2019 9:37:58 AM (UTC+00:00) Monrovia, Reykjavik.
""", cte="7bit")

M("en_26_unrelated_itu_invoice.eml", "unrelated", "en", None,
  ("Accounts Payable", "accounts.payable@bocra.org.bw"),
  "RE: ITU Invoice 2019/SM/4471 - membership contribution", "2019-08-08 10:20:15", tzs="+0200",
  body="""Dear Sir/Madam,

Please find below the remittance details for ITU invoice 2019/SM/4471 (Sector Member contribution, ITU-D). Payment was effected on 6 August 2019 via our bank, reference BOCRA/PAY/0819/112.

Kindly acknowledge receipt.

Regards,
Onalenna Kgosietsile
Accounts Payable Officer
Botswana Communications Regulatory Authority
Tel: +267 368 5500
""")

M("en_27_academic_inquiry_nonstate.eml", "inquiry", "en", None,
  ("Dr. Ibrahim Sesay", "isesay@fbc.edu.sl"),
  "Question about the SME consultation in Budapest", "2019-08-20 16:45:11", tzs="+0000", client="gmail",
  body="""Dear Mr Clark,

I lead an ICT innovation hub at Fourah Bay College. I read about the SME consultation sessions in Circular CI-19/35. Can academia or incubators attend the Budapest session as observers, or is it limited to Member State delegates?

Many thanks,
Dr. Ibrahim Sesay
Director, FBC Innovation Hub
University of Sierra Leone
""")


M("en_28_rwa_six_delegates.eml", "nomination", "en", "RWA",
  ("Claudine Uwamahoro", "claudine.uwamahoro@minict.gov.rw"),
  "Rwanda delegation - ITU SME consultation sessions (CI-19/35)", "2019-08-15 18:26:04", tzs="+0200", fmt="alt",
  body="""Dear Mr. Clark,

Following ITU Circular CI-19/35, the Ministry of ICT and Innovation is pleased to confirm Rwanda's participation in the consultation series. Our delegates are:

Budapest, 10 September 2019
  1. Mr. Jean de Dieu NSHIMIYIMANA, Director General of Innovation, MINICT (jdd.nshimiyimana@minict.gov.rw)
  2. Ms. Aline UMUTONI KAYITESI, Senior Officer, ICT Entrepreneurship (aline.umutoni@minict.gov.rw)
  3. Mr. Patrick MUGISHA, Head of Economic Regulation, RURA (patrick.mugisha@rura.rw)
  4. Eng. Diane INGABIRE, Startup Programmes Lead, Rwanda ICT Chamber (dingabire@ictchamber.rw)

Council Working Group session, 2020
  5. Mr. Eric HABIMANA NKURUNZIZA, Policy Analyst (eric.habimana@minict.gov.rw)

WSIS Forum 2020
  6. Dr. Grace MUKAMANA, ICT Research Fellow, University of Rwanda (g.mukamana@ur.ac.rw)

Hon. Minister Eugène NTAWUKURIRYAYO has asked me to convey his appreciation for this initiative.

Kind regards,

Claudine Uwamahoro
Director of International Cooperation
Ministry of ICT and Innovation, Kigali
Tel: +250 788 312 405
""",
  dels=[D("Jean de Dieu NSHIMIYIMANA", "Director General of Innovation, MINICT", "jdd.nshimiyimana@minict.gov.rw"),
        D("Aline UMUTONI KAYITESI", "Senior Officer, ICT Entrepreneurship", "aline.umutoni@minict.gov.rw"),
        D("Patrick MUGISHA", "Head of Economic Regulation, RURA", "patrick.mugisha@rura.rw"),
        D("Diane INGABIRE", "Startup Programmes Lead, Rwanda ICT Chamber", "dingabire@ictchamber.rw"),
        D("Eric HABIMANA NKURUNZIZA", "Policy Analyst", "eric.habimana@minict.gov.rw"),
        D("Grace MUKAMANA", "ICT Research Fellow, University of Rwanda", "g.mukamana@ur.ac.rw")],
  sess=[BUD, CWG, WSIS])

# =====================================================================================================
#                        what each file tests (hand notes; the README adds the rest)
# =====================================================================================================
NOTES = {
    "en_02_ind_nomination_numbered.eml": "Shri/Smt. honorifics; numbered list; signer in brackets not a delegate",
    "en_03_nga_label_blocks.eml": "label/value blocks; Engr., Dr. (Mrs.), Alhaji glued before names",
    "en_04_ken_mission_gmail.eml": "Permanent Mission note; mission contact named but not nominated",
    "en_06_usa_interest_cwg_only.eml": "declines Budapest but interest for cwg-2020 only",
    "en_08_sgp_nomination_chinese_order.eml": "Chinese-order name in English with capitalised surname first",
    "en_09_pak_two_sessions.eml": "different nominee per session (bullets)",
    "en_10_gha_html_table.eml": "HTML-only table of 4 delegates with sessions column",
    "en_12_zaf_correction_replace.eml": "correction replacing the person; old nominee still mentioned",
    "en_13_mmr_u_daw.eml": "Burmese honorifics U / Daw; signer Daw not nominated",
    "en_14_lka_initials.eml": "initials in name; received 23:47 on deadline day (not late)",
    "en_19_bgd_late.eml": "Md. is part of the name; late",
    "en_20_nonstate_sme_association.eml": "non-state sender: member_state null",
    "en_21_uga_for_minister.eml": "secretary writing for a minister; minister and Houlin Zhao mentioned, not nominated",
    "en_22_ind_correction_add_late.eml": "correction adding a third person; late",
    "en_24_fji_signature_self.eml": "self-nomination, name only in signature",
    "en_25_read_receipt.eml": "read receipt (multipart/report disposition-notification)",
    "en_27_academic_inquiry_nonstate.eml": "non-state inquiry after deadline (late null)",
    "fr_02_sen_epouse.eml": "surname in capitals; married name 'épouse'; signer not nominated",
    "fr_03_civ_nom_prenoms.eml": "'Nom et prénoms' blocks, SURNAME first; épse",
    "fr_06_mar_three_sessions.eml": "three nominees, one per session; compound Moroccan surnames",
    "fr_07_tun_correction_of_arabic.eml": "French correction superseding an Arabic nomination",
    "fr_08_cmr_minister_mentioned.eml": "minister and signatory named; SURNAME-first delegate plus accompanying person",
    "fr_10_hti_late.eml": "late, Gmail quote of the circular in French",
    "fr_11_cod_html_only.eml": "HTML-only Outlook rendering, iso-8859-1 QP",
    "es_01_esp_nomination.eml": "D. honorific, compound surname 'Pérez de la Fuente'",
    "es_02_mex_two_surnames.eml": "Lic./Ing. titles, two surnames, signer Mtra.",
    "es_05_chl_mission.eml": "Mission note verbale; counsellor as contact, not nominated",
    "es_06_chl_correction_remove.eml": "correction removing one of two delegates",
    "es_09_bol_late.eml": "late; ITU Received header in +0000",
    "es_13_cri_sessions.eml": "label per session (budapest + cwg); addressed to Houlin Zhao",
    "es_14_gnq_nomination.eml": "Don + SURNAMES in capitals, 22:31 on deadline day",
    "ar_01_egy_windows1256.eml": "windows-1256 QP; المهندس/ honorific with slash; Latin alias",
    "ar_02_sau_nasab.eml": "nasab with بن chain; contact person not nominated; signer م.",
    "ar_03_are_html_rtl.eml": "HTML-only RTL, bullets with المهندس/ المهندسة/",
    "ar_05_omn_mission_ambassador.eml": "note verbale; ambassador signer; الفاضل/ honorific; Latin alias",
    "ar_08_qat_correction_add.eml": "correction adding a person, 23:58 on deadline day (not late)",
    "ar_11_lbn_numbered_three.eml": "Arabic-Indic numbering, 3 delegates, 2 sessions",
    "ar_13_irq_iso8859_6.eml": "iso-8859-6 charset",
    "ar_15_bhr_nomination.eml": "ITU Received 22:10 +0000 = 00:10 Geneva: late",
    "ru_01_rus_koi8r.eml": "koi8-r QP; surname-first with patronymic",
    "ru_02_blr_cp1251_base64.eml": "г-н / г-жа before surname-first names; ё",
    "ru_05_tjk_mission.eml": "note verbale in Russian, Gmail HTML",
    "ru_09_rus_correction_replace.eml": "replacement; old nominee in genitive initials",
    "ru_13_rus_wsis_second.eml": "second body of the same state for the 2020 sessions; late",
    "zh_01_chn_gb2312.eml": "gb2312 base64; pinyin alias; contact person 刘芳 not nominated",
    "zh_02_chn_mission_correction_add.eml": "gbk QP correction adding a person",
    "zh_03_chn_self_nomination_signature.eml": "self-nomination from signature",
    "zh_04_big5_auto_reply.eml": "big5 auto-reply",
    "zh_05_chn_html_table.eml": "HTML table in gbk; 2020 sessions only",
    "zh_09_nonstate_association_interest.eml": "non-state association",
    "de_01_deu_nomination.eml": "Herrn Dr. / Frau Dipl.-Ing. before names; 'Im Auftrag' signer",
    "de_02_aut_nomination.eml": "Mag. Dr.; Sektionschef DI Dr. mentioned, not nominated",
    "hu_01_hun_host_four.eml": "Hungarian surname-first order, dr., 4 delegates, bullets",
    "hu_02_hun_correction_late.eml": "replace one and remove one; late",
    "el_01_grc_iso8859_7.eml": "Greek accusative in prose, nominative in block; Latin alias",
    "sr_01_srb_cyrillic.eml": "Serbian Cyrillic with Latin alias; accusative in prose",
    "sl_01_svn_nomination.eml": "mag. prefix",
    "uk_01_ukr_koi8u.eml": "koi8-u",
    "uk_02_ukr_correction_add.eml": "correction adding a person",
    "pl_01_pol_iso8859_2.eml": "Pan dr inż. / Pani mgr",
    "cs_01_cze_cp1250.eml": "Ing. ... , Ph.D. around the name",
    "is_01_isl_patronymic.eml": "Icelandic patronymic",
    "az_01_aze_oglu.eml": "Azerbaijani patronymic with oğlu",
    "kk_01_kaz_nomination.eml": "Kazakh -ұлы patronymic with Russian spelling alias; follows ru_03 interest",
    "uz_01_uzb_nomination.eml": "o‘g‘li patronymic with modifier letters",
    "mn_01_mng_nomination.eml": "Mongolian patronymic (genitive) + given name; B. Batbold alias",
    "fa_01_irn_zwnj.eml": "ZWNJ inside surname; آقای مهندس / خانم دکتر",
    "he_01_isr_nomination.eml": "windows-1255; ד\"ר and מר; gershayim in title",
    "ja_01_jpn_iso2022jp.eml": "iso-2022-jp; kana reading and romaji aliases",
    "ja_02_jpn_sjis_correction_email.eml": "shift_jis correction of an e-mail address",
    "ko_01_kor_euckr.eml": "euc-kr; title after name (사무관)",
    "th_01_tha_tis620.eml": "tis-620; นาย / นางสาว glued before names",
    "vi_01_vnm_nomination.eml": "received exactly at the deadline second (not late)",
    "id_01_idn_single_name.eml": "single Indonesian name; Bapak/Ibu; signer Dra. ..., M.Si.",
    "id_02_idn_correction_late.eml": "Ir. ..., M.Sc.; replacement; late",
    "ms_01_mys_bin_binti.eml": "bin / binti names; Encik / Puan",
    "tl_01_phl_self_wsis.eml": "Tagalog self-nomination for wsis-2020, after deadline",
    "hi_01_ind_hindi_wsis.eml": "Hindi, श्री honorific, Latin alias, wsis-2020",
    "bn_01_bgd_cwg.eml": "মোঃ (Md.) part of name; cwg-2020",
    "ne_01_npl_date_vs_received.eml": "Date header before the deadline, ITU reception after: late",
    "km_01_khm_nomination.eml": "Khmer; លោក honorific; Latin alias",
    "am_01_eth_nomination.eml": "Ethiopian three-part names; አቶ / ወ/ሮ; Latin alias",
    "so_01_som_late.eml": "Somali spelling with English alias; Mudane; late",
    "sm_01_wsm_late_matai.eml": "matai title part of the name; late",
    "to_01_ton_self_nomination.eml": "Tongan self-nomination from signature",
    "tr_02_tur_nomination.eml": "Bey / Hanım after the names",
    "en_28_rwa_six_delegates.eml": "six delegates grouped by session, SURNAMES in capitals; minister named, not nominated",
}


# =====================================================================================================
#                                         transport rendering
# =====================================================================================================
TO_FORMS = ["sme@itu.int", "\"sme\" <sme@itu.int>", "ITU SME <sme@itu.int>", "\"sme@itu.int\" <sme@itu.int>"]
HTML_LANG = {"ar": "AR-SA", "fa": "FA-IR", "he": "HE"}
RTL = ("ar", "fa", "he")
MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "o365": None,
    "gmail": None,
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101 Thunderbird/60.8.0"),
    "zimbra": ("X-Mailer", "Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)"),
    "lotus": ("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 November 13, 2018"),
    "yandex": ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
    "qq": ("X-Mailer", "QQMail 2.x"),
    "mailru": ("X-Mailer", "Mail.Ru Mailer 1.0"),
    "mailchimp": ("X-Mailer", "MailChimp Mailer - **CID7f3a22c1**"),
    "other": ("X-Mailer", "Foxmail 7.2.11.303[cn]"),
}


def ip_for(seed, first=None):
    n = int(hx(seed, 8), 16)
    a = first if first is not None else 41 + n % 150
    return "%d.%d.%d.%d" % (a, (n >> 8) % 256, (n >> 16) % 256, 1 + (n >> 24) % 253)


def fmt_addr(name, addr, hcs):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, hcs).encode(linesep="\n"), addr)


def enc_header(name, value, hcs):
    try:
        value.encode("ascii")
        return "%s: %s" % (name, value)
    except UnicodeEncodeError:
        return "%s: %s" % (name, Header(value, hcs, header_name=name).encode(linesep="\n"))


def header_charset(spec, text):
    cs = spec["cs"]
    if spec["client"] == "gmail":
        return "utf-8"
    if cs == "shift_jis":
        return "iso-2022-jp"
    if cs in ("utf-8", "us-ascii"):
        return "utf-8"
    try:
        text.encode(cs)
        return cs
    except UnicodeEncodeError:
        return "utf-8"


def encode_body(text, cs, cte):
    raw = text.encode(cs, "strict")
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def leaf(ctype, text, cs, cte, quoted=True):
    csv = '"%s"' % cs if quoted else cs
    head = ["Content-Type: %s; charset=%s" % (ctype, csv), "Content-Transfer-Encoding: %s" % cte]
    body = encode_body(text, cs, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head, body


EMAIL_RE = re.compile(r"([A-Za-z0-9_.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def html_line(line):
    esc = htmlmod.escape(line, quote=False)
    return EMAIL_RE.sub(r'<a href="mailto:\1">\1</a>', esc)


def outlook_html(spec, body, quote_text):
    cs, lang = spec["cs"], spec["lang"]
    rtl = lang in RTL
    paras = []
    for ln in (body.rstrip("\n") + quote_text.rstrip("\n")).split("\n"):
        if ln.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif set(ln) == {"_"}:
            paras.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
        else:
            style = ' dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed"' if rtl else ""
            paras.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (style, html_line(ln)))
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:.0001pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72"%s>
<div class="WordSection1">
%s
</div>
</body>
</html>
""" % (cs, HTML_LANG.get(lang, "EN-US"), ' dir="RTL"' if rtl else "", "\n".join(paras)))


def gmail_html(spec, body, quote_text):
    rtl = spec["lang"] in RTL
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = []
    for ln in body.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (html_line(ln) if ln.strip() else "<br>"))
    html = "<div%s>%s</div>" % (d, "\n".join(out))
    if quote_text.strip():
        lines = quote_text.strip("\n").split("\n")
        attr = lines[0]
        qlines = [re.sub(r"^> ?", "", ln) for ln in lines[1:] if ln != ""]
        qhtml = "<br>\n".join(html_line(ln) for ln in qlines)
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s</blockquote></div>'
                 % (html_line(attr), qhtml))
    return html + "\n"


def boundary(spec, n=0):
    f = spec["file"] + str(n)
    if spec["client"] == "gmail":
        return "000000000000" + hx(f, 16)
    if spec["client"] in ("outlook", "o365"):
        return "_%03d_%s_" % (n, hx(f, 40).upper())
    return "----=_Part_%d_%d.%d" % (hnum(f, 900000) + 100000, hnum(f + "a", 90000000) + 10000000, 1564000000000 + hnum(f, 10 ** 9))


def received_lines(spec, top_dt, hop_dt):
    dom = spec["frm"][1].split("@", 1)[1]
    f = spec["file"]
    mx = spec["mx"] or 1 + hnum(f + "mx", 3)
    qid = base64.b32encode(hashlib.sha1(f.encode()).digest()).decode()[:14].replace("=", "")
    top_when = format_datetime(top_dt) + (" (CEST)" if spec["mxtz"] == "+0200" else "")
    c = spec["client"]
    if c == "gmail":
        relay = "mail-%s-f%d.google.com" % (["wr1", "wm1", "lj1", "pf1", "qk1"][hnum(f, 5)], 40 + hnum(f, 150))
        relay_ip = "209.85.%d.%d" % (128 + hnum(f + "a", 100), 1 + hnum(f + "b", 250))
        hop_dt = hop_dt.astimezone(tz("-0700"))
        hop = "by 2002:a17:90a:%s:0:0:0:0 with SMTP id %s;\n        %s (PDT)" % (hx(f, 4), hx(f + "s", 6), format_datetime(hop_dt))
    elif c == "o365":
        relay = "EUR%02d-%s-obe.outbound.protection.outlook.com" % (1 + hnum(f, 5), ["VE1", "DB5", "AM5", "HE1"][hnum(f, 4)])
        relay_ip = "40.107.%d.%d" % (hnum(f + "a", 255), 1 + hnum(f + "b", 250))
        inner = "AM0PR%02dMB%04d.eurprd0%d.prod.outlook.com" % (hnum(f, 90) + 10, hnum(f + "x", 9000) + 1000, hnum(f, 8) + 1)
        hop = ("from %s ([fe80::%s]) by %s\n ([fe80::%s%%7]) with mapi id 15.20.2157.022; %s"
               % (inner, hx(f + "1", 4), inner, hx(f + "1", 4), format_datetime(hop_dt.astimezone(timezone.utc))))
    elif c == "outlook":
        relay = "mail." + dom
        relay_ip = ip_for(dom)
        hop = ("from EXCH%02d.%s (10.%d.%d.%d) by mail.%s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.1713.5;\n %s"
               % (hnum(f, 4) + 1, dom, hnum(f, 250), hnum(f + "c", 250), 1 + hnum(f + "d", 250), dom, relay_ip, format_datetime(hop_dt)))
    else:
        relay = {"yandex": "forward%d-j.mail.yandex.net" % (100 + hnum(f, 9)), "qq": "smtpbg%d.qq.com" % (500 + hnum(f, 99)),
                 "mailru": "smtp%d.mail.ru" % (30 + hnum(f, 20)), "mailchimp": "mail%d.suw%d.mcdlv.net" % (hnum(f, 200), 10 + hnum(f, 20))}.get(c, "mail." + dom)
        relay_ip = ip_for(relay)
        hop = ("from [10.%d.%d.%d] (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <sme@itu.int>; %s"
               % (hnum(f, 250), hnum(f + "q", 250), 2 + hnum(f + "r", 250), hnum(f, 250), hnum(f + "q", 250), 2 + hnum(f + "r", 250),
                  relay, qid[:10], format_datetime(hop_dt)))
    top = ("from %s (%s [%s])\n\tby mx%d.itu.int (Postfix) with ESMTPS id %s\n\tfor <sme@itu.int>; %s"
           % (relay, relay, relay_ip, mx, qid, top_when))
    return ["Received: " + top, "Received: " + hop]


def render(spec):
    f = spec["file"]
    top_dt = datetime.strptime(spec["at"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(spec["mxtz"]))
    delay = spec["delay"] if spec["delay"] is not None else 12 + hnum(f + "delay", 290)
    sender_tz = tz(spec["tzs"])
    date_dt = (top_dt - timedelta(seconds=delay)).astimezone(sender_tz)
    hop_dt = (top_dt - timedelta(seconds=1 + hnum(f, 4))).astimezone(sender_tz)
    name, addr = spec["frm"]
    body = spec["body"] or ""
    to_field = spec["to"] or TO_FORMS[hnum(f + "to", len(TO_FORMS))]
    quote_text = quote_block(spec["quote"], to_field if spec["quote"][0] == "o" else "") if spec["quote"] else ""
    hcs = header_charset(spec, (name or "") + spec["subject"])
    heads = ["Return-Path: <%s>" % ("" if spec["kind"] == "bounce" else addr)]
    heads += received_lines(spec, top_dt, hop_dt)
    heads.append("From: " + fmt_addr(name, addr, hcs))
    heads.append("To: " + to_field)
    if spec["cc"]:
        heads.append("Cc: " + ", ".join(fmt_addr(n, a, hcs) for n, a in spec["cc"]))
    heads.append(enc_header("Subject", spec["subject"], hcs))
    heads.append("Date: " + format_datetime(date_dt))
    heads.append("Message-ID: " + spec["mid"])
    if spec["irt"]:
        heads.append("In-Reply-To: " + spec["irt"])
        heads.append("References: " + spec["irt"])
    if spec["quote"] and not spec["irt"]:
        circ_mid = "<CI-19-35.%s@itu.int>" % ("20190723140411" if spec["quote"].endswith("en") else "20190723140411." + spec["quote"][-2:])
        heads.append("In-Reply-To: " + circ_mid)
    m = MAILERS.get(spec["client"])
    for k, v in spec["extra"]:
        heads.append("%s: %s" % (k, v))
    heads.append("MIME-Version: 1.0")
    cs, cte = spec["cs"], spec["cte"]
    qcs = spec["client"] in ("outlook", "o365")
    fmt = spec["fmt"]
    if spec["report"]:
        rep = spec["report"]
        b = boundary(spec)
        parts = []
        h1, b1 = leaf("text/plain", body, cs, cte)
        parts.append((["Content-Description: Notification"] + h1, b1))
        if rep["kind"] == "dsn":
            rhost = "mail." + addr.split("@", 1)[1] if "MAILER-DAEMON" not in addr else "mx%d.itu.int" % (spec["mx"] or 1)
            ds = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n"
                  "Action: failed\nStatus: %s\nDiagnostic-Code: %s\n" % (rhost, rep["orig_date"], rep["rcpt"], rep["rcpt"], rep["status"], rep["diag"]))
            parts.append((["Content-Description: Delivery report", "Content-Type: message/delivery-status"], ds.encode("ascii")))
            oh = ("Return-Path: <%s>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <CI-19-35.%s@itu.int>\nMIME-Version: 1.0\n"
                  % (rep["orig_from"], rep["orig_from"], rep["rcpt"], rep["orig_subject"], rep["orig_date"], hx(f, 10)))
            parts.append((["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], oh.encode("ascii")))
            rtype = "delivery-status"
        else:
            dn = ("Reporting-UA: EXCH01.%s; Microsoft Exchange Server\nFinal-Recipient: rfc822;%s\n"
                  "Original-Message-ID: <CI-19-35.20190723140411@itu.int>\nDisposition: manual-action/MDN-sent-manually; displayed\n"
                  % (addr.split("@", 1)[1], rep["rcpt"]))
            parts.append((["Content-Type: message/disposition-notification"], dn.encode("ascii")))
            rtype = "disposition-notification"
        heads.append('Content-Type: multipart/report; report-type=%s;\n\tboundary="%s"' % (rtype, b))
        out = "\n".join(heads).encode("ascii") + b"\n\nThis is a MIME-encapsulated message.\n\n"
        for ph, pb in parts:
            out += ("--%s\n" % b).encode() + "\n".join(ph).encode("ascii") + b"\n\n" + pb + (b"" if pb.endswith(b"\n") else b"\n") + b"\n"
        out += ("--%s--\n" % b).encode()
        return out
    text = body.rstrip("\n") + "\n" + quote_text if body else ""
    if fmt in ("html", "alt"):
        html = gmail_html(spec, body, quote_text) if spec["client"] == "gmail" else outlook_html(spec, body, quote_text)
    else:
        html = spec["html"]
    if fmt == "plain":
        h, b = leaf("text/plain", text, cs, cte, qcs)
        heads += h
        if m:
            heads.append("%s: %s" % m)
        return "\n".join(heads).encode("ascii") + b"\n\n" + b
    if fmt in ("html", "htmlraw"):
        h, b = leaf("text/html", html, cs, cte, qcs)
        heads += h
        if m:
            heads.append("%s: %s" % m)
        return "\n".join(heads).encode("ascii") + b"\n\n" + b
    # multipart/alternative
    bnd = boundary(spec)
    heads.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
    if m:
        heads.append("%s: %s" % m)
    h1, b1 = leaf("text/plain", text, cs, cte, qcs)
    h2, b2 = leaf("text/html", html, cs, cte, qcs)
    out = "\n".join(heads).encode("ascii") + b"\n\n"
    for h, b in ((h1, b1), (h2, b2)):
        out += ("--%s\n" % bnd).encode() + "\n".join(h).encode("ascii") + b"\n\n" + b + b"\n"
    out += ("--%s--\n" % bnd).encode()
    return out


# =====================================================================================================
#                                         labels and validation
# =====================================================================================================
def label_of(spec):
    top_dt = datetime.strptime(spec["at"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz(spec["mxtz"]))
    kind = spec["kind"]
    return {
        "message_id": spec["mid"],
        "file": spec["file"],
        "kind": kind,
        "language": spec["lang"],
        "member_state": spec["state"],
        "delegates": [{"name": d["name"], "aliases": d["aliases"], "title": d["title"], "email": d["email"]} for d in spec["dels"]],
        "sessions": spec["sess"],
        "received_at": top_dt.isoformat(),
        "late": (top_dt > DEADLINE) if kind in TIMED_KINDS else None,
        "supersedes": spec["sup"],
    }


def strip_html(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</td>|</tr>|</li>|</th>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def collapse(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def validate(raw, lab, by_mid):
    errs = []
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if str(msg["Message-ID"]).strip() != lab["message_id"]:
        errs.append("Message-ID mismatch")
    recs = msg.get_all("Received") or []
    if not recs:
        errs.append("no Received")
    else:
        top = str(recs[0])
        if not re.search(r"by mx\d\.itu\.int", top):
            errs.append("topmost Received not mx*.itu.int")
        when = re.sub(r"\s*\([^)]*\)\s*$", "", top.rsplit(";", 1)[1].strip())
        dt = parsedate_to_datetime(when)
        if dt.isoformat() != lab["received_at"]:
            errs.append("received_at %s != %s" % (dt.isoformat(), lab["received_at"]))
        late = (dt > DEADLINE) if lab["kind"] in TIMED_KINDS else None
        if late != lab["late"]:
            errs.append("late mismatch")
    for hname in ("Subject", "From", "To"):
        h = msg[hname]
        if h is None or h.defects:
            errs.append("header defect %s: %r" % (hname, getattr(h, "defects", None)))
    texts = [str(msg["Subject"])]
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r in %s" % (part.defects, part.get_content_type()))
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True) or b""
        csn = part.get_content_charset() or "us-ascii"
        try:
            t = payload.decode(csn, "strict")
        except (UnicodeDecodeError, LookupError) as e:
            errs.append("strict decode failed %s: %s" % (csn, e))
            continue
        if part.get_content_subtype() == "html":
            t = strip_html(t)
        texts.append(t)
    for ln in raw.split(b"\n"):
        if len(ln) > 998:
            errs.append("line longer than 998 octets")
            break
    full = collapse("\n".join(texts))
    for d in lab["delegates"]:
        for key, val in [("name", d["name"]), ("email", d["email"]), ("title", d["title"])] + [("alias", a) for a in d["aliases"]]:
            if val and collapse(val) not in full:
                errs.append("%s not in text: %s" % (key, val))
    k = lab["kind"]
    if k in ("nomination", "correction") and not lab["delegates"]:
        errs.append("no delegates for " + k)
    if k not in ("nomination", "correction") and lab["delegates"]:
        errs.append("delegates on " + k)
    if k not in TIMED_KINDS and lab["sessions"]:
        errs.append("sessions on " + k)
    if k in TIMED_KINDS and not lab["sessions"]:
        errs.append("no sessions on " + k)
    if k in ("auto_reply", "bounce", "unrelated") and lab["member_state"] is not None:
        errs.append("member_state must be null")
    if (k == "correction") != (lab["supersedes"] is not None):
        errs.append("supersedes only and always on corrections")
    if lab["supersedes"]:
        prev = by_mid.get(lab["supersedes"])
        if prev is None:
            errs.append("supersedes unknown/later message")
        elif prev["member_state"] != lab["member_state"]:
            errs.append("supersedes another state's message")
    if not re.fullmatch(r"[a-z]{2}", lab["language"]):
        errs.append("bad language")
    if lab["member_state"] is not None and not re.fullmatch(r"[A-Z]{3}", lab["member_state"]):
        errs.append("bad member_state")
    return errs


def readme(labels):
    from collections import Counter
    n = len(labels)
    kinds = Counter(l["kind"] for l in labels)
    langs = Counter(l["language"] for l in labels)
    un = sum(v for k, v in langs.items() if k in ("ar", "zh", "en", "fr", "ru", "es"))
    late = sum(1 for l in labels if l["late"])
    after = sum(1 for l in labels if datetime.fromisoformat(l["received_at"]) > DEADLINE)
    ndel = sum(len(l["delegates"]) for l in labels)
    cs = Counter(s["cs"] for s in SPECS)
    cte = Counter(s["cte"] for s in SPECS)
    fmts = Counter(("report" if s["report"] else s["fmt"]) for s in SPECS)
    L = []
    L.append("# Blind corpus 15: replies to circular CI-19/35 (delegates and names across cultures)\n")
    L.append("Written by `make_corpus.py` (Python 3.11 standard library only, deterministic: re-running it gives "
             "byte-identical `messages/*.eml`, `labels.jsonl` and this README). Layout and labels follow "
             "`shared/corpus/SCHEMA.md`.\n")
    L.append("## How it was written\n")
    L.append("- Every reply text is hand-composed in `make_corpus.py`, one `M(...)` call per message with its label "
             "(kind, language, member state, delegates, sessions, supersedes) right beside it, written natively in its "
             "language in the register of a ministry, regulator, Permanent Mission, an individual nominee or a minister's "
             "secretary. Nothing is a translated template.")
    L.append("- Generated transport only: `Received:` chain (topmost always `mx1..3.itu.int`), `Message-ID`, `Date` "
             "(a few seconds to minutes before reception, in the sender's zone), MIME boundaries, header encoded-words, "
             "body charsets and transfer encodings, the Outlook/Gmail HTML rendering of the hand-written text, and "
             "quoted copies of the circular (EN/FR/ES/AR text with Outlook or Gmail reply headers in the sender's language).")
    L.append("- People, e-mail addresses and phone numbers are invented; institutions and Member States are real.")
    L.append("- Labels: names without honorifics/titles exactly as written (nominative where the prose inflects them, "
             "with a nominative form present in the message); aliases only for spellings the message itself gives; "
             "`received_at` = topmost Received; `late` against 16 Aug 2019 23:59:59 +02:00 for nomination, "
             "interest_only and correction only.")
    L.append("- The script validates its own output and exits non-zero on failure: each message parses with "
             "`email.policy.default` without defects, every text part decodes strictly, Message-ID equals the label, "
             "received_at equals the topmost Received date, late is recomputed, every labelled delegate name, alias, "
             "title and e-mail occurs in the decoded text, and kind-dependent fields are consistent "
             "(corrections supersede an earlier message of the same state).\n")
    L.append("## Counts\n")
    L.append("%d messages, %d languages, %d labelled delegates; six UN languages: %d messages (%.0f %%), others: %d (%.0f %%). "
             "Received after the deadline: %d (%.0f %%), of which late=true: %d.\n"
             % (n, len(langs), ndel, un, 100.0 * un / n, n - un, 100.0 * (n - un) / n, after, 100.0 * after / n, late))
    L.append("| kind | count |\n| --- | --- |")
    for k in KINDS:
        L.append("| %s | %d |" % (k, kinds.get(k, 0)))
    L.append("\n| language | count |\n| --- | --- |")
    for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("\nCharsets: " + ", ".join("%s %d" % kv for kv in sorted(cs.items())))
    L.append("\nTransfer encodings: " + ", ".join("%s %d" % kv for kv in sorted(cte.items())))
    L.append("\nBody shapes: " + ", ".join("%s %d" % kv for kv in sorted(fmts.items())) +
             " (plain = text/plain only; html/htmlraw = HTML only; alt = multipart/alternative; report = multipart/report)\n")
    L.append("## Files\n")
    L.append("| file | kind | state | what it tests |\n| --- | --- | --- | --- |")
    for s, l in zip(SPECS, labels):
        bits = []
        if l["delegates"]:
            bits.append("%d delegate%s" % (len(l["delegates"]), "s" if len(l["delegates"]) > 1 else ""))
        if l["sessions"] and l["sessions"] != [BUD]:
            bits.append("sessions " + "+".join(l["sessions"]))
        bits.append("%s/%s/%s" % (s["cs"], s["cte"], "report" if s["report"] else s["fmt"]))
        if s["quote"]:
            bits.append("quotes circular (%s)" % s["quote"])
        if l["late"]:
            bits.append("late")
        if l["supersedes"]:
            sup = next(x["file"] for x in SPECS if x["mid"] == l["supersedes"])
            bits.append("supersedes " + sup)
        note = NOTES.get(s["file"])
        desc = (note + "; " if note else "") + ", ".join(bits)
        L.append("| %s | %s | %s | %s |" % (s["file"], l["kind"], l["member_state"] or "-", desc.replace("|", "/")))
    return "\n".join(L) + "\n"


def main():
    os.makedirs(MSGDIR, exist_ok=True)
    for old in os.listdir(MSGDIR):
        if old.endswith(".eml"):
            os.remove(os.path.join(MSGDIR, old))
    files, mids = set(), set()
    labels, by_mid, failures = [], {}, []
    for spec in SPECS:
        if spec["file"] in files or spec["mid"] in mids:
            failures.append("%s: duplicate file or Message-ID" % spec["file"])
        files.add(spec["file"])
        mids.add(spec["mid"])
        lab = label_of(spec)
        try:
            raw = render(spec)
        except (UnicodeError, ValueError) as e:
            failures.append("%s: render failed: %s" % (spec["file"], e))
            continue
        errs = validate(raw, lab, by_mid)
        failures += ["%s: %s" % (spec["file"], e) for e in errs]
        by_mid[lab["message_id"]] = lab
        with open(os.path.join(MSGDIR, spec["file"]), "wb") as fh:
            fh.write(raw)
        labels.append(lab)
    with open(LABELS, "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(labels))
    if failures:
        print("VALIDATION FAILED (%d):" % len(failures), file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    print("wrote %d messages, labels.jsonl and README.md; validation passed" % len(labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
