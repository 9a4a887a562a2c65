// The lazy look-up list: pages arrive from the background loader in the order SQL gives, without gaps or
// duplicates across page boundaries, whatever the sort and filter; the cache stays bounded and evicted pages
// come back identical; a superseded search never shows its rows; failures are reported, never fatal.
#include "TestDatabase.h"

#include "domain/Identifiers.h"
#include "domain/AccountLabels.h"
#include "items/AccountListModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace desk;

namespace {

constexpr int kPersons = 2400;
constexpr int kOrganizations = 600;
constexpr int kTimeout = 60000;

const QString kUsccAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QString residentId(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QStringLiteral("10X98765432").at(sum % 11);
}

QString uscc(const QString &first17)
{
    static const int weights[] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(kUsccAlphabet.indexOf(first17.at(i))) * weights[i];
    return first17 + kUsccAlphabet.at((31 - sum % 31) % 31);
}

QString base31(qint64 value, int width)
{
    QString out;
    for (int i = 0; i < width; ++i) {
        out.prepend(kUsccAlphabet.at(int(value % 31)));
        value /= 31;
    }
    return out;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// A few thousand accounts that look like the platform's: repeated names and creation times (so keyset ties
// fall across page boundaries), Torch logins that are phone numbers, HJ_ renames, renamed organizations.
void insertAccounts(Database &db)
{
    static const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"),   QStringLiteral("张"),
                                         QStringLiteral("刘"), QStringLiteral("陈"),   QStringLiteral("杨"),
                                         QStringLiteral("黄"), QStringLiteral("赵"),   QStringLiteral("吴"),
                                         QStringLiteral("周"), QStringLiteral("欧阳"), QStringLiteral("司马")};
    static const QStringList pinyin = {QStringLiteral("wang"),  QStringLiteral("li"),     QStringLiteral("zhang"),
                                       QStringLiteral("liu"),   QStringLiteral("chen"),   QStringLiteral("yang"),
                                       QStringLiteral("huang"), QStringLiteral("zhao"),   QStringLiteral("wu"),
                                       QStringLiteral("zhou"),  QStringLiteral("ouyang"), QStringLiteral("sima")};
    static const QStringList given = {QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),
                                      QStringLiteral("秀英"), QStringLiteral("敏"),   QStringLiteral("静"),
                                      QStringLiteral("丽"),   QStringLiteral("强"),   QStringLiteral("磊"),
                                      QStringLiteral("军"),   QStringLiteral("洋"),   QStringLiteral("建华"),
                                      QStringLiteral("海燕"), QStringLiteral("志强"), QStringLiteral("明")};
    static const QStringList regions = {QStringLiteral("110101"), QStringLiteral("310104"), QStringLiteral("440305"),
                                        QStringLiteral("410102"), QStringLiteral("510107"), QStringLiteral("330106")};
    static const QStringList phonePrefixes = {QStringLiteral("135"), QStringLiteral("138"), QStringLiteral("150"),
                                              QStringLiteral("155"), QStringLiteral("186"), QStringLiteral("139"),
                                              QStringLiteral("177"), QStringLiteral("199")};
    static const QStringList statuses = {QStringLiteral("unverified"), QStringLiteral("verified_national"),
                                         QStringLiteral("failed"), QStringLiteral("manual_pending"),
                                         QStringLiteral("verified_manual")};
    static const QStringList cities = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("深圳"),
                                       QStringLiteral("杭州"), QStringLiteral("成都"), QStringLiteral("武汉"),
                                       QStringLiteral("西安"), QStringLiteral("南京")};
    static const QStringList words = {QStringLiteral("华信"), QStringLiteral("星河"), QStringLiteral("智联"),
                                      QStringLiteral("恒通"), QStringLiteral("新材"), QStringLiteral("天成"),
                                      QStringLiteral("博远"), QStringLiteral("中科"), QStringLiteral("联创"),
                                      QStringLiteral("瑞丰")};
    static const QStringList suffixes = {QStringLiteral("科技有限公司"), QStringLiteral("信息技术有限公司"),
                                         QStringLiteral("生物医药股份有限公司"), QStringLiteral("研究院")};
    static const QStringList orgTypes = {QStringLiteral("enterprise"), QStringLiteral("enterprise"),
                                         QStringLiteral("social_organization"), QStringLiteral("public_institution"),
                                         QStringLiteral("other")};
    static const QStringList accountStatuses = {QStringLiteral("active"), QStringLiteral("active"),
                                                QStringLiteral("active"), QStringLiteral("pending_activation"),
                                                QStringLiteral("disabled")};
    const QString sql = QStringLiteral(
        "INSERT INTO account (login, kind, name, former_name, uscc, organization_type, identity_region, id_type, "
        "id_number, phone, real_name_status, account_status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)");
    const QDateTime epoch(QDate(2019, 1, 1), QTime(8, 0), Qt::UTC);

    auto conn = db.connection();
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
    Transaction tx(db, *conn);
    QVERIFY(tx.begin().ok());
    const int total = kPersons + kOrganizations;
    for (int i = 0; i < total; ++i) {
        // Every 700th account shares its creation time with others: ties for the created_at keyset.
        const QString createdAt = epoch.addSecs(qint64(i % 700) * 7 * 3607).toString(Qt::ISODateWithMs);
        const QString status = statuses.at(i % statuses.size());
        QVariantList values;
        if (i < kPersons) {
            const int s = i % surnames.size();
            const QString name = surnames.at(s) + given.at((i / surnames.size()) % given.size());
            const QString phone =
                phonePrefixes.at(i % phonePrefixes.size()) + QString::number(qint64(i) * 7919 % 90000000 + 10000000);
            const QDate birth = QDate(1960, 1, 1).addDays(qint64(i) * 37 % 15000);
            const QString id = residentId(regions.at(i % regions.size()) + birth.toString(QStringLiteral("yyyyMMdd")) +
                                          QString::number(i % 1000).rightJustified(3, QLatin1Char('0')));
            QString login;
            if (i % 17 == 0)
                login = QStringLiteral("HJ_") + phone; // Torch P3: the phone was taken as a login
            else if (i % 4 == 0)
                login = phone; // Torch P1: the mobile number kept as the login
            else
                login = pinyin.at(s) + QLatin1Char('_') + QString::number(i).rightJustified(5, QLatin1Char('0'));
            const bool noDocuments = i % 23 == 0; // registered, never verified: no ID or phone on file
            values << login << QStringLiteral("person") << name << orNull({}) << orNull({}) << orNull({})
                   << QStringLiteral("mainland") << QStringLiteral("resident_id")
                   << orNull(noDocuments ? QString() : id) << orNull(noDocuments ? QString() : phone)
                   << (noDocuments ? QStringLiteral("unverified") : status);
        } else {
            const int j = i - kPersons;
            const QString name = cities.at(j % cities.size()) + words.at((j / cities.size()) % words.size()) +
                                 suffixes.at(j % suffixes.size());
            const QString code =
                uscc(QStringLiteral("91") + regions.at(j % regions.size()) + base31(qint64(j) * 104729 + 12345, 9));
            const QString formerName =
                j % 15 == 0 ? QStringLiteral("李记") + words.at(j % words.size()) + QStringLiteral("商贸有限公司")
                            : QString();
            const QString login = j % 13 == 0 ? QStringLiteral("HJ_") + code : code; // Torch O3 renames
            values << login << QStringLiteral("organization") << name << orNull(formerName) << code
                   << orgTypes.at(j % orgTypes.size()) << orNull({}) << orNull({}) << orNull({}) << orNull({})
                   << status;
        }
        values << accountStatuses.at(i % accountStatuses.size()) << createdAt;
        auto q = db.exec(sql, values);
        QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().message));
    }
    QVERIFY(tx.commit().ok());
}

