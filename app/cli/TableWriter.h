#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Rows of text in columns of fixed width for a UTF-8 terminal: widths are
// counted as a terminal shows them (East Asian wide characters take two
// cells; combining marks, ZWNJ, ZWJ and direction marks none), so Persian
// and English rows line up. A cell too long ends in "…". Fixed widths let
// rows be written as they arrive (list --all).
class TableWriter
{
public:
    struct Column
    {
        QString header;
        int width = 10;
        bool alignRight = false;
    };

    explicit TableWriter(const QList<Column> &columns);

    QString header() const;
    QString row(const QStringList &cells) const;

    // Terminal cells the text takes.
    static int displayWidth(const QString &text);
    // The text in exactly `width` cells: cut with a final "…" when longer,
    // padded with spaces when shorter. Line breaks and tabs become spaces.
    static QString fit(const QString &text, int width, bool alignRight = false);

private:
    QList<Column> m_columns;
};
