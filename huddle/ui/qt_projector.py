"""The projector window: the room's view of the board, built for the disclosure policy's room
audience, so that a patient without valid consent shows only as a neutral label with an age band
("Patient utan samtycke 3, 80–89 år") and a protected identity as "Skyddad identitet". Full
screen on a second screen when there is one. With one screen (a laptop mirrored to the
projector) it comes in front of the nurse's window, full screen, and says that Esc goes back.
It shows; it does not open anything — the details stay in the nurse's window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from huddle.domain.board import Board
from huddle.ui import theme
from huddle.ui.qt_board import QtBoard
from huddle.ui.qt_huddle_panel import QtHuddleClock, QtHuddleSession
from huddle.ui.qt_text import set_plain

PROJECTOR_SCALE = 1.3
WINDOWED_SIZE = (1280, 720)


class QtProjectorWindow(QWidget):
    """A top-level window; ``closed`` when the user closes it."""

    closed = Signal()

    def __init__(self, session: QtHuddleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setWindowTitle(self.tr("Huddle – projektor"))
        self.setObjectName("projector")
        theme.fill(self, theme.BACKGROUND, theme.TEXT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QFrame(self)
        theme.fill(header, theme.HEADER_BG, theme.HEADER_TEXT)
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 6, 8, 6)
        self.title = QLabel(header)
        self.title.setFont(theme.font(30, bold=True))
        self.part = QLabel(header)
        self.part.setFont(theme.font(28, bold=True))
        theme.text_colour(self.part, theme.WARNING_ON_DARK)
        self.pace = QLabel(header)
        self.pace.setFont(theme.font(20))
        self.pace.setWordWrap(True)
        self.pace.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pace.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock = QtHuddleClock(44, header)
        row.addWidget(self.title)
        row.addSpacing(32)
        row.addWidget(self.part)
        row.addWidget(self.pace, 1)
        row.addSpacing(16)
        row.addWidget(self.clock)
        layout.addWidget(header)
        # With one screen the room's view covers the nurse's window: say how to get back.
        self.back_note = QLabel(self.tr(
            "Rummets vy på hela skärmen. Esc eller Ctrl+Shift+P tar dig tillbaka till din "
            "skärm."), self)
        self.back_note.setObjectName("backNote")
        self.back_note.setFont(theme.font(17, bold=True))
        self.back_note.setContentsMargins(16, 4, 16, 4)
        theme.fill(self.back_note, theme.WARNING_ON_DARK, theme.TEXT)
        self.back_note.hide()
        layout.addWidget(self.back_note)
        self.single_screen = False
        self.board_view = QtBoard(self, scale=PROJECTOR_SCALE, numbers=False)
        # Nothing on the shared screen takes focus or opens a patient.
        self.board_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.board_view, 1)
        self.board: Board | None = None
        session.changed.connect(self._update_header)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._update_clock)
        self._timer.start(1000)
        self._update_header()

    # ----------------------------------------------------------------- content
    def show_board(self, board: Board, current_key: tuple | None) -> None:
        if not board.room:
            raise ValueError("The projector window only shows a board built for the projector.")
        self.board = board
        set_plain(self.title, board.health_centre)
        self.board_view.current_key = current_key
        self.board_view.show_board(board)
        for card in self.board_view.navigation_cards():
            card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.set_current(current_key)

    def set_current(self, key: tuple | None) -> None:
        self.board_view.set_current(key, focus=False)

    def _update_header(self) -> None:
        session = self.session
        if session.running:
            label = next(p.label for p in session.agenda if p.key == session.current_part)
            number = [p.key for p in session.agenda].index(session.current_part) + 1
            self.part.setText(f"{number}/{len(session.agenda)}  {label}")
            forecast = session.forecast()
            self.pace.setText(forecast.text if forecast else "")
        else:
            self.part.setText("")
            self.pace.setText("")
        self._update_clock()

    def _update_clock(self) -> None:
        session = self.session
        self.clock.show_clock(session.clock() if session.running else None)
        if session.running:
            forecast = session.forecast()
            self.pace.setText(forecast.text if forecast else "")

    # ----------------------------------------------------------------- placement
    def place(self) -> bool:
        """Full screen on a screen other than the nurse's when there is one (True). With one
        screen — mirrored to the projector, or the only one there is — full screen in front of
        the nurse's window, with a note that Esc goes back (False): the nurse's window must not
        stay in front of what the room is meant to see."""
        target = self.other_screen()
        self.single_screen = target is None
        self.back_note.setVisible(self.single_screen)
        if target is not None:
            self.setGeometry(target.geometry())
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(target)
            self.showFullScreen()
            return True
        self.resize(*WINDOWED_SIZE)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        return False

    def other_screen(self):
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        own = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        others = [screen for screen in screens if screen is not own]
        return others[0] if others else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        back = event.key() == Qt.Key.Key_Escape or (
            event.key() == Qt.Key.Key_P and event.modifiers() == (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if self.single_screen and back:
            # Back to the nurse's own window: the room's view closes.
            self.close()
            return
        if event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
            return
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.closed.emit()
        super().closeEvent(event)
