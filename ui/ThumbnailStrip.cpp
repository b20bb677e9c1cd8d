#include "ThumbnailStrip.h"

#include "ThumbnailTile.h"

#include <QHBoxLayout>

ThumbnailStrip::ThumbnailStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
}

QSize ThumbnailStrip::imageArea()
{
    return {128, 128};
}

void ThumbnailStrip::setThumbnails(const QList<Thumbnail> &thumbnails)
{
    qDeleteAll(std::exchange(m_tiles, {}));
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (const Thumbnail &thumbnail : thumbnails) {
        const QString caption = thumbnail.size ? tr("%1 px").arg(*thumbnail.size) : tr("size not given");
        auto *tile = new ThumbnailTile(caption, imageArea(), this);
        row->insertWidget(int(m_tiles.size()), tile);
        m_tiles.append(tile);
    }
}

void ThumbnailStrip::showImage(int index, const QImage &image)
{
    if (index >= 0 && index < m_tiles.size())
        m_tiles.at(index)->showImage(image);
}

void ThumbnailStrip::showFailure(int index, const QString &message)
{
    if (index >= 0 && index < m_tiles.size())
        m_tiles.at(index)->showFailure(message);
}
