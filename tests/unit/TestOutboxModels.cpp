#include "links/HistoryModel.h"
#include "links/OutboxModel.h"
#include "links/ServerNames.h"
#include "model/Link.h"
#include "session/Profiles.h"
#include "text/PersianText.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

// The Outbox and History windows' models, checked by Qt's model tester
// while items come, change and go; and the count of the changes waiting
// that the status bar shows.
class TestOutboxModels : public QObject
{
    Q_OBJECT

private slots:
    void outboxModelFollowsTheOutbox();
    void anotherProfilesChangesWaitForIt();
    void aWritersOwnAttemptIsNotCountedAsWaiting();
    void aDeleteInItsUndoWindowIsHeldNotSent();
    void historyModelShowsEntries();
    void historyFieldsAreNamedAsTheFormNamesThem_data();
    void historyFieldsAreNamedAsTheFormNamesThem();
    void serversAreShownByTheirProfiles();
    void aServersMarkupIsNeverATooltipsMarkup();
};

namespace {
// An outbox on a database of its own, gone with it.
struct OutboxInAFile
{
    OutboxInAFile()
        : store(dir.filePath(QStringLiteral("store.sqlite")))
        , history(&store)
        , outbox(&store, &history)
    {
        store.open();
    }

    QTemporaryDir dir;
    LocalStore store;
    History history;
    Outbox outbox;
};
} // namespace

void TestOutboxModels::outboxModelFollowsTheOutbox()
{
    OutboxInAFile file;
    QVERIFY(file.store.isAvailable());
    Outbox &outbox = file.outbox;
    const QUrl server(QStringLiteral("https://a.example/api/"));
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = QStringLiteral("اول");
    outbox.add(OutboxItem::create(Outbox::profileKey(server), server, draft));

    OutboxModel model(&outbox);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    draft.name = QStringLiteral("second");
    const qint64 second = outbox.add(OutboxItem::create(Outbox::profileKey(server), server, draft));
    QCOMPARE(model.rowCount(), 2);
    OutboxItem changed = *outbox.item(second);
    changed.state = OutboxItem::State::NeedsAttention;
    changed.lastError = QStringLiteral("name: This field may not be blank.\nmore");
    outbox.update(changed);
    QCOMPARE(model.index(1, OutboxModel::StateColumn).data().toString(), OutboxModel::tr("Needs attention"));
    // Its lines on one line: the column is one line high.
    QCOMPARE(model.index(1, OutboxModel::ErrorColumn).data().toString(), QStringLiteral("name: This field may not be blank. more"));
    QCOMPARE(model.index(1, OutboxModel::NextRetryColumn).data().toString(), QString());
    QCOMPARE(model.index(0, OutboxModel::NextRetryColumn).data().toString(), OutboxModel::tr("Now"));
    outbox.drop(outbox.items().first().id, HistoryEntry::Outcome::Discarded, QStringLiteral("user"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0)->id, second);
}

void TestOutboxModels::anotherProfilesChangesWaitForIt()
{
    OutboxInAFile file;
    QVERIFY(file.store.isAvailable());
    Outbox &outbox = file.outbox;
    const QUrl server(QStringLiteral("http://127.0.0.1:8000/"));
    const QString mine = Outbox::profileKey(server, QStringLiteral("mine"));
    const QString colleagues = Outbox::profileKey(server, QStringLiteral("colleague's"));
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = QStringLiteral("مال من");
    outbox.add(OutboxItem::create(mine, server, draft));
    draft.name = QStringLiteral("a colleague's");
    const qint64 theirs = outbox.add(OutboxItem::create(colleagues, server, draft));
    OutboxItem refused = OutboxItem::create(colleagues, server, draft);
    refused.state = OutboxItem::State::NeedsAttention;
    outbox.add(refused);

    OutboxModel model(&outbox);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto shown = [&model](int row, OutboxModel::Column column) { return model.index(row, column).data().toString(); };
    QCOMPARE(shown(1, OutboxModel::StateColumn), OutboxModel::stateText(OutboxItem::State::Pending));
    model.setConnectedKey(mine);
    QCOMPARE(shown(0, OutboxModel::StateColumn), OutboxModel::stateText(OutboxItem::State::Pending));
    QCOMPARE(shown(0, OutboxModel::NextRetryColumn), OutboxModel::tr("Now"));
    // Not retried here: it goes when its own profile is in use.
    QCOMPARE(model.item(1)->id, theirs);
    QCOMPARE(shown(1, OutboxModel::StateColumn), OutboxModel::waitingForItsProfileText());
    QCOMPARE(shown(1, OutboxModel::NextRetryColumn), QString());
    // One a person must look at says so, whoever's it is.
    QCOMPARE(shown(2, OutboxModel::StateColumn), OutboxModel::stateText(OutboxItem::State::NeedsAttention));
    model.setConnectedKey(colleagues);
    QCOMPARE(shown(0, OutboxModel::StateColumn), OutboxModel::waitingForItsProfileText());
    QCOMPARE(shown(1, OutboxModel::StateColumn), OutboxModel::stateText(OutboxItem::State::Pending));
}

