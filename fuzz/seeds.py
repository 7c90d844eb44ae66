"""Write the fuzzer's starting inputs: small messages built in code, one per shape the parser handles.

Found inputs are added next to them by libFuzzer; `make fuzz` runs this first, so a fresh checkout can fuzz.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import sys
import zipfile
from pathlib import Path

from tests.support.mailfactory import build_message

AUTH = "mx.itu.int; spf=pass smtp.mailfrom=example.gov; dkim=pass header.d=example.gov; dmarc=fail header.from=example.gov"


def _zip(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def seeds() -> list[bytes]:
    """One message per structure: plain, HTML, attachments, compressed, forwarded, report, encoded words."""
    nested = build_message("Inner text", subject="Inner")
    report = (b"From: MAILER-DAEMON@example.org\r\nTo: sme@itu.int\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\n"
              b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\n"
              b"Content-Type: text/plain\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
              b"Final-Recipient: rfc822; x@example.org\r\nAction: failed\r\n--b--\r\n")
    return [
        build_message("We nominate Ms Jane Doe, Director, jane@example.gov."),
        build_message("Texte", html="<p>Nous d\u00e9signons <b>M. Jean Dupont</b></p>", subject="=?utf-8?q?R=C3=A9ponse?="),
        build_message("\u041c\u044b \u043d\u0430\u0437\u043d\u0430\u0447\u0430\u0435\u043c", charset="koi8-r"),
        build_message("See attached", attachments=[("letter.txt", "text/plain", b"Nomination of Mr X"),
                                                   ("n.zip", "application/zip", _zip("a.txt", b"hello")),
                                                   ("n.txt.gz", "application/gzip", gzip.compress(b"hello"))]),
        build_message("Forwarded", attachments=[("fwd.eml", "message/rfc822", nested)]),
        build_message("Signed", headers={"Authentication-Results": AUTH}),
        report,
        b"Subject: no body",
        b"",
    ]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for data in seeds():
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)  # libFuzzer names corpus files by sha1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
