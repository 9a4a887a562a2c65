#include "workflow/AppealIntake.h"

#include "domain/DocumentCheck.h"
#include "store/AppealRepository.h"
#include "store/PasswordHasher.h"
#include "workflow/AppealService.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace desk {

QJsonObject AppealImportReport::toJson() const
{
    QJsonArray refusedJson;
    for (const AppealImportProblem &p : refused)
        refusedJson.append(QJsonObject{
            {QStringLiteral("index"), p.index}, {QStringLiteral("ref"), p.ref}, {QStringLiteral("reason"), p.reason}});
    QJsonArray documentsJson;
    for (const AppealImportProblem &p : documentRefusals)
        documentsJson.append(QJsonObject{{QStringLiteral("index"), p.index},
                                         {QStringLiteral("ref"), p.ref},
                                         {QStringLiteral("kind"), p.kind},
                                         {QStringLiteral("file"), p.file},
                                         {QStringLiteral("reason"), p.reason}});
    return QJsonObject{
        {QStringLiteral("entries"), entries},         {QStringLiteral("recorded"), recorded},
        {QStringLiteral("duplicates"), duplicates},   {QStringLiteral("needing_documents"), needingDocuments},
        {QStringLiteral("resubmitted"), resubmitted}, {QStringLiteral("withdrawn"), withdrawn},
        {QStringLiteral("refused"), refusedJson},     {QStringLiteral("document_refusals"), documentsJson}};
}

AppealIntake::AppealIntake(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

Result<AppealImportReport> AppealIntake::importFile(const QString &jsonFile, const QString &filesDir)
{
    QFile f(jsonFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::InvalidInput, tr("Cannot read %1: %2").arg(jsonFile, f.errorString()));
    // Appeal files hold a few hundred entries; document bytes are separate files.
    constexpr qint64 kMaxJson = 64LL * 1024 * 1024;
    if (f.size() > kMaxJson)
        return Error(Error::Code::InvalidInput,
                     tr("%1 is larger than %2 MB: split it into smaller files.").arg(jsonFile).arg(kMaxJson >> 20));
    return importJson(f.readAll(), filesDir);
}

namespace {

struct DocumentRead
{
    AppealDocumentInput input;
    QString file;  // as named in the entry
    QString error; // when the file could not be read
};

// Reads {kind, file} entries under `dir`; names leaving the folder, missing files and oversize files are errors
// (an oversize file is not read whole).
QVector<DocumentRead> readDocuments(const QJsonArray &docs, const QDir &dir, QString *shapeError)
{
    QVector<DocumentRead> out;
    const QString root = QDir::cleanPath(dir.absolutePath());
    for (int i = 0; i < docs.size(); ++i) {
        const QJsonObject d = docs.at(i).toObject();
        const QString kind = d.value(QStringLiteral("kind")).toString().trimmed();
        const QString file = d.value(QStringLiteral("file")).toString().trimmed();
        if (!docs.at(i).isObject() || kind.isEmpty() || file.isEmpty()) {
            *shapeError = AppealIntake::tr("Document %1 needs a \"kind\" and a \"file\".").arg(i);
            return {};
        }
        DocumentRead r;
        r.input.kind = kind;
        r.input.fileName = QFileInfo(file).fileName();
        r.file = file;
        const QString path = QDir::cleanPath(dir.absoluteFilePath(file));
        if (QDir::isAbsolutePath(file) || !(path.startsWith(root + QLatin1Char('/')))) {
            r.error = AppealIntake::tr("%1: the file must lie inside the --files folder.").arg(file);
            out << r;
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            r.error = AppealIntake::tr("%1: cannot read the file (%2).").arg(file, f.errorString());
            out << r;
            continue;
        }
        if (f.size() > DocumentCheck::kMaxBytes) {
            // Refused without reading it whole.
            r.error = AppealIntake::tr("%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.")
                          .arg(file)
                          .arg(f.size())
                          .arg(DocumentCheck::kMaxBytes);
            out << r;
            continue;
        }
        r.input.content = f.readAll();
        out << r;
    }
    return out;
}

QDateTime parseSubmitted(const QString &text, bool *ok)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid()) {
        *ok = false;
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime) // no offset given: China time
        t = QDateTime(t.date(), t.time(), Qt::OffsetFromUTC, 8 * 3600);
    return t.toUTC();
}

} // namespace

