#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace desk {

// The few preferences IdentityDesk keeps per user in QSettings, each key named in one place.
// Passwords are never stored here (see CredentialStore).
class DeskSettings
{
public:
    static QString language(); // "zh_CN" (default) or "en"
    static void setLanguage(const QString &language);
    static QStringList languages(); // the languages the program ships

    static QString databaseUrl(); // last database signed in to; empty: the embedded default
    static void setDatabaseUrl(const QString &url);
    static QString lastLogin();
    static void setLastLogin(const QString &login);
    static bool rememberPassword(); // whether the box was ticked the last time
    static void setRememberPassword(bool remember);

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray &state);
};

} // namespace desk
