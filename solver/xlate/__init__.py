"""The verifier's rewrite of a program (do_misc_fixups, convert_ctx_accesses, ...), as `bpftool prog dump xlated` shows it."""
