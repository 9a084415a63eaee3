"""A model of the Linux kernel eBPF verifier (verifier.c): abstract states, passes, pruning."""
