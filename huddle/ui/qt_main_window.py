"""The nurse's main window. It only composes: the header (``qt_header``), the huddle panel,
the review bar and the board; the menus (``qt_menus``) and the huddle controller
(``qt_huddle_controller``, which owns the running session) are objects it holds, and the file
actions (``qt_file_actions``: import, backup, reports, the register) are mixed in so that the
``open_*`` slots and drag and drop stay the window's own."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from huddle.domain.access import PLACE_BOARD, PLACE_PROJECTOR, PLACE_ROOM
from huddle.domain.board import Board
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
from huddle.errors import KnownError
from huddle.storage.board_data import load_boards, log_boards_shown
from huddle.storage.database import open_database
from huddle.storage.settings import load_settings
from huddle.ui.crash import set_damage_handler
from huddle.ui.qt_board import QtBoard
from huddle.ui.qt_file_actions import QtFileActionsMixin
from huddle.ui.qt_header import QtHeader
from huddle.ui.qt_huddle_controller import QtHuddleController
from huddle.ui.qt_huddle_panel import QtHuddlePanel
from huddle.ui.qt_menus import QtMainMenus
from huddle.ui.qt_review import QtReviewBar
from huddle.ui.qt_show_for import QtShowFor

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
        # Who sees this window: the nurse alone, or the room (room mode, F9). Built with
        # ``projector=True`` the window is the room's from the start.
        self.audience = AUDIENCE_ROOM if projector else AUDIENCE_OWN
        self.clock = clock or datetime.now
        self.board: Board | None = None
        self.register_window = None
        self.log_review_window = None  # Loggranskning, closed when the room looks
        # Open dialogs about a patient (details, decision, follow-up, new date), to follow a
        # switch of mode (``follow_audience``).
        self.patient_dialogs: list = []
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
        self.review_bar.dialogOpened.connect(self.follow_audience)
        # 'Visa för:' – the participant asking "what is mine?" (Ctrl+Shift+O steps through).
        self.show_for = QtShowFor(central)
        self.show_for.organisation_changed.connect(lambda _org: self._show_share())
        self.statusBar().addPermanentWidget(self.show_for)
        self.board_view.currentChanged.connect(self.huddle.on_current_changed)
        layout.addWidget(self.header)
        layout.addWidget(self.huddle_panel)
        layout.addWidget(self.review_bar)
        layout.addWidget(self.board_view, 1)
        self.setCentralWidget(central)
        self._show_audience()
        # A damaged page found while the window runs offers the latest backup, then the
        # window carries on with the restored file.
        if db_path is not None:
            set_damage_handler(self._offer_restore)
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

    # ----------------------------------------------------------------- room mode
    @property
    def room_mode(self) -> bool:
        return self.audience == AUDIENCE_ROOM

    def toggle_room_mode(self) -> None:
        self.set_room_mode(not self.room_mode)

    def set_room_mode(self, on: bool, *, refresh: bool = True) -> None:
        """Show this window (and every register or patient dialog open from it) as the room
        may see it, or as the nurse's own screen."""
        audience = AUDIENCE_ROOM if on else AUDIENCE_OWN
        if audience == self.audience:
            self._show_audience()
            return
        self.audience = audience
        self._show_audience()
        if self.register_window is not None:
            # Its lists are filled again by the refresh below (boardChanged), or on opening.
            self.register_window.set_audience(audience, relist=False)
        for dialog in list(self.patient_dialogs):
            dialog.set_audience(audience)
        if refresh:
            self.refresh()
        elif self.register_window is not None and self.register_window.isVisible():
            self.register_window.refresh_lists()
        self._status(self.tr("Rumsläge: skärmen visas för rummet. F9 växlar tillbaka.") if on
                     else self.tr("Endast din skärm: alla uppgifter visas. F9 växlar till "
                                  "rumsläge."))
        if on:
            self.close_log_review_for_room()

    def _show_audience(self) -> None:
        self.header.marker.set_audience(self.audience)
        self.menus.huddle_actions["room_mode"].setChecked(self.room_mode)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.menus.fullscreen_action.setChecked(self.isFullScreen())

    # ----------------------------------------------------------------- data
    def refresh(self) -> None:
        """One read of the database for this window and, when it is open, the projector."""
        audiences = [self.audience]
        if self.projector_window is not None:
            audiences.append(AUDIENCE_ROOM)
        try:
            boards = load_boards(self._db, self.day, audiences)
        except KnownError as err:
            from PySide6.QtWidgets import QMessageBox  # not loaded before the first paint

            QMessageBox.warning(self, self.tr("Tavlan kunde inte läsas"), err.message)
            return
        self.board = boards[audiences[0]]
        room_board = boards.get(AUDIENCE_ROOM)
        shown = [(self.board, PLACE_ROOM if self.room_mode else PLACE_BOARD)]
        if room_board is not None:
            shown.append((room_board, PLACE_PROJECTOR))
        self.log_displays(shown)
        self.header.show_board(self.board, load_settings(self._db).vc_name)
        self.board_view.show_board(self.board)
        self._show_share()
        self._after_board_shown(room_board)
        self.boardChanged.emit()

    def cycle_show_for(self) -> None:
        self.show_for.cycle()

    def _show_share(self) -> None:
        share = self.show_for.share(self.board) if self.board is not None else None
        self.board_view.set_share(share)
        if share is not None:
            self._status(self.tr("Visa för {org}: {n} beslut och uppföljningar markerade").format(
                org=self.show_for.combo.currentText(), n=share.count))

    def log_display(self, board: Board, place: str) -> None:
        """One access-log row per patient on ``board``, in one transaction, for this display."""
        self.log_displays([(board, place)])

    def log_displays(self, shown: list[tuple[Board, str]]) -> None:
        """The displays of one refresh, ``(board, place)`` each, logged in one transaction.
        A database that cannot be written (locked, read-only) leaves the board on screen and
        says so."""
        try:
            log_boards_shown(self._db, shown)
        except KnownError as err:
            self._status(self.tr("Visningen kunde inte skrivas i åtkomstloggen: {reason}").format(
                reason=err.message))

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

    def _offer_restore(self, error: KnownError) -> None:
        # The dialog and the backup code are imported when a damaged page turns up, not at
        # start-up.
        from huddle.ui.qt_db_fault_dialog import damage_handler

        damage_handler(self.db_path, self, self.reopen_database)(error)

    def reopen_database(self) -> None:
        """After a damaged database was replaced by a backup: a new connection to the new
        file for the window and everything it opened (the old one pointed at the damaged
        file, which now lies aside)."""
        old = self._db
        self._db = open_database(self.db_path)
        self.session.db = self._db
        if self.register_window is not None:
            self.register_window.close()
            self.register_window = None
        for dialog in list(self.patient_dialogs):
            dialog.close()
        with contextlib.suppress(Exception):
            old.close()
        self.refresh()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Nothing may touch the database once the window is closed (it is closed next).
        set_damage_handler(None)
        self._missed_timer.stop()
        if self.huddle.projector_window is not None:
            self.huddle.projector_window.close()
        super().closeEvent(event)

