"""bpfsmt.solver: engines (concrete executor, Z3 lowering, checker, replay, verifier model,
JIT model and equivalence checker) and the command line."""
