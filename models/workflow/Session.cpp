#include "workflow/Session.h"

#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "store/StaffRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <lmcons.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace desk {

namespace {
} // namespace

Session::Session(std::shared_ptr<Database> db, StaffMember staff, QString auditActor)
    : m_db(std::move(db)), m_staff(std::move(staff)), m_auditActor(std::move(auditActor))
{
}

QString AuthService::operatingSystemUser()
{
    // The account the process runs as, from the system: $USER and %USERNAME% can be set to anything.
#ifdef Q_OS_WIN
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1); // size counts the terminating null
    return QStringLiteral("unknown");
#else
    const uid_t uid = geteuid();
    if (const passwd *entry = getpwuid(uid); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("uid%1").arg(uid); // an account without a passwd entry (containers)
#endif
}

Result<std::shared_ptr<Session>> AuthService::signIn(const DatabaseUrl &url, const QString &login,
                                                     const QString &password)
{
    const QString name = login.trimmed();
    if (name.isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::AuthService", "Enter your staff login name."));
    if (password.isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::AuthService", "Enter your password."));

    DatabaseUrl effective = url;
    if (effective.isPostgres())
        effective.user = name;
    auto db = std::make_shared<Database>(effective, effective.isPostgres() ? password : QString());
    if (auto s = db->open(); !s)
        return s.error();
    if (auto s = db->ensureSchema(url.isSqlite() ? Database::SchemaPolicy::Migrate
                                                 : Database::SchemaPolicy::RequireCurrent);
        !s)
        return s.error();

    StaffRepository staff(*db);
    auto member = staff.findByLogin(name);
    const Error wrong(Error::Code::AuthFailed, QCoreApplication::translate("desk::AuthService", "Wrong login name or password."));
    if (!member) {
        if (member.error().code == Error::Code::NotFound) {
            if (url.isPostgres())
                return Error(Error::Code::AuthFailed,
                             QCoreApplication::translate("desk::AuthService", "The database role \"%1\" is not registered as IdentityDesk staff.").arg(name));
            return wrong;
        }
        return member.error();
    }
    if (url.isSqlite()) {
        auto hash = staff.passwordHash(name);
        if (!hash)
            return hash.error();
        if (hash->isEmpty() || !crypto::verifyPassword(password, *hash))
            return wrong;
    }
    if (!member->active)
        return Error(Error::Code::PermissionDenied, QCoreApplication::translate("desk::AuthService", "The staff account \"%1\" is disabled.").arg(name));
    return std::make_shared<Session>(db, *member, member->login);
}

Result<std::shared_ptr<Session>> AuthService::signInForCli(const DatabaseUrl &url, const QString &password,
                                                           Database::SchemaPolicy policy)
{
    if (url.isSqlite())
        return openEmbeddedForCli(url);
    if (url.user.isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::AuthService", "Name your database role in the URL: postgresql://ROLE@host:port/dbname"));
    auto db = std::make_shared<Database>(url, password);
    if (auto s = db->open(); !s)
        return s.error();
    if (auto s = db->ensureSchema(policy); !s)
        return s.error();
    StaffRepository staff(*db);
    auto member = staff.findByLogin(url.user);
    if (member) {
        if (!member->active)
            return Error(Error::Code::PermissionDenied, QCoreApplication::translate("desk::AuthService", "The staff account \"%1\" is disabled.").arg(url.user));
        return std::make_shared<Session>(db, *member, member->login);
    }
    if (member.error().code != Error::Code::NotFound)
        return member.error();
    auto conn = db->connection();
    if (!conn)
        return conn.error();
    auto q = db->exec(QStringLiteral(
        "SELECT rolsuper OR rolcreaterole, NOT rolsuper AND pg_has_role(current_user, 'desk_sms_sender', 'MEMBER') "
        "AND NOT pg_has_role(current_user, 'desk_staff', 'MEMBER') FROM pg_roles WHERE rolname = current_user"));
    if (!q)
        return q.error();
    const bool found = q->next();
    const bool setupRole = found && q->value(0).toBool();
    const bool smsService = found && q->value(1).toBool();
    q->finish();
    if (smsService) {
        // The SMS service role: not staff, it may read message bodies and write delivery state and nothing else
        // (the database refuses the rest). Here it is let through to deliver: "sms deliver" is its only command.
        StaffMember service;
        service.login = url.user;
        service.displayName = QStringLiteral("service:") + url.user;
        service.role = StaffRole::Administrator;
        return std::make_shared<Session>(db, service, service.login);
    }
    if (!setupRole)
        return Error(Error::Code::AuthFailed,
                     QCoreApplication::translate("desk::AuthService", "The database role \"%1\" is not registered as IdentityDesk staff.").arg(url.user));
    StaffMember setup;
    setup.login = QStringLiteral("setup:") + url.user;
    setup.displayName = setup.login;
    setup.role = StaffRole::Administrator;
    return std::make_shared<Session>(db, setup, setup.login);
}

Result<std::shared_ptr<Session>> AuthService::openEmbeddedForCli(const DatabaseUrl &url)
{
    if (!url.isSqlite())
        return Error(Error::Code::Internal, QCoreApplication::translate("desk::AuthService", "Only an embedded database can be opened without a password."));
    auto db = std::make_shared<Database>(url);
    if (auto s = db->open(); !s)
        return s.error();
    if (auto s = db->ensureSchema(Database::SchemaPolicy::Migrate); !s)
        return s.error();
    StaffMember cli;
    cli.login = QStringLiteral("cli:") + operatingSystemUser();
    cli.displayName = cli.login;
    cli.role = StaffRole::Administrator;
    return std::make_shared<Session>(db, cli, cli.login);
}

} // namespace desk
