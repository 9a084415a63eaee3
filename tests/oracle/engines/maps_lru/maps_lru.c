#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 1);
         __type(key, __u32); __type(value, __u64); } lru1 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 2);
         __type(key, __u32); __type(value, __u64); } lru2 SEC(".maps");


/* BPF_EXIST on a present key of a full LRU map: the node pop (before check_flags) drops the key itself: retval -ENOENT << 8 | 1 */
SEC("socket") __naked void lru_exist_drops_itself(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r1 = %[lru1] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r6 = r0;\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r1 = %[lru1] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 2;\n"
	"call %[bpf_map_update_elem];\n"
	"r0 = -r0;\n"
	"r7 = r0;\n"
	"r7 <<= 8;\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = %[lru1] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 != 0 goto l0_%=;\n"
	"r7 += 1;\n"
"l0_%=:\n"
	"r0 = r7;\n"
	"r0 -= r6;\n"
	"exit;\n"
	: : __imm_addr(lru1), __imm(bpf_map_update_elem), __imm(bpf_map_lookup_elem) : __clobber_all);
}

/* a failing BPF_NOEXIST in a full LRU map still drops the unreferenced key 1: retval -EEXIST << 8 | 1 */
SEC("socket") __naked void lru_noexist_fails_drops_other(void)
{
	asm volatile (
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r1 = %[lru2] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r6 = r0;\n"
	"r1 = 2;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r1 = %[lru2] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r6 |= r0;\n"
	"r1 = 2;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = %[lru2] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call %[bpf_map_lookup_elem];\n"
	"r1 = 2;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r1 = %[lru2] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 1;\n"
	"call %[bpf_map_update_elem];\n"
	"r0 = -r0;\n"
	"r7 = r0;\n"
	"r7 <<= 8;\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = %[lru2] ll;\n"
	"r2 = r10;\n"
	"r2 += -4;\n"
	"call %[bpf_map_lookup_elem];\n"
	"if r0 != 0 goto l0_%=;\n"
	"r7 += 1;\n"
"l0_%=:\n"
	"r0 = r7;\n"
	"r0 -= r6;\n"
	"exit;\n"
	: : __imm_addr(lru2), __imm(bpf_map_update_elem), __imm(bpf_map_lookup_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
