#include "ImageFileCheck.h"

#include "ImageDecoder.h"
#include "text/PersianText.h"
#include "text/SizeText.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

ImageFileCheck::Result ImageFileCheck::check(const QString &path, qint64 maxBytes, QSize previewSize)
{
    Result result;
    const QFileInfo info(path);
    const QString name = PersianText::isolated(info.fileName());
    if (info.isDir()) {
        result.error = tr("%1 is a folder, not an image file.").arg(name);
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("The file %1 does not exist.").arg(name);
        return result;
    }
    // Sizes come from the file system, so an oversize file is refused unread.
    result.bytes = info.size();
    if (result.bytes == 0) {
        result.error = tr("The file %1 is empty.").arg(name);
        return result;
    }
    if (result.bytes > maxBytes) {
        result.error = tr("The file %1 is %2; the largest file that can be uploaded is %3.")
                           .arg(name, SizeText::shown(result.bytes), SizeText::shown(maxBytes));
        return result;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The file %1 cannot be read: %2").arg(name, PersianText::isolated(file.errorString()));
        return result;
    }
    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(ImageDecoder::allocationLimitMegabytes);
    if (!reader.canRead()) {
        result.error = tr("The file %1 is not an image (PNG, JPEG, GIF, WebP…).").arg(name);
        return result;
    }
    result.format = reader.format();
    result.size = reader.size();
    if (!result.size.isValid()) {
        result.error = tr("The image in %1 does not say how large it is.").arg(name);
        return result;
    }
    // A scaled read never consults the allocation limit (see ImageDecoder),
    // so a header announcing gigapixels is refused here, before decoding.
    constexpr qint64 bytesPerPixel = 4;
    if (qint64(result.size.width()) * result.size.height() * bytesPerPixel
        > qint64(ImageDecoder::allocationLimitMegabytes) << 20) {
        result.error = tr("The image in %1 is too large (%2 × %3 pixels).")
                           .arg(name)
                           .arg(result.size.width())
                           .arg(result.size.height());
        return result;
    }
    if (result.size.width() > previewSize.width() || result.size.height() > previewSize.height())
        // At least one pixel each way, or a 4000 × 1 strip would scale to nothing.
        reader.setScaledSize(result.size.scaled(previewSize, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    result.preview = reader.read();
    if (result.preview.isNull()) {
        result.error = tr("The image in %1 is damaged: %2").arg(name, PersianText::isolated(reader.errorString()));
        return result;
    }
    result.ok = true;
    return result;
}
