#include "UserFolders.h"

#include "session/Profiles.h"
#include "storage/Settings.h"
#include "storage/SettingsWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Settings written by the SettingsWriter: read back at once, written by its
// worker in batches, and all on disk once it is gone (the application quit).
class TestSettingsWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pendingChangesAreReadBackBeforeTheDisk();
    void aBatchReachesTheDisk();
    void laterBatchesReplaceEarlierOnes();
    void quittingWritesWhatIsPending_data();
    void quittingWritesWhatIsPending();
    void profilesAreWrittenByTheWriterToo();
    void withoutAWriterSettingsWriteThemselves();

private:
    // The settings file as a later start reads it: a copy, so that nothing
    // this process holds in memory answers instead of the disk.
    std::unique_ptr<QSettings> afterRestart();

    QTemporaryDir m_copies;
    int m_copy = 0;
};

namespace {
const QUrl server(u"https://portfolio.example/"_s);
} // namespace

void TestSettingsWriter::initTestCase()
{
    keepOutOfUserFolders();
    QCoreApplication::setOrganizationName(u"portfolio-links-tests"_s);
    QCoreApplication::setApplicationName(u"TestSettingsWriter"_s);
    QVERIFY(m_copies.isValid());
}

void TestSettingsWriter::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

std::unique_ptr<QSettings> TestSettingsWriter::afterRestart()
{
    const QString copy = m_copies.filePath(u"settings-%1.conf"_s.arg(++m_copy));
    QFile::copy(QSettings().fileName(), copy);
    return std::make_unique<QSettings>(copy, QSettings::IniFormat);
}

void TestSettingsWriter::pendingChangesAreReadBackBeforeTheDisk()
{
    SettingsWriter writer;
    writer.setDelay(1h); // nothing reaches the disk during this test
    Settings().setLastPortfolio(42);
    Settings().setPortfolioName(server, 42, u"نمونه‌کارها"_s);
    QCOMPARE(Settings().lastPortfolio(), 42);
    QCOMPARE(Settings().portfolioName(server, 42), u"نمونه‌کارها"_s);
    QVERIFY(!afterRestart()->contains(u"form/lastPortfolio"_s));
    // A removal is read back as the default, before the disk knows.
    Settings().setPortfolioName(server, 42, QString());
    QCOMPARE(Settings().portfolioName(server, 42), QString());
    QVERIFY(writer.pending(u"form/lastPortfolio"_s).has_value());
}

void TestSettingsWriter::aBatchReachesTheDisk()
{
    SettingsWriter writer;
    writer.setDelay(0ms);
    QSignalSpy written(&writer, &SettingsWriter::written);
    Settings settings;
    settings.setLastPortfolio(7);
    settings.rememberPortfolio(server, 7, 120);
    QVERIFY(written.wait());
    QCOMPARE(written.count(), 1); // both in one batch
    QVERIFY(!writer.pending(u"form/lastPortfolio"_s).has_value());
    QCOMPARE(afterRestart()->value(u"form/lastPortfolio"_s).toLongLong(), 7);
    QCOMPARE(Settings().recentPortfolios(server).value(0).linkCount, 120);
}

void TestSettingsWriter::laterBatchesReplaceEarlierOnes()
{
    SettingsWriter writer;
    writer.setDelay(1h);
    Settings().setLastPortfolio(1);
    writer.flush();
    QCOMPARE(afterRestart()->value(u"form/lastPortfolio"_s).toLongLong(), 1);
    Settings().setLastPortfolio(2);
    QCOMPARE(Settings().lastPortfolio(), 2);
    writer.flush();
    QCOMPARE(afterRestart()->value(u"form/lastPortfolio"_s).toLongLong(), 2);
    QCOMPARE(Settings().lastPortfolio(), 2);
}

void TestSettingsWriter::quittingWritesWhatIsPending_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Latin") << u"Agency work"_s;
    QTest::newRow("Persian with ZWNJ") << u"نمونه‌کارهای ۱۴۰۳"_s;
    QTest::newRow("Persian and Latin mixed") << u"پروژه‌های Web"_s;
}

void TestSettingsWriter::quittingWritesWhatIsPending()
{
    QFETCH(QString, name);
    auto writer = std::make_unique<SettingsWriter>();
    writer->setDelay(1h);
    QCOMPARE(SettingsWriter::current(), writer.get());
    Settings().setPortfolioName(server, 5, name);
    Settings().setLastPortfolio(5);
    writer.reset(); // as main() ends
    QCOMPARE(SettingsWriter::current(), nullptr);
    const std::unique_ptr<QSettings> restarted = afterRestart();
    QCOMPARE(restarted->value(u"form/lastPortfolio"_s).toLongLong(), 5);
    // The key's server part is Settings' business: the name's key is found by its end.
    const QStringList keys = restarted->allKeys();
    const auto nameKey = std::find_if(keys.cbegin(), keys.cend(),
                                      [](const QString &key) { return key.endsWith(u"/portfolioNames/5"_s); });
    QVERIFY(nameKey != keys.cend());
    QCOMPARE(restarted->value(*nameKey).toString(), name);
}

// Switching profiles saves them: that write, too, leaves the disk to the
// worker, and the profiles read back at once are the ones just saved.
void TestSettingsWriter::profilesAreWrittenByTheWriterToo()
{
    SettingsWriter writer;
    writer.setDelay(1h);
    Profiles profiles;
    Profile production;
    production.setName(u"Production"_s);
    production.setServer(server);
    production.setProduction(true);
    const QString productionId = profiles.add(production).id();
    Profile staging;
    staging.setName(u"سرور آزمایشی"_s);
    staging.setServer(QUrl(u"https://staging.portfolio.example/"_s));
    const QString stagingId = profiles.add(staging).id();
    profiles.setCurrent(stagingId);
    profiles.save();
    QVERIFY(!afterRestart()->contains(u"profiles/order"_s));
    QCOMPARE(Profiles::load().all().size(), 2);
    QCOMPARE(Profiles::load().current()->name(), u"سرور آزمایشی"_s);
    writer.flush();
    QCOMPARE(afterRestart()->value(u"profiles/order"_s).toStringList(), QStringList({productionId, stagingId}));

    // A removed profile: gone when read back before the disk knows, and its keys gone from the disk after.
    profiles.remove(stagingId);
    profiles.setCurrent(productionId);
    profiles.save();
    QCOMPARE(Profiles::load().all().size(), 1);
    QVERIFY(!Profiles::load().byId(stagingId));
    QCOMPARE(Profiles::load().current()->id(), productionId);
    writer.flush();
    const std::unique_ptr<QSettings> restarted = afterRestart();
    QCOMPARE(restarted->value(u"profiles/order"_s).toStringList(), QStringList{productionId});
    const QStringList keys = restarted->allKeys();
    QVERIFY2(std::none_of(keys.cbegin(), keys.cend(), [&](const QString &key) { return key.contains(stagingId); }),
             qPrintable(keys.join(u", "_s)));
}

void TestSettingsWriter::withoutAWriterSettingsWriteThemselves()
{
    QCOMPARE(SettingsWriter::current(), nullptr);
    Settings().setLastPortfolio(9);
    QCOMPARE(afterRestart()->value(u"form/lastPortfolio"_s).toLongLong(), 9);
}

QTEST_GUILESS_MAIN(TestSettingsWriter)

#include "TestSettingsWriter.moc"
