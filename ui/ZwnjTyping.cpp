#include "ZwnjTyping.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTextEdit>

void ZwnjTyping::install(QWidget *field)
{
    field->installEventFilter(new ZwnjTyping(field));
}

bool ZwnjTyping::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::ShiftModifier)
        return false;
    const QString zwnj(QChar(0x200C));
    if (auto *line = qobject_cast<QLineEdit *>(watched); line && !line->isReadOnly()) {
        line->insert(zwnj);
        return true;
    }
    if (auto *text = qobject_cast<QTextEdit *>(watched); text && !text->isReadOnly()) {
        text->textCursor().insertText(zwnj);
        return true;
    }
    return false;
}