LookupQuery query(LookupQuery::Kind kind, const QString &text = {})
{
    LookupQuery q;
    q.kind = kind;
    q.text = text;
    return q;
}

QString loadingText()
{
    return QCoreApplication::translate("desk::AccountListModel", "loading…");
}

// Asks for pages until the list is complete, as a view scrolled to the bottom would.
bool loadAll(AccountListModel &model)
{
    return QTest::qWaitFor(
        [&model] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.atEnd() && !model.isLoading();
        },
        kTimeout);
}

QVector<qint64> idsOf(const AccountListModel &model)
{
    QVector<qint64> ids;
    ids.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row, 0), AccountListModel::AccountIdRole).toLongLong();
    return ids;
}

} // namespace

class TestAccountListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstPageArrives();
    void fetchMoreGrowsOnePageAtATime();
    void pagesFollowSqlOrder_data();
    void pagesFollowSqlOrder();
    void headerClickSortsInSql();
    void unsortableColumnIsIgnored();
    void kindFilter();
    void namePrefixSearch_data();
    void namePrefixSearch();
    void exactLookup();
    void displayMasksPersonalData();
    void evictionKeepsCacheBoundedAndReloadsIdentically();
    void supersededSearchIsDropped();
    void invalidQueryFails();
    void unreachableDatabaseFails();
    void destructionWhileLoading();

