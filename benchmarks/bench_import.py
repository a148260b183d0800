"""How fast and how lean is `huddle import` on a regional SAMSA export?

Writes a regional export (default 100 000 rows, 2 000 of them this health centre's) and
imports it with `python -m huddle import` in a child process, next to a bare Python child
that only parses the same file with the `csv` module (and a child that calls
``import_file()`` directly, without the command line's start-up). Prints wall time and peak memory
(ru_maxrss of each child) side by side, and the ratio. Then the next day's export (PUDs
moved, patients ready and discharged) into the same database, the daily case. Finally a
1 000 000-row export with the same 2 000 rows of ours, to show that memory does not grow
with the size of the file.

Targets: import <= 3.5x the bare parse (issue 16; 4x in issue 3), peak memory < 250 MB, flat with file size.

    .venv/bin/python benchmarks/bench_import.py            # 100 000 and 1 000 000 rows
    .venv/bin/python benchmarks/bench_import.py --sizes 100000 --repeat 5
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from huddle.domain.identity import with_check_digit  # noqa: E402

VC = "Skene vårdcentral"
HEADER = [
    "Ärende-ID", "Personnummer", "Namn", "Skyddad identitet", "Sjukhus", "Avdelning",
    "Inskrivningsdatum", "Planerat utskrivningsdatum", "Utskrivningsklar", "Utskrivningsdatum",
    "Status", "Hemkommun", "Vårdcentral", "Fast vårdkontakt", "Kommunal hälso- och sjukvård",
    "Hemtjänst", "SIP-kallelse", "Samtycke", "Behov efter utskrivning", "Senast ändrad",
]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
        "Persson", "Svensson", "Gustafsson", "Åberg", "Öberg", "Ström", "Björk", "Ek"]
FIRST = ["Märta", "Åke", "Gösta", "Ingrid", "Sven-Åke", "Karin", "Bengt", "Signe", "Göran"]
HOSPITALS = ["Södra Älvsborgs sjukhus Borås", "Sahlgrenska Universitetssjukhuset",
             "NU-sjukvården Uddevalla", "Skaraborgs sjukhus Skövde", "Alingsås lasarett"]
WARDS = ["Medicin 2", "Medicin 4", "Geriatrik", "Ortopedi 2", "Kirurgi 3", "Kardiologi"]
KOMMUNER = ["Mark", "Borås", "Göteborg", "Alingsås", "Ulricehamn", "Kungälv", "Uddevalla"]
OTHER_VCS = [f"{town} vårdcentral" for town in (
    "Kinna", "Fritsla", "Örby", "Horred", "Borås Centrum", "Sandared", "Viskafors",
    "Hökerum", "Alingsås Ängabo", "Kungälv", "Uddevalla Norr", "Gamlestaden", "Majorna",
    "Frölunda", "Angered", "Lerum", "Partille", "Mölndal", "Kungsbacka", "Tranemo")]
NEEDS = ["hemtjänst", "hemsjukvård, korttidsplats", "rehab", "hjälpmedel, hemtjänst", ""]


def personnummer(rng: random.Random) -> str:
    year = rng.randint(1920, 1960)
    first_nine = f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" \
                 f"{rng.randint(0, 999):03d}"
    digits = with_check_digit(first_nine)
    return f"{year // 100}{digits[:6]}-{digits[6:]}"


def case_row(rng: random.Random, n: int, vc: str, pnr: str, day: int) -> list[str]:
    admitted = datetime(2026, 11, 1, 8) + timedelta(hours=rng.randint(0, 20 * 24))
    pud = admitted.date() + timedelta(days=rng.randint(2, 9) + (1 if day > 1 and n % 7 == 0
                                                                 else 0))
    ready = admitted + timedelta(days=rng.randint(2, 8)) if n % 3 == 0 or (
        day > 1 and n % 11 == 0) else None
    out = ready + timedelta(days=1) if ready and n % 2 == 0 else None
    status = "Utskriven" if out else "Utskrivningsklar" if ready else "Inskriven"
    changed = admitted + timedelta(days=1, hours=day)
    return [
        f"S-2026-{n:07d}", pnr, f"{rng.choice(LAST)}, {rng.choice(FIRST)}",
        "Ja" if n % 97 == 0 else "Nej", rng.choice(HOSPITALS), rng.choice(WARDS),
        admitted.strftime("%Y-%m-%d %H:%M"), pud.isoformat(),
        ready.strftime("%Y-%m-%d %H:%M") if ready else "",
        out.strftime("%Y-%m-%d %H:%M") if out else "", status, rng.choice(KOMMUNER), vc,
        "Anna Lund, äldre-ssk" if vc == VC else "", rng.choice(["Ja", "Nej", ""]),
        rng.choice(["Ja", "Nej"]), ready.date().isoformat() if ready and n % 4 == 0 else "",
        rng.choice(["Ja", "Ja", "Nej", ""]), rng.choice(NEEDS),
        changed.strftime("%Y-%m-%d %H:%M"),
    ]


def write_export(path: Path, rows: int, ours: int, *, day: int = 1, seed: int = 3) -> None:
    """A regional export: ``ours`` rows of this VC spread among ``rows`` in all."""
    rng = random.Random(seed)
    own_numbers = [personnummer(rng) for _ in range(ours)]
    pool = [personnummer(rng) for _ in range(5000)]
    step = rows // ours
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write("Utskrivningsklara och inskrivna patienter, VGR\r\n")
        handle.write(f"Utdrag 2026-11-{21 + day} 06:00\r\n\r\n")
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        own = 0
        for n in range(rows):
            rng.seed(seed * 1_000_003 + n + day * 7)  # the same case each day, moved a bit
            if n % step == 0 and own < ours:
                writer.writerow(case_row(rng, n, VC, own_numbers[own], day))
                own += 1
            else:
                writer.writerow(case_row(rng, n, OTHER_VCS[n % len(OTHER_VCS)],
                                         pool[n % len(pool)], day))
        handle.write(f"Summa;{rows}\r\n")


# The importer without the command line around it (whose start-up also loads the other
# commands' modules, reportlab among them).
IMPORTER = """
import sys
from datetime import datetime
from huddle.storage.database import open_database
from huddle.storage.imports import import_file
db = open_database(sys.argv[2])
result = import_file(db, sys.argv[1], as_of=datetime.fromisoformat(sys.argv[3]))
print(result.accepted)
"""

BARE_PARSE = """
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    n = sum(1 for _ in csv.reader(handle, delimiter=";"))
print(n)
"""


# Children run as an installed Huddle would: with compiled bytecode. This environment may
# set PYTHONDONTWRITEBYTECODE, which makes every start compile the package from source;
# the bytecode goes to a folder of its own, not into the source tree.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "huddle-bench-pycache")


def run_child(argv: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB and stdout of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=ROOT, env=CHILD_ENV)
    out, err = b"", b""
    # wait4 gives this child's own rusage (RUSAGE_CHILDREN would mix all children).
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    out = process.stdout.read() if process.stdout else b""
    err = process.stderr.read() if process.stderr else b""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{argv[:4]} failed ({process.returncode}): {err.decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, out.decode()


def fresh_db(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(template, target)
    return target


def discard(db: Path) -> None:
    """Remove a run's database and its archive (a copy of the export per run)."""
    from huddle.paths import archive_dir_for

    shutil.rmtree(archive_dir_for(db), ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def measure(label: str, export: Path, db_for_run, repeat: int, as_of: str) -> dict:
    # Taken in turn (a bare parse, the command, the function, then again), so that the
    # shared machine's changing speed falls on every side alike.
    bare, imports, importers = [], [], []
    for attempt in range(repeat):
        bare.append(run_child([sys.executable, "-c", BARE_PARSE, str(export)]))
        db = db_for_run(f"cli-{attempt}")
        imports.append(run_child([sys.executable, "-m", "huddle", "import", str(export),
                                  "--db", str(db), "--as-of", as_of, "--json"]))
        discard(db)
        db = db_for_run(f"fn-{attempt}")
        importers.append(run_child([sys.executable, "-c", IMPORTER, str(export), str(db),
                                    as_of]))
        discard(db)
    bare_time = min(t for t, _m, _o in bare)
    import_time = min(t for t, _m, _o in imports)
    importer_time = min(t for t, _m, _o in importers)
    # Each attempt's command beside the bare parse run just before it: the machine's speed
    # drifts over a run this long, and a pair shares it.
    paired = statistics.median(i[0] / b[0] for i, b in zip(imports, bare, strict=True))
    row = {
        "paired_ratio": paired,
        "label": label, "size_mb": export.stat().st_size / 1e6,
        "bare_s": bare_time, "bare_mb": max(m for _t, m, _o in bare),
        "import_s": import_time, "import_mb": max(m for _t, m, _o in imports),
        "importer_s": importer_time, "importer_mb": max(m for _t, m, _o in importers),
        "ratio": import_time / bare_time, "importer_ratio": importer_time / bare_time,
        "result": imports[-1][2],
    }
    print(f"{label}, {row['size_mb']:.1f} MB file\n"
          f"  bare csv parse        {bare_time:6.2f} s {row['bare_mb']:7.1f} MB\n"
          f"  huddle import (CLI)   {import_time:6.2f} s {row['import_mb']:7.1f} MB   "
          f"{row['ratio']:4.2f}x the bare parse (median "
          f"{statistics.median(t for t, _m, _o in imports):.2f} s; median of the "
          f"{len(imports)} paired runs {paired:.2f}x)\n"
          f"  import_file() alone   {importer_time:6.2f} s {row['importer_mb']:7.1f} MB   "
          f"{row['importer_ratio']:4.2f}x", flush=True)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--ours", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="huddle-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "template.sqlite"
    template.unlink(missing_ok=True)
    run_child([sys.executable, "-m", "huddle", "init", "--db", str(template), "--vc", VC,
               "--alias", "Skene VC"])
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s); best of {args.repeat}; "
          f"files in {folder}")
    rows = []
    try:
        # The fixed part: start-up, opening the database, one transaction, on a 6-row file.
        tiny = folder / "tiny.csv"
        write_export(tiny, 6, 6)
        fixed = []
        for attempt in range(args.repeat + 1):  # the first run writes the bytecode
            db = fresh_db(template, folder, f"tiny-{attempt}.sqlite")
            fixed.append(run_child([sys.executable, "-m", "huddle", "import", str(tiny), "--db",
                                    str(db), "--as-of", "2026-11-22T06:00"])[0])
            discard(db)
        print(f"Fixed cost of 'huddle import' (start-up and a 6-row file): {min(fixed[1:]):.2f} s",
              flush=True)
        for size in args.sizes:
            day1 = folder / f"region-{size}-dag1.csv"
            day2 = folder / f"region-{size}-dag2.csv"
            started = time.perf_counter()
            write_export(day1, size, args.ours, day=1)
            write_export(day2, size, args.ours, day=2)
            print(f"(wrote 2 x {size} rows in {time.perf_counter() - started:.1f} s)",
                  flush=True)
            rows.append(measure(f"{size} rows, first import", day1,
                                lambda n, s=size: fresh_db(template, folder, f"a-{s}-{n}.sqlite"),
                                args.repeat, "2026-11-22T06:00"))

            def next_day(n: str, s: int = size, first: Path = day1) -> Path:
                db = fresh_db(template, folder, f"b-{s}-{n}.sqlite")
                run_child([sys.executable, "-m", "huddle", "import", str(first), "--db",
                           str(db), "--as-of", "2026-11-22T06:00"])
                return db

            rows.append(measure(f"{size} rows, next day's import", day2, next_day,
                                args.repeat, "2026-11-23T06:00"))
            for path in (day1, day2):
                if not args.keep:
                    path.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print()
    worst = max(rows, key=lambda r: r["ratio"])
    peak = max(r["import_mb"] for r in rows)
    print(f"Worst ratio {worst['ratio']:.2f}x for the command, "
          f"{max(r['importer_ratio'] for r in rows):.2f}x for import_file() alone "
          f"({worst['label']}); target <= 3.5x (issue 16).")
    print(f"Peak memory of an import {peak:.1f} MB; target < 250 MB.")
    if len(args.sizes) > 1:
        small = min(rows, key=lambda r: r["size_mb"])
        big = max(rows, key=lambda r: r["size_mb"])
        print(f"Memory from {small['size_mb']:.0f} MB to {big['size_mb']:.0f} MB of file: "
              f"{small['import_mb']:.1f} MB -> {big['import_mb']:.1f} MB.")
    print("Last result:", " ".join(rows[-1]["result"].split())[:400])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
