#include "UserFolders.h"
#include "ReferenceServer.h"

#include "api/ApiClient.h"
#include "api/NetworkSetup.h"
#include "media/ThumbnailLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(ApiError::Kind)

// The create call end to end: the real backend validates, stores and answers.
class TestCreateLinkE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsLinkWithPersianTextByteForByte();
    void sendsTokenOnlyToTheApiAndPostsToTheSlashUrl();
    void loadsAllFourThumbnailsThenServesThemFromTheDiskCache();
    void mapsServerErrors_data();
    void mapsServerErrors();
    void listsLinksForTheConnectionTest();

private:
    struct Outcome
    {
        std::optional<Link> link;
        std::optional<ApiError> error;
    };
    Outcome create(const LinkDraft &draft, const QString &role = QStringLiteral("staff"));

    ReferenceServer m_server;
    NetworkSetup::Managers m_network;
    std::optional<Link> m_lastCreated;
};

void TestCreateLinkE2E::initTestCase()
{
    keepOutOfUserFolders();
    // Media URLs name "localhost" while the API is on 127.0.0.1: another
    // origin, as in the user's documented example.
    QVERIFY2(m_server.start({QStringLiteral("--media-host"), QStringLiteral("localhost")}),
             qPrintable(m_server.errorString()));
    m_network = NetworkSetup::createManagers(this);
}

TestCreateLinkE2E::Outcome TestCreateLinkE2E::create(const LinkDraft &draft, const QString &role)
{
    ApiClient client(m_network.api);
    client.setBaseUrl(m_server.baseUrl());
    // "forged" is a role the server does not know: a well-formed but invalid token.
    client.setToken(role == QLatin1String("forged") ? QStringLiteral("0123456789abcdef0123456789abcdef01234567")
                                                    : m_server.token(role));
    LinkCall *call = client.createLink(draft);
    Outcome outcome;
    call->onSucceeded(this, [&outcome](const Link &link) { outcome.link = link; });
    connect(call, &ApiCall::failed, this, [&outcome](const ApiError &error) { outcome.error = error; });
    QSignalSpy finished(call, &ApiCall::finished);
    finished.wait(20000);
    return outcome;
}

void TestCreateLinkE2E::createsLinkWithPersianTextByteForByte()
{
    LinkDraft draft;
    draft.portfolioId = m_server.ready().value(QStringLiteral("portfolios")).toArray().first().toInteger();
    draft.name = QStringLiteral("دمو پروژه‌ی فروشگاه");
    draft.url = QStringLiteral("https://example.com/demo");
    draft.description = QStringLiteral("لینک مشاهده‌ی دمو\nبا GitHub و ۱۲۳");
    draft.imageId = m_server.ready().value(QStringLiteral("images")).toArray().first().toInteger();

    const Outcome outcome = create(draft);
    QVERIFY2(outcome.link, outcome.error ? qPrintable(outcome.error->message() + outcome.error->details()) : "no answer");
    QCOMPARE(outcome.link->name.toUtf8(), draft.name.toUtf8());
    QCOMPARE(outcome.link->description.value_or(QString()).toUtf8(), draft.description.toUtf8());
    QCOMPARE(outcome.link->url.value_or(QString()), draft.url);
    QVERIFY(outcome.link->id > 0);
    QVERIFY(outcome.link->createdAt.isValid());
    QVERIFY(outcome.link->image);
    QCOMPARE(outcome.link->image->id, *draft.imageId);
    QCOMPARE(outcome.link->image->thumbnails.size(), 4);
    m_lastCreated = outcome.link;
}

void TestCreateLinkE2E::sendsTokenOnlyToTheApiAndPostsToTheSlashUrl()
{
    QVERIFY(m_lastCreated);
    const QList<QJsonObject> log = m_server.requestLog();
    const auto post = std::find_if(log.cbegin(), log.cend(), [](const QJsonObject &entry) {
        return entry.value(QStringLiteral("method")).toString() == QLatin1String("POST");
    });
    QVERIFY(post != log.cend());
    QVERIFY(post->value(QStringLiteral("path")).toString().endsWith(QLatin1String("/links/")));
    QCOMPARE(post->value(QStringLiteral("authorization")).toString(),
             QStringLiteral("Token ") + m_server.token(QStringLiteral("staff")));
    // The body went out as JSON with only what the user filled in.
    const QJsonObject body = QJsonDocument::fromJson(post->value(QStringLiteral("body")).toString().toUtf8()).object();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("image"), QStringLiteral("name"),
                                       QStringLiteral("url")}));
}

