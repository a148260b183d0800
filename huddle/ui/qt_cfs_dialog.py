"""Scoring the Clinical Frailty Scale: the nine levels with their descriptions while choosing,
scale version, date, who scored (role and name), the baseline, and the patient's history with
its trend. Warns under 65 (the scale is not validated there) and reminds when the last score is
older than the re-scoring interval.

Opened with ``open()``; ``saved(score_id)`` when stored. Keys 1–9 choose a level.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from huddle.domain import cfs as cfs_rules
from huddle.domain.cfs import SCORE_VERSIONS
from huddle.domain.dates import day_month_year
from huddle.domain.roles import SCORER_ROLES
from huddle.errors import KnownError
from huddle.i18n import tr_label, tr_noop
from huddle.storage.register import load_frailty_record, record_cfs_score
from huddle.storage.settings import load_settings
from huddle.ui import theme
from huddle.ui.qt_forms import (
    date_edit,
    error_label,
    fit_to_screen,
    from_qdate,
    save_cancel_buttons,
    to_qdate,
)
from huddle.ui.qt_frailty_common import QtNotice, heading, short

if TYPE_CHECKING:
    from huddle.storage.store import Store

SELECTED_BG = theme.CURRENT_BG
BASELINE_HINT = tr_noop("Tillstånd ca två veckor före det akuta insjuknandet")


class QtLevelChoice(QFrame):
    """One level: the number and label as a radio button, the description under it."""

    def __init__(self, level: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName(f"cfsLevel{level}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(8)
        self.radio = QRadioButton(f"{level}  {tr_label(cfs_rules.label(level))}", self)
        self.radio.setFont(theme.font(15, bold=True))
        self.radio.setMinimumWidth(250)
        self.description = QLabel(tr_label(cfs_rules.DESCRIPTIONS[level]), self)
        self.description.setWordWrap(True)
        self.description.setFont(theme.font(13))
        self.radio.setAccessibleName(f"CFS {level}, {cfs_rules.label(level)}")
        self.radio.setAccessibleDescription(cfs_rules.DESCRIPTIONS[level])
        layout.addWidget(self.radio)
        layout.addWidget(self.description, 1)
        self.radio.toggled.connect(self._update_selected)

    def _update_selected(self, selected: bool) -> None:
        if selected:
            theme.fill(self, SELECTED_BG)
        else:
            self.setAutoFillBackground(False)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.radio.setChecked(True)
        super().mousePressEvent(event)


class QtCfsDialog(QDialog):
    saved = Signal(int)

    def __init__(self, db: Store, patient_id: int, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.patient_id, self.day = db, patient_id, day
        self.settings = load_settings(db)
        self.record = load_frailty_record(db, patient_id, day=day)
        self._stored = False
        self.setWindowTitle(self.tr("CFS-skattning"))
        fit_to_screen(self, 1180, 700)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self, self.record))
        self.notices = QVBoxLayout()
        outer.addLayout(self.notices)
        self._add_notices()
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        # The nine levels scroll when a large text size makes them taller than a laptop
        # screen allows; the buttons below stay on the screen.
        self.levels = levels = QScrollArea(self)
        levels.setWidgetResizable(True)
        levels.setFrameShape(QFrame.Shape.NoFrame)
        levels.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        levels.setWidget(self._levels_box())
        levels.setMinimumWidth(levels.widget().minimumSizeHint().width()
                               + levels.verticalScrollBar().sizeHint().width())
        body.addWidget(levels, 5)
        right = QVBoxLayout()
        body.addLayout(right, 3)
        right.addWidget(self._form_box())
        self.pathway_notice = QtNotice("", "info", self)
        self.pathway_label = self.pathway_notice.label
        self.pathway_label.setFont(theme.font(15, bold=True))
        right.addWidget(self.pathway_notice)
        right.addWidget(self._history_box(), 1)
        self.error_label = error_label(self)
        outer.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self)
        outer.addWidget(self.buttons)
        self._update_choice()

    # ----------------------------------------------------------------- building
    def _add_notices(self) -> None:
        record = self.record
        self.age_warning: QtNotice | None = None
        self.rescore_reminder: QtNotice | None = None
        if record.young:
            self.age_warning = QtNotice(self.tr(
                "Patienten är {age} år. CFS är validerad från {min} år – bedöm med försiktighet "
                "och skriv varför skattningen görs.").format(
                    age=record.age, min=self.settings.cfs_min_age), "warning", self)
            self.notices.addWidget(self.age_warning)
        if record.rescore_overdue:
            self.rescore_reminder = QtNotice(self.tr(
                "Senaste skattningen ({day}) är äldre än {n} månader – dags att skatta om.").format(
                    day=short(record.history[-1].scored_on),
                    n=self.settings.cfs_rescore_months), "warning", self)
            self.notices.addWidget(self.rescore_reminder)

    def _levels_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nivå (tangent 1–9)"), self)
        grid = QGridLayout(box)
        grid.setSpacing(4)
        # Under the title, wrapped: as the title it held the dialog wider than a laptop screen.
        when = QLabel(self.tr("Tillståndet ca två veckor före det akuta insjuknandet, inte i "
                              "dag."), box)
        when.setWordWrap(True)
        when.setFont(theme.font(15, bold=True))
        grid.addWidget(when, 0, 0)
        self.level_group = QButtonGroup(self)
        self.level_choices: dict[int, QtLevelChoice] = {}
        for level in range(1, 10):
            choice = QtLevelChoice(level, box)
            self.level_group.addButton(choice.radio, level)
            self.level_choices[level] = choice
            grid.addWidget(choice, level, 0)
        self.level_group.idToggled.connect(lambda *_: self._update_choice())
        return box

    def _form_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Skattningen"), self)
        form = QFormLayout(box)
        self.version_combo = QComboBox(box)
        for version in SCORE_VERSIONS:
            self.version_combo.addItem(self.tr("CFS version {v}").format(v=version), version)
        self.version_combo.setAccessibleName(self.tr("Skalversion"))
        self.date_edit = date_edit(box, self.day)
        self.date_edit.setMaximumDate(to_qdate(self.day))
        self.date_edit.setAccessibleName(self.tr("Skattningsdatum"))
        self.role_combo = QComboBox(box)
        for key, label in SCORER_ROLES.items():
            self.role_combo.addItem(tr_label(label), key)
        self.role_combo.setAccessibleName(self.tr("Skattad av, yrkesroll"))
        self.name_edit = QLineEdit(box)
        self.name_edit.setPlaceholderText(self.tr("Förnamn Efternamn"))
        self.name_edit.setAccessibleName(self.tr("Skattad av, namn"))
        self.baseline_edit = QLineEdit(box)
        self.baseline_edit.setPlaceholderText(tr_label(BASELINE_HINT))
        self.baseline_edit.setAccessibleName(self.tr("Baslinje"))
        form.addRow(self.tr("S&kalversion:"), self.version_combo)
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow(self.tr("Skattad av, &roll:"), self.role_combo)
        form.addRow(self.tr("Skattad av, &namn:"), self.name_edit)
        form.addRow(self.tr("&Baslinje:"), self.baseline_edit)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tidigare skattningar"), self)
        layout = QVBoxLayout(box)
        self.trend_label = QLabel(self.record.trend, box)
        self.trend_label.setFont(theme.font(15, bold=True))
        self.trend_label.setWordWrap(True)
        layout.addWidget(self.trend_label)
        scores = self.record.scores
        self.history_table = QTableWidget(len(scores), 4, box)
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("CFS"), self.tr("Ändring"), self.tr("Skattad av")])
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history_table.setAccessibleName(self.tr("Tidigare skattningar"))
        changes = {"first": self.tr("första"), "worse": self.tr("försämrad"),
                   "better": self.tr("förbättrad"), "same": self.tr("oförändrad")}
        for row, entry in enumerate(scores):
            score = entry.score
            who = score.scored_by_name or tr_label(SCORER_ROLES.get(score.scored_by_role or "", ""))
            cells = [day_month_year(score.scored_on), str(score.level),
                     f"{entry.arrow} {changes[entry.change]}", who or "–"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and entry.change == "worse":
                    item.setForeground(theme.URGENT_BAR)
                self.history_table.setItem(row, column, item)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_table.setWordWrap(False)
        layout.addWidget(self.history_table)
        if not scores:
            self.history_table.hide()
        return box

    # ----------------------------------------------------------------- behaviour
    def selected_level(self) -> int | None:
        level = self.level_group.checkedId()
        return level if level > 0 else None

    def choose(self, level: int) -> None:
        self.level_choices[level].radio.setChecked(True)
        self.levels.ensureWidgetVisible(self.level_choices[level], 0, 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        text = event.text()
        if text in "123456789" and text and not self.name_edit.hasFocus() \
                and not self.baseline_edit.hasFocus():
            self.choose(int(text))
            return
        super().keyPressEvent(event)

    def _update_choice(self) -> None:
        level = self.selected_level()
        if level is None:
            self.pathway_label.setText(self.tr("Välj en nivå – vägen och nästa steg visas här."))
            return
        pathway = cfs_rules.pathway_for(level, self.settings)
        text = self.tr("CFS {level} {label} → {pathway}").format(
            level=level, label=tr_label(cfs_rules.label(level)), pathway=tr_label(pathway.label))
        if level == 9:
            text += " – " + self.tr("nivå 9 gäller förväntad överlevnad under ca 6 månader och "
                                    "är inte ett mått på skörhet")
        previous = self.record.history[-1].level if self.record.history else None
        if previous is not None and level != previous:
            text += "\n" + self.tr("Ändring från senaste skattningen: CFS {old} → {new}").format(
                old=previous, new=level)
        self.pathway_label.setText(text)

    def accept(self) -> None:
        if self._stored:
            return
        level = self.selected_level()
        if level is None:
            self.error_label.setText(self.tr("Välj en nivå 1–9 innan du sparar."))
            return
        try:
            score_id = record_cfs_score(
                self.db, self.patient_id, level=level, scored_on=from_qdate(self.date_edit.date()),
                today=self.day, version=self.version_combo.currentData(),
                role=self.role_combo.currentData(), name=self.name_edit.text(),
                baseline_note=self.baseline_edit.text() or BASELINE_HINT)
        except KnownError as err:
            self.error_label.setText(err.message)
            return
        self._stored = True
        self.saved.emit(score_id)
        super().accept()
