#include "UserFolders.h"
#include "EventCounter.h"
#include "FindChild.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "ShownMainWindow.h"
#include "Typing.h"
#include "ViewportWidths.h"

#include "DelayedBusyIndicator.h"
#include "LinkForm.h"
#include "MainWindow.h"
#include "text/Translations.h"
#include "api/NetworkSetup.h"
#include "LinkEditor.h"
#include "ThumbnailStrip.h"
#include "ThumbnailTile.h"
#include "links/LinkListModel.h"
#include "links/OutboxService.h"
#include "session/Session.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "storage/DraftStore.h"
#include "storage/LaunchOptions.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"
#include "text/PersianText.h"

#include <QAbstractNetworkCache>
#include <QAction>
#include <QAccessible>
#include <QComboBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QApplication>
#include <QGroupBox>
#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The links workspace driven from the keyboard only, in English and in
// Persian, against the real backend: browse, open, edit and save (only the
// changed field is sent), delete and undo (nothing is sent), delete for
// real (one DELETE after the undo window).
class TestWorkspaceGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void browseEditSaveDeleteUndo_data();
    void browseEditSaveDeleteUndo();
    void aCreatedLinkAppearsAtTheTopSelected();
    void aLinkCreatedInAnotherOrderIsListedWhereTheServerPutsIt();
    void aCreatedLinksThumbnailsAreAskedForFirst_data();
    void aCreatedLinksThumbnailsAreAskedForFirst();
    void quittingSendsTheDeletesStillInTheirUndoWindow();
    void aDeleteInItsUndoWindowOutlivesACrash();
    void deletingTheOpenLinkOpensTheNextUnasked();
    void anUnsavedEditComesBackAsAnEditOfThatLink();
    void escapeKeepsANewLinksWorkAndCancelStaysCancelled();
    void refreshKeepsTheSelectionAndScrollPosition();
    void theListKeepsItsWidthAsItIsReadAgain_data();
    void theListKeepsItsWidthAsItIsReadAgain();
    void theServersAddressStaysPutAsAnEditIsSaved();
    void pagesAreFetchedOnlyAsTheListScrolls();
    void refusedDeletesComeBack_data();
    void refusedDeletesComeBack();
    void arrivingThumbnailsReachTheScreen();
    void aListProblemWrapsAcrossTheWholeRow_data();
    void aListProblemWrapsAcrossTheWholeRow();

private:
    std::unique_ptr<MainWindow> openWindow(int height = 800);
    // With the staff's token, once the list's first page is in (else null).
    std::unique_ptr<MainWindow> openWindowWithItsList();
    static LinkListModel *listOf(const MainWindow &window);
    // Every row on screen whose link has an image shows its thumbnail.
    static bool visibleRowsShowPictures(const QTableView &tree);

    // Whether the form's draft on disk holds this text.
    bool draftHolds(const QString &text) const;
    ReferenceServer m_server;
};

void TestWorkspaceGui::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start({u"--gallery"_s, u"30"_s}), qPrintable(m_server.errorString()));
    Settings().setUndoWindow(std::chrono::seconds(1));
}

void TestWorkspaceGui::init()
{
    // No test inherits another's draft: a restored draft would ask to be
    // saved before another link opens, and take the keys meant for the list.
    QDir(DraftStore::defaultFolder()).removeRecursively();
}

void TestWorkspaceGui::browseEditSaveDeleteUndo_data()
{
    addUiLanguageRows();
}

