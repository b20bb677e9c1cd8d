#include "FakeHttpServer.h"
#include "FindChild.h"
#include "TestImages.h"
#include "UserFolders.h"

#include "ConnectionDialog.h"
#include "ImagePickerDialog.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/MediaSupport.h"
#include "media/PortfolioImageModel.h"
#include "session/Session.h"
#include "session/ConnectionCheck.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(FakeHttpServer::Response)

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Behaviour = FakeHttpServer::Behaviour;
using ThumbnailState = PortfolioImageModel::ThumbnailState;

namespace {

// The session's timeouts here: 1 s of silence, 2 s in all. The defaults are
// 30 s and 120 s, so a failure inside this bound can only come from the
// session's. A bound on waiting, not a measurement.
constexpr auto sessionTimeout = 1s;
constexpr auto sessionDeadline = 2s;
constexpr int withinMs = 8000;
constexpr int waitMs = 10000;

const QByteArray linksPath = "/api/portfolios/1/links/";
const QString mediaPath = u"/api/media/"_s;
const QByteArray mediaPathBytes = mediaPath.toLatin1();
const QByteArray emptyMediaList = R"({"count":0,"next":null,"previous":null,"results":[]})";
// Image 9's only thumbnail: whatever answers this path decides its fate.
const QByteArray thumbnailPath = "/media/thumbnails/9_128.png";
const QString didNotArrive = u"The image did not arrive in time."_s;

QByteArray imageJson(const FakeHttpServer &server)
{
    return QStringLiteral(R"({"id": 9, "type": "image/png", "name": "slow", "size": 5120, )"
                          R"("human_readable_size": "5.00 KB", "f": "%1", "width": 640, "height": 480, )"
                          R"("mode": "RGB", "thumbnails": [{"id": 901, "f": "%2", "size": 128}]})")
        .arg(server.url(u"/media/9.png"_s).toString(), server.url(QString::fromLatin1(thumbnailPath)).toString())
        .toUtf8();
}

QByteArray linkPage(const FakeHttpServer &server)
{
    return R"({"count": 1, "next": null, "previous": null, "results": [{"id": 1, "name": "link 1", "url": null, )"
           R"("description": null, "image_data": )"
        + imageJson(server)
        + R"(, "created_at": "2026-01-13T10:05:43.296270Z", "updated_at": "2026-01-13T10:05:43.296310Z"}]})";
}

} // namespace

// The timeouts the user set reach everything the picker and the connection
// dialog fetch: a media server that hangs, or trickles a thumbnail for
// longer than the deadline, fails a picker tile and the by-number preview
// within seconds, not after the defaults' 30 s; the connection test gives
// up as soon.
class TestSessionTimeouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pickerTileFailsWithinTheSessionsTimeouts_data();
    void pickerTileFailsWithinTheSessionsTimeouts();
    void byNumberPreviewFailsWithinTheSessionsTimeouts_data();
    void byNumberPreviewFailsWithinTheSessionsTimeouts();
    void connectionTestUsesTheTimeoutsGiven();

private:
    void addThumbnailAnswers();
    std::unique_ptr<ImagePickerDialog> openDialog();

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Session> m_session;
};

void TestSessionTimeouts::initTestCase()
{
    keepOutOfUserFolders();
}

void TestSessionTimeouts::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setResponse(linksPath, FakeHttpServer::json(200, linkPage(*m_server)));
    m_server->setResponse(mediaPathBytes, FakeHttpServer::json(200, emptyMediaList));
    m_server->setResponse(mediaPathBytes + "9/", FakeHttpServer::json(200, imageJson(*m_server)));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_session = std::make_unique<Session>(NetworkSetup::Managers{m_network.get(), m_network.get()});
    m_session->connectTo(m_server->url(), u"test-token"_s, false, mediaPath);
}

void TestSessionTimeouts::cleanup()
{
    m_session.reset();
    m_network.reset();
    m_server.reset();
}

void TestSessionTimeouts::addThumbnailAnswers()
{
    QTest::addColumn<FakeHttpServer::Response>("thumbnailAnswer");
    QTest::addColumn<bool>("setWhileOpen"); // Session::setTimeouts() after the picker was made

    QTest::newRow("hangs: the idle timeout, set before") << FakeHttpServer::with(Behaviour::Hang) << false;
    QTest::newRow("hangs: the idle timeout, set while open") << FakeHttpServer::with(Behaviour::Hang) << true;
    // 64 bytes every 300 ms: never silent for the timeout, and the whole
    // picture would take far longer than the bound; only the deadline ends it.
    FakeHttpServer::Response picture = FakeHttpServer::json(200, noisyPngBytes({48, 48}));
    picture.contentType = "image/png";
    const FakeHttpServer::Response trickle = FakeHttpServer::with(Behaviour::Trickle, picture, 300);
    QTest::newRow("trickles: the deadline, set before") << trickle << false;
    QTest::newRow("trickles: the deadline, set while open") << trickle << true;
}

