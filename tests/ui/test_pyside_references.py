"""The Qt binding keeps Python's reference counts right. PySide6 6.12.0 did not: every Python
slot called from a Qt signal lost a reference to None and every Signal.emit one to True, so
a window with a ticking timer (a running import's progress, the clock) crashed the
interpreter after a while ("deallocating None"). pyproject.toml excludes that release."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

pytestmark = pytest.mark.gui

CALLS = 500


class Emitter(QObject):
    changed = Signal(object)


def test_slots_called_by_a_timer_keep_none_alive(qapp):
    calls: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: calls.append(1))
    before = sys.getrefcount(None)
    timer.start()
    while len(calls) < CALLS:
        qapp.processEvents()
    timer.stop()
    assert sys.getrefcount(None) > before - CALLS // 2


def test_emitting_a_signal_keeps_true_alive(qapp):
    emitter = Emitter()
    seen: list[object] = []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(CALLS):
        emitter.changed.emit(n)
    assert len(seen) == CALLS
    assert sys.getrefcount(True) > before - CALLS // 2