void TestWorkspaceGui::browseEditSaveDeleteUndo()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const qsizetype patchesBefore = m_server.requestCount({.method = u"PATCH"_s});
    const qsizetype deletesBefore = m_server.requestCount({.method = u"DELETE"_s});

    const QString portfolioName = persian ? u"وب‌سایت آژانس"_s : u"Agency website"_s;
    Settings().setPortfolioName(m_server.baseUrl(), 1, portfolioName);
    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1280, 800);
    window.setConnection(m_server.baseUrl(), m_server.token(u"staff"_s));
    window.setPortfolio(1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QCOMPARE(findChildOrDie<QLineEdit>(&window, "portfolioNameEdit")->text(), portfolioName);
    QVERIFY2(window.windowTitle().contains(portfolioName), qPrintable(window.windowTitle()));
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    QVERIFY(!tree->accessibleName().isEmpty());
    if (!persian)
        QCOMPARE(tree->accessibleName(), u"Links"_s);
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 20, 10000);
    auto *count = findChildOrDie<QLabel>(&window, "countLabel");
    QVERIFY(count->text().contains(QLocale().toString(model->totalCount())));
    QVERIFY(Screenshot::saveIfAsked(u"workspace-list"_s));

    // A screen reader hears a row's name, URL and date, with no invisible marks.
    int withUrl = 0;
    while (withUrl < model->rowCount() && !model->link(withUrl)->url)
        ++withUrl;
    QVERIFY(withUrl < model->rowCount());
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(tree);
    QVERIFY(table && table->tableInterface());
    QAccessibleInterface *cell = table->tableInterface()->cellAt(withUrl, LinkListModel::NameColumn);
    QVERIFY(cell);
    const QString spoken = cell->text(QAccessible::Name);
    QVERIFY2(spoken.contains(model->link(withUrl)->name), qPrintable(spoken));
    QVERIFY2(spoken.contains(*model->link(withUrl)->url), qPrintable(spoken));
    QVERIFY2(spoken.contains(model->index(withUrl, LinkListModel::UpdatedColumn).data().toString()), qPrintable(spoken));
    for (const QChar c : spoken)
        QVERIFY2(!(c.unicode() >= 0x200E && c.unicode() <= 0x200F) && !(c.unicode() >= 0x202A && c.unicode() <= 0x202E)
                     && !(c.unicode() >= 0x2066 && c.unicode() <= 0x2069),
                 qPrintable(QString::number(c.unicode(), 16)));

    // Ctrl+F searches; Esc leaves for the list, whose first row opens.
    auto *search = findChildOrDie<QLineEdit>(&window, "searchEdit");
    // Its clear button comes with the first focus (not built before the first frame).
    QVERIFY(!search->isClearButtonEnabled());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(search->isClearButtonEnabled());
    // ...named for a screen reader (Qt's own has no name).
    const QList<QToolButton *> clear = search->findChildren<QToolButton *>();
    QCOMPARE(clear.size(), 1);
    QVERIFY(!QAccessible::queryAccessibleInterface(clear.first())->text(QAccessible::Name).isEmpty());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(tree->hasFocus());
    auto *name = findChildOrDie<QLineEdit>(&window, "nameEdit");
    QTRY_COMPARE(name->text(), model->link(0)->name);

    // Down opens the next link; Enter goes to its Name field.
    QTest::keyClick(tree, Qt::Key_Down);
    const Link second = *model->link(1);
    QTRY_COMPARE(name->text(), second.name);
    auto *save = findChildOrDie<QPushButton>(&window, "createButton");
    QCOMPARE(save->text(), LinkForm::tr("Save changes"));
    QVERIFY(!save->isEnabled()); // nothing changed yet
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_End);
    const QString added = persian ? u" ویرایش"_s : u" edited"_s;
    Typing::type(name, added);
    QVERIFY(save->isEnabled());
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(model->link(1)->name, second.name + added, 10000);
    const QList<QJsonObject> patches = m_server.requests({.method = u"PATCH"_s});
    QCOMPARE(patches.size(), patchesBefore + 1);
    const QJsonObject body = QJsonDocument::fromJson(patches.last().value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body.keys(), QStringList{u"name"_s}); // only what changed
    QCOMPARE(body.value(u"name"_s).toString(), second.name + added);
    QTRY_VERIFY(!save->isEnabled());
    QVERIFY(Screenshot::saveIfAsked(u"workspace-edit"_s));

    // Esc back to the list; Delete asks, Enter confirms; the row goes at once.
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(tree->hasFocus());
    const int rows = model->rowCount();
    const qint64 victim = tree->currentIndex().data(LinkListModel::LinkIdRole).toLongLong();
    QTest::keyClick(tree, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
    // The name is quoted inside isolates on screen, and said without them.
    auto *question = findChildOrDie<QLabel>(box, "qt_msgbox_label");
    QVERIFY(question->text() != PersianText::withoutDirectionMarks(question->text()));
    QCOMPARE(QAccessible::queryAccessibleInterface(question)->text(QAccessible::Name),
             PersianText::withoutDirectionMarks(question->text()));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(model->rowCount(), rows - 1);
    QCOMPARE(model->rowOf(victim), -1);
    // The editor lets the deleted link go (on its next turn).
    QTRY_VERIFY(!findChildOrDie<QLabel>(&window, "titleLabel")->text().contains(QLocale().toString(victim)));
    window.repaint(); // the screenshot is taken from outside, while this thread waits
    QVERIFY(Screenshot::saveIfAsked(u"workspace-undo"_s));
    // Ctrl+Z within the window takes it back: the row returns where it was.
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), rows);
    QCOMPARE(model->rowOf(victim), 1);

    // Deleted for real: one DELETE, for this link, once the window passed.
    // What was typed in it is kept aside (and in the draft) until then, and then goes.
    tree->setCurrentIndex(model->index(model->rowOf(victim), 0));
    auto *nameEdit = findChildOrDie<QLineEdit>(&window, "nameEdit");
    QTRY_COMPARE(nameEdit->text(), model->linkById(victim)->name);
    Typing::type(nameEdit, u" رفتنی"_s);
    QTRY_VERIFY(draftHolds(u" رفتنی"_s));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(draftHolds(u" رفتنی"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount({.method = u"DELETE"_s}), deletesBefore + 1, 10000);
    QTRY_VERIFY(!draftHolds(u" رفتنی"_s));
    const QJsonObject deleted = m_server.requests({.method = u"DELETE"_s}).last();
    QVERIFY(deleted.value(u"path"_s).toString().endsWith(u"/links/"_s + QString::number(victim)));
    QCOMPARE(deleted.value(u"status"_s).toInt(), 204);
    // The undone delete sent nothing: the only DELETE is the second one's.
    QCOMPARE(m_server.requestCount({.method = u"DELETE"_s}), deletesBefore + 1);
    QCOMPARE(model->rowCount(), rows - 1);
}

