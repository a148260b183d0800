"""Clinical Frailty Scale: levels, Swedish labels and the pathways of seed 003.

The labels are kept here and nowhere else (DOMAIN.md, "Clinical Frailty Scale").
"""

from __future__ import annotations

from typing import NamedTuple

from huddle.domain.settings import Settings
from huddle.i18n import tr_noop, translate

SCALE_VERSION = "2.0"
SCORE_VERSIONS = ("2.0", "1.2")  # the versions a score may be recorded with, newest first

LABELS: dict[int, str] = {
    1: tr_noop("Mycket vital"),
    2: tr_noop("Vital"),
    3: tr_noop("Klarar sig bra"),
    4: tr_noop("Mycket lätt skörhet"),
    5: tr_noop("Lätt skörhet"),
    6: tr_noop("Måttlig skörhet"),
    7: tr_noop("Allvarlig skörhet"),
    8: tr_noop("Mycket allvarlig skörhet"),
    9: tr_noop("Terminalt sjuk"),
}

DESCRIPTIONS: dict[int, str] = {
    1: tr_noop("Robust, aktiv, energisk och motiverad. Tränar regelbundet; bland de mest vitala i sin ålder."),
    2: tr_noop("Inga aktiva sjukdomssymtom men mindre vital än nivå 1. Tränar eller är aktiv ibland."),
    3: tr_noop("Medicinska problem är välkontrollerade men personen är inte regelbundet aktiv utöver vanlig promenad."),
    4: tr_noop("Inte beroende av andra i vardagen, men symtom begränsar ofta aktiviteter. Klagar ofta på att vara långsam eller trött."),
    5: tr_noop("Tydligare långsam; behöver hjälp med krävande aktiviteter som ekonomi, transporter, tungt hushållsarbete."),
    6: tr_noop("Behöver hjälp med alla utomhusaktiviteter och med hushållet; ofta problem med trappor och behöver hjälp vid bad."),
    7: tr_noop("Helt beroende av andra för personlig vård, av fysiska eller kognitiva skäl. Stabil, inte hög risk att dö inom 6 månader."),
    8: tr_noop("Helt beroende, närmar sig livets slut. Återhämtar sig oftast inte ens från en lindrig sjukdom."),
    9: tr_noop("Förväntad överlevnad under ca 6 månader, utan annan uttalad skörhet."),
}

PATHWAY_PREVENTIVE = "forebyggande"
PATHWAY_SIP = "sip_daglig"
PATHWAY_SAFE_HOME = "trygg_hemgang"

PATHWAY_LABELS: dict[str, str] = {
    PATHWAY_PREVENTIVE: tr_noop("Förebyggande team"),
    PATHWAY_SIP: tr_noop("SIP och daglig avstämning"),
    PATHWAY_SAFE_HOME: tr_noop("Trygg hemgång"),
}


class Pathway(NamedTuple):
    key: str
    label: str
    steps: tuple[str, ...]


def label(level: int) -> str:
    return LABELS[level]


def pathway_for(level: int, settings: Settings) -> Pathway:
    """The pathway a CFS level leads to; thresholds come from the settings."""
    if not 1 <= level <= 9:
        raise ValueError(translate("cfs", 'CFS-nivå måste vara 1–9, inte {level}.').format(level=level))
    if level <= settings.cfs_preventive_max:
        return Pathway(PATHWAY_PREVENTIVE, PATHWAY_LABELS[PATHWAY_PREVENTIVE], (
            tr_noop("Erbjud hälsosamtal"),
            "Fallprevention",
            tr_noop("Screening via förebyggande team"),
        ))
    if level <= settings.cfs_sip_max:
        return Pathway(PATHWAY_SIP, PATHWAY_LABELS[PATHWAY_SIP], (
            "Erbjud SIP",
            tr_noop("Ta upp vid daglig avstämning"),
            tr_noop("Trygg hemgång med telefonuppföljning inom 72 h om ej inskriven i kommunal hälso- och sjukvård"),
        ))
    return Pathway(PATHWAY_SAFE_HOME, PATHWAY_LABELS[PATHWAY_SAFE_HOME], (
        tr_noop("Uppdaterad vårdplan"),
        tr_noop("Korrekt läkemedelslista"),
        tr_noop("Hjälpmedel på plats"),
        tr_noop("Läkare för hembesök dygnet runt"),
    ))
