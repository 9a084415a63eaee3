"""Errors that reach the user as `file:line:column: message` and exit code 2."""
from __future__ import annotations

from .insn import SourceLoc


class InputError(Exception):
    """Bad input: a syntax error, an unknown helper or mnemonic, an unresolved label, a jump out
    of range, a truncated raw file, a malformed ELF. The CLI prints `str(self)` and exits 2."""

    def __init__(self, message: str, loc: SourceLoc | None = None):
        super().__init__(message)
        self.message = message
        self.loc = loc or SourceLoc()

    def __str__(self) -> str:
        return f"{self.loc}: {self.message}"

    def __reduce__(self):
        # keep the location when the error travels back from a job process
        return (type(self), (self.message, self.loc))
