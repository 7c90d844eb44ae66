"""OCR accuracy per ITU language: scanned-looking letters built here, read through the pipeline's middle.

`python -m benchmarks.ocr_accuracy [--quick]`. For each language: the test letter and a second, differently
worded letter (another sender, person and session, signed by someone who is not the delegate), each rendered in
several looks (serif and sans fonts, 200 and 300 dpi, skew from -2.5 to 3 degrees, speckle, a shadow, PNG and
image-only PDF). Prints per language: character accuracy of the OCR text (1 - edit distance / length, white space ignored),
and how many letters gave the right delegate, Member State and session, with the seconds per page.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass

from rich.console import Console
from rich.progress import track
from rich.table import Table

from processor.config import load_config
from processor.services.pipeline import analyse, parse_stage
from processor.stages.language import LanguageDetector
from rules import load_rules
from tests.support.ocr_support import (
    LETTERS,
    Letter,
    Look,
    character_accuracy,
    image_pdf_bytes,
    letter_mail,
    png_bytes,
    render_letter,
)

SECOND: dict[str, Letter] = {
    "en": Letter(
        "en",
        ("Ministry of Communications, Republic of Fiji",
         "Subject: Circular CI-19/35",
         "Dear Mr. Clark,",
         "In response to Circular CI-19/35, I am pleased to inform you that Ms. Salote Vunibola, Principal Policy "
         "Officer, will represent Fiji at the consultation session during the WSIS Forum 2020.",
         "Yours sincerely,", "Jone Tikoisuva", "Permanent Secretary"),
        "Salote Vunibola", "FJI", "wsis-2020", "Good morning,\n\nOur reply to the circular is attached.\n\nRegards"),
    "fr": Letter(
        "fr",
        ("Ministère des Technologies de la Communication, République tunisienne",
         "Objet : Lettre circulaire CI-19/35",
         "Monsieur,",
         "J'ai l'honneur de vous informer que M. Karim Ben Salah, ingénieur en chef, représentera la Tunisie à la "
         "session de consultation organisée lors des réunions du Groupe de travail du Conseil en 2020.",
         "Veuillez agréer, Monsieur, l'expression de ma haute considération.", "Le Directeur général",
         "Hichem Trabelsi"),
        "Karim Ben Salah", "TUN", "cwg-2020", "Bonjour,\n\nVous trouverez notre réponse en pièce jointe.\n\nBien à vous"),
    "es": Letter(
        "es",
        ("Ministerio de Tecnologías de la Información y las Comunicaciones, República de Colombia",
         "Asunto: Carta Circular CI-19/35",
         "Estimado señor:",
         "Me complace informarle que el Ing. Andrés Felipe Rojas Mejía, Asesor del Viceministerio de "
         "Transformación Digital, participará en representación de Colombia en la sesión de consulta del 10 de "
         "septiembre de 2019 en Budapest.",
         "Atentamente,", "Claudia Patricia Gómez", "Viceministra"),
        "Andrés Felipe Rojas Mejía", "COL", "budapest-2019", "Buenos días,\n\nAdjunto la respuesta oficial.\n\nSaludos"),
    "ru": Letter(
        "ru",
        ("Министерство связи и информатизации Республики Беларусь",
         "О циркулярном письме CI-19/35",
         "Уважаемый господин Кларк!",
         "Сообщаем, что в консультационной сессии в ходе Всемирной встречи на высшем уровне по вопросам "
         "информационного общества (ВВУИО) в 2020 году примет участие Ольга Викторовна Ковалева, заместитель "
         "начальника управления.",
         "С уважением,", "Первый заместитель министра", "Игорь Петрович Лагун"),
        "Ольга Викторовна Ковалева", "BLR", "wsis-2020", "Добрый день!\n\nОтвет на письмо во вложении.\n\nС уважением"),
    "ar": Letter(
        "ar",
        ("سلطنة عمان - هيئة تنظيم الاتصالات",
         "الموضوع: الرسالة المعممة CI-19/35",
         "يسرنا إبلاغكم بأن المهندسة منى سالم البلوشية، مديرة دائرة السياسات، ستمثل سلطنة عمان في جلسة التشاور "
         "في بودابست يوم 10 سبتمبر 2019.",
         "وتفضلوا بقبول فائق الاحترام،", "الرئيس التنفيذي"),
        "منى سالم البلوشية", "OMN", "budapest-2019", "تحية طيبة،\n\nمرفق ردنا الرسمي.\n\nمع التقدير"),
    "zh": Letter(
        "zh",
        ("工业和信息化部国际合作司",
         "关于CI-19/35号通函的复函",
         "国际电联秘书处：",
         "我方决定派信息通信发展司张晓燕女士参加2020年信息社会世界峰会论坛期间举行的磋商会议。",
         "特此函复。"),
        "张晓燕", "CHN", "wsis-2020", "您好！\n\n复函见附件。\n\n谢谢"),
}

LOOKS = (  # (look, attachment format)
    (Look(dpi=200, angle=1.2, noise=0.01, serif=True, seed=1), "png"),
    (Look(dpi=200, angle=-2.5, noise=0.02, serif=False, seed=2), "pdf"),
    (Look(dpi=300, angle=0.6, noise=0.015, serif=True, seed=3), "pdf"),
    (Look(dpi=300, angle=3.0, noise=0.01, serif=False, seed=4), "png"),
    (Look(dpi=200, angle=-1.0, noise=0.01, serif=True, seed=5, shadow=0.6), "png"),  # a photographed page
)


@dataclass
class Row:
    accuracy: list[float]
    delegates: int = 0
    states: int = 0
    sessions: int = 0
    letters: int = 0
    seconds: float = 0.0


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the first two looks only")
    parser.add_argument("--verbose", action="store_true", help="print each letter whose delegate was not found")
    args = parser.parse_args(argv)
    config = load_config()
    config = config.model_copy(update={"ocr": config.ocr.model_copy(update={"dpi": 300})})
    rules, detector = load_rules(config.rules_dir), LanguageDetector(config.language)
    looks = LOOKS[:2] if args.quick else LOOKS
    cases = [(letter, look, fmt) for code in LETTERS for letter in (LETTERS[code], SECOND[code]) for look, fmt in looks]
    rows: dict[str, Row] = defaultdict(lambda: Row([]))
    console = Console(stderr=True)
    for letter, look, fmt in track(cases, description="reading scanned letters", console=console):
        page = render_letter(letter, look)
        if fmt == "pdf":
            raw = letter_mail(letter, "note.pdf", "application/pdf", image_pdf_bytes(page, dpi=look.dpi))
        else:
            raw = letter_mail(letter, "scan.png", "image/png", png_bytes(page, dpi=look.dpi))
        started = time.perf_counter()
        parsed = parse_stage(raw, config)
        seconds = time.perf_counter() - started
        extraction = analyse(parsed, config, rules, detector).extraction
        row = rows[letter.language]
        text = "\n".join(a.text for a in parsed.attachments if a.text_source == "ocr")
        row.accuracy.append(character_accuracy(letter.text, text))
        row.letters += 1
        row.seconds += seconds
        found = [_squash(d.name) for d in extraction.delegates] == [_squash(letter.delegate)]
        row.delegates += found
        if args.verbose and not found:
            console.print(f"{letter.language} {look} {fmt}: delegates {[d.name for d in extraction.delegates]}, "
                          f"expected {letter.delegate}; kind {extraction.kind}\n{text}\n", highlight=False)
        row.states += extraction.member_state == letter.member_state
        row.sessions += list(extraction.sessions) == [letter.session]
    table = Table(title="OCR of scanned letters (two letters per language, "
                        f"{len(looks)} looks each; dpi {config.ocr.dpi} for PDF pages)")
    for column in ("language", "letters", "char accuracy mean", "min", "delegate found", "Member State",
                   "session", "s/page"):
        table.add_column(column, justify="left" if column == "language" else "right")
    for code, row in rows.items():
        table.add_row(code, str(row.letters), f"{statistics.mean(row.accuracy):.3f}", f"{min(row.accuracy):.3f}",
                      f"{row.delegates}/{row.letters}", f"{row.states}/{row.letters}", f"{row.sessions}/{row.letters}",
                      f"{row.seconds / row.letters:.1f}")
    Console(width=120).print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
