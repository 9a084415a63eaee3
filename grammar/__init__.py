"""bpfsmt.grammar: Lark grammars, readers and printers for every BPF input format."""
from .loader import load  # noqa: F401
