-- IdentityDesk schema, version 1 (SQLite dialect).
-- Statements are separated by lines holding only ";--".

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('agent','reviewer','supervisor','administrator')),
    password_hash   TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL
);
;--
CREATE TABLE account (
    id                      INTEGER PRIMARY KEY,
    login                   TEXT NOT NULL UNIQUE,
    kind                    TEXT NOT NULL CHECK (kind IN ('person','organization')),
    name                    TEXT NOT NULL,
    former_name             TEXT,
    uscc                    TEXT,
    organization_type       TEXT CHECK (organization_type IN ('enterprise','social_organization','public_institution','other')),
    legal_rep_name          TEXT,
    legal_rep_id_number     TEXT,
    primary_agent_id        INTEGER REFERENCES account(id),
    identity_region         TEXT CHECK (identity_region IN ('mainland','hk_mo_tw','other')),
    id_type                 TEXT CHECK (id_type IN ('resident_id','hk_mo_permit','tw_permit','passport','other')),
    id_number               TEXT,
    id_valid_from           TEXT,
    id_valid_until          TEXT,
    phone                   TEXT,
    email                   TEXT,
    real_name_status        TEXT NOT NULL DEFAULT 'unverified'
                            CHECK (real_name_status IN ('unverified','verified_national','failed','manual_pending','verified_manual')),
    account_status          TEXT NOT NULL DEFAULT 'active'
                            CHECK (account_status IN ('pending_activation','active','disabled','merged')),
    merged_into_id          INTEGER REFERENCES account(id),
    origin                  TEXT NOT NULL DEFAULT 'platform',
    created_at              TEXT NOT NULL,
    password_hash           TEXT,
    must_change_password    INTEGER NOT NULL DEFAULT 0
);
;--
CREATE INDEX ix_account_uscc ON account(uscc);
;--
CREATE INDEX ix_account_id_number ON account(id_number);
;--
CREATE INDEX ix_account_phone ON account(phone);
;--
CREATE INDEX ix_account_created ON account(created_at, id);
;--
CREATE INDEX ix_account_name ON account(name, id);
;--
CREATE INDEX ix_account_former_name ON account(former_name, id) WHERE former_name IS NOT NULL;
;--
-- One ID number (person) or USCC (organization) may be real-name bound to one account only.
CREATE UNIQUE INDEX ux_account_person_binding ON account(id_number)
    WHERE kind = 'person' AND real_name_status IN ('verified_national','verified_manual');
;--
CREATE UNIQUE INDEX ux_account_org_binding ON account(uscc)
    WHERE kind = 'organization' AND real_name_status IN ('verified_national','verified_manual');
