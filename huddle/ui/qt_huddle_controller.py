"""The huddle as the chair runs it from the main window: start and end, the agenda parts,
walking the board, the review of open decisions, new decisions and follow-ups, missed
huddles and the projector. ``QtMainWindow`` owns the board view, the review bar and the
menus; this controller owns the session and the projector window."""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from huddle.domain.access import PLACE_PROJECTOR
from huddle.domain.board import Board
from huddle.domain.dates import weekday_date
from huddle.domain.disclosure import AUDIENCE_ROOM
from huddle.domain.huddle import LANE_OF_PART, PART_DECISIONS
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage.board_data import load_board
from huddle.storage.huddles import recent_missed_days
from huddle.ui.qt_board_cards import QtCard
from huddle.ui.qt_huddle_panel import QtHuddleSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox  # loaded when a message is shown

    from huddle.ui.qt_main_window import QtMainWindow
    from huddle.ui.qt_projector import QtProjectorWindow

log = logging.getLogger("huddle.board")


class QtHuddleController(QObject):
    """Owns the running session and the projector window; reads the window's board, board
    view, review bar and header, and asks the window to ``refresh`` after every change."""

    def __init__(self, window: QtMainWindow, day: date) -> None:
        super().__init__(window)
        self.win = window
        self.session = QtHuddleSession(window.db, day=day, clock=window.clock, parent=self)
        self.projector_window: QtProjectorWindow | None = None
        self.missed_days: list[date] = []
        self.preparing = None  # the next huddle's board being prepared (prepare_next_huddle)
        self._last_patient: int | None = None

    def huddle_now(self) -> datetime:
        """Now, on the board's day (see ``HuddleSession.now``)."""
        return self.session.now()

    def update_missed(self) -> None:
        days = recent_missed_days(self.win.db, self.win.day)
        self.missed_days = days
        self.win.header.show_missed(days)
        self.win.menus.missed_action.setText(
            self.tr("Missade avstämningar ({n})…").format(n=len(days)))

    def show_missed_days(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        self.update_missed()
        days = self.missed_days
        if days:
            text = self.tr("Arbetsdagar utan avstämning de senaste 30 dagarna:") + "\n\n" + \
                "\n".join(weekday_date(d) for d in days)
        else:
            text = self.tr("Ingen missad avstämning de senaste 30 dagarna.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Missade avstämningar"), text,
                          QMessageBox.StandardButton.Close, self.win)
        box.open()
        return box

    def start_huddle(self):
        from huddle.ui.qt_start_dialog import QtStartDialog

        dialog = QtStartDialog(self.win.db, day=self.win.day, now=self.huddle_now,
                               existing=self.session.record, parent=self.win)
        dialog.started.connect(lambda record, d=dialog: self._on_started(record, d.screen_shared))
        dialog.open()
        return dialog

    def _on_started(self, record, screen_shared: bool | None = None) -> None:
        fresh = not self.session.running
        self.session.started(record)
        if screen_shared is not None:
            # The start dialog asked whether the room sees this screen (room mode by default).
            self.win.set_room_mode(bool(screen_shared), refresh=False)
        self.win.refresh()
        if fresh:
            self._go_to_next_unreviewed() or self.win.board_view.step_current(1)
            self.win._status(self.tr("Avstämningen har startat. Öppna beslut först."))

    def end_huddle(self):
        from huddle.storage.huddles import compute_summary
        from huddle.ui.qt_end_dialog import QtEndDialog

        if not self.session.running:
            self.win._status(self.tr("Ingen avstämning pågår. F2 startar den."))
            return None
        record = self.session.record
        preview = compute_summary(self.win.db, record, self.session.elapsed(),
                                  **self._summary_counts())
        dialog = QtEndDialog(preview, self.win)
        dialog.confirmed.connect(self._end_confirmed)
        dialog.open()
        return dialog

    def _summary_counts(self) -> dict:
        self._mark_discussed(self.win.board_view.current_card())
        return self.session.model.summary_counts()

    def _end_confirmed(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from huddle.storage.huddles import end_huddle

        try:
            summary = end_huddle(self.win.db, self.session.huddle_id, now=self.huddle_now(),
                                 **self._summary_counts())
        except KnownError as err:
            QMessageBox.warning(self.win, self.tr("Avstämningen kunde inte avslutas"), err.message)
            return
        self.session.ended_now()
        self.win.refresh()
        self.win._status(" · ".join(summary.lines()[:3]))
        self.prepare_next_huddle()

    def prepare_next_huddle(self):
        """The next working day's CFS lane worked out in a worker thread while the room
        leaves, so that morning's board opens without looking at every scored patient of a
        large health centre again. Derived data only: a failure is logged, not shown."""
        if self.win.db_path is None:
            return None
        from huddle.domain.calendar import next_working_day
        from huddle.storage.board_data import prepare_board
        from huddle.ui.qt_worker import run_in_background, with_database

        day = next_working_day(self.session.day)
        task = run_in_background(with_database(
            self.win.db_path, lambda db, _report: prepare_board(db, day)),
            name="huddle-prepare-board")
        task.failed.connect(lambda exc: log.warning("next huddle's board not prepared: %s", exc))
        self.preparing = task
        return task

    # -- moving through the board
    def step_patient(self, step: int) -> None:
        if self.win.board_view.current_card() is None and self.session.running:
            # Start from the current agenda part's column, not from the top of the board.
            start = LANE_OF_PART[self.session.current_part]
            lanes = [lane.key for lane in self.win.board_view.all_lanes()]
            for lane_key in lanes[lanes.index(start):]:
                if self.win.board_view.first_in_lane(lane_key) is not None:
                    return
        self.win.board_view.step_current(step)

    def step_part(self, step: int) -> None:
        part = self.session.step_part(step)
        if part is None:
            return
        if part == PART_DECISIONS and self._go_to_next_unreviewed():
            return
        if self.win.board_view.first_in_lane(LANE_OF_PART[part]) is None:
            self.win.board_view.set_current(None)
            self.win._status(self.tr("Inget att gå igenom under {part}.").format(
                part=next(p.label for p in self.session.agenda if p.key == part)))

    def _mark_discussed(self, card: QtCard | None) -> None:
        if card is not None and card.patient_id is not None:
            self.session.note_discussed(card.patient_id)

    def on_current_changed(self, card: QtCard | None) -> None:
        previous = self._last_patient
        if card is not None and previous is not None and card.patient_id != previous:
            self.session.note_discussed(previous)
        self._last_patient = card.patient_id if card is not None else None
        if card is not None and self.session.running:
            self.session.follow_lane(card.key[0])
        self.update_review_bar(card)
        if self.projector_window is not None:
            self.projector_window.set_current(card.key if card is not None else None)

    def _decision_item(self, decision_id: int | None):
        if self.win.board is None or decision_id is None:
            return None
        return next((d for d in self.win.board.open_decisions if d.id == decision_id), None)

    def update_review_bar(self, card: QtCard | None) -> None:
        decision = self._decision_item(card.decision_id) if card is not None else None
        if decision is None or not self.session.running:
            self.win.review_bar.show_decision(None, remaining=0, total=0)
            return
        self.win.review_bar.show_decision(decision, remaining=self.session.unreviewed,
                                      total=self.session.open_decisions)

    def _go_to_next_unreviewed(self) -> bool:
        if self.win.board is None:
            return False
        queue = set(self.session.model.review_queue(self.win.board))
        for card in self.win.board_view.decisions.card_widgets():
            if card.decision_id in queue:
                self.win.board_view.set_current(card.key)
                return True
        return False

    # -- decisions, reviews and follow-ups
    def _current_patient_card(self) -> QtCard | None:
        card = self.win.board_view.current_card()
        if card is None or card.patient_id is None:
            self.win._status(self.tr("Välj en patient först med pil upp och pil ned."))
            return None
        return card

    def new_decision(self):
        from huddle.ui.qt_decision_dialog import QtDecisionDialog

        return self._new_for_current(QtDecisionDialog, self.tr("Beslutet är sparat."))

    def new_followup(self):
        from huddle.ui.qt_followup_dialog import QtFollowupDialog

        return self._new_for_current(QtFollowupDialog,
                                     self.tr("Uppföljningen i hemmet är sparad."))

    def _new_for_current(self, dialog_class, saved_message: str):
        """Open a new decision or follow-up for the chosen patient; None when none is chosen."""
        card = self._current_patient_card()
        if card is None:
            return None
        # On the room's screen, a patient the room may not identify: no free text, no dates.
        dialog = dialog_class(self.win.db, day=self.win.day, now=self.huddle_now,
                              patient_id=card.patient_id, patient_label=card.title.text(),
                              huddle_id=self.session.huddle_id,
                              for_room=self.win.room_mode and card.masked, parent=self.win)
        dialog.saved.connect(lambda _id, pid=card.patient_id: self._saved(pid, saved_message))
        self.win.follow_audience(dialog)
        dialog.open()
        return dialog

    def edit_current(self):
        from huddle.ui.qt_decision_dialog import QtDecisionDialog
        from huddle.ui.qt_followup_dialog import QtFollowupDialog

        card = self.win.board_view.current_card()
        if card is not None and card.masked and self.win.room_mode and (
                card.decision_id is not None or card.followup_id is not None):
            # Its free text (the decision, the note, the answer) is not for the room.
            self.win._status(self.tr("Rummet får inte se beslutets eller uppföljningens text "
                                     "för en patient utan samtycke. Växla till Endast din "
                                     "skärm (F9) och ändra där."))
            return None
        if card is not None and card.decision_id is not None:
            decision = self._decision_item(card.decision_id)
            dialog = QtDecisionDialog(
                self.win.db, day=self.win.day, now=self.huddle_now, patient_id=card.patient_id,
                patient_label=card.title.text(), huddle_id=self.session.huddle_id,
                decision_id=card.decision_id,
                focus_answer=bool(decision and decision.escalated), parent=self.win)
            dialog.saved.connect(lambda _id, pid=card.patient_id: self._saved(
                pid, self.tr("Beslutet är ändrat.")))
        elif card is not None and card.followup_id is not None and card.followup_kind == "need":
            dialog = QtFollowupDialog(
                self.win.db, day=self.win.day, now=self.huddle_now, patient_id=card.patient_id,
                patient_label=card.title.text(), huddle_id=self.session.huddle_id,
                followup_id=card.followup_id, parent=self.win)
            dialog.saved.connect(lambda _id, pid=card.patient_id: self._saved(
                pid, self.tr("Uppföljningen är ändrad.")))
        elif card is not None and card.followup_id is not None:
            self.win._status(self.tr("Telefonuppföljningen registreras i patientens uppgifter "
                                 "(Enter)."))
            return None
        else:
            self.win._status(self.tr("Markera ett beslut eller en uppföljning i hemmet först."))
            return None
        self.win.follow_audience(dialog)
        dialog.open()
        return dialog

    def _saved(self, patient_id: int | None, message: str) -> None:
        if patient_id is not None:
            self.session.note_discussed(patient_id)
        self.win.refresh()
        self.win._status(message)

    def review(self, outcome: str) -> None:
        card = self.win.board_view.current_card()
        if card is None or card.decision_id is None:
            self.win._status(self.tr("Gå till ett öppet beslut först (Ctrl+← till Öppna beslut)."))
            return
        if self.win.review_bar.decision is None:
            self.update_review_bar(card)
        if self.win.review_bar.decision is None:
            self.win._status(self.tr("Starta avstämningen (F2) för att granska besluten."))
            return
        self.win.review_bar.review(outcome)

    def undo_review(self) -> None:
        if self.win.review_bar.decision is None:
            self.win._status(self.tr("Gå till beslutet vars granskning ska ångras."))
            return
        self.win.review_bar.undo()

    def on_reviewed(self, decision_id: int, outcome: str) -> None:
        self.win.refresh()
        if not outcome:
            self.win.board_view.set_current(("open_decisions", decision_id))
            self.win._status(self.tr("Granskningen är ångrad."))
            return
        from huddle.domain.huddle import REVIEW_LABELS

        message = self.tr("Granskat: {outcome}.").format(outcome=tr_label(REVIEW_LABELS[outcome]))
        if not self._go_to_next_unreviewed():
            self.win.board_view.set_current(("open_decisions", decision_id))
            message += " " + self.tr("Alla öppna beslut är granskade – Ctrl+→ går vidare.")
        self.win._status(message)

    # -- projector and help
    def toggle_projector(self) -> None:
        from huddle.ui.qt_projector import QtProjectorWindow

        if self.projector_window is not None:
            self.projector_window.close()
            return
        window = QtProjectorWindow(self.session, self.win)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._projector_closed)
        self.projector_window = window
        # In front of the nurse's window (one screen), the chair's keys still work there.
        window.addActions(list(self.win.menus.huddle_actions.values()))
        self.update_projector()
        self.win.menus.huddle_actions["projector"].setChecked(True)
        if window.place():
            self.win.activateWindow()  # on its own screen: the nurse keeps her window

    def _projector_closed(self) -> None:
        self.projector_window = None
        self.win.menus.huddle_actions["projector"].setChecked(False)

    def update_projector(self, board: Board | None = None) -> None:
        """Show the room's ``board`` (the one the window's refresh read for both and logged
        with its own), or read it, and log it, when the projector has just opened."""
        if self.projector_window is None:
            return
        if board is None:
            try:
                board = load_board(self.win.db, self.win.day, audience=AUDIENCE_ROOM)
            except KnownError as err:
                self.win._status(err.message)
                return
            self.win.log_display(board, PLACE_PROJECTOR)
        self.projector_window.show_board(board, self.win.board_view.current_key)

    def show_shortcuts(self):
        from huddle.ui.qt_shortcuts import QtShortcutsDialog

        dialog = QtShortcutsDialog(self.win)
        dialog.open()
        return dialog
