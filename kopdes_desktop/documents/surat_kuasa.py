"""Surat Kuasa (kuasa penghadap): the founders authorise named founders before the notary.

The grantors sign in the table itself (alternating boxes, as on attendance sheets), since a
signature block for dozens of founders would not fit; the attorneys sign below as Penerima
Kuasa, followed by any other signers given (e.g. the lurah under "Mengetahui").
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.daftar_hadir import signature_cell
from kopdes_desktop.documents.data import PersonRow, Signer, SuratKuasaData
from kopdes_desktop.documents.layout import (
    bare_table,
    data_table,
    kv_table,
    numbered_list,
    opening,
    signature_block,
    title_block,
)
from kopdes_desktop.documents.page_template import (
    PORTRAIT,
    Metadata,
    RenderState,
    build_pdf,
    frame_width,
)
from kopdes_desktop.documents.styles import esc, para, styles
from kopdes_desktop.documents.text import birth_text, full_address, nik_text, or_dash

TITLE = "Surat Kuasa"
ORIENTATION = PORTRAIT


def _attorney(row: PersonRow, data: SuratKuasaData, width: float) -> Flowable:
    person = row.person
    return kv_table(
        [
            ("Nama", person.name),
            ("NIK", nik_text(person.nik, data.setup)),
            ("Tempat, tanggal lahir", birth_text(person)),
            ("Pekerjaan", or_dash(person.occupation)),
            ("Alamat", full_address(row, data.cooperative)),
        ],
        width,
        label_width=42 * mm,
    )


def _powers(data: SuratKuasaData) -> list[str]:
    name = esc(data.cooperative.cooperative.name)
    notary = f"Notaris {esc(data.notary_name)}" if data.notary_name else "Notaris"
    return [
        f"menghadap {notary} untuk membuat dan menandatangani akta pendirian {name} beserta "
        "anggaran dasarnya;",
        "memberikan keterangan, menerima dan menandatangani surat-surat serta dokumen yang "
        "diperlukan;",
        "mengajukan permohonan pengesahan badan hukum koperasi kepada Menteri Hukum melalui "
        "sistem AHU Online;",
        "melakukan segala tindakan lain yang dipandang perlu untuk maksud tersebut di atas.",
    ]


def signers(data: SuratKuasaData) -> tuple[Signer, ...]:
    """The attorneys sign as Penerima Kuasa; ``data.signers`` sign below under "Mengetahui"."""
    return tuple(Signer(title="Penerima Kuasa", name=a.person.name) for a in data.attorneys)


def story(data: SuratKuasaData, *, outline: bool = False) -> list[Flowable]:
    """Grantors' table, attorneys, the powers, signatures."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    coop = data.cooperative.cooperative
    items = opening(data, TITLE, outline=outline, footer_extra=coop.name)
    items += title_block(TITLE, data.header.number)
    items.append(
        para(
            f"Kami yang bertanda tangan di bawah ini, para pendiri {coop.name}, masing-masing:",
            st.body,
        )
    )
    rows = [
        [str(i), r.person.name, nik_text(r.person.nik, data.setup), signature_cell(i)]
        for i, r in enumerate(data.grantors, start=1)
    ]
    widths = [8 * mm, 0.0, 33 * mm, 42 * mm]
    widths[1] = width - sum(widths)
    pad = [("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)]
    items.append(data_table(("No", "Nama", "NIK", "Tanda Tangan"), rows, widths, extra_style=pad))
    items.append(Spacer(1, 2 * mm))
    items.append(
        para("selanjutnya disebut PEMBERI KUASA, dengan ini memberikan kuasa kepada:", st.body)
    )
    for i, row in enumerate(data.attorneys, start=1):
        marker = para(f"{i}.", st.body_left)
        items.append(
            bare_table([[marker, _attorney(row, data, width - 8 * mm)]], [8 * mm, width - 8 * mm])
        )
        items.append(Spacer(1, 2 * mm))
    items.append(
        para(
            "selanjutnya disebut PENERIMA KUASA, baik bersama-sama maupun sendiri-sendiri, "
            "untuk dan atas nama Pemberi Kuasa:",
            st.body,
        )
    )
    items.append(numbered_list(_powers(data), width))
    closing = para(
        "Demikian surat kuasa ini dibuat untuk dipergunakan sebagaimana mestinya.", st.body
    )
    items += signature_block(
        signers(data), width, data.header, lead=[closing], witnesses=data.signers
    )
    return items


def render(data: SuratKuasaData) -> bytes:
    """PDF bytes of the power of attorney."""
    meta = Metadata(
        title=f"{TITLE} {data.header.number}".strip(), subject=data.cooperative.cooperative.name
    )
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
