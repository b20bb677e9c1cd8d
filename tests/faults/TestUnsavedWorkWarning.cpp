#include "UserFolders.h"
#include "FindChild.h"
#include "Typing.h"

#include "MainWindow.h"
#include "api/NetworkSetup.h"
#include "storage/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

// When the draft cannot be written (the data folder is read-only, full or
// not a folder), the window says so once and keeps a mark until a save
// works again.
class TestUnsavedWorkWarning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theMarkStaysUntilSavingWorksAgain();
};

void TestUnsavedWorkWarning::initTestCase()
{
    keepOutOfUserFolders();
}

void TestUnsavedWorkWarning::theMarkStaysUntilSavingWorksAgain()
{
    // A regular file where the app's data folder should be.
    const QString dataFolder = QFileInfo(DraftStore::pathFor(QUrl())).absolutePath();
    QVERIFY(QDir().mkpath(QFileInfo(dataFolder).absolutePath()));
    QFile blocker(dataFolder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    MainWindow window(NetworkSetup::createManagers(this));
    window.show();
    auto *mark = findChildOrDie<QLabel>(&window, "draftWarning");
    auto *name = findChildOrDie<QLineEdit>(&window, "nameEdit");
    auto *store = window.findChild<DraftStore *>();
    QVERIFY(store);
    QSignalSpy failed(store, &DraftStore::saveFailed);
    QVERIFY(mark->isHidden());

    Typing::type(name, QStringLiteral("کار در خطر"));
    QTRY_VERIFY_WITH_TIMEOUT(!mark->isHidden(), 5000);
    QVERIFY(!mark->accessibleName().isEmpty());
    QVERIFY(mark->toolTip().contains(QDir::toNativeSeparators(dataFolder)));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("not being saved")),
             qPrintable(window.statusBar()->currentMessage()));

    // Said once: the next failing save keeps the mark and leaves the status bar alone.
    window.statusBar()->clearMessage();
    const qsizetype failuresSoFar = failed.count();
    QTest::keyClicks(name, QStringLiteral("!"));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() > failuresSoFar, 5000);
    QVERIFY(!mark->isHidden());
    QCOMPARE(window.statusBar()->currentMessage(), QString());

    // The folder can be written again: the next edit saves and the mark goes.
    QVERIFY(QFile::remove(dataFolder));
    QTest::keyClicks(name, QStringLiteral("?"));
    QTRY_VERIFY_WITH_TIMEOUT(mark->isHidden(), 5000);
    QVERIFY(QFile::exists(DraftStore::pathFor(QUrl())));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("saved again")));
}

QTEST_MAIN(TestUnsavedWorkWarning)
#include "TestUnsavedWorkWarning.moc"
