#include "model/Link.h"
#include "model/ParseError.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParseError::Problem)
Q_DECLARE_METATYPE(Link)

// Reading a Link answer: the user's documented example field by field, and
// every way an answer can be wrong, reported with what and where.
class TestLinkParsing : public QObject
{
    Q_OBJECT

private slots:
    void documentedExample();
    void documentedExampleThroughJsonValue();
    void malformedFiles_data();
    void malformedFiles();
    void everyMalformedFileIsInTheTable();
    void malformedInline_data();
    void malformedInline();
    void accepted_data();
    void accepted();
    void timestamps_data();
    void timestamps();
    void integerBeyondDoublePrecisionIsNotRounded();
    void nullErrorPointerIsAllowed();
    void relativeFileUrlsAreReadAgainstTheAnswersAddress_data();
    void relativeFileUrlsAreReadAgainstTheAnswersAddress();

private:
    static QByteArray documentedBody();
    static Link documentedLink();
};

namespace {

QByteArray readData(const QString &relativePath)
{
    QFile file(QDir(QStringLiteral(PORTFOLIO_LINKS_TEST_DATA)).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Applies `change` to the value found by following `keys` from the root:
// strings are object keys, numbers list indexes.
void editAt(QJsonValueRef value, QList<QVariant> keys, const std::function<void(QJsonValueRef)> &change)
{
    if (keys.isEmpty()) {
        change(value);
        return;
    }
    const QVariant key = keys.takeFirst();
    if (key.typeId() == QMetaType::QString) {
        QJsonObject object = value.toObject();
        editAt(object[key.toString()], keys, change);
        value = object;
    } else {
        QJsonArray array = value.toArray();
        editAt(array[key.toInt()], keys, change);
        value = array;
    }
}

QByteArray edited(const QByteArray &body, const QList<QVariant> &keys, const std::function<void(QJsonValueRef)> &change)
{
    QJsonArray root{QJsonDocument::fromJson(body).object()};
    editAt(root[0], keys, change);
    return QJsonDocument(root.at(0).toObject()).toJson();
}

QByteArray withValue(const QByteArray &body, const QList<QVariant> &keys, const QJsonValue &value)
{
    return edited(body, keys, [&](QJsonValueRef target) { target = value; });
}

QByteArray withoutKey(const QByteArray &body, QList<QVariant> keys)
{
    const QString last = keys.takeLast().toString();
    return edited(body, keys, [&](QJsonValueRef target) {
        QJsonObject object = target.toObject();
        object.remove(last);
        target = object;
    });
}

QList<QVariant> at(std::initializer_list<QVariant> keys)
{
    return QList<QVariant>(keys);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), QTimeZone::utc());
}

} // namespace

QByteArray TestLinkParsing::documentedBody()
{
    return readData(u"documented-create-response.json"_s);
}

// What the documented example says, written out by hand.
Link TestLinkParsing::documentedLink()
{
    Link link;
    link.id = 4;
    link.name = u"دمو پروژه"_s;
    link.url = u"https://moeinsoft.com/demo"_s;
    link.description = u"لینک مشاهده دمو"_s;
    link.createdAt = utc(2026, 1, 13, 10, 5, 43, 296);
    link.updatedAt = utc(2026, 1, 13, 10, 5, 43, 296);
    Image image;
    image.id = 6;
    image.type = u"image"_s;
    image.name = u"technology"_s;
    image.size = 5123;
    image.humanReadableSize = u"5.00 KB"_s;
    image.file = QUrl(u"http://localhost:8000/media/core_media/2025/12/02/technology.png"_s);
    image.width = 225;
    image.height = 225;
    image.mode = u"P"_s;
    qint64 id = 213;
    for (const int size : {64, 128, 512, 1080}) {
        image.thumbnails.append(Thumbnail{
            id++,
            QUrl(u"http://127.0.0.1:8000/media/core_media/2026/02/02/thumbnails/test2_ecH0zVV_thumbnail_%1x%1.jpg"_s
                     .arg(size)),
            size});
    }
    link.image = image;
    return link;
}

