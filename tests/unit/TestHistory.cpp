#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The history: filtered as people search (Persian letters and digits
// normalised), exported to a CSV a spreadsheet opens with Persian intact,
// and every outbox item that ends recorded.
class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void searchIsPersianNormalised_data();
    void searchIsPersianNormalised();
    void filtersByProfileAndPortfolio();
    void csvHasBomPersianAndNoFormulas();
    void discardingACreateDiscardsWhatWaitedForIt();

private:
    QList<HistoryEntry> entries(const History::Filter &filter);
    void add(const QString &profile, qint64 portfolio, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<History> m_history;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY(m_store->open());
    m_history = std::make_unique<History>(m_store.get());
    add(QStringLiteral("https://a.example"), 1, QStringLiteral("طراحی سایت علی"));
    add(QStringLiteral("https://a.example"), 2, QStringLiteral("Logo ۲۰۲۴"));
    add(QStringLiteral("https://b.example"), 1, QStringLiteral("می‌خواهم"));
}

void TestHistory::cleanup()
{
    m_history.reset();
    m_store.reset();
}

void TestHistory::add(const QString &profile, qint64 portfolio, const QString &name)
{
    HistoryEntry entry;
    entry.profile = profile;
    entry.server = profile + QStringLiteral("/api/");
    entry.portfolioId = portfolio;
    entry.linkId = portfolio * 100;
    entry.operation = QStringLiteral("create");
    entry.after = QJsonObject{{QStringLiteral("name"), name}};
    QVERIFY(m_history->record(entry));
}

QList<HistoryEntry> TestHistory::entries(const History::Filter &filter)
{
    QFuture<QList<HistoryEntry>> future = m_history->entries(filter);
    future.waitForFinished(); // a test's own wait: the product never blocks on it
    return future.result();
}

void TestHistory::searchIsPersianNormalised_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("found");

    QTest::newRow("Arabic Yeh finds Persian Yeh") << QStringLiteral("علي") << 1;
    QTest::newRow("without ZWNJ finds with it") << QStringLiteral("میخواهم") << 1;
    QTest::newRow("ASCII digits find Persian ones") << QStringLiteral("2024") << 1;
    QTest::newRow("case folded") << QStringLiteral("LOGO") << 1;
    QTest::newRow("nothing") << QStringLiteral("absent") << 0;
    QTest::newRow("empty finds all") << QString() << 3;
}

void TestHistory::searchIsPersianNormalised()
{
    QFETCH(QString, search);
    QFETCH(int, found);
    History::Filter filter;
    filter.text = search;
    QCOMPARE(entries(filter).size(), found);
}

void TestHistory::filtersByProfileAndPortfolio()
{
    History::Filter filter;
    filter.profile = QStringLiteral("https://a.example");
    const QList<HistoryEntry> ofA = entries(filter);
    QCOMPARE(ofA.size(), 2);
    QCOMPARE(ofA.first().portfolioId, 2); // newest first
    filter.portfolioId = 1;
    QCOMPARE(entries(filter).size(), 1);
}

void TestHistory::csvHasBomPersianAndNoFormulas()
{
    add(QStringLiteral("https://a.example"), 3, QStringLiteral("=HYPERLINK(\"x\")"));
    const QString path = m_dir->filePath(QStringLiteral("history.csv"));
    QFuture<bool> written = History::exportCsv(entries({}), path);
    written.waitForFinished();
    QVERIFY(written.result());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains(QStringLiteral("طراحی سایت علی")));
    QVERIFY(text.contains(QStringLiteral("می‌خواهم"))); // ZWNJ kept
    QCOMPARE(text.count(QStringLiteral("\r\n")), 5);
    // Every field quoted: a JSON field starting with "=" would still be text.
    QVERIFY(!text.contains(QStringLiteral(",\"=")));
}

void TestHistory::discardingACreateDiscardsWhatWaitedForIt()
{
    Outbox outbox(m_store.get(), m_history.get());
    const QUrl server(QStringLiteral("https://a.example/api/"));
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = QStringLiteral("never created");
    const qint64 create = outbox.add(OutboxItem::create(Outbox::profileKey(server), server, draft));
    Link pending;
    pending.name = draft.name;
    LinkDraft edited = draft;
    edited.description = QStringLiteral("more");
    OutboxItem edit = OutboxItem::edit(Outbox::profileKey(server), server, LinkPatch::between(draft, edited, 0), pending);
    edit.dependsOn = create;
    outbox.add(edit);
    QCOMPARE(outbox.items().size(), 2);

    outbox.drop(create, HistoryEntry::Outcome::Discarded, QStringLiteral("deleted before it reached the server"));
    QVERIFY(outbox.items().isEmpty());
    History::Filter filter;
    filter.text = QStringLiteral("never created");
    const QList<HistoryEntry> recorded = entries(filter);
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded.first().outcome, HistoryEntry::Outcome::Discarded);
    QCOMPARE(recorded.first().detail, QStringLiteral("deleted before it reached the server"));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "TestHistory.moc"
