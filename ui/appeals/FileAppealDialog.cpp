#include "appeals/FileAppealDialog.h"

#include "common/TaskRunner.h"
#include "domain/Identifiers.h"
#include "lookup/LookupLabels.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace desk {

namespace {

const QString kProblemStyle = QStringLiteral("color: #b3261e;");
const QString kFileStyle = QStringLiteral("color: #444;");

// Prefilled values of these fields are personal data: shown masked until the agent types over them.
bool isMaskedKey(const QString &key)
{
    return key == QLatin1String("id_number") || key == QLatin1String("phone");
}

QString maskedForScreen(const QString &key, const QString &value)
{
    return key == QLatin1String("phone") ? ids::maskPhone(value) : ids::maskIdNumber(value);
}

QString choiceLabel(const QString &key, const QString &code)
{
    if (key == QLatin1String("identity_region"))
        return LookupLabels::identityRegion(code);
    if (key == QLatin1String("id_type"))
        return LookupLabels::idType(code);
    if (key == QLatin1String("organization_type"))
        return LookupLabels::organizationType(code);
    return code;
}

QString quoted(const QString &fileName)
{
    return QStringLiteral("\u201C") + fileName + QStringLiteral("\u201D");
}

// The folder the last document came from, for the next file dialog (this run of the program only).
QString &lastDocumentFolder()
{
    static QString folder;
    return folder;
}

} // namespace

FileAppealDialog::FileAppealDialog(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("fileAppealDialog"));
    setWindowTitle(tr("File a recovery appeal"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("appealType"));
    for (const QString &t : AppealTexts::typeNames())
        m_type->addItem(AppealTexts::typeLabel(t), t);
    auto *typeLabel = new QLabel(tr("Appeal &type:"), this);
    typeLabel->setBuddy(m_type);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(typeLabel);
    typeRow->addWidget(m_type, 1);

    auto *fieldsBox = new QGroupBox(tr("What the caller gives"), this);
    m_formHost = new QWidget(fieldsBox);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->addWidget(m_formHost);

    auto *docsBox = new QGroupBox(tr("Documents (JPEG or PNG, at most 1 MB each; PDF where marked)"), this);
    m_docHost = new QWidget(docsBox);
    m_documentsNote = new QLabel(docsBox);
    m_documentsNote->setObjectName(QStringLiteral("appealDocumentsNote"));
    m_documentsNote->setWordWrap(true);
    auto *docsLayout = new QVBoxLayout(docsBox);
    docsLayout->addWidget(m_docHost);
    docsLayout->addWidget(m_documentsNote);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(fieldsBox);
    contentLayout->addWidget(docsBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("appealScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("appealSummary"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("appealError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(kProblemStyle);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    // No default button (and no QDialogButtonBox, which would make one): Enter in a field does not file the
    // appeal half-typed; Ctrl+Enter does.
    m_save = new QPushButton(tr("&File appeal"), this);
    m_save->setObjectName(QStringLiteral("appealSave"));
    m_save->setToolTip(tr("Ctrl+Enter"));
    m_save->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("appealCancel"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    connect(m_save, &QPushButton::clicked, this, &FileAppealDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &FileAppealDialog::reject);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &FileAppealDialog::accept);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(typeRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_building)
            buildForm();
    });
    buildForm();
    resize(640, 720);
    m_type->setFocus();
}

FileAppealDialog::~FileAppealDialog() = default;

// ---- the form ----

void FileAppealDialog::setAppealType(const QString &type)
{
    const int i = m_type->findData(type);
    if (i >= 0)
        m_type->setCurrentIndex(i); // rebuilds the form
}

QString FileAppealDialog::appealType() const
{
    return m_type->currentData().toString();
}

void FileAppealDialog::clearForm()
{
    m_fields.clear();
    m_slots.clear();
    // The hosts stay; their layouts and children go.
    for (QWidget *host : {m_formHost, m_docHost}) {
        const auto children = host->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
        for (QWidget *w : children)
            delete w; // now, so that no stale editor with the same object name lingers
        delete host->layout();
    }
    m_form = nullptr;
    m_docForm = nullptr;
}

