#include "EventCounter.h"
#include "FindChild.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "ShownMainWindow.h"
#include "SwitchableProxy.h"
#include "Typing.h"
#include "UserFolders.h"

#include "HistoryWindow.h"
#include "LinkEditor.h"
#include "LinkForm.h"
#include "MainWindow.h"
#include "OutboxWindow.h"
#include "api/ApiClient.h"
#include "api/NetworkSetup.h"
#include "links/LinkFields.h"
#include "links/LinkListModel.h"
#include "links/OutboxModel.h"
#include "links/OutboxService.h"
#include "links/OutboxWorker.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "storage/DraftStore.h"
#include "storage/LaunchOptions.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTextEdit>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

// A link created while the server is gone, from the keyboard, in English
// and in Persian: it appears at once in the list marked "not yet on the
// server", the status bar counts it, the Outbox window (Ctrl+Shift+O) lists
// it, Retry now (Alt+R) sends it once the server is back, and the History
// window (Ctrl+H) records it.
class TestOutboxGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createdOfflineIsSentFromTheOutbox_data();
    void createdOfflineIsSentFromTheOutbox();
    void refusedChangesAreOpenedOrDiscardedByThePerson_data();
    void refusedChangesAreOpenedOrDiscardedByThePerson();
    void aRefusedEditIsOpenedAsThatEdit();
    void editAndDeleteMadeOfflineAreSentOnce();
    void createBeforeTheFirstFrameIsWrittenFirst();
    void savesThatGoThroughNeverShowAsWaiting();
    void aSaveCancelledIsNotSentLater();
    void anEditOutIsOnDiskOnceAsItsOutboxRow();
    void aCreateOfUnknownOutcomeOpenedIsLookedUpBeforeItIsSent_data();
    void aCreateOfUnknownOutcomeOpenedIsLookedUpBeforeItIsSent();
    void aCreateThatMayBeOnTheServerIsNotDroppedByADelete();
    void aSaveTheOutboxFinishedIsTheBaseOfTheNext();
    void anEditWaitingInTheOutboxIsWhatTheLinkOpensWith_data();
    void anEditWaitingInTheOutboxIsWhatTheLinkOpensWith();

private:
    // On portfolio 1 of the server behind the proxy, active; empty if it never became active.
    std::unique_ptr<MainWindow> openWindow();
    // The same, once its list shows a few links; empty if it never did.
    std::unique_ptr<MainWindow> openWindowWithItsList();
    static LinkListModel *listOf(const MainWindow &window);
    // The window's outbox, once its database is open (null if it never opens).
    static OutboxService *openedOutboxOf(const MainWindow &window);
    // View → Outbox by its shortcut: the window, active, its list focused; null if not.
    static OutboxWindow *openOutbox(MainWindow &window);
    // Ctrl+N, the name typed and Ctrl+S, as a person makes a link; false if the form never took the focus.
    static bool createByKeyboard(MainWindow &window, const QString &name);
    // The list's row opened in the editor as an edit; false if it never was.
    static bool openForEditing(MainWindow &window, int row);
    // Typed at the end of the link's description, then Ctrl+S.
    static void saveWithDescriptionEnding(MainWindow &window, const QString &ending);
    int postsNamed(const QString &name) const;
    // The requests of this method to this link the server has seen.
    int requestsTo(const QString &method, qint64 linkId) const;
    // The server as the window reaches it, through the proxy.
    QUrl server() const { return m_proxy->in(m_server.baseUrl()); }
    // The form's draft on disk for that server (empty if none).
    FormDraft savedDraft() const;

    ReferenceServer m_server;
    std::unique_ptr<SwitchableProxy> m_proxy;
};

void TestOutboxGui::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start({u"--gallery"_s, u"5"_s}), qPrintable(m_server.errorString()));
    m_proxy = std::make_unique<SwitchableProxy>(quint16(m_server.ready().value(u"port"_s).toInt()));
    QVERIFY(m_proxy->start());
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    Settings().setUndoWindow(std::chrono::seconds(1));
}

void TestOutboxGui::init()
{
    QDir(DraftStore::defaultFolder()).removeRecursively();
    QVERIFY(m_proxy->start());
}

