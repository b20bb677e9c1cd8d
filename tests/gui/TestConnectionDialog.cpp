#include "FindChild.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "UserFolders.h"

#include "ConnectionDialog.h"
#include "LinkForm.h"
#include "MainWindow.h"
#include "Typing.h"
#include "api/ApiError.h"
#include "api/NetworkSetup.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"

#include <qt6keychain/keychain.h>

#include <QAccessible>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

// Stands in for the desktop's browser: the links the app asks it to open.
class OpenedLinks : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

// "Test connection" against the real backend tells each case apart.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void reportsEachOutcome_data();
    void reportsEachOutcome();
    void tokenIsMaskedAndFieldsAreNamed();
    void refusesToAcceptAnInvalidServer();
    void theUploadPathIsEditedAsTyped();
    void schemeLessAddressOnThisComputer_data();
    void schemeLessAddressOnThisComputer();
    void okAfterAFailedTestAsks_data();
    void okAfterAFailedTestAsks();
    void badTokenThenGoodToken();
    void refusedTokenMessagesGoOnceANewOneWorks_data();
    void refusedTokenMessagesGoOnceANewOneWorks();
    void tokenPlaceIsTrue_data();
    void tokenPlaceIsTrue();
    void typingATokenEndsTheEnvironmentText_data();
    void typingATokenEndsTheEnvironmentText();
    void tokenAdminLinkFollowsTheServer_data();
    void tokenAdminLinkFollowsTheServer();
    void firstRunExplainsTheToken_data();
    void firstRunExplainsTheToken();

private:
    QString hostAndPort() const
    {
        return u"127.0.0.1:%1/"_s.arg(m_server.baseUrl().port());
    }
    static QString refusedTokenMessage() { return ApiError::fromHttp(401, {}, {}).message(); }

    ReferenceServer m_server;
    QNetworkAccessManager m_network;
};

namespace {

void addLanguageRows()
{
    addUiLanguageRows();
}

// The first field, button or text of the window that is shorter than it
// needs, described; empty when none is. A window that did not grow with its
// wrapped texts squeezes them all.
QString cutOff(const QWidget *window)
{
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow() || widget->inherits("QDialogButtonBox"))
            continue;
        // A spin box sizes its own editor inside its frame, smaller than the editor alone would be.
        if (widget->parentWidget() && widget->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        const int needed = widget->hasHeightForWidth() ? widget->heightForWidth(widget->width())
                                                       : widget->minimumSizeHint().height();
        if (widget->height() < needed)
            return u"%1: %2 < %3"_s.arg(widget->objectName()).arg(widget->height()).arg(needed);
    }
    return {};
}

} // namespace

void TestConnectionDialog::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestConnectionDialog::cleanup()
{
    // A name typed is written as a draft after a 400 ms pause: on a slow
    // machine a function outlasts that, and the next window would restore
    // the name under what that test types. Each function starts clean.
    QFile::remove(DraftStore::pathFor(m_server.baseUrl()));
}

void TestConnectionDialog::reportsEachOutcome_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("role");
    QTest::addColumn<qint64>("portfolio");
    QTest::addColumn<QString>("expected");

    const QString base = m_server.baseUrl().toString();
    QTest::newRow("ok") << base << "staff" << qint64(1) << "OK";
    QTest::newRow("bad token") << base << "forged" << qint64(1) << "Bad token";
    QTest::newRow("no permission") << base << "staff_noperm" << qint64(1) << "The token works, but";
    QTest::newRow("not found") << base << "staff" << qint64(999999) << "Not found";
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    QTest::newRow("unreachable") << "http://127.0.0.1:1/" << "staff" << qint64(1) << "Unreachable";
}

