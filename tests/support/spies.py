"""A spy: counts the calls to some of the project's functions and runs them unchanged.

Every loaded module of the project that holds one of the functions (its own module, and any module that did
`from … import` it) gets a wrapper that records the call and delegates to the real function, so a test can say
"this request read nothing by OCR" without replacing what the code does.
"""

from __future__ import annotations

import functools
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

PROJECT = ("processor", "storage", "rules")


class Spy:
    """`calls[name]` counts the calls to each spied function since the spy was made (or `reset`)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, functions: dict[str, Callable[..., Any]]) -> None:
        self.calls: Counter[str] = Counter()
        for name, function in functions.items():
            wrapper = self._wrap(name, function)
            for module in list(sys.modules.values()):
                if module is None or not module.__name__.startswith(PROJECT):
                    continue
                for attribute, value in list(vars(module).items()):
                    if value is function:
                        monkeypatch.setattr(module, attribute, wrapper)

    def _wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return function(*args, **kwargs)

        return recorded

    def reset(self) -> None:
        self.calls.clear()

    def called(self, *names: str) -> dict[str, int]:
        """The counts of these functions, zero included, for one readable assertion."""
        return {name: self.calls[name] for name in names}
