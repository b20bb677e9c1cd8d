#include "OutboxModel.h"

#include "store/Outbox.h"
#include "text/DateText.h"
#include "text/PersianText.h"
#include "text/ServerText.h"

OutboxModel::OutboxModel(Outbox *outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_items(outbox->items())
{
    connect(outbox, &Outbox::itemAdded, this, &OutboxModel::onAdded);
    connect(outbox, &Outbox::itemChanged, this, &OutboxModel::onChanged);
    connect(outbox, &Outbox::itemRemoved, this, &OutboxModel::onRemoved);
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending:
        return tr("Pending");
    case OutboxItem::State::Sending:
        return tr("Sending");
    case OutboxItem::State::NeedsAttention:
        return tr("Needs attention");
    }
    return {};
}

QString OutboxModel::waitingForItsProfileText()
{
    return tr("Waits for its profile");
}

bool OutboxModel::retriedHere(const OutboxItem &item) const
{
    return item.state == OutboxItem::State::Pending && (m_connectedKey.isNull() || item.profile == m_connectedKey);
}

QString OutboxModel::operationText(OutboxItem::Operation operation)
{
    switch (operation) {
    case OutboxItem::Operation::Create:
        return tr("Create");
    case OutboxItem::Operation::Edit:
        return tr("Edit");
    case OutboxItem::Operation::Delete:
        return tr("Delete");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    // Said without the isolates that keep a name's direction on screen.
    if (role == Qt::AccessibleTextRole)
        return PersianText::withoutDirectionMarks(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // A tool tip is taken as rich text when it looks like HTML (the error's is made below).
    if (role == Qt::ToolTipRole && index.column() != ErrorColumn)
        return ServerText::toolTip(data(index, Qt::DisplayRole).toString());
    switch (index.column()) {
    case LinkColumn: {
        const QString title = ServerText::shown(item.title());
        const QString id = item.linkId > 0 ? PersianText::id(item.linkId) : QString();
        if (title.isEmpty())
            return tr("Link %1").arg(id);
        return id.isEmpty() ? PersianText::inOwnDirection(title) : tr("%1 (%2)").arg(PersianText::inOwnDirection(title), id);
    }
    case ChangeColumn:
        return operationText(item.operation);
    case StateColumn:
        if (item.isHeldForUndo())
            return tr("Can still be undone");
        if (item.state == OutboxItem::State::Pending && !retriedHere(item))
            return waitingForItsProfileText();
        return stateText(item.state);
    case AttemptsColumn:
        return PersianText::id(item.attempts);
    case NextRetryColumn:
        if (!retriedHere(item))
            return QString();
        return item.nextRetry.isValid() ? DateText::shown(item.nextRetry, QLocale::ShortFormat) : tr("Now");
    case ErrorColumn:
        return role == Qt::ToolTipRole ? ServerText::toolTip(item.lastError)
                                       : ServerText::shown(QString(item.lastError).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    case ServerColumn:
        return m_serverNames.shown(item.profile, item.server);
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LinkColumn:
        return tr("Link");
    case ChangeColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextRetryColumn:
        return tr("Next retry");
    case ErrorColumn:
        return tr("Last error");
    case ServerColumn:
        return tr("Server");
    }
    return {};
}

std::optional<OutboxItem> OutboxModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? std::optional<OutboxItem>(m_items.at(row)) : std::nullopt;
}

void OutboxModel::onAdded(const OutboxItem &item)
{
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
}

void OutboxModel::onChanged(const OutboxItem &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_items[row] = item;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OutboxModel::onRemoved(const OutboxItem &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

void OutboxModel::setConnectedKey(const QString &key)
{
    m_connectedKey = key;
    if (rowCount() > 0)
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, NextRetryColumn));
}

void OutboxModel::setServerNames(const ServerNames &names)
{
    m_serverNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, ServerColumn), index(rowCount() - 1, ServerColumn));
}
