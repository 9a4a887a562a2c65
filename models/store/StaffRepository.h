#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QVariantList>
#include <QVector>

namespace desk {

class Database;

// Staff members as stored in the `staff` table, and on PostgreSQL their database roles.
class StaffRepository
{
public:
    explicit StaffRepository(Database &db) : m_db(db) {}

    Result<StaffMember> findByLogin(const QString &login);
    // The stored password hash (embedded database only); empty when there is none.
    Result<QString> passwordHash(const QString &login);
    Result<QVector<StaffMember>> list();

    // Creates the staff member inside the caller's transaction. On SQLite the password is kept as an
    // scrypt hash; on PostgreSQL a login role is created (SCRAM verifier computed here) in the role's group.
    Status add(const StaffMember &member, const QString &password);

    // Disables (PostgreSQL: NOLOGIN and the member's sessions end) or re-enables a staff member.
    Status setActive(const QString &login, bool active);
    Status rename(const QString &login, const QString &displayName);
    Status setPassword(const QString &login, const QString &password);
    // PostgreSQL's staff functions write their own audit rows; on SQLite the caller appends them.
    bool serverAudits() const;

    // Whether the login is free, both in the staff table and (PostgreSQL) among database roles.
    Result<bool> loginTaken(const QString &login);

    // PostgreSQL: the session's role name (current_user); SQLite: empty.
    Result<QString> currentDatabaseUser();

private:
    Status runServer(const QString &sql, const QVariantList &values, const QString &what);
    Status updateRow(const QString &sql, const QVariantList &values, const QString &login);

    Database &m_db;
};

} // namespace desk
