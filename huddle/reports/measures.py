"""Every measure of the report JSON, declared once with how it combines over a longer period.

A quarter or a year is made of months. How each measure of the JSON (``section.key``) gets its
value for the longer period is declared here, and ``docs/reports.md`` says the same in words:

- ``SUM``: additive; the period's value is the sum of its months' values (dicts add up key by
  key). A test checks that the quarterly and yearly JSON equal the sums of the monthly JSONs.
- ``SHARE`` / ``MEAN`` / ``PER_1000``: recomputed from their parts (``numerator`` and
  ``denominator``, both keys of the JSON) after the parts have been added up; never an average
  of the months' shares.
- ``WHOLE``: medians, maxima, distinct counts and lists: computed over the whole period at once.
- ``AT_END``: a point-in-time measure, taken at the period's end (the PDF says so).
- ``SETTING``: a setting the report was made with.

The attendance per role follows the same rules (``attendance.<role>.huddles`` is ``SUM``, its
``percent`` a ``SHARE`` of ``huddles.held``). The regional CSV (``reports/regional.py``) lists the
measures the area can add up; a new measure added here belongs there too when it has parts.
"""

from __future__ import annotations

from typing import NamedTuple

from huddle.i18n import tr_noop

SUM = "sum"
SHARE = "share"
MEAN = "mean"
PER_1000 = "per_1000"
WHOLE = "whole"
AT_END = "at_end"
SETTING = "setting"


class PeriodRule(NamedTuple):
    key: str                    # "samsa.admissions"
    rule: str
    numerator: str | None = None
    denominator: str | None = None


def _share(key: str, numerator: str, denominator: str, rule: str = SHARE) -> PeriodRule:
    section = key.split(".")[0]
    return PeriodRule(key, rule, f"{section}.{numerator}", f"{section}.{denominator}")


def _rules(section: str, rule: str, *fields: str) -> tuple[PeriodRule, ...]:
    return tuple(PeriodRule(f"{section}.{field}", rule) for field in fields)


PERIOD_RULES: tuple[PeriodRule, ...] = (
    *_rules("huddles", SUM, "working_days", "held", "held_on_working_days", "timed",
            "within_time"),
    _share("huddles.held_percent", "held_on_working_days", "working_days"),
    _share("huddles.within_time_percent", "within_time", "timed"),
    *_rules("huddles", WHOLE, "duration_median_minutes", "duration_longest_minutes"),
    *_rules("huddles", SETTING, "planned_minutes"),
    *_rules("decisions", SUM, "made", "closed"),
    *_rules("decisions", AT_END, "open_at_end", "overdue_at_end"),
    *_rules("escalations", SUM, "raised", "answered"),
    *_rules("escalations", AT_END, "unanswered_at_end"),
    *_rules("escalations", WHOLE, "answer_days_median", "items"),
    *_rules("samsa", SUM, "admissions", "discharges", "ready_days_episodes",
            "ready_days_total", "pud_moves", "readmissions_30d", "readmissions_by_age",
            "discharges_by_age", "ready_days_beyond_limit", "episodes_beyond_limit",
            "ready_cases", "sip_invited_in_time", "discharges_with_contact"),
    _share("samsa.ready_days_mean", "ready_days_total", "ready_days_episodes", MEAN),
    _share("samsa.readmissions_percent", "readmissions_30d", "discharges"),
    _share("samsa.sip_invited_in_time_percent", "sip_invited_in_time", "ready_cases"),
    _share("samsa.contact_percent", "discharges_with_contact", "discharges"),
    *_rules("samsa", WHOLE, "pud_moved_cases"),
    *_rules("samsa", AT_END, "in_hospital_at_end", "ready_waiting_at_end"),
    *_rules("samsa", SETTING, "payment_days", "sip_invite_days"),
    *_rules("calls_72h", SUM, "due", "made", "in_time", "not_made"),
    _share("calls_72h.in_time_percent", "in_time", "due"),
    *_rules("calls_72h", SETTING, "hours"),
    *_rules("followups", SUM, "created", "by_reason", "by_actor", "due", "done_by_due"),
    _share("followups.done_by_due_percent", "done_by_due", "due"),
    *_rules("followups", AT_END, "open_overdue_at_end"),
    *_rules("cfs", SUM, "scores_registered"),
    *_rules("cfs", AT_END, "patients_scored", "by_level", "overdue"),
    *_rules("cfs", SETTING, "rescore_months"),
    *_rules("sip", SUM, "invited", "held", "followed_up", "declined"),
    *_rules("sip", AT_END, "patients", "with_valid_sip", "valid_percent", "hsl_patients",
            "hsl_with_valid_sip", "hsl_valid_percent", "hsl_followed_up",
            "hsl_followed_up_percent"),
    *_rules("sip", SETTING, "cfs_levels", "valid_months"),
    *_rules("visits", SUM, "ed_visits_80_plus"),
    *_rules("visits", WHOLE, "ed_patients_80_plus"),
    *_rules("visits", AT_END, "patients_80_plus"),
    _share("visits.ed_visits_per_1000", "ed_visits_80_plus", "patients_80_plus", PER_1000),
    *_rules("imports", SUM, "count", "days_without"),
    *_rules("imports", WHOLE, "first", "last"),
)

