#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <memory>

namespace desk {

class Session;

// What became of one legacy account (or of a code that was never in the legacy system), ready to tell the caller.
struct MigrationAnswer
{
    QString system;          // "torch"; empty for O0/P0
    QString legacyLogin;     // empty for O0/P0
    QString caseCode;        // O0..O4 / P0..P4; empty while the legacy account is not migrated yet
    bool migrated = false;   // true for a recorded case (and for O0/P0, which need no migration)
    QString conflictReason;  // why the migration could not place the account
    QString platformLogin;   // the login to use on the platform (empty for O0/P0 and pending accounts)
    QString signInWindow;    // "organization" or "person"
    QString guidance;        // translated text (Chinese from seed 001) with the real login filled in
    QJsonArray accounts;     // platform accounts involved, personal data masked

    QJsonObject toJson() const;
};

// The help desk's question "I had a Torch Center account: how do I sign in now?" (DOMAIN.md, "Migration of Torch
// Center accounts"): finds the legacy account(s) by USCC, phone or login and answers with the case and the words
// of the seed, the real login filled in.
class MigrationLookup
{
    Q_DECLARE_TR_FUNCTIONS(desk::MigrationLookup)

public:
    enum class By { Uscc, Phone, Login, Name };

    struct Answer
    {
        QString input;   // normalised
        By by = By::Login;
        QString warning; // translated, e.g. the USCC check character is wrong
        QVector<MigrationAnswer> results; // at least one unless the login was not found
        QJsonObject toJson() const;       // fields of the first result at the top level, all under "results"
    };

    explicit MigrationLookup(std::shared_ptr<Session> session);

    // InvalidInput for malformed input; an empty result list only for an unknown login that is neither a USCC nor
    // a mobile number, or an organization name found nowhere (a USCC or phone that is not found answers O0 / P0).
    // By name, the legacy organizations of that exact name are found, and those whose USCC belongs to a platform
    // organization of that current or former name.
    Result<Answer> find(By by, const QString &input);

    static QString byName(By by); // "uscc", "phone", "login", "name"
    // What one typed text is: a USCC-shaped code, a mobile number, an organization name (holds CJK characters
    // or spaces) or else a login.
    static By guess(const QString &input);

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
