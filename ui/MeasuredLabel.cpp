#include "MeasuredLabel.h"

#include <QEvent>
#include <QStyle>
#include <QStyleOption>
#include <QTextDocument>
#include <QtMath>

#include <algorithm>

int MeasuredLabel::heightForWidth(int width) const
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

QSize MeasuredLabel::sizeHint() const
{
    if (!measuresItself())
        return QLabel::sizeHint();
    if (!m_sizeHint.isValid())
        m_sizeHint = sizeForWidth(-1); // the label's own pick of a width
    return m_sizeHint;
}

QSize MeasuredLabel::minimumSizeHint() const
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

bool MeasuredLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::Polish:
        m_measured = {}; // how to measure too: the style hides mnemonics or not
        forget();
        break;
    default:
        break;
    }
    const bool handled = QLabel::event(event);
    if (event->type() == QEvent::Resize)
        layOutDocument();
    return handled;
}

MeasuredLabel::Layout MeasuredLabel::current() const
{
    return {text(),     margin(),         indent(), alignment(), wordWrap(), textFormat(), buddy() != nullptr,
            findChild<QTextDocument *>() != nullptr, minimumSize(), maximumWidth()};
}

MeasuredLabel::Measure MeasuredLabel::measureFor(const Layout &layout) const
{
    const bool plain = layout.format == Qt::PlainText
        || (layout.format == Qt::AutoText && !Qt::mightBeRichText(layout.text));
    // A document places tabs by stops of its own, and QLabel expands them
    // for the style. (With a text, a label shows no picture.)
    if (!plain || layout.text.isEmpty() || layout.text.contains(u'\t'))
        return Measure::ByQLabel;
    if (layout.hasDocument) {
        // A buddy's mnemonic changes the text the document holds.
        return layout.wordWrap && !layout.hasBuddy ? Measure::AsDocument : Measure::ByQLabel;
    }
    // An ampersand is a mnemonic while the label has a buddy, and may
    // still count as one after the buddy is gone (QLabel keeps it).
    if (!layout.hasBuddy && layout.text.contains(u'&'))
        return Measure::ByQLabel;
    return FormattedText::formats(layout.text, itemTextFlags()) ? Measure::AsItemText : Measure::ByQLabel;
}

void MeasuredLabel::follow() const
{
    Layout now = current();
    if (now == m_measured)
        return;
    m_measure = measureFor(now);
    m_measured = std::move(now);
    forget();
    // A text measured by QLabel is laid out as it is measured.
    if (m_measure == Measure::AsDocument)
        layOutDocument();
}

void MeasuredLabel::layOutDocument() const
{
    // QLabel's measure lays the document out at the label's width first,
    // and at that width it is all that is left to do.
    if (findChild<QTextDocument *>() && !testAttribute(Qt::WA_WState_InPaintEvent))
        QLabel::heightForWidth(width());
}

void MeasuredLabel::forget() const
{
    m_heights.fill(QSize());
    m_document.reset();
    m_itemText.reset();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
}

bool MeasuredLabel::measuresItself() const
{
    ensurePolished(); // as QLabel: the style, font and document it will have
    follow();
    return m_measure != Measure::ByQLabel;
}

QSize MeasuredLabel::sizeForWidth(int width) const
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

QSize MeasuredLabel::documentTextSize(int width, int extra) const
{
    if (!m_document)
        m_document.emplace(text(), font());
    // Without a width, the document's own pick: golden ratio or so.
    const QSizeF size = width >= 0 ? m_document->sizeAt(std::max(width - extra, 0)) : m_document->adjustedSize();
    return {qCeil(size.width()), qCeil(size.height())};
}

QSize MeasuredLabel::itemTextSize(int width, int extra) const
{
    if (!m_itemText)
        m_itemText.emplace(text(), font(), itemTextFlags());
    // Without a width, QLabel's pick for a wrapped text: 80 average
    // characters, narrowed to a half or a quarter while the text stays
    // that short; any width for one that does not wrap.
    const QFontMetrics metrics = fontMetrics();
    const bool tryWidths = width < 0 && wordWrap();
    if (tryWidths)
        width = std::min(metrics.averageCharWidth() * 80, maximumWidth());
    else if (width < 0)
        width = 2000;
    width -= extra;
    QRect bounds = m_itemText->boundingRect(QRect(0, 0, width, 2000));
    if (tryWidths && bounds.height() < 4 * metrics.lineSpacing() && bounds.width() > width / 2)
        bounds = m_itemText->boundingRect(QRect(0, 0, width / 2, 2000));
    if (tryWidths && bounds.height() < 2 * metrics.lineSpacing() && bounds.width() > width / 4)
        bounds = m_itemText->boundingRect(QRect(0, 0, width / 4, 2000));
    return bounds.size();
}

int MeasuredLabel::itemTextFlags() const
{
    // As QLabel passes them: aligned for the text's direction, centring
    // left out (it only moves the rectangle), tabs expanded, and a buddy's
    // mnemonic shown or hidden as the style has it.
    const Qt::LayoutDirection direction = text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    const Qt::Alignment align = QStyle::visualAlignment(direction, alignment()) & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    int flags = align.toInt() | Qt::TextExpandTabs | (wordWrap() ? Qt::TextWordWrap : 0);
    if (buddy() && text().contains(u'&')) {
        flags |= Qt::TextShowMnemonic;
        QStyleOption option;
        option.initFrom(this);
        if (!style()->styleHint(QStyle::SH_UnderlineShortcut, &option, this))
            flags |= Qt::TextHideMnemonic;
    }
    return flags;
}
