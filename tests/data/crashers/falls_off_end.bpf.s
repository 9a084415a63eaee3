.program p section=xdp
    r0 = 1
