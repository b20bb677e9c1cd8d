#include "LinkPager.h"

#include "CallWaiter.h"
#include "api/ApiClient.h"

LinkPager::LinkPager(ApiClient *api, qint64 portfolioId, const LinkListQuery &query)
    : m_api(api)
    , m_portfolioId(portfolioId)
    , m_query(query)
{
}

std::optional<QList<Link>> LinkPager::next(ApiError *error)
{
    // In id order a page starts after the last id read, not at an offset: a
    // link deleted meanwhile would shift the offsets and leave one out.
    const bool byId = m_query.order == LinkListQuery::Order::Id && !m_query.descending;
    LinkPageCall *call = m_api->listLinks(m_portfolioId, m_query, byId ? 0 : m_offset);
    std::optional<LinkPage> page;
    call->onSucceeded(call, [&page](const LinkPage &value) { page = value; });
    if (!CallWaiter::wait(call, error))
        return std::nullopt;
    m_offset += int(page->results.size());
    if (byId && !page->results.isEmpty())
        m_query.idMin = page->results.last().id + 1;
    m_hasMore = page->hasNext && !page->results.isEmpty();
    QList<Link> unseen;
    for (const Link &link : std::as_const(page->results)) {
        if (!m_seen.contains(link.id)) {
            m_seen.insert(link.id);
            unseen.append(link);
        }
    }
    if (unseen.isEmpty() && !page->results.isEmpty()) {
        *error = ApiError::malformed(ParseError(ParseError::Problem::InvalidValue, QStringLiteral("results"),
                                                ParseError::tr("the next page's links, not the ones already sent")));
        return std::nullopt;
    }
    return unseen;
}

std::optional<QList<Link>> LinkPager::rest(ApiError *error)
{
    QList<Link> links;
    while (m_hasMore) {
        const std::optional<QList<Link>> page = next(error);
        if (!page)
            return std::nullopt;
        links += *page;
    }
    return links;
}
