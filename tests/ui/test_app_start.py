"""What the start-up leaves for after the first paint still arrives."""

from __future__ import annotations


def test_the_windows_get_huddles_icon_also_when_it_is_set_after_the_first_paint(qapp):
    from PySide6.QtGui import QIcon

    from huddle.ui.app import create_application, set_window_icon

    qapp.setWindowIcon(QIcon())
    create_application(icon=False)  # the start-up: the icon waits for the first paint
    assert qapp.windowIcon().isNull()
    set_window_icon(qapp)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32
