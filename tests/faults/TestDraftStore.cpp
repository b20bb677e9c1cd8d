#include "storage/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// A draft that cannot be written is reported, not only logged, and written
// as soon as the disk lets it. The folder is blocked by a regular file where
// it should be: that stops root too, whom a read-only mode does not.
class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aWrittenDraftIsReportedSaved();
    void aSendOfUnknownOutcomeIsKeptWithItsDraft();
    void aBlockedFolderIsReportedAndRetried();
    void theNextSaveAlsoRetries();
    void eachServerHasItsOwnDraft();
    void oneServerHowEverItIsWritten_data();
    void oneServerHowEverItIsWritten();
    void aDraftWithoutServerGoesToTheFirstServer();

private:
    FormDraft draft(const QString &name) const;
    bool blockFolder();

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_folder;
};

void TestDraftStore::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_folder = m_home->filePath(QStringLiteral("portfolio-links"));
}

FormDraft TestDraftStore::draft(const QString &name) const
{
    return {QStringLiteral("۳"), name, QStringLiteral("نمونه.ایران/دمو"), QStringLiteral("خط اول\nخط دوم"), {}, {}, {}, {}};
}

bool TestDraftStore::blockFolder()
{
    QFile blocker(m_folder);
    return blocker.open(QIODevice::WriteOnly) && blocker.write("not a folder") > 0;
}

void TestDraftStore::aWrittenDraftIsReportedSaved()
{
    DraftStore store(m_folder);
    QSignalSpy saved(&store, &DraftStore::saved);
    QSignalSpy failed(&store, &DraftStore::saveFailed);
    store.save(draft(QStringLiteral("نوشته شد")));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(store.load().result(), draft(QStringLiteral("نوشته شد")));
}

// What the next start needs to ask the server before sending again: the
// draft as sent, the newest id before it, and the form as it was then.
void TestDraftStore::aSendOfUnknownOutcomeIsKeptWithItsDraft()
{
    FormDraft edited = draft(QStringLiteral("نام پس از ارسال"));
    UnresolvedCreate unresolved;
    unresolved.sent.portfolioId = 3;
    unresolved.sent.name = QStringLiteral("نام فرستاده");
    unresolved.sent.url = QStringLiteral("https://example.com/sent");
    unresolved.sent.imageId = 12;
    unresolved.newestIdBefore = 41;
    unresolved.sentForm = draft(QStringLiteral("نام فرستاده")).toJson();
    edited.unresolvedCreate = unresolved;
    DraftStore store(m_folder);
    QSignalSpy saved(&store, &DraftStore::saved);
    store.save(edited);
    QTRY_COMPARE(saved.count(), 1);
    const FormDraft loaded = store.load().result();
    QVERIFY(loaded.unresolvedCreate.has_value());
    QCOMPARE(loaded.unresolvedCreate->sent.name, unresolved.sent.name);
    QCOMPARE(loaded.unresolvedCreate->sent.imageId, unresolved.sent.imageId);
    QCOMPARE(loaded.unresolvedCreate->newestIdBefore, unresolved.newestIdBefore);
    QCOMPARE(FormDraft::fromJson(loaded.unresolvedCreate->sentForm), draft(QStringLiteral("نام فرستاده")));
    QCOMPARE(loaded, edited);

    // Not learnt before that send: the check then asks the person about identical links.
    unresolved.newestIdBefore.reset();
    edited.unresolvedCreate = unresolved;
    store.save(edited);
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(store.load().result(), edited);
}

