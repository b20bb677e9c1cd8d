#pragma once

#include <QFont>
#include <QRect>
#include <QString>
#include <QTextLayout>

// The rectangle QFontMetrics::boundingRect(rect, flags, text) gives a text,
// in rectangles of any width, for the price of shaping the text once.
// QFontMetrics shapes the whole text again for every rectangle, and a
// wrapped QLabel asks for up to three for a new text's size hint, one for
// its minimum width, one for a line's height and one per width a layout
// tries.
//
// For the flags a label passes: alignment, wrapping, direction. Whether it
// measures a text with some flags as QFontMetrics would: measures().
class BoundingRectMeasure
{
public:
    BoundingRectMeasure(const QString &text, const QFont &font, int flags);

    QRect boundingRect(const QRect &rect);

    static bool measures(const QString &text, int flags);

private:
    // The font's, as QFontMetricsF answers them: each answer looks the font up again.
    qreal m_emptyHeight;
    qreal m_leading;
    int m_flags; // with the alignment as laid out, as qt_format_text() mirrors it
    // Laid out again and again without beginLayout(), which would drop the glyphs.
    QTextLayout m_layout;
};
