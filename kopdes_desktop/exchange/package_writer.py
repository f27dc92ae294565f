"""Writing a package: deterministic ZIP entries, checksums as they stream, atomic finish.

The same data must give the same bytes (apart from the creation time in the manifest), so a
signature is reproducible and two exports can be compared: every entry gets the same time
stamp, mode and system, entries come in a fixed order (``entry_order``), and deflate runs at
a fixed level on identically sized chunks. Checksums are computed while the bytes stream
into the ZIP, so a national table is never held in memory.

``write_package`` produces the file through ``atomic_write`` (temp file in the same folder,
fsync, verify, rename); verifying re-opens the ZIP and checks every entry against the
manifest, which is also the CRC test of ``testzip``.
"""

from __future__ import annotations

import contextlib
import hashlib
import queue
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kopdes_desktop.domain.errors import EnvironmentProblem
from kopdes_desktop.exchange.atomic_write import write_atomically
from kopdes_desktop.exchange.manifest import FileEntry, Manifest
from kopdes_desktop.exchange.package_format import (
    COMPRESS_LEVEL,
    MANIFEST_NAME,
    ZIP_DATE_TIME,
    ZIP_FILE_MODE,
    PackageError,
    entry_order,
)
from kopdes_desktop.exchange.package_reader import open_package, verify_checksums

CHUNK = 1024 * 1024
"""Bytes handed to deflate at a time: a fixed size, so chunking never changes the output."""
QUEUED_CHUNKS = 8
"""Chunks waiting for the compressing thread (bounds the memory an entry can hold)."""

_UNIX = 3


def _zip_info(name: str) -> zipfile.ZipInfo:
    """An entry header that does not depend on the clock, the platform or the user."""
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = _UNIX
    info.external_attr = ZIP_FILE_MODE << 16
    for attr in ("compress_level", "_compresslevel"):  # the name since / before Python 3.13
        with contextlib.suppress(AttributeError):
            setattr(info, attr, COMPRESS_LEVEL)
    return info


class EntryStream:
    """A file being written into the package: buffers, hashes and counts its bytes.

    Hashing, CRC and deflate run on a helper thread (all three release the GIL), so they
    overlap with the reading and formatting of the next rows on another core.
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._hash = hashlib.sha256()
        self._size = 0
        self._buffer = bytearray()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUED_CHUNKS)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._drain, name="package-entry", daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._hash.update(chunk)
                    self._raw.write(chunk)
                except BaseException as exc:  # handed to the writing thread below
                    self._error = exc

    def _send(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def write(self, data: bytes) -> None:
        """Append bytes (any size; they reach deflate in ``CHUNK``-sized pieces)."""
        self._size += len(data)
        self._buffer += data
        if len(self._buffer) >= CHUNK:
            whole = len(self._buffer) - len(self._buffer) % CHUNK
            for start in range(0, whole, CHUNK):
                self._send(bytes(self._buffer[start : start + CHUNK]))
            del self._buffer[:whole]

    def write_text(self, text: str) -> None:
        """Append text as UTF-8."""
        self.write(text.encode("utf-8"))

    def finish(self) -> FileEntry:
        """Flush the tail, wait for the helper, and return the entry's checksum and size."""
        if self._buffer:
            self._send(bytes(self._buffer))
            self._buffer.clear()
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        return FileEntry(self._hash.hexdigest(), self._size)

    def abort(self) -> None:
        """Stop the helper after a failure (the entry is abandoned with the whole file)."""
        self._error = self._error or RuntimeError("aborted")
        self._queue.put(None)
        self._thread.join()


class PackageBuilder:
    """Adds entries in package order to a ZIP on an open binary stream."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self.files: dict[str, FileEntry] = {}
        self._last: tuple[int, str, int] | None = None

    def _claim(self, name: str) -> None:
        """Entries must come in ``entry_order``: that order is part of the format."""
        key = entry_order(name)
        if name == MANIFEST_NAME or (self._last is not None and key <= self._last):
            raise ValueError(f"entry {name!r} out of order")
        self._last = key

    @contextmanager
    def entry(self, name: str) -> Iterator[EntryStream]:
        """Stream one entry of unknown size (a table's rows)."""
        self._claim(name)
        with self._zip.open(_zip_info(name), "w", force_zip64=True) as raw:
            stream = EntryStream(raw)
            try:
                yield stream
            except BaseException:
                stream.abort()
                raise
            self.files[name] = stream.finish()

    def add_bytes(self, name: str, data: bytes) -> None:
        """One entry whose bytes are at hand (rekap, a document)."""
        with self.entry(name) as out:
            out.write(data)

    def add_stream(self, name: str, source: IO[bytes]) -> FileEntry:
        """Copy an open file (a CSV spool, an attachment) into the package."""
        with self.entry(name) as out:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                out.write(chunk)
        return self.files[name]

    def close(self, manifest: Manifest) -> None:
        """Write the manifest as the last entry and the ZIP directory."""
        info = _zip_info(MANIFEST_NAME)
        self._zip.writestr(info, manifest.to_bytes())
        self._zip.close()

    def abort(self) -> None:
        """Close the ZIP after a failure (the atomic writer deletes the temp file)."""
        self._zip.close()


def verify_written(path: Path, expected: Manifest) -> None:
    """Re-open a written package: directory sane, manifest as written, every byte as listed."""
    with open_package(path) as pkg:
        if pkg.manifest.to_bytes() != expected.to_bytes():
            raise ValueError("manifest differs from the one written")
        verify_checksums(pkg)


def write_package(target: Path, produce: Callable[[PackageBuilder], Manifest]) -> Manifest:
    """Write ``target`` atomically: ``produce`` adds the entries and returns the signed
    manifest, which is written last; the result is verified before it replaces ``target``."""
    result: list[Manifest] = []

    def write(stream: IO[bytes]) -> None:
        builder = PackageBuilder(stream)
        try:
            manifest = produce(builder)
        except BaseException:
            builder.abort()
            raise
        builder.close(manifest)
        result.append(manifest)

    def verify(tmp: Path) -> None:
        try:
            verify_written(tmp, result[0])
        except (PackageError, ValueError) as exc:
            raise EnvironmentProblem(
                "exchange.write_verify_failed", None, path=str(target)
            ) from exc

    write_atomically(target, write, verify)
    return result[0]
