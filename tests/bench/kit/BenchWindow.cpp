#include "BenchWindow.h"

#include "FocusStyle.h"
#include "Fonts.h"
#include "MainWindow.h"
#include "api/NetworkSetup.h"
#include "storage/SettingsWriter.h"

#include <QApplication>
#include <QLocale>
#include <QTest>

namespace BenchWindow {

std::unique_ptr<MainWindow> open(const QUrl &base, const QString &token, qint64 portfolio, QObject *networkOwner)
{
    auto window = std::make_unique<MainWindow>(NetworkSetup::createManagers(networkOwner));
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->activateWindow();
    window->setConnection(base, token);
    window->setPortfolio(portfolio);
    return window;
}

int exec(int argc, char *argv[], const std::function<std::unique_ptr<QObject>()> &makeBench)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    Fonts::install(QLocale());
    FocusStyle::install();
    SettingsWriter settingsWriter;
    const std::unique_ptr<QObject> bench = makeBench();
    return QTest::qExec(bench.get(), argc, argv);
}

} // namespace BenchWindow
