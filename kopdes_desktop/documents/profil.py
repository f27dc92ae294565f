"""Profil Koperasi: a one-page summary (identity, legal numbers, stage, board, units, members).

Always exactly one page: lists are capped (the board and units a profile shows fit easily)
and the whole content sits in a KeepInFrame that shrinks it slightly in the rare case a long
address or many units would spill over. Batches of hundreds of profiles go through the same
one-pass layout, so the city office can print all of them at once.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer

from kopdes_desktop.documents.data import ProfilData
from kopdes_desktop.documents.labels import (
    BOARD_ROLE,
    FORMATION_MODEL,
    STAGE,
    UNIT_KIND,
    UNIT_STATUS,
    WAJIB_PERIOD,
)
from kopdes_desktop.documents.layout import (
    bare_table,
    data_table,
    kv_table,
    opening,
    signature_rows,
    title_block,
)
from kopdes_desktop.documents.page_template import (
    PORTRAIT,
    Metadata,
    RenderState,
    build_pdf,
    frame_height,
    frame_width,
)
from kopdes_desktop.documents.styles import para, styles
from kopdes_desktop.documents.susunan_pengurus import ordered
from kopdes_desktop.documents.text import cooperative_address, long_date, or_dash, rupiah
from kopdes_desktop.domain.enums import Body

TITLE = "Profil Koperasi"
ORIENTATION = PORTRAIT
MAX_BOARD = 12
MAX_UNITS = 9
MAX_TRAININGS = 4


def _legal(data: ProfilData) -> list[tuple[str, str]]:
    coop = data.cooperative.cooperative
    deed = "-"
    if coop.deed_number or coop.deed_date:
        deed = f"No. {or_dash(coop.deed_number)} tanggal {long_date(coop.deed_date)}"
        deed += f", Notaris {coop.notary_name}" if coop.notary_name else ""
    sk = "-"
    if coop.sk_ahu_number or coop.sk_ahu_date:
        sk = f"{or_dash(coop.sk_ahu_number)}\ntanggal {long_date(coop.sk_ahu_date)}"
    account = " ".join(p for p in (coop.bank_name, coop.bank_account_number) if p) or "-"
    simkopdes = "Belum"
    if coop.simkopdes_account:
        simkopdes = f"Ada, sejak {long_date(coop.simkopdes_date)}" if coop.simkopdes_date else "Ada"
    return [
        ("Akta pendirian", deed),
        ("SK pengesahan", sk),
        ("Nomor Induk Koperasi", or_dash(coop.nomor_induk_koperasi)),
        ("NPWP", or_dash(coop.npwp)),
        ("NIB", or_dash(coop.nib)),
        ("Rekening bank", account),
        ("Akun SIMKOPDES", simkopdes),
    ]


def _identity(data: ProfilData) -> list[tuple[str, str]]:
    info = data.cooperative
    coop = info.cooperative
    contact = " · ".join(p for p in (coop.phone, coop.email) if p) or "-"
    return [
        ("Nama", coop.name),
        ("Alamat", cooperative_address(info)),
        ("Kontak", contact),
        ("Model pembentukan", FORMATION_MODEL[coop.formation_model]),
        ("Tahap", f"{int(info.stage)}. {STAGE[info.stage]}"),
    ]


def _members(data: ProfilData) -> list[tuple[str, str]]:
    coop = data.cooperative.cooperative
    wajib = f"{rupiah(coop.simpanan_wajib, data.setup)} {WAJIB_PERIOD[coop.wajib_period]}"
    return [
        ("Jumlah anggota", f"{data.member_count} orang ({data.founder_count} pendiri)"),
        ("Simpanan pokok", rupiah(coop.simpanan_pokok, data.setup)),
        ("Simpanan wajib", wajib),
        ("Modal disetor", rupiah(data.capital_paid, data.setup)),
        ("Pengurus/pengawas terlatih", f"{data.trained_board} orang"),
    ]


def _board_table(data: ProfilData, width: float) -> Flowable:
    rows = [r for body in (Body.PENGURUS, Body.PENGAWAS) for r in ordered(data.board, body)]
    cells = [[BOARD_ROLE[r.position.role], r.person.name] for r in rows[:MAX_BOARD]]
    if not cells:
        cells = [["-", "Belum ditetapkan"]]
    return data_table(("Jabatan", "Nama"), cells, [width * 0.45, width * 0.55], dense=True)


def _units_table(data: ProfilData, width: float) -> Flowable:
    units = [u for u in data.units if u.deleted_at is None][:MAX_UNITS]
    cells = [[u.name or UNIT_KIND[u.kind], UNIT_STATUS[u.status], long_date(u.opening_date)]
             for u in units] or [["Belum ada", "-", "-"]]  # fmt: skip
    widths = [width * 0.46, width * 0.26, width * 0.28]
    return data_table(("Unit usaha", "Status", "Mulai"), cells, widths, dense=True)


def _content(data: ProfilData, width: float) -> list[Flowable]:
    st = styles()
    left_w = (width - 6 * mm) * 0.54
    right_w = width - 6 * mm - left_w
    trainings = list(data.trainings[:MAX_TRAININGS]) or ["Belum ada"]
    left = [
        para("Identitas", st.heading), kv_table(_identity(data), left_w, 31 * mm, compact=True),
        para("Legalitas", st.heading), kv_table(_legal(data), left_w, 31 * mm, compact=True),
        para("Keanggotaan dan Modal", st.heading),
        kv_table(_members(data), left_w, 40 * mm, compact=True),
    ]  # fmt: skip
    right = [
        para("Pengurus dan Pengawas", st.heading), _board_table(data, right_w),
        para("Unit Usaha", st.heading), _units_table(data, right_w),
        para("Pelatihan yang Diikuti", st.heading),
        *[para(f"• {t}", st.cell) for t in trainings],
    ]  # fmt: skip
    return [bare_table([[left, "", right]], [left_w, 6 * mm, right_w])]


def story(data: ProfilData, *, outline: bool = False) -> list[Flowable]:
    """Everything in one frame that shrinks to one page if needed."""
    width = frame_width(data.setup.paper, ORIENTATION)
    coop = data.cooperative.cooperative
    items = opening(data, TITLE, outline=outline, footer_extra=coop.name)
    section, body = items[:1], items[1:]
    when = f"Keadaan per {long_date(data.header.issued_date)}"
    body += title_block(TITLE, data.header.number, f"{coop.name}\n{when}")
    body += _content(data, width)
    body += [Spacer(1, 2 * mm), *signature_rows(data.signers, width, data.header)]
    height = frame_height(data.setup.paper, ORIENTATION) - 1
    return [*section, KeepInFrame(width, height, content=body, mode="shrink")]


def render(data: ProfilData) -> bytes:
    """PDF bytes of the one-page profile."""
    meta = Metadata(title=TITLE, subject=data.cooperative.cooperative.name)
    return build_pdf(story(data), data.setup, meta, RenderState(), ORIENTATION)