// What the status bar counts as not yet on the server.
void TestOutboxModels::aWritersOwnAttemptIsNotCountedAsWaiting()
{
    OutboxInAFile file;
    QVERIFY(file.store.isAvailable());
    Outbox &outbox = file.outbox;
    const QUrl server(QStringLiteral("https://a.example/api/"));
    const QString key = Outbox::profileKey(server);
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = QStringLiteral("ذخیره");
    // As the editor writes the change it sends itself (TrackedChange).
    OutboxItem attempt = OutboxItem::create(key, server, draft);
    attempt.state = OutboxItem::State::Sending;
    attempt.attempts = 1;
    const qint64 goesThrough = outbox.add(attempt);
    const qint64 meetsNoNetwork = outbox.add(attempt);
    const qint64 isRefused = outbox.add(attempt);
    // As the History's restore writes one, for the worker to send.
    const qint64 restored = outbox.add(OutboxItem::create(key, server, draft));
    QCOMPARE(outbox.count(key), 1);

    // The worker's attempts are of changes that were waiting: still counted.
    OutboxItem retried = *outbox.item(restored);
    retried.state = OutboxItem::State::Sending;
    ++retried.attempts;
    outbox.update(retried);
    QCOMPARE(outbox.count(key), 1);
    // A create's POST about to leave is still its writer's.
    outbox.markSending(goesThrough, 7);
    QCOMPARE(outbox.count(key), 1);

    // Handed over to the worker: waiting.
    OutboxItem handedOver = *outbox.item(meetsNoNetwork);
    handedOver.state = OutboxItem::State::Pending;
    outbox.update(handedOver);
    QCOMPARE(outbox.count(key), 2);
    OutboxItem refused = *outbox.item(isRefused);
    refused.state = OutboxItem::State::NeedsAttention;
    outbox.update(refused);
    QCOMPARE(outbox.count(key), 3);

    Link created;
    created.id = 41;
    outbox.complete(goesThrough, created);
    QCOMPARE(outbox.count(key), 3);

    // Read again (what other instances did): an attempt still out stays its writer's.
    const qint64 stillOut = outbox.add(attempt);
    outbox.load();
    QCOMPARE(outbox.count(key), 3);
    QVERIFY(outbox.item(stillOut));
    // The next run finds the attempt of the run that ended waiting.
    Outbox nextRun(&file.store, &file.history);
    nextRun.load(true);
    QCOMPARE(nextRun.count(key), 4);
    QCOMPARE(nextRun.item(stillOut)->state, OutboxItem::State::Pending);
}

// As OutboxControls writes a delete the moment it is made.
void TestOutboxModels::aDeleteInItsUndoWindowIsHeldNotSent()
{
    OutboxInAFile file;
    QVERIFY(file.store.isAvailable());
    Outbox &outbox = file.outbox;
    const QUrl server(QStringLiteral("https://a.example/api/"));
    const QString key = Outbox::profileKey(server);
    Link link;
    link.id = 12;
    link.name = QStringLiteral("پاک‌شدنی");
    OutboxItem held = OutboxItem::remove(key, server, 1, link);
    held.state = OutboxItem::State::Sending;
    const qint64 undone = outbox.add(held);
    const qint64 sent = outbox.add(held);
    QSignalSpy recorded(&file.history, &History::recorded);

    OutboxModel model(&outbox);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectedKey(key);
    QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), OutboxModel::tr("Can still be undone"));
    QCOMPARE(outbox.count(key), 0); // not waiting: its window sends it
    // Its window ended: an attempt like any other.
    OutboxItem sending = *outbox.item(sent);
    sending.attempts = 1;
    outbox.update(sending);
    QVERIFY(!outbox.item(sent)->isHeldForUndo());
    QCOMPARE(model.index(1, OutboxModel::StateColumn).data().toString(), OutboxModel::stateText(OutboxItem::State::Sending));

    // Undone: gone as if never made, with nothing in the History.
    outbox.forget(undone);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!outbox.item(undone));
    QCOMPARE(recorded.size(), 0);
    // The run ended in the window: the next one sends it.
    Outbox nextRun(&file.store, &file.history);
    nextRun.load(true);
    QCOMPARE(nextRun.items().size(), 1);
    QCOMPARE(nextRun.item(sent)->state, OutboxItem::State::Pending);
    QCOMPARE(nextRun.count(key), 1);
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

