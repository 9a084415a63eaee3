// xlate helper: rewrites of do_misc_fixups (div/mod patchlets and branch adjustment, map ops,
// LD_ABS sizes, jiffies64, storage gfp flags, bpf2bpf calls across patches)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "oracle_asm.h"

struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } arr SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 7); __type(key, int); __uint(value_size, 20); } arr20 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __type(key, __u64); __type(value, __u64); } h8 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_HASH); __uint(max_entries, 4); __uint(key_size, 12); __type(value, __u64); } h12 SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_LRU_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } lru SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_HASH); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } pch SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_QUEUE); __uint(max_entries, 4); __uint(value_size, 8); } q SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_STACK); __uint(max_entries, 4); __uint(value_size, 8); } stk SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_DEVMAP); __uint(max_entries, 4); __type(key, int); __type(value, int); } dev SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(max_entries, 4); __type(key, int); __type(value, __u64); } pca SEC(".maps");

SEC("socket") __naked void div64_reg(void)
{ asm volatile ("r0 = 100; r1 = 7; r0 /= r1; exit;" ::: __clobber_all); }
SEC("socket") __naked void div32_reg(void)
{ asm volatile ("w0 = 100; w1 = 7; w0 /= w1; exit;" ::: __clobber_all); }
SEC("socket") __naked void div_mod_mixed_jumps(void)
{ asm volatile (
  "call %[bpf_get_prandom_u32]; r6 = r0; r7 = 3;"
  "if r6 > 10 goto l1_%=;"
  "r6 /= r7;"
  "if r6 == 2 goto l2_%=;"
  ".8byte 0x000000000000769c;"
  "l1_%=: .8byte 0x000000000000769f;"
  "w6 /= w7;"
  "l2_%=: r0 = r6; exit;"
  :: __imm(bpf_get_prandom_u32) : __clobber_all); }
SEC("socket") __naked void div_in_loop_backjump(void)
{ asm volatile (
  "r0 = 1000; r1 = 3; r2 = 0;"
  "l0_%=: r0 /= r1; r2 += 1; if r2 < 4 goto l0_%=;"
  ".8byte 0x000000000000109c; if r2 != 0 goto l0b_%=; r0 = 0;"
  "l0b_%=: exit;" ::: __clobber_all); }
static __naked __attribute__((noinline, used)) int sub_div(void)
{ asm volatile ("r0 = r1; r2 = 5; r0 /= r2; exit;" ::: __clobber_all); }
SEC("socket") __naked void call_across_patch(void)
{ asm volatile (
  "r1 = 50; r2 = 3; .8byte 0x000000000000219f; call sub_div; r6 = r0;"
  "r1 = 9; call sub_div; r0 += r6; exit;" ::: __clobber_all); }