namespace {
// Deletes wait in their undo window far longer than the test runs, until the
// returned guard puts the test case's one second back.
auto longUndoWindow()
{
    Settings().setUndoWindow(std::chrono::seconds(60));
    return qScopeGuard([] { Settings().setUndoWindow(std::chrono::seconds(1)); });
}
} // namespace

bool TestWorkspaceGui::draftHolds(const QString &text) const
{
    QFile draft(DraftStore::pathFor(m_server.baseUrl()));
    return draft.open(QIODevice::ReadOnly) && QString::fromUtf8(draft.readAll()).contains(text);
}

std::unique_ptr<MainWindow> TestWorkspaceGui::openWindow(int height)
{
    return openShownMainWindow(m_server.baseUrl(), 1, QSize(1280, height), this);
}

std::unique_ptr<MainWindow> TestWorkspaceGui::openWindowWithItsList()
{
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    std::unique_ptr<MainWindow> window = openWindow();
    if (!window)
        return nullptr;
    const LinkListModel *model = listOf(*window);
    if (!QTest::qWaitFor([model] { return model->rowCount() > 0 && !model->isLoading(); }, 10000))
        return nullptr;
    return window;
}

LinkListModel *TestWorkspaceGui::listOf(const MainWindow &window)
{
    return qobject_cast<LinkListModel *>(findChildOrDie<QTableView>(&window, "linksTree")->model());
}

bool TestWorkspaceGui::visibleRowsShowPictures(const QTableView &tree)
{
    const auto *model = qobject_cast<const LinkListModel *>(tree.model());
    const int last = tree.rowAt(tree.viewport()->height() - 1);
    for (int row = tree.rowAt(0); row >= 0 && row <= (last < 0 ? model->rowCount() - 1 : last); ++row) {
        const QModelIndex name = model->index(row, LinkListModel::NameColumn);
        if (model->link(row)->image && model->data(name, Qt::DecorationRole).value<QImage>().isNull())
            return false;
    }
    return true;
}

void TestWorkspaceGui::aCreatedLinkAppearsAtTheTopSelected()
{
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    const auto window = openWindow();
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    const qint64 countBefore = model->totalCount();
    const qsizetype logBefore = m_server.requestCount();

    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *name = findChildOrDie<QLineEdit>(window.get(), "nameEdit");
    QTRY_VERIFY(name->hasFocus());
    Typing::type(name, u"تازه از فرم"_s);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(model->link(0)->name, u"تازه از فرم"_s, 10000);
    QCOMPARE(model->totalCount(), countBefore + 1);
    // In place: no page of the list was asked for again to show it (the
    // one-row lookups of the newest id are the creation's own).
    for (const QJsonObject &entry : m_server.requests({.method = u"GET"_s, .path = u"*/links/"_s, .since = logBefore})) {
        const QString query = entry.value(u"query"_s).toString();
        QVERIFY2(query.startsWith(u"limit=1&"_s), qPrintable(query));
    }
    QCOMPARE(tree->currentIndex().row(), 0);
    QVERIFY(tree->selectionModel()->isRowSelected(0, {}));
    QCOMPARE(findChildOrDie<QPushButton>(window.get(), "createButton")->text(), LinkForm::tr("Save changes"));
}

// By name, the new link's place is the server's to say: the list is read
// again, counts it, and shows it selected (it was missing, the count old).
void TestWorkspaceGui::aLinkCreatedInAnotherOrderIsListedWhereTheServerPutsIt()
{
    const auto window = openWindowWithItsList();
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    LinkListModel *model = listOf(*window);
    LinkListQuery byName = model->query();
    byName.order = LinkListQuery::Order::Name;
    byName.descending = false;
    model->setQuery(byName);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 10000);
    const qint64 countBefore = model->totalCount();

    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *name = findChildOrDie<QLineEdit>(window.get(), "nameEdit");
    QTRY_VERIFY(name->hasFocus());
    const QString first = u"0000 first by name"_s;
    Typing::type(name, first);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), countBefore + 1, 10000);
    QTRY_VERIFY(model->rowCount() > 0 && model->link(0)->name == first);
    QTRY_COMPARE(tree->currentIndex().row(), 0);
    QVERIFY(tree->selectionModel()->isRowSelected(0, {}));
    QCOMPARE(model->query().order, LinkListQuery::Order::Name);
}

void TestWorkspaceGui::aCreatedLinksThumbnailsAreAskedForFirst_data()
{
    addUiLanguageRows();
}

