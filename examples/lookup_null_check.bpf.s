# Array lookup with the NULL check the verifier insists on; returns vals[3] (42).
.map vals type=array key_size=4 value_size=8 max_entries=8
.elem vals key=3 value=42

.program lookup_null_check section=socket
    r1 = 3
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call bpf_map_lookup_elem
    if r0 == 0 goto miss         # without this the load below may dereference NULL
    r0 = *(u64 *)(r0 + 0)
    exit
miss:
    r0 = 0
    exit
