// The help desk's "file a recovery appeal" dialog, driven through the real widgets offscreen on SQLite and
// PostgreSQL: a person appeal typed with the keyboard alone, a wrong ID number named under its field with Save
// disabled until it is fixed, sample ID pictures attached through the test hook, Ctrl+Enter files it and the
// appeal, its documents and its audit entry are in the database. Oversize, damaged and wrong-type files are
// refused in the dialog with DocumentCheck's reason; a refused filing keeps everything typed; prefilled personal
// data is masked; Esc asks before throwing typed data away.
#include "UiTestKit.h"

#include "TestDatabase.h"
#include "TestDocuments.h"
#include "appeals/FileAppealDialog.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "demo/SampleDocuments.h"
#include "domain/DocumentCheck.h"
#include "domain/Identifiers.h"
#include "store/AppealRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/AppealService.h"
#include "workflow/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace desk;

namespace {

using test::residentId;

// A resident ID with the wrong check character.
QString wrongCheckDigit(const QString &valid)
{
    const QChar wrong = valid.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return valid.left(17) + wrong;
}

const QString kId = residentId("11010519880615003");
const QString kPhone = QStringLiteral("13912345678");

QByteArray picture(SampleDocuments::Kind kind)
{
    SampleDocuments::SampleFields fields = SampleDocuments::exampleFields();
    fields.name = QStringLiteral("李小明");
    fields.idNumber = kId;
    return SampleDocuments::render(kind, fields);
}

} // namespace

class TestFileAppealDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filesAPersonAppealWithTheKeyboard();
    void refusesOversizeDamagedAndWrongTypeFiles();
    void keepsEverythingWhenTheFilingIsRefused();
    void masksPrefilledPersonalData();
    void organizationFormsFollowTheType();
    void escapeAsksBeforeDiscarding();
    void cleanupTestCase();

private:
    std::unique_ptr<FileAppealDialog> openDialog();
    static QWidget *field(QWidget *dialog, const QString &key);
    static QLabel *label(QWidget *dialog, const QString &name);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    std::shared_ptr<Session> m_session;
    test::StaffLogin m_agent;
};

void TestFileAppealDialog::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    m_agent = test::addStaff(*m_db, StaffRole::Agent);
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), m_agent.member.login, m_agent.password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    m_session = *session;
    m_runner = std::make_unique<TaskRunner>();
    QVERIFY(SampleDocuments::canRender());
}

void TestFileAppealDialog::cleanupTestCase()
{
    if (m_runner)
        releaseSession(*m_runner, std::move(m_session));
    m_runner.reset();
    m_db.reset();
}

std::unique_ptr<FileAppealDialog> TestFileAppealDialog::openDialog()
{
    auto dialog = std::make_unique<FileAppealDialog>(m_session, *m_runner);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qFatal("the dialog did not show");
    dialog->activateWindow();
    if (!QTest::qWaitFor([&dialog]() { return dialog->isActiveWindow(); }, 5000))
        qWarning("the dialog did not become the active window"); // the keyboard checks then fail
    return dialog;
}

QWidget *TestFileAppealDialog::field(QWidget *dialog, const QString &key)
{
    return dialog->findChild<QWidget *>(QStringLiteral("appealField_") + key);
}

QLabel *TestFileAppealDialog::label(QWidget *dialog, const QString &name)
{
    return dialog->findChild<QLabel *>(name);
}

