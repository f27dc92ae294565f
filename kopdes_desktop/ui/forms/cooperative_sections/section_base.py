"""What every section of the cooperative form shares: named fields with messages under them.

A section is one page of the form (Identitas, Pendiri, …). Fields are registered under the
names the domain uses for them (``deed_number``, ``simpanan_pokok``) so that an ``Issue`` from a
service or the Beranda checklist finds its widget and its message line without a lookup table
kept elsewhere. Sections that edit cooperative fields (identity, capital, legality) take part in
the form's Save; the others save each row at once through their service and ask the form to
reload (``SectionHost.reload``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import Cooperative
from kopdes_desktop.domain.errors import DomainError, Issue
from kopdes_desktop.ui.widgets.form_fields import FieldMessage

if TYPE_CHECKING:
    from kopdes_desktop.bootstrap import Services
    from kopdes_desktop.ui.forms.cooperative_data import CooperativeData
    from kopdes_desktop.ui.workers import TaskRunner


class SectionHost(Protocol):
    """What sections may ask of the form that holds them."""

    services: Services
    runner: TaskRunner

    @property
    def data(self) -> CooperativeData:
        """The latest bundle read from the database."""
        ...

    def ensure_saved(self) -> str | None:
        """The cooperative's id, saving a new registration first; None when that failed."""
        ...

    def reload(self) -> None:
        """Read everything again in a worker (after a row was saved)."""
        ...

    def report_error(self, exc: DomainError, field_prefix: str = "") -> None:
        """Show an expected problem next to its field, or in a message box."""
        ...

    def editor_changed(self) -> None:
        """A row editor got typing that is not saved yet (the form turns dirty)."""
        ...

    def editor_settled(self) -> None:
        """A row editor's typing was saved or dropped (the form may be clean again)."""
        ...


