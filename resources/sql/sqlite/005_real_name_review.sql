-- Schema 5: manual real-name review (issue 9). Requests from the public platform (person, organization, primary
-- agent), each with its submissions (a resubmission after a rejection keeps the earlier ones), their documents,
-- the decisions with reason codes, and the supervisors' QA samples. The queue is worked with the generic claim
-- engine (store/ClaimEngine.h). On PostgreSQL the same tables are guarded by the server (postgresql/005_...).
-- Statements are separated by lines holding only ";--".

-- The stub of schema 1 was never used: it is replaced.
DROP INDEX IF EXISTS ix_review_state;
;--
DROP TABLE real_name_review;
;--
CREATE TABLE real_name_review (
    id                      INTEGER PRIMARY KEY,
    ref                     TEXT NOT NULL UNIQUE,       -- the public platform's reference
    review_type             TEXT NOT NULL CHECK (review_type IN ('person','organization','primary_agent')),
    account_id              INTEGER NOT NULL REFERENCES account(id),
    state                   TEXT NOT NULL DEFAULT 'new'
                            CHECK (state IN ('new','claimed','approved','rejected','withdrawn')),
    -- What an approval binds to the account: the ID number (person, primary agent) or the USCC (organization),
    -- from the current submission. Personal: PostgreSQL lets no staff role read it but the claim's holder.
    subject_number          TEXT NOT NULL,
    current_submission_id   INTEGER,
    submitted_at            TEXT NOT NULL,
    due_at                  TEXT,
    claimed_by              TEXT,
    claimed_at              TEXT,
    claim_expires_at        TEXT,
    version                 INTEGER NOT NULL DEFAULT 0,
    filed_by                TEXT,
    decided_by              TEXT,
    decided_at              TEXT,
    decision_reason         TEXT
);
;--
CREATE INDEX ix_review_claimable ON real_name_review((due_at IS NULL), due_at, id) WHERE state IN ('new', 'claimed');
;--
CREATE INDEX ix_review_state_due ON real_name_review(state, due_at, id);
;--
CREATE INDEX ix_review_account ON real_name_review(account_id);
;--
CREATE INDEX ix_review_subject ON real_name_review(subject_number);
;--
-- One row per submission of a request; never changed. The personal values (ID numbers, phones) have columns of
-- their own so that PostgreSQL can keep them from staff; the rest of the declared data is fields_json.
CREATE TABLE real_name_submission (
    id                      INTEGER PRIMARY KEY,
    review_id               INTEGER NOT NULL REFERENCES real_name_review(id),
    seq                     INTEGER NOT NULL,           -- 1 for the first submission
    submitted_at            TEXT NOT NULL,
    fields_json             TEXT NOT NULL,              -- declared data other than the columns below
    id_number               TEXT,                       -- person / primary agent; organization: legal representative
    phone                   TEXT,                       -- person / primary agent; organization: the agent's
    agent_id_number         TEXT,                       -- organization: the agent's ID number
    checks_json             TEXT NOT NULL,              -- the checklist derived from the declared data at intake
    filed_by                TEXT,
    UNIQUE (review_id, seq)
);
;--
CREATE TABLE real_name_decision (
    id                      INTEGER PRIMARY KEY,
    review_id               INTEGER NOT NULL REFERENCES real_name_review(id),
    submission_id           INTEGER NOT NULL REFERENCES real_name_submission(id),
    outcome                 TEXT NOT NULL CHECK (outcome IN ('approved','rejected')),
    reason_codes            TEXT,                       -- comma-separated reason_template codes (rejections)
    free_text               TEXT,
    document_reasons        TEXT,                       -- JSON [{"document_id", "kind", "reason"}]
    decided_by              TEXT NOT NULL,
    decided_at              TEXT NOT NULL
);
;--
CREATE INDEX ix_review_decision_review ON real_name_decision(review_id, id);
;--
-- A supervisor's second review of a decided request: changes nothing by itself, records (dis)agreement.
CREATE TABLE real_name_qa_sample (
    id                      INTEGER PRIMARY KEY,
    review_id               INTEGER NOT NULL REFERENCES real_name_review(id),
    decision_id             INTEGER NOT NULL UNIQUE REFERENCES real_name_decision(id),
    reviewer_login          TEXT NOT NULL,
    sampled_by              TEXT NOT NULL,
    sampled_at              TEXT NOT NULL,
    verdict                 TEXT NOT NULL DEFAULT 'pending' CHECK (verdict IN ('pending','agree','disagree')),
    note                    TEXT,
    verdict_at              TEXT
);
;--
CREATE INDEX ix_review_qa_reviewer ON real_name_qa_sample(reviewer_login, verdict);
;--
-- Fraud signals: the perceptual hash (dHash, 64 bits) of a decoded image; the SHA-256 is already there.
ALTER TABLE document ADD COLUMN phash INTEGER;
;--
CREATE INDEX ix_document_sha256 ON document(sha256);
;--
-- The review whose decision queued a message.
ALTER TABLE sms_outbox ADD COLUMN review_id INTEGER REFERENCES real_name_review(id);
;--
-- The queue as staff read it: the holder of another account bound to the same number, and a key to compare
-- subjects without reading them (PostgreSQL: a digest; here the number itself, the file is the boundary).
CREATE VIEW real_name_review_queue AS
SELECT r.id, r.ref, r.review_type, r.account_id, a.login AS account_login, r.state, r.submitted_at, r.due_at,
       r.claimed_by, r.claimed_at, r.claim_expires_at, r.version, r.filed_by, r.decided_by, r.decided_at,
       r.decision_reason, r.current_submission_id, r.subject_number,
       (SELECT b.login FROM account b
         WHERE b.id <> r.account_id AND b.real_name_status IN ('verified_national', 'verified_manual')
           AND ((r.review_type = 'organization' AND b.kind = 'organization' AND b.uscc = r.subject_number)
             OR (r.review_type <> 'organization' AND b.kind = 'person' AND b.id_number = r.subject_number))
         ORDER BY b.id LIMIT 1) AS bound_holder,
       upper(r.subject_number) AS subject_key
FROM real_name_review r JOIN account a ON a.id = r.account_id;
;--
CREATE VIEW real_name_submission_view AS
SELECT s.id, s.review_id, s.seq, s.submitted_at, s.fields_json, s.checks_json, s.filed_by, s.id_number, s.phone,
       s.agent_id_number
FROM real_name_submission s;
;--
-- Every stored document with the case it belongs to and that case's subject key (image reuse).
CREATE VIEW real_name_case_document AS
SELECT d.id AS document_id, d.sha256, d.phash, 'review' AS case_type, r.id AS case_id, r.ref AS case_ref,
       upper(r.subject_number) AS subject_key
FROM document d JOIN real_name_submission s ON d.owner_type = 'review_submission' AND s.id = d.owner_id
JOIN real_name_review r ON r.id = s.review_id
UNION ALL
SELECT d.id, d.sha256, d.phash, 'appeal', p.id, coalesce(p.external_ref, 'appeal ' || p.id),
       upper(CASE WHEN p.appeal_type = 'person_recovery' THEN p.id_number ELSE p.uscc END)
FROM document d JOIN appeal p ON d.owner_type = 'appeal' AND p.id = d.owner_id;
;--
INSERT INTO desk_setting (key, value) VALUES ('review_qa_share_percent', '5');
