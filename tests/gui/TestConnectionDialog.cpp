#include "ReferenceServer.h"

#include "ConnectionDialog.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// "Test connection" against the real backend tells each case apart.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsEachOutcome_data();
    void reportsEachOutcome();
    void tokenIsMaskedAndFieldsAreNamed();
    void refusesToAcceptAnInvalidServer();
    void theUploadPathIsEditedAsTyped();

private:
    ReferenceServer m_server;
    QNetworkAccessManager m_network;
};

void TestConnectionDialog::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
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
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);

    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(expected), qPrintable(result->text()), 15000);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->isEnabled());
}

void TestConnectionDialog::tokenIsMaskedAndFieldsAreNamed()
{
    ConnectionDialog dialog(&m_network);
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(QAccessible::queryAccessibleInterface(token)->text(QAccessible::Name), QStringLiteral("API token"));
    QCOMPARE(QAccessible::queryAccessibleInterface(dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit")))
                 ->text(QAccessible::Name),
             QStringLiteral("Server"));
    QCOMPARE(QAccessible::queryAccessibleInterface(dialog.findChild<QLineEdit *>(QStringLiteral("mediaPathEdit")))
                 ->text(QAccessible::Name),
             QStringLiteral("Upload path:"));
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

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
