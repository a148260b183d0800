"""The day's lists gathered from the database, the end summary that counts everything done at
the huddle, and the nurse's confirmation of consent in the access log."""

from __future__ import annotations

import io
import json
import os
import stat
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from huddle.domain.huddle import summary_from_json
from huddle.errors import KnownError
from huddle.reports.actions_pdf import render_actions_pdf, write_action_list
from huddle.reports.pdf import FONT
from huddle.storage.actions import load_actions, patient_consent
from huddle.storage.huddles import (
    compute_summary,
    create_decision,
    create_followup,
    end_huddle,
    get_huddle,
    save_decision_edit,
    saved_summaries,
    start_huddle,
)
from huddle.storage.register import FollowupAfterCall, record_call, record_cfs_score
from tests.dbtools import log_codes, table_rows
from tests.reports.pdf_text import pages_text
from tests.ui.frailty_fixtures import call

MON = date(2026, 11, 23)


def at(hh: int, mm: int, day: date = MON) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm)


def add_patient(db, number: str, name: str, consent: str) -> int:
    return db.insert("patients", {
        "personnummer": number, "name": name, "birth_date": number[:4] + "-"
        + number[4:6] + "-" + number[6:8], "consent": consent, "fictional": 1,
        "consent_recorded_at": "2026-10-01T09:00" if consent != "unknown" else None,
        "created_at": "2026-01-01T00:00"})


def test_pages_for_the_organisations_at_the_huddle_after_its_summary(db):
    karin = add_patient(db, "194203149807", "Ek, Karin", "given")
    sven = add_patient(db, "193805229812", "Björk, Sven", "unknown")
    huddle = start_huddle(db, MON, [("aldre_ssk", "Anna Lund"), ("hemtjanst", "Lena Berg")],
                          now=at(8, 15))
    create_decision(db, patient_id=karin, what="Utöka hemtjänst med kvällsbesök",
                    responsible_role="hemtjanst", responsible_name="Lena Berg",
                    due_on=date(2026, 11, 26), huddle_id=huddle.id, now=at(8, 18))
    create_decision(db, patient_id=sven, what="Utöka hemtjänst med kvällsbesök",
                    responsible_role="hemtjanst", due_on=date(2026, 11, 26),
                    huddle_id=huddle.id, consent_confirmed=True, now=at(8, 20))
    create_followup(db, patient_id=karin, reason="fallrisk", actor="bistandshandlaggare",
                    due=date(2026, 11, 25), huddle_id=huddle.id, now=at(8, 22))
    actions = load_actions(db, MON, now=at(8, 30))
    # Biståndshandläggaren holds something but was not there: no page of her own.
    assert actions.present == ("vardcentral", "hemtjanst")
    assert [len(p.actions) for p in actions.organisations.values()] == [0, 1, 0, 2]
    # The neutral label is the day's, kept for the room and every later list.
    assert table_rows(db, "room_labels", select="patient_id, number",
                      order_by="number") == [
        {"patient_id": sven, "number": 1}]

    summary = compute_summary(db, get_huddle(db, MON), 15 * 60, patients_discussed=2,
                              patients_on_board=9)
    pages = pages_text(render_actions_pdf(actions, made_at=at(8, 31), summary=summary))
    assert len(pages) == 3
    first, vc, home = pages
    assert "Sammanfattning av avstämningen – måndag 23 november 2026" in first
    assert "Nya beslut 2" in first and "Patienter som togs upp 2 av 9 på tavlan" in first
    assert "Äldre-sjuksköterska (Anna Lund), Hemtjänst (Lena Berg)" in first
    assert "Hemtjänst 2 öppna, 0 försenade, 0 väntar på svar" in first
    assert "Ek" not in first and "Patient utan" not in first
    assert "Åtgärder för Vårdcentralen" in vc and "inga öppna beslut" in vc
    assert "Åtgärder för Hemtjänst – måndag 23 november 2026" in home
    assert "Ek, Karin 19420314-9807" in home
    assert "Utöka hemtjänst med kvällsbesök" in home
    assert "Patient utan samtycke 1 identitet lämnas av äldre-ssk" in home
    assert "Björk" not in " ".join(pages) and "19380522" not in " ".join(pages)
    assert "Hemtjänst (Lena Berg)" in home and "torsdag 26 nov" in home
    assert "Innehåller patientuppgifter" in home


