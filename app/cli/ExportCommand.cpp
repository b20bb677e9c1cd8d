#include "ExportCommand.h"

#include "Console.h"
#include "CsvWriter.h"
#include "LinkPager.h"
#include "storage/WholeFile.h"


ExitCode::Code ExportCommand::run()
{
    if (!hasPortfolio())
        return ExitCode::Usage;
    CliOptions::Format exportFormat = m_options.format;
    if (exportFormat == CliOptions::Format::Default)
        exportFormat = m_options.output && m_options.output->endsWith(u".csv", Qt::CaseInsensitive) ? CliOptions::Format::Csv
                                                                                                    : CliOptions::Format::Json;
    if (exportFormat != CliOptions::Format::Csv && exportFormat != CliOptions::Format::Json) {
        m_console.error(tr("export writes csv or json."));
        return ExitCode::Usage;
    }
    LinkListQuery oldestFirst;
    oldestFirst.order = LinkListQuery::Order::Id;
    oldestFirst.descending = false;
    oldestFirst.pageSize = 100;
    ApiError error = ApiError::cancelled();
    const std::optional<QList<Link>> links = LinkPager(m_api, m_options.portfolio, oldestFirst).rest(&error);
    if (!links)
        return m_console.fail(error);

    QByteArray bytes = exportFormat == CliOptions::Format::Csv ? QByteArray(CsvWriter::byteOrderMark) : QByteArray();
    RecordWriter writer(exportFormat, RecordWriter::linkColumns(), false, m_console);
    writer.setSink([&bytes](const QByteArray &data) { bytes += data; });
    writer.begin();
    for (const Link &link : *links)
        writer.write(link.json);
    writer.end();

    if (!m_options.output || *m_options.output == u"-") {
        m_console.out(bytes);
        return ExitCode::Ok;
    }
    if (const QString problem = WholeFile::write(*m_options.output, bytes); !problem.isEmpty()) {
        m_console.error(tr("%1: %2").arg(*m_options.output, problem));
        return ExitCode::Usage;
    }
    m_console.note(tr("Exported %Ln link(s) to %1.", nullptr, int(links->size())).arg(*m_options.output));
    return ExitCode::Ok;
}
