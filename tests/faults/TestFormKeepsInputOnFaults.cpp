#include "UserFolders.h"
#include "FakeHttpServer.h"
#include "FindChild.h"
#include "Typing.h"

#include "LinkForm.h"
#include "MainWindow.h"
#include "api/ApiError.h"
#include "links/LinkListModel.h"
#include "links/OutboxService.h"
#include "store/Outbox.h"
#include "model/Link.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

Q_DECLARE_METATYPE(FakeHttpServer::Response)

using Behaviour = FakeHttpServer::Behaviour;

namespace {
// Everything a Persian-speaking user would type: Persian digits for the
// portfolio, a ZWNJ in the name, an internationalised domain and path, and
// a two-line description.
const QString portfolio = QStringLiteral("۳");
const QString name = QStringLiteral("دمو پروژه‌ی فروشگاه");
const QString url = QStringLiteral("https://نمونه.ایران/دمو");
const QString description = QStringLiteral("لینک مشاهده‌ی دمو\nخط دوم");
const qint64 imageId = 6;
const QByteArray linksPath = "/api/portfolios/3/links/";
} // namespace

// The real main window against a scripted server: whatever goes wrong on
// the way, the form keeps every character typed, becomes editable again and
// says what happened.
class TestFormKeepsInputOnFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keepsInput_data();
    void keepsInput();
    void escapeCancelsAWaitingRequest();
    void escapeCancelsTheCheckAfterALostConnection();

private:
    static bool lastRequestIsTheCheck(const QSignalSpy &received);
    void openWindow(std::chrono::seconds timeout);
    template<typename T>
    T *field(const char *name) const
    {
        return findChildOrDie<T>(m_window.get(), name);
    }
    void fillForm();
    void verifyFormIntact();

    // All fresh for every row: no request, connection or draft carries over.
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MainWindow> m_window;
};

void TestFormKeepsInputOnFaults::initTestCase()
{
    keepOutOfUserFolders();
    // The token comes from the environment, so no keychain is asked.
    qputenv(TokenStore::environmentVariable, "test-token");
}

void TestFormKeepsInputOnFaults::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    // Short, so that the hanging row ends in a second.
    openWindow(std::chrono::seconds(1));
}

void TestFormKeepsInputOnFaults::openWindow(std::chrono::seconds timeout)
{
    m_window.reset();
    // MainWindow takes its timeout only from the settings, at restoreSession().
    Settings().setTimeout(timeout);
    m_window = std::make_unique<MainWindow>(NetworkSetup::Managers{m_network.get(), m_network.get()});
    LaunchOptions options;
    options.server = m_server->url(QStringLiteral("/"));
    m_window->restoreSession(options);
    m_window->setConnection(m_server->url(QStringLiteral("/")), QStringLiteral("test-token"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(field<QLineEdit>("nameEdit")->text().isEmpty());
}

void TestFormKeepsInputOnFaults::cleanup()
{
    // Waits for the draft writer, so the file can go: each row starts from
    // an empty form, not from the previous row's draft.
    m_window.reset();
    m_network.reset();
    if (m_server)
        QFile::remove(DraftStore::pathFor(m_server->url(QStringLiteral("/"))));
    m_server.reset();
}

void TestFormKeepsInputOnFaults::fillForm()
{
    // QTest::keyClicks types Latin-1 only; Typing::type sends each Persian
    // character as an input method would.
    field<QLineEdit>("portfolioEdit")->clear();
    Typing::type(field<QLineEdit>("portfolioEdit"), portfolio);
    Typing::type(field<QLineEdit>("nameEdit"), name);
    Typing::type(field<QLineEdit>("urlEdit"), url);
    Typing::type(field<QTextEdit>("descriptionEdit"), description);
    field<LinkForm>("linkForm")->setImageChoice({imageId, std::nullopt, {}});
    // The typing itself worked, so a later mismatch is the window's doing.
    verifyFormIntact();
}

void TestFormKeepsInputOnFaults::verifyFormIntact()
{
    QCOMPARE(field<QLineEdit>("portfolioEdit")->text(), portfolio);
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), name);
    QCOMPARE(field<QLineEdit>("urlEdit")->text(), url);
    QCOMPARE(field<QTextEdit>("descriptionEdit")->toPlainText(), description);
    QCOMPARE(field<LinkForm>("linkForm")->imageChoice().id, imageId);
}

