#include "text/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

bool install(QCoreApplication *application, const QLocale &locale)
{
    auto *qt = new QTranslator(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(application);
    const auto loadOwn = [own](const QLocale &language) {
        return own->load(language, QStringLiteral("portfolio-links"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    const bool found = loadOwn(locale) || loadOwn(QLocale(QLocale::English, QLocale::UnitedStates));
    if (found)
        QCoreApplication::installTranslator(own);
    return found;
}

} // namespace Translations
