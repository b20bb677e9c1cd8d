#include "CreationCheck.h"

#include "api/ApiClient.h"
#include "api/JsonCall.h"

namespace {

// DRF's CharField trims, and browsers and Django may send "\r\n" for a line break.
QString asStored(const QString &text)
{
    QString stored = text.trimmed();
    stored.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return stored;
}

bool sameUrl(const QString &sent, const std::optional<QString> &stored)
{
    const QString storedText = stored.value_or(QString()).trimmed();
    if (sent.isEmpty() || storedText.isEmpty())
        return sent.isEmpty() && storedText.isEmpty();
    // Percent-encoding and "." segments may differ and still be the same URL.
    return QUrl(sent).adjusted(QUrl::NormalizePathSegments) == QUrl(storedText).adjusted(QUrl::NormalizePathSegments);
}

} // namespace

CreationCheck::CreationCheck(ApiClient *api, const LinkDraft &sent, std::optional<qint64> newestIdBefore, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sent(sent)
    , m_newestIdBefore(newestIdBefore)
{
}

bool CreationCheck::matches(const Link &link, const LinkDraft &sent)
{
    const QJsonObject body = sent.toJson(); // exactly what went out, optional fields omitted
    return asStored(link.name) == asStored(body.value(QStringLiteral("name")).toString())
        && sameUrl(body.value(QStringLiteral("url")).toString(), link.url)
        && asStored(link.description.value_or(QString())) == asStored(body.value(QStringLiteral("description")).toString())
        && link.image.has_value() == sent.imageId.has_value() && (!link.image || link.image->id == *sent.imageId);
}

void CreationCheck::start()
{
    const QString name = m_sent.toJson().value(QStringLiteral("name")).toString();
    LinkListQuery query;
    query.search = name;
    query.exactSearch = true; // the name as it was sent, even one made of digits
    query.order = LinkListQuery::Order::Id;
    query.pageSize = pageSize;
    LinkPageCall *call = m_api->listLinks(m_sent.portfolioId, query);
    m_call = call;
    call->onSucceeded(this, [this](const LinkPage &page) { decide(page.results); });
    connect(call, &ApiCall::failed, this, &CreationCheck::failed);
    connect(call, &ApiCall::finished, this, &QObject::deleteLater);
}

void CreationCheck::decide(const QList<Link> &results)
{
    QList<Link> identical;
    QList<Link> newSinceSending;
    for (const Link &link : results) {
        if (!matches(link, m_sent))
            continue;
        identical.append(link);
        if (m_newestIdBefore && link.id > *m_newestIdBefore)
            newSinceSending.append(link);
    }
    if (newSinceSending.size() == 1)
        emit found(newSinceSending.first());
    else if (newSinceSending.size() > 1)
        emit undecided(newSinceSending);
    else if (identical.isEmpty() || m_newestIdBefore)
        emit notFound(); // identical links older than the submission are not ours
    else
        emit undecided(identical);
}

void CreationCheck::cancel()
{
    if (m_call)
        m_call->cancel();
}
