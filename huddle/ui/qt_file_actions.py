"""The main window's file actions: import (menu and drag and drop), backup, restore,
reports, settings, log review, about, and the register and patient windows they open. Mixed
into ``QtMainWindow``; every dialog is imported when first used, not at start-up."""

from __future__ import annotations

from pathlib import Path


class QtFileActionsMixin:  # a mixin: its slots are the window's own (open_*, drops)
    """Needs ``db``, ``db_path``, ``day``, ``audience``, ``room_mode``, ``patient_dialogs``,
    ``log_review_window``, ``menus``,
    ``refresh``, ``_status`` and ``boardChanged`` from the window."""

    def choose_import_file(self) -> None:
        from huddle.ui.qt_import_dialog import pick_import_file

        path = pick_import_file(self, self.db_path.parent if self.db_path else None)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path):
        """Import ``path`` (menu, drop or test); the board refreshes when it is done."""
        from huddle.ui.qt_import_dialog import open_import

        dialog = open_import(self, self.db, path, db_path=self.db_path, board_day=self.day)
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

    def open_log_review(self):
        from huddle.ui.qt_log_review import open_log_review  # not needed at start-up

        if self.room_mode:
            # The review names every patient it finds: never on the room's screen.
            self._status(self.tr("Loggranskningen visar patienters namn och personnummer. "
                                 "Växla till Endast din skärm (F9) först."))
            return None

        window = open_log_review(self, self.db)
        self.log_review_window = window
        window.destroyed.connect(lambda *_: setattr(self, "log_review_window", None))
        return window

    def close_log_review_for_room(self) -> None:
        """The window has just been switched to the room's view: a log review still open
        names every patient it found, so it closes, and the status bar says why."""
        window = self.log_review_window
        if window is None or not window.isVisible():
            return
        window.close()
        self.log_review_window = None
        self._status(self.tr("Loggranskningen stängdes: den visar patienters namn och "
                             "personnummer, och skärmen visas nu för rummet. F9 växlar "
                             "tillbaka."))

    def open_register(self):
        from huddle.ui.qt_register import QtRegisterWindow  # not needed at start-up

        if self.register_window is None:
            self.register_window = QtRegisterWindow(self.db, self.day, self,
                                                    audience=self.audience)
            self.register_window.patientActivated.connect(self.open_patient)
            # F9 in the register (a window of its own) switches this window and the register.
            self.register_window.addAction(self.menus.huddle_actions["room_mode"])
            # A score saved in the patient dialog opened from the register (or anything else
            # that changes the board) shows in the register's lists too.
            self.boardChanged.connect(self._refresh_register)
        elif not self.register_window.isVisible():
            self.register_window.refresh_lists()  # what changed while it was closed
        if self.register_window.isVisible():  # already open: bring it forward
            self.register_window.raise_()
            self.register_window.activateWindow()
        else:
            self.register_window.show()
        return self.register_window

    def _refresh_register(self) -> None:
        if self.register_window is not None and self.register_window.isVisible():
            self.register_window.refresh_lists()

    def open_planning(self):
        window = self.open_register()
        window.show_plan()
        return window

    def open_add_patient(self):
        return self.open_register().open_add()

    def open_patient(self, patient_id: int):
        from huddle.ui.qt_patient_dialog import QtPatientDialog  # not needed at start-up

        # Opened in the room's mode, the dialog shows the patient as the room may see them.
        dialog = QtPatientDialog(self.db, patient_id, self.day, self, audience=self.audience)
        dialog.changed.connect(self.refresh)
        self.follow_audience(dialog)
        dialog.open()
        return dialog

    def follow_audience(self, dialog) -> None:
        """``dialog`` (about one patient, with ``set_audience``) follows this window between
        the nurse's own screen and the room's view while it is open; F9 works in it too."""
        self.patient_dialogs.append(dialog)
        dialog.addAction(self.menus.huddle_actions["room_mode"])
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))

    def _forget_dialog(self, dialog) -> None:
        if dialog in self.patient_dialogs:
            self.patient_dialogs.remove(dialog)
