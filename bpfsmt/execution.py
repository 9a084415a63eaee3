"""One way to run many independent jobs: in this process, in a local pool, or on a Ray cluster.

Every command that fans out (one program, one theorem, one conformance file, one fuzz batch per
job) calls `run_jobs`. The backend changes where a job runs, never what comes back: results are
in input order, and a job that raises, outlives its wall-time limit, exceeds its memory cap or
whose worker dies comes back as a `JobFailure` in its own slot, so the report says UNKNOWN or
internal error for that job and the run goes on. Nothing is retried, so nothing counts twice.

The local pool and Ray run each job in a process of its own (forked, RLIMIT_AS set before the
job starts) and kill it from outside at its deadline: that is the hard backstop behind the
engines' own cooperative timeouts (a Z3 call that ignores its timeout still ends). One process per
job keeps results independent of which jobs shared a worker (Z3's models depend on what its
context solved before), so every backend gives the same answers. With --debug the jobs run in
this process instead, without those limits, for tracebacks and debuggers.
"""
from __future__ import annotations

import multiprocessing as mp
import multiprocessing.connection as mpc
import os
import signal
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional

from bpfsmt.solver.budget import cap_address_space
from bpfsmt.spec.deadline import LimitReached
from bpfsmt.spec.errors import InputError
from bpfsmt.spec.insn import SourceLoc

TIMEOUT, MEMORY, DIED, ERROR = "timeout", "memory", "died", "error"

# Ray is asked for "auto" (this machine's running cluster, or RAY_ADDRESS), "ray://HOST:PORT"
# (a Ray client endpoint), or "local" (a private single-node Ray started for this run).
RAY_EXTRA_HINT = "the Ray backend needs the cluster extra: pip install 'bpfsmt[cluster]'"
_CLUSTER_LOC = SourceLoc("--cluster", 0, 0)


@dataclass(frozen=True)
class Limits:
    """Hard per-job limits: wall seconds, and megabytes of address space a job may add to what
    its process starts with (None: no limit)."""
    seconds: Optional[float] = None
    memory_mb: Optional[int] = None


@dataclass
class JobFailure:
    """A job that produced no result, with why. Timeouts and memory are UNKNOWN (the question is
    undecided within the limits); an exception or a dead worker is an internal error."""
    kind: str
    reason: str
    detail: str = ""          # the worker's traceback, for --debug

    @property
    def verdict(self) -> str:
        return "unknown" if self.kind in (TIMEOUT, MEMORY) else "error"

    @property
    def exit_code(self) -> int:
        from bpfsmt.cli import EXIT_INTERNAL, EXIT_UNKNOWN
        return EXIT_UNKNOWN if self.verdict == "unknown" else EXIT_INTERNAL

    def __str__(self) -> str:
        return self.reason


class Interrupted(Exception):
    """Ctrl-C during a run: `results` holds what finished (None where a job did not)."""

    def __init__(self, results: list):
        super().__init__("interrupted")
        self.results = results

    @property
    def finished(self) -> int:
        return sum(r is not None for r in self.results)


# ----------------------------------------------------------------------------------------------
# One job in a process of its own (both the local pool and a Ray worker use this).

def _classify(exc: BaseException, memory_mb: Optional[int]) -> JobFailure:
    if isinstance(exc, LimitReached):          # the job's own --timeout, polled by the engines
        return JobFailure(TIMEOUT, exc.reason)
    text = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, MemoryError) or "out of memory" in str(exc).lower() \
            or "bad_alloc" in str(exc):
        cap = f" (cap {memory_mb} MB)" if memory_mb else ""
        return JobFailure(MEMORY, f"out of memory{cap}: {text}".rstrip(": "))
    return JobFailure(ERROR, f"internal error: {text}", traceback.format_exc())


def _die_with_parent() -> None:
    """A job whose driver or Ray worker is killed must not live on (Linux PR_SET_PDEATHSIG)."""
    if sys.platform == "linux":
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)


