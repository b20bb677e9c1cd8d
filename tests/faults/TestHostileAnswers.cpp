#include "UserFolders.h"
#include "FakeHttpServer.h"
#include "TestImages.h"
#include "PngChunk.h"
#include "FindChild.h"
#include "Typing.h"

#include "LinkForm.h"
#include "MainWindow.h"
#include "ThumbnailStrip.h"
#include "ThumbnailTile.h"
#include "links/OutboxService.h"
#include "links/OutboxWorker.h"
#include "store/Outbox.h"
#include "storage/DraftStore.h"
#include "storage/TokenStore.h"

#include <QAccessible>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>


Q_DECLARE_METATYPE(FakeHttpServer::Response)

// Answers no honest server gives: the corpus in tests/data/hostile (one file
// per answer, "<status>__<what>.<ext>", the extension giving the content
// type) and the monsters generated here (megabytes, deep nesting, a PNG
// bomb). Whatever arrives, the app stays up, says what happened in a few
// plain words, and keeps every character the user typed.
class TestHostileAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void corpusFollowsTheNamingScheme();
    // First: the heap that megabyte answers leave freed would hide its growth.
    void pngBombIsRefusedByItsAnnouncedSize();
    void refusedAnswer_data();
    void refusedAnswer();
    void acceptedAnswer_data();
    void acceptedAnswer();
    void hostileThumbnail_data();
    void hostileThumbnail();

private:
    template<typename T>
    T *field(const char *name) const
    {
        return findChildOrDie<T>(m_window.get(), name);
    }
    void fillForm();
    void verifyFormIntact();
    void submitAndWait();
    void createLinkWithThumbnails(const QByteArray &hostilePath, QList<ThumbnailTile *> *tiles);

    FakeHttpServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QString portfolio = QStringLiteral("3");
const QString name = QStringLiteral("دمو پروژه‌ی فروشگاه");
const QString url = QStringLiteral("https://example.com/demo");
const QString description = QStringLiteral("لینک مشاهده‌ی دمو\nsecond line");
const QByteArray linksPath = "/api/portfolios/3/links/";
// A message is a sentence or two and, at most, an excerpt of what the server said.
constexpr qsizetype maxMessageLength = 2000;
constexpr qint64 maxBombGrowthKiB = 100 * 1024;

QString hostileDir()
{
    return QStringLiteral(PORTFOLIO_LINKS_TEST_DATA "/hostile");
}

struct CorpusFile
{
    QString fileName;
    int status = 0;
    QString what;
    QByteArray contentType;
    QByteArray body;
};

QByteArray contentTypeFor(const QString &extension)
{
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("html"), "text/html; charset=utf-8"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("bin"), "application/octet-stream"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("bmp"), "image/bmp"},
        {QStringLiteral("svg"), "image/svg+xml"},
    };
    return types.value(extension);
}

const QRegularExpression &namingScheme()
{
    static const QRegularExpression scheme(QStringLiteral("^([1-5][0-9][0-9])__([a-z0-9_]+)\\.([a-z]+)$"));
    return scheme;
}

// Every regular file of a corpus folder; a name off the scheme is returned
// with status 0 so that the naming test can point at it.
QList<CorpusFile> corpus(const QString &subfolder)
{
    QList<CorpusFile> files;
    const QDir dir(hostileDir() + subfolder);
    for (const QString &fileName : dir.entryList(QDir::Files, QDir::Name)) {
        if (fileName == QLatin1String("README.md"))
            continue;
        CorpusFile file;
        file.fileName = fileName;
        const QRegularExpressionMatch match = namingScheme().match(fileName);
        if (match.hasMatch()) {
            file.status = match.captured(1).toInt();
            file.what = match.captured(2);
            file.contentType = contentTypeFor(match.captured(3));
        }
        QFile data(dir.filePath(fileName));
        if (data.open(QIODevice::ReadOnly))
            file.body = data.readAll();
        files.append(file);
    }
    return files;
}

