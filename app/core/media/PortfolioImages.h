#pragma once

#include "api/ApiError.h"
#include "api/JsonCall.h"
#include "model/Image.h"
#include "model/LinkPage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;

// The images a portfolio's links already use, for picking one again: reads
// every page of the link list, keeps each image once (first seen first) and
// skips links without one. The server has no endpoint listing images.
class PortfolioImages : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultPageSize = 100;
    // The first page holds a screenful: the first thumbnails wait for its
    // answer, and the server answers 24 links in about a third of the time
    // it takes for 100 (the reference backend, measured: 46 against 140 ms).
    static constexpr int firstPageSize = 24;
    // A server whose "next" never ends would otherwise be paged forever.
    // At the cap the images read so far are reported as finished(), with
    // stoppedAtPageCap() set: a partial choice of images beats none, and
    // 100 pages of links hold far more images than anyone picks from.
    static constexpr int defaultMaxPages = 100;

    explicit PortfolioImages(ApiClient *client, QObject *parent = nullptr);
    ~PortfolioImages() override;

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }
    // A first page with images is followed by the next only once readOn()
    // is called: the first screen's thumbnails are then fetched alone, not
    // beside a page of 100 links the server is building (on the reference
    // backend that made them 10-50 ms later).
    void setHoldAfterFirstPage(bool hold) { m_holdAfterFirstPage = hold; }
    // Asks for the next page of a reading held after its first.
    void readOn();

    // Starts over; a collection still running is cancelled and never reported.
    void load(qint64 portfolioId);
    // Stops without reporting anything.
    void cancel();
    // Held after the first page counts: more is still to come.
    bool isLoading() const { return !m_call.isNull() || m_held; }
    bool isHeld() const { return m_held; }
    qint64 portfolioId() const { return m_portfolioId; }
    bool stoppedAtPageCap() const { return m_stoppedAtPageCap; }

signals:
    // The images a page added (never empty), as each page arrives, so that
    // a large portfolio can be shown while the rest is read.
    void found(const QList<Image> &newImages);
    void finished(const QList<Image> &images);
    void failed(const ApiError &error);

private:
    void requestPage();
    void onListed(const LinkPage &page);
    void onFailed(const ApiError &error);

    ApiClient *m_client;
    QPointer<LinkPageCall> m_call;
    int m_pageSize = defaultPageSize;
    int m_maxPages = defaultMaxPages;
    qint64 m_portfolioId = 0;
    int m_offset = 0;
    int m_pagesRead = 0;
    bool m_holdAfterFirstPage = false;
    bool m_held = false;
    bool m_stoppedAtPageCap = false;
    QList<Image> m_images;
    QSet<qint64> m_seenIds;
};
