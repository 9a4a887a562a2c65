#include "store/DocumentContent.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace desk {

Result<QByteArray> openStoredDocument(Database &db, const QString &ownerType, qint64 documentId,
                                      bool *auditedByServer)
{
    const bool server = db.url().isPostgres();
    if (auditedByServer)
        *auditedByServer = server;
    auto q = db.exec(server ? QStringLiteral("SELECT desk_document_open(id), storage_key FROM document "
                                             "WHERE owner_type = ? AND id = ?")
                            : QStringLiteral("SELECT content, storage_key FROM document WHERE owner_type = ? AND id = ?"),
                     {ownerType, documentId});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("desk::DocumentContent", "Document %1 does not exist.").arg(documentId));
    }
    const bool stored = !q->value(0).isNull();
    const QByteArray bytes = q->value(0).toByteArray();
    const QString key = q->value(1).toString();
    q->finish();
    if (!stored)
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("desk::DocumentContent",
                                                 "Document %1 is kept in external storage (%2), which this program "
                                                 "cannot read.")
                         .arg(documentId)
                         .arg(key));
    return bytes;
}

} // namespace desk
