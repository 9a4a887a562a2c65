// The lazy appeal queue: pages arrive in due order (rows without a due time last) and follow every sort; the
// filters (type, state, SLA state against a fixed clock, text, documents, assignee, dates) give exactly the rows
// they should, as computed here from the seeded data rather than from SQL; the cache stays bounded; a superseded
// query never shows its rows; personal data is masked; SLA roles and colours are right.
#include "TestDatabase.h"

#include "domain/BusinessCalendar.h"
#include "domain/Identifiers.h"
#include "items/AppealListModel.h"
#include "store/AppealRepository.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace desk;

namespace {

constexpr int kAppeals = 1000;
constexpr int kTimeout = 60000;

// Wednesday 2025-03-12 10:00 in China; the next China midnight is 14 hours later.
const QDateTime kNow(QDate(2025, 3, 12), QTime(2, 0), Qt::UTC);
const QDateTime kMidnight = kNow.addSecs(14 * 3600);

const QString kUsccAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QString residentId(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QStringLiteral("10X98765432").at(sum % 11);
}

QString uscc(int n)
{
    QString first17 = QStringLiteral("91110105");
    qint64 value = qint64(n) * 104729 + 12345;
    QString tail;
    for (int i = 0; i < 9; ++i) {
        tail.prepend(kUsccAlphabet.at(int(value % 31)));
        value /= 31;
    }
    first17 += tail;
    static const int weights[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kUsccAlphabet.indexOf(first17.at(i))) * weights[i];
    return first17 + kUsccAlphabet.at((31 - sum % 31) % 31);
}

QString chinaText(const QDateTime &t)
{
    // Independent of the model's formatting code: UTC plus eight hours, printed as UTC.
    return t.toUTC().addSecs(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString translated(const char *text)
{
    return QCoreApplication::translate("desk::AppealListModel", text);
}

// Asks for pages until the list is complete, as a view scrolled to the bottom would.
bool loadAll(AppealListModel &model)
{
    return QTest::qWaitFor(
        [&model] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.atEnd() && !model.isLoading();
        },
        kTimeout);
}

QVector<qint64> idsOf(const AppealListModel &model)
{
    QVector<qint64> ids;
    ids.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row, 0), AppealListModel::AppealIdRole).toLongLong();
    return ids;
}

int rowOf(const AppealListModel &model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, 0), AppealListModel::AppealIdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

QString slaOf(const AppealSummary &a, const QDateTime &now)
{
    if (a.state == AppealState::New || a.state == AppealState::Claimed)
        return BusinessCalendar::slaStateName(BusinessCalendar::slaState(a.dueAt, now));
    if (a.state == AppealState::WaitingForUser)
        return QStringLiteral("paused");
    return {};
}

} // namespace

class TestAppealListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstPageArrives();
    void dueOrderWithoutDueLast();
    void sortOrders_data();
    void sortOrders();
    void headerClickSorts();
    void filters();
    void displayMasksPersonalData();
    void slaRolesAndColours();
    void clockChangeRecolours();
    void cacheStaysBounded();
    void supersededQueryIsDropped();
    void refreshShowsChanges();
    void unreachableDatabaseFails();
    void destructionWhileLoading();

private:
    using Match = std::function<bool(const AppealSummary &)>;
    // The ids the model must show for `match` in `sort` order, computed from the seeded rows.
    QVector<qint64> expected(const Match &match, AppealSort sort = AppealSort::DueAt, bool descending = false) const;
    const AppealSummary *find(const Match &match) const;

    std::shared_ptr<Database> m_db;
    QVector<AppealSummary> m_rows; // everything seeded, as stored
};

