#include "UserFolders.h"
#include "FindChild.h"
#include "ReferenceServer.h"
#include "Typing.h"

#include "LinkForm.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/JsonCall.h"
#include "api/NetworkSetup.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"
#include "text/PersianText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextEdit>

namespace {
// Another server, where portfolio 1 is another portfolio; it need not answer.
const QUrl otherServer(QStringLiteral("http://127.0.0.1:9/"));
} // namespace

// Nothing typed is lost: the form is saved as it is typed and comes back
// on the next start; a link that was created is not offered again.
class TestDraftRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void typedTextComesBackOnTheNextStart();
    void aCreatedLinkClearsTheDraft();
    void aChosenImageComesBackWithItsDetails();
    void eachServerGetsItsOwnDraftBack();
    void aDraftWithoutAServerComesBackOnAPortfolio_data();
    void aDraftWithoutAServerComesBackOnAPortfolio();
    void anEditPutBackBeforeTheTokenIsAskedForWithIt();

private:
    std::unique_ptr<MainWindow> startWindow(const std::optional<QUrl> &server);
    std::unique_ptr<MainWindow> startWindow() { return startWindow(m_server.baseUrl()); }
    QString savedName() const { return savedName(m_server.baseUrl()); }
    static QString savedName(const QUrl &server);

    ReferenceServer m_server;
};

void TestDraftRecovery::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    qputenv(TokenStore::environmentVariable, m_server.token(QStringLiteral("staff")).toUtf8());
}

void TestDraftRecovery::cleanup()
{
    QFile::remove(DraftStore::pathFor(m_server.baseUrl()));
    QFile::remove(DraftStore::pathFor(otherServer));
    QFile::remove(DraftStore::pathFor(QUrl()));
    Settings().setLastPortfolio(0);
}

std::unique_ptr<MainWindow> TestDraftRecovery::startWindow(const std::optional<QUrl> &server)
{
    auto window = std::make_unique<MainWindow>(NetworkSetup::createManagers(this));
    LaunchOptions options;
    options.server = server;
    window->restoreSession(options);
    window->show();
    return window;
}

QString TestDraftRecovery::savedName(const QUrl &server)
{
    QFile file(DraftStore::pathFor(server));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("name")).toString();
}

void TestDraftRecovery::typedTextComesBackOnTheNextStart()
{
    const QString name = QStringLiteral("پیش‌نویس نیمه‌کاره");
    const QString description = QStringLiteral("توضیحی که نباید گم شود\nsecond line");
    {
        const auto first = startWindow();
        Typing::type(findChildOrDie<QLineEdit>(first.get(), "nameEdit"), name);
        QTest::keyClicks(findChildOrDie<QLineEdit>(first.get(), "urlEdit"), QStringLiteral("example.com/draft"));
        Typing::type(findChildOrDie<QTextEdit>(first.get(), "descriptionEdit"), description);
        // On disk shortly after typing stops, while the window is still open:
        // that is what a crash or a kill -9 leaves behind.
        QTRY_COMPARE_WITH_TIMEOUT(savedName(), name, 5000);
    }

    const auto second = startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(findChildOrDie<QLineEdit>(second.get(), "nameEdit")->text(), name, 5000);
    QCOMPARE(findChildOrDie<QLineEdit>(second.get(), "urlEdit")->text(), QStringLiteral("example.com/draft"));
    QCOMPARE(findChildOrDie<QTextEdit>(second.get(), "descriptionEdit")->toPlainText(), description);
    QVERIFY(second->statusBar()->currentMessage().contains(QLatin1String("restored")));
}

