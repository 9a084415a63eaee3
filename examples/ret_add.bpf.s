# The smallest complete program: main calls a bpf2bpf subprogram and returns its result.
#   bpfsmt run examples/ret_add.bpf.s        -> r0 = 42
.program ret_add section=socket
    r1 = 40
    r2 = 2
    call add                 # a pseudo call: add is a function of this program
    exit

.func add                    # r0 = r1 + r2
    r0 = r1
    r0 += r2
    exit
