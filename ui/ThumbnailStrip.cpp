#include "ThumbnailStrip.h"

#include "ThumbnailTile.h"

#include <QGridLayout>
#include <QLocale>

namespace {
constexpr int columns = 2;
}

ThumbnailStrip::ThumbnailStrip(QWidget *parent)
    : QWidget(parent)
{
    // Two columns: four thumbnails fit beside the form without scrolling sideways.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(columns, 1);
}

QSize ThumbnailStrip::imageArea()
{
    return {128, 128};
}

void ThumbnailStrip::setThumbnails(const QList<Thumbnail> &thumbnails)
{
    QList<QUrl> files;
    for (const Thumbnail &thumbnail : thumbnails)
        files.append(thumbnail.file);
    // The same pictures again (the link read afresh after a create or a
    // save): the tiles keep what they show.
    if (!files.isEmpty() && files == m_files)
        return;
    m_files = files;
    // Tiles already there wait for the new pictures: a link chosen after
    // another with as many thumbnails builds no widgets.
    while (m_tiles.size() > thumbnails.size())
        delete m_tiles.takeLast();
    auto *grid = static_cast<QGridLayout *>(layout());
    QLocale locale; // the UI's digits; a pixel size needs no thousands separator
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    for (qsizetype position = 0; position < thumbnails.size(); ++position) {
        const Thumbnail &thumbnail = thumbnails.at(position);
        const QString caption = thumbnail.size ? tr("%1 px").arg(locale.toString(*thumbnail.size)) : tr("size not given");
        if (position < m_tiles.size()) {
            m_tiles.at(position)->showLoading(caption);
            continue;
        }
        auto *tile = new ThumbnailTile(caption, imageArea(), this);
        grid->addWidget(tile, int(position / columns), int(position % columns));
        // A layout shows a widget added to a visible parent only on the
        // event loop's next turn, and then lays the strip and everything
        // around it out again: shown now, it is in the layout done for the
        // new link (and with a hidden strip, it is shown with the strip).
        tile->show();
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
