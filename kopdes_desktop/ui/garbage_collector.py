"""Python's cyclic garbage collection, run on the GUI thread only.

Signal connections to lambdas put Qt objects into reference cycles (a worker and its signals,
a view and the lambdas of its buttons). Python's collector runs on whichever thread happens to
allocate when a threshold is crossed, often a ``TaskRunner`` pool thread; freeing Qt objects
there deletes them from the wrong thread and crashes the program. So automatic collection is
switched off and a timer on the GUI thread collects instead, generation by generation, with
the same thresholds Python would use (qutebrowser does the same for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 1000


class GuiThreadGarbageCollector(QObject):
    """Disables automatic collection and collects on the GUI thread every second."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their threshold; objects freed."""
        first, second, third = gc.get_count()
        if third > self._thresholds[2]:
            return gc.collect(2)
        if second > self._thresholds[1]:
            return gc.collect(1)
        if first > self._thresholds[0]:
            return gc.collect(0)
        return 0

    def stop(self) -> None:
        """Collect once more and give collection back to Python (at shutdown, in tests)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
