#pragma once

#include "MainWindow.h"
#include "api/NetworkSetup.h"
#include "storage/LaunchOptions.h"

#include <QSize>
#include <QTest>
#include <QUrl>

#include <memory>

// The real main window as a user starts it on `server` and `portfolio`: its
// own network managers (owned by `networkOwner`), shown at `size` and active.
// Null when the window never became active.
inline std::unique_ptr<MainWindow> openShownMainWindow(const QUrl &server, qint64 portfolio, QSize size,
                                                       QObject *networkOwner)
{
    auto window = std::make_unique<MainWindow>(NetworkSetup::createManagers(networkOwner));
    window->resize(size);
    LaunchOptions options;
    options.server = server;
    options.portfolio = portfolio;
    window->restoreSession(options);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return {};
    return window;
}
