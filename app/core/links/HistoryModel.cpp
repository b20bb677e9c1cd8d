#include "HistoryModel.h"

#include "LinkFields.h"
#include "OutboxModel.h"
#include "store/OutboxItem.h"
#include "text/DateText.h"
#include "text/PersianText.h"
#include "text/ServerText.h"

namespace {

QString fieldValue(const QJsonValue &value)
{
    if (value.isString())
        return PersianText::inOwnDirection(ServerText::shown(value.toString()));
    return value.isNull() ? QStringLiteral("—") : PersianText::id(value.toInteger());
}

QString fieldsText(const QJsonObject &fields)
{
    QStringList keys = fields.keys();
    keys.removeAll(QStringLiteral("id"));
    QStringList parts;
    for (const QString &key : LinkFields::inFormOrder(keys))
        parts.append(HistoryModel::tr("%1: %2").arg(LinkFields::label(key), fieldValue(fields.value(key))));
    return parts.join(HistoryModel::tr("; "));
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

std::optional<HistoryEntry> HistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? std::optional<HistoryEntry>(m_entries.at(row)) : std::nullopt;
}

bool HistoryModel::canRestore(const HistoryEntry &entry)
{
    return entry.operation == OutboxItem::operationKey(OutboxItem::Operation::Delete)
        && entry.outcome == HistoryEntry::Outcome::Applied
        && !entry.before.value(QStringLiteral("name")).toString().isEmpty();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Said without the isolates that keep a name's direction on screen.
    if (role == Qt::AccessibleTextRole)
        return PersianText::withoutDirectionMarks(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    // A tool tip is taken as rich text when it looks like HTML: names and
    // fields from the server are escaped, as the outcome's detail is below.
    if (role == Qt::ToolTipRole && index.column() != OutcomeColumn)
        return ServerText::toolTip(data(index, Qt::DisplayRole).toString());
    switch (index.column()) {
    case WhenColumn:
        return DateText::shown(entry.at, QLocale::ShortFormat);
    case ChangeColumn:
        return OutboxModel::operationText(OutboxItem::operationFromKey(entry.operation));
    case LinkColumn: {
        const QString name = entry.after.value(QStringLiteral("name")).toString();
        const QString shown = name.isEmpty() ? entry.before.value(QStringLiteral("name")).toString() : name;
        const QString id = entry.linkId > 0 ? PersianText::id(entry.linkId) : tr("none");
        return shown.isEmpty() ? id : tr("%1 (%2)").arg(PersianText::inOwnDirection(ServerText::shown(shown)), id);
    }
    case PortfolioColumn:
        return PersianText::id(entry.portfolioId);
    case OutcomeColumn:
        switch (entry.outcome) {
        case HistoryEntry::Outcome::Applied:
            return tr("Done");
        case HistoryEntry::Outcome::Failed:
            return role == Qt::ToolTipRole ? ServerText::toolTip(entry.detail) : tr("Refused");
        case HistoryEntry::Outcome::Discarded:
            return role == Qt::ToolTipRole ? ServerText::toolTip(entry.detail) : tr("Discarded");
        }
        break;
    case FieldsColumn: {
        QJsonObject after = entry.after;
        after.remove(QStringLiteral("error"));
        if (entry.before.isEmpty())
            return fieldsText(after);
        if (after.isEmpty())
            return fieldsText(entry.before);
        return tr("before: %1 — after: %2").arg(fieldsText(entry.before), fieldsText(after));
    }
    case ServerColumn:
        return m_serverNames.shown(entry.profile, entry.server);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ChangeColumn:
        return tr("Change");
    case LinkColumn:
        return tr("Link");
    case PortfolioColumn:
        return tr("Portfolio");
    case OutcomeColumn:
        return tr("Outcome");
    case FieldsColumn:
        return tr("Fields");
    case ServerColumn:
        return tr("Server");
    }
    return {};
}

void HistoryModel::setServerNames(const ServerNames &names)
{
    m_serverNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, ServerColumn), index(rowCount() - 1, ServerColumn));
}
