#include "ClearButtonName.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

void ClearButtonName::apply(QLineEdit *edit)
{
    // Qt's own name for the action (qlineedit.cpp), the one way to reach it.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(QCoreApplication::translate("ClearButtonName", "Clear the search"));
}
