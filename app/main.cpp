#include "AppInfo.h"
#include "MainWindow.h"
#include "Translations.h"
#include "api/NetworkSetup.h"
#include "storage/LaunchOptions.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QString(AppInfo::organization));
    QApplication::setApplicationName(QString(AppInfo::executable));
    QApplication::setApplicationVersion(QString(AppInfo::version));
    QApplication::setDesktopFileName(QString(AppInfo::appId));
    Translations::install(&application, QLocale());
    QApplication::setApplicationDisplayName(QApplication::translate("MainWindow", "Portfolio Links"));

    LaunchOptions options;
    if (const QString error = LaunchOptions::parse(QApplication::arguments(), &options); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    MainWindow window(NetworkSetup::createNetworkAccessManager(&application));
    window.show();
    window.restoreSession(options);
    return QApplication::exec();
}
