"""The secretariat's review UI: FastAPI with server-rendered templates, run by `nomproc serve`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uvicorn

    from processor.services.runtime import Runtime


def make_server(runtime: Runtime, host: str | None = None, port: int | None = None) -> uvicorn.Server:
    """A uvicorn server for the review app on config.review.host/port unless given; `.run()` blocks.

    With review.tls_cert_file and tls_key_file it serves HTTPS, and session cookies are marked Secure.
    """
    import uvicorn

    from processor.config import ConfigError
    from processor.faces.web.app import create_app

    review = runtime.config.review
    if (review.tls_cert_file is None) != (review.tls_key_file is None):
        raise ConfigError("review.tls_cert_file and review.tls_key_file must be given together")
    for key, path in (("tls_cert_file", review.tls_cert_file), ("tls_key_file", review.tls_key_file)):
        if path is not None and not path.is_file():
            raise ConfigError(f"review.{key}: {path} is not a readable file")
    config = uvicorn.Config(create_app(runtime), host=host or review.host, port=review.port if port is None else port,
                            log_level="warning", proxy_headers=True, server_header=False,
                            ssl_certfile=review.tls_cert_file, ssl_keyfile=review.tls_key_file)
    return uvicorn.Server(config)


def serve(runtime: Runtime, host: str | None = None, port: int | None = None) -> None:
    """Run the review UI until interrupted (the daemon may call this in a thread)."""
    make_server(runtime, host, port).run()
