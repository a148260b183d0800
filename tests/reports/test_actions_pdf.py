"""The organisation's page as the person who takes it back reads it: an escalation that has
been answered carries its answer, where the list may quote free text."""

from __future__ import annotations

from datetime import datetime

from huddle.domain.actions import build_actions
from huddle.reports.actions_pdf import render_actions_pdf
from tests.domain.test_actions import (
    CONSENTED,
    NO_CONSENT,
    NOW,
    day_input,
    decision,
)
from tests.reports.pdf_text import pdf_text


def test_an_answered_escalation_carries_its_answer_back_only_where_free_text_is_allowed():
    actions = build_actions(day_input(decisions=[
        decision(34, CONSENTED, "bistandshandlaggare", what="Ansök om korttidsplats",
                 escalated=True, question="Finns korttidsplats i december?",
                 answer="Ja, från 1 dec på Solgården"),
        decision(33, NO_CONSENT, "bistandshandlaggare", escalated=True,
                 question="Vem kallar till SIP?", answer="Kommunen kallar, Gunnel Ek")],
        followups=[]), now=NOW)
    text = pdf_text(render_actions_pdf(actions, made_at=datetime(2026, 11, 23, 9, 5),
                                       organisations=["bistand"]))
    assert "Lyft till månadsmötet – svar: Ja, från 1 dec på Solgården" in text
    assert "Lyft till månadsmötet – besvarad" in text          # the patient without consent
    assert "Gunnel Ek" not in text and "Kommunen kallar" not in text
    assert "väntar på svar" not in text


def test_a_question_withheld_for_a_patient_without_consent_says_why():
    actions = build_actions(day_input(decisions=[
        decision(33, NO_CONSENT, "bistandshandlaggare", escalated=True,
                 question="Vem kallar till SIP när Sven-Åke vägrar?")], followups=[]), now=NOW)
    text = pdf_text(render_actions_pdf(actions, made_at=datetime(2026, 11, 23, 9, 5),
                                       organisations=["bistand"]))
    assert "Lyfta till månadsmötet – väntar på svar" in text
    assert ("Frågan står inte på listan för en patient utan samtycke; äldre-sjuksköterskan "
            "har den.") in text
    assert "Sven-Åke" not in text and "vägrar" not in text
