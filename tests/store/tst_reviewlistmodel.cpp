// The real-name review queue model (items/ReviewListModel) on SQLite and PostgreSQL: lazy pages in due order
// across page boundaries, filters in SQL, and the flag of a number bound to another account.
#include "TestData.h"
#include "TestDatabase.h"
#include "TestDocuments.h"

#include "items/ReviewListModel.h"
#include "store/Database.h"
#include "store/ReviewRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace desk;

namespace {
constexpr int kTimeout = 20000;
constexpr int kReviews = 450;
} // namespace

class TestReviewListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesInDueOrder();
    void filtersInSql();

private:
    void loadAll(ReviewListModel &model);

    std::shared_ptr<Database> m_db;
    QVector<QPair<QDateTime, qint64>> m_expected; // due, id of every review, in due order
    QString m_boundNumber;
};

void TestReviewListModel::initTestCase()
{
    m_db = test::openTestDatabase();
    m_boundNumber = test::residentId("11010519491231002");
    test::AccountSeed holder = test::accountSeed(QStringLiteral("holder01"), QStringLiteral("person"),
                                                 QStringLiteral("张三"));
    holder.idNumber = m_boundNumber;
    holder.realNameStatus = QStringLiteral("verified_national");
    test::insertAccount(*m_db, holder);
    const qint64 person = test::insertAccount(
        *m_db, test::accountSeed(QStringLiteral("asker01"), QStringLiteral("person"), QStringLiteral("李四")));
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    Transaction tx(*m_db, *conn);
    QVERIFY(tx.begin().ok());
    ReviewRepository repo(*m_db);
    const QDateTime base(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
    for (int i = 0; i < kReviews; ++i) {
        // Due times shuffled against the ids; every 50th asks for the bound number; every third is an agent's.
        const QDateTime due = base.addSecs(qint64((i * 37) % kReviews) * 60);
        const QString number = i % 50 == 0 ? m_boundNumber : test::residentId("11010519900505001");
        auto id = repo.insertReview(QStringLiteral("RN-%1").arg(i, 4, 10, QLatin1Char('0')),
                                    i % 3 == 0 ? QStringLiteral("primary_agent") : QStringLiteral("person"), person,
                                    number, base, due, QStringLiteral("importer"));
        QVERIFY(id.ok());
        m_expected << qMakePair(due, *id);
    }
    QVERIFY(tx.commit().ok());
    std::sort(m_expected.begin(), m_expected.end());
}

void TestReviewListModel::cleanupTestCase()
{
    m_db.reset();
}

void TestReviewListModel::loadAll(ReviewListModel &model)
{
    while (true) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
}

void TestReviewListModel::pagesInDueOrder()
{
    ReviewListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    QSignalSpy first(&model, &ReviewListModel::firstPageLoaded);
    QCOMPARE(model.columnCount(), int(ReviewListModel::Column::Count));
    model.setQuery(ReviewListFilter{});
    QVERIFY(model.isLoading());
    QVERIFY(first.wait(kTimeout));
    QCOMPARE(model.rowCount(), model.pageSize());
    QVERIFY(model.pageSize() < kReviews);
    loadAll(model);
    QCOMPARE(model.rowCount(), kReviews);
    for (int row = 0; row < kReviews; ++row)
        QCOMPARE(model.reviewIdAt(row), m_expected.at(row).second);
    QCOMPARE(model.data(model.index(0, int(ReviewListModel::Column::State))).toString(), QStringLiteral("Waiting"));
    QVERIFY(!model.headerData(int(ReviewListModel::Column::Due), Qt::Horizontal).toString().isEmpty());
}

void TestReviewListModel::filtersInSql()
{
    ReviewListModel model(m_db);
    QAbstractItemModelTester tester(&model);
    ReviewListFilter flagged;
    flagged.flaggedOnly = true;
    model.setQuery(flagged);
    loadAll(model);
    QCOMPARE(model.rowCount(), kReviews / 50);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.data(model.index(row, 0), ReviewListModel::FlagRole).toBool());
        QCOMPARE(model.data(model.index(row, 0), ReviewListModel::BoundHolderRole).toString(), QStringLiteral("holder01"));
        QVERIFY(model.data(model.index(row, int(ReviewListModel::Column::Flags))).toString().contains(
            QStringLiteral("holder01")));
    }
    ReviewListFilter agents;
    agents.type = QStringLiteral("primary_agent");
    model.setQuery(agents);
    loadAll(model);
    QCOMPARE(model.rowCount(), (kReviews + 2) / 3);
    ReviewListFilter byRef;
    byRef.text = QStringLiteral("RN-004");
    model.setQuery(byRef);
    loadAll(model);
    QCOMPARE(model.rowCount(), 10); // RN-0040 … RN-0049
    ReviewListFilter claimed;
    claimed.state = QStringLiteral("claimed");
    model.setQuery(claimed);
    loadAll(model);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestReviewListModel)
#include "tst_reviewlistmodel.moc"
