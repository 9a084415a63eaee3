.map m type=array key_size=4 value_size=4294967295 max_entries=4
.elem m key=1 value=2
.program p section=xdp
    r0 = 0
    exit
