#include "BoundingRectMeasure.h"
#include "Fonts.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// A measure answers what QFontMetrics::boundingRect() answers, for each
// text, flags and width, in the fonts the app installs (Vazirmatn for the
// Persian), asked again and again in any order as a label asks.
class TestBoundingRectMeasure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rectanglesAreQFontMetrics_data();
    void rectanglesAreQFontMetrics();
    void textsItCannotMeasure_data();
    void textsItCannotMeasure();
};

namespace {
// Negative and unbounded too: QLabel subtracts its margins from any width,
// and asks at QWIDGETSIZE_MAX for one line's height.
const QList<int> widths = {-50, 0, 1, 40, 120, 300, 900, QWIDGETSIZE_MAX - 20, 300, 0, 120};
} // namespace

void TestBoundingRectMeasure::initTestCase()
{
    Fonts::install(QLocale(QLocale::English));
}

void TestBoundingRectMeasure::rectanglesAreQFontMetrics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("flags");

    const QList<std::pair<const char *, QString>> texts = {
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
    const QList<std::pair<const char *, int>> flagSets = {
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
    };
    for (const auto &[textName, text] : texts) {
        for (const auto &[flagsName, flags] : flagSets) {
            if (BoundingRectMeasure::measures(text, flags)) // the others: textsItCannotMeasure()
                QTest::addRow("%s, %s", textName, flagsName) << text << flags;
        }
    }
}

void TestBoundingRectMeasure::rectanglesAreQFontMetrics()
{
    QFETCH(QString, text);
    QFETCH(int, flags);
    QFont larger = QApplication::font();
    larger.setPointSizeF(larger.pointSizeF() * 1.7);
    for (const QFont &font : {QApplication::font(), larger}) {
        BoundingRectMeasure measure(text, font, flags);
        const QFontMetrics metrics(font);
        for (int width : widths) {
            const QRect rect(3, 5, width, 2000);
            QCOMPARE(measure.boundingRect(rect), metrics.boundingRect(rect, flags, text));
        }
    }
}

void TestBoundingRectMeasure::textsItCannotMeasure_data()
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

void TestBoundingRectMeasure::textsItCannotMeasure()
{
    QFETCH(QString, text);
    QFETCH(int, flags);
    QFETCH(bool, measured);
    QCOMPARE(BoundingRectMeasure::measures(text, flags), measured);
}

QTEST_MAIN(TestBoundingRectMeasure)
#include "TestBoundingRectMeasure.moc"
