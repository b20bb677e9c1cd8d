#pragma once

#include "api/ApiError.h"
#include "api/LinkListQuery.h"
#include "model/Link.h"

#include <QSet>

#include <optional>

class ApiClient;

// A portfolio's links, one page after another, as the list endpoint pages
// them (the server searches, filters and orders). Offsets step over what
// was read, so a page is asked for once; in ascending id order the next page
// starts after the last id instead (export, import), which links deleted
// meanwhile cannot shift. A link met again (links added
// meanwhile shift the offsets) is given once; a page of nothing but links
// already given means the server does not page by offset, and ends the
// reading instead of asking for ever.
class LinkPager
{
public:
    LinkPager(ApiClient *api, qint64 portfolioId, const LinkListQuery &query);

    bool hasMore() const { return m_hasMore; }
    // The next page; nullopt with *error set when the request failed.
    std::optional<QList<Link>> next(ApiError *error);
    // Every remaining page.
    std::optional<QList<Link>> rest(ApiError *error);

private:
    ApiClient *m_api;
    qint64 m_portfolioId;
    LinkListQuery m_query;
    int m_offset = 0;
    bool m_hasMore = true;
    QSet<qint64> m_seen;
};
