#include "CliOptions.h"

#include "api/ApiClient.h"

#include "api/Endpoints.h"
#include "text/PersianText.h"

#include <QCommandLineParser>
#include <QHash>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

struct OptionSpec
{
    QString name;
    QString valueName; // empty: a switch
};

// Every option, and the commands that take it (empty: global).
const QList<QPair<OptionSpec, QStringList>> &optionTable()
{
    using L = QStringList;
    static const QList<QPair<OptionSpec, QStringList>> table{
        {{u"server"_s, u"URL"_s}, {}},
        {{u"profile"_s, u"NAME"_s}, {}},
        {{u"portfolio"_s, u"N"_s}, {}},
        {{u"format"_s, u"FORMAT"_s}, {}},
        {{u"timeout"_s, u"S"_s}, {}},
        {{u"quiet"_s, {}}, {}},
        {{u"token-stdin"_s, {}}, {}},
        {{u"no-normalize"_s, {}}, {}},
        {{u"name"_s, u"N"_s}, L{u"create"_s, u"update"_s}},
        {{u"url"_s, u"U"_s}, L{u"create"_s, u"update"_s}},
        {{u"no-url"_s, {}}, L{u"update"_s}},
        {{u"description"_s, u"D"_s}, L{u"create"_s, u"update"_s}},
        {{u"description-file"_s, u"F"_s}, L{u"create"_s, u"update"_s}},
        {{u"image"_s, u"ID"_s}, L{u"create"_s, u"update"_s}},
        {{u"no-image"_s, {}}, L{u"update"_s}},
        {{u"image-file"_s, u"PATH"_s}, L{u"create"_s}},
        {{u"json"_s, u"FILE"_s}, L{u"create"_s}},
        {{u"search"_s, u"Q"_s}, L{u"list"_s}},
        {{u"has-image"_s, u"yes|no"_s}, L{u"list"_s}},
        {{u"has-url"_s, u"yes|no"_s}, L{u"list"_s}},
        {{u"has-description"_s, u"yes|no"_s}, L{u"list"_s}},
        {{u"ordering"_s, u"FIELD"_s}, L{u"list"_s}},
        {{u"limit"_s, u"N"_s}, L{u"list"_s}},
        {{u"all"_s, {}}, L{u"list"_s}},
        {{u"yes"_s, {}}, L{u"delete"_s}},
        {{u"output"_s, u"FILE"_s}, L{u"export"_s}},
        {{u"dry-run"_s, {}}, L{u"import"_s}},
    };
    return table;
}

std::optional<qint64> number(const QCommandLineParser &parser, const QString &option, QString *error)
{
    if (!parser.isSet(option) || !error->isEmpty())
        return std::nullopt;
    QString why;
    const std::optional<qint64> value = PersianText::parseId(parser.value(option), &why);
    if (!value)
        *error = CliOptions::tr("--%1: %2").arg(option, why);
    return value;
}

std::optional<QString> text(const QCommandLineParser &parser, const QString &option)
{
    return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
}

LinkListQuery::Presence presence(const QCommandLineParser &parser, const QString &option, QString *error)
{
    if (!parser.isSet(option))
        return LinkListQuery::Presence::Any;
    const QString value = parser.value(option).toLower();
    if (value == u"yes")
        return LinkListQuery::Presence::With;
    if (value == u"no")
        return LinkListQuery::Presence::Without;
    if (error->isEmpty())
        *error = CliOptions::tr("--%1 takes yes or no.").arg(option);
    return LinkListQuery::Presence::Any;
}

// DRF's ordering names, "-" first for newest or Z first.
bool readOrdering(const QString &text, LinkListQuery *query)
{
    static const QHash<QString, LinkListQuery::Order> orders{
        {u"id"_s, LinkListQuery::Order::Id},
        {u"name"_s, LinkListQuery::Order::Name},
        {u"created_at"_s, LinkListQuery::Order::Created},
        {u"updated_at"_s, LinkListQuery::Order::Updated},
    };
    const bool descending = text.startsWith(u'-');
    const auto order = orders.constFind(descending ? text.mid(1) : text);
    if (order == orders.cend())
        return false;
    query->order = *order;
    query->descending = descending;
    return true;
}