void TestFileAppealDialog::filesAPersonAppealWithTheKeyboard()
{
    auto dialog = openDialog();
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("appealType"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(type));
    QCOMPARE(dialog->appealType(), QStringLiteral("person_recovery"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("appealSave"));
    QVERIFY(!save->isEnabled()); // nothing typed yet

    // Type, Tab, name, Tab region, Tab ID type, Tab ID number (a wrong check digit), Tab phone.
    QTest::keyClick(type, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field(dialog.get(), QStringLiteral("name")));
    test::typeText(QApplication::focusWidget(), QStringLiteral("李小明"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field(dialog.get(), QStringLiteral("identity_region")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field(dialog.get(), QStringLiteral("id_type")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *idNumber = qobject_cast<QLineEdit *>(field(dialog.get(), QStringLiteral("id_number")));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(idNumber));
    auto *idProblem = label(dialog.get(), QStringLiteral("appealProblem_id_number"));
    QVERIFY(!idProblem->isVisible());
    test::typeText(idNumber, wrongCheckDigit(kId));
    QTest::keyClick(idNumber, Qt::Key_Tab);
    auto *phone = qobject_cast<QLineEdit *>(field(dialog.get(), QStringLiteral("phone")));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(phone));

    // The problem shows under the field, naming it, in masked form; Save stays disabled.
    QVERIFY(idProblem->isVisible());
    QVERIFY2(idProblem->text().contains(AppealTexts::fieldLabel(QStringLiteral("id_number"))),
             qPrintable(idProblem->text()));
    QVERIFY(!idProblem->text().contains(kId.left(17))); // personal data masked on screen
    QVERIFY(idProblem->styleSheet().contains(QStringLiteral("#b3261e")));
    QVERIFY(!save->isEnabled());
    test::typeText(phone, kPhone);
    QVERIFY(!save->isEnabled());

    // Ctrl+Enter while something is wrong files nothing and goes to the field to fix.
    QSignalSpy filed(dialog.get(), &FileAppealDialog::filed);
    QTest::keyClick(phone, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(idNumber));
    QCOMPARE(filed.count(), 0);

    // Fixing it clears the problem as it is typed.
    idNumber->selectAll();
    test::typeText(idNumber, kId);
    QVERIFY(!idProblem->isVisible());
    QVERIFY(dialog->problems().isEmpty());
    QVERIFY(save->isEnabled());

    // Tab goes on from the phone to the documents.
    phone->setFocus();
    QTest::keyClick(phone, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("appealChoose_id_front"));

    // Documents: both ID sides as generated sample JPEGs, checked at once.
    QVERIFY(label(dialog.get(), QStringLiteral("appealDocumentsNote"))->isVisible()); // still missing
    QSignalSpy checked(dialog.get(), &FileAppealDialog::documentChecked);
    QVERIFY(dialog->setDocument(QStringLiteral("id_front"), QStringLiteral("front.jpg"),
                                picture(SampleDocuments::Kind::IdFront)));
    QVERIFY(dialog->setDocument(QStringLiteral("id_back"), QStringLiteral("back.jpg"),
                                picture(SampleDocuments::Kind::IdBack)));
    QVERIFY(!dialog->setDocument(QStringLiteral("licence"), QStringLiteral("licence.jpg"), QByteArray("x")));
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 15000);
    QVERIFY(checked.at(0).at(1).toBool());
    QVERIFY(checked.at(1).at(1).toBool());
    QVERIFY(!dialog->isCheckingDocuments());
    QCOMPARE(dialog->acceptedDocuments().size(), 2);
    QVERIFY(label(dialog.get(), QStringLiteral("appealFile_id_front"))->text().contains(QStringLiteral("front.jpg")));
    QVERIFY(!label(dialog.get(), QStringLiteral("appealDocProblem_id_front"))->isVisible());
    QVERIFY(!label(dialog.get(), QStringLiteral("appealDocumentsNote"))->isVisible());
    QCoreApplication::processEvents(); // pending layout changes, for the picture
    test::saveScreenshot(dialog.get(), QStringLiteral("file-appeal-person"));

    // Enter alone in a field does not file it; Ctrl+Enter does.
    QVERIFY(save->isEnabled());
    phone->setFocus();
    QTest::keyClick(phone, Qt::Key_Return);
    QVERIFY(!dialog->isSaving());
    QVERIFY(dialog->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(filed.count(), 1, 15000);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const qint64 id = dialog->appealId();
    QVERIFY(id > 0);
    QCOMPARE(filed.first().first().toLongLong(), id);

    AppealRepository repo(*m_db);
    auto appeal = repo.record(id);
    QVERIFY2(appeal.ok(), appeal.ok() ? "" : qPrintable(appeal.error().message));
    QCOMPARE(appeal->type, QStringLiteral("person_recovery"));
    QCOMPARE(appeal->state, AppealState::New);
    QCOMPARE(appeal->applicantName, QStringLiteral("李小明"));
    QCOMPARE(appeal->idNumber, kId);
    QCOMPARE(appeal->phone, kPhone);
    QVERIFY(appeal->externalRef.isEmpty());
    QVERIFY(appeal->documentsComplete);
    QVERIFY(appeal->dueAt > appeal->submittedAt);
    auto documents = repo.documents(id);
    QVERIFY(documents.ok());
    QCOMPARE(documents->size(), 2);
    QStringList kinds;
    for (const AppealDocument &d : *documents) {
        kinds << d.kind;
        QCOMPARE(d.mimeType, QStringLiteral("image/jpeg"));
        auto content = repo.documentContent(d.id);
        QVERIFY(content.ok());
        QCOMPARE(qint64(content->size()), d.sizeBytes);
        QVERIFY(DocumentCheck::check(*content, d.fileName, false).ok);
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("id_back"), QStringLiteral("id_front")}));
    auto audit = AuditLog(*m_db).forEntity(QStringLiteral("appeal"), QString::number(id));
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("appeal.file"));
    QCOMPARE(audit->first().staffLogin, m_agent.member.login);
    QVERIFY(audit->first().afterJson.contains(QStringLiteral("id_front")));
    QVERIFY(!audit->first().afterJson.contains(kId)); // no raw personal data in the audit entry
}