void TestAppealListModel::initTestCase()
{
    m_db = test::openTestDatabase();
    static const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"),   QStringLiteral("张"),
                                         QStringLiteral("刘"), QStringLiteral("欧阳"), QStringLiteral("司马")};
    static const QStringList given = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("秀英"),
                                      QStringLiteral("强"), QStringLiteral("磊")};
    static const QStringList cities = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("深圳")};
    static const QStringList words = {QStringLiteral("华信"), QStringLiteral("星河"), QStringLiteral("长城"),
                                      QStringLiteral("东方")};
    static const QStringList staff = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("chen")};
    const QStringList types = AppealTexts::typeNames();
    const QVector<AppealState> states = {AppealState::New,
                                         AppealState::New,
                                         AppealState::New,
                                         AppealState::New,
                                         AppealState::Claimed,
                                         AppealState::Claimed,
                                         AppealState::WaitingForUser,
                                         AppealState::Approved,
                                         AppealState::Rejected,
                                         AppealState::Withdrawn};

    AppealRepository repo(*m_db);
    auto conn = m_db->connection();
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
    Transaction tx(*m_db, *conn);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < kAppeals; ++i) {
        AppealRecord a;
        a.type = types.at((i / 3) % types.size());
        a.state = states.at(i % states.size());
        // Whole hours from 30 before now to 66 after: many ties (the keyset must carry the id), due exactly now
        // (overdue) and exactly at the next China midnight (still due today).
        const int hours = (i * 7919) % 97 - 30;
        if (a.state == AppealState::WaitingForUser) {
            a.slaRemainingSeconds = qint64(i % 30 + 1) * 3600;
            a.waitingSince = kNow.addSecs(-3600);
        } else if (!(a.state == AppealState::Withdrawn && i % 20 == 19)) {
            a.dueAt = kNow.addSecs(qint64(hours) * 3600);
        } // else: withdrawn while paused, no due time either
        a.submittedAt = kNow.addSecs(-86400 - qint64(i % 250) * 5400); // ties every 250 rows
        a.documentsComplete = i % 7 != 0;
        if (i % 3 == 0)
            a.externalRef = QStringLiteral("MOST-2025-%1").arg(i, 6, 10, QLatin1Char('0'));
        const QString person = surnames.at(i % surnames.size()) + given.at((i / surnames.size()) % given.size());
        const QString id = residentId(QStringLiteral("110105") +
                                      QDate(1960, 1, 1).addDays(i % 397 * 31).toString(QStringLiteral("yyyyMMdd")) +
                                      QStringLiteral("123"));
        a.phone = QStringLiteral("139") + QString::number(10000000 + (i % 451) * 7919 % 90000000);
        if (a.type == QLatin1String("person_recovery")) {
            a.applicantName = person;
            a.idNumber = id;
        } else {
            a.applicantName = person; // agent or legal representative
            a.organizationName =
                cities.at(i % cities.size()) + words.at((i / 7) % words.size()) + QStringLiteral("科技有限公司");
            a.uscc = uscc(i % 300);
            if (a.type != QLatin1String("organization_recovery"))
                a.idNumber = id; // the legal representative's ID: never shown in the Identifier column
        }
        auto newId = repo.insert(a);
        QVERIFY2(newId.ok(), qPrintable(newId.ok() ? QString() : newId.error().message));
        a.id = *newId;
        a.version = 0;
        if (a.state == AppealState::Claimed) {
            a.claimedBy = staff.at((i / 10) % staff.size());
            a.claimExpiresAt = kNow.addSecs(1800);
            auto updated = repo.update(
                a.id, 0,
                {{QStringLiteral("claimed_by"), a.claimedBy}, {QStringLiteral("claim_expires_at"), a.claimExpiresAt}});
            QVERIFY(updated.ok() && *updated);
            a.version = 1;
        }
        m_rows << static_cast<const AppealSummary &>(a);
    }
    QVERIFY(tx.commit().ok());

    auto count = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM appeal"));
    QVERIFY(count.ok());
    QVERIFY(count->next());
    QCOMPARE(count->value(0).toInt(), kAppeals);
    count->finish();
}

QVector<qint64> TestAppealListModel::expected(const Match &match, AppealSort sort, bool descending) const
{
    QVector<AppealSummary> rows;
    std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(rows), match);
    const auto byId = [descending](const AppealSummary &a, const AppealSummary &b) {
        return descending ? a.id > b.id : a.id < b.id;
    };
    const auto byTime = [descending](const QDateTime &ta, qint64 ia, const QDateTime &tb, qint64 ib) {
        if (ta != tb)
            return descending ? ta > tb : ta < tb;
        return descending ? ia > ib : ia < ib;
    };
    switch (sort) {
    case AppealSort::Id:
        std::sort(rows.begin(), rows.end(), byId);
        break;
    case AppealSort::SubmittedAt:
        std::sort(rows.begin(), rows.end(), [&](const AppealSummary &a, const AppealSummary &b) {
            return byTime(a.submittedAt, a.id, b.submittedAt, b.id);
        });
        break;
    case AppealSort::DueAt:
        // Rows with a due time first, in either direction; then those without one, by id.
        std::sort(rows.begin(), rows.end(), [&](const AppealSummary &a, const AppealSummary &b) {
            if (a.dueAt.isValid() != b.dueAt.isValid())
                return a.dueAt.isValid();
            if (!a.dueAt.isValid())
                return byId(a, b);
            return byTime(a.dueAt, a.id, b.dueAt, b.id);
        });
        break;
    }
    QVector<qint64> ids;
    for (const AppealSummary &a : std::as_const(rows))
        ids << a.id;
    return ids;
}

const AppealSummary *TestAppealListModel::find(const Match &match) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), match);
    return it == m_rows.cend() ? nullptr : &*it;
}

