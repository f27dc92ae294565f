"""The Koperasi list and the sections of the cooperative form, on demo data.

What an operator notices: the list filters as they type and by stage; a new registration
offers only villages without a cooperative; a checklist item jumps to its field; a wrong NPWP
is shown under the field and blocks saving; scans are previewed; simpanan pokok for every
unpaid member is recorded in the background with the totals updated.
"""

from __future__ import annotations

import pytest
from builders import MELAWAI
from form_driving import (
    WAIT,
    back_to,
    reload_done,
    replace_text,
    type_into,
    wait_loaded,
    when_modal,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from kopdes_desktop.domain.enums import PaymentKind, Stage
from kopdes_desktop.ui.dialogs.new_cooperative_dialog import NewCooperativeDialog
from kopdes_desktop.ui.forms.cooperative_form import CooperativeForm
from kopdes_desktop.ui.views.cooperatives_view import CooperativesView

pytestmark = pytest.mark.gui

KEBAYORAN_BARU = "31.74.07"


@pytest.fixture
def district_view(qtbot, services, runner):
    """A district office with three demo cooperatives."""
    services.settings.set_area(KEBAYORAN_BARU, "Kecamatan Kebayoran Baru")
    services.demo.generate(KEBAYORAN_BARU, 3, members=25)
    page = CooperativesView(services, runner)
    qtbot.addWidget(page)
    page.resize(1156, 720)
    with qtbot.waitSignal(page.list_loaded, timeout=WAIT):
        page.show()
        page.refresh()
    page.activateWindow()
    return page


@pytest.fixture
def melawai_view(qtbot, services, runner) -> CooperativesView:
    """The Koperasi page of Melawai's office, with a demo cooperative of 40 members."""
    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=40)
    page = CooperativesView(services, runner)
    qtbot.addWidget(page)
    page.resize(1156, 720)
    page.show()
    page.activateWindow()
    return page


@pytest.fixture
def form(qtbot, services, melawai_view) -> CooperativeForm:
    """The form of Melawai's demo cooperative, loaded."""
    opened = melawai_view.open_cooperative(services.cooperatives.get_by_village(MELAWAI).id)
    wait_loaded(qtbot, opened)
    return opened


def shown_names(view: CooperativesView) -> list[str]:
    return [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]


def test_list_searches_by_kelurahan_and_filters_by_stage(qtbot, district_view, services):
    view = district_view
    assert view.proxy.rowCount() == 3
    summaries = services.cooperatives.summaries(KEBAYORAN_BARU)
    village = summaries[0].village_name
    stage = summaries[0].stage
    assert view.model.index(0, 3).data().startswith(f"{int(stage)} ")  # "5 Berbadan hukum"

    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    with qtbot.waitSignal(view.list_loaded, timeout=WAIT):
        qtbot.keyClicks(view.search_edit, village[:5].lower())
    assert village in shown_names(view)
    assert all(village[:5].lower() in n.lower() for n in shown_names(view))

    view.search_edit.clear()
    with qtbot.waitSignal(view.list_loaded, timeout=WAIT):
        view.stage_combo.setCurrentIndex(view.stage_combo.findData(int(stage)))
    expected = {s.village_name for s in summaries if s.stage is stage}
    assert set(shown_names(view)) == expected
    other = next(s for s in Stage if s not in {x.stage for x in summaries})
    with qtbot.waitSignal(view.list_loaded, timeout=WAIT):
        view.stage_combo.setCurrentIndex(view.stage_combo.findData(int(other)))
    assert view.proxy.rowCount() == 0
    assert view.empty_label.isVisible()


