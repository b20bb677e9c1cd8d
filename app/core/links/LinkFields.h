#pragma once

#include <QCoreApplication>
#include <QStringList>

// A link's fields as the API names them ("name", "url", "description",
// "image") shown to a person: by the labels the form gives them, in the
// form's order. A key the form does not know is shown as it is, after them.
class LinkFields
{
    Q_DECLARE_TR_FUNCTIONS(LinkFields)
public:
    static QString label(const QString &key);
    static QStringList inFormOrder(QStringList keys);
};
