-- Schema 8: follow-ups of the manual real-name review (issue 9). The queue's "all states" list is sorted by due
-- time: an index on (due_at, id) serves its first page. (PostgreSQL's schema 8 also lets the import put an account
-- under review; here the application is the boundary.)
-- Statements are separated by lines holding only ";--".

CREATE INDEX IF NOT EXISTS ix_review_due ON real_name_review(due_at, id);
