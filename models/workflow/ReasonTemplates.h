#pragma once

#include "core/Result.h"
#include "store/AppealRepository.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

namespace desk {

class Session;

// The rejection / request-for-documents reasons administrators maintain (Action::ManageReasonTemplates); every
// staff member reads them. Their SMS texts are what the user is told, stored in Chinese in the database.
class ReasonTemplates
{
    Q_DECLARE_TR_FUNCTIONS(desk::AppealService) // the messages are the appeal service's

public:
    explicit ReasonTemplates(std::shared_ptr<Session> session);

    Result<QVector<ReasonTemplate>> list(bool activeOnly = true);
    // Inserts (id 0) or updates a template. Returns its id.
    Result<qint64> save(const ReasonTemplate &t);
    Status deactivate(qint64 templateId);

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
