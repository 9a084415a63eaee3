#!/usr/bin/env bash
# run_unpriv.sh IN_DIR OUT_DIR: the shared oracle's run.sh, with its loader started through
# dropcaps (no CAP_SYS_ADMIN/NET_ADMIN/PERFMON/BPF) and kernel.unprivileged_bpf_disabled=0, so
# the kernel verifies every program as for an unprivileged user. KERNEL=6.12 works as for run.sh.
# XLATED=1: the loader drops those caps from its effective set itself and raises them only to
# read each program's info, so the results carry the xlated program of the unprivileged load
# (capswitch.c says why).
# The shared oracle stays untouched: a private copy of run.sh in a temporary directory sees the
# oracle's sidecar.py and headers through symlinks, and a loader built from the oracle's source.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ORACLE="${BPFSMT_SHARED:-/work/shared}/oracle"
[[ $# -eq 2 ]] || { sed -n '2,6p' "$0"; exit 2; }
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/loader"
for f in include sidecar.py decode.py; do ln -s "$ORACLE/$f" "$TMP/$f"; done
if [[ -n "${XLATED:-}" ]]; then
  # the loader drops the caps itself and takes them back to read the xlated dump (capswitch.c)
  gcc -O2 -static -Wl,--wrap=bpf_obj_get_info_by_fd -o "$TMP/loader/oracle-loader" \
      "$ORACLE/loader/oracle-loader.c" "$HERE/capswitch.c" -lbpf -lelf -lz
  cp "$ORACLE/run.sh" "$TMP/run.sh"
  SYSCTLS="kernel/unprivileged_bpf_disabled=0 ${SYSCTLS:-}" "$TMP/run.sh" "$1" "$2"
  exit
fi
gcc -O2 -static -o "$TMP/loader/oracle-loader" "$ORACLE/loader/oracle-loader.c" -lbpf -lelf -lz
gcc -static -O2 -o "$TMP/dropcaps" "$HERE/dropcaps.c"
sed -e 's|^cp "\$LOADER" "\$STAGE/bin/oracle-loader"$|&; cp "$HERE/dropcaps" "$STAGE/bin/dropcaps"|' \
    -e 's|^/bin/oracle-loader \$LOADER_ARGS|/bin/dropcaps /bin/oracle-loader $LOADER_ARGS|' \
    "$ORACLE/run.sh" > "$TMP/run.sh"
grep -q 'bin/dropcaps /bin/oracle-loader' "$TMP/run.sh" || { echo "run_unpriv.sh: run.sh changed shape" >&2; exit 1; }
chmod +x "$TMP/run.sh"
SYSCTLS="kernel/unprivileged_bpf_disabled=0 ${SYSCTLS:-}" "$TMP/run.sh" "$1" "$2"