void TestLinkParsing::documentedExample()
{
    const QByteArray body = documentedBody();
    QVERIFY(body.startsWith("{\n\"id\": 4,"));

    ParseError error;
    const std::optional<Link> link = Link::fromJson(body, &error);
    QVERIFY2(link, qPrintable(error.toString()));

    QCOMPARE(link->id, 4);
    QCOMPARE(link->name, u"دمو پروژه"_s);
    QCOMPARE(link->name.toUtf8(), "\xd8\xaf\xd9\x85\xd9\x88 \xd9\xbe\xd8\xb1\xd9\x88\xda\x98\xd9\x87"_ba);
    QCOMPARE(link->url, std::optional<QString>(u"https://moeinsoft.com/demo"_s));
    QCOMPARE(link->description, std::optional<QString>(u"لینک مشاهده دمو"_s));

    // Qt keeps milliseconds: the microseconds 296270 and 296310 both round to
    // 296, so created and updated compare equal although the server's differ.
    QCOMPARE(link->createdAt, utc(2026, 1, 13, 10, 5, 43, 296));
    QCOMPARE(link->updatedAt, utc(2026, 1, 13, 10, 5, 43, 296));
    QCOMPARE(link->createdAt.time().msec(), 296);
    QCOMPARE(link->createdAt.offsetFromUtc(), 0);
    QCOMPARE(link->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(link->createdAt, link->updatedAt);
    QCOMPARE(link->createdAt.toUTC().toString(Qt::ISODateWithMs), u"2026-01-13T10:05:43.296Z"_s);
    QCOMPARE(link->createdAt.toMSecsSinceEpoch(), 1768298743296LL);
    QCOMPARE(link->updatedAt.toMSecsSinceEpoch(), 1768298743296LL);

    QVERIFY(link->image);
    const Image &image = *link->image;
    QCOMPARE(image.id, 6);
    QCOMPARE(image.type, u"image"_s);
    QCOMPARE(image.name, u"technology"_s);
    QCOMPARE(image.size, 5123);
    QCOMPARE(image.humanReadableSize, u"5.00 KB"_s);
    QCOMPARE(image.file, QUrl(u"http://localhost:8000/media/core_media/2025/12/02/technology.png"_s));
    QCOMPARE(image.file.host(), u"localhost"_s);
    QCOMPARE(image.file.port(), 8000);
    QCOMPARE(image.width, 225);
    QCOMPARE(image.height, 225);
    QCOMPARE(image.mode, u"P"_s);

    QCOMPARE(image.thumbnails.size(), 4);
    const QList<qint64> ids{213, 214, 215, 216};
    const QList<int> sizes{64, 128, 512, 1080};
    for (int i = 0; i < 4; ++i) {
        const Thumbnail &thumbnail = image.thumbnails.at(i);
        QCOMPARE(thumbnail.id, ids.at(i));
        QCOMPARE(thumbnail.size, std::optional<qint64>(sizes.at(i)));
        QCOMPARE(thumbnail.file,
                 QUrl(u"http://127.0.0.1:8000/media/core_media/2026/02/02/thumbnails/test2_ecH0zVV_thumbnail_%1x%1.jpg"_s
                          .arg(sizes.at(i))));
        // The documented example mixes hosts: thumbnails are on 127.0.0.1.
        QCOMPARE(thumbnail.file.host(), u"127.0.0.1"_s);
    }
}

void TestLinkParsing::documentedExampleThroughJsonValue()
{
    const QJsonObject object = QJsonDocument::fromJson(documentedBody()).object();
    QVERIFY(!object.isEmpty());

    ParseError error;
    const std::optional<Link> link = Link::fromJson(QJsonValue(object), &error);

    QVERIFY2(link, qPrintable(error.toString()));
    QCOMPARE(link->id, 4);
    QVERIFY(link->image);
    QCOMPARE(link->image->thumbnails.size(), 4);
}

namespace {

struct MalformedFile
{
    const char *file;
    ParseError::Problem problem;
    QString path;
};

// Every file in tests/data/malformed, with what is wrong with it and where.
QList<MalformedFile> malformedFileTable()
{
    using P = ParseError::Problem;
    QList<MalformedFile> rows;
    const auto row = [&](const char *file, P problem, const QString &path) { rows.append({file, problem, path}); };
    // Not JSON at all, or not an object.
    row("empty.json", P::NotJson, QString());
    row("whitespace-only.json", P::NotJson, QString());
    row("truncated.json", P::NotJson, QString());
    row("trailing-garbage.json", P::NotJson, QString());
    row("duplicate-comma.json", P::NotJson, QString());
    row("server-error-page.html", P::NotJson, QString());
    row("top-level-string.json", P::NotJson, QString()); // Qt's parser takes only objects and arrays
    row("top-level-number.json", P::NotJson, QString());
    row("top-level-null.json", P::NotJson, QString());
    row("top-level-array.json", P::WrongType, u"$"_s);
    // Top-level fields.
    row("missing-id.json", P::Missing, u"id"_s);
    row("id-string.json", P::WrongType, u"id"_s);
    row("id-fraction.json", P::WrongType, u"id"_s);
    row("id-negative-fraction.json", P::WrongType, u"id"_s);
    row("id-huge.json", P::WrongType, u"id"_s);
    row("id-bool.json", P::WrongType, u"id"_s);
    row("missing-name.json", P::Missing, u"name"_s);
    row("name-null.json", P::WrongType, u"name"_s);
    row("name-number.json", P::WrongType, u"name"_s);
    row("url-number.json", P::WrongType, u"url"_s);
    row("url-missing.json", P::Missing, u"url"_s);
    row("description-list.json", P::WrongType, u"description"_s);
    row("description-object.json", P::WrongType, u"description"_s);
    row("created-at-garbage.json", P::InvalidValue, u"created_at"_s);
    row("created-at-empty.json", P::InvalidValue, u"created_at"_s);
    row("created-at-invalid-date.json", P::InvalidValue, u"created_at"_s);
    row("created-at-missing.json", P::Missing, u"created_at"_s);
    row("updated-at-number.json", P::WrongType, u"updated_at"_s);
    row("updated-at-missing.json", P::Missing, u"updated_at"_s);
    // image_data.
    row("image-data-string.json", P::WrongType, u"image_data"_s);
    row("image-data-number.json", P::WrongType, u"image_data"_s);
    row("image-data-missing.json", P::Missing, u"image_data"_s);
    row("image-id-missing.json", P::Missing, u"image_data.id"_s);
    row("image-type-null.json", P::WrongType, u"image_data.type"_s);
    row("image-width-fraction.json", P::WrongType, u"image_data.width"_s);
    row("image-width-missing.json", P::Missing, u"image_data.width"_s);
    row("image-height-string.json", P::WrongType, u"image_data.height"_s);
    row("image-f-relative.json", P::InvalidValue, u"image_data.f"_s);
    row("image-f-missing.json", P::Missing, u"image_data.f"_s);
    row("thumbnails-object.json", P::WrongType, u"image_data.thumbnails"_s);
    row("thumbnails-null.json", P::WrongType, u"image_data.thumbnails"_s);
    row("thumbnails-string.json", P::WrongType, u"image_data.thumbnails"_s);
    // One thumbnail deep in the list.
    row("thumbnail-not-object.json", P::WrongType, u"image_data.thumbnails[0]"_s);
    row("thumbnail-f-not-url.json", P::InvalidValue, u"image_data.thumbnails[0].f"_s);
    row("thumbnail-f-ftp.json", P::InvalidValue, u"image_data.thumbnails[1].f"_s);
    row("thumbnail-f-relative.json", P::InvalidValue, u"image_data.thumbnails[2].f"_s);
    row("thumbnail-f-scheme-relative.json", P::InvalidValue, u"image_data.thumbnails[2].f"_s);
    row("thumbnail-f-number.json", P::WrongType, u"image_data.thumbnails[3].f"_s);
    row("thumbnail-f-javascript.json", P::InvalidValue, u"image_data.thumbnails[3].f"_s);
    row("thumbnail-id-list.json", P::WrongType, u"image_data.thumbnails[2].id"_s);
    row("thumbnail-size-string.json", P::WrongType, u"image_data.thumbnails[0].size"_s);
    row("thumbnail-size-missing.json", P::Missing, u"image_data.thumbnails[1].size"_s);
    row("thumbnail-id-missing.json", P::Missing, u"image_data.thumbnails[3].id"_s);
    return rows;
}

} // namespace

void TestLinkParsing::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ParseError::Problem>("problem");
    QTest::addColumn<QString>("path");

    for (const MalformedFile &row : malformedFileTable())
        QTest::newRow(row.file) << u"malformed/"_s + QString::fromLatin1(row.file) << row.problem << row.path;
}

