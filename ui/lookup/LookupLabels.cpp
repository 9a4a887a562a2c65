#include "lookup/LookupLabels.h"

#include "store/AuditLog.h"
#include "workflow/CallLog.h"
#include "workflow/LookupService.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace desk {

QString LookupLabels::organizationType(const QString &code)
{
    if (code == QLatin1String("enterprise"))
        return tr("Enterprise legal person");
    if (code == QLatin1String("social_organization"))
        return tr("Social organization legal person");
    if (code == QLatin1String("public_institution"))
        return tr("Public institution legal person");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString LookupLabels::identityRegion(const QString &code)
{
    if (code == QLatin1String("mainland"))
        return tr("Mainland");
    if (code == QLatin1String("hk_mo_tw"))
        return tr("Hong Kong, Macao or Taiwan");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString LookupLabels::idType(const QString &code)
{
    if (code == QLatin1String("resident_id"))
        return tr("Resident ID card");
    if (code == QLatin1String("hk_mo_permit"))
        return tr("Hong Kong/Macao permit");
    if (code == QLatin1String("tw_permit"))
        return tr("Taiwan permit");
    if (code == QLatin1String("passport"))
        return tr("Passport");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString LookupLabels::migrationCase(const QString &code)
{
    if (code == QLatin1String("O1"))
        return tr("O1 kept: login is the USCC, Torch password kept");
    if (code == QLatin1String("O2"))
        return tr("O2 pre-existing: an organization account with this login existed");
    if (code == QLatin1String("O3"))
        return tr("O3 renamed: login is HJ_ + USCC, Torch password kept");
    if (code == QLatin1String("O4"))
        return tr("O4 converted: became a person account delegated by the organization");
    if (code == QLatin1String("P1"))
        return tr("P1 kept: login and Torch password kept");
    if (code == QLatin1String("P2"))
        return tr("P2 pre-existing: a person account with this login existed");
    if (code == QLatin1String("P3"))
        return tr("P3 renamed: login is HJ_ + phone, Torch password kept");
    if (code == QLatin1String("P4"))
        return tr("P4 lost login: recover through a person appeal");
    if (code.isEmpty())
        return tr("Not migrated (conflict)");
    return code;
}

QString LookupLabels::legacySystem(const QString &code)
{
    if (code == QLatin1String("torch"))
        return tr("Torch Center");
    if (code == QLatin1String("fex"))
        return tr("Foreign experts system");
    return code;
}

QString LookupLabels::origin(const QString &code)
{
    if (code == QLatin1String("platform"))
        return tr("Registered on the platform");
    if (code == QLatin1String("torch"))
        return tr("Migrated from the Torch Center");
    return code;
}

QString LookupLabels::projectStatus(const QString &code)
{
    if (code == QLatin1String("draft"))
        return tr("Draft");
    if (code == QLatin1String("submitted"))
        return tr("Submitted");
    if (code == QLatin1String("under_review"))
        return tr("Under review");
    if (code == QLatin1String("approved"))
        return tr("Approved");
    if (code == QLatin1String("rejected"))
        return tr("Rejected");
    if (code == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return code;
}

QString LookupLabels::accountEvent(const QString &kind)
{
    if (kind == QLatin1String("registered"))
        return tr("Registered");
    if (kind == QLatin1String("activated"))
        return tr("Activated");
    if (kind == QLatin1String("disabled"))
        return tr("Disabled");
    if (kind == QLatin1String("migrated"))
        return tr("Migrated");
    if (kind == QLatin1String("password_reset"))
        return tr("Password reset");
    if (kind == QLatin1String("phone_changed"))
        return tr("Reserved phone changed");
    if (kind == QLatin1String("real_name_submitted"))
        return tr("Verification documents uploaded");
    if (kind == QLatin1String("real_name_verified"))
        return tr("Real-name verified");
    if (kind == QLatin1String("real_name_failed"))
        return tr("Real-name verification failed");
    if (kind == QLatin1String("call"))
        return tr("Help-desk call");
    return kind;
}

QString LookupLabels::accountEventDetail(const QString &kind, const QString &detail)
{
    if (kind == QLatin1String("call"))
        return CallLog::describe(detail);
    if (detail == QLatin1String("self-service"))
        return tr("self-service");
    if (detail == QLatin1String("national"))
        return tr("by the national platform");
    if (detail == QLatin1String("manual"))
        return tr("by manual review");
    if (detail == QLatin1String("sms"))
        return tr("by SMS code");
    if (detail == QLatin1String("appeal"))
        return tr("after a recovery appeal");
    if (detail == QLatin1String("documents uploaded"))
        return tr("documents uploaded");
    if (kind == QLatin1String("migrated")) {
        // "<legacy system> <case>", e.g. "torch O3"
        const QStringList parts = detail.split(QLatin1Char(' '));
        if (parts.size() == 2)
            return migrationCase(parts.at(1)) + QStringLiteral(" (") + legacySystem(parts.at(0)) + QLatin1Char(')');
    }
    return detail;
}

QString LookupLabels::auditAction(const QString &action)
{
    if (action == QLatin1String("account.reveal"))
        return tr("Personal data revealed");
    if (action == QLatin1String("account.call"))
        return tr("Call logged");
    if (action == QLatin1String("account.password_reset"))
        return tr("Password reset after an appeal");
    static const QHash<QString, const char *> appealActions{
        {QStringLiteral("appeal.file"), QT_TR_NOOP("Appeal filed by the help desk")},
        {QStringLiteral("appeal.import"), QT_TR_NOOP("Appeal received from the public platform")},
        {QStringLiteral("appeal.claim"), QT_TR_NOOP("Appeal claimed")},
        {QStringLiteral("appeal.touch"), QT_TR_NOOP("Claim kept alive")},
        {QStringLiteral("appeal.release"), QT_TR_NOOP("Appeal released to the queue")},
        {QStringLiteral("appeal.reassign"), QT_TR_NOOP("Appeal reassigned")},
        {QStringLiteral("appeal.approve"), QT_TR_NOOP("Appeal approved")},
        {QStringLiteral("appeal.reject"), QT_TR_NOOP("Appeal rejected")},
        {QStringLiteral("appeal.ask_documents"), QT_TR_NOOP("Documents asked for")},
        {QStringLiteral("appeal.resubmit"), QT_TR_NOOP("Documents resubmitted")},
        {QStringLiteral("appeal.withdraw"), QT_TR_NOOP("Appeal withdrawn")},
        {QStringLiteral("appeal.note"), QT_TR_NOOP("Note added")},
    };
    if (const char *label = appealActions.value(action))
        return tr(label);
    return action;
}

QString LookupLabels::auditDetail(const AuditRow &row)
{
    const QJsonObject after = QJsonDocument::fromJson(row.afterJson.toUtf8()).object();
    if (row.action == QLatin1String("account.reveal")) {
        const QString fieldName = after.value(QStringLiteral("field")).toString();
        QString field = fieldName;
        for (auto f : {LookupService::PersonalField::IdNumber, LookupService::PersonalField::Phone,
                       LookupService::PersonalField::Email, LookupService::PersonalField::LegalRepIdNumber}) {
            if (LookupService::fieldName(f) == fieldName)
                field = LookupService::fieldLabel(f);
        }
        return tr("%1; reason: %2").arg(field, after.value(QStringLiteral("reason")).toString());
    }
    if (row.action == QLatin1String("account.call"))
        return CallLog::topicLabel(after.value(QStringLiteral("topic")).toString()) + QStringLiteral(" · ")
            + CallLog::outcomeLabel(after.value(QStringLiteral("outcome")).toString());
    return row.afterJson;
}

} // namespace desk
