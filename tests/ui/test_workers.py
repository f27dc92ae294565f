"""The worker helper: results, failures, progress and cancel arrive on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from kopdes_desktop.ui.workers import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def pool(qapp):
    runner = TaskRunner()
    yield runner
    runner.cancel_all()
    assert runner.wait(5_000)


def test_result_arrives_on_gui_thread(qtbot, pool):
    seen = {}

    def task(_control):
        seen["worker_thread"] = QThread.currentThread()
        return 42

    def finished(result):
        seen["result"] = result
        seen["slot_thread"] = QThread.currentThread()

    pool.start(task, on_finished=finished)
    # waitUntil, not waitSignal: a fast task may report before a late connection is made.
    qtbot.waitUntil(lambda: "result" in seen, timeout=5_000)
    assert seen["result"] == 42
    assert seen["slot_thread"] is QApplication.instance().thread()
    assert seen["worker_thread"] is not seen["slot_thread"]
    qtbot.waitUntil(lambda: pool.active_count() == 0)


def test_failure_is_reported_not_swallowed(qtbot, pool):
    errors = []

    def task(_control):
        raise ValueError("boom")

    pool.start(task, on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ValueError)


def test_progress_and_cancel(qtbot, pool):
    started = threading.Event()
    progress = []
    outcome = []

    def task(control):
        control.report(1, 10)
        started.set()
        while not control.cancelled():
            QThread.msleep(5)
        return "ignored"

    worker = pool.start(
        task,
        on_progress=lambda d, t: progress.append((d, t)),
        on_finished=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    with qtbot.waitSignal(worker.signals.cancelled, timeout=5_000):
        worker.cancel()
    assert outcome == ["cancelled"]
    assert progress == [(1, 10)]
    assert worker.is_cancelled
