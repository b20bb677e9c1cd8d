#include "EventCounter.h"
#include "HistoryWindow.h"
#include "UserFolders.h"
#include "ViewportWidths.h"
#include "WorkerThreads.h"
#include "api/ApiClient.h"
#include "links/OutboxService.h"
#include "store/History.h"
#include "store/Outbox.h"

#include <QEvent>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

// The History window on a local database of three entries: it reads them
// on a worker once its first frame is painted, not while it is built and
// shown (on two cores, the worker reading thousands of entries took a
// processor from that frame: 6 of the 17 ms the window's opening stalled
// the event loop, waiting for one); then the newest is chosen, its whole
// row, in either layout direction.
class TestHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsItsEntriesOnceItsFirstFrameIsPainted();
    void keepsItsWidthAsItsEntriesArrive();
    void choosesTheNewestEntry_data();
    void choosesTheNewestEntry();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<OutboxService> m_service;
    QString m_profile;
};

namespace {

QTableView *tableOf(const HistoryWindow &window)
{
    return window.findChild<QTableView *>(u"table"_s);
}

} // namespace

void TestHistoryWindow::initTestCase()
{
    keepOutOfUserFolders();
}

void TestHistoryWindow::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_service = std::make_unique<OutboxService>(m_api.get(), m_folder->filePath(u"store.sqlite"_s));
    m_service->open();
    QVERIFY(m_service->store()->isAvailable());
    const QUrl server(u"https://portfolio.example.ir"_s);
    m_profile = Outbox::profileKey(server);
    for (int i = 0; i < 3; ++i) {
        HistoryEntry entry;
        entry.profile = m_profile;
        entry.server = server.toString();
        entry.portfolioId = 1;
        entry.linkId = i + 1;
        entry.operation = u"create"_s;
        entry.after = QJsonObject{{u"name"_s, u"پیوند %1"_s.arg(i + 1)}, {u"url"_s, u"https://example.com/%1"_s.arg(i + 1)}};
        QVERIFY(m_service->history()->record(entry));
    }
}

void TestHistoryWindow::cleanup()
{
    WorkerThreads::pool()->waitForDone();
    m_service.reset();
    m_api.reset();
    m_network.reset();
    m_folder.reset();
}

void TestHistoryWindow::readsItsEntriesOnceItsFirstFrameIsPainted()
{
    HistoryWindow window(m_service.get(), m_profile);
    QSignalSpy loaded(&window, &HistoryWindow::loaded);
    const EventCounter painted(&window, QEvent::Paint);
    connect(&window, &HistoryWindow::loaded, this, [&painted] { QVERIFY(painted.count() > 0); });
    // Built, and every worker's task and every answer handed over: no read yet.
    WorkerThreads::pool()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 0);
    QTableView *table = tableOf(window);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(painted.count() > 0);
    QCOMPARE(table->model()->rowCount(), 3);
}

// Its first frame is painted before the entries are read: the scroll bar
// the entries then need keeps its room from the start, so that the columns
// do not narrow under the reader's eyes as the rows arrive.
void TestHistoryWindow::keepsItsWidthAsItsEntriesArrive()
{
    for (int i = 0; i < 60; ++i) {
        HistoryEntry entry;
        entry.profile = m_profile;
        entry.server = u"https://portfolio.example.ir"_s;
        entry.portfolioId = 1;
        entry.linkId = 100 + i;
        entry.operation = u"delete"_s;
        QVERIFY(m_service->history()->record(entry));
    }
    HistoryWindow window(m_service.get(), m_profile);
    QTableView *table = tableOf(window);
    QVERIFY(table);
    const ViewportWidths painted(table->objectName());
    QSignalSpy loaded(&window, &HistoryWindow::loaded);
    window.resize(700, 300); // fewer rows on screen than the entries
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(loaded.size(), 1);
    QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0);
    const qsizetype paintsBefore = painted.widths.size();
    table->viewport()->update();
    QTRY_VERIFY(painted.widths.size() > paintsBefore);
    for (const int width : painted.widths)
        QCOMPARE(width, table->viewport()->width());
}

void TestHistoryWindow::choosesTheNewestEntry_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    // Its columns wider than the window: QTableView::selectRow() chose nothing there.
    QTest::newRow("right to left (Persian)") << Qt::RightToLeft;
}

void TestHistoryWindow::choosesTheNewestEntry()
{
    QFETCH(Qt::LayoutDirection, direction);
    HistoryWindow window(m_service.get(), m_profile);
    window.setLayoutDirection(direction);
    QSignalSpy loaded(&window, &HistoryWindow::loaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(loaded.size(), 1);

    // Newest first, and chosen, its whole row: the keyboard acts on it at once.
    QTableView *table = tableOf(window);
    QVERIFY(table->model()->index(0, 2).data().toString().contains(u"پیوند 3"_s));
    QCOMPARE(table->currentIndex().row(), 0);
    const QModelIndexList chosen = table->selectionModel()->selectedRows();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().row(), 0);
}

QTEST_MAIN(TestHistoryWindow)
#include "TestHistoryWindow.moc"