void TestConnectionDialog::reportsEachOutcome()
{
    QFETCH(QString, server);
    QFETCH(QString, role);
    QFETCH(qint64, portfolio);
    QFETCH(QString, expected);

    ConnectionDialog dialog(&m_network);
    dialog.setTestPortfolio(portfolio);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit")), server);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit")),
                     role == QLatin1String("forged") ? QStringLiteral("0123456789abcdef") : m_server.token(role));
    // From the keyboard: the focus stays on the button while it tests and after,
    // where a second Enter or Space tests again rather than pressing OK.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
    test->setFocus(Qt::TabFocusReason);
    QTest::keyClick(test, Qt::Key_Space);
    QCOMPARE(QApplication::focusWidget(), test);

    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(expected), qPrintable(result->text()), 15000);
    QVERIFY(test->isEnabled());
    QCOMPARE(QApplication::focusWidget(), test);
}

void TestConnectionDialog::tokenIsMaskedAndFieldsAreNamed()
{
    ConnectionDialog dialog(&m_network);
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(QAccessible::queryAccessibleInterface(token)->text(QAccessible::Name), QStringLiteral("API token"));
    // What a token is, heard with the field, without invisible direction marks.
    const QString help = QAccessible::queryAccessibleInterface(token)->text(QAccessible::Description);
    QVERIFY2(help.contains(QStringLiteral("an administrator creates it"), Qt::CaseInsensitive), qPrintable(help));
    QVERIFY(!help.contains(QChar(0x2066)) && !help.contains(QChar(0x2069)));
    QCOMPARE(QAccessible::queryAccessibleInterface(dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit")))
                 ->text(QAccessible::Name),
             QStringLiteral("Server"));
    QCOMPARE(QAccessible::queryAccessibleInterface(dialog.findChild<QLineEdit *>(QStringLiteral("mediaPathEdit")))
                 ->text(QAccessible::Name),
             QStringLiteral("Upload path"));
}

void TestConnectionDialog::refusesToAcceptAnInvalidServer()
{
    ConnectionDialog dialog(&m_network);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit")), QStringLiteral("ftp://files.example.com"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text().isEmpty());

    dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(QStringLiteral("example.com/backend/"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.server(), QUrl(QStringLiteral("https://example.com/backend/")));
}

void TestConnectionDialog::theUploadPathIsEditedAsTyped()
{
    ConnectionDialog dialog(&m_network);
    dialog.setMediaPath(QStringLiteral("/api/media/"));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("mediaPathEdit"));
    QCOMPARE(path->text(), QStringLiteral("/api/media/"));
    QCOMPARE(path->layoutDirection(), Qt::LeftToRight); // a path, in any UI language
    path->setText(QStringLiteral("  /backend/uploads/ "));
    QCOMPARE(dialog.mediaPath(), QStringLiteral("/backend/uploads/"));
    path->clear(); // the server takes no uploads
    QCOMPARE(dialog.mediaPath(), QString());
}

void TestConnectionDialog::schemeLessAddressOnThisComputer_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("fieldAfter"); // empty: as typed
    QTest::addColumn<bool>("passed");

    const QString server = hostAndPort();
    const QString http = m_server.baseUrl().toDisplayString();
    // A plain-http server answers https with garbage: the test says so and uses http.
    QTest::newRow("no scheme, http server") << server << "staff" << "OK over plain http" << http << true;
    QTest::newRow("no scheme, bad token") << server << "forged" << "Bad token" << http << false;
    // What the user typed explicitly is what is tried.
    QTest::newRow("explicit https") << u"https://"_s + server << "staff" << "Unreachable" << QString() << false;
    QTest::newRow("explicit http") << http << "staff" << "OK: the server" << QString() << true;
    // Nothing listens on port 1 at all: neither way works, the address stays.
    QTest::newRow("no scheme, nothing there") << u"127.0.0.1:1"_s << "staff" << "Unreachable" << QString() << false;
}

