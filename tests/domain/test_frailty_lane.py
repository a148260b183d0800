"""The CFS lane: who needs coordination now, with reason and next step, at the rules' edges."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from huddle.commands.board import board_json
from huddle.domain.board import LANE_CFS, SipInfo, build_board
from huddle.domain.frailty import (
    TIER_EVENT,
    TIER_PLAN,
    TIER_TODAY,
    Verdict,
    VerdictPlaces,
    build_cfs_lane,
    order_verdicts,
)
from huddle.domain.settings import Settings
from tests.domain.frailty_helpers import (
    DAY,
    SETTINGS,
    ago,
    at,
    board_input,
    open_decision,
    patient,
    score,
    stay,
)


def lane(inp, settings: Settings = SETTINGS, day: date = DAY):
    return {e.patient_id: e for e in build_cfs_lane(inp, settings, day).entries}


# ------------------------------------------------------------------ standing states


def test_a_well_managed_frail_patient_is_not_on_the_lane():
    inp = board_input([patient(1)], cfs=[score(1, 6)],
                      sips=[SipInfo(1, "genomford", ago(70), ago(60), last_meeting=ago(60))])
    assert lane(inp) == {}


def test_cfs_5_to_6_without_sip_is_a_planning_item_with_offer_sip_as_next_step():
    inp = board_input([patient(1)], cfs=[score(1, 5)])
    entry = lane(inp)[1]
    assert entry.reason == "CFS 5 · saknar SIP"
    assert entry.next_step == "Erbjud SIP"
    assert entry.pathway == "sip_daglig" and entry.tier_name == "plan"
    assert not entry.urgent


def test_cfs_4_and_7_are_not_asked_for_a_sip():
    inp = board_input([patient(1), patient(2)], cfs=[score(1, 4), score(2, 7)])
    assert lane(inp) == {}


def test_sip_valid_exactly_12_months_after_the_meeting_and_not_a_day_longer():
    held = add_year(DAY, -1)  # 2025-11-23
    sips = [SipInfo(1, "genomford", held - timedelta(days=10), held, last_meeting=held)]
    inp = board_input([patient(1)], cfs=[score(1, 6)], sips=sips)
    assert lane(inp) == {}
    assert lane(inp, day=DAY + timedelta(days=1))[1].reason == "CFS 6 · SIP inaktuell " \
        "(senast 23/11 2025)"


def test_sip_held_on_29_february_is_valid_through_28_february():
    held = date(2024, 2, 29)
    sips = [SipInfo(1, "uppfoljd", date(2024, 2, 1), date(2024, 2, 10), held,
                    last_meeting=held)]
    inp = board_input([patient(1)], cfs=[score(1, 5, days_ago=0)], sips=sips)
    assert lane(inp, day=date(2025, 2, 28)) == {}
    assert 1 in lane(inp, day=date(2025, 3, 1))


def test_a_sip_under_way_or_declined_is_not_nagged_about():
    sips = [SipInfo(1, "kallad", invited_on=ago(30)),
            SipInfo(2, "tackat_nej", declined_on=ago(100)),
            SipInfo(3, "kallad", invited_on=ago(31)),
            SipInfo(4, "behov", need_noted_on=ago(2))]
    inp = board_input([patient(i) for i in (1, 2, 3, 4)],
                      cfs=[score(i, 6) for i in (1, 2, 3, 4)], sips=sips)
    entries = lane(inp, Settings({"cfs_plan_max": 10}))
    assert set(entries) == {3, 4}
    assert entries[3].reason == "CFS 6 · SIP kallad 23/10, mötet inte hållet"
    assert entries[3].next_step == "Genomför SIP-mötet"
    assert entries[4].next_step == "Skicka SIP-kallelse"


def test_score_exactly_12_months_old_is_current_a_day_later_it_is_overdue():
    scored = add_year(DAY, -1)
    inp = board_input([patient(1)], cfs=[score(1, 3, days_ago=(DAY - scored).days)])
    assert lane(inp) == {}
    entry = lane(inp, day=DAY + timedelta(days=1))[1]
    assert entry.reason == "CFS 3 · skattad 23/11 2025, äldre än 12 mån"
    assert entry.next_step == "Skatta CFS på nytt"


def test_score_on_29_february_is_due_again_after_28_february():
    inp = board_input([patient(1)], cfs=[score(1, 2, days_ago=(DAY - date(2024, 2, 29)).days)])
    assert lane(inp, day=date(2025, 2, 28)) == {}
    assert lane(inp, day=date(2025, 3, 1))[1].next_step == "Skatta CFS på nytt"


def test_planning_items_are_capped_per_day_frailest_first_and_the_rest_counted():
    people = [patient(i) for i in range(1, 7)]
    levels = {1: 5, 2: 6, 3: 5, 4: 6, 5: 5, 6: 6}
    inp = board_input(people, cfs=[score(i, level) for i, level in levels.items()])
    result = build_cfs_lane(inp, SETTINGS, DAY)
    assert [e.patient_id for e in result.entries] == [2, 4, 6]
    assert list(result.waiting) == [1, 3, 5]
    assert result.note == "+ 3 till att planera – se Register › Att planera"
    board = build_board(inp, SETTINGS, DAY)
    assert board.lane_notes[LANE_CFS] == result.note
    assert board_json(board)["lane_notes"] == {LANE_CFS: result.note}
    none = build_cfs_lane(inp, Settings({"cfs_plan_max": 0}), DAY)
    assert none.entries == [] and len(none.waiting) == 6


def test_an_open_decision_keeps_a_planning_item_off_the_lane_but_not_an_event():
    inp = board_input([patient(1), patient(2)], cfs=[score(1, 6), score(2, 6)],
                      cases=[stay(12, 2, admitted=1)],
                      decisions=[open_decision(1), open_decision(2)])
    entries = lane(inp)
    assert set(entries) == {2}
    assert "saknar SIP" in entries[2].reason  # still named on the card shown for the stay


# ------------------------------------------------------------------ events


def test_newly_admitted_with_cfs_above_the_preventive_range():
    inp = board_input([patient(1), patient(2), patient(3), patient(4)],
                      cfs=[score(1, 4), score(2, 6), score(3, 8), score(4, 8)],
                      cases=[stay(11, 1, admitted=0), stay(12, 2, admitted=2),
                             stay(13, 3, admitted=0), stay(14, 4, admitted=3)],
                      sips=[SipInfo(2, "genomford", held_on=ago(40), last_meeting=ago(40))])
    entries = lane(inp)
    assert set(entries) == {2, 3}  # day 3 of a stay is followed on the SAMSA lane
    assert entries[2].reason == "CFS 6 · inlagd sedan 21/11 (Medicin 2)"
    assert entries[2].next_step == "Meddela avdelningen att SIP finns"
    assert entries[3].next_step == ("Förbered trygg hemgång: vårdplan, läkemedelslista, "
                                    "hjälpmedel")
    assert entries[3].pathway == "trygg_hemgang"
    assert not entries[2].urgent and not entries[3].urgent


def test_sip_invitation_due_three_days_after_ready_for_discharge():
    def entry(ready_days_ago: int, invited=None):
        inp = board_input([patient(1)], cfs=[score(1, 6)],
                          cases=[stay(11, 1, admitted=8, ready=ready_days_ago,
                                      sip_invited=invited)])
        return lane(inp)[1]

    early = entry(2)
    assert not early.urgent
    assert early.next_step == "Skicka SIP-kallelse senast 24/11"
    due = entry(3)
    assert due.urgent and "SIP-kallelse senast i dag" in due.reason
    assert due.next_step == "Skicka SIP-kallelse i dag"
    late = entry(4)
    assert late.urgent and "SIP-kallelse saknas (senast 22/11)" in late.reason
    sent = entry(4, invited=ago(2))
    assert not sent.urgent and sent.next_step == "Planera trygg hemgång och telefonuppföljning"


def test_sip_invitation_rule_follows_the_setting():
    inp = board_input([patient(1)], cfs=[score(1, 6)],
                      cases=[stay(11, 1, admitted=8, ready=3)])
    assert not lane(inp, Settings({"sip_invite_days": 5}))[1].urgent


def test_just_home_within_the_configured_days():
    from huddle.domain.board import FollowupInfo

    def inp(days_home: int, *, sip_valid: bool = False):
        discharged = at(ago(days_home), 13)
        call = FollowupInfo(5, 1, "call_72h", "call_72h", "vc",
                            (discharged + timedelta(hours=72)).isoformat(timespec="minutes"))
        sips = [SipInfo(1, "genomford", held_on=ago(40), last_meeting=ago(40))] \
            if sip_valid else []
        return board_input([patient(1), patient(2)], cfs=[score(1, 6), score(2, 7)],
                           cases=[stay(11, 1, admitted=9, ready=days_home + 1,
                                       discharged_at=discharged),
                                  stay(12, 2, admitted=9, ready=days_home + 1,
                                       discharged_at=discharged)],
                           followups=[call], sips=sips)

    entries = lane(inp(3))
    assert entries[1].reason == "CFS 6 · hemma sedan 20/11 · saknar SIP"
    assert entries[1].next_step == "Erbjud SIP"
    assert entries[2].reason == "CFS 7 · hemma sedan 20/11"
    assert entries[2].next_step == ("Trygg hemgång: uppdaterad vårdplan, läkemedelslista, "
                                    "hjälpmedel")
    assert set(lane(inp(4))) == {1}  # day 4: only the missing SIP is left (planning)
    assert lane(inp(4))[1].reason == "CFS 6 · saknar SIP"
    # With a valid SIP and the call on the home lane, CFS 6 needs nothing more here.
    assert set(lane(inp(1, sip_valid=True))) == {2}


def test_just_home_with_a_valid_sip_and_no_call_follows_the_sip_up():
    discharged = at(ago(1), 13)
    inp = board_input([patient(1)], cfs=[score(1, 5)],
                      cases=[stay(11, 1, admitted=5, ready=2, discharged_at=discharged)],
                      sips=[SipInfo(1, "uppfoljd", held_on=ago(200), followed_up_on=ago(20),
                                    last_meeting=ago(20))])
    assert lane(inp)[1].next_step == "Följ upp SIP efter vårdtillfället"


def test_a_card_shown_for_an_event_leaves_the_rescore_reminder_out():
    inp = board_input([patient(1)], cfs=[score(1, 7, days_ago=400)],
                      cases=[stay(11, 1, admitted=0)])
    assert lane(inp)[1].reason == "CFS 7 · inlagd sedan 23/11 (Medicin 2)"


def test_worsened_into_the_coordination_range_within_30_days():
    def entry(level, previous, days_ago, settings=SETTINGS):
        inp = board_input([patient(1)], cfs=[score(1, level, days_ago, previous)],
                          sips=[SipInfo(1, "genomford", held_on=ago(40),
                                        last_meeting=ago(40))])
        return lane(inp, settings).get(1)

    assert entry(5, 4, 30).reason == "CFS 5 · försämrad från CFS 4 (24/10)"
    assert entry(5, 4, 31) is None
    assert entry(4, 2, 1) is None  # still in the preventive range: no coordination
    assert entry(5, 6, 1) is None  # better is not news for the lane
    assert entry(4, 2, 1, Settings({"cfs_preventive_max": 3})) is not None
    assert entry(5, 4, 31, Settings({"cfs_worsened_days": 31})) is not None


def test_a_score_of_9_is_trygg_hemgang_and_never_asked_for_a_sip():
    inp = board_input([patient(1)], cfs=[score(1, 9, 2, previous=6)])
    entry = lane(inp)[1]
    assert entry.reason == "CFS 9 · ny skattning: terminalt sjuk (var CFS 6)"
    assert entry.pathway == "trygg_hemgang"
    assert entry.cfs_label == "Terminalt sjuk"
    assert "SIP" not in entry.reason
    assert entry.next_step.startswith("Trygg hemgång")


def test_a_patient_aged_64_gets_the_validation_warning_on_the_card():
    born_64 = date(DAY.year - 65, DAY.month, DAY.day) + timedelta(days=1)  # 65 tomorrow
    born_65 = date(DAY.year - 65, DAY.month, DAY.day)                      # 65 today
    inp = board_input([patient(1, born=born_64), patient(2, born=born_65)],
                      cfs=[score(1, 5), score(2, 5)])
    entries = lane(inp)
    assert entries[1].reason == "CFS 5 · saknar SIP · under 65 år – CFS ej validerad"
    assert "validerad" not in entries[2].reason


def test_flagged_by_a_participant_even_without_a_score():
    inp = board_input([patient(1, flag="Oro från hemtjänsten"), patient(2, flag="Fall")],
                      cfs=[score(2, 3)])
    entries = lane(inp)
    assert entries[1].reason == "ej CFS-skattad · flaggad: Oro från hemtjänsten"
    assert entries[1].next_step == "Skatta CFS"
    assert entries[1].level is None and entries[1].pathway is None
    assert entries[2].next_step.startswith("Föreslå förebyggande team")


def test_frequent_attender_is_a_candidate_for_the_preventive_team():
    visits = {1: [(ago(d), "VC") for d in (0, 10, 29)],
              2: [(ago(d), "VC") for d in (0, 10, 30)]}
    inp = board_input([patient(1), patient(2)], visits=visits)
    entries = lane(inp)
    assert set(entries) == {1}
    assert entries[1].reason == "ej CFS-skattad · mångsökare: 3 besök på VC senaste 30 d"
    assert entries[1].next_step == "Skatta CFS och föreslå förebyggande team"
    assert entries[1].pathway == "forebyggande"


def test_order_puts_deadlines_first_then_events_then_planning():
    inp = board_input(
        [patient(i) for i in range(1, 5)],
        cfs=[score(1, 5), score(2, 6, 2, previous=4), score(3, 7), score(4, 6)],
        cases=[stay(13, 3, admitted=1), stay(14, 4, admitted=8, ready=4)],
    )
    entries = build_cfs_lane(inp, SETTINGS, DAY).entries
    assert [e.patient_id for e in entries] == [4, 3, 2, 1]
    assert [e.tier_name for e in entries] == ["today", "event", "event", "plan"]
    assert [e.urgent for e in entries] == [True, False, False, False]


def test_admission_window_is_a_setting():
    inp = board_input([patient(1)], cfs=[score(1, 7)], cases=[stay(11, 1, admitted=5)])
    assert lane(inp) == {}
    assert lane(inp, Settings({"cfs_admitted_days": 5}))[1].reason.startswith(
        "CFS 7 · inlagd sedan 18/11")


def test_thresholds_come_from_the_settings():
    inp = board_input([patient(1)], cfs=[score(1, 7)])
    entry = lane(inp, Settings({"cfs_sip_max": 7}))[1]
    assert entry.pathway == "sip_daglig" and entry.next_step == "Erbjud SIP"


def test_board_json_carries_cfs_pathway_and_next_step():
    inp = board_input([patient(1)], cfs=[score(1, 6)], cases=[stay(11, 1, admitted=1)])
    item = board_json(build_board(inp, SETTINGS, DAY))["lanes"][LANE_CFS][0]
    assert item["cfs"] == 6
    assert item["pathway"] == "sip_daglig"
    assert item["next_step"] == "Förbered SIP inför utskrivning"
    assert item["pathway_label"] == "SIP och daglig avstämning"


def add_year(day: date, years: int) -> date:
    from huddle.domain.calendar import add_months

    return add_months(day, 12 * years)


# ------------------------------------------------------------------ skipping cheaply


def test_a_score_that_gives_a_finding_by_itself_always_passes_the_cheap_pre_filter():
    # The lane skips patients whose score cannot need coordination (nothing else going on)
    # before working out their SIP state; every finding a bare score can give must pass.
    from huddle.domain.frailty import _LaneBuilder, score_may_need_coordination

    sips = {"none": None,
            "valid": SipInfo(1, "genomford", ago(70), ago(60), last_meeting=ago(60)),
            "expired": SipInfo(1, "genomford", ago(500), ago(450), last_meeting=ago(450)),
            "invited long ago": SipInfo(1, "kallad", ago(90)),
            "need": SipInfo(1, "behov", None, need_noted_on=ago(10)),
            "declined": SipInfo(1, "avböjd", None, declined_on=ago(20))}
    seen = set()
    for level in range(1, 10):
        for previous in (None, level - 1, level + 1):
            for days in (0, 10, 200, 365, 366, 800):
                for sip in sips.values():
                    cfs = score(1, level, days, previous)
                    inp = board_input([patient(1)], cfs=[cfs], sips=[sip] if sip else [])
                    builder = _LaneBuilder(inp, SETTINGS, DAY)
                    found = [f.code for c in builder.contexts(everyone=True)
                             for f in builder.findings(c)]
                    seen.update(found)
                    if found:
                        assert score_may_need_coordination(
                            level, previous, cfs.scored_on, DAY, SETTINGS), (level, found)
    assert {"sip_missing", "sip_need", "sip_meeting", "sip_expired", "worsened",
            "rescore"} <= seen


def test_the_room_labels_the_patients_listed_for_coordination_not_every_scored_one():
    from huddle.domain.disclosure import AUDIENCE_ROOM

    stable = patient(1)._replace(consent="unknown")     # CFS 3, current: nothing to do
    listed = patient(2)._replace(consent="unknown")     # CFS 5 without a SIP
    inp = board_input([stable, listed], cfs=[score(1, 3), score(2, 5)])
    room = build_board(inp, SETTINGS, DAY, audience=AUDIENCE_ROOM)
    assert room.new_room_numbers == {2: 1}
    assert [item.name for item in room.lanes[LANE_CFS]] == ["Patient utan samtycke 1"]


# ------------------------------------------------------------------ the lane's order, kept


def placed_from_scratch(verdicts: dict, plan_max: int):
    """The lane's order as the rules state it, worked out afresh (the oracle): every
    pressing finding and the ``plan_max`` most pressing planning items without an open
    decision, by tier, place, frailty and id; the other planning items wait, in id order."""
    key = lambda v: (v.tier, v.place, -v.level, v.patient_id)  # noqa: E731
    planning = sorted((v for v in verdicts.values() if v.tier == TIER_PLAN
                       and not v.open_decision), key=key)
    today, waiting = planning[:plan_max], planning[plan_max:]
    shown = sorted([v for v in verdicts.values() if v.tier != TIER_PLAN] + today, key=key)
    return (shown, tuple(sorted(v.patient_id for v in waiting)), tuple(sorted(verdicts)),
            frozenset(v.patient_id for v in verdicts.values() if v.needs_label))


verdict_of = st.builds(
    lambda tier, place, level, decided, label: (tier, place, level, decided, label),
    st.sampled_from([TIER_TODAY, TIER_EVENT, TIER_PLAN, TIER_PLAN]), st.integers(0, 3),
    st.integers(0, 9), st.booleans(), st.booleans())
day_of = st.dictionaries(st.integers(1, 40), verdict_of, max_size=30)


@settings(max_examples=200, deadline=None)
@given(day_of, st.lists(st.tuples(st.sets(st.integers(1, 40), max_size=6), day_of),
                        max_size=6), st.integers(0, 5))
def test_the_lane_placed_again_after_changes_is_the_lane_placed_afresh(start, changes, plan_max):
    def made(raw: dict) -> dict:
        return {pid: Verdict(pid, *fields) for pid, fields in raw.items()}

    verdicts = made(start)
    places = VerdictPlaces(verdicts)
    assert tuple(places.order(plan_max)) == placed_from_scratch(verdicts, plan_max)
    for changed, new in changes:
        # The changed patients' verdicts worked out again: some lose their finding, some
        # get one, some get another.
        fresh = {pid: v for pid, v in made(new).items() if pid in changed}
        verdicts = {pid: v for pid, v in verdicts.items() if pid not in changed} | fresh
        places.update(changed, fresh)
        assert tuple(places.order(plan_max)) == placed_from_scratch(verdicts, plan_max)
        assert tuple(order_verdicts(verdicts, Settings({"cfs_plan_max": plan_max}))) == \
            placed_from_scratch(verdicts, plan_max)
