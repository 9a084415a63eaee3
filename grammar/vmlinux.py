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
from typing import Optional

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


def missing_message(kernel: str, what: str) -> str:
    return (f"{what} need Linux {kernel}'s vmlinux BTF: run `make btf` (or set "
            f"{env_name(kernel)})")
