#pragma once

#include "CliOptions.h"
#include "ExitCode.h"
#include "RecordWriter.h"

#include <QCoreApplication>

#include <optional>

class ApiClient;
class Console;

// One command of the command line, run once against one connection.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    Command(const CliOptions &options, ApiClient *api, const Console &console);
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    virtual ExitCode::Code run() = 0;

protected:
    // --format, else a table on a terminal and JSON anywhere else.
    CliOptions::Format format() const;
    RecordWriter linkWriter(bool single) const;
    // One link, alone, in the chosen format.
    void printLink(const QJsonObject &link) const;
    // Says so and returns false when no portfolio was given.
    bool hasPortfolio() const;
    // An id argument in any digits; says why not and returns nullopt otherwise.
    std::optional<qint64> idArgument(const QString &text) const;
    // A file ("-": standard input), whole; says why not and returns nullopt
    // when it cannot be read or is larger than any file of links would be
    // (/dev/zero, a disk image given by mistake: refused, not read into memory).
    std::optional<QByteArray> readInput(const QString &path) const;
    // The same, as UTF-8 text.
    std::optional<QString> readTextFile(const QString &path) const;

    static constexpr qint64 maxInputBytes = 64 * 1024 * 1024;

    // An image file the check refused, said; its exit status: a file that
    // cannot be read is a usage error, one that is no image the server would
    // take is refused before sending.
    ExitCode::Code refuseImageFile(const QString &path, const QString &why) const;

    const CliOptions &m_options;
    ApiClient *m_api;
    const Console &m_console;
};
