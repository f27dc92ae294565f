"""The package contract: table specs agree with the ORM, and the fast encoders write exactly
canonical JSON (and the CSV cells ``safe_cells`` prescribes)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import BigInteger, Boolean, Date, Float, Integer, String, Text

from kopdes_desktop.exchange.package_format import canonical_json, format_datetime
from kopdes_desktop.exchange.row_check import RowChecker
from kopdes_desktop.exchange.row_lines import CsvEncoder, LineEncoder
from kopdes_desktop.exchange.safe_cells import safe_csv_value
from kopdes_desktop.exchange.tables import TABLES, TABLES_BY_NAME, Kind, TableSpec
from kopdes_desktop.storage.orm import Base
from kopdes_desktop.storage.orm_base import is_exchange_bookkeeping
from kopdes_desktop.storage.types import (
    JSONDateTuple,
    JSONDict,
    JSONTuple,
    StrEnumType,
    UTCDateTime,
)

_ORM_TYPES = {
    Kind.UUID: (String,),
    Kind.TEXT: (String, Text),
    Kind.ENUM: (StrEnumType,),
    Kind.VILLAGE: (String,),
    Kind.INT: (Integer,),
    Kind.BIGINT: (BigInteger,),
    Kind.FLOAT: (Float,),
    Kind.BOOL: (Boolean,),
    Kind.DATE: (Date,),
    Kind.DATETIME: (UTCDateTime,),
    Kind.TEXT_LIST: (JSONTuple,),
    Kind.DATE_LIST: (JSONDateTuple,),
    Kind.TEXT_MAP: (JSONDict,),
}


def test_specs_match_the_orm_column_by_column():
    for spec in TABLES:
        table = Base.metadata.tables[spec.name]
        sent = {c.name for c in table.c if not is_exchange_bookkeeping(c)}  # not the office's own
        assert set(spec.column_names) == sent, spec.name
        for col in spec.columns:
            orm_col = table.c[col.name]
            assert orm_col.nullable == col.nullable, (spec.name, col.name)
            assert isinstance(orm_col.type, _ORM_TYPES[col.kind]), (spec.name, col.name)
            length = getattr(orm_col.type, "length", None)
            if isinstance(orm_col.type, String) and not isinstance(orm_col.type, Text):
                assert col.max_length == length, (spec.name, col.name)
            if col.kind is Kind.ENUM:
                assert set(col.values) == {m.value for m in orm_col.type.enum_cls}


def test_parents_come_before_children():
    order = {t.name: i for i, t in enumerate(TABLES)}
    for spec in TABLES:
        for col in spec.columns:
            if col.references:
                assert order[col.references] < order[spec.name], (spec.name, col.name)


_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)


def _value(spec_col):
    kind = spec_col.kind
    base = {
        Kind.UUID: st.uuids().map(str),
        Kind.TEXT: _text,
        Kind.ENUM: st.sampled_from(spec_col.values or ("x",)),
        Kind.VILLAGE: st.just("31.74.07.1001"),
        Kind.INT: st.integers(-(2**31), 2**31 - 1),
        Kind.BIGINT: st.integers(-(2**63), 2**63 - 1),
        Kind.FLOAT: st.floats(-1e6, 1e6, allow_nan=False) | st.integers(-100, 100),
        Kind.BOOL: st.booleans(),
        Kind.DATE: st.dates().map(date.isoformat),
        Kind.DATETIME: st.datetimes(timezones=st.just(UTC)).map(format_datetime),
        Kind.TEXT_LIST: st.lists(_text, max_size=3),
        Kind.DATE_LIST: st.lists(st.dates().map(date.isoformat), max_size=3),
        Kind.TEXT_MAP: st.dictionaries(_text, _text, max_size=3),
    }[kind]
    return st.none() | base if spec_col.nullable else base


def _rows(spec: TableSpec):
    return st.lists(st.fixed_dictionaries({c.name: _value(c) for c in spec.columns}), max_size=5)


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_line_encoder_writes_canonical_json(data):
    for spec in TABLES:
        rows = data.draw(_rows(spec))
        columns = [[r[n] for r in rows] for n in spec.sorted_names]
        lines = LineEncoder(spec).lines(columns)
        assert lines == [canonical_json(r) for r in rows]
        assert [json.loads(line) for line in lines] == rows


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_csv_cells_follow_safe_cells(data):
    spec = TABLES_BY_NAME["person"]
    rows = data.draw(_rows(spec))
    columns = [[r[n] for r in rows] for n in spec.column_names]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(CsvEncoder(spec).rows(columns))
    expected = io.StringIO()
    csv.writer(expected).writerows([safe_csv_value(r[n]) for n in spec.column_names] for r in rows)
    assert buffer.getvalue() == expected.getvalue()


def test_formula_like_text_is_neutralised_and_plain_text_is_not():
    spec = TABLES_BY_NAME["person"]
    rows = [{n: None for n in spec.column_names} for _ in range(3)]
    rows[0]["name"], rows[1]["name"], rows[2]["name"] = '=HYPERLINK("x")', "Siti", " @SUM(1)"
    cols = [[r[n] for r in rows] for n in spec.column_names]
    names = [row[spec.column_names.index("name")] for row in CsvEncoder(spec).rows(cols)]
    assert names == ['\'=HYPERLINK("x")', "Siti", "' @SUM(1)"]


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_valid_rows_pass_the_checker(data):
    for spec in TABLES:
        rows = data.draw(_rows(spec))
        rows.sort(key=lambda r: r["id"])
        if len({r["id"] for r in rows}) != len(rows):
            continue
        for r in rows:  # the generators above do not know the patterns of these columns
            if "nik" in r and r["nik"] is not None:
                r["nik"] = "3174075505900001"
            if "sha256" in r and spec.name == "attachment":
                r["sha256"] = "a" * 64
            for name in r:
                col = spec.column(name)
                if col.kind is Kind.TEXT and col.max_length and r[name]:
                    r[name] = r[name][: col.max_length]
        RowChecker(spec).check(rows, 2)


def test_checker_batch_and_value_checks_agree_on_bad_values():
    spec = TABLES_BY_NAME["person"]
    good = {c.name: None for c in spec.columns}
    good.update(
        id="01a21f1d-9921-7772-ba19-a00000000001",
        created_at="2026-11-27T22:26:03.169673Z",
        updated_at="2026-11-27T22:26:03.169673Z",
        name="Siti",
        birth_place="",
        address="",
        rt="",
        rw="",
        occupation="",
        nationality="WNI",
        phone="",
        email="",
    )
    RowChecker(spec).check([good], 2)
    bad_values = {
        "birth_date": ["2025-02-30", "31-05-2025", 20250531, "2025-5-31"],
        "created_at": ["2026-11-27 22:26:03", "2026-13-27T22:26:03.169673Z", None],
        "nik": ["123", "3174075505900001x", "３１７４０７５５０５９０００１", 3174075505900001],
        "sex": ["X", "l", 1],
        "name": ["a" * 201, "ab\x00c", "\ud800", None, ["Siti"]],
        "id": ["not-a-uuid", "01A21F1D-9921-7772-BA19-A00000000001"],
        "village_code": ["3174071001", "31.74.07.100"],
    }
    for column, values in bad_values.items():
        for value in values:
            row = {**good, column: value}
            try:
                RowChecker(spec).check([row], 2)
            except Exception as exc:
                assert getattr(exc, "code", None) == "package.row_invalid", (column, value)
                assert exc.field == column, (column, value)
            else:
                raise AssertionError(f"{column}={value!r} passed")


def test_datetime_format_is_fixed_width_utc():
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert format_datetime(moment) == "2026-01-02T03:04:05.000000Z"


@given(st.text(max_size=80) | st.text(st.characters(max_codepoint=127), max_size=80))
def test_import_name_tokens_equal_the_person_services(name):
    from kopdes_desktop.services.exchange_sync import fast_name_tokens
    from kopdes_desktop.storage.person_tokens import name_tokens

    assert fast_name_tokens(name) == name_tokens(name)
