#pragma once

#include <QFont>
#include <QSizeF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

// The sizes a QTextDocument holding a plain text takes at any text width,
// for the price of shaping the text once. The document itself shapes its
// whole text again at each width it is given, and QLabel gives its document
// a dozen (for its size hints, each followed by the width it had before):
// a selectable label's new text cost 17 shapings of it.
class PlainTextMeasure
{
public:
    PlainTextMeasure(const QString &text, const QFont &font);

    // QTextDocument::size() after setTextWidth(width).
    QSizeF sizeAt(qreal width);
    // QTextDocument::size() after adjustSize().
    QSizeF adjustedSize();

private:
    struct Laid
    {
        QSizeF size;
        qreal idealWidth = 0; // the widest line: QTextDocument::idealWidth()
    };
    Laid layOut(qreal width);

    // One per paragraph (at least one), as the document has one block per
    // paragraph. Laid out again and again without beginLayout(), which would
    // drop the glyphs.
    std::vector<std::unique_ptr<QTextLayout>> m_paragraphs;
};
