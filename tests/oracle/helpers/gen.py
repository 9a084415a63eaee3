"""Which helpers each program type offers, asked of the kernel: one raw program per (section,
helper id) that only calls the helper (`r1..r5 = 0; call N; r0 = 0; exit`). The verifier looks the
helper up in the type's get_func_proto before it checks any argument, so the first error line
says it: "unknown func" (6.1) / "program of this type cannot use helper" (6.12) means not
offered, anything else (an argument error, or an accepted load) means offered.

    python gen.py OUT_DIR                 # writes OUT_DIR/h<ID>_<TYPE>.<SEC>.raw
    /work/shared/oracle/run.sh OUT_DIR RUN_DIR    (and KERNEL=6.12 ...)
    python gen.py --table RUN_DIR/results.jsonl > available[_6.12].json
"""
from __future__ import annotations

import json
import struct
import sys

# program type -> a libbpf 1.1 section that selects it without an attach target and without a
# '/' (raw inputs carry their section in the file name; the cgroup types all need one)
SECTIONS = {
    "socket_filter": "socket", "kprobe": "kprobe", "sched_cls": "tc", "sched_act": "action",
    "tracepoint": "tracepoint", "xdp": "xdp", "perf_event": "perf_event", "lwt_in": "lwt_in",
    "lwt_out": "lwt_out", "lwt_xmit": "lwt_xmit", "sock_ops": "sockops", "sk_skb": "sk_skb",
    "sk_msg": "sk_msg", "raw_tracepoint": "raw_tp", "lwt_seg6local": "lwt_seg6local",
    "sk_reuseport": "sk_reuseport", "flow_dissector": "flow_dissector", "sk_lookup": "sk_lookup",
    "syscall": "syscall", "lirc_mode2": "lirc_mode2",
}
MAX_ID = 212          # 6.12's __BPF_FUNC_MAX_ID (6.1: 211)
NOT_OFFERED = ("unknown func", "program of this type cannot use helper")


def insn(code, dst=0, src=0, off=0, imm=0):
    return struct.pack("<BBhi", code, dst | src << 4, off, imm)


def program(helper_id: int) -> bytes:
    body = b"".join(insn(0xB7, r) for r in range(1, 6))          # r1..r5 = 0
    return body + insn(0x85, imm=helper_id) + insn(0xB7, 0) + insn(0x95)


def write(out_dir: str):
    import os
    os.makedirs(out_dir, exist_ok=True)
    for ptype, sec in SECTIONS.items():
        for hid in range(1, MAX_ID):
            with open(os.path.join(out_dir, f"h{hid}_{ptype}.{sec}.raw"), "wb") as f:
                f.write(program(hid))


def table(results: str) -> dict:
    """{prog_type: [offered helper ids]} from an oracle run (raw programs are named by file)."""
    out: dict = {}
    for line in open(results):
        r = json.loads(line)
        name = r["file"].split(".")[0]
        hid, ptype = name[1:].split("_", 1)
        msg = r.get("message") or ""
        if r.get("prog_type") is None and not r.get("accepted") and not msg:
            continue                                   # the section did not load at all
        offered = r.get("accepted") or not any(m in msg for m in NOT_OFFERED)
        out.setdefault(ptype, [])
        if offered:
            out[ptype].append(int(hid))
    return {k: sorted(v) for k, v in sorted(out.items())}


if __name__ == "__main__":
    if sys.argv[1] == "--table":
        json.dump(table(sys.argv[2]), sys.stdout, indent=0)
        print()
    else:
        write(sys.argv[1])
