#include "MediaEndpoints.h"

namespace MediaEndpoints {

QUrl upload(const QUrl &base, const QString &mediaPath)
{
    QString relative = mediaPath.trimmed();
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    if (relative.isEmpty() || !base.isValid())
        return {};
    // Django answers a POST to a collection without its slash with a 500.
    if (!relative.endsWith(QLatin1Char('/')))
        relative += QLatin1Char('/');
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + relative);
    return url;
}

QUrl image(const QUrl &base, qint64 imageId, const QString &mediaPath)
{
    QUrl url = upload(base, mediaPath);
    if (url.isValid())
        url.setPath(url.path() + QString::number(imageId) + QLatin1Char('/'));
    return url;
}

} // namespace MediaEndpoints
