"""Reading scanned pages with Tesseract: render, clean up, find the script, OCR with the matching language pack.

Tesseract runs as a subprocess with a timeout per page, so a pathological page costs at most
`ocr.seconds_per_page` and never stalls the daemon; pages are capped in pixels before they are decoded in full.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageOps

ITU_PACKS = ("ara", "chi_sim", "eng", "fra", "rus", "spa")
LATIN_PACKS = {"eng": "en", "fra": "fr", "spa": "es"}  # pack -> ISO 639-1, for the Latin-script ITU languages
# Non-Latin scripts have one ITU pack each; OSD sometimes calls a Chinese page "Japanese" (shared Han characters).
SCRIPT_PACK = {"Cyrillic": "rus", "Arabic": "ara", "Han": "chi_sim", "HanS": "chi_sim", "Japanese": "chi_sim"}
LANGUAGE_PACK = {"en": "eng", "fr": "fra", "es": "spa", "ru": "rus", "ar": "ara", "zh": "chi_sim"}
ROOT = Path(__file__).resolve().parents[2]
PAGE_ERROR_STATUS = 3  # the rendering child's exit status for a PageError (its message on stderr)
MIN_DPI = 100  # below this, 10-point text is too small for Tesseract
IMAGE_TYPES = {"image/jpeg", "image/png", "image/tiff", "image/bmp", "image/gif", "image/webp"}
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp")


def _env() -> dict[str, str]:
    """One thread per Tesseract: on a busy machine its OpenMP threads fight each other and a page takes ~5x longer."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


class PageError(Exception):
    """A page that cannot be read within the limits; the message says which limit and is shown to the reviewer."""


class PageTimeout(PageError):
    """A page that took longer than ocr.seconds_per_page."""


@dataclass(frozen=True)
class Availability:
    """Whether Tesseract can run here, its version and the language packs it has."""

    version: str | None
    languages: tuple[str, ...] = ()
    problem: str = ""

    @property
    def available(self) -> bool:
        return self.version is not None and any(pack in self.languages for pack in ITU_PACKS)

    @property
    def reason(self) -> str:
        """Why OCR cannot run, for notes and `nomproc doctor`."""
        return self.problem or ("" if self.available else "no ITU language pack is installed (tesseract-ocr-eng, ...)")

    @property
    def missing(self) -> tuple[str, ...]:
        """ITU language packs that are not installed."""
        return tuple(pack for pack in ITU_PACKS if pack not in self.languages)


@lru_cache(maxsize=1)
def probe() -> Availability:
    """Ask the installed Tesseract for its version and language packs (once per process)."""
    binary = shutil.which("tesseract")
    if binary is None:
        return Availability(None, problem="tesseract is not installed; Debian: apt-get install tesseract-ocr")
    try:
        version = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=20, env=_env())
        langs = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=20, env=_env())
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Availability(None, problem=f"tesseract does not run: {exc}")
    first = (version.stdout or version.stderr).strip().splitlines()
    lines = langs.stdout.strip().splitlines()[1:]  # the first line names the tessdata folder
    return Availability(first[0].split()[-1] if first else "unknown", tuple(sorted(line.strip() for line in lines)))


def is_image(content_type: str, filename: str) -> bool:
    """A raster image by MIME type or, for mislabelled parts, by file name."""
    return content_type in IMAGE_TYPES or filename.lower().endswith(IMAGE_SUFFIXES)


