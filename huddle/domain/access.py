"""The access log's vocabulary (Patient Data Act): what kind of access, and where in the app.

A reviewer reads the log as who, what, when, how and from where. ``action`` is the how (the
words reviewers use), ``place`` the where; what exactly happened is a code in the row's detail
(``decision_created 12``), never free text a user wrote.
"""

from __future__ import annotations

from huddle.i18n import tr_label, tr_noop

ACTION_VIEW = "visa"
ACTION_CHANGE = "ändra"
ACTION_PRINT = "skriv ut"
ACTION_EXPORT = "exportera"
ACTION_IMPORT = "importera"

ACTION_LABELS = {
    ACTION_VIEW: tr_noop("Visa"),
    ACTION_CHANGE: tr_noop("Ändra"),
    ACTION_PRINT: tr_noop("Skriv ut"),
    ACTION_EXPORT: tr_noop("Exportera"),
    ACTION_IMPORT: tr_noop("Importera"),
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
    PLACE_BOARD: tr_noop("Tavlan"),
    PLACE_ROOM: tr_noop("Tavlan i rumsläge"),
    PLACE_PROJECTOR: tr_noop("Projektorn"),
    PLACE_REGISTER: tr_noop("Registret"),
    PLACE_PLANNING: tr_noop("Att planera"),
    PLACE_PATIENT: tr_noop("Patientuppgifter"),
    PLACE_HUDDLE: tr_noop("Avstämningen"),
    PLACE_ACTIONS: tr_noop("Åtgärdslista"),
    PLACE_COMMAND: tr_noop("Kommandoraden"),
    PLACE_IMPORT: tr_noop("Import"),
    PLACE_REPORT: tr_noop("Rapport"),
    PLACE_LOG_REVIEW: tr_noop("Loggranskning"),
    PLACE_BACKUP: tr_noop("Säkerhetskopia"),
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
