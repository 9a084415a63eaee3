"""CO-RE relocations, applied as libbpf 1.1 applies them (tools/lib/bpf/relo_core.c).

clang records in `.BTF.ext` every instruction whose immediate or offset depends on a kernel type
(a field offset, a type's size, an enumerator's value, ...) together with the local type and an
access string ("0:2:1"). At load time libbpf finds the kernel types with the same essential
name (the name up to a `___flavor` suffix) in the target kernel's vmlinux BTF, matches the access
path field by field, and patches the instruction. A relocation that matches no candidate is
either answered (`field_exists` 0, `type_size` 0) or poisons the instruction with
`call 0xbad2310`, which the verifier rejects only if it is reachable; a relocation libbpf
refuses (ambiguous candidates, an instruction of the wrong form, an unparsable access string)
fails the load, and the loader reports it as bad input with libbpf's words.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from bpfsmt.spec.insn import (BPF_ALU, BPF_ALU64, BPF_CALL, BPF_JMP, BPF_K, BPF_LD, BPF_LDX,
                              BPF_ST, BPF_STX, CORE_POISON_IMM, LDDW_OPCODE, Insn)

from . import btf as B
from .btf import CoreRelo

# enum bpf_core_relo_kind
(FIELD_BYTE_OFFSET, FIELD_BYTE_SIZE, FIELD_EXISTS, FIELD_SIGNED, FIELD_LSHIFT_U64,
 FIELD_RSHIFT_U64, TYPE_ID_LOCAL, TYPE_ID_TARGET, TYPE_EXISTS, TYPE_SIZE, ENUMVAL_EXISTS,
 ENUMVAL_VALUE, TYPE_MATCHES) = range(13)
KIND_NAMES = ("byte_off", "byte_sz", "field_exists", "signed", "lshift_u64", "rshift_u64",
              "local_type_id", "target_type_id", "type_exists", "type_size", "enumval_exists",
              "enumval_value", "type_matches")
FIELD_KINDS = range(FIELD_BYTE_OFFSET, FIELD_RSHIFT_U64 + 1)
TYPE_KINDS = (TYPE_ID_LOCAL, TYPE_ID_TARGET, TYPE_EXISTS, TYPE_SIZE, TYPE_MATCHES)
ENUMVAL_KINDS = (ENUMVAL_EXISTS, ENUMVAL_VALUE)

SPEC_MAX_LEN = 64               # BPF_CORE_SPEC_MAX_LEN
SHRT_MAX = 0x7FFF
BTF_INT_SIGNED = 1


class CoreError(ValueError):
    """libbpf refuses the relocation: the object does not load."""


@dataclass
class Accessor:
    type_id: int
    idx: int
    name: Optional[str]


@dataclass
class Spec:
    """bpf_core_spec: the accessors that matter (named fields, array indices) and the bit
    offset they add up to."""
    btf: B.BTF
    root_type_id: int
    kind: int
    acc: list = field(default_factory=list)
    raw: list = field(default_factory=list)
    bit_offset: int = 0


@dataclass
class Result:
    """bpf_core_relo_res"""
    orig_val: int = 0
    new_val: int = 0
    poison: bool = False
    validate: bool = True
    fail_memsz_adjust: bool = False
    orig_sz: int = 0
    new_sz: int = 0
    orig_type_id: int = 0
    new_type_id: int = 0
    local: str = ""             # the local spec as libbpf prints it (bpf_core_format_spec)


def essential_name_len(name: str) -> int:
    """bpf_core_essential_name_len: up to the last `X___Y` flavor separator."""
    for i in range(len(name) - 5, -1, -1):
        if name[i] != "_" and name[i + 1:i + 4] == "___" and name[i + 4] != "_":
            return i + 1
    return len(name)


def essential_name(name: str) -> str:
    return name[:essential_name_len(name)]


def _kind_compat(a: B.BtfType, b: B.BtfType) -> bool:
    """btf_kind_core_compat: same kind, or enum against enum64."""
    enums = (B.K_ENUM, B.K_ENUM64)
    return a.kind == b.kind or (a.kind in enums and b.kind in enums)


def _skip(btf: B.BTF, tid: int) -> tuple[B.BtfType, int]:
    """skip_mods_and_typedefs: the type and its id."""
    try:
        return btf.skip_mods_id(tid)
    except B.BTFError as e:
        raise CoreError(str(e)) from None


def _size(btf: B.BTF, tid: int) -> int:
    try:
        return btf.size_of(tid)
    except B.BTFError:
        return -1


def _composite(t: B.BtfType) -> bool:
    return t.kind in (B.K_STRUCT, B.K_UNION)


def candidates(targ: B.BTF, local: B.BTF, local_id: int) -> list[int]:
    """bpf_core_find_cands over vmlinux: types of a compatible kind with the same essential name."""
    lt = local.get(local_id)
    ess = essential_name(lt.name)
    index = getattr(targ, "_core_index", None)
    if index is None:
        index = {}
        for t in targ.types[1:]:
            if t.name:
                index.setdefault(essential_name(t.name), []).append(t.id)
        targ._core_index = index
    return [i for i in index.get(ess, []) if _kind_compat(targ.get(i), lt)]


def types_are_compat(lb: B.BTF, lid: int, tb: B.BTF, tid: int, level: int = 2) -> bool:
    """__bpf_core_types_are_compat: kinds agree along pointers, arrays and func protos."""
    if not _kind_compat(lb.get(lid), tb.get(tid)):
        return False
    for _ in range(32):
        lt, lid = _skip(lb, lid)
        tt, tid = _skip(tb, tid)
        if not _kind_compat(lt, tt):
            return False
        if lt.kind in (B.K_UNKN, B.K_STRUCT, B.K_UNION, B.K_ENUM, B.K_FWD, B.K_ENUM64):
            return True
        if lt.kind == B.K_INT:
            return lt.int_offset == 0 and tt.int_offset == 0
        if lt.kind == B.K_PTR:
            lid, tid = lt.type, tt.type
        elif lt.kind == B.K_ARRAY:
            lid, tid = lt.array[0], tt.array[0]
        elif lt.kind == B.K_FUNC_PROTO:
            if len(lt.params) != len(tt.params):
                return False
            for (_, lp), (_, tp) in zip(lt.params, tt.params):
                if level <= 0:
                    raise CoreError("func proto nests too deep")
                if not types_are_compat(lb, _skip(lb, lp)[1], tb, _skip(tb, tp)[1], level - 1):
                    return False
            lid, tid = _skip(lb, lt.type)[1], _skip(tb, tt.type)[1]
        else:
            return False
    raise CoreError("type compatibility check nests too deep")


def _names_match(ln: str, tn: str) -> bool:
    """bpf_core_names_match: an anonymous target matches only an anonymous local."""
    if not tn:
        return not ln
    return essential_name(ln) == essential_name(tn)


def types_match(lb: B.BTF, lid: int, tb: B.BTF, tid: int, behind_ptr: bool = False,
                level: int = 32) -> bool:
    """__bpf_core_types_match (bpf_core_type_matches): a stricter, layout-level match — names,
    int sizes and signedness, array lengths, every local member present in the target."""
    if level <= 0:
        raise CoreError("type match nests too deep")
    for _ in range(32):
        lt, lid = _skip(lb, lid)
        tt, tid = _skip(tb, tid)
        if not _names_match(lt.name, tt.name):
            return False
        lk, tk = lt.kind, tt.kind
        if lk == B.K_UNKN:
            return lk == tk
        if lk == B.K_FWD:
            if behind_ptr and lk != tk:
                return (tk == B.K_STRUCT and not lt.kind_flag) or (tk == B.K_UNION and lt.kind_flag)
            return lk == tk and lt.kind_flag == tt.kind_flag
        if lk in (B.K_ENUM, B.K_ENUM64):
            if tk not in (B.K_ENUM, B.K_ENUM64) or lt.size_or_type != tt.size_or_type \
                    or len(lt.enum_values) > len(tt.enum_values):
                return False
            return all(any(_names_match(ln, tn) for tn, _ in tt.enum_values) for ln, _ in lt.enum_values)
        if lk in (B.K_STRUCT, B.K_UNION):
            if behind_ptr:
                return lk == tk or (tk == B.K_FWD and (lk == B.K_UNION) == tt.kind_flag)
            if lk != tk or len(lt.members) > len(tt.members):
                return False
            return all(any(_names_match(lm.name, tm.name) and
                           types_match(lb, lm.type_id, tb, tm.type_id, behind_ptr, level - 1)
                           for tm in tt.members) for lm in lt.members)
        if lk != tk:
            return False
        if lk == B.K_INT:
            return lt.size_or_type == tt.size_or_type and \
                (lt.int_encoding & BTF_INT_SIGNED) == (tt.int_encoding & BTF_INT_SIGNED)
        if lk == B.K_PTR:
            behind_ptr = True
            lid, tid = lt.type, tt.type
        elif lk == B.K_ARRAY:
            if lt.array[2] != tt.array[2]:
                return False
            lid, tid = lt.array[0], tt.array[0]
        elif lk == B.K_FUNC_PROTO:
            if len(lt.params) != len(tt.params):
                return False
            if not all(types_match(lb, lp, tb, tp, behind_ptr, level - 1)
                       for (_, lp), (_, tp) in zip(lt.params, tt.params)):
                return False
            lid, tid = lt.type, tt.type
        else:
            return False
    raise CoreError("type match nests too deep")


def _fields_compat(lb: B.BTF, lid: int, tb: B.BTF, tid: int) -> bool:
    """bpf_core_fields_are_compat"""
    for _ in range(64):
        lt, lid = _skip(lb, lid)
        tt, tid = _skip(tb, tid)
        if _composite(lt) and _composite(tt):
            return True
        if not _kind_compat(lt, tt):
            return False
        if lt.kind in (B.K_PTR, B.K_FLOAT):
            return True
        if lt.kind in (B.K_FWD, B.K_ENUM, B.K_ENUM64):
            ln, tn = essential_name(lt.name), essential_name(tt.name)
            return not ln or not tn or ln == tn
        if lt.kind == B.K_INT:
            return lt.int_offset == 0 and tt.int_offset == 0
        if lt.kind == B.K_ARRAY:
            lid, tid = lt.array[0], tt.array[0]
            continue
        return False
    raise CoreError("field compatibility check nests too deep")


def _is_flex_arr(btf: B.BTF, acc: Optional[Accessor], arr: B.BtfType) -> bool:
    """An array with 0 elements as the last member of a struct."""
    if acc is None or not acc.name or arr.array[2]:
        return False
    t = btf.get(acc.type_id)
    return acc.idx == len(t.members) - 1


def parse_spec(btf: B.BTF, relo: CoreRelo) -> Spec:
    """bpf_core_parse_spec: the access string walked over the local type."""
    s = relo.access
    if not s or s[0] == ":":
        raise ValueError("empty access string")
    spec = Spec(btf, relo.type_id, relo.kind)
    if relo.kind in TYPE_KINDS:
        if s != "0":
            raise ValueError(f"type relocation with access string {s!r}")
        return spec
    try:
        spec.raw = [int(p) for p in s.split(":")]
    except ValueError:
        raise ValueError(f"bad access string {s!r}") from None
    if any(i < 0 for i in spec.raw):
        raise ValueError(f"negative index in access string {s!r}")
    if len(spec.raw) > SPEC_MAX_LEN:
        raise ValueError("access string too long")
    t, tid = _skip(btf, relo.type_id)
    idx = spec.raw[0]
    spec.acc.append(Accessor(tid, idx, None))
    if relo.kind in ENUMVAL_KINDS:
        if t.kind not in (B.K_ENUM, B.K_ENUM64) or len(spec.raw) > 1 or idx >= len(t.enum_values):
            raise ValueError("enumerator index out of range")
        spec.acc[0].name = t.enum_values[idx][0]
        return spec
    if relo.kind not in FIELD_KINDS:
        raise ValueError(f"unknown relocation kind {relo.kind}")
    sz = _size(btf, tid)
    if sz < 0:
        raise ValueError(f"type [{tid}] has no size")
    spec.bit_offset = idx * sz * 8
    for idx in spec.raw[1:]:
        t, tid = _skip(btf, tid)
        if _composite(t):
            if idx >= len(t.members):
                raise ValueError(f"member index {idx} out of range for [{tid}]")
            m = t.members[idx]
            spec.bit_offset += m.bit_offset
            if m.name:
                spec.acc.append(Accessor(tid, idx, m.name))
            tid = m.type_id
        elif t.kind == B.K_ARRAY:
            flex = _is_flex_arr(btf, spec.acc[-1], t)
            _, tid = _skip(btf, t.array[0])
            if not flex and idx >= t.array[2]:
                raise ValueError(f"array index {idx} out of range")
            spec.acc.append(Accessor(tid, idx, None))
            sz = _size(btf, tid)
            if sz < 0:
                raise ValueError(f"type [{tid}] has no size")
            spec.bit_offset += idx * sz * 8
        else:
            raise ValueError(f"access captures type [{tid}] of unexpected kind {t.kind_name}")
    return spec


def _match_member(lb: B.BTF, lacc: Accessor, tb: B.BTF, tid: int, spec: Spec) -> tuple[bool, int]:
    """bpf_core_match_member: find the local member's name in the target struct, descending
    into anonymous members; (matched, next target type id)."""
    tt, tid = _skip(tb, tid)
    if not _composite(tt):
        return False, tid
    lm = lb.get(lacc.type_id).members[lacc.idx]
    for i, m in enumerate(tt.members):
        if len(spec.raw) == SPEC_MAX_LEN:
            raise CoreError("access path too long")
        spec.bit_offset += m.bit_offset
        spec.raw.append(i)
        if not m.name:
            found, nxt = _match_member(lb, lacc, tb, m.type_id, spec)
            if found:
                return True, nxt
        elif m.name == lm.name:
            spec.acc.append(Accessor(tid, i, m.name))
            if _fields_compat(lb, lm.type_id, tb, m.type_id):
                return True, m.type_id
            spec.acc.pop()
            return False, tid
        spec.bit_offset -= m.bit_offset
        spec.raw.pop()
    return False, tid


def spec_match(local: Spec, tb: B.BTF, tid: int) -> Optional[Spec]:
    """bpf_core_spec_match: the candidate's spec, or None if it does not match."""
    ts = Spec(tb, tid, local.kind)
    if local.kind in TYPE_KINDS:
        match = types_match if local.kind == TYPE_MATCHES else types_are_compat
        return ts if match(local.btf, local.root_type_id, tb, tid) else None
    if local.kind in ENUMVAL_KINDS:
        tt, tid = _skip(tb, tid)
        if tt.kind not in (B.K_ENUM, B.K_ENUM64):
            return None
        want = essential_name(local.acc[0].name)
        for i, (name, _v) in enumerate(tt.enum_values):
            if essential_name(name) == want:
                ts.acc.append(Accessor(tid, i, name))
                ts.raw.append(i)
                return ts
        return None
    for k, lacc in enumerate(local.acc):
        tt, tid = _skip(tb, tid)
        if lacc.name:
            found, tid = _match_member(local.btf, lacc, tb, tid, ts)
            if not found:
                return None
        else:
            if k > 0:
                if tt.kind != B.K_ARRAY:
                    return None
                if not _is_flex_arr(tb, ts.acc[-1] if ts.acc else None, tt) and lacc.idx >= tt.array[2]:
                    return None
                _, tid = _skip(tb, tt.array[0])
            ts.acc.append(Accessor(tid, lacc.idx, None))
            ts.raw.append(lacc.idx)
            sz = _size(tb, tid)
            if sz < 0:
                raise CoreError(f"target type [{tid}] has no size")
            ts.bit_offset += lacc.idx * sz * 8
    return ts


