"""Page 1 and honest numbers: goals against last period and last year, a missed goal marked,
missed huddle days named, the imports behind the figures, a changed period said so, and a
period without data saying 'inga uppgifter' instead of zeros."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime

from pypdf import PdfReader
from reportlab.graphics.shapes import String

from huddle.cli import main
from huddle.reports.charts import ChartPoint, run_chart
from huddle.reports.compute import compute_summary
from huddle.reports.pdf import render_pdf
from huddle.reports.period import parse_month
from huddle.storage.cases import apply_snapshot
from huddle.storage.database import open_database
from tests.reports.conftest import NOW, Case, d, t
from tests.reports.pdf_text import pages_text


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_page_one_marks_the_missed_goal_and_names_the_missed_days(scenario_db):
    november = compute_summary(scenario_db, parse_month("2026-11"), NOW)
    figures = {f["key"]: f for f in november.to_json()["key_figures"]}
    sip = figures["sip.valid_percent"]
    assert (sip["value"], sip["goal"], sip["goal_met"]) == (33.3, 70.0, False)
    assert figures["samsa.readmissions_percent"][
        "previous"] is not None                      # October is known to the database
    assert figures["huddles.held_percent"]["same_period_last_year"] is None   # 2025 is not
    first = pages_text(render_pdf(november))[0]
    assert "33,3 % ✗ under målet" in first
    assert "Arbetsdagar utan avstämning (3): 4 nov, 19 nov, 30 nov." in first
    assert "Underlag: 30 SAMSA-importer under perioden" in first
    assert "inga uppgifter" in first                 # November 2025 is before the data


def test_a_period_without_data_says_so_instead_of_zeros(scenario_db):
    june = compute_summary(scenario_db, parse_month("2026-06"), NOW)
    data = june.to_json()
    assert data["has_data"] is False
    assert all(f["value"] is None for f in data["key_figures"])
    first = pages_text(render_pdf(june))[0]
    assert "Inga uppgifter för juni 2026" in first
    assert "0 av 22" not in first and "Arbetsdagar utan avstämning" not in first


def test_a_late_export_is_reported_as_a_change(capsys, scenario_db_path, tmp_path):
    argv = ("report", "monthly", "--db", str(scenario_db_path), "--month", "2026-10",
            "--json")
    code, out, err = run(capsys, *argv, "--now", "2026-11-01T10:00")
    assert code == 0, err
    before = json.loads(out)
    assert before["changed_since_last_made"] == {"last_made": None, "changes": []}
    # On 6 November an export arrives with a stay that began on 25 October.
    db = open_database(scenario_db_path)
    late = Case("L1", "E", t("2026-10-25T11:00"), [(d("2026-10-26"), d("2026-10-28"))])
    with db.atomic():
        import_id = db.insert("imports", {
            "kind": "samsa", "file_name": "late.csv", "sha256": "late", "as_of":
            "2026-11-06T06:00", "imported_at": "2026-11-06T06:00:00", "os_user": "test",
            "result": "{}"})
        apply_snapshot(db, [late.record(datetime(2026, 11, 6, 6))],
                       as_of=datetime(2026, 11, 6, 6), import_id=import_id, mark_gone=False)
    db.conn.close()
    pdf = tmp_path / "okt.pdf"
    code, out, err = run(capsys, *argv, "--out", str(pdf), "--now", "2026-11-06T10:00")
    assert code == 0, err
    after = json.loads(out)
    admissions = before["samsa"]["admissions"]
    assert after["samsa"]["admissions"] == admissions + 1
    changed = after["changed_since_last_made"]
    assert changed["last_made"] == "2026-11-01T10:00"
    assert {"key": "samsa.admissions", "before": admissions, "now": admissions + 1} in \
        changed["changes"]
    first = pages_text(pdf.read_bytes())[0]
    assert "Siffrorna har ändrats sedan rapporten för perioden gjordes 1 november 2026 " \
           "kl. 10:00" in first
    assert f"Inskrivningar {admissions} → {admissions + 1} (+1)" in first


def test_no_text_in_the_pdf_is_smaller_than_9_pt(scenario_db):
    pdf = render_pdf(compute_summary(scenario_db, parse_month("2026-11"), NOW))
    sizes = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        sizes.update(float(size) for size in re.findall(r"/F[\w+]+ ([\d.]+) Tf", content))
    assert sizes and min(sizes) >= 9


def _texts(drawing) -> list[str]:
    return [item.text for item in drawing.contents if isinstance(item, String)]


def test_a_run_chart_draws_its_median_only_from_six_points():
    five = [ChartPoint(f"m{i}", "", 50.0 + i) for i in range(5)]
    six = five + [ChartPoint("m5", "", 60.0)]
    assert not any("median" in text for text in _texts(run_chart("x", five, percent=True)))
    legend = [text for text in _texts(run_chart("x", six, percent=True)) if "median" in text]
    assert legend == ["senast 60,0\u00a0% · median 52,5\u00a0%"]


def test_the_years_months_say_which_month_is_still_running(scenario_db):
    """December 2026 had two days when the report was made: its 'miss' of a goal is not a
    month's, and the reader is told so under the table."""
    from huddle.reports.period import parse_year
    text = " ".join(pages_text(render_pdf(compute_summary(scenario_db, parse_year("2026"),
                                                          NOW))))
    assert "Årets månader" in text
    assert "December pågår: siffrorna gäller till och med 2 dec." in text
    closed = " ".join(pages_text(render_pdf(compute_summary(
        scenario_db, parse_year("2026"), datetime(2027, 1, 5, 9)))))
    assert "Årets månader" in closed and "December pågår" not in closed


def test_a_missed_goal_on_page_one_stands_right_aligned_with_the_other_figures(scenario_db):
    from reportlab.lib.units import mm

    from huddle.reports.pdf import MARGIN
    pdf = render_pdf(compute_summary(scenario_db, parse_month("2026-11"), NOW))
    lefts: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            lefts.setdefault(text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    missed = next(left for text, left in lefts.items() if text.startswith("33,3 %"))
    # The value column starts after the 71 mm label column: a left-aligned cell began at
    # its left edge; a right-aligned one ends at its right edge.
    assert missed > MARGIN + 71 * mm + 8


def test_page_one_says_a_comparison_is_missing_because_huddle_did_not_know_the_whole_period(
        scenario_db):
    """Huddle has data from part of the period before; it is not compared, and the note no
    longer claims there is no data at all."""
    first = pages_text(render_pdf(compute_summary(scenario_db, parse_month("2026-11"), NOW)))[0]
    assert "inga uppgifter" in first
    assert ("'inga uppgifter' betyder att Huddle inte har data för hela den perioden (en "
            "period som började innan Huddle togs i bruk jämförs inte).") in first


def test_the_yearly_page_one_compares_with_last_year_once_not_in_two_equal_columns(
        scenario_db):
    from huddle.reports.period import parse_year
    first = pages_text(render_pdf(compute_summary(scenario_db, parse_year("2026"), NOW)))[0]
    assert "Mått år 2026 Föregående Mål" in first
    assert "Samma period i fjol" not in first
    assert "Föregående: år 2025. ✗ = målet nås inte." in first
    month = pages_text(render_pdf(compute_summary(scenario_db, parse_month("2026-11"), NOW)))[0]
    assert "Föregående: oktober 2026. Samma period i fjol: november 2025. ✗ = målet nås " \
        "inte." in month
