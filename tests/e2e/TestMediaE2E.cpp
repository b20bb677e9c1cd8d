#include "ReferenceServer.h"
#include "UserFolders.h"

#include "api/ApiClient.h"

#include <QDir>
#include <QJsonArray>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>



// Uploading and fetching images on the real backend's media endpoint, and
// a backend without one.
class TestMediaE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadKeepsAPersianFileName();
    void fetchesAnImageById_data();
    void fetchesAnImageById();
    void aServerWithoutMediaSaysNotFound();

private:
    struct Outcome
    {
        std::optional<Image> image;
        std::optional<ApiError> error;
    };
    static Outcome wait(ImageCall *call);
    ApiClient &client();

    ReferenceServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestMediaE2E::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setBaseUrl(m_server.baseUrl());
    m_client->setToken(m_server.token(QStringLiteral("staff")));
}

TestMediaE2E::Outcome TestMediaE2E::wait(ImageCall *call)
{
    Outcome outcome;
    call->onSucceeded(call, [&outcome](const Image &image) { outcome.image = image; });
    connect(call, &ApiCall::failed, call, [&outcome](const ApiError &error) { outcome.error = error; });
    QSignalSpy finished(call, &ApiCall::finished);
    finished.wait(20000);
    return outcome;
}

void TestMediaE2E::uploadKeepsAPersianFileName()
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("عکس صفحه‌ی اصلی.png");
    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(dir.filePath(name), "PNG"));

    const Outcome outcome = wait(m_client->uploadImage(dir.filePath(name)));
    QVERIFY2(outcome.image, outcome.error ? qPrintable(outcome.error->message() + outcome.error->details()) : "");
    QCOMPARE(outcome.image->name.toUtf8(), name.toUtf8());
    QCOMPARE(outcome.image->width, 320);
    QCOMPARE(outcome.image->height, 200);
    QCOMPARE(outcome.image->thumbnails.size(), 4);
}

void TestMediaE2E::fetchesAnImageById_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<bool>("found");
    QTest::newRow("seed image") << m_server.ready().value(QStringLiteral("images")).toArray().first().toInteger() << true;
    QTest::newRow("unknown id") << qint64(999999) << false;
}

void TestMediaE2E::fetchesAnImageById()
{
    QFETCH(qint64, id);
    QFETCH(bool, found);
    const Outcome outcome = wait(m_client->fetchImage(id));
    QCOMPARE(outcome.image.has_value(), found);
    if (found)
        QCOMPARE(outcome.image->id, id);
    else
        QCOMPARE(outcome.error->kind(), ApiError::Kind::NotFound);
}

void TestMediaE2E::aServerWithoutMediaSaysNotFound()
{
    ReferenceServer withoutMedia;
    QVERIFY2(withoutMedia.start({QStringLiteral("--no-media")}), qPrintable(withoutMedia.errorString()));
    ApiClient client(&m_network);
    client.setBaseUrl(withoutMedia.baseUrl());
    client.setToken(withoutMedia.token(QStringLiteral("staff")));
    const Outcome outcome = wait(client.fetchImage(1));
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestMediaE2E)
#include "TestMediaE2E.moc"
