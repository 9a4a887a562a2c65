#include "store/OpenTransactions.h"

#include <QList>

namespace desk::openTransactions {

namespace {
thread_local QList<const Database *> t_open;
} // namespace

bool isOpen(const Database &db)
{
    return t_open.contains(&db);
}

void opened(const Database &db)
{
    t_open.append(&db);
}

void closed(const Database &db)
{
    t_open.removeOne(&db);
}

} // namespace desk::openTransactions
