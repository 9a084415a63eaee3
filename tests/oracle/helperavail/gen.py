"""Which helpers each program type's get_func_proto offers, asked of the kernel.

For every section of SECTIONS (one per program type, a few attach types more) and every helper
id 1..MAX_ID, a program `call ID; r0 = 0; exit`. check_helper_call asks get_func_proto first, so
the load fails with "unknown func bpf_NAME#ID" exactly when the helper is not offered; any other
outcome (an argument error, acceptance) means it is. ``python gen.py IN_DIR`` writes one .c per
section into IN_DIR; label with ``KERNEL=6.1 TEST_RUN=0 LOG_LEVEL=1 run.sh IN_DIR OUT`` and
``python gen.py --labels OUT/results.jsonl 6.1`` (writes labels_6.1.json: section -> the ids
offered, and the message of each refused id when it is not "unknown func"). ``python gen.py
--spec 6.1`` writes the table spec/helper_avail.py from those labels.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_ID = 212          # one past 6.1's last helper, so the range check shows too

SECTIONS = ["socket", "tc", "action", "xdp", "cgroup_skb/ingress", "lwt_in", "lwt_out", "lwt_xmit",
            "lwt_seg6local", "sk_skb/stream_parser", "sk_msg", "sockops", "kprobe/do_unlinkat",
            "tracepoint/syscalls/sys_enter_unlinkat", "perf_event", "raw_tp/sys_enter",
            "raw_tp.w/sys_enter", "syscall", "cgroup/sock_create", "cgroup/connect4", "cgroup/bind4",
            "cgroup/dev", "cgroup/sysctl", "cgroup/getsockopt", "sk_lookup", "sk_reuseport",
            "flow_dissector", "lirc_mode2", "fentry/do_unlinkat", "fexit/do_unlinkat",
            "fmod_ret/security_file_open", "iter/task", "tp_btf/sys_enter", "lsm/file_open"]


# the first error line of a helper get_func_proto does not offer: 6.1 "unknown func", 6.12 "program
# of this type cannot use helper", both "invalid func" for an id past the kernel's last helper
NOT_OFFERED = r"((unknown|invalid) func|program of this type cannot use helper) \S+#\d+"
# sections probed on 6.12 this way; the others are raw programs (tests/oracle/helpers)
SECTIONS_612 = ["cgroup_skb/ingress", "raw_tp.w/sys_enter", "syscall", "cgroup/sock_create",
                "cgroup/connect4", "cgroup/bind4", "cgroup/dev", "cgroup/sysctl", "cgroup/getsockopt",
                "fentry/do_unlinkat", "fexit/do_unlinkat", "fmod_ret/security_file_open", "iter/task",
                "tp_btf/sys_enter", "lsm/file_open"]


# struct_ops: a program loads only as a member of a struct_ops map (libbpf sets its
# attach_btf_id and member from the map), so the probe holds tcp_congestion_ops maps whose members
# are the probe programs. bpf_tcp_ca_get_func_proto answers per member only for release()
# (no setsockopt/getsockopt there) and refuses get_info (check_member): the other members.
STRUCT_OPS = "struct_ops"
CA_MEMBERS = ("ssthresh", "cong_avoid", "set_state", "cwnd_event", "in_ack_event", "pkts_acked",
              "min_tso_segs", "cong_control", "undo_cwnd", "sndbuf_expand", "init")


def gen_struct_ops(out: Path) -> None:
    text = ["#include <linux/bpf.h>", "#include <bpf/bpf_helpers.h>", '#include "oracle_asm.h"', "",
            "struct tcp_congestion_ops {"]
    text += [f"\tvoid (*{m})(void);" for m in CA_MEMBERS] + ["\tchar name[16];", "};", ""]
    ids = list(range(1, MAX_ID))
    for hid in ids:
        text += [f'SEC("{STRUCT_OPS}") __naked void h{hid}(void)', "{",
                 f'\tasm volatile ("call {hid}; r0 = 0; exit;" ::: __clobber_all);', "}", ""]
    for k in range(0, len(ids), len(CA_MEMBERS)):
        text += ['SEC(".struct_ops")', f"struct tcp_congestion_ops ca{k} = {{"]
        text += [f"\t.{m} = h{hid}," for m, hid in zip(CA_MEMBERS, ids[k:])]
        text += [f'\t.name = "probe{k}",', "};", ""]
    text.append('char _license[] SEC("license") = "GPL";')
    (out / f"{file_stem(STRUCT_OPS)}.c").write_text("\n".join(text) + "\n")


def file_stem(section: str) -> str:
    return "s_" + re.sub(r"[^A-Za-z0-9]", "_", section)


def gen(out: Path, sections=SECTIONS) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for sec in sections:
        text = ["#include <linux/bpf.h>", "#include <bpf/bpf_helpers.h>", '#include "oracle_asm.h"', ""]
        for hid in range(1, MAX_ID):
            text += [f'SEC("{sec}") __naked void h{hid}(void)', "{",
                     f'\tasm volatile ("call {hid}; r0 = 0; exit;" ::: __clobber_all);', "}", ""]
        text.append('char _license[] SEC("license") = "GPL";')
        (out / f"{file_stem(sec)}.c").write_text("\n".join(text) + "\n")


def labels(results: str, kernel: str) -> None:
    """A section whose programs never reach the verifier (the kernel lacks the program type:
    an empty log) is kept as "unverified" with no answer. The sections of `results` replace
    theirs in labels_<kernel>.json; the file's other sections stay."""
    path = HERE / f"labels_{kernel}.json"
    out: dict = json.loads(path.read_text()) if path.exists() else {}
    rows = [json.loads(line) for line in open(results)]
    for sec in {r["section"] for r in rows}:
        out[sec] = {"offered": [], "refused": {}, "unverified": 0}
    for r in rows:
        sec = r["section"]
        hid = int(r["prog"][1:])
        log = [ln for ln in (r.get("verifier_log") or "").splitlines()
               if ln.strip() and not ln.startswith(("processed ", "verification time", "stack depth"))]
        if not r["accepted"] and not log:
            out[sec]["unverified"] += 1
            continue
        msg = None if r["accepted"] else log[-1]
        if msg is not None and re.fullmatch(NOT_OFFERED, msg):
            if msg.startswith("invalid func"):
                out[sec]["refused"][hid] = msg
            continue
        out[sec]["offered"].append(hid)
    for v in out.values():
        v["offered"].sort()
    path.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n")


