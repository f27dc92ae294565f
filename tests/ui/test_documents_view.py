"""The Dokumen page: issue a profile, preview the very PDF, save it, check it, batch
certificates with progress."""

from __future__ import annotations

import io

import pytest
from document_demo import demo_coop
from pdf_tamper import flip_content_byte
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument

from kopdes_desktop.ui.views.documents_view import DocumentsView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, services, runner):
    demo = demo_coop(services)
    widget = DocumentsView(services, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.coop_combo.count() == 1, timeout=10_000)
    widget.demo = demo
    return widget


def _create(qtbot, view):
    with qtbot.waitSignal(view.document_ready, timeout=30_000):
        view.create_button.click()
    qtbot.waitUntil(lambda: view.pdf_document.status() == QPdfDocument.Status.Ready, timeout=10_000)


def test_profile_is_issued_and_previewed_page_for_page(qtbot, view):
    assert not view.print_button.isEnabled()
    view.select(view.demo.cooperative_id, "profil")
    assert view.coop_combo.isEnabled() and not view.event_combo.isEnabled()
    _create(qtbot, view)
    built = view.current_document()
    assert built is not None and built.number
    assert view.page_count() == len(PdfReader(io.BytesIO(built.pdf)).pages) >= 1
    assert built.number in view.status_label.text()
    assert built.verification_code in view.status_label.text()
    assert view.print_button.isEnabled() and view.save_button.isEnabled()


def test_saved_file_is_the_issued_pdf_and_checks_as_genuine(qtbot, view, tmp_path):
    view.select(view.demo.cooperative_id, "susunan_pengurus")
    view.mask_check.setChecked(True)
    _create(qtbot, view)
    path = view.save_to(tmp_path / "susunan.pdf")
    assert path.read_bytes() == view.current_document().pdf
    assert len(PdfReader(path).pages) >= 1
    assert "Disimpan" in view.status_label.text()

    text, result = view.verify_file(path)
    assert result is not None and result.ok
    assert text.startswith("Asli") and "kantor ini" in text

    changed = tmp_path / "diubah.pdf"
    changed.write_bytes(flip_content_byte(path.read_bytes()))
    text, result = view.verify_file(changed)
    assert not result.ok and text.startswith("Berubah")
    text, result = view.verify_file(tmp_path / "tidak-ada.pdf")
    assert result is None and "tidak dapat dibaca" in text


def test_certificates_of_a_training_are_written_with_progress(qtbot, view, tmp_path):
    view.select(None, "daftar_hadir_pelatihan", view.demo.event_id)
    assert view.event_combo.isEnabled() and not view.coop_combo.isEnabled()
    with qtbot.waitSignal(view.batch_finished, timeout=30_000) as finished:
        view.start_certificates(tmp_path)
    assert finished.args == [view.demo.participants]
    files = sorted(tmp_path.glob("sertifikat_*.pdf"))
    assert len(files) == view.demo.participants
    assert not view.progress_bar.isVisible()
    assert "sertifikat" in view.status_label.text()
