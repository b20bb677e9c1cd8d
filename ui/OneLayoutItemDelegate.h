#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextLayout>

// A table's cells (the links list, the History, the Outbox), drawn as Qt's
// styled delegate draws them, with their text laid out once. The style places each part of a cell (check,
// icon, text, focus frame) with a QTextLayout of the text, and lays it out
// twice more to elide and draw it: most of a scroll step's time went there.
// Where the parts' places cannot depend on the text (one line, no check
// box, the whole cell highlighted), the style draws the cell without its
// text and the text is drawn here, where and as the style would draw it;
// any other cell is left to QStyledItemDelegate. The laid-out texts of the
// last few hundred cells are kept, shaped: a row inserted above, a
// selection or an arriving thumbnail repaints cells whose text has not
// changed.
class OneLayoutItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static bool placesIgnoreText(const QStyleOptionViewItem &option);
    static void drawFocusFrame(QPainter *painter, const QStyleOptionViewItem &option);
    void drawText(QPainter *painter, const QStyleOptionViewItem &option, const QString &text, const QRect &rect) const;

    // A cell's text elided to its width and laid out, and where it goes in
    // the text's rectangle.
    struct ShownText
    {
        QTextLayout layout;
        QPointF offset;
    };
    const ShownText &shownText(const QStyleOptionViewItem &option, const QString &text, QSize size) const;

    mutable QCache<QString, ShownText> m_shown{256};
};
