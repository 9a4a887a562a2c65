#pragma once

#include "store/AppealRepository.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace desk {

class Session;
class TaskRunner;

// One rejection reason template to add or change: code (fixed once saved), title, the text the user gets by SMS
// with a character count, the order in the reviewers' list and, when changing, whether it is active. Shows the
// error the service gave for the last attempt and stays open until the save succeeds.
class ReasonTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxTitle = 100;  // AppealService::saveReasonTemplate's limits
    static constexpr int kMaxSmsText = 300;

    // `existing` set: changing that template (its code cannot change); otherwise a new one with `nextOrder`.
    ReasonTemplateDialog(const ReasonTemplate *existing, int nextOrder, QWidget *parent = nullptr);

    ReasonTemplate reasonTemplate() const;
    void showError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void saveRequested(const desk::ReasonTemplate &t);

private:
    void submit();
    void updateCount();

    qint64 m_id = 0;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_sms = nullptr;
    QLabel *m_count = nullptr;
    QSpinBox *m_order = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_busy = false;
};

// Administrators' page for the rejection reason templates reviewers choose from: the table of every template
// (code, title, SMS text, active, order; inactive ones greyed), add (Insert), change (Enter or double-click) and
// deactivate (Delete, after a question). Other staff see the list read-only. Database work runs on the
// TaskRunner's worker thread; errors show on the page (or in the open dialog) as the service words them.
//
// Object names: reasonTemplatesPage, reasonTable, reasonAdd, reasonEdit, reasonDeactivate, reasonMessage; the
// dialog reasonTemplateDialog with reasonCode, reasonTitle, reasonSmsText, reasonSmsCount, reasonOrder,
// reasonActive, reasonError, reasonOk, reasonCancel; the question reasonDeactivateConfirm.
class ReasonTemplatesPage : public QWidget
{
    Q_OBJECT
public:
    ReasonTemplatesPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~ReasonTemplatesPage() override;

    void reload();
    void addTemplate();         // Insert
    void editCurrentTemplate(); // Enter, double-click
    void deactivateCurrentTemplate(); // Delete (asks first)
    // Saves without the dialog; the outcome shows in the page's message (a refusal as the service words it).
    void saveTemplate(const ReasonTemplate &t);

    QTableWidget *table() const { return m_table; }
    const QVector<ReasonTemplate> &templates() const { return m_rows; }
    bool canManage() const { return m_canManage; }
    QString message() const;

Q_SIGNALS:
    void loaded();                 // after each load
    void saved(qint64 templateId); // after a save that succeeded
    void deactivated(qint64 templateId);
    void failed(const QString &message); // a load, save or deactivation refused

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillTable();
    const ReasonTemplate *currentTemplate() const;
    void openDialog(const ReasonTemplate *existing);
    void runSave(const ReasonTemplate &t, ReasonTemplateDialog *dialog);
    void showMessage(const QString &text, bool error);
    void updateButtons();

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    bool m_canManage = false;
    bool m_loading = false;
    qint64 m_selectAfterLoad = 0;
    QVector<ReasonTemplate> m_rows;

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_deactivate = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace desk