def test_new_registration_offers_only_villages_without_cooperative(qtbot, district_view, services):
    view = district_view
    taken = {s.village_name for s in services.cooperatives.summaries(KEBAYORAN_BARU)}
    choice: list[list[str]] = []

    def choose(dialog) -> None:
        assert isinstance(dialog, NewCooperativeDialog)
        names = [dialog.model.row_at(r).name for r in range(dialog.model.rowCount())]
        choice.append(names)
        type_into(qtbot, dialog.search_edit, names[0])
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)

    when_modal(choose)
    with qtbot.waitSignal(view.form_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    names = choice[0]
    assert len(names) == 10 - len(taken) and not taken & set(names)
    form: CooperativeForm = opened.args[0]
    assert form.cooperative_id is None
    assert form.identity.name_edit.text() == f"Koperasi Kelurahan Merah Putih {names[0]}"
    assert "Belum disimpan" in form.stage_label.text()


@pytest.mark.parametrize(
    ("field", "section", "widget"),
    [
        ("deed_number", "legal", "field_deed_number"),
        ("nomor_induk_koperasi", "legal", "field_nomor_induk_koperasi"),
        ("simpanan_pokok", "capital", "field_simpanan_pokok"),
        ("name", "identity", "field_name"),
        ("founders", "members", None),
        ("board", "board", None),
        ("units", "units", None),
        ("meetings", "meetings", None),
    ],
)
def test_focus_field_opens_the_section_and_focuses_the_field(form, field, section, widget):
    assert form.focus_field(field)
    assert form.current_section() is form.section(section)
    focused = form.focusWidget()
    assert focused is not None and form.section(section).isAncestorOf(focused)
    if widget is not None:
        assert focused.objectName() == widget


def test_nomor_induk_koperasi_is_named_in_full(form):
    legal = form.section("legal")
    labels = [w.text() for w in legal.findChildren(type(form.title_label))]
    assert "Nomor Induk Koperasi:" in labels
    assert not any(label.strip(":") == "NIK" for label in labels)


def test_wrong_npwp_is_shown_next_to_the_field_and_blocks_saving(qtbot, form, services):
    before = services.cooperatives.get(form.cooperative_id)
    form.focus_field("npwp")
    replace_text(qtbot, form.field("npwp"), "12345")
    qtbot.waitUntil(lambda: form.message("npwp").isVisible(), timeout=WAIT)
    assert "15 atau 16" in form.message("npwp").text()
    form.show_section(form.section("identity"))
    back_to(qtbot, form.identity.address_edit)
    qtbot.keyClick(form.identity.address_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.is_dirty()
    assert form.current_section() is form.section("legal")  # the bad field is shown
    assert "Belum disimpan" in form.status_label.text()
    assert services.cooperatives.get(form.cooperative_id).npwp == before.npwp


def test_checklist_item_jumps_to_its_field(qtbot, form):
    rows = form.issues_model.rows()
    target = next(r for r, item in enumerate(rows) if item.issue.field == "npwp")
    index = form.issues_model.index(target, 1)
    qtbot.mouseClick(
        form.issues_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=form.issues_table.visualRect(index).center(),
    )
    assert form.current_section() is form.section("legal")
    assert form.focusWidget() is form.field("npwp")


def test_scans_are_attached_and_previewed(qtbot, form, services, tmp_path):
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    png = tmp_path / "akta.png"
    assert image.save(str(png))
    pdf = tmp_path / "sk_ahu.pdf"
    pdf.write_bytes(minimal_pdf())
    section = form.section("attachments")
    form.show_section(section)
    for path, kind in ((png, "akta"), (pdf, "sk_ahu")):
        with reload_done(qtbot, form):
            section.attach_file(path, kind)
    assert section.model.rowCount() == 2
    assert [section.model.index(r, 1).data() for r in range(2)] == ["Akta notaris", "SK AHU"]
    stored = services.attachments.list("cooperative", form.cooperative_id)
    assert all(services.attachments.blob_path(a.sha256).is_file() for a in stored)

    section.table.setCurrentIndex(section.model.index(0, 0))
    qtbot.waitUntil(lambda: section.preview_kind() == "image", timeout=WAIT)
    section.table.setCurrentIndex(section.model.index(1, 0))
    qtbot.waitUntil(lambda: section.preview_kind() == "pdf", timeout=WAIT)
    qtbot.waitUntil(lambda: section.pdf_document.pageCount() == 1, timeout=WAIT)


def test_pokok_for_all_unpaid_members_is_recorded_in_the_background(qtbot, form, services):
    section = form.section("capital")
    form.show_section(section)
    totals = services.capital.totals(form.cooperative_id)
    unpaid = totals.members - totals.members_paid_pokok_in_full
    assert unpaid > 0
    payments = section.unpaid_pokok(services.ctx.today())
    assert len(payments) == unpaid
    with reload_done(qtbot, form):
        section.start_bulk(payments)
    after = services.capital.totals(form.cooperative_id)
    assert after.members_paid_pokok_in_full == after.members
    assert after.by_kind[PaymentKind.POKOK] == (
        totals.by_kind[PaymentKind.POKOK] + sum(p.amount for p in payments)
    )
    assert f"{after.members} dari {after.members} anggota" in section.full_label.text()


def test_meeting_attendance_list_is_saved_as_a_whole(qtbot, form, services):
    section = form.section("meetings")
    form.show_section(section)
    section.start_new()
    section.kind_combo.setCurrentIndex(section.kind_combo.findData("rat"))
    type_into(qtbot, section.title_edit, "RAT Tahun Buku 2025")
    type_into(qtbot, section.date_edit, "15032026")
    type_into(qtbot, section.time_edit, "09.00")
    with reload_done(qtbot, form):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    rat = next(m for m in services.meetings.list(form.cooperative_id) if m.kind.value == "rat")
    section.table.setCurrentIndex(section.model.index(section.model.row_of(rat.id), 0))

    def fill(dialog) -> None:
        dialog.add_founders()
        dialog.add_line()
        index = dialog.model.index(dialog.model.rowCount() - 1, 0)
        dialog.model.setData(index, "Pak RT 01", Qt.ItemDataRole.EditRole)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    with reload_done(qtbot, form):
        qtbot.mouseClick(section.attendees_button, Qt.MouseButton.LeftButton)
    lines = services.meetings.attendees(rat.id)
    founders = services.members.founders(form.cooperative_id)
    assert len(lines) == len(founders) + 1
    assert lines[-1].name == "Pak RT 01" and lines[-1].person_id is None
    assert section.attendees_label.text() == f"{len(lines)} orang di daftar hadir"


def test_unit_operating_without_opening_date_is_refused_next_to_the_date(qtbot, form, services):
    section = form.section("units")
    form.show_section(section)
    before = len(services.units.list(form.cooperative_id))
    section.start_new()
    section.kind_combo.setCurrentIndex(section.kind_combo.findData("klinik"))
    section.status_combo.setCurrentIndex(section.status_combo.findData("beroperasi"))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.editor_messages["opening_date"].is_error()
    assert len(services.units.list(form.cooperative_id)) == before
    type_into(qtbot, section.opening_edit, "02012026")
    with reload_done(qtbot, form):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert len(services.units.list(form.cooperative_id)) == before + 1


def minimal_pdf() -> bytes:
    """A valid one-page PDF, built by hand so the test needs no PDF library."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def test_main_window_opens_a_cooperative_at_the_field_asked_for(qtbot, services, runner):
    from kopdes_desktop.ui.main_window import MainWindow, Page

    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=20)
    window = MainWindow(services, runner)
    qtbot.addWidget(window)
    window.show()
    coop = services.cooperatives.get_by_village(MELAWAI)
    form = window.cooperatives_view.open_cooperative(coop.id, "deed_number")
    assert window.current_page() is Page.COOPERATIVES
    wait_loaded(qtbot, form)
    assert form.current_section() is form.section("legal")
    assert form.field("deed_number").text() == coop.deed_number
    assert window.cooperatives_view.open_cooperative(coop.id, "board") is form  # same form
    assert form.current_section() is form.section("board")


def test_start_up_recovery_reopens_the_form_with_its_draft(qtbot, services, runner):
    from kopdes_desktop.ui.drafts import draft_opener, drafts_for
    from kopdes_desktop.ui.forms.cooperative_form import DRAFT_KIND
    from kopdes_desktop.ui.main_window import MainWindow, Page

    services.settings.set_area(MELAWAI, "Kantor Kelurahan Melawai")
    services.demo.generate(MELAWAI, 1, members=20)
    coop = services.cooperatives.get_by_village(MELAWAI)
    store = drafts_for(services)
    store.save(
        DRAFT_KIND,
        coop.id,
        {
            "sections": {
                "identity": {"address": "Jl. Pulih No. 1"},
                "legal": {"npwp": "012345678901000"},
            }
        },
    )
    window = MainWindow(services, runner)
    qtbot.addWidget(window)
    window.show()
    form = draft_opener(DRAFT_KIND)(services, window, store.load(DRAFT_KIND, coop.id))
    assert window.current_page() is Page.COOPERATIVES
    qtbot.waitUntil(form.is_dirty, timeout=WAIT)
    assert form.identity.address_edit.text() == "Jl. Pulih No. 1"
    assert form.field("npwp").text() == "012345678901000"
    assert form.identity.date_edit.date() is not None  # the rest still as stored
    assert services.cooperatives.get(coop.id).address != "Jl. Pulih No. 1"  # not saved yet
