#include "FakeHttpServer.h"
#include "TestImages.h"
#include "FindChild.h"
#include "PersianUi.h"
#include "Screenshot.h"
#include "UserFolders.h"

#include "ImageField.h"
#include "ImagePickerDialog.h"
#include "PortfolioImagesPage.h"
#include "media/ImageFileCheck.h"
#include "media/PortfolioImageModel.h"
#include "media/PortfolioImages.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/MediaSupport.h"
#include "session/Session.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QMimeData>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>

Q_DECLARE_METATYPE(FakeHttpServer::Response)

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Behaviour = FakeHttpServer::Behaviour;
using State = MediaSupport::State;
using Page = ImagePickerDialog::Page;

namespace {

// Network answers come from a server in this process, but through real
// sockets and a worker thread for the file check: generous, never slept.
constexpr int waitMs = 10000;

const QByteArray linksPath = "/api/portfolios/1/links/";
// What the picker must ask for: a first page of a screenful, newest first.
const QByteArray listRequestPath = "/api/portfolios/1/links/?limit=24&ordering=-created_at,-id";
const QString mediaPath = u"/api/media/"_s;
const QByteArray mediaPathBytes = mediaPath.toLatin1();
const QByteArray probeRequestPath = "/api/media/?limit=1";
const QByteArray emptyMediaList = R"({"count":0,"next":null,"previous":null,"results":[]})";

// Where image <id>'s only thumbnail is, when it has one.
QByteArray thumbnailPath(int id)
{
    return "/media/thumbnails/" + QByteArray::number(id) + "_128.png";
}

// An Image as GET /api/media/<id>/ and POST /api/media/ answer it. Without
// thumbnails unless they are on `thumbnailsOn`, so that nothing else is
// fetched from the server.
QByteArray imageJson(int id, const QString &name, const FakeHttpServer *thumbnailsOn = nullptr)
{
    const QString thumbnails = thumbnailsOn
        ? uR"([{"id": %1, "f": "%2", "size": 128}])"_s.arg(id + 1000).arg(
              thumbnailsOn->url(QString::fromLatin1(thumbnailPath(id))).toString())
        : u"[]"_s;
    return QStringLiteral(R"({"id": %1, "type": "image/png", "name": "%2", "size": 5120, )"
                          R"("human_readable_size": "5.00 KB", "f": "http://127.0.0.1:1/media/%1.png", )"
                          R"("width": 64, "height": 48, "mode": "RGB", "thumbnails": %3})")
        .arg(id)
        .arg(name, thumbnails)
        .toUtf8();
}

// One page of a portfolio's links, the whole list unless `hasNext`: one
// link per image id.
QByteArray linkPage(const QList<int> &imageIds, const FakeHttpServer *thumbnailsOn = nullptr, bool hasNext = false)
{
    QByteArrayList links;
    for (qsizetype i = 0; i < imageIds.size(); ++i) {
        const int id = imageIds.at(i);
        links.append(QStringLiteral(R"({"id": %1, "name": "link %1", "url": null, "description": null, )"
                                    R"("image_data": %2, "created_at": "2026-01-13T10:05:43.296270Z", )"
                                    R"("updated_at": "2026-01-13T10:05:43.296310Z"})")
                         .arg(i + 1)
                         .arg(QString::fromUtf8(imageJson(id, u"image %1"_s.arg(id), thumbnailsOn)))
                         .toUtf8());
    }
    const QByteArray next = hasNext ? R"("http://127.0.0.1:1/api/portfolios/1/links/?offset=)"
            + QByteArray::number(imageIds.size()) + '"'
                                    : "null"_ba;
    return R"({"count": )" + QByteArray::number(imageIds.size()) + R"(, "next": )" + next
        + R"(, "previous": null, "results": [)" + links.join(", ") + "]}";
}

QByteArray pathOf(const FakeHttpServer::Request &request)
{
    const qsizetype query = request.path.indexOf('?');
    return query < 0 ? request.path : request.path.left(query);
}

// The server side of the connections to this port that are still open, as
// the kernel sees them (Linux; -1 elsewhere). FakeHttpServer does not
// report disconnections, and a connection the client closed leaves this
// state at once, before the server even notices.
int establishedServerSide(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    constexpr QByteArrayView established = "01";
    int count = 0;
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // after the column titles
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 4)
            continue;
        const QByteArray &local = fields.at(1); // hex address:port
        bool ok = false;
        const uint localPort = local.mid(local.indexOf(':') + 1).toUInt(&ok, 16);
        if (ok && localPort == port && fields.at(3) == established)
            ++count;
    }
    return count;
}

} // namespace

