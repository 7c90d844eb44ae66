"""A deterministic generator of realistic multilingual replies to a circular, for the benchmarks.

Message `i` depends only on (seed, i), so the first 1,000 of a 10,000-message corpus are the 1,000-message
corpus: every size measures the same mail. Everything here comes from our own templates, never from a corpus.
Mix: six languages in their usual legacy charsets, quoted-printable/base64/8bit, plain, alternative and
Outlook-style HTML-only bodies, quoted circulars, PDF/DOCX letters, auto-replies and delivery reports.
"""

from __future__ import annotations

import email.policy
import io
import random
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
# Legacy charsets each language is still sent in; utf-8 is always possible.
CHARSETS = {
    "en": ("us-ascii", "utf-8", "iso-8859-1"),
    "fr": ("iso-8859-1", "windows-1252", "utf-8"),
    "es": ("iso-8859-1", "windows-1252", "utf-8"),
    "ru": ("koi8-r", "windows-1251", "utf-8"),
    "ar": ("windows-1256", "iso-8859-6", "utf-8"),
    "zh": ("gb2312", "gbk", "gb18030", "utf-8"),
}


@dataclass(frozen=True)
class Words:
    """One language's phrases; {s} is a session phrase, {d} the delegate lines, {c} the sender's country."""

    first: tuple[str, ...]
    last: tuple[str, ...]
    honorifics: tuple[str, ...]
    titles: tuple[str, ...]
    countries: tuple[str, ...]
    sessions: tuple[str, ...]
    subject: str
    greeting: str
    nominate: str
    interest: str
    decline: str
    inquiry: str
    closing: str
    away: str
    quote_intro: str
    circular: str


