-- Stagecraft map file, schema version 1. See docs/file-format.md.
CREATE TABLE map (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    title              TEXT NOT NULL,
    description        TEXT NOT NULL DEFAULT '',
    stale_after_months INTEGER NOT NULL DEFAULT 18 CHECK (stale_after_months > 0),
    target_minutes     INTEGER CHECK (target_minutes >= 0),
    created            TEXT NOT NULL,
    modified           TEXT NOT NULL
);

CREATE TABLE phase (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL
);

CREATE TABLE stage (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    phase_id INTEGER NOT NULL REFERENCES phase(id),
    position INTEGER NOT NULL,
    name     TEXT NOT NULL
);

CREATE TABLE lane (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('customer', 'front-stage', 'on-stage', 'back-stage',
                                           'support', 'evidence', 'notes'))
);

CREATE TABLE owner (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    color       TEXT NOT NULL,
    accountable TEXT NOT NULL DEFAULT ''
);

CREATE TABLE touchpoint (
    id                 INTEGER PRIMARY KEY,
    key                TEXT NOT NULL UNIQUE,
    stage_id           INTEGER NOT NULL REFERENCES stage(id),
    lane_id            INTEGER NOT NULL REFERENCES lane(id),
    position           INTEGER NOT NULL,
    title              TEXT NOT NULL,
    description        TEXT NOT NULL DEFAULT '',
    channel            TEXT NOT NULL DEFAULT '',
    owner_id           INTEGER REFERENCES owner(id),
    processing_minutes INTEGER CHECK (processing_minutes >= 0),
    emotion            INTEGER CHECK (emotion BETWEEN -2 AND 2),
    pain               INTEGER NOT NULL DEFAULT 0 CHECK (pain IN (0, 1)),
    last_reviewed      TEXT,
    evidence           TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX touchpoint_cell ON touchpoint(stage_id, lane_id, position);

CREATE TABLE link (
    id             INTEGER PRIMARY KEY,
    key            TEXT NOT NULL UNIQUE,
    from_id        INTEGER NOT NULL REFERENCES touchpoint(id),
    to_id          INTEGER NOT NULL REFERENCES touchpoint(id),
    kind           TEXT NOT NULL CHECK (kind IN ('flow', 'supports', 'handoff')),
    agreed_minutes INTEGER CHECK (agreed_minutes >= 0),
    wait_minutes   INTEGER CHECK (wait_minutes >= 0),
    note           TEXT NOT NULL DEFAULT '',
    CHECK (from_id <> to_id),
    UNIQUE (from_id, to_id, kind)
);
CREATE INDEX link_to ON link(to_id);