void TestAppealListModel::firstPageArrives()
{
    AppealListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    QSignalSpy first(&model, &AppealListModel::firstPageLoaded);
    QSignalSpy loading(&model, &AppealListModel::loadingChanged);
    int rowsAtFirstPage = -1;
    connect(&model, &AppealListModel::firstPageLoaded, this, [&] { rowsAtFirstPage = model.rowCount(); });

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AppealListModel::Column::Count));
    QVERIFY(!model.canFetchMore({}));
    model.refresh(); // nothing to repeat yet
    QVERIFY(!model.isLoading());
    model.setClock([] { return kNow; });
    model.setQuery(AppealFilter{});
    QCOMPARE(model.sortOrder(), AppealSort::DueAt);
    QVERIFY(!model.descending());
    QVERIFY(model.isLoading());
    QCOMPARE(loading.count(), 1);
    QVERIFY(first.wait(kTimeout));
    QCOMPARE(rowsAtFirstPage, model.pageSize());
    QVERIFY(model.pageSize() < kAppeals);
    QCOMPARE(model.data(model.index(0, 0), AppealListModel::LoadingRole).toBool(), false);
    QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
    QCOMPARE(model.appealIdAt(0), expected([](const AppealSummary &) { return true; }).constFirst());
    QVERIFY(model.summaryAt(0).has_value());
    QVERIFY(!model.summaryAt(model.rowCount()).has_value());
    QCOMPARE(model.appealIdAt(-1), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
    QCOMPARE(loading.last().first().toBool(), false);
    QCOMPARE(first.count(), 1);
}

void TestAppealListModel::dueOrderWithoutDueLast()
{
    AppealListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(64);
    model.setCachedPageLimit(1000);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setQuery(AppealFilter{});
    QVERIFY(loadAll(model));

    const QVector<qint64> want = expected([](const AppealSummary &) { return true; });
    QCOMPARE(model.rowCount(), kAppeals);
    const QVector<qint64> ids = idsOf(model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), kAppeals);
    QCOMPARE(ids, want);
    // The rows without a due time are the tail, and there are several pages of each kind.
    const int withoutDue =
        int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const AppealSummary &a) { return !a.dueAt.isValid(); }));
    QVERIFY(withoutDue > 64);
    const int dueColumn = int(AppealListModel::Column::Due);
    for (int row = 0; row < model.rowCount(); ++row) {
        const bool hasDue = !model.data(model.index(row, dueColumn)).toString().isEmpty();
        QCOMPARE(hasDue, row < kAppeals - withoutDue);
    }
    // Appended a page at a time, at the end.
    int next = 0;
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        QCOMPARE(args.at(1).toInt(), next);
        QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= model.pageSize());
        next = args.at(2).toInt() + 1;
    }
    QCOMPARE(next, kAppeals);
}

void TestAppealListModel::sortOrders_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");
    QTest::addRow("due") << int(AppealSort::DueAt) << false << 37;
    QTest::addRow("due desc") << int(AppealSort::DueAt) << true << 37;
    QTest::addRow("submitted") << int(AppealSort::SubmittedAt) << false << 50;
    QTest::addRow("submitted desc") << int(AppealSort::SubmittedAt) << true << 50;
    QTest::addRow("id") << int(AppealSort::Id) << false << 100;
    QTest::addRow("id desc") << int(AppealSort::Id) << true << 100;
}

// Every row exactly once, in the order of the sort, although due and submission times repeat across pages.
void TestAppealListModel::sortOrders()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);

    AppealListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(pageSize);
    model.setCachedPageLimit(1000);
    model.setQuery(AppealFilter{}, AppealSort(sort), descending);
    QCOMPARE(model.sortOrder(), AppealSort(sort));
    QCOMPARE(model.descending(), descending);
    QVERIFY(loadAll(model));
    QCOMPARE(idsOf(model), expected([](const AppealSummary &) { return true; }, AppealSort(sort), descending));
}

void TestAppealListModel::headerClickSorts()
{
    AppealListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setCachedPageLimit(1000);
    AppealFilter filter;
    filter.states = {AppealState::New, AppealState::Claimed};
    const auto open = [](const AppealSummary &a) {
        return a.state == AppealState::New || a.state == AppealState::Claimed;
    };
    model.setQuery(filter);
    QVERIFY(loadAll(model));
    QCOMPARE(idsOf(model), expected(open));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    struct Click
    {
        AppealListModel::Column column;
        Qt::SortOrder order;
        AppealSort sort;
    };
    const Click clicks[] = {
        {AppealListModel::Column::Submitted, Qt::DescendingOrder, AppealSort::SubmittedAt},
        {AppealListModel::Column::Reference, Qt::AscendingOrder, AppealSort::Id},
        {AppealListModel::Column::TimeLeft, Qt::DescendingOrder, AppealSort::DueAt},
        {AppealListModel::Column::Due, Qt::AscendingOrder, AppealSort::DueAt},
    };
    int resets = 0;
    for (const Click &click : clicks) {
        model.sort(int(click.column), click.order);
        QCOMPARE(reset.count(), ++resets);
        QCOMPARE(model.sortOrder(), click.sort);
        QCOMPARE(model.descending(), click.order == Qt::DescendingOrder);
        QCOMPARE(model.filter().states, filter.states); // the filter stays
        QVERIFY(loadAll(model));
        QCOMPARE(idsOf(model), expected(open, click.sort, click.order == Qt::DescendingOrder));
    }

    // The same order again, and columns that cannot be sorted in SQL: nothing happens.
    model.sort(int(AppealListModel::Column::Due), Qt::AscendingOrder);
    model.sort(int(AppealListModel::Column::Applicant), Qt::DescendingOrder);
    model.sort(int(AppealListModel::Column::Phone), Qt::AscendingOrder);
    QCOMPARE(reset.count(), resets);
    QCOMPARE(model.sortOrder(), AppealSort::DueAt);
    QVERIFY(!model.descending());

    // Before any query, a header click only records the order.
    AppealListModel idle(m_db);
    QSignalSpy idleReset(&idle, &QAbstractItemModel::modelReset);
    idle.sort(int(AppealListModel::Column::Submitted), Qt::AscendingOrder);
    QCOMPARE(idle.sortOrder(), AppealSort::SubmittedAt);
    QCOMPARE(idleReset.count(), 0);
    QVERIFY(!idle.isLoading());
}

