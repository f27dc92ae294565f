"""Recording simpanan pokok for many members at once, off the GUI thread.

After a Muskelsus the treasurer's book often shows every founder's pokok paid on one day.
Typing forty receipts one by one is the work this spares; saving them is forty transactions,
so they run in the form's worker behind a progress dialog with Cancel (what was saved before
a cancel stays saved, and the list is re-read either way).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kopdes_desktop.domain.entities import CapitalPayment
from kopdes_desktop.domain.enums import PaymentKind
from kopdes_desktop.services.capital_service import CapitalService
from kopdes_desktop.ui.models.member_savings_table_model import MemberSavings
from kopdes_desktop.ui.workers import TaskControl, TaskRunner


def unpaid_pokok(
    pokok: int, rows: Iterable[MemberSavings], paid_date: date
) -> list[CapitalPayment]:
    """One payment of the remaining simpanan pokok per member who still owes some."""
    payments = []
    for row in rows:
        owed = pokok - row.totals.by_kind[PaymentKind.POKOK]
        if owed > 0:
            payments.append(
                CapitalPayment(
                    membership_id=row.id, kind=PaymentKind.POKOK, amount=owed, paid_date=paid_date
                )
            )
    return payments


def record_payments(
    capital: CapitalService, payments: list[CapitalPayment], control: TaskControl
) -> int:
    """Save payments one by one in the worker, reporting progress; stops on cancel."""
    done = 0
    for payment in payments:
        if control.cancelled():
            break
        capital.record(payment)
        done += 1
        control.report(done, len(payments))
    return done


class PokokRecorder(QObject):
    """Runs one batch of payments with a progress dialog; ``ended`` fires once it is over."""

    ended = Signal(object)
    """The batch stopped: None when finished or cancelled, the exception when it failed."""

    def __init__(self, capital: CapitalService, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._capital = capital
        self._runner = runner
        self._parent = parent
        self._progress: QProgressDialog | None = None

    def start(self, payments: list[CapitalPayment]) -> None:
        """Save ``payments`` in the worker behind a progress dialog with Cancel."""
        progress = QProgressDialog(
            self.tr("Recording payments…"), self.tr("Cancel"), 0, len(payments), self._parent
        )
        progress.setWindowTitle(self.tr("Record simpanan pokok"))
        progress.setMinimumDuration(300)
        progress.setAutoClose(True)
        capital = self._capital
        worker = self._runner.start(
            lambda control: record_payments(capital, payments, control),
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_cancelled,
        )
        progress.canceled.connect(worker.cancel)
        self._progress = progress

    def _on_progress(self, done: int, _total: int) -> None:
        if self._progress is not None:
            self._progress.setValue(done)

    def _close(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _on_finished(self, _count: int) -> None:
        self._close()
        self.ended.emit(None)

    def _on_cancelled(self) -> None:
        self._close()
        self.ended.emit(None)

    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        self.ended.emit(exc)