// At 0 ms latency the thumbnails' round trip is shorter than what else the
// window does with the answer: their requests leave before the list gets
// the row and before the outbox and history are written, and the form's
// preview comes with the strip's download of the same file.
void TestWorkspaceGui::aCreatedLinksThumbnailsAreAskedForFirst()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    const auto window = openWindow();
    QVERIFY(window);
    LinkListModel *model = listOf(*window);
    QNetworkAccessManager *media = window->findChild<Session *>()->mediaNetwork();
    // The files with a download on its way.
    const auto downloading = [media] {
        QSet<QUrl> files;
        for (const QNetworkReply *reply : media->findChildren<QNetworkReply *>()) {
            if (reply->isRunning())
                files.insert(reply->url());
        }
        return files;
    };
    // The list's own thumbnails in and saved first: one still on its way
    // would be saved after the cache is emptied, and the created link's
    // copy of the same file then rightly read from the disk.
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(visibleRowsShowPictures(*tree) && downloading().isEmpty(), 10000);
    media->cache()->clear(); // every picture from the server, none from the disk
    const QString typed = persian ? u"با تصویرک‌ها"_s : u"With thumbnails"_s;
    std::optional<Link> created;
    std::optional<QSet<QUrl>> whenListed;
    std::optional<QSet<QUrl>> whenRecorded;
    QObject context;
    connect(model, &QAbstractItemModel::rowsInserted, &context, [&](const QModelIndex &, int first) {
        if (const std::optional<Link> link = model->link(first); link && link->id > 0 && link->name == typed) {
            created = link;
            whenListed = downloading();
        }
    });
    connect(findChildOrDie<OutboxService>(window.get(), "outboxService")->history(), &History::recorded, &context,
            [&](const HistoryEntry &entry) {
                if (entry.after.value(u"name"_s).toString() == typed)
                    whenRecorded = downloading();
            });

    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *name = findChildOrDie<QLineEdit>(window.get(), "nameEdit");
    QTRY_VERIFY(name->hasFocus());
    Typing::type(name, typed);
    const qint64 imageId = m_server.ready().value(u"images"_s).toArray().first().toInteger();
    auto *editor = findChildOrDie<LinkEditor>(window.get(), "linkEditor");
    editor->form()->setImageChoice({imageId, {}, {}});
    const qsizetype logBefore = m_server.requestCount();
    // The result's first group: laid out once for the new link (TestResultViewLayout),
    // plus the size it last had while hidden, given as it is shown.
    const EventCounter linkGroupResized(findChildOrDie<QGroupBox>(window.get(), "linkGroup"), QEvent::Resize);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);

    const auto allShown = [&] {
        const QList<ThumbnailTile *> tiles = window->findChildren<ThumbnailTile *>();
        return !tiles.isEmpty() && std::all_of(tiles.cbegin(), tiles.cend(), [](const ThumbnailTile *tile) {
            return tile->state() == ThumbnailTile::State::Loaded;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(created && allShown(), 20000);
    QTRY_VERIFY(!editor->form()->imageChoice().preview.isNull());
    QVERIFY(Screenshot::saveIfAsked(u"created-with-thumbnails"_s));
    QCOMPARE(window->findChildren<ThumbnailTile *>().size(), created->image->thumbnails.size());
    QVERIFY2(linkGroupResized.count() <= 2, qPrintable(QString::number(linkGroupResized.count())));
    QTRY_VERIFY(whenRecorded);
    QVERIFY(whenListed);
    for (const Thumbnail &thumbnail : created->image->thumbnails) {
        QVERIFY2(whenListed->contains(thumbnail.file), "the list had the row before the thumbnails were asked for");
        QVERIFY2(whenRecorded->contains(thumbnail.file), "the history had the entry before the thumbnails were asked for");
    }
    // The preview's file is one of the strip's, downloaded once for both.
    const std::optional<Thumbnail> previewed
        = created->image->thumbnailFor(qRound(ThumbnailStrip::imageArea().width() * editor->devicePixelRatioF()));
    QVERIFY(previewed);
    QCOMPARE(m_server.requestCount({.method = u"GET"_s, .path = previewed->file.path(), .since = logBefore}), 1);
    // The list's row shows its thumbnail too: it shares the strip's download,
    // or the list's own for an older row of the same image, which the cache
    // cleared above may have dropped while the list read it from there
    // (TestThumbnailFaults::aFileLeavingTheDiskCacheBeforeItIsReadComesFromTheServer).
    const auto listShown = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex name = model->index(row, LinkListModel::NameColumn);
            if (model->link(row)->id == created->id)
                return !model->data(name, Qt::DecorationRole).value<QImage>().isNull();
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listShown(), 20000);
    for (const Thumbnail &thumbnail : created->image->thumbnails)
        QCOMPARE(m_server.requestCount({.method = u"GET"_s, .path = thumbnail.file.path(), .since = logBefore}), 1);
}

void TestWorkspaceGui::quittingSendsTheDeletesStillInTheirUndoWindow()
{
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    const auto restoreUndoWindow = longUndoWindow();
    const auto window = openWindow();
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 3, 10000);
    const qsizetype deletesBefore = m_server.requestCount({.method = u"DELETE"_s});
    // Two rows, Shift+Down: one confirmation for both.
    tree->setFocus();
    tree->setCurrentIndex(model->index(2, 0));
    QTest::keyClick(tree, Qt::Key_Down, Qt::ShiftModifier);
    const QList<qint64> ids{model->link(2)->id, model->link(3)->id};
    QTest::keyClick(tree, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
    QVERIFY(box->text().contains(QLocale().toString(2)));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(model->rowOf(ids.first()), -1);
    QCOMPARE(m_server.requestCount({.method = u"DELETE"_s}), deletesBefore); // still in the undo window

    // Closing does not drop them: they are sent, then the window closes.
    window->close();
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount({.method = u"DELETE"_s}), deletesBefore + 2, 10000);
    QTRY_VERIFY(!window->isVisible());
    QStringList paths;
    for (const QJsonObject &entry : m_server.requests({.method = u"DELETE"_s}).mid(deletesBefore))
        paths.append(entry.value(u"path"_s).toString().section(u'/', -1));
    paths.sort();
    QStringList expected{QString::number(ids.first()), QString::number(ids.last())};
    expected.sort();
    QCOMPARE(paths, expected);
}

