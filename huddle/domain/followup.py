"""Trygg hemgång: the telephone follow-up after discharge (the 72-hour call)."""

from __future__ import annotations

from datetime import datetime, timedelta

from huddle.domain.samsa import needs_list

CALL_OUTCOMES = {
    "ok": "OK",
    "hembesok": "Behöver hembesök",
    "vardplanering": "Behöver vårdplanering",
    "ej_nadd": "Ej nådd",
}


def needs_72h_call(*, municipal_hsl: bool | None, needs: str | None) -> bool:
    """Discharged home, not enrolled in municipal home health care, not to short-term care."""
    if municipal_hsl:
        return False
    return not any("korttid" in need for need in needs_list(needs))


def call_deadline(discharged_at: datetime, hours: int = 72) -> datetime:
    return discharged_at + timedelta(hours=hours)


def call_in_time(discharged_at: datetime, called_at: datetime, hours: int = 72) -> bool:
    """Exactly 72 hours after discharge is still in time."""
    return called_at <= call_deadline(discharged_at, hours)