Result<AppealImportReport> AppealIntake::importJson(const QByteArray &json, const QString &filesDir)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FileAppeal); !s)
        return s.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Code::InvalidInput, tr("The appeal file is not valid JSON (at byte %1: %2).")
                                                    .arg(parseError.offset)
                                                    .arg(parseError.errorString()));
    QJsonArray entries;
    if (doc.isArray())
        entries = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("appeals")).isArray())
        entries = doc.object().value(QStringLiteral("appeals")).toArray();
    else
        return Error(Error::Code::InvalidInput,
                     tr("The appeal file must hold a JSON array of appeals or an object {\"appeals\": [...]}."));
    const QDir dir(filesDir.isEmpty() ? QDir::currentPath() : filesDir);
    if (!dir.exists())
        return Error(Error::Code::InvalidInput, tr("The documents folder %1 does not exist.").arg(filesDir));

    AppealService service(m_session);
    AppealRepository repo(m_session->database());
    AppealImportReport report;
    report.entries = int(entries.size());

    for (int index = 0; index < entries.size(); ++index) {
        const QJsonObject e = entries.at(index).toObject();
        const QString ref = e.value(QStringLiteral("ref")).toString().trimmed();
        const auto refuse = [&](const QString &reason) {
            report.refused << AppealImportProblem{index, ref, reason, {}, {}};
        };
        if (!entries.at(index).isObject()) {
            refuse(tr("The entry is not a JSON object."));
            continue;
        }
        if (ref.isEmpty()) {
            refuse(tr("The entry has no \"ref\" (the public platform's reference)."));
            continue;
        }
        const QString event = e.value(QStringLiteral("event")).toString(QStringLiteral("submit")).trimmed();
        if (event == QLatin1String("submit")) {
            // A recorded reference is a duplicate: skip it before reading and decoding its documents.
            auto known = repo.idForExternalRef(ref);
            if (!known)
                return known.error();
            if (known->has_value()) {
                ++report.duplicates;
                continue;
            }
        }
        QString shapeError;
        const QJsonValue docsValue = e.value(QStringLiteral("documents"));
        if (!docsValue.isUndefined() && !docsValue.isArray()) {
            refuse(tr("\"documents\" must be an array of {\"kind\", \"file\"}."));
            continue;
        }
        const QVector<DocumentRead> docs = readDocuments(docsValue.toArray(), dir, &shapeError);
        if (!shapeError.isEmpty()) {
            refuse(shapeError);
            continue;
        }
        QVector<AppealDocumentInput> inputs;
        QVector<AppealImportProblem> unreadable;
        for (const DocumentRead &d : docs) {
            if (d.error.isEmpty())
                inputs << d.input;
            else
                unreadable << AppealImportProblem{index, ref, d.error, d.input.kind, d.file};
        }
        const auto fileOf = [&docs](const QString &kind, const QString &fileName) {
            for (const DocumentRead &d : docs)
                if (d.input.kind == kind && d.input.fileName == fileName)
                    return d.file;
            return fileName;
        };

        if (event == QLatin1String("resubmit") || event == QLatin1String("withdraw")) {
            auto id = repo.idForExternalRef(ref);
            if (!id)
                return id.error();
            if (!id->has_value()) {
                refuse(tr("No appeal with the reference %1 is recorded.").arg(ref));
                continue;
            }
            const qint64 appealId = **id;
            auto rec = repo.record(appealId);
            if (!rec)
                return rec.error();
            if (event == QLatin1String("withdraw")) {
                if (rec->state == AppealState::Withdrawn) {
                    ++report.duplicates;
                    continue;
                }
                if (auto s = service.withdraw(appealId, e.value(QStringLiteral("reason")).toString()); !s) {
                    if (s.error().code == Error::Code::Database || s.error().code == Error::Code::ConnectionFailed)
                        return s.error();
                    refuse(s.error().message);
                    continue;
                }
                ++report.withdrawn;
                continue;
            }
            // resubmit
            if (!unreadable.isEmpty()) {
                QStringList reasons;
                for (const AppealImportProblem &p : std::as_const(unreadable))
                    reasons << p.reason;
                refuse(reasons.join(QLatin1Char(' ')));
                continue;
            }
            if (rec->state != AppealState::WaitingForUser) {
                // Already applied when every document in the entry is stored with the appeal.
                auto stored = repo.documents(appealId);
                if (!stored)
                    return stored.error();
                bool allStored = !inputs.isEmpty();
                for (const AppealDocumentInput &in : std::as_const(inputs)) {
                    const QString sha = QString::fromLatin1(crypto::sha256(in.content).toHex());
                    const bool found = std::any_of(stored->cbegin(), stored->cend(), [&](const AppealDocument &d) {
                        return d.kind == in.kind && d.sha256 == sha;
                    });
                    allStored = allStored && found;
                }
                if (allStored) {
                    ++report.duplicates;
                    continue;
                }
            }
            if (auto s = service.resubmit(appealId, inputs); !s) {
                if (s.error().code == Error::Code::Database || s.error().code == Error::Code::ConnectionFailed)
                    return s.error();
                refuse(s.error().message);
                continue;
            }
            ++report.resubmitted;
            continue;
        }
        if (event != QLatin1String("submit")) {
            refuse(tr("Unknown event \"%1\": use submit, resubmit or withdraw.").arg(event));
            continue;
        }

        bool timeOk = false;
        AppealSubmission submission;
        submission.type = e.value(QStringLiteral("type")).toString().trimmed();
        submission.externalRef = ref;
        submission.submittedAt = parseSubmitted(e.value(QStringLiteral("submitted_at")).toString(), &timeOk);
        if (!timeOk) {
            refuse(tr("\"submitted_at\" is not an ISO 8601 time: %1")
                       .arg(e.value(QStringLiteral("submitted_at")).toString()));
            continue;
        }
        if (!e.value(QStringLiteral("fields")).isObject()) {
            refuse(tr("The entry has no \"fields\" object."));
            continue;
        }
        submission.fields = e.value(QStringLiteral("fields")).toObject();
        submission.documents = inputs;
        auto filed = service.record(submission);
        if (!filed) {
            if (filed.error().code == Error::Code::Database || filed.error().code == Error::Code::ConnectionFailed)
                return filed.error();
            refuse(filed.error().message);
            continue;
        }
        if (filed->duplicate) {
            ++report.duplicates;
            continue;
        }
        ++report.recorded;
        if (!filed->documentsComplete)
            ++report.needingDocuments;
        for (const AppealImportProblem &p : std::as_const(unreadable))
            report.documentRefusals << p;
        for (const AppealDocumentRefusal &r : std::as_const(filed->refusals))
            report.documentRefusals << AppealImportProblem{index, ref, r.reason, r.kind, fileOf(r.kind, r.fileName)};
    }
    return report;
}

} // namespace desk
