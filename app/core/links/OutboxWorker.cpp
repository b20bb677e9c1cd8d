#include "OutboxWorker.h"

#include "LinkCreation.h"
#include "LinkFields.h"
#include "LinkUpdate.h"
#include "api/ApiClient.h"
#include "store/Outbox.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "portfoliolinks.outbox")

OutboxWorker::OutboxWorker(ApiClient *api, Outbox *outbox, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
    , m_policy(std::move(policy))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxWorker::workNext);
    connect(outbox, &Outbox::itemAdded, this, &OutboxWorker::wake);
}

OutboxWorker::~OutboxWorker()
{
    // An answer must not arrive at an outbox item whose worker is gone.
    delete m_operation.data();
}

void OutboxWorker::setLockFile(const QString &path)
{
    m_lock = std::make_unique<QLockFile>(path);
    m_lock->setStaleLockTime(0); // a crashed owner's lock is taken over (its pid is gone)
}

bool OutboxWorker::isTransient(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true; // not Cancelled: a person cancelled, and is told so

    case ApiError::Kind::Server:
        return error.httpStatus() == 502 || error.httpStatus() == 503 || error.httpStatus() == 504;
    default:
        return false;
    }
}

QString OutboxWorker::describe(const ApiError &error)
{
    const QMap<QString, QStringList> fields = error.fieldErrors();
    const bool validation = error.kind() == ApiError::Kind::Validation;
    // The form shows such messages beside its fields; the outbox lists them.
    QStringList lines{validation && error.nonFieldErrors().isEmpty() && !fields.isEmpty()
                          ? tr("The server did not accept these fields:")
                          : error.message()};
    for (const QString &field : LinkFields::inFormOrder(fields.keys()))
        lines.append(tr("%1: %2").arg(LinkFields::label(field), fields.value(field).join(QLatin1Char(' '))));
    if (!validation) // a refusal's message already says them
        lines.append(error.nonFieldErrors());
    return lines.join(QLatin1Char('\n'));
}

bool OutboxWorker::claim()
{
    return !m_lock || m_lock->isLocked() || m_lock->tryLock(0);
}

bool OutboxWorker::mayWork()
{
    return m_api->hasToken() && m_api->baseUrl().isValid() && m_outbox->isAvailable() && claim();
}

void OutboxWorker::wake()
{
    if (m_current == 0)
        workNext();
}

void OutboxWorker::retryNow(qint64 id)
{
    for (OutboxItem item : m_outbox->itemsOf(Outbox::keyOf(*m_api))) {
        if ((id != 0 && item.id != id) || item.state == OutboxItem::State::Sending)
            continue;
        if (id == 0 && item.state == OutboxItem::State::NeedsAttention)
            continue; // a person decides when those go again
        item.state = OutboxItem::State::Pending;
        item.nextRetry = {};
        m_outbox->update(item);
    }
    wake();
}

void OutboxWorker::workNext()
{
    m_timer.stop();
    if (m_current != 0 || !mayWork())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OutboxItem &item : m_outbox->itemsOf(Outbox::keyOf(*m_api))) {
        if (item.state != OutboxItem::State::Pending || (item.dependsOn != 0 && m_outbox->item(item.dependsOn)))
            continue; // the editor sends it, a person decides, or it waits for its create
        if (item.nextRetry.isValid() && item.nextRetry > now) {
            // The items behind it would meet the same network: all wait, in order.
            m_timer.start(std::chrono::milliseconds(std::max<qint64>(1, now.msecsTo(item.nextRetry))));
            return;
        }
        start(item);
        return;
    }
}

void OutboxWorker::start(OutboxItem item)
{
    m_current = item.id;
    item.state = OutboxItem::State::Sending;
    ++item.attempts;
    m_outbox->update(item);
    qCDebug(lcOutbox) << "sending item" << item.id << OutboxItem::operationKey(item.operation) << "attempt" << item.attempts;
    // Every request of the item goes to the connection whose item it is,
    // through its check after a lost answer, whatever the window is
    // switched to meanwhile; the pinned client owns the operation and its calls.
    ApiClient *api = m_api->pinnedCopy(this);
    m_operation = api;
    switch (item.operation) {
    case OutboxItem::Operation::Create:
        sendCreate(api, item);
        break;
    case OutboxItem::Operation::Edit:
        sendEdit(api, item);
        break;
    case OutboxItem::Operation::Delete:
        sendDelete(api, item);
        break;
    }
}