def page_count(data: bytes, content_type: str, filename: str) -> int:
    """How many pages an image (TIFF frames) or PDF has."""
    if is_image(content_type, filename):
        with Image.open(io.BytesIO(data)) as image:
            return getattr(image, "n_frames", 1)
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def pdf_text_layers(data: bytes, pages: int) -> list[str]:
    """The text layer of each of the first `pages` PDF pages ("" for a page that is only an image)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(min(pages, len(document))):
            textpage = document[index].get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
        return texts
    finally:
        document.close()


def load_page(data: bytes, content_type: str, filename: str, page: int, dpi: int, max_pixels: int,
              seconds: float) -> Image.Image:
    """Page `page` (1-based) as a grayscale image no larger than `max_pixels`, its resolution in `info["dpi"]` when
    known (PDF pages are rendered at `dpi`); raises PageError when it cannot be read within the limits.

    PDF pages are rendered in a child process stopped after `seconds`: pdfium is native code that Python cannot
    interrupt, and a hostile page could otherwise hold the daemon (and its memory) for as long as it likes.
    """
    if is_image(content_type, filename):
        return _image_page(data, page, max_pixels)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    try:
        command = [sys.executable, "-m", "processor.stages.ocr", str(page), str(dpi), str(max_pixels)]
        child = subprocess.run(command, input=data,
                               capture_output=True, timeout=seconds, env=env)
    except subprocess.TimeoutExpired:
        raise PageTimeout(f"rendering the page took longer than ocr.seconds_per_page={seconds:g} s") from None
    message = child.stderr.decode("utf-8", "replace").strip()
    if child.returncode == PAGE_ERROR_STATUS:
        raise PageError(message)
    if child.returncode != 0:
        raise PageError(f"the PDF page could not be rendered: {message[-200:] or f'status {child.returncode}'}")
    image = Image.open(io.BytesIO(child.stdout))
    image.load()
    image.info["dpi"] = round(float(image.info.get("dpi", (dpi, dpi))[0]))
    return image


def _pdf_page(data: bytes, page: int, dpi: int, max_pixels: int) -> Image.Image:
    """Render one PDF page with pdfium (in the child process of `load_page`)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        if not 1 <= page <= len(document):
            raise PageError(f"the PDF has no page {page} (it has {len(document)})")
        pdf_page = document[page - 1]
        width, height = pdf_page.get_size()  # in points
        scale = min(dpi, _scan_dpi(pdf_page) or dpi) / 72
        if width * height * scale * scale > max_pixels:  # lower the resolution rather than refuse
            scale = (max_pixels / (width * height)) ** 0.5
            if scale * 72 < MIN_DPI:
                raise PageError(f"page {page} is {width / 72:.0f}×{height / 72:.0f} inches: too large to read at "
                                f"{MIN_DPI} dpi within ocr.max_pixels={max_pixels}")
        image: Image.Image = pdf_page.render(scale=scale, grayscale=True).to_pil().convert("L")
        image.info["dpi"] = round(scale * 72)
        return image
    finally:
        document.close()


def _scan_dpi(pdf_page) -> float | None:  # type: ignore[no-untyped-def]
    """The resolution of the largest image on a PDF page: rendering a scan above it only blurs and slows OCR."""
    import pypdfium2.raw as pdfium_c

    best: tuple[float, float] | None = None  # (area on the page in points², dpi)
    for item in pdf_page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
        left, bottom, right, top = item.get_bounds()
        pixels_wide = item.get_px_size()[0]
        area = (right - left) * (top - bottom)
        if right > left and (best is None or area > best[0]):
            best = (area, pixels_wide / ((right - left) / 72))
    return best[1] if best and best[1] >= MIN_DPI else None


