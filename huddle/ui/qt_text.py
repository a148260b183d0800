"""Text from outside shown as text: never as rich text, never reordered or hidden.

A QLabel guesses whether its text is HTML (``Qt.AutoText``): a name such as ``<b>Ek</b>`` from
an export would change what the screen shows. Every label that can carry a name or free text
is made with :func:`plain_label` (or set with :func:`set_plain`), which fixes the format to
plain text and passes the text through :func:`huddle.domain.text.plain_text` — the one rule
that removes bidirectional overrides and zero-width characters — line by line, so the line
breaks a card is built with stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from huddle.domain.text import plain_text
from huddle.ui import theme

if TYPE_CHECKING:
    # PySide6 builds a class's Python type, enums and all, when it is first named: only
    # what the first paint needs is named at start-up.
    from PySide6.QtWidgets import QMessageBox


def shown_text(text: str | None) -> str:
    """``text`` as it may be painted: each line made plain, the line breaks kept."""
    if not text:
        return ""
    return "\n".join(plain_text(line) for line in text.split("\n"))


def set_plain(label: QLabel, text: str | None) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(shown_text(text))


def plain_label(text: str | None = None, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    set_plain(label, text)
    return label


def heading_label(text: str | None, parent: QWidget | None = None, size: int = 20) -> QLabel:
    """A dialog's heading that names a patient or quotes a decision: plain, bold, wrapped."""
    label = plain_label(text, parent)
    label.setFont(theme.font(size, bold=True))
    label.setWordWrap(True)
    return label


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """A message box whose text may hold a name or a file's words: shown as plain text."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
