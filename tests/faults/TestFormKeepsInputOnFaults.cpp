#include "FakeHttpServer.h"
#include "FindChild.h"
#include "Typing.h"

#include "MainWindow.h"
#include "storage/DraftStore.h"
#include "storage/TokenStore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

Q_DECLARE_METATYPE(FakeHttpServer::Response)

// Whatever goes wrong on the way, the form keeps every character typed and
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

private:
    template<typename T>
    T *field(const char *name) const
    {
        return findChildOrDie<T>(m_window.get(), name);
    }
    void fillForm();
    void verifyFormIntact();

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
} // namespace

void TestFormKeepsInputOnFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
    // The real start-up path: settings give a one-second timeout, the
    // environment gives the token (no keychain on a test machine).
    QSettings().setValue(QStringLiteral("network/timeoutSeconds"), 1);
    qputenv(TokenStore::environmentVariable, "test-token");
}

void TestFormKeepsInputOnFaults::init()
{
    m_window = std::make_unique<MainWindow>(&m_network);
    LaunchOptions options;
    options.server = m_server.url();
    m_window->restoreSession(options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFormKeepsInputOnFaults::cleanup()
{
    m_window.reset();
    // Each row starts from an empty form, not from the previous row's draft.
    QFile::remove(DraftStore::defaultPath());
}

void TestFormKeepsInputOnFaults::fillForm()
{
    field<QLineEdit>("portfolioEdit")->clear();
    QTest::keyClicks(field<QLineEdit>("portfolioEdit"), portfolio);
    Typing::type(field<QLineEdit>("nameEdit"), name);
    QTest::keyClicks(field<QLineEdit>("urlEdit"), url);
    Typing::type(field<QTextEdit>("descriptionEdit"), description);
}

void TestFormKeepsInputOnFaults::verifyFormIntact()
{
    QCOMPARE(field<QLineEdit>("portfolioEdit")->text(), portfolio);
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), name);
    QCOMPARE(field<QLineEdit>("urlEdit")->text(), url);
    QCOMPARE(field<QTextEdit>("descriptionEdit")->toPlainText(), description);
}

void TestFormKeepsInputOnFaults::keepsInput_data()
{
    QTest::addColumn<FakeHttpServer::Response>("response");
    QTest::addColumn<QString>("nameError");
    QTest::addColumn<QString>("urlError");

    FakeHttpServer::Response hang;
    hang.behaviour = FakeHttpServer::Behaviour::Hang;
    FakeHttpServer::Response closedMidBody = FakeHttpServer::json(201, R"({"id": 1, "name": "x", "url": null})");
    closedMidBody.behaviour = FakeHttpServer::Behaviour::CloseMidBody;
    QTest::newRow("hang past the timeout") << hang << "" << "";
    QTest::newRow("closed mid-body") << closedMidBody << "" << "";
    QTest::newRow("503 html") << FakeHttpServer::html(503, "<html><title>Down</title></html>") << "" << "";
    QTest::newRow("truncated json") << FakeHttpServer::json(201, R"({"id": 1, "name": "دمو", "url)") << "" << "";
    QTest::newRow("400 fields") << FakeHttpServer::json(400, R"({"name": ["Ensure this field has no more than 100 characters."], "url": ["Enter a valid URL."]})")
                                << "Ensure this field has no more than 100 characters."
                                << "Enter a valid URL.";
    QTest::newRow("401") << FakeHttpServer::json(401, R"({"detail": "Invalid token."})") << "" << "";
    QTest::newRow("404") << FakeHttpServer::json(404, R"({"detail": "Not found."})") << "" << "";
}

void TestFormKeepsInputOnFaults::keepsInput()
{
    QFETCH(FakeHttpServer::Response, response);
    QFETCH(QString, nameError);
    QFETCH(QString, urlError);
    m_server.setResponse(linksPath, response);

    fillForm();
    QTest::mouseClick(field<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(m_window->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);

    verifyFormIntact();
    auto *message = field<QLabel>("messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(field<QLabel>("nameError")->text(), nameError);
    QCOMPARE(field<QLabel>("urlError")->text(), urlError);
    QCOMPARE(field<QLabel>("nameError")->isVisible(), !nameError.isEmpty());
    QVERIFY(field<QPushButton>("createButton")->isEnabled());
}

void TestFormKeepsInputOnFaults::escapeCancelsAWaitingRequest()
{
    FakeHttpServer::Response hang;
    hang.behaviour = FakeHttpServer::Behaviour::Hang;
    m_server.setResponse(linksPath, hang);
    fillForm();
    QTest::keyClick(field<QLineEdit>("nameEdit"), Qt::Key_Return);
    QVERIFY(m_window->isBusy());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 5000);
    verifyFormIntact();
    QVERIFY(field<QLabel>("messageLabel")->text().contains(QLatin1String("cancelled")));
}

QTEST_MAIN(TestFormKeepsInputOnFaults)
#include "TestFormKeepsInputOnFaults.moc"
