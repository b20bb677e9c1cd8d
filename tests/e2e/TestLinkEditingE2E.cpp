#include "ReferenceServer.h"
#include "UserFolders.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/NetworkSetup.h"
#include "links/LinkUpdate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

// What one call reported: a value or an error, never both.
template<typename T>
struct Outcome
{
    std::optional<T> value;
    std::optional<ApiError> error;
    bool finished = false;

    QByteArray describe() const
    {
        if (error)
            return (error->message() + QLatin1Char(' ') + error->details()).toUtf8();
        return finished ? QByteArray("succeeded") : QByteArray("no answer");
    }
};

// Waits for the call's finished(), not for a fixed time; generous for a busy machine.
template<typename T>
Outcome<T> await(JsonCall<T> *call)
{
    Outcome<T> outcome;
    QObject context;
    call->onSucceeded(&context, [&outcome](const T &value) { outcome.value = value; });
    QObject::connect(call, &ApiCall::failed, &context, [&outcome](const ApiError &error) { outcome.error = error; });
    QObject::connect(call, &ApiCall::finished, &context, [&outcome] { outcome.finished = true; });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 20000))
        qWarning("the call did not finish within 20 s");
    return outcome;
}

Outcome<bool> await(ApiCall *call)
{
    Outcome<bool> outcome;
    QObject context;
    QObject::connect(call, &ApiCall::succeeded, &context, [&outcome] { outcome.value = true; });
    QObject::connect(call, &ApiCall::failed, &context, [&outcome](const ApiError &error) { outcome.error = error; });
    QObject::connect(call, &ApiCall::finished, &context, [&outcome] { outcome.finished = true; });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 20000))
        qWarning("the call did not finish within 20 s");
    return outcome;
}

QJsonObject bodyOf(const QJsonObject &logEntry)
{
    return QJsonDocument::fromJson(logEntry.value(QStringLiteral("body")).toString().toUtf8()).object();
}

// Everything a LinkUpdate reported.
class UpdateSpies : public QObject
{
public:
    explicit UpdateSpies(LinkUpdate *update)
        : saved(update, &LinkUpdate::saved)
        , conflict(update, &LinkUpdate::conflict)
        , failed(update, &LinkUpdate::failed)
        , busy(update, &LinkUpdate::busyChanged)
    {
        connect(update, &LinkUpdate::failed, this, [this](const ApiError &error) { failure = error; });
    }

    // Waits for the next saved(), conflict() or failed(), whichever comes:
    // a save that took the wrong way fails the test at once, not after a timeout.
    bool waitForOutcome()
    {
        const qsizetype before = outcomes();
        return QTest::qWaitFor([this, before] { return outcomes() > before; }, 20000);
    }
    qsizetype outcomes() const { return saved.size() + conflict.size() + failed.size(); }
    QByteArray describe() const
    {
        return failure ? (failure->message() + QLatin1Char(' ') + failure->details()).toUtf8() : QByteArray("no failure");
    }
    Link savedLink() const { return saved.last().first().value<Link>(); }
    Link conflictLink() const { return conflict.last().first().value<Link>(); }

    QSignalSpy saved;
    QSignalSpy conflict;
    QSignalSpy failed;
    QSignalSpy busy;
    std::optional<ApiError> failure;
};

} // namespace

// Reading, changing and saving one link against the real backend: what is
// sent (only the changed fields, emptied ones as null), what comes back,
// and LinkUpdate's check for someone else's change before it sends.
class TestLinkEditingE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fetchReturnsTheLink();
    void patchSendsOnlyTheChangedFields_data();
    void patchSendsOnlyTheChangedFields();
    void nullImageRemovesTheImage();
    void clearedUrlAndDescriptionBecomeNull();
    void unknownLinkIsGoneNotAMissingPortfolio_data();
    void unknownLinkIsGoneNotAMissingPortfolio();
    void patchFieldErrors_data();
    void patchFieldErrors();

    void saveSendsThePatchWhenNobodyElseChangedTheLink();
    void saveReportsAConflictAndSendsNothing();
    void overwriteAfterAConflictSendsThePatch();
    void saveWithoutPatchWhenTheServerAlreadyHoldsTheValues();
    void saveReportsFieldErrors();
    void saveOfALinkDeletedElsewhereSaysItIsGone();
    void serverMessagesComeInTheUiLanguage_data();
    void serverMessagesComeInTheUiLanguage();

