#include "FindChild.h"
#include "FocusStops.h"
#include "PersianUi.h"
#include "ReferenceServer.h"
#include "Screenshot.h"
#include "Typing.h"
#include "UserFolders.h"
#include "ViewportWidths.h"

#include "Fonts.h"
#include "ImagePickerDialog.h"
#include "ImageTileDelegate.h"
#include "LinkForm.h"
#include "MainWindow.h"
#include "ThumbnailStrip.h"
#include "text/Translations.h"
#include "api/NetworkSetup.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "media/PortfolioImageModel.h"
#include "media/PortfolioImages.h"
#include "text/PersianText.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QTableView>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QStandardPaths>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <numeric>

// The picker driven from the keyboard alone, against the real backend with
// a portfolio of 32 images (2 seeded + a gallery of 30).
class TestImagePickerGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyInputIsNamed_data();
    void everyInputIsNamed();
    void keyboardOnlyFromTheFormToACreatedLink();
    void tabGoesFromThePagesTabsIntoThePage();
    void searchNarrowsTheGrid_data();
    void searchNarrowsTheGrid();
    void theGridKeepsItsWidthAsItsImagesArrive();
    void thumbnailsLoadAsTilesComeIntoView();
    void thePortfolioIsAskedForBeforeTheDialogIsBuilt();
    void selectionIsAFrameThatLeavesTheThumbnailAsItIs_data();
    void selectionIsAFrameThatLeavesTheThumbnailAsItIs();
    void captionsOfARowLineUpWhateverTheAspect();
    void theFileDialogOpensInPicturesThenTheLastFolder();
    void byNumberAndUploadFromTheKeyboard_data();
    void byNumberAndUploadFromTheKeyboard();
    void escapeKeepsThePreviousChoice();
    void anUnknownPortfolioSaysSoAndOffersRetry();
    void persianPickerIsTranslatedAndMirrored();

private:
    template<typename T>
    T *field(const char *name) const
    {
        return findChildOrDie<T>(m_window.get(), name);
    }
    ImagePickerDialog *openPickerFromTheKeyboard();
    bool waitForGrid(ImagePickerDialog *picker, int rows);
    QStringList mediaRequestsSince(int logSize) const;
    // The picker with its grid filled and every thumbnail loaded.
    ImagePickerDialog *openPickerWithAllThumbnails();

    static constexpr int galleryImages = 30;
    static constexpr int portfolioImages = galleryImages + 2;
    ReferenceServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestImagePickerGui::initTestCase()
{
    keepOutOfUserFolders();
    Fonts::install(QLocale());
    QVERIFY2(m_server.start({QStringLiteral("--media-host"), QStringLiteral("localhost"), QStringLiteral("--gallery"),
                             QString::number(galleryImages)}),
             qPrintable(m_server.errorString()));
}

void TestImagePickerGui::init()
{
    m_window = std::make_unique<MainWindow>(NetworkSetup::createManagers(this));
    m_window->setConnection(m_server.baseUrl(), m_server.token(QStringLiteral("staff")));
    m_window->setPortfolio(1);
    m_window->show();
    // Xvfb runs no window manager: the window is activated by hand.
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestImagePickerGui::cleanup()
{
    // The window's draft (its image and portfolio) is written once the user
    // pauses for 400 ms: on a slow machine a function outlasts that, and the
    // next window would take up its portfolio and image. Each starts clean.
    m_window.reset();
    QFile::remove(DraftStore::pathFor(m_server.baseUrl()));
}

ImagePickerDialog *TestImagePickerGui::openPickerFromTheKeyboard()
{
    field<QLineEdit>("portfolioEdit")->setFocus();
    // Portfolio, its own name ("Known as"), the link's name, URL, description,
    // then the Image field's Choose button.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (QApplication::focusWidget() != field<QPushButton>("chooseButton"))
        return nullptr;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    if (!picker || !QTest::qWaitFor([picker] { return QApplication::activeWindow() == picker; }, 10000))
        return nullptr;
    return picker;
}

bool TestImagePickerGui::waitForGrid(ImagePickerDialog *picker, int rows)
{
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    return QTest::qWaitFor([list, rows] { return list->model()->rowCount() == rows; }, 20000);
}

QStringList TestImagePickerGui::mediaRequestsSince(int logSize) const
{
    QStringList paths;
    for (const QJsonObject &entry : m_server.requests({.path = QStringLiteral("/media/*"), .since = logSize})) {
        const QString path = entry.value(QStringLiteral("path")).toString();
        // The links list beside the editor fetches its 32 px rows' 64 px
        // thumbnails: those are not the picker's.
        if (!path.contains(QLatin1String("_thumbnail_64x64.")))
            paths.append(path);
    }
    return paths;
}

ImagePickerDialog *TestImagePickerGui::openPickerWithAllThumbnails()
{
    field<QPushButton>("chooseButton")->click();
    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    if (!picker || !waitForGrid(picker, portfolioImages))
        return nullptr;
    auto *model = picker->findChild<PortfolioImageModel *>();
    QList<int> rows(portfolioImages);
    std::iota(rows.begin(), rows.end(), 0);
    model->loadThumbnails(rows);
    const bool loaded = QTest::qWaitFor([model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->thumbnailStateAt(row) != PortfolioImageModel::ThumbnailState::Loaded)
                return false;
        }
        return true;
    }, 30000);
    return loaded ? picker : nullptr;
}

