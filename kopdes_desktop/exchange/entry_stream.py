"""One entry of an untrusted package, read and inflated with ISA-L within the directory's limits.

``zipfile`` inflates with zlib; ISA-L inflates about three times faster and releases the GIL,
which counts at national scale: an import reads every byte twice (once to verify the
checksums, once for the rows), over four gigabytes. The stream keeps ``zipfile``'s
guarantees for hostile input: the local header must name the entry the directory names, no
chunk inflates to more than ``READ_CHUNK`` bytes at once (a zip bomb cannot fill memory), no
entry yields more than the size its directory record states, and at its end the size, the
CRC-32 and the end of the deflate stream are checked. Any breach is a ``ValueError`` or
``EOFError``, which the package reader turns into ``package.corrupt``.

Only the two methods ``zip_safety`` admits are read: stored and deflated.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
from pathlib import Path
from typing import Any, cast

from isal import isal_zlib

READ_CHUNK = 1024 * 1024
_LOCAL = struct.Struct("<4s2B4HL2L2H")
"""The local file header: signature … name length, extra length (as ``zip_writer``)."""
_UTF8_NAME = 0x800
INFLATE_ERROR = cast("type[Exception]", isal_zlib.error)  # typed as an instance by isal


class EntryStream:
    """A read-once stream of one entry's bytes, on its own handle of the file (so threads
    can read different entries at once). Use as a context manager or ``close()`` it."""

    def __init__(self, path: Path, info: zipfile.ZipInfo) -> None:
        self._info = info
        self._fh = Path(path).open("rb")  # noqa: SIM115  (closed by close())
        self._inflate: Any = None
        self._left = info.compress_size
        self._size = 0
        self._crc = 0
        self._ended = False
        try:
            self._skip_local_header()
        except BaseException:
            self._fh.close()
            raise
        if info.compress_type == zipfile.ZIP_DEFLATED:
            self._inflate = isal_zlib.decompressobj(-15)
        elif info.compress_type != zipfile.ZIP_STORED:
            self._fh.close()
            raise ValueError(f"unsupported compression in {info.filename!r}")

    def _skip_local_header(self) -> None:
        """Position at the entry's data after checking the local header names it."""
        self._fh.seek(self._info.header_offset)
        head = self._fh.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise EOFError(f"no local header for {self._info.filename!r}")
        fields = _LOCAL.unpack(head)
        if fields[0] != b"PK\x03\x04":
            raise ValueError(f"no local header for {self._info.filename!r}")
        raw_name = self._fh.read(fields[-2])
        encoding = "utf-8" if fields[2] & _UTF8_NAME else "cp437"
        if raw_name.decode(encoding, errors="replace") != self._info.orig_filename:
            raise ValueError(f"local header does not name {self._info.filename!r}")
        self._fh.seek(fields[-1], 1)

    def read(self, _size: int = -1) -> bytes:
        """The next piece of the entry (at most ``READ_CHUNK`` bytes); b"" at its end, once
        size and CRC were found right. The size asked for is only a hint."""
        while not self._ended:
            data = self._next_piece()
            if data is None:
                self._finish()
                return b""
            if data:
                self._size += len(data)
                if self._size > self._info.file_size:
                    raise ValueError(f"{self._info.filename!r} is longer than its record")
                self._crc = isal_zlib.crc32(data, self._crc)
                return data
        return b""

    def _next_piece(self) -> bytes | None:
        """Bytes inflated (or stored) next; None when the entry's input is used up."""
        inflate = self._inflate
        if inflate is not None and inflate.unconsumed_tail:
            return self._inflated(inflate.unconsumed_tail)
        if not self._left:
            return None
        raw = self._fh.read(min(READ_CHUNK, self._left))
        if not raw:
            raise EOFError(f"{self._info.filename!r} is cut short")
        self._left -= len(raw)
        return raw if inflate is None else self._inflated(raw)

    def _inflated(self, raw: bytes) -> bytes:
        try:
            return cast("bytes", self._inflate.decompress(raw, READ_CHUNK))
        except INFLATE_ERROR as exc:
            raise ValueError(f"{self._info.filename!r} does not inflate") from exc

    def _finish(self) -> None:
        self._ended = True
        inflate = self._inflate
        if inflate is not None and (not inflate.eof or inflate.unused_data):
            raise EOFError(f"{self._info.filename!r} ends inside its deflate stream")
        if self._size != self._info.file_size or self._crc != self._info.CRC:
            raise ValueError(f"{self._info.filename!r}: size or CRC-32 differs")

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> EntryStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def entry_digest(path: Path, info: zipfile.ZipInfo) -> tuple[str, int]:
    """sha256 and size of one entry's bytes (``EntryStream``'s errors when broken): the
    import's checksum check and the export's check after writing."""
    digest, size = hashlib.sha256(), 0
    with EntryStream(path, info) as fh:
        for chunk in iter(fh.read, b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
