"""Fuzz campaigns: `python -m bpfsmt.testing.fuzz inputs|programs --count N`.

`inputs` mutates the seeds of every input format (bpfsmt/testing/mutate.py). Each mutant is
first loaded in-process as every command loads it (`selection.select`); a mutant the loader
rejects has that one answer for every command (bad input, exit 2, its line:col must be inside
the file). A mutant that loads goes through the commands in-process, as
`bpfsmt --debug CMD --timeout 2 FILE` would: every input must get an answer (exit 0-3); an
exception or exit 4 is a crash, an input still running after `--per-input` seconds of CPU a
hang.

`programs` is the soundness campaign over random valid programs (bpfsmt/testing/gen.py):
1. **agreement**: the Z3 encoding evaluated on concrete inputs predicts exactly what the
   executor does (same fault at the same slot, or the same R0 and final map contents);
2. **soundness of SAFE**: when `check` says SAFE, the executor must not fault on any of
   `--inputs` random inputs;
3. **UNSAFE replayed**: every counterexample must replay on the executor.

Both run as batches of `--batch` inputs, one job each (bpfsmt/execution.py: local pool by
default, Ray with --cluster); input `i` of seed `s` is the same wherever it runs, so
`--seed s --start i --count 1` reproduces any finding. A batch records the input it is on in a
progress file: when the execution layer kills a batch at its wall-time limit (a hang the
in-process alarm could not end) or its worker dies, the input in flight is reported as a hang or
a crash with its reproducer, and the rest of the batch runs again in a new job. With
`--checkpoint FILE` the counts so far are written after every round of jobs and `--resume`
continues from them, so a campaign cut short still has honest partial figures.
Each campaign prints its findings, then one summary line
`inputs N crashes C hangs H unsound U seconds S`; the exit status is 1 when crashes, hangs,
unsound verdicts, disagreements or failed batches are not 0. Findings (one reproducer file per
distinct site, and the `.crash` text next to it) go to `--out`.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback


class Hang(BaseException):
    """Raised by the backstop (a BaseException so no `except Exception` eats it)."""


def _on_alarm(_sig, _frame):
    raise Hang()


@contextlib.contextmanager
def _backstop(seconds: float):
    """SIGPROF after `seconds` of this process's CPU time (a batch runs in one thread of its own
    process). CPU rather than wall time: a campaign niced on a busy machine may get a few
    percent of a core, and a slow answer is not a hang. An input that blocks without using
    CPU is ended by the job's wall-time limit instead."""
    old = signal.signal(signal.SIGPROF, _on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def _site(tb) -> str:
    """The innermost frame of bpfsmt's own code: a crash's identity for de-duplication."""
    frames = traceback.extract_tb(tb)
    ours = [f for f in frames if "site-packages" not in f.filename] or frames
    parts = ours[-1].filename.split(os.sep)
    return f"{'/'.join(parts[-2:])}:{ours[-1].lineno}"


class _Progress:
    """What a batch has done so far, rewritten after every input to a file the driver reads
    if the batch's job is killed: the input in flight, the counts and the finding lines."""

    def __init__(self, path: str | None):
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600) if path else None

    def at(self, i: int, stats, lines) -> None:
        if self.fd is not None:
            data = json.dumps({"at": i, "stats": stats, "lines": lines}).encode()
            os.pwrite(self.fd, data, 0)
            os.ftruncate(self.fd, len(data))

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)


def _read_progress(path: str) -> dict | None:
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


# ---- inputs -----------------------------------------------------------------------------------
# Commands run on each mutant that loads: (every Nth input, argv after the file). `run` and
# `verify` see every such input; the pipelines behind xlate/jit and the Z3 check a sample.
COMMANDS = [(1, ["run"]), (1, ["verify", "--json"]), (4, ["xlate"]), (4, ["jit"]),
            (25, ["check", "--json"])]
TEXT_FORMATS = ("asm", "ubpf", "hex", "verifier-log", "xlated", "objdump")
_LOC = re.compile(r"^bpfsmt: .*?:(\d+):(\d+): ", re.M)
_TRACEBACK_SITE = re.compile(r'File "([^"]+)", line (\d+)')
_HANG_IN_JOB = re.compile(r"^(?:[\w.]+\.)?Hang$", re.M)
_SEEDS: dict = {}
SAVED_PER_SITE = 5          # reproducer files kept per distinct finding site and batch


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


