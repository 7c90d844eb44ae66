"""HTML to plain text that keeps the layout extraction needs: blocks as lines, table rows as rows.

The text is read from lxml's HTML parser through a small tree of our own, built from the parser's events exactly as
BeautifulSoup (lxml) builds its tree from them, strings split where it splits them and typed as it types them, at a
fraction of its cost; markup the parser rejects goes to BeautifulSoup itself (`_html_to_text_bs4`, which also
defines what this returns).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Comment, Doctype, NavigableString, Tag
from lxml import etree

BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "address", "section", "article", "header", "footer", "hr", "dt", "dd", "table", "tbody", "thead",
}
DROP = {"script", "style", "head", "title", "meta", "link", "noscript", "template", "xml", "o:p"}
CELL_SEPARATOR = " | "
_SPACES = re.compile(r"[ \t\u00a0]+")
_WHITESPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n{3,}")

# What BeautifulSoup's HTML builder does with some tags: keep the whitespace of their strings; give their strings
# a type of their own (which a cell's get_text leaves out).
_PRESERVE_WHITESPACE = frozenset({"pre", "textarea"})
_STRING_CONTAINERS = frozenset({"rt", "rp", "style", "script", "template"})
_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"
TEXT, COMMENT, OTHER = 0, 1, 2  # a NavigableString; a Comment; any other string type (doctype, container strings)


class _Element:
    __slots__ = ("children", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self.children: list[_Element | tuple[int, str]] = []


class _Builder:
    """An lxml parser target building _Element trees as BeautifulSoup's handlers build theirs."""

    def __init__(self) -> None:
        self.document = _Element("[document]")
        self.stack = [self.document]
        self.open: dict[str, int] = {}
        self.preserving: list[_Element] = []
        self.containers: list[_Element] = []
        self.pending: list[str] = []

    def _end_data(self, kind: int | None = None) -> None:
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending = []
        if not self.preserving and all(char in _ASCII_SPACES for char in text):
            text = "\n" if "\n" in text else " "
        if kind is None:
            kind = OTHER if self.containers else TEXT
        self.stack[-1].children.append((kind, text))

    def start(self, tag: str, attrib: object, nsmap: object = None) -> None:
        self._end_data()
        element = _Element(_local(tag))
        self.stack[-1].children.append(element)
        self.stack.append(element)
        self.open[element.name] = self.open.get(element.name, 0) + 1
        if element.name in _PRESERVE_WHITESPACE:
            self.preserving.append(element)
        if element.name in _STRING_CONTAINERS:
            self.containers.append(element)

    def _pop(self) -> None:
        element = self.stack.pop()
        self.open[element.name] -= 1
        if self.preserving and self.preserving[-1] is element:
            self.preserving.pop()
        if self.containers and self.containers[-1] is element:
            self.containers.pop()

    def end(self, tag: str) -> None:
        self._end_data()
        name = _local(tag)
        for index in range(len(self.stack) - 1, 0, -1):
            if not self.open.get(name):
                break
            popped = self.stack[index]
            self._pop()
            if popped.name == name:
                break

    def data(self, text: str) -> None:
        self.pending.append(text)

    def comment(self, text: str) -> None:
        self._end_data()
        self.pending.append(text)
        self._end_data(COMMENT)

    def pi(self, target: str, data: str) -> None:
        self._end_data()
        self.pending.append(f"{target} {data}")
        self._end_data(OTHER)

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        self._end_data()
        self.pending.append(Doctype._string_for_name_and_ids(name, pubid, system))
        self._end_data(OTHER)

    def close(self) -> _Element:
        self._end_data()
        while len(self.stack) > 1:
            self._pop()
        return self.document


def _local(tag: str) -> str:
    return tag[1:].split("}", 1)[1] if tag[0] == "{" and "}" in tag else tag


def _body(element: _Element) -> _Element | None:
    """The first <body> under `element`, in document order."""
    for child in element.children:
        if isinstance(child, _Element):
            if child.name == "body":
                return child
            found = _body(child)
            if found is not None:
                return found
    return None


def _tree(html: str) -> _Element:
    if html[:1] == "\N{BYTE ORDER MARK}":
        html = html[1:]
    parser = etree.HTMLParser(target=_Builder(), recover=True, huge_tree=False, encoding=None)
    parser.feed(html)
    document: _Element = parser.close()
    return document


def html_to_text(html: str) -> str:
    """Text of an HTML body: one line per block, one line per table row with cells joined by ' | '."""
    try:
        document = _tree(html)
    except Exception:  # noqa: BLE001 - markup lxml rejects: BeautifulSoup tries it another way, or says why not
        return _html_to_text_bs4(html)
    root = _body(document) or document
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        elif lines and lines[-1] != "":
            lines.append("")
        current.clear()

    def walk(node: _Element) -> None:
        for child in node.children:
            if not isinstance(child, _Element):
                if child[0] != COMMENT:
                    current.append(child[1].replace("\n", " ").replace("\r", " "))
                continue
            name = child.name
            if name in DROP:
                continue
            if name == "tr":
                flush()
                cells = [_cell_text(cell) for cell in child.children
                         if isinstance(cell, _Element) and cell.name in ("td", "th")]
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
    return _BLANK_LINES.sub("\n\n", text).strip()


def _cell_text(cell: _Element) -> str:
    """A table cell's text on one line (its inner blocks joined by spaces; what is in DROP left out)."""
    strings: list[str] = []

    def gather(node: _Element) -> None:
        for child in node.children:
            if isinstance(child, _Element):
                if child.name not in DROP:
                    gather(child)
            elif child[0] == TEXT:
                strings.append(child[1])

    gather(cell)
    return _WHITESPACE.sub(" ", " ".join(strings)).strip()


def _html_to_text_bs4(html: str) -> str:
    """html_to_text by BeautifulSoup's tree: what html_to_text returns, more slowly."""
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