WORDS: dict[str, Words] = {
    "en": Words(
        first=("Daniel", "Grace", "Peter", "Amina", "Robert", "Linda", "Kwame", "Sarah", "Thomas", "Nadia"),
        last=("Okafor", "Whitfield", "Mensah", "Harrington", "Lindqvist", "Banda", "Cole", "Fairbanks"),
        honorifics=("Mr", "Ms", "Dr", "H.E."),
        titles=("Director of Innovation", "Senior Policy Officer", "Head of ICT Development", "Counsellor"),
        countries=("Kenya", "Ghana", "Jamaica", "Australia", "Canada", "Malawi", "Fiji", "Ireland"),
        sessions=("the first session in Budapest on 10 September 2019", "the Council Working Group sessions",
                  "the session at the WSIS Forum 2020", "ITU Telecom World 2019"),
        subject="RE: CI-19/35 - consultation sessions on tech and innovation SMEs",
        greeting="Dear Sir or Madam,",
        nominate="With reference to Circular CI-19/35, the Government of {c} is pleased to nominate the following "
                 "participant(s) for {s}:\n\n{d}\n\nWe look forward to a fruitful consultation.",
        interest="The Administration of {c} confirms its interest in the consultation sessions announced in "
                 "Circular CI-19/35. The name of our participant for {s} will follow shortly.",
        decline="We thank the Secretariat for Circular CI-19/35. Regrettably, {c} will not be able to take part "
                "in {s}.",
        inquiry="Could you please tell us whether remote participation will be possible for {s}, and whether "
                "the reduced SME fees also apply to associates from {c}?",
        closing="Yours sincerely,",
        away="I am out of the office until 26 August with limited access to e-mail. For urgent matters please "
             "contact the front desk.",
        quote_intro="-----Original Message-----\nFrom: SME <sme@itu.int>\nSent: 23 July 2019 10:02\n"
                    "Subject: CI-19/35",
        circular="Member States are invited to express their interest in the consultation sessions on "
                 "fostering tech and innovation SMEs and to nominate a participant by 16 August 2019.",
    ),
    "fr": Words(
        first=("Étienne", "Hélène", "François", "Aïcha", "Jérôme", "Mireille", "Benoît", "Célestine"),
        last=("Lefèvre", "Ndiaye", "Beaulieu", "Koné", "Moreau", "Diallo", "Gauthier", "Rousseau"),
        honorifics=("M.", "Mme", "Dr", "S.E. M."),
        titles=("Directeur de l'innovation", "Chargée d'études", "Conseiller technique", "Chef de division"),
        countries=("Sénégal", "Bénin", "Côte d'Ivoire", "Belgique", "Tchad", "Madagascar", "Haïti", "Gabon"),
        sessions=("la première séance à Budapest le 10 septembre 2019", "les groupes de travail du Conseil",
                  "la séance du Forum du SMSI 2020", "ITU Telecom World 2019"),
        subject="RE: CI-19/35 – séances de consultation sur les PME technologiques",
        greeting="Madame, Monsieur,",
        nominate="Suite à la lettre circulaire CI-19/35, l'Administration du {c} a l'honneur de désigner pour "
                 "{s} :\n\n{d}\n\nNous vous remercions de votre attention.",
        interest="Le {c} confirme son intérêt pour les séances de consultation annoncées dans la lettre "
                 "circulaire CI-19/35. Le nom de notre participant à {s} vous sera communiqué prochainement.",
        decline="Nous remercions le Secrétariat de sa lettre. Malheureusement, le {c} ne pourra pas participer à {s}.",
        inquiry="Pourriez-vous nous indiquer si une participation à distance sera possible pour {s} et si les "
                "frais réduits s'appliquent aux PME du {c} ?",
        closing="Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.",
        away="Je suis absent du bureau jusqu'au 26 août. En cas d'urgence, veuillez contacter le secrétariat.",
        quote_intro="De : SME <sme@itu.int>\nEnvoyé : mardi 23 juillet 2019 10:02\nObjet : CI-19/35",
        circular="Les États Membres sont invités à manifester leur intérêt pour les séances de consultation et à "
                 "désigner un participant d'ici le 16 août 2019.",
    ),
    "es": Words(
        first=("José", "María", "Andrés", "Lucía", "Íñigo", "Carmen", "Martín", "Begoña"),
        last=("Fernández", "Quiñones", "Gutiérrez", "Peña", "Salazar", "Ibáñez", "Rojas", "Muñoz"),
        honorifics=("Sr.", "Sra.", "Dr.", "Excmo. Sr."),
        titles=("Director de Innovación", "Asesora de Políticas", "Jefe de Cooperación", "Consejero"),
        countries=("Perú", "Colombia", "Panamá", "Uruguay", "Ecuador", "Paraguay", "Bolivia", "Costa Rica"),
        sessions=("la primera sesión en Budapest el 10 de septiembre de 2019", "los Grupos de Trabajo del Consejo",
                  "la sesión del Foro de la CMSI 2020", "ITU Telecom World 2019"),
        subject="RE: CI-19/35 - sesiones de consulta sobre pymes tecnológicas",
        greeting="Estimados señores:",
        nominate="En respuesta a la Circular CI-19/35, la Administración de {c} tiene el agrado de designar para "
                 "{s} a:\n\n{d}\n\nAgradecemos de antemano su atención.",
        interest="{c} confirma su interés en las sesiones de consulta de la Circular CI-19/35. El nombre de "
                 "nuestro participante en {s} se comunicará en breve.",
        decline="Agradecemos la Circular CI-19/35. Lamentablemente, {c} no podrá participar en {s}.",
        inquiry="¿Podrían indicarnos si será posible participar a distancia en {s} y si las tarifas reducidas "
                "se aplican a las pymes de {c}?",
        closing="Atentamente,",
        away="Estaré fuera de la oficina hasta el 26 de agosto. Para asuntos urgentes, contacte con la secretaría.",
        quote_intro="De: SME <sme@itu.int>\nEnviado el: martes, 23 de julio de 2019 10:02\nAsunto: CI-19/35",
        circular="Se invita a los Estados Miembros a expresar su interés en las sesiones de consulta y a designar "
                 "un participante antes del 16 de agosto de 2019.",
    ),
    "ru": Words(
        first=("Алексей", "Ольга", "Дмитрий", "Татьяна", "Сергей", "Наталья", "Игорь", "Елена"),
        last=("Кузнецов", "Смирнова", "Волков", "Белова", "Орлов", "Захарова", "Лебедев", "Морозова"),
        honorifics=("г-н", "г-жа", "д-р"),
        titles=("директор департамента инноваций", "советник", "начальник отдела", "главный специалист"),
        countries=("Беларусь", "Казахстан", "Кыргызстан", "Таджикистан", "Армения", "Узбекистан"),
        sessions=("первую сессию в Будапеште 10 сентября 2019 года", "сессии в рамках рабочих групп Совета",
                  "сессию на Форуме ВВУИО 2020 года", "ITU Telecom World 2019"),
        subject="RE: CI-19/35 - консультационные сессии по МСП",
        greeting="Уважаемые господа!",
        nominate="В ответ на циркулярное письмо CI-19/35 Администрация связи (страна: {c}) имеет честь назначить "
                 "для участия в {s}:\n\n{d}\n\nБлагодарим за внимание.",
        interest="Администрация (страна: {c}) подтверждает заинтересованность в консультационных сессиях. Имя "
                 "участника для {s} будет сообщено дополнительно.",
        decline="К сожалению, представители (страна: {c}) не смогут принять участие в {s}.",
        inquiry="Просим сообщить, возможно ли дистанционное участие в {s} и распространяются ли льготные "
                "взносы на МСП (страна: {c})?",
        closing="С уважением,",
        away="Я нахожусь в отпуске до 26 августа. По срочным вопросам обращайтесь в секретариат.",
        quote_intro="От: SME <sme@itu.int>\nОтправлено: 23 июля 2019 г. 10:02\nТема: CI-19/35",
        circular="Государствам-Членам предлагается выразить заинтересованность в консультационных сессиях и "
                 "назначить участника до 16 августа 2019 года.",
    ),
    "ar": Words(
        first=("محمد", "فاطمة", "عبد الله", "مريم", "خالد", "نورة", "يوسف", "سلمى"),
        last=("الحسيني", "العمري", "بن سالم", "الزهراني", "المنصوري", "الشامي", "القاسم", "الراشد"),
        honorifics=("السيد", "السيدة", "الدكتور", "سعادة"),
        titles=("مدير إدارة الابتكار", "مستشار", "رئيس قسم التعاون الدولي", "خبير اتصالات"),
        countries=("الأردن", "تونس", "عُمان", "الكويت", "المغرب", "قطر", "لبنان", "السودان"),
        sessions=("الجلسة الأولى في بودابست يوم 10 سبتمبر 2019", "جلسات فريق العمل التابع للمجلس",
                  "جلسة منتدى القمة العالمية لمجتمع المعلومات 2020", "تليكوم العالمي 2019"),
        subject="رد: CI-19/35 - جلسات التشاور بشأن الشركات الصغيرة والمتوسطة",
        greeting="السادة المحترمون،",
        nominate="بالإشارة إلى الرسالة المعممة CI-19/35، يسر إدارة {c} أن ترشح للمشاركة في {s}:\n\n{d}\n\n"
                 "وتفضلوا بقبول فائق الاحترام.",
        interest="تؤكد إدارة {c} اهتمامها بجلسات التشاور، وسنوافيكم باسم المشارك في {s} قريباً.",
        decline="نشكر الأمانة على رسالتها، ونأسف لعدم تمكن {c} من المشاركة في {s}.",
        inquiry="نرجو إفادتنا بإمكانية المشاركة عن بعد في {s}، وهل تنطبق الرسوم المخفضة على شركات {c}؟",
        closing="مع خالص التحية،",
        away="أنا خارج المكتب حتى 26 أغسطس. للأمور العاجلة يرجى الاتصال بالأمانة.",
        quote_intro="من: SME <sme@itu.int>\nتاريخ الإرسال: 23 يوليو 2019\nالموضوع: CI-19/35",
        circular="تُدعى الدول الأعضاء إلى الإعراب عن اهتمامها بجلسات التشاور وترشيح مشارك قبل 16 أغسطس 2019.",
    ),
    "zh": Words(
        first=("伟", "芳", "建国", "丽娜", "志强", "晓燕", "海涛", "静"),
        last=("王", "李", "张", "刘", "陈", "杨", "黄", "周"),
        honorifics=("先生", "女士", "博士"),
        titles=("创新司司长", "高级顾问", "国际合作处处长", "工程师"),
        countries=("中国", "新加坡", "马来西亚", "泰国", "越南", "蒙古"),
        sessions=("2019年9月10日在布达佩斯举行的第一次会议", "理事会工作组期间的会议", "2020年信息社会世界峰会论坛会议",
                  "2019年世界电信展"),
        subject="回复: CI-19/35 - 关于科技创新中小企业的磋商会议",
        greeting="尊敬的先生/女士：",
        nominate="关于第CI-19/35号通函，{c}主管部门谨提名以下人员参加{s}：\n\n{d}\n\n谢谢。",
        interest="{c}主管部门确认对磋商会议感兴趣，参加{s}的人员名单将随后提供。",
        decline="感谢秘书处来函。遗憾的是，{c}无法参加{s}。",
        inquiry="请问{s}是否可以远程参加？{c}的中小企业是否适用减免会费？",
        closing="此致\n敬礼",
        away="本人休假至8月26日，期间无法及时回复邮件。紧急事务请联系秘书处。",
        quote_intro="发件人: SME <sme@itu.int>\n发送时间: 2019年7月23日 10:02\n主题: CI-19/35",
        circular="请各成员国表达对磋商会议的兴趣，并于2019年8月16日前提名一名参会者。",
    ),
}
DOMAINS = ("gov", "go", "gouv", "gob", "mic", "tra", "moc", "mincom", "arpt", "ictc")
DEADLINE = datetime(2019, 8, 16, 21, 59, 59, tzinfo=UTC)
FIXED_TIME = datetime(2019, 8, 1, tzinfo=UTC)


