.map vals type=array key_size=4 value_size=0 max_entries=8
.elem vals key=3 value=42
.program p section=tc
    r0 = 0
    exit
