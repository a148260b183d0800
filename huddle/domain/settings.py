"""Every tunable of the app, declared once with its default and a Swedish label.

The values live in the database's ``settings`` table (one health centre per database); the
defaults here apply until someone changes them. Rules read them through :class:`Settings`.

:func:`parse_value` (text typed in the settings dialog or given to ``huddle settings set``)
and :func:`check_value` (a value of the right type) are the one place a setting is checked;
:func:`check_rules` checks what holds between settings. Storage refuses to save a value they
refuse, and :class:`Settings` sets aside a stored value they refuse (an old or hand-edited
database) so its default applies: a rule may trust every value it reads.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from huddle.i18n import tr_noop, translate

# The kinds of value a setting holds; the settings dialog and `huddle settings set` parse and
# check a value by its kind and bounds.
KIND_INT = "int"
KIND_FLOAT = "float"
KIND_BOOL = "bool"
KIND_TEXT = "text"
KIND_TEXT_LIST = "text_list"
KIND_INT_LIST = "int_list"
KIND_PATTERN = "pattern"  # a regular expression

GROUP_CENTRE = tr_noop("Vårdcentralen")
GROUP_HUDDLE = tr_noop("Avstämningen")
GROUP_DISCHARGE = tr_noop("Utskrivning och SAMSA")
GROUP_FRAILTY = tr_noop("Sköra äldre (CFS och SIP)")
GROUP_HOME = tr_noop("Uppföljning i hemmet")
GROUP_FREQUENT = tr_noop("Mångsökare")
GROUP_GOALS = tr_noop("Mål i rapporterna")
GROUP_DATA = tr_noop("Import, arkiv och säkerhetskopior")


class SettingSpec(NamedTuple):
    """One setting: its key, kind, default, Swedish label and group, and the bounds a value
    must keep (for numbers the value itself, for lists each item, for text and patterns the
    length in characters, not counting surrounding spaces). ``length`` is the number of items
    a list must have, when it is fixed."""

    key: str
    kind: str
    default: Any
    label: str
    group: str
    minimum: float | None = None
    maximum: float | None = None
    length: int | None = None


SPECS: tuple[SettingSpec, ...] = (
    # The name's default is empty (not yet set up), but once set it cannot be emptied.
    SettingSpec("vc_name", KIND_TEXT, "", tr_noop("Vårdcentralens namn"), GROUP_CENTRE, 1, 200),
    SettingSpec("vc_aliases", KIND_TEXT_LIST, [], tr_noop("Andra stavningar i SAMSA-exporter"),
                GROUP_CENTRE, 1, 200),
    SettingSpec("kommun", KIND_TEXT, "", tr_noop("Kommun"), GROUP_CENTRE, 0, 200),
    SettingSpec("health_centre_code", KIND_TEXT, "",
                tr_noop("Vårdcentralens kod i regionens uppföljning (t.ex. HSA-id)"), GROUP_CENTRE,
                0, 100),
    SettingSpec("huddle_minutes", KIND_INT, 15, tr_noop("Avstämningens längd (minuter)"), GROUP_HUDDLE,
                1, 120),
    # One time box per part of the agenda (huddle.domain.huddle.AGENDA_ORDER).
    SettingSpec("agenda_minutes", KIND_INT_LIST, [3, 2, 4, 3, 3],
                tr_noop("Tidsrutor per del (minuter)"), GROUP_HUDDLE, 0, 60, length=5),
    SettingSpec("eves_days_off", KIND_BOOL, True,
                tr_noop("Julafton, midsommarafton och nyårsafton är lediga dagar"), GROUP_HUDDLE),
    SettingSpec("payment_days", KIND_INT, 3,
                tr_noop("Kommunens betalningsansvar efter utskrivningsklar (dagar)"), GROUP_DISCHARGE,
                0, 60),
    SettingSpec("sip_invite_days", KIND_INT, 3,
                tr_noop("SIP-kallelse senast (dagar efter utskrivningsklar)"), GROUP_DISCHARGE, 0, 60),
    SettingSpec("recent_discharge_days", KIND_INT, 7, tr_noop("Nyligen utskriven (dagar)"),
                GROUP_DISCHARGE, 1, 60),
    SettingSpec("sip_valid_months", KIND_INT, 12,
                tr_noop("SIP giltig (månader efter genomförd/uppföljd)"), GROUP_FRAILTY, 1, 60),
    SettingSpec("sip_meeting_days", KIND_INT, 30,
                tr_noop("SIP-möte ska hållas inom (dagar efter kallelse)"), GROUP_FRAILTY, 1, 365),
    SettingSpec("cfs_rescore_months", KIND_INT, 12, tr_noop("CFS ska skattas om efter (månader)"),
                GROUP_FRAILTY, 1, 60),
    SettingSpec("cfs_preventive_max", KIND_INT, 4,
                tr_noop("CFS upp till denna nivå: förebyggande team"), GROUP_FRAILTY, 1, 9),
    SettingSpec("cfs_sip_max", KIND_INT, 6,
                tr_noop("CFS upp till denna nivå: SIP och daglig avstämning"), GROUP_FRAILTY, 1, 9),
    SettingSpec("cfs_min_age", KIND_INT, 65, tr_noop("CFS är validerad från denna ålder (år)"),
                GROUP_FRAILTY, 0, 120),
    SettingSpec("cfs_worsened_days", KIND_INT, 30,
                tr_noop("Försämrad CFS tas upp inom (dagar efter skattningen)"), GROUP_FRAILTY, 1, 365),
    SettingSpec("cfs_admitted_days", KIND_INT, 2,
                tr_noop("Sköra äldre: nyinlagd (dagar efter inskrivning)"), GROUP_FRAILTY, 0, 60),
    SettingSpec("cfs_discharge_days", KIND_INT, 3,
                tr_noop("Sköra äldre: nyss hemkommen (dagar efter utskrivning)"), GROUP_FRAILTY, 0, 60),
    SettingSpec("cfs_plan_max", KIND_INT, 3,
                tr_noop("Sköra äldre: planeringsärenden per dag på tavlan"), GROUP_FRAILTY, 0, 50),
    SettingSpec("call_hours", KIND_INT, 72,
                tr_noop("Telefonuppföljning efter utskrivning inom (timmar)"), GROUP_HOME, 1, 240),
    SettingSpec("frequent_vc_visits", KIND_INT, 3, tr_noop("Mångsökare: besök på VC"), GROUP_FREQUENT,
                1, 100),
    SettingSpec("frequent_vc_days", KIND_INT, 30, tr_noop("Mångsökare: under dagar"), GROUP_FREQUENT,
                1, 365),
    SettingSpec("frequent_er_visits", KIND_INT, 4, tr_noop("Mångsökare: besök på akutmottagning"),
                GROUP_FREQUENT, 1, 100),
    SettingSpec("frequent_er_months", KIND_INT, 12, tr_noop("Mångsökare: under månader"),
                GROUP_FREQUENT, 1, 36),
    SettingSpec("goal_calls_in_time_percent", KIND_FLOAT, 85.0,
                tr_noop("Mål: ringda inom 72 timmar (%)"), GROUP_GOALS, 0, 100),
    SettingSpec("goal_sip_valid_percent", KIND_FLOAT, 70.0,
                tr_noop("Mål: CFS 5–6 med giltig SIP (%)"), GROUP_GOALS, 0, 100),
    SettingSpec(
        # A letter somewhere (RV123456, 19500101XY12), or digits starting with 99: a mistyped
        # personnummer of 11 digits must be rejected, not taken for a reserve number.
        "reserve_number_pattern", KIND_PATTERN,
        r"^(?=.*[A-Z])[A-Z0-9]{6,14}$|^99\d{6,10}$", tr_noop("Mönster för reservnummer"), GROUP_DATA,
        1, 500),
    SettingSpec("shrink_ratio", KIND_FLOAT, 0.5,
                tr_noop("Misstänkt avkortad export under andel av förra"), GROUP_DATA, 0, 1),
    SettingSpec("archive_retention_months", KIND_INT, 24,
                tr_noop("Importerade filer sparas i arkivet (månader)"), GROUP_DATA, 1, 240),
    SettingSpec("auto_backups_kept", KIND_INT, 7, tr_noop("Antal automatiska dagliga säkerhetskopior"),
                GROUP_DATA, 0, 366),
)

SPEC_BY_KEY = {spec.key: spec for spec in SPECS}

# Pairs (lower, higher): the first setting's value must be below the second's.
ORDERED_PAIRS: tuple[tuple[str, str], ...] = (
    ("cfs_preventive_max", "cfs_sip_max"),
)

_TRUE_WORDS = ("ja", "j", "true", "1", "yes", "on", "sant")
_FALSE_WORDS = ("nej", "n", "false", "0", "no", "off", "falskt")


class SettingError(ValueError):
    """A setting's value that cannot be used; ``message`` is one Swedish sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def spec_for(key: str) -> SettingSpec:
    try:
        return SPEC_BY_KEY[key]
    except KeyError:
        raise SettingError(translate(
            "settings", "Det finns ingen inställning som heter {key}. Alla inställningar "
            "visas med 'huddle settings list'.").format(key=repr(key))) from None