def _child(conn, fn: Callable, item: Any, memory_mb: Optional[int]) -> None:
    """Runs in the job's own process: cap its memory, run, send ('ok', value) or a failure."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)       # Ctrl-C is the driver's to handle
    _die_with_parent()
    if memory_mb:
        cap_address_space(memory_mb)
    try:
        msg: tuple = ("ok", fn(item))
    except BaseException as e:  # noqa: BLE001 - every failure is reported for this job
        msg = ("fail", _classify(e, memory_mb))
    try:
        conn.send(msg)
    except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be pickled
        conn.send(("fail", JobFailure(ERROR, f"internal error: result not sendable: "
                                             f"{type(e).__name__}: {e}")))
    conn.close()
    os._exit(0)


def _death(proc, memory_mb: Optional[int]) -> JobFailure:
    proc.join(5)
    code = proc.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        # a C++ bad_alloc under RLIMIT_AS ends in abort(); the kernel OOM killer sends SIGKILL
        hint = f", likely out of memory under the {memory_mb} MB cap" \
            if memory_mb and name == "SIGABRT" else ""
        return JobFailure(MEMORY if hint else DIED, f"worker died ({name}{hint})")
    return JobFailure(DIED, f"worker died (exit code {code})")


class _Running:
    __slots__ = ("index", "proc", "conn", "deadline")

    def __init__(self, index, proc, conn, deadline):
        self.index, self.proc, self.conn, self.deadline = index, proc, conn, deadline


def _isolated(ctx, fn: Callable, items: list, order: Iterable[int], jobs: int,
              limits: Limits) -> Iterator[tuple[int, Any]]:
    """Yield (index, result or JobFailure) as jobs end, at most `jobs` processes at a time;
    yield (None, None) about twice a second so a progress bar stays live. Single-threaded, so
    forking from here is safe."""
    todo = deque(order)
    running: dict[Any, _Running] = {}
    try:
        while todo or running:
            while todo and len(running) < jobs:
                i = todo.popleft()
                recv, send = ctx.Pipe(duplex=False)
                p = ctx.Process(target=_child, args=(send, fn, items[i], limits.memory_mb),
                                daemon=True)
                p.start()
                send.close()
                deadline = time.monotonic() + limits.seconds if limits.seconds else None
                running[recv] = _Running(i, p, recv, deadline)
            now = time.monotonic()
            wait = min([0.5] + [r.deadline - now for r in running.values() if r.deadline])
            for conn in mpc.wait(list(running), max(0.0, wait)):
                r = running.pop(conn)
                try:
                    _, value = conn.recv()
                    r.proc.join(5)
                except (EOFError, OSError):
                    value = _death(r.proc, limits.memory_mb)
                _reap(r)
                yield r.index, value
            now = time.monotonic()
            for conn, r in list(running.items()):
                if r.deadline and now >= r.deadline:
                    del running[conn]
                    _reap(r)
                    yield r.index, JobFailure(TIMEOUT, f"wall-time limit of {limits.seconds:g} s "
                                                       f"exceeded (job killed)")
            yield None, None
    finally:
        for r in running.values():      # interrupted: end what is still running
            _reap(r)


def _reap(r: _Running) -> None:
    if r.proc.is_alive():
        r.proc.kill()
    r.proc.join(5)
    r.conn.close()


# ----------------------------------------------------------------------------------------------
# Backends

class InProcess:
    """--debug: jobs run one after another in this process (real tracebacks, pdb, profilers),
    without the hard limits; exceptions become JobFailures as elsewhere."""
    name = "in-process"

    def __init__(self, limits: Limits):
        self.limits = limits

    def run(self, fn, items, warm=None):
        for i, x in enumerate(items):
            try:
                value = fn(x)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as e:  # noqa: BLE001 - the same report as the other backends
                value = _classify(e, None)
            yield i, value

    def close(self):
        pass


class LocalPool:
    """`-j N`: N job processes at a time on this machine, each forked from this one (also for
    -j 1: a fresh process per job is what makes results independent of the backend, since
    Z3's answers depend on what the process solved before)."""
    name = "local pool"

    def __init__(self, jobs: int, limits: Limits):
        self.jobs, self.limits = jobs, limits

    def run(self, fn, items, warm=None):
        if warm is not None:
            warm()              # once here, inherited by every forked job
        return _isolated(mp.get_context("fork"), fn, items, range(len(items)), self.jobs,
                         self.limits)

    def close(self):
        pass


_warmed: set = set()


def _ray_job(fn, item, limits: Limits, warm=None):
    """A Ray task: the job in a process of its own, forked from this Ray worker (warmed once per
    worker), under the same limits as the local pool."""
    if warm is not None and warm not in _warmed:
        warm()
        _warmed.add(warm)
    for i, value in _isolated(mp.get_context("fork"), fn, [item], [0], 1, limits):
        if i is not None:
            return value
    raise AssertionError("unreachable: _isolated always yields the job")


class RayCluster:
    """`--cluster auto|local|ray://HOST:PORT` (or RAY_ADDRESS): one Ray task per job."""
    name = "ray"

    def __init__(self, address: str, limits: Limits, local_cpus: Optional[int] = None):
        if address == "local":
            # a private instance registers 127.0.0.1 rather than the machine's network address
            # (read when ray is imported), so it listens on loopback only
            os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
        try:
            import ray
        except ImportError:
            raise InputError(RAY_EXTRA_HINT, _CLUSTER_LOC) from None
        self.ray, self.limits = ray, limits
        self.started = False
        if not ray.is_initialized():
            kw = dict(log_to_driver=False, logging_level="WARNING")
            if address == "local":        # a new instance even if one runs on this machine
                kw.update(num_cpus=local_cpus, include_dashboard=False)
            try:
                ray.init(address=address, **kw)
            except (ConnectionError, RuntimeError, ValueError) as e:
                raise InputError(f"cannot reach the Ray cluster {address}: {e}",
                                 _CLUSTER_LOC) from None
            self.started = True
        self.task = ray.remote(max_retries=0, num_cpus=1)(_ray_job)

    def run(self, fn, items, warm=None):
        ray = self.ray
        refs = {self.task.remote(fn, x, self.limits, warm): i for i, x in enumerate(items)}
        pending = list(refs)
        try:
            while pending:
                ready, pending = ray.wait(pending, num_returns=len(pending), timeout=0.5)
                for ref in ready:
                    try:
                        value = ray.get(ref)
                    except ray.exceptions.RayError as e:
                        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
                        value = JobFailure(DIED, f"worker died ({type(e).__name__}: {first})")
                    yield refs[ref], value
                yield None, None
        finally:
            for ref in pending:         # interrupted: nothing left running on the cluster
                ray.cancel(ref, force=True)

    def close(self):
        if self.started:
            self.ray.shutdown()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else \
        (os.cpu_count() or 1)


def backend(jobs: Optional[int] = None, cluster: Optional[str] = None,
            limits: Limits = Limits(), in_process: bool = False):
    """The backend the options ask for: this process for --debug, Ray when --cluster or
    RAY_ADDRESS names one, else the local pool of `jobs` processes (default: one per CPU)."""
    if in_process:
        return InProcess(limits)
    cluster = cluster or os.environ.get("RAY_ADDRESS")
    if cluster:
        return RayCluster(cluster, limits, local_cpus=jobs)
    return LocalPool(jobs or default_jobs(), limits)


def limits_from(args) -> Limits:
    return Limits(getattr(args, "job_timeout", None), getattr(args, "max_memory", None))


def _show_progress(n: int, quiet: bool) -> bool:
    """A bar is useful only for several items, on a terminal, unless the user asked for quiet."""
    return not quiet and n > 1 and sys.stderr.isatty()


def run_jobs(items: Iterable, fn: Callable, *, args=None, jobs: Optional[int] = None,
             cluster: Optional[str] = None, limits: Optional[Limits] = None,
             label: str = "jobs", quiet: bool = False, in_process: bool = False,
             warm: Optional[Callable[[], Any]] = None) -> list:
    """`[fn(x) for x in items]`, in order, with a JobFailure in place of each failed job.

    Options come from `args` (the argparse namespace: jobs, cluster, job_timeout, max_memory,
    quiet, debug) unless given; `debug` (or `in_process`) runs the jobs in this process. `fn`
    must be a top-level function and the items picklable. `warm` (top-level too) fills the
    caches a job would otherwise fill each time (parsers, lazy imports) once, before the
    forks. Ctrl-C raises Interrupted with what finished."""
    items = list(items)
    if args is not None:
        jobs = getattr(args, "jobs", None) if jobs is None else jobs
        cluster = cluster or getattr(args, "cluster", None)
        limits = limits or limits_from(args)
        quiet = quiet or bool(getattr(args, "quiet", False))
    limits = limits or Limits()
    jobs = max(1, min(default_jobs() if jobs is None else jobs, len(items) or 1))
    debug = bool(getattr(args, "debug", False))
    in_process = in_process or debug
    results: list = [None] * len(items)
    if not items:
        return results
    be = backend(jobs, cluster, limits, in_process=in_process)
    progress = task = None
    if _show_progress(len(items), quiet):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        # no refresh thread: the local pool forks from this process
        progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                            console=Console(file=sys.stderr), transient=True, auto_refresh=False)
        progress.start()
        task = progress.add_task(f"{label} ({be.name})", total=len(items))
    stream = be.run(fn, items, warm)
    try:
        for i, value in stream:
            if i is not None:
                results[i] = value
                if debug and isinstance(value, JobFailure) and value.detail:
                    print(value.detail, file=sys.stderr)
                if progress:
                    progress.advance(task)
            if progress:
                progress.refresh()
    except KeyboardInterrupt:
        raise Interrupted(results) from None
    finally:
        stream.close()
        if progress:
            progress.stop()
        be.close()
    return results


@dataclass
class Batch:
    """The jobs of a command and their results (None where Ctrl-C came first)."""
    items: list
    results: list
    interrupted: bool = False

    def done(self) -> list[tuple[Any, Any]]:
        """(item, result) of every job that finished, in input order."""
        return [(x, r) for x, r in zip(self.items, self.results) if r is not None]

    def exit(self, code: int) -> int:
        """The command's exit code, or 130 after saying how much of an interrupted run finished
        (the command has printed those)."""
        if not self.interrupted:
            return code
        print(f"bpfsmt: interrupted: {len(self.done())} of {len(self.items)} jobs finished",
              file=sys.stderr)
        return 130


def run_batch(items: Iterable, fn: Callable, args, label: str, warm=None) -> Batch:
    """run_jobs for a command: Ctrl-C gives the finished part instead of an exception, so the
    command reports what finished."""
    items = list(items)
    try:
        return Batch(items, run_jobs(items, fn, args=args, label=label, warm=warm))
    except Interrupted as stop:
        return Batch(items, stop.results, interrupted=True)