void TestWorkspaceGui::aDeleteInItsUndoWindowOutlivesACrash()
{
    const auto restoreUndoWindow = longUndoWindow();
    std::unique_ptr<MainWindow> window = openWindowWithItsList();
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    LinkListModel *model = listOf(*window);
    auto *service = findChildOrDie<OutboxService>(window.get(), "outboxService");
    QSignalSpy recorded(service->history(), &History::recorded);
    const qsizetype deletesBefore = m_server.requestCount({.method = u"DELETE"_s});
    const Link victim = *model->link(2);
    const auto deleteIt = [&] {
        tree->setFocus();
        tree->setCurrentIndex(model->index(model->rowOf(victim.id), 0));
        QTest::keyClick(tree, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(model->rowOf(victim.id), -1);
    };
    // The outbox's rows as the file holds them: what a next start reads.
    const auto heldOnDisk = [&victim] {
        const std::optional<QList<OutboxItem>> rows = LocalStore::withConnection(
            LocalStore::defaultPath(), [](const QSqlDatabase &db) { return Outbox::read(db, false); });
        return rows ? std::count_if(rows->cbegin(), rows->cend(), [&victim](const OutboxItem &item) {
            return item.operation == OutboxItem::Operation::Delete && item.linkId == victim.id && item.isHeldForUndo();
        }) : -1;
    };

    deleteIt();
    QCOMPARE(heldOnDisk(), 1);
    // Undone in its window: as if never made, in the outbox and the History.
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(model->rowOf(victim.id) >= 0);
    QCOMPARE(heldOnDisk(), 0);
    QCOMPARE(recorded.size(), 0);

    deleteIt();
    QCOMPARE(heldOnDisk(), 1);
    // A crash in the undo window: the window goes, and nothing is sent.
    window.reset();
    QCOMPARE(m_server.requestCount({.method = u"DELETE"_s}), deletesBefore);
    // The next start sends it, once, and the list does not show the link.
    window = openWindowWithItsList();
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount({.method = u"DELETE"_s}), deletesBefore + 1, 10000);
    const QJsonObject sent = m_server.requests({.method = u"DELETE"_s}).last();
    QCOMPARE(sent.value(u"path"_s).toString().section(u'/', -1), QString::number(victim.id));
    QTRY_COMPARE(listOf(*window)->rowOf(victim.id), -1);
    QTRY_COMPARE(heldOnDisk(), 0);
}

void TestWorkspaceGui::deletingTheOpenLinkOpensTheNextUnasked()
{
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    const auto restoreUndoWindow = longUndoWindow(); // nothing is deleted for real
    const auto window = openWindow();
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    auto *name = findChildOrDie<QLineEdit>(window.get(), "nameEdit");
    auto *title = findChildOrDie<QLabel>(window.get(), "titleLabel");
    auto *save = findChildOrDie<QPushButton>(window.get(), "createButton");
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 3, 10000);
    const qsizetype deletesBefore = m_server.requestCount({.method = u"DELETE"_s});
    tree->setFocus();
    tree->setCurrentIndex(model->index(1, 0));
    const Link victim = *model->link(1);
    QTRY_COMPARE(name->text(), victim.name);
    // Typing in the link that is about to go: it goes with the link, unasked.
    Typing::type(name, u" تایپ‌شده"_s);
    QVERIFY(save->isEnabled());
    tree->setFocus();

    QSignalSpy nameShown(name, &QLineEdit::textChanged);
    QTest::keyClick(tree, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(model->rowOf(victim.id), -1);
    const qint64 nextId = tree->currentIndex().data(LinkListModel::LinkIdRole).toLongLong();
    QVERIFY(nextId > 0 && nextId != victim.id);
    const Link next = *model->linkById(nextId);
    QTRY_COMPARE(name->text(), next.name);
    QVERIFY(title->text().contains(QLocale().toString(next.id)));
    QVERIFY(!save->isEnabled()); // nothing unsaved in the link now open
    QVERIFY(!window->findChild<QMessageBox *>(u"unsavedChangesBox"_s));
    // From the deleted link straight to the next: never an empty form between.
    for (const QList<QVariant> &shown : std::as_const(nameShown))
        QVERIFY2(!shown.first().toString().isEmpty(), "the form was emptied before the next link was shown");
    // The typing went with its link, and is kept aside until the delete is
    // done: in the draft (a crash before then leaves the link on the server), and for Undo.
    QTRY_VERIFY(draftHolds(u"تایپ‌شده"_s));
    // Also once the next link's form is saved as a draft with nothing unsaved
    // in it (a letter typed and taken back): it was cleared then.
    auto *drafts = window->findChild<DraftStore *>();
    QVERIFY(drafts);
    QSignalSpy written(drafts, &DraftStore::saved);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClick(name, Qt::Key_X);
    QTest::keyClick(name, Qt::Key_Backspace);
    QTRY_VERIFY(!written.isEmpty());
    QVERIFY(drafts->load().result().name.contains(u"تایپ‌شده"_s)); // read after every write queued
    tree->setFocus();

    // The last row of the list deleted: the editor empties for a new link.
    auto *search = findChildOrDie<QLineEdit>(window.get(), "searchEdit");
    search->setFocus();
    Typing::type(search, next.name);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1 && model->link(0)->id == next.id, 10000);
    tree->setFocus();
    tree->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(name->text().isEmpty());
    QVERIFY(!title->text().contains(QLocale().toString(next.id)));
    QCOMPARE(save->text(), LinkForm::tr("Create link"));

    // Both come back, an undo each: nothing reaches the server. The first
    // deleted comes back with what was typed in it.
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), 1);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    auto *undo = findChildOrDie<QAction>(window.get(), "undoDeleteAction");
    QTRY_VERIFY(!undo->isEnabled());
    QTRY_COMPARE(name->text(), victim.name + u" تایپ‌شده"_s);
    QVERIFY(title->text().contains(QLocale().toString(victim.id)));
    QTRY_VERIFY(save->isEnabled());
    window->close();
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"unsavedChangesBox"_s)) && box->isVisible());
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(m_server.requestCount({.method = u"DELETE"_s}), deletesBefore);
}

