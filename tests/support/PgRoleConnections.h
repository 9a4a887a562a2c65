#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace desk::test {

// What PostgreSQL said to one plain SQL statement: whether it ran, its SQLSTATE, and the first column of the first
// row (or the server's message when it was refused).
struct SqlOutcome
{
    bool ok = false;
    QString sqlState;
    QString message;
};

// Plain QPSQL connections to the last test database (lastTestDatabaseUrl()) under a staff member's own login, as
// a staff member with psql would connect: what the server-rule suites (tst_pgsecurity, tst_pgreviewsecurity) use
// to try forbidden things. One connection per login is reused unless a fresh one is asked for; all are closed
// and removed with this object.
class PgRoleConnections
{
public:
    PgRoleConnections(QString password, QString namePrefix);
    ~PgRoleConnections();
    PgRoleConnections(const PgRoleConnections &) = delete;
    PgRoleConnections &operator=(const PgRoleConnections &) = delete;

    QSqlDatabase connectAs(const QString &login, bool fresh = false);
    // Without values, the statement is run unprepared (utility statements such as TRUNCATE, GRANT, COPY cannot be
    // prepared); with values, prepared and bound.
    static SqlOutcome run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    void closeAll();

private:
    QString m_password;
    QString m_prefix;
    QStringList m_connections;
    QHash<QString, QString> m_byLogin; // login -> its shared connection
};

} // namespace desk::test
