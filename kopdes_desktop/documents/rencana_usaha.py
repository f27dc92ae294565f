"""Rencana Awal Kegiatan Usaha: chosen units, business model, capital needs and first plan.

Offices rarely have all of this typed in when the berkas is due, so every empty part gets a
sensible default from what is known (units, simpanan amounts, initial capital); whatever the
service passes in is printed as given.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdes_desktop.documents.data import CapitalNeed, PlanItem, RencanaUsahaData
from kopdes_desktop.documents.labels import FORMATION_MODEL, UNIT_KIND, UNIT_STATUS, WAJIB_PERIOD
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
from kopdes_desktop.documents.text import cooperative_address, long_date, or_dash, rupiah
from kopdes_desktop.domain.enums import UnitStatus
from kopdes_desktop.domain.formatting import MONTHS_ID, terbilang_rupiah

TITLE = "Rencana Awal Kegiatan Usaha"
ORIENTATION = PORTRAIT


def _unit_names(data: RencanaUsahaData) -> list[str]:
    return [u.name or UNIT_KIND[u.kind] for u in data.units if u.deleted_at is None]


def business_model(data: RencanaUsahaData) -> str:
    """The model as typed, or a default naming the units."""
    if data.business_model.strip():
        return data.business_model.strip()
    units = ", ".join(_unit_names(data)) or "unit usaha sesuai potensi kelurahan"
    return (
        f"Koperasi melayani kebutuhan anggota dan masyarakat {data.cooperative.village_name} "
        f"melalui {units}. Pengadaan barang dilakukan bersama melalui jaringan Koperasi "
        "Desa/Kelurahan Merah Putih dan mitra usaha; modal berasal dari simpanan anggota dan "
        "pembiayaan yang sah; sisa hasil usaha dibagikan kepada anggota sesuai keputusan Rapat "
        "Anggota."
    )


def capital_needs(data: RencanaUsahaData) -> tuple[CapitalNeed, ...]:
    """As given, or the initial capital from members' savings when known."""
    if data.capital_needs:
        return data.capital_needs
    capital = data.cooperative.cooperative.initial_capital
    if capital is None:
        return ()
    return (CapitalNeed(item="Modal awal koperasi", amount=capital, source="Simpanan anggota"),)


def plan(data: RencanaUsahaData) -> tuple[PlanItem, ...]:
    """As given, or the usual first-year steps plus opening each unit not yet operating."""
    if data.plan:
        return data.plan
    items = [PlanItem(activity="Rapat pengurus: penyusunan program kerja dan anggaran",
                      schedule="Bulan pertama", responsible="Ketua")]  # fmt: skip
    for unit in data.units:
        if unit.deleted_at is not None or unit.status is UnitStatus.BEROPERASI:
            continue
        when = unit.opening_date
        schedule = f"{MONTHS_ID[when.month - 1]} {when.year}" if when else "Tahun pertama"
        activity = f"Persiapan dan pembukaan {unit.name or UNIT_KIND[unit.kind]}"
        items.append(
            PlanItem(activity=activity, schedule=schedule, responsible="Wakil Ketua Bidang Usaha")
        )
    items += [
        PlanItem(activity="Penghimpunan simpanan pokok dan simpanan wajib anggota",
                 schedule="Setiap bulan", responsible="Bendahara"),
        PlanItem(activity="Penambahan anggota dari warga kelurahan",
                 schedule="Sepanjang tahun", responsible="Wakil Ketua Bidang Keanggotaan"),
        PlanItem(activity="Rapat Anggota Tahunan (RAT) pertama", schedule="Akhir tahun buku",
                 responsible="Pengurus"),
    ]  # fmt: skip
    return tuple(items)


