#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class MainWindow;
class QObject;

// The real main window as the benchmarks of the whole app open it: its own
// network managers (owned by `networkOwner`), 1280x800, shown and active,
// connected to `base` with `token` and on `portfolio`, as a user's window is
// once the portfolio is typed. Null when the window was never exposed.
namespace BenchWindow {
std::unique_ptr<MainWindow> open(const QUrl &base, const QString &token, qint64 portfolio, QObject *networkOwner);
// Once, after the application object: the fonts and the style main()
// installs, so that the window is drawn as the app draws it.
void setUpLikeTheApp();
}
