"""What every data-entry form shares: keyboard flow, messages next to fields, honest saving,
unsaved-change protection and recovery drafts.

Two bases with the same behaviour: ``FormDialog`` (a ``QDialog``; Esc closes) and ``FormBase``
(a ``QWidget`` embedded in a page or a tab). A form subclass

1. builds its widgets and registers each input with ``field_box(name, widget)`` (returns the
   widget wrapped with its ``FieldMessage`` for a ``QFormLayout`` row; ``name`` is the
   ``Issue.field`` the services use) and places ``self.form_message`` (issues of unknown
   fields) and ``self.button_row()`` (or its own buttons calling ``save()``);
2. fills stored values inside ``with self.loading():`` so they do not count as edits;
3. implements ``save_record()`` (call the service, return what it returned; raise the
   service's ``DomainError``), optionally ``live_issues()`` (messages as you type, e.g.
   ``services.persons.validate(...)``), and ``draft_state()`` / ``restore_draft(state)``
   (JSON-serialisable: keep dates as the typed text);
4. calls ``configure_drafts(store, kind, record_id)`` at the end of ``__init__``.

The base then gives: Enter moves to the next field (not inside multi-line text, not while a
completer or combo list is open); Ctrl+S saves; Esc / close asks "close without saving?"
when there are unsaved edits; "Tersimpan" is shown only after the service returned; errors
block saving and move the focus to the first bad field; warnings never block; drafts are
written every ``AUTOSAVE_MS`` while dirty and on close or quit, and deleted after a save or
an explicit discard; an existing draft for the same form and record is offered on first show.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.errors import DomainError, Issue
from kopdes_desktop.storage.faults import environment_problem
from kopdes_desktop.ui.forms.enter_navigation import enter_moves_on, is_navigable_input
from kopdes_desktop.ui.forms.form_drafts import FormDraftsMixin
from kopdes_desktop.ui.issue_messages import issues_of
from kopdes_desktop.ui.widgets.form_fields import FieldMessage

log = logging.getLogger(__name__)


class FormMixin(FormDraftsMixin):
    """The shared behaviour; mixed into ``FormBase`` and ``FormDialog`` (see module doc)."""

    AUTOSAVE_MS = 3000
    """How often a dirty form writes its draft."""
    VALIDATE_MS = 150
    """Pause after the last keystroke before messages are refreshed."""

    # --- hooks for subclasses ---------------------------------------------------------
    def save_record(self) -> Any:
        """Call the service and return its result; raise its DomainError when refused."""
        raise NotImplementedError

    def live_issues(self) -> list[Issue]:
        """Findings on what is typed now (errors block saving, warnings do not)."""
        return []

    def draft_state(self) -> dict[str, Any]:
        """Everything typed, JSON-serialisable, for the recovery draft."""
        return {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put a draft's state back into the widgets."""

    def draft_title(self) -> str:
        """What the start-up recovery question lists for this draft."""
        return self.windowTitle()  # type: ignore[attr-defined, no-any-return]

    # --- set-up -----------------------------------------------------------------------
    def _init_form(self) -> None:
        widget: QWidget = self  # type: ignore[assignment]
        self._fields: dict[str, QWidget] = {}
        self._messages: dict[str, FieldMessage] = {}
        self._aliases: dict[str, str] = {}
        self._dirty = False
        self._loading = 0
        self._drafts = None
        self._draft_kind = ""
        self._draft_record: str | None = None
        self._draft_context: dict[str, Any] = {}
        self._draft_settled = False  # offered, applied or declined: never ask twice
        self._shown_once = False
        self.saved_record: Any = None
        self.current_issues: list[Issue] = []
        self.form_message = FieldMessage(widget)
        self.form_message.setObjectName("formMessage")
        self.status_label = QLabel(widget)
        self.status_label.setObjectName("formStatus")
        self.autosave_timer = QTimer(widget)
        self.autosave_timer.setInterval(self.AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.write_draft)
        self._validate_timer = QTimer(widget)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(self.VALIDATE_MS)
        self._validate_timer.timeout.connect(self.refresh_issues)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), widget)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.write_draft)

    # --- fields and messages ----------------------------------------------------------
    def add_field(
        self,
        name: str,
        widget: QWidget,
        message: FieldMessage | None = None,
        aliases: Iterable[str] = (),
    ) -> FieldMessage:
        """Register an input: edits mark the form dirty, issues of ``name`` show next to it."""
        message = message or FieldMessage(self)  # type: ignore[arg-type]
        self._fields[name] = widget
        self._messages[name] = message
        for alias in aliases:
            self._aliases[alias] = name
        self.watch(widget)
        self.install_enter_navigation(widget)
        return message

    def field_box(self, name: str, widget: QWidget, aliases: Iterable[str] = ()) -> QWidget:
        """``widget`` with its message underneath, registered as ``name``; for a form row."""
        box = QWidget(self)  # type: ignore[arg-type]
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.add_field(name, widget, FieldMessage(box), aliases))
        box.setFocusProxy(widget)
        return box

    def field(self, name: str) -> QWidget:
        """The widget registered as ``name``."""
        return self._fields[name]

    def message(self, name: str) -> FieldMessage:
        """The message shown next to field ``name``."""
        return self._messages[name]

    def watch(self, widget: QWidget) -> None:
        """Count the widget's user edits as changes (done by ``add_field``)."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._on_edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._on_edited)
            if widget.isEditable():
                widget.editTextChanged.connect(self._on_edited)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(self._on_edited)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(self._on_edited)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(self._on_edited)
        elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
            widget.valueChanged.connect(self._on_edited)

    def show_issues(self, issues: Iterable[Issue]) -> None:
        """Put each issue next to its field; issues of unknown fields go to ``form_message``."""
        self.current_issues = list(issues)
        by_field: dict[str, list[Issue]] = {name: [] for name in self._messages}
        unplaced: list[Issue] = []
        for issue in self.current_issues:
            name = self._aliases.get(issue.field or "", issue.field or "")
            by_field.get(name, unplaced).append(issue)
        for name, message in self._messages.items():
            message.set_issues(by_field[name])
            widget = self._fields[name]
            bad = message.is_error()
            if widget.property("invalid") != bad and not isinstance(widget, QAbstractButton):
                widget.setProperty("invalid", bad)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.form_message.set_issues(unplaced)

    def has_errors(self) -> bool:
        """True when a shown issue blocks saving."""
        return any(i.is_error for i in self.current_issues)

    def refresh_issues(self) -> None:
        """Re-run ``live_issues`` and show them (called ~150 ms after the last keystroke)."""
        self.show_issues(self.live_issues())

    def schedule_validation(self) -> None:
        """Refresh the messages shortly (restarts the pause)."""
        self._validate_timer.start()

    # --- dirty state ------------------------------------------------------------------
    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill widgets without it counting as an edit."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def is_dirty(self) -> bool:
        """True when there are edits not saved yet."""
        return self._dirty

    def mark_dirty(self) -> None:
        """Note an edit (widgets registered with ``add_field`` do it themselves)."""
        if not self._dirty:
            self._dirty = True
            self.status_label.clear()
            self.autosave_timer.start()
            self.dirty_changed.emit(True)  # type: ignore[attr-defined]

    def set_clean(self) -> None:
        """No unsaved edits any more (after a save or a discard)."""
        self.autosave_timer.stop()
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)  # type: ignore[attr-defined]

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.mark_dirty()
        self.schedule_validation()

    # --- saving -----------------------------------------------------------------------
    def save(self) -> bool:
        """Check, save through ``save_record`` and say "Tersimpan" only when it returned."""
        self._validate_timer.stop()
        self.show_issues(self.live_issues())
        if self.has_errors():
            self._refuse()
            return False
        try:
            record = self.save_record()
        except DomainError as exc:
            log.info("save refused: %s", exc)
            self.show_issues(issues_of(exc))
            self._refuse()
            return False
        except Exception as exc:  # disk full, read-only folder, locked database
            problem = environment_problem(exc)
            if problem is None:
                raise
            log.warning("save failed: %s", problem.code, exc_info=True)
            self.show_issues(issues_of(problem))
            self.status_label.setProperty("state", "error")
            self.status_label.setText(
                self.tr("Not saved; what you typed is kept.")  # type: ignore[attr-defined]
            )
            self._repolish(self.status_label)
            return False
        self._after_save(record)
        return True

    def _refuse(self) -> None:
        self.status_label.setProperty("state", "error")
        self.status_label.setText(
            self.tr(  # type: ignore[attr-defined]
                "Not saved: correct the entries marked in red."
            )
        )
        self._repolish(self.status_label)
        for name, message in self._messages.items():
            if message.is_error():
                self._fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _after_save(self, record: Any) -> None:
        self.saved_record = record
        self.set_clean()
        self.discard_draft()
        self.status_label.setProperty("state", "saved")
        self.status_label.setText(
            self.tr("Saved at {time}").format(  # type: ignore[attr-defined]
                time=datetime.now().strftime("%H.%M")
            )
        )
        self._repolish(self.status_label)
        self.saved.emit(record)  # type: ignore[attr-defined]

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # --- closing ----------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Ask before unsaved edits are thrown away; True means "close without saving"."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),  # type: ignore
            self.tr("The changes are not saved. Close without saving?"),  # type: ignore
            QMessageBox.StandardButton.NoButton,
            self,
        )  # type: ignore[arg-type]
        leave = box.addButton(
            self.tr("Close without saving"),  # type: ignore[attr-defined]
            QMessageBox.ButtonRole.DestructiveRole,
        )
        stay = box.addButton(
            self.tr("Back to the form"),  # type: ignore[attr-defined]
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is leave

    def may_close(self) -> bool:
        """True when there is nothing unsaved or the user agreed to drop it (draft deleted)."""
        if self._dirty and not self.confirm_discard():
            return False
        self.discard_draft()
        self.set_clean()
        return True

    # --- keyboard ---------------------------------------------------------------------
    def install_enter_navigation(self, root: QWidget | None = None) -> None:
        """Make Enter move to the next field in ``root`` (default: every input of the form)."""
        widgets = [root] if root is not None else self.findChildren(QWidget)  # type: ignore
        for widget in widgets:
            if is_navigable_input(widget):
                widget.installEventFilter(self)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a one-line input moves on, like Tab (the dialog's default button waits)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and enter_moves_on(watched, event)
        ):
            self.focusNextChild()  # type: ignore[attr-defined]
            return True
        return super().eventFilter(watched, event)  # type: ignore[misc, no-any-return]

    def _first_show(self) -> None:
        if self._shown_once:
            return
        self._shown_once = True
        self.install_enter_navigation()
        QTimer.singleShot(0, self.offer_draft)  # type: ignore[arg-type]

    # --- layout helpers ---------------------------------------------------------------
    def button_row(self, save_text: str | None = None) -> QHBoxLayout:
        """Status text, then Cancel/Close and Save (default) buttons, ready for a layout."""
        parent: QWidget = self  # type: ignore[assignment]
        self.save_button = QPushButton(save_text or self.tr("Save"), parent)  # type: ignore
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))  # type: ignore[attr-defined]
        self.save_button.setDefault(isinstance(self, QDialog))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Close"), parent)  # type: ignore
        self.cancel_button.setToolTip(self.tr("Close (Esc)"))  # type: ignore[attr-defined]
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def _on_cancel_clicked(self) -> None:
        raise NotImplementedError


class FormDialog(FormMixin, QDialog):
    """A form in its own window; Esc and the close button ask before dropping edits."""

    saved = Signal(object)
    """Emitted with the service's result after a successful save (the dialog then closes)."""
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, close_on_save: bool = True) -> None:
        super().__init__(parent)
        self._close_on_save = close_on_save
        self._init_form()

    def _after_save(self, record: Any) -> None:
        super()._after_save(record)
        if self._close_on_save:
            self.accept()

    def reject(self) -> None:
        """Esc, Close and the window's X: ask first when there are unsaved edits."""
        if self.may_close():
            super().reject()

    def _on_cancel_clicked(self) -> None:
        self.reject()

    def showEvent(self, event: QShowEvent) -> None:
        """On first show: Enter navigation for every input, then offer a stored draft."""
        super().showEvent(event)
        self._first_show()


class FormBase(FormMixin, QWidget):
    """A form embedded in a page or tab; Esc asks to leave (``close_requested``)."""

    saved = Signal(object)
    """Emitted with the service's result after a successful save."""
    dirty_changed = Signal(bool)
    close_requested = Signal()
    """Esc was pressed and leaving was allowed (unsaved edits dropped or none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_form()
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_cancel_clicked)

    def _on_cancel_clicked(self) -> None:
        if self.may_close():
            self.close_requested.emit()
            if self.isWindow():
                self.close()

    def showEvent(self, event: QShowEvent) -> None:
        """On first show: Enter navigation for every input, then offer a stored draft."""
        super().showEvent(event)
        self._first_show()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A stand-alone form keeps its draft when the window closes with edits."""
        self.write_draft()
        super().closeEvent(event)
