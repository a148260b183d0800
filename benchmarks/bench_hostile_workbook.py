"""How fast and how lean is the refusal of a hostile workbook?

Builds small .xlsx files that would expand far beyond any export – one cell of 1 GB of
repeated characters (about 1 MB on disk), a zip bomb of ten million tiny cells, one cell of
200 MB – and imports each with `python -m huddle import` in a child process, beside the
reference: an ordinary 100-row SAMSA workbook written by openpyxl, imported the same way.
Prints wall time, peak memory (ru_maxrss of each child) and the exit code.

Target (issue 14): each hostile file refused (exit 2, a Swedish sentence) in seconds and
within about 300 MB.

    .venv/bin/python benchmarks/bench_hostile_workbook.py
    .venv/bin/python benchmarks/bench_hostile_workbook.py --repeat 5
    .venv/bin/python benchmarks/bench_hostile_workbook.py --unguarded 64
        # also: openpyxl alone on a 64 MB cell, without the check (the old behaviour)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.intake import hostile_workbooks as hostile  # noqa: E402
from tests.intake.samsa_files import as_table, rows, write_xlsx  # noqa: E402

CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "huddle-bench-pycache")

UNGUARDED = """
import sys, openpyxl
workbook = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
print(sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True)))
"""


def run_child(argv: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, peak resident MB, exit code and the last line of stderr of a child."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=ROOT, env=CHILD_ENV)
    _pid, status, usage = os.wait4(process.pid, 0)  # this child's own rusage
    elapsed = time.perf_counter() - started
    err = process.stderr.read().decode() if process.stderr else ""
    process.stdout and process.stdout.read()
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), err.strip()


def new_database(folder: Path, name: str) -> Path:
    db = folder / f"{name}.sqlite"
    code = subprocess.call([sys.executable, "-m", "huddle", "init", "--db", str(db), "--vc",
                            "Skene vårdcentral"], cwd=ROOT, env=CHILD_ENV,
                           stdout=subprocess.DEVNULL)
    if code != 0:
        raise SystemExit("huddle init failed")
    return db


def measure(label: str, path: Path, folder: Path, repeat: int) -> None:
    runs = []
    for attempt in range(repeat):
        db = new_database(folder, f"{path.stem}-{attempt}")
        runs.append(run_child([sys.executable, "-m", "huddle", "import", str(path), "--db",
                               str(db), "--as-of", "2026-11-22T06:00", "--json"]))
    best = min(runs, key=lambda run: run[0])
    peak = max(run[1] for run in runs)
    codes = sorted({run[2] for run in runs})
    print(f"{label:<34} {path.stat().st_size / 1e6:7.2f} MB  {best[0]:6.2f} s  {peak:7.1f} MB"
          f"  exit {','.join(map(str, codes))}", flush=True)
    if best[3]:
        print(f"{'':<36}{best[3][:110]}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per file (best time kept)")
    parser.add_argument("--unguarded", type=int, metavar="MB", default=0,
                        help="also time openpyxl alone on one cell of MB megabytes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="huddle-hostile-") as temp:
        folder = Path(temp)
        files = [
            ("reference: 100-row workbook", write_xlsx(folder / "normal-100.xlsx",
                                                       {"SAMSA": as_table(rows(100))})),
            ("one cell of 1 GB", hostile.one_huge_cell(folder / "cell-1gb.xlsx", 1024)),
            ("one cell of 200 MB", hostile.one_huge_cell(folder / "cell-200mb.xlsx", 200)),
            ("zip bomb: 10 M cells", hostile.cell_bomb(folder / "cells.xlsx", 250)),
            ("shared strings of 100 MB", hostile.huge_shared_strings(folder / "sst.xlsx")),
        ]
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; "
              f"`huddle import` in a child process, best of {args.repeat}\n")
        print(f"{'file':<34} {'on disk':>10}  {'time':>8}  {'peak':>10}")
        for label, path in files:
            measure(label, path, folder, args.repeat)
        if args.unguarded:
            path = hostile.one_huge_cell(folder / "unguarded.xlsx", args.unguarded)
            elapsed, peak, code, _err = run_child([sys.executable, "-c", UNGUARDED, str(path)])
            print(f"\nwithout the check, openpyxl alone on one cell of {args.unguarded} MB: "
                  f"{elapsed:.2f} s, {peak:.1f} MB (exit {code})")


if __name__ == "__main__":
    main()
