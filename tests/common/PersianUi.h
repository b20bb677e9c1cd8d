#pragma once

#include "FocusStyle.h"
#include "Fonts.h"
#include "text/Translations.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <optional>

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

// The rows of a _data() function for a test run in both UI languages: a
// bool column "persian", English then Persian.
inline void addUiLanguageRows()
{
    QTest::addColumn<bool>("persian");
    QTest::newRow("English") << false;
    QTest::newRow("Persian") << true;
}

// The UI in a row's language: Persian as usePersianUi() makes it (until the
// returned guard goes), or English with its plural forms ("1 link", "2 links").
[[nodiscard]] inline std::optional<decltype(usePersianUi())> useUiLanguage(bool persian)
{
    std::optional<decltype(usePersianUi())> restore;
    if (persian)
        restore.emplace(usePersianUi());
    else
        Translations::install(qApp, QLocale(QLocale::English));
    return restore;
}