void TestAppealListModel::filters()
{
    const AppealSummary *person = find(
        [](const AppealSummary &a) { return a.type == QLatin1String("person_recovery") && !a.idNumber.isEmpty(); });
    const AppealSummary *withRef = find([](const AppealSummary &a) { return !a.externalRef.isEmpty(); });
    const AppealSummary *organization = find([](const AppealSummary &a) { return !a.uscc.isEmpty(); });
    QVERIFY(person && withRef && organization);
    const QString idNumber = person->idNumber;
    const QString phone = person->phone;
    const QString ref = withRef->externalRef;
    const QString code = organization->uscc;

    struct Case
    {
        const char *name;
        AppealFilter filter;
        Match match;
        AppealSort sort = AppealSort::DueAt;
        bool empty = false; // expected to match nothing
    };
    const auto open = [](const AppealSummary &a) {
        return a.state == AppealState::New || a.state == AppealState::Claimed;
    };
    const auto sla = [](const QString &name) {
        return [name](const AppealSummary &a) { return slaOf(a, kNow) == name; };
    };
    QVector<Case> cases;
    {
        Case c{"one type", {}, [](const AppealSummary &a) { return a.type == QLatin1String("person_recovery"); }};
        c.filter.types = {QStringLiteral("person_recovery")};
        cases << c;
    }
    {
        Case c{"two types",
               {},
               [](const AppealSummary &a) {
                   return a.type == QLatin1String("organization_recovery") ||
                          a.type == QLatin1String("modify_organization");
               },
               AppealSort::SubmittedAt};
        c.filter.types = {QStringLiteral("organization_recovery"), QStringLiteral("modify_organization")};
        cases << c;
    }
    {
        Case c{"state", {}, [](const AppealSummary &a) { return a.state == AppealState::New; }};
        c.filter.states = {AppealState::New};
        cases << c;
    }
    {
        Case c{"two states", {}, [](const AppealSummary &a) {
                   return a.state == AppealState::WaitingForUser || a.state == AppealState::Withdrawn;
               }};
        c.filter.states = {AppealState::WaitingForUser, AppealState::Withdrawn};
        cases << c;
    }
    for (const char *state : {"overdue", "due_today", "on_time", "paused"}) {
        Case c{state, {}, sla(QString::fromLatin1(state))};
        c.filter.slaStates = {QString::fromLatin1(state)};
        cases << c;
    }
    {
        Case c{"overdue or due today", {}, [](const AppealSummary &a) {
                   const QString s = slaOf(a, kNow);
                   return s == QLatin1String("overdue") || s == QLatin1String("due_today");
               }};
        c.filter.slaStates = {QStringLiteral("overdue"), QStringLiteral("due_today")};
        cases << c;
    }
    {
        Case c{"type and SLA state", {}, [](const AppealSummary &a) {
                   return a.type == QLatin1String("assisted_registration") &&
                          slaOf(a, kNow) == QLatin1String("overdue");
               }};
        c.filter.types = {QStringLiteral("assisted_registration")};
        c.filter.slaStates = {QStringLiteral("overdue")};
        cases << c;
    }
    {
        Case c{"decided have no SLA state", {}, [](const AppealSummary &) { return false; }};
        c.filter.states = {AppealState::Approved};
        c.filter.slaStates = {QStringLiteral("overdue"), QStringLiteral("on_time")};
        c.empty = true;
        cases << c;
    }
    {
        Case c{"name prefix", {}, [](const AppealSummary &a) {
                   return a.applicantName.startsWith(QStringLiteral("欧阳")) ||
                          a.organizationName.startsWith(QStringLiteral("欧阳"));
               }};
        c.filter.text = QStringLiteral("欧阳");
        cases << c;
    }
    {
        Case c{"organization prefix", {}, [](const AppealSummary &a) {
                   return a.organizationName.startsWith(QStringLiteral("深圳星河")) ||
                          a.applicantName.startsWith(QStringLiteral("深圳星河"));
               }};
        c.filter.text = QStringLiteral("深圳星河");
        cases << c;
    }
    {
        Case c{"ID number", {}, [idNumber](const AppealSummary &a) { return a.idNumber == idNumber; }};
        c.filter.text = idNumber;
        cases << c;
    }
    {
        Case c{"phone", {}, [phone](const AppealSummary &a) { return a.phone == phone; }};
        c.filter.text = phone;
        cases << c;
    }
    {
        Case c{"USCC in lower case", {}, [code](const AppealSummary &a) { return a.uscc == code; }};
        c.filter.text = code.toLower();
        cases << c;
    }
    {
        Case c{"external reference", {}, [ref](const AppealSummary &a) { return a.externalRef == ref; }};
        c.filter.text = ref;
        cases << c;
    }
    {
        Case c{"needs documents", {}, [open](const AppealSummary &a) { return !a.documentsComplete && open(a); }};
        c.filter.documentsComplete = false;
        c.filter.states = {AppealState::New, AppealState::Claimed};
        cases << c;
    }
    {
        Case c{"unassigned", {}, [](const AppealSummary &a) { return a.claimedBy.isEmpty(); }, AppealSort::Id};
        c.filter.unassignedOnly = true;
        cases << c;
    }
    {
        Case c{"assignee", {}, [](const AppealSummary &a) { return a.claimedBy == QLatin1String("bob"); }};
        c.filter.assignee = QStringLiteral("bob");
        cases << c;
    }
    {
        const QDate from = BusinessCalendar::toChinaTime(kNow).date().addDays(-5);
        const QDate to = from.addDays(2);
        Case c{"submitted between",
               {},
               [from, to](const AppealSummary &a) {
                   const QDate day = BusinessCalendar::toChinaTime(a.submittedAt).date();
                   return day >= from && day <= to;
               },
               AppealSort::SubmittedAt};
        c.filter.submittedFrom = from;
        c.filter.submittedTo = to;
        cases << c;
    }

    for (const Case &c : std::as_const(cases)) {
        AppealListModel model(m_db);
        model.setClock([] { return kNow; });
        model.setPageSize(40);
        model.setCachedPageLimit(1000);
        model.setQuery(c.filter, c.sort);
        QVERIFY2(loadAll(model), c.name);
        const QVector<qint64> want = expected(c.match, c.sort);
        QVERIFY2(c.empty == want.isEmpty(), c.name); // the seeded data exercises the filter
        QVERIFY2(c.empty || want.size() < kAppeals, c.name);
        QVERIFY2(model.rowCount() == want.size(), qPrintable(QStringLiteral("%1: %2 rows, expected %3")
                                                                 .arg(QString::fromLatin1(c.name))
                                                                 .arg(model.rowCount())
                                                                 .arg(want.size())));
        QVERIFY2(idsOf(model) == want, c.name);
    }
    // The SLA split is the one the seeded boundaries make: due exactly now is overdue, due exactly at the next
    // China midnight is still due today.
    QVERIFY(find([open](const AppealSummary &a) { return open(a) && a.dueAt == kNow; }));
    QVERIFY(find([open](const AppealSummary &a) { return open(a) && a.dueAt == kMidnight; }));
}

