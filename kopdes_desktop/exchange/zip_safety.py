"""Checks of a ZIP file's directory before a single entry is read.

Packages arrive on flash disks and by e-mail from offices we do not control, so a package is
hostile until proven otherwise. A malicious ZIP can try to write outside the target folder
(``../`` or absolute names: "zip slip"), smuggle a symbolic link, hide a second entry behind a
duplicate name, or expand a few kilobytes into gigabytes (a zip bomb). We never extract to
disk by entry name, but the rules are still enforced: a package that breaks them was not
written by this program, and refusing it early keeps every later step simple.

Declared sizes are trustworthy enough for the limits: ``zipfile`` never returns more bytes
than an entry declares and fails on a CRC mismatch, so a lying size ends in a refusal.
"""

from __future__ import annotations

import itertools
import stat
import zipfile
from collections import Counter
from collections.abc import Sequence

from kopdes_desktop.exchange.package_format import (
    MAX_ENTRIES,
    MAX_ENTRY_UNCOMPRESSED,
    MAX_NAME_LENGTH,
    MAX_RATIO,
    MAX_TOTAL_UNCOMPRESSED,
    RATIO_MIN_SIZE,
    PackageError,
)

_LOCAL_HEADER_SIZE = 30
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def check_name(name: str) -> None:
    """Refuse names that could leave a folder or mean different things on different systems."""
    if not name or len(name) > MAX_NAME_LENGTH:
        raise PackageError("package.unsafe_path", None, name=name[:80])
    if name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        raise PackageError("package.unsafe_path", None, name=name[:80])
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise PackageError("package.unsafe_path", None, name=name.encode("unicode_escape")[:80])
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise PackageError("package.unsafe_path", None, name=name[:80])


def _check_kind(info: zipfile.ZipInfo) -> None:
    """Only regular files: no links, devices or directories; no encryption."""
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackageError("package.link_entry", None, name=info.filename[:80])
    if mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        raise PackageError("package.special_entry", None, name=info.filename[:80])
    if info.is_dir():
        raise PackageError("package.special_entry", None, name=info.filename[:80])
    if info.flag_bits & 0x1:
        raise PackageError("package.encrypted_entry", None, name=info.filename[:80])
    if info.compress_type not in _ALLOWED_METHODS:
        raise PackageError("package.compression_unsupported", None, name=info.filename[:80])


def _check_size(info: zipfile.ZipInfo) -> None:
    """One entry: not huge, and not expanding far more than real data does."""
    if info.file_size > MAX_ENTRY_UNCOMPRESSED:
        raise PackageError("package.entry_too_large", None, name=info.filename[:80])
    if info.file_size > RATIO_MIN_SIZE:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise PackageError(
                "package.compression_ratio", None, name=info.filename[:80], ratio=int(ratio)
            )


def _check_overlap(infos: Sequence[zipfile.ZipInfo]) -> None:
    """Entries sharing bytes are how "non-recursive" zip bombs multiply their output."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for cur, nxt in itertools.pairwise(ordered):
        end = cur.header_offset + _LOCAL_HEADER_SIZE + len(cur.orig_filename) + cur.compress_size
        if end > nxt.header_offset:
            raise PackageError("package.overlapping_entries", None, name=nxt.filename[:80])


def check_archive(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every rule above over the whole directory; returns the entries by name."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageError("package.too_many_entries", None, count=len(infos), maximum=MAX_ENTRIES)
    counts = Counter(info.filename for info in infos)
    duplicate = next((name for name, n in counts.items() if n > 1), None)
    if duplicate is not None:
        raise PackageError("package.duplicate_entry", None, name=duplicate[:80])
    total = 0
    for info in infos:
        check_name(info.orig_filename)
        _check_kind(info)
        _check_size(info)
        total += info.file_size
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise PackageError("package.too_large", None, size=total, maximum=MAX_TOTAL_UNCOMPRESSED)
    _check_overlap(infos)
    return {info.filename: info for info in infos}
