#pragma once

#include "store/OutboxItem.h"

#include "ServerNames.h"

#include <QAbstractTableModel>

class Outbox;

// The outbox as a table for its window: every profile's items, oldest
// first, with their state, attempts, last error and next retry, updated as
// the items change.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LinkColumn, ChangeColumn, StateColumn, AttemptsColumn, NextRetryColumn, ErrorColumn, ServerColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit OutboxModel(Outbox *outbox, QObject *parent = nullptr);
    // Servers shown by their profiles\' names (else by address).
    void setServerNames(const ServerNames &names);
    // The key of the changes the connected profile sends (Outbox::profileKey):
    // the others' pending ones wait for their own profile, not for a retry.
    void setConnectedKey(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<OutboxItem> item(int row) const;
    static QString stateText(OutboxItem::State state);
    static QString waitingForItsProfileText();
    static QString operationText(OutboxItem::Operation operation);

private:
    ServerNames m_serverNames;
    QString m_connectedKey; // null: every item is shown as the connected profile's
    // Pending, and sent by the connected profile when its time comes.
    bool retriedHere(const OutboxItem &item) const;
    void onAdded(const OutboxItem &item);
    void onChanged(const OutboxItem &item);
    void onRemoved(const OutboxItem &item);
    int rowOf(qint64 id) const;

    QList<OutboxItem> m_items;
};
