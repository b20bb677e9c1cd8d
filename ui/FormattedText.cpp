#include "FormattedText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>
#include <QTextLine>
#include <QTextOption>
#include <QtMath>

#include <algorithm>
#include <limits>

namespace {

struct Shown
{
    QString text;
    QList<QTextLayout::FormatRange> underlined;
};

// As qt_format_text() lays a text out: a line feed breaks the line within
// its one paragraph (or is a space on a single line), a carriage return is
// a space, and a mnemonic's ampersand takes no room ("&&" is one
// ampersand); a painted mnemonic is underlined.
Shown shownText(QString text, int flags, bool painted)
{
    const bool singleLine = flags & Qt::TextSingleLine;
    for (QChar &c : text) {
        if (c == u'\r' || (singleLine && c == u'\n'))
            c = u' ';
        else if (c == u'\n')
            c = QChar::LineSeparator;
    }
    if (!(flags & (Qt::TextShowMnemonic | Qt::TextHideMnemonic)))
        return {text, {}};
    const bool underlines = painted && !(flags & Qt::TextHideMnemonic);
    Shown shown;
    shown.text.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (++i == text.size())
                break;
            if (underlines && text.at(i) != u'&') {
                QTextLayout::FormatRange range;
                range.start = int(shown.text.size());
                range.length = 1;
                range.format.setFontUnderline(true);
                shown.underlined.append(range);
            }
        }
        shown.text.append(text.at(i));
    }
    return shown;
}

// Without a painter to ask, qt_format_text() lays text out left to right
// unless the flags say otherwise.
Qt::LayoutDirection directionOf(int flags, Qt::LayoutDirection painterDirection)
{
    if (flags & Qt::TextForceLeftToRight)
        return Qt::LeftToRight;
    return flags & Qt::TextForceRightToLeft ? Qt::RightToLeft : painterDirection;
}

constexpr qreal noBottom = std::numeric_limits<qreal>::infinity();

} // namespace

FormattedText::FormattedText(const QString &text, const QFont &font, int flags)
    : FormattedText(text, font, flags, directionOf(flags, Qt::LeftToRight), false)
{
}

FormattedText::FormattedText(const QString &text, const QFont &font, int flags, Qt::LayoutDirection painterDirection)
    : FormattedText(text, font, flags, directionOf(flags, painterDirection), true)
{
}

FormattedText::FormattedText(const QString &text, const QFont &font, int flags, Qt::LayoutDirection direction,
                             bool painted)
    : m_emptyHeight(QFontMetricsF(font).height())
    , m_leading(QFontMetricsF(font).leading())
    , m_flags(QStyle::visualAlignment(direction, Qt::Alignment(QFlag(flags))).toInt())
{
    const Shown shown = shownText(text, flags, painted);
    m_layout.setText(shown.text);
    m_layout.setFont(font);
    m_layout.setFormats(shown.underlined);
    QTextOption option;
    option.setTextDirection(direction);
    option.setAlignment(Qt::AlignLeft); // aligned as a whole by the rectangle, not line by line
    option.setWrapMode(flags & Qt::TextWrapAnywhere ? QTextOption::WrapAnywhere : QTextOption::WordWrap);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    // Shaped on the first layOut(); from then on only its lines are made again.
    m_layout.beginLayout();
}

bool FormattedText::formats(const QString &text, int flags)
{
    // What qt_format_text() lays out in ways of its own: tab stops,
    // justified lines, length variants, and on macOS a hidden mnemonic in
    // brackets (taken out with the spaces before it).
    constexpr int unformatted = Qt::TextJustificationForced | Qt::AlignJustify;
    const bool bracketedMnemonic = (flags & Qt::TextHideMnemonic) && text.contains(u"(&");
    return !(flags & unformatted) && !bracketedMnemonic && !text.contains(u'\t') && !text.contains(QChar(0x9C));
}