void TestAppealListModel::displayMasksPersonalData()
{
    const AppealSummary *person = find([](const AppealSummary &a) {
        return a.type == QLatin1String("person_recovery") && a.state == AppealState::Claimed && !a.documentsComplete &&
               a.externalRef.isEmpty();
    });
    const AppealSummary *organization = find([](const AppealSummary &a) {
        return a.type == QLatin1String("assisted_registration") && !a.idNumber.isEmpty() && !a.externalRef.isEmpty() &&
               a.documentsComplete && a.state == AppealState::New;
    });
    QVERIFY(person && organization);
    QCOMPARE(person->idNumber.size(), 18);
    QCOMPARE(person->phone.size(), 11);

    AppealListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setClock([] { return kNow; });
    model.setCachedPageLimit(1000);
    model.setQuery(AppealFilter{}, AppealSort::Id);
    QVERIFY(loadAll(model));
    const int p = rowOf(model, person->id);
    const int o = rowOf(model, organization->id);
    QVERIFY(p >= 0 && o >= 0);

    auto display = [&model](int row, AppealListModel::Column column) {
        return model.data(model.index(row, int(column))).toString();
    };
    using C = AppealListModel::Column;
    const QString maskedId = display(p, C::Identifier);
    QCOMPARE(maskedId, ids::maskIdNumber(person->idNumber));
    QCOMPARE(maskedId, person->idNumber.left(3) + QString(12, QLatin1Char('*')) + person->idNumber.right(3));
    const QString maskedPhone = display(p, C::Phone);
    QCOMPARE(maskedPhone, person->phone.left(3) + QStringLiteral("****") + person->phone.right(4));
    QCOMPARE(display(p, C::Reference), QString(QLatin1Char('#') + QString::number(person->id)));
    QCOMPARE(display(p, C::Type), AppealTexts::typeLabel(QStringLiteral("person_recovery")));
    QCOMPARE(display(p, C::State), AppealTexts::stateLabel(AppealState::Claimed));
    QCOMPARE(display(p, C::Applicant), person->applicantName);
    QCOMPARE(display(p, C::Organization), QString());
    QCOMPARE(display(p, C::Submitted), chinaText(person->submittedAt));
    QCOMPARE(display(p, C::Due), chinaText(person->dueAt));
    QCOMPARE(display(p, C::TimeLeft), BusinessCalendar::timeLeftLabel(person->dueAt, kNow));
    QCOMPARE(display(p, C::Assignee), person->claimedBy);
    QVERIFY(!person->claimedBy.isEmpty());
    QCOMPARE(display(p, C::Documents), translated("needs documents"));
    // The clear values appear in no column.
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString text = model.data(model.index(p, column)).toString();
        QVERIFY2(!text.contains(person->idNumber) && !text.contains(person->phone), qPrintable(text));
    }

    // Organizations: the USCC (public register data), never the legal representative's ID number.
    QCOMPARE(display(o, C::Identifier), organization->uscc);
    QCOMPARE(display(o, C::Organization), organization->organizationName);
    QCOMPARE(display(o, C::Reference), organization->externalRef);
    QCOMPARE(display(o, C::Documents), translated("complete"));
    QCOMPARE(display(o, C::Assignee), QString());
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString text = model.data(model.index(o, column)).toString();
        QVERIFY2(!text.contains(organization->idNumber) && !text.contains(organization->phone), qPrintable(text));
    }

    // The other roles carry the raw row for the detail view and decisions.
    QCOMPARE(model.data(model.index(p, 5), AppealListModel::AppealIdRole).toLongLong(), person->id);
    QCOMPARE(model.appealIdAt(p), person->id);
    QCOMPARE(model.data(model.index(p, 0), AppealListModel::VersionRole).toInt(), 1);
    QCOMPARE(model.data(model.index(o, 0), AppealListModel::VersionRole).toInt(), 0);
    const AppealSummary fromRole = model.data(model.index(p, 0), AppealListModel::SummaryRole).value<AppealSummary>();
    QCOMPARE(fromRole.id, person->id);
    QCOMPARE(fromRole.idNumber, person->idNumber);
    QCOMPARE(fromRole.phone, person->phone);
    const std::optional<AppealSummary> summary = model.summaryAt(o);
    QVERIFY(summary.has_value());
    QCOMPARE(summary->uscc, organization->uscc);
    QCOMPARE(summary->dueAt, organization->dueAt);
    QCOMPARE(summary->submittedAt, organization->submittedAt);

    QCOMPARE(model.headerData(int(C::Identifier), Qt::Horizontal).toString(), translated("ID number / USCC"));
    QCOMPARE(model.headerData(int(C::TimeLeft), Qt::Horizontal).toString(), translated("Time left"));
}

