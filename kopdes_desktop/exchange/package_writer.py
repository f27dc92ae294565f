"""Writing a package: deterministic ZIP entries, checksums as they stream, atomic finish.

The same data must give the same bytes (apart from the creation time in the manifest), so a
signature is reproducible and two exports can be compared: ``zip_writer`` gives every entry
the same time stamp, mode and system and deflates at a fixed level on identically sized
chunks, and entries come in a fixed order (``entry_order``). Checksums are computed while the
bytes stream into the ZIP, so a national table is never held in memory. Entries deflated on
another thread into a spool (``DeflateSpool``) are appended as they are (``add_deflated``).

``write_package`` produces the file through ``atomic_write`` (temp file in the same folder,
fsync, verify, rename); verifying re-opens the package with the reader's checks
(``open_package``: directory, layout, manifest) and inflates every entry again (with ISA-L,
``entry_stream.entry_digest``) against the manifest's sha256 and size and the entry's CRC.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kopdes_desktop.domain.errors import EnvironmentProblem
from kopdes_desktop.exchange.atomic_write import write_atomically
from kopdes_desktop.exchange.entry_stream import entry_digest
from kopdes_desktop.exchange.manifest import FileEntry, Manifest
from kopdes_desktop.exchange.package_format import MANIFEST_NAME, PackageError, entry_order
from kopdes_desktop.exchange.package_reader import VERIFY_THREADS, balanced_groups, open_package
from kopdes_desktop.exchange.zip_writer import (
    CHUNK,
    DeflateSpool,
    DeflateStream,
    ZipWriter,
)

__all__ = ["CHUNK", "DeflateSpool", "DeflateStream", "PackageBuilder", "write_package"]


class PackageBuilder:
    """Adds entries in package order to a ZIP on an open, seekable binary stream."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._zip = ZipWriter(stream)
        self.files: dict[str, FileEntry] = {}
        self._last: tuple[int, str, int] | None = None

    def _claim(self, name: str) -> None:
        """Entries must come in ``entry_order``: that order is part of the format."""
        key = entry_order(name)
        if name == MANIFEST_NAME or (self._last is not None and key <= self._last):
            raise ValueError(f"entry {name!r} out of order")
        self._last = key

    @contextmanager
    def entry(self, name: str) -> Iterator[DeflateStream]:
        """Stream one entry of unknown size (a table's rows)."""
        self._claim(name)
        with self._zip.entry(name) as stream:
            yield stream
        self.files[name] = FileEntry(self._zip.last.sha256, self._zip.last.size)

    def add_bytes(self, name: str, data: bytes) -> None:
        """One entry whose bytes are at hand (rekap, a document)."""
        with self.entry(name) as out:
            out.write(data)

    def add_stream(self, name: str, source: IO[bytes]) -> FileEntry:
        """Copy an open file (a workbook spool, an attachment) into the package."""
        with self.entry(name) as out:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                out.write(chunk)
        return self.files[name]

    def add_deflated(self, spool: DeflateSpool) -> None:
        """Append every entry of ``spool`` (deflated on another thread, in any order) as it
        is, in package order."""
        for name, entry in sorted(spool.entries.items(), key=lambda e: entry_order(e[0])):
            self._claim(name)
            self._zip.append(name, spool.file, entry)
            self.files[name] = FileEntry(entry.sha256, entry.size)

    def close(self, manifest: Manifest) -> None:
        """Write the manifest as the last entry and the ZIP directory."""
        with self._zip.entry(MANIFEST_NAME) as out:
            out.write(manifest.to_bytes())
        self._zip.close()

    def abort(self) -> None:
        """Nothing to close after a failure: the atomic writer deletes the temp file."""


def verify_written(path: Path, expected: Manifest, workers: int = VERIFY_THREADS) -> None:
    """Re-open a written package: directory sane, manifest as written, every entry inflating
    to the sha256, size and CRC listed (``entry_digest``, on ``workers`` threads balanced by
    size)."""
    with open_package(path) as pkg:
        if pkg.manifest.to_bytes() != expected.to_bytes():
            raise ValueError("manifest differs from the one written")
        files = pkg.manifest.files
        groups = balanced_groups({name: entry.size for name, entry in files.items()}, workers)

        def check(group: list[str]) -> None:
            for name in group:
                if entry_digest(path, pkg.entries[name]) != (files[name].sha256, files[name].size):
                    raise ValueError(f"{name!r} differs from what was written")

        with ThreadPoolExecutor(len(groups)) as pool:
            for future in [pool.submit(check, g) for g in groups]:
                future.result()


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
