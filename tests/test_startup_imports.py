"""Opening the app must not pay for what only the command line or later actions need.

Each of these libraries costs tens to hundreds of milliseconds to import; the start-up target
(board painted within 2x a bare Qt window, benchmarks/bench_startup.py) leaves no room for
them before the first paint.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlite_utils", "reportlab", "openpyxl", "holidays", "stdnum", "pypdfium2")


def test_the_app_start_path_imports_no_heavy_library():
    code = (
        "import sys\n"
        "import huddle.cli, huddle.ui.app, huddle.ui.qt_main_window, huddle.ui.qt_first_run\n"
        "import huddle.storage.board_data, huddle.storage.backup, huddle.logs\n"
        "huddle.cli.build_parser(huddle.cli._modules_needed([]))\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                             "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == ""


def test_a_command_imports_only_its_own_module():
    from huddle.cli import COMMANDS, _modules_needed

    assert _modules_needed([]) == []
    assert _modules_needed(["--db", "x.sqlite", "board", "--json"]) == [COMMANDS["board"]]
    assert _modules_needed(["report", "weekly"]) == [COMMANDS["report"]]
    assert _modules_needed(["--help"]) is None
    assert _modules_needed(["okänt"]) is None


# Dialogs and the form pieces only they use: built on first use, never before the first paint.
DIALOG_MODULES = ("huddle.ui.qt_forms", "huddle.ui.qt_review_dialogs", "huddle.ui.qt_first_run",
                  "huddle.ui.qt_import_dialog", "huddle.ui.qt_register",
                  "huddle.ui.qt_log_review", "huddle.ui.qt_report_dialog",
                  "huddle.ui.qt_settings_dialog", "huddle.ui.qt_patient_dialog")


def test_the_app_start_path_imports_no_dialog():
    code = (
        "import sys\n"
        "import huddle.cli, huddle.ui.app, huddle.ui.qt_main_window\n"
        f"print(' '.join(m for m in {DIALOG_MODULES!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                             "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == ""


# 'huddle import' runs unattended every morning on a regional export; what it loads is paid on
# every run (benchmarks/bench_import.py holds it to 3.5x a bare csv parse of the file).
IMPORT_UNNEEDED = ("PySide6", "reportlab", "openpyxl", "stdnum", "pypdfium2", "holidays",
                   "huddle.domain.board", "huddle.storage.register", "huddle.intake.workbook_limits")


def test_the_import_command_loads_only_what_a_csv_import_needs():
    code = (
        "import sys\n"
        "import huddle.cli\n"
        "huddle.cli.build_parser(huddle.cli._modules_needed(['import', 'x.csv']))\n"
        "import huddle.storage.imports\n"
        f"print(' '.join(m for m in {IMPORT_UNNEEDED!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={"PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == ""
