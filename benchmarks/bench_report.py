"""How long the summaries take to PDF on five years of one health centre's history.

Generates the demo health centre with 1826 days of history (daily SAMSA snapshots through the
real import code, huddles, decisions, follow-ups, calls, CFS and SIP), then times the monthly,
quarterly, yearly and weekly report for the last ended period, from opening the database to
PDF bytes, the way ``huddle report ...`` does it. Target: each under 2 seconds.

    .venv/bin/python benchmarks/bench_report.py [--db FILE] [--runs 5]
    .venv/bin/python benchmarks/bench_report.py --large LARGE.sqlite --today YYYY-MM-DD

With ``--db`` an existing five-year file is reused (and written there first if missing). With
``--large`` the reports are timed on a large demo beside the standard demo of the same day,
and the ratio is printed (issue 16: large <= 1.5x demo).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from huddle.demo import write_demo  # noqa: E402
from huddle.reports.compute import compute_summary  # noqa: E402
from huddle.reports.pdf import render_pdf  # noqa: E402
from huddle.reports.period import MONTHLY, QUARTERLY, WEEKLY, YEARLY, last_ended  # noqa: E402
from huddle.storage.database import open_database  # noqa: E402

TODAY = date(2026, 11, 23)
DAYS = 1826
TARGET_SECONDS = 2.0


def one_report(path: Path, kind: str) -> tuple[float, float, int, int]:
    """Seconds for compute and for render, PDF size and pages, from a fresh connection."""
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=10)
    started = time.perf_counter()
    db = open_database(path)
    summary = compute_summary(db, last_ended(kind, TODAY), now)
    computed = time.perf_counter()
    pdf = render_pdf(summary)
    rendered = time.perf_counter()
    db.conn.close()
    return computed - started, rendered - computed, len(pdf), pdf.count(b"/Type /Page\n")


def time_kind(path: Path, kind: str, runs: int
              ) -> tuple[float, float, float, int, tuple[float, float]]:
    """Median total, compute and render seconds over ``runs``, the PDF's size, and the
    fastest and slowest total (the spread on a shared machine)."""
    totals, computes, renders = [], [], []
    size = 0
    for _ in range(runs):
        compute_s, render_s, size, _pages = one_report(path, kind)
        totals.append(compute_s + render_s)
        computes.append(compute_s)
        renders.append(render_s)
    return (statistics.median(totals), statistics.median(computes),
            statistics.median(renders), size, (min(totals), max(totals)))


def main() -> int:
    global TODAY
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the five-year database (written if missing)")
    parser.add_argument("--large", type=Path,
                        help="a large demo (huddle demo --size large) to compare with the "
                             "standard demo: target large <= 1.5x demo")
    parser.add_argument("--today", type=date.fromisoformat, default=TODAY,
                        help="the day the databases describe (default %(default)s)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    TODAY = args.today
    folder = tempfile.TemporaryDirectory(prefix="huddle-bench-")
    databases: dict[str, Path] = {}
    if args.large is not None:
        demo = Path(folder.name) / "demo.sqlite"
        write_demo(demo, today=TODAY)
        databases["demo (120 patients, 90 days)"] = demo
        databases["large (20,000 patients, 5 years)"] = args.large
    else:
        path = args.db or Path(folder.name) / "five-years.sqlite"
        if not path.exists():
            started = time.perf_counter()
            counts = write_demo(path, seed=7, days=DAYS, today=TODAY)
            print(f"generated {DAYS} days in {time.perf_counter() - started:.1f} s: {counts}")
        databases["five years"] = path
    for name, path in databases.items():
        db = open_database(path)
        sizes = db.row_counts(("patients", "cases", "huddles", "decisions", "cfs_scores",
                               "access_log"))
        db.close()
        print(f"{name}: " + ", ".join(f"{n} {t}" for t, n in sizes.items()))
    for kind in (MONTHLY, QUARTERLY, YEARLY, WEEKLY):
        period = last_ended(kind, TODAY)
        medians = {}
        for name, path in databases.items():
            total, compute_s, render_s, size, (low, high) = time_kind(path, kind, args.runs)
            medians[name] = total
            print(f"{kind} {period.key}, {name}: median {total:.3f} s [compute "
                  f"{compute_s:.3f} s + render {render_s:.3f} s], {size // 1024} KiB, "
                  f"{args.runs} runs from {low:.3f} to {high:.3f} s")
            if kind != WEEKLY and total >= TARGET_SECONDS:
                print(f"  {kind} target < {TARGET_SECONDS:.0f} s: MISSED")
        if len(medians) == 2:
            demo_s, large_s = medians.values()
            ratio = large_s / demo_s
            print(f"  {kind}: ratio large / demo {ratio:.1f} "
                  f"(target <= 1.5: {'OK' if ratio <= 1.5 else 'MISSED'})")
    # The whole command as a user runs it: a fresh process, imports and all.
    path = list(databases.values())[-1]
    out = Path(folder.name) / "monthly.pdf"
    command = [sys.executable, "-m", "huddle", "report", "monthly", "--db", str(path),
               "--month", last_ended(MONTHLY, TODAY).key, "--out", str(out),
               "--now", f"{TODAY.isoformat()}T10:00"]
    walls = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True,
                       cwd=Path(__file__).resolve().parent.parent)
        walls.append(time.perf_counter() - started)
    print(f"'huddle report monthly --out' on {list(databases)[-1]} as a fresh process: "
          f"median {statistics.median(walls):.3f} s, worst {max(walls):.3f} s over 3 runs")
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
