#include "BenchWindow.h"

#include "FocusStyle.h"
#include "Fonts.h"
#include "MainWindow.h"
#include "api/NetworkSetup.h"

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

void setUpLikeTheApp()
{
    Fonts::install(QLocale());
    FocusStyle::install();
}

} // namespace BenchWindow
