#include "AppInfo.h"
#include "FocusStyle.h"
#include "FontconfigPreload.h"
#include "Fonts.h"
#include "MainWindow.h"
#include "text/Translations.h"
#include "WindowIcon.h"
#include "api/NetworkSetup.h"
#include "session/Profiles.h"
#include "session/SingleInstance.h"
#include "storage/LaunchOptions.h"
#include "storage/Settings.h"
#include "storage/SettingsWriter.h"

#ifdef PORTFOLIO_LINKS_BENCH_PROBES
#include "RowsPaintedProbe.h"
#include "StartupProbe.h"

#include <QAbstractItemView>
#endif

#include <QApplication>
#include <QLocale>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    FontconfigPreload fontconfig;
    // --version and --help work without a display (packaging checks, SSH).
    const std::unique_ptr<QCoreApplication> application(LaunchOptions::onlyPrints(argc, argv)
                                                            ? new QCoreApplication(argc, argv)
                                                            : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QString(AppInfo::organization));
    QCoreApplication::setApplicationName(QString(AppInfo::executable));
    QCoreApplication::setApplicationVersion(QString(AppInfo::version));
    const QLocale uiLocale = Settings().uiLocale();
    QLocale::setDefault(uiLocale);
    Translations::install(application.get(), uiLocale);
    // Settings are written by its worker from here on, and on return before the application goes.
    SettingsWriter settingsWriter;

    LaunchOptions options;
    if (const QString error = LaunchOptions::parse(QCoreApplication::arguments(), &options); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (options.profile && !Profiles::load().byName(*options.profile)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("LaunchOptions", "There is no server profile named “%1”.")
                                    .arg(*options.profile)));
        return 2;
    }
    // One instance per user (see SingleInstance): a later start hands over and exits.
    SingleInstance instance;
    if (!instance.claim()) {
        QObject::connect(&instance, &SingleInstance::handOverFinished, application.get(),
                         [](bool delivered) { QCoreApplication::exit(delivered ? 0 : 1); });
        instance.handOver(QCoreApplication::arguments());
        return QCoreApplication::exec();
    }

    QGuiApplication::setDesktopFileName(QString(AppInfo::appId));
    fontconfig.wait();
    Fonts::install(uiLocale);
    FocusStyle::install();
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("MainWindow", "Portfolio Links"));
    MainWindow window(NetworkSetup::createManagers(application.get()));
    // After the benchmark probe's line: its filter, installed later, is asked first.
    WindowIcon::setAfterFirstFrame(&window);
#ifdef PORTFOLIO_LINKS_BENCH_PROBES
    StartupProbe::watch(&window);
    RowsPaintedProbe::watch(window.findChild<QAbstractItemView *>(QStringLiteral("linksTree")));
#endif
    window.show();
    window.restoreSession(options);
    QObject::connect(&instance, &SingleInstance::activated, &window, &MainWindow::showForLaterStart);
    return QCoreApplication::exec();
}
