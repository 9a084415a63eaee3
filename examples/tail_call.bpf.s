# bpf_tail_call through a prog_array whose slot 0 holds another program of this file.
# The tail call replaces `entry` by `target`, so entry returns 7; with an empty slot the
# helper returns and entry falls through to `r0 = 1`.
.map jmp_table type=prog_array max_entries=4 slots=0:target

.program entry section=tc
    r2 = %[jmp_table] ll         # r1 (ctx) is passed through unchanged
    r3 = 0
    call bpf_tail_call
    r0 = 1
    exit

.program target section=tc
    r0 = 7
    exit