SEC("socket") __naked void lookup_then_call_sub(void)
{ asm volatile (
  "r1 = 0; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr20] ll;"
  "call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r1 = 8; call sub_div; exit;"
  "l0_%=: r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm_addr(arr20) : __clobber_all); }
SEC("socket") __naked void hash_key8_ops(void)
{ asm volatile (
  "r1 = 0; *(u64 *)(r10 - 8) = r1; *(u64 *)(r10 - 16) = r1;"
  "r2 = r10; r2 += -8; r1 = %[h8] ll; call %[bpf_map_lookup_elem];"
  "r2 = r10; r2 += -8; r3 = r10; r3 += -16; r4 = 0; r1 = %[h8] ll; call %[bpf_map_update_elem];"
  "r2 = r10; r2 += -8; r1 = %[h8] ll; call %[bpf_map_delete_elem];"
  "r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm(bpf_map_update_elem), __imm(bpf_map_delete_elem), __imm_addr(h8) : __clobber_all); }
SEC("socket") __naked void hash_key12_lookup(void)
{ asm volatile (
  "r1 = 0; *(u64 *)(r10 - 16) = r1; *(u32 *)(r10 - 8) = r1;"
  "r2 = r10; r2 += -16; r1 = %[h12] ll; call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r0 = *(u64 *)(r0 + 0); exit;"
  "l0_%=: r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm_addr(h12) : __clobber_all); }
SEC("socket") __naked void lru_update_delete(void)
{ asm volatile (
  "r1 = 0; *(u64 *)(r10 - 8) = r1; *(u64 *)(r10 - 16) = r1;"
  "r2 = r10; r2 += -8; r3 = r10; r3 += -16; r4 = 0; r1 = %[lru] ll; call %[bpf_map_update_elem];"
  "r2 = r10; r2 += -8; r1 = %[lru] ll; call %[bpf_map_delete_elem];"
  "r0 = 0; exit;"
  :: __imm(bpf_map_update_elem), __imm(bpf_map_delete_elem), __imm_addr(lru) : __clobber_all); }
SEC("socket") __naked void percpu_hash_ops(void)
{ asm volatile (
  "r1 = 0; *(u64 *)(r10 - 8) = r1; *(u64 *)(r10 - 16) = r1;"
  "r2 = r10; r2 += -8; r1 = %[pch] ll; call %[bpf_map_lookup_elem];"
  "r2 = r10; r2 += -8; r3 = r10; r3 += -16; r4 = 0; r1 = %[pch] ll; call %[bpf_map_update_elem];"
  "r2 = r10; r2 += -8; r1 = %[pch] ll; r3 = 0; call %[bpf_map_lookup_percpu_elem];"
  "r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm(bpf_map_update_elem), __imm(bpf_map_lookup_percpu_elem), __imm_addr(pch) : __clobber_all); }
SEC("socket") __naked void percpu_array_ops(void)
{ asm volatile (
  "r1 = 0; *(u64 *)(r10 - 8) = r1; *(u64 *)(r10 - 16) = r1;"
  "r2 = r10; r2 += -8; r3 = r10; r3 += -16; r4 = 0; r1 = %[pca] ll; call %[bpf_map_update_elem];"
  "r2 = r10; r2 += -8; r1 = %[pca] ll; r3 = 0; call %[bpf_map_lookup_percpu_elem];"
  "r0 = 0; exit;"
  :: __imm(bpf_map_update_elem), __imm(bpf_map_lookup_percpu_elem), __imm_addr(pca) : __clobber_all); }
SEC("socket") __naked void array_update_delete(void)
{ asm volatile (
  "r1 = 0; *(u64 *)(r10 - 8) = r1; *(u64 *)(r10 - 16) = r1;"
  "r2 = r10; r2 += -8; r3 = r10; r3 += -16; r4 = 0; r1 = %[arr] ll; call %[bpf_map_update_elem];"
  "r0 = 0; exit;"
  :: __imm(bpf_map_update_elem), __imm_addr(arr) : __clobber_all); }
SEC("socket") __naked void queue_stack_ops(void)
{ asm volatile (
  "r1 = 0; *(u64 *)(r10 - 8) = r1;"
  "r2 = r10; r2 += -8; r3 = 0; r1 = %[q] ll; call %[bpf_map_push_elem];"
  "r2 = r10; r2 += -8; r1 = %[q] ll; call %[bpf_map_pop_elem];"
  "r2 = r10; r2 += -8; r1 = %[stk] ll; call %[bpf_map_peek_elem];"
  "r2 = r10; r2 += -8; r3 = 0; r1 = %[stk] ll; call %[bpf_map_push_elem];"
  "r2 = r10; r2 += -8; r1 = %[stk] ll; call %[bpf_map_pop_elem];"
  "r0 = 0; exit;"
  :: __imm(bpf_map_push_elem), __imm(bpf_map_pop_elem), __imm(bpf_map_peek_elem), __imm_addr(q), __imm_addr(stk) : __clobber_all); }
SEC("xdp") __naked void xdp_redirect_devmap(void)
{ asm volatile ("r1 = %[dev] ll; r2 = 0; r3 = 0; call %[bpf_redirect_map]; exit;"
  :: __imm(bpf_redirect_map), __imm_addr(dev) : __clobber_all); }
static __naked __attribute__((noinline, used)) int cb_each(void)
{ asm volatile ("r0 = 0; exit;" ::: __clobber_all); }
SEC("socket") __naked void for_each_array(void)
{ asm volatile ("r1 = 0; r2 = 9; r2 /= r1; r1 = %[arr] ll; r2 = %[cb_each] ll; r3 = 0; r4 = 0; call %[bpf_for_each_map_elem]; r0 = 0; exit;"
  :: __imm(bpf_for_each_map_elem), __imm_addr(arr), __imm_addr(cb_each) : __clobber_all); }
SEC("socket") __naked void for_each_hash(void)
{ asm volatile ("r1 = %[h8] ll; r2 = %[cb_each] ll; r3 = 0; r4 = 0; call %[bpf_for_each_map_elem]; r0 = 0; exit;"
  :: __imm(bpf_for_each_map_elem), __imm_addr(h8), __imm_addr(cb_each) : __clobber_all); }
SEC("socket") __naked void ld_abs_sizes(void)
{ asm volatile ("r6 = r1; r0 = *(u16 *)skb[12]; r0 = *(u32 *)skb[0]; r7 = 1; .8byte 0x0000000000007050; .8byte 0x0000000400007040; exit;" ::: __clobber_all); }
SEC("tc") __naked void tc_ld_abs_div(void)
{ asm volatile ("r6 = r1; r1 = 3; r0 = *(u8 *)skb[9]; r0 /= r1; if r0 > 3 goto l0_%=; r0 = *(u16 *)skb[2]; l0_%=: r0 = 0; exit;" ::: __clobber_all); }
SEC("socket") __naked void jiffies64_call(void)
{ asm volatile ("call %[bpf_jiffies64]; r0 = 0; exit;" :: __imm(bpf_jiffies64) : __clobber_all); }
SEC("socket") __naked void smp_id_and_ktime(void)
{ asm volatile ("call %[bpf_get_smp_processor_id]; call %[bpf_ktime_get_ns]; call %[bpf_get_numa_node_id]; r0 = 0; exit;"
  :: __imm(bpf_get_smp_processor_id), __imm(bpf_ktime_get_ns), __imm(bpf_get_numa_node_id) : __clobber_all); }
SEC("kprobe/do_nanosleep") __naked void kprobe_helpers(void)
{ asm volatile ("call %[bpf_get_smp_processor_id]; call %[bpf_get_current_pid_tgid]; call %[bpf_get_prandom_u32]; r0 = 0; exit;"
  :: __imm(bpf_get_smp_processor_id), __imm(bpf_get_current_pid_tgid), __imm(bpf_get_prandom_u32) : __clobber_all); }
SEC("socket") __naked void poisoned_then_same(void)
{ asm volatile (
  "call %[bpf_get_prandom_u32]; r6 = r0; r1 = 1; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4;"
  "r1 = %[arr] ll; if r6 > 5 goto l0_%=; r1 = %[arr20] ll;"
  "l0_%=: call %[bpf_map_lookup_elem];"
  "r2 = r10; r2 += -4; r1 = %[arr] ll; *(u64 *)(r10 - 16) = r1; r1 = 0; r1 = *(u64 *)(r10 - 16); call %[bpf_map_lookup_elem]; r0 = 0; exit;"
  :: __imm(bpf_get_prandom_u32), __imm(bpf_map_lookup_elem), __imm_addr(arr), __imm_addr(arr20) : __clobber_all); }
SEC("socket") __naked void lookup_arr20_mul(void)
{ asm volatile ("r1 = 6; *(u32 *)(r10 - 4) = r1; r2 = r10; r2 += -4; r1 = %[arr20] ll; call %[bpf_map_lookup_elem]; if r0 == 0 goto l0_%=; r0 = *(u32 *)(r0 + 16); exit; l0_%=: r0 = 0; exit;"
  :: __imm(bpf_map_lookup_elem), __imm_addr(arr20) : __clobber_all); }
char _license[] SEC("license") = "GPL";
