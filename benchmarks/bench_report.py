"""How long the summaries take to PDF on five years of one health centre's history.

Generates the demo health centre with 1826 days of history (daily SAMSA snapshots through the
real import code, huddles, decisions, follow-ups, calls, CFS and SIP), then times the monthly,
quarterly, yearly and weekly report for the last ended period, from opening the database to
PDF bytes, the way ``huddle report ...`` does it. Target: each under 2 seconds.

    .venv/bin/python benchmarks/bench_report.py [--db FILE] [--runs 5]

With ``--db`` an existing file is reused (and written there first if missing).
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    # --db FILE: reuse (or create once) a database instead of generating one each run
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="huddle-bench-")
    path = args.db or Path(folder.name) / "five-years.sqlite"
    if not path.exists():
        started = time.perf_counter()
        counts = write_demo(path, seed=7, days=DAYS, today=TODAY)
        print(f"generated {DAYS} days in {time.perf_counter() - started:.1f} s: {counts}")
    db = open_database(path)
    sizes = {t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("cases", "case_events", "huddles", "decisions",
                                      "followups", "cfs_scores", "sips")}
    db.conn.close()
    print("database:", ", ".join(f"{n} {t}" for t, n in sizes.items()))

    for kind in (MONTHLY, QUARTERLY, YEARLY, WEEKLY):
        period = last_ended(kind, TODAY)
        totals, computes, renders = [], [], []
        first = None
        for _ in range(args.runs):
            compute_s, render_s, size, _pages = one_report(path, kind)
            first = first if first is not None else compute_s + render_s
            totals.append(compute_s + render_s)
            computes.append(compute_s)
            renders.append(render_s)
        print(f"{kind} {period.key} to PDF ({size // 1024} KiB): "
              f"first run {first:.3f} s, "
              f"median {statistics.median(totals):.3f} s "
              f"[compute {statistics.median(computes):.3f} s + "
              f"render {statistics.median(renders):.3f} s], worst {max(totals):.3f} s "
              f"over {args.runs} runs")
        if kind != WEEKLY:
            verdict = "OK" if max(totals) < TARGET_SECONDS else "TOO SLOW"
            print(f"{kind} target < {TARGET_SECONDS:.0f} s: {verdict}")
    # The whole command as a user runs it: a fresh process, imports and all.
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
    print(f"'huddle report monthly --out' as a fresh process: median "
          f"{statistics.median(walls):.3f} s, worst {max(walls):.3f} s over 3 runs")
    folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
