-- Schema 3: the columns that PostgreSQL's server rules fill (see postgresql/003_server_rules.sql). On SQLite the
-- application fills them itself; the file's permissions are the boundary (docs/SECURITY.md).
-- Statements are separated by lines holding only ";--".

-- The staff member who filed an appeal for a caller: they never claim or decide it.
ALTER TABLE appeal ADD COLUMN filed_by TEXT;
;--
-- The author of an account event (a logged call, an approval).
ALTER TABLE account_event ADD COLUMN staff_login TEXT;
;--
-- The client address the server saw (PostgreSQL); part of the row's hash when present.
ALTER TABLE audit_log ADD COLUMN client_addr TEXT;
