#include "CliCommands.h"
#include "Translations.h"

#include <QLocale>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("IdentityDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // Messages follow the user's locale: Chinese on a Chinese system, English elsewhere.
    desk::i18n::install(QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                                : QStringLiteral("en"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = desk::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
