-- Huddle reference schema, step 1. Append-only: never edit a shipped migration;
-- add a new numbered file instead. Dates are ISO text: 'YYYY-MM-DD' for days,
-- 'YYYY-MM-DDTHH:MM[:SS]' for moments (local time of the health centre).

-- One health centre per database: name, aliases, municipality and tunables.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL          -- JSON
) STRICT;

-- Everyone the health centre coordinates around.
CREATE TABLE patients (
    id                  INTEGER PRIMARY KEY,
    personnummer        TEXT NOT NULL UNIQUE,  -- 12 digits with century, or a reserve number
    id_kind             TEXT NOT NULL DEFAULT 'personnummer'
                        CHECK (id_kind IN ('personnummer', 'samordningsnummer', 'reservnummer')),
    name                TEXT,                  -- 'Efternamn, Förnamn'
    birth_date          TEXT,                  -- YYYY-MM-DD, derived from the identity number
    protected_identity  INTEGER NOT NULL DEFAULT 0 CHECK (protected_identity IN (0, 1)),
    consent             TEXT NOT NULL DEFAULT 'unknown'
                        CHECK (consent IN ('given', 'declined', 'unknown')),
    consent_date        TEXT,
    consent_by          TEXT,
    municipal_hsl       INTEGER CHECK (municipal_hsl IN (0, 1)),  -- enrolled in kommunal hälso- och sjukvård
    home_care           INTEGER CHECK (home_care IN (0, 1)),      -- has hemtjänst
    flagged_at          TEXT,                  -- flagged for coordination by a participant
    flag_reason         TEXT,
    fictional           INTEGER NOT NULL DEFAULT 0 CHECK (fictional IN (0, 1)),
    source              TEXT NOT NULL DEFAULT 'manual',  -- samsa | manual | cfs | visits | demo
    created_at          TEXT NOT NULL
) STRICT;

-- Every file that went through `huddle import`, archived by hash.
CREATE TABLE imports (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL DEFAULT 'samsa' CHECK (kind IN ('samsa', 'cfs', 'visits')),
    file_name        TEXT NOT NULL,
    sha256           TEXT NOT NULL UNIQUE,
    archive_path     TEXT,
    as_of            TEXT NOT NULL,     -- the moment the export describes
    imported_at      TEXT NOT NULL,
    os_user          TEXT NOT NULL,
    result           TEXT NOT NULL      -- JSON: the import result shown to the user
) STRICT;

-- A SAMSA case (ärende): its latest known state.
CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    case_key         TEXT NOT NULL UNIQUE,   -- Ärende-ID, else personnummer + admission date
    samsa_id         TEXT,
    patient_id       INTEGER NOT NULL REFERENCES patients(id),
    hospital         TEXT,
    ward             TEXT,
    admitted_at      TEXT NOT NULL,
    pud              TEXT,                   -- planerat utskrivningsdatum
    ready_at         TEXT,                   -- utskrivningsklar
    discharged_at    TEXT,
    status           TEXT NOT NULL,          -- Inskriven | Utskrivningsklar | Utskriven | Avbruten
    municipality     TEXT,
    contact          TEXT,                   -- fast vårdkontakt
    municipal_hsl    INTEGER,
    home_care        INTEGER,
    sip_invited_on   TEXT,
    consent          TEXT,                   -- as SAMSA last said: given | declined | unknown
    protected        INTEGER NOT NULL DEFAULT 0,
    needs            TEXT,                   -- behov efter utskrivning, as written
    last_changed     TEXT,                   -- Senast ändrad
    raw              TEXT NOT NULL,          -- JSON of the raw row, unknown columns included
    first_import_id  INTEGER REFERENCES imports(id),
    last_import_id   INTEGER REFERENCES imports(id),
    last_seen_at     TEXT NOT NULL,
    gone_at          TEXT                    -- missing from a newer complete export
) STRICT;
CREATE INDEX cases_patient ON cases(patient_id);

-- What changed between two snapshots, stamped with the import's as_of.
CREATE TABLE case_events (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    patient_id  INTEGER NOT NULL REFERENCES patients(id),
    import_id   INTEGER REFERENCES imports(id),
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN (
                    'admitted', 'pud_set', 'pud_moved', 'ready', 'discharged',
                    'sip_invited', 'consent_changed', 'protected_changed', 'gone',
                    'returned', 'readmission', 'cancelled')),
    old_value   TEXT,
    new_value   TEXT
) STRICT;
CREATE INDEX case_events_at ON case_events(at);
CREATE INDEX case_events_case ON case_events(case_id);

-- Column mappings the user made once for an unknown layout, keyed by the header's signature.
CREATE TABLE column_mappings (
    signature   TEXT PRIMARY KEY,
    mapping     TEXT NOT NULL,   -- JSON {source column: reference column}
    created_at  TEXT NOT NULL
) STRICT;

