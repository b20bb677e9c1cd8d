#pragma once

#include <QLabel>

#include <array>

// A word-wrapped label that lays its text out once per width. Qt's box
// layouts ask a wrapped label for its height at a width again each time
// they are invalidated (QWidgetItem::minimumHeightForWidth keeps no
// cache), and QLabel lays the text out anew for every answer: before the
// first frame the two wrapped labels there were asked 30 times for 8
// widths, 2.7 M instructions of the window's start.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    // What the height depends on that QLabel changes without an event.
    struct Layout
    {
        QString text;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat format = Qt::AutoText;
        Qt::TextInteractionFlags interaction; // selectable text is laid out by a text document
        bool operator==(const Layout &) const = default;
    };
    Layout current() const;

    mutable Layout m_measured;
    // A few widths: a layout tries some before it settles (QWidgetItemV2 keeps as many).
    mutable std::array<QSize, 4> m_heights; // width() → height(); an invalid size is an empty slot
    mutable std::size_t m_next = 0;
};
