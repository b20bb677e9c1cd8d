#include "links/LinkImport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The import's rules without a server: files read, rows checked by the
// form's rules, duplicates of the portfolio's links and of earlier rows
// skipped.
class TestLinkImport : public QObject
{
    Q_OBJECT

private slots:
    void readsFiles_data();
    void readsFiles();
    void unreadableFiles_data();
    void unreadableFiles();
    void duplicates_data();
    void duplicates();
    void problemsPerRow();
};

namespace {

Link existingLink(qint64 id, const QString &name, const QString &url)
{
    Link link;
    link.id = id;
    link.name = name;
    if (!url.isEmpty())
        link.url = url;
    return link;
}

} // namespace

void TestLinkImport::readsFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("images");
    QTest::newRow("csv with BOM and CRLF")
        << QByteArray("\xEF\xBB\xBFid,name,url,image\r\n1,دمو پروژه,https://a.ir,3\r\n2,\"کتاب، «نو»\",,\r\n")
        << QStringList{u"دمو پروژه"_s, u"کتاب، «نو»"_s} << QStringList{u"3"_s, QString()};
    QTest::newRow("csv with a quoted line break and LF")
        << QByteArray("name,description\n\"a,b\",\"line 1\nline \"\"2\"\"\"\n") << QStringList{u"a,b"_s} << QStringList{QString()};
    QTest::newRow("json array of api objects")
        << QByteArray(R"([{"id":4,"name":"دمو","url":null,"image_data":{"id":6}},{"name":"b","image":2}])")
        << QStringList{u"دمو"_s, u"b"_s} << QStringList{u"6"_s, u"2"_s};
    QTest::newRow("csv cells guarded against formulas")
        << QByteArray("name,image\r\n'=دمو,'-1\r\n\"'+«نو», ۲\",\r\n'@نام,\r\n''نقل,\r\n'\tجدول,\r\n\"'\rخط\",\r\n")
        << QStringList{u"=دمو"_s, u"+«نو», ۲"_s, u"@نام"_s, u"'نقل"_s, u"\tجدول"_s, u"\rخط"_s}
        << QStringList{u"-1"_s, QString(), QString(), QString(), QString(), QString()};
    QTest::newRow("csv apostrophes that guard nothing kept")
        << QByteArray("name\n'سلام\nl'art\n'\n") << QStringList{u"'سلام"_s, u"l'art"_s, u"'"_s}
        << QStringList{QString(), QString(), QString()};
    QTest::newRow("json is never guarded") << QByteArray(R"([{"name":"'=دمو"}])") << QStringList{u"'=دمو"_s}
                                           << QStringList{QString()};
    QTest::newRow("json image as an image's object") << QByteArray(R"([{"name":"a","image":{"id":3}}])")
                                                    << QStringList{u"a"_s} << QStringList{u"3"_s};
    QTest::newRow("one json object") << QByteArray(R"({"name":"تنها"})") << QStringList{u"تنها"_s} << QStringList{QString()};
    // As people and spreadsheets write them.
    QTest::newRow("csv headers in capitals") << QByteArray("Name,URL,Image\r\nدمو,https://a.ir,4\r\n")
                                             << QStringList{u"دمو"_s} << QStringList{u"4"_s};
    QTest::newRow("csv header with a space after it") << QByteArray("name ,image\nدمو,5\n") << QStringList{u"دمو"_s}
                                                      << QStringList{u"5"_s};
    QTest::newRow("csv with semicolons") << QByteArray("name;url;image\n\"کتاب، نو\";https://a.ir;6\nb;;\n")
                                         << QStringList{u"کتاب، نو"_s, u"b"_s} << QStringList{u"6"_s, QString()};
    QTest::newRow("csv with tabs") << QByteArray("name\timage\nدمو, نو\t7\n") << QStringList{u"دمو, نو"_s}
                                   << QStringList{u"7"_s};
}

void TestLinkImport::readsFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, names);
    QFETCH(QStringList, images);
    QString error;
    const QList<LinkImport::Row> rows = LinkImport::read(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), names.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).number, int(i + 1));
        QCOMPARE(rows.at(i).form.name, names.at(i));
        QCOMPARE(rows.at(i).form.image, images.at(i));
    }
}

