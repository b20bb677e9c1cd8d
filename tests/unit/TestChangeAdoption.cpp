#include "links/ChangeAdoption.h"
#include "session/Profiles.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Which profile's token sends a change kept before changes were kept per
// profile: the first profile of its server, and only a server's own
// changes ever move; a profile's stay its own, even when it is gone.
class TestChangeAdoption : public QObject
{
    Q_OBJECT

private slots:
    void aServersOwnChangesGoToItsFirstProfile_data();
    void aServersOwnChangesGoToItsFirstProfile();
};

namespace {
const QUrl staging(u"http://127.0.0.1:8000/api/"_s);

Profile profileOf(const QString &name, const QUrl &server)
{
    Profile profile;
    profile.setName(name);
    profile.setServer(server);
    return profile;
}
} // namespace

void TestChangeAdoption::aServersOwnChangesGoToItsFirstProfile_data()
{
    QTest::addColumn<QString>("kept"); // the key the rows were written under; %1 and %2 stand for the two staging profiles' ids
    QTest::addColumn<QString>("owner"); // the key they belong to after
    const QString stagingKey = Outbox::profileKey(staging);
    QTest::addRow("a server's own, from before profiles: its first profile's")
        << stagingKey << Outbox::profileKey(staging, u"%1"_s);
    QTest::addRow("a server's own, written with a different spelling of its address")
        << Outbox::profileKey(QUrl(u"http://127.0.0.1:8000/api"_s)) << Outbox::profileKey(staging, u"%1"_s);
    QTest::addRow("a server no profile has: stays the server's")
        << Outbox::profileKey(QUrl(u"http://10.0.0.5:8000/"_s)) << Outbox::profileKey(QUrl(u"http://10.0.0.5:8000/"_s));
    QTest::addRow("the second profile's own: never the first's")
        << Outbox::profileKey(staging, u"%2"_s) << Outbox::profileKey(staging, u"%2"_s);
    QTest::addRow("a removed profile's: never another person's")
        << Outbox::profileKey(staging, u"removed"_s) << Outbox::profileKey(staging, u"removed"_s);
    QTest::addRow("a profile's from before it was given another address: waits for it")
        << Outbox::profileKey(QUrl(u"https://old.example/"_s), u"%1"_s)
        << Outbox::profileKey(QUrl(u"https://old.example/"_s), u"%1"_s);
}

void TestChangeAdoption::aServersOwnChangesGoToItsFirstProfile()
{
    QFETCH(QString, kept);
    QFETCH(QString, owner);
    Profiles profiles;
    const Profile first = profiles.add(profileOf(u"Staging"_s, staging));
    profiles.add(profileOf(u"سرور اصلی"_s, QUrl(u"https://portfolio.example/"_s)));
    const Profile second = profiles.add(profileOf(u"آزمایشی مریم"_s, QUrl(u"http://127.0.0.1:8000/api"_s)));
    kept = kept.arg(first.id(), second.id());
    owner = owner.arg(first.id(), second.id());

    QTemporaryDir dir;
    LocalStore store(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store.open());
    History history(&store);
    Outbox outbox(&store, &history);
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = u"پیوند منتظر"_s;
    QVERIFY(outbox.add(OutboxItem::create(kept, staging, draft)) > 0);
    HistoryEntry entry;
    entry.profile = kept;
    entry.server = staging.toString();
    entry.portfolioId = 1;
    entry.linkId = 7;
    entry.operation = u"create"_s;
    QVERIFY(history.record(entry));

    const int moved = ChangeAdoption(profiles).apply(store.connection());
    QCOMPARE(moved, kept == owner ? 0 : 2); // the change and its history entry
    outbox.load();
    QCOMPARE(outbox.items().size(), 1);
    QCOMPARE(outbox.items().first().profile, owner);
    QFuture<QList<HistoryEntry>> entries = history.entries({});
    entries.waitForFinished();
    QCOMPARE(entries.result().size(), 1);
    QCOMPARE(entries.result().first().profile, owner);
    // Nothing to adopt without profiles.
    QCOMPARE(ChangeAdoption().apply(store.connection()), 0);
}

QTEST_GUILESS_MAIN(TestChangeAdoption)
#include "TestChangeAdoption.moc"