std::unique_ptr<ImagePickerDialog> TestSessionTimeouts::openDialog()
{
    auto dialog = std::make_unique<ImagePickerDialog>(m_session.get());
    dialog->setPortfolio(1);
    dialog->show();
    return dialog;
}

void TestSessionTimeouts::pickerTileFailsWithinTheSessionsTimeouts_data()
{
    addThumbnailAnswers();
}

void TestSessionTimeouts::pickerTileFailsWithinTheSessionsTimeouts()
{
    QFETCH(FakeHttpServer::Response, thumbnailAnswer);
    QFETCH(bool, setWhileOpen);
    m_server->setResponse(thumbnailPath, thumbnailAnswer);

    if (!setWhileOpen)
        m_session->setTimeouts(sessionTimeout, sessionDeadline);
    const auto dialog = openDialog();
    // Before the list (hence any thumbnail) is asked for.
    if (setWhileOpen)
        m_session->setTimeouts(sessionTimeout, sessionDeadline);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *list = findChildOrDie<QListView>(dialog.get(), "imageList");
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, waitMs);
    const QModelIndex tile = list->model()->index(0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(tile.data(PortfolioImageModel::ThumbnailStateRole).value<ThumbnailState>(),
                              ThumbnailState::Loading, waitMs);

    QTRY_COMPARE_WITH_TIMEOUT(tile.data(PortfolioImageModel::ThumbnailStateRole).value<ThumbnailState>(),
                              ThumbnailState::Failed, withinMs);
    const QString toolTip = tile.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(didNotArrive), qPrintable(toolTip));
    int asked = 0;
    for (const FakeHttpServer::Request &request : m_server->requests())
        asked += request.path == thumbnailPath;
    QCOMPARE(asked, 1);
}

void TestSessionTimeouts::byNumberPreviewFailsWithinTheSessionsTimeouts_data()
{
    addThumbnailAnswers();
}

void TestSessionTimeouts::byNumberPreviewFailsWithinTheSessionsTimeouts()
{
    QFETCH(FakeHttpServer::Response, thumbnailAnswer);
    QFETCH(bool, setWhileOpen);
    m_server->setResponse(thumbnailPath, thumbnailAnswer);
    // The grid's tile of the same image would fetch the same thumbnail: the
    // portfolio has no links here, so the preview's fetch is the only one.
    m_server->setResponse(linksPath, FakeHttpServer::json(200, R"({"count":0,"next":null,"previous":null,"results":[]})"));

    if (!setWhileOpen)
        m_session->setTimeouts(sessionTimeout, sessionDeadline);
    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->mediaSupport()->state(), MediaSupport::State::Available, waitMs);
    if (setWhileOpen)
        m_session->setTimeouts(sessionTimeout, sessionDeadline);

    findChildOrDie<QTabWidget>(dialog.get(), "tabs")->setCurrentWidget(findChildOrDie<QWidget>(dialog.get(), "idPage"));
    auto *idEdit = findChildOrDie<QLineEdit>(dialog.get(), "idEdit");
    QTest::keyClicks(idEdit, u"9"_s); // a pause in typing looks it up
    auto *details = findChildOrDie<QLabel>(dialog.get(), "idDetails");
    QTRY_VERIFY2_WITH_TIMEOUT(details->text().contains(u"Number 9"_s), qPrintable(details->text()), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty() && m_server->requests().last().path == thumbnailPath,
                             waitMs);

    auto *preview = findChildOrDie<QLabel>(dialog.get(), "idPreview");
    QTRY_COMPARE_WITH_TIMEOUT(preview->text(), didNotArrive, withinMs);
    // Found, if without its picture: the next Enter takes it.
    QTest::keyClick(idEdit, Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->choice().id, qint64(9));
    QVERIFY(dialog->choice().image.has_value());
    QVERIFY(dialog->choice().preview.isNull());
}

void TestSessionTimeouts::connectionTestUsesTheTimeoutsGiven()
{
    m_server->setResponse(linksPath, FakeHttpServer::with(Behaviour::Hang));
    ConnectionDialog dialog(m_network.get());
    dialog.setTimeouts(sessionTimeout, sessionDeadline);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    findChildOrDie<QLineEdit>(&dialog, "serverEdit")->setText(m_server->url().toString());
    findChildOrDie<QLineEdit>(&dialog, "tokenEdit")->setText(u"test-token"_s);
    auto *test = findChildOrDie<QPushButton>(&dialog, "testButton");
    QTest::mouseClick(test, Qt::LeftButton);

    auto *result = findChildOrDie<QLabel>(&dialog, "testResult");
    const QString expected = ConnectionCheck::outcome(ApiError::timeout(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), expected, withinMs);
    QVERIFY(test->isEnabled());
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_MAIN(TestSessionTimeouts)
#include "TestSessionTimeouts.moc"
