"""Board refresh and register search: the large health centre against the demo, in one run.

Writes (or copies, with ``--large``) the large demo (``huddle demo --size large``: 20,000
listed patients, five years) and the standard demo (120 patients, 90 days), then times on
each, alternating, from a fresh connection, a board refresh as the window and the projector
do it — on the window's open connection, both audiences' boards from one read, each
display logged, both displays in one transaction:

- after a change: a CFS score recorded for one more patient first (not timed), the way a
  refresh follows a decision or a score at the huddle — the CFS lane's kept verdicts
  (``huddle.storage.cfs_verdicts``) are redone for that patient only;
- with nothing changed (the minute timer, the projector switched on), also from a fresh
  connection (the kept verdicts read from the database, as after a restart);
- the day's first refresh: no verdicts kept, every CFS-scored patient looked at (once a day,
  at start-up or after an import of more than 1,000 changed patients);

and register searches: a common surname, two name words, six digits of a personnummer, and
the empty search (the first 200 by name) — each writes its access-log rows, as in the window.

Prints medians, spread and the ratio large / demo, and the peak memory of this process.
Targets (issue 16): board refresh large <= 1.5x demo; register search at 20,000 < 50 ms;
peak memory < 300 MB. The large file given is copied first: the benchmark writes scores.

    .venv/bin/python benchmarks/bench_board.py [--large FILE --today YYYY-MM-DD] [--runs 21]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from huddle.demo import write_demo  # noqa: E402
from huddle.demo.large import write_large_demo  # noqa: E402
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM  # noqa: E402
from huddle.storage.board_data import load_boards, log_boards_shown  # noqa: E402
from huddle.storage.cfs_verdicts import forget_verdicts  # noqa: E402
from huddle.storage.database import open_database  # noqa: E402
from huddle.storage.register import find_patients, record_cfs_score  # noqa: E402
from huddle.storage.store import Store  # noqa: E402

DEFAULT_TODAY = TODAY = date(2026, 11, 25)
QUERIES = ("Andersson", "ek sara", "194203", "")


PLACES = {AUDIENCE_OWN: "tavla", AUDIENCE_ROOM: "projektor"}
KINDS = ("after a change", "nothing changed", "nothing changed, fresh connection",
         "first of the day")


def refresh(path: Path, window: Store | None = None) -> float:
    """One refresh on the window's open connection, or (none given) on a fresh one."""
    db = window or open_database(path)
    now = datetime.combine(TODAY, clock(8, 20))
    started = time.perf_counter()
    boards = load_boards(db, TODAY, list(PLACES), now=now)
    log_boards_shown(db, [(board, PLACES[audience]) for audience, board in boards.items()])
    elapsed = time.perf_counter() - started
    if window is None:
        db.close()
    return elapsed


def change_one(path: Path, run: int) -> None:
    """A CFS score recorded for one more patient, as at the huddle (not timed)."""
    db = open_database(path)
    scored_ids = [row[0] for row in db.execute(
        "SELECT DISTINCT patient_id FROM cfs_scores ORDER BY patient_id").fetchall()]
    scored = scored_ids[run * 7 % len(scored_ids)]
    record_cfs_score(db, scored, level=5 + run % 3, scored_on=TODAY, today=TODAY,
                     now=datetime.combine(TODAY, clock(8, 10)))
    db.close()


def forget(path: Path) -> None:
    db = open_database(path)
    forget_verdicts(db)
    db.close()


def search(path: Path, query: str) -> float:
    db = open_database(path)
    started = time.perf_counter()
    find_patients(db, query, day=TODAY)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def line(label: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"{label:<52} median {statistics.median(ms):7.1f} ms "
            f"(min {min(ms):.1f}, max {max(ms):.1f})")


def main() -> int:
    global TODAY
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help="an existing large demo (else written)")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--today", type=date.fromisoformat, default=DEFAULT_TODAY,
                        help="the day the large demo was written for (default %(default)s)")
    args = parser.parse_args()
    TODAY = args.today
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.sqlite"
        write_demo(demo, today=TODAY)
        large = Path(folder) / "large.sqlite"
        if args.large is not None and args.large.exists():
            shutil.copyfile(args.large, large)
        else:
            started = time.perf_counter()
            print(f"writing the large demo to {large} …", flush=True)
            print("  " + write_large_demo(large, today=TODAY))
            print(f"  in {time.perf_counter() - started:.0f} s")
        refresh(demo), refresh(large)  # warm the disk cache and migrate
        times: dict[tuple[str, Path], list[float]] = {
            (kind, path): [] for kind in KINDS for path in (demo, large)}
        windows = {path: open_database(path) for path in (demo, large)}
        for path, window in windows.items():
            refresh(path, window)
        for run in range(args.runs):
            for path, window in windows.items():
                change_one(path, run)
                times["after a change", path].append(refresh(path, window))
                times["nothing changed", path].append(refresh(path, window))
                times["nothing changed, fresh connection", path].append(refresh(path))
        for window in windows.values():
            window.close()
        for _run in range(args.runs):
            for path in (demo, large):
                forget(path)
                times["first of the day", path].append(refresh(path))
        searches: dict[str, list[float]] = {q: [] for q in QUERIES}
        for _ in range(args.runs):
            for query in QUERIES:
                searches[query].append(search(large, query))
    print(f"runs: {args.runs} each, day {TODAY}")
    for kind in KINDS:
        print(line(f"board refresh {kind}, demo", times[kind, demo]))
        print(line(f"board refresh {kind}, large", times[kind, large]))
        ratio = statistics.median(times[kind, large]) / statistics.median(times[kind, demo])
        verdict = f"target <= 1.5: {'OK' if ratio <= 1.5 else 'MISSED'}" \
            if kind in KINDS[:2] else "for comparison"
        # Each large refresh beside the demo's just before it: a refresh is a few ms, two
        # of them a commit each, and the disk's flush time drifts more than that.
        paired = statistics.median(
            big / small for big, small in zip(times[kind, large], times[kind, demo], strict=True))
        print(f"  ratio large / demo, medians: {ratio:.2f} ({verdict}); median of the "
              f"{len(times[kind, large])} paired runs: {paired:.2f}")
    worst = 0.0
    for query, values in searches.items():
        print(line(f"register search {query!r} (large)", values))
        worst = max(worst, statistics.median(values))
    print(f"register search, slowest median: {worst * 1000:.1f} ms "
          f"(target < 50 ms: {'OK' if worst < 0.05 else 'MISSED'})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB (target < 300 MB: "
          f"{'OK' if peak < 300 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
