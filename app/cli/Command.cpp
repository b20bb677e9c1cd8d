#include "Command.h"

#include "Console.h"
#include "text/PersianText.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

Command::Command(const CliOptions &options, ApiClient *api, const Console &console)
    : m_options(options)
    , m_api(api)
    , m_console(console)
{
}

CliOptions::Format Command::format() const
{
    if (m_options.format != CliOptions::Format::Default)
        return m_options.format;
    return Console::stdoutIsTerminal() ? CliOptions::Format::Table : CliOptions::Format::Json;
}

RecordWriter Command::linkWriter(bool single) const
{
    return RecordWriter(format(), RecordWriter::linkColumns(), single, m_console);
}

void Command::printLink(const QJsonObject &link) const
{
    RecordWriter writer = linkWriter(true);
    writer.begin();
    writer.write(link);
    writer.end();
}

bool Command::hasPortfolio() const
{
    if (m_options.portfolio > 0)
        return true;
    m_console.error(tr("No portfolio: give --portfolio N or set $%1.").arg(QLatin1String(CliOptions::portfolioVariable)));
    return false;
}

std::optional<qint64> Command::idArgument(const QString &text) const
{
    QString why;
    const std::optional<qint64> id = PersianText::parseId(text, &why);
    if (!id)
        m_console.error(tr("%1: %2").arg(text, why));
    return id;
}

std::optional<QByteArray> Command::readInput(const QString &path) const
{
    QFile file;
    bool opened = false;
    if (path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        m_console.error(tr("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray bytes;
    while (bytes.size() <= maxInputBytes) {
        const QByteArray chunk = file.read(maxInputBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        m_console.error(tr("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (bytes.size() > maxInputBytes) {
        m_console.error(tr("%1: larger than %2 MiB, far more than any file of links; it was not read.")
                            .arg(path)
                            .arg(maxInputBytes / (1024 * 1024)));
        return std::nullopt;
    }
    return bytes;
}

ExitCode::Code Command::refuseImageFile(const QString &path, const QString &why) const
{
    m_console.error(tr("%1: %2").arg(path, why));
    const QFileInfo file(path);
    return file.isFile() && file.isReadable() ? ExitCode::Validation : ExitCode::Usage;
}

std::optional<QString> Command::readTextFile(const QString &path) const
{
    const std::optional<QByteArray> bytes = readInput(path);
    if (!bytes)
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(*bytes);
    if (utf8.hasError()) {
        m_console.error(tr("%1: not UTF-8 text.").arg(path));
        return std::nullopt;
    }
    return text;
}
