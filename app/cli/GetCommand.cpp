#include "GetCommand.h"

#include "CallWaiter.h"
#include "Console.h"
#include "api/ApiClient.h"

ExitCode::Code GetCommand::run()
{
    const std::optional<qint64> id = idArgument(m_options.arguments.first());
    if (!id)
        return ExitCode::Usage;
    if (!hasPortfolio())
        return ExitCode::Usage;
    LinkCall *call = m_api->fetchLink(m_options.portfolio, *id);
    QJsonObject link;
    call->onSucceeded(call, [&link](const Link &value) { link = value.json; });
    ApiError error = ApiError::cancelled();
    if (!CallWaiter::wait(call, &error))
        return m_console.fail(error);
    printLink(link);
    return ExitCode::Ok;
}