void FileAppealDialog::buildForm()
{
    m_building = true;
    clearForm();
    const QString type = appealType();

    m_form = new QFormLayout(m_formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const AppealFieldSpec &spec : AppealForms::fields(type)) {
        FieldWidgets f;
        f.spec = spec;
        const QString key = spec.key;
        auto *cell = new QWidget(m_formHost);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        const QString editorName = QStringLiteral("appealField_") + key;

        switch (spec.kind) {
        case AppealFieldSpec::Kind::Choice: {
            f.combo = new QComboBox(cell);
            for (const QString &code : spec.choices)
                f.combo->addItem(choiceLabel(key, code), code);
            f.focusTarget = f.combo;
            cellLayout->addWidget(f.combo);
            connect(f.combo, &QComboBox::activated, this, [this]() { m_typed = true; });
            connect(f.combo, &QComboBox::currentIndexChanged, this, [this, key]() { fieldEdited(key); });
            break;
        }
        case AppealFieldSpec::Kind::LongText: {
            f.text = new QPlainTextEdit(cell);
            f.text->setTabChangesFocus(true);
            f.text->setFixedHeight(70);
            f.counter = new QLabel(cell);
            f.counter->setObjectName(QStringLiteral("appealCounter_") + key);
            f.counter->setAlignment(Qt::AlignRight);
            f.focusTarget = f.text;
            cellLayout->addWidget(f.text);
            cellLayout->addWidget(f.counter);
            connect(f.text, &QPlainTextEdit::textChanged, this, [this, key]() {
                if (!m_building)
                    m_typed = true;
                fieldEdited(key);
            });
            break;
        }
        case AppealFieldSpec::Kind::Date: {
            f.line = new QLineEdit(cell);
            f.line->setInputMask(QStringLiteral("0000-00-00;_"));
            f.line->setPlaceholderText(tr("YYYY-MM-DD"));
            f.line->setToolTip(tr("Date as YYYY-MM-DD"));
            f.focusTarget = f.line;
            if (key == QLatin1String("id_valid_until")) {
                auto *row = new QHBoxLayout;
                row->setContentsMargins(0, 0, 0, 0);
                row->addWidget(f.line, 1);
                f.longTerm = new QCheckBox(tr("Long-term"), cell);
                f.longTerm->setObjectName(QStringLiteral("appealLongTerm"));
                row->addWidget(f.longTerm);
                cellLayout->addLayout(row);
                connect(f.longTerm, &QCheckBox::toggled, this, [this, key](bool on) {
                    for (FieldWidgets &w : m_fields)
                        if (w.spec.key == key)
                            w.line->setEnabled(!on);
                    if (!m_building)
                        m_typed = true;
                    fieldEdited(key);
                });
            } else {
                cellLayout->addWidget(f.line);
            }
            connect(f.line, &QLineEdit::textEdited, this, [this, key]() {
                m_typed = true;
                fieldEdited(key);
            });
            break;
        }
        default: {
            f.line = new QLineEdit(cell);
            f.line->setMaxLength(spec.maxLength);
            f.focusTarget = f.line;
            cellLayout->addWidget(f.line);
            connect(f.line, &QLineEdit::textEdited, this, [this, key]() {
                m_typed = true;
                m_maskedValues.remove(key); // the agent typed over a masked prefill
                fieldEdited(key);
            });
            break;
        }
        }
        f.focusTarget->setObjectName(editorName);
        f.focusTarget->installEventFilter(this);
        auto *label = new QLabel(spec.required ? tr("%1 *").arg(spec.label()) : spec.label(), m_formHost);
        label->setBuddy(f.focusTarget);
        m_form->addRow(label, cell);
        // The problem goes in a row of its own under the field (a word-wrapped label directly in the form
        // layout, which sizes it for its width; nested in the cell it would overlap the next row).
        f.problem = new QLabel(m_formHost);
        f.problem->setObjectName(QStringLiteral("appealProblem_") + key);
        f.problem->setWordWrap(true);
        f.problem->setStyleSheet(kProblemStyle);
        m_form->setWidget(m_form->rowCount(), QFormLayout::FieldRole, f.problem);
        m_form->setRowVisible(f.problem, false);
        m_fields << f;
    }
    // The values already typed or prefilled for these keys.
    for (FieldWidgets &f : m_fields)
        setValue(f, m_values.value(f.spec.key), false);

    m_docForm = new QFormLayout(m_docHost);
    m_docForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const AppealDocumentSlot &slot : AppealForms::documents(type)) {
        SlotWidgets s;
        s.slot = slot;
        const QString kind = slot.kind;
        auto *cell = new QWidget(m_docHost);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        s.choose = new QPushButton(tr("Choose file\u2026"), cell);
        s.choose->setObjectName(QStringLiteral("appealChoose_") + kind);
        s.choose->setAutoDefault(false);
        s.clear = new QPushButton(tr("Remove"), cell);
        s.clear->setObjectName(QStringLiteral("appealClear_") + kind);
        s.clear->setAutoDefault(false);
        s.file = new QLabel(cell);
        s.file->setObjectName(QStringLiteral("appealFile_") + kind);
        s.file->setStyleSheet(kFileStyle);
        s.file->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->addWidget(s.choose);
        row->addWidget(s.clear);
        row->addWidget(s.file, 1);
        cellLayout->addLayout(row);
        connect(s.choose, &QPushButton::clicked, this, [this, kind]() { chooseFile(kind); });
        connect(s.clear, &QPushButton::clicked, this, [this, kind]() { clearDocument(kind); });

        QString text = slot.label();
        if (slot.pdfAllowed)
            text = tr("%1 (PDF allowed)").arg(text);
        if (slot.required)
            text = tr("%1 *").arg(text);
        auto *label = new QLabel(text, m_docHost);
        label->setBuddy(s.choose);
        m_docForm->addRow(label, cell);
        s.problem = new QLabel(m_docHost);
        s.problem->setObjectName(QStringLiteral("appealDocProblem_") + kind);
        s.problem->setWordWrap(true);
        s.problem->setStyleSheet(kProblemStyle);
        m_docForm->setWidget(m_docForm->rowCount(), QFormLayout::FieldRole, s.problem);
        m_docForm->setRowVisible(s.problem, false);
        m_slots << s;
    }
    m_building = false;
    for (const SlotWidgets &s : std::as_const(m_slots))
        showDocument(s.slot.kind);
    rebuildTabOrder();
    validateNow();
}