std::unique_ptr<MainWindow> TestOutboxGui::openWindow()
{
    return openShownMainWindow(server(), 1, QSize(1200, 760), this);
}

std::unique_ptr<MainWindow> TestOutboxGui::openWindowWithItsList()
{
    std::unique_ptr<MainWindow> window = openWindow();
    if (!window || !QTest::qWaitFor([&window] { return listOf(*window)->rowCount() > 3; }, 10000))
        return {};
    return window;
}

OutboxService *TestOutboxGui::openedOutboxOf(const MainWindow &window)
{
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    return QTest::qWaitFor([service] { return service->isOpen(); }, 10000) ? service : nullptr;
}

LinkListModel *TestOutboxGui::listOf(const MainWindow &window)
{
    return qobject_cast<LinkListModel *>(findChildOrDie<QTableView>(&window, "linksTree")->model());
}

OutboxWindow *TestOutboxGui::openOutbox(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    OutboxWindow *outbox = nullptr;
    if (!QTest::qWaitFor([&] { return (outbox = window.findChild<OutboxWindow *>()) && outbox->isVisible(); })
        || !QTest::qWaitForWindowActive(outbox)
        || !QTest::qWaitFor([outbox] { return findChildOrDie<QTableView>(outbox, "table")->hasFocus(); }))
        return nullptr;
    return outbox;
}

bool TestOutboxGui::createByKeyboard(MainWindow &window, const QString &name)
{
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *nameField = findChildOrDie<QLineEdit>(&window, "nameEdit");
    if (!QTest::qWaitFor([nameField] { return nameField->hasFocus(); }))
        return false;
    Typing::type(nameField, name);
    QTest::keyClick(nameField, Qt::Key_S, Qt::ControlModifier);
    return true;
}

bool TestOutboxGui::openForEditing(MainWindow &window, int row)
{
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(row, 0));
    auto *save = findChildOrDie<QPushButton>(&window, "createButton");
    return QTest::qWaitFor([save] { return save->text() == LinkForm::tr("Save changes"); });
}

void TestOutboxGui::saveWithDescriptionEnding(MainWindow &window, const QString &ending)
{
    auto *description = findChildOrDie<QTextEdit>(&window, "descriptionEdit");
    description->setFocus();
    Typing::type(description, ending);
    QTest::keyClick(description, Qt::Key_S, Qt::ControlModifier);
}

FormDraft TestOutboxGui::savedDraft() const
{
    QFile draft(DraftStore::pathFor(server()));
    return draft.open(QIODevice::ReadOnly) ? FormDraft::fromJson(QJsonDocument::fromJson(draft.readAll()).object()) : FormDraft();
}

int TestOutboxGui::postsNamed(const QString &name) const
{
    return int(m_server.requestCount({.method = u"POST"_s, .body = name}));
}

int TestOutboxGui::requestsTo(const QString &method, qint64 linkId) const
{
    return int(m_server.requestCount({.method = method, .path = u"*/links/"_s + QString::number(linkId)}));
}

void TestOutboxGui::createdOfflineIsSentFromTheOutbox_data()
{
    addUiLanguageRows();
}

