#!/usr/bin/env python3
"""Blind test corpus 14 for circular CI-19/35 (ITU, "Fostering tech and innovation SMEs").

Every reply below is hand-written text, one M(...) call per message with its label first.
Only transport is generated here: Received headers (topmost always an ITU server), Message-ID,
MIME boundaries, header encodings, Outlook/Gmail HTML renderings of the hand-written text and
quoted copies of the circular under a reply.

Standard library only, deterministic.  Run:  python3 make_corpus.py
Writes messages/*.eml, labels.jsonl and README.md next to this script, then validates them
and exits non-zero when anything is wrong.
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "messages"
DEADLINE = datetime(2019, 8, 16, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
KINDS = ("nomination", "interest_only", "decline", "correction", "inquiry", "auto_reply", "bounce", "unrelated")
SESSIONS = ("budapest-2019", "cwg-2020", "wsis-2020")
UN6 = ("ar", "zh", "en", "fr", "ru", "es")
B = ["budapest-2019"]
BC = ["budapest-2019", "cwg-2020"]
BW = ["budapest-2019", "wsis-2020"]
ALL3 = ["budapest-2019", "cwg-2020", "wsis-2020"]
SME = "sme@itu.int"
CIRC_FROM = ("ITU Circulars", "circulars@itu.int")
CIRC_SENT = datetime(2019, 7, 23, 16, 5, 12, tzinfo=timezone(timedelta(hours=2)))

MESSAGES = []


def D(name, title=None, email=None, aliases=()):
    """One labelled delegate: name as written (no honorific), aliases only as the message gives them."""
    return {"name": name, "aliases": list(aliases), "title": title, "email": email}


def T(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def M(file, kind, lang, state, delegates=(), sessions=(), supersedes=None, *, note, frm, subject, body,
      recv, tz="+0200", date=None, to=None, cc=None, charset="utf-8", cte="quoted-printable", fmt="plain",
      mua="generic", html=None, quote=None, hdr_cs=None, hdr_enc="B", attach=(), extra=(), reply_to=None,
      forward_msg=None, report=None, itu_hops=None):
    """Register one message.  The first seven arguments are its label (late and received_at follow from recv)."""
    MESSAGES.append(dict(file=file, kind=kind, lang=lang, state=state, delegates=list(delegates),
                         sessions=list(sessions), supersedes=supersedes, note=note, frm=frm, subject=subject,
                         body=body, recv=recv, tz=tz, date=date, to=to, cc=cc, charset=charset, cte=cte, fmt=fmt,
                         mua=mua, html=html, quote=quote, hdr_cs=hdr_cs, hdr_enc=hdr_enc, attach=list(attach),
                         extra=list(extra), reply_to=reply_to, forward_msg=forward_msg, report=report,
                         itu_hops=itu_hops))


# --------------------------------------------------------------------------------------------------
# quoted copies of the circular (transport: what the sender's client appends under a reply)
# --------------------------------------------------------------------------------------------------
CIRCULAR = {
    "en": """Circular letter CI-19/35
Geneva, 23 July 2019

To: Member States of the ITU
Subject: Consultation sessions for Member States: "Fostering tech and innovation SMEs"

Dear Sir/Madam,

I am pleased to invite your delegation to participate in a series of consultation sessions entitled "Fostering tech and innovation SMEs". The first session will be held on 10 September 2019 during ITU Telecom World 2019 in Budapest, Hungary. Similar sessions are planned during the Council Working Group meetings in early 2020, during the WSIS Forum 2020 and at other events.

[...]

Please express your interest and indicate the participant nominated for the first consultation session at ITU Telecom World no later than 16 August 2019 to the ITU Secretariat at: sme@itu.int

Contact: Mr Christopher Clark, sme@itu.int

Yours faithfully,
(signed)
Houlin Zhao
Secretary-General""",
    "fr": """Lettre circulaire CI-19/35
Genève, le 23 juillet 2019

Aux Etats Membres de l'UIT
Objet: Sessions de consultation pour les Etats Membres: "Favoriser les PME du secteur des technologies et de l'innovation"

Madame, Monsieur,

J'ai le plaisir d'inviter votre délégation à participer à une série de sessions de consultation intitulée "Favoriser les PME du secteur des technologies et de l'innovation". La première session se tiendra le 10 septembre 2019 pendant ITU Telecom World 2019 à Budapest (Hongrie). Des sessions analogues sont prévues pendant les réunions des Groupes de travail du Conseil au début de 2020, pendant le Forum du SMSI 2020 et lors d'autres manifestations.

[...]

Je vous saurais gré de bien vouloir faire part de votre intérêt et indiquer le nom du participant désigné pour la première session de consultation d'ici au 16 août 2019 au secrétariat de l'UIT à l'adresse: sme@itu.int

Contact: M. Christopher Clark, sme@itu.int

Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.
(signé)
Houlin Zhao
Secrétaire général""",
    "es": """Carta Circular CI-19/35
Ginebra, 23 de julio de 2019

A los Estados Miembros de la UIT
Asunto: Sesiones de consulta para los Estados Miembros: "Fomentar las pymes tecnológicas y de innovación"

Muy Señora mía/Muy Señor mío:

Tengo el agrado de invitar a su delegación a participar en una serie de sesiones de consulta tituladas "Fomentar las pymes tecnológicas y de innovación". La primera sesión tendrá lugar el 10 de septiembre de 2019 durante ITU Telecom World 2019 en Budapest (Hungría). Se prevén sesiones similares durante las reuniones de los Grupos de Trabajo del Consejo a principios de 2020, durante el Foro de la CMSI 2020 y en otros eventos.

[...]

Le ruego manifieste su interés e indique el participante designado para la primera sesión a más tardar el 16 de agosto de 2019 a la Secretaría de la UIT: sme@itu.int

Contacto: Sr. Christopher Clark, sme@itu.int

Atentamente,
(firmado)
Houlin Zhao
Secretario General""",
    "ru": """Циркулярное письмо CI-19/35
Женева, 23 июля 2019 года

Государствам – Членам МСЭ
Предмет: Консультационные сессии для Государств-Членов: "Содействие развитию МСП в области технологий и инноваций"

Уважаемая госпожа,
Уважаемый господин,

Имею честь пригласить вашу делегацию принять участие в серии консультационных сессий "Содействие развитию МСП в области технологий и инноваций". Первая сессия состоится 10 сентября 2019 года в ходе ITU Telecom World 2019 в Будапеште, Венгрия. Аналогичные сессии планируется провести во время собраний рабочих групп Совета в начале 2020 года, во время Форума ВВУИО 2020 года и на других мероприятиях.

[...]

Просьба сообщить о своей заинтересованности и указать участника, назначенного на первую сессию, не позднее 16 августа 2019 года по адресу: sme@itu.int

Контактное лицо: г-н Кристофер Кларк (Christopher Clark), sme@itu.int

С уважением,
(подпись)
Хоулинь Чжао
Генеральный секретарь""",
    "ar": """الأمين العام
جنيف، 23 يوليو 2019
إلى الدول الأعضاء في الاتحاد الدولي للاتصالات
CI-19/35
الموضوع: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار

حضرات السادة والسيدات،
تحية طيبة وبعد،

يسرني أن أدعو وفدكم إلى المشاركة في سلسلة من جلسات التشاور يُطلق عليها اسم "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار". وستعقد الجلسة الأولى في 10 سبتمبر 2019 أثناء تليكوم العالمي للاتحاد الذي سيعقد في بودابست، هنغاريا.

[...]

ويرجى أن تفضلوا بإبداء اهتمامكم والإفادة بالمشارك المرشح لحضور جلسة التشاور الأولى التي ستجري أثناء تليكوم العالمي للاتحاد في موعد أقصاه 16 أغسطس 2019 إلى أمانة الاتحاد في العنوان التالي: sme@itu.int

مسؤول الاتصال: السيد كريستوفر كلارك (Mr Christopher Clark)

وتفضلوا بقبول فائق التقدير والاحترام.
(توقيع)
هولين جاو""",
    "zh": """通函 CI-19/35
2019年7月23日，日内瓦

致：国际电联各成员国
事由：面向成员国的磋商会议：“扶持科技和创新型中小企业”

尊敬的先生/女士：

我很高兴地邀请贵代表团参加题为“扶持科技和创新型中小企业”的系列磋商会议。首次会议将于2019年9月10日在匈牙利布达佩斯举办的2019年国际电联世界电信展期间举行。我们计划在2020年初理事会工作组会议期间、2020年信息社会世界峰会论坛期间以及其他活动期间举办类似会议。

[……]

请于2019年8月16日之前向国际电联秘书处（sme@itu.int）表明贵方的兴趣并告知参加首次磋商会议的人员。

联系人：Christopher Clark先生，sme@itu.int

顺致敬意！
（签字）
秘书长
赵厚麟""",
}
CIRC_SUBJ = {
    "en": 'CI-19/35: Consultation sessions for Member States: "Fostering tech and innovation SMEs"',
    "fr": 'CI-19/35: Sessions de consultation pour les Etats Membres: "Favoriser les PME du secteur des technologies et de l\'innovation"',
    "es": 'CI-19/35: Sesiones de consulta para los Estados Miembros: "Fomentar las pymes tecnológicas y de innovación"',
    "ru": 'CI-19/35: Консультационные сессии для Государств-Членов: "Содействие развитию МСП в области технологий и инноваций"',
    "ar": "CI-19/35: جلسات تشاور للدول الاعضاء: تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار",
    "zh": "CI-19/35：面向成员国的磋商会议：“扶持科技和创新型中小企业”",
}
# localized labels of the quoting client: (from, sent, to, subject, original-message line, "wrote" template)
QLABELS = {
    "en": ("From", "Sent", "To", "Subject", "-----Original Message-----", "On {d}, {n} <{a}> wrote:"),
    "fr": ("De", "Envoyé", "À", "Objet", "-----Message d'origine-----", "Le {d}, {n} <{a}> a écrit :"),
    "es": ("De", "Enviado el", "Para", "Asunto", "-----Mensaje original-----", "El {d}, {n} (<{a}>) escribió:"),
    "ru": ("От", "Отправлено", "Кому", "Тема", "-----Исходное сообщение-----", "{d}, {n} <{a}>:"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "الموضوع", "-----الرسالة الأصلية-----", "في {d}، كتب {n} <{a}>:"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "-----原始邮件-----", "{n} <{a}> 于{d}写道："),
    "de": ("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----", "Am {d} schrieb {n} <{a}>:"),
    "pt": ("De", "Enviada em", "Para", "Assunto", "-----Mensagem original-----", "Em {d}, {n} <{a}> escreveu:"),
    "it": ("Da", "Inviato", "A", "Oggetto", "-----Messaggio originale-----", "Il giorno {d} {n} <{a}> ha scritto:"),
}
QDATES = {
    "en": "Tuesday, July 23, 2019 4:05 PM", "fr": "mardi 23 juillet 2019 16:05", "es": "martes, 23 de julio de 2019 16:05",
    "ru": "23 июля 2019 г. 16:05", "ar": "23 يوليو 2019 04:05 م", "zh": "2019年7月23日 16:05",
    "de": "Dienstag, 23. Juli 2019 16:05", "pt": "terça-feira, 23 de julho de 2019 16:05",
    "it": "martedì 23 luglio 2019 16:05",
}


def quoted_circular(m):
    qlang = m["quote"]
    ul = m["lang"] if m["lang"] in QLABELS else "en"
    lf, ls, lt, lsub, lorig, wrote = QLABELS[ul]
    text = CIRCULAR[qlang]
    if m["mua"] in ("gmail", "iphone", "thunderbird", "android"):
        head = wrote.format(d=QDATES[ul], n=CIRC_FROM[0], a=CIRC_FROM[1])
        return "\n\n" + head + "\n\n" + "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n")) + "\n"
    to = m["frm"][1]
    sep = "________________________________" if m["mua"] == "outlook" else lorig
    return ("\n\n" + sep + "\n" + f"{lf}: {CIRC_FROM[0]} <{CIRC_FROM[1]}>\n{ls}: {QDATES[ul]}\n{lt}: {to}\n"
            f"{lsub}: {CIRC_SUBJ[qlang]}\n\n" + text + "\n")


# --------------------------------------------------------------------------------------------------
# transport helpers
# --------------------------------------------------------------------------------------------------
def rng_for(m):
    return random.Random(hashlib.sha256(m["file"].encode()).hexdigest())


def hexs(r, n):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def enc_words(text, cs, enc="B", split=True):
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    if all(ord(c) < 128 for c in text) and "=?" not in text:
        return text
    words, chunk = [], ""
    prefix = f"=?{cs}?{enc}?"

    def encode(s):
        raw = s.encode(cs)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            ch = chr(b)
            if ch == " ":
                out.append("_")
            elif b < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append("=%02X" % b)
        return "".join(out)

    for ch in text:
        if split and len(prefix) + len(encode(chunk + ch)) + 2 > 75 and chunk:
            words.append(prefix + encode(chunk) + "?=")
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(prefix + encode(chunk) + "?=")
    return "\n ".join(words)


def addr(name, a, cs, enc):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"' + name.replace('"', '\\"') + f'" <{a}>'
        return f"{name} <{a}>"
    # in a phrase, Python (like many clients) puts a space between adjacent encoded words, so long display
    # names are split only where the name itself has a space, and that space is left out of the words
    words, cur = [], ""
    for tok in name.split(" "):
        cand = (cur + " " + tok) if cur else tok
        if cur and len(enc_words(cand, cs, enc)) > 75:
            words.append(cur)
            cur = tok
        else:
            cur = cand
    words.append(cur)
    return "\n ".join(enc_words(w, cs, enc, split=False) if any(ord(c) > 127 for c in w) else w for w in words) + f" <{a}>"


def fold_addrs(items):
    return ",\n\t".join(items)


def tzname(off):
    return {"+0200": " (CEST)", "+0000": " (UTC)", "+0100": " (CET)"}.get(off, "")


def rfcdate(dt):
    return format_datetime(dt)


def domain_of(a):
    return a.split("@", 1)[1]


def make_msgid(m, r):
    dom = domain_of(m["frm"][1])
    mua = m["mua"]
    if mua == "outlook":
        host = f"{r.choice(['DB7','AM6','VI1','HE1','PR1','BN6','SN6','MN2','SG2','HK2','DM6','CY4'])}PR0{r.randint(1,9)}MB{r.randint(1000,9999)}"
        region = r.choice(["eurprd01", "eurprd02", "eurprd04", "eurprd06", "namprd03", "namprd11", "apcprd02", "apcprd03"])
        m["_host"] = f"{host}.{region}.prod.outlook.com"
        return f"<{host}{hexs(r, 16)}@{host}.{region}.prod.outlook.com>"
    if mua == "exchange":
        return f"<{hexs(r, 32).lower()}@{r.choice(['EXCH01','EXMBX2','MBX03','exch-cas1'])}.{dom}>"
    if mua in ("gmail", "android"):
        s = base64.b64encode(r.randbytes(30)).decode().replace("/", "_").replace("+", "=")
        return f"<CA{s[:38]}@mail.gmail.com>"
    if mua == "iphone":
        return f"<{hexs(r,8)}-{hexs(r,4)}-{hexs(r,4)}-{hexs(r,4)}-{hexs(r,12)}@{dom}>"
    if mua == "lotus":
        return f"<OF{hexs(r,8)}.{hexs(r,8)}-ON{hexs(r,8)}.{hexs(r,8)}-{hexs(r,8)}.{hexs(r,8)}@{dom}>"
    if mua == "zimbra":
        return f"<{r.randint(100000000,999999999)}.{r.randint(10000,99999)}.{r.randint(1560000000000,1569999999999)}.JavaMail.zimbra@{dom}>"
    if mua == "foxmail":
        return f"<2019{r.randint(10**15,10**16-1)}{r.randint(100,999)}@{dom}>"
    if mua == "daemon":
        return f"<2019{r.randint(10**9,10**10-1)}.{hexs(r,10)}@{dom}>"
    return f"<{hexs(r,8).lower()}-{hexs(r,4).lower()}-{hexs(r,12).lower()}@{dom}>"


def sender_host(m, r):
    dom = domain_of(m["frm"][1])
    if m["mua"] == "outlook":
        z = r.choice(["EUR01", "EUR02", "EUR03", "EUR04", "NAM02", "NAM04", "APC01"])
        return (f"{z}-{r.choice(['DB5','VE1','AM5','HE1','BY2','SN1','SG2'])}-obe.outbound.protection.outlook.com",
                f"mail-{r.choice(['db5','ve1','am5','he1','by2','sn1','sg2'])}eur0{r.randint(1,5)}lp2{r.randint(10,99)}.outbound.protection.outlook.com",
                f"104.47.{r.randint(0,255)}.{r.randint(1,254)}")
    if m["mua"] in ("gmail", "android"):
        h = f"mail-{r.choice(['wr1','wm1','ed1','lj1','pf1','io1','qt1'])}-f{r.randint(41,199)}.google.com"
        return h, h, f"209.85.{r.randint(128,255)}.{r.randint(1,254)}"
    h = r.choice(["mail", "smtp", "mx", "mail2", "relay", "gw", "mailgw"]) + "." + dom
    return h, h, f"{r.randint(41,213)}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"


def received_chain(m, r, recv_dt, date_dt):
    mx = r.choice(["mx1", "mx2", "mx3"])
    if m["mua"] == "daemon" and domain_of(m["frm"][1]).endswith(".itu.int"):
        mx = domain_of(m["frm"][1]).split(".")[0]
    helo, rdns, ip = sender_host(m, r)
    qid = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") for _ in range(11))
    out = []
    hops = m["itu_hops"] if m["itu_hops"] is not None else (2 if r.random() < 0.3 else 1)
    off = recv_dt.strftime("%z")
    if hops == 2:
        out.append(f"from {mx}.itu.int ({mx}.itu.int [156.106.192.{r.randint(10,90)}])\n\tby mbx-gw{r.randint(1,3)}.itu.int "
                   f"(Postfix) with ESMTPS id {hexs(r,10)}\n\tfor <{SME}>; {rfcdate(recv_dt)}{tzname(off)}")
        mx_dt = recv_dt - timedelta(seconds=r.randint(1, 4))
    else:
        mx_dt = recv_dt
    tls = "with ESMTPS id" if m["mua"] != "daemon" else "id"
    if m["mua"] == "daemon":
        out.append(f"by {mx}.itu.int (Postfix)\n\tid {qid}; {rfcdate(mx_dt)}{tzname(mx_dt.strftime('%z'))}")
        return out
    out.append(f"from {helo} ({rdns} [{ip}])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t"
               f"by {mx}.itu.int (Postfix) {tls} {qid}\n\tfor <{SME}>; {rfcdate(mx_dt)}{tzname(mx_dt.strftime('%z'))}")
    s_dt = mx_dt - timedelta(seconds=r.randint(1, 9))
    if m["mua"] == "outlook":
        host = m["_host"]
        utc = s_dt.astimezone(timezone.utc)
        out.append(f"from {host}\n\t([fe80::{hexs(r,4).lower()}:{hexs(r,4).lower()}:{hexs(r,4).lower()}:{hexs(r,4).lower()}])\n\t"
                   f"by {host} ([fe80::{hexs(r,4).lower()}:{hexs(r,4).lower()}%5]) with mapi id\n\t"
                   f"15.20.2157.{r.randint(10,30):03d}; {rfcdate(utc).replace('-0000', '+0000')}")
    elif m["mua"] in ("gmail", "android"):
        local = s_dt.astimezone(timezone(timedelta(hours=-7)))
        out.append(f"by {helo} with SMTP id {''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))}.{r.randint(100,999)}\n\t"
                   f"for <{SME}>; {rfcdate(local)} (PDT)")
    else:
        local = s_dt.astimezone(date_dt.tzinfo)
        out.append(f"from [10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}] (unknown [10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}])\n\t"
                   f"by {helo} (Postfix) with ESMTPSA id {hexs(r,9)}\n\tfor <{SME}>; {rfcdate(local)}")
    return out


LOCALES = {"en": "en-US", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA", "zh": "zh-CN", "de": "de-DE",
           "pt": "pt-BR", "it": "it-IT", "nl": "nl-NL", "ja": "ja-JP", "ko": "ko-KR", "tr": "tr-TR", "fa": "fa-IR",
           "pl": "pl-PL", "uk": "uk-UA", "hu": "hu-HU", "cs": "cs-CZ", "sk": "sk-SK", "ro": "ro-RO", "bg": "bg-BG",
           "sr": "sr-Cyrl-RS", "hr": "hr-HR", "sl": "sl-SI", "el": "el-GR", "he": "he-IL", "hi": "hi-IN", "bn": "bn-BD",
           "ms": "ms-MY", "sw": "sw-KE", "kk": "kk-KZ", "uz": "uz-Latn-UZ", "az": "az-Latn-AZ", "ka": "ka-GE",
           "hy": "hy-AM", "mn": "mn-MN", "lt": "lt-LT", "lv": "lv-LV", "et": "et-EE", "fi": "fi-FI", "sv": "sv-SE",
           "da": "da-DK", "sq": "sq-AL", "mk": "mk-MK", "am": "am-ET", "ne": "ne-NP", "km": "km-KH", "lo": "lo-LA",
           "si": "si-LK", "id": "id-ID", "vi": "vi-VN", "th": "th-TH", "is": "is-IS"}

MUA_HEADERS = {
    "outlook": ["X-MS-Has-Attach: {att}", "X-MS-TNEF-Correlator:", "x-ms-exchange-transport-fromentityheader: Hosted",
                "x-originating-ip: [{ip}]"],
    "exchange": ["X-MS-Has-Attach: {att}", "X-MS-TNEF-Correlator:", "x-originating-ip: [10.{a}.{b}.{c}]"],
    "thunderbird": ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:60.0) Gecko/20100101\n Thunderbird/60.8.0"],
    "iphone": ["X-Mailer: iPhone Mail (16G77)"],
    "android": [],
    "gmail": [],
    "lotus": ["X-Mailer: IBM Notes Release 9.0.1FP10 SHF383 July 19, 2018", "X-MIMETrack: Serialize by Router on MAIL01/GOV(Release 9.0.1FP10|July 19, 2018) at\n {ds}"],
    "zimbra": ["X-Mailer: Zimbra 8.8.12_GA_3794 (ZimbraWebClient - GC75 (Win)/8.8.12_GA_3794)", "Thread-Topic: {tt}"],
    "foxmail": ["X-Mailer: Foxmail 7.2.9.156[cn]", "X-Priority: 3"],
    "roundcube": ["User-Agent: Roundcube Webmail/1.3.8", "X-Sender: {frm}"],
    "generic": [],
    "daemon": ["Auto-Submitted: auto-replied (failure)"],
}


# --------------------------------------------------------------------------------------------------
# MIME building (bytes, LF line ends)
# --------------------------------------------------------------------------------------------------
def encode_body(text, cs, cte):
    raw = text.encode(cs)  # strict: a hand-written text must fit its charset
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    return raw  # 8bit


def text_part(text, subtype, cs, cte, extra_params=""):
    if not text.endswith("\n"):
        text += "\n"
    h = f"Content-Type: text/{subtype}; charset=\"{cs}\"{extra_params}\nContent-Transfer-Encoding: {cte}\n\n".encode("ascii")
    return h + encode_body(text, cs, cte)


def multipart(subtype, parts, boundary, params=""):
    out = [f"Content-Type: multipart/{subtype};\n\tboundary=\"{boundary}\"{params}\n\n".encode("ascii")]
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii") + p + (b"" if p.endswith(b"\n") else b"\n"))
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def boundary(r, mua):
    if mua == "outlook" or mua == "exchange":
        return f"_000_{hexs(r, 40)}_"
    if mua in ("gmail", "android"):
        return f"000000000000{hexs(r, 16).lower()}"
    if mua == "iphone":
        return f"Apple-Mail-{hexs(r,8)}-{hexs(r,4)}-{hexs(r,4)}-{hexs(r,4)}-{hexs(r,12)}"
    if mua == "thunderbird":
        return f"------------{hexs(r, 24)}"
    return f"----=_Part_{r.randint(10000, 99999)}_{r.randint(100000000, 999999999)}.{r.randint(1560000000000, 1569999999999)}"


def to_html(text, mua, lang, cs):
    rtl = lang in ("ar", "fa", "he", "ur")
    esc = lambda s: htmlmod.escape(s, quote=False)
    lines = text.split("\n")
    if mua in ("gmail", "android", "iphone"):
        d = ' dir="rtl"' if rtl else ' dir="ltr"'
        body = "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in lines)
        return f"<div{d}>{body}</div>\n"
    lang_attr = {"en": "EN-US", "fr": "FR", "es": "ES", "ru": "RU", "ar": "AR-SA", "zh": "ZH-CN"}.get(lang, lang.upper())
    paras = []
    for l in lines:
        if l.strip():
            st = ' style="direction:rtl;unicode-bidi:embed"' if rtl else ""
            paras.append(f'<p class="MsoNormal"{st}>{esc(l)}<o:p></o:p></p>')
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n'
            f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def pdf_bytes(title):
    """A tiny, valid-looking PDF stand-in for a scanned note verbale (content is transport only)."""
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n4 0 obj<</Title(" + t + b")>>endobj\n"
            b"trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")


def attachment_part(name, r):
    data = pdf_bytes(name) if name.lower().endswith(".pdf") else (b"PK\x03\x04" + r.randbytes(200))
    ctype = "application/pdf" if name.lower().endswith(".pdf") else \
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if all(ord(c) < 128 for c in name):
        disp = f'attachment; filename="{name}"'
        ct = f'{ctype}; name="{name}"'
    else:
        from urllib.parse import quote as urlq
        disp = f"attachment; filename*=utf-8''{urlq(name)}"
        ct = f'{ctype}; name="{enc_words(name, "utf-8")}"'
    return (f"Content-Type: {ct}\nContent-Disposition: {disp}\nContent-Transfer-Encoding: base64\n\n".encode("ascii")
            + base64.encodebytes(data))


def build_body(m, r):
    text = m["body"].strip("\n") + "\n"
    if m["quote"]:
        text = text + quoted_circular(m)
    cs, cte, mua = m["charset"], m["cte"], m["mua"]
    if m["report"]:
        return m["report"](m, r, text)
    html_text = m["html"] if m["html"] is not None else None
    if m["fmt"] == "plain":
        flowed = '; format=flowed' if mua == "thunderbird" and cte in ("8bit", "7bit") else ""
        main = text_part(text, "plain", cs, cte, flowed)
    elif m["fmt"] == "html":
        h = html_text if html_text is not None else to_html(text, mua, m["lang"], cs)
        main = text_part(h, "html", cs, cte)
    elif m["fmt"] == "alt":
        h = html_text if html_text is not None else to_html(text, mua, m["lang"], cs)
        main = multipart("alternative", [text_part(text, "plain", cs, cte), text_part(h, "html", cs, cte)],
                         boundary(r, mua))
    else:
        raise ValueError(m["fmt"])
    parts = [main]
    if m["forward_msg"]:
        fm = m["forward_msg"]
        inner = fm(m, r)
        parts.append(b"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + inner)
    for a in m["attach"]:
        parts.append(attachment_part(a, r))
    if len(parts) == 1:
        return main
    return multipart("mixed", parts, boundary(r, mua) + "m")


def build(m):
    r = rng_for(m)
    recv_dt = T(m["recv"])
    tzo = datetime.strptime(m["tz"], "%z").tzinfo
    if m["date"]:
        date_dt = T(m["date"])
    else:
        lag = r.randint(1, 4) if m["mua"] == "daemon" else r.randint(6, 240)
        date_dt = (recv_dt - timedelta(seconds=lag)).astimezone(tzo)
    msgid = make_msgid(m, r)
    hcs = m["hdr_cs"] or (m["charset"] if m["charset"] not in ("us-ascii",) else "utf-8")
    enc = m["hdr_enc"]
    hdrs = []
    hdrs.append("Return-Path: <" + m["frm"][1] + ">")
    for rcv in received_chain(m, r, recv_dt, date_dt):
        hdrs.append("Received: " + rcv)
    if m["mua"] in ("outlook", "exchange", "gmail", "android", "zimbra"):
        hdrs.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain_of(m['frm'][1])}; s=selector1;\n\t"
                    f"h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n\tbh={base64.b64encode(r.randbytes(32)).decode()};\n\t"
                    f"b={base64.b64encode(r.randbytes(96)).decode()}")
    hdrs.append("From: " + addr(m["frm"][0], m["frm"][1], hcs, enc))
    tos = m["to"] if m["to"] is not None else [("", SME)]
    hdrs.append("To: " + fold_addrs([addr(n, a, hcs, enc) for n, a in tos]))
    if m["cc"]:
        hdrs.append("CC: " + fold_addrs([addr(n, a, hcs, enc) for n, a in m["cc"]]))
    if m["reply_to"]:
        hdrs.append("Reply-To: " + addr(m["reply_to"][0], m["reply_to"][1], hcs, enc))
    hdrs.append("Subject: " + enc_words(m["subject"], hcs, enc))
    hdrs.append("Date: " + rfcdate(date_dt))
    hdrs.append("Message-ID: " + msgid)
    for e in m["extra"]:
        hdrs.append(e)
    subj_l = m["subject"].lower()
    if m["mua"] in ("outlook", "exchange") and not m["report"]:
        hdrs.append("Thread-Topic: " + enc_words(m["subject"].split(": ", 1)[-1], hcs, enc))
        hdrs.append("Thread-Index: " + base64.b64encode(r.randbytes(22)).decode())
        hdrs.append("Content-Language: " + LOCALES.get(m["lang"], m["lang"]))
    if m["quote"] or subj_l.startswith(("re", "aw", "ответ", "رد", "回复", "res", "odp", "sv")):
        hdrs.append("In-Reply-To: <CI-19-35." + hashlib.md5(m["frm"][1].encode()).hexdigest()[:12] + "@itu.int>")
    ip = f"{r.randint(41,213)}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"
    for h in MUA_HEADERS.get(m["mua"], []):
        hdrs.append(h.format(att="yes" if (m["attach"] or m["forward_msg"]) else "no", ip=ip, a=r.randint(0, 255), b=r.randint(0, 255),
                             c=r.randint(1, 254), ds=rfcdate(date_dt), tt=enc_words(m["subject"], hcs, enc),
                             frm=m["frm"][1]))
    hdrs.append("MIME-Version: 1.0")
    body = build_body(m, r)
    head = "\n".join(hdrs).encode("ascii") + b"\n"
    return head + body, msgid, recv_dt


# --------------------------------------------------------------------------------------------------
# reports: bounces and read receipts (machine parts generated, human text hand-written)
# --------------------------------------------------------------------------------------------------
def dsn(recipient, status, diag, remote_mta, orig_subject, orig_date, lang_cs="utf-8", cte="quoted-printable",
        reporting_mta=None):
    def build_report(m, r, text):
        b = boundary(r, "generic")
        human = text_part(text, "plain", lang_cs, cte)
        arrival = rfcdate(T(orig_date))
        rep = reporting_mta or f"mx{r.randint(1,3)}.itu.int"
        ds = (f"Reporting-MTA: dns; {rep}\nX-Postfix-Queue-ID: {hexs(r,10)}\n"
              f"Arrival-Date: {arrival}\n\nFinal-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\n"
              f"Action: failed\nStatus: {status}\nRemote-MTA: dns; {remote_mta}\nDiagnostic-Code: smtp; {diag}\n")
        dpart = b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds.encode("ascii")
        oh = (f"Return-Path: <{SME}>\nFrom: ITU SME <{SME}>\nTo: {recipient}\n"
              f"Subject: {orig_subject}\nDate: {arrival}\nMessage-ID: <sme-{hexs(r,12).lower()}@itu.int>\nMIME-Version: 1.0\n")
        hpart = b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + oh.encode("ascii")
        return multipart("report", [human, dpart, hpart], b, "; report-type=delivery-status")
    return build_report


def mdn(final_recipient, orig_subject, orig_msgid_seed, lang_cs="utf-8", cte="quoted-printable"):
    def build_report(m, r, text):
        b = boundary(r, "outlook")
        human = text_part(text, "plain", lang_cs, cte)
        ds = (f"Reporting-UA: {domain_of(final_recipient)}; Microsoft Exchange Server\n"
              f"Final-Recipient: rfc822; {final_recipient}\n"
              f"Original-Message-ID: <sme-{hashlib.md5(orig_msgid_seed.encode()).hexdigest()[:16]}@itu.int>\n"
              f"Disposition: automatic-action/MDN-sent-automatically; displayed\n")
        dpart = b"Content-Type: message/disposition-notification\n\n" + ds.encode("ascii")
        return multipart("report", [human, dpart], b, "; report-type=disposition-notification")
    return build_report


def fwd_rfc822(frm, to, subject, date, body, charset="utf-8", cte="quoted-printable", mua="outlook"):
    """An earlier, hand-written message attached whole (message/rfc822) to a cover note."""
    def build_inner(m, r):
        rr = random.Random(m["file"] + "inner")
        hcs = charset if charset != "us-ascii" else "utf-8"
        h = [f"From: {addr(frm[0], frm[1], hcs, 'B')}", f"To: {fold_addrs([addr(n, a, hcs, 'B') for n, a in to])}",
             f"Subject: {enc_words(subject, hcs, 'B')}", f"Date: {rfcdate(T(date))}",
             f"Message-ID: {make_msgid(dict(m, frm=frm, mua=mua), rr)}", "MIME-Version: 1.0"]
        return "\n".join(h).encode("ascii") + b"\n" + text_part(body.strip("\n"), "plain", charset, cte)
    return build_inner


# --------------------------------------------------------------------------------------------------
# writing, labels, validation, README
# --------------------------------------------------------------------------------------------------
def iso(dt):
    return dt.isoformat()


def topmost_received_dt(msg):
    rcv = msg.get_all("Received") or []
    if not rcv:
        return parsedate_to_datetime(str(msg["Date"]))
    top = re.sub(r"\s+", " ", str(rcv[0]))
    stamp = top.rsplit(";", 1)[1].strip()
    stamp = re.sub(r"\s*\([A-Z]+\)\s*$", "", stamp)
    return parsedate_to_datetime(stamp)


def decoded_texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            txt = raw.decode(cs, "strict")
            out.append(txt)
            if part.get_content_subtype() == "html":
                out.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", txt)))
    return "\n".join(out)


def label_of(m, msgid, recv_dt, ids):
    late = None
    if m["kind"] in ("nomination", "interest_only", "correction"):
        late = recv_dt > DEADLINE
    return {
        "message_id": msgid, "file": m["file"], "kind": m["kind"], "language": m["lang"],
        "member_state": m["state"], "delegates": m["delegates"], "sessions": m["sessions"],
        "received_at": iso(recv_dt), "late": late,
        "supersedes": ids[m["supersedes"]] if m["supersedes"] else None,
    }


def validate(labels):
    errs = []
    SRC = {m["file"]: m for m in MESSAGES}
    seen_files, seen_ids = set(), set()
    order = {}
    for i, lab in enumerate(labels):
        f = lab["file"]
        where = f"{f}: "
        if f in seen_files:
            errs.append(where + "duplicate file")
        seen_files.add(f)
        if lab["message_id"] in seen_ids:
            errs.append(where + "duplicate message_id")
        seen_ids.add(lab["message_id"])
        data = (OUT / f).read_bytes()
        try:
            msg = message_from_bytes(data, policy=policy.default)
            for part in msg.walk():
                for k, v in part.items():
                    str(v)
                if part.defects:
                    errs.append(where + f"defects {part.defects}")
            if msg.defects:
                errs.append(where + f"defects {msg.defects}")
            text = decoded_texts(msg)
        except Exception as e:  # noqa: BLE001
            errs.append(where + f"parse/decode failure {e!r}")
            continue
        src = SRC[f]
        if str(msg["Subject"]) != src["subject"]:
            errs.append(where + f"Subject does not round-trip: {str(msg['Subject'])!r}")
        if msg["From"].addresses[0].display_name != src["frm"][0] or msg["From"].addresses[0].addr_spec != src["frm"][1]:
            errs.append(where + f"From does not round-trip: {str(msg['From'])!r}")
        if str(msg["Message-ID"]).strip() != lab["message_id"]:
            errs.append(where + "Message-ID differs from label")
        top = str((msg.get_all("Received") or [""])[0])
        if not re.search(r"by (mx\d|mbx-gw\d)\.itu\.int", top):
            errs.append(where + "topmost Received is not an ITU server")
        rdt = topmost_received_dt(msg)
        if iso(rdt) != lab["received_at"]:
            errs.append(where + f"received_at {lab['received_at']} != {iso(rdt)}")
        order[lab["message_id"]] = rdt
        k = lab["kind"]
        if k not in KINDS:
            errs.append(where + "bad kind")
        exp_late = (rdt > DEADLINE) if k in ("nomination", "interest_only", "correction") else None
        if lab["late"] != exp_late:
            errs.append(where + f"late {lab['late']} != {exp_late}")
        if k in ("auto_reply", "bounce", "unrelated") and lab["member_state"] is not None:
            errs.append(where + "member_state must be null")
        if lab["member_state"] is not None and not re.fullmatch(r"[A-Z]{3}", lab["member_state"]):
            errs.append(where + "bad member_state")
        if k in ("nomination", "correction"):
            if not lab["delegates"]:
                errs.append(where + "nomination/correction without delegates")
        elif lab["delegates"]:
            errs.append(where + "delegates on a kind that takes none")
        if k in ("nomination", "interest_only", "correction"):
            if not lab["sessions"] or any(s not in SESSIONS for s in lab["sessions"]):
                errs.append(where + "bad sessions")
        elif lab["sessions"]:
            errs.append(where + "sessions on a kind that takes none")
        if (k == "correction") != (lab["supersedes"] is not None):
            errs.append(where + "supersedes only and always for corrections")
        for d in lab["delegates"]:
            for v in [d["name"], d["email"], d["title"], *d["aliases"]]:
                if v and v not in text:
                    errs.append(where + f"{v!r} not in decoded text")
            if re.match(r"(?i)^(mr|mrs|ms|dr|h\.e\.|m\.|mme|sr|sra|prof)\b", d["name"]):
                errs.append(where + f"honorific in name {d['name']!r}")
    for lab in labels:
        if lab["supersedes"]:
            if lab["supersedes"] not in order:
                errs.append(lab["file"] + ": supersedes unknown message")
            elif order[lab["supersedes"]] >= order[lab["message_id"]]:
                errs.append(lab["file"] + ": correction not after the message it corrects")
    n = len(labels)
    langs = {lab["language"] for lab in labels}
    un = sum(lab["language"] in UN6 for lab in labels)
    if n < 140:
        errs.append(f"only {n} messages")
    if len(langs) < 45:
        errs.append(f"only {len(langs)} languages")
    if not (0.55 <= un / n <= 0.60):
        errs.append(f"UN-language share {un / n:.3f} outside 55-60 %")
    return errs


def readme(labels):
    from collections import Counter
    kinds = Counter(l["kind"] for l in labels)
    langs = Counter(l["language"] for l in labels)
    late = sum(1 for l in labels if l["late"])
    after = sum(1 for l in labels if datetime.fromisoformat(l["received_at"]) > DEADLINE)
    un = sum(langs[x] for x in UN6)
    notes = {m["file"]: m["note"] for m in MESSAGES}
    cs = {m["file"]: f'{m["charset"]}/{m["cte"]}/{m["fmt"]}' for m in MESSAGES}
    L = ["# Blind corpus 14 — CI-19/35 mailbox, the weeks after the circular", "",
         "Written by `make_corpus.py` (Python 3.11 standard library only, deterministic; re-running gives",
         "byte-identical files). Every reply is hand-composed text in that script, one `M(...)` call per message",
         "with its label as the first arguments. Only transport is generated: `Received:` chains (the topmost",
         "always an ITU server, `mx1-3.itu.int` or an internal `mbx-gw*.itu.int` hop), Message-IDs in the style of",
         "the sender's client, MIME boundaries, RFC 2047 header encodings, Outlook/Gmail HTML renderings of the",
         "hand-written text, quoted copies of the circular under replies, delivery-status and MDN machine parts.",
         "People, addresses and phone numbers are invented; institutions and Member States are real.", "",
         "The script validates its own output and exits non-zero on failure: every message parses with",
         "`email.policy.default` without defects, every text part decodes strictly, Message-ID equals the label,",
         "`received_at` equals the topmost `Received:` date, `late` is recomputed against 16 Aug 2019 23:59:59",
         "+02:00, every labelled delegate name, alias, title and e-mail occurs in the decoded text, corrections",
         "come after the message they supersede, and the size/language constraints hold.", "",
         "Labelling conventions used: a bilingual reply is labelled with the language of its first (leading)",
         "version; a forward is labelled with the language the forwarding sender wrote in; names keep the",
         "order and script the message gives (family name first where the message puts it first), other",
         "spellings the message itself gives are aliases; a withdrawal with no replacement is a `decline`;",
         "a nomination that follows an earlier interest-only reply is a `nomination`, not a correction;",
         "SMEs/companies writing in are non-state senders (`member_state` null); every `interest_only` reply",
         "names its session(s) explicitly, so no default is needed for that kind; an officer already nominated",
         "who only asks a question (zh_004) is an `inquiry`.", "",
         f"## Counts", "", f"{len(labels)} messages, {len(langs)} languages; six UN languages {un} "
         f"({100 * un / len(labels):.1f} %); late = true: {late}; received after the deadline (any kind): {after}.", "",
         "| kind | n |", "| --- | --- |"]
    for k in KINDS:
        L.append(f"| {k} | {kinds[k]} |")
    L += ["", "| language | n |", "| --- | --- |"]
    for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append(f"| {k} | {v} |")
    L += ["", "## Files", "", "| file | kind | encoding | what it tests |", "| --- | --- | --- | --- |"]
    for l in labels:
        L.append(f"| {l['file']} | {l['kind']} | {cs[l['file']]} | {notes[l['file']]} |")
    return "\n".join(L) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    built = []
    ids = {}
    for m in MESSAGES:
        data, msgid, recv_dt = build(m)
        (OUT / m["file"]).write_bytes(data)
        ids[m["file"]] = msgid
        built.append((m, msgid, recv_dt))
    labels = [label_of(m, msgid, recv_dt, ids) for m, msgid, recv_dt in built]
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    (HERE / "README.md").write_text(readme(labels), encoding="utf-8", newline="\n")
    errs = validate(labels)
    for e in errs:
        print("INVALID", e, file=sys.stderr)
    print(f"{len(labels)} messages written; {len(errs)} problems", file=sys.stderr)
    return 1 if errs else 0


# ==================================================================================================
# THE MESSAGES.  Label first (file, kind, language, member_state, delegates, sessions, supersedes),
# then the hand-written message.
# ==================================================================================================

# ------------------------------------------------------------------------------------------- English
M("en_001_utf8.eml", "nomination", "en", "GBR",
  [D("Eleanor Whitfield", "Head of International Digital Trade, DCMS", "eleanor.whitfield@culture.gov.uk")], B,
  note="Outlook alt text+HTML, quoted English circular, single nominee with title; later corrected by en_002",
  frm=("Whitfield, Eleanor", "eleanor.whitfield@culture.gov.uk"),
  cc=[("Okafor, Daniel", "daniel.okafor@culture.gov.uk"), ("UK Mission Geneva (ITU)", "itu.geneva@fco.gov.uk")],
  subject="RE: CI-19/35: Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  recv="2019-07-30 11:42:17 +0200", tz="+0100", mua="outlook", fmt="alt", quote="en", body="""