// The image picker against a scripted server: whatever fails (the list,
// the media endpoint, an upload, a lookup by number, the local file), the
// dialog says so in words, offers what still works, sends nothing it must
// not, and never accepts an image that was not there.
class TestImagePickerFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyPortfolioSaysSo();
    void theFirstPageCanBeChosenFromWhileTheRestLoads();
    void theRestOfTheListWaitsForTheFirstScreen_data();
    void theRestOfTheListWaitsForTheFirstScreen();
    void listingFailureOffersRetry_data();
    void listingFailureOffersRetry();
    void missingMediaEndpointHidesUploadAndIsSaidOnce_data();
    void missingMediaEndpointHidesUploadAndIsSaidOnce();
    void cancellingAHangingUpload();
    void uploadShowsSendingThenWaitingForTheServer_data();
    void uploadShowsSendingThenWaitingForTheServer();
    void pastedImagesAreCheckedAndUploadedLikeFiles_data();
    void pastedImagesAreCheckedAndUploadedLikeFiles();
    void pastingInTheImageFieldAsksForAnUpload();
    void uploadNotFoundTeachesTheEndpointIsMissing_data();
    void uploadNotFoundTeachesTheEndpointIsMissing();
    void localFileRefusedBeforeSending_data();
    void localFileRefusedBeforeSending();
    void uploadsAPictureWhateverItsName();
    void byNumberWithMediaEndpoint_data();
    void byNumberWithMediaEndpoint();
    void escapeAbandonsAHangingUpload();
    void byNumberTheButtonWaitsForTheLookup();

private:
    std::unique_ptr<ImagePickerDialog> openDialog();
    template<typename T>
    static T *child(const QWidget *dialog, const char *name)
    {
        return findChildOrDie<T>(dialog, name);
    }
    static QPushButton *okButton(const QWidget *dialog);
    static bool uploadTabVisible(const QWidget *dialog);
    QList<FakeHttpServer::Request> requestsTo(const QByteArray &method, const QByteArray &pathPrefix) const;
    // A request on the same manager, answered and finished: requests the
    // dialog sent before it have reached the server by then.
    bool roundTrip();
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Session> m_session;
    MediaSupport *m_media = nullptr; // the session's
    // The probe (GET) and the upload (POST) share one path, and the server
    // answers by path alone: the answer is chosen by method as each arrives.
    FakeHttpServer::Response m_probeAnswer;
    FakeHttpServer::Response m_uploadAnswer;
};

void TestImagePickerFaults::initTestCase()
{
    keepOutOfUserFolders();
}

void TestImagePickerFaults::init()
{
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    // One manager for the API and the media alike: roundTrip() follows both.
    m_session = std::make_unique<Session>(NetworkSetup::Managers{m_network.get(), m_network.get()});
    m_session->connectTo(m_server->url(), u"test-token"_s, false, mediaPath);
    // Far beyond any wait here: a hang ends only when the test ends it.
    m_session->setTimeouts(30s, ApiClient::defaultDeadline(30s));
    m_media = m_session->mediaSupport();

    m_server->setResponse(linksPath, FakeHttpServer::json(200, linkPage({})));
    m_probeAnswer = FakeHttpServer::json(200, emptyMediaList);
    m_uploadAnswer = FakeHttpServer::with(Behaviour::Hang);
    connect(m_server.get(), &FakeHttpServer::requestReceived, this, [this](const FakeHttpServer::Request &request) {
        if (pathOf(request) == mediaPathBytes)
            m_server->setResponse(mediaPathBytes, request.method == "POST" ? m_uploadAnswer : m_probeAnswer);
    });
}

void TestImagePickerFaults::cleanup()
{
    m_media = nullptr;
    m_session.reset();
    m_network.reset();
    m_server.reset();
    m_files.reset();
}

std::unique_ptr<ImagePickerDialog> TestImagePickerFaults::openDialog()
{
    auto dialog = std::make_unique<ImagePickerDialog>(m_session.get());
    dialog->setPortfolio(1);
    dialog->show();
    return dialog;
}

QPushButton *TestImagePickerFaults::okButton(const QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

bool TestImagePickerFaults::uploadTabVisible(const QWidget *dialog)
{
    auto *tabs = child<QTabWidget>(dialog, "tabs");
    return tabs->isTabVisible(tabs->indexOf(child<QWidget>(dialog, "uploadPage")));
}

QList<FakeHttpServer::Request> TestImagePickerFaults::requestsTo(const QByteArray &method,
                                                                 const QByteArray &pathPrefix) const
{
    QList<FakeHttpServer::Request> matching;
    for (const FakeHttpServer::Request &request : m_server->requests()) {
        if (request.method == method && request.path.startsWith(pathPrefix))
            matching.append(request);
    }
    return matching;
}

bool TestImagePickerFaults::roundTrip()
{
    std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(m_server->url(u"/round-trip"_s))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    return finished.wait(waitMs);
}

QString TestImagePickerFaults::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

void TestImagePickerFaults::emptyPortfolioSaysSo()
{
    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *status = child<QLabel>(dialog.get(), "portfolioStatus");
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"have no images yet"_s), qPrintable(status->text()), waitMs);

    // Asked once, with the token, for the first page.
    const QList<FakeHttpServer::Request> lists = requestsTo("GET", linksPath);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.first().path, listRequestPath);
    QCOMPARE(lists.first().headers.value("authorization"), QByteArray("Token test-token"));

    QCOMPARE(child<QListView>(dialog.get(), "imageList")->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(dialog.get(), "retryButton")->isVisible());
    QVERIFY(!okButton(dialog.get())->isEnabled());
}

