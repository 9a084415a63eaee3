"""Which do_jit each modelled kernel runs, and the JitConfig of its build."""
from __future__ import annotations

from dataclasses import replace

from bpfsmt.spec.kernels import DEFAULT_KERNEL, kernel_facts

from .emit import JitConfig, X86Jit
from .emit612 import X86Jit612

DO_JIT = {"6.1": X86Jit, "6.12": X86Jit612}


def jit_config(kernel=DEFAULT_KERNEL, **overrides) -> JitConfig:
    """The JIT of kernel `kernel` ("6.1", "6.12" or a KernelFacts) as the oracle built it:
    its do_jit, IBT, BMI2 and struct offsets; `overrides` replace fields (a mutant's `jit=`)."""
    kf = kernel_facts(kernel)
    return replace(JitConfig(jit=DO_JIT[kf.name], ibt=kf.layout.ibt, bmi2=kf.layout.bmi2,
                             kernel=kf.name), **overrides)
