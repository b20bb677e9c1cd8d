#include "AppInfo.h"
#include "CommandRunner.h"
#include "storage/Settings.h"
#include "text/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
#ifdef Q_OS_WIN
    // What is written is UTF-8 (Persian names); the console must read it so.
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
#endif
    // The API's request log is for the app's developers, not in a script's
    // standard error (QT_LOGGING_RULES still turns it on).
    QLoggingCategory::setFilterRules(QStringLiteral("portfoliolinks.*.debug=false"));
    // The app's names: the same settings and keychain entries as the app.
    QCoreApplication::setOrganizationName(QString(AppInfo::organization));
    QCoreApplication::setApplicationName(QString(AppInfo::executable));
    QCoreApplication::setApplicationVersion(QString(AppInfo::version));
    const QLocale uiLocale = Settings().uiLocale();
    QLocale::setDefault(uiLocale);
    Translations::install(&application, uiLocale);
    return CommandRunner::run(QCoreApplication::arguments());
}
