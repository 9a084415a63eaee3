"""The kernel's own `@unpriv` selftests, labelled by a kernel that loads them unprivileged.

Every progs/verifier_*.c of a kernel tree that carries a `*_unpriv` annotation is compiled as
`bpfsmt selftest` compiles it, and each of its programs is loaded by the oracle through
run_unpriv.sh (no CAP_SYS_ADMIN/NET_ADMIN/PERFMON/BPF, unprivileged_bpf_disabled=0):

    python tests/oracle/unpriv/gen.py stage KERNEL_TREE /tmp/unpriv-in
    LOG_LEVEL=1 TEST_RUN=0 tests/oracle/unpriv/run_unpriv.sh /tmp/unpriv-in /tmp/unpriv-out
    python tests/oracle_labels.py build unpriv /tmp/unpriv-out

The objects land in obj/ and the verdicts in labels.json (oracle_labels' schema); the tests
compare the verifier model's unprivileged mode with them without a kernel tree or qemu.
The oracle creates every map of an object, so an object with a map an unprivileged user may
not create labels all its programs with that libbpf failure (`libbpf_error`).
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys

from bpfsmt.grammar.selftest import compile_selftest


def stage(tree: str, in_dir: str) -> int:
    progs = os.path.join(tree, "tools", "testing", "selftests", "bpf", "progs")
    os.makedirs(in_dir, exist_ok=True)
    n = 0
    for path in sorted(glob.glob(os.path.join(progs, "verifier_*.c"))):
        with open(path, errors="replace") as f:
            if "_unpriv" not in f.read():
                continue
        name = os.path.splitext(os.path.basename(path))[0]
        obj = os.path.join(in_dir, f"{name}.o")
        shutil.copyfile(compile_selftest(path, kernel="6.12"), obj)
        # DWARF is not needed (BTF and its line info stay): a smaller object to commit
        subprocess.run([shutil.which("llvm-strip") or "llvm-strip-14", "--strip-debug", obj],
                       check=True)
        n += 1
    print(f"{n} objects in {in_dir}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "stage":
        sys.exit(stage(sys.argv[2], sys.argv[3]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
