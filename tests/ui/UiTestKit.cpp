#include "UiTestKit.h"

#include "TestDatabase.h"
#include "Translations.h"
#include "store/Database.h"
#include "store/StaffRepository.h"

#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace desk::test {

void prepareGuiTest(const QString &language)
{
    static QTemporaryDir settingsDir;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("IdentityDeskTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    if (!i18n::install(language))
        qFatal("the %s translation is not embedded", qPrintable(language));
}

StaffLogin addStaff(Database &db, StaffRole role)
{
    StaffLogin staff;
    staff.member.login = uniqueLogin(QStringLiteral("ui"));
    staff.member.displayName = QStringLiteral("李客服");
    staff.member.role = role;
    staff.password = QStringLiteral("Desk#2026pw");
    const Status s = StaffRepository(db).add(staff.member, staff.password);
    if (!s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    return staff;
}

QWidget *visibleTopLevel(const QString &objectName)
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->objectName() == objectName && w->isVisible())
            return w;
    }
    return nullptr;
}

void whenTopLevelAppears(const QString &objectName, std::function<void(QWidget *)> action, int timeoutMs)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, action, elapsed, timeoutMs]() {
        *elapsed += timer->interval();
        if (QWidget *w = visibleTopLevel(objectName)) {
            timer->stop();
            timer->deleteLater();
            action(w);
        } else if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qWarning("%s did not appear", qPrintable(objectName));
        }
    });
    timer->start();
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DESK_UI_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void typeText(QWidget *widget, const QString &text)
{
    QString pending;
    auto commit = [&]() {
        if (pending.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(pending);
        QApplication::sendEvent(widget, &event);
        pending.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            commit();
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            pending += c;
        }
    }
    commit();
}

void typeInto(QWidget *root, const QString &objectName, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(objectName);
    if (!edit)
        qFatal("no line edit %s", qPrintable(objectName));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab); // leaves the field: editingFinished, as a user does
}

void MemoryCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    Reply reply;
    if (secrets.contains(key))
        reply = {Status::Ok, secrets.value(key), {}};
    else
        reply = {Status::NotFound, {}, {}};
    QMetaObject::invokeMethod(
        context, [done, reply]() { done(reply); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        context,
        [done]() {
            done({Status::Ok, {}, {}});
        },
        Qt::QueuedConnection);
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    secrets.remove(key);
    QMetaObject::invokeMethod(
        context,
        [done]() {
            done({Status::Ok, {}, {}});
        },
        Qt::QueuedConnection);
}

} // namespace desk::test
