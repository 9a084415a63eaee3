"""The helper table of the concrete executor: ONE dict keyed by helper name (ids and names from
spec/helper_ids.py, i.e. the UAPI `__BPF_FUNC_MAPPER`).

Each entry is `fn(machine, frame, slot) -> int | None` (None = the helper returns void, R0 is
uninitialised afterwards, as for bpf_tail_call's RET_VOID). Helpers that read the outside world
(time, randomness, cpu id, ...) take their values from `ExecInputs.helper_returns[name]` in
order and return 0 once the list is exhausted, so a run is reproducible and a counterexample
can pin the values it needs. `MIGHT_SLEEP` lists helpers whose kernel implementation may sleep;
calling one in a context that cannot sleep (an async timer callback, a non-sleepable program)
is the SP-03 fault `sleep_in_atomic`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional


from bpfsmt.spec import dynptr as DP
from bpfsmt.spec.helper_ids import HELPER_NAMES_612
from bpfsmt.spec.isa import CONCRETE as D
from bpfsmt.spec.maps import sock_map_update
from bpfsmt.spec.packet import packet_bytes, xdp_adjust
from bpfsmt.spec.helpers import (KPTR_RACE_OBJECT, KPTR_XCHG_FIELD, MAP_UPDATE_LRU_EVICT,
                                 MAP_UPDATE_NOMEM, MIGHT_SLEEP, RET_VOID, SETSOCKOPT_TCP_FIELDS,
                                 SOCK_CAST_HELPERS, SOCK_OTHER_HELPERS, WORLD_VALUE_BITS,
                                 arg_uses)
from bpfsmt.spec.helpers import helper as helper_proto
from bpfsmt.spec.ctx import BPF_SOCK, BPF_TCP_SOCK, SOCK_OPS, byte_mask, sock_ops_cb_flags_set
from bpfsmt.spec.progtypes import KERNEL_POINTER_CTX_TYPES
from bpfsmt.spec.vocab import RegionKind as RK

from bpfsmt.solver.concrete.frames import Event, ExitNow

from bpfsmt.spec.errno import E2BIG, EBUSY, EFAULT, EINVAL, ENOENT
from bpfsmt.spec.limits import (BPF_MAX_LOOPS, BPF_MAX_USER_RINGBUF_SAMPLES, BPF_RB_WAKEUP_FLAGS,
                                XDP_FRAME_SIZE, XDP_HARD_END)
from bpfsmt.spec.maps import (BPF_F_BROADCAST, BPF_F_INGRESS, BPF_LOCAL_STORAGE_GET_F_CREATE,
                              LRU_TYPES, MAP_IN_MAP_TYPES, REDIRECT_FLAG_MASK, SK_DROP, SK_PASS,
                              SOCK_MAP_TYPES, STORAGE_OWNER, XDP_ABORTED, XDP_ACTION_MASK,
                              XDP_REDIRECT)

from bpfsmt.solver.concrete.runtime import ARRAY_TYPES, Region

HELPERS: dict = {}
U32 = 0xFFFFFFFF


def helper_name(hid: int, runtime: str = "linux") -> str:
    if runtime == "ubpf" and hid == 5:
        return "ubpf_unwind"
    if 0 <= hid < len(HELPER_NAMES_612):
        return HELPER_NAMES_612[hid]
    return ""


def _h(*names):
    def deco(fn):
        for n in names:
            HELPERS[n] = fn
        return fn
    return deco


def _check_sleep(m, fr, name):
    if name in MIGHT_SLEEP and not fr.can_sleep:
        m.stop("sleep_in_atomic", context=fr.kind)


def _map_arg(m, fr, regno=1):
    st = m.maps.state_of_ptr(m.reg(fr, regno))
    if st is None:
        m.stop_msg("helper_arg", f"R{regno} type=scalar expected=map_ptr")
    return st


# ---- maps ---------------------------------------------------------------------------------------

@_h("map_lookup_elem")
def _lookup(m, fr, slot):
    st = _map_arg(m, fr)
    key = m.read_bytes(m.reg(fr, 2), st.map.key_size, 2)
    if st.map.map_type in MAP_IN_MAP_TYPES:
        name = st.inner.get(st.key_index(key))
        inner = m.maps.states.get(name) if name else None
        return inner.obj.base if inner else 0
    if st.map.map_type == "prog_array":
        return 0
    r = m.maps.lookup(st, key)
    if r is None:
        return 0
    if st.map.map_type in SOCK_MAP_TYPES:     # a referenced socket (is_acquire_function)
        return _acquire_socket(m, slot, f"socket in {st.map.name}")
    return r.base


@_h("map_lookup_percpu_elem")
def _lookup_percpu(m, fr, slot):
    cpu = m.reg(fr, 3) & U32
    if cpu != 0:  # one modelled cpu
        m.read_bytes(m.reg(fr, 2), _map_arg(m, fr).map.key_size, 2)
        return 0
    return _lookup(m, fr, slot)


def _ops_int(m, v: int) -> int:
    """A `map->ops` result as 6.1's JIT hands it back: the ops return int, so eax holds it and
    the upper half of rax is zero (see ExecInputs.jit); the interpreter sign-extends."""
    return v & U32 if m.inputs.jit else v


@_h("map_update_elem")
def _update(m, fr, slot):
    st = _map_arg(m, fr)
    key = m.read_bytes(m.reg(fr, 2), st.map.key_size, 2)
    value = m.read_bytes(m.reg(fr, 3), st.map.value_size, 3)
    nomem = st.map.preallocless_hash and bool(m.next_value(MAP_UPDATE_NOMEM, 0))
    evict = st.map.map_type in LRU_TYPES and bool(m.next_value(MAP_UPDATE_LRU_EVICT, 0))
    drops = ()
    if st.map.map_type in LRU_TYPES:
        q = m.lru_drops.get(st.map.name)
        drops = [bytes(k) for k in q.pop(0)] if q else ()
    return _ops_int(m, m.maps.update(st, key, value, m.reg(fr, 4) & 0xFFFFFFFFFFFFFFFF, nomem,
                                     evict, drops))


@_h("map_delete_elem")
def _delete(m, fr, slot):
    st = _map_arg(m, fr)
    key = m.read_bytes(m.reg(fr, 2), st.map.key_size, 2)
    return _ops_int(m, m.maps.delete(st, key))


@_h("map_push_elem")
def _push(m, fr, slot):
    st = _map_arg(m, fr)
    value = m.read_bytes(m.reg(fr, 2), st.map.value_size, 2)
    if st.map.map_type == "bloom_filter":
        return _ops_int(m, m.maps.bloom_push(st, value, m.reg(fr, 3)))
    return _ops_int(m, m.maps.push(st, value, m.reg(fr, 3)))


@_h("map_pop_elem", "map_peek_elem")
def _pop(m, fr, slot):
    st = _map_arg(m, fr)
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    if st.map.map_type == "bloom_filter":
        # bloom_map_peek_elem reads the value (check_func_arg turns the arg into a map value);
        # it is found when pushed before: by the program, or by user space (the map input's
        # keys), which also stands for a false positive (hash bits other values set)
        value = m.read_bytes(m.reg(fr, 2), st.map.value_size, 2)
        return 0 if value in st.queue else _ops_int(m, -ENOENT)
    # ARG_PTR_TO_UNINIT_MAP_VALUE: the value's room is checked, and counts as written either
    # way (its bytes change only when an element is there)
    r, off = m.access(m.reg(fr, 2), st.map.value_size, True, 2, helper=True)
    v = m.maps.pop(st, name == "map_pop_elem")
    if v is None:
        if r.init is not None:
            r.init[off:off + st.map.value_size] = b"\1" * st.map.value_size
        return _ops_int(m, -ENOENT)
    m.write_bytes(m.reg(fr, 2), v, 2)
    return 0


# ---- redirect maps, socket maps, local storage -----------------------------------------------

@_h("redirect_map")
def _redirect_map(m, fr, slot):
    """__bpf_xdp_redirect_map: flags outside the action bits and the map type's flags abort;
    a missing target returns the action in the flags' low bits (BPF_F_BROADCAST redirects
    anyway); a present one XDP_REDIRECT."""
    st = _map_arg(m, fr)
    index = m.reg(fr, 2) & U32
    flags = m.reg(fr, 3)
    if flags & ~(XDP_ACTION_MASK | REDIRECT_FLAG_MASK[st.map.map_type]):
        return XDP_ABORTED
    key = index.to_bytes(4, "little").ljust(st.map.key_size, b"\0")
    if m.maps.lookup(st, key) is None and not flags & BPF_F_BROADCAST:
        return flags & XDP_ACTION_MASK
    return XDP_REDIRECT


def redirect_refused(name: str) -> str:
    """The helper_returns key saying a socket in the map may not be a redirect target now
    (sock_map_redirect_allowed: not established), non-zero = refused."""
    return f"{name}:refused"


@_h("sk_redirect_map", "sk_redirect_hash", "msg_redirect_map", "msg_redirect_hash")
def _sk_redirect(m, fr, slot):
    """bpf_sk/msg_redirect_map(ctx, map, u32 key, flags) and _hash(ctx, map, &key, flags):
    SK_DROP on flags other than BPF_F_INGRESS, on a missing socket or one that may not be
    redirected to; else SK_PASS."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    generic_checks(m, fr, name)
    st = _map_arg(m, fr, 2)
    if name.endswith("_hash"):
        key = m.read_bytes(m.reg(fr, 3), st.map.key_size, 3)
    else:
        key = (m.reg(fr, 3) & U32).to_bytes(4, "little").ljust(st.map.key_size, b"\0")
    refused = m.next_value(redirect_refused(name), 0)
    if m.reg(fr, 4) & ~BPF_F_INGRESS or m.maps.lookup(st, key) is None or refused:
        return SK_DROP
    return SK_PASS