class _Poison(Exception):
    """-EUCLEAN: the instruction is to be poisoned."""


def _field_value(kind: int, spec: Optional[Spec]) -> tuple[int, int, int, bool]:
    """bpf_core_calc_field_relo: (value, field size, field type id, validate)."""
    if kind == FIELD_EXISTS:
        return (1 if spec else 0), 0, 0, True
    if spec is None:
        raise _Poison()
    acc = spec.acc[-1]
    btf = spec.btf
    if not acc.name:
        if kind not in (FIELD_BYTE_OFFSET, FIELD_BYTE_SIZE):
            raise CoreError(f"relocation {KIND_NAMES[kind]} can't be applied to array access")
        sz = _size(btf, acc.type_id)
        if sz < 0:
            raise CoreError(f"type [{acc.type_id}] has no size")
        if kind == FIELD_BYTE_OFFSET:
            return spec.bit_offset // 8, sz, acc.type_id, True
        return sz, 0, 0, True
    t = btf.get(acc.type_id)
    m = t.members[acc.idx]
    mt, ftid = _skip(btf, m.type_id)
    bit_off, bit_sz = spec.bit_offset, m.bitfield_size
    bitfield = bit_sz > 0
    if bitfield:
        byte_sz = mt.size_or_type
        byte_off = bit_off // 8 // byte_sz * byte_sz
        while bit_off + bit_sz - byte_off * 8 > byte_sz * 8:
            if byte_sz >= 8:
                raise CoreError(f"relocation {KIND_NAMES[kind]} can't be satisfied for bitfield")
            byte_sz *= 2
            byte_off = bit_off // 8 // byte_sz * byte_sz
    else:
        byte_sz = _size(btf, ftid)
        if byte_sz < 0:
            raise CoreError(f"field type [{ftid}] has no size")
        byte_off = bit_off // 8
        bit_sz = byte_sz * 8
    validate = not bitfield
    if kind == FIELD_BYTE_OFFSET:
        return byte_off, (0 if bitfield else byte_sz), (0 if bitfield else ftid), validate
    if kind == FIELD_BYTE_SIZE:
        return byte_sz, 0, 0, validate
    if kind == FIELD_SIGNED:
        signed = (mt.kind in (B.K_ENUM, B.K_ENUM64) and mt.kind_flag) or \
            (mt.kind == B.K_INT and bool(mt.int_encoding & BTF_INT_SIGNED))
        return int(signed), 0, 0, True
    if kind == FIELD_LSHIFT_U64:
        return 64 - (bit_off + bit_sz - byte_off * 8), 0, 0, validate
    return 64 - bit_sz, 0, 0, True                                   # FIELD_RSHIFT_U64