private:
    std::unique_ptr<ApiClient> client(const QString &role = QStringLiteral("staff"));
    // Empty if the server did not answer with the link (a warning says why).
    std::optional<Link> create(const QString &name, const QString &url, const QString &description,
                               std::optional<qint64> image);
    std::optional<Link> fetch(qint64 linkId);
    // The log's requests of this method to this link, oldest first.
    QList<QJsonObject> requestsTo(qint64 linkId, const QString &method) const;
    qint64 image(int index) const;

    // Links are created here, in the first portfolio, one or more per test:
    // no test depends on what another changed.
    static constexpr qint64 portfolio = 1;
    ReferenceServer m_server;
    NetworkSetup::Managers m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestLinkEditingE2E::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_network = NetworkSetup::createManagers(this);
    m_client = client();
}

std::unique_ptr<ApiClient> TestLinkEditingE2E::client(const QString &role)
{
    auto api = std::make_unique<ApiClient>(m_network.api);
    api->setBaseUrl(m_server.baseUrl());
    api->setToken(m_server.token(role));
    return api;
}

qint64 TestLinkEditingE2E::image(int index) const
{
    return m_server.ready().value(QStringLiteral("images")).toArray().at(index).toInteger();
}

std::optional<Link> TestLinkEditingE2E::create(const QString &name, const QString &url, const QString &description,
                                               std::optional<qint64> image)
{
    LinkDraft draft;
    draft.portfolioId = portfolio;
    draft.name = name;
    draft.url = url;
    draft.description = description;
    draft.imageId = image;
    const Outcome<Link> created = await(m_client->createLink(draft));
    if (!created.value)
        qWarning("could not create a link to edit: %s", created.describe().constData());
    return created.value;
}

std::optional<Link> TestLinkEditingE2E::fetch(qint64 linkId)
{
    const Outcome<Link> fetched = await(m_client->fetchLink(portfolio, linkId));
    if (!fetched.value)
        qWarning("could not fetch link %lld: %s", linkId, fetched.describe().constData());
    return fetched.value;
}

QList<QJsonObject> TestLinkEditingE2E::requestsTo(qint64 linkId, const QString &method) const
{
    const QString path = Endpoints::link(m_server.baseUrl(), portfolio, linkId).path();
    return m_server.requests({.method = method, .path = path});
}

void TestLinkEditingE2E::fetchReturnsTheLink()
{
    const std::optional<Link> createdLink = create(QStringLiteral("پیوند خواندنی"), QStringLiteral("https://example.com/read"),
                                QStringLiteral("توضیح\nدو خطی"), image(1));
    QVERIFY(createdLink);
    const Link created = *createdLink;

    const Outcome<Link> fetched = await(m_client->fetchLink(portfolio, created.id));
    QVERIFY2(fetched.value, fetched.describe());
    const Link &link = *fetched.value;
    QCOMPARE(link.id, created.id);
    QCOMPARE(link.name, created.name);
    QCOMPARE(link.url, created.url);
    QCOMPARE(link.description, created.description);
    QVERIFY(link.image);
    QCOMPARE(link.image->id, image(1));
    QCOMPARE(link.image->thumbnails.size(), 4);
    QCOMPARE(link.createdAt, created.createdAt);
    QCOMPARE(link.updatedAt, created.updatedAt);

    // value() holds the same parsed answer from succeeded() on.
    LinkCall *call = m_client->fetchLink(portfolio, created.id);
    std::optional<Link> fromValue;
    connect(call, &ApiCall::succeeded, this, [call, &fromValue] { fromValue = call->value(); });
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY(fromValue);
    QCOMPARE(fromValue->id, created.id);
    QCOMPARE(fromValue->name, created.name);
    QCOMPARE(fromValue->updatedAt, created.updatedAt);

    const QList<QJsonObject> gets = requestsTo(created.id, QStringLiteral("GET"));
    QCOMPARE(gets.size(), 2);
    QCOMPARE(gets.first().value(QStringLiteral("status")).toInt(), 200);
}

