"""`huddle report area`: two health centres' regional CSVs become one report for the area."""

from __future__ import annotations

import io
import json
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from huddle.cli import main
from tests.conftest import DEMO_TODAY
from tests.reports.pdf_text import pages_text

NOW = f"{DEMO_TODAY.isoformat()}T09:00"
CENTRES = (("Skene vårdcentral", "SE2321000131-E000000000123", 1),
           ("Kinna vårdcentral", "SE2321000131-E000000000456", 2))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_dbs(tmp_path_factory, demo_db_file) -> list[Path]:
    """Two health centres: the session's demo (seed 1) and another seed, renamed."""
    from huddle.demo import write_demo
    from huddle.storage.database import open_database
    from huddle.storage.settings import save_settings

    folder = tmp_path_factory.mktemp("area")
    paths = []
    for name, code, seed in CENTRES:
        path = folder / f"{seed}.sqlite"
        if seed == 1:
            shutil.copyfile(demo_db_file, path)
        else:
            write_demo(path, seed=seed, days=90, today=DEMO_TODAY)
        db = open_database(path)
        save_settings(db, vc_name=name, health_centre_code=code)
        db.conn.close()
        paths.append(path)
    return paths


def _export(capsys, db: Path, target: Path, *period: str) -> Path:
    code, _, err = run(capsys, "report", *period, "--db", db, "--csv", target, "--now", NOW)
    assert code == 0, err
    return target


@pytest.fixture
def october(capsys, demo_dbs, tmp_path) -> list[Path]:
    return [_export(capsys, db, tmp_path / f"vc{i}.csv", "monthly", "--month", "2026-10")
            for i, db in enumerate(demo_dbs)]


def _share(numerator: float, denominator: float, unit: str) -> float | None:
    if not denominator:
        return None
    scale = {"%": 100, "per 1000": 1000}.get(unit, 1)
    value = Decimal(str(numerator)) * scale / Decimal(str(denominator))
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def test_area_totals_are_the_sums_of_numerators_and_denominators(capsys, october):
    code, out, err = run(capsys, "report", "area", *october, "--json", "--now", NOW)
    assert code == 0, err
    data = json.loads(out)
    assert [c["name"] for c in data["health_centres"]] == [name for name, _, _ in CENTRES]
    assert [c["code"] for c in data["health_centres"]] == [code for _, code, _ in CENTRES]
    assert data["period"]["key"] == "2026-10"
    averaged_differs = False
    for measure in data["measures"]:
        parts, total = measure["health_centres"], measure["total"]
        assert total["numerator"] == sum(p["numerator"] for p in parts), measure["measure"]
        if measure["unit"] == "antal":
            assert total["denominator"] is None
            assert total["value"] == total["numerator"]
            continue
        assert total["denominator"] == sum(p["denominator"] for p in parts)
        assert total["value"] == _share(total["numerator"], total["denominator"],
                                        measure["unit"]), measure["measure"]
        values = [p["value"] for p in parts]
        if None not in values and total["value"] != _share(sum(values), len(values), ""):
            averaged_differs = True
    assert averaged_differs   # the demo has a share where averaging would have been wrong
    by_key = {m["measure"]: m for m in data["measures"]}
    assert by_key["huddles.held_percent"]["label"] == "Arbetsdagar med avstämning"


def test_each_centre_matches_its_own_report(capsys, demo_dbs, october):
    _, out, _ = run(capsys, "report", "monthly", "--db", demo_dbs[1], "--month", "2026-10",
                    "--json", "--now", NOW)
    kinna = json.loads(out)
    _, out, _ = run(capsys, "report", "area", *october, "--json", "--now", NOW)
    by_key = {m["measure"]: m for m in json.loads(out)["measures"]}
    assert by_key["samsa.admissions"]["health_centres"][1]["value"] == \
        kinna["samsa"]["admissions"]
    assert by_key["calls_72h.in_time_percent"]["health_centres"][1]["value"] == \
        kinna["calls_72h"]["in_time_percent"]


def _sizes_above_footer(pdf: bytes) -> set[float]:
    """Font sizes of the text above the footer (the house footer sits 11 mm from the edge)."""
    sizes: set[float] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text, cm, tm, font, size):
            if text.strip() and tm[5] * cm[3] + cm[5] > 20 / 25.4 * 72:
                sizes.add(round(size * abs(tm[3]), 1))
        page.extract_text(visitor_text=visit)
    return sizes


def test_the_pdf_shows_the_centres_side_by_side_with_the_area_last(capsys, october, tmp_path):
    target = tmp_path / "omrade.pdf"
    code, out, err = run(capsys, "report", "area", *october, "--out", target, "--now", NOW)
    assert code == 0, err
    assert "Områdesrapport oktober 2026 (2 vårdcentraler) skriven till" in out
    pages = pages_text(target.read_bytes())
    assert "Områdesrapport oktober 2026" in pages[0]
    assert "Mått Skene vårdcentral Kinna vårdcentral Området" in pages[0]
    assert "SE2321000131-E000000000456" in pages[0]
    _, out, _ = run(capsys, "report", "area", *october, "--json", "--now", NOW)
    held = next(m for m in json.loads(out)["measures"] if m["measure"] == "huddles.held_percent")
    a, b, total = (*held["health_centres"], held["total"])

    def shown(cell):
        return f"{cell['value']:.1f} % {cell['numerator']} av {cell['denominator']}".replace(
            ".", ",")

    assert f"Arbetsdagar med avstämning {shown(a)} {shown(b)} {shown(total)}" in pages[0]
    assert min(_sizes_above_footer(target.read_bytes())) >= 9


