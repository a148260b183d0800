"""The board widget: open decisions, events since the last huddle and the three lanes.

It shows a :class:`huddle.domain.board.Board` and nothing else; the same widget serves the
nurse's window and the projector window (its cards and lanes: ``qt_board_cards``). What a
card says of a patient is what the board's audience may see (the disclosure policy decided
when the board was built). Every text is shown as plain text: a name from an export cannot
change what the screen shows.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from huddle.domain.actions import BoardShare
from huddle.domain.board import (
    LANE_CFS,
    LANE_HOME,
    LANE_SAMSA,
    Board,
    BoardItem,
    HomeItem,
    PatientRef,
    SamsaItem,
)
from huddle.domain.dates import DateWords, short_date
from huddle.domain.huddle import REVIEW_LABELS
from huddle.i18n import tr_label
from huddle.ui import theme
from huddle.ui.qt_board_cards import QtCard, QtLane

# Open decisions : since the last huddle, in the left column; the lane under discussion
# takes FOCUSED_SHARE.
LEFT_SHARE = (3, 2)
FOCUSED_SHARE = (4, 1)


class QtBoard(QWidget):
    """The whole board below the header.

    One card at a time is *current* (the patient under discussion): the chair moves it with
    the keyboard in agenda order (open decisions, since last huddle, SAMSA, CFS, home), and
    the projector's board highlights the same card by its key.
    """

    patientActivated = Signal(int)  # noqa: N815 (Qt signal naming)
    currentChanged = Signal(object)  # noqa: N815 (the current card, or None)

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0,
                 numbers: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.scale = scale
        # The projector's board never carries a personnummer, not even for screen readers.
        self.numbers = numbers
        self.current_key: tuple | None = None
        self.share: BoardShare | None = None   # 'Visa för:' the chosen organisation's part
        theme.fill(self, theme.BACKGROUND)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.decisions = QtLane("open_decisions", self.tr("Öppna beslut"), self)
        self.events = QtLane("since_last_huddle", self.tr("Sedan förra avstämningen"), self)
        left.addWidget(self.decisions, LEFT_SHARE[0])
        left.addWidget(self.events, LEFT_SHARE[1])
        layout.addLayout(left, 1)
        self._left = left
        self.lanes = {
            LANE_SAMSA: QtLane(LANE_SAMSA, self.tr("Patienter i SAMSA"), self),
            LANE_CFS: QtLane(LANE_CFS, self.tr("Sköra äldre (CFS) – samordning"), self),
            LANE_HOME: QtLane(LANE_HOME, self.tr("Uppföljning i hemmet"), self),
        }
        for lane in self.lanes.values():
            layout.addWidget(lane, 1)
        if scale != 1.0:
            for lane in self.all_lanes():
                lane.header.setFont(theme.font(round(18 * scale), bold=True))

    def _card(self, item: BoardItem | PatientRef, body: str | None = None, *,
              urgent: bool | None = None, key: tuple | None = None, **attributes) -> QtCard:
        title = item.shown.label
        text = body if body is not None else item.reason
        if item.personnummer and not item.masked and self.numbers:
            accessible = f"{title}. {item.personnummer}. {text}"
        else:
            accessible = f"{title}. {text}"
        card = QtCard(title, text, urgent=item.urgent if urgent is None else urgent,
                      patient_id=item.patient_id, accessible=accessible)
        card.masked = item.shown.masked  # shown without identity to this board's audience
        card.clicked.connect(self.patientActivated)
        return self._keyed(card, key, **attributes)

    def _keyed(self, card: QtCard, key: tuple | None, **attributes) -> QtCard:
        card.key = key
        for name, value in attributes.items():
            setattr(card, name, value)
        if self.share is not None:
            card.set_mine(self.share.holds(key))
        if self.scale != 1.0:
            card.set_fonts(theme.font(round(17 * self.scale), bold=True),
                           theme.font(round(15 * self.scale)))
        if key is not None and key == self.current_key:
            card.set_current(True)
        return card

    def _with_next_step(self, item: BoardItem) -> str | None:
        """A CFS card says what to do next under why the patient is there."""
        step = item.next_step
        return f"{item.reason}\n→ {step}" if step else None

    @staticmethod
    def _item_key(lane: str, item: BoardItem) -> tuple:
        if isinstance(item, HomeItem):
            return (lane, item.followup_id)
        if isinstance(item, SamsaItem):
            return (lane, item.case_id)
        return (lane, item.patient_id)

    def set_share(self, share: BoardShare | None) -> None:
        """'Visa för:' – mark the cards ``share``'s organisation holds and let the others step
        back; None shows every card as usual. Cards built later follow too."""
        if share is None and self.share is None:
            return  # nothing marked, nothing to undo: the lanes' pending cards stay pending
        self.share = share
        for lane in (self.decisions, self.events, *self.lanes.values()):
            first = None
            # Choosing an organisation marks every card (and finds the first to scroll to);
            # choosing "Alla" again only unmarks those built so far.
            cards = lane.card_widgets() if share is not None else lane.built_cards()
            for card in cards:
                mine = share.holds(card.key) if share is not None else None
                card.set_mine(mine)
                if mine and first is None:
                    first = card
            if first is not None:
                # Once the layout has settled (cards just built have no place yet), each lane
                # shows its first marked card.
                for delay in (0, 100):
                    QTimer.singleShot(delay, self, lambda key=first.key: self._scroll_to(
                        self.card_by_key(key)))

    def show_board(self, board: Board) -> None:
        self._update_decisions(board)
        self._update_events(board)
        for key, lane in self.lanes.items():
            items = board.lanes.get(key, [])
            lane.set_cards([partial(self._card, item, key=self._item_key(key, item),
                                    body=self._with_next_step(item),
                                    followup_id=getattr(item, "followup_id", None),
                                    followup_kind=getattr(item, "kind", None))
                            for item in items])
            lane.set_count(len(items))
            lane.set_note(board.lane_notes.get(key))
            if not items:
                if key == LANE_SAMSA and board.last_import is None:
                    lane.set_empty_text(self.tr(
                        "Ingen SAMSA-export är importerad ännu. Importera den med Ctrl+I "
                        "(Arkiv › Importera) eller dra filen hit."))
                else:
                    lane.set_empty_text(self.tr("Inga patienter här i dag."))
        if self.current_key is not None and self.card_by_key(self.current_key) is None:
            self.current_key = None
            self.currentChanged.emit(None)

    def _update_decisions(self, board: Board) -> None:
        lane = self.decisions
        factories = []
        for decision in board.open_decisions:
            due = self._words(board, decision.patient).when(decision.due_on)
            lines = [self.tr("{what} – {who}, senast {due}").format(
                what=decision.what, who=decision.responsible, due=due)]
            if decision.overdue:
                lines[0] = self.tr("FÖRSENAT: ") + lines[0]
            if decision.escalated:
                lines.append(self.tr("Lyft till: {to}").format(
                    to=tr_label(decision.escalated_to or "") or self.tr("månadsmöte")))
            if decision.answer:
                lines.append(decision.answer)
            if decision.new_today:
                lines.append("★ " + self.tr("Nytt beslut i dag"))
            if decision.reviewed:
                lines.append("✓ " + self.tr("Granskat i dag: {outcome}").format(
                    outcome=tr_label(REVIEW_LABELS[decision.reviewed]).lower()))
            elif decision.status != "open":
                lines.append("✓ " + self.tr("Klart"))
            body = "\n".join(lines)
            key = ("open_decisions", decision.id)
            if decision.patient is not None:
                factories.append(partial(self._card, decision.patient, body,
                                         urgent=decision.overdue, key=key,
                                         decision_id=decision.id))
            else:
                factories.append(partial(
                    lambda d=decision, b=body, k=key: self._keyed(
                        QtCard(d.what, b, urgent=d.overdue, patient_id=None, accessible=b),
                        k, decision_id=d.id)))
        lane.set_cards(factories)
        # Decisions closed at this huddle stay on the lane, ticked, but are no longer open.
        lane.set_count(sum(1 for decision in board.open_decisions if decision.status == "open"))
        if not board.open_decisions:
            lane.set_empty_text(self.tr("Inga öppna beslut."))

    @staticmethod
    def _words(board: Board, patient: PatientRef | None) -> DateWords:
        """Exact dates where the board's audience may see them of ``patient``; for a patient
        the room may not identify, days relative to today ('i går'), as the lanes write them."""
        return DateWords(board.day, exact=patient is None or patient.shown.details)

    def _update_events(self, board: Board) -> None:
        """One card per patient, newest first, so three events do not fill three cards."""
        lane = self.events
        grouped: dict[int, list] = {}
        for event in board.since_last_huddle:
            grouped.setdefault(event.patient.patient_id, []).append(event)
        factories = []
        for events in grouped.values():
            words = self._words(board, events[0].patient)
            lines = [f"{short_date(e.at)} {e.at:%H:%M} · {e.text}" if words.exact
                     else f"{words.when(e.at)} · {e.text}" for e in events]
            factories.append(partial(self._card, events[0].patient, "\n".join(lines),
                                     urgent=False,
                                     key=("since_last_huddle", events[0].patient.patient_id)))
        lane.set_cards(factories)
        lane.set_count(len(board.since_last_huddle))
        if not board.since_last_huddle:
            lane.set_empty_text(self.tr("Inget nytt sedan förra avstämningen."))

    # ----------------------------------------------------------------- navigation
    def all_lanes(self) -> list[QtLane]:
        """The lanes in the order the huddle walks them."""
        return [self.decisions, self.events, *self.lanes.values()]

    def lane(self, key: str) -> QtLane | None:
        return next((lane for lane in self.all_lanes() if lane.key == key), None)

    def navigation_cards(self) -> list[QtCard]:
        return [card for lane in self.all_lanes() for card in lane.card_widgets()
                if card.key is not None]

    def card_by_key(self, key: tuple | None) -> QtCard | None:
        if key is None:
            return None
        lane = self.lane(key[0])
        if lane is None:
            return None
        return next((card for card in lane.card_widgets() if card.key == key), None)

    def current_card(self) -> QtCard | None:
        return self.card_by_key(self.current_key)

    def set_current(self, key: tuple | None, *, focus: bool = True) -> QtCard | None:
        """Make the card with ``key`` the current one (highlighted, scrolled into view)."""
        old = self.current_card()
        card = self.card_by_key(key)
        if old is not None and old is not card:
            old.set_current(False)
        self.current_key = card.key if card is not None else None
        if card is not None:
            card.set_current(True)
            self._give_room(card.key[0] if card.key else None)
            self._scroll_to(card)
            # Again once the layout has settled: right after a refresh the new card has no
            # position yet.
            QTimer.singleShot(0, self, lambda key=card.key: self._scroll_to(self.card_by_key(key)))
            if focus:
                card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.currentChanged.emit(card)
        return card

    def _give_room(self, lane_key: str | None) -> None:
        """The two lanes on the left share one column: the one under discussion gets most of
        it, so on a 1366×768 screen the card under review is seen whole with the next ones
        below it (at 3:2 the open decisions showed two and a half cards)."""
        if lane_key == self.decisions.key:
            shares = FOCUSED_SHARE
        elif lane_key == self.events.key:
            shares = FOCUSED_SHARE[::-1]
        else:
            shares = LEFT_SHARE
        self._left.setStretchFactor(self.decisions, shares[0])
        self._left.setStretchFactor(self.events, shares[1])
        self._left.activate()

    def _scroll_to(self, card: QtCard | None) -> None:
        if card is not None and card.key is not None:
            self.lane(card.key[0]).scroll.ensureWidgetVisible(card, 0, 12)

    def step_current(self, step: int) -> QtCard | None:
        """The next (or previous) card in agenda order; stays put at either end."""
        cards = self.navigation_cards()
        if not cards:
            return None
        current = self.current_card()
        if current is None:
            index = 0 if step > 0 else len(cards) - 1
        else:
            index = max(0, min(len(cards) - 1, cards.index(current) + step))
        return self.set_current(cards[index].key)

    def first_in_lane(self, lane_key: str) -> QtCard | None:
        lane = self.lane(lane_key)
        cards = lane.card_widgets() if lane is not None else []
        return self.set_current(cards[0].key) if cards else None