def sock_unsuitable(name: str) -> str:
    """The helper_returns key saying the sock_ops socket cannot go into a map now
    (sock_map_sk_is_suitable / sock_map_op_okay), non-zero = -EOPNOTSUPP."""
    return f"{name}:unsuitable"


@_h("sock_map_update", "sock_hash_update")
def _sock_map_update(m, fr, slot):
    """bpf_sock_map_update / bpf_sock_hash_update(sock_ops ctx, map, &key, flags) as
    spec/maps.sock_map_update decides it; on success the socket is the key's element."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    generic_checks(m, fr, name)
    st = _map_arg(m, fr, 2)
    key = m.read_bytes(m.reg(fr, 3), st.map.key_size, 3)
    unsuitable = bool(m.next_value(sock_unsuitable(name), 0))
    out = sock_map_update(D, st.map.map_type, m.reg(fr, 4), key in st.elems,
                          st.key_index(key) >= st.map.max_entries,
                          len(st.elems) >= st.map.max_entries, unsuitable)
    if out.ok:
        m.maps.put(st, key, b"")
    return D.signed(out.r0, 64)


def socket_fields(n: int) -> str:
    """The helper_returns key of the struct bpf_sock bytes of the n-th reference's socket."""
    return f"socket:{n}"


def kobj_fields(n: int) -> str:
    """The helper_returns key of the bytes of the kernel object an acquiring kfunc handed out
    as the n-th reference (a plain load reads them; the verifier's probe loads read inputs)."""
    return f"kobj:{n}"


def tcp_sock_fields(n: int) -> str:
    """The helper_returns key of the struct bpf_tcp_sock bytes bpf_tcp_sock reads of that socket."""
    return f"tcp_sock:{n}"


# the socket a context points to (sock_ops' sk): its fields are helper_returns[socket_fields(CTX_SOCKET)]
# and it is numbered 0 among the sockets (references count from 1)
CTX_SOCKET = 0


def _socket_region(m, n, what, layout=BPF_SOCK):
    """A struct bpf_sock (or bpf_tcp_sock) whose fields are the input
    helper_returns[socket_fields(n)] (tcp_sock_fields(n)) (byte values, 0 once exhausted), cut
    to the kernel's field widths."""
    key = tcp_sock_fields(n) if layout is BPF_TCP_SOCK else socket_fields(n)
    vals = list(m.inputs.helper_returns.get(key, []))
    vals += [0] * (layout.size - len(vals))
    data = bytes(vals[i] & byte_mask(layout, i) for i in range(layout.size))
    r = m.mem.new(RK.SOCKET, data, name=what, writable=False)
    r.extra["acquired"] = n
    return r


def _tcp_sock_view(m, r) -> int:
    """bpf_tcp_sock's result for socket region r: its struct bpf_tcp_sock (one per socket),
    released with it."""
    v = r.extra.get("tcp")
    if v is None:
        v = r.extra["tcp"] = _socket_region(m, r.extra["acquired"], f"tcp_sock of {r.name}",
                                            BPF_TCP_SOCK)
        v.extra["socket"] = r
    return v.base


def ctx_socket(m) -> int:
    """The socket the ctx points to (one per run, no reference held)."""
    r = m.ctx.extra.get("socket")
    if r is None:
        r = m.ctx.extra["socket"] = _socket_region(m, CTX_SOCKET, "socket of the ctx")
    return r.base


def _acquire_socket(m, slot, what):
    """A socket the program now holds a reference to (released by bpf_sk_release)."""
    m.acquired += 1
    r = _socket_region(m, m.acquired, what)
    m.refs[r.rid] = (m.acquired, slot)
    return r.base