void TestOutboxModels::historyFieldsAreNamedAsTheFormNamesThem_data()
{
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("shown");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QJsonObject created{{QStringLiteral("image"), 12}, {QStringLiteral("description"), QStringLiteral("نسخهٔ نمایشی")},
                              {QStringLiteral("url"), QStringLiteral("https://example.com/demo")},
                              {QStringLiteral("name"), QStringLiteral("دمو")}, {QStringLiteral("id"), 40}};
    QTest::newRow("created: the form's order, no id")
        << QJsonObject() << created << english
        << QStringLiteral("Name: دمو; URL: https://example.com/demo; Description: نسخهٔ نمایشی; Image: 12");
    QTest::newRow("image numbers in the UI's digits")
        << QJsonObject() << QJsonObject{{QStringLiteral("image"), 12}} << QLocale(QLocale::Persian, QLocale::Iran)
        << QStringLiteral("Image: ۱۲");
    QTest::newRow("edited: before and after, an image taken off")
        << QJsonObject{{QStringLiteral("image"), 7}, {QStringLiteral("name"), QStringLiteral("Demo")}}
        << QJsonObject{{QStringLiteral("image"), QJsonValue::Null}} << english
        << QStringLiteral("before: Name: Demo; Image: 7 — after: Image: —");
    QTest::newRow("a field the form does not know: its key, last")
        << QJsonObject() << QJsonObject{{QStringLiteral("aaa"), QStringLiteral("x")}, {QStringLiteral("name"), QStringLiteral("n")}}
        << english << QStringLiteral("Name: n; aaa: x");
}

void TestOutboxModels::historyFieldsAreNamedAsTheFormNamesThem()
{
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QLocale, locale);
    QFETCH(QString, shown);
    QLocale::setDefault(locale);
    const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
    HistoryEntry entry;
    entry.operation = OutboxItem::operationKey(before.isEmpty() ? OutboxItem::Operation::Create : OutboxItem::Operation::Edit);
    entry.before = before;
    entry.after = after;
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({entry});
    QCOMPARE(PersianText::withoutDirectionMarks(model.index(0, HistoryModel::FieldsColumn).data().toString()), shown);
}

