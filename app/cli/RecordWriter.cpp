#include "RecordWriter.h"

#include "Console.h"
#include "CsvWriter.h"

#include <QJsonDocument>

namespace {

QList<TableWriter::Column> tableColumns(const QList<RecordWriter::Column> &columns)
{
    QList<TableWriter::Column> table;
    for (const RecordWriter::Column &column : columns) {
        if (column.width > 0)
            table.append({column.name.toUpper(), column.width, column.alignRight});
    }
    return table;
}

QString textOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

RecordWriter::Column field(const QString &name, int width, bool alignRight = false)
{
    return {name, width, alignRight, [name](const QJsonObject &object) { return textOf(object.value(name)); }};
}

} // namespace

RecordWriter::RecordWriter(CliOptions::Format format, const QList<Column> &columns, bool single, const Console &console)
    : m_format(format)
    , m_columns(columns)
    , m_single(single)
    , m_console(console)
    , m_table(tableColumns(columns))
{
}

QList<RecordWriter::Column> RecordWriter::linkColumns()
{
    return {field(QStringLiteral("id"), 6, true),
            field(QStringLiteral("name"), 32),
            field(QStringLiteral("url"), 36),
            field(QStringLiteral("description"), 24),
            {QStringLiteral("image"), 6, true,
             [](const QJsonObject &link) { return textOf(link.value(u"image_data").toObject().value(u"id")); }},
            field(QStringLiteral("created_at"), 0),
            field(QStringLiteral("updated_at"), 27)};
}

QList<RecordWriter::Column> RecordWriter::imageColumns()
{
    return {field(QStringLiteral("id"), 6, true), field(QStringLiteral("name"), 40),
            field(QStringLiteral("type"), 12), field(QStringLiteral("size"), 10, true)};
}

QStringList RecordWriter::cellsOf(const QJsonObject &object, bool forTable) const
{
    QStringList cells;
    for (const Column &column : m_columns) {
        if (!forTable || column.width > 0)
            cells << (!forTable && toTerminal() ? Console::dataForTerminal(column.value(object)) : column.value(object));
    }
    return cells;
}

bool RecordWriter::toTerminal() const
{
    // A file or a pipe gets the server's text as it is; a terminal would act
    // on some of it (the table's cells are flattened for any reader).
    return !m_sink && Console::stdoutIsTerminal();
}

void RecordWriter::emitBytes(const QByteArray &bytes) const
{
    if (m_sink)
        m_sink(bytes);
    else
        m_console.out(bytes);
}

void RecordWriter::emitJson(const QByteArray &json) const
{
    emitBytes(toTerminal() ? Console::jsonForTerminal(json) : json);
}

void RecordWriter::begin()
{
    QStringList names;
    for (const Column &column : m_columns)
        names << column.name;
    if (m_format == CliOptions::Format::Csv)
        emitBytes(CsvWriter::record(names));
    else if (m_format == CliOptions::Format::Table)
        emitBytes(m_table.header().toUtf8() + '\n');
    else if (m_format == CliOptions::Format::Json && !m_single)
        emitBytes("[");
}

void RecordWriter::write(const QJsonObject &object)
{
    switch (m_format) {
    case CliOptions::Format::Csv:
        emitBytes(CsvWriter::record(cellsOf(object, false)));
        break;
    case CliOptions::Format::Table:
    case CliOptions::Format::Default:
        emitBytes(m_table.row(cellsOf(object, true)).toUtf8() + '\n');
        break;
    case CliOptions::Format::JsonLines:
        emitJson(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        break;
    case CliOptions::Format::Json:
        if (m_single)
            emitJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
        else
            emitJson((m_written == 0 ? "\n" : ",\n") + QJsonDocument(object).toJson(QJsonDocument::Compact));
        break;
    }
    ++m_written;
}

void RecordWriter::end()
{
    if (m_format == CliOptions::Format::Json && !m_single)
        emitBytes(m_written == 0 ? "]\n" : "\n]\n");
}
