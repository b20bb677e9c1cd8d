#include "links/HistoryModel.h"
#include "links/OutboxModel.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

// The Outbox and History windows' models, checked by Qt's model tester
// while items come, change and go.
class TestOutboxModels : public QObject
{
    Q_OBJECT

private slots:
    void outboxModelFollowsTheOutbox();
    void historyModelShowsEntries();
};

void TestOutboxModels::outboxModelFollowsTheOutbox()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(store.open());
    History history(&store);
    Outbox outbox(&store, &history);
    const QUrl server(QStringLiteral("https://a.example/api/"));
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = QStringLiteral("اول");
    outbox.add(OutboxItem::create(server, draft));

    OutboxModel model(&outbox);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    draft.name = QStringLiteral("second");
    const qint64 second = outbox.add(OutboxItem::create(server, draft));
    QCOMPARE(model.rowCount(), 2);
    OutboxItem changed = *outbox.item(second);
    changed.state = OutboxItem::State::NeedsAttention;
    changed.lastError = QStringLiteral("name: This field may not be blank.\nmore");
    outbox.update(changed);
    QCOMPARE(model.index(1, OutboxModel::StateColumn).data().toString(), OutboxModel::tr("Needs attention"));
    QCOMPARE(model.index(1, OutboxModel::ErrorColumn).data().toString(), QStringLiteral("name: This field may not be blank."));
    QCOMPARE(model.index(1, OutboxModel::NextRetryColumn).data().toString(), QString());
    QCOMPARE(model.index(0, OutboxModel::NextRetryColumn).data().toString(), OutboxModel::tr("Now"));
    outbox.drop(outbox.items().first().id, HistoryEntry::Outcome::Discarded, QStringLiteral("user"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0)->id, second);
}

void TestOutboxModels::historyModelShowsEntries()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryEntry deleted;
    deleted.operation = OutboxItem::operationKey(OutboxItem::Operation::Delete);
    deleted.linkId = 42;
    deleted.portfolioId = 3;
    deleted.before = QJsonObject{{QStringLiteral("name"), QStringLiteral("حذف‌شده")}};
    HistoryEntry refused = deleted;
    refused.outcome = HistoryEntry::Outcome::Failed;
    model.setEntries({deleted, refused});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, HistoryModel::LinkColumn).data().toString().contains(QStringLiteral("حذف‌شده")));
    QVERIFY(HistoryModel::canRestore(*model.entry(0)));
    QVERIFY(!HistoryModel::canRestore(*model.entry(1)));
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestOutboxModels)
#include "TestOutboxModels.moc"
