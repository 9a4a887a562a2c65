-- Schema 6: account merges, project transfers, organization rename recovery and their undo (issue 10).
-- Every ledger operation is a request (account_merge) that a second staff member approves; approval executes it in
-- the same transaction and records every changed row in merge_ledger with its before- and after-image, so that an
-- undo (itself a request) restores exactly, or is refused naming the rows that changed since. On PostgreSQL the
-- same happens inside the server (postgresql/006_merges.sql); here the application does it and the file's
-- permissions are the boundary (docs/SECURITY.md).
-- Statements are separated by lines holding only ";--".

-- merge: source disabled and marked merged into the target, its rows moved; rename: a merge of an organization's
-- old account into its renamed one that also records the old name as the target's former name; transfer: chosen
-- projects from one person to another; undo: restores what another request's ledger recorded.
ALTER TABLE account_merge ADD COLUMN kind TEXT NOT NULL DEFAULT 'merge'
    CHECK (kind IN ('merge','transfer','rename','undo'));
;--
ALTER TABLE account_merge ADD COLUMN undoes_id INTEGER REFERENCES account_merge(id);
;--
-- transfer: the project ids, comma-separated.
ALTER TABLE account_merge ADD COLUMN project_ids TEXT;
;--
-- What the requester was shown (counts and conflicts), as JSON; the execution recomputes it.
ALTER TABLE account_merge ADD COLUMN preview_json TEXT;
;--
ALTER TABLE account_merge ADD COLUMN executed_at TEXT;
;--
ALTER TABLE account_merge ADD COLUMN decision_reason TEXT;
;--
CREATE INDEX ix_merge_state ON account_merge(state, id);
;--
CREATE INDEX ix_merge_source ON account_merge(source_account_id);
;--
CREATE INDEX ix_merge_target ON account_merge(target_account_id);
;--
-- One open or executed undo per request.
CREATE UNIQUE INDEX ux_merge_one_undo ON account_merge(undoes_id)
    WHERE undoes_id IS NOT NULL AND state IN ('requested', 'applied');
;--
-- Every row an executed request changed: which columns (changes: {"column": [before, after]}), and the whole row
-- before and after (secrets left out), in the order of the changes.
CREATE TABLE merge_ledger (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES account_merge(id),
    seq             INTEGER NOT NULL,
    table_name      TEXT NOT NULL CHECK (table_name IN ('account','delegation','project','legacy_account','appeal',
                                                        'real_name_review','account_event')),
    row_id          INTEGER NOT NULL,
    changes         TEXT NOT NULL,
    before_image    TEXT NOT NULL,
    after_image     TEXT NOT NULL,
    UNIQUE (request_id, seq)
);
;--
CREATE INDEX ix_merge_ledger_row ON merge_ledger(table_name, row_id);
;--
-- ---- the duplicate finder (疑似重复账号) ----
-- Each reason is a view of (group_key, account_id) served by one partial index, so that the finder pages groups in
-- key order (keyset) over millions of accounts. PostgreSQL's views key person groups by a digest of the ID number.
CREATE INDEX ix_account_dup_person ON account(id_number, id)
    WHERE kind = 'person' AND id_number IS NOT NULL AND account_status <> 'merged';
;--
CREATE INDEX ix_account_dup_org ON account(uscc, id)
    WHERE kind = 'organization' AND uscc IS NOT NULL AND account_status <> 'merged';
;--
CREATE INDEX ix_account_person_login ON account(login)
    WHERE kind = 'person' AND account_status <> 'merged';
;--
CREATE INDEX ix_account_renamed_org ON account(former_name, id)
    WHERE kind = 'organization' AND former_name IS NOT NULL AND account_status <> 'merged';
;--
CREATE VIEW merge_dup_person AS
SELECT id_number AS group_key, id AS account_id FROM account
WHERE kind = 'person' AND id_number IS NOT NULL AND account_status <> 'merged';
;--
CREATE VIEW merge_dup_org AS
SELECT uscc AS group_key, id AS account_id FROM account
WHERE kind = 'organization' AND uscc IS NOT NULL AND account_status <> 'merged';
;--
-- Torch's O4 case: a person account whose login is the USCC of an organization account.
CREATE VIEW merge_o4_person AS
SELECT p.login AS group_key, p.id AS account_id FROM account p
WHERE p.kind = 'person' AND p.account_status <> 'merged'
  AND EXISTS (SELECT 1 FROM account o WHERE o.uscc = p.login AND o.kind = 'organization' AND o.account_status <> 'merged');
;--
-- An organization whose former name is the name of another organization account (registered again after a rename).
CREATE VIEW merge_renamed_org AS
SELECT a.former_name AS group_key, a.id AS account_id FROM account a
WHERE a.kind = 'organization' AND a.former_name IS NOT NULL AND a.account_status <> 'merged'
  AND EXISTS (SELECT 1 FROM account b WHERE b.name = a.former_name AND b.kind = 'organization' AND b.id <> a.id
                AND b.account_status <> 'merged');
;--
-- The organization's people: delegations by expiry (the watch list of those expiring soon).
CREATE INDEX ix_delegation_expiry ON delegation(expires_at, id) WHERE revoked_at IS NULL;