void TestLinkEditingE2E::patchSendsOnlyTheChangedFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("image"); // index into the seeded images
    QTest::addColumn<QStringList>("fields");

    const QString name = QStringLiteral("پیوند پایه");
    const QString url = QStringLiteral("https://example.com/base");
    const QString description = QStringLiteral("توضیح پایه");
    QTest::newRow("name") << QStringLiteral("نام تازه‌ی پیوند") << url << description << 0 << QStringList{QStringLiteral("name")};
    QTest::newRow("url") << name << QStringLiteral("https://example.com/new") << description << 0 << QStringList{QStringLiteral("url")};
    QTest::newRow("description and image")
        << name << url << QStringLiteral("توضیح تازه") << 2
        << QStringList{QStringLiteral("description"), QStringLiteral("image")};
    // Spaces the server would trim away are no change at all.
    QTest::newRow("name with spaces around it, and image")
        << QStringLiteral("  ") + name + QStringLiteral(" ") << url << description << 3 << QStringList{QStringLiteral("image")};
    QTest::newRow("everything")
        << QStringLiteral("Everything new") << QStringLiteral("https://example.org/x") << QStringLiteral("All of it")
        << 1 << QStringList{QStringLiteral("description"), QStringLiteral("image"), QStringLiteral("name"), QStringLiteral("url")};
}

void TestLinkEditingE2E::patchSendsOnlyTheChangedFields()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, description);
    QFETCH(int, image);
    QFETCH(QStringList, fields);

    const std::optional<Link> originalLink = create(QStringLiteral("پیوند پایه"), QStringLiteral("https://example.com/base"),
                                 QStringLiteral("توضیح پایه"), this->image(0));
    QVERIFY(originalLink);
    const Link original = *originalLink;
    const LinkDraft loaded = LinkDraft::fromLink(original, portfolio);
    LinkDraft edited = loaded;
    edited.name = name;
    edited.url = url;
    edited.description = description;
    edited.imageId = this->image(image);
    const LinkPatch patch = LinkPatch::between(loaded, edited, original.id);
    QCOMPARE(patch.fields(), fields);

    const Outcome<Link> patched = await(m_client->updateLink(patch));
    QVERIFY2(patched.value, patched.describe());

    // Exactly one PATCH went out, and its body held exactly the changed fields.
    const QList<QJsonObject> patches = requestsTo(original.id, QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject sent = bodyOf(patches.first());
    QCOMPARE(sent.keys(), fields);
    QCOMPARE(sent, patch.toJson());

    // The answer carries the new values, and what was not sent is unchanged.
    const Link &link = *patched.value;
    QCOMPARE(link.id, original.id);
    QCOMPARE(link.name, name.trimmed());
    QCOMPARE(link.url.value_or(QString()), url);
    QCOMPARE(link.description.value_or(QString()), description);
    QVERIFY(link.image);
    QCOMPARE(link.image->id, this->image(image));
    QCOMPARE(link.createdAt, original.createdAt);
    QVERIFY(link.updatedAt > original.updatedAt);

    // And the server stored what it answered.
    const std::optional<Link> storedLink = fetch(original.id);
    QVERIFY(storedLink);
    const Link stored = *storedLink;
    QCOMPARE(stored.name, link.name);
    QCOMPARE(stored.url, link.url);
    QCOMPARE(stored.description, link.description);
    QVERIFY(stored.image);
    QCOMPARE(stored.image->id, link.image->id);
    QCOMPARE(stored.updatedAt, link.updatedAt);
}

