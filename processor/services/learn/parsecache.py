"""What no rules change can change, kept between runs of `eval --reviewed`: each message's parse and its language.

Re-reading the reviewed mail after a rules change needs the split into own words and the extraction again (they
read the rules), but not the parse (MIME tree, charsets, HTML, attachments, OCR) nor the language of a text already
detected: those cost about half the time of a reading and never read the rules. They are kept per message, by the
sha256 of its bytes, in `DATA_DIR/cache/parsed/FINGERPRINT/`. A language guess is kept under a digest of the exact
text it was made from, so a rules change that moves the own words simply asks the detector again.

The fingerprint covers everything a parse or a language guess depends on besides the bytes: the source of the
modules that make them (`sources()`: the parse, OCR and language stages, `pipeline.parse_stage`, and what they
import of ours, found by reading their imports, so that editing the cue patterns, the split or the extraction
keeps the cache), the installed packages and Python, the Tesseract binary, and the limits, OCR and language
settings. When it changes, a new folder is started and the
old ones are removed. A parse is not kept when it failed or when OCR could not read a page (a timeout or a missing
Tesseract may not happen next time); an entry that cannot be read is read again from the archive.

Entries are pickles: the folder belongs to nomproc, like the archive beside it.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import importlib.metadata
import importlib.util
import logging
import os
import pickle
import shutil
import sys
import tempfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

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


# The modules a kept parse or language guess is made by; they and every module of ours they import are in the
# fingerprint (the split, the cue patterns and the extraction are not: they are run again each time).
READERS = ("processor.stages.parse", "processor.stages.scanned", "processor.stages.language",
           "processor.services.pipeline")
OURS = ("processor", "rules", "storage")


def _imported(path: Path) -> set[str]:
    """The modules of ours a source file imports, anywhere in it (imports inside functions too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)  # `from package import module`
    return {name for name in names if name.split(".")[0] in OURS}


def _origin(name: str) -> Path | None:
    """The source file of one of our modules, or None for a name that is not a module (an imported function)."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    return Path(spec.origin) if spec and spec.origin and spec.origin.endswith(".py") else None


def sources(roots: tuple[str, ...] = READERS) -> dict[str, Path]:
    """The modules a parse and a language guess run, by name: `roots` (pipeline's own code only: it holds
    `parse_stage`, and imports every stage) and, for the others, what they import of ours, transitively."""
    found: dict[str, Path] = {}
    waiting = list(roots)
    while waiting:
        name = waiting.pop()
        path = _origin(name)
        if name in found or path is None:
            continue
        found[name] = path
        parent = name.rpartition(".")[0]
        if parent:
            waiting.append(parent)  # a package's __init__ runs before its modules
        if name != "processor.services.pipeline":
            waiting.extend(_imported(path))
    return found


def fingerprint(config: Config) -> str:
    """A digest of everything besides the message's bytes that a parse or a language guess depends on."""
    digest = hashlib.sha256(FORMAT.encode())
    digest.update(sys.version.encode())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join(packages).encode())
    for name, path in sorted(sources().items()):
        digest.update(f"\0{name}\0".encode() + path.read_bytes())
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
