#include "domain/CitizenTexts.h"

#include <QStringList>

namespace desk {

QString CitizenTexts::appealApprovedSms(qint64 appealId, const QString &login, const QString &password)
{
    return QStringLiteral("您的申诉 %1 已通过。登录名：%2，新密码：%3。请登录后修改密码。")
        .arg(appealId)
        .arg(login, password);
}

QString CitizenTexts::appealApprovedReason(const QString &login)
{
    return QStringLiteral("已通过（账号 %1）。").arg(login);
}

QString CitizenTexts::appealRejectedReason(const QString &templateTitle, const QString &freeText)
{
    return freeText.isEmpty() ? templateTitle : templateTitle + QStringLiteral(": ") + freeText;
}

QString CitizenTexts::appealUserMessage(const QString &templateSmsText, const QString &freeText)
{
    QStringList parts;
    if (!templateSmsText.trimmed().isEmpty())
        parts << templateSmsText.trimmed();
    if (!freeText.isEmpty())
        parts << freeText;
    return parts.join(QLatin1Char(' '));
}

} // namespace desk
