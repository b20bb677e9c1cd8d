#include "Outbox.h"

#include "History.h"
#include "LocalStore.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "model/Link.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

Q_LOGGING_CATEGORY(lcOutboxStore, "portfoliolinks.store.outbox")

namespace {

QJsonObject fieldsOf(const Link &link)
{
    QJsonObject fields = LinkDraft::fromLink(link, 0).toJson();
    fields.insert(QStringLiteral("id"), link.id);
    return fields;
}

void bind(QSqlQuery &query, const OutboxItem &item)
{
    query.addBindValue(LocalStore::nonNull(item.profile));
    query.addBindValue(LocalStore::nonNull(item.server));
    query.addBindValue(item.portfolioId);
    query.addBindValue(OutboxItem::operationKey(item.operation));
    query.addBindValue(item.linkId);
    query.addBindValue(item.dependsOn);
    query.addBindValue(QString::fromUtf8(QJsonDocument(item.payload).toJson(QJsonDocument::Compact)));
    query.addBindValue(OutboxItem::stateKey(item.state));
    query.addBindValue(item.attempts);
    query.addBindValue(LocalStore::nonNull(item.lastError));
    query.addBindValue(item.nextRetry.isValid() ? item.nextRetry.toMSecsSinceEpoch() : 0);
    query.addBindValue(item.created.toMSecsSinceEpoch());
    query.addBindValue(item.outcomeUnknown ? 1 : 0);
    query.addBindValue(item.newestIdBefore ? QVariant(*item.newestIdBefore) : QVariant(QMetaType(QMetaType::LongLong)));
}

} // namespace

