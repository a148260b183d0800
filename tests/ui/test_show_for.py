"""'Visa för:' – one organisation's part of the board, for the participant asking "what is
mine?"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huddle.domain.board import LANE_HOME
from huddle.domain.roles import ORGANISATION_ORDER
from huddle.storage.board_data import load_board
from huddle.storage.database import open_database
from huddle.ui.qt_show_for import QtShowFor
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui


@pytest.fixture
def board(demo_db_path):
    db = open_database(demo_db_path)
    try:
        yield load_board(db, DEMO_TODAY)
    finally:
        db.conn.close()


def test_the_choices_and_what_each_emits(qtbot):
    widget = QtShowFor()
    qtbot.addWidget(widget)
    texts = [widget.combo.itemText(i) for i in range(widget.combo.count())]
    assert texts == ["Alla", "Vårdcentralen", "Biståndshandläggare",
                     "Kommunal hälso- och sjukvård", "Hemtjänst"]
    with qtbot.waitSignal(widget.organisation_changed) as signal:
        widget.set_organisation("hemtjanst")
    assert signal.args == ["hemtjanst"]
    assert widget.cycle() is None            # after Hemtjänst back to Alla
    assert widget.cycle() == "vardcentral"


def test_every_decision_and_follow_up_on_the_board_is_one_organisations(qtbot, board):
    widget = QtShowFor()
    qtbot.addWidget(widget)
    assert widget.share(board) is None       # Alla: nothing singled out
    held: dict[tuple, list[str]] = {}
    for org in ORGANISATION_ORDER:
        widget.set_organisation(org)
        share = widget.share(board)
        for decision in board.open_decisions:
            if share.holds(("open_decisions", decision.id)):
                held.setdefault(("open_decisions", decision.id), []).append(org)
        for item in board.lanes[LANE_HOME]:
            if share.holds((LANE_HOME, item.followup_id)):
                held.setdefault((LANE_HOME, item.followup_id), []).append(org)
        assert not any(share.holds((lane, item.patient_id)) for lane, items in
                       board.lanes.items() if lane != LANE_HOME for item in items)
    every = {("open_decisions", d.id) for d in board.open_decisions} | {
        (LANE_HOME, item.followup_id) for item in board.lanes[LANE_HOME]}
    assert set(held) == every and len(every) > 5
    assert all(len(orgs) == 1 for orgs in held.values())
    calls = [item for item in board.lanes[LANE_HOME] if item.kind == "call_72h"]
    assert calls and all(held[(LANE_HOME, c.followup_id)] == ["vardcentral"] for c in calls)


def _all_cards(window):
    view = window.board_view
    for lane in (view.decisions, view.events, *view.lanes.values()):
        yield from lane.card_widgets()


def test_the_window_marks_what_home_care_holds_and_ctrl_shift_o_steps_on(demo_window, qtbot):
    window = demo_window
    assert window.show_for.isVisible()
    window.show_for.set_organisation("hemtjanst")
    share = window.show_for.share(window.board)
    cards = [card for card in _all_cards(window) if card.key]
    mine = [card for card in cards if card.mine]
    assert mine and {card.key for card in mine} == {card.key for card in cards
                                                    if share.holds(card.key)}
    assert all(card.mine is False for card in cards if not share.holds(card.key))
    assert all(card.graphicsEffect() is not None for card in cards if card.mine is False)
    # The next key press: Alla again after Hemtjänst, and every card as usual.
    qtbot.keyClick(window, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.show_for.organisation() is None
    assert all(card.mine is None and card.graphicsEffect() is None for card in cards)


def test_the_choice_survives_a_refresh(demo_window):
    window = demo_window
    window.show_for.set_organisation("bistand")
    window.refresh()
    cards = [card for card in _all_cards(window) if card.key]
    assert any(card.mine for card in cards)
    assert all(card.mine is not None for card in cards)
