#include "UserFolders.h"

#include "session/Profiles.h"
#include "storage/Settings.h"

#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The list of server profiles: unique names as people read them, Persian
// included; add, rename, duplicate, remove; what is stored; and the single
// connection of earlier versions becoming a profile.
class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addNamesAfterTheHostUnlessNamed_data();
    void addNamesAfterTheHostUnlessNamed();
    void namesAreUniqueAsRead_data();
    void namesAreUniqueAsRead();
    void renameKeepsTheIdAndRefusesTaken_data();
    void renameKeepsTheIdAndRefusesTaken();
    void duplicateIsANewNonProductionProfile();
    void removeMovesCurrentOn();
    void savedAndLoadedBack();
    void singleConnectionBecomesAProfile();
    void nothingToMigrateOnAFirstRun();
    void migratesOnlyOnce();
    void legacyTokenServerUntilMoved();
};

void TestProfiles::init()
{
    keepOutOfUserFolders();
    QSettings().clear();
}

namespace {
Profile profileOf(const QString &server, const QString &name = {})
{
    Profile profile;
    profile.setServer(QUrl(server));
    profile.setName(name);
    return profile;
}
} // namespace

void TestProfiles::addNamesAfterTheHostUnlessNamed_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << u"https://portfolio.example.com/api/"_s << QString() << u"portfolio.example.com"_s;
    QTest::newRow("host and port") << u"http://127.0.0.1:8000/"_s << QString() << u"127.0.0.1:8000"_s;
    QTest::newRow("IDN host readable") << u"https://xn--mgbh0fb.xn--mgba3a4f16a/"_s << QString() << u"مثال.ایران"_s;
    QTest::newRow("given name, spaces tidied") << u"https://a.example/"_s << u"  Staging   server "_s
                                               << u"Staging server"_s;
    QTest::newRow("Persian name") << u"https://a.example/"_s << u"سرور آزمایشی"_s << u"سرور آزمایشی"_s;
}

void TestProfiles::addNamesAfterTheHostUnlessNamed()
{
    QFETCH(QString, server);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    Profiles profiles;
    const Profile added = profiles.add(profileOf(server, name));
    QCOMPARE(added.name(), expected);
    QCOMPARE(profiles.byId(added.id())->name(), expected);
    QCOMPARE(profiles.current()->id(), added.id()); // the first one is the one in use
}

void TestProfiles::namesAreUniqueAsRead_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("taken");
    QTest::newRow("same") << u"Staging"_s << u"Staging"_s << true;
    QTest::newRow("case") << u"Staging"_s << u"staging"_s << true;
    QTest::newRow("spaces") << u"Staging server"_s << u" Staging   server"_s << true;
    QTest::newRow("other") << u"Staging"_s << u"Production"_s << false;
    QTest::newRow("Arabic Yeh and Kaf") << u"سرور کاری"_s << u"سرور كاري"_s << true;
    QTest::newRow("ZWNJ or not") << u"می‌خواهم"_s << u"میخواهم"_s << true;
    QTest::newRow("Persian and ASCII digits") << u"سرور ۲"_s << u"سرور 2"_s << true;
    QTest::newRow("different Persian") << u"سرور اصلی"_s << u"سرور آزمایشی"_s << false;
    QTest::newRow("empty") << u"Staging"_s << u"   "_s << true; // refused, though not taken
}

void TestProfiles::namesAreUniqueAsRead()
{
    QFETCH(QString, existing);
    QFETCH(QString, typed);
    QFETCH(bool, taken);
    Profiles profiles;
    profiles.add(profileOf(u"https://a.example/"_s, existing));
    QCOMPARE(!profiles.nameProblem(typed).isEmpty(), taken);
    // Added anyway (a duplicate, a migration): given a name of its own.
    if (!typed.simplified().isEmpty()) {
        const Profile second = profiles.add(profileOf(u"https://b.example/"_s, typed));
        QCOMPARE(second.name() != typed.simplified(), taken);
        QVERIFY(profiles.nameProblem(second.name(), second.id()).isEmpty());
    }
}