def _type_value(kind: int, spec: Optional[Spec]) -> tuple[int, bool]:
    """bpf_core_calc_type_relo: type relocations answer 0 when no type matches."""
    if spec is None:
        return 0, True
    if kind == TYPE_ID_TARGET:
        return spec.root_type_id, False
    if kind in (TYPE_EXISTS, TYPE_MATCHES):
        return 1, True
    sz = _size(spec.btf, spec.root_type_id)
    if sz < 0:
        raise CoreError(f"type [{spec.root_type_id}] has no size")
    return sz, True


def _enum_value(kind: int, spec: Optional[Spec]) -> int:
    if kind == ENUMVAL_EXISTS:
        return 1 if spec else 0
    if spec is None:
        raise _Poison()
    t = spec.btf.get(spec.acc[0].type_id)
    return t.enum_values[spec.acc[0].idx][1] & 0xFFFFFFFFFFFFFFFF


def calc_relo(relo: CoreRelo, local: Spec, targ: Optional[Spec]) -> Result:
    """bpf_core_calc_relo"""
    res = Result()
    try:
        if relo.kind in FIELD_KINDS:
            res.orig_val, res.orig_sz, res.orig_type_id, res.validate = _field_value(relo.kind, local)
            res.new_val, res.new_sz, res.new_type_id, _ = _field_value(relo.kind, targ)
            if res.orig_sz != res.new_sz:
                ot, nt = local.btf.get(res.orig_type_id), targ.btf.get(res.new_type_id)
                unsigned = (ot.kind == B.K_INT and nt.kind == B.K_INT
                            and not ot.int_encoding & BTF_INT_SIGNED
                            and not nt.int_encoding & BTF_INT_SIGNED)
                res.fail_memsz_adjust = not ((ot.kind == B.K_PTR and nt.kind == B.K_PTR) or unsigned)
        elif relo.kind in TYPE_KINDS:
            res.orig_val, res.validate = _type_value(relo.kind, local)
            res.new_val, _ = _type_value(relo.kind, targ)
        else:
            res.orig_val = _enum_value(relo.kind, local)
            res.new_val = _enum_value(relo.kind, targ)
    except _Poison:
        res.poison = True
    return res


