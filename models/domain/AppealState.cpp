#include "domain/AppealState.h"

#include <QStringList>

namespace desk {

QString AppealStates::name(AppealState state)
{
    switch (state) {
    case AppealState::New:
        return QStringLiteral("new");
    case AppealState::Claimed:
        return QStringLiteral("claimed");
    case AppealState::WaitingForUser:
        return QStringLiteral("waiting_for_user");
    case AppealState::Approved:
        return QStringLiteral("approved");
    case AppealState::Rejected:
        return QStringLiteral("rejected");
    case AppealState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<AppealState> AppealStates::fromName(const QString &name)
{
    for (AppealState s : all())
        if (AppealStates::name(s) == name)
            return s;
    return std::nullopt;
}

QStringList AppealStates::names()
{
    QStringList out;
    for (AppealState s : all())
        out << name(s);
    return out;
}

const QVector<AppealState> &AppealStates::all()
{
    static const QVector<AppealState> states{AppealState::New,      AppealState::Claimed,  AppealState::WaitingForUser,
                                             AppealState::Approved, AppealState::Rejected, AppealState::Withdrawn};
    return states;
}

bool AppealStates::isOpen(AppealState state)
{
    return state == AppealState::New || state == AppealState::Claimed || state == AppealState::WaitingForUser;
}

QVector<AppealState> AppealStates::open()
{
    return {AppealState::New, AppealState::Claimed, AppealState::WaitingForUser};
}

} // namespace desk
