"""The nurse's main window: header, board, menus, full screen."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.board import Board, short_date
from huddle.errors import KnownError
from huddle.storage.board_data import load_board
from huddle.storage.database import as_database
from huddle.storage.settings import load_settings
from huddle.ui import theme
from huddle.ui.qt_board import QtBoard

if TYPE_CHECKING:
    import sqlite_utils

WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]


class QtHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        theme.fill(self, theme.HEADER_BG, theme.HEADER_TEXT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.vc_name = QLabel(self)
        self.vc_name.setObjectName("vcName")
        self.vc_name.setFont(theme.font(26, bold=True))
        self.today = QLabel(self)
        self.today.setObjectName("today")
        self.today.setFont(theme.font(20, bold=True))
        self.last_import = QLabel(self)
        self.last_import.setObjectName("lastImport")
        self.last_import.setFont(theme.font(15))
        self.last_import.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.vc_name)
        layout.addSpacing(24)
        layout.addWidget(self.today)
        layout.addStretch(1)
        layout.addWidget(self.last_import)


class QtMainWindow(QMainWindow):
    """Shows one day's board for one database. The database stays open for the window's life.

    ``db`` may be a plain sqlite3 connection (the fast start): the board is read through it,
    and the ``db`` property wraps it for sqlite-utils the first time anything else needs it.
    """

    boardChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, db: sqlite_utils.Database | sqlite3.Connection, db_path: Path | None, *,
                 day: date | None = None, projector: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.db_path = db_path
        self.day = day or date.today()
        self.projector = projector
        self.board: Board | None = None
        self.setWindowTitle(self.tr("Huddle – daglig avstämning"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = QtHeader(central)
        self.board_view = QtBoard(central)
        self.board_view.patientActivated.connect(self.open_patient)
        layout.addWidget(self.header)
        layout.addWidget(self.board_view, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.refresh()
        # The date in the header must follow midnight if the app is left open.
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start(60_000)

    @property
    def db(self) -> sqlite_utils.Database:
        if isinstance(self._db, sqlite3.Connection):
            self._db = as_database(self._db)
        return self._db

    # ----------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Arkiv"))
        self.huddle_menu = bar.addMenu(self.tr("A&vstämning"))
        self.reports_menu = bar.addMenu(self.tr("&Rapporter"))
        self.view_menu = bar.addMenu(self.tr("&Visa"))
        self.help_menu = bar.addMenu(self.tr("&Hjälp"))

        refresh = QAction(self.tr("Uppdatera tavlan"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh)
        self.view_menu.addAction(refresh)

        self.fullscreen_action = QAction(self.tr("Helskärm"), self)
        self.fullscreen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.triggered.connect(self.toggle_full_screen)
        self.view_menu.addAction(self.fullscreen_action)
        self.addAction(self.fullscreen_action)

        quit_action = QAction(self.tr("Avsluta"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    # ----------------------------------------------------------------- data
    def refresh(self) -> None:
        try:
            self.board = load_board(self._db, self.day, projector=self.projector,
                                    now=datetime.now() if self.day == date.today() else None)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Tavlan kunde inte läsas"), err.message)
            return
        self._update_header(self.board)
        self.board_view.show_board(self.board)
        self.boardChanged.emit()

    def _update_header(self, board: Board) -> None:
        settings = load_settings(self._db)
        self.header.vc_name.setText(board.health_centre or settings.vc_name)
        day = board.day
        self.header.today.setText(self.tr("{weekday} {day} {month} {year}").format(
            weekday=self.tr(WEEKDAYS[day.weekday()]).capitalize(), day=day.day,
            month=self.tr(MONTHS[day.month - 1]), year=day.year))
        if board.last_import is None:
            text = self.tr("Ingen SAMSA-import ännu")
            stale = True
        else:
            text = self.tr("Senaste SAMSA-import: {date} kl {time}").format(
                date=short_date(board.last_import), time=board.last_import.strftime("%H:%M"))
            stale = board.last_import.date() < day
        self.header.last_import.setText(text)
        self.header.last_import.setFont(theme.font(15, bold=stale))
        theme.text_colour(self.header.last_import,
                          theme.WARNING_ON_DARK if stale else theme.HEADER_TEXT)

    def _check_day(self) -> None:
        if self.day < date.today() and self.day == date.today() - timedelta(days=1):
            self.day = date.today()
            self.refresh()

    # ----------------------------------------------------------------- patients
    def open_patient(self, patient_id: int):
        from huddle.ui.qt_patient_dialog import QtPatientDialog  # not needed at start-up

        dialog = QtPatientDialog(self.db, patient_id, self.day, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog
