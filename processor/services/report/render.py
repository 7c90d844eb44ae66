"""The report as text: HTML and plain-text bodies (Jinja2 templates), and the delegate list as CSV and XLSX."""

from __future__ import annotations

import csv
import io
from functools import cache, partial
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from openpyxl import Workbook

from processor.config import CallDef
from processor.services.report.figures import DelegateRow, Figures

TEMPLATES = Path(__file__).resolve().parent / "templates"
DELEGATE_COLUMNS = ["session", "member_state", "country", "name", "title", "email"]
NEW_DELEGATES_SHOWN = 300  # a mail stays readable; the full standing list is in the CSV and XLSX


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def _state_name(figures: Figures, code: str) -> str:
    """A Member State's English name (rules/member_states.yaml) for the report; the code itself when unknown."""
    return figures.state_names.get(code, code) if code else "state not known"


def _context(figures: Figures, call: CallDef) -> dict[str, object]:
    state_name = partial(_state_name, figures)
    return {"f": figures, "call": call, "sessions": {s.id: s.title or s.id for s in call.sessions},
            "state_name": state_name, "new_shown": figures.new_delegates[:NEW_DELEGATES_SHOWN],
            "new_more": max(len(figures.new_delegates) - NEW_DELEGATES_SHOWN, 0),
            "nominated": sorted(map(state_name, figures.nominated)), "declined": sorted(map(state_name, figures.declined)),
            "by_session": {session_id: by_state_name(figures, people)
                           for session_id, people in figures.delegates_by_session.items()}}


def by_state_name(figures: Figures, people: list[DelegateRow]) -> list[DelegateRow]:
    """Delegates ordered by their Member State's name, each state's in the order its letter gives them."""
    return sorted(people, key=lambda person: _state_name(figures, person.member_state))


def render_html(figures: Figures, call: CallDef, chart_src: str) -> str:
    """The HTML report; `chart_src` is where the chart is (cid: in a mail, data: in the saved file)."""
    return _environment().get_template("report.html").render(**_context(figures, call), chart_src=chart_src)


def render_text(figures: Figures, call: CallDef) -> str:
    """The plain-text alternative, with the same figures."""
    return _environment().get_template("report.txt").render(**_context(figures, call))


def delegate_rows(figures: Figures) -> list[list[str]]:
    """The standing delegate list, one row per delegate and session."""
    rows = []
    for session_id, people in figures.delegates_by_session.items():
        for person in by_state_name(figures, people):
            rows.append([session_id, person.member_state, _state_name(figures, person.member_state), person.name,
                         person.title, person.email])
    return rows


def delegates_csv(figures: Figures) -> bytes:
    """The delegate list as UTF-8 CSV with a byte-order mark (so spreadsheet programs read Arabic and Chinese)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(DELEGATE_COLUMNS)
    writer.writerows(delegate_rows(figures))
    return out.getvalue().encode("utf-8-sig")


def delegates_xlsx(figures: Figures) -> bytes:
    """The delegate list as an Excel workbook, one sheet. Written in openpyxl's write-only mode, which streams the
    rows to the file instead of keeping a cell object for each (the widths and the frozen header row are set first,
    as that mode requires)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Delegates")
    for letter, width in zip("ABCDEF", (16, 12, 24, 34, 44, 32), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.append(DELEGATE_COLUMNS)
    for row in delegate_rows(figures):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