Dear Mr Clark,

Thank you for Circular CI-19/35. The United Kingdom welcomes the initiative and would be pleased to take part in the consultation session on 10 September in Budapest.

I will attend on behalf of the UK myself:

Eleanor Whitfield
Head of International Digital Trade, DCMS
eleanor.whitfield@culture.gov.uk

Colleagues at our Mission in Geneva are copied for information.

Kind regards,

Eleanor Whitfield
Head of International Digital Trade
Department for Digital, Culture, Media and Sport
100 Parliament Street, London SW1A 2BQ
Tel: +44 (0)20 7211 6093 | Mob: +44 (0)7700 900 418
""")

M("en_002_utf8.eml", "correction", "en", "GBR",
  [D("Thomas Brennan", "Senior Policy Adviser, Digital Trade and Growth", "thomas.brennan@culture.gov.uk")], B,
  "en_001_utf8.eml",
  note="correction replacing the only delegate of en_001 (same sender), sent before the deadline",
  frm=("Whitfield, Eleanor", "eleanor.whitfield@culture.gov.uk"),
  cc=[("Brennan, Thomas", "thomas.brennan@culture.gov.uk")],
  subject="UPDATE - UK nomination - CI-19/35 SME consultation, Budapest",
  recv="2019-08-12 09:05:51 +0200", tz="+0100", mua="outlook", fmt="alt", body="""
Dear Mr Clark,

Further to my email of 30 July, I am afraid I will no longer be able to travel to Budapest because of a ministerial commitment that week.

Please replace my name with that of my colleague, who will now be the UK participant in the session on 10 September:

Thomas Brennan
Senior Policy Adviser, Digital Trade and Growth
thomas.brennan@culture.gov.uk
+44 (0)20 7211 6457

Thomas is copied. Apologies for any inconvenience.

Best wishes,
Eleanor

Eleanor Whitfield
Head of International Digital Trade | DCMS
""")

M("en_003_utf8.eml", "nomination", "en", "USA",
  [D("Catherine M. Holloway", "Senior Advisor, Bureau of Economic and Business Affairs, U.S. Department of State", "hollowaycm@state.gov"),
   D("Rajiv Menon", "International Policy Specialist, NTIA, U.S. Department of Commerce", "rmenon@ntia.gov"),
   D("Denise Alvarado", "Director, Office of International Trade, U.S. Small Business Administration", "denise.alvarado@sba.gov")],
  BC,
  note="HTML table of three delegates with titles and e-mails (plain part too); covers Budapest and CWG 2020",
  frm=("Holloway, Catherine M", "hollowaycm@state.gov"),
  cc=[("Geneva ITU Team", "genevaitu@state.gov")],
  subject="RE: CI-19/35 - U.S. participants, Fostering tech and innovation SMEs",
  recv="2019-08-07 16:31:09 +0200", tz="-0400", mua="outlook", fmt="alt", body="""
Dear Mr. Clark,

On behalf of the United States, thank you for the invitation in Circular CI-19/35. The United States will participate in the first consultation session in Budapest on 10 September 2019, with the following delegation:

Name | Title | E-mail
Catherine M. Holloway | Senior Advisor, Bureau of Economic and Business Affairs, U.S. Department of State | hollowaycm@state.gov
Rajiv Menon | International Policy Specialist, NTIA, U.S. Department of Commerce | rmenon@ntia.gov
Denise Alvarado | Director, Office of International Trade, U.S. Small Business Administration | denise.alvarado@sba.gov

We also intend to take part in the session planned during the Council Working Group meetings in early 2020; names for that session will follow in due course.

Sincerely,

Catherine M. Holloway
Senior Advisor
Bureau of Economic and Business Affairs
U.S. Department of State
+1 202-647-5830
""", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Dear Mr. Clark,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">On behalf of the United States, thank you for the invitation in Circular CI-19/35. The United States will participate in the first consultation session in Budapest on 10 September 2019, with the following delegation:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="background:#D9E2F3"><p class="MsoNormal"><b>Name</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>Title</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>E-mail</b></p></td></tr>
<tr><td><p class="MsoNormal">Catherine M. Holloway</p></td><td><p class="MsoNormal">Senior Advisor, Bureau of Economic and Business Affairs, U.S. Department of State</p></td><td><p class="MsoNormal"><a href="mailto:hollowaycm@state.gov">hollowaycm@state.gov</a></p></td></tr>
<tr><td><p class="MsoNormal">Rajiv Menon</p></td><td><p class="MsoNormal">International Policy Specialist, NTIA, U.S. Department of Commerce</p></td><td><p class="MsoNormal"><a href="mailto:rmenon@ntia.gov">rmenon@ntia.gov</a></p></td></tr>
<tr><td><p class="MsoNormal">Denise Alvarado</p></td><td><p class="MsoNormal">Director, Office of International Trade, U.S. Small Business Administration</p></td><td><p class="MsoNormal"><a href="mailto:denise.alvarado@sba.gov">denise.alvarado@sba.gov</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We also intend to take part in the session planned during the Council Working Group meetings in early 2020; names for that session will follow in due course.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sincerely,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Catherine M. Holloway</b><br>Senior Advisor<br>Bureau of Economic and Business Affairs<br>U.S. Department of State<br>+1 202-647-5830</p>
</div></body></html>
""")

M("en_004_ascii.eml", "nomination", "en", "IND",
  [D("Rajesh Kumar Verma", "Deputy Director General (International Relations), Department of Telecommunications", "ddgir-dot@gov.in")], B,
  note="note verbale text from the Permanent Mission with scanned PDF attached; 'Shri' honorific must be dropped",
  frm=("Permanent Mission of India Geneva", "itu.genevapmi@mea.gov.in"),
  subject="Note Verbale No. GEN/ITU/551/2/2019 - CI-19/35",
  recv="2019-08-09 10:14:22 +0200", charset="us-ascii", cte="7bit", mua="exchange", attach=["NV_GEN-ITU-551-2-2019.pdf"],
  body="""
No. GEN/ITU/551/2/2019

The Permanent Mission of India to the United Nations Office and other International Organizations in Geneva presents its compliments to the General Secretariat of the International Telecommunication Union and, with reference to Circular Letter CI-19/35 dated 23 July 2019 regarding consultation sessions on "Fostering tech and innovation SMEs", has the honour to convey that the following officer has been nominated by the Government of India to participate in the first consultation session to be held on 10 September 2019 during ITU Telecom World 2019 in Budapest:

Shri Rajesh Kumar Verma
Deputy Director General (International Relations), Department of Telecommunications
Ministry of Communications, Government of India
E-mail: ddgir-dot@gov.in
Tel: +91 11 2303 6580

The Permanent Mission of India avails itself of this opportunity to renew to the General Secretariat of the International Telecommunication Union the assurances of its highest consideration.

Geneva, 9 August 2019

(A signed copy of the Note is attached.)
""")

M("en_005_utf8.eml", "nomination", "en", "KEN",
  [D("Grace Wanjiru Mwangi", "Director, ICT Innovation and Enterprise Development", "gwmwangi@ict.go.ke")], B,
  note="forward chain: Ministry -> Mission -> ITU; the nominee is only in the forwarded ministry mail; Mission officer signs",
  frm=("Kenya Mission Geneva", "ict.desk@kenyamission-un.ch"),
  subject="FW: ITU CI-19/35 - Nomination to SME Consultation Session, Budapest",
  recv="2019-08-13 14:48:36 +0200", mua="outlook", fmt="alt", body="""
Dear Sir,

Please find below the nomination of the Ministry of Information, Communications and Technology of Kenya for the consultation session of 10 September 2019 in Budapest.

Regards,

Peter Odhiambo Ouma
First Counsellor (ICT)
Permanent Mission of the Republic of Kenya, Geneva
+41 22 906 40 58

From: PS ICT <ps@ict.go.ke>
Sent: Tuesday, August 13, 2019 11:02 AM
To: ict.desk@kenyamission-un.ch
Cc: gwmwangi@ict.go.ke
Subject: ITU CI-19/35 - Nomination to SME Consultation Session, Budapest

Dear Counsellor,

Reference is made to ITU Circular CI-19/35 on the consultation sessions on "Fostering tech and innovation SMEs".

The Ministry wishes to nominate Dr. Grace Wanjiru Mwangi, Director, ICT Innovation and Enterprise Development, to represent Kenya at the first session during ITU Telecom World 2019 in Budapest. Her e-mail is gwmwangi@ict.go.ke.

Kindly forward this nomination to the ITU secretariat before the deadline of 16th August 2019.

Yours sincerely,

Esther M. Njoroge
For: Principal Secretary, State Department for ICT and Innovation
""")

M("en_006_utf8.eml", "nomination", "en", "NGA",
  [D("Abubakar Sadiq Bello", "Head, Startups and SME Desk, NCC", "absbello.ncc@gmail.com")], B,
  note="nominee writing about himself from a phone: short, informal, 'Engr.' title, Gmail address, iPhone signature",
  frm=("Abubakar Bello", "absbello.ncc@gmail.com"),
  subject="Re: CI-19/35 SME session Budapest",
  recv="2019-08-15 21:37:02 +0200", tz="+0100", mua="iphone", charset="utf-8", cte="7bit", body="""
Good evening sir,

Pls note that I have been directed by the EVC to represent Nigeria at the SME consultation session in Budapest on 10th Sept. My details:

Engr. Abubakar Sadiq Bello
Head, Startups and SME Desk, NCC
absbello.ncc@gmail.com
+234 803 555 0147

Official letter from the Commission will follow.

Regards

Sent from my iPhone
""")

M("en_007_utf8.eml", "interest_only", "en", "GHA", [], B,
  note="interest only, name to follow; signed by a director (not a delegate)",
  frm=("Ministry of Communications Ghana", "info@moc.gov.gh"),
  subject="Re: CI-19/35 Consultation sessions - Ghana",
  recv="2019-08-02 12:20:45 +0200", tz="+0000", mua="roundcube", fmt="plain", quote="en", body="""
Dear Mr. Clark,

The Ministry of Communications of the Republic of Ghana acknowledges receipt of Circular CI-19/35 and wishes to express its interest in participating in the first consultation session on "Fostering tech and innovation SMEs" to be held in Budapest on 10 September 2019.

The name of our participant will be communicated to you shortly.

Yours faithfully,

Nana Yaw Ofori-Atta
Director, Policy Planning, Monitoring and Evaluation
Ministry of Communications, Accra
Tel: +233 302 666 465
""")

M("en_008_utf8.eml", "nomination", "en", "GHA",
  [D("Kwame Asante-Boateng", "Principal Programme Officer", "kwame.asante-boateng@moc.gov.gh")], B,
  note="late nomination following the interest-only en_007: kind nomination, supersedes null",
  frm=("Nana Yaw Ofori-Atta", "nyofori-atta@moc.gov.gh"),
  subject="Re: CI-19/35 Consultation sessions - Ghana - name of participant",
  recv="2019-08-19 10:02:11 +0200", tz="+0000", mua="roundcube", body="""
Dear Mr. Clark,

Further to our mail of 2nd August 2019, I wish to inform you that Mr. Kwame Asante-Boateng, Principal Programme Officer, will represent Ghana at the consultation session in Budapest on 10th September 2019.

His contact: kwame.asante-boateng@moc.gov.gh, +233 24 455 7812.

We apologise for the delay.

Yours faithfully,

Nana Yaw Ofori-Atta
Director, PPME
Ministry of Communications
""")

