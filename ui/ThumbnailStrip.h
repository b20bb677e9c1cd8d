#pragma once

#include "model/Thumbnail.h"

#include <QList>
#include <QWidget>

class ThumbnailTile;

// Thumbnail tiles in a grid, one per thumbnail of an image, in server order.
class ThumbnailStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ThumbnailStrip(QWidget *parent = nullptr);

    // The area each tile gives its image, in device-independent pixels.
    static QSize imageArea();

    void setThumbnails(const QList<Thumbnail> &thumbnails);
    void showImage(int index, const QImage &image);
    void showFailure(int index, const QString &message);
    QList<ThumbnailTile *> tiles() const { return m_tiles; }

private:
    QList<ThumbnailTile *> m_tiles;
    QList<QUrl> m_files; // the tiles' pictures
};
