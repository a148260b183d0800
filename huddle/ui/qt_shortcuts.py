"""Every key of keyboard-first chairing, declared once: the main window makes its actions
from this table and F1 shows the same table, so the help can never disagree with the keys."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from huddle.i18n import tr_label
from huddle.ui import theme
from huddle.ui.qt_forms import fit_to_screen


class Shortcut(NamedTuple):
    name: str
    keys: tuple[str, ...]  # QKeySequence portable text, e.g. "Ctrl+B"
    label: str             # Swedish, what the key does
    shown: str             # Swedish, how the key is written in the help
    group: str


GROUP_HUDDLE = "Avstämningen"
GROUP_MOVE = "Gå igenom tavlan"
GROUP_DECISIONS = "Beslut och uppföljning"
GROUP_REVIEW = "Granska öppna beslut"
GROUP_VIEW = "Visa"
GROUP_FILES = "Register, import och rapporter"

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("start", ("F2",), "Starta avstämningen, eller ändra närvaro", "F2", GROUP_HUDDLE),
    Shortcut("end", ("Ctrl+Shift+A",), "Avsluta avstämningen", "Ctrl+Skift+A", GROUP_HUDDLE),
    Shortcut("next_part", ("Ctrl+Right",), "Nästa del av dagordningen", "Ctrl+→",
             GROUP_HUDDLE),
    Shortcut("previous_part", ("Ctrl+Left",), "Föregående del av dagordningen", "Ctrl+←",
             GROUP_HUDDLE),
    Shortcut("next_patient", ("Down",), "Nästa patient", "↓", GROUP_MOVE),
    Shortcut("previous_patient", ("Up",), "Föregående patient", "↑", GROUP_MOVE),
    Shortcut("open_patient", ("Return",), "Öppna patientens uppgifter", "Enter", GROUP_MOVE),
    Shortcut("new_decision", ("Ctrl+B",), "Nytt beslut för patienten", "Ctrl+B",
             GROUP_DECISIONS),
    Shortcut("new_followup", ("Ctrl+U",), "Ny uppföljning i hemmet för patienten", "Ctrl+U",
             GROUP_DECISIONS),
    Shortcut("edit", ("Ctrl+R",), "Ändra markerat beslut eller uppföljning (och svar)",
             "Ctrl+R", GROUP_DECISIONS),
    Shortcut("review_done", ("Ctrl+D",), "Klart", "Ctrl+D", GROUP_REVIEW),
    Shortcut("review_new_date", ("Ctrl+T",), "Nytt datum", "Ctrl+T", GROUP_REVIEW),
    Shortcut("review_escalate", ("Ctrl+E",), "Lyft till månadsmöte", "Ctrl+E", GROUP_REVIEW),
    Shortcut("review_keep", ("Ctrl+K",), "Behåll som det är", "Ctrl+K", GROUP_REVIEW),
    Shortcut("review_undo", ("Ctrl+Z",), "Ångra senaste granskningen av beslutet", "Ctrl+Z",
             GROUP_REVIEW),
    Shortcut("register", ("Ctrl+Shift+F",), "Sök patient i registret", "Ctrl+Skift+F",
             GROUP_FILES),
    Shortcut("planning", ("Ctrl+Shift+L",), "Att planera – sköra äldre", "Ctrl+Skift+L",
             GROUP_FILES),
    Shortcut("import", ("Ctrl+I",), "Importera SAMSA-export, CFS-lista eller besökslista",
             "Ctrl+I", GROUP_FILES),
    Shortcut("reports", ("Ctrl+P",), "Vecko- och månadssammanställning", "Ctrl+P",
             GROUP_FILES),
    Shortcut("room_mode", ("F9",), "Rumsläge: skärmen visas för rummet / endast din skärm",
             "F9", GROUP_VIEW),
    Shortcut("projector", ("Ctrl+Shift+P",), "Projektorfönster på/av (en skärm: i förgrunden, "
             "Esc tillbaka)", "Ctrl+Skift+P", GROUP_VIEW),
    Shortcut("refresh", ("F5",), "Uppdatera tavlan", "F5", GROUP_VIEW),
    Shortcut("full_screen", ("F11",), "Helskärm", "F11", GROUP_VIEW),
    Shortcut("help", ("F1",), "Visa kortkommandona", "F1", GROUP_VIEW),
)

BY_NAME = {shortcut.name: shortcut for shortcut in SHORTCUTS}

# Inside the dialogs: the underlined letters (Alt + letter) reach every field.
DIALOG_KEYS: tuple[tuple[str, str], ...] = (
    ("Alt+V", "Beslut: vad"),
    ("Alt+A", "Beslut: ansvarig roll"),
    ("Alt+N", "Beslut: namn på ansvarig"),
    ("Alt+S", "Beslut och uppföljning: senast (datum)"),
    ("Alt+L", "Beslut: lyft till månadsmöte"),
    ("Alt+M", "Beslut: mottagare av eskaleringen"),
    ("Alt+R", "Beslut: svaret på eskaleringen"),
    ("Alt+F", "Beslut: svaret är från / Uppföljning: vem följer upp"),
    ("Alt+O", "Uppföljning: orsak"),
    ("Alt+C", "Uppföljning: anteckning"),
    ("Alt+G", "Uppföljning: gjord – stäng den"),
    ("↑ ↓", "Datum: en dag fram eller tillbaka (Page Up/Down: en vecka)"),
    ("1–7", "Start: kryssa i roll (Alt+siffra)"),
    ("Enter", "Spara"),
    ("Esc", "Avbryt"),
)


def key_sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(keys) for keys in BY_NAME[name].keys]



class QtShortcutsDialog(QDialog):
    """The F1 help: every shortcut in a table a screen reader can walk through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kortkommandon"))
        fit_to_screen(self, 860, 760)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Hela avstämningen går att leda med tangentbordet. Tab flyttar mellan fälten i "
            "dialogerna."), self)
        intro.setWordWrap(True)
        intro.setFont(theme.font(15))
        layout.addWidget(intro)
        rows: list[tuple[str, str, str]] = [
            (tr_label(s.group), s.shown, tr_label(s.label)) for s in SHORTCUTS]
        rows += [(self.tr("I dialogerna"), keys, tr_label(text)) for keys, text in DIALOG_KEYS]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Del"), self.tr("Tangent"), self.tr("Gör")])
        self.table.setAccessibleName(self.tr("Kortkommandon"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setFont(theme.font(16, bold=True))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_F1:
            self.reject()
            return
        super().keyPressEvent(event)
