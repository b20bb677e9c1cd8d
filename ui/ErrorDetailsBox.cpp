#include "ErrorDetailsBox.h"

#include "PlainMessageBox.h"
#include "text/ServerText.h"

void ErrorDetailsBox::open(QWidget *parent, const QString &message, const QString &details)
{
    auto *box = new PlainMessageBox(QMessageBox::Warning, tr("Details"), message, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("errorDetailsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // A read-only plain-text area: selectable, copyable, never markup.
    box->setDetailedText(ServerText::shown(details));
    box->open();
}