def _image_page(data: bytes, page: int, max_pixels: int) -> Image.Image:
    image: Image.Image = Image.open(io.BytesIO(data))
    if page > 1:
        image.seek(page - 1)
    width, height = image.size
    declared = image.info.get("dpi")
    dpi = float(declared[0]) if declared and 100 <= float(declared[0]) <= 1200 else None  # scanners say; cameras don't
    if width * height > max_pixels:
        image.draft("L", (width // 2, height // 2))  # JPEG decodes straight to a smaller size
        if image.size[0] * image.size[1] > 4 * max_pixels:  # decoding it at all would cost too much memory
            raise PageError(f"image is {width}×{height} pixels, over ocr.max_pixels={max_pixels}")
    image = ImageOps.exif_transpose(image).convert("L")
    if image.size[0] * image.size[1] > max_pixels:
        factor = (max_pixels / (image.size[0] * image.size[1])) ** 0.5
        image = image.resize((int(image.size[0] * factor), int(image.size[1] * factor)), Image.Resampling.LANCZOS)
    image.info.clear()
    if dpi:
        image.info["dpi"] = round(dpi * max(image.size) / max(width, height))
    return image


def render_page_png(data: bytes, content_type: str, page: int, dpi: int = 110, filename: str = "",
                    max_pixels: int = 12_000_000, seconds: float = 30.0) -> bytes:
    """Page `page` (1-based) of a PDF or image as PNG bytes, for showing a scanned letter beside its OCR text.
    Raises PageError when the page cannot be rendered within `max_pixels` and `seconds`."""
    buffer = io.BytesIO()
    load_page(data, content_type, filename, page, dpi, max_pixels, seconds).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def clean(image: Image.Image) -> Image.Image:
    """Remove speckle, even out a shadowed page and straighten a skewed one. Thresholding itself is left to
    Tesseract's Otsu, which measured better on these pages than thresholding before it (or its own Sauvola)."""
    image = image.filter(ImageFilter.MedianFilter(3))
    if uneven_lighting(image):
        image = flatten(image)
    angle = skew_angle(image)
    if abs(angle) >= 0.2:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return image


def _ink(image: Image.Image) -> Image.Image:
    """A small copy with ink white on black: pixels clearly darker than the paper around them (shadows are not ink)."""
    small = image.copy()
    small.thumbnail((800, 800))
    paper = small.filter(ImageFilter.GaussianBlur(12))
    return ImageChops.subtract(paper, small).point(lambda v: 255 if v > 40 else 0)


def uneven_lighting(image: Image.Image) -> bool:
    """Whether the paper is much darker in some places than others (a photograph, a shadow, a fold): one global
    threshold would then lose the dark part."""
    import numpy as np

    small = image.copy()
    small.thumbnail((256, 256))
    pixels = np.asarray(small, dtype=np.float32)
    rows, cols = pixels.shape[0] // 8, pixels.shape[1] // 8
    tiles = pixels[: rows * 8, : cols * 8].reshape(8, rows, 8, cols).swapaxes(1, 2).reshape(64, -1)
    paper = np.percentile(tiles, 90, axis=1)
    return float(paper.max() - paper.min()) > 50


def flatten(image: Image.Image) -> Image.Image:
    """The page divided by its paper's brightness (estimated with the ink filtered out), so the paper is evenly
    white and a shadowed line keeps its contrast."""
    import numpy as np

    small = image.copy()
    small.thumbnail((400, 400))
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(8))
    paper = paper.resize(image.size, Image.Resampling.BILINEAR)
    ratio = np.asarray(image, dtype=np.float32) / np.maximum(np.asarray(paper, dtype=np.float32), 1)
    return Image.fromarray(np.clip(ratio * 250, 0, 255).astype(np.uint8))


def skew_angle(image: Image.Image, limit: float = 5.0, step: float = 0.25) -> float:
    """The rotation (degrees) that makes text lines horizontal: the angle whose row profile is sharpest."""
    import numpy as np

    ink = _ink(image)  # white on black, so rotation fills the corners with "no ink"
    best, best_score = 0.0, -1.0
    for index in range(int(2 * limit / step) + 1):
        angle = -limit + index * step
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float32).sum(axis=1)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best, best_score = angle, score
    return best


@dataclass(frozen=True)
class Orientation:
    """What Tesseract's orientation and script detection found on a page."""

    rotate: int = 0  # degrees clockwise that make the page upright
    script: str | None = None


def tesseract(path: Path, args: list[str], timeout: float, dpi: int | None = None, limit: float | None = None) -> str:
    """Run Tesseract on an image file with `args`; raises PageError on a failure, PageTimeout (naming `limit`) when
    it runs over `timeout` seconds, after killing it."""
    args = [*args, "--dpi", str(dpi)] if dpi else args  # without it Tesseract estimates from the text height
    try:
        result = subprocess.run(["tesseract", str(path), "stdout", *args], capture_output=True, text=True,
                                timeout=timeout, env=_env())
    except subprocess.TimeoutExpired:
        raise PageTimeout(f"OCR took longer than ocr.seconds_per_page={limit or timeout:g} s") from None
    if result.returncode != 0:
        raise PageError(f"tesseract failed: {result.stderr.strip()[-200:]}")
    return result.stdout


def orientation(run: Callable[[list[str]], str]) -> Orientation:
    """The page's rotation and script (by Tesseract's OSD), or an empty answer when there is too little text to tell."""
    try:
        output = run(["--psm", "0", "-l", "osd"])
    except PageTimeout:
        raise
    except PageError:  # "Too few characters": a sparse page; the message's own text decides the script
        return Orientation()
    values = dict(line.split(":", 1) for line in output.splitlines() if ":" in line)
    rotate = int(values.get("Rotate", "0").strip() or 0)
    return Orientation(rotate, values.get("Script", "").strip() or None)


