"""Build test messages in code, so every test writes the case it checks instead of copying a corpus file."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from email.utils import make_msgid

ITU_RECEIVED = ("from mail.example.gov (mail.example.gov [203.0.113.9]) by mx.itu.int (Postfix) "
                "with ESMTPS id 4AbCdEf for <sme@itu.int>; {when}")


def build_message(
    body: str = "Hello",
    *,
    subject: str = "CI-19/35",
    sender: str = "Official <official@example.gov>",
    to: str = "sme@itu.int",
    date: str = "Wed, 14 Aug 2019 10:00:00 +0200",
    received: str | None = "Wed, 14 Aug 2019 10:00:05 +0200",
    message_id: str | None = None,
    html: str | None = None,
    charset: str = "utf-8",
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,  # (filename, mime type, data)
) -> bytes:
    """A message as the ITU server would store it (CRLF line ends, its Received header on top)."""
    message = EmailMessage()
    if received is not None:
        message["Received"] = ITU_RECEIVED.format(when=received)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    if date:
        message["Date"] = date
    message["Message-ID"] = message_id or make_msgid(domain="example.gov")
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body, charset=charset)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for filename, mime, data in attachments or []:
        maintype, subtype = mime.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes(policy=email.policy.SMTP)
