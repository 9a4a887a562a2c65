#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace desk {

class Database;

// The bytes of one stored document whose owner is of `ownerType` ("appeal", "review_submission"): shared by the
// appeal and the real-name review repositories. On PostgreSQL no staff role reads document content directly:
// desk_document_open() hands it out and records who opened which document in the same statement
// (`auditedByServer` true); on SQLite it is read here and the caller appends the audit row.
Result<QByteArray> openStoredDocument(Database &db, const QString &ownerType, qint64 documentId,
                                      bool *auditedByServer = nullptr);

} // namespace desk
