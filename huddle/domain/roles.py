"""Who is who at the huddle: roles, the organisations they belong to, who follows up at home,
and who may score a CFS. The labels are kept here and nowhere else.

Region and municipality are separate principals. Every role and every follow-up actor belongs
to one organisation, so that each organisation leaves the huddle with a list of what it holds
(``huddle actions``).
"""

from __future__ import annotations

from huddle.i18n import tr_noop

# ---------------------------------------------------------------- organisations

ORG_VARDCENTRAL = "vardcentral"
ORG_BISTAND = "bistand"
ORG_KOMMUNAL_HSL = "kommunal_hsl"
ORG_HEMTJANST = "hemtjanst"

ORGANISATION_ORDER: tuple[str, ...] = (ORG_VARDCENTRAL, ORG_BISTAND, ORG_KOMMUNAL_HSL,
                                       ORG_HEMTJANST)

ORGANISATION_LABELS = {
    ORG_VARDCENTRAL: tr_noop("Vårdcentralen (äldre-ssk, läkare, rehab)"),
    ORG_BISTAND: tr_noop("Biståndshandläggare"),
    ORG_KOMMUNAL_HSL: tr_noop("Kommunal hälso- och sjukvård"),
    ORG_HEMTJANST: tr_noop("Hemtjänst"),
}

MUNICIPAL_ORGANISATIONS = frozenset({ORG_BISTAND, ORG_KOMMUNAL_HSL, ORG_HEMTJANST})

# ---------------------------------------------------------------- roles at the huddle

ROLE_LABELS = {
    "aldre_ssk": tr_noop("Äldre-sjuksköterska"),
    "bistandshandlaggare": tr_noop("Biståndshandläggare"),
    "kommunal_hsl": tr_noop("Kommunal hälso- och sjukvård"),
    "hemtjanst": tr_noop("Hemtjänst"),
    "lakare": tr_noop("Läkare"),
    "rehab": tr_noop("Rehab"),
    "annan": tr_noop("Annan"),
}
ROLE_ORDER: tuple[str, ...] = tuple(ROLE_LABELS)
CHAIR_ROLE = "aldre_ssk"

ORGANISATION_OF_ROLE = {
    "aldre_ssk": ORG_VARDCENTRAL,
    "lakare": ORG_VARDCENTRAL,
    "rehab": ORG_VARDCENTRAL,
    "annan": ORG_VARDCENTRAL,
    "bistandshandlaggare": ORG_BISTAND,
    "kommunal_hsl": ORG_KOMMUNAL_HSL,
    "hemtjanst": ORG_HEMTJANST,
}

# ---------------------------------------------------------------- follow-up at home

ACTOR_LABELS = {
    "forebyggande_team": tr_noop("Förebyggande team"),
    "vc": tr_noop("Distriktsläkare/sjuksköterska/rehab"),
    "kommunal_primarvard": tr_noop("Kommunal primärvård"),
    "bistandshandlaggare": tr_noop("Biståndshandläggare"),
    "hemtjanst": tr_noop("Hemtjänst"),
    "digital": tr_noop("Digital uppföljning"),
}

ORGANISATION_OF_ACTOR = {
    "forebyggande_team": ORG_VARDCENTRAL,
    "vc": ORG_VARDCENTRAL,
    "digital": ORG_VARDCENTRAL,
    "kommunal_primarvard": ORG_KOMMUNAL_HSL,
    "bistandshandlaggare": ORG_BISTAND,
    "hemtjanst": ORG_HEMTJANST,
}

# ---------------------------------------------------------------- CFS scoring

SCORER_ROLES = {
    "aldre_ssk": tr_noop("Äldre-sjuksköterska"),
    "sjukskoterska": tr_noop("Sjuksköterska"),
    "lakare": tr_noop("Läkare"),
    "arbetsterapeut": tr_noop("Arbetsterapeut"),
    "fysioterapeut": tr_noop("Fysioterapeut"),
    "kommunal_hsl": tr_noop("Kommunal hälso- och sjukvård"),
    "annan": tr_noop("Annan"),
}


def organisation_of_role(role: str) -> str:
    return ORGANISATION_OF_ROLE.get(role, ORG_VARDCENTRAL)


def organisation_of_actor(actor: str) -> str:
    return ORGANISATION_OF_ACTOR.get(actor, ORG_VARDCENTRAL)


def is_municipal_role(role: str) -> bool:
    return organisation_of_role(role) in MUNICIPAL_ORGANISATIONS


def is_municipal_actor(actor: str) -> bool:
    return organisation_of_actor(actor) in MUNICIPAL_ORGANISATIONS
