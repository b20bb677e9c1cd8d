#include "Command.h"

#include "Console.h"
#include "text/PersianText.h"

#include <QFile>
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

std::optional<QString> Command::readTextFile(const QString &path) const
{
    QByteArray bytes;
    if (path == u"-") {
        bytes = Console::readStdin();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_console.error(tr("%1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        bytes = file.readAll();
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (utf8.hasError()) {
        m_console.error(tr("%1: not UTF-8 text.").arg(path));
        return std::nullopt;
    }
    return text;
}
