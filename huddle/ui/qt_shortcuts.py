"""Every key of keyboard-first chairing, declared once: the main window makes its actions
from this table and F1 shows the same table, so the help can never disagree with the keys."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from huddle.i18n import tr_label, tr_noop
from huddle.ui import theme


class Shortcut(NamedTuple):
    name: str
    keys: tuple[str, ...]  # QKeySequence portable text, e.g. "Ctrl+B"
    label: str             # Swedish, what the key does
    shown: str             # Swedish, how the key is written in the help
    group: str


GROUP_HUDDLE = tr_noop("Avstämningen")
GROUP_MOVE = tr_noop("Gå igenom tavlan")
GROUP_DECISIONS = tr_noop("Beslut och uppföljning")
GROUP_REVIEW = tr_noop("Granska öppna beslut")
GROUP_VIEW = tr_noop("Visa")
GROUP_FILES = tr_noop("Register, import och rapporter")

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("start", ("F2",), tr_noop("Starta avstämningen, eller ändra närvaro"), "F2", GROUP_HUDDLE),
    Shortcut("end", ("Ctrl+Shift+A",), tr_noop("Avsluta avstämningen"), "Ctrl+Skift+A", GROUP_HUDDLE),
    Shortcut("next_part", ("Ctrl+Right",), tr_noop("Nästa del av dagordningen"), "Ctrl+→",
             GROUP_HUDDLE),
    Shortcut("previous_part", ("Ctrl+Left",), tr_noop("Föregående del av dagordningen"), "Ctrl+←",
             GROUP_HUDDLE),
    Shortcut("next_patient", ("Down",), tr_noop("Nästa patient"), "↓", GROUP_MOVE),
    Shortcut("previous_patient", ("Up",), tr_noop("Föregående patient"), "↑", GROUP_MOVE),
    Shortcut("open_patient", ("Return",), tr_noop("Öppna patientens uppgifter"), tr_noop("Enter"), GROUP_MOVE),
    Shortcut("new_decision", ("Ctrl+B",), tr_noop("Nytt beslut för patienten"), "Ctrl+B",
             GROUP_DECISIONS),
    Shortcut("new_followup", ("Ctrl+U",), tr_noop("Ny uppföljning i hemmet för patienten"), "Ctrl+U",
             GROUP_DECISIONS),
    Shortcut("edit", ("Ctrl+R",), tr_noop("Ändra markerat beslut eller uppföljning (och svar)"),
             "Ctrl+R", GROUP_DECISIONS),
    Shortcut("review_done", ("Ctrl+D",), tr_noop("Klart"), "Ctrl+D", GROUP_REVIEW),
    Shortcut("review_new_date", ("Ctrl+T",), tr_noop("Nytt datum"), "Ctrl+T", GROUP_REVIEW),
    Shortcut("review_escalate", ("Ctrl+E",), tr_noop("Lyft till månadsmöte"), "Ctrl+E", GROUP_REVIEW),
    Shortcut("review_keep", ("Ctrl+K",), tr_noop("Behåll som det är"), "Ctrl+K", GROUP_REVIEW),
    Shortcut("review_undo", ("Ctrl+Z",), tr_noop("Ångra senaste granskningen av beslutet"), "Ctrl+Z",
             GROUP_REVIEW),
    Shortcut("register", ("Ctrl+Shift+F",), tr_noop("Sök patient i registret"), "Ctrl+Skift+F",
             GROUP_FILES),
    Shortcut("planning", ("Ctrl+Shift+L",), tr_noop("Att planera – sköra äldre"), "Ctrl+Skift+L",
             GROUP_FILES),
    Shortcut("import", ("Ctrl+I",), tr_noop("Importera SAMSA-export, CFS-lista eller besökslista"),
             "Ctrl+I", GROUP_FILES),
    Shortcut("reports", ("Ctrl+P",), tr_noop("Vecko- och månadssammanställning"), "Ctrl+P",
             GROUP_FILES),
    Shortcut("room_mode", ("F9",), tr_noop("Rumsläge: skärmen visas för rummet / endast din skärm"),
             "F9", GROUP_VIEW),
    Shortcut("projector", ("Ctrl+Shift+P",), tr_noop("Projektorfönster på/av (en skärm: i förgrunden, "
             "Esc tillbaka)"), "Ctrl+Skift+P", GROUP_VIEW),
    Shortcut("show_for", ("Ctrl+Shift+O",), tr_noop("Visa för: nästa organisation – markera det den har på tavlan"),
             "Ctrl+Skift+O", GROUP_VIEW),
    Shortcut("refresh", ("F5",), tr_noop("Uppdatera tavlan"), "F5", GROUP_VIEW),
    Shortcut("full_screen", ("F11",), tr_noop("Helskärm"), "F11", GROUP_VIEW),
    Shortcut("help", ("F1",), tr_noop("Visa kortkommandona"), "F1", GROUP_VIEW),
)

BY_NAME = {shortcut.name: shortcut for shortcut in SHORTCUTS}

# Inside the dialogs: the underlined letters (Alt + letter) reach every field.
DIALOG_KEYS: tuple[tuple[str, str], ...] = (
    ("Alt+V", tr_noop("Beslut: vad")),
    ("Alt+A", tr_noop("Beslut: ansvarig roll")),
    ("Alt+N", tr_noop("Beslut: namn på ansvarig")),
    ("Alt+S", tr_noop("Beslut och uppföljning: senast (datum)")),
    ("Alt+L", tr_noop("Beslut: lyft till månadsmöte")),
    ("Alt+M", tr_noop("Beslut: mottagare av eskaleringen")),
    ("Alt+R", tr_noop("Beslut: svaret på eskaleringen")),
    ("Alt+F", tr_noop("Beslut: svaret är från / Uppföljning: vem följer upp")),
    ("Alt+O", tr_noop("Uppföljning: orsak")),
    ("Alt+C", tr_noop("Uppföljning: anteckning")),
    ("Alt+G", tr_noop("Uppföljning: gjord – stäng den")),
    ("↑ ↓", tr_noop("Datum: en dag fram eller tillbaka (Page Up/Down: en vecka)")),
    ("1–7", tr_noop("Start: kryssa i roll (Alt+siffra)")),
    (tr_noop("Enter"), tr_noop("Spara")),
    (tr_noop("Esc"), tr_noop("Avbryt")),
)


def key_sequences(name: str) -> list[QKeySequence]:
    return [QKeySequence(keys) for keys in BY_NAME[name].keys]



class QtShortcutsDialog(QDialog):
    """The F1 help: every shortcut in a table a screen reader can walk through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Imported here: the menus read the table above while the window is built, and the
        # first paint has no use for the table widget's classes or the form helpers.
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QHeaderView,
            QTableWidget,
            QTableWidgetItem,
        )

        from huddle.ui.qt_forms import fit_to_screen

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
