"""Resource limits around attachment reading: a decompressed-size guard and a worker that can be abandoned.

A hostile attachment can expand a thousandfold (zip bomb) or keep a reader busy for ever (a PDF that never
ends extraction). Sizes are checked by streaming decompression that stops at the limit, and readers run in a
child process that is killed when it runs over its time, because a Python thread cannot be stopped.
"""

from __future__ import annotations

import bz2
import lzma
import os
import pickle
import resource
import select
import subprocess
import sys
import threading
import weakref
import zipfile
import zlib
from io import BytesIO
from pathlib import Path
from typing import Any

from processor.stages.attachments import AttachmentText, read_attachment

CHUNK = 64 * 1024
STARTUP_SECONDS = 60.0
ROOT = Path(__file__).resolve().parents[2]


class LimitExceeded(ValueError):
    """A message is over a configured limit; it is quarantined with this reason in plain words."""


class WorkerUnavailable(RuntimeError):
    """The text-extraction worker cannot start: a fault of the machine, not of the message being read."""


def size_words(count: int) -> str:
    """A byte count for people: '25 MiB' when it is a round number of binary units, else '52,428,801 bytes'."""
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= factor and count % (factor // 16) == 0:
            return f"{count / factor:g} {unit}"
    return f"{count:,} bytes"


def _zlib_size(data: bytes, limit: int) -> int:
    """Bytes gzip or zlib data expands to (every gzip member), stopping as soon as it passes `limit`."""
    total, pending = 0, data
    decompressor = zlib.decompressobj(wbits=47)  # 32 + 15: a gzip or a zlib header, found automatically
    while pending and total <= limit:
        try:
            total += len(decompressor.decompress(pending, CHUNK))
        except zlib.error:
            break  # damaged or trailing junk: what expanded so far still counts
        pending = decompressor.unconsumed_tail
        if decompressor.eof:
            pending, decompressor = decompressor.unused_data, zlib.decompressobj(wbits=47)
    return total


def _stream_size(make: type[bz2.BZ2Decompressor] | type[lzma.LZMADecompressor], data: bytes, limit: int) -> int:
    """Bytes bzip2 or xz data expands to (every concatenated stream), stopping as soon as it passes `limit`."""
    total, pending, decompressor = 0, data, make()
    while total <= limit:
        if decompressor.eof:
            if not decompressor.unused_data:
                break
            pending, decompressor = decompressor.unused_data, make()
        elif decompressor.needs_input and not pending:
            break  # truncated stream
        try:
            out = decompressor.decompress(pending, CHUNK)
        except (OSError, EOFError, lzma.LZMAError):
            break
        pending = b""
        total += len(out)
    return total


def _zip_size(data: bytes, limit: int) -> int:
    """Bytes a zip expands to, reading each member in chunks (declared sizes may lie)."""
    total = 0
    with zipfile.ZipFile(BytesIO(data)) as archive:
        for info in archive.infolist():
            with archive.open(info) as member:
                while chunk := member.read(CHUNK):
                    total += len(chunk)
                    if total > limit:
                        return total
    return total


def decompressed_size(data: bytes, limit: int) -> int | None:
    """What a zip (also DOCX/XLSX), gzip, bzip2 or xz attachment expands to, up to just past `limit`;
    None when the bytes are not compressed."""
    try:
        if data[:4] == b"PK\x03\x04":
            return _zip_size(data, limit)
        if data[:2] == b"\x1f\x8b":
            return _zlib_size(data, limit)
        if data[:3] == b"BZh":
            return _stream_size(bz2.BZ2Decompressor, data, limit)
        if data[:6] == b"\xfd7zXZ\x00":
            return _stream_size(lzma.LZMADecompressor, data, limit)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError):
        return None  # damaged archives are the readers' problem: they note "unreadable", nothing expands
    return None


def check_decompressed(data: bytes, name: str, limit: int) -> None:
    """Raise LimitExceeded when a compressed attachment expands past `limit`."""
    size = decompressed_size(data, limit)
    if size is not None and size > limit:
        raise LimitExceeded(f"attachment {name} expands to more than {size_words(limit)} when decompressed "
                            f"({size_words(len(data))} compressed)")


def _serve(memory_bytes: int) -> None:
    """The worker's loop (`python -m processor.stages.limits BYTES`): one pickled request in, one AttachmentText out."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # readers (and programs they start) that print must not corrupt the replies
    requests = sys.stdin.buffer
    pickle.dump("ready", replies)
    replies.flush()
    while True:
        try:
            args = pickle.load(requests)
        except EOFError:
            return
        pickle.dump(read_attachment(*args), replies)
        replies.flush()


class ExtractionWorker:
    """Reads attachment text in one long-lived child process; a read over time kills it and the next read
    starts a fresh one, so a hostile attachment costs at most `seconds` and never stalls the daemon."""

    def __init__(self, seconds: float, memory_bytes: int) -> None:
        self.seconds = seconds
        self.memory_bytes = memory_bytes
        self._process: subprocess.Popen[bytes] | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self._lock = threading.Lock()  # one request at a time on the pipe (the daemon and the review UI share it)

    def _start(self) -> subprocess.Popen[bytes]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        self.close()
        # a fresh interpreter, not a fork: the daemon has threads (IMAP, web) whose locks a fork would copy
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        command = [sys.executable, "-m", "processor.stages.limits", str(self.memory_bytes)]
        try:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, env=env)
        except OSError as exc:
            raise WorkerUnavailable(f"the text-extraction worker ({' '.join(command[:3])}) cannot start: "
                                    f"{exc.strerror or exc}") from exc
        self._process = process
        self._finalizer = weakref.finalize(self, _stop, process)
        # starting Python and importing the readers is not the attachment's time
        try:
            ready = _answer(process, STARTUP_SECONDS) == "ready"
        except (EOFError, OSError, pickle.UnpicklingError):
            ready = False
        if not ready:
            self.close()
            raise WorkerUnavailable(f"the text-extraction worker ({' '.join(command[:3])}) did not start")
        return process

    def read(self, data: bytes, content_type: str, filename: str, charset: str | None,
             max_pdf_pages: int) -> AttachmentText:
        """The attachment's text, or LimitExceeded when reading it takes longer than allowed or kills the reader."""
        with self._lock:
            return self._read(data, content_type, filename, charset, max_pdf_pages)

    def _read(self, data: bytes, content_type: str, filename: str, charset: str | None,
              max_pdf_pages: int) -> AttachmentText:
        process = self._start()
        name = filename or content_type
        try:
            assert process.stdin is not None
            pickle.dump((data, content_type, filename, charset, max_pdf_pages), process.stdin)
            process.stdin.flush()
            answer = _answer(process, self.seconds)
        except (EOFError, OSError, pickle.UnpicklingError):
            self.close()
            raise LimitExceeded(f"reading attachment {name} stopped the text reader (over "
                                f"{size_words(self.memory_bytes)} of memory, or a crash)") from None
        if isinstance(answer, AttachmentText):
            return answer
        self.close()
        raise LimitExceeded(f"reading attachment {name} took longer than {self.seconds:g} seconds; abandoned")

    def close(self) -> None:
        """Stop the child, if any (it is also stopped when the worker is garbage-collected or at exit)."""
        if self._finalizer is not None:
            self._finalizer()
        self._process = self._finalizer = None


def _answer(process: subprocess.Popen[bytes], seconds: float) -> object:
    """The child's next reply, or None when none comes within `seconds`; EOFError when it died."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    return pickle.load(process.stdout) if ready else None


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=5)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