void FileAppealDialog::rebuildTabOrder()
{
    QWidget *previous = m_type;
    auto chain = [&previous](QWidget *next) {
        if (!next)
            return;
        QWidget::setTabOrder(previous, next);
        previous = next;
    };
    for (const FieldWidgets &f : std::as_const(m_fields)) {
        chain(f.focusTarget);
        chain(f.longTerm);
    }
    for (const SlotWidgets &s : std::as_const(m_slots)) {
        chain(s.choose);
        chain(s.clear);
    }
    chain(m_save);
    chain(m_cancel);
}

QString FileAppealDialog::valueOf(const FieldWidgets &f) const
{
    const QString key = f.spec.key;
    if (m_maskedValues.contains(key))
        return m_maskedValues.value(key);
    if (f.combo)
        return f.combo->currentData().toString();
    if (f.text)
        return f.text->toPlainText();
    if (f.longTerm && f.longTerm->isChecked())
        return QStringLiteral("long_term");
    if (f.line) {
        const QString text = f.line->text();
        // An input mask leaves its separators in an empty field.
        if (!f.line->inputMask().isEmpty() && text.trimmed() == QLatin1String("--"))
            return {};
        return text;
    }
    return {};
}

void FileAppealDialog::setValue(FieldWidgets &f, const QString &value, bool fromPrefill)
{
    const bool wasBuilding = m_building;
    m_building = true;
    const QString key = f.spec.key;
    if (f.combo) {
        const int i = f.combo->findData(value.trimmed());
        if (i >= 0)
            f.combo->setCurrentIndex(i);
    } else if (f.text) {
        f.text->setPlainText(value);
    } else if (f.line) {
        const bool longTerm = f.longTerm && value.trimmed() == QLatin1String("long_term");
        if (f.longTerm)
            f.longTerm->setChecked(longTerm);
        if (longTerm)
            f.line->clear();
        else if (fromPrefill && isMaskedKey(key) && !value.trimmed().isEmpty())
            f.line->setText(maskedForScreen(key, value.trimmed()));
        else if (m_maskedValues.contains(key))
            f.line->setText(maskedForScreen(key, m_maskedValues.value(key)));
        else
            f.line->setText(value);
    }
    m_building = wasBuilding;
}

