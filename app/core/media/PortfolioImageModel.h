#pragma once

#include "model/Image.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>

class QNetworkAccessManager;
class ThumbnailLoader;

// The images to pick from, one row each, with a thumbnail that is fetched
// only when its row is asked for (the view asks for the rows it shows) and
// decoded off the GUI thread. Thumbnails go through the application's
// media network manager, so its disk cache serves them to the result view later.
class PortfolioImageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        SearchKeyRole,      // PersianText::searchKey of the name
        ThumbnailStateRole, // ThumbnailState
    };
    enum class ThumbnailState { NotRequested, Loading, Loaded, Failed, None };
    Q_ENUM(ThumbnailState)

    PortfolioImageModel(QNetworkAccessManager *network, QObject *parent = nullptr);

    // The square thumbnails are chosen and scaled for, in device-independent
    // pixels, and the screen's ratio of device pixels to those.
    void setThumbnailEdge(int edge, qreal devicePixelRatio);
    // What a tile shows while its thumbnail loads, and when it failed.
    void setPlaceholders(const QImage &loading, const QImage &failed);

    void setImages(const QList<Image> &images);
    // More rows at the end (the next page of a portfolio).
    void appendImages(const QList<Image> &images);
    QList<Image> images() const { return m_images; }
    Image imageAt(int row) const { return m_images.value(row); }
    // The decoded thumbnail of a row, or a null image.
    QImage thumbnailAt(int row) const { return m_thumbnails.value(row); }

    // Starts the thumbnails of these rows that were never requested.
    void loadThumbnails(const QList<int> &rows);
    int requestedCount() const { return int(m_rowOfRequest.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onLoaded(int request, const QImage &image);
    void onFailed(int request, const QString &message);

    ThumbnailLoader *m_loader;
    int m_edge = 128; // in device pixels
    qreal m_devicePixelRatio = 1.0;
    QImage m_loadingImage;
    QImage m_failedImage;
    QList<Image> m_images;
    QStringList m_searchKeys;
    QList<ThumbnailState> m_states;
    QHash<int, QImage> m_thumbnails;
    QHash<int, QString> m_failures;
    QHash<int, int> m_rowOfRequest; // loader index -> row
};
