#include "CsvWriter.h"

#include "text/SpreadsheetCell.h"

namespace CsvWriter {

QString field(const QString &cell)
{
    const QString text = SpreadsheetCell::guarded(cell);
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray record(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &text : fields)
        quoted << field(text);
    return quoted.join(u',').toUtf8() + "\r\n";
}

} // namespace CsvWriter
