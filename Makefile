# Everything a fresh machine needs: `make demo` and `make test` create .venv and install.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= $(abspath ../shared)

.PHONY: demo test fuzz bench prove conformance clang btf clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	@# setuptools warns at length about the header folders of package data: keep that in a log
	$(BIN)/pip install -q -e '.[test,cluster]' > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	touch $(STAMP)

# Debian's clang (bpf target) and libbpf headers, for ELF objects and selftest files.
clang:
	@command -v clang >/dev/null 2>&1 && test -e /usr/include/bpf/bpf_helpers.h || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      clang llvm libbpf-dev linux-libc-dev graphviz >/dev/null) || echo "warning: could not install clang/libbpf-dev"; }
	@command -v bpftool >/dev/null 2>&1 || test -x /usr/sbin/bpftool || { (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends bpftool >/dev/null) || echo "warning: could not install bpftool"; }
	@command -v dot >/dev/null 2>&1 || { (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends graphviz >/dev/null) || echo "warning: could not install graphviz"; }

# The exact kernels' vmlinux BTF (CO-RE, kfuncs, vmlinux.h), from Debian's packages, no qemu.
btf: build/btf/vmlinux-6.1.btf build/btf/vmlinux-6.12.btf

build/btf/vmlinux-%.btf:
	@mkdir -p build/btf
	bash $(SHARED)/oracle/vmlinux-btf.sh $* $@ || echo "warning: could not fetch the $* vmlinux BTF"

demo: $(STAMP) clang
	$(BIN)/bpfsmt run examples/ret_add.bpf.s
	$(BIN)/bpfsmt check examples/ || echo "(exit $$?: examples/ holds an unsafe program on purpose)"
	$(BIN)/bpfsmt verify examples/ || echo "(exit $$?: 6.1 rejects the unsafe example)"
	$(BIN)/bpfsmt conformance $(SHARED)/conformance/tests --summary
	$(BIN)/bpfsmt prove lock sleepable tail-call array-lookup JIT.alu64_add_x JIT.alu32_lsh_x \
	  JIT.prologue_epilogue JIT.tail_call_indirect JIT.poke_never_A
	@echo "(all 210 theorems, incl. 140 JIT and 58 range theorems, take ~12 min: make prove)"

test: $(STAMP) clang btf
	BPFSMT_SHARED=$(SHARED) $(BIN)/python -m pytest -n 2 --dist loadgroup tests

# Long campaigns (COUNT= mutated inputs and random programs; reproducers of findings and the
# checkpointed counts in fuzz-crashers/; RESUME=1 continues a campaign that was cut short).
# `make test` runs a short one of each (tests/test_fuzz.py).
fuzz: $(STAMP)
	BPFSMT_SHARED=$(SHARED) $(BIN)/python -m bpfsmt.testing.fuzz inputs --count $${COUNT:-10000} \
	  --out fuzz-crashers --checkpoint fuzz-crashers/inputs.json $${RESUME:+--resume}
	$(BIN)/python -m bpfsmt.testing.fuzz programs --count $${COUNT:-10000} \
	  --out fuzz-crashers --checkpoint fuzz-crashers/programs.json $${RESUME:+--resume}

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

prove: $(STAMP)
	$(BIN)/bpfsmt prove

conformance: $(STAMP)
	$(BIN)/bpfsmt conformance $(SHARED)/conformance/tests

clean:
	rm -rf $(VENV) build *.egg-info