M("en_009_utf8.eml", "nomination", "en", "PHL",
  [D("Maria Teresa Dela Cruz", "Director IV, ICT Industry Development Bureau", "mtdelacruz@dict.gov.ph"),
   D("Joel R. Villanueva", "Information Technology Officer III", "joel.villanueva@dict.gov.ph")], B,
  note="Gmail-rendered HTML+text, two delegates in a numbered list, signature with phone numbers",
  frm=("DICT International Cooperation", "dict.intlcoop@gmail.com"),
  subject="Re: CI-19/35: Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  recv="2019-08-08 05:11:38 +0200", tz="+0800", mua="gmail", fmt="alt", quote="en", body="""
Dear Mr. Clark,

Greetings from the Department of Information and Communications Technology (DICT) of the Philippines!

The Philippines is pleased to confirm its participation in the first consultation session on 10 September 2019 in Budapest. Please register the following:

1. Ms. Maria Teresa Dela Cruz
   Director IV, ICT Industry Development Bureau
   mtdelacruz@dict.gov.ph

2. Mr. Joel R. Villanueva
   Information Technology Officer III
   joel.villanueva@dict.gov.ph

Thank you and warm regards,

Angelica S. Ramos
International Cooperation Division
Department of Information and Communications Technology
C.P. Garcia Ave., Diliman, Quezon City
(+632) 920 0101 loc. 1215
""")

M("en_010_utf8.eml", "decline", "en", "AUS", [], [],
  note="polite decline, no later sessions requested",
  frm=("International Section", "international@communications.gov.au"),
  subject="CI-19/35 - Australia response",
  recv="2019-08-14 03:26:50 +0200", tz="+1000", mua="outlook", fmt="alt", body="""
Dear Mr Clark

Thank you for Circular CI-19/35 inviting Member States to the consultation sessions on fostering tech and innovation SMEs.

Regrettably, Australia will not be in a position to participate in the consultation sessions on this occasion. We would nevertheless be grateful to receive the outcomes of the discussions.

Kind regards

Lachlan Fraser
Assistant Director, International Engagement
Department of Communications and the Arts
GPO Box 2154, Canberra ACT 2601
T +61 2 6271 1842
""")

M("en_011_utf8.eml", "nomination", "en", "CAN",
  [D("Marie-Claude Tremblay", "Senior Director, International Telecommunications Policy, ISED", "marie-claude.tremblay@canada.ca")], B,
  note="bilingual English/French reply (English first -> en); the French half repeats the name with a French title",
  frm=("Tremblay, Marie-Claude (ISED/ISDE)", "marie-claude.tremblay@canada.ca"),
  subject="CI-19/35 - Canada / Canada - SME consultation / Consultation sur les PME",
  recv="2019-08-06 19:13:27 +0200", tz="-0400", mua="outlook", fmt="alt", body="""
(Le français suit)

Dear Mr. Clark,

In response to Circular CI-19/35, Canada is pleased to confirm that I will participate in the consultation session "Fostering tech and innovation SMEs" on 10 September 2019 in Budapest.

Marie-Claude Tremblay
Senior Director, International Telecommunications Policy, ISED
marie-claude.tremblay@canada.ca
613-555-0192

---

Monsieur Clark,

En réponse à la lettre circulaire CI-19/35, le Canada a le plaisir de confirmer que je participerai à la séance de consultation « Favoriser les PME du secteur des technologies et de l'innovation », le 10 septembre 2019 à Budapest.

Marie-Claude Tremblay
Directrice principale, Politique internationale des télécommunications, ISDE
marie-claude.tremblay@canada.ca
613-555-0192

Innovation, Science and Economic Development Canada / Innovation, Sciences et Développement économique Canada
""")

M("en_012_utf8.eml", "nomination", "en", "SGP",
  [D("Tan Wei Ming", "Deputy Director, International Relations, IMDA", "tan_wei_ming@imda.gov.sg")], ["cwg-2020", "wsis-2020"],
  note="nominee for the 2020 sessions only (CWG and WSIS), explicitly not Budapest; Chinese-style name order",
  frm=("Tan Wei Ming (IMDA)", "tan_wei_ming@imda.gov.sg"),
  subject="RE: CI-19/35 Consultation sessions - Singapore",
  recv="2019-08-15 08:44:03 +0200", tz="+0800", mua="outlook", fmt="alt", quote="en", body="""
Dear Mr Clark,

Thank you for the invitation. Singapore is supportive of the initiative. Unfortunately, IMDA is unable to send a representative to Budapest in September due to prior commitments.

We would however like to participate in the subsequent sessions during the Council Working Group meetings in early 2020 and during the WSIS Forum 2020. I will be the contact point and participant for those sessions.

Tan Wei Ming
Deputy Director, International Relations, IMDA
tan_wei_ming@imda.gov.sg
DID: +65 6211 0853

Info-communications Media Development Authority
10 Pasir Panjang Road, #03-01 Mapletree Business City, Singapore 117438
""")

M("en_013_utf8.eml", "inquiry", "en", "ZAF", [], [],
  note="inquiry: remote participation and agenda, no interest stated or name given",
  frm=("Thandiwe Nkosi", "tnkosi@dtps.gov.za"),
  subject="Query - CI-19/35 Budapest session",
  recv="2019-08-05 13:57:31 +0200", mua="exchange", body="""
Good day Mr Clark,

With reference to Circular CI-19/35, could you kindly advise whether remote participation will be possible for the session of 10 September in Budapest, and whether the detailed agenda mentioned in the circular is already available?

This will assist us in deciding on our participation.

Kind regards,

Thandiwe Nkosi
Deputy Director: Multilateral Relations
Department of Telecommunications and Postal Services
Tel: +27 12 427 8170
""")

M("en_014_utf8.eml", "nomination", "en", "UGA",
  [D("Patience Nakato", "Senior ICT Officer, Ministry of ICT and National Guidance", "p.nakato@ict.go.ug")], B,
  note="secretary writing for the Minister ('I am directed by the Hon. Minister'); the signatory is not a delegate",
  frm=("Office of the Minister ICT", "minister.office@ict.go.ug"),
  subject="Nomination - Consultation Session on Fostering Tech and Innovation SMEs",
  recv="2019-08-12 10:39:44 +0200", tz="+0300", mua="zimbra", fmt="html", body="""
Dear Sir,

RE: ITU CIRCULAR CI-19/35 - CONSULTATION SESSIONS FOR MEMBER STATES

I am directed by the Hon. Minister of ICT and National Guidance to refer to the above circular and to inform you that the Ministry has nominated Ms. Patience Nakato, Senior ICT Officer, Ministry of ICT and National Guidance (p.nakato@ict.go.ug, +256 772 555 310), to participate in the consultation session to be held in Budapest on 10th September 2019.

The Hon. Minister thanks the Secretary-General for this initiative.

Yours faithfully,

Agnes Tumusiime
PRIVATE SECRETARY TO THE MINISTER
For: MINISTER OF ICT AND NATIONAL GUIDANCE
""")

M("en_015_utf8.eml", "nomination", "en", "PAK",
  [D("Muhammad Usman Qureshi", "Member (Telecom), Ministry of IT and Telecom", "usman.qureshi@moitt.gov.pk"),
   D("Ayesha Siddiqa Malik", "Director (International Coordination)", "ayesha.malik@moitt.gov.pk")], ALL3,
  note="late nomination (20 Aug), two delegates, covers all three sessions",
  frm=("IC Wing MoITT", "icwing@moitt.gov.pk"),
  subject="Nomination for ITU Consultation Sessions (CI-19/35)",
  recv="2019-08-20 08:16:29 +0200", tz="+0500", mua="outlook", fmt="alt", body="""
Dear Mr. Christopher Clark,

Kindly refer to ITU Circular CI-19/35 dated 23rd July 2019.

The Ministry of Information Technology and Telecommunication, Government of Pakistan, is pleased to nominate the following officers for the consultation session in Budapest on 10th September 2019 and for the subsequent sessions during the Council Working Group meetings and the WSIS Forum 2020:

i) Mr. Muhammad Usman Qureshi, Member (Telecom), Ministry of IT and Telecom, usman.qureshi@moitt.gov.pk
ii) Ms. Ayesha Siddiqa Malik, Director (International Coordination), ayesha.malik@moitt.gov.pk

We regret the delay in communicating the nominations.

Regards,

Faisal Mahmood
Section Officer (IC)
Ministry of IT & Telecom, Islamabad
Ph: +92 51 920 6751
""")

M("en_016_utf8.eml", "nomination", "en", "JAM",
  [D("Kerry-Ann Campbell", "Senior Director, Telecommunications Policy", "kerry-ann.campbell@mset.gov.jm")], B,
  note="sent Friday 16 Aug 18:2x local (-0500) = after midnight Geneva: late although dated 16 August",
  frm=("Kerry-Ann Campbell", "kerry-ann.campbell@mset.gov.jm"),
  subject="RE: CI-19/35 Jamaica participation",
  recv="2019-08-17 01:26:40 +0200", tz="-0500", mua="outlook", fmt="alt", body="""
Dear Mr. Clark,

Jamaica is pleased to advise that I will participate in the consultation session on fostering tech and innovation SMEs, to be held in Budapest on 10 September 2019.

Kind regards,

Kerry-Ann Campbell
Senior Director, Telecommunications Policy
Ministry of Science, Energy and Technology
PCJ Building, 36 Trafalgar Road, Kingston 10
kerry-ann.campbell@mset.gov.jm | 876-929-8990 ext. 2231
""")

M("en_017_utf8.eml", "nomination", "en", "BGD",
  [D("Farhana Rahman", "Director (International Affairs), BTRC", "farhana.rahman@btrc.gov.bd")], B,
  note="reply that changes its mind: the first officer named is replaced in the same mail; only the final one is a delegate",
  frm=("Md. Shahidul Islam", "shahidul.islam@btrc.gov.bd"),
  subject="Re: CI-19/35: nomination from Bangladesh",
  recv="2019-08-14 12:03:18 +0200", tz="+0600", mua="thunderbird", cte="8bit", body="""
Dear Sir,

With reference to ITU Circular CI-19/35, the Bangladesh Telecommunication Regulatory Commission (BTRC) had initially proposed Mr. Kamrul Hasan Chowdhury, Deputy Director (Licensing), to attend the consultation session in Budapest.

However, as he will be on official duty elsewhere on that date, the Commission has decided that Ms. Farhana Rahman, Director (International Affairs), BTRC, will attend instead. Her e-mail: farhana.rahman@btrc.gov.bd.

Please register her accordingly.

With best regards,

Md. Shahidul Islam
Senior Assistant Director (International Affairs)
Bangladesh Telecommunication Regulatory Commission
IEB Bhaban, Ramna, Dhaka-1000
Phone: +880 2 9556 677
""")

M("en_018_utf8.eml", "auto_reply", "en", None, [], [],
  note="English out-of-office answering the secretariat's reminder",
  frm=("Moyo, Tendai", "tendai.moyo@potraz.gov.zw"),
  subject="Automatic reply: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 15:02:12 +0200", mua="exchange",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], body="""
Thank you for your email. I am out of the office on leave until Monday 26 August 2019 with limited access to email.

For urgent matters please contact Ms. Rudo Chikwanha at rchikwanha@potraz.gov.zw or +263 242 333 032.

Regards,
Tendai Moyo
""")

M("en_019_ascii.eml", "bounce", "en", None, [], [],
  note="Postfix delivery-status report for the secretariat's reminder to a dead ministry address",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx2.itu.int"), to=[("", SME)],
  subject="Undelivered Mail Returned to Sender",
  recv="2019-08-09 14:33:05 +0200", mua="daemon", charset="us-ascii", cte="7bit",
  report=dsn("dg@motc.gov.lr", "5.1.1", "550 5.1.1 <dg@motc.gov.lr>: Recipient address rejected: User unknown in virtual mailbox table",
             "mail.motc.gov.lr", "Reminder: CI-19/35 - deadline 16 August 2019", "2019-08-09 14:32:51 +0200"),
  body="""
This is the mail system at host mx2.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dg@motc.gov.lr>: host mail.motc.gov.lr[41.57.102.18] said: 550 5.1.1
    <dg@motc.gov.lr>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""")

M("en_020_utf8.eml", "unrelated", "en", None, [], [],
  note="looks related (SME, Budapest, ITU Telecom World) but is an event-registration newsletter",
  frm=("ITU Telecom World 2019", "telecomworld@itu.int"),
  subject="Budapest is calling: SME Programme at ITU Telecom World 2019 - register now",
  recv="2019-08-01 10:00:03 +0200", mua="generic", fmt="html", extra=["List-Unsubscribe: <mailto:unsubscribe-tw19@itu.int>", "Precedence: bulk"], body="""
ITU Telecom World 2019 | 9-12 September | Budapest, Hungary

Showcase your innovation to the world!

The SME Programme at ITU Telecom World 2019 offers small and medium-sized enterprises an exhibition pavilion, pitching sessions, the ITU Telecom World Awards and matchmaking with investors and government leaders.

Early-bird registration closes on 15 August.

Register now at telecomworld.itu.int

You are receiving this message because you subscribed to ITU Telecom news. To unsubscribe, reply with "unsubscribe".
""")

M("en_021_utf8.eml", "inquiry", "en", None, [], [],
  note="an SME (non-state sender) asks whether companies may attend: inquiry with member_state null",
  frm=("Bence Farkas", "bence@nodewave.hu"),
  subject="Can startups attend the SME consultation in Budapest?",
  recv="2019-08-03 17:45:20 +0200", mua="gmail", fmt="alt", body="""
Hello,

I read about the ITU consultation sessions "Fostering tech and innovation SMEs" on your website. We are a 12-person IoT startup based in Budapest. Is the session of 10 September open to companies like ours, or only to government delegations? And how would the new SME associate fee from 2020 work for a Hungarian company?

Many thanks,
Bence Farkas
CEO, NodeWave Kft.
+36 30 555 8821
""")

M("en_022_utf8.eml", "nomination", "en", "ZMB",
  [D("Mwila Chanda Banda", "Manager, Consumer and Innovation, ZICTA", "mbanda@zicta.zm")], ALL3,
  note="nomination for Budapest and the subsequent CWG and WSIS sessions, written as 'the whole series'",
  frm=("Mwila Banda", "mbanda@zicta.zm"),
  subject="RE: CI-19/35 - Zambia",
  recv="2019-08-16 11:18:55 +0200", mua="outlook", fmt="alt", quote="en", body="""
Dear Mr Clark,

Zambia, through the Zambia Information and Communications Technology Authority (ZICTA), expresses its interest in the whole series of consultation sessions: the first one in Budapest and the subsequent ones at the Council Working Group meetings and the WSIS Forum 2020.

I have been designated as Zambia's participant for these sessions:

Mwila Chanda Banda
Manager, Consumer and Innovation, ZICTA
mbanda@zicta.zm
+260 211 378 200

Kind regards,
Mwila
""")

M("en_023_utf8.eml", "auto_reply", "en", None, [], [],
  note="read receipt (MDN, disposition-notification) from an Exchange server",
  frm=("Olsen, Marcus", "marcus.olsen@mbie.govt.nz"),
  subject="Read: Acknowledgement - CI-19/35 nomination received",
  recv="2019-08-12 23:10:44 +0200", tz="+1200", mua="exchange",
  report=mdn("marcus.olsen@mbie.govt.nz", "Acknowledgement - CI-19/35 nomination received", "ack-nzl"),
  body="""
Your message

  To: Olsen, Marcus
  Subject: Acknowledgement - CI-19/35 nomination received
  Sent: Monday, 12 August 2019 11:02:11 PM (UTC+12:00) Auckland, Wellington

was read on Tuesday, 13 August 2019 9:10:40 AM (UTC+12:00) Auckland, Wellington.
""")

M("en_024_utf8.eml", "nomination", "en", "FJI",
  [D("Litia Vuniwaqa", "Acting Director, Digital Government Transformation", "litia.vuniwaqa@govnet.gov.fj")], B,
  note="sent on the deadline day and received 23:58:40 Geneva time: not late",
  frm=("Litia Vuniwaqa", "litia.vuniwaqa@govnet.gov.fj"),
  subject="Fiji - nomination CI-19/35",
  recv="2019-08-16 23:58:40 +0200", tz="+1200", mua="outlook", fmt="alt", body="""
Bula Mr Clark,

Fiji would like to participate in the first consultation session in Budapest. I will be attending on behalf of the Ministry of Communications.

Litia Vuniwaqa
Acting Director, Digital Government Transformation
Ministry of Communications, Suva
litia.vuniwaqa@govnet.gov.fj | +679 330 1806

Vinaka vakalevu.
""")

# -------------------------------------------------------------------------------------------- French
M("fr_001_utf8.eml", "nomination", "fr", "FRA",
  [D("Claire Dubois-Lefèvre", "cheffe du bureau des affaires internationales, Direction générale des Entreprises", "claire.dubois-lefevre@finances.gouv.fr")], B,
  note="Outlook reply quoting the French circular; hyphenated name with accent, e-mail without accent",
  frm=("DUBOIS-LEFEVRE Claire (DGE/SCIDE)", "claire.dubois-lefevre@finances.gouv.fr"),
  subject="RE: CI-19/35: Sessions de consultation pour les Etats Membres: \"Favoriser les PME du secteur des technologies et de l'innovation\"",
  recv="2019-08-01 15:22:48 +0200", mua="outlook", fmt="alt", quote="fr", body="""
Monsieur,

Je vous remercie pour la lettre circulaire CI-19/35. La France se réjouit de cette initiative et participera à la première session de consultation, le 10 septembre 2019 à Budapest.

J'y représenterai la France :
Claire Dubois-Lefèvre, cheffe du bureau des affaires internationales, Direction générale des Entreprises
Courriel : claire.dubois-lefevre@finances.gouv.fr
Tél. : +33 1 79 84 31 52

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Claire Dubois-Lefèvre
Ministère de l'Économie et des Finances
Direction générale des Entreprises
61, boulevard Vincent Auriol - 75703 Paris Cedex 13
""")

M("fr_002_cp1252.eml", "nomination", "fr", "SEN",
  [D("Aminata Ndiaye", "Directrice des Technologies de l'Information et de la Communication", "aminata.ndiaye@numerique.gouv.sn")], B,
  note="windows-1252 quoted-printable, encoded From header; corrected later by fr_003",
  frm=("Moussa Diop", "moussa.diop@numerique.gouv.sn"), hdr_cs="windows-1252", hdr_enc="Q",
  subject="Réponse du Sénégal à la circulaire CI-19/35",
  recv="2019-08-05 12:41:16 +0200", tz="+0000", charset="windows-1252", mua="thunderbird", body="""
Monsieur Christopher Clark,

Suite à la lettre circulaire CI-19/35 du 23 juillet 2019, le Ministère de l'Économie numérique et des Télécommunications du Sénégal a l'honneur de vous faire part de son intérêt pour la série de sessions de consultation « Favoriser les PME du secteur des technologies et de l'innovation ».

Pour la première session du 10 septembre 2019 à Budapest, le Ministère désigne :

Mme Aminata Ndiaye
Directrice des Technologies de l'Information et de la Communication
aminata.ndiaye@numerique.gouv.sn

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

--
Moussa Diop
Chef de la Division de la Coopération internationale
Ministère de l'Économie numérique et des Télécommunications
Immeuble Y1, Diamniadio - Dakar
Tél. : +221 33 859 70 12
""")

M("fr_003_cp1252.eml", "correction", "fr", "SEN",
  [D("Aminata Ndiaye", "Directrice des Technologies de l'Information et de la Communication", "aminata.ndiaye@numerique.gouv.sn"),
   D("Ousmane Sarr", "Conseiller technique du Ministre", "ousmane.sarr@numerique.gouv.sn")], B, "fr_002_cp1252.eml",
  note="correction adding a second delegate: the full new list is restated",
  frm=("Moussa Diop", "moussa.diop@numerique.gouv.sn"), hdr_cs="windows-1252", hdr_enc="Q",
  subject="Complément - Réponse du Sénégal à la circulaire CI-19/35",
  recv="2019-08-14 10:07:33 +0200", tz="+0000", charset="windows-1252", mua="thunderbird", body="""
Monsieur,

Je fais suite à notre courriel du 5 août 2019. Le Ministre a souhaité renforcer la délégation. La délégation du Sénégal à la session de Budapest sera donc composée comme suit :

1. Mme Aminata Ndiaye, Directrice des Technologies de l'Information et de la Communication (aminata.ndiaye@numerique.gouv.sn)
2. M. Ousmane Sarr, Conseiller technique du Ministre (ousmane.sarr@numerique.gouv.sn)

Cette liste remplace la précédente.

Cordialement,

--
Moussa Diop
Chef de la Division de la Coopération internationale
Tél. : +221 33 859 70 12
""")

M("fr_004_latin1.eml", "nomination", "fr", "CIV",
  [D("KOUASSI Yao Serge", "Sous-Directeur de la Promotion de l'Innovation, ARTCI", "yao.kouassi@artci.ci")], B,
  note="iso-8859-1 8bit; family name first in capitals as usual in Côte d'Ivoire",
  frm=("ARTCI - Coopération", "cooperation@artci.ci"), hdr_cs="iso-8859-1",
  subject="Participation de la Côte d'Ivoire - CI-19/35",
  recv="2019-08-08 17:30:02 +0200", tz="+0000", charset="iso-8859-1", cte="8bit", mua="zimbra", body="""
Monsieur,

En réponse à votre lettre circulaire CI-19/35 relative aux sessions de consultation sur les PME du secteur des technologies et de l'innovation, l'Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire (ARTCI) vous informe que M. KOUASSI Yao Serge, Sous-Directeur de la Promotion de l'Innovation, ARTCI, prendra part à la session du 10 septembre 2019 à Budapest.

Contact : yao.kouassi@artci.ci / +225 20 34 43 90

Nous vous prions de recevoir, Monsieur, nos salutations distinguées.

Service de la Coopération internationale
ARTCI - Marcory, Boulevard Valéry Giscard d'Estaing, Abidjan
""")

M("fr_005_utf8.eml", "nomination", "fr", "CMR",
  [D("Jean-Paul Mbarga Essomba", "Chef de la Cellule de la Coopération, MINPOSTEL", "jpmbarga@minpostel.gov.cm"),
   D("Brigitte Ngo Biyong", "Premier Secrétaire, Mission permanente du Cameroun à Genève", "ngobiyong.b@missioncameroun.ch")], B,
  note="note verbale of the Permanent Mission (text + signed PDF), two delegates",
  frm=("Mission permanente du Cameroun - Genève", "mission.cameroun@missioncameroun.ch"),
  subject="Note verbale N° 0812/MPCG/19 - Circulaire UIT CI-19/35",
  recv="2019-08-15 16:50:21 +0200", mua="outlook", fmt="alt", attach=["Note verbale 0812-MPCG-19.pdf"], body="""
N° 0812/MPCG/19

La Mission permanente de la République du Cameroun auprès de l'Office des Nations Unies et des autres organisations internationales à Genève présente ses compliments au Secrétariat général de l'Union internationale des télécommunications (UIT) et, se référant à la lettre circulaire CI-19/35 du 23 juillet 2019, a l'honneur de lui communiquer la composition de la délégation camerounaise à la première session de consultation « Favoriser les PME du secteur des technologies et de l'innovation », prévue le 10 septembre 2019 à Budapest :

- M. Jean-Paul Mbarga Essomba, Chef de la Cellule de la Coopération, MINPOSTEL (jpmbarga@minpostel.gov.cm) ;
- Mme Brigitte Ngo Biyong, Premier Secrétaire, Mission permanente du Cameroun à Genève (ngobiyong.b@missioncameroun.ch).

La Mission permanente de la République du Cameroun saisit cette occasion pour renouveler au Secrétariat général de l'UIT les assurances de sa haute considération.

Genève, le 15 août 2019
""")

M("fr_006_latin1.eml", "nomination", "fr", "CHE",
  [D("Nicolas Perrin", "Conseiller scientifique, Relations internationales, OFCOM", "nicolas.perrin@bakom.admin.ch")], B,
  note="bilingual French/German reply from the Swiss OFCOM/BAKOM (French first -> fr)",
  frm=("Perrin Nicolas BAKOM", "nicolas.perrin@bakom.admin.ch"), hdr_cs="iso-8859-1",
  subject="CI-19/35 - Suisse / Schweiz",
  recv="2019-07-31 09:12:40 +0200", charset="iso-8859-1", mua="lotus", body="""
Monsieur Clark,

La Suisse remercie l'UIT pour son invitation et participera à la session de consultation du 10 septembre 2019 à Budapest. Je représenterai l'Office fédéral de la communication (OFCOM).

Nicolas Perrin, Conseiller scientifique, Relations internationales, OFCOM
nicolas.perrin@bakom.admin.ch

*****

Sehr geehrter Herr Clark

Die Schweiz dankt der UIT für die Einladung und wird an der Konsultationssitzung vom 10. September 2019 in Budapest teilnehmen. Ich werde das Bundesamt für Kommunikation (BAKOM) vertreten.

Nicolas Perrin, Wissenschaftlicher Berater, Internationale Beziehungen, BAKOM

Meilleures salutations / Freundliche Grüsse

Nicolas Perrin
Office fédéral de la communication OFCOM
Rue de l'Avenir 44, 2501 Bienne
Tél. +41 58 460 55 18
""")

M("fr_007_utf8.eml", "decline", "fr", "BEL", [], [],
  note="decline from Belgium (IBPT), no names",
  frm=("Relations internationales IBPT", "international@ibpt.be"),
  subject="Circulaire CI-19/35 - réponse de la Belgique",
  recv="2019-08-13 11:45:09 +0200", mua="outlook", fmt="html", body="""
Monsieur,

Nous vous remercions pour l'invitation aux sessions de consultation sur les PME du secteur des technologies et de l'innovation.

La Belgique ne sera malheureusement pas en mesure de participer à ces sessions, faute de disponibilité des experts concernés aux dates prévues.

Veuillez agréer, Monsieur, nos salutations distinguées.

Sophie Van den Bossche
Conseillère, Relations internationales
Institut belge des services postaux et des télécommunications (IBPT)
Tél. +32 2 226 88 47
""")

M("fr_008_utf8.eml", "nomination", "fr", "MAR",
  [D("Salma El Idrissi", "Chef de service Innovation et Startups, ANRT", "elidrissi.salma@anrt.ma")], B,
  note="changes its mind: first a man is named, then replaced in the same mail by the final nominee",
  frm=("Youssef Benali", "benali.y@anrt.ma"),
  subject="Tr: CI-19/35 - participation du Maroc",
  recv="2019-08-12 15:28:14 +0200", tz="+0100", mua="zimbra", fmt="alt", body="""
Monsieur,

Suite à la circulaire CI-19/35, l'Agence Nationale de Réglementation des Télécommunications (ANRT) avait envisagé de désigner M. Hicham Tazi, Directeur de la Concurrence, pour la session de Budapest.

Toutefois, en raison d'un empêchement de dernière minute, c'est finalement Mme Salma El Idrissi, Chef de service Innovation et Startups, ANRT, qui représentera le Royaume du Maroc à la session du 10 septembre 2019.

Son adresse : elidrissi.salma@anrt.ma

Bien cordialement,