void TestLinkEditingE2E::nullImageRemovesTheImage()
{
    const std::optional<Link> originalLink = create(QStringLiteral("با تصویر"), QStringLiteral("https://example.com/img"),
                                 QStringLiteral("تصویر دارد"), image(1));
    QVERIFY(originalLink);
    const Link original = *originalLink;
    QVERIFY(original.image);
    const LinkDraft loaded = LinkDraft::fromLink(original, portfolio);
    LinkDraft edited = loaded;
    edited.imageId.reset();
    const LinkPatch patch = LinkPatch::between(loaded, edited, original.id);

    const Outcome<Link> patched = await(m_client->updateLink(patch));
    QVERIFY2(patched.value, patched.describe());

    const QList<QJsonObject> patches = requestsTo(original.id, QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().value(QStringLiteral("body")).toString(), QStringLiteral(R"({"image":null})"));
    QVERIFY(!patched.value->image);
    QCOMPARE(patched.value->name, original.name);
    QCOMPARE(patched.value->url, original.url);

    const std::optional<Link> storedLink = fetch(original.id);
    QVERIFY(storedLink);
    const Link stored = *storedLink;
    QVERIFY(!stored.image);
    QCOMPARE(stored.description, original.description);
}

void TestLinkEditingE2E::clearedUrlAndDescriptionBecomeNull()
{
    const std::optional<Link> originalLink = create(QStringLiteral("پاک‌شدنی"), QStringLiteral("https://example.com/clear"),
                                 QStringLiteral("این پاک می‌شود"), std::nullopt);
    QVERIFY(originalLink);
    const Link original = *originalLink;
    const LinkDraft loaded = LinkDraft::fromLink(original, portfolio);
    LinkDraft edited = loaded;
    edited.url.clear();
    edited.description = QStringLiteral(" \n\t "); // nothing but space is emptied too
    const LinkPatch patch = LinkPatch::between(loaded, edited, original.id);

    const Outcome<Link> patched = await(m_client->updateLink(patch));
    QVERIFY2(patched.value, patched.describe());

    const QList<QJsonObject> patches = requestsTo(original.id, QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 1);
    const QJsonObject sent = bodyOf(patches.first());
    QCOMPARE(sent.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("url")}));
    QVERIFY(sent.value(QStringLiteral("url")).isNull());
    QVERIFY(sent.value(QStringLiteral("description")).isNull());

    // null, not "": a missing value, as the has_url filter and the contract see it.
    QVERIFY(!patched.value->url.has_value());
    QVERIFY(!patched.value->description.has_value());
    const std::optional<Link> storedLink = fetch(original.id);
    QVERIFY(storedLink);
    const Link stored = *storedLink;
    QVERIFY(!stored.url.has_value());
    QVERIFY(!stored.description.has_value());
    QCOMPARE(stored.name, original.name);
}

void TestLinkEditingE2E::unknownLinkIsGoneNotAMissingPortfolio_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("fetch") << QStringLiteral("GET");
    QTest::newRow("update") << QStringLiteral("PATCH");
    QTest::newRow("delete") << QStringLiteral("DELETE");
}

void TestLinkEditingE2E::unknownLinkIsGoneNotAMissingPortfolio()
{
    QFETCH(QString, method);
    constexpr qint64 unknownLink = 999999;

    // The wording for an unknown portfolio, from the list call.
    const Outcome<LinkPage> list = await(m_client->listLinks(unknownLink, LinkListQuery()));
    QVERIFY(list.error);
    QCOMPARE(list.error->kind(), ApiError::Kind::NotFound);
    const QString portfolioMessage = list.error->message();

    std::optional<ApiError> error;
    if (method == QLatin1String("GET")) {
        error = await(m_client->fetchLink(portfolio, unknownLink)).error;
    } else if (method == QLatin1String("PATCH")) {
        LinkDraft loaded;
        loaded.portfolioId = portfolio;
        loaded.name = QStringLiteral("old");
        LinkDraft edited = loaded;
        edited.name = QStringLiteral("new");
        error = await(m_client->updateLink(LinkPatch::between(loaded, edited, unknownLink))).error;
    } else {
        error = await(m_client->deleteLink(portfolio, unknownLink)).error;
    }
    QVERIFY(error);
    QCOMPARE(error->kind(), ApiError::Kind::NotFound);
    QCOMPARE(error->httpStatus(), 404);
    QCOMPARE(error->subject(), ApiError::Subject::Link);
    QVERIFY(!error->message().isEmpty());
    QVERIFY2(error->message() != portfolioMessage, qPrintable(error->message()));

    const QList<QJsonObject> sent = requestsTo(unknownLink, method);
    QVERIFY(!sent.isEmpty());
    QCOMPARE(sent.last().value(QStringLiteral("status")).toInt(), 404);
}

