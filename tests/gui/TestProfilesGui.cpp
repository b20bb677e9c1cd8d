#include "FindChild.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "Typing.h"
#include "UserFolders.h"

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "ProfileBand.h"
#include "ProfileSwitcher.h"
#include "api/NetworkSetup.h"
#include "links/LinkListModel.h"
#include "OutboxWindow.h"
#include "links/OutboxModel.h"
#include "links/OutboxService.h"
#include "links/ServerNames.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "api/ApiClient.h"
#include "session/Profiles.h"
#include "text/PersianText.h"
#include "session/Session.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>

#include <algorithm>
#include <QStatusBar>
#include <QTest>
#include <QTableView>

using namespace Qt::StringLiterals;

// Server profiles in the real window, with two real backends: the toolbar's
// Server drop-down from the keyboard, each server only ever getting its own
// token, the band and the names that say which profile is in use, and the
// profiles managed in the Connection settings dialog. No keychain here: the
// tokens are typed into the dialog, as a user without one would.
class TestProfilesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void switchingKeepsTokensApart_data();
    void switchingKeepsTokensApart();
    void commandLineChoosesTheProfile_data();
    void commandLineChoosesTheProfile();
    void aServerForOneRunIsNamedInTheDropDown_data();
    void aServerForOneRunIsNamedInTheDropDown();
    void dialogManagesProfilesFromTheKeyboard();
    void singleConnectionBecomesAProfile();
    void changesKeptUnderTheServerGoWithItsProfile_data();
    void changesKeptUnderTheServerGoWithItsProfile();
    void removingAProfileSaysItsChangesStay_data();
    void removingAProfileSaysItsChangesStay();

private:
    // Production on m_live, and a staging profile of the name given (Persian
    // in the Persian UI) on m_staging when a name is given.
    void storeProfiles(const std::optional<QString> &stagingName);
    ConnectionDialog *typeTokenIntoDialog(MainWindow *window, const QString &token);
    // A new link waiting in the outbox under `key`, as a run that ended left
    // it; its item's id, or 0.
    static qint64 leaveWaiting(const QString &key, const QUrl &server, const QString &name);

    ReferenceServer m_live;
    ReferenceServer m_staging;
    QString m_liveId;
    QString m_stagingId;
};

void TestProfilesGui::initTestCase()
{
    QVERIFY2(m_live.start({u"--gallery"_s, u"3"_s}), qPrintable(m_live.errorString()));
    QVERIFY2(m_staging.start({u"--gallery"_s, u"3"_s}), qPrintable(m_staging.errorString()));
}

void TestProfilesGui::init()
{
    keepOutOfUserFolders();
    QSettings().clear();
}

void TestProfilesGui::storeProfiles(const std::optional<QString> &stagingName)
{
    Profiles profiles;
    Profile live;
    live.setName(u"Production"_s);
    live.setServer(m_live.baseUrl());
    live.setProduction(true);
    m_liveId = profiles.add(live).id();
    if (stagingName) {
        Profile staging;
        staging.setName(*stagingName);
        staging.setServer(m_staging.baseUrl());
        m_stagingId = profiles.add(staging).id();
    }
    profiles.setCurrent(m_liveId);
    profiles.save();
}

namespace {
// The dialog the window opened by itself, once shown; null if none came.
// Shown and active: its buttons' mnemonics are shortcuts of the active window only.
ConnectionDialog *openedDialog(MainWindow *window)
{
    ConnectionDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window->findChild<ConnectionDialog *>()) && dialog->isVisible(); },
                         10000)
        || !QTest::qWaitForWindowExposed(dialog) || !QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}
} // namespace

ConnectionDialog *TestProfilesGui::typeTokenIntoDialog(MainWindow *window, const QString &token)
{
    ConnectionDialog *dialog = openedDialog(window);
    if (!dialog)
        return nullptr;
    auto *tokenEdit = findChildOrDie<QLineEdit>(dialog, "tokenEdit");
    tokenEdit->setFocus();
    QTest::keyClicks(tokenEdit, token);
    QTest::keyClick(tokenEdit, Qt::Key_Return);
    return dialog;
}

