"""The one helper for work that must not freeze the window (ARCHITECTURE convention 4).

Services stay synchronous and Qt-free; a view wraps a call in a task, hands it to its
``TaskRunner``, and receives the result through queued signals on the GUI thread. Tasks get a
``TaskControl`` so they can report progress and notice a cancel request, and pass both on to
services as their ``progress`` / ``cancelled`` callbacks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskControl:
    """Handed to a running task: report progress, ask whether the user cancelled."""

    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Progress as ``done`` of ``total`` (total 0 means "busy, unknown length")."""
        if not self._cancel.is_set():
            self._signals.progress.emit(done, total)

    def cancelled(self) -> bool:
        """True once ``Worker.cancel`` was called; long tasks check it between steps."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Raise the cancel flag (thread-safe)."""
        self._cancel.set()


class WorkerSignals(QObject):
    """Signals of one task; emitted from the pool thread, delivered queued on the GUI thread.

    A separate QObject because QRunnable is not a QObject and cannot carry signals itself.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Worker(QRunnable):
    """Runs ``task(control)`` on a pool thread and reports exactly one outcome signal."""

    def __init__(self, task: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object until the outcome
        self.signals = WorkerSignals()
        self.control = TaskControl(self.signals)
        self._task = task

    def cancel(self) -> None:
        """Ask the task to stop; it ends with ``cancelled`` instead of ``finished``."""
        self.control.cancel()

    @property
    def is_cancelled(self) -> bool:
        """True when a cancel was requested."""
        return self.control.cancelled()

    def run(self) -> None:
        """Pool thread entry point: never lets an exception escape into Qt."""
        try:
            result = self._task(self.control)
        except BaseException as exc:  # reported to the GUI, which logs and shows it
            log.debug("task failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        if self.control.cancelled():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Owns a thread pool and keeps running workers alive until they report.

    One per main window (or dialog run before it), passed down through constructors, so a
    window can wait for its own work on close and tests can wait for the pool to drain.
    """

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Worker] = set()

    def start(
        self,
        task: Callable[[TaskControl], Any],
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Worker:
        """Start ``task`` on the pool; callbacks run on the GUI thread."""
        worker = Worker(task)
        signals = worker.signals
        if on_progress is not None:
            signals.progress.connect(on_progress)
        if on_finished is not None:
            signals.finished.connect(on_finished)
        signals.failed.connect(on_failed if on_failed is not None else self._report_failure)
        if on_cancelled is not None:
            signals.cancelled.connect(on_cancelled)
        for outcome in (signals.finished, signals.failed, signals.cancelled):
            outcome.connect(lambda *_args, w=worker: self._release(w))
        self._running.add(worker)
        self._pool.start(worker)
        return worker

    def _release(self, worker: Worker) -> None:
        """Forget a worker that reported; delete its signals object here, on the GUI thread.

        The worker and its signals sit in a reference cycle (the connections above), so
        Python's cyclic collector frees them, possibly on a pool thread; a QObject deleted
        from another thread crashes Qt. Deleted here first, the wrapper is then harmless.
        """
        self._running.discard(worker)
        worker.signals.deleteLater()

    @staticmethod
    def _report_failure(exc: BaseException) -> None:
        """Default for tasks without their own handler: never swallow, show and log it."""
        from kopdes_desktop.ui.dialogs.error_dialog import report_exception

        report_exception(exc, None)

    def active_count(self) -> int:
        """Workers started and not yet reported (used by tests and on close)."""
        return len(self._running)

    def cancel_all(self) -> None:
        """Raise the cancel flag of every running worker."""
        for worker in list(self._running):
            worker.cancel()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the pool is idle (on close, so no task touches a closed database)."""
        return self._pool.waitForDone(msecs)
