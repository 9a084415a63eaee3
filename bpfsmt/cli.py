"""The `bpfsmt` command line.

Exit codes (the same for every command): 0 safe/accepted/all proved, 1 unsafe/rejected/a proof
failed, 2 bad input, 3 unknown (also: a time or memory limit reached), 4 internal error (a bug
in bpfsmt: one line saying how to report it; --debug shows the traceback). Each subcommand lives
in `bpfsmt.commands.<name>` and is imported only when used, so `bpfsmt run` does not load Z3.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import sys

from bpfsmt import __version__
from bpfsmt.solver.budget import address_space_cap, memory_reason
from bpfsmt.spec.deadline import LimitReached
from bpfsmt.spec.errors import InputError

EXIT_OK, EXIT_FAIL, EXIT_INPUT, EXIT_UNKNOWN, EXIT_INTERNAL = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130
REPORT = "please report it with the input file and the output of the same command with --debug"
# A run of many jobs exits with the most telling code among its jobs.
_PRECEDENCE = (EXIT_FAIL, EXIT_INTERNAL, EXIT_UNKNOWN, EXIT_OK)


def worst_exit(codes) -> int:
    """1 if any job failed/was rejected, else 4 if any hit an internal error, else 3 if any is
    unknown, else 0."""
    codes = set(codes)
    return next((c for c in _PRECEDENCE if c in codes), EXIT_OK)

FORMAT_CHOICES = ["asm", "ubpf", "raw", "hex", "elf", "selftest", "verifier-log", "xlated",
                  "objdump"]


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors already; keep its message, drop nothing."""


def _add_input(p, many=True):
    p.add_argument("files", nargs="+" if many else None, metavar="FILE[:PROG]",
                   help="program file(s): .s text, .data, .o ELF, .c selftest, raw/hex; "
                        "FILE:PROG picks one program; directories stand for the files inside")
    p.add_argument("--format", choices=FORMAT_CHOICES, help="input format (default: by name)")
    p.add_argument("--program", "-p", action="append", help="only this program (repeatable)")


def _add_output(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="JSON lines, one object per program")
    g.add_argument("--csv", action="store_true", help="CSV table")
    _add_exec(p)