private:
    // Ids in the order SQL gives for `where` (with `values`) and `order`: what the model must show.
    QVector<qint64> expectedIds(const QString &where, const QVariantList &values, const QString &order);
    std::shared_ptr<Database> m_db;
};

void TestAccountListModel::initTestCase()
{
    m_db = test::openTestDatabase();
    insertAccounts(*m_db);
    if (QTest::currentTestFailed())
        return;
    auto count = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM account"));
    QVERIFY(count.ok());
    QVERIFY(count->next());
    QCOMPARE(count->value(0).toInt(), kPersons + kOrganizations);
    count->finish();
}

QVector<qint64> TestAccountListModel::expectedIds(const QString &where, const QVariantList &values,
                                                  const QString &order)
{
    QVector<qint64> ids;
    auto q = m_db->exec(QStringLiteral("SELECT id FROM account WHERE ") + where + QStringLiteral(" ORDER BY ") + order,
                        values);
    if (!q) {
        qWarning("%s", qPrintable(q.error().message));
        return ids;
    }
    while (q->next())
        ids << q->value(0).toLongLong();
    q->finish();
    return ids;
}

void TestAccountListModel::firstPageArrives()
{
    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    QSignalSpy first(&model, &AccountListModel::firstPageLoaded);
    QSignalSpy loading(&model, &AccountListModel::loadingChanged);
    int rowsAtFirstPage = -1;
    connect(&model, &AccountListModel::firstPageLoaded, this, [&] { rowsAtFirstPage = model.rowCount(); });

    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.setSearch(AccountSearch{});
    QVERIFY(model.isLoading());
    QCOMPARE(loading.count(), 1);
    QCOMPARE(loading.first().first().toBool(), true);
    QVERIFY(first.wait(kTimeout));
    QCOMPARE(rowsAtFirstPage, model.pageSize());
    QCOMPARE(model.data(model.index(0, 0), AccountListModel::LoadingRole).toBool(), false);
    QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
    QVERIFY(model.accountIdAt(0) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
    QCOMPARE(loading.last().first().toBool(), false);
    QCOMPARE(first.count(), 1);
}

// Without a model tester (which fetches on every change): each fetchMore adds exactly one page.
void TestAccountListModel::fetchMoreGrowsOnePageAtATime()
{
    AccountListModel model(m_db);
    model.setPageSize(50);
    QSignalSpy first(&model, &AccountListModel::firstPageLoaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSearch(AccountSearch{});
    QVERIFY(!model.canFetchMore({})); // the first page is on its way
    QVERIFY(first.wait(kTimeout));
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));

    const QVector<qint64> expected = expectedIds(QStringLiteral("1 = 1"), {}, QStringLiteral("login, id"));
    QCOMPARE(expected.size(), kPersons + kOrganizations);
    for (int pageIndex = 1; pageIndex < 4; ++pageIndex) {
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QVERIFY(inserted.wait(kTimeout));
        const QList<QVariant> args = inserted.takeLast();
        QCOMPARE(args.at(1).toInt(), pageIndex * 50);
        QCOMPARE(args.at(2).toInt(), pageIndex * 50 + 49);
        QCOMPARE(model.rowCount(), (pageIndex + 1) * 50);
    }
    QCOMPARE(idsOf(model), expected.mid(0, 200));
}

