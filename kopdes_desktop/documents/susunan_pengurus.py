"""Susunan Pengurus dan Pengawas: who holds which position, with NIK, sex, address and phone.

Grouped by body (pengurus, pengawas, then pengelola when hired) and ordered by role as the
Juklak lists them (Ketua, Wakil Ketua Bidang Usaha, …), whatever order they were entered in.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.data import BoardRow, SusunanPengurusData
from kopdes_desktop.documents.labels import BOARD_ROLE, BODY, sex_code
from kopdes_desktop.documents.layout import data_table, opening, signature_block, title_block
from kopdes_desktop.documents.page_template import (
    PORTRAIT,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.styles import para, styles
from kopdes_desktop.documents.text import area_line, nik_text, or_dash, street_line
from kopdes_desktop.domain.enums import BoardRole, Body

TITLE = "Susunan Pengurus dan Pengawas"
ORIENTATION = PORTRAIT
_ROLE_ORDER = list(BoardRole)
HEAD = ("No", "Jabatan", "Nama", "NIK", "L/P", "Alamat", "Telepon")


def ordered(board: tuple[BoardRow, ...], body: Body) -> list[BoardRow]:
    """The body's positions in the Juklak's role order (then by name)."""
    rows = [r for r in board if r.position.body is body and r.position.deleted_at is None]
    return sorted(rows, key=lambda r: (_ROLE_ORDER.index(r.position.role), r.person.name))


def _cells(number: int, row: BoardRow, data: SusunanPengurusData) -> list[object]:
    person = row.person
    role = BOARD_ROLE[row.position.role] + (" (ex officio)" if row.position.ex_officio else "")
    return [
        str(number),
        role,
        person.name,
        nik_text(person.nik, data.setup),
        sex_code(person.sex),
        street_line(person),
        or_dash(person.phone),
    ]


def story(data: SusunanPengurusData, *, outline: bool = False) -> list[Flowable]:
    """One table per body, then signatures."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    info = data.cooperative
    items = opening(data, TITLE, outline=outline, footer_extra=info.cooperative.name)
    items += title_block(TITLE, data.header.number, f"{info.cooperative.name}\n{area_line(info)}")
    widths = [mm * w for w in (7, 29, 34, 27, 8, 0, 24)]
    widths[5] = width - sum(widths)
    for body in (Body.PENGURUS, Body.PENGAWAS, Body.PENGELOLA):
        rows = ordered(data.board, body)
        if not rows and body is Body.PENGELOLA:
            continue
        items.append(para(f"{BODY[body]}", st.heading))
        if rows:
            cells = [_cells(i, r, data) for i, r in enumerate(rows, start=1)]
            items.append(data_table(HEAD, cells, widths, dense=True))
        else:
            items.append(para("Belum ditetapkan.", st.body_left))
        items.append(Spacer(1, 2 * mm))
    items += signature_block(data.signers, width, data.header)
    return items


def render(data: SusunanPengurusData) -> bytes:
    """PDF bytes of the board list."""
    meta = Metadata(title=TITLE, subject=data.cooperative.cooperative.name)
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
