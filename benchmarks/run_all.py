"""Every benchmark of issue 16's table in one run, one after the other, on one large demo.

Writes the large demo once (``huddle demo --size large``, about a minute) and hands it to the
benchmarks that compare the large health centre with the standard demo, then prints each
benchmark's own output under a heading, and at the end the lines that name a target, so the
whole table can be read in one place.

    .venv/bin/python benchmarks/run_all.py            # the full runs (about 20 minutes)
    .venv/bin/python benchmarks/run_all.py --quick    # fewer repetitions, smaller files
    .venv/bin/python benchmarks/run_all.py --large FILE --today YYYY-MM-DD   # reuse a demo
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


def plan(large: Path, today: str, quick: bool) -> list[tuple[str, list[str]]]:
    runs = ["--runs", "5"] if quick else []
    return [
        ("start-up to the painted board, demo and large, vs a bare PySide6 window",
         ["bench_startup.py", "--large", str(large), "--today", today,
          *(["--runs", "7"] if quick else [])]),
        ("huddle import of a 100,000-row regional export vs a bare csv parse",
         ["bench_import.py", "--sizes", "100000", *(["--repeat", "1"] if quick else [])]),
        ("longest event-loop stall in the window during a 1,000,000-row import",
         ["bench_import_stall.py", *(["--rows", "200000", "--repeat", "1"] if quick else [])]),
        ("monthly, quarterly and yearly report: large vs demo",
         ["bench_report.py", "--large", str(large), "--today", today, *runs]),
        ("board refresh large vs demo; register search at 20,000 patients",
         ["bench_board.py", "--large", str(large), "--today", today, *runs]),
        ("log review queries on 1,000,000 access-log rows",
         ["bench_log_review.py", *(["--repeat", "3"] if quick else [])]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help="an existing large demo to reuse")
    parser.add_argument("--today", default=date.today().isoformat(),
                        help="the day the large demo was written for (default: today)")
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        large = args.large
        summary: list[str] = []
        if large is None:
            large = Path(folder) / "large.sqlite"
            print("== writing the large demo", flush=True)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "huddle", "demo", "--out", str(large),
                            "--size", "large", "--today", args.today], cwd=ROOT, check=True)
            took = time.perf_counter() - started
            summary.append(f"the large demo written, whole process: {took:.0f} s "
                           f"(target < 60 s: {'OK' if took < 60 else 'MISSED'})")
        for title, command in plan(large, args.today, args.quick):
            print(f"\n== {title}\n   {' '.join(command)}", flush=True)
            started = time.perf_counter()
            result = subprocess.run([sys.executable, str(HERE / command[0]), *command[1:]],
                                    cwd=ROOT, capture_output=True, text=True)
            print(result.stdout, end="")
            if result.returncode != 0:
                print(result.stderr[-2000:], end="")
                summary.append(f"{title}: FAILED (exit {result.returncode})")
                continue
            print(f"   ({time.perf_counter() - started:.0f} s)")
            summary += [f"{title}: {line.strip()}" for line in result.stdout.splitlines()
                        if "target" in line or "MISSED" in line]
    print("\n== the figures that have a target")
    for line in summary:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
