/* A header of the selftests directory, as bpf_experimental.h is in a kernel tree. */
#define IN_TREE_VALUE 5
