"""The printed summary: the scenario's numbers on paper, page furniture, nothing identifying."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from huddle.reports.compute import compute_summary
from huddle.reports.pdf import render_pdf
from huddle.reports.period import parse_month, parse_week
from huddle.reports.summary import EscalationItem
from tests.reports.conftest import NOW
from tests.reports.pdf_text import pages_text, pdf_text


@pytest.fixture
def november(scenario_db):
    return compute_summary(scenario_db, parse_month("2026-11"), NOW)


@pytest.fixture
def november_pdf(november) -> bytes:
    return render_pdf(november)


def sv(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def test_samsa_numbers_in_the_pdf_equal_the_json(november, november_pdf):
    text = pdf_text(november_pdf)
    samsa = november.to_json()["samsa"]
    assert samsa["ready_days_mean"] == 3.3
    rows = {
        "Inskrivningar": samsa["admissions"],
        "Utskrivningar": samsa["discharges"],
        "Vårdtillfällen med utskrivningsklara dagar": samsa["ready_days_episodes"],
        "Utskrivningsklara dagar, totalt": samsa["ready_days_total"],
        "Utskrivningsklara dagar, medel per vårdtillfälle": sv(samsa["ready_days_mean"]),
        "Flyttade planerade utskrivningsdatum": samsa["pud_moves"],
        "Ärenden med flyttat datum": samsa["pud_moved_cases"],
        "Återinskrivningar inom 30 dagar": samsa["readmissions_30d"],
    }
    for label, value in rows.items():
        assert f"{label} {value}" in text
    # and the hand-worked values themselves
    assert "Inskrivningar 5 Utskrivningar 5" in text
    assert "Utskrivningsklara dagar, totalt 13" in text
    assert "medel per vårdtillfälle 3,3" in text
    assert "Flyttade planerade utskrivningsdatum 8" in text
    assert "Återinskrivningar inom 30 dagar 2" in text


def test_other_sections_in_the_pdf_equal_the_json(november, november_pdf):
    text = pdf_text(november_pdf)
    data = november.to_json()
    h = data["huddles"]
    assert f"Arbetsdagar (måndag–fredag utom helgdagar) {h['working_days']}" in text
    assert f"Hållna avstämningar {h['held']}" in text
    assert (f"Arbetsdagar med avstämning {h['held_on_working_days']} av {h['working_days']} "
            f"({sv(h['held_percent'])} %)") in text
    assert "Arbetsdagar med avstämning 18 av 21 (85,7 %)" in text
    assert f"Längd, median {sv(h['duration_median_minutes'])} min" in text
    assert "Avslutade inom 15 minuter 17 av 18 (94,4 %)" in text
    assert "Kommunal hälso- och sjukvård 18 94,7 %" in text
    d = data["decisions"]
    assert f"Fattade under perioden {d['made']}" in text
    assert f"Avslutade under perioden {d['closed']}" in text
    assert f"Öppna vid periodens slut {d['open_at_end']}" in text
    assert f"varav försenade (passerat sista datum) {d['overdue_at_end']}" in text
    e = data["escalations"]
    assert f"Lyfta till chefer under perioden {e['raised']}" in text
    assert f"Obesvarade vid periodens slut {e['unanswered_at_end']}" in text
    assert "Dagar från eskalering till svar, median 6,5" in text
    assert "Ringda i tid 2 av 4 (50,0 %) ≥ 85,0 %" in text
    assert "Klara senast sista datum 3 av 5 (60,0 %)" in text
    assert "Patienter med CFS 5–6 vid periodens slut 3" in text
    assert "med giltig SIP (genomförd eller uppföljd inom 12 månader) 1 av 3 (33,3 %)" in text
    assert "Senaste skattning äldre än 12 månader 1" in text
    assert "Beviljat: två platser från december." in text
    assert "Obesvarad" in text


def test_every_page_has_header_and_page_x_of_y(november_pdf):
    pages = pages_text(november_pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in text
        assert "Skene vårdcentral" in text
        assert "Månadssammanställning november 2026" in text
        assert "Skapad 2 december 2026 kl. 09:00" in text
    assert "Trender – de senaste 12 månaderna" in pages[-2]   # the charts fill two pages


def test_all_text_is_set_in_the_embedded_font(november_pdf):
    reader = PdfReader(io.BytesIO(november_pdf))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        content = page.get_contents().get_data().decode("latin-1")
        used = set(re.findall(r"(/F[\w+]+) [\d.]+ Tf", content))
        assert used
        for key in used:
            font = fonts[key].get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()   # the TTF itself
    assert "Månadssammanställning" in pages_text(november_pdf)[0]


def test_no_patient_is_named_anywhere(november_pdf, scenario_db, identities):
    weekly = render_pdf(compute_summary(scenario_db, parse_week("2026-W47"), NOW))
    for pdf in (november_pdf, weekly):
        text = pdf_text(pdf)
        for identity in identities:
            assert identity not in text
        assert "Ring dottern till [namn] [namn]" in text


def test_long_tables_repeat_their_header_row(november):
    item = EscalationItem(date(2026, 11, 3), "Hemtjänsten saknar bemanning kvällstid",
                          "hemtjanst", "Månadsmöte", None, None)
    crowded = replace(november, escalations=replace(november.escalations,
                                                    items=(item,) * 80))
    pages = pages_text(render_pdf(crowded))
    with_rows = [text for text in pages if "Hemtjänsten saknar bemanning" in text]
    assert len(with_rows) >= 2
    for text in with_rows:
        assert "Lyft Fråga till cheferna Ansvarig Svar" in text


def test_weekly_pdf_has_the_week_and_no_monthly_sections(scenario_db):
    text = pdf_text(render_pdf(compute_summary(scenario_db, parse_week("2026-W47"), NOW)))
    assert "Veckosammanställning vecka 47 2026" in text
    assert "16–22 november 2026" in text
    assert "Arbetsdagar med avstämning 4 av 5 (80,0 %)" in text
    assert "Inskrivningar 3" in text
    assert "CFS och SIP" not in text and "Trender" not in text


def test_open_period_says_so(scenario_db):
    from datetime import datetime

    summary = compute_summary(scenario_db, parse_month("2026-11"), datetime(2026, 11, 20, 9))
    assert "Perioden pågår: siffrorna gäller till och med 20 november 2026." in \
        pdf_text(render_pdf(summary))


def test_a_footer_too_long_for_its_line_is_set_smaller_and_keeps_clear_of_the_page_number():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from huddle.reports.pdf import FONT, FOOTER_GAP, MARGIN, PAGE_WIDTH, footer_size, register_fonts

    register_fonts()
    label = "Sida 10 av 12"
    assert footer_size("Skapad 23 nov kl 08:31 · Huddle 0.1.0", label) == 9
    long = ("Contains patient data (Patient Data Act) – to be destroyed after use · Printed on "
            "Monday 23 November at 08:31")
    size = footer_size(long, label)
    assert 6 <= size < 9
    room = PAGE_WIDTH - 2 * MARGIN - stringWidth(label, FONT, 9) - FOOTER_GAP
    assert stringWidth(long, FONT, size) <= room + 0.01


def _body_runs(pdf: bytes) -> list[tuple[int, str, float, float]]:
    """Every run of text between the header and the footer as (page, text, left edge, right
    edge) in points."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from huddle.reports.pdf import FONT, PAGE_HEIGHT
    runs: list[tuple[int, str, float, float]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        def visit(text, cm, tm, font, size, number=number):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if text.strip() and 20 * mm < y < PAGE_HEIGHT - 20 * mm:
                left = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                runs.append((number, text.strip(), left,
                             left + stringWidth(text.strip(), FONT, size * abs(tm[0]))))
        page.extract_text(visitor_text=visit)
    return runs


def test_the_body_lines_up_with_the_header_and_its_tables_end_at_the_margin(november_pdf):
    """The tables used to run 6 pt past the right margin that the header's rule keeps (their
    figures ended exactly on it), and the text stood 6 pt in from the header's left edge."""
    from huddle.reports.pdf import MARGIN, PAGE_WIDTH
    runs = _body_runs(november_pdf)
    title = next(left for page, text, left, _ in runs if text == "Månadssammanställning")
    assert abs(title - MARGIN) < 0.5
    figures = 0
    for page, text, left, right in runs:
        assert left >= MARGIN - 0.5, (page, text, left)
        assert right <= PAGE_WIDTH - MARGIN + 3, (page, text, right)    # wrapped text
        if re.fullmatch(r"[\d\s,%()av]+", text):
            # A figure keeps its cell's padding from the table's right edge, on the margin.
            figures += 1
            assert right <= PAGE_WIDTH - MARGIN - 3, (page, text, right)
    assert figures > 20


def test_escalations_are_dated_the_swedish_way(november_pdf):
    text = pdf_text(november_pdf)
    assert "Beviljat: två platser från december." in text
    assert re.search(r"\b\d{1,2} (nov|dec) 2026\b", text)
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)      # no ISO dates anywhere