def _number_text(value: float | None) -> str:
    # Swedish: a decimal comma, as the user types it ("0,4"; parse_value reads both).
    return "" if value is None else f"{value:g}".replace(".", ",")


def format_value(spec: SettingSpec, value: Any) -> str:
    """A value as the settings dialog shows it and :func:`parse_value` reads it back."""
    if spec.kind == KIND_BOOL:
        return "ja" if value else "nej"
    if spec.kind in (KIND_TEXT_LIST, KIND_INT_LIST):
        return ", ".join(str(item) for item in value)
    if spec.kind == KIND_FLOAT:
        return _number_text(value)
    return str(value)


def _parse_int(spec: SettingSpec, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise SettingError(translate(
            "settings", "{label}: {text} är inget heltal. Skriv ett heltal, till exempel "
            "{example}.").format(label=spec.label, text=repr(text.strip()),
                                  example=spec.default if spec.kind == KIND_INT else 3)
        ) from None


def parse_value(spec: SettingSpec, text: str) -> Any:
    """Read a value typed as text: numbers with a decimal point or comma, yes/no as
    ja/nej/true/false/1/0, lists as comma-separated values ("3,2,4,3,3"); then check it."""
    kind = spec.kind
    if kind == KIND_INT:
        value: Any = _parse_int(spec, text)
    elif kind == KIND_FLOAT:
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            raise SettingError(translate(
                "settings", "{label}: {text} är inget tal. Skriv ett tal, till exempel "
                "{example}.").format(label=spec.label, text=repr(text.strip()),
                                      example=format_value(spec, spec.default))) from None
    elif kind == KIND_BOOL:
        word = text.strip().casefold()
        if word not in _TRUE_WORDS + _FALSE_WORDS:
            raise SettingError(translate(
                "settings", "{label}: skriv ja eller nej (eller true/false, 1/0).").format(
                label=spec.label))
        value = word in _TRUE_WORDS
    elif kind == KIND_TEXT_LIST:
        value = [part.strip() for part in text.split(",") if part.strip()]
    elif kind == KIND_INT_LIST:
        value = [_parse_int(spec, part) for part in text.split(",") if part.strip()]
    else:  # text, pattern
        value = text.strip()
    return check_value(spec, value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_bounds(spec: SettingSpec, number: float) -> None:
    low, high = spec.minimum, spec.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        raise SettingError(translate(
            "settings", "{label} ska vara mellan {low} och {high}; {value} går inte.").format(
            label=spec.label, low=_number_text(low), high=_number_text(high),
            value=_number_text(number)))


def _check_length(spec: SettingSpec, text: str) -> None:
    length = len(text.strip())
    if spec.minimum and length < spec.minimum:
        raise SettingError(translate("settings", "{label} får inte vara tomt.").format(
            label=spec.label))
    if spec.maximum is not None and length > spec.maximum:
        raise SettingError(translate(
            "settings", "{label} får vara högst {n} tecken långt.").format(
            label=spec.label, n=_number_text(spec.maximum)))


def _wrong_kind(spec: SettingSpec) -> SettingError:
    wanted = {
        KIND_INT: translate("settings", "ett heltal"),
        KIND_FLOAT: translate("settings", "ett tal"),
        KIND_BOOL: translate("settings", "ja eller nej"),
        KIND_TEXT: translate("settings", "en text"),
        KIND_PATTERN: translate("settings", "ett reguljärt uttryck"),
        KIND_TEXT_LIST: translate("settings", "en lista med texter"),
        KIND_INT_LIST: translate("settings", "en lista med heltal"),
    }[spec.kind]
    return SettingError(translate("settings", "{label} ska vara {wanted}.").format(
        label=spec.label, wanted=wanted))


def check_value(spec: SettingSpec, value: Any) -> Any:
    """``value`` if it is of the setting's kind and within its bounds (an int given for a
    float becomes a float), else :class:`SettingError` with a Swedish sentence."""
    kind = spec.kind
    if kind == KIND_INT:
        if not _is_int(value):
            raise _wrong_kind(spec)
        _check_bounds(spec, value)
        return value
    if kind == KIND_FLOAT:
        if not (_is_int(value) or isinstance(value, float)) or not math.isfinite(value):
            raise _wrong_kind(spec)
        _check_bounds(spec, value)
        return float(value)
    if kind == KIND_BOOL:
        if not isinstance(value, bool):
            raise _wrong_kind(spec)
        return value
    if kind in (KIND_TEXT, KIND_PATTERN):
        if not isinstance(value, str):
            raise _wrong_kind(spec)
        _check_length(spec, value)
        if kind == KIND_PATTERN:
            _check_pattern(spec, value)
        return value
    if not isinstance(value, list):
        raise _wrong_kind(spec)
    if spec.length is not None and len(value) != spec.length:
        raise SettingError(translate(
            "settings", "{label} ska ha {n} värden åtskilda med komma, till exempel {example}; "
            "{count} är fel antal.").format(
            label=spec.label, n=spec.length, count=len(value),
            example=",".join(str(item) for item in spec.default)))
    for item in value:
        if kind == KIND_INT_LIST:
            if not _is_int(item):
                raise _wrong_kind(spec)
            _check_bounds(spec, item)
        else:
            if not isinstance(item, str):
                raise _wrong_kind(spec)
            _check_length(spec, item)
    return list(value)


def _check_pattern(spec: SettingSpec, value: str) -> None:
    try:
        re.compile(value)
    except re.error as err:
        # The position, not re's English reason: the sentence stays Swedish.
        raise SettingError(translate(
            "settings", "{label}: {pattern} är inget giltigt reguljärt uttryck (felet sitter "
            "vid tecken {n}).").format(
            label=spec.label, pattern=repr(value), n=(err.pos or 0) + 1)) from None


def check_rules(values: Mapping[str, Any]) -> None:
    """What must hold between settings, given every setting's value (stored over default)."""
    for lower, higher in ORDERED_PAIRS:
        if values[lower] >= values[higher]:
            raise SettingError(translate(
                "settings", "»{lower}« ({low}) måste vara lägre än »{higher}« ({high}).").format(
                lower=SPEC_BY_KEY[lower].label, low=values[lower],
                higher=SPEC_BY_KEY[higher].label, high=values[higher]))


def usable_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The stored values a rule can trust: each checked against its declaration, and the
    pairs that must keep an order; a value that fails falls back to its default."""
    usable: dict[str, Any] = {}
    for key, value in values.items():
        spec = SPEC_BY_KEY.get(key)
        if spec is None:
            continue
        try:
            usable[key] = check_value(spec, value)
        except SettingError:
            continue
    for lower, higher in ORDERED_PAIRS:
        low = usable.get(lower, SPEC_BY_KEY[lower].default)
        high = usable.get(higher, SPEC_BY_KEY[higher].default)
        if low >= high:
            usable.pop(lower, None)
            usable.pop(higher, None)
    return usable


@dataclass(frozen=True)
class Settings:
    """A snapshot of the settings: stored values over declared defaults."""

    values: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        values = usable_values(self.values)
        object.__setattr__(self, "values", values)
        # Immutable values become plain attributes: a board on a large health centre reads
        # settings some 30,000 times, and __getattr__ (below) is then only for the lists.
        for spec in SPECS:
            value = values.get(spec.key, spec.default)
            if not isinstance(value, list):
                object.__setattr__(self, spec.key, value)

    def __getattr__(self, key: str) -> Any:
        if key in SPEC_BY_KEY:
            if key in self.values:
                return self.values[key]
            default = SPEC_BY_KEY[key].default
            # A copy: a caller extending a list must not change the default for everyone.
            return list(default) if isinstance(default, list) else default
        raise AttributeError(key)

    def effective(self) -> dict[str, Any]:
        """Every setting's value: stored over default."""
        return {spec.key: getattr(self, spec.key) for spec in SPECS}

    def is_default(self, key: str) -> bool:
        return key not in self.values

    @property
    def configured(self) -> bool:
        return bool(str(self.values.get("vc_name", "")).strip())

    def vc_names(self) -> list[str]:
        return [self.vc_name, *self.vc_aliases]


def normalise_vc(name: str) -> str:
    """Health-centre names compare ignoring case and surplus spaces."""
    return " ".join(name.split()).casefold()