-- Clinical Frailty Scale scores.
CREATE TABLE cfs_scores (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients(id),
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 9),
    scale_version   TEXT NOT NULL DEFAULT '2.0',
    scored_on       TEXT NOT NULL,
    scored_by_role  TEXT,
    scored_by_name  TEXT,
    baseline_note   TEXT,
    source          TEXT NOT NULL DEFAULT 'manual',  -- manual | import | demo
    import_id       INTEGER REFERENCES imports(id),
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX cfs_scores_patient ON cfs_scores(patient_id, scored_on);

-- Samordnad individuell plan, one row per SIP episode.
CREATE TABLE sips (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients(id),
    state           TEXT NOT NULL CHECK (state IN (
                        'behov', 'kallad', 'genomford', 'uppfoljd', 'avslutad', 'tackat_nej')),
    need_noted_on   TEXT,
    invited_on      TEXT,
    held_on         TEXT,
    followed_up_on  TEXT,
    closed_on       TEXT,
    declined_on     TEXT,
    note            TEXT,
    source          TEXT NOT NULL DEFAULT 'manual',  -- manual | samsa | demo
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX sips_patient ON sips(patient_id);

-- Visits for the frequent-attender rule (mångsökare).
CREATE TABLE visits (
    id          INTEGER PRIMARY KEY,
    patient_id  INTEGER NOT NULL REFERENCES patients(id),
    visit_date  TEXT NOT NULL,
    place       TEXT NOT NULL CHECK (place IN ('VC', 'Akutmottagning')),
    import_id   INTEGER REFERENCES imports(id),
    UNIQUE (patient_id, visit_date, place)
) STRICT;

-- The daily huddle.
CREATE TABLE huddles (
    id                INTEGER PRIMARY KEY,
    day               TEXT NOT NULL UNIQUE,
    started_at        TEXT NOT NULL,
    ended_at          TEXT,
    planned_minutes   INTEGER NOT NULL DEFAULT 15,
    overtime_seconds  INTEGER,
    summary           TEXT          -- JSON saved at the end
) STRICT;

CREATE TABLE huddle_attendance (
    id          INTEGER PRIMARY KEY,
    huddle_id   INTEGER NOT NULL REFERENCES huddles(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN (
                    'aldre_ssk', 'bistandshandlaggare', 'kommunal_hsl', 'hemtjanst',
                    'lakare', 'rehab', 'annan')),
    name        TEXT
) STRICT;
CREATE INDEX huddle_attendance_huddle ON huddle_attendance(huddle_id);

-- Decisions, carried forward until done. Escalations carry their answer back.
CREATE TABLE decisions (
    id                 INTEGER PRIMARY KEY,
    huddle_id          INTEGER REFERENCES huddles(id),
    patient_id         INTEGER REFERENCES patients(id),
    what               TEXT NOT NULL,
    responsible_role   TEXT NOT NULL,
    responsible_name   TEXT,
    due_on             TEXT,
    status             TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    done_at            TEXT,
    escalated_at       TEXT,
    escalated_to       TEXT,
    answer_text        TEXT,
    answer_by          TEXT,
    answer_at          TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_status ON decisions(status, due_on);

-- Each time an open decision was reviewed at a huddle.
CREATE TABLE decision_reviews (
    id           INTEGER PRIMARY KEY,
    decision_id  INTEGER NOT NULL REFERENCES decisions(id),
    huddle_id    INTEGER REFERENCES huddles(id),
    at           TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('done', 'new_date', 'escalated', 'kept')),
    old_due_on   TEXT,
    new_due_on   TEXT
) STRICT;

-- Needs for follow-up at home, and the 72-hour call after discharge (kind = 'call_72h').
CREATE TABLE followups (
    id           INTEGER PRIMARY KEY,
    patient_id   INTEGER NOT NULL REFERENCES patients(id),
    case_id      INTEGER REFERENCES cases(id),
    huddle_id    INTEGER REFERENCES huddles(id),
    kind         TEXT NOT NULL DEFAULT 'need' CHECK (kind IN ('need', 'call_72h')),
    reason       TEXT NOT NULL,
    actor        TEXT NOT NULL,
    due          TEXT,              -- date, or moment for the 72-hour call
    note         TEXT,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_at      TEXT,
    done_by      TEXT,
    outcome      TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX followups_status ON followups(status, due);
CREATE UNIQUE INDEX followups_one_call_per_case ON followups(case_id) WHERE kind = 'call_72h';

-- Patient Data Act: every view of or change to a patient's data.
CREATE TABLE access_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    action      TEXT NOT NULL,
    patient_id  INTEGER REFERENCES patients(id),
    detail      TEXT
) STRICT;
CREATE INDEX access_log_patient ON access_log(patient_id, at);
