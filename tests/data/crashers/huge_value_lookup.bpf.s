.map m type=array key_size=4 value_size=4294967295 max_entries=4
.program p section=xdp
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[m] ll
    call bpf_map_lookup_elem
    r0 = 0
    exit
