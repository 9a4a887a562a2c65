#include "reports/ExportDialog.h"

#include "store/Database.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace desk {

ExportDialog::ExportDialog(std::shared_ptr<Session> session, ReportParams params, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_params(std::move(params))
{
    setWindowTitle(tr("Export a report"));
    build();
}

ExportDialog::ExportDialog(std::shared_ptr<Session> session, ListExport list, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_list(std::move(list))
{
    setWindowTitle(tr("Export the list"));
    build();
}

void ExportDialog::build()
{
    setObjectName(QStringLiteral("exportDialog"));
    setMinimumWidth(560);
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("exportReport"));
    if (m_list)
        m_report->addItem(m_list->title, m_list->name);
    else
        for (const ReportDefinition *def : ReportService(m_session).available())
            m_report->addItem(def->title, def->name);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV (UTF-8, for Excel)"), int(ExportFormat::Csv));
    m_format->addItem(tr("PDF"), int(ExportFormat::Pdf));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_unmasked = new QCheckBox(tr("Unmasked personal data (audited)"), this);
    m_unmasked->setObjectName(QStringLiteral("exportUnmasked"));
    m_unmasked->setVisible(!m_list && Permissions::allows(m_session->staff().role, Action::ExportUnmasked));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("exportReason"));
    m_reason->setPlaceholderText(tr("Why the full values are needed (at least %1 characters)")
                                     .arg(ReportService::kMinReasonLength));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_start = new QPushButton(tr("Export"), this);
    m_start->setObjectName(QStringLiteral("exportStart"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_list ? tr("List") : tr("Report"), m_report);
    if (m_list) {
        QStringList words;
        for (const auto &f : std::as_const(m_list->filters))
            words << QStringLiteral("%1: %2").arg(f.first, f.second);
        auto *filters = new QLabel(words.isEmpty() ? tr("the whole list") : words.join(QStringLiteral("\n")), this);
        filters->setObjectName(QStringLiteral("exportFilters"));
        filters->setWordWrap(true);
        form->addRow(tr("Filters"), filters);
    }
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("File"), pathRow);
    if (m_list) {
        auto *note = new QLabel(tr("Every row of the list is written as shown, with personal data masked. Full values "
                                   "are revealed one at a time in the account detail, or exported by a supervisor in "
                                   "the appeals and real-name review reports."),
                                this);
        note->setObjectName(QStringLiteral("exportMaskedNote"));
        note->setWordWrap(true);
        form->addRow(QString(), note);
        m_reason->setVisible(false);
        form->addRow(tr("Progress"), m_progress);
    } else {
        form->addRow(QString(), m_unmasked);
        form->addRow(tr("Reason"), m_reason);
        form->addRow(QStringLiteral("%1 – %2").arg(m_params.from.toString(Qt::ISODate), m_params.to.toString(Qt::ISODate)),
                     m_progress);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_unmasked, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_path->text().isEmpty())
            return;
        const QFileInfo info(m_path->text());
        const QString ext = exportFormatName(ExportFormat(m_format->currentData().toInt()));
        m_path->setText(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') + ext);
    });
    if (m_list)
        m_path->setText(QDir::toNativeSeparators(suggestedName()));
    updateState();
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        m_cancelFlag->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ExportDialog::setReport(const QString &name)
{
    m_report->setCurrentIndex(std::max(0, m_report->findData(name)));
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

QString ExportDialog::suggestedName() const
{
    const QString ext = exportFormatName(ExportFormat(m_format->currentData().toInt()));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/');
    if (m_list)
        return folder + m_list->name + QLatin1Char('-')
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + QLatin1Char('.') + ext;
    return folder + m_report->currentData().toString() + QLatin1Char('-')
        + m_params.from.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-')
        + m_params.to.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('.') + ext;
}

void ExportDialog::browse()
{
    const QString suggested = suggestedName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), suggested);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateState()
{
    const bool running = m_thread != nullptr;
    m_reason->setEnabled(!running && m_unmasked->isChecked());
    for (QWidget *w : std::initializer_list<QWidget *>{m_report, m_format, m_path, m_browse, m_unmasked, m_start})
        w->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel export") : tr("Close"));
}

void ExportDialog::start()
{
    if (m_thread)
        return;
    ExportRequest request;
    request.report = m_report->currentData().toString();
    request.params = m_params;
    request.params.unmasked = m_unmasked->isVisible() && m_unmasked->isChecked();
    request.reason = m_reason->text();
    request.format = ExportFormat(m_format->currentData().toInt());
    request.path = m_path->text().trimmed();
    if (request.path.isEmpty()) {
        m_message->setText(tr("Choose the file to write."));
        return;
    }
    m_progress->setValue(0);
    m_message->setText(tr("Exporting…"));
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto session = m_session;
    auto cancel = m_cancelFlag;
    if (m_list && m_list->expectedRows <= 0)
        m_progress->setRange(0, 0); // rows unknown: a busy bar
    m_thread = QThread::create([this, session, cancel, request, list = m_list]() {
        const ReportService::Progress progress = [this](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            QMetaObject::invokeMethod(this, [this, percent]() { m_progress->setValue(percent); }, Qt::QueuedConnection);
        };
        auto result = std::make_shared<Result<ExportOutcome>>(
            list ? ReportService(session).exportList(*list, request.format, request.path, progress, cancel.get())
                 : ReportService(session).exportReport(request, progress, cancel.get()));
        session->database().closeThreadConnection(); // this thread's connection ends with it
        QMetaObject::invokeMethod(this, [this, result]() { done(*result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("export"));
    m_thread->start();
    updateState();
}

void ExportDialog::done(const Result<ExportOutcome> &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_progress->setRange(0, 100);
    updateState();
    if (!result) {
        m_progress->setValue(0);
        m_message->setText(result.error().message);
        Q_EMIT finished(false, result.error().message);
        return;
    }
    m_progress->setValue(100);
    const QString text = tr("%n row(s) written to %1.", nullptr, int(result->rows)).arg(QDir::toNativeSeparators(result->path));
    m_message->setText(text);
    Q_EMIT finished(true, text);
}

void ExportDialog::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ExportDialog::reject()
{
    if (m_thread) {
        cancel(); // done() reports the cancellation; the dialog stays open to show it
        return;
    }
    QDialog::reject();
}

} // namespace desk
