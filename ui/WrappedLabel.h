#pragma once

#include "PlainTextMeasure.h"

#include <QLabel>

#include <array>
#include <optional>

// A word-wrapped label that lays its text out once per width, and a
// selectable one that shapes its text once for all its sizes.
//
// Qt's box layouts ask a wrapped label for its height at a width again each
// time they are invalidated (QWidgetItem::minimumHeightForWidth keeps no
// cache), and QLabel lays the text out anew for every answer: before the
// first frame the two wrapped labels there were asked 30 times for 8
// widths, 2.7 M instructions of the window's start.
//
// A selectable label lays its text out with a text document, which shapes
// the whole text again at every width it is given; QLabel gives it a dozen
// for a new text's size hints. For a plain text the sizes come from a
// PlainTextMeasure instead, the same numbers for a twelfth of the shaping:
// choosing a link in the list showed twelve of these.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;

private:
    // What the sizes depend on that QLabel changes without an event.
    struct Layout
    {
        QString text;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat format = Qt::AutoText;
        Qt::TextInteractionFlags interaction; // selectable text is laid out by a text document
        QSize minimumSize;
        bool operator==(const Layout &) const = default;
    };
    Layout current() const;
    // Forgets what was measured for an older text, font or shape.
    void follow() const;
    void forget() const;

    bool laidOutByPlainDocument() const;
    // Whether the sizes are measured here, the label polished and what was
    // measured for an older text forgotten.
    bool measuresItself() const;
    // QLabelPrivate::sizeForWidth() of a label whose document holds plain text.
    QSize documentSizeForWidth(int width) const;

    mutable Layout m_measured;
    // A few widths: a layout tries some before it settles (QWidgetItemV2 keeps as many).
    mutable std::array<QSize, 4> m_heights; // width() → height(); an invalid size is an empty slot
    mutable std::size_t m_next = 0;
    mutable std::optional<PlainTextMeasure> m_text;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
};
