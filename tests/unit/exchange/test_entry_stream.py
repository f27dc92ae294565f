"""The ISA-L entry reader keeps zipfile's guarantees on hostile bytes: it returns exactly the
entry's bytes, never more than its record states, and refuses damage at the latest at the end."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from kopdes_desktop.exchange.entry_stream import READ_CHUNK, EntryStream, entry_digest

TEXT = "[\n" + ",\n".join(f'{{"id": {i}, "nama": "Siti Rahayu {i}"}}' for i in range(60_000))
DATA = (TEXT + "\n]\n").encode()


def _zip(tmp_path: Path, method: int = zipfile.ZIP_DEFLATED, data: bytes = DATA) -> Path:
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        zf.writestr("data/person.json", data)
        zf.writestr("csv/person.csv", b"a;b\n")
    return path


def _info(path: Path, name: str = "data/person.json") -> zipfile.ZipInfo:
    with zipfile.ZipFile(path) as zf:
        return zf.getinfo(name)


def _read_all(path: Path, info: zipfile.ZipInfo) -> bytes:
    with EntryStream(path, info) as fh:
        return b"".join(iter(fh.read, b""))


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_an_entry_reads_as_zipfile_reads_it(tmp_path: Path, method: int):
    path = _zip(tmp_path, method)
    assert _read_all(path, _info(path)) == DATA
    assert _read_all(path, _info(path, "csv/person.csv")) == b"a;b\n"
    assert entry_digest(path, _info(path))[1] == len(DATA)


def test_a_flipped_byte_is_refused(tmp_path: Path):
    path = _zip(tmp_path)
    info = _info(path)
    damaged = bytearray(path.read_bytes())
    damaged[info.header_offset + 30 + len(info.filename) + 500] ^= 0x55
    path.write_bytes(bytes(damaged))
    with pytest.raises((ValueError, EOFError)):
        _read_all(path, info)


def test_a_cut_entry_is_refused(tmp_path: Path):
    path = _zip(tmp_path)
    info = _info(path)
    raw = path.read_bytes()
    path.write_bytes(raw[: info.header_offset + 30 + len(info.filename) + 1000])
    with pytest.raises((ValueError, EOFError)):
        _read_all(path, info)


def test_a_record_understating_the_size_stops_the_output_there(tmp_path: Path):
    """A zip bomb announces little and inflates a lot: reading stops at the stated size and
    each piece handed out is at most one chunk."""
    bomb = b"\0" * (20 * READ_CHUNK)
    path = _zip(tmp_path, data=bomb)
    info = _info(path)
    info.file_size = READ_CHUNK  # what a forged directory would claim
    pieces: list[int] = []
    with pytest.raises(ValueError), EntryStream(path, info) as fh:
        while piece := fh.read():
            pieces.append(len(piece))
    assert sum(pieces) <= 2 * READ_CHUNK
    assert max(pieces) <= READ_CHUNK


def test_a_local_header_naming_another_entry_is_refused(tmp_path: Path):
    path = _zip(tmp_path)
    info = _info(path)
    raw = bytearray(path.read_bytes())
    start = info.header_offset + 30
    raw[start : start + 4] = b"evil"
    path.write_bytes(bytes(raw))
    with pytest.raises(ValueError, match="local header"):
        EntryStream(path, info)


def test_bytes_after_the_deflate_stream_are_refused(tmp_path: Path):
    """The compressed size may not hide anything behind the end of the stream."""
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    body = deflate.compress(DATA) + deflate.flush() + b"hidden"
    name = b"data/person.json"
    crc = zlib.crc32(DATA)
    local = struct.pack(
        "<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, 8, 0, 0, crc, len(body), len(DATA), len(name), 0
    )
    path = tmp_path / "p.zip"
    path.write_bytes(local + name + body)
    info = zipfile.ZipInfo("data/person.json")
    info.header_offset, info.compress_type = 0, zipfile.ZIP_DEFLATED
    info.compress_size, info.file_size, info.CRC = len(body), len(DATA), crc
    with pytest.raises(EOFError):
        _read_all(path, info)