void TestImagePickerFaults::theFirstPageCanBeChosenFromWhileTheRestLoads()
{
    // The first page says there is more; the next one never comes.
    QByteArray firstPage = linkPage({3, 4});
    firstPage.replace(R"("next": null)", R"("next": "http://127.0.0.1:1/api/portfolios/1/links/?offset=2")");
    int pagesAsked = 0;
    QObject scope; // the lambda below uses this function's locals: it goes with them
    connect(m_server.get(), &FakeHttpServer::requestReceived, &scope, [&](const FakeHttpServer::Request &request) {
        if (pathOf(request) == linksPath)
            m_server->setResponse(linksPath, ++pagesAsked == 1 ? FakeHttpServer::json(200, firstPage)
                                                               : FakeHttpServer::with(Behaviour::Hang));
    });
    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *list = child<QListView>(dialog.get(), "imageList");
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(pagesAsked, 2, waitMs);
    const QString status = child<QLabel>(dialog.get(), "portfolioStatus")->text();
    QVERIFY2(status.contains(u"so far"_s), qPrintable(status));
    // What is there can be taken already.
    QVERIFY(okButton(dialog.get())->isEnabled());
    QTest::keyClick(child<QLineEdit>(dialog.get(), "searchEdit"), Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->choice().id, 3);
}

void TestImagePickerFaults::theRestOfTheListWaitsForTheFirstScreen_data()
{
    QTest::addColumn<QString>("until");
    QTest::newRow("its thumbnails arrive") << u"arrive"_s;
    QTest::newRow("a search is typed") << u"search"_s;
    QTest::newRow("the grid is scrolled") << u"scroll"_s;
    QTest::newRow("the limit has passed") << u"limit"_s;
}

void TestImagePickerFaults::theRestOfTheListWaitsForTheFirstScreen()
{
    QFETCH(QString, until);
    const bool thumbnailsArrive = until == u"arrive"_s;
    // A first page of 30 links (more than the grid shows) whose images have
    // a thumbnail each, then a last page of one.
    QList<int> firstIds(30);
    std::iota(firstIds.begin(), firstIds.end(), 10);
    const QByteArray firstPage = linkPage(firstIds, m_server.get(), true);
    PortfolioImageModel *model = nullptr;
    QElapsedTimer sinceFirstPage;
    qint64 nextPageAfterMs = -1;
    QList<int> rowsLoadingWhenTheNextPageCame;
    int pagesAsked = 0;
    QObject scope; // the lambda below uses this function's locals: it goes with them
    connect(m_server.get(), &FakeHttpServer::requestReceived, &scope, [&](const FakeHttpServer::Request &request) {
        if (pathOf(request) != linksPath)
            return;
        if (++pagesAsked == 2) {
            nextPageAfterMs = sinceFirstPage.elapsed();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->thumbnailStateAt(row) == PortfolioImageModel::ThumbnailState::Loading)
                    rowsLoadingWhenTheNextPageCame.append(row);
            }
        }
        m_server->setResponse(linksPath, FakeHttpServer::json(200, pagesAsked == 1 ? firstPage : linkPage({5})));
    });
    FakeHttpServer::Response thumbnail = FakeHttpServer::with(Behaviour::Hang);
    if (thumbnailsArrive) {
        thumbnail = FakeHttpServer::json(200, pngBytes(QSize(128, 96)));
        thumbnail.contentType = "image/png";
    }
    for (const int id : firstIds)
        m_server->setResponse(thumbnailPath(id), thumbnail);

    // Media on a manager of its own, as in the app: thumbnails that hang
    // do not hold up the list's requests behind them.
    QNetworkAccessManager mediaNetwork;
    Session session(NetworkSetup::Managers{m_network.get(), &mediaNetwork});
    session.connectTo(m_server->url(), u"test-token"_s, false, mediaPath);
    session.setTimeouts(30s, ApiClient::defaultDeadline(30s));
    const auto dialog = std::make_unique<ImagePickerDialog>(&session);
    dialog->setPortfolio(1);
    dialog->resize(640, 480);
    dialog->show();
    constexpr auto limit = 400ms;
    child<PortfolioImagesPage>(dialog.get(), "portfolioPage")->setHoldLimit(until == u"limit"_s ? limit : 1h);
    model = dialog->findChild<PortfolioImageModel *>();
    QVERIFY(model);
    connect(dialog->findChild<PortfolioImages *>(), &PortfolioImages::found, &scope, [&] {
        if (!sinceFirstPage.isValid())
            sinceFirstPage.start();
    });
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *list = child<QListView>(dialog.get(), "imageList");
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 30, waitMs);
    if (!thumbnailsArrive) {
        // The tiles in view asked for their thumbnails, which never come:
        // the rest of the list is not asked for meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(!requestsTo("GET", "/media/thumbnails/").isEmpty(), waitMs);
        QVERIFY(roundTrip());
        QCOMPARE(pagesAsked, 1);
        const QString status = child<QLabel>(dialog.get(), "portfolioStatus")->text();
        QVERIFY2(status.contains(u"30 so far"_s), qPrintable(status));
        if (until == u"search"_s)
            QTest::keyClicks(child<QLineEdit>(dialog.get(), "searchEdit"), u"image"_s);
        if (until == u"scroll"_s)
            list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
    }
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 31, waitMs);
    QCOMPARE(pagesAsked, 2);
    if (thumbnailsArrive) {
        // Asked for once those on screen were in, and no sooner.
        QVERIFY(model->requestedCount() > 0);
        QCOMPARE(rowsLoadingWhenTheNextPageCame, QList<int>());
    }
    if (until == u"limit"_s) // a coarse timer may fire 5% early
        QVERIFY2(nextPageAfterMs >= 0.95 * double(limit.count()), qPrintable(QString::number(nextPageAfterMs)));
    const QString status = child<QLabel>(dialog.get(), "portfolioStatus")->text();
    QVERIFY2(status.contains(u"Images: 31"_s), qPrintable(status));
}

