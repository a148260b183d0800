"""The board's building blocks: a card (one patient, decision or event) and a lane (a titled,
scrolling column of cards that builds most of its cards after the first paint)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QLabel,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from huddle.ui import theme
from huddle.ui.qt_text import shown_text

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent  # the class (and its bases) load with the first click


class CardText:
    """A card's title or body: plain text in one font, laid out once for each width the
    card is given and painted from that layout.

    Painted rather than held in word-wrapped labels: a label lays out its text again for
    every size question and every paint, and the cards' labels were most of the time to the
    first painted board. The text is what :func:`shown_text` makes of it (never rich text,
    no character that reorders or hides text); a word too long for the width is broken
    rather than cut off.
    """

    KEPT_WIDTHS = 4  # the lane's width, and the last few while the window is resized

    def __init__(self, text: str, font: QFont) -> None:
        self._text = shown_text(text)
        self._font = font
        # Laid out per width: Qt's layout asks at more than one width, by turns; with one
        # width kept, the start-up laid each text out ~13 times.
        self._laid_out: dict[int, tuple[list[QTextLayout], float]] = {}

    def text(self) -> str:
        return self._text

    def font(self) -> QFont:
        return self._font

    def set_font(self, font: QFont) -> None:
        self._font = font
        self._laid_out.clear()

    def height_for(self, width: int) -> float:
        return self._layout_for(width)[1]

    def _layout_for(self, width: int) -> tuple[list[QTextLayout], float]:
        laid_out = self._laid_out.get(width)
        if laid_out is None:
            if len(self._laid_out) >= self.KEPT_WIDTHS:
                del self._laid_out[next(iter(self._laid_out))]
            laid_out = self._laid_out[width] = self._lay_out(width)
        return laid_out

    def _lay_out(self, width: int) -> tuple[list[QTextLayout], float]:
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lines, y = [], 0.0
        for paragraph in self._text.split("\n") if self._text else []:
            layout = QTextLayout(paragraph, self._font)
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                line.setPosition(QPointF(0, y))
                y += line.height()
            layout.endLayout()
            lines.append(layout)
        return lines, y

    def draw(self, painter: QPainter, x: float, y: float, width: int) -> None:
        for layout in self._layout_for(width)[0]:
            layout.draw(painter, QPointF(x, y))


class QtCard(QWidget):
    """One patient (or decision, or event) on the board; clicking it opens the patient.

    Its title (bold) and body are painted by the card itself (:class:`CardText`); a screen
    reader reads them from the card's accessible name.
    """

    clicked = Signal(int)

    # Inside the border: left (past the coloured bar), top, right, bottom; and the gap
    # between title and body.
    MARGINS = (16, 6, 10, 7)
    SPACING = 2

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
        self.title = CardText(title, theme.font(17, bold=True))
        self.body = CardText(body, theme.font(15))
        self._asked = 280  # the width last asked about (see sizeHint)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_fonts(self, title: QFont, body: QFont) -> None:
        """Another size of type (the projector's board): the card is laid out again."""
        self.title.set_font(title)
        self.body.set_font(body)
        self.updateGeometry()
        self.update()

    def _text_width(self, width: int) -> int:
        left, _top, right, _bottom = self.MARGINS
        return max(1, width - left - right)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        self._asked = width
        _left, top, _right, bottom = self.MARGINS
        inner = self._text_width(width)
        height = top + self.title.height_for(inner) + bottom
        if self.body.text():
            height += self.SPACING + self.body.height_for(inner)
        return math.ceil(height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """At the width the card has, or was last asked about (its lane's): a nominal width
        would lay its text out once more for nothing."""
        width = self.width() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) \
            else self._asked
        return QSize(width, self.heightForWidth(width))

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
            from PySide6.QtWidgets import QGraphicsOpacityEffect  # 'Visa för:' only

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
        left, top, _right, _bottom = self.MARGINS
        inner = self._text_width(self.width())
        painter.setPen(theme.TEXT)
        self.title.draw(painter, left, top, inner)
        self.body.draw(painter, left, top + self.title.height_for(inner) + self.SPACING, inner)
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


class QtLaneScrollBar(QScrollBar):
    """A lane's scroll bar (vertical), flat and drawn by itself: a track, the handle and an
    arrow at each end.

    The style's scroll bar paints gradients, ~2 ms a paint, five lanes at every paint of the
    board (a fifth of the first paint); asking the style where its parts are builds
    PySide6's QStyle type (~5 ms of enums) before the first paint. So this one places its
    parts itself (:meth:`parts`) and answers the mouse on those same places. The wheel and
    the keyboard work as on any scroll bar.
    """

    MIN_HANDLE = 24  # pixels: a handle that can be grabbed, however long the lane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._drag: tuple[float, int] | None = None  # where the drag began: y, position
        self._pressed_y: float | None = None  # a press on the track: where
        self.actionTriggered.connect(self._stop_under_pointer)

    def parts(self) -> tuple[QRect, QRect, QRect]:
        """The up arrow, the handle and the down arrow, in the bar's coordinates."""
        width, height = self.width(), self.height()
        arrow = min(width, height // 3)
        groove = height - 2 * arrow
        span = self.maximum() - self.minimum()
        length = groove if span <= 0 else max(
            min(self.MIN_HANDLE, groove), groove * self.pageStep() // (span + self.pageStep()))
        offset = 0 if span <= 0 else round(
            (groove - length) * (self.sliderPosition() - self.minimum()) / span)
        return (QRect(0, 0, width, arrow), QRect(0, arrow + offset, width, length),
                QRect(0, height - arrow, width, arrow))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        up, handle, down = self.parts()
        painter = QPainter(self)
        # Rectangles drawn without a pen, not QPainter.fillRect: its first call builds
        # PySide6's enums for every overload it weighs (2.5 ms before the first paint).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.NOTE_BG)
        painter.drawRect(self.rect())
        if self.maximum() <= self.minimum():
            painter.end()  # nothing to scroll: the strip alone
            return
        painter.setBrush(theme.LANE_TITLE_BG if self.isSliderDown() else theme.SCROLL_HANDLE)
        painter.drawRect(handle.adjusted(2, 1, -2, -1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(theme.SCROLL_HANDLE)
        for box, tip in ((up, -1), (down, 1)):
            if box.height() < 4:
                continue
            x, y = box.center().x() + 0.5, box.center().y() + 0.5
            half = max(2.0, box.width() / 4)
            painter.drawPolygon([QPointF(x - half, y - tip * half / 2),
                                 QPointF(x + half, y - tip * half / 2),
                                 QPointF(x, y + tip * half / 2)])
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() != Qt.MouseButton.LeftButton or self.maximum() <= self.minimum():
            event.ignore()
            return
        up, handle, down = self.parts()
        y = event.position().y()
        if handle.top() <= y <= handle.bottom():
            self._drag = (y, self.sliderPosition())
            self.setSliderDown(True)
            self.update()
        else:
            action = (QAbstractSlider.SliderAction.SliderSingleStepSub if y < up.bottom() + 1
                      else QAbstractSlider.SliderAction.SliderSingleStepAdd
                      if y >= down.top()
                      else QAbstractSlider.SliderAction.SliderPageStepSub if y < handle.top()
                      else QAbstractSlider.SliderAction.SliderPageStepAdd)
            self._pressed_y = y
            self.triggerAction(action)
            self.setRepeatAction(action)  # held down: again and again, as a scroll bar does
        event.accept()

    def _stop_under_pointer(self, action: int) -> None:
        """Held down on the track, the lane pages until the handle reaches the pointer, as
        on any scroll bar, not on to the end."""
        if self._pressed_y is None or action not in (
                QAbstractSlider.SliderAction.SliderPageStepAdd.value,
                QAbstractSlider.SliderAction.SliderPageStepSub.value):
            return
        # The slider position has moved already (the value follows): where the handle is now.
        handle = self.parts()[1]
        if handle.top() <= self._pressed_y <= handle.bottom():
            self.setRepeatAction(QAbstractSlider.SliderAction.SliderNoAction)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._drag is None:
            return
        up, handle, down = self.parts()
        travel = down.top() - up.bottom() - 1 - handle.height()
        start_y, start = self._drag
        span = self.maximum() - self.minimum()
        moved = (event.position().y() - start_y) * span / travel if travel > 0 else 0
        self.setSliderPosition(max(self.minimum(), min(self.maximum(), round(start + moved))))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.setRepeatAction(QAbstractSlider.SliderAction.SliderNoAction)
        self._pressed_y = None
        if self._drag is not None:
            self._drag = None
            self.setSliderDown(False)
            self.update()


class QtLane(QFrame):
    """A titled, scrolling column of cards.

    Before the first paint only the cards the lane shows are built: once the lane has its
    size, cards are built until its visible part is full. The rest follow once the lane has
    been painted, as soon as the event loop is free (start-up time is dominated by laying
    out the cards' wrapped text). Anything that needs every card calls
    :meth:`card_widgets`, which finishes the job first.
    """

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
        self.scroll.setVerticalScrollBar(QtLaneScrollBar(self.scroll))
        # Always there (a plain strip when all fits): the cards keep their width whether or
        # not they overflow, and are not laid out twice, with and without the bar.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
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
        self._sized = False    # given its size at least once (see _fill_view)
        self._painted = False

    def set_cards(self, factories: list) -> None:
        """Replace the cards; ``factories`` are callables that build one card each."""
        self.clear()
        self._pending = list(factories)
        self._fill_view()
        if self._pending and self._painted:
            QTimer.singleShot(0, self._build_some)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The lane's size is known (it is shown, or the window grew): fill what it shows."""
        super().resizeEvent(event)
        self._sized = True
        self._fill_view()

    def _fill_view(self) -> None:
        """Build pending cards until the cards fill the lane's visible height, so that the
        first paint shows the lane as it will stay; the cards below the fold come later.
        A lane not yet given its size (its window is still being built, hidden) builds
        nothing: a hidden widget's resizes wait for it to be shown, and are then delivered
        before the first paint."""
        if not self._pending or not self._sized:
            return
        view = self.scroll.height()
        margins = self.cards.contentsMargins()
        # Laid out for the width they have beside the scroll bar.
        width = self.scroll.width() - margins.left() - margins.right() \
            - self.scroll.verticalScrollBar().sizeHint().width()
        used = margins.top() + sum(
            card.heightForWidth(width) + self.cards.spacing() for card in self.built_cards())
        while self._pending and used < view:
            card = self._pending.pop(0)()
            self.add_card(card)
            used += card.heightForWidth(width) + self.cards.spacing()

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
