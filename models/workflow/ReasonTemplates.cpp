#include "workflow/ReasonTemplates.h"

#include "store/Database.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QRegularExpression>

namespace desk {

ReasonTemplates::ReasonTemplates(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

Result<QVector<ReasonTemplate>> ReasonTemplates::list(bool activeOnly)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FileAppeal); !s)
        return s.error();
    return AppealRepository(m_session->database()).reasonTemplates(activeOnly);
}

namespace {
QJsonObject templateJson(const ReasonTemplate &t)
{
    return QJsonObject{{QStringLiteral("code"), t.code},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("sms_text"), t.smsText},
                       {QStringLiteral("active"), t.active},
                       {QStringLiteral("sort_order"), t.sortOrder}};
}
} // namespace

Result<qint64> ReasonTemplates::save(const ReasonTemplate &in)
{
    ReasonTemplate t = in;
    t.code = t.code.trimmed();
    t.title = t.title.trimmed();
    t.smsText = t.smsText.trimmed();
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!code.match(t.code).hasMatch())
        return Error(Error::Code::InvalidInput,
                     tr("The reason code \"%1\" must be 1 to 40 lower-case letters, digits or underscores starting "
                        "with a letter.")
                         .arg(t.code));
    if (t.title.isEmpty() || t.title.size() > 100)
        return Error(Error::Code::InvalidInput, tr("The reason title must be 1 to 100 characters."));
    if (t.smsText.isEmpty() || t.smsText.size() > 300)
        return Error(Error::Code::InvalidInput, tr("The text sent to the user must be 1 to 300 characters."));
    Database &db = m_session->database();
    AppealRepository repo(db);
    return WritePath::run(*m_session, Action::ManageReasonTemplates, [&](WriteContext &w) -> Result<qint64> {
        auto sameCode = repo.reasonTemplate(t.code);
        if (!sameCode)
            return sameCode.error();
        if (sameCode->has_value() && (*sameCode)->id != t.id)
            return Error(Error::Code::Conflict,
                         tr("A reason template with the code \"%1\" already exists.").arg(t.code));
        QJsonObject before;
        qint64 id = t.id;
        if (t.id == 0) {
            auto inserted = repo.insertReasonTemplate(t);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        } else {
            auto old = repo.reasonTemplate(t.id);
            if (!old)
                return old.error();
            if (!old->has_value())
                return Error(Error::Code::NotFound, tr("Reason template %1 does not exist.").arg(t.id));
            before = templateJson(**old);
            if (auto s = repo.updateReasonTemplate(t); !s)
                return s.error();
        }
        w.audit(QStringLiteral("reason_template.save"), QStringLiteral("reason_template"), QString::number(id), before,
                templateJson(t));
        return id;
    });
}

Status ReasonTemplates::deactivate(qint64 templateId)
{
    Database &db = m_session->database();
    AppealRepository repo(db);
    return WritePath::run(*m_session, Action::ManageReasonTemplates, [&](WriteContext &w) -> Status {
        auto old = repo.reasonTemplate(templateId);
        if (!old)
            return old.error();
        if (!old->has_value())
            return Error(Error::Code::NotFound, tr("Reason template %1 does not exist.").arg(templateId));
        ReasonTemplate t = **old;
        if (!t.active)
            return {};
        t.active = false;
        if (auto s = repo.updateReasonTemplate(t); !s)
            return s;
        w.audit(QStringLiteral("reason_template.deactivate"), QStringLiteral("reason_template"),
                QString::number(templateId), templateJson(**old), templateJson(t));
        return {};
    });
}

} // namespace desk
