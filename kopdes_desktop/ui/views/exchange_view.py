"""Ekspor/Impor: packages for the Sudin and Dinas, packages from other offices, monitoring.

Export asks what to include (``ExportDialog``) and writes the signed package in a worker.
Import is always two steps: the package is checked and planned in a worker (nothing is
saved), the difference view shows per cooperative what is new, changed, unchanged or in
conflict, and only "Apply import" writes, all or nothing, with the operator's choice for each
conflict. A package from an office not known yet is imported only after the operator has
compared its key fingerprint and accepted it. Every long step shows progress and can be
cancelled; a .zip dropped on the page is opened like "Choose package…".
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdes_desktop.bootstrap import Services
from kopdes_desktop.domain.enums import WilayahLevel
from kopdes_desktop.domain.errors import DomainError
from kopdes_desktop.domain.identifiers import code_level
from kopdes_desktop.domain.permissions import Action
from kopdes_desktop.exchange.import_plan import ImportPlan
from kopdes_desktop.services.exchange_export import ExportResult
from kopdes_desktop.services.exchange_labels import record_labels
from kopdes_desktop.ui.dialogs.error_dialog import report_exception
from kopdes_desktop.ui.dialogs.export_dialog import ExportDialog, ExportOptions
from kopdes_desktop.ui.exchange_messages import exchange_error_text
from kopdes_desktop.ui.role_names import hide_unless
from kopdes_desktop.ui.views.exchange_import_panel import ImportPanel
from kopdes_desktop.ui.views.exchange_monitoring_panel import MonitoringPanel
from kopdes_desktop.ui.workers import TaskRunner, Worker

PACKAGE_SUFFIX = ".zip"


class ExchangeView(QWidget):
    """Tabs Ekspor, Impor and (for monitoring offices) Pemantauan, with one progress bar."""

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._job: Worker | None = None
        self._pending_path: Path | None = None
        self.last_export: ExportResult | None = None
        self.setAcceptDrops(True)
        self._build()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Export/Import"), self)
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._export_tab(), self.tr("Export"))
        self.import_panel = ImportPanel(self)
        self.import_panel.apply_requested.connect(self._on_apply_requested)
        self.tabs.addTab(self._import_tab(), self.tr("Import"))
        self.monitoring = MonitoringPanel(self._services, self._runner, self)
        self._monitoring_index = self.tabs.addTab(self.monitoring, self.tr("Monitoring"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.progress = QProgressBar(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._on_cancel)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        self._set_busy(None)

    def _export_tab(self) -> QWidget:
        tab = QWidget(self)
        intro = QLabel(
            self.tr(
                "A package is one signed .zip file with the records of your area (or of one "
                "cooperative), a recap workbook (rekap.xlsx) and CSV copies for spreadsheets. Send "
                "it to the Sudin or Dinas on a flash drive or by upload; they import it here."
            ),
            tab,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hintLabel")
        self.export_button = QPushButton(self.tr("Export a package…"), tab)
        self.export_button.clicked.connect(self._on_export)
        self.export_result = QLabel(tab)
        self.export_result.setWordWrap(True)
        self.export_result.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.export_result)
        layout.addStretch(1)
        return tab

    def _import_tab(self) -> QWidget:
        tab = QWidget(self)
        self.choose_button = QPushButton(self.tr("Choose package…"), tab)
        hide_unless(self._services.ctx, Action.IMPORT, self.choose_button)  # viewers read
        self.choose_button.clicked.connect(self._on_choose_package)
        hint = QLabel(self.tr("or drop a .zip file on this page"), tab)
        hint.setObjectName("hintLabel")
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(hint)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.import_panel, 1)
        return tab

    # -- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the monitoring tab only to offices above village level."""
        area = self._services.settings.get().area_code
        monitoring = area is not None and code_level(area) is not WilayahLevel.VILLAGE
        self.tabs.setTabVisible(self._monitoring_index, monitoring)

    def _on_tab_changed(self, index: int) -> None:
        """The monitoring lists are read when the tab is opened (they change with imports)."""
        if index == self._monitoring_index:
            self.monitoring.refresh()

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.export_button.setEnabled(not busy)
        self.choose_button.setEnabled(not busy)
        self.import_panel.set_busy(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status_label.setText(text)

    def is_busy(self) -> bool:
        """True while an export, check or import runs."""
        return self._job is not None

    def _start(self, text: str, task, on_finished, on_failed=None) -> None:
        self._set_busy(text)
        self._job = self._runner.start(
            task,
            on_finished=on_finished,
            on_failed=on_failed or self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_cancelled,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _on_cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)

    def _on_cancelled(self) -> None:
        self._job = None
        self._set_busy(None)
        self.status_label.setText(self.tr("Cancelled. Nothing was changed."))

    def _on_failed(self, exc: BaseException) -> None:
        self._job = None
        self._set_busy(None)
        if isinstance(exc, DomainError) and exc.code == "exchange.cancelled":
            self._on_cancelled()
            return
        if isinstance(exc, DomainError):
            self.status_label.setText(exchange_error_text(exc))
            QMessageBox.warning(self, self.tr("Export/Import"), exchange_error_text(exc))
            return
        self.status_label.setText("")
        report_exception(exc, self)

    # -- export ---------------------------------------------------------------------------
    def _on_export(self) -> None:
        dialog = ExportDialog(self._services, self)
        if dialog.exec() and dialog.options is not None:
            self.export(dialog.options)

    def export(self, options: ExportOptions) -> None:
        """Write a package in a worker; the result shows on the Export tab."""
        exchange = self._services.exchange
        self._start(
            self.tr("Writing the package…"),
            lambda control: exchange.export(
                options.out,
                coop=options.coop,
                since_last=options.since_last,
                with_documents=options.with_documents,
                mask_nik=options.mask_nik,
                progress=control.report,
                cancelled=control.cancelled,
            ),
            self._on_exported,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self._job = None
        self._set_busy(None)
        self.last_export = result
        counts = result.counts
        self.export_result.setText(
            self.tr(
                "<b>Package written:</b> {path}<br>{coops} cooperatives, {persons} persons, "
                "{members} memberships.<br>Checksum (SHA-256): <tt>{sha}</tt>"
            ).format(
                path=html.escape(str(result.path)),
                coops=counts.get("cooperative", 0),
                persons=counts.get("person", 0),
                members=counts.get("membership", 0),
                sha=result.sha256,
            )
        )
        self.status_label.setText(self.tr("Package written."))

    # -- import ---------------------------------------------------------------------------
    def _on_choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a package"), str(Path.home()), self.tr("KopDes package (*.zip)")
        )
        if path:
            self.open_package(Path(path))

    def open_package(self, path: Path, accept_new_office: bool = False) -> None:
        """Check and plan a package in a worker (a dry run: nothing is saved)."""
        self.tabs.setCurrentIndex(1)
        self.import_panel.show_plan(None)
        exchange = self._services.exchange
        self._pending_path = path

        def task(control):
            plan = exchange.plan(
                path,
                accept_new_office=accept_new_office,
                progress=control.report,
                cancelled=control.cancelled,
            )
            return plan, self._labels(plan)

        self._start(
            self.tr("Checking {file}…").format(file=path.name),
            task,
            self._on_planned,
            self._on_plan_failed,
        )

    def _labels(self, plan: ImportPlan) -> dict[str, str]:
        """Names of the listed records (read on the worker thread, like the plan)."""
        changes = [c for group in plan.groups for c in group.changes]
        return record_labels(self._services.ctx, changes)

    def _on_plan_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and exc.code == "package.office_unknown":
            self._job = None
            self._set_busy(None)
            if self._pending_path is not None and self._ask_accept_office(exc):
                self.open_package(self._pending_path, accept_new_office=True)
            else:
                self.status_label.setText(self.tr("Not imported: the office was not accepted."))
            return
        self._on_failed(exc)

    def _ask_accept_office(self, exc: DomainError) -> bool:
        text = (
            exchange_error_text(exc)
            + "\n\n"
            + self.tr(
                "Compare the fingerprint with the sending office (by phone, or on their Settings "
                "page) before accepting. Accept this office and show what its package contains?"
            )
        )
        answer = QMessageBox.question(self, self.tr("Unknown office"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_planned(self, result: tuple[ImportPlan, dict[str, str]]) -> None:
        self._job = None
        self._set_busy(None)
        self.import_panel.show_plan(*result)
        self.status_label.setText(self.tr("Preview ready: nothing is saved until you apply it."))

    def _on_apply_requested(self, resolutions: dict) -> None:
        plan = self.import_panel.plan
        if plan is None:
            return
        exchange = self._services.exchange

        def task(control):
            applied = exchange.apply(
                plan, resolutions, progress=control.report, cancelled=control.cancelled
            )
            return applied, self._labels(applied)

        self._start(self.tr("Importing…"), task, self._on_applied)

    def _on_applied(self, result: tuple[ImportPlan, dict[str, str]]) -> None:
        self._job = None
        self._set_busy(None)
        self.import_panel.show_plan(*result)
        self.status_label.setText(self.tr("Import applied."))

    # -- drag and drop --------------------------------------------------------------------
    @staticmethod
    def _dropped_package(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if len(paths) == 1 and paths[0].suffix.lower() == PACKAGE_SUFFIX:
            return paths[0]
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._job is None and self._dropped_package(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_package(event)
        if path is not None and self._job is None:
            event.acceptProposedAction()
            self.open_package(path)
