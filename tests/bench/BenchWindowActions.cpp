#include "BenchClock.h"
#include "BenchWindow.h"
#include "EventLoopLateness.h"
#include "EventWatch.h"
#include "FigureTable.h"
#include "FindChild.h"
#include "PlainDialog.h"
#include "ReferenceServer.h"
#include "ScreenChecks.h"
#include "Stats.h"
#include "UserFolders.h"
#include "Waiter.h"

#include "ConnectionDialog.h"
#include "HistoryWindow.h"
#include "MainWindow.h"
#include "OutboxWindow.h"
#include "ProfileBand.h"
#include "api/NetworkSetup.h"
#include "links/LinkListModel.h"
#include "session/Profiles.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "storage/LaunchOptions.h"
#include "storage/TokenStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;
using BenchClock::msSince;
using BenchClock::nowNs;

// Everything else a person does in the real window, each timed from the
// input until its outcome is painted, with the event loop's longest stall
// meanwhile and the GUI thread's own CPU time in it (issue: no stall over
// 16 ms anywhere): choosing a link, typing in the form, saving an edit,
// deleting a link and undoing it, changing a filter of the list,
// refreshing and sorting it, switching to another portfolio and back, and
// opening the History (thousands of entries), the Outbox, the connection
// dialog and Help's windows; and switching to another server profile and
// back. A new window's stall is shown beside that of
// a plain dialog of its size opened over the same window (PlainDialog):
// the floor any window pays here. On the reference backend, a portfolio of 200 links with
// images; figures, never asserted against a clock.
class BenchWindowActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actInTheWindow();
    void switchProfiles();
    void cleanupTestCase();

private:
    struct Timed
    {
        double ms = -1; // until the outcome was painted
        double stallMs = -1;
        double stallCpuMs = -1;
        double stallRunQueueMs = -1; // of the stall, waiting for a processor
    };
    // Once the window is quiet, runs `act` on the event loop's next turn, as
    // input arrives, until a paint finds `done()` true, then a moment more:
    // work deferred past the outcome stalls the loop too.
    static std::optional<Timed> time(const std::function<void()> &act, const std::function<bool()> &done);
    // Each figure's runs: the time until painted, the stall, its CPU time;
    // and the same of its anchor, when it has one.
    struct Series
    {
        Stats ms, stallMs, stallCpuMs, stallRunQueueMs;
        QString anchor;
        Stats anchorStallMs, anchorStallCpuMs, stallOverAnchor;
    };
    // The figure's runs so far; the table lists figures in their first run's order.
    Series &series(const QString &label);
    void add(Series &series, const Timed &timed);
    void addAnchor(Series &series, const QString &anchor, const Timed &floor);
    // A window's figures beside the plain dialog's stall at its size, opened over `parent`.
    void addWithPlainDialog(Series &series, const Timed &timed, QWidget *parent, QSize size);
    // The floor of a question and of its answer: Qt's own message box with
    // the same texts and buttons, opened over `parent` until painted, then
    // closed by its default button until the window is painted again.
    static std::optional<std::pair<Timed, Timed>> askAndAnswer(QWidget *parent, const QMessageBox &like);
    void report(const QString &action, const Series &series);
    void seedHistory();

    ReferenceServer m_server;
    ReferenceServer m_staging;
    std::map<QString, Series> m_series;
    QStringList m_order;
    FigureTable m_figures;
    int m_runs = 5;
};

namespace {
constexpr int waitMs = 60000;
constexpr int settleMs = 300;
constexpr int galleryLinks = 200;
constexpr int stagingLinks = 40;
// A busy year: twenty changes a working day.
constexpr int historyEntries = 5000;

bool hasRow(const LinkListModel &model, qint64 id)
{
    return model.rowOf(id) >= 0;
}
} // namespace

void BenchWindowActions::initTestCase()
{
    keepOutOfUserFolders();
    if (const int runs = qEnvironmentVariableIntValue("PORTFOLIO_LINKS_BENCH_RUNS"); runs > 0)
        m_runs = runs;
    QVERIFY2(m_server.start({u"--gallery"_s, QString::number(galleryLinks), u"--gallery-images"_s,
                             QString::number(galleryLinks)}),
             qPrintable(m_server.errorString()));
    QVERIFY2(m_staging.start({u"--gallery"_s, QString::number(stagingLinks), u"--gallery-images"_s,
                              QString::number(stagingLinks)}),
             qPrintable(m_staging.errorString()));
    seedHistory();
}

