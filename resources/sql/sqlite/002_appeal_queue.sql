-- Schema 2: what the recovery-appeal queue needs beyond the initial tables: the business-day calendar, claim
-- expiry, the paused SLA clock, reviewer notes, rejection templates, shared settings and SMS delivery state.
-- Statements are separated by lines holding only ";--".

-- One row per day that differs from the normal week: a public holiday on a weekday, or a make-up working day
-- (调休) on a weekend. Days not listed are working days from Monday to Friday.
CREATE TABLE holiday_calendar (
    day             TEXT PRIMARY KEY,          -- YYYY-MM-DD, China time
    kind            TEXT NOT NULL CHECK (kind IN ('holiday','workday')),
    name            TEXT NOT NULL
);
;--
-- The help desk finds legacy organizations by their name too.
CREATE INDEX ix_legacy_name ON legacy_account(name);
;--
-- And legacy accounts by login whatever the system (the unique index leads with the system).
CREATE INDEX ix_legacy_login ON legacy_account(legacy_login);
;--
-- The migration reads the pending legacy accounts of a system a batch at a time, by kind and id.
CREATE INDEX ix_legacy_pending ON legacy_account(system, kind, id) WHERE migration_case IS NULL;
;--
ALTER TABLE appeal ADD COLUMN external_ref TEXT;
;--
CREATE UNIQUE INDEX ux_appeal_external_ref ON appeal(external_ref) WHERE external_ref IS NOT NULL;
;--
-- 0 while the appeal lacks a usable document (refused at intake or asked for again).
ALTER TABLE appeal ADD COLUMN documents_complete INTEGER NOT NULL DEFAULT 1;
;--
-- When a claim lapses unless the holder works on the appeal again.
ALTER TABLE appeal ADD COLUMN claim_expires_at TEXT;
;--
-- While waiting for the user: when the wait began and how much business time was left on the clock.
ALTER TABLE appeal ADD COLUMN waiting_since TEXT;
;--
ALTER TABLE appeal ADD COLUMN sla_remaining_seconds INTEGER;
;--
ALTER TABLE appeal ADD COLUMN reason_code TEXT;
;--
-- Raised by every transition; a decision names the version it saw so that a stale screen cannot decide.
ALTER TABLE appeal ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
;--
CREATE INDEX ix_appeal_submitted ON appeal(submitted_at, id);
;--
-- "Next appeal": the most urgent claimable one, read from the front of this index.
CREATE INDEX ix_appeal_claimable ON appeal((due_at IS NULL), due_at, id) WHERE state IN ('new', 'claimed');
;--
-- The queue's per-state parts walk this index in due order; with the submission time in it, a date filter is
-- checked in the index instead of in every row.
DROP INDEX ix_appeal_state_due;
;--
CREATE INDEX ix_appeal_state_due ON appeal(state, due_at, id, submitted_at);
;--
CREATE INDEX ix_appeal_claimed_by ON appeal(claimed_by, state);
;--
CREATE INDEX ix_appeal_id_number ON appeal(id_number);
;--
CREATE INDEX ix_appeal_uscc ON appeal(uscc);
;--
CREATE INDEX ix_appeal_type_state_due ON appeal(appeal_type, state, due_at, id);
;--
-- The queue's text search: name prefixes (byte-wise, as the account look-up) and exact phones.
CREATE INDEX ix_appeal_applicant_name ON appeal(applicant_name, id);
;--
CREATE INDEX ix_appeal_organization_name ON appeal(organization_name, id);
;--
CREATE INDEX ix_appeal_phone ON appeal(phone);
;--
CREATE TABLE appeal_note (
    id              INTEGER PRIMARY KEY,
    appeal_id       INTEGER NOT NULL REFERENCES appeal(id),
    staff_login     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    body            TEXT NOT NULL
);
;--
CREATE INDEX ix_appeal_note_appeal ON appeal_note(appeal_id, id);
;--
-- Rejection reasons that administrators maintain; sms_text is what the user is told.
CREATE TABLE reason_template (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    sms_text        TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    sort_order      INTEGER NOT NULL DEFAULT 0
);
;--
-- Settings shared by every client of the database (e.g. claim_idle_minutes).
CREATE TABLE desk_setting (
    key             TEXT PRIMARY KEY,
    value           TEXT NOT NULL
);
;--
ALTER TABLE sms_outbox ADD COLUMN appeal_id INTEGER REFERENCES appeal(id);
;--
-- What staff may see of a message: the body with any password replaced. The body itself is cleared to this
-- once the message is delivered.
ALTER TABLE sms_outbox ADD COLUMN preview TEXT;
;--
ALTER TABLE sms_outbox ADD COLUMN gateway_message_id TEXT;
;--
CREATE INDEX ix_sms_outbox_due ON sms_outbox(state, next_attempt_at, id);
;--
INSERT INTO desk_setting (key, value) VALUES ('claim_idle_minutes', '30'), ('sla_business_days', '2');
;--
INSERT INTO reason_template (code, title, sms_text, sort_order) VALUES
    ('unclear_image', '证件图片不清晰', '您提交的申诉材料中证件图片不清晰，请重新拍摄清晰、完整的证件照片后再次提交申诉。', 10),
    ('not_signed', '材料未签字', '您提交的申诉材料未按要求签字，请在证件复印件上签字后再次提交申诉。', 20),
    ('no_seal', '材料未加盖公章', '您提交的申诉材料未加盖单位公章，请加盖公章后再次提交申诉。', 30),
    ('data_mismatch', '填报信息与材料不一致', '您填报的信息与上传的证件材料不一致，请核对后再次提交申诉。', 40),
    ('no_account', '未找到匹配账号', '经核查，该证件未绑定平台账号，请重新注册。', 50),
    ('expired_id', '证件已过有效期', '您上传的证件已超过有效期，请使用有效证件重新提交申诉。', 60),
    ('other', '其他原因', '您的申诉未通过审核，请根据审核意见补充材料后再次提交。', 90);