void TestConnectionDialog::schemeLessAddressOnThisComputer()
{
    QFETCH(QString, typed);
    QFETCH(QString, role);
    QFETCH(QString, expected);
    QFETCH(QString, fieldAfter);
    QFETCH(bool, passed);

    ConnectionDialog dialog(&m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *serverEdit = findChildOrDie<QLineEdit>(&dialog, "serverEdit");
    QTest::keyClicks(serverEdit, typed);
    QTest::keyClicks(findChildOrDie<QLineEdit>(&dialog, "tokenEdit"),
                     role == "forged"_L1 ? u"0123456789abcdef"_s : m_server.token(role));
    auto *test = findChildOrDie<QPushButton>(&dialog, "testButton");
    QTest::mouseClick(test, Qt::LeftButton);

    auto *result = findChildOrDie<QLabel>(&dialog, "testResult");
    QTRY_VERIFY2_WITH_TIMEOUT(test->isEnabled() && result->text().startsWith(expected), qPrintable(result->text()),
                              15000);
    QCOMPARE(serverEdit->text(), fieldAfter.isEmpty() ? typed : fieldAfter);
    if (!fieldAfter.isEmpty()) {
        QVERIFY2(result->text().contains("http://"_L1), qPrintable(result->text())); // it says so
        QCOMPARE(dialog.server(), m_server.baseUrl());
    }
    QCOMPARE(dialog.testPassed(), passed);
    QVERIFY(!result->text().contains("certificate"_L1));
}

void TestConnectionDialog::okAfterAFailedTestAsks_data()
{
    QTest::addColumn<QString>("then");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("use anyway") << "use anyway" << true << true;
    QTest::newRow("cancel") << "cancel" << true << false;
    QTest::newRow("token edited since") << "edit token" << false << true;
    QTest::newRow("server edited since") << "edit server" << false << true;
}

void TestConnectionDialog::okAfterAFailedTestAsks()
{
    QFETCH(QString, then);
    QFETCH(bool, asked);
    QFETCH(bool, accepted);

    ConnectionDialog dialog(&m_network);
    QSignalSpy acceptedSpy(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *serverEdit = findChildOrDie<QLineEdit>(&dialog, "serverEdit");
    auto *tokenEdit = findChildOrDie<QLineEdit>(&dialog, "tokenEdit");
    QTest::keyClicks(serverEdit, m_server.baseUrl().toString());
    QTest::keyClicks(tokenEdit, u"0123456789abcdef"_s);
    QTest::mouseClick(findChildOrDie<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    auto *result = findChildOrDie<QLabel>(&dialog, "testResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith("Bad token"_L1), 15000);

    if (then == "edit token"_L1)
        QTest::keyClicks(tokenEdit, u"0"_s);
    else if (then == "edit server"_L1)
        QTest::keyClicks(serverEdit, u"backend/"_s);
    QTest::keyClick(tokenEdit, Qt::Key_Return);

    QMessageBox *box = dialog.findChild<QMessageBox *>(u"confirmFailedBox"_s);
    QCOMPARE(box != nullptr, asked);
    if (box) {
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(result->text()), qPrintable(box->text())); // what failed, in its words
        QCOMPARE(acceptedSpy.count(), 0); // not before the answer
        if (then == "use anyway"_L1)
            findChildOrDie<QPushButton>(box, "useAnywayButton")->click();
        else
            box->button(QMessageBox::Cancel)->click();
    }
    QCOMPARE(acceptedSpy.count(), accepted ? 1 : 0);
    QCOMPARE(dialog.isVisible(), !accepted);
}

void TestConnectionDialog::badTokenThenGoodToken()
{
    ConnectionDialog dialog(&m_network);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(findChildOrDie<QLineEdit>(&dialog, "serverEdit"), hostAndPort());
    auto *tokenEdit = findChildOrDie<QLineEdit>(&dialog, "tokenEdit");
    QTest::keyClicks(tokenEdit, u"0123456789abcdef"_s);
    auto *test = findChildOrDie<QPushButton>(&dialog, "testButton");
    auto *result = findChildOrDie<QLabel>(&dialog, "testResult");
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && result->text().startsWith("Bad token"_L1), 15000);
    QVERIFY(!dialog.testPassed());

    tokenEdit->selectAll();
    QTest::keyClicks(tokenEdit, m_server.token(u"staff"_s));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && result->text().startsWith("OK"_L1), 15000);
    QVERIFY(dialog.testPassed());
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    QVERIFY(!dialog.findChild<QMessageBox *>(u"confirmFailedBox"_s));
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.server(), m_server.baseUrl());
    QCOMPARE(dialog.token(), m_server.token(u"staff"_s));
}