def _name(words: Words, rng: random.Random, lang: str) -> str:
    first, last = rng.choice(words.first), rng.choice(words.last)
    return f"{last}{first}" if lang == "zh" else f"{first} {last}"


def _delegates(words: Words, rng: random.Random, lang: str, domain: str, html: bool) -> tuple[str, list[str]]:
    """Delegate lines as text (bullets or an inline sentence) or as an HTML table, and the names for letters."""
    people = []
    for n in range(rng.choice((1, 1, 1, 2, 2, 3))):
        name = _name(words, rng, lang)
        person = (rng.choice(words.honorifics), name, rng.choice(words.titles), f"delegate{n}.{rng.randrange(999)}@{domain}")
        people.append(person)
    if html:
        rows = "".join(f'<tr><td>{escape(h)} {escape(n)}</td><td>{escape(t)}</td><td><a href="mailto:{e}">{e}</a></td></tr>'
                       for h, n, t, e in people)
        return f'<table border="1" cellpadding="4" style="border-collapse:collapse">{rows}</table>', [p[1] for p in people]
    bullet = rng.choice(("- ", "* ", "• ", "1) "))
    lines = "\n".join(f"{bullet}{h} {n}, {t} ({e})" for h, n, t, e in people)
    return lines, [p[1] for p in people]


