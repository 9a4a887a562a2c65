#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace desk {

class Session;

// One help-desk call about an account: who called, what about, what the agent did.
struct CallRecord
{
    qint64 accountId = 0;
    QString callerPhone; // the number the caller rang from (mobile or landline), stored, shown masked
    QString topic;       // one of CallLog::topics()
    QString outcome;     // one of CallLog::outcomes()
    QString note;        // free text, at most CallLog::kMaxNote characters
    QString context;     // optional: what the agent looked at, e.g. "torch O3 91110108MA01ET88XL"
};

// Logs help-desk calls against an account: an account event of kind "call" (so the call appears in the
// account's history) and an "account.call" audit entry, in one transaction.
class CallLog
{
    Q_DECLARE_TR_FUNCTIONS(desk::CallLog)

public:
    static constexpr int kMaxNote = 500;

    explicit CallLog(std::shared_ptr<Session> session);

    // InvalidInput naming the field for a bad phone, topic, outcome or note; PermissionDenied without LogCall.
    Result<qint64> log(const CallRecord &call); // the account event's id

    static QStringList topics();   // migration, password, real_name, appeal, merge, other
    static QStringList outcomes(); // answered, guided_self_service, appeal_advised, escalated, call_back
    static QString topicLabel(const QString &topic);
    static QString outcomeLabel(const QString &outcome);
    // Mainland mobile (masked 155****6621) or a landline with area code, 7 to 12 digits, e.g. 010-68512345.
    static bool isCallerPhone(const QString &phone);
    static QString normalisedPhone(const QString &phone);
    static QString maskedPhone(const QString &phone);
    // The history line of a "call" event's detail (JSON written by log()), phone masked, translated labels.
    static QString describe(const QString &detailJson);

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
