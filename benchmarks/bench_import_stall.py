"""Does the window freeze while a 1 000 000-row export is imported?

Writes a regional SAMSA export (default 1 000 000 rows, 2 000 of them this health centre's,
the same generator as bench_import.py) and, in a child process per run, opens the main
window (offscreen, 1366x768) on a fresh database and imports the file through the import
dialog, as the menu does. A precise 5 ms QTimer on the GUI thread stamps every tick; the
longest gap between two ticks is the longest event-loop stall. Side by side, in the same
child:

* idle:     the same window, nothing running, for as long as the import took (the
             reference: what the event loop does anyway on this machine);
* blocking: the same import called on the GUI thread, as the dialog did before the import
             moved to a worker thread (with --blocking; it freezes the window for the whole
             import).

Opening the dialog, and the board once the import is done (its refresh, then the layout,
paint and deletion of cards that follow in the event loop: the board taking on 2 000 new
cases), are printed apart; the import's stall is from the dialog's first paint to the
refresh. Peak memory is the child's ru_maxrss. Target (issue 16): longest stall < 100 ms, peak
memory < 300 MB.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_import_stall.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_import_stall.py --rows 200000 --repeat 5 --blocking
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import CHILD_ENV, VC, write_export  # noqa: E402

TICK_MS = 5


def _child(mode: str, export: Path, db_path: Path) -> dict:
    """One run in this process: the window, the import (or idling), the ticks."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from huddle.storage.database import open_database
    from huddle.storage.settings import save_settings
    from huddle.ui.app import apply_style, install_translations
    from huddle.ui.qt_main_window import QtMainWindow

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    install_translations(app)
    db = open_database(db_path)
    save_settings(db, vc_name=VC, vc_aliases=["Skene VC"], kommun="Mark")
    window = QtMainWindow(db, db_path)
    window.resize(1366, 768)
    window.show()
    for _ in range(20):
        app.processEvents()

    clock = QElapsedTimer()
    stamps: list[int] = []
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    stages: list[str] = [""]   # what the dialog said at each tick: where a stall happened

    def tick() -> None:
        stamps.append(clock.nsecsElapsed())
        stages.append(dialog.progress_label.text() if dialog is not None else "")

    dialog = None
    ticker.timeout.connect(tick)

    def run_until(done, limit_s: float = 600.0) -> None:
        """The event loop, as app.exec() runs it, until ``done()``."""
        loop = QEventLoop()
        deadline = time.monotonic() + limit_s
        check = QTimer()
        check.setInterval(20)
        check.timeout.connect(
            lambda: loop.quit() if done() or time.monotonic() > deadline else None)
        check.start()
        loop.exec()
        check.stop()

    # The board's refresh once the import is done is timed apart: it is the board loading and
    # painting the new cases (issue 16, item 3), not the import.
    refreshes: list[tuple[int, int]] = []
    refresh = window.refresh

    def timed_refresh() -> None:
        start = clock.nsecsElapsed()
        refresh()
        refreshes.append((start, clock.nsecsElapsed()))

    window.refresh = timed_refresh
    result: dict = {"mode": mode}
    clock.start()
    stamps.append(0)
    ticker.start()
    started = time.perf_counter()
    opened = (0, 0)
    if mode == "dialog":
        opened = (clock.nsecsElapsed(), 0)
        dialog = window.import_file(export)
        opened = (opened[0], clock.nsecsElapsed())
        run_until(lambda: dialog.result is not None or
                  dialog.pages.currentWidget() not in (dialog.busy_page,))
        result["imported"] = dialog.result is not None and dialog.result.accepted
        result["rows_read"] = dialog.result.rows_read if dialog.result else 0
    elif mode == "blocking":
        from huddle.storage.imports import import_file

        QTimer.singleShot(0, lambda: result.update(
            imported=import_file(db, export).accepted))
        run_until(lambda: "imported" in result)
    else:  # idle for the given seconds
        seconds = float(export.name)
        run_until(lambda: time.perf_counter() - started >= seconds)
    elapsed = time.perf_counter() - started
    stamps.append(clock.nsecsElapsed())
    stages.append("end")
    ticker.stop()
    def holds(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
        return any(a <= start and end <= b for start, end in spans)

    pairs = list(zip(stamps, stamps[1:], strict=False))
    # The import ends where the board's refresh begins: what follows (the refresh, then the
    # layout, paint and deletion of the board's cards in the event loop) is the board taking
    # on the new cases, and is printed apart.
    end = refreshes[0][0] if refreshes else stamps[-1]
    spans = [opened] if mode == "dialog" else []
    counted = [(b - a, n) for n, (a, b) in enumerate(pairs)
               if b <= end and not holds(a, b, spans)]
    gaps = sorted((gap / 1e6 for gap, _n in counted))
    at = max(counted)[1] if counted else 0
    result["longest_between"] = [stages[at], stages[min(at + 1, len(stages) - 1)]]
    result.update(
        refresh_ms=max([(b - a) / 1e6 for a, b in pairs if b > end] or [0.0]),
        open_ms=max([(b - a) / 1e6 for a, b in pairs if holds(a, b, [opened])] or [0.0]),
        seconds=elapsed, ticks=len(stamps), longest_ms=gaps[-1] if gaps else elapsed * 1000,
        p99_ms=gaps[int(0.99 * (len(gaps) - 1))] if gaps else elapsed * 1000,
        peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    window.close()
    db.conn.close()
    return result


def run_child(mode: str, export: Path | str, db_path: Path) -> dict:
    env = dict(CHILD_ENV, QT_QPA_PLATFORM="offscreen")  # with bytecode, as installed
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(export), str(db_path)],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child {mode} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def fresh(folder: Path, name: str) -> Path:
    from huddle.paths import archive_dir_for

    path = folder / name
    shutil.rmtree(archive_dir_for(path), ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def spread(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:7.1f}"
    return (f"{statistics.median(values):7.1f} (min {min(values):.1f}, "
            f"max {max(values):.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--ours", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--blocking", action="store_true",
                        help="also time the import on the GUI thread (the old way), once")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "EXPORT", "DB"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, export, db = args.child
        print(json.dumps(_child(mode, Path(export), Path(db))))
        return 0

    folder = Path(tempfile.mkdtemp(prefix="huddle-stall-"))
    try:
        export = folder / f"region-{args.rows}.csv"
        started = time.perf_counter()
        write_export(export, args.rows, args.ours)
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s); "
              f"{args.rows} rows ({export.stat().st_size / 1e6:.0f} MB), {args.ours} ours; "
              f"written in {time.perf_counter() - started:.1f} s; tick {TICK_MS} ms",
              flush=True)
        # A first run on a smaller file with as many of our cases writes the bytecode of
        # every module the import reaches (the write of 2 000 cases reaches more than a few
        # do: discharges, calls, working days), as an installed Huddle has it. Compiling a
        # module holds the interpreter, and stalled the first measured run by up to 2.7 s.
        warm = folder / "warm.csv"
        write_export(warm, 10 * args.ours, args.ours)
        run_child("dialog", warm, fresh(folder, "warm.sqlite"))
        runs: dict[str, list[dict]] = {"dialog": [], "idle": [], "blocking": []}
        for attempt in range(args.repeat):
            dialog = run_child("dialog", export, fresh(folder, f"d{attempt}.sqlite"))
            if not dialog.get("imported"):
                raise SystemExit(f"the import did not finish: {dialog}")
            runs["dialog"].append(dialog)
            idle_for = folder / f"{dialog['seconds']:.3f}"
            runs["idle"].append(run_child("idle", idle_for, fresh(folder, f"i{attempt}.sqlite")))
            print(f"  run {attempt + 1}: import {dialog['seconds']:.1f} s, longest stall "
                  f"{dialog['longest_ms']:.1f} ms (idle window {runs['idle'][-1]['longest_ms']:.1f}"
                  f" ms); opening the dialog {dialog['open_ms']:.0f} ms, the board after it "
                  f"{dialog['refresh_ms']:.0f} ms, "
                  f"{dialog['peak_mb']:.0f} MB; the longest stall between "
                  f"{' and '.join(repr(t) for t in dialog['longest_between'])}", flush=True)
        if args.blocking:
            runs["blocking"].append(run_child("blocking", export, fresh(folder, "b.sqlite")))
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print()
    print(f"{'':34} {'longest stall ms':>30} {'99th pct gap ms':>30} {'peak MB':>10}")
    labels = {"dialog": "import in the window (worker)", "idle": "idle window, same time (reference)",
              "blocking": "import on the GUI thread (before)"}
    for mode, label in labels.items():
        if not runs[mode]:
            continue
        print(f"{label:34} {spread([r['longest_ms'] for r in runs[mode]]):>30} "
              f"{spread([r['p99_ms'] for r in runs[mode]]):>30} "
              f"{max(r['peak_mb'] for r in runs[mode]):>10.0f}")
    print(f"{'opening the import dialog':34} "
          f"{spread([r['open_ms'] for r in runs['dialog']]):>30}   (not counted above)")
    print(f"{'the board after the import':34} "
          f"{spread([r['refresh_ms'] for r in runs['dialog']]):>30}   (not counted above)")
    worst = max(r["longest_ms"] for r in runs["dialog"])
    print(f"\nImport took {spread([r['seconds'] for r in runs['dialog']])} s over "
          f"{len(runs['dialog'])} runs. Worst stall {worst:.1f} ms; target < 100 ms. "
          f"Peak memory {max(r['peak_mb'] for r in runs['dialog']):.0f} MB; target < 300 MB.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
