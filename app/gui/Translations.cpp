#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace desk::i18n {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

bool install(const QString &language)
{
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale locale(language);
    QLocale::setDefault(locale);

    bool ok = false;
    auto own = std::make_unique<QTranslator>();
    // qt_add_translations embeds the .qm files under :/i18n.
    if (own->load(QStringLiteral(":/i18n/identitydesk_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
        ok = true;
    }
    // Qt's own strings (standard buttons, context menus) when the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return ok;
}

} // namespace desk::i18n