void TestImagePickerGui::everyInputIsNamed_data()
{
    // What a screen reader says for each input: its buddy label or its own name.
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("accessibleName");
    QTest::newRow("search") << "searchEdit" << "Search";
    QTest::newRow("grid") << "imageList" << "Images of the portfolio";
    QTest::newRow("retry") << "retryButton" << "Try again";
    QTest::newRow("number") << "idEdit" << "Image number";
    QTest::newRow("show") << "showIdButton" << "Show";
    QTest::newRow("choose file") << "chooseFileButton" << "Choose a file…";
    QTest::newRow("progress") << "uploadProgress" << "Upload progress";
    QTest::newRow("cancel upload") << "cancelUploadButton" << "Cancel upload";
}

void TestImagePickerGui::everyInputIsNamed()
{
    QFETCH(QString, objectName);
    QFETCH(QString, accessibleName);
    field<QPushButton>("chooseButton")->click();
    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    QVERIFY(picker);
    auto *widget = picker->findChild<QWidget *>(objectName);
    QVERIFY(widget);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), accessibleName);
}

void TestImagePickerGui::keyboardOnlyFromTheFormToACreatedLink()
{
    ImagePickerDialog *picker = openPickerFromTheKeyboard();
    QVERIFY(picker);
    auto *search = findChildOrDie<QLineEdit>(picker, "searchEdit");
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    QCOMPARE(QApplication::focusWidget(), search);
    QVERIFY(waitForGrid(picker, portfolioImages));

    // Down leaves the search for the grid; arrows move; Enter chooses.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentIndex().row(), 0);
    // Letters typed in the grid go to the search; Backspace there undoes them.
    QTest::keyClicks(list, QStringLiteral("zz"));
    QCOMPARE(QApplication::focusWidget(), search);
    QCOMPARE(search->text(), QStringLiteral("zz"));
    QCOMPARE(list->model()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(list->model()->rowCount(), portfolioImages);
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Right);
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_Down);
    const int row = list->currentIndex().row();
    QVERIFY(row > 2); // one grid row further down
    const qint64 chosenId = list->currentIndex().data(PortfolioImageModel::ImageIdRole).toLongLong();
    const QString shownName = list->currentIndex().data(Qt::DisplayRole).toString();
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());

    // Back on the Choose button (a window manager gives the main window the
    // focus back; Xvfb has none), the field shows the image.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), field<QPushButton>("chooseButton"));
    QCOMPARE(field<LinkForm>("linkForm")->imageChoice().id, chosenId);
    QVERIFY(field<LinkForm>("linkForm")->imageChoice().image);
    const QString chosenName = field<LinkForm>("linkForm")->imageChoice().image->name;
    QVERIFY(shownName.contains(chosenName));
    QVERIFY(field<QLabel>("summaryLabel")->text().section(QLatin1Char('\n'), 0, 0).contains(chosenName));
    // Chosen before its tile had loaded, the picture follows.
    QTRY_VERIFY_WITH_TIMEOUT(!field<QLabel>("thumbnailLabel")->pixmap().isNull(), 20000);
    QVERIFY(field<QPushButton>("chooseButton")->accessibleDescription().contains(chosenName));

    // Shift+Tab back to the name, type it, Enter creates the link.
    field<QLineEdit>("nameEdit")->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard only"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(field<QLabel>("nameValue")->text(), QStringLiteral("Keyboard only"), 20000);
    QCOMPARE(field<QLabel>("imageIdValue")->text(), QLocale().toString(chosenId));
    // Ctrl+N, ready for the next link: the Image field is empty again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(field<QLabel>("summaryLabel")->text().contains(QLatin1String("No image")));
    QVERIFY(!field<QPushButton>("clearButton")->isEnabled());
}