void TestAccountListModel::pagesFollowSqlOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("order");
    QTest::addRow("login") << int(AccountSort::Login) << false << QStringLiteral("login, id");
    QTest::addRow("login desc") << int(AccountSort::Login) << true << QStringLiteral("login DESC, id DESC");
    QTest::addRow("name") << int(AccountSort::Name) << false << QStringLiteral("name, id");
    QTest::addRow("name desc") << int(AccountSort::Name) << true << QStringLiteral("name DESC, id DESC");
    QTest::addRow("created") << int(AccountSort::CreatedAt) << false << QStringLiteral("created_at, id");
    QTest::addRow("created desc") << int(AccountSort::CreatedAt) << true << QStringLiteral("created_at DESC, id DESC");
}

// All rows, page after page: exactly the ids of the ordered SQL query, none twice, none missing,
// although names and creation times repeat across page boundaries.
void TestAccountListModel::pagesFollowSqlOrder()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(QString, order);

    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(64);
    model.setCachedPageLimit(1000); // everything stays: this test is about order, not eviction
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    AccountSearch search;
    search.sort = AccountSort(sort);
    search.descending = descending;
    model.setSearch(search);
    QVERIFY(loadAll(model));

    const QVector<qint64> expected = expectedIds(QStringLiteral("1 = 1"), {}, order);
    QCOMPARE(model.rowCount(), expected.size());
    const QVector<qint64> ids = idsOf(model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(ids, expected);
    // Rows were appended a page at a time, at the end.
    int next = 0;
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        QCOMPARE(args.at(1).toInt(), next);
        QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= model.pageSize());
        next = args.at(2).toInt() + 1;
    }
    QCOMPARE(next, expected.size());
}

void TestAccountListModel::headerClickSortsInSql()
{
    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setCachedPageLimit(1000);
    model.setSearch(AccountSearch{});
    QVERIFY(loadAll(model));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(int(AccountListModel::Column::Name), Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.search().sort, AccountSort::Name);
    QVERIFY(model.search().descending);
    QVERIFY(loadAll(model));
    QCOMPARE(idsOf(model), expectedIds(QStringLiteral("1 = 1"), {}, QStringLiteral("name DESC, id DESC")));

    model.sort(int(AccountListModel::Column::CreatedAt), Qt::AscendingOrder);
    QCOMPARE(model.search().sort, AccountSort::CreatedAt);
    QVERIFY(loadAll(model));
    QCOMPARE(idsOf(model), expectedIds(QStringLiteral("1 = 1"), {}, QStringLiteral("created_at, id")));

    model.sort(int(AccountListModel::Column::Login), Qt::DescendingOrder);
    QVERIFY(loadAll(model));
    QCOMPARE(idsOf(model), expectedIds(QStringLiteral("1 = 1"), {}, QStringLiteral("login DESC, id DESC")));
}

void TestAccountListModel::unsortableColumnIsIgnored()
{
    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setSearch(AccountSearch{});
    QSignalSpy first(&model, &AccountListModel::firstPageLoaded);
    QVERIFY(first.wait(kTimeout));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(int(AccountListModel::Column::Phone), Qt::DescendingOrder);
    model.sort(int(AccountListModel::Column::IdNumber), Qt::AscendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.search().sort, AccountSort::Login);
    QVERIFY(!model.search().descending);
}

void TestAccountListModel::kindFilter()
{
    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(100);
    model.setCachedPageLimit(1000);
    AccountSearch search;
    search.kindFilter = QStringLiteral("organization");
    search.sort = AccountSort::Name;
    model.setSearch(search);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), kOrganizations);
    QCOMPARE(idsOf(model),
             expectedIds(QStringLiteral("kind = ?"), {QStringLiteral("organization")}, QStringLiteral("name, id")));
    const QString organization = AccountLabels::kind(QStringLiteral("organization"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, int(AccountListModel::Column::Kind))).toString(), organization);
}

void TestAccountListModel::namePrefixSearch_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("pageSize");
    QTest::addRow("one character") << QStringLiteral("王") << 40;
    QTest::addRow("two characters") << QStringLiteral("欧阳") << 25;
    QTest::addRow("former name") << QStringLiteral("李记") << 7;
    QTest::addRow("organization") << QStringLiteral("北京") << 10;
    QTest::addRow("no match") << QStringLiteral("诸葛") << 10;
}

