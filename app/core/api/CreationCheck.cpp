#include "CreationCheck.h"

#include "ApiClient.h"
#include "ListLinksCall.h"

CreationCheck::CreationCheck(ApiClient *api, const LinkDraft &sent, const QDateTime &sentAt, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sent(sent)
    , m_sentAt(sentAt)
{
}

void CreationCheck::start()
{
    const QString name = m_sent.toJson().value(QStringLiteral("name")).toString();
    // Newest first, as the contract's default ordering: ours would be on top.
    ListLinksCall *call = m_api->listLinks(m_sent.portfolioId, 20, 0, name);
    m_call = call;
    connect(call, &ListLinksCall::listed, this, [this, name](const LinkPage &page) {
        const QDateTime earliest = m_sentAt.addSecs(-clockToleranceSeconds);
        for (const Link &link : page.results) {
            if (link.name == name && link.createdAt >= earliest) {
                emit found(link);
                return;
            }
        }
        emit notFound();
    });
    connect(call, &ApiCall::failed, this, &CreationCheck::failed);
}

void CreationCheck::cancel()
{
    if (m_call)
        m_call->cancel();
}
