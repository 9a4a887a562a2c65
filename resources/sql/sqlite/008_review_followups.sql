-- Schema 8: follow-ups of the manual real-name review (issue 9). The queue's "all states" list is sorted by due
-- time: an index on (due_at, id) serves its first page. (PostgreSQL's schema 8 also lets the import put an account
-- under review; here the application is the boundary.)
-- Statements are separated by lines holding only ";--".

CREATE INDEX IF NOT EXISTS ix_review_due ON real_name_review(due_at, id);
;--
-- The image-reuse look-up reads every document's hashes. Here phash is the table's last column (schema 5 added
-- it), behind the stored content: reading it from the table walks each picture's overflow pages, about 1 MB per
-- document. This covering index holds what the look-up reads, so it never touches the pictures. (PostgreSQL
-- keeps large values out of line, TOAST, and needs no such index.)
CREATE INDEX IF NOT EXISTS ix_document_hashes ON document(owner_type, owner_id, id, kind, sha256, phash);
