"""One running app per data folder, through an OS-level lock on ``<home>/kopdes.lock``.

An OS lock (not just a file's existence) is released by the kernel when the process dies,
so a crash or power cut never leaves the folder locked for good.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from kopdes_desktop.domain.errors import EnvironmentProblem


class AlreadyRunningError(EnvironmentProblem):
    """Another KopDes process holds the data folder."""


class InstanceLock:
    """Context manager holding an exclusive, non-blocking lock on a file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunningError naming the other process."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115
        try:
            _lock(fh)
        except OSError:
            fh.seek(0)
            other = fh.read().strip() or "?"
            fh.close()
            raise AlreadyRunningError(
                "app.already_running", None, pid=other, folder=str(self.path.parent)
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        """Give the lock back (the OS does this too when the process ends)."""
        if self._fh is not None:
            _unlock(self._fh)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