def storage_nomem(name: str) -> str:
    """The helper_returns key saying creating a storage element fails (-ENOMEM), non-zero."""
    return f"{name}:nomem"


def storage_owner_key(m, st, addr: int) -> bytes | None:
    """The key of the storage element of the kernel object at `addr`: a socket the program
    was handed (bpf_sk_lookup_*, a socket map lookup) by the number of that reference; any
    other object (a task, inode, cgroup or socket the context points to, the current task) by
    its address. None: not such an object."""
    r = m.mem.region_of(addr)
    if r is not None and r.kind == RK.SOCKET and addr == r.base and \
            STORAGE_OWNER[st.map.map_type] == "sock":
        n = r.extra["acquired"]
    elif r is not None:
        return None
    else:
        n = addr & ((1 << 64) - 1)
    return n.to_bytes(8, "little")


@_h("sk_storage_get", "task_storage_get", "inode_storage_get", "cgrp_storage_get")
def _storage_get(m, fr, slot):
    """bpf_*_storage_get(map, owner, init value or NULL, flags): NULL for flags other than
    BPF_LOCAL_STORAGE_GET_F_CREATE or no owner; the owner's element if it has one; else with
    F_CREATE a new element holding the init value (zeros for NULL) unless allocation fails."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    st = _map_arg(m, fr)
    owner = m.reg(fr, 2)
    init = m.reg(fr, 3)
    value = m.read_bytes(init, st.map.value_size, 3) if init else b""
    flags = m.reg(fr, 4)
    nomem = m.next_value(storage_nomem(name), 0)
    key = _storage_owner(m, fr, st, name, owner)
    if key is None or flags & ~BPF_LOCAL_STORAGE_GET_F_CREATE:
        return 0
    r = m.maps.lookup(st, key)
    if r is None and flags & BPF_LOCAL_STORAGE_GET_F_CREATE and not nomem:
        m.maps.put(st, key, value)
        r = m.maps.lookup(st, key)
    return r.base if r is not None else 0


@_h("sk_storage_delete", "task_storage_delete", "inode_storage_delete", "cgrp_storage_delete")
def _storage_delete(m, fr, slot):
    """bpf_*_storage_delete(map, owner): 0, -ENOENT without an element, -EINVAL for a NULL
    owner (6.12's bpf_cgrp_storage_delete takes one)."""
    st = _map_arg(m, fr)
    key = _storage_owner(m, fr, st, helper_name(fr.prog.insns[fr.idx[slot]].imm), m.reg(fr, 2))
    return -EINVAL if key is None else m.maps.delete(st, key)


def _storage_owner(m, fr, st, name, owner):
    """The owner's key; None for a NULL owner where the prototype allows one; else a fault."""
    if owner == 0 and arg_uses(helper_proto(name))[1].nullable:
        return None
    key = storage_owner_key(m, st, owner)
    if key is None:
        m.stop_msg("helper_arg", "R2 type=scalar expected=ptr_ (the storage owner)")
    return key


LOCAL_STORAGE_FLAGS = "get_local_storage() doesn't support non-zero flags"


@_h("get_local_storage")
def _get_local_storage(m, fr, slot):
    """bpf_get_local_storage(map, flags): the element of the program's cgroup (created at
    attach, so never NULL), its initial contents the map input under the all-zero key."""
    st = _map_arg(m, fr)
    if m.reg(fr, 2):          # it cannot fail, so the verifier refuses any flags
        m.stop_msg("helper_arg", LOCAL_STORAGE_FLAGS)
    key = bytes(st.map.key_size)
    r = m.maps.lookup(st, key)
    if r is None:
        m.maps.put(st, key, b"")
        r = m.maps.lookup(st, key)
    return r.base


# ---- locks (SL-06) -------------------------------------------------------------------------------

def _lock_elem(m, fr):
    addr = m.reg(fr, 1)
    r, off = m.access(addr, 4, True, 1, helper=True)
    if r.kind != RK.MAP_VALUE or r.map.spin_lock_off is None or off != r.map.spin_lock_off:
        m.stop_msg("helper_arg", "R1 doesn't point to a bpf_spin_lock in a map value")
    return r, off


@_h("spin_lock")
def _spin_lock(m, fr, slot):
    r, off = _lock_elem(m, fr)
    if m.lock is not None:
        m.stop("lock_twice")
    m.lock = r.element
    r.data[off:off + 4] = (1).to_bytes(4, "little")
    m.events.append(Event("lock", slot, fr.prog.name, element=r.element, context=fr.kind,
                          frame=fr.depth))
    return None


@_h("spin_unlock")
def _spin_unlock(m, fr, slot):
    r, off = _lock_elem(m, fr)
    if m.lock is None:
        m.stop("unlock_none")
    if m.lock != r.element:
        m.stop("unlock_other")
    m.lock = None
    r.data[off:off + 4] = bytes(4)
    m.events.append(Event("unlock", slot, fr.prog.name, element=r.element, context=fr.kind,
                          frame=fr.depth))
    return None


# ---- tail call (TC-01) ---------------------------------------------------------------------------

@_h("tail_call")
def _tail_call(m, fr, slot):
    return m.tail_call(fr, slot)


# ---- timers (SP-07) ------------------------------------------------------------------------------

def _timer_of(m, fr):
    r, off = m.access(m.reg(fr, 1), 16, True, 1, helper=True)
    if r.kind != RK.MAP_VALUE or r.map.timer_off is None or off != r.map.timer_off:
        m.stop_msg("helper_arg", "R1 doesn't point to a bpf_timer in a map value")
    return r


@_h("timer_init")
def _timer_init(m, fr, slot):
    r = _timer_of(m, fr)
    st = _map_arg(m, fr, 2)
    flags = m.reg(fr, 3)
    if flags not in (0, 1, 7):  # CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME
        return -EINVAL
    if r.element in m.timers:
        return -EBUSY
    if st.map.name != r.map.name:
        m.stop_msg("helper_arg", f"timer pointer in R1 map {r.map.name} doesn't match map "
                   f"pointer in R2 map {st.map.name}")
    m.timers[r.element] = {"region": r, "cb": None, "armed": False}
    return 0


@_h("timer_set_callback")
def _timer_set_callback(m, fr, slot):
    r = _timer_of(m, fr)
    target = m.code_target(m.reg(fr, 2))
    if target is None:
        m.stop_msg("helper_arg", "R2 type=scalar expected=func")
    t = m.timers.get(r.element)
    if t is None:
        return -EINVAL
    t["cb"] = target
    return 0


@_h("timer_start")
def _timer_start(m, fr, slot):
    r = _timer_of(m, fr)
    m.reg(fr, 2)
    if m.reg(fr, 3) & ~1:
        return -EINVAL
    t = m.timers.get(r.element)
    if t is None or t["cb"] is None:
        return -EINVAL
    if r.element in m.timer_queue:
        m.timer_queue.remove(r.element)
    m.timer_queue.append(r.element)
    t["armed"] = True
    return 0


@_h("timer_cancel")
def _timer_cancel(m, fr, slot):
    r = _timer_of(m, fr)
    t = m.timers.get(r.element)
    if t is None:
        return -EINVAL
    was = r.element in m.timer_queue
    if was:
        m.timer_queue.remove(r.element)
    t["armed"] = False
    return 1 if was else 0


# ---- synchronous callbacks -------------------------------------------------------------------

@_h("loop")
def _loop(m, fr, slot):
    nr = m.reg(fr, 1) & U32
    target = m.code_target(m.reg(fr, 2))
    if target is None:
        m.stop_msg("helper_arg", "R2 type=scalar expected=func")
    ctx = m.reg(fr, 3) if fr.regs[3] is not None else 0
    if m.reg(fr, 4):
        return -EINVAL
    if nr > BPF_MAX_LOOPS:
        return -E2BIG
    prog, start = target
    for i in range(nr):
        ret = m.call_function(prog, start, [i, ctx], "sync_cb")
        if ret & 0xFFFFFFFFFFFFFFFF == 1:
            return i + 1
    return nr


@_h("for_each_map_elem")
def _for_each(m, fr, slot):
    st = _map_arg(m, fr)
    target = m.code_target(m.reg(fr, 2))
    if target is None:
        m.stop_msg("helper_arg", "R2 type=scalar expected=func")
    ctx = m.reg(fr, 3) if fr.regs[3] is not None else 0
    if m.reg(fr, 4):
        return -EINVAL
    prog, start = target
    if st.map.map_type in ARRAY_TYPES:
        keys = [i.to_bytes(4, "little").ljust(st.map.key_size, b"\0")
                for i in range(st.map.max_entries)]
    else:
        keys = list(st.elems)
    n = 0
    for k in keys:
        r = m.maps.lookup(st, k)
        if r is None:
            continue
        key = m.mem.new(RK.MAP_KEY, k, name=f"key of {st.map.name}", writable=False)
        n += 1
        ret = m.call_function(prog, start, [st.obj.base, key.base, r.base, ctx], "sync_cb")
        if ret & 0xFFFFFFFFFFFFFFFF == 1:
            break
    return n


# ---- values from the input model ---------------------------------------------------------------

def _value_helper(name, width=64):
    """A helper whose result is an outside-world value: the next of helper_returns[name],
    0 once the list is exhausted (the symbolic engine's substitution assumes the same)."""
    def fn(m, fr, slot):
        return m.next_value(name, 0) & ((1 << width) - 1)
    HELPERS[name] = fn


for _n, _w in WORLD_VALUE_BITS.items():
    _value_helper(_n, _w)


@_h("trace_printk")
def _trace_printk(m, fr, slot):
    m.read_bytes(m.reg(fr, 1), m.reg(fr, 2) & U32, 1)   # the format must be readable
    return m.next_value("trace_printk", 0)


@_h("get_current_comm")
def _get_current_comm(m, fr, slot):
    size = m.reg(fr, 2) & U32
    comm = b"bpfsmt"[:max(size - 1, 0)]
    m.write_bytes(m.reg(fr, 1), comm.ljust(size, b"\0"), 1)
    return m.next_value("get_current_comm", 0)


CURRENT_TASK = 0xFFFF_8880_0000_0000   # a kernel address outside every region's window


@_h("get_current_task_btf")
def _current_task(m, fr, slot):
    """The current task, a trusted pointer that is never NULL: one fixed kernel address the
    executor never dereferences (the input is consumed, as the symbolic engine counts it)."""
    m.next_value("get_current_task_btf", 0)
    return CURRENT_TASK


TASK_PT_REGS = CURRENT_TASK + 0x1000   # the current task's struct pt_regs, another such address


@_h("task_pt_regs")
def _task_pt_regs(m, fr, slot):
    """bpf_task_pt_regs(task): the task's user registers, a trusted pointer never NULL that
    the executor never dereferences (loads through it are BPF_PROBE_MEM inputs)."""
    generic_checks(m, fr, "task_pt_regs")
    m.next_value("task_pt_regs", 0)
    return TASK_PT_REGS


VMA = CURRENT_TASK + 0x2000     # the vm_area_struct bpf_find_vma hands its callback


@_h("find_vma")
def _find_vma(m, fr, slot):
    """bpf_find_vma(task, addr, callback, ctx, flags): -EINVAL for flags; -ENOENT when no vma
    holds addr (the input helper_returns["find_vma"] is 0); else callback(task, vma, ctx) once
    (the vma a kernel address the executor never dereferences) and 0."""
    generic_checks(m, fr, "find_vma")
    found = m.next_value("find_vma", 0)
    prog, start = m.code_target(m.reg(fr, 3))
    ctx = m.reg(fr, 4) if fr.regs[4] is not None else 0
    if m.reg(fr, 5):
        return -EINVAL
    if not found:
        return -ENOENT
    m.call_function(prog, start, [m.reg(fr, 1), VMA, ctx], "sync_cb")
    return 0


KSYM_BASE = CURRENT_TASK + (1 << 32)   # kernel variables: one 4 KiB page each, by BTF id


def ksym_bytes(name: str) -> str:
    """The helper_returns key of the bytes of kernel variable `name` (one byte per entry)."""
    return f"ksym:{name}"


def ksym_value(m, v) -> int:
    """What a kernel variable (grammar.vmlinux.KsymVar) is to a program: a struct one an
    address the executor never dereferences (probe loads only), any other read-only memory of
    its size holding the inputs ksym_bytes(name) (0 once exhausted)."""
    if v.struct:
        return KSYM_BASE + (v.var_id << 12)
    data = bytes(m.next_value(ksym_bytes(v.name), 0) & 0xFF for _ in range(v.size))
    return m.mem.new(RK.MEM, data, name=f"kernel variable {v.name}", writable=False).base


@_h("per_cpu_ptr", "this_cpu_ptr")
def _cpu_ptr(m, fr, slot):
    """bpf_per_cpu_ptr(&percpu_var, cpu) / bpf_this_cpu_ptr(&percpu_var), with one modelled CPU
    (number 0): NULL for another cpu, else the variable (ksym_value)."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    addr = m.reg(fr, 1)
    v = m.percpu_vars.get(addr)
    if v is None:
        m.stop_msg("helper_arg", "R1 type=scalar expected=percpu_ptr_")
    if name == "per_cpu_ptr" and m.reg(fr, 2) & U32:
        return 0
    return ksym_value(m, dataclasses.replace(v, percpu=False))


KPTR_NOT_KPTR = "off=%d doesn't point to kptr"


@_h("kptr_xchg")
def _kptr_xchg(m, fr, slot):
    """bpf_kptr_xchg(&map_value->kptr, obj or NULL): the field of a referenced kptr takes the
    object the program held (its reference moves to the map) and hands back the object that
    was there, as a reference the program must release (NULL when the field was 0). What was
    there may be another CPU's doing (the input helper_returns[KPTR_XCHG_FIELD])."""
    r, off = m.access(m.reg(fr, 1), 8, True, 1, helper=True)
    field = next((f for f in (r.map.fields if r.map is not None else ()) if f.offset == off), None)
    if r.kind != RK.MAP_VALUE or field is None or not field.referenced_kptr(m.pfile.kernel):
        m.stop_msg("helper_arg", KPTR_NOT_KPTR % off)
    new = m.reg(fr, 2)
    if new:
        obj = m.mem.region_of(new)
        if obj is None or obj.kind != RK.KOBJ or obj.rid not in m.refs or new != obj.base:
            m.stop_msg("helper_arg", "R2 must be referenced when passed to release function")
        m.refs.pop(obj.rid)
    old = int.from_bytes(r.data[off:off + 8], "little")
    race = m.next_value(KPTR_XCHG_FIELD, 0)
    if race:        # another CPU exchanged the field since: its object there, or nothing
        old = m.mem.new(RK.KOBJ, 8, name=f"object another cpu put in {field.name}",
                        writable=False).base if race == KPTR_RACE_OBJECT else 0
    r.data[off:off + 8] = new.to_bytes(8, "little")
    m.acquired += 1
    if not old:
        return 0
    obj = m.mem.region_of(old)
    if obj is None or obj.kind != RK.KOBJ or old != obj.base:
        obj = m.mem.new(RK.KOBJ, 8, name=f"object from {field.name}", writable=False)
    m.refs[obj.rid] = (m.acquired, slot)
    return obj.base


# ---- copies -------------------------------------------------------------------------------------

def _copy_in(m, fr, src_addr, size, from_kinds):
    """Bytes at `src_addr` if it points into a region of one of `from_kinds`, else None."""
    r = m.mem.region_of(src_addr)
    if r is None or r.kind not in from_kinds or not r.live:
        return None
    off = src_addr - r.base
    if off < 0 or off + size > r.size:
        return None
    return bytes(r.data[off:off + size])


@_h("copy_from_user", "copy_from_user_task")
def _copy_from_user(m, fr, slot):
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    _check_sleep(m, fr, name)
    size = m.reg(fr, 2) & U32
    data = _copy_in(m, fr, m.reg(fr, 3), size, (RK.USER,))
    if data is None:
        m.write_bytes(m.reg(fr, 1), bytes(size), 1)
        return -EFAULT
    m.write_bytes(m.reg(fr, 1), data, 1)
    return 0


@_h("probe_read", "probe_read_kernel", "probe_read_user")
def _probe_read(m, fr, slot):
    size = m.reg(fr, 2) & U32
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    kinds = (RK.USER,) if name == "probe_read_user" else \
        (RK.USER, RK.MEM, RK.MAP_VALUE, RK.CTX, RK.PACKET, RK.STACK, RK.RINGBUF, RK.MAP_KEY)
    data = _copy_in(m, fr, m.reg(fr, 3), size, kinds)
    if data is None:
        m.write_bytes(m.reg(fr, 1), bytes(size), 1)
        return -EFAULT
    m.write_bytes(m.reg(fr, 1), data, 1)
    return 0


@_h("skb_load_bytes", "xdp_load_bytes")
def _skb_load_bytes(m, fr, slot):
    """bpf_skb/xdp_load_bytes(ctx, off, to, len) as spec/packet decides: a failed skb load
    zeroes `to`, a failed xdp load leaves its bytes (the verifier counts them written)."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    off, size, dst = m.reg(fr, 2), m.reg(fr, 4) & U32, m.reg(fr, 3)
    data = m.packet_bytes()
    out = packet_bytes(D, name, off, size, len(data))
    if out.ok:
        m.write_bytes(dst, data[off & U32:(off & U32) + size], 3)
    elif out.clear:
        m.write_bytes(dst, bytes(size), 3)
    elif size:
        r, at = m.access(dst, size, True, 3, helper=True)
        if r.init is not None:
            r.init[at:at + size] = b"\1" * size
    return D.signed(out.r0, 64)


@_h("skb_store_bytes", "xdp_store_bytes")
def _skb_store_bytes(m, fr, slot):
    """bpf_skb/xdp_store_bytes(ctx, off, from, len[, flags]) as spec/packet decides."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    off, size = m.reg(fr, 2), m.reg(fr, 4) & U32
    flags = m.reg(fr, 5) if name == "skb_store_bytes" else None
    data = m.read_bytes(m.reg(fr, 3), size, 3)
    out = packet_bytes(D, name, off, size, len(m.packet_bytes()), flags)
    if out.ok:
        start = m.packet.extra["data_off"] + (off & U32)
        m.packet.data[start:start + size] = data
    return D.signed(out.r0, 64)


def _s32(v):
    v &= U32
    return v - (1 << 32) if v >> 31 else v


@_h("xdp_adjust_head", "xdp_adjust_meta", "xdp_adjust_tail")
def _xdp_adjust(m, fr, slot):
    """bpf_xdp_adjust_head/meta/tail as spec/packet.xdp_adjust moves the buffer (offsets in
    the BPF_PROG_TEST_RUN buffer: the xdp_frame ends at XDP_FRAME_SIZE, the tail room at
    XDP_HARD_END); a moved head carries the metadata along, a grown tail is zeroed."""
    if m.packet is None:
        return -EINVAL
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    x = m.packet.extra
    meta, data, end = x["meta_off"], x["data_off"], x["end_off"]
    delta = _s32(m.reg(fr, 2))
    out = xdp_adjust(D, name, meta, data, end, delta, XDP_FRAME_SIZE, XDP_HARD_END)
    if out.ok:
        buf = m.packet.data
        if name == "xdp_adjust_head":
            buf[out.meta:out.meta + data - meta] = buf[meta:data]
        if out.end > end:
            buf[end:out.end] = bytes(out.end - end)
        x["meta_off"], x["data_off"], x["end_off"] = out.meta, out.data, out.end
    return D.signed(out.r0, 64)


# ---- ringbuf (a sink) ---------------------------------------------------------------------------

@_h("ringbuf_output", "perf_event_output")
def _ringbuf_output(m, fr, slot):
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    if name == "perf_event_output":
        m.read_bytes(m.reg(fr, 4), m.reg(fr, 5) & U32, 4)
    else:
        _map_arg(m, fr)
        m.read_bytes(m.reg(fr, 2), m.reg(fr, 3) & U32, 2)
    return 0


@_h("ringbuf_reserve")
def _ringbuf_reserve(m, fr, slot):
    """A record of `size` bytes, or NULL: bad flags or size, or the ring full (the input
    helper_returns["ringbuf_reserve:full"], non-zero = full). The record is a reference the
    program must submit or discard before it exits (ref_leak)."""
    st = _map_arg(m, fr)
    size = m.reg(fr, 2)
    flags = m.reg(fr, 3)
    m.acquired += 1
    full = m.next_value("ringbuf_reserve:full", 0)
    if flags or size > st.map.max_entries or size == 0 or full:
        return 0
    r = m.mem.new(RK.RINGBUF, size, name=f"record of {st.map.name}")
    m.refs[r.rid] = (m.acquired, slot)
    return r.base


@_h("ringbuf_submit", "ringbuf_discard")
def _ringbuf_submit(m, fr, slot):
    addr = m.reg(fr, 1)
    r = m.mem.region_of(addr)
    if r is None or r.kind != RK.RINGBUF or addr != r.base or not r.live:
        m.stop_msg("helper_arg", "R1 type=scalar expected=alloc_mem (a reserved ringbuf record)")
    m.reg(fr, 2)
    r.live = False
    m.refs.pop(r.rid, None)
    return None


# ---- dynptrs (spec/dynptr.py) ----------------------------------------------------------------

@dataclass
class Dynptr:
    """An initialised struct bpf_dynptr on the stack: its memory (None once set NULL), where
    in it the dynptr starts, its size, its type, the reference a ringbuf dynptr holds and the
    slices bpf_dynptr_data handed out (dead once the dynptr is released)."""
    kind: str
    region: Optional[Region]
    off: int
    size: int
    ref: object = None
    slices: list = field(default_factory=list)


def _dynptr_slot(m, fr, regno: int, arg_kind: str):
    """The stack address of the dynptr argument in R`regno`, after check_func_arg's checks:
    a pointer to the stack at a slot boundary, 16 bytes in the frame; an uninitialised one for
    MEM_UNINIT (no byte of it STACK_DYNPTR), else an initialised dynptr of the kind asked for
    (a released one: OBJ_RELEASE on anything but a held ringbuf dynptr)."""
    addr = m.reg(fr, regno)
    r = m.mem.region_of(addr)
    if r is not None and r.kind == RK.MEM and addr in m.dynptrs and \
            "MEM_UNINIT" not in arg_kind and "OBJ_RELEASE" not in arg_kind:
        return addr                 # a dynptr the kernel made (PTR_TO_DYNPTR): not checked
    if r is None or r.kind != RK.STACK:
        m.stop_msg("helper_arg", f"R{regno} type=scalar expected=fp, dynptr_ptr")
    if (addr - r.base - r.size) % 8:
        m.stop_msg("helper_arg", DP.AT_OFFSET)
    if "MEM_UNINIT" in arg_kind:
        m.access(addr, DP.BPF_DYNPTR_SIZE, True, regno, helper=True)
        if any(a in m.dynptr_bytes for a in range(addr, addr + DP.BPF_DYNPTR_SIZE)):
            m.stop_msg("helper_arg", DP.NOT_UNINIT)
        return addr
    d = m.dynptrs.get(addr)
    if "OBJ_RELEASE" in arg_kind and (d is None or d.ref is None):
        m.stop_msg("helper_arg", DP.UNACQUIRED % regno)
    if d is None:
        m.stop_msg("helper_arg", DP.NOT_INIT % regno)
    want = DP.dynptr_kind(arg_kind)
    if want is not None and d.kind != want:
        m.stop_msg("helper_arg", DP.NOT_RINGBUF % regno)
    return addr


def _dynptr_args(m, fr, name: str) -> dict:
    """Check every argument of dynptr helper `name` in register order (prototype kinds):
    memory it reads or fills, its dynptr. Returns {reg: stack address} of the dynptr."""
    proto = helper_proto(name)
    out = {}
    for u in arg_uses(proto):
        if u.role == "dynptr":
            out[u.reg] = _dynptr_slot(m, fr, u.reg, u.kind)
        elif u.role in ("read", "write"):
            size = m.reg(fr, u.size[1]) & U32
            if size:
                m.access(m.reg(fr, u.reg), size, u.role == "write", u.reg, helper=True)
        elif u.role == "map":
            _map_arg(m, fr, u.reg)
        elif u.role != "size":
            m.reg(fr, u.reg)
    return out


def _dynptr_init(m, slot, addr: int, d: Dynptr):
    """mark_stack_slots_dynptr + bpf_dynptr_init: the 16 bytes hold the dynptr."""
    r = m.mem.region_of(addr)
    off = addr - r.base
    data = d.region.base + d.off if d.region is not None else 0
    r.data[off:off + DP.BPF_DYNPTR_SIZE] = DP.slot_bytes(data, d.size, d.kind)
    r.init[off:off + DP.BPF_DYNPTR_SIZE] = b"\1" * DP.BPF_DYNPTR_SIZE
    m.dynptrs[addr] = d
    for a in range(addr, addr + DP.BPF_DYNPTR_SIZE):
        m.dynptr_bytes[a] = addr


def reserve_dynptr_full() -> str:
    """The helper_returns key saying the ring has no room now (non-zero = full)."""
    return "ringbuf_reserve_dynptr:full"


@_h("dynptr_from_mem")
def _dynptr_from_mem(m, fr, slot):
    """bpf_dynptr_from_mem(data, size, flags, &dynptr): a local dynptr over a map value (6.1
    takes no other memory); -E2BIG past DYNPTR_MAX_SIZE, -EINVAL for flags (set NULL)."""
    addr = _dynptr_args(m, fr, "dynptr_from_mem")[4]
    data = m.reg(fr, 1)
    r = m.mem.region_of(data)
    if r is None or r.kind != RK.MAP_VALUE:
        m.stop_msg("helper_arg", DP.FROM_MEM_DATA % (r.kind if r is not None else "scalar"))
    size, flags = m.reg(fr, 2) & U32, m.reg(fr, 3)
    err = -E2BIG if size > DP.DYNPTR_MAX_SIZE else -EINVAL if flags else 0
    _dynptr_init(m, slot, addr, Dynptr("local", None if err else r, data - r.base,
                                       0 if err else size))
    return err


@_h("ringbuf_reserve_dynptr")
def _ringbuf_reserve_dynptr(m, fr, slot):
    """bpf_ringbuf_reserve_dynptr(ringbuf, size, flags, &dynptr): a ringbuf dynptr over a new
    record, or set NULL (-EINVAL for flags, -E2BIG past DYNPTR_MAX_SIZE, -EINVAL when the record
    does not fit or the ring is full); a reference either way (the program must submit or
    discard it)."""
    addr = _dynptr_args(m, fr, "ringbuf_reserve_dynptr")[4]
    st = _map_arg(m, fr)
    size, flags = m.reg(fr, 2) & U32, m.reg(fr, 3)
    m.acquired += 1
    full = m.next_value(reserve_dynptr_full(), 0)
    err = -EINVAL if flags else -E2BIG if size > DP.DYNPTR_MAX_SIZE else \
        -EINVAL if full or not DP.ringbuf_record_fits(size, st.map.max_entries) else 0
    rec = None if err else m.mem.new(RK.RINGBUF, size, name=f"record of {st.map.name}")
    ref = rec.rid if rec is not None else ("dynptr", m.acquired)
    m.refs[ref] = (m.acquired, slot)
    _dynptr_init(m, slot, addr, Dynptr("ringbuf", rec, 0, 0 if err else size, ref))
    return err


@_h("ringbuf_submit_dynptr", "ringbuf_discard_dynptr")
def _ringbuf_submit_dynptr(m, fr, slot):
    """Release a ringbuf dynptr: its record and slices are gone, its slots STACK_INVALID."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    addr = _dynptr_args(m, fr, name)[1]
    d = m.dynptrs.pop(addr)
    for r in [d.region, *d.slices]:
        if r is not None:
            r.live = False
    m.refs.pop(d.ref, None)
    st = m.mem.region_of(addr)
    off = addr - st.base
    st.data[off:off + DP.BPF_DYNPTR_SIZE] = bytes(DP.BPF_DYNPTR_SIZE)
    st.init[off:off + DP.BPF_DYNPTR_SIZE] = bytes(DP.BPF_DYNPTR_SIZE)
    for a in range(addr, addr + DP.BPF_DYNPTR_SIZE):
        m.dynptr_bytes.pop(a, None)
    return None


def _dynptr_check(m, d: Dynptr, off: int, length: int, flags: int = 0) -> int:
    """The result of an access of `length` bytes at `off`: -EINVAL for a NULL dynptr or
    flags, -E2BIG out of bounds, else 0."""
    if d.region is None or flags:
        return -EINVAL
    return -E2BIG if DP.off_len_bad(D, d.size, off & U32, length & U32) else 0


@_h("dynptr_read")
def _dynptr_read(m, fr, slot):
    """bpf_dynptr_read(dst, len, &src, offset, flags): dst counts as written either way (the
    verifier marks it), its bytes change only on success."""
    d = m.dynptrs[_dynptr_args(m, fr, "dynptr_read")[3]]
    dst, length = m.reg(fr, 1), m.reg(fr, 2) & U32
    err = _dynptr_check(m, d, m.reg(fr, 4), length, m.reg(fr, 5))
    if length:
        r, off = m.access(dst, length, True, 1, helper=True)
        if not err:
            start = d.off + (m.reg(fr, 4) & U32)
            m.write_bytes(dst, bytes(d.region.data[start:start + length]), 1)
        elif r.init is not None:
            r.init[off:off + length] = b"\1" * length
    return err


@_h("dynptr_write")
def _dynptr_write(m, fr, slot):
    """bpf_dynptr_write(&dst, offset, src, len, flags)."""
    d = m.dynptrs[_dynptr_args(m, fr, "dynptr_write")[1]]
    length = m.reg(fr, 4) & U32
    data = m.read_bytes(m.reg(fr, 3), length, 3)
    err = _dynptr_check(m, d, m.reg(fr, 2), length, m.reg(fr, 5))
    if not err:
        start = d.off + (m.reg(fr, 2) & U32)
        d.region.data[start:start + length] = data
    return err


@_h("dynptr_data")
def _dynptr_data(m, fr, slot):
    """bpf_dynptr_data(&ptr, offset, len): a slice of `len` bytes (memory of its own bounds
    over the dynptr's), NULL for a NULL dynptr or out of bounds."""
    d = m.dynptrs[_dynptr_args(m, fr, "dynptr_data")[1]]
    off, length = m.reg(fr, 2) & U32, m.reg(fr, 3) & U32
    if _dynptr_check(m, d, off, length):
        return 0
    r = m.mem.view(d.region, d.off + off, length, RK.MEM, name="dynptr slice")
    d.slices.append(r)
    return r.base


def sample_size() -> str:
    """The helper_returns key of the sizes of the samples bpf_user_ringbuf_drain hands out."""
    return "user_ringbuf_drain:size"


@_h("user_ringbuf_drain")
def _user_ringbuf_drain(m, fr, slot):
    """bpf_user_ringbuf_drain(map, callback, ctx, flags): -EINVAL for flags other than the
    wakeup ones; else callback(&dynptr, ctx) for each sample user space left (their number
    the input helper_returns["user_ringbuf_drain"], at most BPF_MAX_USER_RINGBUF_SAMPLES, each
    a local dynptr over zeroed memory of the next sample_size() bytes) until it returns
    non-zero; the result is the number of calls."""
    generic_checks(m, fr, "user_ringbuf_drain")
    n = min(m.next_value("user_ringbuf_drain", 0) & U32, BPF_MAX_USER_RINGBUF_SAMPLES)
    prog, start = m.code_target(m.reg(fr, 2))
    ctx = m.reg(fr, 3) if fr.regs[3] is not None else 0
    if m.reg(fr, 4) & ~BPF_RB_WAKEUP_FLAGS:
        return -EINVAL
    for i in range(n):
        size = m.next_value(sample_size(), 0) & DP.DYNPTR_MAX_SIZE
        sample = m.mem.new(RK.MEM, size, name="user ring buffer sample", writable=False)
        kern = m.mem.new(RK.MEM, DP.BPF_DYNPTR_SIZE, name="dynptr of a sample", writable=False)
        m.dynptrs[kern.base] = Dynptr("local", sample, 0, size)
        ret = m.call_function(prog, start, [kern.base, ctx], "sync_cb")
        m.dynptrs.pop(kern.base)
        sample.live = kern.live = False
        if ret & 0xFFFFFFFFFFFFFFFF:
            return i + 1
    return n


# ---- sockets (references) ----------------------------------------------------------------------



@_h("sk_lookup_tcp", "sk_lookup_udp", "skc_lookup_tcp")
def _sk_lookup(m, fr, slot):
    """bpf_sk_lookup_*(ctx, tuple, tuple_size, netns, flags): a referenced socket when the
    run's input helper_returns[name] says one matches (non-zero) and flags are 0, else NULL.
    The socket must be released with bpf_sk_release before the program exits (ref_leak)."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    generic_checks(m, fr, name)
    found = m.next_value(name, 0)
    if not found or m.reg(fr, 5):
        m.acquired += 1
        return 0
    return _acquire_socket(m, slot, f"socket from {name}")


@_h("setsockopt")
def _setsockopt(m, fr, slot):
    """bpf_setsockopt from its prototype; in a sock_ops program each tcp_sock field of the ctx
    reads an input from then on (spec/helpers.SETSOCKOPT_TCP_FIELDS)."""
    r0 = generic_call(m, fr, helper_proto("setsockopt"))
    lay = m.ctx.extra.get("layout") if m.ctx is not None else None
    if lay is not None and lay.name == SOCK_OPS.name:
        for f in lay.fields:
            for i in range(f.size if f.needs else 0):
                m.ctx.data[f.offset + i] = m.next_value(SETSOCKOPT_TCP_FIELDS, 0) & \
                    byte_mask(lay, f.offset + i)
    return r0


@_h("sock_ops_cb_flags_set")
def _sock_ops_cb_flags_set(m, fr, slot):
    """bpf_sock_ops_cb_flags_set(ctx, flags): spec/ctx.sock_ops_cb_flags_set on the ctx's
    is_fullsock and bpf_sock_ops_cb_flags fields."""
    generic_checks(m, fr, "sock_ops_cb_flags_set")
    lay, data = m.ctx.extra["layout"], m.ctx.data
    if lay.name != SOCK_OPS.name:
        m.stop_msg("unknown_helper", "bpf_sock_ops_cb_flags_set outside a sock_ops ctx")
    full, f = lay.field("is_fullsock"), lay.field("bpf_sock_ops_cb_flags")
    r0, flags = sock_ops_cb_flags_set(D, any(data[full.offset:full.offset + full.size]),
                                      m.reg(fr, 2), int.from_bytes(data[f.offset:f.offset + 4],
                                                                   "little"))
    data[f.offset:f.offset + 4] = flags.to_bytes(4, "little")
    return r0


@_h(*SOCK_CAST_HELPERS)
def _sock_cast(m, fr, slot):
    """bpf_sk_fullsock / bpf_tcp_sock / bpf_skc_to_*(sk): the same socket when it is of that
    kind (the input helper_returns[name] non-zero), else NULL."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    sk = m.reg(fr, 1)
    if sk or fr.prog.prog_type not in KERNEL_POINTER_CTX_TYPES:
        generic_checks(m, fr, name)
    # a kernel pointer the verifier typed (a tracing argument, a probe read) may be NULL: the
    # helper checks for it (`if (sk && ...)`) and returns NULL
    if not m.next_value(name, 0):
        return 0
    r = m.mem.region_of(sk)
    if r is not None and r.kind == RK.SOCKET:
        r = r.extra.get("socket", r)            # the socket behind a bpf_tcp_sock result
        return _tcp_sock_view(m, r) if name == "tcp_sock" else r.base
    return sk


@_h(*SOCK_OTHER_HELPERS)
def _other_sock(m, fr, slot):
    """bpf_get_listener_sock(sk) / bpf_sock_from_file(file): another socket, no reference,
    when the input helper_returns[name] says there is one, else NULL."""
    name = helper_name(fr.prog.insns[fr.idx[slot]].imm)
    generic_checks(m, fr, name)
    if not m.next_value(name, 0):
        return 0
    return m.mem.new(RK.SOCKET, BPF_SOCK.size, name=f"socket from {name}", writable=False).base


@_h("sk_release")
def _sk_release(m, fr, slot):
    addr = m.reg(fr, 1)
    r = m.mem.region_of(addr)
    if r is not None and addr == r.base and "socket" in r.extra:    # a bpf_tcp_sock result
        r = r.extra["socket"]
        addr = r.base
    if r is None or r.kind != RK.SOCKET or addr != r.base or not r.live or r.rid not in m.refs:
        m.stop_msg("helper_arg", "R1 type=scalar expected=sock (a referenced socket)")
    r.live = False
    if "tcp" in r.extra:
        r.extra["tcp"].live = False
    m.refs.pop(r.rid, None)
    return 0


@_h("ringbuf_query")
def _ringbuf_query(m, fr, slot):
    _map_arg(m, fr)
    return m.next_value("ringbuf_query", 0)


# ---- uBPF runtime (conformance) -----------------------------------------------------------------

@_h("ubpf_unwind")
def _ubpf_unwind(m, fr, slot):
    """uBPF's test helper 5: returns its argument; a 0 return stops the program with R0 = 0."""
    v = m.reg(fr, 1)
    if v == 0:
        return ExitNow(0)
    return v


# ---- any other helper, from its prototype ----------------------------------------------------

def written_bytes(name: str, reg: int) -> str:
    """The helper_returns key of the bytes a generic helper writes through `reg`."""
    return f"{name}:r{reg}"


def generic_call(m, fr, proto):
    """A helper without a model of its own, run from its prototype (spec/helpers.arg_uses):
    arguments checked by kind in register order, memory it reads must be readable, memory it
    fills gets the run's input bytes (helper_returns["<name>:r<N>"], one byte per entry, 0 once
    exhausted), the result is helper_returns[name] (0 once exhausted)."""
    generic_checks(m, fr, proto.name)
    if proto.ret == RET_VOID:
        return None
    return m.next_value(proto.name, 0)


def generic_checks(m, fr, name):
    """The argument checks and memory effects of helper `name` from its prototype."""
    proto = helper_proto(name)
    st = None
    for u in arg_uses(proto):
        if u.role == "ignored":
            continue
        v = m.reg(fr, u.reg)
        if u.role == "map":
            st = _map_arg(m, fr, u.reg)
        elif u.role == "ctx":
            r = m.mem.region_of(v)
            if not (u.nullable and v == 0) and \
                    (r is None or r.kind != RK.CTX or v != r.base):
                m.stop_msg("helper_arg", f"R{u.reg} type=scalar expected=ctx")
        elif u.role == "func":
            if m.code_target(v) is None:
                m.stop_msg("helper_arg", f"R{u.reg} type=scalar expected=func")
        elif u.role == "object":
            r = m.mem.region_of(v)
            if v == 0 or (r is not None and (r.kind != RK.SOCKET or not r.live)):
                m.stop_msg("helper_arg", f"R{u.reg} type=scalar expected={u.kind}")
        elif u.role in ("read", "write", "update"):
            if isinstance(u.size, int):          # ARG_PTR_TO_LONG / _INT: a fixed width
                size = u.size
            elif u.size[0] == "reg":
                size = m.reg(fr, u.size[1]) & U32
            else:
                size = getattr(st.map, u.size[1])
            if u.nullable and v == 0:
                continue
            if u.role in ("read", "update"):
                m.read_bytes(v, size, u.reg)
            if u.role in ("write", "update"):
                key = written_bytes(proto.name, u.reg)
                m.write_bytes(v, bytes(m.next_value(key, 0) & 0xFF for _ in range(size)), u.reg)


KNOWN = sorted(HELPERS)
# the same table by helper id (UAPI __BPF_FUNC_MAPPER order)
HELPERS_BY_ID = {i: HELPERS[n] for i, n in enumerate(HELPER_NAMES_612) if n in HELPERS}