void TestImagePickerFaults::listingFailureOffersRetry_data()
{
    QTest::addColumn<FakeHttpServer::Response>("failure");
    QTest::addColumn<QString>("message"); // ApiError's words for what the client gets
    QTest::addColumn<QString>("serverSaid");
    QTest::addColumn<bool>("byKeyboard");

    const QByteArray page = "<html><head><title>Server Error (500)</title></head><body><h1>Oops</h1></body></html>";
    const QString network = ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, {}).message();
    QTest::newRow("500 HTML page, retry clicked")
        << FakeHttpServer::html(500, page) << ApiError::fromHttp(500, page, "text/html").message()
        << u"Server Error (500)"_s << false;
    QTest::newRow("connection dropped, retry by Space")
        << FakeHttpServer::with(Behaviour::CloseAfterRequest) << network << QString() << true;
    QTest::newRow("closed mid-body, retry clicked")
        << FakeHttpServer::with(Behaviour::CloseMidBody, FakeHttpServer::json(200, linkPage({3, 4})))
        << network << QString() << false;
}

void TestImagePickerFaults::listingFailureOffersRetry()
{
    QFETCH(FakeHttpServer::Response, failure);
    QFETCH(QString, message);
    QFETCH(QString, serverSaid);
    QFETCH(bool, byKeyboard);
    m_server->setResponse(linksPath, failure);

    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *status = child<QLabel>(dialog.get(), "portfolioStatus");
    auto *retry = child<QPushButton>(dialog.get(), "retryButton");
    auto *list = child<QListView>(dialog.get(), "imageList");
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), waitMs);
    QVERIFY2(status->text().startsWith(u"The portfolio's images could not be listed: "_s + message),
             qPrintable(status->text()));
    if (!serverSaid.isEmpty())
        QVERIFY2(status->text().contains(serverSaid), qPrintable(status->text()));
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(!okButton(dialog.get())->isEnabled());

    // The server recovers; one retry brings the grid.
    m_server->setResponse(linksPath, FakeHttpServer::json(200, linkPage({3, 4})));
    const qsizetype listsBefore = requestsTo("GET", linksPath).size();
    if (byKeyboard)
        QTest::keyClick(retry, Qt::Key_Space);
    else
        QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, waitMs);
    QCOMPARE(requestsTo("GET", linksPath).size(), listsBefore + 1);
    QVERIFY(!retry->isVisible());
    QVERIFY2(status->text().startsWith(u"Images: 2."_s), qPrintable(status->text()));
    // The first image is current, so Enter would take it.
    QVERIFY(okButton(dialog.get())->isEnabled());
}

void TestImagePickerFaults::missingMediaEndpointHidesUploadAndIsSaidOnce_data()
{
    QTest::addColumn<FakeHttpServer::Response>("probeAnswer");
    QTest::addColumn<bool>("byKeyboard"); // Enter in the number field, or the Ok button

    QTest::newRow("404, Enter") << FakeHttpServer::json(404, R"({"detail": "Not found."})") << true;
    QTest::newRow("405, Ok button") << FakeHttpServer::json(405, R"({"detail": "Method \"GET\" not allowed."})")
                                    << false;
}

