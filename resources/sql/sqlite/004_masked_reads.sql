-- Schema 4: on PostgreSQL the server masks personal data for staff (postgresql/004_masked_reads.sql). SQLite has
-- no server and no roles: the application masks what it shows, reveals through the same use case and writes the
-- audit row itself; the file's permissions are the boundary (docs/SECURITY.md).
-- Statements are separated by lines holding only ";--".

-- The account whose new password an approval's message carries: the SMS sender generates the password when it
-- delivers the message and stores its hash (as on PostgreSQL, where the server checks it).
ALTER TABLE sms_outbox ADD COLUMN password_for INTEGER REFERENCES account(id);