void TestWorkspaceGui::anUnsavedEditComesBackAsAnEditOfThatLink()
{
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    qint64 linkId = 0;
    {
        const auto window = openWindow();
        QVERIFY(window);
        auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
        auto *model = qobject_cast<LinkListModel *>(tree->model());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 5, 10000);
        tree->setFocus();
        tree->setCurrentIndex(model->index(5, 0));
        linkId = model->link(5)->id;
        QTest::keyClick(tree, Qt::Key_Return);
        auto *url = findChildOrDie<QLineEdit>(window.get(), "urlEdit");
        QTRY_VERIFY(findChildOrDie<QLineEdit>(window.get(), "nameEdit")->hasFocus());
        url->setFocus();
        QTest::keyClick(url, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(url, u"https://example.org/unsaved"_s);
        // Saved as the typing pauses; then the window goes without closing (a crash).
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QFile file(DraftStore::pathFor(m_server.baseUrl()));
            return file.open(QIODevice::ReadOnly) && file.readAll().contains("example.org/unsaved");
        }(), 5000);
    }
    const qsizetype patchesBefore = m_server.requestCount({.method = u"PATCH"_s});
    const auto window = openWindow();
    QVERIFY(window);
    auto *save = findChildOrDie<QPushButton>(window.get(), "createButton");
    QTRY_COMPARE_WITH_TIMEOUT(findChildOrDie<QLineEdit>(window.get(), "urlEdit")->text(), u"https://example.org/unsaved"_s, 10000);
    QCOMPARE(save->text(), LinkForm::tr("Save changes"));
    QTRY_VERIFY(save->isEnabled());
    QVERIFY(findChildOrDie<QLabel>(window.get(), "titleLabel")->text().contains(QLocale().toString(linkId)));
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount({.method = u"PATCH"_s}), patchesBefore + 1, 10000);
    const QJsonObject patch = m_server.requests({.method = u"PATCH"_s}).last();
    QVERIFY(patch.value(u"path"_s).toString().endsWith(u"/links/"_s + QString::number(linkId)));
    QCOMPARE(QJsonDocument::fromJson(patch.value(u"body"_s).toString().toUtf8()).object().keys(), QStringList{u"url"_s});
}

// Esc in a form with unsaved work goes back to the list without opening a
// row or asking; choosing a row asks, and the answer Cancel holds when the
// focus comes back to the list (Qt's view would make its first row current,
// as if chosen, and the question would come again).
void TestWorkspaceGui::escapeKeepsANewLinksWorkAndCancelStaysCancelled()
{
    const auto window = openWindowWithItsList();
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    auto *search = findChildOrDie<QLineEdit>(window.get(), "searchEdit");
    auto *name = findChildOrDie<QLineEdit>(window.get(), "nameEdit");
    const auto shownQuestion = [&window]() -> QMessageBox * {
        for (QMessageBox *box : window->findChildren<QMessageBox *>(u"unsavedChangesBox"_s)) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(name->hasFocus());
    Typing::type(name, u"نیمه‌کاره"_s);

    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(!shownQuestion());
    QCOMPARE(name->text(), u"نیمه‌کاره"_s);
    QCOMPARE(tree->currentIndex().row(), 0);
    QVERIFY(!tree->selectionModel()->hasSelection());

    QTest::keyClick(tree, Qt::Key_Down);
    QTRY_VERIFY(shownQuestion());
    QTest::keyClick(shownQuestion(), Qt::Key_Escape); // Cancel
    QTRY_VERIFY(!shownQuestion());
    QTRY_VERIFY(window->isActiveWindow());
    search->setFocus(Qt::OtherFocusReason);
    tree->setFocus(Qt::OtherFocusReason);
    QVERIFY(tree->hasFocus());
    QVERIFY(!shownQuestion());
    QCOMPARE(name->text(), u"نیمه‌کاره"_s);

    // A click on the row under that cursor chooses it: asked, Discard opens it.
    // Each answer but Cancel (Esc) has an Alt letter of its own.
    QCOMPARE(tree->currentIndex().row(), 0);
    const QRect firstRow = tree->visualRect(tree->model()->index(0, LinkListModel::NameColumn));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, firstRow.center());
    QTRY_VERIFY(shownQuestion());
    QMessageBox *question = shownQuestion();
    QStringList letters;
    for (QAbstractButton *answer : question->buttons()) {
        if (question->buttonRole(answer) != QMessageBox::RejectRole)
            letters.append(QKeySequence::mnemonic(answer->text()).toString());
    }
    QCOMPARE(letters.size(), 2);
    QVERIFY2(!letters.contains(QString()) && letters.first() != letters.last(), qPrintable(letters.join(u' ')));
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE(name->text(), listOf(*window)->link(0)->name);
}

