#include "ImageUploadPage.h"
#include "ui_ImageUploadPage.h"

#include "ImageText.h"
#include "ThumbnailStrip.h"
#include "WhenFinished.h"
#include "api/ApiClient.h"
#include "api/JsonCall.h"
#include "api/MediaSupport.h"
#include "session/Session.h"
#include "text/PersianText.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

ImageUploadPage::ImageUploadPage(Session *session, QWidget *parent)
    : ImagePickerPage(parent)
    , m_ui(std::make_unique<Ui::ImageUploadPage>())
    , m_session(session)
{
    setObjectName(QStringLiteral("uploadPage"));
    m_ui->setupUi(this);
    m_ui->uploadProgress->hide();
    m_ui->cancelUploadButton->hide();
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ImageUploadPage::chooseFile);
    connect(m_ui->cancelUploadButton, &QPushButton::clicked, this, &ImageUploadPage::cancel);
}

ImageUploadPage::~ImageUploadPage() = default;

QWidget *ImageUploadPage::input() const
{
    return m_ui->chooseFileButton;
}

void ImageUploadPage::cancel()
{
    if (m_upload)
        m_upload->cancel();
}

void ImageUploadPage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Upload an image"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    // Files are judged by content, so a picture with an odd name is still offered.
    dialog->setNameFilters({tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ImageUploadPage::uploadFile);
    dialog->open();
}

void ImageUploadPage::uploadFile(const QString &path)
{
    if (refuseWithoutEndpoint())
        return;
    cancel();
    m_uploaded.reset();
    emit canChooseChanged();
    const quint64 attempt = ++m_attempt;
    setDetails(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    whenFinished(QtConcurrent::run(&ImageFileCheck::check, path, m_uploadLimit,
                                   ThumbnailStrip::imageArea() * devicePixelRatioF()),
                 this, [this, path, attempt](const ImageFileCheck::Result &check) {
                     if (attempt != m_attempt)
                         return; // another file was chosen meanwhile
                     if (!check.ok)
                         setDetails(check.error);
                     else if (!refuseWithoutEndpoint()) // learnt while the file was checked
                         upload(path, check);
                 });
}

bool ImageUploadPage::refuseWithoutEndpoint()
{
    if (m_session->mediaSupport()->state() != MediaSupport::State::Missing)
        return false;
    emit uploadsUnavailable();
    return true;
}

void ImageUploadPage::upload(const QString &path, const ImageFileCheck::Result &check)
{
    const QLocale locale;
    const QString details = tr("%1\n%2 · %3 × %4 pixels")
                                .arg(PersianText::inOwnDirection(QFileInfo(path).fileName()),
                                     locale.formattedDataSize(check.bytes), locale.toString(check.size.width()),
                                     locale.toString(check.size.height()));
    setDetails(details + QLatin1Char('\n') + tr("Uploading…"), check.preview);
    m_ui->uploadProgress->setRange(0, 0);
    m_ui->uploadProgress->show();
    m_ui->cancelUploadButton->show();
    m_ui->cancelUploadButton->setFocus();
    m_upload = m_session->api()->uploadImage(path);
    connect(m_upload, &ApiCall::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_ui->uploadProgress->setRange(0, 1000);
        m_ui->uploadProgress->setValue(int(sent * 1000 / total));
    });
    m_upload->onSucceeded(this, [this, preview = check.preview](const Image &image) {
        m_uploaded = ImageChoice{image.id, image, preview};
        setDetails(tr("Uploaded.") + QLatin1Char('\n') + ImageText::summary(image) + QLatin1Char('\n')
                       + tr("Press Enter to use this image."),
                   preview);
    });
    connect(m_upload, &ApiCall::failed, this, [this, details, preview = check.preview](const ApiError &error) {
        m_session->mediaSupport()->learnFromUpload(error);
        QString text = error.kind() == ApiError::Kind::Cancelled ? tr("The upload was cancelled.")
                                                                 : tr("The upload failed: %1").arg(error.message());
        if (!error.serverDetail().isEmpty() && error.kind() != ApiError::Kind::Validation)
            text += QLatin1Char('\n') + tr("The server said: %1").arg(PersianText::isolated(error.serverDetail()));
        for (const QStringList &messages : error.fieldErrors())
            text += QLatin1Char('\n') + messages.join(QLatin1Char(' '));
        setDetails(details + QLatin1Char('\n') + text, preview);
    });
    connect(m_upload, &ApiCall::finished, this, [this] {
        m_ui->uploadProgress->hide();
        m_ui->cancelUploadButton->hide();
        if (isVisible())
            m_ui->chooseFileButton->setFocus();
        emit canChooseChanged();
    });
}

void ImageUploadPage::setDetails(const QString &text, const QImage &preview)
{
    m_ui->uploadDetails->setText(PersianText::linesIn(layoutDirection(), text));
    m_ui->uploadPreview->showImage(preview);
}
