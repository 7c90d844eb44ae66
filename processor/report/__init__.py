"""The nightly summary report (placeholder until the report issue lands)."""

from __future__ import annotations

import logging

from processor.runtime import Runtime

log = logging.getLogger("nomproc.report")


def run_nightly_report(runtime: Runtime) -> None:
    """Make and send the day's report; for now it only logs that it ran."""
    log.info("nightly report job ran (report not implemented yet)")