void TestWorkspaceGui::refreshKeepsTheSelectionAndScrollPosition()
{
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    // Fewer rows on screen than the portfolio has, from the start.
    const auto window = openWindow(500);
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 20, 10000);
    tree->setFocus();
    tree->setCurrentIndex(model->index(20, 0));
    tree->scrollTo(model->index(20, 0), QAbstractItemView::PositionAtTop);
    const qint64 selected = model->link(20)->id;
    const int scroll = tree->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    // The row just selected opens in the editor; F5 waits while it loads.
    QTRY_VERIFY(!window->isBusy());
    QSignalSpy refreshed(model, &LinkListModel::refreshed);
    QTest::keyClick(tree, Qt::Key_F5);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(tree->currentIndex().data(LinkListModel::LinkIdRole).toLongLong(), selected);
    QVERIFY(tree->selectionModel()->isRowSelected(model->rowOf(selected), {}));
    QCOMPARE(tree->verticalScrollBar()->value(), scroll);
}

void TestWorkspaceGui::theListKeepsItsWidthAsItIsReadAgain_data()
{
    QTest::addColumn<bool>("refresh"); // else a filter is changed
    QTest::newRow("refreshed") << true;
    QTest::newRow("a filter changed") << false;
}

// Read again, the list is emptied or its rows swapped for a moment: its
// scroll bar keeps its room meanwhile, so that its columns do not jump
// sideways and back each time.
void TestWorkspaceGui::theListKeepsItsWidthAsItIsReadAgain()
{
    QFETCH(bool, refresh);
    const auto window = openWindowWithItsList();
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    LinkListModel *model = listOf(*window);
    QTRY_VERIFY(tree->verticalScrollBar()->maximum() > 0);
    const int width = tree->viewport()->width();
    const ViewportWidths painted(tree->objectName());
    QSignalSpy loading(model, &LinkListModel::loadingChanged);
    if (refresh) {
        findChildOrDie<QPushButton>(window.get(), "refreshButton")->click();
    } else {
        auto *withImage = findChildOrDie<QComboBox>(window.get(), "imageFilter");
        withImage->setCurrentIndex(withImage->findData(int(LinkListQuery::Presence::With)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!loading.isEmpty() && !loading.last().first().toBool(), 10000);
    QVERIFY(model->rowCount() > 0);
    const qsizetype paintsBefore = painted.widths.size();
    tree->viewport()->update();
    QTRY_VERIFY(painted.widths.size() > paintsBefore);
    for (const int each : painted.widths)
        QCOMPARE(each, width);
}

// What comes and goes in the status bar as a change is sent (the busy
// indicator, the outbox's count) appears beside the server's address:
// the address does not move at each save.
void TestWorkspaceGui::theServersAddressStaysPutAsAnEditIsSaved()
{
    const auto window = openWindowWithItsList();
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    LinkListModel *model = listOf(*window);
    tree->setFocus();
    tree->setCurrentIndex(model->index(0, LinkListModel::NameColumn));
    const qint64 id = model->link(0)->id;
    auto *name = findChildOrDie<QLineEdit>(window.get(), "nameEdit");
    QTRY_COMPARE(name->text(), model->link(0)->name);
    QTRY_VERIFY(!window->isBusy());

    const EventCounter addressMoved(findChildOrDie<QLabel>(window.get(), "serverLabel"), QEvent::Move);
    auto *busy = window->findChild<DelayedBusyIndicator *>();
    QVERIFY(busy);
    // Shown for this save however soon the answer comes, and with it the
    // window's busy cursor, which goes with it.
    busy->setMinimumDuration(0);
    QList<Qt::CursorShape> cursorAsPresented;
    connect(busy, &DelayedBusyIndicator::presented, window.get(),
            [&cursorAsPresented, &window] { cursorAsPresented.append(window->cursor().shape()); });
    const EventCounter busyShown(busy, QEvent::Show);
    const QString renamed = name->text() + u" (2)"_s;
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, u" (2)"_s);
    findChildOrDie<QAction>(window.get(), "saveLinkAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->linkById(id)->name, renamed, 10000);
    QTRY_VERIFY(!window->isBusy());
    QVERIFY(busyShown.count() > 0);
    QVERIFY(busy->isHidden());
    QCOMPARE(cursorAsPresented, (QList<Qt::CursorShape>{Qt::BusyCursor, Qt::ArrowCursor}));
    QCOMPARE(addressMoved.count(), 0);
}

void TestWorkspaceGui::pagesAreFetchedOnlyAsTheListScrolls()
{
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    Settings().setPageSize(10);
    const auto restorePageSize = qScopeGuard([] { Settings().setPageSize(50); });
    // About ten rows on screen from the start: a first page that came while
    // the window was still taller would rightly have asked for the next.
    const auto window = openWindow(500);
    QVERIFY(window);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 10, 10000);
    // The rows on screen got their thumbnails: the view has laid itself
    // out and painted since the page came, and asked for nothing more.
    const auto thumbnailsShown = [&] {
        int shown = 0;
        for (int row = 0; row < 5; ++row) {
            const bool hasImage = model->link(row)->image.has_value();
            const bool decorated = !model->index(row, LinkListModel::NameColumn).data(Qt::DecorationRole).isNull();
            if (hasImage && !decorated)
                return false;
            shown += decorated;
        }
        return shown > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(thumbnailsShown(), 10000);
    QCOMPARE(model->rowCount(), 10);
    QVERIFY(!model->isLoading());
    QVERIFY(model->canFetchMore({}));
    // End goes to the last row, which scrolls to the end: the next page comes.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_End);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 20, 10000);
}

void TestWorkspaceGui::refusedDeletesComeBack_data()
{
    QTest::addColumn<QStringList>("serverOptions");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("actionStays");
    // A server that never offered delete (405): the action goes for this server.
    QTest::newRow("no delete (405)") << QStringList{u"--no-delete"_s} << u"staff"_s << false;
    // A token without the delete permission (403): the action stays.
    QTest::newRow("no permission (403)") << QStringList{} << u"staff_nodelete"_s << true;
}

void TestWorkspaceGui::refusedDeletesComeBack()
{
    QFETCH(QStringList, serverOptions);
    QFETCH(QString, role);
    QFETCH(bool, actionStays);
    ReferenceServer server;
    QVERIFY2(server.start(serverOptions << u"--gallery"_s << u"5"_s), qPrintable(server.errorString()));
    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1280, 800);
    window.setConnection(server.baseUrl(), server.token(role));
    window.setPortfolio(1);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 2, 10000);
    const int rows = model->rowCount();
    const qint64 victim = model->link(1)->id;
    tree->setFocus();
    tree->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(tree, Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"deleteBox"_s)) && box->isVisible());
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(model->rowCount(), rows - 1);
    // After the undo window the server refuses: the row is back where it was, and the user is told which.
    QMessageBox *failed = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((failed = window.findChild<QMessageBox *>(u"deleteFailedBox"_s)) && failed->isVisible(), 10000);
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->rowOf(victim), 1);
    QVERIFY(failed->informativeText().contains(model->link(1)->name));
    QCOMPARE(findChildOrDie<QLabel>(failed, "qt_msgbox_informativelabel")->textFormat(), Qt::PlainText); // names quoted
    QAction *deleteAction = nullptr;
    for (QAction *action : tree->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Delete))
            deleteAction = action;
    }
    QVERIFY(deleteAction);
    QCOMPARE(deleteAction->isVisible(), actionStays);
    QCOMPARE(deleteAction->isEnabled(), actionStays);
}

