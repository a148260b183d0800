"""The board's building blocks: a card (one patient, decision or event) and a lane (a titled,
scrolling column of cards that builds most of its cards after the first paint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from huddle.ui import theme
from huddle.ui.qt_text import plain_label, shown_text

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent  # the class (and its bases) load with the first click


class QtCard(QFrame):
    """One patient (or decision, or event) on the board; clicking it opens the patient."""

    clicked = Signal(int)

    def __init__(self, title: str, body: str, *, urgent: bool, patient_id: int | None,
                 accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.urgent = urgent
        self.current = False
        self.patient_id = patient_id
        # What the card stands for, for keyboard navigation and the chair's actions.
        self.key: tuple | None = None
        self.decision_id: int | None = None
        self.followup_id: int | None = None
        self.followup_kind: str | None = None
        self.masked = False  # the patient is shown without identity (the room's board)
        # 'Visa för:' – None: no organisation chosen; True: the chosen one holds this card;
        # False: it does not (the card steps back).
        self.mine: bool | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if patient_id else Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(shown_text(accessible))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 6, 10, 7)
        layout.setSpacing(2)
        self.title = plain_label(title, self)
        self.title.setObjectName("cardTitle")
        self.title.setFont(theme.font(17, bold=True))
        self.title.setWordWrap(True)
        self.body = plain_label(body, self)
        self.body.setObjectName("cardBody")
        self.body.setFont(theme.font(15))
        self.body.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_current(self, current: bool) -> None:
        self.current = current
        self.update()

    def set_mine(self, mine: bool | None) -> None:
        """Mark the card as the chosen organisation's (a thick outline and a tag), or let
        it step back (faded) when another organisation's or nobody's."""
        if mine == self.mine:
            return
        self.mine = mine
        if mine is False:
            effect = QGraphicsOpacityEffect(self)
            effect.setOpacity(0.35)
            self.setGraphicsEffect(effect)
        else:
            self.setGraphicsEffect(None)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(1, 1, -1, -1)
        background = theme.CURRENT_BG if self.current else (
            theme.URGENT_BG if self.urgent else theme.CARD_BG)
        focused = self.hasFocus() or self.current
        if focused:
            painter.setPen(QPen(theme.FOCUS, 3))
        elif self.mine:
            painter.setPen(QPen(theme.MINE, 4))
        else:
            painter.setPen(QPen(theme.CARD_BORDER, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.URGENT_BAR if self.urgent else theme.CARD_BAR)
        painter.drawRoundedRect(rect.adjusted(0, 0, -(rect.width() - 7), 0), 3, 3)
        painter.end()

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
    """A titled, scrolling column of cards.

    Only the first few cards are built before the first paint; the rest follow once the lane
    has been painted, as soon as the event loop is free (start-up time is dominated by
    building styled widgets). Anything that needs every card calls :meth:`card_widgets`,
    which finishes the job first.
    """

    EAGER_CARDS = 8
    BATCH_CARDS = 20  # the rest are built this many at a time, the window painting between

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.base_title = title
        self.setObjectName("lane")
        self.setFrameShape(QFrame.Shape.Box)
        theme.fill(self, theme.LANE_BG)
        palette = self.palette()
        palette.setColor(palette.ColorRole.WindowText, theme.LANE_BORDER)
        self.setPalette(palette)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)
        outer.setSpacing(0)
        self.header = QLabel(title, self)
        self.header.setObjectName("laneTitle")
        self.header.setWordWrap(True)
        self.header.setFont(theme.font(18, bold=True))
        self.header.setContentsMargins(10, 6, 10, 6)
        theme.fill(self.header, theme.LANE_TITLE_BG, theme.HEADER_TEXT)
        outer.addWidget(self.header)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName("laneContent")
        theme.fill(self.content, theme.LANE_BG, theme.TEXT)
        self.cards = QVBoxLayout(self.content)
        self.cards.setContentsMargins(6, 6, 6, 6)
        self.cards.setSpacing(6)
        self.cards.addStretch(1)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll, 1)
        # A line under the cards, e.g. how many CFS planning items wait for another day.
        self.note = QLabel(self)
        self.note.setObjectName("laneNote")
        self.note.setWordWrap(True)
        # Upright, bold and full-strength: read on a projector across the room.
        self.note.setFont(theme.font(16, bold=True))
        self.note.setContentsMargins(8, 4, 8, 4)
        theme.fill(self.note, theme.NOTE_BG, theme.TEXT)
        self.note.hide()
        outer.addWidget(self.note)
        self.setAccessibleName(title)
        self._pending: list = []
        self._painted = False

    def set_cards(self, factories: list) -> None:
        """Replace the cards; ``factories`` are callables that build one card each."""
        self.clear()
        for factory in factories[: self.EAGER_CARDS]:
            self.add_card(factory())
        self._pending = list(factories[self.EAGER_CARDS:])
        if self._pending and self._painted:
            QTimer.singleShot(0, self._build_some)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The first paint starts building the cards still pending. A zero timer started
        before it would run first: a paint is a posted event of low priority, so the window
        showed nothing until every lane's next batch was built."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._pending:
                QTimer.singleShot(0, self._build_some)

    def _build_some(self) -> None:
        """A batch of the cards still to build, then the next batch on a later turn of the
        event loop: a lane of 2,000 patients (a large import) is built without a freeze."""
        batch, self._pending = (self._pending[: self.BATCH_CARDS],
                                self._pending[self.BATCH_CARDS:])
        for factory in batch:
            self.add_card(factory())
        if self._pending:
            QTimer.singleShot(0, self._build_some)

    def _build_pending(self) -> None:
        pending, self._pending = self._pending, []
        for factory in pending:
            self.add_card(factory())

    def clear(self) -> None:
        self._pending = []
        while self.cards.count() > 1:
            widget = self.cards.takeAt(0).widget()
            if widget is not None:
                # Hidden at once: until the deferred delete runs it would still paint, over
                # the new cards (seen in screenshots taken right after a refresh). Focus is
                # let go first, or hiding hands it on card by card and scrolls every lane.
                if widget.hasFocus():
                    widget.clearFocus()
                widget.hide()
                widget.deleteLater()

    def add_card(self, card: QtCard) -> None:
        self.cards.insertWidget(self.cards.count() - 1, card)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        """A lane's height is what the board gives it, its cards scroll: asked for a height
        for its width (its wrapped title and note), the board split the left column evenly
        whatever share the lane under discussion was given."""
        return False

    def set_note(self, text: str | None) -> None:
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    def set_count(self, count: int) -> None:
        self.header.setText(f"{self.base_title}  ({count})")

    def set_empty_text(self, text: str) -> None:
        label = QLabel(text, self.content)
        label.setObjectName("emptyText")
        label.setWordWrap(True)
        label.setFont(theme.font(15, italic=True))
        label.setContentsMargins(6, 6, 6, 6)
        self.cards.insertWidget(0, label)

    def card_widgets(self) -> list[QtCard]:
        """Every card, the pending ones built now."""
        self._build_pending()
        return self.built_cards()

    def built_cards(self) -> list[QtCard]:
        """The cards built so far."""
        return [self.cards.itemAt(i).widget() for i in range(self.cards.count() - 1)
                if isinstance(self.cards.itemAt(i).widget(), QtCard)]
