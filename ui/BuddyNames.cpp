#include "BuddyNames.h"

#include <QLabel>

QString BuddyNames::withoutMnemonic(const QString &label)
{
    // (No regular expression: it would load and JIT-compile PCRE before the first frame.)
    QString text = label;
    const qsizetype bracket = text.indexOf(u"(&");
    if (bracket >= 0 && text.indexOf(u')', bracket) == bracket + 3) {
        qsizetype from = bracket;
        while (from > 0 && text.at(from - 1).isSpace())
            --from;
        text.remove(from, bracket + 4 - from);
    }
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && ++i == text.size())
            break;
        plain.append(text.at(i));
    }
    return plain;
}

void BuddyNames::apply(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *field = label->buddy();
        if (field && field->accessibleName().isEmpty() && label->text().contains(u"(&"))
            field->setAccessibleName(withoutMnemonic(label->text()));
    }
}
