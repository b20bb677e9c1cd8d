#include "FindChild.h"
#include "TestImages.h"
#include "ReferenceServer.h"
#include "UserFolders.h"

#include "ImagePickerDialog.h"
#include "LinkForm.h"
#include "MainWindow.h"
#include "ThumbnailTile.h"
#include "api/NetworkSetup.h"
#include "api/MediaEndpoints.h"
#include "api/MediaSupport.h"
#include "media/PortfolioImageModel.h"
#include "media/ImageFileCheck.h"
#include "storage/Settings.h"
#include "text/PersianText.h"

#include <QApplication>
#include <QClipboard>
#include <QProgressBar>
#include <QSignalSpy>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The three ways of choosing an image, each ending in a created link on the
// real backend; and the same app against a backend without media endpoint.
class TestImagePickerE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void choosesFromThePortfolioAndShowsItsThumbnailsWithoutFetchingTwice();
    void tilesFetchTheThumbnailThatSuitsTheScreen();
    void uploadsADroppedPersianNamedFileAndCreatesTheLink();
    void aLargeFileAndAPastedPictureAreUploaded();
    void anUnknownNumberIsRefusedInThePicker();
    void withoutMediaEndpointTheServersErrorShowsBesideImage();
    void aFileOverTheSettingsLimitIsNotSent();
    void theUploadPathIsASetting_data();
    void theUploadPathIsASetting();

private:
    void openWindow(const ReferenceServer &server);
    ImagePickerDialog *openPicker();
    void createLink(const QString &name);
    QJsonObject lastPostBody(const ReferenceServer &server) const;
    template<typename T>
    T *field(const char *name) const
    {
        return findChildOrDie<T>(m_window.get(), name);
    }

    ReferenceServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestImagePickerE2E::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start({QStringLiteral("--media-host"), QStringLiteral("localhost")}),
             qPrintable(m_server.errorString()));
}

void TestImagePickerE2E::cleanup()
{
    // The media probe a picker started is answered (and so in the server's
    // log) before the next test reads the log.
    if (m_window) {
        const auto *media = m_window->findChild<MediaSupport *>();
        QTRY_VERIFY_WITH_TIMEOUT(media->state() != MediaSupport::State::Checking, 20000);
    }
    m_window.reset();
}

void TestImagePickerE2E::openWindow(const ReferenceServer &server)
{
    m_window = std::make_unique<MainWindow>(NetworkSetup::createManagers(this));
    m_window->setConnection(server.baseUrl(), server.token(QStringLiteral("staff")));
    m_window->setPortfolio(1);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

ImagePickerDialog *TestImagePickerE2E::openPicker()
{
    field<QPushButton>("chooseButton")->click();
    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    return picker && QTest::qWaitForWindowExposed(picker) ? picker : nullptr;
}

void TestImagePickerE2E::createLink(const QString &name)
{
    field<QLineEdit>("nameEdit")->setText(name);
    field<QPushButton>("createButton")->click();
}

QJsonObject TestImagePickerE2E::lastPostBody(const ReferenceServer &server) const
{
    const QList<QJsonObject> posts = server.requests({.method = QStringLiteral("POST"), .path = QStringLiteral("*/links/")});
    return posts.isEmpty() ? QJsonObject()
                           : QJsonDocument::fromJson(posts.last().value(QStringLiteral("body")).toString().toUtf8()).object();
}

void TestImagePickerE2E::choosesFromThePortfolioAndShowsItsThumbnailsWithoutFetchingTwice()
{
    openWindow(m_server);
    ImagePickerDialog *picker = openPicker();
    QVERIFY(picker);
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    findChildOrDie<QLineEdit>(picker, "searchEdit")->setText(QStringLiteral("technology"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 20000);
    // Its thumbnail is on screen before it is chosen.
    QTRY_COMPARE_WITH_TIMEOUT(list->currentIndex().data(PortfolioImageModel::ThumbnailStateRole)
                                  .value<PortfolioImageModel::ThumbnailState>(),
                              PortfolioImageModel::ThumbnailState::Loaded, 20000);
    QVERIFY(list->currentIndex().data(Qt::ToolTipRole).toString().contains(QLatin1String("225")));
    findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());
    const ImageChoice choice = field<LinkForm>("linkForm")->imageChoice();
    QVERIFY(choice.image);
    QCOMPARE(choice.image->name, QStringLiteral("technology"));
    QVERIFY(!choice.preview.isNull());

    createLink(QStringLiteral("Picked from the grid"));
    QTRY_COMPARE_WITH_TIMEOUT(field<QLabel>("nameValue")->text(), QStringLiteral("Picked from the grid"), 20000);
    QCOMPARE(lastPostBody(m_server).value(QStringLiteral("image")).toInteger(), choice.id);
    // The created link's image_data is the chosen image.
    QCOMPARE(field<QLabel>("imageIdValue")->text(), QLocale().toString(choice.id));
    // As read: the isolates that keep a file name in order are invisible.
    QCOMPARE(PersianText::withoutDirectionMarks(field<QLabel>("imageNameValue")->text()), QStringLiteral("technology"));

    const QList<ThumbnailTile *> tiles = m_window->findChildren<ThumbnailTile *>();
    QCOMPARE(tiles.size(), choice.image->thumbnails.size());
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(tiles.cbegin(), tiles.cend(), [](const ThumbnailTile *tile) {
        return tile->state() == ThumbnailTile::State::Loaded;
    }), 20000);
    // Every thumbnail crossed the network once: the one the picker showed
    // came to the result view from the disk cache.
    for (const Thumbnail &thumbnail : choice.image->thumbnails) {
        const qsizetype fetches = m_server.requestCount({.path = thumbnail.file.path()});
        QVERIFY2(fetches == 1, qPrintable(QStringLiteral("%1 fetched %2 times").arg(thumbnail.file.path()).arg(fetches)));
    }
}

