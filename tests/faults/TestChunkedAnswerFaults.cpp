#include "EndlessBodyServer.h"
#include "ProcessMemory.h"
#include "TestImages.h"

#include "api/ApiClient.h"
#include "media/ThumbnailLoader.h"
#include "text/SizeText.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// A hostile server can send a body without announcing its size
// (Transfer-Encoding: chunked) and never end it. The size limits must hold
// as they do for an announced size: refused once past the limit, quickly,
// with the too-large message (never a timeout), and with the client's
// memory bounded by the limit rather than by how fast the server writes.
class TestChunkedAnswerFaults : public QObject
{
    Q_OBJECT

public:
    enum class Call { List, Fetch, Create, Update, Upload };
    Q_ENUM(Call)

private slots:
    void apiAnswerIsRefusedOnceTooLarge_data();
    void apiAnswerIsRefusedOnceTooLarge();
    void thumbnailIsRefusedOnceTooLarge();

private:
    // The slack on top of a limit: the reply's read buffer, the chunks in
    // flight and the allocator's rounding (measured: 6 MB with the 5 MB
    // limit), not the server's whole body (hundreds of megabytes).
    static constexpr qint64 memorySlack = 32LL * 1024 * 1024;
    // What the server can write beyond what the client read: the kernel's
    // socket buffers on both ends (measured: 4 MB on loopback).
    static constexpr qint64 socketSlack = 16LL * 1024 * 1024;
#if defined(__SANITIZE_ADDRESS__)
    static constexpr bool addressSanitized = true;
#else
    static constexpr bool addressSanitized = false;
#endif
};

void TestChunkedAnswerFaults::apiAnswerIsRefusedOnceTooLarge_data()
{
    QTest::addColumn<Call>("call");
    QTest::newRow("list (GET)") << Call::List;
    QTest::newRow("fetch (GET)") << Call::Fetch;
    QTest::newRow("create (POST)") << Call::Create;
    QTest::newRow("update (PATCH)") << Call::Update;
    QTest::newRow("upload's answer (POST multipart)") << Call::Upload;
}

void TestChunkedAnswerFaults::apiAnswerIsRefusedOnceTooLarge()
{
    QFETCH(Call, call);
    EndlessBodyServer server(call == Call::Create || call == Call::Upload ? 201 : 200);
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(server.url());
    QTemporaryDir files;
    const QString picture = files.filePath(QStringLiteral("picture.png"));
    QFile file(picture);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pngBytes(QSize(16, 16))) > 0);
    file.close();

    const qint64 rssBefore = ProcessMemory::rssBytes();
    QVERIFY(ProcessMemory::resetPeakRss());
    QElapsedTimer clock;
    clock.start();
    ApiCall *started = nullptr;
    switch (call) {
    case Call::List:
        started = client.listLinks(1, LinkListQuery());
        break;
    case Call::Fetch:
        started = client.fetchLink(1, 2);
        break;
    case Call::Create: {
        LinkDraft draft;
        draft.portfolioId = 1;
        draft.name = QStringLiteral("x");
        started = client.createLink(draft);
        break;
    }
    case Call::Update:
        started = client.updateLink(LinkPatch::fromJson(1, 2, {{QStringLiteral("name"), QStringLiteral("y")}}));
        break;
    case Call::Upload:
        started = client.uploadImage(picture);
        break;
    }
    std::optional<ApiError> error;
    connect(started, &ApiCall::failed, this, [&error](const ApiError &failure) { error = failure; });
    QSignalSpy succeeded(started, &ApiCall::succeeded);
    QSignalSpy finished(started, &ApiCall::finished);
    QVERIFY(finished.wait(60000));
    const qint64 elapsedMs = clock.elapsed();
    const qint64 peakGrowth = ProcessMemory::peakRssBytes() - rssBefore;
    qInfo("failed after %lld ms; the server sent %lld MB; peak RSS grew by %lld MB", elapsedMs,
          server.bytesSent() >> 20, peakGrowth >> 20);

    QCOMPARE(succeeded.count(), 0);
    QVERIFY(error);
    QCOMPARE(error->kind(), ApiError::Kind::TooLarge);
    QCOMPARE(error->message(), ApiError::tooLarge(ApiCall::maxAnswerBytes).message());
    QVERIFY2(server.bytesSent() < ApiCall::maxAnswerBytes + socketSlack, qPrintable(QString::number(server.bytesSent())));
    if (!addressSanitized) // its allocator keeps freed memory in quarantine: the bytes sent tell it there
        QVERIFY2(peakGrowth < memorySlack, qPrintable(QString::number(peakGrowth)));
}

void TestChunkedAnswerFaults::thumbnailIsRefusedOnceTooLarge()
{
    EndlessBodyServer server(200, "image/png");
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ThumbnailLoader loader(&network);
    QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    Thumbnail thumbnail;
    thumbnail.file = server.url(QStringLiteral("/media/endless.png"));

    const qint64 rssBefore = ProcessMemory::rssBytes();
    QVERIFY(ProcessMemory::resetPeakRss());
    QElapsedTimer clock;
    clock.start();
    loader.load({thumbnail});
    QVERIFY(failed.wait(60000));
    const qint64 elapsedMs = clock.elapsed();
    const qint64 peakGrowth = ProcessMemory::peakRssBytes() - rssBefore;
    qInfo("failed after %lld ms; the server sent %lld MB; peak RSS grew by %lld MB", elapsedMs,
          server.bytesSent() >> 20, peakGrowth >> 20);

    QCOMPARE(loaded.count(), 0);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(SizeText::shown(ThumbnailLoader::maxImageBytes)), qPrintable(message));
    QVERIFY2(server.bytesSent() < ThumbnailLoader::maxImageBytes + socketSlack, qPrintable(QString::number(server.bytesSent())));
    if (!addressSanitized)
        QVERIFY2(peakGrowth < ThumbnailLoader::maxImageBytes + memorySlack, qPrintable(QString::number(peakGrowth)));
}

QTEST_GUILESS_MAIN(TestChunkedAnswerFaults)
#include "TestChunkedAnswerFaults.moc"
