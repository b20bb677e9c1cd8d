#include "WrappedLabel.h"

#include <QEvent>
#include <QStyle>
#include <QTextDocument>
#include <QtMath>

#include <algorithm>

int WrappedLabel::heightForWidth(int width) const
{
    follow();
    const auto known = std::find_if(m_heights.cbegin(), m_heights.cend(),
                                    [width](const QSize &slot) { return slot.isValid() && slot.width() == width; });
    if (known != m_heights.cend())
        return known->height();
    const int height = m_measure == Measure::ByQLabel ? QLabel::heightForWidth(width) : sizeForWidth(width).height();
    m_heights[m_next] = QSize(width, height);
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

QSize WrappedLabel::sizeHint() const
{
    if (!measuresItself())
        return QLabel::sizeHint();
    if (!m_sizeHint.isValid())
        m_sizeHint = sizeForWidth(-1); // the label's own pick of a width
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!measuresItself())
        return QLabel::minimumSizeHint();
    if (!m_minimumSizeHint.isValid()) {
        // As QLabel: the widest word, one line high (unless the hint is lower).
        m_minimumSizeHint
            = QSize(sizeForWidth(0).width(), std::min(sizeForWidth(QWIDGETSIZE_MAX).height(), sizeHint().height()));
    }
    return m_minimumSizeHint;
}

bool WrappedLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::Polish:
        forget();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

WrappedLabel::Layout WrappedLabel::current() const
{
    return {text(),     margin(),         indent(), alignment(), wordWrap(), textFormat(), buddy() != nullptr,
            findChild<QTextDocument *>() != nullptr, minimumSize()};
}

WrappedLabel::Measure WrappedLabel::measureFor(const Layout &layout) const
{
    const bool plain = layout.format == Qt::PlainText
        || (layout.format == Qt::AutoText && !Qt::mightBeRichText(layout.text));
    // A buddy's mnemonic changes the text laid out, and a document places
    // tabs by stops of its own. (With a text, a label shows no picture.)
    if (!plain || !layout.wordWrap || layout.hasBuddy || layout.text.isEmpty() || layout.text.contains(u'\t'))
        return Measure::ByQLabel;
    if (layout.hasDocument)
        return Measure::AsDocument;
    return BoundingRectMeasure::measures(layout.text, itemTextFlags()) ? Measure::AsItemText : Measure::ByQLabel;
}

void WrappedLabel::follow() const
{
    Layout now = current();
    if (now == m_measured)
        return;
    m_measure = measureFor(now);
    m_measured = std::move(now);
    forget();
}

void WrappedLabel::forget() const
{
    m_heights.fill(QSize());
    m_document.reset();
    m_itemText.reset();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
}

bool WrappedLabel::measuresItself() const
{
    ensurePolished(); // as QLabel: the style, font and document it will have
    follow();
    return m_measure != Measure::ByQLabel;
}

QSize WrappedLabel::sizeForWidth(int width) const
{
    // QLabelPrivate::sizeForWidth() of Qt 6, its text's part measured here.
    if (minimumWidth() > 0)
        width = std::max(width, minimumWidth());
    const QMargins margins = contentsMargins();
    const QSize contentsMargin(margins.left() + margins.right(), margins.top() + margins.bottom());
    int hextra = 2 * margin();
    int vextra = hextra;
    int indentation = indent();
    if (indentation < 0 && frameWidth())
        indentation = fontMetrics().horizontalAdvance(u'x') - margin() * 2;
    if (indentation > 0) {
        const Qt::Alignment align = alignment();
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            hextra += indentation;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            vextra += indentation;
    }
    const int extra = hextra + contentsMargin.width();
    const QSize text = m_measure == Measure::AsDocument ? documentTextSize(width, extra) : itemTextSize(width, extra);
    return (QSize(text.width() + hextra, text.height() + vextra) + contentsMargin).expandedTo(minimumSize());
}

QSize WrappedLabel::documentTextSize(int width, int extra) const
{
    if (!m_document)
        m_document.emplace(text(), font());
    // Without a width, the document's own pick: golden ratio or so.
    const QSizeF size = width >= 0 ? m_document->sizeAt(std::max(width - extra, 0)) : m_document->adjustedSize();
    return {qCeil(size.width()), qCeil(size.height())};
}

QSize WrappedLabel::itemTextSize(int width, int extra) const
{
    if (!m_itemText)
        m_itemText.emplace(text(), font(), itemTextFlags());
    // Without a width, QLabel's pick: 80 average characters, narrowed to a
    // half or a quarter while the text stays that short.
    const QFontMetrics metrics = fontMetrics();
    const bool tryWidths = width < 0;
    if (tryWidths)
        width = std::min(metrics.averageCharWidth() * 80, maximumWidth());
    width -= extra;
    QRect bounds = m_itemText->boundingRect(QRect(0, 0, width, 2000));
    if (tryWidths && bounds.height() < 4 * metrics.lineSpacing() && bounds.width() > width / 2)
        bounds = m_itemText->boundingRect(QRect(0, 0, width / 2, 2000));
    if (tryWidths && bounds.height() < 2 * metrics.lineSpacing() && bounds.width() > width / 4)
        bounds = m_itemText->boundingRect(QRect(0, 0, width / 4, 2000));
    return bounds.size();
}

int WrappedLabel::itemTextFlags() const
{
    // As QLabel passes them: aligned for the text's direction, centring
    // left out (it only moves the rectangle), tabs expanded.
    const Qt::LayoutDirection direction = text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const Qt::Alignment align = QStyle::visualAlignment(direction, alignment()) & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    return align.toInt() | Qt::TextExpandTabs | (wordWrap() ? Qt::TextWordWrap : 0);
}