void TestDraftRecovery::aCreatedLinkClearsTheDraft()
{
    const auto window = startWindow();
    findChildOrDie<QLineEdit>(window.get(), "portfolioEdit")->setText(QStringLiteral("1"));
    Typing::type(findChildOrDie<QLineEdit>(window.get(), "nameEdit"), QStringLiteral("ساخته می‌شود"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(DraftStore::pathFor(m_server.baseUrl())), 5000);

    QTest::mouseClick(findChildOrDie<QPushButton>(window.get(), "createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(DraftStore::pathFor(m_server.baseUrl())), 5000);
}

void TestDraftRecovery::aChosenImageComesBackWithItsDetails()
{
    const qint64 imageId = m_server.ready().value(QStringLiteral("images")).toArray().at(1).toInteger();
    {
        const auto first = startWindow();
        Typing::type(findChildOrDie<QLineEdit>(first.get(), "nameEdit"), QStringLiteral("با تصویر"));
        findChildOrDie<LinkForm>(first.get(), "linkForm")->setImageChoice({imageId, std::nullopt, {}});
        QTRY_COMPARE_WITH_TIMEOUT(savedName(), QStringLiteral("با تصویر"), 5000);
    }

    // The draft keeps the number; the server says what the image is again.
    const auto second = startWindow();
    auto *form = findChildOrDie<LinkForm>(second.get(), "linkForm");
    QTRY_COMPARE_WITH_TIMEOUT(form->imageChoice().id, imageId, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(form->imageChoice().image.has_value(), 20000);
    QCOMPARE(form->imageChoice().image->name, QStringLiteral("طرح صفحه‌ی اصلی.jpg"));
    QTRY_VERIFY_WITH_TIMEOUT(!findChildOrDie<QLabel>(second.get(), "thumbnailLabel")->pixmap().isNull(), 20000);
    QVERIFY(PersianText::withoutDirectionMarks(findChildOrDie<QLabel>(second.get(), "summaryLabel")->text())
                .contains(QStringLiteral("طرح صفحه‌ی اصلی.jpg")));
}

void TestDraftRecovery::eachServerGetsItsOwnDraftBack()
{
    const QString token = m_server.token(QStringLiteral("staff"));
    const QString forFirst = QStringLiteral("برای سرور اصلی");
    const QString forOther = QStringLiteral("برای سرور آزمایشی");
    {
        const auto window = startWindow();
        auto *name = findChildOrDie<QLineEdit>(window.get(), "nameEdit");
        Typing::type(name, forFirst);
        QTRY_COMPARE_WITH_TIMEOUT(savedName(), forFirst, 5000);

        // Connected elsewhere: the form is empty, the first server's draft kept.
        window->setConnection(otherServer, token);
        QCOMPARE(name->text(), QString());
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("kept")),
                 qPrintable(window->statusBar()->currentMessage()));
        Typing::type(name, forOther);
        QTRY_COMPARE_WITH_TIMEOUT(savedName(otherServer), forOther, 5000);
        QCOMPARE(savedName(), forFirst);

        // Back on each: its own draft.
        window->setConnection(m_server.baseUrl(), token);
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), forFirst, 5000);
        QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("for this server was restored")),
                 qPrintable(window->statusBar()->currentMessage()));
        window->setConnection(otherServer, token);
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), forOther, 5000);
    }
    // The next start, on the first server, does not offer the other's draft.
    const auto second = startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(findChildOrDie<QLineEdit>(second.get(), "nameEdit")->text(), forFirst, 5000);
    QCOMPARE(savedName(otherServer), forOther);
}

// What was typed before any server was set comes back on the next start,
// whether that start still has no server or is given one (the draft then
// becomes that server's), also when the window opens on the portfolio of
// the last run, which starts the draft's timer before any server is chosen.
void TestDraftRecovery::aDraftWithoutAServerComesBackOnAPortfolio_data()
{
    QTest::addColumn<bool>("withServer");
    QTest::newRow("still no server") << false;
    QTest::newRow("a server given") << true;
}

