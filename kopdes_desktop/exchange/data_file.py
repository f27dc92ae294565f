"""Streaming the rows of a package's ``data/<table>.json`` in parsed, checked batches.

The layout (see ``row_lines``): ``[`` alone on the first line, one row per line with a comma
after every row but the last, ``]`` alone on the last line, a newline at the end. Reading
works a megabyte at a time and a batch of rows at a time: the bytes are decoded per chunk
(a newline never falls inside a UTF-8 character), the layout is checked with list
operations, and a batch is parsed by one call (msgspec's typed decoder, ``row_decoder``;
``json.loads`` and ``row_check`` when that one does not vouch for the batch), so a national
table streams through in bounded memory without per-line Python work.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from operator import methodcaller
from typing import Any

from kopdes_desktop.exchange.entry_stream import EntryStream
from kopdes_desktop.exchange.package_format import (
    MAX_LINE_BYTES,
    PackageError,
    data_name,
    parse_json,
)
from kopdes_desktop.exchange.package_reader import BROKEN, OpenedPackage
from kopdes_desktop.exchange.row_check import RowChecker
from kopdes_desktop.exchange.row_decoder import BatchDecoder
from kopdes_desktop.exchange.tables import TableSpec

BATCH_ROWS = 5_000
_ENDS_WITH_COMMA = methodcaller("endswith", ",")


@dataclass
class RowBatch:
    """Consecutive rows of one data file: their columns by name, and the rows as objects
    (made from the columns when first asked for: a first import into empty tables only
    ever needs the columns)."""

    first_line: int
    columns: dict[str, list[Any]]
    _rows: list[dict[str, Any]] | None = None

    @property
    def size(self) -> int:
        """Rows in the batch."""
        return len(self.columns["id"])

    @property
    def rows(self) -> list[dict[str, Any]]:
        """The rows as JSON objects (column name → value)."""
        if self._rows is None:
            names = list(self.columns)
            self._rows = [
                dict(zip(names, vals, strict=True))
                for vals in zip(*self.columns.values(), strict=True)
            ]
        return self._rows


def _error(table: str, line: int, reason: str) -> PackageError:
    return PackageError(
        "package.row_invalid", None, table=table, line=line, column="", reason=reason
    )


def _chunks_of_lines(fh: EntryStream, table: str, digest: Any = None) -> Iterator[list[str]]:
    """The entry's complete lines, decoded, one list per chunk read (``digest``, a hashlib
    object, sees every byte)."""
    pending, seen = b"", 0
    for chunk in iter(fh.read, b""):
        if digest is not None:
            digest.update(chunk)
        data = pending + chunk
        cut = data.rfind(b"\n")
        pending = data[cut + 1 :]
        if len(pending) > MAX_LINE_BYTES:
            raise _error(table, seen + 1, "line_length")
        if cut < 0:
            continue
        try:
            text = data[:cut].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _error(table, seen + data[: exc.start].count(b"\n") + 1, "encoding") from exc
        lines = text.split("\n")
        seen += len(lines)
        yield lines
    if pending:
        raise _error(table, seen + 1, "layout")


def _row_lines(fh: EntryStream, table: str, digest: Any) -> Iterator[tuple[int, list[str]]]:
    """(number of the first line, row lines) per chunk, with ``[`` and ``]`` checked away."""
    number, opened, closed = 1, False, False
    for lines in _chunks_of_lines(fh, table, digest):
        if not opened:
            if lines[0] != "[":
                raise _error(table, 1, "layout")
            lines, opened, number = lines[1:], True, 2
        if closed and lines:
            raise _error(table, number, "layout")
        if "]" in lines:
            end = lines.index("]")
            if end != len(lines) - 1:
                raise _error(table, number + end + 1, "layout")
            lines, closed = lines[:end], True
        if lines:
            yield number, lines
            number += len(lines)
    if not closed:
        raise _error(table, number, "layout")


def _parses(line: str) -> bool:
    try:
        parse_json(line)
    except (ValueError, RecursionError):
        return False
    return True


def array_text(lines: list[str]) -> str:
    """A batch's lines (each row's comma kept but the last's) as the text of one JSON array:
    one join, instead of taking every comma off and joining again."""
    return "\n".join(["[", *lines, "]"])


def _parse(lines: list[str], table: str, first_line: int) -> list[Any]:
    """Parse a batch in one call; on failure find the first bad line for the message."""
    try:
        rows = parse_json(array_text(lines))
        if isinstance(rows, list) and len(rows) == len(lines):
            return rows
    except (ValueError, RecursionError):
        pass
    row_texts = [line[:-1] for line in lines[:-1]] + lines[-1:]
    bad = next((i for i, line in enumerate(row_texts) if not _parses(line)), 0)
    raise _error(table, first_line + bad, "json")


class _Batcher:
    """Cuts the row lines into batches; every row line but the file's last ends with ","."""

    def __init__(self, table: str, size: int) -> None:
        self.table, self.size = table, size
        self.lines: list[str] = []
        self.first = 2

    def add(self, number: int, lines: list[str]) -> None:
        """Queue the row lines of one chunk (``number``: the first one's line number)."""
        if not self.lines:
            self.first = number
        self.lines.extend(lines)

    def take(self, final: bool) -> tuple[int, list[str]]:
        """The next batch's (first line, lines), the last line without its comma (the lines
        before it keep theirs: ``array_text`` joins them as they are)."""
        batch, self.lines = self.lines[: self.size], self.lines[self.size :]
        first, self.first = self.first, self.first + len(batch)
        last = final and not self.lines
        must_comma = batch[:-1] if last else batch
        if not all(map(_ENDS_WITH_COMMA, must_comma)):
            bad = next(i for i, line in enumerate(must_comma) if not line.endswith(","))
            raise _error(self.table, first + bad, "layout")
        if last and batch and batch[-1].endswith(","):
            raise _error(self.table, first + len(batch) - 1, "layout")
        if batch and not last:
            batch[-1] = batch[-1][:-1]
        return first, batch


