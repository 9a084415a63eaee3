// AL-01/02/05 inline array lookups: elem_size shift vs multiply, max_entries, poisoning, edges
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 8); } a8 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 4); } a4 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 12); } a12 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 24); } a24 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 48); } a48 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 64); } a64 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 100); } a100 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, int); __uint(value_size, 4096); } a4096 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __type(key, int); __uint(value_size, 8); } m1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 3); __type(key, int); __uint(value_size, 8); } m3 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1000); __type(key, int); __uint(value_size, 8); } m1000 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1048576); __type(key, int); __uint(value_size, 8); } m1M SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 4); __type(key, int); __uint(value_size, 8); } pcpu SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } h SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } lru SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, int); __uint(map_flags, BPF_F_RDONLY_PROG); __uint(value_size, 8); } ro SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 2); __type(key, int); __uint(map_flags, BPF_F_WRONLY_PROG); __uint(value_size, 8); } wo SEC(".maps");
__u64 gvar SEC(".data.g") = 5;

static __naked __attribute__((noinline, used)) int sub_lookup(void);

/* value_size 8, max_entries 4 */
SEC("socket") __naked void lookup_a8(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 4, max_entries 4 */
SEC("socket") __naked void lookup_a4(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a4] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a4), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 12, max_entries 4 */
SEC("socket") __naked void lookup_a12(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a12] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a12), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 24, max_entries 4 */
SEC("socket") __naked void lookup_a24(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a24] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a24), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 48, max_entries 4 */
SEC("socket") __naked void lookup_a48(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a48] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a48), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 64, max_entries 4 */
SEC("socket") __naked void lookup_a64(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a64] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a64), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 100, max_entries 4 */
SEC("socket") __naked void lookup_a100(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a100] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a100), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 4096, max_entries 2 */
SEC("socket") __naked void lookup_a4096(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a4096] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a4096), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 8, max_entries 1 */
SEC("socket") __naked void lookup_m1(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[m1] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(m1), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 8, max_entries 3 */
SEC("socket") __naked void lookup_m3(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[m3] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(m3), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 8, max_entries 1000 */
SEC("socket") __naked void lookup_m1000(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[m1000] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(m1000), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* value_size 8, max_entries 1048576 */
SEC("socket") __naked void lookup_m1M(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[m1M] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(m1M), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_key_out_of_range(void)
{
	asm volatile (
	"r1 = 7;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_key_max_entries(void)
{
	asm volatile (
	"r1 = 4;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_key_last(void)
{
	asm volatile (
	"r1 = 3;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_var_key(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r0 &= 7;\n"
	"*(u32 *)(r10 - 4) = r0;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(a8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_percpu_no_inline(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[pcpu] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(pcpu), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_hash_gen(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[h] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(h), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_lru_hash_gen(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[lru] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(lru), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* two maps reach one call: the insn's map is poisoned, no inlining */
SEC("socket") __naked void two_maps_poisoned(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"if r6 > 5 goto l1_%=;\n"
	"r1 = %[a24] ll;\n"
	"l1_%=: call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(a8), __imm_addr(a24), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void same_map_two_paths(void)
{
	asm volatile (
	"call %[bpf_get_prandom_u32];\n"
	"r6 = r0;\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"if r6 > 5 goto l1_%=;\n"
	"r1 = %[a8] ll;\n"
	"l1_%=: call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm(bpf_get_prandom_u32), __imm_addr(a8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void two_lookups_two_maps(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r6 = *(u64 *)(r0 + 0);\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a24] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"r0 += r6;\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_lookup_elem), __imm_addr(a24) : __clobber_all);
}

SEC("socket") __naked void lookup_then_update(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = 9;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r1 = %[a8] ll;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_update_elem), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_in_subprog(void)
{
	asm volatile (
	"call sub_lookup;\n"
	"exit;\n"
	: : : __clobber_all);
}

static __naked __attribute__((noinline, used)) int sub_lookup(void)
{
	asm volatile (
	"r1 = 2;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a24] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a24), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void global_data_direct_value(void)
{
	asm volatile (
	"r1 = %[gvar] ll;\n"
	"r0 = *(u64 *)(r1 + 0);\n"
	"exit;\n"
	: : __imm_addr(gvar) : __clobber_all);
}

/* key pointer is a map value (a8[0] = 2 selects a24[2]) */
SEC("socket") __naked void key_from_map_value(void)
{
	asm volatile (
	"r1 = 0;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r2 = r0;\n"
	"r1 = %[a24] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_lookup_elem), __imm_addr(a24) : __clobber_all);
}

SEC("socket") __naked void edge_vs24_u64_last_ok(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a24] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 16);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a24), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void edge_vs24_u64_one_past(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a24] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 17);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a24), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void edge_vs12_u32_last_ok(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a12] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 + 8);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a12), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* elem_size is 16 but value_size 12 bounds the access */
SEC("socket") __naked void edge_vs12_u8_at_size(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a12] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u8 *)(r0 + 12);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a12), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void edge_vs4_u64(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a4] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a4), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void edge_negative_off(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u32 *)(r0 - 4);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void rdonly_prog_read_ok(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[ro] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(ro), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void rdonly_prog_write(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[ro] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r1 = 1;\n"
	"*(u64 *)(r0 + 0) = r1;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(ro), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void wronly_prog_read(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[wo] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 == 0 goto l0_%=;\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	"l0_%=: r0 = 0;\n"
	"exit;\n"
	: : __imm_addr(wo), __imm(bpf_map_lookup_elem) : __clobber_all);
}

SEC("socket") __naked void lookup_no_null_check(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r1 = %[a8] ll;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r0 = *(u64 *)(r0 + 0);\n"
	"exit;\n"
	: : __imm_addr(a8), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
