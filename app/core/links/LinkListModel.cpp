#include "LinkListModel.h"

#include "api/ApiClient.h"
#include "media/ThumbnailCache.h"
#include "text/DateText.h"
#include "text/PersianText.h"
#include "text/ServerText.h"
#include "text/UrlText.h"

#include <QFont>

#include <algorithm>
#include <utility>

namespace {

// The server's own object is for the command line to print; a row of the
// list does not need it, and with it a row held nearly twice the memory
// (9.3 against 5 KB).
Link withoutServerObject(Link link)
{
    link.json = QJsonObject();
    return link;
}

} // namespace

LinkListModel::LinkListModel(ApiClient *api, ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_thumbnails(thumbnails)
{
    connect(m_thumbnails, &ThumbnailCache::loaded, this, &LinkListModel::onThumbnailLoaded);
    connect(m_thumbnails, &ThumbnailCache::failed, this,
            [this](qint64 thumbnailId, int edge) { onThumbnailLoaded(thumbnailId, edge); });
}

LinkListModel::~LinkListModel()
{
    cancel();
}

void LinkListModel::setPortfolio(qint64 portfolioId)
{
    m_portfolioId = portfolioId;
    m_taken.clear();
    startOver();
}

void LinkListModel::setQuery(const LinkListQuery &query)
{
    if (query == m_query && (m_call || m_totalCount >= 0))
        return;
    m_query = query;
    startOver();
}

void LinkListModel::startOver()
{
    cancel();
    m_refreshing.reset();
    beginResetModel();
    m_links.clear();
    m_ids.clear();
    m_waitingRows.clear();
    for (auto it = m_taken.cbegin(); it != m_taken.cend(); ++it)
        m_ids.insert(it.key());
    // Before endResetModel(): a view may call fetchMore() from modelReset(),
    // and must not be given the old query's next offset.
    m_nextOffset = 0;
    m_hasMore = false;
    m_emptyPagesInARow = 0;
    endResetModel();
    setTotalCount(-1);
    if (m_portfolioId > 0)
        requestPage(0, m_query.pageSize);
}

void LinkListModel::refresh()
{
    if (m_portfolioId <= 0)
        return;
    cancel();
    // A person's way to try again: thumbnails that failed (the media host
    // was away) are asked for again as the rows come into view.
    m_thumbnails->retryFailed();
    m_refreshing = QList<Link>();
    m_refreshTarget = std::max<int>(int(m_links.size()), m_query.pageSize);
    requestPage(0, m_query.pageSize);
}

void LinkListModel::cancel()
{
    if (!m_call)
        return;
    std::exchange(m_call, nullptr)->abandon(this);
    emit loadingChanged(false);
}

void LinkListModel::requestPage(int offset, int limit)
{
    LinkListQuery page = m_query;
    page.pageSize = limit;
    m_call = m_api->listLinks(m_portfolioId, page, offset);
    m_call->onSucceeded(this, [this, offset](const LinkPage &answer) { onPage(answer, offset); });
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call = nullptr;
        m_hasMore = false; // until the user refreshes: a view would ask again at once
        m_refreshing.reset();
        emit loadingChanged(false);
        emit failed(error);
    });
    emit loadingChanged(true);
}

