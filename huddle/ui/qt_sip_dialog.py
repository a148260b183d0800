"""A patient's SIP: whether it is valid and until when, its episodes, and editing the current
one (or starting a new one): behov upptäckt, kallad, genomförd, uppföljd, avslutad, tackat nej –
each with its date.

Opened with ``open()``; ``saved(sip_id)`` when stored.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from huddle.domain import sip as sip_rules
from huddle.domain.dates import date_text
from huddle.domain.records import Sip
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage.register import SIP_DATE_FIELDS, load_frailty_record, save_sip
from huddle.storage.settings import load_settings
from huddle.ui import theme
from huddle.ui.qt_forms import date_edit, error_label, from_qdate, save_cancel_buttons, to_qdate
from huddle.ui.qt_frailty_common import QtNotice, heading, short
from huddle.ui.qt_text import plain_label

if TYPE_CHECKING:
    from huddle.storage.store import Store

NEW = -1
FINISHED = (sip_rules.STATE_CLOSED, sip_rules.STATE_DECLINED)


class QtSipDialog(QDialog):
    saved = Signal(int)

    def __init__(self, db: Store, patient_id: int, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.patient_id, self.day = db, patient_id, day
        self.record = load_frailty_record(db, patient_id, day=day)
        self._stored = False
        self.setWindowTitle(self.tr("SIP – samordnad individuell plan"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self, self.record))
        self.status_notice = QtNotice(self._status_text(),
                                      "info" if self.record.sip_status.valid else "warning", self)
        layout.addWidget(self.status_notice)

        self.history_label = plain_label(self._history_text(), self)
        self.history_label.setWordWrap(True)
        self.history_label.setFont(theme.font(14))
        layout.addWidget(self.history_label)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ändra:"), self))
        self.episode_combo = QComboBox(self)
        self.episode_combo.setAccessibleName(self.tr("Vilken SIP"))
        for sip in self.record.sip_episodes:
            if sip.state not in FINISHED:
                self.episode_combo.addItem(self.tr("Aktuell SIP: {state} ({day})").format(
                    state=tr_label(sip_rules.STATE_LABELS[sip.state]),
                    day=date_text(sip.updated_at.date(), self.day)), sip.id)
                break
        self.episode_combo.addItem(self.tr("Ny SIP"), NEW)
        top.addWidget(self.episode_combo, 1)
        layout.addLayout(top)

        box = QGroupBox(self.tr("SIP"), self)
        form = QFormLayout(box)
        self.state_combo = QComboBox(box)
        for state in sip_rules.STATES:
            self.state_combo.addItem(tr_label(sip_rules.STATE_LABELS[state]), state)
        self.state_combo.setAccessibleName(self.tr("Läge"))
        form.addRow(self.tr("&Läge:"), self.state_combo)
        self.date_checks: dict[str, QCheckBox] = {}
        self.date_edits: dict[str, QDateEdit] = {}
        for key in SIP_DATE_FIELDS:
            row = QHBoxLayout()
            check = QCheckBox(tr_label(sip_rules.DATE_LABELS[key]), box)
            edit = date_edit(box, day)
            edit.setMaximumDate(to_qdate(day))
            edit.setAccessibleName(self.tr("{what}, datum").format(
                what=tr_label(sip_rules.DATE_LABELS[key])))
            check.toggled.connect(edit.setEnabled)
            edit.setEnabled(False)
            row.addWidget(check, 1)
            row.addWidget(edit, 1)
            form.addRow(row)
            self.date_checks[key], self.date_edits[key] = check, edit
        self.note_edit = QLineEdit(box)
        self.note_edit.setPlaceholderText(self.tr("valfritt"))
        self.note_edit.setAccessibleName(self.tr("Anteckning"))
        form.addRow(self.tr("A&nteckning:"), self.note_edit)
        layout.addWidget(box)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)
        self.episode_combo.currentIndexChanged.connect(lambda *_: self._load_episode())
        self.state_combo.currentIndexChanged.connect(lambda *_: self._state_chosen())
        self._load_episode()

    # ----------------------------------------------------------------- texts
    def _status_text(self) -> str:
        status = self.record.sip_status
        if status.valid:
            return self.tr("Giltig SIP till och med {day} (senaste möte {met}).").format(
                day=short(status.valid_until), met=short(status.last_meeting))
        if status.last_meeting:
            return self.tr("Ingen giltig SIP – senaste mötet {met} är äldre än {n} månader."
                           ).format(met=short(status.last_meeting),
                                    n=load_settings(self.db).sip_valid_months)
        return self.tr("Ingen giltig SIP.")

    def _history_text(self) -> str:
        lines = []
        for sip in self.record.sip_episodes:
            dates = ", ".join(
                f"{tr_label(sip_rules.DATE_LABELS[key]).lower()} "
                f"{date_text(getattr(sip.episode, key), self.day)}"
                for key in SIP_DATE_FIELDS if getattr(sip.episode, key))
            source = self.tr(" (från SAMSA)") if sip.source == "samsa" else ""
            lines.append(f"• {tr_label(sip_rules.STATE_LABELS[sip.state])}: {dates}{source}")
        return "\n".join(lines) if lines else self.tr("Ingen SIP registrerad.")

    # ----------------------------------------------------------------- behaviour
    def current_row(self) -> Sip | None:
        sip_id = self.episode_combo.currentData()
        return next((s for s in self.record.sip_episodes if s.id == sip_id), None)

    def _load_episode(self) -> None:
        self._auto: set[str] = set()  # dates ticked by choosing a state, not by hand
        row = self.current_row()
        state = row.state if row else sip_rules.STATE_NEED
        self.state_combo.blockSignals(True)
        self.state_combo.setCurrentIndex(self.state_combo.findData(state))
        self.state_combo.blockSignals(False)
        for key in SIP_DATE_FIELDS:
            value = getattr(row.episode, key) if row else None
            self.date_checks[key].setChecked(value is not None)
            self.date_edits[key].setEnabled(value is not None)
            if value:
                self.date_edits[key].setMinimumDate(to_qdate(date(2000, 1, 1)))
                self.date_edits[key].setDate(to_qdate(value))
        self.note_edit.setText((row.note or "") if row else "")
        if row is None:
            self._state_chosen()

    def _state_chosen(self) -> None:
        """Choosing a state ticks its date (today) – the usual case is 'it happened today' –
        and unticks a date the previous choice ticked."""
        key = sip_rules.STATE_DATE_FIELD[self.state_combo.currentData()]
        for other in self._auto - {key}:
            self.date_checks[other].setChecked(False)
        self._auto &= {key}
        if not self.date_checks[key].isChecked():
            self.date_checks[key].setChecked(True)
            self.date_edits[key].setDate(to_qdate(self.day))
            self._auto.add(key)

    def choose_state(self, state: str) -> None:
        self.state_combo.setCurrentIndex(self.state_combo.findData(state))

    def dates(self) -> dict[str, date | None]:
        return {key: from_qdate(self.date_edits[key].date())
                if self.date_checks[key].isChecked() else None for key in SIP_DATE_FIELDS}

    def accept(self) -> None:
        if self._stored:
            return
        sip_id = self.episode_combo.currentData()
        try:
            stored = save_sip(self.db, self.patient_id, state=self.state_combo.currentData(),
                              today=self.day, sip_id=None if sip_id == NEW else sip_id,
                              note=self.note_edit.text(), **self.dates())
        except KnownError as err:
            self.error_label.setText(err.message)
            return
        self._stored = True
        self.saved.emit(stored)
        super().accept()