void BenchWindowActions::seedHistory()
{
    LocalStore store;
    QVERIFY(store.open());
    History history(&store);
    const QUrl server = m_server.baseUrl();
    for (int i = 0; i < historyEntries; ++i) {
        HistoryEntry entry;
        entry.profile = Outbox::profileKey(server);
        entry.server = server.toString();
        entry.portfolioId = 1 + i % 3;
        entry.linkId = i + 1;
        entry.operation = i % 4 == 0 ? u"update"_s : u"create"_s;
        entry.after = QJsonObject{{u"name"_s, u"پیوند نمونه %1"_s.arg(i)},
                                  {u"url"_s, u"https://example.com/projects/%1"_s.arg(i)},
                                  {u"description"_s, u"شرح کاری که برای این مشتری انجام شد. "_s.repeated(4)}};
        QVERIFY(history.record(entry));
    }
}

std::optional<BenchWindowActions::Timed> BenchWindowActions::time(const std::function<void()> &act,
                                                                  const std::function<bool()> &done)
{
    // What the previous action started (an answer, thumbnails) lands first: not timed as this one's.
    Waiter::pause(settleMs);
    EventLoopLateness lateness;
    lateness.start();
    Waiter painted;
    QObject context;
    qint64 doneNs = 0;
    EventWatch paints(qApp, QEvent::Paint, [&] {
        if (doneNs || !done())
            return;
        // The turn after: this paint, and its flush to the screen, are over.
        QTimer::singleShot(0, &context, [&] {
            if (!doneNs) {
                doneNs = nowNs();
                painted.finish();
            }
        });
    });
    const qint64 started = nowNs();
    QTimer::singleShot(0, &context, act);
    if (!painted.wait(waitMs))
        return std::nullopt;
    Waiter::pause(settleMs);
    lateness.stop();
    return Timed{double(doneNs - started) / 1e6, lateness.longestMs(), lateness.longestCpuMs(), lateness.longestRunQueueMs()};
}

BenchWindowActions::Series &BenchWindowActions::series(const QString &label)
{
    if (!m_order.contains(label))
        m_order.append(label);
    return m_series[label];
}

void BenchWindowActions::add(Series &series, const Timed &timed)
{
    series.ms.values.append(timed.ms);
    series.stallMs.values.append(timed.stallMs);
    series.stallCpuMs.values.append(timed.stallCpuMs);
    series.stallRunQueueMs.values.append(timed.stallRunQueueMs);
}

void BenchWindowActions::addAnchor(Series &series, const QString &anchor, const Timed &floor)
{
    series.anchor = anchor;
    if (floor.stallMs <= 0)
        return;
    series.anchorStallMs.values.append(floor.stallMs);
    series.anchorStallCpuMs.values.append(floor.stallCpuMs);
    series.stallOverAnchor.values.append(series.stallMs.values.last() / floor.stallMs);
}

void BenchWindowActions::addWithPlainDialog(Series &series, const Timed &timed, QWidget *parent, QSize size)
{
    add(series, timed);
    const PlainDialog::Stall floor = PlainDialog::open(parent, size);
    addAnchor(series, u"a plain dialog of its size opened"_s, Timed{-1, floor.ms, floor.cpuMs});
}

std::optional<std::pair<BenchWindowActions::Timed, BenchWindowActions::Timed>>
BenchWindowActions::askAndAnswer(QWidget *parent, const QMessageBox &like)
{
    QPointer<QMessageBox> box;
    QAbstractButton *answer = nullptr;
    const std::optional<Timed> asked = time(
        [&] {
            box = new QMessageBox(like.icon(), like.windowTitle(), like.text(), QMessageBox::Cancel, parent);
            box->setInformativeText(like.informativeText());
            box->setAttribute(Qt::WA_DeleteOnClose);
            answer = box->addButton(like.defaultButton()->text(), QMessageBox::DestructiveRole);
            box->setDefaultButton(qobject_cast<QPushButton *>(answer));
            box->open();
        },
        [&] { return box && box->isVisible(); });
    if (!asked)
        return std::nullopt;
    const std::optional<Timed> answered = time([&] { QTest::mouseClick(answer, Qt::LeftButton); },
                                               [&] { return !box || !box->isVisible(); });
    if (!answered)
        return std::nullopt;
    return std::pair(*asked, *answered);
}