def _identity(data: RencanaUsahaData, width: float) -> Flowable:
    coop = data.cooperative.cooperative
    period = WAJIB_PERIOD[coop.wajib_period]
    return kv_table(
        [
            ("Nama koperasi", coop.name),
            ("Alamat", cooperative_address(data.cooperative)),
            ("Model pembentukan", FORMATION_MODEL[coop.formation_model]),
            ("Simpanan pokok", rupiah(coop.simpanan_pokok, data.setup)),
            ("Simpanan wajib", f"{rupiah(coop.simpanan_wajib, data.setup)} {period}"),
        ],
        width,
        label_width=40 * mm,
    )


def _units_table(data: RencanaUsahaData, width: float) -> Flowable:
    rows = [
        [str(i), UNIT_KIND[u.kind], or_dash(u.name or u.location), UNIT_STATUS[u.status],
         long_date(u.opening_date)]
        for i, u in enumerate((u for u in data.units if u.deleted_at is None), start=1)
    ]  # fmt: skip
    widths = [8 * mm, 48 * mm, 0.0, 26 * mm, 30 * mm]
    widths[2] = width - sum(widths)
    head = ("No", "Unit Usaha", "Nama / Lokasi", "Status", "Mulai Beroperasi")
    return data_table(head, rows, widths)


def _capital_table(data: RencanaUsahaData, width: float) -> list[Flowable]:
    st = styles()
    needs = capital_needs(data)
    if not needs:
        return [para("Kebutuhan modal dihitung kemudian oleh pengurus.", st.body)]
    rows: list[list[object]] = [
        [str(i), n.item, or_dash(n.source), para(rupiah(n.amount, data.setup), st.cell_right)]
        for i, n in enumerate(needs, start=1)
    ]
    total = sum(n.amount for n in needs)
    rows.append(
        ["", para("Jumlah", st.cell_head), "", para(rupiah(total, data.setup), st.cell_head_right)]
    )
    widths = [8 * mm, 0.0, 45 * mm, 32 * mm]
    widths[1] = width - sum(widths)
    table = data_table(
        ("No", "Uraian", "Sumber", "Jumlah"), rows, widths, extra_style=[("SPAN", (1, -1), (2, -1))]
    )
    words = para(f"Terbilang: {terbilang_rupiah(total)}.", st.body_left)
    return [table, Spacer(1, 1.5 * mm), words]


def story(data: RencanaUsahaData, *, outline: bool = False) -> list[Flowable]:
    """Sections A–E and signatures."""
    st = styles()
    width = frame_width(data.setup.paper, ORIENTATION)
    coop = data.cooperative.cooperative
    items = opening(data, TITLE, outline=outline, footer_extra=coop.name)
    items += title_block(TITLE, data.header.number, coop.name)
    items += [para("A. Identitas Koperasi", st.heading), _identity(data, width)]
    items += [para("B. Unit Usaha yang Dipilih", st.heading), _units_table(data, width)]
    items += [para("C. Model Bisnis", st.heading), para(business_model(data), st.body)]
    items += [para("D. Kebutuhan Modal", st.heading), *_capital_table(data, width)]
    steps = [[str(i), p.activity, or_dash(p.schedule), or_dash(p.responsible)]
             for i, p in enumerate(plan(data), start=1)]  # fmt: skip
    widths = [8 * mm, 0.0, 34 * mm, 48 * mm]
    widths[1] = width - sum(widths)
    head = ("No", "Kegiatan", "Waktu", "Penanggung Jawab")
    items += [para("E. Rencana Kegiatan", st.heading), data_table(head, steps, widths)]
    closing = para(
        "Demikian rencana awal kegiatan usaha ini disusun sebagai pedoman kerja pengurus pada "
        "tahun pertama.",
        st.body,
    )
    items += signature_block(data.signers, width, data.header, lead=[Spacer(1, 2 * mm), closing])
    return items


def render(data: RencanaUsahaData) -> bytes:
    """PDF bytes of the initial business plan."""
    meta = Metadata(title=TITLE, subject=data.cooperative.cooperative.name)
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
