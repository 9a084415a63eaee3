"""Generate the array-lookup inlining (rules.md section 4) test programs for the 6.1 oracle.

``python tests/oracle/array/gen.py``; label twice (JIT on, and JIT off = no inlining):
``LOG_LEVEL=5 run.sh tests/oracle/array /tmp/oa && python tests/oracle_labels.py build array /tmp/oa``
``LOG_LEVEL=5 SYSCTLS=net/core/bpf_jit_enable=0 run.sh tests/oracle/array /tmp/oan &&
  python tests/oracle_labels.py build array /tmp/oan nojit``
Sidecars fill the maps so that test-run return values show which element the inlined code read.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from oracle_labels import Prog as P, emit_c  # noqa: E402


def arr(name, vs, n, typ="BPF_MAP_TYPE_ARRAY", flags=None, inner=False):
    fl = f" __uint(map_flags, {flags});" if flags else ""
    decl = f"struct {name}_t" if inner else "struct"
    return (f"{decl} {{ __uint(type, {typ}); __uint(max_entries, {n}); __type(key, int);{fl}"
            f" __uint(value_size, {vs}); }} {name} SEC(\".maps\");\n")


def u64(v, size=8):
    return (v.to_bytes(8, "little") + bytes(size - 8)).hex() if size >= 8 else v.to_bytes(size, "little").hex()


def key(k):
    return k.to_bytes(4, "little").hex()


def lk(m, k=1, load="u64", off=0):
    return (f"r1 = {k}; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[{m}] ll; call %[bpf_map_lookup_elem];"
            f"if r0 == 0 goto l0_%=; r0 = *({load} *)(r0 {'-' if off < 0 else '+'} {abs(off)}); exit; l0_%=: r0 = 0; exit;")


BASIC_MAPS = {  # name: (value_size, max_entries)
    "a8": (8, 4), "a4": (4, 4), "a12": (12, 4), "a24": (24, 4), "a48": (48, 4), "a64": (64, 4),
    "a100": (100, 4), "a4096": (4096, 2), "m1": (8, 1), "m3": (8, 3), "m1000": (8, 1000), "m1M": (8, 1 << 20),
}
BASIC_PRE = "".join(arr(n, vs, me) for n, (vs, me) in BASIC_MAPS.items())
BASIC_PRE += arr("pcpu", 8, 4, "BPF_MAP_TYPE_PERCPU_ARRAY")
BASIC_PRE += "struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } h SEC(\".maps\");\n"
BASIC_PRE += "struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } lru SEC(\".maps\");\n"
BASIC_PRE += arr("ro", 8, 2, flags="BPF_F_RDONLY_PROG") + arr("wo", 8, 2, flags="BPF_F_WRONLY_PROG")
BASIC_PRE += "__u64 gvar SEC(\".data.g\") = 5;\n"
BASIC_NAMES = set(BASIC_MAPS) | {"pcpu", "h", "lru", "gvar", "ro", "wo"}

RAND_KEY = "call %[bpf_get_prandom_u32]; r0 &= 7; *(u32 *)(r10 - 4) = r0;"
FILES = {}
FILES["basic"] = [
    *[P(f"lookup_{n}", "socket", lk(n, 1 if BASIC_MAPS[n][1] > 1 else 0, "u32" if BASIC_MAPS[n][0] < 8 else "u64"),
        comment=f"value_size {BASIC_MAPS[n][0]}, max_entries {BASIC_MAPS[n][1]}") for n in BASIC_MAPS],
    P("lookup_key_out_of_range", "socket", lk("a8", 7)),
    P("lookup_key_max_entries", "socket", lk("a8", 4)),
    P("lookup_key_last", "socket", lk("a8", 3)),
    P("lookup_var_key", "socket", RAND_KEY + "r2 = r10; r2 += -4; r1 = %[a8] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); exit; l0_%=: r0 = 0; exit;"),
    P("lookup_percpu_no_inline", "socket", lk("pcpu", 1)),
    P("lookup_hash_gen", "socket", lk("h", 1)),
    P("lookup_lru_hash_gen", "socket", lk("lru", 1)),
    P("two_maps_poisoned", "socket", "call %[bpf_get_prandom_u32]; r6 = r0; r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4;"
      "r1 = %[a8] ll; if r6 > 5 goto l1_%=; r1 = %[a24] ll; l1_%=: call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); exit; l0_%=: r0 = 0; exit;",
      comment="two maps reach one call: the insn's map is poisoned, no inlining"),
    P("same_map_two_paths", "socket", "call %[bpf_get_prandom_u32]; r6 = r0; r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4;"
      "r1 = %[a8] ll; if r6 > 5 goto l1_%=; r1 = %[a8] ll; l1_%=: call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); exit; l0_%=: r0 = 0; exit;"),
    P("two_lookups_two_maps", "socket", "r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[a8] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r6 = *(u64 *)(r0 + 0); r2 = r10; r2 += -4; r1 = %[a24] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); r0 += r6; exit; l0_%=: r0 = 0; exit;"),
    P("lookup_then_update", "socket", "r1 = 1; *(u32 *)(r10 - 4) = r1; r1 = 9; *(u64 *)(r10 - 16) = r1; r2 = r10; r2 += -4;"
      "r3 = r10; r3 += -16; r1 = %[a8] ll; r4 = 0; call %[bpf_map_update_elem];" + lk("a8", 1).replace("r1 = 1; *(u32 *)(r10 - 4) = r1;", "")),
    P("lookup_in_subprog", "socket", "call sub_lookup; exit;"),
    P("sub_lookup", ".text", lk("a24", 2), ret="int", static=True),
    P("global_data_direct_value", "socket", "r1 = %[gvar] ll; r0 = *(u64 *)(r1 + 0); exit;"),
    P("key_from_map_value", "socket", "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[a8] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r2 = r0; r1 = %[a24] ll; call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); exit;"
      "l0_%=: r0 = 0; exit;", comment="key pointer is a map value (a8[0] = 2 selects a24[2])"),
    P("edge_vs24_u64_last_ok", "socket", lk("a24", 1, "u64", 16)),
    P("edge_vs24_u64_one_past", "socket", lk("a24", 1, "u64", 17)),
    P("edge_vs12_u32_last_ok", "socket", lk("a12", 1, "u32", 8)),
    P("edge_vs12_u8_at_size", "socket", lk("a12", 1, "u8", 12), comment="elem_size is 16 but value_size 12 bounds the access"),
    P("edge_vs4_u64", "socket", lk("a4", 1, "u64", 0)),
    P("edge_negative_off", "socket", lk("a8", 1, "u32", -4)),
    P("rdonly_prog_read_ok", "socket", lk("ro", 1)),
    P("rdonly_prog_write", "socket", "r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[ro] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r1 = 1; *(u64 *)(r0 + 0) = r1; l0_%=: r0 = 0; exit;"),
    P("wronly_prog_read", "socket", lk("wo", 1)),
    P("lookup_no_null_check", "socket", "r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[a8] ll; call %[bpf_map_lookup_elem];"
      "r0 = *(u64 *)(r0 + 0); exit;"),
]
BASIC_SIDE = {"*": {"maps": {
    "a8": {key(0): u64(2), key(1): u64(42), key(3): u64(43)}, "a4": {key(1): (7).to_bytes(4, "little").hex()},
    "a12": {key(1): u64(12, 12)}, "a24": {key(1): u64(24, 24), key(2): u64(25, 24)}, "a48": {key(1): u64(48, 48)},
    "a64": {key(1): u64(64, 64)}, "a100": {key(1): u64(100, 100)}, "a4096": {key(1): u64(4096, 4096)},
    "m1": {key(0): u64(1)}, "m3": {key(1): u64(3)}, "m1000": {key(1): u64(1000)}, "m1M": {key(1): u64(1 << 20)},
    "pcpu": {}, "h": {key(1): u64(11)}, "lru": {key(1): u64(12)}}}}

INMAP_PRE = (arr("in8", 8, 4, inner=True) + arr("in24", 24, 4, inner=True) + arr("inflex", 8, 4, flags="BPF_F_INNER_MAP", inner=True)
             + """
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 2); __type(key, int);
         __array(values, struct in8_t); } aom8 SEC(".maps") = { .values = { [0] = &in8 } };
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 2); __type(key, int);
         __array(values, struct in24_t); } aom24 SEC(".maps") = { .values = { [1] = &in24 } };
