// The administrators' rejection-reason templates page, through the real widgets offscreen on SQLite and
// PostgreSQL: Insert adds a template typed with the keyboard, Enter changes its title (the code stays fixed),
// Delete deactivates it after a question; the service's refusals (a taken code, a non-administrator) are shown
// as it words them, and every change is in the database with its audit entry.
#include "UiTestKit.h"

#include "TestDatabase.h"
#include "admin/ReasonTemplatesPage.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/Session.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace desk;

namespace {

const QString kCode = QStringLiteral("blurry_seal");

struct StoredTemplate
{
    bool found = false;
    QString title;
    QString smsText;
    bool active = false;
    int sortOrder = 0;
    qint64 id = 0;
};

StoredTemplate stored(Database &db, const QString &code)
{
    StoredTemplate t;
    auto q = db.exec(QStringLiteral("SELECT id, title, sms_text, active, sort_order FROM reason_template WHERE code = ?"),
                     {code});
    if (!q)
        qFatal("query failed: %s", qPrintable(q.error().message));
    if (q->next()) {
        t.found = true;
        t.id = q->value(0).toLongLong();
        t.title = q->value(1).toString();
        t.smsText = q->value(2).toString();
        t.active = q->value(3).toBool();
        t.sortOrder = q->value(4).toInt();
    }
    q->finish();
    return t;
}

int rowOf(QTableWidget *table, const QString &code)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == code)
            return r;
    return -1;
}

} // namespace

class TestReasonTemplatesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addsATemplateWithTheKeyboard();
    void changesItsTitleButNotItsCode();
    void showsTheServicesRefusalInTheDialog();
    void deactivatesItAfterAsking();
    void refusesANonAdministratorsSave();
    void cleanupTestCase();

private:
    QWidget *waitForDialog();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    std::shared_ptr<Session> m_admin;
    std::shared_ptr<Session> m_agent;
    std::unique_ptr<ReasonTemplatesPage> m_page;
};

void TestReasonTemplatesPage::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    const test::StaffLogin admin = test::addStaff(*m_db, StaffRole::Administrator);
    const test::StaffLogin agent = test::addStaff(*m_db, StaffRole::Agent);
    auto adminSession = AuthService::signIn(test::lastTestDatabaseUrl(), admin.member.login, admin.password);
    QVERIFY2(adminSession.ok(), adminSession.ok() ? "" : qPrintable(adminSession.error().message));
    m_admin = *adminSession;
    auto agentSession = AuthService::signIn(test::lastTestDatabaseUrl(), agent.member.login, agent.password);
    QVERIFY2(agentSession.ok(), agentSession.ok() ? "" : qPrintable(agentSession.error().message));
    m_agent = *agentSession;
    m_runner = std::make_unique<TaskRunner>();

    m_page = std::make_unique<ReasonTemplatesPage>(m_admin, *m_runner);
    QSignalSpy loaded(m_page.get(), &ReasonTemplatesPage::loaded);
    m_page->resize(900, 480); // about what the main window gives a page
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
    QVERIFY(m_page->canManage());
    // The templates schema 2 brings.
    QCOMPARE(m_page->table()->rowCount(), 7);
    QVERIFY(rowOf(m_page->table(), QStringLiteral("unclear_image")) >= 0);
}

void TestReasonTemplatesPage::cleanupTestCase()
{
    m_page.reset();
    if (m_runner) {
        releaseSession(*m_runner, std::move(m_admin));
        releaseSession(*m_runner, std::move(m_agent));
    }
    m_runner.reset();
    m_db.reset();
}

QWidget *TestReasonTemplatesPage::waitForDialog()
{
    QWidget *dialog = nullptr;
    if (!QTest::qWaitFor([&dialog]() { return (dialog = test::visibleTopLevel(QStringLiteral("reasonTemplateDialog"))); },
                         5000))
        return nullptr;
    return dialog; // callers verify it is there

}