FakeHttpServer::Response responseOf(const CorpusFile &file)
{
    FakeHttpServer::Response response = FakeHttpServer::json(file.status, file.body);
    response.contentType = file.contentType;
    return response;
}

FakeHttpServer::Response answer(int status, const QByteArray &contentType, const QByteArray &body)
{
    FakeHttpServer::Response response = FakeHttpServer::json(status, body);
    response.contentType = contentType;
    return response;
}

QJsonObject documentedLink()
{
    QFile file(QStringLiteral(PORTFOLIO_LINKS_TEST_DATA "/documented-create-response.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the documented create response");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray nested(int depth, char open, char close, const QByteArray &inner)
{
    QByteArray text;
    text.reserve(depth * (open == '{' ? 6 : 1) * 2 + inner.size());
    for (int i = 0; i < depth; ++i)
        text += open == '{' ? QByteArray("{\"a\":") : QByteArray(1, open);
    text += inner;
    text += QByteArray(depth, close);
    return text;
}

// --- a PNG bomb: a valid PNG whose every pixel is there, all of them black.
//
// The zlib stream is written by hand: one fixed-Huffman deflate block of a
// literal zero followed by (length 258, distance 1) copies, 13 bits per 258
// bytes. qCompress would need the whole 1.2 GB of raw rows in memory first.

class BitWriter
{
public:
    explicit BitWriter(qsizetype reserve) { m_bytes.reserve(reserve); }
    // Deflate packs bits from the least significant end...
    void bits(quint32 value, int count)
    {
        m_buffer |= quint64(value) << m_count;
        m_count += count;
        while (m_count >= 8) {
            m_bytes += char(m_buffer & 0xff);
            m_buffer >>= 8;
            m_count -= 8;
        }
    }
    // ...but Huffman codes from their most significant bit.
    void code(quint32 value, int length)
    {
        quint32 reversed = 0;
        for (int i = 0; i < length; ++i)
            reversed |= ((value >> i) & 1) << (length - 1 - i);
        bits(reversed, length);
    }
    QByteArray finish()
    {
        if (m_count > 0)
            bits(0, 8 - m_count);
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    quint64 m_buffer = 0;
    int m_count = 0;
};

QByteArray zlibOfZeros(qint64 length)
{
    QByteArray stream("\x78\x01", 2);
    BitWriter deflate(qsizetype(length / 258 * 13 / 8 + 64));
    deflate.bits(1, 1); // final block
    deflate.bits(1, 2); // fixed Huffman codes
    const auto literalZero = [&deflate] { deflate.code(0x30, 8); };
    literalZero();
    qint64 remaining = length - 1;
    for (; remaining >= 258; remaining -= 258) {
        deflate.code(0xC5, 8); // length symbol 285: 258 bytes
        deflate.code(0, 5);    // distance code 0: one byte back
    }
    for (; remaining > 0; --remaining)
        literalZero();
    deflate.code(0, 7); // end of block
    stream += deflate.finish();
    const quint32 adler = (quint32(length % 65521) << 16) | 1u;
    for (int shift = 24; shift >= 0; shift -= 8)
        stream += char((adler >> shift) & 0xff);
    return stream;
}

QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray header;
    for (const quint32 value : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            header += char((value >> shift) & 0xff);
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, deflate, adaptive, not interlaced
    const qint64 rawLength = qint64(height) * (1 + qint64(width) * 3); // a filter byte per row
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header)
        + pngChunk("IDAT", zlibOfZeros(rawLength)) + pngChunk("IEND", {});
}

qint64 statusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Starts a new peak at the current resident size (Linux 4.0+); false where
// the kernel does not let us, and the old peak then stays the baseline.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// The label would render it as markup: Qt::AutoText and rich-looking text.
bool rendersAsMarkup(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

} // namespace

void TestHostileAnswers::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY(m_server.listen());
    QSettings().setValue(QStringLiteral("network/timeoutSeconds"), 5);
    // No keychain on a test machine: restoreSession takes the token from here.
    qputenv(TokenStore::environmentVariable, "test-token");
    m_server.setResponse("/media/ok-64.png", answer(200, "image/png", pngBytes({64, 64}, Qt::darkCyan)));
    m_server.setResponse("/media/ok-128.png", answer(200, "image/png", pngBytes({128, 128}, Qt::darkMagenta)));
}

void TestHostileAnswers::init()
{
    m_window = std::make_unique<MainWindow>(NetworkSetup::Managers{&m_network, &m_network});
    LaunchOptions options;
    options.server = m_server.url();
    m_window->restoreSession(options);
    m_window->setConnection(m_server.url(QStringLiteral("/")), QStringLiteral("t"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHostileAnswers::cleanup()
{
    m_window.reset();
    // A row whose create was left unresolved keeps it in the draft, which the next row's window would ask about.
    QFile::remove(DraftStore::pathFor(m_server.url()));
}

void TestHostileAnswers::fillForm()
{
    // A draft the previous window saved may have been restored: start empty.
    for (const char *edit : {"portfolioEdit", "nameEdit", "urlEdit"})
        field<QLineEdit>(edit)->clear();
    field<QTextEdit>("descriptionEdit")->clear();
    QTest::keyClicks(field<QLineEdit>("portfolioEdit"), portfolio);
    Typing::type(field<QLineEdit>("nameEdit"), name);
    QTest::keyClicks(field<QLineEdit>("urlEdit"), url);
    Typing::type(field<QTextEdit>("descriptionEdit"), description);
}

void TestHostileAnswers::verifyFormIntact()
{
    QCOMPARE(field<QLineEdit>("portfolioEdit")->text(), portfolio);
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), name);
    QCOMPARE(field<QLineEdit>("urlEdit")->text(), url);
    QCOMPARE(field<QTextEdit>("descriptionEdit")->toPlainText(), description);
}

void TestHostileAnswers::submitAndWait()
{
    fillForm();
    QTest::mouseClick(field<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(m_window->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
}

void TestHostileAnswers::corpusFollowsTheNamingScheme()
{
    const QList<CorpusFile> answers = corpus(QString());
    const QList<CorpusFile> thumbnails = corpus(QStringLiteral("/thumbnails"));
    for (const CorpusFile &file : answers + thumbnails) {
        QVERIFY2(file.status != 0, qPrintable(file.fileName + QLatin1String(": not <status>__<what>.<ext>")));
        QVERIFY2(!file.contentType.isEmpty(), qPrintable(file.fileName + QLatin1String(": unknown extension")));
    }
    qInfo("corpus: %lld answers, %lld thumbnail bodies", qlonglong(answers.size()), qlonglong(thumbnails.size()));
    QVERIFY(answers.size() + thumbnails.size() >= 40);
}

void TestHostileAnswers::refusedAnswer_data()
{
    QTest::addColumn<FakeHttpServer::Response>("response");

    for (const CorpusFile &file : corpus(QString())) {
        if (file.status != 0 && !file.what.startsWith(QLatin1String("accept_")))
            QTest::newRow(qPrintable(file.fileName)) << responseOf(file);
    }

    // Generated: too big or too deep to keep as files.
    // 4 MiB of UTF-8 (two bytes a letter): under the client's 5 MiB limit on
    // answers, so that it reaches the parser and the labels.
    const QString hugeText(2 * 1024 * 1024, QChar(u'ش'));
    const QByteArray hugeUtf8 = hugeText.toUtf8();
    QJsonObject link = documentedLink();
    link[QLatin1String("name")] = hugeText;
    link[QLatin1String("id")] = QStringLiteral("4");
    QTest::newRow("gen: 201 4 MB name, id a string") << answer(201, "application/json", compact(link));
    link = documentedLink();
    link[QLatin1String("created_at")] = QString(4 * 1024 * 1024, QLatin1Char('9'));
    QTest::newRow("gen: 201 4 MB created_at") << answer(201, "application/json", compact(link));

    QByteArray deep = compact(documentedLink());
    deep.replace("\"image_data\":", "\"image_data\":" + nested(10000, '{', '}', "null"));
    QTest::newRow("gen: 201 10000 nested objects in image_data") << answer(201, "application/json", deep);
    QTest::newRow("gen: 201 10000 nested arrays") << answer(201, "application/json", nested(10000, '[', ']', "1"));
    QTest::newRow("gen: 400 10000 nested arrays")
        << answer(400, "application/json", "{\"name\":" + nested(10000, '[', ']', "\"x\"") + '}');
    // Just inside Qt's nesting limit: parsed, then flattened recursively.
    QTest::newRow("gen: 400 1000 nested arrays")
        << answer(400, "application/json", "{\"name\":" + nested(1000, '[', ']', "\"too deep\"") + '}');
    QTest::newRow("gen: 400 1000 nested objects")
        << answer(400, "application/json", "{\"name\":" + nested(1000, '{', '}', "\"too deep\"") + '}');

    QTest::newRow("gen: 400 4 MB name error")
        << answer(400, "application/json", "{\"name\":[\"" + hugeUtf8 + "\"]}");
    QTest::newRow("gen: 400 4 MB non-field error")
        << answer(400, "application/json", "{\"non_field_errors\":[\"" + hugeUtf8 + "\"]}");
    QTest::newRow("gen: 400 4 MB unknown field name")
        << answer(400, "application/json", "{\"" + hugeUtf8 + "\":[\"x\"]}");
    QByteArray manyFields = "{";
    for (int i = 0; i < 20000; ++i)
        manyFields += "\"field" + QByteArray::number(i) + "\":[\"Unknown.\"],";
    manyFields.back() = '}';
    QTest::newRow("gen: 400 20000 unknown fields") << answer(400, "application/json", manyFields);
    QTest::newRow("gen: 429 4 MB detail")
        << answer(429, "application/json", "{\"detail\":\"" + hugeUtf8 + "\"}");
    QTest::newRow("gen: 503 4 MB html, 1 MB title")
        << answer(503, "text/html", "<html><head><title>" + QByteArray(1024 * 1024, 'T') + "</title></head><body>"
                                        + hugeUtf8.left(3 * 1024 * 1024) + "</body></html>");
    QTest::newRow("gen: 500 4 MB of one line") << answer(500, "text/plain", hugeUtf8);
    QTest::newRow("gen: 201 4 MB of spaces") << answer(201, "application/json", QByteArray(4 * 1024 * 1024, ' '));
    link = documentedLink();
    link[QLatin1String("description")] = QString::fromLatin1(QByteArray(8 * 1024 * 1024, 'x'));
    QTest::newRow("gen: 201 8 MB answer") << answer(201, "application/json", compact(link));
}

void TestHostileAnswers::refusedAnswer()
{
    QFETCH(FakeHttpServer::Response, response);
    m_server.setResponse(linksPath, response);

    QElapsedTimer timer;
    timer.start();
    submitAndWait();
    if (QTest::currentTestFailed())
        return;
    const qint64 elapsed = timer.elapsed();

    if (OutboxWorker::isTransient(ApiError::fromHttp(response.status, {}, {}))) {
        // A gateway with the server behind it down: the outbox keeps the
        // link (the form is free for the next one), with a short message.
        Outbox *outbox = findChildOrDie<OutboxService>(m_window.get(), "outboxService")->outbox();
        const QList<OutboxItem> waiting = outbox->itemsOf(Outbox::profileKey(m_server.url(QStringLiteral("/"))));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().draft().name, name);
        QVERIFY(field<QLineEdit>("nameEdit")->text().isEmpty());
        QVERIFY(!waiting.first().lastError.isEmpty());
        QVERIFY2(waiting.first().lastError.size() <= maxMessageLength, qPrintable(waiting.first().lastError));
        outbox->drop(waiting.first().id, HistoryEntry::Outcome::Discarded, {}); // the next row meets an empty outbox
        return;
    }
    verifyFormIntact();
    auto *message = field<QLabel>("messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().trimmed().isEmpty());
    QVERIFY(field<QPushButton>("createButton")->isEnabled());
    QVERIFY(!field<QWidget>("linkGroup")->isVisible());
    qInfo("%lld ms, %lld-character message: %s", elapsed, qlonglong(message->text().size()),
          qPrintable(message->text().left(160).replace(QLatin1Char('\n'), QLatin1String(" | "))));

    // A clear message: short enough to read, and the server's words shown as
    // words, not markup. Field messages beside the fields likewise.
    QStringList tooLong;
    QStringList markup;
    for (const char *label : {"messageLabel", "nameError", "urlError", "descriptionError", "imageError", "portfolioError"}) {
        const auto *shown = field<QLabel>(label);
        if (shown->text().size() > maxMessageLength)
            tooLong += QStringLiteral("%1 (%2 characters)").arg(QLatin1String(label)).arg(shown->text().size());
        if (rendersAsMarkup(shown))
            markup += QStringLiteral("%1: %2").arg(QLatin1String(label), shown->text().left(200));
    }
    QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QLatin1String(", "))));
    QVERIFY2(markup.isEmpty(), qPrintable(markup.join(QLatin1String(" | "))));
}

void TestHostileAnswers::acceptedAnswer_data()
{
    QTest::addColumn<FakeHttpServer::Response>("response");
    QTest::addColumn<QString>("shownName");

    for (const CorpusFile &file : corpus(QString())) {
        if (file.status != 0 && file.what.startsWith(QLatin1String("accept_")))
            QTest::newRow(qPrintable(file.fileName)) << responseOf(file) << QStringLiteral("دمو پروژه");
    }
    // Nothing in the contract limits a name: a 4 MB one is shown, not refused.
    QJsonObject link = documentedLink();
    const QString hugeName(2 * 1024 * 1024, QChar(u'ش'));
    link[QLatin1String("name")] = hugeName;
    link[QLatin1String("image_data")] = QJsonValue::Null;
    // Shown cut after 2000 characters: laying out megabytes freezes the window.
    QTest::newRow("gen: 201 4 MB name") << answer(201, "application/json", compact(link))
                                        << hugeName.left(2000) + QChar(0x2026);
}

void TestHostileAnswers::acceptedAnswer()
{
    QFETCH(FakeHttpServer::Response, response);
    QFETCH(QString, shownName);
    m_server.setResponse(linksPath, response);

    QElapsedTimer timer;
    timer.start();
    submitAndWait();
    if (QTest::currentTestFailed())
        return;
    qInfo("%lld ms", timer.elapsed());

    QVERIFY(field<QWidget>("linkGroup")->isVisible());
    QVERIFY(field<QLabel>("nameValue")->text() == shownName);
    QVERIFY(!field<QLabel>("messageLabel")->isVisible());
    // The created link stays in the editor, to edit; the portfolio stays.
    QCOMPARE(field<QLineEdit>("portfolioEdit")->text(), portfolio);
    QCOMPARE(field<QPushButton>("createButton")->text(), LinkForm::tr("Save changes"));
    QVERIFY(!field<QPushButton>("createButton")->isEnabled());
}

void TestHostileAnswers::hostileThumbnail_data()
{
    QTest::addColumn<FakeHttpServer::Response>("response");
    for (const CorpusFile &file : corpus(QStringLiteral("/thumbnails"))) {
        if (file.status != 0)
            QTest::newRow(qPrintable(file.fileName)) << responseOf(file);
    }
}

// The link is fine; one of its thumbnails is not. That tile, and only
// that one, says so.
void TestHostileAnswers::createLinkWithThumbnails(const QByteArray &hostilePath, QList<ThumbnailTile *> *tiles)
{
    QJsonObject link = documentedLink();
    QJsonObject image = link[QLatin1String("image_data")].toObject();
    const auto thumbnail = [this](int id, const QByteArray &path, int size) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("f"), m_server.url(QString::fromLatin1(path)).toString()},
                           {QStringLiteral("size"), size}};
    };
    image[QLatin1String("thumbnails")] = QJsonArray{thumbnail(1, "/media/ok-64.png", 64),
                                                    thumbnail(2, hostilePath, 512),
                                                    thumbnail(3, "/media/ok-128.png", 128)};
    link[QLatin1String("image_data")] = image;
    m_server.setResponse(linksPath, FakeHttpServer::json(201, compact(link)));

    submitAndWait();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(field<QWidget>("linkGroup")->isVisible());
    *tiles = field<ThumbnailStrip>("thumbnailStrip")->tiles();
    const auto settled = [tiles] {
        return std::none_of(tiles->begin(), tiles->end(),
                            [](const ThumbnailTile *tile) { return tile->state() == ThumbnailTile::State::Loading; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 20000);
}

void TestHostileAnswers::hostileThumbnail()
{
    QFETCH(FakeHttpServer::Response, response);
    const QByteArray path = "/media/hostile/" + QByteArray(QTest::currentDataTag()).replace(' ', '_');
    m_server.setResponse(path, response);

    QList<ThumbnailTile *> tiles;
    createLinkWithThumbnails(path, &tiles);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(tiles.size(), 3);
    QCOMPARE(tiles.at(0)->state(), ThumbnailTile::State::Loaded);
    QCOMPARE(tiles.at(1)->state(), ThumbnailTile::State::Failed);
    QCOMPARE(tiles.at(2)->state(), ThumbnailTile::State::Loaded);
    // The warning mark's tooltip says why.
    const QString reason = tiles.at(1)->findChild<QLabel *>()->toolTip();
    QVERIFY(!reason.trimmed().isEmpty());
    qInfo("%s", qPrintable(reason));
    // Said without the tool tip's markup.
    QAccessibleInterface *said = QAccessible::queryAccessibleInterface(tiles.at(1)->findChild<QLabel *>());
    QVERIFY2(!said->text(QAccessible::Description).contains(u'<'), qPrintable(said->text(QAccessible::Description)));
    // Media is public: hostile or not, it never gets the token.
    for (const FakeHttpServer::Request &request : m_server.requests()) {
        if (request.path.startsWith("/media/"))
            QVERIFY2(!request.headers.contains("authorization"), request.path.constData());
    }
}

void TestHostileAnswers::pngBombIsRefusedByItsAnnouncedSize()
{
    const QByteArray bomb = pngBomb(20000, 20000);
    qInfo("PNG bomb: 20000 x 20000 RGB, %lld bytes on the wire, %lld MB of pixels once decoded",
          qlonglong(bomb.size()), 20000LL * 20000 * 4 >> 20);
    QBuffer bombBuffer;
    bombBuffer.setData(bomb);
    QCOMPARE(QImageReader(&bombBuffer, "png").size(), QSize(20000, 20000));
    m_server.setResponse("/media/hostile/bomb.png", answer(200, "image/png", bomb));

    const bool reset = resetPeakRss();
    const qint64 before = statusKiB("VmHWM:");
    QVERIFY(before > 0);
    QList<ThumbnailTile *> tiles;
    createLinkWithThumbnails("/media/hostile/bomb.png", &tiles);
    if (QTest::currentTestFailed())
        return;
    const qint64 after = statusKiB("VmHWM:");
    qInfo("peak RSS %lld KiB -> %lld KiB: grew %lld KiB (%.1f MB)%s", before, after, after - before,
          double(after - before) / 1024, reset ? "" : " (peak could not be reset: growth past the old peak only)");

    QCOMPARE(tiles.size(), 3);
    QCOMPARE(tiles.at(1)->state(), ThumbnailTile::State::Failed);
    const QString reason = tiles.at(1)->findChild<QLabel *>()->toolTip();
    qInfo("%s", qPrintable(reason));
    QVERIFY(reason.contains(QLocale().toString(20000))); // in the UI's digits
    QCOMPARE(tiles.at(0)->state(), ThumbnailTile::State::Loaded);
    QCOMPARE(tiles.at(2)->state(), ThumbnailTile::State::Loaded);
    QVERIFY2(after - before < maxBombGrowthKiB, qPrintable(QString::number(after - before)));
}

QTEST_MAIN(TestHostileAnswers)
#include "TestHostileAnswers.moc"
