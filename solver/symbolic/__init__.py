"""The symbolic engine: a program lowered to Z3 obligations, checked, and counterexamples replayed."""