bool FormattedText::paints(const QString &text, int flags, Qt::LayoutDirection painterDirection)
{
    if (!formats(text, flags))
        return false;
    const Qt::LayoutDirection direction = directionOf(flags, painterDirection);
    const auto aligned = QStyle::visualAlignment(direction, Qt::Alignment(QFlag(flags)));
    if (direction == Qt::LeftToRight || !(aligned & Qt::AlignRight))
        return true;
    // A wrapped line may end at any space; an unwrapped one where the text
    // breaks it or ends.
    const QString shown = shownText(text, flags, false).text;
    if (flags & (Qt::TextWordWrap | Qt::TextWrapAnywhere))
        return std::none_of(shown.cbegin(), shown.cend(), [](QChar c) { return c.isSpace(); });
    const auto breaksLine = [](QChar c) { return c == QChar::LineSeparator || c == QChar::ParagraphSeparator; };
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const bool endsLine = i + 1 == shown.size() || breaksLine(shown.at(i + 1));
        if (endsLine && shown.at(i).isSpace() && !breaksLine(shown.at(i)))
            return false;
    }
    return true;
}

FormattedText::Extent FormattedText::layOut(qreal width, qreal bottom)
{
    // qt_format_text()'s arithmetic.
    if (m_layout.text().isEmpty())
        return {0, m_emptyHeight};
    const bool wraps = m_flags & (Qt::TextWordWrap | Qt::TextWrapAnywhere);
    const qreal lineWidth = wraps ? std::max<qreal>(0, width) : 0x01000000;
    Extent extent{0, -m_leading};
    m_layout.clearLayout();
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(lineWidth);
        extent.height += m_leading;
        extent.height = qCeil(extent.height); // each line on a whole pixel
        line.setPosition(QPointF(0, extent.height));
        extent.height += line.ascent() + line.descent();
        extent.width = std::max(extent.width, line.naturalTextWidth());
        if (extent.height >= bottom)
            break;
    }
    return extent;
}

QPointF FormattedText::offsetIn(const QRectF &rect, Extent extent) const
{
    QPointF offset;
    if (m_flags & Qt::AlignBottom)
        offset.ry() = rect.height() - extent.height;
    else if (m_flags & Qt::AlignVCenter)
        offset.ry() = (rect.height() - extent.height) / 2;
    if (m_flags & Qt::AlignRight)
        offset.rx() = rect.width() - extent.width;
    else if (m_flags & Qt::AlignHCenter)
        offset.rx() = (rect.width() - extent.width) / 2;
    return offset;
}

QRect FormattedText::boundingRect(const QRect &rect)
{
    const QRectF r(rect);
    const Extent extent = layOut(r.width(), noBottom);
    return QRectF(r.topLeft() + offsetIn(r, extent), QSizeF(extent.width, extent.height)).toAlignedRect();
}

void FormattedText::draw(QPainter *painter, const QRect &rect)
{
    if (m_layout.text().isEmpty())
        return; // qt_format_text() prints nothing either
    const QRectF r(rect);
    const bool clips = !(m_flags & Qt::TextDontClip);
    // A painted text's lines stop at the rectangle's bottom unless it may spill over.
    const Extent extent = layOut(r.width(), clips ? r.height() : noBottom);
    const QPointF offset = offsetIn(r, extent);
    const bool clipped = clips && !r.contains(QRectF(r.topLeft() + offset, QSizeF(extent.width, extent.height)));
    if (clipped) {
        painter->save();
        painter->setClipRect(r, Qt::IntersectClip);
    }
    // Each line aligned on its own, as qt_format_text() does.
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        qreal x = 0;
        if (m_flags & Qt::AlignRight)
            x = r.width() - line.horizontalAdvance();
        else if (m_flags & Qt::AlignHCenter)
            x = (r.width() - line.horizontalAdvance()) / 2;
        line.draw(painter, QPointF(r.x() + x, r.y() + offset.y()));
    }
    if (clipped)
        painter->restore();
}