void TestImagePickerFaults::missingMediaEndpointHidesUploadAndIsSaidOnce()
{
    QFETCH(FakeHttpServer::Response, probeAnswer);
    QFETCH(bool, byKeyboard);
    m_probeAnswer = probeAnswer;

    {
        const auto first = openDialog();
        QVERIFY(QTest::qWaitForWindowExposed(first.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Missing, waitMs);
        QVERIFY(!uploadTabVisible(first.get()));
        auto *note = child<QLabel>(first.get(), "mediaNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(mediaPath), qPrintable(note->text()));
        QCOMPARE(requestsTo("GET", mediaPathBytes).size(), 1);
        QCOMPARE(requestsTo("GET", mediaPathBytes).first().path, probeRequestPath);
        first->reject();
    }

    // Known now: the next picker neither asks again nor repeats the note.
    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(!child<QLabel>(dialog.get(), "mediaNote")->isVisible());
    QVERIFY(!uploadTabVisible(dialog.get()));
    QVERIFY(!child<QPushButton>(dialog.get(), "showIdButton")->isVisible());

    // By number: the number is taken as typed, nothing is looked up.
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    child<QTabWidget>(dialog.get(), "tabs")->setCurrentWidget(child<QWidget>(dialog.get(), "idPage"));
    auto *idEdit = child<QLineEdit>(dialog.get(), "idEdit");
    QTest::keyClicks(idEdit, u"42"_s);
    QVERIFY(okButton(dialog.get())->isEnabled());
    const auto accept = [&] {
        if (byKeyboard)
            QTest::keyClick(idEdit, Qt::Key_Return);
        else
            QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    };
    accept();
    // Nothing to preview: the first Enter (or Ok) takes the number, and the
    // note on unchecked numbers survived the typing.
    QCOMPARE(accepted.size(), 1);
    QVERIFY(child<QLabel>(dialog.get(), "idDetails")->text().contains(u"checks it when the link is created"_s));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->choice().id, qint64(42));
    QVERIFY(!dialog->choice().image.has_value());

    QVERIFY(roundTrip());
    QCOMPARE(requestsTo("GET", mediaPathBytes + "42").size(), 0);
    QCOMPARE(requestsTo("GET", mediaPathBytes).size(), 1); // the first picker's probe alone
}

void TestImagePickerFaults::cancellingAHangingUpload()
{
    const QString path = writeFile(u"photo.png"_s, pngBytes({32, 24}));
    QVERIFY(!path.isEmpty());
    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, waitMs);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);

    dialog->uploadFile(path);
    auto *progress = child<QProgressBar>(dialog.get(), "uploadProgress");
    auto *cancel = child<QPushButton>(dialog.get(), "cancelUploadButton");
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && cancel->isVisible(), waitMs);
    QCOMPARE(dialog->page(), Page::Upload);
    // Wait for the whole request at the server, so the cancel is of a request in flight.
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo("POST", mediaPathBytes).size(), 1, waitMs);
    QVERIFY(!okButton(dialog.get())->isEnabled());

    // All of it sent: stopping leaves the image perhaps stored, and says so.
    QTRY_COMPARE_WITH_TIMEOUT(cancel->text(), u"Stop waiting"_s, waitMs);
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *details = child<QLabel>(dialog.get(), "uploadDetails");
    QTRY_VERIFY2_WITH_TIMEOUT(details->text().contains(u"Stopped waiting for the server."_s),
                              qPrintable(details->text()), waitMs);
    QVERIFY2(details->text().contains(u"the server may still store the image"_s), qPrintable(details->text()));
    QVERIFY2(!details->text().contains(u"cancelled"_s), qPrintable(details->text()));
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QVERIFY(dialog->isVisible());
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog->choice().isNull());
    // Cancelled by the user: nothing learnt about the endpoint.
    QCOMPARE(m_media->state(), State::Available);
}

void TestImagePickerFaults::uploadNotFoundTeachesTheEndpointIsMissing_data()
{
    QTest::addColumn<FakeHttpServer::Response>("probeAnswer");
    QTest::addColumn<MediaSupport::State>("stateBeforeUpload");

    QTest::newRow("probe failed with 500")
        << FakeHttpServer::html(500, "<html><title>Server Error</title></html>") << State::Unknown;
    QTest::newRow("probe still waiting") << FakeHttpServer::with(Behaviour::Hang) << State::Checking;
}

void TestImagePickerFaults::uploadNotFoundTeachesTheEndpointIsMissing()
{
    QFETCH(FakeHttpServer::Response, probeAnswer);
    QFETCH(MediaSupport::State, stateBeforeUpload);
    m_probeAnswer = probeAnswer;
    m_uploadAnswer = FakeHttpServer::json(404, R"({"detail": "Not found."})");
    const QString path = writeFile(u"photo.png"_s, pngBytes({32, 24}));
    QVERIFY(!path.isEmpty());

    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_VERIFY_WITH_TIMEOUT(requestsTo("GET", mediaPathBytes).size() == 1 && m_media->state() == stateBeforeUpload,
                             waitMs);
    QVERIFY(uploadTabVisible(dialog.get()));

    dialog->uploadFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Missing, waitMs);
    QCOMPARE(requestsTo("POST", mediaPathBytes).size(), 1);
    QTRY_VERIFY(!uploadTabVisible(dialog.get()));
    QCOMPARE(dialog->page(), Page::Portfolio);
    auto *note = child<QLabel>(dialog.get(), "mediaNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(mediaPath), qPrintable(note->text()));
    QVERIFY(!child<QProgressBar>(dialog.get(), "uploadProgress")->isVisible());
}

void TestImagePickerFaults::localFileRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("message");

    const qint64 normal = ImageFileCheck::defaultMaxBytes;
    QTest::newRow("text named .png") << u"notes.png"_s << QByteArray("just some words\n") << true << normal
                                     << u"is not an image"_s;
    QTest::newRow("empty file") << u"empty.png"_s << QByteArray() << true << normal << u"is empty"_s;
    const QByteArray large = noisyPngBytes({64, 64});
    QVERIFY(large.size() > 1000);
    QTest::newRow("over the limit") << u"large.png"_s << large << true << qint64(1000)
                                    << u"the largest file that can be uploaded is"_s;
    QTest::newRow("missing file") << u"gone.png"_s << QByteArray() << false << normal << u"does not exist"_s;
}

void TestImagePickerFaults::localFileRefusedBeforeSending()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    QFETCH(qint64, limit);
    QFETCH(QString, message);
    const QString path = create ? writeFile(fileName, content) : m_files->filePath(fileName);
    QVERIFY(!path.isEmpty());

    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, waitMs);
    dialog->setUploadLimit(limit);
    dialog->uploadFile(path);

    auto *details = child<QLabel>(dialog.get(), "uploadDetails");
    QTRY_VERIFY2_WITH_TIMEOUT(details->text().contains(message), qPrintable(details->text()), waitMs);
    QVERIFY2(details->text().contains(fileName), qPrintable(details->text()));
    QCOMPARE(dialog->page(), Page::Upload);
    QVERIFY(!child<QProgressBar>(dialog.get(), "uploadProgress")->isVisible());
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QVERIFY(roundTrip());
    QCOMPARE(requestsTo("POST", {}).size(), 0);
}