void TestAppealListModel::slaRolesAndColours()
{
    const auto open = [](const AppealSummary &a) {
        return a.state == AppealState::New || a.state == AppealState::Claimed;
    };
    const AppealSummary *overdue = find([open](const AppealSummary &a) { return open(a) && a.dueAt < kNow; });
    const AppealSummary *dueNow = find([open](const AppealSummary &a) { return open(a) && a.dueAt == kNow; });
    const AppealSummary *dueToday = find([open](const AppealSummary &a) { return open(a) && a.dueAt == kMidnight; });
    const AppealSummary *onTime = find([open](const AppealSummary &a) { return open(a) && a.dueAt > kMidnight; });
    const AppealSummary *paused = find([](const AppealSummary &a) { return a.state == AppealState::WaitingForUser; });
    const AppealSummary *decided = find(
        [](const AppealSummary &a) { return a.state == AppealState::Approved && a.dueAt.isValid() && a.dueAt < kNow; });
    QVERIFY(overdue && dueNow && dueToday && onTime && paused && decided);

    AppealListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setClock([] { return kNow; });
    model.setCachedPageLimit(1000);
    model.setQuery(AppealFilter{});
    QVERIFY(loadAll(model));

    struct Expect
    {
        const AppealSummary *row;
        const char *sla;
    };
    const Expect expects[] = {{overdue, "overdue"}, {dueNow, "overdue"}, {dueToday, "due_today"},
                              {onTime, "on_time"},  {paused, "paused"},  {decided, ""}};
    const int timeLeft = int(AppealListModel::Column::TimeLeft);
    QColor overdueBackground, dueTodayBackground;
    for (const Expect &e : expects) {
        const int row = rowOf(model, e.row->id);
        QVERIFY(row >= 0);
        const QModelIndex cell = model.index(row, timeLeft);
        QCOMPARE(model.data(cell, AppealListModel::SlaStateRole).toString(), QString::fromLatin1(e.sla));
        const QVariant foreground = model.data(cell, Qt::ForegroundRole);
        const QVariant background = model.data(cell, Qt::BackgroundRole);
        const QString text = model.data(cell).toString();
        const QString sla = QString::fromLatin1(e.sla);
        if (sla == QLatin1String("overdue")) {
            QVERIFY(background.isValid());
            overdueBackground = background.value<QColor>();
            QVERIFY(overdueBackground.red() > overdueBackground.green()); // red-ish
            QCOMPARE(text, BusinessCalendar::timeLeftLabel(e.row->dueAt, kNow));
        } else if (sla == QLatin1String("due_today")) {
            QVERIFY(background.isValid());
            dueTodayBackground = background.value<QColor>();
            QVERIFY(dueTodayBackground.red() > dueTodayBackground.blue()); // amber-ish
            QCOMPARE(text, BusinessCalendar::durationLabel(14 * 3600));
        } else if (sla == QLatin1String("paused")) {
            QVERIFY(foreground.isValid());
            const QColor grey = foreground.value<QColor>();
            QCOMPARE(grey.red(), grey.green()); // grey text
            QCOMPARE(grey.green(), grey.blue());
            QVERIFY(!background.isValid());
            QCOMPARE(text, translated("paused (waiting for the user)"));
            QVERIFY(model.data(cell, Qt::ToolTipRole)
                        .toString()
                        .contains(BusinessCalendar::durationLabel(*e.row->slaRemainingSeconds)));
            QCOMPARE(model.data(model.index(row, int(AppealListModel::Column::Due))).toString(), QString());
        } else {
            QVERIFY(!background.isValid()); // on time and decided rows look normal
            QVERIFY(!foreground.isValid());
            if (sla.isEmpty())
                QCOMPARE(text, QString()); // decided: no time left
            else
                QVERIFY(!text.isEmpty());
        }
    }
    QVERIFY(overdueBackground != dueTodayBackground);
}

