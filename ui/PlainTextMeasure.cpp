#include "PlainTextMeasure.h"

#include <QFontMetrics>
#include <QTextLine>
#include <QTextOption>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

// The blocks QTextDocument::setPlainText() makes: QTextCursor::insertText()
// starts one at each of these (a carriage return and a line feed together
// count once).
QStringList paragraphsOf(const QString &text)
{
    QStringList paragraphs;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u'\n' && c != u'\r' && c != QChar::ParagraphSeparator && c != 0xFDD0 && c != 0xFDD1)
            continue;
        paragraphs.append(text.mid(start, i - start));
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    paragraphs.append(text.mid(start));
    return paragraphs;
}

} // namespace

PlainTextMeasure::PlainTextMeasure(const QString &text, const QFont &font)
{
    const QStringList paragraphs = paragraphsOf(text);
    m_paragraphs.reserve(paragraphs.size());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    for (const QString &paragraph : paragraphs) {
        auto layout = std::make_unique<QTextLayout>(paragraph, font);
        layout->setTextOption(option);
        // Shaped on the first layOut(); from then on only its lines are made again.
        layout->beginLayout();
        m_paragraphs.push_back(std::move(layout));
    }
}

PlainTextMeasure::Laid PlainTextMeasure::layOut(qreal width)
{
    Laid laid;
    qreal height = 0;
    for (const std::unique_ptr<QTextLayout> &paragraph : m_paragraphs) {
        paragraph->clearLayout();
        for (QTextLine line = paragraph->createLine(); line.isValid(); line = paragraph->createLine()) {
            line.setLineWidth(width);
            laid.idealWidth = std::max(laid.idealWidth, line.naturalTextWidth());
            // As QTextDocumentLayout steps from line to line.
            height += qCeil(line.ascent() + line.descent() + line.leading());
        }
    }
    laid.size = QSizeF(std::max(width, laid.idealWidth), height);
    return laid;
}

QSizeF PlainTextMeasure::sizeAt(qreal width)
{
    return layOut(width).size;
}

QSizeF PlainTextMeasure::adjustedSize()
{
    // QTextDocument::adjustSize(), step by step: a width from the area at
    // 80 x's, narrowed once more if that came out too tall, then the widest
    // line at that width.
    const int widest = QFontMetrics(m_paragraphs.front()->font()).horizontalAdvance(QLatin1Char('x')) * 80;
    Laid laid = layOut(widest);
    if (laid.size.width() != 0) {
        int width = int(std::sqrt(uint(5 * laid.size.height() * laid.size.width() / 3)));
        laid = layOut(std::min(width, widest));
        if (width * 3 < 5 * laid.size.height()) {
            width = int(std::sqrt(uint(2 * laid.size.height() * laid.size.width())));
            laid = layOut(std::min(width, widest));
        }
    }
    return sizeAt(laid.idealWidth);
}
