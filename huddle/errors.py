"""Errors whose cause is known and whose message the user can act on.

Anything raised as a :class:`KnownError` carries a Swedish sentence that says what went wrong
and what to do. The UI shows it in a dialog, the command line prints it on stderr. Any other
exception is a bug.
"""

from __future__ import annotations


class KnownError(Exception):
    """A failure the user can understand and act on; ``str(err)`` is shown as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseError(KnownError):
    """The database cannot be opened or written (locked, full disk, newer version).

    ``kind`` names the failure for code that offers a way out (``"damaged"``: restore the
    latest backup); see ``huddle.storage.store``.
    """

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class InputError(KnownError):
    """A file or value given by the user cannot be used."""


class Cancelled(KnownError):
    """The user stopped a long piece of work (an import, a backup) before it was done.

    Raised from the work's progress callback, so it unwinds through the work's transaction
    and everything the work did is rolled back: nothing is left half-done.
    """

    def __init__(self, message: str | None = None) -> None:
        from huddle.i18n import translate

        super().__init__(message or translate("errors", "Avbrutet. Inget har ändrats."))
