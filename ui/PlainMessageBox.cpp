#include "PlainMessageBox.h"

#include "text/PersianText.h"

#include <QLabel>

PlainMessageBox::PlainMessageBox(Icon icon, const QString &title, const QString &text, StandardButtons buttons,
                                 QWidget *parent)
    : QMessageBox(icon, title, text, buttons, parent)
{
    setTextFormat(Qt::PlainText);
    sayWithoutDirectionMarks(QStringLiteral("qt_msgbox_label"), text);
}

void PlainMessageBox::setPlainInformativeText(const QString &text)
{
    setInformativeText(text);
    if (auto *label = findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"), Qt::FindDirectChildrenOnly)) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
    }
    sayWithoutDirectionMarks(QStringLiteral("qt_msgbox_informativelabel"), text);
}

void PlainMessageBox::sayWithoutDirectionMarks(const QString &labelName, const QString &text)
{
    // The isolates around a quoted name keep it in order on screen; a
    // screen reader is given the words alone.
    if (auto *label = findChild<QLabel *>(labelName, Qt::FindDirectChildrenOnly))
        label->setAccessibleName(PersianText::withoutDirectionMarks(text));
}
