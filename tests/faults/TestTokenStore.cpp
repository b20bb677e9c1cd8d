#include "storage/TokenStore.h"

#include <QSignalSpy>
#include <QTest>

// With no keychain service reachable (ctest points the session bus at a
// socket that does not exist), the store says so plainly and keeps nothing.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void readSaysNoKeychainIsAvailable();
    void writeFailsWithoutFallingBackToAFile();
    void environmentTokenIsTrimmed();
};

void TestTokenStore::readSaysNoKeychainIsAvailable()
{
    TokenStore store;
    QSignalSpy read(&store, &TokenStore::tokenRead);
    QSignalSpy failed(&store, &TokenStore::failed);
    store.read(QUrl(QStringLiteral("https://example.com/")));
    QVERIFY(failed.wait(10000));
    QCOMPARE(read.count(), 0);
    QVERIFY(failed.first().at(0).toString().contains(QLatin1String("keychain")));
    QCOMPARE(failed.first().at(1).toBool(), true);
}

void TestTokenStore::writeFailsWithoutFallingBackToAFile()
{
    TokenStore store;
    QSignalSpy written(&store, &TokenStore::written);
    QSignalSpy failed(&store, &TokenStore::failed);
    store.write(QUrl(QStringLiteral("https://example.com/")), QStringLiteral("secret-token-value"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(written.count(), 0);
    QVERIFY(!failed.first().at(0).toString().contains(QLatin1String("secret-token-value")));
}

void TestTokenStore::environmentTokenIsTrimmed()
{
    qputenv(TokenStore::environmentVariable, "  abc123\n");
    QCOMPARE(TokenStore::environmentToken(), QStringLiteral("abc123"));
    qunsetenv(TokenStore::environmentVariable);
    QVERIFY(TokenStore::environmentToken().isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
