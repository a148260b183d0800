"""Four patients for the audience tests — consented, not consented, declined at the health
centre but "Ja" in SAMSA, protected — on the demo day's board, and the window over them."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from huddle.domain.board import LANE_SAMSA
from tests.conftest import DEMO_TODAY
from tests.intake.samsa_files import AS_OF, row, write_csv

READY = {"Utskrivningsklar": "2026-11-20 10:00", "Status": "Utskrivningsklar"}
PEOPLE = {
    # key: (name, columns); the personnummer comes from samsa_files.row(n)
    "consented": ("Ahlberg, Karin", {"Samtycke": "Ja", **READY}),
    "not_consented": ("Berglund, Nils", {"Samtycke": "Nej"}),
    "declined_in_app": ("Carlsson, Greta", {"Samtycke": "Ja", **READY}),
    "protected": ("Dahl, Stig", {"Samtycke": "Ja", "Skyddad identitet": "Ja"}),
}
# What only the nurse may see of a masked patient: the hospital, the ward, exact dates.
DETAILS = ("Medicin 4", "Södra Älvsborgs", "18/11", "20/11", "23/11", "2026-11")
NEUTRAL = re.compile(r"^Patient utan samtycke \d+, 90–99 år$")


@pytest.fixture
def four(db, db_path, tmp_path):
    """The four patients on the demo day's board; returns {key: (patient_id, row)}."""
    from huddle.storage.imports import import_file
    from huddle.storage.register import set_consent

    records = {key: row(n, Namn=name, **columns)
               for n, (key, (name, columns)) in enumerate(PEOPLE.items(), start=1)}
    result = import_file(db, write_csv(tmp_path / "samsa.csv", records.values()), as_of=AS_OF)
    assert result.rejected == ()
    ids = {key: db.execute("SELECT id FROM patients WHERE name = ?",
                           [PEOPLE[key][0]]).fetchone()[0] for key in PEOPLE}
    # Declined at the health centre after SAMSA said "Ja": the health centre's record stands.
    set_consent(db, ids["declined_in_app"], consent="declined", on=date(2026, 11, 21),
                by="Anna Lund", today=DEMO_TODAY)
    return {key: (ids[key], records[key]) for key in PEOPLE}


def open_main_window(qtbot, db, db_path):
    """The nurse's window on ``db`` for the demo day, shown at 1366×768."""
    from huddle.ui.qt_main_window import QtMainWindow

    win = QtMainWindow(db, db_path, day=DEMO_TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def room_window(qtbot, app_style, db, db_path, four):
    win = open_main_window(qtbot, db, db_path)
    yield win
    win.close()


def texts(widget) -> str:
    """Everything a widget paints as text or tells a screen reader (cards replaced by a refresh
    are hidden at once and deleted later: they paint nothing)."""
    from huddle.ui.qt_board_cards import QtCard

    labels = [label for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    # The board's cards paint their title and body themselves (no label holds them).
    shown = [card for card in widget.findChildren(QtCard) if card.isVisibleTo(widget)]
    return "\n".join([label.text() for label in labels]
                     + [label.accessibleName() for label in labels]
                     + [f"{card.title.text()}\n{card.body.text()}\n{card.accessibleName()}"
                        for card in shown])


def cards(board_view) -> dict[int, tuple[str, str]]:
    return {card.patient_id: (card.title.text(), card.body.text())
            for card in board_view.lanes[LANE_SAMSA].card_widgets()}


def identity(record: dict) -> list[str]:
    last, first = (part.strip() for part in record["Namn"].split(","))
    number = record["Personnummer"]
    return [last, first, number, number.replace("-", ""), number[2:8]]
