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
    void aBlockedFolderIsReportedAndRetried();
    void theNextSaveAlsoRetries();

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
    return {QStringLiteral("۳"), name, QStringLiteral("نمونه.ایران/دمو"), QStringLiteral("خط اول\nخط دوم"), {}, {}, {}};
}

bool TestDraftStore::blockFolder()
{
    QFile blocker(m_folder);
    return blocker.open(QIODevice::WriteOnly) && blocker.write("not a folder") > 0;
}

void TestDraftStore::aWrittenDraftIsReportedSaved()
{
    DraftStore store(m_folder + QStringLiteral("/draft.json"));
    QSignalSpy saved(&store, &DraftStore::saved);
    QSignalSpy failed(&store, &DraftStore::saveFailed);
    store.save(draft(QStringLiteral("نوشته شد")));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(store.load().result(), draft(QStringLiteral("نوشته شد")));
}

void TestDraftStore::aBlockedFolderIsReportedAndRetried()
{
    QVERIFY(blockFolder());
    DraftStore store(m_folder + QStringLiteral("/draft.json"));
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
    DraftStore store(m_folder + QStringLiteral("/draft.json"));
    QSignalSpy saved(&store, &DraftStore::saved);
    QSignalSpy failed(&store, &DraftStore::saveFailed);
    store.save(draft(QStringLiteral("اول")));
    QTRY_COMPARE(failed.count(), 1);

    QVERIFY(QFile::remove(m_folder));
    store.save(draft(QStringLiteral("دوم")));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(store.load().result(), draft(QStringLiteral("دوم")));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