void TestOutboxModels::serversAreShownByTheirProfiles()
{
    // Two profiles of one server (two people's tokens) each have their own
    // changes and history, shown by the profile's name.
    const QUrl staging(QStringLiteral("http://127.0.0.1:8000/"));
    Profiles profiles;
    Profile first;
    first.setName(QStringLiteral("Staging"));
    first.setServer(staging);
    first = profiles.add(first);
    Profile production;
    production.setName(QStringLiteral("سرور اصلی"));
    production.setServer(QUrl(QStringLiteral("https://portfolio.example/")));
    production = profiles.add(production);
    Profile second;
    second.setName(QStringLiteral("آزمایشی مریم"));
    second.setServer(QUrl(QStringLiteral("http://127.0.0.1:8000")));
    second = profiles.add(second);
    const ServerNames names = ServerNames::fromProfiles(profiles);

    const QList<ServerNames::Choice> choices = names.choices();
    QCOMPARE(choices.size(), 3);
    QCOMPARE(choices.at(0).key, Outbox::profileKey(staging, first.id()));
    QCOMPARE(choices.at(2).key, Outbox::profileKey(staging, second.id()));
    QVERIFY(choices.at(0).key != choices.at(2).key);
    QCOMPARE(PersianText::withoutDirectionMarks(choices.at(0).label), QStringLiteral("Staging"));
    QCOMPARE(PersianText::withoutDirectionMarks(choices.at(1).label), QStringLiteral("سرور اصلی"));
    QCOMPARE(PersianText::withoutDirectionMarks(choices.at(2).label), QStringLiteral("آزمایشی مریم"));

    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryEntry mine;
    mine.profile = Outbox::profileKey(staging, second.id());
    mine.server = staging.toString();
    HistoryEntry noProfile;
    noProfile.server = QStringLiteral("http://10.0.0.5:8000/");
    noProfile.profile = Outbox::profileKey(QUrl(noProfile.server));
    HistoryEntry removedProfile;
    removedProfile.server = staging.toString();
    removedProfile.profile = Outbox::profileKey(staging, QStringLiteral("a-profile-since-removed"));
    model.setEntries({mine, noProfile, removedProfile});
    const auto shown = [&model](int row) {
        return PersianText::withoutDirectionMarks(model.index(row, HistoryModel::ServerColumn).data().toString());
    };
    QCOMPARE(shown(0), QStringLiteral("http://127.0.0.1:8000/"));
    QCOMPARE(shown(1), QStringLiteral("http://10.0.0.5:8000/"));
    model.setServerNames(names);
    QCOMPARE(shown(0), QStringLiteral("آزمایشی مریم (127.0.0.1:8000)"));
    QCOMPARE(shown(1), QStringLiteral("http://10.0.0.5:8000/"));
    QCOMPARE(shown(2), QStringLiteral("http://127.0.0.1:8000/ (its profile was removed)"));
    // A profile's changes from before it was given another address: its name, the earlier host.
    HistoryEntry moved;
    moved.server = QStringLiteral("https://old.example/");
    moved.profile = Outbox::profileKey(QUrl(moved.server), production.id());
    model.setEntries({moved});
    QCOMPARE(shown(0), QStringLiteral("سرور اصلی (old.example)"));
}

void TestOutboxModels::aServersMarkupIsNeverATooltipsMarkup()
{
    // Qt takes a tool tip that looks like HTML as HTML: an image tag would be
    // loaded, from a file or the network.
    const QString markup = QStringLiteral("<img src=\"file:///dev/zero\"><b>bold</b>");
    OutboxInAFile file;
    const QUrl server(QStringLiteral("https://a.example/api/"));
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = markup;
    draft.url = markup;
    const qint64 id = file.outbox.add(OutboxItem::create(Outbox::profileKey(server), server, draft));
    OutboxItem refused = *file.outbox.item(id);
    refused.state = OutboxItem::State::NeedsAttention;
    refused.lastError = markup;
    file.outbox.update(refused);
    OutboxModel outbox(&file.outbox);

    HistoryEntry entry;
    entry.operation = OutboxItem::operationKey(OutboxItem::Operation::Edit);
    entry.outcome = HistoryEntry::Outcome::Failed;
    entry.linkId = 5;
    entry.before = QJsonObject{{QStringLiteral("name"), markup}};
    entry.after = QJsonObject{{QStringLiteral("name"), markup}, {QStringLiteral("url"), markup}};
    entry.detail = markup;
    HistoryModel history;
    history.setEntries({entry});

    for (const QAbstractItemModel *model : {static_cast<const QAbstractItemModel *>(&outbox),
                                            static_cast<const QAbstractItemModel *>(&history)}) {
        QCOMPARE(model->rowCount(), 1);
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString tip = model->index(0, column).data(Qt::ToolTipRole).toString();
            // A screen reader is given the cell without direction isolates.
            const QString said = model->index(0, column).data(Qt::AccessibleTextRole).toString();
            QCOMPARE(said, PersianText::withoutDirectionMarks(model->index(0, column).data().toString()));
            QVERIFY(!said.contains(QChar(0x2068)) && !said.contains(QChar(0x2066)));
            QVERIFY2(!tip.contains(QStringLiteral("<img")) && !tip.contains(QStringLiteral("<b>")),
                     qPrintable(QStringLiteral("%1, column %2: %3").arg(QLatin1String(model->metaObject()->className())).arg(column).arg(tip)));
        }
    }
}

QTEST_GUILESS_MAIN(TestOutboxModels)
#include "TestOutboxModels.moc"
