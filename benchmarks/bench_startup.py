"""Start-up: process start to the board painted, against a bare PySide6 window.

Both run side by side in this one run, as fresh processes, offscreen, alternating so that
disk cache and CPU load affect them alike. The clock runs from just before the process is
spawned to the moment it prints PAINTED (after its window has been rendered). Huddle runs
its real start-up path (`python -m huddle --db DEMO`, logging, translations, database, board)
with HUDDLE_STARTUP_PROBE set, which makes it report the first painted board and quit. The
offscreen screen is 1366x768, the bare window's size; Huddle's board counts as painted once
it has its maximized size (the maximize lands a turn of the event loop after the show).
Target: ratio ≤ 2.0.

    .venv/bin/python benchmarks/bench_startup.py [--runs 21] [--large FILE --today YYYY-MM-DD]

With ``--large`` the same is timed on a large demo (``huddle demo --size large``) as well, in
the same alternating run, twice: with the day's CFS lane prepared (as after the huddle the
working day before, or any earlier start that day: the kept verdicts are current) and as the
first board of a day nobody prepared (every kept verdict forgotten before each start: the
lane looks at every CFS-scored patient).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Huddle")
label.resize(1366, 768)
label.show()
def painted():
    label.grab()
    print("PAINTED", flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""

SCREEN = (1366, 768)


def time_to_painted(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "PAINTED":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never reported a painted window")
    child.wait(timeout=30)
    return elapsed


def forget(path: Path) -> None:
    from huddle.storage.cfs_verdicts import forget_verdicts
    from huddle.storage.database import open_database

    db = open_database(path)
    forget_verdicts(db)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--large", type=Path, help="also time a large demo database")
    parser.add_argument("--today", default="2026-11-23",
                        help="the day to open (the day the large demo was written for)")
    args = parser.parse_args()

    from huddle.demo import write_demo

    today = date.fromisoformat(args.today)
    # The children run as an installed Huddle would, with compiled bytecode (as in
    # bench_import.py): this environment may set PYTHONDONTWRITEBYTECODE, and then every
    # start compiled the package from source (~3x the bare window instead of ~2.4x). The
    # bytecode goes to a folder of its own, not into the source tree.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(HUDDLE_STARTUP_PROBE="1",
               PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "huddle-bench-pycache"))
    with tempfile.TemporaryDirectory() as folder:
        # A 1366x768 screen, the size the bare window is given and the commonest projector:
        # Huddle's maximized board fills it (offscreen's own screen is 800x800).
        screen = Path(folder) / "screen.json"
        screen.write_text(json.dumps({"screens": [{
            "name": "bench", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        db_path = Path(folder) / "demo.sqlite"
        write_demo(db_path, today=today)
        env["XDG_STATE_HOME"] = folder  # the app's log file goes here, not into $HOME
        bare_cmd = [sys.executable, "-c", BARE]
        commands = {"demo": [sys.executable, "-m", "huddle", "--db", str(db_path),
                             "--date", today.isoformat()]}
        if args.large is not None:
            commands["large"] = [sys.executable, "-m", "huddle", "--db", str(args.large),
                                 "--date", today.isoformat()]
            commands["large, not prepared"] = commands["large"]
        time_to_painted(bare_cmd, env)  # warm the disk cache for all, write the bytecode
        for command in commands.values():
            time_to_painted(command, env)
        bare: list[float] = []
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            bare.append(time_to_painted(bare_cmd, env))
            for name, command in commands.items():
                if name.endswith("not prepared"):
                    forget(args.large)
                times[name].append(time_to_painted(command, env))
    bare_median = statistics.median(bare)
    print(f"runs: {args.runs} each, offscreen at {SCREEN[0]}x{SCREEN[1]}, Huddle maximized; "
          f"demo database: 120 patients, 90 days"
          + (f"; large: {args.large}" if args.large else ""))
    print(f"bare PySide6 window painted: median {bare_median * 1000:6.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"Huddle board painted, {name:<20} median {median * 1000:6.0f} ms "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")
        ratio = median / bare_median
        verdict = "for comparison" if name.endswith("not prepared") else \
            f"target <= 2.0: {'OK' if ratio <= 2.0 else 'MISSED'}"
        # Each run next to the bare window started just before it: the machine's speed,
        # which drifts over a run of this length, is then the same for both.
        paired = statistics.median(h / b for h, b in zip(values, bare, strict=True))
        print(f"  ratio Huddle / bare, medians: {ratio:.2f} ({verdict}); fastest runs: "
              f"{min(values) / min(bare):.2f}; median of the {len(values)} paired runs: "
              f"{paired:.2f}")


if __name__ == "__main__":
    main()