void TestLinkEditingE2E::patchFieldErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("image"); // 0: unchanged
    QTest::addColumn<QString>("field"); // empty: accepted

    const QString name = QStringLiteral("پیوند معتبر");
    // LinkPatch::between takes the values as they are: no form rule stands
    // between these and the server.
    QTest::newRow("invalid url") << name << QStringLiteral("not a url") << qint64(0) << QStringLiteral("url");
    QTest::newRow("javascript url") << name << QStringLiteral("javascript:alert(1)") << qint64(0) << QStringLiteral("url");
    QTest::newRow("name of 101 letters") << QString(101, QChar(0x0646)) << QString() << qint64(0) << QStringLiteral("name");
    QTest::newRow("unknown image") << name << QString() << qint64(999999) << QStringLiteral("image");
    QTest::newRow("name of 100 letters") << QString(100, QChar(0x0646)) << QString() << qint64(0) << QString();
}

void TestLinkEditingE2E::patchFieldErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(qint64, image);
    QFETCH(QString, field);

    const std::optional<Link> originalLink = create(QStringLiteral("پیوند معتبر"), QString(), QStringLiteral("بدون نشانی"), std::nullopt);
    QVERIFY(originalLink);
    const Link original = *originalLink;
    const LinkDraft loaded = LinkDraft::fromLink(original, portfolio);
    LinkDraft edited = loaded;
    edited.name = name;
    edited.url = url;
    if (image)
        edited.imageId = image;
    const LinkPatch patch = LinkPatch::between(loaded, edited, original.id);
    QVERIFY(!patch.isEmpty());

    const Outcome<Link> patched = await(m_client->updateLink(patch));
    const QList<QJsonObject> patches = requestsTo(original.id, QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 1);
    QCOMPARE(bodyOf(patches.first()), patch.toJson()); // sent as it was, unchecked

    if (field.isEmpty()) {
        QVERIFY2(patched.value, patched.describe());
        QCOMPARE(patched.value->name, name);
        return;
    }
    QVERIFY(!patched.value);
    QVERIFY(patched.error);
    const ApiError &error = *patched.error;
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.fieldErrors().keys(), QStringList{field});
    QVERIFY(!error.fieldErrors().value(field).isEmpty());
    QVERIFY(!error.fieldErrors().value(field).first().isEmpty());
    QVERIFY(!error.message().isEmpty());

    // Refused as a whole: nothing of it was stored.
    const std::optional<Link> storedLink = fetch(original.id);
    QVERIFY(storedLink);
    const Link stored = *storedLink;
    QCOMPARE(stored.name, original.name);
    QCOMPARE(stored.url, original.url);
    QCOMPARE(stored.updatedAt, original.updatedAt);
}

