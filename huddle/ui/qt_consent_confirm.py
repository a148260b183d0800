"""The question before something goes to the municipality for a patient without recorded
consent: "has the patient agreed to it?".

Region and municipality are separate principals: handing a patient's need to
biståndshandläggaren, kommunal hälso- och sjukvård or hemtjänst shares the patient's data with
the municipality. When the health centre has no valid consent on record, the nurse confirms
that the patient has agreed before it is saved; the confirmation is written to the access log
with the decision or follow-up (``consent_confirmed=True`` to storage). The rule is
:func:`huddle.domain.actions.needs_consent_confirmation`; this module only asks.

The box is opened with ``open()`` (never a blocking ``exec()``), so tests can answer it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from huddle.domain.actions import needs_consent_confirmation, organisation_label
from huddle.storage.actions import patient_consent

if TYPE_CHECKING:
    from huddle.storage.store import Store



class ConsentCheck:
    """Remembers which organisation the nurse confirmed consent for while a dialog is open,
    so the question is asked once per choice, and again when the choice changes."""

    def __init__(self, db: Store, patient_id: int | None, *,
                 previous: str | None = None) -> None:
        self.db, self.patient_id, self.previous = db, patient_id, previous
        self.confirmed_for: str | None = None
        self.box: QMessageBox | None = None

    def needed(self, organisation: str) -> bool:
        """True while ``organisation`` needs the nurse's confirmation and has none yet."""
        if self.patient_id is None or organisation == self.confirmed_for:
            return False
        return needs_consent_confirmation(patient_consent(self.db, self.patient_id),
                                          organisation, previous=self.previous)

    def confirmed(self, organisation: str) -> bool:
        """Whether to write the confirmation with what is saved."""
        return self.confirmed_for is not None and self.confirmed_for == organisation

    def ask(self, parent: QWidget, organisation: str, then: Callable[[], None]) -> QMessageBox:
        """Ask; on "Ja" remember the confirmation and call ``then`` (saving again)."""
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("qt_consent_confirm", "Samtycke saknas"), QCoreApplication.translate("qt_consent_confirm",
            "Patienten har inget registrerat samtycke till att kommunen tar del av "
            "uppgifterna. Har patienten gått med på att {organisation} får det här?").format(
            organisation=organisation_label(organisation)), QMessageBox.StandardButton.NoButton,
            parent)
        box.setInformativeText(QCoreApplication.translate("qt_consent_confirm",
            "Din bekräftelse skrivs i loggen. Registrera gärna samtycket i patientens "
            "uppgifter, så slipper du frågan nästa gång."))
        yes = box.addButton(QCoreApplication.translate("qt_consent_confirm", "&Ja, patienten har gått med på det"),
                            QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(QCoreApplication.translate("qt_consent_confirm", "&Nej, ändra"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def answered(button) -> None:
            if button is yes:
                self.confirmed_for = organisation
                then()

        box.buttonClicked.connect(answered)
        self.box = box
        box.open()
        return box