;--
INSERT INTO holiday_calendar (day, kind, name) VALUES
    ('2025-01-01', 'holiday', '元旦'),
    ('2025-01-26', 'workday', '春节调休'),
    ('2025-01-28', 'holiday', '春节'), ('2025-01-29', 'holiday', '春节'), ('2025-01-30', 'holiday', '春节'),
    ('2025-01-31', 'holiday', '春节'), ('2025-02-01', 'holiday', '春节'), ('2025-02-02', 'holiday', '春节'),
    ('2025-02-03', 'holiday', '春节'), ('2025-02-04', 'holiday', '春节'),
    ('2025-02-08', 'workday', '春节调休'),
    ('2025-04-04', 'holiday', '清明节'), ('2025-04-05', 'holiday', '清明节'), ('2025-04-06', 'holiday', '清明节'),
    ('2025-04-27', 'workday', '劳动节调休'),
    ('2025-05-01', 'holiday', '劳动节'), ('2025-05-02', 'holiday', '劳动节'), ('2025-05-03', 'holiday', '劳动节'),
    ('2025-05-04', 'holiday', '劳动节'), ('2025-05-05', 'holiday', '劳动节'),
    ('2025-05-31', 'holiday', '端午节'), ('2025-06-01', 'holiday', '端午节'), ('2025-06-02', 'holiday', '端午节'),
    ('2025-09-28', 'workday', '国庆节调休'),
    ('2025-10-01', 'holiday', '国庆节、中秋节'), ('2025-10-02', 'holiday', '国庆节、中秋节'),
    ('2025-10-03', 'holiday', '国庆节、中秋节'), ('2025-10-04', 'holiday', '国庆节、中秋节'),
    ('2025-10-05', 'holiday', '国庆节、中秋节'), ('2025-10-06', 'holiday', '国庆节、中秋节'),
    ('2025-10-07', 'holiday', '国庆节、中秋节'), ('2025-10-08', 'holiday', '国庆节、中秋节'),
    ('2025-10-11', 'workday', '国庆节调休'),
    ('2026-01-01', 'holiday', '元旦'), ('2026-01-02', 'holiday', '元旦'), ('2026-01-03', 'holiday', '元旦'),
    ('2026-01-04', 'workday', '元旦调休'),
    ('2026-02-14', 'workday', '春节调休'),
    ('2026-02-15', 'holiday', '春节'), ('2026-02-16', 'holiday', '春节'), ('2026-02-17', 'holiday', '春节'),
    ('2026-02-18', 'holiday', '春节'), ('2026-02-19', 'holiday', '春节'), ('2026-02-20', 'holiday', '春节'),
    ('2026-02-21', 'holiday', '春节'), ('2026-02-22', 'holiday', '春节'), ('2026-02-23', 'holiday', '春节'),
    ('2026-02-28', 'workday', '春节调休'),
    ('2026-04-04', 'holiday', '清明节'), ('2026-04-05', 'holiday', '清明节'), ('2026-04-06', 'holiday', '清明节'),
    ('2026-05-01', 'holiday', '劳动节'), ('2026-05-02', 'holiday', '劳动节'), ('2026-05-03', 'holiday', '劳动节'),
    ('2026-05-04', 'holiday', '劳动节'), ('2026-05-05', 'holiday', '劳动节'),
    ('2026-05-09', 'workday', '劳动节调休'),
    ('2026-06-19', 'holiday', '端午节'), ('2026-06-20', 'holiday', '端午节'), ('2026-06-21', 'holiday', '端午节'),
    ('2026-09-20', 'workday', '国庆节调休'),
    ('2026-09-25', 'holiday', '中秋节'), ('2026-09-26', 'holiday', '中秋节'), ('2026-09-27', 'holiday', '中秋节'),
    ('2026-10-01', 'holiday', '国庆节'), ('2026-10-02', 'holiday', '国庆节'), ('2026-10-03', 'holiday', '国庆节'),
    ('2026-10-04', 'holiday', '国庆节'), ('2026-10-05', 'holiday', '国庆节'), ('2026-10-06', 'holiday', '国庆节'),
    ('2026-10-07', 'holiday', '国庆节'),
    ('2026-10-10', 'workday', '国庆节调休');
