#include "domain/CitizenTexts.h"

#include <QHash>
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

QString CitizenTexts::reviewApprovedSms(const QString &ref, const QString &login)
{
    return QStringLiteral("您的实名认证申请 %1 已通过人工审核（科技部平台人工审核通过），账号 %2 已完成实名认证。").arg(ref, login);
}

QString CitizenTexts::reviewRejectedSms(const QString &ref, const QStringList &reasonTexts, const QString &freeText)
{
    QStringList reasons;
    for (const QString &t : reasonTexts)
        if (!t.trimmed().isEmpty())
            reasons << t.trimmed();
    QString text = QStringLiteral("您的实名认证申请 %1 未通过人工审核").arg(ref);
    if (!reasons.isEmpty())
        text += QStringLiteral("，原因：") + reasons.join(QStringLiteral("；"));
    text += QStringLiteral("。");
    if (!freeText.isEmpty())
        text += freeText + QStringLiteral(" ");
    return text + QStringLiteral("请按要求修改后重新提交。");
}

QString CitizenTexts::reviewDocumentLabel(const QString &kind)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("id_front"), QStringLiteral("身份证人像面")},
        {QStringLiteral("id_back"), QStringLiteral("身份证国徽面")},
        {QStringLiteral("licence"), QStringLiteral("营业执照")},
        {QStringLiteral("legal_rep_id_front"), QStringLiteral("法定代表人身份证人像面")},
        {QStringLiteral("legal_rep_id_back"), QStringLiteral("法定代表人身份证国徽面")},
        {QStringLiteral("agent_id_front"), QStringLiteral("经办人身份证人像面")},
        {QStringLiteral("agent_id_back"), QStringLiteral("经办人身份证国徽面")},
        {QStringLiteral("registry_screenshot"), QStringLiteral("国家企业信用信息公示系统截图")},
        {QStringLiteral("authorization"), QStringLiteral("授权委托书")},
        {QStringLiteral("handler_id"), QStringLiteral("经办人手持身份证照片")}};
    return labels.value(kind, kind);
}

QString CitizenTexts::reviewApprovedReason(const QString &login)
{
    return QStringLiteral("人工审核通过（账号 %1）。").arg(login);
}

QString CitizenTexts::delegationExpired()
{
    return QStringLiteral("授权已过期，请联系单位管理员重新授权。");
}

} // namespace desk