void TestLinkParsing::everyMalformedFileIsInTheTable()
{
    QStringList listed;
    for (const MalformedFile &row : malformedFileTable())
        listed.append(QString::fromLatin1(row.file));
    QStringList onDisk = QDir(QStringLiteral(PORTFOLIO_LINKS_TEST_DATA "/malformed")).entryList(QDir::Files);
    listed.sort();
    onDisk.sort();
    QVERIFY(onDisk.size() >= 20);
    QCOMPARE(listed, onDisk);
}

void TestLinkParsing::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(ParseError::Problem, problem);
    QFETCH(QString, path);

    const QByteArray body = readData(file);
    ParseError error;
    const std::optional<Link> link = Link::fromJson(body, &error);

    QVERIFY(!link);
    QCOMPARE(error.problem(), problem);
    QCOMPARE(error.path(), path);
    // The user-facing text names the field, so a report can be acted on.
    const QString text = error.toString();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(u"%1"_s) && !text.contains(u"%2"_s), qPrintable(text));
    if (problem != ParseError::Problem::NotJson)
        QVERIFY2(text.contains(path), qPrintable(text));
    else
        QVERIFY(!error.expected().isEmpty()); // Qt's reason, e.g. "illegal value"
}

void TestLinkParsing::malformedInline_data()
{
    using P = ParseError::Problem;
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ParseError::Problem>("problem");
    QTest::addColumn<QString>("path");

    const QByteArray doc = documentedBody();
    QTest::newRow("empty body") << QByteArray() << P::NotJson << QString();
    QTest::newRow("UTF-8 BOM only") << "\xEF\xBB\xBF"_ba << P::NotJson << QString();
    QTest::newRow("invalid UTF-8 in a string")
        << R"({"id": 4, "name": ")"_ba + "\xff\xfe" + R"("})"_ba << P::NotJson << QString();
    QTest::newRow("single quotes") << "{'id': 4}"_ba << P::NotJson << QString();
    QTest::newRow("empty object") << "{}"_ba << P::Missing << u"id"_s;
    QTest::newRow("empty array") << "[]"_ba << P::WrongType << u"$"_s;
    QTest::newRow("id null") << withValue(doc, at({u"id"_s}), QJsonValue::Null) << P::WrongType << u"id"_s;
    QTest::newRow("id 1e20") << withValue(doc, at({u"id"_s}), 1e20) << P::WrongType << u"id"_s;
    QTest::newRow("id object") << withValue(doc, at({u"id"_s}), QJsonObject{{u"id"_s, 4}}) << P::WrongType
                               << u"id"_s;
    QTest::newRow("url object") << withValue(doc, at({u"url"_s}), QJsonObject{}) << P::WrongType << u"url"_s;
    QTest::newRow("description false") << withValue(doc, at({u"description"_s}), false) << P::WrongType
                                       << u"description"_s;
    QTest::newRow("image_data list") << withValue(doc, at({u"image_data"_s}), QJsonArray{}) << P::WrongType
                                     << u"image_data"_s;
    QTest::newRow("image f ftp")
        << withValue(doc, at({u"image_data"_s, u"f"_s}), u"ftp://localhost/media/technology.png"_s)
        << P::InvalidValue << u"image_data.f"_s;
    QTest::newRow("image f mailto") << withValue(doc, at({u"image_data"_s, u"f"_s}), u"mailto:a@example.com"_s)
                                    << P::InvalidValue << u"image_data.f"_s;
    QTest::newRow("image f without host") << withValue(doc, at({u"image_data"_s, u"f"_s}), u"http:///media/a.png"_s)
                                          << P::InvalidValue << u"image_data.f"_s;
    QTest::newRow("image f with a space")
        << withValue(doc, at({u"image_data"_s, u"f"_s}), u"http://localhost:8000/media/a b.png"_s)
        << P::InvalidValue << u"image_data.f"_s;
    QTest::newRow("image size string") << withValue(doc, at({u"image_data"_s, u"size"_s}), u"5123"_s)
                                       << P::WrongType << u"image_data.size"_s;
    QTest::newRow("image human_readable_size missing")
        << withoutKey(doc, at({u"image_data"_s, u"human_readable_size"_s})) << P::Missing
        << u"image_data.human_readable_size"_s;
    QTest::newRow("image height null") << withValue(doc, at({u"image_data"_s, u"height"_s}), QJsonValue::Null)
                                       << P::WrongType << u"image_data.height"_s;
    QTest::newRow("image mode missing") << withoutKey(doc, at({u"image_data"_s, u"mode"_s})) << P::Missing
                                        << u"image_data.mode"_s;
    QTest::newRow("thumbnails missing") << withoutKey(doc, at({u"image_data"_s, u"thumbnails"_s})) << P::Missing
                                        << u"image_data.thumbnails"_s;
    QTest::newRow("thumbnail null")
        << withValue(doc, at({u"image_data"_s, u"thumbnails"_s, 2}), QJsonValue::Null) << P::WrongType
        << u"image_data.thumbnails[2]"_s;
    QTest::newRow("thumbnail id string")
        << withValue(doc, at({u"image_data"_s, u"thumbnails"_s, 1, u"id"_s}), u"214"_s) << P::WrongType
        << u"image_data.thumbnails[1].id"_s;
    QTest::newRow("thumbnail size fraction")
        << withValue(doc, at({u"image_data"_s, u"thumbnails"_s, 3, u"size"_s}), 1080.5) << P::WrongType
        << u"image_data.thumbnails[3].size"_s;
    QTest::newRow("thumbnail f empty")
        << withValue(doc, at({u"image_data"_s, u"thumbnails"_s, 0, u"f"_s}), u""_s) << P::InvalidValue
        << u"image_data.thumbnails[0].f"_s;
    QTest::newRow("thumbnail f null")
        << withValue(doc, at({u"image_data"_s, u"thumbnails"_s, 0, u"f"_s}), QJsonValue::Null) << P::WrongType
        << u"image_data.thumbnails[0].f"_s;
    QTest::newRow("first error wins")
        << withValue(withValue(doc, at({u"name"_s}), 1), at({u"image_data"_s, u"f"_s}), 2) << P::WrongType
        << u"name"_s;
}

