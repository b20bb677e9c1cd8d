#include "ContentDirection.h"

#include "text/PersianText.h"

#include <QGuiApplication>
#include <QInputMethod>
#include <QLineEdit>

void ContentDirection::follow(QLineEdit *field)
{
    new ContentDirection(field);
}

ContentDirection::ContentDirection(QLineEdit *field)
    : QObject(field)
    , m_field(field)
{
    connect(field, &QLineEdit::textChanged, this, &ContentDirection::realign);
    connect(QGuiApplication::inputMethod(), &QInputMethod::inputDirectionChanged, this, &ContentDirection::realign);
    realign();
}

void ContentDirection::realign()
{
    Qt::LayoutDirection direction = PersianText::directionOf(m_field->text());
    if (direction == Qt::LayoutDirectionAuto)
        direction = QGuiApplication::inputMethod()->inputDirection();
    m_field->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
                          | (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
}
