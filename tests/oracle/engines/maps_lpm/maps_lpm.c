#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct lpm_key { __u32 prefixlen; __u32 data; };
struct { __uint(type, BPF_MAP_TYPE_LPM_TRIE); __uint(max_entries, 1);
         __uint(map_flags, BPF_F_NO_PREALLOC); __type(key, struct lpm_key);
         __type(value, __u64); } trie SEC(".maps");


/* the second key finds no room: retval -ENOSPC << 8 */
SEC("socket") __naked void lpm_full(void)
{
	asm volatile (
	"r1 = 32;\n"
	"*(u32 *)(r10 - 8) = r1;\n"
	"r1 = 1;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = 0;\n"
	"*(u64 *)(r10 - 16) = r1;\n"
	"r1 = %[trie] ll;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r6 = r0;\n"
	"r1 = 2;\n"
	"*(u32 *)(r10 - 4) = r1;\n"
	"r1 = %[trie] ll;\n"
	"r2 = r10;\n"
	"r2 += -8;\n"
	"r3 = r10;\n"
	"r3 += -16;\n"
	"r4 = 0;\n"
	"call %[bpf_map_update_elem];\n"
	"r0 = -r0;\n"
	"r0 <<= 8;\n"
	"r0 -= r6;\n"
	"exit;\n"
	: : __imm_addr(trie), __imm(bpf_map_update_elem) : __clobber_all);
}

char _license[] SEC("license") = "GPL";
