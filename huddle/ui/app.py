"""Starting the app: Qt application, translations, database, first run, main window."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from huddle import __version__
from huddle.errors import KnownError
from huddle.i18n import PSEUDO_LANGUAGE, install_translator, pseudo
from huddle.paths import default_db_path, resources_dir
from huddle.private_files import write_private
from huddle.start import collector_on
from huddle.storage.database import open_current, open_database
from huddle.storage.settings import load_settings
from huddle.ui.crash import install_excepthook
from huddle.ui.theme import apply_app_theme

if TYPE_CHECKING:
    from huddle.storage.store import Store


def create_application(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The application, styled and translated; with ``icon`` False the windows' icon is left
    for :func:`set_window_icon` to set later (the start-up sets it after the first paint)."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Huddle")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Huddle")
    if icon:
        set_window_icon(app)
    apply_style(app)
    install_translations(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """Huddle's icon on every window (title bar, task switcher)."""
    from PySide6.QtGui import QIcon  # ~2 ms with the image: after the first paint

    path = resources_dir() / "icons" / "huddle.png"
    if path.exists():
        app.setWindowIcon(QIcon(str(path)))


def apply_style(app: QApplication) -> None:
    apply_app_theme(app)


SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def install_translations(app: QApplication) -> None:
    """Swedish is the source language; a .qm for the user's locale overrides it. Qt's own
    words (the file dialog's 'Look in', 'Cancel', the standard buttons) follow the same
    language, from the qtbase translations shipped with PySide6."""
    translator = QTranslator(app)
    language = SWEDISH
    if os.environ.get("HUDDLE_LANG") == PSEUDO_LANGUAGE:
        app.installTranslator(PseudoTranslator(app))
    elif translator.load(QLocale(), "huddle", "_", str(resources_dir() / "translations")):
        app.installTranslator(translator)
        language = QLocale()
    install_qt_translations(app, language)
    install_translator(lambda context, text: QCoreApplication.translate(context, text))


class PseudoTranslator(QTranslator):
    """The pseudo-locale (``HUDDLE_LANG=pseudo``): every string of Huddle's, stretched."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


def qt_translations_dir() -> str:
    """Where Qt's own .qm files are: PySide6's folder, or in the frozen app the copy
    build.spec bundles next to Huddle's resources."""
    bundled = resources_dir() / "qt_translations"
    if bundled.is_dir():
        return str(bundled)
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_qt_translations(app: QApplication, language: QLocale) -> bool:
    """Install qtbase_<language>.qm; False when Qt ships none for it (the English text
    stays, nothing else breaks)."""
    for old in app.findChildren(QTranslator, "qtbase"):
        app.removeTranslator(old)
        old.deleteLater()
    translator = QTranslator(app)
    translator.setObjectName("qtbase")
    if not translator.load(language, "qtbase", "_", qt_translations_dir()):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def resolve_db_path(args: argparse.Namespace) -> Path:
    if args.demo:
        import atexit
        import shutil
        import tempfile

        from huddle.demo import write_demo

        folder = Path(tempfile.mkdtemp(prefix="huddle-demo-"))
        # Generated fresh for each start, so gone at the end (not a folder per start in the
        # temporary folder).
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "demo.sqlite"
        write_demo(path, today=_day(args))
        return path
    return args.db or default_db_path()


def open_app_database(path: Path) -> Store:
    """An up-to-date database opens without importing sqlite-utils (the fast start); anything
    else — new, older, newer, foreign — goes through open_database, which creates, migrates,
    refuses or explains."""
    return open_current(path) or open_database(path)


def _day(args: argparse.Namespace) -> date:
    return date.fromisoformat(args.date) if getattr(args, "date", None) else date.today()