void TestProfilesGui::switchingKeepsTokensApart_data()
{
    QTest::addColumn<bool>("persian");
    QTest::addColumn<bool>("fromEnvironment"); // the first token from PORTFOLIO_LINKS_TOKEN, not typed
    QTest::newRow("English") << false << false;
    QTest::newRow("Persian") << true << false;
    QTest::newRow("token from the environment") << false << true;
}

void TestProfilesGui::switchingKeepsTokensApart()
{
    QFETCH(bool, persian);
    QFETCH(bool, fromEnvironment);
    const auto restore = useUiLanguage(persian);
    const QString stagingName = persian ? u"سرور آزمایشی"_s : u"Staging"_s;
    storeProfiles(stagingName);
    const QString liveToken = m_live.token(u"staff"_s);
    const QString stagingToken = m_staging.token(u"staff"_s);
    QVERIFY(liveToken != stagingToken);
    if (fromEnvironment)
        qputenv(TokenStore::environmentVariable, liveToken.toUtf8());
    const auto unsetEnvironment = qScopeGuard([] { qunsetenv(TokenStore::environmentVariable); });

    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1100, 720);
    window.restoreSession(LaunchOptions());
    window.setPortfolio(1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (!fromEnvironment)
        QVERIFY(typeTokenIntoDialog(&window, liveToken));
    auto *band = findChildOrDie<ProfileBand>(&window, "profileBand");
    auto *list = findChildOrDie<QTableView>(&window, "linksTree");
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 15000);
    QVERIFY(!band->isVisible()); // production: no band
    QVERIFY(!window.windowTitle().contains(stagingName));
    const qsizetype liveRequestsBefore = m_live.requestCount();

    // The Server drop-down from the keyboard: its label's mnemonic (if the
    // translation kept one), then Down.
    auto *box = findChildOrDie<QComboBox>(&window, "profileBox");
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QLabel *boxLabel = nullptr;
    for (const QLabel *label : window.findChildren<QLabel *>())
        boxLabel = label->buddy() == box ? label : boxLabel;
    QVERIFY(boxLabel);
    const QKeySequence mnemonic = QKeySequence::mnemonic(boxLabel->text());
    if (mnemonic.isEmpty())
        box->setFocus();
    else
        QTest::keySequence(&window, mnemonic);
    QTRY_VERIFY(box->hasFocus());
    QCOMPARE(box->accessibleName(), ProfileSwitcher::tr("Server profile"));
    QTest::keyClick(box, Qt::Key_Down);
    QTRY_VERIFY(band->isVisible());
    QVERIFY2(band->text().contains(stagingName), qPrintable(band->text()));
    QCOMPARE(band->accessibleName().contains(stagingName), true);
    QVERIFY2(window.windowTitle().contains(stagingName), qPrintable(window.windowTitle()));
    const QString statusText = findChildOrDie<QLabel>(&window, "serverLabel")->text();
    QVERIFY2(statusText.contains(stagingName), qPrintable(statusText));
    // Staging's token is not known: asked for, and the list waits for it.
    ConnectionDialog *dialog = typeTokenIntoDialog(&window, stagingToken);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0 && m_staging.requestCount() > 0, 15000);
    window.repaint();
    if (!fromEnvironment)
        QVERIFY(Screenshot::saveIfAsked(u"profiles-staging-band"_s));

    // Back to production: its own token, remembered for this run, no question
    // asked. A name typed meanwhile stays with staging, and the status bar
    // says so by the profile's name (it gave the address, its slash drawn
    // at the far end of a Persian line).
    QTest::keyClicks(findChildOrDie<QLineEdit>(&window, "nameEdit"), u"Half done"_s);
    QSignalSpy said(window.statusBar(), &QStatusBar::messageChanged);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Up);
    const QString kept = MainWindow::tr("Your unsaved work for %1 is kept and comes back when you connect to that "
                                        "server again.")
                             .arg(PersianText::inOwnDirection(stagingName));
    QVERIFY(std::any_of(said.cbegin(), said.cend(), [&kept](const QList<QVariant> &message) { return message.at(0).toString() == kept; }));
    QTRY_VERIFY(!band->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_live.requestCount() > liveRequestsBefore, 15000);
    QVERIFY(!window.findChild<ConnectionDialog *>());
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 15000);
    QCOMPARE(Profiles::load().current()->id(), m_liveId);

    const auto authorizations = [](const ReferenceServer &server) {
        QSet<QString> seen;
        for (const QJsonObject &entry : server.requestLog())
            seen.insert(entry.value(u"authorization"_s).toString());
        seen.remove(QString()); // media: never with a token
        return seen;
    };
    QCOMPARE(authorizations(m_live), QSet<QString>{u"Token "_s + liveToken});
    QCOMPARE(authorizations(m_staging), QSet<QString>{u"Token "_s + stagingToken});
}