def footer_lines(pdf: bytes) -> list[list[tuple[str, float, float]]]:
    """Each page's footer lines (below 20 mm), top down: the runs of text on each as
    (text, left edge, right edge) in points, the right edge measured in the font drawn."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines: dict[float, list[tuple[str, float, float]]] = {}

        def visit(text, cm, tm, font, size, lines=lines):
            left = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if text.strip() and y < 20 * mm:
                lines.setdefault(round(y, 1), []).append(
                    (text.strip(), left, left + stringWidth(text.strip(), FONT, size)))

        page.extract_text(visitor_text=visit)
        pages.append([sorted(lines[y], key=lambda run: run[1])
                      for y in sorted(lines, reverse=True)])
    return pages


def test_the_footer_never_runs_into_the_page_number(db):
    """The warning that the list holds patient data used to share the line with the time
    it was printed and overwrite "Sida 1 av 4"."""
    karin = add_patient(db, "194203149807", "Ek, Karin", "given")
    start_huddle(db, MON, [("aldre_ssk", "Anna Lund"), ("hemtjanst", "Lena Berg")],
                 now=at(8, 15))
    create_decision(db, patient_id=karin, what="Utöka hemtjänst med kvällsbesök",
                    responsible_role="hemtjanst", due_on=date(2026, 11, 26), now=at(8, 18))
    pdf = render_actions_pdf(load_actions(db, MON, now=at(8, 30)), made_at=at(8, 31))
    for first, second in footer_lines(pdf):
        (made, _, made_right), (number, number_left, _) = first
        assert made == "Utskriven 23 nov kl 08:31" and number.startswith("Sida ")
        assert made_right + 3 * mm < number_left
        assert [text for text, _, _ in second] == [
            "Innehåller patientuppgifter (patientdatalagen) – förstörs efter användning"]


def test_the_summary_counts_every_follow_up_score_and_call_made_at_the_huddle(db):
    karin = add_patient(db, "194203149807", "Ek, Karin", "given")
    early = call(db, karin, datetime(2026, 11, 21, 14, 0))
    create_followup(db, patient_id=karin, reason="fallrisk", actor="vc",
                    due=date(2026, 11, 25), now=at(7, 30))       # before the huddle
    huddle = start_huddle(db, MON, [("aldre_ssk", None)], now=at(8, 15))
    create_followup(db, patient_id=karin, reason="nutrition", actor="hemtjanst",
                    due=date(2026, 11, 25), huddle_id=huddle.id, now=at(8, 17))
    # The call recorded from the patient's dialog, which knows no huddle, with the home
    # visit it revealed: that follow-up used to go uncounted.
    record_call(db, early, called_at=at(8, 0), by="Anna Lund", outcome="hembesok",
                then=FollowupAfterCall("efter_utskrivning", "vc", date(2026, 11, 24)),
                now=at(8, 19))
    record_cfs_score(db, karin, level=6, scored_on=MON, today=MON, role="aldre_ssk",
                     now=at(8, 21))
    summary = end_huddle(db, huddle.id, now=at(8, 30), patients_discussed=1)
    assert (summary.followups_made, summary.calls_recorded, summary.cfs_scores_recorded) == (
        2, 1, 1)
    rows = dict(summary.rows())
    assert rows["Nya uppföljningar i hemmet"] == "2"
    assert rows["CFS-skattningar registrerade"] == "1"
    assert rows["Telefonuppföljningar registrerade"] == "1"
    [(day, saved)] = saved_summaries(db, MON, MON)
    assert (day, saved) == (MON, summary)


def test_an_older_saved_summary_reads_without_the_new_counts():
    old = summary_from_json({"duration_seconds": 600, "roles": ["aldre_ssk"],
                             "followups_made": 1})
    assert (old.cfs_scores_recorded, old.calls_recorded) == (None, None)
    assert "CFS-skattningar registrerade" not in dict(old.rows())
    assert summary_from_json(json.loads(json.dumps(old.to_json()))) == old


def test_the_nurses_confirmation_of_consent_is_in_the_access_log(db):
    sven = add_patient(db, "193805229812", "Björk, Sven", "unknown")
    assert patient_consent(db, sven).recorded == "unknown"
    decision_id = create_decision(db, patient_id=sven, what="Boka SIP-möte",
                                  responsible_role="lakare", due_on=date(2026, 11, 26),
                                  now=at(8, 20))
    save_decision_edit(db, decision_id, what="Boka SIP-möte",
                       responsible_role="bistandshandlaggare", responsible_name=None,
                       due_on=date(2026, 11, 26), consent_confirmed=True, now=at(8, 25))
    followup_id = create_followup(db, patient_id=sven, reason="fallrisk", actor="hemtjanst",
                                  due=date(2026, 11, 25), consent_confirmed=True,
                                  now=at(8, 26))
    assert [code for code, pid in log_codes(db) if pid == sven] == [
        "decision_created", "municipal_consent_confirmed", "decision_updated",
        "followup_created", "municipal_consent_confirmed"]
    details = [r["detail"] for r in table_rows(
        db, "access_log", "detail LIKE 'municipal_consent_confirmed%'")]
    assert details == [f"municipal_consent_confirmed decision {decision_id} bistand",
                       f"municipal_consent_confirmed followup {followup_id} hemtjanst"]


def test_the_saved_list_is_the_owners_alone_and_a_bad_folder_is_a_sentence(tmp_path):
    old = os.umask(0)   # the most permissive umask: the list must still be private
    try:
        write_action_list(tmp_path / "lista.pdf", b"%PDF-1.4")
    finally:
        os.umask(old)
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "lista.pdf").stat().st_mode) == 0o600
    (tmp_path / "fil").write_text("x")
    with pytest.raises(KnownError, match="Åtgärdslistan kunde inte sparas"):
        write_action_list(tmp_path / "fil" / "lista.pdf", b"%PDF-1.4")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fil", "lista.pdf"]
