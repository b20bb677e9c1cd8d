#pragma once

#include "HistoryEntry.h"

#include <QFuture>
#include <QList>
#include <QObject>

class LocalStore;

// The record of every change made through the app, in the local database:
// one row written per change (small enough for the GUI thread), read and
// exported on worker threads with their own connections.
class History : public QObject
{
    Q_OBJECT
public:
    struct Filter
    {
        QString profile;          // empty: every profile
        qint64 portfolioId = 0;   // 0: every portfolio
        QString text;             // matched Persian-normalised against names, URLs and descriptions
    };

    explicit History(LocalStore *store, QObject *parent = nullptr);

    bool record(HistoryEntry entry);
    // Newest first.
    QFuture<QList<HistoryEntry>> entries(const Filter &filter) const;
    // UTF-8 with a byte order mark, so that Excel shows Persian; true when written.
    static QFuture<bool> exportCsv(const QList<HistoryEntry> &entries, const QString &filePath);
    static QByteArray toCsv(const QList<HistoryEntry> &entries);

signals:
    void recorded(const HistoryEntry &entry);

private:
    LocalStore *m_store;
};
