"""Where a target kernel's vmlinux BTF and its `vmlinux.h` come from.

The BTF must be the exact kernel's (CO-RE relocations, kfunc prototypes and `vmlinux.h` for
selftest files depend on it), never the host's `/sys/kernel/btf/vmlinux`. `make btf` fetches
both Debian kernels' BTF into `build/btf/` with `../shared/oracle/vmlinux-btf.sh`; a user can
point elsewhere with `BPFSMT_VMLINUX_BTF_<KERNEL>` (e.g. `BPFSMT_VMLINUX_BTF_6_12=/path`).
`vmlinux.h` is generated from that BTF with bpftool (`btf dump ... format c`) once and cached.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from typing import NamedTuple, Optional

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BTF_DIR = os.path.join(REPO_ROOT, "build", "btf")
KERNELS = ("6.1", "6.12")


def env_name(kernel: str) -> str:
    return "BPFSMT_VMLINUX_BTF_" + kernel.replace(".", "_")


def btf_path(kernel: str = "6.1") -> Optional[str]:
    """The vmlinux BTF of `kernel`, or None when it has not been fetched (`make btf`)."""
    env = os.environ.get(env_name(kernel))
    if env:
        return env if os.path.exists(env) else None
    p = os.path.join(BTF_DIR, f"vmlinux-{kernel}.btf")
    return p if os.path.exists(p) else None


def header_path(kernel: str = "6.1") -> Optional[str]:
    """A directory holding `vmlinux.h` for `kernel`, generated from its BTF with bpftool;
    None when the BTF or bpftool is missing."""
    btf = btf_path(kernel)
    bpftool = shutil.which("bpftool") or next(
        (p for p in ("/usr/sbin/bpftool", "/sbin/bpftool") if os.path.exists(p)), None)
    if btf is None or bpftool is None:
        return None
    with open(btf, "rb") as f:
        digest = hashlib.sha1(f.read()).hexdigest()[:12]
    out_dir = os.path.join(tempfile.gettempdir(), f"bpfsmt-vmlinux-{os.getuid()}",
                           f"{kernel}-{digest}")
    header = os.path.join(out_dir, "vmlinux.h")
    if os.path.exists(header):
        return out_dir
    os.makedirs(out_dir, exist_ok=True)
    r = subprocess.run([bpftool, "btf", "dump", "file", btf, "format", "c"],
                       capture_output=True)
    if r.returncode != 0:
        return None
    tmp = f"{header}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        f.write(r.stdout)
    os.replace(tmp, header)
    return out_dir


_BTF_CACHE: dict = {}


def load_btf(kernel: str = "6.1"):
    """The parsed vmlinux BTF of `kernel` (cached per process; about 1 s to parse), or None when
    it has not been fetched."""
    path = btf_path(kernel)
    if path is None:
        return None
    key = (kernel, path, os.path.getmtime(path))
    if key not in _BTF_CACHE:
        from .btf import BTF
        with open(path, "rb") as f:
            _BTF_CACHE[key] = BTF(f.read())
    return _BTF_CACHE[key]


@dataclass(frozen=True)
class KsymVar:
    """A kernel variable a program names by `extern ... __ksym` (check_pseudo_btf_id): a
    per-CPU one (in DATASEC .data..percpu) is a percpu_ptr_ to its type; any other a ptr_ to a
    struct, or read-only memory of its type's size."""
    name: str
    var_id: int
    type_id: int          # the variable's type past modifiers
    percpu: bool
    struct: bool
    size: int
    percpu_off: Optional[int] = None   # a per-CPU variable's offset in .data..percpu: its address
                                       # (the section is linked at 0), what the lddw becomes


PERCPU_SECTION = ".data..percpu"


def ksym_var(name: str, kernel: str = "6.1") -> Optional[KsymVar]:
    """The kernel variable `name` of `kernel`'s BTF (libbpf resolves a ksym by name against
    the loading kernel), None when it has none (or no BTF)."""
    from .btf import K_DATASEC, K_STRUCT, K_UNION, K_VAR
    kb = load_btf(kernel)
    found = kb.by_name(name, K_VAR) if kb is not None and name else []
    if not found:
        return None
    var = found[0]
    t, tid = kb.skip_mods_id(var.type)
    offs = [o for ds in kb.by_name(PERCPU_SECTION, K_DATASEC) for vid, o, _s in ds.members
            if vid == var.id]
    return KsymVar(var.name, var.id, tid, bool(offs), t.kind in (K_STRUCT, K_UNION), kb.size_of(tid),
                   offs[0] if offs else None)


def missing_message(kernel: str, what: str) -> str:
    return (f"{what} need Linux {kernel}'s vmlinux BTF: run `make btf` (or set "
            f"{env_name(kernel)})")


# the function whose prototype types a BTF-typed tracing program's ctx, per expected attach type
ATTACH_FUNC = {"trace_fentry": "{}", "trace_fexit": "{}", "modify_return": "{}",
               "lsm_mac": "bpf_lsm_{}", "trace_iter": "bpf_iter_{}"}
