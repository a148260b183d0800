"""The nurse's main window. It only composes: the header (``qt_header``), the huddle panel,
the review bar and the board, with the menus (``qt_menus``), the file actions
(``qt_file_actions``) and the huddle controller (``qt_huddle_controller``) mixed in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QVBoxLayout, QWidget

from huddle.domain.board import Board
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
from huddle.errors import KnownError
from huddle.storage.board_data import load_boards
from huddle.storage.settings import load_settings
from huddle.ui.qt_board import QtBoard
from huddle.ui.qt_file_actions import QtFileActionsMixin
from huddle.ui.qt_header import QtHeader
from huddle.ui.qt_huddle_controller import QtHuddleController
from huddle.ui.qt_huddle_panel import QtHuddlePanel
from huddle.ui.qt_menus import QtMainMenus
from huddle.ui.qt_review import QtReviewBar

if TYPE_CHECKING:
    from huddle.storage.store import Store

MISSED_DAYS_DELAY_MS = 250

__all__ = ["MISSED_DAYS_DELAY_MS", "QtHeader", "QtMainWindow"]


class QtMainWindow(QtFileActionsMixin, QMainWindow):
    """Shows one day's board for one database. The database stays open for the window's life.
    """

    boardChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, db: Store, db_path: Path | None, *,
                 day: date | None = None, projector: bool = False,
                 clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.db_path = db_path
        self.projector = projector
        self.clock = clock or datetime.now
        self.board: Board | None = None
        self.register_window = None
        self._missed_timer = QTimer(self)
        self._missed_timer.setSingleShot(True)
        self.setWindowTitle(self.tr("Huddle – daglig avstämning"))
        self.setAcceptDrops(True)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = QtHeader(central)
        self.board_view = QtBoard(central)
        self.board_view.patientActivated.connect(self.open_patient)
        self.huddle = QtHuddleController(self, day or date.today())
        self.session = self.huddle.session
        self._missed_timer.timeout.connect(self.huddle.update_missed)
        self.menus = QtMainMenus(self, self.huddle)
        self.huddle_panel = QtHuddlePanel(self.session, central)
        self.review_bar = QtReviewBar(lambda: self.db, day=self.day, now=self.huddle.huddle_now,
                                      huddle_id=lambda: self.session.huddle_id,
                                      actions=self.menus.huddle_actions, parent=central)
        self.review_bar.reviewed.connect(self.huddle.on_reviewed)
        self.board_view.currentChanged.connect(self.huddle.on_current_changed)
        layout.addWidget(self.header)
        layout.addWidget(self.huddle_panel)
        layout.addWidget(self.review_bar)
        layout.addWidget(self.board_view, 1)
        self.setCentralWidget(central)
        self.refresh()
        # The date in the header must follow midnight if the app is left open.
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start(60_000)

    @property
    def db(self) -> Store:
        return self._db

    @property
    def day(self) -> date:
        """The board's day: the running session's, which follows midnight."""
        return self.session.day

    @property
    def projector_window(self):
        return self.huddle.projector_window

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.menus.fullscreen_action.setChecked(self.isFullScreen())

    # ----------------------------------------------------------------- data
    def refresh(self) -> None:
        """One read of the database for this window and, when it is open, the projector."""
        audiences = [AUDIENCE_ROOM if self.projector else AUDIENCE_OWN]
        if self.projector_window is not None:
            audiences.append(AUDIENCE_ROOM)
        try:
            boards = load_boards(self._db, self.day, audiences)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Tavlan kunde inte läsas"), err.message)
            return
        self.board = boards[audiences[0]]
        self.header.show_board(self.board, load_settings(self._db).vc_name)
        self.board_view.show_board(self.board)
        self._after_board_shown(boards.get(AUDIENCE_ROOM))
        self.boardChanged.emit()

    def _check_day(self) -> None:
        if self.session.roll_over():
            self.review_bar.day = self.day
            if self.register_window is not None:
                self.register_window.day = self.day
            self.refresh()

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _after_board_shown(self, room_board: Board | None) -> None:
        if self.board is None:
            return
        self.session.set_board(self.board)
        # After the first paint: the holiday calendar costs a noticeable import at start-up.
        # Before the window is shown the timer would run from construction and could fire
        # ahead of the first paint on a slow start, so showEvent starts it instead.
        if self.isVisible():
            self._missed_timer.start(MISSED_DAYS_DELAY_MS)
        key = self.board_view.current_key
        if key is not None:
            self.board_view.set_current(key, focus=self.isActiveWindow())
        else:
            self.huddle.update_review_bar(None)
        if room_board is not None:
            self.huddle.update_projector(room_board)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._missed_timer.isActive():
            # Counted from the first turn of the event loop, which paints the window first.
            QTimer.singleShot(0, lambda: self._missed_timer.start(MISSED_DAYS_DELAY_MS))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Nothing may touch the database once the window is closed (it is closed next).
        self._missed_timer.stop()
        if self.huddle.projector_window is not None:
            self.huddle.projector_window.close()
        super().closeEvent(event)