Youssef Benali
Division de la Coopération et des Relations Internationales
Agence Nationale de Réglementation des Télécommunications
Tél : +212 5 37 71 85 30
""")

M("fr_009_utf8.eml", "interest_only", "fr", "MDG", [], ALL3,
  note="interest only in the whole series (Budapest and the 2020 sessions), no name yet",
  frm=("Cabinet MPTDN", "cabinet@mptdn.gov.mg"),
  subject="CI-19/35 - Manifestation d'intérêt de Madagascar",
  recv="2019-08-09 08:55:37 +0200", tz="+0300", mua="roundcube", body="""
Monsieur le Secrétaire général,

Le Ministère des Postes, des Télécommunications et du Développement Numérique de Madagascar a l'honneur de vous faire part de son vif intérêt pour la série de sessions de consultation : la session de Budapest du 10 septembre 2019 ainsi que celles prévues lors des réunions des Groupes de travail du Conseil et du Forum du SMSI en 2020.

Le nom du participant vous sera communiqué ultérieurement.

Veuillez agréer, Monsieur le Secrétaire général, l'assurance de notre haute considération.

Pour le Ministre et par délégation,
Le Directeur de Cabinet
Hery Rakotondrabe
""")

M("fr_010_utf8.eml", "nomination", "fr", "BFA",
  [D("Issouf Ouédraogo", "DG de l'Économie numérique", "issouf.ouedraogo@yahoo.fr")], B,
  note="nominee writing about himself from a phone, short, sent from a personal yahoo address",
  frm=("Issouf Ouedraogo", "issouf.ouedraogo@yahoo.fr"),
  subject="Re: CI-19/35",
  recv="2019-08-16 19:04:50 +0200", tz="+0000", mua="android", charset="utf-8", cte="8bit", body="""
Bonsoir M. Clark,
Je vous confirme que je représenterai le Burkina Faso à la session du 10 septembre à Budapest.
Issouf Ouédraogo, DG de l'Économie numérique
Ministère du Développement de l'Économie Numérique et des Postes
Tel +226 70 55 21 09 / issouf.ouedraogo@yahoo.fr
Cordialement

Envoyé depuis mon smartphone Samsung Galaxy.
""")

M("fr_011_utf8.eml", "inquiry", "fr", "TUN", [], [],
  note="inquiry about travel support for the Budapest session, no interest/name yet",
  frm=("Leila Ben Amor", "leila.benamor@mtcen.gov.tn"),
  subject="Demande d'information - CI-19/35",
  recv="2019-08-06 10:31:58 +0200", tz="+0100", mua="outlook", fmt="alt", body="""
Monsieur,

Se référant à la lettre circulaire CI-19/35, nous souhaiterions savoir si l'UIT prévoit une prise en charge (bourse) des frais de voyage pour un représentant des pays en développement à la session de Budapest, et si l'interprétation en français sera assurée.

Dans l'attente de votre retour, veuillez agréer mes salutations distinguées.

Leila Ben Amor
Sous-directrice de la Coopération multilatérale
Ministère des Technologies de la Communication et de l'Économie Numérique, Tunis
Tél. : +216 71 359 000
""")

M("fr_012_utf8.eml", "auto_reply", "fr", None, [], [],
  note="French out-of-office (Réponse automatique) to the secretariat's reminder",
  frm=("Hounkpatin Rodrigue", "rhounkpatin@arcep.bj"),
  subject="Réponse automatique : Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:40:27 +0200", tz="+0100", mua="exchange", extra=["Auto-Submitted: auto-replied"], body="""
Bonjour,

Je suis absent du bureau du 5 au 23 août 2019. Pour toute urgence, veuillez contacter le secrétariat de la Direction au +229 21 31 61 19.

Cordialement,
Rodrigue Hounkpatin
""")

M("fr_013_utf8.eml", "nomination", "fr", "HTI",
  [D("Jean-Robert Pierre-Louis", "Directeur des Affaires internationales, CONATEL", "jrpierrelouis@conatel.gouv.ht")], B,
  note="late nomination (22 August) with apologies",
  frm=("Jean-Robert Pierre-Louis", "jrpierrelouis@conatel.gouv.ht"),
  subject="Haïti - Participation à la session de consultation de Budapest",
  recv="2019-08-22 18:19:46 +0200", tz="-0400", mua="gmail", fmt="alt", body="""
Monsieur Clark,

Avec nos excuses pour ce retard, le Conseil National des Télécommunications (CONATEL) souhaite que la République d'Haïti soit représentée à la session de consultation du 10 septembre à Budapest. J'y participerai moi-même.

Jean-Robert Pierre-Louis
Directeur des Affaires internationales, CONATEL
jrpierrelouis@conatel.gouv.ht
+509 2813 0415

Respectueusement,
""")

# ------------------------------------------------------------------------------------------- Spanish
M("es_001_utf8.eml", "nomination", "es", "ESP",
  [D("Lucía Fernández Ortega", "Subdirectora General de Relaciones Internacionales, SEAD", "lucia.fernandez@economia.gob.es")], B,
  note="Outlook reply quoting the Spanish circular; two-surname Spanish name",
  frm=("Fernández Ortega, Lucía", "lucia.fernandez@economia.gob.es"), hdr_cs="utf-8", hdr_enc="Q",
  subject="RE: CI-19/35: Sesiones de consulta para los Estados Miembros",
  recv="2019-07-29 13:10:26 +0200", mua="outlook", fmt="alt", quote="es", body="""
Estimado Sr. Clark:

En relación con la Carta Circular CI-19/35, le comunico que España participará en la primera sesión de consulta, el 10 de septiembre de 2019 en Budapest.

La persona designada es:
Lucía Fernández Ortega
Subdirectora General de Relaciones Internacionales, SEAD
lucia.fernandez@economia.gob.es
Tel. +34 91 346 15 60

Un cordial saludo,

Lucía Fernández Ortega
Secretaría de Estado para el Avance Digital
Ministerio de Economía y Empresa
""")

M("es_002_latin1.eml", "nomination", "es", "MEX",
  [D("José Antonio Ramírez Gutiérrez", "Director General de Asuntos Internacionales, IFT", "jose.ramirez@ift.org.mx")], B,
  note="iso-8859-1 quoted-printable, Q-encoded headers; corrected later by es_003",
  frm=("José Antonio Ramírez Gutiérrez", "jose.ramirez@ift.org.mx"), hdr_cs="iso-8859-1", hdr_enc="Q",
  subject="Participación de México - Circular CI-19/35",
  recv="2019-08-07 22:04:12 +0200", tz="-0500", charset="iso-8859-1", mua="outlook", fmt="alt", body="""
Estimado Sr. Clark:

Por instrucciones del Comisionado Presidente del Instituto Federal de Telecomunicaciones (IFT), me permito informarle que México tiene interés en participar en la sesión de consulta "Fomentar las pymes tecnológicas y de innovación" del 10 de septiembre en Budapest.

Participaré yo mismo:
José Antonio Ramírez Gutiérrez
Director General de Asuntos Internacionales, IFT
jose.ramirez@ift.org.mx
+52 55 5015 4000 ext. 4213

Atentamente,
José Antonio Ramírez Gutiérrez
""")

M("es_003_latin1.eml", "correction", "es", "MEX",
  [D("Mariana Sofía Castillo Reyes", "Directora de Organismos Multilaterales, IFT", "mariana.castillo@ift.org.mx")], B, "es_002_latin1.eml",
  note="late correction (19 August) replacing the delegate of es_002",
  frm=("José Antonio Ramírez Gutiérrez", "jose.ramirez@ift.org.mx"), hdr_cs="iso-8859-1", hdr_enc="Q",
  subject="RE: Participación de México - Circular CI-19/35 - cambio de participante",
  recv="2019-08-19 17:35:58 +0200", tz="-0500", charset="iso-8859-1", mua="outlook", fmt="alt", body="""
Estimado Sr. Clark:

En alcance a mi correo del 7 de agosto, le informo que por motivos de agenda no podré asistir a Budapest. En mi lugar participará:

Mtra. Mariana Sofía Castillo Reyes
Directora de Organismos Multilaterales, IFT
mariana.castillo@ift.org.mx

Le agradeceré tomar nota de este cambio.

Saludos cordiales,
José Antonio Ramírez Gutiérrez
Director General de Asuntos Internacionales
""")

M("es_004_utf8.eml", "nomination", "es", "COL",
  [D("Andrés Felipe Gómez Restrepo", "Asesor del Despacho del Viceministro de Economía Digital", "agomez@mintic.gov.co")], B,
  note="forward chain: MinTIC -> Cancillería/Misión -> ITU; nominee only in the forwarded text",
  frm=("Misión Permanente de Colombia en Ginebra", "ginebra.oi@cancilleria.gov.co"),
  subject="RV: Designación MinTIC - Sesión de consulta UIT CI-19/35 (Budapest)",
  recv="2019-08-14 18:02:40 +0200", mua="outlook", fmt="alt", body="""
Señor Clark:

Por instrucciones de la Cancillería, reenviamos la designación del Ministerio de Tecnologías de la Información y las Comunicaciones para la sesión de consulta del 10 de septiembre en Budapest.

Cordialmente,

Carolina Mejía Arango
Consejera
Misión Permanente de Colombia ante la ONU y otros organismos internacionales en Ginebra
+41 22 798 45 55

De: Dirección de Asuntos Económicos, Sociales y Ambientales <daesa@cancilleria.gov.co>
Enviado el: martes, 13 de agosto de 2019 16:40
Para: ginebra.oi@cancilleria.gov.co
Asunto: RV: Designación MinTIC - Sesión de consulta UIT CI-19/35 (Budapest)

Apreciados colegas de la Misión, para su trámite ante la UIT.

De: Oficina de Asuntos Internacionales MinTIC <internacional@mintic.gov.co>
Enviado el: lunes, 12 de agosto de 2019 11:15
Asunto: Designación MinTIC - Sesión de consulta UIT CI-19/35 (Budapest)

Respetados señores:

El Ministerio de Tecnologías de la Información y las Comunicaciones designa al doctor Andrés Felipe Gómez Restrepo, Asesor del Despacho del Viceministro de Economía Digital, correo agomez@mintic.gov.co, para participar en la sesión de consulta "Fomentar las pymes tecnológicas y de innovación" en Budapest.

Cordialmente,
Oficina de Asuntos Internacionales
MinTIC
""")

M("es_005_utf8.eml", "interest_only", "es", "ARG", [], ["cwg-2020", "wsis-2020"],
  note="interest only in the 2020 sessions, explicitly not Budapest",
  frm=("Relaciones Internacionales ENACOM", "rrii@enacom.gob.ar"),
  subject="Circular CI-19/35 - Argentina",
  recv="2019-08-15 20:47:05 +0200", tz="-0300", mua="zimbra", fmt="alt", body="""
Estimado Sr. Clark:

Agradecemos la invitación. Lamentablemente la República Argentina no podrá estar presente en la sesión de Budapest; no obstante, deseamos manifestar nuestro interés en participar en las sesiones previstas durante las reuniones de los Grupos de Trabajo del Consejo y el Foro de la CMSI en 2020. Oportunamente informaremos el nombre de la persona designada.

Saludos cordiales,

Martín Acosta
Área de Relaciones Internacionales
Ente Nacional de Comunicaciones (ENACOM)
Tel. +54 11 4347 9700
""")

M("es_006_latin1.eml", "nomination", "es", "CHL",
  [D("Francisca Soto Valenzuela", "Jefa de la División de Política Regulatoria, SUBTEL", "fsoto@subtel.gob.cl"),
   D("Rodrigo Muñoz Pérez", "Profesional de Asuntos Internacionales, SUBTEL", "rmunoz@subtel.gob.cl")], B,
  note="iso-8859-1 base64 HTML-only mail, two delegates",
  frm=("Francisca Soto Valenzuela", "fsoto@subtel.gob.cl"), hdr_cs="iso-8859-1",
  subject="Chile: participantes sesión de consulta PYMES (CI-19/35)",
  recv="2019-08-12 21:16:33 +0200", tz="-0400", charset="iso-8859-1", cte="base64", mua="outlook", fmt="html", body="""
Estimado Señor Clark:

Junto con saludar, informo a usted que Chile participará en la sesión de consulta del 10 de septiembre en Budapest con la siguiente delegación:

- Francisca Soto Valenzuela, Jefa de la División de Política Regulatoria, SUBTEL (fsoto@subtel.gob.cl)
- Rodrigo Muñoz Pérez, Profesional de Asuntos Internacionales, SUBTEL (rmunoz@subtel.gob.cl)

Saluda atentamente,

Francisca Soto Valenzuela
Subsecretaría de Telecomunicaciones
Amunátegui 139, Santiago
+56 2 2421 3500
""")

M("es_007_utf8.eml", "nomination", "es", "PER",
  [D("Luis Alberto Quispe Huamán", "Director General de Políticas y Regulación en Comunicaciones, MTC", "lquispe@mtc.gob.pe")], B,
  note="nominee about himself, typed on a phone, 'Enviado desde mi iPhone'",
  frm=("Luis Alberto Quispe", "lquispe@mtc.gob.pe"),
  subject="Re: CI-19/35",
  recv="2019-08-10 02:12:20 +0200", tz="-0500", mua="iphone", cte="8bit", body="""
Sr Clark buenas noches, confirmo mi participación por el Perú en la sesión de Budapest el 10/9.
Luis Alberto Quispe Huamán
Director General de Políticas y Regulación en Comunicaciones, MTC
lquispe@mtc.gob.pe
Cel +51 987 654 210
Saludos

Enviado desde mi iPhone
""")

M("es_008_cp1252.eml", "nomination", "es", "CUB",
  [D("Yamila Hernández Cárdenas", "Directora de Regulaciones, MINCOM", "yamila.hernandez@mincom.gob.cu")], B,
  note="note verbale of the Permanent Mission of Cuba, windows-1252 quoted-printable",
  frm=("Misión Permanente de Cuba - Ginebra", "misioncuba@missioncuba.ch"), hdr_cs="windows-1252",
  subject="Nota No. 412/2019 - Circular UIT CI-19/35",
  recv="2019-08-16 12:26:17 +0200", charset="windows-1252", mua="generic", attach=["Nota 412-2019.pdf"], body="""
Nota No. 412/2019

La Misión Permanente de la República de Cuba ante la Oficina de las Naciones Unidas en Ginebra y los Organismos Internacionales con sede en Suiza saluda atentamente a la Secretaría General de la Unión Internacional de Telecomunicaciones (UIT) y, en relación con la Carta Circular CI-19/35, tiene el honor de informar que la compañera Yamila Hernández Cárdenas, Directora de Regulaciones, MINCOM (yamila.hernandez@mincom.gob.cu), participará en la sesión de consulta que tendrá lugar el 10 de septiembre de 2019 en Budapest.

La Misión Permanente de la República de Cuba aprovecha la ocasión para reiterar a la Secretaría General de la UIT las seguridades de su más alta consideración.

Ginebra, 16 de agosto de 2019
""")

M("es_009_utf8.eml", "nomination", "es", "ECU",
  [D("Verónica Paredes Andrade", "Subsecretaria de Fomento de la Sociedad de la Información", "veronica.paredes@telecomunicaciones.gob.ec"),
   D("Diego Fernando Salazar", "Analista de Cooperación Internacional", "diego.salazar@telecomunicaciones.gob.ec")], BW,
  note="plain-text delegate table; covers Budapest and the WSIS Forum 2020",
  frm=("Cooperación Internacional MINTEL", "cooperacion@telecomunicaciones.gob.ec"),
  subject="Ecuador - Delegación sesiones de consulta PYMES",
  recv="2019-08-13 23:41:19 +0200", tz="-0500", mua="thunderbird", cte="8bit", body="""
Señor Christopher Clark
Unión Internacional de Telecomunicaciones

De mi consideración:

El Ministerio de Telecomunicaciones y de la Sociedad de la Información del Ecuador participará en la sesión de Budapest (10 de septiembre de 2019) y en la sesión del Foro de la CMSI 2020 con la siguiente delegación:

Nombre                      | Cargo                                                    | Correo
Verónica Paredes Andrade    | Subsecretaria de Fomento de la Sociedad de la Información | veronica.paredes@telecomunicaciones.gob.ec
Diego Fernando Salazar      | Analista de Cooperación Internacional                    | diego.salazar@telecomunicaciones.gob.ec

Atentamente,

Dirección de Cooperación Internacional
MINTEL - Quito
Telf. +593 2 220 0200
""")

M("es_010_utf8.eml", "inquiry", "es", "CRI", [], [],
  note="inquiry: can the Mission register someone after the deadline / can two people attend",
  frm=("Alejandro Vargas Mora", "alejandro.vargas@micit.go.cr"),
  subject="Consulta sobre circular CI-19/35",
  recv="2019-08-16 18:50:44 +0200", tz="-0600", mua="gmail", fmt="alt", body="""
Estimado Sr. Clark:

Le escribo del Viceministerio de Telecomunicaciones de Costa Rica. Quisiéramos saber si es posible designar a dos personas para la sesión de Budapest y si la fecha límite del 16 de agosto admite alguna flexibilidad, ya que la designación oficial está aún en trámite.

Muchas gracias de antemano.

Alejandro Vargas Mora
Viceministerio de Telecomunicaciones - MICITT
Tel. +506 2539 2200
""")

M("es_011_utf8.eml", "auto_reply", "es", None, [], [],
  note="Spanish out-of-office",
  frm=("Benítez, Gustavo", "gbenitez@conatel.gov.py"),
  subject="Respuesta automática: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:37:51 +0200", tz="-0400", mua="exchange", extra=["Auto-Submitted: auto-replied"], body="""
Estimado/a:

Me encuentro fuera de la oficina hasta el 19 de agosto, sin acceso al correo. Para asuntos urgentes favor comunicarse con secretaria.gerencia@conatel.gov.py.

Saludos,
Gustavo Benítez
Comisión Nacional de Telecomunicaciones (CONATEL)
""")

M("es_012_utf8.eml", "nomination", "es", "URY",
  [D("Valentina Pereyra Silva", "Asesora, Dirección Nacional de Telecomunicaciones y Servicios de Comunicación Audiovisual", "vpereyra@miem.gub.uy")], B,
  note="received at exactly 17 Aug 2019 00:00:00 +02:00: one second after the deadline, late",
  frm=("Valentina Pereyra", "vpereyra@miem.gub.uy"),
  subject="Uruguay - designación sesión Budapest CI-19/35",
  recv="2019-08-17 00:00:00 +0200", tz="-0300", mua="outlook", fmt="alt", itu_hops=1, body="""
Estimado Sr. Clark:

Por la presente informo que Uruguay estará representado en la sesión de consulta de Budapest por quien suscribe:

Valentina Pereyra Silva
Asesora, Dirección Nacional de Telecomunicaciones y Servicios de Comunicación Audiovisual
Ministerio de Industria, Energía y Minería
vpereyra@miem.gub.uy | +598 2840 1234 int. 312

Saludos cordiales.
""")

M("es_013_utf8.eml", "unrelated", "es", None, [], [],
  note="looks related (circular number, ITU, Ministry) but answers another circular sent to the wrong mailbox",
  frm=("Secretaría de Telecomunicaciones", "internacional@set.gob.hn"),
  subject="Respuesta Circular CI-19/31 - Cuestionario sobre tarifas de itinerancia",
  recv="2019-08-06 17:22:38 +0200", tz="-0600", mua="outlook", fmt="alt", attach=["Cuestionario_CI-19-31_Honduras.docx"], body="""
Estimados señores:

Adjunto remitimos el cuestionario debidamente completado en respuesta a la Circular CI-19/31 sobre tarifas de itinerancia internacional.

Quedamos atentos a cualquier consulta.

Atentamente,

Karla Zelaya
Unidad de Asuntos Internacionales
Comisión Nacional de Telecomunicaciones (CONATEL) Honduras
""")

M("es_014_utf8.eml", "decline", "es", "BOL", [], [],
  note="decline from Bolivia; mentions the signing authority only",
  frm=("ATT Bolivia - Relaciones Internacionales", "rrii@att.gob.bo"),
  subject="Respuesta a Circular CI-19/35",
  recv="2019-08-15 17:03:12 +0200", tz="-0400", mua="zimbra", fmt="alt", body="""
Señor Christopher Clark:

Por instrucción del Director Ejecutivo de la Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT), comunicamos que el Estado Plurinacional de Bolivia no participará en las sesiones de consulta sobre pymes tecnológicas y de innovación.

Agradecemos la invitación.

Atentamente,
Unidad de Relaciones Internacionales - ATT
La Paz, Bolivia
""")

# ------------------------------------------------------------------------------------------- Russian
M("ru_001_koi8r.eml", "nomination", "ru", "RUS",
  [D("Смирнов Алексей Викторович", "заместитель директора Департамента международного сотрудничества", "a.smirnov@digital.gov.ru", ["Alexey Smirnov"]),
   D("Ковалёва Ирина Сергеевна", "советник отдела МСЭ", "i.kovaleva@digital.gov.ru", ["Irina Kovaleva"]),
   D("Петров Дмитрий Олегович", "главный специалист ФГУП НИИР", "petrov.do@niir.ru", ["Dmitry Petrov"])], B,
  note="koi8-r base64, delegation as a plain-text table, family name first with patronymic, Latin spellings as aliases",
  frm=("Департамент международного сотрудничества", "dms@digital.gov.ru"), hdr_cs="koi8-r",
  subject="Ответ на циркулярное письмо МСЭ CI-19/35",
  recv="2019-08-08 12:15:40 +0200", tz="+0300", charset="koi8-r", cte="base64", mua="generic", body="""
Уважаемый господин Кларк!

Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации благодарит за приглашение и сообщает о заинтересованности в участии в первой консультационной сессии "Содействие развитию МСП в области технологий и инноваций" (10 сентября 2019 г., Будапешт).

Состав делегации:

ФИО (латиницей)                                | Должность                                                    | Эл. почта
Смирнов Алексей Викторович (Alexey Smirnov)    | заместитель директора Департамента международного сотрудничества | a.smirnov@digital.gov.ru
Ковалёва Ирина Сергеевна (Irina Kovaleva)      | советник отдела МСЭ                                          | i.kovaleva@digital.gov.ru
Петров Дмитрий Олегович (Dmitry Petrov)        | главный специалист ФГУП НИИР                                 | petrov.do@niir.ru

С уважением,
Департамент международного сотрудничества
Минкомсвязь России
тел.: +7 495 771-80-00 доб. 1142
""")

M("ru_002_cp1251.eml", "nomination", "ru", "BLR",
  [D("Жук Андрей Николаевич", "начальник управления международного сотрудничества Министерства связи и информатизации", "zhuk@mpt.gov.by")], B,
  note="windows-1251 quoted-printable; the e-mail given is wrong and is fixed by ru_003",
  frm=("Мельник Ольга", "o.melnik@mpt.gov.by"), hdr_cs="windows-1251",
  subject="CI-19/35 - Республика Беларусь",
  recv="2019-08-06 09:48:05 +0200", tz="+0300", charset="windows-1251", mua="outlook", fmt="alt", body="""
Уважаемый г-н Кларк,

Министерство связи и информатизации Республики Беларусь подтверждает заинтересованность в участии в консультационной сессии 10 сентября 2019 года в Будапеште.

Для участия в сессии назначен Жук Андрей Николаевич, начальник управления международного сотрудничества Министерства связи и информатизации (zhuk@mpt.gov.by).

С уважением,
Ольга Мельник
главный специалист управления международного сотрудничества
тел. +375 17 287 86 21
""")

M("ru_003_cp1251.eml", "correction", "ru", "BLR",
  [D("Жук Андрей Николаевич", "начальник управления международного сотрудничества", "a.zhuk@mpt.gov.by")], B, "ru_002_cp1251.eml",
  note="correction of the e-mail address only; same delegate restated in full",
  frm=("Мельник Ольга", "o.melnik@mpt.gov.by"), hdr_cs="windows-1251",
  subject="RE: CI-19/35 - Республика Беларусь (уточнение)",
  recv="2019-08-06 11:03:29 +0200", tz="+0300", charset="windows-1251", mua="outlook", fmt="alt", body="""
Уважаемый г-н Кларк,

Просим извинить: в нашем письме от сегодняшнего числа неверно указан адрес электронной почты. Правильные данные участника:

Жук Андрей Николаевич, начальник управления международного сотрудничества, a.zhuk@mpt.gov.by

С уважением,
Ольга Мельник
""")

M("ru_004_utf8.eml", "nomination", "ru", "KGZ",
  [D("Асанбеков Нурлан Токтогулович", "заведующий сектором цифровой экономики Государственного комитета информационных технологий и связи", "n.asanbekov@gkits.gov.kg")], B,
  note="nominee writes about himself, Gmail-style HTML",
  frm=("Нурлан Асанбеков", "n.asanbekov@gkits.gov.kg"),
  subject="Участие в консультационной сессии (CI-19/35)",
  recv="2019-08-14 07:33:12 +0200", tz="+0600", mua="gmail", fmt="alt", quote="ru", body="""
Уважаемый Кристофер,

Сообщаю, что я назначен представлять Кыргызскую Республику на консультационной сессии 10 сентября в Будапеште.

Асанбеков Нурлан Токтогулович
заведующий сектором цифровой экономики Государственного комитета информационных технологий и связи
n.asanbekov@gkits.gov.kg
+996 312 62 49 10

С уважением,
Нурлан
""")

M("ru_005_utf8.eml", "interest_only", "ru", "TJK", [], B,
  note="interest only for Budapest, name to follow",
  frm=("Служба связи при Правительстве РТ", "info@khadamotialoqa.tj"),
  subject="О циркулярном письме CI-19/35",
  recv="2019-08-12 08:20:44 +0200", tz="+0500", mua="roundcube", cte="8bit", body="""
Уважаемый господин Кларк!

Служба связи при Правительстве Республики Таджикистан выражает заинтересованность в участии в первой консультационной сессии, которая состоится в Будапеште 10 сентября 2019 года. Информация об участнике будет направлена дополнительно.

С уважением,
Отдел международных связей
тел.: +992 37 221-17-06
""")

M("ru_006_cp1251.eml", "nomination", "ru", "TKM",
  [D("Аманов Мерген Бегенчевич", "начальник отдела Министерства промышленности и коммуникаций Туркменистана", "m.amanov@mpk.gov.tm")], B,
  note="late nomination (26 August), windows-1251 base64",
  frm=("Аманов Мерген", "m.amanov@mpk.gov.tm"), hdr_cs="windows-1251",
  subject="Кандидатура для участия в сессии МСЭ в Будапеште",
  recv="2019-08-26 10:04:31 +0200", tz="+0500", charset="windows-1251", cte="base64", mua="generic", body="""
Уважаемый господин Кларк,

Ссылаясь на циркулярное письмо CI-19/35, сообщаем, что для участия в консультационной сессии 10 сентября 2019 года в Будапеште от Туркменистана назначен Аманов Мерген Бегенчевич, начальник отдела Министерства промышленности и коммуникаций Туркменистана (m.amanov@mpk.gov.tm).

Приносим извинения за задержку с ответом.

С уважением,
Министерство промышленности и коммуникаций Туркменистана
Ашхабад, тел. +993 12 44-58-12
""")

M("ru_007_utf8.eml", "inquiry", "ru", "KAZ",
  [], [],
  note="inquiry (language of the session, interpretation) from Kazakhstan before its kk_001 nomination",
  frm=("Жанар Сулейменова", "zh.suleimenova@mdai.gov.kz"),
  subject="Вопрос по CI-19/35",
  recv="2019-08-02 06:55:19 +0200", tz="+0600", mua="outlook", fmt="alt", body="""
Добрый день!

