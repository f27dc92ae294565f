"""The package ZIP writer: read back by zipfile and unzip, ZIP64 when needed, raw append,
the same bytes however the caller feeds it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest

from kopdes_desktop.exchange import zip_writer
from kopdes_desktop.exchange.entry_stream import entry_digest
from kopdes_desktop.exchange.package_format import ZIP_DATE_TIME, ZIP_FILE_MODE
from kopdes_desktop.exchange.zip_writer import CHUNK, DeflateSpool, ZipWriter

# Compressible but not trivially so: several chunks of CSV-like lines.
BIG = b"".join(
    b"%07d,Siti Rahayu %d,31.74.07.1002,2026-11-27\r\n" % (i, i * 7) for i in range(70_000)
)
SMALL = "Koperasi Kelurahan Merah Putih Melawai — ñ é 😀\n".encode()


def _write(entries: dict[str, bytes], piece: int = 4096) -> bytes:
    out = io.BytesIO()
    writer = ZipWriter(out)
    for name, data in entries.items():
        with writer.entry(name) as stream:
            for start in range(0, len(data), piece):
                stream.write(data[start : start + piece])
    writer.close()
    return out.getvalue()


def _read(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_entries_read_back_with_zipfile_with_fixed_stamps_and_mode():
    assert len(BIG) > 2 * CHUNK
    data = _write({"data/person.json": BIG, "csv/person.csv": SMALL, "manifest.json": b""})
    assert _read(data) == {"data/person.json": BIG, "csv/person.csv": SMALL, "manifest.json": b""}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    assert [i.filename for i in infos] == ["data/person.json", "csv/person.csv", "manifest.json"]
    for info in infos:
        assert info.date_time == ZIP_DATE_TIME
        assert info.external_attr >> 16 == ZIP_FILE_MODE
        assert info.create_system == 3
        assert info.compress_type == zipfile.ZIP_DEFLATED
    assert infos[0].compress_size < len(BIG) / 3


def test_the_same_bytes_however_the_caller_writes_them():
    entries = {"data/a.json": BIG, "data/b.json": SMALL}
    assert _write(entries, piece=1) != b""  # byte by byte for the small one is fine
    assert _write(entries, piece=4096) == _write(entries, piece=CHUNK + 17)
    assert _write(entries, piece=len(BIG)) == _write(entries, piece=333)


def test_entries_deflated_in_a_spool_append_as_the_same_bytes():
    direct = _write({"data/a.json": SMALL, "csv/a.csv": BIG, "csv/b.csv": SMALL})
    with tempfile.TemporaryFile() as scratch:
        spool = DeflateSpool(scratch)
        for name, data in (("csv/a.csv", BIG), ("csv/b.csv", SMALL)):
            with spool.entry(name) as stream:
                stream.write(data)
        out = io.BytesIO()
        writer = ZipWriter(out)
        with writer.entry("data/a.json") as stream:
            stream.write(SMALL)
        for name, entry in spool.entries.items():
            writer.append(name, scratch, entry)
        writer.close()
    assert out.getvalue() == direct
    assert spool.entries["csv/a.csv"].size == len(BIG)


def test_zip64_fields_when_sizes_offsets_or_counts_pass_the_limit(monkeypatch):
    monkeypatch.setattr(zip_writer, "ZIP64_LIMIT", 1000)
    monkeypatch.setattr(zip_writer, "FILECOUNT_LIMIT", 3)
    entries = {f"data/t{i}.json": BIG if i == 1 else SMALL * 40 for i in range(5)}
    data = _write(entries)
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data  # ZIP64 end record and locator
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    assert infos[-1].header_offset > 1000  # read from the ZIP64 extra field
    assert _read(data) == entries


@pytest.mark.skipif(shutil.which("unzip") is None, reason="unzip not installed")
def test_unzip_tests_the_archive_clean(tmp_path: Path, monkeypatch):
    plain = tmp_path / "plain.zip"
    plain.write_bytes(_write({"data/a.json": BIG, "rekap.xlsx": SMALL}))
    monkeypatch.setattr(zip_writer, "ZIP64_LIMIT", 1000)
    forced = tmp_path / "zip64.zip"
    forced.write_bytes(_write({"data/a.json": BIG, "rekap.xlsx": SMALL}))
    for path in (plain, forced):
        done = subprocess.run(
            ["unzip", "-t", str(path)], capture_output=True, text=True, env={**os.environ}
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "No errors detected" in done.stdout


def test_a_failure_inside_an_entry_stops_its_helper_and_propagates():
    out = io.BytesIO()
    writer = ZipWriter(out)
    with pytest.raises(RuntimeError, match="disk"), writer.entry("data/a.json") as stream:
        stream.write(BIG)
        raise RuntimeError("disk full")
    assert stream._thread.is_alive() is False


def test_a_write_error_of_the_helper_reaches_the_writer():
    class Full(io.BytesIO):
        def write(self, data: bytes) -> int:  # type: ignore[override]
            if self.tell() > 1000:
                raise OSError(28, "No space left on device")
            return super().write(data)

    writer = ZipWriter(Full())
    with pytest.raises(OSError, match="No space"), writer.entry("data/a.json") as stream:
        for start in range(0, len(BIG), 4096):
            stream.write(BIG[start : start + 4096])


def test_read_back_finds_a_damaged_byte(tmp_path: Path):
    path = tmp_path / "p.zip"
    path.write_bytes(_write({"data/a.json": BIG, "data/b.json": SMALL}))
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    assert entry_digest(path, infos[0])[1] == len(BIG)
    damaged = bytearray(path.read_bytes())
    damaged[infos[0].header_offset + 200] ^= 0xFF
    path.write_bytes(bytes(damaged))
    with pytest.raises(ValueError):
        entry_digest(path, infos[0])
