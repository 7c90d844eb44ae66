"""A time budget for the work on one message, so one slow message can never stall the daemon.

The budget runs in the thread doing the work (the daemon's mailbox thread, or the main thread of a command): a
watchdog raises OverBudget in that thread when the time is up, between two Python instructions. It reaches loops
written in Python at once; a single call into C (one regular expression, one read from the attachment worker)
finishes first, and those have limits of their own (limits.text_extraction_seconds, ocr.seconds_per_page).

One watchdog thread per process serves every budget: starting a timer thread per message cost about a millisecond
a message (the new thread has to be scheduled before `start` returns), as much as a stage.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


class OverBudget(BaseException):
    """The work ran over its time. A BaseException, so the `except Exception` of a stage does not swallow it."""


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)


@dataclass(eq=False)
class _Budget:
    """One block under a budget: the thread to interrupt, when, and whether it ended or was interrupted."""

    target: int
    deadline: float
    guard: threading.Lock = field(default_factory=threading.Lock)
    done: bool = False
    fired: bool = False

    def expire(self) -> None:
        with self.guard:
            if not self.done:
                self.fired = True
                _set_async_exc(self.target, OverBudget)


class _Watchdog:
    """The thread that interrupts blocks past their deadline; started on first use (a forked child starts its own:
    threads do not survive a fork)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """No thread, nothing armed, a fresh lock (the parent's may be held by its watchdog at a fork)."""
        self.wake = threading.Condition()
        self.armed: set[_Budget] = set()
        self.thread: threading.Thread | None = None
        self.sleeps_until = 0.0  # when the watchdog wakes next by itself

    def arm(self, budget: _Budget) -> None:
        with self.wake:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="nomproc-time-budget", daemon=True)
                self.thread.start()
            self.armed.add(budget)
            if budget.deadline < self.sleeps_until:  # else it wakes in time: no thread switch per message
                self.wake.notify()

    def disarm(self, budget: _Budget) -> None:
        with self.wake:
            self.armed.discard(budget)

    def _run(self) -> None:
        while True:
            with self.wake:
                now = time.monotonic()
                due = [budget for budget in self.armed if budget.deadline <= now]
                self.armed.difference_update(due)
                if not due:
                    self.sleeps_until = min((b.deadline for b in self.armed), default=now + 60)
                    self.wake.wait(self.sleeps_until - now)
                    self.sleeps_until = 0.0  # awake: a budget armed now is looked at before it sleeps again
            for budget in due:
                budget.expire()


_WATCHDOG = _Watchdog()
os.register_at_fork(after_in_child=_WATCHDOG.reset)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget inside the block once it has run `seconds`."""
    budget = _Budget(threading.get_ident(), time.monotonic() + seconds)
    _WATCHDOG.arm(budget)
    try:
        yield
    finally:
        _WATCHDOG.disarm(budget)
        with budget.guard:
            budget.done = True
            if budget.fired:  # raised, or about to be: never let it land after the block
                _set_async_exc(budget.target, ctypes.py_object())  # type: ignore[arg-type]
        if budget.fired:
            raise OverBudget
