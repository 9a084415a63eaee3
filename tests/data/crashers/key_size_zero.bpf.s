.map vals type=array key_size=0 value_size=8 max_entries=1
.program p section=tc
    r1 = 0
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = %[vals] ll
    call bpf_map_lookup_elem
    r0 = 0
    exit
