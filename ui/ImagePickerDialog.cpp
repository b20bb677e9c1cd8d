#include "ImagePickerDialog.h"
#include "ui_ImagePickerDialog.h"

#include "ThumbnailStrip.h"
#include "WhenFinished.h"
#include "api/ApiClient.h"
#include "api/ImageCall.h"
#include "api/MediaSupport.h"
#include "media/PortfolioImageModel.h"
#include "media/PortfolioImages.h"
#include "media/ThumbnailLoader.h"
#include "text/PersianText.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int tileTextHeight = 48; // two lines of a name under the thumbnail

QString droppedFile(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

QImage placeholder(const QWidget *widget, QSize area, const QIcon &icon)
{
    const qreal ratio = widget->devicePixelRatioF();
    QImage image(area * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setPen(widget->palette().color(QPalette::Mid));
    painter.drawRect(QRect(QPoint(0, 0), area).adjusted(0, 0, -1, -1));
    if (!icon.isNull()) {
        const int edge = widget->style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, widget);
        icon.paint(&painter, QRect(QPoint((area.width() - edge) / 2, (area.height() - edge) / 2), QSize(edge, edge)));
    }
    return image;
}

QPixmap pixmapFor(const QWidget *widget, const QImage &image)
{
    QPixmap pixmap = QPixmap::fromImage(image);
    if (qFuzzyCompare(image.devicePixelRatio(), 1.0))
        pixmap.setDevicePixelRatio(widget->devicePixelRatioF());
    return pixmap;
}

QString describe(const Image &image)
{
    const QLocale locale;
    return ImagePickerDialog::tr("%1\nNumber %2 · %3 · %4 × %5 pixels")
        .arg(PersianText::inOwnDirection(image.name), locale.toString(image.id), PersianText::isolated(image.humanReadableSize),
             locale.toString(image.width), locale.toString(image.height));
}

} // namespace

ImagePickerDialog::ImagePickerDialog(ApiClient *api, QNetworkAccessManager *network, MediaSupport *media,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImagePickerDialog>())
    , m_api(api)
    , m_media(media)
    , m_portfolioImages(new PortfolioImages(api, this))
    , m_model(new PortfolioImageModel(network, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_previewLoader(new ThumbnailLoader(network, this))
    , m_visibleRowsTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Use this image"));
    m_ui->mediaNote->hide();
    m_ui->retryButton->hide();
    m_ui->uploadProgress->hide();
    m_ui->cancelUploadButton->hide();
    // Numbers and file details read left to right in any UI language.
    m_ui->idEdit->setLayoutDirection(Qt::LeftToRight);

    const QSize area = ThumbnailStrip::imageArea();
    m_model->setThumbnailEdge(area.width(), devicePixelRatioF());
    m_model->setPlaceholders(placeholder(this, area, {}),
                             placeholder(this, area, style()->standardIcon(QStyle::SP_MessageBoxWarning)));
    m_previewLoader->setMaximumImageSize(area * devicePixelRatioF());
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(PortfolioImageModel::SearchKeyRole);
    m_ui->imageList->setModel(m_filter);
    m_ui->imageList->setIconSize(area);
    m_ui->imageList->setGridSize(area + QSize(24, tileTextHeight));
    m_ui->imageList->installEventFilter(this);
    m_ui->imageList->viewport()->installEventFilter(this);
    m_ui->searchEdit->installEventFilter(this);

    // Thumbnails are fetched for the tiles on screen once the view has
    // settled: a fling through the grid fetches where it stops, not every
    // tile it passed.
    m_visibleRowsTimer->setSingleShot(true);
    m_visibleRowsTimer->setInterval(50);
    connect(m_visibleRowsTimer, &QTimer::timeout, this, &ImagePickerDialog::loadVisibleThumbnails);
    const auto scheduleVisible = [this] { m_visibleRowsTimer->start(); };
    connect(m_ui->imageList->verticalScrollBar(), &QScrollBar::valueChanged, this, scheduleVisible);
    connect(m_ui->imageList->verticalScrollBar(), &QScrollBar::rangeChanged, this, scheduleVisible);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, scheduleVisible);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, scheduleVisible);
    connect(m_filter, &QAbstractItemModel::modelReset, this, scheduleVisible);

    connect(m_portfolioImages, &PortfolioImages::finished, this, &ImagePickerDialog::showPortfolioImages);
    connect(m_portfolioImages, &PortfolioImages::failed, this, &ImagePickerDialog::showListingFailure);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ImagePickerDialog::loadPortfolioImages);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &ImagePickerDialog::applySearch);
    connect(m_ui->imageList, &QListView::doubleClicked, this, &ImagePickerDialog::tryAccept);
    connect(m_ui->imageList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImagePickerDialog::updateOkButton);

    connect(m_ui->showIdButton, &QPushButton::clicked, this, &ImagePickerDialog::checkNumber);
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, [this] {
        m_numberState = NumberState::Unknown;
        m_ui->idPreview->clear();
        if (m_media->state() != MediaSupport::State::Missing)
            m_ui->idDetails->clear(); // the note on unchecked numbers stays
        updateOkButton();
    });
    connect(m_previewLoader, &ThumbnailLoader::thumbnailLoaded, this, [this](int, const QImage &image) {
        m_numbered.preview = image;
        m_ui->idPreview->setPixmap(pixmapFor(this, image));
    });

    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ImagePickerDialog::chooseFile);
    connect(m_ui->cancelUploadButton, &QPushButton::clicked, this, &ImagePickerDialog::cancelUpload);

    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        // Ctrl+Tab lands in the page's input; arrows on the tab bar stay there.
        if (!m_ui->tabs->tabBar()->hasFocus()) {
            QWidget *input = page() == Page::ByNumber ? static_cast<QWidget *>(m_ui->idEdit)
                : page() == Page::Upload              ? static_cast<QWidget *>(m_ui->chooseFileButton)
                                                      : static_cast<QWidget *>(m_ui->searchEdit);
            input->setFocus();
        }
        updateOkButton();
        m_visibleRowsTimer->start();
    });
    // Enter anywhere (the default button) chooses what the current page shows.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImagePickerDialog::tryAccept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Type to narrow the grid, Down to enter it, Enter to choose.
    m_ui->searchEdit->setFocus();
    connect(m_media, &MediaSupport::stateChanged, this, &ImagePickerDialog::applyMediaSupport);
    m_media->check();
    applyMediaSupport();
    updateOkButton();
}