void TestLinkImport::unreadableFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("named"); // what the message must name, if anything
    QTest::newRow("not utf-8") << QByteArray("name\n\xFF\xFE\n") << QString();
    QTest::newRow("no name column") << QByteArray("title,url\na,b\n") << QString();
    QTest::newRow("unterminated quote") << QByteArray("name\n\"abc\n") << QString();
    QTest::newRow("broken json") << QByteArray(R"([{"name": "a"})") << QString();
    QTest::newRow("json array of numbers") << QByteArray("[1, 2]") << QString();
    // A value of another type was read as missing: the link was made without
    // its image, or refused as having no name.
    QTest::newRow("image true") << QByteArray(R"([{"name": "a", "image": true}])") << u"“image”"_s;
    QTest::newRow("image list") << QByteArray(R"([{"name": "a", "image": [3]}])") << u"“image”"_s;
    QTest::newRow("image fraction") << QByteArray(R"([{"name": "a", "image": 1.5}])") << u"1.5"_s;
    QTest::newRow("name number") << QByteArray(R"([{"name": 123}])") << u"“name”"_s;
    QTest::newRow("url number, second entry") << QByteArray(R"([{"name": "a"}, {"name": "ب", "url": 5}])") << u"Entry 2"_s;
    QTest::newRow("description object") << QByteArray(R"({"name": "a", "description": {"fa": "متن"}})") << u"“description”"_s;
}

void TestLinkImport::unreadableFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, named);
    QString error;
    QVERIFY(LinkImport::read(file, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestLinkImport::duplicates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("existingId");
    QTest::newRow("same name and url") << u"دمو پروژه"_s << u"https://example.com/demo"_s << qint64(6);
    QTest::newRow("trailing space trimmed") << u"دمو پروژه "_s << u"https://example.com/demo"_s << qint64(6);
    QTest::newRow("arabic letters on the server") << u"کتاب"_s << QString() << qint64(8);
    QTest::newRow("arabic kaf typed") << u"كتاب"_s << QString() << qint64(8);
    QTest::newRow("url typed without scheme") << u"دمو پروژه"_s << u"example.com/demo"_s << qint64(6);
    QTest::newRow("another url is not a duplicate") << u"دمو پروژه"_s << u"https://example.com/other"_s << qint64(0);
    QTest::newRow("another name is not a duplicate") << u"دمو"_s << u"https://example.com/demo"_s << qint64(0);
}

void TestLinkImport::duplicates()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(qint64, existingId);
    const QList<Link> existing{existingLink(6, u"دمو پروژه"_s, u"https://example.com/demo"_s),
                               existingLink(8, u"كتاب"_s, QString())};
    FormDraft form;
    form.name = name;
    form.url = url;
    const QList<LinkImport::Row> rows{{1, form}, {2, form}};
    const LinkImport::Plan plan = LinkImport::plan(rows, existing, 1, true);
    QVERIFY(plan.problems.isEmpty());
    if (existingId > 0) {
        QVERIFY(plan.toCreate.isEmpty());
        QCOMPARE(plan.duplicates.size(), 2);
        QCOMPARE(plan.duplicates.first().existingId, existingId);
    } else {
        // The second row repeats the first: it is skipped, the first is created.
        QCOMPARE(plan.toCreate.size(), 1);
        QCOMPARE(plan.toCreate.first().row, 1);
        QCOMPARE(plan.duplicates.size(), 1);
        QCOMPARE(plan.duplicates.first().earlierRow, 1);
    }
}

void TestLinkImport::problemsPerRow()
{
    QList<LinkImport::Row> rows(4);
    rows[0] = {1, FormDraft{}};
    rows[0].form.name = u"خوب"_s;
    rows[1] = {2, FormDraft{}};
    rows[2] = {3, FormDraft{}};
    rows[2].form.name = u"بد"_s;
    rows[2].form.url = u"http://exa mple.com"_s;
    rows[3] = {4, FormDraft{}};
    rows[3].form.name = u"تصویر"_s;
    rows[3].form.image = u"abc"_s;
    const LinkImport::Plan plan = LinkImport::plan(rows, {}, 1, true);
    QCOMPARE(plan.problems.size(), 3);
    QCOMPARE(plan.problems.at(0).row, 2);
    QCOMPARE(plan.problems.at(0).field, u"name"_s);
    QCOMPARE(plan.problems.at(1).row, 3);
    QCOMPARE(plan.problems.at(1).field, u"url"_s);
    QCOMPARE(plan.problems.at(2).row, 4);
    QCOMPARE(plan.problems.at(2).field, u"image"_s);
    QCOMPARE(plan.toCreate.size(), 1);
    QCOMPARE(plan.toCreate.first().draft.name, u"خوب"_s);

    // A name over the limit the server has taught: refused before anything is sent.
    const LinkImport::Plan limited = LinkImport::plan(rows.mid(0, 1), {}, 1, true, 2);
    QCOMPARE(limited.problems.size(), 1);
    QCOMPARE(limited.problems.first().field, u"name"_s);
    QVERIFY(limited.toCreate.isEmpty());
}

QTEST_GUILESS_MAIN(TestLinkImport)
#include "TestLinkImport.moc"
