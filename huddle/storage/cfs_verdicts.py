"""The CFS lane's verdicts kept per day, brought up to date patient by patient.

A large health centre has thousands of CFS-scored patients, and the rules
(:mod:`huddle.domain.frailty`) look at each of them to find the few the huddle discusses
today. The verdicts do not change unless a patient's data or the day does, so they are kept
in ``cfs_verdicts`` for the day; triggers append every patient a write touches to
``board_changes`` (``db/migrations/0007_cfs_verdicts.sql``), and a board refresh redoes the
rules for those patients only. The kept rows are derived data: they are rebuilt whenever the
day, the settings or the rules' revision differ, and a read-only database simply works them
out again on every refresh.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from huddle import __version__
from huddle.domain.frailty import VERDICT_REVISION, Verdict
from huddle.errors import DatabaseError
from huddle.storage.store import KIND_LOCKED, KIND_READ_ONLY

if TYPE_CHECKING:
    from huddle.domain.settings import Settings
    from huddle.storage.store import Store

# More changed patients than this (an import, a restore): the whole day is worked out again,
# which is then cheaper than reading the changed patients one list at a time.
REDO_ALL_ABOVE = 1000
# Days of verdicts kept before the latest day kept; older ones go, and with them the changes
# only they still needed.
KEEP_DAYS = 7


def rules_key(settings: Settings) -> str:
    """What the kept verdicts were worked out under: the settings, the rules' revision and
    the app's version."""
    # The text itself, not a digest of it: a few hundred characters once a day, compared
    # exactly (and hashlib cost 2.6 ms of the start-up before the first paint).
    return json.dumps([__version__, VERDICT_REVISION, settings.effective()], sort_keys=True,
                      default=str, separators=(",", ":"))


class Kept(NamedTuple):
    """The day's kept verdicts and what must be redone before they are current."""

    verdicts: dict[int, Verdict]
    changed: frozenset[int] | None   # patients to redo; None: the whole day
    seq: int                         # the last change these verdicts will then include
    base: int | None = None          # the change ``verdicts`` were current to


def _last_change(db: Store) -> int:
    return db.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'board_changes'") or 0


class _Memo(NamedTuple):
    day: date
    rules: str
    seq: int
    verdicts: dict[int, Verdict]


def _memo(db: Store) -> _Memo | None:
    return db.derived.get(__name__)


def _remember(db: Store, day: date, key: str, seq: int, verdicts: dict[int, Verdict]) -> None:
    """The verdicts this connection has current up to change ``seq``: the window's next
    refresh starts from them instead of reading them again."""
    db.derived[__name__] = _Memo(day, key, seq, verdicts)


def kept_verdicts(db: Store, day: date, key: str) -> Kept:
    """The verdicts kept for ``day`` under ``key`` (by this connection, or in the database)
    and the patients changed since."""
    last = _last_change(db)  # before anything else is read: later changes are redone later
    state = db.execute("SELECT rules, seq FROM cfs_verdict_days WHERE day = ?",
                       [day.isoformat()]).fetchone()
    stored = state[1] if state is not None and state[0] == key and state[1] <= last else None
    memo = _memo(db)
    # This connection's own, unless another (an import's worker, say) kept later ones.
    if memo is not None and (memo.day, memo.rules) == (day, key) and memo.seq <= last and (
            stored is None or stored <= memo.seq) and (
            memo.seq == last or _changes_kept_after(db, memo.seq)):
        base, verdicts = memo.seq, memo.verdicts
    elif stored is not None:
        base, verdicts = stored, None
    else:
        return Kept({}, None, last)
    changed = frozenset(row[0] for row in db.execute(
        "SELECT DISTINCT patient_id FROM board_changes WHERE seq > ? AND seq <= ? "
        "AND patient_id IS NOT NULL", [base, last]).fetchall())
    if len(changed) > REDO_ALL_ABOVE:
        return Kept({}, None, last)
    if verdicts is None:
        verdicts = {row[0]: Verdict._make(row) for row in db.execute(
            "SELECT patient_id, tier, place, level, open_decision, needs_label "
            "FROM cfs_verdicts WHERE day = ?", [day.isoformat()]).fetchall()}
    return Kept(verdicts, changed, last, base)


def _changes_kept_after(db: Store, seq: int) -> bool:
    """Whether every change after ``seq`` is still listed (another process forgets those
    no kept day needs any longer)."""
    first = db.scalar("SELECT min(seq) FROM board_changes")
    return first is not None and first <= seq + 1


def keep_verdicts(db: Store, day: date, key: str, kept: Kept,
                  fresh: Mapping[int, Verdict], verdicts: dict[int, Verdict]) -> None:
    """Keep the day's ``verdicts``, now current up to ``kept.seq``: only ``fresh`` (those
    of ``kept.changed`` worked out again) when the database holds the verdicts they were
    worked out from, else the whole day. Nothing is kept in a read-only or busy database:
    this connection remembers them, and another works them out again."""
    _remember(db, day, key, kept.seq, verdicts)
    if kept.changed is not None and not kept.changed:
        return  # nothing changed: what is kept stays true
    iso = day.isoformat()
    try:
        with db.atomic():
            stored = db.scalar("SELECT seq FROM cfs_verdict_days WHERE day = ? AND rules = ?",
                               [iso, key])
            if stored is not None and stored > kept.seq:
                return  # another window kept later verdicts meanwhile
            if kept.changed is not None and stored is not None and stored == kept.base:
                db.execute("DELETE FROM cfs_verdicts WHERE day = ? AND patient_id IN "
                           "(SELECT value FROM json_each(?))",
                           [iso, json.dumps(sorted(kept.changed))])
                rows = fresh.values()
            else:  # the first time today, or the rows kept are not those worked from
                db.execute("DELETE FROM cfs_verdicts WHERE day = ?", [iso])
                rows = verdicts.values()
            db.executemany(
                "INSERT INTO cfs_verdicts (day, patient_id, tier, place, level, open_decision, "
                "needs_label) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(iso, v.patient_id, v.tier, v.place, v.level, int(v.open_decision),
                  int(v.needs_label)) for v in rows])
            db.execute("INSERT OR REPLACE INTO cfs_verdict_days (day, rules, seq) "
                       "VALUES (?, ?, ?)", [iso, key, kept.seq])
            if kept.changed is None:
                _forget_old_days(db)
    except DatabaseError as err:
        if err.kind not in (KIND_READ_ONLY, KIND_LOCKED):
            raise


def _forget_old_days(db: Store) -> None:
    """Days more than a week before the latest day kept (today's or the next huddle's) go;
    a look at an older day's board works it out again (its connection remembers it)."""
    for table in ("cfs_verdicts", "cfs_verdict_days"):
        db.execute(f"DELETE FROM {table} WHERE day < (SELECT date(max(day), ?) "
                   "FROM cfs_verdict_days)", [f"-{KEEP_DAYS} days"])
    db.execute("DELETE FROM board_changes WHERE seq <= "
               "(SELECT coalesce(min(seq), 0) FROM cfs_verdict_days)")


def forget_verdicts(db: Store) -> None:
    """Forget every kept verdict: the next board of each day works the whole day out (as
    the first board of a day not prepared; for the benchmarks)."""
    with db.atomic():
        db.execute("DELETE FROM cfs_verdict_days")
        db.execute("DELETE FROM cfs_verdicts")
