#include "LinkCreator.h"

#include "Console.h"
#include "links/OutboxWorker.h"
#include "text/PersianText.h"

#include <QEventLoop>

LinkCreator::LinkCreator(ApiClient *api, const Console &console)
    : m_creation(api)
    , m_outbox(*api)
    , m_console(console)
{
}

void LinkCreator::prepare(qint64 portfolioId)
{
    m_creation.prepare(portfolioId);
    if (!m_creation.isPreparing())
        return;
    QEventLoop loop;
    QObject::connect(&m_creation, &LinkCreation::prepareFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

std::optional<qint64> LinkCreator::earlierImage(const LinkDraft &draft)
{
    const std::optional<CliOutbox::Unresolved> earlier = m_outbox.unresolved(draft, true);
    return earlier ? earlier->item.draft().imageId : std::nullopt;
}

std::optional<Link> LinkCreator::create(const LinkDraft &draft, ExitCode::Code *code)
{
    std::optional<Link> result;
    QEventLoop loop;
    qint64 row = 0;
    bool resumed = false;
    if (const std::optional<CliOutbox::Unresolved> earlier = m_outbox.unresolved(draft)) {
        if (earlier->inUse) {
            m_console.error(tr("The same link is being created by another run of this command right now: nothing "
                               "was sent. Run it again once that one has finished."));
            *code = ExitCode::Usage;
            return std::nullopt;
        }
        row = earlier->item.id;
        resumed = true;
        m_creation.resume(earlier->item.draft(), earlier->item.newestIdBefore);
        m_console.note(tr("An earlier create of this link got no answer: the server is asked about it first."));
    }
    const auto done = [&](const std::optional<Link> &link, ExitCode::Code exit) {
        result = link;
        *code = exit;
        loop.quit();
    };
    QObject::connect(&m_creation, &LinkCreation::aboutToSend, &loop, [&](std::optional<qint64> newestIdBefore) {
        row = m_outbox.sending(row, m_creation.sentDraft(), newestIdBefore);
    });
    QObject::connect(&m_creation, &LinkCreation::created, &loop, [&](const Link &link) {
        m_outbox.created(row, link);
        done(link, ExitCode::Ok);
    });
    QObject::connect(&m_creation, &LinkCreation::foundAfterUnknownOutcome, &loop, [&](const Link &link) {
        m_outbox.created(row, link);
        m_console.note(tr("The answer to the create was lost, but the server had created link %1: it was not sent again.")
                           .arg(PersianText::id(link.id)));
        done(link, ExitCode::Ok);
    });
    QObject::connect(&m_creation, &LinkCreation::failed, &loop, [&](const ApiError &error) {
        m_outbox.refused(row, error);
        done(std::nullopt, m_console.fail(error));
    });
    QObject::connect(&m_creation, &LinkCreation::checking, &loop, [&](const ApiError &cause) {
        if (resumed) // said above, and the cause is not this run's
            return;
        m_console.note(tr("%1 Asking the server whether the link was created before anything is sent again…").arg(cause.message()));
    });
    QObject::connect(&m_creation, &LinkCreation::notCreated, &loop, [&](const ApiError &cause) {
        m_outbox.refused(row, cause);
        m_console.error(tr("The link was not created (the server has no such link)."));
        done(std::nullopt, m_console.fail(cause));
    });
    const QString keptWhy = tr("Whether the link was created is unknown, and it was not sent again. The next create "
                               "of the same link asks the server first. Look for it with: list --search NAME");
    QObject::connect(&m_creation, &LinkCreation::stillUnknown, &loop, [&](const ApiError &cause, const ApiError &checkError) {
        m_outbox.leftUnknown(row, OutboxWorker::describe(checkError));
        m_console.error(keptWhy);
        if (checkError.message() != cause.message()) // said once when both met the same network
            m_console.fail(checkError);
        done(std::nullopt, m_console.fail(cause));
    });
    QObject::connect(&m_creation, &LinkCreation::undecided, &loop, [&](const QList<Link> &identical) {
        QStringList ids;
        for (const Link &link : identical)
            ids << PersianText::id(link.id);
        const QString why = tr("The answer to the create was lost, and links identical to it exist (%1): which of them, "
                               "if any, this create made cannot be told. It was not sent again.")
                                .arg(ids.join(QStringLiteral(", ")));
        m_outbox.leftUnknown(row, why);
        m_console.error(why);
        done(std::nullopt, ExitCode::Server);
    });
    m_creation.submit(draft);
    loop.exec();
    return result;
}
