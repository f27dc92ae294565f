"""CSV copies of the tables, streamed into the package entry by entry as their rows arrive.

The export reads every table twice inside one snapshot: once for the ``data/*.json`` entries,
once for the ``csv/*.csv`` entries. On SQLite the CSV pass runs on its own connection and
thread and writes into a spool of deflated entries (``services/export_passes.py``); otherwise
it follows the data pass straight into the ZIP. Either way the entries are the same bytes.

Files are UTF-8 with a byte order mark (so Excel recognises the encoding), comma separated,
CRLF lines, one header row, and at most ``CSV_MAX_ROWS`` rows (bigger tables continue in
``person-2.csv`` …, because spreadsheets stop near a million rows).
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Any, Protocol

from kopdes_desktop.exchange.package_format import CSV_MAX_ROWS, csv_name

BOM = "\ufeff"
CRLF = "\r\n"


class _Entry(Protocol):
    def write_text(self, text: str) -> None: ...


class _Builder(Protocol):
    def entry(self, name: str) -> contextlib.AbstractContextManager[Any]: ...


def encode_rows(rows: Iterable[Iterable[Any]]) -> str:
    """Rows as ``csv.writer`` writes them (minimal quoting, CRLF after every row)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=CRLF).writerows(rows)
    return buffer.getvalue()


class CsvParts:
    """The CSV entries of one table; use as a context manager around the rows."""

    def __init__(self, builder: _Builder, table: str, header: Sequence[str]) -> None:
        self._builder = builder
        self._table = table
        self._head = BOM + encode_rows([header])
        self._number = 0
        self._rows = CSV_MAX_ROWS
        self._stack: contextlib.ExitStack | None = None
        self._out: _Entry | None = None

    def __enter__(self) -> CsvParts:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None and self._stack is None:
            self._next_part()  # an empty table still gets its header-only file
        self._close(kind, exc, tb)

    def _close(
        self,
        kind: type[BaseException] | None = None,
        exc: BaseException | None = None,
        tb: TracebackType | None = None,
    ) -> None:
        stack, self._stack, self._out = self._stack, None, None
        if stack is not None:
            stack.__exit__(kind, exc, tb)

    def _next_part(self) -> _Entry:
        self._close()
        self._number += 1
        stack = contextlib.ExitStack()
        out: _Entry = stack.enter_context(self._builder.entry(csv_name(self._table, self._number)))
        self._stack, self._out, self._rows = stack, out, 0
        out.write_text(self._head)
        return out

    def write_lines(self, lines: Sequence[str]) -> None:
        """Rows already in CSV form, without their line ends."""
        self._write(lines, lambda part: CRLF.join(part) + CRLF)

    def write_block(self, text: str, rows: int) -> None:
        """``rows`` CSV lines joined by CRLF, none holding a line end inside a cell (split
        only when the block straddles the end of a file)."""
        if self._out is None or self._rows >= CSV_MAX_ROWS:
            if rows > CSV_MAX_ROWS:
                self.write_lines(text.split(CRLF))
                return
            self._next_part()
        elif self._rows + rows > CSV_MAX_ROWS:
            self.write_lines(text.split(CRLF))
            return
        assert self._out is not None
        self._out.write_text(text + CRLF)
        self._rows += rows

    def write_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        """Rows of cell values (``csv.writer`` quotes them)."""
        self._write(rows, encode_rows)

    def _write(self, rows: Sequence[Any], encode: Any) -> None:
        start = 0
        while start < len(rows):
            out = self._out if self._rows < CSV_MAX_ROWS and self._out else self._next_part()
            part = rows[start : start + CSV_MAX_ROWS - self._rows]
            out.write_text(encode(part))
            self._rows += len(part)
            start += len(part)
