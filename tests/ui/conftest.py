"""Fixtures of the GUI tests: the Indonesian translator (the default language) and a runner."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator

from kopdes_desktop.ui.garbage_collector import GuiThreadGarbageCollector
from kopdes_desktop.ui.workers import TaskRunner

# The offscreen platform plugin (QT_QPA_PLATFORM=offscreen) warns whenever a shown top-level
# window has a layout-derived minimum size, and when a completer pop-up raises itself and grabs
# the keyboard. It is noise of the test platform, not of our code.
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen plugin's size-hint warning in GUI tests (others still fail)."""
    for item in items:
        if item.get_closest_marker("gui") is not None:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def garbage_collected_on_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests collect cyclic garbage on the GUI thread only, as the program does.

    Otherwise Python may free a Qt object of this or an earlier test on a worker's pool thread,
    which crashes Qt (see ``kopdes_desktop/ui/garbage_collector.py``).
    """
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    request.getfixturevalue("qapp")
    gc.collect()
    collector = GuiThreadGarbageCollector()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def indonesian(request: pytest.FixtureRequest) -> Iterator[QTranslator | None]:
    """GUI tests see what users see: the Indonesian catalogue and locale."""
    if request.node.get_closest_marker("gui") is None:
        yield None
        return
    from kopdes_desktop.ui.translator import install_translator, remove_translator

    app = request.getfixturevalue("qapp")
    translator = install_translator(app, "id")
    assert translator is not None, "kopdes_id.qm must be built (see kopdes_desktop/i18n/README.md)"
    yield translator
    remove_translator(app, translator)


@pytest.fixture
def runner(qapp, services) -> Iterator[TaskRunner]:
    """A task runner drained after the test, before ``services`` closes the database."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.cancel_all()
    assert task_runner.wait(10_000)


@pytest.fixture(autouse=True)
def no_close_question_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes every window after a test; a form left with typing would otherwise
    open the modal "Save changes?" there and block. Tests of the question patch it again."""
    from kopdes_desktop.ui import close_guard

    monkeypatch.setattr(
        close_guard, "ask_save_changes", lambda titles, parent: close_guard.CloseChoice.DISCARD
    )