def _warm_inputs() -> None:
    """Seeds, the CLI's parser and every command module with its imports, once in the driver so
    each forked batch starts with them."""
    import importlib
    from bpfsmt.cli import COMMANDS as CLI_COMMANDS, _parser
    _seeds()
    _parser()
    for _every, cmd in COMMANDS:
        importlib.import_module(f"bpfsmt.commands.{CLI_COMMANDS[cmd[0]]}")


def mutant(seed: int, i: int) -> tuple[str, bytes]:
    """(format, bytes) of input `i` of campaign `seed`."""
    from bpfsmt.testing.mutate import mutate
    seeds = _seeds()
    formats = sorted(seeds)
    fmt = formats[i % len(formats)]
    return fmt, mutate(random.Random(seed * 1_000_003 + i), fmt, seeds[fmt])


def _run_cli(argv: list[str]) -> tuple[int, str]:
    from bpfsmt.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        return main(argv), err.getvalue()


def _crash(e: BaseException):
    return "crash", f"{type(e).__name__}@{_site(e.__traceback__)}", \
        "".join(traceback.format_exception(type(e), e, e.__traceback__))


def _load(path: str, data: bytes, fmt: str, timeout: float, per_input: float):
    """Load as the commands do: (None, "loaded", None) if it loads, (None, why, None) when the
    commands' answer is bad input or UNKNOWN at --timeout (a correct answer), else
    (kind, site, detail) of the finding."""
    from bpfsmt.selection import select
    from bpfsmt.spec.deadline import LimitReached
    from bpfsmt.spec.errors import InputError
    try:
        with _backstop(per_input):
            select([path], None, fmt, timeout=timeout)
    except Hang:
        return "hang", "load", f"no answer within {per_input} s of CPU"
    except LimitReached:
        return None, "load_timeout", None
    except InputError as e:
        bad = misplaced(data, f"bpfsmt: {e}\n") if fmt in TEXT_FORMATS else None
        if bad:
            return "crash", "misplaced-location", f"{bad}\nbpfsmt: {e}\n"
        return None, "load_rejected", None
    except KeyboardInterrupt:
        raise
    except BaseException as e:  # noqa: BLE001 - every escape is a finding
        return _crash(e)
    return None, "loaded", None


def _one_input(argv: list[str], data: bytes, fmt: str, per_input: float):
    """(None, exit code, None) for an answer, else (kind, site, detail) of the finding."""
    try:
        with _backstop(per_input):
            rc, err = _run_cli(argv)
    except Hang:
        return "hang", argv[1], f"no answer within {per_input} s of CPU"
    except KeyboardInterrupt:
        raise
    except BaseException as e:  # noqa: BLE001 - every escape is a finding
        return _crash(e)
    if rc == 4 and _HANG_IN_JOB.search(err):     # the backstop, inside a job of the command
        return "hang", argv[1], f"no answer within {per_input} s of CPU"
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
    seed, start, n, timeout, per_input, out_dir, progress_path = spec
    from bpfsmt.testing.mutate import FORMAT_EXT
    stats: collections.Counter = collections.Counter()
    lines: list[str] = []
    saved: collections.Counter = collections.Counter()
    progress = _Progress(progress_path)
    with tempfile.TemporaryDirectory(prefix="bpfsmt-fuzz-",
                                     dir="/dev/shm" if os.path.isdir("/dev/shm") else None) as d:
        for i in range(start, start + n):
            progress.at(i, stats, lines)
            fmt, data = mutant(seed, i)
            path = os.path.join(d, f"in{FORMAT_EXT[fmt]}")
            with open(path, "wb") as f:
                f.write(data)
            stats["inputs"] += 1
            findings = []
            kind, answer, detail = _load(path, data, fmt, timeout, per_input)
            if kind is not None:
                findings.append((kind, "load", answer, detail, ["--debug", "run", "--format",
                                                                fmt, path]))
            else:
                stats[answer] += 1
            if answer == "loaded":
                for every, cmd in COMMANDS:
                    if i % every:
                        continue
                    argv = ["--debug", cmd[0], "--format", fmt, "--timeout", str(timeout),
                            path] + cmd[1:]
                    kind, site, detail = _one_input(argv, data, fmt, per_input)
                    if kind is None:
                        stats[f"exit_{site}"] += 1
                        continue
                    findings.append((kind, cmd[0], site, detail, argv))
                    break
            for kind, where, site, detail, argv in findings:
                stats["crashes" if kind == "crash" else "hangs"] += 1
                key = f"{kind}:{where}:{fmt}:{site}"
                lines.append(f"{kind.upper()} {where} {fmt} seed={seed} input={i}: {site}")
                saved[key] += 1
                if out_dir and saved[key] <= SAVED_PER_SITE:
                    _save(out_dir, f"{key}:{seed}:{i}", FORMAT_EXT[fmt], data,
                          " ".join(argv) + "\n" + detail)
    progress.close()
    return dict(stats), lines


