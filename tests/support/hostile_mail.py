"""Hostile messages for the limits tests and benchmarks: bombs, endless PDFs, deep nesting, sheer size."""

from __future__ import annotations

import io
import zipfile
import zlib

from tests.support.mailfactory import build_message

MiB = 1 << 20


def zip_bomb(members: int = 4, each: int = 40 * MiB) -> bytes:
    """A small zip whose members expand to `members * each` zero bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for n in range(members):
            archive.writestr(f"part{n}.txt", b"\0" * each)
    return buffer.getvalue()


def endless_pdf(operators: int = 2_000_000) -> bytes:
    """A small, valid one-page PDF whose content stream has millions of text operators: pypdf needs minutes."""
    stream = zlib.compress(b"BT /F1 12 Tf " + b"1 0 0 1 10 10 Tm (x) Tj " * operators + b"ET", 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO(b"%PDF-1.4\n")
    out.seek(0, io.SEEK_END)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def many_parts(count: int = 1000) -> bytes:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % n for n in range(count))
    return (b"From: a@gov.example\r\nTo: sme@itu.int\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" + parts + b"--b--\r\n")


def deeply_nested(levels: int = 100) -> bytes:
    """`levels` multipart/mixed parts, each inside the one before."""
    head = b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n" % (n, n + 1)
                    for n in range(levels))
    tail = b"".join(b"--b%d--\r\n" % n for n in reversed(range(levels + 1)))
    return (b"From: a@gov.example\r\nTo: sme@itu.int\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n" + head
            + b"--b%d\r\nContent-Type: text/plain\r\n\r\ndeep\r\n" % levels + tail)


def fifty_megabytes() -> bytes:
    filler = b"X" * 76 + b"\r\n"
    return build_message("big") + filler * (50 * MiB // len(filler) + 1)
