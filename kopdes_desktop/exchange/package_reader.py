"""Reading a package: open safely, trust nothing, stream rows in checked batches.

``open_package`` checks the ZIP directory (zip_safety), that every entry is a place of the
version-1 layout, that the manifest parses and lists exactly the entries present with their
sizes. ``verify_checksums`` reads every byte once against the manifest (``entry_stream``
checks each CRC). ``verify_signature`` checks the Ed25519 signature with a function handed in
(the services own keys and trust). Data files are streamed by ``data_file.row_batches``.

Every failure is a ``PackageError`` with a stable code; anything ``zipfile`` or ``zlib`` might
raise on broken bytes is turned into one.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kopdes_desktop.exchange.entry_stream import INFLATE_ERROR, EntryStream, entry_digest
from kopdes_desktop.exchange.manifest import Manifest, manifest_from_json
from kopdes_desktop.exchange.package_format import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    PackageError,
    data_name,
    is_layout_name,
    parse_json,
)
from kopdes_desktop.exchange.tables import TABLE_NAMES
from kopdes_desktop.exchange.zip_safety import check_archive

VERIFY_THREADS = 2
PARALLEL_MIN_BYTES = 64 * 1024 * 1024
BROKEN = (
    zipfile.BadZipFile,
    zlib.error,
    INFLATE_ERROR,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
)


@dataclass
class OpenedPackage:
    """An open package whose directory and manifest passed the checks."""

    path: Path
    zip: zipfile.ZipFile
    entries: dict[str, zipfile.ZipInfo]
    manifest: Manifest
    manifest_bytes: bytes

    def open_entry(self, name: str) -> EntryStream:
        """A stream of one entry's bytes (size and CRC checked at its end)."""
        try:
            return EntryStream(self.path, self.entries[name])
        except BROKEN as exc:
            raise PackageError("package.corrupt", None, name=name) from exc


def _open_zip(fh: IO[bytes]) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(fh)
    except BROKEN as exc:
        raise PackageError("package.not_zip") from exc


def _read_manifest(zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> bytes:
    info = entries.get(MANIFEST_NAME)
    if info is None:
        raise PackageError("package.manifest_missing")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise PackageError("package.manifest_invalid", None, reason="size")
    try:
        return zf.read(info)
    except BROKEN as exc:
        raise PackageError("package.corrupt", None, name=MANIFEST_NAME) from exc


def _check_listing(manifest: Manifest, entries: dict[str, zipfile.ZipInfo]) -> None:
    """The manifest lists exactly the entries present, with their sizes, and every table."""
    present = set(entries) - {MANIFEST_NAME}
    listed = set(manifest.files)
    missing = sorted(listed - present)
    if missing:
        raise PackageError("package.file_missing", None, name=missing[0])
    unlisted = sorted(present - listed)
    if unlisted:
        raise PackageError("package.unlisted_entry", None, name=unlisted[0][:80])
    for name, entry in manifest.files.items():
        if entries[name].file_size != entry.size:
            raise PackageError("package.size_mismatch", None, name=name)
    absent = [t for t in TABLE_NAMES if data_name(t) not in listed]
    if absent:
        raise PackageError("package.file_missing", None, name=data_name(absent[0]))


@contextmanager
def open_package(path: Path) -> Iterator[OpenedPackage]:
    """Open ``path`` and check its directory, layout and manifest (not yet its bytes)."""
    try:
        fh = Path(path).open("rb")  # noqa: SIM115  (closed by the with-block below)
    except OSError as exc:
        raise PackageError("package.unreadable", None, path=str(path)) from exc
    with fh:
        zf = _open_zip(fh)
        with zf:
            entries = check_archive(zf)
            for name in entries:
                if not is_layout_name(name):
                    raise PackageError("package.unexpected_entry", None, name=name[:80])
            raw = _read_manifest(zf, entries)
            try:
                obj = parse_json(raw)
            except (ValueError, RecursionError) as exc:
                raise PackageError("package.manifest_invalid", None, reason="json") from exc
            manifest = manifest_from_json(obj)
            _check_listing(manifest, entries)
            yield OpenedPackage(Path(path), zf, entries, manifest, raw)


def verify_signature(manifest: Manifest, verify: Callable[[bytes, bytes, bytes], bool]) -> None:
    """The manifest was signed by the key it names; ``verify(key, payload, signature)``."""
    key = bytes.fromhex(manifest.office.public_key)
    if not verify(key, manifest.signing_payload(), bytes.fromhex(manifest.signature)):
        raise PackageError(
            "package.signature_invalid", None, fingerprint=manifest.office.fingerprint
        )


def _entry_digest(pkg: OpenedPackage, name: str) -> tuple[str, int]:
    try:
        return entry_digest(pkg.path, pkg.entries[name])
    except BROKEN as exc:
        raise PackageError("package.corrupt", None, name=name) from exc


def verify_entries(pkg: OpenedPackage, names: Collection[str]) -> None:
    """Hash ``names`` (each entry is read through its own handle on the file)."""
    for name in names:
        expected = pkg.manifest.files[name]
        sha, size = _entry_digest(pkg, name)
        if size != expected.size or sha != expected.sha256:
            raise PackageError("package.checksum", None, name=name)


def balanced_groups(sizes: Mapping[str, int], workers: int) -> list[list[str]]:
    """Names shared out between ``workers`` (at least one) so their total sizes are close:
    the biggest first, each to the lightest group so far."""
    groups: list[list[str]] = [[] for _ in range(max(1, workers))]
    loads = [0] * len(groups)
    for name in sorted(sizes, key=lambda n: -sizes[n]):
        lightest = loads.index(min(loads))
        groups[lightest].append(name)
        loads[lightest] += sizes[name]
    return groups


def verify_checksums(
    pkg: OpenedPackage, workers: int = VERIFY_THREADS, skip: Collection[str] = ()
) -> None:
    """Every listed entry has the sha256 and size the manifest says (CRCs checked too);
    ``skip``: entries whose reader checks them itself (``verify_entries`` if it does not).

    Inflating and hashing release the GIL, so the entries are shared out between
    ``workers`` threads (balanced by size): a national package verifies on every core.
    """
    files = {name: e for name, e in pkg.manifest.files.items() if name not in skip}
    groups = balanced_groups({name: entry.size for name, entry in files.items()}, workers)
    if len(groups) == 1 or sum(e.size for e in files.values()) < PARALLEL_MIN_BYTES:
        verify_entries(pkg, [n for g in groups for n in g])
        return
    with ThreadPoolExecutor(len(groups) - 1) as pool:
        futures = [pool.submit(verify_entries, pkg, g) for g in groups[1:]]
        verify_entries(pkg, groups[0])
        for future in futures:
            future.result()


def read_entry(pkg: OpenedPackage, name: str, limit: int) -> bytes:
    """A whole (small) entry, checked against the manifest."""
    info = pkg.entries[name]
    if info.file_size > limit:
        raise PackageError("package.entry_too_large", None, name=name)
    try:
        data = pkg.zip.read(info)
    except BROKEN as exc:
        raise PackageError("package.corrupt", None, name=name) from exc
    if hashlib.sha256(data).hexdigest() != pkg.manifest.files[name].sha256:
        raise PackageError("package.checksum", None, name=name)
    return data