def _save(out_dir: str, key: str, ext: str, data: bytes, text: str) -> None:
    """The reproducer (the input itself) and the `.crash` text next to it."""
    os.makedirs(out_dir, exist_ok=True)
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in key)[:150]
    with open(os.path.join(out_dir, name + ext), "wb") as f:
        f.write(data)
    with open(os.path.join(out_dir, name + ".crash"), "w") as f:
        f.write(text)


# ---- programs ---------------------------------------------------------------------------------
def program(seed: int, i: int, max_blocks: int, n_inputs: int):
    """(ProgramFile, concrete inputs) of program `i` of campaign `seed`, from its own seeded
    generator, so a batch's findings do not depend on which worker ran it."""
    from bpfsmt.testing.gen import Rand, gen_inputs, gen_program
    r = Rand(random.Random(seed * 1_000_003 + i))
    pf = gen_program(r, max_blocks)
    return pf, [gen_inputs(r, pf) for _ in range(n_inputs)]


def _program_batch(spec: tuple) -> tuple[dict, list[str]]:
    """Programs start .. start+n-1 of the campaign `seed`: (counts, finding lines)."""
    seed, start, n, max_blocks, timeout, n_inputs, per_program, out_dir, progress_path = spec
    from bpfsmt.spec.deadline import LimitReached, time_limit
    from bpfsmt.solver.concrete.exec import execute
    from bpfsmt.solver.symbolic.checker import check
    from bpfsmt.solver.symbolic.evaluate import compare
    stats: collections.Counter = collections.Counter()
    lines: list[str] = []
    progress = _Progress(progress_path)
    for i in range(start, start + n):
        progress.at(i, stats, lines)
        pf, inputs = program(seed, i, max_blocks, n_inputs)
        prog = pf.programs[0]
        stats["inputs"] += 1
        found = []
        try:
            with _backstop(per_program), time_limit(per_program):
                diffs = []
                for inp in inputs[:2]:
                    diffs += compare(pf, prog, inp)
                if diffs:
                    stats["disagreements"] += 1
                    found.append(("DISAGREEMENT", f"{diffs[:3]}"))
                res = check(pf, prog, timeout=timeout)
                stats[f"verdict_{res.verdict}"] += 1
                if res.verdict == "unsafe":
                    stats["replay_confirmed" if res.replayed else "replay_disagreed"] += 1
                    if not res.replayed:
                        stats["unsound"] += 1
                        found.append(("UNSAFE NOT REPLAYED", f"{res.replay_note}"))
                elif res.verdict == "safe":
                    for inp in inputs:
                        got = execute(pf, prog, inp)
                        stats["safe_runs"] += 1
                        if got.fault is not None:
                            stats["unsound"] += 1
                            found.append(("UNSOUND SAFE", f"executor faulted "
                                          f"{got.fault.to_json()} on {inp!r}"))
                            break
        except (Hang, LimitReached):
            stats["hangs"] += 1
            found.append(("HANG", f"no answer within {per_program} s"))
        except Exception as e:  # noqa: BLE001 - a crash is a finding, keep going
            stats["crashes"] += 1
            found.append(("CRASH", f"{type(e).__name__}@{_site(e.__traceback__)}: {e}\n"
                          + traceback.format_exc()))
        for what, detail in found:
            lines.append(f"{what} seed={seed} program={i}: {detail.splitlines()[0]}")
            if out_dir:
                _save_program(out_dir, what, seed, i, pf, detail)
    progress.close()
    return dict(stats), lines