def _received(rng: random.Random, index: int) -> datetime:
    """Arrival spread over the four weeks before the deadline, a tenth of it after."""
    before = timedelta(days=28) * rng.random()
    return DEADLINE + timedelta(hours=rng.randrange(1, 72)) if rng.random() < 0.1 else DEADLINE - before


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)  # the date and the file id would change every run
    pdf.add_page()
    pdf.add_font("noto", "", str(FONT))
    pdf.set_font("noto", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    for paragraph in text.split("\n"):
        document.add_paragraph(paragraph)
    saved = io.BytesIO()
    document.save(saved)
    # python-docx stamps every zip member with the current time: rewrite them with a fixed one.
    fixed = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, FIXED_TIME.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info))
    return fixed.getvalue()


def _html_page(greeting: str, body_html: str, closing: str, signature: str, rtl: bool) -> str:
    """An Outlook-style HTML body: Word namespaces, MsoNormal paragraphs, a style block the text must skip."""
    def para(text: str) -> str:
        return f'<p class="MsoNormal"><span style="font-family:Calibri">{escape(text).replace(chr(10), "<br>")}</span></p>'

    direction = ' dir="rtl"' if rtl else ""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html"><style><!-- p.MsoNormal {margin:0cm;'
            'font-size:11.0pt} @page WordSection1 {size:612.0pt 792.0pt;} --></style></head>'
            f'<body lang="EN-US"{direction}><div class="WordSection1">{para(greeting)}{body_html}{para(closing)}'
            f"{para(signature)}</div></body></html>")


