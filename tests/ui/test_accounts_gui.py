"""Accounts in the GUI: sign-in messages, the first admin with the privacy notice, what a
viewer sees (masked NIK, read-only settings), the admin's accounts panel and anonymising."""

from __future__ import annotations

from datetime import date

import pytest
from builders import cooperative, person
from PySide6.QtWidgets import QDialog

from kopdes_desktop.domain.enums import Sex, UserRole
from kopdes_desktop.domain.nik import mask_nik
from kopdes_desktop.ui import sign_in as sign_in_module
from kopdes_desktop.ui.dialogs.about_dialog import AboutDialog
from kopdes_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog
from kopdes_desktop.ui.dialogs.login_dialog import LoginDialog
from kopdes_desktop.ui.dialogs.user_dialog import UserDialog
from kopdes_desktop.ui.models.persons_table_model import PersonColumn
from kopdes_desktop.ui.sign_in import sign_in
from kopdes_desktop.ui.views import members_view as members_module
from kopdes_desktop.ui.views.members_view import MembersView
from kopdes_desktop.ui.views.settings_view import SettingsView

pytestmark = pytest.mark.gui


@pytest.fixture
def accounts(services):
    services.settings.set_area("31.74.07.1001", "Kantor Kelurahan Melawai")
    services.users.create("admin", "sandi-admin-1", UserRole.ADMIN)
    services.users.create("ani", "sandi-ani-12", UserRole.OPERATOR)
    services.users.create("vina", "sandi-vina-1", UserRole.VIEWER)
    return services.users


def test_wrong_password_then_lock_are_said_in_indonesian(qtbot, services, accounts):
    dialog = LoginDialog(accounts, "ani")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("salah")
    dialog.accept()
    assert dialog.error_label.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.password_edit.text() == ""
    for _ in range(4):
        dialog.password_edit.setText("salah")
        dialog.accept()
    assert dialog.error_label.text() == (
        "Akun ini terkunci karena 5 kali salah kata sandi. Coba lagi dalam 5 menit."
    )
    dialog.password_edit.setText("sandi-ani-12")  # right, but locked now
    dialog.accept()
    assert "terkunci" in dialog.error_label.text()
    assert services.ctx.role is UserRole.ADMIN  # still the internal caller: nobody signed in


