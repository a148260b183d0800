"""First run: set up the health centre (name, aliases in SAMSA exports, municipality)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from huddle.storage.settings import save_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store


class QtFirstRunDialog(QDialog):
    """Refuses an empty name; saves the settings when accepted."""

    def __init__(self, db: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Välkommen till Huddle"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Ställ in vårdcentralen. Namnet används för att välja ut vårdcentralens egna "
            "patienter ur SAMSA-exporter; skriv också andra stavningar som förekommer där."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("till exempel Skene vårdcentral"))
        self.name_edit.setAccessibleName(self.tr("Vårdcentralens namn"))
        self.aliases_edit = QPlainTextEdit(self)
        self.aliases_edit.setPlaceholderText(self.tr("en stavning per rad, till exempel Skene VC"))
        self.aliases_edit.setAccessibleName(self.tr("Andra stavningar i SAMSA"))
        self.aliases_edit.setTabChangesFocus(True)
        self.aliases_edit.setFixedHeight(90)
        self.kommun_edit = QLineEdit(self)
        self.kommun_edit.setAccessibleName(self.tr("Kommun"))
        form.addRow(self.tr("Vårdcentralens &namn:"), self.name_edit)
        form.addRow(self.tr("Andra &stavningar i SAMSA:"), self.aliases_edit)
        form.addRow(self.tr("&Kommun:"), self.kommun_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020; font-weight: 700;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.error_label.setText(self.tr("Skriv vårdcentralens namn – det får inte vara tomt."))
            self.name_edit.setFocus()
            return
        aliases = [" ".join(line.split()) for line in self.aliases_edit.toPlainText().splitlines()
                   if line.strip()]
        save_settings(self.db, vc_name=name, vc_aliases=aliases,
                      kommun=" ".join(self.kommun_edit.text().split()))
        super().accept()
