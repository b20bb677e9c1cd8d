#include "LinkDraft.h"

QJsonObject LinkDraft::toJson() const
{
    // QString::trimmed() keeps U+200C (ZWNJ): it is a format character, not space.
    QJsonObject body{{QStringLiteral("name"), name.trimmed()}};
    if (const QString u = url.trimmed(); !u.isEmpty())
        body.insert(QStringLiteral("url"), u);
    if (const QString d = description.trimmed(); !d.isEmpty())
        body.insert(QStringLiteral("description"), d);
    if (imageId)
        body.insert(QStringLiteral("image"), *imageId);
    return body;
}
