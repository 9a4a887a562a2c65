#include "workflow/CsvImporter.h"

#include "domain/Identifiers.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <optional>

namespace desk {

namespace {

const QString kInsertAccount = QStringLiteral(
    "INSERT INTO account (login, kind, name, uscc, organization_type, id_type, id_number, phone, real_name_status, "
    "origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO NOTHING");
const QString kSelectAccount = QStringLiteral(
    "SELECT kind, name, uscc, organization_type, id_type, id_number, phone, real_name_status, origin, created_at "
    "FROM account WHERE login = ?");
const QString kInsertLegacy = QStringLiteral(
    "INSERT INTO legacy_account (system, legacy_login, kind, name, uscc, phone, id_number, password_hash, "
    "registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (system, legacy_login) DO NOTHING");
const QString kSelectLegacy = QStringLiteral(
    "SELECT kind, name, uscc, phone, id_number, password_hash, registered_at FROM legacy_account "
    "WHERE system = ? AND legacy_login = ?");
const QString kSelectLegacyServer = QStringLiteral(
    "SELECT kind, name, uscc, phone, id_number, desk_legacy_password_digest(id), registered_at FROM legacy_account "
    "WHERE system = ? AND legacy_login = ?");
constexpr int kLegacyPasswordColumn = 5;

// Columns compared for idempotence (the key excluded), in the order of the SELECTs above.
const char *const kAccountCompared[] = {"kind", "name", "uscc", "organization_type", "id_type", "id_number",
                                         "phone", "real_name_status", "origin", "created_at"};
const char *const kLegacyCompared[] = {"kind", "name", "uscc", "phone", "id_number", "password_hash",
                                        "registered_at"};

constexpr qsizetype kChunk = 1 << 20;

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    for (qsizetype offset = 0; offset < bytes.size(); offset += kChunk) {
        const QString ignored = decoder.decode(QByteArrayView(bytes.constData() + offset, qMin(kChunk, bytes.size() - offset)));
        if (decoder.hasError())
            return false;
    }
    // A multi-byte sequence cut off at the end of the file.
    const QString tail = decoder.decode(QByteArrayView());
    return !decoder.hasError() && tail.isEmpty();
}

// RFC 4180 records from decoded text, one at a time: quoted fields may hold commas, doubled quotes and line
// breaks; records end at LF, CRLF or CR; blank lines are skipped.
class CsvReader
{
public:
    CsvReader(const QByteArray &bytes, QStringDecoder decoder) : m_bytes(bytes), m_decoder(std::move(decoder)) {}

