"""The fast row reader (msgspec) never accepts a batch the exact checker refuses, and when it
accepts one it gives the very columns the exact way gives."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.exchange.row_check import RowChecker
from kopdes_desktop.exchange.row_decoder import BatchDecoder
from kopdes_desktop.exchange.tables import TABLES, ColumnSpec, Kind, TableSpec

FAST_TABLES = [t for t in TABLES if BatchDecoder.handles(t)]


def _valid(col: ColumnSpec, n: int) -> Any:
    """A value every checker accepts (``n`` keeps ids ascending)."""
    if col.pattern and "{16}" in col.pattern:
        return "3174011201990001"
    if col.pattern and "{64}" in col.pattern:
        return "ab" * 32
    return {
        Kind.UUID: f"01234567-89ab-4def-8123-{n:012x}",
        Kind.DATETIME: "2026-01-02T03:04:05.000006Z",
        Kind.DATE: "2026-01-02",
        Kind.VILLAGE: "31.74.01.1001",
        Kind.ENUM: col.values[0] if col.values else "x",
        Kind.INT: 7,
        Kind.BIGINT: 2**40,
        Kind.BOOL: True,
        Kind.FLOAT: 72.5,
        Kind.TEXT_LIST: ["Ketua rapat", "Sekretaris"],
        Kind.DATE_LIST: ["2026-01-02", "2026-01-03"],
        Kind.TEXT_MAP: {"1": "Anggaran dasar disahkan", "2": "Pengurus dipilih"},
    }.get(col.kind, "7")


def _row(table: TableSpec, n: int) -> dict[str, Any]:
    return {c.name: _valid(c, n) for c in table.columns}


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            "2025-02-30",
            "2026-01-02T25:00:00.000000Z",
            "2026-01-02 03:04:05.000006",
            "01234567-89AB-4DEF-8123-000000000001",
            "31.74.01.100",
            "\u0000",
            "\ud800",
            "ﾃｽﾄ 😀",
            "x" * 301,
            "L",
            "P",
            "3174011201990001",
            "3174********0001",
        ]
    ),
    st.text(max_size=40),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2),
    st.lists(st.sampled_from(["2026-01-02", "2025-02-30", "2026-1-02", "2026-01-02x", 5, None])),
    st.sampled_from(
        [
            [],
            {},
            ["x" * 2001],
            ["x"] * 1001,
            {"k" * 201: "v"},
            {"k": "v" * 2001},
            {"k": None},
            ["\u0000"],
            {"\ud800": "v"},
            10**15,
            10**15 + 1,
            1e15,
            1.5e15,
            -0.0,
        ]
    ),
)


def _both(table: TableSpec, rows: list[Any], text: str | None = None) -> None:
    """The fast reader's answer must agree with the exact checker's."""
    text = text if text is not None else json.dumps(rows, ensure_ascii=False)
    fast = BatchDecoder(table).columns(text)
    try:
        exact = RowChecker(table).check(json.loads(text), 2)
    except DomainError:
        assert fast is None, "the fast reader accepted a batch the exact checker refuses"
        return
    except (ValueError, RecursionError):  # not JSON for Python either
        assert fast is None
        return
    if fast is not None:
        assert dict(zip(table.column_names, fast, strict=True)) == exact


@pytest.mark.parametrize("table", FAST_TABLES, ids=lambda t: t.name)
def test_valid_rows_take_the_fast_way_with_the_same_columns(table):
    rows = [_row(table, n) for n in range(1, 4)]
    text = json.dumps(rows, ensure_ascii=False)
    columns = BatchDecoder(table).columns(text)
    assert columns is not None
    assert dict(zip(table.column_names, columns, strict=True)) == RowChecker(table).check(rows, 2)


@settings(max_examples=400, deadline=None)
@given(
    table=st.sampled_from(FAST_TABLES),
    column=st.integers(min_value=0, max_value=40),
    value=ODD_VALUES,
    row=st.integers(min_value=0, max_value=2),
)
def test_an_odd_value_anywhere_is_judged_as_the_exact_checker_judges_it(table, column, value, row):
    rows = [_row(table, n) for n in range(1, 4)]
    name = table.columns[column % len(table.columns)].name
    rows[row][name] = value
    _both(table, rows)


@pytest.mark.parametrize("table", FAST_TABLES[:3], ids=lambda t: t.name)
def test_missing_extra_and_repeated_keys_are_judged_alike(table):
    rows = [_row(table, n) for n in range(1, 3)]
    missing = [dict(rows[0]), rows[1]]
    del missing[0]["id"]
    _both(table, missing)
    _both(table, [dict(rows[0], extra=1), rows[1]])
    first = json.dumps(rows[0], ensure_ascii=False)
    # The same key twice: the last one counts for both readers (a bad first copy is harmless
    # only if neither stores it).
    repeated = first[:-1] + ', "id": "bukan-uuid"}'
    _both(table, [], "[" + repeated + "," + json.dumps(rows[1]) + "]")
    repeated_ok = '{"id": "bukan-uuid", ' + first[1:]
    _both(table, [], "[" + repeated_ok + "," + json.dumps(rows[1]) + "]")
    _both(table, [], "[" + first + ",[1,2]]")
    _both(table, [], '[{"id": "\\u0000"}]')


def test_every_table_takes_the_fast_way():
    """Lists, maps and fractional numbers are typed too: no table is read the slow way."""
    assert [t.name for t in FAST_TABLES] == [t.name for t in TABLES]


NESTED = [t for t in TABLES if t.name in ("meeting", "training_participant")]


@pytest.mark.parametrize("table", NESTED, ids=lambda t: t.name)
def test_escaped_text_inside_lists_and_maps_is_judged_alike(table):
    rows = [_row(table, n) for n in range(1, 3)]
    for col in table.columns:
        if col.kind in (Kind.TEXT_LIST, Kind.DATE_LIST):
            for item in ("\u0000", "\ud800", "\u00e9"):
                bad = [dict(rows[0], **{col.name: [item]}), rows[1]]
                _both(table, [], json.dumps(bad))  # ASCII: the text holds the escapes
        if col.kind is Kind.TEXT_MAP:
            for item in ("\u0000", "\ud800", "\u00e9"):
                bad = [dict(rows[0], **{col.name: {item: "v"}}), rows[1]]
                _both(table, [], json.dumps(bad))  # ASCII: the text holds the escapes
