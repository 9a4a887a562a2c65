#pragma once

#include "workflow/AppealService.h"

#include <QDate>
#include <QJsonObject>

namespace desk::test {

// The message AppealForms::validate (intake) gives for `field` of a submission of `type`, empty when that field
// passed. Submissions in the unit tests hold only the fields under test: the problems of the others are ignored.
inline QString appealFieldProblem(const QString &type, const QJsonObject &fields, const QString &field)
{
    for (const AppealFieldProblem &p : AppealForms::validate(type, fields, nullptr, QDate(2025, 6, 30))) {
        if (p.field == field)
            return p.message;
    }
    return {};
}

} // namespace desk::test
