"""How fast is log review (loggranskning) on a large access log?

Builds a temporary database with 3,000 patients and 1,000,000 access-log rows spread over five
years (the retention the law asks for), 25 users on 8 workstations, written directly with
executemany. Then times the searches the log-review window and ``huddle log`` make, through
:func:`huddle.storage.access_review.search_log` (rows and totals), beside the reference: a bare
``SELECT count(*) FROM access_log`` on the same table. Prints the median of several runs.

Target (issue 11): each search under 200 ms, so the window never blocks noticeably.

    .venv/bin/python benchmarks/bench_log_review.py
    .venv/bin/python benchmarks/bench_log_review.py --rows 200000 --repeat 9
    .venv/bin/python benchmarks/bench_log_review.py --step2-indexes
        # the same on the indexes of schema step 2, before migration 0004 widened them
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stdnum import luhn  # noqa: E402

from huddle.domain.access import ACTION_LABELS, PLACE_LABELS  # noqa: E402
from huddle.storage.access_review import WINDOW_LIMIT, LogQuery, known_users, search_log  # noqa: E402
from huddle.storage.database import open_database  # noqa: E402
from huddle.storage.settings import save_settings  # noqa: E402
from huddle.storage.store import Store  # noqa: E402

TODAY = date(2026, 11, 23)
YEARS = 5
PATIENTS = 3000
USERS = [f"user{n:02d}" for n in range(25)]
STATIONS = [f"VC-SKENE-{n:02d}" for n in range(8)]
SURNAMES = ["Andersson", "Berg", "Ek", "Holm", "Johansson", "Karlsson", "Lind", "Nilsson",
            "Olsson", "Persson", "Svensson", "Åberg"]
GIVEN = ["Anna", "Astrid", "Bengt", "Britt", "Gösta", "Inga", "Karl", "Maj", "Rolf", "Ulla"]


def personnummer(rng: random.Random) -> str:
    born = date(1925, 1, 1) + timedelta(days=rng.randrange(365 * 30))
    first_nine = born.strftime("%y%m%d") + f"{rng.randrange(1000):03d}"
    return born.strftime("%Y")[:2] + first_nine + luhn.calc_check_digit(first_nine)


def build(path: Path, rows: int, seed: int = 7) -> tuple[Store, list[str], str]:
    rng = random.Random(seed)
    db = open_database(path)
    save_settings(db, vc_name="Skene vårdcentral", vc_aliases=[], kommun="Mark")
    numbers: list[str] = []
    seen: set[str] = set()
    while len(numbers) < PATIENTS:
        number = personnummer(rng)
        if number not in seen:
            seen.add(number)
            numbers.append(number)
    with db.atomic():
        db.executemany(
            "INSERT INTO patients (personnummer, name, birth_date, protected_identity, "
            "created_at) VALUES (?, ?, ?, ?, '2021-01-01T08:00')",
            [(number, f"{rng.choice(SURNAMES)}, {rng.choice(GIVEN)}",
              f"{number[:4]}-{number[4:6]}-{number[6:8]}", int(rng.random() < 0.01))
             for number in numbers])
    start = datetime.combine(TODAY - timedelta(days=365 * YEARS), datetime.min.time())
    span = int((datetime.combine(TODAY, datetime.max.time()) - start).total_seconds())
    actions = list(ACTION_LABELS)
    places = list(PLACE_LABELS)
    # Patients are ids 1..PATIENTS; most rows name one, some (a report, an empty board) none.
    batch: list[tuple] = []
    with db.atomic():
        for _ in range(rows):
            at = (start + timedelta(seconds=rng.randrange(span))).isoformat(timespec="seconds")
            pid = rng.randrange(1, PATIENTS + 1) if rng.random() < 0.95 else None
            batch.append((at, rng.choice(USERS), rng.choice(STATIONS),
                          rng.choices(actions, weights=[80, 12, 3, 3, 2])[0],
                          rng.choice(places), pid, "board",
                          numbers[pid - 1] if pid else None))
            if len(batch) == 50_000:
                _insert(db, batch)
                batch = []
        _insert(db, batch)
    db.execute("ANALYZE")
    name = db.execute("SELECT name FROM patients WHERE protected_identity = 0 ORDER BY id "
                      "LIMIT 1").fetchone()[0]
    return db, numbers, name


def _insert(db: Store, batch: list[tuple]) -> None:
    db.executemany("INSERT INTO access_log (at, os_user, workstation, action, place, "
                   "patient_id, detail, patient_personnummer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   batch)


STEP2_INDEXES = (
    "DROP INDEX access_log_review_patient", "DROP INDEX access_log_review_user",
    "DROP INDEX access_log_review_at",
    "CREATE INDEX access_log_personnummer ON access_log(patient_personnummer, at)",
    "CREATE INDEX access_log_user ON access_log(os_user, at)",
    "CREATE INDEX access_log_at ON access_log(at)",
)


def median_ms(work: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--step2-indexes", action="store_true",
                        help="search on the narrower indexes of schema step 2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db, numbers, name = build(Path(folder) / "log.sqlite", args.rows)
        if args.step2_indexes:
            for statement in STEP2_INDEXES:
                db.execute(statement)
            db.execute("ANALYZE")
        indexes = "schema step 2's indexes" if args.step2_indexes else "migration 0004's indexes"
        print(f"{args.rows:,} access-log rows, {PATIENTS:,} patients, {len(USERS)} users, "
              f"{indexes}: built in {time.perf_counter() - started:.1f} s\n")
        month = TODAY - timedelta(days=30)
        year = TODAY - timedelta(days=365)
        window = {"limit": WINDOW_LIMIT, "newest_first": True, "day": TODAY}
        cases: list[tuple[str, Callable[[], object]]] = [
            ("reference: SELECT count(*) FROM access_log",
             lambda: db.execute("SELECT count(*) FROM access_log").fetchone()[0]),
            ("patient by personnummer, all five years",
             lambda: search_log(db, LogQuery(patient=numbers[41]), day=TODAY)),
            ("patient by name, all five years (window)",
             lambda: search_log(db, LogQuery(patient=name), **window)),
            ("user, last 30 days (window)",
             lambda: search_log(db, LogQuery(user=USERS[3], first=month), **window)),
            ("user, all five years (window)",
             lambda: search_log(db, LogQuery(user=USERS[3]), **window)),
            ("user and 'skriv ut', last year (window)",
             lambda: search_log(db, LogQuery(user=USERS[3], first=year, action="skriv ut"),
                                **window)),
            ("everyone, one day (window)",
             lambda: search_log(db, LogQuery(first=TODAY, last=TODAY), **window)),
            ("everyone 'exportera', last 30 days (window)",
             lambda: search_log(db, LogQuery(first=month, action="exportera"), **window)),
            ("the users in the log (the window's list)", lambda: known_users(db)),
        ]
        print(f"{'search':<48} {'median ms':>10} {'rows found':>11}")
        for label, work in cases:
            ms, result = median_ms(work, args.repeat)
            found = getattr(getattr(result, "totals", None), "rows", None)
            if found is None:
                found = len(result) if isinstance(result, list) else result
            print(f"{label:<48} {ms:>10.1f} {found:>11,}")
        db.close()
    print("\nTarget: each search under 200 ms (median of "
          f"{args.repeat} runs).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