ImagePickerDialog::~ImagePickerDialog() = default;

void ImagePickerDialog::setPortfolio(std::optional<qint64> portfolioId)
{
    m_portfolio = portfolioId;
    loadPortfolioImages();
}

ImagePickerDialog::Page ImagePickerDialog::page() const
{
    const QWidget *current = m_ui->tabs->currentWidget();
    if (current == m_ui->idPage)
        return Page::ByNumber;
    if (current == m_ui->uploadPage)
        return Page::Upload;
    return Page::Portfolio;
}

void ImagePickerDialog::showPage(Page page)
{
    QWidget *widget = page == Page::ByNumber ? m_ui->idPage
        : page == Page::Upload               ? m_ui->uploadPage
                                             : m_ui->portfolioPage;
    m_ui->tabs->setCurrentWidget(widget);
}

// --- From this portfolio ---------------------------------------------------

void ImagePickerDialog::loadPortfolioImages()
{
    m_ui->retryButton->hide();
    m_model->setImages({});
    if (!m_portfolio) {
        setPortfolioStatus(tr("Enter the portfolio's number in the form to see the images its links use."));
        return;
    }
    setPortfolioStatus(tr("Loading the images of portfolio %1…").arg(QLocale().toString(*m_portfolio)));
    m_portfolioImages->load(*m_portfolio);
}

void ImagePickerDialog::showPortfolioImages(const QList<Image> &images)
{
    m_model->setImages(images);
    applySearch();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(PortfolioImageModel::ImageIdRole).toLongLong() == m_current.id)
            m_ui->imageList->setCurrentIndex(index);
    }
}

void ImagePickerDialog::showListingFailure(const ApiError &error)
{
    QString text = tr("The portfolio's images could not be listed: %1").arg(error.message());
    if (!error.serverDetail().isEmpty())
        text += QLatin1Char('\n') + tr("The server said: %1").arg(PersianText::isolated(error.serverDetail()));
    setPortfolioStatus(text);
    m_ui->retryButton->show();
}

