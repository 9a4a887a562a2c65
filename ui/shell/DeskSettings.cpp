#include "shell/DeskSettings.h"

#include <QSettings>
#include <QStringList>

namespace desk {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabaseUrl = QStringLiteral("connection/databaseUrl");
const QString kLastLogin = QStringLiteral("signIn/lastLogin");
const QString kRememberPassword = QStringLiteral("signIn/rememberPassword");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
} // namespace

QStringList DeskSettings::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString DeskSettings::language()
{
    const QString value = QSettings().value(kLanguage).toString();
    return languages().contains(value) ? value : languages().constFirst();
}

void DeskSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QString DeskSettings::databaseUrl()
{
    return QSettings().value(kDatabaseUrl).toString();
}

void DeskSettings::setDatabaseUrl(const QString &url)
{
    QSettings().setValue(kDatabaseUrl, url);
}

QString DeskSettings::lastLogin()
{
    return QSettings().value(kLastLogin).toString();
}

void DeskSettings::setLastLogin(const QString &login)
{
    QSettings().setValue(kLastLogin, login);
}

bool DeskSettings::rememberPassword()
{
    return QSettings().value(kRememberPassword, false).toBool();
}

void DeskSettings::setRememberPassword(bool remember)
{
    QSettings().setValue(kRememberPassword, remember);
}

QByteArray DeskSettings::mainWindowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void DeskSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray DeskSettings::mainWindowState()
{
    return QSettings().value(kState).toByteArray();
}

void DeskSettings::setMainWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

} // namespace desk
