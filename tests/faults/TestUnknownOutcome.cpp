#include "UserFolders.h"
#include "FakeHttpServer.h"
#include "FindChild.h"
#include "Typing.h"

#include "MainWindow.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

// The connection drops after the POST was sent: the server may have created
// the link. The app must neither send it again nor pretend it failed.
class TestUnknownOutcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheLinkTheServerCreatedWithoutSendingAgain();
    void saysTheLinkWasNotCreatedWhenTheServerHasNone();

private:
    void submit();
    static QByteArray page(const QByteArray &name, const QDateTime &createdAt);

    std::unique_ptr<FakeHttpServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QByteArray linksPath = "/api/portfolios/3/links/";
const QString name = QStringLiteral("پیوند بی‌جواب");
} // namespace

void TestUnknownOutcome::initTestCase()
{
    keepOutOfUserFolders();
}

void TestUnknownOutcome::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_window = std::make_unique<MainWindow>(NetworkSetup::Managers{&m_network, &m_network});
    m_window->setConnection(m_server->url(), QStringLiteral("t"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUnknownOutcome::cleanup()
{
    m_window.reset();
    m_server.reset();
}

QByteArray TestUnknownOutcome::page(const QByteArray &linkName, const QDateTime &createdAt)
{
    const QByteArray time = createdAt.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    return R"({"count": 1, "next": null, "previous": null, "results": [{"id": 77, "name": ")" + linkName
        + R"(", "url": null, "description": null, "image_data": null, "created_at": ")" + time
        + R"(", "updated_at": ")" + time + R"("}]})";
}

void TestUnknownOutcome::submit()
{
    auto *portfolio = findChildOrDie<QLineEdit>(m_window.get(), "portfolioEdit");
    portfolio->setText(QStringLiteral("3"));
    Typing::type(findChildOrDie<QLineEdit>(m_window.get(), "nameEdit"), name);
    QTest::mouseClick(findChildOrDie<QPushButton>(m_window.get(), "createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 15000);
}

void TestUnknownOutcome::showsTheLinkTheServerCreatedWithoutSendingAgain()
{
    // The POST is read (the server "creates" the link) and the connection
    // dropped; the list endpoint then shows the new link.
    FakeHttpServer::Response drop;
    drop.behaviour = FakeHttpServer::Behaviour::CloseAfterRequest;
    m_server->setResponse(linksPath, drop);
    connect(m_server.get(), &FakeHttpServer::requestReceived, this, [this](const FakeHttpServer::Request &request) {
        // Scripted as the request arrives, before the server answers it.
        if (request.method == "GET")
            m_server->setResponse(linksPath, FakeHttpServer::json(200, page(name.toUtf8(), QDateTime::currentDateTimeUtc())));
    });
    submit();

    QCOMPARE(findChildOrDie<QLabel>(m_window.get(), "nameValue")->text(), name);
    QCOMPARE(findChildOrDie<QLabel>(m_window.get(), "idValue")->text(), QStringLiteral("77"));
    int posts = 0;
    for (const FakeHttpServer::Request &request : m_server->requests()) {
        posts += request.method == "POST";
        if (request.method == "GET")
            QVERIFY2(request.path.contains("search="), request.path.constData());
    }
    QCOMPARE(posts, 1);
}

void TestUnknownOutcome::saysTheLinkWasNotCreatedWhenTheServerHasNone()
{
    FakeHttpServer::Response drop;
    drop.behaviour = FakeHttpServer::Behaviour::CloseAfterRequest;
    m_server->setResponse(linksPath, drop);
    connect(m_server.get(), &FakeHttpServer::requestReceived, this, [this](const FakeHttpServer::Request &request) {
        if (request.method == "GET") // an old link of the same name does not count
            m_server->setResponse(linksPath, FakeHttpServer::json(200, page(name.toUtf8(), QDateTime::currentDateTimeUtc().addDays(-3))));
    });
    submit();

    auto *message = findChildOrDie<QLabel>(m_window.get(), "messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("not created")), qPrintable(message->text()));
    QCOMPARE(findChildOrDie<QLineEdit>(m_window.get(), "nameEdit")->text(), name);
    int posts = 0;
    for (const FakeHttpServer::Request &request : m_server->requests())
        posts += request.method == "POST";
    QCOMPARE(posts, 1);
}

QTEST_MAIN(TestUnknownOutcome)
#include "TestUnknownOutcome.moc"
