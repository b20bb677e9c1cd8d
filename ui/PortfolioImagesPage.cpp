#include "PortfolioImagesPage.h"
#include "ui_PortfolioImagesPage.h"

#include "BuddyNames.h"
#include "ClearButtonName.h"
#include "ImageTileDelegate.h"
#include "ThumbnailStrip.h"
#include "media/PortfolioImageModel.h"
#include "media/PortfolioImages.h"
#include "media/ThumbnailCache.h"
#include "session/Session.h"
#include "text/PersianText.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace {

// A tile's frame, with an icon in the middle or none.
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

} // namespace

PortfolioImagesPage::PortfolioImagesPage(Session *session, PortfolioImages *reading, QWidget *parent)
    : ImagePickerPage(parent)
    , m_ui(std::make_unique<Ui::PortfolioImagesPage>())
    , m_session(session)
    , m_images(reading ? reading : new PortfolioImages(session->api()))
    , m_model(new PortfolioImageModel(session->thumbnails(), this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_visibleRowsTimer(new QTimer(this))
    , m_holdLimit(new QTimer(this))
{
    setObjectName(QStringLiteral("portfolioPage"));
    m_images->setParent(this);
    // In time for a reading already under way: its first page is not in
    // before the event loop has built this page.
    m_images->setHoldAfterFirstPage(true);
    m_ui->setupUi(this);
    BuddyNames::apply(this);
    ClearButtonName::apply(m_ui->searchEdit);
    m_ui->retryButton->hide();

    const QSize area = ThumbnailStrip::imageArea();
    m_model->setThumbnailEdge(area.width(), devicePixelRatioF());
    m_model->setPlaceholders(placeholder(this, area, {}),
                             placeholder(this, area, style()->standardIcon(QStyle::SP_MessageBoxWarning)));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(PortfolioImageModel::SearchKeyRole);
    m_ui->imageList->setModel(m_filter);
    m_ui->imageList->setIconSize(area);
    // Room between the tiles for their frames to stand apart.
    m_ui->imageList->setGridSize(ImageTileDelegate::tileSize(area, m_ui->imageList->fontMetrics()) + QSize(12, 8));
    m_ui->imageList->installEventFilter(this);
    m_ui->imageList->viewport()->installEventFilter(this);
    m_ui->searchEdit->installEventFilter(this);

    // Thumbnails are fetched for the tiles on screen once the view has
    // settled: a fling through the grid fetches where it stops, not every
    // tile it passed.
    m_visibleRowsTimer->setSingleShot(true);
    m_visibleRowsTimer->setInterval(50);
    connect(m_visibleRowsTimer, &QTimer::timeout, this, &PortfolioImagesPage::loadVisibleThumbnails);
    const auto scheduleVisible = &PortfolioImagesPage::scheduleVisibleThumbnails;
    connect(m_ui->imageList->verticalScrollBar(), &QScrollBar::valueChanged, this, scheduleVisible);
    connect(m_ui->imageList->verticalScrollBar(), &QScrollBar::rangeChanged, this, scheduleVisible);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, scheduleVisible);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, scheduleVisible);
    connect(m_filter, &QAbstractItemModel::modelReset, this, scheduleVisible);

    m_holdLimit->setSingleShot(true);
    m_holdLimit->setInterval(defaultHoldLimit);
    connect(m_holdLimit, &QTimer::timeout, this, &PortfolioImagesPage::readOn);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PortfolioImagesPage::readOnOnceTheFirstScreenIsIn);
    // Searching needs every image, and scrolling wants the next ones.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &PortfolioImagesPage::readOn);
    connect(m_ui->imageList->verticalScrollBar(), &QScrollBar::valueChanged, this, &PortfolioImagesPage::readOn);

    connect(m_images, &PortfolioImages::found, this, &PortfolioImagesPage::showMoreImages);
    connect(m_images, &PortfolioImages::finished, this, &PortfolioImagesPage::applySearch);
    connect(m_images, &PortfolioImages::failed, this, &PortfolioImagesPage::showListingFailure);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &PortfolioImagesPage::load);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &PortfolioImagesPage::applySearch);
    connect(m_ui->imageList, &QListView::doubleClicked, this, [this] {
        if (const std::optional<ImageChoice> choice = choose())
            emit chosen(*choice);
    });
    connect(m_ui->imageList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ImagePickerPage::canChooseChanged);
}

PortfolioImagesPage::~PortfolioImagesPage() = default;

void PortfolioImagesPage::setHoldLimit(std::chrono::milliseconds limit)
{
    m_holdLimit->setInterval(limit);
}

void PortfolioImagesPage::setPortfolio(std::optional<qint64> portfolioId)
{
    m_portfolio = portfolioId;
    load();
}

bool PortfolioImagesPage::canChoose() const
{
    return m_ui->imageList->currentIndex().isValid();
}

std::optional<ImageChoice> PortfolioImagesPage::choose()
{
    const QModelIndex index = m_ui->imageList->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const int row = m_filter->mapToSource(index).row();
    const Image image = m_model->imageAt(row);
    // The tile's picture goes along: the Image field shows it without a download.
    return ImageChoice{image.id, image, m_model->thumbnailAt(row)};
}

QWidget *PortfolioImagesPage::input() const
{
    return m_ui->searchEdit;
}

void PortfolioImagesPage::cancel()
{
    m_images->cancel();
}