void TestOutboxGui::createdOfflineIsSentFromTheOutbox()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const QString name = persian ? u"نمونه‌کار بدون شبکه"_s : u"Made while offline"_s;

    const std::unique_ptr<MainWindow> opened = openWindow();
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    auto *listCount = findChildOrDie<QLabel>(&window, "countLabel");
    QTRY_VERIFY(!listCount->text().isEmpty() && model->totalCount() >= 0);
    const QString onServerOnly = listCount->text();

    m_proxy->stop();
    QVERIFY(createByKeyboard(window, name));

    // At once in the list, marked, and counted in the status bar.
    auto *count = findChildOrDie<QPushButton>(&window, "outboxCountButton");
    QTRY_VERIFY_WITH_TIMEOUT(count->isVisible(), 10000);
    QTRY_VERIFY(model->rowCount() > 0 && model->link(0)->id < 0);
    QCOMPARE(model->link(0)->name, name);
    QVERIFY(model->index(0, 0).data(LinkListModel::PendingRole).toBool());
    // The list's count says the link is there, not yet among the server's.
    QVERIFY2(listCount->text().startsWith(onServerOnly) && listCount->text() != onServerOnly,
             qPrintable(listCount->text()));
    if (!persian) {
        QVERIFY2(count->text().startsWith(u"1 change"_s), qPrintable(count->text()));
        QCOMPARE(listCount->text(), onServerOnly + u", and 1 waiting to be sent"_s);
        QVERIFY(model->index(0, 0).data().toString().contains(u"not yet on the server"_s));
        // Said as it is shown, to a screen reader too.
        QVERIFY(model->index(0, 0).data(Qt::AccessibleTextRole).toString().contains(u"not yet on the server"_s));
    }
    QVERIFY(findChildOrDie<QLineEdit>(&window, "nameEdit")->text().isEmpty()); // the form is free for the next link
    QVERIFY(Screenshot::saveIfAsked(u"outbox-list"_s));

    // The Outbox window from the keyboard, its list focused.
    OutboxWindow *outbox = openOutbox(window);
    QVERIFY(outbox);
    auto *table = findChildOrDie<QTableView>(outbox, "table");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->currentIndex().row(), 0); // what Retry now, Open and Discard act on
    QVERIFY(Screenshot::saveIfAsked(u"outbox"_s));
    QCOMPARE(postsNamed(name), 0);

    // The server is back: Retry now sends it, once; the row becomes the server's.
    QVERIFY(m_proxy->start());
    QTest::keyClick(outbox, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!count->isVisible(), 20000);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(model->rowCount() > 0 && model->link(0)->id > 0);
    QCOMPARE(model->link(0)->name, name);
    QVERIFY(!model->index(0, 0).data(LinkListModel::PendingRole).toBool());
    QCOMPARE(postsNamed(name), 1);
    QVERIFY(!listCount->text().startsWith(onServerOnly)); // one more on the server, none waiting
    QTest::keyClick(outbox, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<OutboxWindow *>());

    // The History window records it.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    HistoryWindow *history = nullptr;
    QTRY_VERIFY((history = window.findChild<HistoryWindow *>()) && history->isVisible());
    auto *entries = findChildOrDie<QTableView>(history, "table");
    QTRY_VERIFY(entries->model()->rowCount() >= 1 && entries->model()->index(0, 2).data().toString().contains(name));
    QVERIFY(QTest::qWaitForWindowActive(history));
    QVERIFY(Screenshot::saveIfAsked(u"history"_s));
    history->close();
}

void TestOutboxGui::refusedChangesAreOpenedOrDiscardedByThePerson_data()
{
    addUiLanguageRows();
}

