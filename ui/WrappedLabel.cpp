#include "WrappedLabel.h"

#include <QEvent>
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
    const int height = laidOutByPlainDocument() ? documentSizeForWidth(width).height() : QLabel::heightForWidth(width);
    m_heights[m_next] = QSize(width, height);
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

QSize WrappedLabel::sizeHint() const
{
    if (!measuresItself())
        return QLabel::sizeHint();
    if (!m_sizeHint.isValid())
        m_sizeHint = documentSizeForWidth(-1); // the document's own pick, golden ratio or so
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!measuresItself())
        return QLabel::minimumSizeHint();
    if (!m_minimumSizeHint.isValid()) {
        // As QLabel: the widest word, one line high (unless the hint is lower).
        m_minimumSizeHint = QSize(documentSizeForWidth(0).width(),
                                  std::min(documentSizeForWidth(QWIDGETSIZE_MAX).height(), sizeHint().height()));
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
    return {text(), margin(), indent(), alignment(), wordWrap(), textFormat(), textInteractionFlags(), minimumSize()};
}

void WrappedLabel::follow() const
{
    Layout now = current();
    if (now == m_measured)
        return;
    m_measured = std::move(now);
    forget();
}

void WrappedLabel::forget() const
{
    m_heights.fill(QSize());
    m_text.reset();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
}

bool WrappedLabel::measuresItself() const
{
    if (!laidOutByPlainDocument())
        return false;
    ensurePolished(); // as QLabel: the style and font it will have
    follow();
    return true;
}

bool WrappedLabel::laidOutByPlainDocument() const
{
    // QLabel gives a document only to rich or selectable text; a buddy's
    // mnemonic would change the text the document holds, and a document
    // places tabs by stops of its own.
    const bool plain = textFormat() == Qt::PlainText || (textFormat() == Qt::AutoText && !Qt::mightBeRichText(text()));
    return plain && wordWrap() && !buddy() && pixmap().isNull() && !text().contains(u'\t')
        && (textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard));
}

QSize WrappedLabel::documentSizeForWidth(int width) const
{
    // QLabelPrivate::sizeForWidth() of Qt 6, its document's part measured here.
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
    if (!m_text)
        m_text.emplace(text(), font());
    const QSizeF document = width >= 0 ? m_text->sizeAt(std::max(width - hextra - contentsMargin.width(), 0))
                                       : m_text->adjustedSize();
    const QSize contents(qCeil(document.width()) + hextra, qCeil(document.height()) + vextra);
    return (contents + contentsMargin).expandedTo(minimumSize());
}
