"""Scanned-looking letters built in code: text set in real Noto fonts, slightly rotated and noisy, as PNG or as an
image-only PDF, so the OCR tests and benchmarks read letters nobody typed into a corpus."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from tests.support.mailfactory import build_message

FONTS = Path("/usr/share/fonts")
SERIF = FONTS / "truetype/noto/NotoSerif-Regular.ttf"
SANS = FONTS / "truetype/noto/NotoSans-Regular.ttf"
ARABIC = FONTS / "truetype/noto/NotoSansArabic-Regular.ttf"
NASKH = FONTS / "truetype/noto/NotoNaskhArabic-Regular.ttf"
CJK_SERIF = FONTS / "opentype/noto/NotoSerifCJK-Regular.ttc"
CJK_SANS = FONTS / "opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # the Simplified Chinese face inside the .ttc collections


@dataclass(frozen=True)
class Letter:
    """A note verbale in one language and what extraction should read from it."""

    language: str
    paragraphs: tuple[str, ...]
    delegate: str
    member_state: str  # ISO 3166 alpha-3
    session: str
    body: str  # the e-mail body: it only points to the attachment

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


LETTERS: dict[str, Letter] = {
    "en": Letter(
        "en",
        ("Permanent Mission of the Republic of Ghana",
         "Geneva, 9 August 2019",
         "The Permanent Mission of the Republic of Ghana presents its compliments to the International "
         "Telecommunication Union and, with reference to Circular CI-19/35, has the honour to nominate "
         "Mr. Kwabena Owusu-Ansah, Director of Digital Policy at the Ministry of Communications, as the "
         "delegate of Ghana to the consultation session of 10 September 2019 in Budapest.",
         "The Permanent Mission avails itself of this opportunity to renew the assurances of its highest "
         "consideration."),
        "Kwabena Owusu-Ansah", "GHA", "budapest-2019",
        "Dear Sir or Madam,\n\nPlease find attached our note verbale.\n\nBest regards"),
    "fr": Letter(
        "fr",
        ("Mission permanente de la République du Sénégal",
         "Genève, le 8 août 2019",
         "La Mission permanente de la République du Sénégal présente ses compliments à l'Union internationale "
         "des télécommunications et, se référant à la Lettre circulaire CI-19/35, a l'honneur de désigner "
         "Mme Aminata Ndiaye Sarr, Directrice de l'économie numérique au Ministère des Télécommunications, "
         "pour participer à la session de consultation du 10 septembre 2019 à Budapest.",
         "La Mission permanente saisit cette occasion pour renouveler les assurances de sa haute considération."),
        "Aminata Ndiaye Sarr", "SEN", "budapest-2019",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre note verbale.\n\nCordialement"),
    "es": Letter(
        "es",
        ("Misión Permanente de la República del Ecuador",
         "Ginebra, 7 de agosto de 2019",
         "La Misión Permanente de la República del Ecuador saluda atentamente a la Unión Internacional de "
         "Telecomunicaciones y, con referencia a la Carta Circular CI-19/35, tiene el honor de designar a la "
         "Sra. Lucía Benítez Carrasco, Directora de Innovación del Ministerio de Telecomunicaciones, para la "
         "sesión de consulta del 10 de septiembre de 2019 en Budapest.",
         "La Misión Permanente aprovecha la oportunidad para reiterar las seguridades de su más alta "
         "consideración."),
        "Lucía Benítez Carrasco", "ECU", "budapest-2019",
        "Estimados señores:\n\nAdjuntamos nuestra nota verbal.\n\nAtentamente"),
    "ru": Letter(
        "ru",
        ("Постоянное представительство Республики Казахстан",
         "Женева, 6 августа 2019 года",
         "Постоянное представительство Республики Казахстан свидетельствует свое уважение Международному "
         "союзу электросвязи и, ссылаясь на циркулярное письмо CI-19/35, имеет честь сообщить, что для "
         "участия в консультационной сессии 10 сентября 2019 года в Будапеште назначен Нурлан Серикович "
         "Абенов, директор департамента цифровой политики Министерства цифрового развития.",
         "Постоянное представительство пользуется случаем, чтобы возобновить уверения в своем весьма "
         "высоком уважении."),
        "Нурлан Серикович Абенов", "KAZ", "budapest-2019",
        "Уважаемые коллеги,\n\nНаправляем во вложении нашу ноту.\n\nС уважением"),
    "ar": Letter(
        "ar",
        ("البعثة الدائمة للمملكة الأردنية الهاشمية",
         "جنيف، 5 أغسطس 2019",
         "تهدي البعثة الدائمة للمملكة الأردنية الهاشمية تحياتها إلى الاتحاد الدولي للاتصالات، وبالإشارة إلى "
         "الرسالة المعممة CI-19/35، تتشرف بأن تبلغه بترشيح السيد خالد يوسف الحوراني، مدير السياسات الرقمية "
         "في وزارة الاقتصاد الرقمي، لحضور جلسة التشاور يوم 10 سبتمبر 2019 في بودابست.",
         "وتغتنم البعثة هذه الفرصة لتعرب مجددا عن فائق احترامها وتقديرها."),
        "خالد يوسف الحوراني", "JOR", "budapest-2019",
        "السادة المحترمون،\n\nمرفق طيه مذكرتنا الشفوية.\n\nمع التحية"),
    "zh": Letter(
        "zh",
        ("中华人民共和国常驻日内瓦代表团",
         "2019年8月5日，日内瓦",
         "中华人民共和国常驻日内瓦代表团向国际电信联盟致意，并谨就第CI-19/35号通函通知如下："
         "我国提名工业和信息化部信息通信发展司副司长李明远先生出席2019年9月10日在布达佩斯举行的磋商会议。",
         "代表团顺致崇高的敬意。"),
        "李明远", "CHN", "budapest-2019",
        "您好：\n\n照会请见附件。\n\n此致"),
}


@dataclass(frozen=True)
class Look:
    """How the scan looks: resolution, font, rotation in degrees, the share of noisy pixels, and a shadow (how much
    darker the top left corner is than the bottom right, as on a photographed page)."""

    dpi: int = 200
    angle: float = 1.2
    noise: float = 0.01
    serif: bool = True
    seed: int = 7
    shadow: float = 0.0


def _font(language: str, size: int, serif: bool) -> ImageFont.FreeTypeFont:
    if language == "zh":
        return ImageFont.truetype(str(CJK_SERIF if serif else CJK_SANS), size, index=CJK_SC_INDEX)
    if language == "ar":
        return ImageFont.truetype(str(NASKH if serif else ARABIC), size)
    return ImageFont.truetype(str(SERIF if serif else SANS), size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, language: str) -> list[str]:
    """Break a paragraph into lines that fit `width` pixels: by word, or by character for Chinese."""
    units = list(text) if language == "zh" else text.split(" ")
    joiner = "" if language == "zh" else " "
    lines: list[str] = []
    current = ""
    for unit in units:
        candidate = f"{current}{joiner}{unit}" if current else unit
        if current and font.getlength(candidate, direction="rtl" if language == "ar" else None) > width:
            lines.append(current)
            current = unit
        else:
            current = candidate
    return [*lines, current] if current else lines


def render_letter(letter: Letter, look: Look = Look()) -> Image.Image:
    """An A4 page at `look.dpi` with the letter set in 12-point type, rotated and speckled like a scan."""
    width, height = round(8.27 * look.dpi), round(11.69 * look.dpi)
    page = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(page)
    size = round(12 / 72 * look.dpi)
    font = _font(letter.language, size, look.serif)
    margin = round(look.dpi * 0.9)
    y = margin
    rtl = letter.language == "ar"
    for paragraph in letter.paragraphs:
        for line in _wrap(paragraph, font, width - 2 * margin, letter.language):
            if rtl:
                draw.text((width - margin, y), line, font=font, fill=20, anchor="ra", direction="rtl", language="ar")
            else:
                draw.text((margin, y), line, font=font, fill=20)
            y += round(size * 1.6)
        y += size
    page = page.rotate(look.angle, resample=Image.Resampling.BICUBIC, fillcolor=250, expand=False)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    rng = random.Random(look.seed)
    pixels = page.load()
    for _ in range(int(width * height * look.noise)):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 255))
    if look.shadow:
        across = Image.linear_gradient("L").rotate(90).resize((width, height))  # 0 at the left edge, 255 at the right
        down = Image.linear_gradient("L").resize((width, height))  # 0 at the top, 255 at the bottom
        light = ImageChops.add(across, down, scale=2).point(lambda v: round(255 * (1 - look.shadow * (1 - v / 255))))
        page = ImageChops.multiply(page, light)
    return page


def png_bytes(image: Image.Image, dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def image_pdf_bytes(*pages: Image.Image, dpi: int = 200) -> bytes:
    """An image-only PDF (no text layer), one scanned page per image, as a scanner writes it."""
    buffer = io.BytesIO()
    first, *rest = [p.convert("RGB") for p in pages]
    first.save(buffer, format="PDF", resolution=dpi, save_all=True, append_images=rest)
    return buffer.getvalue()


def letter_mail(letter: Letter, filename: str, mime: str, data: bytes) -> bytes:
    """A reply whose body only points to the attached scanned letter."""
    return build_message(letter.body, subject="CI-19/35", sender="Mission <mission@example.org>",
                         attachments=[(filename, mime, data)])


def character_accuracy(expected: str, got: str) -> float:
    """1 - (edit distance / length of the expected text), over the texts with white space removed."""
    a = "".join(expected.split())
    b = "".join(got.split())
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return max(0.0, 1 - previous[-1] / max(len(a), 1))
