#include "UserFolders.h"
#include "FindChild.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "Typing.h"

#include "AppInfo.h"
#include "FocusStyle.h"
#include "GettingStartedDialog.h"
#include "LinkCopyActions.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "text/Translations.h"
#include "api/NetworkSetup.h"
#include "links/LinkListModel.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"
#include "text/PersianText.h"
#include "text/SizeText.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Help: the shortcuts as the window has them, Getting started, Report a
// problem opening the project's page in the browser. Copy: a link's id, its
// URL in readable form and the last request as a curl command without the
// token, from the result view's buttons and from the list's context menu.
class TestHelpAndCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpMenu_data();
    void helpMenu();
    void copyActions_data();
    void copyActions();
    void copyActionsFollowChangedFieldsNotPictures_data();
    void copyActionsFollowChangedFieldsNotPictures();

public slots:
    // Stands in for the desktop's browser (QDesktopServices::setUrlHandler).
    void openInBrowser(const QUrl &url) { m_opened.append(url); }

private:
    std::unique_ptr<MainWindow> openWindow();

    ReferenceServer m_server;
    QList<QUrl> m_opened;
};

namespace {

QAction *actionNamed(const QWidget *window, const QString &name)
{
    for (QAction *action : window->findChildren<QAction *>(name))
        return action;
    qFatal("no action %s", qPrintable(name));
}

} // namespace

void TestHelpAndCopy::initTestCase()
{
    keepOutOfUserFolders();
    FocusStyle::install();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QDesktopServices::setUrlHandler(u"https"_s, this, "openInBrowser");
    QDesktopServices::setUrlHandler(u"http"_s, this, "openInBrowser");
}

void TestHelpAndCopy::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

std::unique_ptr<MainWindow> TestHelpAndCopy::openWindow()
{
    QFile::remove(DraftStore::pathFor(m_server.baseUrl()));
    auto window = std::make_unique<MainWindow>(NetworkSetup::createManagers(this));
    window->resize(1280, 860);
    window->setConnection(m_server.baseUrl(), m_server.token(u"staff"_s));
    window->setPortfolio(1);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    window->activateWindow();
    return window;
}

void TestHelpAndCopy::helpMenu_data()
{
    addUiLanguageRows();
}

void TestHelpAndCopy::helpMenu()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const auto window = openWindow();
    QVERIFY(window);

    // Every shortcut of the window's actions is listed with its keys, and the form's Ctrl+Enter.
    actionNamed(window.get(), u"shortcutsAction"_s)->trigger();
    auto *shortcuts = window->findChild<ShortcutsDialog *>();
    QVERIFY(shortcuts);
    QVERIFY(QTest::qWaitForWindowExposed(shortcuts));
    auto *table = findChildOrDie<QTableWidget>(shortcuts, "table");
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(PersianText::withoutDirectionMarks(table->item(row, 0)->text() + u" = "_s
                                                       + table->item(row, 1)->data(Qt::AccessibleTextRole).toString()));
    const QString listed = rows.join(u'\n');
    for (const char *name : {"saveLinkAction", "newLinkAction", "findAction", "refreshAction", "undoDeleteAction",
                             "gettingStartedAction"}) {
        const QAction *action = actionNamed(window.get(), QLatin1String(name));
        const QString row = PersianText::withoutDirectionMarks(action->iconText() + u" = "_s
                                                                + action->shortcut().toString(QKeySequence::NativeText));
        QVERIFY2(rows.contains(row), qPrintable(row + u"\nnot in\n"_s + listed));
    }
    QVERIFY2(listed.contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)), qPrintable(listed));
    // All of them in view at once, where the screen has the room (the last
    // rows were cut off behind a scroll bar).
    const QRect lastRow = table->visualRect(table->model()->index(table->rowCount() - 1, 0));
    QVERIFY2(table->viewport()->rect().contains(lastRow),
             qPrintable(u"row %1 of %2 at %3..%4, viewport %5 high"_s.arg(table->rowCount()).arg(table->rowCount())
                            .arg(lastRow.top()).arg(lastRow.bottom()).arg(table->viewport()->height())));
    QVERIFY(Screenshot::saveIfAsked(u"help-shortcuts"_s));
    shortcuts->close();

    // F1: Getting started, in the UI's language.
    QTRY_VERIFY(window->isActiveWindow());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    auto *started = window->findChild<GettingStartedDialog *>();
    QVERIFY(started);
    QVERIFY(QTest::qWaitForWindowExposed(started));
    const QString text = findChildOrDie<QTextBrowser>(started, "text")->toPlainText();
    QVERIFY(text.contains(GettingStartedDialog::tr("Choosing the image")));
    QVERIFY(text.contains(GettingStartedDialog::tr("Your work and your token")));
    QVERIFY(text.contains(QLatin1String(TokenStore::environmentVariable)));
    // The upload limit in the words the rest of the app uses («۱۰ MB» in Persian, before).
    QVERIFY2(text.contains(SizeText::shown(Settings().maxUploadBytes(), 0)), qPrintable(text));
    QVERIFY(Screenshot::saveIfAsked(u"help-getting-started"_s));
    started->close();

    // Report a problem: the project's page, in the browser (here, openInBrowser).
    m_opened.clear();
    actionNamed(window.get(), u"reportProblemAction"_s)->trigger();
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QString(AppInfo::issues))});
    QVERIFY(m_opened.first().scheme() == u"https"_s || m_opened.first().scheme() == u"http"_s);
}