void TestImagePickerFaults::uploadsAPictureWhateverItsName()
{
    // Judged by content: a PNG under a text file's name goes up as a PNG.
    const QString path = writeFile(u"photo.txt"_s, pngBytes({32, 24}));
    QVERIFY(!path.isEmpty());
    m_uploadAnswer = FakeHttpServer::json(201, imageJson(77, u"photo"_s));

    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, waitMs);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->uploadFile(path);

    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog.get())->isEnabled(), waitMs);
    auto *details = child<QLabel>(dialog.get(), "uploadDetails");
    QVERIFY2(details->text().contains(u"Uploaded."_s), qPrintable(details->text()));
    // The limit in the unit the README and file managers use.
    QCOMPARE(child<QLabel>(dialog.get(), "limitNote")->text(), u"Images up to 10.0 MB (PNG, JPEG, GIF, WebP…)."_s);
    QVERIFY(!child<QProgressBar>(dialog.get(), "uploadProgress")->isVisible());

    const QList<FakeHttpServer::Request> posts = requestsTo("POST", mediaPathBytes);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().path, mediaPathBytes);
    QCOMPARE(posts.first().headers.value("authorization"), QByteArray("Token test-token"));
    QVERIFY(posts.first().headers.value("content-type").startsWith("multipart/form-data"));
    QVERIFY(posts.first().body.contains(R"(filename="photo.txt")"));
    QVERIFY(posts.first().body.contains("Content-Type: image/png"));

    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog->choice().id, qint64(77));
    QVERIFY(dialog->choice().image.has_value());
    QCOMPARE(dialog->choice().image->name, u"photo"_s);
    QVERIFY(!dialog->choice().preview.isNull());
}

void TestImagePickerFaults::byNumberWithMediaEndpoint_data()
{
    QTest::addColumn<FakeHttpServer::Response>("answer");
    QTest::addColumn<QStringList>("details"); // what idDetails must say
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("imageName"); // of the accepted choice; empty: no description
    QTest::addColumn<bool>("found"); // taken by the first Enter

    QTest::newRow("404") << FakeHttpServer::json(404, R"({"detail": "Not found."})")
                         << QStringList{u"The server has no image with the number 9."_s} << false << QString() << false;
    QTest::newRow("found") << FakeHttpServer::json(200, imageJson(9, u"sunset"_s))
                           << QStringList{u"sunset"_s, u"Number 9"_s} << true << u"sunset"_s << true;
    QTest::newRow("connection dropped")
        << FakeHttpServer::with(Behaviour::CloseAfterRequest)
        << QStringList{u"Image 9 could not be shown"_s, u"It can still be used"_s} << true << QString() << false;
}

void TestImagePickerFaults::byNumberWithMediaEndpoint()
{
    QFETCH(FakeHttpServer::Response, answer);
    QFETCH(QStringList, details);
    QFETCH(bool, usable);
    QFETCH(QString, imageName);
    QFETCH(bool, found);
    m_server->setResponse(mediaPathBytes + "9/", answer);

    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, waitMs);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    child<QTabWidget>(dialog.get(), "tabs")->setCurrentWidget(child<QWidget>(dialog.get(), "idPage"));
    auto *idEdit = child<QLineEdit>(dialog.get(), "idEdit");
    QTest::keyClicks(idEdit, u"9"_s);
    // Not looked up yet: nothing to use.
    QVERIFY(!okButton(dialog.get())->isEnabled());
    // One Enter looks the number up and takes the image once it is found.
    QTest::keyClick(idEdit, Qt::Key_Return);
    QCOMPARE(accepted.size(), 0);
    auto *idDetails = child<QLabel>(dialog.get(), "idDetails");
    QTRY_VERIFY2_WITH_TIMEOUT(idDetails->text().contains(details.constFirst()), qPrintable(idDetails->text()),
                              waitMs);
    for (const QString &part : details)
        QVERIFY2(idDetails->text().contains(part), qPrintable(idDetails->text()));
    QVERIFY(!requestsTo("GET", mediaPathBytes + "9/").isEmpty());
    if (found) {
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog->choice().id, qint64(9));
        QCOMPARE(dialog->choice().image->name, imageName);
        return;
    }
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(okButton(dialog.get())->isEnabled(), usable);

    // Not seen: a second Enter takes the number on trust, where that is allowed.
    QTest::keyClick(idEdit, Qt::Key_Return);
    if (!usable) {
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->choice().isNull());
        return;
    }
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog->choice().id, qint64(9));
    QCOMPARE(dialog->choice().image.has_value(), !imageName.isEmpty());
    if (!imageName.isEmpty())
        QCOMPARE(dialog->choice().image->name, imageName);
}

