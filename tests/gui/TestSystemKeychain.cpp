#include "EventCounter.h"
#include "FindChild.h"
#include "ReferenceServer.h"
#include "SecretService.h"
#include "UserFolders.h"

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "api/NetworkSetup.h"
#include "links/LinkListModel.h"
#include "storage/LaunchOptions.h"
#include "storage/TokenStore.h"

#include <QDirIterator>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The token in a real keychain, as on a staff member's desktop: GNOME
// Keyring's Secret Service on a bus of the test's own. It is kept there and
// nowhere else, read back, deleted; and a start reads it from there and
// loads the list with it, never sending a request without it.
class TestSystemKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theTokenIsKeptInTheKeychainOnly();
    void aStartLoadsTheListWithTheKeychainsToken();
    void aTokenNotKeptIsAskedForAfterTheFirstFrame();
    void aKeychainThatDoesNotAnswerIsSaidSo();

private:
    static QStringList filesHolding(const QString &folder, const QString &text);
    // The token kept in the keychain for the reference server, as the app keeps it.
    bool keep(const QString &token) const;
    // As at a start on the reference server's first portfolio, with no token in the environment.
    void startOnTheServer(MainWindow &window) const;

    SecretService m_keychain;
    ReferenceServer m_server;
};

void TestSystemKeychain::initTestCase()
{
    keepOutOfUserFolders();
    qunsetenv(TokenStore::environmentVariable);
    QVERIFY2(m_keychain.start(), qPrintable(m_keychain.errorString()));
    QVERIFY2(m_server.start({u"--gallery"_s, u"30"_s}), qPrintable(m_server.errorString()));
}

QStringList TestSystemKeychain::filesHolding(const QString &folder, const QString &text)
{
    QStringList holding;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            holding.append(file.fileName());
    }
    return holding;
}

bool TestSystemKeychain::keep(const QString &token) const
{
    TokenStore store;
    QSignalSpy written(&store, &TokenStore::written);
    store.write(m_server.baseUrl(), token);
    return written.wait(20000);
}

void TestSystemKeychain::startOnTheServer(MainWindow &window) const
{
    LaunchOptions options;
    options.server = m_server.baseUrl();
    options.portfolio = 1;
    window.restoreSession(options);
    window.show();
}

void TestSystemKeychain::theTokenIsKeptInTheKeychainOnly()
{
    const QUrl server(u"https://portfolio.example.com/"_s);
    const QString token = u"0123456789abcdef0123456789abcdef01234567"_s;
    TokenStore store;
    QSignalSpy written(&store, &TokenStore::written);
    QSignalSpy read(&store, &TokenStore::tokenRead);
    QSignalSpy removed(&store, &TokenStore::removed);
    QSignalSpy failed(&store, &TokenStore::failed);

    store.write(server, token);
    QVERIFY2(written.wait(20000), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    // Kept by the keychain, encrypted: in none of its files, nor the app's.
    QVERIFY(QDir(m_keychain.keyringFolder()).exists());
    QCOMPARE(filesHolding(m_keychain.keyringFolder(), token), QStringList());
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation})
        QCOMPARE(filesHolding(QStandardPaths::writableLocation(location), token), QStringList());

    // A new store, as the next start has: the keychain gives it back.
    TokenStore next;
    QSignalSpy readNext(&next, &TokenStore::tokenRead);
    next.read(server);
    QVERIFY(readNext.wait(20000));
    QCOMPARE(readNext.first().at(0).toString(), token);
    QCOMPARE(readNext.first().at(1).toString(), TokenStore::keyFor(server));

    // Signed out: gone from the keychain.
    store.remove(server);
    QVERIFY(removed.wait(20000));
    store.read(server);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.last().at(0).toString(), QString());
    QCOMPARE(failed.count(), 0);
}

void TestSystemKeychain::aStartLoadsTheListWithTheKeychainsToken()
{
    const QString token = m_server.token(u"staff"_s);
    QVERIFY(keep(token));

    const qsizetype logged = m_server.requestCount();
    MainWindow window(NetworkSetup::createManagers(this));
    startOnTheServer(window);
    auto *list = qobject_cast<LinkListModel *>(findChildOrDie<QTableView>(&window, "linksTree")->model());
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 20000);
    QVERIFY(!window.findChild<ConnectionDialog *>()); // nothing to ask: the keychain had it

    // Everything asked of the API carried the keychain's token.
    const QList<QJsonObject> asked = m_server.requests({.path = u"/api/*"_s, .since = logged});
    QVERIFY(!asked.isEmpty());
    for (const QJsonObject &request : asked)
        QVERIFY2(request.value(u"authorization"_s).toString() == u"Token "_s + token,
                 qPrintable(request.value(u"path"_s).toString()));
}

// No token kept for the server: the keychain, read while the window paints,
// answers so at once, and the dialog that asks for one comes after the
// window's first frame, never before it.
void TestSystemKeychain::aTokenNotKeptIsAskedForAfterTheFirstFrame()
{
    MainWindow window(NetworkSetup::createManagers(this));
    EventCounter paints(&window, QEvent::Paint);
    int paintsBeforeAsking = -1;
    EventCounter shownChildren(&window, QEvent::ChildPolished, [&](QEvent *event) {
        if (paintsBeforeAsking < 0 && qobject_cast<ConnectionDialog *>(static_cast<QChildEvent *>(event)->child()))
            paintsBeforeAsking = paints.count();
    });
    LaunchOptions options;
    options.server = QUrl(u"http://127.0.0.1:9/"_s); // no token kept for it
    auto *keychain = window.findChild<TokenStore *>();
    QVERIFY(keychain);
    QSignalSpy answered(keychain, &TokenStore::tokenRead);
    window.restoreSession(options);
    // As on a slow machine: the keychain's answer comes before the first frame.
    QVERIFY(answered.wait(20000));
    QCOMPARE(answered.first().at(0).toString(), QString());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ConnectionDialog *>(), 20000);
    QVERIFY2(paintsBeforeAsking > 0, "the dialog came before the window's first frame");
}

// A keychain that does not answer (waiting for its password to be typed,
// or hung): the list says why it stays empty and how to give the token
// instead, sends nothing meanwhile, and loads once the keychain answers.
void TestSystemKeychain::aKeychainThatDoesNotAnswerIsSaidSo()
{
    const QString token = m_server.token(u"staff"_s);
    QVERIFY(keep(token));
    QVERIFY2(m_keychain.pause(), qPrintable(m_keychain.errorString()));
    auto alwaysResume = qScopeGuard([this] { m_keychain.resume(); });

    const qsizetype logged = m_server.requestCount();
    MainWindow window(NetworkSetup::createManagers(this));
    startOnTheServer(window);
    auto *notice = findChildOrDie<QLabel>(&window, "problemLabel");
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
    QVERIFY2(notice->text().contains(u"keychain"_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"Connection settings"_s), qPrintable(notice->text()));
    QCOMPARE(m_server.requestCount({.path = u"/api/*"_s, .since = logged}), 0);
    QVERIFY(!window.findChild<ConnectionDialog *>()); // the keychain may still answer

    m_keychain.resume();
    auto *list = qobject_cast<LinkListModel *>(findChildOrDie<QTableView>(&window, "linksTree")->model());
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 20000);
    QVERIFY(!notice->isVisible());
}

QTEST_MAIN(TestSystemKeychain)

#include "TestSystemKeychain.moc"
