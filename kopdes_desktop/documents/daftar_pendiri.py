"""Daftar Pendiri: every founder with identity and full address, as the notary needs them.

Printed landscape: a full address (street, RT/RW, kelurahan, kecamatan, city, province) and a
16-digit NIK need the width. The table repeats its header on every page, so a list of 300
founders stays readable page by page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.data import CooperativeInfo, DaftarPendiriData, PageSetup, PersonRow
from kopdes_desktop.documents.layout import data_table, opening, signature_block, title_block
from kopdes_desktop.documents.page_template import (
    LANDSCAPE,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.styles import para, styles
from kopdes_desktop.documents.text import area_line, birth_text, full_address, nik_text, or_dash

TITLE = "Daftar Pendiri"
ORIENTATION = LANDSCAPE
HEAD = (
    "No",
    "Nama Lengkap",
    "Tempat, Tanggal Lahir",
    "Alamat Lengkap",
    "NIK",
    "Pekerjaan",
    "Kewarga- negaraan",
)
_FIXED_WIDTHS_MM = (9, 46, 36, 0, 30, 30, 22)
"""Column widths; the address (0) takes what is left."""


def founder_cells(
    number: int, row: PersonRow, info: CooperativeInfo, setup: PageSetup
) -> tuple[str, ...]:
    """The texts of one founder's row (also used by the raw-ReportLab benchmark)."""
    person = row.person
    return (
        str(number),
        person.name,
        birth_text(person),
        full_address(row, info),
        nik_text(person.nik, setup),
        or_dash(person.occupation),
        or_dash(person.nationality),
    )


def column_widths(total: float) -> list[float]:
    """Widths in points for a table ``total`` points wide."""
    fixed = sum(_FIXED_WIDTHS_MM) * mm
    return [w * mm if w else total - fixed for w in _FIXED_WIDTHS_MM]


def story(data: DaftarPendiriData, *, outline: bool = False) -> list[Flowable]:
    """Title, the founders' table and the signatures."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    info = data.cooperative
    items = opening(data, TITLE, outline=outline, footer_extra=info.cooperative.name)
    items += title_block(TITLE, data.header.number, f"{info.cooperative.name}\n{area_line(info)}")
    rows = [founder_cells(i, row, info, data.setup) for i, row in enumerate(data.founders, start=1)]
    items.append(data_table(HEAD, rows, column_widths(width)))
    summary = para(f"Jumlah pendiri: {len(data.founders)} orang.", st.body_left)
    items += signature_block(data.signers, width, data.header, lead=[Spacer(1, 3 * mm), summary])
    return items


def render(data: DaftarPendiriData) -> bytes:
    """PDF bytes of the founders' list."""
    meta = Metadata(title=TITLE, subject=data.cooperative.cooperative.name)
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
