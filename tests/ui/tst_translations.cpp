// The embedded translations: the Chinese interface is complete and the labels the models hand to the
// screen are found at run time (the context lupdate files a string under must be the one the code asks for).
#include "UiTestKit.h"

#include "Translations.h"
#include "core/Staff.h"
#include "domain/Identifiers.h"
#include "domain/LookupQuery.h"
#include "domain/AccountLabels.h"
#include "lookup/LookupPage.h"
#include "workflow/LookupService.h"

#include <QTest>

using namespace desk;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void uiStringsAreChinese();
    void modelLabelsAreChinese();
    void englishOnRequest();
};

void TestTranslations::initTestCase()
{
    test::prepareGuiTest(QStringLiteral("zh_CN"));
}

void TestTranslations::uiStringsAreChinese()
{
    QCOMPARE(LookupPage::kindLabel(LookupQuery::Kind::Uscc), QStringLiteral("统一社会信用代码"));
    QCOMPARE(LookupPage::tr("%n account(s)", nullptr, 3), QStringLiteral("3 个账号"));
}

void TestTranslations::modelLabelsAreChinese()
{
    QCOMPARE(staffRoleLabel(StaffRole::Agent), QStringLiteral("客服"));
    QCOMPARE(AccountLabels::kind(QStringLiteral("organization")), QStringLiteral("法人"));
    QCOMPARE(AccountLabels::realNameStatus(QStringLiteral("manual_pending")), QStringLiteral("实名认证审核中"));
    QCOMPARE(LookupService::fieldLabel(LookupService::PersonalField::IdNumber), QStringLiteral("证件号码"));
    QCOMPARE(LookupQuery::parse(QStringLiteral("a@b.cn")).message.left(4), QStringLiteral("不支持按"));

    QCOMPARE(AccountLabels::kind(QStringLiteral("person")), QStringLiteral("自然人"));
    // The 18-character warnings are written in a helper outside the class: the context must still match.
    QVERIFY(
        LookupQuery::parse(QStringLiteral("91110108MA01ET88XA")).warning.contains(QStringLiteral("统一社会信用代码")));
    QVERIFY(ids::checkResidentId(QStringLiteral("123")).message().contains(QStringLiteral("居民身份证")));
}

void TestTranslations::englishOnRequest()
{
    QVERIFY(i18n::install(QStringLiteral("en")));
    QCOMPARE(LookupPage::tr("%n account(s)", nullptr, 1), QStringLiteral("1 account"));
    QCOMPARE(LookupPage::tr("%n account(s)", nullptr, 2), QStringLiteral("2 accounts"));
    QCOMPARE(staffRoleLabel(StaffRole::Agent), QStringLiteral("Help-desk agent"));
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    QCOMPARE(staffRoleLabel(StaffRole::Agent), QStringLiteral("客服"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