void TestConnectionDialog::refusedTokenMessagesGoOnceANewOneWorks_data()
{
    QTest::addColumn<bool>("testedInTheDialog");
    QTest::newRow("tested in the dialog") << true;
    QTest::newRow("the next request") << false;
}

void TestConnectionDialog::refusedTokenMessagesGoOnceANewOneWorks()
{
    QFETCH(bool, testedInTheDialog);

    MainWindow window(NetworkSetup::createManagers(this));
    window.setConnection(m_server.baseUrl(), u"0123456789abcdef"_s);
    window.setPortfolio(1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *listProblem = findChildOrDie<QLabel>(&window, "problemLabel");
    QTRY_VERIFY_WITH_TIMEOUT(listProblem->isVisible(), 15000);
    QVERIFY2(listProblem->text().contains(refusedTokenMessage()), qPrintable(listProblem->text()));

    // Creating a link is refused too: the form and the status bar say why.
    Typing::type(findChildOrDie<QLineEdit>(&window, "nameEdit"), u"توکن تازه"_s);
    findChildOrDie<LinkForm>(&window, "linkForm")->setImageChoice({1, std::nullopt, {}});
    QTest::mouseClick(findChildOrDie<QPushButton>(&window, "createButton"), Qt::LeftButton);
    auto *formMessage = findChildOrDie<QLabel>(&window, "messageLabel");
    QTRY_VERIFY_WITH_TIMEOUT(formMessage->isVisible() && formMessage->text().contains(refusedTokenMessage()), 15000);
    QCOMPARE(window.statusBar()->currentMessage(), refusedTokenMessage());

    findChildOrDie<QAction>(&window, "connectionAction")->trigger();
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectionDialog *>()) && dialog->isVisible());
    auto *tokenEdit = findChildOrDie<QLineEdit>(dialog, "tokenEdit");
    tokenEdit->selectAll();
    QTest::keyClicks(tokenEdit, m_server.token(u"staff"_s));
    if (testedInTheDialog) {
        auto *test = findChildOrDie<QPushButton>(dialog, "testButton");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && dialog->testPassed(), 15000);
    }
    findChildOrDie<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

    if (testedInTheDialog) {
        // At once: the dialog's test proved the token.
        QVERIFY(!formMessage->isVisible());
        QVERIFY(window.statusBar()->currentMessage() != refusedTokenMessage());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!formMessage->isVisible(), 15000);
    QVERIFY(window.statusBar()->currentMessage() != refusedTokenMessage());
    QTRY_VERIFY_WITH_TIMEOUT(!listProblem->isVisible(), 15000);
    // The name typed before is still there, ready to be created.
    QCOMPARE(findChildOrDie<QLineEdit>(&window, "nameEdit")->text(), u"توکن تازه"_s);
}

void TestConnectionDialog::tokenPlaceIsTrue_data()
{
    QTest::addColumn<int>("keychain");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("retry");

    // As TokenStore words it where no keychain answers.
    const QString none = u"The token cannot be stored safely: "_s
        + TokenStore::reasonFor(QKeychain::OtherError, u"Unknown error"_s);
    QTest::newRow("keychain") << int(ConnectionDialog::Keychain::Available) << QString() << "in your system's keychain"
                              << false;
    QTest::newRow("no keychain") << int(ConnectionDialog::Keychain::Unavailable) << none << "kept only in memory"
                                 << true;
    QTest::newRow("not known yet") << int(ConnectionDialog::Keychain::Checking) << QString() << "Looking for"
                                   << false;
}