void TestLinkEditingE2E::saveSendsThePatchWhenNobodyElseChangedTheLink()
{
    const std::optional<Link> loadedLink = create(QStringLiteral("ذخیره‌شدنی"), QStringLiteral("https://example.com/save"),
                               QString(), std::nullopt);
    QVERIFY(loadedLink);
    const Link loaded = *loadedLink;
    LinkDraft edited = LinkDraft::fromLink(loaded, portfolio);
    edited.description = QStringLiteral("توضیح افزوده");
    const LinkPatch patch = LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), edited, loaded.id);

    LinkUpdate update(m_client.get());
    UpdateSpies spies(&update);
    update.save(loaded, patch);
    QVERIFY(update.isBusy());
    QVERIFY(spies.waitForOutcome());
    QVERIFY2(spies.saved.size() == 1, spies.describe());
    QCOMPARE(spies.conflict.size(), 0);
    QCOMPARE(spies.failed.size(), 0);
    QVERIFY(!update.isBusy());
    QCOMPARE(spies.busy.first().first().toBool(), true);
    QCOMPARE(spies.busy.last().first().toBool(), false);
    const Link link = spies.savedLink();
    QCOMPARE(link.description, std::optional<QString>(QStringLiteral("توضیح افزوده")));
    QCOMPARE(link.url, loaded.url);

    // The check, then the PATCH of the one changed field.
    QCOMPARE(requestsTo(loaded.id, QStringLiteral("GET")).size(), 1);
    const QList<QJsonObject> patches = requestsTo(loaded.id, QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 1);
    QCOMPARE(bodyOf(patches.first()), patch.toJson());
}

void TestLinkEditingE2E::saveReportsAConflictAndSendsNothing()
{
    const std::optional<Link> loadedLink = create(QStringLiteral("مورد اختلاف"), QString(), QStringLiteral("نسخه‌ی نخست"), std::nullopt);
    QVERIFY(loadedLink);
    const Link loaded = *loadedLink;

    // Someone else renames the link after this editor loaded it.
    const std::unique_ptr<ApiClient> other = client(QStringLiteral("admin"));
    LinkDraft theirs = LinkDraft::fromLink(loaded, portfolio);
    theirs.name = QStringLiteral("نام دیگری");
    const Outcome<Link> theirPatch = await(other->updateLink(LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), theirs, loaded.id)));
    QVERIFY2(theirPatch.value, theirPatch.describe());
    QVERIFY(theirPatch.value->updatedAt != loaded.updatedAt);

    LinkDraft mine = LinkDraft::fromLink(loaded, portfolio);
    mine.description = QStringLiteral("نسخه‌ی من");
    const LinkPatch patch = LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), mine, loaded.id);

    LinkUpdate update(m_client.get());
    UpdateSpies spies(&update);
    update.save(loaded, patch);
    QVERIFY(spies.waitForOutcome());
    QVERIFY2(spies.conflict.size() == 1, spies.describe());
    QCOMPARE(spies.saved.size(), 0);
    QVERIFY(!update.isBusy());

    // The server's version, as the other client left it.
    const Link server = spies.conflictLink();
    QCOMPARE(server.id, loaded.id);
    QCOMPARE(server.name, QStringLiteral("نام دیگری"));
    QCOMPARE(server.description, loaded.description);
    QCOMPARE(server.updatedAt, theirPatch.value->updatedAt);

    // Only the other client's PATCH: the save sent none.
    const QList<QJsonObject> patches = requestsTo(loaded.id, QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().value(QStringLiteral("authorization")).toString(),
             QStringLiteral("Token ") + m_server.token(QStringLiteral("admin")));
    QCOMPARE(fetch(loaded.id).value_or(Link()).description, loaded.description);
}