void TestLinkParsing::malformedInline()
{
    QFETCH(QByteArray, body);
    QFETCH(ParseError::Problem, problem);
    QFETCH(QString, path);

    ParseError error;
    const std::optional<Link> link = Link::fromJson(body, &error);

    QVERIFY(!link);
    QCOMPARE(error.problem(), problem);
    QCOMPARE(error.path(), path);
    QVERIFY(!error.toString().isEmpty());
}

void TestLinkParsing::accepted_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Link>("expected");

    const QByteArray doc = documentedBody();
    const Link documented = documentedLink();
    const auto expect = [&](const std::function<void(Link &)> &change) {
        Link link = documented;
        change(link);
        return link;
    };

    QTest::newRow("documented") << doc << documented;
    QTest::newRow("url null") << withValue(doc, at({u"url"_s}), QJsonValue::Null)
                              << expect([](Link &l) { l.url.reset(); });
    QTest::newRow("url empty string") << withValue(doc, at({u"url"_s}), u""_s)
                                      << expect([](Link &l) { l.url = QString(); });
    QTest::newRow("description null") << withValue(doc, at({u"description"_s}), QJsonValue::Null)
                                      << expect([](Link &l) { l.description.reset(); });
    QTest::newRow("image_data null") << withValue(doc, at({u"image_data"_s}), QJsonValue::Null)
                                     << expect([](Link &l) { l.image.reset(); });
    QTest::newRow("all nullable null")
        << withValue(withValue(withValue(doc, at({u"url"_s}), QJsonValue::Null), at({u"description"_s}),
                               QJsonValue::Null),
                     at({u"image_data"_s}), QJsonValue::Null)
        << expect([](Link &l) {
               l.url.reset();
               l.description.reset();
               l.image.reset();
           });
    QTest::newRow("thumbnail size null")
        << withValue(doc, at({u"image_data"_s, u"thumbnails"_s, 1, u"size"_s}), QJsonValue::Null)
        << expect([](Link &l) { l.image->thumbnails[1].size.reset(); });
    QTest::newRow("every thumbnail size null")
        << edited(doc, at({u"image_data"_s, u"thumbnails"_s}), [](QJsonValueRef list) {
               QJsonArray thumbnails = list.toArray();
               for (QJsonValueRef thumbnail : thumbnails) {
                   QJsonObject object = thumbnail.toObject();
                   object[u"size"_s] = QJsonValue::Null;
                   thumbnail = object;
               }
               list = thumbnails;
           })
        << expect([](Link &l) {
               for (Thumbnail &thumbnail : l.image->thumbnails)
                   thumbnail.size.reset();
           });
    QTest::newRow("unknown fields ignored")
        << edited(doc, {}, [](QJsonValueRef root) {
               QJsonObject object = root.toObject();
               object.insert(u"portfolio"_s, 3);
               object.insert(u"extra"_s, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s, QJsonValue::Null}}});
               QJsonObject image = object.value(u"image_data"_s).toObject();
               image.insert(u"alt"_s, u"متن جایگزین"_s);
               QJsonArray thumbnails = image.value(u"thumbnails"_s).toArray();
               QJsonObject first = thumbnails.at(0).toObject();
               first.insert(u"width"_s, 64);
               thumbnails[0] = first;
               image.insert(u"thumbnails"_s, thumbnails);
               object.insert(u"image_data"_s, image);
               root = object;
           })
        << documented;
    QTest::newRow("type image/jpeg") << withValue(doc, at({u"image_data"_s, u"type"_s}), u"image/jpeg"_s)
                                     << expect([](Link &l) { l.image->type = u"image/jpeg"_s; });
    QTest::newRow("empty thumbnails list") << withValue(doc, at({u"image_data"_s, u"thumbnails"_s}), QJsonArray{})
                                           << expect([](Link &l) { l.image->thumbnails.clear(); });
    QTest::newRow("integral double id") << withValue(doc, at({u"id"_s}), 4.0) << documented;
    QTest::newRow("https media, percent-encoded Persian file name")
        << withValue(doc, at({u"image_data"_s, u"f"_s}), u"https://cdn.example.com/media/%D8%AA%D8%B3%D8%AA.png"_s)
        << expect([](Link &l) { l.image->file = QUrl(u"https://cdn.example.com/media/تست.png"_s); });
    QTest::newRow("IDN media host")
        << withValue(doc, at({u"image_data"_s, u"thumbnails"_s, 0, u"f"_s}), u"https://مثال.ایران/t.jpg"_s)
        << expect([](Link &l) { l.image->thumbnails[0].file = QUrl(u"https://xn--mgbh0fb.xn--mgba3a4f16a/t.jpg"_s); });
    QTest::newRow("empty name") << withValue(doc, at({u"name"_s}), u""_s) << expect([](Link &l) { l.name.clear(); });
    QTest::newRow("compact, no whitespace") << QJsonDocument::fromJson(doc).toJson(QJsonDocument::Compact)
                                            << documented;
    QTest::newRow("CRLF line ends") << QByteArray(doc).replace('\n', "\r\n") << documented;
}

