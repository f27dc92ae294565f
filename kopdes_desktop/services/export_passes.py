"""Passes of an export beside the data pass: the CSV copies of the tables and rekap.xlsx.

``CsvPass`` writes ``csv/<table>.csv`` of every table. On SQLite it runs in a child process
(``export_process.CsvProcess``; ``CsvWorker`` runs it on a thread instead) and
``RekapWorker`` writes the workbook on a thread, while the exporting thread writes the data
entries.

The data pass (``data/*.json``) and the CSV pass each cost about twenty seconds of SQLite
for the whole country, on one core each. Python's sqlite3 releases the GIL while SQLite
steps a statement, so on SQLite the CSV pass runs on a second connection on a worker thread
(``CsvWorker``) and deflates its entries into a spool file, which the package appends as it
is after the data entries (``PackageBuilder.add_deflated``): same bytes as the sequential
pass, in about half the time on two cores.

Both passes must read the same rows. The database runs in rollback-journal mode: while the
export's main connection holds its read transaction (a SHARED lock after its first read), no
writer can commit, so a second connection that begins reading inside that window sees the
same snapshot. The workers begin reading before the data pass starts, and the main
transaction stays open until they are done. (A writer that asked for its commit lock in the
few milliseconds between the export's first read and a worker's would make the worker wait
for the busy timeout and the export fail cleanly, never read another snapshot.) The
workbook is small next to the tables but mostly Python: on its own thread it fills the
gaps the two SQLite passes leave on the cores.
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.exchange.csv_parts import CRLF, CsvParts
from kopdes_desktop.exchange.package_writer import DeflateSpool
from kopdes_desktop.exchange.row_lines import CsvEncoder
from kopdes_desktop.exchange.tables import TableSpec
from kopdes_desktop.services.exchange_rows import RowCodec, csv_lines_plain
from kopdes_desktop.services.exchange_scope import ExportScope
from kopdes_desktop.services.rekap_service import RekapService

EXACT_CSV_CHUNK = 500
BLOCK_ROWS = 10_000
"""Rows SQLite joins into one result (a divisor of ``CSV_MAX_ROWS``, so a CSV file never
ends inside a block)."""
JSON_SEPARATOR = "',' || char(10)"
CSV_SEPARATOR = "char(13) || char(10)"
T = TypeVar("T")
Batches = Callable[[Connection, str], Iterator[Sequence[Sequence[Any]]]]
Mask = Callable[[TableSpec, tuple[str, ...], list[list[Any]]], None]


FETCH_ROWS = 5_000
_COLLECTING = frozenset({"attachment", "cooperative"})
"""Tables whose rows the export reads in Python anyway (hashes, cooperatives to document)."""


def sqlite_fast(conn: Connection, spec: TableSpec, masked: bool) -> bool:
    """Whether SQLite writes a table's lines itself: every column of a kind it formats
    exactly, nothing to collect or mask, and every stored time in SQLAlchemy's form."""
    codec = RowCodec(spec, conn.dialect)
    if not codec.sqlite_json or spec.name in _COLLECTING:
        return False
    if spec.name == "person" and masked:
        return False
    return conn.exec_driver_sql(codec.odd_times_sql()).first() is None


def mask_columns(
    spec: TableSpec, names: tuple[str, ...], columns: list[list[Any]], masked: bool
) -> None:
    """Mask NIKs when asked (in the data and the CSV copy alike)."""
    if spec.name == "person" and masked:
        i = names.index("nik")
        columns[i] = [None if v is None else mask_nik(v) for v in columns[i]]


def fetch_batches(conn: Connection, stmt: Any) -> Iterator[Sequence[Sequence[Any]]]:
    """Batches of plain rows: the driver's own tuples on SQLite, a server-side cursor's
    partitions on PostgreSQL (rows never all in memory)."""
    result = conn.execution_options(stream_results=True).execute(stmt)
    if conn.dialect.name == "sqlite":
        cursor = result.cursor
        while batch := cursor.fetchmany(FETCH_ROWS):
            yield batch
        result.close()
        return
    yield from result.partitions(FETCH_ROWS)