void OutboxWorker::sendCreate(ApiClient *api, const OutboxItem &item)
{
    auto *creation = new LinkCreation(api, api);
    const qint64 id = item.id;
    const LinkDraft draft = item.draft();
    connect(creation, &LinkCreation::aboutToSend, this,
            [this, id](std::optional<qint64> newestIdBefore) { m_outbox->markSending(id, newestIdBefore); });
    connect(creation, &LinkCreation::created, this, [this, id](const Link &link) { succeed(id, link); });
    connect(creation, &LinkCreation::foundAfterUnknownOutcome, this, [this, id](const Link &link) { succeed(id, link); });
    connect(creation, &LinkCreation::failed, this, [this, id](const ApiError &error) { fail(id, error, false); });
    connect(creation, &LinkCreation::notCreated, this, [this, id](const ApiError &cause) { fail(id, cause, false); });
    connect(creation, &LinkCreation::stillUnknown, this,
            [this, id](const ApiError &, const ApiError &checkError) { fail(id, checkError, true); });
    connect(creation, &LinkCreation::undecided, this, [this, id](const QList<Link> &identical) {
        stop(id, tr("The server has %Ln link(s) with exactly these values, and whether one of them is this change "
                    "cannot be told. Open it to decide.", nullptr, int(identical.size())));
    });
    if (item.outcomeUnknown) {
        creation->resume(draft, item.newestIdBefore);
        creation->submit(draft);
        return;
    }
    // The newest id first, so that the check after a lost answer can tell
    // this link from an identical older one. If it cannot be learnt (the
    // network), the POST meets the same network and fails cleanly.
    creation->prepare(draft.portfolioId);
    if (creation->isPreparing())
        connect(creation, &LinkCreation::prepareFinished, creation, [creation, draft] { creation->submit(draft); });
    else
        creation->submit(draft);
}

void OutboxWorker::sendEdit(ApiClient *api, const OutboxItem &item)
{
    auto *update = new LinkUpdate(api, api);
    const qint64 id = item.id;
    connect(update, &LinkUpdate::saved, this, [this, id](const Link &link) { succeed(id, link); });
    connect(update, &LinkUpdate::failed, this, [this, id](const ApiError &error) { fail(id, error, false); });
    connect(update, &LinkUpdate::conflict, this, [this, id](const Link &server) {
        stop(id, tr("Someone changed link %1 on the server after this edit was made. Open it to compare.").arg(server.id));
    });
    Link loaded;
    loaded.id = item.linkId;
    loaded.updatedAt = item.loadedUpdatedAt();
    update->save(loaded, item.patch());
}

void OutboxWorker::sendDelete(ApiClient *api, const OutboxItem &item)
{
    ApiCall *call = api->deleteLink(item.portfolioId, item.linkId);
    const qint64 id = item.id;
    const qint64 linkId = item.linkId;
    connect(call, &ApiCall::succeeded, this, [this, id, linkId] {
        Link gone;
        gone.id = linkId;
        succeed(id, gone);
    });
    connect(call, &ApiCall::failed, this, [this, id, linkId](const ApiError &error) {
        if (error.kind() != ApiError::Kind::NotFound) {
            fail(id, error, false);
            return;
        }
        Link gone; // gone either way: deleted elsewhere, or by an attempt whose answer was lost
        gone.id = linkId;
        succeed(id, gone);
    });
}

void OutboxWorker::succeed(qint64 id, const Link &link)
{
    if (const std::optional<OutboxItem> item = m_outbox->item(id)) {
        m_outbox->complete(id, link);
        if (item->operation == OutboxItem::Operation::Delete)
            emit deleted(*item);
        else
            emit applied(*item, link);
    }
    finished();
}

void OutboxWorker::fail(qint64 id, const ApiError &error, bool outcomeUnknown)
{
    handOver(id, error, outcomeUnknown);
    finished();
}

void OutboxWorker::handOver(qint64 id, const ApiError &error, bool outcomeUnknown)
{
    std::optional<OutboxItem> item = m_outbox->item(id);
    if (!item)
        return;
    item->outcomeUnknown = outcomeUnknown;
    if (!isTransient(error)) {
        m_outbox->update(*item);
        markNeedsAttention(id, describe(error));
        return;
    }
    item->state = OutboxItem::State::Pending;
    item->lastError = error.message();
    item->nextRetry = QDateTime::currentDateTimeUtc().addMSecs(m_policy.delayAfter(std::max(1, item->attempts)).count());
    m_outbox->update(*item);
    if (m_current == 0)
        m_timer.start(std::chrono::milliseconds(std::max<qint64>(1, QDateTime::currentDateTimeUtc().msecsTo(item->nextRetry))));
}

void OutboxWorker::stop(qint64 id, const QString &reason)
{
    markNeedsAttention(id, reason);
    finished();
}

void OutboxWorker::markNeedsAttention(qint64 id, const QString &reason)
{
    if (std::optional<OutboxItem> item = m_outbox->item(id)) {
        item->state = OutboxItem::State::NeedsAttention;
        item->lastError = reason;
        item->nextRetry = {};
        m_outbox->update(*item);
        emit needsAttention(*item);
    }
}

void OutboxWorker::finished()
{
    if (m_operation)
        m_operation->deleteLater();
    m_operation.clear();
    m_current = 0;
    // The next item after this answer has been handled, not inside it.
    QTimer::singleShot(0, this, &OutboxWorker::workNext);
}
