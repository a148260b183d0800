"""The running huddle: a session object that knows the clock, the agenda part and who has
been discussed, and the panel above the board that shows the countdown, the time boxes and
the pace forecast. The projector window shows the same session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from huddle.domain.board import Board
from huddle.domain.huddle import (
    AGENDA_ORDER,
    PART_DECISIONS,
    PART_OF_LANE,
    PHASE_NEAR_END,
    PHASE_OVERTIME,
    AgendaPart,
    ClockState,
    PaceForecast,
    PartProgress,
    build_agenda,
    clock_state,
    format_seconds,
    pace_forecast,
    part_seconds,
    planned_minutes,
    progress,
)
from huddle.domain.roles import ROLE_LABELS
from huddle.i18n import tr_label
from huddle.storage.huddles import HuddleRecord, get_huddle
from huddle.storage.settings import load_settings
from huddle.ui import theme

CLOCK_RUNNING_BG = theme.HEADER_BG
CLOCK_NEAR_END_BG = theme.FOCUS  # amber: calm, no blinking
CLOCK_OVERTIME_BG = theme.URGENT_BAR


class QtHuddleSession(QObject):
    """The day's huddle as the chair runs it. ``changed`` fires on anything but the ticking
    clock; views read the clock themselves once a second."""

    changed = Signal()

    def __init__(self, db, *, day: date, now: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db  # read-only use: a plain connection is enough
        self.day = day
        self.now = now
        settings = load_settings(db)
        self.agenda: tuple[AgendaPart, ...] = build_agenda(settings)
        self.default_minutes = planned_minutes(settings)
        self.record: HuddleRecord | None = None
        self.current_part: str = PART_DECISIONS
        self._switches: list[tuple[str, float]] = []
        self.discussed: set[int] = set()
        self.board_patients: set[int] = set()
        self.unreviewed = 0
        self.open_decisions = 0
        self.made_today = 0
        self.notice = ""
        self._confirm_skip = False
        self.reload()

    # ----------------------------------------------------------------- state
    def reload(self) -> None:
        self.record = get_huddle(self.db, self.day)
        if self.running and not self._switches:
            self._switches = [(self.current_part, float(self.elapsed()))]
        self.changed.emit()

    @property
    def running(self) -> bool:
        return self.record is not None and self.record.running

    @property
    def ended(self) -> bool:
        return self.record is not None and not self.record.running

    @property
    def huddle_id(self) -> int | None:
        return self.record.id if self.record else None

    def elapsed(self) -> int:
        return self.record.elapsed_seconds(self.now()) if self.record else 0

    @property
    def planned(self) -> int:
        return self.record.planned_minutes if self.record else self.default_minutes

    def clock(self) -> ClockState:
        return clock_state(self.elapsed(), self.planned, ended=self.ended)

    def started(self, record: HuddleRecord) -> None:
        """The start dialog stored the huddle (new, resumed or attendance changed)."""
        fresh = not self.running
        self.record = record
        if fresh:
            self.current_part = PART_DECISIONS
            self._switches = [(PART_DECISIONS, float(self.elapsed()))]
            self.notice = ""
        self.changed.emit()

    def ended_now(self) -> None:
        self._switches = []
        self.notice = ""
        self.reload()

    # ----------------------------------------------------------------- agenda
    def set_part(self, part: str) -> None:
        if part == self.current_part or part not in AGENDA_ORDER:
            return
        self.current_part = part
        self._confirm_skip = False
        self.notice = ""
        if self.running:
            self._switches.append((part, float(self.elapsed())))
        self.changed.emit()

    def follow_lane(self, lane_key: str) -> None:
        """Walking the board walks the agenda: the part follows the current card's lane."""
        part = PART_OF_LANE.get(lane_key)
        if part is not None:
            self.set_part(part)

    def step_part(self, step: int) -> str | None:
        """Move to the next (or previous) part. Leaving the open decisions with some not yet
        reviewed takes a second press, so nothing is skipped by accident."""
        index = AGENDA_ORDER.index(self.current_part) + step
        if not 0 <= index < len(AGENDA_ORDER):
            return None
        if (step > 0 and self.current_part == PART_DECISIONS and self.unreviewed
                and not self._confirm_skip and self.running):
            self._confirm_skip = True
            self.notice = self.tr(
                "{n} öppna beslut är inte granskade. Tryck Ctrl+→ igen för att gå vidare "
                "ändå.").format(n=self.unreviewed)
            self.changed.emit()
            return None
        self.set_part(AGENDA_ORDER[index])
        return self.current_part

    def parts_seconds(self) -> dict[str, int]:
        return part_seconds(self._switches, self.elapsed())

    def progress(self) -> list[PartProgress]:
        return progress(self.agenda, self.parts_seconds() if self.running or self.ended
                        else {}, self.current_part)

    # ----------------------------------------------------------------- patients
    def set_board(self, board: Board) -> None:
        ids = {item.patient_id for items in board.lanes.values() for item in items}
        ids |= {d.patient.patient_id for d in board.open_decisions if d.patient}
        ids |= {e.patient.patient_id for e in board.since_last_huddle}
        self.board_patients = ids
        earlier = [d for d in board.open_decisions if not d.new_today]
        self.open_decisions = sum(1 for d in earlier if d.status == "open" or d.reviewed)
        self.unreviewed = sum(1 for d in earlier if d.status == "open" and d.reviewed is None)
        self.made_today = sum(1 for d in board.open_decisions if d.new_today)
        if not self.unreviewed and self.current_part == PART_DECISIONS:
            self._confirm_skip = False
            self.notice = ""
        self.changed.emit()

    def note_discussed(self, patient_id: int | None) -> None:
        if self.running and patient_id is not None and patient_id not in self.discussed:
            self.discussed.add(patient_id)
            self.changed.emit()

    def forecast(self) -> PaceForecast | None:
        if not self.running:
            return None
        total = len(self.board_patients | self.discussed)
        return pace_forecast(elapsed_seconds=self.elapsed(), planned_minutes=self.planned,
                             done=len(self.discussed), total=total)


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
        self.setAccessibleName(f"{part.label}, {spent} av {part.minutes} minuter {state}".strip())


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