void TestOutboxGui::refusedChangesAreOpenedOrDiscardedByThePerson()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const std::unique_ptr<MainWindow> opened = openWindow();
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    // Two links the server refuses (400: not a URL), as a queued create would meet it.
    const auto refused = [&](const QString &name) {
        LinkDraft draft;
        draft.portfolioId = 1;
        draft.name = name;
        draft.url = u"not a url"_s;
        return service->outbox()->add(OutboxItem::create(Outbox::profileKey(server()), server(), draft));
    };
    const qint64 toOpen = refused(u"Refused, to fix"_s);
    const qint64 toDiscard = refused(u"Refused, to drop"_s);
    const auto stateOf = [service](qint64 id) { return service->outbox()->item(id) ? service->outbox()->item(id)->state : OutboxItem::State::Pending; };
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(toOpen) == OutboxItem::State::NeedsAttention
                                 && stateOf(toDiscard) == OutboxItem::State::NeedsAttention, 15000);

    OutboxWindow *outbox = openOutbox(window);
    QVERIFY(outbox);
    auto *table = findChildOrDie<QTableView>(outbox, "table");
    // The server's own message, beside the list, by the form's name for the field.
    auto *details = findChildOrDie<QLabel>(outbox, "details");
    QVERIFY2(details->text().contains(u'\n' + LinkFields::label(u"url"_s) + u": "_s), qPrintable(details->text()));
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QVERIFY(Screenshot::saveIfAsked(u"outbox-refused"_s));

    // Discard asks first; Cancel keeps it.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(outbox, Qt::Key_D, Qt::AltModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = outbox->findChild<QMessageBox *>(u"discardBox"_s)) && box->isVisible());
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!outbox->findChild<QMessageBox *>(u"discardBox"_s));
    QVERIFY(service->outbox()->item(toDiscard));
    outbox->activateWindow(); // what a window manager does when the box closes (Xvfb has none)
    QVERIFY(QTest::qWaitForWindowActive(outbox));
    QTest::keyClick(outbox, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY((box = outbox->findChild<QMessageBox *>(u"discardBox"_s)) && box->isVisible());
    QTest::mouseClick(findChildOrDie<QPushButton>(box, "confirmDiscardButton"), Qt::LeftButton);
    QTRY_VERIFY(!service->outbox()->item(toDiscard));

    // Open puts the refused link in the editor's form, to be fixed and sent again.
    QTRY_COMPARE(table->currentIndex().row(), 0);
    outbox->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(outbox));
    // The row goes once the form's draft is on disk: a crash in between loses nothing.
    QString onDiskWhenDropped;
    connect(service->outbox(), &Outbox::itemRemoved, this, [&](const OutboxItem &item) {
        if (item.id == toOpen)
            onDiskWhenDropped = savedDraft().name;
    });
    QTest::keyClick(outbox, Qt::Key_O, Qt::AltModifier);
    auto *name = findChildOrDie<QLineEdit>(&window, "nameEdit");
    QTRY_COMPARE(name->text(), u"Refused, to fix"_s);
    QCOMPARE(findChildOrDie<QLineEdit>(&window, "urlEdit")->text(), u"not a url"_s);
    QTRY_VERIFY(!service->outbox()->item(toOpen));
    QCOMPARE(onDiskWhenDropped, u"Refused, to fix"_s);
}

void TestOutboxGui::aRefusedEditIsOpenedAsThatEdit()
{
    const std::unique_ptr<MainWindow> opened = openWindowWithItsList();
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    LinkListModel *model = listOf(window);
    const Link loaded = *model->link(3); // a link no other test changes
    // An edit the server refuses (400: not a URL), as a queued save would meet it.
    const LinkPatch patch = LinkPatch::fromJson(1, loaded.id, QJsonObject{{u"url"_s, u"not a url"_s}});
    const qint64 item = service->outbox()->add(OutboxItem::edit(Outbox::profileKey(server()), server(), patch, loaded));
    QTRY_VERIFY_WITH_TIMEOUT(service->outbox()->item(item)
                                 && service->outbox()->item(item)->state == OutboxItem::State::NeedsAttention, 15000);

    OutboxWindow *outbox = openOutbox(window);
    QVERIFY(outbox);
    QTRY_COMPARE(findChildOrDie<QTableView>(outbox, "table")->currentIndex().row(), 0);
    QTest::keyClick(outbox, Qt::Key_O, Qt::AltModifier);
    // The edit of that link, with what was typed over what the link holds: fixed and saved from there.
    auto *url = findChildOrDie<QLineEdit>(&window, "urlEdit");
    QTRY_COMPARE(url->text(), u"not a url"_s);
    QCOMPARE(findChildOrDie<QLineEdit>(&window, "nameEdit")->text(), loaded.name);
    QTRY_COMPARE(findChildOrDie<QPushButton>(&window, "createButton")->text(), LinkForm::tr("Save changes"));
    QTRY_VERIFY(!service->outbox()->item(item)); // once the form's draft is on disk
}