// Each page is entered from its tab, as in any tabbed dialog: the tabs,
// the page's controls, the dialog's buttons, and round again.
void TestImagePickerGui::tabGoesFromThePagesTabsIntoThePage()
{
    ImagePickerDialog *picker = openPickerFromTheKeyboard();
    QVERIFY(picker);
    QVERIFY(waitForGrid(picker, portfolioImages));
    QTabBar *tabs = findChildOrDie<QTabWidget>(picker, "tabs")->tabBar();
    tabs->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), tabs);

    const QList<QWidget *> forward = focusStopsFrom(tabs, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), tabs);
    QStringList names;
    for (QWidget *widget : forward)
        names.append(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName());
    QVERIFY2(names.size() >= 4, qPrintable(names.join(u", ")));
    QCOMPARE(names.mid(0, 2), (QStringList{QStringLiteral("searchEdit"), QStringLiteral("imageList")}));
    for (QWidget *widget : forward.mid(2))
        QVERIFY2(picker->findChild<QDialogButtonBox *>()->isAncestorOf(widget), qPrintable(names.join(u", ")));

    QList<QWidget *> backward = focusStopsFrom(tabs, Qt::Key_Backtab);
    std::reverse(backward.begin(), backward.end());
    QCOMPARE(backward, forward);

    // The other pages too: the tab, then the page.
    QTabWidget *pages = findChildOrDie<QTabWidget>(picker, "tabs");
    for (int page = 1; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        tabs->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tabs, Qt::Key_Tab);
        QVERIFY2(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget()->objectName()));
    }
}

void TestImagePickerGui::searchNarrowsTheGrid_data()
{
    // The gallery's names repeat every 12 images: 1-30 gives the first six
    // names three times and the other six twice (see refserver/seed.py).
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("matches");
    QTest::newRow("nothing typed") << QString() << portfolioImages;
    QTest::newRow("Persian word") << QStringLiteral("سبد") << 3;
    QTest::newRow("with ZWNJ") << QStringLiteral("صفحه‌ی") << 4; // 3 × "صفحه‌ی محصول" + "طرح صفحه‌ی اصلی"
    QTest::newRow("ZWNJ left out") << QStringLiteral("صفحهی") << 4;
    QTest::newRow("Arabic Kaf") << QStringLiteral("كاربر") << 2;
    QTest::newRow("upper case") << QStringLiteral("DARK") << 3;
    QTest::newRow("Persian digits") << QStringLiteral("۱۳") << 1;
    QTest::newRow("no such name") << QStringLiteral("ناموجود") << 0;
}

void TestImagePickerGui::searchNarrowsTheGrid()
{
    QFETCH(QString, query);
    QFETCH(int, matches);
    m_window->findChild<LinkForm *>()->findChild<QPushButton *>(QStringLiteral("chooseButton"))->click();
    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    QVERIFY(picker);
    QVERIFY(waitForGrid(picker, portfolioImages));
    auto *search = findChildOrDie<QLineEdit>(picker, "searchEdit");
    for (const QChar character : query)
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(character), Qt::NoModifier);
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    QCOMPARE(list->model()->rowCount(), matches);
    auto *useImage = findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok);
    QCOMPARE(useImage->isEnabled(), matches > 0);
    const QString status = findChildOrDie<QLabel>(picker, "portfolioStatus")->text();
    if (matches == 0)
        QVERIFY2(status.contains(query), qPrintable(status));
    else
        QCOMPARE(list->currentIndex().row(), 0); // Enter takes the first match
}