def _save_program(out_dir, what, seed, i, pf, detail):
    from bpfsmt.grammar.printer import format_file
    _save(out_dir, f"{what}:{seed}:{i}", ".bpf.s", format_file(pf).encode(),
          f"python -m bpfsmt.testing.fuzz programs --seed {seed} --start {i} --count 1\n"
          f"{detail}\n")


# ---- driver -----------------------------------------------------------------------------------
def _lost_input(kind: str, seed: int, i: int, failure, options: dict) -> tuple[str, str]:
    """The finding for input `i`, in flight when its batch's job was killed or died: (stats
    key, line); the reproducer is saved as the batch would have saved it."""
    hang = failure.kind == "timeout"
    what = "HANG" if hang else "CRASH"
    detail = f"job {failure.kind}: {failure.reason}"
    out_dir = options.get("out_dir")
    if kind == "inputs":
        from bpfsmt.testing.mutate import FORMAT_EXT
        fmt, data = mutant(seed, i)
        line = f"{what} job {fmt} seed={seed} input={i}: {detail}"
        if out_dir:
            _save(out_dir, f"{what.lower()}:job:{fmt}:{seed}:{i}", FORMAT_EXT[fmt], data, detail)
    else:
        line = f"{what} seed={seed} program={i}: {detail}"
        if out_dir:
            pf, _ = program(seed, i, options.get("max_blocks", 10), 1)
            _save_program(out_dir, what, seed, i, pf, detail)
    return ("hangs" if hang else "crashes"), line


