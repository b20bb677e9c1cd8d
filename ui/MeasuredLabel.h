#pragma once

#include "FormattedText.h"
#include "PlainTextMeasure.h"

#include <QLabel>

#include <array>
#include <optional>

// A label that shapes its plain text once for all its sizes.
//
// QLabel measures its text anew for every size it is asked: a label's size
// hint and minimum take three measures (identical ones for a text that
// does not wrap), and each shapes the whole text again. The app's labels
// were half of the text shaped before its first frame.
//
// A wrapped label is asked more. Qt's box layouts ask it for its height at
// a width again each time they are invalidated (QWidgetItem's
// minimumHeightForWidth keeps no cache): before the first frame the two
// wrapped labels there were asked 30 times for 8 widths. A selectable one
// lays its text out with a text document, which QLabel gives a dozen widths
// for a new text's size hints (choosing a link in the list showed twelve of
// these); any other measures it with QFontMetrics, up to six times before
// it is first painted (the connection dialog's four explanations).
//
// For a plain text the sizes come from a PlainTextMeasure (a document's) or
// a FormattedText (QFontMetrics') instead: the same numbers, the text
// shaped once, each height kept for a few widths. Painting is QLabel's.
//
// A selectable label's text is laid out before it is painted, as soon as
// its text or size changes: QLabel lays it out in its paint event, where
// the document's changes ask for the label to be painted again, each new
// text and size painted twice.
class MeasuredLabel : public QLabel
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
    // How QLabel lays the text out, so how it is measured here.
    enum class Measure {
        ByQLabel, // rich text, tabs, no text; a document's text not wrapped or with a mnemonic
        AsDocument, // a selectable (or focusable) label's plain text, wrapped
        AsItemText, // drawn by the style, measured with QFontMetrics
    };
    // What the sizes depend on that QLabel changes without an event.
    struct Layout
    {
        QString text;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat format = Qt::AutoText;
        bool hasBuddy = false; // a mnemonic (&) takes no room
        bool hasDocument = false; // made for selectable or focusable text, on polish at the latest
        QSize minimumSize;
        int maximumWidth = QWIDGETSIZE_MAX; // caps a wrapped text's pick of a width
        bool operator==(const Layout &) const = default;
    };
    Layout current() const;
    Measure measureFor(const Layout &layout) const;
    // Forgets what was measured for an older text, font or shape.
    void follow() const;
    void forget() const;
    void layOutDocument() const;

    // Whether the sizes are measured here, the label polished and what was
    // measured for an older text forgotten.
    bool measuresItself() const;
    // QLabelPrivate::sizeForWidth() of a label whose text is measured here.
    QSize sizeForWidth(int width) const;
    // The text's own size within sizeForWidth(); extra: the margins and indent around it.
    QSize documentTextSize(int width, int extra) const;
    QSize itemTextSize(int width, int extra) const;
    int itemTextFlags() const;

    mutable Layout m_measured;
    mutable Measure m_measure = Measure::ByQLabel;
    // A few widths: a layout tries some before it settles (QWidgetItemV2 keeps as many).
    mutable std::array<QSize, 4> m_heights; // width() → height(); an invalid size is an empty slot
    mutable std::size_t m_next = 0;
    mutable std::optional<PlainTextMeasure> m_document;
    mutable std::optional<FormattedText> m_itemText;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
};
