#include "CliCommands.h"
#include "Translations.h"
#include "demo/SampleDocuments.h"

#include <QLocale>

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The command word: the first argument that is not a global option (--db, --as) or its value.
const char *commandWord(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0 || std::strcmp(argv[i], "--as") == 0) {
            ++i; // its value
            continue;
        }
        if (std::strncmp(argv[i], "--db=", 5) == 0 || std::strncmp(argv[i], "--as=", 5) == 0)
            continue;
        return argv[i];
    }
    return "";
}

} // namespace

int main(int argc, char *argv[])
{
    // The demo draws sample document pictures and reports draw PDFs, and drawing text needs a QGuiApplication:
    // on the offscreen platform it needs no display. Every other command stays a plain QCoreApplication.
    const char *command = commandWord(argc, argv);
    const bool demo = std::strcmp(command, "demo") == 0;
    const bool draws = demo || std::strcmp(command, "report") == 0;
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (draws)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("IdentityDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // Messages follow the user's locale: Chinese on a Chinese system, English elsewhere.
    desk::i18n::install(QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                                : QStringLiteral("en"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (demo && !desk::SampleDocuments::canRender())
        err << QCoreApplication::translate("desk::cli",
                                           "The sample document pictures cannot be drawn here; the demo appeals are "
                                           "written without documents (marked as needing documents).")
            << Qt::endl;
    const int code = desk::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