void ImagePickerDialog::applySearch()
{
    m_filter->setFilterFixedString(PersianText::searchKey(m_ui->searchEdit->text()));
    const QModelIndex current = m_ui->imageList->currentIndex();
    if ((!current.isValid() || !m_ui->imageList->selectionModel()->isSelected(current)) && m_filter->rowCount() > 0)
        m_ui->imageList->setCurrentIndex(m_filter->index(0, 0));

    const QLocale locale;
    if (m_portfolioImages->isLoading() || !m_portfolio)
        return;
    if (m_model->rowCount() == 0) {
        setPortfolioStatus(tr("This portfolio's links have no images yet. Upload one, or enter an image's number."));
    } else if (m_filter->rowCount() == 0) {
        setPortfolioStatus(tr("No image's name contains “%1”.").arg(m_ui->searchEdit->text()));
    } else {
        QString text = tr("Images: %1. Arrow keys move, Enter chooses.").arg(locale.toString(m_filter->rowCount()));
        if (m_portfolioImages->stoppedAtPageCap())
            text += QLatin1Char(' ') + tr("Only the images of the first %1 links are shown.")
                                           .arg(locale.toString(PortfolioImages::defaultMaxPages
                                                                * PortfolioImages::defaultPageSize));
        setPortfolioStatus(text);
    }
    updateOkButton();
}

void ImagePickerDialog::loadVisibleThumbnails()
{
    if (!isVisible() || m_ui->tabs->currentWidget() != m_ui->portfolioPage)
        return;
    const QRect viewport = m_ui->imageList->viewport()->rect();
    QList<int> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (m_ui->imageList->visualRect(index).intersects(viewport))
            rows.append(m_filter->mapToSource(index).row());
    }
    m_model->loadThumbnails(rows);
}

void ImagePickerDialog::setPortfolioStatus(const QString &text)
{
    m_ui->portfolioStatus->setText(text);
    m_ui->imageList->setAccessibleDescription(text);
}

// --- By number ---------------------------------------------------------------

void ImagePickerDialog::checkNumber()
{
    QString error;
    const std::optional<qint64> id = PersianText::parseId(m_ui->idEdit->text(), &error);
    if (!id) {
        m_ui->idDetails->setText(error);
        return;
    }
    m_numbered = {*id, std::nullopt, {}};
    if (m_media->state() == MediaSupport::State::Missing) {
        // Nothing to look at: the number is taken as it is.
        acceptWith(m_numbered);
        return;
    }
    if (m_fetch)
        m_fetch->cancel();
    m_previewLoader->cancel();
    m_ui->idPreview->clear();
    m_ui->idDetails->setText(tr("Looking for image %1 on the server…").arg(QLocale().toString(*id)));
    m_numberState = NumberState::Checking;
    m_numberFailure.reset();
    m_fetch = m_api->fetchImage(*id);
    connect(m_fetch, &ImageCall::received, this, &ImagePickerDialog::showNumberFound);
    connect(m_fetch, &ApiCall::failed, this, [this, id = *id](const ApiError &error) { showNumberFailure(id, error); });
    updateOkButton();
}

void ImagePickerDialog::showNumberFound(const Image &image)
{
    m_numberState = NumberState::Found;
    m_numbered.image = image;
    m_ui->idDetails->setText(PersianText::linesIn(layoutDirection(), describe(image) + QLatin1Char('\n') + tr("Press Enter to use this image.")));
    if (const std::optional<Thumbnail> thumbnail = image.thumbnailFor(ThumbnailStrip::imageArea().width()
                                                                      * devicePixelRatioF()))
        m_previewLoader->load({*thumbnail});
    updateOkButton();
}

void ImagePickerDialog::showNumberFailure(qint64 id, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    if (error.kind() == ApiError::Kind::NotFound && m_media->state() == MediaSupport::State::Checking) {
        // Whether 404 means "no such image" or "no such endpoint" is for the
        // probe to tell: answered once it has.
        m_numberFailure = {id, error};
        return;
    }
    const QString number = QLocale().toString(id);
    if (error.kind() == ApiError::Kind::NotFound && m_media->state() == MediaSupport::State::Available) {
        m_numberState = NumberState::NotFound;
        m_ui->idDetails->setText(tr("The server has no image with the number %1.").arg(number));
    } else {
        // The number may still be right: the server checks it on create.
        m_numberState = NumberState::Unchecked;
        m_ui->idDetails->setText(tr("Image %1 could not be shown: %2\nIt can still be used; the server checks it when the link is created.")
                                     .arg(number, error.message()));
    }
    updateOkButton();
}

