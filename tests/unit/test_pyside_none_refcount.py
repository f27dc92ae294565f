"""Regression guard for the PySide6 release that leaked references to ``None``.

PySide6 6.12.0 drops one reference to ``None`` on every Qt call that returns ``None``. On
Python 3.11 (where ``None`` is not yet immortal) the count reaches zero after a few thousand
calls and the interpreter aborts with "Fatal Python error: none_dealloc", typically at the end
of a pytest-qt run, after the results were printed. The pin in pyproject.toml keeps us below
6.12; these tests fail if the pin is loosened or a later release regresses.

The calls run in small batches and any references lost in a batch are given back through the
C API, so a leaking build fails these tests with a message instead of killing the test run.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

import PySide6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

CALLS = 10_000
BATCH = 100
# The garbage collector or other threads may move the count by a handful; the leak moves it by
# one per call, i.e. by ~10,000 over the whole loop.
TOLERANCE = 200

_py_incref = ctypes.pythonapi.Py_IncRef
_py_incref.argtypes = [ctypes.py_object]
_py_incref.restype = None


def _version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
    assert isinstance(app, QApplication)
    return app


def _none_references_lost(call: Callable[[int], object]) -> int:
    """Make CALLS calls; return how many references to None they dropped (repairing each)."""
    lost = 0
    for start in range(0, CALLS, BATCH):
        before = sys.getrefcount(None)
        for i in range(start, start + BATCH):
            call(i)
        dropped = before - sys.getrefcount(None)
        if dropped > 0:
            lost += dropped
            for _ in range(dropped):  # give them back before None's count can reach zero
                _py_incref(None)
    return lost


def test_pyside_version_is_pinned_below_the_leaking_release() -> None:
    version = _version_tuple(PySide6.__version__)
    assert (6, 11, 3) <= version < (6, 12), PySide6.__version__


def test_qobject_calls_returning_none_keep_none_alive() -> None:
    obj = QObject()
    lost = _none_references_lost(lambda i: obj.setObjectName(f"object-{i % 10}"))
    assert lost < TOLERANCE, f"{CALLS} QObject.setObjectName calls lost {lost} refs to None"


def test_widget_calls_returning_none_keep_none_alive() -> None:
    _app()
    widget = QWidget()
    try:
        lost = _none_references_lost(lambda i: widget.setToolTip(f"tip {i % 10}"))
    finally:
        widget.deleteLater()
    assert lost < TOLERANCE, f"{CALLS} QWidget.setToolTip calls lost {lost} refs to None"