def format_spec(spec: Spec) -> str:
    """bpf_core_format_spec: `<byte_off> [7] struct task_struct.pid (0:12 @ offset 2416)`."""
    t = spec.btf.get(spec.root_type_id)
    out = f"<{KIND_NAMES[spec.kind]}> [{spec.root_type_id}] {t.kind_name} {t.name or '<anon>'}"
    if spec.kind in TYPE_KINDS:
        return out
    if spec.kind in ENUMVAL_KINDS:
        et = spec.btf.get(spec.acc[0].type_id)
        return out + f"::{spec.acc[0].name} = {et.enum_values[spec.acc[0].idx][1] & (2 ** 64 - 1)}"
    for i, a in enumerate(spec.acc):
        if a.name:
            out += f".{a.name}"
        elif i > 0 or a.idx > 0:
            out += f"[{a.idx}]"
    raw = ":".join(map(str, spec.raw))
    off = f"{spec.bit_offset // 8}.{spec.bit_offset % 8}" if spec.bit_offset % 8 else f"{spec.bit_offset // 8}"
    return out + f" ({raw} @ offset {off})"


def resolve(relo: CoreRelo, local_btf: B.BTF, targ_btf: B.BTF) -> Result:
    """bpf_core_calc_relo_insn: every matching candidate must agree."""
    res = _resolve(relo, local_btf, targ_btf)
    res.local = format_spec(parse_spec(local_btf, relo))
    return res


