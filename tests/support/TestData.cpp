#include "TestData.h"

#include <QSqlError>
#include <QSqlQuery>

namespace desk::test {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

qint64 insertAccount(Database &db, const AccountSeed &s)
{
    auto conn = db.connection();
    if (!conn)
        qFatal("no connection: %s", qPrintable(conn.error().message));
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral(
        "INSERT INTO account (login, kind, name, uscc, id_number, phone, email, real_name_status, account_status, "
        "former_name, identity_region, id_type, organization_type, origin, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'platform', ?) RETURNING id"));
    auto orNull = [](const QString &v) { return v.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v); };
    q.addBindValue(s.login);
    q.addBindValue(s.kind);
    q.addBindValue(s.name);
    q.addBindValue(orNull(s.uscc));
    q.addBindValue(orNull(s.idNumber));
    q.addBindValue(orNull(s.phone));
    q.addBindValue(orNull(s.email));
    q.addBindValue(s.realNameStatus);
    q.addBindValue(s.accountStatus);
    q.addBindValue(orNull(s.formerName));
    q.addBindValue(s.kind == QLatin1String("person") ? QVariant(QStringLiteral("mainland")) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(s.idNumber.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QStringLiteral("resident_id")));
    q.addBindValue(s.kind == QLatin1String("organization") ? QVariant(QStringLiteral("enterprise")) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(s.createdAt);
    if (!q.exec() || !q.next())
        qFatal("inserting account %s failed: %s", qPrintable(s.login), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace desk::test