void TestConnectionDialog::tokenPlaceIsTrue()
{
    QFETCH(int, keychain);
    QFETCH(QString, problem);
    QFETCH(QString, says);
    QFETCH(bool, retry);

    ConnectionDialog dialog(&m_network);
    dialog.setKeychain(ConnectionDialog::Keychain(keychain), problem);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *place = findChildOrDie<QLabel>(&dialog, "keychainLabel");
    QVERIFY2(place->text().contains(says), qPrintable(place->text()));
    QVERIFY2(place->text().startsWith(problem), qPrintable(place->text()));
    QVERIFY(!place->text().contains("Unknown error"_L1));
    QCOMPARE(place->text().contains("keychain, nowhere else"_L1), ConnectionDialog::Keychain(keychain)
                                                                       == ConnectionDialog::Keychain::Available);
    QCOMPARE(findChildOrDie<QPushButton>(&dialog, "retryKeychainButton")->isVisible(), retry);
    QVERIFY(place->isVisible());
    QVERIFY2(cutOff(&dialog).isEmpty(), qPrintable(cutOff(&dialog)));
}

void TestConnectionDialog::typingATokenEndsTheEnvironmentText_data()
{
    addLanguageRows();
}

void TestConnectionDialog::typingATokenEndsTheEnvironmentText()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);

    ConnectionDialog dialog(&m_network);
    dialog.setServer(m_server.baseUrl());
    dialog.setToken(u"from-the-environment"_s);
    dialog.setTokenFromEnvironment(true);
    dialog.setKeychain(ConnectionDialog::Keychain::Available);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *place = findChildOrDie<QLabel>(&dialog, "keychainLabel");
    // The name whole, kept left to right inside Persian text.
    const QString isolatedName = QChar(0x2066) + QLatin1String(TokenStore::environmentVariable) + QChar(0x2069);
    QVERIFY2(place->text().contains(isolatedName), qPrintable(place->text()));
    // A screen reader hears the name without the marks.
    QVERIFY(QAccessible::queryAccessibleInterface(place)->text(QAccessible::Name).contains(
        QLatin1String(TokenStore::environmentVariable) + QLatin1Char(' ')));
    QVERIFY(place->wordWrap());
    QVERIFY(place->isVisible());
    QVERIFY2(cutOff(&dialog).isEmpty(), qPrintable(cutOff(&dialog)));
    QVERIFY(Screenshot::saveIfAsked(u"connection-environment-token"_s));

    auto *tokenEdit = findChildOrDie<QLineEdit>(&dialog, "tokenEdit");
    tokenEdit->selectAll();
    QTest::keyClicks(tokenEdit, u"typed-by-the-user"_s);
    QVERIFY2(!place->text().contains(QLatin1String(TokenStore::environmentVariable)), qPrintable(place->text()));
    QCOMPARE(place->text(), ConnectionDialog::tr("The token is kept in your system's keychain, nowhere else."));
    // Put back as it came, it is still not the environment's: the user typed it.
    tokenEdit->selectAll();
    QTest::keyClicks(tokenEdit, u"from-the-environment"_s);
    QVERIFY(!place->text().contains(QLatin1String(TokenStore::environmentVariable)));
}

void TestConnectionDialog::tokenAdminLinkFollowsTheServer_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QUrl>("opens"); // invalid: no button

    QTest::newRow("domain with prefix") << u"example.com/backend/"_s
                                        << QUrl(u"https://example.com/admin/authtoken/tokenproxy/"_s);
    QTest::newRow("this computer over http") << u"http://127.0.0.1:32843/"_s
                                             << QUrl(u"http://127.0.0.1:32843/admin/authtoken/tokenproxy/"_s);
    QTest::newRow("Persian domain") << u"مثال.ایران"_s << QUrl(u"https://مثال.ایران/admin/authtoken/tokenproxy/"_s);
    QTest::newRow("nothing typed") << QString() << QUrl();
    QTest::newRow("ftp") << u"ftp://files.example.com/"_s << QUrl();
}

