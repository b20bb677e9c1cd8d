#pragma once

#include <QFont>
#include <QRect>
#include <QString>
#include <QTextLayout>

class QPainter;

// A text laid out in rectangles of any width as QPainter::drawText(rect,
// flags, text) and QFontMetrics::boundingRect(rect, flags, text) lay it
// out, for the price of shaping it once. Both shape the whole text again
// for every call: a wrapped QLabel asks for up to three rectangles for a
// new text's size hint, one for its minimum width, one for a line's height
// and one per width a layout tries, and a label or button shapes its text
// again at every paint.
//
// For the flags the styles and labels pass: alignment, wrapping,
// direction, mnemonics. Whether it lays a text with some flags out as Qt
// would: formats().
class FormattedText
{
public:
    // As QFontMetrics lays it out: with no painter, left to right unless
    // the flags force a direction.
    FormattedText(const QString &text, const QFont &font, int flags);
    // As a painter of that layout direction and font draws it, its
    // mnemonic underlined.
    FormattedText(const QString &text, const QFont &font, int flags, Qt::LayoutDirection painterDirection);

    QRect boundingRect(const QRect &rect);
    // For a text it paints().
    void draw(QPainter *painter, const QRect &rect);

    static bool formats(const QString &text, int flags);
    // Whether it draws the text as a painter of that direction would: it
    // formats() it, and no line of it can be right-to-left text aligned
    // right that ends in spaces, which Qt moves by their width (a measure
    // its text engine keeps to itself).
    static bool paints(const QString &text, int flags, Qt::LayoutDirection painterDirection);

private:
    struct Extent
    {
        qreal width = 0;
        qreal height = 0;
    };
    // The direction as laid out: the painter's, or the one the flags force.
    FormattedText(const QString &text, const QFont &font, int flags, Qt::LayoutDirection direction, bool painted);
    // Lines made again for the rectangle; with a bottom, none after the one that reaches it.
    Extent layOut(qreal width, qreal bottom);
    QPointF offsetIn(const QRectF &rect, Extent extent) const;

    // The font's, as QFontMetricsF answers them: each answer looks the font up again.
    qreal m_emptyHeight;
    qreal m_leading;
    int m_flags; // with the alignment as laid out, as qt_format_text() mirrors it
    // Laid out again and again without beginLayout(), which would drop the glyphs.
    QTextLayout m_layout;
};