void TestImagePickerE2E::tilesFetchTheThumbnailThatSuitsTheScreen()
{
    // ctest runs this once at 1x and once with QT_SCALE_FACTOR=2. The seeded
    // thumbnails are 64, 128, 512 and 1080 px; a 128 px tile wants 128 device
    // pixels at 1x and 256 at 2x, so the 128 and the 512 px ones.
    const qsizetype logBefore = m_server.requestCount();
    openWindow(m_server);
    ImagePickerDialog *picker = openPicker();
    QVERIFY(picker);
    const qreal ratio = picker->devicePixelRatioF();
    const QString wanted = ratio > 1.5 ? QStringLiteral("_thumbnail_512x512.jpg") : QStringLiteral("_thumbnail_128x128.jpg");
    qInfo("device pixel ratio %.1f: tiles want %s", ratio, qPrintable(wanted));
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->index(0, 0).data(PortfolioImageModel::ThumbnailStateRole)
                                  .value<PortfolioImageModel::ThumbnailState>(),
                              PortfolioImageModel::ThumbnailState::Loaded, 20000);

    const auto pickerThumbnails = [this, logBefore] {
        QStringList thumbnails;
        for (const QJsonObject &entry : m_server.requests({.path = QStringLiteral("*_thumbnail_*"), .since = logBefore})) {
            const QString path = entry.value(QStringLiteral("path")).toString();
            // The links list beside the editor shows 32 px rows: its 64 px
            // thumbnails are not the picker's.
            if (!path.endsWith(QLatin1String("_thumbnail_64x64.jpg")) && !path.endsWith(QLatin1String("_thumbnail_64x64.png")))
                thumbnails.append(path);
        }
        return thumbnails;
    };
    // The first tile may have come from the disk cache (an earlier test
    // showed the same picture), before the server logged the other tiles'
    // requests: waited for, not assumed.
    QTRY_VERIFY_WITH_TIMEOUT(!pickerThumbnails().isEmpty(), 20000);
    const QStringList thumbnails = pickerThumbnails();
    for (const QString &path : std::as_const(thumbnails))
        QVERIFY2(path.endsWith(wanted), qPrintable(path));
    // Sharp, not blown up: the decoded tile has the device pixels it is shown with.
    const QImage tile = list->model()->index(0, 0).data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(tile.devicePixelRatio(), ratio);
    QVERIFY(qMax(tile.width(), tile.height()) > 128 * ratio - 1);
    picker->reject();
}

void TestImagePickerE2E::uploadsADroppedPersianNamedFileAndCreatesTheLink()
{
    QTemporaryDir dir;
    const QString fileName = QStringLiteral("نمونه‌ی طرح جدید.png");
    QImage picture(400, 300, QImage::Format_RGB32);
    picture.fill(QColor(0x2a, 0x9d, 0x8f));
    QVERIFY(picture.save(dir.filePath(fileName), "PNG"));

    openWindow(m_server);
    // A file dropped on the Image field goes straight to an upload.
    auto *imageField = field<QWidget>("imageField");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.filePath(fileName))});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(imageField, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(imageField, &drop);

    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    QVERIFY(picker);
    QCOMPARE(picker->page(), ImagePickerDialog::Page::Upload);
    auto *useImage = findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(useImage->isEnabled(), 20000);
    QVERIFY(PersianText::withoutDirectionMarks(findChildOrDie<QLabel>(picker, "uploadDetails")->text()).contains(fileName));
    QVERIFY(!findChildOrDie<QLabel>(picker, "uploadPreview")->pixmap().isNull());
    useImage->click();
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());

    const ImageChoice choice = field<LinkForm>("linkForm")->imageChoice();
    QVERIFY(choice.image);
    QCOMPARE(choice.image->name, fileName); // the server kept the Persian name
    QCOMPARE(choice.image->width, 400);
    createLink(QStringLiteral("با تصویر آپلودشده"));
    QTRY_COMPARE_WITH_TIMEOUT(field<QLabel>("nameValue")->text(), QStringLiteral("با تصویر آپلودشده"), 20000);
    QCOMPARE(lastPostBody(m_server).value(QStringLiteral("image")).toInteger(), choice.id);
    QCOMPARE(field<QLabel>("imageIdValue")->text(), QLocale().toString(choice.id));
    QCOMPARE(PersianText::withoutDirectionMarks(field<QLabel>("imageNameValue")->text()), fileName);
}

