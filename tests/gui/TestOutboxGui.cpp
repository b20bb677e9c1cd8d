#include "FindChild.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "SwitchableProxy.h"
#include "Typing.h"
#include "UserFolders.h"

#include "HistoryWindow.h"
#include "MainWindow.h"
#include "OutboxWindow.h"
#include "api/NetworkSetup.h"
#include "links/LinkListModel.h"
#include "storage/DraftStore.h"
#include "storage/LaunchOptions.h"
#include "storage/TokenStore.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

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

private:
    int postsNamed(const QString &name) const;

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
}

void TestOutboxGui::init()
{
    QDir(DraftStore::defaultFolder()).removeRecursively();
    QVERIFY(m_proxy->start());
}

int TestOutboxGui::postsNamed(const QString &name) const
{
    int posts = 0;
    for (const QJsonObject &entry : m_server.requestLog()) {
        if (entry.value(u"method"_s).toString() == u"POST"_s && entry.value(u"body"_s).toString().contains(name))
            ++posts;
    }
    return posts;
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

    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1200, 760);
    LaunchOptions options;
    options.server = m_proxy->in(m_server.baseUrl());
    options.portfolio = 1;
    window.restoreSession(options);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);

    m_proxy->stop();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *nameField = findChildOrDie<QLineEdit>(&window, "nameEdit");
    QTRY_VERIFY(nameField->hasFocus());
    Typing::type(nameField, name);
    QTest::keyClick(nameField, Qt::Key_S, Qt::ControlModifier);

    // At once in the list, marked, and counted in the status bar.
    auto *count = findChildOrDie<QPushButton>(&window, "outboxCountButton");
    QTRY_VERIFY_WITH_TIMEOUT(count->isVisible(), 10000);
    QTRY_VERIFY(model->rowCount() > 0 && model->link(0)->id < 0);
    QCOMPARE(model->link(0)->name, name);
    QVERIFY(model->index(0, 0).data(LinkListModel::PendingRole).toBool());
    if (!persian) {
        QVERIFY2(count->text().startsWith(u"1 change"_s), qPrintable(count->text()));
        QVERIFY(model->index(0, 0).data().toString().contains(u"not yet on the server"_s));
    }
    QVERIFY(nameField->text().isEmpty()); // the form is free for the next link
    QVERIFY(Screenshot::saveIfAsked(u"outbox-list"_s));

    // The Outbox window from the keyboard, its list focused.
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    OutboxWindow *outbox = nullptr;
    QTRY_VERIFY((outbox = window.findChild<OutboxWindow *>()) && outbox->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(outbox));
    auto *table = findChildOrDie<QTableView>(outbox, "table");
    QTRY_VERIFY(table->hasFocus());
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

QTEST_MAIN(TestOutboxGui)
#include "TestOutboxGui.moc"