def _resolve(relo: CoreRelo, local_btf: B.BTF, targ_btf: B.BTF) -> Result:
    if relo.kind > TYPE_MATCHES:
        raise CoreError(f"unrecognized CO-RE relocation kind {relo.kind}")
    lt = local_btf.get(relo.type_id)
    try:
        local = parse_spec(local_btf, relo)
    except (ValueError, B.BTFError) as e:
        raise CoreError(f"parsing [{relo.type_id}] {lt.kind_name} {lt.name or '<anon>'} + "
                        f"{relo.access} failed: {e}") from None
    if relo.kind == TYPE_ID_LOCAL:
        return Result(orig_val=relo.type_id, new_val=relo.type_id, validate=False)
    if not lt.name:
        raise CoreError(f"<{KIND_NAMES[relo.kind]}> ({relo.kind}) relocation doesn't support "
                        f"anonymous types")
    chosen: Optional[tuple[Spec, Result]] = None
    for cid in candidates(targ_btf, local_btf, relo.type_id):
        cand = spec_match(local, targ_btf, cid)
        if cand is None:
            continue
        res = calc_relo(relo, local, cand)
        if chosen is None:
            chosen = (cand, res)
        elif cand.bit_offset != chosen[0].bit_offset:
            raise CoreError(f"field offset ambiguity: {cand.bit_offset} != {chosen[0].bit_offset}")
        elif res.poison != chosen[1].poison or res.new_val != chosen[1].new_val:
            raise CoreError(f"relocation decision ambiguity: {res.new_val} != {chosen[1].new_val}")
    if chosen is None:
        return calc_relo(relo, local, None)
    return chosen[1]


