"""GUI fixtures: the main window on a copy of the demo database."""

from __future__ import annotations

import pytest

from tests.conftest import DEMO_TODAY


@pytest.fixture(autouse=True)
def computer_settings(tmp_path_factory):
    """What the app keeps per computer (QSettings) goes to a fresh folder for each test, not
    to the user's own settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def app_style(qapp):
    from huddle.ui.app import apply_style, install_translations

    apply_style(qapp)
    install_translations(qapp)
    return qapp


@pytest.fixture
def demo_window(qtbot, app_style, demo_db_path):
    from huddle.storage.database import open_database
    from huddle.ui.qt_main_window import QtMainWindow

    db = open_database(demo_db_path)
    window = QtMainWindow(db, demo_db_path, day=DEMO_TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    db.conn.close()


@pytest.fixture(autouse=True)
def no_task_outlives_its_test(qapp):
    """Background work (imports, reports, backups) is cancelled and waited for after each
    test, so no thread writes into the next test's database."""
    yield
    from huddle.ui.qt_worker import forget_all, stop_all

    assert stop_all(timeout=30), "a background task did not stop"
    forget_all()
