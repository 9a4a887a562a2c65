#pragma once

#include "core/Result.h"
#include "demo/DemoBulkInsert.h"
#include "demo/DemoFactory.h"
#include "demo/DemoGenerator.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace desk {
class Database;
}

namespace desk::demo {

struct AccountSpec;
struct LegacySpec;

// Set of login names already used: open addressing over 64-bit FNV-1a hashes. A (very unlikely) false
// positive only makes the caller try another login.
class LoginSet
{
public:
    bool insert(const QString &login)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (const QChar c : login) {
            h ^= c.unicode();
            h *= 0x100000001b3ULL;
        }
        h |= 1; // 0 marks an empty slot
        if ((m_count + 1) * 2 > qint64(m_slots.size()))
            grow();
        return place(h);
    }

private:
    bool place(quint64 h)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == h)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = h;
                ++m_count;
                return true;
            }
        }
    }

    void grow()
    {
        std::vector<quint64> old(m_slots.empty() ? 0 : m_slots.size());
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
        m_count = 0;
        for (const quint64 h : old) {
            if (h != 0)
                place(h);
        }
    }

    std::vector<quint64> m_slots;
    qint64 m_count = 0;
};

enum class Group { Plain, Duplicates, P1, P2, P3, P4, OrgPlain, O1, O1Invalid, O2, O3, O4, Renamed };

struct Quota
{
    Group group;
    qint64 count;
};

// A person account others can point at: agents, legal representatives, delegates.
struct PersonRef
{
    qint64 id;
    quint64 human;
    quint64 phoneSlot;
    qint64 created;
};

// The demo world, written row by row: plans the groups of accounts (ordinary ones and every help-desk case),
// builds each row from DemoFactory and the seeded random stream, and hands it to the bulk inserters in an order
// that keeps the foreign keys satisfied. DemoGenerator runs it inside its transaction.
class DemoLoad
{
public:
    // `now`: seconds since 1970 (UTC); `systems`: business-system id by code.
    DemoLoad(Database &db, QSqlDatabase connection, const DemoOptions &options, qint64 now,
             QHash<QString, qint64> systems);

    // Writes everything; calls `progress` every 10,000 accounts and once at the end with (accounts, total).
    Status run(const DemoGenerator::Progress &progress, qint64 total);
    DemoReport report() const;

private:
    // planning
    void planPersons(qint64 persons, std::vector<Quota> &quotas) const;
    std::vector<Quota> planOrganizations(qint64 organizations, qint64 &personsNeeded) const;

    // groups
    Status personGroup(Group group);
    Status organizationGroup(Group group);
    Status legacyConflicts();

    // rows
    qint64 addAccount(const AccountSpec &spec);
    void addEvent(qint64 accountId, qint64 at, const QString &kind, const QString &detail = {});
    void addHistory(qint64 accountId, const AccountSpec &spec);
    void addLegacy(const LegacySpec &spec, qint64 registeredAt);
    void addDelegation(qint64 organizationId, qint64 personId, const QString &system, const QString &role,
                       qint64 granted, bool mayExpire);
    void addProject(qint64 accountId, const QString &system, int year, qint64 created, int regionIndex,
                    const QString &topic);
    Status afterAccount();

    // values
    qint64 timeBetween(qint64 low, qint64 high);
    qint64 beforeMigration();
    qint64 migrationTime();
    qint64 torchTime();
    QString personStatus(const Human &human);
    QString organizationStatus();
    QString migratedStatus();
    QString accountStatusFor(const QString &realName);
    QString pinyinLogin(const Human &human);
    QString organizationLogin(const Organization &org);
    QString personEmail(const Human &human);
    QString organizationEmail(const Organization &org, const Human &contact);
    const QString &platformHash() { return m_rng.pick(m_words.platformPasswordHashes); }
    const QString &legacyHash() { return m_rng.pick(m_words.legacyPasswordHashes); }
    const Word &weighted(const QVector<Word> &list);
    QString invalidCode(qint64 n, const Organization &org);
    quint64 newHuman() { return m_nextHuman++; }
    quint64 newPhoneSlot() { return m_nextPhoneSlot++; }

    qint64 writeOrganization(const Organization &org, AccountSpec &spec, const std::optional<PersonRef> &agent);
    void rememberAgent(qint64 id, quint64 human, quint64 slot, const AccountSpec &spec);
    std::optional<PersonRef> pickAgent();
    void organizationActivity(qint64 orgId, const Organization &org, const AccountSpec &spec,
                              const std::optional<PersonRef> &agent);

    Database &m_db;
    const DemoOptions &m_options;
    qint64 m_now;
    qint64 m_nowDay;
    DemoFactory m_factory;
    const Vocabulary &m_words;
    Rng m_rng;

    BulkInserter m_persons;
    BulkInserter m_organizations;
    BulkInserter m_events;
    BulkInserter m_delegations;
    BulkInserter m_projects;
    BulkInserter m_legacy;
    QSqlDatabase m_connection;

    QHash<QString, qint64> m_systems;
    DemoGenerator::Progress m_progress;
    qint64 m_total = 0;
    qint64 m_accountsAdded = 0;
    qint64 m_personsAdded = 0;
    qint64 m_organizationsAdded = 0;
    qint64 m_nextProgress = 0;

    qint64 m_nextAccountId = 1;
    qint64 m_projectSerial = 0;
    qint64 m_registrationEvents = 0;
    quint64 m_nextHuman = 0;
    quint64 m_nextPhoneSlot = 0;
    quint64 m_nextOrganization = 0;
    qint64 m_invalidCodes = 0;
    qint64 m_conflictLandline = 0;
    int m_o4Count = 0;
    qint64 m_duplicateGroups = 0;

    LoginSet m_logins;
    std::vector<PersonRef> m_agents;
};

} // namespace desk::demo