def sqlite_blocks(
    conn: Connection,
    scope: ExportScope,
    table: str,
    lines_sql: Callable[[str], str],
    separator: str,
    stop: Callable[[], None],
) -> Iterator[tuple[str, int, str]]:
    """A table's lines joined by SQLite, ``BLOCK_ROWS`` at a time, in id order: (text, rows,
    the id the block starts after).

    ``lines_sql(where)`` selects (line, id) ordered by id. Python's sqlite3 releases the GIL
    for every step of a statement: fetched a row at a time, two passes on two threads hand
    the GIL back and forth millions of times and run slower than one. One joined block per
    step (the block's rows found by id, ``id > :after``) keeps the GIL out of SQLite's way,
    and spares Python a tuple per row."""
    where = scope.where(table)
    keyed = f"{where} AND id > :after" if where else "WHERE id > :after"
    stmt = scope.statement(
        f"WITH b(line, id) AS ({lines_sql(keyed)} LIMIT {BLOCK_ROWS}) "
        f"SELECT group_concat(line, {separator}), count(*), max(id) FROM b"
    )
    after = ""
    while True:
        stop()
        text, rows, last = conn.execute(stmt, {"after": after}).one()
        if not rows:
            return
        yield text, rows, after
        after = last


def _plain_block(text: str, rows: int, columns: int) -> bool:
    """True when no line of a CSV block may need quotes (``csv_lines_plain`` on the whole)."""
    return (
        '"' not in text
        and text.count("\r") == rows - 1
        and text.count("\n") == rows - 1
        and text.count(",") == (columns - 1) * rows
    )


class CsvPass:
    """Writes the CSV entries of tables into anything with ``entry(name)`` (a package
    builder or a ``DeflateSpool``)."""

    def __init__(
        self, scope: ExportScope, batches: Batches, mask: Mask, stop: Callable[[], None]
    ) -> None:
        self._scope, self._batches, self._mask, self._stop = scope, batches, mask, stop

    def table(self, conn: Connection, out: Any, spec: TableSpec, fast: bool) -> None:
        """Stream one table into ``csv/<table>.csv`` (and its continuation files)."""
        codec = RowCodec(spec, conn.dialect)
        csv_rows = CsvEncoder(spec)
        header = csv_rows.header
        with CsvParts(out, spec.name, header) as parts:
            if not fast:
                for batch in self._batches(conn, codec.select_sql(self._scope.where(spec.name))):
                    columns = codec.columns_out(batch)
                    self._mask(spec, codec.names, columns)
                    parts.write_rows(list(csv_rows.rows_from_sorted(columns)))
                return

            def lines_sql(where: str) -> str:
                return codec.sqlite_csv_sql(where, header)

            blocks = sqlite_blocks(
                conn, self._scope, spec.name, lines_sql, CSV_SEPARATOR, self._stop
            )
            for text, rows, after in blocks:
                if _plain_block(text, rows, len(header)):
                    parts.write_block(text, rows)
                elif header[0] == "id" and text.count("\r") == text.count("\n") == rows - 1:
                    # No line end inside a cell: the block splits into its lines, and each
                    # line starts with its id (a UUID, no comma).
                    lines = text.split(CRLF)
                    ids = [line[: line.index(",")] for line in lines]
                    parts.write_lines(self._lines(conn, codec, header, lines, ids))
                else:
                    where = self._scope.where(spec.name)
                    keyed = f"{where} AND id > :after" if where else "WHERE id > :after"
                    stmt = self._scope.statement(f"{lines_sql(keyed)} LIMIT {BLOCK_ROWS}")
                    batch = conn.execute(stmt, {"after": after}).all()
                    lines, ids = [row[0] for row in batch], [row[1] for row in batch]
                    parts.write_lines(self._lines(conn, codec, header, lines, ids))

    @staticmethod
    def _lines(
        conn: Connection,
        codec: RowCodec,
        header: Sequence[str],
        lines: list[str],
        row_ids: Sequence[str],
    ) -> list[str]:
        """The CSV lines of rows ``row_ids``, given in SQLite's plain form: asked again in
        exact form where a cell may need quotes."""
        unsure = csv_lines_plain(lines, len(header))
        ids = [row_ids[i] for i in unsure]
        exact: dict[str, str] = {}
        chunk = EXACT_CSV_CHUNK
        for start in range(0, len(ids), chunk):  # under any driver's parameter limit
            part = tuple(ids[start : start + chunk])
            sql = codec.sqlite_csv_exact_sql(header, len(part))
            exact.update((row_id, line) for line, row_id in conn.exec_driver_sql(sql, part))
        for i, row_id in zip(unsure, ids, strict=True):
            lines[i] = exact[row_id]
        return lines


@dataclass(frozen=True)
class RekapPart:
    """rekap.xlsx of the exported area (or cooperative), stamped with the package's creation
    time (so its bytes are reproducible) and spooled to a temporary file beside the package."""

    service: RekapService
    area: str
    mask: bool
    summary: bool

    def write(
        self,
        spool: BinaryIO,
        moment: datetime,
        halt: threading.Event,
        sessions: Callable[[], Session] | None = None,
    ) -> None:
        """The workbook into ``spool`` (read inside the export's snapshot window, through
        ``sessions`` when given; stops with a cancel once ``halt`` is set)."""
        from kopdes_desktop.exchange.rekap_workbook import write_rekap

        data = self.service.stream_rekap_data(self.area, self.mask, self.summary, sessions)
        data = replace(
            data,
            generated_at=moment,
            cooperatives=halting(data.cooperatives, halt),
            board=halting(data.board, halt),
            units=halting(data.units, halt),
            training=halting(data.training, halt),
        )
        write_rekap(spool, data)
        spool.seek(0)


