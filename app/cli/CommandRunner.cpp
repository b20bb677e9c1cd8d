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

#include <QHash>

#include <cerrno>
#include <cstring>
#include <memory>

namespace {

template<typename T>
std::unique_ptr<Command> make(const CliOptions &options, ApiClient *api, const Console &console)
{
    return std::make_unique<T>(options, api, console);
}

std::unique_ptr<Command> commandFor(const CliOptions &options, ApiClient *api, const Console &console)
{
    using Factory = std::unique_ptr<Command> (*)(const CliOptions &, ApiClient *, const Console &);
    static const QHash<QString, Factory> commands{
        {QStringLiteral("check"), make<CheckCommand>},   {QStringLiteral("create"), make<CreateCommand>},
        {QStringLiteral("list"), make<ListCommand>},     {QStringLiteral("get"), make<GetCommand>},
        {QStringLiteral("update"), make<UpdateCommand>}, {QStringLiteral("delete"), make<DeleteCommand>},
        {QStringLiteral("upload"), make<UploadCommand>}, {QStringLiteral("export"), make<ExportCommand>},
        {QStringLiteral("import"), make<ImportCommand>},
    };
    // CliOptions::parse accepts only these names.
    return commands.value(options.command)(options, api, console);
}

} // namespace

int CommandRunner::run(const QStringList &arguments)
{
    Console console;
    const int code = run(arguments, console);
    if (const int error = console.outputError(); error != 0) {
        // A reader that stopped early (`| head`) chose to: not worth a word,
        // as a program killed by SIGPIPE says none (Qt's sockets ignore it).
        if (error != EPIPE)
            console.error(tr("The output could not be written in full: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
        return code == ExitCode::Ok ? ExitCode::Usage : code;
    }
    return code;
}

int CommandRunner::run(const QStringList &arguments, Console &console)
{
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
            console.error(tr("There is no command “%1”.").arg(options.command));
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
