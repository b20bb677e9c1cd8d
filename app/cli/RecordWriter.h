#pragma once

#include "CliOptions.h"
#include "TableWriter.h"

#include <QJsonObject>

#include <functional>

class Console;

// API objects written as they arrive in the chosen format: JSON (the
// objects as the server sent them: one alone, or an array), JSON Lines,
// CSV (RFC 4180, header first) or a table.
class RecordWriter
{
public:
    struct Column
    {
        QString name; // the CSV header and, upper-cased, the table's
        int width; // in a table; 0: left out of tables
        bool alignRight;
        std::function<QString(const QJsonObject &)> value;
    };

    // `single`: one object, printed alone rather than in an array.
    RecordWriter(CliOptions::Format format, const QList<Column> &columns, bool single, const Console &console);
    // Where the output goes when not to standard output (export -o).
    void setSink(std::function<void(const QByteArray &)> sink) { m_sink = std::move(sink); }

    void begin();
    void write(const QJsonObject &object);
    void end();

    static QList<Column> linkColumns();
    static QList<Column> imageColumns();

private:
    QStringList cellsOf(const QJsonObject &object, bool forTable) const;
    bool toTerminal() const;
    void emitBytes(const QByteArray &bytes) const;
    void emitJson(const QByteArray &json) const;

    CliOptions::Format m_format;
    QList<Column> m_columns;
    bool m_single;
    const Console &m_console;
    std::function<void(const QByteArray &)> m_sink;
    TableWriter m_table;
    int m_written = 0;
};