    // The next record and the line it starts on; false at the end of the file.
    bool next(QStringList &fields, qint64 &line, bool &unterminatedQuote)
    {
        enum class State { Start, Unquoted, Quoted, QuoteInQuoted };
        State state = State::Start;
        fields.clear();
        QString field;
        bool sawAnything = false;
        bool sawQuote = false;
        unterminatedQuote = false;
        line = m_line;
        for (;;) {
            if (m_pos >= m_buf.size() && !fill()) {
                if (!sawAnything)
                    return false;
                unterminatedQuote = state == State::Quoted;
                fields << field;
                return true;
            }
            const QChar c = m_buf.at(m_pos++);
            if (m_skipLf) {
                m_skipLf = false;
                if (c == u'\n')
                    continue;
            }
            if (m_atStart) {
                m_atStart = false;
                if (c == QChar(0xFEFF))
                    continue; // byte order mark
            }
            sawAnything = true;
            if (state == State::Quoted) {
                if (c == u'"')
                    state = State::QuoteInQuoted;
                else {
                    if (c == u'\n')
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (state == State::QuoteInQuoted) {
                if (c == u'"') {
                    field += c;
                    state = State::Quoted;
                    continue;
                }
                state = State::Unquoted;
            }
            if (c == u',') {
                fields << field;
                field.clear();
                state = State::Start;
            } else if (c == u'\n' || c == u'\r') {
                ++m_line;
                m_skipLf = c == u'\r';
                if (fields.isEmpty() && field.isEmpty() && !sawQuote) { // blank line
                    sawAnything = false;
                    line = m_line;
                    continue;
                }
                fields << field;
                return true;
            } else if (c == u'"' && state == State::Start) {
                state = State::Quoted;
                sawQuote = true;
            } else {
                field += c;
                state = State::Unquoted;
            }
        }
    }

private:
    bool fill()
    {
        while (m_offset < m_bytes.size()) {
            const qsizetype n = qMin(kChunk, m_bytes.size() - m_offset);
            m_buf = m_decoder.decode(QByteArrayView(m_bytes.constData() + m_offset, n));
            m_offset += n;
            m_pos = 0;
            if (!m_buf.isEmpty())
                return true;
        }
        return false;
    }

    const QByteArray &m_bytes;
    QStringDecoder m_decoder;
    qsizetype m_offset = 0;
    QString m_buf;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_skipLf = false;
    bool m_atStart = true;
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',') + QStringLiteral("\r\n");
}

// A validated row ready to write: the key, the values to insert, and the compared values in SELECT order.
struct Row
{
    QString key;
    QVariantList insertValues;
    QStringList compared;
};

const QStringList kKinds{QStringLiteral("person"), QStringLiteral("organization")};
const QStringList kStatuses{QStringLiteral("unverified"), QStringLiteral("verified_national"),
                            QStringLiteral("failed"), QStringLiteral("manual_pending"),
                            QStringLiteral("verified_manual")};
const QStringList kOrganizationTypes{QStringLiteral("enterprise"), QStringLiteral("social_organization"),
                                     QStringLiteral("public_institution"), QStringLiteral("other")};
const QStringList kIdTypes{QStringLiteral("resident_id"), QStringLiteral("hk_mo_permit"), QStringLiteral("tw_permit"),
                           QStringLiteral("passport"), QStringLiteral("other")};

// Validates one record; returns the reasons it is bad (empty when good) and fills `row` when good.
QStringList validateAccount(QStringList fields, Row &row)
{
    QStringList reasons;
    static const int expected = int(CsvImporter::accountHeader().size());
    if (fields.size() != expected)
        return {CsvImporter::tr("expected %1 columns, found %2").arg(expected).arg(fields.size())};
    for (QString &f : fields)
        f = f.trimmed();
    const QString &login = fields[0], &kind = fields[1], &name = fields[2], &uscc = fields[3],
                  &orgType = fields[4], &idType = fields[5], &idNumber = fields[6], &phone = fields[7],
                  &status = fields[8];
    const QString origin = fields[9].isEmpty() ? QStringLiteral("platform") : fields[9];
    if (!ids::isValidLoginName(login))
        reasons << CsvImporter::tr("invalid login \"%1\" (4 to 64 letters, digits or underscores)").arg(login);
    if (!kKinds.contains(kind))
        reasons << CsvImporter::tr("unknown kind \"%1\" (person or organization)").arg(kind);
    if (name.isEmpty())
        reasons << CsvImporter::tr("the name is empty");
    if (!kStatuses.contains(status))
        reasons << CsvImporter::tr("unknown real-name status \"%1\"").arg(status);
    if (!orgType.isEmpty() && !kOrganizationTypes.contains(orgType))
        reasons << CsvImporter::tr("unknown organization type \"%1\"").arg(orgType);
    if (!idType.isEmpty() && !kIdTypes.contains(idType))
        reasons << CsvImporter::tr("unknown ID type \"%1\"").arg(idType);
    if (kind == QLatin1String("organization")) {
        if (uscc.isEmpty())
            reasons << CsvImporter::tr("an organization needs a USCC");
        else if (const ids::UsccCheck check = ids::checkUscc(uscc); !check.valid())
            reasons << CsvImporter::tr("invalid USCC \"%1\": %2").arg(uscc, check.message());
    }
    // Residence permits and the permanent residence card carry GB 11643 numbers too: see ids::IdDocument.
    const auto document = ids::idDocumentForType(idType, idNumber);
    if (kind == QLatin1String("person") && document) {
        const ids::ResidentIdCheck check = ids::checkResidentId(idNumber, QDate::currentDate(), *document);
        if (!check.valid())
            reasons << (*document == ids::IdDocument::ResidentIdCard
                            ? CsvImporter::tr("invalid resident ID \"%1\": %2")
                            : CsvImporter::tr("invalid %1 number \"%2\": %3").arg(idType))
                           .arg(idNumber, check.message());
    }
    if (!phone.isEmpty() && !ids::isMainlandMobile(phone))
        reasons << CsvImporter::tr("\"%1\" is not a mainland mobile number").arg(phone);
    const QString createdAt = CsvImporter::normaliseTimestamp(fields[10]);
    if (createdAt.isEmpty())
        reasons << CsvImporter::tr("malformed created_at \"%1\" (ISO 8601 expected)").arg(fields[10]);
    if (!reasons.isEmpty())
        return reasons;
    row.key = login;
    row.compared = QStringList{kind, name, uscc, orgType, idType, idNumber, phone, status, origin, createdAt};
    row.insertValues = QVariantList{login,         kind,          name,          orNull(uscc), orNull(orgType),
                                    orNull(idType), orNull(idNumber), orNull(phone), status,   origin,
                                    createdAt};
    return {};
}

QStringList validateLegacy(QStringList fields, const QString &system, Row &row)
{
    QStringList reasons;
    static const int expected = int(CsvImporter::legacyHeader().size());
    if (fields.size() != expected)
        return {CsvImporter::tr("expected %1 columns, found %2").arg(expected).arg(fields.size())};
    for (QString &f : fields)
        f = f.trimmed();
    const QString &login = fields[0], &kind = fields[1], &name = fields[2], &uscc = fields[3], &phone = fields[4],
                  &idNumber = fields[5], &passwordHash = fields[6];
    if (login.isEmpty())
        reasons << CsvImporter::tr("the legacy login is empty");
    if (!kKinds.contains(kind))
        reasons << CsvImporter::tr("unknown kind \"%1\" (person or organization)").arg(kind);
    // Legacy USCCs are stored as given: the Torch Center accepted codes with a wrong check character.
    if (!phone.isEmpty() && !ids::isMainlandMobile(phone))
        reasons << CsvImporter::tr("\"%1\" is not a mainland mobile number").arg(phone);
    QString registeredAt;
    if (!fields[7].isEmpty()) {
        registeredAt = CsvImporter::normaliseTimestamp(fields[7]);
        if (registeredAt.isEmpty())
            reasons << CsvImporter::tr("malformed registered_at \"%1\" (ISO 8601 expected)").arg(fields[7]);
    }
    if (!reasons.isEmpty())
        return reasons;
    row.key = login;
    row.compared = QStringList{kind, name, uscc, phone, idNumber, passwordHash, registeredAt};
    row.insertValues = QVariantList{system,        login,          kind,
                                    orNull(name),  orNull(uscc),   orNull(phone),
                                    orNull(idNumber), orNull(passwordHash), orNull(registeredAt)};
    return {};
}

// A stored value as the importer compares it: NULL as empty, timestamps in the stored UTC form.
QString storedText(const QVariant &value, bool timestamp)
{
    if (value.isNull())
        return {};
    if (timestamp) {
        if (value.metaType().id() == QMetaType::QDateTime)
            return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
        return CsvImporter::normaliseTimestamp(value.toString());
    }
    return value.toString();
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    auto list = [](const QVector<ImportProblem> &problems, const char *keyName) {
        QJsonArray a;
        for (const ImportProblem &p : problems)
            a.append(QJsonObject{{QStringLiteral("line"), p.line},
                                 {QString::fromLatin1(keyName), p.key},
                                 {QStringLiteral("reason"), p.reason}});
        return a;
    };
    const char *keyName = kind == QLatin1String("legacy") ? "legacy_login" : "login";
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("file"), fileName},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("written"), written},
                       {QStringLiteral("read"), read},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("conflicts"), qint64(conflicts.size())},
                       {QStringLiteral("bad"), qint64(bad.size())},
                       {QStringLiteral("conflict_rows"), list(conflicts, keyName)},
                       {QStringLiteral("bad_rows"), list(bad, keyName)}};
}