void LinkListModel::onPage(const LinkPage &page, int offset)
{
    m_call = nullptr;
    m_nextOffset = offset + int(page.results.size());
    // An empty page that still says "next" would ask for the same offset again.
    m_hasMore = page.hasNext && !page.results.isEmpty();
    qint64 count = page.count - qint64(m_taken.size());
    if (m_refreshing) {
        QSet<qint64> seen;
        for (const Link &link : m_refreshing.value())
            seen.insert(link.id);
        for (const Link &link : page.results) {
            if (!m_taken.contains(link.id) && !seen.contains(link.id))
                m_refreshing->append(withoutServerObject(link));
        }
        if (m_hasMore && m_refreshing->size() < m_refreshTarget) {
            requestPage(m_nextOffset, m_query.pageSize);
            return;
        }
        beginResetModel();
        m_links = *std::exchange(m_refreshing, std::nullopt);
        m_ids.clear();
        for (const Link &link : std::as_const(m_links))
            m_ids.insert(link.id);
        for (auto it = m_taken.cbegin(); it != m_taken.cend(); ++it)
            m_ids.insert(it.key());
        endResetModel();
        setTotalCount(count);
        if (!m_call) // a view may have asked for the next page from modelReset()
            emit loadingChanged(false);
        emit refreshed();
        return;
    }
    const qsizetype before = m_links.size();
    appendLinks(page.results);
    setTotalCount(count);
    // Nothing new on this page: a view would not ask again, so ask for the
    // next one, but not for ever (a server that keeps saying "more").
    m_emptyPagesInARow = m_links.size() == before ? m_emptyPagesInARow + 1 : 0;
    if (m_emptyPagesInARow > 0 && m_hasMore && m_emptyPagesInARow <= maxEmptyPagesInARow) {
        requestPage(m_nextOffset, m_query.pageSize);
        return;
    }
    if (m_emptyPagesInARow > maxEmptyPagesInARow)
        m_hasMore = false;
    if (!m_call) // a view may have asked for the next page from rowsInserted()
        emit loadingChanged(false);
}

void LinkListModel::appendLinks(const QList<Link> &links)
{
    QList<Link> fresh;
    for (const Link &link : links) {
        if (!m_ids.contains(link.id)) {
            m_ids.insert(link.id);
            fresh.append(withoutServerObject(link));
        }
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_links.size()), int(m_links.size() + fresh.size() - 1));
    m_links.append(fresh);
    endInsertRows();
}

void LinkListModel::setTotalCount(qint64 count)
{
    if (count == m_totalCount)
        return;
    m_totalCount = count;
    emit totalCountChanged(count);
}

std::optional<Link> LinkListModel::link(int row) const
{
    if (row < 0 || row >= m_links.size())
        return std::nullopt;
    return m_links.at(row);
}

std::optional<Link> LinkListModel::linkById(qint64 id) const
{
    return link(rowOf(id));
}

int LinkListModel::rowOf(qint64 linkId) const
{
    const auto it = std::find_if(m_links.cbegin(), m_links.cend(), [linkId](const Link &link) { return link.id == linkId; });
    return it == m_links.cend() ? -1 : int(it - m_links.cbegin());
}