void TestProfiles::renameKeepsTheIdAndRefusesTaken_data()
{
    QTest::addColumn<QString>("newName");
    QTest::addColumn<bool>("renamed");
    QTest::newRow("free name") << u"Live"_s << true;
    QTest::newRow("own name, other case") << u"STAGING"_s << true;
    QTest::newRow("Persian name") << u"سرور همکار"_s << true;
    QTest::newRow("the other's name") << u"production"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProfiles::renameKeepsTheIdAndRefusesTaken()
{
    QFETCH(QString, newName);
    QFETCH(bool, renamed);
    Profiles profiles;
    profiles.add(profileOf(u"https://example.com/"_s, u"Production"_s));
    const Profile staging = profiles.add(profileOf(u"https://staging.example.com/"_s, u"Staging"_s));
    QString problem;
    QCOMPARE(profiles.rename(staging.id(), newName, &problem), renamed);
    QCOMPARE(problem.isEmpty(), renamed);
    QCOMPARE(profiles.byId(staging.id())->name(), renamed ? newName : u"Staging"_s);
    QCOMPARE(profiles.byId(staging.id())->tokenKey(), staging.tokenKey());
}

void TestProfiles::duplicateIsANewNonProductionProfile()
{
    Profiles profiles;
    Profile production = profileOf(u"https://example.com/"_s, u"اصلی"_s);
    production.setProduction(true);
    production.setTimeout(12s);
    production.setMediaPath(u"/uploads/"_s);
    production = profiles.add(production);

    const std::optional<Profile> copy = profiles.duplicate(production.id());
    QVERIFY(copy);
    QVERIFY(copy->id() != production.id());
    QVERIFY(copy->tokenKey() != production.tokenKey()); // the token is not shared
    QCOMPARE(copy->server(), production.server());
    QCOMPARE(copy->timeout(), 12s);
    QCOMPARE(copy->mediaPath(), u"/uploads/"_s);
    QVERIFY(!copy->isProduction());
    QVERIFY(copy->name().contains(u"اصلی"_s));
    const std::optional<Profile> again = profiles.duplicate(production.id());
    QVERIFY(again->name() != copy->name());
    QCOMPARE(profiles.all().size(), 3);
    QVERIFY(!profiles.duplicate(u"no-such-id"_s));
}

void TestProfiles::removeMovesCurrentOn()
{
    Profiles profiles;
    const Profile first = profiles.add(profileOf(u"https://a.example/"_s));
    const Profile second = profiles.add(profileOf(u"https://b.example/"_s));
    profiles.setCurrent(second.id());
    profiles.remove(second.id());
    QVERIFY(!profiles.byId(second.id()));
    QCOMPARE(profiles.current()->id(), first.id());
    profiles.remove(first.id());
    QVERIFY(profiles.isEmpty());
    QVERIFY(!profiles.current());
}

void TestProfiles::savedAndLoadedBack()
{
    Profiles profiles;
    Profile live = profileOf(u"https://example.com/api/"_s, u"Live"_s);
    live.setProduction(true);
    live = profiles.add(live);
    Profile staging = profileOf(u"http://127.0.0.1:8000/"_s, u"آزمایشی"_s);
    staging.setTimeout(7s);
    staging.setMediaPath(QString());
    staging = profiles.add(staging);
    const Profile gone = profiles.add(profileOf(u"https://gone.example/"_s));
    profiles.setCurrent(staging.id());
    profiles.save();
    profiles.remove(gone.id());
    profiles.save();

    const Profiles loaded = Profiles::load();
    QCOMPARE(loaded.all(), (QList<Profile>{live, staging}));
    QCOMPARE(loaded.current()->id(), staging.id());
    QVERIFY(!QSettings().childGroups().isEmpty());
    QSettings settings;
    settings.beginGroup(u"profiles"_s);
    QVERIFY(!settings.childGroups().contains(gone.id())); // nothing of it left behind
    QVERIFY(settings.childGroups().contains(live.id()));
}

void TestProfiles::singleConnectionBecomesAProfile()
{
    Settings settings;
    settings.setServerUrl(QUrl(u"https://portfolio.example.com/"_s));
    settings.setMediaPath(u"/files/"_s);
    settings.setTimeout(17s);

    const Profiles profiles = Profiles::load();
    QCOMPARE(profiles.all().size(), 1);
    const Profile migrated = *profiles.current();
    QCOMPARE(migrated.name(), u"portfolio.example.com"_s);
    QCOMPARE(migrated.server(), QUrl(u"https://portfolio.example.com/"_s));
    QCOMPARE(migrated.mediaPath(), u"/files/"_s);
    QCOMPARE(migrated.timeout(), 17s);
    QVERIFY(migrated.isProduction());
    QCOMPARE(profiles.legacyTokenServer(migrated.id()), QUrl(u"https://portfolio.example.com/"_s));
    // Stored at once, under the keys the next start reads.
    QSettings stored;
    QCOMPARE(stored.value(u"profiles/order"_s).toStringList(), QStringList{migrated.id()});
    QCOMPARE(stored.value(u"profiles/current"_s).toString(), migrated.id());
    QCOMPARE(stored.value(u"profiles/%1/name"_s.arg(migrated.id())).toString(), u"portfolio.example.com"_s);
    QCOMPARE(stored.value(u"profiles/legacyToken/server"_s).toString(), u"https://portfolio.example.com/"_s);
}

void TestProfiles::nothingToMigrateOnAFirstRun()
{
    const Profiles profiles = Profiles::load();
    QVERIFY(profiles.isEmpty());
    QVERIFY(!profiles.current());
    QVERIFY(!QSettings().contains(u"profiles/order"_s));
}

void TestProfiles::migratesOnlyOnce()
{
    Settings().setServerUrl(QUrl(u"https://portfolio.example.com/"_s));
    Profiles first = Profiles::load();
    first.remove(first.current()->id());
    first.save();
    // The user removed it: it does not come back from the old setting.
    QVERIFY(Profiles::load().isEmpty());
}

void TestProfiles::legacyTokenServerUntilMoved()
{
    Settings().setServerUrl(QUrl(u"https://portfolio.example.com/"_s));
    Profiles profiles = Profiles::load();
    const QString id = profiles.current()->id();
    QVERIFY(profiles.legacyTokenServer(id));
    QVERIFY(!profiles.legacyTokenServer(u"other"_s));
    // Not moved yet (no keychain this time): asked again at the next start.
    QVERIFY(Profiles::load().legacyTokenServer(id));
    profiles.tokenMoved(id);
    profiles.save();
    QVERIFY(!Profiles::load().legacyTokenServer(id));
    QVERIFY(!QSettings().contains(u"profiles/legacyToken/server"_s));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "TestProfiles.moc"
