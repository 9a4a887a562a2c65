#include "PgRoleConnections.h"

#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace desk::test {

PgRoleConnections::PgRoleConnections(QString password, QString namePrefix)
    : m_password(std::move(password)), m_prefix(std::move(namePrefix))
{
}

PgRoleConnections::~PgRoleConnections()
{
    closeAll();
}

QSqlDatabase PgRoleConnections::connectAs(const QString &login, bool fresh)
{
    if (!fresh) {
        const auto it = m_byLogin.constFind(login);
        if (it != m_byLogin.constEnd()) {
            QSqlDatabase db = QSqlDatabase::database(*it, false);
            if (db.isOpen())
                return db;
        }
    }
    const DatabaseUrl url = lastTestDatabaseUrl();
    const QString name = m_prefix + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(login);
    db.setPassword(m_password);
    db.open();
    m_connections << name;
    if (!fresh)
        m_byLogin.insert(login, name);
    return db;
}

SqlOutcome PgRoleConnections::run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    SqlOutcome o;
    if (values.isEmpty()) {
        o.ok = q.exec(sql);
    } else {
        if (!q.prepare(sql)) {
            o.sqlState = q.lastError().nativeErrorCode();
            o.message = q.lastError().databaseText();
            return o;
        }
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        o.ok = q.exec();
    }
    o.sqlState = q.lastError().nativeErrorCode();
    o.message = o.ok ? (q.next() ? q.value(0).toString() : QString()) : q.lastError().databaseText();
    return o;
}

void PgRoleConnections::closeAll()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    m_byLogin.clear();
}

} // namespace desk::test
