"""JIT a whole program the way `jit_subprogs` + `bpf_int_jit_compile` do, and compare images.

Inputs are the verifier's xlated instructions (what the JIT sees). In the xlated dump
(`bpf_insn_prepare_dump`) a bpf2bpf call carries the relative slot offset in `off` and the callee's
subprog index in `imm`, helper calls carry `helper_addr - __bpf_call_base`, a tail call shows as
`call 12` and map `lddw`s show the map id. With `xlated=False` the program is taken as submitted
(helper ids, pseudo-call imm = relative offset): the verifier rewrite that the JIT depends on
(TC-06: `call bpf_tail_call` -> BPF_JMP|BPF_TAIL_CALL) is applied here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from bpfsmt.spec.insn import (BPF_JMP, BPF_JMP32, BPF_CALL, BPF_EXIT, BPF_JA, BPF_ALU, BPF_ALU64,
                              BPF_MOV, BPF_ADD, BPF_SUB, BPF_K, BPF_X, BPF_LDX, BPF_ST, BPF_STX,
                              BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, Insn, slot_offsets, decode)
from bpfsmt.spec.progtypes import BTF_CTX_PROG_TYPES

from .emit import (DEFAULT_CONFIG, JitConfig, JitFunc, JitResult, jit_function,
                   BPF_TAIL_CALL_HELPER)


def _is_tail_call(insn: Insn) -> bool:
    return insn.is_call and insn.src == 0 and insn.imm == BPF_TAIL_CALL_HELPER


def call_target(slot: int, insn: Insn, xlated: bool) -> int:
    rel = insn.off if (xlated and insn.is_call) else insn.imm
    return slot + 1 + rel


def function_starts(insns: list[Insn], xlated: bool) -> list[int]:
    """Subprogram entry slots (`check_subprogs`): 0, bpf2bpf call targets, callback addresses."""
    starts = {0}
    for slot, insn in zip(slot_offsets(insns), insns):
        if insn.is_pseudo_call or (insn.is_wide and insn.src == BPF_PSEUDO_FUNC):
            starts.add(call_target(slot, insn, xlated))
    return sorted(starts)


def tail_call_reachable_walk(funcs, calls, has_tail_call) -> list[bool]:
    """check_max_stack_depth's marking (TC-05), including its sticky `tail_call_reachable`:
    once a visited callee has a tail call, every frame on the stack at each later return is
    marked. `calls[f]`: callee indices in slot order (bpf2bpf calls and callback refs)."""
    marked = [False] * len(funcs)
    sticky = False

    def visit(f, stack):
        nonlocal sticky
        for g in calls[f]:
            if has_tail_call[g]:
                sticky = True
            if len(stack) + 1 >= 8:
                return
            visit(g, stack + [f])
        if sticky:
            for fr in stack:
                marked[fr] = True

    visit(0, [])
    return marked


def estimate_stack_depth(insns: list[tuple[int, Insn]]) -> int:
    """The verifier's per-subprog stack depth from the code: the deepest fp-relative access,
    tracking registers that hold fp+const through mov/add/sub (a forward dataflow to a fixed
    point; a register with two different offsets at a join is dropped)."""
    by_slot = {s: i for s, i in insns}
    order = [s for s, _ in insns]
    state_in: dict[int, dict] = {order[0]: {10: 0}} if order else {}
    depth = 0
    work = list(order[:1])
    seen_iter = 0
    while work and seen_iter < 10000:
        seen_iter += 1
        s = work.pop()
        st = dict(state_in.get(s, {}))
        insn = by_slot[s]
        succ = []
        nxt = s + insn.slots

        def touch(reg, off):
            nonlocal depth
            if reg in st:
                depth = max(depth, -(st[reg] + off))

        if insn.cls == BPF_LDX:
            touch(insn.src, insn.off)
            st.pop(insn.dst, None)
        elif insn.cls in (BPF_ST, BPF_STX):
            touch(insn.dst, insn.off)
            if insn.cls == BPF_STX and insn.mode == 0xC0:
                if insn.imm & 1:
                    st.pop(insn.src if insn.imm != 0xF1 else 0, None)
        elif insn.cls in (BPF_ALU, BPF_ALU64):
            if insn.cls == BPF_ALU64 and insn.code == BPF_MOV and insn.source == BPF_X and \
                    insn.src in st:
                st[insn.dst] = st[insn.src]
            elif insn.cls == BPF_ALU64 and insn.code in (BPF_ADD, BPF_SUB) and \
                    insn.source == BPF_K and insn.dst in st:
                st[insn.dst] += insn.imm if insn.code == BPF_ADD else -insn.imm
            else:
                st.pop(insn.dst, None)
        elif insn.is_wide:
            st.pop(insn.dst, None)
        elif insn.is_call:
            for r in (1, 2, 3, 4, 5):
                if r in st:
                    depth = max(depth, -st[r])
            for r in (0, 1, 2, 3, 4, 5):
                st.pop(r, None)
        if insn.is_exit:
            pass
        elif insn.is_jmp and insn.code == BPF_JA and insn.cls == BPF_JMP:
            succ = [nxt + insn.off - 1 + 1]
        elif insn.is_cond_jmp:
            succ = [nxt, nxt + insn.off]
        else:
            succ = [nxt]
        for t in succ:
            if t not in by_slot:
                continue
            old = state_in.get(t)
            new = st if old is None else {r: v for r, v in old.items() if st.get(r) == v}
            if old is None or new != old:
                state_in[t] = new
                work.append(t)
    return depth


def probe_mem_slots(insns: list[Insn], prog_type: Optional[str]) -> set[int]:
    """Which LDX the verifier turns into BPF_PROBE_MEM (the xlated dump shows them as plain
    LDX): in BTF-aware program types, loads through a BTF pointer, i.e. a register loaded from
    the ctx (the traced function's arguments) or, transitively, from such a pointer. A forward
    dataflow over {ctx, btf} register tags; at a join only tags equal on both sides survive."""
    if prog_type not in BTF_CTX_PROG_TYPES:
        return set()
    slots = slot_offsets(insns)
    by = dict(zip(slots, insns))
    state_in = {0: {1: "ctx"}} if insns else {}
    out, work, n = set(), [0] if insns else [], 0
    while work and n < 20000:
        n += 1
        s = work.pop()
        st = dict(state_in[s])
        insn = by[s]
        if insn.cls == BPF_LDX:
            tag = st.get(insn.src)
            if tag == "btf":
                out.add(s)
            if tag in ("ctx", "btf") and insn.size == 0x18:
                st[insn.dst] = "btf"
            else:
                st.pop(insn.dst, None)
        elif insn.cls in (BPF_ALU, BPF_ALU64):
            if insn.cls == BPF_ALU64 and insn.code == BPF_MOV and insn.source == BPF_X and \
                    insn.src in st:
                st[insn.dst] = st[insn.src]
            elif not (insn.cls == BPF_ALU64 and insn.code in (BPF_ADD, BPF_SUB) and
                      insn.source == BPF_K):
                st.pop(insn.dst, None)
        elif insn.is_wide:
            st.pop(insn.dst, None)
        elif insn.is_call:
            for r in range(6):
                st.pop(r, None)
        nxt = s + insn.slots
        if insn.is_exit:
            succ = []
        elif insn.is_jmp and insn.code == BPF_JA and insn.cls == BPF_JMP:
            succ = [s + 1 + insn.off]
        elif insn.is_cond_jmp:
            succ = [nxt, s + 1 + insn.off]
        else:
            succ = [nxt]
        for t in succ:
            if t not in by:
                continue
            old = state_in.get(t)
            new = st if old is None else {r: v for r, v in old.items() if st.get(r) == v}
            if old is None or new != old:
                state_in[t] = new
                work.append(t)
    return out


def direct_tail_call_slots(insns: list[Insn]) -> dict[int, bool]:
    """TC-06 from the code alone: a tail call is direct when R3 is a known constant key at it.
    Approximation: the last write of R3 in the same straight-line block is `r3 = K`."""
    slots = slot_offsets(insns)
    targets = set()
    for s, i in zip(slots, insns):
        if i.is_jmp and (i.is_cond_jmp or i.code == BPF_JA) and not i.is_call:
            targets.add(s + 1 + i.off)
    out = {}
    for k, (s, i) in enumerate(zip(slots, insns)):
        if not _is_tail_call(i) and i.opcode != (BPF_JMP | 0xF0):
            continue
        direct = False
        for j in range(k - 1, -1, -1):
            p = insns[j]
            if slots[j + 1] in targets or (p.is_jmp and not p.is_call):
                break
            if p.is_call:
                break
            if p.dst == 3 and p.cls not in (BPF_ST, BPF_STX, BPF_JMP, BPF_JMP32):
                direct = p.cls in (BPF_ALU, BPF_ALU64) and p.code == BPF_MOV and \
                    p.source == BPF_K and p.imm >= 0
                break
        out[s] = direct
    return out


def jit_program(insns: list[Insn], *, xlated: bool = True,
                stack_depths: Optional[list[int]] = None,
                direct_tail_calls: Optional[dict[int, bool]] = None,
                cfg: JitConfig = DEFAULT_CONFIG, prog_type: Optional[str] = None,
                probe_mem: Optional[set] = None) -> JitResult:
    """JIT every subprogram; returns the images in jited_func_lens order."""
    # xlate (bpfsmt.solver.xlate) names the kernel function of a rewritten helper call in
    # `target` with imm 0 (`func - __bpf_call_base` is run specific); any non-zero, non-tail-call
    # imm gives the same bytes once normalise() zeroes the rel32
    insns = [i.with_(imm=-1) if (i.is_call and i.src == 0 and i.imm == 0 and i.target) else i
             for i in insns]
    slots = slot_offsets(insns)
    starts = function_starts(insns, xlated)
    total = slots[-1] + insns[-1].slots if insns else 0
    bounds = starts + [total]
    funcs_insns = []
    for k in range(len(starts)):
        funcs_insns.append([(s, i) for s, i in zip(slots, insns) if bounds[k] <= s < bounds[k + 1]])
    func_of = {}
    for k, fi in enumerate(funcs_insns):
        for s, _ in fi:
            func_of[s] = k
    calls = [[] for _ in starts]
    has_tail = [False] * len(starts)
    call_targets = {}
    for k, fi in enumerate(funcs_insns):
        for s, i in fi:
            if i.is_pseudo_call or (i.is_wide and i.src == BPF_PSEUDO_FUNC):
                t = starts.index(call_target(s, i, xlated))
                calls[k].append(t)
                call_targets[s - starts[k]] = f"subprog#{t}"
            if _is_tail_call(i):
                has_tail[k] = True
    tcr = tail_call_reachable_walk(starts, calls, has_tail)
    if direct_tail_calls is None:
        direct_tail_calls = direct_tail_call_slots(insns)
    if probe_mem is None:
        probe_mem = probe_mem_slots(insns, prog_type)
    out = []
    for k, fi in enumerate(funcs_insns):
        local = [i for _, i in fi]
        depth = stack_depths[k] if stack_depths is not None else \
            estimate_stack_depth([(s - starts[k], i) for s, i in fi])
        ct = {s - starts[k]: call_targets[s - starts[k]] for s, _ in fi
              if (s - starts[k]) in call_targets and func_of[s] == k}
        f = jit_function(local, stack_depth=depth, tail_call_reachable=tcr[k],
                         is_subprog=k != 0, cfg=cfg,
                         direct_tail_calls={s: v for s, v in direct_tail_calls.items()},
                         base=starts[k], raw_helpers=True, call_targets=ct, index=k,
                         probe_mem=probe_mem)
        out.append(f)
    return JitResult(out)


# ---------------------------------------------------------------------------------------------
# comparing with the kernel's bytes
# ---------------------------------------------------------------------------------------------

def normalise(image: bytes) -> bytes:
    """Zero the kernel addresses in an x86-64 JIT image, found by decoding it (capstone):
    rel32 of every `call`, rel32 of `jmp` leaving the image (retpoline thunks), imm64 of
    `movabs` loading a kernel address (map pointers, callbacks)."""
    import capstone
    md = capstone.Cs(capstone.CS_ARCH_X86, capstone.CS_MODE_64)
    md.skipdata = True
    out = bytearray(image)
    for ins in md.disasm(image, 0):
        b = ins.bytes
        if b[0] == 0xE8 and ins.size == 5:
            out[ins.address + 1:ins.address + 5] = b"\0\0\0\0"
        elif b[0] == 0xE9 and ins.size == 5:
            tgt = ins.address + 5 + int.from_bytes(b[1:5], "little", signed=True)
            if not 0 <= tgt <= len(image):
                out[ins.address + 1:ins.address + 5] = b"\0\0\0\0"
        elif ins.size == 10 and (b[0] & 0xF8) == 0x48 and 0xB8 <= b[1] <= 0xBF:
            v = int.from_bytes(b[2:10], "little")
            if v >= 0xFFFF800000000000:
                out[ins.address + 2:ins.address + 10] = bytes(8)
    return bytes(out)


@dataclass
class Comparison:
    name: str
    equal: bool
    func_lens_model: list[int]
    func_lens_kernel: list[int]
    first_diff: Optional[int] = None
    detail: str = ""

    def to_json(self):
        return dict(self.__dict__)


def compare_with_oracle(record: dict, cfg: JitConfig = DEFAULT_CONFIG) -> Comparison:
    """JIT an oracle result's xlated program and compare to its jited_insns, per function."""
    insns = decode(bytes.fromhex(record["xlated"]))
    depths = (record.get("verifier_stats") or {}).get("stack_depth")
    res = jit_program(insns, xlated=True, stack_depths=depths, cfg=cfg,
                      prog_type=record.get("prog_type"))
    kernel = bytes.fromhex(record["jited_insns"])
    klens = record.get("jited_func_lens") or [len(kernel)]
    name = record.get("prog") if record.get("prog") != "raw" else record.get("file")
    kfuncs, pos = [], 0
    for n in klens:
        kfuncs.append(kernel[pos:pos + n])
        pos += n
    if res.func_lens != klens:
        return Comparison(name, False, res.func_lens, klens, detail="function lengths differ")
    for k, (m, kb) in enumerate(zip(res.funcs, kfuncs)):
        a, b = normalise(m.image), normalise(kb)
        if a != b:
            d = next(j for j in range(len(a)) if a[j] != b[j])
            return Comparison(name, False, res.func_lens, klens, first_diff=d,
                              detail=f"func {k} byte {d}: model {a[d:d+12].hex()} "
                                     f"kernel {b[d:d+12].hex()}")
    return Comparison(name, True, res.func_lens, klens)