void TestFileAppealDialog::refusesOversizeDamagedAndWrongTypeFiles()
{
    auto dialog = openDialog();
    QSignalSpy checked(dialog.get(), &FileAppealDialog::documentChecked);
    auto expectRefused = [&](const QString &kind, const QString &fileName, const QByteArray &content, bool pdf) {
        const int before = int(checked.count());
        QVERIFY(dialog->setDocument(kind, fileName, content));
        QTRY_COMPARE_WITH_TIMEOUT(int(checked.count()), before + 1, 15000);
        QCOMPARE(checked.last().at(0).toString(), kind);
        QCOMPARE(checked.last().at(1).toBool(), false);
        const QString reason = DocumentCheck::check(content, fileName, pdf).reason;
        QVERIFY(!reason.isEmpty());
        QCOMPARE(dialog->documentRefusal(kind), reason);
        auto *problem = label(dialog.get(), QStringLiteral("appealDocProblem_") + kind);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), reason);
        QVERIFY(problem->text().contains(fileName));
        QVERIFY(label(dialog.get(), QStringLiteral("appealFile_") + kind)->text().contains(fileName));
        QVERIFY(dialog->acceptedDocuments().isEmpty()); // a refused file is not attached
    };

    // Oversize: a real JPEG padded past 1 MB.
    QByteArray big = picture(SampleDocuments::Kind::IdFront);
    big.append(QByteArray(DocumentCheck::kMaxBytes, '\0'));
    expectRefused(QStringLiteral("id_front"), QStringLiteral("huge-photo.jpg"), big, false);
    // Damaged: cut off half-way.
    const QByteArray whole = picture(SampleDocuments::Kind::IdBack);
    expectRefused(QStringLiteral("id_back"), QStringLiteral("cut-off.jpg"), whole.left(whole.size() / 2), false);
    // Not a picture at all, whatever its name says.
    expectRefused(QStringLiteral("id_front"), QStringLiteral("scan.jpg"), QByteArray("PK\3\4 an office document"),
                  false);
    // A PDF where only pictures are taken.
    expectRefused(QStringLiteral("id_back"), QStringLiteral("id.pdf"), QByteArray("%PDF-1.7\n1 0 obj\n%%EOF\n"), false);
    QCoreApplication::processEvents(); // pending layout changes, for the picture
    test::saveScreenshot(dialog.get(), QStringLiteral("file-appeal-refused"));

    // A good file afterwards replaces the refusal.
    QVERIFY(dialog->setDocument(QStringLiteral("id_back"), QStringLiteral("back.jpg"), whole));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingDocuments(), 15000);
    QVERIFY(dialog->documentRefusal(QStringLiteral("id_back")).isEmpty());
    QVERIFY(!label(dialog.get(), QStringLiteral("appealDocProblem_id_back"))->isVisible());
    QCOMPARE(dialog->acceptedDocuments().size(), 1);

    // Remove takes it off again.
    dialog->findChild<QPushButton *>(QStringLiteral("appealClear_id_back"))->click();
    QVERIFY(dialog->acceptedDocuments().isEmpty());
    dialog->setResult(QDialog::Rejected);
    dialog->hide();
}

