"""Per-program resource limits that every engine honours: a wall-time deadline polled in the
engines' main loops (the verifier's passes and do_check, the executor's step loop), and a memory
cap (RLIMIT_AS) for the commands that run in the CLI's process.

A deadline is cooperative rather than a signal so an engine stops between two instructions,
with its state consistent, and so it works in worker threads; the job-level backstop for code
that never polls (a Z3 call, a C extension) is the execution layer's worker kill
(bpfsmt/execution.py, --job-timeout).
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


_cap_mb: int | None = None         # the cap this process runs under, for memory_reason


def cap_address_space(memory_mb: int) -> None:
    """RLIMIT_AS at what the process already maps plus `memory_mb`: a job forked from a Ray
    worker starts with gigabytes of reserved-but-unused address space (object store, thread
    stacks), so the cap is on what the job adds, not on an absolute size."""
    import resource
    with open("/proc/self/statm") as f:
        mapped = int(f.read().split()[0]) * resource.getpagesize()
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = mapped + (memory_mb << 20)
    global _cap_mb
    _cap_mb = memory_mb
    resource.setrlimit(resource.RLIMIT_AS, (want if hard == resource.RLIM_INFINITY
                                            else min(want, hard), hard))


class address_space_cap:
    """`cap_address_space` for the duration of a `with` block, then the process's own limit
    again: a command run in-process (tests, the input fuzzer) must not leave its cap on the
    caller, whose later work (a JIT emulator's code buffer, Z3) needs more address space."""

    def __init__(self, memory_mb: int):
        self.memory_mb = memory_mb

    def __enter__(self):
        import resource
        global _cap_mb
        self.saved = (resource.getrlimit(resource.RLIMIT_AS), _cap_mb)
        cap_address_space(self.memory_mb)
        return self

    def __exit__(self, *exc):
        import resource
        global _cap_mb
        resource.setrlimit(resource.RLIMIT_AS, self.saved[0])
        if exc[0] is None or not issubclass(exc[0], MemoryError):
            _cap_mb = self.saved[1]     # memory_reason() still names the cap that was hit
        return False


def memory_reason() -> str:
    """Why a MemoryError happened, for the UNKNOWN line."""
    return "out of memory" if _cap_mb is None else f"memory limit of {_cap_mb} MB reached"
