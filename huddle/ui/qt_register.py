"""The health centre's register: find a patient by personnummer or name, add one by hand, and
the "Att planera" list – every frail patient with a coordination need, including those the
daily board leaves for another day.

A window of its own (``show()``); ``patientActivated(patient_id)`` opens the patient's
details in the main window. Searches and the list are written to the access log.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from huddle.domain import sip as sip_rules
from huddle.domain.consent import CONSENT_LABELS
from huddle.domain.dates import date_text
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage.register import (
    PlanRow,
    RegisterRow,
    add_patient,
    find_patients,
    planning_list,
)
from huddle.ui import theme
from huddle.ui.qt_forms import error_label, save_cancel_buttons
from huddle.ui.qt_room import QtScreenMarker, hide_typing, room_note
from huddle.ui.qt_text import shown_text

if TYPE_CHECKING:
    from huddle.storage.store import Store

SEARCH_DELAY_MS = 400


def _item(text: str, patient_id: int) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, patient_id)
    return item


def _age(row: RegisterRow) -> str:
    """'86', or the room's age band for a patient the room may not identify, or '–'."""
    if row.shown.age is not None:
        return str(row.shown.age)
    return row.shown.age_band or "–"


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAccessibleName(name)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class QtAddPatientDialog(QDialog):
    """Add a patient by hand; ``saved(patient_id)``."""

    saved = Signal(int)

    def __init__(self, db: Store, day: date, parent: QWidget | None = None,
                 number: str = "") -> None:
        super().__init__(parent)
        self.db, self.day = db, day
        self.setWindowTitle(self.tr("Ny patient i registret"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number_edit = QLineEdit(number, self)
        self.number_edit.setPlaceholderText(self.tr("ÅÅÅÅMMDD-NNNN"))
        self.number_edit.setAccessibleName(self.tr("Personnummer"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Efternamn, Förnamn"))
        self.name_edit.setAccessibleName(self.tr("Namn"))
        self.protected_check = QCheckBox(self.tr("Skyddad identitet"), self)
        self.enrolled_combo = QComboBox(self)
        for value, text in ((None, self.tr("Okänt")), (True, self.tr("Ja")),
                            (False, self.tr("Nej"))):
            self.enrolled_combo.addItem(text, value)
        self.enrolled_combo.setAccessibleName(self.tr("Inskriven i kommunal hälso- och "
                                                      "sjukvård"))
        form.addRow(self.tr("&Personnummer:"), self.number_edit)
        form.addRow(self.tr("&Namn:"), self.name_edit)
        form.addRow("", self.protected_check)
        form.addRow(self.tr("Inskriven i kommunal &HSL:"), self.enrolled_combo)
        layout.addLayout(form)
        # In the room's mode: why what is typed shows as dots.
        self.room_note = room_note(self)
        layout.addWidget(self.room_note)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self, self.tr("Lägg till"))
        layout.addWidget(self.buttons)

    def set_audience(self, audience: str) -> None:
        """A new patient's personnummer and name show as dots on the room's screen (the
        room may not know yet whether the patient consents)."""
        for edit in (self.number_edit, self.name_edit):
            hide_typing(edit, audience)
        self.room_note.setText(self.tr(
            "Skärmen visas för rummet: personnummer och namn visas som punkter. F9 växlar "
            "till Endast din skärm.") if audience == AUDIENCE_ROOM else "")
        self.room_note.setVisible(audience == AUDIENCE_ROOM)

    def accept(self) -> None:
        try:
            patient_id = add_patient(self.db, number=self.number_edit.text(),
                                     name=self.name_edit.text(), day=self.day,
                                     protected=self.protected_check.isChecked(),
                                     municipal_hsl=self.enrolled_combo.currentData())
        except KnownError as err:
            self.error_label.setText(err.message)
            return
        self.saved.emit(patient_id)
        super().accept()


class QtRegisterWindow(QDialog):
    patientActivated = Signal(int)  # noqa: N815 (Qt signal naming)
    planShown = Signal()  # noqa: N815 - the planning list filled (it is read in a worker)

    def __init__(self, db: Store, day: date,
                 parent: QWidget | None = None, *, audience: str = AUDIENCE_OWN) -> None:
        super().__init__(parent)
        self.db, self.day = db, day
        self.audience = audience
        self.setWindowTitle(self.tr("Register – sköra äldre"))
        self.setModal(False)
        self.resize(1240, 640)
        layout = QVBoxLayout(self)
        # Says, in the room's mode, that the lists are on the shared screen too.
        self.marker = QtScreenMarker(self)
        layout.addWidget(self.marker)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        search_page = QWidget(self.tabs)
        search_layout = QVBoxLayout(search_page)
        row = QHBoxLayout()
        self.search_edit = QLineEdit(search_page)
        self.search_edit.setPlaceholderText(self.tr("Sök på personnummer (minst 6 siffror) "
                                                    "eller namn"))
        self.search_edit.setAccessibleName(self.tr("Sök patient"))
        self.search_edit.setFont(theme.font(17))
        self.search_edit.setClearButtonEnabled(True)
        row.addWidget(self.search_edit, 1)
        self.add_button = QPushButton(self.tr("&Ny patient…"), search_page)
        row.addWidget(self.add_button)
        search_layout.addLayout(row)
        # In the room's mode: why the typed text shows as dots.
        self.room_note = room_note(search_page)
        search_layout.addWidget(self.room_note)
        self.hint = QLabel(self.tr("Skriv personnummer eller namn och tryck Enter."),
                           search_page)
        search_layout.addWidget(self.hint)
        self.results = _table(search_page, [
            self.tr("Namn"), self.tr("Personnummer"), self.tr("Ålder"), self.tr("CFS"),
            self.tr("Väg"), self.tr("SIP"), self.tr("Samtycke"), self.tr("Att notera")],
            self.tr("Sökträffar"))
        search_layout.addWidget(self.results, 1)
        self.tabs.addTab(search_page, self.tr("&Sök"))

        plan_page = QWidget(self.tabs)
        plan_layout = QVBoxLayout(plan_page)
        self.plan_hint = QLabel(self.tr(
            "Alla sköra äldre där samordning behövs, mest brådskande först. Tavlan tar bara "
            "med några planeringsärenden om dagen; resten står här."), plan_page)
        self.plan_hint.setWordWrap(True)
        plan_layout.addWidget(self.plan_hint)
        # While the list is worked out (most of a second on a large health centre).
        self.plan_state = QLabel(plan_page)
        self.plan_state.setObjectName("planState")
        self.plan_state.hide()
        plan_layout.addWidget(self.plan_state)
        self.plan_rows: list[PlanRow] = []
        self._plan_task = None
        self.plan = _table(plan_page, [
            self.tr("Namn"), self.tr("Ålder"), self.tr("Varför"), self.tr("Nästa steg"),
            self.tr("På tavlan i dag")], self.tr("Att planera"))
        plan_header = self.plan.horizontalHeader()
        plan_header.setStretchLastSection(False)
        for column, width in ((2, 480), (3, 330)):  # fixed, so rows can wrap to fit
            plan_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            plan_header.resizeSection(column, width)
        plan_layout.addWidget(self.plan, 1)
        self.tabs.addTab(plan_page, self.tr("&Att planera"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.open_button = buttons.addButton(self.tr("&Öppna patienten"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textEdited.connect(lambda *_: self._timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.add_button.clicked.connect(self.open_add)
        self.open_button.clicked.connect(self._open_current)
        self.results.cellActivated.connect(lambda row, _col: self._activate(self.results, row))
        self.plan.cellActivated.connect(lambda row, _col: self._activate(self.plan, row))
        # No cellDoubleClicked as well: a double click already activates the row, and
        # listening to both opened the patient twice.
        self.tabs.currentChanged.connect(self._tab_changed)
        self._plan_loaded = False
        self.add_dialog: QtAddPatientDialog | None = None
        self.search_edit.setFocus()
        self._show_audience()

    def set_audience(self, audience: str, *, relist: bool = True) -> None:
        """Show the lists as ``audience`` may see them (the nurse's window switched between
        her own screen and the room's view); what is listed is shown again at once, unless
        the caller refills the lists itself (``relist`` False)."""
        if audience == self.audience:
            return
        self.audience = audience
        self._show_audience()
        if not self.search_edit.text().strip():
            self.results.setRowCount(0)
        # The planning list is read again in a worker: nothing listed for the other audience
        # may stay on the screen meanwhile.
        self.plan.setRowCount(0)
        self.plan_rows = []
        if self.add_dialog is not None:
            self.add_dialog.set_audience(audience)
        if relist:
            self.refresh_lists()

    def _show_audience(self) -> None:
        room = self.audience == AUDIENCE_ROOM
        self.marker.set_audience(self.audience)
        self.marker.setVisible(room)
        # What is typed is on the shared screen too: a name typed next to a neutral label
        # would name the patient. In the room's mode it is shown as dots, and says why.
        hide_typing(self.search_edit, self.audience)
        self.search_edit.setPlaceholderText(self.tr(
            "Sök på personnummer eller namn – visas som punkter") if room
            else self.tr("Sök på personnummer (minst 6 siffror) eller namn"))
        self.room_note.setText(self.tr(
            "Skärmen visas för rummet: det du skriver i sökfältet visas som punkter, så att "
            "rummet inte läser namn eller personnummer. Träffarna visas som rummet får se "
            "dem. F9 växlar till Endast din skärm.") if room else "")
        self.room_note.setVisible(room)

    # ----------------------------------------------------------------- search
    def search(self) -> list[RegisterRow]:
        self._timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            self.results.setRowCount(0)
            self.hint.setText(self.tr("Skriv personnummer eller namn och tryck Enter."))
            return []
        try:
            rows = find_patients(self.db, text, day=self.day, audience=self.audience)
        except KnownError as err:
            self.hint.setText(err.message)
            return []
        self._fill_results(rows)
        self.hint.setText(self.tr("{n} träffar.").format(n=len(rows)) if rows else self.tr(
            "Ingen träff. En patient med skyddad identitet hittas bara på hela "
            "personnumret. Lägg till en ny patient med knappen."))
        return rows

    def _fill_results(self, rows: list[RegisterRow]) -> None:
        self.results.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cfs = "–" if not row.cfs else str(row.cfs) if row.cfs_scored_on is None else \
                f"{row.cfs} ({date_text(row.cfs_scored_on, self.day)})"
            notes = []
            if row.flag_reason:
                notes.append(self.tr("Flaggad: {reason}").format(reason=shown_text(row.flag_reason)))
            if row.rescore_overdue:
                notes.append(self.tr("CFS äldre än 12 mån"))
            cells = [shown_text(row.name), row.personnummer or "–", _age(row), cfs,
                     tr_label(row.pathway) if row.pathway else "–",
                     self.tr("Giltig t.o.m. {day}").format(
                         day=date_text(row.sip_valid_until, self.day))
                     if row.sip_valid else self.tr("Ej giltig – {state}").format(
                         state=tr_label(sip_rules.state_label(row.sip)).lower()),
                     tr_label(CONSENT_LABELS.get(row.consent, row.consent)), "; ".join(notes)]
            for column, text in enumerate(cells):
                self.results.setItem(index, column, _item(text, row.id))
        if rows:
            self.results.selectRow(0)

    # ----------------------------------------------------------------- plan
    def _tab_changed(self, index: int) -> None:
        if index == 1 and not self._plan_loaded:
            self.load_plan()

    def load_plan(self) -> None:
        """Fill the planning list. Its patients are worked out in a worker thread on a
        connection of its own — on a large health centre thousands of rows, each display
        logged — and the window stays live meanwhile; ``planShown`` says when it is filled.
        A database without a file (no second connection) is read here."""
        self._plan_loaded = True
        day, audience = self.day, self.audience
        if self.db.path is None:
            self._show_plan(planning_list(self.db, day=day, audience=audience))
            return
        from huddle.ui.qt_worker import run_in_background, with_database

        self.plan_state.setText(self.tr("Listan hämtas …"))
        self.plan_state.show()
        task = run_in_background(with_database(
            self.db.path, lambda db, _report: planning_list(db, day=day, audience=audience)),
            name="huddle-planning-list")
        self._plan_task = task
        task.succeeded.connect(lambda rows: self._plan_done(task, rows))
        task.failed.connect(lambda exc: self._plan_failed(task, exc))

    def _plan_done(self, task, rows: list[PlanRow]) -> None:
        if task is self._plan_task and shiboken6.isValid(self):  # a newer load wins
            self._plan_task = None
            self.plan_state.hide()
            self._show_plan(rows)

    def _plan_failed(self, task, exc: BaseException) -> None:
        if task is not self._plan_task or not shiboken6.isValid(self):
            return
        self._plan_task = None
        if not isinstance(exc, KnownError):
            from huddle.ui.qt_worker import report_bug

            report_bug(exc)
            return
        self.plan_state.setText(exc.message)
        self.planShown.emit()

    def _show_plan(self, rows: list[PlanRow]) -> None:
        current = self.plan.currentRow()
        self.plan_rows = rows
        self.plan.setUpdatesEnabled(False)
        self.plan.setRowCount(len(rows))
        for index, row in enumerate(rows):
            patient = row.patient
            cells = [shown_text(patient.name), _age(patient), shown_text(row.reason),
                     shown_text(row.next_step),
                     self.tr("Ja") if row.on_board_today else self.tr("Väntar")]
            for column, text in enumerate(cells):
                item = _item(text, patient.id)
                if column == 4 and not row.on_board_today:
                    item.setForeground(theme.MUTED_TEXT)
                self.plan.setItem(index, column, item)
        self.plan.resizeRowsToContents()
        self.plan.setUpdatesEnabled(True)
        if 0 <= current < self.plan.rowCount():
            self.plan.selectRow(current)
        self.planShown.emit()

    def refresh_lists(self) -> None:
        """After a change elsewhere (a CFS score saved, a SIP held): the search results and the
        planning list show the new state, not what they showed when they were filled."""
        if self.search_edit.text().strip():
            current = self.results.currentRow()
            self.search()
            if 0 <= current < self.results.rowCount():
                self.results.selectRow(current)
        if self._plan_loaded:
            self.load_plan()  # keeps the selected row when it is filled

    def show_plan(self) -> None:
        self.tabs.setCurrentIndex(1)

    # ----------------------------------------------------------------- actions
    def _activate(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.patientActivated.emit(item.data(Qt.ItemDataRole.UserRole))

    def _open_current(self) -> None:
        table = self.results if self.tabs.currentIndex() == 0 else self.plan
        if table.currentRow() >= 0:
            self._activate(table, table.currentRow())

    def open_add(self) -> QtAddPatientDialog:
        text = self.search_edit.text().strip()
        digits = sum(ch.isdigit() for ch in text)
        dialog = QtAddPatientDialog(self.db, self.day, self, number=text if digits >= 10 else "")
        if digits < 6 and text:
            dialog.name_edit.setText(text)
        dialog.set_audience(self.audience)
        dialog.addActions(self.actions())  # F9 (from the nurse's window) works in it too
        dialog.saved.connect(self._added)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _added(self, patient_id: int) -> None:
        self._plan_loaded = False
        self.patientActivated.emit(patient_id)