// The rows on screen are repainted as their thumbnails arrive (the model
// tells only the rows that asked for them), at the top and scrolled down:
// what the X screen shows becomes what the list paints afresh.
void TestWorkspaceGui::arrivingThumbnailsReachTheScreen()
{
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    const auto window = openWindow();
    QVERIFY(window);
    window->findChild<Session *>()->mediaNetwork()->cache()->clear(); // every picture downloaded now
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    LinkListModel *model = listOf(*window);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 20, 10000);
    QWidget *viewport = tree->viewport();
    const auto onScreen = [&] {
        const QPoint topLeft = viewport->mapToGlobal(QPoint(0, 0));
        return viewport->screen()
            ->grabWindow(0, topLeft.x(), topLeft.y(), viewport->width(), viewport->height())
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    };
    const auto paintedAfresh = [&] { return viewport->grab().toImage().convertToFormat(QImage::Format_RGB32); };

    for (const bool scrolled : {false, true}) {
        if (scrolled)
            tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(visibleRowsShowPictures(*tree), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(onScreen() == paintedAfresh(), 20000);
    }
}

void TestWorkspaceGui::aListProblemWrapsAcrossTheWholeRow_data()
{
    addUiLanguageRows();
}

void TestWorkspaceGui::aListProblemWrapsAcrossTheWholeRow()
{
    QFETCH(bool, persian);
    const auto language = useUiLanguage(persian);
    qputenv(TokenStore::environmentVariable, "0123456789abcdef");
    const auto restoreToken = qScopeGuard([] { qunsetenv(TokenStore::environmentVariable); });
    const auto window = openWindow();
    QVERIFY(window);
    auto *problem = findChildOrDie<QLabel>(window.get(), "problemLabel");
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
    // A long message wraps in the width under the list, not in the narrow
    // column a word-wrapped label asks for when a spacer shares its row.
    const auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    QVERIFY2(problem->width() > tree->width() * 3 / 4,
             qPrintable(u"%1 px beside a list of %2 px"_s.arg(problem->width()).arg(tree->width())));
}

QTEST_MAIN(TestWorkspaceGui)
#include "TestWorkspaceGui.moc"