void TestAccountListModel::namePrefixSearch()
{
    QFETCH(QString, prefix);
    QFETCH(int, pageSize);

    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(pageSize);
    model.setCachedPageLimit(1000);
    AccountSearch search;
    search.query = query(LookupQuery::Kind::Name, prefix);
    search.sort = AccountSort::Name;
    QSignalSpy first(&model, &AccountListModel::firstPageLoaded);
    model.setSearch(search);
    QVERIFY(loadAll(model));
    QCOMPARE(first.count(), 1);

    const QString pattern = prefix + QLatin1Char('%');
    const QVector<qint64> expected = expectedIds(QStringLiteral("(name LIKE ? OR former_name LIKE ?)"),
                                                 {pattern, pattern}, QStringLiteral("name, id"));
    QCOMPARE(idsOf(model), expected);
    if (prefix == QStringLiteral("诸葛"))
        QCOMPARE(model.rowCount(), 0);
    else
        QVERIFY(model.rowCount() > pageSize); // several pages
    const int nameColumn = int(AccountListModel::Column::Name);
    if (prefix != QStringLiteral("李记")) {
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row, nameColumn)).toString().startsWith(prefix));
    }
}

void TestAccountListModel::exactLookup()
{
    auto q = m_db->exec(QStringLiteral("SELECT login, uscc FROM account WHERE kind = 'organization' AND login LIKE "
                                       "'HJ\\_%' ESCAPE '\\' ORDER BY id LIMIT 1"));
    QVERIFY(q.ok());
    QVERIFY(q->next());
    const QString renamedLogin = q->value(0).toString();
    const QString code = q->value(1).toString();
    q->finish();

    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    AccountSearch search;
    search.query = query(LookupQuery::Kind::Uscc, code); // finds the organization renamed HJ_<USCC> (O3)
    QSignalSpy first(&model, &AccountListModel::firstPageLoaded);
    model.setSearch(search);
    QVERIFY(first.wait(kTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && !model.isLoading(), kTimeout);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, int(AccountListModel::Column::Login))).toString(), renamedLogin);
    QCOMPARE(model.data(model.index(0, int(AccountListModel::Column::Uscc))).toString(), code);
}

void TestAccountListModel::displayMasksPersonalData()
{
    auto q = m_db->exec(QStringLiteral("SELECT id, login, id_number, phone, real_name_status, account_status, "
                                       "created_at FROM account WHERE kind = 'person' AND id_number IS NOT NULL "
                                       "AND login LIKE 'li\\_%' ESCAPE '\\' ORDER BY id LIMIT 1"));
    QVERIFY(q.ok());
    QVERIFY(q->next());
    const qint64 id = q->value(0).toLongLong();
    const QString login = q->value(1).toString();
    const QString idNumber = q->value(2).toString();
    const QString phone = q->value(3).toString();
    const QString realName = q->value(4).toString();
    const QString accountStatus = q->value(5).toString();
    q->finish();
    QCOMPARE(idNumber.size(), 18);
    QCOMPARE(phone.size(), 11);

    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    AccountSearch search;
    search.query = query(LookupQuery::Kind::Login, login);
    QSignalSpy first(&model, &AccountListModel::firstPageLoaded);
    model.setSearch(search);
    QVERIFY(first.wait(kTimeout));
    QCOMPARE(model.rowCount(), 1);

    auto display = [&model](AccountListModel::Column column) {
        return model.data(model.index(0, int(column))).toString();
    };
    QCOMPARE(model.data(model.index(0, 3), AccountListModel::AccountIdRole).toLongLong(), id);
    QCOMPARE(model.accountIdAt(0), id);
    QCOMPARE(display(AccountListModel::Column::Login), login);
    const QString maskedId = display(AccountListModel::Column::IdNumber);
    QCOMPARE(maskedId, ids::maskIdNumber(idNumber));
    QCOMPARE(maskedId, idNumber.left(3) + QString(12, QLatin1Char('*')) + idNumber.right(3));
    const QString maskedPhone = display(AccountListModel::Column::Phone);
    QCOMPARE(maskedPhone, ids::maskPhone(phone));
    QCOMPARE(maskedPhone, phone.left(3) + QStringLiteral("****") + phone.right(4));
    QCOMPARE(display(AccountListModel::Column::Kind), AccountLabels::kind(QStringLiteral("person")));
    QCOMPARE(display(AccountListModel::Column::RealNameStatus), AccountLabels::realNameStatus(realName));
    QCOMPARE(display(AccountListModel::Column::AccountStatus), AccountLabels::accountStatus(accountStatus));
    QVERIFY(display(AccountListModel::Column::RealNameStatus) != realName); // a label, not the stored code
    QVERIFY(!display(AccountListModel::Column::CreatedAt).isEmpty());
    // The clear values appear in no column.
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString text = model.data(model.index(0, column)).toString();
        QVERIFY2(!text.contains(idNumber) && !text.contains(phone), qPrintable(text));
    }
    QCOMPARE(model.headerData(int(AccountListModel::Column::IdNumber), Qt::Horizontal).toString(),
             QCoreApplication::translate("desk::AccountListModel", "ID number"));
}

