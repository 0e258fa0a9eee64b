"""A time budget per article, so one pathological input becomes a status row, not a stalled run.

The budget is an interval timer (SIGALRM) around the per-article work; it interrupts Python
code, not a single long call into C (a regular expression match runs to its end, which is why
number patterns must be linear-time on their own). Signals reach only the main thread, so on
Dask worker threads the work runs without a budget.

Cleaning (articles.article_record_within_budget) turns an article over budget into a
`too_slow` status row; the death-toll and tone stages (call_within_budget) skip its tolls or
sentences with a warning naming the article and why (in tone.csv it keeps its row, with
n_sentences 0).
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

# No real article takes more than a few seconds to clean (the longest corpus pages take under
# one); a hundred times that still ends a run that would otherwise never finish.
ARTICLE_SECONDS = 120.0


class OverBudget(BaseException):
    """The article took longer than its budget. A BaseException, so the stages' own
    `except Exception` (one bad article must not stop a run) does not swallow it."""


def can_budget() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None):
    """Raise OverBudget in the body once `seconds` have passed (no budget when None or
    when signals cannot be used here)."""
    if not seconds or not can_budget():
        yield
        return

    def _expired(signum, frame):
        raise OverBudget(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def call_within_budget(fn, *args, seconds: float | None = None, **kwargs):
    """(fn(*args, **kwargs), None), or (None, why) when the call ran past `seconds`
    (ARTICLE_SECONDS when None): one pathological article must not stall a stage."""
    seconds = ARTICLE_SECONDS if seconds is None else seconds
    try:
        with time_budget(seconds):
            return fn(*args, **kwargs), None
    except OverBudget:
        return None, f"took longer than {seconds:g} s, the budget per article; split or trim this article"
