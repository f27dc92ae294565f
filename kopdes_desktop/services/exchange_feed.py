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

Trust: the child opens the file by its path again, so it checks the sha256 of each data
entry it reads against the manifest the parent verified (a file swapped in between is
refused), and it runs the very same row checks as the parent would (``row_batches``). It
reads at most ``QUEUE_BATCHES`` batches ahead of the parent (bounded memory).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import multiprocessing
import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kopdes_desktop.exchange.data_file import row_batches
from kopdes_desktop.exchange.package_format import MANIFEST_NAME, PackageError, data_name
from kopdes_desktop.exchange.package_reader import open_package
from kopdes_desktop.exchange.tables import TABLES, TableSpec
from kopdes_desktop.storage.bulk_insert import flat_chunks, insert_sql, rows_per_insert

QUEUE_BATCHES = 6
"""Batches the child may have read that the parent has not taken yet."""
FEED_MIN_ROWS = 20_000
"""Smaller tables are read in process (starting a process costs about half a second)."""

_BATCH, _DONE, _ERROR, _FAILED = "batch", "done", "error", "failed"


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


def _sqlite_codec(spec: TableSpec) -> Any:
    from sqlalchemy.dialects import sqlite

    from kopdes_desktop.services.exchange_rows import RowCodec

    return RowCodec(spec, sqlite.dialect(paramstyle="qmark"))


class _Sender:
    """Sends the child's messages from a thread, so reading runs ahead while a batch waits
    in the pipe for the parent (at most ``QUEUE_BATCHES`` of them)."""

    def __init__(self, out: Connection) -> None:
        self._out = out
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUE_BATCHES)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            self._out.send_bytes(data)

    def send(self, message: tuple[Any, ...]) -> None:
        self._queue.put(marshal.dumps(message))

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()


def _read(path: str, manifest: str, tables: Sequence[tuple[str, str]], out: _Sender) -> None:
    """The child: every listed table's batches, then "done" per table (or the refusal).
    ``manifest`` is the sha256 of the manifest the parent verified: counts and the NIK
    rule come from it, so it must be the very same."""
    from kopdes_desktop.services.exchange_sync import fast_name_tokens

    specs = {t.name: t for t in TABLES}
    tokens = functools.lru_cache(maxsize=100_000)(fast_name_tokens)
    with open_package(Path(path)) as pkg:
        if hashlib.sha256(pkg.manifest_bytes).hexdigest() != manifest:
            raise PackageError("package.checksum", None, name=MANIFEST_NAME)
        for name, expected in tables:
            spec = specs[name]
            codec = _sqlite_codec(spec)
            digest = hashlib.sha256()
            for batch in row_batches(pkg, spec, digest=digest):
                cols = batch.columns
                persons = zip(cols["id"], cols["name"], strict=True) if name == "person" else ()
                message = (
                    _BATCH,
                    batch.first_line,
                    batch.size,
                    _flat(codec.columns_in(cols), len(codec.names)),
                    cols[spec.cooperative_column] if spec.cooperative_column else None,
                    _flat(sorted((t, pid) for pid, person in persons for t in tokens(person)), 2),
                )
                out.send(message)
            if digest.hexdigest() != expected:
                raise PackageError("package.checksum", None, name=data_name(name))
            out.send((_DONE, name))


def _child_main(path: str, manifest: str, tables: list[tuple[str, str]], out: Connection) -> None:
    sender = _Sender(out)
    try:
        _read(path, manifest, tables, sender)
    except PackageError as exc:
        sender.send((_ERROR, exc.code, exc.field, _plain(exc.params)))
    except BaseException as exc:  # reported to the parent, which raises it there
        sender.send((_FAILED, repr(exc)[:500]))
    finally:
        sender.close()
        out.close()


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    """Error parameters marshal can carry."""
    return {k: v if isinstance(v, str | int | float | None) else str(v) for k, v in params.items()}


class RowFeed:
    """The parent's end: starts the child and hands out its batches table by table."""

    def __init__(self, path: Path, manifest: bytes, tables: Sequence[tuple[str, str]]) -> None:
        self.tables = [name for name, _ in tables]
        ctx = multiprocessing.get_context("spawn")  # no fork of a process holding a database
        receive, send = ctx.Pipe(duplex=False)
        self._receive = receive
        self._process = ctx.Process(
            target=_child_main,
            args=(str(path), hashlib.sha256(manifest).hexdigest(), list(tables), send),
            name="kopdes-package-reader",
            daemon=True,
        )
        self._process.start()
        send.close()

    def batches(self, table: str) -> Iterator[FedBatch]:
        """The batches of ``table`` (the next table the child reads), in file order."""
        while True:
            try:
                message = marshal.loads(self._receive.recv_bytes())
            except EOFError:
                raise PackageError("package.corrupt", None, name=data_name(table)) from None
            kind = message[0]
            if kind == _BATCH:
                _, first, size, rows, groups, tokens = message
                yield FedBatch(first, size, rows, groups, tokens)
            elif kind == _DONE and message[1] == table:
                return
            elif kind == _ERROR:
                _, code, fld, params = message
                raise PackageError(code, fld, **params)
            else:
                raise RuntimeError(f"package reader: {message!r}")

    def close(self) -> None:
        """Stop the child (finished or not) and wait for it."""
        self._receive.close()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=10)


def insert_flat(conn: Any, table: Any, columns: Sequence[str], rows: Flat) -> None:
    """Write rows handed over in ``Flat`` form (inside the caller's transaction)."""
    per, chunks, rest = rows
    if chunks:
        conn.exec_driver_sql(insert_sql(conn.dialect, table, columns, rows=per), chunks)
    if rest:
        conn.exec_driver_sql(insert_sql(conn.dialect, table, columns), rest)
