"""Every tunable of the app, declared once with its default and a Swedish label.

The values live in the database's ``settings`` table (one health centre per database); the
defaults here apply until someone changes them. Rules read them through :class:`Settings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

# The kinds of value a setting holds; the settings dialog and `huddle settings set` parse and
# check a value by its kind and bounds.
KIND_INT = "int"
KIND_FLOAT = "float"
KIND_BOOL = "bool"
KIND_TEXT = "text"
KIND_TEXT_LIST = "text_list"
KIND_INT_LIST = "int_list"
KIND_PATTERN = "pattern"  # a regular expression

GROUP_CENTRE = "Vårdcentralen"
GROUP_HUDDLE = "Avstämningen"
GROUP_DISCHARGE = "Utskrivning och SAMSA"
GROUP_FRAILTY = "Sköra äldre (CFS och SIP)"
GROUP_HOME = "Uppföljning i hemmet"
GROUP_FREQUENT = "Mångsökare"
GROUP_GOALS = "Mål i rapporterna"
GROUP_DATA = "Import, arkiv och säkerhetskopior"


class SettingSpec(NamedTuple):
    """One setting: its key, kind, default, Swedish label and group, and the bounds a value
    must keep (for numbers the value itself, for lists each item)."""

    key: str
    kind: str
    default: Any
    label: str
    group: str
    minimum: float | None = None
    maximum: float | None = None


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("vc_name", KIND_TEXT, "", "Vårdcentralens namn", GROUP_CENTRE),
    SettingSpec("vc_aliases", KIND_TEXT_LIST, [], "Andra stavningar i SAMSA-exporter",
                GROUP_CENTRE),
    SettingSpec("kommun", KIND_TEXT, "", "Kommun", GROUP_CENTRE),
    SettingSpec("health_centre_code", KIND_TEXT, "",
                "Vårdcentralens kod i regionens uppföljning (t.ex. HSA-id)", GROUP_CENTRE),
    SettingSpec("huddle_minutes", KIND_INT, 15, "Avstämningens längd (minuter)", GROUP_HUDDLE,
                1, 120),
    SettingSpec("agenda_minutes", KIND_INT_LIST, [3, 2, 4, 3, 3],
                "Tidsrutor per del (minuter)", GROUP_HUDDLE, 0, 60),
    SettingSpec("eves_days_off", KIND_BOOL, True,
                "Julafton, midsommarafton och nyårsafton är lediga dagar", GROUP_HUDDLE),
    SettingSpec("payment_days", KIND_INT, 3,
                "Kommunens betalningsansvar efter utskrivningsklar (dagar)", GROUP_DISCHARGE,
                0, 60),
    SettingSpec("sip_invite_days", KIND_INT, 3,
                "SIP-kallelse senast (dagar efter utskrivningsklar)", GROUP_DISCHARGE, 0, 60),
    SettingSpec("recent_discharge_days", KIND_INT, 7, "Nyligen utskriven (dagar)",
                GROUP_DISCHARGE, 1, 60),
    SettingSpec("sip_valid_months", KIND_INT, 12,
                "SIP giltig (månader efter genomförd/uppföljd)", GROUP_FRAILTY, 1, 60),
    SettingSpec("sip_meeting_days", KIND_INT, 30,
                "SIP-möte ska hållas inom (dagar efter kallelse)", GROUP_FRAILTY, 1, 365),
    SettingSpec("cfs_rescore_months", KIND_INT, 12, "CFS ska skattas om efter (månader)",
                GROUP_FRAILTY, 1, 60),
    SettingSpec("cfs_preventive_max", KIND_INT, 4,
                "CFS upp till denna nivå: förebyggande team", GROUP_FRAILTY, 1, 9),
    SettingSpec("cfs_sip_max", KIND_INT, 6,
                "CFS upp till denna nivå: SIP och daglig avstämning", GROUP_FRAILTY, 1, 9),
    SettingSpec("cfs_min_age", KIND_INT, 65, "CFS är validerad från denna ålder (år)",
                GROUP_FRAILTY, 0, 120),
    SettingSpec("cfs_worsened_days", KIND_INT, 30,
                "Försämrad CFS tas upp inom (dagar efter skattningen)", GROUP_FRAILTY, 1, 365),
    SettingSpec("cfs_admitted_days", KIND_INT, 2,
                "Sköra äldre: nyinlagd (dagar efter inskrivning)", GROUP_FRAILTY, 0, 60),
    SettingSpec("cfs_discharge_days", KIND_INT, 3,
                "Sköra äldre: nyss hemkommen (dagar efter utskrivning)", GROUP_FRAILTY, 0, 60),
    SettingSpec("cfs_plan_max", KIND_INT, 3,
                "Sköra äldre: planeringsärenden per dag på tavlan", GROUP_FRAILTY, 0, 50),
    SettingSpec("call_hours", KIND_INT, 72,
                "Telefonuppföljning efter utskrivning inom (timmar)", GROUP_HOME, 1, 240),
    SettingSpec("frequent_vc_visits", KIND_INT, 3, "Mångsökare: besök på VC", GROUP_FREQUENT,
                1, 100),
    SettingSpec("frequent_vc_days", KIND_INT, 30, "Mångsökare: under dagar", GROUP_FREQUENT,
                1, 365),
    SettingSpec("frequent_er_visits", KIND_INT, 4, "Mångsökare: besök på akutmottagning",
                GROUP_FREQUENT, 1, 100),
    SettingSpec("frequent_er_months", KIND_INT, 12, "Mångsökare: under månader",
                GROUP_FREQUENT, 1, 36),
    SettingSpec("goal_calls_in_time_percent", KIND_FLOAT, 85.0,
                "Mål: ringda inom 72 timmar (%)", GROUP_GOALS, 0, 100),
    SettingSpec("goal_sip_valid_percent", KIND_FLOAT, 70.0,
                "Mål: CFS 5–6 med giltig SIP (%)", GROUP_GOALS, 0, 100),
    SettingSpec(
        # A letter somewhere (RV123456, 19500101XY12), or digits starting with 99: a mistyped
        # personnummer of 11 digits must be rejected, not taken for a reserve number.
        "reserve_number_pattern", KIND_PATTERN,
        r"^(?=.*[A-Z])[A-Z0-9]{6,14}$|^99\d{6,10}$", "Mönster för reservnummer", GROUP_DATA),
    SettingSpec("shrink_ratio", KIND_FLOAT, 0.5,
                "Misstänkt avkortad export under andel av förra", GROUP_DATA, 0, 1),
    SettingSpec("archive_retention_months", KIND_INT, 24,
                "Importerade filer sparas i arkivet (månader)", GROUP_DATA, 1, 240),
    SettingSpec("auto_backups_kept", KIND_INT, 7, "Antal automatiska dagliga säkerhetskopior",
                GROUP_DATA, 0, 366),
)

SPEC_BY_KEY = {spec.key: spec for spec in SPECS}


@dataclass(frozen=True)
class Settings:
    """A snapshot of the settings: stored values over declared defaults."""

    values: dict[str, Any] = field(default_factory=dict)

    def __getattr__(self, key: str) -> Any:
        if key in SPEC_BY_KEY:
            if key in self.values:
                return self.values[key]
            default = SPEC_BY_KEY[key].default
            # A copy: a caller extending a list must not change the default for everyone.
            return list(default) if isinstance(default, list) else default
        raise AttributeError(key)

    @property
    def configured(self) -> bool:
        return bool(str(self.values.get("vc_name", "")).strip())

    def vc_names(self) -> list[str]:
        return [self.vc_name, *self.vc_aliases]


def normalise_vc(name: str) -> str:
    """Health-centre names compare ignoring case and surplus spaces."""
    return " ".join(name.split()).casefold()