void TestAccountListModel::evictionKeepsCacheBoundedAndReloadsIdentically()
{
    constexpr int pageSize = 50;
    constexpr int limit = 3;
    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    model.setPageSize(pageSize);
    model.setCachedPageLimit(limit);

    // Record every page as it arrives (it is cached at that moment), and the cache size after each page.
    QVector<qint64> arrivedIds;
    QStringList arrivedLogins;
    int largestCache = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int firstRow, int lastRow) {
        for (int row = firstRow; row <= lastRow; ++row) {
            arrivedIds << model.data(model.index(row, 0), AccountListModel::AccountIdRole).toLongLong();
            arrivedLogins << model.data(model.index(row, 0)).toString();
        }
        largestCache = std::max(largestCache, model.cachedPageCount());
    });
    connect(&model, &QAbstractItemModel::dataChanged, this,
            [&] { largestCache = std::max(largestCache, model.cachedPageCount()); });
    AccountSearch search;
    search.sort = AccountSort::Name; // repeated names: the anchors must carry the id
    model.setSearch(search);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), kPersons + kOrganizations);
    QVERIFY(largestCache <= limit);
    QVERIFY(model.cachedPageCount() <= limit);
    QCOMPARE(arrivedIds, expectedIds(QStringLiteral("1 = 1"), {}, QStringLiteral("name, id")));

    // A page in the middle was evicted long ago: placeholder first, then the same rows again.
    const int page = 30;
    const int firstRow = page * pageSize;
    const QModelIndex cell = model.index(firstRow + 7, 0);
    QCOMPARE(model.data(cell, AccountListModel::LoadingRole).toBool(), true);
    QCOMPARE(model.data(cell).toString(), loadingText());
    QVERIFY(!model.data(cell, AccountListModel::AccountIdRole).isValid());
    QCOMPARE(model.accountIdAt(firstRow + 7), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!model.data(cell, AccountListModel::LoadingRole).toBool(), kTimeout);
    // The reloaded page is announced as a whole (other pages the tester touched may be announced too).
    const auto announced = std::find_if(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().row() == firstRow;
    });
    QVERIFY(announced != changed.cend());
    QCOMPARE(announced->at(1).toModelIndex().row(), firstRow + pageSize - 1);
    QCOMPARE(announced->at(1).toModelIndex().column(), model.columnCount() - 1);
    for (int row = firstRow; row < firstRow + pageSize; ++row) {
        QCOMPARE(model.data(model.index(row, 0), AccountListModel::AccountIdRole).toLongLong(), arrivedIds.at(row));
        QCOMPARE(model.data(model.index(row, 0)).toString(), arrivedLogins.at(row));
    }
    QVERIFY(model.cachedPageCount() <= limit);

    // Touch pages all over the list: the cache never grows past its limit and every page comes back right.
    for (int p : {0, 59, 12, 45, 3, 30, 58}) {
        const QModelIndex probe = model.index(p * pageSize + 1, 0);
        model.data(probe); // asks for the page if it was evicted
        QTRY_VERIFY_WITH_TIMEOUT(!model.data(probe, AccountListModel::LoadingRole).toBool(), kTimeout);
        QCOMPARE(model.data(probe, AccountListModel::AccountIdRole).toLongLong(), arrivedIds.at(p * pageSize + 1));
        QVERIFY(model.cachedPageCount() <= limit);
    }
    QVERIFY(largestCache <= limit);
}

