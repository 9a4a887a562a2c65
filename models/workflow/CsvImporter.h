#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace desk {

class Session;

// One row the import rejected (bad) or would not apply (conflict), with its line in the file.
struct ImportProblem
{
    qint64 line = 0; // physical line where the record starts; the header is line 1
    QString key;     // login or legacy_login, as given
    QString reason;  // translated
};

struct ImportReport
{
    QString kind;     // "accounts" or "legacy"
    QString fileName; // as given
    QString encoding; // "UTF-8" or "GB18030"
    bool written = false; // false when bad rows stopped the import (no --skip-bad)
    qint64 read = 0;      // data records in the file
    qint64 imported = 0;
    qint64 unchanged = 0; // already present with the same content
    QVector<ImportProblem> conflicts; // already present with different content: not overwritten
    QVector<ImportProblem> bad;

    QJsonObject toJson() const;
};

// Imports platform accounts or legacy accounts from a CSV file (UTF-8 with or without BOM, or GB18030).
// Every row is validated first; by default any bad row stops the import before anything is written. With a
// bad-row file the good rows are imported and the bad ones written there with their reasons. Rows whose key
// exists already are left alone: unchanged when identical, a conflict otherwise, so a second import of the
// same file changes nothing. Rows are written in batches, one transaction each; one audit entry per import.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(desk::CsvImporter)

public:
    enum class Kind { Accounts, Legacy };

    struct Options
    {
        Kind kind = Kind::Accounts;
        QString fileName;
        QString system = QStringLiteral("torch"); // legacy imports only
        QString badFile;                          // empty: any bad row stops the import
        int batchSize = 5000;
        std::function<void(qint64 rowsDone)> progress; // called every progressInterval rows
        qint64 progressInterval = 50000;
    };

    explicit CsvImporter(std::shared_ptr<Session> session);

    Result<ImportReport> run(const Options &options);

    static QStringList accountHeader();
    static QStringList legacyHeader();
    // ISO 8601 text to the stored form yyyy-MM-ddTHH:mm:ss.zzzZ (UTC); a time without offset is China time
    // (UTC+8), a date alone is midnight China time. Empty on malformed input.
    static QString normaliseTimestamp(const QString &text);

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