void TestFormKeepsInputOnFaults::keepsInput_data()
{
    QTest::addColumn<FakeHttpServer::Response>("response");
    // The message the user must see first: the one ApiError gives for what
    // the client receives (a 503 must not be called a network problem).
    QTest::addColumn<QString>("expectedMessage");
    QTest::addColumn<QString>("serverSaid"); // quoted from the server after the message, if anything
    QTest::addColumn<QString>("nameError");
    QTest::addColumn<QString>("urlError");
    // A network failure: the outbox keeps the link and sends it when the server is back.
    QTest::addColumn<bool>("waitsInOutbox");

    const QByteArray validLink = R"({"id": 1, "name": "دمو", "url": null, "description": null, "image_data": null, )"
                                 R"("created_at": "2026-01-13T10:05:43.296270Z", "updated_at": "2026-01-13T10:05:43.296310Z"})";
    const QString network = ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, {}).message();

    QTest::newRow("hang past the timeout")
        << FakeHttpServer::with(Behaviour::Hang) << ApiError::timeout().message() << "" << "" << ""
        << true;
    QTest::newRow("closed mid-body")
        << FakeHttpServer::with(Behaviour::CloseMidBody, FakeHttpServer::json(201, validLink)) << network << "" << "" << ""
        << true;
    QTest::newRow("closed after the request")
        << FakeHttpServer::with(Behaviour::CloseAfterRequest) << network << "" << "" << ""
        << true;

    const QByteArray page = "<html><head><title>Down for maintenance</title></head><body>Back soon</body></html>";
    QTest::newRow("503 html") << FakeHttpServer::html(503, page)
                              << ApiError::fromHttp(503, page, "text/html").message() << "Down for maintenance" << ""
                              << ""
        << true;

    const QByteArray truncated = validLink.left(validLink.size() / 2);
    ParseError parseError;
    QVERIFY(!Link::fromJson(truncated, &parseError));
    QTest::newRow("truncated json") << FakeHttpServer::json(201, truncated)
                                    << ApiError::malformed(parseError).message() << "" << "" << ""
        << false;

    const QByteArray fields = R"({"name": ["Ensure this field has no more than 100 characters."], "url": ["Enter a valid URL."]})";
    QTest::newRow("400 field errors") << FakeHttpServer::json(400, fields)
                                      << ApiError::fromHttp(400, fields, "application/json").message() << ""
                                      << "Ensure this field has no more than 100 characters."
                                      << "Enter a valid URL."
        << false;

    FakeHttpServer::Response unauthorized = FakeHttpServer::json(401, R"({"detail": "Invalid token."})");
    unauthorized.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Token")});
    QTest::newRow("401") << unauthorized << ApiError::fromHttp(401, {}, {}).message() << "Invalid token." << ""
                         << ""
        << false;
    QTest::newRow("404") << FakeHttpServer::json(404, R"({"detail": "Not found."})")
                         << ApiError::fromHttp(404, {}, {}).message() << "Not found." << "" << ""
        << false;
}

