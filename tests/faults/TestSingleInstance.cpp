#include "session/SingleInstance.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#endif

// Two starts of the app, played by two objects in one process: the first
// claims, the later one's arguments reach it, and what a crash leaves behind
// does not keep the next start out.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theFirstClaimsAndALaterStartHandsOver();
    void aHandOverWithNobodyListeningFailsLater();
    void aStaleSocketIsRecovered();
    void theLockIsFreeOnceTheFirstIsGone();
    void usersWithOtherDataFoldersDoNotMeet();

private:
    // Unique to this run: parallel runs of the test do not meet either.
    static QString testKey(const char *name);

    QTemporaryDir m_runtimeFolder; // mode 0700, as XDG_RUNTIME_DIR must be
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_runtimeFolder.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeFolder.path()));
}

QString TestSingleInstance::testKey(const char *name)
{
    return QStringLiteral("TestSingleInstance-%1-%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(name));
}

void TestSingleInstance::theFirstClaimsAndALaterStartHandsOver()
{
    SingleInstance first(testKey("handover"));
    SingleInstance later(testKey("handover"));
    QVERIFY(first.claim());
    QVERIFY(!later.claim());

    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy finished(&later, &SingleInstance::handOverFinished);
    const QStringList arguments{QStringLiteral("portfolio-links"), QStringLiteral("--portfolio"),
                                QStringLiteral("۷")};
    later.handOver(arguments);

    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toStringList(), arguments);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
}

void TestSingleInstance::aHandOverWithNobodyListeningFailsLater()
{
    SingleInstance alone(testKey("alone"));
    QSignalSpy finished(&alone, &SingleInstance::handOverFinished);
    alone.handOver({QStringLiteral("portfolio-links")});
    // Never from inside handOver(): main() has not started its event loop yet.
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
}

void TestSingleInstance::aStaleSocketIsRecovered()
{
#ifdef Q_OS_UNIX
    SingleInstance first(testKey("stale"));
    // What a kill -9 leaves: a socket file that nobody listens on.
    const QByteArray path = QFile::encodeName(first.serverName());
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int stale = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(stale >= 0);
    QCOMPARE(::bind(stale, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    ::close(stale);
    QVERIFY(QFile::exists(first.serverName()));

    QVERIFY(first.claim());
    SingleInstance later(testKey("stale"));
    QVERIFY(!later.claim());
    QSignalSpy activated(&first, &SingleInstance::activated);
    later.handOver({QStringLiteral("portfolio-links")});
    QTRY_COMPARE(activated.count(), 1);
#else
    QSKIP("a socket file is a Unix thing");
#endif
}

void TestSingleInstance::theLockIsFreeOnceTheFirstIsGone()
{
    {
        SingleInstance first(testKey("again"));
        QVERIFY(first.claim());
    }
    SingleInstance next(testKey("again"));
    QVERIFY(next.claim());
    // And it listens: a later start reaches it, not the one that quit.
    SingleInstance later(testKey("again"));
    QSignalSpy activated(&next, &SingleInstance::activated);
    later.handOver({QStringLiteral("portfolio-links")});
    QTRY_COMPARE(activated.count(), 1);
}

void TestSingleInstance::usersWithOtherDataFoldersDoNotMeet()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PortfolioLinks"));
    QCoreApplication::setApplicationName(QStringLiteral("portfolio-links"));
    qputenv("XDG_DATA_HOME", "/home/alice/.local/share");
    const QString alice = SingleInstance::userKey();
    qputenv("XDG_DATA_HOME", "/home/bob/.local/share");
    const QString bob = SingleInstance::userKey();
    QVERIFY(alice != bob);
    QVERIFY(alice.startsWith(QLatin1String("org.portfoliolinks.PortfolioLinks-")));
    qputenv("XDG_DATA_HOME", "/home/alice/.local/share");
    QCOMPARE(SingleInstance::userKey(), alice);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
