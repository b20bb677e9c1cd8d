#include "OutboxService.h"

#include "OutboxWorker.h"
#include "WorkerThreads.h"
#include "api/ApiClient.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QNetworkInformation>
#include <QtConcurrent>

#include <utility>

OutboxService::OutboxService(ApiClient *api, const QString &databasePath, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(std::make_unique<LocalStore>(databasePath))
    , m_history(new History(m_store.get(), this))
    , m_outbox(new Outbox(m_store.get(), m_history, this))
    , m_worker(new OutboxWorker(api, m_outbox, std::move(policy), this))
{
    m_worker->setLockFile(OutboxWorker::lockFileFor(databasePath));
    for (const auto signal : {&Outbox::itemAdded, &Outbox::itemChanged, &Outbox::itemRemoved})
        connect(m_outbox, signal, this, &OutboxService::countChanged);
    m_outbox->setOpener([this] { open(); });
    connect(&m_opening, &QFutureWatcher<Opening>::finished, this, [this] {
        if (!m_opening.isCanceled())
            finishOpening(m_opening.result());
    });
    m_probe.setInterval(probeInterval);
    connect(&m_probe, &QTimer::timeout, this, &OutboxService::probe);
}

OutboxService::~OutboxService()
{
    m_opening.waitForFinished(); // it uses the worker's lock file
    delete m_worker; // before the outbox it answers to
    m_worker = nullptr;
}

void OutboxService::openInBackground()
{
    if (m_open || m_opening.future().isValid())
        return;
    m_opening.setFuture(QtConcurrent::run(WorkerThreads::pool(), &OutboxService::prepare, m_store->filePath(), m_worker, m_adoption));
}

void OutboxService::open()
{
    if (m_open)
        return;
    if (!m_opening.future().isValid()) {
        finishOpening(prepare(m_store->filePath(), m_worker, m_adoption));
        return;
    }
    // Taken over by this thread if no worker has started it yet.
    m_opening.waitForFinished();
    finishOpening(m_opening.result());
}

OutboxService::Opening OutboxService::prepare(const QString &databasePath, OutboxWorker *worker,
                                              const ChangeAdoption &adoption)
{
    Opening opening;
    // Loads the network backends' plugins here (Qt guards their list and
    // gives their factories to the main thread), so that loading the
    // backend on the GUI thread later only makes it.
    QNetworkInformation::availableBackends();
    opening.check = LocalStore::check(databasePath);
    if (!opening.check.available)
        return opening;
    // The lock file is not the GUI thread's yet: the worker claims it only
    // once the outbox is available, after this. Another running instance
    // may be sending what it left "sending".
    opening.claimed = worker->claim();
    opening.items = LocalStore::withConnection(databasePath, [&opening, &adoption](const QSqlDatabase &db) {
        if (opening.claimed)
            adoption.apply(db);
        return Outbox::read(db, opening.claimed).value_or(QList<OutboxItem>());
    });
    return opening;
}

void OutboxService::finishOpening(const Opening &opening)
{
    if (m_open)
        return;
    m_open = true;
    m_outbox->setOpener({});
    if (!m_store->take(opening.check)) {
        emit opened();
        return;
    }
    m_outbox->take(opening.items);
    // The network backend (its plugin loaded by prepare()) is made on a later
    // turn of the event loop, so that the GUI thread is never held for both
    // at once. A backend that cannot tell (no NetworkManager) is no better
    // than none: the probe then runs.
    QMetaObject::invokeMethod(this, [this] {
        if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()
            && QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability)
            && QNetworkInformation::instance()->reachability() != QNetworkInformation::Reachability::Unknown) {
            m_hasBackend = true;
            connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability reachability) {
                        onReachabilityChanged(reachability == QNetworkInformation::Reachability::Online);
                    });
        }
    }, Qt::QueuedConnection);
    m_probe.start();
    m_worker->wake();
    countChanged();
    emit opened();
}

QString OutboxService::connectedKey() const
{
    return Outbox::keyOf(*m_api);
}

int OutboxService::waitingCount() const
{
    return m_outbox->count(connectedKey());
}

void OutboxService::connectionChanged()
{
    countChanged();
    m_worker->wake();
    emit connected();
}

// Told on the next turn of the event loop, once for a burst of changes:
// the status bar's update (half a millisecond) then never stands between a
// click and its request.
void OutboxService::countChanged()
{
    if (std::exchange(m_countQueued, true))
        return;
    QMetaObject::invokeMethod(this, &OutboxService::tellCount, Qt::QueuedConnection);
}

void OutboxService::tellCount()
{
    m_countQueued = false;
    const int count = waitingCount();
    if (count != m_lastCount) {
        m_lastCount = count;
        emit waitingCountChanged(count);
    }
}

void OutboxService::onReachabilityChanged(bool online)
{
    if (online)
        m_worker->retryNow();
}

void OutboxService::probe()
{
    // What other instances added or sent meanwhile (the rows are few).
    if (!m_worker->isSending())
        m_outbox->load();
    m_worker->wake(); // a token or a server may have come since
    if (m_hasBackend || m_probeCall || m_worker->isSending() || !m_api->hasToken())
        return;
    const QList<OutboxItem> waiting = m_outbox->itemsOf(connectedKey());
    const auto pending = std::find_if(waiting.cbegin(), waiting.cend(), [](const OutboxItem &item) {
        return item.state == OutboxItem::State::Pending && item.nextRetry.isValid();
    });
    if (pending == waiting.cend())
        return;
    // Cheaper than the change itself, and it changes nothing: the list's first row.
    LinkListQuery oneRow;
    oneRow.pageSize = 1;
    LinkPageCall *call = m_api->listLinks(pending->portfolioId, oneRow);
    m_probeCall = call;
    connect(call, &ApiCall::succeeded, this, [this] { m_worker->retryNow(); });
}