void TestAppealListModel::clockChangeRecolours()
{
    const AppealSummary *dueToday =
        find([](const AppealSummary &a) { return a.state == AppealState::New && a.dueAt == kMidnight; });
    QVERIFY(dueToday);
    AppealListModel model(m_db);
    model.setClock([] { return kNow; });
    AppealFilter filter;
    filter.slaStates = {QStringLiteral("due_today")};
    model.setQuery(filter);
    QVERIFY(loadAll(model));
    const int row = rowOf(model, dueToday->id);
    QVERIFY(row >= 0);
    const int rows = model.rowCount();
    QCOMPARE(model.data(model.index(row, 0), AppealListModel::SlaStateRole).toString(), QStringLiteral("due_today"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setClock([] { return kMidnight.addSecs(60); });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), rows); // the rows stay until the next query
    QCOMPARE(model.data(model.index(row, 0), AppealListModel::SlaStateRole).toString(), QStringLiteral("overdue"));
    QCOMPARE(model.data(model.index(row, int(AppealListModel::Column::TimeLeft))).toString(),
             BusinessCalendar::timeLeftLabel(dueToday->dueAt, kMidnight.addSecs(60)));

    // The next query filters with the new time: nothing of the old "due today" is due today any more.
    model.refresh();
    QVERIFY(loadAll(model));
    QVERIFY(rowOf(model, dueToday->id) < 0);
}

void TestAppealListModel::cacheStaysBounded()
{
    constexpr int pageSize = 50;
    constexpr int limit = 3;
    AppealListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(pageSize);
    model.setCachedPageLimit(limit);

    QVector<qint64> arrivedIds;
    int largestCache = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int firstRow, int lastRow) {
        for (int row = firstRow; row <= lastRow; ++row)
            arrivedIds << model.data(model.index(row, 0), AppealListModel::AppealIdRole).toLongLong();
        largestCache = std::max(largestCache, model.cachedPageCount());
    });
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&] { largestCache = std::max(largestCache, model.cachedPageCount()); });
    model.setQuery(AppealFilter{}, AppealSort::SubmittedAt);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), kAppeals);
    QVERIFY(largestCache <= limit);
    QVERIFY(model.cachedPageCount() <= limit);
    QCOMPARE(arrivedIds, expected([](const AppealSummary &) { return true; }, AppealSort::SubmittedAt));

    // A page evicted long ago: no data without asking, a placeholder, then the same rows again.
    const int firstRow = 5 * pageSize;
    QVERIFY(!model.summaryAt(firstRow + 3).has_value());
    QCOMPARE(model.appealIdAt(firstRow + 3), 0);
    const QModelIndex cell = model.index(firstRow + 3, 0);
    QCOMPARE(model.data(cell, AppealListModel::LoadingRole).toBool(), true);
    QCOMPARE(model.data(cell).toString(), translated("loading…"));
    QVERIFY(!model.data(cell, AppealListModel::AppealIdRole).isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!model.data(cell, AppealListModel::LoadingRole).toBool(), kTimeout);
    for (int row = firstRow; row < firstRow + pageSize; ++row)
        QCOMPARE(model.data(model.index(row, 0), AppealListModel::AppealIdRole).toLongLong(), arrivedIds.at(row));
    QCOMPARE(model.appealIdAt(firstRow + 3), arrivedIds.at(firstRow + 3));

    for (int page : {0, 19, 7, 12, 1, 5, 18}) {
        const QModelIndex probe = model.index(page * pageSize + 1, 0);
        model.data(probe);
        QTRY_VERIFY_WITH_TIMEOUT(!model.data(probe, AppealListModel::LoadingRole).toBool(), kTimeout);
        QCOMPARE(model.data(probe, AppealListModel::AppealIdRole).toLongLong(), arrivedIds.at(page * pageSize + 1));
        QVERIFY(model.cachedPageCount() <= limit);
    }
    QVERIFY(largestCache <= limit);
}

