#pragma once

#include <QCoreApplication>
#include <QString>

namespace desk {

// Translated labels for the stored codes of an account (kind, real-name status, account status), one place
// for the list, the detail panel, the CLI and exports.
class AccountLabels
{
    Q_DECLARE_TR_FUNCTIONS(desk::AccountLabels)
public:
    static QString kind(const QString &kind);                     // person / organization
    static QString realNameStatus(const QString &status);         // unverified, verified_national, ...
    static QString accountStatus(const QString &status);          // pending_activation, active, disabled, merged
};

} // namespace desk