void TestLinkEditingE2E::overwriteAfterAConflictSendsThePatch()
{
    const std::optional<Link> loadedLink = create(QStringLiteral("بازنویسی"), QString(), QStringLiteral("نسخه‌ی نخست"), std::nullopt);
    QVERIFY(loadedLink);
    const Link loaded = *loadedLink;
    const std::unique_ptr<ApiClient> other = client(QStringLiteral("admin"));
    LinkDraft theirs = LinkDraft::fromLink(loaded, portfolio);
    theirs.name = QStringLiteral("نام آن‌ها");
    QVERIFY(await(other->updateLink(LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), theirs, loaded.id))).value);

    LinkDraft mine = LinkDraft::fromLink(loaded, portfolio);
    mine.description = QStringLiteral("نسخه‌ی من");
    const LinkPatch patch = LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), mine, loaded.id);

    LinkUpdate update(m_client.get());
    UpdateSpies spies(&update);
    update.save(loaded, patch);
    QVERIFY(spies.waitForOutcome());
    QVERIFY2(spies.conflict.size() == 1, spies.describe());
    QCOMPARE(requestsTo(loaded.id, QStringLiteral("PATCH")).size(), 1);

    // The user chose to overwrite: the PATCH goes out without another check.
    const qsizetype getsBefore = requestsTo(loaded.id, QStringLiteral("GET")).size();
    update.overwrite(patch);
    QVERIFY(update.isBusy());
    QVERIFY(spies.waitForOutcome());
    QVERIFY2(spies.saved.size() == 1, spies.describe());
    QCOMPARE(spies.conflict.size(), 1);
    QCOMPARE(requestsTo(loaded.id, QStringLiteral("GET")).size(), getsBefore);
    const QList<QJsonObject> patches = requestsTo(loaded.id, QStringLiteral("PATCH"));
    QCOMPARE(patches.size(), 2);
    QCOMPARE(patches.last().value(QStringLiteral("authorization")).toString(),
             QStringLiteral("Token ") + m_server.token(QStringLiteral("staff")));
    QCOMPARE(bodyOf(patches.last()), patch.toJson());

    // Only the changed field was overwritten: their new name stays.
    const Link link = spies.savedLink();
    QCOMPARE(link.description, std::optional<QString>(QStringLiteral("نسخه‌ی من")));
    QCOMPARE(link.name, QStringLiteral("نام آن‌ها"));
}

void TestLinkEditingE2E::saveWithoutPatchWhenTheServerAlreadyHoldsTheValues()
{
    const std::optional<Link> loadedLink = create(QStringLiteral("پاسخ گم‌شده"), QString(), QString(), image(0));
    QVERIFY(loadedLink);
    const Link loaded = *loadedLink;
    LinkDraft edited = LinkDraft::fromLink(loaded, portfolio);
    edited.url = QStringLiteral("https://example.com/already");
    edited.imageId.reset();
    const LinkPatch patch = LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), edited, loaded.id);
    QCOMPARE(patch.fields(), (QStringList{QStringLiteral("image"), QStringLiteral("url")}));

    // The same patch already reached the server (an earlier attempt whose
    // answer was lost), so updated_at moved.
    const Outcome<Link> earlier = await(client(QStringLiteral("staff"))->updateLink(patch));
    QVERIFY2(earlier.value, earlier.describe());

    LinkUpdate update(m_client.get());
    UpdateSpies spies(&update);
    update.save(loaded, patch);
    QVERIFY(spies.waitForOutcome());
    QVERIFY2(spies.saved.size() == 1, spies.describe());
    QCOMPARE(spies.conflict.size(), 0);
    const Link link = spies.savedLink();
    QCOMPARE(link.url, std::optional<QString>(QStringLiteral("https://example.com/already")));
    QVERIFY(!link.image);
    QCOMPARE(link.updatedAt, earlier.value->updatedAt);

    // The check went out, a second PATCH did not.
    QCOMPARE(requestsTo(loaded.id, QStringLiteral("GET")).size(), 1);
    QCOMPARE(requestsTo(loaded.id, QStringLiteral("PATCH")).size(), 1);
}

void TestLinkEditingE2E::saveReportsFieldErrors()
{
    const std::optional<Link> loadedLink = create(QStringLiteral("نشانی نادرست"), QString(), QString(), std::nullopt);
    QVERIFY(loadedLink);
    const Link loaded = *loadedLink;
    LinkDraft edited = LinkDraft::fromLink(loaded, portfolio);
    edited.url = QStringLiteral("http://");
    const LinkPatch patch = LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), edited, loaded.id);

    LinkUpdate update(m_client.get());
    UpdateSpies spies(&update);
    update.save(loaded, patch);
    QVERIFY(spies.waitForOutcome());
    QCOMPARE(spies.failed.size(), 1);
    QCOMPARE(spies.saved.size(), 0);
    QVERIFY(!update.isBusy());
    QVERIFY(spies.failure);
    QCOMPARE(spies.failure->kind(), ApiError::Kind::Validation);
    QVERIFY(spies.failure->fieldErrors().contains(QStringLiteral("url")));
    QCOMPARE(requestsTo(loaded.id, QStringLiteral("PATCH")).size(), 1);
}

