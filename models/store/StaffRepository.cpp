#include "store/StaffRepository.h"

#include "store/Database.h"
#include "store/PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace desk {

namespace {
const QString kSelect = QStringLiteral("SELECT id, login, display_name, role, active FROM staff ");
const QString kByLogin = kSelect + QStringLiteral("WHERE login = ?");
const QString kAll = kSelect + QStringLiteral("ORDER BY login");
const QString kHash = QStringLiteral("SELECT password_hash FROM staff WHERE login = ?");
const QString kInsert = QStringLiteral(
    "INSERT INTO staff (login, display_name, role, password_hash, active, created_at) VALUES (?, ?, ?, ?, ?, ?)");
const QString kRoleExists = QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?");
const QString kCurrentUser = QStringLiteral("SELECT current_user");
// PostgreSQL: staff are administered only through the server's narrow functions (003_server_rules.sql).
const QString kServerAdd = QStringLiteral("SELECT desk_staff_add(?, ?, ?, ?)");
const QString kServerSetActive = QStringLiteral("SELECT desk_staff_set_active(?, ?)");
const QString kServerRename = QStringLiteral("SELECT desk_staff_rename(?, ?)");
const QString kServerPassword = QStringLiteral("SELECT desk_staff_set_password(?, ?)");

// Database role names are identifiers; staff logins are restricted to a safe subset so they can be quoted.
const QRegularExpression kStaffLogin(QStringLiteral("^[a-z][a-z0-9_]{2,31}$"));

StaffMember memberFrom(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.login = q.value(1).toString();
    m.displayName = q.value(2).toString();
    staffRoleFromName(q.value(3).toString(), &m.role);
    m.active = q.value(4).toBool();
    return m;
}
} // namespace

Result<StaffMember> StaffRepository::findByLogin(const QString &login)
{
    auto q = m_db.exec(kByLogin, {login});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("desk::StaffRepository", "There is no staff member \"%1\".").arg(login));
    StaffMember m = memberFrom(*q);
    q->finish();
    return m;
}

Result<QString> StaffRepository::passwordHash(const QString &login)
{
    auto q = m_db.exec(kHash, {login});
    if (!q)
        return q.error();
    QString hash;
    if (q->next())
        hash = q->value(0).toString();
    q->finish();
    return hash;
}

Result<QVector<StaffMember>> StaffRepository::list()
{
    auto q = m_db.exec(kAll);
    if (!q)
        return q.error();
    QVector<StaffMember> out;
    while (q->next())
        out << memberFrom(*q);
    q->finish();
    return out;
}

Result<bool> StaffRepository::loginTaken(const QString &login)
{
    auto q = m_db.exec(kByLogin, {login});
    if (!q)
        return q.error();
    bool taken = q->next();
    q->finish();
    if (!taken && m_db.url().isPostgres()) {
        auto r = m_db.exec(kRoleExists, {login});
        if (!r)
            return r.error();
        taken = r->next();
        r->finish();
    }
    return taken;
}

Result<QString> StaffRepository::currentDatabaseUser()
{
    if (!m_db.url().isPostgres())
        return QString();
    auto q = m_db.exec(kCurrentUser);
    if (!q)
        return q.error();
    QString user = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return user;
}

Status StaffRepository::add(const StaffMember &member, const QString &password)
{
    if (!kStaffLogin.match(member.login).hasMatch())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::StaffRepository", "\"%1\" is not a valid staff login: 3 to 32 characters, lower-case letters, digits and "
                        "underscore, starting with a letter.")
                         .arg(member.login));
    if (member.displayName.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::StaffRepository", "The staff member needs a display name."));
    auto taken = loginTaken(member.login);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error(Error::Code::Conflict, QCoreApplication::translate("desk::StaffRepository", "The staff login \"%1\" is already taken.").arg(member.login));

    if (m_db.url().isPostgres()) {
        // The server creates the login role in its group, records the staff row and audits it
        // (desk_staff_add): administrators hold no CREATEROLE. Only the SCRAM verifier travels.
        auto q = m_db.exec(kServerAdd, {member.login, member.displayName.trimmed(), staffRoleName(member.role),
                                        crypto::scramSha256Verifier(password)});
        if (!q)
            return Error(q.error().code, QCoreApplication::translate("desk::StaffRepository", "Could not add %1: %2").arg(member.login, q.error().message));
        q->finish();
        return {};
    }
    auto ins = m_db.exec(kInsert, {member.login, member.displayName.trimmed(), staffRoleName(member.role),
                                   crypto::hashPassword(password), member.active,
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!ins)
        return ins.error();
    return {};
}

Status StaffRepository::setActive(const QString &login, bool active)
{
    if (m_db.url().isPostgres())
        return runServer(kServerSetActive, {login, active}, QCoreApplication::translate("desk::StaffRepository", "changing whether %1 may sign in").arg(login));
    return updateRow(QStringLiteral("UPDATE staff SET active = ? WHERE login = ?"), {active, login}, login);
}

Status StaffRepository::rename(const QString &login, const QString &displayName)
{
    if (displayName.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::StaffRepository", "The staff member needs a display name."));
    if (m_db.url().isPostgres())
        return runServer(kServerRename, {login, displayName.trimmed()}, QCoreApplication::translate("desk::StaffRepository", "renaming %1").arg(login));
    return updateRow(QStringLiteral("UPDATE staff SET display_name = ? WHERE login = ?"), {displayName.trimmed(), login},
                     login);
}

Status StaffRepository::setPassword(const QString &login, const QString &password)
{
    if (m_db.url().isPostgres())
        return runServer(kServerPassword, {login, crypto::scramSha256Verifier(password)},
                         QCoreApplication::translate("desk::StaffRepository", "setting a new password for %1").arg(login));
    return updateRow(QStringLiteral("UPDATE staff SET password_hash = ? WHERE login = ?"),
                     {crypto::hashPassword(password), login}, login);
}

bool StaffRepository::serverAudits() const
{
    return m_db.url().isPostgres();
}

Status StaffRepository::runServer(const QString &sql, const QVariantList &values, const QString &what)
{
    auto q = m_db.exec(sql, values);
    if (!q)
        return Error(q.error().code, QCoreApplication::translate("desk::StaffRepository", "The database refused %1: %2").arg(what, q.error().message));
    q->finish();
    return {};
}

Status StaffRepository::updateRow(const QString &sql, const QVariantList &values, const QString &login)
{
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    if (!changed)
        return Error(Error::Code::NotFound, QCoreApplication::translate("desk::StaffRepository", "There is no staff member \"%1\".").arg(login));
    return {};
}

} // namespace desk
