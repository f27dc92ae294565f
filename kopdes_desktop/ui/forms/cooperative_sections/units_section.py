"""Unit Usaha: the seven standard business units and others, with status and opening date.

An operating unit is what monitoring counts for stage 8, so the unit service asks for its
opening date; the message appears under the date field of the editor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.entities import BusinessUnit
from kopdes_desktop.domain.enums import UnitKind, UnitStatus
from kopdes_desktop.domain.errors import DomainError, ValidationError, error
from kopdes_desktop.ui.display_names import unit_kind_name, unit_status_name
from kopdes_desktop.ui.forms.cooperative_data import CooperativeData
from kopdes_desktop.ui.forms.cooperative_sections.section_base import (
    CooperativeSection,
    SectionHost,
    data_table,
    form_layout,
    select_record,
    stretch,
)
from kopdes_desktop.ui.models.row_table_model import RowRole
from kopdes_desktop.ui.models.units_table_model import UnitColumn, UnitsTableModel
from kopdes_desktop.ui.widgets.form_fields import DateField, FieldMessage


class UnitsSection(CooperativeSection):
    """Unit table above an editor for the selected (or a new) unit."""

    section_key = "units"
    extra_fields = frozenset({"units", "unit"})

    def __init__(self, host: SectionHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._data: CooperativeData | None = None
        self._editing: BusinessUnit | None = None
        self._holding_typing = False
        self._build()

    def title(self) -> str:
        return self.tr("Business units")

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.rule_message = FieldMessage(self)
        self.model = UnitsTableModel(self)
        self.table = data_table(self)
        self.table.setModel(self.model)
        stretch(self.table, UnitColumn.NOTES)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.rule_message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._editor())

    def _editor(self) -> QWidget:
        self.editor_box = QGroupBox(self.tr("New business unit"), self)
        self.kind_combo = QComboBox(self.editor_box)
        for kind in UnitKind:
            self.kind_combo.addItem(unit_kind_name(kind), kind.value)
        self.name_edit = QLineEdit(self.editor_box)
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr('Needed for "other"; optional otherwise'))
        self.status_combo = QComboBox(self.editor_box)
        for status in UnitStatus:
            self.status_combo.addItem(unit_status_name(status), status.value)
        self.opening_edit = DateField(self.editor_box)
        self.location_edit = QLineEdit(self.editor_box)
        self.location_edit.setMaxLength(300)
        self.notes_edit = QLineEdit(self.editor_box)
        self.editor_messages: dict[str, FieldMessage] = {}
        left, right = form_layout(), form_layout()
        for form, name, label, widget in (
            (left, "kind", self.tr("Kind:"), self.kind_combo),
            (left, "name", self.tr("Name:"), self.name_edit),
            (left, "status", self.tr("Status:"), self.status_combo),
            (right, "opening_date", self.tr("Opened on:"), self.opening_edit),
            (right, "location", self.tr("Location:"), self.location_edit),
            (right, "notes", self.tr("Notes:"), self.notes_edit),
        ):
            form.addRow(label, self._with_message(name, widget))
        self.new_button = QPushButton(self.tr("New unit"), self.editor_box)
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save unit"), self.editor_box)
        self.save_button.clicked.connect(self.save_unit)
        self.delete_button = QPushButton(self.tr("Delete unit"), self.editor_box)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        box_layout = QVBoxLayout(self.editor_box)
        box_layout.addLayout(columns)
        box_layout.addLayout(buttons)
        self.watch_editor(
            self.kind_combo,
            self.name_edit,
            self.status_combo,
            self.opening_edit,
            self.location_edit,
            self.notes_edit,
        )
        self.start_new()
        return self.editor_box

    def _with_message(self, name: str, widget: QWidget) -> QWidget:
        message = FieldMessage(self.editor_box)
        self.editor_messages[name] = message
        box = QWidget(self.editor_box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(message)
        box.setFocusProxy(widget)
        return box

    # -- data ---------------------------------------------------------------------------------
    def load(self, data: CooperativeData, *, keep_edits: bool = False) -> None:
        self._data = data
        editing = self._editing.id if self._editing else None
        # A reload after another save must not overwrite a unit being typed.
        self._holding_typing = keep_edits and self.editor_dirty
        try:
            self.model.set_rows(list(data.units))
            self.rule_message.set_issues([i for i in data.issues if i.field == "units"])
            row = self.model.row_of(editing) if editing else -1
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._holding_typing = False
        for button in (self.new_button, self.save_button):
            button.setEnabled(True)

    def focus_target(self, field_name: str) -> QWidget | None:
        return self.table if self.model.rowCount() else self.kind_combo

    def _on_row_changed(self, *_args: object) -> None:
        index = self.table.currentIndex()
        if index.isValid() and not self._holding_typing:
            self._edit(index.data(RowRole))

    def _edit(self, unit: BusinessUnit | None) -> None:
        self.settle_editor()
        with self.filling_editor():
            self._fill_editor(unit)

    def _fill_editor(self, unit: BusinessUnit | None) -> None:
        self._editing = unit
        self.editor_box.setTitle(
            self.tr("Edit business unit") if unit else self.tr("New business unit")
        )
        kind = unit.kind if unit else UnitKind.SEMBAKO
        status = unit.status if unit else UnitStatus.DIRENCANAKAN
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        self.name_edit.setText(unit.name if unit else "")
        self.opening_edit.setDate(unit.opening_date if unit else None)
        self.location_edit.setText(unit.location if unit else "")
        self.notes_edit.setText(unit.notes if unit else "")
        self.delete_button.setEnabled(unit is not None)
        for message in self.editor_messages.values():
            message.clear()

    def start_new(self) -> None:
        """Empty the editor for a new unit and put the cursor on its kind."""
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, 0))
        self._edit(None)
        self.kind_combo.setFocus()

    def typed_unit(self) -> BusinessUnit:
        """The unit as typed in the editor (keeps the id of the unit being edited)."""
        values = {
            "kind": UnitKind(self.kind_combo.currentData()),
            "name": self.name_edit.text().strip(),
            "status": UnitStatus(self.status_combo.currentData()),
            "opening_date": self.opening_edit.date(),
            "location": self.location_edit.text().strip(),
            "notes": self.notes_edit.text().strip(),
        }
        if self._editing is not None:
            return replace(self._editing, **values)
        cooperative_id = self._data.cooperative.id if self._data else ""
        return BusinessUnit(cooperative_id=cooperative_id, **values)  # type: ignore[arg-type]

    def editor_inputs(self) -> dict[str, QLineEdit | QComboBox]:
        return {
            "kind": self.kind_combo,
            "status": self.status_combo,
            "name": self.name_edit,
            "opening_date": self.opening_edit,
            "location": self.location_edit,
            "notes": self.notes_edit,
        }

    def editing_id(self) -> str | None:
        return self._editing.id if self._editing else None

    def show_editing(self, record_id: str | None) -> None:
        if not select_record(self.table, self.model, record_id):
            self._edit(None)  # a new unit, or the unit was deleted meanwhile

    def draft_state(self) -> dict[str, Any]:
        return self.draft_editor()

    def restore_draft(self, state: dict[str, Any]) -> None:
        self.restore_editor(state)

    def save_editor(self) -> bool:
        return self.save_unit() is not None

    def save_unit(self) -> BusinessUnit | None:
        """Save the editor's unit through the unit service; None when refused."""
        if not self.opening_edit.is_valid():
            self._show([error("date.invalid", "opening_date", value=self.opening_edit.text())])
            return None
        cooperative_id = self.host.ensure_saved()
        if cooperative_id is None:
            return None
        try:
            saved = self.host.services.units.save(
                replace(self.typed_unit(), cooperative_id=cooperative_id)
            )
        except ValidationError as exc:
            self._show(list(exc.issues))
            return None
        except DomainError as exc:
            self.host.report_error(exc)
            return None
        self._edit(None)
        self.kind_combo.setFocus()
        self.host.reload()
        return saved

    def _show(self, issues: list) -> None:
        for name, message in self.editor_messages.items():
            message.set_issues([i for i in issues if i.field == name])
        bad = next(
            (i.field for i in issues if i.is_error and i.field in self.editor_messages), None
        )
        if bad == "opening_date":
            self.opening_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif bad == "name":
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_delete_clicked(self) -> None:
        unit = self._editing
        if unit is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete unit"),
            self.tr(
                'Delete the unit {name}? A unit that closed should get the status "Stopped" '
                "instead."
            ).format(name=unit.name or unit_kind_name(unit.kind)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.host.services.units.delete(unit.id)
        except DomainError as exc:
            self.host.report_error(exc)
        self._edit(None)
        self.host.reload()
