#include "api/LinkDraft.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<qint64>)

// The create call's body: exactly the fields the user filled in, and Persian
// text that reaches the server byte for byte.
class TestLinkDraft : public QObject
{
    Q_OBJECT

private slots:
    void body_data();
    void body();
    void persianTextRoundTrips_data();
    void persianTextRoundTrips();
    void portfolioIdIsNotInTheBody();
    void persianWireBytesAreExact();

private:
    static QJsonObject roundTrip(const QJsonObject &body, QByteArray *wire = nullptr);
};

namespace {

const QString zwnj = QString(QChar(0x200C));

} // namespace

QJsonObject TestLinkDraft::roundTrip(const QJsonObject &body, QByteArray *wire)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (wire)
        *wire = bytes;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

void TestLinkDraft::body_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("description");
    QTest::addColumn<std::optional<qint64>>("imageId");
    QTest::addColumn<QByteArray>("expected"); // the compact JSON the server receives

    const std::optional<qint64> noImage;
    QTest::newRow("name only") << u"github"_s << QString() << QString() << noImage << R"({"name":"github"})"_ba;
    QTest::newRow("everything, as documented")
        << u"github"_s << u"https://www.github.com/repo_name"_s << u"Link to the project code"_s
        << std::optional<qint64>(123)
        << R"({"description":"Link to the project code","image":123,"name":"github","url":"https://www.github.com/repo_name"})"_ba;
    QTest::newRow("empty name still sent") << QString() << QString() << QString() << noImage << R"({"name":""})"_ba;
    QTest::newRow("whitespace name sent trimmed")
        << u"  \t "_s << QString() << QString() << noImage << R"({"name":""})"_ba;
    QTest::newRow("empty url omitted") << u"a"_s << u""_s << u"d"_s << noImage << R"({"description":"d","name":"a"})"_ba;
    QTest::newRow("whitespace url omitted")
        << u"a"_s << u"   \t\n"_s << QString() << noImage << R"({"name":"a"})"_ba;
    QTest::newRow("whitespace description omitted")
        << u"a"_s << u"https://x.example/"_s << u" \n\n  "_s << noImage << R"({"name":"a","url":"https://x.example/"})"_ba;
    QTest::newRow("non-breaking space only is whitespace")
        << u"a"_s << QString() << u"\u00A0\u2003"_s << noImage << R"({"name":"a"})"_ba;
    QTest::newRow("fields trimmed")
        << u"  github \n"_s << u" https://github.com/x  "_s << u"\n  code  \n"_s << noImage
        << R"({"description":"code","name":"github","url":"https://github.com/x"})"_ba;
    QTest::newRow("inner whitespace kept")
        << u"a  b"_s << QString() << u"line 1\n\nline 2"_s << noImage
        << R"({"description":"line 1\n\nline 2","name":"a  b"})"_ba;
    QTest::newRow("image only when set") << u"a"_s << QString() << QString() << std::optional<qint64>(6)
                                         << R"({"image":6,"name":"a"})"_ba;
    QTest::newRow("image id 0 is still an id")
        << u"a"_s << QString() << QString() << std::optional<qint64>(0) << R"({"image":0,"name":"a"})"_ba;
    QTest::newRow("large image id")
        << u"a"_s << QString() << QString() << std::optional<qint64>(2147483648LL) << R"({"image":2147483648,"name":"a"})"_ba;
    QTest::newRow("quotes and backslashes escaped")
        << u"say \"hi\" \\o/"_s << QString() << QString() << noImage << R"({"name":"say \"hi\" \\o/"})"_ba;
}

void TestLinkDraft::body()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, description);
    QFETCH(std::optional<qint64>, imageId);
    QFETCH(QByteArray, expected);

    LinkDraft draft;
    draft.portfolioId = 3;
    draft.name = name;
    draft.url = url;
    draft.description = description;
    draft.imageId = imageId;

    const QJsonObject body = draft.toJson();
    QCOMPARE(QJsonDocument(body).toJson(QJsonDocument::Compact), expected);
    QVERIFY(body.value(u"name"_s).isString());
    QCOMPARE(body.contains(u"image"_s), imageId.has_value());
    if (imageId) {
        QVERIFY(body.value(u"image"_s).isDouble());
        QCOMPARE(body.value(u"image"_s).toInteger(), *imageId);
    }
    // Nothing the server would have to validate as an empty string.
    for (const QString &optional : {u"url"_s, u"description"_s}) {
        if (body.contains(optional))
            QVERIFY2(!body.value(optional).toString().isEmpty(), qPrintable(optional));
    }
}