void BenchWindowActions::actInTheWindow()
{
    const QJsonArray portfolios = m_server.ready().value(u"portfolios"_s).toArray();
    const qint64 portfolio = portfolios.first().toInteger();
    const qint64 otherPortfolio = portfolios.last().toInteger();
    const std::unique_ptr<MainWindow> opened
        = BenchWindow::open(m_server.baseUrl(), m_server.token(u"staff"_s), portfolio, this);
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *list = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(list->model());
    QVERIFY(model);
    QVERIFY(ScreenChecks::waitForPainted([list] { return ScreenChecks::visibleRowsShowTheirThumbnails(*list); },
                                         waitMs));
    auto *name = findChildOrDie<QLineEdit>(&window, "nameEdit");
    auto *imageFilter = findChildOrDie<QComboBox>(&window, "imageFilter");
    const auto action = [&window](const char *objectName) { return findChildOrDie<QAction>(&window, objectName); };
    // A row in full view first: a press on a row cut by the view's edge
    // scrolls it into view, and the release then lands on its neighbour.
    const auto choose = [list, model](int row) {
        const QModelIndex index = model->index(row, LinkListModel::NameColumn);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    };

    for (int run = -1; run < m_runs; ++run) {
        const bool counted = run >= 0; // one run to warm up
        // Choosing a link: the editor shows it.
        const int row = 2 + (run + 1) % 5;
        const QString chosenName = model->link(row)->name;
        std::optional<Timed> timed = time([&] { choose(row); }, [&] { return name->text() == chosenName; });
        QVERIFY2(timed, "the chosen link was not shown in the editor");
        if (counted)
            add(series(u"choose a link in the list: the editor shows it"_s), *timed);

        // A letter typed into the name field.
        name->setFocus();
        name->end(false);
        timed = time([&] { QTest::keyClick(name, Qt::Key_A); }, [&] { return name->text().endsWith(u'a'); });
        QVERIFY2(timed, "the typed letter was not shown");
        if (counted)
            add(series(u"type a letter into the form's name field"_s), *timed);

        // Saving the edit: the list's row shows the new name.
        const qint64 editedId = model->link(row)->id;
        const QString newName = u"%1 (%2)"_s.arg(chosenName.section(u" ("_s, 0, 0)).arg(run + 2);
        name->setText(newName);
        timed = time([&] { action("saveLinkAction")->trigger(); },
                     [&] {
                         const std::optional<Link> saved = model->linkById(editedId);
                         return saved && saved->name == newName;
                     });
        QVERIFY2(timed, "the saved name did not reach the list");
        if (counted)
            add(series(u"save an edit: the list shows it"_s), *timed);

        // Deleting a link: the question, then the row gone; then undone.
        const int deletedRow = 10 + run + 1;
        const qint64 deletedId = model->link(deletedRow)->id;
        choose(deletedRow);
        QTRY_COMPARE(list->currentIndex().data(LinkListModel::LinkIdRole).toLongLong(), deletedId);
        QTRY_COMPARE(name->text(), model->linkById(deletedId)->name);
        QMessageBox *question = nullptr;
        timed = time([&] { action("deleteLinksAction")->trigger(); },
                     [&] { return (question = window.findChild<QMessageBox *>(u"deleteBox"_s)) && question->isVisible(); });
        QVERIFY2(timed, "the question before a delete was not shown");
        // The session's first message box also looks its icons up in the icon theme.
        add(series(counted ? u"delete a link: the question shown"_s
                           : u"delete a link: the session's first question shown"_s),
            *timed);
        const std::unique_ptr<QMessageBox> asked(new QMessageBox(question->icon(), question->windowTitle(), question->text()));
        asked->setInformativeText(question->informativeText());
        asked->setDefaultButton(asked->addButton(question->defaultButton()->text(), QMessageBox::DestructiveRole));
        auto *confirm = findChildOrDie<QAbstractButton>(question, "confirmDeleteButton");
        // Done when the row is gone and the editor shows the link the list moved to.
        const std::optional<Timed> confirmed = time([&] { QTest::mouseClick(confirm, Qt::LeftButton); },
                                                    [&] {
                                                        const std::optional<Link> next = model->linkById(
                                                            list->currentIndex().data(LinkListModel::LinkIdRole).toLongLong());
                                                        return !hasRow(*model, deletedId) && next && name->text() == next->name;
                                                    });
        QVERIFY2(confirmed, "the deleted link's row stayed");
        timed = time([&] { action("undoDeleteAction")->trigger(); },
                     [&] { return hasRow(*model, deletedId); });
        QVERIFY2(timed, "the undone delete's row did not come back");
        if (counted)
            add(series(u"undo the delete: its row back"_s), *timed);
        // Its floor, once the window is as it was: Qt's message box asked and answered.
        const auto floor = askAndAnswer(&window, *asked);
        QVERIFY2(floor, "Qt's message box was not shown and closed");
        if (counted) {
            addAnchor(series(u"delete a link: the question shown"_s), u"Qt's message box with its texts opened"_s,
                      floor->first);
            Series &gone = series(u"delete a link: confirmed, its row gone (the next link shown)"_s);
            add(gone, *confirmed);
            addAnchor(gone, u"Qt's message box closed by its button"_s, floor->second);
        }

        // A filter of the list: its first page painted.
        const int wanted = imageFilter->currentIndex() == 0 ? 1 : 0;
        const qint64 countBefore = model->totalCount();
        timed = time([&] { imageFilter->setCurrentIndex(wanted); },
                     [&] { return !model->isLoading() && model->totalCount() >= 0 && model->rowCount() > 0; });
        QVERIFY2(timed, "the filtered list was not shown");
        QVERIFY(countBefore >= 0);
        if (counted)
            add(series(u"change a filter of the list: its first page shown"_s), *timed);

        // The History, on thousands of entries: its rows shown.
        HistoryWindow *history = nullptr;
        timed = time([&] { action("historyAction")->trigger(); },
                     [&] {
                         history = window.findChild<HistoryWindow *>();
                         return history && history->isVisible() && history->findChild<QTableView *>()->model()->rowCount() > 0;
                     });
        QVERIFY2(timed, "the History's entries were not shown");
        if (counted)
            addWithPlainDialog(series(u"open the History (%1 entries): its rows shown"_s.arg(historyEntries)), *timed, &window,
                          history->size());
        history->close();
        QTRY_VERIFY(!window.findChild<HistoryWindow *>());

        OutboxWindow *outbox = nullptr;
        timed = time([&] { action("outboxAction")->trigger(); },
                     [&] { return (outbox = window.findChild<OutboxWindow *>()) && outbox->isVisible(); });
        QVERIFY2(timed, "the Outbox was not shown");
        if (counted)
            addWithPlainDialog(series(u"open the Outbox"_s), *timed, &window, outbox->size());
        outbox->close();
        QTRY_VERIFY(!window.findChild<OutboxWindow *>());

        ConnectionDialog *connection = nullptr;
        timed = time([&] { action("connectionAction")->trigger(); },
                     [&] { return (connection = window.findChild<ConnectionDialog *>()) && connection->isVisible(); });
        QVERIFY2(timed, "the connection dialog was not shown");
        if (counted)
            addWithPlainDialog(series(u"open the connection dialog"_s), *timed, &window, connection->size());
        connection->reject();
        QTRY_VERIFY(!window.findChild<ConnectionDialog *>() || !window.findChild<ConnectionDialog *>()->isVisible());

        // Help's windows: each opened until painted, then closed.
        for (const auto &[actionName, label] : {std::pair("gettingStartedAction", u"open Getting started"_s),
                                                std::pair("shortcutsAction", u"open the keyboard shortcuts"_s)}) {
            QDialog *help = nullptr;
            timed = time([&] { action(actionName)->trigger(); },
                         [&] {
                             const QList<QDialog *> open = window.findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
                             const auto visible = std::find_if(open.cbegin(), open.cend(),
                                                               [](const QDialog *dialog) { return dialog->isVisible(); });
                             return (help = visible == open.cend() ? nullptr : *visible) != nullptr;
                         });
            QVERIFY2(timed, qPrintable(label + u" was not shown"_s));
            if (counted)
                addWithPlainDialog(series(label), *timed, &window, help->size());
            const QPointer<QDialog> closing = help;
            help->close();
            QTRY_VERIFY(!closing || !closing->isVisible());
        }

        // Refresh: the list read again and shown.
        bool refreshed = false;
        const QMetaObject::Connection onRefreshed
            = connect(model, &LinkListModel::refreshed, this, [&refreshed] { refreshed = true; });
        timed = time([&] { action("refreshAction")->trigger(); }, [&] { return refreshed && !model->isLoading(); });
        disconnect(onRefreshed);
        QVERIFY2(timed, "the refreshed list was not shown");
        if (counted)
            add(series(u"refresh the list: read again and shown"_s), *timed);

        // A click on the Name column's header: the list sorted by it, its first page shown.
        QHeaderView *header = list->horizontalHeader();
        const LinkListQuery sortedBefore = model->query();
        timed = time(
            [&] {
                const int x = header->sectionViewportPosition(LinkListModel::NameColumn)
                    + header->sectionSize(LinkListModel::NameColumn) / 2;
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            },
            [&] { return !(model->query() == sortedBefore) && !model->isLoading() && model->rowCount() > 0; });
        QVERIFY2(timed, "the sorted list was not shown");
        if (counted)
            add(series(u"sort the list by name: its first page shown"_s), *timed);

        // Another portfolio typed into the bar, and back: each one's first page
        // shown, the way back with the thumbnails of its first screen.
        auto *portfolioField = findChildOrDie<QLineEdit>(&window, "portfolioEdit");
        for (const auto &[target, label] :
             {std::pair(otherPortfolio, u"switch to another portfolio (2 links): its list shown"_s),
              std::pair(portfolio, u"switch back (%1 links): its first screen with thumbnails shown"_s.arg(galleryLinks + 4))}) {
            timed = time(
                [&, target = target] {
                    portfolioField->setFocus();
                    portfolioField->selectAll();
                    QTest::keyClicks(portfolioField, QString::number(target));
                    QTest::keyClick(portfolioField, Qt::Key_Return);
                },
                [&, target = target] {
                    return model->portfolio() == target && !model->isLoading() && model->rowCount() > 0
                        && ScreenChecks::visibleRowsShowTheirThumbnails(*list);
                });
            QVERIFY2(timed, qPrintable(label + u": not shown"_s));
            if (counted)
                add(series(label), *timed);
        }
    }
}