void TestLinkParsing::accepted()
{
    QFETCH(QByteArray, body);
    QFETCH(Link, expected);

    ParseError error;
    const std::optional<Link> link = Link::fromJson(body, &error);
    QVERIFY2(link, qPrintable(error.toString()));

    QCOMPARE(link->id, expected.id);
    QCOMPARE(link->name, expected.name);
    QCOMPARE(link->url, expected.url);
    QCOMPARE(link->description, expected.description);
    QCOMPARE(link->createdAt, expected.createdAt);
    QCOMPARE(link->updatedAt, expected.updatedAt);
    QCOMPARE(link->image.has_value(), expected.image.has_value());
    if (!expected.image)
        return;
    const Image &image = *link->image;
    QCOMPARE(image.id, expected.image->id);
    QCOMPARE(image.type, expected.image->type);
    QCOMPARE(image.name, expected.image->name);
    QCOMPARE(image.size, expected.image->size);
    QCOMPARE(image.humanReadableSize, expected.image->humanReadableSize);
    QCOMPARE(image.file, expected.image->file);
    QCOMPARE(image.width, expected.image->width);
    QCOMPARE(image.height, expected.image->height);
    QCOMPARE(image.mode, expected.image->mode);
    QCOMPARE(image.thumbnails.size(), expected.image->thumbnails.size());
    for (qsizetype i = 0; i < image.thumbnails.size(); ++i) {
        QCOMPARE(image.thumbnails.at(i).id, expected.image->thumbnails.at(i).id);
        QCOMPARE(image.thumbnails.at(i).file, expected.image->thumbnails.at(i).file);
        QCOMPARE(image.thumbnails.at(i).size, expected.image->thumbnails.at(i).size);
    }
}

