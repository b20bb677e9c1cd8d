#pragma once

#include <QApplication>
#include <QEvent>
#include <QList>
#include <QObject>
#include <QString>
#include <QWidget>

// The width of a named view's viewport at each of its paints from now on,
// whenever the view is made (a dialog built after this starts is watched
// too). A view whose scroll bar comes or goes after it is painted shows
// two widths: its rows or tiles moved under the user's eyes.
class ViewportWidths : public QObject
{
public:
    explicit ViewportWidths(const QString &viewName)
        : m_viewName(viewName)
    {
        qApp->installEventFilter(this);
    }
    QList<int> widths;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->objectName() == QLatin1String("qt_scrollarea_viewport")
            && watched->parent() && watched->parent()->objectName() == m_viewName)
            widths.append(static_cast<QWidget *>(watched)->width());
        return false;
    }

private:
    QString m_viewName;
};
