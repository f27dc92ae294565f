"""CSV copies of the tables, written while the JSON streams and added to the package after.

The ZIP holds one entry at a time, and the rows are read once, so each table's CSV goes to a
temporary file beside the package while its JSON entry is written, and is copied in when the
data entries are done. Files are UTF-8 with a byte order mark (so Excel recognises the
encoding), comma separated, CRLF lines, one header row, and at most ``CSV_MAX_ROWS`` rows
(bigger tables continue in ``person-2.csv`` …, because spreadsheets stop near a million).
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kopdes_desktop.exchange.package_format import CSV_MAX_ROWS, csv_name

BOM = "\ufeff"


class CsvSpool:
    """The CSV parts of one table, in temporary files until they are copied into the ZIP."""

    def __init__(self, table: str, header: Iterable[str], folder: Path) -> None:
        self.table = table
        self._header = list(header)
        self._folder = folder
        self._parts: list[IO[bytes]] = []
        self._rows_in_part = CSV_MAX_ROWS

    def _new_part(self) -> IO[bytes]:
        # Lives until close(): the parts are copied into the ZIP after every table is read.
        part = tempfile.TemporaryFile(dir=self._folder, prefix=".csv-")  # noqa: SIM115
        part.write((BOM + _encode([self._header])).encode("utf-8"))
        self._parts.append(part)
        self._rows_in_part = 0
        return part

    def write(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Append rows (opening a continuation file when a part is full)."""
        pending = list(rows)
        while pending or not self._parts:
            if self._rows_in_part >= CSV_MAX_ROWS or not self._parts:
                self._new_part()
            room = CSV_MAX_ROWS - self._rows_in_part
            chunk, pending = pending[:room], pending[room:]
            if chunk:
                self._parts[-1].write(_encode(chunk).encode("utf-8"))
                self._rows_in_part += len(chunk)

    def parts(self) -> Iterator[tuple[str, IO[bytes]]]:
        """(entry name, file rewound to its start) of every part, in order."""
        if not self._parts:
            self._new_part()
        for number, part in enumerate(self._parts, start=1):
            part.seek(0)
            yield csv_name(self.table, number), part

    def close(self) -> None:
        """Delete the temporary files."""
        for part in self._parts:
            part.close()
        self._parts.clear()


def _encode(rows: Iterable[Iterable[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()