void TestImagePickerFaults::escapeAbandonsAHangingUpload()
{
    // Every answer closes its connection, so the upload's is the only one
    // left open while it hangs.
    const QPair<QByteArray, QByteArray> close{"Connection", "close"};
    m_probeAnswer.headers.append(close);
    FakeHttpServer::Response page = FakeHttpServer::json(200, linkPage({}));
    page.headers.append(close);
    m_server->setResponse(linksPath, page);
    const QString path = writeFile(u"photo.png"_s, pngBytes({32, 24}));
    QVERIFY(!path.isEmpty());

    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, waitMs);
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->uploadFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo("POST", mediaPathBytes).size(), 1, waitMs);
    QVERIFY(child<QPushButton>(dialog.get(), "cancelUploadButton")->isVisible());
    const quint16 port = quint16(m_server->url().port());
    const bool canSeeConnections = establishedServerSide(port) >= 0;
    if (canSeeConnections)
        QTRY_COMPARE_WITH_TIMEOUT(establishedServerSide(port), 1, waitMs);

    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isVisible());
    QVERIFY(dialog->choice().isNull());

    if (!canSeeConnections)
        QSKIP("/proc/net/tcp is not readable here: whether the upload's connection was closed is not checked");
    // The client hung up: the upload is not left running behind a closed dialog.
    QTRY_COMPARE_WITH_TIMEOUT(establishedServerSide(port), 0, waitMs);
}

void TestImagePickerFaults::byNumberTheButtonWaitsForTheLookup()
{
    // The answer comes late: the button must wait for it, then take it at one click.
    m_server->setResponse(mediaPathBytes + "9/",
                          FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(200, imageJson(9, u"dawn"_s)),
                                               500));
    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, waitMs);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    child<QTabWidget>(dialog.get(), "tabs")->setCurrentWidget(child<QWidget>(dialog.get(), "idPage"));
    QTest::sendKeyEvent(QTest::Click, child<QLineEdit>(dialog.get(), "idEdit"), Qt::Key_unknown, u"۹"_s,
                        Qt::NoModifier); // a Persian digit
    QVERIFY(!okButton(dialog.get())->isEnabled());

    // A pause in typing looks it up, with no key pressed.
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo("GET", mediaPathBytes + "9/").size(), 1, waitMs);
    QVERIFY(!okButton(dialog.get())->isEnabled()); // still waiting for the answer
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog.get())->isEnabled(), waitMs);
    QVERIFY(child<QLabel>(dialog.get(), "idDetails")->text().contains(u"dawn"_s));
    QCOMPARE(accepted.size(), 0);

    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog->choice().id, qint64(9));
    QCOMPARE(dialog->choice().image->name, u"dawn"_s);
    QCOMPARE(requestsTo("GET", mediaPathBytes + "9/").size(), 1); // looked up once
}

void TestImagePickerFaults::uploadShowsSendingThenWaitingForTheServer_data()
{
    addUiLanguageRows();
}

void TestImagePickerFaults::uploadShowsSendingThenWaitingForTheServer()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    // About 3.6 MB: over loopback its bytes leave in many writes. The server
    // reads all of them, then stays silent (m_uploadAnswer hangs).
    const QString path = writeFile(u"large.png"_s, noisyPngBytes({1100, 1100}));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo(path).size() > 3000000);

    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, waitMs);
    auto *progress = child<QProgressBar>(dialog.get(), "uploadProgress");
    auto *status = child<QLabel>(dialog.get(), "uploadStatus");
    auto *cancel = child<QPushButton>(dialog.get(), "cancelUploadButton");
    QSignalSpy shown(progress, &QProgressBar::valueChanged);
    dialog->uploadFile(path);

    // All bytes at the server: the bar stops measuring and says what it waits for.
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo("POST", mediaPathBytes).size(), 1, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(progress->maximum(), 0, waitMs);
    const QString waiting = persian ? QApplication::translate("ImageUploadPage", "Sent. Waiting for the server to store the image…")
                                    : u"Sent. Waiting for the server to store the image…"_s;
    QCOMPARE(status->text(), waiting);
    QVERIFY(progress->isVisible() && status->isVisible());
    // Before that, the bar showed the bytes going out: part of them, not a jump to the end.
    QList<int> values;
    for (const QList<QVariant> &signal : shown)
        values.append(signal.constFirst().toInt());
    qInfo() << "progress shown:" << values.size() << "values, e.g." << values.mid(0, 6);
    QVERIFY2(std::any_of(values.cbegin(), values.cend(), [](int value) { return value > 0 && value < 1000; }),
             qPrintable(QDebug::toString(values)));
    QVERIFY(dialog->isVisible());
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QCOMPARE(cancel->text(), persian ? QApplication::translate("ImageUploadPage", "Stop waiting") : u"Stop waiting"_s);
    QVERIFY(cancel->toolTip().contains(persian ? QApplication::translate("ImageUploadPage", "The whole file has been sent: the server may store the image even if you stop waiting.") : u"the server may store the image"_s));
    QVERIFY(Screenshot::saveIfAsked(u"picker-upload-waiting"_s));

    // Stopping now says the image may be stored all the same.
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *details = child<QLabel>(dialog.get(), "uploadDetails");
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), waitMs);
    const QString stored = persian ? QApplication::translate("ImageUploadPage", "The whole file had been sent, so the server may still store the image, unused by any link.")
                                   : u"The whole file had been sent, so the server may still store the image, unused by any link."_s;
    QVERIFY2(details->text().contains(stored), qPrintable(details->text()));
    QVERIFY(dialog->choice().isNull());
}

