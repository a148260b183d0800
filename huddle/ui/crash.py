"""The last line of defence: an exception nobody caught is logged and explained in Swedish.

A :class:`~huddle.errors.KnownError` that escapes a slot is shown as it is (its message already
says what to do). Anything else is a bug: the traceback goes to the log file only — it may
quote data, and the screen may be a projector — and the user gets a plain message that says
where the log is and what to do.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from huddle.errors import KnownError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox  # loaded with the first message, not at start

log = logging.getLogger("huddle.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]



def _log_file():
    from huddle.logs import active_log_file  # logging.handlers: not on the start-up path

    return active_log_file()


def crash_message() -> str:
    return QCoreApplication.translate("crash",
        "Ett oväntat fel inträffade i Huddle. Det du redan har sparat finns kvar.\n\n"
        "Felet är sparat i loggfilen {path}. Om det händer igen: skicka loggfilen till "
        "IT-supporten och beskriv vad du gjorde just innan. Starta om Huddle om fönstret "
        "slutar svara."
    ).format(path=_log_file())


class _Guard:
    """The message showing, if any: one at a time, and held here so that a box without a
    parent (no window active) is not deleted by Python the moment ``_show`` returns. It is
    let go when the box is closed or deleted (with its parent window, say); a guard that
    could stay set would silence every later crash message."""

    box: QMessageBox | None = None


def _let_go(*_args: object) -> None:
    _Guard.box = None


def _show(box_text: str, *, critical: bool = False) -> QMessageBox | None:
    from PySide6.QtWidgets import QMessageBox

    if QApplication.instance() is None or _Guard.box is not None:
        print(f"huddle: {box_text}", file=sys.stderr)
        return None
    try:
        icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning
        box = QMessageBox(icon, QCoreApplication.translate("crash", "Huddle"), box_text, QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.setObjectName("crashMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(_let_go)
        box.destroyed.connect(_let_go)
        _Guard.box = box
        box.open()
        return box
    except Exception:  # showing the message must never raise again
        _Guard.box = None
        log.exception("Could not show the crash message")
        return None


def _known_database_failure(value: BaseException) -> KnownError | None:
    """An SQLite failure of the user's kind (locked, full disk, read-only …) that reached the
    top from code outside the Store (it classifies its own)."""
    from huddle.storage.store import known_database_error

    return known_database_error(value)


class _Damage:
    """What the window does when the database turns out damaged while it runs (it offers the
    latest backup: ``huddle.ui.qt_db_fault_dialog.damage_handler``); None: the message."""

    handler: Callable[[KnownError], None] | None = None


def set_damage_handler(handler: Callable[[KnownError], None] | None) -> None:
    """Register (or with None, remove) the window's way out of a damaged database."""
    _Damage.handler = handler


def _offer_way_out(error: KnownError) -> bool:
    if _Damage.handler is None or getattr(error, "kind", None) != "damaged":
        return False
    try:
        _Damage.handler(error)
    except Exception:  # the way out must never take the app down with it
        log.exception("Could not offer a restore of the damaged database")
        return False
    return True


def handle_exception(kind: type[BaseException], value: BaseException,
                     tb: TracebackType | None) -> QMessageBox | None:
    """Log an uncaught exception and tell the user; returns the message box shown, if any."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return None
    if isinstance(value, KnownError):
        log.warning("Known error reached the top: %s", value.message)
        if _offer_way_out(value):
            return None
        return _show(value.message)
    known = _known_database_failure(value)
    if known is not None:
        # A locked database or a full disk anywhere in the app: the write was one
        # transaction and has been rolled back, so the user only needs to know what to do.
        log.warning("Database failure reached the top: %s", value)
        if _offer_way_out(known):
            return None
        return _show(known.message)
    log.critical("Uncaught exception", exc_info=(kind, value, tb))
    return _show(crash_message(), critical=True)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    log.critical("Uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install_excepthook() -> ExceptHook:
    """Route uncaught exceptions (main and worker threads) to the log and a message box.

    Returns the hook that was in place, so a caller can put it back.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        handle_exception(kind, value, tb)

    sys.excepthook = hook
    threading.excepthook = _thread_hook
    return previous