def row_batches(
    pkg: OpenedPackage, table: TableSpec, batch_rows: int = BATCH_ROWS, digest: Any = None
) -> Iterator[RowBatch]:
    """Checked rows of ``data/<table>.json`` in batches; the count must match the manifest.
    ``digest`` (a hashlib object) is fed the entry's bytes as they are read."""
    name = data_name(table.name)
    checker = RowChecker(table, pkg.manifest.nik_masked)
    fast = BatchDecoder(table, pkg.manifest.nik_masked) if BatchDecoder.handles(table) else None
    batcher = _Batcher(table.name, batch_rows)
    total = 0
    try:
        with pkg.open_entry(name) as fh:
            for number, lines in _row_lines(fh, table.name, digest):
                batcher.add(number, lines)
                while len(batcher.lines) > batch_rows:
                    first, texts = batcher.take(final=False)
                    total += len(texts)
                    yield _checked(checker, fast, texts, first, table.name)
            while batcher.lines:
                first, texts = batcher.take(final=True)
                total += len(texts)
                yield _checked(checker, fast, texts, first, table.name)
    except PackageError:
        raise
    except BROKEN as exc:
        raise PackageError("package.corrupt", None, name=name) from exc
    expected = pkg.manifest.counts[table.name]
    if total != expected:
        raise PackageError(
            "package.count_mismatch", None, table=table.name, expected=expected, actual=total
        )


def _checked(
    checker: RowChecker, fast: BatchDecoder | None, lines: list[str], first: int, table: str
) -> RowBatch:
    """The batch through the fast reader when it vouches for every row, else the exact way
    (which names the first bad line)."""
    if fast is not None:
        columns = fast.columns(array_text(lines), len(lines))
        if columns is not None:
            checker.check_order(columns[fast.names.index("id")], first)
            return RowBatch(first, dict(zip(fast.names, columns, strict=True)))
    rows = _parse(lines, table, first)
    return RowBatch(first, checker.check(rows, first), rows)
