#include "HistoryWindow.h"
#include "UserFolders.h"
#include "api/ApiClient.h"
#include "links/OutboxService.h"
#include "store/History.h"
#include "store/Outbox.h"

#include <QEvent>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

// The History reads its entries on a worker once its first frame is
// painted, not while it is being built and shown: on two cores, the worker
// reading thousands of entries took a processor from that frame (6 of the
// 17 ms the window's opening stalled the event loop, waiting for one).
class TestHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsItsEntriesOnceItsFirstFrameIsPainted();
};

namespace {

// Whether the watched widget has been painted.
class PaintSeen : public QObject
{
public:
    explicit PaintSeen(QWidget *widget)
    {
        widget->installEventFilter(this);
    }
    bool seen = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            seen = true;
        return false;
    }
};

} // namespace

void TestHistoryWindow::initTestCase()
{
    keepOutOfUserFolders();
}

void TestHistoryWindow::readsItsEntriesOnceItsFirstFrameIsPainted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QNetworkAccessManager network;
    ApiClient api(&network);
    OutboxService service(&api, dir.filePath(u"store.sqlite"_s));
    service.open();
    QVERIFY(service.store()->isAvailable());
    const QUrl server(u"https://portfolio.example.ir"_s);
    const QString profile = Outbox::profileKey(server);
    for (int i = 0; i < 3; ++i) {
        HistoryEntry entry;
        entry.profile = profile;
        entry.server = server.toString();
        entry.portfolioId = 1;
        entry.linkId = i + 1;
        entry.operation = u"create"_s;
        entry.after = QJsonObject{{u"name"_s, u"پیوند %1"_s.arg(i + 1)}, {u"url"_s, u"https://example.com/%1"_s.arg(i + 1)}};
        QVERIFY(service.history()->record(entry));
    }

    HistoryWindow window(&service, profile);
    QSignalSpy loaded(&window, &HistoryWindow::loaded);
    PaintSeen painted(&window);
    connect(&window, &HistoryWindow::loaded, this, [&painted] { QVERIFY(painted.seen); });
    // Built, and every worker's task and every answer handed over: no read yet.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 0);
    auto *table = window.findChild<QTableView *>(u"table"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(painted.seen);
    QCOMPARE(table->model()->rowCount(), 3);
    // Newest first: the last recorded, link 3, on top.
    QVERIFY(table->model()->index(0, 2).data().toString().contains(u"پیوند 3"_s));
}

QTEST_MAIN(TestHistoryWindow)
#include "TestHistoryWindow.moc"
