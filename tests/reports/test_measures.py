"""The report's measures are declared once (reports/measures.py); the regional CSV's list
agrees with it on every measure that has parts, so an area total is computed the same way a
quarter's is."""

from huddle.reports.measures import MEAN, PER_1000, PERIOD_RULES, RULE_BY_KEY, SHARE
from huddle.reports.regional import REGIONAL_MEASURES


def test_every_share_and_mean_has_the_same_parts_in_the_regional_csv():
    regional = {m.key: m for m in REGIONAL_MEASURES}
    for rule in PERIOD_RULES:
        if rule.rule in (SHARE, MEAN, PER_1000):
            assert (regional[rule.key].numerator, regional[rule.key].denominator) == \
                (rule.numerator, rule.denominator), rule.key


def test_every_regional_measure_is_a_declared_measure():
    for measure in REGIONAL_MEASURES:
        assert measure.key in RULE_BY_KEY, measure.key
        assert measure.numerator in RULE_BY_KEY, measure.numerator
        assert measure.denominator is None or measure.denominator in RULE_BY_KEY
