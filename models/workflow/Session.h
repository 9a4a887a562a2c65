#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <memory>

namespace desk {

class Database;

// A signed-in staff member and the database they work on. Every use case takes a Session,
// so the actor of every audit entry and every permission check is the same person.
class Session
{
public:
    Session(std::shared_ptr<Database> db, StaffMember staff, QString auditActor);

    Database &database() const { return *m_db; }
    std::shared_ptr<Database> sharedDatabase() const { return m_db; }
    const StaffMember &staff() const { return m_staff; }
    // The name written to the audit log: the staff login, or "cli:<os user>" for the CLI on SQLite.
    const QString &auditActor() const { return m_auditActor; }

private:
    std::shared_ptr<Database> m_db;
    StaffMember m_staff;
    QString m_auditActor;
};

// Signs staff in. On SQLite the staff password is checked against its scrypt hash; on PostgreSQL the
// server checks it, since each staff member signs in with their own database role.
class AuthService
{
public:
    // Opens the database, brings an embedded one up to date, and checks the staff member.
    static Result<std::shared_ptr<Session>> signIn(const DatabaseUrl &url, const QString &login,
                                                   const QString &password);
    // The command-line tool on an embedded file: acts as cli:<os user> with administrator rights,
    // since the file's permissions are the only boundary there.
    static Result<std::shared_ptr<Session>> openEmbeddedForCli(const DatabaseUrl &url);
    // The command-line tool: on SQLite as openEmbeddedForCli; on PostgreSQL it signs in as the role named in
    // the URL. A role that is not staff but set the database up (superuser or owner with CREATEROLE) acts as
    // "setup:<role>" with administrator rights, so that the first administrator can be created. A role that is a
    // member of desk_sms_sender and not staff is the SMS service: it signs in to deliver the outbox.
    static Result<std::shared_ptr<Session>> signInForCli(const DatabaseUrl &url, const QString &password,
                                                         Database::SchemaPolicy policy);
    static QString operatingSystemUser();
};

} // namespace desk