void TestFileAppealDialog::keepsEverythingWhenTheFilingIsRefused()
{
    // A staff account disabled meanwhile: the service refuses, the dialog stays with everything entered.
    StaffMember disabled = m_session->staff();
    disabled.active = false;
    auto session = std::make_shared<Session>(m_session->sharedDatabase(), disabled, m_session->auditActor());
    FileAppealDialog dialog(session, *m_runner);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.prefill(QJsonObject{{QStringLiteral("name"), QStringLiteral("王五")},
                               {QStringLiteral("id_number"), kId},
                               {QStringLiteral("phone"), kPhone}});
    QVERIFY(dialog.setDocument(QStringLiteral("id_front"), QStringLiteral("front.jpg"),
                               picture(SampleDocuments::Kind::IdFront)));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckingDocuments(), 15000);
    QVERIFY(dialog.canSave());
    const QJsonObject before = dialog.fieldValues();
    const qint64 appealsBefore = [this]() {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM appeal"));
        const qint64 n = q.ok() && q->next() ? q->value(0).toLongLong() : -1;
        if (q.ok())
            q->finish();
        return n;
    }();

    dialog.accept();
    auto *error = label(&dialog, QStringLiteral("appealError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(m_session->staff().login), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.appealId(), 0);
    QCOMPARE(dialog.fieldValues(), before);
    QCOMPARE(dialog.acceptedDocuments().size(), 1);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("appealSave"))->isEnabled()); // may try again
    auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM appeal"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toLongLong(), appealsBefore);
    q->finish();
    dialog.setResult(QDialog::Rejected);
    dialog.hide();
}

void TestFileAppealDialog::masksPrefilledPersonalData()
{
    auto dialog = openDialog();
    dialog->prefill(QJsonObject{{QStringLiteral("name"), QStringLiteral("赵六")},
                                {QStringLiteral("phone"), kPhone},
                                {QStringLiteral("id_number"), kId}});
    auto *phone = qobject_cast<QLineEdit *>(field(dialog.get(), QStringLiteral("phone")));
    auto *idNumber = qobject_cast<QLineEdit *>(field(dialog.get(), QStringLiteral("id_number")));
    QCOMPARE(phone->text(), ids::maskPhone(kPhone));
    QCOMPARE(idNumber->text(), ids::maskIdNumber(kId));
    QCOMPARE(qobject_cast<QLineEdit *>(field(dialog.get(), QStringLiteral("name")))->text(), QStringLiteral("赵六"));
    // What would be filed is the real value.
    QCOMPARE(dialog->fieldValues().value(QStringLiteral("phone")).toString(), kPhone);
    QCOMPARE(dialog->fieldValues().value(QStringLiteral("id_number")).toString(), kId);
    QVERIFY(dialog->problems().isEmpty());

    // Typing over the masked phone replaces it as a whole.
    phone->setFocus();
    QTRY_VERIFY(phone->hasFocus());
    QCoreApplication::processEvents(); // the masked value is selected as a whole on focus
    QCOMPARE(phone->selectedText(), phone->text());
    test::typeText(phone, QStringLiteral("13800001111"));
    QCOMPARE(phone->text(), QStringLiteral("13800001111"));
    QCOMPARE(dialog->fieldValues().value(QStringLiteral("phone")).toString(), QStringLiteral("13800001111"));

    // A prefill only remembers values for later types; switching keeps what fits.
    dialog->setAppealType(QStringLiteral("organization_recovery"));
    QCOMPARE(dialog->fieldValues().value(QStringLiteral("phone")).toString(), QStringLiteral("13800001111"));
    QCOMPARE(dialog->fieldValues().value(QStringLiteral("id_number")).toString(), kId);
    QVERIFY(!dialog->fieldValues().contains(QStringLiteral("name"))); // the organization form has no "name"
    dialog->setAppealType(QStringLiteral("person_recovery"));
    QCOMPARE(dialog->fieldValues().value(QStringLiteral("name")).toString(), QStringLiteral("赵六"));
    dialog->setResult(QDialog::Rejected);
    dialog->hide();
}

