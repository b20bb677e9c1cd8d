#include "OneLayoutItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

const QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

void OneLayoutItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (!placesIgnoreText(cell)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = cell.text;
    cell.text.clear();
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = cell.widget;
    const QStyle *style = styleOf(cell);
    // The text's place: the cell beside the icon, as the style computes it
    // when the whole cell is highlighted, whatever the text says.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget);
    // The focus frame goes over the text, as the style draws it.
    const bool focused = cell.state & QStyle::State_HasFocus;
    cell.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    drawText(painter, cell, text, textRect);
    if (focused)
        drawFocusFrame(painter, cell);
}

// Qt 6.4's QCommonStyle, CE_ItemViewItem's last step.
void OneLayoutItemDelegate::drawFocusFrame(QPainter *painter, const QStyleOptionViewItem &option)
{
    const QWidget *widget = option.widget;
    const QStyle *style = styleOf(option);
    QStyleOptionFocusRect frame;
    frame.QStyleOption::operator=(option);
    frame.state |= QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    frame.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &option, widget);
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    frame.backgroundColor = option.palette.color(group, option.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
    painter->save();
    painter->setClipRect(option.rect);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, painter, widget);
    painter->restore();
}

bool OneLayoutItemDelegate::placesIgnoreText(const QStyleOptionViewItem &option)
{
    return !option.text.isEmpty() && !option.text.contains(QChar::LineSeparator) && option.showDecorationSelected
        && !(option.features & (QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasCheckIndicator))
        && (option.decorationPosition == QStyleOptionViewItem::Left || option.decorationPosition == QStyleOptionViewItem::Right)
        && !(option.state & QStyle::State_Editing);
}

// Qt 6.4's QCommonStyle: CE_ItemViewItem's pen, viewItemDrawText and
// calculateElidedText, for one line.
void OneLayoutItemDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &option, const QString &text, const QRect &rect) const
{
    const QWidget *widget = option.widget;
    const QStyle *style = styleOf(option);
    QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = rect.adjusted(margin, 0, -margin, 0);

    painter->save();
    painter->setClipRect(option.rect);
    painter->setPen(option.palette.color(group, option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const ShownText &shown = shownText(option, text, textRect.size());
    shown.layout.draw(painter, textRect.topLeft() + shown.offset);
    painter->restore();
}

const OneLayoutItemDelegate::ShownText &OneLayoutItemDelegate::shownText(const QStyleOptionViewItem &option, const QString &text, QSize size) const
{
    // What the layout depends on; the pen is set at each draw.
    const QString key = text + QChar(0) + option.font.key() + QChar(0)
        + QString::number(size.width()) + u'x' + QString::number(size.height()) + u' '
        + QString::number(int(option.direction)) + u' ' + QString::number(int(option.displayAlignment)) + u' '
        + QString::number(int(option.textElideMode));
    if (ShownText *cached = m_shown.object(key))
        return *cached;

    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    const auto layOut = [&](QTextLayout &layout) {
        layout.setTextOption(textOption);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(size.width());
        layout.endLayout();
    };
    auto *shown = new ShownText;
    // With its glyphs: without them, each draw shapes the text again.
    shown->layout.setCacheEnabled(true);
    shown->layout.setFont(option.font);
    shown->layout.setText(text);
    layOut(shown->layout);
    const QRect area(QPoint(0, 0), size);
    const QRect bounds = QStyle::alignedRect(Qt::LayoutDirectionAuto, option.displayAlignment,
                                             shown->layout.boundingRect().size().toSize(), area);
    shown->offset = QPointF(0, bounds.top());
    if (shown->layout.lineAt(0).naturalTextWidth() > size.width()) {
        shown->layout.setText(QFontMetrics(option.font).elidedText(text, option.textElideMode, size.width()));
        layOut(shown->layout);
    }
    m_shown.insert(key, shown);
    return *shown;
}
