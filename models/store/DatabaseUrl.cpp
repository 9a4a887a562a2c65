#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace desk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("desk::DatabaseUrl", text);
}

const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(Error::Code::InvalidInput, tr("The database URL is empty."));

    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path and sqlite://relative
        if (path.isEmpty())
            return Error(Error::Code::InvalidInput, tr("The SQLite URL names no file: write sqlite:/path/to/file.db"));
        DatabaseUrl url;
        url.driver = Driver::Sqlite;
        url.path = QDir::cleanPath(QDir::fromNativeSeparators(path));
        return url;
    }

    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        const QUrl qurl(text, QUrl::StrictMode);
        if (!qurl.isValid())
            return Error(Error::Code::InvalidInput,
                         tr("The PostgreSQL URL is malformed (%1). Write postgresql://user@host:port/dbname")
                             .arg(qurl.errorString()));
        if (!qurl.password().isEmpty())
            return Error(Error::Code::InvalidInput,
                         tr("Do not put a password in the database URL: it would end up in settings and logs. "
                            "Leave it out; IdentityDesk asks for it."));
        DatabaseUrl url;
        url.driver = Driver::Postgres;
        url.user = qurl.userName();
        url.host = qurl.host().isEmpty() ? QStringLiteral("localhost") : qurl.host();
        url.port = qurl.port(5432);
        url.database = qurl.path().mid(1);
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/')))
            return Error(Error::Code::InvalidInput,
                         tr("The PostgreSQL URL names no database: write postgresql://user@host:port/dbname"));
        if (url.port <= 0 || url.port > 65535)
            return Error(Error::Code::InvalidInput, tr("The port in the database URL is out of range."));
        const QUrlQuery query(qurl);
        for (const auto &item : query.queryItems()) {
            if (item.first == QLatin1String("sslmode")) {
                if (!kSslModes.contains(item.second))
                    return Error(Error::Code::InvalidInput,
                                 tr("Unknown sslmode \"%1\": use one of %2.")
                                     .arg(item.second, kSslModes.join(QLatin1String(", "))));
                url.sslMode = item.second;
            } else {
                return Error(Error::Code::InvalidInput,
                             tr("Unknown option \"%1\" in the database URL: only sslmode is understood.")
                                 .arg(item.first));
            }
        }
        return url;
    }

    return Error(Error::Code::InvalidInput,
                 tr("\"%1\" is not a database URL: it must start with sqlite: or postgresql://").arg(text));
}

QString DatabaseUrl::defaultEmbeddedPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/identitydesk.db");
}

DatabaseUrl DatabaseUrl::defaultEmbedded()
{
    DatabaseUrl url;
    url.driver = Driver::Sqlite;
    url.path = defaultEmbeddedPath();
    return url;
}

QString DatabaseUrl::toString() const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!sslMode.isEmpty())
        s += QStringLiteral("?sslmode=") + sslMode;
    return s;
}

QString DatabaseUrl::keychainKey() const
{
    // "<login>@<database>": the same key for the application and the command-line tool.
    const QString where = isSqlite() ? QString(QStringLiteral("sqlite:") + path)
                                     : QString(QStringLiteral("postgresql://") + host + QLatin1Char(':')
                                               + QString::number(port) + QLatin1Char('/') + database);
    return user + QLatin1Char('@') + where;
}

} // namespace desk
