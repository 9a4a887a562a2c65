#pragma once

#include <QCoreApplication>
#include <QString>

namespace desk {

struct AuditRow;

// Screen labels for the stored codes the look-up shows (organization type, ID type, migration case,
// audit action...). Presentation only: what the codes mean is decided in models/.
class LookupLabels
{
    Q_DECLARE_TR_FUNCTIONS(desk::LookupLabels)
public:
    static QString organizationType(const QString &code);
    static QString identityRegion(const QString &code);
    static QString idType(const QString &code);
    static QString migrationCase(const QString &code);
    static QString legacySystem(const QString &code);
    static QString origin(const QString &code);
    static QString projectStatus(const QString &code);
    static QString accountEvent(const QString &kind);
    static QString accountEventDetail(const QString &kind, const QString &detail);
    static QString auditAction(const QString &action);
    // One line describing an audit row: which field was revealed and why, or the changed values.
    static QString auditDetail(const AuditRow &row);
};

} // namespace desk