// The Server drop-down from the keyboard, as staff switch between
// production and staging: each profile's list on its own server, its first
// screen with thumbnails. The first switch asks for staging's token (no
// keychain here) and is not counted; from then on both tokens are known.
void BenchWindowActions::switchProfiles()
{
    QSettings().clear();
    Profiles profiles;
    Profile production;
    production.setName(u"Production"_s);
    production.setServer(m_server.baseUrl());
    production.setProduction(true);
    const QString productionId = profiles.add(production).id();
    Profile staging;
    staging.setName(u"Staging"_s);
    staging.setServer(m_staging.baseUrl());
    const QString stagingId = profiles.add(staging).id();
    profiles.setCurrent(productionId);
    profiles.save();
    qputenv(TokenStore::environmentVariable, m_server.token(u"staff"_s).toUtf8());
    const auto unsetToken = qScopeGuard([] { qunsetenv(TokenStore::environmentVariable); });

    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1280, 800);
    window.restoreSession(LaunchOptions());
    window.setPortfolio(m_server.ready().value(u"portfolios"_s).toArray().first().toInteger());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *list = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(list->model());
    QVERIFY(model);
    auto *box = findChildOrDie<QComboBox>(&window, "profileBox");
    auto *band = findChildOrDie<ProfileBand>(&window, "profileBand");
    const auto shown = [&](const QString &profileId, bool bandShown) {
        return box->currentData().toString() == profileId && band->isVisible() == bandShown && !model->isLoading()
            && model->rowCount() > 0 && ScreenChecks::visibleRowsShowTheirThumbnails(*list);
    };
    QVERIFY(ScreenChecks::waitForPainted([&] { return shown(productionId, false); }, waitMs));

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    ConnectionDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = window.findChild<ConnectionDialog *>()) && dialog->isVisible(); },
                            waitMs));
    auto *tokenEdit = findChildOrDie<QLineEdit>(dialog, "tokenEdit");
    tokenEdit->setFocus();
    QTest::keyClicks(tokenEdit, m_staging.token(u"staff"_s));
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    QVERIFY(ScreenChecks::waitForPainted([&] { return shown(stagingId, true); }, waitMs));
    const QString toStaging = u"switch to the staging profile (%1 links): its first screen with thumbnails shown"_s.arg(
        stagingLinks + 4);
    const QString toProduction
        = u"switch back to production (%1 links): its first screen with thumbnails shown"_s.arg(galleryLinks + 4);
    for (int run = -1; run < m_runs; ++run) {
        for (const auto &[key, profileId, bandShown, label] :
             {std::tuple(Qt::Key_Up, productionId, false, toProduction), std::tuple(Qt::Key_Down, stagingId, true, toStaging)}) {
            const std::optional<Timed> timed = time(
                [&, key = key] {
                    box->setFocus();
                    QTest::keyClick(box, key);
                },
                [&, profileId = profileId, bandShown = bandShown] { return shown(profileId, bandShown); });
            QVERIFY2(timed, qPrintable(label + u": not shown"_s));
            QVERIFY(!window.findChild<ConnectionDialog *>() || !window.findChild<ConnectionDialog *>()->isVisible());
            if (run >= 0)
                add(series(label), *timed);
        }
    }
}

