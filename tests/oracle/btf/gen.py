"""Build the BTF family's objects with clang-19: CO-RE and kfunc programs against the target
kernel's `vmlinux.h` (generated from the BTF `make btf` fetched), BTF-pointer programs as
naked asm.

``python tests/oracle/btf/gen.py`` writes ``obj/*.o``; label with
``run.sh /tmp/btf-in /tmp/ob`` on a directory holding only those objects (run.sh would
otherwise compile the .c with its own clang 14), then
``python tests/oracle_labels.py build btf /tmp/ob`` (and ``--kernel 6.12`` for 6.12's run).
"""
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
from bpfsmt.grammar.vmlinux import header_path

# source -> the kernel whose vmlinux.h it is compiled against (None: uapi headers only)
SOURCES = {"core.c": "6.1", "core_match.c": "6.1", "kfunc.c": "6.1", "kfunc612.c": "6.12", "btfptr.c": None,
           "kptr612.c": "6.12", "kptr61.c": "6.1", "skcast.c": None,
           "kobj.c": "6.1"}
CLANG = "clang-19"


def main():
    (HERE / "obj").mkdir(exist_ok=True)
    for src, kernel in SOURCES.items():
        inc = ["-I", str(ROOT / "grammar" / "include"), "-I/usr/include/x86_64-linux-gnu"]
        if kernel:
            hdr = header_path(kernel)
            if hdr is None:
                raise SystemExit(f"no vmlinux.h for {kernel}: run `make btf` (and install bpftool)")
            inc = ["-I", hdr] + inc
        out = HERE / "obj" / (src[:-2] + ".o")
        subprocess.run([CLANG, "-O2", "-g", "-target", "bpf", "-D__TARGET_ARCH_x86", *inc,
                        "-c", str(HERE / src), "-o", str(out)], check=True)
    print(f"btf: {len(SOURCES)} objects")


if __name__ == "__main__":
    main()