# attach types whose ctx ends with the traced function's return value
RET_IN_CTX = ("trace_fexit", "modify_return", "lsm_mac")


def btf_typed_ctx(program) -> bool:
    """Does the attach target's prototype type (and size) this program's ctx?"""
    at = program.expected_attach_type or ""
    return program.prog_type in ("tracing", "lsm") and (at in ATTACH_FUNC or at == "trace_raw_tp")


def attach_proto(program, kernel: str = "6.1"):
    """(BTF, func_proto, first ctx argument index) typing a BTF-typed tracing program's ctx,
    or None (no BTF, no attach target, or the target is not in the BTF)."""
    from . import btf as B
    kb = load_btf(kernel)
    if kb is None or not program.attach_target:
        return None
    at = program.expected_attach_type or ""
    if at == "trace_raw_tp":
        tds = kb.by_name("btf_trace_" + program.attach_target, B.K_TYPEDEF)
        if not tds:
            return None
        pt, _ = kb.skip_mods_id(tds[0].type)
        proto = kb.get(pt.type) if pt.kind == B.K_PTR else None
        return (kb, proto, 1) if proto is not None and proto.kind == B.K_FUNC_PROTO else None
    fmt = ATTACH_FUNC.get(at)
    if fmt is None:
        return None
    funcs = kb.by_name(fmt.format(program.attach_target), B.K_FUNC)
    return (kb, kb.get(funcs[0].type), 0) if funcs else None


def tracing_ctx_size(program, kernel: str = "6.1") -> Optional[int]:
    """Bytes of a BTF-typed tracing program's ctx: a u64 per argument of the attach target, and
    one more for its return value (fexit, fmod_ret, lsm); None when the prototype is unknown."""
    info = attach_proto(program, kernel) if btf_typed_ctx(program) else None
    if info is None:
        return None
    _, proto, skip = info
    n = len(proto.params) - skip
    return 8 * (n + (program.expected_attach_type in RET_IN_CTX))


class KfuncProto(NamedTuple):
    """A kfunc call as both engines run it, from the kernel's BTF prototype: per argument
    register "scalar", "object" (a pointer to a kernel object), "ignored" (an `__ign` argument)
    or "other" (memory and the rest: not modelled); the return "void", "scalar", "object" or
    "other"; the KF_* flags the kernel registered it with; ret_size: the bytes of the struct an
    "object" result points to (0 when the BTF gives no size, e.g. a FWD)."""
    name: str
    params: tuple
    ret: str
    flags: int
    ret_size: int = 0


def _kfunc_kind(kb, tid: int) -> str:
    from . import btf as B
    t, _ = kb.skip_mods_id(tid)
    if t.kind in (B.K_INT, B.K_ENUM, B.K_ENUM64):
        return "scalar"
    if t.kind == B.K_UNKN:
        return "void"
    if t.kind == B.K_PTR:
        pt, _ = kb.skip_mods_id(t.type)
        # a struct that is not plain data is a kernel object (task_struct, cgroup, bpf_key)
        if pt.kind in (B.K_STRUCT, B.K_FWD) and not _plain_data(kb, pt):
            return "object"
    return "other"


def _plain_data(kb, t) -> bool:
    from . import btf as B
    return t.kind == B.K_STRUCT and all(
        kb.skip_mods_id(m.type_id)[0].kind in (B.K_INT, B.K_ENUM, B.K_ENUM64) for m in t.members)


def kfunc_proto(name: str, kernel: str = "6.1") -> Optional[KfuncProto]:
    """The prototype of kfunc `name` in `kernel`'s BTF, None without the BTF or the kfunc."""
    from bpfsmt.spec.kfuncs import registered_flags
    from . import btf as B
    kb = load_btf(kernel)
    flags = registered_flags(kernel, name)
    funcs = kb.by_name(name, B.K_FUNC) if kb is not None and flags is not None else []
    if not funcs:
        return None
    proto = kb.get(funcs[0].type)
    params = tuple("ignored" if pname.endswith("__ign") else _kfunc_kind(kb, tid)
                   for pname, tid in proto.params)
    ret = _kfunc_kind(kb, proto.type)
    size = 0
    if ret == "object":
        pt, pid = kb.skip_mods_id(kb.skip_mods_id(proto.type)[0].type)
        size = kb.size_of(pid) if pt.kind == B.K_STRUCT else 0
    return KfuncProto(name, params, ret, flags, size)


def kfunc_modelled(proto: KfuncProto) -> bool:
    """Do the engines run this kfunc from its prototype: scalar and kernel-object arguments,
    a void, scalar or kernel-object result, nothing destructive? (bpf_rcu_read_lock/unlock are
    of that shape: the engines track the read section they open.) bpf_obj_new/bpf_obj_drop
    are modelled as the allocation of a program type."""
    from bpfsmt.spec.kfuncs import KF_DESTRUCTIVE, OBJ_DROP, OBJ_NEW
    return proto.name in (OBJ_NEW, OBJ_DROP) or "other" not in proto.params and \
        proto.ret != "other" and not proto.flags & KF_DESTRUCTIVE
