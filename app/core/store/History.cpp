#include "History.h"

#include "storage/WholeFile.h"

#include "LocalStore.h"
#include "WorkerThreads.h"
#include "text/PersianText.h"
#include "text/SpreadsheetCell.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtConcurrent>

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool matches(const HistoryEntry &entry, const QString &key)
{
    if (key.isEmpty())
        return true;
    for (const QJsonObject &fields : {entry.before, entry.after}) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.value().isString() && PersianText::searchKey(it.value().toString()).contains(key))
                return true;
        }
    }
    return QString::number(entry.linkId) == key;
}

QString csvField(const QString &text)
{
    QString field = SpreadsheetCell::guarded(text);
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

} // namespace

History::History(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

bool History::record(HistoryEntry entry)
{
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    if (!entry.detail.isEmpty())
        entry.after.insert(QStringLiteral("error"), entry.detail);
    if (!m_store->isAvailable())
        return false;
    QSqlQuery insert(m_store->connection());
    insert.prepare(QStringLiteral("INSERT INTO history (at, profile, server, portfolio, link_id, operation, before, after, outcome)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.at.toMSecsSinceEpoch());
    insert.addBindValue(LocalStore::nonNull(entry.profile));
    insert.addBindValue(LocalStore::nonNull(entry.server));
    insert.addBindValue(entry.portfolioId);
    insert.addBindValue(entry.linkId);
    insert.addBindValue(LocalStore::nonNull(entry.operation));
    insert.addBindValue(json(entry.before));
    insert.addBindValue(json(entry.after));
    insert.addBindValue(HistoryEntry::outcomeKey(entry.outcome));
    if (!insert.exec())
        return false;
    m_store->wrote();
    entry.id = insert.lastInsertId().toLongLong();
    emit recorded(entry);
    return true;
}

QFuture<QList<HistoryEntry>> History::entries(const Filter &filter) const
{
    const QString path = m_store->filePath();
    const bool available = m_store->isAvailable();
    return QtConcurrent::run(WorkerThreads::pool(), [path, filter, available] {
        QList<HistoryEntry> found;
        if (!available)
            return found;
        return LocalStore::withConnection(path, [&filter, &found](const QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT id, at, profile, server, portfolio, link_id, operation, before, after, outcome"
                                         " FROM history WHERE (? = '' OR profile = ?) AND (? = 0 OR portfolio = ?)"
                                         " ORDER BY at DESC, id DESC"));
            query.addBindValue(LocalStore::nonNull(filter.profile));
            query.addBindValue(LocalStore::nonNull(filter.profile));
            query.addBindValue(filter.portfolioId);
            query.addBindValue(filter.portfolioId);
            if (!query.exec())
                return found;
            const QString key = PersianText::searchKey(filter.text.trimmed());
            while (query.next()) {
                HistoryEntry entry;
                entry.id = query.value(0).toLongLong();
                entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
                entry.profile = query.value(2).toString();
                entry.server = query.value(3).toString();
                entry.portfolioId = query.value(4).toLongLong();
                entry.linkId = query.value(5).toLongLong();
                entry.operation = query.value(6).toString();
                entry.before = object(query.value(7).toString());
                entry.after = object(query.value(8).toString());
                entry.outcome = HistoryEntry::outcomeFromKey(query.value(9).toString());
                entry.detail = entry.after.value(QStringLiteral("error")).toString();
                if (matches(entry, key))
                    found.append(entry);
            }
            return found;
        });
    });
}

QByteArray History::toCsv(const QList<HistoryEntry> &entries)
{
    QStringList lines{QStringLiteral("time,profile,server,portfolio,link,operation,outcome,before,after")};
    for (const HistoryEntry &entry : entries) {
        lines.append(QStringList{
            csvField(entry.at.toString(Qt::ISODate)),
            csvField(entry.profile),
            csvField(entry.server),
            csvField(QString::number(entry.portfolioId)),
            csvField(QString::number(entry.linkId)),
            csvField(entry.operation),
            csvField(HistoryEntry::outcomeKey(entry.outcome)),
            csvField(json(entry.before)),
            csvField(json(entry.after)),
        }.join(QLatin1Char(',')));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
}

QFuture<bool> History::exportCsv(const QList<HistoryEntry> &entries, const QString &filePath)
{
    return QtConcurrent::run(WorkerThreads::pool(), [entries, filePath] {
        return WholeFile::write(filePath, toCsv(entries)).isEmpty();
    });
}