def test_mixed_periods_are_refused_in_swedish(capsys, demo_dbs, october, tmp_path):
    september = _export(capsys, demo_dbs[1], tmp_path / "sep.csv", "monthly", "--month",
                        "2026-09")
    code, out, err = run(capsys, "report", "area", october[0], september, "--json")
    assert code == 2 and out == ""
    assert "Filerna gäller olika perioder (vc0.csv: 2026-10, sep.csv: 2026-09)" in err
    assert "Traceback" not in err


def test_the_same_centre_twice_is_refused(capsys, october, tmp_path):
    again = tmp_path / "igen.csv"
    shutil.copyfile(october[0], again)
    code, _, err = run(capsys, "report", "area", october[0], again, "--json")
    assert code == 2
    assert "Skene vårdcentral finns i både vc0.csv och igen.csv" in err


@pytest.mark.parametrize("content, message", [
    (None, "finns inte"),
    ("personnummer;namn\r\n191212121212;Test\r\n", "kolumner saknas"),
    (b"\xff\xfe\x81\x8d", "den är varken UTF-8 eller Windows-1252"),
])
def test_a_file_that_is_no_regional_export_is_a_swedish_sentence(capsys, october, tmp_path,
                                                                  content, message):
    other = tmp_path / "annan.csv"
    if isinstance(content, str):
        other.write_text(content, encoding="utf-8")
    elif content is not None:
        other.write_bytes(content)
    code, out, err = run(capsys, "report", "area", october[0], other, "--json")
    assert code == 2 and out == ""
    assert message in err and "annan.csv" in err


def test_a_neutralised_name_reads_back_as_typed(capsys, demo_dbs, tmp_path):
    from huddle.storage.database import open_database
    from huddle.storage.settings import save_settings

    db_path = tmp_path / "vc.sqlite"
    shutil.copyfile(demo_dbs[0], db_path)
    db = open_database(db_path)
    save_settings(db, vc_name="-Sydväst vårdcentral")
    db.conn.close()
    export = _export(capsys, db_path, tmp_path / "x.csv", "monthly", "--month", "2026-10")
    assert "'-Sydväst vårdcentral" in export.read_text(encoding="utf-8-sig")
    _, out, _ = run(capsys, "report", "area", export, "--json")
    assert json.loads(out)["health_centres"][0]["name"] == "-Sydväst vårdcentral"


def test_quarterly_exports_make_a_quarterly_area_report(capsys, demo_dbs, tmp_path):
    files = [_export(capsys, db, tmp_path / f"q{i}.csv", "quarterly", "--quarter", "2026-Q3")
             for i, db in enumerate(demo_dbs)]
    code, out, err = run(capsys, "report", "area", *files, "--json", "--now", NOW)
    assert code == 0, err
    data = json.loads(out)
    assert (data["period"]["key"], data["period"]["label"]) == ("2026-Q3", "kvartal 3 2026")
    by_key = {m["measure"]: m for m in data["measures"]}
    per_1000 = by_key["visits.ed_visits_per_1000"]
    assert per_1000["unit"] == "per 1000"
    assert per_1000["total"]["value"] == _share(per_1000["total"]["numerator"],
                                                per_1000["total"]["denominator"], "per 1000")


def test_a_measure_missing_in_one_file_is_a_dash_and_the_total_counts_the_others(
        capsys, october, tmp_path):
    lines = october[1].read_text(encoding="utf-8-sig").splitlines()
    older = tmp_path / "aldre.csv"
    older.write_text("\ufeff" + "\r\n".join(line for line in lines
                                            if ";visits." not in line) + "\r\n",
                     encoding="utf-8")
    _, out, _ = run(capsys, "report", "area", october[0], older, "--json", "--now", NOW)
    visits = next(m for m in json.loads(out)["measures"]
                  if m["measure"] == "visits.ed_visits_80_plus")
    assert visits["health_centres"][1] is None
    assert visits["total"]["numerator"] == visits["health_centres"][0]["numerator"]
    target = tmp_path / "omrade.pdf"
    run(capsys, "report", "area", october[0], older, "--out", target, "--now", NOW)
    assert "måttet finns inte i dess fil" in " ".join(pages_text(target.read_bytes()))


def test_a_file_saved_again_by_swedish_excel_is_still_read(capsys, october, tmp_path):
    """Excel's "CSV (semikolonavgränsad)" writes Windows-1252 without a byte-order mark."""
    resaved = tmp_path / "sparad-i-excel.csv"
    resaved.write_bytes(october[1].read_text(encoding="utf-8-sig").encode("cp1252"))
    code, out, err = run(capsys, "report", "area", october[0], resaved, "--json", "--now", NOW)
    assert code == 0, err
    assert json.loads(out)["health_centres"][1]["name"] == "Kinna vårdcentral"