// The grid is shown before the portfolio's images are listed: the scroll
// bar they then need keeps its room from the start, so that the tiles are
// not laid out and painted again a scroll bar narrower; and a search that
// leaves a few does not widen them.
void TestImagePickerGui::theGridKeepsItsWidthAsItsImagesArrive()
{
    const ViewportWidths painted(QStringLiteral("imageList"));
    field<QPushButton>("chooseButton")->click();
    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    QVERIFY(picker);
    QVERIFY(waitForGrid(picker, portfolioImages));
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    QTRY_VERIFY(list->verticalScrollBar()->maximum() > 0);
    auto *search = findChildOrDie<QLineEdit>(picker, "searchEdit");
    for (const QChar character : QStringLiteral("DARK"))
        QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(character), Qt::NoModifier);
    QCOMPARE(list->model()->rowCount(), 3);
    const qsizetype paintsBefore = painted.widths.size();
    list->viewport()->update();
    QTRY_VERIFY(painted.widths.size() > paintsBefore);
    for (const int width : painted.widths)
        QCOMPARE(width, list->viewport()->width());
}

void TestImagePickerGui::thumbnailsLoadAsTilesComeIntoView()
{
    const int logBefore = int(m_server.requestCount());
    field<QPushButton>("chooseButton")->click();
    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    QVERIFY(picker);
    QVERIFY(waitForGrid(picker, portfolioImages));
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    auto *model = picker->findChild<PortfolioImageModel *>();
    QVERIFY(model);

    const auto isVisible = [list](int row) {
        return list->visualRect(list->model()->index(row, 0)).intersects(list->viewport()->rect());
    };
    const auto visibleRows = [list, isVisible] {
        int visible = 0;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            visible += isVisible(row);
        return visible;
    };
    const auto loadedRows = [model] {
        int loaded = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            loaded += model->index(row).data(PortfolioImageModel::ThumbnailStateRole).value<PortfolioImageModel::ThumbnailState>()
                == PortfolioImageModel::ThumbnailState::Loaded;
        return loaded;
    };
    // Only the tiles on screen are fetched, each once.
    QTRY_COMPARE_WITH_TIMEOUT(loadedRows(), visibleRows(), 20000);
    const int firstScreen = model->requestedCount();
    qInfo("first screen: %d of %d tiles visible, %d thumbnails requested", visibleRows(), portfolioImages, firstScreen);
    QCOMPARE(firstScreen, visibleRows());
    QVERIFY(firstScreen < portfolioImages);
    // No tile off screen was downloaded (tiles on screen may come from the
    // disk cache, filled by an earlier test).
    const QStringList requested = mediaRequestsSince(logBefore);
    QVERIFY(requested.size() <= firstScreen);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (isVisible(row))
            continue;
        const QString path = model->imageAt(row).thumbnailFor(ThumbnailStrip::imageArea().width())->file.path();
        QVERIFY2(!requested.contains(path), qPrintable(path));
    }
    QVERIFY(Screenshot::saveIfAsked(QStringLiteral("picker")));

    // End goes to the last tile; the tiles scrolled into view follow.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(portfolioImages - 1).data(PortfolioImageModel::ThumbnailStateRole)
                                  .value<PortfolioImageModel::ThumbnailState>(),
                              PortfolioImageModel::ThumbnailState::Loaded, 20000);
    QVERIFY(model->requestedCount() > firstScreen);
}