;--
CREATE TABLE account_event (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES account(id),
    occurred_at     TEXT NOT NULL,
    kind            TEXT NOT NULL,
    detail          TEXT
);
;--
CREATE INDEX ix_account_event_account ON account_event(account_id, occurred_at);
;--
CREATE TABLE business_system (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL
);
;--
CREATE TABLE delegation (
    id                      INTEGER PRIMARY KEY,
    organization_id         INTEGER NOT NULL REFERENCES account(id),
    person_id               INTEGER NOT NULL REFERENCES account(id),
    business_system_id      INTEGER NOT NULL REFERENCES business_system(id),
    role                    TEXT NOT NULL,
    granted_at              TEXT NOT NULL,
    expires_at              TEXT,
    revoked_at              TEXT
);
;--
CREATE INDEX ix_delegation_org ON delegation(organization_id);
;--
CREATE INDEX ix_delegation_person ON delegation(person_id);
;--
CREATE TABLE project (
    id                      INTEGER PRIMARY KEY,
    account_id              INTEGER NOT NULL REFERENCES account(id),
    business_system_id      INTEGER NOT NULL REFERENCES business_system(id),
    reference               TEXT NOT NULL,
    title                   TEXT NOT NULL,
    status                  TEXT NOT NULL,
    created_at              TEXT NOT NULL
);
;--
CREATE INDEX ix_project_account ON project(account_id);
;--
CREATE TABLE document (
    id              INTEGER PRIMARY KEY,
    owner_type      TEXT NOT NULL,
    owner_id        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    mime_type       TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    content         BLOB,
    storage_key     TEXT,
    uploaded_at     TEXT NOT NULL,
    CHECK (content IS NOT NULL OR storage_key IS NOT NULL)
);
;--
CREATE INDEX ix_document_owner ON document(owner_type, owner_id);
;--
CREATE TABLE legacy_account (
    id                      INTEGER PRIMARY KEY,
    system                  TEXT NOT NULL,
    legacy_login            TEXT NOT NULL,
    kind                    TEXT NOT NULL CHECK (kind IN ('person','organization')),
    name                    TEXT,
    uscc                    TEXT,
    phone                   TEXT,
    id_number               TEXT,
    password_hash           TEXT,
    registered_at           TEXT,
    migration_case          TEXT CHECK (migration_case IN ('O1','O2','O3','O4','P1','P2','P3','P4')),
    platform_account_id     INTEGER REFERENCES account(id),
    migrated_at             TEXT,
    conflict_reason         TEXT,
    UNIQUE (system, legacy_login)
);
;--
CREATE INDEX ix_legacy_uscc ON legacy_account(uscc);
;--
CREATE INDEX ix_legacy_phone ON legacy_account(phone);
;--
CREATE INDEX ix_legacy_platform ON legacy_account(platform_account_id);
;--
CREATE TABLE appeal (
    id                  INTEGER PRIMARY KEY,
    appeal_type         TEXT NOT NULL CHECK (appeal_type IN ('person_recovery','organization_recovery','assisted_registration','modify_organization')),
    state               TEXT NOT NULL DEFAULT 'new'
                        CHECK (state IN ('new','claimed','waiting_for_user','approved','rejected','withdrawn')),
    account_id          INTEGER REFERENCES account(id),
    applicant_name      TEXT,
    organization_name   TEXT,
    uscc                TEXT,
    id_number           TEXT,
    phone               TEXT,
    payload             TEXT,
    submitted_at        TEXT NOT NULL,
    due_at              TEXT,
    claimed_by          TEXT,
    claimed_at          TEXT,
    decided_by          TEXT,
    decided_at          TEXT,
    decision_reason     TEXT
);
;--
CREATE INDEX ix_appeal_state_due ON appeal(state, due_at, id);
;--
CREATE TABLE real_name_review (
    id                  INTEGER PRIMARY KEY,
    account_id          INTEGER NOT NULL REFERENCES account(id),
    state               TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','claimed','approved','rejected')),
    submitted_at        TEXT NOT NULL,
    due_at              TEXT,
    claimed_by          TEXT,
    decided_by          TEXT,
    decided_at          TEXT,
    decision_reason     TEXT
);
;--
CREATE INDEX ix_review_state ON real_name_review(state, submitted_at);
;--
CREATE TABLE account_merge (
    id                  INTEGER PRIMARY KEY,
    source_account_id   INTEGER NOT NULL REFERENCES account(id),
    target_account_id   INTEGER NOT NULL REFERENCES account(id),
    state               TEXT NOT NULL DEFAULT 'requested' CHECK (state IN ('requested','approved','rejected','applied','reverted')),
    requested_by        TEXT NOT NULL,
    requested_at        TEXT NOT NULL,
    approved_by         TEXT,
    approved_at         TEXT,
    reason              TEXT,
    undo_data           TEXT
);
;--
CREATE TABLE sms_outbox (
    id                  INTEGER PRIMARY KEY,
    idempotency_key     TEXT NOT NULL UNIQUE,
    phone               TEXT NOT NULL,
    body                TEXT NOT NULL,
    state               TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','sending','sent','failed')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT,
    created_at          TEXT NOT NULL,
    sent_at             TEXT,
    last_error          TEXT
);
;--
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL,
    staff_login     TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity_type     TEXT NOT NULL,
    entity_id       TEXT,
    before_json     TEXT,
    after_json      TEXT,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
);
;--
CREATE INDEX ix_audit_entity ON audit_log(entity_type, entity_id);
;--
INSERT INTO business_system (code, name) VALUES
    ('hgr', '人类遗传资源'),
    ('hte', '高新技术企业认定'),
    ('tsme', '科技型中小企业评价'),
    ('fex', '外国专家项目'),
    ('torch', '火炬中心业务办理平台');
