"""Beranda: where am I working, how far its cooperative(s) got, what is still missing, and how
much has been recorded so far.

Counts are read in a worker so the window opens at once even on national-scale data; the
cards show "…" until they arrive. The cooperative list and its checklist load in workers of
their own (``HomeCooperativesPanel``), so the counts never wait for the stage rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.entities import AreaInfo, OfficeSettings
from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.services.stats_service import RecordCounts
from kopdes_desktop.services.wilayah_service import WilayahCounts
from kopdes_desktop.ui.display_names import area_full_name, level_name
from kopdes_desktop.ui.views.home_cooperatives_panel import HomeCooperativesPanel
from kopdes_desktop.ui.widgets.stat_card import StatCard
from kopdes_desktop.ui.workers import TaskControl, TaskRunner

CARD_COLUMNS = 4


@dataclass(frozen=True)
class HomeData:
    """Everything the home screen shows, read in one go by the worker."""

    settings: OfficeSettings
    area: AreaInfo | None
    records: RecordCounts
    areas: WilayahCounts


class HomeView(QWidget):
    """The first page: area name and level, office, record counts, reference-area counts."""

    refreshed = Signal()
    field_requested = Signal(str, str)
    """(cooperative id, field name or "") chosen from the completeness checklist."""

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self.data: HomeData | None = None
        self._requested = 0  # refreshes started; only the latest one's result is shown
        self._build()

    def _record_titles(self) -> list[tuple[str, str]]:
        """Which counts the cards show, in reading order (users and audit are admin matters)."""
        return [
            ("cooperatives", self.tr("Cooperatives")),
            ("persons", self.tr("People recorded")),
            ("memberships", self.tr("Memberships")),
            ("board_positions", self.tr("Board positions")),
            ("business_units", self.tr("Business units")),
            ("capital_payments", self.tr("Savings payments")),
            ("meetings", self.tr("Meetings")),
            ("training_events", self.tr("Trainings")),
            ("training_participants", self.tr("Training participants")),
            ("mentoring_visits", self.tr("Mentoring visits")),
            ("attachments", self.tr("Attachments")),
            ("documents", self.tr("Issued documents")),
        ]

    def _area_titles(self) -> list[tuple[str, str]]:
        return [
            ("provinces", self.tr("Provinces")),
            ("regencies", self.tr("Regencies and cities")),
            ("districts", self.tr("Districts")),
            ("villages", self.tr("Urban wards and villages")),
        ]

    def _build(self) -> None:
        content = QWidget(self)
        content.setObjectName("pageContent")
        self.area_label = QLabel("…", content)
        self.area_label.setObjectName("pageTitle")
        self.area_label.setWordWrap(True)
        self.area_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = QLabel(content)
        self.detail_label.setObjectName("pageSubtitle")
        self.detail_label.setWordWrap(True)

        self.record_cards: dict[str, StatCard] = {}
        records_grid = self._card_grid(self._record_titles(), self.record_cards, content)
        self.area_cards: dict[str, StatCard] = {}
        areas_grid = self._card_grid(self._area_titles(), self.area_cards, content)
        self.cooperatives_title = self._section_label(
            self.tr("Cooperatives of the working area"), content
        )
        self.cooperatives_panel = HomeCooperativesPanel(self._services, self._runner, content)
        self.cooperatives_panel.field_requested.connect(self.field_requested)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(8)
        layout.addWidget(self.area_label)
        layout.addWidget(self.detail_label)
        layout.addSpacing(14)
        layout.addWidget(self.cooperatives_title)
        layout.addWidget(self.cooperatives_panel)
        layout.addSpacing(14)
        layout.addWidget(self._section_label(self.tr("Recorded data"), content))
        layout.addLayout(records_grid)
        layout.addSpacing(14)
        layout.addWidget(
            self._section_label(self.tr("Reference list of areas (Kemendagri)"), content)
        )
        layout.addLayout(areas_grid)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _section_label(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("sectionTitle")
        return label

    @staticmethod
    def _card_grid(
        titles: list[tuple[str, str]], cards: dict[str, StatCard], parent: QWidget
    ) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, (key, title) in enumerate(titles):
            card = StatCard(title, parent)
            cards[key] = card
            grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
        for column in range(CARD_COLUMNS):
            grid.setColumnStretch(column, 1)
        return grid

    def refresh(self) -> None:
        """Re-read settings and counts in a worker (cheap; called when the page is shown)."""
        self._requested += 1
        ticket = self._requested
        # A bound method (not a lambda) as the slot: Qt drops it if this view is deleted.
        self._runner.start(
            lambda control: (ticket, self._load(control)), on_finished=self._on_loaded
        )

    def _load(self, _control: TaskControl) -> HomeData:
        settings = self._services.settings.get()
        area = self._services.wilayah.area_info(settings.area_code) if settings.area_code else None
        return HomeData(
            settings=settings,
            area=area,
            records=self._services.stats.record_counts(),
            areas=self._services.wilayah.counts(),
        )

    def _on_loaded(self, outcome: tuple[int, HomeData]) -> None:
        ticket, data = outcome
        if ticket != self._requested:  # an older refresh finished after a newer one began
            return
        self.data = data
        if data.area is None:
            self.area_label.setText(self.tr("No working area chosen yet"))
            self.detail_label.clear()
        else:
            self.area_label.setText(area_full_name(data.area))
            parts = [self.tr("Level: {level}").format(level=level_name(data.area.level))]
            if data.area.level is not WilayahLevel.COUNTRY:
                parts.append(self.tr("Area code: {code}").format(code=data.area.code))
            if data.settings.office_name:
                parts.append(self.tr("Office: {name}").format(name=data.settings.office_name))
            self.detail_label.setText("   ·   ".join(parts))
        counts = data.records.as_dict()
        for key, card in self.record_cards.items():
            card.set_value(counts[key])
        for key, card in self.area_cards.items():
            card.set_value(getattr(data.areas, key))
        own_village = (
            data.area.code
            if data.area is not None and data.area.level is WilayahLevel.VILLAGE
            else None
        )
        self.cooperatives_panel.refresh(data.settings.area_code, own_village)
        self.refreshed.emit()
