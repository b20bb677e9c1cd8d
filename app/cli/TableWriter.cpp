#include "TableWriter.h"

#include "text/ServerText.h"

namespace {

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth (Unicode's EastAsianWidth.txt, W and F),
    // and the emoji blocks terminals draw two cells wide.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

int widthOf(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // ZWNJ, ZWJ, direction marks and isolates
        return 0;
    default:
        return isWide(c) ? 2 : 1;
    }
}

// Without a server's direction overrides: one left open would reverse the
// rest of its row on a terminal that orders text by direction.
QString flattened(const QString &text)
{
    QString flat = ServerText::shown(text);
    for (QChar &c : flat) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return flat;
}

} // namespace

TableWriter::TableWriter(const QList<Column> &columns)
    : m_columns(columns)
{
}

int TableWriter::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += widthOf(c);
    return width;
}

QString TableWriter::fit(const QString &text, int width, bool alignRight)
{
    const QString flat = flattened(text);
    QString shown;
    int used = 0;
    if (displayWidth(flat) <= width) {
        shown = flat;
        used = displayWidth(flat);
    } else {
        const QString ellipsis(QChar(0x2026));
        // Zero-width marks after the last character kept stay with it.
        for (const char32_t c : flat.toUcs4()) {
            const int w = widthOf(c);
            if (used + w > width - 1)
                break;
            shown += QString::fromUcs4(&c, 1);
            used += w;
        }
        shown += ellipsis;
        ++used;
    }
    const QString padding(width - used, u' ');
    return alignRight ? padding + shown : shown + padding;
}

QString TableWriter::header() const
{
    QStringList headers;
    for (const Column &column : m_columns)
        headers << column.header;
    return row(headers);
}

QString TableWriter::row(const QStringList &cells) const
{
    QStringList fitted;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        fitted << fit(cells.value(i), m_columns.at(i).width, m_columns.at(i).alignRight);
    // The last column's padding is only trailing space.
    QString line = fitted.join(QStringLiteral("  "));
    while (line.endsWith(u' '))
        line.chop(1);
    return line;
}
