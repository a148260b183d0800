"""Long work off the GUI thread: imports, reports, backups. The window keeps repainting.

A :class:`Task` runs one function in a worker thread and tells the GUI thread how it goes,
through hooks that are called in the GUI thread (so they may touch widgets):

* ``progress``: the latest value the work passed to its ``report`` callback, looked at
  every :data:`POLL_MS` milliseconds (values in between are skipped: a progress bar only
  needs the latest);
* then exactly one of ``succeeded(result)``, ``failed(exception)`` or ``cancelled()``,
  and ``ended()`` after it.

Connect with ``task.progress.connect(fn)`` and so on, as with Qt signals. They are plain
callbacks: the worker thread never touches Qt, it only writes into the task under a lock,
and a ``QTimer`` in the GUI thread reads it (progress at most 50 times a second however
fast the work reports, and nothing queued up behind a slow repaint).

Cancel is cooperative: :meth:`Task.cancel` sets a flag and the work's next ``report`` call
raises :class:`~huddle.errors.Cancelled`. Work that reports from inside its transaction
(the import does) is therefore rolled back: nothing is left half-done.

SQLite connections cannot cross threads: :func:`with_database` opens the work's own
connection in the worker thread and closes it there.

Every running task is known to this module. When the application quits, the tasks still
running are cancelled and waited for (:func:`stop_all`), so a quit never leaves a
transaction open or a thread writing after the window has gone.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from huddle.errors import Cancelled

if TYPE_CHECKING:
    from huddle.storage.store import Store

POLL_MS = 20  # how often the GUI thread looks at a running task: 50 updates a second
YIELD_EVERY_S = 0.008  # the worker steps aside at its report at most this often …
YIELD_S = 0.0005       # … for this long, so the GUI thread gets the GIL

Report = Callable[[Any], None]
Work = Callable[[Report], Any]

_NOTHING = object()


class Hook:
    """A list of callables, called in the GUI thread in the order they were connected.

    A method of a widget that has been deleted in the meantime (a dialog closed with its
    window while the work ran) is skipped, as Qt would disconnect it."""

    def __init__(self) -> None:
        self._targets: list[Callable[..., object]] = []

    def connect(self, target: Callable[..., object]) -> None:
        self._targets.append(target)

    def call(self, *args: object) -> None:
        for target in list(self._targets):
            owner = getattr(target, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                continue
            target(*args)


class Task:
    """``work(report)`` in a thread of its own; see the module docstring."""

    def __init__(self, work: Work, *, name: str = "huddle-task") -> None:
        self.progress = Hook()
        self.succeeded = Hook()
        self.failed = Hook()       # the exception (a KnownError, or a bug: see report_bug)
        self.cancelled = Hook()
        self.ended = Hook()        # after any of the three above
        self._work = work
        self._name = name
        self._cancel = threading.Event()
        self._yielded = 0.0  # when the worker last stepped aside for the GUI thread
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._latest: object = _NOTHING         # written by the worker, read by the timer
        self._outcome: tuple[str, object] | None = None
        self._timer = QTimer()
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    # ------------------------------------------------------------------ GUI thread
    def start(self) -> Task:
        _install_quit_hook()
        # What is alive now (the window, its modules: hundreds of thousands of objects) moves
        # out of the collector's sight. Otherwise the work's allocations set off full
        # collections in the worker thread that walk all of it while holding the GIL, and
        # the window stalls for a tenth of a second each time. Objects freed by their
        # reference count are freed as before.
        gc.freeze()
        with _LOCK:
            _RUNNING.add(self)  # held until its outcome has been delivered
            _quick_switching(True)
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=False)
        self._thread.start()
        self._timer.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next report; ``cancelled`` follows when it has."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """True until the outcome has been delivered to the hooks."""
        with _LOCK:
            return self in _RUNNING

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread has ended (True), or ``timeout`` seconds (False).

        The outcome reaches the hooks when the event loop runs next."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self._thread is None or not self._thread.is_alive()

    def _poll(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, _NOTHING
            outcome = self._outcome
        if latest is not _NOTHING and outcome is None:
            self.progress.call(latest)
        if outcome is None:
            return
        self._timer.stop()
        with _LOCK:
            _RUNNING.discard(self)
            _quick_switching(bool(_RUNNING))
        what, value = outcome
        if what == "succeeded":
            self.succeeded.call(value)
        elif what == "failed":
            self.failed.call(value)
        else:
            self.cancelled.call()
        self.ended.call()

    # ------------------------------------------------------------------ worker thread
    def report(self, value: Any) -> None:
        """The work's callback: raise :class:`Cancelled` when asked to stop, else keep
        ``value`` for the next look from the GUI thread."""
        if self._cancel.is_set():
            raise Cancelled
        with self._lock:
            self._latest = value
        # Step aside for a moment: a worker that reads a file gives the GIL up for each read
        # and takes it straight back, so the GUI thread waiting for it can lose the race for
        # hundreds of milliseconds (the "convoy" effect). A short sleep lets it in.
        now = time.monotonic()
        if now - self._yielded >= YIELD_EVERY_S:
            time.sleep(YIELD_S)
            self._yielded = time.monotonic()

    def _run(self) -> None:
        try:
            outcome: tuple[str, object] = ("succeeded", self._work(self.report))
        except Cancelled:
            outcome = ("cancelled", None)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            outcome = ("failed", exc)
        # A cancel asked for after the work's last report comes too late: the work is done
        # and kept, and reported as done.
        with self._lock:
            self._outcome = outcome


def run_in_background(work: Work, *, name: str = "huddle-task") -> Task:
    """Start ``work(report)`` in a worker thread; connect to the returned task's hooks
    before control returns to the event loop (nothing is delivered before that)."""
    return Task(work, name=name).start()


def with_database(db_path: Path, work: Callable[[Store, Report], Any]) -> Work:
    """``work(store, report)`` on a connection of its own, opened and closed in the worker
    thread (a connection belongs to the thread that opened it)."""

    def run(report: Report) -> Any:
        from huddle.storage.database import open_current, open_database

        store = open_current(db_path) or open_database(db_path)
        try:
            return work(store, report)
        finally:
            store.conn.close()

    return run


def report_bug(exc: BaseException) -> None:
    """An exception from a task that is not the user's (not a KnownError): to the crash
    handler, which logs the traceback and shows the plain message."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