void BenchWindowActions::report(const QString &action, const Series &series)
{
    m_figures.add(action + u": until painted"_s, series.ms, u"ms"_s, 1);
    m_figures.add(action + u": longest event-loop stall"_s, series.stallMs, u"ms"_s, 1, u"target <= 16"_s);
    m_figures.add(action + u":   the GUI thread's own CPU time in it"_s, series.stallCpuMs, u"ms"_s, 1);
    m_figures.add(action + u":   its wait for a processor in it"_s, series.stallRunQueueMs, u"ms"_s, 1);
    if (series.anchorStallMs.isEmpty())
        return;
    m_figures.add(action + u":   anchor: "_s + series.anchor + u", longest stall"_s, series.anchorStallMs, u"ms"_s, 1);
    m_figures.add(action + u":   anchor: the GUI thread's own CPU time in it"_s, series.anchorStallCpuMs, u"ms"_s, 1);
    m_figures.add(action + u":   stall / the anchor's, same run"_s, series.stallOverAnchor, u"ratio"_s, 2);
}

void BenchWindowActions::cleanupTestCase()
{
    for (const QString &label : std::as_const(m_order))
        report(label, m_series.at(label));
    if (m_figures.isEmpty())
        return;
    m_figures.print(m_figures.runHeading(u"BenchWindowActions"_s,
                                         u"medians of %1 runs after one warm-up, min and max"_s.arg(m_runs)),
                    u"The real MainWindow, 1280x800, on a portfolio of %1 links with images on the reference backend\n"
                    "(no added latency), %2 entries in its History, and a staging profile on a second backend. Each\n"
                    "action starts on the event loop's turn, as input does, %3 ms after the previous one, and is done\n"
                    "on the turn after the paint that shows its outcome; the stall is the event loop's longest\n"
                    "lateness (1 ms timer) from the input until %3 ms after that.\n"_s
                        .arg(galleryLinks)
                        .arg(historyEntries)
                        .arg(settleMs));
}

int main(int argc, char *argv[])
{
    return BenchWindow::exec(argc, argv, [] { return std::make_unique<BenchWindowActions>(); });
}

#include "BenchWindowActions.moc"
