#include "FormattedText.h"
#include "Fonts.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

// A formatted text answers what QFontMetrics::boundingRect() answers, and
// draws what QPainter::drawText() draws, pixel for pixel, for each text,
// flags and rectangle, in the fonts the app installs (Vazirmatn for the
// Persian), asked again and again in any order as a label asks and a style
// paints.
class TestFormattedText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rectanglesAreQFontMetrics_data();
    void rectanglesAreQFontMetrics();
    void drawnAsQPainterDrawsIt_data();
    void drawnAsQPainterDrawsIt();
    void textsItLeavesToQPainter_data();
    void textsItLeavesToQPainter();
    void textsItCannotMeasure_data();
    void textsItCannotMeasure();
};

namespace {
// Negative and unbounded too: QLabel subtracts its margins from any width,
// and asks at QWIDGETSIZE_MAX for one line's height.
const QList<int> widths = {-50, 0, 1, 40, 120, 300, 900, QWIDGETSIZE_MAX - 20, 300, 0, 120};

QList<std::pair<const char *, QString>> texts()
{
    return {
        {"empty", QString()},
        {"English", u"The link you create appears here, with its image and the address to share."_s},
        {"Persian", u"پیوندی که می‌سازید این‌جا نمایش داده می‌شود، با تصویر و نشانی‌اش برای هم‌رسانی."_s},
        {"line breaks", u"Windows\r\nline ends\rand a carriage return,\na line feed\u2028a line separator"_s},
        {"a paragraph separator", u"one paragraph\u2029and another"_s},
        {"unbreakable", u"portfolio-links-screenshot-of-the-mobile-version-final-final.png"_s},
        {"mixed", u"\u2068نسخه\u200Cی موبایل \u2066197.png\u2069\u2069 (1.9 kB, 1,993 bytes)"_s},
        {"ampersands", u"Names & numbers && more"_s},
        {"mnemonic", u"&Description"_s},
        {"mnemonic in Persian", u"توضیح (&D)"_s},
        {"ampersand last", u"Names and numbers &"_s},
        {"spaces around", u"   spaces before and after   "_s},
        {"Persian spaces around", u"   فاصله پیش و پس   "_s},
    };
}

QList<std::pair<const char *, int>> flagSets()
{
    return {
        {"left, wrapped", Qt::AlignLeft | Qt::TextWordWrap},
        {"right, wrapped", Qt::AlignRight | Qt::TextWordWrap},
        {"centred, wrapped", Qt::AlignCenter | Qt::TextWordWrap},
        {"bottom, wrapped", Qt::AlignBottom | Qt::TextWordWrap},
        {"right to left, wrapped", Qt::AlignLeft | Qt::TextWordWrap | Qt::TextForceRightToLeft},
        {"right to left, right, wrapped", Qt::AlignRight | Qt::TextWordWrap | Qt::TextForceRightToLeft},
        {"left to right, absolute right, wrapped",
         Qt::AlignRight | Qt::AlignAbsolute | Qt::TextWordWrap | Qt::TextForceLeftToRight},
        {"wrapped anywhere", Qt::AlignLeft | Qt::TextWrapAnywhere},
        {"not wrapped", int(Qt::AlignLeft)},
        {"one line", Qt::AlignLeft | Qt::TextSingleLine},
        {"as QLabel asks", Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextExpandTabs},
        {"as a label with a buddy asks", Qt::AlignLeft | Qt::AlignTop | Qt::TextExpandTabs | Qt::TextShowMnemonic},
        {"mnemonic hidden", Qt::AlignLeft | Qt::TextShowMnemonic | Qt::TextHideMnemonic},
        {"as a button asks", Qt::AlignCenter | Qt::TextShowMnemonic},
        {"centred, wrapped, not clipped", Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap | Qt::TextDontClip},
    };
}
} // namespace

void TestFormattedText::initTestCase()
{
    Fonts::install(QLocale(QLocale::English));
}

void TestFormattedText::rectanglesAreQFontMetrics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flags");

    for (const auto &[textName, text] : texts()) {
        for (const auto &[flagsName, flags] : flagSets()) {
            if (FormattedText::formats(text, flags)) // the others: textsItCannotMeasure()
                QTest::addRow("%s, %s", textName, flagsName) << text << flags;
        }
    }
}

void TestFormattedText::rectanglesAreQFontMetrics()
{
    QFETCH(QString, text);
    QFETCH(int, flags);
    QFont larger = QApplication::font();
    larger.setPointSizeF(larger.pointSizeF() * 1.7);
    for (const QFont &font : {QApplication::font(), larger}) {
        FormattedText measure(text, font, flags);
        const QFontMetrics metrics(font);
        for (int width : widths) {
            const QRect rect(3, 5, width, 2000);
            QCOMPARE(measure.boundingRect(rect), metrics.boundingRect(rect, flags, text));
        }
    }
}

void TestFormattedText::drawnAsQPainterDrawsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flags");
    QTest::addColumn<Qt::LayoutDirection>("direction");

    for (const auto &[textName, text] : texts()) {
        for (const auto &[flagsName, flags] : flagSets()) {
            for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
                if (!FormattedText::paints(text, flags, direction)) // the others: textsItLeavesToQPainter()
                    continue;
                QTest::addRow("%s, %s, %s", textName, flagsName,
                              direction == Qt::LeftToRight ? "painter left to right" : "painter right to left")
                    << text << flags << direction;
            }
        }
    }
}