void TestProfilesGui::commandLineChoosesTheProfile_data()
{
    addUiLanguageRows();
}

void TestProfilesGui::commandLineChoosesTheProfile()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    storeProfiles(u"سرور آزمایشی"_s);
    MainWindow window(NetworkSetup::createManagers(this));
    LaunchOptions options;
    options.profile = u"سرور آزمايشي"_s; // Arabic Yeh typed: the same name
    window.restoreSession(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(findChildOrDie<ProfileBand>(&window, "profileBand")->isVisible());
    QCOMPARE(findChildOrDie<QComboBox>(&window, "profileBox")->currentData().toString(), m_stagingId);
    QCOMPARE(Profiles::load().current()->id(), m_stagingId); // and the one used from now on
    ConnectionDialog *dialog = openedDialog(&window);
    QVERIFY(dialog);
    QCOMPARE(dialog->server(), m_staging.baseUrl());
    QCOMPARE(findChildOrDie<QComboBox>(dialog, "profileCombo")->currentText(), u"سرور آزمایشی"_s);
    dialog->repaint();
    QVERIFY(Screenshot::saveIfAsked(u"profiles-dialog"_s));
}

void TestProfilesGui::aServerForOneRunIsNamedInTheDropDown_data()
{
    addUiLanguageRows();
}

// Started with --server on a server no profile holds: the drop-down names
// that server rather than showing nothing, and the saved profile is still
// one key away.
void TestProfilesGui::aServerForOneRunIsNamedInTheDropDown()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    storeProfiles(std::nullopt); // production only
    qputenv(TokenStore::environmentVariable, m_staging.token(u"staff"_s).toUtf8());
    const auto unsetEnvironment = qScopeGuard([] { qunsetenv(TokenStore::environmentVariable); });

    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1100, 720);
    LaunchOptions options;
    options.server = m_staging.baseUrl();
    window.restoreSession(options);
    window.setPortfolio(1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *box = findChildOrDie<QComboBox>(&window, "profileBox");
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->currentIndex(), 0);
    QVERIFY2(box->currentText().contains(m_staging.baseUrl().authority()), qPrintable(box->currentText()));
    QCOMPARE(box->currentText(), ProfileSwitcher::tr("%1 (this run only)").arg(m_staging.baseUrl().authority()));
    QVERIFY(box->isEnabled());
    QVERIFY(box->toolTip().isEmpty()); // it has another to switch to
    // As wide as the entry from the first frame on (the popup that sizes it is built after that frame).
    const int oneRunWidth = box->width();
    QVERIFY2(oneRunWidth > box->fontMetrics().horizontalAdvance(box->currentText()), qPrintable(QString::number(oneRunWidth)));
    QTRY_VERIFY_WITH_TIMEOUT(findChildOrDie<QTableView>(&window, "linksTree")->model()->rowCount() > 0, 15000);
    window.repaint();
    QVERIFY(Screenshot::saveIfAsked(u"profiles-one-run-server"_s));

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    auto *session = window.findChild<Session *>();
    QVERIFY(session);
    QTRY_COMPARE(session->api()->baseUrl(), m_live.baseUrl());
    QCOMPARE(box->count(), 1); // the one-run server is gone with the run's connection
    QCOMPARE(box->currentData().toString(), m_liveId);
    // Nothing to switch to: it does not look broken, and says where more come from.
    QVERIFY(box->isEnabled());
    QVERIFY(box->toolTip().contains(ProfileSwitcher::tr("Add servers in Settings › Connection settings to switch between them here.")));
    QCOMPARE(box->accessibleDescription(), box->toolTip());
    // And it follows its entries after the first frame: narrower for the shorter name.
    QTRY_VERIFY2(box->width() < oneRunWidth, qPrintable(QString::number(box->width())));
    QVERIFY(box->width() > box->fontMetrics().horizontalAdvance(box->currentText()));
}

