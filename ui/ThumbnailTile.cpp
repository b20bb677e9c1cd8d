#include "ThumbnailTile.h"

#include "MeasuredLabel.h"
#include "text/ServerText.h"

#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QStyle>
#include <QVBoxLayout>

ThumbnailTile::ThumbnailTile(const QString &caption, QSize imageArea, QWidget *parent)
    : QFrame(parent)
    , m_image(new QLabel(this))
    , m_caption(new MeasuredLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_image->setTextFormat(Qt::PlainText);
    m_caption->setTextFormat(Qt::PlainText);
    m_image->setFixedSize(imageArea);
    m_image->setAlignment(Qt::AlignCenter);
    m_caption->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_image);
    layout->addWidget(m_caption);
    showLoading(caption);
}

void ThumbnailTile::showLoading(const QString &caption)
{
    m_state = State::Loading;
    m_caption->setText(caption);
    m_image->setText(tr("Loading…")); // the picture shown before goes with it
    m_image->setToolTip(QString());
    m_image->setAccessibleName(tr("Thumbnail %1, loading").arg(caption));
}

QString ThumbnailTile::caption() const
{
    return m_caption->text();
}

void ThumbnailTile::showImage(const QImage &image)
{
    m_state = State::Loaded;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_image->setPixmap(pixmap);
    m_image->setAccessibleName(tr("Thumbnail %1").arg(caption()));
    m_image->setToolTip(tr("%1 × %2 pixels shown").arg(QLocale().toString(image.width()), QLocale().toString(image.height())));
}

void ThumbnailTile::showFailure(const QString &message)
{
    m_state = State::Failed;
    const int edge = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_image->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(edge, edge));
    // The message quotes the media host (its HTTP reason phrase).
    m_image->setToolTip(ServerText::toolTip(message));
    m_image->setAccessibleName(tr("Thumbnail %1 failed: %2").arg(caption(), ServerText::shown(message)));
    // Else a screen reader is given the tool tip's markup as the description.
    m_image->setAccessibleDescription(ServerText::shown(message));
}
