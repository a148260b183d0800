"""The running huddle: the Qt adapter over the pure session model (``domain.session``), and
the panel above the board that shows the countdown, the time boxes and
the pace forecast. The projector window shows the same session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from huddle.domain.board import Board
from huddle.domain.huddle import (
    PHASE_NEAR_END,
    PHASE_OVERTIME,
    ClockState,
    PaceForecast,
    PartProgress,
    build_agenda,
    format_seconds,
    planned_minutes,
)
from huddle.domain.roles import ROLE_LABELS
from huddle.domain.session import HuddleSession
from huddle.i18n import tr_label
from huddle.storage.huddles import HuddleRecord, get_huddle
from huddle.storage.settings import load_settings
from huddle.ui import theme

CLOCK_RUNNING_BG = theme.HEADER_BG
CLOCK_NEAR_END_BG = theme.FOCUS  # amber: calm, no blinking
CLOCK_OVERTIME_BG = theme.URGENT_BAR


class QtHuddleSession(QObject):
    """The Qt side of the running huddle (``domain.session.HuddleSession``): loads the day's
    huddle from storage into the model and re-emits its changes as ``changed``, which fires
    on anything but the ticking clock; views read the clock themselves once a second."""

    changed = Signal()

    def __init__(self, db, *, day: date, clock: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db  # read-only use: a plain connection is enough
        settings = load_settings(db)
        self.model = HuddleSession(day=day, agenda=build_agenda(settings),
                                   default_minutes=planned_minutes(settings), clock=clock)
        self.model.subscribe(self.changed.emit)
        self.reload()

    def reload(self) -> None:
        self.model.set_record(get_huddle(self.db, self.model.day))

    def roll_over(self) -> bool:
        """After midnight: the new day, its huddle (if any) loaded. True if the day changed."""
        if not self.model.roll_over():
            return False
        self.reload()
        return True

    def ended_now(self) -> None:
        self.model.ended_now(get_huddle(self.db, self.model.day))

    # What the views read and the controller calls: the model's own.
    day = property(lambda self: self.model.day)
    agenda = property(lambda self: self.model.agenda)
    record = property(lambda self: self.model.record)
    current_part = property(lambda self: self.model.current_part)
    discussed = property(lambda self: self.model.discussed)
    board_patients = property(lambda self: self.model.board_patients)
    unreviewed = property(lambda self: self.model.unreviewed)
    open_decisions = property(lambda self: self.model.open_decisions)
    made_today = property(lambda self: self.model.made_today)
    notice = property(lambda self: self.model.notice)
    running = property(lambda self: self.model.running)
    ended = property(lambda self: self.model.ended)
    huddle_id = property(lambda self: self.model.huddle_id)
    planned = property(lambda self: self.model.planned)

    def now(self) -> datetime:
        return self.model.now()

    def elapsed(self) -> int:
        return self.model.elapsed()

    def clock(self) -> ClockState:
        return self.model.clock_state()

    def started(self, record: HuddleRecord) -> None:
        self.model.started(record)

    def set_part(self, part: str) -> None:
        self.model.set_part(part)

    def follow_lane(self, lane_key: str) -> None:
        self.model.follow_lane(lane_key)

    def step_part(self, step: int) -> str | None:
        return self.model.step_part(step)

    def parts_seconds(self) -> dict[str, int]:
        return self.model.parts_seconds()

    def progress(self) -> list[PartProgress]:
        return self.model.progress()

    def set_board(self, board: Board) -> None:
        self.model.set_board(board)

    def note_discussed(self, patient_id: int | None) -> None:
        self.model.note_discussed(patient_id)

    def forecast(self) -> PaceForecast | None:
        return self.model.forecast()


class QtPartChip(QLabel):
    """One agenda part: its name and the time spent against its box."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(8, 3, 8, 3)
        self.setMinimumWidth(96)

    def show_progress(self, part: PartProgress, *, running: bool) -> None:
        spent = format_seconds(part.spent_seconds) if running else "–"
        self.setText(f"{self.number}  {part.label}\n{spent} / {part.minutes}:00")
        over = running and part.over
        if part.current:
            theme.fill(self, theme.LANE_TITLE_BG, theme.WARNING_ON_DARK if over
                       else theme.HEADER_TEXT)
            self.setFont(theme.font(15, bold=True))
        else:
            theme.fill(self, theme.URGENT_BG if over else theme.LANE_BG,
                       theme.URGENT_BAR if over else theme.TEXT)
            self.setFont(theme.font(15, bold=over))
        state = self.tr("pågår") if part.current else ""
        if over:
            state += " " + self.tr("över tidsrutan")
        self.setAccessibleName(self.tr("{part}, {spent} av {minutes} minuter {state}").format(
            part=part.label, spent=spent, minutes=part.minutes, state=state).strip())


