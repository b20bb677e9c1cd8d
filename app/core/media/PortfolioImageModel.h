#pragma once

#include "model/Image.h"

#include <QAbstractListModel>
#include <QImage>
#include <QList>
#include <QSet>

#include <optional>

class ThumbnailCache;

// The images to pick from, one row each, with a thumbnail that is fetched
// only when its row is asked for (the view asks for the rows it shows).
// Thumbnails come from the session's shared ThumbnailCache (decoded off the
// GUI thread, through the media network manager and its disk cache, with
// the session's timeouts); a row's thumbnail state is the cache's state of
// its image's thumbnail, so rows can be removed or moved at any time and a
// download still running lands on whichever rows show its picture then.
class PortfolioImageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        SearchKeyRole,      // PersianText::searchKey of the name
        ThumbnailStateRole, // ThumbnailState
    };
    // None: the image has no thumbnail to fetch (the failed mark is shown).
    enum class ThumbnailState { NotRequested, Loading, Loaded, Failed, None };
    Q_ENUM(ThumbnailState)

    explicit PortfolioImageModel(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    // The square thumbnails are chosen and scaled for, in device-independent
    // pixels, and the screen's ratio of device pixels to those.
    void setThumbnailEdge(int edge, qreal devicePixelRatio);
    // What a tile shows while its thumbnail loads, and when it failed.
    void setPlaceholders(const QImage &loading, const QImage &failed);

    void setImages(const QList<Image> &images);
    // More rows at the end (the next page of a portfolio).
    void appendImages(const QList<Image> &images);
    QList<Image> images() const;
    Image imageAt(int row) const;
    // The decoded thumbnail of a row, or a null image.
    QImage thumbnailAt(int row) const;
    ThumbnailState thumbnailStateAt(int row) const;

    // Asks the cache for the thumbnails of these rows; it starts only those
    // neither held nor loading, and retries no failure.
    void loadThumbnails(const QList<int> &rows);
    // How many different thumbnails were asked for since setImages().
    int requestedCount() const { return int(m_requested.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    struct Row
    {
        Image image;
        QString searchKey; // worked out once: a search asks for every row's key on each keystroke
        std::optional<Thumbnail> thumbnail; // the one that suits the edge
    };

    void onThumbnailSettled(qint64 thumbnailId, int edge, const QList<int> &roles);

    ThumbnailCache *m_thumbnails;
    int m_edge = 128; // in device pixels
    qreal m_devicePixelRatio = 1.0;
    QImage m_loadingImage;
    QImage m_failedImage;
    QList<Row> m_rows;
    QSet<qint64> m_requested; // thumbnail ids
};
