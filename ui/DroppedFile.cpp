#include "DroppedFile.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace DroppedFile {

QString localPath(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    return QFileInfo(path).isDir() ? QString() : path;
}

} // namespace DroppedFile