void TestDraftRecovery::aDraftWithoutAServerComesBackOnAPortfolio()
{
    QFETCH(bool, withServer);
    const QString name = QStringLiteral("نوشته پیش از هر سروری");
    FormDraft typed;
    typed.portfolio = QStringLiteral("1");
    typed.name = name;
    typed.url = QStringLiteral("https://example.com/before-any-server");
    {
        DraftStore store(DraftStore::defaultFolder());
        store.save(typed); // written as the form writes it, without a server
    }
    QCOMPARE(savedName(QUrl()), name);
    Settings().setLastPortfolio(1);

    const auto window = startWindow(withServer ? std::optional<QUrl>(m_server.baseUrl()) : std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(findChildOrDie<QLineEdit>(window.get(), "nameEdit")->text(), name, 5000);
    QCOMPARE(findChildOrDie<QLineEdit>(window.get(), "urlEdit")->text(), typed.url);
    // Still on disk for a crash: where it was, or as the server's own.
    QCOMPARE(savedName(withServer ? m_server.baseUrl() : QUrl()), name);
}

// An unsaved edit of a link comes back before there is a token (the
// keychain answers after the first frame): the link is asked for once the
// token is there, never without it, and the edit can then be saved.
void TestDraftRecovery::anEditPutBackBeforeTheTokenIsAskedForWithIt()
{
    const QString token = m_server.token(QStringLiteral("staff"));
    // The newest seeded link is in the first portfolio.
    const qint64 linkId = m_server.ready().value(QStringLiteral("links")).toArray().last().toInteger();
    ApiClient client(NetworkSetup::createManagers(this).api);
    client.setBaseUrl(m_server.baseUrl());
    client.setToken(token);
    Link stored;
    LinkCall *call = client.fetchLink(1, linkId);
    call->onSucceeded(this, [&stored](const Link &link) { stored = link; });
    QSignalSpy fetched(call, &ApiCall::finished);
    QVERIFY(fetched.wait(20000));
    QCOMPARE(stored.id, linkId);
    FormDraft edit;
    edit.portfolio = QStringLiteral("1");
    edit.linkId = QString::number(linkId);
    edit.linkVersion = stored.updatedAt.toString(Qt::ISODateWithMs);
    edit.name = stored.name;
    edit.url = QStringLiteral("https://example.org/put-back");
    edit.description = stored.description.value_or(QString());
    edit.image = stored.image ? QString::number(stored.image->id) : QString();
    {
        DraftStore store(DraftStore::defaultFolder());
        store.setServer(m_server.baseUrl());
        store.save(edit);
    }

    const qsizetype logged = m_server.requestCount();
    MainWindow window(NetworkSetup::createManagers(this));
    window.setConnection(m_server.baseUrl(), QString());
    window.show();
    auto *url = findChildOrDie<QLineEdit>(&window, "urlEdit");
    QTRY_COMPARE_WITH_TIMEOUT(url->text(), edit.url, 5000);
    auto *save = findChildOrDie<QPushButton>(&window, "createButton");
    QVERIFY(!save->isEnabled()); // what the link holds is not known yet

    window.setConnection(m_server.baseUrl(), token);
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 20000);
    QCOMPARE(url->text(), edit.url);
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount({.method = QStringLiteral("PATCH"), .since = logged}), 1, 20000);
    const QList<QJsonObject> asked = m_server.requests({.path = QStringLiteral("*/links/%1").arg(linkId), .since = logged});
    QVERIFY(asked.size() >= 2); // read, then changed
    for (const QJsonObject &request : asked)
        QVERIFY2(request.value(QStringLiteral("authorization")).toString().endsWith(token),
                 qPrintable(request.value(QStringLiteral("method")).toString()));
    QJsonObject patch = asked.last();
    QCOMPARE(QJsonDocument::fromJson(patch.value(QStringLiteral("body")).toString().toUtf8()).object().keys(),
             QStringList{QStringLiteral("url")});
}

QTEST_MAIN(TestDraftRecovery)

#include "TestDraftRecovery.moc"
