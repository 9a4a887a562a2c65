#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace desk {

namespace {
const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QStringList kChannelBindings = {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};

bool isIpv4Loopback(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return parts.first().toInt() == 127;
}

// "host:port", with an IPv6 address in brackets.
QString hostAndPort(const QString &host, int port)
{
    const QString name = host.contains(QLatin1Char(':')) ? QString(QLatin1Char('[') + host + QLatin1Char(']')) : host;
    return name + QLatin1Char(':') + QString::number(port);
}

// A value in libpq's keyword=value syntax: quoted when it holds a space, a quote or a backslash.
QString conninfoValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\\'))
        && !value.contains(QLatin1Char('\'')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The real path of a file that may not exist yet: the deepest existing folder is resolved (symbolic links,
// "..") and the rest appended, so the key does not change when the file is created.
QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString parent = info.absolutePath();
    if (parent == info.absoluteFilePath()) // the root itself
        return parent;
    return QDir::cleanPath(canonicalPath(parent) + QLatin1Char('/') + info.fileName());
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::DatabaseUrl", "The database URL is empty."));

    if (text.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path and sqlite://relative
        if (path.isEmpty())
            return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::DatabaseUrl", "The SQLite URL names no file: write sqlite:/path/to/file.db"));
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
                         QCoreApplication::translate("desk::DatabaseUrl", "The PostgreSQL URL is malformed (%1). Write postgresql://user@host:port/dbname")
                             .arg(qurl.errorString()));
        if (!qurl.password().isEmpty())
            return Error(Error::Code::InvalidInput,
                         QCoreApplication::translate("desk::DatabaseUrl", "Do not put a password in the database URL: it would end up in settings and logs. "
                            "Leave it out; IdentityDesk asks for it."));
        DatabaseUrl url;
        url.driver = Driver::Postgres;
        url.user = qurl.userName();
        url.host = qurl.host().isEmpty() ? QStringLiteral("localhost") : qurl.host();
        url.port = qurl.port(5432);
        url.database = qurl.path().mid(1);
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/')))
            return Error(Error::Code::InvalidInput,
                         QCoreApplication::translate("desk::DatabaseUrl", "The PostgreSQL URL names no database: write postgresql://user@host:port/dbname"));
        if (url.port <= 0 || url.port > 65535)
            return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::DatabaseUrl", "The port in the database URL is out of range."));
        const QUrlQuery query(qurl);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (item.first == QLatin1String("sslmode")) {
                if (!kSslModes.contains(item.second))
                    return Error(Error::Code::InvalidInput,
                                 QCoreApplication::translate("desk::DatabaseUrl", "Unknown sslmode \"%1\": use one of %2.")
                                     .arg(item.second, kSslModes.join(QLatin1String(", "))));
                url.sslMode = item.second;
            } else if (item.first == QLatin1String("channel_binding")) {
                if (!kChannelBindings.contains(item.second))
                    return Error(Error::Code::InvalidInput,
                                 QCoreApplication::translate("desk::DatabaseUrl", "Unknown channel_binding \"%1\": use one of %2.")
                                     .arg(item.second, kChannelBindings.join(QLatin1String(", "))));
                url.channelBinding = item.second;
            } else if (item.first == QLatin1String("sslrootcert")) {
                // QPSQL turns ';' into a space before libpq reads the options: such a path cannot be passed.
                if (item.second.isEmpty() || item.second.contains(QLatin1Char(';')))
                    return Error(Error::Code::InvalidInput,
                                 QCoreApplication::translate("desk::DatabaseUrl", "sslrootcert must name a certificate file whose path has no ';'."));
                url.sslRootCert = QDir::fromNativeSeparators(item.second);
            } else {
                return Error(Error::Code::InvalidInput,
                             QCoreApplication::translate("desk::DatabaseUrl", "Unknown option \"%1\" in the database URL: only sslmode, sslrootcert and "
                                "channel_binding are understood.")
                                 .arg(item.first));
            }
        }
        return url;
    }

    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("desk::DatabaseUrl", "\"%1\" is not a database URL: it must start with sqlite: or postgresql://").arg(text));
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
    s += hostAndPort(host, port) + QLatin1Char('/') + database;
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"),
                           QString::fromLatin1(QUrl::toPercentEncoding(sslRootCert, "/")));
    if (!channelBinding.isEmpty())
        query.addQueryItem(QStringLiteral("channel_binding"), channelBinding);
    if (!query.isEmpty())
        s += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return s;
}

bool DatabaseUrl::isLoopback() const
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1")
        || host.startsWith(QLatin1Char('/')) || isIpv4Loopback(host);
}

QString DatabaseUrl::effectiveSslMode() const
{
    if (!sslMode.isEmpty() || isLoopback())
        return sslMode;
    return QStringLiteral("verify-full");
}

QString DatabaseUrl::effectiveChannelBinding() const
{
    if (!channelBinding.isEmpty() || isLoopback())
        return channelBinding;
    // Channel binding needs TLS: modes that may connect without it would always fail.
    const QString mode = effectiveSslMode();
    if (mode == QLatin1String("disable") || mode == QLatin1String("allow"))
        return {};
    return QStringLiteral("require");
}

bool DatabaseUrl::hasWeakTlsForRemoteHost() const
{
    return isPostgres() && !isLoopback() && !sslMode.isEmpty() && !sslMode.startsWith(QLatin1String("verify-"));
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=IdentityDesk")};
    if (const QString mode = effectiveSslMode(); !mode.isEmpty())
        options << QStringLiteral("sslmode=") + mode;
    if (const QString binding = effectiveChannelBinding(); !binding.isEmpty())
        options << QStringLiteral("channel_binding=") + binding;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + conninfoValue(sslRootCert);
    return options.join(QLatin1Char(';'));
}

QString DatabaseUrl::keychainKey() const
{
    if (isSqlite())
        return user + QStringLiteral("@sqlite:") + canonicalPath(path);
    return user + QLatin1Char('@') + hostAndPort(host, port) + QLatin1Char('/') + database;
}

QString DatabaseUrl::keychainService()
{
    return QStringLiteral("IdentityDesk");
}

} // namespace desk