RULE_BY_KEY = {rule.key: rule for rule in PERIOD_RULES}

# The measures that have a goal, and the setting that holds it (huddle/domain/settings.py).
GOAL_SETTINGS: dict[str, str] = {
    "calls_72h.in_time_percent": "goal_calls_in_time_percent",
    "sip.valid_percent": "goal_sip_valid_percent",
}

# Page 1: the figures a manager reads first, this period against the previous one and the
# same period a year earlier (the weekly report has no SIP figure).
KEY_FIGURES: tuple[str, ...] = (
    "huddles.held_percent",
    "calls_72h.in_time_percent",
    "sip.valid_percent",
    "samsa.sip_invited_in_time_percent",
    "samsa.ready_days_mean",
    "samsa.ready_days_beyond_limit",
    "samsa.readmissions_percent",
    "followups.done_by_due_percent",
)

# Swedish names of the measures page 1 and the change notice show.
MEASURE_LABELS: dict[str, str] = {
    "huddles.held_percent": tr_noop("Arbetsdagar med avstämning (%)"),
    "huddles.held": tr_noop("Hållna avstämningar"),
    "calls_72h.in_time_percent": tr_noop("Telefonuppföljning i tid (%)"),
    "calls_72h.due": tr_noop("Telefonuppföljningar som skulle ringas"),
    "sip.valid_percent": tr_noop("CFS 5–6 med giltig SIP (%)"),
    "samsa.sip_invited_in_time_percent": tr_noop("SIP-kallelse i tid efter utskrivningsklar (%)"),
    "samsa.ready_days_mean": tr_noop("Utskrivningsklara dagar, medel"),
    "samsa.ready_days_beyond_limit": tr_noop("Utskrivningsklara dagar utöver betalningsansvaret"),
    "samsa.readmissions_percent": tr_noop("Återinskrivningar inom 30 dagar per utskrivning (%)"),
    "samsa.admissions": tr_noop("Inskrivningar"),
    "samsa.discharges": tr_noop("Utskrivningar"),
    "samsa.ready_days_total": tr_noop("Utskrivningsklara dagar, totalt"),
    "samsa.readmissions_30d": tr_noop("Återinskrivningar inom 30 dagar"),
    "samsa.pud_moves": tr_noop("Flyttade planerade utskrivningsdatum"),
    "followups.done_by_due_percent": tr_noop("Uppföljning i hemmet klar i tid (%)"),
    "decisions.made": tr_noop("Beslut fattade"),
}

# Kept for every report made (table report_runs) and compared the next time the same period
# is reported: the key figures and the period's counts.
KEPT_FIGURES: tuple[str, ...] = KEY_FIGURES + tuple(
    rule.key for rule in PERIOD_RULES
    if rule.rule == SUM and rule.key not in ("samsa.readmissions_by_age",
                                             "samsa.discharges_by_age", "followups.by_reason",
                                             "followups.by_actor"))


def lookup(data: dict, key: str) -> float | int | None:
    """A measure's value in the report JSON (None when the report has no such section)."""
    section, field = key.split(".", 1)
    value = data.get(section, {})
    return value.get(field) if isinstance(value, dict) else None


def kept_figures(data: dict) -> dict[str, float | int | None]:
    """The figures of a report's JSON that are kept in report_runs."""
    return {key: lookup(data, key) for key in KEPT_FIGURES if key.split(".")[0] in data}
