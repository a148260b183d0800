"""docs/import-progress.png: the import dialog half-way through a 600 000-row export, over
the demo board at 1366x768, offscreen. The import is cancelled after the picture.

    .venv/bin/python scripts/screenshot_import_progress.py [docs/import-progress.png]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from huddle.demo import write_demo  # noqa: E402
from huddle.storage.database import open_database  # noqa: E402
from huddle.ui.app import apply_style, install_translations  # noqa: E402
from huddle.ui.qt_main_window import QtMainWindow  # noqa: E402
from huddle.ui.qt_worker import stop_all  # noqa: E402
from tests.ui.samsa_exports import todays_export  # noqa: E402

TODAY = date(2026, 11, 23)


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "import-progress.png")
    folder = Path(tempfile.mkdtemp(prefix="huddle-shot-"))
    try:
        db_path = folder / "demo.sqlite"
        write_demo(db_path, seed=1, days=90, today=TODAY)
        app = QApplication([])
        apply_style(app)
        install_translations(app)
        db = open_database(db_path)
        window = QtMainWindow(db, db_path, day=TODAY)
        window.resize(1366, 768)
        window.show()
        dialog = window.import_file(todays_export(folder, db, other_rows=600_000))
        loop = QEventLoop()

        def halfway() -> None:
            if "rader lästa" in dialog.progress_label.text() and \
                    dialog.progress.value() > 0.4 * dialog.progress.maximum():
                loop.quit()

        check = QTimer()
        check.setInterval(5)
        check.timeout.connect(halfway)
        check.start()
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        check.stop()
        # The screen as it looks: the window, dimmed by the window-modal dialog over it.
        shot = window.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
        painter.drawPixmap((window.width() - dialog.width()) // 2,
                           (window.height() - dialog.height()) // 2, dialog.grab())
        painter.end()
        shot.save(str(target))
        print(f"{target}: {dialog.progress_label.text()}")
        dialog.cancel_import()
        stop_all()
        db.conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
