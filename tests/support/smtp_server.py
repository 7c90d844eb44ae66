"""A real SMTP server for tests (aiosmtpd), run in a subprocess: every message it takes is written to a Maildir
with its envelope in X-Envelope-From / X-Envelope-To headers on top. Recipients @refused.example are refused.

    python tests/support/smtp_server.py --port P --maildir DIR [--cert C --key K [--implicit-tls]] [--login USER:PASSWORD]
"""

from __future__ import annotations

import argparse
import mailbox
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class MaildirHandler:
    """Stores each message's exact bytes, with its envelope, in a Maildir."""

    def __init__(self, path: str) -> None:
        self.maildir = mailbox.Maildir(path, create=True)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:  # noqa: ANN001
        if address.endswith("@refused.example"):  # lets tests see a recipient refused by a working server
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: ANN001 (aiosmtpd's hook signature)
        head = f"X-Envelope-From: {envelope.mail_from}\r\nX-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n"
        self.maildir.add(head.encode() + envelope.original_content)
        return "250 OK stored"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--login", help="USER:PASSWORD required (over TLS)")
    args = parser.parse_args()
    context = None
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
    options: dict[str, object] = {}
    if args.login:
        user, password = args.login.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:  # noqa: ANN001
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            return AuthResult(success=ok, handled=False)  # let aiosmtpd answer 535 on failure

        # aiosmtpd does not count implicit TLS as TLS for AUTH; the connection is encrypted from the start
        options.update(authenticator=authenticator, auth_required=True,
                       auth_require_tls=context is not None and not args.implicit_tls)
    if context is not None and args.implicit_tls:
        options["ssl_context"] = context
    elif context is not None:
        options.update(tls_context=context, require_starttls=True)
    controller = Controller(MaildirHandler(args.maildir), hostname="127.0.0.1", port=args.port, **options)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
