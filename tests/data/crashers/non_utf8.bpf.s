.program p section=xdp
    r0 = 1 # Ã(
    exit