class SideWorker:
    """A pass of the export on its own thread, inside the export's snapshot window.

    ``start`` returns once the worker holds its read lock (``_reading`` set; the same
    snapshot as the caller's open transaction); ``check`` raises its error in the caller;
    ``wait`` joins it; ``close`` stops it (its reads watch ``halt``) and deletes its spool."""

    name = "export-side"

    def __init__(self, spool: IO[bytes], halt: threading.Event) -> None:
        self._spool, self._halt = spool, halt
        self.done = 0
        self._reading = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)

    def _work(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        """Start the pass; returns when its read transaction holds the snapshot."""
        self._thread.start()
        self._reading.wait()
        self.check()

    def _run(self) -> None:
        try:
            self._work()
        except BaseException as exc:  # handed to the exporting thread by check()
            self._error = exc
        finally:
            self._reading.set()

    def check(self) -> None:
        """Raise the worker's error in the calling thread, if it had one."""
        if self._error is not None:
            raise self._error

    def wait(self, stop: Callable[[], None], progress: Callable[[int], None] | None = None) -> None:
        """Join the worker, reporting steps done as they finish; raise its error, or what
        ``stop`` raises (a cancel) while waiting."""
        while True:
            self._thread.join(0.25)
            stop()
            if progress is not None:
                progress(self.done)
            if not self._thread.is_alive():
                break
        self.check()

    def close(self) -> None:
        """Stop the worker if it still runs, and delete its spool."""
        self._halt.set()
        if self._thread.ident is not None:
            self._thread.join()
        with contextlib.suppress(OSError):
            self._spool.close()


class FastPath:
    """Whether SQLite writes a table's lines (``decide(conn, spec)``, which scans the table
    for times in an unexpected form), decided once per table by whichever pass asks first;
    the other pass, in the same snapshot, waits for the answer rather than scanning again."""

    def __init__(self, decide: Callable[[Connection, TableSpec], bool]) -> None:
        self._decide = decide
        self._known: dict[str, bool] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def __call__(self, conn: Connection, spec: TableSpec) -> bool:
        with self._guard:
            lock = self._locks.setdefault(spec.name, threading.Lock())
        with lock:
            if spec.name not in self._known:
                self._known[spec.name] = self._decide(conn, spec)
            return self._known[spec.name]


class CsvWorker(SideWorker):
    """The CSV pass on its own connection, deflated into a spool for ``add_deflated``."""

    name = "export-csv"

    def __init__(
        self,
        engine: Engine,
        csv: CsvPass,
        tables: Sequence[TableSpec],
        fast: FastPath,
        folder: Path,
        halt: threading.Event,
    ) -> None:
        spool = tempfile.TemporaryFile(dir=folder, prefix=".csv-")  # noqa: SIM115 (close())
        super().__init__(spool, halt)
        self.spool = DeflateSpool(spool)
        self._engine, self._csv, self._tables, self._fast = engine, csv, tables, fast

    def _work(self) -> None:
        with self._engine.connect() as conn, conn.begin():
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            self._reading.set()
            for spec in self._tables:
                self._csv.table(conn, self.spool, spec, self._fast(conn, spec))
                self.done += 1


class RekapWorker(SideWorker):
    """rekap.xlsx written into a spool by ``write(spool, sessions)``, its rows read through
    sessions on one connection whose read transaction begins inside the caller's (so one
    SHARED lock holds the snapshot for the whole workbook)."""

    name = "export-rekap"

    def __init__(
        self,
        engine: Engine,
        write: Callable[[BinaryIO, Callable[[], Session]], None],
        folder: Path,
        halt: threading.Event,
    ) -> None:
        self.spool = tempfile.TemporaryFile(dir=folder, prefix=".rekap-")  # noqa: SIM115
        super().__init__(self.spool, halt)
        self._engine, self._write = engine, write

    def _work(self) -> None:
        with self._engine.connect() as conn, conn.begin():
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            self._reading.set()
            self._write(self.spool, lambda: Session(bind=conn))
        self.spool.seek(0)


def halting(rows: Iterable[T], halt: threading.Event) -> Iterator[T]:
    """Pass rows through until ``halt`` is set (then stop the writer with a cancel)."""
    for i, row in enumerate(rows):
        if not i % 1000 and halt.is_set():
            raise DomainError("exchange.cancelled")
        yield row
