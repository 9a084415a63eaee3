"""Write the bundled examples as oracle inputs (selftest-style C + sidecar with map contents).

    .venv/bin/python tests/oracle/grammar/make_inputs.py && \
    ../shared/oracle/run.sh tests/oracle/grammar/inputs /tmp/grammar_oracle && \
    .venv/bin/python tests/oracle/grammar/trim.py /tmp/grammar_oracle/results.jsonl
"""
import glob
import json
import os

from bpfsmt.grammar import load
from bpfsmt.grammar.printer import format_selftest_c

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..")
for path in sorted(glob.glob(os.path.join(HERE, "..", "..", "..", "examples", "*.bpf.s"))):
    pf = load(path)
    name = os.path.basename(path)[:-len(".bpf.s")]
    with open(os.path.join(HERE, "inputs", name + ".bpf.c"), "w") as f:
        f.write(format_selftest_c(pf).replace(str(pf.path), "examples/" + os.path.basename(path)))
    contents = {m.name: {k.hex(): v.hex() for k, v in m.contents.items()}
                for m in pf.maps.values() if m.contents}
    if contents:
        with open(os.path.join(HERE, "inputs", name + ".bpf.oracle.json"), "w") as f:
            json.dump({"*": {"maps": contents}}, f, indent=1)