void TestImagePickerGui::thePortfolioIsAskedForBeforeTheDialogIsBuilt()
{
    // The window's own list first: its request is not the picker's.
    QTRY_VERIFY(field<QTableView>("linksTree")->model()->rowCount() > 0);
    const qsizetype logBefore = m_server.requestCount();

    field<QPushButton>("chooseButton")->click();
    // Qt sends it from the event loop: had the dialog been built first, it
    // would have waited for the building.
    const auto *reading = m_window->findChild<PortfolioImages *>();
    QVERIFY(reading && reading->isLoading());
    QVERIFY(!m_window->findChild<ImagePickerDialog *>());
    auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
    QVERIFY(picker);
    QCOMPARE(picker->findChild<PortfolioImages *>(), reading);
    QVERIFY(waitForGrid(picker, portfolioImages));

    // The dialog took that reading over: every page asked for once. (The
    // form's one-row lookup of the newest id, made once typing or a new
    // portfolio has paused, is the creation's own.)
    QStringList pages;
    for (const QJsonObject &entry : m_server.requests({.path = QStringLiteral("*/links/"), .since = logBefore})) {
        const QString query = entry.value(QStringLiteral("query")).toString();
        if (query != QLatin1String("limit=1&ordering=-id"))
            pages.append(query);
    }
    QCOMPARE(pages.size(), 2);
    QCOMPARE(QSet<QString>(pages.cbegin(), pages.cend()).size(), 2);
}

void TestImagePickerGui::byNumberAndUploadFromTheKeyboard_data()
{
    addUiLanguageRows();
}

