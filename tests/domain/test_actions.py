"""Who holds what after the huddle, on a hand-built day: every open item exactly once, under
the organisation that holds it, with each patient as a list handed to that organisation may
show them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from huddle.domain.actions import (
    KIND_CALL,
    KIND_DECISION,
    KIND_FOLLOWUP,
    ActionInput,
    board_share,
    build_actions,
    needs_consent_confirmation,
    present_organisations,
)
from huddle.domain.board import LANE_CFS, LANE_HOME, Board, DecisionItem, HomeItem
from huddle.domain.consent import ConsentFacts
from huddle.domain.records import Decision, Followup, Patient
from huddle.domain.roles import (
    ORG_BISTAND,
    ORG_HEMTJANST,
    ORG_KOMMUNAL_HSL,
    ORG_VARDCENTRAL,
    ORGANISATION_ORDER,
)

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)
CONSENTED, NO_CONSENT, PROTECTED, DECLINED = 1, 2, 3, 4


def patients() -> dict[int, Patient]:
    return {
        CONSENTED: Patient(CONSENTED, "194203149807", "personnummer", "Ek, Margareta",
                           date(1942, 3, 14), False, "given",
                           consent_recorded_at=datetime(2026, 10, 1)),
        NO_CONSENT: Patient(NO_CONSENT, "193805229812", "personnummer", "Björk, Sven-Åke",
                            date(1938, 5, 22), False, "unknown"),
        PROTECTED: Patient(PROTECTED, "194511309824", "personnummer", "Öberg, Ingrid",
                           date(1945, 11, 30), True, "given"),
        DECLINED: Patient(DECLINED, "195001019806", "personnummer", "Lind, Karin",
                          date(1950, 1, 1), False, "declined", samsa_consent="given",
                          samsa_consent_at=datetime(2026, 11, 20, 6)),
    }


def decision(decision_id: int, patient_id: int | None, role: str, *, what: str = "Utöka hemtjänst",
             due: date = DAY + timedelta(days=3), name: str | None = None,
             escalated: bool = False, answer: str | None = None,
             question: str | None = None) -> Decision:
    created = datetime(2026, 11, 16, 8, 20)
    return Decision(decision_id, None, patient_id, what, role, name, due, "open", None,
                    created if escalated else None,
                    "Månadsmöte (första linjens chefer)" if escalated else None,
                    question, answer, "Eva Strand" if answer else None,
                    datetime(2026, 11, 20, 9) if answer else None, created)


def need(followup_id: int, patient_id: int, actor: str, *, due: date = DAY + timedelta(days=2),
         note: str | None = None, reason: str = "fallrisk") -> Followup:
    return Followup(followup_id, patient_id, None, None, "need", reason, actor, due, None, note,
                    "open", None, None, None, datetime(2026, 11, 20, 8, 30))


def call(followup_id: int, patient_id: int, deadline: datetime) -> Followup:
    return Followup(followup_id, patient_id, 5, None, "call_72h", "call_72h", "vc",
                    deadline.date(), deadline, None, "open", None, None, None,
                    deadline - timedelta(hours=72))


def day_input(**changes) -> ActionInput:
    base = dict(
        day=DAY, health_centre="Skene vårdcentral",
        decisions=[
            decision(31, CONSENTED, "hemtjanst", what="Utöka hemtjänst med kvällsbesök",
                     name="Lena Berg"),
            decision(32, NO_CONSENT, "hemtjanst", what="Utöka hemtjänst med kvällsbesök"),
            decision(33, NO_CONSENT, "bistandshandlaggare", what="Boka SIP-möte",
                     due=DAY - timedelta(days=2), escalated=True,
                     question="Vem kallar till SIP när båda parter väntar?"),
            decision(34, CONSENTED, "bistandshandlaggare", what="Ansök om korttidsplats",
                     escalated=True, question="Finns korttidsplats i december?"),
            decision(35, PROTECTED, "kommunal_hsl", what="Såromläggning varannan dag"),
            decision(36, DECLINED, "lakare", what="Läkemedelsgenomgång"),
            decision(37, None, "rehab", what="Se över rutinen för hjälpmedel"),
        ],
        followups=[
            need(41, CONSENTED, "hemtjanst", note="Kontakta dottern Anna först"),
            need(42, NO_CONSENT, "kommunal_primarvard", note="Ring grannen Bo"),
            need(43, DECLINED, "forebyggande_team", due=DAY - timedelta(days=1)),
            call(44, CONSENTED, datetime(2026, 11, 23, 16, 15)),
            call(45, NO_CONSENT, datetime(2026, 11, 22, 14, 0)),
        ],
        patients=patients(), room_numbers={DECLINED: 1}, present_roles=None)
    base.update(changes)
    return ActionInput(**base)


def by_id(actions, kind, item_id):
    return next(a for a in actions.actions() if a.kind == kind and a.id == item_id)


def test_every_open_item_is_listed_once_under_the_organisation_that_holds_it():
    actions = build_actions(day_input(), now=NOW)
    held = {org: sorted((a.kind, a.id) for a in page.actions)
            for org, page in actions.organisations.items()}
    assert held == {
        ORG_VARDCENTRAL: sorted([(KIND_DECISION, 36), (KIND_DECISION, 37),
                                 (KIND_FOLLOWUP, 43), (KIND_CALL, 44), (KIND_CALL, 45)]),
        ORG_BISTAND: sorted([(KIND_DECISION, 33), (KIND_DECISION, 34)]),
        ORG_KOMMUNAL_HSL: sorted([(KIND_DECISION, 35), (KIND_FOLLOWUP, 42)]),
        ORG_HEMTJANST: sorted([(KIND_DECISION, 31), (KIND_DECISION, 32), (KIND_FOLLOWUP, 41)]),
    }
    assert list(actions.organisations) == list(ORGANISATION_ORDER)


def test_a_consented_patient_is_named_with_personnummer_and_free_text():
    actions = build_actions(day_input(), now=NOW)
    item = by_id(actions, KIND_DECISION, 31)
    assert (item.patient, item.personnummer, item.masked, item.identity_note) == (
        "Ek, Margareta", "19420314-9807", False, None)
    assert item.what == "Utöka hemtjänst med kvällsbesök"
    assert item.responsible == "Hemtjänst (Lena Berg)"
    assert by_id(actions, KIND_FOLLOWUP, 41).what == "Fallrisk – Kontakta dottern Anna först"


def test_a_patient_without_consent_is_the_days_neutral_label_and_standard_words():
    actions = build_actions(day_input(), now=NOW)
    item = by_id(actions, KIND_DECISION, 32)
    # Patient 4 already had number 1 today; patient 2 gets the next one.
    assert (item.patient, item.personnummer, item.masked) == (
        "Patient utan samtycke 2", None, True)
    assert item.identity_note == "identitet lämnas av äldre-ssk"
    assert item.what == "Beslut (texten visas på sköterskans skärm)"
    assert actions.new_room_numbers == {NO_CONSENT: 2}
    # A standard decision word is shown as it is; a note is not.
    assert by_id(actions, KIND_DECISION, 33).what == "Boka SIP-möte"
    assert by_id(actions, KIND_FOLLOWUP, 42).what == "Fallrisk"
    declined = by_id(actions, KIND_DECISION, 36)
    assert (declined.patient, declined.masked) == ("Patient utan samtycke 1", True)
    texts = " ".join(f"{a.patient} {a.what} {a.due_text}" for a in actions.actions())
    for secret in ("Björk", "Lind", "Öberg", "193805229812", "Ring grannen"):
        assert secret not in texts


def test_a_protected_identity_is_only_skyddad_identitet():
    item = by_id(build_actions(day_input(), now=NOW), KIND_DECISION, 35)
    assert (item.patient, item.personnummer, item.masked) == ("Skyddad identitet", None, True)
    assert item.what == "Beslut (texten visas på sköterskans skärm)"


def test_due_dates_overdue_and_the_calls_deadline_judged_at_the_moment():
    actions = build_actions(day_input(), now=NOW)
    assert by_id(actions, KIND_DECISION, 31).due_text == "torsdag 26 nov"
    assert by_id(actions, KIND_DECISION, 33).overdue
    assert not by_id(actions, KIND_DECISION, 31).overdue
    consented_call = by_id(actions, KIND_CALL, 44)
    assert (consented_call.due_text, consented_call.overdue) == ("23 nov kl 16:15", False)
    assert consented_call.what == "Telefonuppföljning inom 72 h · utskriven 20 nov kl 16:15"
    assert consented_call.responsible == "Distriktsläkare/sjuksköterska/rehab"
    # A masked patient's follow-up carries no exact date, only how far off it is.
    masked_call = by_id(actions, KIND_CALL, 45)
    assert (masked_call.due_on, masked_call.due_at, masked_call.due_text) == (
        None, None, "i går")
    assert masked_call.overdue
    assert masked_call.what == "Telefonuppföljning inom 72 h · utskriven för 4 d sedan"
    masked_need = by_id(actions, KIND_FOLLOWUP, 43)
    assert (masked_need.due_text, masked_need.overdue) == ("i går", True)
    # Late in the day the consented call is late too.
    later = build_actions(day_input(), now=datetime(2026, 11, 23, 16, 16))
    assert by_id(later, KIND_CALL, 44).overdue


def test_overdue_first_then_by_due_date():
    actions = build_actions(day_input(), now=NOW)
    assert [(a.kind, a.id) for a in actions.organisations[ORG_VARDCENTRAL].actions] == [
        (KIND_FOLLOWUP, 43), (KIND_CALL, 45), (KIND_CALL, 44), (KIND_DECISION, 36),
        (KIND_DECISION, 37)]


def test_escalations_waiting_for_an_answer_with_the_question_only_where_free_text_is_allowed():
    actions = build_actions(day_input(), now=NOW)
    bistand = actions.organisations[ORG_BISTAND]
    assert [a.id for a in bistand.awaiting_answer] == [33, 34]
    assert by_id(actions, KIND_DECISION, 34).escalation_question == \
        "Finns korttidsplats i december?"
    assert by_id(actions, KIND_DECISION, 33).escalation_question is None
    answered = build_actions(day_input(decisions=[decision(
        34, CONSENTED, "bistandshandlaggare", escalated=True, answer="Ja, från 1 dec")]))
    item = by_id(answered, KIND_DECISION, 34)
    assert item.escalated and not item.awaiting_answer
    assert item.escalation_answer == "Ja, från 1 dec"
    masked = build_actions(day_input(decisions=[decision(
        33, NO_CONSENT, "bistandshandlaggare", escalated=True, answer="Ja, från 1 dec")]))
    assert by_id(masked, KIND_DECISION, 33).escalation_answer is None   # free text withheld


def test_pages_for_the_organisations_present_else_for_those_that_hold_something():
    assert present_organisations(("aldre_ssk", "hemtjanst", "lakare")) == (
        ORG_VARDCENTRAL, ORG_HEMTJANST)
    assert present_organisations(None, [ORG_HEMTJANST, ORG_BISTAND]) == (
        ORG_BISTAND, ORG_HEMTJANST)
    nobody_held = build_actions(day_input(decisions=[], followups=[]))
    assert nobody_held.present == ()
    present = build_actions(day_input(present_roles=("aldre_ssk", "bistandshandlaggare")))
    assert [page.organisation for page in present.pages()] == [ORG_VARDCENTRAL, ORG_BISTAND]
    assert [page.organisation for page in present.pages([ORG_HEMTJANST])] == [ORG_HEMTJANST]
    assert present.patient_ids([ORG_HEMTJANST]) == {CONSENTED, NO_CONSENT}


@pytest.mark.parametrize(("consent", "organisation", "previous", "asks"), [
    (ConsentFacts(), ORG_HEMTJANST, None, True),
    (ConsentFacts("declined", datetime(2026, 10, 1)), ORG_BISTAND, ORG_VARDCENTRAL, True),
    (ConsentFacts(), ORG_VARDCENTRAL, None, False),            # the health centre's own
    (ConsentFacts("given", datetime(2026, 10, 1)), ORG_HEMTJANST, None, False),
    (ConsentFacts(samsa="given", samsa_at=datetime(2026, 11, 1)), ORG_KOMMUNAL_HSL, None,
     False),
    (ConsentFacts(), ORG_HEMTJANST, ORG_HEMTJANST, False),     # already theirs
    (ConsentFacts(), ORG_HEMTJANST, ORG_BISTAND, True),        # another municipal body
    (ConsentFacts("given", protected=True), ORG_HEMTJANST, None, True),
])
def test_assigning_to_the_municipality_without_consent_asks_first(consent, organisation,
                                                                  previous, asks):
    assert needs_consent_confirmation(consent, organisation, previous=previous) is asks


def test_visa_for_picks_an_organisations_decisions_and_follow_ups_on_the_board():
    actions = build_actions(day_input(), now=NOW)
    shown = {a.patient_id: a.shown for a in actions.actions() if a.shown}

    def decision_item(item_id, role):
        return DecisionItem(item_id, "x", "x", role, DAY, False, False, None, None)

    def home_item(item_id, kind, actor):
        return HomeItem(CONSENTED, shown[CONSENTED], "", False, item_id, kind, actor, actor,
                        kind, False, False)

    board = Board(day=DAY, health_centre="Skene vårdcentral", last_import=None,
                  open_decisions=[decision_item(1, "hemtjanst"), decision_item(2, "lakare")],
                  lanes={LANE_HOME: [home_item(7, "need", "hemtjanst"),
                                     home_item(8, "call_72h", "hemtjanst"),
                                     home_item(9, "need", "kommunal_primarvard")],
                         LANE_CFS: []},
                  since_last_huddle=[])
    hemtjanst = board_share(board, ORG_HEMTJANST)
    assert (hemtjanst.decision_ids, hemtjanst.followup_ids) == ({1}, {7})
    assert hemtjanst.holds(("open_decisions", 1)) and hemtjanst.holds((LANE_HOME, 7))
    assert not hemtjanst.holds((LANE_HOME, 8)) and not hemtjanst.holds((LANE_CFS, 7))
    vc = board_share(board, ORG_VARDCENTRAL)
    assert (vc.decision_ids, vc.followup_ids, vc.count) == ({2}, {8}, 2)
    assert board_share(board, ORG_KOMMUNAL_HSL).followup_ids == {9}
    assert board_share(board, ORG_BISTAND).count == 0


# ---------------------------------------------------------------- the 72-hour call's outcome


@pytest.mark.parametrize(("outcome", "reason", "actor"), [
    ("hembesok", "efter_utskrivning", "vc"),
    ("vardplanering", "efter_utskrivning", "bistandshandlaggare"),
    ("lakemedelsgenomgang", "lakemedel", "vc"),
    ("ej_nadd", "efter_utskrivning", "vc"),
])
def test_an_outcome_that_needs_action_suggests_the_follow_up(outcome, reason, actor):
    from huddle.domain.board import FOLLOWUP_REASONS
    from huddle.domain.followup import CALL_OUTCOMES, followup_after_call
    from huddle.domain.roles import ACTOR_LABELS

    suggestion = followup_after_call(outcome)
    assert outcome in CALL_OUTCOMES
    assert (suggestion.reason, suggestion.actor) == (reason, actor)
    assert suggestion.reason in FOLLOWUP_REASONS and suggestion.actor in ACTOR_LABELS


def test_an_outcome_that_needs_nothing_suggests_nothing():
    from huddle.domain.followup import followup_after_call

    assert followup_after_call("ok") is None
    assert followup_after_call(None) is None


def test_the_suggested_date_skips_weekends_and_holidays():
    from huddle.domain.followup import followup_after_call, suggested_due

    visit = followup_after_call("hembesok")
    assert suggested_due(visit, date(2026, 11, 23)) == date(2026, 11, 24)   # Mon → Tue
    assert suggested_due(visit, date(2026, 11, 27)) == date(2026, 11, 30)   # Fri → Mon
    # Julafton (an eve, off by default), juldagen and annandag jul.
    assert suggested_due(visit, date(2026, 12, 23)) == date(2026, 12, 28)
    assert suggested_due(visit, date(2026, 12, 23), eves_off=False) == date(2026, 12, 24)
    planning = followup_after_call("vardplanering")
    assert suggested_due(planning, date(2026, 11, 26)) == date(2026, 11, 30)  # Thu → Mon