void PortfolioImagesPage::load()
{
    m_visibleAsked = false;
    m_firstScreenRows.clear();
    m_holdLimit->stop();
    m_ui->retryButton->hide();
    m_model->setImages({});
    // A picker opened again (or Retry) tries again the thumbnails that failed.
    m_session->thumbnails()->retryFailed();
    if (!m_portfolio) {
        setStatus(tr("Enter the portfolio's number in the form to see the images its links use."));
        return;
    }
    setStatus(tr("Loading the images of portfolio %1…").arg(PersianText::id(*m_portfolio)));
    if (!m_images->isLoading() || m_images->portfolioId() != *m_portfolio)
        m_images->load(*m_portfolio);
}

void PortfolioImagesPage::showMoreImages(const QList<Image> &images)
{
    m_model->appendImages(images);
    if (m_images->isHeld())
        m_holdLimit->start();
    applySearch();
    // The image chosen before becomes the current tile once its page is in.
    if (std::none_of(images.cbegin(), images.cend(), [this](const Image &image) { return image.id == m_currentId; }))
        return;
    const QModelIndexList chosenBefore = m_filter->match(m_filter->index(0, 0), PortfolioImageModel::ImageIdRole,
                                                         m_currentId, 1, Qt::MatchExactly);
    if (!chosenBefore.isEmpty())
        m_ui->imageList->setCurrentIndex(chosenBefore.first());
}

void PortfolioImagesPage::showListingFailure(const ApiError &error)
{
    QString text = tr("The portfolio's images could not be listed: %1").arg(error.message());
    if (!error.serverDetail().isEmpty())
        text += QLatin1Char('\n') + tr("The server said: %1").arg(PersianText::isolated(error.serverDetail()));
    setStatus(text);
    m_ui->retryButton->show();
}

void PortfolioImagesPage::applySearch()
{
    m_filter->setFilterFixedString(PersianText::searchKey(m_ui->searchEdit->text()));
    const QModelIndex current = m_ui->imageList->currentIndex();
    if ((!current.isValid() || !m_ui->imageList->selectionModel()->isSelected(current)) && m_filter->rowCount() > 0)
        m_ui->imageList->setCurrentIndex(m_filter->index(0, 0));
    emit canChooseChanged();

    if (!m_portfolio)
        return;
    const QLocale locale;
    if (m_images->isLoading()) {
        // Later pages still to come: what is there can be chosen already.
        setStatus(tr("Loading the images of portfolio %1… (%2 so far)")
                      .arg(PersianText::id(*m_portfolio), locale.toString(m_model->rowCount())));
        return;
    }
    if (m_model->rowCount() == 0) {
        setStatus(tr("This portfolio's links have no images yet. Upload one, or enter an image's number."));
    } else if (m_filter->rowCount() == 0) {
        setStatus(tr("No image's name contains “%1”.").arg(m_ui->searchEdit->text()));
    } else {
        QString text = tr("Images: %1. Arrow keys move, Enter chooses.").arg(locale.toString(m_filter->rowCount()));
        if (m_images->stoppedAtPageCap())
            text += QLatin1Char(' ') + tr("Only the images of the first %1 links are shown.")
                                           .arg(locale.toString(PortfolioImages::defaultMaxPages
                                                                * PortfolioImages::defaultPageSize));
        setStatus(text);
    }
}

void PortfolioImagesPage::scheduleVisibleThumbnails()
{
    // The first screen does not wait for the view to settle: nothing has
    // been flung through yet. Queued, so that the grid has laid its tiles out.
    if (m_visibleAsked)
        m_visibleRowsTimer->start();
    else
        QMetaObject::invokeMethod(this, &PortfolioImagesPage::loadVisibleThumbnails, Qt::QueuedConnection);
}

void PortfolioImagesPage::loadVisibleThumbnails()
{
    if (!isVisible())
        return;
    const QRect viewport = m_ui->imageList->viewport()->rect();
    QList<int> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (m_ui->imageList->visualRect(index).intersects(viewport))
            rows.append(m_filter->mapToSource(index).row());
    }
    m_visibleAsked = m_visibleAsked || !rows.isEmpty();
    m_model->loadThumbnails(rows);
    if (m_images->isHeld()) {
        m_firstScreenRows = rows;
        readOnOnceTheFirstScreenIsIn();
    }
}

void PortfolioImagesPage::readOnOnceTheFirstScreenIsIn()
{
    if (!m_images->isHeld())
        return;
    using State = PortfolioImageModel::ThumbnailState;
    const bool waiting = std::any_of(m_firstScreenRows.cbegin(), m_firstScreenRows.cend(), [this](int row) {
        const State state = m_model->thumbnailStateAt(row);
        return state == State::Loading || state == State::NotRequested;
    });
    if (!waiting)
        readOn();
}

void PortfolioImagesPage::readOn()
{
    m_holdLimit->stop();
    m_images->readOn();
}

void PortfolioImagesPage::setStatus(const QString &text)
{
    m_ui->portfolioStatus->setText(text);
    m_ui->imageList->setAccessibleDescription(text);
}

void PortfolioImagesPage::showEvent(QShowEvent *event)
{
    ImagePickerPage::showEvent(event);
    scheduleVisibleThumbnails();
}

bool PortfolioImagesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_ui->searchEdit && key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            // From the search straight into the results.
            m_ui->imageList->setFocus();
            return true;
        }
        if (watched == m_ui->imageList) {
            // Typing in the grid types into the search, so that any key narrows it.
            const bool typing = !key->text().isEmpty() && key->text().at(0).isPrint()
                && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
            if (typing) {
                m_ui->searchEdit->setFocus();
                QCoreApplication::sendEvent(m_ui->searchEdit, event);
                return true;
            }
        }
    }
    if (watched == m_ui->imageList->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        scheduleVisibleThumbnails();
    return ImagePickerPage::eventFilter(watched, event);
}
