#include "TableWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Columns line up in a terminal whatever the script: widths are terminal
// cells, not bytes or UTF-16 code units.
class TestTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data();
    void displayWidth();
    void fit_data();
    void fit();
    void rowsOfMixedScriptsLineUp();
    void aServersControlCharactersNeverReachTheTerminal();
};

void TestTableWriter::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << u"Checkout"_s << 8;
    QTest::newRow("persian letters") << u"سبد خرید"_s << 8;
    QTest::newRow("zwnj takes no cell") << u"می\u200Cخواهم"_s << 7;
    QTest::newRow("harakat take no cell") << u"كِتاب"_s << 4;
    QTest::newRow("direction marks take no cell") << u"\u2068abc\u2069\u200F"_s << 3;
    QTest::newRow("persian digits") << u"۱۲۳"_s << 3;
    QTest::newRow("cjk is wide") << u"日本語"_s << 6;
    QTest::newRow("fullwidth latin is wide") << u"ＡＢ"_s << 4;
    QTest::newRow("emoji outside the BMP is wide") << u"\U0001F600x"_s << 3;
    QTest::newRow("combining acute") << u"e\u0301"_s << 1;
    QTest::newRow("empty") << QString() << 0;
}

void TestTableWriter::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TableWriter::displayWidth(text), width);
}

void TestTableWriter::fit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QString>("expected");
    QTest::newRow("padded") << u"ab"_s << 4 << false << u"ab  "_s;
    QTest::newRow("right aligned") << u"42"_s << 4 << true << u"  42"_s;
    QTest::newRow("exact") << u"abcd"_s << 4 << false << u"abcd"_s;
    QTest::newRow("cut with a mark") << u"abcdef"_s << 4 << false << u"abc…"_s;
    QTest::newRow("persian cut") << u"طراحی رابط کاربری"_s << 6 << false << u"طراحی…"_s;
    QTest::newRow("zwnj kept inside") << u"صفحه\u200Cی اصلی"_s << 8 << false << u"صفحه\u200Cی ا…"_s;
    QTest::newRow("wide char never split") << u"日本語"_s << 4 << false << u"日… "_s;
    QTest::newRow("line breaks flattened") << u"a\nb\tc"_s << 5 << false << u"a b c"_s;
    QTest::newRow("mark stays with its letter") << u"e\u0301e\u0301e\u0301"_s << 3 << false << u"e\u0301e\u0301e\u0301"_s;
}

void TestTableWriter::fit()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(bool, right);
    QFETCH(QString, expected);
    const QString fitted = TableWriter::fit(text, width, right);
    QCOMPARE(fitted, expected);
    QCOMPARE(TableWriter::displayWidth(fitted), width);
}

void TestTableWriter::rowsOfMixedScriptsLineUp()
{
    const TableWriter table({{u"ID"_s, 4, true}, {u"NAME"_s, 10, false}, {u"URL"_s, 12, false}});
    const QStringList lines{table.header(), table.row({u"1"_s, u"دمو پروژه"_s, u"https://a.ir"_s}),
                            table.row({u"22"_s, u"نمونه\u200Cها"_s, u"https://b.ir"_s}),
                            table.row({u"333"_s, u"Checkout flow 2"_s, u"https://c.ir"_s})};
    // The third column starts at the same cell on every line.
    for (const QString &line : lines) {
        const qsizetype url = line.indexOf(u"https"_s) >= 0 ? line.indexOf(u"https"_s) : line.indexOf(u"URL"_s);
        QCOMPARE(TableWriter::displayWidth(line.left(url)), 4 + 2 + 10 + 2);
    }
    QVERIFY(lines.last().contains(u"Checkout …"_s));
}

// A name may carry a terminal's escape sequences (clear the screen, set the
// window's title) and an override left open, which reverses the rest of
// the row on a terminal that orders text by direction.
void TestTableWriter::aServersControlCharactersNeverReachTheTerminal()
{
    const TableWriter table({{u"ID"_s, 4, true}, {u"NAME"_s, 40, false}, {u"URL"_s, 12, false}});
    const QString row = table.row({u"25"_s, u"safe\x1b[2J\x1b]0;PWNED\x07\u202Eevil\u2067"_s, u"https://a.ir"_s});
    for (const QChar c : row) {
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY2(!(c.unicode() >= 0x202A && c.unicode() <= 0x202E) && !(c.unicode() >= 0x2066 && c.unicode() <= 0x2069),
                 qPrintable(QString::number(c.unicode(), 16)));
    }
    QVERIFY(row.contains(u"evil"_s));
    QVERIFY(row.contains(u"https://a.ir"_s));
}

QTEST_GUILESS_MAIN(TestTableWriter)
#include "TestTableWriter.moc"
