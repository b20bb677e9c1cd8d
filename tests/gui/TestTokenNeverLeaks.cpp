#include "FindChild.h"
#include "ReferenceServer.h"
#include "Typing.h"

#include "ConnectionDialog.h"
#include "LinkForm.h"
#include "MainWindow.h"
#include "ThumbnailTile.h"
#include "api/NetworkSetup.h"

#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace {
// Qt's and the app's threads log too, at the same time as the GUI thread.
QMutex capturedMutex;
QStringList capturedLog;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&capturedMutex);
    capturedLog.append(QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') + message);
}
QStringList captured()
{
    const QMutexLocker lock(&capturedMutex);
    return capturedLog;
}
} // namespace

// A whole session with every debug message on: the token is typed into the
// connection dialog (no keychain here), used to create a link, and then
// looked for everywhere the app writes: it must be nowhere.
class TestTokenNeverLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullSessionLeavesNoTrace();

private:
    ReferenceServer m_server;
};

void TestTokenNeverLeaks::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--media-host"), QStringLiteral("localhost")}),
             qPrintable(m_server.errorString()));
}

void TestTokenNeverLeaks::fullSessionLeavesNoTrace()
{
    const QString token = m_server.token(QStringLiteral("staff"));
    QVERIFY(!token.isEmpty());
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    {
        MainWindow window(NetworkSetup::createManagers(this));
        LaunchOptions options;
        options.server = m_server.baseUrl();
        window.restoreSession(options);
        window.show();

        // No keychain is reachable: the dialog asks for the token.
        ConnectionDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ConnectionDialog *>()) != nullptr, 10000);
        QTest::keyClicks(findChildOrDie<QLineEdit>(dialog, "tokenEdit"), token);
        findChildOrDie<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();

        findChildOrDie<QLineEdit>(&window, "portfolioEdit")->setText(QStringLiteral("1"));
        Typing::type(findChildOrDie<QLineEdit>(&window, "nameEdit"), QStringLiteral("بدون ردپا"));
        findChildOrDie<LinkForm>(&window, "linkForm")->setImageChoice({1, std::nullopt, {}});
        QTest::mouseClick(findChildOrDie<QPushButton>(&window, "createButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(findChildOrDie<QLabel>(&window, "nameValue")->text(), QStringLiteral("بدون ردپا"), 20000);
        const QList<ThumbnailTile *> tiles = window.findChildren<ThumbnailTile *>();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(tiles.cbegin(), tiles.cend(), [](const ThumbnailTile *tile) {
            return tile->state() != ThumbnailTile::State::Loading;
        }), 20000);
    }
    qInstallMessageHandler(previous);

    const QStringList log = captured();
    QVERIFY(log.size() > 3); // debug logging really was on
    for (const QString &line : log)
        QVERIFY2(!line.contains(token), qPrintable(line));

    int scanned = 0;
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation}) {
        QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
            ++scanned;
        }
    }
    qInfo() << "scanned" << scanned << "files and" << log.size() << "log lines: no token";
    QVERIFY(scanned > 0); // the settings file and the thumbnail cache at least
}

QTEST_MAIN(TestTokenNeverLeaks)
#include "TestTokenNeverLeaks.moc"
