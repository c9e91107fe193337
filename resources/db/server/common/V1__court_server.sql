-- The court server's store (docs/sync.md). Portable SQL: the same tables on SQLite and
-- PostgreSQL. Ids are the devices' UUIDs as text; seq_counter gives the one global order.

-- One row: the last server sequence given. Taken with UPDATE ... RETURNING inside the change's
-- transaction, so the row lock orders commits the same way as sequences (PostgreSQL) and the
-- single writer does the same on SQLite.
CREATE TABLE seq_counter (
    name   VARCHAR(32) PRIMARY KEY,
    value  BIGINT NOT NULL
);
INSERT INTO seq_counter (name, value) VALUES ('change', 0);

CREATE TABLE officers (
    id          VARCHAR(64) PRIMARY KEY,
    court_code  VARCHAR(32)
);

CREATE TABLE enrol_codes (
    code_sha256  CHAR(64) PRIMARY KEY,
    officer_id   VARCHAR(64) NOT NULL,
    created_at   VARCHAR(40) NOT NULL,
    used_at      VARCHAR(40)
);

CREATE TABLE devices (
    id            VARCHAR(64) PRIMARY KEY,
    officer_id    VARCHAR(64) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    token_sha256  CHAR(64) NOT NULL UNIQUE,
    enrolled_at   VARCHAR(40) NOT NULL,
    revoked_at    VARCHAR(40),
    chain_seq     BIGINT NOT NULL DEFAULT 0,
    chain_hash    CHAR(64) NOT NULL
);

-- The audit chain of each device as received; checked link by link on arrival.
CREATE TABLE device_chain (
    device_id       VARCHAR(64) NOT NULL,
    seq             BIGINT NOT NULL,
    id              VARCHAR(200) NOT NULL,
    at              VARCHAR(40) NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    action          VARCHAR(200) NOT NULL,
    entity          VARCHAR(200) NOT NULL,
    entity_id       VARCHAR(200) NOT NULL,
    payload_sha256  CHAR(64) NOT NULL,
    prev_hash       CHAR(64) NOT NULL,
    hash            CHAR(64) NOT NULL,
    received_at     VARCHAR(40) NOT NULL,
    PRIMARY KEY (device_id, seq)
);

-- The newest signed receipt per device.
CREATE TABLE receipts (
    device_id        VARCHAR(64) PRIMARY KEY,
    body             TEXT NOT NULL
);

-- Every operation received, keyed (device, op_id): a repeat gets result back unchanged.
CREATE TABLE ops (
    device_id    VARCHAR(64) NOT NULL,
    op_id        VARCHAR(64) NOT NULL,
    body_sha256  CHAR(64) NOT NULL,
    result       TEXT NOT NULL,
    client_time  VARCHAR(40) NOT NULL,
    received_at  VARCHAR(40) NOT NULL,
    skew_seconds BIGINT NOT NULL,
    skew_flagged INTEGER NOT NULL,
    PRIMARY KEY (device_id, op_id)
);

-- The current state of every entity. Sealed records never change (checked in code and by a
-- trigger where the database has them).
CREATE TABLE entities (
    entity          VARCHAR(16) NOT NULL,
    entity_id       VARCHAR(64) NOT NULL,
    version         BIGINT NOT NULL,
    payload         TEXT,
    payload_sha256  CHAR(64),
    sealed          INTEGER NOT NULL DEFAULT 0,
    deleted         INTEGER NOT NULL DEFAULT 0,
    court_code      VARCHAR(32),
    case_id         VARCHAR(64),
    case_number     VARCHAR(100),
    officer_ids     TEXT,
    sequence        BIGINT NOT NULL,
    PRIMARY KEY (entity, entity_id)
);
CREATE UNIQUE INDEX entities_case_number ON entities (case_number);

-- Every version of every entity: the base of a three-way merge, and the pull feed.
CREATE TABLE changes (
    sequence        BIGINT PRIMARY KEY,
    entity          VARCHAR(16) NOT NULL,
    entity_id       VARCHAR(64) NOT NULL,
    op              VARCHAR(16) NOT NULL,
    version         BIGINT NOT NULL,
    payload         TEXT,
    payload_sha256  CHAR(64),
    court_code      VARCHAR(32),
    case_id         VARCHAR(64),
    officer_ids     TEXT,
    origin_device   VARCHAR(64),
    origin_exact    INTEGER NOT NULL,
    server_time     VARCHAR(40) NOT NULL
);
CREATE UNIQUE INDEX changes_version ON changes (entity, entity_id, version);

-- 冲突: a field changed differently at the office and in the field. The office value stays in
-- the entity; both are kept here for a person to decide.
CREATE TABLE conflicts (
    op_id         VARCHAR(64) NOT NULL,
    field         VARCHAR(200) NOT NULL,
    entity        VARCHAR(16) NOT NULL,
    entity_id     VARCHAR(64) NOT NULL,
    device_id     VARCHAR(64) NOT NULL,
    base_value    TEXT,
    office_value  TEXT,
    device_value  TEXT,
    created_at    VARCHAR(40) NOT NULL,
    resolved_at   VARCHAR(40),
    PRIMARY KEY (op_id, field)
);

-- Sealed records that arrived with a different hash for an id already sealed: refused, kept.
CREATE TABLE quarantine (
    device_id       VARCHAR(64) NOT NULL,
    op_id           VARCHAR(64) NOT NULL,
    entity_id       VARCHAR(64) NOT NULL,
    payload         TEXT NOT NULL,
    payload_sha256  CHAR(64) NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    received_at     VARCHAR(40) NOT NULL,
    PRIMARY KEY (device_id, op_id)
);

-- Files by SHA-256: bytes received so far, and whether the whole file's hash was checked.
CREATE TABLE attachments (
    sha256      CHAR(64) PRIMARY KEY,
    length      BIGINT NOT NULL,
    received    BIGINT NOT NULL,
    state       VARCHAR(16) NOT NULL,
    updated_at  VARCHAR(40) NOT NULL
);
