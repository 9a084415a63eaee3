"""The verifier's rewrite of an accepted program, as `bpftool prog dump xlated` shows it: the
passes bpf_check runs after do_check (opt.py, ctx_access.py, misc_fixups.py), in its order
(rewrite.py), over an instruction array that keeps branches and subprograms in step (patch.py)."""
from bpfsmt.spec.insn import KERNEL_ADDRESS_TARGETS
from bpfsmt.solver.xlate.rewrite import xlate

__all__ = ["KERNEL_ADDRESS_TARGETS", "xlate"]
