#pragma once

#include "FocusStyle.h"
#include "Fonts.h"
#include "Translations.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QScopeGuard>
#include <QTranslator>

// What main() does for a Persian system locale (translations, mirrored
// layout, Vazirmatn, the app's style, which keeps the padding of mirrored
// buttons), undone when the returned guard goes (but the style). Windows
// made while it lives are Persian.
[[nodiscard]] inline auto usePersianUi()
{
    const QLocale persian(QLocale::Persian, QLocale::Iran);
    QLocale::setDefault(persian);
    Translations::install(qApp, persian); // the tests compare translated texts
    const QFont englishFont = QApplication::font();
    Fonts::install(persian);
    FocusStyle::install();
    return qScopeGuard([englishFont] {
        QApplication::setFont(englishFont);
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::system());
    });
}
