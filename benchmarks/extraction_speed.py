"""Time the extraction rules alone (own words + extract) per message of a corpus folder.

    .venv/bin/python -m benchmarks.extraction_speed /work/shared/corpus/dev [--rounds 5]

Parsing is done once beforehand and not timed: the figure is the CPU time the rules add to each message.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from processor.config import load_config
from processor.domain.model import LanguageGuess
from processor.stages.extract import extract
from processor.stages.parse import parse
from processor.stages.quotes import split_message
from rules import load_rules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a folder with messages/*.eml (or .eml files directly)")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the corpus; the first warms caches")
    args = parser.parse_args()
    folder = args.corpus / "messages" if (args.corpus / "messages").is_dir() else args.corpus
    messages = []
    for path in sorted(folder.glob("*.eml")):
        try:
            messages.append(parse(path.read_bytes()))
        except Exception:  # the pipeline quarantines these before extraction ever runs
            continue
    rules, call = load_rules(), load_config().call
    guess = LanguageGuess(None, "none")
    extract(messages[0], split_message(messages[0], rules), guess, call, rules)  # compile the rules once
    timings: list[float] = []
    for _ in range(args.rounds):
        for message in messages:
            started = time.process_time()  # CPU time: the machine is shared, wall time would measure the neighbours
            extract(message, split_message(message, rules), guess, call, rules)
            timings.append((time.process_time() - started) * 1000)
    slowest = max(range(len(messages)), key=lambda i: timings[i])
    print(f"{len(messages)} messages x {args.rounds} rounds, CPU time: mean {statistics.mean(timings):.2f} ms, "
          f"median {statistics.median(timings):.2f} ms, p95 {sorted(timings)[int(len(timings) * 0.95)]:.2f} ms, "
          f"max {max(timings):.2f} ms per message (slowest: {messages[slowest].subject[:60]!r})")


if __name__ == "__main__":
    main()
