#include "PortfolioImageModel.h"

#include "ThumbnailLoader.h"
#include "text/PersianText.h"
#include "text/ServerText.h"

#include <QLocale>

PortfolioImageModel::PortfolioImageModel(QNetworkAccessManager *network, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(new ThumbnailLoader(network, this))
{
    m_loader->setMaximumImageSize({m_edge, m_edge});
    connect(m_loader, &ThumbnailLoader::thumbnailLoaded, this, &PortfolioImageModel::onLoaded);
    connect(m_loader, &ThumbnailLoader::thumbnailFailed, this, &PortfolioImageModel::onFailed);
}

void PortfolioImageModel::setThumbnailEdge(int edge, qreal devicePixelRatio)
{
    m_edge = qRound(edge * devicePixelRatio);
    m_devicePixelRatio = devicePixelRatio;
    m_loader->setMaximumImageSize({m_edge, m_edge});
}

void PortfolioImageModel::setPlaceholders(const QImage &loading, const QImage &failed)
{
    m_loadingImage = loading;
    m_failedImage = failed;
}

void PortfolioImageModel::setImages(const QList<Image> &images)
{
    beginResetModel();
    m_loader->cancel();
    m_images.clear();
    m_searchKeys.clear();
    m_states.clear();
    m_thumbnails.clear();
    m_failures.clear();
    m_rowOfRequest.clear();
    endResetModel();
    appendImages(images);
}

void PortfolioImageModel::appendImages(const QList<Image> &images)
{
    if (images.isEmpty())
        return;
    const int first = int(m_images.size());
    beginInsertRows({}, first, first + int(images.size()) - 1);
    m_images.append(images);
    for (const Image &image : images) {
        // Worked out once: a search asks for every row's key on each keystroke.
        m_searchKeys.append(PersianText::searchKey(image.name));
        m_states.append(ThumbnailState::NotRequested);
    }
    endInsertRows();
}

void PortfolioImageModel::loadThumbnails(const QList<int> &rows)
{
    QList<Thumbnail> wanted;
    QList<int> wantedRows;
    for (int row : rows) {
        if (row < 0 || row >= m_images.size() || m_states.at(row) != ThumbnailState::NotRequested)
            continue;
        if (const std::optional<Thumbnail> thumbnail = m_images.at(row).thumbnailFor(m_edge)) {
            wanted.append(*thumbnail);
            wantedRows.append(row);
            m_states[row] = ThumbnailState::Loading;
        } else {
            // Nothing to fetch: the tile shows the failed mark at once.
            m_states[row] = ThumbnailState::None;
            emit dataChanged(index(row), index(row), {Qt::DecorationRole, ThumbnailStateRole});
        }
    }
    const int first = m_loader->append(wanted);
    for (int i = 0; i < wantedRows.size(); ++i)
        m_rowOfRequest.insert(first + i, wantedRows.at(i));
}

void PortfolioImageModel::onLoaded(int request, const QImage &image)
{
    const int row = m_rowOfRequest.value(request, -1);
    if (row < 0)
        return;
    m_states[row] = ThumbnailState::Loaded;
    QImage shown = image;
    shown.setDevicePixelRatio(m_devicePixelRatio);
    m_thumbnails.insert(row, shown);
    emit dataChanged(index(row), index(row), {Qt::DecorationRole, ThumbnailStateRole});
}

void PortfolioImageModel::onFailed(int request, const QString &message)
{
    const int row = m_rowOfRequest.value(request, -1);
    if (row < 0)
        return;
    m_states[row] = ThumbnailState::Failed;
    m_failures.insert(row, message);
    emit dataChanged(index(row), index(row), {Qt::DecorationRole, Qt::ToolTipRole, ThumbnailStateRole});
}

int PortfolioImageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

QVariant PortfolioImageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const Image &image = m_images.at(row);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        // A name reads in its own direction, whatever the UI's: "طرح ۲.png"
        // keeps its extension at its end in an English window too.
        return PersianText::inOwnDirection(ServerText::shown(image.name));
    case Qt::AccessibleTextRole:
        return ServerText::shown(image.name); // screen readers get the name without invisible marks
    case Qt::DecorationRole:
        switch (m_states.at(row)) {
        case ThumbnailState::Loaded:
            return m_thumbnails.value(row);
        case ThumbnailState::Failed:
        case ThumbnailState::None:
            return m_failedImage;
        default:
            return m_loadingImage;
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString text = tr("Image %1: %2 × %3 pixels, %4")
                           .arg(locale.toString(image.id), locale.toString(image.width), locale.toString(image.height),
                                PersianText::isolated(image.humanReadableSize));
        if (m_states.at(row) == ThumbnailState::Failed)
            text += QLatin1Char('\n') + m_failures.value(row);
        // The size and the failure quote the server: never markup.
        return role == Qt::ToolTipRole ? ServerText::toolTip(text) : PersianText::withoutDirectionMarks(ServerText::shown(text));
    }
    case ImageIdRole:
        return image.id;
    case SearchKeyRole:
        return m_searchKeys.at(row);
    case ThumbnailStateRole:
        return QVariant::fromValue(m_states.at(row));
    default:
        return {};
    }
}
