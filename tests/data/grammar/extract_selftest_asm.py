"""Regenerate selftest_asm.json: the inline-asm body of every oracle example program
(after the C preprocessor), its section and the instructions libbpf submitted to the kernel.

    python tests/data/grammar/extract_selftest_asm.py /work/shared/oracle > tests/data/grammar/selftest_asm.json
"""
import glob
import json
import os
import re
import subprocess
import sys

oracle = sys.argv[1]
results = {}
for line in open(os.path.join(oracle, "examples/results/results.jsonl")):
    r = json.loads(line)
    results[(os.path.basename(r["file"]).replace(".o", ".c"), r["prog"])] = r
out = []
for c in sorted(glob.glob(os.path.join(oracle, "examples/inputs/*.c"))):
    pp = subprocess.run(["clang", "-E", "-P", "-target", "bpf", "-I/usr/include/x86_64-linux-gnu",
                         "-I" + os.path.join(oracle, "include"), c],
                        capture_output=True, text=True, check=True).stdout
    for m in re.finditer(r'section\("([^"]+)"\), used\)\)\s*(?:#pragma[^\n]*\n\s*)*'
                         r'__attribute__\(\(naked\)\) void (\w+)\(void\)\s*\{\s*asm volatile\s*\((.*?)\);\s*\}',
                         pp, re.S):
        sec, name, body = m.groups()
        parts, i = [], 0
        while i < len(body):                    # string literals up to the first bare ':'
            if body[i] == '"':
                j = body.index('"', i + 1)
                parts.append(body[i + 1:j])
                i = j + 1
            elif body[i] == ":":
                break
            else:
                i += 1
        asm = "".join(parts)
        maps = re.findall(r'\[(\w+)\]"i"\(&(\w+)\)', body)
        r = results.get((os.path.basename(c), name))
        if r is None:
            continue
        out.append({"file": os.path.basename(c), "prog": name, "section": sec, "asm": asm,
                    "maps": [mm[1] for mm in maps], "insns": r["insns"]})
json.dump(out, sys.stdout, indent=1)