void TestProfilesGui::dialogManagesProfilesFromTheKeyboard()
{
    storeProfiles(u"Staging"_s);
    MainWindow window(NetworkSetup::createManagers(this));
    window.restoreSession(LaunchOptions());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionDialog *dialog = openedDialog(&window);
    QVERIFY(dialog);
    auto *combo = findChildOrDie<QComboBox>(dialog, "profileCombo");
    auto *name = findChildOrDie<QLineEdit>(dialog, "nameEdit");
    QCOMPARE(combo->currentText(), u"Production"_s);

    // Duplicate (Alt+P): a copy, not production, its name ready to change.
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(combo->count(), 3);
    QVERIFY(name->hasFocus());
    QVERIFY(!findChildOrDie<QCheckBox>(dialog, "productionCheck")->isChecked());
    QCOMPARE(findChildOrDie<QLineEdit>(dialog, "serverEdit")->text(), m_live.baseUrl().toDisplayString());
    // A name already taken is refused, and said.
    QTest::keyClicks(name, u"staging"_s);
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier); // a mnemonic clicks a moment later
    auto *result = findChildOrDie<QLabel>(dialog, "testResult");
    QTRY_VERIFY2(result->isVisible() && result->text().contains(u"Staging"_s), qPrintable(result->text()));
    QCOMPARE(combo->count(), 3);
    QVERIFY(name->hasFocus());
    // Renamed: a Persian name.
    name->selectAll();
    Typing::type(name, u"لپ‌تاپ همکار"_s);

    // Add (Alt+A): an empty profile, named after its server once it has one.
    QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(combo->count(), 4);
    QVERIFY(name->hasFocus());
    QVERIFY(findChildOrDie<QLineEdit>(dialog, "serverEdit")->text().isEmpty());
    QTest::keyClicks(findChildOrDie<QLineEdit>(dialog, "serverEdit"), u"https://dev.example.com/"_s);

    dialog->repaint(); // the screenshot is taken from outside, while this thread waits
    QVERIFY(Screenshot::saveIfAsked(u"profiles-dialog-added"_s));

    // Remove (Alt+M) the staging profile: asked first, Cancel keeps it.
    combo->setFocus();
    combo->setCurrentIndex(combo->findText(u"Staging"_s));
    emit combo->activated(combo->currentIndex());
    QTRY_COMPARE(findChildOrDie<QLineEdit>(dialog, "serverEdit")->text(), m_staging.baseUrl().toDisplayString());
    QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"removeProfileBox"_s)) && box->isVisible());
    QVERIFY(box->text().contains(u"Staging"_s));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(u"removeProfileBox"_s));
    QCOMPARE(combo->count(), 4);
    dialog->activateWindow(); // no window manager here to give it back
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"removeProfileBox"_s)) && box->isVisible());
    findChildOrDie<QPushButton>(box, "confirmRemoveProfileButton")->click();
    QTRY_COMPARE(combo->count(), 3);

    const QPointer<ConnectionDialog> accepted(dialog);
    findChildOrDie<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!accepted); // (another opens, asking for a token, as no keychain has it)
    const Profiles stored = Profiles::load();
    QStringList names;
    for (const Profile &profile : stored.all())
        names.append(profile.name());
    QCOMPARE(names, (QStringList{u"Production"_s, u"لپ‌تاپ همکار"_s, u"dev.example.com"_s}));
    QVERIFY(!stored.byId(m_stagingId));
    QCOMPARE(stored.byName(u"لپ‌تاپ همکار"_s)->server(), m_live.baseUrl());
    // The profile shown on OK is the one in use, named in the drop-down.
    QCOMPARE(findChildOrDie<QComboBox>(&window, "profileBox")->currentText(), u"Production"_s);
}