void TestConnectionDialog::tokenAdminLinkFollowsTheServer()
{
    QFETCH(QString, typed);
    QFETCH(QUrl, opens);

    OpenedLinks opened;
    QDesktopServices::setUrlHandler(u"https"_s, &opened, "open");
    QDesktopServices::setUrlHandler(u"http"_s, &opened, "open");
    const auto unset = qScopeGuard([] {
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"http"_s);
    });

    ConnectionDialog dialog(&m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Typing::type(findChildOrDie<QLineEdit>(&dialog, "serverEdit"), typed);
    QTest::keyClicks(findChildOrDie<QLineEdit>(&dialog, "tokenEdit"), u"secret-token-value"_s);
    auto *button = findChildOrDie<QPushButton>(&dialog, "tokenAdminButton");
    QCOMPARE(button->isVisible(), opens.isValid());
    if (!opens.isValid())
        return;
    QCOMPARE(button->toolTip(), opens.toDisplayString());
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space); // from the keyboard
    QCOMPARE(opened.urls, QList<QUrl>{opens});
    QVERIFY(!opened.urls.first().toString().contains("secret-token-value"_L1));
}

void TestConnectionDialog::firstRunExplainsTheToken_data()
{
    addLanguageRows();
}

void TestConnectionDialog::firstRunExplainsTheToken()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);

    // Nothing set yet (an earlier test saved a server): the dialog opens by itself.
    keepOutOfUserFolders();
    Settings().setServerUrl(QUrl());
    QSettings().remove(u"profiles"_s);
    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1100, 720);
    window.restoreSession(LaunchOptions());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ConnectionDialog *>()) && dialog->isVisible(), 10000);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // What a token is and where it comes from; where it will be kept, truly.
    QVERIFY(findChildOrDie<QLabel>(dialog, "tokenHelp")->isVisible());
    auto *place = findChildOrDie<QLabel>(dialog, "keychainLabel");
    const QString checking = ConnectionDialog::tr("Looking for the system keychain, where the token is kept…");
    QTRY_VERIFY_WITH_TIMEOUT(place->text() != checking, 10000);
    const bool keychain = !findChildOrDie<QPushButton>(dialog, "retryKeychainButton")->isVisible();
    QCOMPARE(place->text() == ConnectionDialog::tr("The token is kept in your system's keychain, nowhere else."),
             keychain);
    QVERIFY2(!place->text().contains("Unknown error"_L1), qPrintable(place->text()));
    QVERIFY(place->isVisible());
    QVERIFY2(cutOff(dialog).isEmpty(), qPrintable(cutOff(dialog)));
    // No server yet, no admin page to offer.
    auto *admin = findChildOrDie<QPushButton>(dialog, "tokenAdminButton");
    QVERIFY(!admin->isVisible());
    QVERIFY(Screenshot::saveIfAsked(u"connection-first-run"_s));

    // A server typed the short way and a wrong token: tested, and said.
    QTest::keyClicks(findChildOrDie<QLineEdit>(dialog, "serverEdit"), hostAndPort());
    QVERIFY(admin->isVisible());
    QTest::keyClicks(findChildOrDie<QLineEdit>(dialog, "tokenEdit"), u"0123456789abcdef"_s);
    auto *test = findChildOrDie<QPushButton>(dialog, "testButton");
    QTest::mouseClick(test, Qt::LeftButton);
    auto *result = findChildOrDie<QLabel>(dialog, "testResult");
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && !dialog->testPassed() && !result->text().isEmpty()
                                 && findChildOrDie<QLineEdit>(dialog, "serverEdit")->text().startsWith("http://"_L1),
                             15000);
    QVERIFY(result->isVisible());
    QVERIFY2(cutOff(dialog).isEmpty(), qPrintable(cutOff(dialog)));
    dialog->repaint(); // the screenshot is taken from outside, while this thread waits
    QVERIFY(Screenshot::saveIfAsked(u"connection-failed-test"_s));

    findChildOrDie<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    auto *box = findChildOrDie<QMessageBox>(dialog, "confirmFailedBox");
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY(Screenshot::saveIfAsked(u"connection-confirm-failed"_s));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(dialog->isVisible());
}

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
