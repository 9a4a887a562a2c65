#pragma once

#include "store/Database.h"

#include <QString>

#include <memory>

namespace desk::test {

// Which database the store test runs against: DESK_TEST_DB=sqlite (default) or postgresql.
bool usingPostgres();

// A fresh, migrated database for one test: a new SQLite file in a temporary folder, or a new database on the
// test PostgreSQL server (started by the pg_server_start fixture), opened as the server's setup role.
std::unique_ptr<Database> openTestDatabase();

// The URL of the last database openTestDatabase() created (for signing in as a staff member to it).
DatabaseUrl lastTestDatabaseUrl();

// Staff logins are cluster-wide roles on PostgreSQL: tests make them unique.
QString uniqueLogin(const QString &prefix);

// The PostgreSQL setup role's password (empty for SQLite).
QString adminPassword();

} // namespace desk::test
