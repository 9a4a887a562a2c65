#pragma once

namespace desk {

class Database;

// Which databases have a write transaction (store/Database.h, Transaction) open on the calling thread: each
// thread has its own connection, so the answer is per thread. AuditLog refuses to append outside one.
namespace openTransactions {
bool isOpen(const Database &db);
void opened(const Database &db); // Transaction::begin succeeded
void closed(const Database &db); // committed or rolled back
} // namespace openTransactions

} // namespace desk
