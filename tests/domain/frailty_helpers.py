"""A small hand-built board input for the frailty rules (CFS lane, SIP, calls)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from huddle.domain.board import (
    BoardInput,
    CaseInfo,
    CfsInfo,
    DecisionInfo,
    FollowupInfo,
    SipInfo,
)
from huddle.domain.records import Patient
from huddle.domain.settings import Settings

DAY = date(2026, 11, 23)
SETTINGS = Settings({"vc_name": "Skene vårdcentral"})


def at(day: date, hour: int = 6, minute: int = 0) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)


def ago(days: int) -> date:
    return DAY - timedelta(days=days)


def patient(pid: int, *, born: date = date(1940, 5, 1), name: str | None = None,
            flag: str | None = None) -> Patient:
    return Patient(pid, f"19400501{pid:04d}", "personnummer", name or f"Person, Nr{pid}",
                   born, False, "given", flag_reason=flag)


def stay(case_id: int, pid: int, *, admitted: int = 5, ready: int | None = None,
         discharged_at: datetime | None = None, sip_invited: date | None = None) -> CaseInfo:
    status = "Utskriven" if discharged_at else "Utskrivningsklar" if ready is not None \
        else "Inskriven"
    return CaseInfo(case_id, pid, "SÄS Borås", "Medicin 2", at(ago(admitted), 14), None,
                    at(ago(ready), 10) if ready is not None else None, discharged_at, status,
                    sip_invited, None)


def score(pid: int, level: int, days_ago: int = 30, previous: int | None = None) -> CfsInfo:
    return CfsInfo(pid, level, ago(days_ago), previous)


def open_decision(pid: int) -> DecisionInfo:
    return DecisionInfo(900 + pid, pid, "Boka SIP-möte", "aldre_ssk", None, DAY,
                        at(ago(3), 8))


def board_input(patients: list[Patient], *, cfs: list[CfsInfo] = (),
                sips: list[SipInfo] = (), cases: list[CaseInfo] = (),
                followups: list[FollowupInfo] = (), decisions: list[DecisionInfo] = (),
                visits: dict[int, list[tuple[date, str]]] | None = None) -> BoardInput:
    return BoardInput(
        health_centre="Skene vårdcentral", last_import=at(DAY), since=at(ago(1), 8, 30),
        patients={p.id: p for p in patients}, cases=list(cases),
        cfs={s.patient_id: s for s in cfs}, sips={s.patient_id: s for s in sips},
        followups=list(followups), decisions=list(decisions), events=[],
        visits=visits or {},
    )
