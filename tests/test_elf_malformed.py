"""Truncated or corrupted objects are located InputErrors (file:0:0 naming the section or
offset), never tracebacks: the CLI prints them and exits 2."""
import os
import random
import struct

import pytest

from bpfsmt.grammar.elf import load_elf
from bpfsmt.spec.errors import InputError

HERE = os.path.join(os.path.dirname(__file__), "data", "elf")
FEATURES = os.path.join(HERE, "features.bpf.o")


def _data():
    with open(FEATURES, "rb") as f:
        return bytearray(f.read())


def _sections(d):
    shoff, = struct.unpack_from("<Q", d, 0x28)
    shnum, shstrndx = struct.unpack_from("<HH", d, 0x3C)
    strs_off, = struct.unpack_from("<Q", d, shoff + shstrndx * 64 + 0x18)
    out = {}
    for i in range(shnum):
        base = shoff + i * 64
        name_off, = struct.unpack_from("<I", d, base)
        end = d.index(0, strs_off + name_off)
        out[d[strs_off + name_off:end].decode()] = base
    return out


def _load_bytes(tmp_path, d, name="bad.o"):
    p = tmp_path / name
    p.write_bytes(bytes(d))
    return load_elf(str(p))


def test_not_elf(tmp_path):
    with pytest.raises(InputError, match="not an ELF object") as e:
        _load_bytes(tmp_path, b"hello world, not elf at all" * 4)
    assert str(e.value).startswith(str(tmp_path / "bad.o") + ":0:0:")


def test_truncated_header_and_section_table(tmp_path):
    d = _data()
    with pytest.raises(InputError, match="header truncated"):
        _load_bytes(tmp_path, d[:40])
    with pytest.raises(InputError, match="truncated"):
        _load_bytes(tmp_path, d[:len(d) - 100])


def test_section_past_end_names_the_section(tmp_path):
    d = _data()
    base = _sections(d)["tc"]
    struct.pack_into("<Q", d, base + 0x20, 1 << 20)  # sh_size
    with pytest.raises(InputError, match=r"section 'tc' .* runs past the end"):
        _load_bytes(tmp_path, d)


def test_bad_btf_magic_and_kind(tmp_path):
    d = _data()
    btf_off, = struct.unpack_from("<Q", d, _sections(d)[".BTF"] + 0x18)
    bad = bytearray(d)
    struct.pack_into("<H", bad, btf_off, 0x1234)
    with pytest.raises(InputError, match=r"malformed \.BTF .*bad BTF magic"):
        _load_bytes(tmp_path, bad)
    bad = bytearray(d)
    hdr_len, = struct.unpack_from("<I", bad, btf_off + 4)
    type_off, = struct.unpack_from("<I", bad, btf_off + 8)
    info_at = btf_off + hdr_len + type_off + 4           # first type's info word
    struct.pack_into("<I", bad, info_at, 0x1F << 24)      # kind 31 does not exist
    with pytest.raises(InputError, match="unknown kind 31"):
        _load_bytes(tmp_path, bad)


def test_odd_sized_code_section(tmp_path):
    d = _data()
    base = _sections(d)["xdp.frags"]
    size, = struct.unpack_from("<Q", d, base + 0x20)
    struct.pack_into("<Q", d, base + 0x20, size - 3)
    with pytest.raises(InputError, match="not a multiple of 8"):
        _load_bytes(tmp_path, d)


def test_random_truncations_and_corruptions_never_crash(tmp_path):
    data = bytes(_data())
    rng = random.Random(9)
    outcomes = {"ok": 0, "error": 0}
    for trial in range(120):
        d = bytearray(data)
        if trial % 2:
            d = d[:rng.randrange(len(d))]
        else:
            for _ in range(rng.randint(1, 6)):
                d[rng.randrange(len(d))] = rng.randrange(256)
        try:
            _load_bytes(tmp_path, d)
            outcomes["ok"] += 1
        except InputError as e:
            assert ":0:0: " in str(e)
            outcomes["error"] += 1
    assert outcomes["error"] > 30  # every truncation is reported


def test_loader_dispatch_keeps_the_location(tmp_path):
    p = tmp_path / "trunc.o"
    p.write_bytes(bytes(_data()[:300]))
    from bpfsmt.grammar import load
    with pytest.raises(InputError) as e:
        load(str(p))
    assert str(e.value).startswith(f"{p}:0:0: ")
