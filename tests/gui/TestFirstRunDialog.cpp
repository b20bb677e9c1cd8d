#include "FindChild.h"
#include "UserFolders.h"

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "api/NetworkSetup.h"
#include "storage/LaunchOptions.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

// A first run (no server yet) on a desktop without a keychain: the
// connection dialog that opens by itself already says where a typed token
// is kept. It used to open saying it was looking for the keychain, then
// grow by the keychain's answer, its buttons moving down under the
// newcomer's eyes.
class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensSayingWhereTheTokenIsKept();
};

namespace {

// The dialog's height and what its keychain line said at each of its paints.
class DialogPaints : public QObject
{
public:
    DialogPaints() { qApp->installEventFilter(this); }
    QList<int> heights;
    QStringList keychainTexts;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            if (auto *dialog = qobject_cast<ConnectionDialog *>(watched)) {
                heights.append(dialog->height());
                keychainTexts.append(findChildOrDie<QLabel>(dialog, "keychainLabel")->text());
            }
        }
        return false;
    }
};

} // namespace

void TestFirstRunDialog::initTestCase()
{
    keepOutOfUserFolders(); // no server set: a first run
}

void TestFirstRunDialog::opensSayingWhereTheTokenIsKept()
{
    const DialogPaints painted;
    MainWindow window(NetworkSetup::createManagers(this));
    window.restoreSession(LaunchOptions());
    window.show();
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ConnectionDialog *>()) != nullptr, 10000);
    const QLabel *keychain = findChildOrDie<QLabel>(dialog, "keychainLabel");
    // This test's session bus points nowhere: no keychain.
    QTRY_VERIFY_WITH_TIMEOUT(keychain->text().contains(u"kept only in memory"_s), 10000);
    QTRY_VERIFY(!painted.heights.isEmpty());
    QCoreApplication::processEvents();
    for (const QString &text : painted.keychainTexts)
        QCOMPARE(text, keychain->text());
    for (const int height : painted.heights)
        QCOMPARE(height, dialog->height());
}

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