void TestLinkEditingE2E::saveOfALinkDeletedElsewhereSaysItIsGone()
{
    const std::optional<Link> loadedLink = create(QStringLiteral("حذف‌شده در جای دیگر"), QString(), QString(), std::nullopt);
    QVERIFY(loadedLink);
    const Link loaded = *loadedLink;
    const Outcome<bool> deleted = await(client(QStringLiteral("admin"))->deleteLink(portfolio, loaded.id));
    QVERIFY2(deleted.value, deleted.describe());

    LinkDraft edited = LinkDraft::fromLink(loaded, portfolio);
    edited.name = QStringLiteral("دیر رسیده");
    LinkUpdate update(m_client.get());
    UpdateSpies spies(&update);
    update.save(loaded, LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), edited, loaded.id));
    QVERIFY(spies.waitForOutcome());
    QCOMPARE(spies.failed.size(), 1);
    QVERIFY(spies.failure);
    QCOMPARE(spies.failure->kind(), ApiError::Kind::NotFound);
    QCOMPARE(spies.failure->subject(), ApiError::Subject::Link);
    QVERIFY(!update.isBusy());
    // The check found it gone; nothing was patched.
    QCOMPARE(requestsTo(loaded.id, QStringLiteral("GET")).size(), 1);
    QCOMPARE(requestsTo(loaded.id, QStringLiteral("PATCH")).size(), 0);
}

QTEST_GUILESS_MAIN(TestLinkEditingE2E)
#include "TestLinkEditingE2E.moc"

void TestLinkEditingE2E::serverMessagesComeInTheUiLanguage_data()
{
    QTest::addColumn<QLocale>("uiLocale");
    QTest::addColumn<bool>("persian");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << false;
    QTest::newRow("Persian") << QLocale(QLocale::Persian, QLocale::Iran) << true;
}

// DRF and Django translate their own messages: Accept-Language carries the
// UI's language, so a Persian user reads the server's "Not found." and its
// field errors in Persian (the reference backend has Django's LocaleMiddleware).
void TestLinkEditingE2E::serverMessagesComeInTheUiLanguage()
{
    QFETCH(QLocale, uiLocale);
    QFETCH(bool, persian);
    const QLocale before;
    QLocale::setDefault(uiLocale);
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    const auto isPersian = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
    };

    const std::optional<ApiError> missing = await(m_client->fetchLink(portfolio, 999998)).error;
    QVERIFY(missing);
    QCOMPARE(missing->kind(), ApiError::Kind::NotFound);
    QVERIFY2(isPersian(missing->serverDetail()) == persian, qPrintable(missing->serverDetail()));
    if (!persian)
        QCOMPARE(missing->serverDetail(), QStringLiteral("Not found."));

    const std::optional<Link> link = create(QStringLiteral("زبان پیام‌ها"), {}, {}, std::nullopt);
    QVERIFY(link);
    LinkDraft loaded = LinkDraft::fromLink(*link, portfolio);
    LinkDraft edited = loaded;
    edited.url = QStringLiteral("not a url");
    const std::optional<ApiError> invalid = await(m_client->updateLink(LinkPatch::between(loaded, edited, link->id))).error;
    QVERIFY(invalid);
    QCOMPARE(invalid->kind(), ApiError::Kind::Validation);
    const QString urlError = invalid->fieldErrors().value(QStringLiteral("url")).join(QLatin1Char(' '));
    QVERIFY2(isPersian(urlError) == persian, qPrintable(urlError));

    // The answers were the server's own: the request reached it.
    const QList<QJsonObject> asked = requestsTo(999998, QStringLiteral("GET"));
    QVERIFY(!asked.isEmpty());
}
