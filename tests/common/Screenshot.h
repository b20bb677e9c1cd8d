#pragma once

#include <QApplication>
#include <QWidget>
#include <QLocale>
#include <QProcess>
#include <QString>

namespace Screenshot {

// Only when asked (PORTFOLIO_LINKS_SCREENSHOT_DIR, see the README): a picture
// of the real X screen, named after what it shows and the UI language.
// Returns false only when a screenshot was asked for and could not be taken.
inline bool saveIfAsked(const QString &name)
{
    const QString directory = qEnvironmentVariable("PORTFOLIO_LINKS_SCREENSHOT_DIR");
    if (directory.isEmpty() || QApplication::platformName() != QLatin1String("xcb"))
        return true;
    const QString language = QLocale().language() == QLocale::Persian ? QStringLiteral("fa") : QStringLiteral("en");
    const QString file = QStringLiteral("%1/%2-%3.png").arg(directory, name, language);
    // The picture is of the X screen: what the widgets have only been asked
    // to repaint must be painted and on the screen first.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(); // a view's delayed layout
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            window->repaint();
    }
    return QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file}) == 0;
}

} // namespace Screenshot
