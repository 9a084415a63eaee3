"""Ask one kernel of the oracle about every committed program family, batch by batch.

The committed objects (``<family>/obj/``, the raw files, the sidecars) are what 6.1 judged; this
stages exactly those bytes again, so a second kernel's labels describe the same programs:

    python tests/oracle/relabel.py stage 6.12 /tmp/rl          # IN dirs, one per batch
    python tests/oracle/relabel.py run 6.12 /tmp/rl [BATCH...]  # nice'd run.sh, one VM per batch
    python tests/oracle/relabel.py labels 6.12 /tmp/rl          # write every labels_6.12.json

Each batch carries the oracle settings its family's gen.py documents (log level, TEST_RUN=0 for
programs that may hang a CPU, the JIT sysctl variants).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import oracle_labels as OL  # noqa: E402

ORACLE = Path(os.environ.get("BPFSMT_SHARED", "/work/shared")) / "oracle"
NOJIT = {"SYSCTLS": "net/core/bpf_jit_enable=0"}
HARDEN = {"SYSCTLS": "net/core/bpf_jit_harden=2"}


@dataclass
class Batch:
    name: str
    family: str
    sub: str = ""
    variant: str = ""
    env: dict = field(default_factory=dict)
    kind: str = "labels"          # labels | xlate | jit | exec | proofs


BATCHES = [
    Batch("core", "core", env={"LOG_LEVEL": "5"}),
    Batch("core_many", "core", "many", env={"LOG_LEVEL": "5"}),
    Batch("core_slow", "core", "slow", env={"LOG_LEVEL": "5", "TEST_RUN": "0", "TIMEOUT": "900"}),
    Batch("lock", "lock", env={"LOG_LEVEL": "5"}),
    Batch("lock_hang", "lock", "hang", env={"LOG_LEVEL": "5", "TEST_RUN": "0", "TIMEOUT": "120"}),
    Batch("lock_onelock", "lock", "onelock", env={"LOG_LEVEL": "5"}),
    Batch("lock_onelock_hang", "lock", "onelock/hang", env={"LOG_LEVEL": "5", "TEST_RUN": "0", "TIMEOUT": "120"}),
    Batch("sleepable", "sleepable", env={"LOG_LEVEL": "5"}),
    Batch("tailcall", "tailcall", env={"LOG_LEVEL": "5"}),
    Batch("tailcall_nojit", "tailcall", variant="nojit", env={"LOG_LEVEL": "5", **NOJIT}),
    Batch("tailcall_harden", "tailcall", variant="harden", env={"LOG_LEVEL": "5", **HARDEN}),
    Batch("array", "array", env={"LOG_LEVEL": "5"}),
    Batch("array_nojit", "array", variant="nojit", env={"LOG_LEVEL": "5", **NOJIT}),
    Batch("engines", "engines", env={"LOG_LEVEL": "1"}),
    Batch("range", "range", env={"LOG_LEVEL": "2", "TEST_RUN": "0"}),
    Batch("range_jsetfam", "range", "jsetfam", env={"LOG_LEVEL": "2", "TEST_RUN": "0"}),
    Batch("fidelity", "fidelity", env={"LOG_LEVEL": "5"}),
    Batch("fidelity_sock", "fidelity", "sock", env={"LOG_LEVEL": "5", "TEST_RUN": "0"}),
    Batch("fidelity_kfunc", "fidelity", "kfunc", env={"LOG_LEVEL": "5", "TEST_RUN": "0"}),
    Batch("diff_b1", "diff", "b1", env={"LOG_LEVEL": "5", "TEST_RUN": "0"}),
    Batch("diff_b2", "diff", "b2", env={"LOG_LEVEL": "5", "TEST_RUN": "0"}),
    Batch("diff_b3", "diff", "b3", env={"LOG_LEVEL": "5", "TEST_RUN": "0"}),
    Batch("diff_b4", "diff", "b4", env={"LOG_LEVEL": "5", "TEST_RUN": "0"}),
    Batch("diff_b5", "diff", "b5", env={"LOG_LEVEL": "5", "TEST_RUN": "0"}),
    Batch("xlate", "xlate", env={"LOG_LEVEL": "1"}, kind="xlate"),
    Batch("jit", "jit", env={"LOG_LEVEL": "5"}, kind="jit"),
    Batch("jit_ctx", "jit", "ctx", env={"LOG_LEVEL": "5"}, kind="jit"),
    Batch("exec", "exec", env={"REPEAT": "1"}, kind="exec"),
    Batch("exec_alu", "exec", "alu", env={"REPEAT": "1"}, kind="exec"),
    Batch("exec_mem", "exec", "mem", env={"REPEAT": "1"}, kind="exec"),
    Batch("exec_maps", "exec", "maps", env={"REPEAT": "1"}, kind="exec"),
    Batch("exec_maps_nojit", "exec", "maps", "nojit", env={"REPEAT": "1", **NOJIT}, kind="exec"),
    Batch("proofs", "proofs", env={"LOG_LEVEL": "1", "TEST_RUN": "0", "TIMEOUT": "120"}, kind="proofs"),
]


def _copy(src: Path, dest: Path, pattern: str) -> None:
    for p in sorted(src.glob(pattern)):
        shutil.copyfile(p, dest / p.name)


def stage(b: Batch, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    fdir = HERE / b.family
    if b.kind == "labels":
        obj = fdir / "obj" / b.sub if b.sub else fdir / "obj"
        src = fdir / b.sub if b.sub else fdir
        if obj.exists():
            _copy(obj, dest, "*.o")
            _copy(obj, dest, "*.raw")
        else:                                   # not labelled yet: run.sh compiles the sources
            _copy(src, dest, "*.c")
            _copy(src, dest, "*.raw")
        _copy(src, dest, "*.oracle.json")
    elif b.kind == "xlate":
        _copy(fdir / "obj", dest, "*.o")
        _copy(fdir, dest, "*.bpf.o")                        # the oracle's examples a-j
        _copy(ORACLE / "examples" / "inputs", dest, "*.oracle.json")
    elif b.kind == "jit":
        src = fdir / (b.sub or "inputs")
        _copy(src, dest, "*.raw")
        _copy(src, dest, "*.c")
    elif b.kind == "exec":
        src = fdir / b.sub if b.sub else fdir
        if b.sub in ("alu", "mem"):                         # raw programs kept only as hex in labels
            for name, x in json.loads((src / "labels.json").read_text()).items():
                (dest / f"{name}.socket.raw").write_bytes(bytes.fromhex(x["insns"]))
        else:
            _copy(src, dest, "*.bpf.c" if b.sub else "*.bpf.o")     # maps.bpf.o is not committed
            _copy(src, dest, "*.oracle.json")
    elif b.kind == "proofs":
        _copy(fdir, dest, "rp_*.c")


def run(b: Batch, kernel: str, root: Path) -> int:
    env = dict(os.environ, KERNEL=kernel, **b.env)
    out = root / "out" / b.name
    with open(root / f"{b.name}.log", "w") as log:
        return subprocess.call(["nice", "-n", "10", str(ORACLE / "run.sh"), str(root / "in" / b.name), str(out)],
                               env=env, stdout=log, stderr=subprocess.STDOUT)


def write_labels(b: Batch, kernel: str, root: Path) -> str:
    out = root / "out" / b.name
    meta = json.loads((out / "meta.json").read_text())
    assert meta.get("kernel") == kernel, (b.name, meta.get("kernel"))
    if b.kind in ("labels", "xlate"):
        note = "load only (TEST_RUN=0)" if "-n" in meta.get("loader_args", "").split() else ""
        rows = OL.build_labels(b.family, str(out), variant=b.variant, sub=b.sub, note=note, kernel=kernel)
        if b.kind == "xlate":
            examples = [r for r in rows if r["object"].endswith(".bpf.o")]
            rows = [r for r in rows if not r["object"].endswith(".bpf.o")]
            keep = ("object", "prog", "section", "prog_type", "accepted", "insns", "xlated", "xlated_calls")
            (HERE / "xlate" / f"examples_{kernel}.json").write_text(
                json.dumps([{k: r[k] for k in keep} for r in examples], indent=1) + "\n")
        n = OL.merge_into(b.family, rows, variant=b.variant, replace_prefix=(b.sub + "/") if b.sub else "",
                          kernel=kernel)
        return f"{len(rows)} rows ({sum(r['accepted'] for r in rows)} accepted), {n} in file"
    if b.kind == "jit":
        keep = ("file", "prog", "section", "prog_type", "accepted", "errno", "xlated", "jited_insns",
                "jited_func_lens", "verifier_stats", "test_run")
        rows = [json.loads(x) for x in (out / "results.jsonl").read_text().splitlines()]
        dest = HERE / "jit" / (b.sub or "") / f"results_{kernel}.jsonl"
        with open(dest, "w") as f:
            for r in rows:
                r["file"] = Path(r["file"]).name
                log = r.get("verifier_log") or ""
                t = {k: r[k] for k in keep if k in r}
                t["message"] = None if r["accepted"] else OL.split_log(log)[0]
                f.write(json.dumps(t, sort_keys=True) + "\n")
        if not b.sub:
            (HERE / "jit" / f"meta_{kernel}.json").write_text(json.dumps(meta, indent=1) + "\n")
        return f"{len(rows)} rows ({sum(r['accepted'] for r in rows)} accepted)"
    if b.kind == "exec":
        sys.path.insert(0, str(HERE / "exec" / b.sub if b.sub else HERE / "exec"))
        import importlib.util
        spec = importlib.util.spec_from_file_location(f"gen_exec_{b.sub}", HERE / "exec" / b.sub / "gen.py")
        gen = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(gen)
        name = f"labels_{b.variant + '_' if b.variant else ''}{kernel}.json"
        gen.labels(str(out / "results.jsonl"), name)
        data = json.loads((HERE / "exec" / b.sub / name).read_text())
        return f"{len(data)} rows ({sum(1 for x in data.values() if x['accepted'])} accepted)"
    if b.kind == "proofs":
        rows = []
        for line in (out / "results.jsonl").read_text().splitlines():
            d = json.loads(line)
            msg = OL.split_log(d.get("verifier_log") or "")[0]
            rows.append({"prog": d["prog"], "file": Path(d["file"]).name.replace(".o", ".c"),
                         "accepted": d["accepted"], "errno": d["errno"],
                         "message": None if d["accepted"] else (msg or d.get("errstr")),
                         "xlated": d.get("xlated"),
                         "processed_insns": (d.get("verifier_stats") or {}).get("processed_insns"),
                         "kernel": f"Debian {meta['kernel_release']} ({meta['kernel_version'].split()[-2]})",
                         "run": "TEST_RUN=0 LOG_LEVEL=1"})
        rows.sort(key=lambda r: (r["file"], r["prog"]))
        (HERE / "proofs" / f"labels_{kernel}.json").write_text(json.dumps(rows, indent=1) + "\n")
        return f"{len(rows)} rows ({sum(r['accepted'] for r in rows)} accepted)"
    raise ValueError(b.kind)


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in ("stage", "run", "labels"):
        print(__doc__, file=sys.stderr)
        return 2
    cmd, kernel, root = argv[0], argv[1], Path(argv[2])
    names = set(argv[3:])
    for b in BATCHES:
        if names and b.name not in names:
            continue
        if cmd == "stage":
            stage(b, root / "in" / b.name)
        elif cmd == "run":
            rc = run(b, kernel, root)
            print(f"{b.name}: run.sh rc={rc}", flush=True)
        else:
            print(f"{b.name}: {write_labels(b, kernel, root)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
