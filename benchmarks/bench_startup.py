"""Start-up: process start to the board painted, against a bare PySide6 window.

Both are run side by side in this one run, as fresh processes, offscreen, alternating so that
disk cache and CPU load affect them alike. Each child reports the moment its window was painted
(measured from its own process start) and then exits. Target: ratio ≤ 2.0.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

# The child measures from its own process start: /proc/self/stat's start time is kernel
# jiffies since boot; time.monotonic() on Linux is CLOCK_MONOTONIC, also since boot.
_PROCESS_AGE = """
import os, time
def _process_age():
    with open('/proc/self/stat') as f:
        start_ticks = int(f.read().rsplit(')', 1)[1].split()[19])
    return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf('SC_CLK_TCK')
"""

BARE = _PROCESS_AGE + """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Huddle")
label.resize(1366, 768)
label.show()
app.processEvents()
label.grab()
print(f"PAINTED {_process_age():.4f}")
"""

HUDDLE = _PROCESS_AGE + """
import sys
from datetime import date
from huddle.ui.app import create_application, open_app_database
from huddle.ui.qt_main_window import QtMainWindow
app = create_application()
db = open_app_database(sys.argv[1])
window = QtMainWindow(db, None, day=date.fromisoformat(sys.argv[2]))
window.resize(1366, 768)
window.show()
app.processEvents()
window.grab()
print(f"PAINTED {_process_age():.4f}")
"""


def run_child(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True).stdout
    line = next(line for line in out.splitlines() if line.startswith("PAINTED"))
    return float(line.split()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from huddle.demo import write_demo

    today = date(2026, 11, 23)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "demo.sqlite"
        write_demo(db_path, today=today)
        run_child(BARE)  # warm the disk cache for both
        run_child(HUDDLE, str(db_path), today.isoformat())
        bare, huddle = [], []
        for _ in range(args.runs):
            bare.append(run_child(BARE))
            huddle.append(run_child(HUDDLE, str(db_path), today.isoformat()))
    bare_median, huddle_median = statistics.median(bare), statistics.median(huddle)
    print(f"runs: {args.runs} each, offscreen, 1366x768, demo database (120 patients, 90 days)")
    print(f"bare PySide6 window painted: median {bare_median * 1000:7.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"Huddle board painted:        median {huddle_median * 1000:7.0f} ms "
          f"(min {min(huddle) * 1000:.0f}, max {max(huddle) * 1000:.0f})")
    ratio = huddle_median / bare_median
    print(f"ratio Huddle / bare: {ratio:.2f} (target <= 2.0: {'OK' if ratio <= 2.0 else 'MISSED'})")


if __name__ == "__main__":
    main()