void TestFileAppealDialog::organizationFormsFollowTheType()
{
    auto dialog = openDialog();
    // Down on the type box picks the next type.
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("appealType"));
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);
    QTest::keyClick(type, Qt::Key_Down);
    QCOMPARE(dialog->appealType(), QStringLiteral("assisted_registration"));
    for (const AppealFieldSpec &spec : AppealForms::fields(QStringLiteral("assisted_registration")))
        QVERIFY2(field(dialog.get(), spec.key), qPrintable(spec.key));
    for (const AppealDocumentSlot &slot : AppealForms::documents(QStringLiteral("assisted_registration")))
        QVERIFY2(dialog->findChild<QPushButton *>(QStringLiteral("appealChoose_") + slot.kind), qPrintable(slot.kind));
    QVERIFY(!field(dialog.get(), QStringLiteral("name"))); // the person form is gone
    // Choices show translated labels and file the stored code.
    auto *orgType = qobject_cast<QComboBox *>(field(dialog.get(), QStringLiteral("organization_type")));
    QVERIFY(orgType);
    QCOMPARE(orgType->currentData().toString(), QStringLiteral("enterprise"));
    QVERIFY(orgType->currentText() != QStringLiteral("enterprise"));

    // The remark counts its characters against 150; too long is a problem and blocks Save.
    auto *remark = qobject_cast<QPlainTextEdit *>(field(dialog.get(), QStringLiteral("remark")));
    auto *counter = label(dialog.get(), QStringLiteral("appealCounter_remark"));
    QVERIFY(counter->text().contains(QStringLiteral("150")));
    remark->setFocus();
    test::typeText(remark, QString(151, QChar(0x5B57))); // 字 x 151
    QVERIFY(counter->text().startsWith(QStringLiteral("151")));
    QVERIFY(counter->styleSheet().contains(QStringLiteral("#b3261e")));
    remark->clearFocus(); // leaves the field: its problem shows
    QTRY_VERIFY(label(dialog.get(), QStringLiteral("appealProblem_remark"))->isVisible());
    QVERIFY(label(dialog.get(), QStringLiteral("appealProblem_remark"))
                ->text()
                .contains(AppealTexts::fieldLabel(QStringLiteral("remark"))));

    // Dates: YYYY-MM-DD in a masked box, "long-term" for the end of validity.
    auto *from = qobject_cast<QLineEdit *>(field(dialog.get(), QStringLiteral("id_valid_from")));
    from->setFocus();
    from->selectAll();
    test::typeText(from, QStringLiteral("20200230"));
    QCOMPARE(from->text(), QStringLiteral("2020-02-30"));
    QVERIFY(std::any_of(dialog->problems().cbegin(), dialog->problems().cend(),
                        [](const AppealFieldProblem &p) { return p.field == QLatin1String("id_valid_from"); }));
    from->selectAll();
    test::typeText(from, QStringLiteral("20200229"));
    QCOMPARE(dialog->fieldValues().value(QStringLiteral("id_valid_from")).toString(), QStringLiteral("2020-02-29"));
    QVERIFY(std::none_of(dialog->problems().cbegin(), dialog->problems().cend(),
                         [](const AppealFieldProblem &p) { return p.field == QLatin1String("id_valid_from"); }));
    dialog->findChild<QCheckBox *>(QStringLiteral("appealLongTerm"))->setChecked(true);
    QCOMPARE(dialog->fieldValues().value(QStringLiteral("id_valid_until")).toString(), QStringLiteral("long_term"));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("appealSave"))->isEnabled());
    QCoreApplication::processEvents(); // pending layout changes, for the picture
    test::saveScreenshot(dialog.get(), QStringLiteral("file-appeal-assisted"));
    dialog->setResult(QDialog::Rejected);
    dialog->hide();
}

void TestFileAppealDialog::escapeAsksBeforeDiscarding()
{
    // Nothing typed: Esc closes at once.
    {
        auto dialog = openDialog();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }
    // Typed data: Esc asks; "keep editing" keeps the dialog, "discard" closes it.
    auto dialog = openDialog();
    auto *name = qobject_cast<QLineEdit *>(field(dialog.get(), QStringLiteral("name")));
    name->setFocus();
    test::typeText(name, QStringLiteral("钱七"));

    bool asked = false;
    test::whenTopLevelAppears(QStringLiteral("appealDiscardQuestion"), [&asked](QWidget *box) {
        asked = true;
        box->findChild<QPushButton *>(QStringLiteral("appealKeepEditing"))->click();
    });
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(asked);
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("钱七"));

    asked = false;
    test::whenTopLevelAppears(QStringLiteral("appealDiscardQuestion"), [&asked](QWidget *box) {
        asked = true;
        box->findChild<QPushButton *>(QStringLiteral("appealDiscard"))->click();
    });
    dialog->activateWindow();
    QTRY_VERIFY(dialog->isActiveWindow());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(asked);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(dialog->appealId(), 0);
}

QTEST_MAIN(TestFileAppealDialog)
#include "tst_fileappealdialog.moc"
