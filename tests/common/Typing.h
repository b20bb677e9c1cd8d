#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace Typing {

// QTest::keyClicks knows only Latin-1 keys; Persian text is typed the way an
// input method delivers it: one key event per character, carrying its text.
inline void type(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        if (character == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
    }
}

} // namespace Typing
