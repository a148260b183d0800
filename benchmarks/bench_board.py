"""Board refresh and register search: the large health centre against the demo, in one run.

Writes (or reuses, with ``--large``) the large demo (``huddle demo --size large``: 20,000
listed patients, five years) and the standard demo (120 patients, 90 days), then times on
each, alternating, from a fresh connection:

- a board refresh: the nurse's board and the room's board for the day from one read, the way
  the window and the projector load them (display logging included, one transaction per
  audience), beside the same two boards read separately (as before issue 16.3);
- register searches: a common surname, two name words, six digits of a personnummer, and the
  empty search (the first 200 by name) — each writes its access-log rows, as in the window.

Prints medians, spread and the ratio large / demo, and the peak memory of this process.
Targets (issue 16): board refresh large <= 1.5x demo; register search at 20,000 < 50 ms;
peak memory < 300 MB.

    .venv/bin/python benchmarks/bench_board.py [--large FILE --today YYYY-MM-DD] [--runs 11]
"""

from __future__ import annotations

import argparse
import resource
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
from huddle.storage.board_data import load_board, load_boards, log_board_shown  # noqa: E402
from huddle.storage.database import open_database  # noqa: E402
from huddle.storage.register import find_patients  # noqa: E402

DEFAULT_TODAY = TODAY = date(2026, 11, 25)
QUERIES = ("Andersson", "ek sara", "194203", "")


PLACES = {AUDIENCE_OWN: "tavla", AUDIENCE_ROOM: "projektor"}


def refresh(path: Path, *, separately: bool = False) -> float:
    db = open_database(path)
    now = datetime.combine(TODAY, clock(8, 20))
    started = time.perf_counter()
    if separately:
        boards = {audience: load_board(db, TODAY, audience=audience, now=now)
                  for audience in PLACES}
    else:
        boards = load_boards(db, TODAY, list(PLACES), now=now)
    for audience, board in boards.items():
        log_board_shown(db, board, place=PLACES[audience])
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def search(path: Path, query: str) -> float:
    db = open_database(path)
    started = time.perf_counter()
    find_patients(db, query, day=TODAY)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def line(label: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (f"{label:<38} median {statistics.median(ms):7.1f} ms "
            f"(min {min(ms):.1f}, max {max(ms):.1f})")


def main() -> int:
    global TODAY
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help="an existing large demo (else written)")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--today", type=date.fromisoformat, default=DEFAULT_TODAY,
                        help="the day the large demo was written for (default %(default)s)")
    args = parser.parse_args()
    TODAY = args.today
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.sqlite"
        write_demo(demo, today=TODAY)
        large = args.large
        if large is None or not large.exists():
            large = large or Path(folder) / "large.sqlite"
            started = time.perf_counter()
            print(f"writing the large demo to {large} …", flush=True)
            print("  " + write_large_demo(large, today=TODAY))
            print(f"  in {time.perf_counter() - started:.0f} s")
        refresh(demo), refresh(large)  # warm the disk cache and migrate
        boards: dict[Path, list[float]] = {demo: [], large: []}
        separate: dict[Path, list[float]] = {demo: [], large: []}
        for _ in range(args.runs):
            for path in (demo, large):
                boards[path].append(refresh(path))
                separate[path].append(refresh(path, separately=True))
        searches: dict[str, list[float]] = {q: [] for q in QUERIES}
        for _ in range(args.runs):
            for query in QUERIES:
                searches[query].append(search(large, query))
    print(f"runs: {args.runs} each, day {TODAY}, from a fresh connection")
    print(line("board refresh, demo (120 patients)", boards[demo]))
    print(line("board refresh, large (20,000 patients)", boards[large]))
    print(line("  two reads as before, demo", separate[demo]))
    print(line("  two reads as before, large", separate[large]))
    ratio = statistics.median(boards[large]) / statistics.median(boards[demo])
    print(f"ratio large / demo, medians: {ratio:.1f} "
          f"(target <= 1.5: {'OK' if ratio <= 1.5 else 'MISSED'})")
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