Подскажите, пожалуйста, будет ли на сессии 10 сентября в Будапеште обеспечен синхронный перевод на русский язык? И можно ли направить кандидатуру после 16 августа, если внутреннее согласование займет больше времени?

Заранее спасибо.

С уважением,
Жанар Сулейменова
главный эксперт Департамента международного сотрудничества
Министерство цифрового развития, инноваций и аэрокосмической промышленности РК
+7 7172 74-03-77
""")

M("ru_008_koi8r.eml", "auto_reply", "ru", None, [], [],
  note="Russian out-of-office, koi8-r",
  frm=("Соколова Мария", "sokolova@rkn.gov.ru"), hdr_cs="koi8-r",
  subject="Автоматический ответ: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:35:58 +0200", tz="+0300", charset="koi8-r", cte="8bit", mua="exchange", extra=["Auto-Submitted: auto-replied"], body="""
Здравствуйте!

Я нахожусь в отпуске до 30 августа. По срочным вопросам обращайтесь к Николаеву Сергею: nikolaev@rkn.gov.ru.

С уважением,
Мария Соколова
""")

M("ru_009_utf8.eml", "nomination", "ru", "UZB",
  [D("Юлдашев Бахтиёр Рустамович", "заместитель начальника управления Министерства по развитию информационных технологий и коммуникаций", "b.yuldashev@mitc.uz"),
   D("Каримова Нодира Алишеровна", "ведущий специалист", "n.karimova@mitc.uz")], ALL3,
  note="Uzbekistan writing in Russian, two delegates for all three sessions",
  frm=("Департамент международного сотрудничества МИТК", "intl@mitc.uz"),
  subject="CI-19/35: кандидатуры Республики Узбекистан",
  recv="2019-08-15 09:41:55 +0200", tz="+0500", mua="outlook", fmt="alt", body="""
Уважаемый господин Кларк,

Министерство по развитию информационных технологий и коммуникаций Республики Узбекистан заинтересовано в участии во всех консультационных сессиях: в Будапеште (10 сентября 2019 г.), в ходе собраний рабочих групп Совета в начале 2020 года и в ходе Форума ВВУИО-2020.

Участники:
1. Юлдашев Бахтиёр Рустамович – заместитель начальника управления Министерства по развитию информационных технологий и коммуникаций, b.yuldashev@mitc.uz
2. Каримова Нодира Алишеровна – ведущий специалист, n.karimova@mitc.uz

С уважением,
Департамент международного сотрудничества
тел.: +998 71 238-41-07
""")

M("ru_010_utf8.eml", "bounce", "ru", None, [], [],
  note="Russian-language delivery failure report (Exchange-style human text in a DSN)",
  frm=("Администратор почты", "postmaster@mx1.itu.int"),
  subject="Недоставляемое сообщение: Acknowledgement - CI-19/35 nomination received",
  recv="2019-08-14 07:40:02 +0200", mua="daemon",
  report=dsn("n.asanbekov@gkits.kg", "5.4.4", "550 5.4.4 Host or domain name not found. Name service error for name=gkits.kg type=A: Host not found",
             "gkits.kg", "Acknowledgement - CI-19/35 nomination received", "2019-08-14 07:39:55 +0200"),
  body="""
Не удалось доставить сообщение следующим получателям или группам:

n.asanbekov@gkits.kg
Не удалось найти домен адресата gkits.kg. Проверьте правильность написания адреса и повторите попытку.

Диагностические сведения для администраторов:
Создающий сервер: mx1.itu.int
550 5.4.4 Host or domain name not found
""")

M("ru_011_cp1251.eml", "unrelated", "ru", None, [], [],
  note="unrelated Russian conference spam that mentions SMEs and innovation",
  frm=("Оргкомитет форума", "info@forum-innovacii.ru"), hdr_cs="windows-1251",
  subject="Приглашение: Форум «Цифровые МСП – 2019», Москва, 24-25 октября",
  recv="2019-08-05 04:12:09 +0200", tz="+0300", charset="windows-1251", mua="generic", fmt="html", extra=["Precedence: bulk"], body="""
Уважаемые коллеги!

Приглашаем вас принять участие в Форуме «Цифровые МСП – 2019», который пройдет 24-25 октября в Москве.

В программе: господдержка малого и среднего бизнеса, инновации, финтех, экспорт ИТ-решений.

Регистрация на сайте форума. Количество мест ограничено!

Чтобы отписаться от рассылки, ответьте на это письмо со словом «Отписаться».
""")

M("ru_012_utf8.eml", "nomination", "ru", "ARM",
  [D("Арутюнян Карен Самвелович", "начальник отдела политики в области связи", "k.harutyunyan@mtad.am", ["Karen Harutyunyan"])], B,
  note="Armenia writing in Russian; the Latin spelling given in brackets is an alias",
  frm=("Karen Harutyunyan", "k.harutyunyan@mtad.am"),
  subject="RE: CI-19/35",
  recv="2019-08-16 15:51:27 +0200", tz="+0400", mua="outlook", fmt="alt", body="""
Уважаемый господин Кларк,

Министерство транспорта, связи и информационных технологий Республики Армения сообщает, что в консультационной сессии в Будапеште примет участие:

Арутюнян Карен Самвелович (Karen Harutyunyan), начальник отдела политики в области связи
k.harutyunyan@mtad.am, +374 10 59 00 31

С уважением,
Карен Арутюнян
""")

# -------------------------------------------------------------------------------------------- Arabic
M("ar_001_cp1256.eml", "nomination", "ar", "EGY",
  [D("أحمد محمود عبد الرحمن", "مدير عام الابتكار وريادة الأعمال", "a.abdelrahman@mcit.gov.eg")], B,
  note="windows-1256 quoted-printable, quoted Arabic circular; corrected later by ar_002",
  frm=("الإدارة العامة للعلاقات الدولية", "intl@mcit.gov.eg"), hdr_cs="windows-1256",
  subject="رد: CI-19/35 - جلسات تشاور للدول الأعضاء",
  recv="2019-08-04 11:27:09 +0200", charset="windows-1256", mua="outlook", fmt="alt", quote="ar", body="""
السيد/ كريستوفر كلارك
تحية طيبة وبعد،

بالإشارة إلى الرسالة المعممة رقم CI-19/35، تتشرف وزارة الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية بإبداء اهتمامها بالمشاركة في جلسة التشاور الأولى المقرر عقدها في بودابست بتاريخ 10 سبتمبر 2019.

وقد تم ترشيح:
المهندس/ أحمد محمود عبد الرحمن
مدير عام الابتكار وريادة الأعمال
البريد الإلكتروني: a.abdelrahman@mcit.gov.eg

وتفضلوا بقبول فائق الاحترام،

الإدارة العامة للعلاقات الدولية
وزارة الاتصالات وتكنولوجيا المعلومات
القرية الذكية، الجيزة
ت: +20 2 3534 1300
""")

M("ar_002_cp1256.eml", "correction", "ar", "EGY",
  [D("أحمد محمود عبد الرحمن", "مدير عام الابتكار وريادة الأعمال", "a.abdelrahman@mcit.gov.eg"),
   D("منى إبراهيم الشريف", "مستشار الوزير لشؤون الشركات الناشئة", "m.elsherif@mcit.gov.eg")], ALL3, "ar_001_cp1256.eml",
  note="correction: adds a second delegate and extends to all three sessions; full list restated",
  frm=("الإدارة العامة للعلاقات الدولية", "intl@mcit.gov.eg"), hdr_cs="windows-1256",
  subject="تعديل: ترشيح مصر - CI-19/35",
  recv="2019-08-15 13:40:51 +0200", charset="windows-1256", mua="outlook", fmt="alt", body="""
السيد/ كريستوفر كلارك
تحية طيبة وبعد،

إلحاقاً برسالتنا المؤرخة 4 أغسطس 2019، نود إفادتكم بأن وفد جمهورية مصر العربية سيتكون من:

1- المهندس/ أحمد محمود عبد الرحمن - مدير عام الابتكار وريادة الأعمال - a.abdelrahman@mcit.gov.eg
2- الدكتورة/ منى إبراهيم الشريف - مستشار الوزير لشؤون الشركات الناشئة - m.elsherif@mcit.gov.eg

وذلك لجلسة بودابست وكذلك للجلسات المماثلة خلال اجتماعات أفرقة العمل التابعة للمجلس ومنتدى القمة العالمية لمجتمع المعلومات 2020.

مع خالص التحية،
الإدارة العامة للعلاقات الدولية
""")

M("ar_003_utf8.eml", "nomination", "ar", "SAU",
  [D("فيصل بن عبدالله القحطاني", "مستشار في هيئة الاتصالات وتقنية المعلومات", "fqahtani@citc.gov.sa")], B,
  note="note verbale (مذكرة) of the Permanent Mission of Saudi Arabia, with PDF; honorific 'الأستاذ' dropped",
  frm=("البعثة الدائمة للمملكة العربية السعودية - جنيف", "ksamission.itu@mofa.gov.sa"),
  subject="مذكرة رقم 4/1/2/1876 بشأن الرسالة المعممة CI-19/35",
  recv="2019-08-11 10:18:33 +0200", mua="exchange", fmt="alt", attach=["Note_1876.pdf"], body="""
الرقم: 4/1/2/1876

تهدي البعثة الدائمة للمملكة العربية السعودية لدى مكتب الأمم المتحدة والمنظمات الدولية الأخرى في جنيف أطيب تحياتها إلى الأمانة العامة للاتحاد الدولي للاتصالات، وبالإشارة إلى الرسالة المعممة رقم CI-19/35 بتاريخ 23 يوليو 2019 بشأن جلسات التشاور "تشجيع الشركات الصغيرة والمتوسطة العاملة في مجال التكنولوجيا والابتكار"، تتشرف بإفادتها بترشيح الأستاذ/ فيصل بن عبدالله القحطاني، مستشار في هيئة الاتصالات وتقنية المعلومات (fqahtani@citc.gov.sa)، للمشاركة في الجلسة الأولى التي ستعقد في بودابست يوم 10 سبتمبر 2019.

وتغتنم البعثة الدائمة هذه المناسبة لتعرب للأمانة العامة للاتحاد عن فائق تقديرها واحترامها.

جنيف في 10/12/1440هـ الموافق 11/08/2019م
""")

M("ar_004_utf8.eml", "nomination", "ar", "ARE",
  [D("مريم سعيد الكعبي", "مدير إدارة الابتكار، هيئة تنظيم الاتصالات", "maryam.alkaabi@tra.gov.ae", ["Maryam Saeed Al Kaabi"]),
   D("خالد عبدالله المنصوري", "أخصائي أول سياسات", "k.almansoori@tra.gov.ae", ["Khalid Abdulla Al Mansoori"])], B,
  note="bilingual Arabic then English (Arabic first -> ar); English spellings of the names are aliases",
  frm=("TRA International Affairs", "intl.affairs@tra.gov.ae"),
  subject="رد/Reply: CI-19/35",
  recv="2019-08-07 09:52:14 +0200", tz="+0400", mua="outlook", fmt="alt", body="""
السيد كريستوفر كلارك المحترم،

تود هيئة تنظيم الاتصالات في دولة الإمارات العربية المتحدة المشاركة في جلسة التشاور الأولى في بودابست، وترشح كلاً من:
- مريم سعيد الكعبي، مدير إدارة الابتكار، هيئة تنظيم الاتصالات (maryam.alkaabi@tra.gov.ae)
- خالد عبدالله المنصوري، أخصائي أول سياسات (k.almansoori@tra.gov.ae)

Dear Mr. Clark,

The Telecommunications Regulatory Authority of the UAE would like to participate in the first consultation session in Budapest and nominates:
- Ms. Maryam Saeed Al Kaabi, Director of Innovation Department, TRA (maryam.alkaabi@tra.gov.ae)
- Mr. Khalid Abdulla Al Mansoori, Senior Policy Specialist (k.almansoori@tra.gov.ae)

مع التحية / Best regards,
International Affairs Department
Telecommunications Regulatory Authority
P.O. Box 26662, Abu Dhabi, UAE
+971 2 626 9999
""")

M("ar_005_iso88596.eml", "nomination", "ar", "JOR",
  [D("رنا خليل الحوراني", "مديرة مديرية الريادة والابتكار", "rana.hourani@modee.gov.jo")], B,
  note="iso-8859-6 base64 HTML-only message",
  frm=("Rana Hourani", "rana.hourani@modee.gov.jo"), hdr_cs="iso-8859-6",
  subject="مشاركة الأردن في جلسة التشاور - بودابست",
  recv="2019-08-13 08:26:03 +0200", tz="+0300", charset="iso-8859-6", cte="base64", mua="generic", fmt="html", body="""
حضرة السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

إشارة إلى الرسالة المعممة CI-19/35، يسرني إعلامكم بأنني سأمثل وزارة الاقتصاد الرقمي والريادة في المملكة الأردنية الهاشمية في جلسة التشاور المقرر عقدها في بودابست في 10 أيلول 2019.

رنا خليل الحوراني
مديرة مديرية الريادة والابتكار
rana.hourani@modee.gov.jo
هاتف: 962 6 580 5642+

وتفضلوا بقبول الاحترام،
""")

M("ar_006_utf8.eml", "interest_only", "ar", "OMN", [], B,
  note="interest only for the Budapest session, name to follow",
  frm=("هيئة تنظيم الاتصالات - عُمان", "intl@tra.gov.om"),
  subject="بشأن الرسالة المعممة CI-19/35",
  recv="2019-08-08 10:44:30 +0200", tz="+0400", mua="outlook", fmt="alt", body="""
السيد/ كريستوفر كلارك المحترم

تحية طيبة وبعد،،،

تود هيئة تنظيم الاتصالات بسلطنة عُمان أن تعرب عن اهتمامها بالمشاركة في جلسة التشاور الأولى المزمع عقدها في بودابست خلال فعاليات تليكوم العالمي للاتحاد، وسيتم موافاتكم باسم المشارك في أقرب وقت.

وتقبلوا خالص التحيات،،،

دائرة العلاقات الدولية
هيئة تنظيم الاتصالات
مسقط - سلطنة عُمان
""")

M("ar_007_utf8.eml", "nomination", "ar", "QAT",
  [D("عبدالعزيز ناصر المري", "رئيس قسم دعم الشركات الناشئة", "aalmarri@motc.gov.qa"),
   D("نورة حمد الكواري", "خبير سياسات رقمية", "nalkuwari@motc.gov.qa"),
   D("يوسف علي الإبراهيم", "باحث اقتصادي", "yalibrahim@motc.gov.qa")], B,
  note="RTL HTML table of three delegates (plain alternative too)",
  frm=("إدارة التعاون الدولي", "ic@motc.gov.qa"),
  subject="ترشيحات دولة قطر - جلسة التشاور بشأن الشركات الصغيرة والمتوسطة",
  recv="2019-08-14 13:12:48 +0200", tz="+0300", mua="outlook", fmt="alt", body="""
السيد/ كريستوفر كلارك المحترم،

تحية طيبة وبعد،

يسر وزارة المواصلات والاتصالات بدولة قطر إفادتكم بأسماء المشاركين في جلسة التشاور الأولى في بودابست:

الاسم | المسمى الوظيفي | البريد الإلكتروني
عبدالعزيز ناصر المري | رئيس قسم دعم الشركات الناشئة | aalmarri@motc.gov.qa
نورة حمد الكواري | خبير سياسات رقمية | nalkuwari@motc.gov.qa
يوسف علي الإبراهيم | باحث اقتصادي | yalibrahim@motc.gov.qa

وتفضلوا بقبول فائق الاحترام،
إدارة التعاون الدولي
وزارة المواصلات والاتصالات - الدوحة
هاتف: +974 4406 9999
""", html="""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="rtl" lang="AR-SA"><div class="WordSection1">
<p class="MsoNormal" dir="rtl">السيد/ كريستوفر كلارك المحترم،</p>
<p class="MsoNormal" dir="rtl">تحية طيبة وبعد،</p>
<p class="MsoNormal" dir="rtl">يسر وزارة المواصلات والاتصالات بدولة قطر إفادتكم بأسماء المشاركين في جلسة التشاور الأولى في بودابست:</p>
<table dir="rtl" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>الاسم</th><th>المسمى الوظيفي</th><th>البريد الإلكتروني</th></tr>
<tr><td>عبدالعزيز ناصر المري</td><td>رئيس قسم دعم الشركات الناشئة</td><td><a href="mailto:aalmarri@motc.gov.qa">aalmarri@motc.gov.qa</a></td></tr>
<tr><td>نورة حمد الكواري</td><td>خبير سياسات رقمية</td><td><a href="mailto:nalkuwari@motc.gov.qa">nalkuwari@motc.gov.qa</a></td></tr>
<tr><td>يوسف علي الإبراهيم</td><td>باحث اقتصادي</td><td><a href="mailto:yalibrahim@motc.gov.qa">yalibrahim@motc.gov.qa</a></td></tr>
</table>
<p class="MsoNormal" dir="rtl">وتفضلوا بقبول فائق الاحترام،<br>إدارة التعاون الدولي<br>وزارة المواصلات والاتصالات - الدوحة<br>هاتف: +974 4406 9999</p>
</div></body></html>
""")

M("ar_008_cp1256.eml", "decline", "ar", "KWT", [], [],
  note="decline from Kuwait, windows-1256 base64",
  frm=("هيئة الاتصالات وتقنية المعلومات", "international@citra.gov.kw"), hdr_cs="windows-1256",
  subject="اعتذار عن المشاركة - CI-19/35",
  recv="2019-08-12 09:33:27 +0200", tz="+0300", charset="windows-1256", cte="base64", mua="exchange", body="""
السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

نشكركم على دعوتكم الكريمة، ونود إفادتكم بتعذر مشاركة هيئة الاتصالات وتقنية المعلومات بدولة الكويت في جلسات التشاور المشار إليها في الرسالة المعممة CI-19/35 نظراً لارتباطات سابقة.

مع خالص التقدير،
إدارة العلاقات الدولية
""")

M("ar_009_utf8.eml", "nomination", "ar", "SDN",
  [D("محمد عثمان الطيب", "مدير إدارة تطوير صناعة الاتصالات", "mohd.eltayeb@tpra.gov.sd")], B,
  note="short phone-typed self-nomination in Arabic",
  frm=("Mohamed Eltayeb", "mohd.eltayeb@tpra.gov.sd"),
  subject="Re: CI-19/35",
  recv="2019-08-16 21:30:16 +0200", tz="+0200", mua="android", cte="8bit", body="""
الأخ كريستوفر تحية طيبة
أفيدكم بأنني سأمثل السودان في جلسة بودابست يوم 10 سبتمبر.
محمد عثمان الطيب
مدير إدارة تطوير صناعة الاتصالات - الهيئة القومية للاتصالات والبريد
mohd.eltayeb@tpra.gov.sd
0912345678 249+
مع الشكر

أُرسلت من هاتف Huawei الخاص بي
""")

M("ar_010_utf8.eml", "nomination", "ar", "IRQ",
  [D("علي حسين الجبوري", "مدير قسم العلاقات الدولية في وزارة الاتصالات", "ali.aljuboori@moc.gov.iq")], B,
  note="late nomination (25 August)",
  frm=("وزارة الاتصالات - قسم العلاقات الدولية", "ir@moc.gov.iq"),
  subject="ترشيح ممثل جمهورية العراق - بودابست",
  recv="2019-08-25 11:09:40 +0200", tz="+0300", mua="roundcube", body="""
السيد كريستوفر كلارك المحترم

تحية طيبة..

نرجو التفضل بالعلم بأن وزارة الاتصالات في جمهورية العراق قررت ترشيح السيد علي حسين الجبوري، مدير قسم العلاقات الدولية في وزارة الاتصالات (ali.aljuboori@moc.gov.iq)، لحضور جلسة التشاور الخاصة بالشركات الصغيرة والمتوسطة في بودابست.

مع التقدير
قسم العلاقات الدولية
بغداد
""")

M("ar_011_utf8.eml", "nomination", "ar", "DZA",
  [D("سميرة بن يوسف", "نائب مدير الرقمنة والابتكار", "s.benyoucef@mpttn.gov.dz")], B,
  note="changes its mind inside the mail: first nominee withdrawn, replacement given",
  frm=("مديرية التعاون", "cooperation@mpttn.gov.dz"),
  subject="الرسالة المعممة CI-19/35 - مشاركة الجزائر",
  recv="2019-08-13 15:01:22 +0200", tz="+0100", mua="outlook", fmt="alt", body="""
السيد كلارك،

تحية طيبة،

كانت وزارة البريد والاتصالات السلكية واللاسلكية والتكنولوجيات والرقمنة قد اقترحت في البداية السيد كمال حداد لحضور جلسة بودابست، غير أنه تقرر في نهاية المطاف أن تمثل الجزائر السيدة سميرة بن يوسف، نائب مدير الرقمنة والابتكار، وذلك بدلاً منه.

البريد الإلكتروني: s.benyoucef@mpttn.gov.dz

تقبلوا فائق الاحترام.
مديرية التعاون
""")

M("ar_012_utf8.eml", "auto_reply", "ar", None, [], [],
  note="bilingual Arabic/English out-of-office (Arabic first)",
  frm=("Hassan Al-Sayed", "h.alsayed@tra.org.bh"),
  subject="رد تلقائي: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:36:12 +0200", tz="+0300", mua="exchange", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], body="""
شكراً لرسالتكم. أنا خارج المكتب حتى 18 أغسطس 2019 ولن أتمكن من الرد على البريد الإلكتروني.

Thank you for your email. I am out of the office until 18 August 2019 with no access to email.

حسن السيد / Hassan Al-Sayed
""")

M("ar_013_utf8.eml", "inquiry", "ar", "LBN", [], [],
  note="inquiry: can the Mission's diplomat attend and is the session open to SMEs from Lebanon",
  frm=("Rima Haddad", "rima.haddad@mpt.gov.lb"),
  subject="استفسار بخصوص الرسالة المعممة CI-19/35",
  recv="2019-08-07 12:58:05 +0200", tz="+0300", mua="gmail", fmt="alt", body="""
حضرة السيد كريستوفر كلارك،

تحية طيبة وبعد،

هل يمكن للوزارة أن ترشح أحد دبلوماسيي البعثة في جنيف بدلاً من موفد من بيروت؟ وهل سيتاح لممثلي الشركات الناشئة اللبنانية حضور الجلسة بصفة مراقب؟

شكراً سلفاً على إفادتكم.

ريما حداد
وزارة الاتصالات - الجمهورية اللبنانية
+961 1 962 100
""")

# ------------------------------------------------------------------------------------------- Chinese
M("zh_001_gb2312.eml", "nomination", "zh", "CHN",
  [D("王建国", "工业和信息化部国际合作司副司长", "wangjianguo@miit.gov.cn", ["WANG Jianguo"]),
   D("李晓燕", "中国信息通信研究院高级工程师", "lixiaoyan@caict.ac.cn", ["LI Xiaoyan"])], B,
  note="gb2312 base64 Foxmail reply quoting the Chinese circular; Pinyin spellings given in brackets are aliases",
  frm=("工业和信息化部国际合作司", "gjs@miit.gov.cn"), hdr_cs="gb2312",
  subject="回复：CI-19/35 面向成员国的磋商会议",
  recv="2019-08-09 04:31:27 +0200", tz="+0800", charset="gb2312", cte="base64", mua="foxmail", quote="zh", body="""
尊敬的克拉克先生：

感谢国际电联邀请。中国工业和信息化部愿参加2019年9月10日在布达佩斯举行的首次磋商会议，现推荐以下人员参会：

1. 王建国（WANG Jianguo），工业和信息化部国际合作司副司长，邮箱：wangjianguo@miit.gov.cn
2. 李晓燕（LI Xiaoyan），中国信息通信研究院高级工程师，邮箱：lixiaoyan@caict.ac.cn

此致
敬礼！

工业和信息化部国际合作司
电话：+86 10 6820 5214
""")

M("zh_002_gbk.eml", "correction", "zh", "CHN",
  [D("王建国", "工业和信息化部国际合作司副司长", "wangjianguo@miit.gov.cn", ["WANG Jianguo"]),
   D("赵敏", "中国信息通信研究院工程师", "zhaomin@caict.ac.cn", ["ZHAO Min"])], B, "zh_001_gb2312.eml",
  note="late correction (20 August, GBK quoted-printable): second delegate replaced, full list restated",
  frm=("工业和信息化部国际合作司", "gjs@miit.gov.cn"), hdr_cs="gbk",
  subject="更正：CI-19/35 中方参会人员",
  recv="2019-08-20 03:55:10 +0200", tz="+0800", charset="gbk", mua="foxmail", body="""
尊敬的克拉克先生：

关于我部8月9日来函，因工作安排调整，李晓燕同志不再参会，改由赵敏同志参加。中方参加布达佩斯磋商会议的人员更正如下：

1. 王建国（WANG Jianguo），工业和信息化部国际合作司副司长，wangjianguo@miit.gov.cn
2. 赵敏（ZHAO Min），中国信息通信研究院工程师，zhaomin@caict.ac.cn

不便之处，敬请谅解。

工业和信息化部国际合作司
""")

M("zh_003_utf8.eml", "nomination", "zh", "CHN",
  [D("陈立", "一等秘书", "chenli@chinamission.ch", ["CHEN Li"])], ["cwg-2020", "wsis-2020"],
  note="Permanent Mission note (照会 style), HTML-only, names a diplomat for the 2020 sessions only",
  frm=("中国常驻日内瓦代表团", "itu@chinamission.ch"),
  subject="关于参加2020年“扶持科技和创新型中小企业”磋商会议的函",
  recv="2019-08-16 10:22:36 +0200", mua="outlook", fmt="html", body="""
国际电信联盟秘书处：

中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团向国际电信联盟秘书处致意，并谨就CI-19/35号通函通报如下：

中方愿参加2020年初理事会工作组会议期间及2020年信息社会世界峰会论坛期间举办的后续磋商会议，并指派代表团一等秘书陈立（CHEN Li，邮箱：chenli@chinamission.ch）参会。布达佩斯会议参会人员已由工业和信息化部另行函告。

顺致崇高敬意。

中国常驻日内瓦代表团
2019年8月16日
""")

M("zh_004_utf8.eml", "inquiry", "zh", "CHN", [],  [],
  note="an already-nominated delegate asks for a visa invitation letter: an inquiry, not a new nomination",
  frm=("王建国", "wangjianguo@miit.gov.cn"),
  subject="咨询：布达佩斯磋商会议签证邀请函",
  recv="2019-08-21 05:18:44 +0200", tz="+0800", mua="foxmail", body="""
克拉克先生：

您好！我是工信部国际合作司王建国，已被推荐参加9月10日布达佩斯的磋商会议。请问国际电联能否出具办理匈牙利签证所需的邀请函？是否需要另行在ITU Telecom World网站注册？

谢谢！

王建国
电话：+86 10 6820 5216
""")

M("zh_005_gb2312.eml", "auto_reply", "zh", None, [], [],
  note="Chinese auto-reply (自动回复), gb2312 8bit",
  frm=("张伟", "zhangwei@srrc.org.cn"), hdr_cs="gb2312",
  subject="自动回复: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:41:07 +0200", tz="+0800", charset="gb2312", cte="8bit", mua="generic", extra=["Auto-Submitted: auto-replied"], body="""
您好，我于8月5日至8月18日出差，期间查看邮件不便。如有急事请致电 010-6800 9372。