std::optional<CliOptions::Format> formatNamed(const QString &name)
{
    static const QHash<QString, CliOptions::Format> formats{
        {u"table"_s, CliOptions::Format::Table},
        {u"json"_s, CliOptions::Format::Json},
        {u"jsonl"_s, CliOptions::Format::JsonLines},
        {u"csv"_s, CliOptions::Format::Csv},
    };
    const auto found = formats.constFind(name);
    return found == formats.cend() ? std::nullopt : std::optional<CliOptions::Format>(*found);
}

// The command's positional arguments: how many it takes at least and at most.
QPair<int, int> argumentCount(const QString &command)
{
    static const QHash<QString, QPair<int, int>> counts{
        {u"check"_s, {0, 0}},  {u"create"_s, {0, 0}},       {u"list"_s, {0, 0}},
        {u"get"_s, {1, 1}},    {u"update"_s, {1, 1}},       {u"delete"_s, {1, INT_MAX}},
        {u"upload"_s, {1, INT_MAX}}, {u"export"_s, {0, 0}}, {u"import"_s, {1, 1}},
    };
    return counts.value(command, {0, 0});
}

} // namespace

QStringList CliOptions::commands()
{
    return {u"check"_s, u"create"_s, u"list"_s, u"get"_s, u"update"_s,
            u"delete"_s, u"upload"_s, u"export"_s, u"import"_s};
}