def test_right_password_signs_in_with_the_accounts_role(qtbot, services, accounts):
    dialog = LoginDialog(accounts, "vina")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("sandi-vina-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (services.ctx.username, services.ctx.role) == ("vina", UserRole.VIEWER)


def test_environment_signs_in_without_a_dialog_and_a_wrong_pair_opens_it(
    services, accounts, monkeypatch
):
    assert sign_in(services, "ani", "sandi-ani-12")
    assert services.ctx.username == "ani"
    shown: list[str] = []

    def fake_exec(dialog: LoginDialog) -> int:
        shown.append(dialog.error_label.text())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert not sign_in(services, "ani", "salah")
    assert shown == ["Nama pengguna atau kata sandi salah."]


def test_first_start_shows_the_privacy_notice_and_creates_the_admin(qtbot, services):
    dialog = FirstAdminDialog(services.users, "lurah")
    qtbot.addWidget(dialog)
    notice = dialog.notice.toPlainText()
    assert "Data pribadi (UU 27/2022)" in notice
    for heading in ("Data yang disimpan", "Tujuan", "Siapa yang melihat"):
        assert heading in notice
    dialog.password_edit.setText("sandi-lurah-1")
    dialog.repeat_edit.setText("sandi-lurah-2")
    dialog.accept()
    assert dialog.error_label.text() == "Kedua kata sandi tidak sama."
    assert services.users.count() == 0
    dialog.repeat_edit.setText("sandi-lurah-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.users.find("lurah").role is UserRole.ADMIN
    assert services.ctx.username == "lurah"


def test_fresh_database_asks_for_the_first_admin(services, monkeypatch):
    asked = []
    monkeypatch.setattr(
        sign_in_module.FirstAdminDialog,
        "exec",
        lambda d: asked.append(d.username_edit.text()) or QDialog.DialogCode.Rejected.value,
    )
    assert not sign_in(services, None, None)
    assert asked == ["admin"]


def test_about_box_repeats_the_notice(qtbot):
    dialog = AboutDialog("vina", "Pemantau")
    qtbot.addWidget(dialog)
    assert "Siapa yang melihat" in dialog.notice.toPlainText()


@pytest.fixture
def members(services, accounts):
    coop = services.cooperatives.save(cooperative())
    stays = services.members.register(coop.id, person(1, Sex.FEMALE, name="Siti Aminah"))
    left = services.members.register(
        coop.id, person(2, name="Budi Santoso"), joined_date=date(2012, 1, 1)
    )
    services.members.leave(left.membership.id, date(2016, 5, 31))
    return stays.person, left.person


def _view(qtbot, services, runner) -> MembersView:
    view = MembersView(services, runner)
    qtbot.addWidget(view)
    view.show()
    view.on_shown()
    qtbot.waitUntil(lambda: not view.model.is_busy() and view.model.rowCount() == 2)
    return view


def test_a_viewer_sees_masked_nik_and_no_edit_buttons(qtbot, services, runner, members):
    siti, _budi = members
    services.users.login("vina", "sandi-vina-1")
    view = _view(qtbot, services, runner)
    shown = [view.model.index(r, PersonColumn.NIK).data() for r in range(2)]
    assert mask_nik(siti.nik) in shown and siti.nik not in shown
    assert view.new_button.isHidden() and view.edit_button.isHidden()
    assert view.anonymise_button.isHidden()
    assert view.open_selected() is None and view.new_person() is None


def test_the_detail_panel_masks_nik_for_a_viewer(qtbot, services, runner, members):
    siti, _budi = members
    services.users.login("vina", "sandi-vina-1")
    view = _view(qtbot, services, runner)
    view.detail.show_person(siti, ())
    labels = " ".join(w.text() for w in view.detail.findChildren(type(view.status_label)))
    assert mask_nik(siti.nik) in labels and siti.nik not in labels


def test_an_admin_anonymises_a_person_who_left_long_ago(
    qtbot, services, runner, members, monkeypatch
):
    _siti, budi = members
    services.users.login("admin", "sandi-admin-1")
    refusals: list[str] = []
    monkeypatch.setattr(
        members_module,
        "show_domain_error",
        lambda exc, _p: refusals.append(members_module_message(exc)),
    )
    monkeypatch.setattr(members_module, "confirm_anonymise", lambda _p, _name: True)
    view = _view(qtbot, services, runner)
    names = [view.model.index(r, PersonColumn.NAME).data() for r in range(2)]
    view.table.selectRow(names.index("Siti Aminah"))
    assert not view.anonymise_button.isHidden()
    assert not view.anonymise_selected()
    assert refusals == ["Orang ini masih anggota dan tidak dapat dianonimkan."]
    view.table.selectRow(names.index("Budi Santoso"))
    assert view.anonymise_selected()
    assert services.persons.get(budi.id).nik is None
    qtbot.waitUntil(
        lambda: (
            "Budi Santoso"
            not in [
                view.model.index(r, PersonColumn.NAME).data() for r in range(view.model.rowCount())
            ]
        )
    )


def members_module_message(exc) -> str:
    from kopdes_desktop.ui.dialogs.error_dialog import message_for

    return message_for(exc)


def test_settings_are_read_only_for_an_operator_and_accounts_are_for_admins(
    qtbot, services, accounts
):
    services.users.login("ani", "sandi-ani-12")
    view = SettingsView(services)
    qtbot.addWidget(view)
    assert view.users_panel is None
    assert view.save_button.isHidden() and not view.office_edit.isEnabled()
    assert not view.patterns_box.isEnabled() and not view.language_combo.isEnabled()
    # An operator still backs up by hand and reads the audit trail; restoring stays an admin's.
    assert view.backups_panel.backup_button.isEnabled()
    assert view.backups_panel.restore_button.isHidden()
    assert view.audit_button.isEnabled()


def test_an_admin_adds_an_account_in_settings(qtbot, services, accounts, monkeypatch):
    services.users.login("admin", "sandi-admin-1")
    view = SettingsView(services)
    qtbot.addWidget(view)
    panel = view.users_panel
    assert panel is not None and panel.model.rowCount() == 3

    def fill(dialog: UserDialog) -> int:
        dialog.username_edit.setText("dewi")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(UserRole.VIEWER))
        dialog.password_edit.setText("sandi-dewi-1")
        dialog.repeat_edit.setText("sandi-dewi-1")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(UserDialog, "exec", fill)
    panel.add_user()
    assert services.users.find("dewi").role is UserRole.VIEWER
    assert panel.model.rowCount() == 4


def test_a_viewer_opens_every_page_without_edit_or_import_buttons(
    qtbot, services, runner, accounts
):
    from kopdes_desktop.ui.main_window import MainWindow, Page

    services.users.login("vina", "sandi-vina-1")
    window = MainWindow(services, runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.home_view.refreshed, timeout=10_000):
        window.show()
    for page in Page:
        window.show_page(page)
        assert window.current_page() is page
    assert window.user_label.text() == "Pengguna: vina"
    assert window.cooperatives_view.new_button.isHidden()
    assert window.training_view.new_button.isHidden()
    assert window.exchange_view.choose_button.isHidden()
    assert window.documents_view.mask_check.isChecked()
    assert not window.documents_view.mask_check.isEnabled()


def test_a_viewer_sees_masked_nik_in_the_cooperative_and_cannot_save_it(
    qtbot, services, runner, members
):
    from form_driving import WAIT, wait_loaded

    from kopdes_desktop.ui.models.cooperative_members_table_model import MemberColumn
    from kopdes_desktop.ui.views.cooperatives_view import CooperativesView

    siti, _budi = members
    coop = services.cooperatives.get_by_village("31.74.07.1001")
    services.users.login("vina", "sandi-vina-1")
    page = CooperativesView(services, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list_loaded, timeout=WAIT):
        page.show()
        page.refresh()
    form = page.open_cooperative(coop.id)
    wait_loaded(qtbot, form)
    model = form.section("members").model
    qtbot.waitUntil(lambda: model.rowCount() >= 1, timeout=WAIT)
    shown = [model.index(r, MemberColumn.NIK).data() for r in range(model.rowCount())]
    assert mask_nik(siti.nik) in shown and siti.nik not in shown

    form.identity.address_edit.setText("Jl. Baru No. 9")  # the services are the real guard
    assert not form.save()
    assert (
        form.form_message.text()
        == "Akun Anda tidak berhak melakukan ini. Hubungi admin kantor ini."
    )
    assert services.cooperatives.get(coop.id).address == coop.address


def test_everyone_changes_their_own_password_with_the_old_one(qtbot, services, accounts):
    from kopdes_desktop.ui.dialogs.password_dialog import PasswordDialog

    services.users.login("vina", "sandi-vina-1")
    dialog = PasswordDialog(services.users, "vina", own=True)
    qtbot.addWidget(dialog)
    dialog.old_edit.setText("salah")
    dialog.new_edit.setText("sandi-vina-2")
    dialog.repeat_edit.setText("sandi-vina-2")
    dialog.accept()
    assert dialog.error_label.text() == "Nama pengguna atau kata sandi salah."
    dialog.old_edit.setText("sandi-vina-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.users.verify_password("vina", "sandi-vina-2")


def test_the_account_button_offers_password_and_about(qtbot, services, accounts):
    from kopdes_desktop.ui.widgets.account_button import AccountButton

    button = AccountButton(services)
    qtbot.addWidget(button)
    assert button.text() == "Akun"
    assert [a.text() for a in button.menu().actions()] == [
        "Ganti kata sandi saya…",
        "Tentang program dan data pribadi…",
    ]