def offered_table(lab: dict) -> dict:
    """(prog_type, expected_attach_type) -> offered helper names from a labels file; a program
    type probed under several attach types also gets (prog_type, None), what all of them offer."""
    sys.path.insert(0, str(HERE.parents[2]))
    from bpfsmt.spec.helper_ids import HELPER_NAMES_612
    from bpfsmt.spec.progtypes import section_to_type
    by_type: dict = {}
    for sec, v in lab.items():
        if v["unverified"]:
            continue
        info = section_to_type(sec)
        by_type.setdefault(info.prog_type, {})[info.expected_attach_type] = \
            frozenset(HELPER_NAMES_612[i] for i in v["offered"])
    table = {}
    for pt, per in sorted(by_type.items()):
        if len(per) == 1:
            table[(pt, None)] = next(iter(per.values()))
            continue
        table[(pt, None)] = frozenset.intersection(*per.values())
        table.update({(pt, at): names for at, names in per.items()})
    return table


def spec_table(kernel: str) -> None:
    """spec/helper_avail.py from labels_<kernel>.json (offered_table)."""
    table = offered_table(json.loads((HERE / f"labels_{kernel}.json").read_text()))
    lines = ['"""Which helpers each program type\'s get_func_proto offers a root loader on Linux '
             f'{kernel}',
             "(Debian 6.1.0-57), as the kernel answered: tests/oracle/helperavail probes `call ID` for every",
             "helper under one section per program type (several attach types for tracing and",
             "cgroup_sock_addr) and writes this file (gen.py --spec). Keyed by (prog_type,",
             "expected_attach_type); (prog_type, None) is the program type's default: what every probed",
             "attach type of it is offered. lirc_mode2 is absent: the kernel lacks the program type.",
             '"""', "", "OFFERED = {"]
    for (pt, at), names in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        lines.append(f"    ({pt!r}, {at!r}): frozenset(\"\"\"")
        words, row = sorted(names), ""
        for w in words:
            if len(row) + len(w) + 1 > 96:
                lines.append("        " + row.rstrip())
                row = ""
            row += w + " "
        lines.append("        " + row.rstrip() + '""".split()),')
    lines.append("}")
    (HERE.parents[2] / "spec" / "helper_avail.py").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--labels":
        labels(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "--spec":
        spec_table(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[2] == "--612":
        gen(Path(sys.argv[1]), SECTIONS_612)
    elif len(sys.argv) == 3 and sys.argv[2] == "--struct-ops":
        Path(sys.argv[1]).mkdir(parents=True, exist_ok=True)
        gen_struct_ops(Path(sys.argv[1]))
    else:
        gen(Path(sys.argv[1]))