void TestLinkParsing::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("documented microseconds") << u"2026-01-13T10:05:43.296270Z"_s << utc(2026, 1, 13, 10, 5, 43, 296);
    QTest::newRow("microseconds round to nearest ms")
        << u"2026-01-13T10:05:43.296700Z"_s << utc(2026, 1, 13, 10, 5, 43, 297);
    QTest::newRow("milliseconds") << u"2026-01-13T10:05:43.296Z"_s << utc(2026, 1, 13, 10, 5, 43, 296);
    QTest::newRow("no fraction") << u"2026-01-13T10:05:43Z"_s << utc(2026, 1, 13, 10, 5, 43, 0);
    QTest::newRow("Tehran offset") << u"2026-01-13T13:35:43.296270+03:30"_s << utc(2026, 1, 13, 10, 5, 43, 296);
    QTest::newRow("UTC as +00:00") << u"2026-01-13T10:05:43.296270+00:00"_s << utc(2026, 1, 13, 10, 5, 43, 296);
    QTest::newRow("across midnight") << u"2026-01-13T01:00:00-02:00"_s << utc(2026, 1, 13, 3, 0, 0, 0);
}

void TestLinkParsing::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QByteArray body = withValue(withValue(documentedBody(), at({u"created_at"_s}), text), at({u"updated_at"_s}),
                                      text);
    ParseError error;
    const std::optional<Link> link = Link::fromJson(body, &error);

    QVERIFY2(link, qPrintable(error.toString()));
    QCOMPARE(link->createdAt, expected);
    QCOMPARE(link->updatedAt, expected);
    QCOMPARE(link->createdAt.toUTC().time(), expected.time());
}

