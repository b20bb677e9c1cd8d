#include "ImageField.h"
#include "ui_ImageField.h"

#include "DroppedFile.h"
#include "ImageText.h"
#include "PastedFile.h"
#include "text/PersianText.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLocale>
#include <QMimeData>
#include <QShortcut>
#include <QToolTip>

ImageField::ImageField(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImageField>())
{
    m_ui->setupUi(this);
    // No focus proxy to the Choose button (the form's "Image" label has it
    // as its buddy): Qt's Tab takes a widget with a proxy for a stop of its
    // own, in the place the field has in the window's focus chain, and went
    // from the list back to Choose for ever.
    m_ui->chooseButton->setAccessibleName(tr("Choose image"));
    m_ui->clearButton->setAccessibleName(tr("Clear image"));
    m_ui->thumbnailLabel->setAccessibleName(tr("Chosen image"));
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImageField::chooseRequested);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        clear();
        m_ui->chooseButton->setFocus();
        emit changed();
    });
    new QShortcut(QKeySequence::Paste, this, this, &ImageField::paste, Qt::WidgetWithChildrenShortcut);
    showChoice();
}

ImageField::~ImageField() = default;

void ImageField::paste()
{
    if (m_locked)
        return;
    // The picker checks and uploads the file as if it had been dropped here.
    PastedFile::take(this, [this](const QString &path, const QString &error) {
        if (m_locked)
            return;
        if (!path.isEmpty())
            emit fileDropped(path);
        else
            QToolTip::showText(m_ui->chooseButton->mapToGlobal(m_ui->chooseButton->rect().bottomLeft()), error,
                               m_ui->chooseButton);
    });
}

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
        summary = ImageText::summary(*image);
    } else {
        summary = tr("Image number %1 (not checked: the server checks it when the link is created)")
                      .arg(PersianText::id(m_choice.id));
    }
    const QString shown = PersianText::linesIn(layoutDirection(), summary);
    if (shown != m_ui->summaryLabel->text()) {
        m_ui->summaryLabel->setText(shown);
        // A summary of another number of lines changes the field's height
        // too. The label tells only this field's layout, which would tell the
        // form's on its own turn of the event loop, after the window's next
        // paint: the summary painted cut for a frame, then everything below
        // the field moved. Told now, the form lays the field out with the
        // label, before any paint. (Not for a new preview alone: the window
        // was laid out again for each thumbnail that came.)
        updateGeometry();
    }
    const QString spoken = PersianText::withoutDirectionMarks(summary);
    m_ui->summaryLabel->setAccessibleName(spoken);
    setAccessibleDescription(spoken);
    m_ui->chooseButton->setAccessibleDescription(spoken);

    m_ui->thumbnailLabel->showImage(m_choice.preview);
    m_ui->clearButton->setEnabled(!m_locked && !m_choice.isNull());
}

void ImageField::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_locked && !DroppedFile::localPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImageField::dropEvent(QDropEvent *event)
{
    const QString path = DroppedFile::localPath(event->mimeData());
    if (m_locked || path.isEmpty())
        return;
    event->acceptProposedAction();
    emit fileDropped(path);
}

QList<QWidget *> ImageField::tabStops() const
{
    return {m_ui->chooseButton, m_ui->clearButton};
}