void TestReasonTemplatesPage::addsATemplateWithTheKeyboard()
{
    m_page->activateWindow();
    QTRY_VERIFY(m_page->isActiveWindow());
    m_page->table()->setFocus();
    QSignalSpy saved(m_page.get(), &ReasonTemplatesPage::saved);
    QTest::keyClick(m_page->table(), Qt::Key_Insert);
    QWidget *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("reasonCode"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(code));
    QVERIFY(!code->isReadOnly());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("reasonOrder"))->value(), 100); // after the last (90)

    test::typeText(code, kCode);
    QTest::keyClick(code, Qt::Key_Tab);
    test::typeText(QApplication::focusWidget(), QStringLiteral("印章模糊"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *sms = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonSmsText"));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(sms));
    const QString text = QStringLiteral("您上传材料上的公章模糊不清，请重新加盖公章后拍照提交。");
    test::typeText(sms, text);
    auto *count = dialog->findChild<QLabel *>(QStringLiteral("reasonSmsCount"));
    QVERIFY2(count->text().startsWith(QString::number(text.size())), qPrintable(count->text()));
    QVERIFY(count->text().contains(QStringLiteral("300")));
    QTest::keyClick(sms, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("reasonOrder"));
    // Ctrl+Enter saves.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
    QTRY_VERIFY(!test::visibleTopLevel(QStringLiteral("reasonTemplateDialog")));

    const StoredTemplate t = stored(*m_db, kCode);
    QVERIFY(t.found);
    QCOMPARE(t.title, QStringLiteral("印章模糊"));
    QCOMPARE(t.smsText, text);
    QVERIFY(t.active);
    QCOMPARE(t.sortOrder, 100);
    QCOMPARE(saved.first().first().toLongLong(), t.id);
    // The table shows it, selected.
    QTRY_COMPARE(m_page->table()->rowCount(), 8);
    const int row = rowOf(m_page->table(), kCode);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->table()->currentRow(), row);
    QCOMPARE(m_page->table()->item(row, 1)->text(), QStringLiteral("印章模糊"));
    QVERIFY(m_page->message().contains(kCode));
    auto audit = AuditLog(*m_db).forEntity(QStringLiteral("reason_template"), QString::number(t.id));
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("reason_template.save"));
    QCOMPARE(audit->first().staffLogin, m_admin->staff().login);
    test::saveScreenshot(m_page.get(), QStringLiteral("reason-templates"));
}

void TestReasonTemplatesPage::changesItsTitleButNotItsCode()
{
    const int row = rowOf(m_page->table(), kCode);
    QVERIFY(row >= 0);
    m_page->activateWindow();
    QTRY_VERIFY(m_page->isActiveWindow());
    m_page->table()->setFocus();
    m_page->table()->setCurrentCell(row, 0);
    QSignalSpy saved(m_page.get(), &ReasonTemplatesPage::saved);
    QTest::keyClick(m_page->table(), Qt::Key_Return);
    QWidget *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("reasonCode"));
    QCOMPARE(code->text(), kCode);
    QVERIFY(code->isReadOnly()); // fixed once saved
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("reasonTitle"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(title));
    title->selectAll();
    test::typeText(title, QStringLiteral("公章模糊或缺失"));
    QTest::keyClick(title, Qt::Key_Return); // Save is the default button
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
    QTRY_VERIFY(!test::visibleTopLevel(QStringLiteral("reasonTemplateDialog")));

    const StoredTemplate t = stored(*m_db, kCode);
    QCOMPARE(t.title, QStringLiteral("公章模糊或缺失"));
    QCOMPARE(saved.first().first().toLongLong(), t.id);
    QTRY_COMPARE(m_page->table()->item(rowOf(m_page->table(), kCode), 1)->text(), QStringLiteral("公章模糊或缺失"));
    QCOMPARE(m_page->table()->rowCount(), 8); // changed, not added
    auto audit = AuditLog(*m_db).forEntity(QStringLiteral("reason_template"), QString::number(t.id));
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 2);
    // Newest first.
    QVERIFY(audit->first().beforeJson.contains(QStringLiteral("印章模糊")));
    QVERIFY(audit->first().afterJson.contains(QStringLiteral("公章模糊或缺失")));
}

