#include "CsvWriter.h"
#include "links/LinkImport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// RFC 4180 as written, and read back by the import's reader unchanged.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void recordsEndInCrLf();
    void importReadsBackWhatWasWritten_data();
    void importReadsBackWhatWasWritten();
};

void TestCsvWriter::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("persian") << u"فروشگاه کتاب"_s << u"فروشگاه کتاب"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote doubled") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line break") << u"خط اول\nخط دوم"_s << u"\"خط اول\nخط دوم\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading space kept") << u" a"_s << u"\" a\""_s;
    QTest::newRow("persian comma needs no quotes") << u"الف، ب"_s << u"الف، ب"_s;
    QTest::newRow("empty") << QString() << QString();
    // Formulas to a spreadsheet: an apostrophe in front makes them text.
    QTest::newRow("equals") << u"=SUM(A1:A9)"_s << u"'=SUM(A1:A9)"_s;
    QTest::newRow("plus, persian") << u"+۹۸ تلفن"_s << u"'+۹۸ تلفن"_s;
    QTest::newRow("minus, persian") << u"-۵ تومان"_s << u"'-۵ تومان"_s;
    QTest::newRow("at, persian") << u"@نام‌کاربری"_s << u"'@نام‌کاربری"_s;
    QTest::newRow("tab, persian") << u"\tمتن"_s << u"'\tمتن"_s;
    QTest::newRow("carriage return, persian") << u"\rمتن"_s << u"\"'\rمتن\""_s;
    QTest::newRow("apostrophe, persian") << u"'نقل قول"_s << u"''نقل قول"_s;
    QTest::newRow("hyperlink, quoted") << u"=HYPERLINK(\"https://x.example\",\"کلیک\")"_s
                                       << u"\"'=HYPERLINK(\"\"https://x.example\"\",\"\"کلیک\"\")\""_s;
    QTest::newRow("equals inside stays") << u"الف=ب"_s << u"الف=ب"_s;
    QTest::newRow("apostrophe inside stays") << u"l'art"_s << u"l'art"_s;
}

void TestCsvWriter::field()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(text), written);
}

void TestCsvWriter::recordsEndInCrLf()
{
    QCOMPARE(CsvWriter::record({u"1"_s, u"a,b"_s, QString()}), QByteArray("1,\"a,b\",\r\n"));
}

void TestCsvWriter::importReadsBackWhatWasWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::newRow("quotes, commas, line breaks") << u"«دمو», \"پروژه\""_s << u"خط اول\r\nخط دوم "_s;
    // Cells guarded against formulas (see field()) come back as they were.
    const QList<std::pair<const char *, QChar>> dangerous{{"equals", u'='}, {"plus", u'+'},      {"minus", u'-'},
                                                          {"at", u'@'},     {"tab", u'\t'},      {"carriage return", u'\r'},
                                                          {"apostrophe", u'\''}};
    for (const auto &[name, first] : dangerous)
        QTest::newRow(name) << first + u"جمع(الف۱) «نو»، ۲"_s << first + u"توضیح\nخط دوم"_s;
    QTest::newRow("two apostrophes") << u"''=خطر"_s << u"''"_s;
    QTest::newRow("a lone apostrophe") << u"'"_s << u"'\"'"_s;
    QTest::newRow("apostrophe then a letter") << u"'سلام"_s << u"l'art"_s;
}

void TestCsvWriter::importReadsBackWhatWasWritten()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    const QStringList names{u"name"_s, u"url"_s, u"description"_s, u"image"_s};
    const QStringList row{name, u"https://example.com/a,b"_s, description, u"3"_s};
    const QByteArray file = QByteArray(CsvWriter::byteOrderMark) + CsvWriter::record(names) + CsvWriter::record(row);
    QString error;
    const QList<LinkImport::Row> rows = LinkImport::read(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().form.name, row.at(0));
    QCOMPARE(rows.first().form.url, row.at(1));
    QCOMPARE(rows.first().form.description, row.at(2));
    QCOMPARE(rows.first().form.image, row.at(3));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
