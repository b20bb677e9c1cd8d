#include "PortfolioImages.h"

#include "api/ApiClient.h"

#include <algorithm>
#include <utility>

PortfolioImages::PortfolioImages(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

PortfolioImages::~PortfolioImages()
{
    cancel();
}

void PortfolioImages::load(qint64 portfolioId)
{
    cancel();
    m_portfolioId = portfolioId;
    m_offset = 0;
    m_pagesRead = 0;
    m_stoppedAtPageCap = false;
    m_images.clear();
    m_seenIds.clear();
    requestPage();
}

void PortfolioImages::cancel()
{
    m_held = false;
    if (!m_call)
        return;
    std::exchange(m_call, nullptr)->abandon(this);
}

void PortfolioImages::requestPage()
{
    LinkListQuery query;
    query.pageSize = m_pagesRead == 0 ? std::min(m_pageSize, firstPageSize) : m_pageSize;
    m_call = m_client->listLinks(m_portfolioId, query, m_offset);
    m_call->onSucceeded(this, [this](const LinkPage &page) { onListed(page); });
    connect(m_call, &ApiCall::failed, this, &PortfolioImages::onFailed);
}

void PortfolioImages::onListed(const LinkPage &page)
{
    m_call = nullptr;
    ++m_pagesRead;
    QList<Image> newImages;
    for (const Link &link : page.results) {
        if (link.image && !m_seenIds.contains(link.image->id)) {
            m_seenIds.insert(link.image->id);
            newImages.append(*link.image);
        }
    }
    m_images.append(newImages);
    m_offset += int(page.results.size());
    // An empty page that still says "next" would ask for the same offset
    // again: the list has ended whatever the server claims.
    const bool more = page.hasNext && !page.results.isEmpty();
    const bool last = !more || m_pagesRead >= m_maxPages;
    m_stoppedAtPageCap = more && last;
    // Before found(), so that isLoading() tells its receivers the truth.
    if (!last && m_holdAfterFirstPage && m_pagesRead == 1 && !newImages.isEmpty())
        m_held = true;
    else if (!last)
        requestPage();
    if (!newImages.isEmpty())
        emit found(newImages);
    if (last)
        emit finished(m_images);
}

void PortfolioImages::readOn()
{
    if (!m_held)
        return;
    m_held = false;
    requestPage();
}

void PortfolioImages::onFailed(const ApiError &error)
{
    m_call = nullptr;
    emit failed(error);
}
