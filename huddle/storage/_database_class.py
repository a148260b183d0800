"""The sqlite-utils Database Huddle uses: write transactions take the write lock up front.

Imported only when sqlite-utils is needed (see ``huddle.storage.database``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Generator

import sqlite_utils


class HuddleDatabase(sqlite_utils.Database):
    @contextlib.contextmanager
    def atomic(self) -> Generator[HuddleDatabase, None, None]:
        """Like sqlite-utils' ``atomic()``, but the outermost transaction is
        ``BEGIN IMMEDIATE``.

        A deferred transaction that reads and then writes fails at once with "database is
        locked" in WAL mode if another process (the app and a scheduled ``huddle import``,
        say) committed in between; busy_timeout cannot help there. Taking the write lock at
        the start makes the other writer wait its turn instead.
        """
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