CsvImporter::CsvImporter(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

QStringList CsvImporter::accountHeader()
{
    return {QStringLiteral("login"),     QStringLiteral("kind"),     QStringLiteral("name"),
            QStringLiteral("uscc"),      QStringLiteral("organization_type"), QStringLiteral("id_type"),
            QStringLiteral("id_number"), QStringLiteral("phone"),    QStringLiteral("real_name_status"),
            QStringLiteral("origin"),    QStringLiteral("created_at")};
}

QStringList CsvImporter::legacyHeader()
{
    return {QStringLiteral("legacy_login"), QStringLiteral("kind"),      QStringLiteral("name"),
            QStringLiteral("uscc"),         QStringLiteral("phone"),     QStringLiteral("id_number"),
            QStringLiteral("password_hash"), QStringLiteral("registered_at")};
}

QString CsvImporter::normaliseTimestamp(const QString &text)
{
    QString t = text.trimmed();
    if (t.size() < 10)
        return {};
    constexpr int china = 8 * 3600; // UTC+8, no daylight saving
    QDateTime dt;
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return {};
        dt = QDateTime(d, QTime(0, 0), Qt::OffsetFromUTC, china);
    } else {
        if (t.at(10) == u' ')
            t[10] = u'T';
        if (t.at(10) != u'T')
            return {};
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!dt.isValid())
            return {};
        if (dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), Qt::OffsetFromUTC, china);
    }
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

