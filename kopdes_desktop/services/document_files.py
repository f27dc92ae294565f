"""Writing a document's PDF to disk atomically (ARCHITECTURE convention 8).

A half-written PDF on a shared folder looks like a document and prints as garbage, and a
changed byte would make it fail verification. So: a temp file in the target folder, flush and
fsync, read back and compare, then ``os.replace`` (atomic on one file system) and an fsync of
the folder so the rename survives a power cut.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable; Windows cannot open folders, where NTFS journals it anyway."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` all or nothing; returns the target path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".kopdes-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        written = Path(tmp_name).read_bytes()
        if hashlib.sha256(written).digest() != hashlib.sha256(data).digest():
            raise OSError(f"read-back of {tmp_name} differs from what was written")
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(target.parent)
    return target