void TestDraftStore::aBlockedFolderIsReportedAndRetried()
{
    QVERIFY(blockFolder());
    DraftStore store(m_folder);
    QSignalSpy saved(&store, &DraftStore::saved);
    QSignalSpy failed(&store, &DraftStore::saveFailed);
    store.save(draft(QStringLiteral("در خطر")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(saved.count(), 0);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(QDir::toNativeSeparators(m_folder)), qPrintable(reason));

    // Nothing else is saved meanwhile; the store tries again by itself.
    QVERIFY(QFile::remove(m_folder));
    store.setRetryInterval(10ms);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(store.load().result(), draft(QStringLiteral("در خطر")));
}

void TestDraftStore::theNextSaveAlsoRetries()
{
    QVERIFY(blockFolder());
    DraftStore store(m_folder);
    QSignalSpy saved(&store, &DraftStore::saved);
    QSignalSpy failed(&store, &DraftStore::saveFailed);
    store.save(draft(QStringLiteral("اول")));
    QTRY_COMPARE(failed.count(), 1);

    QVERIFY(QFile::remove(m_folder));
    store.save(draft(QStringLiteral("دوم")));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(store.load().result(), draft(QStringLiteral("دوم")));
}

void TestDraftStore::eachServerHasItsOwnDraft()
{
    // Portfolio 3 of one server is not portfolio 3 of the other.
    const QUrl first(QStringLiteral("https://links.example.ir/api/"));
    const QUrl second(QStringLiteral("https://staging.example.ir/api/"));
    DraftStore store(m_folder);
    QSignalSpy saved(&store, &DraftStore::saved);
    store.setServer(first);
    store.save(draft(QStringLiteral("برای اولی")));
    QTRY_COMPARE(saved.count(), 1);

    store.setServer(second);
    QCOMPARE(store.load().result(), FormDraft());
    store.save(draft(QStringLiteral("برای دومی")));
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(store.path() != DraftStore::pathFor(first, m_folder));

    store.setServer(first);
    QCOMPARE(store.load().result(), draft(QStringLiteral("برای اولی")));
    store.clear();
    QTRY_COMPARE(saved.count(), 3);
    QCOMPARE(store.load().result(), FormDraft());
    store.setServer(second);
    QCOMPARE(store.load().result(), draft(QStringLiteral("برای دومی")));
}

void TestDraftStore::oneServerHowEverItIsWritten_data()
{
    QTest::addColumn<QUrl>("saved");
    QTest::addColumn<QUrl>("loaded");
    QTest::addColumn<bool>("same");
    const QUrl server(QStringLiteral("https://links.example.ir/api/"));
    QTest::newRow("no trailing slash") << server << QUrl(QStringLiteral("https://links.example.ir/api")) << true;
    QTest::newRow("host in capitals") << server << QUrl(QStringLiteral("https://LINKS.example.ir/api/")) << true;
    QTest::newRow("root with and without slash") << QUrl(QStringLiteral("https://links.example.ir")) << QUrl(QStringLiteral("https://links.example.ir/")) << true;
    QTest::newRow("default port written") << server << QUrl(QStringLiteral("https://links.example.ir:443/api/")) << true;
    QTest::newRow("other port") << server << QUrl(QStringLiteral("https://links.example.ir:8443/api/")) << false;
    QTest::newRow("other scheme") << server << QUrl(QStringLiteral("http://links.example.ir/api/")) << false;
    QTest::newRow("other prefix") << server << QUrl(QStringLiteral("https://links.example.ir/v2/")) << false;
    QTest::newRow("Persian host") << QUrl(QStringLiteral("https://نمونه.ایران/")) << QUrl(QStringLiteral("https://xn--hhbbbed.xn--mgba3a4f16a/")) << true;
}

void TestDraftStore::oneServerHowEverItIsWritten()
{
    QFETCH(QUrl, saved);
    QFETCH(QUrl, loaded);
    QFETCH(bool, same);
    DraftStore store(m_folder);
    QSignalSpy written(&store, &DraftStore::saved);
    store.setServer(saved);
    store.save(draft(QStringLiteral("یکی")));
    QTRY_COMPARE(written.count(), 1);
    store.setServer(loaded);
    QCOMPARE(store.load().result() == draft(QStringLiteral("یکی")), same);
}

void TestDraftStore::aDraftWithoutServerGoesToTheFirstServer()
{
    // Typed before any server was set, or by a version with one draft for all servers.
    DraftStore store(m_folder);
    QSignalSpy saved(&store, &DraftStore::saved);
    store.save(draft(QStringLiteral("بی‌سرور")));
    QTRY_COMPARE(saved.count(), 1);

    const QUrl first(QStringLiteral("https://links.example.ir/"));
    store.setServer(first);
    QCOMPARE(store.load().result(), draft(QStringLiteral("بی‌سرور")));
    QVERIFY(!QFile::exists(DraftStore::pathFor(QUrl(), m_folder)));
    QVERIFY(QFile::exists(DraftStore::pathFor(first, m_folder)));
    store.setServer(QUrl(QStringLiteral("https://staging.example.ir/")));
    QCOMPARE(store.load().result(), FormDraft());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
