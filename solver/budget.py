"""The memory cap per program (--max-memory, RLIMIT_AS) for the commands that run in the
CLI's process and for the execution layer's jobs; the wall-time limit is spec/deadline.py."""
from __future__ import annotations


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