class CooperativeSection(QWidget):
    """Base of the form's sections: a title, named fields with a message line each.

    The form registers ``fields`` (with ``messages``) and ``extra_inputs`` with ``FormBase``,
    which then tracks edits, Enter navigation and messages; ``load`` runs inside the form's
    ``loading()`` so filling the widgets is not an edit.
    """

    section_key = ""
    """Stable name of the section (used by ``focus_field`` mapping and the drafts)."""

    extra_fields: frozenset[str] = frozenset()
    """Issue field names that belong here without a widget of their own (e.g. ``board``)."""

    def __init__(self, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.extra_inputs: list[QWidget] = []
        self.editor_dirty = False
        """The row editor (units, meetings) holds typing not saved yet."""
        self._filling_editor = 0

    # -- what subclasses say ------------------------------------------------------------------
    def title(self) -> str:
        """The translated name shown in the section list."""
        raise NotImplementedError

    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        """Show the bundle; ``keep_edits`` leaves unsaved typing in form fields alone."""

    def apply(self, coop: Cooperative) -> Cooperative:
        """The cooperative with this section's form fields as typed (sections without any
        return it unchanged)."""
        return coop

    def local_issues(self) -> list[Issue]:
        """Problems the widgets know of before any service is asked (an impossible date)."""
        return []

    def draft_state(self) -> dict[str, Any]:
        """What was typed into this section's form fields, JSON-serialisable."""
        return {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put a recovery draft's values back into the fields."""

    def focus_target(self, field_name: str) -> QWidget | None:
        """The widget to focus for ``field_name`` (the first table for list sections)."""
        return self.fields.get(field_name)

    def editor_inputs(self) -> dict[str, QLineEdit | QComboBox]:
        """The row editor's inputs by draft key, in the order they are put back (row sections
        override; combo boxes keep their item data, line edits their text)."""
        return {}

    def editing_id(self) -> str | None:
        """Id of the saved row the editor shows, or None for a new row (row sections override)."""
        return None

    def show_editing(self, record_id: str | None) -> None:
        """Select row ``record_id`` in the editor, or start a new row when it is None or gone
        (row sections override)."""

    def editor_state(self) -> dict[str, Any]:
        """What is typed into the row editor, JSON-serialisable."""
        if not self.editor_inputs():
            return {}
        state: dict[str, Any] = {"editing": self.editing_id()}
        for key, widget in self.editor_inputs().items():
            state[key] = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
        return state

    def set_editor_state(self, state: dict[str, Any]) -> None:
        """Put typed row-editor values back (a draft, or after a reload)."""
        inputs = self.editor_inputs()
        if not inputs:
            return
        self.show_editing(state.get("editing") or None)
        for key, widget in inputs.items():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(state.get(key))))
            else:
                widget.setText(str(state.get(key, "")))

    def save_editor(self) -> bool:
        """Save the row editor's typing through its service; False when refused."""
        return True

    # -- row editors: typing of a unit or meeting not saved yet -------------------------------
    def watch_editor(self, *widgets: QWidget) -> None:
        """Count changes of these row-editor inputs as unsaved typing (not their filling)."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._on_editor_edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._on_editor_edited)

    @contextmanager
    def filling_editor(self) -> Iterator[None]:
        """Fill the row editor without it counting as typing."""
        self._filling_editor += 1
        try:
            yield
        finally:
            self._filling_editor -= 1

    def _on_editor_edited(self, *_args: object) -> None:
        if self._filling_editor or self.editor_dirty:
            return
        self.editor_dirty = True
        self.host.editor_changed()

    def settle_editor(self) -> None:
        """The editor's typing was saved or replaced: nothing of it is pending any more."""
        if self.editor_dirty:
            self.editor_dirty = False
            self.host.editor_settled()

    def draft_editor(self) -> dict[str, Any]:
        """``{"editor": …}`` while the row editor holds unsaved typing, else ``{}``."""
        return {"editor": self.editor_state()} if self.editor_dirty else {}

    def restore_editor(self, state: dict[str, Any]) -> None:
        """Apply the ``"editor"`` part of a section draft (marks the editor as typed in)."""
        editor = state.get("editor")
        if not isinstance(editor, dict):
            return
        with self.filling_editor():
            self.set_editor_state(editor)
        self.editor_dirty = True

    # -- shared -------------------------------------------------------------------------------
    def owns(self, field_name: str) -> bool:
        """True when issues about ``field_name`` are shown in this section."""
        base = field_name.split("[", 1)[0].split(".", 1)[0]
        return (
            field_name in self.fields
            or field_name in self.extra_fields
            or base in self.extra_fields
        )

    def show_issues(self, issues: Iterable[Issue]) -> None:
        """Put each issue under its field; clear the messages of fields without any."""
        by_field: dict[str, list[Issue]] = {}
        for issue in issues:
            if issue.field in self.messages:
                by_field.setdefault(issue.field, []).append(issue)
        for name, message in self.messages.items():
            message.set_issues(by_field.get(name, []))

    def has_errors(self) -> bool:
        """True when a message under a field shows an error."""
        return any(m.is_error() for m in self.messages.values())

    def field(self, name: str, widget: QWidget) -> QWidget:
        """Register ``widget`` as field ``name``; returns a box with the widget above its
        message line, ready for a form layout."""
        self.fields[name] = widget
        widget.setObjectName(f"field_{name.replace('.', '_')}")
        message = FieldMessage(self)
        self.messages[name] = message
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(message)
        box.setFocusProxy(widget)
        return box

    def add_row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        """A labelled field with its message line in a form layout."""
        form.addRow(label, self.field(name, widget))

    def also_watch(self, widget: QWidget) -> QWidget:
        """An input that belongs to a registered field (the 2nd and 3rd chair, say): its
        edits count as changes too."""
        self.extra_inputs.append(widget)
        return widget


def select_record(table: QTableView, model: Any, record_id: str | None) -> bool:
    """Select the row of ``record_id`` (``model.row_of``); False, with the selection cleared,
    when it is None or no longer listed (a new row, or one deleted meanwhile)."""
    row = model.row_of(record_id) if record_id else -1
    table.setCurrentIndex(model.index(row if row >= 0 else -1, 0))
    return row >= 0


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted. The dialog is deleted afterwards, otherwise
    every person or payment typed would leave a hidden child behind for the form's lifetime."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def form_layout() -> QFormLayout:
    """A form layout with the spacing used throughout the form."""
    form = QFormLayout()
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(6)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def group(title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    """A titled group holding a form layout."""
    box = QGroupBox(title, parent)
    form = form_layout()
    box.setLayout(form)
    return box, form


def hint(text: str, parent: QWidget) -> QLabel:
    """A calm explanatory line."""
    label = QLabel(text, parent)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    return label


def section_title(text: str, parent: QWidget) -> QLabel:
    """The heading of a section page."""
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    return label


def data_table(parent: QWidget, stretch_column: int | None = None) -> QTableView:
    """A read-only, row-selecting table as every list of the form uses it."""
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.setFrameShape(QFrame.Shape.StyledPanel)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setStretchLastSection(False)
    return table


def stretch(table: QTableView, column: int) -> None:
    """Let one column take the free width (call after the model is set)."""
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
