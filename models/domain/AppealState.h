#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace desk {

// Where a recovery appeal is in its life (DOMAIN.md, "Recovery appeals"). The database and JSON hold the stable
// English names; AppealStates converts, and nothing else spells them.
enum class AppealState {
    New,            // waiting in the queue
    Claimed,        // a reviewer holds it
    WaitingForUser, // documents asked for; the SLA clock is paused
    Approved,
    Rejected,
    Withdrawn,
};

class AppealStates
{
public:
    // new, claimed, waiting_for_user, approved, rejected, withdrawn
    static QString name(AppealState state);
    static std::optional<AppealState> fromName(const QString &name);
    static QStringList names();
    static const QVector<AppealState> &all(); // in the order above
    static bool isOpen(AppealState state);    // new, claimed, waiting_for_user
    static QVector<AppealState> open();
};

} // namespace desk
