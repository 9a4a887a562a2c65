#pragma once

#include "core/Staff.h"
#include "shell/CredentialStore.h"

#include <QApplication>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace desk {
class Database;
class Session;
class SignInDialog;
class TaskRunner;
} // namespace desk

namespace desk::test {

// Per-test-run set-up for GUI tests: settings in a temporary folder, the Chinese interface (the default).
void prepareGuiTest(const QString &language = QStringLiteral("zh_CN"));

// A staff member with a known password, added directly to the database.
struct StaffLogin
{
    StaffMember member;
    QString password;
};
StaffLogin addStaff(Database &db, StaffRole role);

// The top-level widget (window or dialog) with this objectName, if one is visible.
QWidget *visibleTopLevel(const QString &objectName);

// Runs `action` on the top-level widget `objectName` as soon as it is visible: the single-shot helper for
// modal dialogs (call it before the click that opens the dialog).
void whenTopLevelAppears(const QString &objectName, std::function<void(QWidget *)> action, int timeoutMs = 10000);

// With DESK_UI_SCREENSHOTS=<folder> set, saves the widget as <folder>/<name>.png for a person to look at.
void saveScreenshot(QWidget *widget, const QString &name);

// Types `text` into the focused-to-be widget: Latin-1 characters as key clicks, anything else (Chinese) as
// an input method commit, the way a pinyin IME delivers it.
void typeText(QWidget *widget, const QString &text);

// Types into a line edit found by objectName inside `root`, replacing its text.
void typeInto(QWidget *root, const QString &objectName, const QString &text);

// A keychain in memory, for the "remember password" path.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QHash<QString, QString> secrets;
};

} // namespace desk::test