void TestCreateLinkE2E::loadsAllFourThumbnailsThenServesThemFromTheDiskCache()
{
    QVERIFY(m_lastCreated);
    const QList<Thumbnail> thumbnails = m_lastCreated->image->thumbnails;
    for (const Thumbnail &thumbnail : thumbnails)
        QCOMPARE(thumbnail.file.host(), QStringLiteral("localhost"));

    ThumbnailLoader loader(m_network.media);
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
    QSignalSpy done(&loader, &ThumbnailLoader::batchFinished);

    loader.load(thumbnails);
    QVERIFY(done.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.count(), 4);
    for (const QList<QVariant> &signal : loaded) {
        QVERIFY(!signal.at(1).value<QImage>().isNull());
        QCOMPARE(signal.at(2).toBool(), false); // first time: from the network
    }
    const QList<QJsonObject> log = m_server.requestLog();
    const auto mediaRequests = std::count_if(log.cbegin(), log.cend(), [](const QJsonObject &entry) {
        return entry.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/media/"));
    });
    QCOMPARE(mediaRequests, 4);
    for (const QJsonObject &entry : log) {
        if (entry.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/media/")))
            QVERIFY2(entry.value(QStringLiteral("authorization")).isNull(), "the token reached a media request");
    }

    loaded.clear();
    done.clear();
    loader.load(thumbnails);
    QVERIFY(done.wait(20000));
    QCOMPARE(loaded.count(), 4);
    for (const QList<QVariant> &signal : loaded)
        QCOMPARE(signal.at(2).toBool(), true);
    QCOMPARE(m_server.requestLog().size(), log.size()); // nothing downloaded again
}

void TestCreateLinkE2E::mapsServerErrors_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<qint64>("portfolio");
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("image");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("field");

    QTest::newRow("400 invalid url") << "staff" << qint64(1) << "not a url" << qint64(0) << ApiError::Kind::Validation << "url";
    QTest::newRow("400 unknown image") << "staff" << qint64(1) << "" << qint64(999999) << ApiError::Kind::Validation << "image";
    QTest::newRow("401 bad token") << "forged" << qint64(1) << "" << qint64(0) << ApiError::Kind::Unauthorized << "";
    QTest::newRow("401 no token") << "none" << qint64(1) << "" << qint64(0) << ApiError::Kind::Unauthorized << "";
    QTest::newRow("403 no permission") << "staff_noperm" << qint64(1) << "" << qint64(0) << ApiError::Kind::Forbidden << "";
    QTest::newRow("404 unknown portfolio") << "staff" << qint64(999999) << "" << qint64(0) << ApiError::Kind::NotFound << "";
}

void TestCreateLinkE2E::mapsServerErrors()
{
    QFETCH(QString, role);
    QFETCH(qint64, portfolio);
    QFETCH(QString, url);
    QFETCH(qint64, image);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, field);

    LinkDraft draft;
    draft.portfolioId = portfolio;
    draft.name = QStringLiteral("نام آزمایشی");
    draft.url = url;
    if (image > 0)
        draft.imageId = image;
    const Outcome outcome = create(draft, role);
    QVERIFY(!outcome.link);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), kind);
    QVERIFY(!outcome.error->message().isEmpty());
    if (!field.isEmpty())
        QVERIFY2(outcome.error->fieldErrors().contains(field), qPrintable(outcome.error->details()));
    else
        QVERIFY(!outcome.error->serverDetail().isEmpty());
}

void TestCreateLinkE2E::listsLinksForTheConnectionTest()
{
    ApiClient client(m_network.api);
    client.setBaseUrl(m_server.baseUrl());
    client.setToken(m_server.token(QStringLiteral("admin")));
    LinkListQuery oneLink;
    oneLink.pageSize = 1;
    ApiCall *call = client.listLinks(1, oneLink);
    QSignalSpy succeeded(call, &ApiCall::succeeded);
    QVERIFY(succeeded.wait(20000));
    const QJsonObject page = QJsonDocument::fromJson(succeeded.first().first().toByteArray()).object();
    QVERIFY(page.value(QStringLiteral("count")).toInt() >= 1);
    QCOMPARE(page.value(QStringLiteral("results")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestCreateLinkE2E)
#include "TestCreateLinkE2E.moc"
