#include "ImageNumberPage.h"
#include "ui_ImageNumberPage.h"

#include "BuddyNames.h"
#include "ImageText.h"
#include "ThumbnailStrip.h"
#include "api/ApiClient.h"
#include "api/JsonCall.h"
#include "api/MediaSupport.h"
#include "media/ThumbnailCache.h"
#include "media/ThumbnailLoader.h"
#include "session/Session.h"
#include "text/PersianText.h"

#include <QTimer>

ImageNumberPage::ImageNumberPage(Session *session, QWidget *parent)
    : ImagePickerPage(parent)
    , m_ui(std::make_unique<Ui::ImageNumberPage>())
    , m_session(session)
    , m_previewLoader(session->createThumbnailLoader(this))
    , m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("idPage"));
    m_ui->setupUi(this);
    BuddyNames::apply(this);
    // Numbers read left to right in any UI language.
    m_ui->idEdit->setLayoutDirection(Qt::LeftToRight);
    m_previewLoader->setMaximumImageSize(ThumbnailStrip::imageArea() * devicePixelRatioF());

    // A number is looked up once typing pauses, so the button is ready
    // by the time the hand reaches it.
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(400);
    connect(m_typingPause, &QTimer::timeout, this, [this] {
        if (!m_ui->idEdit->text().trimmed().isEmpty()
            && m_session->mediaSupport()->state() != MediaSupport::State::Missing)
            lookUp();
    });
    connect(m_ui->showIdButton, &QPushButton::clicked, this, &ImageNumberPage::lookUp);
    // Enter reaches the dialog's default button too, which does nothing while disabled.
    connect(m_ui->idEdit, &QLineEdit::returnPressed, this, [this] {
        if (!canChoose())
            takeWhenFound();
    });
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, [this] {
        cancel();
        m_ui->idPreview->clear();
        m_takeWhenFound = false;
        if (m_session->mediaSupport()->state() != MediaSupport::State::Missing)
            m_ui->idDetails->clear(); // the note on unchecked numbers stays
        setState(State::Unknown);
        m_typingPause->start();
    });
    connect(m_previewLoader, &ThumbnailLoader::thumbnailLoaded, this,
            [this](int, const QImage &image) { showPreview(image); });
    // The image was found: it can still be taken without its picture.
    connect(m_previewLoader, &ThumbnailLoader::thumbnailFailed, this,
            [this](int, const QString &message) { m_ui->idPreview->showFailure(message); });
    connect(session, &Session::timeoutsChanged, m_previewLoader, [loader = m_previewLoader, session] {
        loader->setTimeout(session->timeout());
        loader->setDeadline(session->deadline());
    });
}

ImageNumberPage::~ImageNumberPage() = default;

bool ImageNumberPage::canChoose() const
{
    if (m_session->mediaSupport()->state() == MediaSupport::State::Missing)
        return !m_ui->idEdit->text().trimmed().isEmpty();
    return m_state == State::Found || m_state == State::Unchecked;
}

std::optional<ImageChoice> ImageNumberPage::choose()
{
    if (m_state == State::Found || m_state == State::Unchecked)
        return m_choice;
    takeWhenFound();
    return std::nullopt;
}

void ImageNumberPage::takeWhenFound()
{
    m_takeWhenFound = true;
    if (m_state != State::Checking)
        lookUp(); // without a media endpoint, takes the number at once
}

QWidget *ImageNumberPage::input() const
{
    return m_ui->idEdit;
}

void ImageNumberPage::cancel()
{
    m_typingPause->stop();
    if (m_fetch)
        m_fetch->cancel();
    m_previewLoader->cancel();
}

void ImageNumberPage::applyMediaSupport()
{
    const MediaSupport *media = m_session->mediaSupport();
    const bool missing = media->state() == MediaSupport::State::Missing;
    m_ui->showIdButton->setVisible(!missing);
    m_ui->idPreview->setVisible(!missing);
    if (missing)
        m_ui->idDetails->setText(tr("This server cannot show an image by its number: the number is used as it is, and the server checks it when the link is created."));
    if (m_pendingFailure && media->state() != MediaSupport::State::Checking) {
        const auto [id, error] = *std::exchange(m_pendingFailure, std::nullopt);
        if (m_state == State::Checking && m_choice.id == id)
            showFailure(id, error);
    }
}

void ImageNumberPage::lookUp()
{
    QString error;
    const std::optional<qint64> id = PersianText::parseId(m_ui->idEdit->text(), &error);
    if (!id) {
        m_ui->idDetails->setText(error);
        m_takeWhenFound = false;
        return;
    }
    m_choice = {*id, std::nullopt, {}};
    if (m_session->mediaSupport()->state() == MediaSupport::State::Missing) {
        // Nothing to look at: the number is taken as it is.
        emit chosen(m_choice);
        return;
    }
    cancel();
    m_ui->idPreview->clear();
    m_ui->idDetails->setText(tr("Looking for image %1 on the server…").arg(PersianText::id(*id)));
    m_pendingFailure.reset();
    m_fetch = m_session->api()->fetchImage(*id);
    m_fetch->onSucceeded(this, [this](const Image &image) { showFound(image); });
    connect(m_fetch, &ApiCall::failed, this, [this, id = *id](const ApiError &error) { showFailure(id, error); });
    setState(State::Checking);
}

void ImageNumberPage::showFound(const Image &image)
{
    m_choice.image = image;
    m_ui->idDetails->setText(PersianText::linesIn(layoutDirection(), ImageText::summary(image) + QLatin1Char('\n')
                                                                          + tr("Press Enter to use this image.")));
    const int edge = qRound(ThumbnailStrip::imageArea().width() * devicePixelRatioF());
    if (const std::optional<Thumbnail> thumbnail = image.thumbnailFor(edge)) {
        // Decoded already when the grid showed this image's tile (the same
        // edge); fetched otherwise.
        const QImage held = m_session->thumbnails()->image(thumbnail->id, edge);
        if (!held.isNull())
            showPreview(held);
        else
            m_previewLoader->load({*thumbnail});
    }
    setState(State::Found);
    if (std::exchange(m_takeWhenFound, false))
        emit chosen(m_choice);
}

void ImageNumberPage::showPreview(const QImage &image)
{
    m_choice.preview = image;
    m_ui->idPreview->showImage(image);
}

void ImageNumberPage::showFailure(qint64 id, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    const MediaSupport *media = m_session->mediaSupport();
    if (error.kind() == ApiError::Kind::NotFound && media->state() == MediaSupport::State::Checking) {
        // Whether 404 means "no such image" or "no such endpoint" is for the
        // probe to tell: answered once it has.
        m_pendingFailure = {id, error};
        return;
    }
    // Not found, or not seen: nothing to take without a second look.
    m_takeWhenFound = false;
    const QString number = PersianText::id(id);
    if (error.kind() == ApiError::Kind::NotFound && media->state() == MediaSupport::State::Available) {
        m_ui->idDetails->setText(tr("The server has no image with the number %1.").arg(number));
        setState(State::NotFound);
    } else {
        // The number may still be right: the server checks it on create.
        m_ui->idDetails->setText(tr("Image %1 could not be shown: %2\nIt can still be used; the server checks it when the link is created.")
                                     .arg(number, error.message()));
        setState(State::Unchecked);
    }
}

void ImageNumberPage::setState(State state)
{
    m_state = state;
    emit canChooseChanged();
}
