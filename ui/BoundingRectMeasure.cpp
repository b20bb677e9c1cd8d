#include "BoundingRectMeasure.h"

#include <QFontMetricsF>
#include <QStyle>
#include <QTextLine>
#include <QTextOption>
#include <QtMath>

#include <algorithm>

namespace {

// As qt_format_text() lays a text out: a line feed breaks the line within
// its one paragraph (or is a space on a single line), a carriage return is
// a space.
QString asFormatted(QString text, int flags)
{
    const bool singleLine = flags & Qt::TextSingleLine;
    for (QChar &c : text) {
        if (c == u'\r' || (singleLine && c == u'\n'))
            c = u' ';
        else if (c == u'\n')
            c = QChar::LineSeparator;
    }
    if (!(flags & (Qt::TextShowMnemonic | Qt::TextHideMnemonic)))
        return text;
    // A mnemonic's ampersand takes no room ("&&" is one ampersand).
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && ++i == text.size())
            break;
        shown.append(text.at(i));
    }
    return shown;
}

// Without a painter to ask, qt_format_text() lays text out left to right
// unless the flags say otherwise.
Qt::LayoutDirection directionOf(int flags)
{
    if (flags & Qt::TextForceLeftToRight)
        return Qt::LeftToRight;
    return flags & Qt::TextForceRightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace

BoundingRectMeasure::BoundingRectMeasure(const QString &text, const QFont &font, int flags)
    : m_emptyHeight(QFontMetricsF(font).height())
    , m_leading(QFontMetricsF(font).leading())
    , m_flags(QStyle::visualAlignment(directionOf(flags), Qt::Alignment(QFlag(flags))).toInt())
    , m_layout(asFormatted(text, flags), font)
{
    QTextOption option;
    option.setTextDirection(directionOf(flags));
    option.setAlignment(Qt::AlignLeft); // aligned as a whole by the rectangle, not line by line
    option.setWrapMode(flags & Qt::TextWrapAnywhere ? QTextOption::WrapAnywhere : QTextOption::WordWrap);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    // Shaped on the first boundingRect(); from then on only its lines are made again.
    m_layout.beginLayout();
}

bool BoundingRectMeasure::measures(const QString &text, int flags)
{
    // What qt_format_text() lays out in ways of its own: tab stops,
    // justified lines, length variants, and on macOS a hidden mnemonic in
    // brackets (taken out with the spaces before it).
    constexpr int unmeasured = Qt::TextJustificationForced | Qt::AlignJustify;
    const bool bracketedMnemonic = (flags & Qt::TextHideMnemonic) && text.contains(u"(&");
    return !(flags & unmeasured) && !bracketedMnemonic && !text.contains(u'\t') && !text.contains(QChar(0x9C));
}

QRect BoundingRectMeasure::boundingRect(const QRect &rect)
{
    // qt_format_text()'s arithmetic, for a rectangle only.
    const QRectF r(rect);
    qreal width = 0;
    qreal height = 0;
    if (m_layout.text().isEmpty()) {
        height = m_emptyHeight;
    } else {
        const bool wraps = m_flags & (Qt::TextWordWrap | Qt::TextWrapAnywhere);
        const qreal lineWidth = wraps ? std::max<qreal>(0, r.width()) : 0x01000000;
        height = -m_leading;
        m_layout.clearLayout();
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(lineWidth);
            height += m_leading;
            height = qCeil(height); // each line on a whole pixel
            height += line.ascent() + line.descent();
            width = std::max(width, line.naturalTextWidth());
        }
    }
    qreal yoff = 0;
    qreal xoff = 0;
    if (m_flags & Qt::AlignBottom)
        yoff = r.height() - height;
    else if (m_flags & Qt::AlignVCenter)
        yoff = (r.height() - height) / 2;
    if (m_flags & Qt::AlignRight)
        xoff = r.width() - width;
    else if (m_flags & Qt::AlignHCenter)
        xoff = (r.width() - width) / 2;
    return QRectF(r.x() + xoff, r.y() + yoff, width, height).toAlignedRect();
}