class QtHuddleClock(QLabel):
    """The countdown: dark while running, amber near the end, red in overtime."""

    def __init__(self, pixels: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFont(theme.font(pixels, bold=True))
        self.setContentsMargins(14, 0, 14, 0)
        self.setMinimumWidth(int(pixels * 3.6))
        self.phase = ""

    def show_clock(self, state: ClockState | None) -> None:
        if state is None:
            self.setText("–:––")
            theme.fill(self, theme.LANE_BG, theme.MUTED_TEXT)
            self.phase = ""
            self.setAccessibleName(self.tr("Ingen avstämning pågår"))
            return
        self.setText(state.text)
        self.phase = state.phase
        if state.phase == PHASE_OVERTIME:
            theme.fill(self, CLOCK_OVERTIME_BG, theme.HEADER_TEXT)
        elif state.phase == PHASE_NEAR_END:
            theme.fill(self, CLOCK_NEAR_END_BG, theme.TEXT)
        else:
            theme.fill(self, CLOCK_RUNNING_BG, theme.HEADER_TEXT)
        if state.overtime_seconds:
            self.setAccessibleName(self.tr("Övertid {time}").format(time=state.text))
        else:
            self.setAccessibleName(self.tr("{time} kvar").format(time=state.text))


class QtHuddlePanel(QFrame):
    """Between the header and the board: clock, agenda, pace, who is present."""

    def __init__(self, session: QtHuddleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("huddlePanel")
        theme.fill(self, theme.BACKGROUND, theme.TEXT)
        self.setAccessibleName(self.tr("Avstämningen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(8)
        self.clock = QtHuddleClock(34, self)
        layout.addWidget(self.clock)
        self.chips: list[QtPartChip] = []
        for number in range(1, len(session.agenda) + 1):
            chip = QtPartChip(number, self)
            self.chips.append(chip)
            layout.addWidget(chip)
        info = QVBoxLayout()
        info.setSpacing(0)
        self.status = QLabel(self)
        self.status.setFont(theme.font(16, bold=True))
        self.status.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # names of those present
        self.detail.setFont(theme.font(14))
        self.detail.setWordWrap(True)
        info.addWidget(self.status)
        info.addWidget(self.detail)
        layout.addLayout(info, 1)
        session.changed.connect(self._update)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self._update()

    def _tick(self) -> None:
        if self.session.running:
            self._update()

    def _update(self) -> None:
        session = self.session
        running = session.running
        self.clock.show_clock(session.clock() if session.record else None)
        for chip, part in zip(self.chips, session.progress(), strict=True):
            chip.show_progress(part, running=running or session.ended)
        self.status.setText(self._status_text())
        self.detail.setText(self._detail_text())

    def _status_text(self) -> str:
        session = self.session
        if session.record is None:
            return self.tr("Ingen avstämning i dag ännu – tryck F2 för att starta.")
        if session.ended:
            record = session.record
            return self.tr("Avslutad {time} efter {minutes} min – F2 återupptar.").format(
                time=record.ended_at.strftime("%H:%M"),
                minutes=round(session.elapsed() / 60))
        if session.notice:
            return session.notice
        state = session.clock()
        if state.message:
            return state.message
        forecast = session.forecast()
        if forecast is not None:
            return forecast.text
        return self.tr("Takten visas när första patienten är avklarad.")

    def _detail_text(self) -> str:
        session = self.session
        if session.record is None:
            return self.tr("F1 visar alla kortkommandon.")
        roles = ", ".join(tr_label(ROLE_LABELS.get(role, role)) for role in session.record.roles)
        parts = [self.tr("Närvarande: {roles}").format(roles=roles or "–")]
        if session.running:
            parts.append(self.tr("Ogranskade beslut: {n}").format(n=session.unreviewed))
            parts.append(self.tr("Nya beslut: {n}").format(n=session.made_today))
            forecast = session.forecast()
            if forecast is not None and session.notice:
                parts.append(forecast.text)
        return " · ".join(parts)