void TestFormattedText::drawnAsQPainterDrawsIt()
{
    QFETCH(QString, text);
    QFETCH(int, flags);
    QFETCH(Qt::LayoutDirection, direction);
    QFont larger = QApplication::font();
    larger.setPointSizeF(larger.pointSizeF() * 1.7);
    // Tall, and as short as a line (cut, and with its lines stopped there).
    const QList<QRect> rects = {QRect(3, 5, 300, 200), QRect(3, 5, 40, 200), QRect(3, 5, 900, 200),
                                QRect(3, 5, 1, 200),   QRect(3, 5, 120, 12), QRect(3, 5, 300, 200)};
    QImage byQPainter(920, 220, QImage::Format_ARGB32_Premultiplied);
    QImage drawn(byQPainter.size(), byQPainter.format());
    for (const QFont &font : {QApplication::font(), larger}) {
        std::optional<FormattedText> formatted;
        {
            QPainter painter(&drawn); // as a style makes it: the painter's font, resolved for its device
            painter.setFont(font);
            formatted.emplace(text, painter.font(), flags, direction);
        }
        for (const QRect &rect : rects) {
            byQPainter.fill(Qt::white);
            drawn.fill(Qt::white);
            QPainter qtPainter(&byQPainter);
            qtPainter.setLayoutDirection(direction);
            qtPainter.setFont(font);
            qtPainter.drawText(rect, flags, text);
            qtPainter.end();
            QPainter painter(&drawn);
            painter.setLayoutDirection(direction);
            painter.setFont(font);
            formatted->draw(&painter, rect);
            painter.end();
            QVERIFY2(drawn == byQPainter, qPrintable(u"%1 px wide, %2 px high"_s.arg(rect.width()).arg(rect.height())));
        }
    }
}

void TestFormattedText::textsItLeavesToQPainter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flags");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("painted");

    const QString persian = u"فاصله پیش و پس"_s;
    const int wrapped = Qt::AlignLeft | Qt::TextWordWrap;
    const int oneLine = int(Qt::AlignLeft);
    // Right to left and aligned right (a right-to-left painter mirrors the left).
    QTest::newRow("wrapped, a space to end a line at") << persian << wrapped << Qt::RightToLeft << false;
    QTest::newRow("wrapped anywhere") << persian << (Qt::AlignLeft | Qt::TextWrapAnywhere) << Qt::RightToLeft << false;
    QTest::newRow("wrapped, no space") << u"فاصله"_s << wrapped << Qt::RightToLeft << true;
    QTest::newRow("one line, a space inside") << persian << oneLine << Qt::RightToLeft << true;
    QTest::newRow("one line, a space at its end") << persian + u' ' << oneLine << Qt::RightToLeft << false;
    QTest::newRow("a space before a line feed") << u"فاصله \nپیش"_s << oneLine << Qt::RightToLeft << false;
    QTest::newRow("a carriage return at its end") << u"فاصله\r"_s << oneLine << Qt::RightToLeft << false;
    QTest::newRow("a line feed at its end") << u"فاصله\n"_s << oneLine << Qt::RightToLeft << true;
    QTest::newRow("forced right to left") << persian << (wrapped | Qt::TextForceRightToLeft) << Qt::LeftToRight << false;
    // Spaces move no line otherwise.
    QTest::newRow("left to right") << persian + u' ' << wrapped << Qt::LeftToRight << true;
    QTest::newRow("forced left to right") << persian << (wrapped | Qt::TextForceLeftToRight) << Qt::RightToLeft << true;
    QTest::newRow("centred") << persian << (Qt::AlignHCenter | Qt::TextWordWrap) << Qt::RightToLeft << true;
    QTest::newRow("aligned to the absolute left")
        << persian << int(Qt::AlignLeft | Qt::AlignAbsolute | Qt::TextWordWrap) << Qt::RightToLeft << true;
    // And nothing it does not format.
    QTest::newRow("a tab") << u"فاصله\tپیش"_s << oneLine << Qt::LeftToRight << false;
}

void TestFormattedText::textsItLeavesToQPainter()
{
    QFETCH(QString, text);
    QFETCH(int, flags);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, painted);
    QCOMPARE(FormattedText::paints(text, flags, direction), painted);
}

void TestFormattedText::textsItCannotMeasure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flags");
    QTest::addColumn<bool>("measured");

    const QString plain = u"Name and URL"_s;
    QTest::newRow("plain") << plain << int(Qt::TextWordWrap) << true;
    QTest::newRow("a tab") << u"Name\tURL"_s << int(Qt::TextWordWrap) << false;
    QTest::newRow("length variants") << u"Name and URL\u009CName"_s << int(Qt::TextWordWrap) << false;
    QTest::newRow("mnemonic") << u"&Name"_s << int(Qt::TextShowMnemonic) << true;
    QTest::newRow("mnemonic in brackets") << u"Name (&N)"_s << int(Qt::TextShowMnemonic) << true;
    // Taken out with the spaces before it on macOS.
    QTest::newRow("hidden mnemonic in brackets") << u"Name (&N)"_s << int(Qt::TextHideMnemonic) << false;
    QTest::newRow("justified") << plain << int(Qt::AlignJustify | Qt::TextWordWrap) << false;
    QTest::newRow("justification forced") << plain << int(Qt::TextJustificationForced) << false;
}

void TestFormattedText::textsItCannotMeasure()
{
    QFETCH(QString, text);
    QFETCH(int, flags);
    QFETCH(bool, measured);
    QCOMPARE(FormattedText::formats(text, flags), measured);
}

QTEST_MAIN(TestFormattedText)
#include "TestFormattedText.moc"
