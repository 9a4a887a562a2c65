#pragma once

#include <QString>

namespace desk::labels {

// Translated labels for the stored codes of an account, for item models and views.
// They live beside the models so that desk_items does not depend on the workflow layer.
QString accountKind(const QString &kind);      // person / organization
QString realNameStatus(const QString &status); // unverified, verified_national, ...
QString accountStatus(const QString &status);  // pending_activation, active, disabled, merged

} // namespace desk::labels