def campaign(kind: str, count: int, seed: int = 0, batch: int = 25, out=None,
             verbose: bool = False, start: int = 0, checkpoint: str | None = None,
             resume: bool = False, **options) -> dict:
    """Run campaign `kind` ("inputs" or "programs") over inputs start .. start+count-1 as jobs
    of `batch`; findings print in order. `options`: timeout, per_input, out_dir (inputs),
    max_blocks, n_inputs (programs) and the execution layer's jobs/cluster/limits/in_process.
    A job killed at its limit or whose worker died costs the input in flight (a hang or a
    crash); its batch goes on in a new job. `checkpoint`: write the counts after every round
    of jobs; with `resume`, continue from that file."""
    from bpfsmt.execution import Limits, run_jobs
    out = out or sys.stdout
    exec_keys = ("jobs", "cluster", "limits", "in_process")
    ex = {k: options.pop(k) for k in exec_keys if k in options}
    per_input = options.get("per_input", 60.0 if kind == "inputs" else 120.0)
    unit = 2.0 if kind == "inputs" else 10.0        # wall seconds per input a job may take
    limits = ex.pop("limits", None) or Limits()
    state = {"kind": kind, "seed": seed, "pending": [], "stats": {}, "lines": [],
             "seconds": 0.0, "rounds": 0}
    if resume and checkpoint and os.path.exists(checkpoint):
        with open(checkpoint) as f:
            state = json.load(f)
        if (state["kind"], state["seed"]) != (kind, seed):
            raise ValueError(f"{checkpoint} is a {state['kind']} campaign of seed "
                             f"{state['seed']}, not {kind} of seed {seed}")
    else:
        state["pending"] = [[s, min(batch, start + count - s)]
                            for s in range(start, start + count, batch)]
    stats: collections.Counter = collections.Counter(state["stats"])
    if kind == "inputs":
        fn, warm = _input_batch, _warm_inputs
        rest = (options.get("timeout", 2.0), per_input, options.get("out_dir"))
    else:
        fn, warm = _program_batch, None
        rest = (options.get("max_blocks", 10), options.get("timeout", 10.0),
                options.get("n_inputs", 16), per_input, options.get("out_dir"))
    jobs = ex.get("jobs") or 1
    per_round = max(4 * jobs, 1) if checkpoint else len(state["pending"]) or 1
    tmp = tempfile.mkdtemp(prefix="bpfsmt-fuzz-progress-")
    t0 = time.perf_counter() - state["seconds"]
    try:
        while state["pending"]:
            todo, state["pending"] = state["pending"][:per_round], state["pending"][per_round:]
            specs = [(seed, s, n, *rest, os.path.join(tmp, f"{s}.json")) for s, n in todo]
            seconds = limits.seconds or 2 * per_input + unit * batch
            results = run_jobs(specs, fn, label=f"fuzz {kind}", quiet=not verbose, warm=warm,
                               limits=Limits(seconds, limits.memory_mb), **ex)
            again = []
            for spec, got in zip(specs, results):
                if isinstance(got, tuple):
                    counts, lines = got
                else:       # killed or died: keep what the batch did, report the input in flight
                    p = _read_progress(spec[-1])
                    if p is None:
                        counts, lines = {"batch_failures": 1}, [
                            f"BATCH FAILED {kind} {spec[1]}..{spec[1] + spec[2] - 1}: "
                            f"{got.verdict}: {got.reason}"]
                    else:
                        i = p["at"]
                        key, line = _lost_input(kind, seed, i, got, options)
                        counts = collections.Counter(p["stats"])
                        counts.update({"inputs": 1, key: 1})
                        lines = p["lines"] + [line]
                        if i + 1 < spec[1] + spec[2]:
                            again.append([i + 1, spec[1] + spec[2] - i - 1])
                stats.update(counts)
                state["lines"] += lines
                for line in lines:
                    print(line, file=out, flush=True)
            state["pending"] = again + state["pending"]
            state["rounds"] += 1
            state["seconds"] = round(time.perf_counter() - t0, 1)
            state["stats"] = dict(stats)
            if checkpoint:
                _write_checkpoint(checkpoint, state)
                print(f"checkpoint: {summary({**stats, 'seconds': state['seconds']})}",
                      file=out, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    stats["seconds"] = round(time.perf_counter() - t0, 1)
    return dict(stats)


def _write_checkpoint(path: str, state: dict) -> None:
    state = {**state, "written": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
             "load_average": os.getloadavg()[0]}
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path + ".tmp", "w") as f:
        json.dump(state, f, indent=1)
    os.replace(path + ".tmp", path)


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
    ap.add_argument("--start", type=int, default=0, help="index of the first input")
    ap.add_argument("--batch", type=int, default=None,
                    help="inputs per job (default: 500 inputs, 25 programs)")
    ap.add_argument("--per-input", type=float, default=None,
                    help="CPU seconds after which an input or program counts as a hang "
                         "(60 s inputs, 120 s programs)")
    ap.add_argument("--out", help="directory for reproducers of findings")
    ap.add_argument("--checkpoint", help="JSON file with the counts so far, rewritten after "
                                         "every round of jobs")
    ap.add_argument("--resume", action="store_true", help="continue the --checkpoint campaign")
    ap.add_argument("--inputs", type=int, default=16, help="programs: concrete runs per SAFE")
    ap.add_argument("--max-blocks", type=int, default=10)
    ap.add_argument("-v", "--verbose", action="store_true", help="progress bar")
    from bpfsmt.cli import _add_exec, _add_limits
    _add_exec(ap)
    _add_limits(ap, None, "input (none: 2 s) or program (none: 10 s)")
    a = ap.parse_args(argv)
    from bpfsmt.execution import limits_from
    common = dict(start=a.start, checkpoint=a.checkpoint, resume=a.resume, verbose=a.verbose,
                  out_dir=a.out, jobs=a.jobs, cluster=a.cluster, limits=limits_from(a))
    if a.per_input:
        common["per_input"] = a.per_input
    if a.campaign == "inputs":
        s = campaign("inputs", a.count, a.seed, a.batch or 500, timeout=a.timeout or 2.0,
                     **common)
        mix = {k: v for k, v in sorted(s.items()) if k.startswith("exit_")}
        print(f"loaded {s.get('loaded', 0)}, rejected as bad input by the loader "
              f"{s.get('load_rejected', 0)}; command answers of loaded inputs by exit code: "
              f"{mix}; failed batches {s.get('batch_failures', 0)}")
    else:
        s = campaign("programs", a.count, a.seed, a.batch or 25, timeout=a.timeout or 10.0,
                     max_blocks=a.max_blocks, n_inputs=a.inputs, **common)
        print(f"verdicts: safe {s.get('verdict_safe', 0)} unsafe {s.get('verdict_unsafe', 0)} "
              f"unknown {s.get('verdict_unknown', 0)}; concrete runs of SAFE programs "
              f"{s.get('safe_runs', 0)}; counterexamples replayed "
              f"{s.get('replay_confirmed', 0)}; Z3/executor disagreements "
              f"{s.get('disagreements', 0)}; failed batches {s.get('batch_failures', 0)}")
    print(summary(s))
    return 1 if failed(s) else 0


if __name__ == "__main__":
    sys.exit(main())
