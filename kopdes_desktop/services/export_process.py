"""The CSV pass of an SQLite export in a child process.

Why a process and not a thread: the SQLite library Debian and Ubuntu ship (and Python links)
is built without lookaside memory and with memory statistics on, so every allocation takes
one process-wide mutex. Two connections on two threads of one process then fight over it and
together run slower than one after the other (measured: 2.9 s + 2.5 s alone, 7.3 s side by
side); in two processes they run at full speed on two cores.

The child opens its own connection and begins reading while the export's read transaction
is open (rollback-journal mode: no writer can commit meanwhile, so it sees the same
snapshot; the parent keeps its transaction open until the child is done). It deflates the
CSV entries into a spool file beside the package (``DeflateSpool``) and sends back where
each entry lies, its CRC, sizes and sha256; the parent appends them as they are. Cancel and
errors travel both ways: the parent sets ``stop`` (the child stops at its next block), the
child sends its error (a ``DomainError`` code, an ``OSError`` such as a full disk, or a
description) and the parent raises it. The spool is deleted on every path; the child is
terminated if it does not stop in time.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import astuple
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from typing import Any

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.package_writer import DeflateSpool
from kopdes_desktop.exchange.zip_writer import Deflated
from kopdes_desktop.services.exchange_scope import ExportScope

STOP_GRACE_S = 10.0
"""How long a stopped child may take to notice before it is terminated."""


def _child(
    url: str,
    scope: ExportScope,
    masked: bool,
    tables: Sequence[str],
    spool_path: str,
    pipe: Pipe,
    stop_flag: Any,
    parent: int,
) -> None:
    """The child's work: every table's CSV entries into the spool; reports on ``pipe``.
    It stops when ``stop_flag`` is set or its parent process ``parent`` is gone (then it
    deletes the spool itself)."""
    from kopdes_desktop.exchange.tables import TABLES
    from kopdes_desktop.services.export_passes import (
        CsvPass,
        fetch_batches,
        mask_columns,
        sqlite_fast,
    )
    from kopdes_desktop.storage.database import make_engine

    def stop() -> None:
        if stop_flag.is_set() or os.getppid() != parent:  # asked to stop, or orphaned
            raise DomainError("exchange.cancelled")

    def batches(conn: Any, sql: str) -> Iterator[Sequence[Sequence[Any]]]:
        for batch in fetch_batches(conn, scope.statement(sql)):
            stop()
            yield batch

    def mask(spec: Any, names: tuple[str, ...], columns: list[list[Any]]) -> None:
        mask_columns(spec, names, columns, masked)

    specs = {t.name: t for t in TABLES}
    engine = make_engine(url)
    failed = True
    try:
        with engine.connect() as conn, conn.begin(), open(spool_path, "r+b") as fh:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            pipe.send(("reading",))
            spool = DeflateSpool(fh)
            csv = CsvPass(scope, batches, mask, stop)
            for done, name in enumerate(tables, start=1):
                spec = specs[name]
                csv.table(conn, spool, spec, sqlite_fast(conn, spec, masked))
                pipe.send(("done", done))
            fh.flush()
            pipe.send(("entries", {n: astuple(e) for n, e in spool.entries.items()}))
            failed = False
    except DomainError as exc:
        _send(pipe, ("domain", exc.code))
    except OSError as exc:
        _send(pipe, ("os", exc.errno, exc.strerror or str(exc)))
    except BaseException as exc:  # anything else: described, never lost
        _send(pipe, ("error", f"{type(exc).__name__}: {exc}"))
    finally:
        engine.dispose()
        if failed:  # the parent will not use the spool (and may be gone: killed)
            with contextlib.suppress(OSError):
                os.unlink(spool_path)


def _send(pipe: Pipe, message: tuple[Any, ...]) -> None:
    with contextlib.suppress(OSError):  # the parent is gone
        pipe.send(message)


def _raise(message: tuple[Any, ...]) -> None:
    kind = message[0]
    if kind == "domain":
        raise DomainError(message[1])
    if kind == "os":
        raise OSError(message[1], message[2])
    raise RuntimeError(f"CSV pass failed: {message[1]}")


class CsvProcess:
    """The CSV pass in a child process; the same interface as ``CsvWorker``."""

    def __init__(
        self,
        url: str,
        scope: ExportScope,
        masked: bool,
        tables: Sequence[str],
        folder: Path,
    ) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._pipe, self._child_end = ctx.Pipe(duplex=False)
        self._stop = ctx.Event()
        # The spool last: nothing after it can fail before the caller registers close().
        fd, self._path = tempfile.mkstemp(dir=folder, prefix=".tmp-csv-", suffix=".spool")
        os.close(fd)
        self._process = ctx.Process(
            target=_child,
            args=(
                url,
                scope,
                masked,
                list(tables),
                self._path,
                self._child_end,
                self._stop,
                os.getpid(),
            ),
            name="export-csv",
            daemon=True,
        )
        self.spool: DeflateSpool | None = None
        self.done = 0
        self._error: tuple[Any, ...] | None = None
        self._entries: dict[str, Deflated] | None = None

    def start(self) -> None:
        """Start the child (it joins the snapshot while the caller's transaction is open)."""
        self._process.start()
        self._child_end.close()

    def _receive(self, timeout: float) -> None:
        """Handle the child's messages that arrive within ``timeout`` seconds."""
        try:
            while self._pipe.poll(timeout):
                message = self._pipe.recv()
                timeout = 0
                if message[0] == "done":
                    self.done = message[1]
                elif message[0] == "entries":
                    self._entries = {n: Deflated(*t) for n, t in message[1].items()}
                elif message[0] != "reading":
                    self._error = message
        except (EOFError, OSError):
            if self._entries is None and self._error is None:
                self._error = ("error", "the CSV process ended without a result")

    def check(self) -> None:
        """Raise the child's error in the calling thread, if it had one."""
        self._receive(0)
        if self._error is not None:
            _raise(self._error)

    def wait(self, stop: Callable[[], None], progress: Callable[[int], None] | None = None) -> None:
        """Wait for the child's entries, reporting tables done; raise its error, or what
        ``stop`` raises (a cancel) while waiting."""
        while self._entries is None and self._error is None:
            self._receive(0.25)
            stop()
            if progress is not None:
                progress(self.done)
            if self._entries is None and self._error is None and not self._process.is_alive():
                self._receive(0)
                if self._entries is None and self._error is None:
                    self._error = ("error", f"the CSV process exited ({self._process.exitcode})")
        self.check()
        assert self._entries is not None
        self._process.join()
        self.spool = DeflateSpool(open(self._path, "rb"))  # noqa: SIM115 (closed in close)
        self.spool.entries = self._entries

    def close(self) -> None:
        """Stop the child if it still runs, and delete the spool."""
        self._stop.set()
        if self._process.pid is not None:
            self._process.join(STOP_GRACE_S)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join()
        self._pipe.close()
        if self.spool is not None:
            self.spool.file.close()
        with contextlib.suppress(OSError):
            os.unlink(self._path)
