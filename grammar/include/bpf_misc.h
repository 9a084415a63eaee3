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

#define __bpfsmt_xstr(s)        __bpfsmt_str(s)
#define __bpfsmt_str(s)         #s
/* ordered expectations carry a counter, as the kernel's header writes them (test_loader
 * sorts by it); `comment:test_expect_msg=<N>=<text>` */
#define __bpfsmt_ordered(key, text) \
        __bpfsmt_tag("comment:" key "=" __bpfsmt_xstr(__COUNTER__) "=" text)

/* verdicts, privileged run (default mode) */
#define __success               __bpfsmt_tag("comment:test_expect_success")
#define __failure               __bpfsmt_tag("comment:test_expect_failure")
/* each message must appear in the verifier log, in this order */
#define __msg(text)             __bpfsmt_ordered("test_expect_msg", text)
/* each line must appear in the xlated program / the x86-64 image, in this order */
#define __xlated(text)          __bpfsmt_ordered("test_expect_xlated", text)
#define __jited(text)           __bpfsmt_ordered("test_jited", text)
/* expected BPF_PROG_TEST_RUN return value (a number, INT_MIN, POINTER_VALUE, TEST_DATA_LEN) */
#define __retval(value)         __bpfsmt_tag("comment:test_retval=" #value)

/* the same for an unprivileged load (no CAP_BPF/CAP_SYS_ADMIN) */
#define __success_unpriv        __bpfsmt_tag("comment:test_expect_success_unpriv")
#define __failure_unpriv        __bpfsmt_tag("comment:test_expect_failure_unpriv")
#define __msg_unpriv(text)      __bpfsmt_ordered("test_expect_msg_unpriv", text)
#define __xlated_unpriv(text)   __bpfsmt_ordered("test_expect_xlated_unpriv", text)
#define __jited_unpriv(text)    __bpfsmt_ordered("test_jited_unpriv", text)
#define __retval_unpriv(value)  __bpfsmt_tag("comment:test_retval_unpriv=" #value)
/* capabilities the unprivileged run keeps, e.g. __caps_unpriv(CAP_BPF) */
#define __caps_unpriv(caps)     __bpfsmt_tag("comment:test_caps_unpriv=" #caps)

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
/* only on this architecture (__jited expectations are per architecture) */
#define __arch(arch)            __bpfsmt_tag("comment:test_arch=" arch)
#define __arch_x86_64           __arch("X86_64")
#define __arch_arm64            __arch("ARM64")
#define __arch_riscv64          __arch("RISCV64")
#define __arch_s390x            __arch("s390x")
/* only when the JIT is on / off */
#define __load_if_JITed()       __bpfsmt_tag("comment:load_mode=jited")
#define __load_if_no_JITed()    __bpfsmt_tag("comment:load_mode=no_jited")

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


/* syscall wrappers and argument registers as the kernel's selftests name them (x86-64) */
#ifndef SYS_PREFIX
#define SYSCALL_WRAPPER         1
#define SYS_PREFIX              "__x64_"
#endif
#ifndef FUNC_REG_ARG_CNT
#define FUNC_REG_ARG_CNT        6
#endif
/* make the compiler believe a value is read and written */
#define __sink(expr)            asm volatile("" : "+g"(expr))
#ifndef ARRAY_SIZE
#define ARRAY_SIZE(x)           (sizeof(x) / sizeof((x)[0]))
#endif
#ifndef XSTR
#define XSTR(s)                 STR(s)
#define STR(s)                  #s
#endif

/* global-function argument tags of libbpf >= 1.3, absent from older bpf_helpers.h */
#ifndef __arg_ctx
#define __arg_ctx               __attribute__((btf_decl_tag("arg:ctx")))
#define __arg_nonnull           __attribute__((btf_decl_tag("arg:nonnull")))
#define __arg_nullable          __attribute__((btf_decl_tag("arg:nullable")))
#define __arg_trusted           __attribute__((btf_decl_tag("arg:trusted")))
#define __arg_arena             __attribute__((btf_decl_tag("arg:arena")))
#endif
#ifndef __percpu_kptr
#define __percpu_kptr           __attribute__((btf_type_tag("percpu_kptr")))
#endif
#ifndef __uptr
#define __uptr                  __attribute__((btf_type_tag("uptr")))
#endif
#ifndef __always_inline
#define __always_inline         inline __attribute__((always_inline))
#endif

#endif /* BPFSMT_BPF_MISC_H */
