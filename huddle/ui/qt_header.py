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
        # The two share the room left (each on one line when it fits): no spacer between.
        layout.addWidget(self.missed, 1)
        layout.addWidget(self.last_import, 1)
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
            stale = True
        else:
            when = {"date": short_date(board.last_import),
                    "time": board.last_import.strftime("%H:%M")}
            text = self.tr("SAMSA-import {date} kl {time}").format(**when)
            stale = board.last_import.date() < day
        self.last_import.setText(text)
        full = text if board.last_import is None else self.tr(
            "Senaste SAMSA-import: {date} kl {time}").format(**when)
        self.last_import.setToolTip(full)
        self.last_import.setAccessibleName(full)
        self.last_import.setFont(theme.font(15, bold=stale))
        theme.text_colour(self.last_import,
                          theme.WARNING_ON_DARK if stale else theme.HEADER_TEXT)

    def show_missed(self, days: list[date]) -> None:
        label = self.missed
        if days:
            label.setText(self.tr("Missade avstämningar: {n}").format(n=len(days)))
            full = self.tr("Missade avstämningar senaste 30 dagarna: {n}").format(n=len(days))
            label.setToolTip(full + "\n" + ", ".join(weekday_date(day) for day in days))
            label.setAccessibleName(full)
            label.show()
        else:
            label.hide()
