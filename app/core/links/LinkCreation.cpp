#include "LinkCreation.h"

#include "CreationCheck.h"
#include "api/ApiClient.h"

LinkCreation::LinkCreation(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cause(ApiError::cancelled())
{
}

LinkCreation::~LinkCreation() = default;

std::optional<qint64> LinkCreation::newestKnownId(qint64 portfolioId) const
{
    const auto it = m_newestIds.constFind(portfolioId);
    return it == m_newestIds.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void LinkCreation::noteNewestId(qint64 portfolioId, qint64 id)
{
    m_newestIds.insert(portfolioId, std::max(m_newestIds.value(portfolioId, 0), id));
}

void LinkCreation::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LinkCreation::prepare(qint64 portfolioId)
{
    if (m_state != State::Idle || portfolioId <= 0 || !m_api->hasToken() || m_newestIdCall)
        return;
    LinkListQuery newestFirst;
    newestFirst.order = LinkListQuery::Order::Id;
    newestFirst.pageSize = 1;
    LinkPageCall *call = m_api->listLinks(portfolioId, newestFirst);
    m_newestIdCall = call;
    call->onSucceeded(this, [this, portfolioId](const LinkPage &page) {
        // Learnt while a POST was out, it could count that POST's own link as older.
        if (m_state == State::Idle)
            noteNewestId(portfolioId, page.results.isEmpty() ? 0 : page.results.first().id);
    });
    connect(call, &ApiCall::finished, this, &LinkCreation::prepareFinished);
}

void LinkCreation::resume(const LinkDraft &sent, std::optional<qint64> newestIdBefore)
{
    if (isBusy())
        return;
    m_sent = sent;
    m_newestIdBeforeSending = newestIdBefore;
    m_cause = ApiError::timeout(); // what an answer that never came looks like
    setState(State::Unresolved);
}

void LinkCreation::submit(const LinkDraft &draft)
{
    if (m_state == State::Unresolved)
        startCheck(draft);
    else if (m_state == State::Idle)
        send(draft);
}

void LinkCreation::createAnyway(const LinkDraft &draft)
{
    if (isBusy())
        return;
    send(draft);
}

void LinkCreation::acceptExisting(const Link &link)
{
    if (isBusy())
        return;
    noteNewestId(m_sent.portfolioId, link.id);
    setState(State::Idle);
    emit foundAfterUnknownOutcome(link);
}

void LinkCreation::release()
{
    if (m_state == State::Unresolved)
        setState(State::Idle);
}

void LinkCreation::cancel()
{
    // Cancelling a send starts its check at once: that one is not cancelled here.
    if (m_state == State::Sending && m_call)
        m_call->cancel();
    else if (m_state == State::Checking && m_check)
        m_check->cancel();
}

void LinkCreation::send(const LinkDraft &draft)
{
    if (m_newestIdCall)
        m_newestIdCall->cancel(); // its answer could no longer be trusted
    m_sent = draft;
    m_newestIdBeforeSending = newestKnownId(draft.portfolioId);
    emit aboutToSend(m_newestIdBeforeSending);
    // The POST first: what the window does on the state's change (the form
    // disabled, the status shown) is not in its way to the wire.
    LinkCall *call = m_api->createLink(draft);
    m_call = call;
    setState(State::Sending);
    call->onSucceeded(this, [this](const Link &link) {
        noteNewestId(m_sent.portfolioId, link.id);
        setState(State::Idle);
        emit created(link);
    });
    connect(call, &ApiCall::failed, this,
            [this, call](const ApiError &error) { onSendFailed(error, call->requestWasSent()); });
}

void LinkCreation::onSendFailed(const ApiError &error, bool requestSent)
{
    // Qt's HTTP thread reports that the body left a moment after it did: a
    // cancel in that moment would look like one before sending. A cancelled
    // create is therefore always checked.
    const bool mayHaveLeft = requestSent || error.kind() == ApiError::Kind::Cancelled;
    if (!error.mayHaveBeenProcessed(mayHaveLeft)) {
        setState(State::Idle);
        emit failed(error);
        return;
    }
    m_cause = error;
    startCheck(std::nullopt);
}

void LinkCreation::startCheck(const std::optional<LinkDraft> &sendIfNotCreated)
{
    setState(State::Checking);
    emit checking(m_cause);
    auto *check = new CreationCheck(m_api, m_sent, m_newestIdBeforeSending, this);
    m_check = check;
    connect(check, &CreationCheck::found, this, [this](const Link &link) {
        noteNewestId(m_sent.portfolioId, link.id);
        setState(State::Idle);
        emit foundAfterUnknownOutcome(link);
    });
    connect(check, &CreationCheck::notFound, this, [this, sendIfNotCreated] {
        if (sendIfNotCreated) {
            send(*sendIfNotCreated);
        } else {
            setState(State::Idle);
            emit notCreated(m_cause);
        }
    });
    connect(check, &CreationCheck::undecided, this, [this](const QList<Link> &identical) {
        setState(State::Unresolved);
        emit undecided(identical);
    });
    connect(check, &CreationCheck::failed, this, [this](const ApiError &checkError) {
        setState(State::Unresolved);
        emit stillUnknown(m_cause, checkError);
    });
    check->start();
}
