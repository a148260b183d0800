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


def test_what_waits_for_the_first_paint_arrives_then(qapp, monkeypatch):
    import gc

    from PySide6.QtGui import QIcon

    from huddle import logs
    from huddle.ui import app

    logged = []
    monkeypatch.setattr(logs, "setup_logging", lambda: logged.append(gc.isenabled()))
    qapp.setWindowIcon(QIcon())
    gc.disable()  # as huddle.start leaves it for the window
    try:
        app._after_first_paint(qapp)
        assert gc.isenabled()
    finally:
        gc.enable()
    assert logged == [True], "the log file is set up then too"
    assert not qapp.windowIcon().isNull(), "and the title bar gets Huddle's icon"
