#include "ImageUploadPage.h"
#include "ui_ImageUploadPage.h"

#include "ImageText.h"
#include "PastedFile.h"
#include "ThumbnailStrip.h"
#include "WhenFinished.h"
#include "WorkerThreads.h"
#include "api/ApiClient.h"
#include "api/JsonCall.h"
#include "api/MediaSupport.h"
#include "session/Session.h"
#include "storage/Settings.h"
#include "text/PersianText.h"
#include "text/SizeText.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QShortcut>
#include <QtConcurrent/QtConcurrentRun>

ImageUploadPage::ImageUploadPage(Session *session, QWidget *parent)
    : ImagePickerPage(parent)
    , m_ui(std::make_unique<Ui::ImageUploadPage>())
    , m_session(session)
{
    setObjectName(QStringLiteral("uploadPage"));
    m_ui->setupUi(this);
    m_ui->uploadProgress->hide();
    m_ui->uploadStatus->hide();
    m_ui->cancelUploadButton->hide();
    setUploadLimit(ImageFileCheck::defaultMaxBytes);
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &ImageUploadPage::chooseFile);
    connect(m_ui->cancelUploadButton, &QPushButton::clicked, this, &ImageUploadPage::cancel);
    new QShortcut(QKeySequence::Paste, this, this, &ImageUploadPage::paste, Qt::WidgetWithChildrenShortcut);
}

ImageUploadPage::~ImageUploadPage() = default;

void ImageUploadPage::setUploadLimit(qint64 bytes)
{
    m_uploadLimit = bytes;
    m_ui->limitNote->setText(tr("Images up to %1 (PNG, JPEG, GIF, WebP…).").arg(SizeText::shown(bytes)));
}

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
    auto *dialog = new QFileDialog(this, tr("Upload an image"), Settings().imageFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    // Files are judged by content, so a picture with an odd name is still offered.
    dialog->setNameFilters({tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // QSettings writes the file later, off this call.
        Settings().setImageFolder(QFileInfo(path).absolutePath());
        uploadFile(path);
    });
    dialog->open();
}

void ImageUploadPage::paste()
{
    if (refuseWithoutEndpoint())
        return;
    const quint64 attempt = ++m_attempt;
    setDetails(tr("Reading the pasted image…"));
    PastedFile::take(this, [this, attempt](const QString &path, const QString &error) {
        if (attempt != m_attempt)
            return; // another file was chosen meanwhile
        if (path.isEmpty())
            setDetails(error);
        else
            uploadFile(path);
    });
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
    whenFinished(QtConcurrent::run(WorkerThreads::pool(), &ImageFileCheck::check, path, m_uploadLimit,
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
                                .arg(PersianText::inOwnDirection(QFileInfo(path).fileName()), SizeText::shown(check.bytes),
                                     locale.toString(check.size.width()), locale.toString(check.size.height()));
    setDetails(details, check.preview);
    m_ui->cancelUploadButton->setText(tr("Cancel upload"));
    m_ui->cancelUploadButton->setToolTip({});
    m_ui->cancelUploadButton->setAccessibleDescription({});
    showProgress(0, check.bytes);
    m_ui->uploadProgress->show();
    m_ui->uploadStatus->show();
    m_ui->cancelUploadButton->show();
    m_ui->cancelUploadButton->setFocus();
    ImageCall *call = m_session->api()->uploadImage(path);
    m_upload = call;
    connect(call, &ApiCall::uploadProgress, this, &ImageUploadPage::showProgress);
    call->onSucceeded(this, [this, preview = check.preview](const Image &image) {
        m_uploaded = ImageChoice{image.id, image, preview};
        setDetails(tr("Uploaded.") + QLatin1Char('\n') + ImageText::summary(image) + QLatin1Char('\n')
                       + tr("Press Enter to use this image."),
                   preview);
    });
    connect(call, &ApiCall::failed, this, [this, call, details, preview = check.preview](const ApiError &error) {
        m_session->mediaSupport()->learnFromUpload(error);
        setDetails(details + QLatin1Char('\n') + failureText(error, call->requestWasSent()), preview);
    });
    connect(call, &ApiCall::finished, this, [this] {
        m_ui->uploadProgress->hide();
        m_ui->uploadStatus->hide();
        m_ui->cancelUploadButton->hide();
        if (isVisible())
            m_ui->chooseFileButton->setFocus();
        emit canChooseChanged();
    });
}

void ImageUploadPage::showProgress(qint64 sent, qint64 total)
{
    // Qt counts the bytes handed to the network: once all are, what is left
    // is the server's part, which no bar can measure.
    if (total > 0 && sent >= total) {
        m_ui->uploadProgress->setRange(0, 0);
        m_ui->uploadStatus->setText(tr("Sent. Waiting for the server to store the image…"));
        m_ui->cancelUploadButton->setText(tr("Stop waiting"));
        const QString warning = tr("The whole file has been sent: the server may store the image even if you stop waiting.");
        m_ui->cancelUploadButton->setToolTip(warning);
        m_ui->cancelUploadButton->setAccessibleDescription(warning);
        return;
    }
    m_ui->uploadProgress->setRange(0, 1000);
    m_ui->uploadProgress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    m_ui->uploadStatus->setText(tr("Sending: %1 of %2").arg(SizeText::shown(sent), SizeText::shown(total)));
}

QString ImageUploadPage::failureText(const ApiError &error, bool requestSent) const
{
    QString text;
    if (error.kind() != ApiError::Kind::Cancelled)
        text = tr("The upload failed: %1").arg(error.message());
    else if (requestSent)
        text = tr("Stopped waiting for the server.");
    else
        text = tr("The upload was cancelled.");
    if (!error.serverDetail().isEmpty() && error.kind() != ApiError::Kind::Validation)
        text += QLatin1Char('\n') + tr("The server said: %1").arg(PersianText::isolated(error.serverDetail()));
    for (const QStringList &messages : error.fieldErrors())
        text += QLatin1Char('\n') + messages.join(QLatin1Char(' '));
    // The server had the whole file: it may have stored it with no link to use it.
    if (error.mayHaveBeenProcessed(requestSent))
        text += QLatin1Char('\n') + tr("The whole file had been sent, so the server may still store the image, unused by any link.");
    return text;
}

void ImageUploadPage::setDetails(const QString &text, const QImage &preview)
{
    m_ui->uploadDetails->setText(PersianText::linesIn(layoutDirection(), text));
    m_ui->uploadPreview->showImage(preview);
}
