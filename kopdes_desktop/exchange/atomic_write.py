"""Writing a spreadsheet file so that a crash leaves the old file or the new one, never half.

ARCHITECTURE convention 8: temp file in the same folder, flush + fsync, verify, ``os.replace``.
Workbooks are verified by opening them again, because a truncated zip is the failure people
would otherwise only discover when the Sudin opens the file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from kopdes_desktop.domain.errors import EnvironmentProblem


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (not possible on Windows, where it is skipped)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(
    target: Path,
    write: Callable[[IO[bytes]], None],
    verify: Callable[[Path], None] | None = None,
) -> Path:
    """Produce ``target`` through ``write(stream)``; ``verify(temp_path)`` may raise to abort.

    Disk problems become ``EnvironmentProblem("file.write_failed")`` naming the file, so the
    UI can say "disk full" instead of showing a traceback.
    """
    target = Path(target)
    tmp_name: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=".tmp-", suffix=target.suffix, delete=False
        ) as tmp:
            tmp_name = tmp.name
            write(tmp)
            tmp.flush()
            os.fsync(tmp.fileno())
        if verify is not None:
            verify(Path(tmp_name))
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(target.parent)
    except OSError as exc:
        raise EnvironmentProblem(
            "file.write_failed", "path", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def verify_workbook(path: Path) -> None:
    """Open a freshly written workbook read-only: raises when the zip or XML is broken."""
    from openpyxl import load_workbook  # imported on use: it costs ~0.3 s at start-up

    try:
        wb = load_workbook(path, read_only=True)
        wb.close()
    except Exception as exc:  # a broken file, whatever openpyxl's exception type
        raise EnvironmentProblem(
            "file.write_failed", "path", path=str(path), reason="verification failed"
        ) from exc
