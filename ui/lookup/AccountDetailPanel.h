#pragma once

#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "workflow/LookupService.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTableWidget;
class QVBoxLayout;

namespace desk {

class Session;
class StaffService;
class TaskRunner;

// Everything the help desk needs about one account: its fields (personal data masked), the organization's
// data or the person's delegations, projects, real-name status, legacy Torch links and migration case, and
// its history (account events and audit entries). "Reveal" asks for a reason, reveals through the
// LookupService (which audits it) and shows the clear value until another account is shown.
class AccountDetailPanel : public QWidget
{
    Q_OBJECT
public:
    AccountDetailPanel(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~AccountDetailPanel() override;

    void showAccount(qint64 accountId);
    void reload();
    void clear();
    qint64 accountId() const { return m_accountId; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(qint64 accountId);

private:
    struct Loaded;
    void load(qint64 accountId, bool keepScroll);
    void render(const AccountDetail &detail, const QVector<AuditRow> &history);
    void showMessage(const QString &text, bool error = false);
    void addPersonalField(QFormLayout *form, const QString &label, LookupService::PersonalField field,
                          const QString &value, const QString &masked);
    QLabel *addField(QFormLayout *form, const QString &label, const QString &value, const QString &name = {});
    void reveal(LookupService::PersonalField field);
    QWidget *buildDelegations(const AccountDetail &detail);
    QWidget *buildProjects(const AccountDetail &detail);
    QWidget *buildLegacy(const AccountDetail &detail);
    QWidget *buildHistory(const AccountDetail &detail, const QVector<AuditRow> &history);

    std::shared_ptr<Session> m_session;
    std::shared_ptr<LookupService> m_lookup;
    std::shared_ptr<StaffService> m_staff;
    TaskRunner &m_runner;
    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    qint64 m_accountId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_accountLabel;
    QHash<int, QString> m_revealed; // PersonalField -> clear value, for the account shown
};

} // namespace desk
