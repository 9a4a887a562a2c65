#include "workflow/LookupService.h"

#include "domain/Identifiers.h"
#include "store/Database.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QCoreApplication>

namespace desk {

namespace {
} // namespace

LookupService::LookupService(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

Result<QVector<AccountSummary>> LookupService::find(const QString &input, int limit)
{
    if (auto s = Permissions::require(m_session->staff(), Action::LookupAccounts); !s)
        return s.error();
    AccountSearch search;
    search.query = LookupQuery::parse(input);
    if (search.query.kind == LookupQuery::Kind::Invalid)
        return Error(Error::Code::InvalidInput, search.query.message);
    if (search.query.kind == LookupQuery::Kind::Empty)
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::LookupService", "Type a login, USCC, ID number, phone number or name."));
    search.sort = search.query.kind == LookupQuery::Kind::Name ? AccountSort::Name : AccountSort::Login;
    AccountRepository repo(m_session->database());
    return repo.search(search, limit);
}

Result<AccountDetail> LookupService::detail(qint64 accountId)
{
    if (auto s = Permissions::require(m_session->staff(), Action::LookupAccounts); !s)
        return s.error();
    AccountRepository repo(m_session->database());
    return repo.detail(accountId);
}

Result<QString> LookupService::reveal(qint64 accountId, PersonalField field, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.size() < 4)
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::LookupService", "Give a reason for revealing this data (at least 4 characters), e.g. the call or case."));
    return WritePath::run(*m_session, Action::RevealPersonalData, [&](WriteContext &w) -> Result<QString> {
        auto got = AccountRepository(w.database()).reveal(accountId, fieldName(field), why);
        if (!got)
            return got.error();
        if (!got->auditedByServer)
            w.audit(QStringLiteral("account.reveal"), QStringLiteral("account"), QString::number(accountId), {},
                    QJsonObject{{QStringLiteral("field"), fieldName(field)},
                                {QStringLiteral("reason"), why},
                                {QStringLiteral("login"), got->login}});
        return got->value;
    });
}

QString LookupService::fieldName(PersonalField field)
{
    switch (field) {
    case PersonalField::IdNumber: return QStringLiteral("id_number");
    case PersonalField::Phone: return QStringLiteral("phone");
    case PersonalField::Email: return QStringLiteral("email");
    case PersonalField::LegalRepIdNumber: return QStringLiteral("legal_rep_id_number");
    }
    return {};
}

QString LookupService::fieldLabel(PersonalField field)
{
    switch (field) {
    case PersonalField::IdNumber: return QCoreApplication::translate("desk::LookupService", "ID number");
    case PersonalField::Phone: return QCoreApplication::translate("desk::LookupService", "Reserved phone");
    case PersonalField::Email: return QCoreApplication::translate("desk::LookupService", "E-mail");
    case PersonalField::LegalRepIdNumber: return QCoreApplication::translate("desk::LookupService", "Legal representative's ID number");
    }
    return {};
}

QJsonObject LookupService::toMaskedJson(const AccountSummary &row)
{
    QJsonObject o;
    o[QStringLiteral("id")] = row.id;
    o[QStringLiteral("login")] = row.login;
    o[QStringLiteral("kind")] = row.kind;
    o[QStringLiteral("name")] = row.name;
    if (!row.uscc.isEmpty())
        o[QStringLiteral("uscc")] = row.uscc;
    if (!row.idNumber.isEmpty())
        o[QStringLiteral("id_number")] = ids::maskIdNumber(row.idNumber);
    if (!row.phone.isEmpty())
        o[QStringLiteral("phone")] = ids::maskPhone(row.phone);
    o[QStringLiteral("real_name_status")] = row.realNameStatus;
    o[QStringLiteral("account_status")] = row.accountStatus;
    o[QStringLiteral("created_at")] = row.createdAt.toString(Qt::ISODate);
    return o;
}

} // namespace desk
