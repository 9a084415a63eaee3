"""bpfsmt.solver: one folder per engine (concrete, symbolic, verifier, xlate, jit)."""
