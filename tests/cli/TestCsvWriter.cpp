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

void TestCsvWriter::importReadsBackWhatWasWritten()
{
    const QStringList names{u"name"_s, u"url"_s, u"description"_s, u"image"_s};
    const QStringList row{u"«دمو», \"پروژه\""_s, u"https://example.com/a,b"_s, u"خط اول\r\nخط دوم "_s, u"3"_s};
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
