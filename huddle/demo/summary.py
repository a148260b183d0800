"""The one line a demo command prints about what it wrote: counts in Swedish words."""

from __future__ import annotations

from huddle.i18n import tr_label, tr_noop

# The tables a demo counts, each with the Swedish word for its rows.
COUNTED = {
    "patients": tr_noop("patienter"),
    "cases": tr_noop("vårdtillfällen i SAMSA"),
    "case_events": tr_noop("SAMSA-händelser"),
    "cfs_scores": tr_noop("CFS-skattningar"),
    "huddles": tr_noop("avstämningar"),
    "decisions": tr_noop("beslut"),
    "followups": tr_noop("uppföljningar"),
    "access_log": tr_noop("rader i åtkomstloggen"),
}


def counts_text(counts: dict[str, int]) -> str:
    """'120 patienter, 108 vårdtillfällen i SAMSA, …' from ``row_counts``."""
    return ", ".join(f"{n} {tr_label(COUNTED[table])}" for table, n in counts.items())