def _auto_reply(words: Words, sender: str, when: datetime, index: int) -> EmailMessage:
    message = _headers(sender, f"Automatic reply: {words.subject}", when, index)
    message["Auto-Submitted"] = "auto-replied"
    message.set_content(words.away, charset="utf-8")
    return message


def _bounce(when: datetime, index: int) -> EmailMessage:
    """A delivery status notification (RFC 3464), written out as MTAs do."""
    message = _headers("Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender",
                       when, index)
    message["Auto-Submitted"] = "auto-replied"
    message["Content-Type"] = 'multipart/report; report-type=delivery-status; boundary="dsn"'
    message.set_payload(
        f"--dsn\nContent-Type: text/plain\n\nI'm sorry to have to inform you that your message could not be "
        f"delivered.\n\n<nobody{index}@example.net>: mailbox unavailable\n\n--dsn\n"
        f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
        f"Final-Recipient: rfc822; nobody{index}@example.net\nAction: failed\nStatus: 5.1.1\n\n--dsn--\n")
    return message


def _headers(sender: str, subject: str, when: datetime, index: int) -> EmailMessage:
    message = EmailMessage()
    server_time = format_datetime(when)
    message["Received"] = (f"from mail{index % 97}.example.net (mail{index % 97}.example.net [192.0.2.{index % 250}]) "
                           f"by mx.itu.int (Postfix) with ESMTPS id B{index:08X} for <sme@itu.int>; {server_time}")
    message["From"] = sender
    message["To"] = "sme@itu.int"
    message["Subject"] = subject
    message["Date"] = format_datetime(when - timedelta(seconds=7))
    message["Message-ID"] = f"<bench.{index}.{int(when.timestamp())}@example.net>"
    message["MIME-Version"] = "1.0"
    return message


def _encode(message: EmailMessage, charset: str, rng: random.Random) -> None:
    """Re-encode every text part in the chosen legacy charset and transfer encoding, as mail clients do."""
    for part in message.walk():
        if part.get_content_maintype() != "text" or part.get_filename():
            continue
        text = part.get_content()
        try:
            text.encode(charset)
            chosen = charset
        except UnicodeEncodeError:
            chosen = "utf-8"
        cte = rng.choice(("quoted-printable", "base64", "8bit")) if chosen != "us-ascii" else "7bit"
        data = text.encode(chosen)
        subtype = part.get_content_subtype()
        params = {}
        if cte == "8bit":
            part.set_payload(data.decode("ascii", "surrogateescape"))
            del part["Content-Transfer-Encoding"]
            part["Content-Transfer-Encoding"] = "8bit"
            part.set_type(f"text/{subtype}")
            part.set_param("charset", chosen)
        else:
            part.set_content(data, maintype="text", subtype=subtype, cte=cte, params=params)
            part.set_param("charset", chosen)