# ------------------------------------------------------------------ all tasks
_RUNNING: set[Task] = set()
_LOCK = threading.Lock()


class _QuitHook:
    installed: QCoreApplication | None = None


# While work runs, the GUI thread waits for the GIL at most this long (Python's default is
# 5 ms): a timer tick, a repaint or a key press then gets through within a millisecond.
QUICK_SWITCH = 0.001
_NORMAL_SWITCH = sys.getswitchinterval()


def _quick_switching(on: bool) -> None:
    sys.setswitchinterval(QUICK_SWITCH if on else _NORMAL_SWITCH)


def running() -> list[Task]:
    """Tasks started whose outcome has not been delivered yet."""
    with _LOCK:
        return list(_RUNNING)


def stop_all(timeout: float = 30.0) -> bool:
    """Cancel every running task and wait for each to end; True when all have."""
    tasks = running()
    for task in tasks:
        task.cancel()
    deadline = time.monotonic() + timeout
    for task in tasks:
        task.wait(max(0.0, deadline - time.monotonic()))
    return all(task.wait(0) for task in tasks)


def forget_all() -> None:
    """Stop looking at every task whose thread has ended, without calling its hooks (after
    :func:`stop_all`, when nothing is to be shown any more: tests, the end of the app)."""
    for task in running():
        if task.wait(0):
            task._timer.stop()
            with _LOCK:
                _RUNNING.discard(task)
                _quick_switching(bool(_RUNNING))


def _install_quit_hook() -> None:
    app = QCoreApplication.instance()
    if app is not None and _QuitHook.installed is not app:
        app.aboutToQuit.connect(stop_all)
        _QuitHook.installed = app
