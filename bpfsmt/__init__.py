"""bpfsmt: a formal model of the Linux eBPF verifier and x86-64 JIT on Z3.

Subpackages: grammar (parsers/printers), spec (semantics and rule tables), solver (engines and
CLI), proofs (theorems with mutants)."""
__version__ = "0.1.0"
