"""'Visa för:' – the participant who asks "what is mine?" picks an organisation, and the board
highlights what that organisation holds (issue 12, item 2).

A small combo box, "Visa för: Alla / Vårdcentralen / Biståndshandläggare / Kommunal hälso- och
sjukvård / Hemtjänst", that emits the organisation's code (None for "Alla"). What belongs to an
organisation is the domain's rule (:func:`huddle.domain.actions.board_share`: decisions by
responsible role, follow-ups at home by actor, 72-hour calls to the health centre; SAMSA and
CFS items to no one); :meth:`QtShowFor.share` applies it to a board, and the board marks each
card whose key ``share.holds(card.key)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from huddle.domain.actions import BoardShare, board_share, organisation_short_label
from huddle.domain.roles import ORGANISATION_ORDER

if TYPE_CHECKING:
    from huddle.domain.board import Board


class QtShowFor(QWidget):
    """``organisation_changed(code or None)`` when the choice changes."""

    organisation_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("Alla"), None)
        for org in ORGANISATION_ORDER:
            self.combo.addItem(organisation_short_label(org), org)
        self.combo.setAccessibleName(self.tr("Visa för organisation"))
        label = QLabel(self.tr("Visa &för:"), self)  # Alt+V is the Visa menu
        label.setBuddy(self.combo)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.combo.currentIndexChanged.connect(
            lambda _index: self.organisation_changed.emit(self.organisation()))

    def organisation(self) -> str | None:
        return self.combo.currentData()

    def set_organisation(self, organisation: str | None) -> None:
        index = self.combo.findData(organisation)
        if index < 0:
            raise ValueError(organisation)
        self.combo.setCurrentIndex(index)

    def cycle(self) -> str | None:
        """The next choice (after Hemtjänst back to Alla): for a key that steps through."""
        self.combo.setCurrentIndex((self.combo.currentIndex() + 1) % self.combo.count())
        return self.organisation()

    def share(self, board: Board) -> BoardShare | None:
        """What the chosen organisation holds on ``board``; None for "Alla"."""
        organisation = self.organisation()
        return board_share(board, organisation) if organisation is not None else None