void TestImagePickerE2E::aLargeFileAndAPastedPictureAreUploaded()
{
    // About 3.6 MB: sent in many writes, then stored by the real backend.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(noisyPngBytes({1100, 1100}));
    file.close();
    QVERIFY(file.size() > 3000000);

    openWindow(m_server);
    ImagePickerDialog *picker = openPicker();
    QVERIFY(picker);
    auto *progress = findChildOrDie<QProgressBar>(picker, "uploadProgress");
    auto *useImage = findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok);
    QSignalSpy shown(progress, &QProgressBar::valueChanged);
    picker->uploadFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(useImage->isEnabled(), 30000);
    QVERIFY(!progress->isVisible());
    QVERIFY(!findChildOrDie<QLabel>(picker, "uploadStatus")->isVisible());
    QVERIFY(!shown.isEmpty());
    auto *details = findChildOrDie<QLabel>(picker, "uploadDetails");
    QVERIFY2(details->text().contains(QLatin1String("Uploaded.")), qPrintable(details->text()));

    // Ctrl+V on the upload page: the clipboard's picture goes up as a PNG file.
    QImage picture(90, 60, QImage::Format_RGB32);
    picture.fill(QColor(0xe9, 0xc4, 0x6a));
    QGuiApplication::clipboard()->setImage(picture);
    picker->activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == picker);
    findChildOrDie<QPushButton>(picker, "chooseFileButton")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(QLatin1String("Pasted image")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(useImage->isEnabled() && details->text().contains(QLatin1String("Uploaded.")), 30000);
    useImage->click();
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());
    const ImageChoice choice = field<LinkForm>("linkForm")->imageChoice();
    QVERIFY(choice.image);
    QVERIFY2(choice.image->name.startsWith(QLatin1String("Pasted image ")), qPrintable(choice.image->name));
    QVERIFY(choice.image->name.endsWith(QLatin1String(".png")));
    QCOMPARE(choice.image->width, 90);
    QCOMPARE(choice.image->height, 60);
}

void TestImagePickerE2E::anUnknownNumberIsRefusedInThePicker()
{
    openWindow(m_server);
    ImagePickerDialog *picker = openPicker();
    QVERIFY(picker);
    picker->showPage(ImagePickerDialog::Page::ByNumber);
    auto *idEdit = findChildOrDie<QLineEdit>(picker, "idEdit");
    idEdit->setText(QStringLiteral("۹۹۹"));
    auto *useImage = findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(!useImage->isEnabled()); // not looked up yet
    QTest::keyClick(idEdit, Qt::Key_Return); // looks it up, to take it if found
    auto *details = findChildOrDie<QLabel>(picker, "idDetails");
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(QLatin1String("no image with the number")), 20000);
    QVERIFY(!useImage->isEnabled());
    QVERIFY(picker->isVisible());
}

