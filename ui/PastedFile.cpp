#include "PastedFile.h"

#include "DroppedFile.h"
#include "WhenFinished.h"
#include "WorkerThreads.h"
#include "media/ClipboardImage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QtConcurrent/QtConcurrentRun>

void PastedFile::take(QObject *context, const std::function<void(const QString &, const QString &)> &done)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (const QString path = mime ? DroppedFile::localPath(mime) : QString(); !path.isEmpty()) {
        done(path, {});
        return;
    }
    const ClipboardImage image = ClipboardImage::from(mime);
    if (image.isEmpty()) {
        done({}, tr("The clipboard holds no image. Copy an image or an image file, then paste it here."));
        return;
    }
    whenFinished(QtConcurrent::run(WorkerThreads::pool(), [image, folder = ClipboardImage::defaultFolder()] { return image.save(folder); }),
                 context, [done](const ClipboardImage::Saved &saved) { done(saved.path, saved.error); });
}