void FileAppealDialog::prefill(const QJsonObject &fields)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString key = it.key();
        const QString value = it.value().isDouble() ? QString::number(qint64(it.value().toDouble()))
                                                    : it.value().toString();
        m_values.insert(key, value);
        if (isMaskedKey(key) && !value.trimmed().isEmpty())
            m_maskedValues.insert(key, value.trimmed());
        else
            m_maskedValues.remove(key);
        for (FieldWidgets &f : m_fields) {
            if (f.spec.key == key) {
                setValue(f, value, true);
                if (!value.trimmed().isEmpty())
                    m_touched.insert(key); // a prefilled value that is wrong says so at once
            }
        }
    }
    validateNow();
}

QJsonObject FileAppealDialog::fieldValues() const
{
    QJsonObject out;
    for (const FieldWidgets &f : m_fields) {
        const QString v = valueOf(f);
        if (!v.isEmpty())
            out.insert(f.spec.key, v);
    }
    return out;
}

void FileAppealDialog::fieldEdited(const QString &key)
{
    if (m_building)
        return;
    for (const FieldWidgets &f : std::as_const(m_fields)) {
        if (f.spec.key == key) {
            m_values.insert(key, valueOf(f));
            if (f.counter) {
                const int n = f.text->toPlainText().trimmed().size();
                f.counter->setText(tr("%1 / %2").arg(n).arg(f.spec.maxLength));
                f.counter->setStyleSheet(n > f.spec.maxLength ? kProblemStyle : QString());
            }
        }
    }
    m_error->hide();
    validateNow();
}

void FileAppealDialog::fieldLeft(const QString &key)
{
    if (m_touched.contains(key))
        return;
    const auto field = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                    [&key](const FieldWidgets &f) { return f.spec.key == key; });
    // An empty field one only passed through with Tab is not yet a problem.
    if (field == m_fields.cend() || valueOf(*field).trimmed().isEmpty())
        return;
    m_touched.insert(key);
    showProblems();
}

