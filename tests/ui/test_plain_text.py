"""Text is text: a name from an export cannot change what the board, the projector or a dialog
shows. Names with markup, a right-to-left override and zero-width characters go through the
import to the board, and the cards and labels that paint them hold the plain characters, as
plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from huddle.domain.board import LANE_SAMSA
from tests.intake.samsa_files import csv_text, row
from tests.ui.room_helpers import open_main_window

NAMES = {
    1: ("<b>Lind</b>, Åke", "<b>Lind</b>, Åke"),
    2: ("<script>alert(1)</script>, Eva", "<script>alert(1)</script>, Eva"),
    3: ("\u202eAndersson, Sven", "Andersson, Sven"),
    4: ("Ek\u200b, Anna\u200d", "Ek, Anna"),
    5: ("<img src=x>Berg, <i>Ulla</i>", "<img src=x>Berg, <i>Ulla</i>"),
}
HIDDEN = ("\u202e", "\u202d", "\u200b", "\u200c", "\u200d", "\u2066", "\u2069", "\ufeff")


def _import(qtbot, window, tmp_path) -> None:
    path = tmp_path / "samsa.csv"
    path.write_text(csv_text([row(n, Namn=name, Samtycke="Ja")
                              for n, (name, _shown) in NAMES.items()]), encoding="utf-8")
    dialog = window.import_file(path)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.result.rejected == ()
    dialog.close()


def _painted_card(card):
    return card.grab().toImage()


def _painted_card_titled(card, title: str):
    """What ``card`` looks like with ``title`` as its title."""
    from huddle.ui.qt_board_cards import QtCard

    reference = QtCard(title, card.body.text(), urgent=card.urgent, patient_id=None,
                       accessible=title, parent=card.parentWidget())
    reference.resize(card.size())
    image = reference.grab().toImage()
    reference.setParent(None)
    return image


def _labels_are_plain(widget) -> list[str]:
    """Every label under ``widget`` that holds markup characters paints them as plain text;
    none holds a character that reorders or hides text. Returns the labels' texts."""
    texts = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        texts.append(text)
        if "<" in text:
            assert label.textFormat() == Qt.TextFormat.PlainText, text
        assert not any(char in text for char in HIDDEN), repr(text)
    return texts


def test_names_with_markup_and_hidden_characters_are_painted_as_plain_text(
        qtbot, app_style, db, db_path, tmp_path):
    window = open_main_window(qtbot, db, db_path)
    _import(qtbot, window, tmp_path)
    cards = window.board_view.lanes[LANE_SAMSA].card_widgets()
    titles = sorted(card.title.text().rsplit(",", 1)[0] for card in cards)
    assert titles == sorted(shown for _raw, shown in NAMES.values())
    for card in cards:
        assert not any(char in card.title.text() + card.body.text() for char in HIDDEN)
    # The card paints the markup's characters: it looks like a card with the same words,
    # and not like one titled with what rich text makes of them ("Lind, Åke", in bold).
    lind = next(card for card in cards if card.title.text().startswith("<b>Lind"))
    assert _painted_card(lind) == _painted_card_titled(lind, lind.title.text())
    rich = lind.title.text().replace("<b>", "").replace("</b>", "")
    assert _painted_card(lind) != _painted_card_titled(lind, rich)
    _labels_are_plain(window)

    # The room sees the same plain names (all consented here).
    window.huddle.toggle_projector()
    projector = window.projector_window
    room = [card.title.text() for card in projector.board_view.lanes[LANE_SAMSA].card_widgets()]
    assert any(text.startswith("<b>Lind</b>, Åke") for text in room)
    _labels_are_plain(projector)

    # The patient's details: the heading is plain, the history is escaped.
    dialog = window.open_patient(lind.patient_id)
    assert dialog.heading.text().startswith("<b>Lind</b>, Åke")
    _labels_are_plain(dialog)
    dialog.close()


def test_a_stored_name_with_an_override_is_shown_in_stored_order(qtbot, app_style, db,
                                                                   db_path, tmp_path):
    """A database written before the import made names plain: the screen still neutralises
    the override and the zero-width characters when it paints."""
    window = open_main_window(qtbot, db, db_path)
    _import(qtbot, window, tmp_path)
    db.execute("UPDATE patients SET name = ? WHERE name = ?",
               ["\u202eAndersson\u200b, \u2066Sven", "Andersson, Sven"])
    db.conn.commit()
    window.refresh()
    texts = [card.title.text() for card in window.board_view.lanes[LANE_SAMSA].card_widgets()]
    assert any(text.startswith("Andersson, Sven") for text in texts), texts
    texts = _labels_are_plain(window)
    assert not any("\u202e" in card.accessibleName()
                   for card in window.board_view.navigation_cards())


def test_the_escalation_dialog_quotes_the_decision_as_plain_text(qtbot, app_style):
    """The decision's free text heads the escalation dialog as it heads the new-date dialog:
    markup stays characters, an override and zero-width characters are dropped."""
    from huddle.ui.qt_review_dialogs import QtEscalateDialog

    dialog = QtEscalateDialog("\u202e<b>Ring</b> dottern\u200b", None)
    qtbot.addWidget(dialog)
    texts = _labels_are_plain(dialog)
    assert "<b>Ring</b> dottern" in texts
