#include "UserFolders.h"
#include "FakeHttpServer.h"
#include "FindChild.h"
#include "PersianUi.h"
#include "Screenshot.h"
#include "Typing.h"

#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QByteArray linksPath = "/api/portfolios/3/links/";
const QByteArray stored = R"json({"id": 41, "name": "دمو", "url": "javascript:alert(1)", "description": null, )json"
                          R"json("image_data": null, "created_at": "2026-01-13T10:05:43.296270Z", )json"
                          R"json("updated_at": "2026-01-13T10:05:43.296270Z"})json";

} // namespace

// What the hostile-review fixes put in front of a person, in the real
// window, in English and in Persian: a URL that is not a web link, the
// question asked when an identical link of unknown age exists after a lost
// answer, and the warning beside a name with a hidden direction control. Screenshots with PORTFOLIO_LINKS_SCREENSHOT_DIR (see the README).
class TestTrustScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { keepOutOfUserFolders(); }
    void screens_data();
    void screens();
};

void TestTrustScreens::screens_data()
{
    addUiLanguageRows();
}

void TestTrustScreens::screens()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);

    FakeHttpServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    MainWindow window(NetworkSetup::Managers{&network, &network});
    window.resize(1100, 700);
    window.setConnection(server.url(), u"t"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    findChildOrDie<QLineEdit>(&window, "portfolioEdit")->setText(u"3"_s);

    // A 201 whose URL is javascript: shown as text with a warning, not a link.
    server.setResponse(linksPath, FakeHttpServer::json(201, stored));
    Typing::type(findChildOrDie<QLineEdit>(&window, "nameEdit"), u"دمو"_s);
    QTest::mouseClick(findChildOrDie<QPushButton>(&window, "createButton"), Qt::LeftButton);
    auto *url = findChildOrDie<QLabel>(&window, "urlValue");
    QTRY_VERIFY(url->isVisible() && url->text().contains(u"javascript"_s));
    QCOMPARE(url->textFormat(), Qt::PlainText);
    QVERIFY(url->text().startsWith(QChar(0x26A0)));
    QVERIFY(Screenshot::saveIfAsked(u"unsafe-url"_s));

    // A new link (Ctrl+N) in another portfolio, whose newest id could not be
    // learnt: the answer to its create is lost, and an identical link exists.
    // The user is asked.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(findChildOrDie<QLineEdit>(&window, "nameEdit")->text().isEmpty());
    findChildOrDie<QLineEdit>(&window, "portfolioEdit")->setText(u"4"_s);
    connect(&server, &FakeHttpServer::requestReceived, &server, [&server](const FakeHttpServer::Request &request) {
        const QByteArray linksPath = request.path.split('?').constFirst();
        const bool check = QUrlQuery(QUrl::fromEncoded(request.path).query()).hasQueryItem(u"search"_s);
        if (request.method == "POST")
            server.setResponse(linksPath, FakeHttpServer::with(FakeHttpServer::Behaviour::CloseAfterRequest));
        else if (check)
            server.setResponse(linksPath, FakeHttpServer::json(200, R"({"count": 1, "next": null, "previous": null, "results": [)"
                                                                        R"({"id": 41, "name": "دمو", "url": null, "description": null, )"
                                                                        R"("image_data": null, "created_at": "2026-01-13T10:05:43.296270Z", )"
                                                                        R"("updated_at": "2026-01-13T10:05:43.296270Z"}]})"));
        else
            server.setResponse(linksPath, FakeHttpServer::html(503, "<h1>503</h1>"));
    });
    Typing::type(findChildOrDie<QLineEdit>(&window, "nameEdit"), u"دمو"_s);
    QTest::mouseClick(findChildOrDie<QPushButton>(&window, "createButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(u"identicalLinkBox"_s)), 10000);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text().contains(u"سرور"_s), persian); // translated
    QVERIFY(Screenshot::saveIfAsked(u"identical-link"_s));
    QTest::mouseClick(findChildOrDie<QPushButton>(box, "decideLaterButton"), Qt::LeftButton);
    QCOMPARE(findChildOrDie<QLineEdit>(&window, "nameEdit")->text(), u"دمو"_s);

    // A name with a hidden right-to-left override: warned beside the field.
    auto *name = findChildOrDie<QLineEdit>(&window, "nameEdit");
    name->setText(u"omed\u202Eexe.png"_s);
    auto *warning = findChildOrDie<QLabel>(&window, "nameWarning");
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"202E"_s), qPrintable(warning->text()));
    QVERIFY(Screenshot::saveIfAsked(u"hidden-characters"_s));
}

QTEST_MAIN(TestTrustScreens)
#include "TestTrustScreens.moc"
