#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace desk {

// Asks why a masked field must be shown in clear. The reason goes to the audit log with the reveal;
// the dialog stays open (busy) until the look-up service has answered, and shows its error if any.
class RevealDialog : public QDialog
{
    Q_OBJECT
public:
    RevealDialog(const QString &fieldLabel, const QString &accountLabel, QWidget *parent = nullptr);

    QString reason() const;
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void revealRequested(const QString &reason);

private:
    void submit();

    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace desk
