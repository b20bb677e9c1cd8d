#include "PlainMessageBox.h"

#include <QLabel>

PlainMessageBox::PlainMessageBox(Icon icon, const QString &title, const QString &text, StandardButtons buttons,
                                 QWidget *parent)
    : QMessageBox(icon, title, text, buttons, parent)
{
    setTextFormat(Qt::PlainText);
}

void PlainMessageBox::setPlainInformativeText(const QString &text)
{
    setInformativeText(text);
    if (auto *label = findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"), Qt::FindDirectChildrenOnly)) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
    }
}