void TestFormKeepsInputOnFaults::keepsInput()
{
    QFETCH(FakeHttpServer::Response, response);
    QFETCH(QString, expectedMessage);
    QFETCH(QString, serverSaid);
    QFETCH(QString, nameError);
    QFETCH(QString, urlError);
    QFETCH(bool, waitsInOutbox);
    m_server->setResponse(linksPath, response);

    fillForm();
    if (QTest::currentTestFailed())
        return;
    // The portfolio's list first meets the fault. Still loading at the click,
    // it could fail the POST unsent: when one connection to a host breaks, Qt
    // fails every request still queued for that host.
    const auto *links = m_window->findChild<LinkListModel *>();
    QVERIFY(links);
    QTRY_VERIFY_WITH_TIMEOUT(links->portfolio() == 3 && !links->isLoading(), 10000);
    QTest::mouseClick(field<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(m_window->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);

    // One click, one POST, carrying what was typed. (The window may also
    // look the link up afterwards with a GET; that is not counted here.)
    QList<FakeHttpServer::Request> posts;
    for (const FakeHttpServer::Request &request : m_server->requests()) {
        if (request.method == "POST")
            posts.append(request);
    }
    QCOMPARE(posts.size(), 1);
    const FakeHttpServer::Request request = posts.first();
    QCOMPARE(request.path, linksPath);
    QCOMPARE(request.headers.value("authorization"), QByteArray("Token test-token"));
    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(sent.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(sent.value(QStringLiteral("description")).toString(), description);

    if (waitsInOutbox) {
        // Nothing typed is lost: the outbox holds all of it (this server's
        // item; earlier rows' servers have their own), and the form is free
        // for the next link.
        const QList<OutboxItem> waiting = findChildOrDie<OutboxService>(m_window.get(), "outboxService")->outbox()->itemsOf(
            Outbox::profileKey(m_server->url(QStringLiteral("/"))));
        QCOMPARE(waiting.size(), 1);
        const LinkDraft kept = waiting.first().draft();
        QCOMPARE(kept.portfolioId, 3);
        QCOMPARE(kept.name, name);
        QCOMPARE(kept.description, description);
        QCOMPARE(kept.imageId, std::optional<qint64>(imageId));
        QVERIFY(field<QLineEdit>("nameEdit")->text().isEmpty());
        QVERIFY(field<QPushButton>("createButton")->isEnabled());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("outbox")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        return;
    }
    verifyFormIntact();
    // Editable again, and the same link can be sent again with one click.
    QVERIFY(!field<QLineEdit>("nameEdit")->isReadOnly());
    QVERIFY(!field<QTextEdit>("descriptionEdit")->isReadOnly());
    QVERIFY(field<QPushButton>("createButton")->isEnabled());

    auto *message = field<QLabel>("messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().trimmed().isEmpty());
    QVERIFY2(message->text().startsWith(expectedMessage), qPrintable(message->text()));
    if (!serverSaid.isEmpty())
        QVERIFY2(message->text().contains(serverSaid), qPrintable(message->text()));

    QCOMPARE(field<QLabel>("nameError")->text(), nameError);
    QCOMPARE(field<QLabel>("nameError")->isVisible(), !nameError.isEmpty());
    QCOMPARE(field<QLabel>("urlError")->text(), urlError);
    QCOMPARE(field<QLabel>("urlError")->isVisible(), !urlError.isEmpty());
}

bool TestFormKeepsInputOnFaults::lastRequestIsTheCheck(const QSignalSpy &received)
{
    // The check searches by name; the window's other GETs (the newest id, learnt while typing) do not.
    if (received.isEmpty())
        return false;
    const auto request = received.last().at(0).value<FakeHttpServer::Request>();
    return request.method == "GET" && request.path.contains("search=");
}

void TestFormKeepsInputOnFaults::escapeCancelsAWaitingRequest()
{
    // A server that never answers and a timeout far beyond the test's own
    // wait: only Esc can end the wait in time.
    openWindow(std::chrono::seconds(60));
    if (QTest::currentTestFailed())
        return;
    m_server->setResponse(linksPath, FakeHttpServer::with(Behaviour::Hang));
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    fillForm();
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(field<QLineEdit>("nameEdit"), Qt::Key_Return);
    QVERIFY(m_window->isBusy());
    const auto posts = [&received] {
        int count = 0;
        for (const QList<QVariant> &arguments : received)
            count += arguments.at(0).value<FakeHttpServer::Request>().method == "POST";
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(posts(), 1, 5000);

    // Esc where the focus is (Cancel, while busy), as the user presses it.
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_Escape);
    // Cancelled after the request left: the server may have the link, so the
    // window asks it (that question hangs too), and a second Esc ends that.
    QTRY_VERIFY_WITH_TIMEOUT(lastRequestIsTheCheck(received), 5000);
    QVERIFY(m_window->isBusy());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 5000);

    verifyFormIntact();
    QVERIFY(!field<QLineEdit>("nameEdit")->isReadOnly());
    QVERIFY(field<QPushButton>("createButton")->isEnabled());
    QVERIFY2(field<QLabel>("messageLabel")->text().startsWith(ApiError::cancelled().message()),
             qPrintable(field<QLabel>("messageLabel")->text()));
    QVERIFY(field<QLabel>("messageLabel")->isVisible());
    QCOMPARE(posts(), 1);
}

void TestFormKeepsInputOnFaults::escapeCancelsTheCheckAfterALostConnection()
{
    // The POST is lost after it was sent, so the window asks the list
    // endpoint whether the link was created; that question hangs. The form
    // is still busy and still offers Cancel, so Esc must end this wait too.
    openWindow(std::chrono::seconds(60));
    if (QTest::currentTestFailed())
        return;
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    // Scripted per request: requestReceived comes before the answer is chosen.
    connect(m_server.get(), &FakeHttpServer::requestReceived, this, [this](const FakeHttpServer::Request &request) {
        m_server->setResponse(linksPath, FakeHttpServer::with(request.method == "POST" ? Behaviour::CloseAfterRequest
                                                                                       : Behaviour::Hang));
    });
    fillForm();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(field<QPushButton>("createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lastRequestIsTheCheck(received), 5000);
    QVERIFY(m_window->isBusy());
    QVERIFY(field<QPushButton>("cancelButton")->isVisible());

    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 5000);

    verifyFormIntact();
    QVERIFY(!field<QLineEdit>("nameEdit")->isReadOnly());
    QVERIFY(field<QLabel>("messageLabel")->isVisible());
    QVERIFY(!field<QLabel>("messageLabel")->text().trimmed().isEmpty());
}

QTEST_MAIN(TestFormKeepsInputOnFaults)
#include "TestFormKeepsInputOnFaults.moc"
