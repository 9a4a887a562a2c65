// identitydesk: the window program for help-desk and review staff.
#include "GuiShell.h"
#include "Translations.h"
#include "shell/DeskSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace desk {
// Context of the command line's strings (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(desk::GuiMain)
};
} // namespace desk

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("IdentityDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("identitydesk"));

    // The saved language first, so that --help speaks it; --lang may then change it.
    desk::i18n::install(desk::DeskSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        desk::GuiMain::tr("IdentityDesk: help-desk and review back office of the unified identity "
                          "platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      desk::GuiMain::tr("Database to sign in to: sqlite:/path/file.db or "
                                                        "postgresql://host:port/dbname (never with a password)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        desk::GuiMain::tr("Interface language for this run: zh_CN (default) or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption loginOption(QStringLiteral("login"), desk::GuiMain::tr("Staff login name to fill in."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption lookupOption(
        QStringLiteral("lookup"), desk::GuiMain::tr("Look this up right after signing in."), QStringLiteral("TEXT"));
    const QCommandLineOption migrationOption(
        QStringLiteral("migration"),
        desk::GuiMain::tr("Open the Torch migration look-up with this USCC, mobile number, login or name."),
        QStringLiteral("TEXT"));
    QCommandLineOption areaOption(QStringLiteral("area"), QStringLiteral("Show this work area (1 = first) after signing in."),
                                  QStringLiteral("N"));
    areaOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save the sign-in dialog and the main window as PNG, then quit."),
        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from standard input (scripted runs)."));
    passwordStdinOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {dbOption, langOption, loginOption, lookupOption, migrationOption, areaOption, screenshotOption,
         passwordStdinOption});
    parser.process(app);

    if (parser.isSet(langOption)) {
        const QString language = parser.value(langOption);
        if (!desk::DeskSettings::languages().contains(language)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(desk::GuiMain::tr("Unknown language \"%1\": use zh_CN or en.").arg(language)));
            return 2;
        }
        desk::i18n::install(language);
    }

    desk::GuiOptions options;
    options.databaseUrl = parser.value(dbOption);
    options.login = parser.value(loginOption);
    options.lookup = parser.value(lookupOption);
    options.migration = parser.value(migrationOption);
    options.area = parser.value(areaOption).toInt();
    options.screenshot = parser.value(screenshotOption);
    if (parser.isSet(passwordStdinOption)) {
        QTextStream in(stdin);
        options.password = in.readLine();
    }

    desk::GuiShell shell(options);
    if (!shell.start())
        return 0;
    return app.exec();
}
