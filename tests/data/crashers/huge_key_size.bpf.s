.map m type=hash key_size=2147483647 value_size=8 max_entries=4
.elem m key=1 value=2
.program p section=xdp
    r0 = 0
    exit