张伟
""")

M("zh_006_big5.eml", "unrelated", "zh", None, [], [],
  note="Traditional-Chinese big5 spam about SME subsidies and trade shows",
  frm=("中小企業商機快報", "news@smebiz-asia.com"), hdr_cs="big5",
  subject="中小企業創新補助說明會 — 名額有限，立即報名",
  recv="2019-08-04 02:44:51 +0200", tz="+0800", charset="big5", cte="base64", mua="generic", fmt="html", extra=["Precedence: bulk"], body="""
親愛的企業主您好：

2019 中小企業創新補助說明會即將舉辦！協助科技與創新型中小企業申請研發補助、拓展海外市場。

時間：9月5日（四）下午2時
地點：台北國際會議中心

報名專線：(02) 2700-1234

如不想再收到本報，請回信告知。
""")

M("zh_007_gb2312.eml", "unrelated", "zh", None, [], [],
  note="Simplified-Chinese invoice spam",
  frm=("刘经理", "lj8816@163.com"), hdr_cs="gb2312",
  subject="代开各类发票 诚信合作",
  recv="2019-08-10 23:02:19 +0200", tz="+0800", charset="gb2312", cte="base64", mua="generic", body="""
您好：

本公司常年代开增值税发票、普通发票，点数优惠，可先验票后付款。

联系人：刘经理
电话：138 0013 8000
""")

M("zh_008_gb2312.eml", "bounce", "zh", None, [], [],
  note="Chinese-language bounce from a remote mail server (system returned mail)",
  frm=("系统退信", "postmaster@caict.com"), hdr_cs="gb2312",
  subject="系统退信: Acknowledgement - CI-19/35 nomination received",
  recv="2019-08-09 11:02:40 +0200", tz="+0800", mua="generic", charset="gb2312",
  report=dsn("lixy@caict.com", "5.1.1", "550 User not found: lixy@caict.com", "mx.caict.com",
             "Acknowledgement - CI-19/35 nomination received", "2019-08-09 11:02:31 +0200", lang_cs="gb2312",
             reporting_mta="mx.caict.com"),
  body="""
很抱歉您的邮件没有发送成功。

收件人：lixy@caict.com
退信原因：收件人地址不存在（550 User not found）

建议：请检查收件人地址是否正确后重新发送。
""")

M("zh_009_utf8.eml", "inquiry", "zh", None, [], [],
  note="a Chinese SME (non-state sender) asks how to take part: inquiry, member_state null",
  frm=("深圳智联创新科技有限公司 周婷", "zhouting@zhilian-tech.cn"),
  subject="咨询：中小企业如何参加ITU磋商会议",
  recv="2019-08-12 04:10:33 +0200", tz="+0800", mua="foxmail", fmt="alt", body="""
国际电联秘书处：

您好！我们是深圳一家物联网初创企业，看到贵组织关于“扶持科技和创新型中小企业”磋商会议的消息。请问企业能否直接报名参加9月10日布达佩斯的会议？2020年起的中小企业部门准成员会费标准是多少？

周婷
深圳智联创新科技有限公司 国际业务部
电话：+86 755 8666 2301
""")

# ---------------------------------------------------------------------------------- German, Portuguese
M("de_001_cp1252.eml", "nomination", "de", "DEU",
  [D("Katharina Schulte-Bergmann", "Referatsleiterin VII B 4 – Internationale Digitalpolitik", "katharina.schulte-bergmann@bmwi.bund.de")], B,
  note="windows-1252 QP Outlook reply quoting the English circular under German header labels; 'Dr.' dropped; corrected by de_002",
  frm=("Schulte-Bergmann, Katharina, Dr., VIIB4", "katharina.schulte-bergmann@bmwi.bund.de"), hdr_cs="windows-1252", hdr_enc="Q",
  subject="AW: CI-19/35: Consultation sessions for Member States: \"Fostering tech and innovation SMEs\"",
  recv="2019-08-02 14:06:55 +0200", charset="windows-1252", mua="outlook", fmt="alt", quote="en", body="""
Sehr geehrter Herr Clark,

vielen Dank für das Rundschreiben CI-19/35. Die Bundesrepublik Deutschland nimmt gern an der ersten Konsultationssitzung am 10. September 2019 in Budapest teil.

Teilnehmen wird:
Dr. Katharina Schulte-Bergmann
Referatsleiterin VII B 4 – Internationale Digitalpolitik
katharina.schulte-bergmann@bmwi.bund.de

Mit freundlichen Grüßen
Im Auftrag

Dr. Katharina Schulte-Bergmann
Bundesministerium für Wirtschaft und Energie
Scharnhorststraße 34-37, 10115 Berlin
Tel.: +49 30 18615-7342
""")

M("de_002_cp1252.eml", "correction", "de", "DEU",
  [D("Katharina Schulte-Bergmann", "Referatsleiterin VII B 4", "katharina.schulte-bergmann@bmwi.bund.de"),
   D("Jonas Weißenfels", "Referent VII B 4", "jonas.weissenfels@bmwi.bund.de")], B, "de_001_cp1252.eml",
  note="correction: a second participant added, full list restated; ß in the name, ss in the address",
  frm=("Schulte-Bergmann, Katharina, Dr., VIIB4", "katharina.schulte-bergmann@bmwi.bund.de"), hdr_cs="windows-1252", hdr_enc="Q",
  subject="AW: CI-19/35 - Teilnehmende Deutschland (Aktualisierung)",
  recv="2019-08-09 10:31:12 +0200", charset="windows-1252", mua="outlook", fmt="alt", body="""
Sehr geehrter Herr Clark,

ergänzend zu meiner E-Mail vom 2. August: Die deutsche Delegation für Budapest besteht nun aus

1. Dr. Katharina Schulte-Bergmann, Referatsleiterin VII B 4, katharina.schulte-bergmann@bmwi.bund.de
2. Herrn Jonas Weißenfels, Referent VII B 4, jonas.weissenfels@bmwi.bund.de

Diese Liste ersetzt die vorherige Meldung.

Mit freundlichen Grüßen
Katharina Schulte-Bergmann
""")

M("de_003_latin9.eml", "nomination", "de", "AUT",
  [D("Florian Gruber", "Abteilung III/PT2 - Telekom und Post", "florian.gruber@bmvit.gv.at")], B,
  note="Austrian nominee writing about himself, iso-8859-15 8bit, 'Mag.' academic title in the signature",
  frm=("Gruber Florian", "florian.gruber@bmvit.gv.at"), hdr_cs="iso-8859-15",
  subject="Teilnahme Österreich - Konsultationssitzung KMU, Budapest",
  recv="2019-08-14 16:47:29 +0200", charset="iso-8859-15", cte="8bit", mua="lotus", body="""
Sehr geehrter Herr Clark,

ich darf Ihnen mitteilen, dass ich Österreich bei der Konsultationssitzung "Fostering tech and innovation SMEs" am 10. September 2019 in Budapest vertreten werde.

Mit besten Grüßen

Mag. Florian Gruber
Abteilung III/PT2 - Telekom und Post
Bundesministerium für Verkehr, Innovation und Technologie
Radetzkystraße 2, 1030 Wien
Tel.: +43 1 711 62-65 4127
florian.gruber@bmvit.gv.at
""")

M("de_004_utf8.eml", "bounce", "de", None, [], [],
  note="German Exchange non-delivery report ('Unzustellbar') from a ministry server",
  frm=("Microsoft Outlook", "postmaster@bmdw.gv.at"),
  subject="Unzustellbar: Acknowledgement - CI-19/35 nomination received",
  recv="2019-08-14 17:02:40 +0200", mua="generic",
  report=dsn("f.gruber@bmdw.gv.at", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
             "mail.bmdw.gv.at", "Acknowledgement - CI-19/35 nomination received", "2019-08-14 17:02:31 +0200",
             reporting_mta="mail.bmdw.gv.at"),
  body="""
Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

f.gruber@bmdw.gv.at
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.

Diagnoseinformationen für Administratoren:
Generierender Server: mail.bmdw.gv.at
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
""")

M("pt_001_utf8.eml", "nomination", "pt", "BRA",
  [D("Ana Paula Carvalho de Souza", "Assessora Internacional, Anatel", "anapaula.souza@anatel.gov.br"),
   D("Ricardo Tavares Lima", "Coordenador-Geral de Inovação, MCTIC", "ricardo.lima@mctic.gov.br")], B,
  note="Brazil, two delegates, Gmail-style HTML; corrected by pt_002",
  frm=("Assessoria Internacional Anatel", "ai.anatel@gmail.com"),
  subject="Re: CI-19/35 - Participação do Brasil",
  recv="2019-08-06 21:33:08 +0200", tz="-0300", mua="gmail", fmt="alt", quote="en", body="""
Prezado Senhor Christopher Clark,

Em resposta à Carta Circular CI-19/35, o Brasil tem interesse em participar da primeira sessão de consulta, em Budapeste, no dia 10 de setembro de 2019. Indicamos os seguintes participantes:

- Ana Paula Carvalho de Souza, Assessora Internacional, Anatel (anapaula.souza@anatel.gov.br)
- Ricardo Tavares Lima, Coordenador-Geral de Inovação, MCTIC (ricardo.lima@mctic.gov.br)

Atenciosamente,

Assessoria Internacional
Agência Nacional de Telecomunicações - Anatel
SAUS Quadra 6, Brasília-DF
+55 61 2312-2090
""")

M("pt_002_utf8.eml", "correction", "pt", "BRA",
  [D("Ana Paula Carvalho de Souza", "Assessora Internacional, Anatel", "anapaula.souza@anatel.gov.br")], B, "pt_001_utf8.eml",
  note="correction removing one of two delegates; the remaining one restated",
  frm=("Assessoria Internacional Anatel", "ai.anatel@gmail.com"),
  subject="Re: CI-19/35 - Participação do Brasil - alteração",
  recv="2019-08-13 15:20:47 +0200", tz="-0300", mua="gmail", fmt="alt", body="""
Prezado Senhor Clark,

Em complemento à nossa mensagem de 6 de agosto, informamos que o Sr. Ricardo Tavares Lima não poderá viajar. A delegação brasileira em Budapeste será composta apenas por:

- Ana Paula Carvalho de Souza, Assessora Internacional, Anatel (anapaula.souza@anatel.gov.br)

Atenciosamente,
Assessoria Internacional - Anatel
""")

M("pt_003_latin1.eml", "interest_only", "pt", "PRT", [], B,
  note="interest only (Budapest), iso-8859-1 QP",
  frm=("Relações Internacionais ANACOM", "ri@anacom.pt"), hdr_cs="iso-8859-1", hdr_enc="Q",
  subject="Circular CI-19/35 - manifestação de interesse de Portugal",
  recv="2019-08-12 12:18:06 +0200", tz="+0100", charset="iso-8859-1", mua="outlook", fmt="alt", body="""
Exmo. Senhor Christopher Clark,

A Autoridade Nacional de Comunicações (ANACOM) vem manifestar o interesse de Portugal em participar na primeira sessão de consulta, a realizar em Budapeste a 10 de setembro de 2019. O nome do participante será comunicado oportunamente.

Com os melhores cumprimentos,

Direção de Relações Internacionais
ANACOM - Autoridade Nacional de Comunicações
Av. José Malhoa, 12, 1099-017 Lisboa
Tel.: +351 21 721 10 00
""")

M("pt_004_cp1252.eml", "nomination", "pt", "AGO",
  [D("Domingos Manuel Fernandes", "Director Nacional das Tecnologias de Informação", "domingos.fernandes@mtti.gov.ao")], B,
  note="note verbale of the Permanent Mission of Angola, windows-1252 base64, 'Sua Excelência'-free but 'Senhor' honorific",
  frm=("Missão Permanente de Angola em Genebra", "missangola.geneve@bluewin.ch"), hdr_cs="windows-1252",
  subject="Nota Verbal n.º 287/MPAG/2019 - Circular CI-19/35",
  recv="2019-08-15 11:49:32 +0200", charset="windows-1252", cte="base64", mua="generic", body="""
Nota Verbal n.º 287/MPAG/2019

A Missão Permanente da República de Angola junto do Escritório das Nações Unidas e outras Organizações Internacionais em Genebra apresenta os seus cumprimentos à União Internacional de Telecomunicações e, com referência à Carta Circular CI-19/35, tem a honra de informar que o Senhor Domingos Manuel Fernandes, Director Nacional das Tecnologias de Informação (domingos.fernandes@mtti.gov.ao), do Ministério das Telecomunicações e Tecnologias de Informação, foi designado para participar na sessão de consulta de 10 de Setembro de 2019, em Budapeste.

A Missão Permanente da República de Angola aproveita a oportunidade para renovar à União Internacional de Telecomunicações os protestos da sua mais elevada consideração.

Genebra, aos 15 de Agosto de 2019
""")

# ---------------------------------------------------------------------------------- Italian, Dutch
M("it_001_utf8.eml", "nomination", "it", "ITA",
  [D("Giulia Santoro", "Dirigente, Divisione Affari internazionali, DGTCSI-ISCTI", "giulia.santoro@mise.gov.it")], B,
  note="Italian ministry reply quoting the English circular under Italian header labels",
  frm=("Santoro Giulia", "giulia.santoro@mise.gov.it"),
  subject="R: CI-19/35: Consultation sessions for Member States",
  recv="2019-08-07 17:54:20 +0200", mua="outlook", fmt="alt", quote="en", body="""
Gentile Sig. Clark,

in riferimento alla Lettera Circolare CI-19/35, comunico che l'Italia parteciperà alla prima sessione di consultazione del 10 settembre 2019 a Budapest. Parteciperò io stessa:

Giulia Santoro
Dirigente, Divisione Affari internazionali, DGTCSI-ISCTI
giulia.santoro@mise.gov.it
Tel. +39 06 5444 3127

Cordiali saluti,
Giulia Santoro
Ministero dello Sviluppo Economico
""")

M("it_002_latin1.eml", "auto_reply", "it", None, [], [],
  note="Italian out-of-office, iso-8859-1",
  frm=("Ferri Marco", "marco.ferri@agcom.it"), hdr_cs="iso-8859-1",
  subject="Risposta automatica: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:39:02 +0200", charset="iso-8859-1", mua="exchange", extra=["Auto-Submitted: auto-replied"], body="""
Sarò assente dall'ufficio fino al 26 agosto con accesso limitato alla posta elettronica. Per questioni urgenti si prega di contattare segreteria.internazionale@agcom.it.

Marco Ferri
""")

M("nl_001_utf8.eml", "nomination", "nl", "NLD",
  [D("Pieter van der Linden", "Senior beleidsmedewerker, Directie Digitale Economie", "p.vanderlinden@minezk.nl")], B,
  note="Dutch tussenvoegsel name ('van der'), Outlook",
  frm=("Linden, P. van der (Pieter) (DGBI/DE)", "p.vanderlinden@minezk.nl"),
  subject="RE: CI-19/35 - deelname Nederland",
  recv="2019-08-08 11:36:49 +0200", mua="outlook", fmt="alt", body="""
Geachte heer Clark,

Hartelijk dank voor de uitnodiging. Nederland neemt graag deel aan de eerste consultatiesessie op 10 september 2019 in Boedapest. Namens het Ministerie van Economische Zaken en Klimaat zal ik aanwezig zijn:

Pieter van der Linden
Senior beleidsmedewerker, Directie Digitale Economie
p.vanderlinden@minezk.nl
T +31 70 379 6218

Met vriendelijke groet,

Pieter van der Linden
Ministerie van Economische Zaken en Klimaat
Bezuidenhoutseweg 73, Den Haag
""")

M("nl_002_utf8.eml", "nomination", "nl", "SUR",
  [D("Rakesh Ramdin", "Beleidsadviseur Telecommunicatie", "r.ramdin@tas.sr")], B,
  note="late Dutch-language nomination from Suriname (18 August)",
  frm=("Rakesh Ramdin", "r.ramdin@tas.sr"),
  subject="Deelname Suriname - consultatiesessie ITU Boedapest",
  recv="2019-08-18 03:12:55 +0200", tz="-0300", mua="gmail", fmt="alt", body="""
Geachte heer Clark,

Met excuses voor de late reactie: de Telecommunicatie Autoriteit Suriname (TAS) wil graag deelnemen aan de sessie van 10 september in Boedapest. Ik zal Suriname vertegenwoordigen.

Rakesh Ramdin
Beleidsadviseur Telecommunicatie
r.ramdin@tas.sr
+597 474 884

Met vriendelijke groet,
Rakesh Ramdin
""")

# ---------------------------------------------------------------------------------- Japanese, Korean
M("ja_001_iso2022jp.eml", "nomination", "ja", "JPN",
  [D("山田 健一", "総務省国際戦略局国際政策課 課長補佐", "k.yamada@soumu.go.jp", ["YAMADA Kenichi"]),
   D("佐藤 美咲", "総務省国際戦略局 係長", "m-sato@soumu.go.jp", ["SATO Misaki"])], B,
  note="iso-2022-jp 7bit; family name first in kanji with romaji aliases; corrected late by ja_002",
  frm=("山田 健一", "k.yamada@soumu.go.jp"), hdr_cs="iso-2022-jp",
  subject="CI-19/35 ブダペスト協議セッションへの参加について",
  recv="2019-08-09 07:44:31 +0200", tz="+0900", charset="iso-2022-jp", cte="7bit", mua="generic", body="""
Christopher Clark 様

国際電気通信連合（ITU）事務局
ご担当者様

総務省国際戦略局の山田です。
回章CI-19/35にてご案内いただきました協議セッションにつきまして、日本から以下の2名が9月10日のブダペストでのセッションに参加いたします。

1. 山田 健一（YAMADA Kenichi）
   総務省国際戦略局国際政策課 課長補佐
   k.yamada@soumu.go.jp
2. 佐藤 美咲（SATO Misaki）
   総務省国際戦略局 係長
   m-sato@soumu.go.jp

よろしくお願いいたします。

------------------------------
山田 健一
総務省 国際戦略局 国際政策課
TEL: +81-3-5253-5920
------------------------------
""")

M("ja_002_sjis.eml", "correction", "ja", "JPN",
  [D("山田 健一", "総務省国際戦略局国際政策課 課長補佐", "k.yamada@soumu.go.jp", ["YAMADA Kenichi"])], B, "ja_001_iso2022jp.eml",
  note="late correction (19 Aug) in shift_jis base64: one of two delegates withdrawn",
  frm=("山田 健一", "k.yamada@soumu.go.jp"), hdr_cs="shift_jis",
  subject="【訂正】CI-19/35 ブダペスト協議セッション参加者",
  recv="2019-08-19 02:15:40 +0200", tz="+0900", charset="shift_jis", cte="base64", mua="generic", body="""
Christopher Clark 様

総務省の山田です。
8月9日にお送りした参加者について、佐藤は業務の都合により参加できなくなりました。
ブダペストのセッションには以下の1名のみが参加いたします。

山田 健一（YAMADA Kenichi）
総務省国際戦略局国際政策課 課長補佐
k.yamada@soumu.go.jp

ご迷惑をおかけし申し訳ございません。
よろしくお願いいたします。
""")

M("ko_001_euckr.eml", "nomination", "ko", "KOR",
  [D("김민준", "과학기술정보통신부 국제협력관실 사무관", "minjun.kim@korea.kr", ["KIM Minjun"])], BW,
  note="euc-kr base64, Korean name with Latin alias, Budapest and WSIS 2020",
  frm=("김민준", "minjun.kim@korea.kr"), hdr_cs="euc-kr",
  subject="CI-19/35 협의 세션 참가자 통보 (대한민국)",
  recv="2019-08-12 03:22:18 +0200", tz="+0900", charset="euc-kr", cte="base64", mua="generic", fmt="alt", body="""
Clark 님께,

ITU 회람 CI-19/35와 관련하여, 대한민국 과학기술정보통신부는 9월 10일 부다페스트에서 개최되는 첫 번째 협의 세션과 2020년 WSIS 포럼 기간 중 개최되는 세션에 참가하고자 합니다.

참가자:
김민준 (KIM Minjun)
과학기술정보통신부 국제협력관실 사무관
minjun.kim@korea.kr
전화: +82-44-202-4632

감사합니다.

김민준 드림
""")

M("ko_002_utf8.eml", "inquiry", "ko", None, [], [],
  note="Korean startup (non-state sender) asks whether it can attend: inquiry, member_state null",
  frm=("이서연", "seoyeon.lee@nextwave-ai.co.kr"),
  subject="ITU 중소기업 협의 세션 참가 문의",
  recv="2019-08-05 09:40:02 +0200", tz="+0900", mua="gmail", fmt="alt", body="""
안녕하세요,

저는 서울 소재 AI 스타트업 넥스트웨이브의 이서연입니다. 9월 10일 부다페스트에서 열리는 "기술·혁신 중소기업 육성" 협의 세션에 민간 기업도 참석할 수 있는지 문의드립니다. 또한 2020년부터 적용되는 중소기업 준회원 회비 정보를 받을 수 있을까요?

감사합니다.
이서연 드림
넥스트웨이브 주식회사 해외사업팀
+82-2-555-0192
""")

# ---------------------------------------------------------------------------------- Turkish, Persian
M("tr_001_latin5.eml", "nomination", "tr", "TUR",
  [D("Ayşe Gül Yıldırım", "Dış İlişkiler Dairesi Başkanlığı Uzmanı, BTK", "aysegul.yildirim@btk.gov.tr")], B,
  note="iso-8859-9 QP, Turkish dotted/dotless i in name; corrected by tr_002",
  frm=("Ayşe Gül Yıldırım", "aysegul.yildirim@btk.gov.tr"), hdr_cs="iso-8859-9", hdr_enc="Q",
  subject="CI-19/35 sayılı genelge hk. - Türkiye katılımı",
  recv="2019-08-06 10:12:40 +0200", tz="+0300", charset="iso-8859-9", mua="outlook", fmt="alt", body="""
Sayın Clark,

CI-19/35 sayılı genelgeniz ile ilgili olarak, Bilgi Teknolojileri ve İletişim Kurumu (BTK) adına 10 Eylül 2019 tarihinde Budapeşte'de düzenlenecek ilk istişare oturumuna katılacağımı bildiririm.

Ayşe Gül Yıldırım
Dış İlişkiler Dairesi Başkanlığı Uzmanı, BTK
aysegul.yildirim@btk.gov.tr
Tel: +90 312 294 71 35

Saygılarımla,
""")

M("tr_002_cp1254.eml", "correction", "tr", "TUR",
  [D("Ayşe Gül Yıldırım", "Dış İlişkiler Dairesi Başkanlığı Uzmanı", "aysegul.yildirim@btk.gov.tr"),
   D("Mehmet Emin Karaca", "Daire Başkanı", "memin.karaca@btk.gov.tr")], ALL3, "tr_001_latin5.eml",
  note="correction: delegation enlarged and extended to all three sessions; windows-1254 base64",
  frm=("Ayşe Gül Yıldırım", "aysegul.yildirim@btk.gov.tr"), hdr_cs="windows-1254",
  subject="YNT: CI-19/35 sayılı genelge hk. - güncelleme",
  recv="2019-08-16 16:05:09 +0200", tz="+0300", charset="windows-1254", cte="base64", mua="outlook", fmt="alt", body="""
Sayın Clark,

6 Ağustos tarihli e-postama ek olarak, Türkiye heyetinin Budapeşte oturumu ile 2020 yılında Konsey Çalışma Grupları ve WSIS Forumu sırasında yapılacak oturumlara aşağıdaki şekilde katılacağını bildiririm:

1. Mehmet Emin Karaca – Daire Başkanı – memin.karaca@btk.gov.tr
2. Ayşe Gül Yıldırım – Dış İlişkiler Dairesi Başkanlığı Uzmanı – aysegul.yildirim@btk.gov.tr

Bu liste önceki bildirimin yerine geçer.

Saygılarımla,
Ayşe Gül Yıldırım
""")

M("fa_001_utf8.eml", "nomination", "fa", "IRN",
  [D("سید محمدرضا حسینی", "مدیرکل همکاری‌های بین‌المللی وزارت ارتباطات و فناوری اطلاعات", "mr.hosseini@ict.gov.ir", ["Seyed Mohammadreza Hosseini"])], B,
  note="Persian (zero-width non-joiners), 'Seyed' is part of the name; Latin spelling given in brackets",
  frm=("دفتر همکاری‌های بین‌المللی", "intl@ict.gov.ir"),
  subject="معرفی نماینده جمهوری اسلامی ایران - CI-19/35",
  recv="2019-08-11 09:27:16 +0200", tz="+0430", mua="roundcube", body="""
جناب آقای کلارک،

با سلام و احترام،

عطف به بخشنامه شماره CI-19/35، بدین‌وسیله جناب آقای سید محمدرضا حسینی (Seyed Mohammadreza Hosseini)، مدیرکل همکاری‌های بین‌المللی وزارت ارتباطات و فناوری اطلاعات، به عنوان نماینده جمهوری اسلامی ایران در نخستین نشست مشورتی در بوداپست (۱۰ سپتامبر ۲۰۱۹) معرفی می‌گردد.

پست الکترونیک: mr.hosseini@ict.gov.ir

با تشکر،
دفتر همکاری‌های بین‌المللی
تلفن: +98 21 8811 4402
""")

M("fa_002_cp1256.eml", "decline", "fa", "AFG", [], [],
  note="Dari (labelled fa) decline from Afghanistan, windows-1256 with Arabic yeh as old systems write it",
  frm=("وزارت مخابرات و تکنالوژي معلوماتي", "international@mcit.gov.af"), hdr_cs="windows-1256",
  subject="پاسخ به بخشنامه CI-19/35",
  recv="2019-08-14 07:48:36 +0200", tz="+0430", charset="windows-1256", cte="quoted-printable", mua="generic", body="""
محترم آقاي کلارک،

با عرض سلام و احترام،

از دعوت شما صميمانه تشکر مينمائيم. متاسفانه وزارت مخابرات و تکنالوژي معلوماتي جمهوري اسلامي افغانستان در اين مرحله قادر به اشتراک در جلسات مشورتي مذکور نميباشد.

با احترام،
رياست روابط بين المللي
""")

# ---------------------------------------------------------------------- Central and Eastern Europe
M("pl_001_latin2.eml", "nomination", "pl", "POL",
  [D("Katarzyna Wiśniewska-Nowak", "Naczelnik Wydziału Współpracy Międzynarodowej, Ministerstwo Cyfryzacji", "katarzyna.wisniewska-nowak@mc.gov.pl")], B,
  note="iso-8859-2 QP; 'Pani' honorific dropped; double surname",
  frm=("Wiśniewska-Nowak Katarzyna", "katarzyna.wisniewska-nowak@mc.gov.pl"), hdr_cs="iso-8859-2", hdr_enc="Q",
  subject="Odp: CI-19/35 - udział Polski w sesji konsultacyjnej",
  recv="2019-08-07 13:29:17 +0200", charset="iso-8859-2", mua="thunderbird", body="""
Szanowny Panie,

w odpowiedzi na list okólny CI-19/35 uprzejmie informuję, że Rzeczpospolitą Polską na sesji konsultacyjnej w Budapeszcie w dniu 10 września 2019 r. będzie reprezentować Pani Katarzyna Wiśniewska-Nowak, Naczelnik Wydziału Współpracy Międzynarodowej, Ministerstwo Cyfryzacji (katarzyna.wisniewska-nowak@mc.gov.pl).

Z wyrazami szacunku

