"""What no rules change can change, kept between runs of `eval --reviewed`: each message's parse and its language.

Re-reading the reviewed mail after a rules change needs the split into own words and the extraction again (they
read the rules), but not the parse (MIME tree, charsets, HTML, attachments, OCR) nor the language of a text already
detected: those cost about half the time of a reading and never read the rules. They are kept per message, by the
sha256 of its bytes, in `DATA_DIR/cache/parsed/FINGERPRINT/`. A language guess is kept under a digest of the exact
text it was made from, so a rules change that moves the own words simply asks the detector again.

The fingerprint covers everything a parse or a language guess depends on besides the bytes: the source of the pure
stages outside extraction (`processor/stages/*.py`) and of the domain values, the installed packages and Python,
the Tesseract binary, and the limits, OCR and language settings. When it changes, a new folder is started and the
old ones are removed. A parse is not kept when it failed or when OCR could not read a page (a timeout or a missing
Tesseract may not happen next time); an entry that cannot be read is read again from the archive.

Entries are pickles: the folder belongs to nomproc, like the archive beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import pickle
import shutil
import sys
import tempfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

import processor.domain
import processor.stages
from processor.config import Config
from processor.domain.model import LanguageGuess, ParsedMail
from processor.stages.scanned import SCANNED

log = logging.getLogger("nomproc.learn")

FORMAT = "nomproc parse cache 1"
LANGUAGES_KEPT = 4  # language guesses kept per message: the own words change only when the split's rules do


@dataclass(frozen=True)
class Kept:
    """A message's parse (attachment bytes dropped: OCR has read them) and the language guesses made on its text."""

    parsed: ParsedMail
    languages: dict[str, LanguageGuess]


def text_key(text: str) -> str:
    """The key a language guess is kept under: a digest of the exact text the detector read."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _sources() -> list[Path]:
    """The source files a parse or a language guess runs: the stages outside extraction, and the domain values."""
    folders = [Path(processor.stages.__file__).parent, Path(processor.domain.__file__).parent]
    return sorted(path for folder in folders for path in folder.glob("*.py"))


def fingerprint(config: Config) -> str:
    """A digest of everything besides the message's bytes that a parse or a language guess depends on."""
    digest = hashlib.sha256(FORMAT.encode())
    digest.update(sys.version.encode())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join(packages).encode())
    for path in _sources():
        digest.update(f"\0{path.name}\0".encode() + path.read_bytes())
    tesseract = shutil.which("tesseract")
    if tesseract:
        status = os.stat(tesseract)
        digest.update(f"\0{tesseract}\0{status.st_size}\0{status.st_mtime_ns}".encode())
    for section in (config.limits, config.ocr, config.language):
        digest.update(section.model_dump_json().encode())
    return digest.hexdigest()[:16]


def keepable(parsed: ParsedMail) -> bool:
    """A parse that will come out the same next time: none of its pages was left unread by OCR."""
    return not any(part.startswith(SCANNED) for a in parsed.attachments for part in a.note.split("; "))


class ParseCache:
    """Parses and language guesses by message sha256, in one fingerprint's folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def open(cls, config: Config) -> ParseCache:
        """The cache for this configuration and code; the folders of other fingerprints are removed."""
        parent = Path(config.data_dir) / "cache" / "parsed"
        name = fingerprint(config)
        if parent.is_dir():
            for stale in parent.iterdir():
                if stale.name != name:
                    shutil.rmtree(stale, ignore_errors=True)
        return cls(parent / name)

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.pickle"

    def get(self, sha256: str) -> Kept | None:
        """The message's kept parse, or None (not kept, or unreadable: then it is parsed and kept again)."""
        try:
            kept = pickle.loads(zlib.decompress(self._path(sha256).read_bytes()))
        except FileNotFoundError:
            return None
        except Exception:  # a torn or foreign file is only a cache miss
            log.debug("parse cache entry for %s unreadable", sha256, exc_info=True)
            return None
        return kept if isinstance(kept, Kept) else None

    def put(self, sha256: str, parsed: ParsedMail, languages: dict[str, LanguageGuess]) -> None:
        """Keep a parse and its language guesses (the most recent few); a cache that cannot be written is skipped."""
        if not keepable(parsed):
            return
        recent = dict(list(languages.items())[-LANGUAGES_KEPT:])
        data = zlib.compress(pickle.dumps(Kept(replace(parsed, payloads={}), recent), protocol=5), 1)
        path = self._path(sha256)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".")
        except OSError as exc:
            log.debug("parse cache not written for %s: %s", sha256, exc)
            return
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
            os.replace(temporary, path)  # readers see the old entry or the new one, never half of one
        except OSError as exc:
            log.debug("parse cache not written for %s: %s", sha256, exc)
            with contextlib.suppress(OSError):
                os.unlink(temporary)
