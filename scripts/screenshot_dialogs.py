"""Screenshots of the main window and the main dialogs at 1366×768, offscreen, and a list of
what does not fit: buttons outside their window and one-line labels cut short.

    HUDDLE_LANG=pseudo .venv/bin/python scripts/screenshot_dialogs.py OUT_DIR

The screen is offscreen, 1366×768 less a 40 px taskbar (Qt's offscreen platform, configured here).

Under the pseudo-locale (``HUDDLE_LANG=pseudo``, see huddle/i18n.py) every string is about 40 %
longer, as German or Finnish would be; Swedish text still showing is text that bypasses
translation. Without it the screenshots show the Swedish app.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from huddle.demo import write_demo
from huddle.storage.database import open_database
from huddle.ui.app import create_application

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 8, 15)
SCREEN = QRect(0, 0, 1366, 768)


def _dialogs(db, path: Path, patient: int, called: int) -> dict:
    from huddle.storage.huddles import HuddleSummary
    from huddle.ui.qt_about_dialog import QtAboutDialog
    from huddle.ui.qt_call_dialog import QtCallDialog
    from huddle.ui.qt_cfs_dialog import QtCfsDialog
    from huddle.ui.qt_consent_dialog import QtConsentDialog
    from huddle.ui.qt_decision_dialog import QtDecisionDialog
    from huddle.ui.qt_end_dialog import QtEndDialog
    from huddle.ui.qt_followup_dialog import QtFollowupDialog
    from huddle.ui.qt_patient_dialog import QtPatientDialog
    from huddle.ui.qt_register import QtRegisterWindow
    from huddle.ui.qt_report_dialog import QtReportDialog
    from huddle.ui.qt_settings_dialog import QtSettingsDialog
    from huddle.ui.qt_shortcuts import QtShortcutsDialog
    from huddle.ui.qt_sip_dialog import QtSipDialog
    from huddle.ui.qt_start_dialog import QtStartDialog

    summary = HuddleSummary(duration_seconds=14 * 60, planned_minutes=15, overtime_seconds=0,
                            roles=("aldre_ssk", "hemtjanst"), decisions_made=2,
                            followups_made=2, patients_discussed=6, patients_on_board=20,
                            cfs_scores_recorded=1, calls_recorded=1)
    return {
        "start": lambda: QtStartDialog(db, day=TODAY, now=lambda: NOW),
        "decision": lambda: QtDecisionDialog(db, day=TODAY, now=lambda: NOW, patient_id=patient,
                                             patient_label="Holm, Astrid"),
        "followup": lambda: QtFollowupDialog(db, day=TODAY, now=lambda: NOW, patient_id=patient,
                                             patient_label="Holm, Astrid"),
        "call": lambda: QtCallDialog(db, called, TODAY, now=NOW),
        "cfs": lambda: QtCfsDialog(db, patient, TODAY),
        "sip": lambda: QtSipDialog(db, patient, TODAY),
        "consent": lambda: QtConsentDialog(db, patient, TODAY),
        "patient": lambda: QtPatientDialog(db, patient, TODAY),
        "end": lambda: QtEndDialog(summary, db=db, day=TODAY),
        "reports": lambda: QtReportDialog(path, now=NOW),
        "settings": lambda: QtSettingsDialog(db),
        "shortcuts": lambda: QtShortcutsDialog(),
        "register": lambda: QtRegisterWindow(db, TODAY),
        "about": lambda: QtAboutDialog(path),
    }


def problems(window: QWidget) -> list[str]:
    """Buttons outside the window, labels on one line shown narrower than their text, and
    text fields too narrow for the text they hold."""
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        scrolled = button.parent()
        while scrolled is not None and not isinstance(scrolled, QAbstractScrollArea):
            scrolled = scrolled.parent()
        if scrolled is not None and scrolled is not window:
            continue
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if not window.rect().contains(where):
            found.append(f"button off the window: {button.text() or button.accessibleName()!r}")
        elif button.text() and button.width() < button.sizeHint().width():
            found.append(f"button cut: {button.text()!r}")
    for label in window.findChildren(QLabel):
        if (label.isVisible() and label.text() and not label.wordWrap()
                and label.width() < label.sizeHint().width()):
            found.append(f"label cut ({label.width()} < {label.sizeHint().width()} px): "
                         f"{label.text()[:60]!r}")
    for edit in window.findChildren(QLineEdit):
        if (edit.isVisible() and edit.text() and edit.window() is window
                and edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width() - 10
                and edit.fontMetrics().horizontalAdvance("M" * 12) > edit.width() - 10):
            found.append(f"text field cut ({edit.width()} px): {edit.text()[:40]!r}")
    if window.width() > SCREEN.width() or window.height() > SCREEN.height():
        found.append(f"window larger than the screen: {window.width()}×{window.height()}")
    return found


def _show(app: QApplication, widget: QWidget, out: Path, name: str) -> list[str]:
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    found = problems(widget)
    widget.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNGs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="huddle-shots-"))
    screens = folder / "screens.json"
    screens.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": SCREEN.width(), "height": SCREEN.height()}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    app = create_application(sys.argv[:1])
    from huddle.ui.qt_main_window import QtMainWindow

    path = folder / "demo.sqlite"
    write_demo(path, today=TODAY)
    db = open_database(path)
    patient = db.execute("SELECT patient_id FROM cfs_scores ORDER BY id LIMIT 1").fetchone()[0]
    called = db.execute("SELECT patient_id FROM followups WHERE kind = 'call_72h' AND "
                        "status = 'open' ORDER BY id LIMIT 1").fetchone()[0]
    report: dict[str, list[str]] = {}
    window = QtMainWindow(db, path, day=TODAY)
    window.resize(SCREEN.size())
    report["main"] = _show(app, window, args.out, "main")
    for name, make in _dialogs(db, path, patient, called).items():
        report[name] = _show(app, make(), args.out, name)
    for name, found in report.items():
        print(f"{name}: {'ok' if not found else ''}")
        for line in found:
            print(f"    {line}")
    db.conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
