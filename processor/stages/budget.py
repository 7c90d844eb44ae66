"""A time budget for the work on one message, so one slow message can never stall the daemon.

The budget runs in the thread doing the work (the daemon's mailbox thread, or the main thread of a command): a
timer raises OverBudget in that thread when the time is up, between two Python instructions. It reaches loops
written in Python at once; a single call into C (one regular expression, one read from the attachment worker)
finishes first, and those have limits of their own (limits.text_extraction_seconds, ocr.seconds_per_page).
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(BaseException):
    """The work ran over its time. A BaseException, so the `except Exception` of a stage does not swallow it."""


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget inside the block once it has run `seconds`."""
    target = threading.get_ident()
    guard = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with guard:
            if not state["done"]:
                state["fired"] = True
                _set_async_exc(target, OverBudget)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with guard:
            state["done"] = True
            timer.cancel()
            if state["fired"]:  # raised, or about to be: never let it land after the block
                _set_async_exc(target, ctypes.py_object())  # type: ignore[arg-type]
        if state["fired"]:
            raise OverBudget
