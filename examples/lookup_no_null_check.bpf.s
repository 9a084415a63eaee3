# UNSAFE: the lookup result may be NULL (key 9 is out of range of an 8-entry array) and is
# dereferenced without a check.  Linux 6.1 rejects it:
#   R0 invalid mem access 'map_value_or_null'
.map vals type=array key_size=4 value_size=8 max_entries=8

.program lookup_no_null_check section=socket
    r1 = 9
    *(u32 *)(r10 - 4) = r1
    r2 = r10
    r2 += -4
    r1 = vals ll
    call bpf_map_lookup_elem
    r0 = *(u64 *)(r0 + 0)        # NULL when the key is missing
    exit
