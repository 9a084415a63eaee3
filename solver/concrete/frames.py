"""Types shared by the executor's machine (exec.py) and its helper table (runtime_helpers.py):
frames and the events a run records."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

SKF_NET_OFF, SKF_LL_OFF = -0x100000, -0x200000


@dataclass
class Event:
    """Something the rules care about, in execution order.

    kind "helper": `helper` called at `slot` in a context of kind `context`
    (main|subprog|sync_cb|async_cb) that `can_sleep` or not.
    kind "lock"/"unlock": `element` = (map name, key hex) of the bpf_spin_lock.
    kind "tail_call": `index` (u32), `taken`, `count` = the counter after the attempt.
    kind "async_cb": a timer callback starting (element, function slot)."""
    kind: str
    slot: int
    program: str = ""
    helper: Optional[str] = None
    context: Optional[str] = None
    can_sleep: Optional[bool] = None
    element: Optional[tuple] = None
    index: Optional[int] = None
    taken: Optional[bool] = None
    count: Optional[int] = None
    frame: int = 0

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


class Frame:
    """One bpf2bpf frame: its registers, stack region, and where it came from."""
    __slots__ = ("prog", "idx", "regs", "pc", "stack", "kind", "can_sleep", "tail_call_cnt",
                 "depth", "ret_slot", "callback")

    def __init__(self, prog, idx, pc, stack, kind, can_sleep, tail_call_cnt, depth):
        self.prog = prog
        self.idx = idx
        self.regs: list[Optional[int]] = [None] * 11
        self.pc = pc
        self.stack = stack
        self.kind = kind
        self.can_sleep = can_sleep
        self.tail_call_cnt = tail_call_cnt
        self.depth = depth
        self.ret_slot = None
        self.callback = False


class ExitNow:
    """Helper result that ends the current function with R0 (uBPF unwind on 0)."""

    def __init__(self, r0):
        self.r0 = r0


TAIL_CALL_TAKEN = object()


