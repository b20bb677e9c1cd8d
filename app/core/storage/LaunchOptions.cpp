#include "LaunchOptions.h"

#include "api/Endpoints.h"

#include <QCommandLineParser>

bool LaunchOptions::onlyPrints(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

QString LaunchOptions::parse(const QStringList &arguments, LaunchOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create portfolio links on your company's portfolio server."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          tr("Base URL of the portfolio API, e.g. https://example.com/."),
                                          tr("url"));
    const QCommandLineOption portfolioOption(QStringLiteral("portfolio"), tr("Portfolio id to fill in."), tr("id"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Server profile to use, by its name."),
                                           tr("name"));
    parser.addOption(serverOption);
    parser.addOption(portfolioOption);
    parser.addOption(profileOption);

    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (parser.isSet(helpOption))
        parser.showHelp();
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(arguments); // prints the help with Qt's own options, and exits
    if (parser.isSet(serverOption)) {
        const QUrl server = Endpoints::serverFromUserInput(parser.value(serverOption));
        if (!server.isValid())
            return tr("--server needs an http or https URL, not “%1”.").arg(parser.value(serverOption));
        options->server = server;
    }
    if (parser.isSet(portfolioOption)) {
        bool ok = false;
        const qint64 id = parser.value(portfolioOption).toLongLong(&ok);
        if (!ok || id <= 0)
            return tr("--portfolio needs a positive number, not “%1”.").arg(parser.value(portfolioOption));
        options->portfolio = id;
    }
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption).simplified();
        if (name.isEmpty())
            return tr("--profile needs the name of a server profile.");
        options->profile = name;
    }
    return {};
}
