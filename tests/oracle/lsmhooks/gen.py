"""Which LSM hooks may be sleepable, asked of each kernel (SP-02's allowlist as data).

hooks.txt: every ``bpf_lsm_<hook>`` FUNC in the vmlinux BTF of Debian 6.1 or 6.12 (bpftool btf dump
of ``/var/cache/bpf-oracle/kernel*/vmlinux.btf``). ``python gen.py`` writes hooks.c: one
``lsm.s/<hook>`` program per hook that only returns 0, so the load fails only on SP-02
("bpf_lsm_<hook> is not sleepable") or on a hook the kernel lacks. Label with
``KERNEL=6.1|6.12 TEST_RUN=0 LOG_LEVEL=1 run.sh tests/oracle/lsmhooks OUT`` and
``python gen.py --labels OUT/results.jsonl KERNEL`` (writes labels_KERNEL.json: hook -> verdict).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def gen() -> None:
    text = ["#include <linux/bpf.h>", "#include <bpf/bpf_helpers.h>", '#include "oracle_asm.h"', ""]
    for hook in (HERE / "hooks.txt").read_text().split():
        text += [f'SEC("lsm.s/{hook}") __naked void s_{hook}(void)',
                 '{', '\tasm volatile ("r0 = 0; exit;" ::: __clobber_all);', '}', ""]
    text.append('char _license[] SEC("license") = "GPL";')
    (HERE / "hooks.c").write_text("\n".join(text) + "\n")


def labels(results: str, kernel: str) -> None:
    out = {}
    for line in open(results):
        r = json.loads(line)
        log = [ln for ln in (r.get("verifier_log") or "").splitlines()
               if ln.strip() and not ln.startswith(("processed ", "verification time", "stack depth"))]
        lib = [ln for ln in (r.get("libbpf_log") or "").splitlines() if ln.strip()]
        out[r["prog"][2:]] = {"accepted": r["accepted"], "errno": r.get("errno") or 0,
                              "message": None if r["accepted"] else (log[-1] if log else (lib[0] if lib else None))}
    (HERE / f"labels_{kernel}.json").write_text(json.dumps(out, indent=0, sort_keys=True) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--labels":
        labels(sys.argv[2], sys.argv[3])
    else:
        gen()
