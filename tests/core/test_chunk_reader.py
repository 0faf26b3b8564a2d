"""The stream a copied attachment is read from honours ``read(n)`` (the ByteSource contract)."""

from app.store.batch import _ChunkReader


def test_read_returns_at_most_n_bytes_across_chunk_boundaries():
    reader = _ChunkReader(iter([b"abc", b"defg", b"h"]))
    assert reader.read(2) == b"ab"
    assert reader.read(3) == b"cde"
    assert reader.read(10) == b"fgh"
    assert reader.read(1) == b""


def test_read_without_size_returns_everything_left():
    reader = _ChunkReader(iter([b"abc", b"defg"]))
    assert reader.read(1) == b"a"
    assert reader.read() == b"bcdefg"
    assert reader.read() == b""
