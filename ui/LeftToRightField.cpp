#include "LeftToRightField.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace LeftToRightField {

void apply(QLineEdit *field)
{
    field->setLayoutDirection(Qt::LeftToRight);
    // The widget's direction is not its text's: QLineEdit lays its text out
    // in the direction of the text's first strong letter (a Persian host
    // name right to left, at the field's right edge, Home at the right)
    // unless a direction key gave it one of its own, as this one does.
    QKeyEvent directionKey(QEvent::KeyPress, Qt::Key_Direction_L, Qt::NoModifier);
    QCoreApplication::sendEvent(field, &directionKey);
}

} // namespace LeftToRightField