def test_the_sections_show_the_goals_in_the_settings(scenario_db_path):
    """The calls' and the SIP's tables showed the seeds' 85 % and 70 % whatever the settings
    held, while page 1 showed the settings' goals."""
    from huddle.storage.database import open_database
    from huddle.storage.settings import save_settings
    db = open_database(scenario_db_path)                     # a copy: the goals change
    save_settings(db, goal_calls_in_time_percent=90, goal_sip_valid_percent=75)
    text = pdf_text(render_pdf(compute_summary(db, parse_month("2026-11"), NOW)))
    db.conn.close()
    assert "Ringda i tid 2 av 4 (50,0 %) ≥ 90,0 %" in text
    assert "1 av 3 (33,3 %) ≥ 75,0 %" in text
    assert "85,0 %" not in text and "70,0 %" not in text      # the seeds' defaults


def test_who_follows_up_breaks_at_its_slashes_not_inside_a_word(november_pdf):
    assert "Distriktsläkare / sjuksköterska / rehab" in pdf_text(november_pdf)


def test_attendance_leaves_out_the_catch_all_role_when_no_one_came_as_it(november,
                                                                         november_pdf):
    assert november.to_json()["attendance"]["annan"]["huddles"] == 0
    text = pdf_text(november_pdf)
    assert "Kommunal hälso- och sjukvård 18 94,7 %" in text
    assert "Annan 0" not in text
