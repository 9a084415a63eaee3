# bpf_spin_lock in a map value (the kernel needs map BTF for that: `btf spin_lock=4`).
# Look the element up, check for NULL, lock, increment, unlock: accepted by Linux 6.1.
.map vals type=array key_size=4 value_size=8 max_entries=1 btf spin_lock=4 field=cnt:0:4:int

.program lock_ok section=tc
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[vals] ll
    call %[bpf_map_lookup_elem]
    if r0 == 0 goto out
    r6 = r0
    r1 = r0
    r1 += 4                      # &val->lock
    call bpf_spin_lock
    r1 = *(u32 *)(r6 + 0)
    r1 += 1
    *(u32 *)(r6 + 0) = r1
    r1 = r6
    r1 += 4
    call bpf_spin_unlock
out:
    r0 = 0
    exit