def script_of_text(text: str) -> str | None:
    """The dominant non-Latin script of a text, in Tesseract's script names, or "Latin", or None for no letters."""
    counts = {"Arabic": 0, "Cyrillic": 0, "Han": 0, "Latin": 0}
    for char in text:
        if "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff":  # letters and presentation forms
            counts["Arabic"] += 1
        elif "\u0400" <= char <= "\u04ff":
            counts["Cyrillic"] += 1
        elif "\u4e00" <= char <= "\u9fff":
            counts["Han"] += 1
        elif char.isascii() and char.isalpha():
            counts["Latin"] += 1
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count else None


@lru_cache(maxsize=1)
def _latin_detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH, Language.SPANISH).build()


def latin_language(text: str) -> str | None:
    """English, French or Spanish (the Latin-script ITU languages), or None when the text does not say."""
    if len(text.strip()) < 20:
        return None
    language = _latin_detector().detect_language_of(text)
    return {"ENGLISH": "en", "FRENCH": "fr", "SPANISH": "es"}.get(language.name) if language else None


@dataclass(frozen=True)
class PageResult:
    """The text read from one page and the language pack that read it."""

    text: str
    pack: str
    script: str | None


def read_page(image: Image.Image, hint: str, installed: tuple[str, ...], seconds: float, dpi: int | None = None,
              preprocess: bool = True, limit: float | None = None) -> PageResult:
    """OCR one page within `seconds`: clean it, find its orientation and script, read it with its language's pack.

    The script comes from the page itself; `hint` (the message's other text) decides when the page has too
    little text to tell, and picks the first Latin pack to try. A Latin page is read again with the pack of the
    language its first reading is in, because a single pack reads accents best. `limit` is the configured
    ocr.seconds_per_page that errors name, when `seconds` is what is left of it.
    """
    limit = limit or seconds
    deadline = time.monotonic() + seconds
    image = clean(image) if preprocess else image
    with tempfile.TemporaryDirectory(prefix="nomproc-ocr-") as folder:
        path = Path(folder) / "page.png"

        def run(args: list[str]) -> str:
            left = deadline - time.monotonic()
            if left <= 0:
                raise PageTimeout(f"OCR took longer than ocr.seconds_per_page={limit:g} s")
            return tesseract(path, args, left, dpi, limit)

        image.save(path, compress_level=1)
        found = orientation(run)
        if found.rotate:
            image.rotate(-found.rotate, expand=True).save(path, compress_level=1)
        return _read_text(run, found.script or script_of_text(hint) or "Latin", hint, installed)


def _read_text(run: Callable[[list[str]], str], script: str, hint: str, installed: tuple[str, ...]) -> PageResult:
    """Read the page with the pack of its script; Latin pages with the pack of their language (two passes at most)."""
    pack = SCRIPT_PACK.get(script)
    if pack and pack in installed:
        return PageResult(tidy(run(["-l", pack]), pack), pack, script)
    latin = [p for p in LATIN_PACKS if p in installed] or [p for p in installed if p != "osd"][:1]
    if not latin:
        raise PageError("no Tesseract language pack is installed")
    first = LANGUAGE_PACK.get(latin_language(hint) or "", latin[0])
    first = first if first in latin else latin[0]
    text = run(["-l", first])
    again = LANGUAGE_PACK.get(latin_language(text) or "", first)
    if again != first and again in installed:
        return PageResult(tidy(run(["-l", again]), again), again, script)
    return PageResult(tidy(text, first), first, script)


def tidy(text: str, pack: str) -> str:
    """Tesseract's text without the spaces it puts between Chinese characters and without trailing blank lines."""
    if pack == "chi_sim":
        text = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]+(?=[\u3000-\u9fff\uff00-\uffef])", "", text)
    lines = [line.rstrip() for line in text.replace("\f", "").splitlines()]
    return "\n".join(lines).strip()


def _render_child(argv: list[str]) -> int:
    """`python -m processor.stages.ocr PAGE DPI MAX_PIXELS`: a PDF on stdin, that page as PNG on stdout."""
    page, dpi, max_pixels = (int(value) for value in argv)
    try:
        image = _pdf_page(sys.stdin.buffer.read(), page, dpi, max_pixels)
    except PageError as exc:
        sys.stderr.write(str(exc))
        return PAGE_ERROR_STATUS
    image.save(sys.stdout.buffer, format="PNG", compress_level=1, dpi=(image.info["dpi"],) * 2)
    return 0


if __name__ == "__main__":
    sys.exit(_render_child(sys.argv[1:]))
