#pragma once

#include "store/ReviewQaRepository.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace desk {

class ImageCache;
class ImageCompareView;
class Session;
class TaskRunner;

// The supervisors' quality sampling of real-name review decisions (质检抽查): draw the configured share of a
// period's decisions at random, look at each drawn request again (its declared data, checklist, the decision with
// its reasons, and the pictures of the submission that was decided), and record agree or disagree with a note.
// The verdict changes nothing about the decision; the table below shows agreement per reviewer. A supervisor's own
// decisions are judged by another supervisor. Keys: Ctrl+Shift+S draws, Ctrl+Shift+G agrees, Ctrl+Shift+D disagrees,
// F5 refreshes.
class ReviewQaPage : public QWidget
{
    Q_OBJECT
public:
    ReviewQaPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~ReviewQaPage() override;

    QTreeWidget *samplesList() const { return m_samples; }
    QTreeWidget *figuresTable() const { return m_figures; }
    ImageCompareView *images() const { return m_images; }
    qint64 shownSampleId() const { return m_shown.id; }

    void draw();
    void refresh();
    void showSample(qint64 sampleId);
    void agree();
    void disagree();
    // Pictures fetched are kept in `cache` (encrypted on disk, or in memory); it must outlive the page.
    void setImageCache(ImageCache *cache);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void drawFinished(bool ok);
    void samplesLoaded(int count);
    void figuresLoaded();
    void sampleShown(qint64 id);
    void verdictFinished(bool ok);

private:
    void loadShare();
    void loadSamples();
    void loadFigures();
    void recordVerdict(QaVerdict verdict);
    void setMessage(const QString &text, bool error);
    void updateVerdictButtons();

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_through = nullptr;
    QLabel *m_share = nullptr;
    QPushButton *m_draw = nullptr;
    QCheckBox *m_pendingOnly = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_samples = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_agree = nullptr;
    QPushButton *m_disagree = nullptr;
    QTreeWidget *m_figures = nullptr;
    ImageCompareView *m_images = nullptr;
    QaSample m_shown;
};

} // namespace desk
