#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class MainWindow;
class QObject;

// The real main window as the benchmarks of the whole app open it: its own
// network managers (owned by `networkOwner`), 1280x800, shown and active,
// connected to `base` with `token` and on `portfolio`, as a user's window is
// once the portfolio is typed. Null when the window was never exposed.
namespace BenchWindow {
std::unique_ptr<MainWindow> open(const QUrl &base, const QString &token, qint64 portfolio, QObject *networkOwner);
// main() of a benchmark of the whole app: on the X display when there is
// one (Xvfb under scripts/bench), else offscreen; the fonts, the style and
// the settings writer the app's main() sets up, so that the window is drawn
// and its settings written as the app's are; then the bench `makeBench`
// makes, run as a Qt test.
int exec(int argc, char *argv[], const std::function<std::unique_ptr<QObject>()> &makeBench);
}
