"""The plain-ReportLab baseline of the benchmark sets the same table as the program."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.raw_reportlab_tables import draw_same_tables
from kopdes_desktop.documents.daftar_pendiri import founder_cells
from kopdes_desktop.documents.registry import render_document
from tests.unit.documents.pdf_reading import page_texts

Sample = Callable[..., object]


def test_baseline_prints_the_same_rows_on_about_as_many_pages(sample: Sample) -> None:
    data = sample("daftar_pendiri", founder_count=120)
    rows = [
        founder_cells(i, r, data.cooperative, data.setup) for i, r in enumerate(data.founders, 1)
    ]
    raw = page_texts(draw_same_tables(rows))
    ours = page_texts(render_document("daftar_pendiri", data))
    assert abs(len(raw) - len(ours)) <= 1
    whole = " ".join(raw)
    assert all(row.person.nik in whole for row in data.founders)
    assert all("Nama Lengkap" in text for text in raw)
