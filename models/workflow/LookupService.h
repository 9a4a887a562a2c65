#pragma once

#include "core/Result.h"
#include "store/AccountRepository.h"

#include <QJsonObject>

#include <memory>

namespace desk {

class Session;

// The help desk's account look-up: what a typed text finds, an account's detail, and revealing a
// masked field (with a reason, audited). Personal data leaves this class masked unless revealed.
class LookupService
{
public:
    enum class PersonalField { IdNumber, Phone, Email, LegalRepIdNumber };

    explicit LookupService(std::shared_ptr<Session> session);

    Result<QVector<AccountSummary>> find(const QString &input, int limit = 50);
    Result<AccountDetail> detail(qint64 accountId);

    // Returns the clear value and writes an audit entry naming the field and the reason.
    Result<QString> reveal(qint64 accountId, PersonalField field, const QString &reason);

    static QString fieldName(PersonalField field);  // "id_number", ...
    static QString fieldLabel(PersonalField field); // translated
    // JSON for the CLI and exports, personal data masked.
    static QJsonObject toMaskedJson(const AccountSummary &row);

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
