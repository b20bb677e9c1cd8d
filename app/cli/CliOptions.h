#pragma once

#include "api/LinkListQuery.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

// The command line of portfolio-links-cli, read and checked before anything
// is sent: global options, the command and its own options. Numbers may be
// typed in Persian, Arabic-Indic or ASCII digits.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Format { Default, Table, Json, JsonLines, Csv };
    enum class Action { Run, Help, Version };

    static constexpr char portfolioVariable[] = "PORTFOLIO_LINKS_PORTFOLIO";

    Action action = Action::Run;
    QString command;
    QStringList arguments; // the command's positional arguments (ids, files)

    std::optional<QUrl> server;
    std::optional<QString> profile; // a server profile of the app, by its name
    qint64 portfolio = 0; // 0: none given
    Format format = Format::Default;
    std::optional<std::chrono::seconds> timeout;
    bool quiet = false;
    bool tokenFromStdin = false;
    bool normaliseLetters = true;

    // create and update: a field unset was not given.
    std::optional<QString> name;
    std::optional<QString> url;
    std::optional<QString> description;
    std::optional<QString> descriptionFile;
    std::optional<qint64> image;
    std::optional<QString> imageFile;
    std::optional<QString> jsonInput; // create --json FILE, "-" for stdin
    bool noUrl = false;
    bool noImage = false;

    // list
    LinkListQuery query;
    std::optional<qint64> limit;
    bool all = false;

    bool yes = false;
    bool dryRun = false;
    std::optional<QString> output;

    // The commands, in the order --help lists them.
    static QStringList commands();
    // Returns a translated message when the command line is wrong (exit 1).
    static QString parse(const QStringList &arguments, const QString &portfolioFromEnvironment, CliOptions *options);
    // --help, or help COMMAND.
    static QString helpText(const QString &command = {});
};
