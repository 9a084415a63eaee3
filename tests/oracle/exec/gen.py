"""Generate the executor's oracle inputs from one table: exec.bpf.c (for the real kernel),
exec.bpf.oracle.json (test-run inputs) and exec.s (the same programs in bpfsmt's format).

Run `python gen.py`, then `/work/shared/oracle/run.sh <dir with exec.bpf.c + sidecar> OUT` and
`python gen.py --labels OUT/results.jsonl` to write labels.json (what the tests compare to)
and copy the object the oracle built (OUT/build/exec.bpf.o), which the tests load as ELF too.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TCP_PKT = "020000000002 020000000001 0800 4500001400004000 4006 0000 0a000001 0a000002"

MAPS_C = {
    "lk": "__uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, __u32); __type(value, struct lk_val);",
    "vals": "__uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, __u32); __type(value, __u64);",
    "h": "__uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 8); __type(key, __u32); __type(value, __u64);",
}
MAPS_S = {
    "lk": ".map lk type=array key_size=4 value_size=16 max_entries=1 spin_lock=0",
    "vals": ".map vals type=array key_size=4 value_size=8 max_entries=4",
    "h": ".map h type=hash key_size=4 value_size=8 max_entries=8",
}

READ_VALS_1 = ("r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[vals] ll; "
               "call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); exit; "
               "l0_%=: r0 = 0xffff; exit;")
HASH_RW = ("r1 = 5; *(u32 *)(r10 - 4) = r1; r1 = 9; *(u64 *)(r10 - 16) = r1; r1 = %[h] ll; "
           "r2 = r10; r2 += -4; r3 = r10; r3 += -16; r4 = 0; call %[bpf_map_update_elem]; "
           "r6 = r0; r1 = %[h] ll; r2 = r10; r2 += -4; call %[bpf_map_lookup_elem]; "
           "if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); r0 <<= 8; r0 |= r6; exit; "
           "l0_%=: r0 = 0xffff; exit;")
ARRAY_OOB = ("r1 = 4; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[vals] ll; "
             "call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r0 = 1; exit; "
             "l0_%=: r0 = 0xffff; exit;")

LOCK_RW = ("r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[lk] ll; "
           "call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r6 = r0; r1 = r0; "
           "call %[bpf_spin_lock]; r1 = 9; *(u64 *)(r6 + 8) = r1; r1 = r6; "
           "call %[bpf_spin_unlock]; r0 = *(u64 *)(r6 + 8); exit; l0_%=: r0 = 0; exit;")
LOOP_SUM = ("r1 = 0; *(u64 *)(r10 - 8) = r1; r1 = 10; r2 = %[loop_cb] ll; r3 = r10; r3 += -8; "
            "r4 = 0; call %[bpf_loop]; r1 = *(u64 *)(r10 - 8); r0 <<= 8; r0 |= r1; exit;")
XDP_LEN_AFTER = ("r6 = r1; r2 = {d}; call %[bpf_{h}]; if r0 != 0 goto l0_%=; "
                 "r2 = *(u32 *)(r6 + 0); r3 = *(u32 *)(r6 + 4); r0 = r3; r0 -= r2; exit; "
                 "l0_%=: r0 = 1000; exit;")
# callbacks: static naked functions in C, `.func` of the program that uses them in exec.s
CALLBACKS = {
    "loop_cb": "r3 = *(u64 *)(r2 + 0); r3 += r1; *(u64 *)(r2 + 0) = r3; r0 = 0; "
               "if r1 != 4 goto l0_%=; r0 = 1; l0_%=: exit;",
}

# name, section, asm, maps, helpers, sidecar test_run / maps
PROGRAMS = [
    ("pkt_len", "socket", "r0 = *(u32 *)(r1 + 0); exit;", [], [], {}),
    ("tc_len", "tc", "r0 = *(u32 *)(r1 + 0); exit;", [], [], {}),
    ("pkt_byte", "socket", "r6 = r1; r0 = *(u8 *)skb[9]; exit;", [], [], {}),
    ("pkt_byte_tcp", "socket", "r6 = r1; r0 = *(u8 *)skb[9]; exit;", [], [],
     {"test_run": {"data_hex": TCP_PKT}}),
    ("xdp_pass", "xdp", "r0 = 2; exit;", [], [], {}),
    ("cg_allow", "cgroup_skb/egress", "r0 = 1; exit;", [], [], {}),
    ("sys_ctx", "syscall", "r0 = *(u32 *)(r1 + 0); exit;", [], [],
     {"test_run": {"ctx_hex": "07000000"}}),
    ("map_read", "socket", READ_VALS_1, ["vals"], ["bpf_map_lookup_elem"],
     {"maps": {"vals": {"01000000": "2a00000000000000"}}}),
    ("map_read_empty", "socket", READ_VALS_1, ["vals"], ["bpf_map_lookup_elem"], {}),
    ("tc_proto", "tc", "r0 = *(u32 *)(r1 + 16); exit;", [], [], {}),
    ("sk_proto", "socket", "r0 = *(u32 *)(r1 + 16); exit;", [], [], {}),
    ("tc_mark_ctx", "tc", "r0 = *(u32 *)(r1 + 8); exit;", [], [],
     {"test_run": {"ctx_hex": "00000000 00000000 4d000000" + "00" * 180}}),
    ("xdp_len", "xdp", "r2 = *(u32 *)(r1 + 0); r3 = *(u32 *)(r1 + 4); r0 = r3; r0 -= r2; exit;",
     [], [], {}),
    ("xdp_byte", "xdp", "r2 = *(u32 *)(r1 + 0); r3 = *(u32 *)(r1 + 4); r4 = r2; r4 += 24; "
     "if r4 > r3 goto l0_%=; r0 = *(u8 *)(r2 + 23); exit; l0_%=: r0 = 0; exit;", [], [], {}),
    ("tc_byte", "tc", "r2 = *(u32 *)(r1 + 76); r3 = *(u32 *)(r1 + 80); r4 = r2; r4 += 14; "
     "if r4 > r3 goto l0_%=; r0 = *(u8 *)(r2 + 12); exit; l0_%=: r0 = 0; exit;", [], [], {}),
    ("ldabs_oob", "socket", "r6 = r1; r0 = *(u32 *)skb[1000]; r0 = 5; exit;", [], [], {}),
    ("ldabs_half", "socket", "r6 = r1; r0 = *(u16 *)skb[2]; exit;", [], [], {}),
    ("ldind_word", "socket", "r6 = r1; r7 = 12; r0 = *(u32 *)skb[r7]; exit;", [], [], {}),
    ("sys_ctx_u64", "syscall", "r0 = *(u64 *)(r1 + 8); exit;", [], [],
     {"test_run": {"ctx_hex": "0000000000000000 0b00000000000000"}}),
    ("lsh_reg64", "syscall", "r0 = 3; r1 = 64; r0 <<= r1; exit;", [], [], {}),
    ("div32_zero", "syscall", "r0 = 0xaaaaaaaa12345678 ll; r1 = 0; w0 /= w1; exit;", [], [], {}),
    ("div32_zero_hi", "syscall", "r0 = 0xaaaaaaaa12345678 ll; r1 = 0; w0 /= w1; r0 >>= 32; exit;",
     [], [], {}),
    ("div64_zero", "syscall", "r0 = 0xaaaaaaaa12345678 ll; r1 = 0; r0 /= r1; exit;", [], [], {}),
    ("be16_swap", "syscall", "r0 = 0x12345678; r0 = be16 r0; exit;", [], [], {}),
    ("alu32_zext", "syscall", "r0 = 0xffffffff00000005 ll; w0 += 0; r0 >>= 32; exit;", [], [], {}),
    ("hash_rw", "syscall", HASH_RW, ["h"], ["bpf_map_update_elem", "bpf_map_lookup_elem"], {}),
    ("array_oob", "syscall", ARRAY_OOB, ["vals"], ["bpf_map_lookup_elem"], {}),
    ("ldabs_ll_sk", "socket", "r6 = r1; r0 = *(u16 *)skb[-2097140]; exit;", [], [], {}),
    ("ldabs_ll_tc", "tc", "r6 = r1; r0 = *(u16 *)skb[-2097140]; exit;", [], [], {}),
    ("ldabs_net_tc", "tc", "r6 = r1; r0 = *(u8 *)skb[-1048567]; exit;", [], [], {}),
    ("ldabs_tc", "tc", "r6 = r1; r0 = *(u8 *)skb[9]; exit;", [], [], {}),
    ("tc_pkt_type", "tc", "r0 = *(u32 *)(r1 + 4); exit;", [], [], {}),
    ("sk_pkt_type", "socket", "r0 = *(u32 *)(r1 + 4); exit;", [], [], {}),
    ("sk_pkt_type_bcast", "socket", "r0 = *(u32 *)(r1 + 4); exit;", [], [],
     {"test_run": {"data_hex": "ffffffffffff 020000000001 0800 4500001400004000 4006 0000 "
                               "0a000001 0a000002"}}),
    ("tc_pkt_type_host", "tc", "r0 = *(u32 *)(r1 + 4); exit;", [], [],
     {"test_run": {"data_hex": "000000000000 020000000001 0800 4500001400004000 4006 0000 "
                               "0a000001 0a000002"}}),
    ("tc_ifindex", "tc", "r0 = *(u32 *)(r1 + 40); exit;", [], [], {}),
    ("tc_ingress_ifindex", "tc", "r0 = *(u32 *)(r1 + 36); exit;", [], [], {}),
    ("xdp_ingress_ifindex", "xdp", "r0 = *(u32 *)(r1 + 12); exit;", [], [], {}),
    ("xdp_adj_head", "xdp", XDP_LEN_AFTER.format(h="xdp_adjust_head", d=-14), [],
     ["bpf_xdp_adjust_head"], {}),
    ("xdp_adj_head_bad", "xdp", "r2 = -300; call %[bpf_xdp_adjust_head]; exit;", [],
     ["bpf_xdp_adjust_head"], {}),
    ("xdp_adj_tail_grow", "xdp", XDP_LEN_AFTER.format(h="xdp_adjust_tail", d=16), [],
     ["bpf_xdp_adjust_tail"], {}),
    ("xdp_adj_tail_shrink_bad", "xdp", "r2 = -60; call %[bpf_xdp_adjust_tail]; exit;", [],
     ["bpf_xdp_adjust_tail"], {}),
    ("xdp_adj_tail_grow_bad", "xdp", "r2 = 4000; call %[bpf_xdp_adjust_tail]; exit;", [],
     ["bpf_xdp_adjust_tail"], {}),
    ("xdp_adj_meta", "xdp", "r6 = r1; r2 = -4; call %[bpf_xdp_adjust_meta]; if r0 != 0 goto l0_%=; "
     "r2 = *(u32 *)(r6 + 8); r3 = *(u32 *)(r6 + 0); r0 = r3; r0 -= r2; exit; l0_%=: exit;", [],
     ["bpf_xdp_adjust_meta"], {}),
    ("xdp_adj_meta_bad", "xdp", "r2 = -6; call %[bpf_xdp_adjust_meta]; exit;", [],
     ["bpf_xdp_adjust_meta"], {}),
    ("xdp_adj_head_byte", "xdp", "r6 = r1; r2 = 14; call %[bpf_xdp_adjust_head]; "
     "if r0 != 0 goto l0_%=; r2 = *(u32 *)(r6 + 0); r3 = *(u32 *)(r6 + 4); r4 = r2; r4 += 10; "
     "if r4 > r3 goto l0_%=; r0 = *(u8 *)(r2 + 9); exit; l0_%=: r0 = 1000; exit;", [],
     ["bpf_xdp_adjust_head"], {}),
    ("lock_rw", "tc", LOCK_RW, ["lk"],
     ["bpf_map_lookup_elem", "bpf_spin_lock", "bpf_spin_unlock"], {}),
    ("loop_sum", "tc", LOOP_SUM, ["loop_cb"], ["bpf_loop"], {}),
]


def _imms(asm, maps, helpers):
    out = [f"__imm({h})" for h in helpers] + [f"__imm_addr({m})" for m in maps]
    return ", ".join(out)


def gen():
    c = ["// Generated by gen.py: programs whose BPF_PROG_TEST_RUN retval the executor must match.",
         "#include <linux/bpf.h>", "#include <bpf/bpf_helpers.h>", '#include "oracle_asm.h"', ""]
    used = sorted({m for p in PROGRAMS for m in p[3] if m not in CALLBACKS})
    c.append("struct lk_val { struct bpf_spin_lock l; __u64 v; };")
    for cb, body in CALLBACKS.items():
        c.append(f"static __naked __noinline __attribute__((used)) int {cb}(void)\n{{\n"
                 f'\tasm volatile ("{body}" ::: __clobber_all);\n}}\n')
    for m in used:
        c.append(f"struct {{ {MAPS_C[m]} }} {m} SEC(\".maps\");")
    c.append("")
    s = ["# Generated by gen.py: the programs of exec.bpf.c in bpfsmt's text format."]
    s += [MAPS_S[m] for m in used]
    side = {"*": {"test_run": {"repeat": 1}}}
    for name, sec, asm, maps, helpers, sc in PROGRAMS:
        imms = _imms(asm, maps, helpers)
        casm = asm
        c.append(f'SEC("{sec}")\n__naked void {name}(void)\n{{\n\tasm volatile ("{casm}"'
                 f'\n\t\t:: {imms} : __clobber_all);\n}}\n')
        s.append(f".program {name} section={sec}")
        for st in asm.split(";"):
            if st.strip():
                s.append("    " + st.strip())
        for cb in (m for m in maps if m in CALLBACKS):
            s.append(f".func {cb}")
            s += ["    " + x.strip() for x in CALLBACKS[cb].split(";") if x.strip()]
        if sc:
            side[name] = sc
    c.append('char _license[] SEC("license") = "GPL";')
    with open(os.path.join(HERE, "exec.bpf.c"), "w") as f:
        f.write("\n".join(c) + "\n")
    with open(os.path.join(HERE, "exec.bpf.oracle.json"), "w") as f:
        json.dump(side, f, indent=1)
    with open(os.path.join(HERE, "exec.s"), "w") as f:
        f.write("\n".join(s) + "\n")


def labels(results_jsonl, out_name="labels.json"):
    out = {}
    for line in open(results_jsonl):
        r = json.loads(line)
        log = r.get("verifier_log") or ""
        out[r["prog"]] = {
            "section": r.get("section"), "accepted": r.get("accepted"), "errno": r.get("errno"),
            "first_error": next((ln for ln in log.splitlines()[::-1] if ln and not
                                 ln.startswith(("processed", "verification"))), None)
            if not r.get("accepted") else None,
            "xlated": r.get("xlated"), "jited": r.get("jited_insns"),
            "retval": (r.get("test_run") or {}).get("retval"),
        }
    with open(os.path.join(HERE, out_name), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
    if out_name != "labels.json":    # another kernel was given the committed object
        return
    obj = os.path.join(os.path.dirname(results_jsonl), "build", "exec.bpf.o")
    if os.path.exists(obj):
        import shutil
        shutil.copy(obj, os.path.join(HERE, "exec.bpf.o"))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--labels":
        labels(sys.argv[2])
    else:
        gen()