void TestAppealListModel::supersededQueryIsDropped()
{
    AppealFilter filterA;
    filterA.types = {QStringLiteral("person_recovery")};
    AppealFilter filterB;
    filterB.states = {AppealState::WaitingForUser};
    const auto matchB = [](const AppealSummary &a) { return a.state == AppealState::WaitingForUser; };
    const QVector<qint64> expectedB = expected(matchB, AppealSort::SubmittedAt, true);
    QVERIFY(!expectedB.isEmpty());
    const QString waiting = AppealTexts::stateLabel(AppealState::WaitingForUser);

    // Immediately (A's request is skipped by the loader), and after A's page has been delivered to the queue
    // (the model drops it by its generation). Both paths must give the same result.
    for (const int pause : {0, 200}) {
        AppealListModel model(m_db);
        QAbstractItemModelTester tester(&model);
        model.setCachedPageLimit(1000);
        model.setPageSize(30);
        QSignalSpy first(&model, &AppealListModel::firstPageLoaded);
        QStringList shownStates;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int firstRow, int lastRow) {
            for (int row = firstRow; row <= lastRow; ++row)
                shownStates << model.data(model.index(row, int(AppealListModel::Column::State))).toString();
        });
        model.setQuery(filterA);
        QThread::msleep(pause); // no event processing: A's result, if any, waits in the queue
        model.setQuery(filterB, AppealSort::SubmittedAt, true);
        QVERIFY(loadAll(model));
        QTest::qWait(50); // anything still in flight would arrive now
        QCOMPARE(first.count(), 1);
        QCOMPARE(idsOf(model), expectedB);
        QCOMPARE(shownStates.size(), expectedB.size());
        for (const QString &state : std::as_const(shownStates))
            QCOMPARE(state, waiting);
    }
}

void TestAppealListModel::refreshShowsChanges()
{
    AppealListModel model(m_db);
    model.setClock([] { return kNow; });
    model.setCachedPageLimit(1000);
    AppealFilter filter;
    filter.states = {AppealState::New};
    model.setQuery(filter, AppealSort::Id, true);
    QVERIFY(loadAll(model));
    const int before = model.rowCount();
    QVERIFY(before > 0);
    const qint64 id = model.appealIdAt(0);
    QVERIFY(id > 0);

    // Someone decides the newest appeal; the queue shows it after a refresh with the same query.
    AppealRepository repo(*m_db);
    auto updated = repo.update(id, 0, {{QStringLiteral("state"), AppealStates::name(AppealState::Approved)}});
    QVERIFY(updated.ok() && *updated);
    for (AppealSummary &a : m_rows) {
        if (a.id == id) {
            a.state = AppealState::Approved;
            a.version = 1;
        }
    }
    QCOMPARE(model.rowCount(), before);
    QSignalSpy first(&model, &AppealListModel::firstPageLoaded);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loadAll(model));
    QCOMPARE(first.count(), 1);
    QCOMPARE(model.rowCount(), before - 1);
    QVERIFY(rowOf(model, id) < 0);
    QCOMPARE(model.filter().states, filter.states);
    QCOMPARE(model.sortOrder(), AppealSort::Id);
    QVERIFY(model.descending());
    QCOMPARE(idsOf(model),
             expected([](const AppealSummary &a) { return a.state == AppealState::New; }, AppealSort::Id, true));
}

void TestAppealListModel::unreachableDatabaseFails()
{
    // A folder where the database file should be: opening fails on the loader's thread.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseUrl url;
    url.driver = DatabaseUrl::Driver::Sqlite;
    url.path = dir.path();
    auto broken = std::make_shared<Database>(url);
    AppealListModel model(broken);
    QAbstractItemModelTester tester(&model);
    QSignalSpy failed(&model, &AppealListModel::searchFailed);
    QSignalSpy first(&model, &AppealListModel::firstPageLoaded);
    model.setQuery(AppealFilter{});
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QTest::qWait(50);
    QCOMPARE(failed.count(), 1); // no retry storm
    QCOMPARE(first.count(), 0);
}

void TestAppealListModel::destructionWhileLoading()
{
    for (int pause : {0, 1, 3, 10}) {
        auto model = std::make_unique<AppealListModel>(m_db);
        model->setPageSize(500);
        model->setQuery(AppealFilter{}, AppealSort::DueAt, true);
        model->fetchMore({});
        QThread::msleep(pause);
        model.reset(); // waits for the running query, closes the loader's connection
    }
    auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM appeal"));
    QVERIFY(q.ok());
    QVERIFY(q->next());
    q->finish();
}

QTEST_GUILESS_MAIN(TestAppealListModel)
#include "tst_appeallistmodel.moc"
