/* bpf_misc.h for bpfsmt: lets kernel selftest-style BPF C files compile unchanged.
 *
 * Test expectations are attached to each program as BTF declaration tags whose strings are
 * the ones the kernel's selftest loader (tools/testing/selftests/bpf/test_loader.c) looks
 * for, so the same .c file means the same thing to the kernel runner and to
 * `bpfsmt selftest`:
 *
 *   SEC("socket") __description("r2 is uninitialised") __failure __msg("R2 !read_ok")
 *   __naked void uninit(void) { asm volatile ("r0 = r2; exit;" ::: __clobber_all); }
 *
 * Written for bpfsmt; include after <linux/bpf.h> and <bpf/bpf_helpers.h>.
 */
#ifndef BPFSMT_BPF_MISC_H
#define BPFSMT_BPF_MISC_H

#define __bpfsmt_tag(text) __attribute__((btf_decl_tag(text)))

/* verdicts, privileged run (default mode) */
#define __success               __bpfsmt_tag("comment:test_expect_success")
#define __failure               __bpfsmt_tag("comment:test_expect_failure")
/* each message must appear in the verifier log, in this order */
#define __msg(text)             __bpfsmt_tag("comment:test_expect_msg=" text)
/* expected BPF_PROG_TEST_RUN return value (a number, INT_MIN, POINTER_VALUE, TEST_DATA_LEN) */
#define __retval(value)         __bpfsmt_tag("comment:test_retval=" #value)

/* the same for an unprivileged load (no CAP_BPF/CAP_SYS_ADMIN) */
#define __success_unpriv        __bpfsmt_tag("comment:test_expect_success_unpriv")
#define __failure_unpriv        __bpfsmt_tag("comment:test_expect_failure_unpriv")
#define __msg_unpriv(text)      __bpfsmt_tag("comment:test_expect_msg_unpriv=" text)
#define __retval_unpriv(value)  __bpfsmt_tag("comment:test_retval_unpriv=" #value)

/* test name shown by the runner instead of the function name */
#define __description(text)     __bpfsmt_tag("comment:test_description=" text)
/* load flag(s), e.g. __flag(BPF_F_STRICT_ALIGNMENT); repeatable */
#define __flag(flag)            __bpfsmt_tag("comment:test_prog_flags=" #flag)
/* verifier log level of the load */
#define __log_level(level)      __bpfsmt_tag("comment:test_log_level=" #level)
/* loaded with the tests (tail call targets, callees) but not a test itself */
#define __auxiliary             __bpfsmt_tag("comment:test_auxiliary")
#define __auxiliary_unpriv      __bpfsmt_tag("comment:test_auxiliary_unpriv")
#define __btf_path(path)        __bpfsmt_tag("comment:test_btf_path=" path)

/* naked functions hold hand-written instructions only */
#define __naked                 __attribute__((naked))
#define __clobber_all           "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", \
                                "memory"
#define __clobber_common        "r0", "r1", "r2", "r3", "r4", "r5", "memory"

/* asm operands: helper ids, constants, addresses of maps/globals, whole instructions */
#define __imm(name)             [name] "i"(name)
#define __imm_const(name, expr) [name] "i"(expr)
#define __imm_addr(name)        [name] "i"(&name)
#define __imm_ptr(name)         [name] "p"(&name)
#define __imm_insn(name, expr)  [name] "i"(*(long *)&(expr))

/* names __retval() understands */
#define POINTER_VALUE           0xcafe4all
#define TEST_DATA_LEN           64

#ifndef __used
#define __used                  __attribute__((used))
#endif
#ifndef __always_unused
#define __always_unused         __attribute__((unused))
#endif
#ifndef __noinline
#define __noinline              __attribute__((noinline))
#endif

#endif /* BPFSMT_BPF_MISC_H */