--
Katarzyna Wiśniewska-Nowak
Ministerstwo Cyfryzacji, ul. Królewska 27, 00-060 Warszawa
tel. +48 22 245 59 12
""")

M("pl_002_cp1250.eml", "auto_reply", "pl", None, [], [],
  note="Polish out-of-office, windows-1250",
  frm=("Zieliński Tomasz", "tomasz.zielinski@uke.gov.pl"), hdr_cs="windows-1250",
  subject="Automatyczna odpowiedź: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:36:44 +0200", charset="windows-1250", mua="exchange", extra=["Auto-Submitted: auto-replied"], body="""
Dzień dobry,

jestem na urlopie do 23 sierpnia. W sprawach pilnych proszę o kontakt z sekretariatem Departamentu Współpracy Międzynarodowej: +48 22 534 91 00.

Pozdrawiam
Tomasz Zieliński
""")

M("uk_001_koi8u.eml", "nomination", "uk", "UKR",
  [D("Ковальчук Олена Миколаївна", "начальник відділу міжнародного співробітництва", "o.kovalchuk@e.gov.ua", ["Olena Kovalchuk"])], B,
  note="koi8-u QP, Ukrainian (not Russian) with і/ї/є; Latin spelling given",
  frm=("Олена Ковальчук", "o.kovalchuk@e.gov.ua"), hdr_cs="koi8-u",
  subject="Участь України у консультаційній сесії (CI-19/35)",
  recv="2019-08-13 11:51:24 +0200", tz="+0300", charset="koi8-u", mua="thunderbird", body="""
Шановний пане Кларк,

Державне агентство з питань електронного урядування України висловлює зацікавленість в участі у першій консультаційній сесії, яка відбудеться 10 вересня 2019 року в Будапешті.

Від України братиме участь Ковальчук Олена Миколаївна (Olena Kovalchuk), начальник відділу міжнародного співробітництва, o.kovalchuk@e.gov.ua.

З повагою,
Олена Ковальчук
тел. +380 44 207 17 43
""")

M("uk_002_cp1251.eml", "unrelated", "uk", None, [], [],
  note="Ukrainian IT-cluster newsletter, unrelated",
  frm=("IT Кластер", "news@itcluster.example.ua"), hdr_cs="windows-1251",
  subject="Запрошення на IT Forum 2019: стартапи та інновації",
  recv="2019-08-02 08:00:12 +0200", tz="+0300", charset="windows-1251", cte="base64", mua="generic", fmt="html", extra=["Precedence: bulk"], body="""
Друзі!

Запрошуємо на IT Forum 2019, що відбудеться 19 вересня у Львові. Стартап-алея, інвестори, панельні дискусії про розвиток малого та середнього бізнесу.

Реєструйтеся на сайті форуму.

Щоб відписатися від розсилки, натисніть тут.
""")

M("hu_001_latin2.eml", "nomination", "hu", "HUN",
  [D("Szabó Eszter", "helyettes államtitkár, Innovációs és Technológiai Minisztérium", "eszter.szabo@itm.gov.hu"),
   D("Kovács Péter Gábor", "főosztályvezető, Digitális Gazdaság Főosztály", "peter.kovacs@itm.gov.hu"),
   D("Tóth-Horváth Anna", "nemzetközi referens, NMHH", "toth-horvath.anna@nmhh.hu")], B,
  note="host country, iso-8859-2 8bit, Hungarian family-name-first order, three delegates, 'dr.' dropped",
  frm=("Kovács Péter Gábor", "peter.kovacs@itm.gov.hu"), hdr_cs="iso-8859-2", hdr_enc="Q",
  subject="Magyarország részvétele - CI-19/35 konzultációs ülés",
  recv="2019-08-05 10:58:36 +0200", charset="iso-8859-2", cte="8bit", mua="outlook", fmt="plain", body="""
Tisztelt Clark Úr!

A CI-19/35 számú körlevélre hivatkozva tájékoztatom, hogy Magyarország - a házigazda ország részéről - az alábbi küldöttséggel vesz részt a 2019. szeptember 10-i budapesti konzultációs ülésen:

1. dr. Szabó Eszter, helyettes államtitkár, Innovációs és Technológiai Minisztérium (eszter.szabo@itm.gov.hu)
2. Kovács Péter Gábor, főosztályvezető, Digitális Gazdaság Főosztály (peter.kovacs@itm.gov.hu)
3. Tóth-Horváth Anna, nemzetközi referens, NMHH (toth-horvath.anna@nmhh.hu)

Üdvözlettel:

Kovács Péter Gábor
főosztályvezető
Innovációs és Technológiai Minisztérium
1011 Budapest, Fő utca 44-50.
Tel.: +36 1 795 3412
""")

M("hu_002_utf8.eml", "inquiry", "hu", "HUN", [], [],
  note="host-country inquiry about the room and badges; no nomination",
  frm=("Tóth-Horváth Anna", "toth-horvath.anna@nmhh.hu"),
  subject="Kérdés a budapesti konzultációs ülés helyszínéről",
  recv="2019-08-20 09:14:50 +0200", mua="outlook", fmt="alt", body="""
Tisztelt Clark Úr!

Szeretném megkérdezni, hogy a szeptember 10-i konzultációs ülés pontosan melyik teremben lesz a Hungexpo területén, és a résztvevőknek külön regisztrálniuk kell-e az ITU Telecom World belépőkártyáért.

Köszönettel:
Tóth-Horváth Anna
Nemzeti Média- és Hírközlési Hatóság
+36 1 457 7218
""")

M("cs_001_cp1250.eml", "nomination", "cs", "CZE",
  [D("Tomáš Dvořák", "ředitel odboru digitální ekonomiky, Ministerstvo průmyslu a obchodu", "dvorakt@mpo.cz")], B,
  note="windows-1250 QP; 'Ing.' academic title dropped",
  frm=("Dvořák Tomáš", "dvorakt@mpo.cz"), hdr_cs="windows-1250",
  subject="Účast ČR - konzultační zasedání CI-19/35",
  recv="2019-08-12 14:20:33 +0200", charset="windows-1250", mua="outlook", fmt="alt", body="""
Vážený pane Clarku,

v návaznosti na oběžník CI-19/35 Vám sděluji, že se konzultačního zasedání dne 10. září 2019 v Budapešti za Českou republiku zúčastním já:

Ing. Tomáš Dvořák
ředitel odboru digitální ekonomiky, Ministerstvo průmyslu a obchodu
dvorakt@mpo.cz
tel.: +420 224 853 217

S pozdravem
Tomáš Dvořák
""")

M("sk_001_latin2.eml", "decline", "sk", "SVK", [], [],
  note="Slovak decline, iso-8859-2 base64",
  frm=("Odbor medzinárodných vzťahov", "omv@mindop.sk"), hdr_cs="iso-8859-2",
  subject="Odpoveď na obežník CI-19/35",
  recv="2019-08-15 15:33:21 +0200", charset="iso-8859-2", cte="base64", mua="generic", body="""
Vážený pán Clark,

ďakujeme za pozvanie. Slovenská republika sa, žiaľ, konzultačných stretnutí k podpore technologických a inovačných MSP nezúčastní.

S pozdravom
Odbor medzinárodných vzťahov
Ministerstvo dopravy a výstavby Slovenskej republiky
""")

M("ro_001_utf8.eml", "nomination", "ro", "ROU",
  [D("Ioana-Maria Popescu", "Director, Direcția Relații Internaționale, ANCOM", "ioana.popescu@ancom.ro")], BC,
  note="Romanian with comma-below ș/ț; Budapest and CWG sessions",
  frm=("Popescu Ioana-Maria", "ioana.popescu@ancom.ro"),
  subject="RE: CI-19/35 - participarea României",
  recv="2019-08-09 12:44:10 +0200", tz="+0300", mua="outlook", fmt="alt", body="""
Stimate domnule Clark,

Ca răspuns la scrisoarea circulară CI-19/35, vă informăm că România, prin Autoritatea Națională pentru Administrare și Reglementare în Comunicații (ANCOM), va participa la sesiunea de consultare de la Budapesta din 10 septembrie 2019, precum și la sesiunea organizată în cadrul reuniunilor grupurilor de lucru ale Consiliului din 2020.

Participant: Ioana-Maria Popescu, Director, Direcția Relații Internaționale, ANCOM (ioana.popescu@ancom.ro)

Cu stimă,
Ioana-Maria Popescu
Tel: +40 372 845 617
""")

M("bg_001_cp1251.eml", "nomination", "bg", "BGR",
  [D("Мария Георгиева Иванова", "главен експерт, дирекция „Международно сътрудничество“", "mivanova@crc.bg")], B,
  note="Bulgarian windows-1251 QP with Bulgarian quotation marks",
  frm=("Мария Иванова", "mivanova@crc.bg"), hdr_cs="windows-1251",
  subject="Участие на България - CI-19/35",
  recv="2019-08-14 10:03:59 +0200", tz="+0300", charset="windows-1251", mua="thunderbird", body="""
Уважаеми г-н Кларк,

Във връзка с циркулярно писмо CI-19/35 Ви уведомявам, че Комисията за регулиране на съобщенията ще участва в консултативната сесия в Будапеща на 10 септември 2019 г.

Участник: Мария Георгиева Иванова, главен експерт, дирекция „Международно сътрудничество“, mivanova@crc.bg

С уважение,
Мария Иванова
тел. +359 2 9492 713
""")

M("sr_001_utf8.eml", "nomination", "sr", "SRB",
  [D("Милош Јовановић", "виши саветник у Министарству трговине, туризма и телекомуникација", "milos.jovanovic@mtt.gov.rs", ["Miloš Jovanović"])], B,
  note="Serbian Cyrillic with the Latin-script spelling in the signature",
  frm=("Miloš Jovanović", "milos.jovanovic@mtt.gov.rs"),
  subject="Учешће Републике Србије - CI-19/35",
  recv="2019-08-16 09:05:47 +0200", mua="outlook", fmt="alt", body="""
Поштовани господине Кларк,

Поводом циркуларног писма CI-19/35 обавештавамо Вас да ће Републику Србију на консултативној сесији у Будимпешти 10. септембра 2019. године представљати Милош Јовановић, виши саветник у Министарству трговине, туризма и телекомуникација (milos.jovanovic@mtt.gov.rs).

С поштовањем,

Miloš Jovanović
Ministarstvo trgovine, turizma i telekomunikacija
+381 11 311 7382
""")

M("hr_001_cp1250.eml", "interest_only", "hr", "HRV", [], B,
  note="Croatian interest only, windows-1250 8bit",
  frm=("HAKOM - Međunarodna suradnja", "medjunarodna@hakom.hr"), hdr_cs="windows-1250",
  subject="Iskaz interesa - okružnica CI-19/35",
  recv="2019-08-08 13:37:02 +0200", charset="windows-1250", cte="8bit", mua="generic", body="""
Poštovani gospodine Clark,

Hrvatska regulatorna agencija za mrežne djelatnosti (HAKOM) iskazuje interes za sudjelovanje na prvoj konzultacijskoj sjednici u Budimpešti 10. rujna 2019. Ime sudionika dostavit ćemo naknadno.

S poštovanjem,
Služba za međunarodnu suradnju
HAKOM, Zagreb
""")

M("sl_001_utf8.eml", "nomination", "sl", "SVN",
  [D("Nina Kranjc", "svetovalka za mednarodne zadeve, AKOS", "nina.kranjc@akos-rs.si")], B,
  note="Slovenian nomination, Zimbra HTML-only",
  frm=("Nina Kranjc", "nina.kranjc@akos-rs.si"),
  subject="Udeležba Slovenije na posvetovanju CI-19/35",
  recv="2019-08-13 16:22:05 +0200", mua="zimbra", fmt="html", body="""
Spoštovani g. Clark,

v imenu Agencije za komunikacijska omrežja in storitve Republike Slovenije (AKOS) vas obveščam, da se bom posvetovanja 10. septembra 2019 v Budimpešti udeležila jaz.

Nina Kranjc
svetovalka za mednarodne zadeve, AKOS
nina.kranjc@akos-rs.si
+386 1 583 63 41

Lep pozdrav,
Nina Kranjc
""")

M("el_001_iso88597.eml", "nomination", "el", "GRC",
  [D("Γεώργιος Παπαδόπουλος", "Προϊστάμενος Τμήματος Διεθνών Σχέσεων, ΕΕΤΤ", "gpapadopoulos@eett.gr", ["Georgios Papadopoulos"])], B,
  note="iso-8859-7 QP Greek with Latin transliteration",
  frm=("Papadopoulos Georgios", "gpapadopoulos@eett.gr"), hdr_cs="iso-8859-7",
  subject="Συμμετοχή της Ελλάδας - CI-19/35",
  recv="2019-08-12 11:11:45 +0200", tz="+0300", charset="iso-8859-7", mua="outlook", fmt="alt", body="""
Αξιότιμε κύριε Clark,

Σε απάντηση της εγκυκλίου CI-19/35, σας ενημερώνουμε ότι στη συνεδρία διαβούλευσης της 10ης Σεπτεμβρίου 2019 στη Βουδαπέστη την Ελλάδα θα εκπροσωπήσει ο κ. Γεώργιος Παπαδόπουλος (Georgios Papadopoulos), Προϊστάμενος Τμήματος Διεθνών Σχέσεων, ΕΕΤΤ, gpapadopoulos@eett.gr.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος
Εθνική Επιτροπή Τηλεπικοινωνιών και Ταχυδρομείων
Τηλ. +30 210 615 1185
""")

M("lt_001_cp1257.eml", "interest_only", "lt", "LTU", [], BW,
  note="Lithuanian interest only (Budapest and WSIS), windows-1257",
  frm=("Rūta Žemaitytė", "ruta.zemaityte@rrt.lt"), hdr_cs="windows-1257",
  subject="Dėl aplinkraščio CI-19/35",
  recv="2019-08-14 14:25:10 +0200", tz="+0300", charset="windows-1257", mua="outlook", fmt="alt", body="""
Gerbiamas pone Clark,

Ryšių reguliavimo tarnyba (RRT) išreiškia Lietuvos susidomėjimą dalyvauti konsultacijų sesijoje Budapešte 2019 m. rugsėjo 10 d. ir 2020 m. WSIS forumo metu vyksiančioje sesijoje. Dalyvio vardą ir pavardę pranešime vėliau.

Pagarbiai
Rūta Žemaitytė
Tarptautinių ryšių skyrius
Tel. +370 5 210 5641
""")

M("lv_001_iso885913.eml", "decline", "lv", "LVA", [], [],
  note="Latvian decline, iso-8859-13",
  frm=("Jānis Bērziņš", "janis.berzins@varam.gov.lv"), hdr_cs="iso-8859-13",
  subject="Atbilde uz apkārtrakstu CI-19/35",
  recv="2019-08-16 08:47:51 +0200", tz="+0300", charset="iso-8859-13", mua="generic", body="""
Godātais Klārka kungs!

Pateicamies par uzaicinājumu. Diemžēl Latvija šoreiz nevarēs piedalīties konsultāciju sesijās.

Ar cieņu
Jānis Bērziņš
Vides aizsardzības un reģionālās attīstības ministrija
""")

M("et_001_utf8.eml", "nomination", "et", "EST",
  [D("Kadri Tamm", "digiühiskonna arengu osakonna nõunik", "kadri.tamm@mkm.ee")], B,
  note="Estonian nomination, Gmail-like HTML",
  frm=("Kadri Tamm", "kadri.tamm@mkm.ee"),
  subject="Eesti osalemine konsultatsioonil (CI-19/35)",
  recv="2019-08-15 10:17:29 +0200", tz="+0300", mua="gmail", fmt="alt", body="""
Lugupeetud hr Clark

Majandus- ja Kommunikatsiooniministeerium teatab, et Eestit esindab 10. septembri konsultatsioonil Budapestis Kadri Tamm, digiühiskonna arengu osakonna nõunik (kadri.tamm@mkm.ee, +372 625 6411).

Lugupidamisega
Kadri Tamm
""")

M("fi_001_latin1.eml", "nomination", "fi", "FIN",
  [D("Mikko Virtanen", "erityisasiantuntija, Traficom", "mikko.virtanen@traficom.fi")], B,
  note="Finnish, iso-8859-1 8bit",
  frm=("Virtanen Mikko", "mikko.virtanen@traficom.fi"), hdr_cs="iso-8859-1",
  subject="Suomen osallistuminen - CI-19/35",
  recv="2019-08-13 09:56:12 +0200", tz="+0300", charset="iso-8859-1", cte="8bit", mua="generic", body="""
Hyvä herra Clark,

Liikenne- ja viestintävirasto Traficom ilmoittaa, että Suomea edustaa Budapestin konsultaatiotilaisuudessa 10.9.2019 Mikko Virtanen, erityisasiantuntija, Traficom (mikko.virtanen@traficom.fi).

Ystävällisin terveisin
Mikko Virtanen
puh. +358 29 539 0147
""")

M("sv_001_utf8.eml", "nomination", "sv", "SWE",
  [D("Johanna Lindqvist", "handläggare, Internationella sektionen, PTS", "johanna.lindqvist@pts.se")], B,
  note="Swedish late nomination (21 August)",
  frm=("Johanna Lindqvist", "johanna.lindqvist@pts.se"),
  subject="SV: CI-19/35 - Sveriges deltagande",
  recv="2019-08-21 14:02:37 +0200", mua="outlook", fmt="alt", body="""
Bäste Mr Clark,

Ursäkta sent svar. Post- och telestyrelsen (PTS) deltar gärna i konsultationen den 10 september i Budapest. Jag kommer att representera Sverige.

Johanna Lindqvist
handläggare, Internationella sektionen, PTS
johanna.lindqvist@pts.se
Tel: +46 8 678 57 21

Med vänliga hälsningar
Johanna
""")

M("da_001_utf8.eml", "nomination", "da", "DNK",
  [D("Mads Kristensen", "fuldmægtig, Erhvervsstyrelsen", "madkri@erst.dk")], B,
  note="cover note from the Danish Mission with the ministry's nomination attached as message/rfc822",
  frm=("Danmarks Faste Mission i Genève", "gvamis@um.dk"),
  subject="VS: Dansk deltagelse - ITU konsultation om SMV'er (CI-19/35)",
  recv="2019-08-15 15:44:08 +0200", mua="outlook", fmt="plain",
  forward_msg=fwd_rfc822(("Erhvervsstyrelsen - Internationalt", "international@erst.dk"), [("", "gvamis@um.dk")],
                         "Dansk deltagelse - ITU konsultation om SMV'er (CI-19/35)", "2019-08-15 09:12:44 +0200", """
Kære Mission

Med henvisning til ITU's cirkulære CI-19/35 skal vi bede jer videresende, at Danmark deltager i konsultationsmødet i Budapest den 10. september 2019 ved:

Mads Kristensen, fuldmægtig, Erhvervsstyrelsen, madkri@erst.dk, tlf. +45 35 29 10 00

Med venlig hilsen
Erhvervsstyrelsen, Internationalt Kontor
"""), body="""
Kære Mr Clark

Vedhæftet videresendes Erhvervsstyrelsens tilmelding til konsultationsmødet i Budapest.

Med venlig hilsen

Louise Holm
Attaché
Danmarks Faste Mission ved FN i Genève
+41 22 918 00 40
""")

M("sq_001_utf8.eml", "nomination", "sq", "ALB",
  [D("Ermal Hoxha", "Drejtor i Marrëdhënieve me Jashtë, AKEP", "ermal.hoxha@akep.al")], B,
  note="Albanian nomination",
  frm=("Ermal Hoxha", "ermal.hoxha@akep.al"),
  subject="Pjesëmarrja e Shqipërisë - CI-19/35",
  recv="2019-08-12 12:05:33 +0200", mua="roundcube", body="""
I nderuar z. Clark,

Në përgjigje të letrës qarkore CI-19/35, ju njoftojmë se Autoriteti i Komunikimeve Elektronike dhe Postare (AKEP) do të marrë pjesë në seancën konsultative në Budapest më 10 shtator 2019. Pjesëmarrës do të jetë Ermal Hoxha, Drejtor i Marrëdhënieve me Jashtë, AKEP (ermal.hoxha@akep.al).

Me respekt,
Ermal Hoxha
Tel: +355 4 225 9571
""")

M("mk_001_utf8.eml", "nomination", "mk", "MKD",
  [D("Марија Стојановска", "советник за меѓународна соработка, АЕК", "marija.stojanovska@aek.mk", ["Marija Stojanovska"])], B,
  note="Macedonian Cyrillic (ѓ, ќ, ѕ), Latin spelling in signature",
  frm=("Marija Stojanovska", "marija.stojanovska@aek.mk"),
  subject="Учество на Северна Македонија - CI-19/35",
  recv="2019-08-14 13:48:20 +0200", mua="outlook", fmt="alt", body="""
Почитуван господине Кларк,

Ве известуваме дека Агенцијата за електронски комуникации ќе учествува на консултативната сесија во Будимпешта на 10 септември 2019 година. Учесник: Марија Стојановска, советник за меѓународна соработка, АЕК (marija.stojanovska@aek.mk).

Со почит,
Marija Stojanovska
Агенција за електронски комуникации, Скопје
+389 2 3289 215
""")

# ----------------------------------------------------------------------------- Asia, Africa, Caucasus
M("th_001_tis620.eml", "interest_only", "th", "THA", [], B,
  note="Thai interest only, tis-620 QP; followed by the late nomination th_002",
  frm=("กองการต่างประเทศ กระทรวงดิจิทัลฯ", "foreign.affairs@mdes.go.th"), hdr_cs="tis-620",
  subject="การเข้าร่วมการประชุมหารือตามหนังสือเวียน CI-19/35",
  recv="2019-08-14 06:33:47 +0200", tz="+0700", charset="tis-620", mua="generic", body="""
เรียน Mr. Christopher Clark

กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งประเทศไทยขอแสดงความสนใจเข้าร่วมการประชุมหารือครั้งแรกในวันที่ 10 กันยายน 2562 ณ กรุงบูดาเปสต์ และจะแจ้งรายชื่อผู้เข้าร่วมให้ทราบในภายหลัง

ขอแสดงความนับถือ
กองการต่างประเทศ
กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม
โทร. +66 2 141 6835
""")

M("th_002_tis620.eml", "nomination", "th", "THA",
  [D("สุภาพร วงศ์ใหญ่", "นักวิเทศสัมพันธ์ชำนาญการพิเศษ", "supaporn.w@mdes.go.th", ["Supaporn Wongyai"])], B,
  note="late Thai nomination (23 August) after the interest-only th_001, tis-620 base64; 'นางสาว' honorific dropped",
  frm=("กองการต่างประเทศ กระทรวงดิจิทัลฯ", "foreign.affairs@mdes.go.th"), hdr_cs="tis-620",
  subject="แจ้งรายชื่อผู้เข้าร่วมการประชุม CI-19/35",
  recv="2019-08-23 05:20:14 +0200", tz="+0700", charset="tis-620", cte="base64", mua="generic", body="""
เรียน Mr. Christopher Clark

ตามที่กระทรวงฯ ได้แจ้งความสนใจเข้าร่วมการประชุมหารือ ณ กรุงบูดาเปสต์ ไปแล้วนั้น กระทรวงฯ ขอแจ้งรายชื่อผู้เข้าร่วม ดังนี้

นางสาวสุภาพร วงศ์ใหญ่ (Ms. Supaporn Wongyai)
นักวิเทศสัมพันธ์ชำนาญการพิเศษ
supaporn.w@mdes.go.th

ขออภัยในความล่าช้า

ขอแสดงความนับถือ
กองการต่างประเทศ
""")

M("id_001_utf8.eml", "nomination", "id", "IDN",
  [D("Dewi Anggraini Putri", "Kepala Subdirektorat Kerja Sama Multilateral, Kementerian Kominfo", "dewi.anggraini@kominfo.go.id"),
   D("Budi Santoso", "Analis Kebijakan, Ditjen Aplikasi Informatika", "budi.santoso@kominfo.go.id")], B,
  note="Indonesian, two delegates",
  frm=("Kerja Sama Multilateral Kominfo", "ksm@kominfo.go.id"),
  subject="Re: CI-19/35 - Partisipasi Indonesia",
  recv="2019-08-08 09:37:50 +0200", tz="+0700", mua="zimbra", fmt="alt", body="""
Yth. Bapak Christopher Clark,

Menindaklanjuti Surat Edaran CI-19/35, Kementerian Komunikasi dan Informatika Republik Indonesia dengan ini menyampaikan minat untuk berpartisipasi dalam sesi konsultasi pertama di Budapest pada 10 September 2019, dengan delegasi sebagai berikut:

1. Ibu Dewi Anggraini Putri, Kepala Subdirektorat Kerja Sama Multilateral, Kementerian Kominfo (dewi.anggraini@kominfo.go.id)
2. Bapak Budi Santoso, Analis Kebijakan, Ditjen Aplikasi Informatika (budi.santoso@kominfo.go.id)

Atas perhatian Bapak, kami ucapkan terima kasih.

Hormat kami,
Subdirektorat Kerja Sama Multilateral
Kementerian Komunikasi dan Informatika
Jl. Medan Merdeka Barat No. 9, Jakarta
Telp. +62 21 345 2841
""")

M("id_002_utf8.eml", "auto_reply", "id", None, [], [],
  note="Indonesian out-of-office",
  frm=("Rahmat Hidayat", "rahmat.hidayat@kominfo.go.id"),
  subject="Balasan Otomatis: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:38:26 +0200", tz="+0700", mua="zimbra", extra=["Auto-Submitted: auto-replied"], body="""
Terima kasih atas email Anda. Saya sedang dinas luar hingga 20 Agustus 2019. Untuk keperluan mendesak, silakan hubungi ksm@kominfo.go.id.

Salam,
Rahmat Hidayat
""")

M("vi_001_utf8.eml", "nomination", "vi", "VNM",
  [D("Nguyễn Thị Thu Hà", "Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Thông tin và Truyền thông", "ntthuha@mic.gov.vn", ["Nguyen Thi Thu Ha"])], B,
  note="Vietnamese with tone marks; unaccented spelling given as alias; 'bà' honorific dropped",
  frm=("Vu Hop tac quoc te - Bo TT&TT", "htqt@mic.gov.vn"),
  subject="V/v cử đại biểu tham dự phiên tham vấn CI-19/35",
  recv="2019-08-13 05:46:21 +0200", tz="+0700", mua="outlook", fmt="alt", body="""
Kính gửi Ông Christopher Clark,

Liên quan đến Thư thông báo CI-19/35, Bộ Thông tin và Truyền thông Việt Nam trân trọng thông báo cử bà Nguyễn Thị Thu Hà (Nguyen Thi Thu Ha), Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Thông tin và Truyền thông, email: ntthuha@mic.gov.vn, tham dự phiên tham vấn đầu tiên tại Budapest ngày 10/9/2019.

Trân trọng,
Vụ Hợp tác quốc tế
Bộ Thông tin và Truyền thông
ĐT: +84 24 3943 7013
""")

M("vi_002_utf8.eml", "inquiry", "vi", "VNM", [], [],
  note="Vietnamese inquiry about documents for the session",
  frm=("Trần Minh Tuấn", "tmtuan@mic.gov.vn"),
  subject="Hỏi về chương trình phiên tham vấn tại Budapest",
  recv="2019-08-28 04:12:09 +0200", tz="+0700", mua="gmail", fmt="alt", body="""
Kính gửi Ông Clark,

Xin cho hỏi chương trình chi tiết của phiên tham vấn ngày 10/9 tại Budapest đã được công bố chưa, và các nước có cần chuẩn bị bài trình bày về chính sách hỗ trợ doanh nghiệp nhỏ và vừa không ạ?

