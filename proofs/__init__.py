"""bpfsmt.proofs: named theorems about verifier rules and the JIT, each with mutants that the
checker must refute with a counterexample. `bpfsmt prove` runs them all."""
