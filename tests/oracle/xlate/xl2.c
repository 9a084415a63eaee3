// xlate helper, batch 2: narrow ctx loads, data_meta, bpf_loop inline conditions and stack
// base, dead-code passes (hard-wired branches, removal across calls, user nops), tc LD_ABS
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");

SEC("socket") __naked void narrow_len_u16_hi(void)
{ asm volatile ("r0 = *(u16 *)(r1 + 2); exit;" ::: __clobber_all); }
SEC("socket") __naked void narrow_mark_u8_1(void)
{ asm volatile ("r0 = *(u8 *)(r1 + 9); exit;" ::: __clobber_all); }
SEC("tc") __naked void narrow_len_u16_lo(void)
{ asm volatile ("r0 = *(u16 *)(r1 + 0); exit;" ::: __clobber_all); }
SEC("xdp") __naked void xdp_data_meta(void)
{ asm volatile ("r2 = *(u32 *)(r1 + 8); r3 = *(u32 *)(r1 + 0); if r2 > r3 goto l0_%=; l0_%=: r0 = 2; exit;" ::: __clobber_all); }
static __naked __attribute__((noinline, used)) int loop_cb(void)
{ asm volatile ("r0 = 0; exit;" ::: __clobber_all); }
SEC("socket") __naked void loop_flags_nonzero(void)
{ asm volatile ("r1 = 2; r2 = %[loop_cb] ll; r3 = 0; r4 = 1; call %[bpf_loop]; r0 = 0; exit;"
  :: __imm(bpf_loop), __imm_addr(loop_cb) : __clobber_all); }
SEC("socket") __naked void loop_stack_12(void)
{ asm volatile ("r1 = 0; *(u32 *)(r10 - 12) = r1; *(u64 *)(r10 - 8) = r1; r1 = 3; r2 = %[loop_cb] ll; r3 = r10; r3 += -12; r4 = 0; call %[bpf_loop]; r0 = 0; exit;"
  :: __imm(bpf_loop), __imm_addr(loop_cb) : __clobber_all); }
SEC("socket") __naked void loop_twice(void)
{ asm volatile ("r1 = 2; r2 = %[loop_cb] ll; r3 = 0; r4 = 0; call %[bpf_loop]; r6 = r0; r1 = 3; r2 = %[loop_cb] ll; r3 = 0; r4 = 0; call %[bpf_loop]; r0 += r6; exit;"
  :: __imm(bpf_loop), __imm_addr(loop_cb) : __clobber_all); }
SEC("socket") __naked void dead_taken_branch(void)
{ asm volatile ("r0 = 0; if r0 != 0 goto l0_%=; r0 = 5; exit; l0_%=: r0 = 7; r0 += 1; exit;" ::: __clobber_all); }
SEC("socket") __naked void dead_fallthrough(void)
{ asm volatile ("r0 = 3; if r0 == 3 goto l0_%=; r0 = 5; r0 += 2; l0_%=: exit;" ::: __clobber_all); }
static __naked __attribute__((noinline, used)) int sub_two(void)
{ asm volatile ("r0 = 2; if r0 > 1 goto l0_%=; r0 = 9; l0_%=: exit;" ::: __clobber_all); }
SEC("socket") __naked void dead_then_call(void)
{ asm volatile ("r6 = 1; if r6 == 1 goto l0_%=; r0 = 4; r0 += 1; r0 += 2; l0_%=: call sub_two; r0 += 1; exit;" ::: __clobber_all); }
SEC("socket") __naked void user_nop_goto0(void)
{ asm volatile ("r0 = 1; goto +0; r0 += 1; goto +0; exit;" ::: __clobber_all); }
SEC("socket") __naked void dead_lookup_branch(void)
{ asm volatile (
  "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr] ll; r6 = 0;"
  "if r6 != 0 goto l0_%=; call %[bpf_map_lookup_elem]; if r0 == 0 goto l1_%=; r0 = *(u64 *)(r0 + 0); exit;"
  "l0_%=: r0 = 9; exit; l1_%=: r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm_addr(arr) : __clobber_all); }
SEC("tc") __naked void tc_ld_abs_h(void)
{ asm volatile ("r6 = r1; r0 = *(u16 *)skb[12]; if r0 != 8 goto l0_%=; r0 = *(u8 *)skb[23]; l0_%=: exit;" ::: __clobber_all); }
SEC("socket") __naked void backjump_over_ld_abs(void)
{ asm volatile ("r6 = r1; r7 = 0; l0_%=: r0 = *(u8 *)skb[0]; r7 += 1; if r7 < 3 goto l0_%=; exit;" ::: __clobber_all); }
SEC("tc") __naked void tc_write_mark_and_pkt(void)
{ asm volatile ("r2 = *(u32 *)(r1 + 76); r3 = *(u32 *)(r1 + 80); r4 = 7; *(u32 *)(r1 + 8) = r4; r4 = r2; r4 += 2; if r4 > r3 goto l0_%=; r5 = 1; *(u16 *)(r2 + 0) = r5; l0_%=: r0 = 0; exit;" ::: __clobber_all); }
SEC("socket") __naked void jiffies_lookup_mix(void)
{ asm volatile ("call %[bpf_jiffies64]; r6 = r0; r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr] ll; call %[bpf_map_lookup_elem]; r0 = 0; exit;"
  :: __imm(bpf_jiffies64), __imm(bpf_map_lookup_elem), __imm_addr(arr) : __clobber_all); }
char _license[] SEC("license") = "GPL";
