"""Every tunable of the app, declared once with its default and a Swedish label.

The values live in the database's ``settings`` table (one health centre per database); the
defaults here apply until someone changes them. Rules read them through :class:`Settings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class SettingSpec(NamedTuple):
    key: str
    default: Any
    label: str


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("vc_name", "", "Vårdcentralens namn"),
    SettingSpec("vc_aliases", [], "Andra stavningar i SAMSA-exporter"),
    SettingSpec("kommun", "", "Kommun"),
    SettingSpec("huddle_minutes", 15, "Avstämningens längd (minuter)"),
    SettingSpec("agenda_minutes", [3, 2, 4, 3, 3], "Tidsrutor per del (minuter)"),
    SettingSpec("payment_days", 3, "Kommunens betalningsansvar efter utskrivningsklar (dagar)"),
    SettingSpec("sip_invite_days", 3, "SIP-kallelse senast (dagar efter utskrivningsklar)"),
    SettingSpec("sip_valid_months", 12, "SIP giltig (månader efter genomförd/uppföljd)"),
    SettingSpec("cfs_rescore_months", 12, "CFS ska skattas om efter (månader)"),
    SettingSpec("cfs_preventive_max", 4, "CFS upp till denna nivå: förebyggande team"),
    SettingSpec("cfs_sip_max", 6, "CFS upp till denna nivå: SIP och daglig avstämning"),
    SettingSpec("cfs_min_age", 65, "CFS är validerad från denna ålder (år)"),
    SettingSpec("cfs_worsened_days", 30, "Försämrad CFS tas upp inom (dagar efter skattningen)"),
    SettingSpec("cfs_admitted_days", 2, "Sköra äldre: nyinlagd (dagar efter inskrivning)"),
    SettingSpec("cfs_discharge_days", 3, "Sköra äldre: nyss hemkommen (dagar efter utskrivning)"),
    SettingSpec("cfs_plan_max", 3, "Sköra äldre: planeringsärenden per dag på tavlan"),
    SettingSpec("sip_meeting_days", 30, "SIP-möte ska hållas inom (dagar efter kallelse)"),
    SettingSpec("call_hours", 72, "Telefonuppföljning efter utskrivning inom (timmar)"),
    SettingSpec("recent_discharge_days", 7, "Nyligen utskriven (dagar)"),
    SettingSpec("frequent_vc_visits", 3, "Mångsökare: besök på VC"),
    SettingSpec("frequent_vc_days", 30, "Mångsökare: under dagar"),
    SettingSpec("frequent_er_visits", 4, "Mångsökare: besök på akutmottagning"),
    SettingSpec("frequent_er_months", 12, "Mångsökare: under månader"),
    SettingSpec(
        # A letter somewhere (RV123456, 19500101XY12), or digits starting with 99: a mistyped
        # personnummer of 11 digits must be rejected, not taken for a reserve number.
        "reserve_number_pattern", r"^(?=.*[A-Z])[A-Z0-9]{6,14}$|^99\d{6,10}$",
        "Mönster för reservnummer"),
    SettingSpec("shrink_ratio", 0.5, "Misstänkt avkortad export under andel av förra"),
    SettingSpec("auto_backups_kept", 7, "Antal automatiska dagliga säkerhetskopior"),
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
