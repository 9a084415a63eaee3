"""The time one `check` may spend, on the clock the caller chooses.

On "wall" (perf_counter) the budget is what a user waits. On "cpu" (the process's CPU time) it is
what the program costs whatever else the machine runs - the figure a benchmark on a loaded
machine must use. Z3's own `timeout` is wall time, so on the CPU clock a watchdog thread
interrupts the solver call in progress once its CPU share is spent; an optional wall limit
stays as a safety net on both the lowering and the solver calls.
"""
from __future__ import annotations

import math
import os
import threading
import time

CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
Z3_NO_TIMEOUT_MS = 2**32 - 1        # Z3's "timeout" is an unsigned; its maximum means none


class OutOfTime(Exception):
    """The budget ran out inside a long step of the lowering (a read through a long write
    log, a join of many states): the lowering ends there, deciding nothing."""


class Budget:
    def __init__(self, seconds: float | None, clock: str = "wall", wall: float | None = None):
        self.seconds, self.clock_name = seconds, clock
        self.clock = CLOCKS[clock]
        self.deadline = None if seconds is None else self.clock() + seconds
        self.wall_deadline = None if wall is None else time.perf_counter() + wall
        self._sure_until = -math.inf    # wall time before which the budget cannot be spent

    def describe(self) -> str:
        return f"{self.seconds:g}s" + (" of CPU time" if self.clock_name == "cpu" else "")

    def left(self) -> float:
        """Seconds left on the budget's clock (the wall safety net included)."""
        left = math.inf if self.deadline is None else self.deadline - self.clock()
        return min(left, self._wall_left())

    def _wall_left(self) -> float:
        return math.inf if self.wall_deadline is None else self.wall_deadline - time.perf_counter()

    def expired(self) -> bool:
        """Whether the budget is spent. Asked at every instruction visit: reading the process's
        CPU time is a system call (0.3 ms each measured under load), and the process cannot
        spend more CPU time than wall time passes (one thread computes), so the clock is read
        again only after half of what was left has passed on the wall clock."""
        now = time.perf_counter()
        if now < self._sure_until:
            return False
        left = self.left()
        if left > 0.05:
            self._sure_until = now + left / 2
        return left <= 0

    def check(self):
        """Raise OutOfTime once the budget is spent."""
        if self.expired():
            raise OutOfTime()

    def solve(self, solver, seconds: float, *assumptions):
        """`solver.check(*assumptions)` within `seconds` (at most what is left) on the budget's
        clock."""
        limit = max(0.001, min(seconds, self.left()))
        if self.clock_name == "wall":
            solver.set("timeout", _ms(limit))
            return solver.check(*assumptions)
        solver.set("timeout", _ms(self._wall_left()))
        _WATCH.arm(solver, time.process_time() + limit)
        try:
            return solver.check(*assumptions)
        finally:
            _WATCH.disarm()


def _ms(seconds: float) -> int:
    return Z3_NO_TIMEOUT_MS if seconds == math.inf else max(1, min(Z3_NO_TIMEOUT_MS - 1,
                                                                 int(seconds * 1000)))


class _CpuWatch:
    """One daemon thread per process that interrupts the armed solver call when the process's
    CPU time passes the call's deadline (Z3 releases the GIL while it solves)."""
    POLL_S = 0.05

    def __init__(self):
        self._cond = threading.Condition()
        self._call = None
        self._thread = None

    def arm(self, solver, cpu_deadline: float):
        with self._cond:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="z3-cpu-watch",
                                                daemon=True)
                self._thread.start()
            self._call = (solver, cpu_deadline)
            self._cond.notify()

    def disarm(self):
        with self._cond:
            self._call = None

    def _run(self):
        with self._cond:
            while True:
                if self._call is None:
                    self._cond.wait()
                    continue
                solver, deadline = self._call
                left = deadline - time.process_time()
                if left <= 0:
                    solver.interrupt()          # acts only on a call still running
                    self._call = None
                # Never hold the solver past the lock: its last reference would then be
                # dropped here, and Z3_solver_dec_ref would run beside the main thread's next
                # call into the same (not thread-safe) Z3 context - a double free.
                del solver
                if left > 0:
                    self._cond.wait(min(left, self.POLL_S))


_WATCH = _CpuWatch()
# a forked job process has no watch thread (and maybe a held lock): start afresh
os.register_at_fork(after_in_child=_WATCH.__init__)