void TestAccountListModel::supersededSearchIsDropped()
{
    AccountSearch searchA;
    searchA.query = query(LookupQuery::Kind::Name, QStringLiteral("王"));
    searchA.sort = AccountSort::Name;
    AccountSearch searchB;
    searchB.query = query(LookupQuery::Kind::Name, QStringLiteral("张"));
    searchB.sort = AccountSort::Name;
    const QString patternB = QStringLiteral("张%");
    const QVector<qint64> expectedB = expectedIds(QStringLiteral("(name LIKE ? OR former_name LIKE ?)"),
                                                  {patternB, patternB}, QStringLiteral("name, id"));
    QVERIFY(!expectedB.isEmpty());

    // Immediately (A's request is skipped by the loader), and after A's page has been delivered to the queue
    // (the model drops it by its generation).
    for (const int pause : {0, 200}) {
        AccountListModel model(m_db);
        QAbstractItemModelTester tester(&model);
        model.setCachedPageLimit(1000);
        model.setPageSize(30);
        QSignalSpy first(&model, &AccountListModel::firstPageLoaded);
        QStringList shownNames;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int firstRow, int lastRow) {
            for (int row = firstRow; row <= lastRow; ++row)
                shownNames << model.data(model.index(row, int(AccountListModel::Column::Name))).toString();
        });
        model.setSearch(searchA);
        QThread::msleep(pause); // no event processing: A's result, if any, waits in the queue
        model.setSearch(searchB);
        QVERIFY(loadAll(model));
        QTest::qWait(50); // anything still in flight would arrive now
        QCOMPARE(first.count(), 1);
        QCOMPARE(idsOf(model), expectedB);
        QCOMPARE(shownNames.size(), expectedB.size());
        for (const QString &name : std::as_const(shownNames))
            QVERIFY2(name.startsWith(QStringLiteral("张")), qPrintable(name));
    }
}

void TestAccountListModel::invalidQueryFails()
{
    AccountListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    QSignalSpy failed(&model, &AccountListModel::searchFailed);
    QSignalSpy first(&model, &AccountListModel::firstPageLoaded);
    AccountSearch search;
    search.query = query(LookupQuery::Kind::Invalid, QStringLiteral("?!"));
    search.query.message = QStringLiteral("not a login, code, phone number or name");
    model.setSearch(search);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
    QCOMPARE(failed.first().first().toString(), search.query.message);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(first.count(), 0);

    // The next search works again.
    model.setSearch(AccountSearch{});
    QVERIFY(first.wait(kTimeout));
    QCOMPARE(model.rowCount(), model.pageSize());
    QCOMPARE(failed.count(), 1);
}

void TestAccountListModel::unreachableDatabaseFails()
{
    // A folder where the database file should be: opening fails on the loader's thread.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseUrl url;
    url.driver = DatabaseUrl::Driver::Sqlite;
    url.path = dir.path();
    auto broken = std::make_shared<Database>(url);
    AccountListModel model(broken);
    QAbstractItemModelTester tester(&model);
    QSignalSpy failed(&model, &AccountListModel::searchFailed);
    model.setSearch(AccountSearch{});
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
    model.fetchMore({});
    QTest::qWait(50);
    QCOMPARE(failed.count(), 1); // no retry storm
}

void TestAccountListModel::destructionWhileLoading()
{
    for (int pause : {0, 1, 3, 10}) {
        auto model = std::make_unique<AccountListModel>(m_db);
        model->setPageSize(2000);
        AccountSearch search;
        search.sort = AccountSort::CreatedAt;
        search.descending = true;
        model->setSearch(search);
        model->fetchMore({});
        QThread::msleep(pause);
        model.reset(); // waits for the running query, closes the loader's connection
    }
    // The shared database is still fine for everyone else.
    auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM account"));
    QVERIFY(q.ok());
    QVERIFY(q->next());
    q->finish();
}

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
