"""Rekapitulasi Wilayah: monitoring table of an area (per kelurahan, kecamatan or city).

Columns follow DOMAIN.md §7: cooperatives counted by the furthest stage reached (0–9), units
operating, members and trained board members, with a totals row. The stage columns carry
only their number; the legend under the table names them, so the table fits landscape A4
even for a province's 44 kecamatan.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer

from kopdes_desktop.documents.data import AreaRecapRow, RekapWilayahData
from kopdes_desktop.documents.labels import STAGE
from kopdes_desktop.documents.layout import opening, signature_block, table_style, title_block
from kopdes_desktop.documents.page_template import (
    LANDSCAPE,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.styles import para, styles
from kopdes_desktop.documents.text import long_date
from kopdes_desktop.domain.enums import Stage

TITLE = "Rekapitulasi Wilayah"
HEADING = "Rekapitulasi Pembentukan Koperasi Kelurahan/Desa Merah Putih"
ORIENTATION = LANDSCAPE
STAGES = len(Stage)


def count(n: int) -> str:
    """``1.234`` with the Indonesian thousands dot."""
    return f"{n:,}".replace(",", ".")


def totals(rows: tuple[AreaRecapRow, ...]) -> AreaRecapRow:
    """The sum of every column."""
    return AreaRecapRow(
        name="Jumlah",
        cooperatives=sum(r.cooperatives for r in rows),
        stage_counts=tuple(sum(r.stage_counts[i] for r in rows) for i in range(STAGES)),
        units_operating=sum(r.units_operating for r in rows),
        members=sum(r.members for r in rows),
        trained_board=sum(r.trained_board for r in rows),
    )


def _cells(number: str, row: AreaRecapRow, bold: bool = False) -> list[object]:
    st = styles()
    right = st.cell_head_right if bold else st.cell_right
    stage_counts = (list(row.stage_counts) + [0] * STAGES)[:STAGES]
    values = [row.cooperatives, *stage_counts, row.units_operating, row.members, row.trained_board]
    name = para(row.name, st.cell_head if bold else st.cell)
    return [para(number, st.cell), name, *[para(count(v), right) for v in values]]


def _table(data: RekapWilayahData, width: float) -> LongTable:
    st = styles()
    head_top: list[object] = [
        para(h, st.cell_head) for h in ("No", data.row_label, "Jumlah Koperasi")
    ]
    head_top.append(para("Jumlah koperasi menurut tahap terjauh", st.cell_head))
    head_top += [""] * (STAGES - 1)
    head_top += [
        para(h, st.cell_head)
        for h in ("Unit Usaha Beroperasi", "Anggota", "Pengurus/ Pengawas Terlatih")
    ]
    head_low: list[object] = ["", "", ""] + [para(str(i), st.cell_head) for i in range(STAGES)]
    head_low += ["", "", ""]
    body = [_cells(str(i), r) for i, r in enumerate(data.rows, start=1)]
    body.append(_cells("", totals(data.rows), bold=True))
    fixed = [9 * mm, 0.0, 20 * mm] + [11 * mm] * STAGES + [24 * mm, 20 * mm, 26 * mm]
    fixed[1] = width - sum(fixed)
    table = LongTable([head_top, head_low, *body], colWidths=fixed, repeatRows=2)
    style = table_style(dense=False, header_rows=2)
    for col in (0, 1, 2, STAGES + 3, STAGES + 4, STAGES + 5):
        style.add("SPAN", (col, 0), (col, 1))
    style.add("SPAN", (3, 0), (STAGES + 2, 0))
    style.add("BACKGROUND", (0, -1), (-1, -1), "#F2F2F2")
    table.setStyle(style)
    return table


def story(data: RekapWilayahData, *, outline: bool = False) -> list[Flowable]:
    """Title, table, legend and signatures."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    area = f"{data.area_level} {data.area_name}".strip()
    when = f"Keadaan per {long_date(data.as_of)}" if data.as_of else ""
    items = opening(data, TITLE, outline=outline, footer_extra=area)
    items += title_block(HEADING, data.header.number, "\n".join(p for p in (area, when) if p))
    items.append(_table(data, width))
    items.append(Spacer(1, 2 * mm))
    legend = " · ".join(f"{int(s)} = {STAGE[s]}" for s in Stage)
    items.append(para(f"Tahap: {legend}.", st.small))
    items += signature_block(data.signers, width, data.header)
    return items


def render(data: RekapWilayahData) -> bytes:
    """PDF bytes of the area recap."""
    meta = Metadata(title=f"{TITLE} {data.area_level} {data.area_name}", subject=HEADING)
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
