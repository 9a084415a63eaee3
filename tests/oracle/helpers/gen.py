"""Which helpers each program type offers, asked of the kernel: one raw program per (section,
helper id) that only calls the helper (`r1..r5 = 0; call N; r0 = 0; exit`). The verifier looks the
helper up in the type's get_func_proto before it checks any argument, so the first error line
says it: "unknown func" (6.1) / "program of this type cannot use helper" (6.12) / "invalid func"
(an id past __BPF_FUNC_MAX_ID) means not offered, anything else (an argument error, or an
accepted load) means offered. Types refused before the call (syscall: only sleepable;
lirc_mode2) are left out.

    python gen.py OUT_DIR                 # writes OUT_DIR/h<ID>_<TYPE>.<SEC>.raw
    /work/shared/oracle/run.sh OUT_DIR RUN_DIR    (and KERNEL=6.12 ...)
    python gen.py --table RUN_DIR/results.jsonl > available[_6.12].json
    python gen.py --spec available_6.12.json > ../../../spec/helper_avail_612.py
(available.json, the same probe on 6.1, cross-checks tests/oracle/helperavail's 6.1 table.)
"""
from __future__ import annotations

import json
import struct
import sys
import textwrap
from pathlib import Path

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
NOT_OFFERED = ("unknown func", "program of this type cannot use helper", "invalid func")


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
        hid, ptype = r["file"].rsplit("/", 1)[-1].split(".")[0][1:].split("_", 1)
        log = r.get("verifier_log") or ""
        if not r.get("accepted") and "(85) call" not in log:
            continue              # refused before the call (syscall: not sleepable; lirc_mode2)
        offered = r.get("accepted") or not any(m in log for m in NOT_OFFERED)
        out.setdefault(ptype, [])
        if offered:
            out[ptype].append(int(hid))
    return {k: sorted(v) for k, v in sorted(out.items())}


SPEC_HEAD = '''"""What Linux 6.12 (Debian 6.12.95) offers a root loader, as the kernel answered, as
spec/helper_avail.py's keys: the program types a raw program can be from tests/oracle/helpers
(`call N` for each helper id 1..211, available_6.12.json), the others (cgroup_*, tracing, lsm,
syscall, raw_tp.w) from tests/oracle/helperavail's per-section probe (labels_6.12.json).
KernelFacts.helper_availability of 6.12 is spec/helper_avail.py's 6.1 table with these keys
replaced. Generated (gen.py --spec): do not edit."""
'''


def _helperavail():
    """tests/oracle/helperavail/gen.py (the per-section probe), by path: both are named gen.py."""
    import importlib.util
    path = Path(__file__).resolve().parent.parent / "helperavail" / "gen.py"
    spec = importlib.util.spec_from_file_location("helperavail_gen", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def spec_module(path) -> str:
    """spec/helper_avail_612.py from available_6.12.json and helperavail/labels_6.12.json."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from bpfsmt.spec.helper_ids import HELPER_NAMES_612
    ha = _helperavail()
    table = {(ptype, None): frozenset(HELPER_NAMES_612[i] for i in ids)
             for ptype, ids in json.load(open(path)).items()}
    table.update(ha.offered_table(json.loads((ha.HERE / "labels_6.12.json").read_text())))
    out = [SPEC_HEAD, "OFFERED_612 = {"]
    for (ptype, at), names in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        out.append(f"    ({ptype!r}, {at!r}): frozenset(\"\"\"")
        out += [f"        {line}" for line in textwrap.wrap(" ".join(sorted(names)), 92)]
        out[-1] += "\"\"\".split()),"
    out.append("}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if sys.argv[1] == "--spec":
        sys.stdout.write(spec_module(sys.argv[2]))
    elif sys.argv[1] == "--table":
        json.dump(table(sys.argv[2]), sys.stdout, indent=0)
        print()
    else:
        write(sys.argv[1])
