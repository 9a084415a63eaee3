"""The BTF reader on arbitrary bytes: a BTFError with an offset, never another exception,
and queries on whatever parsed stay bounded (self-referencing types, modifier loops)."""
import struct

from hypothesis import given, settings, strategies as st

from bpfsmt.grammar import btf as B


def _blob(types: bytes, strings: bytes) -> bytes:
    hdr = struct.pack("<HBBIIIII", B.BTF_MAGIC, 1, 0, 24, 0, len(types), len(types), len(strings))
    return hdr + types + strings


_type = st.tuples(st.integers(0, 40), st.integers(0, 20), st.integers(0, 3),
                  st.integers(0, 12), st.lists(st.integers(0, 2**32 - 1), max_size=9))


def _encode(t):
    name_off, kind, kflag, vlen_or_size, extra = t
    info = (kind << 24) | (kflag << 31) | (len(extra) // 3 if kind in (4, 5) else len(extra) % 4)
    return struct.pack("<III", name_off, info & 0xFFFFFFFF, vlen_or_size) + \
        b"".join(struct.pack("<I", x) for x in extra)


@settings(max_examples=300, deadline=None)
@given(st.lists(_type, max_size=8), st.binary(max_size=40))
def test_random_btf_parses_or_raises_btferror(types, strings):
    data = _blob(b"".join(_encode(t) for t in types), b"\0" + strings)
    try:
        btf = B.BTF(data)
    except B.BTFError as e:
        assert isinstance(e.offset, int)
        return
    for t in btf.types[1:]:
        for q in (lambda: btf.size_of(t.id), lambda: btf.skip_mods(t.id),
                  lambda: B.spin_lock_off(btf, t.id), lambda: B.value_fields(btf, t.id)):
            try:
                q()
            except B.BTFError:
                pass
        btf.type_name(t.id)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes(data):
    try:
        B.BTF(data)
    except B.BTFError:
        pass


def test_self_referencing_typedef_and_array_are_bounded():
    # [1] typedef -> 1 (loop); [2] array of [2] x 4
    types = struct.pack("<III", 0, B.K_TYPEDEF << 24, 1)
    types += struct.pack("<III", 0, B.K_ARRAY << 24, 0) + struct.pack("<III", 2, 2, 4)
    btf = B.BTF(_blob(types, b"\0"))
    for tid in (1, 2):
        try:
            btf.size_of(tid)
            raise AssertionError("a cyclic type has no size")
        except B.BTFError as e:
            assert "loop" in str(e) or "deep" in str(e)
