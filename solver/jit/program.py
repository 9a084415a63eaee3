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
                              BPF_PSEUDO_CALL, BPF_PSEUDO_FUNC, BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX,
                              Insn, slot_offsets, decode)
from bpfsmt.spec.insn import KERNEL_ADDRESS_TARGETS
from bpfsmt.spec.helpers import RET_PTR_TO_BTF_ID, RET_PTR_TO_BTF_ID_OR_NULL, helper
from bpfsmt.spec.progtypes import BTF_CTX_PROG_TYPES

from .blind import Blinder, Replay, blind_constants, blinding_pairs
from .emit import (DEFAULT_CONFIG, JitConfig, JitError, JitFunc, JitResult, jit_function,
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


def successors(slot: int, insn: Insn) -> list[int]:
    """Control-flow successors of the instruction at `slot` (JMP32|JA jumps by imm)."""
    return insn.successors(slot)


def forward_dataflow(insns: list[tuple[int, Insn]], entry: dict, transfer, limit=20000,
                     starts=None):
    """A forward dataflow over register facts {reg: value} to a fixed point; at a join only
    facts equal on both sides survive. `transfer(slot, insn, facts)` updates `facts` in place
    (it may also record what it sees); returns the facts at each reached slot's entry.
    `starts`: the entry slots (default: the first instruction)."""
    by_slot = dict(insns)
    if not insns:
        return {}
    work = [s for s in (starts or [insns[0][0]]) if s in by_slot]
    state_in = {s: dict(entry) for s in work}
    n = 0
    while work and n < limit:
        n += 1
        s = work.pop()
        facts = dict(state_in[s])
        insn = by_slot[s]
        transfer(s, insn, facts)
        for t in successors(s, insn):
            if t not in by_slot:
                continue
            old = state_in.get(t)
            new = facts if old is None else {r: v for r, v in old.items() if facts.get(r) == v}
            if old is None or new != old:
                state_in[t] = new
                work.append(t)
    return state_in


def _clobber_call(facts):
    for r in range(6):
        facts.pop(r, None)


def estimate_stack_depth(insns: list[tuple[int, Insn]]) -> int:
    """The verifier's per-subprog stack depth from the code: the deepest fp-relative access,
    tracking registers that hold fp+const through mov/add/sub (a register with two different
    offsets at a join is dropped)."""
    depth = 0

    def transfer(s, insn, st):
        nonlocal depth

        def touch(reg, off):
            nonlocal depth
            if reg in st:
                depth = max(depth, -(st[reg] + off))

        if insn.cls == BPF_LDX:
            touch(insn.src, insn.off)
            st.pop(insn.dst, None)
        elif insn.cls in (BPF_ST, BPF_STX):
            touch(insn.dst, insn.off)
            if insn.cls == BPF_STX and insn.mode == 0xC0 and insn.imm & 1:
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
                touch(r, 0)
            _clobber_call(st)

    forward_dataflow(insns, {10: 0}, transfer, limit=10000)
    return depth


def probe_mem_slots(insns: list[Insn], prog_type: Optional[str]) -> set[int]:
    """Which LDX of a kernel's xlated dump the verifier turned into BPF_PROBE_MEM (the dump
    shows them as plain LDX; the source pipeline has them from the verifier model's
    insn_aux_data instead, bpfsmt.commands.jit.pipeline): loads through a BTF pointer, i.e. a pointer loaded from a BTF-aware program's ctx
    (the traced function's arguments), from a map pointer (struct bpf_map's `ops` and the
    like: check_ptr_to_map_access), returned by a helper typed RET_PTR_TO_BTF_ID
    (bpf_skc_to_*, bpf_get_current_task_btf), or, transitively, from such a pointer."""
    out = set()

    def transfer(s, insn, st):
        if insn.cls == BPF_LDX:
            tag = st.get(insn.src)
            if tag == "btf":
                out.add(s)
            if tag in ("ctx", "btf", "map") and insn.size == 0x18:
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
            if insn.src in (BPF_PSEUDO_MAP_FD, BPF_PSEUDO_MAP_IDX):
                st[insn.dst] = "map"
            else:
                st.pop(insn.dst, None)
        elif insn.is_call:
            _clobber_call(st)
            proto = helper(insn.imm) if insn.src == 0 else None
            if proto is not None and proto.ret in (RET_PTR_TO_BTF_ID, RET_PTR_TO_BTF_ID_OR_NULL):
                st[0] = "btf"

    entry = {1: "ctx"} if prog_type in BTF_CTX_PROG_TYPES else {}
    forward_dataflow(list(zip(slot_offsets(insns), insns)), entry, transfer)
    return out


def direct_tail_call_slots(insns: list[Insn], max_entries: Optional[dict] = None,
                           starts=(0,)) -> dict[int, bool]:
    """TC-06 (record_func_key / the map pointer state): a tail call is direct when on every
    path reaching it R2 is the same prog array and R3 the same constant key inside
    [0, max_entries). A forward dataflow of `r2 = map ll` and constant R3 (mov K, lddw);
    `max_entries`: {map index of the lddw: max_entries} when the maps are known (without it,
    any u32 constant counts as in range). `starts`: the function entries."""
    slotted = list(zip(slot_offsets(insns), insns))
    out: dict[int, bool] = {}

    def transfer(s, insn, st):
        if _is_tail_call(insn) or insn.opcode == (BPF_JMP | 0xF0):
            key, m = st.get(3), st.get(2)
            limit = (max_entries or {}).get(m[1] if m else None, 1 << 32)
            ok = m is not None and key is not None and 0 <= key < limit
            out[s] = out.get(s, ok) and ok
        if insn.is_call:
            _clobber_call(st)
        elif insn.is_wide:
            st[insn.dst] = ("map", insn.imm) if insn.src in (1, 5) else \
                ((insn.imm64_hi or 0) << 32 | (insn.imm & 0xFFFFFFFF))
            if insn.src not in (0, 1, 5):
                st.pop(insn.dst, None)
        elif insn.cls in (BPF_ALU, BPF_ALU64) and insn.code == BPF_MOV and \
                insn.source == BPF_K:
            st[insn.dst] = insn.imm if insn.cls == BPF_ALU64 or insn.imm >= 0 else \
                insn.imm & 0xFFFFFFFF
        elif insn.cls in (BPF_ALU, BPF_ALU64) and insn.code == BPF_MOV and \
                insn.source == BPF_X and insn.src in st and insn.cls == BPF_ALU64:
            st[insn.dst] = st[insn.src]
        elif insn.cls in (BPF_ALU, BPF_ALU64, BPF_LDX) or \
                (insn.cls == BPF_STX and insn.mode == 0xC0 and insn.imm & 1):
            st.pop(insn.dst if insn.cls != BPF_STX else
                   (insn.src if insn.imm != 0xF1 else 0), None)

    forward_dataflow(slotted, {}, transfer, starts=list(starts))
    return out


def jit_program(insns: list[Insn], *, xlated: bool = True,
                stack_depths: Optional[list[int]] = None,
                direct_tail_calls: Optional[dict[int, bool]] = None,
                cfg: JitConfig = DEFAULT_CONFIG, prog_type: Optional[str] = None,
                probe_mem: Optional[set] = None,
                max_entries: Optional[dict] = None,
                blinder: Optional[Blinder] = None) -> JitResult:
    """JIT every subprogram; returns the images in jited_func_lens order. `blinder`: constant
    blinding (bpf_jit_harden) of each function before its JIT, in function order as
    jit_subprogs JITs them; a blinded program has no direct tail calls (no poke descriptors)."""
    # xlate (bpfsmt.solver.xlate) names the kernel function of a rewritten helper call in
    # `target` with imm 0 (`func - __bpf_call_base` is run specific); any non-zero, non-tail-call
    # imm gives the same bytes once normalise() zeroes the rel32
    insns = [i.with_(imm=-1) if (i.is_call and i.src == 0 and i.imm == 0 and i.target) else i
             for i in insns]
    for k, i in enumerate(insns):      # R11 is BPF_REG_AX of the rewrites; none exists above it
        if i.dst > 11 or i.src > 11:
            raise JitError(f"insn {k}: register field R{max(i.dst, i.src)} is invalid")
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
    if blinder is not None:
        direct_tail_calls = {}
    elif direct_tail_calls is None:
        direct_tail_calls = direct_tail_call_slots(insns, max_entries, starts)
    if probe_mem is None:
        probe_mem = probe_mem_slots(insns, prog_type)
    out = []
    for k, fi in enumerate(funcs_insns):
        local = [i for _, i in fi]
        depth = stack_depths[k] if stack_depths is not None else \
            estimate_stack_depth([(s - starts[k], i) for s, i in fi])
        ct = {s - starts[k]: call_targets[s - starts[k]] for s, _ in fi
              if (s - starts[k]) in call_targets and func_of[s] == k}
        fpm = probe_mem
        if blinder is not None:
            local, moved = _blind(local, blinder)
            ct = {moved[s]: t for s, t in ct.items()}
            fpm = {starts[k] + moved[s - starts[k]] for s in probe_mem
                   if s - starts[k] in moved}
        f = jit_function(local, stack_depth=depth, tail_call_reachable=tcr[k],
                         is_subprog=k != 0, cfg=cfg,
                         direct_tail_calls={s: v for s, v in direct_tail_calls.items()},
                         base=starts[k], raw_helpers=True, call_targets=ct, index=k,
                         probe_mem=fpm)
        out.append(f)
    return JitResult(out)


def _blind(local: list[Insn], blinder: Blinder) -> tuple[list[Insn], dict[int, int]]:
    """Blind one function; returns its new insns and {old local slot: new local slot}. A
    bpf2bpf call keeps its fields: jit_subprogs' extra pass sets its imm from the callee again,
    undoing the branch adjustment the patches made to it."""
    new, first = blind_constants(local, blinder)
    for k, insn in enumerate(local):
        if insn.is_pseudo_call:
            new[first[k]] = insn
    old_slots, new_slots = slot_offsets(local), slot_offsets(new)
    return new, {o: new_slots[f] for o, f in zip(old_slots, first)}


# ---------------------------------------------------------------------------------------------
# comparing with the kernel's bytes
# ---------------------------------------------------------------------------------------------

# sign-extended imm32 kernel addresses: __START_KERNEL_map (0xffffffff80000000) up to the end of
# the module area, where the JIT images live (0xffffffffff000000)
TOP_2G_LOW, TOP_2G_HIGH = 0x80000000, 0xFF000000
# the lowest kernel address on x86-64 (4-level paging: the top half of the address space's
# canonical range)
KERNEL_SPACE = 0xFFFF800000000000


def normalise(image: bytes) -> bytes:
    """Zero the kernel addresses in an x86-64 JIT image, found by decoding it (capstone):
    rel32 of every `call`, rel32 of `jmp` leaving the image (retpoline thunks), imm64 of
    `movabs` loading a kernel address (map pointers, callbacks) and the imm32 of a
    `mov r64, imm32` loading one from the top 2 GiB (6.12)."""
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
            if v >= KERNEL_SPACE:
                out[ins.address + 2:ins.address + 10] = bytes(8)
        elif ins.size == 7 and (b[0] & 0xFE) == 0x48 and b[1] == 0xC7 and b[2] >= 0xC0:
            # `mov r64, simm32` of an address in the top 2 GiB (6.7+: kernel image, JIT images)
            if TOP_2G_LOW <= int.from_bytes(b[3:7], "little") < TOP_2G_HIGH:
                out[ins.address + 3:ins.address + 7] = bytes(4)
    return bytes(out)


def kernel_blinding(insns: list[Insn], image: bytes) -> tuple[list[Insn], list[int]]:
    """The random values of a blinded kernel image, and `insns` with the kernel addresses the
    blinding hid (map pointers, prog->aux; the xlated dump shows map ids, and another load's
    prog->aux) read back from it: random values are drawn in program order, two per lddw."""
    pairs = blinding_pairs(image)
    rnds = [r for _, r in pairs]
    out, k = [], 0
    for insn in insns:
        counter = Replay([0, 0])
        if not (insn.is_wide and insn.src == BPF_PSEUDO_FUNC):
            Blinder(counter).blind_insn(insn)
        if insn.is_wide and counter.used == 2 and k + 1 < len(pairs) and \
                (insn.src != 0 or insn.target in KERNEL_ADDRESS_TARGETS or insn.imm64 >= KERNEL_SPACE):
            (a1, r1), (a2, r2) = pairs[k], pairs[k + 1]
            insn = Insn.lddw(insn.dst, (a1 ^ r1) << 32 | (a2 ^ r2), src=insn.src,
                             target=insn.target)
        out.append(insn)
        k += counter.used
    return out, rnds


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


def compare_with_oracle(record: dict, cfg: JitConfig = DEFAULT_CONFIG,
                        unblinded: Optional[dict] = None,
                        blinder_cls: type = Blinder) -> Comparison:
    """JIT an oracle result's xlated program and compare to its jited_insns, per function.
    `unblinded`: the same program's result without blinding (bpf_jit_harden 0/1 as root): its
    xlated program is blinded by the model with the random values read back from `record`'s
    image (record from a bpf_jit_harden=2 run)."""
    kernel = bytes.fromhex(record["jited_insns"])
    blinder = None
    if unblinded is not None:
        insns, rnds = kernel_blinding(decode(bytes.fromhex(unblinded["xlated"])), kernel)
        blinder = blinder_cls(Replay(rnds))
    else:
        insns = decode(bytes.fromhex(record["xlated"]))
    depths = (record.get("verifier_stats") or {}).get("stack_depth")
    res = jit_program(insns, xlated=True, stack_depths=depths, cfg=cfg,
                      prog_type=record.get("prog_type"), blinder=blinder)
    if blinder is not None and blinder.draw.used != len(blinder.draw.values):
        return Comparison(record.get("prog"), False, res.func_lens, [len(kernel)],
                          detail=f"the model blinds {blinder.draw.used} constants, the "
                                 f"image holds {len(blinder.draw.values)}")
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