def run_app(args: argparse.Namespace) -> int:
    from huddle.ui.qt_main_window import QtMainWindow

    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.screenshot:
        quiet_offscreen_notices()
    app = create_application(icon=False)
    if not args.screenshot:
        install_excepthook()
    try:
        path = resolve_db_path(args)
        if args.screenshot and not path.exists():
            # Only a picture is asked for: a mistyped --db must not leave a new empty
            # database (and its folder) behind.
            return _fail(QCoreApplication.translate(
                "app", "Databasen {path} finns inte. Skapa den med 'huddle init --db {path} "
                "--vc \"Vårdcentralens namn\"' först.").format(path=path), args)
        db = open_app_database(path)
    except KnownError as err:
        from huddle.ui.qt_db_fault_dialog import is_damage, offer_restore

        _start_up_over(app)  # the message or the restore dialog comes first

        if args.screenshot or args.demo or not is_damage(err):
            return _fail(err.message, args)
        # A damaged database: offer the latest backup instead of a dead end.
        if not offer_restore(path, err.message):
            print(f"huddle: {err.message}", file=sys.stderr)
            return 2
        try:
            db = open_app_database(path)
        except KnownError as again:
            return _fail(again.message, args)
    if not load_settings(db).configured:
        if args.screenshot:
            return _fail(QCoreApplication.translate(
                "app", "Vårdcentralen är inte inställd i {path}. Kör 'huddle init' först.")
                .format(path=path), args)
        from PySide6.QtWidgets import QDialog

        from huddle.ui.qt_first_run import QtFirstRunDialog

        _start_up_over(app)
        dialog = QtFirstRunDialog(db)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 1
    window = QtMainWindow(db, path, day=_day(args), projector=args.projector)
    if args.screenshot:
        return save_screenshot(app, window, args.screenshot, args.size)
    # Laid out once, at the size it will have: maximizing lands a turn of the event loop
    # later, and the board was first laid out (and its cards chosen) for its smaller size.
    window.resize(window.screen().availableSize())
    window.showMaximized()
    # Right after the first paint: the title bar's icon (loading it and PySide6's QIcon
    # type cost ~2 ms), the log file (logging.handlers and platform cost ~30 ms, a tenth of
    # the start-up budget; until then warnings go to stderr) and the garbage collector, held
    # off while the app starts (huddle.start). A turn of the event loop is not enough: on
    # some platforms the window is first painted after it.
    QTimer.singleShot(250, lambda: _after_first_paint(app))
    if os.environ.get("HUDDLE_STARTUP_PROBE"):
        # For benchmarks/bench_startup.py: say when the board is painted, then quit.
        QTimer.singleShot(0, lambda: _report_painted(app, window))
    elif not args.demo:
        # After the first paint: the daily copy costs tens of milliseconds once a day.
        QTimer.singleShot(1500, lambda: _daily_backup(window, path))
    return app.exec()


# What Qt's offscreen platform says of window features it lacks (every window shown on it):
# English, meaningless to the user, and it would follow "Tavlan ritas i stället till …".
OFFSCREEN_NOTICES = ("This plugin does not support",)


def quiet_offscreen_notices() -> None:
    """Drop the offscreen platform's notices about features it lacks; pass on anything else
    Qt says, as its own handler would."""
    previous = None

    def handler(mode, context, message: str) -> None:
        if message.startswith(OFFSCREEN_NOTICES):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _start_up_over(app: QApplication) -> None:
    """What the start-up leaves until the board is painted or a dialog waits for the user:
    the windows' icon, and the garbage collector back on (see huddle.start)."""
    set_window_icon(app)
    collector_on()


def _after_first_paint(app: QApplication) -> None:
    from huddle.logs import setup_logging

    _start_up_over(app)
    setup_logging()


def _report_painted(app: QApplication, window) -> None:
    handle = window.windowHandle()
    if handle is not None and (window.width() < handle.width()
                               or window.height() < handle.height()):
        # Smaller than its maximized size (the window system has not told it yet): the board
        # at its real size is what counts as painted.
        QTimer.singleShot(0, lambda: _report_painted(app, window))
        return
    window.grab()
    print("PAINTED", flush=True)
    app.quit()


def _daily_backup(window, path: Path):
    """Today's automatic copy, in a worker thread: on a large database the copy takes
    seconds, and the board is already on the screen. A failure shows in the status bar."""
    import shiboken6

    from huddle.storage.backup import ensure_daily_backup
    from huddle.ui.qt_worker import report_bug, run_in_background

    def done(outcome) -> None:
        if outcome.error and shiboken6.isValid(window):
            window.statusBar().showMessage(outcome.error)

    task = run_in_background(lambda _report: ensure_daily_backup(path),
                             name="huddle-daily-backup")
    task.succeeded.connect(done)
    task.failed.connect(report_bug)
    return task


SCREENSHOT_SETTLE_MS = 600


def save_screenshot(app: QApplication, window, target: Path, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice

    window.resize(*size)
    window.show()
    # Let the work deferred past the first paint (the rest of the cards, missed days) land,
    # so the picture shows the board as the nurse sees it a moment after opening.
    settle = QEventLoop()
    QTimer.singleShot(SCREENSHOT_SETTLE_MS, settle.quit)
    settle.exec()
    # The board names patients: the picture is owner-only (huddle.private_files).
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = window.grab().save(buffer, "PNG")
    buffer.close()
    try:
        if not saved:
            raise OSError
        write_private(target, bytes(data.data()))
    except OSError:
        print(QCoreApplication.translate("app", "huddle: Skärmbilden kunde inte sparas till {path}.")
              .format(path=target), file=sys.stderr)
        return 2
    print(QCoreApplication.translate("app", "Skärmbild sparad: {path} ({width}x{height})").format(
        path=target, width=size[0], height=size[1]))
    window.close()
    QTimer.singleShot(0, app.quit)
    return 0


def _fail(message: str, args: argparse.Namespace) -> int:
    print(f"huddle: {message}", file=sys.stderr)
    if not args.screenshot:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Huddle", message)
    return 2