void TestProfilesGui::singleConnectionBecomesAProfile()
{
    // As an earlier version left it: one server in the settings.
    Settings().setServerUrl(m_live.baseUrl());
    MainWindow window(NetworkSetup::createManagers(this));
    window.restoreSession(LaunchOptions());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString host = u"127.0.0.1:%1"_s.arg(m_live.baseUrl().port());
    QCOMPARE(findChildOrDie<QComboBox>(&window, "profileBox")->currentText(), host);
    QVERIFY(!findChildOrDie<ProfileBand>(&window, "profileBand")->isVisible()); // it was the real one
    // No keychain to move the token in: asked for this time, and the move
    // is tried again at the next start; the old entry is not touched.
    ConnectionDialog *dialog = openedDialog(&window);
    QVERIFY(dialog);
    QCOMPARE(dialog->server(), m_live.baseUrl());
    const Profiles profiles = Profiles::load();
    QCOMPARE(profiles.legacyTokenServer(profiles.current()->id()), m_live.baseUrl());
}

qint64 TestProfilesGui::leaveWaiting(const QString &key, const QUrl &server, const QString &name)
{
    LocalStore store;
    if (!store.open())
        return 0;
    History history(&store);
    Outbox outbox(&store, &history);
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = name;
    return outbox.add(OutboxItem::create(key, server, draft));
}

void TestProfilesGui::changesKeptUnderTheServerGoWithItsProfile_data()
{
    addUiLanguageRows();
}

void TestProfilesGui::changesKeptUnderTheServerGoWithItsProfile()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    QFile::remove(LocalStore::defaultPath());
    // An earlier version kept waiting changes under their server alone; a
    // profile since removed left one of its own.
    storeProfiles(std::nullopt);
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString name = u"منتظر از نسخه‌ی پیشین %1"_s.arg(stamp);
    const QString orphanName = u"Made in a removed profile %1"_s.arg(stamp);
    QVERIFY(leaveWaiting(Outbox::profileKey(m_live.baseUrl()), m_live.baseUrl(), name) > 0);
    const qint64 orphan = leaveWaiting(Outbox::profileKey(m_live.baseUrl(), u"removed"_s), m_live.baseUrl(), orphanName);
    QVERIFY(orphan > 0);
    const QString liveToken = m_live.token(u"staff"_s);
    qputenv(TokenStore::environmentVariable, liveToken.toUtf8());
    const auto unsetEnvironment = qScopeGuard([] { qunsetenv(TokenStore::environmentVariable); });
    const qsizetype logSize = m_live.requestCount();

    MainWindow window(NetworkSetup::createManagers(this));
    window.restoreSession(LaunchOptions());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The server's one profile sends it, with its token.
    QTRY_COMPARE_WITH_TIMEOUT(m_live.requestCount({.method = u"POST"_s, .body = name, .since = logSize}), 1, 15000);
    const QJsonObject post = m_live.requests({.method = u"POST"_s, .body = name, .since = logSize}).first();
    QCOMPARE(post.value(u"authorization"_s).toString(), u"Token "_s + liveToken);
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    QTRY_COMPARE_WITH_TIMEOUT(service->outbox()->items().size(), 1, 15000);
    // The removed profile's change is never sent with this profile's token; the Outbox says why it waits.
    QCOMPARE(service->outbox()->items().first().id, orphan);
    QCOMPARE(m_live.requestCount({.method = u"POST"_s, .body = orphanName}), 0);
    findChildOrDie<QAction>(&window, "outboxAction")->trigger();
    OutboxWindow *outboxWindow = nullptr;
    QTRY_VERIFY((outboxWindow = window.findChild<OutboxWindow *>()) && outboxWindow->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(outboxWindow));
    auto *table = findChildOrDie<QTableView>(outboxWindow, "table");
    const QAbstractItemModel *rows = table->model();
    QCOMPARE(rows->rowCount(), 1);
    const QString server = rows->index(0, OutboxModel::ServerColumn).data().toString();
    QVERIFY2(server.contains(ServerNames::tr("%1 (its profile was removed)").section(u' ', 1)), qPrintable(server));
    QCOMPARE(rows->index(0, OutboxModel::StateColumn).data().toString(), OutboxModel::waitingForItsProfileText());
    QVERIFY(!findChildOrDie<QPushButton>(outboxWindow, "retryButton")->isEnabled()); // no token here sends it
    outboxWindow->setGeometry(QRect(QPoint(20, outboxWindow->y()), QSize(1240, outboxWindow->height()))); // every column in view
    outboxWindow->repaint();
    QVERIFY(Screenshot::saveIfAsked(u"outbox-removed-profile"_s));
}