Result<ImportReport> CsvImporter::run(const Options &options)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ImportData); !s)
        return s.error();
    const bool legacy = options.kind == Kind::Legacy;
    const QString system = options.system.trimmed();
    if (legacy && system.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Name the legacy system, e.g. torch."));

    QFile file(options.fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1: %2").arg(options.fileName, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();

    ImportReport report;
    report.kind = legacy ? QStringLiteral("legacy") : QStringLiteral("accounts");
    report.fileName = options.fileName;
    const bool utf8 = isValidUtf8(bytes);
    report.encoding = utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
    auto makeDecoder = [&]() { return utf8 ? QStringDecoder(QStringDecoder::Utf8) : QStringDecoder("GB18030"); };
    if (!makeDecoder().isValid())
        return Error(Error::Code::InvalidInput,
                     tr("%1 is not UTF-8, and this build cannot read GB18030.").arg(options.fileName));

    const QStringList header = legacy ? legacyHeader() : accountHeader();
    const char *const *compared = legacy ? kLegacyCompared : kAccountCompared;
    const QString &insertSql = legacy ? kInsertLegacy : kInsertAccount;
    const bool serverDigest = m_session->database().url().isPostgres();
    const QString &selectSql = legacy ? (serverDigest ? kSelectLegacyServer : kSelectLegacy) : kSelectAccount;

    // One pass over the file: every record validated and handed to `good` or `bad`.
    auto scan = [&](const std::function<Status(qint64, const QStringList &, const Row &)> &good,
                    const std::function<void(qint64, const QStringList &, const QString &, const QString &)> &bad)
        -> Result<qint64> {
        CsvReader reader(bytes, makeDecoder());
        QStringList fields;
        qint64 line = 0;
        bool unterminated = false;
        if (!reader.next(fields, line, unterminated))
            return Error(Error::Code::InvalidInput, tr("%1 is empty; the first line must be the header: %2")
                                                        .arg(options.fileName, header.join(u',')));
        QStringList given;
        for (const QString &f : std::as_const(fields))
            given << f.trimmed().toLower();
        if (given != header)
            return Error(Error::Code::InvalidInput, tr("The header of %1 must be\n  %2\nbut is\n  %3")
                                                        .arg(options.fileName, header.join(u','), fields.join(u',')));
        QHash<QString, qint64> seen;
        qint64 read = 0;
        while (reader.next(fields, line, unterminated)) {
            ++read;
            Row row;
            QStringList reasons;
            if (unterminated)
                reasons << tr("a quoted field is not closed");
            else
                reasons = legacy ? validateLegacy(fields, system, row) : validateAccount(fields, row);
            if (reasons.isEmpty()) {
                const auto it = seen.constFind(row.key);
                if (it != seen.constEnd())
                    reasons << tr("duplicate of line %1 (%2)").arg(it.value()).arg(row.key);
                else
                    seen.insert(row.key, line);
            }
            if (reasons.isEmpty()) {
                if (auto s = good(line, fields, row); !s)
                    return s.error();
            } else {
                bad(line, fields, fields.value(0).trimmed(), reasons.join(QStringLiteral("; ")));
            }
        }
        return read;
    };
    auto collectBad = [&](qint64 line, const QStringList &, const QString &key, const QString &reason) {
        report.bad.append(ImportProblem{line, key, reason});
    };

    // Without a bad-row file, nothing is written unless every row is good.
    if (options.badFile.isEmpty()) {
        auto read = scan([](qint64, const QStringList &, const Row &) { return Status(); }, collectBad);
        if (!read)
            return read.error();
        report.read = *read;
        if (!report.bad.isEmpty())
            return report;
    }

    std::unique_ptr<QSaveFile> badOut;
    if (!options.badFile.isEmpty()) {
        badOut = std::make_unique<QSaveFile>(options.badFile);
        if (!badOut->open(QIODevice::WriteOnly))
            return Error(Error::Code::Io,
                         tr("Cannot write %1: %2").arg(options.badFile, badOut->errorString()));
        badOut->write(csvLine(QStringList{QStringLiteral("line"), QStringLiteral("reason")} + header).toUtf8());
    }

    Database &db = m_session->database();
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    const int batchSize = qMax(1, options.batchSize);
    const qint64 interval = qMax<qint64>(1, options.progressInterval);
    auto insert = db.prepared(insertSql);
    if (!insert)
        return insert.error();
    auto select = db.prepared(selectSql);
    if (!select)
        return select.error();
    QSqlQuery &insertQuery = *insert.value();
    QSqlQuery &selectQuery = *select.value();
    std::unique_ptr<Transaction> tx;
    int inBatch = 0;
    qint64 done = 0;
    report.bad.clear();

    auto write = [&](qint64 line, const QStringList &, const Row &row) -> Status {
        if (!tx) {
            tx = std::make_unique<Transaction>(db, *conn);
            if (auto s = tx->begin(); !s)
                return s;
        }
        for (int i = 0; i < row.insertValues.size(); ++i)
            insertQuery.bindValue(i, row.insertValues.at(i));
        if (!insertQuery.exec())
            return Error(Error::Code::Database,
                         tr("Line %1: %2").arg(line).arg(db.errorFrom(insertQuery.lastError(), tr("importing")).message));
        const int inserted = insertQuery.numRowsAffected();
        insertQuery.finish();
        if (inserted == 1) {
            ++report.imported;
        } else {
            int bound = 0;
            if (legacy)
                selectQuery.bindValue(bound++, system);
            selectQuery.bindValue(bound, row.key);
            if (!selectQuery.exec())
                return db.errorFrom(selectQuery.lastError(), tr("importing"));
            QSqlQuery *existing = &selectQuery;
            QStringList differing;
            if (existing->next()) {
                for (int i = 0; i < row.compared.size(); ++i) {
                    const bool timestamp = i == row.compared.size() - 1;
                    QString given = row.compared.at(i);
                    // PostgreSQL lets nobody read a legacy password hash: the server answers with its digest.
                    if (legacy && serverDigest && i == kLegacyPasswordColumn)
                        given = QString::fromLatin1(crypto::sha256(given.toUtf8()).toHex());
                    if (storedText(existing->value(i), timestamp) != given)
                        differing << QString::fromLatin1(compared[i]);
                }
            } else {
                differing << tr("(row not found)");
            }
            existing->finish();
            if (differing.isEmpty())
                ++report.unchanged;
            else
                report.conflicts.append(ImportProblem{
                    line, row.key,
                    tr("already exists with a different %1; left unchanged").arg(differing.join(QStringLiteral(", ")))});
        }
        if (++inBatch >= batchSize) {
            if (auto s = tx->commit(); !s)
                return s;
            tx.reset();
            inBatch = 0;
        }
        if (++done % interval == 0 && options.progress)
            options.progress(done);
        return {};
    };
    auto writeBad = [&](qint64 line, const QStringList &fields, const QString &key, const QString &reason) {
        collectBad(line, fields, key, reason);
        if (badOut)
            badOut->write(csvLine(QStringList{QString::number(line), reason} + fields).toUtf8());
    };

    auto read = scan(write, writeBad);
    if (!read)
        return read.error(); // the open transaction rolls back; earlier batches stay (a re-run skips them)
    report.read = *read;
    report.written = true;

    if (!tx) {
        tx = std::make_unique<Transaction>(db, *conn);
        if (auto s = tx->begin(); !s)
            return s.error();
    }
    AuditEntry entry;
    entry.action = legacy ? QStringLiteral("import.legacy") : QStringLiteral("import.accounts");
    entry.entityType = legacy ? QStringLiteral("legacy_account") : QStringLiteral("account");
    entry.entityId = QFileInfo(options.fileName).fileName();
    QJsonObject after{{QStringLiteral("file"), QFileInfo(options.fileName).fileName()},
                      {QStringLiteral("encoding"), report.encoding},
                      {QStringLiteral("read"), report.read},
                      {QStringLiteral("imported"), report.imported},
                      {QStringLiteral("unchanged"), report.unchanged},
                      {QStringLiteral("conflicts"), qint64(report.conflicts.size())},
                      {QStringLiteral("bad"), qint64(report.bad.size())}};
    if (legacy)
        after[QStringLiteral("system")] = system;
    entry.after = after;
    if (auto s = AuditLog(db).append(m_session->auditActor(), entry); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    if (badOut && !badOut->commit())
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(options.badFile, badOut->errorString()));
    return report;
}

} // namespace desk
