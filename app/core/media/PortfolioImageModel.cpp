#include "PortfolioImageModel.h"

#include "ThumbnailCache.h"
#include "text/PersianText.h"
#include "text/ServerText.h"
#include "text/SizeText.h"

#include <QLocale>

PortfolioImageModel::PortfolioImageModel(ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent)
    , m_thumbnails(thumbnails)
{
    connect(m_thumbnails, &ThumbnailCache::loaded, this, [this](qint64 thumbnailId, int edge) {
        onThumbnailSettled(thumbnailId, edge, {Qt::DecorationRole, ThumbnailStateRole});
    });
    connect(m_thumbnails, &ThumbnailCache::failed, this, [this](qint64 thumbnailId, int edge) {
        onThumbnailSettled(thumbnailId, edge, {Qt::DecorationRole, Qt::ToolTipRole, ThumbnailStateRole});
    });
}

void PortfolioImageModel::setThumbnailEdge(int edge, qreal devicePixelRatio)
{
    m_edge = qRound(edge * devicePixelRatio);
    m_devicePixelRatio = devicePixelRatio;
    for (Row &row : m_rows)
        row.thumbnail = row.image.thumbnailFor(m_edge);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {Qt::DecorationRole, Qt::ToolTipRole, ThumbnailStateRole});
}

void PortfolioImageModel::setPlaceholders(const QImage &loading, const QImage &failed)
{
    m_loadingImage = loading;
    m_failedImage = failed;
}

void PortfolioImageModel::setImages(const QList<Image> &images)
{
    // Downloads of the old rows' thumbnails go on in the cache, which keeps
    // them for whoever shows those pictures; no new row is touched by them.
    beginResetModel();
    m_rows.clear();
    m_requested.clear();
    endResetModel();
    appendImages(images);
}

void PortfolioImageModel::appendImages(const QList<Image> &images)
{
    if (images.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(images.size()) - 1);
    m_rows.reserve(m_rows.size() + images.size());
    for (const Image &image : images)
        m_rows.append({image, PersianText::searchKey(image.name), image.thumbnailFor(m_edge)});
    endInsertRows();
}

QList<Image> PortfolioImageModel::images() const
{
    QList<Image> images;
    images.reserve(m_rows.size());
    for (const Row &row : m_rows)
        images.append(row.image);
    return images;
}

Image PortfolioImageModel::imageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).image : Image();
}

QImage PortfolioImageModel::thumbnailAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).thumbnail)
        return {};
    QImage image = m_thumbnails->image(m_rows.at(row).thumbnail->id, m_edge);
    if (!image.isNull())
        image.setDevicePixelRatio(m_devicePixelRatio); // the pixels stay shared with the cache's copy
    return image;
}

PortfolioImageModel::ThumbnailState PortfolioImageModel::thumbnailStateAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).thumbnail)
        return ThumbnailState::None;
    switch (m_thumbnails->state(m_rows.at(row).thumbnail->id, m_edge)) {
    case ThumbnailCache::State::Loading:
        return ThumbnailState::Loading;
    case ThumbnailCache::State::Loaded:
        return ThumbnailState::Loaded;
    case ThumbnailCache::State::Failed:
        return ThumbnailState::Failed;
    case ThumbnailCache::State::Missing:
        break;
    }
    // Never asked for, or held once and since evicted from memory: the view
    // asks again when the row is on screen.
    return ThumbnailState::NotRequested;
}

void PortfolioImageModel::loadThumbnails(const QList<int> &rows)
{
    QList<Thumbnail> wanted;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        // A row with nothing to fetch shows the failed mark from the start.
        if (const std::optional<Thumbnail> &thumbnail = m_rows.at(row).thumbnail) {
            m_requested.insert(thumbnail->id);
            wanted.append(*thumbnail);
        }
    }
    if (!wanted.isEmpty())
        m_thumbnails->request(wanted, m_edge);
}

void PortfolioImageModel::onThumbnailSettled(qint64 thumbnailId, int edge, const QList<int> &roles)
{
    if (edge != m_edge)
        return;
    // Whichever rows show this picture now: rows may have moved or gone
    // since it was asked for, and one picture may be on several rows.
    for (int row = 0; row < m_rows.size(); ++row) {
        const std::optional<Thumbnail> &thumbnail = m_rows.at(row).thumbnail;
        if (thumbnail && thumbnail->id == thumbnailId)
            emit dataChanged(index(row), index(row), roles);
    }
}

int PortfolioImageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PortfolioImageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const Image &image = m_rows.at(row).image;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        // A name reads in its own direction, whatever the UI's: "طرح ۲.png"
        // keeps its extension at its end in an English window too.
        return PersianText::fileName(ServerText::shown(image.name));
    case Qt::AccessibleTextRole:
        return ServerText::shown(image.name); // screen readers get the name without invisible marks
    case Qt::DecorationRole:
        switch (thumbnailStateAt(row)) {
        case ThumbnailState::Loaded:
            return thumbnailAt(row);
        case ThumbnailState::Failed:
        case ThumbnailState::None:
            return m_failedImage;
        default:
            return m_loadingImage;
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString text = tr("Image %1: %2 × %3 pixels, %4")
                           .arg(PersianText::id(image.id), locale.toString(image.width), locale.toString(image.height),
                                SizeText::shown(image.size));
        if (thumbnailStateAt(row) == ThumbnailState::Failed)
            text += QLatin1Char('\n') + m_thumbnails->failure(m_rows.at(row).thumbnail->id, m_edge);
        // The failure quotes the server: never markup.
        return role == Qt::ToolTipRole ? ServerText::toolTip(text) : PersianText::withoutDirectionMarks(ServerText::shown(text));
    }
    case ImageIdRole:
        return image.id;
    case SearchKeyRole:
        return m_rows.at(row).searchKey;
    case ThumbnailStateRole:
        return QVariant::fromValue(thumbnailStateAt(row));
    default:
        return {};
    }
}

bool PortfolioImageModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool PortfolioImageModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                   const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    // Refuses a move onto itself (a destination within the rows moved).
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Row> moved = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(to + i, moved.at(i));
    endMoveRows();
    return true;
}
