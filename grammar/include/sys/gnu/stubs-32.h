/* Stand-in for glibc's gnu/stubs-32.h: `clang -target bpf` is not a 64-bit host target, so
 * glibc's <gnu/stubs.h> asks for the 32-bit variant, which x86-64 Debian does not ship.
 * It only lists unimplemented functions; a BPF program needs none of them. */
