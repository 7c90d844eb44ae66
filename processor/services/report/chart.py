"""The report's chart: replies per day against the deadline, as a PNG (matplotlib, Agg backend, no display)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import matplotlib

matplotlib.use("Agg")  # before pyplot: a server has no display

import matplotlib.dates as mdates  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402


def replies_chart(per_day: list[tuple[date, int]], deadline: datetime, report_date: date) -> bytes:
    """Bars of replies per day, their running total, and a line at the deadline; PNG bytes."""
    figure = Figure(figsize=(8, 3.2), dpi=100)
    axes = figure.subplots()
    days = [day for day, _ in per_day]
    counts = [count for _, count in per_day]
    # a day's bar spans that day, so the deadline line (an instant) falls after the last day it allows
    axes.bar(days, counts, width=0.85, align="edge", color="#1f77b4", label="replies per day")
    axes.set_ylabel("replies per day")
    if per_day:
        total = axes.twinx()
        running = [sum(counts[: i + 1]) for i in range(len(counts))]
        total.step([*days, days[-1] + timedelta(days=1)], [*running, running[-1]], where="post", color="#ff7f0e",
                   linewidth=1.8, label="total")
        total.set_ylabel("total")
        total.set_ylim(bottom=0)
    deadline_day = deadline.date()
    axes.axvline(deadline.replace(tzinfo=None), color="#d62728", linestyle="--", linewidth=1.5,
                 label=f"deadline {deadline:%d %b %H:%M}")
    axes.axvline(report_date, color="#777777", linestyle=":", linewidth=1, label="this report")
    start = min([*days, deadline_day, report_date]) - timedelta(days=1)
    axes.set_xlim(start, max([*days, deadline_day, report_date]) + timedelta(days=2))
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    axes.set_title(f"Replies per day, as of {report_date:%d %B %Y}", fontsize=10)
    figure.autofmt_xdate()
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
