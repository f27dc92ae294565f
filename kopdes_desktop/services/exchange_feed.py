"""Reading and checking a package's rows in a second process while this one stores them.

A first import of a national package spends about as long reading rows (unzip, JSON, checks,
conversion to driver values) as SQLite spends storing them, and Python runs one thread at a
time: a reading thread and the writing thread would only take turns (SQLite's per-row calls
hand the interpreter back and forth). So a child process reads the tables that go into empty
tables in bulk, batch by batch, and hands over rows ready for ``executemany``, the plan's
cooperative per row and persons' name tokens; the parent only writes. Batches travel as
``marshal`` bytes (the cheapest way across for tuples of str, int and None, which is what
SQLite takes: PostgreSQL's driver values, dates, do not travel so, and its imports read in
process).

Trust: the child opens the file by its path again and checks the sha256 of each data entry
it reads against the manifest the parent verified (signature included), so the parent leaves
those entries out of its own checksum verification (``RowFeed.verified``) and a file that is
not the signed one is refused before the commit all the same; the child runs the very same
row checks as the parent would (``row_batches``).

Timing: the importer starts the child as soon as the manifest and its signature are trusted
(``exchange_service``), so the child reads while the parent still verifies the checksums of
the other entries; it writes its batches to a spool file rather than holding them in memory,
so running ahead costs disk, not memory.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import multiprocessing
import operator
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, BinaryIO

from kopdes_desktop.exchange.data_file import RowBatch, row_batches
from kopdes_desktop.exchange.package_format import MANIFEST_NAME, PackageError, data_name
from kopdes_desktop.exchange.package_reader import open_package
from kopdes_desktop.exchange.tables import TABLES, TableSpec
from kopdes_desktop.services.wilayah_service import WilayahService
from kopdes_desktop.storage.bulk_insert import flat_chunks, insert_sql, rows_per_insert

FEED_MIN_ROWS = 20_000
TOKEN_BATCH = 60_000
"""Name tokens sorted and handed over together (about 25,000 persons' worth)."""
"""Smaller tables are read in process (starting a process costs about half a second)."""

_BATCH, _DONE, _ERROR, _FAILED, _OS_ERROR = "batch", "done", "error", "failed", "os"
_OPENED, _FRAME, _MESSAGE = b"o", b"f", b"m"
"""Pipe messages: the child opened the spool (and on POSIX removed its name); a frame of N
bytes was appended to it; a message that travels on the pipe itself (errors: the spool may
be what failed)."""


@dataclass(frozen=True)
class FedBatch:
    """One batch as the parent stores it."""

    first_line: int
    size: int
    rows: Flat
    """Driver values in ``RowCodec.names`` order (see ``Flat``)."""
    groups: list[Any] | None
    """The cooperative of each row (tables with a ``cooperative_column``), else None."""
    tokens: Flat
    """(token, person id) rows of ``person_name_token`` (persons only), sorted: the key's
    B-tree is then walked left to right per batch instead of at random."""


Flat = tuple[int, list[tuple[Any, ...]], list[tuple[Any, ...]]]
"""Rows ready for multi-row INSERTs (``bulk_insert.flat_chunks``): rows per statement, the
parameter tuples of that many rows each, and the rows left over (one per statement)."""


def _flat(rows: list[tuple[Any, ...]], columns: int) -> Flat:
    per = rows_per_insert(columns)
    return (per, *flat_chunks(rows, per))


_first = operator.itemgetter(0)
"""Tokens are sorted by the word alone, half the work of comparing pairs; the sort is stable
and persons come in id order, so equal words keep their persons ascending all the same."""


def _sqlite_codec(spec: TableSpec) -> Any:
    from sqlalchemy.dialects import sqlite

    from kopdes_desktop.services.exchange_rows import RowCodec

    return RowCodec(spec, sqlite.dialect(paramstyle="qmark"))


class _Spool:
    """The child's end: each message is appended to the spool file, then its length goes
    through the pipe (a few bytes, so the child never waits for the parent)."""

    def __init__(self, fh: BinaryIO, out: Connection) -> None:
        self._fh, self._out = fh, out

    def send(self, message: tuple[Any, ...]) -> None:
        data = marshal.dumps(message)
        self._fh.write(data)
        self._fh.flush()
        self._out.send_bytes(_FRAME + len(data).to_bytes(8, "little"))

    def tell(self, message: tuple[Any, ...]) -> None:
        """A message through the pipe alone."""
        self._out.send_bytes(_MESSAGE + marshal.dumps(message))


class _ThreadedDigest:
    """A sha256 fed on a helper thread, in order (hashlib lets go of the interpreter while
    it hashes a chunk, so the reading thread parses the next rows meanwhile)."""

    def __init__(self, pool: ThreadPoolExecutor) -> None:
        self._digest = hashlib.sha256()
        self._pool = pool
        self._last: Future[None] | None = None

    def update(self, data: bytes) -> None:
        """Hash ``data`` after everything given before (one helper thread keeps the order)."""
        self._last = self._pool.submit(self._digest.update, data)

    def hexdigest(self) -> str:
        """The digest of everything given, once the helper has hashed it all."""
        if self._last is not None:
            self._last.result()
        return self._digest.hexdigest()


class _Tokens:
    """Persons' name tokens gathered over several batches and handed over sorted: the
    tokens' B-tree is walked left to right once per ``TOKEN_BATCH`` tokens instead of once
    per batch of persons, so more of them land on each page it visits."""

    def __init__(self) -> None:
        from kopdes_desktop.services.exchange_sync import fast_name_tokens

        self._of = functools.lru_cache(maxsize=100_000)(fast_name_tokens)
        self._pending: list[tuple[str, str]] = []

    def add(self, ids: list[str], names: list[str]) -> None:
        """The tokens of these persons."""
        of = self._of
        self._pending += [(t, p) for p, n in zip(ids, names, strict=True) for t in of(n)]

    def take(self, final: bool = False) -> Flat:
        """The gathered tokens once there are enough (or ``final``), else none."""
        if not self._pending or (len(self._pending) < TOKEN_BATCH and not final):
            return _NO_TOKENS
        pending, self._pending = self._pending, []
        pending.sort(key=_first)
        return _flat(pending, 2)


_NO_TOKENS: Flat = (1, [], [])


def _message(spec: TableSpec, codec: Any, batch: RowBatch, tokens: _Tokens) -> tuple[Any, ...]:
    """One batch as the parent takes it (``RowFeed.batches``): driver rows in chunks, the
    cooperative of each row, persons' name tokens (when enough are gathered)."""
    cols = batch.columns
    per = rows_per_insert(len(codec.names))
    if spec.name == "person":
        tokens.add(cols["id"], cols["name"])
    return (
        _BATCH,
        batch.first_line,
        batch.size,
        (per, *codec.flat_in(cols, per)),
        cols[spec.cooperative_column] if spec.cooperative_column else None,
        tokens.take(),
    )


def first_outside(area: str, villages: Iterable[str]) -> str | None:
    """The first of ``villages`` (codes) that does not lie in ``area``, else None: a
    cooperative must lie in the importing office's working area."""
    return next((v for v in villages if not WilayahService.contains(area, v)), None)


def _read(
    path: str, manifest: str, tables: Sequence[tuple[str, str]], out: _Spool, area: str
) -> None:
    """The child: every listed table's batches, then "done" per table (or the refusal).
    ``manifest`` is the sha256 of the manifest the parent verified: counts and the NIK
    rule come from it, so it must be the very same. ``area``: the importing office's working
    area, which every cooperative must lie in (the one rule of ``_check_incoming`` that
    needs no database when the table is empty)."""
    specs = {t.name: t for t in TABLES}
    tokens = _Tokens()
    with open_package(Path(path)) as pkg, ThreadPoolExecutor(1) as hasher:
        if hashlib.sha256(pkg.manifest_bytes).hexdigest() != manifest:
            raise PackageError("package.checksum", None, name=MANIFEST_NAME)
        for name, expected in tables:
            spec = specs[name]
            codec = _sqlite_codec(spec)
            digest = _ThreadedDigest(hasher)
            for batch in row_batches(pkg, spec, digest=digest):
                if name == "cooperative":
                    outside = first_outside(area, batch.columns["village_code"])
                    if outside is not None:
                        raise PackageError(
                            "package.cooperative_outside", None, village=outside, working=area
                        )
                message = _message(spec, codec, batch, tokens)
                # Without the batch's columns, the message holds the only reference to most
                # of its values, and marshal keeps no back-reference table for those: a
                # third of the time it took while the columns were alive.
                del batch
                out.send(message)
            rest = tokens.take(final=True)
            if rest is not _NO_TOKENS:  # a batch of no rows with the last tokens
                out.send((_BATCH, 0, 0, (1, [], []), [] if spec.cooperative_column else None, rest))
            if digest.hexdigest() != expected:
                raise PackageError("package.checksum", None, name=data_name(name))
            out.send((_DONE, name))


def _child_main(
    path: str,
    manifest: str,
    tables: list[tuple[str, str]],
    spool: str,
    out: Connection,
    area: str,
) -> None:
    try:
        with open(spool, "r+b") as fh:
            if os.name == "posix":  # the parent holds it open already: no name left behind
                os.unlink(spool)
            out.send_bytes(_OPENED)
            sender = _Spool(fh, out)
            try:
                _read(path, manifest, tables, sender, area)
            except PackageError as exc:
                sender.tell((_ERROR, exc.code, exc.field, _plain(exc.params)))
            except OSError as exc:  # the spool's disk full, say: the parent maps it
                sender.tell((_OS_ERROR, exc.errno, exc.strerror or str(exc)))
            except BaseException as exc:  # reported to the parent, which raises it there
                sender.tell((_FAILED, repr(exc)[:500]))
    except (BrokenPipeError, EOFError, OSError):
        pass  # the parent is gone or stopped listening: nothing left to tell
    finally:
        out.close()


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    """Error parameters marshal can carry."""
    return {k: v if isinstance(v, str | int | float | None) else str(v) for k, v in params.items()}


class RowFeed:
    """The parent's end: starts the child and hands out its batches table by table.

    The child appends its batches to a spool file in the temporary folder and is never
    held up by the parent, so it can read ahead while the parent still checks the package
    or builds indexes; memory stays bounded whatever the package size. The parent reads
    each batch once it is announced, and the spool is gone when the feed is closed (on
    POSIX its name goes as soon as both processes have it open, so not even a killed
    import leaves it behind: the child stops at its next message to a parent gone)."""

    def __init__(
        self, path: Path, manifest: bytes, tables: Sequence[tuple[str, str]], *, area: str
    ) -> None:
        self.tables = [name for name, _ in tables]
        self.verified = frozenset(data_name(name) for name in self.tables)
        """The data files the child checks as it reads them (the parent's verification
        leaves them out: ``PackageChecker.checked``)."""
        fd, spool = tempfile.mkstemp(prefix="kopdes-feed-", suffix=".spool")
        self._spool_path: Path | None = Path(spool)
        self._spool: BinaryIO = os.fdopen(fd, "rb")
        ctx = multiprocessing.get_context("spawn")  # no fork of a process holding a database
        receive, send = ctx.Pipe(duplex=False)
        self._receive = receive
        self._process = ctx.Process(
            target=_child_main,
            args=(str(path), hashlib.sha256(manifest).hexdigest(), list(tables), spool, send, area),
            name="kopdes-package-reader",
            daemon=True,
        )
        try:
            self._process.start()
        except BaseException:
            self.close()
            raise
        send.close()

    def batches(self, table: str) -> Iterator[FedBatch]:
        """The batches of ``table`` (the next table the child reads), in file order."""
        while True:
            message = self._next(table)
            kind = message[0]
            if kind == _BATCH:
                _, first, size, rows, groups, tokens = message
                yield FedBatch(first, size, rows, groups, tokens)
            elif kind == _DONE and message[1] == table:
                return
            elif kind == _ERROR:
                _, code, fld, params = message
                raise PackageError(code, fld, **params)
            elif kind == _OS_ERROR:
                raise OSError(message[1], message[2])
            else:
                raise RuntimeError(f"package reader: {message!r}")

    def _next(self, table: str) -> tuple[Any, ...]:
        """The child's next message (from the spool, or from the pipe itself)."""
        while True:
            try:
                note = self._receive.recv_bytes()
            except EOFError:
                raise PackageError("package.corrupt", None, name=data_name(table)) from None
            tag, rest = note[:1], note[1:]
            if tag == _OPENED:
                if os.name == "posix":  # the child removed the name once it had the file
                    self._spool_path = None
            elif tag == _FRAME:
                size = int.from_bytes(rest, "little")
                data = self._spool.read(size)
                if len(data) != size:
                    raise RuntimeError("package reader: spool shorter than announced")
                return tuple(marshal.loads(data))
            else:
                return tuple(marshal.loads(rest))

    def close(self) -> None:
        """Stop the child (finished or not), wait for it and remove the spool. Idempotent."""
        self._receive.close()
        if self._process.is_alive():
            self._process.terminate()
        if self._process.pid is not None:
            self._process.join(timeout=10)
        self._spool.close()
        if self._spool_path is not None:
            with contextlib.suppress(OSError):
                self._spool_path.unlink()
            self._spool_path = None


def insert_flat(conn: Any, table: Any, columns: Sequence[str], rows: Flat) -> None:
    """Write rows handed over in ``Flat`` form (inside the caller's transaction)."""
    insert_flat_by(conn, rows, lambda n: insert_sql(conn.dialect, table, columns, rows=n))


def insert_flat_by(conn: Any, rows: Flat, sql_for: Callable[[int], str]) -> None:
    """Write ``Flat`` rows with the INSERT that ``sql_for`` gives for so many rows each."""
    per, chunks, rest = rows
    if chunks:
        conn.exec_driver_sql(sql_for(per), chunks)
    if rest:
        conn.exec_driver_sql(sql_for(1), rest)
