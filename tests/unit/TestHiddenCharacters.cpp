#include "text/HiddenCharacters.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the form warns about in a typed or pasted name.
class TestHiddenCharacters : public QObject
{
    Q_OBJECT

private slots:
    void suspicious_data();
    void suspicious();
    void visible_data();
    void visible();
};

void TestHiddenCharacters::suspicious_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("Persian with ZWNJ") << u"نمونه‌کار"_s << QStringList();
    QTest::newRow("RLM inside Latin") << u"logo\u200F.png"_s << QStringList();
    QTest::newRow("right-to-left override") << u"\u202Egnp.exe"_s << QStringList{u"U+202E"_s};
    QTest::newRow("isolate and embedding, each once") << u"\u2066a\u2066\u202Ab"_s << QStringList{u"U+2066"_s, u"U+202A"_s};
    QTest::newRow("bell and escape") << u"a\u0007b\u001B"_s << QStringList{u"U+0007"_s, u"U+001B"_s};
    QTest::newRow("tab is ordinary") << u"a\tb"_s << QStringList();
}

void TestHiddenCharacters::suspicious()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QStringList found;
    for (const char32_t c : HiddenCharacters::suspiciousIn(text))
        found.append(HiddenCharacters::codePointName(c));
    QCOMPARE(found, names);
}

void TestHiddenCharacters::visible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("visible");

    QTest::newRow("Persian") << u"پیوند"_s << true;
    QTest::newRow("one digit") << u"۱"_s << true;
    QTest::newRow("ZWNJ only") << u"\u200C\u200C"_s << false;
    QTest::newRow("zero-width space and joiner") << u"\u200B\u200D"_s << false;
    QTest::newRow("no-break and ideographic spaces") << u"\u00A0\u3000"_s << false;
    QTest::newRow("direction marks only") << u"\u200E\u202E\u2069"_s << false;
    QTest::newRow("Hangul filler") << u"\u3164"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestHiddenCharacters::visible()
{
    QFETCH(QString, text);
    QFETCH(bool, visible);
    QCOMPARE(HiddenCharacters::hasVisible(text), visible);
}

QTEST_GUILESS_MAIN(TestHiddenCharacters)
#include "TestHiddenCharacters.moc"
