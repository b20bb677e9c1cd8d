#include "FindChild.h"
#include "PersianUi.h"
#include "Screenshot.h"
#include "UserFolders.h"

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "api/NetworkSetup.h"
#include "storage/LaunchOptions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSizeGrip>
#include <QStatusBar>
#include <QTest>

#include <algorithm>

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
    void aTokenTheKeychainCouldNotKeepIsSaidWhole_data();
    void aTokenTheKeychainCouldNotKeepIsSaidWhole();
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

// Where no keychain keeps a typed token, the status bar says so in a
// sentence it has room for (the keychain's own words were cut off there
// mid-sentence and ran into the server's address).
void TestFirstRunDialog::aTokenTheKeychainCouldNotKeepIsSaidWhole_data()
{
    addUiLanguageRows();
}

void TestFirstRunDialog::aTokenTheKeychainCouldNotKeepIsSaidWhole()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    MainWindow window(NetworkSetup::createManagers(this));
    LaunchOptions options;
    options.server = QUrl(u"http://127.0.0.1:9/"_s); // nothing listens there
    window.restoreSession(options);
    window.resize(1280, 800);
    window.show();
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ConnectionDialog *>()) != nullptr && dialog->isVisible(), 10000);
    QTest::keyClicks(findChildOrDie<QLineEdit>(dialog, "tokenEdit"), u"typed-token"_s);
    findChildOrDie<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    QStatusBar *bar = window.statusBar();
    const QString said = MainWindow::tr("The system keychain could not keep the token: it is kept in memory until "
                                        "you quit. Connection settings (Ctrl+,) says why.");
    QTRY_COMPARE_WITH_TIMEOUT(bar->currentMessage(), said, 10000);
    QVERIFY(Screenshot::saveIfAsked(u"keychain-unavailable-status"_s));
    // QStatusBar's room for a message: up to its permanent widgets (on its
    // left in a mirrored window).
    const bool mirrored = bar->layoutDirection() == Qt::RightToLeft;
    int left = 6;
    int right = bar->width() - 12;
    for (const QWidget *widget : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!widget->isVisible() || qobject_cast<const QSizeGrip *>(widget))
            continue;
        if (mirrored)
            left = std::max(left, widget->x() + widget->width() + 2);
        else
            right = std::min(right, widget->x() - 2);
    }
    const int room = right - left;
    const int needed = bar->fontMetrics().horizontalAdvance(bar->currentMessage());
    QVERIFY2(needed <= room, qPrintable(u"%1 px for %2 px: %3"_s.arg(needed).arg(room).arg(bar->currentMessage())));
}

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
