"""The main window's menu bar and its actions with their shortcuts (the F1 table in
``qt_shortcuts`` names them). The slots are the window's file actions and its huddle
controller; the actions are added to the window so their shortcuts work without the menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from huddle.i18n import tr_label
from huddle.ui.qt_shortcuts import BY_NAME, key_sequences

if TYPE_CHECKING:
    from huddle.ui.qt_huddle_controller import QtHuddleController
    from huddle.ui.qt_main_window import QtMainWindow


class QtMainMenus(QObject):
    """Builds the menus of ``window``; ``huddle_actions`` are the F-key actions by name."""

    def __init__(self, window: QtMainWindow, huddle: QtHuddleController) -> None:
        super().__init__(window)
        self.window = window
        self.huddle_actions = self._make_huddle_actions(huddle)
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Arkiv"))
        self.huddle_menu = bar.addMenu(self.tr("Av&stämning"))
        self.register_menu = bar.addMenu(self.tr("Re&gister"))
        self.reports_menu = bar.addMenu(self.tr("&Rapporter"))
        self.view_menu = bar.addMenu(self.tr("&Visa"))
        self.help_menu = bar.addMenu(self.tr("&Hjälp"))

        refresh = self._action(self.tr("Uppdatera tavlan"), window.refresh, self.view_menu)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.fullscreen_action = self._action(self.tr("Helskärm"), window.toggle_full_screen,
                                              self.view_menu, window_wide=True)
        self.fullscreen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.fullscreen_action.setCheckable(True)

        self._add_file_actions()
        quit_action = self._action(self.tr("Avsluta"), window.close, self.file_menu)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self._add_huddle_menu(huddle)
        self._add_register_menu()
        self._add_reports_and_help()

    def _action(self, text: str, slot: Callable, menu: QMenu, *, shortcut: str | None = None,
                window_wide: bool = False) -> QAction:
        """An action in ``menu``; ``window_wide`` (or a named ``shortcut``) also adds it to the
        window, so its keys work while the menu is closed."""
        # By keyword: given positionally, PySide6 weighs the QIcon overload first and
        # builds QIcon's enums for it (2 ms before the first paint).
        action = QAction(parent=self.window, text=text)
        if shortcut:
            action.setShortcuts(key_sequences(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        if window_wide or shortcut:
            self.window.addAction(action)
        return action

    def _add_file_actions(self) -> None:
        window = self.window
        self.import_action = self._action(self.tr("&Importera SAMSA-export eller lista…"),
                                          window.choose_import_file, self.file_menu,
                                          shortcut="import")
        self.file_menu.addSeparator()
        for text, slot in ((self.tr("&Säkerhetskopiera…"), window.backup_now),
                           (self.tr("Å&terställ från säkerhetskopia…"), window.restore_backup)):
            self._action(text, slot, self.file_menu).setEnabled(window.db_path is not None)
        self.file_menu.addSeparator()
        self._action(self.tr("&Loggranskning…"), window.open_log_review, self.file_menu)
        self._action(self.tr("&Inställningar…"), window.open_settings, self.file_menu)
        self.file_menu.addSeparator()

    def _add_reports_and_help(self) -> None:
        window = self.window
        reports = self._action(self.tr("&Vecko- och månadssammanställning…"),
                               window.open_reports, self.reports_menu, shortcut="reports")
        reports.setEnabled(window.db_path is not None)
        self.help_menu.addSeparator()
        about = self._action(self.tr("&Om Huddle"), window.show_about, self.help_menu)
        about.setEnabled(window.db_path is not None)

    def _add_register_menu(self) -> None:
        window = self.window
        self._action(self.tr("Sök patient…"), window.open_register, self.register_menu,
                     shortcut="register", window_wide=True)
        self._action(self.tr("Att planera – sköra äldre…"), window.open_planning,
                     self.register_menu, shortcut="planning")
        self._action(self.tr("Ny patient…"), window.open_add_patient, self.register_menu,
                     window_wide=True)

    def _make_huddle_actions(self, huddle: QtHuddleController) -> dict[str, QAction]:
        handlers: dict[str, Callable[[], object]] = {
            "start": huddle.start_huddle,
            "end": huddle.end_huddle,
            "next_part": lambda: huddle.step_part(1),
            "previous_part": lambda: huddle.step_part(-1),
            "next_patient": lambda: huddle.step_patient(1),
            "previous_patient": lambda: huddle.step_patient(-1),
            "new_decision": huddle.new_decision,
            "new_followup": huddle.new_followup,
            "edit": huddle.edit_current,
            "review_done": lambda: huddle.review("done"),
            "review_new_date": lambda: huddle.review("new_date"),
            "review_escalate": lambda: huddle.review("escalated"),
            "review_keep": lambda: huddle.review("kept"),
            "review_undo": huddle.undo_review,
            "room_mode": self.window.toggle_room_mode,
            "show_for": self.window.cycle_show_for,
            "projector": huddle.toggle_projector,
            "help": huddle.show_shortcuts,
        }
        actions = {}
        for name, handler in handlers.items():
            shortcut = BY_NAME[name]
            action = QAction(parent=self.window, text=tr_label(shortcut.label))
            action.setShortcuts(key_sequences(name))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.window.addAction(action)
            actions[name] = action
        actions["projector"].setCheckable(True)
        actions["room_mode"].setCheckable(True)
        for name, text in ((("review_done", self.tr("Klart")),
                            ("review_new_date", self.tr("Nytt datum")),
                            ("review_escalate", self.tr("Lyft")),
                            ("review_keep", self.tr("Behåll")),
                            ("review_undo", self.tr("Ångra")),
                            ("edit", self.tr("Ändra/svar")))):
            actions[name].setIconText(text + f" ({BY_NAME[name].shown})")
        return actions

    def _add_huddle_menu(self, huddle: QtHuddleController) -> None:
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
        self.missed_action = self._action(self.tr("Missade avstämningar…"),
                                          huddle.show_missed_days, menu)
        self.view_menu.addAction(actions["room_mode"])
        self.view_menu.addAction(actions["show_for"])
        self.view_menu.addAction(actions["projector"])
        self.help_menu.addAction(actions["help"])