QString CliOptions::parse(const QStringList &arguments, const QString &portfolioFromEnvironment, CliOptions *options)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto &[spec, commands] : optionTable())
        parser.addOption(QCommandLineOption(spec.name, QString(), spec.valueName));
    parser.addOption(QCommandLineOption(u"o"_s, QString(), u"FILE"_s));
    parser.addOption(QCommandLineOption(u"y"_s));
    parser.addOption(QCommandLineOption(QStringList{u"h"_s, u"help"_s}));
    parser.addOption(QCommandLineOption(u"version"_s));
    if (!parser.parse(arguments))
        return parser.errorText();

    QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"version"_s)) {
        options->action = Action::Version;
        return {};
    }
    if (parser.isSet(u"help"_s) || positional.value(0) == u"help") {
        options->action = Action::Help;
        options->command = positional.value(0) == u"help" ? positional.value(1) : positional.value(0);
        return {};
    }
    if (positional.isEmpty())
        return tr("No command given. Commands: %1.").arg(commands().join(QStringLiteral(", ")));
    options->command = positional.takeFirst();
    if (!commands().contains(options->command))
        return tr("Unknown command \"%1\". Commands: %2.").arg(options->command, commands().join(QStringLiteral(", ")));
    options->arguments = positional;

    for (const auto &[spec, commands] : optionTable()) {
        if (parser.isSet(spec.name) && !commands.isEmpty() && !commands.contains(options->command))
            return tr("--%1 is not an option of %2.").arg(spec.name, options->command);
    }
    if (parser.isSet(u"o"_s) && options->command != u"export")
        return tr("--%1 is not an option of %2.").arg(u"output"_s, options->command);
    if (parser.isSet(u"y"_s) && options->command != u"delete")
        return tr("--%1 is not an option of %2.").arg(u"yes"_s, options->command);
    const auto [least, most] = argumentCount(options->command);
    if (options->arguments.size() < least || options->arguments.size() > most)
        return tr("Wrong number of arguments for %1; see: help %1").arg(options->command);

    QString error;
    if (parser.isSet(u"server"_s)) {
        const QUrl server = Endpoints::serverFromUserInput(parser.value(u"server"_s));
        if (!server.isValid())
            return tr("--server: not an http(s) address with a host.");
        options->server = server;
    }
    if (parser.isSet(u"profile"_s)) {
        if (options->server)
            return tr("Give --server or --profile, not both.");
        const QString profile = parser.value(u"profile"_s).simplified();
        if (profile.isEmpty())
            return tr("--profile needs the name of a server profile.");
        options->profile = profile;
    }
    const QString portfolioText = parser.isSet(u"portfolio"_s) ? parser.value(u"portfolio"_s) : portfolioFromEnvironment;
    if (!portfolioText.isEmpty()) {
        QString why;
        const std::optional<qint64> portfolio = PersianText::parseId(portfolioText, &why);
        if (!portfolio)
            return tr("--portfolio: %1").arg(why);
        options->portfolio = *portfolio;
    }
    if (parser.isSet(u"format"_s)) {
        const std::optional<Format> format = formatNamed(parser.value(u"format"_s));
        if (!format)
            return tr("--format takes table, json, jsonl or csv.");
        options->format = *format;
    }
    if (const std::optional<qint64> seconds = number(parser, u"timeout"_s, &error)) {
        if (*seconds > ApiClient::longestTimeout.count())
            return tr("--timeout takes at most %1 seconds.").arg(ApiClient::longestTimeout.count());
        options->timeout = std::chrono::seconds(*seconds);
    }
    options->quiet = parser.isSet(u"quiet"_s);
    options->tokenFromStdin = parser.isSet(u"token-stdin"_s);
    options->normaliseLetters = !parser.isSet(u"no-normalize"_s);

    options->name = text(parser, u"name"_s);
    options->url = text(parser, u"url"_s);
    options->description = text(parser, u"description"_s);
    options->descriptionFile = text(parser, u"description-file"_s);
    options->image = number(parser, u"image"_s, &error);
    options->imageFile = text(parser, u"image-file"_s);
    options->jsonInput = text(parser, u"json"_s);
    options->noUrl = parser.isSet(u"no-url"_s);
    options->noImage = parser.isSet(u"no-image"_s);
    options->query.search = parser.value(u"search"_s);
    options->query.normaliseLetters = options->normaliseLetters;
    options->query.image = presence(parser, u"has-image"_s, &error);
    options->query.url = presence(parser, u"has-url"_s, &error);
    options->query.description = presence(parser, u"has-description"_s, &error);
    if (parser.isSet(u"ordering"_s) && !readOrdering(parser.value(u"ordering"_s), &options->query) && error.isEmpty())
        error = tr("--ordering takes id, name, created_at or updated_at, with \"-\" before it for descending order.");
    options->limit = number(parser, u"limit"_s, &error);
    options->all = parser.isSet(u"all"_s);
    options->yes = parser.isSet(u"yes"_s) || parser.isSet(u"y"_s);
    options->dryRun = parser.isSet(u"dry-run"_s);
    if (parser.isSet(u"output"_s) || parser.isSet(u"o"_s))
        options->output = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : parser.value(u"o"_s);
    if (!error.isEmpty())
        return error;

    if (options->url && options->noUrl)
        return tr("--url and --no-url exclude each other.");
    if (options->image && (options->noImage || options->imageFile))
        return tr("--image excludes --no-image and --image-file.");
    if (options->description && options->descriptionFile)
        return tr("--description and --description-file exclude each other.");
    if (options->jsonInput && (options->name || options->url || options->description || options->descriptionFile
                               || options->image || options->imageFile))
        return tr("--json takes every field from its input; leave out the field options.");
    if (options->command == u"create" && !options->jsonInput && !options->name)
        return tr("create needs --name, or --json FILE.");
    if (options->all && options->limit)
        return tr("--all and --limit exclude each other.");
    if (options->tokenFromStdin && options->jsonInput == u"-")
        return tr("--token-stdin and --json - cannot both read standard input.");
    return {};
}

