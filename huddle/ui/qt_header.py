"""The header strip above the board: the health centre, the day, missed huddles, the time of
the last SAMSA import (bold amber when it is not from today) and who sees the screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from huddle.domain.board import Board
from huddle.domain.dates import short_date, weekday_date
from huddle.ui import theme
from huddle.ui.qt_room import QtScreenMarker
from huddle.ui.qt_text import set_plain

STATUS_GAP = 24  # between the missed huddles and the last import


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
        # One line each, in short words (the full sentence is the tooltip): the header stays
        # one line at 1366 px, and neither can push the screen marker out of sight.
        for label in (self.missed, self.last_import):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.vc_name)
        layout.addSpacing(24)
        layout.addWidget(self.today)
        layout.addSpacing(24)
        # The two share the room left by their texts' widths, each on one line, in the
        # longest words that fit (see _fit_status).
        layout.addWidget(self.missed, 1)
        layout.addSpacing(STATUS_GAP)
        layout.addWidget(self.last_import, 1)
        self._texts = {self.missed: ("", ""), self.last_import: ("", "")}
        layout.addSpacing(16)
        # Always there: who sees this screen ("Visas för rummet" / "Endast din skärm").
        self.marker = QtScreenMarker(self, size=17)
        layout.addWidget(self.marker)

    def show_board(self, board: Board, vc_name: str) -> None:
        """The centre's name (the board's, else the settings' ``vc_name``), the day and the
        last import."""
        set_plain(self.vc_name, board.health_centre or vc_name)
        day = board.day
        self.today.setText(weekday_date(day))
        if board.last_import is None:
            text = self.tr("Ingen SAMSA-import ännu")
            short = self.tr("Ingen import")
            stale = True
        else:
            when = {"date": short_date(board.last_import),
                    "time": board.last_import.strftime("%H:%M")}
            text = self.tr("SAMSA-import {date} kl {time}").format(**when)
            short = self.tr("SAMSA {date} {time}").format(**when)
            stale = board.last_import.date() < day
        self._texts[self.last_import] = (text, short)
        full = text if board.last_import is None else self.tr(
            "Senaste SAMSA-import: {date} kl {time}").format(**when)
        self.last_import.setToolTip(full)
        self.last_import.setAccessibleName(full)
        self.last_import.setFont(theme.font(15, bold=stale))
        theme.text_colour(self.last_import,
                          theme.WARNING_ON_DARK if stale else theme.HEADER_TEXT)
        self._fit_status()

    def show_missed(self, days: list[date]) -> None:
        label = self.missed
        if days:
            self._texts[label] = (self.tr("Missade avstämningar: {n}").format(n=len(days)),
                                  self.tr("Missade: {n}").format(n=len(days)))
            full = self.tr("Missade avstämningar senaste 30 dagarna: {n}").format(n=len(days))
            label.setToolTip(full + "\n" + ", ".join(weekday_date(day) for day in days))
            label.setAccessibleName(full)
            label.show()
        else:
            self._texts[label] = ("", "")
            label.hide()
        self._fit_status()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_status()

    def _fit_status(self) -> None:
        """The missed huddles and the last import in the longest words the room beside the
        centre's name, the day and the marker holds (a long name leaves less at 1366 px):
        both in full, else the missed huddles short, else both short; in a window too narrow
        even for that, the last import's time gives way, then the missed huddles (each keeps
        its tooltip). A label squeezed below its text showed a clipped '0'."""
        margins = self.layout().contentsMargins()
        taken = sum(w.sizeHint().width() for w in (self.vc_name, self.today, self.marker))
        room = self.width() - margins.left() - margins.right() - taken - 24 - 24 - 16

        def width(label: QLabel, text: str) -> int:
            return label.fontMetrics().horizontalAdvance(text) + 2 if text else 0

        missed, last = self._texts[self.missed], self._texts[self.last_import]
        gap = STATUS_GAP if missed[0] else 0
        missed, last = (*missed, ""), (*last, "")
        for m, i in ((0, 0), (1, 0), (1, 1), (1, 2), (2, 2)):
            if width(self.missed, missed[m]) + gap + width(self.last_import, last[i]) <= room:
                break
        layout = self.layout()
        for label, text in ((self.missed, missed[m]), (self.last_import, last[i])):
            label.setText(text)
            layout.setStretchFactor(label, max(1, width(label, text)))