def _add_exec(p):
    """Where the jobs of a many-job command run, and the hard limits of each job."""
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="jobs at a time, each in a process of its own (default: one per CPU)")
    p.add_argument("--cluster", metavar="ADDRESS",
                   help="run the jobs on Ray: auto (the cluster this machine belongs to), "
                        "ray://HOST:PORT, or local (a private Ray instance); default: "
                        "$RAY_ADDRESS if set")
    p.add_argument("--job-timeout", type=float, default=600.0, metavar="SECONDS",
                   help="wall time after which a job is killed and reported UNKNOWN "
                        "(default: %(default)g)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def _positive(kind):
    def parse(text: str):
        try:
            v = kind(text)
        except ValueError:
            v = 0
        if not v > 0:
            raise argparse.ArgumentTypeError(f"expected a positive number, found {text!r}")
        return v
    return parse


def _add_kernel(p, what: str):
    from bpfsmt.spec.kernels import DEFAULT_KERNEL, KERNELS
    p.add_argument("--kernel", default=DEFAULT_KERNEL, choices=list(KERNELS),
                   help=f"the kernel whose {what} (default {DEFAULT_KERNEL})")


def _add_limits(p, timeout: float | None = None, what: str = "program"):
    """The one definition of the resource limits of every command that analyses programs;
    reaching one makes that program's answer UNKNOWN (exit 3) with the reason."""
    g = p.add_argument_group("limits")
    g.add_argument("--timeout", type=_positive(float), default=timeout, metavar="SECONDS",
                   help=f"wall time per {what}; past it the answer is UNKNOWN "
                        f"(default: {'none' if timeout is None else '%(default)g'})")
    g.add_argument("--max-memory", type=_positive(int), default=4096, metavar="MB",
                   help="memory each job (or, for run/xlate/jit, this process) may allocate: "
                        "RLIMIT_AS above what its process starts with; beyond it the answer is "
                        "UNKNOWN (default: %(default)d)")


# Commands that analyse in the CLI's own process: --max-memory applies to it.
IN_PROCESS_COMMANDS = ("run", "xlate", "jit")


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="bpfsmt", description="Prove BPF programs safe, find counterexamples to "
                 "verifier rules, and check the x86-64 JIT, with Z3.")
    ap.add_argument("--version", action="version", version=f"bpfsmt {__version__}")
    ap.add_argument("--debug", action="store_true", help="show Python tracebacks")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="execute a program concretely and print r0")
    _add_input(p, many=False)
    p.add_argument("--mem", help="input memory as hex (r1 points to it, r2 is its length)")
    p.add_argument("--ctx", help="context bytes as hex")
    p.add_argument("--packet", help="packet bytes as hex (packet program types)")
    p.add_argument("--trace", action="store_true", help="print every executed instruction")
    p.add_argument("--json", action="store_true")
    p.add_argument("--scheme", choices=["interp", "jit61", "jit610", "reinit"], default="interp",
                   help="tail-call counter scheme (6.1 interpreter, 6.1 x86 JIT, 6.10+ JIT, "
                        "a subprog re-initialising the counter)")
    p.add_argument("--helper-return", action="append", default=[], metavar="NAME=V[,V...]",
                   help="values a helper returns, in order (e.g. bpf_get_prandom_u32=7,9)")
    p.add_argument("--user-mem", metavar="HEX", help="user memory bpf_copy_from_user reads")
    priv = p.add_mutually_exclusive_group()
    priv.add_argument("--privileged", dest="privileged", action="store_true", default=True,
                      help="as the oracle loads (CAP_BPF): uninitialised stack reads are "
                           "allowed, as Linux 6.1 allows them (default)")
    priv.add_argument("--unprivileged", dest="privileged", action="store_false",
                      help="an uninitialised stack read faults (CORE-03)")
    p.add_argument("--map", action="append", default=[], metavar="NAME:KEYHEX=VALHEX",
                   help="initial map element (little-endian hex of the exact key/value size)")
    p.add_argument("--no-jit", action="store_true",
                   help="run as the 6.1 interpreter (map errnos sign-extended)")
    _add_limits(p)

    p = sub.add_parser("check", help="is the program safe? (Z3 over every path)")
    _add_input(p)
    _add_output(p)
    _add_limits(p, 30.0)
    p.add_argument("--obligation-timeout", type=float, default=10.0,
                   help="at most this many seconds of solver time per obligation")
    p.add_argument("--loop-bound", type=int, default=8,
                   help="trips of a loop unrolled before it is decided by induction")
    p.add_argument("--explain", metavar="DIR", help="write a CFG SVG per program to DIR")
    p.add_argument("--rules", default="6.1", help="rule set (6.1, proposed, or a mutant name)")
    p.add_argument("--kernel", default="6.1", help="the verifier model compared with: 6.1 or 6.12")
    p.add_argument("--no-story", action="store_true",
                   help="table only: no counterexample listing after it")

    p = sub.add_parser("verify", help="would Linux 6.1 (6.12) accept it, with which message?")
    _add_input(p)
    _add_output(p)
    _add_limits(p)
    p.add_argument("--rules", default="6.1", help="rule set (6.1, proposed, or a mutant name)")
    p.add_argument("--kernel", default="6.1",
                   help="6.1 (default), 6.12, or 6.1,6.12: one row per program with both verdicts "
                        "and the delta rule that makes them differ")
    p.add_argument("--explain", metavar="DIR", help="write a CFG SVG per program to DIR")
    p.add_argument("--log-level", type=int, default=0, metavar="N",
                   help="print the verifier log as the kernel would with this log_level "
                        "(1: the failing path, 2: every path, +4: statistics)")
    p.add_argument("--unprivileged", action="store_true",
                   help="loaded without CAP_BPF/CAP_PERFMON/CAP_SYS_ADMIN/CAP_NET_ADMIN: pointer "
                        "leaks, Spectre v1 sanitation, no loops/calls, socket programs only")

    p = sub.add_parser("prove", help="check the theorems in proofs/ and refute their mutants")
    p.add_argument("names", nargs="*", help="only these theorems (default: all)")
    p.add_argument("--list", action="store_true", help="list the theorems and exit")
    p.add_argument("--json", action="store_true")
    from bpfsmt.spec.kernels import KERNELS
    p.add_argument("--kernel", choices=list(KERNELS),
                   help="only the theorems about this kernel's rules and JIT code (default: all)")
    _add_limits(p, 120.0, "theorem")
    _add_exec(p)

    p = sub.add_parser("xlate", help="print the program as the 6.1 (6.12) verifier rewrites it")
    _add_input(p)
    _add_kernel(p, "verifier rewrites the program (struct offsets, inlined lookups)")
    p.add_argument("--no-jit", action="store_true", help="as with bpf_jit_enable=0")
    p.add_argument("--hex", action="store_true", help="also print the raw instruction bytes")
    p.add_argument("--json", action="store_true", help="one JSON object per program")
    p.add_argument("--unprivileged", action="store_true",
                   help="as loaded without CAP_BPF/CAP_PERFMON: dead code trapped, Spectre v1 "
                        "masks and v4 nospec barriers")
    _add_limits(p)

    p = sub.add_parser("jit", help="print the x86-64 image the 6.1 (6.12) JIT emits")
    _add_input(p)
    _add_kernel(p, "verifier, rewrites and x86-64 JIT produce the image")
    p.add_argument("--hex-only", action="store_true", help="one line per program: NAME HEX")
    p.add_argument("--json", action="store_true", help="one JSON object per program")
    p.add_argument("--harden", type=int, choices=(0, 1, 2), default=0,
                   help="net.core.bpf_jit_harden: 2 blinds constants (1 only for loaders "
                        "without CAP_BPF; programs are JITed as root)")
    p.add_argument("--blind-seed", type=int, default=0, metavar="N",
                   help="seed of the blinding's random values (the kernel's differ per load)")
    _add_limits(p)

    p = sub.add_parser("jit-validate", help="prove real JIT bytes equivalent to the program")
    _add_input(p, many=False)
    _add_kernel(p, "JIT produced the bytes (its layout and rewrites)")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--jited", metavar="HEX", help="the x86-64 bytes the kernel produced")
    src.add_argument("--oracle", metavar="RESULTS_JSONL", help="read jited_insns from an oracle run")
    p.add_argument("--func-lens", metavar="N,N,...",
                   help="with --jited: the kernel's jited_func_lens (default: the functions' "
                        "prologues found in the image)")
    _add_limits(p, 60.0)
    _add_exec(p)

    p = sub.add_parser("selftest", help="compile and run kernel selftest-style .c files")
    p.add_argument("files", nargs="+", metavar="FILE.c")
    p.add_argument("--kernel", default="6.1", choices=["6.1", "6.12"],
                   help="the kernel whose vmlinux.h and verifier judge the files")
    p.add_argument("--json", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true")
    _add_limits(p)
    _add_exec(p)

    p = sub.add_parser("conformance", help="run bpf_conformance .data files")
    p.add_argument("paths", nargs="+", metavar="DIR_OR_FILE")
    p.add_argument("--summary", action="store_true", help="print only failures and the total")
    _add_limits(p)
    _add_exec(p)
    return ap


COMMANDS = {"run": "run", "check": "check", "verify": "verify", "prove": "prove",
            "xlate": "xlate", "jit": "jit", "jit-validate": "jit_validate",
            "selftest": "selftest", "conformance": "conformance"}


@functools.lru_cache(maxsize=1)
def _parser() -> argparse.ArgumentParser:
    """Built once per process: in-process callers (the input fuzzer) run main() thousands of
    times, and building the parser costs more than most bad inputs."""
    return build_parser()


def main(argv: list[str] | None = None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    if not args.command:
        ap.print_help()
        return EXIT_INPUT
    try:
        mod = importlib.import_module(f"bpfsmt.commands.{COMMANDS[args.command]}")
        if args.command in IN_PROCESS_COMMANDS and not args.debug:   # jobs cap their own
            with address_space_cap(args.max_memory):
                return mod.main(args)
        return mod.main(args)
    except InputError as e:
        print(f"bpfsmt: {e}", file=sys.stderr)
        return EXIT_INPUT
    except LimitReached as e:
        print(f"bpfsmt: UNKNOWN: {e.reason}", file=sys.stderr)
        return EXIT_UNKNOWN
    except MemoryError:
        if args.debug:
            raise
        print(f"bpfsmt: UNKNOWN: {memory_reason()}", file=sys.stderr)
        return EXIT_UNKNOWN
    except KeyboardInterrupt:
        print("bpfsmt: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug in bpfsmt, not bad input: say so plainly
        if getattr(args, "debug", False):
            raise
        first = (str(e).splitlines() or [""])[0][:200]
        print(f"bpfsmt: internal error: {type(e).__name__}: {first} ({REPORT})", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
