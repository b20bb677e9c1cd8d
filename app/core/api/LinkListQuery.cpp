#include "LinkListQuery.h"

#include "text/PersianText.h"

#include <algorithm>

namespace {

QString presenceValue(LinkListQuery::Presence presence)
{
    return presence == LinkListQuery::Presence::With ? QStringLiteral("true") : QStringLiteral("false");
}

QString fieldName(LinkListQuery::Order order)
{
    switch (order) {
    case LinkListQuery::Order::Id: return QStringLiteral("id");
    case LinkListQuery::Order::Name: return QStringLiteral("name");
    case LinkListQuery::Order::Created: return QStringLiteral("created_at");
    case LinkListQuery::Order::Updated: return QStringLiteral("updated_at");
    }
    return QStringLiteral("id");
}

// Only digits (ASCII, Persian or Arabic-Indic): a number, whatever its
// value. PersianText::parseId would leave out zero and numbers too large for
// an id, which a URL may still contain.
bool isNumber(const QString &term)
{
    return !term.isEmpty() && std::all_of(term.cbegin(), term.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'\u06F0' && u <= u'\u06F9') || (u >= u'\u0660' && u <= u'\u0669');
    });
}

QString arabicIndicAsPersianDigits(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= u'\u0660' && c.unicode() <= u'\u0669')
            c = QChar(char16_t(c.unicode() - 0x0660 + 0x06F0));
    }
    return text;
}

} // namespace

QString LinkListQuery::searchTerm() const
{
    if (exactSearch)
        return search;
    const QString term = search.simplified();
    if (isNumber(term))
        return PersianText::toAsciiDigits(term);
    return arabicIndicAsPersianDigits(normaliseLetters ? PersianText::normaliseLetters(term) : term);
}

QString LinkListQuery::ordering() const
{
    const QString sign = descending ? QStringLiteral("-") : QString();
    if (order == Order::Id)
        return sign + fieldName(order);
    return sign + fieldName(order) + QLatin1Char(',') + sign + fieldName(Order::Id);
}

bool LinkListQuery::isFiltered() const
{
    return !searchTerm().isEmpty() || image != Presence::Any || url != Presence::Any || description != Presence::Any;
}

QUrlQuery LinkListQuery::toQuery(int offset) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    if (offset > 0)
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (const QString term = searchTerm(); !term.isEmpty())
        query.addQueryItem(QStringLiteral("search"), QString::fromUtf8(QUrl::toPercentEncoding(term)));
    const std::pair<const char *, Presence> filters[] = {
        {"has_image", image}, {"has_url", url}, {"has_description", description}};
    for (const auto &[name, presence] : filters) {
        if (presence != Presence::Any)
            query.addQueryItem(QLatin1String(name), presenceValue(presence));
    }
    if (idMin)
        query.addQueryItem(QStringLiteral("id_min"), QString::number(*idMin));
    query.addQueryItem(QStringLiteral("ordering"), ordering());
    return query;
}
