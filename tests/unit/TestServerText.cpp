#include "text/ServerText.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// Server text is shown as the characters it is: no markup, no hidden
// reordering, no megabytes.
class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void shown_data();
    void shown();
    void longTextIsCut();
    void toolTipIsNeverMarkup_data();
    void toolTipIsNeverMarkup();
};

void TestServerText::shown_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain Persian, ZWNJ kept") << u"طرح‌های نو"_s << u"طرح‌های نو"_s;
    QTest::newRow("markup stays text") << u"<img src=\"/dev/zero\">"_s << u"<img src=\"/dev/zero\">"_s;
    QTest::newRow("right-to-left override") << u"\u202Egnp.exe"_s << u"gnp.exe"_s;
    QTest::newRow("left-to-right override") << u"a\u202Dbc\u202C"_s << u"abc"_s;
    QTest::newRow("embeddings") << u"\u202Ax\u202By\u202C"_s << u"xy"_s;
    QTest::newRow("server's own isolates") << u"\u2067abc\u2069 \u2066d\u2069\u2068e"_s << u"abc de"_s;
    QTest::newRow("LRM and RLM kept") << u"a\u200Eb\u200F"_s << u"a\u200Eb\u200F"_s;
    QTest::newRow("control characters visible") << u"a\u0007b\u001Bc\u0085"_s << u"a\uFFFDb\uFFFDc\uFFFD"_s;
    QTest::newRow("line breaks and tabs kept") << u"a\nb\tc"_s << u"a\nb\tc"_s;
}

void TestServerText::shown()
{
    QFETCH(QString, server);
    QFETCH(QString, expected);
    QCOMPARE(ServerText::shown(server), expected);
}

void TestServerText::longTextIsCut()
{
    const QString shown = ServerText::shown(QString(100000, u'ب'));
    QCOMPARE(shown.size(), ServerText::maxShownLength + 1);
    QVERIFY(shown.endsWith(QChar(0x2026)));
}

void TestServerText::toolTipIsNeverMarkup_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("image from /dev/zero") << u"<img src=\"/dev/zero\">"_s;
    QTest::newRow("image from a FIFO") << u"<img src='/tmp/fifo'> 5.00 KB"_s;
    QTest::newRow("qt tag") << u"<qt><a href=\"file:///etc/passwd\">size</a></qt>"_s;
    QTest::newRow("entity") << u"5 &lt; 6 &amp;"_s;
    QTest::newRow("two lines") << u"404 <b>Not</b>\nFound"_s;
}

void TestServerText::toolTipIsNeverMarkup()
{
    QFETCH(QString, server);
    const QString toolTip = ServerText::toolTip(server);
    QVERIFY2(!toolTip.contains(u"<img"_s) && !toolTip.contains(u"<a "_s) && !toolTip.contains(u"<b>"_s),
             qPrintable(toolTip));
    // Rendered as Qt renders a tool tip, it reads exactly as the server wrote it.
    QTextDocument document;
    document.setHtml(toolTip);
    QCOMPARE(document.toPlainText().replace(QChar::LineSeparator, u'\n').replace(QChar::ParagraphSeparator, u'\n'),
             server);
    QVERIFY2(!document.toHtml().contains(u"<img"_s), qPrintable(document.toHtml()));
}

QTEST_MAIN(TestServerText)
#include "TestServerText.moc"
