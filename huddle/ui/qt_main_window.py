"""The nurse's main window: header, board, menus, full screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.board import Board
from huddle.domain.dates import short_date, weekday_date
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
from huddle.domain.huddle import LANE_OF_PART, PART_DECISIONS
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage.board_data import load_board
from huddle.storage.huddles import recent_missed_days
from huddle.storage.settings import load_settings
from huddle.ui import theme
from huddle.ui.qt_board import QtBoard, QtCard
from huddle.ui.qt_huddle_panel import QtHuddlePanel, QtHuddleSession
from huddle.ui.qt_review import QtReviewBar
from huddle.ui.qt_shortcuts import BY_NAME, key_sequences

if TYPE_CHECKING:
    from huddle.storage.store import Store

MISSED_DAYS_DELAY_MS = 250



class QtHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        theme.fill(self, theme.HEADER_BG, theme.HEADER_TEXT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.vc_name = QLabel(self)
        self.vc_name.setObjectName("vcName")
        self.vc_name.setFont(theme.font(26, bold=True))
        self.today = QLabel(self)
        self.today.setObjectName("today")
        self.today.setFont(theme.font(20, bold=True))
        self.missed = QLabel(self)
        self.missed.setObjectName("missedDays")
        self.missed.setFont(theme.font(15, bold=True))
        theme.text_colour(self.missed, theme.WARNING_ON_DARK)
        self.missed.hide()
        self.last_import = QLabel(self)
        self.last_import.setObjectName("lastImport")
        self.last_import.setFont(theme.font(15))
        self.last_import.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.vc_name)
        layout.addSpacing(24)
        layout.addWidget(self.today)
        layout.addSpacing(24)
        layout.addWidget(self.missed)
        layout.addStretch(1)
        layout.addWidget(self.last_import)


class QtMainWindow(QMainWindow):
    """Shows one day's board for one database. The database stays open for the window's life.

    """

    boardChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, db: Store, db_path: Path | None, *,
                 day: date | None = None, projector: bool = False,
                 clock: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.db_path = db_path
        self.day = day or date.today()
        self.projector = projector
        self.clock = clock or datetime.now
        self.board: Board | None = None
        self.projector_window = None
        self._last_patient: int | None = None
        self.missed_days: list[date] = []
        self._missed_timer = QTimer(self)
        self._missed_timer.setSingleShot(True)
        self._missed_timer.timeout.connect(self._update_missed)
        self.setWindowTitle(self.tr("Huddle – daglig avstämning"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = QtHeader(central)
        self.board_view = QtBoard(central)
        self.board_view.patientActivated.connect(self.open_patient)
        self.session = QtHuddleSession(self._db, day=self.day, now=self.huddle_now, parent=self)
        self.huddle_actions = self._make_huddle_actions()
        self.huddle_panel = QtHuddlePanel(self.session, central)
        self.review_bar = QtReviewBar(lambda: self.db, day=self.day, now=self.huddle_now,
                                      huddle_id=lambda: self.session.huddle_id,
                                      actions=self.huddle_actions, parent=central)
        self.review_bar.reviewed.connect(self._on_reviewed)
        self.board_view.currentChanged.connect(self._on_current_changed)
        layout.addWidget(self.header)
        layout.addWidget(self.huddle_panel)
        layout.addWidget(self.review_bar)
        layout.addWidget(self.board_view, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.refresh()
        # The date in the header must follow midnight if the app is left open.
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start(60_000)

    @property
    def db(self) -> Store:
        return self._db

    # ----------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Arkiv"))
        self.huddle_menu = bar.addMenu(self.tr("A&vstämning"))
        self.reports_menu = bar.addMenu(self.tr("&Rapporter"))
        self.view_menu = bar.addMenu(self.tr("&Visa"))
        self.help_menu = bar.addMenu(self.tr("&Hjälp"))

        refresh = QAction(self.tr("Uppdatera tavlan"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh)
        self.view_menu.addAction(refresh)

        self.fullscreen_action = QAction(self.tr("Helskärm"), self)
        self.fullscreen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.triggered.connect(self.toggle_full_screen)
        self.view_menu.addAction(self.fullscreen_action)
        self.addAction(self.fullscreen_action)

        self._add_file_actions()
        quit_action = QAction(self.tr("Avsluta"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        self._add_huddle_menus()
        self._add_register_menu()
        self._add_reports_and_help()

    # ----------------------------------------------------------------- import, backup, reports
    def _add_file_actions(self) -> None:
        self.import_action = QAction(self.tr("&Importera SAMSA-export eller lista…"), self)
        self.import_action.setShortcuts(key_sequences("import"))
        self.import_action.triggered.connect(self.choose_import_file)
        self.file_menu.addAction(self.import_action)
        self.addAction(self.import_action)
        self.file_menu.addSeparator()
        backup = QAction(self.tr("&Säkerhetskopiera…"), self)
        backup.triggered.connect(self.backup_now)
        restore = QAction(self.tr("Å&terställ från säkerhetskopia…"), self)
        restore.triggered.connect(self.restore_backup)
        for action in (backup, restore):
            action.setEnabled(self.db_path is not None)
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.tr("&Inställningar…"), self.open_settings)
        self.file_menu.addSeparator()
        self.setAcceptDrops(True)

    def _add_reports_and_help(self) -> None:
        reports = QAction(self.tr("&Vecko- och månadssammanställning…"), self)
        reports.setShortcuts(key_sequences("reports"))
        reports.setEnabled(self.db_path is not None)
        reports.triggered.connect(self.open_reports)
        self.reports_menu.addAction(reports)
        self.addAction(reports)
        self.help_menu.addSeparator()
        about = QAction(self.tr("&Om Huddle"), self)
        about.setEnabled(self.db_path is not None)
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def choose_import_file(self) -> None:
        from huddle.ui.qt_import_dialog import pick_import_file

        path = pick_import_file(self, self.db_path.parent if self.db_path else None)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path):
        """Import ``path`` (menu, drop or test); the board refreshes when it is done."""
        from huddle.ui.qt_import_dialog import open_import

        dialog = open_import(self, self.db, path, db_path=self.db_path)
        dialog.importFinished.connect(lambda _result: self.refresh())
        return dialog

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        from huddle.ui.qt_import_dialog import dropped_file

        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        from huddle.ui.qt_import_dialog import dropped_file

        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    def open_reports(self):
        from huddle.ui.qt_report_dialog import open_reports

        return open_reports(self, self.db_path)

    def backup_now(self):
        from huddle.ui.qt_about_dialog import backup_now

        return backup_now(self, self.db_path)

    def restore_backup(self):
        from huddle.ui.qt_about_dialog import restore_from_file

        return restore_from_file(self, self.db_path, on_restored=self.refresh)

    def show_about(self):
        from huddle.ui.qt_about_dialog import show_about

        return show_about(self, self.db_path)

    def open_settings(self):
        from huddle.ui.qt_settings_dialog import QtSettingsDialog  # not needed at start-up

        dialog = QtSettingsDialog(self.db, self)
        dialog.saved.connect(self.refresh)
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- register (issue 5)
    def _add_register_menu(self) -> None:
        self.register_menu = QMenu(self.tr("Re&gister"), self)
        self.menuBar().insertMenu(self.reports_menu.menuAction(), self.register_menu)
        for text, shortcut, slot in (
                (self.tr("Sök patient…"), "register", self.open_register),
                (self.tr("Att planera – sköra äldre…"), "planning", self.open_planning),
                (self.tr("Ny patient…"), None, self.open_add_patient)):
            action = QAction(text, self)
            if shortcut:
                action.setShortcuts(key_sequences(shortcut))
            action.triggered.connect(slot)
            self.register_menu.addAction(action)
            self.addAction(action)
        self.register_window = None

    def open_register(self):
        from huddle.ui.qt_register import QtRegisterWindow  # not needed at start-up

        if self.register_window is None:
            self.register_window = QtRegisterWindow(self.db, self.day, self)
            self.register_window.patientActivated.connect(self.open_patient)
        if self.register_window.isVisible():  # already open: bring it forward
            self.register_window.raise_()
            self.register_window.activateWindow()
        else:
            self.register_window.show()
        return self.register_window

    def open_planning(self):
        window = self.open_register()
        window.show_plan()
        return window

    def open_add_patient(self):
        return self.open_register().open_add()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    # ----------------------------------------------------------------- data
    def refresh(self) -> None:
        try:
            self.board = load_board(self._db, self.day,
                                    audience=AUDIENCE_ROOM if self.projector else AUDIENCE_OWN,
                                    now=datetime.now() if self.day == date.today() else None)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Tavlan kunde inte läsas"), err.message)
            return
        self._update_header(self.board)
        self.board_view.show_board(self.board)
        self._after_board_shown()
        self.boardChanged.emit()

    def _update_header(self, board: Board) -> None:
        settings = load_settings(self._db)
        self.header.vc_name.setText(board.health_centre or settings.vc_name)
        day = board.day
        self.header.today.setText(weekday_date(day))
        if board.last_import is None:
            text = self.tr("Ingen SAMSA-import ännu")
            stale = True
        else:
            text = self.tr("Senaste SAMSA-import: {date} kl {time}").format(
                date=short_date(board.last_import), time=board.last_import.strftime("%H:%M"))
            stale = board.last_import.date() < day
        self.header.last_import.setText(text)
        self.header.last_import.setFont(theme.font(15, bold=stale))
        theme.text_colour(self.header.last_import,
                          theme.WARNING_ON_DARK if stale else theme.HEADER_TEXT)

    def _check_day(self) -> None:
        if self.day < date.today() and self.day == date.today() - timedelta(days=1):
            self.day = date.today()
            self.refresh()

    # ----------------------------------------------------------------- patients
    def open_patient(self, patient_id: int):
        from huddle.ui.qt_patient_dialog import QtPatientDialog  # not needed at start-up

        dialog = QtPatientDialog(self.db, patient_id, self.day, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog

    # ----------------------------------------------------------------- the huddle
    def huddle_now(self) -> datetime:
        """Now, on the board's day (a board opened for another day, as in the demo, stamps
        its huddle on that day)."""
        now = self.clock().replace(microsecond=0)
        return now if now.date() == self.day else datetime.combine(self.day, now.time())

    def _make_huddle_actions(self) -> dict[str, QAction]:
        handlers: dict[str, Callable[[], object]] = {
            "start": self.start_huddle,
            "end": self.end_huddle,
            "next_part": lambda: self.step_part(1),
            "previous_part": lambda: self.step_part(-1),
            "next_patient": lambda: self.step_patient(1),
            "previous_patient": lambda: self.step_patient(-1),
            "new_decision": self.new_decision,
            "new_followup": self.new_followup,
            "edit": self.edit_current,
            "review_done": lambda: self.review("done"),
            "review_new_date": lambda: self.review("new_date"),
            "review_escalate": lambda: self.review("escalated"),
            "review_keep": lambda: self.review("kept"),
            "review_undo": self.undo_review,
            "projector": self.toggle_projector,
            "help": self.show_shortcuts,
        }
        actions = {}
        for name, handler in handlers.items():
            shortcut = BY_NAME[name]
            action = QAction(tr_label(shortcut.label), self)
            action.setShortcuts(key_sequences(name))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.addAction(action)
            actions[name] = action
        actions["projector"].setCheckable(True)
        for name, text in (("review_done", "Klart"), ("review_new_date", "Nytt datum"),
                           ("review_escalate", "Lyft"), ("review_keep", "Behåll"),
                           ("review_undo", "Ångra"), ("edit", "Ändra/svar")):
            shown = BY_NAME[name].shown
            actions[name].setIconText(self.tr(text) + f" ({shown})")
        return actions

    def _add_huddle_menus(self) -> None:
        actions = self.huddle_actions
        menu = self.huddle_menu
        for name in ("start", "end"):
            menu.addAction(actions[name])
        menu.addSeparator()
        for name in ("next_part", "previous_part", "next_patient", "previous_patient"):
            menu.addAction(actions[name])
        menu.addSeparator()
        for name in ("new_decision", "new_followup", "edit"):
            menu.addAction(actions[name])
        review = menu.addMenu(self.tr("&Granska öppet beslut"))
        for name in ("review_done", "review_new_date", "review_escalate", "review_keep",
                     "review_undo"):
            review.addAction(actions[name])
        menu.addSeparator()
        self.missed_action = QAction(self.tr("Missade avstämningar…"), self)
        self.missed_action.triggered.connect(self.show_missed_days)
        menu.addAction(self.missed_action)
        self.view_menu.addAction(actions["projector"])
        self.help_menu.addAction(actions["help"])

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _after_board_shown(self) -> None:
        if self.board is None:
            return
        self.session.set_board(self.board)
        # After the first paint: the holiday calendar costs a noticeable import at start-up.
        # Before the window is shown the timer would run from construction and could fire
        # ahead of the first paint on a slow start, so showEvent starts it instead.
        if self.isVisible():
            self._missed_timer.start(MISSED_DAYS_DELAY_MS)
        key = self.board_view.current_key
        if key is not None:
            self.board_view.set_current(key, focus=self.isActiveWindow())
        else:
            self._update_review_bar(None)
        self._update_projector()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._missed_timer.isActive():
            # Counted from the first turn of the event loop, which paints the window first.
            QTimer.singleShot(0, lambda: self._missed_timer.start(MISSED_DAYS_DELAY_MS))

    def _update_missed(self) -> None:
        days = recent_missed_days(self._db, self.day)
        self.missed_days = days
        label = self.header.missed
        if days:
            label.setText(self.tr("Missade avstämningar senaste 30 dagarna: {n}").format(
                n=len(days)))
            label.setToolTip(", ".join(weekday_date(day) for day in days))
            label.setAccessibleName(label.text())
            label.show()
        else:
            label.hide()
        self.missed_action.setText(self.tr("Missade avstämningar ({n})…").format(n=len(days)))

    def show_missed_days(self) -> QMessageBox:
        self._update_missed()
        days = self.missed_days
        if days:
            text = self.tr("Arbetsdagar utan avstämning de senaste 30 dagarna:") + "\n\n" + \
                "\n".join(weekday_date(d) for d in days)
        else:
            text = self.tr("Ingen missad avstämning de senaste 30 dagarna.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Missade avstämningar"), text,
                          QMessageBox.StandardButton.Close, self)
        box.open()
        return box

    def start_huddle(self):
        from huddle.ui.qt_start_dialog import QtStartDialog

        dialog = QtStartDialog(self.db, day=self.day, now=self.huddle_now,
                               existing=self.session.record, parent=self)
        dialog.started.connect(self._on_started)
        dialog.open()
        return dialog

    def _on_started(self, record) -> None:
        fresh = not self.session.running
        self.session.started(record)
        self.refresh()
        if fresh:
            self._go_to_next_unreviewed() or self.board_view.step_current(1)
            self._status(self.tr("Avstämningen har startat. Öppna beslut först."))

    def end_huddle(self):
        from huddle.storage.huddles import compute_summary
        from huddle.ui.qt_end_dialog import QtEndDialog

        if not self.session.running:
            self._status(self.tr("Ingen avstämning pågår. F2 startar den."))
            return None
        record = self.session.record
        preview = compute_summary(self.db, record, self.session.elapsed(),
                                  **self._summary_counts())
        dialog = QtEndDialog(preview, self)
        dialog.confirmed.connect(self._end_confirmed)
        dialog.open()
        return dialog

    def _summary_counts(self) -> dict:
        self._mark_discussed(self.board_view.current_card())
        return {"patients_discussed": len(self.session.discussed),
                "patients_on_board": len(self.session.board_patients | self.session.discussed),
                "parts_seconds": self.session.parts_seconds()}

    def _end_confirmed(self) -> None:
        from huddle.storage.huddles import end_huddle

        try:
            summary = end_huddle(self.db, self.session.huddle_id, now=self.huddle_now(),
                                 **self._summary_counts())
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Avstämningen kunde inte avslutas"), err.message)
            return
        self.session.ended_now()
        self.refresh()
        self._status(" · ".join(summary.lines()[:3]))

    # -- moving through the board
    def step_patient(self, step: int) -> None:
        if self.board_view.current_card() is None and self.session.running:
            # Start from the current agenda part's column, not from the top of the board.
            start = LANE_OF_PART[self.session.current_part]
            lanes = [lane.key for lane in self.board_view.all_lanes()]
            for lane_key in lanes[lanes.index(start):]:
                if self.board_view.first_in_lane(lane_key) is not None:
                    return
        self.board_view.step_current(step)

    def step_part(self, step: int) -> None:
        part = self.session.step_part(step)
        if part is None:
            return
        if part == PART_DECISIONS and self._go_to_next_unreviewed():
            return
        if self.board_view.first_in_lane(LANE_OF_PART[part]) is None:
            self.board_view.set_current(None)
            self._status(self.tr("Inget att gå igenom under {part}.").format(
                part=next(p.label for p in self.session.agenda if p.key == part)))

    def _mark_discussed(self, card: QtCard | None) -> None:
        if card is not None and card.patient_id is not None:
            self.session.note_discussed(card.patient_id)

    def _on_current_changed(self, card: QtCard | None) -> None:
        previous = self._last_patient
        if card is not None and previous is not None and card.patient_id != previous:
            self.session.note_discussed(previous)
        self._last_patient = card.patient_id if card is not None else None
        if card is not None and self.session.running:
            self.session.follow_lane(card.key[0])
        self._update_review_bar(card)
        if self.projector_window is not None:
            self.projector_window.set_current(card.key if card is not None else None)

    def _decision_item(self, decision_id: int | None):
        if self.board is None or decision_id is None:
            return None
        return next((d for d in self.board.open_decisions if d.id == decision_id), None)

    def _update_review_bar(self, card: QtCard | None) -> None:
        decision = self._decision_item(card.decision_id) if card is not None else None
        if decision is None or not self.session.running:
            self.review_bar.show_decision(None, remaining=0, total=0)
            return
        self.review_bar.show_decision(decision, remaining=self.session.unreviewed,
                                      total=self.session.open_decisions)

    def _go_to_next_unreviewed(self) -> bool:
        for card in self.board_view.decisions.card_widgets():
            decision = self._decision_item(card.decision_id)
            if (decision is not None and decision.status == "open" and not decision.reviewed
                    and not decision.new_today):
                self.board_view.set_current(card.key)
                return True
        return False

    # -- decisions, reviews and follow-ups
    def _current_patient_card(self) -> QtCard | None:
        card = self.board_view.current_card()
        if card is None or card.patient_id is None:
            self._status(self.tr("Välj en patient först med pil upp och pil ned."))
            return None
        return card

    def new_decision(self):
        from huddle.ui.qt_decision_dialog import QtDecisionDialog

        card = self._current_patient_card()
        if card is None:
            return None
        dialog = QtDecisionDialog(self.db, day=self.day, now=self.huddle_now,
                                  patient_id=card.patient_id, patient_label=card.title.text(),
                                  huddle_id=self.session.huddle_id, parent=self)
        dialog.saved.connect(lambda _id, pid=card.patient_id: self._saved(
            pid, self.tr("Beslutet är sparat.")))
        dialog.open()
        return dialog

    def new_followup(self):
        from huddle.ui.qt_followup_dialog import QtFollowupDialog

        card = self._current_patient_card()
        if card is None:
            return None
        dialog = QtFollowupDialog(self.db, day=self.day, now=self.huddle_now,
                                  patient_id=card.patient_id, patient_label=card.title.text(),
                                  huddle_id=self.session.huddle_id, parent=self)
        dialog.saved.connect(lambda _id, pid=card.patient_id: self._saved(
            pid, self.tr("Uppföljningen i hemmet är sparad.")))
        dialog.open()
        return dialog

    def edit_current(self):
        from huddle.ui.qt_decision_dialog import QtDecisionDialog
        from huddle.ui.qt_followup_dialog import QtFollowupDialog

        card = self.board_view.current_card()
        if card is not None and card.decision_id is not None:
            decision = self._decision_item(card.decision_id)
            dialog = QtDecisionDialog(
                self.db, day=self.day, now=self.huddle_now, patient_id=card.patient_id,
                patient_label=card.title.text(), huddle_id=self.session.huddle_id,
                decision_id=card.decision_id,
                focus_answer=bool(decision and decision.escalated), parent=self)
            dialog.saved.connect(lambda _id, pid=card.patient_id: self._saved(
                pid, self.tr("Beslutet är ändrat.")))
        elif card is not None and card.followup_id is not None and card.followup_kind == "need":
            dialog = QtFollowupDialog(
                self.db, day=self.day, now=self.huddle_now, patient_id=card.patient_id,
                patient_label=card.title.text(), huddle_id=self.session.huddle_id,
                followup_id=card.followup_id, parent=self)
            dialog.saved.connect(lambda _id, pid=card.patient_id: self._saved(
                pid, self.tr("Uppföljningen är ändrad.")))
        elif card is not None and card.followup_id is not None:
            self._status(self.tr("Telefonuppföljningen registreras i patientens uppgifter "
                                 "(Enter)."))
            return None
        else:
            self._status(self.tr("Markera ett beslut eller en uppföljning i hemmet först."))
            return None
        dialog.open()
        return dialog

    def _saved(self, patient_id: int | None, message: str) -> None:
        if patient_id is not None:
            self.session.note_discussed(patient_id)
        self.refresh()
        self._status(message)

    def review(self, outcome: str) -> None:
        card = self.board_view.current_card()
        if card is None or card.decision_id is None:
            self._status(self.tr("Gå till ett öppet beslut först (Ctrl+← till Öppna beslut)."))
            return
        if self.review_bar.decision is None:
            self._update_review_bar(card)
        if self.review_bar.decision is None:
            self._status(self.tr("Starta avstämningen (F2) för att granska besluten."))
            return
        self.review_bar.review(outcome)

    def undo_review(self) -> None:
        if self.review_bar.decision is None:
            self._status(self.tr("Gå till beslutet vars granskning ska ångras."))
            return
        self.review_bar.undo()

    def _on_reviewed(self, decision_id: int, outcome: str) -> None:
        self.refresh()
        if not outcome:
            self.board_view.set_current(("open_decisions", decision_id))
            self._status(self.tr("Granskningen är ångrad."))
            return
        from huddle.domain.huddle import REVIEW_LABELS

        message = self.tr("Granskat: {outcome}.").format(outcome=tr_label(REVIEW_LABELS[outcome]))
        if not self._go_to_next_unreviewed():
            self.board_view.set_current(("open_decisions", decision_id))
            message += " " + self.tr("Alla öppna beslut är granskade – Ctrl+→ går vidare.")
        self._status(message)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Nothing may touch the database once the window is closed (it is closed next).
        self._missed_timer.stop()
        if self.projector_window is not None:
            self.projector_window.close()
        super().closeEvent(event)

    # -- projector and help
    def toggle_projector(self) -> None:
        from huddle.ui.qt_projector import QtProjectorWindow

        if self.projector_window is not None:
            self.projector_window.close()
            return
        window = QtProjectorWindow(self.session, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._projector_closed)
        self.projector_window = window
        self._update_projector()
        window.place()
        self.huddle_actions["projector"].setChecked(True)
        self.activateWindow()

    def _projector_closed(self) -> None:
        self.projector_window = None
        self.huddle_actions["projector"].setChecked(False)

    def _update_projector(self) -> None:
        if self.projector_window is None:
            return
        try:
            board = load_board(self._db, self.day, audience=AUDIENCE_ROOM,
                               now=datetime.now() if self.day == date.today() else None)
        except KnownError as err:
            self._status(err.message)
            return
        self.projector_window.show_board(board, self.board_view.current_key)

    def show_shortcuts(self):
        from huddle.ui.qt_shortcuts import QtShortcutsDialog

        dialog = QtShortcutsDialog(self)
        dialog.open()
        return dialog