Trân trọng cảm ơn,
Trần Minh Tuấn
Vụ Hợp tác quốc tế, Bộ TT&TT
""")

M("he_001_cp1255.eml", "nomination", "he", "ISR",
  [D("יעל כהן", "מנהלת תחום קשרים בינלאומיים, משרד התקשורת", "yaelc@moc.gov.il", ["Yael Cohen"])], B,
  note="Hebrew windows-1255 base64; Latin spelling in signature",
  frm=("Yael Cohen", "yaelc@moc.gov.il"), hdr_cs="windows-1255",
  subject="השתתפות ישראל - CI-19/35",
  recv="2019-08-11 10:40:18 +0200", tz="+0300", charset="windows-1255", cte="base64", mua="outlook", fmt="alt", body="""
מר קלארק הנכבד,

בהמשך למכתב החוזר CI-19/35, הריני להודיעך כי אייצג את מדינת ישראל במושב ההתייעצות שיתקיים בבודפשט ב-10 בספטמבר 2019.

יעל כהן
מנהלת תחום קשרים בינלאומיים, משרד התקשורת
yaelc@moc.gov.il
טל': 972-3-519-8247+

בברכה,
Yael Cohen
""")

M("hi_001_utf8.eml", "inquiry", "hi", "IND", [], [],
  note="Hindi inquiry from another Indian ministry (MSME) asking whether it may also send an officer",
  frm=("अंतर्राष्ट्रीय सहयोग प्रभाग", "ic-division@msme.gov.in"),
  subject="परिपत्र CI-19/35 के संबंध में पूछताछ",
  recv="2019-08-12 08:03:44 +0200", tz="+0530", mua="outlook", fmt="alt", body="""
आदरणीय श्री क्लार्क,

सूक्ष्म, लघु एवं मध्यम उद्यम मंत्रालय यह जानना चाहता है कि क्या दूरसंचार विभाग के नामित अधिकारी के अतिरिक्त हमारा मंत्रालय भी बुडापेस्ट सत्र में एक अधिकारी भेज सकता है। कृपया यह भी बताएं कि क्या इसके लिए स्थायी मिशन के माध्यम से अलग पत्र आवश्यक होगा।

सादर,
अंतर्राष्ट्रीय सहयोग प्रभाग
सूक्ष्म, लघु एवं मध्यम उद्यम मंत्रालय, नई दिल्ली
दूरभाष: +91 11 2306 3288
""")

M("bn_001_utf8.eml", "interest_only", "bn", "BGD", [], ["wsis-2020"],
  note="Bengali interest only in the WSIS Forum 2020 session",
  frm=("আইসিটি বিভাগ", "intl@ictd.gov.bd"),
  subject="সার্কুলার CI-19/35 বিষয়ে",
  recv="2019-08-16 07:24:40 +0200", tz="+0600", mua="gmail", fmt="alt", body="""
জনাব ক্রিস্টোফার ক্লার্ক,

তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ, বাংলাদেশ, ২০২০ সালের ডব্লিউএসআইএস ফোরাম চলাকালীন অনুষ্ঠিতব্য পরামর্শ সভায় অংশগ্রহণে আগ্রহ প্রকাশ করছে। অংশগ্রহণকারীর নাম পরবর্তীতে জানানো হবে।

শুভেচ্ছান্তে,
আন্তর্জাতিক সহযোগিতা শাখা
তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ, ঢাকা
""")

M("ms_001_utf8.eml", "nomination", "ms", "MYS",
  [D("Nurul Ain binti Abdullah", "Ketua Penolong Pengarah, Bahagian Antarabangsa, MCMC", "nurulain@mcmc.gov.my")], B,
  note="Malay (not Indonesian); 'binti' is part of the name, 'Puan' honorific dropped",
  frm=("Nurul Ain Abdullah", "nurulain@mcmc.gov.my"),
  subject="Penyertaan Malaysia - Sesi Konsultasi CI-19/35",
  recv="2019-08-14 04:58:31 +0200", tz="+0800", mua="outlook", fmt="alt", body="""
Tuan Christopher Clark,

Merujuk kepada Surat Pekeliling CI-19/35, dimaklumkan bahawa Suruhanjaya Komunikasi dan Multimedia Malaysia (MCMC) akan menghantar wakil ke sesi konsultasi di Budapest pada 10 September 2019 seperti berikut:

Puan Nurul Ain binti Abdullah
Ketua Penolong Pengarah, Bahagian Antarabangsa, MCMC
nurulain@mcmc.gov.my
Tel: +603 8688 8024

Sekian, terima kasih.

Yang benar,
Nurul Ain binti Abdullah
""")

M("sw_001_utf8.eml", "nomination", "sw", "TZA",
  [D("Neema Joseph Mwakyusa", "Afisa Mkuu wa Mahusiano ya Kimataifa, TCRA", "neema.mwakyusa@tcra.go.tz")], B,
  note="late Swahili nomination (19 August)",
  frm=("Neema Mwakyusa", "neema.mwakyusa@tcra.go.tz"),
  subject="Ushiriki wa Tanzania - kikao cha mashauriano CI-19/35",
  recv="2019-08-19 09:31:06 +0200", tz="+0300", mua="outlook", fmt="alt", body="""
Ndugu Christopher Clark,

Tunaomba radhi kwa kuchelewa kujibu. Mamlaka ya Mawasiliano Tanzania (TCRA) inapenda kukujulisha kwamba Bi. Neema Joseph Mwakyusa, Afisa Mkuu wa Mahusiano ya Kimataifa, TCRA (neema.mwakyusa@tcra.go.tz), ataiwakilisha Jamhuri ya Muungano wa Tanzania katika kikao cha mashauriano kitakachofanyika Budapest tarehe 10 Septemba 2019.

Wako katika ujenzi wa taifa,
Idara ya Mahusiano ya Kimataifa
TCRA, Dar es Salaam
Simu: +255 22 219 9760
""")

M("kk_001_utf8.eml", "nomination", "kk", "KAZ",
  [D("Сейітова Айгүл Нұрланқызы", "Халықаралық ынтымақтастық департаментінің директоры", "a.seitova@mdai.gov.kz", ["Сеитова Айгуль Нурлановна"])], B,
  note="bilingual Kazakh then Russian (kk first); the Russian spelling of the name is an alias",
  frm=("Жанар Сулейменова", "zh.suleimenova@mdai.gov.kz"),
  subject="CI-19/35: Қазақстан Республикасының қатысушысы / участник от Республики Казахстан",
  recv="2019-08-15 06:12:38 +0200", tz="+0600", mua="outlook", fmt="alt", body="""
Құрметті Кларк мырза,

Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі 2019 жылғы 10 қыркүйекте Будапештте өтетін консультациялық сессияға қатысушыны ұсынады:
Сейітова Айгүл Нұрланқызы, Халықаралық ынтымақтастық департаментінің директоры, a.seitova@mdai.gov.kz

Уважаемый господин Кларк,

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан сообщает участника консультационной сессии 10 сентября 2019 года в Будапеште:
Сеитова Айгуль Нурлановна, директор Департамента международного сотрудничества, a.seitova@mdai.gov.kz

Құрметпен / С уважением,
Жанар Сулейменова
+7 7172 74-03-77
""")

M("uz_001_utf8.eml", "auto_reply", "uz", None, [], [],
  note="Uzbek (Latin script) out-of-office",
  frm=("Dilshod Rahimov", "d.rahimov@mitc.uz"),
  subject="Avtomatik javob: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:42:15 +0200", tz="+0500", mua="exchange", extra=["Auto-Submitted: auto-replied"], body="""
Assalomu alaykum!

Men 19-avgustgacha xizmat safaridaman. Shoshilinch masalalar bo'yicha intl@mitc.uz manziliga murojaat qiling.

Hurmat bilan,
Dilshod Rahimov
""")

M("az_001_utf8.eml", "nomination", "az", "AZE",
  [D("Elvin Məmmədov", "Beynəlxalq əlaqələr şöbəsinin baş məsləhətçisi", "elvin.mammadov@mincom.gov.az", ["Elvin Mammadov"])], B,
  note="Azerbaijani with schwa; the name stands in the genitive (Məmmədovun) in the sentence, nominative in the label; ASCII spelling in signature",
  frm=("Elvin Mammadov", "elvin.mammadov@mincom.gov.az"),
  subject="CI-19/35 üzrə iştirak - Azərbaycan",
  recv="2019-08-10 09:18:27 +0200", tz="+0400", mua="outlook", fmt="alt", body="""
Hörmətli cənab Klark,

Nəqliyyat, Rabitə və Yüksək Texnologiyalar Nazirliyi 2019-cu il 10 sentyabrda Budapeştdə keçiriləcək məsləhətləşmə sessiyasında Azərbaycanı Elvin Məmmədovun, Beynəlxalq əlaqələr şöbəsinin baş məsləhətçisi (elvin.mammadov@mincom.gov.az), təmsil edəcəyini bildirir.

Hörmətlə,
Elvin Mammadov
Tel: +994 12 598 58 12
""")

M("ka_001_utf8.eml", "nomination", "ka", "GEO",
  [D("ნინო ბერიძე", "საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი სპეციალისტი", "n.beridze@comcom.ge", ["Nino Beridze"])], B,
  note="Georgian script, base64, Latin spelling in brackets",
  frm=("Nino Beridze", "n.beridze@comcom.ge"),
  subject="საქართველოს მონაწილეობა - CI-19/35",
  recv="2019-08-13 08:39:55 +0200", tz="+0400", cte="base64", mua="generic", body="""
ბატონო კლარკ,

გაცნობებთ, რომ 2019 წლის 10 სექტემბერს ბუდაპეშტში გამართულ საკონსულტაციო სესიაში საქართველოს კომუნიკაციების ეროვნული კომისიიდან მონაწილეობას მიიღებს ნინო ბერიძე (Nino Beridze), საერთაშორისო ურთიერთობების დეპარტამენტის უფროსი სპეციალისტი, n.beridze@comcom.ge.

პატივისცემით,
ნინო ბერიძე
ტელ: +995 32 292 16 67
""")

M("hy_001_utf8.eml", "auto_reply", "hy", None, [], [],
  note="Armenian out-of-office",
  frm=("Անի Սարգսյան", "a.sargsyan@mtad.am"),
  subject="Ավտոմատ պատասխան: Reminder: CI-19/35 - deadline 16 August 2019",
  recv="2019-08-09 14:43:30 +0200", tz="+0400", mua="exchange", extra=["Auto-Submitted: auto-replied"], body="""
Բարև Ձեզ,

Ես արձակուրդում եմ մինչև օգոստոսի 26-ը։ Հրատապ հարցերով խնդրում եմ դիմել k.harutyunyan@mtad.am հասցեով։

Հարգանքով՝
Անի Սարգսյան
""")

M("mn_001_utf8.eml", "nomination", "mn", "MNG",
  [D("Батбаярын Болормаа", "Харилцаа холбооны зохицуулах хорооны Гадаад харилцааны хэлтсийн мэргэжилтэн", "bolormaa.b@crc.gov.mn", ["Bolormaa Batbayar"])], B,
  note="late Mongolian nomination (20 August); patronymic first, Latin spelling in given-name-first order",
  frm=("Bolormaa Batbayar", "bolormaa.b@crc.gov.mn"),
  subject="CI-19/35 - Монгол Улсын оролцогч",
  recv="2019-08-20 04:27:13 +0200", tz="+0800", mua="gmail", fmt="alt", body="""
Эрхэм ноён Кларк,

Хоцорч хариу өгсөнд уучлаарай. 2019 оны 9-р сарын 10-нд Будапешт хотноо болох зөвлөлдөх уулзалтад Монгол Улсыг Харилцаа холбооны зохицуулах хорооны Гадаад харилцааны хэлтсийн мэргэжилтэн Батбаярын Болормаа (Bolormaa Batbayar) төлөөлөн оролцоно.

И-мэйл: bolormaa.b@crc.gov.mn
Утас: +976 11 304 257

Хүндэтгэсэн,
Б. Болормаа
""")

M("ne_001_utf8.eml", "nomination", "ne", "NPL",
  [D("राम प्रसाद श्रेष्ठ", "उपनिर्देशक, नेपाल दूरसञ्चार प्राधिकरण", "rpshrestha@nta.gov.np", ["Ram Prasad Shrestha"])], B,
  note="Nepali Devanagari (not Hindi), Latin spelling given",
  frm=("Ram Prasad Shrestha", "rpshrestha@nta.gov.np"),
  subject="परिपत्र CI-19/35 अनुसार सहभागिता",
  recv="2019-08-15 07:02:48 +0200", tz="+0545", mua="gmail", fmt="alt", body="""
आदरणीय श्री क्लार्क ज्यू,

परिपत्र CI-19/35 सम्बन्धमा, सेप्टेम्बर १०, २०१९ मा बुडापेस्टमा हुने परामर्श सत्रमा नेपालको तर्फबाट म, राम प्रसाद श्रेष्ठ (Ram Prasad Shrestha), उपनिर्देशक, नेपाल दूरसञ्चार प्राधिकरण, सहभागी हुने व्यहोरा अनुरोध गर्दछु।

इमेल: rpshrestha@nta.gov.np
फोन: +977 1 410 1030

धन्यवाद।
""")

M("km_001_utf8.eml", "nomination", "km", "KHM",
  [D("សុខ ចាន់ធី", "អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ", "sok.chanthy@mptc.gov.kh", ["Sok Chanthy"])], B,
  note="Khmer script, family name first, Latin spelling given",
  frm=("Sok Chanthy", "sok.chanthy@mptc.gov.kh"),
  subject="ការចូលរួមរបស់កម្ពុជា - CI-19/35",
  recv="2019-08-12 06:15:30 +0200", tz="+0700", cte="base64", mua="gmail", fmt="alt", body="""
គោរពជូន លោក Christopher Clark

ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ នៃព្រះរាជាណាចក្រកម្ពុជា សូមជម្រាបថា លោកស្រី សុខ ចាន់ធី (Sok Chanthy) អនុប្រធាននាយកដ្ឋានសហប្រតិបត្តិការអន្តរជាតិ នឹងចូលរួមកិច្ចប្រជុំពិគ្រោះយោបល់ នៅទីក្រុងប៊ុយដាប៉េស្ត ថ្ងៃទី១០ ខែកញ្ញា ឆ្នាំ២០១៩។

អ៊ីមែល៖ sok.chanthy@mptc.gov.kh

សូមអរគុណ
""")

M("lo_001_utf8.eml", "interest_only", "lo", "LAO", [], B,
  note="Lao interest only for Budapest, name to follow",
  frm=("ກົມການພົວພັນສາກົນ", "intl@mpt.gov.la"),
  subject="ກ່ຽວກັບໜັງສືວຽນ CI-19/35",
  recv="2019-08-13 05:09:52 +0200", tz="+0700", mua="gmail", fmt="alt", body="""
ຮຽນ ທ່ານ Christopher Clark

ກະຊວງໄປສະນີ ແລະ ໂທລະຄົມມະນາຄົມ ແຫ່ງ ສປປ ລາວ ມີຄວາມສົນໃຈເຂົ້າຮ່ວມກອງປະຊຸມປຶກສາຫາລືຄັ້ງທຳອິດ ທີ່ນະຄອນບູດາເປັສ ໃນວັນທີ 10 ກັນຍາ 2019. ພວກເຮົາຈະແຈ້ງຊື່ຜູ້ເຂົ້າຮ່ວມໃຫ້ທ່ານຊາບໃນພາຍຫຼັງ.

ດ້ວຍຄວາມເຄົາລົບ
ກົມການພົວພັນສາກົນ
""")

M("si_001_utf8.eml", "nomination", "si", "LKA",
  [D("නිමල් පෙරේරා", "අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා), ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව", "nimal.perera@trc.gov.lk", ["Nimal Perera"])], B,
  note="Sinhala script with ZWJ conjuncts; Latin spelling given",
  frm=("Nimal Perera", "nimal.perera@trc.gov.lk"),
  subject="CI-19/35 - ශ්‍රී ලංකාවේ සහභාගීත්වය",
  recv="2019-08-14 07:51:06 +0200", tz="+0530", mua="outlook", fmt="alt", body="""
ගරු ක්‍රිස්ටෝෆර් ක්ලාර්ක් මහතා වෙත,

2019 සැප්තැම්බර් 10 වන දින බුඩාපෙස්ට් හි පැවැත්වෙන උපදේශන සැසියට ශ්‍රී ලංකාව නියෝජනය කරමින් නිමල් පෙරේරා (Nimal Perera), අධ්‍යක්ෂ (ජාත්‍යන්තර සබඳතා), ශ්‍රී ලංකා විදුලි සංදේශ නියාමන කොමිෂන් සභාව, සහභාගී වන බව කාරුණිකව දන්වා සිටිමු.

විද්‍යුත් තැපෑල: nimal.perera@trc.gov.lk
දුරකථන: +94 11 268 9345

ස්තූතියි,
නිමල් පෙරේරා
""")

M("am_001_utf8.eml", "nomination", "am", "ETH",
  [D("ሰላማዊት ተስፋዬ", "የዓለም አቀፍ ግንኙነት ዳይሬክተር", "selamawit.tesfaye@mint.gov.et", ["Selamawit Tesfaye"])], B,
  note="Amharic Ge'ez script, Latin spelling given; 'ወ/ሮ' honorific dropped",
  frm=("Selamawit Tesfaye", "selamawit.tesfaye@mint.gov.et"),
  subject="የኢትዮጵያ ተሳትፎ - CI-19/35",
  recv="2019-08-15 12:36:44 +0200", tz="+0300", mua="gmail", fmt="alt", body="""
ለክቡር ሚስተር ክሪስቶፈር ክላርክ

የኢኖቬሽንና ቴክኖሎጂ ሚኒስቴር መስከረም 10 ቀን 2019 (እ.ኤ.አ.) በቡዳፔስት በሚካሄደው የምክክር ስብሰባ ላይ ኢትዮጵያን በመወከል ወ/ሮ ሰላማዊት ተስፋዬ (Selamawit Tesfaye)፣ የዓለም አቀፍ ግንኙነት ዳይሬክተር፣ እንደሚሳተፉ ያሳውቃል።

ኢሜይል፦ selamawit.tesfaye@mint.gov.et
ስልክ፦ +251 11 126 5540

ከሰላምታ ጋር
""")

# ------------------------------------------------------------------------ more of the ordinary mix
M("en_025_utf8.eml", "interest_only", "en", "TTO", [], B,
  note="plain interest only, name to follow",
  frm=("International Affairs Unit", "iau@mpa.gov.tt"),
  subject="CI-19/35 - Trinidad and Tobago",
  recv="2019-08-14 18:26:33 +0200", tz="-0400", mua="outlook", fmt="alt", body="""
Dear Mr. Clark,

The Ministry of Public Administration of the Republic of Trinidad and Tobago wishes to express its interest in participating in the first consultation session on fostering tech and innovation SMEs in Budapest on 10 September 2019. The name of the participant will be submitted shortly.

Regards,

Shivani Ramsaroop
International Affairs Unit
Ministry of Public Administration
Port of Spain
Tel: (868) 625-6724 ext. 2215
""")

M("en_026_utf8.eml", "decline", "en", "MWI", [], [],
  note="plain decline citing budget constraints",
  frm=("MACRA Director General's Office", "dg@macra.org.mw"),
  subject="Re: CI-19/35 Consultation sessions",
  recv="2019-08-15 09:55:12 +0200", tz="+0200", mua="roundcube", quote="en", body="""
Dear Sir,

We thank the Secretary-General for the invitation. Due to budgetary constraints, Malawi will not be able to participate in the consultation sessions this year.

Yours faithfully,

Chimwemwe Phiri (Mrs)
Personal Assistant to the Director General
Malawi Communications Regulatory Authority
Blantyre
""")

M("en_027_ascii.eml", "bounce", "en", None, [], [],
  note="Postfix bounce: recipient mailbox full (552), for an acknowledgement",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.itu.int"),
  subject="Undelivered Mail Returned to Sender",
  recv="2019-08-16 12:31:09 +0200", mua="daemon", charset="us-ascii", cte="7bit",
  report=dsn("secretariat.dg@mict.gov.sl", "5.2.2", "552 5.2.2 <secretariat.dg@mict.gov.sl>: Mailbox full, quota exceeded",
             "mail.mict.gov.sl", "Acknowledgement - CI-19/35", "2019-08-16 12:31:02 +0200"),
  body="""
This is the mail system at host mx1.itu.int.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<secretariat.dg@mict.gov.sl>: host mail.mict.gov.sl[197.215.41.66] said: 552
    5.2.2 <secretariat.dg@mict.gov.sl>: Mailbox full, quota exceeded (in reply
    to RCPT TO command)
""")

M("fr_014_utf8.eml", "interest_only", "fr", "NER", [], B,
  note="French interest only from Niger",
  frm=("ARCEP Niger - Coopération", "cooperation@arcep.ne"),
  subject="Lettre circulaire CI-19/35 - Niger",
  recv="2019-08-13 12:10:45 +0200", tz="+0100", mua="generic", body="""
Monsieur,

L'Autorité de Régulation des Communications Électroniques et de la Poste (ARCEP) du Niger a l'honneur de vous faire part de l'intérêt du Niger pour la session de consultation du 10 septembre 2019 à Budapest. Le nom du participant vous sera transmis dans les meilleurs délais.

Veuillez agréer, Monsieur, l'expression de notre considération distinguée.

Direction de la Coopération
ARCEP Niger, Niamey
Tél. : +227 20 73 90 13
""")

M("fr_015_latin1.eml", "decline", "fr", "LUX", [], [],
  note="French decline from Luxembourg, iso-8859-1 QP",
  frm=("Service des médias et des communications", "smc@smc.etat.lu"), hdr_cs="iso-8859-1", hdr_enc="Q",
  subject="CI-19/35 - Luxembourg",
  recv="2019-08-12 16:40:20 +0200", charset="iso-8859-1", mua="outlook", fmt="alt", body="""
Monsieur,

Nous accusons bonne réception de la lettre circulaire CI-19/35. Le Luxembourg ne participera pas aux sessions de consultation, mais suivra avec intérêt les résultats de ces travaux.

Bien à vous,

Luc Weber
Conseiller de direction
Service des médias et des communications
Ministère d'État, Luxembourg
Tél. +352 247 86 712
""")

M("es_015_utf8.eml", "interest_only", "es", "GTM", [], BC,
  note="Spanish interest only in Budapest and the CWG 2020 session",
  frm=("Superintendencia de Telecomunicaciones", "internacional@sit.gob.gt"),
  subject="Circular CI-19/35 - interés de Guatemala",
  recv="2019-08-09 19:12:58 +0200", tz="-0600", mua="gmail", fmt="alt", body="""
Estimado señor Clark:

La Superintendencia de Telecomunicaciones de Guatemala manifiesta su interés en participar en la sesión de consulta de Budapest y en la que se celebrará durante las reuniones de los Grupos de Trabajo del Consejo a inicios de 2020. En breve le haremos llegar el nombre de nuestro representante.

Atentamente,

Unidad de Asuntos Internacionales
Superintendencia de Telecomunicaciones
Ciudad de Guatemala, +502 2321 1000
""")

M("es_016_utf8.eml", "bounce", "es", None, [], [],
  note="Spanish-language non-delivery report from a ministry server",
  frm=("Administrador del sistema", "postmaster@mintic.gob.ve"),
  subject="No se puede entregar: Acknowledgement - CI-19/35",
  recv="2019-08-15 19:44:02 +0200", tz="-0400", mua="generic",
  report=dsn("dgcooperacion@mintic.gob.ve", "5.7.1", "550 5.7.1 Delivery not authorized, message refused",
             "correo.mintic.gob.ve", "Acknowledgement - CI-19/35", "2019-08-15 19:43:51 +0200",
             reporting_mta="correo.mintic.gob.ve"),
  body="""
No se pudo entregar el mensaje a los siguientes destinatarios:

dgcooperacion@mintic.gob.ve
El servidor de correo rechazó el mensaje: entrega no autorizada.

Información de diagnóstico para administradores:
Servidor generador: correo.mintic.gob.ve
550 5.7.1 Delivery not authorized, message refused
""")

M("ar_014_utf8.eml", "interest_only", "ar", "MRT", [], B,
  note="late Arabic interest only (18 August) from Mauritania, name to follow",
  frm=("وزارة التشغيل والتكوين المهني وتقنيات الإعلام والاتصال", "cooperation@emploi.gov.mr"),
  subject="إبداء الاهتمام - الرسالة المعممة CI-19/35",
  recv="2019-08-18 13:05:17 +0200", tz="+0000", mua="roundcube", body="""
السيد كريستوفر كلارك المحترم،

تحية طيبة وبعد،

يسرنا أن نعرب عن اهتمام الجمهورية الإسلامية الموريتانية بالمشاركة في جلسة التشاور المقررة في بودابست يوم 10 سبتمبر 2019، وسنوافيكم لاحقاً باسم المشارك. ونعتذر عن التأخر في الرد.

مع فائق التقدير،
مصلحة التعاون
نواكشوط
""")

M("pt_005_utf8.eml", "unrelated", "pt", None, [], [],
  note="Portuguese webinar invitation about startups: only looks related",
  frm=("Eventos Inovação Digital", "eventos@inovadigital.example.br"),
  subject="Convite: Webinar \"Startups e PMEs de tecnologia: como crescer em 2020\"",
  recv="2019-08-07 15:00:05 +0200", tz="-0300", mua="generic", fmt="html", extra=["Precedence: bulk"], body="""
Olá!

Participe do nosso webinar gratuito "Startups e PMEs de tecnologia: como crescer em 2020", no dia 29 de agosto, às 15h (horário de Brasília).

Temas: financiamento, internacionalização e políticas públicas de inovação.

Inscreva-se já! Vagas limitadas.

Para não receber mais nossos e-mails, clique aqui.
""")

M("de_005_utf8.eml", "unrelated", "de", None, [], [],
  note="German chamber-of-commerce invitation on SME digitalisation, unrelated",
  frm=("IHK Digital", "digital@ihk-veranstaltungen.example.de"),
  subject="Einladung: KMU-Digitalisierungstag 2019 am 24. September",
  recv="2019-08-08 07:30:11 +0200", mua="generic", fmt="html", extra=["Precedence: bulk"], body="""
Sehr geehrte Damen und Herren,

wir laden Sie herzlich zum KMU-Digitalisierungstag 2019 ein: Fördermittel, Cybersicherheit und Innovation für kleine und mittlere Unternehmen.

Termin: 24. September 2019, 9:30-16:00 Uhr

Jetzt anmelden - die Teilnahme ist kostenfrei.

Abmelden vom Newsletter
""")

M("is_001_utf8.eml", "decline", "is", "ISL", [], [],
  note="Icelandic decline",
  frm=("Póst- og fjarskiptastofnun", "pfs@pfs.is"),
  subject="Svar við dreifibréfi CI-19/35",
  recv="2019-08-14 11:21:39 +0200", tz="+0000", mua="outlook", fmt="alt", body="""
Ágæti herra Clark,

Við þökkum boðið. Því miður mun Ísland ekki taka þátt í samráðsfundunum að þessu sinni.

Með kveðju,
Sigríður Jónsdóttir
Póst- og fjarskiptastofnun
Sími: +354 510 1500
""")


if __name__ == "__main__":
    sys.exit(main())