void TestImagePickerE2E::withoutMediaEndpointTheServersErrorShowsBesideImage()
{
    ReferenceServer withoutMedia;
    QVERIFY2(withoutMedia.start({QStringLiteral("--no-media")}), qPrintable(withoutMedia.errorString()));
    openWindow(withoutMedia);

    ImagePickerDialog *picker = openPicker();
    QVERIFY(picker);
    auto *tabs = findChildOrDie<QTabWidget>(picker, "tabs");
    auto *note = findChildOrDie<QLabel>(picker, "mediaNote");
    // Said once, and upload is gone; the portfolio's images still load.
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 20000);
    QVERIFY(note->text().contains(QLatin1String("/api/media/")));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(findChildOrDie<QWidget>(picker, "uploadPage"))));
    QTRY_COMPARE_WITH_TIMEOUT(findChildOrDie<QListView>(picker, "imageList")->model()->rowCount(), 2, 20000);

    // By number: taken as it is, with no request for it.
    picker->showPage(ImagePickerDialog::Page::ByNumber);
    findChildOrDie<QLineEdit>(picker, "idEdit")->setText(QStringLiteral("999"));
    findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());
    QCOMPARE(field<LinkForm>("linkForm")->imageChoice().id, 999);
    QVERIFY(field<QLabel>("summaryLabel")->text().contains(QLatin1String("not checked")));
    QCOMPARE(withoutMedia.requestCount({.path = QStringLiteral("/api/media/999/")}), 0);

    // The server's 400 "Invalid pk" appears beside the Image field; nothing typed is lost.
    createLink(QStringLiteral("Unknown image"));
    auto *imageError = field<QLabel>("imageError");
    QTRY_VERIFY_WITH_TIMEOUT(imageError->isVisible(), 20000);
    QVERIFY2(imageError->text().contains(QLatin1String("Invalid pk")), qPrintable(imageError->text()));
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("Unknown image"));
    QCOMPARE(field<LinkForm>("linkForm")->imageChoice().id, 999);

    // A second picker does not repeat the notice, and still has no upload.
    picker = openPicker();
    QVERIFY(picker);
    tabs = findChildOrDie<QTabWidget>(picker, "tabs");
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(findChildOrDie<QWidget>(picker, "uploadPage"))));
    QVERIFY(!findChildOrDie<QLabel>(picker, "mediaNote")->isVisible());
    picker->reject();
}

void TestImagePickerE2E::aFileOverTheSettingsLimitIsNotSent()
{
    Settings().setMaxUploadBytes(2000);
    const auto restore = qScopeGuard([] { Settings().setMaxUploadBytes(ImageFileCheck::defaultMaxBytes); });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(noisyPngBytes({64, 64})); // about 16 KB
    file.close();

    openWindow(m_server);
    ImagePickerDialog *picker = openPicker();
    QVERIFY(picker);
    const qsizetype logBefore = m_server.requestCount();
    picker->uploadFile(path);
    auto *details = findChildOrDie<QLabel>(picker, "uploadDetails");
    QTRY_VERIFY_WITH_TIMEOUT(details->text().contains(QLatin1String("the largest file that can be uploaded")), 20000);
    QVERIFY(!findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(m_server.requestCount({.method = QStringLiteral("POST"), .since = logBefore}), 0);
    picker->reject();
}

void TestImagePickerE2E::theUploadPathIsASetting_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("uploads");
    QTest::addColumn<QString>("requested"); // the media request the picker makes, if any
    QTest::newRow("default") << QString(MediaEndpoints::defaultPath) << true << QStringLiteral("/api/media/");
    QTest::newRow("without leading slash") << QStringLiteral("api/media") << true << QStringLiteral("/api/media/");
    QTest::newRow("a path the server lacks") << QStringLiteral("/api/uploads/") << false << QStringLiteral("/api/uploads/");
    QTest::newRow("empty: no uploads") << QString() << false << QString();
}

void TestImagePickerE2E::theUploadPathIsASetting()
{
    QFETCH(QString, path);
    QFETCH(bool, uploads);
    QFETCH(QString, requested);
    Settings().setMediaPath(path);
    const auto restore = qScopeGuard([] { Settings().setMediaPath(QString(MediaEndpoints::defaultPath)); });
    const qsizetype logBefore = m_server.requestCount();
    openWindow(m_server);
    ImagePickerDialog *picker = openPicker();
    QVERIFY(picker);
    auto *tabs = findChildOrDie<QTabWidget>(picker, "tabs");
    const int uploadTab = tabs->indexOf(findChildOrDie<QWidget>(picker, "uploadPage"));
    // The portfolio's images load either way (earlier tests may have added some).
    QTRY_VERIFY_WITH_TIMEOUT(findChildOrDie<QListView>(picker, "imageList")->model()->rowCount() >= 2, 20000);
    if (!uploads)
        QTRY_VERIFY_WITH_TIMEOUT(findChildOrDie<QLabel>(picker, "mediaNote")->isVisible(), 20000);
    QCOMPARE(tabs->isTabVisible(uploadTab), uploads);

    const auto mediaRequests = [this, logBefore] {
        QStringList paths;
        for (const QJsonObject &entry : m_server.requests({.since = logBefore})) {
            const QString requestPath = entry.value(QStringLiteral("path")).toString();
            if (!requestPath.startsWith(QLatin1String("/media/")) && !requestPath.contains(QLatin1String("/links/")))
                paths.append(requestPath);
        }
        return paths;
    };
    QTRY_COMPARE_WITH_TIMEOUT(mediaRequests(), requested.isEmpty() ? QStringList() : QStringList{requested}, 20000);
    picker->reject();
}

QTEST_MAIN(TestImagePickerE2E)
#include "TestImagePickerE2E.moc"
