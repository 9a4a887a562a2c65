#pragma once

#include "report/ReportService.h"
#include "store/AppealRepository.h"
#include "store/ReviewRepository.h"
#include "widgets/ImageCompareView.h"
#include "workflow/ReviewService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabBar;
class QTextBrowser;

namespace desk {

class ImageCache;
class ImageCompareView;
class ListExportButton;
class PagedTableView;
class ReviewListModel;
class Session;
class TaskRunner;

// The manual real-name review queue (实名审核): state tabs, filters applied in SQL (type, "bound elsewhere"
// only, ref or login), the lazily paged list most urgent first with flagged rows, and beside it the request
// selected: the masked declared data, the checklist, the documents' metadata and earlier decisions, with approve
// and reject (reason codes and free text) for the holder of the claim. Ctrl+N claims the most urgent request;
// Ctrl+Enter claims the selected one; F5 refreshes; Ctrl+F focuses the search; Ctrl+E exports every row of the
// filtered list (masked as shown). Below, reviewers and supervisors
// compare the current submission's documents (ImageCompareView: side by side, zoom, rotate, brightness and
// contrast, magnifier, the reviewer's watermark; each opening audited); agents never see an image.
class ReviewQueuePage : public QWidget
{
    Q_OBJECT
public:
    ReviewQueuePage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~ReviewQueuePage() override;

    ReviewListModel *model() const { return m_model; }
    ImageCompareView *images() const { return m_images; } // null for roles that never see an image
    PagedTableView *list() const { return m_list; }
    ReviewListFilter currentFilter() const;
    qint64 shownReviewId() const { return m_shownId; }

    // Shows the requests behind a bar of the dashboard: `filter`'s state as the tab, its dashboard conditions
    // (submission span, overdue, decisions) until the tab changes or "Show all" is pressed, with `note` saying so.
    void showFiltered(const ReviewListFilter &filter, const QString &note);

    void claimNext();
    void claimSelected();
    void showSelected();
    void showReview(qint64 id);
    void approveShown();
    void rejectShown();
    void refresh();
    // Pictures fetched for the comparison view are kept in `cache` (encrypted on disk, or in memory); it must
    // outlive the page. None by default.
    void setImageCache(ImageCache *cache);
    // The request whose pictures were last decoded ahead (0: none yet).
    qint64 prefetchedReviewId() const { return m_prefetchedId; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void claimFinished(bool ok);
    void decisionFinished(bool ok);
    void detailShown(qint64 id);
    // The pictures of `id`, the request "next" most likely claims, are being decoded in the background.
    void prefetchStarted(qint64 id);

private:
    void applyFilter();
    std::optional<ListExport> describeExport() const;
    void loadReasons();
    // The per-document reason rows (a reason template and a text per document kind of the request's type).
    void buildDocumentReasons(const QString &reviewType);
    QVector<ReviewDocumentReason> documentReasons() const;
    void clearDecisionInputs();
    QVector<CompareDocument> compareDocuments(const ReviewDetail &detail) const;
    // Decodes the pictures of the most urgent waiting request other than `shownId` ahead of "next".
    void prefetchNext(qint64 shownId);
    void setMessage(const QString &text, bool error);
    qint64 selectedId() const;

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    bool m_reviewer = false;
    QTabBar *m_states = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_flagged = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_claim = nullptr;
    ListExportButton *m_export = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_dashboardNote = nullptr;
    QPushButton *m_showAll = nullptr;
    ReviewListFilter m_dashboard; // the dashboard's conditions (its other fields unused)
    PagedTableView *m_list = nullptr;
    ReviewListModel *m_model = nullptr;
    QTextBrowser *m_detail = nullptr;
    ImageCompareView *m_images = nullptr; // reviewers and supervisors only
    QListWidget *m_reasons = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_signature = nullptr;
    QCheckBox *m_seal = nullptr;
    QWidget *m_documentReasons = nullptr;
    QGridLayout *m_documentReasonGrid = nullptr;
    QString m_shownType;
    QVector<ReasonTemplate> m_templates;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    qint64 m_shownId = 0;
    qint64 m_prefetchedId = 0;
    qint64 m_prefetchingId = 0; // its detail is being read
};

} // namespace desk
