#!/usr/bin/env python3
"""Atheris fuzz target: any bytes through parse and the pure middle of the pipeline.

The property is the one `Pipeline.ingest` relies on: parsing either gives a ParsedMail or refuses the bytes
on purpose (LimitExceeded, NotAMessageError: quarantined with that reason), and the middle never fails on
what parse gave it. Any other exception, a hang (libFuzzer -timeout) or a crash is a finding.
Run it with `make fuzz` (bounded time); new inputs that reach new code are kept in tests/fuzz_corpus/.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["processor", "rules", "email", "mailparser"]):
    from processor.config import TrustConfig, load_config
    from processor.services.pipeline import StageError, analyse, parse_stage
    from processor.stages.language import LanguageDetector
    from processor.stages.limits import LimitExceeded
    from processor.stages.parse import NotAMessageError
    from rules import load_rules

# trusted Authentication-Results so that their parsing is fuzzed too; no OCR, which would start Tesseract
BASE = load_config(Path(__file__).resolve().parents[1] / "config.example.yaml")
CONFIG = BASE.model_copy(update={"trust": TrustConfig(authserv_id="mx.itu.int"),
                                 "ocr": BASE.ocr.model_copy(update={"enabled": False})})
RULES = load_rules(CONFIG.rules_dir)
DETECTOR = LanguageDetector(CONFIG.language)


def test_one_input(data: bytes) -> None:
    """One input: parsed or refused over a limit; anything else is re-raised for libFuzzer to report."""
    try:
        parsed = parse_stage(data, CONFIG)
    except StageError as failure:
        if isinstance(failure.error, LimitExceeded | NotAMessageError):
            return
        raise failure.error from failure
    try:
        analyse(parsed, CONFIG, RULES, DETECTOR)
    except StageError as failure:
        raise failure.error from failure


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
