"""The wall-time limit per program (--timeout) that every layer honours: a deadline polled
between units of work by the loaders (grammar/), the verifier's passes and do_check, the
executor's step loop. It lives in spec/ so the loaders below the engines can poll it too.

A deadline is cooperative rather than a signal so work stops between two steps with its state
consistent, and so it works in worker threads; the job-level backstop for code that never polls
(a Z3 call, a C extension) is the execution layer's worker kill (bpfsmt/execution.py,
--job-timeout).
"""
from __future__ import annotations

import contextlib
import time
from contextvars import ContextVar


class LimitReached(Exception):
    """A time or memory limit ended the work; the answer is UNKNOWN with `reason`."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


LOADER = "the loader"          # `where` of a limit reached while reading the input
_deadline: ContextVar[tuple[float, float] | None] = ContextVar("bpfsmt_deadline", default=None)


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Within the block, `check_deadline` raises LimitReached once `seconds` have passed.
    Nested limits keep the earlier deadline."""
    if seconds is None:
        yield
        return
    at = time.monotonic() + seconds
    outer = _deadline.get()
    if outer is not None and outer[0] <= at:
        at, seconds = outer
    token = _deadline.set((at, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def check_deadline(where: str) -> None:
    """Called by engine loops between units of work."""
    d = _deadline.get()
    if d is not None and time.monotonic() > d[0]:
        raise LimitReached(f"time limit of {d[1]:g} s reached in {where}")
