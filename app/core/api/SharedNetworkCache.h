#pragma once

#include <QAbstractNetworkCache>
#include <QPointer>

class QNetworkAccessManager;

// Lets a second network manager use the first one's cache: a manager owns
// the cache it is given, so the second gets this, which hands every call to
// whatever cache the first has at the time (none: nothing is cached).
class SharedNetworkCache : public QAbstractNetworkCache
{
    Q_OBJECT
public:
    explicit SharedNetworkCache(QNetworkAccessManager *owner, QObject *parent = nullptr);

    QNetworkCacheMetaData metaData(const QUrl &url) override;
    void updateMetaData(const QNetworkCacheMetaData &metaData) override;
    QIODevice *data(const QUrl &url) override;
    bool remove(const QUrl &url) override;
    qint64 cacheSize() const override;
    QIODevice *prepare(const QNetworkCacheMetaData &metaData) override;
    void insert(QIODevice *device) override;

public slots:
    void clear() override;

private:
    QAbstractNetworkCache *cache() const;

    QPointer<QNetworkAccessManager> m_owner;
};
