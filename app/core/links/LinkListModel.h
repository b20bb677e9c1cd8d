#pragma once

#include "api/ApiError.h"
#include "api/JsonCall.h"
#include "api/LinkListQuery.h"
#include "model/Link.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

class ApiClient;
class ThumbnailCache;

// A portfolio's links as the server pages, searches, filters and orders
// them: one row per link, keyed by id, fetched a page at a time as a view
// scrolls (canFetchMore/fetchMore). Rows change in place when the app
// creates, edits or deletes a link, without reloading. Thumbnails come
// from a shared ThumbnailCache, only for the rows a view asks for.
class LinkListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UrlColumn, UpdatedColumn, ColumnCount };
    enum Role {
        LinkIdRole = Qt::UserRole + 1,
        // What a screen reader says for the row: name, URL, date, no direction marks.
        AccessibleRowRole,
        // Whether a change of the row is still in the outbox (not yet on the server).
        PendingRole,
    };

    LinkListModel(ApiClient *api, ThumbnailCache *thumbnails, QObject *parent = nullptr);
    ~LinkListModel() override;

    // Both start over from the first page; an answer to an earlier query is
    // never shown.
    void setPortfolio(qint64 portfolioId);
    void setQuery(const LinkListQuery &query);
    qint64 portfolio() const { return m_portfolioId; }
    LinkListQuery query() const { return m_query; }
    // Loads again as many rows as are loaded now, then swaps them in at once
    // (a view keeps its selection and scroll position through refreshed()).
    void refresh();

    bool isLoading() const { return !m_call.isNull(); }
    // The server's count for the query; -1 before the first page.
    qint64 totalCount() const { return m_totalCount; }
    // The rows of links waiting in the outbox to be created (not in totalCount()).
    int waitingCreateCount() const;
    std::optional<Link> link(int row) const;
    std::optional<Link> linkById(qint64 id) const;
    int rowOf(qint64 linkId) const;

    // After the app changed the server: a row updated in place, a created
    // link put at the top (only when the list is newest first and unfiltered,
    // where the server would put it), rows taken out and put back.
    void updateLink(const Link &link);
    bool insertCreated(const Link &link);
    void takeLinks(const QList<qint64> &linkIds);
    void restoreLinks(const QList<Link> &links);
    // The server deleted these taken links: later pages start earlier.
    void forgetDeleted(const QList<qint64> &linkIds);
    // Changes still in the outbox: a link waiting to be created is a row of
    // its own at the top (its id negative, the outbox item's id), which the
    // server's counts and pages know nothing of; a link with a change waiting
    // is marked.
    void insertPending(const Link &link);
    void removePending(qint64 localId);
    void setPending(qint64 linkId, bool pending);

    // Thumbnails of these rows, `edge` device pixels square.
    void setThumbnailEdge(int edge);
    void loadThumbnails(int firstRow, int lastRow);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // Asks the server for this order: the model never sorts what it pages.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 count);
    void failed(const ApiError &error);
    void refreshed();

private:
    void startOver();
    void requestPage(int offset, int limit);
    void onPage(const LinkPage &page, int offset);
    void appendLinks(const QList<Link> &links);
    void setTotalCount(qint64 count);
    void cancel();
    std::optional<Thumbnail> thumbnailOf(const Link &link) const;
    void onThumbnailLoaded(qint64 thumbnailId, int edge);
    void showArrivedThumbnails();

    ApiClient *m_api;
    ThumbnailCache *m_thumbnails;
    qint64 m_portfolioId = 0;
    LinkListQuery m_query;
    QList<Link> m_links;
    QSet<qint64> m_ids; // of m_links and of m_taken
    QHash<qint64, int> m_taken; // link id -> its row when taken out, until deleted or restored
    QSet<qint64> m_pending; // links with a change in the outbox
    int m_nextOffset = 0;
    bool m_hasMore = false;
    qint64 m_totalCount = -1;
    QPointer<LinkPageCall> m_call;
    // A refresh collects here until it has as many rows as before.
    std::optional<QList<Link>> m_refreshing;
    int m_refreshTarget = 0;
    int m_thumbnailEdge = 64;
    QSet<qint64> m_arrivedThumbnails; // loaded, their rows not yet told
    // Rows that asked for a thumbnail still loading, by its id: the link and
    // its row then (rows move as links are inserted and taken out).
    QMultiHash<qint64, std::pair<qint64, int>> m_waitingRows;
    static constexpr int maxEmptyPagesInARow = 3;
    int m_emptyPagesInARow = 0;
};
