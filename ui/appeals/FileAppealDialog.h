#pragma once

#include "domain/DocumentCheck.h"
#include "workflow/AppealService.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace desk {

class Session;
class TaskRunner;

// A help-desk agent files a recovery appeal for a caller (DOMAIN.md "Recovery appeals"). The form follows
// AppealForms::fields(type) and AppealForms::documents(type); every change is validated at once through
// AppealForms::validate, the problems show in red under their fields (once a field has been left, or after a
// save attempt) and Save stays disabled while any remain. Each document slot takes a JPEG / PNG (and PDF where
// the slot allows it) that DocumentCheck checks off the GUI thread as soon as it is chosen; a refused file is
// not attached and its reason shows under the slot. Saving runs AppealService::file on the TaskRunner; an error
// keeps the dialog open with everything entered. Keyboard: Tab through everything, Ctrl+Enter saves, Esc cancels
// (asking first when something was typed or attached).
//
// Object names: appealType; appealField_<key> (line edit, combo box or plain-text edit), appealProblem_<key>,
// appealCounter_<key> (long texts), appealLongTerm (id_valid_until); appealChoose_<kind>, appealClear_<kind>,
// appealFile_<kind>, appealDocProblem_<kind>; appealDocumentsNote, appealSummary, appealError, appealSave,
// appealCancel; the discard question is appealDiscardQuestion (buttons appealDiscard, appealKeepEditing).
class FileAppealDialog : public QDialog
{
    Q_OBJECT
public:
    FileAppealDialog(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~FileAppealDialog() override;

    // One of AppealTexts::typeNames(); values typed for fields the new type also has are kept.
    void setAppealType(const QString &type);
    QString appealType() const;

    // Prefills fields from a look-up (keys as in AppealForms::fields; e.g. name, phone, id_number, uscc,
    // organization_name). Keys the current type lacks are remembered for a type that has them. ID numbers and
    // phone numbers are shown masked until the agent types over them; the real value is what gets filed.
    // Prefilling does not count as typed data for the discard question.
    void prefill(const QJsonObject &fields);

    // The values as they would be filed (raw, before AppealForms normalises them).
    QJsonObject fieldValues() const;
    // The current problems of the fields (all of them, shown or not).
    QVector<AppealFieldProblem> problems() const { return m_problems; }
    // The documents that passed DocumentCheck and would be filed.
    QVector<AppealDocumentInput> acceptedDocuments() const;
    // The refusal shown for a slot, empty when none.
    QString documentRefusal(const QString &kind) const;
    bool isCheckingDocuments() const;
    bool isSaving() const { return m_saving; }
    bool canSave() const;

    // Test hook: as if `fileName` with `content` had been chosen in the file dialog for slot `kind` (checked off
    // the GUI thread like a chosen file; documentChecked is emitted when done). False for an unknown slot.
    bool setDocument(const QString &kind, const QString &fileName, const QByteArray &content);

    // The appeal filed, once the dialog has been accepted; 0 before.
    qint64 appealId() const { return m_appealId; }

    void accept() override; // saves (Ctrl+Enter, the Save button)
    void reject() override; // Esc, Cancel: asks before discarding typed data

Q_SIGNALS:
    void documentChecked(const QString &kind, bool accepted);
    void filed(qint64 appealId);

private:
    struct FieldWidgets
    {
        AppealFieldSpec spec;
        QLineEdit *line = nullptr;
        QComboBox *combo = nullptr;
        QPlainTextEdit *text = nullptr;
        QCheckBox *longTerm = nullptr;
        QLabel *counter = nullptr;
        QLabel *problem = nullptr;
        QWidget *focusTarget = nullptr;
    };
    struct DocumentState
    {
        QString fileName;
        QByteArray content;
        bool checking = false;
        bool accepted = false;
        QString refusal;
        int generation = 0;
    };
    struct SlotWidgets
    {
        AppealDocumentSlot slot;
        QPushButton *choose = nullptr;
        QPushButton *clear = nullptr;
        QLabel *file = nullptr;
        QLabel *problem = nullptr;
    };

    void buildForm();
    void clearForm();
    void rebuildTabOrder();
    QString valueOf(const FieldWidgets &f) const;
    void setValue(FieldWidgets &f, const QString &value, bool fromPrefill);
    void fieldEdited(const QString &key);
    void fieldLeft(const QString &key);
    void validateNow();
    void showProblems();
    void chooseFile(const QString &kind);
    void clearDocument(const QString &kind);
    void startCheck(const QString &kind, const QString &fileName, const QByteArray &content);
    void showDocument(const QString &kind);
    void updateDocumentsNote();
    void updateSaveButton();
    bool hasTypedData() const;
    void focusFirstProblem();
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QComboBox *m_type = nullptr;
    QWidget *m_formHost = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_docHost = nullptr;
    QFormLayout *m_docForm = nullptr;
    QLabel *m_documentsNote = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;

    QVector<FieldWidgets> m_fields;
    QVector<SlotWidgets> m_slots;
    QHash<QString, QString> m_values;       // every value typed or prefilled, by key (kept across type changes)
    QHash<QString, QString> m_maskedValues; // prefilled personal data shown masked: the real value, by key
    QHash<QString, DocumentState> m_documents; // by kind (kept across type changes)
    QSet<QString> m_touched;                // fields whose problems are shown
    QVector<AppealFieldProblem> m_problems;
    bool m_showAllProblems = false;
    bool m_typed = false;
    bool m_building = false;
    bool m_saving = false;
    qint64 m_appealId = 0;
};

} // namespace desk
