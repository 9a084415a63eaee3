"""Keep what tests need from an oracle results.jsonl: verdict, errno, first error line, log if
small, submitted/xlated/jited hex, retval.  Writes tests/oracle/grammar/results.json (or the
path given as the second argument)."""
import json
import os
import sys

out = []
for line in open(sys.argv[1]):
    r = json.loads(line)
    log = r.get("verifier_log", "")
    lines = [x for x in log.splitlines() if x and not x.startswith(("processed", "verification",
                                                                  "stack depth"))]
    out.append({"file": os.path.basename(r["file"]), "prog": r.get("prog"),
                "section": r.get("section"), "accepted": r["accepted"], "errno": r.get("errno"),
                "error": lines[-1] if not r["accepted"] and lines else None,
                "log": log if len(log) < 4000 else None, "insns": r.get("insns"),
                "xlated": r.get("xlated"), "jited": r.get("jited_insns"),
                "retval": (r.get("test_run") or {}).get("retval")})
dest = sys.argv[2] if len(sys.argv) > 2 else \
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "results.json")
json.dump(out, open(dest, "w"), indent=1)
print(f"{len(out)} programs")