void TestReasonTemplatesPage::showsTheServicesRefusalInTheDialog()
{
    m_page->activateWindow();
    QTRY_VERIFY(m_page->isActiveWindow());
    QSignalSpy failed(m_page.get(), &ReasonTemplatesPage::failed);
    m_page->addTemplate();
    QWidget *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("reasonCode"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(code));
    test::typeText(code, QStringLiteral("unclear_image")); // taken
    test::typeInto(dialog, QStringLiteral("reasonTitle"), QStringLiteral("重复"));
    test::typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonSmsText")), QStringLiteral("重复的代码"));
    dialog->findChild<QPushButton *>(QStringLiteral("reasonOk"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("reasonError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("unclear_image")), qPrintable(error->text()));
    QCOMPARE(error->text(), failed.first().first().toString());
    QVERIFY(dialog->isVisible()); // everything typed is still there
    QCOMPARE(code->text(), QStringLiteral("unclear_image"));

    // A badly formed code: the same, with the service's words.
    code->selectAll();
    test::typeText(code, QStringLiteral("Bad Code"));
    dialog->findChild<QPushButton *>(QStringLiteral("reasonOk"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15000);
    QVERIFY(error->text().contains(QStringLiteral("Bad Code")));
    QVERIFY(!stored(*m_db, QStringLiteral("Bad Code")).found);

    // Esc leaves without saving.
    QTest::keyClick(code, Qt::Key_Escape);
    QTRY_VERIFY(!test::visibleTopLevel(QStringLiteral("reasonTemplateDialog")));
    QCOMPARE(m_page->table()->rowCount(), 8);
}

void TestReasonTemplatesPage::deactivatesItAfterAsking()
{
    m_page->activateWindow();
    QTRY_VERIFY(m_page->isActiveWindow());
    const int row = rowOf(m_page->table(), kCode);
    QVERIFY(row >= 0);
    m_page->table()->setFocus();
    m_page->table()->setCurrentCell(row, 0);
    auto *deactivate = m_page->findChild<QPushButton *>(QStringLiteral("reasonDeactivate"));
    QVERIFY(deactivate->isEnabled());

    // "No" first: nothing changes.
    bool asked = false;
    test::whenTopLevelAppears(QStringLiteral("reasonDeactivateConfirm"), [&asked](QWidget *w) {
        asked = true;
        auto *box = qobject_cast<QMessageBox *>(w);
        box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QTRY_VERIFY(asked);
    QVERIFY(stored(*m_db, kCode).active);

    QSignalSpy deactivated(m_page.get(), &ReasonTemplatesPage::deactivated);
    asked = false;
    test::whenTopLevelAppears(QStringLiteral("reasonDeactivateConfirm"), [&asked](QWidget *w) {
        asked = true;
        auto *box = qobject_cast<QMessageBox *>(w);
        box->button(QMessageBox::Yes)->click();
    });
    m_page->activateWindow();
    QTRY_VERIFY(m_page->isActiveWindow());
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QTRY_VERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(deactivated.count(), 1, 15000);
    const StoredTemplate t = stored(*m_db, kCode);
    QVERIFY(!t.active);
    QCOMPARE(deactivated.first().first().toLongLong(), t.id);
    // Still listed, marked inactive; it cannot be deactivated twice.
    QTRY_COMPARE(m_page->table()->item(rowOf(m_page->table(), kCode), 3)->data(Qt::UserRole).toBool(), false);
    QCOMPARE(m_page->table()->currentRow(), rowOf(m_page->table(), kCode));
    QVERIFY(!deactivate->isEnabled());
    auto audit = AuditLog(*m_db).forEntity(QStringLiteral("reason_template"), QString::number(t.id));
    QVERIFY(audit.ok());
    QCOMPARE(audit->first().action, QStringLiteral("reason_template.deactivate")); // newest first
}

void TestReasonTemplatesPage::refusesANonAdministratorsSave()
{
    ReasonTemplatesPage page(m_agent, *m_runner);
    QSignalSpy loaded(&page, &ReasonTemplatesPage::loaded);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
    // Everyone may read the list (reviewers choose from it); only administrators change it.
    QCOMPARE(page.table()->rowCount(), 8);
    QVERIFY(!page.canManage());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("reasonAdd"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("reasonEdit"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("reasonDeactivate"))->isEnabled());
    page.activateWindow();
    QTRY_VERIFY(page.isActiveWindow());
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Insert);
    QTest::keyClick(page.table(), Qt::Key_Return);
    QVERIFY(!test::visibleTopLevel(QStringLiteral("reasonTemplateDialog")));

    // A save that reaches the service anyway is refused, and the page says why.
    QSignalSpy failed(&page, &ReasonTemplatesPage::failed);
    ReasonTemplate t;
    t.code = QStringLiteral("agent_made");
    t.title = QStringLiteral("客服自建");
    t.smsText = QStringLiteral("不应保存。");
    page.saveTemplate(t);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    const QString message = failed.first().first().toString();
    QVERIFY(!message.isEmpty());
    QCOMPARE(page.message(), message);
    auto *label = page.findChild<QLabel *>(QStringLiteral("reasonMessage"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), message);
    QVERIFY(label->styleSheet().contains(QStringLiteral("#b3261e")));
    QVERIFY(!stored(*m_db, QStringLiteral("agent_made")).found);
}

QTEST_MAIN(TestReasonTemplatesPage)
#include "tst_reasontemplatespage.moc"