void TestHelpAndCopy::copyActions_data()
{
    addUiLanguageRows();
}

void TestHelpAndCopy::copyActions()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    const auto window = openWindow();
    QVERIFY(window);
    const QString token = m_server.token(u"staff"_s);
    QClipboard *clipboard = QGuiApplication::clipboard();

    auto *name = findChildOrDie<QLineEdit>(window.get(), "nameEdit");
    name->setFocus();
    Typing::type(name, u"دمو 'کپی'"_s);
    Typing::type(findChildOrDie<QLineEdit>(window.get(), "urlEdit"), u"نمونه.ایران/دمو"_s);
    QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
    auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy() && findChildOrDie<QToolButton>(window.get(), "copyIdButton")->isEnabled(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    const qint64 id = model->link(0)->id;

    // The result view's buttons.
    QTest::mouseClick(findChildOrDie<QToolButton>(window.get(), "copyIdButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(), QString::number(id));
    QTest::mouseClick(findChildOrDie<QToolButton>(window.get(), "copyUrlButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(), u"https://نمونه.ایران/دمو"_s);
    QTest::mouseClick(findChildOrDie<QToolButton>(window.get(), "copyCurlButton"), Qt::LeftButton);
    const QString curl = clipboard->text();
    QVERIFY2(curl.startsWith(u"curl -X 'POST' "_s), qPrintable(curl));
    QVERIFY(curl.contains(u"\"Authorization: Token $PORTFOLIO_LINKS_TOKEN\""_s));
    QVERIFY(curl.contains(u"دمو '\\''کپی'\\''"_s));
    QVERIFY2(!curl.contains(token), "the token reached the clipboard");
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());

    // The list's context menu, on the current row.
    tree->setFocus();
    tree->setCurrentIndex(model->index(0, 0));
    clipboard->clear();
    QAction *copyId = nullptr;
    for (QAction *action : tree->actions()) {
        if (action->objectName() == u"copyIdAction"_s)
            copyId = action;
    }
    QVERIFY(copyId);
    QTRY_VERIFY(copyId->isEnabled());
    copyId->trigger();
    QCOMPARE(clipboard->text(), QString::number(id));

    // A picture of the menu as it opens on the row.
    QMenu menu;
    menu.addActions(tree->actions());
    menu.popup(tree->viewport()->mapToGlobal(tree->visualRect(model->index(0, 0)).center()));
    QVERIFY(QTest::qWaitForWindowExposed(&menu));
    QVERIFY(Screenshot::saveIfAsked(u"copy-context-menu"_s));
    menu.close();
}

void TestHelpAndCopy::copyActionsFollowChangedFieldsNotPictures_data()
{
    QTest::addColumn<QList<int>>("roles");
    QTest::addColumn<bool>("asksForTheLink");
    QTest::newRow("every role (a link edited in place)") << QList<int>() << true;
    QTest::newRow("its text") << QList<int>{Qt::DisplayRole} << true;
    QTest::newRow("its text, edited") << QList<int>{Qt::DisplayRole, Qt::EditRole} << true;
    QTest::newRow("a thumbnail arrived") << QList<int>{Qt::DecorationRole, Qt::ToolTipRole} << false;
    QTest::newRow("a tooltip") << QList<int>{Qt::ToolTipRole} << false;
}

// The list's rows tell each thumbnail that arrives, hundreds of runs of
// rows at a time; the link source looks through every row. Only a change of
// what a row holds may change what the copy actions allow.
void TestHelpAndCopy::copyActionsFollowChangedFieldsNotPictures()
{
    QFETCH(QList<int>, roles);
    QFETCH(bool, asksForTheLink);
    QStandardItemModel rows(3, 1);
    LinkCopyActions actions;
    Link link;
    link.id = 42;
    int asked = 0;
    actions.setLinkSource([&] {
        ++asked;
        return std::optional<Link>(link);
    });
    actions.followChanges(&rows);
    QVERIFY(actions.copyId()->isEnabled());
    QVERIFY(!actions.copyUrl()->isEnabled());
    asked = 0;
    link.url = u"https://نمونه.ایران/"_s;

    emit rows.dataChanged(rows.index(0, 0), rows.index(2, 0), roles);

    QCOMPARE(asked, asksForTheLink ? 1 : 0);
    QCOMPARE(actions.copyUrl()->isEnabled(), asksForTheLink);
}

QTEST_MAIN(TestHelpAndCopy)
#include "TestHelpAndCopy.moc"