void LinkListModel::updateLink(const Link &link)
{
    const int row = rowOf(link.id);
    if (row < 0)
        return;
    m_links[row] = link;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool LinkListModel::insertCreated(const Link &link)
{
    // A created link has the highest id and the latest creation and update times.
    const bool newestFirst = m_query.descending
        && (m_query.order == LinkListQuery::Order::Created || m_query.order == LinkListQuery::Order::Id
            || m_query.order == LinkListQuery::Order::Updated);
    if (!newestFirst || m_query.isFiltered() || m_ids.contains(link.id) || m_totalCount < 0)
        return false;
    beginInsertRows({}, 0, 0);
    m_links.prepend(link);
    m_ids.insert(link.id);
    endInsertRows();
    ++m_nextOffset; // the server's pages moved down by one
    setTotalCount(m_totalCount + 1);
    return true;
}

int LinkListModel::waitingCreateCount() const
{
    return int(std::count_if(m_links.cbegin(), m_links.cend(), [](const Link &link) { return link.id < 0; }));
}

void LinkListModel::insertPending(const Link &link)
{
    if (link.id >= 0 || m_ids.contains(link.id))
        return;
    beginInsertRows({}, 0, 0);
    m_links.prepend(link);
    m_ids.insert(link.id);
    endInsertRows();
}

void LinkListModel::removePending(qint64 localId)
{
    const int row = rowOf(localId);
    if (localId >= 0 || row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_links.removeAt(row);
    m_ids.remove(localId);
    endRemoveRows();
}

void LinkListModel::setPending(qint64 linkId, bool pending)
{
    if (m_pending.contains(linkId) == pending)
        return;
    if (pending)
        m_pending.insert(linkId);
    else
        m_pending.remove(linkId);
    if (const int row = rowOf(linkId); row >= 0)
        emit dataChanged(index(row, NameColumn), index(row, NameColumn));
}

void LinkListModel::takeLinks(const QList<qint64> &linkIds)
{
    QList<int> rows;
    for (qint64 id : linkIds) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_taken.insert(m_links.at(row).id, row);
        m_links.removeAt(row);
        endRemoveRows();
    }
    if (!rows.isEmpty() && m_totalCount >= 0)
        setTotalCount(m_totalCount - rows.size());
}

void LinkListModel::restoreLinks(const QList<Link> &links)
{
    QList<std::pair<int, Link>> byRow;
    for (const Link &link : links) {
        if (m_taken.contains(link.id))
            byRow.append({m_taken.take(link.id), link});
    }
    std::sort(byRow.begin(), byRow.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[wasRow, link] : std::as_const(byRow)) {
        const int row = std::min<int>(wasRow, int(m_links.size()));
        beginInsertRows({}, row, row);
        m_links.insert(row, link);
        endInsertRows();
    }
    if (!byRow.isEmpty() && m_totalCount >= 0)
        setTotalCount(m_totalCount + byRow.size());
}

void LinkListModel::forgetDeleted(const QList<qint64> &linkIds)
{
    for (qint64 id : linkIds) {
        if (m_taken.remove(id)) {
            m_ids.remove(id);
            m_nextOffset = std::max(0, m_nextOffset - 1);
        }
    }
}

void LinkListModel::setThumbnailEdge(int edge)
{
    if (edge == m_thumbnailEdge)
        return;
    m_thumbnailEdge = edge;
    m_waitingRows.clear();
    if (!m_links.isEmpty())
        emit dataChanged(index(0, NameColumn), index(int(m_links.size()) - 1, NameColumn), {Qt::DecorationRole});
}

std::optional<Thumbnail> LinkListModel::thumbnailOf(const Link &link) const
{
    return link.image ? link.image->thumbnailFor(m_thumbnailEdge) : std::nullopt;
}

void LinkListModel::loadThumbnails(int firstRow, int lastRow)
{
    QList<Thumbnail> wanted;
    for (int row = std::max(0, firstRow); row <= lastRow && row < m_links.size(); ++row) {
        if (const std::optional<Thumbnail> thumbnail = thumbnailOf(m_links.at(row))) {
            wanted.append(*thumbnail);
            const ThumbnailCache::State state = m_thumbnails->state(thumbnail->id, m_thumbnailEdge);
            const std::pair<qint64, int> waiting(m_links.at(row).id, row);
            if ((state == ThumbnailCache::State::Missing || state == ThumbnailCache::State::Loading)
                && !m_waitingRows.contains(thumbnail->id, waiting))
                m_waitingRows.insert(thumbnail->id, waiting);
        }
    }
    m_thumbnails->request(wanted, m_thumbnailEdge);
}

void LinkListModel::onThumbnailLoaded(qint64 thumbnailId, int edge)
{
    if (edge != m_thumbnailEdge)
        return;
    // Thumbnails arrive in bursts, and a pass over 10 000 rows costs a
    // millisecond or two: one pass for all that arrived meanwhile.
    if (m_arrivedThumbnails.isEmpty())
        QMetaObject::invokeMethod(this, &LinkListModel::showArrivedThumbnails, Qt::QueuedConnection);
    m_arrivedThumbnails.insert(thumbnailId);
}

void LinkListModel::showArrivedThumbnails()
{
    const QSet<qint64> arrived = std::exchange(m_arrivedThumbnails, {});
    // Only the rows that asked: a view asks for the rows it shows, and
    // paints the others afresh when they come into view (a pass over every
    // row was 10 000 rows for a page's pictures).
    QList<int> rows;
    for (const qint64 thumbnailId : arrived) {
        for (auto it = m_waitingRows.constFind(thumbnailId); it != m_waitingRows.cend() && it.key() == thumbnailId; ++it) {
            const auto [linkId, rowThen] = it.value();
            const int row = rowThen < m_links.size() && m_links.at(rowThen).id == linkId ? rowThen : rowOf(linkId);
            const std::optional<Thumbnail> thumbnail = row >= 0 ? thumbnailOf(m_links.at(row)) : std::nullopt;
            if (thumbnail && thumbnail->id == thumbnailId)
                rows.append(row);
        }
        m_waitingRows.remove(thumbnailId);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // One signal for each run of rows whose thumbnail arrived, not one per row.
    for (qsizetype first = 0, last = 0; first < rows.size(); first = last + 1) {
        last = first;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        emit dataChanged(index(rows.at(first), NameColumn), index(rows.at(last), NameColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

int LinkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int LinkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Link &link = m_links.at(index.row());
    // Made only for the roles that show them: a view asks for many roles per cell.
    const auto name = [&link] { return ServerText::shown(link.name); };
    const auto url = [&link] { return link.url ? UrlText::shown(*link.url) : QString(); };
    const auto updated = [&link] { return DateText::shown(link.updatedAt, QLocale::ShortFormat); };
    const bool pending = link.id < 0 || m_pending.contains(link.id);
    const auto pendingText = [&link] { return link.id < 0 ? tr("not yet on the server") : tr("changes not yet on the server"); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (pending)
                return tr("%1 — %2").arg(PersianText::inOwnDirection(name()), pendingText());
            return PersianText::inOwnDirection(name());
        case UrlColumn: return link.url && !link.url->isEmpty() ? PersianText::isolated(url()) : QString();
        case UpdatedColumn: return updated();
        }
        break;
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn: return data(index, AccessibleRowRole);
        case UrlColumn: return url();
        case UpdatedColumn: return updated();
        }
        break;
    case PendingRole:
        return pending;
    case Qt::FontRole:
        if (pending) {
            QFont pending; // the row is not what the server holds yet
            pending.setItalic(true);
            return pending;
        }
        break;
    case AccessibleRowRole: {
        // What the row shows, said: its mark of a change still in the outbox too.
        const QString shownName = pending ? tr("%1 — %2").arg(name(), pendingText()) : name();
        const QString shownUrl = url();
        return PersianText::withoutDirectionMarks(shownUrl.isEmpty()
                                                      ? tr("%1, no URL, updated %2").arg(shownName, updated())
                                                      : tr("%1, %2, updated %3").arg(shownName, shownUrl, updated()));
    }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            const std::optional<Thumbnail> thumbnail = thumbnailOf(link);
            const QString failure = thumbnail ? m_thumbnails->failure(thumbnail->id, m_thumbnailEdge) : QString();
            return ServerText::toolTip(failure.isEmpty() ? link.name : link.name + QLatin1Char('\n') + failure);
        }
        if (index.column() == UrlColumn && link.url)
            return ServerText::toolTip(UrlText::readable(*link.url));
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            if (const std::optional<Thumbnail> thumbnail = thumbnailOf(link)) {
                const QImage image = m_thumbnails->image(thumbnail->id, m_thumbnailEdge);
                if (!image.isNull())
                    return image;
            }
        }
        break;
    case Qt::TextAlignmentRole:
        // A URL reads left to right whatever the UI's direction.
        if (index.column() == UrlColumn)
            return QVariant::fromValue(Qt::AlignAbsolute | Qt::AlignLeft | Qt::AlignVCenter);
        break;
    case LinkIdRole:
        return link.id;
    }
    return {};
}

QVariant LinkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case UrlColumn: return tr("URL");
    case UpdatedColumn: return tr("Updated");
    }
    return {};
}

bool LinkListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_call && !m_refreshing;
}

void LinkListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextOffset, m_query.pageSize);
}

void LinkListModel::sort(int column, Qt::SortOrder order)
{
    LinkListQuery query = m_query;
    switch (column) {
    case NameColumn: query.order = LinkListQuery::Order::Name; break;
    case UpdatedColumn: query.order = LinkListQuery::Order::Updated; break;
    default: return; // the server does not order by URL
    }
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}
