"""The time budget itself: it interrupts a block past its time and never after the block; one watchdog thread serves
every budget (a thread per message cost as much as a stage), also in a forked child."""

from __future__ import annotations

import os
import threading
import time

import pytest

from processor.stages.budget import OverBudget, time_budget


def spin() -> None:
    while True:
        pass


def test_a_block_past_its_time_is_interrupted() -> None:
    began = time.monotonic()
    with pytest.raises(OverBudget), time_budget(0.2):
        spin()
    assert 0.2 <= time.monotonic() - began < 5


def test_a_block_that_ends_in_time_is_never_interrupted_later() -> None:
    with time_budget(0.2):
        time.sleep(0.01)
    time.sleep(0.4)  # an OverBudget landing after the block would be raised here


def test_a_short_budget_after_long_ones_still_fires_on_time() -> None:
    for _ in range(3):
        with time_budget(600):
            pass
    began = time.monotonic()
    with pytest.raises(OverBudget), time_budget(0.2):
        spin()
    assert time.monotonic() - began < 5


def test_a_budget_starts_no_thread_of_its_own() -> None:
    with time_budget(600):
        pass
    threads = set(threading.enumerate())
    for _ in range(3):
        with time_budget(600):
            assert set(threading.enumerate()) <= threads


def test_budgets_of_two_threads_interrupt_each_its_own() -> None:
    ended: dict[str, bool] = {}

    def work(name: str, seconds: float, slow: bool) -> None:
        try:
            with time_budget(seconds):
                spin() if slow else time.sleep(0.05)
            ended[name] = False
        except OverBudget:
            ended[name] = True

    workers = [threading.Thread(target=work, args=("slow", 0.3, True)),
               threading.Thread(target=work, args=("quick", 0.3, False))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(10)
    assert ended == {"slow": True, "quick": False}


def test_a_forked_child_has_a_watchdog_of_its_own() -> None:
    with time_budget(600):
        pass
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        try:
            with time_budget(0.2):
                spin()
        except OverBudget:
            os._exit(7)
        os._exit(1)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 7