void TestImagePickerFaults::pastedImagesAreCheckedAndUploadedLikeFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QByteArray>("sentType"); // of the uploaded part; empty: nothing sent
    QTest::addColumn<QString>("sentName");    // the start of the uploaded file's name
    QTest::addColumn<QString>("message");     // what the page says when nothing is sent

    const qint64 normal = ImageFileCheck::defaultMaxBytes;
    QTest::newRow("bitmap only: encoded to PNG") << u"bitmap"_s << normal << QByteArray("image/png")
                                                 << u"Pasted image "_s << QString();
    QTest::newRow("JPEG bytes: sent as they are") << u"jpeg"_s << normal << QByteArray("image/jpeg")
                                                   << u"Pasted image "_s << QString();
    QTest::newRow("a copied file") << u"file"_s << normal << QByteArray("image/png") << u"طرح کپی‌شده.png"_s
                                   << QString();
    QTest::newRow("text only") << u"text"_s << normal << QByteArray() << QString()
                               << u"The clipboard holds no image."_s;
    QTest::newRow("a bitmap over the limit") << u"bitmap"_s << qint64(1000) << QByteArray() << QString()
                                             << u"the largest file that can be uploaded is "_s
                                                    + QLocale().formattedDataSize(1000, 1, QLocale::DataSizeTraditionalFormat);
    QTest::newRow("a copied text file") << u"text file"_s << normal << QByteArray() << QString()
                                        << u"is not an image"_s;
}

void TestImagePickerFaults::pastedImagesAreCheckedAndUploadedLikeFiles()
{
    QFETCH(QString, kind);
    QFETCH(qint64, limit);
    QFETCH(QByteArray, sentType);
    QFETCH(QString, sentName);
    QFETCH(QString, message);
    m_uploadAnswer = FakeHttpServer::json(201, imageJson(78, u"pasted"_s));
    QImage noise = QImage::fromData(noisyPngBytes({48, 32}));
    auto *mime = new QMimeData;
    if (kind == u"bitmap"_s) {
        mime->setImageData(noise);
    } else if (kind == u"jpeg"_s) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && noise.save(&buffer, "JPEG"));
        mime->setData(u"image/jpeg"_s, jpeg);
    } else if (kind == u"file"_s) {
        mime->setUrls({QUrl::fromLocalFile(writeFile(u"طرح کپی‌شده.png"_s, pngBytes({32, 24})))});
    } else if (kind == u"text file"_s) {
        mime->setUrls({QUrl::fromLocalFile(writeFile(u"notes.png"_s, "just some words\n"))});
    } else {
        mime->setText(u"https://example.com/photo.png"_s);
    }
    QGuiApplication::clipboard()->setMimeData(mime);

    const auto dialog = openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, waitMs);
    dialog->setUploadLimit(limit);
    dialog->showPage(Page::Upload);
    dialog->activateWindow();
    QTRY_VERIFY(QApplication::focusWidget() == child<QPushButton>(dialog.get(), "chooseFileButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);

    auto *details = child<QLabel>(dialog.get(), "uploadDetails");
    if (sentType.isEmpty()) {
        QTRY_VERIFY2_WITH_TIMEOUT(details->text().contains(message), qPrintable(details->text()), waitMs);
        QVERIFY(roundTrip());
        QCOMPARE(requestsTo("POST", {}).size(), 0);
        QVERIFY(!okButton(dialog.get())->isEnabled());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(okButton(dialog.get())->isEnabled(), waitMs);
    const QList<FakeHttpServer::Request> posts = requestsTo("POST", mediaPathBytes);
    QCOMPARE(posts.size(), 1);
    QVERIFY2(posts.first().body.contains("Content-Type: " + sentType), posts.first().body.left(300).constData());
    QVERIFY2(posts.first().body.contains("filename=\"" + sentName.toUtf8()), posts.first().body.left(300).constData());
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QCOMPARE(dialog->choice().id, qint64(78));
    QVERIFY(!dialog->choice().preview.isNull());
}

void TestImagePickerFaults::pastingInTheImageFieldAsksForAnUpload()
{
    ImageField field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.activateWindow();
    field.setFocus();
    QTRY_VERIFY(field.hasFocus() || field.isAncestorOf(QApplication::focusWidget()));
    QSignalSpy asked(&field, &ImageField::fileDropped);

    // A picture with no file behind it: written to one, off the GUI thread, then handed on.
    const QImage picture = QImage::fromData(pngBytes({20, 10}, Qt::darkMagenta));
    QGuiApplication::clipboard()->setImage(picture);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(asked.wait(waitMs));
    const QString path = asked.constFirst().constFirst().toString();
    QVERIFY2(QFileInfo(path).fileName().startsWith(u"Pasted image "_s), qPrintable(path));
    QVERIFY(path.endsWith(u".png"_s));
    QCOMPARE(QImage(path).convertToFormat(QImage::Format_RGB32), picture.convertToFormat(QImage::Format_RGB32));

    // Nothing to paste (known at once, without a worker): nothing asked for.
    QGuiApplication::clipboard()->setText(u"not an image"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(asked.size(), 1);
    // A copied file is handed on as it is.
    auto *file = new QMimeData;
    file->setUrls({QUrl::fromLocalFile(path)});
    QGuiApplication::clipboard()->setMimeData(file);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last().constFirst().toString(), path);
}

QTEST_MAIN(TestImagePickerFaults)
#include "TestImagePickerFaults.moc"