void TestLinkParsing::integerBeyondDoublePrecisionIsNotRounded()
{
    // 2^53 + 1 has no exact double. An id read through toDouble() turns into
    // 2^53, a different link; it must be read exactly or refused.
    const QByteArray body = QByteArray(documentedBody()).replace("\"id\": 4,", "\"id\": 9007199254740993,");
    QVERIFY(body.contains("9007199254740993"));

    ParseError error;
    const std::optional<Link> link = Link::fromJson(body, &error);

    QVERIFY(!link || link->id == 9007199254740993LL);
    if (!link) {
        QCOMPARE(error.problem(), ParseError::Problem::WrongType);
        QCOMPARE(error.path(), u"id"_s);
    }
}

void TestLinkParsing::nullErrorPointerIsAllowed()
{
    QVERIFY(!Link::fromJson(QByteArray("not json"), nullptr));
    QVERIFY(!Link::fromJson(readData(u"malformed/thumbnail-f-ftp.json"_s), nullptr));
    QVERIFY(Link::fromJson(documentedBody(), nullptr));
}

void TestLinkParsing::relativeFileUrlsAreReadAgainstTheAnswersAddress_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QUrl>("expected"); // empty: refused

    // DRF writes a file field's path alone when its serializer has no request.
    QTest::newRow("path from the root") << u"/media/core_media/a.png"_s
                                        << QUrl(u"http://127.0.0.1:8000/media/core_media/a.png"_s);
    QTest::newRow("path beside the answer") << u"a.png"_s
                                            << QUrl(u"http://127.0.0.1:8000/api/portfolios/3/links/a.png"_s);
    QTest::newRow("Persian path") << u"/media/تصویر.png"_s << QUrl(u"http://127.0.0.1:8000/media/تصویر.png"_s);
    QTest::newRow("another host, same scheme") << u"//cdn.example.com/a.png"_s
                                               << QUrl(u"http://cdn.example.com/a.png"_s);
    QTest::newRow("absolute stays") << u"https://media.example.com/a.png"_s
                                    << QUrl(u"https://media.example.com/a.png"_s);
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QUrl();
    QTest::newRow("file") << u"file:///etc/passwd"_s << QUrl();
    QTest::newRow("ftp") << u"ftp://example.com/a.png"_s << QUrl();
}

