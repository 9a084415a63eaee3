"""Fuzz campaigns: `python -m bpfsmt.testing.fuzz inputs|programs --count N`.

`inputs` mutates the seeds of every input format (bpfsmt/testing/mutate.py) and runs the
commands in-process on each mutant, as `bpfsmt --debug CMD --timeout 2 FILE` would: every input
must get an answer (exit 0-3, a bad-input line pointing into the file); an exception or exit 4
is a crash, an input still running after `--per-input` seconds a hang. One crasher per distinct
site is saved under `--out` with its traceback.

`programs` is the soundness campaign over random valid programs (bpfsmt/testing/gen.py):
1. **agreement**: the Z3 encoding evaluated on concrete inputs predicts exactly what the
   executor does (same fault at the same slot, or the same R0 and final map contents);
2. **soundness of SAFE**: when `check` says SAFE, the executor must not fault on any of
   `--inputs` random inputs;
3. **UNSAFE replayed**: every counterexample must replay on the executor.

Both run as batches of `--batch` inputs, one job each (bpfsmt/execution.py: local pool by
default, Ray with --cluster); input `i` of seed `s` is the same wherever it runs. Each prints
its findings, then one summary line `inputs N crashes C hangs H unsound U seconds S`; the exit
status is 1 when crashes, hangs, unsound verdicts, disagreements or failed batches are not 0.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import io
import os
import random
import re
import signal
import sys
import tempfile
import time
import traceback


class Hang(BaseException):
    """Raised by the wall-time backstop (a BaseException so no `except Exception` eats it)."""


def _on_alarm(_sig, _frame):
    raise Hang()


@contextlib.contextmanager
def _backstop(seconds: float):
    """SIGALRM after `seconds` of wall time (a batch runs in one thread of its own process)."""
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _site(tb) -> str:
    """The innermost frame of bpfsmt's own code: a crash's identity for de-duplication."""
    frames = traceback.extract_tb(tb)
    ours = [f for f in frames if "site-packages" not in f.filename] or frames
    parts = ours[-1].filename.split(os.sep)
    return f"{'/'.join(parts[-2:])}:{ours[-1].lineno}"


# ---- inputs -----------------------------------------------------------------------------------
# Commands run on each mutant: (every Nth input, argv after the file). `run` and `verify` see
# every input; the pipelines behind xlate/jit and the Z3 check a sample.
COMMANDS = [(1, ["run"]), (1, ["verify", "--json"]), (4, ["xlate"]), (4, ["jit"]),
            (25, ["check", "--json"])]
TEXT_FORMATS = ("asm", "ubpf", "hex", "verifier-log", "xlated", "objdump")
_LOC = re.compile(r"^bpfsmt: .*?:(\d+):(\d+): ", re.M)
_TRACEBACK_SITE = re.compile(r'File "([^"]+)", line (\d+)')
_SEEDS: dict = {}


def misplaced(data: bytes, stderr: str) -> str | None:
    """A bad-input message whose line:col is not in the text (0:0 is 'the whole file')."""
    m = _LOC.search(stderr)
    if not m or m.group(1) == "0":
        return None
    line, col = int(m.group(1)), int(m.group(2))
    lines = data.split(b"\n")
    if line > len(lines) or col > len(lines[line - 1]) + 1:
        return f"{line}:{col} is outside the input ({len(lines)} lines)"
    return None


def _seeds() -> dict:
    """The seeds, read once per process (the driver warms it before the jobs fork)."""
    if not _SEEDS:
        from bpfsmt.testing.mutate import load_seeds
        _SEEDS.update(load_seeds(os.environ.get("BPFSMT_SHARED")))
    return _SEEDS


def _run_cli(argv: list[str]) -> tuple[int, str]:
    from bpfsmt.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        return main(argv), err.getvalue()


def _one_input(argv: list[str], data: bytes, fmt: str, per_input: float):
    """(None, None, None) for an answer, else (kind, site, detail) of the finding."""
    try:
        with _backstop(per_input):
            rc, err = _run_cli(argv)
    except Hang:
        return "hang", argv[1], f"no answer within {per_input} s"
    except KeyboardInterrupt:
        raise
    except BaseException as e:  # noqa: BLE001 - every escape is a finding
        return "crash", f"{type(e).__name__}@{_site(e.__traceback__)}", \
            "".join(traceback.format_exception(type(e), e, e.__traceback__))
    if rc == 4:                 # a job's exception, reported by the execution layer
        sites = [m for m in _TRACEBACK_SITE.finditer(err) if "site-packages" not in m.group(1)]
        site = "/".join(sites[-1].group(1).split(os.sep)[-2:]) + f":{sites[-1].group(2)}" \
            if sites else "exit 4"
        return "crash", site, err
    bad = misplaced(data, err) if rc == 2 and fmt in TEXT_FORMATS else None
    if bad:
        return "crash", "misplaced-location", f"{bad}\n{err}"
    return None, rc, None


def _input_batch(spec: tuple) -> tuple[dict, list[str]]:
    """Mutants start .. start+n-1 of campaign `seed`: (counts, finding lines)."""
    seed, start, n, timeout, per_input, out_dir = spec
    from bpfsmt.testing.mutate import FORMAT_EXT, mutate
    seeds = _seeds()
    formats = sorted(seeds)
    stats: collections.Counter = collections.Counter()
    lines: list[str] = []
    seen: set = set()
    with tempfile.TemporaryDirectory(prefix="bpfsmt-fuzz-",
                                     dir="/dev/shm" if os.path.isdir("/dev/shm") else None) as d:
        for i in range(start, start + n):
            r = random.Random(seed * 1_000_003 + i)
            fmt = formats[i % len(formats)]
            data = mutate(r, fmt, seeds[fmt])
            path = os.path.join(d, f"in{FORMAT_EXT[fmt]}")
            with open(path, "wb") as f:
                f.write(data)
            stats["inputs"] += 1
            for every, cmd in COMMANDS:
                if i % every:
                    continue
                argv = ["--debug", cmd[0], "--format", fmt, "--timeout", str(timeout), path] + \
                    cmd[1:]
                kind, site, detail = _one_input(argv, data, fmt, per_input)
                if kind is None:
                    stats[f"exit_{site}"] += 1
                    continue
                stats["crashes" if kind == "crash" else "hangs"] += 1
                key = f"{kind}:{cmd[0]}:{fmt}:{site}"
                if key not in seen:
                    seen.add(key)
                    lines.append(f"{kind.upper()} {cmd[0]} {fmt} seed={seed} input={i}: {site}")
                    if out_dir:
                        _save(out_dir, key, fmt, data, argv, detail)
                break
    return dict(stats), lines


def _save(out_dir, key, fmt, data, argv, text):
    from bpfsmt.testing.mutate import FORMAT_EXT
    os.makedirs(out_dir, exist_ok=True)
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in key)[:120]
    with open(os.path.join(out_dir, name + FORMAT_EXT[fmt]), "wb") as f:
        f.write(data)
    with open(os.path.join(out_dir, name + ".crash"), "w") as f:
        f.write(" ".join(argv) + "\n" + text)


# ---- programs ---------------------------------------------------------------------------------
def _program_batch(spec: tuple) -> tuple[dict, list[str]]:
    """Programs start .. start+n-1 of the campaign `seed` (each from its own seeded generator,
    so a batch's findings do not depend on which worker ran it): (counts, finding lines)."""
    seed, start, n, max_blocks, timeout, n_inputs, per_program = spec
    from bpfsmt.solver.budget import LimitReached, time_limit
    from bpfsmt.solver.concrete.exec import execute
    from bpfsmt.solver.symbolic.checker import check
    from bpfsmt.solver.symbolic.evaluate import compare
    from bpfsmt.testing.gen import Rand, gen_inputs, gen_program
    stats: collections.Counter = collections.Counter()
    lines: list[str] = []
    for i in range(start, start + n):
        r = Rand(random.Random(seed * 1_000_003 + i))
        pf = gen_program(r, max_blocks)
        prog = pf.programs[0]
        inputs = [gen_inputs(r, pf) for _ in range(n_inputs)]
        stats["inputs"] += 1
        try:
            with _backstop(per_program), time_limit(per_program):
                diffs = []
                for inp in inputs[:2]:
                    diffs += compare(pf, prog, inp)
                if diffs:
                    stats["disagreements"] += 1
                    lines.append(f"DISAGREEMENT seed={seed} program={i}: {diffs[:3]}")
                res = check(pf, prog, timeout=timeout)
                stats[f"verdict_{res.verdict}"] += 1
                if res.verdict == "unsafe":
                    stats["replay_confirmed" if res.replayed else "replay_disagreed"] += 1
                    if not res.replayed:
                        stats["unsound"] += 1
                        lines.append(f"UNSAFE NOT REPLAYED seed={seed} program={i}: "
                                     f"{res.replay_note}")
                elif res.verdict == "safe":
                    for inp in inputs:
                        got = execute(pf, prog, inp)
                        stats["safe_runs"] += 1
                        if got.fault is not None:
                            stats["unsound"] += 1
                            lines.append(f"UNSOUND SAFE seed={seed} program={i}: executor "
                                         f"faulted {got.fault.to_json()}")
                            break
        except (Hang, LimitReached):
            stats["hangs"] += 1
            lines.append(f"HANG seed={seed} program={i}: no answer within {per_program} s")
        except Exception as e:  # noqa: BLE001 - a crash is a finding, keep going
            stats["crashes"] += 1
            lines.append(f"CRASH seed={seed} program={i}: {type(e).__name__}@"
                         f"{_site(e.__traceback__)}: {e}")
    return dict(stats), lines


# ---- driver -----------------------------------------------------------------------------------
def campaign(kind: str, count: int, seed: int = 0, batch: int = 25, out=sys.stdout,
             verbose: bool = False, **options) -> dict:
    """Run campaign `kind` ("inputs" or "programs") as jobs of `batch`; findings print in
    order. A batch killed at its limit or whose worker died counts in `batch_failures`.
    `options`: timeout, per-input (inputs: per_input, out_dir; programs: max_blocks, n_inputs,
    per_program) and the execution layer's jobs/cluster/limits/in_process."""
    from bpfsmt.execution import JobFailure, run_jobs
    exec_keys = ("jobs", "cluster", "limits", "in_process")
    exec_options = {k: options.pop(k) for k in exec_keys if k in options}
    if kind == "inputs":
        fn, warm = _input_batch, _seeds
        rest = (options.get("timeout", 2.0), options.get("per_input", 60.0),
                options.get("out_dir"))
    else:
        fn, warm = _program_batch, None
        rest = (options.get("max_blocks", 10), options.get("timeout", 10.0),
                options.get("n_inputs", 16), options.get("per_program", 120.0))
    specs = [(seed, start, min(batch, count - start), *rest) for start in range(0, count, batch)]
    stats: collections.Counter = collections.Counter()
    t0 = time.perf_counter()
    results = run_jobs(specs, fn, label=f"fuzz {kind}", quiet=not verbose, warm=warm,
                       **exec_options)
    for spec, got in zip(specs, results):
        if isinstance(got, JobFailure):
            stats["batch_failures"] += 1
            print(f"BATCH FAILED {kind} {spec[1]}..{spec[1] + spec[2] - 1}: {got.verdict}: "
                  f"{got.reason}", file=out)
            continue
        counts, lines = got
        stats.update(counts)
        for line in lines:
            print(line, file=out)
    stats["seconds"] = round(time.perf_counter() - t0, 1)
    return dict(stats)


def summary(s: dict) -> str:
    return (f"inputs {s.get('inputs', 0)} crashes {s.get('crashes', 0)} hangs "
            f"{s.get('hangs', 0)} unsound {s.get('unsound', 0)} seconds {s.get('seconds', 0)}")


def failed(s: dict) -> bool:
    return any(s.get(k, 0) for k in ("crashes", "hangs", "unsound", "disagreements",
                                      "batch_failures"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bpfsmt.testing.fuzz", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("campaign", choices=["inputs", "programs"])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=None,
                    help="inputs per job (default: 200 inputs, 25 programs)")
    ap.add_argument("--per-input", type=float, default=None,
                    help="seconds after which an input or program counts as a hang "
                         "(60 s inputs, 120 s programs)")
    ap.add_argument("--out", help="inputs: directory for crashers (one per distinct site)")
    ap.add_argument("--inputs", type=int, default=16, help="programs: concrete runs per SAFE")
    ap.add_argument("--max-blocks", type=int, default=10)
    ap.add_argument("-v", "--verbose", action="store_true", help="progress bar")
    from bpfsmt.cli import _add_exec, _add_limits
    _add_exec(ap)
    _add_limits(ap, None, "input (none: 2 s) or program (none: 10 s)")
    a = ap.parse_args(argv)
    from bpfsmt.execution import limits_from
    exec_options = dict(jobs=a.jobs, cluster=a.cluster, limits=limits_from(a))
    if a.campaign == "inputs":
        s = campaign("inputs", a.count, a.seed, a.batch or 200, verbose=a.verbose,
                     timeout=a.timeout or 2.0, per_input=a.per_input or 60.0, out_dir=a.out,
                     **exec_options)
        mix = {k: v for k, v in sorted(s.items()) if k.startswith("exit_")}
        print(f"answers by exit code: {mix}; failed batches {s.get('batch_failures', 0)}")
    else:
        s = campaign("programs", a.count, a.seed, a.batch or 25, verbose=a.verbose,
                     timeout=a.timeout or 10.0, per_program=a.per_input or 120.0,
                     max_blocks=a.max_blocks, n_inputs=a.inputs, **exec_options)
        print(f"verdicts: safe {s.get('verdict_safe', 0)} unsafe {s.get('verdict_unsafe', 0)} "
              f"unknown {s.get('verdict_unknown', 0)}; concrete runs of SAFE programs "
              f"{s.get('safe_runs', 0)}; counterexamples replayed "
              f"{s.get('replay_confirmed', 0)}; Z3/executor disagreements "
              f"{s.get('disagreements', 0)}; failed batches {s.get('batch_failures', 0)}")
    print(summary(s))
    return 1 if failed(s) else 0


if __name__ == "__main__":
    sys.exit(main())
