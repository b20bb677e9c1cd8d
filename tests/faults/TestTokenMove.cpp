#include "MemoryTokenStore.h"

#include "session/TokenMove.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The token of an earlier version's single connection moves to its profile:
// the old entry goes only once the new one is written, so that a keychain
// failing half-way loses nothing.
class TestTokenMove : public QObject
{
    Q_OBJECT

private slots:
    void movesAndThenDeletesTheOldEntry();
    void aFailedWriteKeepsTheOldEntry();
    void nothingStoredWritesNothing();

private:
    const QUrl m_server{u"https://portfolio.example.com/"_s};
    const QString m_oldKey = TokenStore::keyFor(m_server);
    const QString m_newKey = u"profile/0b8f2c1e"_s;
};

void TestTokenMove::movesAndThenDeletesTheOldEntry()
{
    MemoryTokenStore keychain;
    keychain.entries.insert(m_oldKey, u"old-token"_s);
    TokenMove move(&keychain);
    QSignalSpy moved(&move, &TokenMove::moved);
    QSignalSpy failed(&move, &TokenMove::failed);
    move.start(m_server, m_newKey);
    QVERIFY(moved.wait(5000));
    QCOMPARE(moved.first().at(0).toString(), u"old-token"_s);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(keychain.entries, (QHash<QString, QString>{{m_newKey, u"old-token"_s}}));
    QCOMPARE(keychain.operations,
             (QStringList{u"read "_s + m_oldKey, u"write "_s + m_newKey, u"remove "_s + m_oldKey}));
}

void TestTokenMove::aFailedWriteKeepsTheOldEntry()
{
    MemoryTokenStore keychain;
    keychain.entries.insert(m_oldKey, u"old-token"_s);
    keychain.failWrites = true;
    TokenMove move(&keychain);
    QSignalSpy moved(&move, &TokenMove::moved);
    QSignalSpy failed(&move, &TokenMove::failed);
    move.start(m_server, m_newKey);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).toString(), u"old-token"_s); // usable for this run
    QVERIFY(!failed.first().at(0).toString().contains(u"old-token"_s));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(keychain.entries, (QHash<QString, QString>{{m_oldKey, u"old-token"_s}}));
    QVERIFY(!keychain.operations.contains(u"remove "_s + m_oldKey));
}

void TestTokenMove::nothingStoredWritesNothing()
{
    MemoryTokenStore keychain;
    keychain.entries.insert(m_newKey, u"typed-since"_s);
    TokenMove move(&keychain);
    QSignalSpy moved(&move, &TokenMove::moved);
    move.start(m_server, m_newKey);
    QVERIFY(moved.wait(5000));
    QVERIFY(moved.first().at(0).toString().isEmpty());
    QCOMPARE(keychain.entries.value(m_newKey), u"typed-since"_s); // not overwritten with nothing
    QCOMPARE(keychain.operations, QStringList{u"read "_s + m_oldKey});
}

QTEST_GUILESS_MAIN(TestTokenMove)
#include "TestTokenMove.moc"
