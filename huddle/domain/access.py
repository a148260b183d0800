"""The access log's vocabulary (Patient Data Act): what kind of access, and where in the app.

A reviewer reads the log as who, what, when, how and from where. ``action`` is the how (the
words reviewers use), ``place`` the where; what exactly happened is a code in the row's detail
(``decision_created 12``), never free text a user wrote.
"""

from __future__ import annotations

from huddle.i18n import tr_label

ACTION_VIEW = "visa"
ACTION_CHANGE = "ändra"
ACTION_PRINT = "skriv ut"
ACTION_EXPORT = "exportera"
ACTION_IMPORT = "importera"

ACTION_LABELS = {
    ACTION_VIEW: "Visa",
    ACTION_CHANGE: "Ändra",
    ACTION_PRINT: "Skriv ut",
    ACTION_EXPORT: "Exportera",
    ACTION_IMPORT: "Importera",
}

PLACE_BOARD = "tavla"             # the nurse's own window
PLACE_ROOM = "rummet"             # the main window in room mode
PLACE_PROJECTOR = "projektor"
PLACE_REGISTER = "register"
PLACE_PLANNING = "planering"      # the register's "Att planera" list
PLACE_PATIENT = "patient"         # a patient's details and the dialogs opened from them
PLACE_HUDDLE = "avstämning"       # decisions, reviews and follow-ups made at the huddle
PLACE_ACTIONS = "åtgärdslista"    # an organisation's list of actions
PLACE_COMMAND = "kommandorad"
PLACE_IMPORT = "import"
PLACE_REPORT = "rapport"
PLACE_LOG_REVIEW = "loggranskning"
PLACE_BACKUP = "säkerhetskopia"

PLACE_LABELS = {
    PLACE_BOARD: "Tavlan",
    PLACE_ROOM: "Tavlan i rumsläge",
    PLACE_PROJECTOR: "Projektorn",
    PLACE_REGISTER: "Registret",
    PLACE_PLANNING: "Att planera",
    PLACE_PATIENT: "Patientuppgifter",
    PLACE_HUDDLE: "Avstämningen",
    PLACE_ACTIONS: "Åtgärdslista",
    PLACE_COMMAND: "Kommandoraden",
    PLACE_IMPORT: "Import",
    PLACE_REPORT: "Rapport",
    PLACE_LOG_REVIEW: "Loggranskning",
    PLACE_BACKUP: "Säkerhetskopia",
}

# Log rows are kept at least this long; nothing in the app deletes them.
RETENTION_YEARS = 5


def action_label(action: str) -> str:
    """'Visa', 'Skriv ut' …: the kind of access as a reviewer reads it."""
    return tr_label(ACTION_LABELS.get(action, action))


def place_label(place: str | None) -> str:
    """'Tavlan', 'Projektorn' …: where in the app; an en dash for nowhere."""
    if not place:
        return "–"
    return tr_label(PLACE_LABELS.get(place, place))
