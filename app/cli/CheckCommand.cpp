#include "CheckCommand.h"

#include "CallWaiter.h"
#include "Console.h"
#include "api/ApiClient.h"
#include "session/ConnectionCheck.h"
#include "text/PersianText.h"

#include <QJsonDocument>
#include <QJsonObject>

ExitCode::Code CheckCommand::run()
{
    const qint64 portfolio = ConnectionCheck::portfolioOr(m_options.portfolio);
    LinkPageCall *call = m_api->listLinks(portfolio, ConnectionCheck::query());
    qint64 count = 0;
    call->onSucceeded(call, [&count](const LinkPage &page) { count = page.count; });
    ApiError error = ApiError::cancelled();
    if (!CallWaiter::wait(call, &error)) {
        m_console.error(ConnectionCheck::outcome(error, portfolio));
        return ExitCode::of(error);
    }
    ApiError mediaError = ApiError::cancelled();
    const bool uploads = CallWaiter::wait(m_api->probeMedia(), &mediaError);

    const QString server = m_api->baseUrl().toDisplayString();
    if (format() == CliOptions::Format::Json || format() == CliOptions::Format::JsonLines) {
        const QJsonObject found{{QStringLiteral("server"), server},
                                {QStringLiteral("portfolio"), portfolio},
                                {QStringLiteral("links"), count},
                                {QStringLiteral("uploads"), uploads}};
        m_console.out(QJsonDocument(found).toJson(QJsonDocument::Compact) + '\n');
        return ExitCode::Ok;
    }
    m_console.out(tr("Server: %1").arg(server));
    m_console.out(tr("Token: accepted"));
    m_console.out(tr("Portfolio %1: %Ln link(s)", nullptr, int(count)).arg(PersianText::id(portfolio)));
    m_console.out(uploads ? tr("Uploads: available") : tr("Uploads: not available (%1)").arg(mediaError.message()));
    return ExitCode::Ok;
}
