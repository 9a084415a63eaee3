"""bpfsmt.spec: the formal specification (ISA semantics, IR, helper/map/program-type tables,
verifier rules, x86-64 subset semantics). Engines in bpfsmt.solver interpret it."""
