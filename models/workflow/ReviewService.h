#pragma once

// Manual real-name review (issue 9): the import of requests from the public platform, claims on the generic claim
// engine, the checklist, and the decisions that bind an ID number or USCC to an account.
//
// Import (`identitydesk-cli review import FILE.json --files DIR`; format in /work/shared/contracts/review-cli.md
// and the README): UTF-8 JSON, an array of entries or {"requests": [...]}:
//   a new request   {"ref", "type": person|organization|primary_agent, "login", "submitted_at", "fields", "documents"}
//   a resubmission  {"event": "resubmit", "ref", "submitted_at"?, "fields", "documents"} for a rejected request
//   a withdrawal    {"event": "withdraw", "ref"}
// A malformed entry is refused with its index and reason; the others are recorded, each in its own transaction.
// Documents are checked by content as for appeals; a refused document is reported and the request recorded.
// A ref already recorded is a duplicate and changes nothing.

#include "core/Result.h"
#include "domain/RealNameChecks.h"
#include "store/ReviewRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace desk {

class AppealContext;
class Session;

struct ReviewImportProblem
{
    int index = 0;
    QString ref;
    QString reason;
    QString kind; // document refusals
    QString file;
};

struct ReviewImportReport
{
    int entries = 0;
    int recorded = 0;
    int duplicates = 0;
    int resubmitted = 0;
    int withdrawn = 0;
    QVector<ReviewImportProblem> refused;
    QVector<ReviewImportProblem> documentRefusals;
    QJsonObject toJson() const;
};

// Everything a reviewer sees of a request: the record, its submissions (the current one last), the documents'
// metadata, the decisions, and the checklist of the current submission (with already_bound and image_reused).
struct ReviewDetail
{
    ReviewRecord record;
    QVector<ReviewSubmission> submissions;
    QVector<ReviewDocument> documents;
    QVector<ReviewDecision> decisions;
    QVector<RealNameCheck> checks;
    QVector<ImageReuse> imageReuse;
    QJsonObject maskedFields() const; // the current submission's declared data, masked as on screen
};

// A reason a reviewer gives for one document ("ID back: not signed").
struct ReviewDocumentReason
{
    QString kind; // the document kind
    QString code; // a reason template code (or empty with text)
    QString text;
};

// The checklist items the reviewer ticks by looking at the pictures (the workspace always gives them; the CLI
// does not). Recorded with the decision in its audit entry.
struct ReviewTicks
{
    bool signaturePresent = false; // the ID copies are signed (须签字)
    bool sealPresent = false;      // organization documents carry the company seal (加盖公章)
    static bool sealApplies(const QString &reviewType); // organization and primary-agent requests
    QJsonObject toJson(const QString &reviewType) const;
};

struct ReviewOutcome
{
    qint64 id = 0;
    QString ref;
    QString state;
    QString accountLogin;
    QString realNameStatus;
    QJsonObject toJson() const;
};

class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(desk::ReviewService)

public:
    explicit ReviewService(std::shared_ptr<Session> session);
    ~ReviewService();

    void setClock(std::function<QDateTime()> clock);

    // Action::ImportReviews.
    Result<ReviewImportReport> importFile(const QString &jsonFile, const QString &filesDir);
    Result<ReviewImportReport> importJson(const QByteArray &json, const QString &filesDir);

    // Action::ViewReviews.
    Result<QVector<ReviewRecord>> list(const ReviewListFilter &filter);
    Result<ReviewDetail> detail(qint64 id);
    // Action::ReviewRealName (reviewers and supervisors; agents never see an image): one document's bytes, and
    // the opening in the audit log (written by the server on PostgreSQL).
    Result<QByteArray> documentContent(qint64 documentId);
    Result<qint64> idFor(const QString &idOrRef); // a numeric id or a ref

    // Action::ReviewRealName. Refusals (held by another, the filer, closed) are Conflict or PermissionDenied;
    // claimNext() gives NotFound when nothing is waiting.
    Result<ReviewRecord> claim(qint64 id);
    Result<ReviewRecord> claimNext();
    Status release(qint64 id);

    // The holder of an unexpired claim decides. Approval refuses (Conflict, naming the holder's login) when another
    // account holds the binding, also when it loses a race for it; both databases' unique binding indexes decide.
    // With the reviewer's ticks, approval also needs "signature present", and "seal present" where a seal applies
    // (InvalidInput otherwise: reject with not_signed / no_seal instead).
    Result<ReviewOutcome> approve(qint64 id, const std::optional<ReviewTicks> &ticks = std::nullopt);
    Result<ReviewOutcome> reject(qint64 id, const QStringList &reasonCodes, const QString &freeText,
                                 const QVector<ReviewDocumentReason> &documentReasons = {},
                                 const std::optional<ReviewTicks> &ticks = std::nullopt);

private:
    Result<ReviewRecord> loadHeld(qint64 id);
    Error boundRefusal(const ReviewRecord &rec, const QString &holder) const;

    std::shared_ptr<Session> m_session;
    std::shared_ptr<AppealContext> m_context; // the clock and the queue settings, shared with the appeal queue
};

} // namespace desk
