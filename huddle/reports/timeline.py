"""Rows sorted once by the moment they count at, so that a window takes only its own rows.

A report counts some 26 windows (a year, its months, the comparisons and the run charts) over
the same rows. Sorting each kind of row once by its time key and taking a window's rows by
bisection makes the work per window grow with the rows in the window, not with the history.
These are indexes only: which rows count where stays in ``huddle.reports.sections``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from datetime import date
from typing import Generic, TypeVar

Row = TypeVar("Row")


class Timeline(Generic[Row]):
    """Rows by one key (rows whose key is None are left out), in their original order among
    equal keys."""

    def __init__(self, rows: Iterable[Row], key: Callable[[Row], date | None]) -> None:
        rows = list(rows)
        keys = list(map(key, rows))
        # a stable sort: rows with equal keys keep their order
        order = sorted((i for i, k in enumerate(keys) if k is not None), key=keys.__getitem__)
        self.keys = [keys[i] for i in order]
        self.rows = [rows[i] for i in order]

    def between(self, low: date, high: date) -> list[Row]:
        """The rows with ``low <= key < high``, in key order."""
        return self.rows[bisect_left(self.keys, low):bisect_left(self.keys, high)]

    def count(self, low: date, high: date) -> int:
        return bisect_left(self.keys, high) - bisect_left(self.keys, low)


class OpenAt(Generic[Row]):
    """Rows that are open over a span, ``start <= moment < end`` (no end: open still), asked
    for the rows open at one moment: ``start < moment`` and (no end, or ``end >= moment``).
    It walks the shorter of the rows begun before the moment and the rows not ended by it."""

    def __init__(self, rows: Iterable[Row], start: Callable[[Row], date],
                 end: Callable[[Row], date | None]) -> None:
        rows = list(rows)
        self._start, self._end = start, end
        self._by_start = Timeline(rows, start)
        self._by_end = Timeline(rows, end)
        self._never_ended = [row for row in rows if end(row) is None]

    def at(self, moment: date) -> list[Row]:
        begun = bisect_left(self._by_start.keys, moment)
        ended = bisect_left(self._by_end.keys, moment)
        if begun <= len(self._by_end.keys) - ended + len(self._never_ended):
            end = self._end
            return [row for row in self._by_start.rows[:begun]
                    if (e := end(row)) is None or e >= moment]
        start = self._start
        return [row for row in self._by_end.rows[ended:] + self._never_ended
                if start(row) < moment]