def poisoned(ins: Insn, res: Result) -> list[Insn]:
    """bpf_core_poison_insn: `call 0xbad2310` in every slot of the instruction; `target` holds
    the line libbpf's fixup_log() puts in the verifier log in place of `invalid func`."""
    call = Insn(BPF_JMP | BPF_CALL, 0, 0, 0, CORE_POISON_IMM, loc=ins.loc,
                target=f"failed to resolve CO-RE relocation {res.local}")
    return [call] * ins.slots


def patch(ins: Insn, res: Result, idx: int) -> list[Insn]:
    """bpf_core_patch_insn: the instruction(s) that replace `ins` (slot idx, for messages)."""
    cls = ins.cls
    if cls in (BPF_ALU, BPF_ALU64):
        if ins.source != BPF_K:
            raise CoreError(_bad_insn(ins, idx))
        if res.poison:
            return poisoned(ins, res)
        if res.validate and ins.imm & 0xFFFFFFFF != res.orig_val & 0xFFFFFFFF:
            raise CoreError(f"unexpected insn #{idx} (ALU/ALU64) value: got {ins.imm & 0xFFFFFFFF}, "
                            f"exp {res.orig_val} -> {res.new_val}")
        return [ins.with_(imm=_s32(res.new_val))]
    if cls in (BPF_LDX, BPF_ST, BPF_STX):
        if res.poison:
            return poisoned(ins, res)
        if res.validate and ins.off != res.orig_val:
            raise CoreError(f"unexpected insn #{idx} (LDX/ST/STX) value: got {ins.off & 0xFFFF}, "
                            f"exp {res.orig_val} -> {res.new_val}")
        if res.new_val > SHRT_MAX:
            raise CoreError(f"insn #{idx} (LDX/ST/STX) value too big: {res.new_val}")
        if res.fail_memsz_adjust:
            return poisoned(ins, res)
        new = ins.with_(off=res.new_val)
        if res.new_sz != res.orig_sz:
            if ins.size_bytes != res.orig_sz:
                raise CoreError(f"insn #{idx} (LDX/ST/STX) unexpected mem size: got "
                                f"{ins.size_bytes}, exp {res.orig_sz}")
            size_bits = {1: 0x10, 2: 0x08, 4: 0x00, 8: 0x18}.get(res.new_sz)
            if size_bits is None:
                raise CoreError(f"insn #{idx} (LDX/ST/STX) invalid new mem size: {res.new_sz}")
            new = new.with_(opcode=ins.mode | size_bits | cls)
        return [new]
    if cls == BPF_LD:
        if ins.opcode != LDDW_OPCODE or ins.src or ins.off:
            raise CoreError(f"insn #{idx} (LDIMM64) has unexpected form")
        if res.poison:
            return poisoned(ins, res)
        imm = (ins.imm & 0xFFFFFFFF) | ((ins.imm64_hi or 0) & 0xFFFFFFFF) << 32
        if res.validate and imm != res.orig_val:
            raise CoreError(f"unexpected insn #{idx} (LDIMM64) value: got {imm}, exp "
                            f"{res.orig_val} -> {res.new_val}")
        return [ins.with_(imm=_s32(res.new_val), imm64_hi=_s32(res.new_val >> 32))]
    raise CoreError(_bad_insn(ins, idx))


def _s32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >> 31 else v


def _bad_insn(ins: Insn, idx: int) -> str:
    return (f"trying to relocate unrecognized insn #{idx}, code:{ins.opcode:#x}, src:{ins.src:#x}, "
            f"dst:{ins.dst:#x}, off:{ins.off & 0xFFFF:#x}, imm:{ins.imm & 0xFFFFFFFF:#x}")