bool FileAppealDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::FocusIn) {
        for (const FieldWidgets &f : std::as_const(m_fields)) {
            if (f.focusTarget != watched)
                continue;
            if (event->type() == QEvent::FocusOut) {
                fieldLeft(f.spec.key);
            } else if (f.line && m_maskedValues.contains(f.spec.key)) {
                // A masked prefill is replaced as a whole, never edited character by character.
                QPointer<QLineEdit> line = f.line;
                QTimer::singleShot(0, this, [line]() {
                    if (line)
                        line->selectAll();
                });
            }
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void FileAppealDialog::validateNow()
{
    m_problems = AppealForms::validate(appealType(), fieldValues());
    for (const FieldWidgets &f : std::as_const(m_fields)) {
        if (f.counter) {
            const int n = f.text->toPlainText().trimmed().size();
            f.counter->setText(tr("%1 / %2").arg(n).arg(f.spec.maxLength));
            f.counter->setStyleSheet(n > f.spec.maxLength ? kProblemStyle : QString());
        }
    }
    showProblems();
    updateDocumentsNote();
    updateSaveButton();
}

void FileAppealDialog::showProblems()
{
    for (const FieldWidgets &f : std::as_const(m_fields)) {
        QStringList messages;
        for (const AppealFieldProblem &p : std::as_const(m_problems))
            if (p.field == f.spec.key)
                messages << p.message;
        const bool show = !messages.isEmpty() && (m_showAllProblems || m_touched.contains(f.spec.key));
        f.problem->setText(messages.join(QLatin1Char('\n')));
        m_form->setRowVisible(f.problem, show);
    }
    // Problems that belong to no field on the form (an unknown type) go to the summary.
    QStringList other;
    for (const AppealFieldProblem &p : std::as_const(m_problems)) {
        const bool onForm = std::any_of(m_fields.cbegin(), m_fields.cend(),
                                        [&p](const FieldWidgets &f) { return f.spec.key == p.field; });
        if (!onForm)
            other << p.message;
    }
    QString summary;
    if (!other.isEmpty())
        summary = other.join(QLatin1Char(' '));
    else if (!m_problems.isEmpty())
        summary = tr("%n field(s) still to fill in or correct before the appeal can be filed.", nullptr,
                     int(m_problems.size()));
    else if (isCheckingDocuments())
        summary = tr("Checking the documents\u2026");
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void FileAppealDialog::focusFirstProblem()
{
    for (const FieldWidgets &f : std::as_const(m_fields)) {
        const bool bad = std::any_of(m_problems.cbegin(), m_problems.cend(),
                                     [&f](const AppealFieldProblem &p) { return p.field == f.spec.key; });
        if (bad) {
            f.focusTarget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

bool FileAppealDialog::canSave() const
{
    return !m_saving && m_problems.isEmpty() && !isCheckingDocuments() && !appealType().isEmpty();
}

void FileAppealDialog::updateSaveButton()
{
    m_save->setEnabled(canSave());
}

// ---- documents ----

bool FileAppealDialog::isCheckingDocuments() const
{
    return std::any_of(m_documents.cbegin(), m_documents.cend(), [](const DocumentState &d) { return d.checking; });
}

QVector<AppealDocumentInput> FileAppealDialog::acceptedDocuments() const
{
    QVector<AppealDocumentInput> out;
    for (const SlotWidgets &s : m_slots) {
        const auto it = m_documents.constFind(s.slot.kind);
        if (it != m_documents.cend() && it->accepted)
            out << AppealDocumentInput{s.slot.kind, it->fileName, it->content};
    }
    return out;
}

QString FileAppealDialog::documentRefusal(const QString &kind) const
{
    return m_documents.value(kind).refusal;
}

bool FileAppealDialog::setDocument(const QString &kind, const QString &fileName, const QByteArray &content)
{
    const bool known = std::any_of(m_slots.cbegin(), m_slots.cend(),
                                   [&kind](const SlotWidgets &s) { return s.slot.kind == kind; });
    if (!known)
        return false;
    m_typed = true;
    startCheck(kind, fileName, content);
    return true;
}

void FileAppealDialog::chooseFile(const QString &kind)
{
    const auto slot = std::find_if(m_slots.cbegin(), m_slots.cend(),
                                   [&kind](const SlotWidgets &s) { return s.slot.kind == kind; });
    if (slot == m_slots.cend())
        return;
    const bool pdf = slot->slot.pdfAllowed;
    const QString filter = pdf ? tr("Pictures and PDF documents (*.jpg *.jpeg *.png *.pdf)")
                               : tr("Pictures (*.jpg *.jpeg *.png)");
    QString folder = lastDocumentFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the %1").arg(slot->slot.label()), folder, filter);
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    lastDocumentFolder() = info.absolutePath();
    m_typed = true;
    const QString name = info.fileName();
    // Far too large: refused without reading it into memory.
    if (info.size() > 16 * DocumentCheck::kMaxBytes) {
        DocumentState &d = m_documents[kind];
        ++d.generation;
        d.fileName = name;
        d.content.clear();
        d.checking = false;
        d.accepted = false;
        d.refusal = tr("%1 is %2; at most 1 MB is accepted per file.")
                        .arg(quoted(name), QLocale().formattedDataSize(info.size()));
        showDocument(kind);
        validateNow();
        Q_EMIT documentChecked(kind, false);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DocumentState &d = m_documents[kind];
        ++d.generation;
        d.fileName = name;
        d.content.clear();
        d.checking = false;
        d.accepted = false;
        d.refusal = tr("%1 cannot be read: %2").arg(quoted(name), file.errorString());
        showDocument(kind);
        validateNow();
        Q_EMIT documentChecked(kind, false);
        return;
    }
    startCheck(kind, name, file.readAll());
}

void FileAppealDialog::startCheck(const QString &kind, const QString &fileName, const QByteArray &content)
{
    const auto slot = std::find_if(m_slots.cbegin(), m_slots.cend(),
                                   [&kind](const SlotWidgets &s) { return s.slot.kind == kind; });
    const bool pdfAllowed = slot != m_slots.cend() && slot->slot.pdfAllowed;
    DocumentState &d = m_documents[kind];
    const int generation = ++d.generation;
    d.fileName = fileName;
    d.content = content;
    d.checking = true;
    d.accepted = false;
    d.refusal.clear();
    showDocument(kind);
    validateNow();

    // Decoding a picture can take a moment: off the GUI thread (no database involved).
    auto *watcher = new QFutureWatcher<DocumentCheck::Verdict>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, kind, generation]() {
        const DocumentCheck::Verdict verdict = watcher->result();
        watcher->deleteLater();
        auto it = m_documents.find(kind);
        if (it == m_documents.end() || it->generation != generation)
            return; // another file was chosen meanwhile
        it->checking = false;
        it->accepted = verdict.ok;
        it->refusal = verdict.ok ? QString() : verdict.reason;
        if (!verdict.ok)
            it->content.clear(); // a refused file is not attached
        showDocument(kind);
        validateNow();
        Q_EMIT documentChecked(kind, verdict.ok);
    });
    watcher->setFuture(QtConcurrent::run([content, fileName, pdfAllowed]() {
        return DocumentCheck::check(content, fileName, pdfAllowed);
    }));
}

void FileAppealDialog::clearDocument(const QString &kind)
{
    DocumentState &d = m_documents[kind];
    ++d.generation; // a check still running is ignored
    d = DocumentState{QString(), QByteArray(), false, false, QString(), d.generation};
    showDocument(kind);
    validateNow();
}

void FileAppealDialog::showDocument(const QString &kind)
{
    for (const SlotWidgets &s : std::as_const(m_slots)) {
        if (s.slot.kind != kind)
            continue;
        const DocumentState d = m_documents.value(kind);
        QString text;
        if (d.fileName.isEmpty())
            text = tr("No file chosen");
        else if (d.checking)
            text = tr("%1 (%2): checking\u2026").arg(d.fileName, QLocale().formattedDataSize(d.content.size()));
        else if (d.accepted)
            text = tr("%1 (%2)").arg(d.fileName, QLocale().formattedDataSize(d.content.size()));
        else
            text = tr("%1: refused, not attached").arg(d.fileName);
        s.file->setText(text);
        s.clear->setEnabled(!d.fileName.isEmpty());
        s.problem->setText(d.refusal);
        m_docForm->setRowVisible(s.problem, !d.refusal.isEmpty());
    }
}

void FileAppealDialog::updateDocumentsNote()
{
    QStringList missing;
    for (const SlotWidgets &s : std::as_const(m_slots)) {
        if (!s.slot.required)
            continue;
        const auto it = m_documents.constFind(s.slot.kind);
        if (it == m_documents.cend() || (!it->accepted && !it->checking))
            missing << s.slot.label();
    }
    if (missing.isEmpty()) {
        m_documentsNote->clear();
        m_documentsNote->hide();
        return;
    }
    m_documentsNote->setText(tr("Still missing: %1. The appeal can be filed without them; it is then marked as "
                                "needing documents.")
                                 .arg(missing.join(tr(", "))));
    m_documentsNote->show();
}

// ---- saving and leaving ----

bool FileAppealDialog::hasTypedData() const
{
    if (m_typed)
        return true;
    return std::any_of(m_documents.cbegin(), m_documents.cend(),
                       [](const DocumentState &d) { return !d.fileName.isEmpty(); });
}

void FileAppealDialog::accept()
{
    if (m_saving)
        return;
    validateNow();
    if (!m_problems.isEmpty()) {
        m_showAllProblems = true;
        showProblems();
        focusFirstProblem();
        return;
    }
    if (isCheckingDocuments())
        return; // Save is enabled again once the checks are done

    AppealSubmission submission;
    submission.type = appealType();
    submission.fields = fieldValues();
    submission.documents = acceptedDocuments();

    m_saving = true;
    m_error->hide();
    m_cancel->setEnabled(false);
    m_type->setEnabled(false);
    updateSaveButton();
    m_summary->setText(tr("Filing the appeal\u2026"));
    m_summary->show();
    auto session = m_session;
    m_runner.run(
        this, [session, submission]() { return AppealService(session).file(submission); },
        [this](Result<qint64> result) {
            m_saving = false;
            m_cancel->setEnabled(true);
            m_type->setEnabled(true);
            if (!result) {
                m_error->setText(result.error().message);
                m_error->show();
                validateNow();
                return;
            }
            m_appealId = *result;
            Q_EMIT filed(m_appealId);
            QDialog::accept();
        });
}

void FileAppealDialog::reject()
{
    if (m_saving)
        return; // the appeal is being filed: wait for the answer
    if (hasTypedData()) {
        QMessageBox box(QMessageBox::Question, tr("Discard the appeal?"),
                        tr("The appeal has not been filed. Discard what you entered?"), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("appealDiscardQuestion"));
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("appealDiscard"));
        QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("appealKeepEditing"));
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

} // namespace desk
