#include "domain/AccountLabels.h"

namespace desk {

QString AccountLabels::kind(const QString &kind)
{
    if (kind == QLatin1String("person"))
        return tr("Person");
    if (kind == QLatin1String("organization"))
        return tr("Organization");
    return kind;
}

QString AccountLabels::realNameStatus(const QString &status)
{
    if (status == QLatin1String("unverified"))
        return tr("Not verified");
    if (status == QLatin1String("verified_national"))
        return tr("Verified (national platform)");
    if (status == QLatin1String("failed"))
        return tr("Verification failed");
    if (status == QLatin1String("manual_pending"))
        return tr("Manual review pending");
    if (status == QLatin1String("verified_manual"))
        return tr("Verified (manual review)");
    return status;
}

QString AccountLabels::accountStatus(const QString &status)
{
    if (status == QLatin1String("pending_activation"))
        return tr("Pending activation");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("disabled"))
        return tr("Disabled");
    if (status == QLatin1String("merged"))
        return tr("Merged");
    return status;
}

} // namespace desk