void TestImagePickerGui::byNumberAndUploadFromTheKeyboard()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    if (persian) {
        cleanup();
        init();
    }
    ImagePickerDialog *picker = openPickerFromTheKeyboard();
    QVERIFY(picker);
    auto *useImage = findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok);

    // Ctrl+Tab: the By number page, its field ready for typing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(picker->page(), ImagePickerDialog::Page::ByNumber);
    QCOMPARE(QApplication::focusWidget(), findChildOrDie<QLineEdit>(picker, "idEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2"));
    // Not looked up yet: nothing to use. A pause in typing looks it up.
    QVERIFY(!useImage->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!findChildOrDie<QLabel>(picker, "idPreview")->pixmap().isNull(), 20000);
    QVERIFY(useImage->isEnabled());
    QVERIFY(PersianText::withoutDirectionMarks(findChildOrDie<QLabel>(picker, "idDetails")->text())
                .contains(QStringLiteral("طرح صفحه‌ی اصلی.jpg")));
    QVERIFY(Screenshot::saveIfAsked(QStringLiteral("picker-number")));

    // Ctrl+Tab again: Upload; Space opens the file dialog, a path and Enter upload it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("طرح تازه.png"));
    QImage picture(640, 360, QImage::Format_RGB32);
    picture.fill(QColor(0xe7, 0x6f, 0x51));
    QVERIFY(picture.save(path, "PNG"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(picker->page(), ImagePickerDialog::Page::Upload);
    QCOMPARE(QApplication::focusWidget(), findChildOrDie<QPushButton>(picker, "chooseFileButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = picker->findChild<QFileDialog *>()) && QApplication::activeWindow() == files);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    Typing::type(QApplication::focusWidget(), path);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(useImage->isEnabled(), 20000);
    QVERIFY(PersianText::withoutDirectionMarks(findChildOrDie<QLabel>(picker, "uploadDetails")->text())
                .contains(QStringLiteral("طرح تازه.png")));
    picker->activateWindow(); // the window manager's job, after the file dialog
    QTRY_COMPARE(QApplication::focusWidget(), useImage);
    QVERIFY(Screenshot::saveIfAsked(QStringLiteral("picker-upload")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());
    const ImageChoice choice = field<LinkForm>("linkForm")->imageChoice();
    QVERIFY(choice.image);
    QCOMPARE(choice.image->name, QStringLiteral("طرح تازه.png"));
    QCOMPARE(choice.image->width, 640);
    QVERIFY(!field<QLabel>("thumbnailLabel")->pixmap().isNull());
    QVERIFY(Screenshot::saveIfAsked(QStringLiteral("image-field")));
}

void TestImagePickerGui::escapeKeepsThePreviousChoice()
{
    const ImageChoice previous{2, std::nullopt, {}};
    field<LinkForm>("linkForm")->setImageChoice(previous);
    ImagePickerDialog *picker = openPickerFromTheKeyboard();
    QVERIFY(picker);
    QVERIFY(waitForGrid(picker, portfolioImages));
    // The image chosen before is the current tile.
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    QCOMPARE(list->currentIndex().data(PortfolioImageModel::ImageIdRole).toLongLong(), previous.id);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());
    QCOMPARE(field<LinkForm>("linkForm")->imageChoice().id, previous.id);
}

void TestImagePickerGui::anUnknownPortfolioSaysSoAndOffersRetry()
{
    m_window->setPortfolio(999);
    ImagePickerDialog *picker = openPickerFromTheKeyboard();
    QVERIFY(picker);
    auto *status = findChildOrDie<QLabel>(picker, "portfolioStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("could not be listed")), 20000);
    auto *retry = findChildOrDie<QPushButton>(picker, "retryButton");
    QVERIFY(retry->isVisible());
    // Retry is in the Tab chain: search, grid, retry.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), retry);
    QVERIFY(!findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestImagePickerGui::persianPickerIsTranslatedAndMirrored()
{
    const auto restore = usePersianUi();
    cleanup();
    init();

    ImagePickerDialog *picker = openPickerFromTheKeyboard();
    QVERIFY(picker);
    QCOMPARE(picker->layoutDirection(), Qt::RightToLeft);
    QVERIFY(waitForGrid(picker, portfolioImages));
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    auto *model = picker->findChild<PortfolioImageModel *>();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0).data(PortfolioImageModel::ThumbnailStateRole)
                                  .value<PortfolioImageModel::ThumbnailState>(),
                              PortfolioImageModel::ThumbnailState::Loaded, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model->requestedCount() > 0
                                 && model->index(model->requestedCount() - 1).data(PortfolioImageModel::ThumbnailStateRole)
                                         .value<PortfolioImageModel::ThumbnailState>()
                                     == PortfolioImageModel::ThumbnailState::Loaded,
                             20000);
    // Mirrored: the first tile is at the right, and Left moves to the next one.
    QVERIFY(list->visualRect(list->model()->index(0, 0)).center().x()
            > list->visualRect(list->model()->index(1, 0)).center().x());
    QTest::keyClick(findChildOrDie<QLineEdit>(picker, "searchEdit"), Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Left);
    QTest::keyClick(list, Qt::Key_Left);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(list->currentIndex().row(), 1);
    QCOMPARE(findChildOrDie<QDialogButtonBox>(picker, "buttonBox")->button(QDialogButtonBox::Ok)->text(),
             QStringLiteral("استفاده از این تصویر"));
    const QString status = findChildOrDie<QLabel>(picker, "portfolioStatus")->text();
    QVERIFY2(status.contains(QLocale().toString(portfolioImages)), qPrintable(status)); // Persian digits
    QVERIFY(Screenshot::saveIfAsked(QStringLiteral("picker")));
}

void TestImagePickerGui::selectionIsAFrameThatLeavesTheThumbnailAsItIs_data()
{
    addUiLanguageRows();
}

void TestImagePickerGui::selectionIsAFrameThatLeavesTheThumbnailAsItIs()
{
    QFETCH(bool, persian);
    const auto restore = useUiLanguage(persian);
    if (persian) {
        cleanup();
        init();
    }
    ImagePickerDialog *picker = openPickerWithAllThumbnails();
    QVERIFY(picker);
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    auto *delegate = qobject_cast<ImageTileDelegate *>(list->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex tile = list->model()->index(1, 0);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.decorationSize = list->iconSize();
    const QRect rect = list->visualRect(tile);
    const QRect area = delegate->imageArea(rect, option);
    const QRect picture = delegate->pictureRect(rect, option, tile);
    QVERIFY(!picture.isEmpty());
    QVERIFY(area.contains(picture));
    const auto grab = [list](const QRect &part) {
        list->viewport()->repaint();
        return list->viewport()->grab(part).toImage().convertToFormat(QImage::Format_RGB32);
    };

    list->setFocus();
    list->selectionModel()->setCurrentIndex(list->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    QTRY_VERIFY(list->hasFocus());
    const QImage unselected = grab(picture);
    const QImage unselectedTile = grab(rect);
    list->selectionModel()->setCurrentIndex(tile, QItemSelectionModel::ClearAndSelect);
    const QImage selected = grab(picture);
    // Not one pixel of the thumbnail changed: no tint.
    QCOMPARE(selected, unselected);
    // A frame of the highlight colour, at least 2 px thick, just outside it, on all four sides.
    const QImage selectedTile = grab(rect);
    const QColor highlight = list->palette().color(QPalette::Active, QPalette::Highlight);
    const QPoint origin = rect.topLeft();
    const QPoint centre = area.center() - origin;
    for (int depth = 1; depth <= 2; ++depth) {
        const QList<QPoint> outside{{area.left() - origin.x() - depth, centre.y()},
                                    {area.right() - origin.x() + depth, centre.y()},
                                    {centre.x(), area.top() - origin.y() - depth},
                                    {centre.x(), area.bottom() - origin.y() + depth}};
        for (const QPoint &point : outside) {
            QCOMPARE(selectedTile.pixelColor(point), highlight);
            QVERIFY(unselectedTile.pixelColor(point) != highlight);
        }
    }
    // The current tile of a focused grid also shows the focus mark, beyond the frame.
    list->clearFocus();
    QTRY_VERIFY(!list->hasFocus());
    const QImage withoutFocus = grab(rect);
    QCOMPARE(grab(picture), unselected);
    QVERIFY(withoutFocus != selectedTile);
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    list->viewport()->repaint();
    QVERIFY(Screenshot::saveIfAsked(QStringLiteral("picker-selection")));
}

void TestImagePickerGui::captionsOfARowLineUpWhateverTheAspect()
{
    ImagePickerDialog *picker = openPickerWithAllThumbnails();
    QVERIFY(picker);
    auto *list = findChildOrDie<QListView>(picker, "imageList");
    auto *delegate = qobject_cast<ImageTileDelegate *>(list->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.decorationSize = list->iconSize();
    // The portfolio's oldest images end the grid: a 16:9 and a square one
    // among the 4:3 gallery. Their row is the last one.
    const int last = list->model()->rowCount() - 1;
    const int rowTop = list->visualRect(list->model()->index(last, 0)).top();
    QList<QRect> captions;
    QSet<int> pictureHeights;
    QSet<int> pictureBottoms;
    for (int row = 0; row <= last; ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QRect tile = list->visualRect(index);
        if (tile.top() != rowTop)
            continue;
        captions.append(delegate->captionRect(tile, option));
        const QRect picture = delegate->pictureRect(tile, option, index);
        pictureHeights.insert(picture.height());
        pictureBottoms.insert(picture.bottom());
        // The caption is below the picture, whatever its height.
        QVERIFY(captions.last().top() > picture.bottom());
    }
    QVERIFY2(captions.size() > 1, "the last row has one tile only");
    QVERIFY2(pictureHeights.size() > 1, "the last row's thumbnails have one aspect only");
    QVERIFY(pictureBottoms.size() > 1);
    for (const QRect &caption : captions) {
        QCOMPARE(caption.top(), captions.first().top());
        QCOMPARE(caption.height(), captions.first().height());
    }
}

void TestImagePickerGui::theFileDialogOpensInPicturesThenTheLastFolder()
{
    // Nothing remembered: the user's Pictures folder, or home without one.
    Settings().setImageFolder({});
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString firstFolder = QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.png"));
    QVERIFY(QImage(QSize(8, 8), QImage::Format_RGB32).save(path, "PNG"));

    const auto openFiles = [this] {
        field<QPushButton>("chooseButton")->click();
        auto *picker = waitForChild<ImagePickerDialog>(m_window.get());
        picker->showPage(ImagePickerDialog::Page::Upload);
        findChildOrDie<QPushButton>(picker, "chooseFileButton")->click();
        return picker->findChild<QFileDialog *>();
    };
    QFileDialog *files = openFiles();
    QVERIFY(files);
    QCOMPARE(QDir(files->directory()).canonicalPath(), QDir(firstFolder).canonicalPath());
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected
    QCOMPARE(Settings().imageFolder(), QFileInfo(path).absolutePath());
    m_window->findChild<ImagePickerDialog *>()->reject();
    QTRY_VERIFY(!m_window->findChild<ImagePickerDialog *>());

    files = openFiles();
    QVERIFY(files);
    QCOMPARE(QDir(files->directory()).canonicalPath(), QDir(dir.path()).canonicalPath());
    files->reject();
    m_window->findChild<ImagePickerDialog *>()->reject();
}

QTEST_MAIN(TestImagePickerGui)
#include "TestImagePickerGui.moc"
