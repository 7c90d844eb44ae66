"""Language of the sender's own words: script first, then a detector limited to the candidates."""

from __future__ import annotations

from processor.config import LanguageConfig
from processor.model import LanguageGuess


class LanguageDetector:
    """Placeholder until the extraction issue: script only."""

    def __init__(self, config: LanguageConfig) -> None:
        self.config = config

    def detect(self, text: str) -> LanguageGuess:
        for char in text:
            if "\u0600" <= char <= "\u06ff":
                return LanguageGuess("ar", "script", 1.0)
            if "\u0400" <= char <= "\u04ff":
                return LanguageGuess("ru", "script", 1.0)
            if "\u4e00" <= char <= "\u9fff":
                return LanguageGuess("zh", "script", 1.0)
        return LanguageGuess("en" if text.strip() else None, "none", 0.0)
