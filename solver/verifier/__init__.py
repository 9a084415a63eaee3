"""The Linux 6.1 verifier model: `verify(pfile, program)` says whether 6.1 would load a program
and, if not, prints the kernel's error block. Modules follow verifier.c's sections: state.py
(bpf_verifier.h), passes.py (load-time passes), alu.py, memory.py, stack.py, calls.py,
branches.py, pruning.py (is_state_visited), main.py (do_check, bpf_check); bounds.py holds the
tnum and range arithmetic and ctx.py the context layouts."""
from bpfsmt.solver.verifier.log import VerifierError, rule_of
from bpfsmt.solver.verifier.main import VerifyResult, Verifier, verify

__all__ = ["verify", "VerifyResult", "Verifier", "VerifierError", "rule_of"]
