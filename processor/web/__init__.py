"""The secretariat's review UI: FastAPI with server-rendered templates, run by `nomproc serve`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uvicorn

    from processor.runtime import Runtime


def make_server(runtime: Runtime, host: str | None = None, port: int | None = None) -> uvicorn.Server:
    """A uvicorn server for the review app on config.review.host/port unless given; `.run()` blocks."""
    import uvicorn

    from processor.web.app import create_app

    review = runtime.config.review
    config = uvicorn.Config(create_app(runtime), host=host or review.host, port=review.port if port is None else port,
                            log_level="warning", proxy_headers=True, server_header=False)
    return uvicorn.Server(config)


def serve(runtime: Runtime, host: str | None = None, port: int | None = None) -> None:
    """Run the review UI until interrupted (the daemon may call this in a thread)."""
    make_server(runtime, host, port).run()