void TestLinkParsing::relativeFileUrlsAreReadAgainstTheAnswersAddress()
{
    QFETCH(QString, file);
    QFETCH(QUrl, expected);
    const QUrl answer(u"http://127.0.0.1:8000/api/portfolios/3/links/?limit=10&offset=20"_s);

    const auto setFile = [&](QJsonValueRef value) { value = file; };
    const QByteArray body = edited(edited(documentedBody(), {u"image_data"_s, u"f"_s}, setFile),
                                   {u"image_data"_s, u"thumbnails"_s, 0, u"f"_s}, setFile);

    ParseError error;
    const std::optional<Link> link = Link::fromJson(body, &error, answer);
    if (expected.isEmpty()) {
        QVERIFY(!link);
        QCOMPARE(error.problem(), ParseError::Problem::InvalidValue);
        QCOMPARE(error.path(), u"image_data.f"_s);
        return;
    }
    QVERIFY2(link, qPrintable(error.toString()));
    QCOMPARE(link->image->file, expected);
    QCOMPARE(link->image->thumbnails.first().file, expected);
    // Without the answer's address a relative path is still refused.
    QCOMPARE(Link::fromJson(body, nullptr).has_value(), !QUrl(file).isRelative());
}

QTEST_GUILESS_MAIN(TestLinkParsing)
#include "TestLinkParsing.moc"