void TestOutboxGui::editAndDeleteMadeOfflineAreSentOnce()
{
    const std::unique_ptr<MainWindow> opened = openWindowWithItsList();
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    LinkListModel *model = listOf(window);
    auto *count = findChildOrDie<QPushButton>(&window, "outboxCountButton");

    // An edit saved while the server is gone waits, marked in the list.
    const qint64 edited = model->link(1)->id;
    QVERIFY(openForEditing(window, 1));
    m_proxy->stop();
    saveWithDescriptionEnding(window, u" — ویرایش بی‌شبکه"_s);
    QTRY_VERIFY_WITH_TIMEOUT(count->isVisible(), 10000);
    QTRY_VERIFY(model->index(model->rowOf(edited), 0).data(LinkListModel::PendingRole).toBool());
    QCOMPARE(service->outbox()->items().last().operation, OutboxItem::Operation::Edit);

    // A delete after its undo window, while the server is still gone, waits too.
    const qint64 deleted = model->link(2)->id;
    const QString deletedName = model->link(2)->name;
    tree->setFocus();
    tree->setCurrentIndex(model->index(2, 0));
    QTest::keyClick(tree, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(service->waitingCount() == 2, 10000);
    QTRY_VERIFY(std::none_of(service->outbox()->items().cbegin(), service->outbox()->items().cend(),
                             [](const OutboxItem &item) { return item.state == OutboxItem::State::Sending; }));
    QCOMPARE(requestsTo(u"PATCH"_s, edited), 0);
    QCOMPARE(requestsTo(u"DELETE"_s, deleted), 0);

    // The server is back: each is applied once, in the order made.
    QVERIFY(m_proxy->start());
    service->worker()->retryNow();
    QTRY_VERIFY_WITH_TIMEOUT(!count->isVisible(), 20000);
    QCOMPARE(requestsTo(u"PATCH"_s, edited), 1);
    QCOMPARE(requestsTo(u"DELETE"_s, deleted), 1);
    QTRY_VERIFY(!model->index(model->rowOf(edited), 0).data(LinkListModel::PendingRole).toBool());
    QVERIFY(model->link(model->rowOf(edited))->description.value_or(QString()).endsWith(u"ویرایش بی‌شبکه"_s));
    QCOMPARE(model->rowOf(deleted), -1);

    // From its History entry, the deleted link comes back: the same fields, a new number.
    const int postsBefore = postsNamed(deletedName);
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    HistoryWindow *history = nullptr;
    QTRY_VERIFY((history = window.findChild<HistoryWindow *>()) && history->isVisible());
    auto *entries = findChildOrDie<QTableView>(history, "table");
    const auto deleteRow = [entries] {
        for (int row = 0; row < entries->model()->rowCount(); ++row) {
            if (entries->model()->index(row, 1).data().toString() == OutboxModel::tr("Delete"))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(deleteRow() >= 0);
    entries->setCurrentIndex(entries->model()->index(deleteRow(), 0));
    auto *restore = findChildOrDie<QPushButton>(history, "restoreButton");
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    auto *message = findChildOrDie<QLabel>(history, "message");
    QVERIFY2(message->text().contains(u"new number"_s), qPrintable(message->text()));
    QTRY_COMPARE_WITH_TIMEOUT(postsNamed(deletedName), postsBefore + 1, 15000);
    QTRY_VERIFY(!count->isVisible());
    QTRY_VERIFY(model->rowCount() > 0 && model->link(0)->name == deletedName && model->link(0)->id > deleted);
    history->close();
}

// The window opens the database after its first frame; a create made
// before that frame is written to it all the same, before its request
// leaves: the row is on disk when the click returns, before the event
// loop has sent anything.
void TestOutboxGui::createBeforeTheFirstFrameIsWrittenFirst()
{
    const QString name = u"Made before the first frame"_s;
    MainWindow window(NetworkSetup::createManagers(this));
    LaunchOptions options;
    options.server = server();
    options.portfolio = 1;
    window.restoreSession(options);
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    QVERIFY(!service->isOpen()); // not shown: no frame yet

    findChildOrDie<QLineEdit>(&window, "nameEdit")->setText(name);
    findChildOrDie<QPushButton>(&window, "createButton")->click();
    QVERIFY(service->isOpen());
    const auto statesOfRows = [&] {
        return LocalStore::withConnection(LocalStore::defaultPath(), [&](const QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(u"SELECT state FROM outbox WHERE payload LIKE ?"_s);
            query.addBindValue(u"%"_s + name + u"%"_s);
            QStringList states;
            for (query.exec(); query.next();)
                states.append(query.value(0).toString());
            return states;
        });
    };
    QCOMPARE(statesOfRows(), QStringList{u"sending"_s});
    QCOMPARE(postsNamed(name), 0);

    // Sent once, and then gone from the outbox.
    QTRY_COMPARE_WITH_TIMEOUT(postsNamed(name), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(statesOfRows().isEmpty(), 20000);
    QCOMPARE(postsNamed(name), 1);
}

void TestOutboxGui::savesThatGoThroughNeverShowAsWaiting()
{
    const std::unique_ptr<MainWindow> opened = openWindow();
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 1 && service->isOpen(), 10000);
    auto *count = findChildOrDie<QPushButton>(&window, "outboxCountButton");
    QVERIFY(!count->isVisible());
    const EventCounter countShown(count, QEvent::Show);
    QSignalSpy countChanges(service, &OutboxService::waitingCountChanged);
    const auto outboxIsEmpty = [service] { return service->outbox()->items().isEmpty(); };

    // A create: written to the outbox as it leaves, gone with the server's answer.
    const QString name = u"ذخیره‌شده بی‌درنگ"_s;
    QVERIFY(createByKeyboard(window, name));
    QTRY_VERIFY_WITH_TIMEOUT(!outboxIsEmpty(), 10000);
    QCOMPARE(service->waitingCount(), 0); // on its way, not waiting
    QTRY_VERIFY_WITH_TIMEOUT(outboxIsEmpty(), 10000);
    QCOMPARE(postsNamed(name), 1);

    // An edit, the same.
    const qint64 edited = model->link(1)->id;
    QVERIFY(openForEditing(window, 1));
    saveWithDescriptionEnding(window, u" — بی‌درنگ"_s);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(u"PATCH"_s, edited), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(outboxIsEmpty(), 10000);

    // The count is told on the next turn of the event loop, if it changed.
    QCoreApplication::sendPostedEvents(service, QEvent::MetaCall);
    QCOMPARE(service->waitingCount(), 0);
    QVERIFY(!count->isVisible());
    QCOMPARE(countChanges.count(), 0);
    QCOMPARE(countShown.count(), 0);
}

// Esc while a save is out takes it back: the outbox does not keep it for
// the next start, which would send the edit the person cancelled (and may
// have discarded since). The form keeps what was typed.
void TestOutboxGui::aSaveCancelledIsNotSentLater()
{
    const std::unique_ptr<MainWindow> opened = openWindowWithItsList();
    QVERIFY(opened);
    MainWindow &window = *opened;
    OutboxService *service = openedOutboxOf(window);
    QVERIFY(service);
    QVERIFY(openForEditing(window, 1));
    const QString ending = u" — پس گرفته"_s;
    saveWithDescriptionEnding(window, ending);
    QVERIFY(!service->outbox()->items().isEmpty()); // written as it left
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // before any answer: nothing else ran

    QVERIFY(service->outbox()->items().isEmpty());
    const QString kept = findChildOrDie<QTextEdit>(&window, "descriptionEdit")->toPlainText();
    QVERIFY2(kept.contains(ending), qPrintable(kept));
    QTRY_VERIFY(!findChildOrDie<LinkEditor>(&window, "linkEditor")->isBusy());
    QVERIFY(service->outbox()->items().isEmpty()); // nor after the abandoned answer came
    // The form holds the edit again, and so does its draft.
    QTRY_COMPARE_WITH_TIMEOUT(savedDraft().description, kept, 5000);
}

// While an edit is out, its outbox row is its one record on disk: killed
// then, the next start finishes it after asking the server, and puts back
// no draft beside it to be sent again or read as someone else's change.
void TestOutboxGui::anEditOutIsOnDiskOnceAsItsOutboxRow()
{
    const std::unique_ptr<MainWindow> opened = openWindowWithItsList();
    QVERIFY(opened);
    MainWindow &window = *opened;
    OutboxService *service = openedOutboxOf(window);
    QVERIFY(service);
    QVERIFY(openForEditing(window, 1));
    auto *description = findChildOrDie<QTextEdit>(&window, "descriptionEdit");
    description->setFocus();
    Typing::type(description, u" — یک بار روی دیسک"_s);
    QFile draft(DraftStore::pathFor(server()));
    QTRY_VERIFY_WITH_TIMEOUT(draft.exists(), 5000);
    std::optional<bool> draftWhenApplied;
    connect(service->outbox(), &Outbox::itemRemoved, this, [&](const OutboxItem &) { draftWhenApplied = draft.exists(); });

    QTest::keyClick(description, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(draftWhenApplied.has_value(), 15000);
    QCOMPARE(*draftWhenApplied, false);
    QTRY_VERIFY(!findChildOrDie<LinkEditor>(&window, "linkEditor")->isBusy());
}

// A create whose earlier send may have reached the server, opened from the
// Outbox into the form: Create link asks the server first. The link is
// there (the lost answer's): it is taken, not made a second time.
void TestOutboxGui::aCreateOfUnknownOutcomeOpenedIsLookedUpBeforeItIsSent_data()
{
    addUiLanguageRows();
}

void TestOutboxGui::aCreateOfUnknownOutcomeOpenedIsLookedUpBeforeItIsSent()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const std::unique_ptr<MainWindow> opened = openWindowWithItsList();
    QVERIFY(opened);
    MainWindow &window = *opened;
    OutboxService *service = openedOutboxOf(window);
    QVERIFY(service);
    const qint64 newestBefore = listOf(window)->link(0)->id;

    const QString name = persian ? u"پاسخ گم‌شده"_s : u"Answer lost"_s;
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = name;
    ApiClient earlier(NetworkSetup::createManagers(this).api);
    earlier.setBaseUrl(m_server.baseUrl());
    earlier.setToken(m_server.token(u"staff"_s));
    QSignalSpy stored(earlier.createLink(draft), &ApiCall::succeeded); // the send whose answer was lost
    QVERIFY(stored.wait(20000));
    QCOMPARE(postsNamed(name), 1);
    OutboxItem item = OutboxItem::create(Outbox::profileKey(server()), server(), draft);
    item.state = OutboxItem::State::NeedsAttention; // a person decides (an earlier run's worker left it so)
    item.outcomeUnknown = true;
    item.newestIdBefore = newestBefore;
    QVERIFY(service->outbox()->add(item));

    OutboxWindow *outbox = openOutbox(window);
    QVERIFY(outbox);
    QTest::keyClick(outbox, Qt::Key_O, Qt::AltModifier);
    auto *nameField = findChildOrDie<QLineEdit>(&window, "nameEdit");
    QTRY_COMPARE(nameField->text(), name);
    QTRY_VERIFY(service->outbox()->items().isEmpty()); // the form has it now (once its draft is on disk)
    outbox->close();
    window.repaint(); // the screenshot is taken from outside, while this thread waits
    QVERIFY(Screenshot::saveIfAsked(u"outbox-unknown-opened"_s));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    nameField->setFocus();
    QTest::keyClick(nameField, Qt::Key_S, Qt::ControlModifier);

    auto *save = findChildOrDie<QPushButton>(&window, "createButton");
    QTRY_COMPARE_WITH_TIMEOUT(save->text(), LinkForm::tr("Save changes"), 10000); // the link found is open
    QCOMPARE(postsNamed(name), 1);
    QTRY_VERIFY(service->outbox()->items().isEmpty());
}

// A waiting create whose earlier send may have reached the server is not
// dropped by deleting its row: dropped, a link the server made would be
// left unseen, and the history would say it never reached the server.
void TestOutboxGui::aCreateThatMayBeOnTheServerIsNotDroppedByADelete()
{
    const std::unique_ptr<MainWindow> opened = openWindowWithItsList();
    QVERIFY(opened);
    MainWindow &window = *opened;
    OutboxService *service = openedOutboxOf(window);
    QVERIFY(service);
    LinkListModel *model = listOf(window);
    m_proxy->stop();
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = u"شاید رسیده"_s;
    OutboxItem item = OutboxItem::create(Outbox::profileKey(server()), server(), draft);
    item.outcomeUnknown = true;
    item.newestIdBefore = model->link(0)->id;
    const qint64 id = service->outbox()->add(item);
    QVERIFY(id);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(-id) >= 0, 10000);

    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    tree->setFocus();
    tree->setCurrentIndex(model->index(model->rowOf(-id), 0));
    tree->selectionModel()->select(tree->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(tree, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
    QTest::mouseClick(findChildOrDie<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"deleteBox"_s));

    QVERIFY(service->outbox()->item(id)); // still to be looked up
    QVERIFY(model->rowOf(-id) >= 0);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"not deleted"_s), qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestOutboxGui)
// A save the outbox finished once the server was back: its message about
// waiting goes, and the next save is not taken for someone else's change
// (the check compares the link's time on the server with the open one's).
void TestOutboxGui::aSaveTheOutboxFinishedIsTheBaseOfTheNext()
{
    const std::unique_ptr<MainWindow> opened = openWindowWithItsList();
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    LinkListModel *model = listOf(window);
    auto *count = findChildOrDie<QPushButton>(&window, "outboxCountButton");
    const qint64 edited = model->link(1)->id;
    const int patchesBefore = requestsTo(u"PATCH"_s, edited);
    QVERIFY(openForEditing(window, 1));
    m_proxy->stop();
    saveWithDescriptionEnding(window, u" — بی‌شبکه"_s);
    QTRY_VERIFY_WITH_TIMEOUT(count->isVisible(), 10000);
    // By its text: the link's own fresh read, failing on the stopped server
    // too, may have replaced it in the status bar already.
    const QString kept = LinkEditor::tr("The server cannot be reached. Your changes are kept in the outbox and are "
                                        "saved when the server is back.");

    QVERIFY(m_proxy->start());
    service->worker()->retryNow();
    QTRY_VERIFY_WITH_TIMEOUT(!count->isVisible(), 20000);
    QCOMPARE(requestsTo(u"PATCH"_s, edited), patchesBefore + 1);
    QTRY_VERIFY(window.statusBar()->currentMessage() != kept);

    saveWithDescriptionEnding(window, u" و دوباره"_s);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(u"PATCH"_s, edited), patchesBefore + 2, 10000);
    // (Where it went in the text: the form is filled again with what the server keeps, trimmed.)
    QTRY_VERIFY(model->link(model->rowOf(edited))->description.value_or(QString()).contains(u"و دوباره"_s));
}

// Saved while the server was away, reopened before the outbox sent it: the
// form showed the server's old values with nothing to say why, as if the
// typing were lost (and saving those again queued a second edit). It shows
// the waiting edit, and says so.
void TestOutboxGui::anEditWaitingInTheOutboxIsWhatTheLinkOpensWith_data()
{
    addUiLanguageRows();
}

void TestOutboxGui::anEditWaitingInTheOutboxIsWhatTheLinkOpensWith()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const std::unique_ptr<MainWindow> opened = openWindowWithItsList();
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    LinkListModel *model = listOf(window);
    auto *count = findChildOrDie<QPushButton>(&window, "outboxCountButton");
    auto *description = findChildOrDie<QTextEdit>(&window, "descriptionEdit");
    auto *save = findChildOrDie<QPushButton>(&window, "createButton");
    auto *message = findChildOrDie<QLabel>(&window, "messageLabel");
    const qint64 edited = model->link(1)->id;
    QVERIFY(openForEditing(window, 1));
    const QString before = description->toPlainText();
    m_proxy->stop();
    saveWithDescriptionEnding(window, u" — در صف"_s);
    QTRY_VERIFY_WITH_TIMEOUT(count->isVisible(), 10000);
    const QString waiting = description->toPlainText();
    QVERIFY(waiting != before);

    QVERIFY(openForEditing(window, 2));
    QTRY_COMPARE(model->link(model->rowOf(edited))->id, edited);
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    tree->setCurrentIndex(model->index(model->rowOf(edited), 0));
    QTRY_COMPARE(description->toPlainText(), waiting.trimmed()); // as the server will keep it
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), LinkEditor::tr("Changes you saved to this link are in the outbox: the form shows them, "
                                             "and they are sent when the server is back."));
    QVERIFY(!save->isEnabled()); // nothing new to save: it is waiting already
    window.repaint();
    QVERIFY(Screenshot::saveIfAsked(u"outbox-waiting-edit"_s));

    QVERIFY(m_proxy->start());
    service->worker()->retryNow();
    QTRY_VERIFY_WITH_TIMEOUT(!count->isVisible(), 20000);
    QTRY_COMPARE(model->link(model->rowOf(edited))->description.value_or(QString()), waiting.trimmed());
}

#include "TestOutboxGui.moc"
