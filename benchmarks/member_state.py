"""How long Member State recognition takes: building the name index once, then per message and per kilobyte.

Run: .venv/bin/python benchmarks/member_state.py
The messages are built here (letterheads in the six languages, a long letter); the figure to watch is ms/message,
which must stay flat as states and names are added to rules/member_states.yaml (one index lookup per word).
"""

from __future__ import annotations

import time
from datetime import datetime
from email.message import EmailMessage

from rich.console import Console
from rich.table import Table

from processor.config import CallDef, SessionDef
from processor.stages.extract.member_state import _matcher, find_member_state
from processor.stages.parse import parse
from processor.stages.quotes import split_message
from rules import load_rules

CALL = CallDef(reference="CI-19/35", mailbox="sme@itu.int", deadline=datetime(2019, 8, 16, 23, 59, 59),
               host_country="HUN", sessions=[SessionDef(id="budapest-2019", default=True)])
LETTERHEADS = [
    "Permanent Mission of the Republic of Malawi to the United Nations Office at Geneva",
    "Mission permanente de la République du Niger à Genève",
    "Misión Permanente del Perú ante la Oficina de las Naciones Unidas",
    "Постоянное представительство Республики Узбекистан в Женеве",
    "البعثة الدائمة للجمهورية التونسية بجنيف",
    "蒙古国常驻联合国日内瓦办事处代表团",
]
PARAGRAPH = ("We have the honour to refer to the circular and to nominate the persons below for the session. "
             "They will be accompanied by an adviser from the ministry and will travel together. ")


def build_message(body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Secretariat <s@gmail.com>"
    message["To"] = "sme@itu.int"
    message["Subject"] = "CI-19/35"
    message.set_content(body)
    return message.as_bytes()


def main() -> None:
    rules = load_rules()
    start = time.perf_counter()
    _matcher(rules)
    build = time.perf_counter() - start
    table = Table(title="Member State recognition")
    for column in ("messages", "body KB", "ms/message", "found"):
        table.add_column(column)
    for repeat in (1, 10, 100):
        body = PARAGRAPH * repeat
        messages = [parse(build_message(f"{body}\n\nRegards\n{head}")) for head in LETTERHEADS]
        splits = [split_message(p, rules) for p in messages]
        rounds = 5
        start = time.perf_counter()
        for _ in range(rounds):
            found = [find_member_state(p, split, rules, CALL)[0] for p, split in zip(messages, splits, strict=True)]
        elapsed = (time.perf_counter() - start) / (rounds * len(messages))
        table.add_row(str(len(messages)), f"{len(body) / 1024:.1f}", f"{elapsed * 1000:.2f}", " ".join(map(str, found)))
    console = Console()
    console.print(f"index of {len(_matcher(rules).states)} Member States built in {build * 1000:.0f} ms")
    console.print(table)


if __name__ == "__main__":
    main()
