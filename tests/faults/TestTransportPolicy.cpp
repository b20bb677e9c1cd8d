#include "SelfSignedServer.h"

#include "api/ApiClient.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// What the client refuses before any token leaves the machine: plain http
// to another host (unless allowed), and a certificate it cannot trust.
class TestTransportPolicy : public QObject
{
    Q_OBJECT

private slots:
    void plainHttpElsewhereIsRefusedUnsent_data();
    void plainHttpElsewhereIsRefusedUnsent();
    void untrustedCertificateIsShownNotIgnored();

private:
    struct Outcome
    {
        std::optional<ApiError> error;
        bool created = false;
    };
    static Outcome create(ApiClient &client);
};

TestTransportPolicy::Outcome TestTransportPolicy::create(ApiClient &client)
{
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = QStringLiteral("x");
    LinkCall *call = client.createLink(draft);
    Outcome outcome;
    QObject::connect(call, &ApiCall::failed, call, [&outcome](const ApiError &error) { outcome.error = error; });
    QObject::connect(call, &ApiCall::succeeded, call, [&outcome] { outcome.created = true; });
    QSignalSpy finished(call, &ApiCall::finished);
    finished.wait(10000);
    return outcome;
}

void TestTransportPolicy::plainHttpElsewhereIsRefusedUnsent_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("refused");
    // 192.0.2.1 is TEST-NET-1: never routed, so an attempt simply times out.
    QTest::newRow("http, another host") << "http://192.0.2.1/" << false << true;
    QTest::newRow("http, another host, allowed") << "http://192.0.2.1/" << true << false;
    QTest::newRow("http, loopback") << "http://127.0.0.1:9/" << false << false;
    QTest::newRow("http, localhost") << "http://localhost:9/" << false << false;
}

void TestTransportPolicy::plainHttpElsewhereIsRefusedUnsent()
{
    QFETCH(QString, server);
    QFETCH(bool, allowed);
    QFETCH(bool, refused);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(QUrl(server));
    client.setToken(QStringLiteral("secret"));
    client.setAllowInsecure(allowed);
    client.setTimeout(300ms);
    const Outcome outcome = create(client);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind() == ApiError::Kind::Insecure, refused);
    if (refused)
        QVERIFY(outcome.error->message().contains(QLatin1String("https")));
}

void TestTransportPolicy::untrustedCertificateIsShownNotIgnored()
{
    SelfSignedServer server;
    QVERIFY(server.start());
    QSignalSpy accepted(&server.server(), &QSslServer::pendingConnectionAvailable);

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(server.url());
    client.setToken(QStringLiteral("secret"));
    const Outcome outcome = create(client);

    QVERIFY(!outcome.created);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind(), ApiError::Kind::Tls);
    const QString details = outcome.error->details();
    QVERIFY2(details.contains(QLatin1String("portfolio-links-test")), qPrintable(details)); // subject and issuer
    QVERIFY2(details.contains(server.fingerprint()), qPrintable(details));
    QVERIFY(!outcome.error->message().isEmpty());
}

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "TestTransportPolicy.moc"