// --- Upload --------------------------------------------------------------------

void ImagePickerDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Upload an image"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    // Files are judged by content, so a picture with an odd name is still offered.
    dialog->setNameFilters({tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ImagePickerDialog::uploadFile);
    dialog->open();
}

void ImagePickerDialog::uploadFile(const QString &path)
{
    showPage(Page::Upload);
    if (refuseUploadWithoutEndpoint())
        return;
    cancelUpload();
    m_uploaded.reset();
    const quint64 attempt = ++m_uploadAttempt;
    setUploadDetails(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    updateOkButton();
    whenFinished(QtConcurrent::run(&ImageFileCheck::check, path, m_uploadLimit,
                                   ThumbnailStrip::imageArea() * devicePixelRatioF()),
                 this, [this, path, attempt](const ImageFileCheck::Result &check) {
            if (attempt != m_uploadAttempt)
                return; // another file was chosen meanwhile
            if (!check.ok)
                setUploadDetails(check.error);
            else if (!refuseUploadWithoutEndpoint()) // learnt while the file was checked
                upload(path, check);
        });
}

bool ImagePickerDialog::refuseUploadWithoutEndpoint()
{
    if (m_media->state() != MediaSupport::State::Missing)
        return false;
    showPage(Page::Portfolio);
    m_ui->mediaNote->setText(tr("This server does not take uploads, so the file was not sent. Choose one of the portfolio's images or enter an image's number."));
    m_ui->mediaNote->show();
    return true;
}

void ImagePickerDialog::upload(const QString &path, const ImageFileCheck::Result &check)
{
    const QLocale locale;
    const QString details = tr("%1\n%2 · %3 × %4 pixels")
                                .arg(PersianText::inOwnDirection(QFileInfo(path).fileName()), locale.formattedDataSize(check.bytes),
                                     locale.toString(check.size.width()), locale.toString(check.size.height()));
    setUploadDetails(details + QLatin1Char('\n') + tr("Uploading…"), check.preview);
    m_ui->uploadProgress->setRange(0, 0);
    m_ui->uploadProgress->show();
    m_ui->cancelUploadButton->show();
    m_ui->cancelUploadButton->setFocus();
    m_upload = m_api->uploadImage(path);
    connect(m_upload, &ApiCall::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_ui->uploadProgress->setRange(0, 1000);
        m_ui->uploadProgress->setValue(int(sent * 1000 / total));
    });
    connect(m_upload, &ImageCall::received, this, [this, preview = check.preview](const Image &image) {
        m_uploaded = ImageChoice{image.id, image, preview};
        setUploadDetails(tr("Uploaded.") + QLatin1Char('\n') + describe(image) + QLatin1Char('\n')
                             + tr("Press Enter to use this image."),
                         preview);
    });
    connect(m_upload, &ApiCall::failed, this, [this, details, preview = check.preview](const ApiError &error) {
        m_media->learnFromUpload(error);
        QString text = error.kind() == ApiError::Kind::Cancelled ? tr("The upload was cancelled.")
                                                                 : tr("The upload failed: %1").arg(error.message());
        if (!error.serverDetail().isEmpty() && error.kind() != ApiError::Kind::Validation)
            text += QLatin1Char('\n') + tr("The server said: %1").arg(PersianText::isolated(error.serverDetail()));
        for (const QStringList &messages : error.fieldErrors())
            text += QLatin1Char('\n') + messages.join(QLatin1Char(' '));
        setUploadDetails(details + QLatin1Char('\n') + text, preview);
    });
    connect(m_upload, &ApiCall::finished, this, [this] {
        m_ui->uploadProgress->hide();
        m_ui->cancelUploadButton->hide();
        if (m_ui->tabs->currentWidget() == m_ui->uploadPage)
            m_ui->chooseFileButton->setFocus();
        updateOkButton();
        if (m_uploaded)
            m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
    });
}

void ImagePickerDialog::cancelUpload()
{
    if (m_upload)
        m_upload->cancel();
}

