"""Cascading Provinsi → Kabupaten/Kota → Kecamatan → Kelurahan/Desa picker with search.

Staff know their area by name, not by code, and scrolling 83,000 villages is hopeless: the
cascade narrows step by step, and the search field jumps straight to a name and fills the
cascade in, so both ways end in the same visible state. Reused wherever an area is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.services.wilayah_service import (
    COUNTRY_CODE,
    WilayahService,
    short_province_name,
)
from kopdes_desktop.ui.display_names import search_hint
from kopdes_desktop.ui.models.area_search_model import (
    AreaSearchColumn,
    AreaSearchModel,
    AreaSearchRow,
)

LEVELS = (WilayahLevel.PROVINCE, WilayahLevel.REGENCY, WilayahLevel.DISTRICT, WilayahLevel.VILLAGE)
SEARCH_DELAY_MS = 250
SEARCH_MIN_CHARS = 3
SEARCH_LIMIT = 30


def _depth(level: WilayahLevel) -> int:
    """Index of the combo for ``level``; -1 for the whole country (no combo needed)."""
    return LEVELS.index(level) if level in LEVELS else -1


class AreaPicker(QWidget):
    """Choose one area at a target level; emits ``selection_changed(code or None)``."""

    selection_changed = Signal(object)

    def __init__(
        self,
        wilayah: WilayahService,
        parent: QWidget | None = None,
        target_level: WilayahLevel = WilayahLevel.VILLAGE,
    ) -> None:
        super().__init__(parent)
        self._wilayah = wilayah
        self._target = target_level
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_now)
        self._build()
        self._apply_path([])

    # --- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_return)
        self.search_status = QLabel(self)
        self.search_status.setObjectName("hintLabel")
        self.results_model = AreaSearchModel(self)
        self.results_view = QTableView(self)
        self.results_view.setModel(self.results_model)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.verticalHeader().hide()
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setWordWrap(False)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(AreaSearchColumn.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.results_view.setFixedHeight(132)
        self.results_view.clicked.connect(self._on_result_chosen)
        self.results_view.activated.connect(self._on_result_chosen)

        self.combos: dict[WilayahLevel, QComboBox] = {}
        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Search:"), self.search_edit)
        form.addRow("", self.search_status)
        form.addRow("", self.results_view)
        labels = (
            self.tr("Province:"),
            self.tr("Regency/City:"),
            self.tr("District:"),
            self.tr("Urban ward/Village:"),
        )
        for depth, (level, label) in enumerate(zip(LEVELS, labels, strict=True)):
            combo = QComboBox(self)
            combo.setMinimumContentsLength(28)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMaxVisibleItems(20)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(lambda _i, d=depth: self._on_combo_changed(d))
            self.combos[level] = combo
            form.addRow(label, combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    def _placeholder(self, level: WilayahLevel) -> str:
        texts = {
            WilayahLevel.PROVINCE: self.tr("— choose a province —"),
            WilayahLevel.REGENCY: self.tr("— choose a regency or city —"),
            WilayahLevel.DISTRICT: self.tr("— choose a district —"),
            WilayahLevel.VILLAGE: self.tr("— choose an urban ward or village —"),
        }
        return texts[level]

    # --- public API ---------------------------------------------------------------------
    @property
    def target_level(self) -> WilayahLevel:
        """The level the chosen area must have."""
        return self._target

    def set_target_level(self, level: WilayahLevel) -> None:
        """Stop the cascade at ``level``; keeps what was chosen above it."""
        path = self._current_path()
        level = WilayahLevel(level)  # item data round-trips a StrEnum as a plain str
        self._target = level
        self.search_edit.setPlaceholderText(search_hint(level))
        self.search_edit.setEnabled(level is not WilayahLevel.COUNTRY)
        self.results_model.set_rows([])
        self.search_status.clear()
        self._apply_path(path)
        self.selection_changed.emit(self.selected_code())

    def form_layout(self) -> QFormLayout:
        """The picker's form, so a dialog can add rows whose labels line up with ours."""
        return self._form

    def selected_code(self) -> str | None:
        """Code of the chosen area at the target level, or None while incomplete."""
        if self._target is WilayahLevel.COUNTRY:
            return COUNTRY_CODE
        return self.combos[self._target].currentData()

    def select_code(self, code: str) -> None:
        """Fill the cascade down to ``code`` (as the search does)."""
        chain = self._wilayah.lineage(code)
        self._apply_path([w.code for w in reversed(chain)])
        self.selection_changed.emit(self.selected_code())

    def search_now(self) -> None:
        """Run the search for the current text (also after the typing pause)."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if len(text) < SEARCH_MIN_CHARS or self._target is WilayahLevel.COUNTRY:
            self.results_model.set_rows([])
            self.search_status.setText(
                self.tr("Type at least %n letter(s).", "", SEARCH_MIN_CHARS) if text else ""
            )
            return
        found = self._wilayah.search(text, level=self._target, limit=SEARCH_LIMIT)
        rows = [AreaSearchRow(w, self._parents_text(w.parent_code)) for w in found]
        self.results_model.set_rows(rows)
        if not rows:
            self.search_status.setText(self.tr('No area matches "{text}".').format(text=text))
        elif len(rows) >= SEARCH_LIMIT:
            self.search_status.setText(
                self.tr("The first %n results; type more letters to narrow them.", "", len(rows))
            )
        else:
            self.search_status.setText(
                self.tr("%n result(s); click one to choose it.", "", len(rows))
            )

    # --- internals ----------------------------------------------------------------------
    def _parents_text(self, parent_code: str | None) -> str:
        if parent_code is None:
            return self.tr("Indonesia")
        return self._wilayah.area_info(parent_code).full_name

    def _current_path(self) -> list[str]:
        path = []
        for level in LEVELS:
            code = self.combos[level].currentData()
            if code is None:
                break
            path.append(code)
        return path

    def _apply_path(self, path: list[str], start: int = 0) -> None:
        """Rebuild the combos from depth ``start`` down, selecting ``path`` to the target.

        Combos above ``start`` are left alone, so the combo the user just changed is never
        cleared from inside its own signal.
        """
        target = _depth(self._target)
        parent: str | None = COUNTRY_CODE
        for depth, level in enumerate(LEVELS):
            combo = self.combos[level]
            if depth < start:
                parent = combo.currentData() if combo.isEnabled() else None
                continue
            combo.blockSignals(True)
            combo.clear()
            active = parent is not None and depth <= target
            if active:
                combo.addItem(self._placeholder(level), None)
                for area in self._wilayah.children(parent):
                    name = short_province_name(area.name) if depth == 0 else area.name
                    combo.addItem(name, area.code)
                wanted = path[depth] if depth < len(path) else None
                index = combo.findData(wanted) if wanted is not None else -1
                combo.setCurrentIndex(max(index, 0))
            combo.setEnabled(active)
            combo.blockSignals(False)
            parent = combo.currentData() if active else None

    def _on_combo_changed(self, depth: int) -> None:
        self._apply_path(self._current_path()[: depth + 1], start=depth + 1)
        self.selection_changed.emit(self.selected_code())

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_return(self) -> None:
        self.search_now()
        if self.results_model.rowCount() == 1:
            self._choose_row(0)

    def _on_result_chosen(self, index) -> None:
        if index.isValid():
            self._choose_row(index.row())

    def _choose_row(self, row: int) -> None:
        self.select_code(self.results_model.row_at(row).area.code)
        self.results_view.selectRow(row)
