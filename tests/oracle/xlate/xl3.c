// xlate helper, batch 3: which map reaches a lookup in a bpf2bpf callee (R1 from the call
// sites), in a callback, and through a spill around a call
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 3); __type(key, int); __uint(value_size, 16); } a16 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 3); __type(key, int); __type(value, __u64); } b8 SEC(".maps");

static __naked __attribute__((noinline, used)) int look(void)
{ asm volatile ("r2 = 0; *(u32 *)(r10 - 4) = r2; r2 = r10; r2 += -4; call %[bpf_map_lookup_elem]; r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem) : __clobber_all); }
SEC("socket") __naked void subprog_arg_same_map(void)
{ asm volatile ("r1 = %[a16] ll; call look; r1 = %[a16] ll; call look; r0 = 0; exit;"
  :: __imm_addr(a16) : __clobber_all); }
SEC("socket") __naked void subprog_arg_two_maps(void)
{ asm volatile ("r1 = %[a16] ll; call look; r1 = %[b8] ll; call look; r0 = 0; exit;"
  :: __imm_addr(a16), __imm_addr(b8) : __clobber_all); }
static __naked __attribute__((noinline, used)) int cb_look(void)
{ asm volatile ("r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[b8] ll; call %[bpf_map_lookup_elem]; r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm_addr(b8) : __clobber_all); }
SEC("socket") __naked void lookup_in_loop_callback(void)
{ asm volatile ("r1 = 2; r2 = %[cb_look] ll; r3 = 0; r4 = 0; call %[bpf_loop]; r0 = 0; exit;"
  :: __imm(bpf_loop), __imm_addr(cb_look) : __clobber_all); }
SEC("socket") __naked void spilled_map_across_call(void)
{ asm volatile ("r1 = %[a16] ll; *(u64 *)(r10 - 16) = r1; call %[bpf_ktime_get_ns]; r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = *(u64 *)(r10 - 16); call %[bpf_map_lookup_elem]; r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm_addr(a16) : __clobber_all); }
SEC("socket") __naked void map_in_r6_across_call(void)
{ asm volatile ("r6 = %[b8] ll; call %[bpf_ktime_get_ns]; r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = r6; call %[bpf_map_lookup_elem]; r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm(bpf_ktime_get_ns), __imm_addr(b8) : __clobber_all); }
char _license[] SEC("license") = "GPL";
