"""A deterministic streaming ZIP writer: the write side of packages, in place of ``zipfile``.

``zipfile`` compresses with the standard zlib on the calling thread and can only add entries
it compresses itself. A national export moves 4.5 GB of text, so this writer does two things
``zipfile`` cannot:

* deflate runs through ISA-L (``isal``, about four times zlib's speed at level 1, and it
  releases the GIL) on a helper thread per entry, with the CRC-32 and the sha256 of the
  manifest computed as the bytes stream by;
* an entry compressed elsewhere (on another thread, into a spool file: ``DeflateSpool``) is
  appended as it is, its CRC, sizes and sha256 already known, so two table passes can run
  on two cores and still land in the package in the fixed entry order.

Every entry is laid out the same way, whether streamed or appended, so the bytes never depend
on how an entry was produced: the fixed time stamp, mode and system of ``package_format``,
deflate at ``COMPRESS_LEVEL`` on ``CHUNK``-sized pieces of the entry's bytes (chunking never
depends on how the caller wrote them), and a local header with a ZIP64 extra field holding
the sizes (patched in once a streamed entry ends, as ``zipfile``'s ``force_zip64`` does), so
an entry of unknown size may grow past 4 GiB. The central directory and the end records use
ZIP64 fields only where a size, an offset or the entry count needs them (``zipfile``'s own
rule and limit), so small packages stay readable by the oldest tools. Python's ``zipfile``
and ``unzip -t`` read the result (tests hold this).
"""

from __future__ import annotations

import hashlib
import queue
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

from isal import isal_zlib

from kopdes_desktop.exchange.package_format import COMPRESS_LEVEL, ZIP_DATE_TIME, ZIP_FILE_MODE

CHUNK = 1024 * 1024
"""Bytes handed to deflate at a time: a fixed size, so chunking never changes the output."""
QUEUED_CHUNKS = 8
"""Chunks waiting for the compressing thread (bounds the memory an entry can hold)."""
ZIP64_LIMIT = (1 << 31) - 1
"""Above this a size, offset or directory needs ZIP64 fields (``zipfile.ZIP64_LIMIT``)."""
FILECOUNT_LIMIT = 0xFFFF

_VERSION = 45  # ZIP64 (every local header carries the ZIP64 sizes)
_UNIX = 3
_DEFLATED = 8
_UTF8_FLAG = 0x800
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_ZIP64_SIZES = struct.Struct("<2H2Q")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_LOCATOR = struct.Struct("<4sLQL")
_END = struct.Struct("<4s4H2LH")


def _dos_stamp() -> tuple[int, int]:
    y, mo, d, h, mi, s = ZIP_DATE_TIME
    return h << 11 | mi << 5 | s // 2, (y - 1980) << 9 | mo << 5 | d


_DOS_TIME, _DOS_DATE = _dos_stamp()


@dataclass(frozen=True)
class Deflated:
    """One entry's compressed bytes and what they hold (``offset`` in the file holding them)."""

    offset: int
    compress_size: int
    crc: int
    size: int
    sha256: str


