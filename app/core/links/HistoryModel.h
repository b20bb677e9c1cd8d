#pragma once

#include "store/HistoryEntry.h"

#include "ServerNames.h"

#include <QAbstractTableModel>

// The history as a table for its window, newest first, as History read it.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ChangeColumn, LinkColumn, PortfolioColumn, OutcomeColumn, FieldsColumn, ServerColumn, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);
    // Servers shown by their profiles\' names (else by address).
    void setServerNames(const ServerNames &names);

    void setEntries(const QList<HistoryEntry> &entries);
    QList<HistoryEntry> entries() const { return m_entries; }
    std::optional<HistoryEntry> entry(int row) const;
    // A deleted link's entry, from which Restore creates it again.
    static bool canRestore(const HistoryEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ServerNames m_serverNames;
    QList<HistoryEntry> m_entries;
};
