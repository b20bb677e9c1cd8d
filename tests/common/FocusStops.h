#pragma once

#include <QApplication>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QWidget>

// The widgets `key` (Tab or Shift+Tab) gives the focus to from `start`, in
// order, until it is back there (`start` left out). A widget reached twice
// before that ends the walk with a warning naming the loop. A label with a
// link takes two presses, itself and then its link (QLabel's way): one stop.
inline QList<QWidget *> focusStopsFrom(QWidget *start, Qt::Key key)
{
    QList<QWidget *> stops;
    for (int press = 0; press < 80; ++press) {
        QTest::keyClick(QApplication::focusWidget(), key);
        QWidget *now = QApplication::focusWidget();
        if (now == start)
            break;
        if (!stops.isEmpty() && stops.constLast() == now)
            continue;
        if (stops.contains(now)) {
            QStringList visited;
            for (QWidget *widget : std::as_const(stops))
                visited.append(widget->objectName());
            qWarning("The focus came back to %s before reaching %s again: %s", qPrintable(now->objectName()),
                     qPrintable(start->objectName()), qPrintable(visited.join(u", ")));
            break;
        }
        stops.append(now);
    }
    return stops;
}
