"""Generate the sleepable-program (rules.md section 2) test programs for the 6.1 oracle.

``python tests/oracle/sleepable/gen.py``; label with
``LOG_LEVEL=5 run.sh tests/oracle/sleepable /tmp/os && python tests/oracle_labels.py build sleepable /tmp/os``.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import Prog as P, emit_c, write_raw  # noqa: E402

PRELUDE = """
struct val { int cnt; struct bpf_spin_lock lock; };
struct tval { struct bpf_timer t; };
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } h SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, __u64); } pcpu SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } lru SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __type(key, int); __type(value, int); } pa SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY); __uint(key_size, 4); __uint(value_size, 4); } pea SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 4); __uint(value_size, 8); } q SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK); __uint(max_entries, 4); __uint(value_size, 8); } stk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } rb SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct val); } lk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, struct tval); } tm SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_TASK_STORAGE); __uint(map_flags, BPF_F_NO_PREALLOC);
         __type(key, int); __type(value, __u64); } ts SEC(".maps");
__u64 fired SEC(".data.fired") = 7;
struct inner { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __type(value, __u64); } in1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 1); __type(key, int);
         __array(values, struct inner); } aom SEC(".maps") = { .values = { [0] = &in1 } };
"""
MAPS = {"fired", "arr", "h", "pcpu", "lru", "pa", "pea", "q", "stk", "rb", "lk", "tm", "ts", "in1", "aom"}
COPY = "r1 = r10; r1 += -16; r2 = 8; r3 = 0; call %[bpf_copy_from_user];"
RET0 = "r0 = 0; exit;"
USE = lambda m: f"r1 = %[{m}] ll;" + RET0  # noqa: E731   (reference a map with ld_imm64 only)
LSMS = "lsm.s/bprm_committed_creds"
CB = lambda name, body: P(name, ".text", body, ret="int", static=True)  # noqa: E731

FILES = {}
FILES["hooks"] = [
    P("lsm_s_bprm_committed_creds", "lsm.s/bprm_committed_creds", COPY + RET0),
    P("lsm_s_bprm_check_security", "lsm.s/bprm_check_security", COPY + RET0),
    P("lsm_s_file_open", "lsm.s/file_open", COPY + RET0),
    P("lsm_s_bpf", "lsm.s/bpf", COPY + RET0),
    P("lsm_s_bpf_map", "lsm.s/bpf_map", COPY + RET0),
    P("lsm_s_task_alloc", "lsm.s/task_alloc", COPY + RET0),
    P("lsm_s_socket_create", "lsm.s/socket_create", COPY + RET0),
    P("lsm_s_inode_create", "lsm.s/inode_create", COPY + RET0),
    P("lsm_s_sb_mount", "lsm.s/sb_mount", COPY + RET0),
    P("lsm_s_file_mprotect", "lsm.s/file_mprotect", COPY + RET0),
    P("lsm_s_task_free", "lsm.s/task_free", COPY + RET0),
    P("lsm_s_inode_permission", "lsm.s/inode_permission", COPY + RET0),
    P("lsm_s_socket_sendmsg", "lsm.s/socket_sendmsg", COPY + RET0),
    P("lsm_s_mmap_file", "lsm.s/mmap_file", COPY + RET0),
    P("lsm_s_no_sleeping_call", "lsm.s/file_mprotect", RET0),
    P("lsm_copy_nonsleepable", "lsm/bprm_committed_creds", COPY + RET0),
    P("lsm_copy_task_nonsleepable", "lsm/bprm_committed_creds",
      "call %[bpf_get_current_task_btf]; r4 = r0; r1 = r10; r1 += -16; r2 = 8; r3 = 0; r5 = 0; call %[bpf_copy_from_user_task];" + RET0),
    P("lsm_s_copy_task", LSMS,
      "call %[bpf_get_current_task_btf]; r4 = r0; r1 = r10; r1 += -16; r2 = 8; r3 = 0; r5 = 0; call %[bpf_copy_from_user_task];" + RET0),
    P("fentry_s_do_nanosleep", "fentry.s/do_nanosleep", COPY + RET0),
    P("fexit_s_do_nanosleep", "fexit.s/do_nanosleep", COPY + RET0),
    P("fmod_ret_s_security_file_open", "fmod_ret.s/security_file_open", COPY + RET0),
    P("fentry_copy_nonsleepable", "fentry/do_nanosleep", COPY + RET0),
    P("syscall_copy", "syscall", COPY + RET0),
    P("iter_s_task_copy", "iter.s/task", COPY + RET0),
    P("iter_task_copy_nonsleepable", "iter/task", COPY + RET0),
    P("tc_copy_from_user", "tc", COPY + RET0),
    P("kprobe_copy", "kprobe/do_nanosleep", COPY + RET0),
]

FILES["maps"] = [
    P("s_prog_array", LSMS, USE("pa")),
    P("s_perf_event_array", LSMS, USE("pea")),
    P("s_queue", LSMS, USE("q")),
    P("s_stack", LSMS, USE("stk")),
    P("s_ringbuf_ok", LSMS, USE("rb")),
    P("s_array_ok", LSMS, USE("arr")),
    P("s_hash_ok", LSMS, USE("h")),
    P("s_percpu_array_ok", LSMS, USE("pcpu")),
    P("s_lru_hash_ok", LSMS, USE("lru")),
    P("s_array_of_maps_ok", LSMS, USE("aom")),
    P("s_task_storage_ok", LSMS, USE("ts")),
    P("s_spin_lock_map", LSMS, USE("lk")),
    P("s_timer_map_ok", LSMS, USE("tm")),
    P("s_tail_call", LSMS, "r2 = %[pa] ll; r3 = 0; call %[bpf_tail_call];" + RET0),
    P("nons_prog_array_ok", "lsm/bprm_committed_creds", USE("pa")),
    P("s_task_storage_get", LSMS,
      "call %[bpf_get_current_task_btf]; r2 = r0; r1 = %[ts] ll; r3 = 0; r4 = 1; call %[bpf_task_storage_get];" + RET0,
      comment="xlated shows the GFP flag the verifier patches in (GFP_KERNEL for sleepable)"),
    P("nons_task_storage_get", "lsm/bprm_committed_creds",
      "call %[bpf_get_current_task_btf]; r2 = r0; r1 = %[ts] ll; r3 = 0; r4 = 1; call %[bpf_task_storage_get];" + RET0),
]

TIMER_MAIN = ("r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[tm] ll; call %[bpf_map_lookup_elem];"
              "if r0 == 0 goto l0_%=; r6 = r0; r1 = r6; r2 = %[tm] ll; r3 = 1; call %[bpf_timer_init];"
              "r1 = r6; r2 = %[{cb}] ll; call %[bpf_timer_set_callback]; l0_%=: r0 = 0; exit;")
LOOP_MAIN = "r1 = 2; r2 = %[{cb}] ll; r3 = 0; r4 = 0; call %[bpf_loop]; r0 = 0; exit;"
FILES["callbacks"] = [
    CB("tcb_copy", COPY + RET0),
    CB("tcb_plain", RET0),
    CB("loop_cb_copy", COPY + RET0),
    CB("loop_cb_plain", RET0),
    P("sp07_timer_cb_copy_sleepable", LSMS, TIMER_MAIN.replace("{cb}", "tcb_copy"),
      comment="SP-07 gap: the timer callback runs in softirq context but inherits the program's sleepability"),
    P("sp07_timer_cb_copy_nonsleepable", "lsm/bprm_committed_creds", TIMER_MAIN.replace("{cb}", "tcb_copy")),
    P("sp07_timer_cb_plain_sleepable_ok", LSMS, TIMER_MAIN.replace("{cb}", "tcb_plain")),
    CB("tcb_copy_user_addr", "r1 = r10; r1 += -16; r2 = 8; r3 = 0x400000; call %[bpf_copy_from_user];"
       "if r0 != 0 goto l1_%=; r0 = *(u64 *)(r10 - 16); l1_%=: r1 = %[fired] ll; *(u64 *)(r1 + 0) = r0; r0 = 0; exit;"),
    CB("spin_cb", "r0 = 0; exit;"),
    P("sp07_syscall_timer_cb_copy_run", "syscall",
      TIMER_MAIN.replace("{cb}", "tcb_copy_user_addr").replace("l0_%=: r0 = 0; exit;",
      "r1 = r6; r2 = 0; r3 = 0; call %[bpf_timer_start]; r1 = 1048576; r2 = %[spin_cb] ll; r3 = 0; r4 = 0;"
      "call %[bpf_loop]; r1 = %[fired] ll; r0 = *(u64 *)(r1 + 0); exit; l0_%=: r0 = 0; exit;"),
      comment="SP-07 at run time: a syscall (sleepable, test-runnable) program starts a 0 ns timer whose "
              "callback copies 8 bytes from user address 0x400000 (the static oracle loader's ELF header) from softirq "
              "context and stores them, or the error, in `fired` (initially 7); "
              "the program spins in bpf_loop and returns `fired`"),
    P("loop_cb_copy_sleepable", LSMS, LOOP_MAIN.replace("{cb}", "loop_cb_copy")),
    P("loop_cb_copy_nonsleepable", "lsm/bprm_committed_creds", LOOP_MAIN.replace("{cb}", "loop_cb_copy")),
    P("loop_cb_plain_sleepable_ok", LSMS, LOOP_MAIN.replace("{cb}", "loop_cb_plain")),
    P("static_sub_copy_sleepable", LSMS, "call sub_copy; r0 = 0; exit;"),
    P("static_sub_copy_nonsleepable", "lsm/bprm_committed_creds", "call sub_copy; r0 = 0; exit;"),
    CB("sub_copy", COPY + RET0),
    P("global_func_copy_sleepable", LSMS, "call glob_copy; r0 = 0; exit;"),
    P("global_func_copy_nonsleepable", "lsm/bprm_committed_creds", "call glob_copy; r0 = 0; exit;"),
    P("glob_copy", ".text.glob", COPY + RET0, ret="int", static=True),
]

FILES["flags"] = [
    P("flag_sleepable_tc", "tc", RET0),
    P("flag_sleepable_xdp", "xdp", "r0 = 2; exit;"),
    P("flag_sleepable_raw_tp", "raw_tp/sys_enter", RET0),
    P("flag_sleepable_kprobe_copy", "kprobe/do_nanosleep", COPY + RET0),
    P("flag_sleepable_tp_btf_copy", "tp_btf/sys_enter", COPY + RET0),
    P("flag_sleepable_fentry", "fentry/do_nanosleep", RET0),
    P("flag_sleepable_lsm_ok", "lsm/bprm_committed_creds", COPY + RET0),
    P("flag_sleepable_socket", "socket", RET0),
]

HEADER = {
    "hooks": "SP-01/02/03 sleepable attach targets and sleepable-only helpers",
    "maps": "SP-04/05 map types usable by sleepable programs",
    "callbacks": "SP-07 callbacks (timer = async, bpf_loop = sync), static and global subprograms",
    "flags": "SP-01 BPF_F_SLEEPABLE set through the sidecar on other program types",
}


def main():
    for name, progs in FILES.items():
        emit_c(HERE / f"{name}.c", PRELUDE, progs, addr_names=MAPS, header=HEADER[name])
    # global function: emit_c makes non-.text sections non-static; put it into .text explicitly
    txt = (HERE / "callbacks.c").read_text().replace('__naked __attribute__((noinline, used)) int glob_copy(void)',
                                                     '__attribute__((section(".text"))) __naked __attribute__((noinline, used)) int glob_copy(void)')
    (HERE / "callbacks.c").write_text(txt)
    flags = {p.name: {"flags": ["BPF_F_SLEEPABLE"]} for p in FILES["flags"]}
    (HERE / "flags.oracle.json").write_text(json.dumps(flags, indent=1) + "\n")
    write_raw(HERE / "raw_syscall_not_sleepable.syscall.raw", [(0xB7, 0, 0, 0, 0), (0x95, 0, 0, 0, 0)])
    write_raw(HERE / "raw_syscall_sleepable.syscall.raw", [(0xB7, 0, 0, 0, 0), (0x95, 0, 0, 0, 0)])
    (HERE / "raw_syscall_sleepable.oracle.json").write_text(json.dumps({"raw": {"flags": ["BPF_F_SLEEPABLE"]}}) + "\n")
    n = sum(1 for v in FILES.values() for p in v if not p.static)
    print(f"sleepable: {n} C programs + 2 raw")


if __name__ == "__main__":
    main()
