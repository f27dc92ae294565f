"""A fast first reading of a batch of data-file rows: parse and check in one C pass.

``json.loads`` builds a dict per row and ``RowChecker`` then walks every column in Python:
about eight microseconds a row, over a minute for a national package. msgspec decodes a batch
straight into typed records and checks on the way what the table specs say about types,
nulls, lengths, vocabularies, integer ranges and the exact set of keys; what it cannot say
(id, date and code shapes, real calendar dates, text that a database cannot store, ids in
ascending order) is checked afterwards column by column with ``ColumnCheck``'s batch form.

Like the batch checks of ``row_check``, this path only ever decides "all fine": when
anything looks wrong it answers None and the caller reads the batch again the exact way,
which names the first bad line and column. So a package is accepted by exactly the rules of
``RowChecker``; this module only makes the common case fast. Lists and maps are typed too
(item and length limits); the dates inside date lists are checked afterwards, and a batch
with a ``\\u`` escape and list or map columns takes the exact way.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal

import msgspec

from kopdes_desktop.exchange.row_check import (
    BIGINT_LIMIT,
    FLOAT_LIMIT,
    INT_LIMIT,
    MAX_ITEM_LENGTH,
    MAX_LIST_ITEMS,
    ColumnCheck,
    is_date,
    storable,
)
from kopdes_desktop.exchange.tables import ColumnSpec, Kind, TableSpec

_TEXT_KINDS = frozenset({Kind.UUID, Kind.TEXT, Kind.ENUM, Kind.VILLAGE, Kind.DATE, Kind.DATETIME})
_NESTED_KINDS = frozenset({Kind.TEXT_LIST, Kind.DATE_LIST, Kind.TEXT_MAP})
_FAST_KINDS = _TEXT_KINDS | _NESTED_KINDS | {Kind.INT, Kind.BIGINT, Kind.BOOL, Kind.FLOAT}
_MAP_KEY_LENGTH = 200
_DATE_LENGTH = 10


def _text(limit: int) -> Any:
    return Annotated[str, msgspec.Meta(max_length=limit)]


def _listed(item: Any) -> Any:
    return Annotated[list[item], msgspec.Meta(max_length=MAX_LIST_ITEMS)]


def _field_type(col: ColumnSpec) -> Any:
    """The msgspec type of one column (a bool is never taken for an int: msgspec is strict)."""
    kind = col.kind
    base: Any
    if kind is Kind.ENUM:
        base = Literal[col.values]
    elif kind is Kind.BOOL:
        base = bool
    elif kind in (Kind.INT, Kind.BIGINT):
        limit = INT_LIMIT if kind is Kind.INT else BIGINT_LIMIT
        base = Annotated[int, msgspec.Meta(ge=-limit, le=limit - 1)]
    elif kind is Kind.FLOAT:  # an int stays an int, as json.loads reads it
        whole = int(FLOAT_LIMIT)
        base = (
            Annotated[int, msgspec.Meta(ge=-whole, le=whole)]
            | Annotated[float, msgspec.Meta(ge=-FLOAT_LIMIT, le=FLOAT_LIMIT)]
        )
    elif kind is Kind.TEXT_LIST:
        base = _listed(_text(MAX_ITEM_LENGTH))
    elif kind is Kind.DATE_LIST:
        base = _listed(_text(_DATE_LENGTH))
    elif kind is Kind.TEXT_MAP:
        base = Annotated[
            dict[_text(_MAP_KEY_LENGTH), _text(MAX_ITEM_LENGTH)],  # type: ignore[misc]
            msgspec.Meta(max_length=MAX_LIST_ITEMS),
        ]
    elif col.max_length is not None:
        base = Annotated[str, msgspec.Meta(max_length=col.max_length)]
    else:
        base = str
    return base | None if col.nullable else base


class BatchDecoder:
    """Decodes one table's batches (``[row, row, …]`` text) into checked columns."""

    def __init__(self, table: TableSpec, nik_masked: bool = False) -> None:
        self.names = table.column_names
        fields = [(c.name, _field_type(c)) for c in table.columns]
        record = msgspec.defstruct(
            f"{table.name}_row", fields, forbid_unknown_fields=True, gc=False
        )
        self._decoder = msgspec.json.Decoder(list[record])  # type: ignore[valid-type]
        self._getters = [operator.attrgetter(n) for n in self.names]
        checks = [ColumnCheck(c, nik_masked) for c in table.columns]
        self._shaped = [(i, c) for i, c in enumerate(checks) if c.has_shape]
        self._id = next(
            (i for i, c in enumerate(table.columns) if c.name == "id" and not c.nullable), -1
        )
        self._strings = [i for i, c in enumerate(table.columns) if c.kind in _TEXT_KINDS]
        self._nested = any(c.kind in _NESTED_KINDS for c in table.columns)
        self._date_lists = [i for i, c in enumerate(table.columns) if c.kind is Kind.DATE_LIST]

    @staticmethod
    def handles(table: TableSpec) -> bool:
        """Whether every column of ``table`` has a kind this path checks completely."""
        return all(c.kind in _FAST_KINDS for c in table.columns)

    def columns(self, text: str, rows: int | None = None) -> list[list[Any]] | None:
        """The batch's columns (declaration order) when every row passes (and there are
        ``rows`` of them, when given: one row per line); else None.

        msgspec has checked types, nulls, lengths, vocabularies, ranges and keys; left are
        the shapes (each distinct value once, but every id) and storable text. JSON text
        can only hold a NUL or a lone surrogate as a ``\\u`` escape, so a batch without
        one skips that test."""
        try:
            records = self._decoder.decode(text)
        except (msgspec.DecodeError, msgspec.ValidationError, UnicodeEncodeError):
            return None
        if rows is not None and len(records) != rows:
            return None
        columns = [list(map(get, records)) for get in self._getters]
        for i, check in self._shaped:
            if i == self._id:  # every id is checked (never null: msgspec saw to that)
                distinct = columns[i]
            else:
                unique = set(columns[i])
                unique.discard(None)
                distinct = list(unique)
            if distinct and not check.shapes_ok(distinct):
                return None
        for i in self._date_lists:
            dates = {d for v in columns[i] if v is not None for d in v}
            if not all(map(is_date, dates)):
                return None
        if "\\" in text and "\\u" in text:  # one character is found several times faster
            if self._nested:  # rare: let the exact way look into every item
                return None
            if not all(storable([v for v in columns[i] if v is not None]) for i in self._strings):
                return None
        return columns