void ImagePickerDialog::setUploadDetails(const QString &text, const QImage &preview)
{
    m_ui->uploadDetails->setText(PersianText::linesIn(layoutDirection(), text));
    if (preview.isNull())
        m_ui->uploadPreview->clear();
    else
        m_ui->uploadPreview->setPixmap(pixmapFor(this, preview));
}

// --- The whole dialog ------------------------------------------------------------

void ImagePickerDialog::applyMediaSupport()
{
    if (m_numberFailure && m_media->state() != MediaSupport::State::Checking) {
        const auto [id, error] = *std::exchange(m_numberFailure, std::nullopt);
        if (m_numberState == NumberState::Checking && m_numbered.id == id)
            showNumberFailure(id, error);
    }
    const bool missing = m_media->state() == MediaSupport::State::Missing;
    if (missing && m_ui->tabs->currentWidget() == m_ui->uploadPage)
        showPage(Page::Portfolio);
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->uploadPage), !missing);
    m_ui->showIdButton->setVisible(!missing);
    m_ui->idPreview->setVisible(!missing);
    if (missing) {
        m_ui->idDetails->setText(tr("This server cannot show an image by its number: the number is used as it is, and the server checks it when the link is created."));
        if (m_media->takeMissingNotice()) {
            m_ui->mediaNote->setText(tr("The server has no media endpoint at %1, so uploading images and previewing them by number are off. If it has one elsewhere, set its path in Connection settings.")
                                         .arg(PersianText::isolated(m_api->mediaPath())));
            m_ui->mediaNote->show();
        }
    }
    updateOkButton();
}

void ImagePickerDialog::updateOkButton()
{
    bool can = false;
    switch (page()) {
    case Page::Portfolio:
        can = m_ui->imageList->currentIndex().isValid();
        break;
    case Page::ByNumber:
        can = !m_ui->idEdit->text().trimmed().isEmpty() && m_numberState != NumberState::Checking
            && m_numberState != NumberState::NotFound;
        break;
    case Page::Upload:
        can = m_uploaded.has_value();
        break;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(can);
}

void ImagePickerDialog::tryAccept()
{
    switch (page()) {
    case Page::Portfolio:
        if (const QModelIndex index = m_ui->imageList->currentIndex(); index.isValid()) {
            const int row = m_filter->mapToSource(index).row();
            const Image image = m_model->imageAt(row);
            acceptWith({image.id, image, m_model->thumbnailAt(row)});
        }
        break;
    case Page::ByNumber:
        if (m_numberState == NumberState::Found || m_numberState == NumberState::Unchecked)
            acceptWith(m_numbered);
        else
            checkNumber(); // previewed first; the next Enter takes it
        break;
    case Page::Upload:
        if (m_uploaded)
            acceptWith(*m_uploaded);
        break;
    }
}

void ImagePickerDialog::acceptWith(const ImageChoice &choice)
{
    m_choice = choice;
    accept();
}

void ImagePickerDialog::done(int result)
{
    // Closing the dialog abandons what it was waiting for.
    cancelUpload();
    if (m_fetch)
        m_fetch->cancel();
    m_portfolioImages->cancel();
    QDialog::done(result);
}

void ImagePickerDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImagePickerDialog::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    uploadFile(path);
}

bool ImagePickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
        // From the search straight into the results.
        m_ui->imageList->setFocus();
        return true;
    }
    if (watched == m_ui->imageList && event->type() == QEvent::KeyPress) {
        // Typing in the grid types into the search, so that any key narrows it.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool typing = !key->text().isEmpty() && key->text().at(0).isPrint()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (typing) {
            m_ui->searchEdit->setFocus();
            QCoreApplication::sendEvent(m_ui->searchEdit, event);
            return true;
        }
    }
    if (watched == m_ui->imageList && event->type() == QEvent::KeyPress && isRightToLeft()) {
        // Qt's icon grid moves by logical order, so in a mirrored grid Left
        // would go back; people expect the tile the arrow points at.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Left || key == Qt::Key_Right)
            && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            const int row = m_ui->imageList->currentIndex().row() + (key == Qt::Key_Left ? 1 : -1);
            if (row >= 0 && row < m_filter->rowCount())
                m_ui->imageList->setCurrentIndex(m_filter->index(row, 0));
            return true;
        }
    }
    if (watched == m_ui->imageList->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_visibleRowsTimer->start();
    return QDialog::eventFilter(watched, event);
}
