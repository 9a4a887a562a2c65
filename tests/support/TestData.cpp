#include "TestData.h"

#include "domain/Identifiers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

AccountSeed accountSeed(const QString &login, const QString &kind, const QString &name, const QString &uscc)
{
    AccountSeed s;
    s.login = login;
    s.kind = kind;
    s.name = name;
    s.uscc = uscc;
    return s;
}

QString validUscc(const char *first17)
{
    const QString head = QString::fromLatin1(first17);
    return head + ids::usccCheckCharacter(head);
}

void insertLegacyAccount(Database &db, const LegacySeed &s)
{
    auto conn = db.connection();
    if (!conn)
        qFatal("no connection: %s", qPrintable(conn.error().message));
    auto orNull = [](const QString &v) { return v.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v); };
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("INSERT INTO legacy_account (system, legacy_login, kind, name, uscc, phone, id_number, "
                             "password_hash, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.system);
    q.addBindValue(s.login);
    q.addBindValue(s.kind);
    q.addBindValue(orNull(s.name));
    q.addBindValue(orNull(s.uscc));
    q.addBindValue(orNull(s.phone));
    q.addBindValue(orNull(s.idNumber));
    q.addBindValue(orNull(s.passwordHash));
    q.addBindValue(orNull(s.registeredAt));
    if (!q.exec())
        qFatal("inserting legacy account %s failed: %s", qPrintable(s.login), qPrintable(q.lastError().text()));
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

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray madeUpHolidayYear(int year)
{
    QDate sunday(year, 2, 1);
    while (sunday.dayOfWeek() != 7)
        sunday = sunday.addDays(1);
    QJsonArray days;
    for (int d = 1; d <= 3; ++d)
        days.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("元旦")},
                                {QStringLiteral("date"), QDate(year, 1, d).toString(Qt::ISODate)},
                                {QStringLiteral("isOffDay"), true}});
    days.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("春节")},
                            {QStringLiteral("date"), sunday.toString(Qt::ISODate)},
                            {QStringLiteral("isOffDay"), false}});
    return QJsonDocument(QJsonObject{{QStringLiteral("$schema"), QStringLiteral("made up for a test")},
                                     {QStringLiteral("year"), year},
                                     {QStringLiteral("papers"), QJsonArray()},
                                     {QStringLiteral("days"), days}})
        .toJson();
}

} // namespace desk::test
