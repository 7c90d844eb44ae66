"""HTML to plain text that keeps the layout extraction needs: blocks as lines, table rows as rows."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Comment, NavigableString, Tag

BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "address", "section", "article", "header", "footer", "hr", "dt", "dd", "table", "tbody", "thead",
}
DROP = {"script", "style", "head", "title", "meta", "link", "noscript", "template", "xml", "o:p"}
CELL_SEPARATOR = " | "


def html_to_text(html: str) -> str:
    """Text of an HTML body: one line per block, one line per table row with cells joined by ' | '."""
    soup = BeautifulSoup(html, "lxml")
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    root = soup.body or soup
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = re.sub(r"[ \t\u00a0]+", " ", "".join(current)).strip()
        if line:
            lines.append(line)
        elif lines and lines[-1] != "":
            lines.append("")
        current.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                current.append(str(child).replace("\n", " ").replace("\r", " "))
                continue
            if not isinstance(child, Tag) or child.name in DROP:
                continue
            name = child.name
            if name == "tr":
                flush()
                cells = [cell_text(cell) for cell in child.find_all(["td", "th"], recursive=False)]
                cells = [c for c in cells if c]
                if cells:
                    lines.append(CELL_SEPARATOR.join(cells))
                continue
            if name == "br":
                flush()
                continue
            if name in BLOCKS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    walk(root)
    flush()
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def cell_text(cell: Tag) -> str:
    """A table cell's text on one line (its inner blocks joined by spaces)."""
    for dropped in cell.find_all(DROP):
        dropped.extract()
    return re.sub(r"\s+", " ", cell.get_text(" ")).strip()
