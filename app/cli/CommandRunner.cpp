#include "CommandRunner.h"

#include "CheckCommand.h"
#include "CliConnection.h"
#include "Console.h"
#include "CreateCommand.h"
#include "DeleteCommand.h"
#include "ExportCommand.h"
#include "GetCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "UpdateCommand.h"
#include "UploadCommand.h"

#include "AppInfo.h"

#include <memory>

namespace {

std::unique_ptr<Command> commandFor(const CliOptions &options, ApiClient *api, const Console &console)
{
    const QString &name = options.command;
    if (name == u"check")
        return std::make_unique<CheckCommand>(options, api, console);
    if (name == u"create")
        return std::make_unique<CreateCommand>(options, api, console);
    if (name == u"list")
        return std::make_unique<ListCommand>(options, api, console);
    if (name == u"get")
        return std::make_unique<GetCommand>(options, api, console);
    if (name == u"update")
        return std::make_unique<UpdateCommand>(options, api, console);
    if (name == u"delete")
        return std::make_unique<DeleteCommand>(options, api, console);
    if (name == u"upload")
        return std::make_unique<UploadCommand>(options, api, console);
    if (name == u"export")
        return std::make_unique<ExportCommand>(options, api, console);
    return std::make_unique<ImportCommand>(options, api, console);
}

} // namespace

int CommandRunner::run(const QStringList &arguments)
{
    Console console;
    CliOptions options;
    const QString environmentPortfolio = qEnvironmentVariable(CliOptions::portfolioVariable);
    if (const QString error = CliOptions::parse(arguments, environmentPortfolio, &options); !error.isEmpty()) {
        console.error(error);
        console.error(tr("See: portfolio-links-cli --help"));
        return ExitCode::Usage;
    }
    if (options.action == CliOptions::Action::Version) {
        console.out(QStringLiteral("portfolio-links-cli %1").arg(QLatin1String(AppInfo::version)));
        return ExitCode::Ok;
    }
    if (options.action == CliOptions::Action::Help) {
        if (!options.command.isEmpty() && !CliOptions::commands().contains(options.command)) {
            console.error(CliOptions::helpText());
            return ExitCode::Usage;
        }
        console.out(CliOptions::helpText(options.command).toUtf8());
        return ExitCode::Ok;
    }
    console.setQuiet(options.quiet);
    CliConnection connection;
    if (const ExitCode::Code code = connection.open(options, console); code != ExitCode::Ok)
        return code;
    return commandFor(options, connection.api(), console)->run();
}
