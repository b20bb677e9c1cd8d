#include "storage/TokenStore.h"

#include <qt6keychain/keychain.h>

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
    void checkAvailableExplainsWhyNot();
    void reasonIsASentence_data();
    void reasonIsASentence();
};

namespace {
// What the user reads must say why; QtKeychain's own text alone often does not.
void verifyExplains(const QString &message)
{
    QVERIFY2(!message.contains(QLatin1String("Unknown error")), qPrintable(message));
    QVERIFY2(!message.trimmed().endsWith(QLatin1Char(')')), qPrintable(message));
}
} // namespace

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
    verifyExplains(failed.first().at(0).toString());
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

void TestTokenStore::checkAvailableExplainsWhyNot()
{
    TokenStore store;
    QSignalSpy available(&store, &TokenStore::available);
    QSignalSpy unavailable(&store, &TokenStore::unavailable);
    QSignalSpy failed(&store, &TokenStore::failed);
    store.checkAvailable();
    QVERIFY(unavailable.wait(10000));
    QCOMPARE(available.count(), 0);
    QCOMPARE(failed.count(), 0); // not an error to show: only where a token would go
    const QString message = unavailable.first().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("keychain")), qPrintable(message));
    verifyExplains(message);
}

void TestTokenStore::reasonIsASentence_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("keychainText");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << "No keyring daemon"
                                << "no keychain service running";
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << "Unknown error" << "cannot keep passwords";
    QTest::newRow("declined") << int(QKeychain::AccessDeniedByUser) << "" << "declined";
    QTest::newRow("locked") << int(QKeychain::AccessDenied) << "Access to keychain denied" << "locked";
    QTest::newRow("delete failed") << int(QKeychain::CouldNotDeleteEntry) << "Unknown error" << "could not delete";
    QTest::newRow("no library, no service") << int(QKeychain::OtherError) << "Unknown error" << "no keychain service answered";
    QTest::newRow("other, silent") << int(QKeychain::OtherError) << "  " << "no keychain service answered";
    QTest::newRow("other, with a cause") << int(QKeychain::OtherError)
                                         << "Could not open wallet: NoReply; timed out" << "Could not open wallet";
}

void TestTokenStore::reasonIsASentence()
{
    QFETCH(int, error);
    QFETCH(QString, keychainText);
    QFETCH(QString, expected);

    const QString reason = TokenStore::reasonFor(error, keychainText);
    QVERIFY2(reason.contains(expected), qPrintable(reason));
    QVERIFY2(!reason.contains(QLatin1String("Unknown error")), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