def _bytes(message: EmailMessage, index: int) -> bytes:
    """CRLF bytes with boundaries fixed by the index (the email package would pick random ones)."""
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{index}_{number}")
    return message.as_bytes(policy=email.policy.SMTP)


def reply(index: int, seed: int = 0) -> bytes:
    """Message `index` of the corpus for `seed`: the same bytes on every run and machine."""
    rng = random.Random(f"{seed}:{index}")
    lang = rng.choice(LANGUAGES)
    words = WORDS[lang]
    domain = f"{rng.choice(DOMAINS)}{index % 50}.example.{lang}"
    person = _name(words, rng, lang)
    sender = f"{person} <official{index % 400}@{domain}>"
    when = _received(rng, index)
    roll = rng.random()
    if roll < 0.04:
        return _bytes(_auto_reply(words, sender, when, index), index)
    if roll < 0.06:
        return _bounce(when, index).as_bytes(policy=email.policy.SMTP)
    kind = rng.choices(("nominate", "interest", "decline", "inquiry"), weights=(70, 12, 8, 10))[0]
    html_only = rng.random() < 0.2
    delegate_text, names = _delegates(words, rng, lang, domain, html_only)
    body = getattr(words, kind).format(s=rng.choice(words.sessions), d=delegate_text, c=rng.choice(words.countries))
    signature = f"{person}\n{rng.choice(words.titles)}\n{rng.choice(words.countries)}"
    message = _headers(sender, words.subject, when, index)
    message["In-Reply-To"] = "<CI-19-35@itu.int>"
    charset = rng.choice(CHARSETS[lang])
    quoted = rng.random() < 0.4
    quote = f"\n\n{words.quote_intro}\n\n{words.circular}" if quoted else ""
    if html_only:
        parts = body.split(delegate_text)
        body_html = "".join(f'<p class="MsoNormal">{escape(p).replace(chr(10), "<br>")}</p>' for p in parts[:1])
        body_html += delegate_text if len(parts) > 1 else ""
        body_html += "".join(f'<p class="MsoNormal">{escape(p).replace(chr(10), "<br>")}</p>' for p in parts[1:])
        if quoted:
            body_html += (f'<div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal">'
                          f'{escape(words.quote_intro).replace(chr(10), "<br>")}</p><p>{escape(words.circular)}</p></div>')
        message.set_content(_html_page(words.greeting, body_html, words.closing, signature, lang == "ar"), subtype="html")
    else:
        plain = f"{words.greeting}\n\n{body}\n\n{words.closing}\n{signature}"
        if quoted and rng.random() < 0.5:  # quoting with "> " instead of an Outlook header block
            quote = "\n\n" + "\n".join("> " + line for line in (words.quote_intro + "\n\n" + words.circular).split("\n"))
        message.set_content(plain + quote)
        if rng.random() < 0.3:
            message.add_alternative(_html_page(words.greeting, f"<p>{escape(body)}</p>", words.closing, signature,
                                               lang == "ar"), subtype="html")
    _encode(message, charset, rng)
    letter = rng.random()
    if kind == "nominate" and letter < 0.12:
        text = f"{words.greeting}\n\n{body}\n\n{words.closing}\n{signature}"
        if lang in ("ar", "zh") or letter < 0.05:  # no PDF font for these scripts: they send Word letters
            message.add_attachment(_docx(text), maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   filename=f"nomination-{index}.docx")
        else:
            message.add_attachment(_pdf(text), maintype="application", subtype="pdf", filename=f"lettre-{index}.pdf")
    return _bytes(message, index)


def replies(count: int, seed: int = 0, start: int = 0) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) of messages start..start+count-1."""
    for index in range(start, start + count):
        yield f"{index:06d}.eml", reply(index, seed)


def write_corpus(folder: Path, count: int, seed: int = 0) -> Path:
    """Write `count` messages as .eml files into `folder` (kept between runs: only missing files are made)."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        target = folder / f"{index:06d}.eml"
        if not target.exists():
            target.write_bytes(reply(index, seed))
    return folder
