"""A lane shows a full column from its first paint, and its cards show all of their text.

Before the first paint a lane builds the cards it has room for and no more (the rest follow
as the event loop turns); a card lays out its own text, so a word too long for a narrow lane
is broken, never cut off.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from huddle.ui import theme
from huddle.ui.qt_board_cards import QtCard, QtLane

BODY = "Inskriven 12/11 · planerad hemgång 26/11 · Kardiologi\n→ Kalla till SIP i dag"


def _factories(count: int) -> list:
    return [lambda n=n: QtCard(f"Andersson, Karin {n}, 84 år", BODY, urgent=False,
                               patient_id=n + 1, accessible=f"Andersson, Karin {n}")
            for n in range(count)]


def _window(qtbot, width: int = 1366, height: int = 768) -> tuple[QWidget, QtLane]:
    window = QWidget()
    qtbot.addWidget(window)
    QHBoxLayout(window)
    lane = QtLane("samsa", "Patienter i SAMSA", window)
    window.layout().addWidget(lane)
    window.resize(width, height)
    return window, lane


def _filled_height(lane: QtLane) -> int:
    cards = lane.built_cards()
    width = cards[0].width() if cards[0].width() > 0 else lane.scroll.viewport().width()
    return sum(card.heightForWidth(width) + lane.cards.spacing() for card in cards)


def test_before_the_first_paint_a_lane_builds_the_cards_it_shows_and_no_more(qtbot):
    window, lane = _window(qtbot)
    lane.set_cards(_factories(60))
    assert lane.built_cards() == []  # hidden, no size yet: nothing built for nothing
    window.show()  # sizes the lane; the first paint comes on a later turn of the event loop
    shown = len(lane.built_cards())
    assert 3 <= shown < 60
    assert _filled_height(lane) >= lane.scroll.viewport().height()
    # One card fewer would have left the bottom of the lane empty.
    last = lane.built_cards()[-1]
    assert _filled_height(lane) - last.heightForWidth(last.width() or 300) \
        < lane.scroll.viewport().height()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(lane.built_cards()) == 60)
    assert [card.patient_id for card in lane.built_cards()] == list(range(1, 61))


def test_a_taller_window_fills_the_lane_again_before_painting(qtbot):
    window, lane = _window(qtbot, 1366, 400)
    lane.set_cards(_factories(60))
    window.show()
    short = len(lane.built_cards())
    window.resize(1366, 1000)
    assert len(lane.built_cards()) > short
    assert _filled_height(lane) >= lane.scroll.viewport().height()


def test_a_lane_asked_for_every_card_builds_them_at_once(qtbot):
    window, lane = _window(qtbot)
    lane.set_cards(_factories(45))
    assert len(lane.card_widgets()) == 45


def test_a_long_word_in_a_narrow_lane_is_broken_not_cut_off(qtbot):
    word = "Hemsjukvårdssjuksköterskeuppföljningsbesöksplaneringen"  # no break in it
    card = QtCard("Ek, Anna, 90 år", f"Annat · {word}", urgent=False, patient_id=1,
                  accessible="Ek, Anna")
    qtbot.addWidget(card)
    wide, narrow = card.heightForWidth(900), card.heightForWidth(160)
    line = card.body.font().pixelSize()
    # At 160 pixels the word alone needs several lines, and the card grows to hold them.
    assert narrow >= wide + 3 * line
    card.resize(160, narrow)
    image = card.grab().toImage()
    # Text is painted down to the card's last lines (the body's last line is not blank).
    bottom_row = narrow - card.MARGINS[3] - line // 2
    assert any(image.pixelColor(x, bottom_row).lightness() < 128
               for x in range(card.MARGINS[0], 150))


def test_the_projectors_larger_type_makes_the_cards_taller(qtbot):
    card = QtCard("Ek, Anna, 90 år", BODY, urgent=False, patient_id=1, accessible="Ek, Anna")
    qtbot.addWidget(card)
    normal = card.heightForWidth(400)
    card.set_fonts(theme.font(26, bold=True), theme.font(23))
    assert card.heightForWidth(400) > normal * 1.3
    assert card.title.font().pixelSize() == theme.font(26).pixelSize()


def _scrolled_lane(qtbot, cards: int = 40):
    window, lane = _window(qtbot, 600, 500)
    lane.set_cards(_factories(cards))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(lane.built_cards()) == cards)
    bar = lane.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)
    return window, lane, bar


def test_the_lanes_scroll_bar_shows_where_the_lane_is(qtbot):
    _window_kept, lane, bar = _scrolled_lane(qtbot)
    up, handle, down = bar.parts()
    image = bar.grab().toImage()
    # At the top: the handle starts under the up arrow and stands out from the track.
    assert handle.top() == up.bottom() + 1
    assert image.pixelColor(handle.center()) == theme.SCROLL_HANDLE
    assert image.pixelColor(handle.center().x(), handle.bottom() + 10) == theme.NOTE_BG
    # Its length is the share of the lane in view.
    shown = lane.scroll.viewport().height() / lane.content.height()
    groove = down.top() - up.bottom() - 1
    assert abs(handle.height() / groove - shown) < 0.05
    bar.setValue(bar.maximum())
    assert bar.parts()[1].bottom() == down.top() - 1


def test_the_lanes_scroll_bar_scrolls_by_arrow_track_and_drag(qtbot):
    from PySide6.QtCore import QPoint, Qt

    _window_kept, lane, bar = _scrolled_lane(qtbot)
    up, handle, down = bar.parts()
    x = bar.width() // 2
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, down.center().y()))
    assert bar.value() == bar.singleStep()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, down.top() - 3))
    assert bar.value() == bar.singleStep() + bar.pageStep()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(x, up.center().y()))
    assert bar.value() == bar.pageStep()
    # Dragging the handle down by half the free track moves half the lane.
    bar.setValue(0)
    up, handle, down = bar.parts()
    travel = down.top() - up.bottom() - 1 - handle.height()
    start = handle.center()
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(bar, QPoint(start.x(), start.y() + travel // 2))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton,
                       pos=QPoint(start.x(), start.y() + travel // 2))
    assert abs(bar.value() - bar.maximum() / 2) <= bar.maximum() * 0.05
    # The cards moved with it: the first card is above the view now.
    assert lane.built_cards()[0].mapTo(lane.scroll.viewport(), QPoint(0, 0)).y() < 0


def test_a_lane_that_holds_all_its_cards_shows_a_plain_strip_and_keeps_its_width(qtbot):
    window, lane = _window(qtbot, 600, 700)
    lane.set_cards(_factories(2))
    window.show()
    qtbot.waitExposed(window)
    bar = lane.scroll.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() == 0
    image = bar.grab().toImage()
    assert {image.pixelColor(bar.width() // 2, y).name() for y in range(0, bar.height(), 7)} \
        == {theme.NOTE_BG.name()}  # no handle, no arrows: nothing to scroll
    width = lane.built_cards()[0].width()
    lane.set_cards(_factories(40))  # now it overflows: the cards keep their width
    qtbot.waitUntil(lambda: len(lane.built_cards()) == 40)
    qtbot.waitUntil(lambda: lane.built_cards()[0].width() > 0)
    assert lane.built_cards()[0].width() == width


def test_held_down_on_the_track_the_lane_pages_until_the_handle_reaches_the_pointer(qtbot):
    from PySide6.QtCore import QPoint, Qt

    _window_kept, _lane, bar = _scrolled_lane(qtbot, cards=120)
    assert bar.maximum() > 3 * bar.pageStep()
    up, handle, down = bar.parts()
    pointer = QPoint(bar.width() // 2, up.bottom() + (down.top() - up.bottom()) // 2)
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=pointer)
    qtbot.wait(1500)  # long enough to have paged to the end, had it not stopped
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=pointer)
    handle = bar.parts()[1]
    assert handle.top() <= pointer.y() <= handle.bottom()
    assert 0 < bar.value() < bar.maximum()
