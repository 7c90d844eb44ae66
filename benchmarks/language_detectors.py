"""Compare the two language detectors on short (1-2 line) and longer replies written for this benchmark.

Run: .venv/bin/python benchmarks/language_detectors.py
Prints, per detector and text length (three words, one or two lines, five sentences): accuracy, milliseconds
per text (after the models are loaded) and the time to build the detector. Only Latin-script languages go to a
detector (Arabic, Cyrillic and Han are settled by script), so those are measured, both restricted to the
Latin-script candidates.
"""

from __future__ import annotations

import itertools
import time

from rich.console import Console
from rich.table import Table

from processor.config import LanguageConfig
from processor.stages.language import LanguageDetector, _scorer

SENTENCES = {
    "en": [
        "We are pleased to nominate our deputy director for the session.",
        "Please register the two officials named below.",
        "Our minister will not be able to travel this time.",
        "Could you tell us whether the meeting will be streamed?",
        "Thank you for the invitation, we will reply next week.",
        "The head of delegation will be accompanied by an adviser.",
        "Kindly confirm receipt of this message.",
        "We would like to take part in the March meeting as well.",
        "Noted with thanks.",
        "She is responsible for spectrum policy in the ministry.",
        "Attached is the signed letter from our ambassador.",
        "Unfortunately nobody from our office is available.",
    ],
    "fr": [
        "Nous avons le plaisir de désigner notre directeur adjoint pour la session.",
        "Veuillez inscrire les deux fonctionnaires mentionnés ci-dessous.",
        "Notre ministre ne pourra pas se déplacer cette fois-ci.",
        "Pourriez-vous nous dire si la réunion sera retransmise ?",
        "Merci pour l'invitation, nous répondrons la semaine prochaine.",
        "Le chef de délégation sera accompagné d'une conseillère.",
        "Merci de bien vouloir accuser réception de ce message.",
        "Nous souhaitons également participer à la réunion de mars.",
        "Bien reçu, merci.",
        "Elle est chargée de la politique des fréquences au ministère.",
        "Vous trouverez ci-joint la lettre signée de notre ambassadeur.",
        "Malheureusement personne de notre bureau n'est disponible.",
    ],
    "es": [
        "Tenemos el agrado de designar a nuestro director adjunto para la sesión.",
        "Les rogamos inscribir a los dos funcionarios mencionados a continuación.",
        "Nuestro ministro no podrá viajar en esta ocasión.",
        "¿Podrían indicarnos si la reunión será transmitida en línea?",
        "Gracias por la invitación, responderemos la próxima semana.",
        "El jefe de la delegación estará acompañado por una asesora.",
        "Agradeceremos acusar recibo de este mensaje.",
        "Quisiéramos participar también en la reunión de marzo.",
        "Recibido, muchas gracias.",
        "Ella es responsable de la política de espectro en el ministerio.",
        "Adjuntamos la carta firmada por nuestro embajador.",
        "Lamentablemente nadie de nuestra oficina está disponible.",
    ],
    "de": [
        "Wir freuen uns, unseren stellvertretenden Direktor für die Sitzung zu benennen.",
        "Bitte registrieren Sie die beiden unten genannten Beamten.",
        "Unser Minister kann dieses Mal leider nicht reisen.",
        "Könnten Sie uns sagen, ob die Sitzung übertragen wird?",
        "Vielen Dank für die Einladung, wir antworten nächste Woche.",
        "Der Delegationsleiter wird von einer Beraterin begleitet.",
        "Bitte bestätigen Sie den Eingang dieser Nachricht.",
        "Wir möchten auch an der Sitzung im März teilnehmen.",
        "Danke, erhalten.",
        "Sie ist im Ministerium für die Frequenzpolitik zuständig.",
        "Anbei finden Sie das unterschriebene Schreiben unseres Botschafters.",
        "Leider ist niemand aus unserem Büro verfügbar.",
    ],
    "pt": [
        "Temos o prazer de indicar o nosso diretor adjunto para a sessão.",
        "Solicitamos a inscrição dos dois funcionários mencionados abaixo.",
        "O nosso ministro não poderá viajar desta vez.",
        "Poderiam informar-nos se a reunião será transmitida?",
        "Agradecemos o convite e responderemos na próxima semana.",
        "O chefe da delegação será acompanhado por uma assessora.",
        "Agradecemos a confirmação do recebimento desta mensagem.",
        "Gostaríamos de participar também da reunião de março.",
        "Recebido, obrigado.",
        "Ela é responsável pela política de espectro no ministério.",
        "Segue em anexo a carta assinada pelo nosso embaixador.",
        "Infelizmente ninguém do nosso escritório está disponível.",
    ],
}


def texts(kind: str) -> list[tuple[str, str]]:
    """(language, text): "tiny" is the first three words of each sentence, "short" every sentence and every pair of
    neighbours (1-2 lines), "long" five sentences joined."""
    out: list[tuple[str, str]] = []
    for code, sentences in SENTENCES.items():
        if kind == "tiny":
            out += [(code, " ".join(s.split()[:3])) for s in sentences]
        elif kind == "short":
            out += [(code, s) for s in sentences]
            out += [(code, f"{a}\n{b}") for a, b in itertools.pairwise(sentences)]
        else:
            out += [(code, " ".join(sentences[i:i + 5])) for i in range(0, len(sentences) - 4)]
    return out


def measure(name: str, kind: str) -> tuple[float, float, list[str]]:
    detector = LanguageDetector(LanguageConfig(detector=name))
    cases = texts(kind)
    start = time.perf_counter()
    answers = [detector.detect(text).code for _, text in cases]
    elapsed = time.perf_counter() - start
    wrong = [f"{code}→{got}: {text[:50]!r}" for (code, text), got in zip(cases, answers, strict=True) if got != code]
    return 1 - len(wrong) / len(cases), elapsed * 1000 / len(cases), wrong


def main() -> None:
    console = Console()
    table = Table(title="Language detectors on Latin-script replies (restricted to the candidates)")
    for column in ("detector", "texts", "count", "accuracy", "ms/text", "build s"):
        table.add_column(column)
    misses: list[str] = []
    for name in ("lingua", "langdetect"):
        start = time.perf_counter()
        LanguageDetector(LanguageConfig(detector=name)).detect("warm up the models")
        build = time.perf_counter() - start
        for kind in ("tiny", "short", "long"):
            accuracy, ms, wrong = measure(name, kind)
            table.add_row(name, kind, str(len(texts(kind))), f"{accuracy:.3f}", f"{ms:.2f}", f"{build:.2f}")
            misses += [f"{name} {kind}: {w}" for w in wrong]
    console.print(table)
    for line in misses:
        console.print(line, markup=False)
    console.print(f"detectors built: {_scorer.cache_info().currsize}")


if __name__ == "__main__":
    main()
