#include "UserFolders.h"
#include "ReferenceServer.h"

#include "api/ApiClient.h"
#include "api/NetworkSetup.h"
#include "links/LinkInput.h"
#include "media/ThumbnailLoader.h"
#include "text/UrlInput.h"
#include "text/UrlText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

// The create call end to end: the real backend validates, stores and answers.
class TestCreateLinkE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsLinkWithPersianTextByteForByte();
    void sendsTokenOnlyToTheApiAndPostsToTheSlashUrl();
    void sendsTheBodyWhileThisThreadIsBusy();
    void loadsAllFourThumbnailsThenServesThemFromTheDiskCache();
    void storesPersianUrlsReadableAsSent_data();
    void storesPersianUrlsReadableAsSent();
    void showsAUrlStoredInPunycodeReadable();
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
    const QList<QJsonObject> posts = m_server.requests({.method = QStringLiteral("POST")});
    QVERIFY(!posts.isEmpty());
    const QJsonObject &post = posts.first();
    QVERIFY(post.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/links/")));
    QCOMPARE(post.value(QStringLiteral("authorization")).toString(),
             QStringLiteral("Token ") + m_server.token(QStringLiteral("staff")));
    // The body went out as JSON with only what the user filled in.
    const QJsonObject body = QJsonDocument::fromJson(post.value(QStringLiteral("body")).toString().toUtf8()).object();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("image"), QStringLiteral("name"),
                                       QStringLiteral("url")}));
}

void TestCreateLinkE2E::sendsTheBodyWhileThisThreadIsBusy()
{
    // After a click the GUI thread goes on with the window (the outbox write,
    // the repaint): the body must not wait until it returns to its event loop.
    // So the server's log is watched here without ever running that loop.
    LinkDraft draft;
    draft.portfolioId = m_server.ready().value(u"portfolios"_s).toArray().first().toInteger();
    draft.name = u"ارسال در حین کار GUI"_s;
    ApiClient client(m_network.api);
    client.setBaseUrl(m_server.baseUrl());
    client.setToken(m_server.token(u"staff"_s));
    const qsizetype logged = m_server.requestLog().size();
    LinkCall *call = client.createLink(draft);
    const auto posted = [&] {
        const QList<QJsonObject> log = m_server.requestLog().mid(logged);
        return std::any_of(log.cbegin(), log.cend(), [&draft](const QJsonObject &entry) {
            return entry.value(u"method"_s).toString() == "POST"_L1
                && QJsonDocument::fromJson(entry.value(u"body"_s).toString().toUtf8()).object().value(u"name"_s)
                       == draft.name;
        });
    };
    const QDeadlineTimer deadline(30000);
    while (!posted() && !deadline.hasExpired())
        QThread::msleep(20); // this thread busy, its events not processed
    QVERIFY2(posted(), "the POST's body did not reach the server while this thread was busy");

    QSignalSpy succeeded(call, &ApiCall::succeeded);
    QVERIFY(succeeded.wait(20000));
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
    const QList<QJsonObject> media = m_server.requests({.path = QStringLiteral("/media/*")});
    QCOMPARE(media.size(), 4);
    for (const QJsonObject &entry : media)
        QVERIFY2(entry.value(QStringLiteral("authorization")).isNull(), "the token reached a media request");
    const qsizetype logSize = m_server.requestCount();

    loaded.clear();
    done.clear();
    loader.load(thumbnails);
    QVERIFY(done.wait(20000));
    QCOMPARE(loaded.count(), 4);
    for (const QList<QVariant> &signal : loaded)
        QCOMPARE(signal.at(2).toBool(), true);
    QCOMPARE(m_server.requestCount(), logSize); // nothing downloaded again
}

void TestCreateLinkE2E::storesPersianUrlsReadableAsSent_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");

    QTest::newRow("the issue's link") << u"https://نمونه.ایران/صفحه"_s << u"https://نمونه.ایران/صفحه"_s;
    QTest::newRow("no scheme, ZWNJ, query, fragment")
        << u"نمونه.ایران/پروژه‌ها?برچسب=طراحی#بخش"_s << u"https://نمونه.ایران/پروژه‌ها?برچسب=طراحی#بخش"_s;
    QTest::newRow("pasted from a browser, in punycode")
        << u"https://xn--hhbbbed.xn--mgba3a4f16a/%D8%B5%D9%81%D8%AD%D9%87"_s << u"https://نمونه.ایران/صفحه"_s;
    QTest::newRow("an encoded space and override stay encoded")
        << u"https://example.com/%D8%B7%D8%B1%D8%AD%20%E2%80%AE"_s << u"https://example.com/طرح%20%E2%80%AE"_s;
    QTest::newRow("200 characters, as Django counts them")
        << u"https://example.com/"_s + QString(180, u'ص') << u"https://example.com/"_s + QString(180, u'ص');
}

// Django's URLField takes the readable form as it is and stores it so; the
// public site shows what is stored.
void TestCreateLinkE2E::storesPersianUrlsReadableAsSent()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    const UrlInput::Result url = UrlInput::fromUserInput(typed);
    QVERIFY2(url.ok(), qPrintable(url.error));
    QCOMPARE(url.sent, sent);

    LinkDraft draft;
    draft.portfolioId = m_server.ready().value(u"portfolios"_s).toArray().first().toInteger();
    draft.name = u"پیوند فارسی"_s;
    draft.url = url.sent;
    const Outcome outcome = create(draft);

    QVERIFY2(outcome.link, outcome.error ? qPrintable(outcome.error->message() + outcome.error->details()) : "no answer");
    QCOMPARE(outcome.link->url.value_or(QString()), sent);
    const QList<QJsonObject> log = m_server.requestLog();
    const QJsonObject body = QJsonDocument::fromJson(log.last().value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body.value(u"url"_s).toString(), sent);
    // Shown as stored, and opened as the same link.
    QCOMPARE(UrlText::readable(*outcome.link->url), sent);
    QCOMPARE(QUrl(*outcome.link->url).toEncoded(), QUrl(sent).toEncoded());
}

void TestCreateLinkE2E::showsAUrlStoredInPunycodeReadable()
{
    // As an earlier version of the app stored it.
    LinkDraft draft;
    draft.portfolioId = m_server.ready().value(u"portfolios"_s).toArray().first().toInteger();
    draft.name = u"پیوند قدیمی"_s;
    draft.url = u"https://xn--hhbbbed.xn--mgba3a4f16a/%D8%B5%D9%81%D8%AD%D9%87"_s;
    const Outcome outcome = create(draft);

    QVERIFY2(outcome.link, outcome.error ? qPrintable(outcome.error->message() + outcome.error->details()) : "no answer");
    QCOMPARE(outcome.link->url.value_or(QString()), draft.url); // the server keeps what it was given
    QCOMPARE(UrlText::shown(*outcome.link->url), u"https://نمونه.ایران/صفحه"_s);
    QCOMPARE(LinkInput::formOf(*outcome.link, draft.portfolioId).url, u"https://نمونه.ایران/صفحه"_s);
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
    // What UrlInput refuses, sent anyway: Django counts the same way.
    QTest::newRow("400 url of 201 characters")
        << "staff" << qint64(1) << u"https://example.com/"_s + QString(181, u'ص') << qint64(0)
        << ApiError::Kind::Validation << "url";
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
