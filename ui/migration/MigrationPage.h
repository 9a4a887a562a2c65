#pragma once

#include "workflow/MigrationLookup.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace desk {

class Session;
class TaskRunner;

// The help desk's answer to "my Torch Center account no longer works": one box takes a USCC, a mobile number, a
// login or an organization name; the answer card says which case applies, which login to use at which sign-in
// window, and the words to tell the caller (the seed's text with the real login), with the accounts involved.
// Keyboard: Ctrl+M focuses the box, Enter looks up, Ctrl+Shift+C copies the guidance, Ctrl+Shift+L copies the
// login, Ctrl+L logs the call, Down goes from the box to the answer, Enter on an account opens its detail, Esc
// clears.
class MigrationPage : public QWidget
{
    Q_OBJECT
public:
    MigrationPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~MigrationPage() override;

    void lookUp(const QString &text);
    void clear();
    bool isBusy() const { return m_busy; }
    const MigrationLookup::Answer &answer() const { return m_answer; }
    int currentResult() const { return m_current; }

    void copyGuidance();
    void copyLogin();
    // Opens the call dialog for the current result's first account (or the chosen row of the accounts table).
    void logCall();
    void openAccount(int row);

    static QString caseTitle(const QString &caseCode);
    static QString windowLabel(const QString &window);

Q_SIGNALS:
    void answered();          // a look-up came back (answer() holds it) or failed (the message is shown)
    void callLogged(qint64 accountId);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runLookup();
    void showAnswer();
    void showResult(int index);
    void showError(const QString &text);
    void updateRecognition();
    qint64 selectedAccountId() const;

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QLineEdit *m_input = nullptr;
    QPushButton *m_lookupButton = nullptr;
    QLabel *m_recognised = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_results = nullptr;
    QWidget *m_card = nullptr;
    QLabel *m_case = nullptr;
    QLabel *m_system = nullptr;
    QLabel *m_login = nullptr;
    QLabel *m_window = nullptr;
    QTextBrowser *m_guidance = nullptr;
    QTableWidget *m_accounts = nullptr;
    QPushButton *m_copyGuidance = nullptr;
    QPushButton *m_copyLogin = nullptr;
    QPushButton *m_logCall = nullptr;
    MigrationLookup::Answer m_answer;
    MigrationLookup::By m_by = MigrationLookup::By::Login;
    int m_current = -1;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace desk
