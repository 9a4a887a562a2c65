-- Schema 4: on PostgreSQL the server masks personal data for staff (postgresql/004_masked_reads.sql). SQLite has
-- no server and no roles: the application masks what it shows, reveals through the same use case and writes the
-- audit row itself; the file's permissions are the boundary (docs/SECURITY.md). Nothing changes in the schema.
-- Statements are separated by lines holding only ";--".
SELECT 1;
