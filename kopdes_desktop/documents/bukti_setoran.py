"""Bukti Setoran Modal: members' paid simpanan with totals in figures and in words.

The notary and the ministry check the paid-in capital, so every total appears both as
``Rp1.200.000`` and as "satu juta dua ratus ribu rupiah". The sukarela column only appears
when somebody paid sukarela.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.data import BuktiSetoranData, PaymentRow
from kopdes_desktop.documents.layout import (
    data_table,
    kv_table,
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
from kopdes_desktop.documents.styles import para, styles
from kopdes_desktop.documents.text import or_dash, rupiah
from kopdes_desktop.domain.formatting import terbilang_rupiah

TITLE = "Bukti Setoran Modal"
ORIENTATION = PORTRAIT


def totals(payments: tuple[PaymentRow, ...]) -> dict[str, int]:
    """Sums per kind and overall."""
    pokok = sum(p.pokok for p in payments)
    wajib = sum(p.wajib for p in payments)
    sukarela = sum(p.sukarela for p in payments)
    return {"pokok": pokok, "wajib": wajib, "sukarela": sukarela, "total": pokok + wajib + sukarela}


def _table(data: BuktiSetoranData, width: float) -> Flowable:
    st = styles()
    sums = totals(data.payments)
    with_sukarela = sums["sukarela"] > 0
    head = ["No", "Nama Anggota", "No. Anggota", "Simpanan Pokok", "Simpanan Wajib"]
    head += ["Simpanan Sukarela"] if with_sukarela else []
    head.append("Jumlah")

    def money(amount: int) -> Flowable:
        return para(rupiah(amount, data.setup), st.cell_right)

    rows: list[list[object]] = []
    for i, p in enumerate(data.payments, start=1):
        amounts = [p.pokok, p.wajib] + ([p.sukarela] if with_sukarela else [])
        line = [str(i), p.person.name, or_dash(p.member_number)]
        rows.append(line + [money(a) for a in amounts] + [money(sum(amounts))])
    kinds = ["pokok", "wajib"] + (["sukarela"] if with_sukarela else []) + ["total"]
    bold = [para(rupiah(sums[k], data.setup), st.cell_head_right) for k in kinds]
    rows.append(["", para("Jumlah", st.cell_head), "", *bold])
    money_cols = len(kinds)
    fixed = [8 * mm, 0.0, 22 * mm] + [26 * mm] * money_cols
    fixed[1] = width - sum(fixed)
    style = [("SPAN", (1, -1), (2, -1)), ("BACKGROUND", (0, -1), (-1, -1), "#F2F2F2")]
    return data_table(head, rows, fixed, extra_style=style)


def story(data: BuktiSetoranData, *, outline: bool = False) -> list[Flowable]:
    """Statement, payments table, totals in words, treasurer's signature."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    coop = data.cooperative.cooperative
    items = opening(data, TITLE, outline=outline, footer_extra=coop.name)
    items += title_block(TITLE, data.header.number, coop.name)
    items.append(
        para(
            f"Yang bertanda tangan di bawah ini menerangkan bahwa {coop.name} telah menerima "
            "setoran modal dari anggota dengan rincian sebagai berikut:",
            st.body,
        )
    )
    items.append(_table(data, width))
    items.append(Spacer(1, 3 * mm))
    sums = totals(data.payments)
    lines = [
        ("Simpanan pokok", sums["pokok"]),
        ("Simpanan wajib", sums["wajib"]),
    ]
    if sums["sukarela"]:
        lines.append(("Simpanan sukarela", sums["sukarela"]))
    lines.append(("Jumlah seluruhnya", sums["total"]))
    words = [(label, f"{rupiah(v, data.setup)} ({terbilang_rupiah(v)})") for label, v in lines]
    items.append(kv_table(words, width, label_width=40 * mm))
    closing = para(
        "Demikian bukti setoran ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
        "mestinya.",
        st.body,
    )
    items += signature_block(data.signers, width, data.header, lead=[Spacer(1, 2 * mm), closing])
    return items


def render(data: BuktiSetoranData) -> bytes:
    """PDF bytes of the capital statement."""
    meta = Metadata(
        title=f"{TITLE} {data.header.number}".strip(), subject=data.cooperative.cooperative.name
    )
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