class DeflateStream:
    """Bytes of one entry on their way to ``raw``: hashed, CRC'd, deflated on a helper thread.

    Deflate (ISA-L), sha256 and the file writes release the GIL, so they overlap with the
    reading and formatting of the next rows on another core."""

    def __init__(self, raw: IO[bytes], offset: int) -> None:
        self._raw, self._offset = raw, offset
        self._hash = hashlib.sha256()
        self._crc = 0
        self._size = 0
        self._compressed = 0
        self._deflate = isal_zlib.compressobj(COMPRESS_LEVEL, isal_zlib.DEFLATED, -15)
        self._buffer = bytearray()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUED_CHUNKS)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._drain, name="package-deflate", daemon=True)
        self._thread.start()

    def _out(self, data: bytes) -> None:
        if data:
            self._raw.write(data)
            self._compressed += len(data)

    def _drain(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._hash.update(chunk)
                    self._crc = isal_zlib.crc32(chunk, self._crc)
                    self._out(self._deflate.compress(chunk))
                except BaseException as exc:  # handed to the writing thread below
                    self._error = exc

    def _send(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def write(self, data: bytes) -> None:
        """Append bytes (any size; they reach deflate in ``CHUNK``-sized pieces)."""
        self._size += len(data)
        buffer = self._buffer
        if len(buffer) + len(data) < CHUNK:
            buffer += data
            return
        view = memoryview(data)
        start = CHUNK - len(buffer)
        buffer += view[:start]
        self._send(bytes(buffer))
        buffer.clear()
        while len(view) - start >= CHUNK:
            self._send(bytes(view[start : start + CHUNK]))
            start += CHUNK
        buffer += view[start:]

    def write_text(self, text: str) -> None:
        """Append text as UTF-8."""
        self.write(text.encode("utf-8"))

    def finish(self) -> Deflated:
        """Flush the tail, wait for the helper, end the deflate stream; what was written."""
        if self._buffer:
            self._send(bytes(self._buffer))
            self._buffer.clear()
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        self._out(self._deflate.flush())
        return Deflated(
            self._offset, self._compressed, self._crc, self._size, self._hash.hexdigest()
        )

    def abort(self) -> None:
        """Stop the helper after a failure (the entry is abandoned with the whole file)."""
        self._error = self._error or RuntimeError("aborted")
        self._queue.put(None)
        self._thread.join()


@contextmanager
def _streamed(raw: IO[bytes], offset: int) -> Iterator[DeflateStream]:
    stream = DeflateStream(raw, offset)
    try:
        yield stream
    except BaseException:
        stream.abort()
        raise


def _encoded(name: str) -> tuple[bytes, int]:
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), _UTF8_FLAG


@dataclass(frozen=True)
class _Written:
    name: bytes
    flags: int
    header_offset: int
    entry: Deflated


def _local_header(name: bytes, flags: int, entry: Deflated) -> bytes:
    extra = _ZIP64_SIZES.pack(1, 16, entry.size, entry.compress_size)
    head = _LOCAL.pack(
        b"PK\x03\x04", _VERSION, 0, flags, _DEFLATED, _DOS_TIME, _DOS_DATE, entry.crc,
        0xFFFFFFFF, 0xFFFFFFFF, len(name), len(extra),
    )  # fmt: skip
    return head + name + extra


class ZipWriter:
    """Entries in the caller's order on a seekable binary stream, then ``close``."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._out = stream
        self._pos = stream.tell()
        self._written: list[_Written] = []

    @property
    def last(self) -> Deflated:
        """The entry written last (its sha256 and size go into the manifest)."""
        return self._written[-1].entry

    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    @contextmanager
    def entry(self, name: str) -> Iterator[DeflateStream]:
        """Stream one entry of unknown size; its header is completed when it ends."""
        raw_name, flags = _encoded(name)
        start = self._pos
        placeholder = Deflated(0, 0, 0, 0, "")
        self._write(_local_header(raw_name, flags, placeholder))
        with _streamed(self._out, self._pos) as stream:
            yield stream
        done = stream.finish()
        self._pos += done.compress_size
        self._out.seek(start)
        self._out.write(_local_header(raw_name, flags, done))
        self._out.seek(self._pos)
        self._written.append(_Written(raw_name, flags, start, done))

    def append(self, name: str, source: IO[bytes], entry: Deflated) -> None:
        """Add an entry deflated elsewhere: ``entry.compress_size`` bytes of ``source`` from
        ``entry.offset``, copied as they are."""
        raw_name, flags = _encoded(name)
        start = self._pos
        self._write(_local_header(raw_name, flags, entry))
        source.seek(entry.offset)
        left = entry.compress_size
        while left:
            chunk = source.read(min(CHUNK, left))
            if not chunk:
                raise ValueError(f"spool ended inside {name!r}")
            self._write(chunk)
            left -= len(chunk)
        self._written.append(_Written(raw_name, flags, start, entry))

    def close(self) -> None:
        """The central directory and the end records (ZIP64 ones only when needed)."""
        start = self._pos
        for w in self._written:
            self._write(self._central(w))
        count, size = len(self._written), self._pos - start
        if count > FILECOUNT_LIMIT or start > ZIP64_LIMIT or size > ZIP64_LIMIT:
            end64 = self._pos
            record = (44, _VERSION, _VERSION, 0, 0, count, count, size, start)
            self._write(_END64.pack(b"PK\x06\x06", *record))
            self._write(_END64_LOCATOR.pack(b"PK\x06\x07", 0, end64, 1))
            count, size, start = min(count, 0xFFFF), min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF)
        self._write(_END.pack(b"PK\x05\x06", 0, 0, count, count, size, start, 0))
        self._out.flush()

    @staticmethod
    def _central(w: _Written) -> bytes:
        e = w.entry
        extra: list[int] = []
        size, compressed, offset = e.size, e.compress_size, w.header_offset
        if size > ZIP64_LIMIT or compressed > ZIP64_LIMIT:
            extra += [size, compressed]
            size = compressed = 0xFFFFFFFF
        if offset > ZIP64_LIMIT:
            extra.append(offset)
            offset = 0xFFFFFFFF
        fields = struct.pack(f"<2H{len(extra)}Q", 1, 8 * len(extra), *extra) if extra else b""
        head = _CENTRAL.pack(
            b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, w.flags, _DEFLATED, _DOS_TIME, _DOS_DATE,
            e.crc, compressed, size, len(w.name), len(fields), 0, 0, 0, ZIP_FILE_MODE << 16,
            offset,
        )  # fmt: skip
        return head + w.name + fields


class DeflateSpool:
    """Entries deflated into a scratch file, back to back, for a ``ZipWriter`` to append
    later (``append``): lets a second thread produce entries while the package is being
    written by the first. The caller owns and deletes the file."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.entries: dict[str, Deflated] = {}
        self._pos = file.tell()

    @contextmanager
    def entry(self, name: str) -> Iterator[DeflateStream]:
        """Stream one entry into the spool."""
        with _streamed(self.file, self._pos) as stream:
            yield stream
        done = stream.finish()
        self._pos += done.compress_size
        self.entries[name] = done