void TestLinkDraft::persianTextRoundTrips_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent"); // after trimming

    const QString persian = u"دمو پروژه"_s;
    QTest::newRow("documented name") << persian << persian;
    QTest::newRow("ZWNJ inside a word") << u"می"_s + zwnj + u"خواهم"_s << u"می"_s + zwnj + u"خواهم"_s;
    QTest::newRow("ZWNJ at both ends kept") << zwnj + u"ها"_s + zwnj << zwnj + u"ها"_s + zwnj;
    QTest::newRow("spaces trimmed, ZWNJ kept")
        << u"  \t"_s + zwnj + u"کتاب"_s + zwnj + u"ها \n"_s << zwnj + u"کتاب"_s + zwnj + u"ها"_s;
    QTest::newRow("Persian and Arabic letters")
        << u"یک ی ك ک ة ۀ ئ ؤ إ أ ء"_s << u"یک ی ك ک ة ۀ ئ ؤ إ أ ء"_s;
    QTest::newRow("Persian and Latin digits") << u"نسخه ۱۴۰۴ / 2026 ٣"_s << u"نسخه ۱۴۰۴ / 2026 ٣"_s;
    QTest::newRow("mixed with English")
        << u"  لینک GitHub پروژه‌ی Qt 6 "_s << u"لینک GitHub پروژه‌ی Qt 6"_s;
    QTest::newRow("directional marks") << u"\u200Fسلام\u200E abc"_s << u"\u200Fسلام\u200E abc"_s;
    QTest::newRow("kashida and diacritics") << u"مـــحمّد عَلی"_s << u"مـــحمّد عَلی"_s;
    QTest::newRow("emoji outside the BMP") << u"پروژه 🚀"_s << u"پروژه 🚀"_s;
}

void TestLinkDraft::persianTextRoundTrips()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);

    LinkDraft draft;
    draft.name = typed;
    draft.description = typed;
    draft.url = u"https://مثال.ایران/"_s + typed.trimmed();

    QByteArray wire;
    const QJsonObject received = roundTrip(draft.toJson(), &wire);

    QCOMPARE(received.value(u"name"_s).toString(), sent);
    QCOMPARE(received.value(u"description"_s).toString(), sent);
    QCOMPARE(received.value(u"url"_s).toString(), u"https://مثال.ایران/"_s + sent);
    QCOMPARE(received.value(u"name"_s).toString().toUtf8(), sent.toUtf8());
    // The server sees the text itself in UTF-8, not \u escapes.
    QVERIFY2(wire.contains(sent.toUtf8()), wire.constData());
    QVERIFY(!wire.contains("\\u"));
    QCOMPARE(received.value(u"name"_s).toString().count(zwnj), sent.count(zwnj));
}

void TestLinkDraft::portfolioIdIsNotInTheBody()
{
    LinkDraft draft;
    draft.portfolioId = 3;
    draft.name = u"github"_s;

    const QJsonObject body = draft.toJson();

    QCOMPARE(body.keys(), QStringList{u"name"_s});
    QVERIFY(!QJsonDocument(body).toJson(QJsonDocument::Compact).contains('3'));
}

void TestLinkDraft::persianWireBytesAreExact()
{
    // "پروژه‌ها ۱۲" with a ZWNJ between the two words' parts, surrounded by spaces.
    LinkDraft draft;
    draft.name = u"  \u067E\u0631\u0648\u0698\u0647\u200C\u0647\u0627 \u06F1\u06F2 Qt\t"_s;

    QByteArray wire;
    const QJsonObject received = roundTrip(draft.toJson(), &wire);

    // Every byte written out: the letters, ZWNJ (E2 80 8C), the Persian digits.
    const QByteArray expected = "{\"name\":\""
                                "\xD9\xBE\xD8\xB1\xD9\x88\xDA\x98\xD9\x87"
                                "\xE2\x80\x8C"
                                "\xD9\x87\xD8\xA7"
                                " \xDB\xB1\xDB\xB2 Qt\"}"_ba;
    QCOMPARE(wire, expected);
    QCOMPARE(received.value(u"name"_s).toString().toUtf8(), expected.mid(9, expected.size() - 11));
    QCOMPARE(received.value(u"name"_s).toString().count(QChar(0x200C)), 1);
}

QTEST_GUILESS_MAIN(TestLinkDraft)
#include "TestLinkDraft.moc"