QString CliOptions::helpText(const QString &command)
{
    static const QHash<QString, const char *> perCommand{
        {u"check"_s, QT_TR_NOOP("check\n"
                                "  Tests the server and the token as the connection settings do: asks for one\n"
                                "  link of the portfolio (1 if none is given) and whether uploads are possible.")},
        {u"create"_s, QT_TR_NOOP("create --name N [options] | --json FILE\n"
                                 "  Options: [--url U] [--description D | --description-file F]\n"
                                 "           [--image ID | --image-file PATH]; --json FILE (\"-\": standard input)\n"
                                 "  Creates one link with one POST (--image-file uploads the image first), or\n"
                                 "  one per object of a JSON array, fields as in the API. A create whose answer\n"
                                 "  is lost is checked with the server, never sent twice. Prints what was created.")},
        {u"list"_s, QT_TR_NOOP("list [options]\n"
                               "  Options: [--search Q] [--has-image yes|no] [--has-url yes|no]\n"
                               "           [--has-description yes|no] [--ordering FIELD] [--limit N | --all]\n"
                               "  Lists links, newest first: one page, N links, or every page as it arrives\n"
                               "  (--all; with --format jsonl one object per line). FIELD: id, name,\n"
                               "  created_at, updated_at, with \"-\" before it for descending order.")},
        {u"get"_s, QT_TR_NOOP("get ID\n"
                              "  Prints one link.")},
        {u"update"_s, QT_TR_NOOP("update ID [options]\n"
                                 "  Options: [--name N] [--url U | --no-url] [--description D |\n"
                                 "           --description-file F] [--image ID | --no-image]\n"
                                 "  Changes only the fields given (one PATCH) and prints the link.")},
        {u"delete"_s, QT_TR_NOOP("delete ID... [--yes]\n"
                                 "  Deletes links. Asks first on a terminal unless --yes is given; elsewhere\n"
                                 "  --yes is required and nothing is deleted without it.")},
        {u"upload"_s, QT_TR_NOOP("upload FILE...\n"
                                 "  Uploads images and prints each one's id.")},
        {u"export"_s, QT_TR_NOOP("export [--format csv|json] [-o FILE]\n"
                                 "  Writes every link of the portfolio: JSON, or CSV in UTF-8 with a byte order\n"
                                 "  mark for spreadsheets (the format follows FILE's extension if not given).\n"
                                 "  A CSV cell starting with = + - @ ' a tab or a carriage return gets a ' in\n"
                                 "  front, so that a spreadsheet shows it as text; import reads it back as it was.")},
        {u"import"_s, QT_TR_NOOP("import FILE [--dry-run]\n"
                                 "  Creates the links of a CSV file (as export writes it) or a JSON file. Every\n"
                                 "  row is checked first and nothing is sent if one is wrong; a link with the\n"
                                 "  same name and URL as one in the portfolio, or as an earlier row, is\n"
                                 "  skipped and reported. --dry-run only says what would be done.")},
    };
    if (const auto found = perCommand.constFind(command); found != perCommand.cend())
        return tr(*found) + u'\n';
    QString text = tr("Usage: portfolio-links-cli [options] COMMAND [command options]\n"
                      "Portfolio links on a Django REST Framework server, for scripts.\n\n"
                      "Commands:\n");
    for (const QString &name : commands())
        text += u"  "_s + tr(perCommand.value(name)).section(u'\n', 0, 0) + u'\n';
    text += tr("\nOptions:\n"
               "  --server URL        the server (default: the app's current server profile)\n"
               "  --profile NAME      one of the app's server profiles, by its name\n"
               "  --portfolio N       the portfolio (also $%1)\n"
               "  --format FORMAT     table, json, jsonl or csv (default: table on a\n"
               "                      terminal, json otherwise)\n"
               "  --timeout S         seconds a request, or the keychain, may stay silent\n"
               "  --quiet             no notes on standard error, only errors\n"
               "  --token-stdin       read the API token from standard input\n"
               "  --no-normalize      keep Arabic Yeh and Kaf as typed\n"
               "  --version, --help   print and exit; help COMMAND for one command\n\n"
               "The token comes from $PORTFOLIO_LINKS_TOKEN, --token-stdin or the keychain entry\n"
               "of the app; it is never an option.\n\n"
               "Exit status:\n"
               "  0 ok   1 usage   2 authentication (401) or no token   3 permission (403)\n"
               "  4 not found (404)   5 validation (400; field: message on standard error)\n"
               "  6 network (unreachable, timeout, TLS)   7 server error (5xx, malformed answer)\n")
                .arg(QLatin1String(portfolioVariable));
    text += tr("  130 stopped by Ctrl+C, after the request under way\n");
    return text;
}