void TestProfilesGui::removingAProfileSaysItsChangesStay_data()
{
    addUiLanguageRows();
}

void TestProfilesGui::removingAProfileSaysItsChangesStay()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    QFile::remove(LocalStore::defaultPath());
    storeProfiles(u"Staging"_s);
    for (const QString &name : {u"Staging's first"_s, u"Staging's second"_s})
        QVERIFY(leaveWaiting(Outbox::profileKey(m_staging.baseUrl(), m_stagingId), m_staging.baseUrl(), name) > 0);
    qputenv(TokenStore::environmentVariable, m_live.token(u"staff"_s).toUtf8());
    const auto unsetEnvironment = qScopeGuard([] { qunsetenv(TokenStore::environmentVariable); });
    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1100, 720);
    window.restoreSession(LaunchOptions());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *service = findChildOrDie<OutboxService>(&window, "outboxService");
    QTRY_COMPARE_WITH_TIMEOUT(service->outbox()->items().size(), 2, 10000);

    findChildOrDie<QAction>(&window, "connectionAction")->trigger();
    ConnectionDialog *dialog = openedDialog(&window);
    QVERIFY(dialog);
    auto *combo = findChildOrDie<QComboBox>(dialog, "profileCombo");
    combo->setCurrentIndex(combo->findText(u"Staging"_s));
    emit combo->activated(combo->currentIndex());
    QTRY_COMPARE(findChildOrDie<QLineEdit>(dialog, "serverEdit")->text(), m_staging.baseUrl().toDisplayString());
    findChildOrDie<QPushButton>(dialog, "removeProfileButton")->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"removeProfileBox"_s)) && box->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QCOMPARE(box->informativeText(),
             ConnectionDialog::tr("%Ln change(s) made in this profile are not on the server yet. They stay in the "
                                  "Outbox until you discard them: no other profile's token sends them.",
                                  nullptr, 2));
    QVERIFY(box->informativeText().contains(QLocale().toString(2)));
    box->repaint();
    QVERIFY(Screenshot::saveIfAsked(u"profiles-remove-waiting"_s));
    // The production profile has none: its question says nothing of them.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(u"removeProfileBox"_s));
    combo->setCurrentIndex(combo->findText(u"Production"_s));
    emit combo->activated(combo->currentIndex());
    findChildOrDie<QPushButton>(dialog, "removeProfileButton")->click();
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(u"removeProfileBox"_s)) && box->isVisible());
    QVERIFY(box->informativeText().isEmpty());
    QTest::keyClick(box, Qt::Key_Escape);
    dialog->reject();
}

QTEST_MAIN(TestProfilesGui)
#include "TestProfilesGui.moc"