struct { __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS); __uint(max_entries, 2); __type(key, int);
         __array(values, struct inflex_t); } aomflex SEC(".maps") = { .values = { [0] = &inflex } };
struct { __uint(type, BPF_MAP_TYPE_HASH_OF_MAPS); __uint(max_entries, 2); __type(key, int);
         __array(values, struct in8_t); } hom8 SEC(".maps") = { .values = { [0] = &in8 } };
""")
INMAP_NAMES = {"in8", "in24", "inflex", "aom8", "aom24", "aomflex", "hom8"}


def outer_inner(outer, okey, ikey, load="u64"):
    return (f"r1 = {okey}; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[{outer}] ll; call %[bpf_map_lookup_elem];"
            f"if r0 == 0 goto l0_%=; r1 = r0; r2 = {ikey}; *(u32 *)(r10 - 8) = r2; r2 = r10; r2 += -8; call %[bpf_map_lookup_elem];"
            f"if r0 == 0 goto l0_%=; r0 = *({load} *)(r0 + 0); exit; l0_%=: r0 = 0; exit;")


FILES["inmap"] = [
    P("aom_outer_only", "socket", "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[aom8] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = 1; exit; l0_%=: r0 = 0; exit;"),
    P("aom_outer_empty_slot", "socket", "r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[aom8] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = 1; exit; l0_%=: r0 = 0; exit;"),
    P("aom_inner_vs8_key2", "socket", outer_inner("aom8", 0, 2),
      comment="AL-04: inner in8 = {11, 22, 33}; 33 if elem_size is set in the template, 11 with the 6.1 elem_size bug"),
    P("aom_inner_vs8_key1", "socket", outer_inner("aom8", 0, 1)),
    P("aom_inner_vs24_key2", "socket", outer_inner("aom24", 1, 2)),
    P("aom_inner_key_out_of_range", "socket", outer_inner("aom8", 0, 4)),
    P("aom_inner_flex_no_inline", "socket", outer_inner("aomflex", 0, 1), comment="BPF_F_INNER_MAP template: generator refuses"),
    P("hom_inner_vs8_key2", "socket", outer_inner("hom8", 0, 2)),
    P("aom_var_outer_key", "socket", "call %[bpf_get_prandom_u32]; r0 &= 1; *(u32 *)(r10 - 4) = r0; r2 = r10; r2 += -4;"
      "r1 = %[aom8] ll; call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r0 = 1; exit; l0_%=: r0 = 0; exit;"),
    P("aom_inner_edge_over", "socket", outer_inner("aom8", 0, 1).replace("r0 = *(u64 *)(r0 + 0)", "r0 = *(u64 *)(r0 + 4)")),
    P("inner_map_ptr_deref", "socket", "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[aom8] ll; call %[bpf_map_lookup_elem];"
      "if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); exit; l0_%=: r0 = 0; exit;", comment="the outer lookup returns a map pointer, not memory"),
    P("inner_lookup_without_null_check", "socket", "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[aom8] ll; call %[bpf_map_lookup_elem];"
      "r1 = r0; r2 = r10; r2 += -4; call %[bpf_map_lookup_elem]; r0 = 0; exit;"),
    P("inner_direct", "socket", lk("in8", 2), comment="the inner map used directly: ordinary ARRAY inlining"),
]
INMAP_SIDE = {"*": {"maps": {"in8": {key(0): u64(11), key(1): u64(22), key(2): u64(33)},
                             "in24": {key(0): u64(55, 24), key(1): u64(66, 24), key(2): u64(77, 24)},
                             "inflex": {key(0): u64(5), key(1): u64(6)}}}}

HEADER = {"basic": "AL-01/02/05 inline array lookups: elem_size shift vs multiply, max_entries, poisoning, edges",
          "inmap": "AL-03/04 map-in-map: array_of_maps / hash_of_maps, inner templates, BPF_F_INNER_MAP"}


def main():
    emit_c(HERE / "basic.c", BASIC_PRE, FILES["basic"], addr_names=BASIC_NAMES, header=HEADER["basic"])
    emit_c(HERE / "inmap.c", INMAP_PRE, FILES["inmap"], addr_names=INMAP_NAMES, header=HEADER["inmap"])
    (HERE / "basic.oracle.json").write_text(json.dumps(BASIC_SIDE, indent=1) + "\n")
    (HERE / "inmap.oracle.json").write_text(json.dumps(INMAP_SIDE, indent=1) + "\n")
    n = sum(1 for v in FILES.values() for p in v if not p.static)
    print(f"array: {n} programs")


if __name__ == "__main__":
    main()
