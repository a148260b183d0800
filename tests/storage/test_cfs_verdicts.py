"""The CFS lane's kept verdicts: a refresh that redoes only the changed patients shows the
same boards as working the whole day out again, whatever the change."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import pytest

from huddle.domain.board import LANE_CFS, build_boards
from huddle.domain.consent import CONSENT_DECLINED, CONSENT_GIVEN
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
from huddle.domain.sip import STATE_HELD
from huddle.storage.board_data import load_board_input, load_boards
from huddle.storage.cfs_verdicts import kept_verdicts, rules_key
from huddle.storage.database import open_database
from huddle.storage.huddles import create_decision
from huddle.storage.register import flag_patient, record_cfs_score, save_sip, set_consent
from huddle.storage.settings import load_settings, save_settings
from tests.conftest import DEMO_TODAY

AUDIENCES = (AUDIENCE_OWN, AUDIENCE_ROOM)
NOW = datetime.combine(DEMO_TODAY, clock(8, 20))
# The tables the CFS lane reads, each with the column naming the patient a row is about.
LANE_TABLES = ("patients", "cases", "cfs_scores", "sips", "visits", "followups", "decisions")
# What an import writes on every case every morning, changed or not.
CASE_BOOKKEEPING = {"id", "raw", "first_import_id", "last_import_id", "last_seen_at"}


def refreshed(db, day: date = DEMO_TODAY) -> dict:
    """A refresh as the window does it, checked against the whole day worked out again."""
    boards = load_boards(db, day, AUDIENCES, now=NOW)
    whole = build_boards(load_board_input(db, day), load_settings(db), day, AUDIENCES,
                         now=NOW)
    for audience in AUDIENCES:
        assert boards[audience].lanes == whole[audience].lanes, audience
        assert boards[audience].lane_notes == whole[audience].lane_notes, audience
        assert boards[audience].open_decisions == whole[audience].open_decisions, audience
        assert boards[audience].room_numbers == whole[audience].room_numbers, audience
    return boards


def cfs_ids(boards: dict) -> list[int]:
    return [item.patient_id for item in boards[AUDIENCE_OWN].lanes[LANE_CFS]]


def to_redo(db, day: date = DEMO_TODAY):
    return kept_verdicts(db, day, rules_key(load_settings(db))).changed


@pytest.fixture
def demo(demo_db_path: Path):
    db = open_database(demo_db_path)
    save_settings(db, cfs_plan_max=3)  # a queue that waits, so a place can open on the lane
    yield db
    db.close()


def test_a_refresh_redoes_only_the_patients_a_change_touched(demo):
    first = refreshed(demo)
    assert to_redo(demo) == frozenset()
    lane = cfs_ids(first)
    assert len(lane) >= 3

    # A worse score for a patient not on the lane brings them on it.
    scored = {row[0] for row in demo.execute("SELECT patient_id FROM cfs_scores")}
    newcomer = min(scored - set(lane))
    record_cfs_score(demo, newcomer, level=8, scored_on=DEMO_TODAY, today=DEMO_TODAY,
                     now=NOW - timedelta(minutes=5))
    assert to_redo(demo) == {newcomer}
    assert newcomer in cfs_ids(refreshed(demo))
    assert to_redo(demo) == frozenset()


def test_a_place_freed_on_the_lane_goes_to_the_next_in_the_queue(demo):
    boards = refreshed(demo)
    planning = [item.patient_id for item in boards[AUDIENCE_OWN].lanes[LANE_CFS]
                if item.tier == "plan"]
    note = boards[AUDIENCE_OWN].lane_notes.get(LANE_CFS)
    assert planning and note, "the demo has a planning queue beyond the day's three"
    # An open decision about a planning patient takes them off the lane: the next waits no
    # longer, though nothing of theirs changed (their data is read for the card).
    create_decision(demo, patient_id=planning[0], what="Erbjud SIP", responsible_role="aldre_ssk",
                    due_on=DEMO_TODAY + timedelta(days=7), now=NOW)
    after = refreshed(demo)
    assert planning[0] not in cfs_ids(after)
    assert len([i for i in after[AUDIENCE_OWN].lanes[LANE_CFS] if i.tier == "plan"]) == 3


def test_flags_sips_and_consent_are_seen_by_the_next_refresh(demo):
    refreshed(demo)
    patients = [row[0] for row in demo.execute(
        "SELECT id FROM patients WHERE id NOT IN (SELECT patient_id FROM cfs_scores) "
        "ORDER BY id LIMIT 1")]
    flag_patient(demo, patients[0], "Oro hos hemtjänsten", now=NOW)
    assert patients[0] in cfs_ids(refreshed(demo))
    flag_patient(demo, patients[0], None, now=NOW)
    assert patients[0] not in cfs_ids(refreshed(demo))

    boards = refreshed(demo)
    missing = [i.patient_id for i in boards[AUDIENCE_OWN].lanes[LANE_CFS]
               if "sip_missing" in i.findings]
    if missing:
        save_sip(demo, missing[0], state=STATE_HELD, today=DEMO_TODAY, now=NOW,
                 invited_on=DEMO_TODAY - timedelta(days=3), held_on=DEMO_TODAY)
        refreshed(demo)
    on_lane = cfs_ids(refreshed(demo))[0]
    for consent in (CONSENT_GIVEN, CONSENT_DECLINED):
        set_consent(demo, on_lane, consent=consent, on=DEMO_TODAY, by="Sjuksköterska",
                    today=DEMO_TODAY, now=NOW)
        refreshed(demo)


def test_new_settings_or_another_day_work_the_whole_day_out_again(demo):
    refreshed(demo)
    save_settings(demo, cfs_plan_max=1)
    assert to_redo(demo) is None
    assert len([i for i in refreshed(demo)[AUDIENCE_OWN].lanes[LANE_CFS]
                if i.tier == "plan"]) <= 1
    tomorrow = DEMO_TODAY + timedelta(days=1)
    assert to_redo(demo, tomorrow) is None
    refreshed(demo, tomorrow)
    assert to_redo(demo, tomorrow) == frozenset()


def test_a_database_that_takes_no_writes_still_shows_the_current_lane(demo):
    refreshed(demo)
    demo.execute("PRAGMA query_only = ON")  # as a database that can no longer be written
    other_day = DEMO_TODAY + timedelta(days=2)
    first = refreshed(demo, other_day)
    # Nothing kept in the file (another connection works them out again); this one
    # remembers what it worked out.
    assert demo.execute("SELECT count(*) FROM cfs_verdict_days WHERE day = ?",
                        [other_day.isoformat()]).fetchone()[0] == 0
    assert to_redo(demo, other_day) == frozenset()
    assert cfs_ids(refreshed(demo, other_day)) == cfs_ids(first)


def test_a_connection_remembers_its_verdicts_and_still_sees_another_process_change(
        demo, demo_db_path: Path):
    before = refreshed(demo)
    other = open_database(demo_db_path)  # a scheduled import, say, in another process
    try:
        unscored = other.execute("SELECT id FROM patients WHERE id NOT IN "
                                 "(SELECT patient_id FROM cfs_scores) ORDER BY id").fetchone()[0]
        record_cfs_score(other, unscored, level=7, scored_on=DEMO_TODAY, today=DEMO_TODAY,
                         now=NOW - timedelta(minutes=1))
    finally:
        other.close()
    assert to_redo(demo) == {unscored}
    after = refreshed(demo)
    assert unscored in cfs_ids(after) and unscored not in cfs_ids(before)


def test_changes_forgotten_by_another_process_make_the_connection_read_the_kept_ones(
        demo, demo_db_path: Path):
    refreshed(demo)
    other = open_database(demo_db_path)
    try:
        unscored = other.execute("SELECT id FROM patients WHERE id NOT IN "
                                 "(SELECT patient_id FROM cfs_scores) ORDER BY id").fetchone()[0]
        record_cfs_score(other, unscored, level=7, scored_on=DEMO_TODAY, today=DEMO_TODAY,
                         now=NOW - timedelta(minutes=1))
        with other.atomic():
            other.execute("DELETE FROM cfs_verdict_days")
        load_boards(other, DEMO_TODAY, AUDIENCES, now=NOW)  # the whole day, changes forgotten
        assert other.execute("SELECT count(*) FROM board_changes").fetchone()[0] == 0
    finally:
        other.close()
    assert unscored in cfs_ids(refreshed(demo))


def test_verdicts_kept_later_by_another_connection_are_taken_over_its_own(
        demo, demo_db_path: Path):
    """An import's worker changes many patients and works the day out again: the window's
    next refresh takes those verdicts, and does not redo the day itself."""
    from huddle.storage import cfs_verdicts
    from huddle.storage.board_data import prepare_board

    refreshed(demo)
    other = open_database(demo_db_path)
    try:
        for pid in [row[0] for row in other.execute("SELECT id FROM patients ORDER BY id")][:5]:
            flag_patient(other, pid, "Oro hos hemtjänsten", now=NOW)
        prepare_board(other, DEMO_TODAY)
    finally:
        other.close()
    original = cfs_verdicts.REDO_ALL_ABOVE
    cfs_verdicts.REDO_ALL_ABOVE = 3  # five changed: this connection would redo the day
    try:
        assert to_redo(demo) == frozenset()
        refreshed(demo)
    finally:
        cfs_verdicts.REDO_ALL_ABOVE = original


def test_a_change_this_connection_could_not_keep_is_not_lost_by_the_next_it_keeps(
        demo, demo_db_path: Path):
    """A refresh whose keeping failed (a locked database) remembers more than the file holds;
    the next one it keeps writes the whole day, not a change on top of stale rows."""
    refreshed(demo)
    other = open_database(demo_db_path)
    third = open_database(demo_db_path)
    try:
        first, second = [row[0] for row in other.execute(
            "SELECT id FROM patients WHERE flag_reason IS NULL ORDER BY id LIMIT 2")]
        demo.execute("PRAGMA query_only = ON")
        flag_patient(other, first, "Oro hos hemtjänsten", now=NOW)
        refreshed(demo)  # worked out, not kept
        demo.execute("PRAGMA query_only = OFF")
        flag_patient(other, second, "Oro hos hemtjänsten", now=NOW)
        refreshed(demo)  # kept
        assert to_redo(third) == frozenset()  # a fresh connection takes the kept rows
        assert {first, second} <= set(cfs_ids(refreshed(third)))
    finally:
        other.close()
        third.close()


def test_every_table_the_lane_reads_reports_its_changes(db):
    names = {row[0] for row in db.execute(
        "SELECT tbl_name || ':' || substr(name, length(tbl_name) + 8) FROM sqlite_master "
        "WHERE type = 'trigger' AND name LIKE '%_board_%'")}
    assert names == {f"{t}:{w}" for t in LANE_TABLES for w in ("insert", "update", "delete")}
    # A case's update counts when any column but the bookkeeping changed: a column added
    # to cases must be added to the trigger's list too.
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'cases_board_update'"
                     ).fetchone()[0]
    columns = {row[1] for row in db.execute("PRAGMA table_info(cases)")}
    compared = set(re.findall(r"OLD\.(\w+) IS NOT NEW\.\1", sql.split("BEGIN")[0]))
    assert compared == columns - CASE_BOOKKEEPING


def test_a_morning_import_that_changes_nothing_notes_no_patient(db, tmp_path: Path):
    """The daily export rewrites every case row it carries; only a real change is noted."""
    from huddle.storage.imports import import_file
    from tests.intake.samsa_files import AS_OF, write_sample

    export = write_sample(tmp_path)
    import_file(db, export, as_of=AS_OF)
    before = db.execute("SELECT max(seq) FROM board_changes").fetchone()[0]
    assert before, "the first import's patients and cases are noted"
    again = tmp_path / "samsa-next-day.csv"  # the same rows, another file
    again.write_bytes(export.read_bytes() + b"\r\n")
    result = import_file(db, again, as_of=AS_OF + timedelta(days=1))
    assert not result.already_imported and result.unchanged_cases > 0
    assert db.execute("SELECT count(*) FROM board_changes WHERE seq > ?",
                      [before]).fetchone()[0] == 0


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_any_sequence_of_writes_and_days_keeps_the_lane_as_the_whole_day_gives_it(
        demo, demo_db_path: Path, seed: int):
    """Random work at the huddle, by the window and by another process, over several days:
    after every step the refreshed boards equal the whole day worked out again (a verdict
    left stale would drop a patient from the huddle)."""
    import random

    from huddle.domain.consent import CONSENT_STATES
    from huddle.domain.sip import STATE_INVITED, STATE_NEED
    from huddle.errors import InputError
    from huddle.storage.huddles import close_followup, review_decision

    rng = random.Random(seed)
    other = open_database(demo_db_path)
    patients = [row[0] for row in demo.execute("SELECT id FROM patients ORDER BY id")]
    day = DEMO_TODAY
    try:
        for step in range(60):
            db = rng.choice((demo, other))
            pid = rng.choice(patients)
            now = datetime.combine(day, clock(8, 0)) + timedelta(seconds=step)
            what = rng.randrange(8)
            try:
                if what == 0:
                    record_cfs_score(db, pid, level=rng.randint(1, 9), today=day, now=now,
                                     scored_on=day - timedelta(days=rng.randint(0, 500)))
                elif what == 1:
                    flag_patient(db, pid, rng.choice(("Oro hos hemtjänsten", None)), now=now)
                elif what == 2:
                    set_consent(db, pid, consent=rng.choice(CONSENT_STATES), on=day,
                                by="Sjuksköterska", today=day, now=now)
                elif what == 3:
                    state = rng.choice((STATE_NEED, STATE_INVITED, STATE_HELD))
                    dates = {"need_noted_on": day - timedelta(days=20)}
                    if state != STATE_NEED:
                        dates["invited_on"] = day - timedelta(days=10)
                    if state == STATE_HELD:
                        dates["held_on"] = day - timedelta(days=rng.randint(0, 400))
                    save_sip(db, pid, state=state, today=day, now=now, **dates)
                elif what == 4:
                    create_decision(db, patient_id=pid, what="Erbjud SIP",
                                    responsible_role="aldre_ssk", now=now,
                                    due_on=day + timedelta(days=7))
                elif what == 5:
                    row = db.execute("SELECT id FROM decisions WHERE status = 'open' "
                                     "ORDER BY id").fetchall()
                    if row:
                        review_decision(db, rng.choice(row)[0], "done", huddle_id=None,
                                        now=now)
                elif what == 6:
                    row = db.execute("SELECT id FROM followups WHERE status = 'open' "
                                     "ORDER BY id").fetchall()
                    if row:
                        close_followup(db, rng.choice(row)[0], by="Hemtjänst", now=now)
                else:
                    day += timedelta(days=rng.choice((1, 1, 3)))
            except InputError:
                continue  # a write the app refuses (an impossible date): nothing changed
            refreshed(demo, day)
    finally:
        other.close()


def test_a_look_at_an_old_days_board_keeps_today_and_the_next_huddle_prepared(demo):
    from huddle.storage.board_data import prepare_board

    refreshed(demo)
    tomorrow = DEMO_TODAY + timedelta(days=1)
    prepare_board(demo, tomorrow)
    refreshed(demo, DEMO_TODAY - timedelta(days=30))  # an old day looked at
    kept = {row[0] for row in demo.execute("SELECT day FROM cfs_verdict_days")}
    assert {DEMO_TODAY.isoformat(), tomorrow.isoformat()} <= kept
    assert (DEMO_TODAY - timedelta(days=30)).isoformat() not in kept
    # Days more than a week before the latest kept go, and the changes only they needed.
    refreshed(demo, DEMO_TODAY + timedelta(days=8))
    kept = {row[0] for row in demo.execute("SELECT day FROM cfs_verdict_days")}
    assert DEMO_TODAY.isoformat() not in kept and tomorrow.isoformat() in kept
    oldest = demo.execute("SELECT min(seq) FROM cfs_verdict_days").fetchone()[0]
    assert demo.execute("SELECT count(*) FROM board_changes WHERE seq <= ?",
                        [oldest]).fetchone()[0] == 0
