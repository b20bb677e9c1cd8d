#pragma once

#include <QByteArray>
#include <QStringList>

// CSV as RFC 4180 has it: CRLF after every record; a field with a comma,
// a quote, a line break or space at either end is quoted, quotes doubled.
// A cell a spreadsheet would run as a formula is guarded (SpreadsheetCell);
// the import reads it back as it was.
namespace CsvWriter {

// Spreadsheets read a file as UTF-8 only after this mark.
inline constexpr char byteOrderMark[] = "\xEF\xBB\xBF";

QString field(const QString &text);
QByteArray record(const QStringList &fields);

} // namespace CsvWriter
