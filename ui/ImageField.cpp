#include "ImageField.h"
#include "ui_ImageField.h"

#include "text/PersianText.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLocale>
#include <QMimeData>

namespace {

// One local file, or nothing: a folder, a web address or several files
// cannot be uploaded as one image.
QString droppedFile(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}

} // namespace

ImageField::ImageField(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImageField>())
{
    m_ui->setupUi(this);
    // The label "Image" of the form focuses the Choose button.
    setFocusProxy(m_ui->chooseButton);
    m_ui->chooseButton->setAccessibleName(tr("Choose image"));
    m_ui->clearButton->setAccessibleName(tr("Clear image"));
    m_ui->thumbnailLabel->setAccessibleName(tr("Chosen image"));
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImageField::chooseRequested);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        clear();
        m_ui->chooseButton->setFocus();
        emit changed();
    });
    showChoice();
}

ImageField::~ImageField() = default;

std::optional<qint64> ImageField::imageId() const
{
    return m_choice.isNull() ? std::nullopt : std::optional<qint64>(m_choice.id);
}

void ImageField::setChoice(const ImageChoice &choice)
{
    m_choice = choice;
    showChoice();
}

void ImageField::clear()
{
    setChoice({});
}

void ImageField::setLocked(bool locked)
{
    m_locked = locked;
    m_ui->chooseButton->setEnabled(!locked);
    m_ui->clearButton->setEnabled(!locked && !m_choice.isNull());
}

void ImageField::showChoice()
{
    const QLocale locale;
    QString summary;
    if (m_choice.isNull()) {
        summary = tr("No image");
    } else if (const std::optional<Image> &image = m_choice.image) {
        summary = tr("%1\n%2 · %3 × %4 pixels · number %5")
                      .arg(PersianText::inOwnDirection(image->name), PersianText::isolated(image->humanReadableSize),
                           locale.toString(image->width), locale.toString(image->height), locale.toString(image->id));
    } else {
        summary = tr("Image number %1 (not checked: the server checks it when the link is created)")
                      .arg(locale.toString(m_choice.id));
    }
    m_ui->summaryLabel->setText(PersianText::linesIn(layoutDirection(), summary));
    const QString spoken = PersianText::withoutDirectionMarks(summary);
    m_ui->summaryLabel->setAccessibleName(spoken);
    setAccessibleDescription(spoken);
    m_ui->chooseButton->setAccessibleDescription(spoken);

    if (m_choice.preview.isNull()) {
        m_ui->thumbnailLabel->clear();
    } else {
        const QSize area = m_ui->thumbnailLabel->contentsRect().size() * devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(m_choice.preview.scaled(area, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_ui->thumbnailLabel->setPixmap(pixmap);
    }
    m_ui->clearButton->setEnabled(!m_locked && !m_choice.isNull());
}

void ImageField::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_locked && !droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImageField::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (m_locked || path.isEmpty())
        return;
    event->acceptProposedAction();
    emit fileDropped(path);
}