Outbox::Outbox(LocalStore *store, History *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_history(history)
{
}

bool Outbox::write(QSqlQuery &query)
{
    if (!query.exec()) {
        qCWarning(lcOutboxStore) << "outbox write failed:" << query.lastError().text();
        return false;
    }
    m_store->wrote();
    return true;
}

namespace {
// A server identity never has a fragment (Endpoints::serverIdentity drops it).
constexpr QChar profileMark = u'#';
} // namespace

QString Outbox::profileKey(const QUrl &server, const QString &profileId)
{
    const QString identity = Endpoints::serverIdentity(server);
    return profileId.isEmpty() ? identity : identity + profileMark + profileId;
}

QString Outbox::keyOf(const ApiClient &api)
{
    return profileKey(api.baseUrl(), api.profileId());
}

std::pair<QString, QString> Outbox::splitKey(const QString &key)
{
    const qsizetype mark = key.lastIndexOf(profileMark);
    if (mark < 0)
        return {key, QString()};
    return {key.left(mark), key.mid(mark + 1)};
}

bool Outbox::isAvailable() const
{
    return m_store->isAvailable();
}

void Outbox::load(bool recoverSending)
{
    if (!isAvailable())
        return;
    if (std::optional<QList<OutboxItem>> loaded = read(m_store->connection(), recoverSending))
        take(*loaded);
    if (recoverSending)
        m_store->wrote();
}

std::optional<QList<OutboxItem>> Outbox::read(const QSqlDatabase &db, bool recoverSending)
{
    QSqlQuery query(db);
    if (recoverSending)
        query.exec(QStringLiteral("UPDATE outbox SET state = 'pending' WHERE state = 'sending'"));
    if (!query.exec(QStringLiteral("SELECT id, profile, server, portfolio, operation, link_id, depends_on, payload, state,"
                                   " attempts, last_error, next_retry, created, outcome_unknown, newest_id_before"
                                   " FROM outbox ORDER BY id")))
        return std::nullopt;
    QList<OutboxItem> loaded;
    while (query.next()) {
        OutboxItem item;
        item.id = query.value(0).toLongLong();
        item.profile = query.value(1).toString();
        item.server = query.value(2).toString();
        item.portfolioId = query.value(3).toLongLong();
        item.operation = OutboxItem::operationFromKey(query.value(4).toString());
        item.linkId = query.value(5).toLongLong();
        item.dependsOn = query.value(6).toLongLong();
        item.payload = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        item.state = OutboxItem::stateFromKey(query.value(8).toString());
        item.attempts = query.value(9).toInt();
        item.lastError = query.value(10).toString();
        if (const qint64 next = query.value(11).toLongLong(); next > 0)
            item.nextRetry = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
        item.created = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
        item.outcomeUnknown = query.value(13).toInt() != 0;
        if (!query.value(14).isNull())
            item.newestIdBefore = query.value(14).toLongLong();
        loaded.append(item);
    }
    return loaded;
}

void Outbox::take(const QList<OutboxItem> &loaded)
{
    const QList<OutboxItem> before = std::exchange(m_items, loaded);
    m_ownAttempts.removeIf([this](qint64 id) {
        const std::optional<OutboxItem> now = item(id);
        return !now || now->state != OutboxItem::State::Sending;
    });
    for (const OutboxItem &old : before) {
        if (indexOf(old.id) < 0)
            emit itemRemoved(old);
    }
    for (const OutboxItem &item : loaded) {
        const auto old = std::find_if(before.cbegin(), before.cend(), [&item](const OutboxItem &o) { return o.id == item.id; });
        if (old == before.cend())
            emit itemAdded(item);
        else if (old->state != item.state || old->attempts != item.attempts || old->lastError != item.lastError
                 || old->nextRetry != item.nextRetry || old->linkId != item.linkId || old->dependsOn != item.dependsOn)
            emit itemChanged(item);
    }
}

qint64 Outbox::add(OutboxItem item)
{
    if (m_opener)
        std::exchange(m_opener, {})();
    if (!isAvailable())
        return 0;
    QSqlQuery insert(m_store->connection());
    insert.prepare(QStringLiteral("INSERT INTO outbox (profile, server, portfolio, operation, link_id, depends_on, payload, state,"
                                  " attempts, last_error, next_retry, created, outcome_unknown, newest_id_before)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bind(insert, item);
    if (!write(insert))
        return 0;
    item.id = insert.lastInsertId().toLongLong();
    if (item.state == OutboxItem::State::Sending)
        m_ownAttempts.insert(item.id);
    m_items.append(item);
    emit itemAdded(item);
    return item.id;
}

bool Outbox::update(const OutboxItem &item)
{
    const int index = indexOf(item.id);
    if (index < 0)
        return false;
    QSqlQuery change(m_store->connection());
    change.prepare(QStringLiteral("UPDATE outbox SET profile = ?, server = ?, portfolio = ?, operation = ?, link_id = ?,"
                                  " depends_on = ?, payload = ?, state = ?, attempts = ?, last_error = ?, next_retry = ?,"
                                  " created = ?, outcome_unknown = ?, newest_id_before = ? WHERE id = ?"));
    bind(change, item);
    change.addBindValue(item.id);
    const bool written = write(change);
    if (item.state != OutboxItem::State::Sending)
        m_ownAttempts.remove(item.id);
    m_items[index] = item;
    emit itemChanged(item);
    return written;
}

void Outbox::markSending(qint64 id, std::optional<qint64> newestIdBefore)
{
    std::optional<OutboxItem> sending = item(id);
    // Already so (written when the change was made): no second write in the POST's way.
    if (!sending || (sending->state == OutboxItem::State::Sending && sending->outcomeUnknown
                     && sending->newestIdBefore == newestIdBefore))
        return;
    sending->state = OutboxItem::State::Sending;
    sending->outcomeUnknown = true;
    sending->newestIdBefore = newestIdBefore;
    update(*sending);
}

void Outbox::complete(qint64 id, const Link &after)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    OutboxItem done = m_items.at(index);
    done.linkId = after.id;
    remove(done, HistoryEntry::Outcome::Applied, fieldsOf(after), {});
    for (OutboxItem &waiting : m_items) {
        // What waited for this create now knows the link's id.
        if (waiting.dependsOn == id) {
            waiting.dependsOn = 0;
            waiting.linkId = after.id;
            if (waiting.operation == OutboxItem::Operation::Edit)
                waiting.setLoadedUpdatedAt(after.updatedAt);
            update(waiting);
        } else if (done.operation == OutboxItem::Operation::Edit && waiting.operation == OutboxItem::Operation::Edit
                   && waiting.id > id && waiting.profile == done.profile && waiting.linkId == done.linkId
                   && waiting.loadedUpdatedAt() == done.loadedUpdatedAt()) {
            // A later edit of the link, made here on top of this one, starts
            // from the version this one made: not someone else's change.
            waiting.setLoadedUpdatedAt(after.updatedAt);
            update(waiting);
        }
    }
}

void Outbox::drop(qint64 id, HistoryEntry::Outcome outcome, const QString &detail)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    remove(m_items.at(index), outcome, {}, detail);
    // An edit or delete of a link that will not be created has nothing to change.
    QList<qint64> waiting;
    for (const OutboxItem &item : std::as_const(m_items)) {
        if (item.dependsOn == id)
            waiting.append(item.id);
    }
    for (const qint64 dependent : std::as_const(waiting))
        drop(dependent, outcome, detail);
}

void Outbox::forget(qint64 id)
{
    if (const std::optional<OutboxItem> taken = item(id)) {
        erase(taken->id);
        emit itemRemoved(*taken);
    }
}

void Outbox::erase(qint64 id)
{
    QSqlQuery erase(m_store->connection());
    erase.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    erase.addBindValue(id);
    write(erase);
    m_items.removeAt(indexOf(id));
    m_ownAttempts.remove(id);
}

void Outbox::remove(OutboxItem item, HistoryEntry::Outcome outcome, const QJsonObject &after, const QString &detail)
{
    erase(item.id);

    HistoryEntry entry;
    entry.profile = item.profile;
    entry.server = item.server;
    entry.portfolioId = item.portfolioId;
    entry.linkId = item.linkId;
    entry.operation = OutboxItem::operationKey(item.operation);
    entry.outcome = outcome;
    entry.detail = detail;
    switch (item.operation) {
    case OutboxItem::Operation::Create:
        entry.after = after.isEmpty() ? item.payload.value(QStringLiteral("draft")).toObject() : after;
        break;
    case OutboxItem::Operation::Edit:
        entry.before = item.payload.value(QStringLiteral("before")).toObject();
        entry.after = after.isEmpty() ? item.patch().toJson() : after;
        break;
    case OutboxItem::Operation::Delete:
        entry.before = item.payload.value(QStringLiteral("link")).toObject();
        break;
    }
    m_history->record(entry);
    emit itemRemoved(item);
}

std::optional<OutboxItem> Outbox::item(qint64 id) const
{
    const int index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional<OutboxItem>(m_items.at(index));
}

QList<OutboxItem> Outbox::itemsOf(const QString &profile) const
{
    QList<OutboxItem> found;
    std::copy_if(m_items.cbegin(), m_items.cend(), std::back_inserter(found),
                 [&profile](const OutboxItem &item) { return item.profile == profile; });
    return found;
}

QList<LinkPatch> Outbox::waitingEdits(const QString &profile, qint64 linkId) const
{
    QList<LinkPatch> edits;
    for (const OutboxItem &item : m_items) {
        if (item.profile == profile && item.operation == OutboxItem::Operation::Edit && item.linkId == linkId
            && item.state != OutboxItem::State::NeedsAttention)
            edits.append(item.patch());
    }
    return edits;
}

int Outbox::count(const QString &profile) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [this, &profile](const OutboxItem &item) {
        return item.profile == profile && !m_ownAttempts.contains(item.id);
    }));
}

int Outbox::indexOf(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}
