#include "SpreadsheetCell.h"

namespace {

constexpr QChar guard = u'\'';

} // namespace

bool SpreadsheetCell::needsGuard(QChar first)
{
    return QStringView(u"=+-@\t\r'").contains(first);
}

QString SpreadsheetCell::guarded(const QString &text)
{
    return !text.isEmpty() && needsGuard(text.front()) ? guard + text : text;
}

QString SpreadsheetCell::unguarded(const QString &cell)
{
    return cell.size() > 1 && cell.front() == guard && needsGuard(cell.at(1)) ? cell.mid(1) : cell;
}
