"""The board widget: open decisions, events since the last huddle and the three lanes.

It shows a :class:`huddle.domain.board.Board` and nothing else; the same widget serves the
nurse's window and the projector window (which gets a board built with ``projector=True``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.board import LANE_CFS, LANE_HOME, LANE_SAMSA, Board, BoardItem, short_date


class QtCard(QFrame):
    """One patient (or decision, or event) on the board; clicking it opens the patient."""

    clicked = Signal(int)

    def __init__(self, title: str, body: str, *, urgent: bool, patient_id: int | None,
                 accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("urgent", urgent)
        self.patient_id = patient_id
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if patient_id else Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(accessible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 7)
        layout.setSpacing(2)
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.body = QLabel(body, self)
        self.body.setObjectName("cardBody")
        self.body.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self.patient_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.patient_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.patient_id is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                            Qt.Key.Key_Space):
            self.clicked.emit(self.patient_id)
            return
        super().keyPressEvent(event)


class QtLane(QFrame):
    """A titled, scrolling column of cards."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.base_title = title
        self.setObjectName("lane")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = QLabel(title, self)
        self.header.setObjectName("laneTitle")
        self.header.setWordWrap(True)
        outer.addWidget(self.header)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName("laneContent")
        self.cards = QVBoxLayout(self.content)
        self.cards.setContentsMargins(6, 6, 6, 6)
        self.cards.setSpacing(6)
        self.cards.addStretch(1)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll, 1)
        self.setAccessibleName(title)

    def clear(self) -> None:
        while self.cards.count() > 1:
            widget = self.cards.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def add_card(self, card: QtCard) -> None:
        self.cards.insertWidget(self.cards.count() - 1, card)

    def set_count(self, count: int) -> None:
        self.header.setText(f"{self.base_title}  ({count})")

    def set_empty_text(self, text: str) -> None:
        label = QLabel(text, self.content)
        label.setObjectName("emptyText")
        label.setWordWrap(True)
        self.cards.insertWidget(0, label)

    def card_widgets(self) -> list[QtCard]:
        return [self.cards.itemAt(i).widget() for i in range(self.cards.count() - 1)
                if isinstance(self.cards.itemAt(i).widget(), QtCard)]


class QtBoard(QWidget):
    """The whole board below the header."""

    patientActivated = Signal(int)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.decisions = QtLane("open_decisions", self.tr("Öppna beslut"), self)
        self.events = QtLane("since_last_huddle", self.tr("Sedan förra avstämningen"), self)
        left.addWidget(self.decisions, 3)
        left.addWidget(self.events, 2)
        layout.addLayout(left, 1)
        self.lanes = {
            LANE_SAMSA: QtLane(LANE_SAMSA, self.tr("Patienter i SAMSA"), self),
            LANE_CFS: QtLane(LANE_CFS, self.tr("Sköra äldre (CFS) – samordning"), self),
            LANE_HOME: QtLane(LANE_HOME, self.tr("Uppföljning i hemmet"), self),
        }
        for lane in self.lanes.values():
            layout.addWidget(lane, 1)

    def _card(self, item: BoardItem, body: str | None = None, *, urgent: bool | None = None
              ) -> QtCard:
        age = self.tr("{age} år").format(age=item.age) if item.age is not None else ""
        title = f"{item.name}, {age}" if age else item.name
        if item.personnummer and not item.masked:
            accessible = f"{title}. {item.personnummer}. {body or item.reason}"
        else:
            accessible = f"{title}. {body or item.reason}"
        card = QtCard(title, body or item.reason, urgent=item.urgent if urgent is None else urgent,
                      patient_id=item.patient_id, accessible=accessible)
        card.clicked.connect(self.patientActivated)
        return card

    def show_board(self, board: Board) -> None:
        self._update_decisions(board)
        self._update_events(board)
        for key, lane in self.lanes.items():
            lane.clear()
            items = board.lanes.get(key, [])
            for item in items:
                lane.add_card(self._card(item))
            lane.set_count(len(items))
            if not items:
                lane.set_empty_text(self.tr("Inga patienter här i dag."))

    def _update_decisions(self, board: Board) -> None:
        lane = self.decisions
        lane.clear()
        for decision in board.open_decisions:
            due = short_date(decision.due_on)
            lines = [self.tr("{what} – {who}, senast {due}").format(
                what=decision.what, who=decision.responsible, due=due)]
            if decision.overdue:
                lines[0] = self.tr("FÖRSENAT: ") + lines[0]
            if decision.escalated:
                lines.append(self.tr("Lyft till månadsmöte"))
            if decision.answer:
                lines.append(decision.answer)
            body = "\n".join(lines)
            if decision.patient is not None:
                card = self._card(decision.patient, body, urgent=decision.overdue)
            else:
                card = QtCard(decision.what, body, urgent=decision.overdue, patient_id=None,
                              accessible=body)
            lane.add_card(card)
        lane.set_count(len(board.open_decisions))
        if not board.open_decisions:
            lane.set_empty_text(self.tr("Inga öppna beslut."))

    def _update_events(self, board: Board) -> None:
        """One card per patient, newest first, so three events do not fill three cards."""
        lane = self.events
        lane.clear()
        grouped: dict[int, list] = {}
        for event in board.since_last_huddle:
            grouped.setdefault(event.patient.patient_id, []).append(event)
        for events in grouped.values():
            lines = [f"{short_date(e.at)} {e.at:%H:%M} · {e.text}" for e in events]
            lane.add_card(self._card(events[0].patient, "\n".join(lines), urgent=False))
        lane.set_count(len(board.since_last_huddle))
        if not board.since_last_huddle:
            lane.set_empty_text(self.tr("Inget nytt sedan förra avstämningen."))
