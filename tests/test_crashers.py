"""Inputs that once crashed a command (the fuzz campaigns and the bad-input report found them),
each with the answer it must get now: `file:line:col: message` and exit 2 for bad input, a
fault or a verifier rejection (exit 1) for a program the kernel would refuse. Every command is
run in-process with --debug, so a crash fails the test with its traceback."""
import os

import pytest

from bpfsmt.cli import main

DATA = os.path.join(os.path.dirname(__file__), "data", "crashers")
COMMANDS = ("run", "verify", "xlate", "jit")

# file -> (exit of `run`, the message `run` prints, `verify`'s kernel message if it loads)
EXPECTED = {
    "huge_decimal.bpf.s": (2, "huge_decimal.bpf.s:2:10: number literal of 5000 digits", None),
    "huge_hex.bpf.s": (2, "huge_hex.bpf.s:2:10: number literal of 5000 hex digits; a BPF value "
                          "has at most 16", None),
    "huge_hex_map_field.bpf.s": (2, "huge_hex_map_field.bpf.s:1:68: number literal of 5000 hex "
                                    "digits", None),
    "huge_decimal.data": (2, "huge_decimal.data:2:10: number literal of 5000 digits", None),
    "huge_decimal.verifier.log": (2, "huge_decimal.verifier.log:1:14: number literal of 5000 "
                                     "digits", None),
    "huge_slot.verifier.log": (2, "huge_slot.verifier.log:2:1: number literal of 5000 digits",
                               None),
    "huge_decimal.hex": (2, "huge_decimal.hex:1:1: 5008 hex digits; expected 16", None),
    "huge_offset.data": (2, "huge_offset.data:2:16: number literal of 5000 digits", None),
    "huge_map_id.xlated.txt": (2, "huge_map_id.xlated.txt:1:21: number literal of 5000 hex "
                                  "digits", None),
    "huge_register.bpf.s": (2, "huge_register.bpf.s:2:5: no register r11111111111...", None),
    "huge_register.data": (2, "huge_register.data:2:5: register %r1111111111... does not exist",
                           None),
    "r11_dst.raw": (1, "r11_dst.raw:1:1: fault at insn 0 [CORE-01] bad_reg: R11 is invalid",
                    "R11 is invalid"),
    "r11_dst.hex": (1, "r11_dst.hex:1:1: fault at insn 0 [CORE-01] bad_reg: R11 is invalid",
                    "R11 is invalid"),
    "r12_src.raw": (1, "r12_src.raw:2:1: fault at insn 1 [CORE-01] bad_reg: R12 is invalid",
                    "R12 is invalid"),
    "r12_after_call.raw": (1, "r12_after_call.raw:5:1: fault at insn 4 [CORE-01] uninit_reg: R5 "
                              "!read_ok", "R5 !read_ok"),
    "r13_store_base.raw": (1, "r13_store_base.raw:2:1: fault at insn 1 [CORE-01] bad_reg: R13 "
                              "is invalid", "R13 is invalid"),
    "r14_ld_abs.raw": (1, "r14_ld_abs.raw:2:1: fault at insn 1 [CORE-05] bad_insn: unknown "
                          "opcode 38", "unknown opcode 38"),
    "jump_past_end.raw": (1, "fault at insn 42 [CORE-05] jump_oor: jump out of range from insn "
                             "1 to 42", "jump out of range from insn 1 to 42"),
    "jump_before_start.raw": (1, "jump out of range from insn 1 to -198",
                              "jump out of range from insn 1 to -198"),
    # a bpf2bpf call past the end: xlate prints the rewrites of a rejected program, and
    # removing its nops once lost the subprogram starting past the end
    "call_past_end.raw": (1, "fault at insn 8 [CORE-05] jump_oor: jump out of range from insn 2 "
                             "to 8", "call to invalid destination"),
    "call_far_past_end.raw": (1, "jump out of range from insn 2 to 2147483650",
                              "call to invalid destination"),
    "falls_off_end.bpf.s": (1, "falls_off_end.bpf.s:2:5: fault at insn 1 [CORE-05] jump_oor: "
                               "jump out of range from insn 0 to 1",
                            "last insn is not an exit or jmp"),
    "empty_raw_section.data": (2, "empty_raw_section.data:1:1: the '-- raw' section holds no "
                                  "instruction", None),
    "empty_asm_section.data": (2, "empty_asm_section.data:1:1: the program has no instructions",
                               None),
    "empty_program.o": (2, "empty_program.o:0:0: section 'filter': program 'hashfilter' has no "
                           "instructions", None),
    "key_size_zero.bpf.s": (2, "key_size_zero.bpf.s:1:6: map 'vals' has key_size=0, but array "
                               "maps need one: it cannot be created (EINVAL)", None),
    "value_size_zero.bpf.s": (2, "value_size_zero.bpf.s:1:6: map 'vals' has value_size=0", None),
    "non_utf8.data": (2, "non_utf8.data:3:1: not UTF-8 text", None),
    "non_utf8.bpf.s": (2, "non_utf8.bpf.s:2:14: not UTF-8 text", None),
    "huge_key_size.bpf.s": (2, "huge_key_size.bpf.s:1:6: map 'm' has key_size=2147483647, "
                               "larger than the kernel's KMALLOC_MAX_SIZE (4194304)", None),
    "huge_value_size.bpf.s": (2, "huge_value_size.bpf.s:1:6: map 'm' has value_size=4294967295",
                              None),
    "huge_value_lookup.bpf.s": (2, "huge_value_lookup.bpf.s:1:6: map 'm' has value_size="
                                   "4294967295, larger than the kernel's KMALLOC_MAX_SIZE", None),
    "huge_bss_4e.o": (2, "huge_bss_4e.o:0:0: section '.bss' (#15) has size 0x4000000000000000: "
                         "its array map's value_size would exceed KMALLOC_MAX_SIZE", None),
    "huge_bss_max.o": (2, "huge_bss_max.o:0:0: section '.bss' (#15) has size "
                          "0xffffffffffffffff", None),
    "huge_kconfig_extern.o": (2, "huge_kconfig_extern.o:0:0: the .kconfig externs take "
                                 "0x100000008 bytes: their array map's value_size would exceed "
                                 "KMALLOC_MAX_SIZE", None),
    # bpf_perf_event_output's size in R5 near 2**31 over a stack buffer: the executor built
    # a list of that many init flags (MemoryError) before the bounds check refused it
    "huge_helper_size.o": (1, "huge_helper_size.o:0:0: fault at insn 12 [CORE-02] stack_oob: "
                              "invalid indirect access to stack R4 off=-16 size=2147483664",
                           "R5 min value is negative, either use unsigned or 'var &= const'"),
}


def _run(capsys, *argv):
    rc = main(["--debug", *argv])
    out, err = capsys.readouterr()
    return rc, out, err


def test_every_crasher_has_an_expectation():
    assert sorted(os.listdir(DATA)) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_run_answers(name, capsys):
    rc, out, err = _run(capsys, "run", os.path.join(DATA, name))
    want_rc, want_msg, _ = EXPECTED[name]
    assert rc == want_rc, err
    assert want_msg in err, err
    if rc == 2:
        assert err.startswith("bpfsmt: ") and err.count("\n") == 1, err


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("command", COMMANDS[1:])
def test_other_commands_answer(name, command, capsys):
    """The same bad input gets the same message from every command; a program the kernel
    refuses is rejected by verify (exit 1) and never crashes xlate or jit."""
    want_rc, want_msg, kernel_msg = EXPECTED[name]
    args = [command, os.path.join(DATA, name)] + (["--json"] if command == "verify" else [])
    rc, out, err = _run(capsys, *args)
    if want_rc == 2:
        assert rc == 2 and want_msg in err, err
    elif command == "verify":
        assert rc == 1 and f'"message": "{kernel_msg}"' in out, out
    else:
        assert rc in (0, 1), err
