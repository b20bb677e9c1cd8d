#include "DeleteCommand.h"

#include "CallWaiter.h"
#include "Console.h"
#include "api/ApiClient.h"
#include "text/PersianText.h"
#include "text/ServerText.h"

ExitCode::Code DeleteCommand::run()
{
    QList<qint64> ids;
    for (const QString &argument : m_options.arguments) {
        const std::optional<qint64> id = idArgument(argument);
        if (!id)
            return ExitCode::Usage;
        ids << *id;
    }
    if (!m_options.yes && !Console::stdinIsTerminal()) {
        m_console.error(tr("Nothing was deleted: without a terminal to ask on, delete needs --yes."));
        return ExitCode::Usage;
    }
    if (!hasPortfolio())
        return ExitCode::Usage;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i);
        ApiError error = ApiError::cancelled();
        if (!m_options.yes) {
            LinkCall *fetch = m_api->fetchLink(m_options.portfolio, id);
            QString name;
            fetch->onSucceeded(fetch, [&name](const Link &link) { name = ServerText::shown(link.name); });
            if (!CallWaiter::wait(fetch, &error))
                return m_console.fail(error);
            if (!m_console.confirm(tr("Delete link %1 «%2»?").arg(PersianText::id(id), name))) {
                m_console.note(tr("Link %1 was kept.").arg(PersianText::id(id)));
                continue;
            }
        }
        ApiCall *call = m_api->deleteLink(m_options.portfolio, id);
        if (!CallWaiter::wait(call, &error) && !(error.mayHaveBeenProcessed(true) && isGone(id))) {
            const ExitCode::Code code = m_console.fail(error, tr("Link %1").arg(PersianText::id(id)));
            if (i + 1 < ids.size()) {
                QStringList left;
                for (const qint64 notTried : ids.mid(i + 1))
                    left << PersianText::id(notTried);
                m_console.error(tr("Not tried, so still there: %1.").arg(left.join(QStringLiteral(", "))));
            }
            return code;
        }
        m_console.note(tr("Deleted link %1.").arg(PersianText::id(id)));
    }
    return ExitCode::Ok;
}

bool DeleteCommand::isGone(qint64 id) const
{
    ApiError error = ApiError::cancelled();
    return !CallWaiter::wait(m_api->fetchLink(m_options.portfolio, id), &error) && error.kind() == ApiError::Kind::NotFound;
}
